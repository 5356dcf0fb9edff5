"""Hand-rolled MIME serialiser so that charsets, transfer encodings, header
order and boundary styles look exactly like the sending software's."""
import base64
import quopri
import re

from .util import encoded_word, needs_encoding, hexs, alnum, uuid4

CRLF = b"\r\n"


def _crlf(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def flow(text, width=72):
    """RFC 3676 format=flowed: soft-wrap long lines, leaving a trailing space
    on each wrapped line (as Thunderbird and Roundcube do)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 78 or line == "-- ":
            out.append(line)
            continue
        pre = ""
        while line.startswith(">"):
            pre += ">"
            line = line[1:]
        if pre and line.startswith(" "):
            pre += " "
            line = line[1:]
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(pre) + len(cur) + len(w) + 1 > width:
                out.append(pre + cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(pre + cur)
    return "\n".join(out)


def qp_encode(data):
    out = []
    for line in data.split(CRLF):
        enc = quopri.encodestring(line, quotetabs=False)
        if enc.endswith(b"\n") and not line.endswith(b"\n"):
            enc = enc[:-1]
        out.append(enc.replace(b"\n", CRLF))
    return CRLF.join(out)


def b64_encode(data, width=76):
    s = base64.b64encode(data)
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width))


class Part:
    def __init__(self, ctype, body, charset=None, cte=None, filename=None, disposition=None,
                 cid=None, fn_style="quoted", ct_extra="", quote_charset=True, extra=None,
                 style="generic", name_param=True, description=None, disp_extra="",
                 location=None, lf_only=False):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.fn_style = fn_style
        self.ct_extra = ct_extra
        self.quote_charset = quote_charset
        self.extra = extra or []
        self.style = style
        self.name_param = name_param
        self.description = description
        self.disp_extra = disp_extra
        self.location = location
        self.lf_only = lf_only
        if self.cte is None:
            self.cte = "base64" if not ctype.startswith("text/") else "quoted-printable"

    def _fn(self, key, fn):
        if not needs_encoding(fn):
            return '%s="%s"' % (key, fn)
        if self.fn_style == "rfc2231":
            enc = "".join(c if (c.isalnum() and ord(c) < 128) or c in "-._" else
                          "".join("%%%02X" % b for b in c.encode("utf-8")) for c in fn)
            return "%s*=utf-8''%s" % (key, enc)
        if self.fn_style == "rfc2047q":
            return '%s="%s"' % (key, encoded_word(fn, "utf-8", "Q").replace("\r\n ", " "))
        if self.fn_style.startswith("rfc2047:"):
            cs = self.fn_style.split(":", 1)[1]
            return '%s="%s"' % (key, encoded_word(fn, cs, "B").replace("\r\n ", " "))
        return '%s="%s"' % (key, encoded_word(fn, "utf-8", "B").replace("\r\n ", " "))

    def payload(self):
        if isinstance(self.body, str):
            body = self.body
            if "format=flowed" in self.ct_extra:
                body = flow(_crlf(body).replace("\r\n", "\n"))
            raw = _crlf(body).encode(self.charset or "us-ascii")
            if self.lf_only:
                raw = raw.replace(b"\r\n", b"\n")
        else:
            raw = self.body
        if self.cte == "base64":
            return b64_encode(raw)
        if self.cte == "quoted-printable":
            return qp_encode(raw)
        return raw

    def headers(self):
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset if self.quote_charset else "; charset=%s" % self.charset
        if self.filename and self.name_param:
            ct += ";\r\n\t" + self._fn("name", self.filename)
        ct += self.ct_extra
        h = [("Content-Type", ct)]
        if self.description:
            h.append(("Content-Description", self.description))
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\r\n\t" + self._fn("filename", self.filename)
            d += self.disp_extra
            h.append(("Content-Disposition", d))
        if self.style == "gmail":
            h.append(("Content-Transfer-Encoding", self.cte))
            if self.cid:
                h.append(("Content-ID", "<%s>" % self.cid))
                h.append(("X-Attachment-Id", self.cid.split("@")[0]))
        else:
            if self.cid:
                h.append(("Content-ID", "<%s>" % self.cid))
            h.append(("Content-Transfer-Encoding", self.cte))
        if self.location:
            h.append(("Content-Location", self.location))
        return h + self.extra

    def serialize(self):
        out = b""
        for k, v in self.headers():
            out += ("%s: %s" % (k, v)).encode("ascii") + CRLF
        return out + CRLF + self.payload()


class Multipart:
    def __init__(self, subtype, parts, boundary, ct_extra="", preamble=None, extra=None, epilogue=b""):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.ct_extra = ct_extra
        self.preamble = preamble
        self.extra = extra or []
        self.epilogue = epilogue

    def headers(self):
        return [("Content-Type", 'multipart/%s;%s\r\n\tboundary="%s"' % (
            self.subtype, self.ct_extra, self.boundary))] + self.extra

    def payload(self):
        b = self.boundary.encode()
        out = b""
        if self.preamble:
            out += self.preamble.encode() + CRLF + CRLF
        for p in self.parts:
            out += b"--" + b + CRLF + p.serialize() + CRLF
        out += b"--" + b + b"--" + CRLF + self.epilogue
        return out

    def serialize(self):
        out = b""
        for k, v in self.headers():
            out += ("%s: %s" % (k, v)).encode("ascii") + CRLF
        return out + CRLF + self.payload()


class RawPart:
    """message/rfc822 or any pre-serialised part body."""

    def __init__(self, ctype, raw, disposition=None, filename=None, cte=None, extra=None):
        self.ctype, self.raw, self.disposition, self.filename, self.cte = ctype, raw, disposition, filename, cte
        self.extra = extra or []

    def headers(self):
        ct = self.ctype
        if self.filename:
            ct += ';\r\n\tname="%s"' % self.filename
        h = [("Content-Type", ct)]
        if self.disposition:
            d = self.disposition + (';\r\n\tfilename="%s"' % self.filename if self.filename else "")
            h.append(("Content-Disposition", d))
        if self.cte:
            h.append(("Content-Transfer-Encoding", self.cte))
        return h + self.extra

    def payload(self):
        return self.raw

    def serialize(self):
        out = b""
        for k, v in self.headers():
            out += ("%s: %s" % (k, v)).encode("ascii") + CRLF
        return out + CRLF + self.raw


_EW = re.compile(r"=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=")


def _split_long_words(value):
    """Re-split RFC 2047 encoded-words longer than 75 characters into
    several words on folded lines, as conforming mailers do."""
    def fix(mo):
        word = mo.group(0)
        if len(word) <= 75:
            return word
        cs, enc, data = mo.group(1), mo.group(2).upper(), mo.group(3)
        if enc == "B":
            raw = base64.b64decode(data)
        else:
            raw = quopri.decodestring(data.replace("_", " ").encode(), header=True)
        return encoded_word(raw.decode(cs), cs, enc)
    return _EW.sub(fix, value)


def render(headers, root):
    """headers: list of (name, value); the pseudo-entry ('MIME', None) marks
    where the root part's MIME headers go (MIME-Version is explicit)."""
    out = b""
    placed = False
    for k, v in headers:
        if k == "MIME":
            for hk, hv in root.headers():
                out += ("%s: %s" % (hk, hv)).encode("ascii") + CRLF
            placed = True
            continue
        if isinstance(v, bytes):
            out += k.encode("ascii") + b": " + v + CRLF
        elif v == "":
            out += ("%s:" % k).encode("ascii") + CRLF
        else:
            out += ("%s: %s" % (k, _split_long_words(v))).encode("ascii") + CRLF
    if not placed:
        for hk, hv in root.headers():
            out += ("%s: %s" % (hk, hv)).encode("ascii") + CRLF
    return out + CRLF + root.payload()


# ------------------------------------------------------------------ boundaries

def boundary(r, style, seed=""):
    if style == "outlook":
        # _000_<MessageID-localpart-ish>_
        return "_%03d_%s_" % (0, seed or hexs(r, 40, True))
    if style == "gmail":
        return "000000000000" + hexs(r, 16)
    if style == "thunderbird":
        return "------------" + alnum(r, 24)
    if style == "apple":
        return "Apple-Mail=_" + uuid4(r, upper=True)
    if style == "phpmailer":
        return "b1=_" + alnum(r, 43)
    if style == "javamail":
        return "----=_Part_%d_%d.%d" % (r.randrange(10000, 999999), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
    if style == "nextpart":
        return "----=_NextPart_000_%04X_01DB%s.%s" % (r.randrange(65536), hexs(r, 4, True), hexs(r, 8, True))
    if style == "mailchimp":
        return "_----------=_MCPart_" + str(r.randrange(10 ** 9, 10 ** 10))
    if style == "sendgrid":
        return hexs(r, 64)
    if style == "ses":
        return "----=_Part_%d_%d.%d" % (r.randrange(100000, 9999999), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
    if style == "yandex":
        return "----ALT--" + hexs(r, 32) + "-" + str(r.randrange(10 ** 9, 10 ** 10))
    if style == "mailru":
        return "--ALT--" + hexs(r, 32) + str(r.randrange(10 ** 9, 10 ** 10))
    if style == "roundcube":
        return "=_" + hexs(r, 32)
    if style == "bat":
        return "----------%s" % alnum(r, 16, "0123456789ABCDEF")
    if style == "exchange":
        return "_%03d_%s_" % (0, hexs(r, 32))
    return "=_%s" % alnum(r, 28)
