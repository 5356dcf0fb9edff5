"""MANIFEST.md writer; structure/charset/CTE columns are derived from the built messages."""
import email
from email import policy
from world import COMPANY, OFFICES, STAFF, CORRESPONDENTS

LANG_NAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek",
             "ru": "Russian"}


def _short(ct):
    return {"text/plain": "plain", "text/html": "html"}.get(ct, ct)


def structure(msg):
    def walk(part):
        ct = part.get_content_type()
        if part.is_multipart():
            sub = ct.split("/")[1]
            return "%s(%s)" % (sub, ", ".join(walk(p) for p in part.iter_parts()))
        fn = part.get_filename()
        disp = part.get_content_disposition()
        if fn:
            tag = "%s \"%s\"" % (ct, fn)
            if disp == "inline":
                tag = "inline " + tag
            return tag
        return _short(ct)
    return walk(msg)


def body_params(msg):
    cs, ctes = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text" and not part.get_filename():
            c = part.get_param("charset")
            if c and c not in cs:
                cs.append(c)
            e = (part.get("Content-Transfer-Encoding") or "7bit").strip()
            if e not in ctes:
                ctes.append(e)
    return ", ".join(cs), ", ".join(ctes)


def esc(s):
    return s.replace("|", "\\|").replace("\n", " ")


def write(path, built, notes):
    out = []
    out.append("# Example Group - spam/phishing gateway evaluation set\n")
    out.append("Generated deterministically by `gen/build.py` (Python 3 standard library only). "
               "All messages are stored exactly as delivered by the inbound MX `mx01.example.com` (Postfix): "
               "`Return-Path`, mx01's `Received` header on top, then the sender's own hops. No Authentication-Results, "
               "DKIM-Signature, ARC or X-Spam headers are present. Dates: October-December 2026.\n")
    out.append("## The company\n")
    out.append("**%s** (%s) - %s. About %d mailboxes on `%s` and `%s`. Registered seat: %s, %s; VAT ID %s; "
               "HQ bank account %s (BIC %s).\n" % (COMPANY["name"], COMPANY["legal"], COMPANY["trade"],
                                                   COMPANY["mailboxes"], COMPANY["domains"][0], COMPANY["domains"][1],
                                                   COMPANY["hq"], COMPANY["register"], COMPANY["vat"],
                                                   COMPANY["iban_hq"], COMPANY["bic_hq"]))
    out.append("Offices:\n")
    for k, (name, adr, tel) in OFFICES.items():
        out.append("- **%s** (%s): %s, %s" % (name, k, adr, tel))
    out.append("")
    out.append("Mail flow: inbound MX `mx01.example.com` (Postfix). Internal mail: Outlook -> Exchange 2019 "
               "(`EXMBX02.corp.example.com`, 10.20.1.12) -> internal relay `mail-int01.example.com [10.20.0.25]` -> mx01.\n")
    out.append("## Staff (`staff.txt`)\n")
    out.append("| Name | Address | Office | Role |")
    out.append("|---|---|---|---|")
    for k, n, a, o, role, nat in STAFF:
        nm = n + (" (in mail also: %s)" % nat if nat else "")
        out.append("| %s | %s | %s | %s |" % (esc(nm), a, OFFICES[o][0], esc(role)))
    out.append("")
    out.append("## Correspondents\n")
    out.append("| Organisation | Country | Relationship | Addresses | Mail infrastructure |")
    out.append("|---|---|---|---|---|")
    for org, c, rel, addrs, infra in CORRESPONDENTS:
        out.append("| %s | %s | %s | %s | %s |" % (esc(org), c, esc(rel), esc("; ".join(addrs)), esc(infra)))
    out.append("")
    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        out.append("## %s\n" % title)
        out.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why %s |"
                   % ("attack" if folder == "attack" else "genuine"))
        out.append("|---|---|---|---|---|---|---|")
        for b in built:
            if b["folder"] != folder:
                continue
            msg = email.message_from_bytes(b["data"], policy=policy.default)
            cs, cte = body_params(msg)
            what = b["what"]
            if folder == "attack":
                what = "**%s.** %s" % (b["technique"], what)
            why = b["why"]
            infra = b.get("infra")
            if infra:
                why += " *Infrastructure:* %s." % infra
            if b.get("pair"):
                why += " *Pair:* %s." % b["pair"]
            out.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (b["file"], b["lang"], cs, cte,
                                                                   esc(structure(msg)), esc(what), esc(why)))
        out.append("")
    out.append("## Notes\n")
    out.extend(notes)
    out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
