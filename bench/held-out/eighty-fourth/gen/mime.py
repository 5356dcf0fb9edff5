"""Hand-rolled MIME writer giving exact control over charsets, transfer encodings,
encoded-words and header order."""
import base64
import quopri

import util

PY_CS = {"iso-8859-1": "latin-1", "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
         "iso-8859-2": "iso8859_2", "windows-1250": "cp1250", "iso-8859-7": "iso8859_7",
         "windows-1253": "cp1253", "koi8-r": "koi8_r", "windows-1251": "cp1251",
         "utf-8": "utf-8", "us-ascii": "ascii"}


def py_codec(cs):
    return PY_CS[cs.lower()]


# ------------------------------------------------------------------ encoded words
def _q_word_bytes(b):
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


def encoded_words(text, cs, enc="Q", cs_label=None):
    """Split text into RFC 2047 encoded words (each <= 75 chars) without splitting
    characters. Returns a list of words."""
    label = cs_label or cs
    codec = py_codec(cs)
    words = []
    cur = ""

    def render(s):
        b = s.encode(codec)
        if enc == "B":
            return "=?%s?B?%s?=" % (label, base64.b64encode(b).decode())
        return "=?%s?Q?%s?=" % (label, _q_word_bytes(b))
    for ch in text:
        if len(render(cur + ch)) > 75:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return words


