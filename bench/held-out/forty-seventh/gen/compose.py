"""Glue: turn a sending profile, headers and a MIME tree into one message."""
import html as _html
import re

import infra
import mime
import util
from mime import Leaf, Multi, addr, ew

MESSAGES = []


def T(text, cs="utf-8", cte="quoted-printable", sub="plain", **kw):
    return Leaf("text/" + sub, text, charset=cs, cte=cte, **kw)


def A(ctype, data, fn, cte="base64", **kw):
    return Leaf(ctype, data, filename=fn, cte=cte, **kw)


def alt(p, *parts):
    return Multi("alternative", list(parts), p["bnd"]("alternative"))


def mixed(p, *parts, preamble=None):
    return Multi("mixed", list(parts), p["bnd"]("mixed"), preamble=preamble)


def related(p, *parts):
    return Multi("related", list(parts), p["bnd"]("related"), params=[("type", '"text/html"')])


# ---------------------------------------------------------------- HTML styles
def esc(s):
    return _html.escape(s, quote=False)


def linkify(s, links):
    """links: {visible text: href}; escapes everything else."""
    out = esc(s)
    for txt, href in (links or {}).items():
        out = out.replace(esc(txt), '<a href="%s">%s</a>' % (esc(href).replace('"', "&quot;"), esc(txt)))
    return out


def html_outlook(text, charset, lang="DE", links=None):
    paras = []
    for line in text.split("\n"):
        body = linkify(line, links) if line.strip() else "&nbsp;"
        paras.append('<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">%s'
                     '<o:p></o:p></span></p>' % body)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, lang, "\n".join(paras)))


def html_gmail(text, links=None):
    lines = [linkify(l, links) for l in text.split("\n")]
    return '<div dir="ltr">' + "<br>".join(lines) + "</div>\n"


def html_gmx(text, links=None):
    divs = "".join("<div>%s</div>" % (linkify(l, links) if l.strip() else "&nbsp;") for l in text.split("\n"))
    return ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
            + divs.replace("</div><div>", "</div>\n<div>") + "</div></body></html>\n")


def html_simple(text, links=None, font="Arial, sans-serif"):
    paras = "\n".join("<p>%s</p>" % "<br>\n".join(linkify(l, links) for l in p.split("\n"))
                      for p in text.split("\n\n"))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:%s;font-size:14px;color:#222">\n%s\n</body></html>\n' % (font, paras))


# ---------------------------------------------------------------- message
def msg(fn, kind, lang, p, rcpt, dt, mail_from, hdrs, body, what, why, pair=None, msgid=None, date=None,
        order="std", zip_pw=None):
    """Assemble one message and register it for writing and for MANIFEST.

    p: profile dict from infra; rcpt: envelope recipient for mx01's 'for <>';
    hdrs: list of (name, value) written by the sender (From/To/Subject/...)."""
    r = util.rng("msg", fn)
    msgid = msgid or p["msgid"]
    date = date or p["date"]
    subj = next((v for k, v in hdrs if k == "Subject"), "")
    extra = []
    for k, v in p["extra"]:
        if v is None:
            if k == "Thread-Topic":
                v = re.sub(r"^((AW|WG|RE|R|I|FW|Fwd|RV|Odp|ΑΠ|Re|Отв|RE\s?)\s*:\s*)+", "", subj, flags=re.I)
            elif k == "X-DocuSign-Envelope-Id":
                v = util.det_uuid(r).upper()
        extra.append((k, v))
    H = [("Return-Path", "<%s>" % mail_from), ("Received", infra.mx01_received(r, dt, p["top"], rcpt))]
    H += [("Received", b) for b in p["below"]]
    if order == "gmail":
        H += [h for h in hdrs if h[0] in ("From",)] + [("Date", date), ("Message-ID", msgid)]
        H += [h for h in hdrs if h[0] not in ("From",)]
        H += extra
    elif order == "outlook":
        H += [h for h in hdrs if h[0] in ("From", "To", "Cc", "Subject")]
        H += [("Date", date), ("Message-ID", msgid)]
        H += [h for h in hdrs if h[0] not in ("From", "To", "Cc", "Subject")]
        H += extra
    else:
        H += list(hdrs) + [("Date", date), ("Message-ID", msgid)] + extra
    raw = mime.render_message(H, body)
    folder = "attack" if kind == "attack" else "business"
    MESSAGES.append(dict(fn=fn, kind=kind, lang=lang, raw=raw, root=body, what=what, why=why, pair=pair,
                         folder=folder, msgid=msgid, zip_pw=zip_pw or {}))
    return msgid


def S(key, charset="utf-8", enc="B", native=False):
    """Address header value for a staff member."""
    from company import S as STAFF
    s = STAFF[key]
    return addr(s["native"] if native and s["native"] else s["name"], s["email"], charset, enc)


def E(key):
    from company import S as STAFF
    return STAFF[key]["email"]
