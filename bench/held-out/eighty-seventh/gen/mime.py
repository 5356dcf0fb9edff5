"""Hand-rolled MIME serialisation so that charset, transfer encoding,
boundaries and header folding are exactly what each sending system uses."""
import base64
import html as _html
import quopri
import re

CRLF = "\r\n"

# characters some legacy charsets lack -> what mailers substitute
_FALLBACK = {"„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'",
             "–": "-", "—": "-", "…": "...", "€": "EUR", "№": "N",
             "«": '"', "»": '"', "\u00a0": " ", "•": "*", "·": "*",
             "™": "(TM)", "©": "(c)", "→": "->", "✓": "v", "―": "-",
             "\u2009": " ", "\u202f": " "}


def encode_text(text, charset):
    cs = charset.lower()
    try:
        return text.encode(cs)
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in _FALLBACK:
                raise UnicodeEncodeError(cs, ch, 0, 1,
                                         "no fallback for %r in %s" % (ch, cs))
            out.append(_FALLBACK[ch])
    return "".join(out).encode(cs)


def roundtrip_text(text, charset):
    """The text as a reader will see it after decoding."""
    return encode_text(text, charset).decode(charset.lower())


# ---------------------------------------------------------- headers -------

def _q_chunk(ch, charset):
    out = []
    for b in ch.encode(charset):
        c = chr(b)
        if b == 0x20:
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_words(text, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded words (split on character boundaries)."""
    cs_label = charset
    cs = charset.lower()
    text = roundtrip_text(text, cs)
    prefix = "=?%s?%s?" % (cs_label, enc)
    room = maxlen - len(prefix) - 2
    words = []
    cur = ""
    for ch in text:
        trial = cur + ch
        if enc.upper() == "B":
            n = 4 * ((len(trial.encode(cs)) + 2) // 3)
        else:
            n = len("".join(_q_chunk(c, cs) for c in trial))
        if n > room and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for w in words:
        if enc.upper() == "B":
            payload = base64.b64encode(w.encode(cs)).decode()
        else:
            payload = "".join(_q_chunk(c, cs) for c in w)
        res.append(prefix + payload + "?=")
    return " ".join(res)


def needs_encoding(s):
    return any(ord(c) > 126 or ord(c) < 32 for c in s)


_SPECIALS = set('()<>[]:;@\\,."')


def phrase(name, charset, enc):
    if not name:
        return ""
    if needs_encoding(name):
        return encoded_words(name, charset, enc)
    if any(c in _SPECIALS for c in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return name


def address(name, addr, charset="utf-8", enc="B", quote_always=False):
    if not name:
        return addr if not quote_always else "<%s>" % addr
    p = phrase(name, charset, enc)
    if quote_always and not p.startswith('"') and not p.startswith("=?"):
        p = '"%s"' % p
    return "%s <%s>" % (p, addr)


def fold(name, value, width=78):
    """Fold a header at whitespace; continuation lines start with a space
    (or the whitespace that was there)."""
    if "\n" in value:        # pre-folded (e.g. Received)
        return name + ": " + value.replace("\r\n", "\n").replace("\n", CRLF)
    line = name + ": "
    out = []
    tokens = re.split(r"( )", value)
    cur = line
    i = 0
    words = [t for t in tokens if t != ""]
    pending_space = False
    for w in words:
        if w == " ":
            pending_space = True
            continue
        add = (" " if pending_space else "") + w
        if len(cur) + len(add) > width and cur.strip() and cur != line:
            out.append(cur)
            cur = " " + w
        else:
            cur += add
        pending_space = False
        i += 1
    out.append(cur)
    return CRLF.join(out)


# ------------------------------------------------------------ parts -------

class Text:
    def __init__(self, text, subtype="plain", charset="utf-8",
                 cte="quoted-printable", quote_charset=True, flowed=False,
                 extra=None, params=""):
        self.text = text
        self.subtype = subtype
        self.charset = charset
        self.cte = cte
        self.quote_charset = quote_charset
        self.flowed = flowed
        self.extra = extra or []
        self.params = params

    def ctype(self):
        return "text/" + self.subtype


class Attach:
    def __init__(self, data, ctype, filename=None, disposition="attachment",
                 cte="base64", cid=None, name_param=True, extra=None,
                 params="", fn_style="2231", size_param=False,
                 describe=None):
        self.data = data
        self.ctype_ = ctype
        self.filename = filename
        self.disposition = disposition
        self.cte = cte
        self.cid = cid
        self.name_param = name_param
        self.extra = extra or []
        self.params = params
        self.fn_style = fn_style
        self.size_param = size_param
        self.describe = describe

    def ctype(self):
        return self.ctype_


class Multi:
    def __init__(self, subtype, parts, params=""):
        self.subtype = subtype
        self.parts = parts
        self.params = params
        self.boundary = None

    def ctype(self):
        return "multipart/" + self.subtype


def _wrap_lines(text, cs):
    return text.replace("\r\n", "\n")


def _body_bytes(raw, cte):
    """raw: bytes with LF line ends.  Returns body bytes with CRLF."""
    if cte == "base64":
        enc = base64.encodebytes(raw.replace(b"\n", b"\r\n")) \
            if False else base64.encodebytes(raw)
        return enc.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw, quotetabs=False)
        # quopri leaves a lone '.' / 'From ' alone; that is fine for files
        return enc.replace(b"\n", b"\r\n")
    if cte in ("7bit", "8bit"):
        if cte == "7bit" and any(b > 127 for b in raw):
            raise ValueError("8-bit data in 7bit part")
        for ln in raw.split(b"\n"):
            if len(ln) > 990:
                raise ValueError("line too long for %s" % cte)
        return raw.replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text_body_raw(p):
    t = _wrap_lines(p.text, p.charset)
    if not t.endswith("\n"):
        t += "\n"
    return encode_text(t, p.charset)


def _filename_params(p):
    fn = p.filename
    out_ct = ""
    out_cd = ""
    if fn is None:
        return out_ct, out_cd
    if not needs_encoding(fn):
        q = '"%s"' % fn
        if p.name_param:
            out_ct = ";\r\n\tname=%s" % q
        out_cd = ";\r\n\tfilename=%s" % q
        return out_ct, out_cd
    if p.fn_style == "2047":          # Outlook / many webmailers
        ew = encoded_words(fn, "utf-8", "B")
        if p.name_param:
            out_ct = ';\r\n\tname="%s"' % ew
        out_cd = ';\r\n\tfilename="%s"' % ew
        return out_ct, out_cd
    # RFC 2231 (Thunderbird, Apple Mail)
    from urllib.parse import quote
    enc = quote(fn.encode("utf-8"), safe="")
    chunks = [enc[i:i + 60] for i in range(0, len(enc), 60)]
    if len(chunks) == 1:
        cd = ";\r\n filename*=UTF-8''" + chunks[0]
    else:
        cd = "".join(";\r\n filename*%d*=%s%s" % (i, "UTF-8''" if i == 0 else "", c)
                     for i, c in enumerate(chunks))
    if p.name_param:
        out_ct = ';\r\n name="%s"' % encoded_words(fn, "utf-8", "B")
    return out_ct, cd


def render(part, bgen, top_headers=None):
    """Returns bytes of the part: headers CRLF CRLF body.  top_headers are
    the message headers (already folded strings) placed before MIME ones."""
    lines = list(top_headers or [])
    if isinstance(part, Multi):
        part.boundary = bgen(part)
        lines.append('Content-Type: %s;%s\r\n\tboundary="%s"' %
                     (part.ctype(), part.params, part.boundary))
        head = CRLF.join(lines).encode("ascii") + b"\r\n\r\n"
        body = b""
        if top_headers is not None:
            body += b"This is a multi-part message in MIME format.\r\n"
        for sub in part.parts:
            body += b"\r\n--" + part.boundary.encode() + b"\r\n"
            body += render(sub, bgen)
        body += b"\r\n--" + part.boundary.encode() + b"--\r\n"
        return head + body
    if isinstance(part, Text):
        cs = ('"%s"' % part.charset) if part.quote_charset else part.charset
        ct = "Content-Type: %s; charset=%s" % (part.ctype(), cs)
        if part.flowed:
            ct += "; format=flowed"
        ct += part.params
        lines.append(ct)
        lines.append("Content-Transfer-Encoding: " + part.cte)
        lines += part.extra
        raw = text_body_raw(part)
        if part.cte == "base64":          # canonical form: CRLF before encoding
            raw = raw.replace(b"\n", b"\r\n")
        body = _body_bytes(raw, part.cte)
        return CRLF.join(lines).encode("ascii") + b"\r\n\r\n" + body
    # attachment
    ctp, cdp = _filename_params(part)
    ct = "Content-Type: " + part.ctype() + part.params + ctp
    lines.append(ct)
    if part.describe:
        lines.append("Content-Description: " + part.describe)
    if part.disposition:
        cd = "Content-Disposition: " + part.disposition + cdp
        if part.size_param:
            cd += ";\r\n\tsize=%d" % len(part.data)
        lines.append(cd)
    if part.cid:
        lines.append("Content-ID: <%s>" % part.cid)
    lines += part.extra
    lines.append("Content-Transfer-Encoding: " + part.cte)
    data = part.data
    if part.cte in ("7bit", "8bit", "quoted-printable"):
        data = data.replace(b"\r\n", b"\n")
    body = _body_bytes(data, part.cte)
    return CRLF.join(lines).encode("ascii") + b"\r\n\r\n" + body


# --------------------------------------------------------- text -> html ---

_LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def plain_links(text, style="angle"):
    def rep(m):
        label, url = m.group(1), m.group(2)
        if style == "angle":
            return "%s <%s>" % (label, url)
        if style == "outlook":
            return "%s<%s>" % (label, url)
        if style == "paren":
            return "%s ( %s )" % (label, url)
        if style == "colon":
            return "%s: %s" % (label, url)
        if style == "url":
            return url
        if style == "label":
            return label
        return label
    return _LINK.sub(rep, text)


def _inline_html(s):
    parts = []
    pos = 0
    for m in _LINK.finditer(s):
        parts.append(_html.escape(s[pos:m.start()], quote=False))
        parts.append('<a href="%s">%s</a>' % (_html.escape(m.group(2)),
                                              _html.escape(m.group(1), quote=False)))
        pos = m.end()
    parts.append(_html.escape(s[pos:], quote=False))
    out = "".join(parts)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    return out


def strip_marks(text):
    return re.sub(r"\*\*(.+?)\*\*", r"\1", text)


def paragraphs(text):
    return [p for p in text.replace("\r\n", "\n").split("\n\n")]


def html_outlook(text, charset, lang="DE", sig_img_cid=None, font="Calibri"):
    paras = []
    for p in paragraphs(text):
        for ln in p.split("\n"):
            paras.append('<p class="MsoNormal"><span style="font-size:11.0pt;'
                         'font-family:&quot;%s&quot;,sans-serif">%s</span></p>'
                         % (font, _inline_html(ln) or "&nbsp;"))
        paras.append('<p class="MsoNormal"><span style="font-size:11.0pt">'
                     '&nbsp;</span></p>')
    img = ""
    if sig_img_cid:
        img = ('<p class="MsoNormal"><img width="160" height="44" '
               'style="width:1.6666in;height:.4583in" id="Bild_x0020_1" '
               'src="cid:%s" alt="Logo"></p>' % sig_img_cid)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
            '@font-face\n\t{font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s\n</div>\n</body>\n</html>\n'
            % (charset, lang, "\n".join(paras), img))


def html_gmail(text):
    out = []
    for p in paragraphs(text):
        out.append("<div>" + "<br>".join(_inline_html(l) for l in p.split("\n"))
                   + "</div><div><br></div>")
    return '<div dir="ltr">' + "".join(out) + "</div>\n"


def html_simple(text, charset, lang="", font="Arial"):
    out = []
    for p in paragraphs(text):
        out.append("<p>" + "<br>\n".join(_inline_html(l) for l in p.split("\n"))
                   + "</p>")
    return ('<!DOCTYPE html>\n<html%s>\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=%s">\n</head>\n<body style="font-family:%s,'
            'sans-serif;font-size:10pt">\n%s\n</body>\n</html>\n'
            % (' lang="%s"' % lang if lang else "", charset, font, "\n".join(out)))


def html_brand(text, charset, brand, color="#0b5cab", button=None,
               footer="", logo_text=None, lang="", width=600, accent_bg="#f3f2f1"):
    """A transactional/newsletter layout.  button=(label, url)"""
    body = []
    for p in paragraphs(text):
        body.append('<p style="margin:0 0 14px 0;font-size:15px;line-height:22px;'
                    'color:#323130">' + "<br>".join(_inline_html(l) for l in p.split("\n"))
                    + "</p>")
    btn = ""
    if button:
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0" border="0">'
               '<tr><td style="background:%s;border-radius:4px;padding:12px 28px">'
               '<a href="%s" style="color:#ffffff;text-decoration:none;font-weight:bold;'
               'font-size:15px">%s</a></td></tr></table>'
               % (color, _html.escape(button[1]), _html.escape(button[0], quote=False)))
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"%s>\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:%s">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" '
            'border="0" style="background:%s"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" '
            'style="background:#ffffff;font-family:Segoe UI,Helvetica,Arial,sans-serif">\n'
            '<tr><td style="background:%s;padding:18px 32px;color:#ffffff;font-size:20px;'
            'font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:28px 32px 8px 32px">\n%s\n</td></tr>\n'
            '<tr><td style="padding:0 32px 28px 32px">%s</td></tr>\n'
            '<tr><td style="padding:16px 32px;border-top:1px solid #edebe9;font-size:11px;'
            'line-height:16px;color:#605e5c">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n'
            % (' lang="%s"' % lang if lang else "", charset,
               _html.escape(brand), accent_bg, accent_bg, width, color,
               _html.escape(logo_text or brand, quote=False), "\n".join(body), btn,
               "<br>".join(_inline_html(l) for l in footer.split("\n"))))
