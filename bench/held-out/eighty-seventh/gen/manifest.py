"""Writes staff.txt and MANIFEST.md."""
from company import COMPANY, OFFICES, STAFF, CORRESPONDENTS, BANK, RU_BANK
import checkdigits as cd

LANGNAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish",
            "es": "Spanish", "el": "Greek", "ru": "Russian"}


def staff_txt():
    return "".join("%s=%s\n" % (n, a) for n, a, _, _ in STAFF.values())


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def attack_accounts():
    import msg_de_attack as d, msg_en_attack as e, msg_it_attack as i, msg_pl_attack as p
    import msg_el_attack as g
    fr = RU_BANK["sevupak_fake"]
    return [("attack 02 (Lieferant look-alike)", cd.iban_fmt(d.FAKE_LT)),
            ("attack 05 (payroll diversion)", cd.iban_fmt(d.PAYROLL_MULE)),
            ("attack 07 (fake register invoice)", cd.iban_fmt(d.REGISTER_IBAN)),
            ("attack 17 (Ferretti thread hijack)", cd.iban_fmt(i.HIJACK_IBAN)),
            ("attack 20 (fake lawyer 'escrow')", cd.iban_fmt(i.ESCROW_IBAN)),
            ("attack 22 (Partner Logistik look-alike)", cd.iban_fmt(p.FAKE_PL)),
            ("attack 34 (Makedonia Dairy look-alike)", cd.iban_fmt(g.FAKE_GR)),
            ("attack 38 (Северная Упаковка look-alike)", "р/с %s, БИК %s, к/с %s" % (fr["rs"], fr["bik"], fr["ks"])),
            ("attack 13 (extortion)", "Bitcoin " + e.BTC)]


SERVICES = ("Genuine third-party services that send real mail in the business set, each from its own "
            "infrastructure: Microsoft (SharePoint Online notifications, Microsoft account security codes, "
            "Exchange Online tenants of Pennine Foodservice and Transportes Gil, Outlook.com), Google "
            "(account alerts, Gmail), GitHub, DocuSign EU, Xero (on Amazon SES), BRT, Kontur.Diadoc, "
            "Yandex ID, efood (SendGrid), CleverReach (Backwelt newsletter), Brevo (Feria Pan y Café), "
            "web.de, T-Online, libero.it, wp.pl, otenet.gr.")


