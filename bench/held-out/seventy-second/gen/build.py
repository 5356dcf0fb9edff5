#!/usr/bin/env python3
"""Entry point: build the whole evaluation set deterministically, then verify it."""
import os
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import checks  # noqa: E402
import manifest  # noqa: E402
import verify  # noqa: E402

LANGS = ["de", "en", "it", "pl", "es", "el", "ru"]
COUNTS = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


def load():
    mods = {}
    for l in LANGS:
        try:
            mods[l] = __import__("msgs_%s" % l)
        except ImportError as e:
            if os.environ.get("PARTIAL"):
                print("skip", l, e)
                continue
            raise
    return mods


def main():
    checks.selftest()
    mods = load()
    out = {"attack": [], "business": []}
    for folder, attr in (("attack", "ATTACKS"), ("business", "BUSINESS")):
        n = 0
        for l in LANGS:
            if l not in mods:
                continue
            fns = getattr(mods[l], attr)
            if not os.environ.get("PARTIAL"):
                assert len(fns) == COUNTS[l], (folder, l, len(fns))
            for fn in fns:
                n += 1
                m = fn()
                m.num = n
                assert m.folder == folder and m.lang == l, (fn.__name__, m.folder, m.lang)
                out[folder].append(m)
    for folder in out:
        d = os.path.join(OUT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for m in out[folder]:
            m.data = m.build()
            with open(os.path.join(d, m.filename()), "wb") as f:
                f.write(m.data)
    manifest.write(OUT, out)
    ok = verify.run(OUT, out)
    print("attack: %d, business: %d" % (len(out["attack"]), len(out["business"])))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
