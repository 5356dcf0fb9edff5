"""Shortcuts shared by the message modules."""
import html as _html
import re

from common import (text, multipart, attachment, berlin, Part, is_ascii)  # noqa: F401
from mkmsg import make, message  # noqa: F401
from company import S, STAFF, BANK, RU, VAT, BTC, P, NATIVE  # noqa: F401
import infra  # noqa: F401
import attach as A  # noqa: F401
import qr as Q  # noqa: F401
import checks as C  # noqa: F401

URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def esc(s):
    return _html.escape(s, quote=True)


def _linkify(line):
    out = []
    pos = 0
    for m in URL_RE.finditer(line):
        out.append(esc(line[pos:m.start()]))
        u = m.group(1).rstrip(".,;)")
        out.append('<a href="%s">%s</a>' % (esc(u), esc(u)))
        out.append(esc(m.group(1)[len(u):]))
        pos = m.end()
    out.append(esc(line[pos:]))
    return "".join(out)


def html_outlook(txt, charset, lang="DE"):
    paras = []
    for ln in txt.split("\n"):
        if ln.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _linkify(ln))
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
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
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
</div>
</body>
</html>
""" % (charset, lang, "\n".join(paras)))


def html_gmail(txt):
    lines = []
    for ln in txt.split("\n"):
        lines.append("<div>%s</div>" % (_linkify(ln) if ln.strip() else "<br>"))
    return '<div dir="ltr">%s</div>\n' % "".join(lines)


def html_simple(txt, charset=None, font="Arial, sans-serif"):
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset if charset else ""
    body = []
    for para in txt.split("\n\n"):
        body.append("<p>%s</p>" % "<br>\n".join(_linkify(l) for l in para.split("\n")))
    return ('<html><head>\n%s</head><body style="font-family: %s; font-size: 10pt">\n%s\n</body></html>\n'
            % (meta, font, "\n".join(body)))


def alt(plain_txt, html_txt, charset="utf-8", cte="quoted-printable", html_cte=None,
        quote=True, flowed=False):
    return multipart("alternative", [
        text(plain_txt, "plain", charset, cte, quote=quote, flowed=flowed),
        text(html_txt, "html", charset, html_cte or cte, quote=quote)])


def pdf_att(lines, filename, style="rfc2047", **kw):
    data = A.pdf(lines, **kw)
    return attachment(data, "application/pdf", filename, style=style, kind="PDF")


def zip_att(files, filename, password=None, seed="z", when=(2026, 10, 12, 8, 41, 10),
            ctype="application/zip", style="rfc2047"):
    data = A.zip_bytes(files, password=password, seed=seed, when=when)
    kind = "ZIP (ZipCrypto, password)" if password else "ZIP"
    return attachment(data, ctype, filename, style=style, kind=kind)


def png_att(data, filename, inline=False, cid=None, kind="PNG"):
    return attachment(data, "image/png", filename, inline=inline, cid=cid, kind=kind)


def qr_att(url, filename, inline=True, cid=None, scale=5):
    p = attachment(Q.qr_png(url, "M", scale=scale), "image/png", filename, inline=inline, cid=cid,
                   kind="PNG QR code")
    p.meta["qr"] = url
    return p


def html_att(html_src, filename, style="rfc2047", charset="utf-8"):
    return attachment(html_src.encode(charset), "text/html", filename, style=style, kind="HTML",
                      extra_ct=[("charset", charset, True)])


def svg_att(svg_bytes, filename):
    return attachment(svg_bytes, "image/svg+xml", filename, kind="SVG")


def ics_part(ics, method="REQUEST", charset="utf-8"):
    p = text(ics, "calendar", charset, "base64")
    p.params.append(("method", method, False))
    p.meta["calendar"] = True
    return p


def sig_de(name, role, phone, mobile=None, office="DE"):
    from company import OFFICES
    lines = ["-- ", name, role, OFFICES[office][1], "Tel. " + phone]
    if mobile:
        lines.append("Mobil " + mobile)
    lines.append("www.example.com")
    return "\n".join(lines)


def bt(*a):
    """Berlin local time -> UTC."""
    return berlin(*a)
