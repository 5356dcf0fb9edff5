"""Byte-exact MIME assembly with per-sender styles."""
import base64
import datetime as _dt
import quopri
import random
import string

# ---------------------------------------------------------------- time
UTC = _dt.timezone.utc


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


def offset(zone, t):
    """UTC offset in minutes and abbreviation for a few zones at UTC time t."""
    y = t.year
    if zone in ('CET', 'EET', 'GMT'):
        start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1), UTC)
        end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1), UTC)
        dst = start <= t < end
        base = {'CET': 60, 'EET': 120, 'GMT': 0}[zone]
        abbr = {'CET': ('CET', 'CEST'), 'EET': ('EET', 'EEST'), 'GMT': ('GMT', 'BST')}[zone][dst]
        return base + (60 if dst else 0), abbr
    if zone == 'MSK':
        return 180, 'MSK'
    if zone in ('PT', 'ET'):
        base = -480 if zone == 'PT' else -300
        start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(2), UTC) - _dt.timedelta(minutes=base)
        end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(2), UTC) - _dt.timedelta(minutes=base + 60)
        dst = start <= t < end
        abbr = {'PT': ('PST', 'PDT'), 'ET': ('EST', 'EDT')}[zone][dst]
        return base + (60 if dst else 0), abbr
    if zone == 'UTC':
        return 0, 'UTC'
    raise ValueError(zone)


_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(t, zone='CET', comment=False, pad_day=False):
    off, abbr = offset(zone, t)
    lt = t + _dt.timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    day = ('%02d' if pad_day else '%d') % lt.day
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (_DAYS[lt.weekday()], day, _MONS[lt.month - 1], lt.year,
                                                   lt.hour, lt.minute, lt.second, sign, abs(off) // 60, abs(off) % 60)
    if comment:
        s += ' (%s)' % abbr
    return s


def local(t, zone):
    off, _ = offset(zone, t)
    return t + _dt.timedelta(minutes=off)


def T(y, mo, d, h, mi, s=0, zone='CET'):
    """Construct a UTC datetime from local wall-clock time in zone."""
    naive = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    off, _ = offset(zone, naive)
    t = naive - _dt.timedelta(minutes=off)
    off2, _ = offset(zone, t)
    return naive - _dt.timedelta(minutes=off2)


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- random helpers
class R(random.Random):
    def hex(self, n, upper=False):
        s = ''.join(self.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars=string.ascii_letters + string.digits):
        return ''.join(self.choice(chars) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.randrange(256) for _ in range(nbytes))).decode()

    def digits(self, n):
        return ''.join(self.choice('0123456789') for _ in range(n))

    def uuid(self, upper=False):
        h = self.hex(32, upper)
        return '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], self.choice('89ab' if not upper else '89AB'),
                                      h[17:20], h[20:32])

    def postfix_qid(self):
        # Postfix long queue id: time-based base-52 prefix + 'z' + inode part
        a = '4' + self.choice('bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ') + self.alnum(8, 'bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ0123456789')
        return a + 'z' + self.alnum(4, 'bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ0123456789')

    def bytes_(self, n):
        return bytes(self.randrange(256) for _ in range(n))


# ---------------------------------------------------------------- header encoding
def needs_enc(s):
    return any(ord(c) > 126 or ord(c) < 32 for c in s)


def ew(text, charset='utf-8', enc='B', maxlen=75):
    """Encode text as RFC 2047 encoded words, split to fit maxlen each."""
    out = []
    cur = ''
    prefix = '=?%s?%s?' % (charset, enc)

    def encode(chunk):
        b = chunk.encode(charset)
        if enc == 'B':
            return prefix + base64.b64encode(b).decode() + '?='
        q = ''
        for byte in b:
            c = chr(byte)
            if c == ' ':
                q += '_'
            elif c.isalnum() and byte < 128:
                q += c
            elif c in '!*+-/' and byte < 128:
                q += c
            else:
                q += '=%02X' % byte
        return prefix + q + '?='
    for ch in text:
        cand = cur + ch
        if len(encode(cand)) > maxlen and cur:
            out.append(encode(cur))
            cur = ch
        else:
            cur = cand
    if cur:
        out.append(encode(cur))
    return out


