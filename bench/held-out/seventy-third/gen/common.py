"""Shared helpers: deterministic randomness, time zones, RFC 2047 / RFC 5322 header encoding."""
import base64
import datetime as _dt
import hashlib
import random
import re
import uuid

UTC = _dt.timezone.utc

# ---------------------------------------------------------------- randomness

def rng_for(*parts):
    """A random.Random seeded deterministically from the given strings."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:16], "big"))


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def det_uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# ---------------------------------------------------------------- time zones
# EU summer time 2026 ends Sunday 25 Oct 2026 01:00 UTC; US ends Sunday 1 Nov 2026 (local 02:00).
EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)

ZONES = {
    # name: (std offset minutes, dst offset minutes, std abbr, dst abbr, dst end utc)
    "CET": (60, 120, "CET", "CEST", EU_END),
    "UK": (0, 60, "GMT", "BST", EU_END),
    "EET": (120, 180, "EET", "EEST", EU_END),
    "MSK": (180, 180, "MSK", "MSK", EU_END),
    "PT": (-480, -420, "PST", "PDT", _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)),
    "ET": (-300, -240, "EST", "EDT", _dt.datetime(2026, 11, 1, 6, 0, tzinfo=UTC)),
    "UTC": (0, 0, "UTC", "UTC", EU_END),
    "GMT": (0, 0, "GMT", "GMT", EU_END),
    "ICT": (420, 420, "ICT", "ICT", EU_END),
    "BRT": (-180, -180, "BRT", "BRT", EU_END),
}


def zone_offset(zone, t_utc):
    std, dst, sa, da, end = ZONES[zone]
    if t_utc < end:
        return dst, da
    return std, sa


def local(zone, y, mo, d, h, mi, s=0):
    """Return the UTC datetime for a wall-clock time in the given zone."""
    naive = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    std, dst, sa, da, end = ZONES[zone]
    guess = naive - _dt.timedelta(minutes=dst)
    if guess >= end:
        guess = naive - _dt.timedelta(minutes=std)
    return guess


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(t_utc, zone="CET", comment=False, frac=None, pad_day=False):
    off, abbr = zone_offset(zone, t_utc)
    lt = t_utc + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    day = ("%02d" % lt.day) if pad_day else str(lt.day)
    sec = "%02d" % lt.second
    if frac is not None:
        sec += "." + frac
    s = "%s, %s %s %d %02d:%02d:%s %s%02d%02d" % (
        _DAYS[lt.weekday()], day, _MONS[lt.month - 1], lt.year, lt.hour, lt.minute, sec, sign, o // 60, o % 60)
    if comment:
        s += " (%s)" % abbr
    return s


def localtime(t_utc, zone):
    off, _ = zone_offset(zone, t_utc)
    return t_utc + _dt.timedelta(minutes=off)


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- header encoding

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_encode_char(b):
    out = []
    for x in b:
        if x == 0x20:
            out.append("_")
        elif x in _QSAFE:
            out.append(chr(x))
        else:
            out.append("=%02X" % x)
    return "".join(out)


_FALLBACK = {"iso-8859-1": "windows-1252", "iso-8859-15": "windows-1252", "iso-8859-2": "windows-1250",
             "iso-8859-7": "windows-1253", "koi8-r": "windows-1251"}


def pick_charset(text, charset):
    for cs in (charset, _FALLBACK.get(charset.lower())):
        if not cs:
            continue
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            pass
    return "utf-8" if charset.islower() else "UTF-8"


def encoded_words(text, charset="utf-8", enc="B", first_len=0, maxlen=75):
    """Encode text as a list of RFC 2047 encoded-words, never splitting a character."""
    charset = pick_charset(text, charset)
    non = sum(1 for c in text if ord(c) > 127)
    if enc == "auto" or (enc.upper() == "Q" and non * 3 > len(text)):
        # like Outlook/Thunderbird: Q for mostly-Latin text, B for Greek/Cyrillic
        enc = "B" if non * 3 > len(text) else "Q"
    cs_label = charset
    codec = charset.lower()
    prefix = "=?%s?%s?" % (cs_label, enc)
    words = []
    cur = b""

    def render(bs):
        if enc.upper() == "B":
            return prefix + base64.b64encode(bs).decode("ascii") + "?="
        return prefix + _q_encode_char(bs) + "?="

    limit = maxlen
    for ch in text:
        cb = ch.encode(codec)
        if cur and len(render(cur + cb)) > limit:
            words.append(render(cur))
            cur = b""
        cur += cb
    if cur:
        words.append(render(cur))
    return words


def enc_text(text, charset="utf-8", enc="B", mode="whole"):
    """Encode an unstructured header value (e.g. Subject).

    mode 'whole': encode entire value if non-ASCII (Gmail/Outlook style).
    mode 'mixed': keep leading ASCII words plain, encode from first non-ASCII word (Thunderbird-like).
    """
    if is_ascii(text):
        return text
    if mode == "mixed":
        toks = text.split(" ")
        i = 0
        while i < len(toks) and is_ascii(toks[i]):
            i += 1
        head = " ".join(toks[:i])
        tail = " ".join(toks[i:])
        ws = encoded_words(tail, charset, enc)
        return ((head + " ") if head else "") + "\n ".join(ws)
    ws = encoded_words(text, charset, enc)
    return "\n ".join(ws)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def fmt_addr(name, addr, charset="utf-8", enc="B", quote_always=False):
    if not name:
        return "<%s>" % addr if quote_always else addr
    if is_ascii(name):
        if quote_always or _SPECIALS.search(name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    ws = encoded_words(name, charset, enc)
    return "%s <%s>" % ("\n ".join(ws), addr)


def fold(name, value, width=78):
    """Fold a header at whitespace if it is long and not already folded."""
    line = "%s: %s" % (name, value)
    if "\n" in value or len(line) <= width:
        return line
    out = []
    cur = name + ":"
    for tok in re.split(r"(?<=[ ,;])(?=\S)", " " + value):
        # tok includes its leading whitespace separator before
        if len(cur) + len(tok) > width and cur.strip() != name + ":":
            out.append(cur.rstrip())
            cur = " " + tok.lstrip()
        else:
            cur += tok
    out.append(cur)
    return "\n".join(out)


def b64lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))
