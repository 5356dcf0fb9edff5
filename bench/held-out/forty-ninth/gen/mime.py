"""Hand-rolled MIME writer so that charsets, transfer encodings, header
styles and boundaries look like the sending system's, not like Python's."""
import base64
import html as _html
import quopri
import re
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
EU_DST_END = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_DST_END = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)     # 02:00 PDT
USE_DST_END = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)    # 02:00 EDT

PY_CODEC = {'windows-1252': 'cp1252', 'windows-1250': 'cp1250', 'windows-1251': 'cp1251',
            'windows-1253': 'cp1253'}


def U(mo, d, h, mi, s=0):
    return datetime(2026, mo, d, h, mi, s, tzinfo=UTC)


def zone_info(t, zone):
    eu = t < EU_DST_END
    table = {
        'DE': (2, 'CEST') if eu else (1, 'CET'),
        'CET': (2, 'CEST') if eu else (1, 'CET'),
        'GR': (3, 'EEST') if eu else (2, 'EET'),
        'UK': (1, 'BST') if eu else (0, 'GMT'),
        'RU': (3, 'MSK'),
        'UTC': (0, 'UTC'),
        'US-P': (-7, 'PDT') if t < US_DST_END else (-8, 'PST'),
        'US-E': (-4, 'EDT') if t < USE_DST_END else (-5, 'EST'),
        'BR': (-3, '-03'), 'VN': (7, '+07'), 'NG': (1, 'WAT'), 'IN': (5.5, 'IST'),
        'TR': (3, '+03'),
    }
    off, abbr = table[zone]
    return timedelta(hours=off), abbr


def rfc_date(t, zone, comment=False):
    off, abbr = zone_info(t, zone)
    lt = t.astimezone(timezone(off))
    s = lt.strftime('%a, %d %b %Y %H:%M:%S ')
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    s += '%s%02d%02d' % (sign, abs(mins) // 60, abs(mins) % 60)
    if comment:
        s += ' (%s)' % abbr
    return s


def local_dt(t, zone):
    off, _ = zone_info(t, zone)
    return t.astimezone(timezone(off))


def codec(cs):
    return PY_CODEC.get(cs.lower(), cs.lower())


# ---------------------------------------------------------------- RFC 2047
_QSAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _qenc(b):
    return ''.join('_' if c == 32 else chr(c) if c in _QSAFE else '=%02X' % c for c in b)


def enc_words(s, cs='utf-8', enc='Q', maxlen=75):
    try:
        s.encode(codec(cs))
    except UnicodeEncodeError:   # like real MUAs: fall back to UTF-8 for this word
        cs, enc = 'utf-8', 'B'
    pre = '=?%s?%s?' % (cs, enc)
    words, cur = [], ''

    def render(txt):
        b = txt.encode(codec(cs))
        body = _qenc(b) if enc.upper() == 'Q' else base64.b64encode(b).decode()
        return pre + body + '?='
    for ch in s:
        if cur and len(render(cur + ch)) > maxlen:
            stripped = cur.rstrip(' ')
            if stripped and stripped != cur:
                words.append(render(stripped))
                cur = cur[len(stripped):] + ch
            else:
                words.append(render(cur))
                cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return words


def needs_enc(s):
    return any(ord(c) > 126 for c in s)


def htext(s, cs='utf-8', enc='Q'):
    """Unstructured header text (Subject)."""
    if not needs_enc(s):
        return s
    return '\n '.join(enc_words(s, cs, enc))


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs='utf-8', enc='Q'):
    if not name:
        return '<%s>' % email if False else email
    if needs_enc(name):
        return '%s <%s>' % ('\n '.join(enc_words(name, cs, enc)), email)
    if any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def addr_list(items, cs='utf-8', enc='Q'):
    parts = []
    for it in items:
        if isinstance(it, str):
            parts.append(it)
        else:
            parts.append(addr(it[0], it[1], cs, enc))
    return ',\n '.join(parts) if sum(len(p) for p in parts) > 60 else ', '.join(parts)


def fold(value, width=76):
    """Fold an ASCII header value at spaces (keeps existing newlines)."""
    out = []
    for seg in value.split('\n'):
        line = ''
        for w in seg.split(' '):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = ' ' + w if not w.startswith(('\t', ' ')) else w
            else:
                line = (line + ' ' + w) if line else w
        out.append(line)
    return '\n'.join(out)


# ---------------------------------------------------------------- bodies
def encode_body(data, cte):
    """data: bytes (already in charset), returns str body."""
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii').rstrip('\n')
    if cte == 'quoted-printable':
        return quopri.encodestring(data, quotetabs=False).decode('ascii').rstrip('\n')
    if cte == '7bit':
        data.decode('ascii')
        return data.decode('ascii').rstrip('\n')
    if cte == '8bit':
        return data  # bytes, kept raw
    raise ValueError(cte)


class Part:
    def __init__(self, ctype, params=None, data=b'', cte=None, children=None,
                 filename=None, disposition=None, cid=None, extra=None,
                 fn_style='quoted', kind=None, charset=None, text=None):
        self.ctype = ctype
        self.params = params or []
        self.data = data
        self.cte = cte
        self.children = children or []
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.extra = extra or []
        self.fn_style = fn_style
        self.kind = kind          # 'body' for text bodies
        self.charset = charset
        self.text = text


def T(text, cs='utf-8', cte='quoted-printable', sub='plain', params=None):
    text = text.lstrip('\n')
    if cte == 'base64':
        raw = text.replace('\r\n', '\n').replace('\n', '\r\n').encode(codec(cs))
    else:
        raw = text.encode(codec(cs))
    p = [('charset', cs)] + (params or [])
    return Part('text/' + sub, p, raw, cte, kind='body', charset=cs, text=text)


