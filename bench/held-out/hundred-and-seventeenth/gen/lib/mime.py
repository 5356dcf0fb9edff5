"""MIME building with full control over charsets, transfer encodings,
boundary styles and header formatting (different mail clients write
headers differently).  Output uses LF line endings."""

import base64
import email.quoprimime as _qp
import urllib.parse

# ------------------------------------------------------------ RFC 2047

_PY_CS = {"windows-1250": "cp1250", "windows-1251": "cp1251", "windows-1252": "cp1252",
          "windows-1253": "cp1253", "iso-8859-1": "latin-1", "iso-8859-15": "iso8859_15",
          "iso-8859-2": "iso8859_2", "iso-8859-7": "iso8859_7", "koi8-r": "koi8_r",
          "utf-8": "utf-8", "us-ascii": "ascii"}


def pycs(cs):
    return _PY_CS.get(cs.lower(), cs)


def fit_cs(text, preferred):
    """Charset a mail client would actually use: the preferred one when
    the text fits, else windows-1252 (Latin), else UTF-8."""
    for cs in (preferred, "windows-1252", "utf-8"):
        try:
            text.encode(pycs(cs))
            return cs
        except UnicodeEncodeError:
            continue


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _q_encode_word(b):
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


def encode_words(text, charset="utf-8", mode="B", cs_label=None, first_len=0):
    """Encode `text` as one or more RFC 2047 encoded-words (each at most
    75 characters), joined with folding whitespace."""
    label = cs_label or charset
    pre = "=?%s?%s?" % (label, mode)
    words = []
    cur = ""
    for ch in text:
        cand = cur + ch
        raw = cand.encode(pycs(charset))
        enc = base64.b64encode(raw).decode() if mode == "B" else _q_encode_word(raw)
        if len(pre) + len(enc) + 2 > 75 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    out = []
    for w in words:
        raw = w.encode(pycs(charset))
        enc = base64.b64encode(raw).decode() if mode == "B" else _q_encode_word(raw)
        out.append(pre + enc + "?=")
    return "\n ".join(out)


def hdr_text(text, charset="utf-8", mode="B", cs_label=None, always=False):
    if is_ascii(text) and not always:
        return text
    return encode_words(text, charset, mode, cs_label)


