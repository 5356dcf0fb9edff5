"""MANIFEST.md rendering."""
from mime import Text, Multi, Attach
import people

SHORT = {"multipart/mixed": "mixed", "multipart/alternative": "alt", "multipart/related": "related",
         "text/plain": "plain", "text/html": "html", "text/calendar": "calendar"}


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def structure(p):
    if isinstance(p, Multi):
        return "%s[%s]" % (SHORT.get(p.ctype(), p.ctype()), ", ".join(structure(c) for c in p.parts))
    if isinstance(p, Attach):
        s = p.ct
        if p.filename:
            s += ' "%s"' % p.filename
        note = getattr(p, "note", None)
        if note:
            s += " (%s)" % note
        return s
    if isinstance(p, Text):
        return SHORT.get(p.ctype(), p.ctype())
    return "?"


def first_text(p):
    if isinstance(p, Text):
        return p
    if isinstance(p, Multi):
        for c in p.parts:
            r = first_text(c)
            if r is not None:
                return r
    return None


def table(mails, kind):
    out = ["| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" % kind,
           "|---|---|---|---|---|---|---|"]
    for m in mails:
        t = first_text(m.body)
        out.append("| %s | %s | %s | %s | %s | %s | %s |" % (
            cell(m.fname), m.lang, cell(t.charset if t else "-"), cell(t.cte if t else "-"),
            cell(structure(m.body)), cell(m.meta["what"]), cell(m.meta["why"])))
    return "\n".join(out)


def render(attacks, business):
    c = people.COMPANY
    L = ["# Blind evaluation set – Example Group mail gateway", "",
         "Generated deterministically by `gen/build.py` (Python 3 standard library only; fixed seeds, no clock).", "",
         "## The company", "",
         "**%s** (%s) – domains `example.com` and `examplegroup.eu`." % (c["name"], c["legal"]), "",
         c["trade"], "",
         "- HQ: %s, VAT ID %s" % (c["hq"], c["vat"]),
         "- Mail: inbound MX %s" % c["mx"],
         "- Offices: " + "; ".join("%s (%s)" % (k, v) for k, v in people.OFFICES.items()), "",
         "Every message's top `Received` header is mx01's (`from HELO (rDNS [IP]) ... for <recipient>`); the sender's own hops follow. "
         "Internal mail arrives from mail-int01.example.com [10.20.0.25] with the Exchange hops below it. "
         "No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present by design.", "",
         "## Staff (staff.txt)", "", "| Name | Address | Office | Role |", "|---|---|---|---|"]
    for name, address, office, role in people.STAFF.values():
        L.append("| %s | %s | %s | %s |" % (name, address, office, cell(role)))
    L += ["", "## Correspondents", "", "| Organisation / person | Country | Relationship | Addresses |", "|---|---|---|---|"]
    for org, cc, rel, adr in people.CORR_TABLE:
        L.append("| %s | %s | %s | %s |" % (cell(org), cc, cell(rel), cell(adr)))
    L += ["", "## attack/", "", table(attacks, "attack"), "", "## business/", "", table(business, "genuine"), "",
          "## Notes", "", "### Hard negatives (business message -> attack it mirrors)", ""]
    for b in business:
        if b.meta.get("pair"):
            L.append("- business/%s – hard negative of %s" % (b.fname, b.meta["pair"]))
    L += ["", "### Attack techniques covered", ""]
    from collections import OrderedDict
    tech = OrderedDict()
    for a in attacks:
        for tg in getattr(a, "tags", []):
            tech.setdefault(tg, []).append(a.fname[:2])
    for tg, nums in tech.items():
        L.append("- %s: %s" % (tg, ", ".join(nums)))
    L += ["", "### Other notes", "",
          "- All IBANs carry valid ISO 13616 mod-97 check digits; national check digits are also valid where an algorithm is public "
          "(DE account check method 00, IT CIN, ES DC, PL sort-code check digit, PT NIB). Russian settlement and correspondent "
          "accounts satisfy the BIK control key; INN/OGRN, Greek AFM, Italian P.IVA, Polish NIP, Spanish CIF, German USt-IdNr and "
          "UK VAT numbers carry valid check digits.",
          "- The Bitcoin address in the extortion mail is a valid bech32 (P2WPKH) address derived from a fixed seed; nobody holds its key.",
          "- QR codes are real byte-mode QR codes (encoder in gen/qr.py), verified by an independent reader (gen/qrcheck.py).",
          "- ZIP attachments contain only one-line text placeholders under dangerous-looking names; encrypted ones use "
          "traditional PKWARE ZipCrypto and open with Python's zipfile and the password given in the mail.",
          "- HTML and SVG attachments contain no script; PDFs contain only text (Cyrillic/Greek text in PDFs is transliterated "
          "because the standard-14 fonts have no such glyphs).",
          "- Domains in attack mails are invented look-alikes; mule accounts are fictitious but checksum-valid.", ""]
    return "\n".join(L)
