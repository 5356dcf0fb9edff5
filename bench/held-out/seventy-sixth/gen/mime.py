"""MIME parts, RFC 2047/2231 header encoding and byte-exact serialisation."""
import base64
import binascii
import quopri

# ---------------------------------------------------------------- header encoding

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(b):
    return "".join(chr(c) if c in _Q_SAFE else ("_" if c == 32 else "=%02X" % c) for c in b)


def ew(text, charset="utf-8", enc="B", label=None):
    """Encode text as one or more RFC 2047 encoded words (<=75 chars each),
    joined by a single space (callers may fold there)."""
    label = label or charset
    words, cur = [], ""
    room = 75 - len(label) - 7

    def size(s):
        b = s.encode(charset)
        return len(base64.b64encode(b)) if enc == "B" else len(_q(b))
    for ch in text:
        if cur and size(cur + ch) > room:
            # prefer to cut after a space, so that decoders which (wrongly)
            # keep the whitespace between encoded words do not split a word
            i = cur.rfind(" ")
            if 0 < i < len(cur) - 1 and size(cur[i + 1:] + ch) <= room:
                words.append(cur[:i + 1])
                cur = cur[i + 1:]
            else:
                words.append(cur)
                cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        body = base64.b64encode(b).decode() if enc == "B" else _q(b)
        out.append("=?%s?%s?%s?=" % (label, enc, body))
    return " ".join(out)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


_SPECIALS = set('()<>[]:;@\\,."')


def hdr_text(text, charset="utf-8", enc="B", label=None):
    if is_ascii(text):
        return text
    return ew(text, charset, enc, label)


def addr(name, email, charset="utf-8", enc="B", label=None, quote_always=False):
    if not name:
        return "<%s>" % email if quote_always else email
    if is_ascii(name):
        if quote_always or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset, enc, label), email)


def addr_list(lst, **kw):
    return ", ".join(addr(n, e, **kw) for n, e in lst)


def fold(name, value, width=78):
    """Fold an unstructured or address header at spaces.  Values that
    already contain newlines are assumed pre-folded."""
    if "\n" in value:
        return "%s: %s" % (name, value)
    line = "%s:" % name
    out = []
    for tok in value.split(" "):
        cand = line + " " + tok
        if len(cand) > width and line.strip() and line != "%s:" % name:
            out.append(line)
            line = " " + tok
        else:
            line = cand
    out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- parts

_BESTFIT = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u201a": "'",
            "\u2018": "'", "\u2019": "'", "\u2026": "...", "\u20ac": "EUR", "\u00a0": " ", "\u2022": "*",
            "\u00ab": '"', "\u00bb": '"', "\u2116": "No."}


def bestfit(text, charset):
    """What mail clients do when a plain-text part is written in a legacy
    charset: typographic punctuation is folded to ASCII look-alikes."""
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in _BESTFIT:
                out.append(_BESTFIT[ch])
            else:
                raise
    return "".join(out)


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
                 ct_extra="", quote_cs=True, cs_label=None, disposition=None, filename=None,
                 headers=None, errors=None, crlf_b64=True):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.ct_extra, self.quote_cs, self.cs_label = ct_extra, quote_cs, cs_label
        self.disposition, self.filename, self.headers = disposition, filename, headers or []
        self.errors = errors or ("xmlcharrefreplace" if subtype == "html" else "strict")
        self.crlf_b64 = crlf_b64

    def payload_bytes(self):
        t = self.text
        if self.errors == "strict":
            t = bestfit(t, self.charset)
        return t.encode(self.charset, self.errors)


class Bin:
    def __init__(self, data, ctype, filename=None, disposition="attachment", cte="base64",
                 cid=None, headers=None, fn_style="plain", fn_charset="utf-8", ct_params="",
                 size_param=False, dates=None):
        self.data, self.ctype, self.filename, self.disposition = data, ctype, filename, disposition
        self.cte, self.cid, self.headers = cte, cid, headers or []
        self.fn_style, self.fn_charset, self.ct_params = fn_style, fn_charset, ct_params
        self.size_param, self.dates = size_param, dates


