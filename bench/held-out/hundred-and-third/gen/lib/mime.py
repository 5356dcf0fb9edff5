"""Hand-rolled MIME serializer giving full control over charsets, transfer
encodings, header order and boundaries.  Output uses LF line endings."""
import base64
import binascii
import datetime as _dt
import re

# ---------------------------------------------------------------- dates
_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_DST_END_2026 = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=_dt.timezone.utc)

ZONES = {  # (summer offset, winter offset, summer name, winter name) in minutes
    'CE': (120, 60, 'CEST', 'CET'),
    'UK': (60, 0, 'BST', 'GMT'),
    'EE': (180, 120, 'EEST', 'EET'),
    'MSK': (180, 180, 'MSK', 'MSK'),
    'UTC': (0, 0, 'UTC', 'UTC'),
    'PT': (-420, -480, 'PDT', 'PST'),  # US DST ends 1 Nov 2026
    'ET': (-240, -300, 'EDT', 'EST'),
}


def utc(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone.utc)


def local_to_utc(zone, y, mo, d, h, mi, s=0):
    naive = _dt.datetime(y, mo, d, h, mi, s)
    so, wo, _, _ = ZONES[zone]
    for off in (so, wo):
        u = (naive - _dt.timedelta(minutes=off)).replace(tzinfo=_dt.timezone.utc)
        if _offset(zone, u)[0] == off:
            return u
    return (naive - _dt.timedelta(minutes=wo)).replace(tzinfo=_dt.timezone.utc)


def _offset(zone, u):
    so, wo, sn, wn = ZONES[zone]
    if zone in ('PT', 'ET'):
        summer = u < _dt.datetime(2026, 11, 1, 9, 0, tzinfo=_dt.timezone.utc)
    else:
        summer = u < _DST_END_2026
    return (so, sn) if summer else (wo, wn)


def rfc2822(u, zone='CE', with_name=False, zero_pad_day=False):
    off, name = _offset(zone, u)
    lt = u + _dt.timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    day = ('%02d' if zero_pad_day else '%d') % lt.day
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        _DAYS[lt.weekday()], day, _MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, sign, o // 60, o % 60)
    if with_name:
        s += ' (%s)' % name
    return s


def local(u, zone):
    off, _ = _offset(zone, u)
    return u + _dt.timedelta(minutes=off)


def plus(u, seconds):
    return u + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- headers
_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def encode_words(s, charset='utf-8', mode='B', maxlen=75):
    """RFC 2047 encode s into a list of encoded words, never splitting a character."""
    words = []
    prefix = '=?%s?%s?' % (charset, mode)
    cur = ''

    def enc(t):
        b = t.encode(charset)
        if mode == 'B':
            return base64.b64encode(b).decode()
        out = []
        for byte in b:
            ch = chr(byte)
            if byte == 0x20:
                out.append('_')
            elif ch.isalnum() and byte < 128 or ch in '!*+-/':
                out.append(ch)
            else:
                out.append('=%02X' % byte)
        return ''.join(out)
    for ch in s:
        cand = cur + ch
        if len(prefix) + len(enc(cand)) + 2 > maxlen and cur:
            words.append(prefix + enc(cur) + '?=')
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(prefix + enc(cur) + '?=')
    return words


def hdr_text(s, charset='utf-8', mode='B'):
    """Encode an unstructured header value (e.g. Subject)."""
    if is_ascii(s):
        return s
    return ' '.join(encode_words(s, charset, mode))


def hdr_text_mixed(s, charset='utf-8', mode='Q'):
    """Encode only the non-ASCII words (the way Outlook/Thunderbird do for Q)."""
    if is_ascii(s):
        return s
    # encode from first non-ascii word to the last non-ascii word as one run
    toks = s.split(' ')
    idx = [i for i, t in enumerate(toks) if not is_ascii(t)]
    a, b = idx[0], idx[-1]
    head = ' '.join(toks[:a])
    mid = ' '.join(toks[a:b + 1])
    tail = ' '.join(toks[b + 1:])
    parts = []
    if head:
        parts.append(head)
    parts.append(' '.join(encode_words(mid, charset, mode)))
    if tail:
        parts.append(tail)
    return ' '.join(parts)


def addr(name, address, charset='utf-8', mode='B', quote=True):
    if not name:
        return address if not quote else '<%s>' % address if False else address
    if is_ascii(name):
        if _SPECIALS.search(name) or quote == 'always':
            n = '"%s"' % name.replace('\\', '\\\\').replace('"', '\\"')
        else:
            n = name
    else:
        n = ' '.join(encode_words(name, charset, mode))
    return '%s <%s>' % (n, address)


def fold(name, value, width=76):
    """Fold a header at whitespace; keep existing newlines."""
    if '\n' in value:
        return '%s: %s' % (name, value)
    line = name + ':'
    out = []
    tokens = value.split(' ')
    first = True
    for t in tokens:
        add = (' ' if True else '') + t
        if not first and len(line) + len(add) > width and line.strip() != name + ':':
            out.append(line)
            line = ' ' + t
        else:
            line += add
        first = False
    out.append(line)
    return '\n'.join(out)


