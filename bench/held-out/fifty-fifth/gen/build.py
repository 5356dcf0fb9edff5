#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md."""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import msg  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def main():
    for d in ("attack", "business"):
        p = os.path.join(ROOT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    import importlib
    ref = {}
    mods = [m for m in ("b_de", "b_en", "b_it_pl", "b_es_el_ru", "a_de", "a_en", "a_it_pl", "a_es", "a_el_ru")
            if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py"))]
    for m in mods:
        importlib.import_module(m).build(ref)
    import manifest
    manifest.write(ROOT)
    print("wrote %d messages" % len(msg.REGISTRY))


if __name__ == "__main__":
    main()
