"""MIME part tree, body transfer encodings and RFC 2047/2231 header encoding.

Everything is rendered by hand (no email.generator) so that charset,
Content-Transfer-Encoding and header style can be chosen per sending system.
"""
import base64
import quopri
import re
import urllib.parse

CTE_NAMES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="qp", flowed=False,
                 disposition=None, filename=None, quote_cs=True, cs_label=None,
                 extra=None):
        self.text, self.subtype, self.charset = text, subtype, charset
        self.cte = CTE_NAMES.get(cte, cte)
        self.flowed, self.disposition, self.filename = flowed, disposition, filename
        self.quote_cs, self.extra = quote_cs, extra or []
        self.cs_label = cs_label or charset

    def ctype(self):
        return "text/" + self.subtype


class Blob:
    def __init__(self, ctype, data, filename=None, disposition="attachment", cid=None,
                 fn_style="2231", cte="base64", name_param=True, extra=None, label=None):
        self.ctype_, self.data, self.filename = ctype, data, filename
        self.disposition, self.cid, self.fn_style = disposition, cid, fn_style
        self.cte, self.name_param, self.extra = cte, name_param, extra or []
        self.label = label  # e.g. "password-protected ZipCrypto"

    def ctype(self):
        return self.ctype_


class Multi:
    def __init__(self, subtype, parts, boundary=None, params=""):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params

    def ctype(self):
        return "multipart/" + self.subtype


# ------------------------------------------------------------ headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def encoded_words(text, charset="utf-8", enc="B", label=None):
    """Split text into RFC 2047 encoded words of at most 75 characters."""
    label = label or charset
    prefix = "=?%s?%s?" % (label, enc)
    room = 75 - len(prefix) - 2
    words = []

    def enc_len(bs):
        if enc == "B":
            return 4 * ((len(bs) + 2) // 3)
        return sum(1 if (b in _Q_SAFE or b == 32) else 3 for b in bs)

    chars = []  # characters of the current word
    for ch in text:
        cand = "".join(chars) + ch
        if chars and enc_len(cand.encode(charset)) > room:
            cut = "".join(chars).rfind(" ")
            if 0 < cut < len(chars) - 1:
                # break after a space so no word is split across encoded words
                words.append("".join(chars[:cut + 1]).encode(charset))
                chars = chars[cut + 1:]
            else:
                words.append("".join(chars).encode(charset))
                chars = []
        chars.append(ch)
    if chars:
        words.append("".join(chars).encode(charset))
    out = []
    for w in words:
        if enc == "B":
            body = base64.b64encode(w).decode()
        else:
            body = "".join("_" if b == 32 else (chr(b) if b in _Q_SAFE else "=%02X" % b) for b in w)
        out.append(prefix + body + "?=")
    return out


def fold(name, value, limit=78):
    """Fold an ASCII header at whitespace."""
    line = "%s: %s" % (name, value)
    if len(line) <= limit or "\n" in value:
        return line
    out, cur = [], ""
    for tok in re.split(r"(?<=\S)(?= )", line):
        if cur and len(cur) + len(tok) > limit and len(cur) > len(name) + 2:
            out.append(cur)
            cur = "\t" + tok.lstrip(" ") if name.lower() == "received" else tok
        else:
            cur += tok
    out.append(cur)
    return "\n".join(out)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def unstructured(name, value, charset="utf-8", enc="B", label=None):
    if is_ascii(value):
        return fold(name, value)
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset, label = "utf-8", None
    words = encoded_words(value, charset, enc, label)
    return name + ": " + "\n ".join(words)


def phrase(name, charset="utf-8", enc="B", label=None, quote=None):
    """Display-name phrase: atom, quoted string or encoded words."""
    if not name:
        return ""
    if is_ascii(name):
        if quote or re.search(r'[(),.:;<>@\[\]"\\]', name):
            return '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return name
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset, label = "utf-8", None
    return " ".join(encoded_words(name, charset, enc, label))


def address(name, addr, charset="utf-8", enc="B", label=None, quote=None):
    p = phrase(name, charset, enc, label, quote)
    return "%s <%s>" % (p, addr) if p else addr


def address_list(hname, items, charset="utf-8", enc="B", label=None, quote=None):
    parts = [address(n, a, charset, enc, label, quote) for n, a in items]
    line = hname + ": " + ", ".join(parts)
    if len(line) <= 78:
        return line
    return hname + ": " + ",\n\t".join(parts) if len(parts) > 1 else hname + ": " + parts[0]


def _param(key, val, style="2231"):
    if is_ascii(val):
        return '%s="%s"' % (key, val)
    if style == "2047":
        return '%s="%s"' % (key, " ".join(encoded_words(val, "utf-8", "B")))
    q = urllib.parse.quote(val.encode("utf-8"), safe="")
    return "%s*=utf-8''%s" % (key, q)


# ------------------------------------------------------------ bodies

def encode_body(data, cte):
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "7bit":
        assert all(b < 128 for b in data), "7bit body with 8-bit data"
    for ln in data.split(b"\n"):
        assert len(ln) < 990, "line too long for %s" % cte
    return data if data.endswith(b"\n") else data + b"\n"


_TYPO = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u2018": "'",
         "\u2019": "'", "\u201a": "'", "\u2026": "...", "\u00a0": " ", "\u00ab": '"', "\u00bb": '"',
         "\u2022": "*", "\u20ac": "EUR", "\u00b7": "-", "\u2116": "N", "\u00d7": "x"}


