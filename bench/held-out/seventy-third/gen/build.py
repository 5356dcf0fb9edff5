#!/usr/bin/env python3
"""Entry point: build the evaluation set deterministically next to gen/.

    python3 gen/build.py            build + verify
"""
import os
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import manifest  # noqa: E402
import verify  # noqa: E402

ATTACK_MODULES = ["att_de", "att_en", "att_it", "att_pl", "att_es", "att_el", "att_ru"]
BUSINESS_MODULES = ["biz_de", "biz_en", "biz_it", "biz_pl", "biz_es", "biz_el", "biz_ru"]
LANG_COUNTS = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def collect(mods):
    out = []
    for m in mods:
        mod = __import__(m)
        out.extend(mod.build())
    return out


def check_numbering(mails, kind):
    order = ["de", "en", "it", "pl", "es", "el", "ru"]
    expect = []
    for lg in order:
        expect += [lg] * LANG_COUNTS[lg]
    got = [m.lang for m in mails]
    assert got == expect, (kind, got)
    assert [m.num for m in mails] == list(range(1, 41)), (kind, [m.num for m in mails])
    assert all(m.kind == kind for m in mails)
    assert len({m.filename for m in mails}) == 40


def write(mails, folder):
    d = os.path.join(ROOT, folder)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for m in mails:
        data = m.render()
        with open(os.path.join(d, m.filename), "wb") as f:
            f.write(data)


def main():
    attacks = collect(ATTACK_MODULES)
    business = collect(BUSINESS_MODULES)
    check_numbering(attacks, "attack")
    check_numbering(business, "business")
    write(attacks, "attack")
    write(business, "business")
    manifest.write_staff(os.path.join(ROOT, "staff.txt"))
    manifest.write_manifest(os.path.join(ROOT, "MANIFEST.md"), attacks, business)
    ok = verify.run(ROOT, attacks, business)
    print("attack: %d files, business: %d files" % (len(attacks), len(business)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
