"""Body builders in the style of real mailers.  Text uses a tiny markup:
[anchor](url) for links, **bold**, blank line = paragraph, '> ' quoted."""

import re

from . import mime
from .util import html_escape, CRLF

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def plain(s, style="angle"):
    """Markup -> plain text."""
    def rep(mo):
        t, u = mo.group(1), mo.group(2)
        if u.startswith("mailto:") or t == u:
            return t
        if style == "outlook":
            return "%s<%s>" % (t, u)
        if style == "paren":
            return "%s ( %s )" % (t, u)
        if style == "bare":
            return t + ": " + u
        return "%s <%s>" % (t, u)
    s = LINK.sub(rep, s)
    return BOLD.sub(lambda mo: mo.group(1), s)


def inline_html(line, link_style=""):
    out = ""
    pos = 0
    for mo in LINK.finditer(line):
        out += _auto(html_escape(line[pos:mo.start()]))
        out += '<a href="%s"%s>%s</a>' % (html_escape(mo.group(2)), link_style, html_escape(mo.group(1)))
        pos = mo.end()
    out += _auto(html_escape(line[pos:]))
    return BOLD.sub(lambda mo: "<b>%s</b>" % mo.group(1), out)


URL = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:!?)])")


def _auto(s):
    return URL.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(1), mo.group(1)), s)


# ------------------------------------------------------------------ Outlook (Word HTML)
OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(markup, charset, lang="DE", quote_hdr=None):
    h = OUTLOOK_HEAD % (charset, lang)
    for line in markup.split("\n"):
        if line.startswith("@@QUOTE@@"):
            h += ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
            continue
        if line.strip() == "":
            h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        elif line.startswith("> "):
            h += '<p class="MsoNormal" style="margin-left:35.4pt">%s<o:p></o:p></p>\n' % inline_html(line[2:])
        else:
            h += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % inline_html(line)
    if "@@QUOTE@@" in markup:
        h += "</div>\n</div>\n"
    h += "</div>\n</body>\n</html>\n"
    return h


def _strip_q(markup):
    return markup.replace("@@QUOTE@@\n", "")


def outlook(m, markup, charset="iso-8859-1", attachments=None, inline=None, html_lang="DE", cte="quoted-printable",
            text_cte=None, label=None, html=True, nextpart=False):
    """Outlook/Exchange: alternative(text, html) [+ related for inline] [+ mixed].
    nextpart=True: Outlook desktop over SMTP ('----=_NextPart_...' boundaries)."""
    r = m.rng.sub("olb")
    tag = "%s%s" % (r.choice(["DU0PR02MB", "AS8PR04MB", "DB9PR07MB", "PAXPR10MB", "VI1PR03MB", "EXCH01"]),
                    r.hexs(32, True))
    if nextpart:
        stamp = "%s_01DC%s.%s" % (r.hexs(4, True), r.hexs(4, True), r.hexs(8, True))
        bnd = lambda n: "----=_NextPart_%03d_%s" % (n, stamp)
    else:
        bnd = lambda n: "_%03d_%s_" % (n, tag)
    txt = plain(_strip_q(markup), "outlook")
    tpart = mime.text(txt, "plain", charset, text_cte or cte, label)
    if not html:
        body = tpart
    else:
        hpart = mime.text(outlook_html(markup, label or charset, html_lang), "html", charset, cte, label)
        body = mime.multipart("alternative", [tpart, hpart], bnd(2 if nextpart and (inline or attachments) else 0))
        if inline:
            body = mime.multipart("related", [body] + inline, bnd(1 if nextpart else 5),
                                  params=';%s\ttype="multipart/alternative"' % CRLF)
    if attachments:
        body = mime.multipart("mixed", [body] + attachments, bnd(0 if nextpart else 4),
                              preamble="This is a multipart message in MIME format." if nextpart else None)
    m.root = body
    return body


# ------------------------------------------------------------------ Gmail
def gmail_html(markup):
    out = '<div dir="ltr">'
    paras = markup.split("\n")
    first = True
    for line in paras:
        if line.startswith("> "):
            continue
        if first:
            out += inline_html(line) if line else "<br>"
            first = False
        elif line == "":
            out += "<div><br></div>"
        else:
            out += "<div>%s</div>" % inline_html(line)
    out += "</div>"
    q = [l[2:] for l in paras if l.startswith("> ")]
    if q:
        out += '<br><div class="gmail_quote gmail_quote_container"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        out += "<br>".join(inline_html(l) for l in q) + "</blockquote></div>"
    return out + "\n"


