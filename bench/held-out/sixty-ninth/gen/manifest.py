"""Writes staff.txt and MANIFEST.md."""

from common import COMPANY, OFFICES, STAFF, CORRESPONDENTS, SERVICES

LANG_NAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}


# technique tags of the attacks (for the overview table)
TECH = {
    "A-de-ceo": "BEC: CEO fraud, look-alike domain (Namecheap Private Email)",
    "A-de-lief": "BEC: supplier bank-detail change, typo-squat domain, PDF letter",
    "A-de-payroll": "BEC: payroll diversion from free mail",
    "A-de-zoll": "Credential phishing: customs / beer-tax portal, compromised cPanel host",
    "A-de-svg": "Fake DocuSign, SVG attachment with link",
    "A-de-qr": "Quishing (inline QR), M365 MFA lure, Amazon SES",
    "A-de-zip": "Password-protected ZipCrypto archive (.pdf.lnk), fake customer complaint",
    "A-de-register": "Fake register/directory invoice (Mailgun)",
    "A-en-hijack": "Thread hijack from compromised supplier mailbox, hidden look-alike Reply-To, bank change",
    "A-en-hmrc": "Credential phishing: HMRC AWRS (alcohol wholesale), SendGrid, sub-domain trick",
    "A-en-toad": "Callback phishing (TOAD) via abused genuine PayPal invoicing",
    "A-en-clickfix": "ClickFix HTML attachment (Win+R / mshta), display-name spoof of a customer",
    "A-en-devicecode": "Device-code phishing (microsoft.com/devicelogin), Teams-briefing pretext",
    "A-en-extortion": "Sextortion with Bitcoin (bech32), spoofed self-sender, direct-to-MX bot",
    "A-en-pofraud": "Purchase-order (goods) fraud, look-alike customer domain on Zoho",
    "A-en-sharepoint": "SharePoint share from compromised unrelated M365 tenant (AitM landing)",
    "A-it-ferretti": "BEC: carrier IBAN change, look-alike domain (Aruba)",
    "A-it-sdi": "Fake SdI/Agenzia Entrate e-invoice rejection, HTML attachment with login form",
    "A-it-lawyer": "Fake lawyer + CEO fraud, look-alike law-firm M365 tenant",
    "A-it-adm": "Quishing (QR PNG attachment), customs/excise (ADM) lure, Brevo",
    "A-it-hijack": "Thread hijack from compromised customer Libero mailbox, Firebase-hosted 'OneDrive' link",
    "A-pl-hijack": "Thread hijack from compromised partner mailbox, VAT white-list / split-payment evasion",
    "A-pl-ksef": "Credential phishing: KSeF e-invoicing (Ministry of Finance), Amazon SES",
    "A-pl-dpd": "Courier surcharge phishing (DPD), compromised WordPress",
    "A-pl-teams": "Teams / Quick Assist vishing pretext after mail-bombing, external onmicrosoft.com tenant",
    "A-pl-zip": "Fake debt-collection demand, ZIP with .pdf.js",
    "A-es-dehu": "Credential phishing: AEAT/DEHú notification, SendGrid, sub-domain trick",
    "A-es-beltran": "BEC: carrier bank change to neobank IBAN, look-alike domain, fake certificate",
    "A-es-giftcards": "Gift-card scam in the CEO's name (Gmail)",
    "A-es-verifactu": "Fake mandatory VeriFactu software update, password-protected ZIP (.exe)",
    "A-es-voicemail": "Fake Teams voicemail, HTML attachment with meta-refresh redirect, Mailgun",
    "A-el-mydata": "Credential phishing: AADE myDATA / TAXISnet, Brevo, sub-domain trick",
    "A-el-customs": "BEC: customs/excise broker account change, look-alike domain",
    "A-el-acs": "Courier fee phishing (ACS), Mailgun",
    "A-el-bankqr": "Quishing (inline QR), bank KYC lure, compromised cPanel host",
    "A-el-rfq": "Fake RFQ/tender, documents on abused Adobe Express page",
    "A-ru-fns": "Fake tax-office demand, password-protected ZIP (.pdf.exe/.xls.scr), The Bat!",
    "A-ru-cz": "Credential phishing: Chestny ZNAK (beer marking) e-signature lure",
    "A-ru-refund": "Refund fraud from look-alike customer domain, account with valid BIK key",
    "A-ru-yandex": "Credential phishing: Yandex ID suspicious sign-in, Mailgun",
}


def write_staff(path):
    with open(path, "w", encoding="utf-8") as fh:
        for p in STAFF.values():
            fh.write("%s=%s\n" % (p.name, p.addr))


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def _short_ct(p):
    ct = p.headers[0][1].split(";")[0].strip()
    return ct


def structure(part):
    """Compact description of the MIME tree."""
    if part.children is not None:
        sub = part.info.get("sub")
        return "multipart/%s [%s]" % (sub, ", ".join(structure(c) for c in part.children))
    ct = _short_ct(part)
    if part.info.get("kind") == "attachment":
        extra = ""
        if part.info.get("note"):
            extra = " (%s)" % part.info["note"]
        disp = "inline " if any(n == "Content-Disposition" and v.startswith("inline") for n, v in part.headers) else ""
        return '%s%s "%s"%s' % (disp, ct, part.info["filename"], extra)
    return ct


def body_texts(part):
    """Text parts that make up the body (not attachments)."""
    return [p for p in part.walk() if p.children is None and p.info.get("kind") == "text"]


