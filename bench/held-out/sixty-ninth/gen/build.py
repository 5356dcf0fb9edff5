#!/usr/bin/env python3
"""Entry point: builds the blind evaluation set next to gen/.

    python3 gen/build.py

Deterministic: all pseudo-randomness is seeded from fixed strings, no
current time is used.  Python 3 standard library only."""

import os
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from infra import assemble                      # noqa: E402
import manifest                                 # noqa: E402
import check                                    # noqa: E402

LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
COUNTS = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}
MODULES = ["a_de", "b_de", "a_en", "b_en", "m_it", "m_pl", "m_es", "m_el", "m_ru"]


def collect():
    att, bus = [], []
    for name in MODULES:
        mod = __import__(name)
        att += getattr(mod, "ATTACKS", [])
        bus += getattr(mod, "BUSINESS", [])
    out = {}
    for folder, lst in (("attack", att), ("business", bus)):
        lst = sorted(lst, key=lambda m: LANG_ORDER.index(m["lang"]))   # stable
        for lang in LANG_ORDER:
            n = sum(1 for m in lst if m["lang"] == lang)
            assert n == COUNTS[lang], "%s/%s: %d messages, expected %d" % (folder, lang, n, COUNTS[lang])
        for i, m in enumerate(lst, 1):
            m["folder"] = folder
            m["num"] = i
            m["file"] = "%02d-%s-%s.eml" % (i, m["lang"], m["slug"])
        out[folder] = lst
    ids = {}
    for folder in out:
        for m in out[folder]:
            assert m["id"] not in ids, "duplicate id " + m["id"]
            ids[m["id"]] = m
    return out, ids


def main():
    msgs, ids = collect()
    for folder in ("attack", "business"):
        d = os.path.join(ROOT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for m in msgs[folder]:
            try:
                raw, meta = assemble(m)
            except Exception:
                print("while assembling", m["id"])
                raise
            m["_meta"] = meta
            with open(os.path.join(d, m["file"]), "wb") as fh:
                fh.write(raw)
    manifest.write_staff(os.path.join(ROOT, "staff.txt"))
    manifest.write_manifest(os.path.join(ROOT, "MANIFEST.md"), msgs, ids)
    problems = check.run(ROOT, msgs)
    if problems:
        print("CHECK FAILED:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    for folder in ("attack", "business"):
        per = {}
        for m in msgs[folder]:
            per[m["lang"]] = per.get(m["lang"], 0) + 1
        print("%-9s %d  %s" % (folder, len(msgs[folder]), " ".join("%s=%d" % (l, per[l]) for l in LANG_ORDER)))
    print("all messages parsed and decoded OK; verified: %s" % ", ".join("%s=%d" % kv for kv in sorted(check.STATS.items())))


if __name__ == "__main__":
    main()
