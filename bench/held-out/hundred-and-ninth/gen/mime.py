"""MIME construction with explicit control over charsets, transfer encodings,
RFC 2047 encoded words and header folding."""
import base64
import quopri
import re

# ---------------------------------------------------------------- RFC 2047

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(b):
    if b == 0x20:
        return "_"
    if b in _Q_SAFE:
        return chr(b)
    return "=%02X" % b


def needs_encoding(s):
    return any(ord(c) > 126 or ord(c) < 32 for c in s) or "=?" in s


def encoded_words(text, charset="utf-8", enc="Q", label=None, first_room=75):
    """Split text into encoded words (each <= 75 chars), never splitting a character."""
    label = label or charset
    pre = "=?%s?%s?" % (label, enc)
    post = "?="
    words = []
    cur = b""
    room = first_room
    for ch in text:
        b = ch.encode(charset)
        trial = cur + b
        if enc.upper() == "Q":
            ln = len(pre) + len(post) + sum(len(_q_char(x)) for x in trial)
        else:
            ln = len(pre) + len(post) + 4 * ((len(trial) + 2) // 3)
        if ln > room and cur:
            words.append(cur)
            cur = b
            room = 75
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if enc.upper() == "Q":
            out.append(pre + "".join(_q_char(x) for x in w) + post)
        else:
            out.append(pre + base64.b64encode(w).decode() + post)
    return out


def htext(text, charset="utf-8", enc="Q", label=None, fold="\n ", name_len=9):
    """Unstructured header text (Subject etc.)."""
    if not needs_encoding(text):
        return fold_plain(text, name_len, fold)
    ws = encoded_words(text, charset, enc, label, first_room=75 - 0)
    return fold.join(ws)


def fold_plain(text, name_len=9, fold="\n "):
    if len(text) + name_len <= 78:
        return text
    words = text.split(" ")
    lines = []
    cur = ""
    limit = 78 - name_len
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur = w
            limit = 77
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return fold.join(lines)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="Q", label=None, quote=False):
    if not name:
        return email if not quote else "<%s>" % email
    if needs_encoding(name):
        ws = encoded_words(name, charset, enc, label)
        if len(ws) > 1:
            # a phrase split into several encoded words is legal but decoded inconsistently by
            # some parsers; like most MUAs, prefer a single (base64) word when it fits
            alt = encoded_words(name, charset, "B", label)
            if len(alt) == 1:
                ws = alt
        return "\n ".join(ws) + " <%s>" % email
    if quote or any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def addr_list(items, charset="utf-8", enc="Q", label=None, quote=False, fold="\n\t"):
    parts = [addr(n, e, charset, enc, label, quote) for n, e in items]
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return ("," + fold).join(parts)


# ---------------------------------------------------------------- body encodings

def qp_encode(data):
    enc = quopri.encodestring(data, quotetabs=False)
    return enc if enc.endswith(b"\n") else enc + b"\n"


def b64_lines(data, width=76):
    s = base64.b64encode(data)
    return b"".join(s[i:i + width] + b"\n" for i in range(0, len(s), width))


class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None, preamble=None, meta=None):
        self.headers = headers          # list of (name, value)
        self.body = body                # encoded bytes for leaves
        self.parts = parts or []
        self.boundary = boundary
        self.preamble = preamble
        self.meta = meta or {}

    def ser(self):
        out = bytearray()
        for n, v in self.headers:
            out += ("%s: %s\n" % (n, v)).encode("ascii")
        out += b"\n"
        if self.parts:
            if self.preamble:
                out += self.preamble.encode("ascii") + b"\n"
            for p in self.parts:
                out += b"--" + self.boundary.encode() + b"\n"
                out += p.ser()
                if not out.endswith(b"\n"):
                    out += b"\n"
            out += b"--" + self.boundary.encode() + b"--\n"
        else:
            out += self.body
        return bytes(out)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, quote_cs=True,
              flowed=False, delsp=False, extra_headers=None, ct_extra="", lang=None, errors="strict"):
    label = label or charset
    if cte == "base64":
        raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset, errors)
        body = b64_lines(raw)
    else:
        raw = text.encode(charset, errors)
        if cte == "quoted-printable":
            body = qp_encode(raw)
        elif cte in ("8bit", "7bit"):
            if cte == "7bit" and any(b > 127 for b in raw):
                raise ValueError("7bit body with 8-bit data")
            body = raw if raw.endswith(b"\n") else raw + b"\n"
            for line in body.split(b"\n"):
                if len(line) > 990:
                    raise ValueError("line too long for %s" % cte)
        else:
            raise ValueError(cte)
    cs = '"%s"' % label if quote_cs else label
    ct = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    ct += ct_extra
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if lang:
        hdrs.append(("Content-Language", lang))
    if extra_headers:
        hdrs.extend(extra_headers)
    return Part(hdrs, body, meta={"kind": "text", "subtype": subtype, "charset": label, "cte": cte})


def _param_name(key, filename, style, charset="utf-8", enc="Q"):
    if not needs_encoding(filename):
        return '%s="%s"' % (key, filename)
    if style == "rfc2231":
        from urllib.parse import quote
        return "%s*=%s''%s" % (key, charset.upper() if charset.lower() == "utf-8" else charset,
                               quote(filename.encode(charset), safe=""))
    # non-standard but ubiquitous: RFC 2047 encoded word inside the quoted parameter
    return '%s="%s"' % (key, "".join(encoded_words(filename, charset, enc, first_room=900)))


def attachment(data, ctype, filename, cte="base64", disposition="attachment", cid=None, style="rfc2231",
               charset="utf-8", enc="Q", size_param=False, dates=None, ct_extra="", name_param=True,
               x_attach_id=None, description=None):
    ct = ctype
    if name_param and filename:
        ct += "; " + _param_name("name", filename, style, charset, enc)
    ct += ct_extra
    hdrs = [("Content-Type", ct)]
    if description:
        hdrs.append(("Content-Description", description))
    if disposition:
        d = disposition
        if filename:
            d += "; " + _param_name("filename", filename, style, charset, enc)
        if size_param:
            d += "; size=%d" % len(data)
        if dates:
            d += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (dates, dates)
        hdrs.append(("Content-Disposition", d))
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    if x_attach_id:
        hdrs.append(("X-Attachment-Id", x_attach_id))
    hdrs.append(("Content-Transfer-Encoding", cte))
    if cte == "base64":
        body = b64_lines(data)
    elif cte == "quoted-printable":
        body = qp_encode(data)
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    return Part(hdrs, body, meta={"kind": "attachment", "ctype": ctype, "filename": filename, "cte": cte,
                                  "disposition": disposition, "size": len(data)})


def multipart(subtype, parts, boundary, ct_extra="", preamble=None):
    ct = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, ct_extra)
    return Part([("Content-Type", ct)], parts=parts, boundary=boundary, preamble=preamble,
                meta={"kind": "multipart", "subtype": subtype})


def serialize(headers, root):
    """headers: top-level headers (already encoded); root: Part whose headers (Content-*) follow."""
    out = bytearray()
    for n, v in headers:
        out += ("%s: %s\n" % (n, v)).encode("ascii")
    body = root.ser()
    return bytes(out) + body


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def linkify(s):
    """Escape, then turn bare http(s) URLs into anchors."""
    s = html_escape(s)
    return re.sub(r"(https?://[^\s<>&\"]+(?:&amp;[^\s<>&\"]+)*)", r'<a href="\1">\1</a>', s)
