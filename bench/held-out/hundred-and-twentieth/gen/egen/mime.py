"""MIME tree with byte-exact serialisation in the styles of common mail clients."""
import base64
import html as _html
import urllib.parse

from . import util


class Part:
    def __init__(self, ctype, *, text=None, data=None, charset=None, cte=None, params=None,
                 children=None, boundary=None, filename=None, disposition=None, cid=None,
                 extra=None, style="default", preamble=None, desc=None, size_dates=None,
                 name_param=True, inner_bytes=None):
        self.ctype = ctype
        self.text = text
        self.data = data
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.children = children or []
        self.boundary = boundary
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.extra = extra or []
        self.style = style
        self.preamble = preamble
        self.desc = desc
        self.size_dates = size_dates
        self.name_param = name_param
        self.inner_bytes = inner_bytes  # for message/rfc822

    # ------------------------------------------------------------
    def is_multi(self):
        return self.ctype.startswith("multipart/")

    def raw_payload(self):
        if self.text is not None:
            return util.to_crlf(self.text).encode(self.charset)
        return self.data

    def _fname_params(self, key):
        fn = self.filename
        st = self.style
        if util._is_ascii(fn):
            return '%s="%s"' % (key, fn)
        if st in ("thunderbird", "rfc2231"):
            q = urllib.parse.quote(fn.encode("utf-8"), safe="")
            if len(q) + len(key) + 12 > 70:
                chunks = []
                i = 0
                while i < len(q):
                    j = min(len(q), i + 56)
                    while j < len(q) and q[j - 1] == "%":
                        j -= 1
                    while j < len(q) and q[j - 2:j - 1] == "%":
                        j -= 2
                    chunks.append(q[i:j])
                    i = j
                return ";\r\n ".join("%s*%d*=%s%s" % (key, n, "UTF-8''" if n == 0 else "", c) for n, c in enumerate(chunks))
            return "%s*=UTF-8''%s" % (key, q)
        words = util.ew(fn, "utf-8", "B" if st in ("gmail", "outlook") else "Q", "UTF-8" if st == "gmail" else "utf-8")
        return '%s="%s"' % (key, "\r\n ".join(words) if len(words) > 1 else words[0])

    def headers(self):
        h = []
        ct = self.ctype
        params = list(self.params)
        if self.is_multi():
            params.append(("boundary", '"%s"' % self.boundary))
        elif self.charset and self.ctype.startswith("text/"):
            params.insert(0, ("charset", self._cs_quote()))
        pstr = "".join("; %s=%s" % (k, v) for k, v in params)
        if self.filename and self.name_param:
            pstr += ";\r\n\t" + self._fname_params("name") if self.style == "outlook" else "; " + self._fname_params("name")
        ctline = ct + pstr
        if len("Content-Type: " + ctline) > 78 and "\r\n" not in ctline and self.is_multi():
            ctline = ct + ";\r\n\t" + "; ".join("%s=%s" % (k, v) for k, v in params)
        h.append(("Content-Type", ctline))
        disp = None
        if self.disposition:
            disp = self.disposition
            if self.filename:
                disp += "; " + self._fname_params("filename")
            if self.size_dates and self.style == "outlook":
                sz, dstr = self.size_dates
                disp += "; size=%d;\r\n\tcreation-date=\"%s\";\r\n\tmodification-date=\"%s\"" % (sz, dstr, dstr)
        if self.style == "outlook":
            if self.desc:
                h.append(("Content-Description", self.desc))
            if disp:
                h.append(("Content-Disposition", disp))
            if self.cid:
                h.append(("Content-ID", "<%s>" % self.cid))
            if self.cte:
                h.append(("Content-Transfer-Encoding", self.cte))
        elif self.style == "gmail":
            if disp:
                h.append(("Content-Disposition", disp))
            if self.cte:
                h.append(("Content-Transfer-Encoding", self.cte))
            if self.cid:
                h.append(("Content-ID", "<%s>" % self.cid))
        else:
            if self.cte:
                h.append(("Content-Transfer-Encoding", self.cte))
            if disp:
                h.append(("Content-Disposition", disp))
            if self.cid:
                h.append(("Content-ID", "<%s>" % self.cid))
            if self.desc:
                h.append(("Content-Description", self.desc))
        h += self.extra
        return h

    def _cs_quote(self):
        if self.style in ("outlook", "thunderbird", "quoted"):
            return '"%s"' % self.charset
        return self.charset

    def body_bytes(self):
        if self.is_multi():
            out = b""
            if self.preamble:
                out += util.to_crlf(self.preamble).encode() + b"\r\n"
            for c in self.children:
                out += b"--" + self.boundary.encode() + b"\r\n" + c.serialize() + b"\r\n"
            out += b"--" + self.boundary.encode() + b"--\r\n"
            return out
        if self.ctype == "message/rfc822":
            return self.inner_bytes
        return util.encode_body(self.raw_payload(), self.charset or "ascii", self.cte or "7bit")

    def serialize(self):
        hb = "".join(util.fold(k, v) + "\r\n" for k, v in self.headers()).encode("ascii")
        return hb + b"\r\n" + self.body_bytes()

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