def enc_header(text, charset='utf-8', enc='B', sep='\n '):
    if not needs_enc(text):
        return text
    return sep.join(ew(text, charset, enc))


def enc_phrase_mixed(text, charset='utf-8', enc='Q', sep='\n '):
    """Outlook/Thunderbird style: encode only the words that need it."""
    if not needs_enc(text):
        return text
    words = text.split(' ')
    out = []
    buf = []
    for w in words:
        if needs_enc(w):
            buf.append(w)
        else:
            if buf:
                out.append(sep.join(ew(' '.join(buf), charset, enc)))
                buf = []
            out.append(w)
    if buf:
        out.append(sep.join(ew(' '.join(buf), charset, enc)))
    return ' '.join(out)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset='utf-8', enc='B', quote_always=False):
    if not name:
        return email if not quote_always else '<%s>' % email
    if needs_enc(name):
        return '%s <%s>' % (' '.join(ew(name, charset, enc)), email)
    if quote_always or any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
    return '%s <%s>' % (name, email)


def fold(name, value, width=78, cont=' '):
    """Fold a header at spaces/semicolons (value may already contain folds)."""
    if '\n' in value:
        return '%s: %s' % (name, value)
    line = '%s: ' % name
    out = []
    tokens = value.split(' ')
    cur = line
    for i, tok in enumerate(tokens):
        add = (tok if cur.endswith(': ') and not out and cur == line else ' ' + tok) if i else tok
        if len(cur) + len(add) > width and cur.strip() and cur != line:
            out.append(cur)
            cur = cont + tok
        else:
            cur += add
    out.append(cur)
    return '\n'.join(out)


# ---------------------------------------------------------------- body encoders
def to_crlf(b):
    return b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')


def qp(data):
    """data: bytes with LF line ends -> QP text (LF), soft breaks at 76."""
    return quopri.encodestring(data).decode('ascii')


