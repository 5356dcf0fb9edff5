"""Hand-rolled MIME serialisation with full control over charset and transfer encoding."""
import base64
import binascii
import html
import re

# ---------------------------------------------------------------- headers ---

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


def encoded_words(text, charset="utf-8", enc="Q", first_room=75):
    """Split text into RFC 2047 encoded words (each <= 75 chars)."""
    label = charset
    words = []
    prefix = "=?%s?%s?" % (label, enc)
    cur = ""
    cur_raw = ""
    room = first_room
    for ch in text:
        if enc == "Q":
            piece = _q_char(ch, charset)
            if len(prefix) + len(cur) + len(piece) + 2 > room and cur:
                words.append(prefix + cur + "?=")
                cur, room = "", 75
            cur += piece
        else:
            trial = cur_raw + ch
            blen = 4 * ((len(trial.encode(charset)) + 2) // 3)
            if len(prefix) + blen + 2 > room and cur_raw:
                words.append(prefix + base64.b64encode(cur_raw.encode(charset)).decode() + "?=")
                cur_raw, room = "", 75
                trial = ch
            cur_raw = trial
    if enc == "Q" and cur:
        words.append(prefix + cur + "?=")
    if enc == "B" and cur_raw:
        words.append(prefix + base64.b64encode(cur_raw.encode(charset)).decode() + "?=")
    return words


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr_text(text, charset="utf-8", enc="Q"):
    """Unstructured header (Subject etc.)."""
    if is_ascii(text):
        return text
    return "\n ".join(encoded_words(text, charset, enc))


_SPECIALS = set('()<>[]:;@\\,."')


def phrase(name, charset="utf-8", enc="Q", quote_always=False):
    if not name:
        return ""
    if is_ascii(name):
        if quote_always or any(c in _SPECIALS for c in name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return name
    return " ".join(encoded_words(name, charset, enc))


def addr(name, email, charset="utf-8", enc="Q", quote_always=False):
    if not name:
        return email
    return "%s <%s>" % (phrase(name, charset, enc, quote_always), email)


def addr_list(items, charset="utf-8", enc="Q", quote_always=False):
    return ", ".join(addr(n, e, charset, enc, quote_always) for n, e in items)


def fold(name, value, width=78):
    """Fold at whitespace outside quoted strings; keep pre-folded values."""
    line = "%s: %s" % (name, value)
    if "\n" in value or len(line) <= width:
        return line
    out = []
    cur = ""
    tokens = re.findall(r'"(?:[^"\\]|\\.)*"|\S+|\s+', line)
    for tok in tokens:
        if tok.isspace():
            continue
        add = (" " if cur else "") + tok
        if cur and len(cur) + len(add) > width:
            out.append(cur)
            cur = " " + tok
        else:
            cur += add
    out.append(cur)
    return "\n".join(out)


# ------------------------------------------------------------------ bodies ---

def qp(data: bytes) -> bytes:
    return binascii.b2a_qp(data, istext=True, header=False)


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data)


def encode_body(text_or_bytes, charset, cte):
    data = text_or_bytes.encode(charset) if isinstance(text_or_bytes, str) else text_or_bytes
    if cte == "quoted-printable":
        enc = qp(data)
    elif cte == "base64":
        enc = b64(data)
    elif cte == "7bit":
        data.decode("ascii")
        enc = data
    elif cte == "8bit":
        enc = data
    else:
        raise ValueError(cte)
    if not enc.endswith(b"\n"):
        enc += b"\n"
    return enc


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None,
                 preamble=None, meta=None):
        self.headers = headers  # list of (name, value)
        self.body = body
        self.children = children or []
        self.boundary = boundary
        self.preamble = preamble
        self.meta = meta or {}

    def render(self) -> bytes:
        out = [fold(n, v).encode("ascii") + b"\n" for n, v in self.headers]
        out.append(b"\n")
        if self.children:
            if self.preamble:
                out.append(self.preamble.encode("ascii") + b"\n")
            for ch in self.children:
                out.append(b"--" + self.boundary.encode("ascii") + b"\n")
                r = ch.render()
                out.append(r)
                if not r.endswith(b"\n"):
                    out.append(b"\n")
            out.append(b"--" + self.boundary.encode("ascii") + b"--\n")
        else:
            out.append(self.body)
        return b"".join(out)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              flowed=False, ct_style="quoted", extra_headers=(), label=None):
    """label: how the charset is spelled in the header (e.g. 'UTF-8', 'Windows-1252')."""
    label = label or charset
    cs = ('"%s"' % label) if ct_style == "quoted" else label
    ct = "text/%s; charset=%s" % (subtype, cs)
    if flowed:
        ct += "; format=flowed"
    text.encode(charset)  # strict: raise if text not representable
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra_headers)
    return Part(hdrs, encode_body(text, charset, cte),
                meta={"kind": "text", "charset": label.lower(), "cte": cte, "subtype": subtype})


