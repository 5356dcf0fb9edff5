"""HTML renderers in the style of common mail clients and notification
systems, plus matching plain-text renderings."""
import html as _h
import re


def esc(s):
    return _h.escape(s, quote=False)


def esc_attr(s):
    return _h.escape(s, quote=True)


def linkify(s):
    """Escape text and turn bare URLs into links."""
    out = []
    pos = 0
    for mt in re.finditer(r'https?://[^\s<>"]+[^\s<>".,;:)]', s):
        out.append(esc(s[pos:mt.start()]))
        u = mt.group(0)
        out.append('<a href="%s">%s</a>' % (esc_attr(u), esc(u)))
        pos = mt.end()
    out.append(esc(s[pos:]))
    return ''.join(out)


# --------------------------------------------------------------- Outlook ---
def outlook_html(text, lang='DE', quoted=None, sig_img_cid=None, font='Calibri', size='11.0pt',
                 quote_header=None, charset=None, extra_head=''):
    """Word-generated HTML as sent by Outlook desktop / Exchange.
    text: body (paragraphs separated by blank lines, lines by \\n);
    quoted: optional earlier message text shown below a header block."""
    mso_lang = {'DE': 'DE', 'EN': 'EN-GB', 'IT': 'IT', 'PL': 'PL', 'ES': 'ES', 'EL': 'EL', 'RU': 'RU'}.get(lang, lang)
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n')
    if charset:
        head += '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset
    head += ('<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
             + extra_head +
             '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
             '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
             '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:%s;\n'
             '\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
             'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
             'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
             '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
             '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
             'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n'
             '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
             '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n'
             '</head>\n' % (font, size, font, font))
    body = ['<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">' % mso_lang,
            '<div class="WordSection1">']

    def paras(t):
        res = []
        for block in t.split('\n'):
            if block.strip() == '':
                res.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                res.append('<p class="MsoNormal">%s<o:p></o:p></p>' % linkify(block))
        return res
    body += paras(text)
    if sig_img_cid:
        body.append('<p class="MsoNormal"><img width="180" height="48" style="width:1.875in;height:.5in" '
                    'id="Grafik_x0020_1" src="cid:%s" alt="Logo"><o:p></o:p></p>' % sig_img_cid)
    if quoted:
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        body.append('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        if quote_header:
            hl = []
            for k, v in quote_header:
                hl.append('<b>%s</b> %s' % (esc(k), esc(v)))
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % '<br>\n'.join(hl))
        body.append('</div>\n</div>')
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        body += paras(quoted)
    body.append('</div>\n</body>\n</html>\n')
    return head + '\n'.join(body)


def outlook_quote_plain(quote_header, quoted):
    lines = ['', '']
    lines += ['%s %s' % (k, v) for k, v in quote_header]
    lines.append('')
    lines.append(quoted)
    return '\n'.join(lines)


# ------------------------------------------------------------------ Gmail ---
def gmail_html(text, quoted_intro=None, quoted=None):
    parts = ['<div dir="ltr">']
    for ln in text.split('\n'):
        parts.append('<div>%s</div>' % (linkify(ln) if ln.strip() else '<br>'))
    parts.append('</div>')
    if quoted:
        parts.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                     'padding-left:1ex">%s</blockquote></div>' % (esc(quoted_intro or ''),
                                                                 '<br>'.join(linkify(x) for x in quoted.split('\n'))))
    return ''.join(parts) + '\n'


def gmail_quote_plain(intro, quoted):
    return '\n\n' + intro + '\n\n' + '\n'.join(('> ' + x) if x else '>' for x in quoted.split('\n'))


# ------------------------------------------------------------ Thunderbird ---
def tb_html(text, lang='de-DE'):
    out = ['<!DOCTYPE html>', '<html>', '  <head>',
           '    <meta http-equiv="content-type" content="text/html; charset=UTF-8">', '  </head>',
           '  <body>']
    for block in text.split('\n\n'):
        out.append('    <p>%s</p>' % '<br>\n      '.join(linkify(x) for x in block.split('\n')))
    out += ['  </body>', '</html>', '']
    return '\n'.join(out)


def apple_html(text):
    out = ['<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
           '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    for ln in text.split('\n'):
        out.append('<div>%s</div>' % (linkify(ln) if ln.strip() else '<br>'))
    out.append('</body></html>')
    return ''.join(out)


def flowed(text, width=72):
    """format=flowed rendering (RFC 3676) with space-stuffing."""
    out = []
    for line in text.split('\n'):
        if line.startswith('>'):
            out.append(line)
            continue
        if line.startswith(' ') or line.startswith('From '):
            line = ' ' + line
        if len(line) <= width:
            out.append(line.rstrip(' '))
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)


def hard_wrap(text, width=76):
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
            continue
        cur = ''
        for w in line.split(' '):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)


