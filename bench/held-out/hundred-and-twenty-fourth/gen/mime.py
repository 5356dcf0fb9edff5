"""Hand-rolled MIME serialisation, so that every byte (header order,
folding, boundaries, encodings) looks like the system that wrote it."""

import base64
import binascii
import re

CRLF = "\r\n"


# --------------------------------------------------------------- headers --

def _chunks_for_charset(s, charset, maxbytes, enc="B"):
    """Split s into pieces whose encoded size fits one encoded-word, never
    splitting a character and, where possible, breaking right after a space
    (so that no decoder glues or splits words)."""
    def size(x):
        b = x.encode(charset)
        if enc == "B":
            return len(b)
        return len(_q_encode(b))
    out = []
    rest = s
    while rest:
        if size(rest) <= maxbytes:
            out.append(rest)
            break
        n = 1
        while n < len(rest) and size(rest[:n + 1]) <= maxbytes:
            n += 1
        cut = rest.rfind(" ", 0, n)
        if cut > 0:
            n = cut + 1
        out.append(rest[:n])
        rest = rest[n:]
    return out


def _q_encode(b):
    out = ""
    for c in b:
        ch = chr(c)
        if ch == " ":
            out += "_"
        elif ch.isalnum() and c < 128:
            out += ch
        elif ch in "!*+-/" and c < 128:
            out += ch
        else:
            out += "=%02X" % c
    return out


def encode_word(s, charset="utf-8", enc="B", csname=None):
    """RFC 2047 encoded-word(s) for s; returns a list of words."""
    csname = csname or charset
    prefix = "=?%s?%s?" % (csname, enc)
    room = 75 - len(prefix) - 2
    if enc == "B":
        pieces = _chunks_for_charset(s, charset, room // 4 * 3, "B")
        return [prefix + base64.b64encode(p.encode(charset)).decode() + "?=" for p in pieces]
    pieces = _chunks_for_charset(s, charset, room, "Q")
    return [prefix + _q_encode(p.encode(charset)) + "?=" for p in pieces]


def needs_encoding(s):
    try:
        s.encode("ascii")
        return False
    except UnicodeEncodeError:
        return True


def hdr_text(s, charset="utf-8", enc="B", csname=None, mode="whole"):
    """Encode an unstructured header value. mode 'whole': the entire value
    as encoded words (Outlook/Gmail style); 'words': only the non-ASCII
    words (Thunderbird / Postfix style)."""
    if not needs_encoding(s):
        return s
    if mode == "whole":
        return " ".join(encode_word(s, charset, enc, csname))
    # encode runs of words containing non-ascii
    toks = s.split(" ")
    out = []
    run = []
    for t in toks:
        if needs_encoding(t):
            run.append(t)
        else:
            if run:
                out.append(" ".join(encode_word(" ".join(run), charset, enc, csname)))
                run = []
            out.append(t)
    if run:
        out.append(" ".join(encode_word(" ".join(run), charset, enc, csname)))
    return " ".join(out)


def addr(name, email, charset="utf-8", enc="B", csname=None, quote_always=False):
    if not name:
        return "<%s>" % email if quote_always else email
    if needs_encoding(name):
        return "%s <%s>" % (" ".join(encode_word(name, charset, enc, csname)), email)
    if quote_always or re.search(r'[(),.:;<>@\[\]\\"]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=78):
    """Fold a header at spaces (continuation lines start with a space).
    Values that already contain CRLF are kept as they are."""
    if "\r\n" in value:
        return "%s: %s" % (name, value)
    words = value.split(" ")
    lines = []
    cur = name + ": " + words[0]
    for w in words[1:]:
        if w and len(cur) + 1 + len(w) > width and cur.strip():
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return CRLF.join(lines)


def fold_tab(name, value, width=78):
    """Fold with a TAB continuation (Microsoft, Postfix style)."""
    f = fold(name, value, width)
    return f.replace("\r\n ", "\r\n\t")


# ------------------------------------------------------------------ body --

def qp(text_bytes):
    enc = binascii.b2a_qp(text_bytes, quotetabs=False, istext=True, header=False)
    s = enc.decode("ascii")
    s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    return s


def b64(data, linelen=76):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + linelen] for i in range(0, len(s), linelen))


