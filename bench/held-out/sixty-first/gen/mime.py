"""Hand-rolled MIME serializer: full control of header order, charsets,
transfer encodings, encoded words, boundaries. Output uses CRLF."""
import base64
import html as _html
import re

CRLF = "\r\n"


# ---------------------------------------------------------------- encodings
def qp_encode(data, header=False):
    """Quoted-printable for body bytes already normalized to CRLF lines."""
    out_lines = []
    for line in data.split(b"\r\n"):
        toks = []
        for i, c in enumerate(line):
            last = i == len(line) - 1
            if (33 <= c <= 126 and c != 61) or (c in (32, 9) and not last):
                toks.append(chr(c))
            else:
                toks.append("=%02X" % c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out_lines.append(cur + "=")
                cur = ""
            cur += t
        out_lines.append(cur)
    return "\r\n".join(out_lines).encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


def ew(text, charset="utf-8", enc="Q", maxlen=75):
    """RFC 2047 encoded words, split on character boundaries. Like real
    clients, falls back to UTF-8 when the preferred charset cannot hold the text."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "UTF-8" if charset.upper() == charset else "utf-8"
    pre = "=?%s?%s?" % (charset, enc)
    words = []
    cur = ""

    def encoded(s):
        b = s.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode("ascii")
        o = ""
        for c in b:
            if c == 32:
                o += "_"
            elif (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or chr(c) in "!*+-/":
                o += chr(c)
            else:
                o += "=%02X" % c
        return o
    for ch in text:
        if len(pre) + len(encoded(cur + ch)) + 2 > maxlen:
            words.append(pre + encoded(cur) + "?=")
            cur = ""
        cur += ch
    if cur:
        words.append(pre + encoded(cur) + "?=")
    return " ".join(words)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr_text(text, charset="utf-8", enc="Q"):
    return text if is_ascii(text) else ew(text, charset, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="Q", quote=None):
    if not name:
        return email
    if is_ascii(name):
        if quote or (quote is None and any(c in _SPECIALS for c in name)):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc), email)


def fold(name, value):
    if "\r\n" in value:
        return "%s: %s" % (name, value)
    line = name + ":"
    out = []
    for tok in value.split(" "):
        if len(line) + 1 + len(tok) > 78 and line.strip() and line != name + ":":
            out.append(line)
            line = " " + tok
        else:
            line += " " + tok
    out.append(line)
    return "\r\n".join(out)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, parts=None, boundary=None,
                 filename=None, disp=None, cid=None, fname_style="2231", fname_charset="utf-8",
                 ct_params="", qcs=True, flowed=False, extra=None, preamble=None,
                 name_param=True, desc=None, size_param=False):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.parts, self.boundary = parts, boundary
        self.filename, self.disp, self.cid = filename, disp, cid
        self.fname_style, self.fname_charset = fname_style, fname_charset
        self.ct_params, self.qcs, self.flowed = ct_params, qcs, flowed
        self.extra = extra or []
        self.preamble = preamble
        self.name_param, self.desc, self.size_param = name_param, desc, size_param

    # -- helpers for manifest
    def walk(self):
        yield self
        for p in self.parts or []:
            yield from p.walk()

    def _fname_params(self, key):
        fn = self.filename
        if is_ascii(fn):
            return '%s="%s"' % (key, fn)
        if self.fname_style == "2047":
            return '%s="%s"' % (key, ew(fn, self.fname_charset, "B"))
        from urllib.parse import quote
        return "%s*=%s''%s" % (key, self.fname_charset, quote(fn.encode(self.fname_charset), safe=""))

    def headers(self):
        h = []
        if self.parts is not None:
            ct = '%s; boundary="%s"' % (self.ctype, self.boundary)
            if self.ct_params:
                ct = '%s;\r\n\t%s;\r\n\tboundary="%s"' % (self.ctype, self.ct_params, self.boundary)
            h.append(("Content-Type", ct))
            return h
        ct = self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset if self.qcs else "; charset=%s" % self.charset
        if self.flowed:
            ct += "; format=flowed"
        if self.ct_params:
            ct += "; " + self.ct_params
        if self.filename and self.name_param:
            if is_ascii(self.filename) or self.fname_style == "2047":
                ct += ";\r\n\t" + self._fname_params("name")
            else:
                ct += ';\r\n\tname="%s"' % ew(self.filename, self.fname_charset, "B")
        h.append(("Content-Type", ct))
        if self.desc:
            h.append(("Content-Description", hdr_text(self.desc, self.fname_charset, "B")))
        if self.disp:
            d = self.disp
            if self.filename:
                d += ";\r\n\t" + self._fname_params("filename")
            if self.size_param:
                d += "; size=%d" % len(self._raw())
            h.append(("Content-Disposition", d))
        h.append(("Content-Transfer-Encoding", self.cte))
        if self.cid:
            h.append(("Content-ID", "<%s>" % self.cid))
        h.extend(self.extra)
        return h

    def _raw(self):
        if isinstance(self.body, str):
            txt = self.body.replace("\r\n", "\n")
            if self.flowed:
                txt = flow(txt)
            txt = txt.replace("\n", "\r\n")
            return txt.encode(self.charset)        # strict on purpose
        return self.body

    def encoded_body(self):
        raw = self._raw()
        if self.cte == "base64":
            return b64_encode(raw)
        if self.cte == "quoted-printable":
            return qp_encode(raw)
        if self.cte in ("7bit", "8bit"):
            if self.cte == "7bit":
                raw.decode("ascii")
            for ln in raw.split(b"\r\n"):
                assert len(ln) <= 998, "line too long for %s" % self.cte
            return raw
        raise ValueError(self.cte)

    def serialize(self):
        out = bytearray()
        for k, v in self.headers():
            out += fold(k, v).encode("ascii") + b"\r\n"
        out += b"\r\n"
        out += self.serialize_body()
        return bytes(out)

    def serialize_body(self):
        out = bytearray()
        if self.parts is not None:
            if self.preamble:
                out += self.preamble.encode("ascii") + b"\r\n"
            for p in self.parts:
                out += b"\r\n--" + self.boundary.encode() + b"\r\n" if out else \
                    b"--" + self.boundary.encode() + b"\r\n"
                out += p.serialize()
            out += b"\r\n--" + self.boundary.encode() + b"--\r\n"
            return bytes(out)
        b = self.encoded_body()
        if not b.endswith(b"\r\n"):
            b += b"\r\n"
        return b


def flow(txt, width=72):
    """format=flowed (RFC 3676) soft wrapping with trailing spaces."""
    out = []
    for line in txt.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" "))
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


# ---------------------------------------------------------------- html helpers
def esc(s):
    return _html.escape(s, quote=False)


def linkify(s):
    s = esc(s)
    return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)


def paras(text):
    return [p for p in text.strip("\n").split("\n\n")]


def html_outlook(text, lang="DE", charset="iso-8859-1", font="Calibri", sig_html=""):
    body = []
    for p in paras(text):
        lines = [linkify(l) for l in p.split("\n")]
        body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\r\n".join(lines))
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\r\n<head>\r\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n'
            '<style><!--\r\n/* Font Definitions */\r\n@font-face\r\n\t{font-family:"Cambria Math";\r\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\r\n'
            '@font-face\r\n\t{font-family:%s;\r\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\r\n'
            '/* Style Definitions */\r\np.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{margin:0cm;\r\n\tfont-size:11.0pt;\r\n'
            '\tfont-family:"%s",sans-serif;\r\n\tmso-ligatures:standardcontextual;\r\n\tmso-fareast-language:EN-US;}\r\n'
            'a:link, span.MsoHyperlink\r\n\t{mso-style-priority:99;\r\n\tcolor:#0563C1;\r\n\ttext-decoration:underline;}\r\n'
            '.MsoChpDefault\r\n\t{mso-style-type:export-only;\r\n\tfont-size:10.0pt;\r\n\tmso-ligatures:none;}\r\n'
            '@page WordSection1\r\n\t{size:612.0pt 792.0pt;\r\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\r\n'
            'div.WordSection1\r\n\t{page:WordSection1;}\r\n--></style>\r\n</head>\r\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\r\n'
            '<div class="WordSection1">\r\n%s\r\n%s</div>\r\n</body>\r\n</html>\r\n'
            % (charset, font, font, lang, "\r\n".join(body), sig_html))


def html_gmail(text):
    out = []
    for p in paras(text):
        for l in p.split("\n"):
            out.append("<div>%s</div>" % (linkify(l) or "<br>"))
        out.append("<div><br></div>")
    if out:
        out.pop()
    return '<div dir="ltr">%s</div>\r\n' % "".join(out)


def html_tb(text, charset="UTF-8"):
    out = []
    for p in paras(text):
        out.append("<p>%s</p>" % "<br>\r\n".join(linkify(l) for l in p.split("\n")))
    return ('<!DOCTYPE html>\r\n<html>\r\n  <head>\r\n\r\n    <meta http-equiv="content-type" '
            'content="text/html; charset=%s">\r\n  </head>\r\n  <body>\r\n    %s\r\n  </body>\r\n</html>\r\n'
            % (charset, "\r\n    ".join(out)))


def html_apple(text):
    out = []
    for p in paras(text):
        out.append("<div>%s</div><div><br></div>" % "<br>".join(linkify(l) for l in p.split("\n")))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '%s</body></html>' % "".join(out))


def html_simple(text, charset="utf-8"):
    out = []
    for p in paras(text):
        out.append("<p>%s</p>" % "<br />\r\n".join(linkify(l) for l in p.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s" /></head>'
            '<body style="font-family: Arial, sans-serif; font-size: 13px;">\r\n%s\r\n</body></html>'
            % (charset, "\r\n".join(out)))


# ---------------------------------------------------------------- message
class Mail:
    def __init__(self, folder, lang, slug, what, why, pair=None):
        self.folder, self.lang, self.slug = folder, lang, slug
        self.what, self.why, self.pair = what, why, pair
        self.return_path = None
        self.rcpt = None
        self.client = None          # (helo, rdns or None, ip)
        self.tls = "TLSv1.3"
        self.arrival = None         # UTC datetime at mx01
        self.received = []          # sender side hops, newest first (raw values)
        self.hdrs = []              # (name, value) in order; ("__CT__", None) marks MIME position
        self.body = None
        self.qid = None
        self.ctx = None
        self.notes = ""

    def build(self):
        from util import rfcdate
        out = []
        out.append(("Return-Path", "<%s>" % self.return_path))
        helo, rdns, ip = self.client
        v = "from %s (%s [%s])" % (helo, rdns or "unknown", ip)
        if self.tls:
            cipher = {"TLSv1.3": "TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 "
                      "server-signature RSA-PSS (2048 bits) server-digest SHA256",
                      "TLSv1.2": "ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)"}[self.tls]
            v += "\r\n\t(using %s with cipher %s)\r\n\t(No client certificate requested)" % (self.tls, cipher)
            w = "ESMTPS"
        else:
            w = "ESMTP"
        v += "\r\n\tby mx01.example.com (Postfix) with %s id %s\r\n\tfor <%s>; %s" % (
            w, self.qid, self.rcpt, rfcdate(self.arrival, "CET", comment=True))
        out.append(("Received", v))
        for r in self.received:
            out.append(("Received", r))
        for p in self.body.walk():
            if p.parts is not None and p.boundary is None:
                p.boundary = self.ctx.bnd(p.ctype.split("/")[1])
        ct_done = False
        body_hdrs = self.body.headers()
        for k, v in self.hdrs:
            if k == "__CT__":
                out.extend(body_hdrs)
                ct_done = True
            else:
                out.append((k, v))
        if not ct_done:
            out.extend(body_hdrs)
        data = bytearray()
        for k, v in out:
            data += fold(k, v).encode("ascii") + b"\r\n"
        data += b"\r\n"
        data += self.body.serialize_body()
        return bytes(data)

    def filename(self, n):
        return "%02d-%s-%s.eml" % (n, self.lang, self.slug)
