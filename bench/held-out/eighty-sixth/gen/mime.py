"""Hand-rolled MIME serializer so that charset, transfer encoding,
header style and boundaries are exactly what each sending system uses."""
import base64
import binascii

# ------------------------------------------------------------ headers
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_encode_char(bs):
    out = ""
    for b in bs:
        if b == 0x20:
            out += "_"
        elif b in _Q_SAFE:
            out += chr(b)
        else:
            out += "=%02X" % b
    return out


def ew_words(s, charset="utf-8", enc="Q", maxlen=66):
    """Return a list of RFC 2047 encoded-words for s (never splitting a
    character across words)."""
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"   # what real clients do when the header charset can't hold a name
    cs = charset
    pre = "=?%s?%s?" % (cs, enc)
    words, cur = [], b""

    def render(raw):
        if enc == "B":
            return pre + base64.b64encode(raw).decode() + "?="
        return pre + _q_encode_char(raw) + "?="
    for ch in s:
        b = ch.encode(charset)
        if cur and len(render(cur + b)) > maxlen:
            words.append(render(cur))
            cur = b
        else:
            cur += b
    if cur:
        words.append(render(cur))
    return words


def needs_ew(s):
    return any(ord(c) > 126 or ord(c) < 32 for c in s)


def ew(s, charset="utf-8", enc="Q"):
    return "\n ".join(ew_words(s, charset, enc))


def phrase(name, charset="utf-8", enc="Q"):
    if needs_ew(name):
        for e in (enc, "B"):
            w = ew_words(name, charset, e, maxlen=75)
            if len(w) == 1:
                return w[0]
        return "\n ".join(ew_words(name, charset, "B", maxlen=75))
    if any(c in name for c in '()<>[]:;@\\,."'):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return name


def addr(name, email, charset="utf-8", enc="Q", quote_always=False):
    if not name:
        return email if not quote_always else "<%s>" % email
    p = phrase(name, charset, enc)
    if quote_always and not p.startswith('"') and not p.startswith("=?"):
        p = '"%s"' % p
    return "%s <%s>" % (p, email)


def subject(s, charset="utf-8", enc="Q"):
    if not needs_ew(s):
        return s
    return ew(s, charset, enc)


def fold(name, value, width=78):
    """Fold an unstructured ASCII header at spaces (keeps existing folds)."""
    if "\n" in value:
        return "%s: %s" % (name, value)
    line = "%s: " % name
    out = []
    for tok in value.split(" "):
        if len(line) + len(tok) + 1 > width and line.strip() and not line.endswith(": "):
            out.append(line.rstrip())
            line = " " + tok + " "
        else:
            line += tok + " "
    out.append(line.rstrip())
    return "\n".join(out)


def param_2231(name, value, charset="utf-8"):
    raw = value.encode(charset)
    q = "".join(chr(b) if (chr(b).isalnum() or chr(b) in "-._~") and b < 128 else "%%%02X" % b for b in raw)
    return "%s*=%s''%s" % (name, charset, q)


def param(name, value, style="2231", charset="utf-8"):
    if not needs_ew(value):
        return '%s="%s"' % (name, value)
    if style == "2047":
        return '%s="%s"' % (name, "".join(ew_words(value, charset, "B", maxlen=200)))
    return param_2231(name, value, charset)


# ------------------------------------------------------------ bodies
def _qp(raw):
    return binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)


def encode_body(raw, cte, is_text=True):
    cte = (cte or "7bit").lower()
    if cte == "none":
        cte = "7bit"
    if cte == "base64":
        if is_text:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        enc = _qp(raw)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        for ln in raw.split(b"\n"):
            assert len(ln) <= 998, "line too long for %s" % cte
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


class Part:
    def __init__(self, ctype, params=None, body=b"", cte=None, headers=None,
                 parts=None, boundary=None, preamble=None, info=None):
        self.ctype = ctype
        self.params = params or []
        self.body = body            # already transfer-encoded bytes
        self.cte = cte
        self.headers = headers or []  # extra (name, value) before Content-Type
        self.post = []                # extra headers after CTE
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.info = info or {}        # for manifest: charset, cte, filename
        self.cte_first = False

    def header_lines(self):
        ct = self.ctype
        ps = list(self.params)
        if self.boundary:
            ps.append('boundary="%s"' % self.boundary)
        lines = []
        for n, v in self.headers:
            lines.append("%s: %s" % (n, v))
        ctl = "Content-Type: " + ct
        for p in ps:
            if len(ctl.split("\n")[-1]) + len(p) + 2 > 76:
                ctl += ";\n\t" + p
            else:
                ctl += "; " + p
        ctel = ["Content-Transfer-Encoding: %s" % self.cte] if self.cte and self.cte != "none" else []
        if self.cte_first:
            lines = ctel + [ctl] + lines
        else:
            lines.append(ctl)
            lines += ctel
        lines += ["%s: %s" % (n, v) for n, v in self.post]
        return lines

    def serialize_body(self):
        if self.parts is None:
            return self.body
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\n"
        for p in self.parts:
            out += b"\n--" + self.boundary.encode() + b"\n"
            out += ("\n".join(p.header_lines())).encode("ascii") + b"\n\n"
            b = p.serialize_body()
            out += b[:-1] if b.endswith(b"\n") else b
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out