def addr(name, address, charset="utf-8", mode="B", quote=True, cs_label=None):
    if not name:
        return "<%s>" % address if quote == "angle" else address
    if is_ascii(name):
        if quote or any(c in name for c in ',.;:@()<>[]"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (encode_words(name, charset, mode, cs_label), address)


def fold(name, value, width=78, sep=", "):
    """Fold a structured header value at `sep` boundaries."""
    if "\n" in value or len(name) + 2 + len(value) <= width:
        return value
    parts = value.split(sep)
    lines = []
    cur = ""
    for i, p in enumerate(parts):
        piece = p + (sep.rstrip() if i < len(parts) - 1 else "")
        if not cur:
            cur = piece
        elif len(cur) + 1 + len(piece) + (len(name) + 2 if not lines else 1) > width:
            lines.append(cur)
            cur = piece
        else:
            cur = cur + " " + piece
    lines.append(cur)
    return "\n\t".join(lines) if name.lower() in ("received",) else "\n ".join(lines)


# ------------------------------------------------------------ encodings

def b64_lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def qp_encode(data):
    """Quoted-printable for body bytes (line breaks preserved as LF)."""
    text = data.decode("latin-1").replace("\r\n", "\n")
    return _qp.body_encode(text, maxlinelen=76, eol="\n")


# ------------------------------------------------------------------ parts

class Part:
    """A MIME entity.  For leaves, `data` is bytes (already in `charset`
    for text).  Header formatting follows `style`:
    outlook | gmail | tb | apple | plain | php | java | exchange."""

    def __init__(self, ctype, data=None, parts=None, charset=None, cte=None,
                 filename=None, disposition=None, cid=None, style="tb",
                 boundary=None, extra=None, params=None, description=None,
                 fn_mode="2047", fn_charset="utf-8", size_dates=None, text=None,
                 preamble=None, name_param=True, quote_charset=True):
        self.ctype = ctype
        self.data = data
        self.parts = parts or []
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.style = style
        self.boundary = boundary
        self.extra = extra or []
        self.params = params or []
        self.description = description
        self.fn_mode = fn_mode
        self.fn_charset = fn_charset
        self.size_dates = size_dates
        self.text = text            # the decoded text (for manifests)
        self.preamble = preamble
        self.name_param = name_param
        self.quote_charset = quote_charset
        self.meta = {}

    @property
    def is_multipart(self):
        return self.ctype.startswith("multipart/")

    # ---- header rendering
    def _fn(self, key):
        fn = self.filename
        if is_ascii(fn):
            return '%s="%s"' % (key, fn)
        if self.fn_mode == "2231":
            enc = urllib.parse.quote(fn.encode(pycs(self.fn_charset)), safe="!#$&+-.^_`|~")
            return "%s*=%s''%s" % (key, self.fn_charset, enc)
        return '%s="%s"' % (key, encode_words(fn, self.fn_charset, "B" if self.style != "outlook" else "B"))

    def headers(self):
        h = []
        ct = self.ctype
        if self.is_multipart:
            extra_params = "".join(";\n\t%s" % p for p in self.params)
            if self.style in ("gmail", "plain"):
                h.append(("Content-Type", '%s; boundary="%s"%s' % (ct, self.boundary, extra_params)))
            else:
                h.append(("Content-Type", '%s%s;\n\tboundary="%s"' % (ct, extra_params, self.boundary)))
            return h + self.extra
        params = ""
        if self.charset:
            if self.quote_charset:
                params += '; charset="%s"' % self.charset
            else:
                params += "; charset=%s" % self.charset
        for p in self.params:
            params += "; " + p
        if self.filename and self.name_param:
            params += ";\n\t" + self._fn("name") if self.style in ("outlook", "tb", "apple") else "; " + self._fn("name")
        h.append(("Content-Type", ct + params))
        if self.style == "outlook":
            if self.description:
                h.append(("Content-Description", hdr_text(self.description, self.fn_charset, "B")))
            if self.disposition:
                d = self.disposition
                if self.filename:
                    d += ";\n\t" + self._fn("filename")
                    if self.size_dates:
                        size, cdate, mdate = self.size_dates
                        d += "; size=%d;\n\tcreation-date=\"%s\";\n\tmodification-date=\"%s\"" % (size, cdate, mdate)
                h.append(("Content-Disposition", d))
            if self.cid:
                h.append(("Content-ID", "<%s>" % self.cid))
            if self.cte:
                h.append(("Content-Transfer-Encoding", self.cte))
        else:
            if self.style == "gmail":
                if self.disposition:
                    d = self.disposition + ("; " + self._fn("filename") if self.filename else "")
                    h.append(("Content-Disposition", d))
                if self.cte:
                    h.append(("Content-Transfer-Encoding", self.cte))
                if self.cid:
                    h.append(("Content-ID", "<%s>" % self.cid))
            else:
                if self.cte:
                    h.append(("Content-Transfer-Encoding", self.cte))
                if self.cid:
                    h.append(("Content-ID", "<%s>" % self.cid))
                if self.disposition:
                    d = self.disposition
                    if self.filename:
                        d += (";\n " if self.style == "tb" else "; ") + self._fn("filename")
                    h.append(("Content-Disposition", d))
                if self.description:
                    h.append(("Content-Description", hdr_text(self.description, self.fn_charset, "B")))
        return h + self.extra

    def encoded_body(self):
        if self.is_multipart:
            out = []
            if self.preamble:
                out.append(self.preamble + "\n")
            for p in self.parts:
                out.append("--%s\n" % self.boundary)
                out.append(p.render())
                out.append("\n")
            out.append("--%s--\n" % self.boundary)
            return "".join(out)
        data = self.data
        if self.cte == "base64":
            return b64_lines(data) + "\n"
        if self.cte == "quoted-printable":
            s = qp_encode(data)
            return s if s.endswith("\n") else s + "\n"
        # 7bit / 8bit: raw bytes (decoded as latin-1 so they survive the
        # str pipeline; the final encode uses latin-1 as well)
        s = data.decode("latin-1")
        return s if s.endswith("\n") else s + "\n"

    def render(self):
        hs = "".join("%s: %s\n" % (k, v) for k, v in self.headers())
        return hs + "\n" + self.encoded_body()

    def walk(self):
        yield self
        for p in self.parts:
            yield from p.walk()


# -------------------------------------------------------------- factories

def text(s, charset="utf-8", cte="quoted-printable", subtype="plain", style="tb",
         crlf_b64=True, params=None, quote_charset=True, extra=None):
    if cte == "base64" and crlf_b64:
        raw = s.replace("\r\n", "\n").replace("\n", "\r\n").encode(pycs(charset))
    else:
        raw = s.encode(pycs(charset))
    if cte == "7bit":
        raw.decode("ascii")
    p = Part("text/" + subtype, raw, charset=charset, cte=cte, style=style, text=s, params=params,
             quote_charset=quote_charset, extra=extra)
    return p


def attach(data, ctype, filename, style="tb", cte="base64", disposition="attachment",
           cid=None, fn_mode="2047", fn_charset="utf-8", size_dates=None, description=None, extra=None,
           name_param=True, params=None):
    return Part(ctype, data, filename=filename, style=style, cte=cte, disposition=disposition, cid=cid,
                fn_mode=fn_mode, fn_charset=fn_charset, size_dates=size_dates, description=description,
                extra=extra, name_param=name_param, params=params)


def multi(subtype, parts, boundary, style="tb", preamble=None, params=None):
    return Part("multipart/" + subtype, parts=parts, boundary=boundary, style=style, preamble=preamble, params=params)
