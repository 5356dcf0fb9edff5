"""MANIFEST.md writer."""
from company import COMPANY, CORR, OFFICES, STAFF

LANGNAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish",
            "el": "Greek", "ru": "Russian"}


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def _table(msgs):
    rows = ["| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |",
            "|---|---|---|---|---|---|---|"]
    for m in msgs:
        cs, cte = m.body_encoding()
        rows.append("| %s | %s | %s | %s | %s | %s | %s |" % (
            _cell(m.file + ".eml"), m.lang, _cell(cs), _cell(cte), _cell(m.structure()), _cell(m.what), _cell(m.why)))
    return "\n".join(rows)


def render(attacks, business):
    out = []
    out.append("# Blind evaluation set – Example Group mail gateway\n")
    out.append("Generated deterministically by `gen/build.py` (Python 3 standard library only). "
               "All names, companies, domains, IP addresses, accounts and phone numbers are fictitious "
               "test data; IBANs carry valid ISO 13616 check digits (and Italian CIN / Spanish DC / Polish "
               "sort-code check digits), Russian accounts valid BIK control keys, the Bitcoin address a valid "
               "bech32 checksum. QR codes are real, decodable PNGs produced by `gen/qr.py`. Attachments are inert: "
               "PDFs contain text only; archives contain a one-line placeholder under a dangerous-looking name; "
               "HTML/SVG attachments contain no script.\n")
    out.append("## The company\n")
    out.append("**%s** (%s) – %s. Domains: %s. Inbound MX: %s. Internal mail: %s.\n" % (
        COMPANY["name"], COMPANY["legal"], COMPANY["trade"], ", ".join("`%s`" % d for d in COMPANY["domains"]),
        COMPANY["mx"], COMPANY["relay"]))
    out.append("Offices:\n")
    for k, v in OFFICES.items():
        out.append("- **%s**: %s" % (k, v))
    out.append("\nTrace conventions: the top `Received` header of every message is mx01's "
               "(`from HELO (rDNS [IP]) by mx01.example.com (Postfix) ... for <recipient>`); below it the sender's own "
               "hops. Internal mail arrives from `mail-int01.example.com [10.20.0.25]` with the Exchange hops "
               "(EXCH01/EXCH02, 15.2.1544) below. No Authentication-Results, DKIM-Signature, ARC or X-Spam headers "
               "are present by design.\n")
    out.append("## Staff (staff.txt)\n")
    out.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for key, (n, a, o, r) in STAFF.items():
        out.append("| %s | %s | %s | %s |" % (n, a, o, r))
    out.append("\n## Correspondents\n")
    out.append("| Name | Address | Organisation | Country | Relation |\n|---|---|---|---|---|")
    for key, (n, a, org, cc, rel) in CORR.items():
        out.append("| %s | %s | %s | %s | %s |" % (_cell(n), a, _cell(org), cc, _cell(rel)))
    out.append("\n## attack/\n")
    out.append(_table(attacks))
    out.append("\n## business/\n")
    out.append(_table(business))
    out.append("\n## Notes\n")
    out.append("### Hard negatives (business message ↔ attack it resembles)\n")
    out.append("| Business message | Attack(s) | What they share / what differs |\n|---|---|---|")
    for m in business:
        for other, note in m.pairs:
            out.append("| %s | %s | %s |" % (m.file + ".eml", other, _cell(note)))
    out.append("\n### Story lines across messages\n")
    out.append("- Lieferant GmbH: genuine invoice (business/01) and reminder (business/02); look-alike bank-change fraud "
               "lieferant-gmbh.com (attack/02) quoting the same invoice numbers; later the supplier's real mailbox is "
               "compromised and used for a thread hijack (attack/03); the supplier's genuine bank change (business/03) warns "
               "about the look-alike.")
    out.append("- CEO fraud from example-group.de (attack/01) is followed two days later by the same gang's 'lawyer' "
               "in Spain with the look-alike CEO address in Cc (attack/28); the CEO's genuine urgent payment goes through "
               "the internal relay (business/04).")
    out.append("- Partner Logistik: genuine CMR and KSeF invoice mails (business/22, business/23) from the same Microsoft 365 "
               "tenant (same tenant ID) as the account-takeover mail (attack/22); the fake KSeF notice (attack/23) reuses "
               "the real invoice and KSeF numbers.")
    out.append("- Ferretti Trasporti: genuine invoice 2026/1183 (business/17) sent hours before the look-alike IBAN change "
               "(attack/17) naming the same invoices; the dispatcher's genuine reminder (business/18) warns about it.")
    out.append("- SevZapTrans (RU): genuine reconciliation statement as PDF (business/37) vs. look-alike encrypted archive "
               "(attack/37); fake-boss Telegram pretext (attack/39) vs. the office manager's internal refutation (business/40).")
    out.append("\n### Data conventions\n")
    out.append("- Phone numbers are fictitious (UK numbers in Ofcom drama ranges, US 555-01xx).")
    out.append("- KSeF numbers use the NIP-date-hex form with a CRC-8 (poly 0x07) suffix; Polish NIPs, Italian partite IVA, "
               "Spanish CIFs, Greek AFMs, German USt-IdNr, UK VAT numbers and Russian INNs carry valid check digits.")
    out.append("- Timestamps: Date in the sender's local zone; mx01 times in CET/CEST (summer time ends 25 Oct 2026); "
               "Google/PayPal/GitHub internal hops in Pacific time as those systems write them.")
    out.append("\n### Attack techniques used\n")
    tech = {}
    for m in attacks:
        for t in getattr(m, "techniques", []):
            tech.setdefault(t, []).append(m.file[:2])
    for t, fs in tech.items():
        out.append("- %s: %s" % (t, ", ".join(fs)))
    out.append("")
    return "\n".join(out) + "\n"
