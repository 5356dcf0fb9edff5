#!/usr/bin/env python3
"""Entry point: build the evaluation set into the parent directory of gen/,
then verify every message."""
import email
import email.policy
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import banking as bk  # noqa: E402
import company  # noqa: E402
import manifest  # noqa: E402
import verify  # noqa: E402
from util import fit  # noqa: E402
from message import REGISTRY  # noqa: E402

MODULES = ["business_de_en", "business_it_pl_es", "business_el_ru",
           "attacks_de_en", "attacks_it_pl", "attacks_es", "attacks_el_ru"]

EXPECTED = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}
LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]

TECHNIQUES = [
    ("CEO fraud / BEC from a free mailer (display-name impersonation)", [1, 34]),
    ("Fake lawyer / escrow (second stage of CEO fraud)", [9]),
    ("Supplier/carrier bank-detail change from look-alike domains", [2, 17, 31, 39]),
    ("Thread hijack from genuinely compromised partner mailboxes (M365)", [10, 22]),
    ("Malspam / credential phishing from genuinely compromised partner mailboxes (ISP webmail)", [21, 35]),
    ("Payroll diversion", [3]),
    ("Gift-card scam", [28]),
    ("Quishing (QR code in inline PNG)", [4, 24, 30, 33]),
    ("Device-code phishing (microsoft.com/devicelogin)", [5]),
    ("Callback phishing / TOAD via abused genuine Microsoft billing mail", [12]),
    ("Teams / Quick Assist remote-access vishing pretext after mail bombing", [13]),
    ("Abused genuine service: SharePoint sharing from a compromised tenant", [26]),
    ("Password-protected ZIP (ZipCrypto) with .lnk/.js/.exe/.scr placeholders", [6, 21, 37]),
    ("Plain ZIP with script (.hta) placeholder", [27]),
    ("HTML attachment with credential form", [19, 35]),
    ("SVG attachment with embedded link (fake voicemail)", [11]),
    ("ClickFix (fake CAPTCHA, Win+R paste instructions)", [29]),
    ("National tax office / e-invoicing impersonation (SdI, KSeF, AEAT, AADE myDATA, FNS, Kontur.Diadok)", [19, 23, 27, 32, 37, 38]),
    ("Courier / customs fee phishing (DHL, DPD, ELTA)", [8, 24, 33]),
    ("Bank impersonation (Banco Sabadell)", [30]),
    ("Provider / platform credential phishing (Aruba PEC, DocuSign clone, Yandex Disk)", [15, 18, 40]),
    ("Fake directory / register invoices", [7, 25]),
    ("Purchase-order (goods) fraud", [14]),
    ("Extortion: data-leak extortion and sextortion with Bitcoin (bech32, base58)", [16, 20, 36]),
    ("Fake job application (HR malware delivery)", [6]),
]
INFRA = [
    "Attack infrastructure: free mailers (outlook.de, gmail.com, web.de, mail.ru, proton.me), look-alike domains on "
    "Namecheap Private Email, Zoho, Google Workspace and Yandex 360, VPS hosts (OVH, Contabo, Hostinger, Reg.ru), "
    "hacked WordPress/Joomla sites sending with PHPMailer (shared hosting Exim), hijacked webmail accounts, bulk ESPs "
    "(SendGrid, Mailgun, Brevo, Amazon SES), abused genuine Microsoft infrastructure (onmicrosoft.com tenants, billing "
    "mail, SharePoint), direct-to-MX botnet hosts with forged sender.",
]

NOTES = [
    "### Verification performed by build.py",
    "",
    "* every file parses with `email` (policy=default) without defects; every text part decodes strictly in its declared charset;",
    "* the top `Received` header is always mx01's; no authentication or spam-verdict headers;",
    "* all IBANs in bodies and PDFs pass ISO 13616 mod-97; national check digits are computed for IT (CIN), ES (DC), PL (sort-code digit), BE, FR (RIB key); "
    "German account numbers carry a method-00 (Luhn-type) check digit, not verified against each bank's real Prüfzifferverfahren; "
    "Russian settlement accounts satisfy the BIK control key (weights 7-1-3); INN, NIP, Partita IVA, CIF, ΑΦΜ and USt-IdNr carry valid check digits;",
    "* QR codes are real QR Model 2 symbols (byte mode, EC level M) produced by `gen/qr.py` and decoded back with zbarimg when available;",
    "* Bitcoin addresses: bech32 (BIP-173) and base58check P2PKH with valid checksums (random hash160, no known owner);",
    "* ZipCrypto archives open with the password given in the message; all archive members are one-line inert placeholders;",
    "* HTML/SVG attachments contain no script; phishing forms post to invented look-alike hosts.",
]


def _fits(got, want):
    from util import _SUBS
    for k, v in _SUBS.items():
        want = want.replace(k, v)
    return got == want


