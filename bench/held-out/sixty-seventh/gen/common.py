"""Shared helpers: deterministic RNG, dates/time zones, RFC 2047 words,
a small MIME builder that gives full control over charsets and CTEs."""
import base64
import datetime as _dt
import hashlib
import quopri
import random

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
          'Oct', 'Nov', 'Dec']


# --------------------------------------------------------------- randomness
def rng_for(*keys):
    """Deterministic RNG derived from a text key (no global state)."""
    h = hashlib.sha256('|'.join(str(k) for k in keys).encode()).digest()
    return random.Random(int.from_bytes(h[:8], 'big'))


def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def guid(rng, upper=False):
    h = hexs(rng, 32, upper)
    return '-'.join((h[:8], h[8:12], '4' + h[13:16], h[16:20], h[20:32]))


# --------------------------------------------------------------- time zones
EU_END = _dt.datetime(2026, 10, 25, 1, 0)     # EU summer time ends (UTC)
US_END = _dt.datetime(2026, 11, 1, 9, 0)      # 2 a.m. PDT = 09:00 UTC
US_END_E = _dt.datetime(2026, 11, 1, 6, 0)


def tzinfo(zone, t):
    """(offset minutes, abbreviation) for a naive UTC datetime."""
    s = t < EU_END
    if zone in ('DE', 'IT', 'PL', 'ES', 'FR', 'AT', 'NL', 'CET'):
        return (120, 'CEST') if s else (60, 'CET')
    if zone in ('GR', 'EET', 'FI', 'LT'):
        return (180, 'EEST') if s else (120, 'EET')
    if zone in ('UK', 'GB'):
        return (60, 'BST') if s else (0, 'GMT')
    if zone == 'RU':
        return (180, 'MSK')
    if zone == 'PT':
        return (-420, 'PDT') if t < US_END else (-480, 'PST')
    if zone == 'ET':
        return (-240, 'EDT') if t < US_END_E else (-300, 'EST')
    if zone == 'VN':
        return (420, '+07')
    if zone == 'BR':
        return (-180, '-03')
    if zone == 'NG':
        return (60, 'WAT')
    if zone == 'IN':
        return (330, 'IST')
    return (0, 'UTC')


def local(t, zone):
    off, abbr = tzinfo(zone, t)
    return t + _dt.timedelta(minutes=off), off, abbr


def utc(y, mo, d, h, mi, s=0, zone='DE'):
    """Build a UTC datetime from a *local* wall-clock time in zone."""
    guess = _dt.datetime(y, mo, d, h, mi, s)
    off, _ = tzinfo(zone, guess - _dt.timedelta(hours=2))
    return guess - _dt.timedelta(minutes=off)


def rfc_date(t, zone, paren=False, zero_pad=False, utc_word=False):
    lt, off, abbr = local(t, zone)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    day = ('%02d' % lt.day) if zero_pad else str(lt.day)
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        DAYS[lt.weekday()], day, MONTHS[lt.month - 1], lt.year,
        lt.hour, lt.minute, lt.second, sign, o // 60, o % 60)
    if paren:
        s += ' (%s)' % abbr
    return s


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# --------------------------------------------------------------- charsets
CODEC = {'windows-1250': 'cp1250', 'windows-1251': 'cp1251',
         'windows-1252': 'cp1252', 'windows-1253': 'cp1253',
         'us-ascii': 'ascii'}

FALLBACK = {'\u201e': '"', '\u201c': '"', '\u201d': '"', '\u201a': "'",
            '\u2018': "'", '\u2019': "'", '\u2013': '-', '\u2014': '-',
            '\u2026': '...', '\u20ac': 'EUR', '\u2116': 'N', '\u00ab': '"',
            '\u00bb': '"', '\u00a0': ' ', '\u2022': '*', '\u2192': '->',
            '\u00b7': '-', '\u2122': '(TM)', '\u2212': '-'}


def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())


def fit(text, cs):
    """Replace characters the charset cannot carry, as mail clients do."""
    c = codec(cs)
    out = []
    for ch in text:
        try:
            ch.encode(c)
            out.append(ch)
        except UnicodeEncodeError:
            fb = FALLBACK.get(ch)
            if fb is None:
                raise ValueError('cannot encode %r in %s' % (ch, cs))
            out.append(fb)
    return ''.join(out)


def enc(text, cs):
    return fit(text, cs).encode(codec(cs))


