"""Deterministic time-zone handling (EU, UK, Greece, Moscow, US Pacific) without tzdata."""
import datetime as _dt

UTC = _dt.timezone.utc
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


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


# zone -> (std offset minutes, dst rule, std abbr, dst abbr)
ZONES = {
    'CET': (60, 'eu', 'CET', 'CEST'),
    'EET': (120, 'eu', 'EET', 'EEST'),
    'GB': (0, 'eu', 'GMT', 'BST'),
    'MSK': (180, None, 'MSK', 'MSK'),
    'PT': (-480, 'us', 'PST', 'PDT'),
    'UTC': (0, None, 'UTC', 'UTC'),
    'GMT': (0, None, 'GMT', 'GMT'),
}


def offset(zone, utc):
    std, rule, a1, a2 = ZONES[zone]
    dst = False
    if rule == 'eu':
        dst = _eu_dst(utc)
    elif rule == 'us':
        y = utc.year
        start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(10), UTC)
        end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(9), UTC)
        dst = start <= utc < end
    return (std + (60 if dst else 0)), (a2 if dst else a1)


def local(zone, utc):
    off, abbr = offset(zone, utc)
    return utc + _dt.timedelta(minutes=off), off, abbr


def _offstr(off):
    s = '+' if off >= 0 else '-'
    return '%s%02d%02d' % (s, abs(off) // 60, abs(off) % 60)


def rfc2822(zone, utc, pad=False, comment=False, zero_day=False):
    lt, off, abbr = local(zone, utc)
    if zero_day:
        day = '%02d' % lt.day
    elif pad:
        day = '%2d' % lt.day
    else:
        day = '%d' % lt.day
    s = '%s, %s %s %d %02d:%02d:%02d %s' % (DAYS[lt.weekday()], day, MONTHS[lt.month - 1], lt.year,
                                            lt.hour, lt.minute, lt.second, _offstr(off))
    if comment:
        s += ' (%s)' % abbr
    return s


def parse_berlin(s):
    """'2026-10-05 09:14:25' local German time -> aware UTC datetime."""
    naive = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    for off in (120, 60):
        cand = (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)
        if offset('CET', cand)[0] == off:
            return cand
    raise ValueError(s)


def filetime(utc):
    epoch = _dt.datetime(1601, 1, 1, tzinfo=UTC)
    d = utc - epoch
    return (d.days * 86400 + d.seconds) * 10 ** 7 + d.microseconds * 10


def epoch_ms(utc):
    return int(utc.timestamp() * 1000)
