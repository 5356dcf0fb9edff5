"""Core helpers: deterministic IDs, time zones, RFC 2047 words, MIME parts,
HTML/plain renderings and the Mail object.  Standard library only."""
import base64
import binascii
import datetime as _dt
import hashlib
import html as _html
import re

UTC = _dt.timezone.utc

# ------------------------------------------------------------------ IDs
HEX = '0123456789abcdef'
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
B64 = ALNUM + '+/'


def H(seed, n=16, alphabet=HEX):
    out = []
    i = 0
    lim = 256 - 256 % len(alphabet)
    while len(out) < n:
        for b in hashlib.sha256(('%s#%d' % (seed, i)).encode()).digest():
            if b < lim:
                out.append(alphabet[b % len(alphabet)])
        i += 1
    return ''.join(out[:n])


def N(seed, lo, hi):
    return lo + int(hashlib.sha256(seed.encode()).hexdigest(), 16) % (hi - lo + 1)


def uuid(seed, upper=False):
    h = H(seed, 32)
    h = h[:12] + '4' + h[13:16] + '89ab'[int(h[16], 16) % 4] + h[17:]
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


# ------------------------------------------------------------------ time
def T(y, mo, d, h, mi, s=0):
    """A UTC instant."""
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def _last_sunday(y, mo):
    d = _dt.date(y, mo + 1, 1) - _dt.timedelta(days=1) if mo < 12 else _dt.date(y, 12, 31)
    return d - _dt.timedelta(days=(d.weekday() + 1) % 7)


def _eu_summer(t):
    start = _dt.datetime.combine(_last_sunday(t.year, 3), _dt.time(1), UTC)
    end = _dt.datetime.combine(_last_sunday(t.year, 10), _dt.time(1), UTC)
    return start <= t < end


def _us_summer(t, std_off):
    # second Sunday of March 02:00 local .. first Sunday of November 02:00 local
    m = _dt.date(t.year, 3, 8)
    m += _dt.timedelta(days=(6 - m.weekday()) % 7)
    n = _dt.date(t.year, 11, 1)
    n += _dt.timedelta(days=(6 - n.weekday()) % 7)
    start = _dt.datetime.combine(m, _dt.time(2), UTC) - _dt.timedelta(minutes=std_off)
    end = _dt.datetime.combine(n, _dt.time(2), UTC) - _dt.timedelta(minutes=std_off + 60)
    return start <= t < end


ZONES = {  # std offset (min), std name, summer name, rule
    'DE': (60, 'CET', 'CEST', 'eu'), 'IT': (60, 'CET', 'CEST', 'eu'),
    'ES': (60, 'CET', 'CEST', 'eu'), 'PL': (60, 'CET', 'CEST', 'eu'),
    'GR': (120, 'EET', 'EEST', 'eu'), 'UK': (0, 'GMT', 'BST', 'eu'),
    'RU': (180, 'MSK', None, None), 'UTC': (0, 'UTC', None, None),
    'GMT': (0, 'GMT', None, None),
    'US-P': (-480, 'PST', 'PDT', 'us'), 'US-E': (-300, 'EST', 'EDT', 'us'),
    'US-C': (-360, 'CST', 'CDT', 'us'), 'NG': (60, 'WAT', None, None),
    'BR': (-180, None, None, None),
}


def local(t, zone):
    std, sn, dn, rule = ZONES[zone]
    summer = (rule == 'eu' and _eu_summer(t)) or (rule == 'us' and _us_summer(t, std))
    off = std + (60 if summer else 0)
    tz = _dt.timezone(_dt.timedelta(minutes=off))
    return t.astimezone(tz), (dn if summer else sn)


_DAYS = 'Mon Tue Wed Thu Fri Sat Sun'.split()
_MONS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()