# ---------------------------------------------------------------- constructors
def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", style="default", params=None):
    return Part("text/" + subtype, text=body, charset=charset, cte=cte, style=style, params=params)


def attachment(data, ctype, filename, style="default", cte="base64", cid=None, inline=False,
               size_dates=None, extra=None, desc=None):
    return Part(ctype, data=data, cte=cte, filename=filename, style=style,
                disposition="inline" if inline else "attachment", cid=cid, size_dates=size_dates,
                extra=extra, desc=desc)


def multi(sub, children, boundary, style="default", preamble=None, params=None):
    return Part("multipart/" + sub, children=children, boundary=boundary, style=style, preamble=preamble,
                params=params)


def rfc822(inner_bytes, filename=None, style="default"):
    p = Part("message/rfc822", inner_bytes=inner_bytes, style=style, filename=filename,
             disposition="attachment" if filename else None, name_param=bool(filename))
    return p


# ---------------------------------------------------------------- HTML helpers
def esc(s):
    return _html.escape(s, quote=False)


def linkify(s):
    """Escape text and turn bare https URLs into anchors."""
    out = []
    for tok in s.split(" "):
        if tok.startswith("https://") or tok.startswith("http://"):
            trail = ""
            while tok and tok[-1] in ".,;:)":
                trail = tok[-1] + trail
                tok = tok[:-1]
            out.append('<a href="%s">%s</a>%s' % (_html.escape(tok), esc(tok), esc(trail)))
        else:
            out.append(esc(tok))
    return " ".join(out)


def outlook_html(plain, lang="DE", font="Calibri", sig_html=None, charset="utf-8"):
    """Word-generated HTML as Outlook desktop writes it."""
    paras = []
    for line in plain.split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % linkify(line))
    body = "\r\n".join(paras)
    if sig_html:
        body += "\r\n" + sig_html
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\r\n<head>\r\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n' % charset +
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n'
            '<style><!--\r\n/* Font Definitions */\r\n@font-face\r\n\t{font-family:"Cambria Math";\r\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\r\n'
            '@font-face\r\n\t{font-family:Aptos;}\r\n/* Style Definitions */\r\np.MsoNormal, li.MsoNormal, div.MsoNormal\r\n'
            '\t{margin:0cm;\r\n\tfont-size:11.0pt;\r\n\tfont-family:"%s",sans-serif;\r\n\tmso-ligatures:standardcontextual;\r\n\tmso-fareast-language:EN-US;}\r\n'
            'a:link, span.MsoHyperlink\r\n\t{mso-style-priority:99;\r\n\tcolor:#467886;\r\n\ttext-decoration:underline;}\r\n'
            'span.E-MailFormatvorlage17\r\n\t{mso-style-type:personal-compose;\r\n\tfont-family:"%s",sans-serif;\r\n\tcolor:windowtext;}\r\n'
            '.MsoChpDefault\r\n\t{mso-style-type:export-only;\r\n\tfont-size:10.0pt;\r\n\tmso-ligatures:none;}\r\n'
            '@page WordSection1\r\n\t{size:612.0pt 792.0pt;\r\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\r\n'
            'div.WordSection1\r\n\t{page:WordSection1;}\r\n--></style><!--[if gte mso 9]><xml>\r\n'
            '<o:shapedefaults v:ext="edit" spidmax="1026" />\r\n</xml><![endif]--><!--[if gte mso 9]><xml>\r\n'
            '<o:shapelayout v:ext="edit">\r\n<o:idmap v:ext="edit" data="1" />\r\n</o:shapelayout></xml><![endif]-->\r\n'
            '</head>\r\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\r\n'
            '<div class="WordSection1">\r\n%s\r\n</div>\r\n</body>\r\n</html>\r\n' % (font, font, lang, body))


def gmail_html(plain):
    """Gmail web composer HTML."""
    blocks = []
    for line in plain.split("\n"):
        if line.strip() == "":
            blocks.append("<div><br></div>")
        else:
            blocks.append("<div>%s</div>" % linkify(line))
    return '<div dir="ltr">%s</div>\r\n' % "".join(blocks)


def simple_html(plain, font="Arial, sans-serif", size="10pt"):
    lines = []
    for line in plain.split("\n"):
        lines.append(linkify(line) if line.strip() else "")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family:%s;font-size:%s">\r\n%s\r\n</body></html>\r\n'
            % (font, size, "<br>\r\n".join(lines)))


def tb_html(plain, charset="UTF-8"):
    lines = [linkify(l) for l in plain.split("\n")]
    return ('<!DOCTYPE html>\r\n<html>\r\n  <head>\r\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n'
            '  </head>\r\n  <body>\r\n    <p>%s</p>\r\n  </body>\r\n</html>\r\n' % (charset, "<br>\r\n      ".join(lines)))
