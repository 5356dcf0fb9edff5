"""MANIFEST.md writer."""
import re
from collections import Counter
from company import COMPANY, OFFICES, STAFF, CORRESPONDENTS, ROLE_MAILBOXES


def _cell(s):
    return (s or "").replace("|", "\\|").replace("\n", " ")


TECH = {
    1: ("CEO fraud / BEC (acquisition pretext, notary escrow account)", "look-alike domain exarnple.com on a Hetzner VPS, Postfix + Roundcube"),
    2: ("Supplier bank-detail change (vendor email compromise via look-alike)", "look-alike lieferant-gmhb.de on an attacker Microsoft 365 tenant"),
    3: ("Tax-office credential phishing (ELSTER) with HTML attachment", "compromised WordPress, PHPMailer, cPanel/Exim local submission"),
    4: ("Quishing – fake MFA re-registration with QR code", "look-alike examplegroup-it.com via SendGrid"),
    5: ("Fake job application with password-protected ZIP (.pdf.lnk)", "free mailer GMX"),
    6: ("Help-desk vishing pretext (Teams call + Quick Assist), email-bombing follow-up", "external onmicrosoft.com tenant"),
    7: ("Trade-portal credential phishing (track-access portal)", "look-alike domain via Mailgun"),
    8: ("Fake register / directory 'invoice' (Adressbuchschwindel)", "private directory via Amazon SES"),
    9: ("Payroll diversion", "free mailer Gmail, display-name impersonation"),
    10: ("Device-code phishing (microsoft.com/devicelogin, Teams pretext)", "look-alike customer domain on an attacker M365 tenant"),
    11: ("Callback phishing (TOAD) via abused genuine service", "PayPal invoicing infrastructure (genuine)"),
    12: ("Fake lawyer / client-account change", "look-alike law-firm domain on an OVH VPS, forged Outlook X-Mailer"),
    13: ("SVG attachment (fake voicemail player)", "compromised small business, authenticated cPanel/Exim"),
    14: ("ClickFix (fake CAPTCHA → Win+R mshta) in HTML attachment", "unknown forwarder domain via Mailgun"),
    15: ("Fake domain-renewal / SEO listing", "Amazon SES"),
    16: ("Sextortion with Bitcoin (bech32)", "compromised Brazilian cPanel host, From spoofed to victim"),
    17: ("Thread hijack from genuinely compromised partner mailbox + encrypted ZIP (.pdf.js)", "partner's real Aruba relay, webmail from Nigerian IP"),
    18: ("Tax-office / e-invoicing (SdI) phishing with HTML SPID login", "compromised WordPress, PHPMailer, cPanel/Exim local"),
    19: ("Supplier bank-detail change (.com look-alike)", "OVH server, forged Outlook X-Mailer"),
    20: ("Infrastructure-manager portal phishing (RFI PIC, NIS2 pretext)", "look-alike domain via Brevo"),
    21: ("Fake lawyer demand with external 'protected file' link", "free mailer Libero"),
    22: ("Thread hijack from compromised partner mailbox + bank change + look-alike Reply-To", "partner's real home.pl server, Roundcube from foreign hosting IP"),
    23: ("E-invoicing credential phishing (KSeF)", "look-alike domain via SendGrid"),
    24: ("Fake business-register pro-forma invoice", "Contabo VPS, PHPMailer"),
    25: ("Invoice lure with password-protected ZIP (.pdf.js)", "compromised accounting-office mailbox on home.pl, Roundcube from Vietnam"),
    26: ("Abused DocuSign envelope impersonating a customer", "DocuSign infrastructure (genuine), outlook.com Reply-To"),
    27: ("Gift-card BEC", "free mailer Gmail"),
    28: ("Quishing – fake tax e-notification (AEAT/DEHú) with QR code", "look-alike domain via Brevo"),
    29: ("Supplier bank-detail change with forged bank certificate", "look-alike .com on an attacker M365 tenant"),
    30: ("Callback phishing (TOAD) – fake bank fraud alert, no link", "DigitalOcean droplet without rDNS, PHPMailer"),
    31: ("SharePoint/OneNote share from a compromised third-party tenant", "Microsoft SharePoint notification infrastructure (genuine)"),
    32: ("Tax-authority credential phishing (AADE myDATA / TAXISnet)", "look-alike domain via Mailgun"),
    33: ("Manager fraud – urgent transfer to Cyprus", "free mailer Outlook.com"),
    34: ("Tender-invitation phishing (M365 login for 'documents')", "look-alike customer .com on a Hetzner server"),
    35: ("Supplier bank-detail change (terminal operator look-alike)", "look-alike domain on an OVH VPS, Thunderbird"),
    36: ("Courier customs-fee card phishing", "look-alike domain via SendGrid"),
    37: ("Trade-system credential phishing (RZD ETRAN e-signature)", "look-alike domain on a REG.RU cloud VPS, Roundcube"),
    38: ("Supplier bank-detail change (look-alike on Yandex 360)", "Yandex 360 (genuine service) with look-alike custom domain"),
    39: ("Fake tax-office demand with ZIP containing .pdf.scr and .xlsx.lnk", "free mailer Mail.ru"),
    40: ("Extortion with Bitcoin (base58check)", "compromised Vietnamese hosting server, From spoofed to victim"),
}

