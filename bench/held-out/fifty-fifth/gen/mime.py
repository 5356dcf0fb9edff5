"""Hand-rolled MIME writer, so that every part's charset and transfer encoding
is exactly what the simulated mail client would produce."""
import base64
import binascii
import html
import re
import textwrap

SAFE_Q = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(b):
    if b == 0x20:
        return "_"
    if b in SAFE_Q:
        return chr(b)
    return "=%02X" % b


def encoded_words(s, charset="utf-8", enc="Q"):
    """Split s into RFC 2047 encoded words of at most 75 characters each,
    never splitting a multi-byte character."""
    words = []
    pre = "=?%s?%s?" % (charset, enc)
    budget = 75 - len(pre) - 2
    cur = ""

    def enc_len(t):
        b = t.encode(charset)
        if enc == "Q":
            return sum(len(_q_char(x)) for x in b)
        return (len(b) + 2) // 3 * 4

    def emit(t):
        b = t.encode(charset)
        if enc == "Q":
            body = "".join(_q_char(x) for x in b)
        else:
            body = base64.b64encode(b).decode()
        words.append(pre + body + "?=")

    for ch in s:
        if enc_len(cur + ch) > budget:
            emit(cur)
            cur = ""
        cur += ch
    if cur:
        emit(cur)
    return words


def hdr_text(s, charset="utf-8", enc="Q"):
    """Unstructured header text (Subject, Thread-Topic...)."""
    if all(ord(c) < 128 for c in s):
        return s
    return " ".join(encoded_words(s, charset, enc))


