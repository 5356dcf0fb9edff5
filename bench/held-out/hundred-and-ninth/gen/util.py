"""Small deterministic helpers: seeded RNG, time zones, identifiers."""
import hashlib
import random
import datetime as _dt
import uuid as _uuid

# ---------------------------------------------------------------- RNG

def rng(*seed):
    """A random.Random seeded from the given values (stable across runs)."""
    h = hashlib.sha256("\x1f".join(str(s) for s in seed).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:16], "big"))


def hexs(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def uuid4(r, upper=False):
    u = str(_uuid.UUID(int=r.getrandbits(128), version=4))
    return u.upper() if upper else u


# ---------------------------------------------------------------- time
# Only the period October - December 2026 is needed; DST transitions in it:
EU_END = _dt.datetime(2026, 10, 25, 1, 0)      # last Sunday of October, 01:00 UTC
US_END_PT = _dt.datetime(2026, 11, 1, 9, 0)    # first Sunday of November, 02:00 PDT
US_END_ET = _dt.datetime(2026, 11, 1, 6, 0)

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def zone_offset(zone, t):
    """(offset minutes, abbreviation) for naive-UTC datetime t."""
    if zone == "CE":
        return (120, "CEST") if t < EU_END else (60, "CET")
    if zone == "EE":
        return (180, "EEST") if t < EU_END else (120, "EET")
    if zone == "UK":
        return (60, "BST") if t < EU_END else (0, "GMT")
    if zone == "MSK":
        return (180, "MSK")
    if zone == "UTC":
        return (0, "UTC")
    if zone == "GMT":
        return (0, "GMT")
    if zone == "PT":
        return (-420, "PDT") if t < US_END_PT else (-480, "PST")
    if zone == "ET":
        return (-240, "EDT") if t < US_END_ET else (-300, "EST")
    raise ValueError(zone)


def utc(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s)


def local_utc(zone, y, mo, d, h, mi, s=0):
    """Convert a local wall-clock time in zone to naive UTC."""
    guess = _dt.datetime(y, mo, d, h, mi, s)
    off, _ = zone_offset(zone, guess - _dt.timedelta(minutes=60))
    t = guess - _dt.timedelta(minutes=off)
    off2, _ = zone_offset(zone, t)
    if off2 != off:
        t = guess - _dt.timedelta(minutes=off2)
    return t


def rfc2822(t, zone="CE", abbrev=False, pad_day=False, seconds=True):
    off, ab = zone_offset(zone, t)
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    day = ("%02d" % lt.day) if pad_day else str(lt.day)
    s = "%s, %s %s %d %02d:%02d" % (DAYS[lt.weekday()], day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute)
    if seconds:
        s += ":%02d" % lt.second
    s += " %s%02d%02d" % (sign, o // 60, o % 60)
    if abbrev:
        s += " (%s)" % ab
    return s


def local_parts(t, zone):
    off, _ = zone_offset(zone, t)
    return t + _dt.timedelta(minutes=off)


def epoch(t):
    return int((t - _dt.datetime(1970, 1, 1)).total_seconds())


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


def filetime(t):
    return int((t - _dt.datetime(1601, 1, 1)).total_seconds() * 10_000_000)


# ---------------------------------------------------------------- Postfix queue id
B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def _b52(n, width):
    out = ""
    while n:
        n, d = divmod(n, 52)
        out = B52[d] + out
    return out.rjust(width, "0")


def postfix_qid(t, r):
    """Postfix long queue id: base-52 seconds + microseconds, 'z', base-51 inode."""
    usec = r.randrange(0, 1_000_000)
    inode = r.randrange(100_000, 9_000_000)
    inode_s = ""
    al = B52[:-1]  # 'z' is the separator and not used in the inode part
    while inode:
        inode, d = divmod(inode, 51)
        inode_s = al[d] + inode_s
    return _b52(epoch(t), 6) + _b52(usec, 4) + "z" + inode_s
