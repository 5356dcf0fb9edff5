"""Shared imports and small text/HTML helpers for the message modules."""
import html as _html

import banking as B
import files
import qr
import util
from company import BANK, RU, VAT, S, C, STAFF, CORR, NATIVE, TENANTS
from mime import alt, attach, html, inline_img, mixed, related, text, text_attach, py_codec
from msg import Msg

D = util.dedent
fi = B.fmt_iban

__all__ = ["B", "files", "qr", "util", "BANK", "RU", "VAT", "S", "C", "STAFF", "CORR", "NATIVE", "TENANTS", "alt", "attach",
           "html", "inline_img", "mixed", "related", "text", "text_attach", "Msg", "D", "fi", "esc", "quote",
           "html_outlook", "html_simple", "html_gmail", "pdf_att", "zip_att", "png_att", "svg_att", "html_att",
           "entities", "ref_id"]


def entities(s, cs):
    """Replace characters not representable in cs by numeric character references."""
    codec = py_codec(cs)
    out = []
    for ch in s:
        try:
            ch.encode(codec)
            out.append(ch)
        except UnicodeEncodeError:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def esc(s):
    return _html.escape(s, quote=False)


def quote(s, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in s.split("\n"))


def _paras_to_html(txt, p_open="<p class=MsoNormal>", p_close="</p>", br_empty="<o:p>&nbsp;</o:p>"):
    out = []
    for line in txt.split("\n"):
        if line.strip():
            out.append("%s%s<o:p></o:p>%s" % (p_open, esc(line), p_close))
        else:
            out.append("%s%s%s" % (p_open, br_empty, p_close))
    return "\n".join(out)


def html_outlook(txt, cs, lang="DE", font="Calibri"):
    body = _paras_to_html(txt)
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
         '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
         '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
         '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
         '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
         'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
         '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
         '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
         'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
         '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
         '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (cs, font, font, lang, body)
    return entities(h, cs)


def html_simple(inner, cs="utf-8", title=""):
    h = ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
         "<title>%s</title>\n</head>\n<body>\n%s\n</body>\n</html>\n") % (cs, esc(title), inner)
    return entities(h, cs)


def html_gmail(txt):
    lines = []
    for l in txt.split("\n"):
        lines.append("<div>%s</div>" % (esc(l) if l.strip() else "<br>"))
    return '<div dir="ltr">' + "".join(lines) + "</div>\n"


def pdf_att(text_, filename, title="", author="", creator="", producer="", t=None, zone="CET",
            font="Helvetica", ctype="application/pdf", **kw):
    data = files.pdf_text(text_, title=title, author=author, creator=creator, producer=producer,
                          t_utc=t, zone=zone, font=font)
    return attach(data, ctype, filename, **kw)


def zip_att(entries, filename, password=None, seed="z", dt=(2026, 11, 3, 9, 12, 40), ctype="application/zip", **kw):
    if password:
        data = files.zip_crypto(entries, password, dt, seed)
    else:
        data = files.zip_plain(entries, dt)
    p = attach(data, ctype, filename, **kw)
    p.zip_password = password
    return p


def png_att(data, filename, inline=False, cid=None, **kw):
    if inline:
        return inline_img(data, "image/png", filename, cid, **kw)
    return attach(data, "image/png", filename, **kw)


def svg_att(svg, filename, **kw):
    return attach(svg.encode("utf-8"), "image/svg+xml", filename, **kw)


def html_att(h, filename, cs="utf-8", **kw):
    return attach(h.encode(py_codec(cs)), "text/html", filename, charset=cs, **kw)


def ref_id(seed, n=12):
    return util.hexid(seed, n).upper()
