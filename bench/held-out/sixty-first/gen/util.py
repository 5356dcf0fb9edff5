"""Deterministic helpers: time zones (2026 rules), RFC 5322 dates, id styles."""
import datetime as _dt
import random
import string
import uuid

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, 0)     # UTC
US_DST_END = _dt.datetime(2026, 11, 1, 9, 0, 0)      # UTC (Pacific)


def offset(zone, t):
    """Return (minutes east of UTC, abbreviation) for zone at UTC time t."""
    eu_summer = t < EU_DST_END
    if zone == "CET":
        return (120, "CEST") if eu_summer else (60, "CET")
    if zone == "EET":
        return (180, "EEST") if eu_summer else (120, "EET")
    if zone == "UK":
        return (60, "BST") if eu_summer else (0, "GMT")
    if zone == "MSK":
        return (180, "MSK")
    if zone == "ET":
        return (-240, "EDT") if t < _dt.datetime(2026, 11, 1, 6, 0, 0) else (-300, "EST")
    if zone == "PT":
        return (-420, "PDT") if t < US_DST_END else (-480, "PST")
    if zone == "UTC":
        return (0, "UTC")
    if zone == "BRT":
        return (-180, "-03")
    if zone == "GMT":
        return (0, "GMT")
    raise ValueError(zone)


def local(t, zone):
    return t + _dt.timedelta(minutes=offset(zone, t)[0])


def rfcdate(t, zone="CET", comment=False, zone_name=False):
    off, abbr = offset(zone, t)
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[lt.weekday()], lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute,
        lt.second, sign, abs(off) // 60, abs(off) % 60)
    if zone_name:
        return s[:-5] + abbr
    if comment:
        s += " (%s)" % abbr
    return s


def utc(y, mo, d, h, mi, s=0, zone="CET"):
    """Build UTC datetime from a *local* wall time in zone."""
    guess = _dt.datetime(y, mo, d, h, mi, s)
    t = guess - _dt.timedelta(minutes=offset(zone, guess)[0])
    t = guess - _dt.timedelta(minutes=offset(zone, t)[0])
    return t


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


def filetime(t):
    epoch = _dt.datetime(1601, 1, 1)
    return int((t - epoch).total_seconds() * 10 ** 7)


def unix(t):
    return int((t - _dt.datetime(1970, 1, 1)).total_seconds())


class Ids:
    """Per-message deterministic id factory."""

    def __init__(self, seed):
        self.r = random.Random("audit64:" + seed)

    def hex(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return str(self.r.randint(1, 9)) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def b64(self, n, url=False):
        a = string.ascii_letters + string.digits + ("-_" if url else "+/")
        return "".join(self.r.choice(a) for _ in range(n))

    def uuid(self, upper=False):
        u = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
        return u.upper() if upper else u

    def int(self, a, b):
        return self.r.randint(a, b)

    def choice(self, seq):
        return self.r.choice(seq)

    def postfix_qid(self):
        # long queue id style (enable_long_queue_ids = yes)
        a = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
        return "4" + "".join(self.r.choice(a) for _ in range(9)) + "z" + \
            "".join(self.r.choice(a) for _ in range(self.r.randint(3, 5)))

    def postfix_short_qid(self):
        return self.hex(self.r.choice([10, 11]), upper=True)

    def exim_id(self):
        a = string.ascii_letters + string.digits
        return ("1t" + "".join(self.r.choice(a) for _ in range(4)) + "-" + "0000000"
                + "".join(self.r.choice(a) for _ in range(4)) + "-"
                + "".join(self.r.choice(a) for _ in range(4)))
