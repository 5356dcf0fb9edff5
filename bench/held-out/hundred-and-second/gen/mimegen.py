"""Hand-rolled MIME serialiser.  We build the raw bytes ourselves so that
charsets, transfer encodings, boundaries and header folding look exactly
like the sending systems produce them (the stdlib email generator would
normalise them).  Output uses CRLF line endings."""
import base64
import binascii
import datetime as _dt

# ------------------------------------------------------------ dates ----

EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, 0)      # UTC
US_DST_END = _dt.datetime(2026, 11, 1, 9, 0, 0)       # UTC (Pacific)
US_E_DST_END = _dt.datetime(2026, 11, 1, 6, 0, 0)     # UTC (Eastern)


def zone_offset(t, zone):
    """Return (offset_minutes, abbreviation) for naive UTC datetime t."""
    summer = t < EU_DST_END
    if zone in ("DE", "IT", "PL", "ES", "CET"):
        return (120, "CEST") if summer else (60, "CET")
    if zone in ("GR", "EET"):
        return (180, "EEST") if summer else (120, "EET")
    if zone in ("UK", "GB"):
        return (60, "BST") if summer else (0, "GMT")
    if zone == "RU":
        return (180, "MSK")
    if zone == "PT":
        return (-420, "PDT") if t < US_DST_END else (-480, "PST")
    if zone == "ET":
        return (-240, "EDT") if t < US_E_DST_END else (-300, "EST")
    if zone == "UTC":
        return (0, "UTC")
    if zone == "GMT":
        return (0, "GMT")
    if zone == "CN":
        return (480, "CST")
    if zone == "BR":
        return (-180, "-03")
    if zone == "IN":
        return (330, "IST")
    raise ValueError(zone)


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
         "Oct", "Nov", "Dec"]