def to_crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


class Part:
    def __init__(self, ctype, headers=None, body=None, children=None,
                 boundary=None, preamble=None, epilogue=""):
        self.ctype = ctype          # full Content-Type value (may be folded)
        self.headers = headers or []  # other part headers, in order
        self.body = body            # str (already CTE encoded, CRLF)
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue
        self.ct_first = True
        self.meta = {}

    def header_lines(self):
        lines = []
        ct = ("Content-Type", self.ctype)
        hs = list(self.headers)
        if self.ct_first:
            hs = [ct] + hs
        else:
            hs = hs + [ct]
        for n, v in hs:
            if "\r\n" in v or len(n) + 2 + len(v) <= 78:
                lines.append("%s: %s" % (n, v))
            else:
                lines.append(fold(n, v))
        return lines

    def serialize_body(self):
        if self.children is None:
            return self.body
        out = []
        if self.preamble is not None:
            out.append(self.preamble)
        for ch in self.children:
            out.append("--" + self.boundary)
            out.append(CRLF.join(ch.header_lines()))
            out.append("")
            out.append(ch.serialize_body())
        out.append("--" + self.boundary + "--")
        s = CRLF.join(out) + CRLF
        if self.epilogue:
            s += self.epilogue
        return s


def text(content, subtype="plain", charset="utf-8", cte="quoted-printable",
         flowed=False, delsp=False, csname=None, extra_ct="", headers_after=None,
         ct_style="quoted"):
    """Build a text part. content: str with \n newlines."""
    csname = csname or charset
    content = content.replace("\r\n", "\n")
    data = content.encode(charset)
    if cte == "quoted-printable":
        body = qp(data)
    elif cte == "base64":
        body = b64(to_crlf(content).encode(charset))
    elif cte in ("8bit", "7bit"):
        body = to_crlf(content).encode(charset).decode("latin-1")
        if cte == "7bit":
            body.encode("ascii")
    else:
        raise ValueError(cte)
    if ct_style == "quoted":
        ct = 'text/%s; charset="%s"' % (subtype, csname)
    else:
        ct = "text/%s; charset=%s" % (subtype, csname)
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    ct += extra_ct
    hs = [("Content-Transfer-Encoding", cte)] + (headers_after or [])
    p = Part(ct, hs, body)
    p.meta = {"charset": csname, "cte": cte, "encoding": charset,
              "raw_text": content, "subtype": subtype}
    if cte in ("8bit",):
        p.meta["raw8"] = True
    return p


def raw_text_bytes(part):
    """For 8bit parts: the body must be written in its charset, not UTF-8.
    We store bodies as str; for 8bit we keep a latin-1 view of the bytes."""
    return part


def multipart(subtype, children, boundary, preamble=None, extra=""):
    ct = 'multipart/%s;\r\n\tboundary="%s"%s' % (subtype, boundary, extra)
    return Part(ct, [], None, children, boundary, preamble)


def multipart_inline(subtype, children, boundary, preamble=None, extra="",
                     quoted=True, sep="; "):
    b = ('"%s"' % boundary) if quoted else boundary
    ct = "multipart/%s%sboundary=%s%s" % (subtype, sep, b, extra)
    return Part(ct, [], None, children, boundary, preamble)


