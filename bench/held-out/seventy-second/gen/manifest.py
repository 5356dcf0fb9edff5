"""Write staff.txt and MANIFEST.md from the built messages."""
import email
import email.policy
import io
import os
import zipfile

import org

SHORT = {"alternative": "alt", "mixed": "mixed", "related": "related"}


def _tree(part):
    ct = part.get_content_type()
    if part.is_multipart():
        return "%s(%s)" % (SHORT.get(part.get_content_subtype(), part.get_content_subtype()),
                           ", ".join(_tree(c) for c in part.iter_parts()))
    if part.get_content_disposition() in ("attachment", "inline") and part.get_filename():
        return _att(part)
    return ct.split("/")[1] if ct.startswith("text/") else ct


def _att(part):
    ct = part.get_content_type()
    fn = part.get_filename()
    raw = part.get_payload(decode=True)
    kind = {"application/pdf": "PDF", "image/png": "PNG", "image/svg+xml": "SVG", "text/html": "HTML",
            "application/xml": "XML", "application/zip": "ZIP", "application/x-zip-compressed": "ZIP"}.get(ct, ct)
    extra = ""
    if kind == "ZIP":
        zf = zipfile.ZipFile(io.BytesIO(raw))
        enc = any(i.flag_bits & 1 for i in zf.infolist())
        extra = " [%s%s]" % ("ZipCrypto-encrypted, " if enc else "", ", ".join(i.filename for i in zf.infolist()))
    if kind == "PNG" and part.get_content_disposition() == "inline":
        kind = "inline PNG"
    return "%s `%s`%s" % (kind, fn, extra)


