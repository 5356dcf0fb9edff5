"""Shared helpers: deterministic randomness, time zones, ID styles."""
import base64
import datetime as _dt
import hashlib
import random
import string
import uuid

UTC = _dt.timezone.utc
EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)   # last Sunday of October
US_DST_END = _dt.datetime(2026, 11, 1, 6, 0, tzinfo=UTC)    # first Sunday of November

# zone -> (summer offset hours, summer abbrev, winter offset, winter abbrev)
ZONES = {
    "DE": (2, "CEST", 1, "CET"), "IT": (2, "CEST", 1, "CET"), "PL": (2, "CEST", 1, "CET"),
    "ES": (2, "CEST", 1, "CET"), "GR": (3, "EEST", 2, "EET"), "UK": (1, "BST", 0, "GMT"),
    "RU": (3, "MSK", 3, "MSK"), "PT": (-7, "PDT", -8, "PST"), "UTC": (0, "UTC", 0, "UTC"),
    "GMT": (0, "GMT", 0, "GMT"), "VN": (7, "+07", 7, "+07"), "BR": (-3, "-03", -3, "-03"),
    "NG": (1, "WAT", 1, "WAT"), "ET": (-4, "EDT", -5, "EST"),
}


def rng_for(*parts):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return random.Random(int(h, 16))


def offset(zone, t_utc):
    s, sa, w, wa = ZONES[zone]
    end = US_DST_END if zone in ("PT", "ET") else EU_DST_END
    return (s, sa) if t_utc < end else (w, wa)


def parse_berlin(s):
    """'2026-10-13 09:14:22' Berlin local time -> aware UTC datetime."""
    naive = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    guess = naive.replace(tzinfo=UTC) - _dt.timedelta(hours=2)
    off, _ = offset("DE", guess)
    return naive.replace(tzinfo=UTC) - _dt.timedelta(hours=off)


def rfc2822(t_utc, zone="DE", abbrev=False, seconds=True):
    off, ab = offset(zone, t_utc)
    lt = t_utc + _dt.timedelta(hours=off)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    sign = "+" if off >= 0 else "-"
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d00" % (days[lt.weekday()], lt.day, mons[lt.month - 1], lt.year,
                                                lt.hour, lt.minute, lt.second, sign, abs(off))
    if abbrev:
        s += " (%s)" % ab
    return s


def local(t_utc, zone):
    off, _ = offset(zone, t_utc)
    return t_utc + _dt.timedelta(hours=off)


def secs(t, n):
    return t - _dt.timedelta(seconds=n)


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64s(rng, n, urlsafe=False):
    raw = bytes(rng.randrange(256) for _ in range(n))
    s = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
    return s.decode().rstrip("=")


def uuid4(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def postfix_qid(rng):
    # Postfix long queue id: 10 chars time part + 'z' + inode part (base 52 alphabet)
    a = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy"
    return "4" + "".join(rng.choice(a) for _ in range(9)) + "z" + "".join(rng.choice(a) for _ in range(4))


def ip_pick(rng, prefix, lo=2, hi=250):
    return "%s.%d" % (prefix, rng.randint(lo, hi))


def filetime(t_utc):
    return int((t_utc.timestamp() + 11644473600) * 10 ** 7)


def outlook_mid(rng, t_utc, domain):
    """Outlook desktop style Message-ID local part: 0000 01dd5e3f $ xxxxxxxx $ xxxxxxxx $"""
    return "%04x%08x$%08x$%08x$@%s" % (rng.randint(0, 0x30), filetime(t_utc) >> 32, rng.getrandbits(32), rng.getrandbits(32), domain)


def thread_index(rng, t_utc):
    ft = filetime(t_utc)
    raw = b"\x01" + (ft >> 24).to_bytes(5, "big") + bytes(rng.randrange(256) for _ in range(16))
    return base64.b64encode(raw).decode()