def b64(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n'


class Part:
    """A leaf MIME part.  headers: ordered list of (name, value) written as is
    before Content-Transfer-Encoding.  cte in 7bit/8bit/quoted-printable/base64."""

    def __init__(self, ctype, data, charset=None, cte='7bit', headers=None, b64width=76,
                 ctype_value=None, cte_position='after', cte_name='Content-Transfer-Encoding'):
        self.ctype = ctype
        self.charset = charset
        self.data = data
        self.cte = cte
        self.headers = headers or []
        self.b64width = b64width
        self.ctype_value = ctype_value
        self.cte_position = cte_position
        self.cte_name = cte_name
        self.filename = None
        self.kind = 'leaf'

    def payload_bytes(self):
        if isinstance(self.data, str):
            return self.data.encode(self.charset or 'us-ascii')
        return self.data

    def content_type_value(self):
        if self.ctype_value:
            return self.ctype_value
        if self.charset:
            return '%s; charset="%s"' % (self.ctype, self.charset)
        return self.ctype

    def render(self):
        raw = self.payload_bytes()
        if self.cte == 'base64':
            if self.ctype.startswith('text/'):
                raw = to_crlf(raw)
            body = b64(raw, self.b64width).encode()
        elif self.cte == 'quoted-printable':
            body = qp(raw.replace(b'\r\n', b'\n')).encode()
            if not body.endswith(b'\n'):
                body += b'\n'
        else:
            body = raw.replace(b'\r\n', b'\n')
            if self.cte == '7bit':
                assert all(c < 128 for c in body), 'non-ascii in 7bit part'
            if not body.endswith(b'\n'):
                body += b'\n'
        hdrs = []
        ct = ('Content-Type', self.content_type_value())
        cte = (self.cte_name, self.cte)
        if self.cte_position == 'before':
            hdrs.append(cte)
            hdrs.append(ct)
            hdrs += self.headers
        elif self.cte_position == 'last':
            hdrs.append(ct)
            hdrs += self.headers
            hdrs.append(cte)
        elif self.cte_position == 'none':
            hdrs.append(ct)
            hdrs += self.headers
        else:
            hdrs.append(ct)
            hdrs.append(cte)
            hdrs += self.headers
        return hdrs, body


class Multipart:
    def __init__(self, subtype, parts, boundary, params='', preamble=None, epilogue=None, headers=None,
                 ctype_value=None, quote_boundary=True):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params
        self.preamble = preamble
        self.epilogue = epilogue
        self.headers = headers or []
        self.ctype_value = ctype_value
        self.quote_boundary = quote_boundary
        self.kind = 'multi'

    def content_type_value(self):
        if self.ctype_value:
            return self.ctype_value
        special = any(c in '()<>@,;:\\"/[]?= ' for c in self.boundary)
        b = ('"%s"' % self.boundary) if (self.quote_boundary or special) else self.boundary
        return 'multipart/%s;%s\n\tboundary=%s' % (self.subtype, self.params, b) if len(self.boundary) > 40 else \
            'multipart/%s;%s boundary=%s' % (self.subtype, self.params, b)

    def render(self):
        body = b''
        if self.preamble is not None:
            body += self.preamble.encode() + b'\n'
        for p in self.parts:
            hdrs, pb = p.render()
            body += b'\n--' + self.boundary.encode() + b'\n' if body else b'--' + self.boundary.encode() + b'\n'
            body += b''.join(header_bytes(n, v) for n, v in hdrs) + b'\n' + pb
        body += b'\n--' + self.boundary.encode() + b'--\n'
        if self.epilogue is not None:
            body += self.epilogue.encode()
        hdrs = [('Content-Type', self.content_type_value())] + self.headers
        return hdrs, body


class Raw:
    """An embedded message/rfc822 part or any pre-rendered part."""

    def __init__(self, headers, body):
        self.h = headers
        self.body = body
        self.kind = 'raw'

    def render(self):
        return self.h, self.body


def header_bytes(name, value):
    if name is None:
        s = value
    else:
        s = '%s: %s' % (name, value) if value != '' else '%s:' % name
    s = s.rstrip('\n')
    assert all(ord(c) < 128 for c in s), 'non-ascii header %s: %r' % (name, s[:80])
    return s.encode('ascii') + b'\n'


def render_message(headers, body_obj):
    """headers: ordered list of (name, value); the body object's own MIME
    headers are inserted where a ('<MIME>', None) marker is, else at end."""
    mime_hdrs, body = body_obj.render()
    out = b''
    placed = False
    for n, v in headers:
        if n == '<MIME>':
            out += b''.join(header_bytes(a, b) for a, b in v(mime_hdrs) if True) if callable(v) else \
                b''.join(header_bytes(a, b) for a, b in mime_hdrs)
            placed = True
        else:
            out += header_bytes(n, v)
    if not placed:
        out += b''.join(header_bytes(a, b) for a, b in mime_hdrs)
    out += b'\n' + body
    assert b'\r' not in out
    return out.replace(b'\n', b'\r\n')


# ---------------------------------------------------------------- attachment helpers
def _fn_param(filename, style):
    """Return (name_param, filename_param) strings."""
    if not needs_enc(filename):
        return 'name="%s"' % filename, 'filename="%s"' % filename
    if style == 'outlook':
        e = ' '.join(ew(filename, 'iso-8859-1' if all(ord(c) < 256 for c in filename) else 'utf-8', 'Q'))
        return 'name="%s"' % e, 'filename="%s"' % e
    if style in ('thunderbird', 'apple'):
        from urllib.parse import quote
        q = quote(filename.encode('utf-8'), safe='')
        return 'name*=UTF-8\'\'%s' % q if style == 'apple' else 'name="%s"' % ' '.join(ew(filename, 'UTF-8', 'B')), \
            'filename*=UTF-8\'\'%s' % q
    e = ' '.join(ew(filename, 'UTF-8', 'B'))
    return 'name="%s"' % e, 'filename="%s"' % e


def attachment(data, filename, mime, style='generic', rng=None, when=None, inline=False, cid=None,
               b64width=76, extra=None):
    name_p, file_p = _fn_param(filename, style)
    disp = 'inline' if inline else 'attachment'
    hdrs = []
    if style == 'outlook':
        ctv = '%s;\n\t%s' % (mime, name_p) if len(mime) + len(name_p) > 60 else '%s; %s' % (mime, name_p)
        hdrs.append(('Content-Description', filename if not needs_enc(filename) else name_p[6:-1]))
        d = '%s;\n\t%s; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (
            disp, file_p, len(data), rfcdate(when, 'UTC').replace('+0000', 'GMT'), rfcdate(when, 'UTC').replace('+0000', 'GMT'))
        hdrs.append(('Content-Disposition', d))
        if cid:
            hdrs.insert(0, ('Content-ID', '<%s>' % cid))
        p = Part(mime, data, cte='base64', headers=hdrs, ctype_value=ctv, b64width=b64width)
    elif style == 'gmail':
        ctv = '%s; %s' % (mime, name_p)
        hdrs.append(('Content-Disposition', '%s; %s' % (disp, file_p)))
        p = Part(mime, data, cte='base64', headers=[], ctype_value=ctv, b64width=b64width)
        aid = cid or ('f_' + rng.alnum(9, string.ascii_lowercase + string.digits))
        p.headers = hdrs + [('Content-ID', '<%s>' % aid), ('X-Attachment-Id', aid)]
        p.cte_position = 'special_gmail'
        p.cte_position = 'last_before_cid'
    elif style == 'thunderbird':
        ctv = '%s; %s' % (mime, name_p)
        hdrs.append(('Content-Disposition', '%s; %s' % (disp, file_p)))
        if cid:
            hdrs.append(('Content-ID', '<%s>' % cid))
        p = Part(mime, data, cte='base64', headers=hdrs, ctype_value=ctv, b64width=72)
    elif style == 'apple':
        hdrs = [('Content-Disposition', '%s;\n\t%s' % (disp, file_p))]
        ctv = '%s;\n\t%s' % (mime, name_p)
        if cid:
            hdrs.append(('Content-Id', '<%s>' % cid))
        p = Part(mime, data, cte='base64', headers=hdrs, ctype_value=ctv, cte_position='before')
    elif style == 'php':
        ctv = '%s; %s' % (mime, name_p)
        hdrs.append(('Content-Disposition', '%s; %s' % (disp, file_p)))
        if cid:
            hdrs.append(('Content-ID', '<%s>' % cid))
        p = Part(mime, data, cte='base64', headers=hdrs, ctype_value=ctv)
    else:
        ctv = '%s; %s' % (mime, name_p)
        hdrs.append(('Content-Disposition', '%s; %s' % (disp, file_p)))
        if cid:
            hdrs.append(('Content-ID', '<%s>' % cid))
        p = Part(mime, data, cte='base64', headers=hdrs, ctype_value=ctv, b64width=b64width)
    if extra:
        p.headers += extra
    p.filename = filename
    return p


