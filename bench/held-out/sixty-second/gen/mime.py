"""Hand-rolled MIME serialisation so charsets, CTEs and header styles are exact."""
import base64
import quopri
import re

# ------------------------------------------------------ encoded words ----

_DOWN = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"',
         "\u201a": "'", "\u2018": "'", "\u2019": "'", "\u00ab": '"', "\u00bb": '"',
         "\u2026": "...", "\u20ac": "EUR", "\u2116": "N", "\u00a0": " ", "\u2022": "*",
         "\u2192": "->", "\u00b7": "-"}


def fit(s, charset):
    """Replace typographic characters the legacy charset cannot carry."""
    try:
        s.encode(charset)
        return s
    except UnicodeEncodeError:
        pass
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in _DOWN:
                out.append(_DOWN[ch])
            else:
                raise ValueError("%r cannot be encoded in %s" % (ch, charset))
    return "".join(out)


_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(ch, charset):
    out = ""
    for b in ch.encode(charset):
        if b == 0x20:
            out += "_"
        elif b in _Q_SAFE:
            out += chr(b)
        else:
            out += "=%02X" % b
    return out


def enc_words(text, charset="utf-8", enc="Q", label=None):
    """RFC 2047 encoded words (each <= 75 chars), joined by folding space."""
    label = label or charset
    text = fit(text, charset)
    pre = "=?%s?%s?" % (label, enc)
    room = 75 - len(pre) - 2
    words = []
    if enc.upper() == "Q":
        cur = ""
        for ch in text:
            q = _q_char(ch, charset)
            if len(cur) + len(q) > room:
                words.append(cur)
                cur = ""
            cur += q
        words.append(cur)
    else:
        cur = b""
        for ch in text:
            b = ch.encode(charset)
            if len(base64.b64encode(cur + b)) > room:
                words.append(base64.b64encode(cur).decode())
                cur = b""
            cur += b
        words.append(base64.b64encode(cur).decode())
    return "\n ".join(pre + w + "?=" for w in words)


def hval(text, charset="utf-8", enc="Q", label=None):
    """Header value: plain if ASCII, otherwise encoded words."""
    if all(ord(c) < 128 for c in text):
        return text
    return enc_words(text, charset, enc, label)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="Q", label=None):
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        ew = enc_words(name, charset, enc, label)
        if "\n" in ew:  # keep display names in ONE encoded word if at all possible
            other = "B" if enc.upper() == "Q" else "Q"
            ew2 = enc_words(name, charset, other, label)
            if "\n" not in ew2:
                ew = ew2
            else:
                import sys
                print("WARNING: display name needs several encoded words: %r" % name, file=sys.stderr)
        return "%s <%s>" % (ew, email)
    if any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def addrs(lst, **kw):
    return ",\n\t".join(addr(n, e, **kw) for n, e in lst)


def fold(value, width=76):
    """Fold a long ASCII header value at spaces."""
    if "\n" in value or len(value) <= width:
        return value
    out, line = [], ""
    for w in value.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n\t".join(out)


# --------------------------------------------------------------- parts ----

class Part:
    def __init__(self, ctype, params=None, headers=None, body=b"", cte=None,
                 parts=None, preamble=None, boundary=None, desc=None,
                 charset=None, text=None):
        self.ctype = ctype
        self.params = list(params or [])
        self.headers = list(headers or [])
        self.body = body
        self.cte = cte
        self.parts = parts
        self.preamble = preamble
        self.boundary = boundary
        self.desc = desc
        self.charset = charset
        self.text = text

    def ctype_header(self):
        ps = ["%s=%s" % (k, ('"%s"' % v) if q else v) for k, v, q in self.params]
        one = "; ".join([self.ctype] + ps)
        if len(one) <= 62 and "\n" not in one:
            return one
        return ";\n\t".join([self.ctype] + ps)

    def serialize(self):
        lines = []
        ch = [("Content-Type", self.ctype_header())]
        if self.cte:
            ch.append(("Content-Transfer-Encoding", self.cte))
        hs = self.headers_order(ch)
        for k, v in hs:
            lines.append("%s: %s" % (k, v))
        head = ("\n".join(lines) + "\n\n").encode("ascii")
        if self.parts is None:
            return head + self.body
        b = self.boundary.encode("ascii")
        out = head
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        first = True
        for p in self.parts:
            if first and not self.preamble:
                out += b"--" + b + b"\n"
            else:
                out += b"\n--" + b + b"\n"
            first = False
            out += p.serialize()
        out += b"\n--" + b + b"--\n"
        return out

    def headers_order(self, ch):
        # content headers first, then any extra part headers (like Outlook)
        return ch + self.headers

    # --- description for the manifest
    def describe(self):
        if self.parts is not None:
            return "%s [%s]" % (self.ctype, ", ".join(p.describe() for p in self.parts))
        d = self.ctype
        if self.desc:
            d += " " + self.desc
        return d

    def text_parts(self):
        if self.parts is None:
            return [self] if self.ctype.startswith("text/") and self.charset else []
        r = []
        for p in self.parts:
            r += p.text_parts()
        return r


