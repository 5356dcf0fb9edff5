"""MANIFEST.md renderer.  Charset / CTE / structure columns are derived from the
rendered messages themselves (parsed back with the email package)."""
import email
import email.policy

import banking as B
import company as C

LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}

SHORT = {
    "text/plain": "plain", "text/html": "html", "application/pdf": "PDF", "application/zip": "ZIP",
    "application/x-zip-compressed": "ZIP", "image/png": "PNG", "image/svg+xml": "SVG", "application/xml": "XML",
}


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def _tree(part, atts):
    ct = part.get_content_type()
    if part.is_multipart():
        sub = part.get_content_subtype()
        inner = ", ".join(_tree(p, atts) for p in part.iter_parts())
        return "%s(%s)" % (sub, inner)
    fn = part.get_filename()
    label = SHORT.get(ct, ct)
    if fn or part.get_content_maintype() != "text":
        disp = part.get_content_disposition() or ""
        atts.append((label, fn, disp))
        return "%s%s" % (label, " inline" if disp == "inline" else "")
    return label


def describe(m):
    msg = email.message_from_bytes(m.raw, policy=email.policy.default)
    charsets, ctes = [], []
    for part in msg.walk():
        if part.is_multipart() or part.get_filename() or part.get_content_maintype() != "text":
            continue
        cs = (part.get_content_charset() or "us-ascii").lower()
        cte = (part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
        if cs not in charsets:
            charsets.append(cs)
        if cte not in ctes:
            ctes.append(cte)
    atts = []
    tree = _tree(msg, atts)
    desc = []
    for label, fn, disp in atts:
        if fn:
            desc.append("%s `%s`" % (label, fn))
        else:
            desc.append("%s (%s)" % (label, disp or "part"))
    structure = tree + ((" — " + "; ".join(desc)) if desc else "")
    att_notes = [p.meta.get("describe") for p in _walk_parts(m.body) if p.meta.get("kind") == "attachment" and p.meta.get("describe")]
    if att_notes:
        structure += " [" + "; ".join(att_notes) + "]"
    return ", ".join(charsets), ", ".join(ctes), structure


def _walk_parts(p):
    yield p
    for c in p.children:
        yield from _walk_parts(c)


TECHNIQUES = [
    "BEC / CEO fraud: 01 (look-alike domain on an attacker Microsoft 365 tenant), 30 (fake M&A lawyer, escrow IBAN in Portugal), 26 (WhatsApp pivot), 14 (gift cards)",
    "Supplier/carrier/contractor bank-detail change from look-alike domains: 02, 20, 28, 34, 38",
    "Payroll diversion from a freemail address: 04",
    "Thread hijack from genuinely compromised partner mailboxes: 17 (Aruba webmail, link + Reply-To), 22 (home.pl webmail, encrypted ZIP); compromised M365 mailbox mass-sharing with Bcc: 31",
    "Credential phishing tailored to trade and country: 03 (German e-invoice portal), 11 (fake DocuSign), 12 (HMRC MTD), 16 (RIPE NCC LIR portal), 19 (Italian PEC), 23 (Polish KSeF), 27 (AEAT/DEHú), 29 (Correos customs fee, card data), 32 (AADE myDATA/TAXISnet), 39 (Kontur.Diadoc EDO)",
    "Quishing (QR codes): 06 (Microsoft 365 MFA), 33 (bank KYC)",
    "Callback phishing / TOAD through an abused genuine service (PayPal invoice): 10",
    "HTML/SVG attachments: 07 (ClickFix fake CAPTCHA), 13 (SVG with link), 24 and 36 (local credential forms)",
    "Archives: ZipCrypto-encrypted ZIPs with password in the text 08, 22, 37; plain ZIP with .lnk 18; password-protected RAR download link 40",
    "Device-code phishing (microsoft.com/devicelogin): 09",
    "Teams / Quick Assist remote-access vishing pretext after mail bombing: 21",
    "Extortion: 15 (ransom DDoS, bech32 BTC), 35 (sextortion with spoofed own address, base58 BTC)",
    "Fake directory/register invoices: 05, 25",
    "Fake authority / legal pretexts with malware delivery: 08 (copyright lawyer), 18 (SdI rejection), 37 (FNS demand), 40 (Roskomnadzor)",
    "Infrastructure variety: freemail (web.de, Gmail, outlook.com, Onet, mail.ru, Proton), compromised small businesses (IONOS, cPanel/WordPress, Zimbra, shared hosting), "
    "look-alike domains on VPS (Contabo, Hetzner, OVH, Hostinger, Beget), attacker Microsoft 365 / onmicrosoft tenants, Google Workspace and Zoho look-alikes, "
    "bulk ESPs (SendGrid, Mailgun, Amazon SES, Brevo, a Russian mass mailer), abused genuine services (PayPal invoicing, microsoft.com/devicelogin, Cloudflare Pages/Workers, Netlify)",
]


def render(sets):
    out = []
    w = out.append
    w("# Mail-gateway evaluation set — Example Group\n")
    w("Generated deterministically by `python3 gen/build.py` (Python 3 standard library only). "
      "80 RFC 5322 messages: `attack/` (40 malicious) and `business/` (40 genuine), numbered 01–40 per folder in the language order "
      "German 8, English 8, Italian 5, Polish 5, Spanish 5, Greek 5, Russian 4. "
      "`build.py` parses every message back with Python's `email` package, decodes every text part strictly in its declared charset, opens every ZIP "
      "(with its password), checks PDFs/PNGs, validates every IBAN/NRB and Bitcoin address found in the texts and the Oct–Dec 2026 date range. "
      "`gen/verify_extra.py` optionally re-checks with external tools (zbarimg for the QR codes, pdftotext, unzip).\n")
    w("## The company\n")
    w("**%s** (%s; domains %s; %s mailboxes) — %s. HQ: %s. USt-IdNr. %s, %s. Main account %s (%s).\n" % (
        C.COMPANY["name"], C.COMPANY["legal"], " and ".join("`%s`" % d for d in C.COMPANY["domains"]), C.COMPANY["mailboxes"],
        C.COMPANY["trade"], C.COMPANY["hq"], C.COMPANY["ustid"], C.COMPANY["hrb"], B.fmt_iban(C.COMPANY["iban"]), C.COMPANY["bic"]))
    w("| Office | Country | Address / role |\n|---|---|---|")
    for o in C.OFFICES:
        w("| %s | %s | %s |" % tuple(_cell(x) for x in o))
    w("")
    w("Mail flow: inbound MX `mx01.example.com` (Postfix) adds the top `Received` line of every message "
      "(`from HELO (rDNS [IP]) ... by mx01.example.com (Postfix) ... for <recipient>`). Internal mail arrives from the relay "
      "`mail-int01.example.com [10.20.0.25]`, with the Exchange 2019 hops (`FRA-EXCH01/02.corp.example.com`) below it. "
      "No Authentication-Results, DKIM-Signature, ARC-* or X-Spam-* headers are present anywhere.\n")
    w("Functional mailboxes used as recipients: " + ", ".join("`%s` (%s)" % f for f in C.FUNCTIONAL) +
      "; distribution lists `milano@`, `all-italia@`, `athina@`, `moskva@example.com` appear in To: of internal notices.\n")
    w("## Staff (`staff.txt`)\n")
    w("| Name | Address | Office | Role |\n|---|---|---|---|")
    for n, a, o, role in C.STAFF:
        w("| %s | %s | %s | %s |" % (_cell(n), a, o, _cell(role)))
    w("")
    w("## Correspondents\n")
    w("| Organisation | Country | Contacts | Relationship | Mail system / notes |\n|---|---|---|---|---|")
    for org, cc, rel, contacts, notes in C.CORRESPONDENTS:
        w("| %s | %s | %s | %s | %s |" % (_cell(org), cc, _cell("; ".join("%s <%s> (%s)" % c for c in contacts)), _cell(rel), _cell(notes)))
    w("")
    w("Genuine third-party services used by business messages: Microsoft (accountprotection.microsoft.com, microsoft.com billing, SharePoint Online), "
      "Google accounts, GitHub, Yandex ID, DocuSign EU, RIPE NCC, Mailchimp, Brevo, Amazon SES (newsletters).\n")

    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        w("## %s\n" % title)
        w("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" % ("attack" if folder == "attack" else "genuine"))
        w("|---|---|---|---|---|---|---|")
        for m in sets[folder]:
            cs, cte, st = describe(m)
            w("| `%s` | %s | %s | %s | %s | %s | %s |" % (m.filename, m.lang, cs, cte, _cell(st), _cell(m.what), _cell(m.why)))
        w("")

    w("## Notes\n")
    w("### Hard negatives (genuine messages that mirror specific attacks)\n")
    w("| Business message | Mirrors attack(s) | What is shared / what differs |\n|---|---|---|")
    att = {m.num: m for m in sets["attack"]}
    for m in sets["business"]:
        if m.hard_neg_of:
            w("| `%s` | %s | %s |" % (m.filename, ", ".join("`%s`" % att[n].filename for n in m.hard_neg_of), _cell(m.why)))
    w("")
    nhn = sum(1 for m in sets["business"] if m.hard_neg_of)
    w("%d business messages are hard negatives of at least one attack.\n" % nhn)
    w("### Attack techniques covered\n")
    for line in TECHNIQUES:
        w("- " + line)
    w("")
    w("### Threads shared between folders\n")
    w("- Ferretti Trasporti: `business/19` (Chiara Colombo's genuine reply) is quoted and referenced (In-Reply-To/References) by the hijack `attack/17`; "
      "`attack/20` is the look-alike bank-change follow-up, `business/17` the genuine invoice with the unchanged IBAN.\n"
      "- Partner Logistik: `business/24` (Tadeusz Zieliński's genuine Outlook reply) is referenced and quoted by the hijack `attack/22`; `business/22` is the genuine invoice.\n"
      "- Lieferant GmbH: `business/03` (invoice RE-2026-10903) → `business/01` (CEO asks to pay it through the workflow) → `business/02` (proper bank change from 1 Dec); "
      "`attack/02` and `attack/03` imitate the same supplier.\n")
    w("### Data validity\n")
    w("- All IBANs carry valid ISO 13616 mod-97 check digits; national check digits are computed where defined: Italy (CIN), Spain (two DC digits), "
      "Poland (sort-code check digit; NRB = IBAN digits), Portugal (NIB check digits). German account numbers use "
      "check method 00 (the real bank-specific method may differ); Greek and UK BBANs have no national check.\n"
      "- Russian settlement and correspondent accounts pass the Bank of Russia control-key test against their BIK (Sberbank 044525225, Alfa-Bank 044525593); "
      "INN (10-digit) and OGRN check digits valid.\n"
      "- VAT / tax IDs with valid check digits: German USt-IdNr (ISO 7064 MOD 11,10), Italian Partita IVA, Polish NIP, Spanish CIF, Greek AFM, UK VAT (mod 97).\n"
      "- QR codes (attack/06, attack/33) are PNGs produced by the encoder in `gen/qr.py` (byte mode, EC level M, mask chosen by penalty score); "
      "they decode with standard readers (checked with zbarimg).\n"
      "- Bitcoin addresses: bech32 P2WPKH (BIP173 checksum) in attack/15, base58check P2PKH in attack/35; both derived from hashes of fixed seeds (no known private keys).\n")
    w("### Inertness\n")
    w("- ZIP attachments contain a single one-line text placeholder under a dangerous-looking name (.pdf.lnk, .xml.lnk, .pdf.js, .pdf.scr); "
      "attack/08, attack/22 and attack/37 are encrypted with PKWARE ZipCrypto (passwords BT-4471, PL2611, 4471, as stated in the mails); attack/18 is unencrypted.\n"
      "- HTML/SVG attachments contain no script: attack/07 (ClickFix page; the PowerShell command is shown as defanged text, nothing is copied to the clipboard), "
      "attack/24 and attack/36 (plain HTML forms posting to fictitious phishing hosts), attack/13 (SVG with an `<a>` link).\n"
      "- PDFs are text-only (Helvetica, no JavaScript, actions or embedded files). PNGs are plain images.\n")
    w("### Other conventions\n")
    w("- Time zones follow 2026 rules (EU summer time ends 25 Oct 2026; US Pacific on 1 Nov 2026); Received lines of each hop use that hop's local zone; "
      "mx01 stamps CET/CEST.\n"
      "- IP addresses were chosen to resemble each provider's outbound ranges where known (Google, Microsoft EOP, SendGrid, Mailgun, SES, Brevo, Mailchimp, "
      "GMX/IONOS, Aruba, home.pl, Onet, WP, Yandex, Mail.ru, Proton, Zoho, hosting companies); individual hosts, queue IDs, Message-IDs and vendor trace values "
      "are synthetic. The correspondent companies, the compromised small businesses and all look-alike/phishing domains are invented; real service, "
      "authority and bank names appear only as they would in such mail (impersonation targets, genuine notification senders, account-holding banks).\n"
      "- AS64500 and the 185.41.x.x customer addresses in texts are illustrative.\n")
    return "\n".join(out) + "\n"
