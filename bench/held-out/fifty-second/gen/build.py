#!/usr/bin/env python3
"""Entry point: builds attack/ and business/ .eml files, staff.txt and MANIFEST.md
under the parent directory of gen/, then verifies everything."""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import attacks_de, attacks_en, attacks_it_pl, attacks_es_el_ru  # noqa: E402
import business_de, business_en, business_it_pl, business_es_el_ru  # noqa: E402
import manifest  # noqa: E402
import verify  # noqa: E402
from company import STAFF  # noqa: E402
from message import render  # noqa: E402

ORDER = ["de"] * 8 + ["en"] * 8 + ["it"] * 5 + ["pl"] * 5 + ["es"] * 5 + ["el"] * 5 + ["ru"] * 4


def collect(mods, folder):
    msgs = []
    for mod in mods:
        msgs += mod.build()
    assert len(msgs) == 40, (folder, len(msgs))
    for i, m in enumerate(msgs, 1):
        assert m.file.startswith("%02d-%s-" % (i, ORDER[i - 1])), (folder, m.file)
        m.folder = folder
    return msgs


def main():
    attacks = collect([attacks_de, attacks_en, attacks_it_pl, attacks_es_el_ru], "attack")
    business = collect([business_de, business_en, business_it_pl, business_es_el_ru], "business")
    errors, notes = [], []
    digest = hashlib.sha256()
    for folder, msgs in (("attack", attacks), ("business", business)):
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".eml"):
                os.remove(os.path.join(d, fn))
        for m in msgs:
            data = render(m)
            with open(os.path.join(d, m.file + ".eml"), "wb") as fh:
                fh.write(data)
            digest.update(data)
            verify.check(m, data, errors, notes)
    tmpdir = os.path.join(ROOT, ".verify-tmp")
    if os.path.isdir(tmpdir):
        os.rmdir(tmpdir)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for n, a, _, _ in STAFF.values():
            fh.write("%s=%s\n" % (n, a))
    vnotes = sorted(set(n for n in notes if "QR" in n or "bech32" in n or "ZIP" in n))
    manifest.write(os.path.join(ROOT, "MANIFEST.md"), attacks, business, vnotes)
    for folder, msgs in (("attack", attacks), ("business", business)):
        c = {}
        for m in msgs:
            c[m.lang] = c.get(m.lang, 0) + 1
        print("%-9s %d files: %s" % (folder, len(msgs), ", ".join("%s=%d" % kv for kv in c.items())))
    print("content sha256:", digest.hexdigest())
    for n in vnotes:
        print("  ok:", n)
    if errors:
        print("\n%d ERRORS:" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
