"""MANIFEST.md renderer (charset / CTE / structure are read back from the
generated messages, so the table always matches the files)."""
import verify

LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish",
              "el": "Greek", "ru": "Russian"}
OFFICE_LABEL = {"HQ": "HQ München (DE)", "IT": "Verona (IT)", "PL": "Poznań (PL)", "ES": "València (ES)",
                "GR": "Thessaloniki (GR)", "UK": "Birmingham (UK)", "RU": "St Petersburg (RU)"}

TECHNIQUES = [
    ("CEO fraud / BEC", "01 (look-alike domain, fake lawyer hand-off), 14 (gift cards via Gmail), 28 (move to WhatsApp via outlook.com)"),
    ("Supplier / carrier bank-detail change", "02 (DE, VoP-warning pre-emption), 18 (IT), 23 (PL, VAT white-list pre-emption), 33 (GR), 38 (RU, valid BIK key)"),
    ("Payroll diversion", "06"),
    ("Thread hijack from a genuinely compromised partner mailbox", "08 (Microsoft 365 of the parts supplier, credential link), 21 (customer's Libero mailbox, password ZIP with .vbs)"),
    ("National tax / e-invoicing / customs / authority lures", "03 ELSTER, 10 HMRC, 17 SdI/Agenzia Entrate, 22 KSeF, 27 AEAT/DEHú, 32 AADE myDATA, 37 FNS, 40 FTS customs, 20 municipal police fine, 25 bailiff"),
    ("Trade-specific portals", "05 mobile.de dealer area, 26 OTOMOTO Dealer (DSA pretext), 40 ЛК участника ВЭД"),
    ("Microsoft 365 / DocuSign / SharePoint-style credential phishing", "04, 08, 09, 12, 16, 25, 35"),
    ("Quishing (real QR codes in PNG)", "04 (Authenticator re-registration), 20 (pagoPA fine)"),
    ("Callback phishing (TOAD)", "11 (genuine PayPal invoice abused), 36 (Norton renewal, PDF with phone number)"),
    ("HTML attachments (credential forms, no script)", "09, 25, 35, 40; ClickFix page 30"),
    ("SVG attachment with link", "12"),
    ("Password-protected ZIP (ZipCrypto)", "07 (.pdf.lnk), 21 (.vbs), 37 (.pdf.scr) - one-line inert placeholders"),
    ("Plain ZIP with script", "27 (.pdf.js)"),
    ("ClickFix (paste PowerShell into Win+R)", "30"),
    ("OAuth device-code phishing", "13 (genuine microsoft.com/devicelogin, look-alike carrier domain on attacker M365 tenant)"),
    ("Teams / remote-access vishing pretext (Quick Assist)", "16 (external onmicrosoft.com tenant posing as IT)"),
    ("Extortion with Bitcoin", "15 (spoofed own address, bech32 address)"),
    ("Gift-card scam", "14"),
    ("Fake directory / register invoice", "29"),
    ("Bank credential phishing", "31 (CaixaBankNow transfer 'pending signature')"),
    ("Courier / customs fee", "34 (ELTA Courier)"),
    ("Fake voicemail", "35"),
    ("Abused genuine services", "11 PayPal invoicing, 24 Google Drive sharing, 13/16/12 Microsoft 365 tenants"),
    ("Bulk ESPs", "03 SendGrid, 10/34 Mailgun, 17/31 Brevo, 20/26 Amazon SES"),
    ("Compromised small businesses", "04 (all-inkl), 09/19/25/27/30/35 (cPanel/Exim), 12 (Microsoft 365 of a body shop)"),
    ("Look-alike domains on VPS hosts", "01/32/22 Hetzner, 02/23 OVH, 07/29 Contabo, 05/33 DigitalOcean, 37/38/39 Russian/Ukrainian VPS"),
]


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def _summary(msg):
    parts = verify.body_text_parts(msg)
    cs, cte = [], []
    for p in parts:
        c = (p.get_content_charset() or "us-ascii").lower()
        e = (p.get("Content-Transfer-Encoding") or "7bit").lower()
        if c not in cs:
            cs.append(c)
        if e not in cte:
            cte.append(e)
    return ", ".join(cs), ", ".join(cte), verify.describe(msg)


