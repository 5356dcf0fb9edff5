"""MIME parts with byte-exact control over headers and transfer encodings."""
import base64
import hashlib
import quopri
import re

# ------------------------------------------------------------------ header encoding
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_word(bs):
    out = ""
    for b in bs:
        if b == 0x20:
            out += "_"
        elif b in _Q_SAFE:
            out += chr(b)
        else:
            out += "=%02X" % b
    return out


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(s, charset="utf-8", enc="B", maxlen=75, force=False, label=None):
    """RFC 2047 encoded words, folded with CRLF-space (here LF-space)."""
    if not force and is_ascii(s):
        return s
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset, label = "utf-8", ("UTF-8" if charset.isupper() else "utf-8")
    label = label or charset
    pre = "=?%s?%s?" % (label, enc)
    words = []
    cur = ""
    for ch in s:
        t = cur + ch
        bs = t.encode(charset)
        ln = len(pre) + 2 + (len(base64.b64encode(bs)) if enc == "B" else len(_q_word(bs)))
        if ln > maxlen and cur:
            words.append(cur)
            cur = ch
        else:
            cur = t
    if cur:
        words.append(cur)
    out = []
    for w in words:
        bs = w.encode(charset)
        body = base64.b64encode(bs).decode() if enc == "B" else _q_word(bs)
        out.append(pre + body + "?=")
    return "\n ".join(out)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="B", quote_always=False, label=None):
    if not name:
        return "<%s>" % email if quote_always else email
    if is_ascii(name):
        if quote_always or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc, label=label), email)


def addr_list(items, charset="utf-8", enc="B", quote_always=False, sep=", "):
    return sep.join(addr(n, e, charset, enc, quote_always) for n, e in items)


def fold(name, value, width=78):
    """Fold an unstructured/structured header value at spaces when a line is too long."""
    if "\n" in value or len(name) + 2 + len(value) <= width:
        return value
    out = []
    line = name + ": "
    first = True
    tokens = re.split(r"(?<=[,;]) ", value) if (";" in value or "," in value) and name.lower() in (
        "to", "cc", "content-type", "content-disposition", "references", "list-unsubscribe", "bcc") else value.split(" ")
    tokens = [t for t in tokens if t != ""]
    for tok in tokens:
        cand = tok if first else " " + tok
        if len(line) + len(cand) > width and not first:
            out.append(line)
            line = "\t" + tok if name.lower().startswith(("content-", "received")) else " " + tok
        else:
            line += cand
        first = False
    out.append(line)
    return "\n".join(out)[len(name) + 2:]


# ------------------------------------------------------------------ body encoders
def qp(data, crlf=False):
    enc = quopri.encodestring(data, quotetabs=False)
    return enc


def b64(data, linelen=76):
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + linelen] for i in range(0, len(s), linelen)) + b"\n"


def encode_body(data, cte, b64len=76):
    cte = cte.lower()
    if cte == "base64":
        return b64(data, b64len)
    if cte == "quoted-printable":
        out = qp(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte in ("7bit", "8bit", "binary"):
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


# ------------------------------------------------------------------ parts
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=b"", epilogue=b"", meta=None):
        self.headers = list(headers)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue
        self.meta = meta or {}

    def body_bytes(self):
        if self.children is None:
            return self.body
        bd = self.boundary.encode()
        out = bytearray(self.preamble)
        for c in self.children:
            cb = c.to_bytes()
            if cb.endswith(b"\n"):
                cb = cb[:-1]
            out += b"--" + bd + b"\n" + cb + b"\n"
        out += b"--" + bd + b"--\n" + self.epilogue
        return bytes(out)

    def header_bytes(self):
        return "".join("%s: %s\n" % (n, fold(n, v)) for n, v in self.headers).encode("ascii")

    def to_bytes(self):
        return self.header_bytes() + b"\n" + self.body_bytes()

    def walk(self):
        yield self
        for c in self.children or []:
            yield from c.walk()


def ctype_param_charset(charset, style):
    if style == "bare":
        return "charset=%s" % charset
    return 'charset="%s"' % charset


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", style="quoted", params="",
         b64len=76, extra=(), label=None, order="ct-first"):
    label = label or charset
    data = s.replace("\r\n", "\n").encode(charset)
    ct = "text/%s; %s%s" % (subtype, ctype_param_charset(label, style), params)
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if order == "cte-first":
        hdrs.reverse()
    hdrs += list(extra)
    return Part(hdrs, encode_body(data, cte, b64len), meta={"kind": "text", "charset": label, "cte": cte,
                                                                 "subtype": subtype, "text": s})


def _param(name, value, style):
    """Filename parameter in the styles real clients use."""
    if is_ascii(value):
        return '%s="%s"' % (name, value)
    if style == "rfc2231":
        from urllib.parse import quote
        return "%s*=UTF-8''%s" % (name, quote(value.encode("utf-8"), safe=""))
    if style == "rfc2231-split":
        from urllib.parse import quote
        enc = quote(value.encode("utf-8"), safe="")
        chunks = [enc[i:i + 60] for i in range(0, len(enc), 60)]
        return ";\n ".join("%s*%d*=%s%s" % (name, i, "UTF-8''" if i == 0 else "", c) for i, c in enumerate(chunks))
    cs = "iso-8859-1" if style == "latin1-ew" else "utf-8"
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return '%s="%s"' % (name, ew(value, cs, "B" if style != "ew-q" else "Q", maxlen=1000))


