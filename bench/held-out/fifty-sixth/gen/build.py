#!/usr/bin/env python3
"""Entry point: builds {attack,business}/*.eml, staff.txt and
MANIFEST.md deterministically, then verifies every message."""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import REGISTRY  # noqa: E402
import attacks_de, attacks_en, attacks_it_pl, attacks_es_el_ru  # noqa: E402,F401
import business_de_en, business_it_pl, business_es_el_ru  # noqa: E402,F401
from company import COMPANY, CORRESPONDENTS, OFFICES, STAFF, staff_lines  # noqa: E402
from infra import seed_rnd  # noqa: E402
import manifest  # noqa: E402
import verify  # noqa: E402

LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
EXPECTED = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def main():
    results = {"attack": [], "business": []}
    for folder in results:
        os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, folder)):
            if f.endswith(".eml"):
                os.remove(os.path.join(ROOT, folder, f))
    for m in sorted(REGISTRY, key=lambda x: (x["folder"], x["num"])):
        raw = m["fn"](seed_rnd("%s-%02d" % (m["folder"], m["num"])))
        name = "%02d-%s-%s.eml" % (m["num"], m["lang"], m["slug"])
        path = os.path.join(ROOT, m["folder"], name)
        with open(path, "wb") as fh:
            fh.write(raw)
        results[m["folder"]].append(dict(m, file=name, raw=raw))

    # structural expectations
    problems = []
    for folder, items in results.items():
        nums = [i["num"] for i in items]
        if nums != list(range(1, 41)):
            problems.append("%s numbering %s" % (folder, nums))
        langs = [i["lang"] for i in items]
        exp = [l for l in LANG_ORDER for _ in range(EXPECTED[l])]
        if langs != exp:
            problems.append("%s language order wrong" % folder)

    # verification
    for folder, items in results.items():
        for it in items:
            msg, errs = verify.check_message(it["file"], it["raw"])
            it["msg"] = msg
            for e in errs:
                problems.append("%s/%s: %s" % (folder, it["file"], e))

    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(staff_lines()) + "\n")
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(manifest.render(COMPANY, OFFICES, STAFF, CORRESPONDENTS, results))

    for folder, items in results.items():
        counts = {}
        for it in items:
            counts[it["lang"]] = counts.get(it["lang"], 0) + 1
        print("%-8s %d files  %s" % (folder, len(items), " ".join("%s=%d" % (l, counts.get(l, 0)) for l in LANG_ORDER)))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("all %d messages parse, all text parts decode, checks passed"
          % sum(len(v) for v in results.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
