"""Time zones needed for Oct-Dec 2026 (no tz database needed)."""
from datetime import datetime, timedelta, timezone

EU_END = datetime(2026, 10, 25, 1, 0, tzinfo=timezone.utc)   # last Sunday of October
US_END = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)    # first Sunday of November (Pacific)
USE_END = datetime(2026, 11, 1, 6, 0, tzinfo=timezone.utc)   # Eastern

_NAMES = {'CET': ('CEST', 'CET'), 'UK': ('BST', 'GMT'), 'GR': ('EEST', 'EET'),
          'PT': ('PDT', 'PST'), 'ET': ('EDT', 'EST'), 'RU': ('MSK', 'MSK'), 'UTC': ('UTC', 'UTC')}
ALIAS = {'DE': 'CET', 'IT': 'CET', 'PL': 'CET', 'ES': 'CET'}


def _z(zone):
    return ALIAS.get(zone, zone)


def offset(zone, utc):
    z = _z(zone)
    summer_eu = utc < EU_END
    if z == 'CET':
        return 2 if summer_eu else 1
    if z == 'UK':
        return 1 if summer_eu else 0
    if z == 'GR':
        return 3 if summer_eu else 2
    if z == 'RU':
        return 3
    if z == 'PT':
        return -7 if utc < US_END else -8
    if z == 'ET':
        return -4 if utc < USE_END else -5
    return 0


def name(zone, dt):
    z = _z(zone)
    u = dt.astimezone(timezone.utc)
    summer = u < (US_END if z == 'PT' else USE_END if z == 'ET' else EU_END)
    return _NAMES[z][0 if summer else 1]


def inz(zone, dt):
    u = dt.astimezone(timezone.utc)
    return u.astimezone(timezone(timedelta(hours=offset(zone, u))))


def at(zone, y, mo, d, h, mi, s=0):
    naive = datetime(y, mo, d, h, mi, s)
    for cand in (-8, -7, -5, -4, 0, 1, 2, 3):
        u = (naive - timedelta(hours=cand)).replace(tzinfo=timezone.utc)
        if offset(zone, u) == cand:
            return inz(zone, u)
    raise ValueError('bad local time')


def plus(dt, seconds):
    return dt + timedelta(seconds=seconds)
