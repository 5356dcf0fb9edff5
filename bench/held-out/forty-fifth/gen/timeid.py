"""Time zones for 2026 and deterministic identifiers in the styles of real systems."""
import datetime as _dt
import hashlib
import random
import uuid

UTC = _dt.timezone.utc
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


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


def _eu_summer(utc):
    y = utc.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1), UTC)
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1), UTC)
    return start <= utc < end


# zone -> (std offset hours, std name, dst name or None, rule)
ZONES = {
    "DE": (1, "CET", "CEST", "eu"), "IT": (1, "CET", "CEST", "eu"), "PL": (1, "CET", "CEST", "eu"),
    "ES": (1, "CET", "CEST", "eu"), "GR": (2, "EET", "EEST", "eu"), "UK": (0, "GMT", "BST", "eu"),
    "RU": (3, "MSK", None, None), "UTC": (0, "UTC", None, None), "PT": (-8, "PST", "PDT", "us"),
    "ET": (-5, "EST", "EDT", "us"), "NG": (1, "WAT", None, None), "TR": (3, "+03", None, None),
    "CY": (2, "EET", "EEST", "eu"),
}


def offset(utc, zone):
    std, sn, dn, rule = ZONES[zone]
    dst = False
    if rule == "eu":
        dst = _eu_summer(utc)
    elif rule == "us":
        y = utc.year
        start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(10), UTC)
        end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(9), UTC)
        dst = start <= utc < end
    return (std + (1 if dst else 0)), (dn if dst else sn)


def to_utc(local, zone):
    """local: 'YYYY-MM-DD HH:MM:SS' wall time in zone."""
    naive = _dt.datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
    std = ZONES[zone][0]
    guess = (naive - _dt.timedelta(hours=std)).replace(tzinfo=UTC)
    off, _ = offset(guess, zone)
    utc = (naive - _dt.timedelta(hours=off)).replace(tzinfo=UTC)
    return utc


def local(utc, zone):
    off, name = offset(utc, zone)
    return (utc + _dt.timedelta(hours=off)).replace(tzinfo=None), off, name


def rfc(utc, zone, tzname=False, pad_day=False):
    lt, off, name = local(utc, zone)
    sign = "+" if off >= 0 else "-"
    day = ("%02d" % lt.day) if pad_day else str(lt.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d00" % (
        DAYS[lt.weekday()], day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second,
        sign, abs(off))
    if tzname:
        s += " (%s)" % name
    return s


def plus(utc, seconds):
    return utc + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- ids
def rnd(key):
    return random.Random("id:" + key)


def hexid(key, n, upper=False):
    h = ""
    i = 0
    while len(h) < n:
        h += hashlib.sha256(("%s/%d" % (key, i)).encode()).hexdigest()
        i += 1
    return h[:n].upper() if upper else h[:n]


def alnum(key, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    r = rnd(key)
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid_of(key, upper=False):
    u = str(uuid.UUID(hexid(key, 32), version=4))
    return u.upper() if upper else u


_B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def _enc(n, base, width=None):
    s = ""
    while n:
        n, r = divmod(n, base)
        s = _B52[r] + s
    if width:
        s = s.rjust(width, "0")
    return s or "0"


def postfix_qid(utc, key):
    """Postfix long queue id: base-52 seconds + base-52 microseconds + 'z' + base-51 inode."""
    r = rnd(key)
    sec = int(utc.timestamp())
    usec = r.randrange(1000000)
    inode = r.randrange(51 ** 3, 51 ** 4)
    return _enc(sec, 52, 6) + _enc(usec, 52, 4) + "z" + _enc(inode, 51)


def exim_id(utc, key):
    """Exim 4.97+ id: 6 base62 time chars - 11 chars - 4 chars."""
    a = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    sec = int(utc.timestamp())
    s = ""
    while sec:
        sec, m = divmod(sec, 62)
        s = a[m] + s
    return "%s-%s-%s" % (s.rjust(6, "0"), alnum(key + "e1", 11, a), alnum(key + "e2", 4, a))


def pdf_date(utc, zone):
    lt, off, _ = local(utc, zone)
    return lt.strftime("%Y%m%d%H%M%S") + "%+03d'00'" % off
