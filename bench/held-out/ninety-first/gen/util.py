"""Dates/time zones, RFC 2047 encoded-words, header folding, QP encoding."""
import base64
import datetime as _dt

UTC = _dt.timezone.utc
_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

# EU summer time ends 2026-10-25 01:00 UTC; US (Pacific) ends 2026-11-01 09:00 UTC
_EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
_US_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

ZONES = {
    # name: (summer offset min, summer abbr, winter offset min, winter abbr, switch)
    'DE': (120, 'CEST', 60, 'CET', _EU_END),
    'IT': (120, 'CEST', 60, 'CET', _EU_END),
    'PL': (120, 'CEST', 60, 'CET', _EU_END),
    'ES': (120, 'CEST', 60, 'CET', _EU_END),
    'GR': (180, 'EEST', 120, 'EET', _EU_END),
    'UK': (60, 'BST', 0, 'GMT', _EU_END),
    'RU': (180, 'MSK', 180, 'MSK', _EU_END),
    'UTC': (0, 'UTC', 0, 'UTC', _EU_END),
    'GMT': (0, 'GMT', 0, 'GMT', _EU_END),
    'PT': (-420, 'PDT', -480, 'PST', _US_END),
    'ET': (-240, 'EDT', -300, 'EST', _US_END),
    'WAT': (60, 'WAT', 60, 'WAT', _EU_END),     # Lagos, no DST
    'ICT': (420, '+07', 420, '+07', _EU_END),   # Vietnam
    'MSK': (180, 'MSK', 180, 'MSK', _EU_END),
}


def parse_berlin(s):
    """'2026-10-13 09:14:22' in Europe/Berlin -> aware UTC datetime."""
    naive = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    # try summer first
    cand = (naive - _dt.timedelta(minutes=120)).replace(tzinfo=UTC)
    if cand < _EU_END:
        return cand
    return (naive - _dt.timedelta(minutes=60)).replace(tzinfo=UTC)


def offset(zone, utc):
    s_off, s_ab, w_off, w_ab, switch = ZONES[zone]
    return (s_off, s_ab) if utc < switch else (w_off, w_ab)


def local(zone, utc):
    off, ab = offset(zone, utc)
    return utc + _dt.timedelta(minutes=off), off, ab


def rfc2822(utc, zone='DE', abbr=False, pad_day=True):
    lt, off, ab = local(zone, utc)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    day = ('%02d' % lt.day) if pad_day else str(lt.day)
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        _DAYS[lt.weekday()], day, _MONS[lt.month - 1], lt.year,
        lt.hour, lt.minute, lt.second, sign, o // 60, o % 60)
    if abbr:
        s += ' (%s)' % ab
    return s


def plus(utc, seconds):
    return utc + _dt.timedelta(seconds=seconds)


def iso_z(utc, ms=True):
    if ms:
        return utc.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (utc.microsecond // 1000)
    return utc.strftime('%Y-%m-%dT%H:%M:%SZ')


def epoch(utc):
    return int(utc.timestamp())


# ------------------------------------------------------------ RFC 2047
_Q_SAFE = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/')


def _q_char(ch, charset):
    out = ''
    for b in ch.encode(charset):
        if b == 0x20:
            out += '_'
        elif b in _Q_SAFE:
            out += chr(b)
        else:
            out += '=%02X' % b
    return out


def _chunks(text, fits):
    """Split text into chunks that each satisfy fits(chunk); prefer to cut
    just before a space so that no word is split across encoded-words."""
    out = []
    cur = ''
    for ch in text:
        if cur and not fits(cur + ch):
            cut = cur.rfind(' ')
            if cut > 0 and fits(cur[cut:] + ch):
                out.append(cur[:cut])
                cur = cur[cut:]
            else:
                out.append(cur)
                cur = ''
        cur += ch
    if cur:
        out.append(cur)
    return out


def ew(text, charset='utf-8', enc='Q', cs_label=None):
    """Encode text as one or more RFC 2047 encoded-words (<=75 chars each),
    separated by single spaces (fold points)."""
    label = cs_label or charset
    prefix = '=?%s?%s?' % (label, enc)
    maxlen = 75 - len(prefix) - 2
    if enc.upper() == 'B':
        maxbytes = (maxlen // 4) * 3
        parts = _chunks(text, lambda c: len(c.encode(charset)) <= maxbytes)
        return ' '.join(prefix + base64.b64encode(p.encode(charset)).decode() + '?=' for p in parts)
    parts = _chunks(text, lambda c: len(''.join(_q_char(x, charset) for x in c)) <= maxlen)
    return ' '.join(prefix + ''.join(_q_char(x, charset) for x in p) + '?=' for p in parts)


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def hval(text, charset='utf-8', enc='Q', cs_label=None):
    """Header value: ASCII left alone, otherwise encoded-words."""
    if is_ascii(text):
        return text
    return ew(text, charset, enc, cs_label)


_SPECIALS = set('()<>@,;:\\".[]')


def addr(name, email, charset='utf-8', enc='Q', cs_label=None, quote_always=False):
    if not name:
        return '<%s>' % email
    if is_ascii(name):
        if quote_always or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    enc_name = ew(name, charset, enc, cs_label)
    if ' ' in enc_name and enc.upper() == 'Q':
        alt_b = ew(name, charset, 'B', cs_label)
        if ' ' not in alt_b:
            enc_name = alt_b          # one B-word keeps the display name intact
    return '%s <%s>' % (enc_name, email)


def addrs(lst, **kw):
    return ', '.join(addr(n, e, **kw) for (n, e) in lst)


def fold(name, value, width=76):
    """Fold an unstructured/structured header at spaces. Values that already
    contain line breaks are assumed pre-folded."""
    if '\n' in value:
        return '%s: %s' % (name, value.replace('\r\n', '\n').replace('\n', '\r\n'))
    line = '%s: ' % name
    out = []
    tokens = value.split(' ')
    cur = line
    first = True
    for tok in tokens:
        if first:
            cur += tok
            first = False
            continue
        if len(cur) + 1 + len(tok) > width and cur.strip():
            out.append(cur)
            cur = ' ' + tok
        else:
            cur += ' ' + tok
    out.append(cur)
    for o in out:
        if len(o) > 998:
            raise ValueError('header line too long: %s' % name)
    return '\r\n'.join(out)


# ------------------------------------------------------------ QP body
def qp_encode(data, maxline=76):
    """Quoted-printable encode bytes (line breaks: LF or CRLF in input)."""
    text = data.replace(b'\r\n', b'\n')
    out_lines = []
    for line in text.split(b'\n'):
        enc = []
        for i, b in enumerate(line):
            last = i == len(line) - 1
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and not last):
                enc.append(chr(b))
            else:
                enc.append('=%02X' % b)
        # soft wrap
        cur = ''
        for tok in enc:
            if len(cur) + len(tok) > maxline - 1:
                out_lines.append(cur + '=')
                cur = ''
            cur += tok
        out_lines.append(cur)
    return '\r\n'.join(out_lines).encode('ascii')


def b64_body(data):
    s = base64.b64encode(data).decode()
    return '\r\n'.join(s[i:i + 76] for i in range(0, len(s), 76)).encode('ascii')


def crlf(b):
    return b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
