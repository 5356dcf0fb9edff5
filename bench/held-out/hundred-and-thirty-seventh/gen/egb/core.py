"""Message model: MIME parts, header encoding/folding, time zones, ids."""
import base64
import datetime
import random
import re

CRLF = '\r\n'
UTC = datetime.timezone.utc

# ------------------------------------------------------------------ time zones
_EU_DST_START = datetime.datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
_EU_DST_END = datetime.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
_US_DST_END = datetime.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

ZONES = {
    # name: (std offset h, dst offset h, std abbr, dst abbr, rule)
    'Europe/Berlin': (1, 2, 'CET', 'CEST', 'eu'),
    'Europe/Rome': (1, 2, 'CET', 'CEST', 'eu'),
    'Europe/Warsaw': (1, 2, 'CET', 'CEST', 'eu'),
    'Europe/Madrid': (1, 2, 'CET', 'CEST', 'eu'),
    'Europe/London': (0, 1, 'GMT', 'BST', 'eu'),
    'Europe/Athens': (2, 3, 'EET', 'EEST', 'eu'),
    'Europe/Vilnius': (2, 3, 'EET', 'EEST', 'eu'),
    'Europe/Moscow': (3, 3, 'MSK', 'MSK', 'none'),
    'America/Los_Angeles': (-8, -7, 'PST', 'PDT', 'us'),
    'America/New_York': (-5, -4, 'EST', 'EDT', 'us'),
    'Asia/Kolkata': (5.5, 5.5, 'IST', 'IST', 'none'),
    'Africa/Lagos': (1, 1, 'WAT', 'WAT', 'none'),
    'UTC': (0, 0, 'UTC', 'UTC', 'none'),
}


def to_zone(dt, zone):
    """Convert an aware datetime to the given zone; returns (aware dt, abbreviation)."""
    std, dst, sa, da, rule = ZONES[zone]
    u = dt.astimezone(UTC)
    is_dst = False
    if rule == 'eu':
        is_dst = _EU_DST_START <= u < _EU_DST_END
    elif rule == 'us':
        is_dst = u < _US_DST_END  # our window is Oct-Dec 2026 only
    off = dst if is_dst else std
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return u.astimezone(tz), (da if is_dst else sa)


