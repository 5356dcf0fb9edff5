"""Deterministic time helpers with 2026 DST rules."""
import datetime as _dt

UTC = _dt.timezone.utc
EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
_DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def zone_offset(zone, t):
    """returns (minutes, abbreviation)"""
    summer_eu = t < EU_END
    if zone == 'CET':
        return (120, 'CEST') if summer_eu else (60, 'CET')
    if zone == 'UK':
        return (60, 'BST') if summer_eu else (0, 'GMT')
    if zone == 'EET':
        return (180, 'EEST') if summer_eu else (120, 'EET')
    if zone == 'MSK':
        return (180, 'MSK')
    if zone == 'PT':
        return (-420, 'PDT') if t < US_END else (-480, 'PST')
    if zone == 'ET':
        return (-240, 'EDT') if t < US_END else (-300, 'EST')
    if zone == 'UTC':
        return (0, 'UTC')
    if zone == 'GMT':
        return (0, 'GMT')
    if zone == 'GST':
        return (240, '+04')
    if zone == 'BRT':
        return (-180, '-03')
    raise ValueError(zone)


def local_to_utc(s, zone):
    d = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M')
    # first guess with summer, then correct
    for guess in (0, 1):
        off, _ = zone_offset(zone, d.replace(tzinfo=UTC) - _dt.timedelta(minutes=zone_offset(zone, d.replace(tzinfo=UTC))[0]))
    off, _ = zone_offset(zone, d.replace(tzinfo=UTC) - _dt.timedelta(minutes=120))
    u = d.replace(tzinfo=UTC) - _dt.timedelta(minutes=off)
    off2, _ = zone_offset(zone, u)
    if off2 != off:
        u = d.replace(tzinfo=UTC) - _dt.timedelta(minutes=off2)
    return u


def to_local(t, zone):
    off, ab = zone_offset(zone, t)
    return t + _dt.timedelta(minutes=off), off, ab


def rfc(t, zone='CET', comment=False, sep=' '):
    lt, off, ab = to_local(t, zone)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    s = '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (_DOW[lt.weekday()], lt.day, _MON[lt.month - 1], lt.year,
                                                  lt.hour, lt.minute, lt.second, sign, o // 60, o % 60)
    if comment:
        s += ' (%s)' % ab
    return s


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


def stamp(t):
    return int(t.timestamp())


def pdfdate(t, zone='CET'):
    lt, off, _ = to_local(t, zone)
    return "D:%s%s%02d'%02d'" % (lt.strftime('%Y%m%d%H%M%S'), '+' if off >= 0 else '-', abs(off) // 60, abs(off) % 60)
