#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt, MANIFEST.md
under the parent directory of gen/, then verifies everything.
Deterministic: all randomness is seeded from file names; no current time."""
import importlib
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from compose import compose          # noqa: E402
from company import STAFF            # noqa: E402
import manifest                      # noqa: E402
import verify                        # noqa: E402

LANGS = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def build_folder(folder, prefix):
    out_dir = os.path.join(ROOT, folder)
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        if f.endswith(".eml"):
            os.remove(os.path.join(out_dir, f))
    rows = []
    idx = 0
    for lang, n in LANGS:
        mod = importlib.import_module("%s_%s" % (prefix, lang))
        specs = mod.build()
        if len(specs) != n:
            raise SystemExit("%s_%s: expected %d messages, got %d" % (prefix, lang, n, len(specs)))
        for spec in specs:
            idx += 1
            if spec["lang"] != lang:
                raise SystemExit("language mismatch in %s" % spec["slug"])
            fname, raw, row = compose(spec, folder, idx)
            with open(os.path.join(out_dir, fname), "wb") as fh:
                fh.write(raw)
            rows.append(row)
    return rows


def main():
    attack = build_folder("attack", "attack")
    business = build_folder("business", "business")
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for p in STAFF:
            fh.write("%s=%s\n" % (p.name, p.addr))
    manifest.write(os.path.join(ROOT, "MANIFEST.md"), attack, business)
    ok = verify.run(ROOT, attack, business)
    print("attack: %d, business: %d messages written" % (len(attack), len(business)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
