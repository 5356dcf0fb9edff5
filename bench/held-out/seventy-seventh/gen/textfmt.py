"""Tiny markup used in message sources, rendered to text/plain and text/html.

  [[label|url]]        link (a paragraph holding only a link becomes a button in brand mails)
  **bold**             bold
  - item               list item
  {{img:cid|alt|w}}    inline image (multipart/related)
  ~~~~                 start of a quoted earlier message (reply separator)
  > line               quoted line
"""
import html
import re

LINK = re.compile(r'\[\[([^|\]]+)\|([^\]]+)\]\]')
IMG = re.compile(r'\{\{img:([^|}]+)\|([^|}]*)\|(\d+)\}\}')
BOLD = re.compile(r'\*\*(.+?)\*\*')
URL = re.compile(r'(?<!["=>])(https?://[^\s<>"]+[^\s<>".,;:)])')


def to_plain(src, link='angle'):
    def rl(m):
        label, url = m.group(1), m.group(2)
        if link == 'angle':
            return '%s <%s>' % (label, url)
        if link == 'colon':
            return '%s: %s' % (label, url)
        if link == 'paren':
            return '%s ( %s )' % (label, url)
        return url
    s = LINK.sub(rl, src)
    s = IMG.sub(lambda m: '[%s]' % m.group(2) if m.group(2) else '', s)
    s = BOLD.sub(r'\1', s)
    s = s.replace('~~~~\n', '')
    return s


def _inline(t, link_style=''):
    t = html.escape(t, quote=False)
    out = []
    pos = 0
    # links first (escape already applied; brackets untouched)
    def rl(m):
        return '<a href="%s"%s>%s</a>' % (m.group(2).replace('&amp;', '&amp;'), link_style, m.group(1))
    t = LINK.sub(rl, t)
    t = IMG.sub(lambda m: '<img src="cid:%s" alt="%s" width="%s" height="%s" style="display:block">'
                % (m.group(1), m.group(2), m.group(3), m.group(3)), t)
    t = BOLD.sub(r'<b>\1</b>', t)
    t = URL.sub(lambda m: '<a href="%s"%s>%s</a>' % (m.group(1), link_style, m.group(1)), t)
    return t


def _blocks(src):
    main, _, quoted = src.partition('~~~~\n')
    return [b for b in re.split(r'\n\s*\n', main.strip('\n'))], quoted


def _para_html(block, p_open, p_close, br='<br>\n', link_style=''):
    lines = block.split('\n')
    if all(l.startswith('- ') for l in lines):
        return '<ul>\n' + '\n'.join('<li>%s</li>' % _inline(l[2:], link_style) for l in lines) + '\n</ul>'
    if all(l.startswith('>') for l in lines):
        return ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                + br.join(_inline(l[1:].lstrip(), link_style) for l in lines) + '</blockquote>')
    return p_open + br.join(_inline(l, link_style) for l in lines) + p_close


def html_outlook(src, charset, lang='DE'):
    blocks, quoted = _blocks(src)
    body = []
    for b in blocks:
        for line in b.split('\n'):
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_inline(line) or '&nbsp;'))
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if quoted:
        body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        for line in quoted.strip('\n').split('\n'):
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_inline(line) or '&nbsp;'))
        body.append('</div>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
            '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#467886;\n'
            '\ttext-decoration:underline;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
            '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
            '--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, lang, '\n'.join(body)))


def html_gmail(src):
    blocks, quoted = _blocks(src)
    parts = []
    for b in blocks:
        for line in b.split('\n'):
            parts.append('<div>%s</div>' % (_inline(line) or '<br>'))
        parts.append('<div><br></div>')
    out = '<div dir="ltr">' + ''.join(parts) + '</div>'
    if quoted:
        q = quoted.strip('\n').split('\n')
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + _inline(q[0]) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + '<br>\n'.join(_inline(l.lstrip('> ')) for l in q[1:]) + '</blockquote></div>')
    return out + '\n'


