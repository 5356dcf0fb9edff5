"""Body composers that imitate how particular mail clients write text/plain and text/html.

Paragraph mini-markup:  [label](url) -> link,  **bold** -> bold.
"""
import html as _html
import re

from . import util
from .mime import Multipart, Part

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")

QUOTE_LABELS = {
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "pl": ("Od", "Wysłane", "Do", "DW", "Temat"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
}


def plain_of(s, style="outlook"):
    def rep(mo):
        label, url = mo.group(1), mo.group(2)
        if label == url:
            return url
        if style == "outlook":
            return "%s<%s>" % (label, url)
        if style == "gmail":
            return "%s <%s>" % (label, url)
        return "%s (%s)" % (label, url)
    s = LINK.sub(rep, s)
    return BOLD.sub(lambda mo: mo.group(1) if style != "gmail" else "*%s*" % mo.group(1), s)


def html_of(s, link_style=""):
    out = []
    pos = 0
    for mo in LINK.finditer(s):
        out.append(_esc_b(s[pos:mo.start()]))
        st = ' style="%s"' % link_style if link_style else ""
        out.append('<a href="%s"%s>%s</a>' % (_html.escape(mo.group(2), quote=True), st, _esc_b(mo.group(1))))
        pos = mo.end()
    out.append(_esc_b(s[pos:]))
    return "".join(out)


def _esc_b(s):
    s = _html.escape(s, quote=False)
    s = BOLD.sub(lambda mo: "<b>%s</b>" % mo.group(1), s)
    return s


def encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


_DEGRADE = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201a": ",", "\u201c": '"',
            "\u201d": '"', "\u201e": '"', "\u2026": "...", "\u00a0": " ", "\u2022": "*", "\u20ac": "EUR",
            "\u00b7": "-", "\u2192": "->", "\u25b6": ">", "\u00ab": '"', "\u00bb": '"'}


def degrade(s, cs):
    """Replace typographic characters a legacy charset cannot carry (as the sending system would)."""
    if cs.lower().replace("_", "-") in ("utf-8", "utf8"):
        return s
    out = []
    for ch in s:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_DEGRADE.get(ch, ch))
    return "".join(out)


def fix_meta(html, cs):
    return re.sub(r'(content="text/html; ?charset=)[A-Za-z0-9_-]+"', lambda mo: mo.group(1) + cs + '"', html, count=1)


def to_cs_html(s, cs):
    return fix_meta(s, cs).encode(cs, "xmlcharrefreplace")


# ------------------------------------------------------------------ plain text bodies

def plain_text(paras, sig=None, quote=None, style="outlook", lang="de", wrap=None):
    lines = []
    for p in paras:
        lines.append(plain_of(p, style))
        lines.append("")
    if sig:
        if style in ("thunderbird", "gmail") and not (sig and sig[0].startswith("--")):
            lines.append("-- " if style == "thunderbird" else "--")
        for s in sig:
            lines.append(plain_of(s, style))
        lines.append("")
    txt = "\n".join(lines).rstrip("\n") + "\n"
    if wrap:
        txt = "\n".join(_wrap(l, wrap) for l in txt.split("\n"))
    if quote:
        txt += "\n" + quote_plain(quote, style, lang)
    return txt


def _wrap(line, width):
    if len(line) <= width or line.startswith(">"):
        return line
    words = line.split(" ")
    out = []
    cur = ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur + " ")
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return "\n".join(out)


def quote_plain(q, style, lang):
    """q: dict(from_=..., date_str=..., to=..., cc=..., subject=..., paras=[...], attr=...)."""
    body = "\n\n".join(plain_of(p, style) for p in q["paras"])
    if q.get("sig"):
        body += "\n\n" + "\n".join(q["sig"])
    if style == "outlook":
        L = QUOTE_LABELS[lang]
        hdr = ["%s: %s" % (L[0], q["from_"]), "%s: %s" % (L[1], q["date_str"]), "%s: %s" % (L[2], q["to"])]
        if q.get("cc"):
            hdr.append("%s: %s" % (L[3], q["cc"]))
        hdr.append("%s: %s" % (L[4], q["subject"]))
        return "\n".join(hdr) + "\n\n" + body + "\n"
    attr = q.get("attr") or "%s, %s:" % (q["date_str"], q["from_"])
    ql = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    return attr + "\n" + ql + "\n"


# ------------------------------------------------------------------ HTML flavours