def text_bytes(part):
    """Encode with the declared charset; typographic characters the legacy
    charset lacks are downgraded the way mail clients do."""
    t = part.text
    try:
        t.encode(part.charset)
    except UnicodeEncodeError:
        t = "".join(c if _enc_ok(c, part.charset) else _TYPO.get(c, c) for c in t)
    if part.subtype == "html":
        b = t.encode(part.charset, errors="xmlcharrefreplace")
    else:
        b = t.encode(part.charset)
    return b


def _enc_ok(c, cs):
    try:
        c.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def render(part, bgen, depth=0):
    """Return list of header lines and body bytes for a part."""
    lines = []
    if isinstance(part, Multi):
        if part.boundary is None:
            part.boundary = bgen(part.subtype, depth)
        lines.append('Content-Type: multipart/%s;%s\n\tboundary="%s"' % (part.subtype, part.params, part.boundary))
        body = b""
        for p in part.parts:
            h, b = render(p, bgen, depth + 1)
            body += b"\n--" + part.boundary.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + b
        body += b"\n--" + part.boundary.encode() + b"--\n"
        body = b"This is a multi-part message in MIME format.\n" + body if depth == 0 else body.lstrip(b"\n")
        return lines, body
    if isinstance(part, Text):
        cs = ('"%s"' % part.cs_label) if part.quote_cs else part.cs_label
        ct = "Content-Type: text/%s; charset=%s" % (part.subtype, cs)
        if part.flowed:
            ct += "; format=flowed"
        if part.filename:
            ct += "; " + _param("name", part.filename)
        lines.append(ct)
        lines.append("Content-Transfer-Encoding: " + part.cte)
        if part.disposition:
            d = "Content-Disposition: " + part.disposition
            if part.filename:
                d += "; " + _param("filename", part.filename)
            lines.append(d)
        lines += part.extra
        return lines, encode_body(text_bytes(part), part.cte)
    # Blob
    ct = "Content-Type: " + part.ctype_
    if part.filename and part.name_param:
        ct += ";\n\t" + _param("name", part.filename, part.fn_style)
    lines.append(ct)
    if part.disposition:
        d = "Content-Disposition: " + part.disposition
        if part.filename:
            d += ";\n\t" + _param("filename", part.filename, part.fn_style)
        lines.append(d)
    if part.cid:
        lines.append("Content-ID: <%s>" % part.cid)
    lines.append("Content-Transfer-Encoding: " + part.cte)
    lines += part.extra
    return lines, encode_body(part.data, part.cte)


def walk(part):
    yield part
    if isinstance(part, Multi):
        for p in part.parts:
            yield from walk(p)


def describe(part):
    """Human description of the structure for MANIFEST."""
    if isinstance(part, Multi):
        return "multipart/%s [%s]" % (part.subtype, "; ".join(describe(p) for p in part.parts))
    if isinstance(part, Text):
        s = "text/" + part.subtype
        if part.filename:
            s += ' "%s"' % part.filename
        return s
    s = part.ctype_
    if part.filename:
        s += ' "%s"' % part.filename
    if part.cid and not part.filename:
        s += " (inline cid)"
    if part.label:
        s += " (%s)" % part.label
    return s
