#!/usr/bin/env python3
"""Entry point: deterministically writes attack/*.eml, business/*.eml,
staff.txt and MANIFEST.md under the parent directory of gen/, then runs the
checks in check.py."""
import os
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import core            # noqa: E402
import people          # noqa: E402
import util            # noqa: E402
import manifest        # noqa: E402
import check           # noqa: E402

MODULES = ["att_de", "att_en", "att_it_pl", "att_es_el_ru",
           "biz_de", "biz_en", "biz_it_pl", "biz_es_el_ru"]


def main(only=None):
    util.self_test()
    for name in MODULES:
        if only and name not in only:
            continue
        mod = __import__(name)
        mod.build()
    for folder in ("attack", "business"):
        d = os.path.join(ROOT, folder)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for m in core.REGISTRY:
        with open(os.path.join(ROOT, m["folder"], m["file"]), "wb") as f:
            f.write(m["data"])
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        f.write(people.staff_txt())
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(manifest.render(core.REGISTRY))
    ok = check.run(ROOT, core.REGISTRY, strict=not only)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or None))