def rfc2822(dt, zone=None, abbr=False, zero_pad_day=False):
    if zone:
        dt, ab = to_zone(dt, zone)
    else:
        ab = None
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    day = ('%02d' if zero_pad_day else '%d') % dt.day
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (days[dt.weekday()], day, months[dt.month - 1], dt.year,
                                                   dt.hour, dt.minute, dt.second, sign, mins // 60, mins % 60)
    if abbr and ab:
        s += ' (%s)' % ab
    return s


def utc(y, mo, d, h, mi, s=0):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def local(zone, y, mo, d, h, mi, s=0):
    """Build an aware datetime from local wall time in a zone."""
    std, dst, _, _, rule = ZONES[zone]
    for off in (dst, std):
        cand = datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
        if to_zone(cand, zone)[0].utcoffset() == cand.utcoffset():
            return cand.astimezone(UTC)
    raise ValueError('bad local time')


# ------------------------------------------------------------------ encoded words
_ESPECIALS = re.compile(r'[()<>@,;:\\".\[\]]')


def _q_encode_word(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif ch.isalnum() and c < 128:
            out.append(ch)
        elif ch in '!*+-/' and c < 128:
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def encode_words(text, charset='utf-8', enc='B', maxlen=75):
    """RFC 2047 encode text into one or more encoded words (never splitting a character)."""
    cs = charset.upper() if charset.lower() == 'utf-8' and enc == 'Q' else charset
    words = []
    cur = ''
    prefix = '=?%s?%s?' % (cs, enc)

    def enc_chunk(s):
        b = s.encode(charset)
        if enc == 'B':
            return prefix + base64.b64encode(b).decode() + '?='
        return prefix + _q_encode_word(b) + '?='
    for ch in text:
        if len(enc_chunk(cur + ch)) > maxlen and cur:
            words.append(enc_chunk(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_chunk(cur))
    return words


def hdr_text(text, charset='utf-8', enc='B', mode='whole'):
    """Header text: ASCII as-is, otherwise encoded words.
    mode 'whole' encodes the entire string (Outlook style); 'minimal' only the non-ASCII words
    (Thunderbird/Gmail style)."""
    if all(ord(c) < 128 for c in text):
        return text
    if mode == 'whole':
        return ' '.join(encode_words(text, charset, enc))
    # minimal: group runs of words that contain non-ascii
    toks = text.split(' ')
    out = []
    run = []
    for t in toks:
        if any(ord(c) > 127 for c in t):
            run.append(t)
        else:
            if run:
                out.append(' '.join(encode_words(' '.join(run), charset, enc)))
                run = []
            out.append(t)
    if run:
        out.append(' '.join(encode_words(' '.join(run), charset, enc)))
    # adjacent encoded words and following plain words: ensure spaces preserved by including trailing space
    return ' '.join(out)


def addr(name, email, charset='utf-8', enc='B', quote_always=False, mode='whole'):
    if not name:
        return email if not quote_always else '<%s>' % email
    if all(ord(c) < 128 for c in name):
        if _ESPECIALS.search(name) or quote_always:
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (hdr_text(name, charset, enc, mode), email)


# ------------------------------------------------------------------ folding
def fold(name, value, width=78):
    """Fold a header at whitespace. Existing CRLF+WSP sequences are kept."""
    if '\r\n' in value:
        return '%s: %s' % (name, value)
    line = name + ': '
    out = []
    tokens = re.split(r'( )', value)
    cur = line
    first = True
    for tok in tokens:
        if tok == ' ':
            continue
        piece = tok if first else ' ' + tok
        if len(cur) + len(piece) > width and not first and cur.strip() != name + ':':
            out.append(cur)
            cur = ' ' + tok
        else:
            cur += piece
        first = False
    out.append(cur)
    return CRLF.join(out)


# ------------------------------------------------------------------ bodies
def qp_encode(b, maxlen=76, crlf_in=True):
    """Quoted-printable encode bytes whose line breaks are CRLF."""
    text_lines = b.split(b'\r\n')
    out_lines = []
    for ln in text_lines:
        enc = []
        for i, c in enumerate(ln):
            if (33 <= c <= 126 and c != 61) or (c in (32, 9) and i != len(ln) - 1):
                enc.append(chr(c))
            else:
                enc.append('=%02X' % c)
        cur = ''
        for tok in enc:
            if len(cur) + len(tok) > maxlen - 1:
                out_lines.append(cur + '=')
                cur = tok
            else:
                cur += tok
        out_lines.append(cur)
    return CRLF.join(out_lines)


def b64_encode(b, width=76):
    s = base64.b64encode(b).decode()
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) if s else ''


def norm_crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None, filename=None,
                 disposition=None, cid=None, headers=None, children=None, boundary=None,
                 fname_enc='rfc2231', name_param=True, ct_charset_quoted=True, preamble=None,
                 description=None, size_param=False, date_params=None, fold_ct=True):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.headers = headers or []
        self.children = children or []
        self.boundary = boundary
        self.fname_enc = fname_enc
        self.name_param = name_param
        self.ct_charset_quoted = ct_charset_quoted
        self.preamble = preamble
        self.description = description
        self.size_param = size_param
        self.date_params = date_params
        self.fold_ct = fold_ct

    # -- helpers
    def _fname_param(self, key):
        fn = self.filename
        if all(ord(c) < 128 for c in fn):
            return '%s="%s"' % (key, fn)
        if self.fname_enc == 'rfc2047':
            return '%s="%s"' % (key, ' '.join(encode_words(fn, 'utf-8', 'B')))
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (key, quote(fn.encode('utf-8'), safe=''))

    def raw_bytes(self):
        if isinstance(self.body, str):
            return norm_crlf(self.body).encode(self.charset or 'us-ascii')
        return self.body

    def encoded_body(self):
        """Encoded body as bytes (CRLF line ends)."""
        if self.ctype.startswith('multipart/'):
            raise ValueError
        raw = self.raw_bytes()
        cte = (self.cte or '7bit').lower()
        if cte == 'base64':
            return b64_encode(raw).encode('ascii')
        if cte == 'quoted-printable':
            return qp_encode(raw).encode('ascii')
        return raw

    def mime_headers(self):
        h = []
        ct = self.ctype
        params = []
        if self.ctype.startswith('multipart/'):
            params += self.params
            params.append('boundary="%s"' % self.boundary)
        else:
            if self.charset:
                params.append(('charset="%s"' if self.ct_charset_quoted else 'charset=%s') % self.charset)
            params += self.params
            if self.filename and self.name_param:
                params.append(self._fname_param('name'))
        if params:
            flat = ct + '; ' + '; '.join(params)
            if self.fold_ct and len(flat) > 64:
                ctv = ct + ';' + ''.join(CRLF + '\t' + p + ';' for p in params)[:-1]
            else:
                ctv = flat
        else:
            ctv = ct
        h.append(('Content-Type', ctv))
        if self.description:
            h.append(('Content-Description', self.description))
        if self.disposition:
            dv = self.disposition
            if self.filename:
                dv += ';' + CRLF + '\t' + self._fname_param('filename')
                if self.size_param:
                    dv += '; size=%d' % len(self.body if isinstance(self.body, bytes) else self.body.encode(self.charset or 'utf-8'))
                if self.date_params:
                    dv += ';' + CRLF + '\tcreation-date="%s";' % self.date_params + CRLF + '\tmodification-date="%s"' % self.date_params
            h.append(('Content-Disposition', dv))
        if self.cte and not self.ctype.startswith('multipart/'):
            h.append(('Content-Transfer-Encoding', self.cte))
        if self.cid:
            h.append(('Content-ID', '<%s>' % self.cid))
        h += self.headers
        return h

    def render_body(self):
        if self.ctype.startswith('multipart/'):
            out = []
            if self.preamble:
                out.append(self.preamble.encode('ascii'))
                out.append(b'')
            for ch in self.children:
                out.append(b'--' + self.boundary.encode('ascii'))
                out.append(ch.render())
            out.append(b'--' + self.boundary.encode('ascii') + b'--')
            out.append(b'')
            return b'\r\n'.join(out)
        return self.encoded_body()

    def render(self):
        hs = CRLF.join(render_header(n, v) for n, v in self.mime_headers()).encode('ascii')
        return hs + b'\r\n\r\n' + self.render_body()

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


def render_header(name, value):
    if '\r\n' in value:
        return '%s: %s' % (name, value)
    if len(name) + 2 + len(value) <= 78:
        return '%s: %s' % (name, value)
    return fold(name, value)


# ------------------------------------------------------------------ random ids
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
HEXU = '0123456789ABCDEF'
HEXL = '0123456789abcdef'
B64 = ALNUM + '+/'
PF_LONG = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'


def rstr(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def guid(rng, upper=False):
    h = rstr(rng, HEXL, 32)
    g = '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], rng.choice('89ab'), h[17:20], h[20:32])
    return g.upper() if upper else g


def b64rand(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def postfix_qid(rng):
    return '4d' + rstr(rng, PF_LONG, 11)


def postfix_short_qid(rng):
    return rstr(rng, HEXU, 10)


class Msg:
    """State of one message being built."""

    def __init__(self, folder, fname, lang):
        self.folder = folder
        self.fname = fname
        self.lang = lang
        self.rng = random.Random(fname)
        self.meta = {}
        self.facts = {'IBAN': [], 'URL': [], 'Phone': [], 'Wallet': [], 'QR': [], 'Other': []}
        self.qr_expect = []      # (where, payload str)
        self.zip_passwords = {}  # attachment filename -> password bytes
        self.headers = []        # final header list, top-first
        self.body = None
        # content
        self.frm = None
        self.to = []
        self.cc = []
        self.reply_to = None
        self.subject = ''
        self.hcharset, self.henc, self.hmode = 'utf-8', 'B', 'whole'
        self.sent = None
        self.zone = 'Europe/Berlin'
        self.msgid = None
        self.irt = None
        self.refs = []
        self.env_from = None
        self.rcpt = None
        self.dkim_sigs = []

    def fact(self, kind, value):
        if value not in self.facts[kind]:
            self.facts[kind].append(value)
        return value

    def render(self):
        lines = []
        mime = [render_header(n, v) for n, v in self.body.mime_headers()]
        placed = False
        for n, v in self.headers:
            if n == '__MIME__':
                lines.extend(mime)
                placed = True
            else:
                lines.append(render_header(n, v))
        if not placed:
            lines.extend(mime)
        head = CRLF.join(lines).encode('ascii')
        data = head + b'\r\n\r\n' + self.body.render_body()
        if not data.endswith(b'\r\n'):
            data += b'\r\n'
        return data
