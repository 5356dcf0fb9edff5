"""Small deterministic helpers: seeded RNG, time zones, identifiers."""
import base64
import datetime as _dt
import hashlib
import random
import string
import uuid

UTC = _dt.timezone.utc


def rng_for(name, salt=""):
    """Random generator seeded with the message's file name (plus an optional salt)."""
    h = hashlib.sha256((name + "|" + salt).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:16], "big"))


# ---------------------------------------------------------------- time zones
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


def _us_dst(utc):
    y = utc.year
    # 2nd Sunday March 02:00 local standard (= 10:00 UTC for Pacific), 1st Sunday Nov 02:00 local daylight (= 09:00 UTC)
    start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(10), UTC)
    end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(9), UTC)
    return start <= utc < end


def zone_offset(utc, zone):
    """Return (minutes, abbreviation) for a zone name."""
    if zone in ("DE", "IT", "PL", "ES", "CET"):
        return (120, "CEST") if _eu_dst(utc) else (60, "CET")
    if zone in ("GR", "EET"):
        return (180, "EEST") if _eu_dst(utc) else (120, "EET")
    if zone in ("UK", "GB"):
        return (60, "BST") if _eu_dst(utc) else (0, "GMT")
    if zone in ("RU", "MSK"):
        return (180, "MSK")
    if zone == "US-P":
        return (-420, "PDT") if _us_dst(utc) else (-480, "PST")
    if zone == "US-E":
        return (-240, "EDT") if _us_dst(utc) else (-300, "EST")
    if zone == "UTC":
        return (0, "UTC")
    raise ValueError(zone)


def local(utc, zone):
    m, ab = zone_offset(utc, zone)
    return utc + _dt.timedelta(minutes=m), m, ab


def fmt_offset(m):
    s = "+" if m >= 0 else "-"
    m = abs(m)
    return "%s%02d%02d" % (s, m // 60, m % 60)


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(utc, zone, comment=False, pad_day=True):
    lt, m, ab = local(utc, zone)
    day = ("%02d" % lt.day) if pad_day else str(lt.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (_DAYS[lt.weekday()], day, _MONS[lt.month - 1], lt.year,
                                             lt.hour, lt.minute, lt.second, fmt_offset(m))
    if comment:
        s += " (%s)" % ab
    return s


def utc(y, mo, d, h, mi, s=0):
    """Construct a UTC datetime."""
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def at(y, mo, d, h, mi, s=0, zone="DE"):
    """Construct the UTC instant for a local wall-clock time in zone."""
    guess = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    m, _ = zone_offset(guess, zone)
    u = guess - _dt.timedelta(minutes=m)
    m2, _ = zone_offset(u, zone)
    if m2 != m:
        u = guess - _dt.timedelta(minutes=m2)
    return u


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- random tokens
B32L = "abcdefghijklmnopqrstuvwxyz234567"
ALNUM = string.ascii_letters + string.digits
HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"


def rstr(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n, upper=False):
    return rstr(r, n, HEXU if upper else HEXL)


def rb64(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def rb64url(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def ruuid(r, upper=False):
    u = str(uuid.UUID(int=r.getrandbits(128), version=4))
    return u.upper() if upper else u


def postfix_qid(r):
    # Postfix long queue id: base-52 time part + 'z'-separated inode part, e.g. 4ZxKq71Bm3z9sTb
    alpha = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy"
    return "4" + rstr(r, 9, alpha) + "z" + rstr(r, 4, alpha)


def postfix_qid_short(r):
    return rhex(r, 10, upper=True)


def ipv4(r, prefix):
    """prefix like '209.85.128.' or '40.107.' -> fill the rest."""
    parts = prefix.rstrip(".").split(".")
    while len(parts) < 4:
        parts.append(str(r.randint(1, 254)))
    return ".".join(parts)


def wrap(text, width=76):
    """Wrap a paragraph string (no newlines) at width."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def dedent(s):
    import textwrap
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s
