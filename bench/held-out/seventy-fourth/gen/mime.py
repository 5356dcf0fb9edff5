"""Minimal MIME tree with exact control over charset and Content-Transfer-Encoding."""
import base64
import quopri

from util import encode_words, fold, is_ascii


def _qp(data):
    # quopri encodes binary-safe; we feed LF-terminated text
    out = quopri.encodestring(data, quotetabs=False)
    return out


def _b64(data):
    return base64.encodebytes(data)  # 76-char lines, LF


class Part:
    ctype = None

    def headers(self):
        raise NotImplementedError


class Text(Part):
    def __init__(self, body, subtype="plain", charset="utf-8", cte="quoted-printable",
                 format_flowed=False, extra=None, ct_params=None, lang=None, quote_cs=False):
        self.quote_cs = quote_cs
        self.body = body
        self.subtype = subtype
        self.charset = charset
        self.cte = cte
        self.flowed = format_flowed
        self.extra = extra or []
        self.ct_params = ct_params or []
        self.lang = lang

    @property
    def ctype(self):
        return "text/" + self.subtype

    def raw(self):
        data = self.body.replace("\r\n", "\n").encode(self.charset)
        if not data.endswith(b"\n"):
            data += b"\n"
        return data

    def render(self):
        data = self.raw()
        if self.quote_cs:
            ct = 'text/%s; charset="%s"' % (self.subtype, self.charset)
        else:
            ct = "text/%s; charset=%s" % (self.subtype, self.charset)
        if self.flowed:
            ct += "; format=flowed"
        for k, v in self.ct_params:
            ct += "; %s=%s" % (k, v)
        cte = self.cte
        if cte == "quoted-printable":
            enc = _qp(data)
        elif cte == "base64":
            enc = _b64(data)
        elif cte in ("8bit", "7bit"):
            if cte == "7bit":
                data.decode("ascii")  # raises if not 7-bit
            for ln in data.split(b"\n"):
                if len(ln) > 990:
                    raise ValueError("line too long for %s" % cte)
            enc = data
        else:
            raise ValueError(cte)
        hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
        if self.lang:
            hs.append(("Content-Language", self.lang))
        hs += self.extra
        return hs, enc

    def describe(self):
        return self.ctype


class Attachment(Part):
    def __init__(self, data, ctype, filename=None, cte="base64", disposition="attachment",
                 cid=None, name_charset="utf-8", extra=None, size_param=False, inline_name=True):
        self.data = data
        self._ctype = ctype
        self.filename = filename
        self.cte = cte
        self.disposition = disposition
        self.cid = cid
        self.name_charset = name_charset
        self.extra = extra or []
        self.inline_name = inline_name

    @property
    def ctype(self):
        return self._ctype

    def _fn(self):
        fn = self.filename
        if is_ascii(fn):
            return '"%s"' % fn
        return '"%s"' % encode_words(fn, self.name_charset, "B")

    def render(self):
        ct = self._ctype
        if self.filename and self.inline_name:
            ct += "; name=%s" % self._fn()
        hs = [("Content-Type", ct)]
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += "; filename=%s" % self._fn()
            hs.append(("Content-Disposition", d))
        if self.cid:
            hs.append(("Content-ID", "<%s>" % self.cid))
        hs.append(("Content-Transfer-Encoding", self.cte))
        hs += self.extra
        if self.cte == "base64":
            enc = _b64(self.data)
        elif self.cte == "quoted-printable":
            enc = _qp(self.data)
        elif self.cte in ("7bit", "8bit"):
            enc = self.data if self.data.endswith(b"\n") else self.data + b"\n"
        else:
            raise ValueError(self.cte)
        return hs, enc

    def describe(self):
        return "%s %s" % (self._ctype, ("'%s'" % self.filename) if self.filename else "")


class Multi(Part):
    def __init__(self, subtype, parts, boundary, preamble=None, params=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.params = params or []

    @property
    def ctype(self):
        return "multipart/" + self.subtype

    def render(self):
        ct = 'multipart/%s;\n\tboundary="%s"' % (self.subtype, self.boundary)
        for k, v in self.params:
            ct += ";\n\t%s=%s" % (k, v)
        out = []
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\n\n")
        for p in self.parts:
            hs, body = p.render()
            out.append(b"--" + self.boundary.encode() + b"\n")
            out.append(render_headers(hs))
            out.append(b"\n")
            out.append(body)
            if not body.endswith(b"\n"):
                out.append(b"\n")
            out.append(b"\n")
        out.append(b"--" + self.boundary.encode() + b"--\n")
        return [("Content-Type", ct)], b"".join(out)

    def describe(self):
        inner = ", ".join(p.describe() for p in self.parts)
        return "%s(%s)" % (self.ctype, inner)


def render_headers(hs):
    lines = []
    for name, value in hs:
        if "\n" in value:
            lines.append("%s: %s" % (name, value))
        else:
            lines.append(fold(name, value))
    s = "\n".join(lines) + "\n"
    return s.encode("ascii")


def walk_text(part):
    """Yield Text parts."""
    if isinstance(part, Text):
        yield part
    elif isinstance(part, Multi):
        for p in part.parts:
            yield from walk_text(p)


def walk_att(part):
    if isinstance(part, Attachment):
        yield part
    elif isinstance(part, Multi):
        for p in part.parts:
            yield from walk_att(p)
