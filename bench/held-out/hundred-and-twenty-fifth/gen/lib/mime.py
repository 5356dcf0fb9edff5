"""Hand-rolled MIME tree with exact control over header order, boundaries,
charsets and transfer encodings."""

import base64

from .util import CRLF, b64_body, qp_body, text_bytes, ew, needs_ew, pycs


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None, epilogue=None, info=None):
        self.headers = headers          # list of "Name: value" strings (value may be folded)
        self.body = body                # bytes (already transfer-encoded)
        self.parts = parts              # list of Part for multipart
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue
        self.info = info or {}          # metadata for the manifest/verification

    def serialize(self, with_headers=True):
        out = b""
        if with_headers:
            out += (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii")
        if self.parts is not None:
            if self.preamble:
                out += (self.preamble + CRLF).encode("ascii")
            for p in self.parts:
                out += ("--%s" % self.boundary + CRLF).encode("ascii")
                out += p.serialize()
                if not out.endswith(b"\r\n"):
                    out += b"\r\n"
            out += ("--%s--" % self.boundary + CRLF).encode("ascii")
            if self.epilogue:
                out += self.epilogue.encode("ascii")
        else:
            out += self.body
        return out

    def walk(self):
        yield self
        for p in self.parts or []:
            for q in p.walk():
                yield q


def encode_body(data, cte):
    cte = cte.lower()
    if cte == "base64":
        return b64_body(data).encode("ascii")
    if cte == "quoted-printable":
        return qp_body(data).encode("ascii")
    if cte in ("8bit", "7bit", "binary"):
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        for line in data.split(b"\r\n"):
            assert len(line) <= 998, "line too long for %s" % cte
        if cte == "7bit":
            data.decode("ascii")
        return data
    raise ValueError(cte)


def text(content, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, quoted=True,
         extra_params="", extra_headers=None, order="ct-first"):
    """A text leaf.  label: charset spelling in the header (e.g. 'UTF-8')."""
    lab = label or charset
    data = text_bytes(content, charset)
    ct = "Content-Type: text/%s; charset=%s%s" % (subtype, ('"%s"' % lab) if quoted else lab, extra_params)
    hdrs = [ct, "Content-Transfer-Encoding: %s" % cte]
    if order == "cte-first":
        hdrs = hdrs[::-1]
    hdrs += extra_headers or []
    return Part(hdrs, encode_body(data, cte), info={"kind": "text", "subtype": subtype, "charset": charset,
                                                    "cte": cte, "text": content})


def _param_name(name, style, charset="utf-8"):
    """filename parameter(s) in the style of a given mailer."""
    if not needs_ew(name):
        return '"%s"' % name, None
    if style == "rfc2231":
        from urllib.parse import quote
        return None, "UTF-8''" + quote(name.encode("utf-8"), safe="")
    # outlook/gmail style: encoded word inside quotes
    return '"%s"' % ew(name, charset, "B" if style == "gmail" else "Q").replace(CRLF + " ", " "), None


def attachment(data, ctype, filename, style="outlook", rng=None, inline=False, cid=None, cte="base64",
               size_dates=None, charset="utf-8", extra_headers=None, description=True):
    """style: outlook | gmail | thunderbird | rfc2231 | plain | apple"""
    q, star = _param_name(filename, "rfc2231" if style in ("thunderbird", "rfc2231") else style, charset)
    disp = "inline" if inline else "attachment"
    hdrs = []
    if star:
        hdrs.append("Content-Type: %s;%s name*=%s" % (ctype, CRLF, star))
    else:
        hdrs.append("Content-Type: %s; name=%s" % (ctype, q))
    if style == "outlook":
        if description:
            hdrs.append("Content-Description: %s" % (filename if not needs_ew(filename) else q.strip('"')))
        d = "Content-Disposition: %s; filename=%s" % (disp, q)
        if size_dates:
            d += ";%s\tsize=%d; creation-date=\"%s\";%s\tmodification-date=\"%s\"" % (
                CRLF, len(data), size_dates[0], CRLF, size_dates[1])
        else:
            d += "; size=%d" % len(data)
        hdrs.append(d)
        if cid:
            hdrs.append("Content-ID: <%s>" % cid)
        hdrs.append("Content-Transfer-Encoding: %s" % cte)
    elif style == "gmail":
        hdrs.append("Content-Disposition: %s; filename=%s" % (disp, q))
        hdrs.append("Content-Transfer-Encoding: %s" % cte)
        xid = cid or "f_%s" % (rng.alnum(9, "abcdefghijklmnopqrstuvwxyz0123456789") if rng else "m0000001")
        hdrs.append("Content-ID: <%s>" % xid)
        hdrs.append("X-Attachment-Id: %s" % xid.split("@")[0])
    elif style == "apple":
        hdrs.append("Content-Disposition: %s;%s\tfilename=%s" % (disp, CRLF, q))
        hdrs.append("Content-Transfer-Encoding: %s" % cte)
        if cid:
            hdrs.append("Content-Id: <%s>" % cid)
    else:
        if star:
            hdrs.append("Content-Disposition: %s;%s filename*=%s" % (disp, CRLF, star))
        else:
            hdrs.append("Content-Disposition: %s; filename=%s" % (disp, q))
        hdrs.append("Content-Transfer-Encoding: %s" % cte)
        if cid:
            hdrs.append("Content-ID: <%s>" % cid)
    hdrs += extra_headers or []
    if cte == "base64":
        body = b64_body(data).encode("ascii")
    elif cte == "quoted-printable":
        body = qp_body(data).encode("ascii")
    else:
        body = encode_body(data, cte)
    return Part(hdrs, body, info={"kind": "attachment", "ctype": ctype, "filename": filename, "data": data,
                                  "inline": inline, "cte": cte})


def multipart(subtype, parts, boundary, preamble=None, params="", quoted=True):
    b = ('"%s"' % boundary) if quoted else boundary
    return Part(["Content-Type: multipart/%s;%s\tboundary=%s%s" % (subtype, CRLF, b, params)], parts=parts,
                boundary=boundary, preamble=preamble, info={"kind": "multipart", "subtype": subtype})


def multipart1(subtype, parts, boundary, preamble=None, params=""):
    """Single-line Content-Type for multipart (Gmail/PHPMailer style)."""
    return Part(['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)], parts=parts,
                boundary=boundary, preamble=preamble, info={"kind": "multipart", "subtype": subtype})


def rfc822(raw, style="outlook", filename=None):
    hdrs = ["Content-Type: message/rfc822"]
    if filename:
        if style == "outlook":
            hdrs.append('Content-Disposition: attachment;%s\tfilename="%s"' % (CRLF, filename))
        else:
            hdrs.append('Content-Disposition: attachment; filename="%s"' % filename)
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return Part(hdrs, raw, info={"kind": "rfc822", "data": raw, "filename": filename})


def set_boundary(part, new):
    old = part.boundary
    part.headers = [h.replace('boundary="%s"' % old, 'boundary="%s"' % new) for h in part.headers]
    part.boundary = new


def outlook_boundaries(root, msgid):
    """Outlook/Exchange derive MIME boundaries from the Message-ID."""
    import re
    local, _, dom = msgid.partition("@")
    labels = dom.split(".")
    tag = re.sub(r"[^A-Za-z0-9]", "", local + labels[0] + (labels[1][:4] if len(labels) > 1 else ""))
    for p in root.walk():
        if p.boundary and re.match(r"_00\d_", p.boundary):
            set_boundary(p, p.boundary[:5] + tag + "_")
