"""Free-text notes for MANIFEST.md."""

HARD_NEGATIVES = [
    # (business, [attacks], shared topic)
    (1, [1], "CEO's urgent payment request (genuine via internal relay vs. look-alike-domain CEO fraud)"),
    (2, [2], "Lieferant GmbH bank-detail change (proper announcement vs. typo-squat with Revolut IBAN)"),
    (3, [2, 6], "Payment pressure from a supplier (genuine dunning with supply stop vs. redirect / register scam)"),
    (4, [4, 29, 6], "QR code in a mail (EPC GiroCode payment QR vs. quishing URLs); invoice with IBAN"),
    (5, [5], "Employee writing from a private address (sick note vs. payroll diversion)"),
    (7, [4], "MFA / Authenticator registration (internal IT notice vs. QR phishing)"),
    (8, [8, 25], "Password-protected ZIP (payroll bureau, password out of band vs. .js/.vbs in ZipCrypto)"),
    (9, [9], "Docusign envelope (eu.docusign.net vs. Mailgun + pages.dev)"),
    (10, [12, 14], "Microsoft account / M365 themed (real code mail vs. device-code and help-desk lures)"),
    (13, [10], "Same customer mailbox e.clarke@yorkshiregrand.co.uk (genuine complaint vs. after compromise)"),
    (14, [12], "Teams meeting (real invite with iCalendar vs. device-code 'Teams' login)"),
    (15, [11], "PayPal (real receipt vs. invoice abuse with callback number) - same infrastructure"),
    (16, [13], "Companies House confirmation statement (GOV.UK Notify vs. look-alike via SES)"),
    (17, [20], "Ferretti Trasporti invoice / IBAN (real .it domain vs. .com look-alike)"),
    (18, [17], "Same Ferretti thread and sender (genuine reply vs. hijacked reply from the compromised mailbox)"),
    (22, [22, 23], "KSeF invoice from Partner Logistik vs. KSeF phishing and look-alike account change"),
    (23, [23], "Tadeusz Zieliński (genuine urgent notice vs. impersonation from partner-logistlk.pl)"),
    (26, [24], "DPD Polska notification (dpd.com.pl vs. HTML-attachment phish)"),
    (28, [31], "Hoteles Costa Azahar RFQ (buyer's domain with PDF vs. Gmail + Google Drawings)"),
    (29, [30], "Payroll bank-account changes (internal rule vs. Gmail request)"),
    (33, [34], "Μεταφορική Βορείου Ελλάδος (otenet invoice vs. Gmail IBAN change)"),
    (34, [36], "Greek office manager's urgent payment (internal vs. outlook.com impersonation)"),
    (35, [35], "ACS Courier (real notice vs. SVG phish)"),
    (36, [32], "myDATA discrepancies (external accountant vs. fake AADE)"),
    (37, [39], "ТекстильПром invoice / bank details (real domain vs. look-alike)"),
    (38, [40], "Yandex ID new sign-in (id.yandex.ru vs. look-alike)"),
    (39, [38], "Kontur.Diadok document notice (real vs. phishing)"),
]

TECHNIQUES = [
    ("CEO fraud / executive impersonation", [1, 16, 36]),
    ("Fake lawyer / legal pressure", [1, 25, 28]),
    ("Supplier / carrier bank-detail change (look-alike domains, free mail)", [2, 20, 23, 34, 39]),
    ("Payroll diversion", [5, 30]),
    ("Thread hijack (stolen thread, display-name spoof)", [8]),
    ("Thread hijack from a genuinely compromised partner mailbox", [17]),
    ("Compromised customer M365 account, fake share notification, OneNote link", [10]),
    ("Tax-office / e-invoicing / regulator credential phishing (ELSTER, SdI, KSeF, AEAT, AADE/myDATA, FNS, Companies House)", [3, 13, 18, 22, 27, 32, 37]),
    ("Bank credential phishing (CompanyNet, CaixaBankNow)", [26, 29]),
    ("Quishing (QR code PNG)", [4, 29]),
    ("Callback phishing / TOAD", [11, 21, 33]),
    ("Abuse of genuine services (PayPal invoicing, SendGrid, Mailgun, SES, Brevo, Cloudflare Pages, Adobe Express, Google Drawings, SharePoint/OneNote)", [3, 6, 9, 10, 11, 13, 17, 18, 21, 22, 26, 31, 32]),
    ("HTML attachment (credential form)", [24]),
    ("SVG attachment with link", [19, 35]),
    ("Password-protected ZIP (ZipCrypto) with script / LNK", [8, 25, 37]),
    ("ClickFix (fake CAPTCHA -> Win+R paste)", [7]),
    ("Device-code phishing (microsoft.com/devicelogin)", [12]),
    ("Teams / Quick Assist help-desk vishing pretext after e-mail bombing", [14]),
    ("Extortion with Bitcoin (bech32) and spoofed self-sender", [15]),
    ("Gift-card scam", [16]),
    ("Fake directory / register invoice", [6]),
    ("Courier lures (DHL customs, DPD, ACS, pagoPA notice)", [7, 19, 24, 35]),
    ("Platform phishing for EDI / identity (Diadok, Yandex ID, Docusign)", [9, 38, 40]),
    ("Malware download link (AEAT ZIP from hacked WordPress)", [27]),
]

