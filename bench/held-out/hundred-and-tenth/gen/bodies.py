"""Body text helpers: a tiny link markup rendered to text/plain and to HTML in the
style of the sending client (Outlook/Word, OWA, Gmail, Thunderbird, webmail, ESP)."""
import html as _html
import re

from mimegen import Part

LINK = re.compile(r"\[\[(!?)([^|\]]+)\|([^\]]+)\]\]")


def plain(src, style="angle"):
    def rep(mo):
        btn, label, url = mo.groups()
        if style == "angle":
            return "%s <%s>" % (label, url)
        if style == "colon":
            return "%s: %s" % (label, url)
        if style == "paren":
            return "%s ( %s )" % (label, url)
        if style == "bracket":
            return "%s [%s]" % (label, url)
        if style == "url":
            return url
        if style == "label":
            return label
        return label
    return LINK.sub(rep, src)


def _inline(s, btn_color="#0f6cbd"):
    out, pos = [], 0
    for mo in LINK.finditer(s):
        out.append(_html.escape(s[pos:mo.start()], quote=False))
        btn, label, url = mo.groups()
        if btn:
            out.append('<a href="%s" style="display:inline-block;background:%s;color:#ffffff;padding:11px 26px;'
                       'border-radius:4px;text-decoration:none;font-weight:600" target="_blank">%s</a>'
                       % (_html.escape(url), btn_color, _html.escape(label)))
        else:
            out.append('<a href="%s">%s</a>' % (_html.escape(url), _html.escape(label)))
        pos = mo.end()
    out.append(_html.escape(s[pos:], quote=False))
    return "".join(out)


def _paras(src):
    return [p for p in re.split(r"\n\s*\n", src.strip("\n"))]


def html_outlook(src, charset, lang="DE", font="Calibri", size="11.0pt"):
    body = []
    for p in _paras(src):
        if p.strip() == "---":
            body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>')
            continue
        lines = [_inline(x) for x in p.split("\n")]
        body.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % "<br>\n".join(lines))
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:%s;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:%s;
\tfont-family:"%s",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.E-MailFormatvorlage17
\t{mso-style-type:personal-compose;
\tfont-family:"%s",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-fareast-language:EN-US;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
%s
</div>
</body>
</html>
""" % (charset, font, size, font, font, lang, "\n".join(body)))


def html_owa(src, charset, font="Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif"):
    divs = []
    for p in _paras(src):
        if p.strip() == "---":
            divs.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
            continue
        for x in p.split("\n"):
            divs.append('<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>'
                        % (font, _inline(x) or "<br>"))
        divs.append('<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>' % font)
    return ("""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
%s
</body>
</html>
""" % (charset, "\n".join(divs)))


def html_gmail(src):
    out = []
    for p in _paras(src):
        for x in p.split("\n"):
            out.append("<div>%s</div>" % (_inline(x) or "<br>"))
        out.append("<div><br></div>")
    inner = "".join(out[:-1])
    return '<div dir="ltr">%s</div>\n' % inner


def html_tb(src, charset="UTF-8"):
    ps = []
    for p in _paras(src):
        ps.append("    <p>%s</p>" % "<br>\n      ".join(_inline(x) for x in p.split("\n")))
    return ("""<!DOCTYPE html>
<html>
  <head>

    <meta http-equiv="content-type" content="text/html; charset=%s">
  </head>
  <body>
%s
  </body>
</html>
""" % (charset, "\n".join(ps)))


def html_webmail(src, charset="UTF-8", font="Verdana"):
    ps = []
    for p in _paras(src):
        ps.append("<div>%s</div>\n\n<div>&nbsp;</div>" % "<br/>\n".join(_inline(x) for x in p.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>'
            '<div style="font-family: %s, sans-serif; font-size: 12px">%s</div></body></html>\n' % (charset, font, "\n".join(ps)))


def html_esp(src, charset="utf-8", brand="", color="#0f6cbd", logo_text="", footer="", lang="en", preheader="",
             width=600, font="Segoe UI, Helvetica, Arial, sans-serif", title=""):
    rows = []
    for p in _paras(src):
        if p.startswith("## "):
            rows.append('<tr><td style="padding:8px 32px 4px 32px;font-family:%s;font-size:19px;font-weight:600;color:#1b1b1b">%s</td></tr>'
                        % (font, _inline(p[3:])))
            continue
        if LINK.fullmatch(p.strip()) and p.strip().startswith("[[!"):
            rows.append('<tr><td align="left" style="padding:14px 32px 18px 32px">%s</td></tr>' % _inline(p.strip(), color))
            continue
        rows.append('<tr><td style="padding:6px 32px;font-family:%s;font-size:14px;line-height:21px;color:#323130">%s</td></tr>'
                    % (font, "<br>".join(_inline(x, color) for x in p.split("\n"))))
    foot = "<br>".join(_inline(x) for x in footer.split("\n")) if footer else ""
    return ("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>%s</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f4f4">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">%s</div>
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f4">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-collapse:collapse">
<tr><td style="background-color:%s;padding:18px 32px;font-family:%s;font-size:20px;font-weight:700;color:#ffffff">%s</td></tr>
<tr><td style="height:14px"></td></tr>
%s
<tr><td style="height:18px"></td></tr>
<tr><td style="padding:16px 32px;background-color:#fafafa;font-family:%s;font-size:11px;line-height:16px;color:#6e6e6e">%s</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
""" % (lang, charset, _html.escape(title or brand), _html.escape(preheader), width, color, font, _html.escape(logo_text or brand),
       "\n".join(rows), font, foot))


# ---------------------------------------------------------------- part factories
def tp(text, charset="utf-8", cte="quoted-printable", label=None, flowed=False):
    return Part("text/plain", text, charset=charset, cte=cte, label=label, format_flowed=flowed)


def hp(html, charset="utf-8", cte="quoted-printable", label=None):
    return Part("text/html", html, charset=charset, cte=cte, label=label)


def alt(env, *parts):
    return Part("multipart/alternative", parts=list(parts), boundary=env.boundary())


def mixed(env, *parts, preamble=None):
    return Part("multipart/mixed", parts=list(parts), boundary=env.boundary(), preamble=preamble)


def related(env, *parts, type_="text/html"):
    return Part("multipart/related", parts=list(parts), boundary=env.boundary(), ctype_params=['type="%s"' % type_])


def att(ctype, data, filename, **kw):
    return Part(ctype, data, cte="base64", filename=filename, disposition="attachment", **kw)


def inline_img(ctype, data, filename, cid):
    return Part(ctype, data, cte="base64", filename=filename, disposition="inline", cid=cid)
