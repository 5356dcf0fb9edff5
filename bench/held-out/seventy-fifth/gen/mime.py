"""Byte-exact MIME serialisation with explicit charsets and transfer encodings."""
import base64
import binascii
import html as _html
import re
import urllib.parse

from common import ew, hhex, hstr, huuid, hint, is_ascii, ALNUM

CURRENT_MS = [1790000000000]  # set per message by lib.assemble (message date, ms)


class Part:
    def __init__(self, ctype, text=None, data=None, cs=None, cte=None, params=None,
                 filename=None, disp=None, cid=None, parts=None, boundary=None,
                 flowed=False, desc=None, fn_style='rfc2231', quote_cs=True, extra=None,
                 disp_params=None, preamble=None, wrap=None):
        self.ctype = ctype
        self.text = text
        self.data = data
        self.cs = cs
        self.cte = cte
        self.params = params or []
        self.filename = filename
        self.disp = disp
        self.cid = cid
        self.parts = parts
        self.boundary = boundary
        self.flowed = flowed
        self.desc = desc
        self.fn_style = fn_style
        self.quote_cs = quote_cs
        self.extra = extra or []
        self.disp_params = disp_params or []
        self.preamble = preamble
        self.wrap = wrap

    # --- info for the manifest --------------------------------------------
    def is_attachment(self):
        return self.disp == 'attachment' or (self.filename is not None and self.disp != 'inline') \
            or (self.disp == 'inline' and self.filename is not None and not self.ctype.startswith('text/'))

    def describe(self):
        if self.parts is not None:
            return '%s[%s]' % (self.ctype.split('/')[1], ', '.join(p.describe() for p in self.parts))
        short = {'text/plain': 'plain', 'text/html': 'html', 'text/calendar': 'calendar'}.get(self.ctype, self.ctype)
        if self.filename:
            tag = 'inline ' if self.disp == 'inline' else ''
            return "%s%s '%s'" % (tag, short, self.filename)
        return short

    def body_text_parts(self):
        if self.parts is not None:
            for p in self.parts:
                yield from p.body_text_parts()
        elif self.ctype in ('text/plain', 'text/html') and not self.filename:
            yield self


_TYPO = {'\u2013': '-', '\u2014': '-', '\u201e': '"', '\u201c': '"', '\u201d': '"', '\u2018': "'",
         '\u2019': "'", '\u2026': '...', '\u00a0': ' ', '\u00ab': '"', '\u00bb': '"', '\u2116': 'N ',
         '\u20ac': 'EUR', '\u00b7': '-', '\u2022': '*'}


def degrade(text, cs):
    """Replace typographic characters the legacy charset cannot carry, the way
    a user typing in such a client would have written them."""
    try:
        text.encode(cs)
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_TYPO.get(ch, ch))
    return ''.join(out)


def flow(text, width=72):
    """format=flowed encoding (RFC 3676): soft line breaks end in a space."""
    out = []
    for line in text.split('\n'):
        if line.startswith('>') or len(line) <= width or line.startswith('-- '):
            if line.startswith(('From ', ' ')) and not line.startswith('>'):
                line = ' ' + line
            out.append(line.rstrip(' ') if line != '-- ' else line)
            continue
        words = line.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)


def hardwrap(text, width=76):
    out = []
    for line in text.split('\n'):
        if len(line) <= width or line.startswith('>'):
            out.append(line)
            continue
        cur = ''
        for w in line.split(' '):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)


def _qp(raw):
    enc = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
    # dots and "From " at line start are harmless; make lines end in \n
    return enc


def _b64(raw):
    return base64.encodebytes(raw)


def _param(name, value, quote=True):
    if is_ascii(value):
        return '%s="%s"' % (name, value) if quote else '%s=%s' % (name, value)
    raise ValueError('non-ascii param')


def _fn_params(p, kind):
    fn = p.filename
    if is_ascii(fn):
        return ['%s="%s"' % (kind, fn)]
    if p.fn_style == 'rfc2047':
        return ['%s="%s"' % (kind, ew(fn, 'utf-8', 'B', first_room=200).replace('\n ', ''))]
    q = urllib.parse.quote(fn.encode('utf-8'), safe='')
    toks = re.findall(r'%[0-9A-F]{2}|.', q)
    chunks = ['']
    for t in toks:
        if len(chunks[-1]) + len(t) > 60:
            chunks.append('')
        chunks[-1] += t
    if len(chunks) == 1:
        return ["%s*=utf-8''%s" % (kind, chunks[0])]
    return ["%s*%d*=%s%s" % (kind, i, "utf-8''" if i == 0 else '', c) for i, c in enumerate(chunks)]


