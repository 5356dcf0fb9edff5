#!/usr/bin/env python3
"""Entry point: python3 gen/build.py
Deterministically writes attack/*.eml, business/*.eml, staff.txt and
MANIFEST.md next to the gen/ directory, then validates the output."""

import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import company          # noqa: E402
import manifest         # noqa: E402
import check            # noqa: E402

LANGS = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def collect(folder):
    out = []
    num = 0
    for lang, count in LANGS:
        mod = importlib.import_module("%s_%s" % ("attacks" if folder == "attack" else "business", lang))
        msgs = mod.messages()
        if len(msgs) != count:
            raise SystemExit("%s/%s: expected %d messages, got %d" % (folder, lang, count, len(msgs)))
        for m in msgs:
            num += 1
            m.render(folder, num, lang)
            out.append(m)
    return out


def write_folder(folder, msgs):
    d = os.path.join(ROOT, folder)
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith(".eml"):
            os.remove(os.path.join(d, f))
    for m in msgs:
        with open(os.path.join(d, m.filename), "wb") as fh:
            fh.write(m.raw)


def main():
    company.check_all()
    attacks = collect("attack")
    business = collect("business")
    write_folder("attack", attacks)
    write_folder("business", business)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for k in company.STAFF_ORDER:
            p = company.STAFF[k]
            fh.write("%s=%s\n" % (p.name, p.email))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(manifest.render(attacks, business))
    ok = check.run(ROOT, attacks, business)
    print("attack: %d, business: %d messages written to %s" % (len(attacks), len(business), ROOT))
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
