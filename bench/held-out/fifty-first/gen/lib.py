"""Glue: turn a message description + infrastructure profile into an .eml
record (bytes + manifest metadata)."""
import re
from mime import (message, addr, addrs, ew, fmt, sec, Text, Att, Multi, alt, mixed, related,
                  T, h, hn, uuid)
import infra

RECORDS = []


def _struct(p):
    if p.kind == "text":
        return "text/%s" % p.sub
    if p.kind == "att":
        short = p.ctype.split("/")[1].replace("x-", "")
        if short == "vnd.openxmlformats-officedocument.wordprocessingml.document":
            short = "docx"
        desc = short
        if p.filename:
            desc += ' "%s"' % p.filename
        elif p.cid:
            desc += " (inline cid)"
        return desc
    return "%s[%s]" % (p.sub, ", ".join(_struct(c) for c in p.parts))


def _texts(p):
    if p.kind == "text":
        return [p]
    if p.kind == "multi":
        return [t for c in p.parts for t in _texts(c)]
    return []


def _has_att(p):
    if p.kind == "att":
        return bool(p.filename) and not p.inline
    if p.kind == "multi":
        return any(_has_att(c) for c in p.parts)
    return False


def strip_prefix(s):
    return re.sub(r"^((AW|RE|Re|R|RIF|ODP|Odp|ΑΠ|Απ|RE|Ответ|FW|WG|Fwd|I|RV|ENC|ΣΧΕΤ)\s*:\s*)+", "", s)


def mk(folder, num, lang, slug, *, t, prof, frm, to, subject, body, mail_from=None, hcs="utf-8",
       henc=None, cc=None, reply_to=None, date_zone="DE", date_lag=None, extra=None, what="",
       why="", irt=None, refs=None, rcpt=None, preamble=None, sender=None, order="std",
       hn_of=None, extra_first=None, quote=None):
    key = "%s-%02d" % (folder, num)
    to = to if isinstance(to, list) else [to]
    rcpt = rcpt or next(a for _, a in to + (cc or []) if a.endswith(("@example.com", "@examplegroup.eu")))
    mail_from = mail_from or frm[1]
    lag = date_lag if date_lag is not None else hn(key + "lag", 4, 40)
    subj = ew(subject, hcs, henc)
    extras = []
    for k, v in prof.get("extra", []) + (extra or []):
        if k == "Thread-Topic" and v == "__TT__":
            v = ew(strip_prefix(subject), hcs, henc)
        if k == "X-MS-Has-Attach" and v is None:
            v = "yes" if _has_att(body) else ""
        extras.append((k, v))
    hdrs = []
    if extra_first:
        hdrs += extra_first
    base = [("From", addr(frm[0], frm[1], hcs, henc, quote)),
            ("To", addrs(to, hcs, henc, quote)),
            ("Cc", addrs(cc, hcs, henc, quote) if cc else None),
            ("Subject", subj),
            ("Date", fmt(sec(t, -lag), date_zone)),
            ("Message-ID", prof["msgid"]),
            ("In-Reply-To", irt),
            ("References", refs),
            ("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc) if reply_to else None),
            ("Sender", sender)]
    if order == "ms":    # Outlook/Exchange order: extras first-ish
        hdrs += [base[0], base[1], base[2], base[3]] + [x for x in extras if x[0] in ("Thread-Topic", "Thread-Index")] + \
            [base[4], base[5], base[6], base[7], base[8], base[9]] + \
            [x for x in extras if x[0] not in ("Thread-Topic", "Thread-Index")]
    else:
        hdrs += base + extras
    hops = [x.replace("__RCPT__", rcpt).replace("__MAILFROM__", mail_from) for x in prof["hops"]]
    data = message(key, t, rcpt, prof["client"], hops, mail_from, hdrs, body,
                   bstyle=prof.get("bstyle", "generic"), preamble=preamble, tls=prof.get("tls", "1.3"))
    texts = _texts(body)
    rec = dict(folder=folder, num=num, lang=lang, slug=slug,
               fname="%02d-%s-%s.eml" % (num, lang, slug), data=data,
               charset=", ".join(dict.fromkeys(x.cs for x in texts)) or "—",
               cte=", ".join(dict.fromkeys(x.cte for x in texts)) or "—",
               structure=_struct(body), what=what, why=why, hn_of=hn_of,
               frm=frm[1], subject=subject)
    RECORDS.append(rec)
    return rec


# ------------------------------------------------------------ small helpers
def quote_block(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def html_wrap(inner, lang="de", style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return ('<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__">'
            '</head>\n<body style="%s">\n%s\n</body></html>\n' % (lang, style, inner))


def html_part(inner, cs, cte="quoted-printable", lang="de", style=None):
    kw = {} if style is None else {"style": style}
    return Text(html_wrap(inner, lang, **kw).replace("__CS__", cs), "html", cs, cte)


def paras(text):
    """plain text -> simple HTML paragraphs (escaped)."""
    import html as _h
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>%s</p>" % "<br>\n".join(_h.escape(l) for l in block.split("\n")))
    return "\n".join(out)


def pdf_att(data, name, **kw):
    return Att(data, "application/pdf", name, **kw)
