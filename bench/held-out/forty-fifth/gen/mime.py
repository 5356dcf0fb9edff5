"""Hand-rolled MIME serialisation so that charset, transfer encoding, header
encoding and boundary style are exactly what each sending system produces."""
import base64
import quopri


# ---------------------------------------------------------------- headers
def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def encoded_words(text, charset="utf-8", enc="Q", first_room=60):
    """RFC 2047 encoded words, each <= 75 chars, never splitting a character."""
    words = []
    cur = ""
    pre = "=?%s?%s?" % (charset, enc)
    limit = 75 - len(pre) - 2

    def q(s):
        out = ""
        for b in s.encode(charset):
            c = chr(b)
            if c == " ":
                out += "_"
            elif c.isalnum() and b < 128:
                out += c
            elif c in "!*+-/" and b < 128:
                out += c
            else:
                out += "=%02X" % b
        return out

    def blen(s):
        if enc == "B":
            return (len(s.encode(charset)) + 2) // 3 * 4
        return len(q(s))
    for ch in text:
        if blen(cur + ch) > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    res = []
    for w in words:
        if enc == "B":
            body = base64.b64encode(w.encode(charset)).decode()
        else:
            body = q(w)
        res.append(pre + body + "?=")
    return "\n ".join(res)


def hdr_text(text, charset="utf-8", enc="Q"):
    """Unstructured header value (Subject etc.)."""
    if _is_ascii(text):
        return fold(text)
    return encoded_words(text, charset, enc)


def fold(text, width=76):
    if len(text) <= width:
        return text
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n ".join(out)


def addr(name, address, charset="utf-8", enc="Q", quote=False):
    if not name:
        return address if not quote else "<%s>" % address
    if _is_ascii(name):
        if quote or any(c in name for c in ',.;:@()<>[]"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (encoded_words(name, charset, enc), address)


def addr_list(items, charset="utf-8", enc="Q", quote=False):
    return ",\n\t".join(addr(n, a, charset, enc, quote) for n, a in items) if len(items) > 1 else \
        addr(items[0][0], items[0][1], charset, enc, quote)


# ---------------------------------------------------------------- parts
def flow(text, width=76):
    """RFC 3676 format=flowed: soft line breaks end with a space."""
    out = []
    for line in text.split("\n"):
        q = ""
        while line.startswith(">"):
            q += ">"
            line = line[1:]
        if q and line.startswith(" "):
            line = line[1:]
        pre = (q + " ") if q else ""
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        while len(pre) + len(line) > width and " " in line[:width - len(pre)]:
            cut = line.rfind(" ", 0, width - len(pre))
            out.append(pre + line[:cut + 1])
            line = line[cut + 1:]
        out.append((pre + line).rstrip(" ") if line.strip() else pre.rstrip())
    return "\n".join(out)


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
                 params="", headers=None, quote_charset=True):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.params, self.headers, self.quote_charset = params, headers or [], quote_charset
        self.ctype = "text/" + subtype

    def render(self):
        t = self.text.replace("\r\n", "\n")
        if not t.endswith("\n"):
            t += "\n"
        if "format=flowed" in self.params:
            t = flow(t)
        raw = t.encode(self.charset)
        cs = ('"%s"' % self.charset) if self.quote_charset else self.charset
        hdrs = [("Content-Type", "text/%s; charset=%s%s" % (self.subtype, cs, self.params))]
        if self.cte == "quoted-printable":
            body = quopri.encodestring(raw)
        elif self.cte == "base64":
            body = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
        elif self.cte in ("8bit", "7bit"):
            if self.cte == "7bit":
                raw.decode("ascii")
            for ln in raw.split(b"\n"):
                assert len(ln) <= 998, "line too long for %s" % self.cte
            body = raw
        else:
            raise ValueError(self.cte)
        hdrs.append(("Content-Transfer-Encoding", self.cte))
        hdrs += self.headers
        return hdrs, body

    def describe(self):
        return self.ctype


class Att:
    def __init__(self, data, ctype, filename=None, cte="base64", disposition="attachment",
                 cid=None, name_style="plain", ct_extra="", headers=None, charset=None):
        self.data, self.ctype, self.filename, self.cte = data, ctype, filename, cte
        self.disposition, self.cid, self.name_style = disposition, cid, name_style
        self.ct_extra, self.headers, self.charset = ct_extra, headers or [], charset

    def _fn(self, key):
        fn = self.filename
        if _is_ascii(fn):
            return '%s="%s"' % (key, fn)
        if self.name_style == "2231":
            from urllib.parse import quote
            return "%s*=utf-8''%s" % (key, quote(fn, safe=""))
        return '%s="%s"' % (key, encoded_words(fn, "utf-8", "B").replace("\n ", ""))

    def render(self):
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset
        if self.filename:
            ct += ";\n\t" + self._fn("name")
        ct += self.ct_extra
        hdrs = [("Content-Type", ct)]
        if self.cid:
            hdrs.append(("Content-ID", "<%s>" % self.cid))
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\n\t" + self._fn("filename")
            hdrs.append(("Content-Disposition", d))
        hdrs.append(("Content-Transfer-Encoding", self.cte))
        hdrs += self.headers
        if self.cte == "base64":
            body = base64.encodebytes(self.data)
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(self.data)
        else:
            body = self.data
            if not body.endswith(b"\n"):
                body += b"\n"
        return hdrs, body

    def describe(self):
        s = self.ctype
        if self.filename:
            s += " '%s'" % self.filename
        if self.disposition == "inline" and self.cid:
            s += " (inline cid)"
        return s


class Multi:
    def __init__(self, subtype, parts, boundary, params="", preamble=None):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params
        self.preamble = preamble
        self.ctype = "multipart/" + subtype

    def render(self):
        hdrs = [("Content-Type", 'multipart/%s;\n\tboundary="%s"%s' % (self.subtype, self.boundary, self.params))]
        out = bytearray()
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n"
            out += render_part(p)
            if not out.endswith(b"\n"):
                out += b"\n"
            out += b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        return hdrs, bytes(out)

    def describe(self):
        return "%s(%s)" % (self.ctype, ", ".join(p.describe() for p in self.parts))


def render_part(p):
    hdrs, body = p.render()
    return b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in hdrs) + b"\n" + body


def render_message(headers, body_part, mime_version_pos=None):
    """headers: list of (k, v); the body part's own headers are appended at the
    point where a ('__BODY__', None) marker sits, or at the end."""
    bh, body = body_part.render()
    out = bytearray()
    placed = False
    for k, v in headers:
        if k == "__BODY__":
            for kk, vv in bh:
                out += ("%s: %s\n" % (kk, vv)).encode("ascii")
            placed = True
            continue
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    if not placed:
        for kk, vv in bh:
            out += ("%s: %s\n" % (kk, vv)).encode("ascii")
    out += b"\n" + body
    return bytes(out)


def main_text(part):
    """First text/plain (else text/html) leaf: used for the manifest columns."""
    leaves = []

    def walk(p):
        if isinstance(p, Multi):
            for c in p.parts:
                walk(c)
        else:
            leaves.append(p)
    walk(part)
    for want in ("text/plain", "text/html"):
        for lf in leaves:
            if isinstance(lf, Text) and lf.ctype == want:
                return lf
    return None
