"""Time zones for Oct-Dec 2026 (EU DST ends 25 Oct 01:00 UTC, US 1 Nov)."""
from datetime import datetime, timedelta

EU_END = datetime(2026, 10, 25, 1, 0)
ZONES = {  # std offset hours, std name, dst name, rule
    'CET': (1, 'CET', 'CEST', 'eu'),
    'EET': (2, 'EET', 'EEST', 'eu'),
    'UK': (0, 'GMT', 'BST', 'eu'),
    'MSK': (3, 'MSK', 'MSK', None),
    'PT': (-8, 'PST', 'PDT', 'us'),
    'UTC': (0, 'UTC', 'UTC', None),
}
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _dst(zone, utc):
    rule = ZONES[zone][3]
    if rule == 'eu':
        return utc < EU_END
    if rule == 'us':
        return utc < datetime(2026, 11, 1, 9, 0)
    return False


def offset(zone, utc):
    base, std, dst, _ = ZONES[zone]
    d = _dst(zone, utc)
    return (base + (1 if d else 0)), (dst if d else std)


def to_utc(zone, local):
    dt = datetime(*local)
    for guess in (1, 0):
        off = ZONES[zone][0] + guess
        utc = dt - timedelta(hours=off)
        if offset(zone, utc)[0] == off:
            return utc
    return dt - timedelta(hours=ZONES[zone][0])


def fmt(zone, utc, comment=False, pad=True, utc_style='+0000'):
    off, name = offset(zone, utc)
    lt = utc + timedelta(hours=off)
    sign = '+' if off >= 0 else '-'
    day = f'{lt.day:02d}' if pad else str(lt.day)
    s = (f'{WD[lt.weekday()]}, {day} {MON[lt.month - 1]} {lt.year} '
         f'{lt.hour:02d}:{lt.minute:02d}:{lt.second:02d} {sign}{abs(off):02d}00')
    if zone == 'UTC' and utc_style != '+0000':
        s = s[:-5] + utc_style
    if comment:
        s += f' ({name})'
    return s


def local(zone, utc):
    off, _ = offset(zone, utc)
    return utc + timedelta(hours=off)


def pdfdate(zone, utc):
    off, _ = offset(zone, utc)
    lt = utc + timedelta(hours=off)
    return f"D:{lt:%Y%m%d%H%M%S}+{off:02d}'00'"


def epoch(utc):
    return int((utc - datetime(1970, 1, 1)).total_seconds())