NOTES = [
    "### How the set is built\n",
    "* `python3 gen/build.py` regenerates everything deterministically (per-message `random.Random` seeded with the file number, "
    "no clock access) and then verifies every file: parse with `email` (compat32 and default policies, no defects), decode "
    "every text part with its declared charset, open every ZIP (encrypted ones are decrypted with the password stated in the "
    "body), check PDFs, validate all IBANs / Russian accounts / Bitcoin addresses found in decoded text, check that the top "
    "`Received` is mx01's with `for <…>`, that no `Authentication-Results`, `DKIM-Signature`, `ARC-*`, `Received-SPF` or "
    "`X-Spam*` headers exist, that lines are ≤ 998 octets and dates fall in Oct–Dec 2026. If `zbarimg` and `pdftotext` are "
    "installed they are used as independent checks of the QR codes and the PDF text layer.",
    "* Generators in `gen/`: `lib_qr.py` (QR Code Model 2 encoder, byte mode, RS error correction, mask selection), "
    "`lib_png.py`, `lib_pdf.py` (text-only PDF with ToUnicode CMap so Cyrillic/Greek/Polish text extracts correctly), "
    "`lib_zip.py` (ZipCrypto writer), `lib_checks.py` (IBAN mod-97, DE account method-00 check digit, IT CIN, ES CCC "
    "control digits, PL bank sort-code check digit, RU BIK control key and INN, DE USt-IdNr, IT P.IVA, PL NIP, GR AFM, "
    "ES CIF, UIC wagon number, ISO 6346 container number, bech32, base58check), `lib_mime.py` (own MIME writer: "
    "explicit charsets, QP/base64/8bit/7bit, RFC 2047 / RFC 2231), `lib_infra.py` (Received chains, Message-ID and "
    "X-Mailer styles of each sending system), `msgs_<lang>.py` (the messages).\n",
    "### Realism notes\n",
    "* Every message starts with `Return-Path` and mx01's `Received: from HELO (rDNS [IP]) … by mx01.example.com (Postfix) "
    "… for <rcpt>`; below it the sender's own hops (Exchange Online MAPI/SMTP hops in UTC, Gmail `Received: by … with SMTP "
    "id` plus `X-Received`, GMX `web-mail.gmx.net (via HTTP)` and Nemesis, Aruba `Aruba Outgoing Smtp`, cPanel/Exim "
    "with `X-AntiAbuse`, SendGrid `filterdrecv`/`geopod-ismtpd`, Mailgun, Brevo, SES, Mailchimp, Yandex, Mail.ru, WP, "
    "OTE, PayPal, DocuSign, GitHub, Google and Microsoft account systems). Internal mail: mx01 ← mail-int01.example.com "
    "[10.20.0.25] ← EXCH01/EXCH02 (MAPI).",
    "* Time zones follow the 2026 rules (EU summer time ends 25 Oct 2026, US DST ends 1 Nov 2026, Moscow UTC+3).",
    "* The Date header style follows the sender (Exchange Online rewrites Date to +0000, webmail uses the sender's zone).",
    "* IBANs carry valid mod-97 check digits and, where applicable, valid national check digits (IT CIN, ES CCC, PL sort-code "
    "digit; DE account numbers use check method 00, which is not necessarily the real method of the named bank). Russian "
    "settlement and correspondent accounts carry a valid control key against the BIK; INNs are valid. UK sort code/account "
    "numbers are not claimed to pass VocaLink modulus checking.",
    "* Attack domains, e-mail addresses of attackers and correspondents, companies (apart from the big real services that "
    "send or are impersonated), phone numbers and IP addresses of small hosts are fictitious; UK numbers use Ofcom drama "
    "ranges (020 7946 0xxx, 07700 900xxx). Real brands are only impersonated in attack messages or appear as the genuine "
    "sending service (Microsoft, Google, GitHub, Yandex, DocuSign, PayPal, SendGrid, Mailgun, Brevo, SES, Mailchimp).\n",
    "### Inertness\n",
    "* No attachment contains a working script or executable. ZIP entries are one-line text placeholders under "
    "dangerous-looking names (.lnk, .js, .scr). HTML/SVG attachments contain no `<script>`; the phishing HTML files are "
    "static forms/links to fictitious domains, and the ClickFix file only displays the command a victim would be asked "
    "to paste. PDFs contain only text (Helvetica/Courier, no JavaScript, no embedded files or forms).",
]


