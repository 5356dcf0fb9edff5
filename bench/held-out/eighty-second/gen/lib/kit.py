"""Convenience helpers used by the message modules."""
import re

from .mime import Text, Attach, Multi, html_escape
from .msg import Msg
from . import company as C
from . import infra as I
from . import numbers as N
from . import pdf as P
from . import zipc as Z
from . import docs as D
from . import qr as Q
from . import timez as T

S = C.S
A = C.A

_URL = re.compile(r"(https?://[^\s<>\")]+)")


def _lines_html(text, p_open, p_close, br="<br>\n", autolink=True):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = []
        for ln in para.split("\n"):
            h = html_escape(ln)
            if autolink:
                h = _URL.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), h)
            lines.append(h)
        out.append(p_open + br.join(lines) + p_close)
    return "\n".join(out)


def outlook_html(text, charset="iso-8859-1", lang="DE", extra_body="", autolink=True):
    body = _lines_html(text, '<p class="MsoNormal">', '<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
                       br="<br>\n", autolink=autolink)
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
%s
%s
</div>
</body>
</html>
""" % (charset, lang, body, extra_body))


def gmail_html(text, quote_html=""):
    parts = []
    for para in text.strip("\n").split("\n\n"):
        lines = [_URL.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), html_escape(l)) for l in para.split("\n")]
        parts.append("<div>" + "<br>".join(lines) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(parts) + "</div>" + quote_html + "\n"


def simple_html(text, font="Arial, Helvetica, sans-serif", size="14px", charset=None, autolink=True):
    meta = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset) if charset else ""
    body = _lines_html(text, "<p>", "</p>", autolink=autolink)
    return ("<html>\n<head>\n%s</head>\n<body style=\"font-family:%s;font-size:%s\">\n%s\n</body>\n</html>\n"
            % (meta, font, size, body))


def alt(text, html, charset="utf-8", cte="quoted-printable", html_cte=None, quote_cs=True, html_charset=None, flowed=False):
    return Multi("alternative", [
        Text(text, "plain", charset, cte, quote_cs=quote_cs, flowed=flowed),
        Text(html, "html", html_charset or charset, html_cte or cte, quote_cs=quote_cs)])


def pdf_att(lines, filename, title="", producer="", creator="", when=None, author="", fn_style="quoted", zone="CET", **kw):
    data = P.document(lines, title=title, author=author, producer=producer, creator=creator, when=when, zone=zone)
    return Attach(data, "application/pdf", filename, fn_style=fn_style, **kw)


def quote_block(lines, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in lines.strip("\n").split("\n"))


def fi(x):
    return N.fmt(x)


def plainq(t):
    """Typographic characters -> ASCII for charsets without them (ISO-8859-x, KOI8-R)."""
    for a, b in (("\u2013", "-"), ("\u2014", "-"), ("\u201e", '"'), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2019", "'"), ("\u2018", "'"), ("\u2026", "...")):
        t = t.replace(a, b)
    return t


def koi(t):
    """Characters KOI8-R lacks -> ASCII equivalents."""
    t = plainq(t)
    for a, b in (("\u00ab", '"'), ("\u00bb", '"'), ("\u2116", "N"), ("\u20ac", "EUR")):
        t = t.replace(a, b)
    return t