# --------------------------------------------------------------- RFC 2047
_QSAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _q_char(b):
    out = []
    for x in b:
        if x == 0x20:
            out.append('_')
        elif x in _QSAFE:
            out.append(chr(x))
        else:
            out.append('=%02X' % x)
    return ''.join(out)


def encoded_words(s, cs='utf-8', mode='Q'):
    """Encode s into a list of RFC 2047 words (each <= 75 chars),
    never splitting a multibyte character."""
    s = fit(s, cs)
    c = codec(cs)
    pre = '=?%s?%s?' % (cs, mode)
    room = 75 - len(pre) - 2
    words, cur = [], b''

    def wlen(bs):
        if mode == 'Q':
            return len(_q_char(bs))
        return 4 * ((len(bs) + 2) // 3)

    cur_s = ''
    for ch in s:
        if cur_s and wlen((cur_s + ch).encode(c)) > room:
            k = cur_s.rfind(' ')
            if 0 < k < len(cur_s) - 1 and len(cur_s) - k < 25:
                # split after a space (kept inside the first word) so that
                # decoders that keep inter-word folding whitespace still
                # produce readable text
                words.append(cur_s[:k + 1].encode(c))
                cur_s = cur_s[k + 1:]
            else:
                words.append(cur_s.encode(c))
                cur_s = ''
        cur_s += ch
    if cur_s:
        words.append(cur_s.encode(c))
    res = []
    for w in words:
        if mode == 'Q':
            res.append(pre + _q_char(w) + '?=')
        else:
            res.append(pre + base64.b64encode(w).decode() + '?=')
    return res


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def hval(s, cs='utf-8', mode='Q', whole=False):
    """Header value: ASCII stays, otherwise RFC 2047. Outlook-like: a
    leading run of ASCII words (e.g. 'AW:') stays unencoded."""
    if is_ascii(s):
        return s
    if whole:
        return '\n '.join(encoded_words(s, cs, mode))
    parts = s.split(' ')
    i = 0
    while i < len(parts) and is_ascii(parts[i]) and i < len(parts) - 1:
        i += 1
    head = ' '.join(parts[:i])
    tail = ' '.join(parts[i:])
    ws = encoded_words(tail, cs, mode)
    if head:
        return head + ' ' + '\n '.join(ws)
    return '\n '.join(ws)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs='utf-8', mode='Q'):
    if not name:
        return '<%s>' % email if False else email
    if is_ascii(name):
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % ('\n '.join(encoded_words(name, cs, mode)), email)


def addr_list(lst, cs='utf-8', mode='Q'):
    return ',\n\t'.join(addr(n, e, cs, mode) for n, e in lst)


def fold(name, value, limit=78):
    """Fold a plain header at spaces (never inside encoded words)."""
    if '\n' in value or len(name) + 2 + len(value) <= limit:
        return '%s: %s' % (name, value)
    words = value.split(' ')
    lines, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > limit and cur.strip() and cur != name + ':':
            lines.append(cur)
            cur = '\t' + w
        else:
            cur = cur + ' ' + w
    lines.append(cur)
    return '\n'.join(lines)


# --------------------------------------------------------------- MIME parts
def qp(data):
    out = quopri.encodestring(data)
    return out if out.endswith(b'\n') else out + b'\n'


def b64(data):
    return base64.encodebytes(data)


