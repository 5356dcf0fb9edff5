"""MANIFEST.md writer."""
import mime
import people


def _esc(s):
    return s.replace("|", "\\|").replace("\n", " ")


def _body_texts(m):
    """Text parts that form the message body (not attachments)."""
    return [p for p in mime.walk(m.body) if isinstance(p, mime.Text) and not p.filename and p.disposition != "attachment"]


def charset_col(m):
    parts = _body_texts(m)
    cs = []
    for p in parts:
        c = p.cs_label or p.charset
        if c not in cs:
            cs.append(c)
    return " + ".join(cs) if cs else "—"


def cte_col(m):
    parts = _body_texts(m)
    v = []
    for p in parts:
        if p.cte not in v:
            v.append(p.cte)
    return " + ".join(v) if v else "—"


LANGS = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}


def render(sets):
    o = []
    c = people.COMPANY
    o.append("# Blind evaluation set — spam/phishing filtering mail gateway\n")
    o.append("All messages, people and organisations are fictitious.  Attack messages are inert: links point to "
             "invented hosts, archives contain one-line placeholders, HTML/SVG lures contain no script.\n")
    o.append("## The company\n")
    o.append("**%s** (domains `example.com` and `examplegroup.eu`, %s mailboxes) manufactures %s.  "
             "Inbound mail is received by `mx01.example.com` (Postfix); internal mail leaves Exchange 2019 "
             "(`EXMBX01/EXMBX02.corp.example.com`) through the internal relay `mail-int01.example.com [10.20.0.25]`.\n"
             % (c["name"], c["mailboxes"], c["trade"]))
    o.append("| Office | Entity | Address |\n|---|---|---|")
    for k, (ent, adr) in people.OFFICES.items():
        o.append("| %s | %s | %s |" % (k, ent, adr))
    o.append("")
    o.append("Company identifiers used in documents: USt-IdNr. %s; P.IVA %s; NIP %s; CIF %s; ΑΦΜ %s; VAT %s; ИНН %s."
             % (people.TAX["example_de"], people.TAX["example_it"], people.TAX["example_pl"], people.TAX["example_es"],
                people.TAX["example_gr"], people.TAX["example_uk"], people.RU["example_ru"]["inn"]))
    o.append("\n## Staff\n")
    o.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for n, a, off, role in people.STAFF.values():
        o.append("| %s | %s | %s | %s |" % (n, a, off, _esc(role)))
    o.append("\nDistribution lists used: " + ", ".join("`%s` (%s)" % (a, n) for n, a in people.LISTS.values()) + ".\n")
    o.append("## Correspondents\n")
    o.append("| Organisation | Country | Relation | Contacts | Mail system |\n|---|---|---|---|---|")
    for org, cc, rel, contacts, sysm in people.CORRESPONDENTS:
        o.append("| %s | %s | %s | %s | %s |" % (_esc(org), cc, _esc(rel), _esc(contacts), _esc(sysm)))
    o.append("\nGenuine services whose notifications appear: Microsoft account, Google account and Google Drive, "
             "GitHub, DocuSign (EU), ELSTER, Aruba Fatturazione Elettronica, Fakturownia, DEHú, Epsilon Digital (myDATA), "
             "Yandex ID, Kontur.Diadoc.\n")
    o.append("Bank details: every IBAN has valid ISO 13616 mod-97 check digits; German account numbers were "
             "generated with Bundesbank check-digit method 00 (the bank-specific method is not modelled), Italian IBANs a valid CIN, Polish IBANs a valid sort-code check digit, Spanish "
             "IBANs valid DC digits; Russian settlement and correspondent accounts carry valid BIK control keys; "
             "INN/OGRN, USt-IdNr., P.IVA, NIP, CIF and ΑΦΜ carry valid check digits; the Bitcoin address is a bech32 "
             "(P2WPKH) address with a valid checksum.\n")
    for folder, title in (("attack", "Attack messages"), ("business", "Genuine business messages")):
        msgs = sets[folder]
        counts = {}
        for m in msgs:
            counts[m.lang] = counts.get(m.lang, 0) + 1
        o.append("## %s (`%s/`, %d files)\n" % (title, folder, len(msgs)))
        o.append("By language: " + ", ".join("%s %d" % (LANGS[k], v) for k, v in counts.items()) + ".\n")
        o.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |")
        o.append("|---|---|---|---|---|---|---|")
        for m in msgs:
            o.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (
                m.filename(), m.lang, charset_col(m), cte_col(m), _esc(mime.describe(m.body)),
                _esc(m.what), _esc(m.why)))
        o.append("")
    o.append("## Notes\n")
    o.append("### Hard negatives\n")
    o.append("Genuine messages that share topic, sender or technique with specific attacks:\n")
    by_slug = {m.slug: m for m in sets["attack"]}
    o.append("| Genuine message | Hard negative of | What they share / what differs |\n|---|---|---|")
    for m in sets["business"]:
        if not m.pair:
            continue
        slugs, note = m.pair
        refs = ", ".join("`%s`" % by_slug[s].filename() for s in slugs)
        o.append("| `%s` | %s | %s |" % (m.filename(), refs, _esc(note)))
    o.append("")
    o.append("### Linked attacks (same story)\n")
    links = [
        (["ceo-fraud-projekt-fiorano", "fake-lawyer-escrow-fiorano"],
         "one CEO-fraud campaign: look-alike CEO e-mail at 08:47 CEST, 'lawyer' with escrow IBAN at 10:58 CEST the same day"),
        (["threadhijack-lieferant-datenraum", "lieferant-neue-bankverbindung"],
         "Lieferant GmbH's mailbox is compromised: the hijack phishes credentials, the look-alike bank change reuses "
         "the real overdue invoice numbers seen in that mailbox (compare the genuine reminder)"),
        (["keramtorg-smena-rekvizitov", "diadoc-fake-dokument"],
         "both reuse the real KeramTorg invoice/UPD No. 1184 (compare the genuine invoice and Diadoc notice)"),
        (["partner-logistik-zmiana-rachunku", "ksef-faktura-odrzucona"],
         "both target the Polish accountant around Partner Logistik's November invoices"),
    ]
    o.append("| Attacks | Link |\n|---|---|")
    for slugs, note in links:
        o.append("| %s | %s |" % (", ".join("`%s`" % by_slug[x].filename() for x in slugs), _esc(note)))
    o.append("")
    o.append("### Conventions\n")
    o.append("- Every message starts with `Return-Path` and mx01's `Received` header (`from HELO (rDNS [IP])`, "
             "`for <recipient>`); the sender's own hops follow.  No Authentication-Results, DKIM-Signature, ARC or "
             "X-Spam headers are present.\n"
             "- Messages from genuinely compromised partner mailboxes (thread hijacks) deliberately carry the same "
             "infrastructure as that partner's genuine mail; the evidence is in the content and links.\n"
             "- Dates lie between October and December 2026; time zones follow the EU/UK/US switch from summer "
             "time (25 October / 1 November 2026).\n"
             "- Passwords of encrypted archives are stated in the table where the message reveals them.\n"
             "- Generated by `python3 gen/build.py` (Python 3 standard library only, deterministic).\n")
    return "\n".join(o) + "\n"
