"""HTML bodies in the style of common mail clients."""
from html import escape


def paras(text):
    return [p for p in text.strip("\n").split("\n\n")]


def _lines(p):
    return "<br>\n".join(escape(l) for l in p.split("\n"))


def outlook(text, lang="DE", font="Calibri", sig_html=""):
    body = []
    for p in paras(text):
        for l in p.split("\n"):
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (escape(l) or "&nbsp;"))
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
            '@font-face\n\t{font-family:%s;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
            '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n'
            % (font, font, lang, "\n".join(body), sig_html))


def gmail(text):
    out = []
    for p in paras(text):
        out.append("<div>%s</div>" % _lines(p))
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"


def simple(text, style="font-family:Arial,sans-serif;font-size:14px"):
    out = ["<html>", "<head>", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', "</head>",
           '<body style="%s">' % style]
    for p in paras(text):
        out.append("<p>%s</p>" % _lines(p))
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def with_charset(h, cs):
    return h.replace("charset=utf-8", "charset=%s" % cs)
