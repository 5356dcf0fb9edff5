"""Randomness, dates/time zones and RFC 2045/2047/5322 encoding helpers."""
import base64
import datetime as _dt
import hashlib
import random
import string

UTC = _dt.timezone.utc


# ---------------------------------------------------------------- randomness
class Rng(random.Random):
    """random.Random seeded from a string (SHA-512 based, stable across runs)."""

    def __init__(self, seed):
        super().__init__(seed)

    def hex(self, n, upper=False):
        s = "".join(self.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars=string.ascii_letters + string.digits):
        return "".join(self.choice(chars) for _ in range(n))

    def lower_alnum(self, n):
        return self.alnum(n, string.ascii_lowercase + string.digits)

    def upper_alnum(self, n):
        return self.alnum(n, string.ascii_uppercase + string.digits)

    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def b64(self, nbytes, urlsafe=False):
        raw = bytes(self.randrange(256) for _ in range(nbytes))
        s = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
        return s.decode().rstrip("=") if urlsafe else s.decode()

    def uuid(self, upper=False):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + "89ab"[int(h[16], 16) % 4] + h[17:]
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def bytes(self, n):
        return bytes(self.randrange(256) for _ in range(n))


# ---------------------------------------------------------------- dates and zones
_EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
_US_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
ZONES = {
    # name: (winter offset minutes, summer offset, winter abbr, summer abbr, switch instant)
    "CET": (60, 120, "CET", "CEST", _EU_END),
    "EET": (120, 180, "EET", "EEST", _EU_END),
    "GB": (0, 60, "GMT", "BST", _EU_END),
    "MSK": (180, 180, "MSK", "MSK", _EU_END),
    "UTC": (0, 0, "UTC", "UTC", _EU_END),
    "PT": (-480, -420, "PST", "PDT", _US_END),
    "ET": (-300, -240, "EST", "EDT", _US_END),
}
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def utc(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def zone_info(t, zone):
    w, s, wa, sa, sw = ZONES[zone]
    return (s, sa) if t < sw else (w, wa)


def local(t, zone):
    off, _ = zone_info(t, zone)
    return t + _dt.timedelta(minutes=off)


def fmt_date(t, zone="CET", style="rfc"):
    """style: rfc (no pad), pad (two-digit day), postfix (space-padded day + (ABBR)),
    gmail (two-digit day + (ABBR)), abbr (no pad + (ABBR))."""
    off, abbr = zone_info(t, zone)
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = "%s%02d%02d" % (sign, abs(off) // 60, abs(off) % 60)
    if style in ("pad", "gmail"):
        day = "%02d" % lt.day
    elif style == "postfix":
        day = "%2d" % lt.day
    else:
        day = "%d" % lt.day
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (_DAYS[lt.weekday()], day, _MONTHS[lt.month - 1], lt.year,
                                            lt.hour, lt.minute, lt.second, o)
    if style in ("postfix", "gmail", "abbr"):
        s += " (%s)" % abbr
    return s


def secs(n):
    return _dt.timedelta(seconds=n)


def mins(n):
    return _dt.timedelta(minutes=n)


def epoch(t):
    return int(t.timestamp())


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- body encodings
CRLF = b"\r\n"


def to_crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width)).encode() + CRLF


def qp_encode(data, width=76):
    """Quoted-printable (RFC 2045) for body text; input bytes with CRLF or LF line ends."""
    out_lines = []
    for line in data.replace(b"\r\n", b"\n").split(b"\n"):
        enc = []
        for i, c in enumerate(line):
            ch = bytes([c])
            if c == 0x3D or c > 126 or (c < 32 and c != 9):
                enc.append("=%02X" % c)
            elif c in (32, 9) and i == len(line) - 1:
                enc.append("=%02X" % c)
            else:
                enc.append(ch.decode("ascii"))
        cur = ""
        res = []
        for tok in enc:
            if len(cur) + len(tok) > width - 1:
                res.append(cur + "=")
                cur = ""
            cur += tok
        res.append(cur)
        out_lines.extend(res)
    if out_lines and out_lines[-1] == "":
        out_lines = out_lines[:-1]
    return ("\r\n".join(out_lines) + "\r\n").encode("ascii")


def encode_body(text_or_bytes, charset, cte):
    data = text_or_bytes if isinstance(text_or_bytes, bytes) else to_crlf(text_or_bytes).encode(charset)
    if cte == "base64":
        return b64_lines(data)
    if cte == "quoted-printable":
        return qp_encode(data)
    if cte in ("7bit", "8bit", "binary"):
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        if cte == "7bit" and any(c > 127 for c in data):
            raise ValueError("non-ASCII in 7bit part")
        for ln in data.split(b"\r\n"):
            if len(ln) > 998:
                raise ValueError("line too long for %s" % cte)
        return data
    raise ValueError(cte)


