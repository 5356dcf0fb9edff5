"""MANIFEST.md writer."""
from . import world as W
from .core import walk

LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek",
              "ru": "Russian"}


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def body_charset_cte(m):
    texts = [p for p in walk(m.root) if p.ctype.startswith("text/") and not p.filename and p.text is not None]
    if not texts:
        return "-", "-"
    cs = []
    ct = []
    for p in texts[:2]:
        c = (p.charset or "us-ascii")
        e = (p.cte or "7bit")
        if c not in cs:
            cs.append(c)
        if e not in ct:
            ct.append(e)
    return " / ".join(cs), " / ".join(ct)


def structure(part, top=True):
    if part.children:
        inner = ", ".join(structure(c, False) for c in part.children)
        return "%s [%s]" % (part.ctype, inner)
    if part.filename:
        return "%s «%s»" % (part.ctype, part.filename)
    if part.cid:
        return "%s (inline cid)" % part.ctype
    return part.ctype


def write(path, msgs, facts):
    L = []
    a = L.append
    a("# Blind evaluation set 135 — Example Group (auction house)")
    a("")
    a("80 RFC 5322 messages as received by `mx01.example.com`: `attack/` (40) and `business/` (40). "
      "Rebuild with `python3 gen/build.py` (Python 3 standard library only; deterministic, "
      "every random value comes from a generator seeded with the message's file name; the build verifies every "
      "message after writing it). Dates: October–December 2026. All attachments are inert: "
      "dangerous payloads (LNK, JS, EXE) are represented by their names and a short text only.")
    a("")
    a("## The company")
    a("")
    a("Example Group is a European %s with about 700 mailboxes. Mail domains `example.com` and "
      "`examplegroup.eu`. Inbound MX `mx01.example.com` (Postfix with policyd-spf, OpenDKIM, OpenDMARC); internal "
      "mail is relayed by `mail-int01.example.com [10.20.0.25]` from Exchange 2019 servers "
      "`EXCH01.corp.example.com` (10.20.1.11) / `EXCH02.corp.example.com` (10.20.1.12). Published policy: "
      "SPF `-all` for the relays, DMARC `p=quarantine`. Sale rooms: Munich (HQ, fine art and antiques; industrial-asset "
      "department with its warehouse in Aschheim), Milan (design), Warsaw, Madrid, Athens, London, Moscow." % W.TRADE)
    a("")
    a("| Office | Legal entity | Address | Phone | Tax identifier | Register / other | Bank (company account) |")
    a("|---|---|---|---|---|---|---|")
    for cc, o in W.OFFICES.items():
        bank = "%s, BIC %s, IBAN %s" % (o["bank"], o["bic"], o["iban"]) if o.get("iban") else \
            "%s, БИК %s, р/с %s, к/с %s" % (o["bank"], o["bic"], o["account"], o["corr"])
        a("| %s (%s) | %s | %s | %s | %s %s | %s | %s |" % (
            cc, cell(o["city"]), cell(o["entity"]), cell(o["address"]), o["phone"], o["tax_label"], o["tax"],
            cell("; ".join(x for x in (o["reg"], o["extra"]) if x)), cell(bank)))
    a("")
    a("Tax identifiers were generated with their national check-digit algorithms (DE USt-IdNr ISO 7064 MOD 11,10; "
      "IT partita IVA Luhn variant; PL NIP weights 6-5-7-2-3-4-5-6-7; ES CIF control digit; GR ΑΦΜ powers of two "
      "mod 11; GB VAT mod 97; RU ИНН/ОГРН control digits) and are re-checked by the build.")
    a("")
    a("## Staff (`staff.txt`)")
    a("")
    a("| Name | Address | Office | Role |")
    a("|---|---|---|---|")
    for n, ad, o, r in W.STAFF:
        a("| %s | %s | %s | %s |" % (cell(n), ad, o, cell(r)))
    a("")
    a("## Correspondents")
    a("")
    a("| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |")
    a("|---|---|---|---|---|")
    for row in W.CORRESPONDENTS:
        a("| %s |" % " | ".join(cell(x) for x in row))
    a("")
    a("Correspondent identifiers: Lieferant GmbH %s, %s; Ferretti Trasporti P.IVA %s; Partner Logistik NIP %s; "
      "Lozano Arte Transporte CIF %s; Mavridis ΑΦΜ %s; Ковчег Брокер ИНН %s / КПП %s / ОГРН %s; DZM S.A. NIP %s." % (
          W.LIEFERANT["ustid"], W.LIEFERANT["hrb"], W.FERRETTI["piva"], W.PARTNER["nip"], W.LOZANO["cif"],
          W.MAVRIDIS["afm"], W.KOVCHEG["inn"], W.KOVCHEG["kpp"], W.KOVCHEG["ogrn"], W.DZM["nip"]))
    a("")
    for kind, title, why in (("attack", "## attack/", "Why attack"), ("business", "## business/", "Why genuine")):
        a(title)
        a("")
        a("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |" % why)
        a("|---|---|---|---|---|---|---|")
        for m in msgs:
            if m.kind != kind:
                continue
            cs, cte = body_charset_cte(m)
            a("| `%s` | %s | %s | %s | %s | %s | %s |" % (m.file, m.lang, cs, cte, cell(structure(m.root)),
                                                         cell(m.what), cell(m.why)))
        a("")
    a("## Notes")
    a("")
    a("### Hard negatives (genuine message of the same topic as an attack)")
    a("")
    a("| Genuine (business/) | Attack(s) of the same topic | What tells them apart |")
    a("|---|---|---|")
    for m in msgs:
        if m.kind == "business" and m.hard_negative_of:
            targets, diff = m.hard_negative_of
            a("| `%s` | %s | %s |" % (m.file, ", ".join("`%s`" % t for t in targets), cell(diff)))
    a("")
    a("### Account numbers, identifiers, QR codes")
    a("")
    a("- Every IBAN in the set passes ISO 13616 mod-97; Spanish IBANs also carry valid CCC control digits, Polish "
      "IBANs a valid bank-sort-code check digit, Italian IBANs a valid CIN. Bank codes are those of real banks "
      "(attack accounts at neobanks/EMIs as mule accounts are typical), account numbers are invented.")
    a("- Russian settlement accounts pass the Bank of Russia control-key check against the BIK "
      "(weights 7-1-3); correspondent accounts are the banks' real ones.")
    a("- The Bitcoin address in the sextortion message is a syntactically valid bech32 (BIP-173) P2WPKH address "
      "derived from random bytes; nobody holds its key.")
    a("- QR codes are encoded by `gen/ex/qr.py` (byte mode, EC level M). The build decodes every QR image again "
      "(PNG parts and images inside PDFs) from the rendered pixels, checks Reed-Solomon and compares the payload "
      "with the intended one. Payload formats: EPC069-12 SEPA credit transfer (\"GiroCode\", BCD/002), Polish KSeF "
      "verification link (KOD I), Spanish VERI*FACTU verification URL (AEAT cotejo), pagoPA notice QR "
      "(PAGOPA|002|…), Greek myDATA provider link with MARK, Russian ГОСТ Р 56042-2014 payment string (ST00012), "
      "and plain URLs for the quishing lures.")
    a("- Phishing and malware domains are invented look-alikes; URLs of real platforms (Canva, Dropbox, Google "
      "Forms/Sites, DocuSign, Adobe Acrobat Sign, SharePoint, Yandex Disk, login.microsoftonline.com, "
      "microsoft.com/devicelogin) are used where the attack abuses that platform.")
    a("- IP addresses: documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) for self-hosted "
      "correspondents and attackers, real provider ranges for Microsoft 365, Google, Amazon SES, SendGrid, "
      "Mailgun, Brevo, Mailchimp, IONOS/GMX, Yandex, Mail.ru, iCloud, Mimecast, DocuSign, Adobe.")
    a("- DKIM body hashes (bh=) are the real SHA-256 of the canonicalised body; signature values (b=) are "
      "invented, so only the results recorded by mx01 in Authentication-Results are meaningful.")
    a("")
    a("### Facts per message")
    a("")
    for m in msgs:
        f = facts[m.file]
        a("#### `%s/%s`" % (m.kind, m.file))
        a("")
        rows = []
        for key, label in (("ibans", "IBAN"), ("accounts", "Account"), ("urls", "URL"), ("phones", "Phone"),
                           ("wallets", "Wallet"), ("qr", "QR payload"), ("other", "Other")):
            for v in f[key]:
                if key == "qr":
                    v = "`%s`" % v.replace("\n", "\\n").replace("|", "\\|")
                rows.append("- %s: %s" % (label, v if key == "qr" else cell(v)))
        if not rows:
            rows.append("- (no IBAN, URL, phone number, wallet or QR code)")
        L.extend(rows)
        a("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L).rstrip("\n") + "\n")
