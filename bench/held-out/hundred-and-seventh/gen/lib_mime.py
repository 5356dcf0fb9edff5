"""Hand-rolled MIME serializer: explicit charsets, transfer encodings,
RFC 2047 encoded-words and RFC 2231 parameters, CRLF line ends."""
import base64
import re

CRLF = b"\r\n"
_QP_SAFE = set(range(33, 127)) - {ord("=")}


def qp_encode(data, crlf=True):
    """data: bytes with LF (or CRLF) line ends -> QP bytes with CRLF line ends."""
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    out = []
    for line in lines:
        toks = []
        for i, b in enumerate(line):
            if b in _QP_SAFE:
                toks.append(chr(b))
            elif b in (32, 9):
                toks.append(chr(b) if i < len(line) - 1 else "=%02X" % b)
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode()


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(text, charset="utf-8", enc="B", first_len=0):
    """Encode a header text as RFC 2047 encoded-words (folded with CRLF SP)."""
    if _is_ascii(text):
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "UTF-8" if charset.isupper() or charset[0].isupper() else "utf-8"
    words = []
    cur = ""
    prefix = "=?%s?%s?" % (charset, enc)
    limit = 75 - len(prefix) - 2

    def encoded(s):
        b = s.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode()
        o = ""
        for x in b:
            if x == 32:
                o += "_"
            elif (48 <= x <= 57) or (65 <= x <= 90) or (97 <= x <= 122) or chr(x) in "!*+-/":
                o += chr(x)
            else:
                o += "=%02X" % x
        return o
    for ch in text:
        if len(encoded(cur + ch)) > limit:
            words.append(prefix + encoded(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(prefix + encoded(cur) + "?=")
    return "\r\n ".join(words)


def ew_mixed(text, charset="utf-8", enc="Q"):
    """Outlook/Thunderbird style: only encode the words that need it, keep ASCII
    words plain (adjacent encoded words are merged)."""
    if _is_ascii(text):
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "UTF-8"
    parts = text.split(" ")
    out = []
    buf = []
    for w in parts:
        if _is_ascii(w) and not buf:
            out.append(w)
        elif _is_ascii(w):
            out.append(ew(" ".join(buf), charset, enc))
            buf = []
            out.append(w)
        else:
            buf.append(w)
    if buf:
        out.append(ew(" ".join(buf), charset, enc))
    # an ASCII word followed by an encoded word needs the space preserved
    return " ".join(out)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, email, charset="utf-8", enc="B", quote_always=False):
    if not name:
        return "<%s>" % email if quote_always else email
    if _is_ascii(name):
        if _SPECIALS.search(name) or quote_always:
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


def fold_list(items):
    return ",\r\n ".join(items) if sum(len(i) for i in items) > 60 else ", ".join(items)


def rfc2231(name, value, charset="utf-8"):
    if _is_ascii(value):
        return '%s="%s"' % (name, value)
    out = ""
    for b in value.encode(charset):
        c = chr(b)
        out += c if (b < 128 and (c.isalnum() or c in "-._~")) else "%%%02X" % b
    # split into continuation pieces of <= 60 chars
    if len(out) < 60:
        return "%s*=%s''%s" % (name, charset, out)
    pieces = []
    i = 0
    while i < len(out):
        j = min(len(out), i + 60)
        while j < len(out) and "%" in out[j - 2:j]:
            j -= 1
        pieces.append(out[i:j])
        i = j
    return ";\r\n\t".join("%s*%d*=%s" % (name, k, (charset + "''" if k == 0 else "") + p)
                          for k, p in enumerate(pieces))


def _wrap_lines(text, width, flowed=False):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line + (" " if flowed else ""))
                line = w
            else:
                line = line + " " + w if line else w
        out.append(line)
    return "\n".join(out)


class Part:
    kind = "leaf"

    def structure(self):
        raise NotImplementedError