def attachment(data, ctype, filename, style="outlook", inline=False, cid=None, cte="base64", b64len=76,
               date=None, att_id=None, description=True, extra=()):
    disp = "inline" if inline else "attachment"
    h = []
    if style == "outlook":
        h.append(("Content-Type", "%s; name=%s" % (ctype, _param("name", filename, "ew").split("=", 1)[1])))
        if description:
            h.append(("Content-Description", ew(filename, "utf-8", "B", maxlen=1000)))
        d = "%s; filename=%s; size=%d" % (disp, _param("filename", filename, "ew").split("=", 1)[1], len(data))
        if date:
            d += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (date, date)
        h.append(("Content-Disposition", d))
        if cid:
            h.append(("Content-ID", "<%s>" % cid))
        h.append(("Content-Transfer-Encoding", cte))
    elif style == "gmail":
        h.append(("Content-Type", "%s; %s" % (ctype, _param("name", filename, "ew"))))
        h.append(("Content-Disposition", "%s; %s" % (disp, _param("filename", filename, "ew"))))
        h.append(("Content-Transfer-Encoding", cte))
        if att_id:
            h.append(("Content-ID", "<%s>" % (cid or att_id)))
            h.append(("X-Attachment-Id", att_id))
    elif style == "thunderbird":
        h.append(("Content-Type", "%s; %s" % (ctype, _param("name", filename, "rfc2231"))))
        h.append(("Content-Disposition", "%s; %s" % (disp, _param("filename", filename, "rfc2231"))))
        if cid:
            h.append(("Content-ID", "<%s>" % cid))
        h.append(("Content-Transfer-Encoding", cte))
    elif style == "apple":
        h.append(("Content-Disposition", "%s;\n\t%s" % (disp, _param("filename", filename, "rfc2231"))))
        h.append(("Content-Type", "%s;\n\tx-unix-mode=0644;\n\t%s" % (ctype, _param("name", filename, "rfc2231"))))
        h.append(("Content-Transfer-Encoding", cte))
        if cid:
            h.append(("Content-Id", "<%s>" % cid))
    elif style == "phpmailer":
        h.append(("Content-Type", "%s; %s" % (ctype, _param("name", filename, "ew"))))
        h.append(("Content-Transfer-Encoding", cte))
        if cid:
            h.append(("Content-ID", "<%s>" % cid))
        h.append(("Content-Disposition", "%s; %s" % (disp, _param("filename", filename, "ew"))))
    elif style == "latin1":
        h.append(("Content-Type", "%s;\n name=%s" % (ctype, _param("name", filename, "latin1-ew").split("=", 1)[1])))
        h.append(("Content-Transfer-Encoding", cte))
        h.append(("Content-Disposition", "%s;\n filename=%s" % (disp, _param("filename", filename, "latin1-ew").split("=", 1)[1])))
    else:  # generic
        h.append(("Content-Type", "%s; %s" % (ctype, _param("name", filename, "rfc2231"))))
        h.append(("Content-Disposition", "%s; %s" % (disp, _param("filename", filename, "rfc2231"))))
        h.append(("Content-Transfer-Encoding", cte))
        if cid:
            h.append(("Content-ID", "<%s>" % cid))
    h += list(extra)
    body = encode_body(data, cte, b64len)
    return Part(h, body, meta={"kind": "attachment", "filename": filename, "ctype": ctype, "data": data, "cte": cte})


def multipart(sub, children, boundary, params="", preamble=b"", style="quoted", fold_style="space"):
    bd = ('boundary="%s"' % boundary) if style == "quoted" else "boundary=%s" % boundary
    sep = ";\n\t" if fold_style == "tab" else "; "
    ct = "multipart/%s%s%s%s" % (sub, sep, bd, params)
    return Part([("Content-Type", ct)], children=children, boundary=boundary, preamble=preamble,
                meta={"kind": "multipart", "subtype": sub})


def rfc822(msg_bytes, style="outlook", filename=None):
    h = [("Content-Type", "message/rfc822")]
    if filename:
        h.append(("Content-Disposition", 'attachment;\n\tfilename="%s"' % filename))
    else:
        h.append(("Content-Disposition", "attachment"))
    return Part(h, msg_bytes if msg_bytes.endswith(b"\n") else msg_bytes + b"\n", meta={"kind": "rfc822"})


# ------------------------------------------------------------------ DKIM body hash
def body_hash(body, canon="relaxed"):
    lines = body.replace(b"\r\n", b"\n").split(b"\n")
    if canon == "relaxed":
        lines = [re.sub(rb"[ \t]+", b" ", ln).rstrip(b" \t") for ln in lines]
    while lines and lines[-1] == b"":
        lines.pop()
    data = b"".join(ln + b"\r\n" for ln in lines)
    if not data and canon == "simple":
        data = b"\r\n"
    return base64.b64encode(hashlib.sha256(data).digest()).decode()