def outlook_html(paras, sig_html=None, quote=None, lang="de", charset="utf-8", font="Aptos", size="11.0pt",
                 lang_tag=None):
    lt = lang_tag or {"de": "DE", "en": "EN-GB", "it": "IT", "pl": "PL", "es": "ES", "el": "EL", "ru": "RU"}[lang]
    css = ('<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
           '@font-face\n\t{font-family:%s;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
           '\t{margin:0cm;\n\tfont-size:%s;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n'
           '\tmso-fareast-language:EN-US;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n'
           '\ttext-decoration:underline;}\nspan.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n'
           '\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n.MsoChpDefault\n\t{mso-style-type:export-only;\n'
           '\tfont-size:10.0pt;\n\tmso-fareast-language:EN-US;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
           '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>'
           '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->'
           '<!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
           '</o:shapelayout></xml><![endif]-->' % (font, size, font, font))
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">',
         '<head>',
         '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
         css,
         '</head>',
         '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">' % lt,
         '<div class="WordSection1">']
    for p in paras:
        for ln in p.split("\n"):
            h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (html_of(ln) or "&nbsp;"))
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if sig_html:
        h.append(sig_html)
    if quote:
        L = QUOTE_LABELS[lang]
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        rows = ["<b>%s:</b> %s" % (L[0], _html.escape(quote["from_"])),
                "<b>%s:</b> %s" % (L[1], _html.escape(quote["date_str"])),
                "<b>%s:</b> %s" % (L[2], _html.escape(quote["to"]))]
        if quote.get("cc"):
            rows.append("<b>%s:</b> %s" % (L[3], _html.escape(quote["cc"])))
        rows.append("<b>%s:</b> %s" % (L[4], _html.escape(quote["subject"])))
        h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(rows))
        h.append('</div>')
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for p in quote["paras"]:
            for ln in p.split("\n"):
                h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (html_of(ln) or "&nbsp;"))
            h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for ln in quote.get("sig", []):
            h.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">%s<o:p></o:p></span></p>' % html_of(ln))
    h.append('</div>')
    h.append('</body>')
    h.append('</html>')
    return "\n".join(h) + "\n"


def outlook_sig(lines, color="#1F3864", logo_cid=None):
    out = []
    for i, ln in enumerate(lines):
        style = 'font-size:9.0pt;color:%s' % color
        if i == 0:
            style = 'font-size:10.0pt;color:%s' % color
            out.append('<p class="MsoNormal"><b><span style="%s">%s</span></b><span style="%s"><o:p></o:p></span></p>' % (
                style, html_of(ln), style))
        else:
            out.append('<p class="MsoNormal"><span style="%s">%s<o:p></o:p></span></p>' % (style, html_of(ln)))
    if logo_cid:
        out.append('<p class="MsoNormal"><img width="180" height="40" style="width:1.875in;height:.4166in" '
                   'id="Grafik_x0020_1" src="cid:%s" alt="Logo"><o:p></o:p></p>' % logo_cid)
    return "\n".join(out)


def thunderbird_html(paras, sig=None, quote=None, charset="UTF-8", lang="de"):
    h = ['<!DOCTYPE html>', '<html>', '  <head>',
         '    <meta http-equiv="content-type" content="text/html; charset=%s">' % charset,
         '  </head>', '  <body>']
    for p in paras:
        h.append('    <p>%s</p>' % "<br>\n      ".join(html_of(l) for l in p.split("\n")))
    if sig:
        h.append('    <div class="moz-signature">-- <br>')
        h.append('      %s' % "<br>\n      ".join(html_of(l) for l in sig))
        h.append('    </div>')
    if quote:
        attr = quote.get("attr") or "%s, %s:" % (quote["date_str"], quote["from_"])
        h.append('    <div class="moz-cite-prefix">%s<br>' % _html.escape(attr))
        h.append('    </div>')
        h.append('    <blockquote type="cite" cite="mid:%s">' % quote.get("mid", ""))
        for p in quote["paras"]:
            h.append('      <p>%s</p>' % "<br>\n        ".join(html_of(l) for l in p.split("\n")))
        h.append('    </blockquote>')
    h += ['  </body>', '</html>']
    return "\n".join(h) + "\n"


def gmail_html(paras, sig=None, quote=None):
    inner = []
    for i, p in enumerate(paras):
        lines = p.split("\n")
        inner.append("<div>%s</div>" % "<br>".join(html_of(l) for l in lines))
        inner.append("<div><br></div>")
    if sig:
        inner.append('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
                     'data-smartmail="gmail_signature"><div dir="ltr">%s</div></div>' % "".join(
                         "<div>%s</div>" % html_of(l) for l in sig))
    h = '<div dir="ltr">%s</div>' % "".join(inner)
    if quote:
        attr = quote.get("attr") or "%s, %s:" % (quote["date_str"], quote["from_"])
        qb = "".join("<div>%s</div><div><br></div>" % "<br>".join(html_of(l) for l in p.split("\n")) for p in quote["paras"])
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
              'padding-left:1ex">%s</blockquote></div>' % (_html.escape(attr), qb))
    return h + "\n"


def simple_html(paras, sig=None, quote=None, font="Arial, Helvetica, sans-serif", size="10pt", charset="utf-8",
                doctype=True):
    h = []
    if doctype:
        h.append('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>' % charset)
        h.append('<body><div style="font-family: %s; font-size: %s;">' % (font, size))
    for p in paras:
        h.append("<div>%s</div><div>&nbsp;</div>" % "<br>".join(html_of(l) for l in p.split("\n")))
    if sig:
        h.append("<div>-- <br>%s</div>" % "<br>".join(html_of(l) for l in sig))
    if quote:
        attr = quote.get("attr") or "%s, %s:" % (quote["date_str"], quote["from_"])
        h.append('<div>&nbsp;</div><div>%s</div><blockquote style="border-left: 2px solid #1010ff; margin-left: 5px; '
                 'padding-left: 5px;">%s</blockquote>' % (
                     _html.escape(attr), "".join("<div>%s</div><div>&nbsp;</div>" % "<br>".join(html_of(l) for l in p.split("\n"))
                                                 for p in quote["paras"])))
    if doctype:
        h.append("</div></body></html>")
    return "\n".join(h) + "\n"


