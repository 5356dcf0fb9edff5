"""Render MANIFEST.md from the company data and the message list."""

import world as W

TECHNIQUES = [
    ("CEO / manager impersonation (BEC opener, urgent transfer)", [1, 28, 36]),
    ("Fake lawyer / confidential acquisition (CEO fraud stage 2)", [15]),
    ("Supplier / partner bank-detail change from look-alike domains or mailboxes", [2, 22, 40]),
    ("Thread hijack from a genuinely compromised carrier mailbox", [17]),
    ("Compromised customer mailbox with cloud-hosted (AiTM) phishing link", [16]),
    ("Payroll diversion", [5]),
    ("Gift-card fraud", [19]),
    ("Advance-fee / overpayment scam (repatriation)", [13]),
    ("Tax-office lures (ELSTER, Agenzia Entrate, AEAT, AADE, FNS)", [3, 18, 27, 32, 38]),
    ("E-invoicing system lures (KSeF, myDATA, VERI*FACTU)", [23, 31, 32]),
    ("Customs / courier lures (HMRC CDS, Correos, ACS)", [12, 29, 33]),
    ("Court / regulator impersonation (e-Sad payment order)", [25]),
    ("Bank impersonation (Intesa Inbiz, Piraeus KYC, SberBusiness 115-FZ)", [20, 35, 39]),
    ("Microsoft 365 / SharePoint / voicemail credential phishing", [4, 11, 16]),
    ("Trade-specific portal lure (funeral ERP / cremation order)", [6]),
    ("Quishing (inline PNG QR, QR inside PDF)", [4, 29, 35]),
    ("Callback phishing / TOAD", [10, 21]),
    ("HTML attachments (ClickFix page, local credential forms)", [6, 27, 38]),
    ("SVG attachment", [11]),
    ("Password-protected ZIP (ZipCrypto) with executables/scripts", [8, 18, 37]),
    ("Plain ZIP with disguised executable", [24]),
    ("Link to archive on a trusted file host (Google Drive)", [30]),
    ("Installer download lure (MSI)", [31]),
    ("ClickFix (Win+R paste)", [6]),
    ("OAuth device-code phishing", [9]),
    ("Help-desk vishing pretext (Teams call + Quick Assist) after e-mail bombing", [14]),
    ("Extortion: data-leak (base58check BTC) and sextortion with self-spoofed From (bech32 BTC)", [26, 34]),
    ("Fake register / directory invoice", [7]),
]
INFRA = [
    ("Free-mail accounts (outlook.de, hotmail.es, web.de, gmx.de, gmail.com, yandex.ru, proton.me)", [1, 5, 8, 13, 19, 21, 26, 28, 30, 36, 40]),
    ("Compromised small-business mailboxes / websites (Strato, cPanel Roundcube/Exim, WordPress PHP mailer, mail.ru-hosted domain)", [4, 18, 24, 29, 33, 37]),
    ("Genuinely compromised partner / customer mailboxes (real domains)", [16, 17]),
    ("Look-alike domains on VPS (Hetzner, Contabo, OVH, Hostinger, FirstByte)", [2, 15, 22, 27, 38]),
    ("Attacker-controlled Microsoft 365 tenants on look-alike domains", [9, 14]),
    ("Bulk ESPs: SendGrid", [3, 20, 31, 32]),
    ("Bulk ESPs: Mailgun", [6, 25, 39]),
    ("Bulk ESPs: Amazon SES", [7, 11, 23]),
    ("Bulk ESPs: Brevo", [12, 35]),
    ("Abused genuine services (PayPal invoicing, Google Drive, Cloudflare Pages/Workers, microsoft.com/devicelogin)", [4, 9, 10, 16, 30]),
    ("Residential botnet host without TLS", [34]),
]

HDR = "| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |"
SEP = "|---|---|---|---|---|---|---|"