def html_simple(src, charset, body_style='', lang=None):
    blocks, quoted = _blocks(src)
    paras = [_para_html(b, '<p>', '</p>') for b in blocks]
    if quoted:
        paras.append('<div class="moz-cite-prefix"><blockquote type="cite">'
                     + '<br>\n'.join(_inline(l) for l in quoted.strip('\n').split('\n'))
                     + '</blockquote></div>')
    return ('<!DOCTYPE html>\n<html%s>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '</head>\n<body%s>\n%s\n</body>\n</html>\n'
            % (' lang="%s"' % lang if lang else '', charset,
               ' style="%s"' % body_style if body_style else '', '\n'.join(paras)))


def html_brand(src, charset, brand, color='#1a4f8b', footer='', logo_html=None, title='',
               pixel=None, lang=None, font='Arial,Helvetica,sans-serif', text_color='#ffffff'):
    """Branded notification layout; layout details vary per brand (deterministic)."""
    import hashlib
    h = hashlib.sha256(brand.encode('utf-8')).digest()
    bg = ['#f3f4f6', '#ffffff', '#eeeeee', '#f6f6f6', '#edf1f5'][h[0] % 5]
    width = [600, 620, 640, 580][h[1] % 4]
    fsize = [14, 15, 13][h[2] % 3]
    pmargin = [14, 16, 12][h[3] % 3]
    radius = [0, 3, 4, 6, 20][h[4] % 5]
    hstyle = h[5] % 3
    blocks, _ = _blocks(src)
    body = []
    ls = ' style="color:%s"' % color
    for b in blocks:
        m = LINK.fullmatch(b.strip())
        if m:
            body.append('<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
                        'style="margin:18px 0"><tr><td bgcolor="%s" style="border-radius:%dpx">'
                        '<a href="%s" target="_blank" style="display:inline-block;padding:12px 28px;'
                        'font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a>'
                        '</td></tr></table>' % (color, radius, m.group(2), html.escape(m.group(1), quote=False)))
        else:
            body.append(_para_html(b, '<p style="margin:0 0 %dpx 0">' % pmargin, '</p>', link_style=ls))
    head = logo_html or html.escape(brand, quote=False)
    if hstyle == 0:
        header = ('<tr><td style="background:%s;padding:18px 28px;color:%s;font-size:20px;font-weight:bold">%s</td></tr>'
                  % (color, text_color, head))
    elif hstyle == 1:
        header = ('<tr><td style="padding:22px 28px 14px 28px;border-bottom:3px solid %s;color:%s;font-size:22px;'
                  'font-weight:bold">%s</td></tr>' % (color, color, head))
    else:
        header = ('<tr><td align="center" style="padding:26px 28px 8px 28px;color:%s;font-size:24px;'
                  'font-weight:bold;letter-spacing:0.5px">%s</td></tr>' % (color, head))
    foot = '<br>\n'.join(_inline(l, ' style="color:#777777"') for l in footer.split('\n')) if footer else ''
    px = ('\n<img src="%s" width="1" height="1" alt="" border="0" style="display:block;width:1px;height:1px">'
          % pixel) if pixel else ''
    return ('<!DOCTYPE html>\n<html%s>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:%s;font-family:%s">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="%s">'
            '<tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" '
            'style="background:#ffffff;border:1px solid #e3e3e3">\n%s\n'
            '<tr><td style="padding:28px;font-size:%dpx;line-height:%dpx;color:#222222">\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 28px;font-size:11px;line-height:16px;color:#777777;'
            'border-top:1px solid #eeeeee">%s</td></tr>\n</table>\n</td></tr></table>%s\n</body>\n</html>\n'
            % (' lang="%s"' % lang if lang else '', charset, html.escape(title, quote=False), bg, font, bg, width,
               header, fsize, fsize + 7, '\n'.join(body), foot, px))
