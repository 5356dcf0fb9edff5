"""Small deterministic helpers: time zones, date formatting, random tokens."""
import base64
import datetime as _dt
import hashlib
import random
import string

UTC = _dt.timezone.utc

# --- time zones (rules valid for Oct-Dec 2026, computed, no tzdata needed) ---
# EU summer time ends on the last Sunday of October at 01:00 UTC.
EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
# US Pacific: DST ends first Sunday of November at 09:00 UTC (02:00 PDT).
US_DST_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

ZONES = {
    # name: (standard offset minutes, dst offset minutes, std abbr, dst abbr, rule)
    'DE': (60, 120, 'CET', 'CEST', 'eu'),
    'IT': (60, 120, 'CET', 'CEST', 'eu'),
    'PL': (60, 120, 'CET', 'CEST', 'eu'),
    'ES': (60, 120, 'CET', 'CEST', 'eu'),
    'GR': (120, 180, 'EET', 'EEST', 'eu'),
    'CY': (120, 180, 'EET', 'EEST', 'eu'),
    'LT': (120, 180, 'EET', 'EEST', 'eu'),
    'UK': (0, 60, 'GMT', 'BST', 'eu'),
    'RU': (180, 180, 'MSK', 'MSK', 'none'),
    'US-PT': (-480, -420, 'PST', 'PDT', 'us'),
    'US-ET': (-300, -240, 'EST', 'EDT', 'us'),
    'UTC': (0, 0, 'UTC', 'UTC', 'none'),
    'NG': (60, 60, 'WAT', 'WAT', 'none'),
    'IN': (330, 330, 'IST', 'IST', 'none'),
    'VN': (420, 420, '+07', '+07', 'none'),
    'BR': (-180, -180, '-03', '-03', 'none'),
    'CN': (480, 480, 'CST', 'CST', 'none'),
    'TR': (180, 180, '+03', '+03', 'none'),
}


def zone_offset(zone, utc_dt):
    std, dst, sa, da, rule = ZONES[zone]
    if rule == 'eu':
        is_dst = utc_dt < EU_DST_END
    elif rule == 'us':
        is_dst = utc_dt < US_DST_END
    else:
        is_dst = False
    return (dst, da) if is_dst else (std, sa)


def local_to_utc(zone, y, mo, d, h, mi, s=0):
    """Interpret a wall-clock time in `zone` and return an aware UTC datetime."""
    naive = _dt.datetime(y, mo, d, h, mi, s)
    std = ZONES[zone][0]
    # try DST first then standard
    for off in (ZONES[zone][1], std):
        cand = (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)
        if zone_offset(zone, cand)[0] == off:
            return cand
    return (naive - _dt.timedelta(minutes=std)).replace(tzinfo=UTC)


def fmt_date(utc_dt, zone, comment=False, pad_day=True):
    """RFC 5322 date in the given zone, e.g. 'Wed, 14 Oct 2026 10:12:44 +0200'."""
    off, abbr = zone_offset(zone, utc_dt)
    loc = utc_dt.astimezone(_dt.timezone(_dt.timedelta(minutes=off)))
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
              'Oct', 'Nov', 'Dec']
    day = ('%02d' % loc.day) if pad_day else str(loc.day)
    s = '%s, %s %s %04d %02d:%02d:%02d %s%02d%02d' % (
        days[loc.weekday()], day, months[loc.month - 1], loc.year,
        loc.hour, loc.minute, loc.second, sign, o // 60, o % 60)
    if comment:
        s += ' (%s)' % abbr
    return s


def local(utc_dt, zone):
    off, _ = zone_offset(zone, utc_dt)
    return utc_dt.astimezone(_dt.timezone(_dt.timedelta(minutes=off)))


def plus(utc_dt, seconds):
    return utc_dt + _dt.timedelta(seconds=seconds)


# --- random tokens ---
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
LOALNUM = string.ascii_lowercase + string.digits
HEX = '0123456789abcdef'
B64 = string.ascii_letters + string.digits + '+/'
B64URL = string.ascii_letters + string.digits + '-_'


def rstr(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n, upper=False):
    s = rstr(rng, HEX, n)
    return s.upper() if upper else s


def rb64(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def rguid(rng, upper=False):
    h = rhex(rng, 32)
    g = '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], rng.choice('89ab'), h[17:20], h[20:32])
    return g.upper() if upper else g


def postfix_qid(rng):
    """Postfix long queue id (enable_long_queue_ids=yes), e.g. 4bX7Qm1Kx9z9sWB."""
    # 10 chars encoded time + 'z' + inode-ish part
    first = rng.choice('456')
    return first + rstr(rng, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789', 9) + 'z' + \
        rstr(rng, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789', rng.choice([3, 4]))


def b64_lines(data, width=76, linesep='\r\n'):
    s = base64.b64encode(data).decode('ascii')
    return linesep.join(s[i:i + width] for i in range(0, len(s), width)) + (linesep if s else '')


def sha256_b64(data):
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def seeded(name):
    return random.Random(name)