AUTH_WOULD_PASS = ("In reality SPF/DKIM/DMARC for the visible From domain would pass for every attack except 15 (the recipient's own domain "
                   "spoofed from a Vietnamese consumer IP): the attackers use free mailers (05, 16, 25, 28, 30, 31, 34, 36, 37), their own look-alike "
                   "domains or tenants (01, 02, 12, 14, 20, 23, 33, 39), compromised mailboxes or websites (04, 07, 08, 10, 17, 19, 24, 27, 29, 35, 38, 40) "
                   "or ESPs / genuine services (03, 06, 09, 11, 13, 18, 21, 22, 26, 32). Authentication results alone cannot separate the two folders.")


def notes():
    out = []
    out.append("### Hard negatives (business message -> attack(s) on the same topic)\n")
    out.append("| business | attack(s) | shared topic |")
    out.append("|---|---|---|")
    for b, atts, topic in HARD_NEGATIVES:
        out.append("| %02d | %s | %s |" % (b, ", ".join("%02d" % a for a in atts), topic))
    out.append("\n### Attack techniques used\n")
    for t, ns in TECHNIQUES:
        out.append("- %s: %s" % (t, ", ".join("%02d" % n for n in ns)))
    out.append("\n### Other notes\n")
    out.append("- " + AUTH_WOULD_PASS)
    out.append("- Known private addresses of staff (used in genuine mail): Marcel Brandt <marcel.brandt84@gmx.de>, Francesca Rinaldi <francesca.rinaldi78@libero.it>, "
               "Piotr Kaczmarek <piotr.kaczmarek88@wp.pl>. Look-alike free-mail addresses used by attackers: marcelbrandt.ks@gmail.com, m.schroeder.ceo@gmail.com, "
               "javiermunoz.zgz@gmail.com, g.papadopoulos.thess@outlook.com, compras.hotelescostaazahar@gmail.com, metaforiki.v.ellados@gmail.com.")
    out.append("- Look-alike domains: examplegroup-eu.com, lieferant-gmhb.de, ferretti-trasporti.com, partner-logistlk.pl, textilprom-37.ru, examplegroupit.onmicrosoft.com.")
    out.append("- All attacker domains, compromised small-business sites, people, phone numbers and account numbers are invented for this set. Provider host names and IP "
               "ranges (Google, Microsoft, GMX, Yandex, Aruba, home.pl, SendGrid, Mailgun, SES, Brevo, Mailchimp, PayPal...) follow each provider's usual naming but are illustrative.")
    out.append("- Dates run from 1 October to 10 December 2026; mx01 timestamps switch from CEST to CET on 25 October 2026. Each sender hop uses its own time zone.")
    out.append("- Every IBAN has valid mod-97 check digits; national check digits are also valid where defined (IT CIN, ES DC, PL sort-code digit, BE, PT NIB). "
               "Russian accounts carry a valid BIK control key (real BIK/correspondent-account pairs 044525974/30101810145250000974 and 042406608/30101810000000000608 "
               "pass the same check). VAT/tax IDs (USt-IdNr, NIP, P.IVA, CIF, AFM, INN) have valid check digits. The Bitcoin address in attack/15 is a checksum-valid bech32 P2WPKH address.")
    out.append("- QR codes (attack/04, attack/29, business/04) are real PNG QR codes produced by gen/qr.py (byte mode, EC level M); build.py decodes each one again with its own reader "
               "and compares the payload. business/04 carries an EPC069-12 (GiroCode) SEPA payload.")
    out.append("- Attachments are inert: PDFs contain text only; the attack ZIPs contain a one-line placeholder under the dangerous-looking name (.pdf.js, .pdf.vbs, .pdf.lnk); "
               "HTML and SVG attachments contain no script (attack/07 only displays the ClickFix command as text). Encrypted ZIPs use ZipCrypto; passwords: "
               "attack/08 KC2611, attack/25 WZ4471, attack/37 2026, business/08 Hp-Lohn#24117 (not in the mail).")
    out.append("- No Authentication-Results, DKIM-Signature, ARC-* or X-Spam-* headers are present; the gateway is expected to evaluate the messages itself.")
    return out


NOTES = notes()
MESSAGES = []