def multipart(subtype, parts, boundary, extra_ct="", preamble=None, extra_headers=()):
    ct = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra_ct)
    return Part([("Content-Type", ct)] + list(extra_headers), children=parts,
                boundary=boundary, preamble=preamble, meta={"kind": "multipart", "subtype": subtype})


def _fname_params(key, filename, style, charset="utf-8"):
    if is_ascii(filename):
        return '%s="%s"' % (key, filename)
    if style == "rfc2231":
        from urllib.parse import quote
        return "%s*=%s''%s" % (key, charset, quote(filename.encode(charset)))
    return '%s="%s"' % (key, " ".join(encoded_words(filename, charset, "B" if style == "rfc2047b" else "Q")))


def attachment(data, ctype, filename, cte="base64", inline=False, cid=None,
               fname_style="rfc2047", charset="utf-8", extra_headers=(), size_param=False,
               describe=""):
    ct = "%s; %s" % (ctype, _fname_params("name", filename, fname_style, charset))
    disp = "inline" if inline else "attachment"
    cd = "%s; %s" % (disp, _fname_params("filename", filename, fname_style, charset))
    if size_param:
        cd += "; size=%d" % len(data)
    hdrs = [("Content-Type", ct), ("Content-Description", filename)] if size_param else [("Content-Type", ct)]
    hdrs.append(("Content-Disposition", cd))
    hdrs.append(("Content-Transfer-Encoding", cte))
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    hdrs.extend(extra_headers)
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data)
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    return Part(hdrs, body, meta={"kind": "attachment", "filename": filename, "ctype": ctype,
                                  "inline": inline, "describe": describe})


# ----------------------------------------------------------- html helpers ---

def esc(s):
    return html.escape(s, quote=False)


def to_html_encodable(s, charset):
    """Replace characters not in charset by numeric entities (HTML only)."""
    return s.encode(charset, "xmlcharrefreplace").decode(charset)


def outlook_html(paras, charset="iso-8859-1", lang="DE", sig=None):
    """Word-generated HTML as sent by Outlook (simplified but faithful in style)."""
    body = []
    for p in paras:
        if p == "":
            body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            body.append("<p class=MsoNormal>%s<o:p></o:p></p>" % esc(p).replace("\n", "<br>\n"))
    if sig:
        body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        for s in sig:
            body.append('<p class=MsoNormal><span style=\'font-size:9.0pt;color:#595959\'>%s<o:p></o:p></span></p>' % esc(s))
    h = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
         "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
         "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=%s\">"
         "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n"
         "/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n"
         "@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
         "\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Aptos\",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n"
         "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n"
         "span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:\"Aptos\",sans-serif;\n\tcolor:windowtext;}\n"
         ".MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n"
         "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n"
         "--></style></head><body lang=%s link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>"
         "<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n") % (charset, lang, "\n".join(body))
    return to_html_encodable(h, charset)


def gmail_html(paras, charset="UTF-8", quote=None):
    out = ['<div dir="ltr">']
    for p in paras:
        if p == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % esc(p).replace("\n", "<br>"))
    out.append("</div>")
    if quote:
        out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                   % (esc(quote[0]), "<br>".join(esc(x) for x in quote[1])))
    return to_html_encodable("\n".join(out) + "\n", charset)


def simple_html(inner, charset="utf-8", title=""):
    h = ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n</head>\n"
         "<body style=\"margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;\">\n%s\n</body>\n</html>\n"
         % (charset, esc(title), inner))
    return to_html_encodable(h, charset)


def paras_to_text(paras):
    return "\n".join(paras) + "\n"