def rfcdate(t, zone, comment=False, pad_day=False, zero_style=None):
    off, abbr = zone_offset(t, zone)
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    day = ("%02d" % lt.day) if pad_day else str(lt.day)
    s = "%s, %s %s %04d %02d:%02d:%02d %s%02d%02d" % (
        _DAYS[lt.weekday()], day, _MONS[lt.month - 1], lt.year, lt.hour,
        lt.minute, lt.second, sign, o // 60, o % 60)
    if zero_style == "GMT" and off == 0:
        s = s[:-5] + "GMT"
    if comment:
        s += " (%s)" % abbr
    return s


def local(t, zone):
    off, _ = zone_offset(t, zone)
    return t + _dt.timedelta(minutes=off)


def utc(y, mo, d, h, mi, s, zone):
    """Build naive UTC datetime from local wall time in zone."""
    guess = _dt.datetime(y, mo, d, h, mi, s)
    off, _ = zone_offset(guess - _dt.timedelta(hours=2), zone)
    return guess - _dt.timedelta(minutes=off)


# ---------------------------------------------------- header encoding ----

_QSAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif c in _QSAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(text, charset="utf-8", enc="B", first_len=0, cs_label=None):
    """RFC 2047 encoded-words, each <= 75 chars, joined by CRLF+space.
    cs_label: the charset name as written (case as the MUA writes it)."""
    label = cs_label or charset
    pre = "=?%s?%s?" % (label, enc)
    words = []
    cur = ""

    def enc_len(s):
        b = s.encode(charset)
        if enc == "B":
            return len(pre) + 4 * ((len(b) + 2) // 3) + 2
        return len(pre) + len(_q(b)) + 2

    for ch in text:
        limit = 75
        if cur and enc_len(cur + ch) > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == "B":
            out.append(pre + base64.b64encode(b).decode() + "?=")
        else:
            out.append(pre + _q(b) + "?=")
    return "\r\n ".join(out)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="B", cs_label=None, quote=None):
    if not name:
        return email if quote is None else "<%s>" % email
    if is_ascii(name):
        if quote or (quote is None and any(c in _SPECIALS for c in name)):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    enc_name = ew(name, charset, enc, cs_label=cs_label)
    if quote == "outer":      # some MUAs wrap the encoded word in quotes
        enc_name = '"%s"' % enc_name
    return "%s <%s>" % (enc_name, email)


def subj(text, charset="utf-8", enc="B", cs_label=None):
    if is_ascii(text):
        return text
    return ew(text, charset, enc, cs_label=cs_label)


def fold(name, value, width=78):
    """Fold an ASCII header at whitespace (leaves pre-folded values alone)."""
    if "\r\n" in value or len(name) + 2 + len(value) <= width:
        return value
    words = value.split(" ")
    lines = []
    cur = ""
    budget = width - len(name) - 2
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= budget:
            cur += " " + w
        else:
            lines.append(cur)
            cur = w
            budget = width - 1
    lines.append(cur)
    return "\r\n ".join(lines)


# ----------------------------------------------------------- bodies ----

def _crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def qp_encode(b):
    """Quoted-printable body (RFC 2045) with CRLF line breaks."""
    lines = b.replace(b"\r\n", b"\n").split(b"\n")
    out = []
    for ln in lines:
        e = binascii.b2a_qp(ln, quotetabs=False, istext=False, header=False)
        out.append(e.replace(b"\n", b"\r\n"))
    return b"\r\n".join(out)


def b64_encode(b):
    return base64.encodebytes(b).replace(b"\n", b"\r\n").rstrip(b"\r\n")


def param(name, value, style="quoted"):
    if style == "bare" and all(c.isalnum() or c in "-_." for c in value):
        return "%s=%s" % (name, value)
    return '%s="%s"' % (name, value)


class Leaf:
    def __init__(self, ctype, body, charset=None, cte="7bit", filename=None,
                 disposition=None, cid=None, headers=None, cs_label=None,
                 cs_style="quoted", fn_style="plain", fn_charset="utf-8",
                 name_param=True, extra_ct=""):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.headers = headers or []
        self.cs_label = cs_label or charset
        self.cs_style = cs_style
        self.fn_style = fn_style
        self.fn_charset = fn_charset
        self.name_param = name_param
        self.extra_ct = extra_ct
        self.meta = {}

    def raw_bytes(self):
        if isinstance(self.body, str):
            return _crlf(self.body.encode(self.charset))
        return self.body

    def encoded(self):
        raw = self.raw_bytes()
        if self.cte == "7bit":
            assert all(c < 128 for c in raw), "7bit body has 8-bit data"
            return raw
        if self.cte == "8bit":
            return raw
        if self.cte == "quoted-printable":
            return qp_encode(raw)
        if self.cte == "base64":
            return b64_encode(raw)
        raise ValueError(self.cte)

    def _fn(self, key):
        fn = self.filename
        if is_ascii(fn):
            return '%s="%s"' % (key, fn)
        if self.fn_style == "rfc2231":
            from urllib.parse import quote
            return "%s*=%s''%s" % (key, self.fn_charset,
                                  quote(fn.encode(self.fn_charset), safe=""))
        return '%s="%s"' % (key, ew(fn, self.fn_charset, "B" if self.fn_style == "b" else "Q"))

    def header_lines(self):
        ct = self.ctype
        if self.charset:
            ct += "; " + param("charset", self.cs_label, self.cs_style)
        if self.filename and self.name_param:
            ct += ";\r\n\t" + self._fn("name")
        ct += self.extra_ct
        h = [("Content-Type", ct)]
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\r\n\t" + self._fn("filename")
            h.append(("Content-Disposition", d))
        if self.cid:
            h.append(("Content-ID", "<%s>" % self.cid))
        h.append(("Content-Transfer-Encoding", self.cte))
        return h + self.headers

    def walk(self):
        yield self


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, extra_ct="",
                 headers=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.extra_ct = extra_ct
        self.headers = headers or []

    def header_lines(self):
        return [("Content-Type", 'multipart/%s;%s\r\n\tboundary="%s"' % (
            self.subtype, self.extra_ct, self.boundary))] + self.headers

    def encoded(self):
        out = []
        if self.preamble:
            out.append(self.preamble.encode() + b"\r\n")
        for p in self.parts:
            out.append(b"\r\n--" + self.boundary.encode() + b"\r\n" if out
                       else b"--" + self.boundary.encode() + b"\r\n")
            out.append(serialize_headers(p.header_lines()) + b"\r\n" + p.encoded())
        out.append(b"\r\n--" + self.boundary.encode() + b"--\r\n")
        return b"".join(out)

    def walk(self):
        yield self
        for p in self.parts:
            yield from p.walk()


def serialize_headers(hs):
    out = []
    for name, value in hs:
        v = fold(name, value)
        line = "%s: %s\r\n" % (name, v)
        out.append(line.encode("ascii"))
    return b"".join(out)


def message(headers, body):
    """headers: list of (name, value); the body's own Content-* headers are
    inserted where a ('__BODY__', None) placeholder stands, else at end."""
    hs = []
    placed = False
    for n, v in headers:
        if n == "__BODY__":
            hs += body.header_lines()
            placed = True
        elif v is not None:
            hs.append((n, v))
    if not placed:
        hs += body.header_lines()
    return serialize_headers(hs) + b"\r\n" + body.encoded() + \
        (b"" if isinstance(body, Multi) else b"\r\n")
