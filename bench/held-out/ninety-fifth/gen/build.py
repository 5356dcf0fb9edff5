#!/usr/bin/env python3
"""Entry point: generate ../{attack,business}/*.eml, staff.txt,
MANIFEST.md, then validate every message.  Deterministic, stdlib only."""

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import codes  # noqa: E402
import compose  # noqa: E402
import manifest  # noqa: E402
import people  # noqa: E402
import validate  # noqa: E402

LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
LANG_COUNT = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}

MODULES = ["attack_de", "attack_en", "attack_it", "attack_pl", "attack_es", "attack_el", "attack_ru",
           "business_de", "business_en", "business_it", "business_pl", "business_es",
           "business_el", "business_ru"]


def check_layout(specs):
    for folder in ("attack", "business"):
        sub = sorted((s for s in specs if s.folder == folder), key=lambda s: s.num)
        assert [s.num for s in sub] == list(range(1, 41)), (folder, [s.num for s in sub])
        langs = [s.lang for s in sub]
        exp = [lg for lg in LANG_ORDER for _ in range(LANG_COUNT[lg])]
        assert langs == exp, (folder, langs)


def main():
    assert codes.selftest()
    import qr
    assert qr.selftest()
    for m in MODULES:
        __import__(m)
    specs = compose.REGISTRY
    check_layout(specs)
    for folder in ("attack", "business"):
        d = os.path.join(ROOT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for s in sorted(specs, key=lambda s: (s.folder, s.num)):
        s.filename = "%02d-%s-%s.eml" % (s.num, s.lang, s.slug)
        data = compose.render(s)
        with open(os.path.join(ROOT, s.folder, s.filename), "wb") as f:
            f.write(data)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for name, address, _, _ in people.STAFF_ROWS:
            f.write("%s=%s\n" % (name, address))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(manifest.build(specs))
    ok = validate.run(ROOT, specs)
    print("wrote %d messages; validation %s" % (len(specs), "OK" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
