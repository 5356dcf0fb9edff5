"""Deterministic helpers: pseudo-random values derived from seeds, dates/time zones,
RFC 2047 encoded words, quoted-printable and base64 encoders, header folding."""
import base64
import datetime as _dt
import hashlib

# ---------------------------------------------------------------- determinism
def hbytes(seed, n=32):
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s#%d' % (seed, i)).encode('utf-8')).digest()
        i += 1
    return out[:n]


def rint(seed, lo, hi):
    v = int.from_bytes(hbytes(seed, 8), 'big')
    return lo + v % (hi - lo + 1)


def rhex(seed, n, upper=False):
    s = hbytes(seed, (n + 1) // 2).hex()[:n]
    return s.upper() if upper else s


def rchars(seed, n, alphabet):
    b = hbytes(seed, n * 2)
    return ''.join(alphabet[int.from_bytes(b[2 * i:2 * i + 2], 'big') % len(alphabet)]
                   for i in range(n))


ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
LOWNUM = '0123456789abcdefghijklmnopqrstuvwxyz'
B64URL = ALNUM + '-_'
DIGITS = '0123456789'


def ruuid(seed, upper=False):
    h = rhex(seed, 32)
    h = h[:12] + '4' + h[13:16] + '89ab'[int(h[16], 16) % 4] + h[17:]
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


# ---------------------------------------------------------------- time zones
UTC = _dt.timezone.utc


def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = _dt.date(year, month, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


def _eu_dst(utc):
    start = _dt.datetime.combine(_last_sunday(utc.year, 3), _dt.time(1), UTC)
    end = _dt.datetime.combine(_last_sunday(utc.year, 10), _dt.time(1), UTC)
    return start <= utc < end


def _us_dst(utc):
    start = _dt.datetime.combine(_nth_sunday(utc.year, 3, 2), _dt.time(10), UTC)
    end = _dt.datetime.combine(_nth_sunday(utc.year, 11, 1), _dt.time(9), UTC)
    return start <= utc < end


# zone -> function(utc) -> (offset minutes, abbreviation)
ZONES = {
    'DE': lambda u: (120, 'CEST') if _eu_dst(u) else (60, 'CET'),
    'IT': lambda u: (120, 'CEST') if _eu_dst(u) else (60, 'CET'),
    'ES': lambda u: (120, 'CEST') if _eu_dst(u) else (60, 'CET'),
    'PL': lambda u: (120, 'CEST') if _eu_dst(u) else (60, 'CET'),
    'NO': lambda u: (120, 'CEST') if _eu_dst(u) else (60, 'CET'),
    'GR': lambda u: (180, 'EEST') if _eu_dst(u) else (120, 'EET'),
    'UK': lambda u: (60, 'BST') if _eu_dst(u) else (0, 'GMT'),
    'RU': lambda u: (180, 'MSK'),
    'UTC': lambda u: (0, 'UTC'),
    'PT': lambda u: (-420, 'PDT') if _us_dst(u) else (-480, 'PST'),
    'ET': lambda u: (-240, 'EDT') if _us_dst(u) else (-300, 'EST'),
}


def to_utc(local, zone):
    """local: 'YYYY-MM-DD HH:MM:SS' wall clock in zone."""
    naive = _dt.datetime.strptime(local, '%Y-%m-%d %H:%M:%S')
    guess = naive.replace(tzinfo=UTC)
    off = ZONES[zone](guess - _dt.timedelta(minutes=ZONES[zone](guess)[0]))[0]
    return (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(utc, zone, comment=False, pad=False):
    off, abbr = ZONES[zone](utc)
    loc = utc + _dt.timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    day = ('%02d' if pad else '%d') % loc.day
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        DAYS[loc.weekday()], day, MONTHS[loc.month - 1], loc.year,
        loc.hour, loc.minute, loc.second, sign, o // 60, o % 60)
    if comment:
        s += ' (%s)' % abbr
    return s


def local(utc, zone):
    off, _ = ZONES[zone](utc)
    return utc + _dt.timedelta(minutes=off)


def plus(utc, seconds):
    return utc + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- encodings
def qp_encode(data, header=False):
    """Quoted-printable (RFC 2045) for CRLF-normalised bytes; soft breaks at 76."""
    out_lines = []
    for line in data.split(b'\r\n'):
        enc = []
        for i, c in enumerate(line):
            ch = bytes([c])
            if c in (9, 32) and i == len(line) - 1:
                enc.append('=%02X' % c)
            elif (33 <= c <= 126 and c != 61) or c in (9, 32):
                enc.append(ch.decode('ascii'))
            else:
                enc.append('=%02X' % c)
        cur = ''
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out_lines.append(cur + '=')
                cur = ''
            cur += tok
        out_lines.append(cur)
    return '\r\n'.join(out_lines).encode('ascii')


def b64_encode(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return '\r\n'.join(s[i:i + width] for i in range(0, len(s), width)).encode('ascii') + b'\r\n'


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def _q_word(bs):
    out = ''
    for c in bs:
        if c == 32:
            out += '_'
        elif (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or chr(c) in '!*+-/':
            out += chr(c)
        else:
            out += '=%02X' % c
    return out


def pick_cs(text, charset):
    """Use charset if it can represent text, else the sender's usual fallback."""
    for cs in (charset, 'windows-1252' if charset.lower().startswith('iso-8859-1') else None, 'utf-8'):
        if cs is None:
            continue
        try:
            text.encode(cs.lower())
            return cs
        except UnicodeEncodeError:
            pass


def encoded_words(text, charset='utf-8', enc='Q', maxlen=75):
    """Return list of RFC 2047 encoded words for text (never splitting a character)."""
    charset = pick_cs(text, charset)
    label = charset
    words = []
    cur = ''

    def render(s):
        bs = s.encode(charset.lower())
        if enc.upper() == 'B':
            body = base64.b64encode(bs).decode('ascii')
        else:
            body = _q_word(bs)
        return '=?%s?%s?%s?=' % (label, enc.upper(), body)

    for ch in text:
        if cur and len(render(cur + ch)) > maxlen:
            words.append(render(cur))
            cur = ''
        cur += ch
    if cur:
        words.append(render(cur))
    return words


def hdr_text(text, charset='utf-8', enc='Q'):
    """Unstructured header value: ASCII as is, otherwise encoded words folded."""
    if is_ascii(text):
        return text
    return '\r\n '.join(encoded_words(text, charset, enc))


def fold(name, value):
    """Fold an ASCII header value at spaces so physical lines stay below 78 chars."""
    if '\r\n' in value:
        return '%s: %s' % (name, value)
    line = name + ':'
    out = []
    for w in value.split(' '):
        if len(line) + 1 + len(w) > 76 and line.strip() and not line.endswith(':'):
            out.append(line)
            line = ' ' + w
        else:
            line += ' ' + w
    out.append(line)
    return '\r\n'.join(out)


def needs_quotes(name):
    return any(c in name for c in '()<>[]:;@\\,."')


def addr(name, address, charset='utf-8', enc='Q'):
    if not name:
        return address
    if is_ascii(name):
        n = '"%s"' % name.replace('"', '\\"') if needs_quotes(name) else name
    else:
        words = encoded_words(name, charset, enc)
        if len(words) > 1:
            words = encoded_words(name, charset, 'B')
        if len(words) > 1:
            words = encoded_words(name, charset, 'B', maxlen=998)
        n = words[0]
    return '%s <%s>' % (n, address)


def addr_list(items, charset='utf-8', enc='Q'):
    return ',\r\n '.join(addr(n, a, charset, enc) for n, a in items)
