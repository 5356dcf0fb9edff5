"""Byte-exact MIME writer: text parts in any charset/CTE, multiparts,
attachments, RFC 2047 encoded words, header folding."""
import base64
import hashlib
import quopri
import re


# ------------------------------------------------------- encoded words
_QSAFE = re.compile(rb"[A-Za-z0-9!*+\-/]")


def _q_encode_char(b):
    out = ""
    for x in b:
        if x == 0x20:
            out += "_"
        elif _QSAFE.match(bytes([x])):
            out += chr(x)
        else:
            out += "=%02X" % x
    return out


def ew(text, charset="utf-8", enc="Q", maxlen=75):
    """Encode text as one or more RFC 2047 encoded words (space separated).
    ASCII text is returned unchanged."""
    if all(ord(c) < 128 for c in text):
        return text
    prefix = "=?%s?%s?" % (charset, enc)
    words, cur = [], []

    def render(chars):
        raw = "".join(chars).encode(charset)
        if enc.upper() == "B":
            return prefix + base64.b64encode(raw).decode() + "?="
        return prefix + "".join(_q_encode_char(c.encode(charset)) for c in chars) + "?="
    for ch in text:
        if cur and len(render(cur + [ch])) > maxlen:
            words.append(render(cur))
            cur = []
        cur.append(ch)
    if cur:
        words.append(render(cur))
    return " ".join(words)


def addr(name, email, charset="utf-8", enc="Q", quote=False):
    if not name:
        return "<%s>" % email if quote else email
    if all(ord(c) < 128 for c in name):
        if quote or re.search(r'[,.;:@()<>\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


def fold(name, value, width=78):
    """Fold a header at whitespace; keep existing explicit folds."""
    if "\n" in value:
        return "%s: %s" % (name, value)
    line = "%s: " % name
    out = []
    tokens = re.split(r"( )", value)
    cur = line
    for tok in tokens:
        if tok == " ":
            continue
        if cur.endswith(": ") or cur == line:
            cur += tok
        elif len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = " " + tok
        else:
            cur += " " + tok
    out.append(cur)
    return "\n".join(out)


# --------------------------------------------------------------- parts
class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None,
                 filename=None, disposition=None, parts=None, cid=None,
                 headers=None, boundary=None, name_param=True, fname_2231=False,
                 fname_enc=None, label=None):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.filename = filename
        self.disposition = disposition
        self.parts = parts or []
        self.cid = cid
        self.headers = headers or []
        self.boundary = boundary
        self.name_param = name_param
        self.fname_2231 = fname_2231
        self.fname_enc = fname_enc  # (charset, 'Q'/'B') for encoded-word file names
        self.label = label

    @property
    def is_multi(self):
        return self.ctype.startswith("multipart/")


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", **kw):
    return Part("text/" + subtype, body=body, charset=charset, cte=cte, **kw)


def multi(subtype, *parts, **kw):
    return Part("multipart/" + subtype, parts=list(parts), **kw)


def attachment(ctype, data, filename, inline=False, cid=None, **kw):
    return Part(ctype, body=data, cte="base64", filename=filename,
                disposition="inline" if inline else "attachment", cid=cid, **kw)


def _encode_body(p):
    if isinstance(p.body, str):
        raw = p.body.encode(p.charset)
    else:
        raw = p.body
    cte = (p.cte or "7bit").lower()
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii").rstrip("\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").rstrip("\n")
    if cte == "7bit":
        raw.decode("ascii")
        return raw.decode("ascii").rstrip("\n")
    if cte == "8bit":
        for ln in raw.split(b"\n"):
            assert len(ln) < 990, "8bit line too long"
        return raw.rstrip(b"\n")
    raise ValueError(cte)


def _fname_value(p):
    fn = p.filename
    if all(ord(c) < 128 for c in fn):
        return '"%s"' % fn, None
    if p.fname_2231:
        from urllib.parse import quote
        return None, "utf-8''" + quote(fn.encode("utf-8"), safe="")
    cs, enc = p.fname_enc or ("utf-8", "B")
    return '"%s"' % ew(fn, cs, enc, maxlen=300), None


def _boundary_for(p, path):
    if p.boundary:
        return p.boundary
    return "----=_Part_%s" % hashlib.sha1(path.encode()).hexdigest()[:24]


def render_part(p, path="0"):
    """Return (header_lines[list of str], body[bytes])."""
    hl = []
    ctv = p.ctype
    if p.charset and p.ctype.startswith("text/"):
        ctv += '; charset="%s"' % p.charset if p.ctype == "text/html" else "; charset=%s" % p.charset
    for k, v in p.params:
        ctv += '; %s="%s"' % (k, v)
    if p.filename and p.name_param:
        qv, v2231 = _fname_value(p)
        ctv += "; name=%s" % qv if qv else "; name*=%s" % v2231
    if p.is_multi:
        b = _boundary_for(p, path)
        ctv += ';\n\tboundary="%s"' % b
    hl.append("Content-Type: " + ctv if "\n" in ctv else fold("Content-Type", ctv))
    if p.disposition:
        dv = p.disposition
        if p.filename:
            qv, v2231 = _fname_value(p)
            dv += "; filename=%s" % qv if qv else "; filename*=%s" % v2231
        hl.append(fold("Content-Disposition", dv))
    if p.cid:
        hl.append("Content-ID: <%s>" % p.cid)
    for k, v in p.headers:
        hl.append(fold(k, v))
    if not p.is_multi:
        hl.append("Content-Transfer-Encoding: %s" % (p.cte or "7bit"))
        body = _encode_body(p)
        if isinstance(body, str):
            body = body.encode("ascii")
        return hl, body
    b = _boundary_for(p, path)
    chunks = []
    for i, sp in enumerate(p.parts):
        shl, sbody = render_part(sp, path + "." + str(i))
        chunks.append(b"--" + b.encode() + b"\n" + "\n".join(shl).encode("ascii") +
                      b"\n\n" + sbody + b"\n")
    body = b"".join(chunks) + b"--" + b.encode() + b"--\n"
    if p.ctype == "multipart/mixed" or p.ctype == "multipart/related" or p.ctype == "multipart/alternative":
        pass
    return hl, body


def render_message(headers, root, preamble=None):
    """headers: list of (name, value) already ASCII (encoded words applied)."""
    out = []
    for k, v in headers:
        out.append(fold(k, v))
    out.append("MIME-Version: 1.0") if not any(k.lower() == "mime-version" for k, _ in headers) else None
    hl, body = render_part(root)
    out.extend(hl)
    head = "\n".join(x for x in out if x is not None)
    head.encode("ascii")
    pre = b""
    if root.is_multi:
        pre = (preamble or "This is a multi-part message in MIME format.").encode() + b"\n"
        if preamble == "":
            pre = b""
    return head.encode("ascii") + b"\n\n" + pre + body + (b"" if body.endswith(b"\n") else b"\n")


# ---------------------------------------------------------- structure
def describe(p):
    """Compact structure string for the manifest."""
    if p.is_multi:
        return "%s [%s]" % (p.ctype, ", ".join(describe(c) for c in p.parts))
    s = p.ctype
    if p.filename:
        s += ' "%s"' % p.filename
    if p.label:
        s += " (%s)" % p.label
    return s


def text_parts(p):
    if p.is_multi:
        r = []
        for c in p.parts:
            r.extend(text_parts(c))
        return r
    if p.ctype.startswith("text/") and not p.filename:
        return [p]
    return []
