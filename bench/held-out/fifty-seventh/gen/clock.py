"""Deterministic time-zone handling for Oct-Dec 2026 (no tz database needed)."""
from datetime import datetime, timedelta, timezone

EU_END = datetime(2026, 10, 25, 1, 0, tzinfo=timezone.utc)   # last Sunday of October
US_END = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)    # first Sunday of November

# zone: (std offset h, dst offset h, std name, dst name, dst end)
ZONES = {
    'DE': (1, 2, 'CET', 'CEST', EU_END), 'IT': (1, 2, 'CET', 'CEST', EU_END),
    'PL': (1, 2, 'CET', 'CEST', EU_END), 'ES': (1, 2, 'CET', 'CEST', EU_END),
    'GR': (2, 3, 'EET', 'EEST', EU_END), 'UK': (0, 1, 'GMT', 'BST', EU_END),
    'RU': (3, 3, 'MSK', 'MSK', EU_END), 'UTC': (0, 0, 'UTC', 'UTC', EU_END),
    'PT': (-8, -7, 'PST', 'PDT', US_END), 'ET': (-5, -4, 'EST', 'EDT', US_END),
    'CY': (2, 3, 'EET', 'EEST', EU_END),
}


def offset(zone, utc):
    std, dst, sn, dn, end = ZONES[zone]
    return (dst, dn) if utc < end else (std, sn)


def local(s, zone):
    """'2026-10-14 09:12:33' local time in zone -> aware UTC datetime."""
    naive = datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    std, dst, *_rest, end = ZONES[zone]
    cand = naive - timedelta(hours=dst)
    cand = cand.replace(tzinfo=timezone.utc)
    if cand >= end:
        cand = (naive - timedelta(hours=std)).replace(tzinfo=timezone.utc)
    return cand


def fmt(utc, zone, name=False, two_digit_day=False):
    h, nm = offset(zone, utc)
    t = utc.astimezone(timezone(timedelta(hours=h)))
    day = '%02d' % t.day if two_digit_day else str(t.day)
    s = t.strftime('%a, ') + day + t.strftime(' %b %Y %H:%M:%S ')
    s += ('+' if h >= 0 else '-') + '%02d00' % abs(h)
    if name:
        s += f' ({nm})'
    return s


def at(utc, seconds):
    return utc + timedelta(seconds=seconds)


def localdt(utc, zone):
    h, _ = offset(zone, utc)
    return utc.astimezone(timezone(timedelta(hours=h)))