def serialize(p, key, bstyle='generic', depth=0):
    """Returns (header_lines, body_bytes) for part p."""
    hdr = []
    if p.parts is not None:
        b = p.boundary or make_boundary(key + '/' + str(depth), bstyle, depth)
        ct = '%s;\n\tboundary="%s"' % (p.ctype, b)
        for n, v in p.params:
            ct += ';\n\t%s' % _param(n, v)
        hdr.append('Content-Type: ' + ct)
        hdr.extend(p.extra)
        body = bytearray()
        if p.preamble:
            body += p.preamble.encode() + b'\n\n'
        for i, sub in enumerate(p.parts):
            sh, sb = serialize(sub, key + '.%d' % i, bstyle, depth + 1)
            body += b'--' + b.encode() + b'\n'
            body += '\n'.join(sh).encode('ascii') + b'\n\n'
            body += sb
            if not sb.endswith(b'\n'):
                body += b'\n'
            body += b'\n' if not sb.endswith(b'\n\n') else b''
        body += b'--' + b.encode() + b'--\n'
        return hdr, bytes(body)

    ct = p.ctype
    if p.text is not None:
        csq = ('"%s"' % p.cs) if p.quote_cs else p.cs
        ct += '; charset=%s' % csq
        if p.flowed:
            ct += '; format=flowed'
            if p.cte in ('quoted-printable', 'base64'):
                pass
    for n, v in p.params:
        ct += ';\n\t' + _param(n, v)
    if p.filename and p.disp != 'inline-noname':
        ct += ';\n\t' + ';\n\t'.join(_fn_params(p, 'name'))
    hdr.append('Content-Type: ' + ct)
    if p.desc:
        hdr.append('Content-Description: ' + (p.desc if is_ascii(p.desc) else ew(p.desc, 'utf-8', 'B')))
    if p.text is not None:
        t = p.text.replace('\r\n', '\n')
        if p.flowed:
            t = flow(t)
        elif p.cte in ('7bit', '8bit') and p.wrap is not False:
            t = hardwrap(t, p.wrap or 76)
        if not t.endswith('\n'):
            t += '\n'
        t = degrade(t, p.cs)
        try:
            raw = t.encode(p.cs)
        except UnicodeEncodeError as e:
            raise ValueError('%s: %s cannot encode %r' % (key, p.cs, t[max(0, e.start - 30):e.end + 10]))
        cte = p.cte
        if cte == '7bit':
            assert all(c < 128 for c in raw), 'non-ascii in 7bit part (%s)' % key
        if cte in ('7bit', '8bit'):
            assert max(len(x) for x in raw.split(b'\n')) <= 998
            body = raw
        elif cte == 'quoted-printable':
            body = _qp(raw)
        elif cte == 'base64':
            body = _b64(raw)
        else:
            raise ValueError(cte)
    else:
        cte = p.cte or 'base64'
        if cte == 'base64':
            body = _b64(p.data)
        elif cte in ('7bit', '8bit'):
            body = p.data
        else:
            body = _qp(p.data)
    hdr.append('Content-Transfer-Encoding: ' + cte)
    if p.disp and p.disp != 'inline-noname':
        d = 'inline' if p.disp == 'inline' else p.disp
        if p.filename:
            d += ';\n\t' + ';\n\t'.join(_fn_params(p, 'filename'))
        for n, v in p.disp_params:
            d += ';\n\t%s=%s' % (n, v)
        hdr.append('Content-Disposition: ' + d)
    if p.cid:
        hdr.append('Content-ID: <%s>' % p.cid)
    hdr.extend(p.extra)
    return hdr, body