def hdr_text_partial(s, charset="utf-8", enc="Q"):
    """Like Thunderbird/Gmail: keep leading ASCII words (e.g. 'Re:', 'AW:') plain."""
    if all(ord(c) < 128 for c in s):
        return s
    parts = s.split(" ")
    lead = []
    while parts and all(ord(c) < 128 for c in parts[0]) and len(parts) > 1:
        lead.append(parts.pop(0))
    rest = " ".join(parts)
    return " ".join(lead + encoded_words(rest, charset, enc))


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, email, charset="utf-8", enc="Q"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if _SPECIALS.search(name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (" ".join(encoded_words(name, charset, enc)), email)


def fold(name, value, width=78):
    """Fold at whitespace; pre-folded values (containing \\n) are kept."""
    if "\n" in value:
        return "%s: %s" % (name, value)
    line = "%s: " % name
    out = []
    tokens = value.split(" ")
    first = True
    for t in tokens:
        if first:
            line += t
            first = False
        elif len(line) + 1 + len(t) > width and line.strip():
            out.append(line)
            line = " " + t
        else:
            line += " " + t
    out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- parts
class Part:
    def headers(self):
        raise NotImplementedError

    def body(self):
        raise NotImplementedError

    def describe(self):
        raise NotImplementedError


def _wrap_b64(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def _qp(b):
    # text mode QP with soft line breaks at 76
    return binascii.b2a_qp(b, quotetabs=False, istext=True, header=False).decode("ascii")


def unwrap(text, limit=70):
    """Join hard-wrapped prose lines (>= limit chars) with the following line."""
    out = []
    for line in text.split("\n"):
        if out and len(out[-1]) >= limit and line.strip() and not out[-1].startswith(">") \
                and not line.startswith((">", "-", "*", "•")):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def rewrap(text, width=76):
    out = []
    for line in unwrap(text).split("\n"):
        if len(line) > width and not line.startswith(">"):
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
        else:
            out.append(line)
    return "\n".join(out)


class Text(Part):
    def __init__(self, text, charset="utf-8", cte="quoted-printable", subtype="plain",
                 flowed=False, extra_params="", content_id=None, disposition=None, wrap="auto"):
        if subtype == "plain" and wrap == "auto":
            text = unwrap(text) if cte in ("quoted-printable", "base64") else rewrap(text)
        elif wrap == "unwrap":
            text = unwrap(text)
        elif wrap == "rewrap":
            text = rewrap(text)
        self.text = text
        self.charset = charset
        self.cte = cte
        self.subtype = subtype
        self.flowed = flowed
        self.extra_params = extra_params
        self.content_id = content_id
        self.disposition = disposition

    def headers(self):
        ct = "text/%s; charset=%s" % (self.subtype, self.charset if self.charset != "utf-8-q" else "utf-8")
        if self.flowed:
            ct += "; format=flowed"
        if self.extra_params:
            ct += "; " + self.extra_params
        h = [("Content-Type", ct), ("Content-Transfer-Encoding", self.cte)]
        if self.content_id:
            h.append(("Content-ID", "<%s>" % self.content_id))
        if self.disposition:
            h.append(("Content-Disposition", self.disposition))
        return h

    def raw(self):
        return self.text.encode(self.charset)  # strict: fails on unencodable text

    def body(self):
        b = self.raw()
        if self.cte == "base64":
            return _wrap_b64(b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
        if self.cte == "quoted-printable":
            return _qp(b) + ("" if b.endswith(b"\n") else "\n")
        if self.cte == "7bit":
            b.decode("ascii")
        for line in b.split(b"\n"):
            if len(line) > 990:
                raise ValueError("line too long for %s" % self.cte)
        s = b.decode("latin-1")
        return s + ("" if s.endswith("\n") else "\n")

    def describe(self):
        return "text/%s" % self.subtype


class Attachment(Part):
    def __init__(self, data, ctype, filename, inline=False, cid=None, name_style="2231",
                 charset=None, cte="base64", name_charset="utf-8", size_param=False, date=None):
        self.data = data
        self.ctype = ctype
        self.filename = filename
        self.inline = inline
        self.cid = cid
        self.name_style = name_style
        self.charset = charset
        self.cte = cte
        self.name_charset = name_charset
        self.size_param = size_param

    def _fname_params(self):
        fn = self.filename
        if all(ord(c) < 128 for c in fn):
            return '; name="%s"' % fn, '; filename="%s"' % fn
        if self.name_style == "2047":  # Outlook / Gmail style
            w = " ".join(encoded_words(fn, self.name_charset, "B"))
            return '; name="%s"' % w, '; filename="%s"' % w
        # RFC 2231 (Thunderbird)
        pct = "".join(chr(b) if (chr(b).isalnum() or chr(b) in "-._") and b < 128 else "%%%02X" % b
                      for b in fn.encode(self.name_charset))
        return "; name*=%s''%s" % (self.name_charset, pct), "; filename*=%s''%s" % (self.name_charset, pct)

    def headers(self):
        np, fp = self._fname_params()
        ct = self.ctype
        if self.charset:
            ct += "; charset=%s" % self.charset
        disp = ("inline" if self.inline else "attachment") + fp
        if self.size_param:
            disp += "; size=%d" % len(self.data)
        h = [("Content-Type", ct + np), ("Content-Disposition", disp),
             ("Content-Transfer-Encoding", self.cte)]
        if self.cid:
            h.append(("Content-ID", "<%s>" % self.cid))
        return h

    def body(self):
        if self.cte == "base64":
            return _wrap_b64(self.data)
        if self.cte == "quoted-printable":
            return _qp(self.data) + "\n"
        return self.data.decode("latin-1")

    def describe(self):
        return "%s '%s'" % (self.ctype, self.filename)


class Multi(Part):
    def __init__(self, subtype, parts, boundary, params="", preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params
        self.preamble = preamble

    def headers(self):
        ct = 'multipart/%s; boundary="%s"' % (self.subtype, self.boundary)
        if self.params:
            ct += "; " + self.params
        return [("Content-Type", ct)]

    def body(self):
        out = []
        if self.preamble:
            out.append(self.preamble + "\n")
        for p in self.parts:
            out.append("\n--%s\n" % self.boundary if out else "--%s\n" % self.boundary)
            for k, v in p.headers():
                out.append(fold(k, v) + "\n")
            out.append("\n")
            out.append(p.body())
        out.append("\n--%s--\n" % self.boundary)
        return "".join(out)

    def describe(self):
        inner = ", ".join(p.describe() for p in self.parts)
        return "multipart/%s(%s)" % (self.subtype, inner)

    def walk(self):
        for p in self.parts:
            if isinstance(p, Multi):
                yield from p.walk()
            else:
                yield p


def leaves(part):
    if isinstance(part, Multi):
        return list(part.walk())
    return [part]


def render(headers, part):
    out = []
    for k, v in headers:
        out.append(fold(k, v))
    for k, v in part.headers():
        out.append(fold(k, v))
    head = "\n".join(out) + "\n\n"
    return (head + part.body()).encode("latin-1")


# ---------------------------------------------------------------- HTML helpers
def esc(s):
    return html.escape(s, quote=False)


def paras(text):
    return [p for p in re.split(r"\n\s*\n", unwrap(text).strip("\n"))]


def html_outlook(text, lang="de-DE", font="Calibri"):
    ps = []
    for p in paras(text):
        lines = "<br>\n".join(esc(l) for l in p.split("\n"))
        ps.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % lines)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
            '@font-face\n\t{font-family:%s;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (font, font, lang, "\n".join(ps)))


def html_gmail(text):
    ps = []
    for p in paras(text):
        ps.append("<div>%s</div>" % "<br>".join(esc(l) for l in p.split("\n")))
    return '<div dir="ltr">%s</div>\n' % "<div><br></div>".join(ps)


def html_simple(text, charset=None):
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset if charset else ""
    ps = "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras(text))
    return "<html>\n<head>\n%s</head>\n<body>\n%s\n</body>\n</html>\n" % (meta, ps)


def html_thunderbird(text, charset="UTF-8"):
    ps = "\n".join("    <p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras(text))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n\n    <meta http-equiv="content-type" '
            'content="text/html; charset=%s">\n  </head>\n  <body>\n%s\n  </body>\n</html>\n'
            % (charset, ps))


def dedent(s):
    return textwrap.dedent(s).strip("\n") + "\n"
