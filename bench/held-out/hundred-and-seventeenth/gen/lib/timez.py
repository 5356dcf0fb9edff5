"""Time zones relevant for Oct-Dec 2026 (EU DST ends 25 Oct 2026 01:00
UTC, US DST ends 1 Nov 2026 09:00 UTC) and RFC 5322 date formatting."""

from datetime import datetime, timedelta, timezone

UTC = timezone.utc
EU_END = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_END = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def offset(zone, dt):
    """Return (minutes, abbreviation)."""
    summer_eu = dt < EU_END
    if zone in ("berlin", "rome", "madrid", "warsaw", "cet"):
        return (120, "CEST") if summer_eu else (60, "CET")
    if zone == "london":
        return (60, "BST") if summer_eu else (0, "GMT")
    if zone == "athens":
        return (180, "EEST") if summer_eu else (120, "EET")
    if zone == "moscow":
        return (180, "MSK")
    if zone == "pacific":
        return (-420, "PDT") if dt < US_END else (-480, "PST")
    if zone == "eastern":
        return (-240, "EDT") if dt < US_END else (-300, "EST")
    if zone == "utc":
        return (0, "UTC")
    if zone == "gmt":
        return (0, "GMT")
    raise ValueError(zone)


def parse_local(s, zone="berlin"):
    """'2026-11-03 09:14:22' in `zone` local time -> aware UTC datetime."""
    naive = datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    # first guess with winter offset, then correct
    for guess in (offset(zone, datetime(2026, 12, 1, tzinfo=UTC))[0], offset(zone, datetime(2026, 7, 1, tzinfo=UTC))[0]):
        u = (naive - timedelta(minutes=guess)).replace(tzinfo=UTC)
        if offset(zone, u)[0] == guess:
            return u
    raise ValueError(s)


def local(dt, zone):
    mins, abbr = offset(zone, dt)
    return dt.astimezone(timezone(timedelta(minutes=mins))), mins, abbr


def tzstr(mins):
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def rfc(dt, zone="berlin", pad=False, zero=False, abbr=False, comment=None, seconds=True, frac=None):
    l, mins, ab = local(dt, zone)
    if zero:
        day = "%02d" % l.day
    elif pad:
        day = "%2d" % l.day
    else:
        day = "%d" % l.day
    t = "%02d:%02d:%02d" % (l.hour, l.minute, l.second) if seconds else "%02d:%02d" % (l.hour, l.minute)
    if frac:
        t += frac
    s = "%s, %s %s %d %s %s" % (DAYS[l.weekday()], day, MONTHS[l.month - 1], l.year, t, tzstr(mins))
    if abbr:
        s += " (%s)" % (comment or ab)
    return s


def iso(dt, zone="utc", ms=False):
    l, mins, _ = local(dt, zone)
    s = l.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (l.microsecond // 1000)
    return s + ("Z" if zone == "utc" else tzstr(mins)[:3] + ":" + tzstr(mins)[3:])


def pdfdate(dt, zone="berlin"):
    l, mins, _ = local(dt, zone)
    t = tzstr(mins)
    return "D:%s%s'%s'" % (l.strftime("%Y%m%d%H%M%S"), t[:3], t[3:])


def fmt(dt, zone, pattern):
    l, _, _ = local(dt, zone)
    return l.strftime(pattern)


def loc(dt, zone):
    return local(dt, zone)[0]
