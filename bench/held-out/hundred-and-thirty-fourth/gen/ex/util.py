"""Time zones, date formats and random identifiers in the styles the real
systems write them. Every random value comes from the per-message RNG."""
import base64
import datetime as _dt
import uuid as _uuid

UTC = _dt.timezone.utc
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# 2026 daylight-saving switches (UTC)
EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_DST_END_ET = _dt.datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
US_DST_END_PT = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def utc(y, mo, d, h, mi, s=0):
    """Build a UTC datetime."""
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def local(zone, y, mo, d, h, mi, s=0):
    """Local wall time in zone -> UTC datetime."""
    guess = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    off, _ = tz(zone, guess)
    return guess - _dt.timedelta(minutes=off)


def tz(zone, when):
    summer = when < EU_DST_END
    if zone == "CET":
        return (120, "CEST") if summer else (60, "CET")
    if zone == "UK":
        return (60, "BST") if summer else (0, "GMT")
    if zone == "EET":
        return (180, "EEST") if summer else (120, "EET")
    if zone == "MSK":
        return (180, "MSK")
    if zone == "UTC":
        return (0, "UTC")
    if zone == "PT":
        return (-420, "PDT") if when < US_DST_END_PT else (-480, "PST")
    if zone == "ET":
        return (-240, "EDT") if when < US_DST_END_ET else (-300, "EST")
    if zone == "IST":
        return (330, "IST")
    if zone == "WAT":
        return (60, "WAT")
    if zone == "HKT":
        return (480, "HKT")
    if zone == "BRT":
        return (-180, "-03")
    raise KeyError(zone)


def fmt(when, zone="CET", style="std"):
    off, abbr = tz(zone, when)
    t = when + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = "%s%02d%02d" % (sign, abs(off) // 60, abs(off) % 60)
    day = DAYS[t.weekday()]
    mon = MONTHS[t.month - 1]
    hms = "%02d:%02d:%02d" % (t.hour, t.minute, t.second)
    if style == "std":
        return "%s, %d %s %d %s %s" % (day, t.day, mon, t.year, hms, o)
    if style == "pad":
        return "%s, %02d %s %d %s %s" % (day, t.day, mon, t.year, hms, o)
    if style == "postfix":
        return "%s, %2d %s %d %s %s (%s)" % (day, t.day, mon, t.year, hms, o, abbr)
    if style == "paren":
        return "%s, %02d %s %d %s %s (%s)" % (day, t.day, mon, t.year, hms, o, abbr)
    if style == "nodow":
        return "%d %s %d %s %s" % (t.day, mon, t.year, hms, o)
    raise KeyError(style)


def local_parts(when, zone):
    off, _ = tz(zone, when)
    return when + _dt.timedelta(minutes=off)


def dstr(when, zone, pattern):
    """strftime on local wall time."""
    return local_parts(when, zone).strftime(pattern)


def add(when, seconds):
    return when + _dt.timedelta(seconds=seconds)


def uuid4(rng, upper=False):
    u = str(_uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64(rng, nbytes, urlsafe=False, strip=True):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s.rstrip("=") if strip else s


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def postfix_qid(rng):
    al = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy"
    return "4" + rng.choice("cdf") + "".join(rng.choice(al) for _ in range(8)) + "z" + \
        "".join(rng.choice(al) for _ in range(rng.choice([3, 4, 5])))


def outlook_server(rng, region="EUR"):
    pref = {"EUR": ["AM9PR08", "DB9PR08", "AS8PR08", "PAXPR08", "DU0PR08", "GV1PR08", "VI1PR08",
                    "AM0PR10", "DB8PR10", "PA4PR10", "AS2PR10"],
            "DEU": ["FR4P281", "BE1P281", "FR2P281", "BEZP281"],
            "NAM": ["BN0PR11", "CH3PR12", "DM6PR11", "SA1PR12", "MN2PR12", "BL1PR12"],
            "GBR": ["LO2P265", "CWLP265", "LO4P265", "LO0P265"]}[region]
    return rng.choice(pref) + "MB" + digits(rng, 4)


def outlook_msgid(rng, server, region="EUR"):
    sub = {"EUR": "eurprd%02d" % rng.choice([4, 8, 10]), "NAM": "namprd%02d" % rng.choice([11, 12]),
           "GBR": "GBRP265", "DEU": "DEUP281"}[region]
    if server.startswith(("FR4P281", "BE1P281", "FR2P281", "BEZP281")):
        sub = "DEUP281"
    if server.startswith(("LO", "CWLP")):
        sub = "GBRP265"
    return "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (server, hexs(rng, 27, True), server, sub) \
        if sub.isupper() else "<%s%s@%s.%s.prod.outlook.com>" % (server, hexs(rng, 27, True), server, sub)


def gmail_msgid(rng):
    return "<CA%s@mail.gmail.com>" % alnum(rng, rng.choice([44, 45, 47]),
                                           "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")


def gmail_boundary(rng):
    return "000000000000" + hexs(rng, 16)


def tb_boundary(rng):
    return "------------" + alnum(rng, 24)


def apple_boundary(rng):
    return "Apple-Mail=_" + uuid4(rng, True)


def outlook_boundary(rng, kind, msgid_local):
    core = msgid_local.replace("@", "").replace(".", "").replace("<", "").replace(">", "")
    return "_%03d_%s_" % (kind, core[:60])


def ts(when):
    return int(when.timestamp())
