#!/usr/bin/env python3
"""Entry point: builds {attack,business}/*.eml, staff.txt and
MANIFEST.md deterministically, then verifies every message."""
import importlib
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from manifest import manifest, staff_txt          # noqa: E402
import verify                                      # noqa: E402

LANGS = [("de", 8), ("en", 8), ("it", 5), ("pl", 5), ("es", 5), ("el", 5), ("ru", 4)]


GENERAL_NOTES = [
    "- All IBANs carry valid ISO 13616 mod-97 check digits; Italian IBANs also a valid CIN, Spanish ones valid "
    "'dígitos de control', Polish ones a valid sort-code check digit. German, British, Greek and Lithuanian IBANs are "
    "only mod-97 checked (no national account check implemented).",
    "- Russian settlement and correspondent accounts pass the control-key check against their BIK (the BIKs of "
    "Alfa-Bank, Moscow, and AK BARS Bank, Kazan, are used; the algorithm reproduces their real correspondent "
    "accounts). INN, NIP, Partita IVA, ΑΦΜ, USt-IdNr. and CIF numbers are fictitious but check-digit valid.",
    "- QR codes are produced by `gen/qr.py` (ISO 18004 byte mode, ECC level M, own Reed-Solomon and masking) and "
    "written as 8-bit grey PNG by `gen/png.py`; the build decodes them with `zbarimg` when it is installed.",
    "- Bitcoin addresses are derived from fixed seeds and carry valid bech32 / base58check checksums.",
    "- Archives are written by `gen/zipw.py`; encrypted ones use traditional PKWARE encryption (ZipCrypto) and open "
    "with Python's `zipfile`. Dangerous-looking entries contain one line of inert text.",
    "- PDFs are text-only, standard-14 fonts; Polish glyphs via a custom /Differences encoding, Greek and Russian "
    "supplier documents are printed in English or in transliteration.",
    "- Sender-side Received chains, Message-IDs, boundaries and X-Mailer/User-Agent strings imitate each sending "
    "system (Exchange 2019, Exchange Online, Outlook 2021, Thunderbird, Apple Mail/iPhone, Gmail, GMX/WEB.DE, "
    "Libero/Open-Xchange, WP, Yandex, Mail.ru/The Bat!, Zoho, Proton, Roundcube on cPanel/Exim, PHPMailer, "
    "SendGrid, Mailgun, Brevo, Amazon SES, DocuSign, GitHub, Google); host names and IPs are synthetic.",
    "- Attacker domains and URLs are invented for this set; do not visit them.",
]


def collect(prefix):
    out = []
    for lang, n in LANGS:
        mod = importlib.import_module("%s_%s" % (prefix, lang))
        msgs = [f() for f in mod.MESSAGES]
        if len(msgs) != n:
            raise SystemExit("%s_%s: %d messages, expected %d" % (prefix, lang, len(msgs), n))
        for m in msgs:
            assert m.lang == lang, (m.slug, m.lang)
        out.extend(msgs)
    return out


def main():
    folders = {}
    for folder, prefix in (("attack", "attacks"), ("business", "business")):
        msgs = collect(prefix)
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.unlink(os.path.join(d, f))
        items = []
        for i, m in enumerate(msgs, 1):
            fn = m.filename(i)
            with open(os.path.join(d, fn), "wb") as fh:
                fh.write(m.build())
            items.append((fn, m))
        folders[folder] = items

    # hard negatives
    by_slug = {m.slug: fn for fn, m in folders["business"]}
    notes = ["**Hard negatives** – genuine messages on the same topic as an attack, from the genuine sender "
             "and infrastructure:\n"]
    count = 0
    for fn, m in folders["attack"]:
        for s in (m.pair or []):
            if s not in by_slug:
                raise SystemExit("unknown pair %s in %s" % (s, fn))
            notes.append("- `business/%s` is the hard negative of `attack/%s`" % (by_slug[s], fn))
            count += 1
    notes.append("")
    notes.append("**Conventions**\n")
    notes.extend(GENERAL_NOTES)
    notes.append("")
    notes.append("**Per-message notes**\n")
    for folder in ("attack", "business"):
        for fn, m in folders[folder]:
            extra = []
            if m.notes:
                extra.append(m.notes)
            if getattr(m, "qr_urls", None):
                extra.append("QR payload: `%s`" % "`, `".join(m.qr_urls))
            if getattr(m, "zip_pw", None) and not m.notes:
                extra.append("ZIP password: `%s`." % m.zip_pw)
            if extra:
                notes.append("- `%s/%s`: %s" % (folder, fn, " ".join(extra)))
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        fh.write(staff_txt())
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write(manifest(folders, notes))

    # verification
    bad = 0
    for folder, items in folders.items():
        for fn, m in items:
            probs, msg = verify.check_file(os.path.join(ROOT, folder, fn), {"zip_pw": getattr(m, "zip_pw", None)})
            if getattr(m, "qr_urls", None):
                p2, _ = verify.check_qr(msg, m.qr_urls)
                probs += p2
            for p in probs:
                print("%s/%s: %s" % (folder, fn, p))
                bad += 1
    print("built %d attack + %d business messages, %d hard-negative pairs, %d problems"
          % (len(folders["attack"]), len(folders["business"]), count, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
