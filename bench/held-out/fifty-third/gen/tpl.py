"""Text/HTML templates shared by the message modules."""
import html as _h

from mime import Text, Multi, Blob

def esc(s):
    return _h.escape(s, quote=True)


def paras(text):
    """Plain text -> list of HTML paragraphs (blank line separated)."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<br>\n".join(esc(l) for l in block.split("\n")))
    return out


def mso_html(text, lang="DE", font="Calibri", quote_html=""):
    """Outlook/Word style HTML rendering of a plain text body."""
    ps = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % p
                   for p in paras(text))
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:%s; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"%s",sans-serif; mso-ligatures:standardcontextual; mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
span.E-MailFormatvorlage17 {mso-style-type:personal-compose; font-family:"%s",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt; mso-fareast-language:EN-US;}
@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
%s
%s
</div>
</body>
</html>
""" % (font, font, font, lang, ps, quote_html))


def simple_html(text, font="Arial, sans-serif", size="10pt"):
    body = "\n".join("<div>%s</div><div><br></div>" % p for p in paras(text))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__"></head>'
            '<body><div style="font-family: %s; font-size: %s">\n%s\n</div></body></html>\n' % (font, size, body))


def gmail_html(text):
    body = "".join('<div dir="ltr">%s</div><div dir="ltr"><br></div>' % p for p in paras(text))
    return '<div dir="ltr">%s</div>\n' % body


def alt(rt, plain, html, charset="utf-8", cte="quoted-printable", hcte=None, label=None, quote_cs=True,
        params=""):
    html = html.replace("__CHARSET__", label or charset)
    return Multi("alternative", [
        Text(plain, "plain", charset, cte, label=label, quote_cs=quote_cs, params=params),
        Text(html, "html", charset, hcte or cte, label=label, quote_cs=quote_cs),
    ], rt.boundary())


def mixed(rt, first, *atts):
    return Multi("mixed", [first] + list(atts), rt.boundary())


def pdf_att(data, name, style="2047", cs="utf-8", octet=False):
    return Blob(data, "application/octet-stream" if octet else "application/pdf", name, fname_style=style,
                fname_charset=cs)


def quote_block(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines.split("\n"))


HDR_WORDS = {
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
}


def outlook_quote(lang, frm, sent, to, subject, text, cc=None):
    w = HDR_WORDS[lang]
    head = ["%s: %s" % (w[0], frm), "%s: %s" % (w[1], sent), "%s: %s" % (w[2], to)]
    if cc:
        head.append("%s: %s" % (w[3], cc))
    head.append("%s: %s" % (w[4], subject))
    return "\n".join(head) + "\n\n" + text.strip("\n") + "\n"


def outlook_quote_html(lang, frm, sent, to, subject, text, cc=None):
    w = HDR_WORDS[lang]
    rows = ["<b>%s:</b> %s" % (w[0], esc(frm)), "<b>%s:</b> %s" % (w[1], esc(sent)), "<b>%s:</b> %s" % (w[2], esc(to))]
    if cc:
        rows.append("<b>%s:</b> %s" % (w[3], esc(cc)))
    rows.append("<b>%s:</b> %s" % (w[4], esc(subject)))
    body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % p for p in paras(text))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n'
            % ("<br>\n".join(rows), body))


# --------------------------------------------------------------- lure-page styles
def button(url, label, bg="#0067b8", fg="#ffffff"):
    return ('<table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr><td style="border-radius:4px;'
            'background:%s"><a href="%s" style="display:inline-block;padding:11px 26px;font-family:Segoe UI,Arial,'
            'sans-serif;font-size:15px;color:%s;text-decoration:none;font-weight:600">%s</a></td></tr></table>'
            % (bg, esc(url), fg, esc(label)))


def card_html(title, inner, brand="", brand_color="#1f3b64", footer="", lang="de", width=600):
    return ("""<!DOCTYPE html>
<html lang="%s"><head><meta charset="__CHARSET__"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title></head>
<body style="margin:0;padding:0;background:#f3f4f6">
<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" border="0" style="background:#f3f4f6">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="%d" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;border:1px solid #e5e7eb">
<tr><td style="background:%s;padding:16px 28px;font-family:Segoe UI,Arial,sans-serif;font-size:18px;color:#ffffff;font-weight:600">%s</td></tr>
<tr><td style="padding:28px;font-family:Segoe UI,Arial,sans-serif;font-size:14px;line-height:1.55;color:#1f2937">
%s
</td></tr>
<tr><td style="padding:16px 28px;font-family:Segoe UI,Arial,sans-serif;font-size:11px;line-height:1.5;color:#6b7280;border-top:1px solid #e5e7eb">%s</td></tr>
</table></td></tr></table>
</body></html>
""" % (lang, esc(title), width, brand_color, brand, inner, footer))


def p(*items):
    return "\n".join('<p style="margin:0 0 14px 0">%s</p>' % i for i in items)


def kv_table(rows):
    tr = "".join('<tr><td style="padding:4px 16px 4px 0;color:#6b7280;white-space:nowrap">%s</td>'
                 '<td style="padding:4px 0;font-weight:600">%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)
    return '<table role="presentation" cellspacing="0" cellpadding="0" border="0" style="margin:8px 0 18px 0;font-size:14px">%s</table>' % tr


def fill(html, charset):
    return html.replace("__CHARSET__", charset)