def write(path, rows):
    L = []
    L.append("# Evaluation set audit108 – Example Group\n")
    L.append("## Company\n")
    L.append("**%s** – %s. About %d mailboxes on `%s` and `%s`. Inbound MX `mx01.example.com` (Postfix); "
             "internal mail leaves Exchange (`EXCH01/EXCH02.corp.example.com`) via the relay `mail-int01.example.com [10.20.0.25]`.\n"
             % (COMPANY["name"], COMPANY["trade"], COMPANY["mailboxes"], COMPANY["domains"][0], COMPANY["domains"][1]))
    L.append("| Office | Entity / address |\n|---|---|")
    for k, (city, addr) in OFFICES.items():
        L.append("| %s (%s) | %s |" % (city, k, _cell(addr)))
    L.append("")
    L.append("## Staff\n")
    L.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for key, (n, a, o, r) in STAFF.items():
        L.append("| %s | %s | %s | %s |" % (_cell(n), a, o, _cell(r)))
    L.append("")
    L.append("Role mailboxes (not in staff.txt): " + "; ".join("`%s` – %s" % (a, d) for a, d in ROLE_MAILBOXES.items())
             + "; distribution lists `alle-de@example.com`, `zespol-pl@example.com`, `moscow-office@example.com`.\n")
    L.append("## Correspondents\n")
    L.append("| Organisation | Country | Person / mailbox | Address | Relationship |\n|---|---|---|---|---|")
    for org, c, p, a, r in CORRESPONDENTS:
        L.append("| %s | %s | %s | %s | %s |" % (_cell(org), c, _cell(p), a, _cell(r)))
    L.append("")
    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        L.append("## %s\n" % title)
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" % (
            "attack" if folder == "attack" else "genuine"))
        L.append("|---|---|---|---|---|---|---|")
        for r in rows[folder]:
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                r["file"], r["lang"], r["charset"], r["cte"], _cell(r["structure"]), _cell(r["what"]), _cell(r["why"])))
        L.append("")
    L.append("## Notes\n")
    L.append("### Hard negatives (genuine message ↔ attack it resembles)\n")
    L.append("| Business message | Attack(s) | Shared topic | What separates them |\n|---|---|---|---|")
    bymap = {r["file"][:2]: r["file"] for r in rows["attack"]}
    n_pairs = 0
    for r in rows["business"]:
        p = r.get("pair") or ""
        if "attack" in p:
            nums = re.findall(r"\b(\d{1,2})\b", p)
            files = ", ".join(bymap["%02d" % int(n)] for n in nums)
            if files:
                n_pairs += 1
                L.append("| %s | %s | %s | %s |" % (r["file"], files, _cell(r["what"]), _cell(r["why"])))
    L.append("")
    L.append("%d genuine messages are paired with specific attacks; of those, business 01, 02, 04, 05, 09, 10, 15, 16, 17, 18, "
             "22, 24, 26, 27, 28, 31, 32, 33, 35, 37 share the topic *and* the claimed sender or organisation with their attack "
             "(the strict hard negatives).\n" % n_pairs)
    L.append("### Attack technique and sending infrastructure index\n")
    L.append("| # | Technique | Sending infrastructure (as seen in the Received chain) |\n|---|---|---|")
    for num in sorted(TECH):
        t, infra = TECH[num]
        L.append("| %s | %s | %s |" % (bymap["%02d" % num], t, infra))
    L.append("")
    # coverage
    cs, cte = Counter(), Counter()
    for folder in ("attack", "business"):
        for r in rows[folder]:
            for c in r["charset"].split(", "):
                cs[c.lower()] += 1
            for c in r["cte"].split(", "):
                cte[c.split(" ")[0]] += 1
    L.append("### Charset / transfer-encoding coverage (body text parts, both folders)\n")
    L.append("Charsets: " + ", ".join("%s ×%d" % kv for kv in sorted(cs.items())) + "  ")
    L.append("CTEs of text parts: " + ", ".join("%s ×%d" % kv for kv in sorted(cte.items())) + "\n")
    L.extend(NOTES)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
