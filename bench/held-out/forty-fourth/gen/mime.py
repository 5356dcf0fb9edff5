"""Hand-rolled MIME serialiser so that charsets, transfer encodings,
header encoding style and boundaries match what each sending system
really produces.  Line ending on disk: LF."""

import base64
import binascii

# ------------------------------------------------------------ header words
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(ch, cs):
    out = []
    for b in ch.encode(cs):
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_words(s, cs="utf-8", enc="Q", csname=None):
    """Split s into RFC 2047 encoded words of at most 75 characters,
    never splitting a character.  csname: spelling of charset label.
    Falls back to UTF-8 when the legacy charset cannot hold s."""
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs, csname = "utf-8", "utf-8"
    label = csname or cs
    pre = "=?%s?%s?" % (label, enc)
    words = []
    cur = ""
    for ch in s:
        trial = cur + ch
        if enc == "Q":
            body = "".join(_q_char(c, cs) for c in trial)
        else:
            body = base64.b64encode(trial.encode(cs)).decode()
        if len(pre) + len(body) + 2 > 75 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for w in words:
        if enc == "Q":
            body = "".join(_q_char(c, cs) for c in w)
        else:
            body = base64.b64encode(w.encode(cs)).decode()
        res.append(pre + body + "?=")
    return res


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


class HStyle:
    """How a client encodes non-ASCII header text."""

    def __init__(self, cs="utf-8", enc="Q", csname=None, quote_names=False,
                 encode_whole=True):
        self.cs = cs
        self.enc = enc
        self.csname = csname or cs
        self.quote_names = quote_names
        self.encode_whole = encode_whole   # encode the whole phrase vs. words

    def text(self, s):
        if is_ascii(s):
            return s
        if self.encode_whole:
            return "\n ".join(encoded_words(s, self.cs, self.enc, self.csname))
        # encode only the words that need it (Thunderbird/Apple style)
        toks = s.split(" ")
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
                out.append("\n ".join(encoded_words(" ".join(toks[i:j + 1]),
                                                     self.cs, self.enc, self.csname)))
                i = j + 1
        return " ".join(out)

    def addr(self, name, email):
        if not name:
            return "<%s>" % email if not self.quote_names else email
        if is_ascii(name):
            if self.quote_names or any(c in name for c in ',.;:()<>@"[]'):
                return '"%s" <%s>' % (name.replace('"', '\\"'), email)
            return "%s <%s>" % (name, email)
        return "%s <%s>" % ("\n ".join(encoded_words(name, self.cs, self.enc, self.csname)), email)

    def addrs(self, lst):
        return ",\n\t".join(self.addr(n, e) for n, e in lst)


def fold(name, value):
    """Fold an unstructured ASCII header value at spaces (<= 78 cols)."""
    if "\n" in value or len(name) + 2 + len(value) <= 78:
        return "%s: %s" % (name, value)
    out = []
    line = name + ":"
    for w in value.split(" "):
        if len(line) + 1 + len(w) > 78 and line.strip() and line != name + ":":
            out.append(line)
            line = " " + w
        else:
            line = line + " " + w
    out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------ parts
class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
                 csname=None, params="", headers=(), disposition=None):
        self.text = text
        self.subtype = subtype
        self.charset = charset
        self.csname = csname or charset
        self.cte = cte
        self.params = params
        self.headers = list(headers)
        self.disposition = disposition

    def ctype(self):
        return "text/%s" % self.subtype

    def encode_body(self):
        t = self.text.replace("\r\n", "\n")
        data = t.encode(self.charset)          # strict: catches unsupported chars
        return encode_bytes(data, self.cte, text=True)

    def head(self, style):
        cs = self.csname
        h = [("Content-Type", 'text/%s; charset="%s"%s' % (self.subtype, cs, self.params))
             if style.get("quote_cs", True) else
             ("Content-Type", "text/%s; charset=%s%s" % (self.subtype, cs, self.params))]
        h.append(("Content-Transfer-Encoding", self.cte))
        if self.disposition:
            h.append(("Content-Disposition", self.disposition))
        return h + self.headers


class Bin:
    def __init__(self, data, ctype, filename=None, disposition="attachment",
                 cte="base64", cid=None, name_style="2231", hcs="utf-8",
                 extra_disp="", headers=()):
        self.data = data
        self.ct = ctype
        self.filename = filename
        self.disposition = disposition
        self.cte = cte
        self.cid = cid
        self.name_style = name_style
        self.hcs = hcs
        self.extra_disp = extra_disp
        self.headers = list(headers)

    def ctype(self):
        return self.ct.split(";")[0]

    def encode_body(self):
        return encode_bytes(self.data, self.cte, text=self.ct.startswith("text/"))

    def _fn(self, key):
        fn = self.filename
        if is_ascii(fn):
            return '%s="%s"' % (key, fn)
        if self.name_style == "2047":
            return '%s="%s"' % (key, "\n ".join(encoded_words(fn, self.hcs, "Q" if self.hcs != "utf-8" else "B")))
        # RFC 2231
        pct = "".join(chr(b) if chr(b).isalnum() or chr(b) in "-._" else "%%%02X" % b
                      for b in fn.encode(self.hcs))
        return "%s*=%s''%s" % (key, self.hcs, pct)

    def head(self, style):
        h = []
        ct = self.ct
        if self.filename:
            ct += ";\n\t" + self._fn("name")
        h.append(("Content-Type", ct))
        if self.cid:
            h.append(("Content-ID", "<%s>" % self.cid))
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\n\t" + self._fn("filename")
            h.append(("Content-Disposition", d + self.extra_disp))
        h.append(("Content-Transfer-Encoding", self.cte))
        return h + self.headers


class Multi:
    def __init__(self, subtype, parts, boundary=None, params=""):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params

    def ctype(self):
        return "multipart/%s" % self.subtype

    def head(self, style):
        return [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (
            self.subtype, self.params, self.boundary))]


def encode_bytes(data, cte, text=True):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        q = binascii.b2a_qp(data, quotetabs=False, istext=text, header=False)
        if not q.endswith(b"\n"):
            q += b"\n"
        return q
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            assert all(b < 128 for b in data), "non-ASCII data in 7bit part"
        for line in data.split(b"\n"):
            assert len(line) <= 998, "line too long for %s" % cte
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def serialize_part(node, style, boundary_gen, top=False):
    """Returns (headers list, body bytes)."""
    if isinstance(node, Multi):
        if node.boundary is None:
            node.boundary = boundary_gen()
        body = bytearray()
        if top and style.get("preamble"):
            body += style["preamble"].encode() + b"\n"
        for p in node.parts:
            h, b = serialize_part(p, style, boundary_gen)
            body += b"\n--" + node.boundary.encode() + b"\n" if body else b"--" + node.boundary.encode() + b"\n"
            body += render_headers(h) + b"\n" + b
        body += b"\n--" + node.boundary.encode() + b"--\n"
        return node.head(style), bytes(body)
    return node.head(style), node.encode_body()


def render_headers(hlist):
    out = []
    for name, value in hlist:
        if "\n" in value:
            out.append("%s: %s" % (name, value))
        else:
            out.append(fold(name, value))
    s = "\n".join(out) + "\n"
    return s.encode("ascii")


def walk(node):
    yield node
    if isinstance(node, Multi):
        for p in node.parts:
            yield from walk(p)
