"""Deterministic time-zone handling for the zones used (2026 rules only)."""
import datetime as _dt

UTC = _dt.timezone.utc
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"]


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
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1, 0), UTC)
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0), UTC)
    return start <= utc < end


def _us_dst(utc, std_off):
    y = utc.year
    start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(2, 0), UTC) - _dt.timedelta(hours=std_off)
    end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(2, 0), UTC) - _dt.timedelta(hours=std_off + 1)
    return start <= utc < end


# zone -> function(utc) -> (offset_hours, abbreviation)
ZONES = {
    "CET": lambda u: (2, "CEST") if _eu_dst(u) else (1, "CET"),        # DE IT PL ES
    "UK": lambda u: (1, "BST") if _eu_dst(u) else (0, "GMT"),
    "EET": lambda u: (3, "EEST") if _eu_dst(u) else (2, "EET"),         # GR
    "MSK": lambda u: (3, "MSK"),
    "UTC": lambda u: (0, "UTC"),
    "PT": lambda u: (-7, "PDT") if _us_dst(u, -8) else (-8, "PST"),
    "ET": lambda u: (-4, "EDT") if _us_dst(u, -5) else (-5, "EST"),
    "ICT": lambda u: (7, "ICT"),
    "BRT": lambda u: (-3, "-03"),
}


def local_to_utc(y, mo, d, h, mi, s, zone):
    naive = _dt.datetime(y, mo, d, h, mi, s)
    # iterate: guess offset with naive-as-UTC, then correct
    off = ZONES[zone](naive.replace(tzinfo=UTC))[0]
    u = (naive - _dt.timedelta(hours=off)).replace(tzinfo=UTC)
    off2 = ZONES[zone](u)[0]
    if off2 != off:
        u = (naive - _dt.timedelta(hours=off2)).replace(tzinfo=UTC)
    return u


def fmt(utc, zone, comment=True, pad_day=False):
    off, abbr = ZONES[zone](utc)
    loc = utc + _dt.timedelta(hours=off)
    sign = "+" if off >= 0 else "-"
    day = ("%02d" if pad_day else "%d") % loc.day
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d00" % (
        _DAYS[loc.weekday()], day, _MON[loc.month - 1], loc.year,
        loc.hour, loc.minute, loc.second, sign, abs(off))
    if comment and not abbr.startswith(("+", "-")):
        s += " (%s)" % abbr
    return s


def local(utc, zone):
    off, _ = ZONES[zone](utc)
    return utc + _dt.timedelta(hours=off)


def plus(utc, seconds):
    return utc + _dt.timedelta(seconds=seconds)


if __name__ == "__main__":
    u = local_to_utc(2026, 10, 25, 9, 0, 0, "CET")
    print(fmt(u, "CET"), "|", fmt(u, "UK"), "|", fmt(u, "PT"))
    u = local_to_utc(2026, 10, 24, 9, 0, 0, "CET")
    print(fmt(u, "CET"), "|", fmt(u, "EET"), "|", fmt(u, "MSK"))
    u = local_to_utc(2026, 11, 2, 9, 0, 0, "CET")
    print(fmt(u, "CET"), "|", fmt(u, "PT"), fmt(u, "ET"))
