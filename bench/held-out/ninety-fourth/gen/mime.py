"""Hand-rolled MIME serialisation so that charsets, transfer encodings,
boundaries and header folding follow each sending system's style."""

import base64
import urllib.parse

CRLF = "\r\n"


# ------------------------------------------------------------ headers ----
def needs_ew(s):
    try:
        s.encode("ascii")
        return False
    except UnicodeEncodeError:
        return True


def _q_word(b):
    out = []
    for c in b:
        ch = chr(c)
        if c == 0x20:
            out.append("_")
        elif (ch.isalnum() and c < 128) or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(text, charset="utf-8", enc="B", maxlen=75):
    """Encode text as one or more RFC 2047 encoded words (space separated)."""
    if not needs_ew(text):
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:      # MUAs fall back to UTF-8 for such headers
        charset = "utf-8"
    words = []
    cur = ""
    pre = "=?%s?%s?" % (charset, enc)

    def enc_(s):
        b = s.encode(charset)
        return base64.b64encode(b).decode() if enc == "B" else _q_word(b)
    for ch in text:
        trial = cur + ch
        if len(pre) + len(enc_(trial)) + 2 > maxlen and cur:
            words.append(pre + enc_(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(pre + enc_(cur) + "?=")
    return " ".join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="B", quote_always=False):
    if not name:
        return email if not quote_always else "<%s>" % email
    if needs_ew(name):
        return "%s <%s>" % (ew(name, charset, enc), email)
    if quote_always or any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=76):
    """Fold a header at whitespace; never inside a token."""
    line = name + ": " + value
    if len(line) <= width and "\r\n" not in value:
        return line
    if "\r\n" in value:           # pre-folded
        return line
    toks = value.split(" ")
    lines = []
    cur = name + ":"
    for t in toks:
        if len(cur) + 1 + len(t) > width and cur.strip() not in (name + ":",):
            lines.append(cur)
            cur = " " + t
        else:
            cur = cur + " " + t
    lines.append(cur)
    return "\r\n".join(lines)


# ----------------------------------------------------------- bodies -----
def qp_encode(data, linesep=b"\r\n"):
    lines = data.split(b"\r\n")
    out = []
    for ln in lines:
        enc = []
        for i, c in enumerate(ln):
            if c in (0x20, 0x09) and i == len(ln) - 1:
                enc.append("=%02X" % c)
            elif 33 <= c <= 126 and c != 61 or c in (0x20, 0x09):
                enc.append(chr(c))
            else:
                enc.append("=%02X" % c)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = tok
            else:
                cur += tok
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def b64_encode(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width)).encode("ascii")


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


class Leaf:
    def __init__(self, ctype, body, charset=None, cte="7bit", filename=None,
                 disposition=None, cid=None, extra=None, ctype_params=None,
                 name_style="ew", fname_charset="utf-8", desc=None):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.filename, self.disposition, self.cid = filename, disposition, cid
        self.extra = extra or []
        self.ctype_params = ctype_params or []
        self.name_style, self.fname_charset, self.desc = name_style, fname_charset, desc

    def is_text(self):
        return self.ctype.startswith("text/")

    def raw_bytes(self):
        if isinstance(self.body, str):
            return crlf(self.body).encode(self.charset or "utf-8")
        return self.body

    def headers(self):
        h = []
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        for k, v in self.ctype_params:
            ct += "; %s=%s" % (k, v)
        if self.filename:
            if needs_ew(self.filename):
                if self.name_style == "ew":
                    ct += ';\r\n\tname="%s"' % ew(self.filename, self.fname_charset, "B")
                else:
                    ct += ";\r\n\tname*=%s''%s" % (self.fname_charset,
                                                     urllib.parse.quote(self.filename.encode(self.fname_charset)))
            else:
                ct += ';\r\n\tname="%s"' % self.filename
        h.append("Content-Type: " + ct)
        if self.desc:
            h.append("Content-Description: " + self.desc)
        if self.disposition:
            cd = self.disposition
            if self.filename:
                if needs_ew(self.filename):
                    cd += ";\r\n\tfilename*=%s''%s" % (
                        self.fname_charset, urllib.parse.quote(self.filename.encode(self.fname_charset)))
                else:
                    cd += ';\r\n\tfilename="%s"' % self.filename
            h.append("Content-Disposition: " + cd)
        h.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            h.append("Content-ID: <%s>" % self.cid)
        h.extend(self.extra)
        return h

    def encoded_body(self):
        raw = self.raw_bytes()
        if self.cte == "base64":
            return b64_encode(raw)
        if self.cte == "quoted-printable":
            return qp_encode(raw)
        if self.cte == "7bit":
            raw.decode("ascii")
        for ln in raw.split(b"\r\n"):
            assert len(ln) <= 998, "line too long for %s" % self.cte
        return raw

    def serialize(self, with_headers=True):
        out = b""
        if with_headers:
            out = ("\r\n".join(self.headers()) + "\r\n\r\n").encode("ascii")
        return out + self.encoded_body()

    def describe(self):
        s = self.ctype
        if self.filename:
            s += " '%s'" % self.filename
        return s


class Multi:
    def __init__(self, subtype, parts, boundary, extra_params="", preamble=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.extra_params, self.preamble = extra_params, preamble

    def headers(self):
        ct = 'multipart/%s;%s\r\n\tboundary="%s"' % (self.subtype, self.extra_params, self.boundary)
        return ["Content-Type: " + ct]

    def serialize(self, with_headers=True):
        out = b""
        if with_headers:
            out = ("\r\n".join(self.headers()) + "\r\n\r\n").encode("ascii")
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\r\n\r\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\r\n" + p.serialize() + b"\r\n"
        out += b"--" + self.boundary.encode() + b"--\r\n"
        return out

    def describe(self):
        inner = ", ".join(p.describe() for p in self.parts)
        return "multipart/%s(%s)" % (self.subtype, inner)

    def first_text(self):
        for p in self.parts:
            if isinstance(p, Multi):
                t = p.first_text()
                if t:
                    return t
            elif p.is_text() and not p.filename:
                return p
        return None


def first_text(node):
    if isinstance(node, Multi):
        return node.first_text()
    return node
