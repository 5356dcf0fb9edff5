"""Hand-rolled MIME serializer: exact control over charsets, transfer encodings, boundaries,
RFC 2047 encoded words and RFC 2231 parameters. Output uses LF line endings."""
import base64
import quopri
import re


def _b64(data):
    return base64.encodebytes(data).decode("ascii")


def _qp(data):
    out = quopri.encodestring(data, quotetabs=False).decode("ascii")
    # quopri leaves a leading "." / "From " alone; encode "From " at line start for safety
    out = re.sub(r"(?m)^From ", "=46rom ", out)
    if not out.endswith("\n"):
        out += "\n"
    return out


_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def encoded_words(text, charset, method="Q", maxlen=75):
    """Return list of encoded words covering text, each at most maxlen chars."""
    words = []
    prefix = f"=?{charset}?{method}?"
    cur_chars = ""

    def render(chars):
        raw = chars.encode(charset)
        if method == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if b in _Q_SAFE else ("_" if b == 32 else f"={b:02X}") for b in raw)
        return prefix + body + "?="
    for ch in text:
        trial = cur_chars + ch
        if len(render(trial)) > maxlen and cur_chars:
            words.append(render(cur_chars))
            cur_chars = ch
        else:
            cur_chars = trial
    if cur_chars:
        words.append(render(cur_chars))
    return words


def needs_encoding(s):
    return any(ord(c) > 126 for c in s)


def fold(name, value):
    """Fold an already-encoded header at whitespace near 78 columns."""
    line = f"{name}: "
    out = []
    tokens = value.split(" ")
    cur = line
    first = True
    for tok in tokens:
        if first:
            cur += tok
            first = False
            continue
        if len(cur) + 1 + len(tok) > 78 and cur.strip():
            out.append(cur)
            cur = " " + tok
        else:
            cur += " " + tok
    out.append(cur)
    return "\n".join(out)


def unstructured(text, charset="utf-8", method="Q"):
    if not needs_encoding(text):
        return text
    return " ".join(encoded_words(text, charset, method))


def unstructured_mixed(text, charset="utf-8", method="Q"):
    """Thunderbird/Gmail style: only the span of non-ASCII words is encoded."""
    if not needs_encoding(text):
        return text
    words = text.split(" ")
    first = next(i for i, w in enumerate(words) if needs_encoding(w))
    last = max(i for i, w in enumerate(words) if needs_encoding(w))
    head = " ".join(words[:first])
    mid = " ".join(words[first:last + 1])
    tail = " ".join(words[last + 1:])
    enc = " ".join(encoded_words(mid, charset, method))
    return " ".join(x for x in (head, enc, tail) if x)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", method="Q"):
    if not name:
        return f"<{email}>" if False else email
    if needs_encoding(name):
        return " ".join(encoded_words(name, charset, method)) + f" <{email}>"
    if any(c in _SPECIALS for c in name):
        n = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{n}" <{email}>'
    return f"{name} <{email}>"


def addr_quoted(name, email):
    """Outlook/Exchange always quotes ASCII display names."""
    n = name.replace('"', '\\"')
    return f'"{n}" <{email}>'


def param(key, value, style="2231", charset="utf-8"):
    if not needs_encoding(value):
        return f'{key}="{value}"'
    if style == "2231":
        enc = "".join(chr(b) if (chr(b).isalnum() or chr(b) in "-._~") else f"%{b:02X}" for b in value.encode(charset))
        return f"{key}*={charset}''{enc}"
    # Outlook / many webmailers: encoded word inside the quoted string
    return f'{key}="' + " ".join(encoded_words(value, charset, "B", maxlen=1000)) + '"'


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable", extra_ct="",
                 disposition=None, content_id=None, lang=None):
        self.text = text
        self.subtype = subtype
        self.charset = charset
        self.cte = cte
        self.extra_ct = extra_ct
        self.disposition = disposition
        self.content_id = content_id
        self.lang = lang

    def headers(self):
        ct = f'text/{self.subtype}; charset="{self.charset}"' + self.extra_ct
        h = [("Content-Type", ct), ("Content-Transfer-Encoding", self.cte)]
        if self.lang:
            h.append(("Content-Language", self.lang))
        if self.content_id:
            h.append(("Content-ID", f"<{self.content_id}>"))
        if self.disposition:
            h.append(("Content-Disposition", self.disposition))
        return h

    def body(self):
        raw = self.text.encode(self.charset)  # raises if not representable: intended
        if self.cte == "quoted-printable":
            return _qp(raw)
        if self.cte == "base64":
            return _b64(raw)
        s = raw.decode(self.charset)
        if self.cte == "7bit":
            assert all(b < 128 for b in raw), "7bit body with non-ASCII"
        for ln in raw.split(b"\n"):
            assert len(ln) < 998, "line too long for 7bit/8bit"
        return raw  # bytes: written verbatim (7bit/8bit)


class Attach:
    def __init__(self, data, ctype, filename=None, cte="base64", disposition="attachment",
                 content_id=None, name_style="2231", name_charset="utf-8", extra=None, inline_name=True):
        self.data = data
        self.ctype = ctype
        self.filename = filename
        self.cte = cte
        self.disposition = disposition
        self.content_id = content_id
        self.name_style = name_style
        self.name_charset = name_charset
        self.extra = extra or []
        self.inline_name = inline_name

    def headers(self):
        ct = self.ctype
        if self.filename and self.inline_name:
            ct += "; " + param("name", self.filename, self.name_style, self.name_charset)
        h = [("Content-Type", ct)]
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += "; " + param("filename", self.filename, self.name_style, self.name_charset)
            h.append(("Content-Disposition", d))
        h.append(("Content-Transfer-Encoding", self.cte))
        if self.content_id:
            h.append(("Content-ID", f"<{self.content_id}>"))
        h += self.extra
        return h

    def body(self):
        if self.cte == "base64":
            return _b64(self.data)
        if self.cte == "quoted-printable":
            return _qp(self.data)
        return self.data


class Multi:
    def __init__(self, subtype, parts, boundary, extra_params="", preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.extra_params = extra_params
        self.preamble = preamble

    def headers(self):
        return [("Content-Type", f'multipart/{self.subtype};' + self.extra_params + f'\n\tboundary="{self.boundary}"')]

    def body(self):
        out = bytearray()
        if self.preamble:
            out += self.preamble.encode() + b"\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n"
            out += render_part(p)
            out += b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        return bytes(out)


def _hdr_lines(headers):
    out = []
    for k, v in headers:
        if "\n" in v:
            out.append(f"{k}: {v}")
        else:
            out.append(fold(k, v))
    return "\n".join(out) + "\n"


def render_part(p):
    b = p.body()
    if isinstance(b, str):
        b = b.encode("ascii")
    if not b.endswith(b"\n"):
        b += b"\n"
    return _hdr_lines(p.headers()).encode("ascii") + b"\n" + b


def render_message(headers, root, mime_version_pos=None):
    """headers: list of (name, value) already encoded (ASCII). Adds MIME-Version and root part headers."""
    hs = list(headers)
    if not any(k.lower() == "mime-version" for k, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    hs += root.headers()
    for k, v in hs:
        assert all(ord(c) < 128 for c in v), f"non-ASCII in header {k}: {v!r}"
    b = root.body()
    if isinstance(b, str):
        b = b.encode("ascii")
    if not b.endswith(b"\n"):
        b += b"\n"
    return _hdr_lines(hs).encode("ascii") + b"\n" + b
