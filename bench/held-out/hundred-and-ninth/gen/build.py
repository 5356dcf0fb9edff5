#!/usr/bin/env python3
"""Entry point: builds attack/*.eml, business/*.eml, staff.txt and MANIFEST.md, then self-checks."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import idnum  # noqa: E402
import qr  # noqa: E402
from registry import MESSAGES  # noqa: E402
import msgs_de, msgs_en, msgs_it, msgs_pl, msgs_es, msgs_el, msgs_ru  # noqa: E402,F401
from world import STAFF  # noqa: E402
import manifest  # noqa: E402
import check  # noqa: E402
from notes import NOTES  # noqa: E402

LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
LANG_COUNT = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def main():
    assert idnum._selftest() and qr._selftest()
    for folder in ("attack", "business"):
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for fn in os.listdir(os.path.join(ROOT, folder)):
            if fn.endswith(".eml"):
                os.remove(os.path.join(ROOT, folder, fn))
    # numbering sanity: 01-40 in language order
    for folder in ("attack", "business"):
        ms = sorted([m for m in MESSAGES if m["folder"] == folder], key=lambda m: m["num"])
        assert [m["num"] for m in ms] == list(range(1, 41)), (folder, [m["num"] for m in ms])
        expect = [l for l in LANG_ORDER for _ in range(LANG_COUNT[l])]
        assert [m["lang"] for m in ms] == expect, folder
    built = []
    # business first: attacks reference genuine threads (Message-IDs)
    for folder in ("business", "attack"):
        for m in sorted([m for m in MESSAGES if m["folder"] == folder], key=lambda m: m["num"]):
            data, info = m["fn"]()
            fn = "%02d-%s-%s.eml" % (m["num"], m["lang"], m["slug"])
            with open(os.path.join(ROOT, folder, fn), "wb") as f:
                f.write(data)
            b = dict(m)
            b.update(file=fn, data=data, info=info)
            built.append(b)
    built.sort(key=lambda b: (b["folder"] != "attack", b["num"]))
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for k, n, a, o, role, nat in STAFF:
            f.write("%s=%s\n" % (n, a))
    manifest.write(os.path.join(ROOT, "MANIFEST.md"), built, NOTES)
    problems, stats, counts = check.main(ROOT)
    print("files per folder/language:", counts)
    print("stats:", {k: (v if k != "qr" else len(v)) for k, v in stats.items()})
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
