"""MANIFEST.md writer."""
from company import COMPANY, OFFICES, STAFF, SHARED_CORRESPONDENTS, OWN_CORRESPONDENTS, SERVICE_SENDERS

LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}


def _esc(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def write(path, attack, business):
    L = []
    L.append("# Evaluation set: spam / phishing filtering mail gateway\n")
    L.append("Blind evaluation set of 40 attack and 40 genuine business messages for the inbound gateway of a fictional company. "
             "All messages are generated deterministically by `gen/build.py` (Python 3 standard library only); "
             "re-running it reproduces byte-identical files. Attachments are inert: PDFs contain text only, archive members are one-line "
             "placeholders under dangerous-looking names, HTML/SVG attachments contain no script.\n")
    L.append("## The company\n")
    L.append("* **%s** (%s) - %s." % (COMPANY["name"], COMPANY["legal"], COMPANY["trade"]))
    L.append("* Domains: `example.com` (primary) and `examplegroup.eu`; %s mailboxes." % COMPANY["mailboxes"])
    L.append("* Inbound MX: `mx01.example.com` (Postfix). Every message's top `Received` header is mx01's, naming the connecting client as "
             "`from HELO (rDNS [IP])` and the envelope recipient as `for <recipient>`; the sender's own hops follow below.")
    L.append("* Internal mail: Exchange 2019 (`EXCH01`/`EXCH02.corp.example.com`, 10.20.0.31/32) -> internal relay "
             "`mail-int01.example.com [10.20.0.25]` -> mx01.")
    L.append("* No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present (the gateway evaluates those itself).")
    L.append("* All dates are in October-December 2026 (CEST until 25 Oct 2026, CET after).\n")
    L.append("| Office | Location | Legal entity |\n|---|---|---|")
    for o in OFFICES:
        L.append("| %s | %s | %s |" % tuple(_esc(x) for x in o))
    L.append("")
    L.append("## Staff (`staff.txt`)\n")
    L.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for p in STAFF:
        nm = p.name + (" (%s)" % p.native if p.native else "")
        L.append("| %s | %s | %s | %s |" % (_esc(nm), p.addr, _esc(p.office), _esc(p.role)))
    L.append("")
    L.append("## Correspondents\n")
    L.append("| Organisation | Country | Relationship | Contacts |\n|---|---|---|---|")
    for org, cc, role, people in SHARED_CORRESPONDENTS + OWN_CORRESPONDENTS:
        L.append("| %s | %s | %s | %s |" % (_esc(org), cc, _esc(role), "; ".join("%s <%s>" % (n, a) for n, a in people)))
    L.append("")
    L.append("Shared correspondents (first three rows) use exactly the given addresses for genuine mail. Service senders of genuine mail:\n")
    L.append("| Service | Sender | Infrastructure |\n|---|---|---|")
    for s in SERVICE_SENDERS:
        L.append("| %s | %s | %s |" % tuple(_esc(x) for x in s))
    L.append("")
    for title, rows, col in (("Attack messages (`attack/`)", attack, "Why attack"), ("Genuine business messages (`business/`)", business, "Why genuine")):
        L.append("## %s\n" % title)
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | %s |" % col)
        L.append("|---|---|---|---|---|---|---|")
        for r in rows:
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (r["file"], r["lang"], _esc(r["charset"]), _esc(r["cte"]), _esc(r["structure"]),
                                                          _esc(r["what"]), _esc(r["why"])))
        L.append("")
    L.append("## Notes\n")
    L.append("### Hard negatives\n")
    L.append("Genuine messages deliberately close to specific attacks (same topic, same or similar sender, same pressure), "
             "so that a filter must look at the real signals (domain, infrastructure, requested action, channel) rather than the topic:\n")
    L.append("| Genuine message | Hard negative of | What differs |\n|---|---|---|")
    afiles = {int(r["file"][:2]): r["file"] for r in attack}
    for r in business:
        if r.get("hn"):
            nums, diff = r["hn"]
            L.append("| %s | %s | %s |" % (r["file"], ", ".join(afiles[n] for n in nums), _esc(diff)))
    L.append("")
    L.append("### Other notes\n")
    L.extend(NOTES)
    L.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


NOTES = [
    "* Counts per folder: German 8, English 8, Italian 5, Polish 5, Spanish 5, Greek 5, Russian 4 (numbered 01-40 in that order).",
    "* IBANs carry valid ISO 13616 mod-97 check digits; national check digits are computed where the scheme is public and bank-independent: "
    "IT (CIN), ES (two DC digits), PL (bank-branch check digit), BE, PT (NIB key); German account numbers carry a Bundesbank method-00 "
    "check digit. GB, GR and LT have no bank-independent national check. Russian settlement accounts carry a valid control key against their BIK "
    "(the correspondent accounts are the banks' public ones and also validate). VAT/tax ids (DE USt-IdNr, IT P.IVA, PL NIP, ES CIF, GR AFM, "
    "UK VAT, RU INN/OGRN) carry valid check digits.",
    "* QR codes are real PNG QR codes produced by `gen/qr.py` (byte mode, ISO/IEC 18004 Reed-Solomon); `gen/verify.py` decodes each with "
    "`zbarimg` when it is installed.",
    "* The Bitcoin address in the extortion message is a bech32 (BIP-173) P2WPKH address with a valid checksum, derived from a hash "
    "(no key exists for it).",
    "* Password-protected archives use traditional PKWARE encryption (ZipCrypto) written by `gen/binfmt.py`; the password is in the message text.",
    "* Look-alike and attacker domains, IP addresses of VPS hosts and all phishing URLs are fictional; no link leads to a live phishing kit.",
    "* Trace headers mimic the real systems (Gmail, Exchange Online/Outlook.com, GMX, Yandex, Mail.ru, WP, Libero/Italiaonline, OTE, "
    "SendGrid, Mailgun, Brevo, Amazon SES, Mailchimp, cPanel/Exim shared hosting, plain Postfix/Roundcube VPS); the Message-ID, boundary and "
    "X-Mailer/User-Agent style follow each system. These are approximations for evaluation, not captures of real traffic.",
]
