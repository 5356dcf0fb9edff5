"""Hand-rolled MIME serialiser so that header order, encodings and
boundary styles can imitate specific mail programs exactly."""
import base64
import datetime as _dt
import quopri
import re

# ---------------------------------------------------------------------------
# time zones (rules coded explicitly so output never depends on host tzdata)

def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = _dt.date(year, month, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


def _eu_dst(utc):
    y = utc.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1, 0))
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0))
    return start <= utc.replace(tzinfo=None) < end


def _us_dst(utc, std_offset_h):
    y = utc.year
    start = _dt.datetime.combine(_nth_sunday(y, 3, 2), _dt.time(2, 0)) - _dt.timedelta(hours=std_offset_h)
    end = _dt.datetime.combine(_nth_sunday(y, 11, 1), _dt.time(2, 0)) - _dt.timedelta(hours=std_offset_h + 1)
    return start <= utc.replace(tzinfo=None) < end


ZONES = {
    # name: (std offset minutes, dst offset minutes, std abbr, dst abbr, rule)
    "DE": (60, 120, "CET", "CEST", "eu"),
    "IT": (60, 120, "CET", "CEST", "eu"),
    "ES": (60, 120, "CET", "CEST", "eu"),
    "PL": (60, 120, "CET", "CEST", "eu"),
    "GR": (120, 180, "EET", "EEST", "eu"),
    "UK": (0, 60, "GMT", "BST", "eu"),
    "RU": (180, 180, "MSK", "MSK", "none"),
    "UTC": (0, 0, "UTC", "UTC", "none"),
    "US-PT": (-480, -420, "PST", "PDT", "us"),
    "US-ET": (-300, -240, "EST", "EDT", "us"),
}


def localize(utc, zone):
    std, dst, sa, da, rule = ZONES[zone]
    if rule == "eu":
        is_dst = _eu_dst(utc)
    elif rule == "us":
        is_dst = _us_dst(utc, std // 60)
    else:
        is_dst = False
    off = dst if is_dst else std
    local = utc.replace(tzinfo=None) + _dt.timedelta(minutes=off)
    return local, off, (da if is_dst else sa)


_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(utc, zone, abbr=False, pad_day=False):
    local, off, ab = localize(utc, zone)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    day = ("%02d" % local.day) if pad_day else str(local.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        _WD[local.weekday()], day, _MO[local.month - 1], local.year,
        local.hour, local.minute, local.second, sign, o // 60, o % 60)
    if abbr:
        s += " (%s)" % ab
    return s


def utc(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone.utc)


def local_to_utc(y, mo, d, h, mi, s, zone):
    """Interpret wall-clock time in zone; return UTC datetime."""
    guess = _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone.utc)
    for _ in range(2):
        _, off, _ = localize(guess, zone)
        guess = _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone.utc) - _dt.timedelta(minutes=off)
    return guess