def make_boundary(key, style, depth):
    if style == 'outlook':
        base = key.split('/')[0].split('.')[0]
        ft = (CURRENT_MS[0] // 1000 + 11644473600) * 10000000 + hint(base + 'ft', 0, 9999999)
        return '----=_NextPart_%03d_%04X_%08X.%08X' % (depth, hint(base + 'np', 1, 0x3FF) + depth, ft >> 32,
                                                      ft & 0xFFFFFFFF)
    if style == 'exchange':
        return '_%03d_%s_' % (depth, hstr(key, 36, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
    if style == 'gmail':
        return '0000000000' + hhex(key, 18)
    if style == 'thunderbird':
        return '------------' + hstr(key, 24, ALNUM)
    if style == 'apple':
        return 'Apple-Mail=_' + huuid(key, upper=True)
    if style == 'phpmailer':
        return 'b%d_%s' % (depth + 1, hstr(key, 43, ALNUM))
    if style == 'roundcube':
        return '=_' + hhex(key, 32)
    if style == 'ox':
        return '----=_Part_%d_%d.%d' % (int(hhex(key, 6), 16) % 900000, int(hhex(key + 'x', 8), 16) % 2000000000,
                                        CURRENT_MS[0] - hint(key + 'y', 200, 9000))
    if style == 'zoho':
        return '----=_Part_%d_%d.%d' % (int(hhex(key, 5), 16), int(hhex(key + 'x', 8), 16) % 2000000000,
                                        CURRENT_MS[0] - hint(key + 'y', 200, 9000))
    if style == 'sendgrid':
        return hhex(key, 64)
    if style == 'mailchimp':
        return '_----------=_MCPart_' + str(int(hhex(key, 8), 16))
    if style == 'docusign':
        return '--boundary_%d_%s' % (depth, huuid(key))
    if style == 'yandex':
        return '----==%s----' % hb64k(key)
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (int(hhex(key, 5), 16), int(hhex(key + 'x', 8), 16) % 2000000000,
                                        CURRENT_MS[0] - hint(key + 'y', 200, 9000))
    if style == 'horde':
        return '=_%s' % hstr(key, 24, ALNUM)
    if style == 'foxmail':
        return '----=_001_NextPart%s_=----' % hdigits_k(key)
    if style == 'ses':
        return '----=_Part_%d_%d.%d' % (int(hhex(key, 5), 16), int(hhex(key + 'x', 8), 16) % 2000000000,
                                        CURRENT_MS[0] - hint(key + 'y', 200, 9000))
    return '=_%s' % hhex(key, 28)


def hb64k(key):
    return hstr(key, 22, ALNUM)


def hdigits_k(key):
    return hstr(key, 12, '0123456789')


# --------------------------------------------------------------------------
# lightweight markup -> plain / html
#   [[text|url]]   link            [[!text|url]]  button
#   **bold**       bold in html, unchanged in plain
# --------------------------------------------------------------------------
LINK = re.compile(r'\[\[(!?)([^|\]]+)\|([^\]]+)\]\]')
BOLD = re.compile(r'\*\*(.+?)\*\*')


def to_plain(src, link_style='angle'):
    def rep(m):
        btn, t, u = m.groups()
        if t == u:
            return u
        if link_style == 'bracket':
            return '%s [%s]' % (t, u)
        if btn:
            return '%s:\n%s' % (t, u)
        return '%s <%s>' % (t, u)
    s = LINK.sub(rep, src)
    return BOLD.sub(lambda m: m.group(1), s)


def _inline_html(line, accent):
    out = []
    pos = 0
    for m in LINK.finditer(line):
        out.append(_html.escape(line[pos:m.start()], quote=False))
        btn, t, u = m.groups()
        if btn:
            out.append('<a href="%s" style="display:inline-block;background:%s;color:#ffffff;'
                       'padding:10px 22px;border-radius:3px;text-decoration:none;font-weight:bold">%s</a>'
                       % (_html.escape(u), accent, _html.escape(t)))
        else:
            out.append('<a href="%s">%s</a>' % (_html.escape(u), _html.escape(t)))
        pos = m.end()
    out.append(_html.escape(line[pos:], quote=False))
    s = ''.join(out)
    return BOLD.sub(lambda m: '<b>%s</b>' % m.group(1), s)


def to_html(src, style='generic', cs='utf-8', accent='#1a5fb4', title='', lang='de'):
    paras = src.strip('\n').split('\n\n')
    if style == 'outlook':
        body = []
        for para in paras:
            for ln in para.split('\n'):
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_inline_html(ln, accent) or '&nbsp;'))
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
                '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
                'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (cs, lang.upper(), '\n'.join(body)))
    if style == 'gmail':
        divs = []
        for i, para in enumerate(paras):
            if i:
                divs.append('<div><br></div>')
            for ln in para.split('\n'):
                divs.append('<div>%s</div>' % (_inline_html(ln, accent) or '<br>'))
        return '<div dir="ltr">%s</div>\n' % ''.join(divs)
    if style == 'simple':
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>\n%s\n</body></html>\n'
                % (cs, '\n'.join('<p>%s</p>' % '<br>\n'.join(_inline_html(l, accent) for l in para.split('\n'))
                                 for para in paras)))
    # 'generic' ESP / notification template
    rows = '\n'.join('<tr><td style="padding:6px 32px;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
                     'line-height:21px;color:#333333">%s</td></tr>'
                     % '<br>\n'.join(_inline_html(l, accent) for l in para.split('\n')) for para in paras)
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="%s">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f4f6">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f4f6">'
            '<tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            'border-top:4px solid %s">\n<tr><td style="height:18px"></td></tr>\n%s\n'
            '<tr><td style="height:24px"></td></tr>\n</table>\n</td></tr></table>\n</body></html>\n'
            % (lang, cs, _html.escape(title), accent, rows))
