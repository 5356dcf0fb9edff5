"""Deterministic helpers: seeded randomness, time zones, date formatting."""
import datetime as _dt
import hashlib
import random
import string

UTC = _dt.timezone.utc
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]

# EU summer time 2026 ends on 25 Oct 2026 01:00 UTC, US (Pacific) on 1 Nov 2026 09:00 UTC
_EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
_US_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def rng(*seed):
    """A random.Random seeded from the given values (string seeds are stable)."""
    return random.Random("|".join(str(s) for s in seed))


def hexid(seed, n=32, upper=False):
    h = hashlib.sha256(str(seed).encode()).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def rand_str(seed, n, alphabet=string.ascii_letters + string.digits):
    r = rng("rs", seed)
    return "".join(r.choice(alphabet) for _ in range(n))


def zone_offset(zone, t_utc):
    """Return (offset_minutes, abbreviation) for a zone at a UTC instant."""
    if zone == "UTC":
        return 0, "UTC"
    if zone == "MSK":
        return 180, "MSK"
    if zone == "ICT":
        return 420, "ICT"
    if zone == "PT":
        return (-420, "PDT") if t_utc < _US_END else (-480, "PST")
    summer = t_utc < _EU_END
    if zone == "CET":
        return (120, "CEST") if summer else (60, "CET")
    if zone == "EET":
        return (180, "EEST") if summer else (120, "EET")
    if zone == "UK":
        return (60, "BST") if summer else (0, "GMT")
    raise ValueError(zone)


def local(zone, y, mo, d, h, mi, s=0):
    """UTC datetime for a wall-clock time in a zone."""
    naive = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    # two-pass: guess with winter offset, then correct
    off, _ = zone_offset(zone, naive)
    t = naive - _dt.timedelta(minutes=off)
    off2, _ = zone_offset(zone, t)
    if off2 != off:
        t = naive - _dt.timedelta(minutes=off2)
    return t


def fmt_date(t_utc, zone="CET", style="nopad", comment=False):
    """RFC 5322 date. style: nopad ('3 Nov'), pad0 ('03 Nov'), space ('  3 Nov', Postfix)."""
    off, abbr = zone_offset(zone, t_utc)
    lt = t_utc + _dt.timedelta(minutes=off)
    if style == "pad0":
        day = "%02d" % lt.day
    elif style == "space":
        day = "%2d" % lt.day
    else:
        day = "%d" % lt.day
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[lt.weekday()], day, MONTHS[lt.month - 1], lt.year,
        lt.hour, lt.minute, lt.second, sign, o // 60, o % 60)
    if comment:
        s += " (%s)" % abbr
    return s


def local_dt(t_utc, zone):
    off, _ = zone_offset(zone, t_utc)
    return t_utc + _dt.timedelta(minutes=off)


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


def pdf_date(t_utc, zone="CET"):
    off, _ = zone_offset(zone, t_utc)
    lt = local_dt(t_utc, zone)
    sign = "+" if off >= 0 else "-"
    return "D:%04d%02d%02d%02d%02d%02d%s%02d'%02d'" % (
        lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second,
        sign, abs(off) // 60, abs(off) % 60)


def wrap(text, width=72):
    """Soft-wrap paragraphs (keeps existing line breaks, wraps long lines)."""
    import textwrap
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith((">", " ")):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def dedent(s):
    import textwrap
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s
