"""MIME assembly: RFC 2047 encoded words, header folding, body parts in
various charsets and transfer encodings, mini markup for links, HTML
templates.  Standard library only."""

import base64
import html as _html
import quopri
import re

# ---------------------------------------------------------------------------
# headers
# ---------------------------------------------------------------------------

_Q_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q_char(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif chr(c) in _Q_SAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(s, charset="utf-8", enc="Q", first_room=None):
    """Return a list of encoded words for s (split on character boundaries).
    Falls back to UTF-8 when s is not representable in charset (as MUAs do)."""
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    pre = "=?%s?%s?" % (charset, enc)
    limit = 75 - len(pre) - 2
    words, cur, curlen = [], [], 0
    if enc.upper() == "Q":
        for ch in s:
            piece = _q_char(ch.encode(charset))
            if cur and curlen + len(piece) > limit:
                words.append("".join(cur))
                cur, curlen = [], 0
            cur.append(piece)
            curlen += len(piece)
        if cur:
            words.append("".join(cur))
        return [pre + w + "?=" for w in words]
    # B
    raw = b""
    for ch in s:
        b = ch.encode(charset)
        if raw and len(base64.b64encode(raw + b)) > limit:
            words.append(base64.b64encode(raw).decode())
            raw = b""
        raw += b
    if raw:
        words.append(base64.b64encode(raw).decode())
    return [pre + w + "?=" for w in words]


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_text(s, charset="utf-8", enc="Q"):
    """Encode unstructured text (Subject) if needed; returns header value
    with explicit folding (newline + space)."""
    if is_ascii(s):
        return s
    return "\n ".join(encoded_words(s, charset, enc))


_SPECIALS = set('()<>[]:;@\\,."')


def _one_word(s, charset, enc):
    """s as a single encoded-word (preferred encoding first) or None."""
    for e in (enc, "B" if enc.upper() == "Q" else "Q"):
        w = encoded_words(s, charset, e)
        if len(w) == 1:
            return w[0]
    return None


def phrase_words(name, charset="utf-8", enc="Q"):
    """Encoded-words for a display name.  Words are only split at spaces
    (the space travels inside the preceding encoded-word), so that no
    decoder can insert a stray blank inside a word."""
    w = _one_word(name, charset, enc)
    if w:
        return [w]
    toks = name.split(" ")
    toks = [t + " " for t in toks[:-1]] + [toks[-1]]
    out, cur = [], ""
    for t in toks:
        if cur and _one_word(cur + t, charset, enc) is None:
            out.append(_one_word(cur, charset, enc) or "\n ".join(encoded_words(cur, charset, enc)))
            cur = t
        else:
            cur += t
    if cur:
        out.append(_one_word(cur, charset, enc) or "\n ".join(encoded_words(cur, charset, enc)))
    return out


def enc_addr(name, addr, charset="utf-8", enc="Q"):
    if not name:
        return addr
    if is_ascii(name):
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % ("\n ".join(phrase_words(name, charset, enc)), addr)


def enc_addrs(lst, charset="utf-8", enc="Q"):
    return ",\n ".join(enc_addr(n, a, charset, enc) for (n, a) in lst)


NO_REFOLD = {"Received", "X-Received"}


def fold(name, value):
    """Fold a header at whitespace to keep lines <= 78 chars, respecting
    existing explicit folds.  Trace headers keep the folding of the MTA
    that wrote them."""
    if name in NO_REFOLD:
        return name + ": " + value
    out_lines = []
    for seg_i, seg in enumerate(value.split("\n")):
        line = (name + ": " + seg) if seg_i == 0 else seg
        while len(line) > 78:
            cut = line.rfind(" ", 0, 78)
            if cut <= len(name) + 2 or line[:cut].strip() == "":
                cut = line.find(" ", 78)
                if cut == -1:
                    break
            out_lines.append(line[:cut])
            line = " " + line[cut + 1:] if not line[cut + 1:].startswith(("\t", " ")) else line[cut + 1:]
        out_lines.append(line)
    return "\n".join(out_lines)

# ---------------------------------------------------------------------------
# parts
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, info=None):
        self.headers = headers          # list of (name, value)
        self.body = body                # bytes (already transfer-encoded)
        self.children = children
        self.boundary = boundary
        self.info = info or {}

    def walk(self):
        yield self
        for c in self.children or []:
            yield from c.walk()

    def render(self, top=False):
        lines = [fold(n, v) for (n, v) in self.headers]
        head = "\n".join(lines).encode("ascii")
        if self.children is None:
            return head + b"\n\n" + self.body
        out = head + b"\n\n"
        if self.info.get("preamble"):
            out += self.info["preamble"].encode() + b"\n"
        for c in self.children:
            out += b"\n--" + self.boundary.encode() + b"\n" + c.render()
        out += b"\n--" + self.boundary.encode() + b"--\n"
        return out


