#!/usr/bin/env python3
"""Entry point: builds attack/*.eml, business/*.eml, staff.txt and MANIFEST.md
deterministically, then validates every message."""
import importlib
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import company  # noqa: E402
import manifest  # noqa: E402
import validate  # noqa: E402

LANGS = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def collect(prefix):
    msgs = []
    for lang, n in LANGS:
        mod = importlib.import_module("%s_%s" % (prefix, lang))
        got = mod.messages()
        if len(got) != n:
            raise SystemExit("%s_%s: expected %d messages, got %d" % (prefix, lang, n, len(got)))
        for m in got:
            if m.lang != lang:
                raise SystemExit("%s: language mismatch" % m.file)
        msgs += got
    for i, m in enumerate(msgs, 1):
        if not m.file.startswith("%02d-" % i):
            raise SystemExit("numbering: %s should start with %02d" % (m.file, i))
    return msgs


def write_folder(name, msgs):
    d = os.path.join(ROOT, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    out = []
    for m in msgs:
        data = m.render()
        path = os.path.join(d, m.file + ".eml")
        with open(path, "wb") as f:
            f.write(data)
        out.append((m, path, data))
    return out


def main():
    attacks = collect("a")
    business = collect("b")
    wa = write_folder("attack", attacks)
    wb = write_folder("business", business)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for key, (name, addr, office, role) in company.STAFF.items():
            f.write("%s=%s\n" % (name, addr))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(manifest.render(attacks, business))
    problems = validate.check_all(wa + wb)
    for p in problems:
        print("PROBLEM:", p)
    print("attack: %d files, business: %d files, problems: %d" % (len(wa), len(wb), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
