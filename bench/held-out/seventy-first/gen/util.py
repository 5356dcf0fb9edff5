"""Deterministic helpers: pseudo-random identifiers derived from seeds, dates with real offsets."""
import hashlib
import base64
import datetime as _dt

UTC = _dt.timezone.utc


def h(seed, n=32):
    """n hex chars derived from seed."""
    out = ''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s#%d' % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def hb(seed, n):
    """n raw bytes derived from seed."""
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(('%s|%d' % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


def alnum(seed, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    b = hb(seed, n)
    return ''.join(alphabet[x % len(alphabet)] for x in b)


def b64u(seed, n):
    return base64.b64encode(hb(seed, n)).decode().rstrip('=')


def b64url(seed, n):
    return base64.urlsafe_b64encode(hb(seed, n)).decode().rstrip('=')


def num(seed, lo, hi):
    x = int(h(seed, 12), 16)
    return lo + x % (hi - lo + 1)


def uuid(seed, upper=False):
    s = h(seed, 32)
    s = s[:12] + '4' + s[13:16] + '89ab'[int(s[16], 16) % 4] + s[17:]
    u = '%s-%s-%s-%s-%s' % (s[:8], s[8:12], s[12:16], s[16:20], s[20:32])
    return u.upper() if upper else u


def dt(y, mo, d, hh, mm, ss=0):
    """A UTC datetime."""
    return _dt.datetime(y, mo, d, hh, mm, ss, tzinfo=UTC)


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


def _eu_dst(t):
    y = t.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1, 0), UTC)
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0), UTC)
    return start <= t < end


def _us_dst(t):
    y = t.year
    start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(10, 0), UTC)
    end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(9, 0), UTC)
    return start <= t < end


ZONES = {
    # name: (std offset min, dst offset min, rule, std abbrev, dst abbrev)
    'CE': (60, 120, 'eu', 'CET', 'CEST'),
    'EE': (120, 180, 'eu', 'EET', 'EEST'),
    'UK': (0, 60, 'eu', 'GMT', 'BST'),
    'MSK': (180, 180, None, 'MSK', 'MSK'),
    'PT': (-480, -420, 'us', 'PST', 'PDT'),
    'ET': (-300, -240, 'us', 'EST', 'EDT'),
    'UTC': (0, 0, None, 'UTC', 'UTC'),
}


def offset(t, zone):
    std, dst, rule, a1, a2 = ZONES[zone]
    if rule == 'eu' and _eu_dst(t):
        return dst, a2
    if rule == 'us' and _us_dst(t):
        return dst, a2
    return std, a1


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfc(t, zone='CE', comment=False, pad_day=False, gmt_word=False):
    """RFC 5322 date string for UTC datetime t shown in zone."""
    off, abbr = offset(t, zone)
    lt = t + _dt.timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    day = ('%02d' if pad_day else '%d') % lt.day
    if gmt_word:
        return '%s, %s %s %d %02d:%02d:%02d GMT' % (DAYS[lt.weekday()], day, MONS[lt.month - 1], lt.year,
                                                     lt.hour, lt.minute, lt.second)
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (DAYS[lt.weekday()], day, MONS[lt.month - 1], lt.year,
                                                    lt.hour, lt.minute, lt.second, sign, o // 60, o % 60)
    if comment:
        s += ' (%s)' % abbr
    return s


def local(t, zone):
    off, _ = offset(t, zone)
    return t + _dt.timedelta(minutes=off)


def minus(t, seconds):
    return t - _dt.timedelta(seconds=seconds)


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


def pdfdate(t, zone='CE'):
    off, _ = offset(t, zone)
    lt = local(t, zone)
    sign = '+' if off >= 0 else '-'
    return "D:%s%s%02d'%02d'" % (lt.strftime('%Y%m%d%H%M%S'), sign, abs(off) // 60, abs(off) % 60)
