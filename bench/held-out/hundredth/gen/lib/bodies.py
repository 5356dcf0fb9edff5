"""Body helpers: text parts, HTML in the style of each client, boundaries."""
import html as _h

from .mime import Part, wrap_text


def bnd(r, style, key=""):
    if style == "exchange":
        return "_000_%s%s_" % (r.hex(32), "EXCH01corpexamplecom")
    if style == "m365":
        return "_000_%s_" % (key or r.hex(40, True))
    if style == "outlook":
        return "----=_NextPart_%03d_%s_01DC%s.%s" % (r.randint(0, 2), r.hex(4, True), r.hex(4, True), r.hex(8, True))
    if style == "gmail":
        return "000000000000" + r.hex(16)
    if style == "apple":
        return "Apple-Mail-%s" % r.uuid(True)
    if style == "thunderbird":
        return "------------" + r.s(24)
    if style == "roundcube":
        return "=_" + r.hex(32)
    if style == "phpmailer":
        return "b1=_" + r.s(43)
    if style == "sendgrid":
        return r.hex(64)
    if style == "mailgun":
        return r.hex(32)
    if style == "mailchimp":
        return "_----------=_MCPart_%s" % r.digits(10)
    if style == "java":
        return "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(100000000, 999999999), r.randint(1730000000000, 1799999999999))
    if style == "thebat":
        return "----------" + r.hex(15, True)
    if style == "ox":
        return "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(100000, 999999), r.randint(1730000000000, 1799999999999))
    if style == "trinity":
        return "=_%s" % r.s(28)
    if style == "brevo":
        return r.hex(32)
    if style == "yandex":
        return "----==%s==----" % r.s(20)
    return "=_%s" % r.hex(24)


def text(body, cs, cte, subtype="plain", flowed=False, wrap=False, width=76, params=None):
    if wrap:
        body = wrap_text(body, width)
    ps = list(params or [])
    if flowed:
        ps.append("format=flowed")
    return Part("text/" + subtype, body=body, charset=cs, cte=cte, params=ps)


def html_part(body, cs, cte):
    return Part("text/html", body=body, charset=cs, cte=cte)


def esc(s):
    return _h.escape(s, quote=False)


def _linkify(s):
    import re
    out = esc(s)
    out = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', out)
    return out


def html_outlook(txt, cs, lang="DE", font="Aptos"):
    paras = []
    for line in txt.split("\n"):
        if line.strip():
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _linkify(line))
        else:
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:%s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"%s",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"%s",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:11.0pt;
\tmso-fareast-language:EN-US;}
@page WordSection1
\t{size:595.3pt 841.9pt;
\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
%s
</div>
</body>
</html>
""" % (cs, font, font, font, lang, "\n".join(paras)))


def html_gmail(txt):
    out = []
    for line in txt.split("\n"):
        out.append("<div>%s</div>" % (_linkify(line) if line.strip() else "<br>"))
    return '<div dir="ltr">%s</div>\n' % "".join(out)


def html_apple(txt, cs="utf-8"):
    out = []
    for line in txt.split("\n"):
        out.append('<div dir="ltr">%s</div>' % (_linkify(line) if line.strip() else "<br>"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head><body dir="auto">%s</body></html>'
            % (cs, "\n".join(out)))


def html_simple(txt, cs="utf-8"):
    paras = [p for p in txt.split("\n\n")]
    body = "\n".join("<p>%s</p>" % "<br>\n".join(_linkify(l) for l in p.split("\n")) for p in paras)
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n  </head>\n  <body>\n%s\n  </body>\n</html>\n' % (cs, body))


def alt(r, style, plain, htmlp):
    return Part("multipart/alternative", parts=[plain, htmlp], boundary=bnd(r, style))


def mixed(r, style, *parts):
    return Part("multipart/mixed", parts=list(parts), boundary=bnd(r, style))


def related(r, style, *parts, type_="text/html"):
    return Part("multipart/related", parts=list(parts), boundary=bnd(r, style), params=['type="%s"' % type_])


def attach(data, ctype, filename, style="2231", disposition="attachment", cid=None, zip_password=None, qr=None, extra=None):
    return Part(ctype, body=data, cte="base64", filename=filename, fn_style=style, disposition=disposition,
                cid=cid, zip_password=zip_password, qr_payload=qr, extra=extra)