def charset_cte(part):
    tp = body_texts(part)
    cs, ctes = [], []
    for p in tp:
        c = p.info["charset"].lower()
        if c not in cs:
            cs.append(c)
        e = p.info["cte"].lower()
        if e not in ctes:
            ctes.append(e)
    return " / ".join(cs) or "–", " / ".join(ctes) or "–"


def write_manifest(path, msgs, ids):
    L = []
    a = L.append
    a("# Blind evaluation set – spam/phishing-filtering mail gateway\n")
    a("Generated deterministically by `python3 gen/build.py` (Python 3 standard library only). "
      "Every file is a complete RFC 5322 message as delivered by the inbound MX `mx01.example.com` (Postfix); "
      "the top `Received` header is mx01's (connecting client as `from HELO (rDNS [IP])`, `for <recipient>`), "
      "below it the sender's own hops. No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present – "
      "the gateway evaluates those itself (offline). Internal mail arrives from `mail-int01.example.com [10.20.0.25]` "
      "with the Exchange hop (EXCH01) below it. All dates lie in October–December 2026.\n")
    a("All IBANs carry valid ISO 13616 mod-97 check digits (and the national check digits for IT CIN, ES DC, PL sort-code, PT NIB, SK account); "
      "Russian settlement and correspondent accounts pass the BIK control-key check; tax numbers (USt-IdNr., P.IVA, NIP, CIF, ΑΦΜ, ИНН/ОГРН, UK VAT) carry valid check digits. "
      "The Bitcoin address is a valid bech32 (BIP-173) P2WPKH address. QR codes are real PNG QR codes (encoder in `gen/qr.py`, verified by the built-in decoder). "
      "Attachments are inert: PDFs contain only text; archives contain a one-line placeholder under a dangerous-looking name; HTML/SVG attachments contain no script.\n")
    a("## The company\n")
    a("**%s** – %s. Domains `%s`, about %d mailboxes. Brewery and beverage wholesaler: own beers, soft drinks, "
      "kegs and returnable glass, deliveries to bars, restaurants and retailers.\n" % (
          COMPANY["name"], COMPANY["legal"], "`, `".join(COMPANY["domains"]), COMPANY["mailboxes"]))
    a("Offices:\n")
    for k, v in OFFICES.items():
        a("- **%s** – %s" % (k, v))
    a("\nMail infrastructure: inbound MX `mx01.example.com` (Postfix); internal relay `mail-int01.example.com` [10.20.0.25]; "
      "Exchange Server 2019 `EXCH01.corp.example.com` [10.20.1.11].\n")
    a("## Staff (`staff.txt`)\n")
    a("| Name | Address | Office | Role |")
    a("|---|---|---|---|")
    for p in STAFF.values():
        nm = p.name if p.native == p.name else "%s (%s)" % (p.name, p.native)
        a("| %s | %s | %s | %s |" % (_cell(nm), p.addr, OFFICES[p.office].split(" – ")[0], _cell(p.role)))
    a("\n## Correspondents\n")
    a("| Organisation | Country | Relationship | Contacts |")
    a("|---|---|---|---|")
    for org, cc, kind, people in CORRESPONDENTS:
        a("| %s | %s | %s | %s |" % (_cell(org), cc, _cell(kind), _cell("; ".join("%s <%s>" % (n, ad) for n, ad in people))))
    a("\nGenuine services sending to the company (real infrastructure): %s.\n" % "; ".join("%s <%s>" % s for s in SERVICES))
    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        a("## %s\n" % title)
        a("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |")
        a("|---|---|---|---|---|---|---|")
        for m in msgs[folder]:
            body = m["_meta"]["body_part"]
            cs, cte = charset_cte(body)
            a("| %s | %s | %s | %s | %s | %s | %s |" % (
                m["file"], m["lang"], cs, cte, _cell(structure(body)), _cell(m["what"]), _cell(m["why"])))
        a("")
    a("## Notes\n")
    a("### Attack techniques overview\n")
    a("| File | Technique |")
    a("|---|---|")
    for m in msgs["attack"]:
        a("| %s | %s |" % (m["file"], _cell(TECH[m["id"]])))
    a("")
    a("### Hard negatives (genuine message ↔ attack on the same topic)\n")
    a("| Business message | Attack message | What they share / what differs |")
    a("|---|---|---|")
    for m in msgs["business"]:
        for pid in m.get("pairs", []):
            t = ids[pid]
            a("| %s | %s | %s |" % (m["file"], t["file"], _cell(m.get("pair_note", ""))))
    a("")
    a("### Further notes\n")
    a("- Sender infrastructure of attacks varies: free mailers (Gmail, Outlook.com, GMX, Libero, WP), look-alike domains on VPS / cheap hosting "
      "(Namecheap Private Email, Postfix/Roundcube VPS), compromised small-business cPanel and WordPress servers, "
      "genuinely compromised partner mailboxes (thread hijacks), bulk ESPs (SendGrid, Mailgun, Brevo, Amazon SES) and abused genuine services "
      "(PayPal invoicing, Microsoft SharePoint sharing from a compromised tenant, Microsoft device-code login).")
    a("- Attacker-registered / look-alike domains (none belongs to a real correspondent): " + ", ".join(sorted(set(
        d for m in msgs["attack"] for d in m.get("lookalikes", [])))) + ".")
    a("- Links in attacks point to attacker-controlled hosts (invented names) or to abused legitimate services; "
      "the ClickFix command shown in the HTML attachment is defanged (`hxxps`) and cannot run.")
    a("- Genuine messages from the three shared correspondents use exactly the addresses given in the brief.")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")