def describe(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    cs, cte = [], []
    for p in msg.walk():
        if p.is_multipart():
            continue
        if p.get_content_maintype() == "text" and p.get_content_disposition() != "attachment":
            c = (p.get_content_charset() or "").lower()
            e = (p.get("Content-Transfer-Encoding") or "7bit").lower()
            if c not in cs:
                cs.append(c)
            if e not in cte:
                cte.append(e)
    return ", ".join(cs), ", ".join(cte), _tree(msg)


def _esc(s):
    return s.replace("|", "\\|").replace("\n", " ")


def write(out, mails):
    with open(os.path.join(out, "staff.txt"), "w", encoding="utf-8") as f:
        for n, a, _, _ in org.STAFF:
            f.write("%s=%s\n" % (n, a))
    c = org.COMPANY
    L = []
    L.append("# Mail-gateway evaluation set - Example Group\n")
    L.append("Blind evaluation set for a spam/phishing-filtering gateway: 40 attack messages (`attack/`) and 40 genuine business "
             "messages (`business/`), generated deterministically by `gen/build.py` (Python 3 standard library only). "
             "Every message arrives through the inbound MX `mx01.example.com` (Postfix); its `Received` header is on top and names the "
             "connecting client as `from HELO (rDNS [IP])` and the envelope recipient as `for <...>`. Internal mail arrives from the relay "
             "`mail-int01.example.com [10.20.0.25]` with the Exchange hops below it. No Authentication-Results, DKIM-Signature, ARC or X-Spam "
             "headers are present: the gateway is expected to evaluate SPF/DKIM/DMARC itself (offline in this evaluation), so none of the verdicts "
             "below rely on authentication results.\n")
    L.append("## Company\n")
    L.append("- **%s** (brand *%s*), fitness-studio chain and sports-club operator: memberships, personal trainers, equipment suppliers, "
             "payment providers for membership direct debits." % (c["name"], c["brand"]))
    L.append("- Domains: `example.com` (main) and `examplegroup.eu` (some staff and role mailboxes); about %d mailboxes." % c["mailboxes"])
    L.append("- HQ: %s - %s - USt-IdNr. %s - house bank %s, IBAN %s." % (c["address"], c["register"], c["vat"], c["bank"], c["iban"]))
    L.append("- Inbound MX: `mx01.example.com` (Postfix). Internal relay: `mail-int01.example.com` [10.20.0.25]; Exchange servers "
             "`EXCH01/EXCH02.corp.example.com` (10.20.1.11/.12).")
    L.append("- Offices:")
    for k, v in org.OFFICES.items():
        L.append("  - %s: %s" % (k, v))
    L.append("")
    L.append("## Staff (`staff.txt`)\n")
    L.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for n, a, o, r in org.STAFF:
        L.append("| %s | %s | %s | %s |" % (n, a, o, r))
    L.append("\nRole mailboxes (not persons, therefore not in staff.txt): " +
             "; ".join("`%s` (%s, %s)" % r for r in org.ROLE_MAILBOXES) +
             "; distribution list `alle-de@example.com`.\n")
    L.append("## Correspondents\n")
    L.append("| Organisation | Contact | Address(es) | Country | Relation | Mail system |\n|---|---|---|---|---|---|")
    for o, ct, a, cc, rel, note in org.CORRESPONDENTS:
        L.append("| %s | %s | %s | %s | %s | %s |" % tuple(_esc(x) for x in (o, ct, a, cc, rel, note)))
    L.append("")
    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        L.append("## %s\n" % title)
        col = "Why attack" if folder == "attack" else "Why genuine"
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |\n|---|---|---|---|---|---|---|" % col)
        for m in mails[folder]:
            cs, cte, tree = describe(m.data)
            why = m.why
            if folder == "attack" and getattr(m, "technique", ""):
                why = "**%s.** %s" % (m.technique, why)
            if getattr(m, "qr", None):
                tree += " - QR decodes to `%s`" % m.qr
            L.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (m.filename(), m.lang, cs, cte, _esc(tree), _esc(m.what), _esc(why)))
        L.append("")
    L.append("## Notes\n")
    L.append("### Hard negatives (genuine messages deliberately close to specific attacks)\n")
    L.append("| Business message | Mirrors attack(s) | Shared trait |\n|---|---|---|")
    idx = {"attack": {m.num: m for m in mails["attack"]}}
    for m in mails["business"]:
        if m.pair:
            refs = []
            for p in m.pair.split(","):
                p = p.strip()
                n = int(p.split("/")[1])
                refs.append("`%s`" % idx["attack"][n].filename())
            L.append("| `%s` | %s | %s |" % (m.filename(), ", ".join(refs), _esc(m.what)))
    L.append("")
    L.append("### Attack techniques covered\n")
    techs = []
    for m in mails["attack"]:
        techs.append("- `%s`: %s" % (m.filename(), m.technique))
    L.extend(techs)
    L.append("")
    L.append("### Realism and validity notes\n")
    L.append("- All IBANs carry valid ISO 13616 mod-97 check digits; national checks are also valid where applicable: German account numbers at "
             "savings/cooperative/commercial banks carry a Bundesbank method-00 (modulus 10) check digit (the method actually assigned to each bank code "
             "was not verified; N26 numbers carry only the IBAN check), Italian CIN, Spanish DC (dígitos de control), "
             "Polish sort-code check digit (weights 3-9-7-1). Russian settlement and correspondent accounts satisfy the BIK control key "
             "(real BIK/correspondent pairs of Bank Saint Petersburg, Sberbank North-West and T-Bank). INN/OGRN, Italian Partita IVA, Polish NIP, "
             "Spanish CIF, Greek ΑΦΜ, German USt-IdNr. and UK VAT numbers carry valid check digits. All of them are fabricated.")
    L.append("- Bitcoin addresses are valid bech32 (segwit v0) with correct checksum.")
    L.append("- QR codes are real PNG QR codes (byte mode, ECC level M) produced by `gen/qr.py`; the build decodes each one again with an "
             "independent decoder (format-info BCH check, Reed-Solomon syndromes) and, if present, with `zbarimg`.")
    L.append("- Attachments are inert: PDFs contain only text (no JavaScript, no actions, no forms); ZIP archives contain one one-line text "
             "placeholder under a dangerous-looking name (some archives are ZipCrypto-encrypted, password stated in the message); HTML and SVG "
             "attachments contain no script (links and forms only).")
    L.append("- Phone numbers of attackers are fictitious or from drama/test ranges; domains of attackers and of invented correspondents are "
             "invented (any real-world registration is coincidental).")
    L.append("- Dates run from October to December 2026; time zones follow the EU DST change on 25 Oct 2026 and the US change on 1 Nov 2026 "
             "(Google hops are stamped in Pacific time, Exchange Online hops in UTC, Yandex/Mail.ru in MSK).")
    with open(os.path.join(out, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
