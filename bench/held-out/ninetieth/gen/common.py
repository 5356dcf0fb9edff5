"""MIME building blocks written by hand so that charset, transfer encoding,
boundaries and header encoding match the sending system exactly."""
import base64
import datetime as _dt
import quopri
import random

UTC = _dt.timezone.utc

# ---------------------------------------------------------------- time zones
def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _eu_dst(utc):
    y = utc.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1, 0), UTC)
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0), UTC)
    return start <= utc < end


def _us_dst(utc):
    y = utc.year
    d = _dt.date(y, 3, 1)
    sundays = 0
    while True:
        if d.weekday() == 6:
            sundays += 1
            if sundays == 2:
                break
        d += _dt.timedelta(days=1)
    start = _dt.datetime.combine(d, _dt.time(10, 0), UTC)   # 02:00 PST
    d = _dt.date(y, 11, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    end = _dt.datetime.combine(d, _dt.time(9, 0), UTC)      # 02:00 PDT
    return start <= utc < end


def zone_info(zone, utc):
    """Return (offset_hours, abbreviation) for a zone at a UTC instant."""
    if zone == "CE":
        return (2, "CEST") if _eu_dst(utc) else (1, "CET")
    if zone == "UK":
        return (1, "BST") if _eu_dst(utc) else (0, "GMT")
    if zone == "EE":
        return (3, "EEST") if _eu_dst(utc) else (2, "EET")
    if zone == "MSK":
        return (3, "MSK")
    if zone == "PT":
        return (-7, "PDT") if _us_dst(utc) else (-8, "PST")
    if zone == "ET":
        return (-4, "EDT") if _us_dst(utc) else (-5, "EST")
    if zone == "UTC":
        return (0, "UTC")
    if zone == "BRT":
        return (-3, "BRT")
    raise ValueError(zone)


def local(zone, utc):
    off, abbr = zone_info(zone, utc)
    return utc.astimezone(_dt.timezone(_dt.timedelta(hours=off))), abbr


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc2822(zone, utc, comment=False, pad_day=False):
    t, abbr = local(zone, utc)
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" if pad_day else "%d") % t.day
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        _DAYS[t.weekday()], day, _MONTHS[t.month - 1], t.year, t.hour, t.minute, t.second,
        sign, mins // 60, mins % 60)
    if comment:
        s += " (%s)" % abbr
    return s


def berlin(y, mo, d, h, mi, s=0):
    """Interpret a Berlin wall-clock time and return a UTC datetime."""
    naive = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    for off in (2, 1):
        utc = naive - _dt.timedelta(hours=off)
        if zone_info("CE", utc)[0] == off:
            return utc
    raise ValueError


def epoch_ms(utc):
    return int(utc.timestamp() * 1000)


# ---------------------------------------------------------------- headers
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def encoded_words(text, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encode a whole string into one or more encoded-words,
    never splitting a multi-byte character."""
    words = []
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "UTF-8"       # what real clients fall back to
    prefix = "=?%s?%s?" % (charset, enc)
    cur = ""

    def enc_chunk(chunk):
        raw = chunk.encode(charset)
        if enc == "B":
            return prefix + base64.b64encode(raw).decode() + "?="
        out = []
        for b in raw:
            if b == 0x20:
                out.append("_")
            elif b in _Q_SAFE:
                out.append(chr(b))
            else:
                out.append("=%02X" % b)
        return prefix + "".join(out) + "?="
    for ch in text:
        trial = cur + ch
        if len(enc_chunk(trial)) > maxlen and cur:
            words.append(enc_chunk(cur))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(enc_chunk(cur))
    return words


def hval(text, charset="utf-8", enc="B"):
    """Header value: ASCII stays literal, otherwise encoded words joined by
    folding whitespace."""
    if is_ascii(text):
        return text
    return "\n ".join(encoded_words(text, charset, enc))


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="B", quote_always=False):
    if not name:
        return "<%s>" % email if quote_always else email
    if is_ascii(name):
        if quote_always or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (phrase(name, charset, enc), email)


def phrase(name, charset="utf-8", enc="B"):
    """Encode a non-ASCII display name.  If it fits one encoded-word it is
    encoded whole (Outlook/Gmail style); otherwise ASCII words stay atoms
    (or quoted strings) and runs of non-ASCII words become one encoded-word
    each, so that no two encoded-words are adjacent (avoids the ambiguity
    of whitespace between adjacent encoded-words in address phrases)."""
    whole = encoded_words(name, charset, enc)
    if len(whole) == 1:
        return whole[0]
    out = []
    run = []

    def flush():
        if run:
            out.append(encoded_words(" ".join(run), charset, enc, maxlen=10 ** 6)[0])
            del run[:]
    for t in name.split(" "):
        if t and is_ascii(t) and not any(c in _SPECIALS for c in t):
            flush()
            out.append(t)
        elif t and is_ascii(t) and not run:
            out.append('"%s"' % t.replace("\\", "\\\\").replace('"', '\\"'))
        else:
            run.append(t)
    flush()
    lines = [""]
    for tok in out:
        if lines[-1] and len(lines[-1]) + 1 + len(tok) > 66:
            lines.append(tok)
        else:
            lines[-1] = (lines[-1] + " " + tok).strip()
    return "\n ".join(lines)


def fold(name, value, width=78):
    """Fold a header at whitespace.  Values that already contain newlines
    are emitted as given."""
    if "\n" in value:
        return "%s: %s" % (name, value)
    line = name + ":"
    out = []
    tokens = value.split(" ")
    cur = line
    for i, tok in enumerate(tokens):
        add = " " + tok
        if len(cur) + len(add) > width and cur.strip() and cur != line:
            out.append(cur)
            cur = " " + tok
        else:
            cur += add
    out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, ctype, params=(), headers=(), body=b"", children=None,
                 preamble=None, meta=None):
        self.ctype = ctype
        self.params = list(params)
        self.headers = list(headers)
        self.body = body
        self.children = children
        self.preamble = preamble
        self.meta = meta or {}

    def ct_header(self):
        ps = ""
        for k, v, q in self.params:
            ps += '; %s=%s' % (k, ('"%s"' % v) if q else v)
        return self.ctype + ps

    def header_lines(self):
        lines = [fold("Content-Type", self.ct_header())]
        for n, v in self.headers:
            lines.append(fold(n, v))
        return lines

    def render_body(self):
        if self.children is None:
            return self.body
        b = None
        for k, v, q in self.params:
            if k == "boundary":
                b = v
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\n\n"
        for ch in self.children:
            out += b"--" + b.encode() + b"\n" + ch.render() + b"\n"
        out += b"--" + b.encode() + b"--\n"
        return out

    def render(self):
        head = "\n".join(self.header_lines()).encode("ascii")
        return head + b"\n\n" + self.render_body()

    # ---- description for the manifest
    def leaves(self):
        if self.children is None:
            return [self]
        r = []
        for c in self.children:
            r += c.leaves()
        return r

    def describe(self):
        if self.children is None:
            m = self.meta
            if m.get("filename"):
                return "%s `%s`%s" % (m.get("kind", self.ctype), m["filename"],
                                      " (inline)" if m.get("inline") else "")
            return self.ctype.split("/")[1]
        sub = self.ctype.split("/")[1]
        return "%s(%s)" % (sub, " + ".join(c.describe() for c in self.children))


def encode_body(data, cte):
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if cte == "base64":
        return base64.encodebytes(data)
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            assert all(b < 128 for b in data), "7bit body with 8-bit data"
        for ln in data.split(b"\n"):
            assert len(ln) < 990, "line too long for %s" % cte
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def text(txt, subtype="plain", charset="utf-8", cte="quoted-printable", quote=True,
         flowed=False, extra=(), headers_first=False):
    txt = txt.replace("\r\n", "\n")
    if not txt.endswith("\n"):
        txt += "\n"
    data = txt.encode(charset)
    params = [("charset", charset, quote)]
    if flowed:
        params.append(("format", "flowed", False))
    hdrs = [("Content-Transfer-Encoding", cte)] + list(extra)
    return Part("text/" + subtype, params, hdrs, encode_body(data, cte),
                meta={"charset": charset, "cte": cte, "text": True})


def multipart(subtype, children, boundary=None, preamble=None, extra_params=()):
    params = list(extra_params) + [("boundary", boundary, True)]
    return Part("multipart/" + subtype, params, [], children=children, preamble=preamble)


def _fname_params(filename, style):
    """Return (name_param_value, disposition_params) for a file name."""
    if is_ascii(filename):
        return [("name", filename, True)], [("filename", filename, True)]
    if style == "rfc2231":
        from urllib.parse import quote
        v = "UTF-8''" + quote(filename.encode("utf-8"), safe="")
        return ([("name", " ".join(encoded_words(filename, "UTF-8", "B")), True)],
                [("filename*", v, False)])
    # rfc2047 inside quoted strings (Outlook, Gmail, most webmailers)
    ew = " ".join(encoded_words(filename, "utf-8", "B"))
    return [("name", ew, True)], [("filename", ew, True)]


def attachment(data, ctype, filename, cte="base64", inline=False, cid=None,
               style="rfc2047", kind=None, extra_ct=(), size=False, when=None):
    nparams, dparams = _fname_params(filename, style)
    disp = "inline" if inline else "attachment"
    for k, v, q in dparams:
        disp += '; %s=%s' % (k, ('"%s"' % v) if q else v)
    if size:
        disp += "; size=%d" % len(data)
        if when:
            disp += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (when, when)
    hdrs = []
    hdrs.append(("Content-Disposition", disp))
    hdrs.append(("Content-Transfer-Encoding", cte))
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    body = encode_body(data, cte)
    return Part(ctype, list(extra_ct) + nparams, hdrs, body,
                meta={"filename": filename, "kind": kind or ctype, "inline": inline,
                      "bytes": data})


# ---------------------------------------------------------------- ids
HEX = "0123456789abcdef"
B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def rhex(rnd, n, upper=False):
    s = "".join(rnd.choice(HEX) for _ in range(n))
    return s.upper() if upper else s


def ralnum(rnd, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def ruuid(rnd, upper=False):
    h = rhex(rnd, 32, upper)
    h = h[:12] + "4" + h[13:16] + rnd.choice("89ab" if not upper else "89AB") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def postfix_qid(rnd):
    return "4" + "".join(rnd.choice(B52) for _ in range(rnd.randint(11, 14)))


def b64id(rnd, n):
    return ralnum(rnd, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
