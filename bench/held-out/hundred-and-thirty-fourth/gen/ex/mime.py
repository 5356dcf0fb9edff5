"""Byte-exact MIME assembly: every part's charset, transfer encoding,
parameter style and boundary is chosen explicitly, as the real sending
software would write it. Line ends are LF (as stored after receipt)."""
import base64
import binascii
import re


# ------------------------------------------------------------ headers
def _qp_word(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif ch.isalnum() and c < 128 or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encode_words(text, charset="utf-8", enc="B", maxlen=75):
    """Split text into RFC 2047 encoded words (no character split across words).
    Falls back to UTF-8 when the text does not fit the preferred charset."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    words = []
    cur = ""
    prefix = "=?%s?%s?" % (charset, enc)

    def wlen(s):
        b = s.encode(charset)
        body = base64.b64encode(b).decode() if enc == "B" else _qp_word(b)
        return len(prefix) + len(body) + 2, body
    for ch in text:
        cand = cur + ch
        if wlen(cand)[0] > maxlen and cur:
            cut = cur.rfind(" ")
            if 0 < cut < len(cur) - 1 and len(cur) - cut < 12:
                words.append(prefix + wlen(cur[:cut + 1])[1] + "?=")
                cur = cur[cut + 1:] + ch
            else:
                words.append(prefix + wlen(cur)[1] + "?=")
                cur = ch
        else:
            cur = cand
    if cur:
        words.append(prefix + wlen(cur)[1] + "?=")
    return words


def needs_encoding(s):
    return any(ord(c) > 126 or (ord(c) < 32 and c != "\t") for c in s)


def header_text(text, charset="utf-8", enc="B", force=False):
    """Unstructured header value; encoded only if needed (or forced)."""
    if not force and not needs_encoding(text):
        return text
    return " ".join(encode_words(text, charset, enc))


def addr(name, address, charset="utf-8", enc="B", quote=True, force=False):
    if not name:
        return "<%s>" % address if quote == "angle" else address
    if needs_encoding(name) or force:
        return "%s <%s>" % (" ".join(encode_words(name, charset, enc)), address)
    if quote and re.search(r"[,.;:@()\[\]\"<>]", name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    if quote == "always":
        return '"%s" <%s>' % (name, address)
    return "%s <%s>" % (name, address)


def fold(name, value, width=78, sep="\n "):
    """Fold a header at whitespace so that physical lines stay <= width."""
    line = name + ": "
    out = []
    tokens = re.split(r"( )", value)
    cur = line
    first = True
    for tok in tokens:
        if tok == " ":
            continue
        cand = cur + ("" if cur.endswith(": ") and first else " ") + tok
        if len(cand) > width and not (cur.endswith(": ") and first):
            out.append(cur)
            cur = sep.lstrip("\n") + tok
        else:
            cur = cand
        first = False
    out.append(cur)
    return "\n".join(out)


# ------------------------------------------------------------ bodies
def qp(data):
    """Quoted-printable for text with LF line ends (soft breaks at 76)."""
    enc = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return enc.replace(b"\r\n", b"\n")


def b64lines(data, width=76):
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + width] for i in range(0, len(s), width)) + b"\n"


def nl(s):
    return s.replace("\r\n", "\n")


class Part:
    """A MIME entity.

    ctype: "text/plain" etc.; text: str body (encoded with charset) or
    data: bytes body; children for multiparts.
    """

    def __init__(self, ctype, text=None, data=None, charset=None, cte=None, children=None,
                 boundary=None, params=None, filename=None, disposition=None, cid=None,
                 fn_style="plain", name_param=True, extra=None, order=None, preamble=None,
                 ct_style="std", description=None, size_param=False, date_params=None,
                 epilogue=None):
        self.ctype = ctype
        self.text = text
        self.data = data
        self.charset = charset
        self.cte = cte
        self.children = children or []
        self.boundary = boundary
        self.params = params or []
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.fn_style = fn_style
        self.name_param = name_param
        self.extra = extra or []
        self.order = order
        self.preamble = preamble
        self.ct_style = ct_style
        self.description = description
        self.size_param = size_param
        self.date_params = date_params
        self.epilogue = epilogue

    # -- raw decoded payload (for manifests / verification)
    def payload(self):
        if self.text is not None:
            return self.text.encode(self.charset or "us-ascii")
        return self.data

    def _fn_param(self, key, value):
        """Filename parameter in the style of a given client."""
        if not needs_encoding(value):
            return ['%s="%s"' % (key, value)]
        st = self.fn_style
        if st == "rfc2047b":   # Outlook, Gmail
            return ['%s="%s"' % (key, " ".join(encode_words(value, "utf-8", "B", 1000)))]
        if st == "rfc2047q":
            return ['%s="%s"' % (key, " ".join(encode_words(value, "utf-8", "Q", 1000)))]
        if st == "rfc2231":     # Thunderbird, Apple
            enc = "".join(c if (c.isalnum() and ord(c) < 128) or c in "-._~" else
                          "".join("%%%02X" % b for b in c.encode("utf-8")) for c in value)
            return ["%s*=utf-8''%s" % (key, enc)]
        if st == "rfc2231-iso":
            enc = "".join(c if (c.isalnum() and ord(c) < 128) or c in "-._~" else
                          "".join("%%%02X" % b for b in c.encode("iso-8859-1")) for c in value)
            return ["%s*=iso-8859-1''%s" % (key, enc)]
        if st == "raw8":        # some webmailers and scripts
            return ['%s="%s"' % (key, value)]
        raise KeyError(st)

    def headers(self):
        hs = []
        ct = self.ctype
        params = list(self.params)
        if self.children:
            params.append('boundary="%s"' % self.boundary)
        if self.charset and self.text is not None:
            if self.ct_style == "unquoted":
                params.insert(0, "charset=%s" % self.charset)
            else:
                params.insert(0, 'charset="%s"' % self.charset)
        if self.filename and self.name_param:
            params += self._fn_param("name", self.filename)
        ctv = ct + ("; " + "; ".join(params) if params else "")
        if self.ct_style == "break":
            ctv = ct + (";\n\t" + ";\n\t".join(params) if params else "")
            hs.append(("Content-Type", ctv, True))
        else:
            hs.append(("Content-Type", ctv, False))
        if self.description:
            hs.append(("Content-Description", header_text(self.description), False))
        if self.cte:
            hs.append(("Content-Transfer-Encoding", self.cte, False))
        if self.disposition:
            dv = self.disposition
            dparams = []
            if self.filename:
                dparams += self._fn_param("filename", self.filename)
            if self.size_param:
                dparams.append("size=%d" % len(self.payload()))
            if self.date_params:
                dparams += self.date_params
            if dparams:
                dv += "; " + "; ".join(dparams)
            hs.append(("Content-Disposition", dv, False))
        if self.cid:
            hs.append(("Content-ID", "<%s>" % self.cid, False))
        for name, value in self.extra:
            hs.append((name, value, False))
        if self.order:
            rank = {n.lower(): i for i, n in enumerate(self.order)}
            hs.sort(key=lambda h: rank.get(h[0].lower(), 99))
        out = []
        for name, value, raw in hs:
            if raw:
                out.append("%s: %s" % (name, value))
            else:
                out.append(fold(name, value))
        return out

    def body_bytes(self):
        if self.children:
            out = b""
            if self.preamble:
                out += self.preamble.encode() + b"\n"
            for ch in self.children:
                out += b"\n--" + self.boundary.encode() + b"\n" + ch.serialize()
            out += b"\n--" + self.boundary.encode() + b"--\n"
            if self.epilogue:
                out += self.epilogue.encode()
            if not self.preamble:
                out = out[1:]
            return out
        raw = self.payload()
        if self.text is not None:
            raw = nl(self.text).encode(self.charset or "us-ascii")
        cte = (self.cte or "7bit").lower()
        if cte == "base64":
            return b64lines(raw)
        if cte == "quoted-printable":
            body = qp(raw)
            return body if body.endswith(b"\n") else body + b"\n"
        return raw if raw.endswith(b"\n") else raw + b"\n"

    def serialize(self):
        return ("\n".join(self.headers()) + "\n\n").encode("ascii") + self.body_bytes()


def message_bytes(headers, root):
    """headers: list of (name, value) or raw strings; the token '__MIME__'
    marks where the root part's Content-* headers go."""
    lines = []
    mime_hdrs = root.headers()
    placed = False
    for h in headers:
        if h == "__MIME__":
            lines.extend(mime_hdrs)
            placed = True
        elif isinstance(h, str):
            if "\n" not in h and len(h) > 78 and ": " in h:
                name, _, value = h.partition(": ")
                lines.append(fold(name, value))
            else:
                lines.append(h)
        else:
            name, value = h
            if "\n" in value:
                lines.append("%s: %s" % (name, value))
            else:
                lines.append(fold(name, value))
    if not placed:
        lines.extend(mime_hdrs)
    head = "\n".join(lines) + "\n\n"
    for ln in head.split("\n"):
        if len(ln.encode("utf-8")) > 998:
            raise ValueError("header line too long")
    return head.encode("utf-8") + root.body_bytes()
