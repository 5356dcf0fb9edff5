"""Hand-rolled MIME serialiser: exact control over charsets, transfer encodings, header order."""
import base64
import datetime as _dt
import quopri
import re

# ---------------------------------------------------------------- time zones
ZONES = {
    # name: (std offset minutes, dst offset minutes, rule, std abbr, dst abbr)
    'eu-cet': (60, 120, 'eu', 'CET', 'CEST'),
    'eu-eet': (120, 180, 'eu', 'EET', 'EEST'),
    'eu-wet': (0, 60, 'eu', 'GMT', 'BST'),
    'msk': (180, 180, None, 'MSK', 'MSK'),
    'us-pt': (-480, -420, 'us', 'PST', 'PDT'),
    'utc': (0, 0, None, 'UTC', 'UTC'),
    'ict': (420, 420, None, 'ICT', 'ICT'),
    'brt': (-180, -180, None, 'BRT', 'BRT'),
}
LANG_ZONE = {'de': 'eu-cet', 'it': 'eu-cet', 'pl': 'eu-cet', 'es': 'eu-cet', 'el': 'eu-eet', 'en': 'eu-wet', 'ru': 'msk'}


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


def zone_offset(zone, utc):
    std, dst, rule, a1, a2 = ZONES[zone]
    if rule == 'eu':
        start = _dt.datetime.combine(_last_sunday(utc.year, 3), _dt.time(1))
        end = _dt.datetime.combine(_last_sunday(utc.year, 10), _dt.time(1))
        is_dst = start <= utc < end
    elif rule == 'us':
        start = _dt.datetime.combine(_nth_sunday(utc.year, 3, 2), _dt.time(10))  # 2am PST = 10 UTC
        end = _dt.datetime.combine(_nth_sunday(utc.year, 11, 1), _dt.time(9))  # 2am PDT = 9 UTC
        is_dst = start <= utc < end
    else:
        is_dst = False
    return (dst if is_dst else std), (a2 if is_dst else a1)


def local_to_utc(s, zone):
    """s = 'YYYY-MM-DD HH:MM:SS' local time in zone -> naive UTC datetime"""
    loc = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    std = ZONES[zone][0]
    utc = loc - _dt.timedelta(minutes=std)
    off, _ = zone_offset(zone, utc)
    return loc - _dt.timedelta(minutes=off)


_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfc_date(utc, zone, abbr=False, day=True):
    off, name = zone_offset(zone, utc)
    loc = utc + _dt.timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    s = '%s%d %s %d %02d:%02d:%02d %s%02d%02d' % (
        (_DAYS[loc.weekday()] + ', ') if day else '', loc.day, _MONS[loc.month - 1], loc.year,
        loc.hour, loc.minute, loc.second, sign, o // 60, o % 60)
    if abbr:
        s += ' (%s)' % name
    return s


def local_parts(utc, zone):
    off, _ = zone_offset(zone, utc)
    return utc + _dt.timedelta(minutes=off)


# ---------------------------------------------------------------- headers
def _is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def ew(text, charset='utf-8', enc='B', maxlen=75):
    """RFC 2047 encoded-words, split on character boundaries, joined with folding whitespace."""
    words = []
    prefix = '=?%s?%s?' % (charset, enc)
    cur = ''

    def encode_chunk(chunk):
        raw = chunk.encode(charset)
        if enc == 'B':
            return base64.b64encode(raw).decode()
        out = ''
        for b in raw:
            c = chr(b)
            if c == ' ':
                out += '_'
            elif (c.isalnum() and b < 128) or c in '!*+-/':
                out += c
            else:
                out += '=%02X' % b
        return out

    for ch in text:
        trial = cur + ch
        if len(prefix) + len(encode_chunk(trial)) + 2 > maxlen:
            words.append(prefix + encode_chunk(cur) + '?=')
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + encode_chunk(cur) + '?=')
    return '\n '.join(words)


def hval(text, charset='utf-8', enc='B'):
    """Header value: plain if ASCII, else encoded-words."""
    if _is_ascii(text):
        return text
    return ew(text, charset, enc)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, email, charset='utf-8', enc='B', quote=None):
    if not name:
        return email if quote is None else '<%s>' % email
    if _is_ascii(name):
        if quote or (quote is None and _SPECIALS.search(name)):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, charset, enc), email)


