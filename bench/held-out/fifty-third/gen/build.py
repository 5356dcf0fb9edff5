#!/usr/bin/env python3
"""Entry point: generate the evaluation set into the folder above gen/."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from core import REGISTRY, Kit  # noqa: E402

LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
LANG_COUNT = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}
MODULES = ["attacks_de", "attacks_en", "attacks_it_pl", "attacks_es_el_ru",
           "business_de", "business_en", "business_it_pl", "business_es_el_ru"]


def load(only=None):
    import importlib
    for m in MODULES:
        if only and m not in only:
            continue
        if os.path.exists(os.path.join(HERE, m + ".py")):
            importlib.import_module(m)


def generate(folder, strict=True):
    items = REGISTRY[folder]
    by_lang = {l: [x for x in items if x[0] == l] for l in LANG_ORDER}
    if strict:
        for l in LANG_ORDER:
            assert len(by_lang[l]) == LANG_COUNT[l], (folder, l, len(by_lang[l]))
    out, n = [], 0
    for l in LANG_ORDER:
        for lang, slug, fn in by_lang[l]:
            n += 1
            k = Kit(folder, lang, slug)
            res = fn(k)
            res["num"] = n
            res["file"] = "%02d-%s-%s.eml" % (n, lang, slug)
            res["files"] = k.files
            out.append(res)
    return out


def main():
    strict = "--partial" not in sys.argv
    load()
    import manifest
    import verify
    results = {}
    for folder in ("attack", "business"):
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
        results[folder] = generate(folder, strict)
        for r in results[folder]:
            with open(os.path.join(d, r["file"]), "wb") as fh:
                fh.write(r["data"])
    manifest.write(ROOT, results)
    ok = verify.run(ROOT, results)
    print("attack: %d, business: %d, verification %s" % (len(results["attack"]), len(results["business"]),
                                                         "OK" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
