"""Hand-rolled MIME writer so that header order, charsets, transfer encodings
and boundary styles match what each sending system really produces."""
import base64
import binascii

SUBST = {
    "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u201a": "'", "\u2018": "'", "\u2019": "'",
    "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u20ac": "EUR", "\u00a0": " ", "\u2022": "*",
    "\u00ab": '"', "\u00bb": '"', "\u2116": "N", "\u2192": "->", "\u00b7": "-", "\u202f": " ",
}


def fit(text, charset):
    """Return text that encodes in charset; typographic characters that the
    charset lacks are replaced the way mail clients do."""
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in SUBST:
                out.append(SUBST[ch])
            else:
                raise ValueError("character %r not encodable in %s" % (ch, charset))
    return "".join(out)


# ------------------------------------------------------------ RFC 2047
_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(bts):
    out = ""
    for b in bts:
        if b == 0x20:
            out += "_"
        elif b in _QSAFE:
            out += chr(b)
        else:
            out += "=%02X" % b
    return out


def encoded_words(text, charset="utf-8", enc="Q", label=None):
    """Encode text as one or more RFC 2047 encoded-words (each <= 75 chars),
    never splitting a multi-byte character; words separated by CRLF-SP fold."""
    text = fit(text, charset)
    label = label or charset
    pre = "=?%s?%s?" % (label, enc)
    limit = 75 - len(pre) - 2
    words = []
    if enc.upper() == "Q":
        cur = ""
        for ch in text:
            rep = _q_char(ch.encode(charset))
            if len(cur) + len(rep) > limit:
                words.append(cur)
                cur = ""
            cur += rep
        words.append(cur)
    else:
        cur = b""
        for ch in text:
            b = ch.encode(charset)
            if len(base64.b64encode(cur + b)) > limit:
                words.append(base64.b64encode(cur).decode())
                cur = b""
            cur += b
        words.append(base64.b64encode(cur).decode())
    return "\n ".join(pre + w + "?=" for w in words)


def hval(text, charset="utf-8", enc="Q", label=None):
    if all(ord(c) < 128 for c in text):
        return text
    return encoded_words(text, charset, enc, label)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="Q", label=None, quote=None):
    if not name:
        return email if quote is None else "<%s>" % email
    if all(ord(c) < 128 for c in name):
        if quote or (quote is None and any(c in _SPECIALS for c in name)):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    # Display names are kept in ONE encoded-word: some parsers (Python's email
    # package among them) keep the folding white space between adjacent
    # encoded-words inside a phrase, which would alter the name.
    w = encoded_words(name, charset, enc, label)
    if "\n" in w:
        w = encoded_words(name, charset, "B", label)
    if "\n" in w:
        raise ValueError("display name too long for one encoded-word: %r" % name)
    return "%s <%s>" % (w, email)


def addrs(items, sep=",\n\t"):
    return sep.join(items)


# ------------------------------------------------------------ parts
class Part:
    def content_headers(self):
        raise NotImplementedError

    def body_bytes(self):
        raise NotImplementedError

    def render(self):
        return "".join("%s: %s\n" % hv for hv in self.content_headers()).encode("ascii") + b"\n" + self.body_bytes()


def _ct(ctype, params, fold=False):
    s = ctype
    for k, v in params:
        if v is None:
            continue
        if fold:
            s += ";\n\t%s=%s" % (k, v)
        else:
            s += "; %s=%s" % (k, v)
    return s


def flow(text, width=76):
    """RFC 3676 format=flowed: soft line breaks are a trailing space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" "))
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def encode_text(text, charset, cte, flowed=False):
    text = fit(text, charset)
    if flowed:
        text = flow(text)
    raw = text.encode(charset)
    if cte == "quoted-printable":
        enc = binascii.b2a_qp(raw, istext=True)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if cte == "base64":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return base64.encodebytes(raw)
    if cte == "7bit":
        raw.decode("ascii")
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw


class Text(Part):
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
                 label=None, quote_cs=True, extra_params=(), headers=(), fold=False, cte_label=None):
        self.text = text
        self.subtype = subtype
        self.charset = charset
        self.cte = cte
        self.label = label or charset
        self.quote_cs = quote_cs
        self.extra = list(extra_params)
        self.headers = list(headers)
        self.fold = fold
        self.cte_label = cte_label or cte

    def content_headers(self):
        cs = '"%s"' % self.label if self.quote_cs else self.label
        h = [("Content-Type", _ct("text/" + self.subtype, [("charset", cs)] + self.extra, self.fold)),
             ("Content-Transfer-Encoding", self.cte_label)]
        return h + self.headers

    def body_bytes(self):
        flowed = any(k == "format" and v == "flowed" for k, v in self.extra)
        return encode_text(self.text, self.charset, self.cte, flowed)

    # for the manifest
    def describe(self):
        return "text/%s" % self.subtype


def _fname_params(key, name, style, charset="utf-8"):
    if all(ord(c) < 128 for c in name):
        return [(key, '"%s"' % name)]
    if style == "rfc2231":
        from urllib.parse import quote
        return [(key + "*", "%s''%s" % (charset.upper(), quote(name.encode(charset), safe="")))]
    return [(key, '"%s"' % encoded_words(name, charset, "B").replace("\n ", " "))]


class Attachment(Part):
    def __init__(self, data, ctype, filename, style="rfc2047", inline=False, cid=None,
                 charset="utf-8", disp_extra=(), fold=False, headers=(), name_param=True, size=False):
        self.data = data
        self.ctype = ctype
        self.filename = filename
        self.style = style
        self.inline = inline
        self.cid = cid
        self.charset = charset
        self.disp_extra = list(disp_extra)
        self.fold = fold
        self.headers = list(headers)
        self.name_param = name_param
        self.size = size

    def content_headers(self):
        params = _fname_params("name", self.filename, self.style, self.charset) if self.name_param else []
        disp = [] 
        dparams = _fname_params("filename", self.filename, self.style, self.charset)
        if self.size:
            dparams.append(("size", str(len(self.data))))
        dparams += self.disp_extra
        h = [("Content-Type", _ct(self.ctype, params, self.fold))]
        h.append(("Content-Disposition", _ct("inline" if self.inline else "attachment", dparams, self.fold)))
        h.append(("Content-Transfer-Encoding", "base64"))
        if self.cid:
            h.append(("Content-ID", "<%s>" % self.cid))
        return h + self.headers

    def body_bytes(self):
        return base64.encodebytes(self.data)

    def describe(self):
        return "%s %s" % (self.ctype, self.filename)


class Multipart(Part):
    def __init__(self, subtype, parts, boundary, preamble=None, extra_params=(), fold=True, headers=(),
                 quote_b=True):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.extra = list(extra_params)
        self.fold = fold
        self.headers = list(headers)
        self.quote_b = quote_b

    def content_headers(self):
        b = '"%s"' % self.boundary if self.quote_b else self.boundary
        params = [("boundary", b)] + self.extra
        return [("Content-Type", _ct("multipart/" + self.subtype, params, self.fold))] + self.headers

    def body_bytes(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n" + p.render()
            if not out.endswith(b"\n"):
                out += b"\n"
            out += b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        return out

    def describe(self):
        return "multipart/%s" % self.subtype