# ----------------------------------------------------- notification mails ---
def notif(blocks, brand='', color='#1a73e8', logo_cid=None, logo_alt='', width=600, lang='en', title='',
          font='Arial,Helvetica,sans-serif', bg='#f4f4f4', footer=None, preheader=None):
    """Render a structured notification to (html, text).
    blocks: ('h', text) heading, ('p', text), ('btn', label, url), ('small', text),
    ('kv', [(k, v)...]), ('hr',), ('list', [items]), ('link', label, url), ('code', text),
    ('img', cid, alt, w, h), ('html', raw_html, plain_text)."""
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">' % lang,
         '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
         '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
         '<title>%s</title>' % esc(title or brand), '</head>',
         '<body style="margin:0;padding:0;background-color:%s;">' % bg]
    if preheader:
        h.append('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">%s</div>' % esc(preheader))
    h += ['<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="%s">' % bg,
          '<tr><td align="center" style="padding:24px 12px;">',
          '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" '
          'style="background:#ffffff;border-collapse:collapse;">' % width]
    t = []
    if logo_cid or brand:
        h.append('<tr><td style="padding:20px 32px;border-bottom:3px solid %s;">' % color)
        if logo_cid:
            h.append('<img src="cid:%s" alt="%s" width="160" height="40" style="display:block;border:0;" />'
                     % (logo_cid, esc_attr(logo_alt or brand)))
        else:
            h.append('<span style="font-family:%s;font-size:20px;font-weight:bold;color:%s;">%s</span>'
                     % (font, color, esc(brand)))
        h.append('</td></tr>')
        if brand:
            t.append(brand)
            t.append('')
    h.append('<tr><td style="padding:24px 32px;font-family:%s;font-size:14px;line-height:21px;color:#222222;">' % font)
    for b in blocks:
        k = b[0]
        if k == 'h':
            h.append('<h1 style="font-size:20px;line-height:26px;margin:0 0 16px 0;color:#111111;">%s</h1>' % esc(b[1]))
            t += [b[1], '']
        elif k == 'p':
            h.append('<p style="margin:0 0 14px 0;">%s</p>' % '<br />'.join(linkify(x) for x in b[1].split('\n')))
            t += [b[1], '']
        elif k == 'small':
            h.append('<p style="margin:0 0 12px 0;font-size:12px;line-height:17px;color:#666666;">%s</p>'
                     % '<br />'.join(linkify(x) for x in b[1].split('\n')))
            t += [b[1], '']
        elif k == 'btn':
            h.append('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 20px 0;">'
                     '<tr><td bgcolor="%s" style="border-radius:4px;"><a href="%s" target="_blank" '
                     'style="display:inline-block;padding:12px 28px;font-family:%s;font-size:15px;font-weight:bold;'
                     'color:#ffffff;text-decoration:none;">%s</a></td></tr></table>'
                     % (color, esc_attr(b[2]), font, esc(b[1])))
            t += ['%s: %s' % (b[1], b[2]), '']
        elif k == 'link':
            h.append('<p style="margin:0 0 14px 0;"><a href="%s" style="color:%s;">%s</a></p>'
                     % (esc_attr(b[2]), color, esc(b[1])))
            t += ['%s <%s>' % (b[1], b[2]), '']
        elif k == 'kv':
            h.append('<table role="presentation" cellpadding="4" cellspacing="0" border="0" '
                     'style="margin:0 0 16px 0;font-family:%s;font-size:14px;">' % font)
            for kk, vv in b[1]:
                h.append('<tr><td style="color:#666666;padding-right:16px;vertical-align:top;">%s</td>'
                         '<td style="color:#111111;">%s</td></tr>' % (esc(kk), linkify(vv)))
                t.append('%s: %s' % (kk, vv))
            h.append('</table>')
            t.append('')
        elif k == 'list':
            h.append('<ul style="margin:0 0 14px 18px;padding:0;">%s</ul>'
                     % ''.join('<li style="margin:0 0 6px 0;">%s</li>' % linkify(i) for i in b[1]))
            t += ['- ' + i for i in b[1]] + ['']
        elif k == 'hr':
            h.append('<hr style="border:none;border-top:1px solid #dddddd;margin:18px 0;" />')
            t += ['-' * 40, '']
        elif k == 'code':
            h.append('<p style="margin:0 0 16px 0;font-size:22px;letter-spacing:3px;font-weight:bold;'
                     'font-family:Consolas,monospace;">%s</p>' % esc(b[1]))
            t += [b[1], '']
        elif k == 'img':
            h.append('<p style="margin:0 0 14px 0;"><img src="cid:%s" alt="%s" width="%d" height="%d" '
                     'style="display:block;border:0;" /></p>' % (b[1], esc_attr(b[2]), b[3], b[4]))
        elif k == 'html':
            h.append(b[1])
            if b[2]:
                t += [b[2], '']
    h.append('</td></tr>')
    if footer:
        h.append('<tr><td style="padding:16px 32px;background:#fafafa;font-family:%s;font-size:11px;'
                 'line-height:16px;color:#888888;">%s</td></tr>'
                 % (font, '<br />'.join(linkify(x) for x in footer.split('\n'))))
        t += ['--', footer]
    h += ['</table>', '</td></tr></table>', '</body>', '</html>', '']
    return '\n'.join(h), '\n'.join(t).rstrip('\n') + '\n'
