"""Message object: deterministic RNG, facts register, part helpers and
final assembly."""

import html as _html
import random
import re

from . import ids, mime, png, qr, smtp
from .mime import Part
from .pdf import PDF

URL_RE = re.compile(r"""(?:https?|hxxps?)://[^\s"'<>\)\]]+""")
PHONE_RE = re.compile(r"(?<![\w/=+.-])\+\d{1,3}(?:[ .-]?\(?\d+\)?){2,6}(?![\w/])")


class Msg:
    def __init__(self, folder, fname, lang):
        self.folder = folder
        self.fname = fname
        self.lang = lang
        self.rng = random.Random(fname)
        self.facts = []          # (kind, value)
        self.qr = []             # payload strings expected in QR codes
        self.what = ""
        self.why = ""
        self.pair = []
        self.pair_topic = ""
        self.pair_diff = ""
        self.structure = None
        self.attach_names = []
        self.dmarc_policy = {}
        self.expect_text = []    # strings that must appear in decoded parts
        self.sender_system = ""

    # ---------------------------------------------------------- facts
    def fact(self, kind, value):
        if (kind, value) not in self.facts:
            self.facts.append((kind, value))
        return value

    def tel(self, s):
        return self.fact("Phone", s)

    def scan(self, text):
        if not text:
            return text
        text_u = re.sub(r'xmlns(:\w+)?="[^"]*"', "", text)
        for u in URL_RE.findall(text_u):
            u = _html.unescape(u).rstrip(".,;:")
            self.fact("URL", u)
        for i in ids.find_ibans(text):
            self.fact("IBAN", i)
        for w in ids.BTC_RE.findall(text):
            self.fact("Wallet", w)
        for p in PHONE_RE.findall(_html.unescape(text)):
            p = p.strip()
            if len(re.sub(r"\D", "", p)) >= 8 and not any(p in v or v in p for k, v in self.facts if k == "Phone"):
                self.fact("Phone", p)
        return text

    # ---------------------------------------------------------- QR
    def qr_matrix(self, payload, ecl="M"):
        self.qr.append(payload)
        self.fact("QR", payload)
        return qr.encode(payload.encode("utf-8"), ecl)

    def qr_png(self, payload, scale=5, ecl="M"):
        return png.qr_png(self.qr_matrix(payload, ecl), scale)

    # ---------------------------------------------------------- parts
    def text(self, s, charset="utf-8", cte="quoted-printable", **kw):
        self.scan(s)
        s.encode(charset)  # strict: must be representable
        return Part("text/plain", s, charset=charset, cte=cte, **kw)

    def html(self, s, charset="utf-8", cte="quoted-printable", **kw):
        self.scan(s)
        b = s.encode(charset, errors="xmlcharrefreplace")
        return Part("text/html", b, charset=charset, cte=cte, **kw)

    def att(self, data, ctype, filename, cte="base64", disposition="attachment", **kw):
        self.attach_names.append(filename)
        return Part(ctype, data, cte=cte, filename=filename, disposition=disposition, **kw)

    def pdf(self, **kw):
        d = PDF(**kw)
        d.msg = self
        return d

    def render_pdf(self, d):
        for p in d.pages:
            for op in p.ops:
                pass
            for (_, _, _, _, uri) in p.links:
                self.fact("URL", uri)
        for t in getattr(d, "texts", []):
            self.scan(t)
        return d.render()

    def boundary(self, style):
        r = self.rng
        if style == "gmail":
            return "0000000000" + smtp.rhex(r, 18)
        if style == "outlook":
            return None
        if style == "tb":
            return "------------" + smtp.ralnum(r, 24)
        if style == "apple":
            return "Apple-Mail=_" + smtp.uuid(r, upper=True)
        if style == "roundcube":
            return "=_" + smtp.rhex(r, 32)
        if style == "phpmailer":
            return "b1=_" + smtp.ralnum(r, 43)
        if style == "sendgrid":
            return smtp.rhex(r, 64)
        if style == "ses":
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
        if style == "java":
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
        if style == "mc":
            return "_----------=_MCPart_" + str(r.randrange(10 ** 9, 10 ** 10))
        if style == "zoho":
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
        if style == "exim":
            return "=_" + smtp.ralnum(r, 20)
        if style == "yandex":
            return "----==%s==----" % smtp.rb64(r, 22).replace("/", "a").replace("+", "b")
        if style == "mailru":
            return "--ALT--%s%d" % (smtp.rhex(r, 32, upper=True), r.randrange(10 ** 9, 10 ** 10))
        if style == "nextpart":
            return "----=_NextPart_000_%04X_01DB%s.%s" % (r.randrange(65536), smtp.rhex(r, 4, upper=True), smtp.rhex(r, 8, upper=True))
        if style == "mimecast":
            return "_000_" + smtp.ralnum(r, 32)
        return "=_" + smtp.ralnum(r, 28)


def outlook_bnd(prefix, server):
    """Outlook boundary: _000_<MessageID-local>_ style."""
    return prefix + "_"


# ============================================================== html tools
def esc(s):
    return _html.escape(s, quote=False)


def paras_to_outlook(paras, lang_tag="DE", style_name="E-MailFormatvorlage17", font="Aptos",
                     charset="utf-8", quote_html="", sig_html=""):
    """Word-generated HTML as Outlook for Windows writes it."""
    body = []
    for p in paras:
        if p == "":
            body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif p.startswith("<"):
            body.append(p)
        else:
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n"))
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:%s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.%s
	{mso-style-type:personal-reply;
	font-family:"%s",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
%s
%s
%s
</div>
</body>
</html>
""" % (charset, font, font, style_name, font, lang_tag, "\n".join(body), sig_html, quote_html))


def outlook_quote_html(labels, frm, sent, to, subject, quoted_paras, cc=None):
    """labels: (From, Sent, To, Cc, Subject) in the client's language."""
    lines = ['<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
             '<p class="MsoNormal"><b><span lang="DE">%s</span></b><span lang="DE"> %s<br>' % (labels[0], esc(frm)),
             '<b>%s</b> %s<br>' % (labels[1], esc(sent)),
             '<b>%s</b> %s<br>' % (labels[2], esc(to))]
    if cc:
        lines.append('<b>%s</b> %s<br>' % (labels[3], esc(cc)))
    lines.append('<b>%s</b> %s<o:p></o:p></span></p>' % (labels[4], esc(subject)))
    lines.append('</div>')
    lines.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    for p in quoted_paras:
        if p == "":
            lines.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            lines.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n"))
    return "\n".join(lines)


def outlook_quote_text(labels, frm, sent, to, subject, quoted_paras, cc=None):
    s = "\n%s %s\n%s %s\n%s %s\n" % (labels[0], frm, labels[1], sent, labels[2], to)
    if cc:
        s += "%s %s\n" % (labels[3], cc)
    s += "%s %s\n\n" % (labels[4], subject)
    s += "\n".join(quoted_paras) + "\n"
    return s


def gmail_html(paras, quote=None):
    out = ['<div dir="ltr">']
    for p in paras:
        if p == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % esc(p).replace("\n", "<br>"))
    out.append("</div>")
    if quote:
        out.append(quote)
    return "".join(out) + "\n"


def simple_html(paras, font="Arial, sans-serif", size="10pt"):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>',
           '<div style="font-family: %s; font-size: %s;">' % (font, size)]
    for p in paras:
        if p == "":
            out.append("<br>")
        elif p.startswith("<"):
            out.append(p)
        else:
            out.append("<p>%s</p>" % esc(p).replace("\n", "<br>\n"))
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"
