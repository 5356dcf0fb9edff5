"""Hand-rolled MIME serializer: full control over charsets, transfer
encodings, encoded-words, boundaries and header order."""
import base64
import binascii

CRLF = "\r\n"


class Raw(str):
    """A header value that is already folded/encoded; written verbatim."""


# ------------------------------------------------------------ encoded words
def _q_encode(bs):
    out = []
    for b in bs:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_words(text, charset, enc="Q", maxlen=75):
    """Split text into RFC 2047 encoded words (never splitting a character)."""
    words = []
    pre = "=?%s?%s?" % (charset, enc)
    budget = maxlen - len(pre) - 2
    cur = ""
    for ch in text:
        trial = cur + ch
        bs = trial.encode(charset)
        ln = len(_q_encode(bs)) if enc == "Q" else 4 * ((len(bs) + 2) // 3)
        if ln > budget and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for w in words:
        bs = w.encode(charset)
        body = _q_encode(bs) if enc == "Q" else base64.b64encode(bs).decode()
        res.append(pre + body + "?=")
    return res


def hdr_text(text, charset="utf-8", enc="Q"):
    """Unstructured header (Subject etc.): plain if ASCII, else encoded words."""
    if text.isascii():
        return text
    return " ".join(encoded_words(text, charset, enc))


def hdr_text_partial(text, charset="utf-8", enc="Q"):
    """Encode only the non-ASCII words (Outlook / some webmailers style)."""
    if text.isascii():
        return text
    toks = text.split(" ")
    out = []
    i = 0
    while i < len(toks):
        if toks[i].isascii():
            out.append(toks[i])
            i += 1
        else:
            j = i
            while j + 1 < len(toks) and not toks[j + 1].isascii():
                j += 1
            out.append(" ".join(encoded_words(" ".join(toks[i:j + 1]), charset, enc)))
            i = j + 1
    return " ".join(out)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(display, address, charset="utf-8", enc="Q", quote=None):
    if not display:
        return "<%s>" % address if quote == "angle" else address
    if display.isascii():
        if quote or any(c in _SPECIALS for c in display):
            d = '"%s"' % display.replace("\\", "\\\\").replace('"', '\\"')
        else:
            d = display
    else:
        d = " ".join(encoded_words(display, charset, enc))
    return "%s <%s>" % (d, address)


def fold(name, value, limit=78):
    if isinstance(value, Raw):
        return "%s: %s" % (name, value)
    raw = value.split(" ")
    toks = []
    for t in raw:                      # never fold inside a quoted-string
        if toks and toks[-1].count('"') % 2 == 1:
            toks[-1] += " " + t
        else:
            toks.append(t)
    lines = []
    cur = name + ":"
    for t in toks:
        if len(cur) + 1 + len(t) > limit and cur.strip() and not cur.endswith(":"):
            lines.append(cur)
            cur = " " + t
        else:
            cur = cur + " " + t
    lines.append(cur)
    return CRLF.join(lines)


# ------------------------------------------------------------ body encoders
def _norm(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def encode_body(data, cte):
    """data: bytes with \\n line ends for text. returns bytes with CRLF."""
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        q = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        return q.replace(b"\n", b"\r\n") + (b"" if q.endswith(b"\n") else b"\r\n")
    if cte == "7bit":
        data.decode("ascii")
    for ln in data.split(b"\n"):
        if len(ln) > 990:
            raise ValueError("line too long for %s" % cte)
    out = data.replace(b"\n", b"\r\n")
    return out if out.endswith(b"\r\n") else out + b"\r\n"


# ------------------------------------------------------------ parts
def _param(name, value, style="quoted", charset="utf-8"):
    if value.isascii():
        return '%s="%s"' % (name, value)
    if style == "rfc2231":
        q = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "-._~" else "%%%02X" % b
                    for b in value.encode(charset))
        return "%s*=%s''%s" % (name, charset, q)
    return '%s="%s"' % (name, " ".join(encoded_words(value, charset, "B")))


class Part:
    def __init__(self, ctype, body, charset=None, cte=None, filename=None,
                 disposition=None, cid=None, fname_style="ew", fname_charset="utf-8",
                 params=None, headers=None, flowed=False, quote_charset=True,
                 desc=None):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte or ("base64" if isinstance(body, bytes) else "7bit")
        self.filename = filename
        self.disposition = disposition or ("attachment" if filename else None)
        self.cid = cid
        self.fname_style = fname_style
        self.fname_charset = fname_charset
        self.params = params or []
        self.extra = headers or []
        self.flowed = flowed
        self.quote_charset = quote_charset
        self.desc = desc

    def render(self):
        p = [self.ctype]
        if self.charset:
            p.append(('charset="%s"' if self.quote_charset else "charset=%s") % self.charset)
        if self.flowed:
            p.append("format=flowed")
        p += self.params
        if self.filename and self.disposition != "inline-noname":
            p.append(_param("name", self.filename, self.fname_style, self.fname_charset))
        hdrs = [fold("Content-Type", "; ".join(p))]
        if self.desc:
            hdrs.append("Content-Description: " + self.desc)
        if self.disposition:
            d = self.disposition if self.disposition != "inline-noname" else "inline"
            if self.filename:
                d += "; " + _param("filename", self.filename, self.fname_style, self.fname_charset)
            hdrs.append(fold("Content-Disposition", d))
        hdrs.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            hdrs.append("Content-ID: <%s>" % self.cid)
        for n, v in self.extra:
            hdrs.append(fold(n, v))
        if isinstance(self.body, str):
            txt = _norm(self.body)
            if self.cte == "base64":          # canonical form: CRLF line ends
                txt = txt.replace("\n", "\r\n")
            data = txt.encode(self.charset or "ascii")
        else:
            data = self.body
        return hdrs, encode_body(data, self.cte)


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, params=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.params = params or []

    def render(self):
        extra = "".join(" %s;" % x for x in self.params)
        hdrs = [Raw("Content-Type: multipart/%s;%s\r\n\tboundary=\"%s\"" % (
            self.subtype, extra, self.boundary))]
        body = b""
        if self.preamble:
            body += self.preamble.encode() + b"\r\n\r\n"
        for prt in self.parts:
            h, b = prt.render()
            body += b"--" + self.boundary.encode() + b"\r\n"
            body += ("\r\n".join(h)).encode("ascii") + b"\r\n\r\n" + b
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
        body += b"--" + self.boundary.encode() + b"--\r\n"
        return hdrs, body


def render_message(headers, body):
    """headers: list of (name, value). body: Part or Multi."""
    lines = []
    for n, v in headers:
        if v is None:
            continue
        lines.append(fold(n, v))
    bh, bb = body.render()
    lines += [str(x) for x in bh]
    head = CRLF.join(lines) + CRLF + CRLF
    return head.encode("ascii") + bb