def gmail(m, markup, attachments=None, inline=None, b64=False, html=None):
    r = m.rng.sub("gmb")

    def bnd():
        return "000000000000" + r.hexs(12)
    cte = "base64" if b64 else "quoted-printable"
    t = mime.text(plain(markup), "plain", "utf-8", cte, "UTF-8")
    hp = mime.text(html or gmail_html(markup), "html", "utf-8", cte, "UTF-8")
    body = mime.multipart1("alternative", [t, hp], bnd())
    if inline:
        body = mime.multipart1("related", [body] + inline, bnd())
    if attachments:
        body = mime.multipart1("mixed", [body] + attachments, bnd())
    m.root = body
    return body


# ------------------------------------------------------------------ Thunderbird / generic plain
def thunderbird(m, markup, charset="UTF-8", cte="8bit", flowed=True, attachments=None):
    r = m.rng.sub("tbb")
    params = "; format=flowed" if flowed else ""
    t = mime.text(plain(markup), "plain", charset.lower(), cte, charset, quoted=False, extra_params=params)
    if attachments:
        b = "------------" + r.alnum(24)
        body = mime.multipart1("mixed", [t] + attachments, b, preamble="This is a multi-part message in MIME format.")
    else:
        body = t
    m.root = body
    return body


def single(m, content, subtype="plain", charset="utf-8", cte="quoted-printable", label=None, quoted=True, params=""):
    m.root = mime.text(content, subtype, charset, cte, label, quoted, params)
    return m.root


def alt(m, text_content, html_content, boundary, charset="utf-8", cte="quoted-printable", label=None,
        attachments=None, mixed_boundary=None, related=None, related_boundary=None, quoted=True, one_line=True,
        text_cte=None, html_cte=None, preamble=None):
    t = mime.text(text_content, "plain", charset, text_cte or cte, label, quoted)
    h = mime.text(html_content, "html", charset, html_cte or cte, label, quoted)
    mp = mime.multipart1 if one_line else mime.multipart
    body = mp("alternative", [t, h], boundary)
    if related:
        body = mp("related", [body] + related, related_boundary)
    if attachments:
        body = mp("mixed", [body] + attachments, mixed_boundary, preamble=preamble)
    m.root = body
    return body


# ------------------------------------------------------------------ branded notification HTML (tables)
def notice_html(brand, color, title, paras, button=None, footer=None, logo_cid=None, lang="de", preheader="",
                width=600, font="Arial,Helvetica,sans-serif", after_button=None):
    h = ['<!DOCTYPE html>', '<html lang="%s">' % lang, "<head>",
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
         "<title>%s</title>" % html_escape(title), "</head>",
         '<body style="margin:0;padding:0;background-color:#f3f4f6;">']
    if preheader:
        h.append('<div style="display:none;max-height:0;overflow:hidden;">%s</div>' % html_escape(preheader))
    h.append('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;"><tr><td align="center" style="padding:24px 12px;">')
    h.append('<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-radius:4px;font-family:%s;">' % (width, font))
    if logo_cid:
        h.append('<tr><td style="padding:20px 32px;border-bottom:3px solid %s;"><img src="cid:%s" alt="%s" height="40" style="display:block;border:0;"></td></tr>' % (color, logo_cid, html_escape(brand)))
    else:
        h.append('<tr><td style="padding:20px 32px;background-color:%s;color:#ffffff;font-size:20px;font-weight:bold;">%s</td></tr>' % (color, html_escape(brand)))
    h.append('<tr><td style="padding:28px 32px 8px 32px;font-size:20px;color:#111827;font-weight:bold;">%s</td></tr>' % html_escape(title))
    for p in paras:
        h.append('<tr><td style="padding:8px 32px;font-size:14px;line-height:21px;color:#374151;">%s</td></tr>' % "<br>".join(inline_html(x) for x in p.split("\n")))
    if button:
        h.append('<tr><td style="padding:20px 32px;"><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background-color:%s;border-radius:4px;"><a href="%s" style="display:inline-block;padding:12px 28px;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold;">%s</a></td></tr></table></td></tr>' % (color, html_escape(button[1]), html_escape(button[0])))
    for p in after_button or []:
        h.append('<tr><td style="padding:8px 32px;font-size:14px;line-height:21px;color:#374151;">%s</td></tr>' % "<br>".join(inline_html(x) for x in p.split("\n")))
    if footer:
        h.append('<tr><td style="padding:20px 32px 28px 32px;font-size:11px;line-height:16px;color:#6b7280;border-top:1px solid #e5e7eb;">%s</td></tr>' % "<br>".join(inline_html(x) for x in footer))
    h.append("</table></td></tr></table>")
    h.append("</body>")
    h.append("</html>")
    return "\n".join(h) + "\n"


def notice_text(title, paras, button=None, footer=None, after_button=None):
    out = [title, ""]
    for p in paras:
        out.append(plain(p))
        out.append("")
    if button:
        out.append("%s: %s" % (button[0], button[1]))
        out.append("")
    for p in after_button or []:
        out.append(plain(p))
        out.append("")
    if footer:
        out.append("--")
        out += [plain(f) for f in footer]
    return "\n".join(out) + "\n"