def rfc(t, zone='DE', style='nopad', comment=False, secs=True):
    """RFC 5322 date.  style: 'nopad' (5 Oct), 'pad' (05 Oct), 'space' ( 5 Oct)."""
    lt, name = local(t, zone)
    off = int(lt.utcoffset().total_seconds() // 60)
    day = {'nopad': '%d', 'pad': '%02d', 'space': '%2d'}[style] % lt.day
    s = '%s, %s %s %d %02d:%02d' % (_DAYS[lt.weekday()], day, _MONS[lt.month - 1], lt.year, lt.hour, lt.minute)
    if secs:
        s += ':%02d' % lt.second
    s += ' %s%04d' % ('+' if off >= 0 else '-', abs(off) // 60 * 100 + abs(off) % 60)
    if comment and name:
        s += ' (%s)' % name
    return s


def sec(t, n):
    return t + _dt.timedelta(seconds=n)


def ldate(t, zone, fmt):
    """strftime on the local time, e.g. for quoted-reply headers."""
    return local(t, zone)[0].strftime(fmt)


# ------------------------------------------------------------------ RFC 2047
_Q_SAFE = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def _ew1(text, charset, enc):
    raw = text.encode(charset)
    if enc.upper() == 'B':
        body = base64.b64encode(raw).decode()
    else:
        body = ''.join('_' if c == 0x20 else (chr(c) if c in _Q_SAFE else '=%02X' % c) for c in raw)
    return '=?%s?%s?%s?=' % (charset, enc, body)


def needs_ew(text):
    return any(ord(c) > 126 for c in text)


def ew(text, charset='utf-8', enc='Q', force=False):
    """Encode text as one or more encoded-words (each <= 75 chars), joined
    by a space.  Returns text unchanged if it is plain ASCII."""
    if not force and not needs_ew(text):
        return text
    words = []
    cur = ''
    for ch in text:
        if cur and len(_ew1(cur + ch, charset, enc)) > 75:
            words.append(_ew1(cur, charset, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew1(cur, charset, enc))
    return ' '.join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', enc='Q', quote=None):
    if not name:
        return '<%s>' % email
    if needs_ew(name):
        return '%s <%s>' % (ew(name, charset, enc), email)
    if quote or (quote is None and any(c in _SPECIALS for c in name)):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def fold(name, value, width=76):
    """Fold a header at whitespace; existing newlines are kept."""
    if '\n' in value:
        return '%s: %s' % (name, value)
    if value == '':
        return name + ':'
    line = name + ':'
    out = []
    for i, tok in enumerate(value.split(' ')):
        if len(line) + 1 + len(tok) > width and line.strip() != name + ':' and line.strip():
            out.append(line)
            line = ' ' + tok
        else:
            line = line + ' ' + tok
    out.append(line)
    return '\n'.join(out)


# ------------------------------------------------------------------ MIME
def _encode_text(text, charset, cte):
    text = text.replace('\r\n', '\n')
    raw = text.encode(charset)
    return _cte(raw, cte, text=True)


def _cte(raw, cte, text=False):
    cte = cte.lower()
    if cte == '7bit':
        assert all(b < 128 for b in raw), 'non-ASCII in 7bit part'
        return raw
    if cte == '8bit':
        return raw
    if cte == 'quoted-printable':
        out = binascii.b2a_qp(raw, quotetabs=False, istext=text, header=False)
        # b2a_qp leaves a lone trailing "." or "From " alone; fine for files
        return out
    if cte == 'base64':
        return base64.encodebytes(raw)
    raise ValueError(cte)


def _param_filename(key, name, style, charset='utf-8'):
    if not needs_ew(name):
        return '%s="%s"' % (key, name)
    if style == 'ew':
        return '%s="%s"' % (key, ew(name, charset, 'B'))
    # RFC 2231
    q = ''.join(c if (c.isascii() and (c.isalnum() or c in '.-_')) else
                ''.join('%%%02X' % b for b in c.encode(charset)) for c in name)
    return "%s*=%s''%s" % (key, charset, q)


class Part:
    def __init__(self, ctype, payload=None, charset=None, cte=None, filename=None,
                 disposition=None, parts=None, boundary=None, params=None,
                 headers=None, cid=None, name_style='rfc2231', name_param=True,
                 ct_quote=True, size_param=False, description=None):
        self.ctype = ctype
        self.payload = payload
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.parts = parts or []
        self.boundary = boundary
        self.params = params or []
        self.headers = headers or []
        self.cid = cid
        self.name_style = name_style
        self.name_param = name_param
        self.ct_quote = ct_quote
        self.size_param = size_param
        self.description = description

    def head(self):
        h = []
        ct = self.ctype
        if self.ctype.startswith('multipart/'):
            ct += ';\n\tboundary="%s"' % self.boundary
            for p in self.params:
                ct += ';\n\t' + p
        else:
            if self.charset:
                ct += '; charset="%s"' % self.charset if self.ct_quote else '; charset=%s' % self.charset
            for p in self.params:
                ct += ';\n\t' + p
            if self.filename and self.name_param:
                ct += ';\n\t' + _param_filename('name', self.filename, self.name_style)
        h.append('Content-Type: ' + ct)
        if self.description:
            h.append(fold('Content-Description', self.description))
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ';\n\t' + _param_filename('filename', self.filename, self.name_style)
            if self.size_param and self.payload is not None:
                d += '; size=%d' % len(self.payload)
            h.append('Content-Disposition: ' + d)
        if self.cid:
            h.append('Content-ID: <%s>' % self.cid)
        if self.cte and not self.ctype.startswith('multipart/'):
            h.append('Content-Transfer-Encoding: ' + self.cte)
        for k, v in self.headers:
            h.append(fold(k, v))
        return h

    def body(self):
        if self.ctype.startswith('multipart/'):
            out = b''
            if self.preamble:
                out += self.preamble.encode() + b'\n'
            for i, p in enumerate(self.parts):
                out += (b'\n' if (i or self.preamble) else b'') + b'--' + self.boundary.encode() + b'\n'
                out += '\n'.join(p.head()).encode() + b'\n\n' + p.body()
                if not out.endswith(b'\n'):
                    out += b'\n'
            out += b'\n--' + self.boundary.encode() + b'--\n'
            return out
        if isinstance(self.payload, str):
            return _encode_text(self.payload, self.charset, self.cte)
        return _cte(self.payload, self.cte or 'base64')

    preamble = None


def text(payload, charset='utf-8', cte='quoted-printable', subtype='plain', **kw):
    return Part('text/' + subtype, payload, charset, cte, **kw)


def multi(subtype, parts, boundary, **kw):
    p = Part('multipart/' + subtype, parts=parts, boundary=boundary, **kw)
    return p


def attach(data, ctype, filename, cte='base64', disposition='attachment', **kw):
    return Part(ctype, data, None, cte, filename=filename, disposition=disposition, **kw)


def attach_text(payload, ctype, filename, charset='utf-8', cte='base64', disposition='attachment', **kw):
    return Part(ctype, payload, charset, cte, filename=filename, disposition=disposition, **kw)


# ------------------------------------------------------------------ boundaries
def boundary(style, seed):
    if style == 'gmail':
        return '000000000000' + H(seed, 16)
    if style == 'outlook':
        return '_000_' + H(seed, 40, 'ABCDEF0123456789') + '_'
    if style == 'thunderbird':
        return '------------' + H(seed, 24, ALNUM)
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (N(seed, 10000, 999999), N(seed + 'b', 100000000, 999999999),
                                        N(seed + 'c', 1760000000000, 1769999999999))
    if style == 'phpmailer':
        return 'b1=_' + H(seed, 43, ALNUM)
    if style == 'roundcube':
        return '=_' + H(seed, 32)
    if style == 'apple':
        return 'Apple-Mail=_' + uuid(seed, True)
    if style == 'python':
        return '===============%019d==' % N(seed, 10 ** 18, 10 ** 19 - 1)
    if style == 'yandex':
        return '----==--bound.%d.myt%d-%s.qloud-c.yandex.net' % (
            N(seed, 100000, 999999), N(seed + 'm', 1, 9), H(seed, 12))
    if style == 'nextpart':
        return '----=_NextPart_000_%04X_%08X.%08X' % (N(seed, 0, 65535), N(seed + 'a', 0, 2 ** 32 - 1),
                                                      N(seed + 'b', 0, 2 ** 32 - 1))
    if style == 'hex':
        return H(seed, 32)
    if style == 'thebat':
        return '------------' + H(seed, 16, '0123456789ABCDEF')
    if style == 'mixed':
        return '_=_swift_%d_%s_=_' % (N(seed, 1760000000, 1769999999), H(seed, 32))
    raise ValueError(style)


# ------------------------------------------------------------------ text / html
LINK = re.compile(r'\[\[(.+?)\|(.+?)\]\]')


def plain(src, style='angle'):
    """[[label|url]] -> plain text."""
    def rep(m):
        lab, url = m.group(1), m.group(2)
        if style == 'outlook':
            return '%s<%s>' % (lab, url)
        if style == 'angle':
            return '%s <%s>' % (lab, url)
        if style == 'paren':
            return '%s (%s)' % (lab, url)
        if style == 'url':
            return url if lab == url else '%s: %s' % (lab, url)
        if style == 'label':
            return lab
        raise ValueError(style)
    return LINK.sub(rep, src)


def _inline_html(s):
    out = []
    pos = 0
    for m in LINK.finditer(s):
        out.append(_html.escape(s[pos:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (_html.escape(m.group(2)), _html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(_html.escape(s[pos:], quote=False))
    return ''.join(out)


def html_outlook(src, charset, lang='DE', font='Calibri', size='11.0pt'):
    paras = []
    for line in src.split('\n'):
        inner = _inline_html(line) if line.strip() else '&nbsp;'
        paras.append('<p class="MsoNormal"><span style="font-size:%s;font-family:&quot;%s&quot;,sans-serif">'
                     '%s<o:p></o:p></span></p>' % (size, font, inner))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
            '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, font, font, lang, '\n'.join(paras)))


def html_gmail(src):
    out = []
    for line in src.split('\n'):
        out.append('<div>%s</div>' % (_inline_html(line) if line.strip() else '<br>'))
    return '<div dir="ltr">%s</div>\n' % ''.join(out)


def html_simple(src, charset=None, font='Arial, Helvetica, sans-serif', size='10pt'):
    paras = [p for p in src.split('\n\n')]
    body = ''.join('<p>%s</p>\n' % _inline_html(p).replace('\n', '<br>\n') for p in paras)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset if charset else ''
    return ('<html>\n<head>\n%s</head>\n<body style="font-family:%s;font-size:%s">\n%s</body>\n</html>\n'
            % (meta, font, size, body))


def html_thunderbird(src, charset):
    body = _inline_html(src).replace('\n', '<br>\n')
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '  </head>\n  <body>\n    <p>%s</p>\n  </body>\n</html>\n' % (charset, body))


def esc(s):
    return _html.escape(s, quote=True)


# ------------------------------------------------------------------ Mail
class Mail:
    """A received message: Return-Path, mx01's Received header, the sender's
    trace (below), then the originator's headers and the MIME body."""

    def __init__(self, key):
        self.key = key
        self.envfrom = None
        self.rcpt = None
        self.mx = None          # dict(helo, rdns, ip, t, tls)
        self.trace = []         # list of (name, value), top-down below mx01
        self.hdr = []           # list of (name, value); ('*CT*', None) marks body headers
        self.body = None

    def seed(self, s=''):
        return self.key + '/' + s

    def render(self):
        mx = self.mx
        qid = '4' + H(self.seed('qid'), 5, 'BCDFGHJKLMNPQRSTVWXYZ0123456789') + \
            H(self.seed('qid2'), 4, 'bcdfghjklmnpqrstvwxyz0123456789') + 'z' + H(self.seed('qid3'), 4, 'BCDFGHJKLMNPQRSTVWXYZ0123456789bcdfghjklmnpqrstvwxyz')
        lines = ['from %s (%s [%s])' % (mx['helo'], mx['rdns'], mx['ip'])]
        tls = mx.get('tls', '1.3')
        if tls == '1.3':
            lines += ['(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)',
                      ' key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)',
                      '(No client certificate requested)']
        elif tls == '1.2':
            lines += ['(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))',
                      '(No client certificate requested)']
        lines += ['by mx01.example.com (Postfix) with %s id %s' % ('ESMTPS' if tls else 'ESMTP', qid),
                  'for <%s>; %s' % (self.rcpt, rfc(mx['t'], 'DE', 'space', comment=True))]
        out = ['Return-Path: <%s>' % self.envfrom if self.envfrom else 'Return-Path: <>',
               'Received: ' + '\n\t'.join(lines)]
        for k, v in self.trace:
            out.append(fold(k, v) if '\n' not in v else '%s: %s' % (k, v))
        placed = False
        for k, v in self.hdr:
            if k == '*CT*':
                out.extend(self.body.head())
                placed = True
            elif v is not None:
                out.append(fold(k, v))
        if not placed:
            out.extend(self.body.head())
        head = '\n'.join(out).encode('ascii')
        return head + b'\n\n' + self.body.body()
