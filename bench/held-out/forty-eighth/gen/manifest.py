"""MANIFEST.md rendering; structure/charset columns are derived from the
actual MIME trees so they cannot drift from the files."""

import io
import zipfile

import company
from mime import Text, Bin, Multi

_SHORT = {"application/pdf": "PDF", "application/zip": "ZIP", "application/x-zip-compressed": "ZIP",
          "image/png": "PNG", "image/svg+xml": "SVG", "text/html": "HTML", "text/calendar": "ICS",
          "application/xml": "XML", "text/xml": "XML", "application/octet-stream": "binary",
          "application/ics": "ICS", "text/csv": "CSV"}


def _zipinfo(data):
    zf = zipfile.ZipFile(io.BytesIO(data))
    infos = zf.infolist()
    enc = any(i.flag_bits & 1 for i in infos)
    return enc, [i.filename for i in infos]


def describe(p, top=True):
    if isinstance(p, Multi):
        inner = [describe(c, False) for c in p.parts]
        if p.subtype == "alternative":
            return "alt(%s)" % " + ".join(inner)
        return "%s(%s)" % (p.subtype, ", ".join(inner))
    if isinstance(p, Text):
        if p.disposition == "attachment":
            return "%s `%s`" % (_SHORT.get(p.ctype, p.ctype), p.filename)
        if p.subtype == "calendar":
            return "text/calendar (invite)"
        return p.subtype if not top else "text/" + p.subtype
    if isinstance(p, Bin):
        kind = _SHORT.get(p.ctype.split(";")[0], p.ctype)
        if kind == "ZIP":
            enc, names = _zipinfo(p.data)
            pw = ""
            if enc:
                pw = " [ZipCrypto, password `%s` %s]" % (getattr(p, "password", "?"), getattr(p, "pw_note", ""))
            return "ZIP `%s`%s → %s" % (p.filename, pw, ", ".join("`%s`" % n for n in names))
        if p.disposition == "inline":
            return "%s inline (cid)" % kind
        return "%s `%s`" % (kind, p.filename)
    return "?"


def body_texts(p):
    out = []
    if isinstance(p, Multi):
        for c in p.parts:
            out += body_texts(c)
    elif isinstance(p, Text) and p.disposition != "attachment":
        out.append(p)
    return out


def _uniq(seq):
    r = []
    for x in seq:
        if x not in r:
            r.append(x)
    return r


def _cell(s):
    return s.replace("|", "\\|").replace("\n", " ")


def table(msgs):
    out = ["| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |",
           "|---|---|---|---|---|---|---|"]
    for m in msgs:
        ts = body_texts(m.body)
        cs = ", ".join(_uniq(t.label for t in ts))
        cte = ", ".join(_uniq(t.cte for t in ts))
        out.append("| %s | %s | %s | %s | %s | %s | %s |" % (
            m.filename, m.lang, cs, cte, _cell(describe(m.body)), _cell(m.what), _cell(m.why)))
    return "\n".join(out)