def _qp(data):
    # quopri works on LF lines; keep LF (converted to CRLF at the end)
    enc = quopri.encodestring(data, quotetabs=False)
    # quopri leaves a lone '.' or 'From ' untouched; fine.
    return enc


def _b64(data):
    return base64.encodebytes(data).replace(b"\r\n", b"\n")


def encode_body(data, cte):
    cte_l = cte.lower()
    if cte_l == "quoted-printable":
        b = _qp(data)
    elif cte_l == "base64":
        b = _b64(data)
    elif cte_l in ("8bit", "7bit"):
        if cte_l == "7bit":
            assert all(c < 128 for c in data), "non-ASCII in 7bit part"
        for ln in data.split(b"\n"):
            assert len(ln) <= 998, "line too long for %s" % cte
        b = data
    else:
        raise ValueError(cte)
    if not b.endswith(b"\n"):
        b += b"\n"
    return b


def text(s, subtype="plain", charset="utf-8", cte="quoted-printable", quote=True,
         flowed=False, extra_params="", headers_extra=None):
    s = s.replace("\r\n", "\n")
    s = fit_punct(s, charset)
    data = s.encode(charset)              # strict: raises if not representable
    cs = ('"%s"' % charset) if quote else charset
    ct = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
    ct += extra_params
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    hdrs += headers_extra or []
    return Part(hdrs, encode_body(data, cte),
                info={"kind": "text", "subtype": subtype, "charset": charset, "cte": cte, "text": s})


_PUNCT = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u2019": "'",
          "\u2018": "'", "\u201a": "'", "\u2026": "...", "\u00a0": " ", "\u2122": "(TM)", "\u20ac": "EUR",
          "\u00ab": '"', "\u00bb": '"', "\u2022": "*", "\u2192": "->", "\u2194": "<->", "\u00b7": "-"}


def fit_punct(s, charset):
    """Replace typographic punctuation the charset cannot represent (as a
    user typing on a keyboard without AutoCorrect would have written it)."""
    out = []
    for ch in s:
        if ord(ch) > 127 and ch in _PUNCT:
            try:
                ch.encode(charset)
            except UnicodeEncodeError:
                ch = _PUNCT[ch]
        out.append(ch)
    return "".join(out)


def _filename_params(filename, style):
    if is_ascii(filename):
        return '; name="%s"' % filename, '; filename="%s"' % filename
    if style == "2231":
        from urllib.parse import quote as _q
        v = "UTF-8''" + _q(filename.encode("utf-8"), safe="")
        return "; name*=" + v, "; filename*=" + v
    ew = " ".join(encoded_words(filename, "utf-8", "B"))
    return '; name="%s"' % ew, '; filename="%s"' % ew


def attachment(data, ctype, filename, disposition="attachment", cte="base64", cid=None,
               fn_style="2047", size_param=False, extra_ct=""):
    np, fp = _filename_params(filename, fn_style)
    disp = disposition + fp
    if size_param:
        disp += "; size=%d" % len(data)
    hdrs = [("Content-Type", ctype + extra_ct + np), ("Content-Disposition", disp),
            ("Content-Transfer-Encoding", cte)]
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    info = {"kind": "attachment", "ctype": ctype, "filename": filename, "cte": cte, "data": data}
    if ctype.startswith("text/") or ctype == "image/svg+xml":
        m = re.search(r'charset="?([\w-]+)', extra_ct)
        info["charset"] = m.group(1) if m else "us-ascii"
    return Part(hdrs, encode_body(data, cte), info=info)


def multipart(sub, children, boundary, extra_params="", preamble=None):
    ct = 'multipart/%s;\n boundary="%s"%s' % (sub, boundary, extra_params)
    return Part([("Content-Type", ct)], children=children, boundary=boundary,
                info={"kind": "multipart", "sub": sub, "preamble": preamble})

# ---------------------------------------------------------------------------
# mini markup: [[link text|url]] ; lines starting with '> ' are quotes
# ---------------------------------------------------------------------------

_LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def plain_of(s, link_style="angle"):
    def rep(m):
        t, u = m.group(1), m.group(2)
        if t == u:
            return u
        if link_style == "angle":
            return "%s <%s>" % (t, u)
        if link_style == "paren":
            return "%s ( %s )" % (t, u)
        if link_style == "bracket":
            return "%s [%s]" % (t, u)
        if link_style == "hide":
            return t
        return "%s: %s" % (t, u)
    return _LINK.sub(rep, s)