def hdr_text(text, cs="utf-8", enc="Q"):
    """Unstructured header value; encoded only if non-ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(encoded_words(text, cs, enc))


def hdr_text_mixed(text, cs="utf-8", enc="Q"):
    """Like Outlook/Thunderbird: keep leading ASCII words plain, encode the rest."""
    if all(ord(c) < 128 for c in text):
        return text
    toks = text.split(" ")
    i = 0
    while i < len(toks) and all(ord(c) < 128 for c in toks[i]):
        i += 1
    plain = " ".join(toks[:i])
    rest = " ".join(toks[i:])
    enc_part = "\n ".join(encoded_words(rest, cs, enc))
    return (plain + " " + enc_part) if plain else enc_part


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs="utf-8", enc="Q"):
    if not name:
        return "<%s>" % email if False else email
    if all(ord(c) < 128 for c in name):
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (" ".join(encoded_words(name, cs, enc)), email)


def addr_list(items, cs="utf-8", enc="Q"):
    return ",\n ".join(addr(n, e, cs, enc) for n, e in items)


# ------------------------------------------------------------------ parts
class Part:
    def __init__(self, ctype, body=None, data=None, charset=None, cte=None,
                 params=None, filename=None, disp=None, cid=None, parts=None,
                 headers=None, fname_style="rfc2047", fname_cs="utf-8",
                 name_param=True, size_param=False, t_utc=None):
        self.ctype = ctype
        self.body = body
        self.data = data
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.filename = filename
        self.disp = disp
        self.cid = cid
        self.parts = parts or []
        self.headers = headers or []
        self.fname_style = fname_style
        self.fname_cs = fname_cs
        self.name_param = name_param
        self.size_param = size_param
        self.t_utc = t_utc
        self.boundary = None

    # -- helpers
    def is_multipart(self):
        return self.ctype.startswith("multipart/")

    def _fname_params(self, key):
        fn = self.filename
        if all(ord(c) < 128 for c in fn):
            return ['%s="%s"' % (key, fn)]
        if self.fname_style == "rfc2231":
            from urllib.parse import quote
            return ["%s*=%s''%s" % (key, self.fname_cs, quote(fn.encode(py_codec(self.fname_cs)), safe=""))]
        return ['%s="%s"' % (key, " ".join(encoded_words(fn, self.fname_cs, "B")))]

    def encoded_body(self):
        if self.is_multipart():
            raise ValueError
        if self.body is not None:
            raw = self.body.replace("\r\n", "\n").encode(py_codec(self.charset))
        else:
            raw = self.data
        cte = self.cte
        if cte == "base64":
            b = base64.encodebytes(raw).decode("ascii")
        elif cte == "quoted-printable":
            b = quopri.encodestring(raw).decode("ascii")
        elif cte in ("7bit", "8bit", None):
            if cte in ("7bit", None) and any(c > 127 for c in raw):
                raise ValueError("non-ASCII in 7bit part %s" % self.ctype)
            for line in raw.split(b"\n"):
                if len(line) > 990:
                    raise ValueError("line too long for %s" % cte)
            b = raw.decode("latin-1")
        else:
            raise ValueError(cte)
        if not b.endswith("\n"):
            b += "\n"
        return b

    def header_lines(self, boundary_for):
        h = []
        ct = self.ctype
        ps = []
        if self.charset and not self.is_multipart():
            ps.append('charset="%s"' % self.charset if self.quote_cs else "charset=%s" % self.charset)
        ps += self.params
        if self.filename and self.name_param:
            ps += self._fname_params("name")
        if self.is_multipart():
            self.boundary = boundary_for(self)
            ps.append('boundary="%s"' % self.boundary)
        if ps:
            ct += ";\n\t" + ";\n\t".join(ps) if self.fold_ct else "; " + "; ".join(ps)
        h.append("Content-Type: " + ct)
        if self.cte and not self.is_multipart():
            h.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            h.append("Content-ID: <%s>" % self.cid)
        if self.disp or self.filename:
            d = self.disp or "attachment"
            dps = []
            if self.filename:
                dps += self._fname_params("filename")
            if self.size_param and self.data is not None:
                dps.append("size=%d" % len(self.data))
            if self.t_utc is not None and self.size_param:
                dps.append('creation-date="%s"' % util.fmt_date(self.t_utc, "CET", "nopad"))
                dps.append('modification-date="%s"' % util.fmt_date(self.t_utc, "CET", "nopad"))
            h.append("Content-Disposition: " + d + (";\n\t" + ";\n\t".join(dps) if dps else ""))
        h += self.headers
        return h

    quote_cs = False
    fold_ct = True


def text(body, cs="utf-8", cte="quoted-printable", subtype="plain", params=None, quote_cs=False):
    p = Part("text/" + subtype, body=body, charset=cs, cte=cte, params=params)
    p.quote_cs = quote_cs
    return p


def html(body, cs="utf-8", cte="quoted-printable", quote_cs=False):
    return text(body, cs, cte, "html", quote_cs=quote_cs)


def alt(*parts):
    return Part("multipart/alternative", parts=list(parts))


def mixed(*parts):
    return Part("multipart/mixed", parts=list(parts))


def related(*parts, type_="text/html"):
    return Part("multipart/related", parts=list(parts), params=['type="%s"' % type_])


def attach(data, ctype, filename, cte="base64", disp="attachment", **kw):
    return Part(ctype, data=data, cte=cte, filename=filename, disp=disp, **kw)


def inline_img(data, ctype, filename, cid, **kw):
    return Part(ctype, data=data, cte="base64", filename=filename, disp="inline", cid=cid, **kw)


def text_attach(body, cs, ctype, filename, cte="base64", disp="attachment", **kw):
    p = Part(ctype, body=body, charset=cs, cte=cte, filename=filename, disp=disp, **kw)
    return p


# ------------------------------------------------------------------ boundaries
def boundary_factory(style, seed, msgid=""):
    counter = [0]
    local, _, host = msgid.strip("<>").partition("@")
    alnum = "".join(ch for ch in local if ch.isalnum())
    hshort = "".join(ch for ch in host.split(".")[0] if ch.isalnum())
    hparts = host.split(".")
    region = hparts[1][:4].lower() if len(hparts) > 2 else "eurp"

    def make(part):
        counter[0] += 1
        n = counter[0]
        h = util.hexid("%s|%d" % (seed, n), 40)
        if style == "outlook":
            return "_%03d_%s%s%s_" % (n - 1, alnum, hshort, region)
        if style == "exchange":
            return "_%03d_%s%scorpexamplecom_" % (n - 1, alnum, hshort)
        if style == "outlook_smtp":
            return "----=_NextPart_%03d_%04X_01DC%s.%s" % (n - 1, int(h[:4], 16) % 0x3000, h[4:8].upper(), h[8:16].upper())
        if style == "gmail":
            return "000000000000" + h[:16]
        if style == "thunderbird":
            return "------------" + util.rand_str(seed + str(n), 24)
        if style == "apple":
            u = util.hexid(seed + str(n), 32).upper()
            return "Apple-Mail=_%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])
        if style == "roundcube":
            return "=_" + h[:32]
        if style == "phpmailer":
            return "b%d_%s" % (n, util.rand_str(seed + str(n), 43))
        if style == "javamail":
            return "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:14], 16), 1792000000000 + int(h[14:20], 16))
        if style == "sendgrid":
            return h[:64]
        if style == "mailgun":
            return h[:32]
        if style == "brevo":
            return "=_" + h[:24]
        if style == "go":
            return h[:60]
        if style == "the_bat":
            return "----------" + util.hexid(seed + str(n), 13).upper()
        if style == "yandex":
            return "----==%s==----" % base64.b64encode(bytes.fromhex(h[:24])).decode()
        if style == "mailru":
            return "--ALT--%s%d" % (h[:16].upper(), 1700000000 + n)
        return "=_Part_%d_%s" % (n, h[:20])
    return make


# ------------------------------------------------------------------ rendering
def render_part_with_headers(p, bf):
    hl = p.header_lines(bf)
    return "\n".join(hl) + "\n\n" + render_body(p, bf)


def render_body(p, bf):
    if p.is_multipart():
        body = ""
        if getattr(p, "preamble", None):
            body += p.preamble + "\n\n"
        first = True
        for sp in p.parts:
            body += ("--%s\n" if first else "\n--%s\n") % p.boundary
            first = False
            body += render_part_with_headers(sp, bf)
        body += "\n--%s--\n" % p.boundary
        return body
    return p.encoded_body()


Part.preamble = None


def serialize(headers, root, bstyle, seed, msgid=""):
    """headers: list of (name, value) in final order (value may contain \\n folds).
    The content headers of root are inserted where ('MIME', None) appears."""
    bf = boundary_factory(bstyle, seed, msgid)
    mh = root.header_lines(bf)
    out = []
    placed = False
    for name, value in headers:
        if name == "MIME":
            out += mh
            placed = True
            continue
        out.append("%s: %s" % (name, value))
    if not placed:
        out += mh
    txt = "\n".join(out) + "\n\n" + render_body(root, bf)
    return txt.replace("\n", "\r\n").encode("latin-1")


def walk(p):
    yield p
    for sp in p.parts:
        yield from walk(sp)


def describe(p, depth=0):
    """Short structure description for the manifest."""
    if p.is_multipart():
        return "%s [%s]" % (p.ctype, ", ".join(describe(s, depth + 1) for s in p.parts))
    if p.filename:
        return "%s \"%s\"" % (p.ctype, p.filename)
    return p.ctype
