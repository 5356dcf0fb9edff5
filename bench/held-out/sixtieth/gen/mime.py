"""Hand-rolled MIME building so that charset, transfer encoding, boundary
style and header encoding are exactly as a given mail client would produce.
Everything is built with LF and converted to CRLF at the end."""
import base64
import html
import re

# ---------------------------------------------------------------- encodings

def qp_encode(data, binary=False):
    """Quoted-printable (RFC 2045) of bytes with LF line ends."""
    out_lines = []
    for line in data.split(b"\n"):
        enc = []
        for i, b in enumerate(line):
            c = bytes([b])
            if b in (0x20, 0x09):
                enc.append(c if i < len(line) - 1 else b"=%02X" % b)
            elif 33 <= b <= 126 and b != 61:
                enc.append(c)
            else:
                enc.append(b"=%02X" % b)
        # soft-wrap at 76
        cur = b""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out_lines.append(cur + b"=")
                cur = b""
            cur += tok
        out_lines.append(cur)
    return b"\n".join(out_lines)


def b64_lines(data, width=76):
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + width] for i in range(0, len(s), width))


def encoded_words(text, charset="utf-8", mode="B", first_room=60, csname=None):
    """RFC 2047 encoded words; returns list of words (caller joins with
    '\\n ' folding).  Splits on character boundaries."""
    csname = csname or charset
    words, cur = [], ""
    prefix = "=?%s?%s?" % (csname, mode)

    def enc(s):
        b = s.encode(charset)
        if mode == "B":
            return base64.b64encode(b).decode()
        o = ""
        for x in b:
            ch = chr(x)
            if ch == " ":
                o += "_"
            elif x < 128 and (ch.isalnum() or ch in "!*+-/"):
                o += ch
            else:
                o += "=%02X" % x
        return o
    limit = 75 - len(prefix) - 2
    for ch in text:
        if len(enc(cur + ch)) > limit:
            words.append(prefix + enc(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return words


def hdr_text(text, charset="utf-8", mode="B", csname=None):
    """Header value: plain if ASCII, else encoded words folded."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return "\n ".join(encoded_words(text, charset, mode, csname=csname))


def hdr_text_partial(text, charset="utf-8", mode="Q", csname=None):
    """Encode only the non-ASCII words (Thunderbird / Outlook style mixing)."""
    toks = text.split(" ")
    out, run = [], []

    def flush():
        if run:
            out.append("\n ".join(encoded_words(" ".join(run), charset, mode, csname=csname)))
            run.clear()
    for t in toks:
        if all(ord(c) < 128 for c in t):
            flush()
            out.append(t)
        else:
            run.append(t)
    flush()
    # adjacent ascii words following an encoded word need a space that survives
    return " ".join(out)


def addr(name, email, charset="utf-8", mode="B", quote=True, csname=None):
    if not name:
        return email if not quote else "<%s>" % email
    try:
        name.encode("ascii")
        if re.search(r'[,.;:@()<>\[\]"]', name):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % ("\n ".join(encoded_words(name, charset, mode, csname=csname)), email)


def fold(name, value, width=78):
    """Fold an unstructured ASCII header at spaces."""
    if "\n" in value:
        return "%s: %s" % (name, value)
    line = "%s: " % name
    out = []
    for w in value.split(" "):
        if len(line) + len(w) + 1 > width and line.strip() != name + ":":
            out.append(line.rstrip())
            line = " " + w + " "
        else:
            line += w + " "
    out.append(line.rstrip())
    return "\n".join(out)


def flow(text, width=72):
    """RFC 3676 format=flowed: soft-wrap long lines with trailing space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------- parts

class Part:
    def headers_bytes(self, hdrs):
        return "".join("%s\n" % h for h in hdrs).encode("ascii")


class Text(Part):
    def __init__(self, body, subtype="plain", charset="utf-8", cte="quoted-printable",
                 flowed=False, delsp=False, quote_charset=True, csname=None, extra=None,
                 cs_case=None, hardwrap=None):
        self.body, self.subtype, self.charset, self.cte = body, subtype, charset, cte
        self.flowed, self.delsp, self.quote_cs = flowed, delsp, quote_charset
        self.csname = csname or charset
        self.extra = extra or []
        self.hardwrap = hardwrap

    def ctype(self):
        return "text/" + self.subtype

    def render(self):
        cs = ('"%s"' % self.csname) if self.quote_cs else self.csname
        ct = "Content-Type: text/%s; charset=%s" % (self.subtype, cs)
        if self.flowed:
            ct += "; format=flowed" + ("; delsp=yes" if self.delsp else "")
        body = flow(self.body) if self.flowed else self.body
        if self.hardwrap:
            body = "\n".join(l.rstrip(" ") for l in flow(body, self.hardwrap).split("\n"))
        data = body.encode(self.charset)
        if self.cte == "base64":
            payload = b64_lines(data.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n")
        elif self.cte == "quoted-printable":
            payload = qp_encode(data)
        elif self.cte == "7bit":
            data.decode("ascii")
            payload = data
        else:
            payload = data
        hdrs = [ct, "Content-Transfer-Encoding: %s" % self.cte] + self.extra
        return self.headers_bytes(hdrs) + b"\n" + payload

    def describe(self):
        return "text/%s" % self.subtype

    def text_parts(self):
        return [self]


class Attachment(Part):
    def __init__(self, data, ctype, filename=None, disposition="attachment", cid=None,
                 name_charset="utf-8", name_mode="B", extra=None, cte="base64",
                 rfc2231=False, size_param=False, inline_name=True, csname=None):
        self.data, self.ct, self.filename = data, ctype, filename
        self.disp, self.cid, self.extra, self.cte = disposition, cid, extra or [], cte
        self.name_charset, self.name_mode = name_charset, name_mode
        self.rfc2231, self.size_param, self.inline_name = rfc2231, size_param, inline_name
        self.csname = csname

    def _fn(self):
        fn = self.filename
        try:
            fn.encode("ascii")
            return '"%s"' % fn, '"%s"' % fn, False
        except UnicodeEncodeError:
            words = encoded_words(fn, self.name_charset, self.name_mode, csname=self.csname)
            return '"%s"' % "\n ".join(words), '"%s"' % "\n ".join(words), True

    def render(self):
        hdrs = []
        ct = "Content-Type: %s" % self.ct
        if self.filename:
            nm, fn, nonascii = self._fn()
            if self.inline_name:
                ct += ";\n\tname=%s" % nm
            if self.rfc2231 and nonascii:
                from urllib.parse import quote
                fnp = "filename*=utf-8''%s" % quote(self.filename.encode("utf-8"))
            else:
                fnp = "filename=%s" % fn
            disp = "Content-Disposition: %s;\n\t%s" % (self.disp, fnp)
            if self.size_param:
                disp += "; size=%d" % len(self.data)
        else:
            disp = "Content-Disposition: %s" % self.disp if self.disp else None
        hdrs.append(ct)
        if self.cid:
            hdrs.append("Content-ID: <%s>" % self.cid)
        if disp:
            hdrs.append(disp)
        hdrs += self.extra
        hdrs.append("Content-Transfer-Encoding: %s" % self.cte)
        if self.cte == "base64":
            payload = b64_lines(self.data)
        elif self.cte == "quoted-printable":
            payload = qp_encode(self.data.replace(b"\r\n", b"\n"))
        else:
            payload = self.data
        return self.headers_bytes(hdrs) + b"\n" + payload

    def describe(self):
        return "%s %s" % (self.ct.split(";")[0], ("'%s'" % self.filename) if self.filename else "(inline, cid)")

    def text_parts(self):
        return []


class Multipart(Part):
    def __init__(self, subtype, parts, boundary, preamble=None, extra_params="", extra=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.preamble, self.extra_params = preamble, extra_params
        self.extra = extra or []

    def ctype(self):
        return "multipart/" + self.subtype

    def render(self):
        b = self.boundary.encode()
        hdrs = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (self.subtype, self.extra_params, self.boundary)] + self.extra
        out = self.headers_bytes(hdrs) + b"\n"
        if self.preamble:
            out += self.preamble.encode() + b"\n"
        for p in self.parts:
            out += b"\n--" + b + b"\n" + p.render()
        out += b"\n--" + b + b"--\n"
        return out

    def describe(self):
        return "multipart/%s(%s)" % (self.subtype, ", ".join(p.describe() for p in self.parts))

    def text_parts(self):
        r = []
        for p in self.parts:
            r += p.text_parts()
        return r


def render_message(headers, body):
    """headers: list of already formatted header strings (may contain \\n + ws
    folding).  body: a Part.  Returns CRLF bytes."""
    top = "".join(h + "\n" for h in headers).encode("ascii")
    data = top + body.render()
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- light markup
LINK = re.compile(r"\[\[(BUTTON:)?([^|\]]+)\|([^\]]+)\]\]")


def to_plain(text, style="angle"):
    def rep(m):
        label, url = m.group(2), m.group(3)
        if style == "bare" or label == url:
            return url if label == url else "%s: %s" % (label, url)
        if style == "bracket":
            return "%s [%s]" % (label, url)
        return "%s <%s>" % (label, url)
    return LINK.sub(rep, text)


def to_html_inline(text, button_color="#0067b8", link_color="#0563C1"):
    out, pos = [], 0
    for m in LINK.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        label, url = m.group(2), m.group(3)
        if m.group(1):
            out.append('<a href="%s" style="display:inline-block;background:%s;color:#ffffff;'
                       'padding:11px 26px;text-decoration:none;border-radius:3px;font-weight:600">%s</a>'
                       % (html.escape(url), button_color, html.escape(label)))
        else:
            out.append('<a href="%s" style="color:%s">%s</a>' % (html.escape(url), link_color, html.escape(label)))
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def paras(text):
    return [p for p in text.strip("\n").split("\n\n")]


def html_outlook(text, charset="iso-8859-1", lang="DE", font="Calibri", quoted=None):
    """Outlook (Word engine) style HTML."""
    body = []
    for p in paras(text):
        inner = "<br>\n".join(to_html_inline(l) for l in p.split("\n"))
        body.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % inner)
    q = ""
    if quoted:
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             '<p class="MsoNormal">%s</p></div>\n' % "<br>\n".join(html.escape(l) for l in quoted.split("\n")))
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:%s;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"%s",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
%s
%s</div>
</body>
</html>
""" % (charset, font, font, lang, "\n".join(body), q))


def html_gmail(text):
    ps = []
    for p in paras(text):
        ps.append("<div>%s</div>" % "<br>".join(to_html_inline(l) for l in p.split("\n")))
    return '<div dir="ltr">%s</div>\n' % "<div><br></div>".join(ps)


def html_simple(text, charset="utf-8", font="Arial, Helvetica, sans-serif", size="10pt"):
    ps = []
    for p in paras(text):
        ps.append("<p>%s</p>" % "<br>\n".join(to_html_inline(l) for l in p.split("\n")))
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:%s; font-size:%s">\n%s\n</body>\n</html>\n' % (charset, font, size, "\n".join(ps)))


def html_branded(title, text, brand="#0067b8", header="", footer="", logo_text="", lang="en",
                 charset="utf-8", width=600, extra_top=""):
    """Transactional-mail style table layout."""
    ps = []
    for p in paras(text):
        ps.append('<p style="margin:0 0 16px 0;font-size:15px;line-height:22px;color:#222222">%s</p>'
                  % "<br>".join(to_html_inline(l, button_color=brand) for l in p.split("\n")))
    foot = "".join('<p style="margin:0 0 8px 0;font-size:12px;line-height:17px;color:#777777">%s</p>'
                   % to_html_inline(l) for l in footer.split("\n") if l) if footer else ""
    return """<!DOCTYPE html>
<html lang="%s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
</head>
<body style="margin:0;padding:0;background:#f3f3f3">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f3f3">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Segoe UI',Arial,Helvetica,sans-serif">
<tr><td style="padding:22px 32px;border-bottom:4px solid %s;font-size:20px;font-weight:600;color:%s">%s</td></tr>
%s<tr><td style="padding:28px 32px 12px 32px">
%s
</td></tr>
<tr><td style="padding:16px 32px 28px 32px;border-top:1px solid #e5e5e5">
%s
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
""" % (lang, charset, html.escape(title), width, brand, brand, html.escape(logo_text or header),
       extra_top, "\n".join(ps), foot)