def main():
    for d in ("attack", "business"):
        p = os.path.join(ROOT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for m in MODULES:
        __import__(m).build()
    problems = 0
    counts = {"attack": {}, "business": {}}
    for e in REGISTRY:
        e["file"] = "%02d-%s-%s.eml" % (e["num"], e["lang"], e["slug"])
        with open(os.path.join(ROOT, e["folder"], e["file"]), "wb") as fh:
            fh.write(e["raw"])
        counts[e["folder"]][e["lang"]] = counts[e["folder"]].get(e["lang"], 0) + 1
    # numbering / language order
    for folder in ("attack", "business"):
        nums = sorted(e["num"] for e in REGISTRY if e["folder"] == folder)
        if nums != list(range(1, 41)):
            print("!! %s numbering: %s" % (folder, nums))
            problems += 1
        seq = [e["lang"] for e in sorted((x for x in REGISTRY if x["folder"] == folder), key=lambda x: x["num"])]
        exp = [l for l in LANG_ORDER for _ in range(EXPECTED[l])]
        if seq != exp:
            print("!! %s language order wrong" % folder)
            problems += 1
    tmpdir = tempfile.mkdtemp(prefix="qr-", dir=ROOT)
    try:
        for e in sorted(REGISTRY, key=lambda x: (x["folder"], x["num"])):
            path = os.path.join(ROOT, e["folder"], e["file"])
            msg, probs, texts = verify.check_message(path)
            alltext = "\n".join(texts)
            for part in msg.walk():
                if part.is_multipart():
                    continue
                data = part.get_payload(decode=True) or b""
                ct = part.get_content_type()
                if ct == "image/png" and e.get("has_qr"):
                    got = verify.qr_decode(data, os.path.join(tmpdir, "q.png"))
                    if got is None:
                        e["qr_unchecked"] = True
                    elif not got.startswith("http"):
                        probs.append("QR did not decode: %r" % got)
                    else:
                        e.setdefault("qr", []).append(got)
                if ct in ("application/zip", "application/x-zip-compressed"):
                    zf = zipfile.ZipFile(io.BytesIO(data))
                    pw = e.get("zip_pw")
                    for info in zf.infolist():
                        if info.flag_bits & 1:
                            if not pw:
                                probs.append("encrypted zip without known password")
                                continue
                            if pw not in alltext:
                                probs.append("zip password not in body")
                            zf.read(info, pwd=pw.encode())
                        else:
                            zf.read(info)
                if ct == "application/pdf":
                    ptxt = verify.pdf_text(data)
                    if len(ptxt) < 40:
                        probs.append("PDF %s has no extractable text" % part.get_filename())
                    alltext += "\n" + ptxt
            if e.get("has_qr") and not e.get("qr") and not e.get("qr_unchecked"):
                probs.append("QR expected but none decoded")
            probs += verify.account_problems(alltext)
            if str(msg["Subject"]) != fit(e["subject"], "utf-8") and str(msg["Subject"]).replace("\n", "") != e["subject"]:
                hs = msg["Subject"]
                if str(hs) != e["subject"] and not _fits(str(hs), e["subject"]):
                    probs.append("Subject round-trip: %r != %r" % (str(hs), e["subject"]))
            e["n_iban"] = len(verify.ibans_in(alltext))
            for ib in verify.ibans_in(alltext):
                if not bk.iban_ok(ib):
                    probs.append("bad IBAN %s" % ib)
            for a in re.findall(r"\bbc1q[02-9ac-hj-np-z]{38}\b", alltext):
                if not bk.bech32_ok(a):
                    probs.append("bad bech32 %s" % a)
            for a in re.findall(r"\b1[1-9A-HJ-NP-Za-km-z]{25,33}\b", alltext):
                if not bk.base58check_ok(a):
                    probs.append("bad base58 %s" % a)
            if probs:
                problems += len(probs)
                print("!! %s/%s" % (e["folder"], e["file"]))
                for p in probs:
                    print("   ", p)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        fh.write(company.staff_txt())
    att = {e["num"]: e["file"] for e in REGISTRY if e["folder"] == "attack"}
    tech = ["### Attack techniques", "", "| Technique | Attack files |", "|---|---|"]
    for name, nums in TECHNIQUES:
        tech.append("| %s | %s |" % (name, ", ".join("`%s`" % att[n] for n in nums)))
    tech += ["", INFRA[0], ""]
    manifest.write(os.path.join(ROOT, "MANIFEST.md"), REGISTRY, tech + NOTES)
    for folder in ("attack", "business"):
        print("%-9s %s" % (folder, ", ".join("%s %d" % (l, counts[folder].get(l, 0)) for l in LANG_ORDER)))
    qrs = [q for e in REGISTRY for q in e.get("qr", [])]
    print("QR codes decoded: %d" % len(qrs))
    print("problems: %d" % problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
