"""Writes staff.txt and MANIFEST.md."""
import os

from people import COMPANY, OFFICES, STAFF, CORRESPONDENTS, PRIVATE

LANG_NAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek",
             "ru": "Russian"}


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def write(root, results):
    with open(os.path.join(root, "staff.txt"), "w", encoding="utf-8") as f:
        for s in STAFF.values():
            f.write("%s=%s\n" % (s["name"], s["addr"]))

    L = []
    L.append("# Blind evaluation set – Example Group mail gateway\n")
    L.append("Generated deterministically by `python3 gen/build.py` (Python 3 standard library only). "
             "The company, its staff and correspondents, their domains, account numbers and phone numbers are "
             "fictional; names of real services, banks and authorities appear where a scenario needs them. "
             "Attachments are inert (text-only PDFs, one-line placeholders inside ZIPs, HTML/SVG without scripts, "
             "a generated PNG photo, QR-code PNGs).\n")
    L.append("## Company\n")
    L.append("**%s** (%s) – %s. Domains `%s`, about %d mailboxes. HQ %s. Inbound MX `mx01.example.com` "
             "(Postfix); internal mail leaves Exchange 2019 (`EXDE01/EXDE02.corp.example.com`) through the relay "
             "`mail-int01.example.com [10.20.0.25]`.\n" % (
                 COMPANY["name"], COMPANY["legal"], COMPANY["trade"], "`, `".join(COMPANY["domains"]),
                 COMPANY["mailboxes"], COMPANY["hq"]))
    L.append("| Office | City | Entity / address |\n|---|---|---|")
    for code, (city, entity) in OFFICES.items():
        L.append("| %s | %s | %s |" % (code, city, _cell(entity)))
    L.append("")
    L.append("## Staff (staff.txt)\n")
    L.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for s in STAFF.values():
        name = s["name"] + (" (%s)" % s["native"] if s["native"] else "")
        L.append("| %s | %s | %s | %s |" % (_cell(name), s["addr"], OFFICES[s["office"]][0], _cell(s["role"])))
    L.append("")
    L.append("## Correspondents\n")
    L.append("| Organisation | Country | Name | Address | Relation |\n|---|---|---|---|---|")
    for org, cc, name, a, rel in CORRESPONDENTS:
        L.append("| %s | %s | %s | %s | %s |" % (_cell(org), cc, _cell(name), a, _cell(rel)))
    for name, a, cc, rel in PRIVATE:
        L.append("| (private) | %s | %s | %s | %s |" % (cc, _cell(name), a, _cell(rel)))
    L.append("")
    L.append("Genuine service senders used in business mail: Microsoft (msonlineservicesteam@microsoftonline.com, "
             "no-reply@sharepointonline.com via Exchange Online Protection), Google (no-reply@accounts.google.com), "
             "GitHub (noreply@github.com), Yandex ID (noreply@id.yandex.ru), DocuSign EU (dse@eumail.docusign.net).\n")

    for folder, title in (("attack", "Attack messages (attack/)"), ("business", "Genuine business messages (business/)")):
        L.append("## %s\n" % title)
        counts = {}
        for r in results[folder]:
            counts[r["lang"]] = counts.get(r["lang"], 0) + 1
        L.append("Counts: " + ", ".join("%s %d" % (LANG_NAME[l], n) for l, n in counts.items()) +
                 " – total %d.\n" % len(results[folder]))
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |" %
                 "Why attack/genuine")
        L.append("|---|---|---|---|---|---|---|")
        for r in results[folder]:
            why = r["why"]
            if r.get("infra"):
                why += " *Path: %s.*" % r["infra"]
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                r["file"], r["lang"], r["charset"], r["cte"], _cell(r["structure"]), _cell(r["what"]), _cell(why)))
        L.append("")

    L.append("## Notes\n")
    L.append("### Hard negatives (genuine messages that share topic or channel with specific attacks)\n")
    L.append("| Business message | Hard negative of attack(s) | What differs |\n|---|---|---|")
    att_by_key = {}
    for r in results["attack"]:
        att_by_key[r["slug"]] = r["file"]
    for r in results["business"]:
        if r.get("pair"):
            slugs, diff = r["pair"]
            L.append("| %s | %s | %s |" % (r["file"], ", ".join(att_by_key[s] for s in slugs), _cell(diff)))
    L.append("")
    L.append("### Other notes\n")
    for line in NOTES:
        L.append("- " + line)
    L.append("")
    with open(os.path.join(root, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


NOTES = [
    "Every message starts with `Return-Path` and mx01's `Received` header (`from HELO (rDNS [IP]) … by "
    "mx01.example.com (Postfix) … for <recipient>`); the sender's own hops follow below. No Authentication-Results, "
    "DKIM-Signature, ARC or X-Spam headers are present – the gateway is expected to evaluate SPF/DKIM/DMARC itself "
    "(offline here).",
    "Dates run from October to December 2026; time zones follow each sender (CEST→CET switch on 25 Oct 2026, EET for "
    "Greece, GMT/BST for the UK, MSK for Russia, PST/PDT or UTC for US services).",
    "IBANs carry valid ISO 13616 mod-97 check digits; Italian IBANs also a valid CIN, Spanish a valid DC pair, "
    "Polish a valid bank sort-code check digit, French a valid RIB key. Russian settlement and correspondent accounts "
    "carry a valid BIK control key; INN, Polish NIP, Italian P.IVA, Spanish CIF, Greek AFM, German USt-IdNr. and UK "
    "VAT numbers carry valid check digits. The Bitcoin address is a valid bech32 (P2WPKH) address.",
    "QR codes are real QR Code Model 2 symbols (byte mode, ECC level M) produced by gen/qr.py, written as PNG by "
    "gen/png.py; the build decodes them again (own decoder with Reed-Solomon check, and zbarimg when installed).",
    "Password-protected ZIPs use traditional PKWARE encryption (ZipCrypto, gen/zips.py); the passwords are given in "
    "the message bodies, as attackers do. Archive members are one-line text placeholders under dangerous-looking "
    "names (.pdf.js, .pdf.lnk, .scr).",
    "URLs in attacks point to fictional domains (or, where the technique abuses a genuine service, to the genuine "
    "service's URL form: microsoft.com/devicelogin, disk.yandex.ru, paypal.com). Phone numbers in callback lures are "
    "fictional.",
    "Thread hijacks (attack 03, attack 19) reuse the exact Message-IDs, subjects and quoted text of the genuine "
    "threads in business 03 and business 18.",
]