class Text(Part):
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
                 flowed=False, quoted_params=True, wrap=None, delsp=False, extra=None,
                 disposition=None, lang=None, params=None):
        self.params = params
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.flowed, self.qparams, self.wrap, self.delsp = flowed, quoted_params, wrap, delsp
        self.extra = extra or []
        self.disposition = disposition
        self.lang = lang

    @property
    def ctype(self):
        return "text/" + self.subtype

    def body_bytes(self):
        t = self.text.replace("\r\n", "\n")
        width = self.wrap
        if width is None and self.cte in ("7bit", "8bit"):
            width = 76 if self.subtype == "plain" else 400
        if width:
            t = _wrap_lines(t, width, self.flowed)
        raw = t.encode(self.charset)   # strict: fails loudly on unencodable text
        if self.cte == "7bit" and any(b > 127 for b in raw):
            raise ValueError("non-ASCII in 7bit part")
        return raw

    def render(self, rng):
        raw = self.body_bytes()
        q = '"' if self.qparams else ""
        ct = "Content-Type: text/%s; charset=%s%s%s" % (self.subtype, q, self.charset, q)
        if self.params:
            ct += "; " + self.params
        if self.flowed:
            ct += "; format=flowed"
            if self.delsp:
                ct += "; delsp=yes"
        hdrs = [ct]
        hdrs += self.extra
        if self.cte == "quoted-printable":
            body = qp_encode(raw)
        elif self.cte == "base64":
            body = b64_encode(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
        else:
            body = raw.replace(b"\n", b"\r\n")
            if any(len(l) > 998 for l in body.split(b"\r\n")):
                raise ValueError("line too long")
        hdrs.append("Content-Transfer-Encoding: %s" % self.cte)
        if self.disposition:
            hdrs.append("Content-Disposition: %s" % self.disposition)
        if self.lang:
            hdrs.insert(0, "Content-Language: %s" % self.lang)
        return hdrs, body

    def structure(self):
        return "text/%s" % self.subtype


class Att(Part):
    def __init__(self, data, ctype, filename, cte="base64", disposition="attachment",
                 name_style="2231", cid=None, charset=None, size_param=False,
                 extra=None, name_in_ct=True, desc=None, note=None):
        self.note = note
        self.data, self.ctype, self.filename, self.cte = data, ctype, filename, cte
        self.disp, self.style, self.cid, self.charset = disposition, name_style, cid, charset
        self.extra = extra or []
        self.name_in_ct = name_in_ct
        self.desc = desc

    def _param(self, pname):
        fn = self.filename
        if _is_ascii(fn):
            return '%s="%s"' % (pname, fn)
        if self.style == "2047":
            return '%s="%s"' % (pname, ew(fn, "utf-8", "B").replace("\r\n ", " "))
        return rfc2231(pname, fn)

    def render(self, rng):
        ct = "Content-Type: %s" % self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        if self.name_in_ct and self.filename:
            ct += ";\r\n\t" + (self._param("name") if self.style != "2231" or _is_ascii(self.filename)
                                else '%s' % rfc2231("name", self.filename))
        hdrs = [ct]
        if self.desc:
            hdrs.append("Content-Description: %s" % self.desc)
        if self.disp and self.filename:
            hdrs.append("Content-Disposition: %s;\r\n\t%s" % (self.disp, self._param("filename")))
        elif self.disp:
            hdrs.append("Content-Disposition: %s" % self.disp)
        if self.cid:
            hdrs.append("Content-ID: <%s>" % self.cid)
        hdrs += self.extra
        hdrs.append("Content-Transfer-Encoding: %s" % self.cte)
        if self.cte == "base64":
            body = b64_encode(self.data)
        elif self.cte == "quoted-printable":
            body = qp_encode(self.data)
        else:
            body = self.data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return hdrs, body

    def structure(self):
        s = '%s "%s"' % (self.ctype, self.filename) if self.filename else self.ctype
        if self.disp == "inline" or self.cid:
            s += " inline"
        return s + (" (%s)" % self.note if self.note else "")


class Multi(Part):
    kind = "multi"

    def __init__(self, subtype, parts, boundary=None, params=""):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params

    def render(self, rng):
        b = self.boundary
        hdrs = ['Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (
            self.subtype, (" " + self.params + ";") if self.params else "", b)]
        out = bytearray()
        for p in self.parts:
            ph, pb = p.render(rng)
            out += b"--" + b.encode() + CRLF
            out += CRLF.join(h.encode("ascii") for h in ph) + CRLF + CRLF
            out += pb + CRLF
        out += b"--" + b.encode() + b"--" + CRLF
        return hdrs, bytes(out)

    def structure(self):
        return "multipart/%s [%s]" % (self.subtype, ", ".join(p.structure() for p in self.parts))

    def walk(self):
        for p in self.parts:
            if isinstance(p, Multi):
                yield from p.walk()
            else:
                yield p


def walk(part):
    if isinstance(part, Multi):
        yield from part.walk()
    else:
        yield part


def serialize(headers, root, rng):
    """headers: list of 'Name: value' strings (already encoded/folded)."""
    rh, rb = root.render(rng)
    lines = [h.encode("ascii") for h in headers]
    lines.append(b"MIME-Version: 1.0") if not any(h.lower().startswith("mime-version") for h in headers) else None
    lines += [h.encode("ascii") for h in rh]
    return CRLF.join(lines) + CRLF + CRLF + rb
