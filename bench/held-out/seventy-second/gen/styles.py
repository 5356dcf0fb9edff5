"""Render one message text into the plain/HTML parts that particular mail clients emit.
Markup in the source text:  [label](url)  for links,  **bold**."""
import html as _html
import re

import mime

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"\*\*([^*\s][^*]*?)\*\*")


def plain(s):
    def rl(m):
        label, url = m.group(1), m.group(2)
        if label == url:
            return url
        if url.startswith("mailto:") and label == url[7:]:
            return label
        return "%s <%s>" % (label, url)
    s = _LINK.sub(rl, s)
    return _BOLD.sub(r"\1", s)


def _inline(s, link_style=""):
    s = _html.escape(s, quote=False)

    def rl(m):
        return '<a href="%s"%s>%s</a>' % (m.group(2).replace("&amp;", "&amp;"), link_style, m.group(1))
    s = _LINK.sub(rl, s)
    return _BOLD.sub(r"<b>\1</b>", s)


def outlook_html(s, lang="DE", charset="iso-8859-1"):
    paras = []
    for line in s.split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.startswith(">"):
            paras.append('<p class="MsoNormal" style="margin-left:35.4pt">%s<o:p></o:p></p>' % _inline(line[1:].lstrip()))
        else:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _inline(line))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
            '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (charset, lang, "\n".join(paras))


def gmail_html(s):
    out = []
    quote = []
    for line in s.split("\n"):
        if line.startswith(">"):
            quote.append(_inline(line[1:].lstrip()))
            continue
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % "<br>".join(quote))
            quote = []
        out.append("<div>%s</div>" % (_inline(line) if line.strip() else "<br>"))
    if quote:
        out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % "<br>".join(quote))
    return '<div dir="ltr">%s</div>\n' % "".join(out)


