"""Time zones needed for Oct-Dec 2026 without zoneinfo data (deterministic, stdlib only)."""
from datetime import datetime, timedelta, timezone

EU_DST_END = datetime(2026, 10, 25, 1, 0, tzinfo=timezone.utc)   # last Sunday of October, 01:00 UTC
US_DST_END_PACIFIC = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)  # 2:00 PDT
US_DST_END_EAST = datetime(2026, 11, 1, 6, 0, tzinfo=timezone.utc)


def offset(zone, utc):
    summer_eu = utc < EU_DST_END
    if zone == "de":
        return (2 if summer_eu else 1), ("CEST" if summer_eu else "CET")
    if zone == "uk":
        return (1 if summer_eu else 0), ("BST" if summer_eu else "GMT")
    if zone == "gr":
        return (3 if summer_eu else 2), ("EEST" if summer_eu else "EET")
    if zone == "ru":
        return 3, "MSK"
    if zone == "utc":
        return 0, "UTC"
    if zone.startswith("fixed"):
        return int(zone[5:]), ""
    if zone == "pt":
        s = utc < US_DST_END_PACIFIC
        return (-7 if s else -8), ("PDT" if s else "PST")
    if zone == "et":
        s = utc < US_DST_END_EAST
        return (-4 if s else -5), ("EDT" if s else "EST")
    raise ValueError(zone)


def local(zone, y, mo, d, h, mi, s=0):
    """Interpret a wall-clock time in zone, return aware UTC datetime."""
    guess = datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)
    off, _ = offset(zone, guess)
    utc = guess - timedelta(hours=off)
    off2, _ = offset(zone, utc)
    return guess - timedelta(hours=off2)


def rfc(utc, zone, comment=False, weekday=True, pad_day=False):
    off, name = offset(zone, utc)
    lt = utc + timedelta(hours=off)
    sign = "+" if off >= 0 else "-"
    day = f"{lt.day:02d}" if pad_day else str(lt.day)
    s = (lt.strftime("%a, ") if weekday else "") + f"{day} {lt.strftime('%b %Y %H:%M:%S')} {sign}{abs(off):02d}00"
    if comment:
        s += f" ({name})"
    return s


def loc(utc, zone):
    off, _ = offset(zone, utc)
    return utc + timedelta(hours=off)
