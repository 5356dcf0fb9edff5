"""Hand-rolled MIME serialisation with full control over charsets,
transfer encodings, RFC 2047 encoded words, RFC 2231 parameters and
boundaries.  Also date/time-zone helpers."""

import base64
import datetime as _dt
import hashlib
import quopri

# ----------------------------------------------------------------- dates

_DST_END = _dt.datetime(2026, 10, 25, 1, 0, 0)      # EU, UTC
_US_DST_END = _dt.datetime(2026, 11, 1, 9, 0, 0)     # US Pacific, UTC

TZ = {
    # name: (summer_offset_minutes, winter_offset_minutes, summer_abbr, winter_abbr)
    "CET": (120, 60, "CEST", "CET"),
    "EET": (180, 120, "EEST", "EET"),
    "UK": (60, 0, "BST", "GMT"),
    "MSK": (180, 180, "MSK", "MSK"),
    "UTC": (0, 0, "UTC", "UTC"),
    "PT": (-420, -480, "PDT", "PST"),
}

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec"]


def berlin_to_utc(s):
    """'2026-10-13 09:14:27' Berlin local -> naive UTC datetime."""
    local = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    for off in (120, 60):
        utc = local - _dt.timedelta(minutes=off)
        if tz_offset("CET", utc) == off:
            return utc
    raise ValueError(s)


def tz_offset(zone, utc):
    summer, winter, _, _ = TZ[zone]
    end = _US_DST_END if zone == "PT" else _DST_END
    return summer if utc < end else winter


def tz_abbr(zone, utc):
    summer, winter, sa, wa = TZ[zone]
    end = _US_DST_END if zone == "PT" else _DST_END
    return sa if utc < end else wa


def rfc_date(utc, zone="CET", comment=False, pad_day=False):
    off = tz_offset(zone, utc)
    local = utc + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    day = ("%02d" if pad_day else "%d") % local.day
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        _DAYS[local.weekday()], day, _MONTHS[local.month - 1], local.year,
        local.hour, local.minute, local.second, sign, abs(off) // 60, abs(off) % 60)
    if comment:
        s += " (%s)" % tz_abbr(zone, utc)
    return s


def local_time(utc, zone):
    return utc + _dt.timedelta(minutes=tz_offset(zone, utc))


def ago(utc, seconds):
    return utc - _dt.timedelta(seconds=seconds)


# ----------------------------------------------------------------- hashing

def h(label, n=32, alphabet="0123456789abcdef"):
    """Deterministic pseudo-random string derived from label."""
    out = []
    i = 0
    while len(out) < n:
        d = hashlib.sha256(("%s#%d" % (label, i)).encode("utf-8")).digest()
        for b in d:
            if b < 256 - 256 % len(alphabet):
                out.append(alphabet[b % len(alphabet)])
                if len(out) == n:
                    break
        i += 1
    return "".join(out)


def hnum(label, lo, hi):
    d = hashlib.sha256(label.encode("utf-8")).digest()
    return lo + int.from_bytes(d[:8], "big") % (hi - lo + 1)


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64ISH = ALNUM + "+/"

# ----------------------------------------------------------------- headers


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _q_encode(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif (ch.isalnum() and c < 128) or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encode_words(text, charset="utf-8", mode="B"):
    """Encode a whole string into one or more RFC 2047 encoded words,
    never splitting a multi-byte character."""
    words = []
    cur = ""
    prefix = "=?%s?%s?" % (charset, mode)
    for ch in text:
        cand = cur + ch
        b = cand.encode(charset)
        enc = base64.b64encode(b).decode() if mode == "B" else _q_encode(b)
        if len(prefix) + len(enc) + 2 > 75 and cur:
            sp = cur.rfind(" ")
            if 0 < sp < len(cur) - 1:
                # split after the last space, as mail clients do
                words.append(cur[:sp + 1])
                cur = cur[sp + 1:] + ch
            else:
                words.append(cur)
                cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    res = []
    for w in words:
        b = w.encode(charset)
        enc = base64.b64encode(b).decode() if mode == "B" else _q_encode(b)
        res.append(prefix + enc + "?=")
    return " ".join(res)


def hdr_text(text, charset="utf-8", mode="B"):
    if is_ascii(text):
        return text
    return encode_words(text, charset, mode)


def hdr_text_partial(text, charset="utf-8", mode="Q"):
    """Outlook/Thunderbird style: only the non-ASCII words are encoded
    (adjacent non-ASCII words are merged into one run)."""
    if is_ascii(text):
        return text
    toks = text.split(" ")
    out = []
    run = []
    for t in toks:
        if is_ascii(t):
            if run:
                out.append(encode_words(" ".join(run), charset, mode))
                run = []
            out.append(t)
        else:
            run.append(t)
    if run:
        out.append(encode_words(" ".join(run), charset, mode))
    return " ".join(out)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", mode="B", quote_always=False):
    if not name:
        return email if not quote_always else "<%s>" % email
    if not is_ascii(name):
        enc = encode_words(name, charset, mode)
        if " " in enc and any(is_ascii(w) and w for w in name.split(" ")):
            enc = hdr_text_partial(name, charset, mode)
        return "%s <%s>" % (enc, email)
    if quote_always or any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=76):
    """Fold a header at whitespace; keeps existing explicit folds."""
    if "\n" in value:
        return "%s: %s" % (name, value)
    line = name + ":"
    lines = []
    parts = value.split(" ")
    for i, p in enumerate(parts):
        piece = " " + p
        if len(line) + len(piece) > width and line.strip() not in (name + ":",):
            lines.append(line)
            line = "\t" + p if name.lower() == "received" else " " + p
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


