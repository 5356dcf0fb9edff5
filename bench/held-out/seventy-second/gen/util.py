"""Small helpers: deterministic randomness, time zones, header encoding/folding."""
import datetime as _dt
import hashlib
import random
import re

UTC = _dt.timezone.utc


def rng_for(*key):
    """Deterministic Random instance derived from a key (never from time)."""
    h = hashlib.sha256("|".join(str(k) for k in key).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def hexid(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng, upper=False):
    h = hexid(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


# ---------------------------------------------------------------- time
def utc(s):
    """'2026-10-13 08:12:05' -> aware UTC datetime."""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _eu_summer(t):
    y = t.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1), UTC)
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1), UTC)
    return start <= t < end


def _us_summer(t):
    y = t.year
    d = _dt.date(y, 3, 1)
    sundays = 0
    while True:
        if d.weekday() == 6:
            sundays += 1
            if sundays == 2:
                break
        d += _dt.timedelta(days=1)
    start = _dt.datetime.combine(d, _dt.time(10), UTC)  # 02:00 PST
    d = _dt.date(y, 11, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    end = _dt.datetime.combine(d, _dt.time(9), UTC)  # 02:00 PDT
    return start <= t < end


def local(t, zone):
    """Return (aware local datetime, abbreviation)."""
    if zone == "CET":
        off, name = (2, "CEST") if _eu_summer(t) else (1, "CET")
    elif zone == "EET":
        off, name = (3, "EEST") if _eu_summer(t) else (2, "EET")
    elif zone == "UK":
        off, name = (1, "BST") if _eu_summer(t) else (0, "GMT")
    elif zone == "MSK":
        off, name = 3, "MSK"
    elif zone == "PT":
        off, name = (-7, "PDT") if _us_summer(t) else (-8, "PST")
    elif zone == "UTC":
        off, name = 0, "UTC"
    else:
        m = re.match(r"^([+-])(\d\d)$", zone)
        off, name = int(m.group(1) + m.group(2)), None
    return t.astimezone(_dt.timezone(_dt.timedelta(hours=off))), name


def rfcdate(t, zone, comment=False):
    lt, name = local(t, zone)
    off = lt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[lt.weekday()], lt.day, mons[lt.month - 1], lt.year,
        lt.hour, lt.minute, lt.second, sign, mins // 60, mins % 60)
    if comment and name:
        s += " (%s)" % name
    return s


def later(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- headers
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(text, charset="utf-8", enc=None, maxlen=75):
    """RFC 2047 encoded-words, split so each word <= maxlen and never splits a character."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"   # what clients do when the body charset cannot carry the header
    if enc is None:
        enc = "B" if charset.lower() in ("utf-8", "koi8-r", "windows-1251", "iso-8859-7", "windows-1253") else "Q"
    words = []
    cur = ""
    prefix = "=?%s?%s?" % (charset, enc)

    def encode(chunk):
        b = chunk.encode(charset)
        if enc == "B":
            import base64
            return base64.b64encode(b).decode()
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isalnum() and byte < 128:
                out.append(c)
            elif c in "!*+-/" and byte < 128:
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    for ch in text:
        trial = cur + ch
        if len(prefix) + len(encode(trial)) + 2 > maxlen and cur:
            words.append(prefix + encode(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + encode(cur) + "?=")
    return " ".join(words)


def hval(text, charset="utf-8", enc=None):
    """Header value: ASCII stays as is, otherwise encoded-words.
    Mixed text is encoded from the first non-ASCII word onward (as most MUAs do)."""
    if _is_ascii(text):
        return text
    toks = text.split(" ")
    i = 0
    while i < len(toks) and _is_ascii(toks[i]):
        i += 1
    head = " ".join(toks[:i])
    tail = " ".join(toks[i:])
    return (head + " " if head else "") + ew(tail, charset, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc=None):
    if not name:
        return "<%s>" % email if False else email
    if not _is_ascii(name):
        return "%s <%s>" % (ew(name, charset, enc), email)
    if any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=78):
    """Fold a header at whitespace; keeps existing folding (lines starting with tab)."""
    if "\n" in value:
        return "%s: %s" % (name, value)
    line = name + ":"
    out = []
    for tok in value.split(" "):
        if tok == "":
            continue
        if len(line) + 1 + len(tok) > width and line.strip() and line != name + ":":
            out.append(line)
            line = " " + tok
        else:
            line += " " + tok
    out.append(line)
    return "\n".join(out)