def H(html, cs='utf-8', cte='quoted-printable'):
    return T(html, cs, cte, sub='html')


def ALT(*parts):
    return Part('multipart/alternative', children=list(parts))


def MIX(*parts):
    return Part('multipart/mixed', children=list(parts))


def REL(*parts, typ='text/html'):
    return Part('multipart/related', [('type', typ)], children=list(parts))


def A(filename, data, ctype, cte='base64', inline=False, cid=None, style='quoted',
      extra=None, charset=None):
    p = []
    if charset:
        p.append(('charset', charset))
    return Part(ctype, p, data, cte, filename=filename,
                disposition='inline' if inline else 'attachment', cid=cid,
                fn_style=style, extra=extra, charset=charset)


def _param(k, v, style, cs='utf-8'):
    if not needs_enc(v):
        return '%s="%s"' % (k, v)
    if style == 'rfc2231':
        from urllib.parse import quote
        return "%s*=%s''%s" % (k, cs, quote(v.encode(codec(cs)), safe=''))
    # common real-world style: RFC 2047 word inside a quoted string
    return '%s="%s"' % (k, ''.join(enc_words(v, cs, 'B', maxlen=900)))


def render(part, bgen, fn_cs='utf-8'):
    """Return list of header lines and body (str or bytes)."""
    hdr = []
    ps = ''.join('; %s' % (('%s="%s"' % (k, v)) if k != 'charset' or True else '')
                 for k, v in part.params)
    if part.ctype.startswith('multipart/'):
        b = bgen(part.ctype)
        hdr.append('Content-Type: %s;%s\n\tboundary="%s"' % (
            part.ctype, ''.join(' %s="%s";' % (k, v) for k, v in part.params), b))
        chunks = []
        for ch in part.children:
            h2, body2 = render(ch, bgen, fn_cs)
            chunks.append((h2, body2))
        out = [b'']
        for h2, body2 in chunks:
            out.append(('--' + b + '\n').encode() + '\n'.join(h2).encode() + b'\n\n' +
                       (body2 if isinstance(body2, bytes) else body2.encode()) + b'\n')
        out.append(('--' + b + '--\n').encode())
        return hdr, b'\n'.join(out)
    ct = part.ctype + ps
    if part.filename:
        ct += '; ' + _param('name', part.filename, part.fn_style, fn_cs)
    hdr.append('Content-Type: ' + ct)
    if part.filename and part.fn_style == 'outlook':
        hdr.append('Content-Description: ' + (htext(part.filename, fn_cs, 'B')
                                             if needs_enc(part.filename) else part.filename))
    if part.disposition:
        d = part.disposition
        if part.filename:
            d += '; ' + _param('filename', part.filename, part.fn_style, fn_cs)
        hdr.append('Content-Disposition: ' + d)
    if part.cid:
        hdr.append('Content-ID: <%s>' % part.cid)
    for k, v in part.extra:
        hdr.append('%s: %s' % (k, v))
    hdr.append('Content-Transfer-Encoding: ' + part.cte)
    body = encode_body(part.data, part.cte)
    return hdr, body


def body_parts(part, acc=None):
    if acc is None:
        acc = []
    if part.children:
        for c in part.children:
            body_parts(c, acc)
    else:
        acc.append(part)
    return acc


def structure(part):
    if part.children:
        inner = ', '.join(structure(c) for c in part.children)
        return '%s(%s)' % (part.ctype.split('/')[1], inner)
    if part.filename:
        tag = ' inline' if part.disposition == 'inline' else ''
        return '%s%s "%s"' % (part.ctype, tag, part.filename)
    return part.ctype


# ---------------------------------------------------------------- text -> html
LINK = re.compile(r'\[\[(.+?)\|(.+?)\]\]')


def plain(text, style='outlook'):
    """Render [[label|url]] markup in a text/plain body."""
    if style == 'outlook':
        return LINK.sub(lambda m: '%s<%s>' % (m.group(1), m.group(2)), text)
    if style == 'gmail':
        return LINK.sub(lambda m: '%s <%s>' % (m.group(1), m.group(2))
                        if m.group(1) != m.group(2) else m.group(2), text)
    if style == 'bare':
        return LINK.sub(lambda m: m.group(2), text)
    return LINK.sub(lambda m: '%s: %s' % (m.group(1), m.group(2))
                    if m.group(1) != m.group(2) else m.group(2), text)


def _inline(line):
    out, pos = '', 0
    for m in LINK.finditer(line):
        out += _html.escape(line[pos:m.start()], quote=False)
        out += '<a href="%s">%s</a>' % (_html.escape(m.group(2)), _html.escape(m.group(1), quote=False))
        pos = m.end()
    return out + _html.escape(line[pos:], quote=False)


def html_outlook(text, cs, lang='DE'):
    ps = []
    for ln in text.lstrip('\n').rstrip('\n').split('\n'):
        if ln.strip() == '':
            ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _inline(ln))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (cs, lang, '\n'.join(ps))


def html_gmail(text):
    out = []
    for ln in text.lstrip('\n').rstrip('\n').split('\n'):
        out.append('<div>%s</div>' % (_inline(ln) if ln.strip() else '<br>'))
    return '<div dir="ltr">%s</div>\n' % ''.join(out)


def html_simple(text, font='Arial, Helvetica, sans-serif'):
    paras = text.lstrip('\n').rstrip('\n').split('\n\n')
    body = '\n'.join('<p>%s</p>' % '<br>\n'.join(_inline(l) for l in p.split('\n')) for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:%s;font-size:14px">\n%s\n</body></html>\n' % (font, body))


def esc(s):
    return _html.escape(s, quote=False)