def _gmail_render(self):
    pass


# Gmail orders attachment headers: Content-Type, Content-Disposition,
# Content-Transfer-Encoding, Content-ID, X-Attachment-Id
_orig_render = Part.render


def _render(self):
    if self.cte_position == 'last_before_cid':
        save = self.headers
        self.cte_position = 'none'
        hdrs, body = _orig_render(self)
        self.cte_position = 'last_before_cid'
        ct = hdrs[0]
        out = [ct, save[0], (self.cte_name, self.cte)] + save[1:]
        return out, body
    return _orig_render(self)


Part.render = _render


def text(s, subtype='plain', charset='utf-8', cte='quoted-printable', params='', ctype_value=None,
         headers=None, b64width=76):
    ctv = ctype_value or 'text/%s; charset="%s"%s' % (subtype, charset, params)
    return Part('text/' + subtype, s, charset=charset, cte=cte, ctype_value=ctv, headers=headers,
                b64width=b64width)


def render_lf(headers, body_obj):
    """Render a complete message with LF line ends (for embedding as message/rfc822)."""
    return render_message(headers, body_obj).replace(b'\r\n', b'\n')


def rfc822_part(inner_bytes, filename=None, disposition='inline', headers=None):
    h = [('Content-Type', 'message/rfc822' + ('; name="%s"' % filename if filename else ''))]
    if filename:
        h.append(('Content-Disposition', '%s; filename="%s"' % (disposition, filename)))
    if headers:
        h += headers
    return Raw(h, inner_bytes if inner_bytes.endswith(b'\n') else inner_bytes + b'\n')
