#!/usr/bin/env python3
"""Entry point: builds bench/held-out/hundred-and-fifth/{attack,business}/*.eml, staff.txt and MANIFEST.md,
then verifies every message with Python's email package."""
import os
import sys as _sys
_sys.dont_write_bytecode = True
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import core                      # noqa: E402
import manifest                  # noqa: E402
import people                    # noqa: E402
import verify                    # noqa: E402

LANGS = ["de", "en", "it", "pl", "es", "el", "ru"]
SPLIT = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def main():
    mods = {l: __import__("msg_" + l) for l in LANGS}
    results = {"attack": [], "business": []}
    for folder, attr in (("attack", "ATTACKS"), ("business", "BUSINESS")):
        d = os.path.join(OUT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        n = 0
        for l in LANGS:
            msgs = getattr(mods[l], attr)
            assert len(msgs) == SPLIT[l], (folder, l, len(msgs))
            for m in msgs:
                n += 1
                assert m.id.startswith("%02d-%s-" % (n, l)), (m.id, n, l)
                assert m.folder == folder and m.lang == l, m.id
                raw, route = core.build(m)
                with open(os.path.join(d, m.id + ".eml"), "wb") as f:
                    f.write(raw)
                results[folder].append((m, raw))
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8") as f:
        for key, (name, a, office, role) in people.STAFF.items():
            if key == "mail":
                continue
            f.write("%s=%s\n" % (name, a))
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(manifest.render(results))
    ok = verify.verify_all(OUT, results)
    print("attack: %d, business: %d, verification %s" % (
        len(results["attack"]), len(results["business"]), "OK" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
