"""MANIFEST.md renderer."""

import core
import org

LANGNAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish",
            "el": "Greek", "ru": "Russian"}


def _cell(s):
    return s.replace("|", "\\|").replace("\n", " ")


def render(attacks, business):
    by_slug = {m.slug: m for m in attacks + business}
    L = []
    c = org.COMPANY
    L.append("# Blind evaluation set – Example Group mail gateway\n")
    L.append("## Company\n")
    L.append("**%s** – %s\n" % (c["name"], c["trade"]))
    L.append("- Domains: %s (%s mailboxes); addresses `first.last@…`, umlauts/diacritics "
             "transliterated (ö→oe, ß→ss, ł→l, ò→o)." % (", ".join("`%s`" % d for d in c["domains"]), c["mailboxes"]))
    L.append("- Inbound MX: `%s`; every message's top `Received` header is mx01's "
             "(`from HELO (rDNS [IP])`, `for <recipient>`)." % c["mx"])
    L.append("- Internal mail: %s." % c["relay"])
    L.append("- No Authentication-Results, DKIM-Signature, ARC or X-Spam headers are present; all dates "
             "October–December 2026.\n")
    L.append("| Office | Entity / address |\n|---|---|")
    for k, (city, ent) in org.OFFICES.items():
        L.append("| %s (%s) | %s |" % (city, k, _cell(ent)))
    L.append("")
    L.append("## Staff (`staff.txt`)\n")
    L.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for key, name, addr, off, role, nat in org.STAFF:
        nm = name + (" (%s)" % nat if nat else "")
        L.append("| %s | %s | %s | %s |" % (nm, addr, org.OFFICES[off][0], role))
    L.append("")
    L.append("## Correspondents\n")
    L.append("| Company | Country | What | Addresses / mail system |\n|---|---|---|---|")
    for name, cc, what, addrs in org.CORRESPONDENTS:
        L.append("| %s | %s | %s | %s |" % (_cell(name), cc, _cell(what), _cell(addrs)))
    L.append("")
    L.append("Genuine bank accounts referenced in mail (all IBANs carry valid mod-97 and, for IT/ES/PL, "
             "national check digits; Russian accounts carry a valid BIK control key):\n")
    for k, v in org.BANK.items():
        L.append("- `%s`: %s" % (k, v))
    L.append("")

    for title, folder, msgs in (("Attack messages", "attack", attacks),
                                ("Business messages", "business", business)):
        L.append("## %s (`%s/`)\n" % (title, folder))
        counts = {}
        for m in msgs:
            counts[m.lang] = counts.get(m.lang, 0) + 1
        L.append("Counts: " + ", ".join("%s %d" % (LANGNAME[k], v) for k, v in counts.items()) + "\n")
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | "
                 "Why %s |" % ("attack" if folder == "attack" else "genuine"))
        L.append("|---|---|---|---|---|---|---|")
        for m in msgs:
            struct = core.structure(m.body)
            if m.zip_password:
                struct += "; ZIP password `%s` (ZipCrypto)" % m.zip_password
            if m.qr:
                struct += "; QR → `%s`" % m.qr
            L.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (
                m.fname, m.lang, core.charsets(m.body), core.ctes(m.body), _cell(struct),
                _cell(m.what), _cell(m.why)))
        L.append("")

    L.append("## Notes\n")
    L.append("### Hard negatives (genuine message ↔ attack it resembles)\n")
    L.append("| Business message | Resembles attack(s) | Shared topic |\n|---|---|---|")
    n = 0
    for m in business:
        if m.hn:
            refs = ", ".join("`%s`" % by_slug[s].fname for s in m.hn)
            L.append("| `%s` | %s | %s |" % (m.fname, refs, _cell(m.pair or "")))
            n += 1
    L.append("\n%d business messages are hard negatives of specific attacks.\n" % n)
    L.append("### Other notes\n")
    L.append("- Attachments are inert: PDFs contain text only (no JavaScript/actions); ZIPs contain a "
             "single one-line placeholder under a dangerous-looking name; HTML/SVG attachments contain no "
             "script; the ClickFix command is displayed text only (nothing is copied or executed) and points at an invented host.")
    L.append("- QR codes are real PNG QR codes (byte mode, ECC M) produced by `gen/qr.py` and "
             "verified with `zbarimg` when available.")
    L.append("- Bitcoin addresses are bech32 (P2WPKH) with valid checksums; Russian settlement and "
             "correspondent accounts validate against their BIK; INN/NIP/P.IVA/ΑΦΜ/CIF/USt-IdNr carry "
             "valid check digits where shown.")
    L.append("- Callback numbers and UK numbers used by attackers are in reserved drama/fiction ranges "
             "(UK 020 7946 0xxx, NANP 555-01xx); all other phone numbers are invented.")
    L.append("- Look-alike and attacker-controlled domains and URLs are invented for this set; provider host "
             "names (Hetzner, OVH, Contabo, Hostinger, SendGrid, Mailgun, Brevo, SES, Google, Microsoft, "
             "PayPal, Yandex …) follow the providers' real naming schemes.")
    for m in attacks + business:
        if m.notes:
            L.append("- `%s`: %s" % (m.fname, m.notes))
    L.append("")
    return "\n".join(L)