def _qp(data):
    enc = quopri.encodestring(data, quotetabs=False)
    # quopri escapes trailing whitespace already; keep LF line ends
    return enc if enc.endswith(b"\n") else enc + b"\n"


def _b64(data):
    return base64.encodebytes(data)


def encode_body(data, cte):
    if cte == "quoted-printable":
        return _qp(data)
    if cte == "base64":
        return _b64(data)
    if cte == "7bit":
        data.decode("ascii")
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "8bit":
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def text(s, sub="plain", charset="utf-8", cte="quoted-printable", quote=True,
         label=None, flowed=False, extra=None, headers=None, cte_header=True):
    label = label or charset
    if not s.endswith("\n"):
        s += "\n"
    s = fit(s, charset)
    data = s.encode(charset)
    if cte == "7bit":
        data.decode("ascii")
    params = [("charset", label, quote)]
    if flowed:
        params.append(("format", "flowed", False))
    params += extra or []
    return Part("text/" + sub, params, headers=headers, body=encode_body(data, cte),
                cte=cte if cte_header else None, charset=charset, text=s)


def attach(data, ctype, filename, cte="base64", disposition="attachment",
           cid=None, fn_style="plain", charset="utf-8", extra_headers=None,
           name_param=True, size=False, inline_desc=None, att_charset=None):
    """fn_style: plain | rfc2231 | rfc2047."""
    params = []
    if att_charset:
        params.append(("charset", att_charset, True))
    dispo = disposition
    if fn_style == "rfc2231" and any(ord(c) > 127 for c in filename):
        from urllib.parse import quote as uq
        star = "%s''%s" % (charset.upper(), uq(filename.encode(charset), safe=""))
        if name_param:
            params.append(("name*", star, False))
        dispo += ";\n\tfilename*=%s" % star
    else:
        fn = hval(filename, charset, "Q") if fn_style == "rfc2047" else filename
        if name_param:
            params.append(("name", fn, True))
        dispo += ';\n\tfilename="%s"' % fn
    if size:
        dispo += "; size=%d" % len(data)
    hs = []
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
    hs.append(("Content-Disposition", dispo))
    hs += extra_headers or []
    if cte == "base64":
        body = _b64(data)
    elif cte == "quoted-printable":
        body = _qp(data)
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    return Part(ctype, params, headers=hs, body=body, cte=cte,
                desc='"%s"' % filename + (" (inline)" if disposition == "inline" else ""))


def multipart(sub, parts, boundary, preamble=None, extra_params=None):
    params = [("boundary", boundary, True)] + list(extra_params or [])
    return Part("multipart/" + sub, params, parts=parts, boundary=boundary,
                preamble=preamble)


# ------------------------------------------------------------ message ----

def message(headers, body, mime_version="1.0", mime_pos=None):
    """headers: list of (name, value) already ASCII/encoded; body: Part.

    MIME-Version is inserted at mime_pos (index) or just before the
    content headers at the end.
    """
    lines = []
    hs = list(headers)
    if mime_version:
        if mime_pos is None:
            hs.append(("MIME-Version", mime_version))
        else:
            hs.insert(mime_pos, ("MIME-Version", mime_version))
    for k, v in hs:
        line = "%s: %s" % (k, v)
        line.encode("ascii")
        lines.append(line)
    raw = ("\n".join(lines) + "\n").encode("ascii")
    return raw + body.serialize()


def html_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def paras_to_html(txt, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    """Very small text -> HTML converter used to make HTML twins of plain text."""
    out = []
    for block in txt.strip("\n").split("\n\n"):
        lines = [html_escape(l) for l in block.split("\n")]
        inner = "<br>\n".join(lines)
        inner = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', inner)
        out.append('<p style="%s">%s</p>' % (style, inner))
    return "\n".join(out)