def render(attacks, business):
    o = []
    o.append("# Evaluation set: Example Group mail gateway (spam / phishing / BEC)\n")
    o.append("Generated deterministically by `gen/build.py` (Python 3 standard library only). "
             "40 attack and 40 genuine business messages; language split de 8, en 8, it 5, pl 5, es 5, el 5, ru 4. "
             "All messages arrived at the inbound MX `mx01.example.com` (Postfix) between October and December 2026; "
             "the top `Received` header is mx01's (`from HELO (rDNS [IP]) ... for <recipient>`), sender-side hops below it. "
             "Internal mail arrives from the internal relay `mail-int01.example.com [10.20.0.25]` with the Exchange 2019 hops below. "
             "No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present (the gateway evaluates those itself).\n")
    o.append("## The company\n")
    o.append("**Example Group** is an engineering and architecture consultancy (structural engineering, building services, "
             "architecture, site supervision, surveying) with about 700 mailboxes on `example.com` and `examplegroup.eu`.\n")
    o.append("| Office | Legal entity | Address |\n|---|---|---|")
    for k, (city, ent, adr) in company.OFFICES.items():
        o.append("| %s | %s | %s |" % (city, ent, adr))
    o.append("\nMail infrastructure: inbound MX `mx01.example.com` (Postfix); internal relay `mail-int01.example.com` (10.20.0.25); "
             "Exchange 2019 mailbox servers `EXMBX01/EXMBX02.ad.example.com` (10.20.1.11/12). "
             "Company bank account (HQ): `%s` (HypoVereinsbank München). VAT id HQ: %s.\n" % (
                 company.BANK["example_hq"], company.VAT["example_de"]))
    o.append("## Staff (staff.txt)\n")
    o.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for k in company.STAFF_ORDER:
        p = company.STAFF[k]
        o.append("| %s | %s | %s | %s |" % (p.name, p.email, company.OFFICES[p.office][0], p.role))
    o.append("\nShared mailboxes (not persons, therefore not in staff.txt): " +
             "; ".join("`%s` – %s" % (a, d) for a, d in company.SHARED) + ".\n")
    o.append("## Correspondents\n")
    o.append("| Company | Country | Relationship | Contacts (genuine addresses) |\n|---|---|---|---|")
    for (c, country, role, contacts) in company.CORRESPONDENTS:
        o.append("| %s | %s | %s | %s |" % (c, country, role, "; ".join("%s <%s>" % (n, a) for n, a in contacts)))
    o.append("\nGenuine external services appearing in the business set: Microsoft account protection "
             "(`accountprotection.microsoft.com` via EOP), Google accounts (`accounts.google.com`, mail-sor), GitHub "
             "(`out-*.smtp.github.com`), Yandex ID (`id.yandex.ru`), DocuSign EU (`eumail.docusign.net`), GOV.UK Notify "
             "(Amazon SES eu-west-2), Mailchimp and Brevo (newsletters).\n")
    o.append("Reference bank data used in genuine mail (all IBANs mod-97 valid; national check digits computed for IT CIN, ES DC, PL sort code, BE, FR RIB key; "
             "Russian accounts pass the BIK control key):\n")
    o.append("| Holder | Account |\n|---|---|")
    for lbl, key in [("Lieferant GmbH (old, Stadtsparkasse Augsburg)", "lieferant_old"),
                     ("Lieferant GmbH (new from 01.12.2026, Commerzbank)", "lieferant_new"),
                     ("Ferretti Trasporti S.p.A.", "ferretti"), ("Partner Logistik sp. z o.o. (mBank)", "partner"),
                     ("Transportes Hermanos Gil S.L.", "gil"), ("Aigaio Trans", "aigaio"),
                     ("Hartley & Reed Surveyors LLP", "hartley"), ("Repro-Zentrum Schwabing GmbH", "repro")]:
        o.append("| %s | `%s` |" % (lbl, company.BANK[key]))
    o.append("| ТК «Балтика» (ПАО Сбербанк, БИК %s) | р/с `%s`, к/с `%s` |" % (
        company.RU["baltika_bik"], company.RU["baltika_acc"], company.RU["baltika_ks"]))
    o.append("")
    o.append("## attack/\n")
    o.append(table(attacks))
    o.append("\n## business/\n")
    o.append(table(business))
    o.append("\n## Notes\n")
    o.append("### Hard negatives (genuine messages that share topic, sender or infrastructure with an attack)\n")
    amap = {m.num: m for m in attacks}
    for b in business:
        if b.pair:
            pairs = b.pair if isinstance(b.pair, (list, tuple)) else [b.pair]
            names = ", ".join("`attack/%s`" % amap[p].filename for p in pairs)
            o.append("- `business/%s` ↔ %s" % (b.filename, names))
    o.append("")
    o.append("### Attack techniques covered\n")
    techs = {}
    for a in attacks:
        for t in a.technique.split(";"):
            t = t.strip()
            if t:
                techs.setdefault(t, []).append("%02d" % a.num)
    for t, nums in techs.items():
        o.append("- %s: %s" % (t, ", ".join(nums)))
    o.append("")
    o.append("### Conventions\n")
    o.append("- Attachments are inert: PDFs contain only text (and, where stated, a vector-drawn QR code); the ZIP archives of attacks contain a one-line "
             "placeholder text under a dangerous-looking name (.pdf.lnk, .pdf.exe, .pdf.scr, .pdf.vbs; three of the four are ZipCrypto-encrypted); the genuine encrypted survey archive contains dummy .dxf/.pdf placeholders; "
             "HTML/SVG attachments contain no script (only static markup, links and forms).\n"
             "- Password-protected archives use traditional PKWARE encryption (ZipCrypto); passwords are listed in the structure column.\n"
             "- All QR codes are real, decodable QR codes produced by `gen/qr.py` (byte mode, EC level M), as inline PNG (attack/05) or drawn into a PDF (attack/31).\n"
             "- The Bitcoin address in attack/15 is a valid bech32 (P2WPKH) address; IBANs are mod-97 valid, with national check digits for IT (CIN), ES (DC), PL (sort code), BE, FR (RIB key); "
             "Russian settlement and correspondent accounts pass the BIK control key; INN, NIP, Partita IVA, codice fiscale, USt-IdNr, AFM, CIF and the RF creditor reference carry valid check digits.\n"
             "- Text PDFs in Polish, Greek and Russian use single-byte code pages (cp1250/1253/1251) with a ToUnicode map so text extraction works.\n"
             "- Domains of attackers are fictitious look-alikes; IP addresses are chosen to be plausible for the named provider.\n"
             "- Business message *pair* references above are by attack file; the reason an attack is malicious is in its table row.\n")
    return "\n".join(o) + "\n"
