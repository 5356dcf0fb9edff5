"""Hand-rolled MIME serializer so that charset, transfer encoding, header
encoding and boundaries are exactly what a given mail client would emit."""
import base64
import binascii

Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def encoded_words(text, charset, enc="Q", label=None):
    """RFC 2047 encoded words (each <= 75 chars), joined by a space.
    label: how the charset name is spelled in the word (e.g. 'UTF-8')."""
    label = label or charset
    pre = "=?%s?%s?" % (label, enc)
    words = []
    cur = ""

    def wlen(s):
        b = s.encode(charset)
        if enc.upper() == "B":
            return len(pre) + 2 + len(base64.b64encode(b))
        return len(pre) + 2 + sum(1 if (c in Q_SAFE or c == 32) else 3 for c in b)

    for ch in text:
        if cur and wlen(cur + ch) > 75:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc.upper() == "B":
            out.append(pre + base64.b64encode(b).decode() + "?=")
        else:
            s = "".join("_" if c == 32 else (chr(c) if c in Q_SAFE else "=%02X" % c) for c in b)
            out.append(pre + s + "?=")
    return " ".join(out)


def hdr_text(text, charset, enc="Q", label=None, force=False):
    if _is_ascii(text) and not force:
        return text
    return encoded_words(text, charset, enc, label)


_SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, charset="utf-8", enc="Q", label=None, quote_ascii=False):
    if not name:
        return addr if not quote_ascii else "<%s>" % addr
    if _is_ascii(name):
        if quote_ascii or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (encoded_words(name, charset, enc, label), addr)


def fold(name, value, width=78):
    """Fold a header at whitespace so physical lines stay short."""
    line = name + ": "
    out = []
    tokens = value.split(" ")
    cur = line
    first = True
    for t in tokens:
        if first:
            cur += t
            first = False
            continue
        if "\n" in t:
            cur += " " + t
            continue
        last = cur.rsplit("\n", 1)[-1]
        if len(last) + 1 + len(t) > width and last.strip():
            cur += "\n " + t
        else:
            cur += " " + t
    out.append(cur)
    return "\n".join(out)


def encode_body(data, cte):
    cte = cte.lower()
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    if cte in ("7bit", "8bit"):
        if cte == "7bit" and any(b > 127 for b in data):
            raise ValueError("non-ASCII data in 7bit part")
        for ln in data.split(b"\n"):
            if len(ln) > 998:
                raise ValueError("line too long for %s" % cte)
        return data
    raise ValueError(cte)


class Leaf:
    def __init__(self, ctype, data, cte, params=(), headers=(), charset=None):
        self.ctype = ctype
        self.data = data
        self.cte = cte
        self.params = list(params)
        self.headers = list(headers)
        self.charset = charset

    def lines(self, bgen):
        ct = self.ctype
        for k, v in self.params:
            ct += ";\n\t%s=%s" % (k, v) if len(ct) > 40 else "; %s=%s" % (k, v)
        hs = ["Content-Type: " + ct]
        hs.append("Content-Transfer-Encoding: " + self.cte)
        for h in self.headers:
            hs.append(h)
        body = encode_body(self.data, self.cte)
        if not body.endswith(b"\n"):
            body += b"\n"
        return "\n".join(hs).encode("ascii") + b"\n\n" + body


class Multi:
    def __init__(self, subtype, parts, params=(), kind="mixed"):
        self.subtype = subtype
        self.parts = parts
        self.params = list(params)

    def lines(self, bgen):
        b = bgen(self.subtype)
        ct = 'multipart/%s;\n\tboundary="%s"' % (self.subtype, b)
        for k, v in self.params:
            ct += ";\n\t%s=%s" % (k, v)
        out = ("Content-Type: " + ct + "\n\n").encode("ascii")
        return self._body(b, bgen, out)

    def _body(self, b, bgen, out):
        for p in self.parts:
            out += b"--" + b.encode() + b"\n" + p.lines(bgen)
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"--" + b.encode() + b"--\n"
        return out


def flow(text, width=72):
    """RFC 3676 format=flowed: soft-wrap long lines with trailing spaces."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        line = line.rstrip(" ")
        q = ""
        while line.startswith(">"):
            q += ">"
            line = line[1:]
        if q and line.startswith(" "):
            line = line[1:]
        pre = q + (" " if q else "")
        if len(pre + line) <= width:
            out.append(pre + line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(pre + cur + w) > width:
                out.append(pre + cur)          # cur ends with a space: soft break
                cur = ""
            cur += w + " "
        out.append(pre + cur.rstrip(" "))
    return "\n".join(out)


def text_leaf(text, subtype, charset, cte, label=None, format_flowed=False, extra_params=()):
    text = text.replace("\r\n", "\n")
    if format_flowed:
        text = flow(text)
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)  # strict: fail loudly on unencodable chars
    params = [("charset", '"%s"' % (label or charset))]
    if format_flowed:
        params.append(("format", "flowed"))
    params += list(extra_params)
    return Leaf("text/" + subtype, data, cte, params, charset=charset)


def attachment_leaf(filename, ctype, data, cte="base64", disposition="attachment",
                    cid=None, fname_style="2231", name_charset="utf-8", size_param=False, extra_headers=()):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if _is_ascii(filename):
        nm = '"%s"' % filename
        dparam = 'filename="%s"' % filename
    elif fname_style == "2047":
        ew = encoded_words(filename, name_charset, "B" if name_charset.lower().startswith("utf") else "Q")
        nm = '"%s"' % ew
        dparam = 'filename="%s"' % ew
    else:
        from urllib.parse import quote
        enc = quote(filename.encode(name_charset), safe="")
        nm = '"%s"' % encoded_words(filename, name_charset, "B")
        dparam = "filename*=%s''%s" % (name_charset, enc)
    headers = []
    disp = disposition + ";\n\t" + dparam
    if size_param:
        disp += "; size=%d" % len(data)
    headers.append("Content-Disposition: " + disp)
    if cid:
        headers.append("Content-ID: <%s>" % cid)
    headers += list(extra_headers)
    return Leaf(ctype, data, cte, [("name", nm)], headers)
