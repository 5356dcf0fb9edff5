"""A small hand-rolled MIME serializer with exact control over charsets and transfer encodings.

Everything is produced with "\n" line ends; the writer converts to CRLF at the very end.
"""
import binascii
import urllib.parse

from common import b64lines, encoded_words, is_ascii


def qp_encode(data):
    """Quoted-printable (RFC 2045) for text: hard line breaks kept, soft breaks at 76."""
    out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    text = out.decode("ascii")
    # b2a_qp leaves a lone '.' or 'From ' alone; fine for files. Ensure no line exceeds 76.
    for ln in text.split("\n"):
        assert len(ln) <= 76, ln
    return text


def _param(name, value, style="quoted", charset="utf-8"):
    """Render a MIME parameter.  style: 'quoted' | 'rfc2231' | 'rfc2047' (Outlook style)."""
    if is_ascii(value):
        return '%s="%s"' % (name, value)
    if style == "rfc2231":
        enc = urllib.parse.quote(value.encode(charset), safe="")
        return "%s*=%s''%s" % (name, enc)
    ws = encoded_words(value, charset, "B", maxlen=1000)
    return '%s="%s"' % (name, "".join(ws))


class Part:
    headers_extra = ()

    def summary(self):
        raise NotImplementedError


class Text(Part):
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable", params=(),
                 disposition=None, filename=None, fname_style="quoted", cs_label=None, extra=(),
                 cid=None):
        self.text = text
        self.subtype = subtype
        self.charset = charset
        self.cs_label = cs_label or charset
        self.cte = cte
        self.params = list(params)
        self.disposition = disposition
        self.filename = filename
        self.fname_style = fname_style
        self.extra = list(extra)
        self.cid = cid

    def render(self):
        if any(p.replace(" ", "").lower() == "format=flowed" for p in self.params):
            self.text = flow(self.text)
        raw = self.text.encode(self.charset)
        ctype = "text/%s; charset=%s" % (self.subtype, _csval(self.cs_label))
        for p in self.params:
            ctype += "; " + p
        if self.filename:
            ctype += ";\n\t" + _param("name", self.filename, self.fname_style)
        hdrs = ["Content-Type: " + ctype]
        if self.cte == "quoted-printable":
            body = qp_encode(raw)
        elif self.cte == "base64":
            body = b64lines(self.text.replace("\r\n", "\n").replace("\n", "\r\n").encode(self.charset))
        elif self.cte == "7bit":
            body = raw.decode("ascii")
            for ln in body.split("\n"):
                assert len(ln) < 998
        elif self.cte == "8bit":
            body = raw  # bytes
            for ln in body.split(b"\n"):
                assert len(ln) < 998
        else:
            raise ValueError(self.cte)
        hdrs.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            hdrs.append("Content-ID: <%s>" % self.cid)
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\n\t" + _param("filename", self.filename, self.fname_style)
            hdrs.append("Content-Disposition: " + d)
        hdrs.extend(self.extra)
        return hdrs, body

    def summary(self):
        return "text/%s" % self.subtype


def flow(text, width=72):
    """RFC 3676 format=flowed: soft line breaks are a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width + 4 or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def _csval(cs):
    return cs if cs.replace("-", "").isalnum() and not cs.startswith('"') else '"%s"' % cs


class Binary(Part):
    def __init__(self, data, ctype, filename=None, disposition="attachment", cte="base64", cid=None,
                 fname_style="quoted", extra=(), name_param=True, params=(), disp_extra=(), desc=None):
        self.data = data
        self.ctype = ctype
        self.filename = filename
        self.disposition = disposition
        self.cte = cte
        self.cid = cid
        self.fname_style = fname_style
        self.extra = list(extra)
        self.name_param = name_param
        self.params = list(params)
        self.disp_extra = list(disp_extra)
        self.desc = desc

    def render(self):
        ct = self.ctype
        for p in self.params:
            ct += "; " + p
        if self.filename and self.name_param:
            ct += ";\n\t" + _param("name", self.filename, self.fname_style)
        hdrs = ["Content-Type: " + ct]
        if self.desc:
            hdrs.append("Content-Description: " + self.desc)
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\n\t" + _param("filename", self.filename, self.fname_style)
            for de in self.disp_extra:
                d += ";\n\t" + de
            hdrs.append("Content-Disposition: " + d)
        if self.cid:
            hdrs.append("Content-ID: <%s>" % self.cid)
        hdrs.append("Content-Transfer-Encoding: " + self.cte)
        hdrs.extend(self.extra)
        assert self.cte == "base64"
        return hdrs, b64lines(self.data)

    def summary(self):
        return "%s %s" % (self.ctype, self.filename or "")


class Multi(Part):
    def __init__(self, subtype, parts, boundary, params=(), preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = list(params)
        self.preamble = preamble

    def render(self):
        ct = "multipart/%s;" % self.subtype
        plist = list(self.params) + ['boundary="%s"' % self.boundary]
        ct += "\n\t" + ";\n\t".join(plist)
        hdrs = ["Content-Type: " + ct]
        chunks = []
        if self.preamble:
            chunks.append(self.preamble.encode("ascii") + b"\n\n")
        for p in self.parts:
            ph, pb = p.render()
            chunks.append(("--%s\n" % self.boundary).encode("ascii"))
            chunks.append(("\n".join(ph) + "\n\n").encode("ascii"))
            chunks.append(pb if isinstance(pb, bytes) else pb.encode("ascii"))
            chunks.append(b"\n")
        chunks.append(("--%s--\n" % self.boundary).encode("ascii"))
        return hdrs, b"".join(chunks)

    def summary(self):
        return "multipart/%s" % self.subtype


def walk(part):
    yield part
    if isinstance(part, Multi):
        for p in part.parts:
            yield from walk(p)


def describe(part, depth=0):
    """Human summary of structure for the manifest."""
    if isinstance(part, Multi):
        inner = ", ".join(describe(p, depth + 1) for p in part.parts)
        return "multipart/%s [%s]" % (part.subtype, inner)
    if isinstance(part, Text):
        s = "text/%s" % part.subtype
        if part.filename:
            s += " `%s`" % part.filename
        return s
    s = part.ctype
    if part.filename:
        s += " `%s`" % part.filename
    elif part.cid:
        s += " (inline cid)"
    return s


def body_texts(part):
    """The text parts that carry the message body (not attachments)."""
    out = []
    for p in walk(part):
        if isinstance(p, Text) and not p.filename:
            out.append(p)
    return out
