"""Minimal, fully controlled MIME writer.

We write bytes ourselves (instead of email.generator) so that charset,
transfer encoding, header folding and boundary style are exactly what
the simulated sending system would produce."""
import base64
import binascii
import re

NL = "\n"


# ---------------------------------------------------------------- headers
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-!*+/")


def _q_bytes(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif c in _Q_SAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(text, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encode `text`, split into words of at most maxlen chars.
    Words are joined by a single space (folding point)."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        if charset.lower() in ("iso-8859-1", "iso-8859-15"):
            try:
                text.encode("windows-1252")
                charset = "Windows-1252"
            except UnicodeEncodeError:
                charset, enc = "utf-8", "B"
        else:
            charset, enc = "utf-8", "B"
    cs = charset
    prefix = "=?%s?%s?" % (cs, enc)
    room = maxlen - len(prefix) - 2
    words, cur = [], ""

    def enc_chunk(s):
        b = s.encode(charset)
        if enc.upper() == "B":
            return base64.b64encode(b).decode("ascii")
        return _q_bytes(b)

    for ch in text:
        trial = cur + ch
        if len(enc_chunk(trial)) > room and cur:
            # never end an encoded word with a space: carry it over
            carry = ""
            while cur.endswith(" ") and len(cur) > 1:
                carry += " "
                cur = cur[:-1]
            words.append(prefix + enc_chunk(cur) + "?=")
            cur = carry + ch
        else:
            cur = trial
    if cur:
        words.append(prefix + enc_chunk(cur) + "?=")
    return " ".join(words)


_SPECIALS = set('()<>@,;:\\".[]')


def phrase(name, charset="utf-8", enc="B", force_quote=False):
    if _is_ascii(name):
        if force_quote or any(c in _SPECIALS for c in name):
            return '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return name
    return ew(name, charset, enc)


def addr(x, charset="utf-8", enc="B", quote=False):
    """x: 'a@b' or (name, 'a@b')."""
    if isinstance(x, str):
        return x
    name, email = x
    if not name:
        return email
    return "%s <%s>" % (phrase(name, charset, enc, quote), email)


def addrs(xs, charset="utf-8", enc="B", quote=False):
    if isinstance(xs, (str, tuple)):
        xs = [xs]
    return ", ".join(addr(x, charset, enc, quote) for x in xs)


def text_header(value, charset="utf-8", enc="B"):
    if _is_ascii(value):
        return value
    return ew(value, charset, enc)


def fold(name, value, width=78):
    """Fold an ASCII header at whitespace.  Values already containing
    newlines are assumed pre-folded."""
    assert _is_ascii(value), (name, value)
    if "\n" in value:
        return "%s: %s" % (name, value)
    first = "%s: " % name
    tokens = value.split(" ")
    lines, cur = [], first + tokens[0]
    for tok in tokens[1:]:
        if len(cur) + 1 + len(tok) > width:
            lines.append(cur)
            cur = " " + tok
        else:
            cur += " " + tok
    lines.append(cur)
    for ln in lines:
        assert len(ln) <= 998
    return "\n".join(lines)


# ---------------------------------------------------------------- bodies
def _encode_body(raw, cte):
    cte = cte.lower()
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        s = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
        s = s.decode("ascii")
        # leading dot / "From " lines are harmless in files; keep as is
        return s if s.endswith("\n") else s + "\n"
    if cte in ("7bit", "8bit"):
        txt = raw.decode("latin-1")
        if cte == "7bit":
            assert all(b < 128 for b in raw), "non-ascii in 7bit part"
        for ln in txt.split("\n"):
            assert len(ln) <= 998, "line too long for %s" % cte
        return txt if txt.endswith("\n") else txt + "\n"
    raise ValueError(cte)


def _param(v, quote):
    return '"%s"' % v if quote else v


def wrap_text(text, width=76, flowed=False):
    """Word-wrap long lines the way mail clients do before sending.
    With format=flowed, soft breaks keep a trailing space (RFC 3676)."""
    out = []
    for line in text.split("\n"):
        if flowed:
            line = line.rstrip(" ")
            if line.startswith(">") or line.startswith(" ") or line.startswith("From "):
                line = " " + line if line.startswith("From ") else line
        if len(line) <= width:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + (" " if flowed else ""))
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


class Part(object):
    extra_headers = ()

    def describe(self):
        raise NotImplementedError

    def texts(self):
        return []

    def attachments(self):
        return []


class Text(Part):
    def __init__(self, text, subtype="plain", charset="utf-8",
                 cte="quoted-printable", flowed=False, delsp=False,
                 quote_cs=True, cs_label=None, headers=(), disposition=None,
                 ct_style="outlook"):
        self.text = text
        self.subtype = subtype
        self.charset = charset
        self.cs_label = cs_label or charset
        self.cte = cte
        self.flowed = flowed
        self.delsp = delsp
        self.quote_cs = quote_cs
        self.extra_headers = list(headers)
        self.disposition = disposition
        self.ct_style = ct_style

    def raw(self):
        t = self.text.replace("\r\n", "\n")
        if self.subtype == "plain" and (self.flowed or self.cte.lower() in ("7bit", "8bit")):
            t = wrap_text(t, 72 if self.flowed else 76, self.flowed)
        if not t.endswith("\n"):
            t += "\n"
        return t.encode(self.charset, "strict")

    def render(self, bgen):
        ct = "text/%s; charset=%s" % (self.subtype, _param(self.cs_label, self.quote_cs))
        if self.flowed:
            ct += "; format=flowed"
            if self.delsp:
                ct += "; delsp=yes"
        h = [("Content-Type", ct), ("Content-Transfer-Encoding", self.cte)]
        if self.disposition:
            h.append(("Content-Disposition", self.disposition))
        h += self.extra_headers
        head = "\n".join(fold(k, v) for k, v in h)
        return head + "\n\n" + _encode_body(self.raw(), self.cte)

    def describe(self):
        return "text/%s" % self.subtype

    def texts(self):
        return [self]


class Attach(Part):
    """Binary (or textual) attachment / inline object."""

    def __init__(self, data, ctype, filename=None, cte="base64",
                 disposition="attachment", cid=None, fn_style="quoted",
                 fn_charset="utf-8", ct_params="", headers=(), name_param=True,
                 size_param=False, text_charset=None):
        self.data = data
        self.ctype = ctype
        self.filename = filename
        self.cte = cte
        self.disposition = disposition
        self.cid = cid
        self.fn_style = fn_style
        self.fn_charset = fn_charset
        self.ct_params = ct_params
        self.extra_headers = list(headers)
        self.name_param = name_param
        self.size_param = size_param
        self.text_charset = text_charset

    def _fn(self, key):
        fn = self.filename
        if _is_ascii(fn):
            return '%s="%s"' % (key, fn)
        if self.fn_style == "2231":
            from urllib.parse import quote
            return "%s*=%s''%s" % (key, self.fn_charset, quote(fn.encode(self.fn_charset), safe=""))
        if self.fn_style in ("2047b", "2047q"):
            return '%s="%s"' % (key, ew(fn, self.fn_charset, self.fn_style[-1].upper(), maxlen=998))
        raise ValueError(self.fn_style)

    def render(self, bgen):
        ct = self.ctype
        if self.text_charset:
            ct += '; charset="%s"' % self.text_charset
        if self.ct_params:
            ct += "; " + self.ct_params
        if self.filename and self.name_param:
            nm = self._fn("name")
            if self.fn_style == "2231" and not _is_ascii(self.filename):
                ct += ";\n\t" + nm
            else:
                ct += ";\n\t" + nm
        h = [("Content-Type", ct)]
        if self.extra_headers:
            h += self.extra_headers
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\n\t" + self._fn("filename")
            if self.size_param:
                d += "; size=%d" % len(self.data)
            h.append(("Content-Disposition", d))
        if self.cid:
            h.append(("Content-ID", "<%s>" % self.cid))
        h.append(("Content-Transfer-Encoding", self.cte))
        head = "\n".join(fold(k, v) for k, v in h)
        return head + "\n\n" + _encode_body(self.data, self.cte)

    def describe(self):
        if self.filename:
            return "%s \"%s\"" % (self.ctype, self.filename)
        return self.ctype + (" (inline, cid)" if self.cid else "")

    def attachments(self):
        return [self]


class Multi(Part):
    def __init__(self, subtype, parts, params="", preamble=None, headers=()):
        self.subtype = subtype
        self.parts = parts
        self.params = params
        self.preamble = preamble
        self.extra_headers = list(headers)

    def render(self, bgen):
        b = bgen(self.subtype)
        ct = 'multipart/%s;\n\tboundary="%s"' % (self.subtype, b)
        if self.params:
            ct += ";\n\t" + self.params
        h = [("Content-Type", ct)] + self.extra_headers
        out = ["\n".join(fold(k, v) for k, v in h), ""]
        if self.preamble:
            out.append(self.preamble)
            out.append("")
        for p in self.parts:
            out.append("--" + b)
            out.append(p.render(bgen).rstrip("\n"))
            out.append("")
        out.append("--" + b + "--")
        return "\n".join(out) + "\n"

    def describe(self):
        return "multipart/%s[%s]" % (self.subtype, ", ".join(p.describe() for p in self.parts))

    def texts(self):
        out = []
        for p in self.parts:
            out += p.texts()
        return out

    def attachments(self):
        out = []
        for p in self.parts:
            out += p.attachments()
        return out


def html_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def paras_to_html(text, font="Calibri, sans-serif", size="11pt", wrap=None):
    """Plain text -> simple HTML body paragraphs (for alternative parts)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [html_escape(x) for x in para.split("\n")]
        out.append("<p style=\"margin:0 0 10px 0\">%s</p>" % "<br>\n".join(lines))
    body = "\n".join(out)
    return body


def linkify(html, links):
    for text, url in links:
        html = html.replace(html_escape(text), '<a href="%s">%s</a>' % (html_escape(url), html_escape(text)), 1)
    return html
