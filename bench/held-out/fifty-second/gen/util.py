"""Deterministic helpers: seeded RNG, time zones, date formatting, id strings."""
import datetime as _dt
import hashlib
import random

UTC = _dt.timezone.utc
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rng(*parts):
    """Random generator seeded from a string (random.seed(str) is hash-stable)."""
    return random.Random("|".join(str(p) for p in parts))


def h(*parts, n=16):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def utc(y, mo, d, hh, mi, ss=0):
    return _dt.datetime(y, mo, d, hh, mi, ss, tzinfo=UTC)


def _last_sunday(y, mo):
    d = _dt.date(y, mo + 1, 1) - _dt.timedelta(days=1) if mo < 12 else _dt.date(y, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _nth_sunday(y, mo, n):
    d = _dt.date(y, mo, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


def _eu_dst(t):
    start = _dt.datetime.combine(_last_sunday(t.year, 3), _dt.time(1), UTC)
    end = _dt.datetime.combine(_last_sunday(t.year, 10), _dt.time(1), UTC)
    return start <= t < end


def _us_dst(t):
    start = _dt.datetime.combine(_nth_sunday(t.year, 3, 2), _dt.time(10), UTC)
    end = _dt.datetime.combine(_nth_sunday(t.year, 11, 1), _dt.time(9), UTC)
    return start <= t < end


# zone: (std offset minutes, std name, dst name, dst rule)
ZONES = {
    "DE": (60, "CET", "CEST", _eu_dst),
    "IT": (60, "CET", "CEST", _eu_dst),
    "PL": (60, "CET", "CEST", _eu_dst),
    "ES": (60, "CET", "CEST", _eu_dst),
    "UK": (0, "GMT", "BST", _eu_dst),
    "GR": (120, "EET", "EEST", _eu_dst),
    "RU": (180, "MSK", "MSK", None),
    "PT": (-480, "PST", "PDT", _us_dst),
    "UTC": (0, "UTC", "UTC", None),
    "GMT": (0, "GMT", "GMT", None),
}


def local(t, zone):
    off, sn, dn, rule = ZONES[zone]
    dst = bool(rule and rule(t))
    off = off + (60 if dst else 0)
    return t + _dt.timedelta(minutes=off), off, (dn if dst else sn)


def rfc_date(t, zone="DE", comment=False, seconds=True):
    lt, off, name = local(t, zone)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    s = "%s, %d %s %d %02d:%02d" % (DOW[lt.weekday()], lt.day, MON[lt.month - 1], lt.year, lt.hour, lt.minute)
    if seconds:
        s += ":%02d" % lt.second
    s += " %s%02d%02d" % (sign, o // 60, o % 60)
    if comment:
        s += " (%s)" % name
    return s


def add(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n, upper=False):
    s = rs(r, n, HEX)
    return s.upper() if upper else s


def ruuid(r, upper=False):
    s = rhex(r, 32)
    s = "%s-%s-4%s-%s%s-%s" % (s[:8], s[8:12], s[13:16], "89ab"[int(s[16], 16) % 4], s[17:20], s[20:32])
    return s.upper() if upper else s


def postfix_qid(r):
    # Postfix long queue ids (enable_long_queue_ids=yes)
    al = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    return "4" + r.choice("XYZ") + rs(r, 13, al)


def epoch_ms(t):
    """Milliseconds since the epoch, with a deterministic sub-second part."""
    frac = int(hashlib.sha256(str(t.timestamp()).encode()).hexdigest()[:6], 16) % 1000
    return int(t.timestamp()) * 1000 + frac
