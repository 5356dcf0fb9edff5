"""Hand-built MIME parts, so charset and transfer encoding are exactly what each
sending system would produce."""
import base64
import quopri

from util import ew, _is_ascii

# characters some legacy charsets lack, replaced the way the sending clients do
_SUBST = {
    "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u201a": "'", "\u2018": "'", "\u2019": "'",
    "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u20ac": "EUR", "\u00ab": '"', "\u00bb": '"',
    "\u2116": "N", "\u2022": "*", "\u00a0": " ",
}


def encode_text(s, charset, html=False):
    try:
        return s.encode(charset)
    except UnicodeEncodeError:
        pass
    if html:
        return s.encode(charset, errors="xmlcharrefreplace")
    out = []
    for ch in s:
        try:
            out.append(ch.encode(charset))
        except UnicodeEncodeError:
            if ch in _SUBST:
                out.append(_SUBST[ch].encode(charset))
            else:
                raise ValueError("cannot encode %r in %s" % (ch, charset))
    return b"".join(out)


def flow(text, width=72):
    """format=flowed: soft-wrap long lines with trailing space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line.rstrip(" ") if line.strip() != "--" else line)
            continue
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + 1 + len(word) > width:
                out.append(cur + " ")
                cur = word
            else:
                cur = cur + " " + word if cur else word
        out.append(cur)
    return "\n".join(out)


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, meta=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary
        self.meta = meta or {}

    def serialize(self):
        h = "\n".join(self.headers).encode("ascii")
        if self.children is None:
            return h + b"\n\n" + self.body
        out = h + b"\n\n"
        pre = self.meta.get("preamble")
        if pre:
            out += pre.encode() + b"\n"
        for i, c in enumerate(self.children):
            out += (b"" if i == 0 else b"\n") + b"--" + self.boundary.encode() + b"\n" + c.serialize()
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out


def _cte_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        b = quopri.encodestring(raw)
        return b if b.endswith(b"\n") else b + b"\n"
    if cte == "7bit":
        raw.decode("ascii")
    if cte in ("7bit", "8bit"):
        for line in raw.split(b"\n"):
            assert len(line) < 998, "line too long for %s" % cte
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
         quote_charset=True, extra_params="", lang=None):
    s = s.replace("\r\n", "\n")
    if flowed:
        s = flow(s)
    raw = encode_text(s, charset, html=(subtype == "html"))
    if cte == "7bit" and not _is_ascii(raw.decode("latin-1")):
        raise ValueError("7bit with non-ascii")
    cs = '"%s"' % charset if quote_charset else charset
    ct = "Content-Type: text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
    if extra_params:
        ct += extra_params
    hdr = [ct, "Content-Transfer-Encoding: %s" % cte]
    if lang:
        hdr.append("Content-Language: %s" % lang)
    return Part(hdr, _cte_body(raw, cte), meta={"kind": "text", "subtype": subtype,
                                                 "charset": charset, "cte": cte})


def _fname_params(filename, style, charset="utf-8"):
    """returns (ct_param, cd_param)."""
    if _is_ascii(filename):
        return 'name="%s"' % filename, 'filename="%s"' % filename
    if style == "2231":
        from urllib.parse import quote
        v = quote(filename.encode(charset), safe="")
        # split long values into continuations
        if len(v) > 60:
            toks = [quote(ch.encode(charset), safe="") for ch in filename]  # never split a character
            pieces, cur = [], ""
            for tk in toks:
                if len(cur) + len(tk) > 60:
                    pieces.append(cur)
                    cur = ""
                cur += tk
            pieces.append(cur)
            cd = ";\n\t".join("filename*%d*=%s%s" % (i, ("%s''" % charset.upper()) if i == 0 else "", p)
                               for i, p in enumerate(pieces))
            cn = ";\n\t".join("name*%d*=%s%s" % (i, ("%s''" % charset.upper()) if i == 0 else "", p)
                               for i, p in enumerate(pieces))
            return cn, cd
        return "name*=%s''%s" % (charset.upper(), v), "filename*=%s''%s" % (charset.upper(), v)
    e = ew(filename, charset, "B")
    return 'name="%s"' % e, 'filename="%s"' % e


def attachment(data, ctype, filename, cte="base64", inline=False, cid=None, style="2047",
               charset="utf-8", size_param=False, date_params=None, describe=None):
    cp, dp = _fname_params(filename, style, charset) if filename else ("", "")
    ct = "Content-Type: %s" % ctype + (";\n\t%s" % cp if cp else "")
    hdr = [ct]
    if describe:
        hdr.append("Content-Description: %s" % describe)
    disp = "inline" if inline else "attachment"
    cd = "Content-Disposition: %s" % disp + (";\n\t%s" % dp if dp else "")
    if size_param:
        cd += ";\n\tsize=%d" % len(data)
    if date_params:
        cd += ";\n\t" + date_params
    hdr.append(cd)
    if cid:
        hdr.append("Content-ID: <%s>" % cid)
    hdr.append("Content-Transfer-Encoding: %s" % cte)
    if cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = _cte_body(data, cte)
    return Part(hdr, body, meta={"kind": "attachment", "ctype": ctype.split(";")[0].strip(),
                                 "filename": filename, "inline": inline, "data": data})


def multi(subtype, parts, boundary, extra="", preamble=None):
    ct = 'Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra)
    meta = {"kind": "multipart", "subtype": subtype}
    if preamble:
        meta["preamble"] = preamble
    return Part([ct], children=parts, boundary=boundary, meta=meta)


def compose(headers, body):
    """headers: list of 'Name: value' strings (already folded)."""
    top = "\n".join(headers).encode("ascii")
    return top + b"\n" + body.serialize()
