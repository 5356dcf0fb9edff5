#!/usr/bin/env python3
"""Entry point: deterministically writes bench/held-out/ninety-eighth/{attack,business}/*.eml, staff.txt and MANIFEST.md,
then runs the self-checks in verify.py."""
import os
import sys as _sys
_sys.dont_write_bytecode = True
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import common  # noqa: E402
import attacks_de, attacks_en, attacks_it, attacks_pl, attacks_es, attacks_el, attacks_ru  # noqa: E402,F401
import business_de, business_en, business_it, business_pl, business_es, business_el, business_ru  # noqa: E402,F401
import manifest  # noqa: E402
from lib import mime  # noqa: E402

LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
LANG_COUNT = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def build():
    results = {"attack": [], "business": []}
    for folder in results:
        entries = [e for e in common.REGISTRY if e["folder"] == folder]
        entries.sort(key=lambda e: LANG_ORDER.index(e["lang"]))  # stable: keeps definition order inside a language
        counts = {l: sum(1 for e in entries if e["lang"] == l) for l in LANG_ORDER}
        assert counts == LANG_COUNT, (folder, counts)
        d = os.path.join(OUT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for i, e in enumerate(entries, 1):
            headers, root = e["fn"]()
            data = mime.render_message(headers, root)
            name = f"{i:02d}-{e['lang']}-{e['slug']}.eml"
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(data)
            e["file"] = name
            e["num"] = i
            e["root"] = root
            results[folder].append(e)
    return results


def main():
    results = build()
    manifest.write(OUT, results)
    import verify
    ok = verify.main(OUT)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