class Multi:
    def __init__(self, subtype, parts, boundary=None, params="", preamble=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.preamble = params, preamble


# ---------------------------------------------------------------- encoding

def _qp(b):
    out = quopri.encodestring(b, quotetabs=False)
    # quopri leaves a leading "From " or lone "." untouched; fine for files.
    return out


def _check_lines(b, limit=998):
    for ln in b.split(b"\n"):
        if len(ln) > limit:
            raise ValueError("line too long (%d)" % len(ln))


def encode_body(raw, cte, is_text=True, crlf=True):
    if cte == "base64":
        if is_text and crlf:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return _qp(raw)
    if cte == "8bit":
        _check_lines(raw)
        return raw
    if cte == "7bit":
        raw.decode("ascii")
        _check_lines(raw)
        return raw
    raise ValueError(cte)


def _fn_params(p, key):
    """filename/name parameter in the requested style."""
    fn = p.filename
    if is_ascii(fn):
        return '%s="%s"' % (key, fn)
    if p.fn_style == "rfc2231":
        from urllib.parse import quote
        return "%s*=%s''%s" % (key, p.fn_charset.upper(), quote(fn.encode(p.fn_charset), safe=""))
    return '%s="%s"' % (key, ew(fn, p.fn_charset, "B").replace(" ", ""))


def _fold_params(first, params):
    """Content-Type style header: put each parameter on its own continuation
    line when the whole thing is long."""
    full = first + "".join("; " + x for x in params)
    if len(full) <= 78:
        return full
    return first + ";" + ";".join("\n\t" + x for x in params)


def part_headers(p):
    """Return list of header lines (strings, may contain folds)."""
    hs = []
    if isinstance(p, Text):
        cs = p.cs_label or p.charset
        csv = '"%s"' % cs if p.quote_cs else cs
        params = ["charset=%s" % csv] + ([x.strip() for x in p.ct_extra.split(";") if x.strip()])
        if p.filename:
            params.append(_fn_params(p, "name"))
        hs.append(_fold_params("Content-Type: text/%s" % p.subtype, params))
        hs.append("Content-Transfer-Encoding: %s" % p.cte)
        if p.disposition:
            d = p.disposition + ("; " + _fn_params(p, "filename") if p.filename else "")
            hs.append("Content-Disposition: %s" % d)
    elif isinstance(p, Bin):
        params = [x.strip() for x in p.ct_params.split(";") if x.strip()]
        if p.filename:
            params.append(_fn_params(p, "name"))
        hs.append(_fold_params("Content-Type: %s" % p.ctype, params))
        if p.filename and p.fn_style == "outlook":
            pass
        if p.disposition:
            dparams = []
            if p.filename:
                dparams.append(_fn_params(p, "filename"))
            if p.size_param:
                dparams.append("size=%d" % len(p.data))
            if p.dates:
                dparams += ['creation-date="%s"' % p.dates, 'modification-date="%s"' % p.dates]
            hs.append(_fold_params("Content-Disposition: %s" % p.disposition, dparams))
        if p.cid:
            hs.append("Content-ID: <%s>" % p.cid)
        hs.append("Content-Transfer-Encoding: %s" % p.cte)
    else:
        hs.append('Content-Type: multipart/%s;\n\tboundary="%s"%s' % (p.subtype, p.boundary, p.params))
    return hs + ["%s: %s" % kv for kv in p.headers] if not isinstance(p, Multi) else hs


def assign_boundaries(p, gen):
    if isinstance(p, Multi):
        if p.boundary is None:
            p.boundary = gen(p)
        for c in p.parts:
            assign_boundaries(c, gen)


def render_body(p):
    """Bytes of the body of part p (without its own headers)."""
    if isinstance(p, Text):
        return encode_body(p.payload_bytes(), p.cte, True, p.crlf_b64)
    if isinstance(p, Bin):
        if p.cte == "base64":
            return base64.encodebytes(p.data)
        return encode_body(p.data, p.cte, False)
    out = b""
    if p.preamble:
        out += p.preamble.encode("ascii") + b"\n\n"
    for c in p.parts:
        out += b"--" + p.boundary.encode() + b"\n"
        out += "\n".join(part_headers(c)).encode("ascii") + b"\n\n"
        body = render_body(c)
        if not body.endswith(b"\n"):
            body += b"\n"
        out += body + b"\n"
    out += b"--" + p.boundary.encode() + b"--\n"
    return out


def walk(p):
    yield p
    if isinstance(p, Multi):
        for c in p.parts:
            yield from walk(c)


def describe(p):
    """Compact structure description used in the manifest."""
    if isinstance(p, Multi):
        return "multipart/%s [%s]" % (p.subtype, ", ".join(describe(c) for c in p.parts))
    if isinstance(p, Text):
        s = "text/%s" % p.subtype
        if p.filename:
            s += ' "%s"' % p.filename
        return s
    s = p.ctype
    if p.filename:
        s += ' "%s"' % p.filename
    elif p.cid:
        s += " (inline cid)"
    return s


def crc_hex(data):
    return "%08x" % (binascii.crc32(data) & 0xFFFFFFFF)
