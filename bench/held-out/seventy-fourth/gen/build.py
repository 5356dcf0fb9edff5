#!/usr/bin/env python3
"""Entry point: writes attack/*.eml, business/*.eml, staff.txt and MANIFEST.md into the parent
directory of gen/, then verifies every message. Deterministic; Python 3 standard library only."""
import importlib
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402
import company  # noqa: E402
import manifest  # noqa: E402
import verify  # noqa: E402

MODULES = ["msgs_de", "msgs_en", "msgs_it", "msgs_pl", "msgs_es", "msgs_el", "msgs_ru"]
EXPECTED = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}

TECHNIQUES = [
    ("CEO fraud / executive impersonation (look-alike domain, move to WhatsApp)", [1, 28]),
    ("Supplier / carrier bank-detail change (look-alike domains, also via DocuSign)", [2, 10, 17, 22, 37]),
    ("Payroll diversion", [6]),
    ("Fake lawyers / legal threats", [1, 8, 34]),
    ("Thread hijack / mail from genuinely compromised partner mailboxes", [3, 20, 30]),
    ("Tax offices and e-invoicing systems (ELSTER, SdI, KSeF, AEAT, AADE myDATA, Diadoc)", [4, 18, 23, 27, 32, 38]),
    ("Regulator impersonation (EUDAMED / EU Login, Roszdravnadzor)", [13, 39]),
    ("Customs / courier lures (DPD surcharge via BLIK, Correos Aduanas)", [24, 29]),
    ("Bank phishing (business online banking, KYC + OTP)", [33]),
    ("Service-renewal phishing (Aruba PEC)", [19]),
    ("Credential phishing for Microsoft 365 / SharePoint / OneDrive / Yandex ID", [3, 5, 21, 30, 40]),
    ("Abused genuine services (DocuSign, PayPal invoicing, SendGrid, Mailgun, Brevo, Mailjet, Amazon SES, Cloudflare Pages/R2/Workers, Firebase)", [3, 4, 7, 10, 11, 13, 16, 18, 21, 23, 32, 35]),
    ("Quishing (QR code in HTML mail, QR code inside a PDF)", [5, 31]),
    ("Callback phishing / TOAD", [16, 36]),
    ("HTML attachments (credential form, meta-refresh redirector, ClickFix page)", [12, 21, 26, 34]),
    ("SVG attachments", [11, 35]),
    ("Password-protected ZIP (ZipCrypto) with disguised payload placeholder (.pdf.lnk, .pdf.js, .pdf.scr)", [8, 20, 39]),
    ("ClickFix (fake 'verify you are human' with Win+R / Ctrl+V)", [12]),
    ("Device-code phishing (microsoft.com/devicelogin)", [9]),
    ("Teams / Quick Assist remote-access vishing pretext after e-mail bombing", [25]),
    ("Sextortion with Bitcoin address (forged own address)", [14]),
    ("Gift-card scam", [15]),
    ("Fake register / directory invoice", [7]),
    ("Voicemail lure", [35]),
    ("Trade-specific portals and pretexts (IDS 2027 exhibitor portal, EUDAMED SRN, Diadoc, KSeF)", [12, 13, 23, 38]),
    ("Infrastructure: look-alike domains on Namecheap Private Email, Microsoft 365 tenants, Google Workspace, Zoho, Yandex 360 and VPS (Hetzner, OVH, Contabo, DigitalOcean, Aeza, Russian VDS)", [1, 2, 8, 12, 17, 22, 25, 27, 28, 31, 34, 37, 38, 40]),
    ("Infrastructure: compromised small businesses (cPanel/Exim, Aruba, Dinahosting, PHPMailer web shops)", [5, 11, 19, 24, 26, 29, 33, 39]),
    ("Infrastructure: free mailers (Gmail, outlook.com) and forged sender addresses", [5, 6, 14, 15, 36]),
]


def main():
    for name in MODULES:
        if os.path.exists(os.path.join(HERE, name + ".py")):
            importlib.import_module(name).build()
    msgs = common.MESSAGES
    # sanity on numbering
    for folder in ("attack", "business"):
        ms = sorted([m for m in msgs if m.folder == folder], key=lambda m: m.num)
        nums = [m.num for m in ms]
        if nums != list(range(1, len(ms) + 1)):
            raise SystemExit("%s numbering broken: %r" % (folder, nums))
        order = [m.lang for m in ms]
        exp = [l for l, n in EXPECTED.items() for _ in range(n)]
        if len(ms) == 40 and order != exp:
            raise SystemExit("%s language order broken" % folder)
    for folder in ("attack", "business"):
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".eml"):
                os.remove(os.path.join(d, fn))
    for m in msgs:
        data = m.render()
        with open(os.path.join(ROOT, m.folder, m.filename), "wb") as f:
            f.write(data)
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for n, a, _, _ in company.STAFF:
            f.write("%s=%s\n" % (n, a))
    manifest.write(os.path.join(ROOT, "MANIFEST.md"), msgs, TECHNIQUES)
    total, bad, report = verify.run(ROOT)
    counts = {}
    for m in msgs:
        counts.setdefault(m.folder, {}).setdefault(m.lang, 0)
        counts[m.folder][m.lang] += 1
    print("written:", {k: dict(v) for k, v in counts.items()})
    print("verified %d messages, %d with problems" % (total, bad))
    for line in report:
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
