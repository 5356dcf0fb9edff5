#!/usr/bin/env python3
"""Entry point: builds bench/held-out/hundred-and-tenth/{attack,business}/*.eml, staff.txt and MANIFEST.md,
then verifies every message with Python's email package. Deterministic; stdlib only."""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import company  # noqa: E402
import check  # noqa: E402
import manifest  # noqa: E402

LANG_ORDER = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]
MODULES = {"de": "m_de", "en": "m_en", "it": "m_it", "pl": "m_pl", "es": "m_es", "el": "m_el", "ru": "m_ru"}


def collect(only=None):
    attacks, business = [], []
    for lang, n in LANG_ORDER:
        if only and lang not in only:
            continue
        mod = __import__(MODULES[lang])
        a = [f() for f in mod.ATTACKS]
        b = [f() for f in mod.BUSINESS]
        assert len(a) == n and len(b) == n, (lang, len(a), len(b))
        attacks += a
        business += b
    return attacks, business


def main():
    only = sys.argv[1:] or None
    attacks, business = collect(only)
    for folder, msgs in (("attack", attacks), ("business", business)):
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
        nums = [m.num for m in msgs]
        if not only:
            assert nums == list(range(1, 41)), nums
        for m in msgs:
            try:
                data = m.serialize()
            except Exception as ex:
                raise SystemExit("%s/%s: %r" % (folder, m.filename, ex))
            with open(os.path.join(d, m.filename), "wb") as fh:
                fh.write(data)
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8") as fh:
        for name, address, _, _ in company.STAFF:
            fh.write("%s=%s\n" % (name, address))
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(manifest.render(attacks, business))
    problems = check.run(OUT, attacks + business)
    for p in problems:
        print("PROBLEM:", p)
    print("attack: %d  business: %d  problems: %d" % (len(attacks), len(business), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
