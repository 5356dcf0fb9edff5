#!/usr/bin/env python3
"""Rebuild the Example Group mail-gateway evaluation set.

    python3 gen/build.py          # build into the directory above gen/, then verify

Deterministic: every random value comes from random.Random(<file name>);
no clock, no environment input.  Python 3 standard library only."""

import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import co, manifest, verify  # noqa: E402
from lib.msg import Msg  # noqa: E402
from messages import registry  # noqa: E402
from messages import (attack_de, attack_en, attack_it, attack_pl, attack_es,  # noqa: E402,F401
                      attack_el, attack_ru, business_de, business_en, business_it,
                      business_pl, business_es, business_el, business_ru)

LANG_ORDER = [("de", 1, 8), ("en", 9, 16), ("it", 17, 21), ("pl", 22, 26), ("es", 27, 31), ("el", 32, 36), ("ru", 37, 40)]


def expected_lang(nn):
    for lang, a, b in LANG_ORDER:
        if a <= nn <= b:
            return lang


def main():
    entries = sorted(registry.REG, key=lambda e: (e[0], e[1]))
    built = {"attack": [], "business": []}
    errors = []
    for folder in ("attack", "business"):
        d = os.path.join(OUT, folder)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    seen = set()
    for folder, nn, lang, slug, fn in entries:
        if (folder, nn) in seen:
            errors.append("duplicate %s %02d" % (folder, nn))
        seen.add((folder, nn))
        if expected_lang(nn) != lang:
            errors.append("%s/%02d has language %s, expected %s" % (folder, nn, lang, expected_lang(nn)))
        fname = "%02d-%s-%s.eml" % (nn, lang, slug)
        m = Msg(folder, fname, lang)
        raw = fn(m)
        data = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("latin-1")
        path = os.path.join(OUT, folder, fname)
        with open(path, "wb") as f:
            f.write(data)
        built[folder].append((fname, m, path))
    for folder in ("attack", "business"):
        if len(built[folder]) != 40:
            errors.append("%s has %d messages, expected 40" % (folder, len(built[folder])))
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8", newline="\n") as f:
        for k, s in co.STAFF.items():
            f.write("%s=%s\n" % (s[0], s[1]))
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(manifest.render(built))
    # ------------------------------------------------------------ verify
    errors += verify.verify_company()
    n_ok = 0
    for folder in ("attack", "business"):
        for fname, m, path in built[folder]:
            probs = verify.verify_message(path, m)
            if probs:
                for p in probs:
                    errors.append("%s/%s: %s" % (folder, fname, p))
            else:
                n_ok += 1
    print("built %d attack + %d business messages into %s" % (len(built["attack"]), len(built["business"]), OUT))
    print("verified OK: %d messages" % n_ok)
    if errors:
        print("VERIFICATION FAILED:")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("all checks passed (MIME parse/decode, attachments, QR payloads, IBAN/tax-ID check digits, DKIM bh, trace chronology)")


if __name__ == "__main__":
    main()
