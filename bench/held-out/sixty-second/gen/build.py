#!/usr/bin/env python3
"""Entry point: build the evaluation set next to gen/ and verify it."""
import importlib
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import manifest  # noqa: E402
import verify  # noqa: E402
from people import STAFF  # noqa: E402

ATTACK_MODULES = ["attacks_de", "attacks_en", "attacks_it", "attacks_pl", "attacks_es", "attacks_el", "attacks_ru"]
BUSINESS_MODULES = ["business_de", "business_en", "business_it", "business_pl", "business_es", "business_el", "business_ru"]


def collect(mods):
    out = []
    for name in mods:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                print("  (module %s not present yet)" % name)
                continue
            raise
        for fn in mod.ALL:
            out.append(fn())
    return out


def write(folder, msgs):
    d = os.path.join(ROOT, folder)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith(".eml"):
            os.remove(os.path.join(d, f))
    for msg in msgs:
        with open(os.path.join(d, msg["file"]), "wb") as fh:
            fh.write(msg["raw"])


def main():
    attacks = collect(ATTACK_MODULES)
    business = collect(BUSINESS_MODULES)
    write("attack", attacks)
    write("business", business)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for p in STAFF.values():
            fh.write("%s=%s\n" % (p.name, p.email))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(manifest.render(attacks, business))
    ok = verify.run(ROOT, attacks, business)
    print("attack: %d, business: %d" % (len(attacks), len(business)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
