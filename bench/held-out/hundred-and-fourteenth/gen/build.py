#!/usr/bin/env python3
"""Rebuild the Example Group evaluation set (attack/, business/, staff.txt,
MANIFEST.md) into the directory above this script, then verify every
message.  Deterministic: every random value comes from random.Random seeded
with the message's file name.  Usage:  python3 gen/build.py"""
import os
import re
import sys

sys.dont_write_bytecode = True

GEN = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(GEN)
sys.path.insert(0, GEN)

from mailgen import builder, verify, checks  # noqa: E402
from mailgen.builder import M  # noqa: E402
from data import company  # noqa: E402
import msgs  # noqa: E402
from msgs import de, en, it, pl, es, el, ru  # noqa: E402,F401
import manifest  # noqa: E402

LANG_ORDER = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]
NAME_RE = re.compile(r"^(\d\d)-(de|en|it|pl|es|el|ru)-[a-z0-9]+(?:-[a-z0-9]+)*\.eml$")


def check_layout(entries, kind):
    files = sorted(e["file"] for e in entries if e["kind"] == kind)
    expect = []
    for lang, n in LANG_ORDER:
        expect += [lang] * n
    if len(files) != 40:
        raise SystemExit("%s: %d messages, expected 40" % (kind, len(files)))
    for i, f in enumerate(files):
        mo = NAME_RE.match(f)
        if not mo or int(mo.group(1)) != i + 1 or mo.group(2) != expect[i]:
            raise SystemExit("%s: bad file name/order %s" % (kind, f))


def check_ids():
    for o in company.OFFICES:
        for label, v in o["ids"]:
            if label == "USt-IdNr." and not checks.de_vat_valid(v):
                raise SystemExit("bad DE VAT")
            if label == "VAT" and v.startswith("GB") and not checks.gb_vat_valid(v):
                raise SystemExit("bad GB VAT")


def main():
    check_ids()
    entries = list(msgs.REG)
    if not os.environ.get("PARTIAL"):
        check_layout(entries, "attack")
        check_layout(entries, "business")
    for kind in ("attack", "business"):
        d = os.path.join(OUT, kind)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    built = []
    failures = []
    for e in sorted(entries, key=lambda x: (x["kind"], x["file"])):
        lang = e["file"].split("-")[1]
        m = M(e["file"], e["kind"], lang)
        e["fn"](m)
        path = os.path.join(OUT, e["kind"], e["file"])
        with open(path, "wb") as fh:
            fh.write(m.raw)
        with open(path, "rb") as fh:
            raw = fh.read()
        try:
            info = verify.verify_message(m, raw, "%s/%s" % (e["kind"], e["file"]))
        except Exception as ex:  # collect all failures
            failures.append("%s/%s: %s: %s" % (e["kind"], e["file"], type(ex).__name__, ex))
            info = dict(urls=[], ibans=[], parts=[], attachments=[], qr=[])
        built.append((e, m, info))
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for k, n, a, _, _ in company.STAFF:
            fh.write("%s=%s\n" % (n, a))
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(manifest.render(built))
    n_att = sum(1 for e, _, _ in built if e["kind"] == "attack")
    n_bus = sum(1 for e, _, _ in built if e["kind"] == "business")
    if failures:
        print("VERIFICATION FAILED for %d message(s):" % len(failures))
        for f in failures:
            print("  " + f)
        sys.exit(1)
    nqr = sum(len(m.facts["qr"]) for _, m, _ in built)
    nib = sum(len(m.facts["ibans"]) for _, m, _ in built)
    print("built %d attack + %d business messages into %s" % (n_att, n_bus, OUT))
    print("verified: all messages parse, every part decodes, %d QR codes decode, %d IBANs pass mod-97" % (nqr, nib))


if __name__ == "__main__":
    main()
