"""A small, explicit MIME serializer.

The standard library's email package re-encodes as it likes; a test corpus
needs exact control over charset, transfer encoding, boundaries and header
style, so messages are written byte by byte here and only *parsed* with the
email package in check.py.
"""
import base64
import binascii
import re
import urllib.parse

# ---------------------------------------------------------------- headers
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(text, charset="utf-8", enc="B", force=False, phrase=False):
    """RFC 2047 encoded words; several words (space separated) when long.
    Each encoded word is at most 75 characters and never splits a character."""
    if is_ascii(text) and not force:
        return text
    pre = "=?%s?%s?" % (charset, enc)
    words, cur = [], b""

    def enc_len(b):
        if enc == "B":
            return len(pre) + 2 + 4 * ((len(b) + 2) // 3)
        return len(pre) + 2 + sum(1 if (c in _Q_SAFE or c == 32) else 3 for c in b)

    if phrase:
        # display names: break only after a space (kept inside the earlier word), so that
        # RFC 2047 decoders and lenient phrase parsers agree on the result
        for tok in re.split(r"(?<= )", text):
            tb = tok.encode(charset)
            if cur and enc_len(cur + tb) > 75:
                words.append(cur)
                cur = b""
            if enc_len(tb) > 75:
                for ch in tok:
                    cb = ch.encode(charset)
                    if cur and enc_len(cur + cb) > 75:
                        words.append(cur)
                        cur = b""
                    cur += cb
            else:
                cur += tb
        words.append(cur)
    else:
        for ch in text:
            cb = ch.encode(charset)
            if cur and enc_len(cur + cb) > 75:
                words.append(cur)
                cur = b""
            cur += cb
        words.append(cur)
    out = []
    for w in words:
        if enc == "B":
            body = base64.b64encode(w).decode()
        else:
            body = "".join("_" if c == 32 else (chr(c) if c in _Q_SAFE else "=%02X" % c) for c in w)
        out.append(pre + body + "?=")
    return " ".join(out)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    if not is_ascii(name):
        return "%s <%s>" % (ew(name, charset, enc, phrase=True), email)
    if any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=78):
    """Fold at whitespace; pre-folded values (containing newline) are kept."""
    line = "%s: %s" % (name, value)
    if "\n" in value or len(line) <= width:
        return line
    out, cur = [], ""
    for tok in re.split(r"(?<=\S)(?= )", line):
        if cur and len(cur) + len(tok) > width and cur != name + ":":
            out.append(cur)
            cur = tok
        else:
            cur += tok
    out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------- parts
class Leaf:
    def __init__(self, ctype, data, charset=None, cte="base64", filename=None, disposition=None,
                 cid=None, name_style="plain", name_charset="utf-8", params=None, quote_charset=True,
                 extra=None, desc=None, size_param=False):
        self.ctype, self.data, self.charset, self.cte = ctype, data, charset, cte
        self.filename, self.disposition, self.cid = filename, disposition, cid
        self.name_style, self.name_charset = name_style, name_charset
        self.params = params or []
        self.quote_charset = quote_charset
        self.extra = extra or []
        self.desc = desc
        self.size_param = size_param

    @property
    def is_text(self):
        return isinstance(self.data, str)

    def raw_bytes(self):
        if self.is_text:
            return self.data.replace("\r\n", "\n").encode(self.charset)
        return self.data

    def headers(self):
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset if self.quote_charset else "; charset=%s" % self.charset
        for k, v in self.params:
            ct += "; %s=%s" % (k, v)
        h = []
        fn = self.filename
        if fn is not None:
            if is_ascii(fn):
                ct += ';\n\tname="%s"' % fn
            elif self.name_style == "outlook":
                ct += ';\n\tname="%s"' % ew(fn, self.name_charset, "B")
            else:  # thunderbird / rfc2231
                ct += ';\n name="%s"' % ew(fn, self.name_charset, "B")
        h.append(("Content-Type", ct))
        if self.desc:
            h.append(("Content-Description", self.desc))
        if self.disposition or fn is not None:
            cd = self.disposition or "attachment"
            if fn is not None:
                if is_ascii(fn):
                    cd += ';\n\tfilename="%s"' % fn
                elif self.name_style == "outlook":
                    cd += ';\n\tfilename="%s"' % ew(fn, self.name_charset, "B")
                else:
                    cd += ";\n filename*=%s''%s" % (self.name_charset,
                                                   urllib.parse.quote(fn.encode(self.name_charset), safe=""))
            if self.size_param:
                cd += "; size=%d" % len(self.raw_bytes())
            h.append(("Content-Disposition", cd))
        if self.cid:
            h.append(("Content-ID", "<%s>" % self.cid))
        h.append(("Content-Transfer-Encoding", self.cte))
        h += self.extra
        return h

    def body(self):
        b = self.raw_bytes()
        if self.cte == "base64":
            return base64.encodebytes(b).decode("ascii")
        if self.cte == "quoted-printable":
            q = binascii.b2a_qp(b, quotetabs=False, istext=True, header=False).decode("ascii")
            return q if q.endswith("\n") else q + "\n"
        if self.cte == "7bit":
            assert all(c < 128 for c in b), "non-ascii in 7bit part"
        assert all(len(x) < 990 for x in b.split(b"\n")), "line too long for %s" % self.cte
        s = b.decode("latin-1")  # carried through as bytes below
        return s if s.endswith("\n") else s + "\n"


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, params=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.preamble = preamble
        self.params = params or []

    def headers(self):
        ct = 'multipart/%s;\n\tboundary="%s"' % (self.subtype, self.boundary)
        for k, v in self.params:
            ct += ";\n\t%s=%s" % (k, v)
        return [("Content-Type", ct)]

    def body(self):
        out = []
        if self.preamble:
            out.append(self.preamble + "\n\n")
        for p in self.parts:
            out.append("--%s\n" % self.boundary)
            out.append(render_part(p))
            out.append("\n")
        out.append("--%s--\n" % self.boundary)
        return "".join(out)


def render_part(p):
    hs = "".join(fold(k, v) + "\n" for k, v in p.headers())
    return hs + "\n" + p.body()


def render_message(headers, root):
    """headers: list of (name, value) in order; root: Leaf or Multi.
    MIME headers of the root are appended after the given headers."""
    lines = [fold(k, v) for k, v in headers]
    if not any(k.lower() == "mime-version" for k, v in headers):
        lines.append("MIME-Version: 1.0")
    lines += [fold(k, v) for k, v in root.headers()]
    text = "\n".join(lines) + "\n\n" + root.body()
    return text.encode("latin-1")


def walk(p):
    yield p
    if isinstance(p, Multi):
        for c in p.parts:
            yield from walk(c)


def describe(p):
    """Short structural description for MANIFEST."""
    if isinstance(p, Multi):
        return "multipart/%s(%s)" % (p.subtype, ", ".join(describe(c) for c in p.parts))
    if p.filename is not None:
        return "%s \"%s\"" % (p.ctype, p.filename)
    return p.ctype