def attachment(data, ctype, filename, style="outlook", disposition="attachment",
               cid=None, date_rfc=None, extra_headers=None, name_charset="utf-8",
               content_id_first=False, cte="base64", description=None):
    """styles: outlook (name+Description+filename+size+dates, RFC2047 for
    non-ascii), gmail (name/filename RFC2047 B utf-8, X-Attachment-Id),
    thunderbird (RFC2231), plain (name+filename quoted), apple."""
    fn_ascii = not needs_encoding(filename)
    if fn_ascii:
        fnq = '"%s"' % filename
    else:
        fnq = '"%s"' % " ".join(encode_word(filename, name_charset, "B" if style != "outlook" else "B"))
    hs = []
    if style == "outlook":
        ct = "%s; name=%s" % (ctype, fnq)
        hs.append(("Content-Description", filename if fn_ascii else fnq.strip('"')))
        disp = "%s; filename=%s; size=%d" % (disposition, fnq, len(data))
        if date_rfc:
            disp += ';\r\n\tcreation-date="%s";\r\n\tmodification-date="%s"' % (date_rfc, date_rfc)
        if cid:
            hs.append(("Content-ID", "<%s>" % cid))
        hs.append(("Content-Disposition", disp))
    elif style == "gmail":
        ct = "%s; name=%s" % (ctype, fnq)
        hs.append(("Content-Disposition", "%s; filename=%s" % (disposition, fnq)))
        if cid:
            hs.append(("Content-ID", "<%s>" % cid))
        hs.append(("X-Attachment-Id", cid or "f_placeholder"))
    elif style == "thunderbird":
        if fn_ascii:
            ct = '%s; name="%s"' % (ctype, filename)
            disp = '%s; filename="%s"' % (disposition, filename)
        else:
            from urllib.parse import quote
            enc = quote(filename.encode("utf-8"), safe="")
            ct = "%s; name*=UTF-8''%s" % (ctype, enc)
            disp = "%s;\r\n filename*=UTF-8''%s" % (disposition, enc)
        hs.append(("Content-Disposition", disp))
        if cid:
            hs.append(("Content-ID", "<%s>" % cid))
    elif style == "apple":
        ct = "%s;\r\n\tname=%s" % (ctype, fnq)
        hs.append(("Content-Disposition", "%s;\r\n\tfilename=%s" % (disposition, fnq)))
        if cid:
            hs.append(("Content-Id", "<%s>" % cid))
    else:  # plain
        ct = "%s; name=%s" % (ctype, fnq)
        hs.append(("Content-Disposition", "%s; filename=%s" % (disposition, fnq)))
        if cid:
            hs.append(("Content-ID", "<%s>" % cid))
    if style == "gmail":
        hs.insert(1, ("Content-Transfer-Encoding", cte))
    elif style == "outlook":
        hs.append(("Content-Transfer-Encoding", cte))
    else:
        hs.insert(0, ("Content-Transfer-Encoding", cte))
    if extra_headers:
        hs.extend(extra_headers)
    if cte == "base64":
        body = b64(data)
    elif cte == "7bit":
        body = to_crlf(data.decode("ascii"))
    elif cte == "quoted-printable":
        body = qp(data)
    else:
        body = to_crlf(data.decode("latin-1"))
    p = Part(ct, hs, body)
    p.meta = {"filename": filename, "data": data, "ctype": ctype}
    return p


def rfc822(msg_bytes, filename=None, style="outlook"):
    hs = []
    ct = "message/rfc822"
    if filename:
        if style == "outlook":
            ct = 'message/rfc822; name="%s"' % filename
            hs.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
        else:
            hs.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    hs.insert(0, ("Content-Transfer-Encoding", "7bit")) if style != "outlook" else hs.append(("Content-Transfer-Encoding", "7bit"))
    body = msg_bytes.decode("latin-1").rstrip("\r\n")
    p = Part(ct, hs, body)
    p.meta = {"filename": filename, "data": msg_bytes, "ctype": "message/rfc822"}
    return p


def serialize(headers, root):
    """headers: list of (name, value) or ("__CONTENT__", None). Values with
    embedded CRLF are written as-is, others are folded."""
    lines = []
    done_ct = False
    for n, v in headers:
        if n == "__CONTENT__":
            lines.extend(root.header_lines())
            done_ct = True
            continue
        if n.startswith("__RAW__"):
            lines.append(v)
            continue
        if "\r\n" in v or len(n) + 2 + len(v) <= 78:
            lines.append("%s: %s" % (n, v))
        else:
            lines.append(fold(n, v))
    if not done_ct:
        lines.extend(root.header_lines())
    head = CRLF.join(lines)
    body = root.serialize_body()
    s = head + CRLF + CRLF + body
    if not s.endswith(CRLF):
        s += CRLF
    return s


def to_bytes(s):
    """Serialized messages are ASCII except 8bit bodies, which are held as
    latin-1 views of their charset bytes."""
    return s.encode("latin-1")
