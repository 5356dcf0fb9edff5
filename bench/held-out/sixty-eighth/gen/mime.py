"""MIME part construction with explicit charset / transfer-encoding control,
in the header styles of the various sending systems."""
import html as _html
import quopri
import re
import urllib.parse

from util import b64_lines, ew_words, fmt_date, fold, is_ascii, hexs, rs


class Leaf:
    def __init__(self, headers, body, info):
        self.headers = headers
        self.body = body
        self.info = info


class Multi:
    def __init__(self, subtype, parts, boundary, extra='', inline=False):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.extra = extra
        self.inline = inline


def encode_text(text, cs, cte):
    text = text.replace('\r\n', '\n')
    if not text.endswith('\n'):
        text += '\n'
    data = text.encode(cs)          # strict: raises if not representable
    if cte in ('7bit', '8bit'):
        if cte == '7bit':
            data.decode('ascii')
        for ln in data.split(b'\n'):
            assert len(ln) < 990, 'line too long for %s' % cte
        return data.replace(b'\n', b'\r\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).replace(b'\n', b'\r\n')
    if cte == 'base64':
        return b64_lines(data.replace(b'\n', b'\r\n')).encode('ascii')
    raise ValueError(cte)


def text_part(body, sub='plain', cs='utf-8', cte='quoted-printable',
              style='outlook', flowed=False, extra=()):
    if style == 'gmail':
        ct = 'text/%s; charset="%s"' % (sub, cs.upper())
    elif style == 'outlook':
        ct = 'text/%s; charset="%s"' % (sub, cs)
    elif style == 'tb':
        ct = 'text/%s; charset=%s' % (sub, cs.upper())
        if flowed and sub == 'plain':
            ct += '; format=flowed'
    elif style == 'apple':
        ct = 'text/%s;\n\tcharset=%s' % (sub, cs)
    elif style == 'rc':
        ct = 'text/%s; charset=%s' % (sub, cs.upper())
        if flowed and sub == 'plain':
            ct += ';\n format=flowed'
    else:
        ct = 'text/%s; charset=%s' % (sub, cs)
    if style == 'apple':
        hdrs = [('Content-Transfer-Encoding', cte), ('Content-Type', ct)]
    else:
        hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    hdrs += list(extra)
    return Leaf(hdrs, encode_text(body, cs, cte),
                {'kind': 'text', 'ctype': 'text/' + sub, 'charset': cs,
                 'cte': cte})


def _rfc2231(name, value, cs='UTF-8'):
    q = urllib.parse.quote(value.encode('utf-8'), safe='!#$&+-.^_`|~')
    if len(q) < 60:
        return "%s*=%s''%s" % (name, cs, q)
    chunks, cur = [], ''
    for tok in re.findall(r'%[0-9A-F]{2}|.', q):
        if len(cur) + len(tok) > 50:
            chunks.append(cur)
            cur = ''
        cur += tok
    chunks.append(cur)
    return ';\n '.join('%s*%d*=%s%s' % (name, k, ("%s\'\'" % cs) if k == 0 else '', c)
                        for k, c in enumerate(chunks))


def attachment(data, ctype, filename, style='outlook', t=None, inline=False,
               cid=None, fn_cs='utf-8', fn_mode='B', size=True, xattach=None,
               ct_extra=''):
    disp = 'inline' if inline else 'attachment'
    if is_ascii(filename):
        qn = '"%s"' % filename
        name_p = 'name=%s' % qn
        fn_p = 'filename=%s' % qn
    elif style == 'tb':
        name_p = 'name="%s"' % ' '.join(ew_words(filename, 'UTF-8', 'B', 200))
        fn_p = _rfc2231('filename', filename)
    else:
        w = '"%s"' % ' '.join(ew_words(filename, fn_cs, fn_mode, 200))
        name_p = 'name=%s' % w
        fn_p = 'filename=%s' % w
    hdrs = []
    if style == 'outlook':
        hdrs.append(('Content-Type', '%s;%s\n\t%s' % (ctype, ct_extra, name_p)))
        hdrs.append(('Content-Description', filename if is_ascii(filename)
                     else ' '.join(ew_words(filename, fn_cs, fn_mode))))
        d = '%s;\n\t%s' % (disp, fn_p)
        if size and t is not None:
            ds = fmt_date(t, 'GMT', 'gmt')
            d += ';\n\tsize=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (
                len(data), ds, ds)
        hdrs.append(('Content-Disposition', d))
        if cid:
            hdrs.append(('Content-ID', '<%s>' % cid))
        hdrs.append(('Content-Transfer-Encoding', 'base64'))
    elif style == 'gmail':
        hdrs.append(('Content-Type', '%s; %s' % (ctype, name_p)))
        hdrs.append(('Content-Disposition', '%s; %s' % (disp, fn_p)))
        hdrs.append(('Content-Transfer-Encoding', 'base64'))
        hdrs.append(('Content-ID', '<%s>' % (cid or xattach)))
        hdrs.append(('X-Attachment-Id', xattach or cid))
    elif style == 'apple':
        hdrs.append(('Content-Disposition', '%s;\n\t%s' % (disp, fn_p)))
        hdrs.append(('Content-Type', '%s;\n\tx-unix-mode=0644;\n\t%s' % (ctype, name_p)))
        hdrs.append(('Content-Transfer-Encoding', 'base64'))
        if cid:
            hdrs.append(('Content-Id', '<%s>' % cid))
    else:
        hdrs.append(('Content-Type', '%s;%s\n %s' % (ctype, ct_extra, name_p)))
        hdrs.append(('Content-Disposition', '%s;\n %s' % (disp, fn_p)))
        hdrs.append(('Content-Transfer-Encoding', 'base64'))
        if cid:
            hdrs.append(('Content-ID', '<%s>' % cid))
    return Leaf(hdrs, b64_lines(data).encode('ascii'),
                {'kind': 'inline' if inline else 'attach', 'ctype': ctype,
                 'filename': filename, 'data': data})


