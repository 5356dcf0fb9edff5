"""MANIFEST.md writer."""
import core
import people
import banks
import checks

LANGNAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish",
            "el": "Greek", "ru": "Russian"}


def _esc(s):
    return s.replace("|", "\\|").replace("\n", " ")


def render(results):
    c = people.COMPANY
    out = ["# Evaluation set audit106 – spam/phishing filtering gateway", ""]
    out += ["Generated deterministically by `gen/build.py` (Python 3 standard library only; "
            "`random.Random` seeded per message id, no clock access). 40 attack and 40 genuine "
            "business messages as received by the inbound MX `mx01.example.com` (Postfix). "
            "No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present: the "
            "gateway has to evaluate those itself (offline).", ""]
    out += ["## The company", "",
            "**%s** (%s) – %s. Domains `%s` and `%s`, %s mailboxes. Inbound MX `mx01.example.com`; "
            "internal mail leaves the Exchange organisation (`EXCH01/EXCH02.corp.example.com`) via the "
            "internal relay `mail-int01.example.com [10.20.0.25]`." % (
                c["name"], c["legal"], c["trade"], c["domains"][0], c["domains"][1], c["mailboxes"]), ""]
    out += ["| Office | Country | Entity / address |", "|---|---|---|"]
    for o in c["offices"]:
        out.append("| %s | %s | %s |" % o)
    out += ["", "## Staff (`staff.txt`)", "", "| Name | Address | Office | Role |", "|---|---|---|---|"]
    for k, (n, a, off, role) in people.STAFF.items():
        out.append("| %s | `%s` | %s | %s |" % (_esc(n), a, off, _esc(role)))
    out += ["", "(`postmaster@example.com` is a role mailbox and not listed in staff.txt.)", "",
            "## Correspondents", "", "| Name | Address | Organisation | Country | Relation |",
            "|---|---|---|---|---|"]
    for k, (n, a, org, cc, rel) in people.CORR.items():
        out.append("| %s | `%s` | %s | %s | %s |" % (_esc(n), a, _esc(org), cc, _esc(rel)))
    out += ["", "Private addresses of staff that appear in genuine mail:", "",
            "| Staff member | Private address | Service |", "|---|---|---|"]
    for n, a, svc in people.PRIVATE:
        out.append("| %s | `%s` | %s |" % (n, a, svc))
    out += ["", "Genuine notification senders used (their real infrastructure patterns): Microsoft "
            "(account protection, SharePoint Online), Google accounts, GitHub, Yandex ID, DocuSign (EU), "
            "GOV.UK Notify (Companies House), Mailchimp, Brevo, SendGrid.", ""]
    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        out += ["## %s" % title, "",
                "| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |" % (
                    "attack" if folder == "attack" else "genuine"),
                "|---|---|---|---|---|---|---|"]
        for m, raw in results[folder]:
            cs, cte = core.body_charsets(m.body)
            out.append("| `%s.eml` | %s | %s | %s | %s | %s | %s |" % (
                m.id, m.lang, cs, cte, _esc(core.describe(m.body)), _esc(m.what), _esc(m.why)))
        out.append("")
    out += ["## Notes", "", "### Hard negatives (genuine messages paired with specific attacks)", "",
            "| Genuine message | Hard negative of | Shared topic / feature |", "|---|---|---|"]
    for m, raw in results["business"]:
        if m.hard_neg_of:
            ids, topic = m.hard_neg_of
            out.append("| `%s` | %s | %s |" % (m.id, ", ".join("`%s`" % i for i in ids), _esc(topic)))
    out += ["", "### Other notes", ""]
    notes = [
        "All organisations other than the real service providers are invented, and so are all domains "
        "of correspondents and attackers, look-alike domains, phishing URLs and phone numbers (UK numbers are "
        "taken from Ofcom's drama ranges 020 7946 0xxx / 07700 900xxx; numbers and domains in other countries were "
        "not checked against real registrations). Hosts and IP addresses follow the real naming patterns of the providers involved (OVH, Hetzner, "
        "Contabo, cPanel/Exim shared hosting, SendGrid, Mailgun, Brevo, Amazon SES, Gmail, GMX/WEB.DE, "
        "Libero, WP, OTEnet, Yandex, Mail.ru, Exchange Online, Aruba, papaki, cyber_Folks).",
        "Thread hijacks (`03-de`, `22-pl`, `34-el`) are sent through the genuine partner's own mail system "
        "(the partner mailbox is compromised); their maliciousness is in the content (credential link to a "
        "non-Microsoft host, new bank account, diverted Reply-To), not in the sending infrastructure.",
        "IBANs: every IBAN has valid ISO 13616 mod-97 check digits. National check digits: DE account "
        "numbers carry a check digit by Bundesbank method 00; IT IBANs carry the correct CIN; ES IBANs the "
        "correct DC pair; PL IBANs a valid bank sort-code check digit (the NRB control digits are the IBAN "
        "check digits). GR, CY, LT, SK and GB have no national check implemented here (mod-97 only).",
        "Russian bank details: settlement accounts satisfy the Bank of Russia control key against the BIK "
        "(%s at BIK %s, %s at BIK %s, %s at BIK %s, %s at BIK %s); correspondent accounts %s, %s and %s also "
        "satisfy the key. INN %s and %s and OGRN %s carry valid control digits." % (
            banks.KINOSVET_ACC, banks.SBER_BIK, banks.KINOSVET_FAKE_ACC,
            banks.TBANK_BIK, banks.EG_RU_ACC, banks.ALFA_BIK, banks.KUZN_ACC, banks.TBANK_BIK, banks.SBER_CORR, banks.TBANK_CORR,
            banks.ALFA_CORR, banks.KINOSVET_INN, banks.EG_RU_INN, banks.KINOSVET_OGRN),
        "Bitcoin address in `14-en` (%s) is a bech32 P2WPKH address with a valid checksum (%s); its "
        "witness program is derived from a hash of a fixed string, so no private key exists." % (
            banks.BTC_EXTORT, "verified" if checks.bech32_valid(banks.BTC_EXTORT) else "INVALID"),
        "National identifiers carry valid check digits: German USt-IdNr (ISO 7064 MOD 11,10), Italian "
        "partita IVA, Polish NIP, Spanish CIF, Greek ΑΦΜ, Russian INN (10 and 12 digits) and OGRN.",
        "QR codes (`05-de`, `29-es`) are real PNG QR codes (byte mode, EC level M) produced by "
        "`gen/qr.py`; the verifier decodes them with zbarimg when available.",
        "ZIP attachments contain a single one-line placeholder text file under a dangerous-looking name. "
        "Password-protected ones use traditional PKWARE encryption (ZipCrypto), password given in the "
        "message body: see the Structure column.",
        "HTML and SVG attachments contain no script, no event handlers and no `javascript:` URLs; "
        "they only contain links or forms pointing to the invented phishing hosts. The ClickFix page in `07-de` shows a PowerShell one-liner as plain text for the user to paste; it references an invented host and nothing on the page executes. PDFs are text-only "
        "(no JavaScript, OpenAction or Launch actions).",
        "All dates lie between October and December 2026; mx01 timestamps are Europe/Berlin (CEST until "
        "25 Oct 2026, CET afterwards), sender hops use the sender's own time zone.",
    ]
    for n in notes:
        out.append("- " + n)
    out.append("")
    return "\n".join(out)
