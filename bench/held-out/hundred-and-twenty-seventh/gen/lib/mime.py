"""Hand-rolled MIME serialisation with exact control over charsets, transfer encodings,
parameter styles and header order (so that each sending system can be imitated)."""
import base64
import hashlib
import re
import urllib.parse

CRLF = "\r\n"
SPECIALS = set('()<>[]:;@\\,."')


# ------------------------------------------------------------------ encoded words (RFC 2047)
def _q_encode_bytes(b, header=True):
    out = []
    for c in b:
        ch = chr(c)
        if c == 32 and header:
            out.append("_")
        elif (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(text, charset="utf-8", enc="B", maxlen=75):
    """Split text into encoded words of at most maxlen chars each, preferring to break after a space
    (the space stays inside the preceding word, as Thunderbird/Outlook do)."""
    cs = charset
    pre = "=?%s?%s?" % (cs, enc)

    def enc_len(chunk):
        b = chunk.encode(_py(cs))
        body = base64.b64encode(b).decode() if enc.upper() == "B" else _q_encode_bytes(b)
        return len(pre) + len(body) + 2

    words = []
    rest = text
    while rest:
        n = len(rest)
        if enc_len(rest) <= maxlen:
            words.append(rest)
            break
        k = 1
        while k < n and enc_len(rest[:k + 1]) <= maxlen:
            k += 1
        sp = rest.rfind(" ", 0, k)
        if sp > 0:
            k = sp + 1
        words.append(rest[:k])
        rest = rest[k:]
    res = []
    for w in words:
        b = w.encode(_py(cs))
        body = base64.b64encode(b).decode() if enc.upper() == "B" else _q_encode_bytes(b)
        res.append(pre + body + "?=")
    return res


def _py(cs):
    return {"utf-8": "utf-8", "UTF-8": "utf-8"}.get(cs, cs.lower())


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def hdr(text, charset="utf-8", enc="B", mode="whole", fold="\n "):
    """Encode an unstructured header value. mode: whole | words | raw."""
    if mode == "raw" or is_ascii(text):
        return fold_ascii(text)
    if mode == "whole":
        return fold.join(encoded_words(text, charset, enc))
    # 'words': encode only the maximal runs of words containing non-ASCII characters
    toks = text.split(" ")
    out = []
    i = 0
    while i < len(toks):
        if is_ascii(toks[i]):
            out.append(toks[i])
            i += 1
        else:
            j = i
            while j + 1 < len(toks) and not is_ascii(toks[j + 1]):
                j += 1
            out.append(fold.join(encoded_words(" ".join(toks[i:j + 1]), charset, enc)))
            i = j + 1
    return " ".join(out)


def fold_ascii(text, width=76, first=0):
    if len(text) + first <= width:
        return text
    words = text.split(" ")
    lines = []
    cur = ""
    lim = width - first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur = w
            lim = width - 1
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr(name, address, charset="utf-8", enc="B", quote_always=False, angle_only=False):
    if not name:
        return ("<%s>" % address) if angle_only else address
    if is_ascii(name):
        if quote_always or any(c in SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (" ".join(encoded_words(name, charset, enc)), address)


def addr_list(items, sep=", ", **kw):
    return sep.join(addr(n, a, **kw) for n, a in items)


# ------------------------------------------------------------------ body encodings
def qp_encode(data, binary=False):
    """Quoted-printable encode bytes; returns str with LF line ends."""
    if not binary:
        data = data.replace(b"\r\n", b"\n")
        lines = data.split(b"\n")
    else:
        lines = [data]
    out = []
    for line in lines:
        toks = []
        for i, c in enumerate(line):
            last = i == len(line) - 1
            if c in (9, 32):
                toks.append(("=%02X" % c) if last else chr(c))
            elif 33 <= c <= 126 and c != 61:
                toks.append(chr(c))
            else:
                toks.append("=%02X" % c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = t
            else:
                cur += t
        out.append(cur)
    return "\n".join(out)


def b64_encode(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def fold_param(name, value, style):
    """Return a parameter string for Content-Type/Disposition (leading '; ' not included)."""
    if is_ascii(value):
        return '%s="%s"' % (name, value)
    if style == "2231":
        enc = urllib.parse.quote(value.encode("utf-8"), safe="")
        enc = enc.replace("%2E", ".").replace("%2D", "-").replace("%5F", "_")
        if len(enc) < 60:
            return "%s*=UTF-8''%s" % (name, enc)
        toks = re.findall(r"%[0-9A-F]{2}|.", enc)
        chunks = [""]
        for t in toks:
            if len(chunks[-1]) + len(t) > 60:
                chunks.append("")
            chunks[-1] += t
        return ";\n ".join("%s*%d*=%s%s" % (name, i, "UTF-8''" if i == 0 else "", c) for i, c in enumerate(chunks))
    cs, enc = style.split(":") if ":" in style else ("utf-8", "B")
    return '%s="%s"' % (name, " ".join(encoded_words(value, cs, enc, maxlen=200)))


_NOBREAK = re.compile(r"^[A-Z0-9+()\-/.,:]{1,8}$")


def _joinable(a, b):
    return bool(_NOBREAK.match(a) and _NOBREAK.match(b) and any(c.isdigit() for c in a) and any(c.isdigit() for c in b))


def wrap_text(text, width, flowed=False):
    """Wrap long lines at spaces (never inside digit groups such as IBANs or phone numbers).
    With flowed=True the soft breaks keep a trailing space (RFC 3676)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        toks = line.split(" ")
        cur = toks[0]
        for prev, tok in zip(toks, toks[1:]):
            if len(cur) + 1 + len(tok) > width and cur and not _joinable(prev, tok):
                out.append(cur + (" " if flowed else ""))
                cur = tok
            else:
                cur = cur + " " + tok
        out.append(cur)
    return "\n".join(out)


class Part:
    """A MIME entity."""

    def __init__(self, ctype, body=None, charset=None, cte=None, children=None, params=None,
                 filename=None, disposition=None, fstyle="utf-8:B", dstyle=None, cid=None,
                 headers=None, boundary=None, preamble=None, style="generic", description=None,
                 ct_extra=None, charset_quoted=True, name_param=True, size_param=False, date_params=None,
                 fold_ct=False):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.children = children or []
        self.params = params or []
        self.filename = filename
        self.disposition = disposition
        self.fstyle = fstyle
        self.dstyle = dstyle or fstyle
        self.cid = cid
        self.headers = headers or []
        self.boundary = boundary
        self.preamble = preamble
        self.style = style
        self.description = description
        self.ct_extra = ct_extra
        self.charset_quoted = charset_quoted
        self.name_param = name_param
        self.size_param = size_param
        self.date_params = date_params
        self.fold_ct = fold_ct

    # -------------------------------------------------------------- content
    def payload_bytes(self):
        if isinstance(self.body, bytes):
            return self.body
        text = self.body.replace("\r\n", "\n")
        if self.ctype == "text/plain":
            flowed = any(k == "format" and v == "flowed" for k, v in self.params)
            if flowed:
                text = wrap_text(text, 72, flowed=True)
            elif (self.cte or "7bit").lower() in ("7bit", "8bit"):
                text = wrap_text(text, 76)
        if (self.cte or "").lower() == "base64" and self.ctype.startswith("text/"):
            text = text.replace("\n", "\r\n")
        if self.ctype.startswith("text/html"):
            return text.encode(_py(self.charset or "utf-8"), errors="xmlcharrefreplace")
        return text.encode(_py(self.charset or "utf-8"))

    def encoded_body(self):
        data = self.payload_bytes()
        cte = (self.cte or "7bit").lower()
        if cte == "base64":
            return b64_encode(data)
        if cte == "quoted-printable":
            return qp_encode(data, binary=not self.ctype.startswith("text/"))
        s = data.decode("latin-1").replace("\r\n", "\n")
        if cte == "7bit" and any(ord(c) > 127 for c in s):
            raise ValueError("7bit part with 8-bit data (%s)" % self.ctype)
        for ln in s.split("\n"):
            if len(ln.encode("latin-1")) > 998:
                raise ValueError("line too long for %s" % cte)
        return s

    # -------------------------------------------------------------- headers
    def ct_header(self):
        parts = [self.ctype]
        if self.charset:
            parts.append(('charset="%s"' if self.charset_quoted else "charset=%s") % self.charset)
        for k, v in self.params:
            parts.append("%s=%s" % (k, v))
        if self.filename and self.name_param:
            parts.append(fold_param("name", self.filename, self.fstyle if self.fstyle != "2231" else "utf-8:Q"))
        if self.children:
            parts.append('boundary="%s"' % self.boundary)
        if self.ct_extra:
            parts.append(self.ct_extra)
        line = parts[0]
        sep = ";\n\t" if self.fold_ct else "; "
        for p in parts[1:]:
            if self.fold_ct or len(line.split("\n")[-1]) + len(p) + 16 > 78:
                line += ";\n\t" + p
            else:
                line += sep + p
        return "Content-Type: " + line

    def disp_header(self):
        if not self.disposition:
            return None
        s = self.disposition
        if self.filename:
            fp = fold_param("filename", self.filename, self.dstyle)
            s += ("; " if len(fp) + len(s) < 60 else ";\n\t") + fp
        if self.size_param:
            s += "; size=%d" % len(self.payload_bytes())
        if self.date_params:
            s += ";\n\t" + ";\n\t".join('%s="%s"' % kv for kv in self.date_params)
        return "Content-Disposition: " + s

    def mime_headers(self):
        h = [self.ct_header()]
        cte = None if self.children else (self.cte or None)
        st = self.style
        desc = ("Content-Description: " + (self.description if is_ascii(self.description) else
                                          " ".join(encoded_words(self.description, "utf-8", "B")))) if self.description else None
        disp = self.disp_header()
        cid = ("Content-ID: <%s>" % self.cid) if self.cid else None
        ctel = ("Content-Transfer-Encoding: " + cte) if cte else None
        if st == "outlook":
            order = [desc, disp, ctel, cid]
        elif st == "gmail":
            order = [disp, ctel, cid]
        elif st == "apple":
            order = [ctel, disp, cid]
        else:
            order = [ctel, disp, desc, cid]
        h += [x for x in order if x]
        h += ["%s: %s" % kv for kv in self.headers]
        return h

    # -------------------------------------------------------------- serialisation
    def body_text(self):
        if not self.children:
            return self.encoded_body()
        out = []
        if self.preamble:
            out.append(self.preamble)
        for c in self.children:
            out.append("--" + self.boundary)
            out.append("\n".join(c.mime_headers()))
            out.append("")
            out.append(c.body_text())
        out.append("--" + self.boundary + "--")
        out.append("")
        return "\n".join(out)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def relaxed_body_hash(body_bytes):
    lines = body_bytes.split(b"\r\n")
    canon = []
    for ln in lines:
        ln = re.sub(rb"[ \t]+", b" ", ln).rstrip(b" \t")
        canon.append(ln)
    while canon and canon[-1] == b"":
        canon.pop()
    data = b"\r\n".join(canon) + b"\r\n" if canon else b""
    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def simple_body_hash(body_bytes):
    b = body_bytes
    while b.endswith(b"\r\n\r\n"):
        b = b[:-2]
    if not b.endswith(b"\r\n"):
        b += b"\r\n"
    return base64.b64encode(hashlib.sha256(b).digest()).decode()


def serialize(headers, root):
    """headers: list of (name, value); ('__MIME__', None) marks where root Content-* go."""
    lines = []
    mime_done = False
    for name, value in headers:
        if name == "__MIME__":
            lines += root.mime_headers()
            mime_done = True
            continue
        lines.append("%s: %s" % (name, value))
    if not mime_done:
        lines += root.mime_headers()
    head = crlf("\n".join(lines)) + "\r\n\r\n"
    body = crlf(root.body_text())
    if not body.endswith("\r\n"):
        body += "\r\n"
    return head.encode("latin-1") + body.encode("latin-1")


def body_bytes(root):
    body = crlf(root.body_text())
    if not body.endswith("\r\n"):
        body += "\r\n"
    return body.encode("latin-1")
