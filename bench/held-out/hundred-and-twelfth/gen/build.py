#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md
under the parent directory of gen/.  Deterministic: every random choice comes
from random.Random seeded with the message's name; no clock is read."""
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import builder  # noqa: E402
import data  # noqa: E402

LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
COUNTS = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}

MODULES = ["attacks_de", "attacks_en", "attacks_it", "attacks_pl", "attacks_es", "attacks_el", "attacks_ru",
           "business_de", "business_en", "business_it", "business_pl", "business_es", "business_el",
           "business_ru"]


def load():
    for m in MODULES:
        if os.path.exists(os.path.join(HERE, m + ".py")):
            __import__(m)


def build(only_kind=None):
    load()
    results = {"attack": [], "business": []}
    for kind in ("attack", "business"):
        if only_kind and kind != only_kind:
            continue
        items = [r for r in builder.REGISTRY if r[0] == kind]
        items.sort(key=lambda r: LANG_ORDER.index(r[1]))  # stable: keeps registration order within a language
        outdir = os.path.join(OUT, kind)
        if os.path.isdir(outdir):
            shutil.rmtree(outdir)
        os.makedirs(outdir)
        for i, (k, lang, slug, fn) in enumerate(items, 1):
            b = builder.B(kind, i, lang, slug)
            fn(b)
            raw = b.render()
            name = "%02d-%s-%s.eml" % (i, lang, slug)
            with open(os.path.join(outdir, name), "wb") as f:
                f.write(raw)
            results[kind].append((name, lang, b))
    return results


def main():
    results = build()
    import manifest
    manifest.write(OUT, results)
    for kind in ("attack", "business"):
        per = {}
        for name, lang, b in results[kind]:
            per[lang] = per.get(lang, 0) + 1
        print(kind, len(results[kind]), per)
        for lang, n in COUNTS.items():
            if per.get(lang, 0) != n:
                print("  WARNING: %s has %d %s messages, expected %d" % (kind, per.get(lang, 0), lang, n))
    import check
    return check.main()


if __name__ == "__main__":
    sys.exit(main())