# ---------------------------------------------------------------- RFC 2047 headers
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _qword_chars(ch, charset):
    out = ""
    for b in ch.encode(charset):
        c = chr(b)
        if c == " ":
            out += "_"
        elif c.isalnum() and b < 128:
            out += c
        elif c in "!*+-/" and b < 128:
            out += c
        else:
            out += "=%02X" % b
    return out


def _mostly_nonlatin(text):
    n = sum(1 for c in text if ord(c) > 0x24F)
    return n > len(text) * 0.3


def ew(text, charset="utf-8", enc="Q", cs_label=None, maxlen=75):
    """Return list of encoded words for text.  Words are split preferably after a
    space (so decoders that do not join adjacent encoded words still read well),
    otherwise on character boundaries.  Falls back to UTF-8 (as mail clients do)
    when the text does not fit the charset, and to B encoding for mostly
    non-Latin text (as Outlook, Gmail and Thunderbird do)."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset, cs_label = "utf-8", ("UTF-8" if (cs_label or "").isupper() else "utf-8")
    if enc == "Q" and _mostly_nonlatin(text):
        enc = "B"
    label = cs_label or charset
    pre = "=?%s?%s?" % (label, enc)

    def enc_len(chunk):
        if enc == "Q":
            return len("".join(_qword_chars(c, charset) for c in chunk))
        return len(base64.b64encode(chunk.encode(charset)))

    budget = maxlen - len(pre) - 2
    tokens = []
    for part in text.split(" "):
        tokens.append(part + " ")
    tokens[-1] = tokens[-1][:-1]
    words = []
    cur = ""
    for tok in tokens:
        if enc_len(cur + tok) <= budget:
            cur += tok
            continue
        if cur:
            words.append(cur)
            cur = ""
        while enc_len(tok) > budget:
            k = len(tok)
            while k > 1 and enc_len(tok[:k]) > budget:
                k -= 1
            words.append(tok[:k])
            tok = tok[k:]
        cur = tok
    if cur:
        words.append(cur)
    res = []
    for w in words:
        if enc == "Q":
            body = "".join(_qword_chars(c, charset) for c in w)
        else:
            body = base64.b64encode(w.encode(charset)).decode()
        res.append(pre + body + "?=")
    return res


def hdr_text(text, charset="utf-8", enc="Q", cs_label=None, force=False):
    """Unstructured header text (Subject): raw if ASCII, else encoded words joined by CRLF SP."""
    if _is_ascii(text) and not force:
        return text
    return "\r\n ".join(ew(text, charset, enc, cs_label))


def hdr_text_mixed(text, charset="utf-8", enc="Q", cs_label=None):
    """Outlook/Thunderbird-like: keep leading ASCII words (e.g. 'AW:') unencoded."""
    if _is_ascii(text):
        return text
    words = text.split(" ")
    lead = []
    while words and _is_ascii(words[0]) and len(lead) < 2 and words[0].endswith(":"):
        lead.append(words.pop(0))
    enc_part = "\r\n ".join(ew(" ".join(words), charset, enc, cs_label))
    return (" ".join(lead) + " " + enc_part) if lead else enc_part


_SPECIALS = '()<>[]:;@\\,."'


def addr(name, email, charset="utf-8", enc="Q", cs_label=None, quote=False):
    if not name:
        return "<%s>" % email if quote else email
    if _is_ascii(name):
        if quote or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (" ".join(ew(name, charset, enc, cs_label)), email)


def addr_list(items, **kw):
    return ", ".join(addr(n, e, **kw) for n, e in items)


def fold(name, value, width=78):
    """Fold a header for output. Values with explicit CRLF are kept as they are."""
    if value == "":
        return "%s:" % name
    if "\r\n" in value:
        return "%s: %s" % (name, value)
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line
    out = []
    cur = name + ":"
    tokens = value.split(" ")
    for tok in tokens:
        if len(cur) + 1 + len(tok) > width and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + tok
        else:
            cur = cur + " " + tok
    out.append(cur)
    return "\r\n".join(out)


# ---------------------------------------------------------------- DKIM helpers
def relaxed_body_hash(body):
    lines = body.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines = lines[:-1]
    canon = []
    for ln in lines:
        ln = b" ".join(ln.replace(b"\t", b" ").split(b" "))
        while b"  " in ln:
            ln = ln.replace(b"  ", b" ")
        canon.append(ln.rstrip(b" "))
    while canon and canon[-1] == b"":
        canon.pop()
    data = b"".join(l + b"\r\n" for l in canon)
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def simple_body_hash(body):
    b = body
    while b.endswith(b"\r\n\r\n"):
        b = b[:-2]
    if not b:
        b = b"\r\n"
    return base64.b64encode(hashlib.sha256(b).digest()).decode()


def fold_b64(label, value, first=70, width=70, sep="\r\n\t "):
    parts = [value[:first]]
    v = value[first:]
    while v:
        parts.append(v[:width])
        v = v[width:]
    return sep.join(parts)
