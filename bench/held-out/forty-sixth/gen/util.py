"""Small deterministic helpers: time zones, seeded randomness, identifiers,
RFC 2047 encoded words and address formatting."""
import base64
import hashlib
import random
import uuid
from datetime import datetime, timedelta, timezone

# ---------------------------------------------------------------- time zones
# EU summer time 2026 ends Sunday 25 Oct 2026 01:00 UTC,
# US Pacific summer time ends Sunday 1 Nov 2026 09:00 UTC.
_EU_END = datetime(2026, 10, 25, 1, 0, tzinfo=timezone.utc)
_EU_START = datetime(2026, 3, 29, 1, 0, tzinfo=timezone.utc)
_US_END = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)

ZONES = {
    # name: (std offset h, std abbrev, dst abbrev, rule)
    "CET": (1, "CET", "CEST", "eu"),
    "EET": (2, "EET", "EEST", "eu"),
    "GMT": (0, "GMT", "BST", "eu"),
    "MSK": (3, "MSK", "MSK", None),
    "UTC": (0, "UTC", "UTC", None),
    "PT": (-8, "PST", "PDT", "us"),
    "ICT": (7, "ICT", "ICT", None),   # Vietnam / Thailand
    "BRT": (-3, "BRT", "BRT", None),
}


def utc(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc)


def local(t_utc, zone):
    std, a_std, a_dst, rule = ZONES[zone]
    dst = False
    if rule == "eu":
        dst = _EU_START <= t_utc < _EU_END
    elif rule == "us":
        dst = t_utc < _US_END
    off = std + (1 if dst else 0)
    return t_utc.astimezone(timezone(timedelta(hours=off))), (a_dst if dst else a_std)


def rfc2822(t_utc, zone, with_abbrev=False):
    lt, ab = local(t_utc, zone)
    s = lt.strftime("%a, %d %b %Y %H:%M:%S ") + lt.strftime("%z")
    if with_abbrev:
        s += " (%s)" % ab
    return s


def rfc2822_nopad(t_utc, zone, with_abbrev=False):
    """Day of month without leading zero (Postfix / many MUAs)."""
    lt, ab = local(t_utc, zone)
    s = "%s, %d %s" % (lt.strftime("%a"), lt.day, lt.strftime("%b %Y %H:%M:%S %z"))
    if with_abbrev:
        s += " (%s)" % ab
    return s


# ---------------------------------------------------------------- randomness
def rng(*seed):
    h = hashlib.sha256("|".join(str(s) for s in seed).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def hexs(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid4(r, upper=False):
    u = str(uuid.UUID(int=r.getrandbits(128), version=4))
    return u.upper() if upper else u


def b64url(r, nbytes):
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def postfix_qid(r):
    """Postfix long queue id (enable_long_queue_ids=yes) style."""
    a = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"
    return "4" + r.choice("bcdfghjklmnpqrstvwxyz") + alnum(r, 4, a) + "z" + alnum(r, 6, a)


_SUBS = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u201a": "'",
         "\u2018": "'", "\u2019": "'", "\u2026": "...", "\u20ac": "EUR", "\u2022": "-", "\u00b7": "-",
         "\u00a0": " ", "\u202f": " ", "\u00ab": '"', "\u00bb": '"', "\u2116": "N", "\u00b2": "2", "\u00a9": "(c)"}


def fit(text, charset):
    """Replace typographic characters the charset cannot carry, as MUAs do."""
    try:
        text.encode(charset)
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_SUBS.get(ch, ch))
    return "".join(out)



# ---------------------------------------------------------------- RFC 2047
def _needs(s):
    return any(ord(c) > 126 or ord(c) < 32 for c in s)


def encoded_words(s, charset="utf-8", enc="B", maxlen=75):
    """Split s into encoded words no longer than maxlen, not splitting chars."""
    words = []
    prefix = "=?%s?%s?" % (charset, enc)
    cur = ""

    def enc_chunk(chunk):
        b = chunk.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode()
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and byte < 128:
                out.append(ch)
            elif ch in "!*+-/" and byte < 128:
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    for c in s:
        trial = cur + c
        if len(prefix) + len(enc_chunk(trial)) + 2 > maxlen and cur:
            nxt = c
            # keep spaces away from encoded-word boundaries
            while len(cur) > 1 and (cur[-1] == " " or nxt[0] == " "):
                nxt = cur[-1] + nxt
                cur = cur[:-1]
            words.append(prefix + enc_chunk(cur) + "?=")
            cur = nxt
        else:
            cur = trial
    if cur:
        words.append(prefix + enc_chunk(cur) + "?=")
    return words


def fold_ascii(s, width=76, first=9):
    """Fold a long ASCII unstructured value at spaces (first line carries the name)."""
    out, line, limit = [], "", width - first
    for w in s.split(" "):
        if line and len(line) + 1 + len(w) > limit:
            out.append(line)
            line, limit = w, width - 1
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n ".join(out)


def hdr_text(s, charset="utf-8", enc="B", fold=True):
    """Unstructured header value (Subject).  ASCII is left alone."""
    if not _needs(s):
        return fold_ascii(s) if fold else s
    w = encoded_words(fit(s, charset), charset, enc)
    return ("\n " if fold else " ").join(w)


def fmt_addr(name, addr, charset="utf-8", enc="B", quote_always=False):
    if not name:
        return "<%s>" % addr if quote_always else addr
    if _needs(name):
        return "%s <%s>" % ("\n ".join(encoded_words(fit(name, charset), charset, enc)), addr)
    if quote_always or any(c in name for c in ',.;:@()<>[]"\\'):
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def addr_list(items, charset="utf-8", enc="B", quote_always=False):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        else:
            out.append(fmt_addr(it[0], it[1], charset, enc, quote_always))
    return ",\n\t".join(out) if len(out) > 1 else (out[0] if out else "")


TRANSLIT = {
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
    "ł": "l", "Ł": "L", "ą": "a", "ę": "e", "ś": "s", "ć": "c", "ń": "n", "ó": "o",
    "ź": "z", "ż": "z", "Ś": "S", "Ż": "Z", "Ź": "Z", "Ć": "C", "Ń": "N",
    "à": "a", "è": "e", "é": "e", "ì": "i", "ò": "o", "ù": "u", "ñ": "n", "á": "a",
    "í": "i", "ú": "u", "ç": "c", "Ñ": "N", "É": "E", "À": "A",
}


def translit(s):
    return "".join(TRANSLIT.get(c, c) for c in s)
