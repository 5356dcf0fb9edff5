"""Hand-rolled MIME serialiser so that charset, transfer encoding, boundary and
header style can be controlled exactly (as different mail clients do)."""
import base64
import quopri
import re

PY_CODEC = {
    "utf-8": "utf-8", "iso-8859-1": "latin-1", "iso-8859-15": "iso8859_15",
    "windows-1252": "cp1252", "iso-8859-2": "iso8859_2", "windows-1250": "cp1250",
    "iso-8859-7": "iso8859_7", "windows-1253": "cp1253", "koi8-r": "koi8_r",
    "windows-1251": "cp1251", "us-ascii": "ascii",
}


def codec(cs):
    return PY_CODEC[cs.lower()]


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# ---------------------------------------------------------------- RFC 2047
def encoded_words(text, charset="utf-8", enc="B", label=None):
    """Split text into RFC 2047 encoded words (each <= 75 chars), never splitting
    a multi-byte character. label: how the charset is spelled in the word."""
    label = label or charset
    py = codec(charset)
    words = []
    cur = ""

    def enc_word(s):
        raw = s.encode(py)
        if enc.upper() == "B":
            payload = base64.b64encode(raw).decode()
        else:
            payload = ""
            for b in raw:
                ch = chr(b)
                if b == 0x20:
                    payload += "_"
                elif (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122
                      or ch in "!*+-/"):
                    payload += ch
                else:
                    payload += "=%02X" % b
        return "=?%s?%s?%s?=" % (label, enc.upper(), payload)

    for ch in text:
        if len(enc_word(cur + ch)) > 75:
            carry = ""
            # never let a word end or begin with whitespace (some decoders double it)
            if ch == " " or cur.endswith(" "):
                while cur.endswith(" ") and len(cur) > 1:
                    carry = " " + carry
                    cur = cur[:-1]
                if len(cur) > 1:
                    carry = cur[-1] + carry
                    cur = cur[:-1]
            words.append(enc_word(cur))
            cur = carry + ch
        else:
            cur += ch
    if cur:
        words.append(enc_word(cur))
    return words


def htext(text, charset="utf-8", enc="B", label=None, mode="all"):
    """Header text. mode='all': encode whole string when non-ASCII (Outlook, Gmail);
    mode='words': only encode the non-ASCII words (Thunderbird-like)."""
    if is_ascii(text):
        return text
    if mode == "all":
        return "\n ".join(encoded_words(text, charset, enc, label))
    # encode runs of words containing non-ASCII characters
    tokens = text.split(" ")
    out = []
    run = []
    for tok in tokens:
        if is_ascii(tok):
            if run:
                out.append("\n ".join(encoded_words(" ".join(run), charset, enc, label)))
                run = []
            out.append(tok)
        else:
            run.append(tok)
    if run:
        out.append("\n ".join(encoded_words(" ".join(run), charset, enc, label)))
    # adjacent encoded word + ascii word are separated by a space (kept)
    return " ".join(out)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, email, charset="utf-8", enc="B", label=None, quote_always=False):
    if not name:
        return "<%s>" % email if quote_always else email
    if not is_ascii(name):
        words = encoded_words(name, charset, enc, label)
        if len(words) > 1:
            # decoders disagree on whitespace between adjacent encoded words in a phrase
            raise ValueError("display name needs more than one encoded word: %r" % name)
        return "%s <%s>" % (words[0], email)
    if quote_always or _SPECIALS.search(name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=78):
    """Fold a header. Existing '\n ' / '\n\t' breaks in value are kept; long
    physical lines are additionally folded at spaces."""
    if "\n" in value:          # pre-formatted (e.g. Received): keep as written
        return "%s: %s" % (name, value)
    out_lines = []
    first = True
    for phys in value.split("\n"):
        if first:
            line = ("%s: %s" % (name, phys)) if phys else "%s:" % name
            first = False
        else:
            line = phys
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= len(name) + 2 or cut <= 1:
                cut = line.find(" ", width)
                if cut == -1:
                    break
            out_lines.append(line[:cut])
            line = " " + line[cut + 1:] if not line[cut + 1:].startswith((" ", "\t")) else line[cut + 1:]
        out_lines.append(line)
    return "\n".join(out_lines)


def param(name, value, style="quoted", charset="utf-8"):
    """MIME parameter; non-ASCII values as RFC 2231 (style='2231') or as an
    encoded word inside quotes (style='ew', what Outlook and Gmail do)."""
    if is_ascii(value):
        return '%s="%s"' % (name, value)
    if style == "2231":
        raw = value.encode(codec(charset))
        pct = "".join(chr(b) if (chr(b).isalnum() or chr(b) in "-._~") and b < 128
                      else "%%%02X" % b for b in raw)
        return "%s*=%s''%s" % (name, charset.upper() if charset.lower() == "utf-8" else charset, pct)
    return '%s="%s"' % (name, "".join(encoded_words(value, charset, "B")))