def serialize_headers(hdrs):
    out = ''
    for n, v in hdrs:
        assert is_ascii(v), (n, v)
        out += fold(n, v)
    return out.encode('ascii')


def render(part):
    if isinstance(part, Leaf):
        return part.headers, part.body
    b = part.boundary
    if part.inline:
        ct = 'multipart/%s; boundary="%s"%s' % (part.subtype, b, part.extra)
    else:
        ct = 'multipart/%s;\n\tboundary="%s"%s' % (part.subtype, b, part.extra)
    body = b''
    for ch in part.parts:
        h, bd = render(ch)
        if not bd.endswith(b'\r\n'):
            bd += b'\r\n'
        body += b'--' + b.encode() + b'\r\n' + serialize_headers(h) + b'\r\n' + bd + b'\r\n'
    body += b'--' + b.encode() + b'--\r\n'
    return [('Content-Type', ct)], body


def walk_info(part, depth=0):
    """Yield (depth, info-or-multipart-name) for the manifest."""
    if isinstance(part, Leaf):
        yield depth, part.info
    else:
        yield depth, {'kind': 'multi', 'ctype': 'multipart/' + part.subtype}
        for ch in part.parts:
            yield from walk_info(ch, depth + 1)


# ------------------------------------------------------------- boundaries
def boundary(rng, style, seed=''):
    if style == 'outlook':
        return '_000_%s_' % seed
    if style == 'gmail':
        return '000000000000' + hexs(rng, 16)
    if style == 'tb':
        return '------------' + rs(rng, 24)
    if style == 'apple':
        return 'Apple-Mail=_' + str(__import__('uuid').UUID(int=rng.getrandbits(128))).upper()
    if style == 'rc':
        return '=_' + hexs(rng, 32)
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (rng.randint(100000, 9999999),
                                        rng.randint(100000000, 2147483647),
                                        rng.randint(1760000000000, 1767000000000))
    if style == 'php':
        return 'b1=_' + rs(rng, 43)
    if style == 'mc':
        return '_----------=_MCPart_%d' % rng.randint(100000000, 2147483647)
    if style == 'mailru':
        return '----ALT--' + rs(rng, 32) + str(rng.randint(1000000000, 1999999999))
    if style == 'hex':
        return hexs(rng, 32)
    if style == 'olk16':
        return '----=_NextPart_000_%04X_01DC%04X.%08X' % (
            rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(32))
    if style == 'sg':
        return hexs(rng, 64)
    if style == 'ox':
        return '----=_Part_%d_%d.%d' % (rng.randint(1000, 99999),
                                        rng.randint(100000, 999999),
                                        rng.randint(1760000000000, 1767000000000))
    if style == 'yandex':
        return '----==--bound.%d.%s.yp-c.yandex.net' % (
            rng.randint(100000, 999999), rs(rng, 12, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    if style == 'bat':
        return '----------%s' % hexs(rng, 16, upper=True)
    return '=_' + hexs(rng, 28)


# ------------------------------------------------------------------- markup
LINK = re.compile(r'\[\[(.+?)\|(.+?)\]\]')
IMG = re.compile(r'^\{\{img\|(.+?)\|(.+?)\|(\d+)\}\}$')
BOLD = re.compile(r'\*\*(.+?)\*\*')
QUOTE = '-----QUOTE-----'


def md_text(md, link_style='angle'):
    def lk(m):
        if link_style == 'angle':
            return '%s <%s>' % (m.group(1), m.group(2))
        if link_style == 'colon':
            return '%s: %s' % (m.group(1), m.group(2))
        if link_style == 'bracket':
            return '%s [%s]' % (m.group(1), m.group(2))
        if link_style == 'url':
            return m.group(2)
        return m.group(1)
    s = LINK.sub(lk, md)
    s = BOLD.sub(lambda m: m.group(1), s)
    s = re.sub(r'\{\{img\|(.+?)\|(.+?)\|(\d+)\}\}', lambda m: '[%s]' % m.group(2), s)
    return s


def _inline_html(s, link_attr=''):
    out, pos = '', 0
    for m in LINK.finditer(s):
        out += _esc_bold(s[pos:m.start()])
        out += '<a href="%s"%s>%s</a>' % (_html.escape(m.group(2)), link_attr,
                                          _esc_bold(m.group(1)))
        pos = m.end()
    return out + _esc_bold(s[pos:])


def _esc_bold(s):
    s = _html.escape(s, quote=False)
    return BOLD.sub(lambda m: '<b>%s</b>' % m.group(1), s)


def paragraphs(md):
    return [p for p in re.split(r'\n\s*\n', md.strip('\n'))]


def md_html_blocks(md, ptag='p', pattr='', link_attr=''):
    out = []
    for p in paragraphs(md):
        lines = p.split('\n')
        im = IMG.match(p.strip())
        if im:
            out.append('<%s%s><img width="%s" height="%s" src="cid:%s" alt="%s"></%s>' % (
                ptag, pattr, im.group(3), im.group(3), im.group(1), _html.escape(im.group(2)), ptag))
            continue
        if all(l.startswith('- ') for l in lines):
            out.append('<ul>%s</ul>' % ''.join(
                '<li>%s</li>' % _inline_html(l[2:], link_attr) for l in lines))
        else:
            out.append('<%s%s>%s</%s>' % (ptag, pattr, '<br>\n'.join(
                _inline_html(l, link_attr) for l in lines), ptag))
    return '\n'.join(out)


def split_quote(md):
    if QUOTE in md:
        a, b = md.split(QUOTE, 1)
        return a.rstrip('\n'), b.strip('\n')
    return md, None


def outlook_text(md):
    main, q = split_quote(md)
    s = md_text(main)
    if q:
        s += '\n\n' + md_text(q)
    return s


def outlook_html(md, cs, lang='DE'):
    main, q = split_quote(md)
    body = md_html_blocks(main, 'p', ' class="MsoNormal"')
    if q:
        body += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                 'padding:3.0pt 0cm 0cm 0cm">\n' +
                 md_html_blocks(q, 'p', ' class="MsoNormal"') + '\n</div>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";'
            '\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Aptos;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t'
            '{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (cs, lang, body))


def gmail_text(md):
    main, q = split_quote(md)
    s = md_text(main)
    if q:
        ql = md_text(q).split('\n')
        s += '\n\n' + ql[0] + '\n\n' + '\n'.join(
            ('> ' + l) if l else '>' for l in ql[1:]).lstrip('>\n')
    return s


def gmail_html(md):
    main, q = split_quote(md)
    parts = []
    for p in paragraphs(main):
        parts.append('<div>%s</div>' % '<br>'.join(_inline_html(l) for l in p.split('\n')))
    body = '<div dir="ltr">' + '<div><br></div>'.join(parts) + '</div>'
    if q:
        ql = q.split('\n')
        body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                 'class="gmail_attr">%s<br></div><blockquote class="gmail_quote" '
                 'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                 'padding-left:1ex">%s</blockquote></div>'
                 % (_inline_html(ql[0]), md_html_blocks('\n'.join(ql[1:]), 'div')))
    return body + '\n'


def tb_html(md, cs):
    main, q = split_quote(md)
    body = md_html_blocks(main)
    if q:
        ql = q.split('\n')
        body += ('\n<div class="moz-cite-prefix">%s<br></div>\n<blockquote type="cite">%s'
                 '</blockquote>' % (_inline_html(ql[0]), md_html_blocks('\n'.join(ql[1:]))))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" '
            'content="text/html; charset=%s">\n  </head>\n  <body>\n%s\n  </body>\n</html>\n'
            % (cs, body))


