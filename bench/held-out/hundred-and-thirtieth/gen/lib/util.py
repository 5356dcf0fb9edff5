"""Small deterministic helpers: random ids, time zones, date formatting."""
import base64
import datetime as _dt
import hashlib
import random
import string

UTC = _dt.timezone.utc

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def seeded(name):
    """Every random value of a message comes from a generator seeded with its file name."""
    return random.Random(name)


def hexs(rng, n, upper=False):
    s = "".join(rng.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64r(rng, nbytes):
    return base64.b64encode(rbytes(rng, nbytes)).decode()


def b64url(rng, nbytes):
    return base64.urlsafe_b64encode(rbytes(rng, nbytes)).decode().rstrip("=")


def guid(rng, upper=False):
    h = hexs(rng, 32, upper)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha256_b64url(data):
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).decode().rstrip("=")


# ---------------------------------------------------------------- time zones
def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _first_sunday(year, month):
    d = _dt.date(year, month, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d


def zone_offset(zone, utc_dt):
    """Return (offset_minutes, abbreviation) for the given zone at the UTC instant."""
    y = utc_dt.year
    eu_end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0), UTC)
    summer = utc_dt < eu_end  # only Oct-Dec matter here
    if zone in ("DE", "IT", "PL", "ES", "CET"):
        return (120, "CEST") if summer else (60, "CET")
    if zone in ("GR", "EET"):
        return (180, "EEST") if summer else (120, "EET")
    if zone in ("UK", "GB"):
        return (60, "BST") if summer else (0, "GMT")
    if zone == "RU":
        return (180, "MSK")
    if zone in ("US-P", "PT"):
        us_end = _dt.datetime.combine(_first_sunday(y, 11), _dt.time(9, 0), UTC)
        return (-420, "PDT") if utc_dt < us_end else (-480, "PST")
    if zone in ("US-E", "ET"):
        us_end = _dt.datetime.combine(_first_sunday(y, 11), _dt.time(6, 0), UTC)
        return (-240, "EDT") if utc_dt < us_end else (-300, "EST")
    if zone == "IN":
        return (330, "IST")
    if zone == "NG":
        return (60, "WAT")
    return (0, "UTC")


def local(zone, utc_dt):
    off, abbr = zone_offset(zone, utc_dt)
    return utc_dt.astimezone(_dt.timezone(_dt.timedelta(minutes=off))), abbr


def from_local(zone, y, mo, d, h, mi, s=0):
    """Local wall time in a zone -> aware UTC datetime."""
    naive = _dt.datetime(y, mo, d, h, mi, s)
    guess = naive.replace(tzinfo=UTC)
    off, _ = zone_offset(zone, guess)
    utc = (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)
    off2, _ = zone_offset(zone, utc)
    if off2 != off:
        utc = (naive - _dt.timedelta(minutes=off2)).replace(tzinfo=UTC)
    return utc


def _fmt_off(minutes):
    sign = "+" if minutes >= 0 else "-"
    m = abs(minutes)
    return "%s%02d%02d" % (sign, m // 60, m % 60)


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc2822(utc_dt, zone="UTC", comment=False, pad_day=False):
    off, abbr = zone_offset(zone, utc_dt)
    t = utc_dt + _dt.timedelta(minutes=off)
    day = ("%02d" if pad_day else "%d") % t.day
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[t.weekday()], day, MONTHS[t.month - 1], t.year,
                                            t.hour, t.minute, t.second, _fmt_off(off))
    if comment:
        s += " (%s)" % abbr
    return s


def ms_date(utc_dt):
    """Microsoft transport style date, always +0000."""
    return rfc2822(utc_dt, "UTC")


def plus(utc_dt, seconds):
    return utc_dt + _dt.timedelta(seconds=seconds)


def unix(utc_dt):
    return int(utc_dt.timestamp())


def filetime_thread_index(rng, utc_dt):
    ft = (unix(utc_dt) + 11644473600) * 10000000
    head = (ft >> 16).to_bytes(6, "big")
    return base64.b64encode(head + rbytes(rng, 16)).decode()


def thread_index_reply(rng, parent_index, delta_seconds=3600):
    raw = base64.b64decode(parent_index)
    # child block: 5 bytes, time delta encoded coarse
    blk = ((delta_seconds * 10000000) >> 18) & 0x7FFFFFFF
    return base64.b64encode(raw + blk.to_bytes(4, "big") + bytes([rng.randrange(256)])).decode()


# ---------------------------------------------------------- postfix queue ids
_PF52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
_PF51 = _PF52[:-1]


def _enc(n, alphabet, width):
    b = len(alphabet)
    out = ""
    while n:
        out = alphabet[n % b] + out
        n //= b
    return out.rjust(width, alphabet[0])


def postfix_long_qid(rng, utc_dt):
    sec = unix(utc_dt)
    usec = rng.randrange(1000000)
    inode = rng.randrange(200000, 9000000)
    return _enc(sec, _PF52, 6) + _enc(usec, _PF52, 4) + "z" + _enc(inode, _PF51, 1)


def postfix_short_qid(rng):
    return hexs(rng, rng.choice([10, 11, 12]), upper=True)


def fmt_eur(amount, style="de"):
    """12345.6 -> '12.345,60' (de) or '12,345.60' (en)."""
    s = "%.2f" % amount
    ip, dp = s.split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    if style == "de":
        return ".".join(groups) + "," + dp
    if style == "fr":
        return "\u00a0".join(groups) + "," + dp
    if style == "ru":
        return "\u00a0".join(groups) + "," + dp
    if style == "pl":
        return " ".join(groups) + "," + dp
    return ",".join(groups) + "." + dp