# ----------------------------------------------------------------- parts

def _encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data, quotetabs=False)
    if cte == "7bit":
        data.decode("ascii")
        return data
    if cte == "8bit" or cte == "binary":
        return data
    raise ValueError(cte)


def _param_filename(key, fname, style, charset):
    if is_ascii(fname):
        return '%s="%s"' % (key, fname)
    if style == "rfc2047":
        return '%s="%s"' % (key, encode_words(fname, charset, "Q" if charset != "utf-8" else "B"))
    # RFC 2231
    b = fname.encode(charset)
    enc = "".join(chr(c) if (chr(c).isalnum() and c < 128) or chr(c) in "-._" else "%%%02X" % c for c in b)
    return "%s*=%s''%s" % (key, charset, enc)


def wrap_text(text, width=76, flowed=False):
    """Hard-wrap long lines at spaces as mail clients do for 7bit/8bit
    bodies; with format=flowed soft breaks keep a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + (" " if flowed else ""))
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


class Text:
    def __init__(self, text, charset="utf-8", cte="quoted-printable", subtype="plain",
                 params="", filename=None, disposition=None, name_style="rfc2231",
                 name_charset="utf-8", cid=None, charset_label=None, extra=None):
        self.text = text
        self.charset = charset
        self.cte = cte
        self.subtype = subtype
        self.params = params
        self.filename = filename
        self.disposition = disposition
        self.name_style = name_style
        self.name_charset = name_charset
        self.cid = cid
        self.label = charset_label or charset
        self.extra = extra or []

    @property
    def ctype(self):
        return "text/" + self.subtype

    def render(self, bgen):
        txt = self.text
        if self.cte in ("7bit", "8bit") and self.subtype == "plain":
            txt = wrap_text(txt, 72 if "flowed" in self.params else 76, "flowed" in self.params)
        data = txt.encode(self.charset)
        ct = 'text/%s; charset="%s"' % (self.subtype, self.label) if self.subtype != "calendar" else \
            'text/calendar; charset="%s"' % self.label
        if self.params:
            ct += "; " + self.params
        if self.filename:
            ct += ";\n\t" + _param_filename("name", self.filename, self.name_style, self.name_charset)
        hs = ["Content-Type: " + ct]
        hs.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            hs.append("Content-ID: <%s>" % self.cid)
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\n\t" + _param_filename("filename", self.filename, self.name_style, self.name_charset)
            hs.append("Content-Disposition: " + d)
        hs.extend(self.extra)
        return "\n".join(hs).encode("ascii"), _encode_body(data, self.cte)


class Bin:
    def __init__(self, ctype, data, filename=None, cte="base64", disposition="attachment",
                 cid=None, name_style="rfc2231", name_charset="utf-8", extra=None,
                 size_param=False, dates=None):
        self.ctype = ctype
        self.data = data
        self.filename = filename
        self.cte = cte
        self.disposition = disposition
        self.cid = cid
        self.name_style = name_style
        self.name_charset = name_charset
        self.extra = extra or []
        self.size_param = size_param
        self.dates = dates

    def render(self, bgen):
        ct = self.ctype
        if self.filename:
            ct += ";\n\t" + _param_filename("name", self.filename, self.name_style, self.name_charset)
        hs = ["Content-Type: " + ct]
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\n\t" + _param_filename("filename", self.filename, self.name_style, self.name_charset)
            if self.size_param:
                d += "; size=%d" % len(self.data)
            if self.dates:
                d += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (self.dates, self.dates)
            hs.append("Content-Disposition: " + d)
        hs.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            hs.append("Content-ID: <%s>" % self.cid)
        hs.extend(self.extra)
        return "\n".join(hs).encode("ascii"), _encode_body(self.data, self.cte)


class Multi:
    def __init__(self, subtype, parts, params="", boundary=None):
        self.subtype = subtype
        self.parts = parts
        self.params = params
        self.boundary = boundary

    @property
    def ctype(self):
        return "multipart/" + self.subtype

    def render(self, bgen):
        b = self.boundary or bgen()
        ct = 'multipart/%s;\n\tboundary="%s"' % (self.subtype, b)
        if self.params:
            ct += ";\n\t" + self.params
        body = bytearray()
        for p in self.parts:
            ph, pb = p.render(bgen)
            body += b"\n--" + b.encode() + b"\n" + ph + b"\n\n" + pb
            if not pb.endswith(b"\n"):
                body += b"\n"
        body += b"\n--" + b.encode() + b"--\n"
        return ("Content-Type: " + ct).encode("ascii"), bytes(body)


def walk(part):
    yield part
    if isinstance(part, Multi):
        for p in part.parts:
            for q in walk(p):
                yield q


def serialize(headers, body_part, bgen, preamble=None):
    """headers: list of (name, value) or raw strings (already folded)."""
    out = []
    for hd in headers:
        if isinstance(hd, str):
            out.append(hd)
        else:
            n, v = hd
            out.append(fold(n, v))
    ph, pb = body_part.render(bgen)
    head = "\n".join(out).encode("ascii") + b"\n" + ph + b"\n\n"
    if preamble and isinstance(body_part, Multi):
        pb = preamble.encode("ascii") + b"\n" + pb
    return head + pb
