"""Hand-rolled MIME serialisation, so every charset, transfer encoding,
boundary and encoded-word looks the way the originating mailer writes it."""
import base64
import html as htmlmod
import re
import textwrap

CRLF = b"\r\n"


# ------------------------------------------------------------ encoded words
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _q_encode(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif ch.isalnum() and c < 128 or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(text, charset, enc=None, first_len=0):
    """Split text into RFC 2047 encoded words of at most 75 chars each,
    never splitting a multibyte character."""
    cs = charset.lower()
    if enc is None:
        enc = "Q" if cs in ("iso-8859-1", "iso-8859-15", "windows-1252",
                            "iso-8859-2", "windows-1250") else "B"
    words = []
    prefix = "=?%s?%s?" % (charset, enc)
    budget = 75 - len(prefix) - 2
    chunk = ""
    for ch in text:
        trial = chunk + ch
        b = trial.encode(charset)
        n = len(_q_encode(b)) if enc == "Q" else 4 * ((len(b) + 2) // 3)
        if n > budget and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    res = []
    for w in words:
        b = w.encode(charset)
        body = _q_encode(b) if enc == "Q" else base64.b64encode(b).decode()
        res.append(prefix + body + "?=")
    return res


def header_text(text, charset, enc=None):
    """Unstructured header value (Subject etc.), folded."""
    if _is_ascii(text):
        return text
    return "\r\n ".join(encoded_words(text, charset, enc))


def header_phrase(text, charset, enc=None):
    """Display name inside an address header."""
    if _is_ascii(text):
        if re.search(r'[()<>\[\]:;@\\,."]', text):
            return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"')
        return text
    return " ".join(encoded_words(text, charset, enc))


def addr(name, address, charset="utf-8", enc=None):
    if not name:
        return address
    return "%s <%s>" % (header_phrase(name, charset, enc), address)


def fold(name, value):
    """Fold a header at whitespace/commas to stay under 78 columns."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "\r\n" in value:
        return line
    out = []
    cur = name + ":"
    for tok in re.split(r"(?<=,) ", value) if "," in value and name.lower() in (
            "to", "cc", "references") else value.split(" "):
        if len(cur) + 1 + len(tok) > 78 and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + tok
        else:
            cur = cur + " " + tok
    out.append(cur)
    return "\r\n".join(out)


# ------------------------------------------------------------ body encodings
def qp_encode(data):
    """Quoted-printable for CRLF-separated text bytes (RFC 2045)."""
    out_lines = []
    for line in data.split(b"\r\n"):
        enc = []
        for i, c in enumerate(line):
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and i != len(line) - 1):
                enc.append(chr(c))
            else:
                enc.append("=%02X" % c)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out_lines.append(cur + "=")
                cur = ""
            cur += tok
        out_lines.append(cur)
    return "\r\n".join(out_lines).encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode() if s else b""


def wrap_text(text, width=76, flowed=False):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or "://" in line and " " not in line.strip():
            out.append(line)
        else:
            ind = re.match(r"\s*", line).group(0)
            w = textwrap.wrap(line, width - (1 if flowed else 0), subsequent_indent=ind,
                              break_long_words=False, break_on_hyphens=False) or [""]
            if flowed:
                w = [x + " " for x in w[:-1]] + w[-1:]
            out.extend(w)
    return "\n".join(out)


def encode_body(text, charset, cte, wrap=True, flowed=False):
    if cte in ("7bit", "8bit") and wrap:
        text = wrap_text(text, flowed=flowed)
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if cte == "quoted-printable":
        return qp_encode(raw)
    if cte == "base64":
        return b64_encode(raw)
    if cte == "7bit":
        raw.decode("ascii")
    for ln in raw.split(b"\r\n"):
        assert len(ln) <= 998, "line too long for %s" % cte
    return raw


# ------------------------------------------------------------ link markup
LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def render_plain(text):
    """[[label|url]] -> 'label <url>' (or just url if label == url)."""
    def rep(m):
        label, url = m.group(1), m.group(2)
        if label == url:
            return url
        if label.startswith("http") or label.startswith("www."):
            return label if url == label else url
        return "%s <%s>" % (label, url)
    text = re.sub(r"(?m)^(# |~ )", "", text)
    text = re.sub(r"(?m)^%%IMG:[^%]*%%\n?", "", text)
    return LINK.sub(rep, text)


def render_html_inline(text):
    esc = htmlmod.escape(text, quote=False)

    def rep(m):
        return '<a href="%s">%s</a>' % (htmlmod.escape(m.group(2)), m.group(1))
    esc = re.sub(r"%%IMG:([^%]+)%%", r'<img src="cid:\1" width="220" height="220" alt="QR">', esc)
    return LINK.sub(rep, esc)


# ------------------------------------------------------------ part objects
class Part:
    def __init__(self, ctype, params=None, body=b"", cte=None, headers=None,
                 children=None, boundary=None):
        self.ctype = ctype
        self.params = params or []
        self.body = body
        self.cte = cte
        self.headers = headers or []
        self.children = children or []
        self.boundary = boundary
        self.meta = {}

    def header_lines(self):
        p = "".join('; %s="%s"' % (k, v) if q else "; %s=%s" % (k, v)
                    for k, v, q in self.params)
        lines = []
        ct = "Content-Type: %s%s" % (self.ctype, p)
        if len(ct) > 78 and self.params:
            ct = "Content-Type: %s;" % self.ctype + ";".join(
                "\r\n\t%s=%s" % (k, ('"%s"' % v) if q else v) for k, v, q in self.params)
        lines.append(ct)
        if self.cte:
            lines.append("Content-Transfer-Encoding: %s" % self.cte)
        lines.extend(self.headers)
        return lines

    def serialize(self, top_headers=None):
        out = []
        if top_headers is not None:
            out.extend(top_headers)
        out.extend(self.header_lines())
        data = "\r\n".join(out).encode("ascii") + CRLF + CRLF
        if self.children:
            if self.meta.get("preamble"):
                data += self.meta["preamble"].encode() + CRLF + CRLF
            for c in self.children:
                data += b"--" + self.boundary.encode() + CRLF + c.serialize() + CRLF
            data += b"--" + self.boundary.encode() + b"--" + CRLF
        else:
            data += self.body
            if not self.body.endswith(CRLF):
                data += CRLF
        return data


def text_part(text, subtype, charset, cte, wrap=True, flowed=False, extra=None):
    params = [("charset", charset, True)]
    if flowed:
        params.append(("format", "flowed", False))
    p = Part("text/" + subtype, params, encode_body(text, charset, cte, wrap, flowed), cte,
             headers=extra or [])
    p.meta.update(charset=charset, cte=cte)
    return p


def filename_params(name, style):
    """style: 'rfc2231' (Thunderbird, Gmail), 'ew' (Outlook), 'plain'."""
    if _is_ascii(name):
        return [("name", name, True)], [("filename", name, True)]
    if style == "ew":
        ew = " ".join(encoded_words(name, "utf-8", "B"))
        return [("name", ew, True)], [("filename", ew, True)]
    from urllib.parse import quote
    v = "utf-8''" + quote(name.encode("utf-8"), safe="")
    if len(v) <= 60:
        return [("name", ew_or(name), True)], [("filename*", v, False)]
    chunks = []
    while v:
        cut = 60
        # never split a %XX escape
        while cut < len(v) and v[cut - 1] == "%" or cut < len(v) and v[cut - 2] == "%":
            cut -= 1
        chunks.append(v[:cut])
        v = v[cut:]
    return ([("name", ew_or(name), True)],
            [("filename*%d*" % i, c, False) for i, c in enumerate(chunks)])


def ew_or(name):
    return " ".join(encoded_words(name, "utf-8", "B"))


def attachment(data, ctype, filename, style="rfc2231", inline=False, cid=None,
               size=False, cte="base64", extra_params=None):
    np, fp = filename_params(filename, style)
    disp = "inline" if inline else "attachment"
    dparams = "".join("; %s=%s" % (k, ('"%s"' % v) if q else v) for k, v, q in fp)
    if size:
        dparams += "; size=%d" % len(data)
    headers = ["Content-Disposition: %s%s" % (disp, dparams)]
    if len(headers[0]) > 78:
        headers[0] = "Content-Disposition: %s;" % disp + ";".join(
            "\r\n\t%s=%s" % (k, ('"%s"' % v) if q else v) for k, v, q in fp) + (
            ";\r\n\tsize=%d" % len(data) if size else "")
    if cid:
        headers.insert(0, "Content-ID: <%s>" % cid)
    if cte == "base64":
        body = b64_encode(data)
    else:
        body = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    p = Part(ctype, (extra_params or []) + np, body, cte, headers=headers)
    p.meta.update(filename=filename, data=data)
    return p


def multipart(subtype, children, boundary, extra_params=None):
    p = Part("multipart/" + subtype, [("boundary", boundary, True)] + (extra_params or []),
             children=children, boundary=boundary)
    return p


def describe(part):
    """Structure string for the manifest."""
    if part.children:
        inner = ", ".join(describe(c) for c in part.children)
        return "%s(%s)" % (part.ctype.split("/")[1], inner)
    fn = part.meta.get("filename")
    if fn:
        return "%s `%s`" % (part.ctype, fn)
    return part.ctype