# ---------------------------------------------------------------------------
# RFC 2047 encoded words

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_encode_bytes(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif c in _Q_SAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(text, charset="utf-8", enc="Q", cs_label=None, maxlen=75):
    """Split text into a list of encoded words each <= maxlen characters,
    never splitting a multibyte character."""
    label = cs_label or charset
    words = []
    cur = ""
    for ch in text:
        trial = cur + ch
        b = trial.encode(charset)
        if enc.upper() == "Q":
            body = _q_encode_bytes(b)
        else:
            body = base64.b64encode(b).decode()
        w = "=?%s?%s?%s?=" % (label, enc, body)
        if len(w) > maxlen and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for piece in words:
        b = piece.encode(charset)
        body = _q_encode_bytes(b) if enc.upper() == "Q" else base64.b64encode(b).decode()
        res.append("=?%s?%s?%s?=" % (label, enc, body))
    return res


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


_SPECIALS = set('()<>[]:;@\\,."')


def phrase(name, charset="utf-8", enc="Q", cs_label=None):
    """Display name for an address header."""
    if name is None or name == "":
        return ""
    if is_ascii(name):
        if any(c in _SPECIALS for c in name):
            return '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return name
    return " ".join(encoded_words(name, charset, enc, cs_label))


def address(name, addr, charset="utf-8", enc="Q", cs_label=None, quote_always=False):
    if not name:
        return addr if not quote_always else "<%s>" % addr
    p = phrase(name, charset, enc, cs_label)
    if quote_always and not p.startswith('"') and not p.startswith("=?"):
        p = '"%s"' % p
    return "%s <%s>" % (p, addr)


def unstructured(text, charset="utf-8", enc="Q", cs_label=None, mode="words"):
    """Subject-style header value.  mode='words' encodes only the non-ASCII
    stretch (Thunderbird/Outlook style); mode='whole' encodes everything."""
    if is_ascii(text):
        return text
    if mode == "whole":
        return " ".join(encoded_words(text, charset, enc, cs_label))
    # encode from first non-ascii word to last non-ascii word
    toks = text.split(" ")
    idx = [i for i, t in enumerate(toks) if not is_ascii(t)]
    a, b = idx[0], idx[-1]
    pre = " ".join(toks[:a])
    mid = " ".join(toks[a:b + 1])
    post = " ".join(toks[b + 1:])
    parts = []
    if pre:
        parts.append(pre)
    parts.append(" ".join(encoded_words(mid, charset, enc, cs_label)))
    if post:
        parts.append(post)
    return " ".join(parts)


def fold(name, value, width=78):
    """Fold a header at spaces.  A value that already contains newlines is
    taken as pre-folded and emitted verbatim."""
    if "\n" in value:
        return name + ": " + value
    words = value.split(" ")
    lines = []
    cur = name + ":"
    fresh = True
    for w in words:
        if not fresh and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
            fresh = False
    lines.append(cur)
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# parts

class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None,
                 disposition=None, filename=None, fname_style="rfc2231",
                 fname_charset="utf-8", cid=None, parts=None, boundary=None,
                 headers=None, ct_quote=True, description=None, format_flowed=False,
                 preamble=None, name_param=True, cs_label=None, lf_in_b64=False,
                 disp_params=None, cte_first=False):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.disposition = disposition
        self.filename = filename
        self.fname_style = fname_style
        self.fname_charset = fname_charset
        self.cid = cid
        self.parts = parts or []
        self.boundary = boundary
        self.headers = headers or []
        self.ct_quote = ct_quote
        self.description = description
        self.format_flowed = format_flowed
        self.preamble = preamble
        self.name_param = name_param
        self.cs_label = cs_label
        self.lf_in_b64 = lf_in_b64
        self.disp_params = disp_params or []
        self.cte_first = cte_first

    @property
    def is_multipart(self):
        return self.ctype.startswith("multipart/")

    # header lines for Content-* of this part
    def content_headers(self):
        q = (lambda v: '"%s"' % v) if self.ct_quote else (lambda v: v)
        params = []
        if self.charset:
            params.append("charset=" + q(self.cs_label or self.charset))
        if self.format_flowed:
            params.append("format=flowed")
        for k, v in self.params:
            params.append("%s=%s" % (k, v))
        if self.filename and self.name_param:
            params.append(self._fname_param("name"))
        if self.boundary:
            params.append('boundary="%s"' % self.boundary)
        val = self.ctype
        if params:
            one = val + "; " + "; ".join(params)
            if len(one) + 14 <= 78:
                val = one
            else:
                val = val + ";\n\t" + ";\n\t".join(params)
        hdrs = [("Content-Type", val)]
        if self.description:
            hdrs.append(("Content-Description", self.description))
        if self.disposition:
            dparams = []
            if self.filename:
                dparams.append(self._fname_param("filename"))
            dparams.extend(self.disp_params)
            d = self.disposition
            if dparams:
                one = d + "; " + "; ".join(dparams)
                if len(one) + 21 <= 78:
                    d = one
                else:
                    d = d + ";\n\t" + ";\n\t".join(dparams)
            hdrs.append(("Content-Disposition", d))
        if self.cte:
            hdrs.append(("Content-Transfer-Encoding", self.cte))
        if self.cid:
            hdrs.append(("Content-ID", "<%s>" % self.cid))
        hdrs.extend(self.headers)
        if self.cte_first:
            hdrs.sort(key=lambda h: 0 if h[0] == "Content-Transfer-Encoding" else 1)
        return hdrs

    def _fname_param(self, key):
        fn = self.filename
        if is_ascii(fn):
            return '%s="%s"' % (key, fn)
        if self.fname_style == "rfc2047":
            return '%s="%s"' % (key, " ".join(encoded_words(fn, self.fname_charset, "Q")))
        if self.fname_style == "rfc2047b":
            return '%s="%s"' % (key, " ".join(encoded_words(fn, self.fname_charset, "B")))
        from urllib.parse import quote
        enc = quote(fn.encode(self.fname_charset), safe="")
        return "%s*=%s''%s" % (key, self.fname_charset, enc)

    def encoded_body(self):
        """Return body bytes (LF line endings) after transfer encoding."""
        if self.is_multipart:
            raise ValueError
        data = self.body
        if isinstance(data, str):
            text = data
            if not text.endswith("\n"):
                text += "\n"
            if self.cte == "base64":
                errs = "xmlcharrefreplace" if self.ctype == "text/html" else "strict"
                raw = text.replace("\n", "\r\n").encode(self.charset, errs) if not self.lf_in_b64 else text.encode(self.charset, errs)
                return base64.encodebytes(raw)
            errs = "xmlcharrefreplace" if self.ctype == "text/html" else "strict"
            raw = text.encode(self.charset, errs)
            if self.cte == "quoted-printable":
                return _qp(raw)
            if self.cte in (None, "7bit"):
                raw.decode("ascii")
                for line in raw.split(b"\n"):
                    assert len(line) <= 998
                return raw
            if self.cte == "8bit":
                for line in raw.split(b"\n"):
                    assert len(line) <= 998, "8bit line too long"
                return raw
            raise ValueError(self.cte)
        # bytes
        if self.cte == "base64":
            return base64.encodebytes(data)
        if self.cte == "quoted-printable":
            return _qp(data)
        if self.cte in ("7bit", "8bit", None):
            return data if data.endswith(b"\n") else data + b"\n"
        raise ValueError(self.cte)


