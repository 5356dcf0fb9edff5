"""MIME construction with exact control over charsets, transfer encodings,
header encoding and folding.  Standard library only, fully deterministic."""
import base64
import datetime as _dt
import hashlib

# ---------------------------------------------------------------- determinism

def hx(seed, n, alphabet='0123456789abcdef'):
    """Deterministic pseudo-random string of length n drawn from alphabet."""
    out = []
    counter = 0
    while len(out) < n:
        d = hashlib.sha256(('%s|%d' % (seed, counter)).encode()).digest()
        for b in d:
            if b < 256 - (256 % len(alphabet)):
                out.append(alphabet[b % len(alphabet)])
                if len(out) == n:
                    break
        counter += 1
    return ''.join(out)


def hnum(seed, lo, hi):
    d = int.from_bytes(hashlib.sha256(('n|' + seed).encode()).digest()[:8], 'big')
    return lo + d % (hi - lo + 1)


def hbytes(seed, n):
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('b|%s|%d' % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
UPHEX = '0123456789ABCDEF'
B64CH = ALNUM + '+/'
B64URL = ALNUM + '-_'

# ---------------------------------------------------------------- time

UTC = _dt.timezone.utc


def _last_sunday(year, month):
    d = _dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = _dt.date(year, month, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


def zone_offset(zone, t):
    """(offset_minutes, abbreviation) for a UTC datetime t."""
    y = t.year
    if zone in ('CET', 'EET', 'WET'):
        base = {'CET': 60, 'EET': 120, 'WET': 0}[zone]
        start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1), UTC)
        end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1), UTC)
        dst = start <= t < end
        names = {'CET': ('CET', 'CEST'), 'EET': ('EET', 'EEST'), 'WET': ('GMT', 'BST')}[zone]
        return base + (60 if dst else 0), names[1 if dst else 0]
    if zone == 'MSK':
        return 180, 'MSK'
    if zone == 'PT':
        start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(10), UTC)
        end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(9), UTC)
        dst = start <= t < end
        return (-420, 'PDT') if dst else (-480, 'PST')
    if zone == 'ET':
        start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(7), UTC)
        end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(6), UTC)
        dst = start <= t < end
        return (-240, 'EDT') if dst else (-300, 'EST')
    if zone in ('UTC', 'GMT'):
        return 0, zone
    raise ValueError(zone)


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def local(t, zone):
    off, name = zone_offset(zone, t)
    return t + _dt.timedelta(minutes=off), off, name


