"""Hand-rolled MIME serialisation so that every header, charset, transfer
encoding and boundary is exactly what the modelled sender would write."""

import base64
import binascii
import hashlib
import re


# ------------------------------------------------------------ header words
def _qchar(b, special):
    c = chr(b)
    if b == 0x20:
        return "_"
    if 33 <= b <= 126 and c not in special:
        return c
    return "=%02X" % b


def ew(text, charset="utf-8", enc="B", maxlen=75):
    """Encode *text* as one or more RFC 2047 encoded-words (joined by a
    folding space).  Characters are never split across words."""
    if text == "":
        return ""
    pre = "=?%s?%s?" % (charset, enc)
    words = []
    cur = b""

    def enc_len(bs):
        if enc == "B":
            return len(pre) + 2 + 4 * ((len(bs) + 2) // 3)
        return len(pre) + 2 + sum(len(_qchar(b, '=?_"(),.:;<>@[\\]')) for b in bs)

    for ch in text:
        cb = ch.encode(charset)
        if cur and enc_len(cur + cb) > maxlen:
            words.append(cur)
            cur = b""
        cur += cb
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if enc == "B":
            out.append(pre + base64.b64encode(w).decode() + "?=")
        else:
            out.append(pre + "".join(_qchar(b, '=?_"(),.:;<>@[\\]') for b in w) + "?=")
    return "\n ".join(out)


def needs_ew(s):
    return any(ord(c) > 126 for c in s)


def hval(text, charset="utf-8", enc="B"):
    """Header text: plain if ASCII, else encoded-word(s)."""
    return ew(text, charset, enc) if needs_ew(text) else text


def addr(name, email, charset="utf-8", enc="B", quote=True):
    if not name:
        return "<%s>" % email if quote is None else email
    if needs_ew(name):
        # one encoded-word for the whole display name: many parsers do not
        # drop the whitespace between adjacent encoded-words in a phrase
        return "%s <%s>" % (ew(name, charset, enc, maxlen=400), email)
    if re.search(r'[(),.:;<>@\[\]"\\]', name) and quote:
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=78):
    """Fold an unstructured header at whitespace (value may already contain
    '\\n ' folds from encoded words)."""
    if "\n" in value:
        return "%s: %s" % (name, value)
    line = "%s: " % name
    out = []
    for tok in re.split(r"(?<=\s)", value):
        if len(line) + len(tok.rstrip()) > width and line.strip() and not line.endswith(": "):
            out.append(line.rstrip())
            line = " " + tok
        else:
            line += tok
    out.append(line.rstrip())
    return "\n".join(out)


def param(key, value, style="2047", charset="utf-8", enc="B"):
    """Filename/name parameter in one of the styles real clients use."""
    if style == "bare" and not needs_ew(value) and re.fullmatch(r"[A-Za-z0-9._-]+", value):
        return "%s=%s" % (key, value)
    if not needs_ew(value) and style != "2231-always":
        return '%s="%s"' % (key, value)
    if style == "2047":
        return '%s="%s"' % (key, ew(value, charset, enc, maxlen=900).replace("\n ", " "))
    q = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else
                "".join("%%%02X" % b for b in c.encode(charset)) for c in value)
    return "%s*=%s''%s" % (key, charset, q)


# ------------------------------------------------------------ body codecs
def qp(data):
    """Quoted-printable for text (LF line ends kept as hard breaks)."""
    out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    # b2a_qp leaves a lone '.' or 'From ' untouched, which is fine.
    return out


def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None,
                 filename=None, disposition=None, cid=None, headers=None,
                 children=None, boundary=None, fname_style="2047",
                 fname_charset="utf-8", fname_enc="B", name_param=True,
                 disp_params=None, preamble=None, header_order=None,
                 ctype_params_after=None):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.headers = headers or []
        self.children = children or []
        self.boundary = boundary
        self.fname_style = fname_style
        self.fname_charset = fname_charset
        self.fname_enc = fname_enc
        self.name_param = name_param
        self.disp_params = disp_params or []
        self.preamble = preamble
        self.header_order = header_order or ["ct", "cte", "cd", "cid"]
        self.ctype_params_after = ctype_params_after or []

    # ----------------------------------------------------------------
    def header_lines(self):
        ct = self.ctype
        pr = []
        if self.charset:
            pr.append('charset="%s"' % self.charset)
        pr += self.params
        if self.ctype.startswith("multipart/"):
            pr.append('boundary="%s"' % self.boundary)
        if self.filename and self.name_param:
            pr.append(param("name", self.filename, self.fname_style, self.fname_charset, self.fname_enc))
        pr += self.ctype_params_after
        line = "Content-Type: " + ct
        for p in pr:
            line += ";\n\t" + p
        lines = {"ct": line}
        if self.cte:
            lines["cte"] = "Content-Transfer-Encoding: " + self.cte
        if self.disposition:
            d = "Content-Disposition: " + self.disposition
            if self.filename:
                d += ";\n\t" + param("filename", self.filename, self.fname_style, self.fname_charset, self.fname_enc)
            for p in self.disp_params:
                d += ";\n\t" + p
            lines["cd"] = d
        if self.cid:
            lines["cid"] = "Content-ID: <%s>" % self.cid
        out = []
        for k in self.header_order:
            if k in lines:
                out.append(lines[k])
            elif k.startswith("!"):
                out.append(k[1:])
        out += self.headers
        return out

    def encoded_body(self):
        if self.children:
            s = ""
            if self.preamble:
                s += self.preamble + "\n"
            for c in self.children:
                s += "\n--%s\n" % self.boundary if s else "--%s\n" % self.boundary
                s += "\n".join(c.header_lines()) + "\n\n" + c.encoded_body()
            s += "\n--%s--\n" % self.boundary
            return s
        data = self.body
        if isinstance(data, str):
            data = data.encode(self.charset or "us-ascii")
        if self.cte == "base64":
            return b64(data)
        if self.cte == "quoted-printable":
            r = qp(data).decode("ascii")
            return r if r.endswith("\n") else r + "\n"
        # 7bit / 8bit / none: raw text (decoded with latin-1 to keep bytes)
        r = data.decode("latin-1")
        return r if r.endswith("\n") else r + "\n"


def body_hash(body_lf):
    """DKIM relaxed body canonicalisation + sha256 (body given with LF)."""
    lines = body_lf.split("\n")
    out = []
    for ln in lines:
        ln = re.sub(r"[ \t]+", " ", ln).rstrip(" \t")
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    canon = "".join(l + "\r\n" for l in out) if out else "\r\n"
    return base64.b64encode(hashlib.sha256(canon.encode("latin-1")).digest()).decode()
