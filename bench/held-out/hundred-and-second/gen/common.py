"""Shared helpers for the message definitions."""
import html as _html

from mimegen import Leaf, Multi, addr, subj, rfcdate, utc, ew  # noqa: F401
from infra import Ctx, build  # noqa: F401
import company  # noqa: F401
from company import S, BANK, RU, TAX, NATIVE, office_ip  # noqa: F401
import ids  # noqa: F401

REG = {"attack": [], "business": []}


def msg(kind, lang, slug, what, why, hn=None):
    """Register a message builder.  hn: for business messages, list of
    attack slugs this message is the hard negative of."""
    def deco(fn):
        REG[kind].append(dict(kind=kind, lang=lang, slug=slug, what=what,
                              why=why, hn=hn or [], fn=fn))
        return fn
    return deco


def attack(lang, slug, what, why):
    return msg("attack", lang, slug, what, why)


def business(lang, slug, what, why, hn=None):
    return msg("business", lang, slug, what, why, hn)


# ------------------------------------------------------------- parts ----

def T(text, cs="utf-8", cte="quoted-printable", label=None, style="quoted",
      fmt=None):
    extra = ""
    if fmt:
        extra = "; format=%s" % fmt
    return Leaf("text/plain", text, cs, cte, cs_label=label, cs_style=style,
                extra_ct=extra)


def H(html, cs="utf-8", cte="quoted-printable", label=None, style="quoted"):
    return Leaf("text/html", html, cs, cte, cs_label=label, cs_style=style)


def ALT(route, *parts, kind="000"):
    return Multi("alternative", list(parts), route["boundary"](kind))


def MIXED(route, *parts, kind="004", preamble=None):
    return Multi("mixed", list(parts), route["boundary"](kind), preamble=preamble)


def RELATED(route, *parts, kind="005", start_type="text/html"):
    return Multi("related", list(parts), route["boundary"](kind),
                 extra_ct='\r\n\ttype="%s";' % start_type)


def ATT(data, ctype, filename, inline=False, cid=None, fn_style="q",
        fn_charset="utf-8", name_param=True, size=True):
    disp = "inline" if inline else "attachment"
    lf = Leaf(ctype, data, None, "base64", filename=filename,
              disposition=disp, cid=cid, fn_style=fn_style,
              fn_charset=fn_charset, name_param=name_param)
    return lf


def esc(s):
    return _html.escape(s, quote=True)


def paras_html(text):
    """Plain text (paragraphs separated by blank lines) -> simple HTML."""
    out = []
    for p in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(x) for x in p.split("\n")) + "</p>")
    return "\n".join(out)


def outlook_html(text, lang="DE", font="Calibri", sig_html=""):
    """Minimal Outlook/Word-generated HTML for a plain text body."""
    body = []
    for p in text.strip("\n").split("\n\n"):
        for ln in p.split("\n"):
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) if ln else "&nbsp;"))
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n'
            % (font, font, font, lang, "\n".join(body), sig_html))


def ohtml(text, cs, lang="DE", **kw):
    return outlook_html(text, lang, **kw).replace("%CS%", cs)
