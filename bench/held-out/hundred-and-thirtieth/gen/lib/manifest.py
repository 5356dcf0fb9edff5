# -*- coding: utf-8 -*-
"""MANIFEST.md writer."""
from . import company as C, checks


def _esc(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def structure(p):
    k = p.meta.get("kind")
    if k == "multipart":
        return "%s(%s)" % (p.meta["subtype"], ", ".join(structure(c) for c in p.children))
    if k == "attachment":
        ct = p.meta["ctype"]
        disp = dict(p.headers).get("Content-Disposition", "")
        tag = "inline " if disp.startswith("inline") else ""
        return "%s%s “%s”" % (tag, ct, p.meta["filename"])
    if k == "rfc822":
        return "message/rfc822"
    if k == "text":
        return p.meta["subtype"]
    return "?"


def body_charsets(m):
    cs, ctes = [], []
    for p in m.body_part.walk():
        if p.meta.get("kind") == "text":
            if p.meta["charset"] not in cs:
                cs.append(p.meta["charset"])
            if p.meta["cte"] not in ctes:
                ctes.append(p.meta["cte"])
    return ", ".join(cs) or "-", ", ".join(ctes) or "-"


def write(msgs, path):
    L = []
    a = L.append
    a("# Example Group – blind evaluation set (spam / phishing gateway)\n")
    a("Eighty messages as `mx01.example.com` received them: `attack/` (40) and `business/` (40), "
      "October–December 2026. Everything in this directory is rebuilt by `python3 gen/build.py` "
      "(deterministic; every random value comes from a generator seeded with the message's file name) "
      "and verified by the same script. Attachments are inert: dangerous payloads (LNK, JS, VBS, EXE, SCR) "
      "are represented by their names and a short placeholder text only.\n")
    a("## The company\n")
    a("**Example Group** is a European producer of bottled natural mineral water and spring water "
      "(still, sparkling, flavoured; PET one-way and returnable glass), about 700 mailboxes. "
      "Spring and bottling plant at the headquarters in Bad Vilbel (Hesse, Germany); sales and "
      "service offices in six more countries.\n")
    a("- Mail domains: `example.com` (primary), `examplegroup.eu` (group functions, some staff). Website www.example.com.")
    a("- Inbound MX: `mx01.example.com` (Postfix, OpenDKIM, OpenDMARC, policyd-spf; long queue IDs). "
      "Own DMARC policy `p=quarantine`; SPF `-all`.")
    a("- Internal mail: Exchange 2019 `EXCH01.corp.example.com` [10.20.0.31] / `EXCH02.corp.example.com` [10.20.0.32] → "
      "`mail-int01.example.com` [10.20.0.25] (Postfix relay, client certificate) → mx01. Hybrid Entra ID tenant for Teams.\n")
    a("### Offices\n")
    a("| Country | Office | Legal entity | Address | Phone |")
    a("|---|---|---|---|---|")
    for (cc, office, ent), e in zip(C.OFFICES, C.ENTITIES):
        a("| %s | %s | %s | %s | %s |" % (cc, _esc(office), _esc(e[1]), _esc(e[2]), e[4]))
    a("\n### Tax and register identifiers (check digits valid)\n")
    a("| Country | Identifier | Value | Check |")
    a("|---|---|---|---|")
    for e in C.ENTITIES:
        for lbl, val, chk in e[3]:
            a("| %s | %s | `%s` | %s |" % (e[0], _esc(lbl), val, chk))
    a("\n## Staff (`staff.txt`)\n")
    a("| Name | Address | Office | Role |")
    a("|---|---|---|---|")
    for k, n, addr, o, r, p in C.STAFF:
        a("| %s | %s | %s | %s |" % (n, addr, o, _esc(r)))
    a("\n## Correspondents\n")
    a("| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |")
    a("|---|---|---|---|---|")
    for n, cc, addrs, rel, sysm in C.CORR:
        a("| %s | %s | %s | %s | %s |" % (_esc(n), cc, _esc(addrs), _esc(rel), _esc(sysm)))
    a("\nPlatforms only used as channels by the correspondents above or by attackers (DocuSign, Adobe Acrobat Sign, "
      "Google Drive/Forms, SharePoint Online, Canva, Dropbox, Mailchimp, Brevo, SendGrid, Mailgun, Amazon SES, Kontur.Diadoc) "
      "are named in the message tables.\n")
    for folder, title, why in (("attack", "## attack/", "Why attack"), ("business", "## business/", "Why genuine")):
        a(title + "\n")
        a("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |" % why)
        a("|---|---|---|---|---|---|---|")
        for m in msgs:
            if m.folder != folder:
                continue
            cs, cte = body_charsets(m)
            a("| `%s` | %s | %s | %s | %s | %s | %s |" % (m.fname, m.lang, cs, cte, _esc(structure(m.body_part)),
                                                         _esc(m.what), _esc(m.why)))
        a("")
    a("## Notes\n")
    a("### Hard negatives (genuine message of the same topic as an attack)\n")
    a("| Business file | Attack file(s) | Shared topic | What separates them |")
    a("|---|---|---|---|")
    byn = {(m.folder, m.nn): m for m in msgs}
    for m in msgs:
        if m.folder == "business" and m.pair:
            nums, topic, diff = m.pair
            att = ", ".join("`%s`" % byn[("attack", n)].fname for n in nums)
            a("| `%s` | %s | %s | %s |" % (m.fname, att, _esc(topic), _esc(diff)))
    a("\n### Account numbers, identifiers, QR codes\n")
    a("- All IBANs in the set pass ISO 13616 mod-97; Italian IBANs carry a correct CIN, Spanish IBANs correct "
      "`DC` digits, Polish IBANs a valid 8-digit sort code (weights 3-9-7-1). Russian settlement accounts pass the "
      "Bank of Russia key check against their BIK (weights 7-1-3), correspondent accounts against `0`+BIK[4:6].")
    a("- Tax IDs of the company: see the table above; tax IDs of correspondents printed on invoices are also computed "
      "with their check algorithms (USt-IdNr., Partita IVA, NIP, ΑΦΜ, ИНН/ОГРН). Greek tax payment codes are ISO 11649 "
      "RF references; the bitcoin address in the sextortion mail is a valid bech32 (P2WPKH) string.")
    a("- QR codes are real QR codes (byte mode, EC level M, mask chosen by penalty) encoded by `gen/lib/qr.py`; "
      "the build decodes every one back from the finished PNG / PDF image / HTML table and compares it with the "
      "intended payload. Types: EPC069-12 SEPA credit transfer ('GiroCode', `BCD/002`), Polish ZBP 2D payment code, "
      "KSeF verification link ('KOD I'), Russian ГОСТ Р 56042-2014 (`ST00012`), plain URLs (intranet, invoice "
      "verification, and the quishing lures).\n")
    a("| Account | Holder (as used) | Genuine? | Where |")
    a("|---|---|---|---|")
    seen = {}
    for m in msgs:
        for iban, who in m.facts["ibans"]:
            seen.setdefault(iban, [who, []])[1].append(m.folder + "/" + m.fname[:2])
    mule = set(C.MULE.values())
    for iban, (who, where) in seen.items():
        a("| `%s` | %s | %s | %s |" % (checks.iban_fmt(iban), _esc(C.HOLDER.get(iban, who)), "no – fraudster/mule" if iban in mule else "yes",
                                       ", ".join(sorted(set(where)))))
    for m in msgs:
        for kind, val, ok in m.facts["accounts"]:
            a("| `%s` | %s | %s | %s/%s |" % (val, _esc(kind), "no – fraudster/mule" if C.RU_BANK_MULE["acc"] in val else "yes",
                                             m.folder, m.fname[:2]))
    a("\n### Facts per message\n")
    a("Every IBAN/account, URL, phone number, wallet and QR payload that occurs in a message "
      "(bodies, attachments, PDF link annotations, decoded QR codes).\n")
    for m in msgs:
        a("#### %s/%s\n" % (m.folder, m.fname))
        f = m.facts
        empty = True
        if f["ibans"]:
            a("- IBAN: " + "; ".join("`%s` (%s)" % (i, w) for i, w in f["ibans"]))
            empty = False
        if f["accounts"]:
            a("- Accounts: " + "; ".join("`%s` (%s)" % (v, k) for k, v, ok in f["accounts"]))
            empty = False
        if f["urls"]:
            a("- URLs: " + "; ".join("`%s`" % u for u in f["urls"]))
            empty = False
        if f["phones"]:
            a("- Phones: " + "; ".join("`%s`" % p for p in f["phones"]))
            empty = False
        if f["wallets"]:
            a("- Wallets: " + "; ".join("`%s`" % w for w in f["wallets"]))
            empty = False
        if f["ids"]:
            a("- Other identifiers: " + "; ".join("%s `%s`" % (k, v) for k, v in f["ids"]))
            empty = False
        if f["qr"]:
            for where, p in f["qr"]:
                a("- QR in %s: `%s`" % (where, p.replace("\n", "⏎").replace("`", "'")))
            empty = False
        if empty:
            a("- none")
        a("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")
