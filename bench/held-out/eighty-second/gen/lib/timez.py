"""Time zones and RFC 5322 date formatting (no system tz data needed).

All rules are hard-coded for the years we need (2026)."""
import datetime as dt

UTC = dt.timezone.utc
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _last_sunday(year, month):
    if month == 12:
        d = dt.date(year, 12, 31)
    else:
        d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def _eu_summer(t):
    s = dt.datetime.combine(_last_sunday(t.year, 3), dt.time(1), UTC)
    e = dt.datetime.combine(_last_sunday(t.year, 10), dt.time(1), UTC)
    return s <= t < e


def _us_pacific_summer(t):
    s = dt.datetime.combine(_nth_sunday(t.year, 3, 2), dt.time(10), UTC)
    e = dt.datetime.combine(_nth_sunday(t.year, 11, 1), dt.time(9), UTC)
    return s <= t < e


def zone_info(zone, t):
    """(offset minutes, abbreviation) of `zone` at UTC instant t."""
    if zone == "CET":
        return (120, "CEST") if _eu_summer(t) else (60, "CET")
    if zone == "UK":
        return (60, "BST") if _eu_summer(t) else (0, "GMT")
    if zone == "EET":
        return (180, "EEST") if _eu_summer(t) else (120, "EET")
    if zone == "MSK":
        return (180, "MSK")
    if zone == "PT":
        return (-420, "PDT") if _us_pacific_summer(t) else (-480, "PST")
    if zone == "ET":
        s = dt.datetime.combine(_nth_sunday(t.year, 3, 2), dt.time(7), UTC)
        e = dt.datetime.combine(_nth_sunday(t.year, 11, 1), dt.time(6), UTC)
        return (-240, "EDT") if s <= t < e else (-300, "EST")
    if zone in ("UTC", "GMT"):
        return (0, zone)
    raise ValueError(zone)


def local(t, zone):
    off, _ = zone_info(zone, t)
    return t + dt.timedelta(minutes=off)


def offset_str(minutes):
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return "%s%02d%02d" % (sign, m // 60, m % 60)


def rfc(t, zone="CET", abbr=False, pad_day=True):
    """RFC 5322 date, e.g. 'Tue, 13 Oct 2026 09:14:22 +0200 (CEST)'."""
    off, name = zone_info(zone, t)
    lt = t + dt.timedelta(minutes=off)
    day = ("%d" % lt.day) if not pad_day else ("%d" % lt.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (
        _DAYS[lt.weekday()], day, _MONTHS[lt.month - 1], lt.year,
        lt.hour, lt.minute, lt.second, offset_str(off))
    if abbr:
        s += " (%s)" % name
    return s


def rfc_gmt_word(t):
    """'Tue, 13 Oct 2026 07:14:19 GMT' (Mailgun style)."""
    return "%s, %d %s %d %02d:%02d:%02d GMT" % (
        _DAYS[t.weekday()], t.day, _MONTHS[t.month - 1], t.year,
        t.hour, t.minute, t.second)


def berlin(s):
    """Parse 'YYYY-MM-DD HH:MM[:SS]' as Europe/Berlin local time -> UTC."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = dt.datetime.strptime(s, fmt)
    for off in (120, 60):
        t = (naive - dt.timedelta(minutes=off)).replace(tzinfo=UTC)
        if zone_info("CET", t)[0] == off:
            return t
    raise ValueError("non-existent local time " + s)


def secs(t, n):
    return t + dt.timedelta(seconds=n)


def pdf_date(t, zone="CET"):
    off, _ = zone_info(zone, t)
    lt = t + dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    return "D:%04d%02d%02d%02d%02d%02d%s%02d'%02d'" % (
        lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second,
        sign, abs(off) // 60, abs(off) % 60)


def ics(t):
    return t.strftime("%Y%m%dT%H%M%SZ")


def unix(t):
    return int(t.timestamp())
