"""Deterministic helpers: seeded RNG, time zones, identifiers."""
import hashlib
import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

YEAR = 2026


def rng_for(*keys):
    """A random.Random seeded from the given keys (deterministic)."""
    h = hashlib.sha256("|".join(str(k) for k in keys).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def hexid(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng, upper=False):
    h = hexid(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


# ---------------------------------------------------------------- time zones
def _last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def _eu_dst(utc):
    start = _last_sunday(utc.year, 3).replace(hour=1, tzinfo=timezone.utc)
    end = _last_sunday(utc.year, 10).replace(hour=1, tzinfo=timezone.utc)
    return start <= utc < end


ZONES = {
    # key: (standard offset h, DST offset h or None, std abbr, dst abbr)
    "DE": (1, 2, "CET", "CEST"),
    "IT": (1, 2, "CET", "CEST"),
    "PL": (1, 2, "CET", "CEST"),
    "ES": (1, 2, "CET", "CEST"),
    "UK": (0, 1, "GMT", "BST"),
    "GR": (2, 3, "EET", "EEST"),
    "RU": (3, None, "MSK", "MSK"),
    "UTC": (0, None, "UTC", "UTC"),
    "PT": (-8, -7, "PST", "PDT"),  # US Pacific (Google's internal hops)
    "ET": (-5, -4, "EST", "EDT"),  # US Eastern
}


def _us_dst(utc):
    d = datetime(utc.year, 3, 8)
    while d.weekday() != 6:
        d += timedelta(days=1)
    e = datetime(utc.year, 11, 1)
    while e.weekday() != 6:
        e += timedelta(days=1)
    return d.replace(hour=10, tzinfo=timezone.utc) <= utc < e.replace(hour=9, tzinfo=timezone.utc)


def tzinfo_at(zone, utc):
    std, dst, a_std, a_dst = ZONES[zone]
    if dst is not None and (_us_dst(utc) if zone in ("PT", "ET") else _eu_dst(utc)):
        return timezone(timedelta(hours=dst)), a_dst
    return timezone(timedelta(hours=std)), a_std


def local_to_utc(zone, month, day, hh, mm, ss=0):
    """Interpret a wall-clock time in the zone, return an aware UTC datetime."""
    std, dst, _, _ = ZONES[zone]
    for off in ([dst, std] if dst is not None else [std]):
        utc = datetime(YEAR, month, day, hh, mm, ss, tzinfo=timezone.utc) - timedelta(hours=off)
        tz, _ = tzinfo_at(zone, utc)
        if tz.utcoffset(None) == timedelta(hours=off):
            return utc
    raise ValueError("bad local time")


def fmt(utc, zone="DE", abbr=False, style="nopad"):
    """style: 'nopad' (Tue, 3 Nov 2026), 'pad0' (Tue, 03 Nov 2026), 'postfix' (Tue,  3 Nov 2026)."""
    tz, name = tzinfo_at(zone, utc)
    s = format_datetime(utc.astimezone(tz))
    if s[5] == "0" and style != "pad0":
        s = s[:5] + (" " if style == "postfix" else "") + s[6:]
    if zone == "UTC":
        s = s.replace("-0000", "+0000")
    return s + (" (%s)" % name) if abbr else s


def local(utc, zone):
    tz, _ = tzinfo_at(zone, utc)
    return utc.astimezone(tz)


POSTFIX_ALPHA = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def postfix_qid(rng):
    """Postfix long queue id style, e.g. 4dCqYk2QWnz1xHT."""
    return "4" + "".join(rng.choice(POSTFIX_ALPHA) for _ in range(9)) + "z" + \
        "".join(rng.choice(POSTFIX_ALPHA) for _ in range(rng.choice([3, 4])))


def postfix_short_qid(rng):
    return hexid(rng, rng.choice([10, 11]), upper=True)


def exim_id(rng):
    a = "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(6))
    b = "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(6))
    c = "".join(rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(2))
    return "1v%s-%s-%s" % (a[:4], b, c)
