"""Small deterministic helpers: time zones, random tokens, RFC 2047 words."""
import base64
import datetime as dt
import random

UTC = dt.timezone.utc
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec"]

# zone key -> (dst rule, standard offset hours, std abbr, dst abbr)
ZONES = {
    "CET": ("eu", 1, "CET", "CEST"),     # de it pl es
    "EET": ("eu", 2, "EET", "EEST"),     # el
    "GB": ("eu", 0, "GMT", "BST"),       # uk
    "MSK": (None, 3, "MSK", "MSK"),      # ru
    "UTC": (None, 0, "UTC", "UTC"),
    "PT": ("us", -8, "PST", "PDT"),      # US west coast services
    "ET": ("us", -5, "EST", "EDT"),
}
LANG_ZONE = {"de": "CET", "it": "CET", "pl": "CET", "es": "CET",
             "el": "EET", "en": "GB", "ru": "MSK"}


def _last_sunday(y, m):
    d = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def _nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def _is_dst(rule, std, t_utc):
    y = t_utc.year
    if rule == "eu":
        a = dt.datetime.combine(_last_sunday(y, 3), dt.time(1), UTC)
        b = dt.datetime.combine(_last_sunday(y, 10), dt.time(1), UTC)
        return a <= t_utc < b
    if rule == "us":
        a = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(2), UTC) - dt.timedelta(hours=std)
        b = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(2), UTC) - dt.timedelta(hours=std + 1)
        return a <= t_utc < b
    return False


def zinfo(zone, t_utc):
    rule, std, sa, da = ZONES[zone]
    d = _is_dst(rule, std, t_utc)
    return dt.timedelta(hours=std + (1 if d else 0)), (da if d else sa)


def in_zone(t_utc, zone):
    off, _ = zinfo(zone, t_utc)
    return t_utc.astimezone(dt.timezone(off))


def at(s, zone="CET"):
    """'2026-10-14 08:47:12' local time in zone -> aware UTC datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = dt.datetime.strptime(s, fmt)
    rule, std, _, _ = ZONES[zone]
    guess = (naive - dt.timedelta(hours=std)).replace(tzinfo=UTC)
    off, _ = zinfo(zone, guess)
    t = (naive - off).replace(tzinfo=UTC)
    off2, _ = zinfo(zone, t)
    return (naive - off2).replace(tzinfo=UTC)


def rfcdate(t_utc, zone="CET", pad=True, comment=False, gmt_word=False):
    loc = in_zone(t_utc, zone)
    off, abbr = zinfo(zone, t_utc)
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" if pad else "%d") % loc.day
    tz = "GMT" if gmt_word else "%s%02d%02d" % (sign, mins // 60, mins % 60)
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (
        _DAYS[loc.weekday()], day, _MONTHS[loc.month - 1], loc.year,
        loc.hour, loc.minute, loc.second, tz)
    if comment:
        s += " (%s)" % abbr
    return s


def secs(n):
    return dt.timedelta(seconds=n)


# ---------------------------------------------------------------- tokens
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64 = ALNUM + "+/"
PFX_QID = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"


def tok(rng, n, alphabet=HEX):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def uuid4(rng, upper=False):
    h = tok(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def b64tok(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def postfix_qid(rng):
    return "4" + tok(rng, 14, PFX_QID)


def mkrng(*parts):
    return random.Random("|".join(str(p) for p in parts))


# ---------------------------------------------------------------- RFC 2047
_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _word(s, charset, enc, label):
    b = s.encode(charset)
    if enc == "B":
        p = base64.b64encode(b).decode()
    else:
        p = "".join("_" if c == 0x20 else (chr(c) if c in _QSAFE else "=%02X" % c) for c in b)
    return "=?%s?%s?%s?=" % (label or charset, enc, p)


def ew(text, charset="utf-8", enc="B", label=None, maxlen=75, sep="\n "):
    """Encode text as one or more RFC 2047 encoded words (whole string)."""
    if is_ascii(text):
        return text
    words, cur = [], ""
    for ch in text:
        if cur and len(_word(cur + ch, charset, enc, label)) > maxlen:
            words.append(_word(cur, charset, enc, label))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_word(cur, charset, enc, label))
    return sep.join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="Q", label=None, quote_always=False):
    if not name:
        return "<%s>" % email
    if is_ascii(name):
        if quote_always or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc, label), email)


def translit(s):
    """Rough Latin transliteration for PDFs in the base-14 fonts."""
    table = {
        "ł": "l", "Ł": "L", "ą": "a", "ę": "e", "ć": "c", "ń": "n", "ś": "s",
        "ź": "z", "ż": "z", "Ą": "A", "Ę": "E", "Ć": "C", "Ń": "N", "Ś": "S",
        "Ź": "Z", "Ż": "Z", "ő": "o", "ű": "u", "č": "c", "š": "s", "ž": "z",
        "—": "-", "–": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'",
        "№": "No.", "«": '"', "»": '"',
    }
    cyr = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                   ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
    gr = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s",
                   "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]))
    out = []
    for ch in s:
        if ch in table:
            out.append(table[ch])
        elif ch.lower() in cyr:
            r = cyr[ch.lower()]
            out.append(r.capitalize() if ch.isupper() else r)
        elif ch.lower() in gr:
            r = gr[ch.lower()]
            out.append(r.capitalize() if ch.isupper() else r)
        else:
            out.append(ch)
    return "".join(out)
