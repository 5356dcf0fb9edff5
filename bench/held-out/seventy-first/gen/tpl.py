"""Text/HTML rendering in the styles of common mail clients. Links in source text: [[label|url]]."""
import html as _h
import re

LINK = re.compile(r'\[\[(.+?)\|(.+?)\]\]')


def plain(text, style='outlook'):
    def rep(m):
        label, url = m.group(1), m.group(2)
        if label == url:
            return url
        if style == 'gmail':
            return '%s <%s>' % (label, url)
        if style == 'service':
            return '%s:\n%s' % (label, url)
        if style == 'bare':
            return label
        return '%s <%s>' % (label, url)
    return LINK.sub(rep, text)


def _inline(s):
    out = []
    pos = 0
    for m in LINK.finditer(s):
        out.append(_h.escape(s[pos:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (_h.escape(m.group(2)), _h.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(_h.escape(s[pos:], quote=False))
    return ''.join(out)


OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
'''


def outlook_html(text, charset, lang='DE'):
    body = []
    for line in text.rstrip('\n').split('\n'):
        if line.strip() == '':
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _inline(line))
    return OUTLOOK_HEAD % (charset, lang) + '\n'.join(body) + '\n</div>\n</body>\n</html>\n'


def gmail_html(text):
    parts = []
    for line in text.rstrip('\n').split('\n'):
        if line.strip() == '':
            parts.append('<div><br></div>')
        else:
            parts.append('<div>%s</div>' % _inline(line))
    return '<div dir="ltr">' + ''.join(parts) + '</div>\n'


def gmail_reply_html(text, quote_head, quoted):
    q = '<br>'.join(_inline(l) for l in quoted.rstrip('\n').split('\n'))
    return (gmail_html(text).rstrip('\n') + '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            + _h.escape(quote_head) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + q + '</blockquote></div>\n')


def tb_html(text, charset='UTF-8'):
    paras = text.rstrip('\n').split('\n\n')
    body = '\n'.join('    <p>%s</p>' % '<br>\n      '.join(_inline(l) for l in p.split('\n')) for p in paras)
    return ('<!DOCTYPE html>\n<html>\n  <head>\n\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
            '  </head>\n  <body>\n%s\n  </body>\n</html>\n' % (charset, body))


def apple_html(text):
    lines = text.rstrip('\n').split('\n')
    body = ''.join('<div>%s</div>' % (_inline(l) if l.strip() else '<br>') for l in lines)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">%s</body></html>' % body)


def service_html(title, paras, button=None, footer='', color='#1a1a1a', logo_cid=None, lang='de', charset='utf-8',
                 brand='', extra_rows=''):
    """Transactional / marketing style HTML (table layout)."""
    ps = '\n'.join('<p style="margin:0 0 14px 0;font-size:14px;line-height:21px;color:#333333;">%s</p>' % _inline(p)
                   for p in paras)
    btn = ''
    if button:
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="%s" '
               'style="border-radius:3px;"><a href="%s" style="display:inline-block;padding:12px 26px;font-size:14px;'
               'font-weight:bold;color:#ffffff;text-decoration:none;">%s</a></td></tr></table>' % (
                   color, _h.escape(button[1]), _h.escape(button[0], quote=False)))
    logo = ''
    if logo_cid:
        logo = '<img src="cid:%s" width="180" alt="%s" style="display:block;border:0;">' % (logo_cid, _h.escape(brand))
    elif brand:
        logo = '<span style="font-size:20px;font-weight:bold;color:%s;">%s</span>' % (color, _h.escape(brand, quote=False))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background-color:#f4f4f4;">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center" style="padding:24px 12px;">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;">\n'
            '<tr><td style="padding:24px 32px 8px 32px;">%s</td></tr>\n'
            '<tr><td style="padding:8px 32px 0 32px;"><h1 style="margin:0 0 18px 0;font-size:20px;line-height:26px;color:#111111;">%s</h1>\n%s\n%s\n%s</td></tr>\n'
            '<tr><td style="padding:24px 32px 28px 32px;font-size:11px;line-height:16px;color:#888888;">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n' % (
                lang, charset, _h.escape(title, quote=False), logo, _h.escape(title, quote=False), ps, btn, extra_rows,
                '<br>'.join(_inline(l) for l in footer.split('\n'))))


def outlook_quote_de(frm, sent, to, subject, cc=None):
    s = 'Von: %s\nGesendet: %s\nAn: %s\n' % (frm, sent, to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Betreff: %s\n' % subject
