#!/usr/bin/env python3
"""Entry point: build ../{attack,business}/*.eml, staff.txt and
MANIFEST.md deterministically, then verify every message."""
import importlib
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import compose   # noqa: E402
import manifest  # noqa: E402
import verify    # noqa: E402

LANGS = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def load(kind):
    specs = []
    for lang, count in LANGS:
        mod = importlib.import_module("msgs.%s_%s" % (kind, lang))
        ms = mod.MESSAGES
        assert len(ms) == count, "%s_%s has %d messages, want %d" % (kind, lang, len(ms), count)
        for m in ms:
            assert m["lang"] == lang
            m["kind"] = kind
        specs.extend(ms)
    for i, m in enumerate(specs, 1):
        assert m["n"] == i, "%s numbering: expected %d got %d (%s)" % (kind, i, m["n"], m["slug"])
    return specs


def extra_notes(spec):
    notes = []
    for a in spec.get("atts", []):
        if a.get("qr"):
            notes.append("QR in `%s` → %s" % (a["name"], a["qr"]))
        if a.get("password"):
            notes.append("`%s` ZipCrypto, password `%s`" % (a["name"], a["password"]))
    return notes


def main():
    rows = {}
    failures = 0
    for kind, folder in (("attack", "attack"), ("business", "business")):
        outdir = os.path.join(ROOT, folder)
        if os.path.isdir(outdir):
            shutil.rmtree(outdir)
        os.makedirs(outdir)
        rows[kind] = []
        for spec in load(kind):
            data, row, _ = compose.build(spec)
            fname = "%02d-%s-%s.eml" % (spec["n"], spec["lang"], spec["slug"])
            with open(os.path.join(outdir, fname), "wb") as f:
                f.write(data)
            row["file"] = fname
            notes = extra_notes(spec)
            if notes:
                row["structure"] += "; " + "; ".join(notes)
            rows[kind].append(row)
            expect = {a["name"]: a["password"] for a in spec.get("atts", []) if a.get("password")}
            expect.update(spec.get("zip_pw_check", {}))
            _, problems = verify.check_message(fname, data, expect)
            if problems:
                failures += 1
                print("FAIL %s/%s: %s" % (folder, fname, "; ".join(problems)))
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        f.write(manifest.staff_txt())
    manifest.write(rows["attack"], rows["business"], os.path.join(ROOT, "MANIFEST.md"))
    n_a, n_b = len(rows["attack"]), len(rows["business"])
    print("attack: %d  business: %d  failures: %d" % (n_a, n_b, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
