"""Write MANIFEST.md and staff.txt."""
import company


def _cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def staff_txt():
    return "".join("%s=%s\n" % (n, a) for (n, a, _, _) in company.STAFF.values())


def write(rows_attack, rows_business, path):
    C = company.COMPANY
    out = []
    out.append("# Blind evaluation set – Example Group mail gateway\n")
    out.append("Generated deterministically by `gen/build.py` (Python 3 standard library only). "
               "80 messages: 40 attacks in `attack/`, 40 genuine business messages in `business/`. "
               "All names, domains (apart from the real services named below), accounts and phone "
               "numbers are fictitious; IBANs are check-digit valid but invented.\n")
    out.append("## The company\n")
    out.append("- **%s** (%s) – %s." % (C["name"], C["legal"], C["trade"]))
    out.append("- Domains: `example.com` (primary) and `examplegroup.eu`; about %d mailboxes." % C["mailboxes"])
    out.append("- HQ: %s. Offices: %s." % (C["hq"], "; ".join(
        v for k, v in company.OFFICES.items() if k != "HQ")))
    out.append("- Inbound MX: %s. Every message's top `Received:` header is mx01's, naming the connecting "
               "client as `from HELO (rDNS [IP])` and `for <recipient>`; below it the sender's own hops." % C["mx"])
    out.append("- Internal mail: %s; messages from Exchange carry the `mail-int01` hop and a `mapi` hop below it." % C["relay"])
    out.append("- No `Authentication-Results`, `DKIM-Signature`, `ARC-*` or `X-Spam-*` headers are present: "
               "the gateway is expected to evaluate authentication itself (offline).")
    out.append("- Dates: October–December 2026 (CEST→CET change on 25 Oct 2026 is respected in mx01's stamps).\n")
    out.append("## Staff (`staff.txt`)\n")
    out.append("| Name | Address | Office | Role |")
    out.append("|---|---|---|---|")
    for (n, a, o, r) in company.STAFF.values():
        out.append("| %s | %s | %s | %s |" % (_cell(n), a, company.OFFICES[o], _cell(r)))
    out.append("\nAddresses are `first.last@`, with umlauts and diacritics transliterated "
               "(ö→oe, ü→ue, ß→ss, ł→l, ó→o, ñ→n, Greek/Cyrillic romanised).\n")
    out.append("## Correspondents\n")
    out.append("| Organisation | Country | Relationship | Addresses |")
    out.append("|---|---|---|---|")
    for org, cc, role, contacts in company.CORR:
        out.append("| %s | %s | %s | %s |" % (_cell(org), cc, _cell(role), _cell("; ".join(contacts))))
    out.append("\nReal services (Microsoft account, Google, GitHub, Yandex ID, DocuSign, Aruba, ACS, mBank, "
               "AEAT) send the genuine messages from their own infrastructure. Bulk ESPs (Brevo, Mailchimp, "
               "SendGrid, Amazon SES, Mailgun, Sendsay) appear both as legitimate newsletter/notification "
               "senders and as services abused by attackers; in attacks real brands are only impersonated.\n")
    out.append("Structure column: the MIME tree of each message (`mixed(...)` = multipart/mixed etc.), with "
               "attachment names, QR payloads and archive passwords. Charset/CTE columns refer to the "
               "body text parts (plain / HTML).\n")
    for title, folder, rows in (("Attack messages", "attack", rows_attack),
                                ("Genuine business messages", "business", rows_business)):
        out.append("## %s (`%s/`)\n" % (title, folder))
        out.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |"
                   % ("attack" if folder == "attack" else "genuine"))
        out.append("|---|---|---|---|---|---|---|")
        for r in rows:
            out.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (
                r["file"], r["lang"], r["charset"], r["cte"], _cell(r["structure"]),
                _cell(r["what"]), _cell(r["why"])))
        out.append("")
    out.append("## Notes\n")
    out.append("### Hard negatives (genuine messages on the same topic as specific attacks)\n")
    out.append("| Genuine message | Attack(s) it mirrors | What differs |")
    out.append("|---|---|---|")
    byn = {r["n"]: r for r in rows_attack}
    for r in rows_business:
        if r.get("pair"):
            nums, diff = r["pair"]
            out.append("| `business/%s` | %s | %s |" % (r["file"], ", ".join("`attack/%s`" % byn[n]["file"] for n in nums),
                                                       _cell(diff)))
    out.append("")
    out.append("### Coverage\n")
    allrows = rows_attack + rows_business
    cs = sorted({c.strip() for r in allrows for c in r["charset"].split("/")})
    ct = sorted({c.strip() for r in allrows for c in r["cte"].split("/")})
    out.append("- Body charsets used: %s." % ", ".join("`%s`" % c for c in cs))
    out.append("- Body transfer encodings used: %s." % ", ".join("`%s`" % c for c in ct))
    for lang in ("de", "en", "it", "pl", "es", "el", "ru"):
        a = sum(1 for r in rows_attack if r["lang"] == lang)
        b = sum(1 for r in rows_business if r["lang"] == lang)
        out.append("- `%s`: %d attack, %d business" % (lang, a, b))
    out.append("")
    out.append("### Technical notes\n")
    out.append("- IBANs: ISO 13616 mod-97 check digits on all of them; national check digits as well "
               "where the scheme is public: German account numbers carry a method-00 (Luhn-type) check "
               "digit, Italian BBANs a correct CIN letter, Spanish CCCs both control digits, Polish "
               "sort codes their weighted check digit (the PL IBAN checksum doubles as the NRB checksum). "
               "Greek, British and Lithuanian BBANs have only the IBAN checksum.")
    out.append("- Russian bank details: 20-digit settlement accounts (р/с) and correspondent accounts (к/с) "
               "carry valid control keys for their BIK (weights 7-1-3); INNs and OGRN have valid check digits. "
               "Tax IDs elsewhere (USt-IdNr., Partita IVA, NIP, CIF, ΑΦΜ, UK VAT) are check-digit valid too.")
    out.append("- QR codes are real QR symbols (byte mode, ECC level M) written by `gen/qr.py` and stored as PNG; "
               "the payload of each (a URL, or plain shipment data for the genuine carrier label) is listed in the tables above.")
    out.append("- The Bitcoin address in the extortion mail is bech32 (P2WPKH) with a valid checksum.")
    out.append("- Attachments are inert: PDFs contain only text; members of the attack ZIPs are a one-line "
               "placeholder under a dangerous-looking name (the genuine payroll ZIP holds a text PDF and a CSV); HTML/SVG lures contain no script (static forms/links; "
               "the ClickFix command is defanged); password-protected ZIPs use traditional PKWARE "
               "encryption (ZipCrypto) and the password stated in the mail (or, for the genuine one, "
               "`Hb-ExampleUK-2026!`, never mentioned in the mail).")
    out.append("- PDFs use the standard Helvetica font with WinAnsi encoding, so Greek and Cyrillic text "
               "inside PDFs is transliterated (mail bodies themselves are in native script).")
    out.append("- Phone numbers are fictitious; UK numbers use the Ofcom drama ranges (020 7946 0xxx, 0161 496 0xxx).")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