def render(company, offices, staff, corr, results):
    L = []
    L.append("# Evaluation set: Example Group mail gateway (spam / phishing filtering)\n")
    L.append("Generated deterministically by `gen/build.py` (Python 3 standard library only). "
             "40 attack messages in `attack/`, 40 genuine messages in `business/`, numbered 01-40 in the "
             "language order de (8), en (8), it (5), pl (5), es (5), el (5), ru (4).\n")
    L.append("## The company\n")
    L.append("**%s** - %s Domains `example.com` and `examplegroup.eu`, %s mailboxes.\n" % (
        company["name"], company["trade"], company["mailboxes"]))
    L.append("Offices:\n")
    for k, v in offices.items():
        L.append("- %s: %s" % (OFFICE_LABEL[k], v))
    L.append("")
    L.append("Mail flow: inbound MX `%s`; every message's top `Received` header is mx01's "
             "(`from HELO (rDNS [IP]) ... by mx01.example.com (Postfix) ... for <recipient>`), followed by the sender's own hops. "
             "Internal mail arrives from %s. Every message has a `Return-Path`; none carries Authentication-Results, "
             "DKIM-Signature, ARC or X-Spam headers. Dates: October-December 2026 (CEST until 25 Oct, CET after).\n"
             % (company["mx"], company["relay"]))
    L.append("## Staff (`staff.txt`)\n")
    L.append("| Name | Address | Office | Role |")
    L.append("|---|---|---|---|")
    for p in staff.values():
        L.append("| %s | %s | %s | %s |" % (_cell(p.name), p.addr, OFFICE_LABEL[p.office], _cell(p.role)))
    L.append("\nTeam/distribution addresses used in messages: `alle-muenchen@example.com` (distribution list), "
             "`it-sicherheit@example.com` (phishing reports).\n")
    L.append("## Correspondents\n")
    L.append("| Organisation | Country | Relationship / mail system | Addresses |")
    L.append("|---|---|---|---|")
    for org, ctry, role, people in corr:
        L.append("| %s | %s | %s | %s |" % (_cell(org), ctry, _cell(role),
                                          _cell(", ".join("%s <%s>" % (n, a) for n, a in people))))
    L.append("")
    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        L.append("## %s\n" % title)
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" %
                 ("attack" if folder == "attack" else "genuine"))
        L.append("|---|---|---|---|---|---|---|")
        for it in results[folder]:
            cs, cte, struct = _summary(it["msg"])
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                it["file"], it["lang"], cs, cte, _cell(struct), _cell(it["what"]), _cell(it["why"])))
        L.append("")
    L.append("## Notes\n")
    L.append("### Hard negatives (genuine messages on the same topic as specific attacks)\n")
    att = {it["num"]: it["file"] for it in results["attack"]}
    n = 0
    for it in results["business"]:
        if it.get("pair"):
            n += 1
            L.append("- `business/%s` is the hard negative of %s" % (
                it["file"], ", ".join("`attack/%s`" % att[a] for a in it["pair"])))
    L.append("\n(%d business messages are paired with specific attacks.) Threads: `business/01` and `attack/08` share the real "
             "Lieferant GmbH thread (same Message-IDs in References); `business/20` and `attack/21` share the Esposito complaint "
             "thread. The genuine private address of Stefan Huber is s.huber82@web.de (business 05); the payroll attack uses "
             "stefan.huber.muc@web.de.\n" % n)
    L.append("### Attack techniques used\n")
    L.append("| Technique | Attack numbers |")
    L.append("|---|---|")
    for a, b in TECHNIQUES:
        L.append("| %s | %s |" % (_cell(a), _cell(b)))
    L.append("")
    L.append("### Data validity\n")
    L.append("- All IBANs carry valid ISO 13616 mod-97 check digits. National check digits: Italian CIN, Spanish CCC "
             "(DC), Polish sort-code check digit, Belgian-style not used; German account numbers are built with check "
             "method 00 (the Sparkasse scheme) - the BLZ-to-method mapping could not be verified offline. Greek, "
             "Lithuanian and UK BBANs have no national check digit implemented.")
    L.append("- Russian settlement accounts carry a valid control key against the BIK (last three digits) and the "
             "correspondent accounts are derived the same way (e.g. Alfa-Bank 044525593 -> 30101810200000000593, "
             "Sberbank North-West 044030653 -> 30101810500000000653). INN, Italian P.IVA, Polish NIP, Greek AFM, Spanish "
             "CIF and German USt-IdNr. carry valid check digits.")
    L.append("- The Bitcoin address in attack 15 is a bech32 (segwit v0) address with a valid checksum, derived from a "
             "hash of a fixed seed (no known private key).")
    L.append("- QR codes (attacks 04 and 20, business 04) are real byte-mode QR codes, ECC level M, encoded by "
             "`gen/qrgen.py` and written as 1-bit PNG.")
    L.append("- The ELTA tracking number in attack 34 carries a valid UPU S10 check digit.")
    L.append("- Attachments are inert: PDFs contain text only; ZIP members in attacks are one-line text placeholders under "
             "dangerous names (.pdf.lnk, .vbs, .pdf.scr password-protected with ZipCrypto - passwords BK11873, 7731, 8841 "
             "are in the message bodies; .pdf.js in an unencrypted ZIP in attack 27); business 27 carries an ordinary ZIP "
             "of PNG photos; HTML and SVG attachments contain no script (forms / links only). The ClickFix "
             "command in attack 30 points to 203.0.113.47 (TEST-NET-3, not routable).")
    L.append("- Domains of attackers, compromised third parties, ESP tracking hosts and IP addresses are illustrative; "
             "no lookup was made to check whether such domains exist.")
    L.append("- Character sets used for bodies: iso-8859-1, iso-8859-15, windows-1252 (de/it/es), iso-8859-2, windows-1250 "
             "(pl), iso-8859-7, windows-1253 (el), koi8-r, windows-1251 (ru), utf-8 and us-ascii; transfer encodings "
             "quoted-printable, base64, 8bit and 7bit. KOI8-R and ISO-8859-2/-7 texts avoid characters those sets lack "
             "(e.g. 'N' for '№', '-' for en dash), as senders using them do.")
    L.append("")
    return "\n".join(L) + "\n"
