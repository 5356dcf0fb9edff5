"""MIME assembly with full control over header layout, charsets and encodings."""
import base64
import datetime as _dt
import hashlib
import quopri
import re

UTC = _dt.timezone.utc
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


# ------------------------------------------------------------------ time zones (2026 rules)
def _last_sunday(y, m):
    d = _dt.date(y, m + 1, 1) - _dt.timedelta(days=1) if m < 12 else _dt.date(y, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _nth_sunday(y, m, n):
    d = _dt.date(y, m, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


def zone(dt, z):
    """dt: aware UTC datetime. Returns (offset timedelta, abbreviation)."""
    y = dt.year
    eu_start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1), UTC)
    eu_end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1), UTC)
    eu_dst = eu_start <= dt < eu_end
    if z == 'CET':
        return (_dt.timedelta(hours=2), 'CEST') if eu_dst else (_dt.timedelta(hours=1), 'CET')
    if z == 'UK':
        return (_dt.timedelta(hours=1), 'BST') if eu_dst else (_dt.timedelta(0), 'GMT')
    if z == 'EET':
        return (_dt.timedelta(hours=3), 'EEST') if eu_dst else (_dt.timedelta(hours=2), 'EET')
    if z == 'MSK':
        return _dt.timedelta(hours=3), 'MSK'
    if z == 'UTC':
        return _dt.timedelta(0), 'UTC'
    if z == 'PT':
        us_start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(10), UTC)
        us_end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(9), UTC)
        return (_dt.timedelta(hours=-7), 'PDT') if us_start <= dt < us_end else (_dt.timedelta(hours=-8), 'PST')
    if z == 'ET':
        us_start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(7), UTC)
        us_end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(6), UTC)
        return (_dt.timedelta(hours=-4), 'EDT') if us_start <= dt < us_end else (_dt.timedelta(hours=-5), 'EST')
    raise ValueError(z)


def local(dt, z):
    off, _ = zone(dt, z)
    return dt.astimezone(_dt.timezone(off))


def utc_from_local(y, mo, d, h, mi, s, z):
    guess = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    off, _ = zone(guess, z)
    u = guess - off
    off2, _ = zone(u, z)
    return guess - off2