def rfcdate(t, zone='CET', comment=False, pad_day=False, frac=None):
    lt, off, name = local(t, zone)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    day = ('%02d' if pad_day else '%d') % lt.day
    s = '%s, %s %s %d %02d:%02d:%02d' % (DAYS[lt.weekday()], day, MONTHS[lt.month - 1],
                                       lt.year, lt.hour, lt.minute, lt.second)
    if frac:
        s += frac
    s += ' %s%02d%02d' % (sign, o // 60, o % 60)
    if comment:
        s += ' (%s)' % name
    return s


def T(y, mo, d, h, mi, s=0):
    """A UTC instant."""
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def sec(n):
    return _dt.timedelta(seconds=n)

# ---------------------------------------------------------------- headers

_Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _q(bts):
    out = []
    for b in bts:
        if b == 0x20:
            out.append('_')
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append('=%02X' % b)
    return ''.join(out)


def _b(bts):
    return base64.b64encode(bts).decode()


def encoded_words(text, charset='utf-8', mode='B', first_room=None):
    """Encode text as RFC 2047 words (each <= 75 chars), never splitting a
    multi-byte character.  Returns a list of words."""
    pre = '=?%s?%s?' % (charset, mode)
    room = 75 - len(pre) - 2
    enc = _b if mode.upper() == 'B' else _q
    words, cur = [], b''
    for ch in text:
        b = ch.encode(charset)
        if cur and len(enc(cur + b)) > room:
            words.append(pre + enc(cur) + '?=')
            cur = b
        else:
            cur += b
    if cur:
        words.append(pre + enc(cur) + '?=')
    return words


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def htext(text, charset='utf-8', mode='B'):
    """Unstructured header text, encoded if needed (space-joined words)."""
    if is_ascii(text):
        return text
    return ' '.join(encoded_words(text, charset, mode))


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', mode='B', quote_always=False, bare=False):
    if not name:
        return email if bare else '<%s>' % email
    if is_ascii(name):
        if quote_always or any(c in SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (' '.join(encoded_words(name, charset, mode)), email)


def fold(name, value, width=78):
    """Fold a header at whitespace.  Values that already contain newlines are
    taken as pre-folded (Received and similar)."""
    if '\n' in value:
        return '%s: %s' % (name, value)
    head = name + ':'
    lines, line = [], head
    for w in value.split(' '):
        if len(line) + 1 + len(w) > width and line.strip() and line != head:
            lines.append(line)
            line = ' ' + w
        else:
            line += ' ' + w
    lines.append(line)
    return '\n'.join(lines)


# ---------------------------------------------------------------- bodies


def qp_encode(data):
    """Quoted-printable (RFC 2045) for bytes whose line breaks are LF."""
    out = []
    lines = data.split(b'\n')
    for li, line in enumerate(lines):
        if li == len(lines) - 1 and line == b'':
            break
        toks = []
        for i, b in enumerate(line):
            last = (i == len(line) - 1)
            if b == 0x3D or b > 126 or (b < 32 and b != 9) or (b in (9, 32) and last):
                toks.append('=%02X' % b)
            elif i == 0 and line.startswith(b'From '):
                toks.append('=%02X' % b)
            elif i == 0 and line == b'.':
                toks.append('=2E')
            else:
                toks.append(chr(b))
        cur = ''
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + '=')
                cur = ''
            cur += t
        out.append(cur)
    s = '\n'.join(out)
    if data.endswith(b'\n'):
        s += '\n'
    return s


def b64_encode(data):
    return base64.encodebytes(data).decode()


class Part:
    """A leaf MIME part."""

    def __init__(self, ctype, data, charset=None, cte='7bit', filename=None,
                 disposition=None, params=None, cid=None, headers=None,
                 fname_style='2231', fname_charset='utf-8', name_param=True,
                 desc=None, charset_quoted=False, label=None):
        self.ctype = ctype
        self.data = data          # bytes (already in target charset)
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.params = params or []
        self.cid = cid
        self.headers = headers or []
        self.fname_style = fname_style
        self.fname_charset = fname_charset
        self.name_param = name_param
        self.desc = desc
        self.charset_quoted = charset_quoted
        self.label = label        # note for manifest (e.g. "ZipCrypto, pw in body")

    def is_text_body(self):
        return self.ctype.startswith('text/') and not self.filename

    def _fname_params(self, key):
        fn = self.filename
        if is_ascii(fn):
            return ['%s="%s"' % (key, fn)]
        if self.fname_style == '2047':
            return ['%s="%s"' % (key, ' '.join(encoded_words(fn, self.fname_charset, 'B')))]
        # RFC 2231
        from urllib.parse import quote
        return ["%s*=%s''%s" % (key, self.fname_charset, quote(fn.encode(self.fname_charset), safe=''))]

    def render(self):
        h = []
        ct = self.ctype
        params = list(self.params)
        if self.charset:
            cs = ('"%s"' % self.charset) if self.charset_quoted else self.charset
            params.insert(0, 'charset=%s' % cs)
        if self.filename and self.name_param:
            fs = self.fname_style if self.fname_style in ('2231', '2047') else '2047'
            save = self.fname_style
            self.fname_style = '2047' if fs == '2047' or save == 'both' else '2231'
            params += self._fname_params('name')
            self.fname_style = save
        line = 'Content-Type: ' + ct
        for p in params:
            line += ';\n\t' + p if len(line.split('\n')[-1]) + len(p) > 70 else '; ' + p
        h.append(line)
        if self.desc:
            h.append(fold('Content-Description', self.desc))
        if self.disposition:
            d = 'Content-Disposition: ' + self.disposition
            if self.filename:
                for p in self._fname_params('filename'):
                    d += (';\n\t' if len(d.split('\n')[-1]) + len(p) > 70 else '; ') + p
            h.append(d)
        if self.cid:
            h.append('Content-ID: <%s>' % self.cid)
        h.append('Content-Transfer-Encoding: %s' % self.cte)
        for k, v in self.headers:
            h.append(fold(k, v))
        return '\n'.join(h), self.body_bytes()

    def body_bytes(self):
        d = self.data
        if self.cte == 'base64':
            return b64_encode(d).encode()
        if self.cte == 'quoted-printable':
            return qp_encode(d).encode()
        if self.cte == '7bit':
            d.decode('ascii')  # assert
            return d
        if self.cte == '8bit':
            for ln in d.split(b'\n'):
                assert len(ln) < 998
            return d
        raise ValueError(self.cte)


class Multi:
    def __init__(self, subtype, parts, boundary, params=None, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params or []
        self.preamble = preamble

    def render(self):
        ct = 'Content-Type: multipart/%s;' % self.subtype
        extra = ''.join(';\n\t%s' % p for p in self.params)
        h = '%s\n\tboundary="%s"%s' % (ct, self.boundary, extra)
        body = b''
        if self.preamble:
            body += self.preamble.encode() + b'\n'
        for p in self.parts:
            ph, pb = p.render()
            body += b'\n--' + self.boundary.encode() + b'\n' + ph.encode() + b'\n\n' + pb
            if not pb.endswith(b'\n'):
                body += b'\n'
        body += b'\n--' + self.boundary.encode() + b'--\n'
        if body.startswith(b'\n'):
            body = body[1:]
        return h, body


def flow(s, width=72):
    """RFC 3676 format=flowed: soft line breaks are a trailing space."""
    out = []
    for line in s.split('\n'):
        if line.startswith(' ') or line.startswith('From '):
            line = ' ' + line
        q = ''
        while line.startswith('>'):
            q += '>'
            line = line[1:]
        if q and line and not line.startswith(' '):
            line = ' ' + line
        while len(q) + len(line) > width + 6 and ' ' in line[1:width - len(q)]:
            cut = line.rfind(' ', 1, width - len(q))
            out.append(q + line[:cut + 1])
            line = (' ' if q else '') + line[cut + 1:]
        out.append(q + line)
    return '\n'.join(out)


def text(s, charset='utf-8', cte='quoted-printable', subtype='plain', flowed=False,
         quoted=False, extra_params=None):
    if flowed:
        s = flow(s.rstrip('\n'))
    if not s.endswith('\n'):
        s += '\n'
    params = []
    if flowed:
        params.append('format=flowed')
    if extra_params:
        params += extra_params
    return Part('text/' + subtype, s.encode(charset), charset=charset, cte=cte,
                params=params, charset_quoted=quoted)


def html(s, charset='utf-8', cte='quoted-printable', quoted=False):
    return text(s, charset, cte, 'html', quoted=quoted)


def attach(data, ctype, filename, cte='base64', inline=False, cid=None,
           fname_style='2231', name_param=True, label=None, disposition=True, desc=None):
    disp = None
    if disposition:
        disp = 'inline' if inline else 'attachment'
    return Part(ctype, data, cte=cte, filename=filename, disposition=disp, cid=cid,
                fname_style=fname_style, name_param=name_param, label=label, desc=desc)


# ---------------------------------------------------------------- describe

def walk(node):
    if isinstance(node, Multi):
        for p in node.parts:
            yield from walk(p)
    else:
        yield node


def structure(node):
    if isinstance(node, Multi):
        return 'multipart/%s [%s]' % (node.subtype, ', '.join(structure(p) for p in node.parts))
    s = node.ctype
    if node.filename:
        s += ' "%s"' % node.filename
        if node.label:
            s += ' (%s)' % node.label
    elif node.cid:
        s += ' (inline cid)'
    return s


def body_charsets(node):
    seen = []
    for p in walk(node):
        if p.is_text_body() and p.charset and p.charset not in seen:
            seen.append(p.charset)
    return ', '.join(seen) or '-'


def body_ctes(node):
    seen = []
    for p in walk(node):
        if p.is_text_body():
            k = p.ctype.split('/')[1] + ': ' + p.cte
            if k not in seen:
                seen.append(k)
    return '; '.join(seen) or '-'
