"""Small helpers: deterministic RNG, time zones, RFC 5322 dates, RFC 2047 header encoding, folding."""
import base64
import datetime as _dt
import hashlib
import random

UTC = _dt.timezone.utc


def rng(*parts):
    """Deterministic RNG seeded from the given parts."""
    h = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def hexid(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid4(r, upper=False):
    h = hexid(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


# ---------------------------------------------------------------- time zones

def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _eu_dst(t):
    """t is aware UTC datetime; EU summer time between last Sun Mar 01:00 UTC and last Sun Oct 01:00 UTC."""
    y = t.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1, 0), UTC)
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0), UTC)
    return start <= t < end


def _us_dst(t):
    y = t.year
    # second Sunday in March 02:00 local (10:00 UTC PST), first Sunday Nov 02:00 local (09:00 UTC PDT)
    d = _dt.date(y, 3, 1)
    sundays = 0
    while True:
        if d.weekday() == 6:
            sundays += 1
            if sundays == 2:
                break
        d += _dt.timedelta(days=1)
    start = _dt.datetime.combine(d, _dt.time(10, 0), UTC)
    d = _dt.date(y, 11, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    end = _dt.datetime.combine(d, _dt.time(9, 0), UTC)
    return start <= t < end


def zone_info(zone, t):
    """Return (offset_minutes, abbreviation) for a zone name at UTC time t."""
    if zone in ("DE", "IT", "PL", "ES", "CET"):
        return (120, "CEST") if _eu_dst(t) else (60, "CET")
    if zone in ("UK", "GB"):
        return (60, "BST") if _eu_dst(t) else (0, "GMT")
    if zone in ("GR", "EET"):
        return (180, "EEST") if _eu_dst(t) else (120, "EET")
    if zone in ("RU", "MSK"):
        return (180, "MSK")
    if zone == "US":
        return (-420, "PDT") if _us_dst(t) else (-480, "PST")
    if zone == "US-E":
        return (-240, "EDT") if _us_dst(t) else (-300, "EST")
    if zone == "IN":
        return (330, "IST")
    if zone == "VN":
        return (420, "+07")
    if zone == "BR":
        return (-180, "-03")
    return (0, "UTC")


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(t, zone="UTC", comment=False, zero_pad_day=True):
    """RFC 5322 date of UTC datetime t as seen in zone."""
    off, abbr = zone_info(zone, t)
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    day = ("%02d" % lt.day) if zero_pad_day else str(lt.day)
    s = "%s, %s %s %04d %02d:%02d:%02d %s%02d%02d" % (
        _DAYS[lt.weekday()], day, _MONTHS[lt.month - 1], lt.year,
        lt.hour, lt.minute, lt.second, sign, o // 60, o % 60)
    if comment and abbr and not abbr.startswith(("+", "-")):
        s += " (%s)" % abbr
    return s


def local(t, zone):
    off, _ = zone_info(zone, t)
    return t + _dt.timedelta(minutes=off)


def utc(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- RFC 2047

_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(bs):
    out = []
    for b in bs:
        if b == 0x20:
            out.append("_")
        elif b in _QSAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encode_words(text, charset="utf-8", enc="B"):
    """Encode text into one or more RFC 2047 encoded-words (each <= 75 chars), joined by a space.

    Multibyte characters are never split across words."""
    prefix = "=?%s?%s?" % (charset, enc)
    words = []
    cur = ""
    for ch in text:
        cand = cur + ch
        b = cand.encode(charset)
        body = base64.b64encode(b).decode() if enc == "B" else _q_char(b)
        if len(prefix) + len(body) + 2 > 75 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        body = base64.b64encode(b).decode() if enc == "B" else _q_char(b)
        out.append(prefix + body + "?=")
    return " ".join(out)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr_text(text, charset="utf-8", enc="B"):
    """Unstructured header value (Subject etc.): ASCII as is, otherwise encoded-words."""
    if is_ascii(text):
        return text
    return encode_words(text, charset, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="B", quote_always=False):
    """Format a mailbox for From/To with RFC 2047 if needed."""
    if not name:
        return "<%s>" % email if quote_always else email
    if is_ascii(name):
        if quote_always or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (encode_words(name, charset, enc), email)


def fold(name, value, width=78):
    """Fold a header at whitespace; returns 'Name: value' with CRLF-free '\n\t'/'\n ' continuation."""
    line = name + ": " + value
    if len(line) <= width or "\n" in value:
        return line
    tokens = value.split(" ")
    out_lines = []
    cur = name + ":"
    for tok in tokens:
        if tok == "":
            cur += " "
            continue
        if len(cur) + 1 + len(tok) > width and cur.strip() not in (name + ":",):
            out_lines.append(cur)
            cur = " " + tok
        else:
            cur = cur + " " + tok
    out_lines.append(cur)
    return "\n".join(out_lines)