def _flow(txt, width=76):
    out = []
    for line in txt.split("\n"):
        if len(line) <= width + 2 or line.startswith(">"):
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")      # soft break: trailing space (RFC 3676)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def _hardwrap(txt, width=76):
    import textwrap
    out = []
    for line in txt.split("\n"):
        out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]
    return "\n".join(out)


def text(txt, sub="plain", charset="utf-8", cte="quoted-printable", flowed=False,
         delsp=False, quote_charset=True, headers=None, upper_charset=False, hardwrap=False):
    if flowed and sub == "plain" and not delsp:
        txt = _flow(txt)
    if hardwrap:
        txt = _hardwrap(txt)
    raw = txt.encode(charset)   # strict: fails if text not representable
    cs = charset.upper() if upper_charset else charset
    params = ['charset="%s"' % cs if quote_charset else "charset=%s" % cs]
    if flowed:
        params.append("format=flowed")
        if delsp:
            params.append("delsp=yes")
    p = Part("text/" + sub, params, encode_body(raw, cte), cte, headers=headers)
    p.info = {"charset": charset, "cte": cte, "kind": "text/" + sub}
    return p


def attachment(data, ctype, filename, cte="base64", inline=False, cid=None,
               style="2231", name_param=True, size=False, charset="utf-8",
               extra_ct=None, disp_extra=None, cte_first=False):
    params = list(extra_ct or [])
    if name_param and filename:
        params.append(param("name", filename, "2047" if style == "2047" else style, charset))
    headers = []
    body = encode_body(data, cte, is_text=False) if cte == "base64" else encode_body(data, cte, is_text=ctype.startswith("text/"))
    p = Part(ctype, params, body, cte)
    disp = "inline" if inline else "attachment"
    if filename:
        disp += ";\n\t" + param("filename", filename, style, charset)
    if size:
        disp += ";\n\tsize=%d" % len(data)
    if disp_extra:
        disp += disp_extra
    post = []
    if cid:
        post.append(("Content-ID", "<%s>" % cid))
    post.append(("Content-Disposition", disp))
    p.post = post
    p.cte_first = cte_first
    p.info = {"kind": ctype, "filename": filename, "cte": cte, "size": len(data)}
    return p


def multi(sub, parts, boundary=None, preamble=None):
    p = Part("multipart/" + sub, [], parts=parts, boundary=boundary, preamble=preamble)
    p.info = {"kind": "multipart/" + sub}
    return p


def serialize(headers, root, mime_version_header=("MIME-Version", "1.0"), mv_pos=None):
    """headers: list of raw header strings 'Name: value' (may be folded).
    The MIME-Version header is placed at index mv_pos (default: just
    before Content-Type)."""
    hl = list(headers)
    ct = root.header_lines()
    mv = "%s: %s" % mime_version_header if mime_version_header else None
    if mv:
        if mv_pos is None:
            hl.append(mv)
        else:
            hl.insert(mv_pos, mv)
    hl += ct
    for h in hl:
        h.encode("ascii")
        for ln in h.split("\n"):
            assert len(ln) <= 998
    body = root.serialize_body()
    return ("\n".join(hl)).encode("ascii") + b"\n\n" + body


def describe(part, top=True):
    """Human-readable structure description for the manifest."""
    if part.parts is not None:
        inner = ", ".join(describe(p, False) for p in part.parts)
        return "%s(%s)" % (part.ctype.split("/")[1] if not top else part.ctype, inner)
    fn = part.info.get("filename")
    if fn:
        return "%s '%s'" % (part.ctype, fn)
    return part.ctype


def text_parts(part):
    if part.parts is not None:
        r = []
        for p in part.parts:
            r += text_parts(p)
        return r
    if part.info.get("charset"):
        return [part]
    return []
