#!/usr/bin/env python3
"""Entry point: python3 gen/build.py  -> writes attack/, business/, staff.txt,
MANIFEST.md under the parent directory of gen/, then verifies everything."""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import people  # noqa: E402
import manifest  # noqa: E402
import check  # noqa: E402

MODULES_ATTACK = ["attacks_de", "attacks_en", "attacks_it_pl", "attacks_es_el_ru"]
MODULES_BUSINESS = ["business_de_en", "business_it_pl", "business_es_el_ru"]
EXPECT = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def collect(mods, attr):
    out = []
    for name in mods:
        mod = __import__(name)
        for fn in getattr(mod, attr):
            out.append(fn())
    return out


def verify_layout(mails, folder):
    order = [lang for lang, n in EXPECT for _ in range(n)]
    assert len(mails) == 40, (folder, len(mails))
    for i, m in enumerate(mails, 1):
        assert m.num == i, (folder, m.fname, i)
        assert m.lang == order[i - 1], (folder, m.fname, order[i - 1])
        assert m.folder == folder


def main():
    attacks = collect(MODULES_ATTACK, "ATTACKS")
    business = collect(MODULES_BUSINESS, "BUSINESS")
    verify_layout(attacks, "attack")
    verify_layout(business, "business")
    for folder, mails in (("attack", attacks), ("business", business)):
        d = os.path.join(ROOT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for m in mails:
            try:
                data = m.render()
            except Exception:
                print("while rendering", folder, m.fname)
                raise
            with open(os.path.join(d, m.fname), "wb") as f:
                f.write(data)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for key, (name, address, office, role) in people.STAFF.items():
            f.write("%s=%s\n" % (name, address))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(manifest.render(attacks, business))
    problems = check.run(ROOT, attacks + business)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK: %d attack, %d business messages written and verified" % (len(attacks), len(business)))


if __name__ == "__main__":
    main()