# ---------------------------------------------------------------- parts
def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(data):
    out = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


class Part:
    def __init__(self, ctype, text=None, data=None, charset=None, cte=None,
                 filename=None, disposition=None, parts=None, cid=None,
                 headers=None, fname_style="quoted", fname_charset="utf-8",
                 description=None, size_param=False, dates=None, ct_params=None,
                 inline_name=True, preamble=None, label=None):
        self.ctype = ctype
        self.text = text
        self.data = data
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.parts = parts or []
        self.cid = cid
        self.headers = headers or []
        self.fname_style = fname_style
        self.fname_charset = fname_charset
        self.description = description
        self.size_param = size_param
        self.dates = dates
        self.ct_params = ct_params or []
        self.inline_name = inline_name
        self.preamble = preamble
        self.boundary = None
        self.label = label          # charset label as written (e.g. "UTF-8")

    @property
    def is_multipart(self):
        return self.ctype.startswith("multipart/")

    def walk(self):
        yield self
        for p in self.parts:
            yield from p.walk()

    def encoded_body(self):
        if self.text is not None:
            t = self.text.replace("\r\n", "\n")
            raw = t.encode(codec(self.charset))
            if self.cte == "base64":
                return b64lines(raw.replace(b"\n", b"\r\n"))
            if self.cte == "quoted-printable":
                return qp(raw)
            if self.cte == "7bit":
                raw.decode("ascii")
            for ln in raw.split(b"\n"):
                assert len(ln) < 998, "line too long for %s" % self.cte
            return raw.decode("latin-1") if raw.endswith(b"\n") else raw.decode("latin-1") + "\n"
        if self.cte == "base64":
            return b64lines(self.data)
        if self.cte == "7bit":
            d = self.data.decode("ascii")
            return d if d.endswith("\n") else d + "\n"
        if self.cte == "quoted-printable":
            return qp(self.data)
        raise ValueError(self.cte)

    def header_lines(self):
        h = []
        ct = self.ctype
        params = []
        if self.charset:
            params.append("charset=%s" % (self.label or self.charset)
                          if not self.ctype.startswith("text/html") or True else "")
        params += self.ct_params
        if self.filename and self.inline_name:
            params.append(param("name", self.filename, self.fname_style, self.fname_charset))
        if self.is_multipart:
            params.append('boundary="%s"' % self.boundary)
        h.append(fold("Content-Type", "; ".join([ct] + params).replace("; ", ";\n\t", 0)))
        if self.description:
            h.append(fold("Content-Description", self.description))
        if self.disposition:
            dp = [self.disposition]
            if self.filename:
                dp.append(param("filename", self.filename, self.fname_style, self.fname_charset))
            if self.size_param and self.data is not None:
                dp.append("size=%d" % len(self.data))
            if self.dates:
                dp.append('creation-date="%s"' % self.dates)
                dp.append('modification-date="%s"' % self.dates)
            h.append(fold("Content-Disposition", ";\n\t".join(dp)))
        if self.cid:
            h.append("Content-ID: <%s>" % self.cid)
        for k, v in self.headers:
            h.append(fold(k, v))
        if self.cte and not self.is_multipart:
            h.append("Content-Transfer-Encoding: %s" % self.cte)
        return h

    def render(self, boundary_gen, top=False):
        """Returns (mime header lines, body str). Bodies are latin-1 mapped str
        (bytes 0-255) so 8bit data survives until the final encode."""
        if self.is_multipart:
            if self.boundary is None:
                self.boundary = boundary_gen(self)
            body = ""
            if self.preamble:
                body += self.preamble + "\n"
            for p in self.parts:
                hl, b = p.render(boundary_gen)
                body += "\n--%s\n" % self.boundary if body else "--%s\n" % self.boundary
                body += "\n".join(hl) + "\n\n" + b
            body = body.rstrip("\n") + "\n\n--%s--\n" % self.boundary
            return self.header_lines(), body
        return self.header_lines(), self.encoded_body()


def top_cte(part):
    """Overall Content-Transfer-Encoding for multipart wrapper (none)."""
    return None


def serialise(headers, root, boundary_gen):
    """headers: list of (name, value) already encoded (values may contain '\n ')."""
    used = set()

    def unique(part):
        b = boundary_gen(part)
        k = 1
        base = b
        while b in used:
            b = "%s%d" % (base, k) if not base.endswith("_") else "%s%d_" % (base[:-1], k)
            k += 1
        used.add(b)
        return b
    hl, body = root.render(unique, top=True)
    lines = [fold(k, v) for k, v in headers]
    text = "\n".join(lines + hl) + "\n\n" + body
    return text.encode("latin-1")
