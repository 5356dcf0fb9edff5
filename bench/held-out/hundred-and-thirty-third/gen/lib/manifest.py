"""MANIFEST.md and staff.txt writers."""
from . import org


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def staff_txt():
    return "".join("%s=%s\n" % (p.name, p.email) for p in org.STAFF_LIST)


def build(results):
    L = []
    a = L.append
    a("# Evaluation set: Example Group (yacht charter & boat sales)\n")
    a("Blind evaluation set for the inbound mail gateway `mx01.example.com`: 40 attack and 40 genuine (business) messages, "
      "each stored exactly as mx01 received it. Everything is rebuilt deterministically by `python3 gen/build.py`, "
      "which also verifies every message.\n")
    a("All attachments are inert: executables, shortcuts and scripts are represented by names and placeholder text; "
      "phishing pages are static HTML without script. Domains, people, accounts and tax numbers of the company and its "
      "trade correspondents are invented (valid check digits); public services appear under their real names.\n")
    a("## The company\n")
    a("**Example Group** - yacht charter (bareboat, skippered and flotilla fleets in the Baltic, Greece, Mallorca and Italy) "
      "and boat sales (new boats from Polish yards, brokerage of used yachts); about 700 mailboxes. Mail domains `example.com` "
      "and `examplegroup.eu`. Inbound MX `mx01.example.com` (Postfix with OpenDKIM, OpenDMARC, policyd-spf); internal mail "
      "from Exchange 2019 (`EXCH01`/`EXCH02.corp.example.com`, 10.20.0.31/32) is relayed by `mail-int01.example.com [10.20.0.25]`.\n")
    a("| Office | Legal entity | Address | Tax / register identifiers | Bank account | Phone |")
    a("|---|---|---|---|---|---|")
    for o in org.OFFICES:
        tax = "; ".join("%s %s" % kv for kv in o["tax"])
        bank = "%s, %s, %s" % o["bank"]
        a("| %s - %s | %s | %s | %s | %s | %s |" % (o["code"], o["city"], _cell(o["entity"]), _cell(o["address"]),
                                                  _cell(tax), _cell(bank), o["phone"]))
    a("\nCheck digits: DE USt-IdNr. ISO 7064 MOD 11,10; IT Partita IVA Luhn variant; PL NIP weights 6-5-7-2-3-4-5-6-7 and "
      "REGON 8-9-2-3-4-5-6-7; ES NIF (CIF) control digit; GR ΑΦΜ powers of two mod 11; GB VAT mod 97; RU ИНН (10 digits) and "
      "ОГРН mod 11; IBANs mod 97 with national check digits (IT CIN, ES DC, PL bank-number check); RU settlement accounts "
      "verified against the BIC (weights 7-1-3). The German Steuernummer is given in Hamburg format without check.\n")
    a("## Staff (`staff.txt`)\n")
    a("| Name | Address | Office | Role |")
    a("|---|---|---|---|")
    for p in org.STAFF_LIST:
        nm = p.name if p.native == p.name else "%s (%s)" % (p.name, p.native)
        a("| %s | %s | %s | %s |" % (nm, p.email, p.office, _cell(p.role)))
    a("")
    a("## Correspondents\n")
    a("| Organisation / person | Country | Addresses | Relationship | Mail system as modelled |")
    a("|---|---|---|---|---|")
    for c in org.CORR:
        people = "<br>".join("%s <`%s`> (%s)" % (n, e, r) for n, e, r in c.people)
        a("| %s | %s | %s | %s | %s |" % (_cell(c.org), c.country, people, _cell(c.relationship), _cell(c.mailsys)))
    a("\nPublic services that appear as genuine senders or are impersonated:\n")
    a("| Service | Sender addresses as modelled | Infrastructure as modelled |")
    a("|---|---|---|")
    for s in org.SERVICES:
        a("| %s | %s | %s |" % tuple(_cell(x) for x in s))
    a("")
    for kind, title, why in (("attack", "## attack/", "Why attack"), ("business", "## business/", "Why genuine")):
        a(title + "\n")
        a("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |" % why)
        a("|---|---|---|---|---|---|---|")
        for m in results:
            if m.kind != kind:
                continue
            i = m.info
            a("| `%s` | %s | %s | %s | %s | %s | %s |" % (m.file, m.lang, _cell(i["charset"]), _cell(i["cte"]),
                                                          _cell(i["structure"]), _cell(i["what"]), _cell(i["why"])))
        a("")
    a("## Notes\n")
    a("### Hard negatives (genuine message of the same topic as an attack)\n")
    a("| Genuine (business/) | Same topic as (attack/) | What differs |")
    a("|---|---|---|")
    for m in results:
        if m.kind == "business" and m.info.get("mirrors"):
            a("| `%s` | %s | %s |" % (m.file, ", ".join("`%s`" % x for x in m.info["mirrors"]), _cell(m.info.get("differs", ""))))
    a("")
    a("### Account numbers, identifiers, QR codes\n")
    a("- IBANs are generated with correct national check digits and ISO 13616 mod-97 check digits; attack IBANs are placed at "
      "banks/EMIs typical for mule accounts (Solaris DE, Paysera LT, Revolut LT, a Bulgarian bank, Polish and Spanish bank prefixes) and never equal the "
      "genuine correspondent accounts listed above.")
    a("- Genuine change of bank details (business 01) moves Lieferant GmbH from Förde Sparkasse to Commerzbank Kiel; "
      "the look-alike (attack 01) and the thread hijack (attack 02) name different accounts.")
    a("- QR codes are real QR Code model 2 symbols produced by `gen/lib/qr.py` (byte mode, EC level M, mask chosen by penalty). "
      "Payment QR codes follow EPC069-12 version 002 (SEPA 'GiroCode') and the Polish ZBP format; the Greek invoice QR points to the "
      "myDATA/e-invoicing record. Quishing QR codes point to the phishing URLs listed below. The build decodes every QR code again "
      "(from the PNG or from the PDF image stream) and compares it with the intended payload.")
    a("- Russian accounts are 20-digit settlement accounts whose control key is valid for the stated BIC.")
    a("- Phone numbers of attackers use real country formats; domains of attackers are invented look-alikes or named compromised sites; "
      "all of them are fictitious.\n")
    a("### Facts per message\n")
    a("| File | Type | Value | Note |")
    a("|---|---|---|---|")
    import re as _re
    for m in results:
        seen = set()
        for typ, val, note in m.facts:
            seen.add(_re.sub(r"\s", "", val))
            a("| `%s/%s` | %s | `%s` | %s |" % (m.kind, m.file, typ, _cell(val).replace("`", "'"), _cell(note)))
        for typ, val in getattr(m, "auto_facts", []):
            k = _re.sub(r"\s", "", val)
            if k in seen or (typ == "IBAN" and k[2:] in seen):
                continue
            seen.add(k)
            a("| `%s/%s` | %s | `%s` | |" % (m.kind, m.file, typ, _cell(val).replace("`", "'")))
        for where, payload in m.qr:
            a("| `%s/%s` | QR payload (%s) | `%s` | decoded and compared by the build |" % (
                m.kind, m.file, _cell(where), _cell(payload.replace("\n", "\\n")).replace("`", "'")))
    a("")
    return "\n".join(L)
