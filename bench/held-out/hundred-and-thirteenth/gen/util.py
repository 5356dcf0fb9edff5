"""Helpers shared by the message definitions."""
import html as _html
import re

from lib.mime import Text, Attachment, Multipart, addr, hval, addrs, encoded_words
from lib.msg import Msg
from lib.infra import T, ago, fmt, local
from company import who

URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def esc(s):
    return _html.escape(s, quote=True)


def linkify(s):
    return URL_RE.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(1), mo.group(1)), s)


def paras(text):
    return [p for p in text.strip("\n").split("\n\n")]


def outlook_html(text, lang="DE", font="Calibri", size="11.0pt", sig_html=""):
    """Word-style HTML as Outlook produces it for a plain-text-ish body."""
    body = ""
    for p in paras(text):
        inner = "<br>\n".join(linkify(esc(l)) for l in p.split("\n"))
        body += '<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' % inner
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face {font-family:%s; panose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:%s; font-family:"%s",sans-serif;}\n'
            'a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}\n'
            '.MsoChpDefault {mso-style-type:export-only;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s%s</div>\n</body>\n</html>\n') % (font, size, font, lang, body, sig_html)


def gmail_html(text):
    out = []
    for p in paras(text):
        lines = "<br>".join(linkify(esc(l)) for l in p.split("\n"))
        out.append("<div>%s</div>" % lines)
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"


def simple_html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    out = []
    for p in paras(text):
        lines = "<br>\n".join(linkify(esc(l)) for l in p.split("\n"))
        out.append("<p>%s</p>" % lines)
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head>\n<body style="%s">\n%s\n</body></html>\n' % (style, "\n".join(out))


def cs_fill(html, cs):
    return html.replace("%CS%", cs)


def alt(m, text, html, cs, cte, n=0, html_cs=None, html_cte=None, quote_cs=True, label=None, extra_params=()):
    hcs = html_cs or cs
    return Multipart("alternative", [
        Text(text, "plain", cs, cte, quote_cs=quote_cs, label=label, extra_params=extra_params),
        Text(cs_fill(html, label or hcs), "html", hcs, html_cte or cte, quote_cs=quote_cs, label=label)],
        m.boundary(n))


def quote_outlook_de(frm, sent, to, subject, body, lang="de"):
    hdr = {
        "de": ("Von", "Gesendet", "An", "Betreff"),
        "it": ("Da", "Inviato", "A", "Oggetto"),
        "en": ("From", "Sent", "To", "Subject"),
        "pl": ("Od", "Wysłano", "Do", "Temat"),
        "es": ("De", "Enviado el", "Para", "Asunto"),
    }[lang]
    return ("\n\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n%s" % (hdr[0], frm, hdr[1], sent, hdr[2], to, hdr[3], subject, body))


def quote_gt(intro, body):
    return "\n\n%s\n%s" % (intro, "\n".join(("> " + l) if l else ">" for l in body.strip("\n").split("\n")))


def staff(key, charset="utf-8", enc="Q", label=None):
    n, a = who(key)
    return addr(n, a, charset, enc, label)
