"""Message scaffolding: a builder object per message that collects the MIME
tree, headers, facts and manifest information."""
import base64
import html

from . import mime, mta, qr, png
from .util import (rng, rfc_date, hexs, alnum, uuid4, b64rand, addr, hdr_text, fold, plus, epoch)

REGISTRY = []


def message(kind, file):
    def deco(fn):
        REGISTRY.append((kind, file, fn))
        return fn
    return deco


class M:
    def __init__(self, kind, file):
        self.kind, self.file = kind, file
        self.lang = file.split("-")[1]
        self.r = rng(file)
        self.facts = []          # (type, value, note)
        self.qr = []             # (where, payload, matrix-getter kind)
        self.info = {}
        self.attachments = []    # (filename, bytes, kind)
        self.passwords = {}      # zip filename -> password
        self.eml = None

    # ---------------------------------------------------------- facts
    def fact(self, typ, value, note=""):
        self.facts.append((typ, value, note))
        return value

    def iban(self, v, note=""):
        return self.fact("IBAN", v, note)

    def url(self, v, note=""):
        return self.fact("URL", v, note)

    def phone(self, v, note=""):
        return self.fact("Phone", v, note)

    # ---------------------------------------------------------- ids
    def msgid_outlook(self, server, pod="eurprd08"):
        return "<%s%s@%s.%s.prod.outlook.com>" % (server, hexs(self.r, 28, True), server, pod.lower())

    def msgid_exchange(self, srv="EXCH01"):
        return "<%s@%s.corp.example.com>" % (hexs(self.r, 32), srv)

    def msgid_gmail(self):
        return "<CA%s@mail.gmail.com>" % (alnum(self.r, 40) + "=" + alnum(self.r, 12) + "+" + alnum(self.r, 6))

    def msgid_tb(self, domain):
        return "<%s@%s>" % (uuid4(self.r), domain)

    def msgid_apple(self, domain):
        return "<%s@%s>" % (uuid4(self.r, upper=True), domain)

    def msgid_php(self, host):
        return "<%s@%s>" % (alnum(self.r, 43), host)

    def msgid_outlook_desktop(self, domain):
        return "<%s$%s$%s$@%s>" % ("0000" + hexs(self.r, 8), hexs(self.r, 8), hexs(self.r, 8), domain)

    def thread_index(self, replies=0):
        return base64.b64encode(bytes([1]) + bytes(self.r.getrandbits(8) for _ in range(21 + 5 * replies))).decode()

    def boundary(self, style, seed=""):
        return mime.boundary(self.r, style, seed)

    def np(self, level):
        """Outlook (non-Exchange) '----=_NextPart_00L_SSSS_01DBxxxx.xxxxxxxx' boundaries
        sharing one time stamp per message, level 0 = outermost."""
        if not hasattr(self, "_npbase"):
            self._npbase = ("01DB%s.%s" % (hexs(self.r, 4, True), hexs(self.r, 8, True)), self.r.randrange(1, 0x4000))
        base, seq = self._npbase
        return "----=_NextPart_%03d_%04X_%s" % (level, seq + level, base)

    # ---------------------------------------------------------- images
    def qr_png(self, payload, scale=4, quiet=4, ecl="M", where=None, eci=None):
        m = qr.encode(payload, ecl, eci=eci)
        w, h, rows = qr.matrix_to_gray(m, scale, quiet)
        data = png.write(w, h, rows)
        self.qr.append((where or "png", payload))
        return data, m

    # ---------------------------------------------------------- final
    def finish(self, headers, root):
        self.eml = mime.render(headers, root)
        return self.eml


def build_headers(m, mx_auth, pre, client, t_mx, sender_headers):
    env = m.env
    return mta.mx01(env, client, t_mx, mx_auth) + pre + sender_headers


# -------------------------------------------------------------- html helpers

def esc(s):
    return html.escape(s, quote=False)


def outlook_html(paras, lang="DE", font="Calibri", sig_html="", quoted_html=""):
    """Word-generated HTML as Outlook/Exchange sends it."""
    body = ""
    for p in paras:
        if p == "":
            body += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        else:
            body += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(p).replace("\n", "<br>\n")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
            '</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
            '</o:shapelayout></xml><![endif]-->\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s%s</div>\n%s</body>\n</html>\n'
            % (font, font, font, lang, body, sig_html, quoted_html))


def gmail_html(paras, sig=None, quote=None):
    inner = ""
    for p in paras:
        if p == "":
            inner += "<div><br></div>"
        else:
            inner += "<div>%s</div>" % esc(p).replace("\n", "<br>")
    if sig:
        inner += '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">%s</div></div>' % "<br>".join(esc(s) for s in sig)
    s = '<div dir="ltr">%s</div>' % inner
    if quote:
        s += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(quote[0]), quote[1])
    return s + "\r\n"


def tb_html(paras, sig=None, charset="UTF-8", quote_html=""):
    body = ""
    for p in paras:
        body += "    <p>%s</p>\n" % (esc(p).replace("\n", "<br>\n") if p else "<br>")
    if sig:
        body += '    <div class="moz-signature">-- <br>\n%s</div>\n' % "<br>\n".join(esc(s) for s in sig)
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '  </head>\n  <body>\n%s%s  </body>\n</html>\n' % (charset, body, quote_html))


def text_from(paras):
    return "\n".join(paras) + "\n"
