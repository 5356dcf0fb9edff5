"""Deterministic helpers: hash-based pseudo-randomness, time zones, RFC 2047."""
import base64
import datetime
import hashlib

UTC = datetime.timezone.utc


# --------------------------------------------------------------------------
# deterministic "randomness" (no global RNG, no clock)
# --------------------------------------------------------------------------
def hbytes(key, n):
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s#%d' % (key, i)).encode('utf-8')).digest()
        i += 1
    return out[:n]


def hint(key, lo, hi):
    return lo + int.from_bytes(hbytes(key, 8), 'big') % (hi - lo + 1)


def hstr(key, n, alphabet):
    b = hbytes(key, n * 2)
    return ''.join(alphabet[(b[2 * i] << 8 | b[2 * i + 1]) % len(alphabet)]
                   for i in range(n))


def hhex(key, n, upper=False):
    s = hbytes(key, (n + 1) // 2).hex()[:n]
    return s.upper() if upper else s


def hdigits(key, n):
    return hstr(key, n, '0123456789')


def huuid(key, upper=False):
    b = bytearray(hbytes(key, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def hb64(key, n):
    return base64.b64encode(hbytes(key, n)).decode()


ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789'
UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'


# --------------------------------------------------------------------------
# time zones (only what is needed for Oct-Dec 2026)
# --------------------------------------------------------------------------
def _last_sunday(y, m):
    if m == 12:
        d = datetime.date(y, 12, 31)
    else:
        d = datetime.date(y, m + 1, 1) - datetime.timedelta(days=1)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def _nth_sunday(y, m, n):
    d = datetime.date(y, m, 1)
    while d.weekday() != 6:
        d += datetime.timedelta(days=1)
    return d + datetime.timedelta(days=7 * (n - 1))


def _eu_dst(u):
    s = _last_sunday(u.year, 3)
    e = _last_sunday(u.year, 10)
    start = datetime.datetime(s.year, s.month, s.day, 1, 0, tzinfo=UTC)
    end = datetime.datetime(e.year, e.month, e.day, 1, 0, tzinfo=UTC)
    return start <= u < end


def _us_dst(u, base_h):
    s = _nth_sunday(u.year, 3, 2)
    e = _nth_sunday(u.year, 11, 1)
    start = datetime.datetime(s.year, s.month, s.day, 2, 0, tzinfo=UTC) - datetime.timedelta(hours=base_h)
    end = datetime.datetime(e.year, e.month, e.day, 2, 0, tzinfo=UTC) - datetime.timedelta(hours=base_h + 1)
    return start <= u < end


ZONES = {
    'DE': (60, 'CET', 'CEST', 'eu'),
    'IT': (60, 'CET', 'CEST', 'eu'),
    'PL': (60, 'CET', 'CEST', 'eu'),
    'ES': (60, 'CET', 'CEST', 'eu'),
    'NL': (60, 'CET', 'CEST', 'eu'),
    'GR': (120, 'EET', 'EEST', 'eu'),
    'UK': (0, 'GMT', 'BST', 'eu'),
    'RU': (180, 'MSK', 'MSK', None),
    'CN': (480, 'CST', 'CST', None),
    'UTC': (0, 'UTC', 'UTC', None),
    'GMT0': (0, 'GMT', 'GMT', None),
    'PT': (-480, 'PST', 'PDT', 'us'),
    'ET': (-300, 'EST', 'EDT', 'us'),
    'VN': (420, '+07', '+07', None),
    'BR': (-180, '-03', '-03', None),
}


def zone_offset(zone, u):
    base, n1, n2, rule = ZONES[zone]
    dst = False
    if rule == 'eu':
        dst = _eu_dst(u)
    elif rule == 'us':
        dst = _us_dst(u, base // 60)
    return base + (60 if dst else 0), (n2 if dst else n1)


def to_utc(zone, y, mo, d, h=0, mi=0, s=0):
    naive = datetime.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    base = ZONES[zone][0]
    u = naive - datetime.timedelta(minutes=base)
    off, _ = zone_offset(zone, u)
    if off != base:
        u = naive - datetime.timedelta(minutes=off)
    return u


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def local(u, zone):
    off, name = zone_offset(zone, u)
    return u + datetime.timedelta(minutes=off), off, name


def rfcdate(u, zone, name=False, two_digit_day=False, frac=None):
    loc, off, tzn = local(u, zone)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    day = ('%02d' % loc.day) if two_digit_day else str(loc.day)
    t = loc.strftime('%H:%M:%S')
    if frac:
        t += frac
    s = '%s, %s %s %d %s %s%02d%02d' % (DAYS[loc.weekday()], day, MONTHS[loc.month - 1],
                                        loc.year, t, sign, o // 60, o % 60)
    if name:
        s += ' (%s)' % tzn
    return s


def add(u, seconds):
    return u + datetime.timedelta(seconds=seconds)


def epoch(u):
    return int(u.timestamp())


# --------------------------------------------------------------------------
# RFC 2047 / addresses
# --------------------------------------------------------------------------
def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


_QSAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def _encword(s, cs, mode):
    raw = s.encode(cs)
    if mode.upper() == 'B':
        return '=?%s?B?%s?=' % (cs, base64.b64encode(raw).decode())
    out = []
    for b in raw:
        if b == 0x20:
            out.append('_')
        elif b in _QSAFE:
            out.append(chr(b))
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (cs, ''.join(out))


_FALLBACK = {'iso-8859-1': 'windows-1252', 'iso-8859-15': 'windows-1252', 'iso-8859-2': 'windows-1250',
             'iso-8859-7': 'windows-1253', 'koi8-r': 'windows-1251'}


def ew(text, cs='utf-8', mode='B', force=False, first_room=66):
    """Encode text as one or more RFC 2047 encoded words, folded. Falls back to
    the Windows code page (as Outlook does) or UTF-8 when cs cannot encode it."""
    if is_ascii(text) and not force:
        return text
    for cand in (cs, _FALLBACK.get(cs.lower()), 'utf-8'):
        if not cand:
            continue
        try:
            text.encode(cand)
            cs = cand if cand != 'utf-8' or cs.lower() != 'utf-8' else cs
            break
        except UnicodeEncodeError:
            continue
    words = []
    cur = ''
    limit = first_room
    for ch in text:
        trial = cur + ch
        if cur and len(_encword(trial, cs, mode)) > limit:
            words.append(_encword(cur, cs, mode))
            cur = ch
            limit = 74
        else:
            cur = trial
    if cur:
        words.append(_encword(cur, cs, mode))
    return '\n '.join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs='utf-8', mode='B', quote=False):
    if not name:
        return '<%s>' % email if quote else email
    if is_ascii(name):
        if quote or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs, mode, first_room=200), email)


def addrs(lst, cs='utf-8', mode='B', quote=False):
    return ',\n\t'.join(addr(n, e, cs, mode, quote) for n, e in lst) if len(lst) > 1 else \
        addr(lst[0][0], lst[0][1], cs, mode, quote)


def fold(value, first=0, width=76):
    """Fold a plain ASCII header value at spaces."""
    if '\n' in value or first + len(value) <= width:
        return value
    out = []
    line = ''
    room = width - first
    for w in value.split(' '):
        if line and len(line) + 1 + len(w) > room:
            out.append(line)
            line = w
            room = width - 1
        else:
            line = (line + ' ' + w) if line else w
    out.append(line)
    return '\n '.join(out)
