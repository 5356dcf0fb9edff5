"""Writes staff.txt and MANIFEST.md."""
import os

from company import COMPANY, OFFICES, STAFF, CORR, BANK, RU, BTC
import checks as C

LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish",
              "el": "Greek", "ru": "Russian"}


def _cell(s):
    return s.replace("|", "\\|").replace("\n", " ")


def body_charset_cte(part):
    leaves = [l for l in part.leaves() if l.meta.get("text") and not l.meta.get("calendar")]
    plain = [l for l in leaves if l.ctype == "text/plain"]
    pick = plain[0] if plain else (leaves[0] if leaves else None)
    if not pick:
        return "-", "-"
    cs = {l.meta["charset"].lower() for l in leaves}
    ctes = {l.meta["cte"] for l in leaves}
    cs_s = pick.meta["charset"].lower() + ("" if len(cs) == 1 else " (+%s)" % ", ".join(sorted(cs - {pick.meta["charset"].lower()})))
    cte_s = pick.meta["cte"] + ("" if len(ctes) == 1 else " (+%s)" % ", ".join(sorted(ctes - {pick.meta["cte"]})))
    return cs_s, cte_s


def write(root, results):
    with open(os.path.join(root, "staff.txt"), "w", encoding="utf-8") as fh:
        for k, (n, a, o, r) in STAFF.items():
            fh.write("%s=%s\n" % (n, a))

    L = []
    L.append("# Example Group - blind evaluation set for the mail gateway\n")
    L.append("Generated deterministically by `gen/build.py` (Python 3 standard library only). "
             "All messages are addressed to Example Group mailboxes and arrive through the inbound MX "
             "`mx01.example.com` (Postfix); the top `Received` header is always mx01's. No "
             "Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present. Dates lie in "
             "October-December 2026 (CEST until 25 Oct 2026, CET afterwards).\n")
    L.append("## The company\n")
    L.append("**%s** (%s; domains `%s`; about %d mailboxes): %s. Headquarters in Germany; "
             "subsidiaries in Italy, Poland, Spain, Greece, the UK and Russia.\n"
             % (COMPANY["name"], COMPANY["legal"], "`, `".join(COMPANY["domains"]), COMPANY["mailboxes"],
                COMPANY["trade"]))
    L.append("| Office | City | Entity / address |")
    L.append("|---|---|---|")
    for k, (city, ent) in OFFICES.items():
        L.append("| %s | %s | %s |" % (k, city, ent))
    L.append("")
    L.append("Mail infrastructure: inbound MX `mx01.example.com` (Postfix); mailboxes on Exchange 2019 "
             "(`EXCH01.ad.example.com`, 10.20.0.31); outbound/internal relay `mail-int01.example.com` "
             "[10.20.0.25]. Internal mail therefore shows mx01 <- mail-int01 <- Exchange hops.\n")
    L.append("Company bank accounts used in genuine mail: DE `%s`, IT `%s`, PL `%s`, ES `%s`, GR `%s`, UK `%s`; "
             "RU: r/s %s, BIK %s, k/s %s.\n"
             % (BANK["eg_de"], BANK["eg_it"], BANK["eg_pl"], BANK["eg_es"], BANK["eg_gr"], BANK["eg_uk"],
                RU["eg_ru_rs"], RU["eg_ru_bik"], RU["eg_ru_ks"]))

    L.append("## Staff (staff.txt)\n")
    L.append("| Name | Address | Office | Role |")
    L.append("|---|---|---|---|")
    for k, (n, a, o, r) in STAFF.items():
        L.append("| %s | %s | %s | %s |" % (n, a, OFFICES[o][0], r))
    L.append("")

    L.append("## Correspondents\n")
    L.append("| Organisation | Country | Relation | Addresses used in genuine mail |")
    L.append("|---|---|---|---|")
    for name, cc, rel, contacts in CORR:
        L.append("| %s | %s | %s | %s |" % (_cell(name), cc, _cell(rel), _cell("; ".join(contacts))))
    L.append("")

    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        L.append("## %s\n" % title)
        counts = {}
        for e in results[folder]:
            counts[e["lang"]] = counts.get(e["lang"], 0) + 1
        L.append("Count: %d (%s).\n" % (len(results[folder]), ", ".join("%s %d" % (LANG_NAMES[k], v) for k, v in counts.items())))
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |"
                 % ("attack" if folder == "attack" else "genuine"))
        L.append("|---|---|---|---|---|---|---|")
        for e in results[folder]:
            part = e["res"]["part"]
            cs, cte = body_charset_cte(part)
            struct = part.describe()
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                e["file"], e["lang"], cs, cte, _cell(struct), _cell(e["what"]), _cell(e["why"])))
        L.append("")

    L.append("## Notes\n")
    L.append("### Hard negatives (same topic, genuine sender)\n")
    L.append("| Attack | Genuine counterpart(s) | What differs |")
    L.append("|---|---|---|")
    for e in results["attack"]:
        if e.get("pair"):
            L.append("| %s | %s | %s |" % (e["file"], _cell(_resolve(e["pair"], results)), _cell(e.get("pair_note") or _pair_note(e, results))))
    L.append("")
    L.append("### Check digits and codes\n")
    L.append("- Every IBAN passes ISO 13616 mod-97. National check digits are also correct where the "
             "scheme is public: Italian CIN, Spanish DC (two digits), Polish sort-code check digit "
             "(weights 3-9-7-1), French RIB key. German account numbers of savings-bank style accounts carry a "
             "method-00 check digit (the actual method of each bank was not verified); UK and Greek BBANs "
             "carry only the IBAN check.")
    L.append("- Russian settlement accounts carry a valid control key against the last three BIK digits "
             "(weights 7-1-3); correspondent accounts are valid against '0'+BIK digits 5-6; the INN of each "
             "Russian company has a valid check digit.")
    L.append("- VAT numbers: DE (ISO 7064 MOD 11,10), IT partita IVA (Luhn), PL NIP, EL AFM and ES CIF carry valid check digits.")
    L.append("- Bitcoin address in the extortion mail: bech32 P2WPKH `%s` (valid checksum, derived from a fixed seed)." % BTC["extortion"])
    L.append("- QR codes are real PNG QR codes (byte mode, ECC M) produced by `gen/qr.py`; `gen/build.py` "
             "decodes each one with zbarimg (when installed) and compares it with the intended URL.")
    L.append("- Password-protected archives use traditional PKWARE ZipCrypto (`gen/attach.py`); the "
             "password is stated in the message body. Files inside archives are one-line inert placeholders "
             "under dangerous-looking names; HTML/SVG attachments contain no script; PDFs contain only text.")
    L.append("- Phone numbers in German and UK mail use the ranges reserved for fictional use "
             "(e.g. +49 30 23125 xxx, +49 221 4710 xxx, +44 161 496 0xxx, +44 20 7946 0xxx) where possible.")
    L.append("- Look-alike and attacker domains are invented for this set; the genuine service senders "
             "(Microsoft, Google, GitHub, DocuSign, Yandex, Kontur, ESPs) are modelled on their real "
             "infrastructure naming.")
    L.append("")
    with open(os.path.join(root, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


def _resolve(pair, results):
    import re
    out = []
    for m in re.finditer(r"business (\d+)", pair):
        n = int(m.group(1))
        for e in results["business"]:
            if e["num"] == n:
                out.append(e["file"])
    rest = re.sub(r"business \d+", "", pair).strip(" ,")
    s = ", ".join(out)
    if "(" in pair:
        s = pair
        for m in re.finditer(r"business (\d+)", pair):
            n = int(m.group(1))
            for e in results["business"]:
                if e["num"] == n:
                    s = s.replace(m.group(0), e["file"], 1)
    return s


def _pair_note(e, results):
    return "genuine sender / infrastructure and process vs. the attack's: see 'Why' columns"
