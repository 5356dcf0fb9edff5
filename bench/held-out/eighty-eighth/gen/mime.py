"""Hand-rolled MIME writer so that charset, transfer encoding, header style and
boundaries are exactly what each sending system would produce."""
import base64
import html as _html
import quopri
import re

# ------------------------------------------------------------ headers
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(text, charset="utf-8", enc="B", force=False, first_offset=10):
    """RFC 2047 encoded words, each <= 75 chars, folded with CRLF-space."""
    if _is_ascii(text) and not force:
        return text
    prefix = "=?%s?%s?" % (charset, enc)
    maxlen = 75 - len(prefix) - 2 - first_offset
    words, cur = [], ""

    def enc_len(s):
        b = s.encode(charset)
        if enc == "B":
            return (len(b) + 2) // 3 * 4
        return sum(1 if (c in _Q_SAFE or c == 32) else 3 for c in b)

    def encode(s):
        b = s.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode()
        return "".join("_" if c == 32 else (chr(c) if c in _Q_SAFE else "=%02X" % c) for c in b)

    for ch in text:
        if enc_len(cur + ch) > maxlen:
            words.append(cur)
            maxlen = 75 - len(prefix) - 2
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join(prefix + encode(w) + "?=" for w in words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="B", quote=None):
    if not name:
        return "<%s>" % email if quote == "angle" else email
    if _is_ascii(name):
        if quote is True or (quote is None and any(c in _SPECIALS for c in name)):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


NOFOLD = {"Return-Path"}


def fold(name, value, width=78):
    """Fold a structured/unstructured header at whitespace (already folded
    values - containing newlines - are left alone)."""
    line = "%s: %s" % (name, value)
    if "\n" in value or len(line) <= width or name in NOFOLD:
        return line
    out, cur = [], ""
    for tok in line.split(" "):
        if cur.strip() and len(cur) + 1 + len(tok) > width:
            out.append(cur)
            cur = " " + tok
        else:
            cur = (cur + " " + tok) if cur else tok
    out.append(cur)
    return "\n".join(out)


# ------------------------------------------------------------ bodies
def encode_body(data, cte):
    """data: bytes with LF line ends. Returns encoded bytes (LF)."""
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data, quotetabs=False)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    if cte == "7bit":
        data.decode("ascii")
    if cte in ("7bit", "8bit"):
        for ln in data.split(b"\n"):
            if len(ln) > 990:
                raise ValueError("line too long for %s" % cte)
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


class Leaf:
    def __init__(self, headers, payload, info):
        self.headers = headers          # list of (name, value)
        self.payload = payload          # encoded bytes
        self.info = info                # dict for the manifest

    def render_payload(self):
        return self.payload

    def render(self):
        h = "\n".join(fold(n, v) for n, v in self.headers)
        return h.encode("ascii") + b"\n\n" + self.payload


class Multi:
    def __init__(self, subtype, parts, boundary=None, preamble=None, extra=None, ctype_params=""):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.ctype_params = ctype_params
        self.extra = list(extra or [])
        self.info = {"multipart": subtype}

    @property
    def headers(self):
        return [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (self.subtype, self.ctype_params, self.boundary))] + self.extra

    def render_payload(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for i, p in enumerate(self.parts):
            out += (b"\n" if i else b"") + b"--" + self.boundary.encode() + b"\n" + p.render()
            if not out.endswith(b"\n"):
                out += b"\n"
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out

    def render(self):
        h = "\n".join(fold(n, v) for n, v in self.headers)
        return h.encode("ascii") + b"\n\n" + self.render_payload()


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", quote_cs=True,
              flowed=False, extra=None, cs_label=None, delsp=False):
    """cs_label: how the charset is spelled in the header (e.g. 'UTF-8', 'Windows-1252')."""
    label = cs_label or charset
    data = text.replace("\r\n", "\n").encode(charset)
    ct = "text/%s; charset=%s" % (subtype, ('"%s"' % label) if quote_cs else label)
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra or [])
    return Leaf(headers, encode_body(data, cte), {"text": subtype, "charset": label.lower(), "cte": cte})


