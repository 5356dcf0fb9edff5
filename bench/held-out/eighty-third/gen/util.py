"""Deterministic helpers: seeded randomness, time zones, encodings, RFC 2047."""
import base64
import datetime as _dt
import hashlib
import random

UTC = _dt.timezone.utc


def rng(*seed):
    """A random.Random seeded from the given values (deterministic)."""
    h = hashlib.sha256(repr(seed).encode('utf-8')).digest()
    return random.Random(int.from_bytes(h[:8], 'big'))


def hexid(seed, n):
    return hashlib.sha256(('hex:' + repr(seed)).encode()).hexdigest()[:n]


def pick_chars(r, alphabet, n):
    return ''.join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- time zones
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


def _eu_summer(t_utc):
    y = t_utc.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1, 0), UTC)
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0), UTC)
    return start <= t_utc < end


def _us_summer(t_utc):
    y = t_utc.year
    # 2:00 local standard time: second Sunday of March 10:00 UTC (PST), first Sunday Nov 09:00 UTC (PDT)
    start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(10, 0), UTC)
    end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(9, 0), UTC)
    return start <= t_utc < end


ZONES = {
    # zone: (std offset min, std abbr, dst offset, dst abbr, rule)
    'CET': (60, 'CET', 120, 'CEST', 'eu'),
    'EET': (120, 'EET', 180, 'EEST', 'eu'),
    'GB': (0, 'GMT', 60, 'BST', 'eu'),
    'MSK': (180, 'MSK', 180, 'MSK', None),
    'UTC': (0, 'UTC', 0, 'UTC', None),
    'PT': (-480, 'PST', -420, 'PDT', 'us'),
    'ET': (-300, 'EST', -240, 'EDT', 'us'),
}
LANG_ZONE = {'de': 'CET', 'it': 'CET', 'pl': 'CET', 'es': 'CET', 'el': 'EET', 'en': 'GB', 'ru': 'MSK'}


def zone_offset(t_utc, zone):
    std, sa, dst, da, rule = ZONES[zone]
    summer = (rule == 'eu' and _eu_summer(t_utc)) or (rule == 'us' and _us_summer(t_utc))
    return (dst, da) if summer else (std, sa)


def local_to_utc(y, mo, d, h, mi, s, zone):
    """Interpret a wall-clock time in zone, return aware UTC datetime."""
    naive = _dt.datetime(y, mo, d, h, mi, s)
    guess = naive.replace(tzinfo=UTC)
    off, _ = zone_offset(guess - _dt.timedelta(minutes=ZONES[zone][0]), zone)
    return (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(t_utc, zone='UTC', comment=False, style='num'):
    """RFC 5322 date of the UTC instant shown in zone."""
    off, abbr = zone_offset(t_utc, zone)
    lt = t_utc + _dt.timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    s = '%s, %d %s %d %02d:%02d:%02d' % (DAYS[lt.weekday()], lt.day, MONTHS[lt.month - 1], lt.year,
                                        lt.hour, lt.minute, lt.second)
    if style == 'gmt':
        return s + ' GMT'
    if style == 'pad':   # "Tue, 06 Oct 2026" style (two-digit day)
        s = '%s, %02d %s %d %02d:%02d:%02d' % (DAYS[lt.weekday()], lt.day, MONTHS[lt.month - 1], lt.year,
                                              lt.hour, lt.minute, lt.second)
    s += ' %s%02d%02d' % (sign, o // 60, o % 60)
    if comment:
        s += ' (%s)' % abbr
    return s


def local_parts(t_utc, zone):
    off, _ = zone_offset(t_utc, zone)
    return t_utc + _dt.timedelta(minutes=off)


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- body encodings
def qp_encode(data: bytes) -> bytes:
    """Quoted-printable (RFC 2045) for LF-delimited text; soft breaks at 76."""
    out_lines = []
    lines = data.split(b'\n')
    for idx, line in enumerate(lines):
        if line.endswith(b'\r'):
            line = line[:-1]
        toks = []
        for i, b in enumerate(line):
            last = (i == len(line) - 1)
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and not last):
                toks.append(chr(b))
            else:
                toks.append('=%02X' % b)
        cur = ''
        for t in toks:
            if len(cur) + len(t) > 75:
                out_lines.append(cur + '=')
                cur = ''
            cur += t
        out_lines.append(cur)
    return '\n'.join(out_lines).encode('ascii')


def b64_encode(data: bytes) -> bytes:
    return base64.encodebytes(data).rstrip(b'\n')


# ---------------------------------------------------------------- RFC 2047
_Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def needs_ew(s):
    return any(ord(c) > 126 for c in s)


def encoded_words(text, charset='utf-8', enc='Q', maxlen=75, first_room=None):
    """Encode text as one or more RFC 2047 encoded-words joined by folding.
    Falls back to UTF-8 when the text does not fit the charset (as mail clients do)."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = 'UTF-8' if charset.isupper() else 'utf-8'
    prefix = '=?%s?%s?' % (charset, enc)
    words, cur = [], []
    room = maxlen - len(prefix) - 2

    def qchar(ch):
        bs = ch.encode(charset)
        return ''.join('_' if b == 32 else (chr(b) if b in _Q_SAFE else '=%02X' % b) for b in bs)

    def enc_len(chars):
        if enc == 'Q':
            return sum(len(qchar(c)) for c in chars)
        n = len(''.join(chars).encode(charset))
        return 4 * ((n + 2) // 3)

    def flush():
        if not cur:
            return
        if enc == 'Q':
            words.append(prefix + ''.join(qchar(c) for c in cur) + '?=')
        else:
            words.append(prefix + base64.b64encode(''.join(cur).encode(charset)).decode() + '?=')

    for ch in text:
        if enc_len(cur + [ch]) > room:
            flush()
            cur = []
        cur.append(ch)
    flush()
    return '\n '.join(words)


def hdr_text(text, charset='utf-8', enc='Q'):
    """Unstructured header value: plain if ASCII, else encoded words."""
    if not needs_ew(text):
        return text
    return encoded_words(text, charset, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, charset='utf-8', enc='Q'):
    if not name:
        return '<%s>' % addr if False else addr
    if needs_ew(name):
        return '%s <%s>' % (encoded_words(name, charset, enc), addr)
    if any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), addr)
    return '%s <%s>' % (name, addr)


def fold_list(items, indent=' '):
    """Join address items with ', ' folding each onto its own line if long."""
    s = ', '.join(items)
    if len(s) < 70 and '\n' not in s:
        return s
    return (',\n' + indent).join(items)