class Part:
    """A MIME entity. Leaf: text (str + charset) or data (bytes).
    Container: parts + subtype."""

    def __init__(self, ctype, text=None, data=None, charset=None, cte=None,
                 params=None, filename=None, disp=None, cid=None, parts=None,
                 boundary=None, fname_style='quoted', extra=None,
                 preamble=None, role='body', size_param=False, when=None,
                 fname_cs='utf-8'):
        self.ctype = ctype
        self.text = text
        self.data = data
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.filename = filename
        self.disp = disp
        self.cid = cid
        self.parts = parts
        self.boundary = boundary
        self.fname_style = fname_style
        self.fname_cs = fname_cs
        self.extra = extra or []
        self.preamble = preamble
        self.role = role            # 'body' text, 'attachment', 'inline'
        self.size_param = size_param
        self.when = when

    # ---- encoding helpers
    def _fname_param(self, key):
        fn = self.filename
        if is_ascii(fn):
            return '%s="%s"' % (key, fn)
        if self.fname_style == '2231':
            from urllib.parse import quote
            b = fn.encode(codec(self.fname_cs))
            val = quote(b, safe='')
            if len(val) <= 60:
                return "%s*=%s''%s" % (key, self.fname_cs, val)
            # RFC 2231 continuations, never splitting a %XX triplet
            chunks, cur, i = [], '', 0
            while i < len(val):
                tok = val[i:i + 3] if val[i] == '%' else val[i]
                if len(cur) + len(tok) > 60:
                    chunks.append(cur)
                    cur = ''
                cur += tok
                i += len(tok)
            chunks.append(cur)
            out = []
            for n, c in enumerate(chunks):
                pre = "%s''" % self.fname_cs if n == 0 else ''
                out.append('%s*%d*=%s%s' % (key, n, pre, c))
            return ';\n\t'.join(out)
        w = encoded_words(fn, self.fname_cs, 'B')
        return '%s="%s"' % (key, ' '.join(w))

    def payload(self):
        if self.text is not None:
            raw = enc(self.text, self.charset)
        else:
            raw = self.data
        cte = self.cte or ('base64' if self.text is None else '7bit')
        if cte == '7bit':
            assert all(b < 0x80 for b in raw), 'non-ascii in 7bit part'
            for ln in raw.split(b'\n'):
                assert len(ln) <= 998
            return raw if raw.endswith(b'\n') else raw + b'\n'
        if cte == '8bit':
            for ln in raw.split(b'\n'):
                assert len(ln) <= 998, 'line too long for 8bit'
            return raw if raw.endswith(b'\n') else raw + b'\n'
        if cte == 'quoted-printable':
            return qp(raw)
        if cte == 'base64':
            return b64(raw)
        raise ValueError(cte)

    def headers(self):
        h = []
        if self.parts is not None:
            ct = '%s;\n\tboundary="%s"' % (self.ctype, self.boundary)
            for k, v in self.params:
                ct += ';\n\t%s="%s"' % (k, v)
            h.append('Content-Type: ' + ct)
            return h + self.extra
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        for k, v in self.params:
            ct += ';\n\t%s=%s' % (k, v)
        if self.filename and self.disp != 'no-name':
            ct += ';\n\t' + self._fname_param('name')
        h.append('Content-Type: ' + ct)
        if self.cte:
            h.append('Content-Transfer-Encoding: ' + self.cte)
        elif self.text is None:
            h.append('Content-Transfer-Encoding: base64')
        if self.cid:
            h.append('Content-ID: <%s>' % self.cid)
        if self.filename or self.disp in ('inline', 'attachment'):
            d = self.disp or 'attachment'
            if d == 'no-name':
                d = 'attachment'
            if self.filename:
                d += ';\n\t' + self._fname_param('filename')
            if self.size_param and self.data is not None:
                d += '; size=%d' % len(self.data)
            if self.when:
                d += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (
                    self.when, self.when)
            h.append('Content-Disposition: ' + d)
        return h + self.extra

    def body_bytes(self):
        if self.parts is None:
            return self.payload()
        out = b''
        if self.preamble:
            out += self.preamble.encode() + b'\n'
        for p in self.parts:
            out += b'\n--' + self.boundary.encode() + b'\n'
            out += '\n'.join(p.headers()).encode() + b'\n\n'
            out += p.body_bytes()
        out += b'\n--' + self.boundary.encode() + b'--\n'
        return out

    # ---- introspection for the manifest
    def walk(self):
        yield self
        if self.parts:
            for p in self.parts:
                yield from p.walk()


def text(body, subtype='plain', charset='utf-8', cte='quoted-printable',
         params=None, **kw):
    return Part('text/' + subtype, text=body, charset=charset, cte=cte,
                params=params, **kw)


def attach(data, ctype, filename, cte='base64', disp='attachment', **kw):
    if ctype.startswith('text/') and 'charset' not in kw:
        kw['charset'] = 'utf-8'
    return Part(ctype, data=data, cte=cte, filename=filename, disp=disp,
                role='attachment', **kw)


def multi(subtype, parts, boundary, preamble=None, params=None):
    return Part('multipart/' + subtype, parts=parts, boundary=boundary,
                preamble=preamble, params=params)


# --------------------------------------------------------------- HTML
def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;')
             .replace('>', '&gt;').replace('"', '&quot;'))


def html_chars(s, cs):
    """Escape for HTML in charset cs; unrepresentable chars -> &#NNNN;"""
    c = codec(cs)
    out = []
    for ch in esc(s):
        try:
            ch.encode(c)
            out.append(ch)
        except UnicodeEncodeError:
            out.append('&#%d;' % ord(ch))
    return ''.join(out)


def paras(t):
    return [p for p in t.strip('\n').split('\n\n')]
