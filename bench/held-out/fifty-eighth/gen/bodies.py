"""Body helpers: plain/HTML renderings in the style of the sending client.
Markup in source texts: [[anchor|url]] = link, [[btn:label|url]] = button,
[[img:cid|alt]] = inline image (HTML only)."""
import html as _h
import re

import mimebuild as mb

LINK = re.compile(r"\[\[(btn:|img:)?(.+?)\|(.+?)\]\]")


def to_plain(text, linkstyle="angle"):
    def rep(m):
        kind, a, u = m.group(1), m.group(2), m.group(3)
        if kind == "img:":
            return ""
        if linkstyle == "angle":
            return "%s <%s>" % (a, u) if a != u else u
        if linkstyle == "bracket":
            return "%s [%s]" % (a, u) if a != u else u
        if linkstyle == "colon":
            return "%s: %s" % (a, u) if a != u else u
        return a
    return LINK.sub(rep, text)


def _inline_html(line, btn_color="#0067b8"):
    out, pos = "", 0
    for m in LINK.finditer(line):
        out += _h.escape(line[pos:m.start()], quote=False)
        kind, a, u = m.group(1), m.group(2), m.group(3)
        if kind == "btn:":
            out += ('<table cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="%s" style="padding:10px 22px;'
                    'border-radius:3px"><a href="%s" style="color:#ffffff;text-decoration:none;font-weight:bold">%s</a>'
                    '</td></tr></table>' % (btn_color, _h.escape(u), _h.escape(a)))
        elif kind == "img:":
            out += '<img src="cid:%s" alt="%s" width="180" height="180">' % (a, _h.escape(u))
        else:
            out += '<a href="%s">%s</a>' % (_h.escape(u), _h.escape(a))
        pos = m.end()
    return out + _h.escape(line[pos:], quote=False)


def outlook_html(text, charset):
    paras = []
    for ln in text.split("\n"):
        if ln.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _inline_html(ln))
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
\t{color:#467886;
\ttext-decoration:underline;}
.MsoChpDefault
\t{font-size:11.0pt;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
<body lang="DE" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
%s
</div>
</body>
</html>
""" % (charset, "\n".join(paras)))


def gmail_html(text):
    lines = text.split("\n")
    out = []
    for ln in lines:
        out.append(_inline_html(ln) if ln.strip() else "")
    return '<div dir="ltr">' + "<br>".join(out) + "</div>\n"


def simple_html(text, charset="utf-8"):
    body = "<br>\n".join(_inline_html(ln) for ln in text.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:13px">\n%s\n</body></html>\n' % (charset, body))


def brand_html(text, brand, color="#0067b8", footer="", logo_text=None, lang="de", pixel=None,
               width=600, charset="utf-8"):
    """Transactional/marketing template (tables, button, footer)."""
    paras = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if len(lines) == 1 and lines[0].startswith("[[btn:"):
            paras.append('<tr><td style="padding:8px 32px 16px 32px">%s</td></tr>' % _inline_html(lines[0], color))
        else:
            paras.append('<tr><td style="padding:8px 32px;font-size:14px;line-height:21px;color:#222222">%s</td></tr>'
                         % "<br>\n".join(_inline_html(x, color) for x in lines))
    foot = "<br>\n".join(_inline_html(x) for x in footer.split("\n")) if footer else ""
    px = '<img src="%s" width="1" height="1" alt="" style="display:block">' % _h.escape(pixel) if pixel else ""
    return ("""<!DOCTYPE html>
<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>%s</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">
<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif">
<tr><td style="background:%s;padding:18px 32px;color:#ffffff;font-size:20px;font-weight:bold">%s</td></tr>
%s
<tr><td style="padding:18px 32px 28px 32px;font-size:11px;line-height:16px;color:#777777;border-top:1px solid #e5e5e5">%s</td></tr>
</table>%s
</td></tr></table>
</body></html>
""" % (lang, charset, _h.escape(brand), width, color, _h.escape(logo_text or brand), "\n".join(paras), foot, px))


# ------------------------------------------------------------ part makers
def plain(text, cs="utf-8", cte="quoted-printable", linkstyle="angle"):
    return mb.text(to_plain(text, linkstyle), "plain", cs, cte)


def alt(text, style="outlook", cs="utf-8", cte="quoted-printable", hcs=None, hcte=None, linkstyle="angle",
        **kw):
    hcs = hcs or cs
    hcte = hcte or cte
    if style == "outlook":
        h = outlook_html(text, hcs)
    elif style == "gmail":
        h = gmail_html(text)
    elif style == "simple":
        h = simple_html(text, hcs)
    elif style == "brand":
        h = brand_html(text, charset=hcs, **kw)
    else:
        raise ValueError(style)
    return mb.multi("alternative", mb.text(to_plain(text, linkstyle), "plain", cs, cte),
                    mb.text(h, "html", hcs, hcte))


def mixed(*parts):
    return mb.multi("mixed", *parts)


def related(root, *imgs):
    return mb.multi("related", root, *imgs, params=[("type", root.ctype)])


def quote_lines(text, prefix="> "):
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in text.split("\n"))