def attachment(data, ctype, filename, cte="base64", disposition="attachment", cid=None,
               name_charset="utf-8", style="std", extra=None, size_param=False, dates=None):
    """style: 'std' (RFC 2231 for non-ASCII), 'outlook' (encoded-word name, RFC 2231 filename)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if _is_ascii(filename):
        name_p = '; name="%s"' % filename
        fn_p = '; filename="%s"' % filename
    else:
        from urllib.parse import quote
        name_p = '; name="%s"' % ew(filename, name_charset, "B").replace("\n ", " ")
        fn_p = "; filename*=%s''%s" % (name_charset, quote(filename.encode(name_charset), safe=""))
    headers = [("Content-Type", ctype + name_p)]
    if style == "outlook":
        headers.append(("Content-Description", ew(filename, name_charset, "B").replace("\n ", " ")))
    disp = disposition + fn_p
    if size_param:
        disp += "; size=%d" % len(data)
    if dates:
        disp += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (dates, dates)
    headers.append(("Content-Disposition", disp))
    if cid:
        headers.append(("Content-ID", "<%s>" % cid))
    headers.append(("Content-Transfer-Encoding", cte))
    headers += list(extra or [])
    return Leaf(headers, encode_body(data, cte), {"attachment": filename, "ctype": ctype, "cte": cte, "size": len(data)})


def related_image(data, ctype, filename, cid, style="std"):
    return attachment(data, ctype, filename, disposition="inline", cid=cid, style=style)


def render_message(headers, body):
    """headers: list of (name, value) in order (top first), body: Leaf|Multi.
    Returns CRLF bytes."""
    h = "\n".join(fold(n, v) for n, v in headers)
    raw = h.encode("ascii") + b"\n" + body.render()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ------------------------------------------------------------ markup
# Mini markup used in message texts:
#   [[label|url]]   link (plain text shows "label <url>")
#   [[!label|url]]  button-styled link
#   **bold**
#   {{img:cid|alt}} inline image (plain text shows nothing / alt)
_LINK = re.compile(r"\[\[(!?)([^|\]]+)\|([^\]]+)\]\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_IMG = re.compile(r"\{\{img:([^|}]+)\|?([^}]*)\}\}")


def to_plain(text, link_style="angle"):
    def lk(m):
        label, url = m.group(2), m.group(3)
        if label == url:
            return url
        if link_style == "angle":
            return "%s <%s>" % (label, url)
        if link_style == "outlook":
            return "%s<%s>" % (label, url)
        if link_style == "bracket":
            return "%s [%s]" % (label, url)
        return "%s: %s" % (label, url)
    t = _LINK.sub(lk, text)
    t = _BOLD.sub(lambda m: m.group(1), t)
    t = _IMG.sub(lambda m: ("[%s]" % m.group(2)) if m.group(2) else "", t)
    return t


def _inline_html(s, button_style):
    s = _html.escape(s, quote=False)

    def lk(m):
        label, url = m.group(2), m.group(3)
        if m.group(1):
            return '<a href="%s" style="%s">%s</a>' % (_html.escape(url), button_style, label)
        return '<a href="%s">%s</a>' % (_html.escape(url), label)
    s = _LINK.sub(lk, s)
    s = _BOLD.sub(lambda m: "<b>%s</b>" % m.group(1), s)
    s = _IMG.sub(lambda m: '<img src="cid:%s" alt="%s" width="200">' % (m.group(1), m.group(2)), s)
    return s


BUTTON = ("display:inline-block;padding:10px 22px;background:#0067b8;color:#ffffff;"
          "text-decoration:none;font-weight:bold;border-radius:3px")


def to_html(text, style="outlook", charset="utf-8", lang="de", button_style=BUTTON, title=""):
    paras = text.strip("\n").split("\n\n")
    if style == "outlook":
        body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(_inline_html(l, button_style) for l in p.split("\n"))
                         + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (charset, {"en": "EN-GB"}.get(lang, lang.upper()), body)
    if style == "gmail":
        body = "".join("<div>%s</div><div><br></div>" % "<br>".join(_inline_html(l, button_style) for l in p.split("\n")) for p in paras)
        return '<div dir="ltr">%s</div>\n' % body
    if style == "thunderbird":
        body = "\n".join("    <p>%s</p>" % "<br>\n      ".join(_inline_html(l, button_style) for l in p.split("\n")) for p in paras)
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
                '  </head>\n  <body>\n%s\n  </body>\n</html>\n') % (charset.upper(), body)
    if style == "mail":  # generic web mailer / ESP template
        body = "\n".join('<p style="margin:0 0 14px 0">%s</p>' % "<br>\n".join(_inline_html(l, button_style) for l in p.split("\n")) for p in paras)
        return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="%s">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                '<title>%s</title>\n</head>\n<body style="margin:0;padding:0;background:#f3f4f6">\n'
                '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f4f6"><tr><td align="center" style="padding:24px 8px">\n'
                '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">\n'
                '<tr><td style="padding:28px 32px">\n%s\n</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n') % (lang, charset, _html.escape(title), body)
    raise ValueError(style)
