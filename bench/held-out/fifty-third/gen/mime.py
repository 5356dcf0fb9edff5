"""Hand-rolled MIME serialisation with explicit charset and transfer encoding."""
import base64
import binascii

from util import ew, is_ascii


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")          # raises if not 7-bit clean
        for line in data.split(b"\n"):
            if len(line) > 990:
                raise ValueError("line too long for %s" % cte)
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def _fname_params(key, filename, style, charset="utf-8"):
    """Return ' key="..."' parameter text for a file name."""
    if is_ascii(filename):
        return '%s="%s"' % (key, filename)
    if style == "2231":
        from urllib.parse import quote
        return "%s*=%s''%s" % (key, charset, quote(filename.encode(charset), safe=""))
    return '%s="%s"' % (key, ew(filename, charset, "B" if charset.lower() == "utf-8" else "Q", sep=" "))


class Part:
    def structure(self):
        raise NotImplementedError


class Text(Part):
    def __init__(self, text, sub="plain", charset="utf-8", cte="quoted-printable",
                 label=None, quote_cs=True, params="", disposition=None, extra=None):
        self.text, self.sub, self.charset, self.cte = text, sub, charset, cte
        self.label = label or charset
        self.quote_cs, self.params = quote_cs, params
        self.disposition, self.extra = disposition, extra or []

    def render(self):
        data = self.text.replace("\r\n", "\n").encode(self.charset)
        cs = '"%s"' % self.label if self.quote_cs else self.label
        hdr = [("Content-Type", "text/%s; charset=%s%s" % (self.sub, cs, self.params))]
        hdr.append(("Content-Transfer-Encoding", self.cte))
        if self.disposition:
            hdr.append(("Content-Disposition", self.disposition))
        hdr += self.extra
        return hdr, encode_body(data, self.cte)

    def structure(self):
        return "text/%s" % self.sub

    def leaves(self):
        return [self]


class Blob(Part):
    def __init__(self, data, ctype, filename=None, cte="base64", disposition="attachment",
                 cid=None, fname_style="2047", fname_charset="utf-8", extra=None,
                 ctype_params="", size_param=False, inline_name=True):
        self.data, self.ctype, self.filename, self.cte = data, ctype, filename, cte
        self.disposition, self.cid, self.style = disposition, cid, fname_style
        self.fcs, self.extra, self.cparams = fname_charset, extra or [], ctype_params
        self.size_param, self.inline_name = size_param, inline_name

    def render(self):
        ct = self.ctype + self.cparams
        if self.filename and self.inline_name:
            ct += ";\n\t" + _fname_params("name", self.filename, self.style, self.fcs)
        hdr = [("Content-Type", ct)]
        if self.cid:
            hdr.append(("Content-ID", "<%s>" % self.cid))
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\n\t" + _fname_params("filename", self.filename, self.style, self.fcs)
            if self.size_param:
                d += "; size=%d" % len(self.data)
            hdr.append(("Content-Disposition", d))
        hdr.append(("Content-Transfer-Encoding", self.cte))
        hdr += self.extra
        return hdr, encode_body(self.data, self.cte)

    def structure(self):
        s = self.ctype
        if self.filename:
            s += " '%s'" % self.filename
        return s

    def leaves(self):
        return [self]


class Multi(Part):
    def __init__(self, sub, parts, boundary, params="", preamble=None):
        self.sub, self.parts, self.boundary = sub, parts, boundary
        self.params, self.preamble = params, preamble

    def render(self):
        hdr = [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (self.sub, self.params, self.boundary))]
        chunks = []
        if self.preamble:
            chunks.append(self.preamble.encode() + b"\n\n")
        for p in self.parts:
            ph, pb = p.render()
            chunks.append(b"--" + self.boundary.encode() + b"\n")
            chunks.append(fmt_headers(ph))
            chunks.append(b"\n")
            chunks.append(pb)
            chunks.append(b"\n")
        chunks.append(b"--" + self.boundary.encode() + b"--\n")
        return hdr, b"".join(chunks)

    def structure(self):
        return "multipart/%s[%s]" % (self.sub, ", ".join(p.structure() for p in self.parts))

    def leaves(self):
        out = []
        for p in self.parts:
            out += p.leaves()
        return out


def fmt_headers(pairs):
    out = []
    for name, value in pairs:
        line = "%s: %s\n" % (name, value)
        out.append(line.encode("ascii"))
    return b"".join(out)
