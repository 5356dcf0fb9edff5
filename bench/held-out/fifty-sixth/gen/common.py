"""Shared helpers for the message definitions."""
import base64

from company import STAFF
from infra import T, boundary, fmt, mx01, pdfdate, plus, seed_rnd, thread_index  # noqa: F401
from mime import Multi, Part, Raw, addr, hdr_text, hdr_text_partial, render_message  # noqa: F401
import pdfgen
import qrgen
import zipgen

REGISTRY = []


def register(folder, num, lang, slug, what, why, pair=None):
    def deco(fn):
        REGISTRY.append(dict(folder=folder, num=num, lang=lang, slug=slug, what=what,
                             why=why, pair=pair, fn=fn))
        return fn
    return deco


def P(key):
    return STAFF[key]


def A(key, charset="utf-8", enc="Q"):
    p = STAFF[key]
    return addr(p.name, p.addr, charset, enc)


def assemble(r, prof, rcpt, headers, body, env=None):
    """Return-Path, mx01 Received, sender hops, trace, headers, tail, body."""
    from infra import TLS13
    top = mx01(r, prof["mx"][0], prof["mx"][1], prof["mx"][2], rcpt, prof["tmx"], prof.get("tls", TLS13))
    env = env if env is not None else prof.get("env")
    out = [("Return-Path", "<%s>" % (env or ""))]
    out.append(("Received", Raw(top)))
    out += [("Received", Raw(h)) for h in prof["hops"]]
    out += prof["trace"]
    out += headers
    out += prof["tail"]
    return render_message(out, body)


def html_page(body, charset="utf-8", head_extra="", lang=None):
    la = ' lang="%s"' % lang if lang else ""
    return ('<!DOCTYPE html>\n<html%s>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n%s</head>\n<body>\n%s\n</body>\n</html>\n'
            % (la, charset, head_extra, body))


def outlook_html(paras, charset="iso-8859-1", font="Calibri", size="11.0pt"):
    """Outlook 16 'WordSection1' flavoured HTML from a list of paragraphs."""
    ps = []
    for p in paras:
        if p == "":
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _esc(p).replace("\n", "<br>\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:%s;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:%s; font-family:"%s",sans-serif;}\n'
            'a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, font, size, font, "\n".join(ps)))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


esc = _esc


def simple_html(text):
    """Plain text -> minimal HTML (Gmail/Apple style div per line)."""
    out = []
    for ln in text.split("\n"):
        out.append("<div>%s</div>" % (_esc(ln) if ln else "<br>"))
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def quote_block(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def pdf(items, t, zone="DE", **kw):
    return pdfgen.make_pdf(items, date=pdfdate(t, zone), **kw)


def qr_png(url, scale=5):
    return qrgen.qr_png(url, scale=scale)


def fake_guid(r):
    return r.uuid()


def b64(s):
    return base64.b64encode(s.encode()).decode()
