#!/usr/bin/env python3
"""Entry point: builds bench/held-out/hundred-and-thirteenth/{attack,business}/*.eml, staff.txt and
MANIFEST.md deterministically, then verifies every message."""
import importlib
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import company  # noqa: E402
import check  # noqa: E402
import manifest  # noqa: E402

LANGS = ["de", "en", "it", "pl", "es", "el", "ru"]
SPLIT = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def collect(prefix):
    msgs = []
    for lang in LANGS:
        try:
            mod = importlib.import_module("%s_%s" % (prefix, lang))
        except ModuleNotFoundError as e:
            if e.name == "%s_%s" % (prefix, lang):
                print("  (module %s_%s missing)" % (prefix, lang))
                continue
            raise
        for b in mod.BUILDERS:
            msgs.append(b())
    return msgs


def main():
    out = {}
    for folder, prefix in (("attack", "a"), ("business", "b")):
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
        msgs = collect(prefix)
        for m in msgs:
            data = m.render()
            with open(os.path.join(d, m.filename), "wb") as fh:
                fh.write(data)
        out[folder] = msgs
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for name, addr, _, _ in company.STAFF:
            fh.write("%s=%s\n" % (name, addr))
    manifest.write(os.path.join(ROOT, "MANIFEST.md"), out)
    ok = check.run(ROOT, out, SPLIT)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
