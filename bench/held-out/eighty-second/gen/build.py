#!/usr/bin/env python3
"""Entry point: write attack/*.eml, business/*.eml, staff.txt, MANIFEST.md
and run the self-checks.  Deterministic: same output on every run."""
import importlib
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from lib import company as C          # noqa: E402
from lib.msg import LANG_ORDER, LANG_COUNT  # noqa: E402
import manifest                         # noqa: E402
import check                            # noqa: E402

MODULES = {
    "attack": ["de_attack", "en_attack", "it_attack", "pl_attack", "es_attack", "el_attack", "ru_attack"],
    "business": ["de_business", "en_business", "it_business", "pl_business", "es_business", "el_business", "ru_business"],
}


def collect(kind):
    msgs = []
    for mod in MODULES[kind]:
        try:
            m = importlib.import_module("msgs." + mod)
        except ModuleNotFoundError as e:
            if e.name == "msgs." + mod and os.environ.get("PARTIAL"):
                continue
            raise
        msgs += m.messages()
    msgs.sort(key=lambda m: m.num)
    return msgs


def verify_layout(kind, msgs):
    nums = [m.num for m in msgs]
    assert nums == list(range(1, len(msgs) + 1)), (kind, nums)
    if os.environ.get("PARTIAL"):
        return
    assert len(msgs) == 40, (kind, len(msgs))
    expect = []
    for lang in LANG_ORDER:
        expect += [lang] * LANG_COUNT[lang]
    assert [m.lang for m in msgs] == expect, (kind, [m.lang for m in msgs])


def main():
    sets = {}
    for kind in ("attack", "business"):
        msgs = collect(kind)
        verify_layout(kind, msgs)
        d = os.path.join(OUT, kind)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for m in msgs:
            data = m.render()
            with open(os.path.join(d, m.filename), "wb") as f:
                f.write(data)
        sets[kind] = msgs
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(C.staff_lines()) + "\n")
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(manifest.render(sets))
    ok = check.run(OUT, sets)
    print("wrote %d attack + %d business messages to %s" % (len(sets["attack"]), len(sets["business"]), OUT))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