def manifest(att, bus, notes):
    L = []
    L.append("# Evaluation set audit88 – Example Group mail gateway\n")
    L.append("Generated deterministically by `gen/build.py` (Python 3 standard library only; "
             "pseudo-random parts derive from SHA-256 of fixed seeds). 40 attack and 40 genuine "
             "business messages as delivered by the inbound MX. All dates October–December 2026.\n")
    L.append("## Company\n")
    L.append("**%s** (%s) – %s. Domains `%s` and `%s`, %s mailboxes. VAT ID %s.\n"
             % (COMPANY["name"], COMPANY["legal"], COMPANY["trade"], COMPANY["domains"][0],
                COMPANY["domains"][1], COMPANY["mailboxes"], COMPANY["vat"]))
    L.append("- Inbound MX: %s – every message's top `Received` header is mx01's, naming the "
             "connecting client as `from HELO (rDNS [IP])` and the envelope recipient (`for <…>`); "
             "the sender's own hops follow below it." % COMPANY["mx"])
    L.append("- Internal mail: %s." % COMPANY["relay"])
    L.append("- No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present (the "
             "gateway evaluates those itself).")
    L.append("- Offices:")
    for k, v in OFFICES.items():
        L.append("  - %s: %s" % (k, v))
    L.append("- Own bank account (HQ): %s (Sparkasse Hannover)\n" % cd.iban_fmt(BANK["eg_de"]))
    L.append("## Staff (staff.txt)\n")
    L.append("| Name | Address | Office | Role |")
    L.append("|---|---|---|---|")
    for n, a, o, r in STAFF.values():
        L.append("| %s | %s | %s | %s |" % (_cell(n), a, o, _cell(r)))
    L.append("")
    L.append("## Correspondents\n")
    L.append("| Organisation | Country | Relationship | Contacts | Mail system / notes |")
    L.append("|---|---|---|---|---|")
    for org, c, kind, contacts, note in CORRESPONDENTS:
        L.append("| %s | %s | %s | %s | %s |" % (_cell(org), c, _cell(kind),
                 "<br>".join("%s &lt;%s&gt;" % (_cell(n), a) for n, a in contacts), _cell(note)))
    L.append("")
    L.append("Bank details of the company and its correspondents (all check digits valid; not every account appears in a message):\n")
    names = {"lieferant_old": "Lieferant GmbH (until 30 Nov 2026, Hannoversche Volksbank)",
             "lieferant_new": "Lieferant GmbH (from 1 Dec 2026, Hamburger Sparkasse – announced properly)",
             "ferretti": "Ferretti Trasporti (Banco BPM)", "partner_pl": "Partner Logistik (Santander Bank Polska)",
             "opak_pl": "Opakowania Mazur (mBank)", "harinera": "Harinera del Turia (CaixaBank)",
             "gil": "Transportes Hermanos Gil (Banco Sabadell)", "dairy_gr": "Makedonia Dairy (NBG)",
             "weser": "Weser Mühlenwerke (Sparkasse Hannover)", "molino": "Molino Valsesia (UniCredit)",
             "hartley": "Hartley Cold Chain (NatWest)", "eg_de": "Example Group SE (Sparkasse Hannover)",
             "eg_gr": "Example Group Hellas (Piraeus Bank)", "payroll_pl": "(employee account, PL business message)"}
    for k, v in BANK.items():
        L.append("- %s: `%s`" % (names.get(k, k), cd.iban_fmt(v)))
    for k, v in RU_BANK.items():
        L.append("- %s: р/с `%s`, БИК `%s`, к/с `%s`, ИНН `%s`" % (
            {"sevupak": "ООО «Северная Упаковка» (genuine)",
             "sevupak_fake": "«Северная Упаковка» – fraudulent account in attack 38",
             "eg_ru": "ООО «Экзампл Груп Рус»"}[k], v["rs"], v["bik"], v["ks"], v["inn"]))
    L.append("")
    L.append("Fraudulent accounts used in the attack set (also with valid check digits, so that a checksum test alone does not flag them):\n")
    for k, v in attack_accounts():
        L.append("- %s: `%s`" % (k, v))
    L.append("")
    L.append(SERVICES + "\n")
    L.append("Check digits: IBAN mod-97 everywhere; national digits computed for DE (Kontonummer "
             "Prüfziffer by method 00, applied to all German accounts), IT (CIN), ES (DC), PL (sort-code check "
             "digit in NRB), FR (clé RIB); GR, LT and AT have no national check digit, for GB only mod-97 is "
             "applied (no sort-code modulus check); "
             "Russian accounts carry the control key for their BIK (settlement and correspondent "
             "account rules), ИНН its check digit; Polish NIP, Italian P.IVA, Greek ΑΦΜ, Spanish CIF "
             "and German USt-IdNr check digits are computed too. Bitcoin addresses are bech32 (BIP-173) "
             "P2WPKH with valid checksum.\n")
    for title, items in (("Attack messages (attack/)", att), ("Business messages (business/)", bus)):
        L.append("## %s\n" % title)
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |")
        L.append("|---|---|---|---|---|---|---|")
        for m in items:
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                m["file"] + ".eml", m["lang"], m["charset"], m["cte"], _cell(m["structure"]),
                _cell(m["what"]), _cell(m["why"])))
        L.append("")
    L.append("## Notes\n")
    L.extend(notes)
    L.append("")
    return "\n".join(L)