def simple_html(s, charset="utf-8", font="Arial, sans-serif"):
    body = []
    for block in s.split("\n\n"):
        body.append("<p>%s</p>" % "<br>\n".join(_inline(l) for l in block.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:%s;font-size:14px">\n%s\n</body></html>\n') % (charset, font, "\n".join(body))


def apple_html(s):
    body = "".join("<div>%s</div>" % (_inline(l) if l.strip() else "<br>") for l in s.split("\n"))
    return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>\n') % body


def zimbra_html(s):
    body = "".join("<div>%s</div>" % (_inline(l) if l.strip() else "<br data-mce-bogus=\"1\">") for l in s.split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '%s</div></body></html>') % body


def esp_html(title, blocks, button=None, footer="", brand_color="#1a73e8", logo_text=None,
             preheader="", charset="utf-8", width=600, img=None, after=None):
    """Table-based template as used by newsletters and notification systems.
    blocks: list of strings (paragraphs, markup allowed) ; button: (label, url)."""
    ps = "\n".join('<tr><td style="padding:0 32px 14px 32px;font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333333">%s</td></tr>'
                   % "<br>".join(_inline(l) for l in b.split("\n")) for b in blocks)
    btn = ""
    if button:
        btn = ('<tr><td align="center" style="padding:10px 32px 26px 32px"><table role="presentation" cellpadding="0" cellspacing="0"><tr>'
               '<td bgcolor="%s" style="border-radius:4px"><a href="%s" target="_blank" style="display:inline-block;padding:12px 28px;'
               'font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a></td>'
               '</tr></table></td></tr>') % (brand_color, _html.escape(button[1]), _html.escape(button[0]))
    if img:
        btn = ('<tr><td align="center" style="padding:6px 32px 18px 32px"><img src="%s" width="%d" height="%d" alt="%s" '
               'style="display:block;border:0"></td></tr>' % (img[0], img[1], img[1], _html.escape(img[2]))) + btn
    if after:
        btn += "\n".join('<tr><td style="padding:0 32px 14px 32px;font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:19px;color:#555555">%s</td></tr>'
                          % "<br>".join(_inline(l) for l in b.split("\n")) for b in after)
    logo = ""
    if logo_text:
        logo = ('<tr><td style="padding:22px 32px;background:%s;font-family:Helvetica,Arial,sans-serif;font-size:20px;'
                'font-weight:bold;color:#ffffff">%s</td></tr>') % (brand_color, _html.escape(logo_text))
    foot = ""
    if footer:
        foot = ('<tr><td style="padding:18px 32px;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:16px;color:#888888;'
                'border-top:1px solid #e5e5e5">%s</td></tr>') % "<br>".join(_inline(l) for l in footer.split("\n"))
    pre = ""
    if preheader:
        pre = '<div style="display:none;max-height:0;overflow:hidden">%s</div>' % _html.escape(preheader)
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f4f4f4">%s\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" bgcolor="#f4f4f4"><tr><td align="center" style="padding:20px 0">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" bgcolor="#ffffff">\n%s\n'
            '<tr><td style="padding:26px 32px 10px 32px;font-family:Helvetica,Arial,sans-serif;font-size:20px;color:#111111;font-weight:bold">%s</td></tr>\n'
            '%s\n%s\n%s\n</table>\n</td></tr></table>\n</body></html>\n') % (
        charset, _html.escape(title), pre, width, logo, _html.escape(title), ps, btn, foot)


def esp_plain(title, blocks, button=None, footer=""):
    s = title + "\n\n" + "\n\n".join(plain(b) for b in blocks)
    if button:
        s += "\n\n%s: %s" % (button[0], button[1])
    if footer:
        s += "\n\n--\n" + plain(footer)
    return s + "\n"


# ------------------------------------------------------------ convenience builders
def alt(text_src, html_src, boundary, charset="utf-8", cte_plain="quoted-printable",
        cte_html="quoted-printable", flowed=False, quote_charset=True):
    return mime.multi("alternative", [
        mime.text(text_src, "plain", charset, cte_plain, flowed=flowed, quote_charset=quote_charset),
        mime.text(html_src, "html", charset, cte_html, quote_charset=quote_charset)], boundary)


def outlook_alt(src, boundary, charset="iso-8859-1", cte="quoted-printable", lang="DE"):
    return alt(plain(src), outlook_html(src, lang, charset), boundary, charset, cte, cte)


def gmail_alt(src, boundary, cte="quoted-printable"):
    return alt(plain(src), gmail_html(src), boundary, "UTF-8", cte, cte)


def reply_quote_outlook(labels, frm, sent, to, subject, body, cc=None):
    """Outlook-style quoted original below a reply. labels: dict of header words."""
    lines = ["", "%s: %s" % (labels["from"], frm), "%s: %s" % (labels["sent"], sent),
             "%s: %s" % (labels["to"], to)]
    if cc:
        lines.append("%s: %s" % (labels["cc"], cc))
    lines += ["%s: %s" % (labels["subject"], subject), "", body]
    return "\n".join(lines)


LABELS = {
    "de": {"from": "Von", "sent": "Gesendet", "to": "An", "cc": "Cc", "subject": "Betreff"},
    "en": {"from": "From", "sent": "Sent", "to": "To", "cc": "Cc", "subject": "Subject"},
    "it": {"from": "Da", "sent": "Inviato", "to": "A", "cc": "Cc", "subject": "Oggetto"},
    "pl": {"from": "Od", "sent": "Wysłane", "to": "Do", "cc": "DW", "subject": "Temat"},
    "es": {"from": "De", "sent": "Enviado el", "to": "Para", "cc": "CC", "subject": "Asunto"},
    "el": {"from": "Από", "sent": "Αποστολή", "to": "Προς", "cc": "Κοιν.", "subject": "Θέμα"},
    "ru": {"from": "От", "sent": "Отправлено", "to": "Кому", "cc": "Копия", "subject": "Тема"},
}
