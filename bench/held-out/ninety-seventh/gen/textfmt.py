"""Body text helpers: HTML renderings in the style of common clients and
reply quoting."""
import html as _html
import re

_URL = re.compile(r"(https?://[^\s<>\"]+)")


def esc(s):
    return _html.escape(s, quote=False)


def _linkify(s):
    return _URL.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), s)


def outlook_html(text, lang="DE", font="Calibri", size="11.0pt", quoted=None):
    """Word-generated HTML as sent by Outlook desktop / OWA."""
    paras = []
    for ln in text.split("\n"):
        if ln.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _linkify(esc(ln)))
    q = ""
    if quoted:
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (_linkify(esc(l)) if l.strip() else "&nbsp;") for l in quoted.split("\n"))
             + "\n</div>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:%s;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:%s;\n\tfont-family:"%s",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n%s\n</div>\n</body>\n</html>\n'
            % (font, size, font, lang, "\n".join(paras), q))


def gmail_html(text, quoted=None, quote_head=None):
    lines = text.split("\n")
    body = "<br>".join(_linkify(esc(l)) for l in lines)
    out = '<div dir="ltr">%s</div>' % body
    if quoted:
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % (esc(quote_head or ""), "<br>".join(esc(l) for l in quoted.split("\n"))))
    return out + "\n"


def simple_html(text, font="Arial, sans-serif", size="10pt"):
    paras = "".join("<p>%s</p>\n" % "<br>\n".join(_linkify(esc(l)) for l in block.split("\n"))
                    for block in text.split("\n\n"))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:%s;font-size:%s">\n%s</body></html>\n' % (font, size, paras))


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))