def _qp(raw):
    enc = quopri.encodestring(raw, quotetabs=False)
    return enc if enc.endswith(b"\n") else enc + b"\n"


def render_part(part, with_headers=True):
    out = b""
    if with_headers:
        for k, v in part.content_headers():
            out += fold(k, v).encode("ascii") + b"\n"
        out += b"\n"
    if part.is_multipart:
        if part.preamble:
            out += part.preamble.encode("ascii") + b"\n"
        for sub in part.parts:
            out += b"--" + part.boundary.encode() + b"\n"
            out += render_part(sub)
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + part.boundary.encode() + b"--\n"
    else:
        out += part.encoded_body()
    return out


class Message:
    def __init__(self, headers, root):
        """headers: ordered list of (name, value); a ("__CT__", None) entry
        marks where the root part's Content-* headers go."""
        self.headers = headers
        self.root = root

    def to_bytes(self):
        lines = []
        ct_done = False
        for k, v in self.headers:
            if k == "__CT__":
                for ck, cv in self.root.content_headers():
                    lines.append(fold(ck, cv))
                ct_done = True
                continue
            if v is None:
                continue
            if k.startswith("__RAW__"):
                lines.append(v)
                continue
            lines.append(fold(k, v))
        if not ct_done:
            for ck, cv in self.root.content_headers():
                lines.append(fold(ck, cv))
        head = "\n".join(lines) + "\n\n"
        head.encode("ascii")
        return head.encode("ascii") + render_part(self.root, with_headers=False)


def walk(part):
    yield part
    for p in part.parts:
        yield from walk(p)
