"""Hand-rolled MIME tree so every header, boundary and encoding is exactly what a given sender writes."""
from . import util


class Part:
    """A leaf part. body: bytes (already in charset) or str (encoded with charset)."""

    def __init__(self, ctype, body, charset=None, cte="7bit", params=None, filename=None, disposition=None,
                 name=None, cid=None, extra=None, fn_style="rfc2047", fn_charset="utf-8", ct_params_order=None,
                 qp_maxlen=76, b64_width=76, desc=None, size_param=False, dates=None):
        self.ctype = ctype
        self.charset = charset
        if isinstance(body, str):
            body = body.encode(charset or "ascii")
        self.body = body
        self.cte = cte
        self.params = params or []
        self.filename = filename
        self.disposition = disposition
        self.name = name if name is not None else filename
        self.cid = cid
        self.extra = extra or []
        self.fn_style = fn_style
        self.fn_charset = fn_charset
        self.qp_maxlen = qp_maxlen
        self.b64_width = b64_width
        self.desc = desc
        self.size_param = size_param
        self.dates = dates
        self.meta = {}

    def _fname_param(self, key, value):
        if not util.needs_encoding(value):
            return '%s="%s"' % (key, value)
        if self.fn_style == "rfc2231":
            enc = "".join(c if (c.isalnum() and ord(c) < 128) or c in "-._" else "".join("%%%02X" % b for b in c.encode(self.fn_charset)) for c in value)
            return "%s*=%s''%s" % (key, self.fn_charset, enc)
        words = util.encode_words(value, self.fn_charset, "B" if self.fn_style != "rfc2047q" else "Q")
        return '%s="%s"' % (key, " ".join(words))

    def headers(self):
        h = []
        ct = self.ctype
        ps = []
        if self.charset:
            ps.append('charset="%s"' % self.charset if self.meta.get("quote_charset", True) else "charset=%s" % self.charset)
        ps.extend(self.params)
        if self.name:
            ps.append(self._fname_param("name", self.name))
        one = "; ".join([ct] + ps)
        ctv = one if len(one) <= 64 and "\n" not in one else ";\n\t".join([ct] + ps)
        h.append(("Content-Type", ctv))
        if self.desc:
            h.append(("Content-Description", self.desc))
        if self.disposition:
            dp = [self.disposition]
            if self.filename:
                dp.append(self._fname_param("filename", self.filename))
            if self.size_param:
                dp.append("size=%d" % len(self.body))
            if self.dates:
                dp.append('creation-date="%s"' % self.dates)
                dp.append('modification-date="%s"' % self.dates)
            h.append(("Content-Disposition", ";\n\t".join(dp) if len("; ".join(dp)) > 60 else "; ".join(dp)))
        if self.cid:
            h.append(("Content-ID", "<%s>" % self.cid))
        h.append(("Content-Transfer-Encoding", self.cte))
        h.extend(self.extra)
        return h

    def encoded_body(self):
        if self.cte == "base64":
            return util.b64_lines(self.body, self.b64_width)
        if self.cte == "quoted-printable":
            return util.qp_encode(self.body, self.qp_maxlen)
        return self.body.decode("latin-1")  # 7bit/8bit: raw bytes carried through latin-1


class Multipart:
    def __init__(self, subtype, parts, boundary, params=None, preamble=None, extra=None, hdr_order=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params or []
        self.preamble = preamble
        self.extra = extra or []
        self.hdr_order = hdr_order

    def headers(self):
        ps = ['boundary="%s"' % self.boundary] + self.params
        if self.hdr_order == "params_first":
            ps = self.params + ['boundary="%s"' % self.boundary]
        return [("Content-Type", "multipart/%s;\n\t%s" % (self.subtype, ";\n\t".join(ps)))] + self.extra


class Rfc822:
    """message/rfc822 part wrapping raw message bytes."""

    def __init__(self, raw, filename=None, disposition="attachment", name=None, cte="7bit", fn_style="rfc2047"):
        self.raw = raw
        self.filename = filename
        self.disposition = disposition
        self.name = name if name is not None else filename
        self.cte = cte
        self.fn_style = fn_style

    def headers(self):
        h = []
        ct = "message/rfc822"
        p = Part("x/x", b"", fn_style=self.fn_style)
        if self.name:
            ct += ";\n\t" + p._fname_param("name", self.name)
        h.append(("Content-Type", ct))
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\n\t" + p._fname_param("filename", self.filename)
            h.append(("Content-Disposition", d))
        if self.cte != "7bit" or True:
            h.append(("Content-Transfer-Encoding", self.cte))
        return h


def render_headers(hs):
    out = []
    for name, value in hs:
        if "\n" in value:
            out.append("%s: %s" % (name, value))
        else:
            out.append(util.fold(name, value))
    return "\n".join(out)


def render_body(node):
    """Return body text (str, latin-1 transparent) for a node, without its own headers."""
    if isinstance(node, Part):
        return node.encoded_body()
    if isinstance(node, Rfc822):
        return node.raw.decode("latin-1").rstrip("\n")
    lines = []
    if node.preamble:
        lines.append(node.preamble)
        lines.append("")
    for p in node.parts:
        lines.append("--" + node.boundary)
        lines.append(render_headers(p.headers()))
        lines.append("")
        lines.append(render_body(p))
        lines.append("")
    lines.append("--" + node.boundary + "--")
    return "\n".join(lines)


def render(headers, root):
    """headers: list of (name, value) top-level headers (without the MIME headers of root)."""
    hs = []
    placed = False
    for n, v in headers:
        if n == "__MIME__":
            hs.extend(root.headers())
            placed = True
        else:
            hs.append((n, v))
    if not placed:
        hs.extend(root.headers())
    txt = render_headers(hs) + "\n\n" + render_body(root) + "\n"
    return txt.encode("latin-1")


def walk(node):
    yield node
    if isinstance(node, Multipart):
        for p in node.parts:
            yield from walk(p)
