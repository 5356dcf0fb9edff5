"""Hand-rolled MIME writer so that charsets / transfer encodings are exactly
what each message spec asks for."""
import base64
import quopri
import re
import urllib.parse


# ------------------------------------------------------------------ parts
class Part:
    pass


class Text(Part):
    def __init__(self, text, charset="utf-8", cte="quoted-printable", subtype="plain",
                 flowed=False, ct_quote=True, cid=None, extra_ct=""):
        self.text, self.charset, self.cte, self.subtype = text, charset, cte, subtype
        self.flowed, self.ct_quote, self.cid, self.extra_ct = flowed, ct_quote, cid, extra_ct


def Html(text, charset="utf-8", cte="quoted-printable", **kw):
    return Text(text, charset, cte, subtype="html", **kw)


class Att(Part):
    def __init__(self, filename, ctype, data, cte="base64", inline=False, cid=None,
                 name_style="plain", text_charset=None, extra_ct="", size_param=False):
        self.filename, self.ctype, self.data, self.cte = filename, ctype, data, cte
        self.inline, self.cid, self.name_style = inline, cid, name_style
        self.text_charset, self.extra_ct, self.size_param = text_charset, extra_ct, size_param


class Multi(Part):
    def __init__(self, subtype, *parts, extra_ct=""):
        self.subtype, self.parts, self.extra_ct = subtype, list(parts), extra_ct


def Alt(*p):
    return Multi("alternative", *p)


def Mixed(*p):
    return Multi("mixed", *p)


def Related(*p):
    return Multi("related", *p, extra_ct='; type="text/html"')


# ------------------------------------------------------------- encodings
def qp_body(data):
    out = quopri.encodestring(data, quotetabs=False)
    # quopri leaves a trailing space/tab before a line break encoded already; ensure
    # '.' at column 0 and 'From ' are harmless for 8-bit transports: leave as is.
    return out


def b64_body(data):
    return base64.encodebytes(data)


def encode_body(data, cte):
    if cte == "quoted-printable":
        return qp_body(data)
    if cte == "base64":
        return b64_body(data)
    if cte == "7bit":
        data.decode("ascii")
    for ln in data.split(b"\n"):
        assert len(ln) < 998, "line too long for %s" % cte
    return data if data.endswith(b"\n") else data + b"\n"


# ------------------------------------------------------------ headers
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(ch, charset):
    out = []
    for b in ch.encode(charset):
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_words(s, charset="utf-8", mode="Q", first_room=60):
    """Return list of RFC 2047 encoded words, each <= 75 chars."""
    cs = charset
    words = []
    prefix = "=?%s?%s?" % (cs, mode)
    maxlen = 75 - len(prefix) - 2
    if mode == "Q":
        cur = ""
        for ch in s:
            enc = _q_char(ch, charset)
            if len(cur) + len(enc) > maxlen:
                words.append(cur)
                cur = ""
            cur += enc
        words.append(cur)
    else:
        cur = ""
        for ch in s:
            cand = cur + ch
            if len(base64.b64encode(cand.encode(charset))) > maxlen:
                words.append(base64.b64encode(cur.encode(charset)).decode())
                cur = ch
            else:
                cur = cand
        words.append(base64.b64encode(cur.encode(charset)).decode())
    return [prefix + w + "?=" for w in words if w]


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def fold_tokens(name, tokens, sep=" "):
    """Fold a header made of tokens (already encoded) at <= 78 columns."""
    line = name + ":"
    lines = []
    for i, tok in enumerate(tokens):
        piece = (" " if i == 0 else sep) + tok
        if len(line) + len(piece) > 78 and line.strip() != name + ":":
            lines.append(line.rstrip() if sep == " " else line)
            line = " " + tok
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


def unstructured(name, value, charset="utf-8", mode="Q"):
    if is_ascii(value):
        return fold_tokens(name, value.split(" "))
    return fold_tokens(name, encoded_words(value, charset, mode))


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def phrase(display, charset="utf-8", mode="Q"):
    if not display:
        return []
    if is_ascii(display):
        if _SPECIALS.search(display):
            return ['"%s"' % display.replace("\\", "\\\\").replace('"', '\\"')]
        return display.split(" ")
    return encoded_words(display, charset, mode)


def address_list(name, addrs, charset="utf-8", mode="Q"):
    """addrs: list of (display, address) or plain address strings."""
    tokens = []
    for i, a in enumerate(addrs):
        if isinstance(a, str):
            a = ("", a)
        disp, ad = a
        ph = phrase(disp, charset, mode)
        toks = ph + ["<%s>" % ad] if ph else [ad]
        if i < len(addrs) - 1:
            toks[-1] += ","
        tokens.extend(toks)
    return fold_tokens(name, tokens)


