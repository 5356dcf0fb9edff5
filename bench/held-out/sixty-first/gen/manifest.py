"""Writes staff.txt and MANIFEST.md."""
from company import COMPANY, OFFICES, STAFF, CORR, ROLE_BOXES

KIND = {"application/pdf": "PDF", "application/zip": "ZIP", "application/x-zip-compressed": "ZIP",
        "text/html": "HTML", "image/svg+xml": "SVG", "image/png": "PNG", "text/calendar": "ICS"}


def structure(p, top=True):
    if p.parts is None:
        if p.filename:
            k = KIND.get(p.ctype, p.ctype)
            if p.disp and p.disp.startswith("inline") and p.ctype.startswith("image/"):
                return "inline %s" % k
            extra = ""
            if k == "ZIP" and getattr(p, "zip_note", ""):
                extra = " (%s)" % p.zip_note
            return "%s `%s`%s" % (k, p.filename, extra)
        return {"text/plain": "plain", "text/html": "html"}.get(p.ctype, p.ctype)
    sub = p.ctype.split("/")[1]
    inner = [structure(c, False) for c in p.parts]
    if sub == "alternative":
        return "alt(%s)" % "+".join(inner)
    if sub == "related":
        return "related(%s)" % " + ".join(inner)
    return ("mixed: " if top else "mixed(") + " + ".join(inner) + ("" if top else ")")


def body_info(m):
    cs, cte = [], []
    for p in m.body.walk():
        if p.parts is None and p.ctype.startswith("text/") and not p.filename:
            c = p.charset.lower()
            if c not in cs:
                cs.append(c)
            if p.cte not in cte:
                cte.append(p.cte)
    return ", ".join(cs), ", ".join(cte)


def esc(s):
    return s.replace("|", "\\|").replace("\n", " ")


def staff_txt():
    return "".join("%s=%s\n" % (n, a) for n, a, _, _ in STAFF.values())


def manifest(folders, notes):
    L = []
    L.append("# Evaluation set audit64 – Example Group\n")
    L.append("Blind evaluation set for the spam/phishing-filtering mail gateway. All messages are synthetic; "
             "every domain, person, account and link is fictitious unless it belongs to a real public service "
             "that is impersonated (attacks) or that genuinely sends such notices (business). All attachments "
             "are inert: PDFs contain text only, archives hold one-line placeholders or text PDFs, HTML/SVG "
             "attachments contain no script. Generated deterministically by `gen/build.py` (Python 3 stdlib).\n")
    L.append("## The company\n")
    L.append("**%s** (domains %s, %s mailboxes) – %s.\n" % (
        COMPANY["name"], ", ".join("`%s`" % d for d in COMPANY["domains"]), COMPANY["mailboxes"], COMPANY["trade"]))
    L.append("| Office | Legal entity | Address |\n|---|---|---|")
    for k, (ent, ad) in OFFICES.items():
        L.append("| %s | %s | %s |" % (k, esc(ent), esc(ad)))
    L.append("")
    L.append("Mail flow: inbound MX `mx01.example.com` (Postfix) writes the top `Received` header of every message "
             "(`from HELO (rDNS [IP]) … for <recipient>`); internal mail reaches mx01 from the internal relay "
             "`mail-int01.example.com [10.20.0.25]`, below it the Exchange 2019 hops (`EXCH01/EXCH02.corp.example.com`). "
             "No Authentication-Results/DKIM/ARC/X-Spam headers are present. Dates: October–December 2026.\n")
    L.append("Role mailboxes: " + "; ".join("`%s` (%s)" % r for r in ROLE_BOXES) + ".\n")
    L.append("## Staff\n")
    L.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for n, a, o, r in STAFF.values():
        L.append("| %s | %s | %s | %s |" % (n, a, o, esc(r)))
    L.append("")
    L.append("## Correspondents\n")
    L.append("| Organisation | Country | Relation | Addresses | Mail infrastructure |\n|---|---|---|---|---|")
    for org, cc, role, people, infra in CORR.values():
        L.append("| %s | %s | %s | %s | %s |" % (esc(org), cc, esc(role),
                                              "<br>".join(esc("%s <%s>" % p) for p in people), esc(infra)))
    L.append("")
    for folder, title in (("attack", "Attack messages (`attack/`)"), ("business", "Genuine business messages (`business/`)")):
        L.append("## %s\n" % title)
        L.append("| File | Lang | Charset (body) | CTE (body) | Structure / attachments | What it is | Why attack/genuine |")
        L.append("|---|---|---|---|---|---|---|")
        for fn, m in folders[folder]:
            cs, cte = body_info(m)
            L.append("| %s | %s | %s | %s | %s | %s | %s |" % (
                fn, m.lang, cs, cte, esc(structure(m.body)), esc(m.what), esc(m.why)))
        L.append("")
    L.append("## Notes\n")
    L.extend(notes)
    L.append("")
    return "\n".join(L)
