"""Small shared helpers: time zones, deterministic RNG, text helpers."""
import datetime as _dt
import hashlib
import random
import textwrap

UTC = _dt.timezone.utc
_DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"]

# DST transitions relevant for Oct-Dec 2026 (plus a little margin)
_EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)   # last Sunday Oct, 01:00 UTC
_US_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)    # first Sunday Nov, 02:00 PDT

ZONES = {
    # name: (std offset min, dst offset min, std abbr, dst abbr, rule)
    "de": (60, 120, "CET", "CEST", "eu"),
    "it": (60, 120, "CET", "CEST", "eu"),
    "es": (60, 120, "CET", "CEST", "eu"),
    "pl": (60, 120, "CET", "CEST", "eu"),
    "cet": (60, 120, "CET", "CEST", "eu"),
    "gr": (120, 180, "EET", "EEST", "eu"),
    "uk": (0, 60, "GMT", "BST", "eu"),
    "ru": (180, 180, "MSK", "MSK", None),
    "utc": (0, 0, "UTC", "UTC", None),
    "uspac": (-480, -420, "PST", "PDT", "us"),
    "useast": (-300, -240, "EST", "EDT", "us"),
    "in": (330, 330, "IST", "IST", None),
    "ng": (60, 60, "WAT", "WAT", None),
    "br": (-180, -180, "BRT", "BRT", None),
}


def zone_offset(zone, utc_dt):
    std, dst, sa, da, rule = ZONES[zone]
    if rule == "eu":
        on = utc_dt < _EU_END
    elif rule == "us":
        on = utc_dt < _US_END
    else:
        on = False
    return (dst, da) if on else (std, sa)


def local_to_utc(zone, y, mo, d, h, mi, s=0):
    naive = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    # two passes are enough around DST changes
    off, _ = zone_offset(zone, naive)
    u = naive - _dt.timedelta(minutes=off)
    off, _ = zone_offset(zone, u)
    return naive - _dt.timedelta(minutes=off)


def fmt_date(utc_dt, zone, abbr=False, pad_day=False):
    off, ab = zone_offset(zone, utc_dt)
    loc = utc_dt + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    day = ("%02d" % loc.day) if pad_day else str(loc.day)
    s = "%s, %s %s %04d %02d:%02d:%02d %s%02d%02d" % (
        _DOW[loc.weekday()], day, _MON[loc.month - 1], loc.year,
        loc.hour, loc.minute, loc.second, sign, o // 60, o % 60)
    if abbr:
        s += " (%s)" % ab
    return s


def local(utc_dt, zone):
    off, _ = zone_offset(zone, utc_dt)
    return utc_dt + _dt.timedelta(minutes=off)


def secs(n):
    return _dt.timedelta(seconds=n)


def rng_for(*parts):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def rhex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ruuid(rng, upper=False):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def wrap(text, width=72):
    """Wrap each paragraph of a plain text; keeps lines starting with
    '>' or two spaces, and blank lines, untouched."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line.startswith("  "):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def dedent(s):
    return textwrap.dedent(s).strip("\n") + "\n"


TRANSLIT = {
    "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
    "ł": "l", "Ł": "L", "ą": "a", "ć": "c", "ę": "e", "ń": "n", "ó": "o",
    "ś": "s", "ź": "z", "ż": "z", "Ą": "A", "Ć": "C", "Ę": "E", "Ń": "N",
    "Ó": "O", "Ś": "S", "Ź": "Z", "Ż": "Z", "á": "a", "é": "e", "í": "i",
    "ñ": "n", "ú": "u", "à": "a", "è": "e", "ì": "i", "ò": "o", "ù": "u",
    "ç": "c",
}


def translit(s):
    return "".join(TRANSLIT.get(c, c) for c in s)