# ------------------------------------------------------------------ transactional / marketing HTML

def notif_html(brand, color, title, paras, button=None, footer=None, lang="en", preheader=None, logo_text=None,
               width=600, font="Segoe UI, Helvetica, Arial, sans-serif", extra_blocks=None, img_cid=None,
               img_alt="", img_w=180, img_h=180, after_button=None, button_color=None):
    pre = ""
    if preheader:
        pre = ('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;'
               'opacity:0;overflow:hidden;">%s</div>' % _html.escape(preheader))
    rows = []
    rows.append('<tr><td style="background:%s;padding:18px 28px;color:#ffffff;font-size:20px;font-weight:600;">%s</td></tr>'
                % (color, _html.escape(logo_text or brand)))
    rows.append('<tr><td style="padding:28px 28px 8px 28px;font-size:20px;color:#1b1b1b;font-weight:600;">%s</td></tr>'
                % html_of(title))
    for p in paras:
        rows.append('<tr><td style="padding:8px 28px;font-size:14px;line-height:21px;color:#333333;">%s</td></tr>'
                    % "<br>".join(html_of(l, "color:%s;" % color) for l in p.split("\n")))
    if img_cid:
        rows.append('<tr><td style="padding:12px 28px;" align="left"><img src="cid:%s" width="%d" height="%d" alt="%s" '
                    'style="display:block;border:0;"></td></tr>' % (img_cid, img_w, img_h, _html.escape(img_alt)))
    if button:
        rows.append('<tr><td style="padding:18px 28px;"><table role="presentation" cellspacing="0" cellpadding="0" border="0">'
                    '<tr><td style="background:%s;border-radius:4px;"><a href="%s" style="display:inline-block;'
                    'padding:12px 26px;font-size:15px;color:#ffffff;text-decoration:none;font-weight:600;">%s</a></td>'
                    '</tr></table></td></tr>' % (button_color or color, _html.escape(button[1], quote=True), _html.escape(button[0])))
    for p in after_button or []:
        rows.append('<tr><td style="padding:8px 28px;font-size:14px;line-height:21px;color:#333333;">%s</td></tr>'
                    % "<br>".join(html_of(l, "color:%s;" % color) for l in p.split("\n")))
    for blk in extra_blocks or []:
        rows.append('<tr><td style="padding:8px 28px;">%s</td></tr>' % blk)
    if footer:
        rows.append('<tr><td style="padding:22px 28px;font-size:11px;line-height:16px;color:#777777;border-top:1px solid '
                    '#e5e5e5;">%s</td></tr>' % "<br>".join(html_of(l, "color:#777777;") for l in footer))
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f3f3f3;">%s\n<table role="presentation" width="100%%" cellspacing="0" '
            'cellpadding="0" border="0" style="background:#f3f3f3;"><tr><td align="center" style="padding:24px 8px;">\n'
            '<table role="presentation" width="%d" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;'
            'font-family:%s;">\n%s\n</table>\n</td></tr></table>\n</body></html>\n' % (
                lang, _html.escape(re.sub(r"\*\*", "", title)), pre, width, font, "\n".join(rows)))


def notif_text(title, paras, button=None, footer=None, after_button=None):
    out = [plain_of(title, "plain"), ""]
    for p in paras:
        out.append(plain_of(p, "plain"))
        out.append("")
    if button:
        out.append("%s: %s" % (button[0], button[1]))
        out.append("")
    for p in after_button or []:
        out.append(plain_of(p, "plain"))
        out.append("")
    if footer:
        out.append("----")
        out.extend(plain_of(f, "plain") for f in footer)
    return "\n".join(out).rstrip("\n") + "\n"


# ------------------------------------------------------------------ assemblies

def alt(text, html, cs_text, cs_html, cte_text, cte_html, boundary, text_charset_param=None, html_charset_param=None,
        quote_cs=True):
    t = Part("text/plain", degrade(text, cs_text).encode(cs_text), charset=text_charset_param or cs_text, cte=cte_text)
    h = Part("text/html", to_cs_html(html, cs_html), charset=html_charset_param or cs_html, cte=cte_html)
    t.meta["quote_charset"] = quote_cs
    h.meta["quote_charset"] = quote_cs
    return Multipart("alternative", [t, h], boundary)


def text_part(text, cs, cte, quote_cs=True, params=None, ctype="text/plain"):
    p = Part(ctype, degrade(text, cs).encode(cs), charset=cs, cte=cte, params=params)
    p.meta["quote_charset"] = quote_cs
    return p


def html_part(html, cs, cte, quote_cs=True):
    p = Part("text/html", to_cs_html(html, cs), charset=cs, cte=cte)
    p.meta["quote_charset"] = quote_cs
    return p
