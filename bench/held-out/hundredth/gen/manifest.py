"""MANIFEST.md renderer."""
from lib.company import COMPANY, CORRESPONDENTS, OFFICES, SHARED, STAFF

LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}


def _c(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def render(rows):
    o = []
    o.append("# Evaluation corpus – Example Group mail gateway\n")
    o.append("Blind evaluation set for a spam/phishing-filtering mail gateway: %d attack and %d genuine business messages, "
             "generated deterministically by `gen/build.py` (Python 3 standard library only). Re-running the generator reproduces "
             "every file byte for byte.\n" % (len(rows["attack"]), len(rows["business"])))
    o.append("## The company\n")
    o.append("**%s** – %s. Domains `%s`, about %d mailboxes. Head office in Germany; offices in Italy, Poland, Spain, Greece, the UK and Russia.\n"
             % (COMPANY["name"], COMPANY["trade"], "`, `".join(COMPANY["domains"]), COMPANY["mailboxes"]))
    o.append("| Office | City | Legal entity / address |\n|---|---|---|")
    for k, (city, ent) in OFFICES.items():
        o.append("| %s | %s | %s |" % (k, _c(city), _c(ent)))
    o.append("")
    o.append("Mail flow: inbound MX is `mx01.example.com` (Postfix). In every message the top `Received` header is mx01's, naming the connecting "
             "client as `from HELO (rDNS [IP])` and the envelope recipient as `for <recipient>`; the sender's own hops follow below it. "
             "Internal mail arrives from the internal relay `mail-int01.example.com [10.20.0.25]` with Exchange 2019 hops "
             "(`EXCH01/EXCH02.corp.example.com`) below. Every message has a `Return-Path`. There are deliberately no "
             "Authentication-Results, DKIM-Signature, ARC or X-Spam headers. Dates: October–December 2026 (mx01 stamps CEST until 25 Oct, CET after).\n")
    o.append("Shared mailboxes used: " + ", ".join("`%s` (%s)" % (a, n) for n, a in SHARED.values()) + "; distribution lists `alle.regensburg@example.com` and `wszyscy.wroclaw@example.com` "
             "(the mx01 `for <…>` names the individual recipient after list expansion).\n")
    o.append("## Staff (`staff.txt`)\n")
    o.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for k, (n, a, off, role) in STAFF.items():
        o.append("| %s | %s | %s | %s |" % (_c(n), a, OFFICES[off][0], _c(role)))
    o.append("")
    o.append("## Correspondents\n")
    o.append("| Organisation | Country | Relationship | Contacts | Mail infrastructure |\n|---|---|---|---|---|")
    for org, cc, kind, contacts, infra in CORRESPONDENTS:
        o.append("| %s | %s | %s | %s | %s |" % (_c(org), cc, _c(kind), "<br>".join("%s &lt;%s&gt;" % (_c(n), a) for n, a in contacts), _c(infra)))
    o.append("")
    o.append("Service senders used by genuine messages (real infrastructure styles): Microsoft account, Google accounts/Drive, GitHub, Yandex ID, "
             "DocuSign (EU), GOV.UK Notify (Companies House), DEHú (Spanish government), Aruba Fatturazione Elettronica.\n")
    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        o.append("## %s\n" % title)
        o.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |")
        o.append("|---|---|---|---|---|---|---|")
        for r in rows[folder]:
            st = r["structure"]
            if r["zip_password"]:
                st += " (password: `%s`)" % "`, `".join(r["zip_password"])
            o.append("| %s | %s | %s | %s | %s | %s | %s |" % (r["file"], r["lang"], r["charset"], r["cte"], _c(st), _c(r["what"]), _c(r["why"])))
        o.append("")
    # notes
    o.append("## Notes\n")
    o.append("### Hard negatives (genuine message ↔ attack on the same topic)\n")
    o.append("| Genuine (business/) | Attack (attack/) | Shared topic |\n|---|---|---|")
    bmap = {"b%02d" % r["num"]: r for r in rows["business"]}
    amap = {"a%02d" % r["num"]: r for r in rows["attack"]}
    pairs = []
    for r in rows["business"]:
        p = r.get("pair")
        if p:
            for x in p.split(","):
                pairs.append((r, amap[x.strip()]))
    for b, a in pairs:
        key = ("b%02d" % b["num"], "a%02d" % a["num"])
        o.append("| %s | %s | %s |" % (b["file"], a["file"], _c(PAIR_TOPICS[key])))
    o.append("")
    o.append("%d business messages are hard negatives of specific attacks.\n" % len(set(b["file"] for b, _ in pairs)))
    from collections import Counter
    for folder in ("attack", "business"):
        c = Counter(r["lang"] for r in rows[folder])
        o.append("- `%s/`: %s" % (folder, ", ".join("%s %d" % (LANG_NAMES[l], c[l]) for l in ["de", "en", "it", "pl", "es", "el", "ru"])))
    o.append("")
    o.append(NOTES)
    return "\n".join(o) + "\n"


PAIR_TOPICS = {
    ("b02", "a02"): "Lieferant GmbH bank-detail change: proper advance announcement vs look-alike redirection of open invoices",
    ("b03", "a01"): "Urgent payment request by the CEO: internal and process-compliant vs free-mail secrecy",
    ("b04", "a05"): "Employee writing from private GMX: sick note vs salary-account change",
    ("b06", "a06"): "Bulk mail through Brevo: subscribed trade newsletter vs register 'invoice'",
    ("b07", "a04"): "MFA re-registration: IT notice (intranet only) vs QR-code phishing",
    ("b08", "a08"): "Class-trip booking request with attachment: PDF programme vs ClickFix HTML",
    ("b09", "a09"): "Microsoft sign-in: genuine account notice vs device-code phishing",
    ("b10", "a10"): "DocuSign envelope: genuine EU DocuSign vs Mailgun fake",
    ("b11", "a11"): "Companies House confirmation statement: GOV.UK Notify reminder vs penalty phish",
    ("b13", "a09"): "Pennine Coach Hire: real invoice from the partner vs look-alike partner device-code lure",
    ("b13", "a13"): "Invoice e-mails: partner invoice vs PayPal invoice with callback number",
    ("b14", "a14"): "Christmas gift cards for drivers: HR process vs CEO gift-card scam",
    ("b15", "a15"): "IT support via Teams remote session: ticketed appointment vs vishing pretext",
    ("b17", "a17"): "Ferretti invoice 2026/0412: genuine courtesy copy vs hijacked thread",
    ("b18", "a18"): "Italian e-invoicing (SdI) notifications: intermediary notice vs fake rejection",
    ("b19", "a19"): "Ferretti payments: dunning with unchanged IBAN vs look-alike IBAN change",
    ("b22", "a22"): "Partner Logistik October settlement thread: real PDF reply vs hijack with encrypted ZIP",
    ("b23", "a23"): "KSeF tokens via SendGrid: newsletter warning vs token phish",
    ("b24", "a25"): "Partner Logistik invoices: white-listed account vs look-alike account change",
    ("b27", "a27"): "Spanish tax agency notifications: DEHú notice vs VERI*FACTU phish",
    ("b28", "a28"): "Valencia office manager asks for an urgent payment: internal/known supplier vs look-alike with secrecy",
    ("b30", "a30"): "Password-protected ZIP: payroll advisor (password agreed by phone) vs 'school' (password in mail, LNK inside)",
    ("b32", "a32"): "myDATA: accountant's reminder vs fake AADE mismatch notice",
    ("b34", "a34"): "Diesel Hellas payments: genuine invoice vs look-alike IBAN change",
    ("b35", "a35"): "Greek office manager asks the accountant to get in touch: internal call vs WhatsApp move",
    ("b36", "a36"): "Cloud file-share notifications: Google Sheets from a customer vs SharePoint OneNote from an unknown tenant",
    ("b37", "a37"): "FNS requirement on VAT discrepancies: EDO channel vs e-mail with HTML login",
    ("b38", "a38"): "TransAvtoServis invoices: usual Sberbank details vs look-alike new bank",
    ("b40", "a40"): "Yandex ID new-sign-in notice: genuine vs phishing",
}


NOTES = """### Identifiers and artefacts

- **IBANs**: every IBAN carries valid ISO 13616 mod-97 check digits. National check digits are also valid where the scheme is known:
  Italian CIN, Spanish DC (both digits), Polish bank sort-code check digit, Belgian mod-97 national check. German account numbers carry a
  method-00 (Luhn-style) check digit; whether the named bank actually uses method 00 is not asserted. UK sort-code modulus checks and Greek
  accounts have no verified national check.
- **Russian accounts**: settlement accounts (р/с) pass the Bank of Russia control-key test against the last three BIK digits; correspondent
  accounts (к/с) pass against "0" + BIK digits 5–6. INN (10 digits) and OGRN carry valid check digits. VAT numbers (DE USt-IdNr., IT P.IVA,
  PL NIP, ES CIF, GR ΑΦΜ) carry valid check digits.
- **QR codes**: PNG images written by the generator's own QR encoder (`gen/lib/qr.py`, byte mode, ECC level M, automatic mask selection);
  each decodes to the URL given in the message (verified with `zbarimg` where available; see `gen/check.py`).
- **Bitcoin**: the extortion message uses a bech32 (P2WPKH) address with a valid BIP-173 checksum and, as an alternative, a base58check P2PKH address.
- **Attachments are inert**: PDFs contain text only (no JavaScript, no actions, no embedded files). ZIP archives contain a one-line text
  placeholder under a dangerous-looking name (`.js`, `.lnk`, `.vbs`, `.scr` …); password-protected archives use traditional PKWARE
  ZipCrypto and the password is listed in the table above. HTML and SVG attachments contain no script; credential forms point at fictitious
  hosts; the ClickFix page shows a placeholder command that does nothing.
- **Domains**: attacker domains, look-alike domains and compromised small-business domains are fictitious; real provider host names
  (Google, Microsoft, GMX/WEB.DE, IONOS, Aruba, Yandex, SendGrid, Mailgun, Brevo, Amazon SES, Mailchimp, DocuSign, PayPal, GitHub) appear
  only in Received chains and header styles to model their infrastructure.
- **Charsets** follow local practice: iso-8859-1/-15 and windows-1252 (de, it, es), iso-8859-2 and windows-1250 (pl), iso-8859-7 and
  windows-1253 (el), koi8-r and windows-1251 (ru), utf-8 elsewhere. Non-ASCII names, subjects and file names use RFC 2047 encoded-words
  (B or Q, per sending client) or RFC 2231 parameters.
- **Verification**: `python3 gen/check.py` parses every message with Python's `email` package, decodes every text part with its declared
  charset, checks that the top Received header is mx01's, opens every ZIP (with its password), checks PDFs, decodes QR codes, and
  validates every IBAN / crypto address found in the text.
"""
