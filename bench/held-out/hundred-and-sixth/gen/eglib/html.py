"""HTML body helpers in the styles of the sending systems."""
from html import escape


def _paras(text):
    out = []
    for block in text.strip('\n').split('\n\n'):
        out.append('<br>\n'.join(escape(l) for l in block.split('\n')))
    return out


def outlook(text, lang='DE', font='Calibri', quoted_html=''):
    """Outlook / Word style HTML (MsoNormal paragraphs)."""
    ps = []
    for block in text.strip('\n').split('\n\n'):
        for line in block.split('\n'):
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (escape(line) if line else '&nbsp;'))
        ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n'
            '\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
            '</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
            '</o:shapelayout></xml><![endif]-->\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n' % (font, font, font, lang, '\n'.join(ps), quoted_html))


def gmail(text, quoted_html=''):
    ps = []
    for block in text.strip('\n').split('\n\n'):
        ps.append('<div>%s</div>' % '<br>'.join(escape(l) for l in block.split('\n')))
    return '<div dir="ltr">%s</div>%s\n' % ('<div><br></div>'.join(ps), quoted_html)


def plain_div(text, font='Arial, sans-serif', size='13px'):
    ps = ''.join('<p style="margin:0 0 12px 0">%s</p>' % p for p in _paras(text))
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:%s">%s</div></body></html>\n' % (font, size, ps))


def notice(title, body_html, button=None, url=None, color='#0078d4', brand='', footer='', logo_html='',
           lang='de', preheader='', width=600, bg='#f3f3f3', font="'Segoe UI', Helvetica, Arial, sans-serif"):
    """Branded transactional template (tables, inline CSS)."""
    btn = ''
    if button:
        btn = ('<table role="presentation" cellspacing="0" cellpadding="0" border="0" style="margin:24px 0">'
               '<tr><td style="border-radius:4px;background:%s"><a href="%s" target="_blank" '
               'style="display:inline-block;padding:12px 28px;font-family:%s;font-size:15px;color:#ffffff;'
               'text-decoration:none;font-weight:600">%s</a></td></tr></table>' % (color, escape(url, True), font, escape(button)))
    pre = ('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">%s</div>' % escape(preheader)) if preheader else ''
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n</head>\n<body style="margin:0;padding:0;background:%s">\n%s'
            '<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" border="0" style="background:%s">\n<tr><td align="center" style="padding:24px 12px">\n'
            '<table role="presentation" width="%d" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;max-width:%dpx">\n'
            '<tr><td style="padding:20px 32px;border-bottom:3px solid %s;font-family:%s;font-size:18px;font-weight:600;color:#222">%s</td></tr>\n'
            '<tr><td style="padding:28px 32px 8px 32px;font-family:%s;font-size:14px;line-height:21px;color:#333">\n'
            '<h1 style="font-size:20px;font-weight:600;margin:0 0 16px 0;color:#111">%s</h1>\n%s\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 32px 24px 32px;font-family:%s;font-size:11px;line-height:16px;color:#777">%s</td></tr>\n'
            '</table>\n</td></tr>\n</table>\n</body>\n</html>\n' % (
                lang, escape(title), bg, pre, bg, width, width, color, font, logo_html or escape(brand), font,
                escape(title), body_html, btn, font, footer))


def p(text, style='margin:0 0 14px 0'):
    return '\n'.join('<p style="%s">%s</p>' % (style, x) for x in _paras(text))