def render(mails):
    c = W.COMPANY
    out = ["# Evaluation set audit95 — Example Group", ""]
    out += ["## Company", "",
            "**%s** (%s) — %s." % (c["name"], c["legal"], c["trade"]), "",
            "* Mail domains: `%s` and `%s`, %s mailboxes." % (c["domains"][0], c["domains"][1], c["mailboxes"]),
            "* Inbound MX: %s. Every message's top `Received` header is mx01's (`from HELO (rDNS [IP])`, `for <recipient>`), "
            "the sender's own hops follow below it." % c["mx"],
            "* Internal mail: %s; the internal messages carry the Exchange hops below the relay." % c["relay"],
            "* Offices: " + "; ".join("%s — %s (%s)" % (k, v[0], v[1]) for k, v in W.OFFICES.items()) + ".",
            "* No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present: the gateway is expected to "
            "evaluate those itself (offline).",
            "* All dates are October–December 2026; time zones follow each sender (CEST→CET on 25 Oct 2026, US DST end 1 Nov 2026).",
            ""]
    out += ["## Staff (also in `staff.txt`)", "", "| Name | Address | Office | Role |", "|---|---|---|---|"]
    for k in W.STAFF_ORDER:
        n, a, o, r = W.STAFF[k]
        out.append("| %s | %s | %s (%s) | %s |" % (n, a, o, W.OFFICES[o][0], r))
    out += ["", "## Correspondents", "", "| Organisation | Country | Relationship | Addresses | Mail infrastructure |",
            "|---|---|---|---|---|"]
    for k, (org, cc, kind, people, note) in W.CORR.items():
        addrs = ", ".join(("%s <%s>" % (n, a)) if n else "<%s>" % a for n, a in people)
        out.append("| %s | %s | %s | %s | %s |" % (org.replace("|", "/"), cc, kind, addrs, note))
    out += ["", "Private addresses of staff used in genuine mail: Tobias Kraus <tobi.kraus84@gmx.de>, "
            "Agnieszka Kołodziej <aga.kolodziej@wp.pl>, Ελένη Γεωργίου (Eleni Georgiou) <eleni.georgiou.thess@gmail.com>.", ""]
    for folder in ("attack", "business"):
        out += ["## %s/ (%d messages)" % (folder, len(mails[folder])), "", HDR, SEP]
        for m in sorted(mails[folder], key=lambda x: x.n):
            out.append(m.manifest_row())
        out.append("")
    out += ["## Notes", "", "### Hard negatives (business message → the attack(s) it mirrors)", "",
            "| Business message | Mirrors attack | Shared topic |", "|---|---|---|"]
    atk = {m.n: m for m in mails["attack"]}
    for m in sorted(mails["business"], key=lambda x: x.n):
        if m.hn:
            nums, topic = m.hn
            out.append("| %s | %s | %s |" % (m.fname, ", ".join(atk[n].fname for n in nums), topic))
    out += ["", "### Attack techniques and infrastructure", "", "| Technique | Attack files (number) |", "|---|---|"]
    for t, nums in TECHNIQUES:
        out.append("| %s | %s |" % (t, ", ".join("%02d" % n for n in nums)))
    out += ["", "| Sending infrastructure | Attack files (number) |", "|---|---|"]
    for t, nums in INFRA:
        out.append("| %s | %s |" % (t, ", ".join("%02d" % n for n in nums)))
    out += ["", "### Technical notes", "",
            "* IBANs carry valid ISO 13616 mod-97 check digits; national check digits are computed for IT (CIN), ES (DC), "
            "PL (sort-code digit), BE (mod 97) and for the German account numbers (check method 00). Russian settlement "
            "and correspondent accounts carry a valid control key for their BIK; Russian INNs have valid check digits.",
            "* Bitcoin addresses are valid bech32 (P2WPKH) or base58check (P2PKH) strings derived from fixed seeds; "
            "they are not known wallets.",
            "* Other identifiers carry valid check digits as well: Italian P.IVA, Polish NIP, Spanish CIF, Greek AFM, "
            "German SEPA creditor ID.",
            "* UK phone numbers use Ofcom's drama ranges (020 7946 0xxx, 0161 496 0xxx); other numbers are invented.",
            "* The look-alike and phishing domains, people and companies other than the brief's fixed correspondents are "
            "invented; real brands (Microsoft, PayPal, Google, banks, tax offices) appear only as impersonation targets or "
            "as the genuine senders of the business notices.",
            "* QR codes are real byte-mode QR codes (versions 1–10, ECC M) produced by `gen/qr.py`; they decode with any reader.",
            "* Attachments are inert: PDFs contain only text (and in one case a QR image), ZIP members hold a single line "
            "`inert placeholder` under a dangerous-looking name, HTML/SVG attachments contain no script.",
            "* Phishing landing domains are fictitious look-alikes; `.invalid` is used where a pasted command would be shown.",
            "* Regenerate with `python3 gen/build.py` (deterministic; no clock or unseeded randomness).", ""]
    return "\n".join(out)
