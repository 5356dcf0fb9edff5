#!/usr/bin/env python3
"""Entry point: builds the pair directory's {attack,business}/*.eml, staff.txt and
MANIFEST.md, then validates everything.  Deterministic; stdlib only."""
import os
import shutil
import sys
import importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import checkdigits  # noqa: E402
import qrgen        # noqa: E402
from compose import compose       # noqa: E402
from check import check           # noqa: E402
import manifest     # noqa: E402

LANGS = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


def load(kind):
    specs = []
    for lang, count in LANGS:
        mod = importlib.import_module("msg_%s_%s" % (lang, kind))
        lst = mod.messages()
        if len(lst) != count:
            raise SystemExit("%s/%s: %d messages, expected %d" % (lang, kind, len(lst), count))
        for s in lst:
            s["lang"] = lang
            s["kind"] = kind
        specs.extend(lst)
    for i, s in enumerate(specs, 1):
        s["file"] = "%02d-%s-%s" % (i, s["lang"], s["slug"])
    return specs


def main():
    assert checkdigits.selftest() and qrgen.selftest()
    out = {}
    attack = load("attack")
    business = load("business")
    by_slug = {("attack", s["slug"]): s["file"] for s in attack}
    stats = {k: 0 for k in ("text_parts", "zip_entries", "qr_ok", "qr_unverified",
                            "pdf", "ibans", "btc", "ru_accounts")}
    failures = 0
    metas = {"attack": [], "business": []}
    for kind, specs in (("attack", attack), ("business", business)):
        d = os.path.join(ROOT, kind)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for s in specs:
            raw, meta = compose(s)
            with open(os.path.join(d, s["file"] + ".eml"), "wb") as f:
                f.write(raw)
            probs = check(raw, meta, stats)
            if probs:
                failures += 1
                print("FAIL %s/%s.eml" % (kind, s["file"]))
                for p in probs:
                    print("   ", p)
            meta.pop("root")
            metas[kind].append(meta)
    notes = []
    notes.append("### Hard negatives (genuine business messages paired with attacks)\n")
    notes.append("| Business message | Hard negative of attack | What separates them |")
    notes.append("|---|---|---|")
    n_pairs = 0
    for s in business:
        if s.get("pair"):
            for p in s["pair"]:
                notes.append("| %s.eml | %s.eml | %s |" % (s["file"], by_slug[("attack", p)],
                                                           s.get("pair_note", "").replace("|", "\\|")))
                n_pairs += 1
    notes.append("")
    notes.append("### Other notes\n")
    notes.append("- Attachments are inert: PDFs contain only text; dangerous-looking archive members "
                 "(.js, .lnk, .scr, .exe, .vbs, .pdf.exe …) contain one line of placeholder text; HTML and "
                 "SVG attachments contain no script, only static markup and links; PNGs are QR codes, a "
                 "logo placeholder or a generated photo.")
    notes.append("- Password-protected archives use traditional PKWARE encryption (ZipCrypto, deflate); "
                 "the password is given in the message body (attacks) or was agreed by phone (business).")
    notes.append("- The archive in business 25 is encrypted with the password `Poznan!Place-2026`, which the "
                 "message deliberately does not contain (it was agreed by phone). Attack archive passwords: "
                 "18 `AdE4471`, 25 `Fv147`, 37 `44718` (stated in the messages). Attack 31 carries an "
                 "unencrypted ZIP.")
    notes.append("- QR codes are real ISO/IEC 18004 symbols (byte mode, EC level M) produced by "
                 "`gen/qrgen.py`; the build decodes them again with zbarimg when it is installed.")
    notes.append("- Phishing/BEC domains, IP addresses, phone numbers and bank accounts in the attack set "
                 "are invented for the evaluation; any resemblance to registered domains is accidental. "
                 "Links to genuine services in genuine messages point to those services' real hostnames.")
    notes.append("- Validation on build: %(text_parts)d text parts decoded and round-tripped, "
                 "%(pdf)d PDFs, %(zip_entries)d archive members (encrypted ones checked against the "
                 "password), %(qr_ok)d QR codes decoded, %(ibans)d IBAN occurrences, "
                 "%(ru_accounts)d Russian account/BIK pairs and %(btc)d Bitcoin address occurrences "
                 "verified." % stats)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        f.write(manifest.staff_txt())
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write(manifest.manifest(metas["attack"], metas["business"], notes))
    print("attack: %d, business: %d, hard-negative pairs: %d" % (len(attack), len(business), n_pairs))
    print("stats:", stats)
    if failures:
        print("%d message(s) with problems" % failures)
        return 1
    print("all messages parse and decode cleanly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
