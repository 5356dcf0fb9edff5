"""Time zones (fixed rules for 2026) and date formatting."""
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

EU_DST_END = datetime(2026, 10, 25, 1, 0, tzinfo=timezone.utc)
US_DST_END_UTC = {'PT': datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc),
                  'ET': datetime(2026, 11, 1, 6, 0, tzinfo=timezone.utc)}

ZONES = {
    # name: (summer offset minutes, winter offset, summer abbr, winter abbr)
    'DE': (120, 60, 'CEST', 'CET'), 'IT': (120, 60, 'CEST', 'CET'), 'PL': (120, 60, 'CEST', 'CET'),
    'ES': (120, 60, 'CEST', 'CET'), 'NL': (120, 60, 'CEST', 'CET'), 'BE': (120, 60, 'CEST', 'CET'),
    'FR': (120, 60, 'CEST', 'CET'),
    'GR': (180, 120, 'EEST', 'EET'), 'CY': (180, 120, 'EEST', 'EET'), 'LT': (180, 120, 'EEST', 'EET'),
    'UK': (60, 0, 'BST', 'GMT'), 'IE': (60, 0, 'IST', 'GMT'),
    'RU': (180, 180, 'MSK', 'MSK'), 'IN': (330, 330, 'IST', 'IST'), 'LK': (330, 330, '+0530', '+0530'),
    'AE': (240, 240, '+04', '+04'), 'NG': (60, 60, 'WAT', 'WAT'), 'BR': (-180, -180, '-03', '-03'),
    'VN': (420, 420, '+07', '+07'),
    'PT-US': (-420, -480, 'PDT', 'PST'), 'ET-US': (-240, -300, 'EDT', 'EST'), 'UTC': (0, 0, 'UTC', 'UTC'),
}


def utc(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)


def offset(zone, t_utc):
    summer, winter, sa, wa = ZONES[zone]
    if zone in ('PT-US', 'ET-US'):
        is_summer = t_utc < US_DST_END_UTC[zone[:2]]
    else:
        is_summer = t_utc < EU_DST_END
    return (summer, sa) if is_summer else (winter, wa)


def local(zone, t_utc):
    mins, abbr = offset(zone, t_utc)
    return t_utc.astimezone(timezone(timedelta(minutes=mins)))


def local_utc(zone, y, mo, d, h, mi, s=0):
    """Create a UTC instant from local wall time in `zone`."""
    guess = datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)
    mins, _ = offset(zone, guess - timedelta(hours=2))
    return guess - timedelta(minutes=mins)


def rfc(zone, t_utc, abbr=False):
    dt = local(zone, t_utc)
    s = format_datetime(dt)
    if abbr:
        s += ' (%s)' % offset(zone, t_utc)[1]
    return s


def rfc_utc(t_utc):
    return format_datetime(t_utc).replace('-0000', '+0000')


def add(t, seconds):
    return t + timedelta(seconds=seconds)