# ---------------------------------------------------------------- bodies
def qp_encode(data):
    enc = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return enc.decode('ascii')


def b64_encode(data):
    return base64.encodebytes(data).decode('ascii').rstrip('\n')


def param_value(v):
    if re.fullmatch(r'[A-Za-z0-9!#$%&\'*+\-.^_`{|}~]+', v):
        return v
    return '"%s"' % v.replace('\\', '\\\\').replace('"', '\\"')


class Part:
    """Leaf MIME part."""

    def __init__(self, ctype, data, charset=None, cte=None, filename=None, disposition=None,
                 cid=None, name=None, params=None, headers=None, fn_style='2231', desc=None,
                 fn_charset='utf-8', ct_name=True, size_param=False):
        self.ctype = ctype
        self.data = data  # str for text parts, bytes otherwise
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.name = name if name is not None else (filename if ct_name else None)
        self.params = params or []
        self.headers = headers or []
        self.fn_style = fn_style
        self.fn_charset = fn_charset
        self.desc = desc
        self.size_param = size_param

    def raw_bytes(self):
        if isinstance(self.data, str):
            return self.data.encode(self.charset)
        return self.data

    def _fn_params(self, key, value, style):
        if is_ascii(value):
            return ['%s=%s' % (key, param_value(value))]
        if style == '2047':
            return ['%s="%s"' % (key, ' '.join(encode_words(value, self.fn_charset, 'B', maxlen=1000)))]
        enc = ''.join(c if re.match(r"[A-Za-z0-9!#$&+\-.^_`|~]", c) else ''.join('%%%02X' % b for b in c.encode(self.fn_charset)) for c in value)
        return ["%s*=%s''%s" % (key, self.fn_charset, enc)]

    def serialize(self):
        body = self.raw_bytes()
        cte = self.cte
        if cte is None:
            cte = 'base64'
        if cte == 'quoted-printable':
            payload = qp_encode(body)
        elif cte == 'base64':
            payload = b64_encode(body)
        elif cte in ('7bit', '8bit'):
            if cte == '7bit':
                body.decode('ascii')
            payload = body.decode('latin-1')  # bytes pass through unchanged on write
            for ln in payload.split('\n'):
                assert len(ln) < 998
        else:
            raise ValueError(cte)
        ct = [self.ctype]
        if self.charset:
            ct.append('charset=%s' % (self.charset if not self.ctype.startswith('text/html') and False else
                                      ('"%s"' % self.charset if getattr(self, 'quote_charset', False) else self.charset)))
        for p in self.params:
            ct.append(p)
        if self.name:
            ct += self._fn_params('name', self.name, '2047' if self.fn_style in ('2047', 'both') else '2231')
        lines = []
        lines.append('Content-Type: ' + ';\n\t'.join(ct) if len(ct) > 2 or sum(map(len, ct)) > 60 else 'Content-Type: ' + '; '.join(ct))
        if self.desc:
            lines.append('Content-Description: ' + self.desc)
        if self.disposition:
            d = [self.disposition]
            if self.filename:
                d += self._fn_params('filename', self.filename, '2231' if self.fn_style in ('2231', 'both') else '2047')
            if self.size_param:
                d.append('size=%d' % len(body))
            lines.append('Content-Disposition: ' + (';\n\t'.join(d) if sum(map(len, d)) > 60 else '; '.join(d)))
        if self.cid:
            lines.append('Content-ID: <%s>' % self.cid)
        lines.append('Content-Transfer-Encoding: %s' % cte)
        lines += self.headers
        return '\n'.join(lines) + '\n\n' + payload + ('\n' if not payload.endswith('\n') else '')


class Multi:
    def __init__(self, subtype, parts, boundary, params=None, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params or []
        self.preamble = preamble

    def serialize(self):
        ct = ['multipart/%s' % self.subtype] + self.params + ['boundary="%s"' % self.boundary]
        head = 'Content-Type: ' + ';\n\t'.join(ct)
        out = [head, '']
        if self.preamble:
            out.append(self.preamble)
            out.append('')
        for p in self.parts:
            out.append('--' + self.boundary)
            out.append(p.serialize().rstrip('\n'))
        out.append('--' + self.boundary + '--')
        return '\n'.join(out) + '\n'


def serialize_message(headers, body):
    """headers: list of (name, value) already encoded; body: Part or Multi."""
    lines = []
    for n, v in headers:
        lines.append(fold(n, v))
    b = body.serialize()
    bhead, bbody = b.split('\n\n', 1)
    lines.append(bhead)
    text = '\n'.join(lines) + '\n\n' + bbody
    return text.encode('latin-1')


def walk(node):
    yield node
    if isinstance(node, Multi):
        for p in node.parts:
            yield from walk(p)
