"""Hand-rolled MIME serializer giving exact control over charset, transfer
encoding, boundaries and header style of each sending system."""
import base64
import quopri

from util import encoded_words, fit


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
                 flowed=False, extra=None, disposition=None, quote=False):
        self.quote = quote
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.flowed, self.extra, self.disposition = flowed, extra or [], disposition


class Binary:
    def __init__(self, data, ctype, filename=None, disposition="attachment", cid=None,
                 name_style="2047", name_charset="utf-8", extra=None, cte="base64", charset=None):
        self.data, self.ctype, self.filename = data, ctype, filename
        self.disposition, self.cid, self.name_style = disposition, cid, name_style
        self.name_charset, self.extra, self.cte, self.charset = name_charset, extra or [], cte, charset


class Multi:
    def __init__(self, subtype, parts, boundary, params=None, extra=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.extra = params or [], extra or []


def _qp(data):
    enc = quopri.encodestring(data, quotetabs=False)
    return enc.replace(b"\r\n", b"\n")


def _b64(data):
    return base64.encodebytes(data).replace(b"\r\n", b"\n")


def _body_bytes(data, cte):
    if cte == "quoted-printable":
        return _qp(data)
    if cte == "base64":
        return _b64(data)
    if cte == "7bit":
        if any(b > 127 for b in data):
            raise ValueError("non-ASCII data in 7bit part")
    for line in data.split(b"\n"):
        if len(line) > 998:
            raise ValueError("line too long for %s" % cte)
    return data if data.endswith(b"\n") else data + b"\n"


def _name_params(name, style, charset, key):
    if all(ord(c) < 128 for c in name):
        return '%s="%s"' % (key, name)
    if style == "2231":
        from urllib.parse import quote
        return "%s*=%s''%s" % (key, charset.upper() if charset.lower() == "utf-8" else charset,
                              quote(name.encode(charset), safe=""))
    return '%s="%s"' % (key, "\n ".join(encoded_words(name, charset, "B")))


def render(part):
    """Return (header_lines:list[str], body:bytes)."""
    if isinstance(part, Text):
        q = '"' if part.quote else ""
        ct = "text/%s; charset=%s%s%s" % (part.subtype, q, part.charset, q)
        if part.flowed:
            ct += "; format=flowed"
        hdr = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + part.cte]
        if part.disposition:
            hdr.append("Content-Disposition: " + part.disposition)
        hdr += [h for h in part.extra if isinstance(h, str)]
        try:
            data = fit(part.text.replace("\r\n", "\n"), part.charset).encode(part.charset)
        except UnicodeEncodeError as e:
            raise ValueError("%s cannot encode %r in: %r" % (part.charset, e.object[e.start:e.end], e.object[max(0, e.start - 30):e.end + 10]))
        return hdr, _body_bytes(data, part.cte)
    if isinstance(part, Binary):
        ct = part.ctype
        if part.charset:
            ct += "; charset=%s" % part.charset
        if part.filename:
            ct += ";\n\t" + _name_params(part.filename, part.name_style, part.name_charset, "name")
        hdr = ["Content-Type: " + ct]
        if part.disposition:
            d = part.disposition
            if part.filename:
                d += ";\n\t" + _name_params(part.filename, part.name_style, part.name_charset, "filename")
            hdr.append("Content-Disposition: " + d)
        if part.cid:
            hdr.append("Content-ID: <%s>" % part.cid)
        hdr.append("Content-Transfer-Encoding: " + part.cte)
        hdr += part.extra
        return hdr, _body_bytes(part.data, part.cte)
    # multipart
    ct = 'multipart/%s;\n\tboundary="%s"' % (part.subtype, part.boundary)
    for p in part.params:
        ct += ";\n\t" + p
    hdr = ["Content-Type: " + ct] + part.extra
    out = bytearray()
    for sub in part.parts:
        sh, sb = render(sub)
        out += b"--" + part.boundary.encode() + b"\n"
        out += "\n".join(sh).encode("ascii") + b"\n\n"
        out += sb
        if not sb.endswith(b"\n"):
            out += b"\n"
    out += b"--" + part.boundary.encode() + b"--\n"
    return hdr, bytes(out)


def serialize(headers, body, preamble=None):
    """headers: list of (name, value) with values already RFC 2047 encoded.
    MIME-Version is expected among headers where the mailer puts it; the
    body's Content-Type / CTE are appended at the position of the
    pseudo-header ("@CONTENT", None) or at the end."""
    bh, bb = render(body)
    lines = []
    placed = False
    for name, value in headers:
        if name == "@CONTENT":
            lines += bh
            placed = True
            continue
        if value is None:
            continue
        lines.append("%s: %s" % (name, value))
    if not placed:
        lines += bh
    head = "\n".join(lines)
    for ch in head:
        if ord(ch) > 127:
            raise ValueError("non-ASCII in headers: %r" % head[max(0, head.index(ch) - 40):head.index(ch) + 10])
    out = head.encode("ascii") + b"\n\n"
    if preamble and isinstance(body, Multi):
        out += preamble.encode("ascii") + b"\n"
    return out + bb
