"""Hand-rolled MIME serialiser giving full control over charsets, transfer
encodings, header order and boundary styles (stdlib only)."""
import base64
import quopri
import re
import textwrap

# Typographic characters that some legacy charsets lack: replaced before
# encoding, as mail clients do when they down-convert.
_FALLBACK = {
    "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'",
    "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00ab": '"', "\u00bb": '"', "\u2116": "N",
    "\u00a0": " ", "\u20ac": "EUR", "\u2022": "-", "\u00b7": "-", "\u2212": "-",
}


def to_charset(s, charset):
    try:
        return s.encode(charset)
    except UnicodeEncodeError:
        pass
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in _FALLBACK:
                out.append(_FALLBACK[ch])
            else:
                raise ValueError("char %r (U+%04X) not encodable in %s: %r" % (ch, ord(ch), charset, s[:60]))
    return "".join(out).encode(charset)


def html_to_charset(s, charset):
    return s.encode(charset, errors="xmlcharrefreplace")


# ------------------------------------------------------------------ headers
def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(s, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded-words, chunked on character boundaries."""
    if _is_ascii(s) and not re.search(r"=\?", s):
        return s
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"  # clients switch to UTF-8 when the legacy charset cannot carry the text
    cs = charset.lower() if charset.lower() != "utf-8" else "UTF-8"
    pre = "=?%s?%s?" % (cs if cs == "UTF-8" else charset, enc)
    words = []
    cur = ""

    def encode(chunk):
        b = to_charset(chunk, charset)
        if enc == "B":
            return base64.b64encode(b).decode()
        out = []
        for c in b:
            if c == 0x20:
                out.append("_")
            elif 33 <= c <= 126 and chr(c) not in "=?_\"(),.:;<>@[\\]":
                out.append(chr(c))
            else:
                out.append("=%02X" % c)
        return "".join(out)

    for ch in s:
        trial = cur + ch
        if len(pre) + len(encode(trial)) + 2 > maxlen:
            words.append(pre + encode(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(pre + encode(cur) + "?=")
    return " ".join(words)


def ew_mixed(s, charset="utf-8", enc="Q"):
    """Encode only the non-ASCII words of a phrase (Outlook/Thunderbird style)."""
    if _is_ascii(s):
        return s
    toks = s.split(" ")
    # find first and last non-ascii token, encode that span (plus spaces inside)
    idx = [i for i, t in enumerate(toks) if not _is_ascii(t)]
    a, b = idx[0], idx[-1]
    head = " ".join(toks[:a])
    mid = " ".join(toks[a:b + 1])
    tail = " ".join(toks[b + 1:])
    parts = [p for p in (head, ew(mid, charset, enc), tail) if p]
    return " ".join(parts)


_SPECIALS = set('()<>[]:;@\\,."')


def _phrase(name, charset, enc):
    """Encode a display name: plain ASCII words stay plain, runs of words that
    need encoding become encoded-words (split only at word boundaries, the
    separating space carried inside the encoded text, as RFC 2047 requires)."""
    toks = name.split(" ")
    need = [not _is_ascii(t) or any(c in _SPECIALS for c in t) for t in toks]
    out = []
    i = 0
    while i < len(toks):
        if not need[i]:
            out.append(toks[i])
            i += 1
            continue
        j = i
        while j < len(toks) and need[j]:
            j += 1
        run = toks[i:j]
        chunk = []
        for k, t in enumerate(run):
            trial = " ".join(chunk + [t])
            if chunk and len(ew(trial + " ", charset, enc, maxlen=10 ** 6)) > 75:
                out.append(ew(" ".join(chunk) + " ", charset, enc))
                chunk = [t]
            else:
                chunk.append(t)
        out.append(ew(" ".join(chunk), charset, enc))
        i = j
    return " ".join(out)


def addr(name, email, charset="utf-8", enc="B", quote_always=False):
    if not name:
        return email if not quote_always else "<%s>" % email
    if _is_ascii(name):
        if quote_always or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (_phrase(name, charset, enc), email)


def fold(name, value, width=78):
    if "\n" in value:
        return "%s: %s" % (name, value)
    if name.lower() == "received" and len(name) + 2 + len(value) > width:
        segs = re.split(r"(?= by | with | id | for )|(?<=;) ", value)
        lines, cur = [], name + ":"
        for sg in segs:
            sg = sg.strip()
            if len(cur) + 1 + len(sg) > width and cur.strip() != name + ":":
                lines.append(cur)
                cur = "\t" + sg
            else:
                cur += " " + sg
        lines.append(cur)
        return "\n".join(lines)
    line = "%s:" % name
    out = []
    toks = value.split(" ")
    for i, t in enumerate(toks):
        add = " " + t
        if len(line) + len(add) > width and line.strip() and not line.endswith(":"):
            out.append(line)
            line = " " + t
        else:
            line += add
    out.append(line)
    return "\n".join(out)


# ------------------------------------------------------------------ bodies
def wrap_text(text, width=76):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">"):
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def _qp(b):
    enc = quopri.encodestring(b, quotetabs=False)
    return enc


def encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw).rstrip(b"\n")
    if cte == "quoted-printable":
        return _qp(raw).rstrip(b"\n")
    if cte == "7bit":
        raw.decode("ascii")
    for line in raw.split(b"\n"):
        assert len(line) <= 998, "line too long for %s" % cte
    return raw.rstrip(b"\n")


class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None, parts=None,
                 boundary=None, filename=None, fn_style="2231", disposition=None, cid=None,
                 extra=None, desc=None, html=False, zip_password=None, qr_payload=None):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.parts = parts or []
        self.boundary = boundary
        self.filename = filename
        self.fn_style = fn_style
        self.disposition = disposition
        self.cid = cid
        self.extra = extra or []
        self.desc = desc
        self.html = html or ctype == "text/html"
        self.zip_password = zip_password
        self.qr_payload = qr_payload

    def is_multipart(self):
        return self.ctype.startswith("multipart/")

    def _fn_params(self, key):
        fn = self.filename
        if _is_ascii(fn):
            return ['%s="%s"' % (key, fn)]
        if self.fn_style == "2047":
            return ['%s="%s"' % (key, ew(fn, "utf-8", "B", maxlen=200))]
        if self.fn_style == "2047q":
            return ['%s="%s"' % (key, ew(fn, self.charset or "utf-8", "Q", maxlen=200))]
        # RFC 2231
        q = "".join(c if (c.isalnum() and ord(c) < 128) or c in "-_." else "".join("%%%02X" % b for b in c.encode("utf-8")) for c in fn)
        return ["%s*=utf-8''%s" % (key, q)]

    def headers(self):
        h = []
        ct = self.ctype
        ps = list(self.params)
        if self.charset and not self.is_multipart():
            ps.insert(0, 'charset="%s"' % self.charset if self.fn_style == "quoted-cs" else "charset=%s" % self.charset)
        if self.is_multipart():
            ps.append('boundary="%s"' % self.boundary)
        if self.filename and self.disposition != "none":
            ps += self._fn_params("name")
        v = ct + ("; " + "; ".join(ps) if ps else "")
        h.append(("Content-Type", v))
        if self.desc:
            h.append(("Content-Description", self.desc))
        if self.filename and self.disposition != "none":
            dv = (self.disposition or "attachment") + "; " + "; ".join(self._fn_params("filename"))
            h.append(("Content-Disposition", dv))
        elif self.disposition and self.disposition != "none":
            h.append(("Content-Disposition", self.disposition))
        if self.cid:
            h.append(("Content-ID", "<%s>" % self.cid))
        if self.cte and not self.is_multipart():
            h.append(("Content-Transfer-Encoding", self.cte))
        h += self.extra
        return h

    def raw_body(self):
        if isinstance(self.body, bytes):
            return self.body
        if self.html:
            b = self.body
            if self.cte in ("7bit", "8bit") and any(len(l) > 900 for l in b.split("\n")):
                b = "\n".join(l.replace("><", ">\n<") if len(l) > 900 else l for l in b.split("\n"))
            return html_to_charset(b, self.charset)
        return to_charset(self.body, self.charset)

    def render_body(self):
        if self.is_multipart():
            out = []
            for p in self.parts:
                out.append(b"--" + self.boundary.encode())
                out.append(p.render())
            out.append(b"--" + self.boundary.encode() + b"--")
            return b"\n".join(out) + b"\n"
        return encode_body(self.raw_body(), self.cte) + b"\n"

    def render(self):
        hs = "\n".join(fold(k, v) for k, v in self.headers())
        return hs.encode("ascii") + b"\n\n" + self.render_body()

    # ---------------------------------------------------------- for MANIFEST
    def walk(self):
        yield self
        for p in self.parts:
            yield from p.walk()

    def describe(self):
        if self.is_multipart():
            sub = self.ctype.split("/")[1]
            inner = " + ".join(p.describe() for p in self.parts)
            return "%s(%s)" % (sub, inner)
        if self.ctype.startswith("text/") and not self.filename:
            return self.ctype.split("/")[1]
        extra = ""
        if self.zip_password:
            extra = ", ZipCrypto pw"
        if self.qr_payload:
            extra = ", QR"
        kind = self.ctype.split("/")[1]
        return "%s `%s`%s" % (kind, self.filename or self.cid, extra)


class Message:
    def __init__(self, headers, root, mime_pos=None):
        """headers: list of (name, value). root: Part. MIME headers are inserted
        where a ('__MIME__', None) entry stands, else at the end."""
        self.headers = headers
        self.root = root

    def render(self):
        lines = []
        inserted = False
        for k, v in self.headers:
            if k == "__MIME__":
                lines += [fold(a, b) for a, b in self.root.headers()]
                inserted = True
            else:
                lines.append(fold(k, v))
        if not inserted:
            lines += [fold(a, b) for a, b in self.root.headers()]
        head = "\n".join(lines).encode("ascii")
        return head + b"\n\n" + self.root.render_body()
