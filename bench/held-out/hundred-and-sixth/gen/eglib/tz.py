"""Time zone rules needed for Oct-Dec 2026 (and generally)."""
import datetime as _dt

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
    y = utc.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1), UTC)
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1), UTC)
    return start <= utc < end


def _us_dst(utc, std_hours):
    y = utc.year
    start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(2), UTC) + _dt.timedelta(hours=std_hours)
    end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(2), UTC) + _dt.timedelta(hours=std_hours - 1)
    return start <= utc < end


ZONES = {
    # name: (std offset h, dst offset h, std abbr, dst abbr, rule)
    'de': (1, 2, 'CET', 'CEST', 'eu'), 'it': (1, 2, 'CET', 'CEST', 'eu'),
    'pl': (1, 2, 'CET', 'CEST', 'eu'), 'es': (1, 2, 'CET', 'CEST', 'eu'),
    'gr': (2, 3, 'EET', 'EEST', 'eu'), 'uk': (0, 1, 'GMT', 'BST', 'eu'),
    'ru': (3, 3, 'MSK', 'MSK', None), 'utc': (0, 0, 'UTC', 'UTC', None),
    'us-pac': (-8, -7, 'PST', 'PDT', 'us'), 'us-east': (-5, -4, 'EST', 'EDT', 'us'),
    'br': (-3, -3, '-03', '-03', None), 'vn': (7, 7, '+07', '+07', None),
}


def offset(zone, utc):
    std, dst, sa, da, rule = ZONES[zone]
    if rule == 'eu' and _eu_dst(utc):
        return _dt.timedelta(hours=dst), da
    if rule == 'us' and _us_dst(utc, -std):
        return _dt.timedelta(hours=dst), da
    return _dt.timedelta(hours=std), sa


def local(utc, zone):
    off, abbr = offset(zone, utc)
    return utc.astimezone(_dt.timezone(off))


def abbr(utc, zone):
    return offset(zone, utc)[1]


def T(s, zone):
    """Local wall time string 'YYYY-MM-DD HH:MM[:SS]' in zone -> aware UTC datetime."""
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    naive = _dt.datetime.strptime(s, fmt)
    guess = naive.replace(tzinfo=UTC) - _dt.timedelta(hours=ZONES[zone][0])
    off, _ = offset(zone, guess)
    return (naive - off).replace(tzinfo=UTC)


def rfc2822(dt):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (
        days[dt.weekday()], dt.day, months[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second,
        sign, mins // 60, mins % 60)


def rfc2822_z(utc, zone, comment=True):
    d = local(utc, zone)
    s = rfc2822(d)
    if comment:
        s += ' (%s)' % abbr(utc, zone)
    return s