def _param(key, value, style="plain", charset="utf-8"):
    """Content-Type / -Disposition parameter, with RFC 2231 or encoded-word
    fallback for non-ASCII values."""
    if is_ascii(value):
        return ['%s="%s"' % (key, value)]
    if style == "ew":  # Outlook / Apple style
        return ['%s="%s"' % (key, "".join(encoded_words(value, charset, "B")))]
    enc = urllib.parse.quote(value.encode(charset), safe="")
    # split into continuation parameters
    parts = []
    chunk = ""
    pieces = re.findall(r"%[0-9A-F]{2}|.", enc)
    for p in pieces:
        if len(chunk) + len(p) > 60:
            parts.append(chunk)
            chunk = ""
        chunk += p
    parts.append(chunk)
    if len(parts) == 1:
        return ["%s*=%s''%s" % (key, charset, parts[0])]
    res = []
    for i, p in enumerate(parts):
        res.append("%s*%d*=%s%s" % (key, i, ("%s''" % charset) if i == 0 else "", p))
    return res


def param_header(name, main, params):
    tokens = [main + (";" if params else "")]
    for i, p in enumerate(params):
        tokens.append(p + (";" if i < len(params) - 1 else ""))
    out = name + ": " + tokens[0]
    line = out
    lines = []
    for tok in tokens[1:]:
        if len(line) + 1 + len(tok) > 78:
            lines.append(line)
            line = "\t" + tok
        else:
            line += " " + tok
    lines.append(line)
    return "\n".join(lines)


# ------------------------------------------------------------ rendering
def render(part, boundary_fn, depth=0):
    """Return (header_lines list[str], body bytes) for a part."""
    if isinstance(part, Text):
        data = part.text.replace("\r\n", "\n").encode(part.charset)
        cs = ('"%s"' % part.charset) if part.ct_quote else part.charset
        ct = "Content-Type: text/%s; charset=%s" % (part.subtype, cs)
        if part.flowed:
            ct += "; format=flowed"
        ct += part.extra_ct
        hdrs = [ct, "Content-Transfer-Encoding: %s" % part.cte]
        if part.cid:
            hdrs.append("Content-ID: <%s>" % part.cid)
        return hdrs, encode_body(data, part.cte)
    if isinstance(part, Att):
        data = part.data
        if isinstance(data, str):
            data = data.encode(part.text_charset or "utf-8")
        ctype = part.ctype
        if part.text_charset:
            ctype += "; charset=%s" % ('"%s"' % part.text_charset)
        ct_params = _param("name", part.filename, part.name_style)
        cd_params = _param("filename", part.filename, part.name_style)
        if part.size_param:
            cd_params.append("size=%d" % len(data))
        hdrs = [param_header("Content-Type", ctype + part.extra_ct, ct_params)]
        hdrs.append(param_header("Content-Disposition", "inline" if part.inline else "attachment", cd_params))
        if part.cid:
            hdrs.append("Content-ID: <%s>" % part.cid)
        hdrs.append("Content-Transfer-Encoding: %s" % part.cte)
        return hdrs, encode_body(data, part.cte)
    if isinstance(part, Multi):
        b = boundary_fn(part.subtype, depth)
        hdrs = [param_header("Content-Type", "multipart/%s" % part.subtype,
                             ['boundary="%s"' % b]) + part.extra_ct]
        body = b""
        for sub in part.parts:
            sh, sb = render(sub, boundary_fn, depth + 1)
            body += b"\n--" + b.encode() + b"\n" + "\n".join(sh).encode() + b"\n\n" + sb
        body += b"\n--" + b.encode() + b"--\n"
        return hdrs, body
    raise TypeError(part)


def describe(part):
    """Human description of the structure for the MANIFEST."""
    if isinstance(part, Text):
        return "text/%s" % part.subtype
    if isinstance(part, Att):
        return "%s `%s`" % (part.ctype, part.filename) + (" (inline)" if part.inline else "")
    if isinstance(part, Multi):
        return "%s(%s)" % (part.subtype, " + ".join(describe(p) for p in part.parts))


def text_parts(part):
    if isinstance(part, Text):
        return [part]
    if isinstance(part, Multi):
        out = []
        for p in part.parts:
            out.extend(text_parts(p))
        return out
    return []


def attachments(part):
    if isinstance(part, Att):
        return [part]
    if isinstance(part, Multi):
        out = []
        for p in part.parts:
            out.extend(attachments(p))
        return out
    return []