def _inline_html(s, link_css=""):
    parts = []
    pos = 0
    for m in _LINK.finditer(s):
        parts.append(_html.escape(s[pos:m.start()], quote=False))
        st = ' style="%s"' % link_css if link_css else ""
        parts.append('<a href="%s"%s>%s</a>' % (_html.escape(m.group(2)), st, _html.escape(m.group(1), quote=False)))
        pos = m.end()
    parts.append(_html.escape(s[pos:], quote=False))
    return "".join(parts)


def html_outlook(s, lang="DE", font="Calibri", quoted_header=None):
    """Outlook/Word-style HTML."""
    paras = []
    for ln in s.split("\n"):
        if ln.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _inline_html(ln))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:%s;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (font, font, lang, "\n".join(paras))


def html_gmail(s):
    out = []
    block = []
    for ln in s.split("\n"):
        if ln.startswith("> "):
            block.append(_inline_html(ln[2:]))
            continue
        if block:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % "<br>".join(block))
            block = []
        out.append("<div>%s</div>" % (_inline_html(ln) if ln.strip() else "<br>"))
    if block:
        out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % "<br>".join(block))
    return '<div dir="ltr">%s</div>\n' % "".join(out)


def html_simple(s, font="Arial, sans-serif", size="10pt"):
    body = "<br>\n".join(_inline_html(ln) for ln in s.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"></head>'
            '<body><div style="font-family:%s;font-size:%s">%s</div></body></html>\n') % (font, size, body)


def html_branded(title, paras, button=None, footer="", brand="#0067b8", logo_text="", lang="de",
                 img_cid=None, img_alt="", width=600, after_button=None, preheader=""):
    """Typical transactional / notification HTML (table layout, inline CSS)."""
    ps = "\n".join('<tr><td style="padding:6px 32px;font-family:Segoe UI,Arial,sans-serif;font-size:14px;line-height:21px;color:#333333">%s</td></tr>'
                   % _inline_html(p, "color:%s" % brand) for p in paras)
    btn = ""
    if button:
        btn = ('<tr><td style="padding:18px 32px"><table role="presentation" cellspacing="0" cellpadding="0"><tr>'
               '<td style="background:%s;border-radius:3px"><a href="%s" style="display:inline-block;padding:11px 26px;'
               'font-family:Segoe UI,Arial,sans-serif;font-size:15px;color:#ffffff;text-decoration:none">%s</a></td></tr></table></td></tr>'
               % (brand, _html.escape(button[1]), _html.escape(button[0], quote=False)))
    img = ""
    if img_cid:
        img = ('<tr><td style="padding:10px 32px" align="center"><img src="cid:%s" width="200" height="200" alt="%s" '
               'style="display:block;border:0"></td></tr>' % (img_cid, _html.escape(img_alt)))
    after = ""
    if after_button:
        after = "\n".join('<tr><td style="padding:6px 32px;font-family:Segoe UI,Arial,sans-serif;font-size:14px;line-height:21px;color:#333333">%s</td></tr>'
                          % _inline_html(p, "color:%s" % brand) for p in after_button)
    pre = ""
    if preheader:
        pre = '<div style="display:none;max-height:0;overflow:hidden">%s</div>' % _html.escape(preheader)
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f2f2">%s\n<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" style="background:#f2f2f2">'
            '<tr><td align="center" style="padding:24px 8px">\n<table role="presentation" width="%d" cellspacing="0" cellpadding="0" style="background:#ffffff;border-top:4px solid %s">\n'
            '<tr><td style="padding:22px 32px 6px 32px;font-family:Segoe UI,Arial,sans-serif;font-size:20px;font-weight:600;color:%s">%s</td></tr>\n'
            '<tr><td style="padding:0 32px 8px 32px;font-family:Segoe UI,Arial,sans-serif;font-size:20px;color:#222222">%s</td></tr>\n'
            '%s\n%s\n%s\n%s\n<tr><td style="padding:18px 32px 24px 32px;font-family:Segoe UI,Arial,sans-serif;font-size:11px;line-height:16px;color:#777777">%s</td></tr>\n'
            '</table></td></tr></table></body></html>\n') % (
        lang, _html.escape(title), pre, width, brand, brand, _html.escape(logo_text), _html.escape(title),
        ps, img, btn, after, _inline_html(footer).replace("\n", "<br>"))


def fill_charset(h, charset):
    return h.replace("%CHARSET%", charset)