def fmt_date(dt, z='CET', style='std'):
    off, abbr = zone(dt, z)
    lt = dt.astimezone(_dt.timezone(off))
    mins = int(off.total_seconds() // 60)
    tzs = '%s%02d%02d' % ('+' if mins >= 0 else '-', abs(mins) // 60, abs(mins) % 60)
    day = DAYS[lt.weekday()]
    mon = MONTHS[lt.month - 1]
    hms = lt.strftime('%H:%M:%S')
    if style == 'postfix':
        return '%s, %2d %s %d %s %s (%s)' % (day, lt.day, mon, lt.year, hms, tzs, abbr)
    if style == 'padabbr':
        return '%s, %02d %s %d %s %s (%s)' % (day, lt.day, mon, lt.year, hms, tzs, abbr)
    if style == 'abbr':
        return '%s, %d %s %d %s %s (%s)' % (day, lt.day, mon, lt.year, hms, tzs, abbr)
    if style == 'pad':
        return '%s, %02d %s %d %s %s' % (day, lt.day, mon, lt.year, hms, tzs)
    if style == 'nodow':
        return '%d %s %d %s %s' % (lt.day, mon, lt.year, hms, tzs)
    return '%s, %d %s %d %s %s' % (day, lt.day, mon, lt.year, hms, tzs)


# ------------------------------------------------------------------ random helpers
def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(chars) for _ in range(n))


def b64s(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def guid(rng, upper=False):
    h = hexs(rng, 32, upper)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def uuid4(rng):
    h = list(hexs(rng, 32))
    h[12] = '4'
    h[16] = rng.choice('89ab')
    h = ''.join(h)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def postfix_qid(rng):
    a = '4' + rng.choice('WXYZ') + alnum(rng, 6, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy0123456789')
    return a + 'z' + alnum(rng, rng.randint(4, 6), 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy0123456789')


# ------------------------------------------------------------------ header encoding
def _q_word_chars(ch_bytes):
    out = ''
    for b in ch_bytes:
        c = chr(b)
        if c == ' ':
            out += '_'
        elif c.isalnum() and b < 128 or c in '!*+-/':
            out += c
        else:
            out += '=%02X' % b
    return out


def enc_words(s, charset='utf-8', mode='B', maxlen=75):
    """Encode s as a list of RFC 2047 encoded words (never splitting a character)."""
    cs = charset
    words = []
    cur = ''
    pre = '=?%s?%s?' % (cs, mode)

    def enc(t):
        b = t.encode(charset.lower())
        return base64.b64encode(b).decode() if mode.upper() == 'B' else _q_word_chars(b)
    for ch in s:
        t = cur + ch
        if len(pre) + len(enc(t)) + 2 > maxlen and cur:
            words.append(pre + enc(cur) + '?=')
            cur = ch
        else:
            cur = t
    if cur:
        words.append(pre + enc(cur) + '?=')
    return words


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def hval(s, charset='utf-8', mode='B'):
    """Unstructured header value: encoded if non-ASCII, folded-friendly (words joined by newline+space)."""
    if is_ascii(s):
        return s
    return '\n '.join(enc_words(s, charset, mode))


def hval_words(s, charset='utf-8', mode='Q'):
    """Encode only the non-ASCII words (the way Thunderbird/Python do it for some fields)."""
    if is_ascii(s):
        return s
    return '\n '.join(enc_words(s, charset, mode))


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', mode='B', quote=False):
    if not name:
        return '<%s>' % email if quote == 'angle' else email
    if is_ascii(name):
        if quote or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    # one encoded-word per display name: splitting a phrase makes some parsers insert spaces inside words
    return '%s <%s>' % (' '.join(enc_words(name, charset, mode, maxlen=200)), email)


def addrs(lst, charset='utf-8', mode='B', quote=False, sep=', '):
    return sep.join(addr(n, e, charset, mode, quote) for n, e in lst)


def fold(name, value, width=78):
    """Serialise one header. Values with embedded newlines are taken as pre-folded."""
    if '\n' in value:
        lines = value.split('\n')
        out = name + ': ' + lines[0]
        for l in lines[1:]:
            out += '\n' + (l if l[:1] in (' ', '\t') else ' ' + l)
        return out
    line = name + ': ' + value
    if len(line) <= width:
        return line
    out = []
    cur = name + ':'
    for tok in value.split(' '):
        if len(cur) + 1 + len(tok) > width and not cur.endswith(':'):
            out.append(cur)
            cur = ' ' + tok
        else:
            cur = cur + ' ' + tok
    out.append(cur)
    return '\n'.join(out)


# ------------------------------------------------------------------ body encodings
def qp(b):
    # quopri with LF line ends; make sure CR are not left alone
    return quopri.encodestring(b, quotetabs=False)


def b64(b, width=76):
    s = base64.b64encode(b)
    return b'\n'.join(s[i:i + width] for i in range(0, len(s), width)) + b'\n'


def encode_body(data, cte):
    if cte == 'base64':
        return b64(data)
    if cte == 'quoted-printable':
        e = qp(data)
        return e if e.endswith(b'\n') else e + b'\n'
    if cte in ('7bit', '8bit', 'binary', None):
        if cte == '7bit':
            data.decode('ascii')
        return data if data.endswith(b'\n') else data + b'\n'
    raise ValueError(cte)


class Leaf:
    def __init__(self, ctype, data, charset=None, cte=None, filename=None, disposition=None, cid=None,
                 fn_style='2047B', fn_charset='utf-8', params='', ct_quote=True, headers=None,
                 name_param=True, size=False, dates=None, desc=None, kind=None):
        self.ctype = ctype
        self.text = data if isinstance(data, str) else None
        if isinstance(data, str):
            data = data.replace('\r\n', '\n').encode(charset or 'ascii')
        self.data = data
        self.charset, self.cte = charset, cte or ('base64' if not ctype.startswith('text/') else '7bit')
        self.filename, self.disposition, self.cid = filename, disposition, cid
        self.fn_style, self.fn_charset = fn_style, fn_charset
        self.params, self.ct_quote = params, ct_quote
        self.extra = headers or []
        self.name_param, self.size, self.dates, self.desc = name_param, size, dates, desc
        self.kind = kind  # free annotation for the manifest

    def _fnparam(self, key):
        fn = self.filename
        if is_ascii(fn):
            return '%s="%s"' % (key, fn)
        if self.fn_style == '2231':
            from urllib.parse import quote
            v = quote(fn.encode(self.fn_charset), safe='')
            return "%s*=%s''%s" % (key, self.fn_charset, v)
        mode = 'Q' if self.fn_style == '2047Q' else 'B'
        return '%s="%s"' % (key, ' '.join(enc_words(fn, self.fn_charset, mode, maxlen=200)))

    def headers(self):
        h = []
        ct = self.ctype
        if self.charset:
            ct += '; charset=%s' % (('"%s"' % self.charset) if self.ct_quote else self.charset)
        if self.params:
            ct += self.params
        if self.filename and self.name_param:
            ct += ';\n\t' + self._fnparam('name')
        h.append(('Content-Type', ct))
        if self.desc:
            h.append(('Content-Description', self.desc))
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ';\n\t' + self._fnparam('filename')
            if self.size:
                d += '; size=%d' % len(self.data)
            if self.dates:
                d += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (self.dates, self.dates)
            h.append(('Content-Disposition', d))
        if self.cid:
            h.append(('Content-ID', '<%s>' % self.cid))
        h.append(('Content-Transfer-Encoding', self.cte))
        h += self.extra
        return h

    def body(self):
        return encode_body(self.data, self.cte)

    def leaves(self):
        yield self


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, params='', headers=None, quote=True):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.preamble, self.params, self.extra, self.quote = preamble, params, headers or [], quote

    def headers(self):
        b = ('"%s"' % self.boundary) if self.quote else self.boundary
        return [('Content-Type', 'multipart/%s;%s boundary=%s%s' % (
            self.subtype, self.params and (' ' + self.params + ';') or '', b, ''))] + self.extra

    def body(self):
        out = b''
        if self.preamble:
            out += self.preamble.encode() + b'\n'
        for p in self.parts:
            out += b'\n--' + self.boundary.encode() + b'\n'
            out += serialize_headers(p.headers()) + b'\n' + p.body()
        out += b'\n--' + self.boundary.encode() + b'--\n'
        return out.lstrip(b'\n') if not self.preamble else out

    def leaves(self):
        for p in self.parts:
            yield from p.leaves()


class Rfc822:
    """message/rfc822 attachment (a forwarded mail)."""

    def __init__(self, raw, filename=None, disposition='attachment', fn_style='2047B'):
        self.raw, self.filename, self.disposition = raw, filename, disposition
        self.fn_style = fn_style
        self.ctype = 'message/rfc822'
        self.cte = '7bit' if all(b < 128 for b in raw) else '8bit'
        self.charset = None
        self.text = None
        self.data = raw
        self.kind = None

    def headers(self):
        h = [('Content-Type', 'message/rfc822' + (';\n\tname="%s"' % self.filename if self.filename else ''))]
        if self.disposition:
            h.append(('Content-Disposition', self.disposition + (';\n\tfilename="%s"' % self.filename if self.filename else '')))
        h.append(('Content-Transfer-Encoding', self.cte))
        return h

    def body(self):
        return self.raw if self.raw.endswith(b'\n') else self.raw + b'\n'

    def leaves(self):
        yield self


def serialize_headers(hs):
    return b''.join(fold(n, v).encode('ascii') + b'\n' for n, v in hs)


def relaxed_body_hash(body):
    lines = body.replace(b'\r\n', b'\n').split(b'\n')
    out = []
    for l in lines:
        l = re.sub(rb'[ \t]+', b' ', l).rstrip(b' \t')
        out.append(l)
    while out and out[-1] == b'':
        out.pop()
    canon = b''.join(l + b'\r\n' for l in out)
    return base64.b64encode(hashlib.sha256(canon).digest()).decode()


def simple_body_hash(body):
    b = body.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    while b.endswith(b'\r\n\r\n'):
        b = b[:-2]
    if not b.endswith(b'\r\n'):
        b += b'\r\n'
    return base64.b64encode(hashlib.sha256(b).digest()).decode()


def sig_b(rng, bits=2048):
    s = b64s(rng, bits // 8)
    return s


def dkim(rng, d, s, h, body, t=None, x=None, c='relaxed/relaxed', i=None, extra='', bits=2048, order='std'):
    h = h.rstrip(';')
    bh = relaxed_body_hash(body) if c.endswith('relaxed') else simple_body_hash(body)
    b = sig_b(rng, bits)
    tags = ['v=1', 'a=rsa-sha256', 'c=%s' % c, 'd=%s' % d, 's=%s' % s]
    if order == 'google':
        tags = ['v=1', 'a=rsa-sha256', 'c=%s' % c, 'd=%s' % d, 's=%s' % s]
    if t:
        tags.append('t=%d' % t)
    if x:
        tags.append('x=%d' % x)
    if i:
        tags.append('i=%s' % i)
    if extra:
        tags.append(extra)
    tags.append('h=%s' % h)
    tags.append('bh=%s' % bh)
    # fold b= value in 72-char chunks like most signers
    bl = ['b=' + b[:60]] + [b[k:k + 72] for k in range(60, len(b), 72)]
    val = '; '.join(tags) + ';\n\t' + '\n\t '.join(bl)
    # fold the tag list
    out, cur = [], ''
    for part in val.split('; '):
        seg = part + ';'
        if len(cur) + len(seg) > 70 and cur:
            out.append(cur.rstrip())
            cur = ''
        cur += seg + ' '
    out.append(cur.rstrip().rstrip(';'))
    return '\n\t'.join(out), b[:8]
