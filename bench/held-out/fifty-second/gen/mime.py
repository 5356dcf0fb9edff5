"""Hand-made MIME assembly so that header order, folding, encoded-words,
boundaries and transfer encodings look like the sending system's."""
import base64
import binascii
import html as _html
import re

PYCODEC = {"utf-8": "utf-8", "us-ascii": "ascii"}


def codec(cs):
    return PYCODEC.get(cs.lower(), cs.lower())


# ------------------------------------------------------------ headers -----
_QSAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words, each at most 75 characters, never splitting a character."""
    pre = "=?%s?%s?" % (charset, enc)
    words, cur = [], b""

    def enclen(bs):
        if enc == "B":
            return len(base64.b64encode(bs))
        return sum(1 if (chr(b) in _QSAFE or b == 32) else 3 for b in bs)

    def render(bs):
        if enc == "B":
            return pre + base64.b64encode(bs).decode() + "?="
        return pre + "".join("_" if b == 32 else (chr(b) if chr(b) in _QSAFE else "=%02X" % b) for b in bs) + "?="

    for ch in text:
        cb = ch.encode(codec(charset))
        if cur and len(pre) + enclen(cur + cb) + 2 > 75:
            words.append(render(cur))
            cur = b""
        cur += cb
    if cur:
        words.append(render(cur))
    return " ".join(words)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def htext(text, charset="utf-8", enc="B"):
    return text if is_ascii(text) else ew(text, charset, enc)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="utf-8", enc="B", quote=False):
    if not name:
        return "<%s>" % email if quote else email
    if not is_ascii(name):
        return "%s <%s>" % (ew(name, charset, enc), email)
    if quote or any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


def addrs(lst, charset="utf-8", enc="B", quote=False):
    return ", ".join(addr(n, e, charset, enc, quote) for n, e in lst)


def _tokens(value):
    toks, cur, inq = [], "", False
    for ch in value:
        if ch == '"':
            inq = not inq
        if ch == " " and not inq:
            toks.append(cur)
            cur = ""
        else:
            cur += ch
    toks.append(cur)
    return toks


def fold(name, value, width=78):
    if "\n" in value or name == "Received":          # pre-folded / never re-folded
        return "%s: %s" % (name, value)
    lines, line = [], name + ":"
    for t in _tokens(value):
        if len(line) + 1 + len(t) > width and line != name + ":":
            lines.append(line)
            line = " " + t
        else:
            line += " " + t
    lines.append(line)
    return "\n".join(lines)


# --------------------------------------------------------------- parts ----
class Leaf:
    def __init__(self, ctype, body, cte, params=(), headers=(), meta=None, quote=True):
        self.ctype, self.body, self.cte = ctype, body, cte
        self.params = list(params)
        self.headers = list(headers)
        self.meta = meta or {}
        self.quote = quote


class Multi:
    def __init__(self, subtype, parts, boundary=None, params=(), preamble=None):
        self.subtype, self.parts, self.boundary = subtype, list(parts), boundary
        self.params = list(params)
        self.preamble = preamble


def encode_body(raw, cte):
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return ("\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n").encode()
    if cte == "quoted-printable":
        out = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "7bit":
        raw.decode("ascii")
    assert all(len(l) < 998 for l in raw.split(b"\n"))
    return raw if raw.endswith(b"\n") else raw + b"\n"


def _flow(txt, width=72):
    """RFC 3676 format=flowed: soft line breaks marked by a trailing space."""
    out = []
    for line in txt.split("\n"):
        if line.startswith(("From ", " ")):
            line = " " + line
        if line.startswith(">") or len(line) <= width + 6:
            out.append(line)
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


def text(txt, sub="plain", charset="utf-8", cte="quoted-printable", flowed=False, delsp=False,
         quote=True, headers=()):
    txt = txt.replace("\r\n", "\n")
    src = _flow(txt) if flowed else txt
    raw = src.encode(codec(charset))
    params = [("charset", charset)]
    if flowed:
        params.append(("format", "flowed"))
    if delsp:
        params.append(("delsp", "yes"))
    return Leaf("text/" + sub, encode_body(raw, cte), cte, params, headers,
                meta={"text": txt, "charset": charset}, quote=quote)


def attachment(data, ctype, filename, cte="base64", inline=False, cid=None, fname="plain", charset="utf-8",
               extra=(), disp_extra=(), desc=False, name_param=True):
    if fname == "2231" and not is_ascii(filename):
        from urllib.parse import quote as _q
        fn_disp = ("filename*", "%s''%s" % (charset.upper(), _q(filename.encode(codec(charset)), safe="")))
        fn_name = ("name", ew(filename, charset, "B"))
    elif not is_ascii(filename):
        e = ew(filename, charset, "Q" if fname == "q" else "B")
        fn_disp, fn_name = ("filename", e), ("name", e)
    else:
        fn_disp, fn_name = ("filename", filename), ("name", filename)
    params = [fn_name] if name_param else []
    hdrs = []
    if desc:
        hdrs.append(("Content-Description", fn_name[1]))
    disp = "inline" if inline else "attachment"
    hdrs.append(("Content-Disposition", (disp, [fn_disp] + list(disp_extra))))
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    hdrs += list(extra)
    body = encode_body(data, cte)
    return Leaf(ctype, body, cte, params, hdrs, meta={"filename": filename, "size": len(data), "data": data})


def _param_str(k, v, quote):
    if k.endswith("*") or (k == "size" and v.isdigit()):
        return "%s=%s" % (k, v)
    if quote or re.search(r'[\s()<>@,;:\\"/\[\]?=]', v):
        return '%s="%s"' % (k, v)
    return "%s=%s" % (k, v)


def ctype_value(main, params, quote=True, sep="; "):
    return main + "".join(sep + _param_str(k, v, quote) for k, v in params)


def fold_params(name, main, params, quote=True, style="tab"):
    one = "%s: %s" % (name, ctype_value(main, params, quote))
    if len(one) <= 78 or not params:
        return one
    if style == "tab":
        return "%s: %s;" % (name, main) + "".join(
            "\n\t" + _param_str(k, v, quote) + (";" if i < len(params) - 1 else "") for i, (k, v) in enumerate(params))
    return "%s: %s;" % (name, main) + "".join(
        "\n " + _param_str(k, v, quote) + (";" if i < len(params) - 1 else "") for i, (k, v) in enumerate(params))


def render_part(p, bgen, style):
    """Return (header lines, body bytes). bgen() -> new boundary string."""
    out = []
    if isinstance(p, Multi):
        if p.boundary is None:
            p.boundary = bgen(p.subtype)
        out.append(fold_params("Content-Type", "multipart/" + p.subtype, list(p.params) + [("boundary", p.boundary)],
                               True, style))
        body = b""
        if p.preamble:
            body += p.preamble.encode() + b"\n\n"
        for c in p.parts:
            hl, cb = render_part(c, bgen, style)
            body += b"--" + p.boundary.encode() + b"\n" + ("\n".join(hl)).encode() + b"\n\n" + cb
        body += b"--" + p.boundary.encode() + b"--\n"
        return out, body
    out.append(fold_params("Content-Type", p.ctype, p.params, p.quote, style))
    out.append("Content-Transfer-Encoding: %s" % p.cte)
    for k, v in p.headers:
        if isinstance(v, tuple):
            main, params = v
            out.append(fold_params(k, main, params, True, style))
        else:
            out.append(fold(k, v))
    return out, p.body.rstrip(b"\n") + b"\n"


def assemble(headers, body, bgen, style="tab", tail=()):
    lines = [fold(n, v) for n, v in headers]
    hl, b = render_part(body, bgen, style)
    lines += hl + [fold(n, v) for n, v in tail]
    return ("\n".join(lines) + "\n\n").encode() + b


# ---------------------------------------------------------------- HTML ----
def esc(s):
    return _html.escape(s, quote=True)


def _linkify(s):
    return re.sub(r"(https?://[^\s<]+)", lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), s)


def html_from_text(txt, style="outlook", lang="de", charset="utf-8"):
    paras = txt.replace("\r\n", "\n").split("\n")
    if style == "outlook":
        body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (_linkify(esc(l)) if l else "&nbsp;") for l in paras)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, lang.upper(), body))
    if style == "gmail":
        body = "".join("<div>%s</div>" % (_linkify(esc(l)) if l else "<br>") for l in paras)
        return '<div dir="ltr">%s</div>\n' % body
    if style == "thunderbird":
        body = "<br>\n".join(_linkify(esc(l)) for l in paras)
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
                '  </head>\n  <body>\n    <p>%s</p>\n  </body>\n</html>\n' % (charset, body))
    body = "<br>\n".join(_linkify(esc(l)) for l in paras)
    return '<html><head><meta charset="%s"></head><body style="font-family:Arial,sans-serif;font-size:14px">%s</body></html>\n' % (charset, body)