def olk16_html(md, cs, lang='EL'):
    """Outlook desktop (POP/IMAP account) HTML - same Word engine."""
    return outlook_html(md, cs, lang)


# ---------------------------------------------------------------- ESP pages
def esp_html(blocks, color='#1a1a1a', brand='', footer='', preheader='',
             lang='de', cs='utf-8', logo_text=None, link_attr=' target="_blank"'):
    rows = []
    for b in blocks:
        kind = b[0]
        if kind == 'h':
            rows.append('<tr><td style="padding:24px 32px 8px 32px;font-family:Arial,'
                        'Helvetica,sans-serif;font-size:20px;font-weight:bold;color:#222">'
                        '%s</td></tr>' % _inline_html(b[1]))
        elif kind == 'p':
            rows.append('<tr><td style="padding:8px 32px;font-family:Arial,Helvetica,'
                        'sans-serif;font-size:15px;line-height:22px;color:#333">%s</td></tr>'
                        % md_html_blocks(b[1], 'p', ' style="margin:0 0 12px 0"', link_attr))
        elif kind == 'btn':
            rows.append('<tr><td align="center" style="padding:16px 32px 24px 32px">'
                        '<table role="presentation" cellpadding="0" cellspacing="0"><tr>'
                        '<td style="background:%s;border-radius:4px"><a href="%s"%s '
                        'style="display:inline-block;padding:13px 28px;font-family:Arial,'
                        'Helvetica,sans-serif;font-size:15px;font-weight:bold;color:#ffffff;'
                        'text-decoration:none">%s</a></td></tr></table></td></tr>'
                        % (color, _html.escape(b[2]), link_attr, _html.escape(b[1])))
        elif kind == 'img':
            rows.append('<tr><td align="center" style="padding:12px 32px"><img src="cid:%s" '
                        'width="%d" height="%d" alt="%s" style="display:block;border:0"></td></tr>'
                        % (b[1], b[3], b[3], _html.escape(b[2])))
        elif kind == 'table':
            cells = ''.join('<tr><td style="padding:4px 8px 4px 0;color:#666">%s</td>'
                            '<td style="padding:4px 0;color:#222"><b>%s</b></td></tr>'
                            % (_html.escape(k), _inline_html(v)) for k, v in b[1])
            rows.append('<tr><td style="padding:8px 32px"><table role="presentation" '
                        'style="font-family:Arial,Helvetica,sans-serif;font-size:14px">%s'
                        '</table></td></tr>' % cells)
        elif kind == 'small':
            rows.append('<tr><td style="padding:8px 32px;font-family:Arial,Helvetica,'
                        'sans-serif;font-size:11px;line-height:16px;color:#888">%s</td></tr>'
                        % md_html_blocks(b[1], 'p', ' style="margin:0 0 8px 0"', link_attr))
        elif kind == 'raw':
            rows.append(b[1])
    head = ''
    if preheader:
        head = ('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">%s'
                '</div>' % _html.escape(preheader))
    logo = ''
    if logo_text or brand:
        logo = ('<tr><td style="background:%s;padding:18px 32px;font-family:Arial,Helvetica,'
                'sans-serif;font-size:22px;font-weight:bold;color:#ffffff">%s</td></tr>'
                % (color, _html.escape(logo_text or brand)))
    foot = ''
    if footer:
        foot = ('<tr><td style="padding:16px 32px 24px 32px;border-top:1px solid #e5e5e5;'
                'font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;'
                'color:#999">%s</td></tr>' % md_html_blocks(footer, 'p',
                                                             ' style="margin:0 0 6px 0"',
                                                             link_attr))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n</head>\n<body style="margin:0;padding:0;background:#f4f4f4">\n%s\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" '
            'style="background:#f4f4f4"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;max-width:600px">\n%s\n%s\n%s\n</table>\n'
            '</td></tr></table>\n</body>\n</html>\n'
            % (lang, cs, _html.escape(brand), head, logo, '\n'.join(rows), foot))


def esp_text(blocks, footer='', link_style='colon'):
    out = []
    for b in blocks:
        if b[0] in ('h', 'p', 'small'):
            out.append(md_text(b[1], link_style))
        elif b[0] == 'btn':
            out.append('%s: %s' % (b[1], b[2]))
        elif b[0] == 'table':
            out.append('\n'.join('%s: %s' % (k, md_text(v, link_style)) for k, v in b[1]))
        elif b[0] == 'img' and len(b) > 4:
            out.append(b[4])
    if footer:
        out.append('--\n' + md_text(footer, link_style))
    return '\n\n'.join(out)
