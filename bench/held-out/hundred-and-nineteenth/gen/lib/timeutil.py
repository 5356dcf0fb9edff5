"""Time-zone arithmetic for the zones used in the set (no tz database needed)."""
from datetime import datetime, timedelta, timezone

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _last_sunday(y, m):
    d = datetime(y, m + 1, 1) - timedelta(days=1) if m < 12 else datetime(y, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def _nth_sunday(y, m, n):
    d = datetime(y, m, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def _eu_dst(utc):
    y = utc.year
    start = _last_sunday(y, 3).replace(hour=1)
    end = _last_sunday(y, 10).replace(hour=1)
    return start <= utc.replace(tzinfo=None) < end


def _us_dst(utc, std_offset):
    y = utc.year
    start = _nth_sunday(y, 3, 2).replace(hour=2) - timedelta(hours=std_offset)
    end = _nth_sunday(y, 11, 1).replace(hour=2) - timedelta(hours=std_offset + 1)
    return start <= utc.replace(tzinfo=None) < end


ZONES = {
    # name: (std offset hours, std abbrev, dst abbrev, rule)
    'CET': (1, 'CET', 'CEST', 'eu'),
    'EET': (2, 'EET', 'EEST', 'eu'),
    'GB': (0, 'GMT', 'BST', 'eu'),
    'MSK': (3, 'MSK', 'MSK', None),
    'UTC': (0, 'UTC', 'UTC', None),
    'GMT': (0, 'GMT', 'GMT', None),
    'PT': (-8, 'PST', 'PDT', 'us'),
    'ET': (-5, 'EST', 'EDT', 'us'),
}


def offset(utc, zone):
    std, a1, a2, rule = ZONES[zone]
    dst = False
    if rule == 'eu':
        dst = _eu_dst(utc)
    elif rule == 'us':
        dst = _us_dst(utc, std)
    return std + (1 if dst else 0), (a2 if dst else a1)


def local(utc, zone):
    off, ab = offset(utc, zone)
    return utc + timedelta(hours=off), off, ab


def rfc2822(utc, zone, comment=False, zero_pad_day=False):
    lt, off, ab = local(utc, zone)
    sign = '+' if off >= 0 else '-'
    day = ('%02d' if zero_pad_day else '%d') % lt.day
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d00' % (DAYS[lt.weekday()], day, MONTHS[lt.month - 1], lt.year,
                                                   lt.hour, lt.minute, lt.second, sign, abs(off))
    if comment:
        s += ' (%s)' % ab
    return s


def utc_from_local(y, mo, d, h, mi, s, zone):
    """Convert a wall-clock time in *zone* to naive UTC."""
    guess = datetime(y, mo, d, h, mi, s)
    std = ZONES[zone][0]
    u = guess - timedelta(hours=std)
    off, _ = offset(u, zone)
    u = guess - timedelta(hours=off)
    return u


def epoch(utc):
    return int((utc - datetime(1970, 1, 1)).total_seconds())