def fold(name, value, width=78):
    """Fold long ASCII header values at spaces/commas (values that already contain newlines are kept)."""
    if '\n' in value or len(name) + 2 + len(value) <= width:
        return value
    out = []
    line = ''
    cur = len(name) + 2
    tokens = re.split(r'(?<=[ ,;])', value)
    for tok in tokens:
        if cur + len(tok) > width and line:
            out.append(line.rstrip(' '))
            line = tok
            cur = 1 + len(tok)
        else:
            line += tok
            cur += len(tok)
    out.append(line)
    return '\n '.join(x for x in out if x)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, ctype, payload=None, charset=None, cte=None, filename=None, disposition=None,
                 children=None, boundary=None, params=None, cid=None, extra=None, name_style='rfc2231',
                 name_charset='utf-8', preamble=None, desc=None, fmt=None):
        self.ctype = ctype
        self.payload = payload
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.children = children or []
        self.boundary = boundary
        self.params = params or []
        self.cid = cid
        self.extra = extra or []
        self.name_style = name_style
        self.name_charset = name_charset
        self.preamble = preamble
        self.desc = desc
        self.fmt = fmt

    @property
    def is_multipart(self):
        return self.ctype.startswith('multipart/')

    def _param_name(self, key, value):
        if _is_ascii(value):
            return '%s="%s"' % (key, value)
        if self.name_style == 'ew':  # Outlook / many webmailers
            return '%s="%s"' % (key, ew(value, self.name_charset, 'B').replace('\n ', ' '))
        # RFC 2231
        from urllib.parse import quote
        return "%s*=%s''%s" % (key, self.name_charset, quote(value.encode(self.name_charset), safe=''))

    def header_lines(self):
        lines = []
        ct = self.ctype
        ps = []
        if self.charset:
            ps.append('charset="%s"' % self.charset)
        if self.fmt:
            ps.append(self.fmt)
        ps.extend(self.params)
        if self.filename and not self.is_multipart:
            ps.append(self._param_name('name', self.filename))
        if self.is_multipart:
            ps.append('boundary="%s"' % self.boundary)
        if ps:
            val = ct + ';\n\t' + ';\n\t'.join(ps)
        else:
            val = ct
        lines.append('Content-Type: ' + val)
        if self.desc:
            lines.append('Content-Description: ' + self.desc)
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ';\n\t' + self._param_name('filename', self.filename)
            lines.append('Content-Disposition: ' + d)
        if self.cid:
            lines.append('Content-ID: <%s>' % self.cid)
        if self.cte and not self.is_multipart:
            lines.append('Content-Transfer-Encoding: ' + self.cte)
        for k, v in self.extra:
            lines.append('%s: %s' % (k, v))
        return lines

    def body_bytes(self):
        if self.is_multipart:
            out = b''
            if self.preamble:
                out += self.preamble.encode('ascii') + b'\n\n'
            for ch in self.children:
                out += b'--' + self.boundary.encode() + b'\n'
                out += '\n'.join(ch.header_lines()).encode('ascii') + b'\n\n'
                out += ch.body_bytes()
                if not out.endswith(b'\n'):
                    out += b'\n'
            out += b'--' + self.boundary.encode() + b'--\n'
            return out
        data = self.payload
        if isinstance(data, str):
            data = data.encode(self.charset or 'us-ascii')
        cte = (self.cte or '7bit').lower()
        if cte == 'base64':
            return base64.encodebytes(data)
        if cte == 'quoted-printable':
            enc = quopri.encodestring(data)
            return enc if enc.endswith(b'\n') else enc + b'\n'
        if cte == '7bit':
            data.decode('ascii')  # must be ASCII
        return data if data.endswith(b'\n') else data + b'\n'


def render(headers, body):
    """headers: list of (name, value) (already encoded; multi-line values use '\\n' + WSP)."""
    out = []
    for k, v in headers:
        v = fold(k, v)
        out.append('%s: %s' % (k, v))
    out.append('MIME-Version: 1.0')
    out.extend(body.header_lines())
    head = '\n'.join(out).encode('ascii') + b'\n\n'
    return head + body.body_bytes()
