"""Shared helpers: deterministic randomness, time zones, date formats, IDs,
RFC 2047 encoded words and header folding.  Standard library only."""
import base64
import calendar
import datetime as dt
import hashlib
import random
import uuid

UTC = dt.timezone.utc
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
          'Oct', 'Nov', 'Dec']


def rng_for(*keys):
    """A random.Random seeded from the given keys (never from time)."""
    h = hashlib.sha256('\x1f'.join(map(str, keys)).encode('utf-8')).digest()
    return random.Random(int.from_bytes(h[:16], 'big'))


# ----------------------------------------------------------------- time zones
def _last_sunday(y, m):
    d = dt.date(y, m, calendar.monthrange(y, m)[1])
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def _nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def eu_summer(t):
    y = t.year
    a = dt.datetime.combine(_last_sunday(y, 3), dt.time(1, 0), UTC)
    b = dt.datetime.combine(_last_sunday(y, 10), dt.time(1, 0), UTC)
    return a <= t < b


def us_summer(t, std_offset):
    y = t.year
    a = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2 - std_offset, 0), UTC)
    b = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(1 - std_offset, 0), UTC)
    return a <= t < b


def zone(t, z):
    """(offset hours, abbreviation) of zone z at UTC instant t."""
    if z == 'CET':
        return (2, 'CEST') if eu_summer(t) else (1, 'CET')
    if z == 'EET':
        return (3, 'EEST') if eu_summer(t) else (2, 'EET')
    if z == 'UK':
        return (1, 'BST') if eu_summer(t) else (0, 'GMT')
    if z == 'MSK':
        return (3, 'MSK')
    if z == 'PT':
        return (-7, 'PDT') if us_summer(t, -8) else (-8, 'PST')
    if z == 'TW':
        return (8, 'CST')
    if z == 'UTC':
        return (0, 'UTC')
    if z == 'ICT':
        return (7, 'ICT')
    if z == 'GMT':
        return (0, 'GMT')
    raise ValueError(z)


def local(t, z):
    off, ab = zone(t, z)
    return t.astimezone(dt.timezone(dt.timedelta(hours=off))), ab


def fmt_date(t, z='CET', style='rfc', comment=False):
    """RFC 5322 date of UTC instant t in zone z.
    style: 'rfc' zero-padded day, 'postfix' space-padded day,
    'exch' unpadded day, 'gmt' ends in GMT, 'utcm' SendGrid style."""
    l, ab = local(t, z)
    off = l.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    tzs = '%s%02d%02d' % (sign, mins // 60, mins % 60)
    day = DAYS[l.weekday()]
    mon = MONTHS[l.month - 1]
    hms = '%02d:%02d:%02d' % (l.hour, l.minute, l.second)
    if style == 'postfix':
        s = '%s, %2d %s %d %s %s' % (day, l.day, mon, l.year, hms, tzs)
    elif style == 'exch':
        s = '%s, %d %s %d %s %s' % (day, l.day, mon, l.year, hms, tzs)
    elif style == 'gmt':
        return '%s, %02d %s %d %s GMT' % (day, l.day, mon, l.year, hms)
    else:
        s = '%s, %02d %s %d %s %s' % (day, l.day, mon, l.year, hms, tzs)
    if comment:
        s += ' (%s)' % ab
    return s


def parse_local(s, z='CET'):
    """'YYYY-MM-DD HH:MM[:SS]' local wall time in zone z -> aware UTC."""
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    naive = dt.datetime.strptime(s, fmt)
    for cand in range(-12, 15):
        t = (naive - dt.timedelta(hours=cand)).replace(tzinfo=UTC)
        if zone(t, z)[0] == cand:
            return t
    raise ValueError(s)


def sec(n):
    return dt.timedelta(seconds=n)


def epoch(t):
    return int(t.timestamp())


# ------------------------------------------------------------------------ IDs
HEX = '0123456789abcdef'
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
PF = '0123456789BCDFGHJKLMNPQRSTVWXYbcdfghjklmnpqrstvwxy'


def rs(rng, n, chars=ALNUM):
    return ''.join(rng.choice(chars) for _ in range(n))


def hexs(rng, n, upper=False):
    s = rs(rng, n, HEX)
    return s.upper() if upper else s


def digits(rng, n, first_nonzero=True):
    s = rs(rng, n, '0123456789')
    if first_nonzero and s[0] == '0':
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def postfix_qid_long(rng):
    return '4' + rs(rng, 9, PF) + 'z' + rs(rng, 4, PF)


def postfix_qid_short(rng):
    return hexs(rng, rng.choice([10, 11, 12]), upper=True)


def thread_index(rng, t, extra_replies=0):
    """Outlook Thread-Index: 6 high bytes of FILETIME + 16-byte GUID
    (+ 5 bytes per reply)."""
    ft = int((t.timestamp() + 11644473600) * 10**7)
    b = ft.to_bytes(8, 'big')[:6] + rng.getrandbits(128).to_bytes(16, 'big')
    for _ in range(extra_replies):
        b += rng.getrandbits(40).to_bytes(5, 'big')
    return base64.b64encode(b).decode()


# --------------------------------------------------------- RFC 2047 / folding
def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def _q(bs):
    out = []
    for c in bs:
        ch = chr(c)
        if c < 128 and (ch.isalnum() or ch in '!*+-/'):
            out.append(ch)
        elif c == 32:
            out.append('_')
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def ew_words(text, cs='utf-8', mode='B', limit=75):
    """Split text into encoded words of at most `limit` characters,
    never splitting a character."""
    pre = '=?%s?%s?' % (cs, mode)
    enc = (lambda b: base64.b64encode(b).decode()) if mode == 'B' else _q
    words, cur = [], b''
    for ch in text:
        b = ch.encode(cs)
        if cur and len(pre) + len(enc(cur + b)) + 2 > limit:
            words.append(pre + enc(cur) + '?=')
            cur = b
        else:
            cur += b
    if cur:
        words.append(pre + enc(cur) + '?=')
    return words


def enc_text(text, cs='utf-8', mode='B'):
    if is_ascii(text):
        return text
    return ' '.join(ew_words(text, cs, mode))


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, address, cs='utf-8', mode='B', quote=False):
    if not name:
        return '<%s>' % address if quote == 'angle' else address
    if is_ascii(name):
        if quote or any(c in SPECIALS for c in name):
            n = '"%s"' % name.replace('\\', '\\\\').replace('"', '\\"')
        else:
            n = name
    else:
        n = enc_text(name, cs, mode)
    return '%s <%s>' % (n, address)


def fold(name, value, width=78):
    """Serialize one header; pre-folded values (containing newlines) are
    kept, others are folded at spaces."""
    if '\n' in value:
        lines = value.split('\n')
        return ('%s: %s' % (name, lines[0]) + ''.join(
            '\r\n' + ln for ln in lines[1:])) + '\r\n'
    words = value.split(' ')
    out = []
    cur = '%s:' % name
    for i, w in enumerate(words):
        piece = ' ' + w
        if len(cur) + len(piece) > width and cur.strip() and cur != '%s:' % name:
            out.append(cur)
            cur = piece
        else:
            cur += piece
    out.append(cur)
    if value == '':
        return '%s: \r\n' % name
    return '\r\n'.join(out) + '\r\n'


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode()
    return '\r\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\r\n'
