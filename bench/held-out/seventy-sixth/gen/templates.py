"""Body builders: plain/HTML pairs in the style of various mail clients,
branded notification layouts, attachment helpers."""
import html as _html
import re

import arch
import mime
import pdf
import qr

LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
BOLD = re.compile(r"\*\*(.+?)\*\*")


def plain(src, link_style="angle"):
    """Mini-markup -> plain text.  [[label|url]] and **bold**."""
    def rep(mo):
        label, url = mo.group(1), mo.group(2)
        if label == url:
            return url
        return "%s <%s>" % (label, url) if link_style == "angle" else "%s (%s)" % (label, url)
    return BOLD.sub(r"\1", LINK.sub(rep, src))


def _inline_html(s):
    out, pos = "", 0
    for mo in LINK.finditer(s):
        out += _html.escape(s[pos:mo.start()], quote=False)
        out += '<a href="%s">%s</a>' % (_html.escape(mo.group(2)), _html.escape(mo.group(1), quote=False))
        pos = mo.end()
    out += _html.escape(s[pos:], quote=False)
    return BOLD.sub(r"<b>\1</b>", out)


def paragraphs(src):
    return [p.split("\n") for p in src.strip("\n").split("\n\n")]


# ---------------------------------------------------------------- client HTML styles

_OLK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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


def outlook_html(src, charset, lang="DE"):
    out = _OLK_HEAD % (charset, lang)
    quoting = False
    for para in paragraphs(src):
        for line in para:
            if line.startswith(">"):
                line = line.lstrip("> ")
            if re.match(r"^(Von|From|Da|Od|De|Από|От):\s", line) and not quoting:
                quoting = True
                out += '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            out += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (_inline_html(line) or "")
        out += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    if quoting:
        out += "</div>\n"
    return out + "</div>\n</body>\n</html>\n"


def gmail_html(src):
    out = '<div dir="ltr">'
    paras = paragraphs(src)
    for i, para in enumerate(paras):
        out += "<div>" + "<br>".join(_inline_html(l) for l in para) + "</div>"
        if i < len(paras) - 1:
            out += "<div><br></div>"
    return out + "</div>\n"


def simple_html(src, charset="utf-8", font="Arial, sans-serif"):
    out = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n' % charset
    out += '<body style="font-family:%s;font-size:13px">\n' % font
    for para in paragraphs(src):
        out += "<p>" + "<br>\n".join(_inline_html(l) for l in para) + "</p>\n"
    return out + "</body></html>\n"


def alt(src, charset="utf-8", cte="quoted-printable", style="outlook", lang="DE", html_cte=None,
        quote_cs=True, cs_label=None, html=None, ct_extra=""):
    p = plain(src)
    if cte in ("7bit", "8bit"):
        p = wrap(p, flowed="format=flowed" in ct_extra)
    if html is None:
        if style == "outlook":
            html = outlook_html(src, cs_label or charset, lang)
        elif style == "gmail":
            html = gmail_html(src)
        else:
            html = simple_html(src, cs_label or charset)
    return mime.Multi("alternative", [
        mime.Text(p, "plain", charset, cte, quote_cs=quote_cs, cs_label=cs_label, ct_extra=ct_extra),
        mime.Text(html, "html", charset, html_cte or cte, quote_cs=quote_cs, cs_label=cs_label)])


def wrap(src, width=76, flowed=False):
    """Hard-wrap long lines as mail clients do for 7bit/8bit bodies; with
    format=flowed, soft line breaks keep a trailing space (RFC 3676)."""
    import textwrap
    out = []
    for line in src.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        parts = textwrap.wrap(line, width=width - 1 if flowed else width, break_long_words=False,
                              break_on_hyphens=False)
        if flowed:
            parts = [p + " " for p in parts[:-1]] + parts[-1:]
        out += parts
    return "\n".join(out)


def text(src, charset="utf-8", cte="quoted-printable", **kw):
    t = plain(src)
    if cte in ("7bit", "8bit"):
        t = wrap(t, flowed="format=flowed" in kw.get("ct_extra", ""))
    return mime.Text(t, "plain", charset, cte, **kw)


# ---------------------------------------------------------------- branded notification layout

def brand_html(title, blocks, button=None, brand="", color="#0067b8", footer="", lang="de",
               logo_text=None, width=600, img_cid=None, img_alt="", extra_css="", after=()):
    """A table-based notification e-mail.  blocks: list of mini-markup
    paragraphs (strings).  button: (label, url)."""
    h = ['<!DOCTYPE html>', '<html lang="%s"><head><meta charset="utf-8">' % lang,
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>%s</title>' % _html.escape(title), '<style>body{margin:0;padding:0;background:#f3f3f3}'
         'td{font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#252525;line-height:20px}%s</style>' % extra_css,
         '</head><body>',
         '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" bgcolor="#f3f3f3"><tr><td align="center">',
         '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="margin:24px 0">' % width]
    if brand or logo_text:
        h.append('<tr><td style="padding:20px 32px;border-bottom:4px solid %s;font-size:20px;font-weight:600;color:%s">%s</td></tr>'
                 % (color, color, _html.escape(logo_text or brand)))
    h.append('<tr><td style="padding:24px 32px 8px 32px;font-size:20px;font-weight:600">%s</td></tr>' % _html.escape(title))
    for b in blocks:
        h.append('<tr><td style="padding:8px 32px">%s</td></tr>' % "<br>".join(_inline_html(x) for x in b.split("\n")))
    if img_cid:
        h.append('<tr><td align="center" style="padding:12px 32px"><img src="cid:%s" width="180" height="180" alt="%s"></td></tr>'
                 % (img_cid, _html.escape(img_alt)))
    for b in after:
        h.append('<tr><td style="padding:8px 32px">%s</td></tr>' % "<br>".join(_inline_html(x) for x in b.split("\n")))
    if button:
        h.append('<tr><td style="padding:16px 32px 24px 32px"><table role="presentation" cellpadding="0" cellspacing="0"><tr>'
                 '<td bgcolor="%s" style="border-radius:3px"><a href="%s" style="display:inline-block;padding:10px 24px;'
                 'color:#ffffff;text-decoration:none;font-weight:600">%s</a></td></tr></table></td></tr>'
                 % (color, _html.escape(button[1]), _html.escape(button[0])))
    if footer:
        h.append('<tr><td style="padding:16px 32px;font-size:11px;color:#6e6e6e;border-top:1px solid #e5e5e5">%s</td></tr>'
                 % "<br>".join(_inline_html(x) for x in footer.split("\n")))
    h += ['</table>', '</td></tr></table>', '</body></html>']
    return "\n".join(h) + "\n"


def brand_plain(title, blocks, button=None, footer=""):
    out = [title, ""]
    for b in blocks:
        out += [plain(b), ""]
    if button:
        out += ["%s: %s" % (button[0], button[1]), ""]
    if footer:
        out += ["--", plain(footer)]
    return "\n".join(out) + "\n"


def brand_alt(title, blocks, button=None, footer="", charset="utf-8", cte="quoted-printable", html_cte=None, **kw):
    return mime.Multi("alternative", [
        mime.Text(brand_plain(title, blocks, button, footer), "plain", charset, cte),
        mime.Text(brand_html(title, blocks, button, footer=footer, **kw), "html", charset, html_cte or cte)])


# ---------------------------------------------------------------- attachments

def att(data, ctype, fn, style="plain", when=None, cid=None, rng=None, fn_style=None):
    """Attachment part in the style of a sending client."""
    if style == "outlook":
        b = mime.Bin(data, ctype, fn, cte="base64", size_param=True, dates=when,
                     headers=[("Content-Description", mime.hdr_text(fn, "utf-8", "B"))], fn_style=fn_style or "plain")
    elif style == "gmail":
        aid = "f_m%s" % (rng.choice("1234") + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6)) + "0")
        b = mime.Bin(data, ctype, fn, cte="base64", cid=aid, headers=[("X-Attachment-Id", aid)], fn_style=fn_style or "plain")
    elif style == "thunderbird":
        b = mime.Bin(data, ctype, fn, cte="base64", fn_style=fn_style or "rfc2231")
    else:
        b = mime.Bin(data, ctype, fn, cte="base64", fn_style=fn_style or "plain")
    return b


def pdf_bytes(lines, title, author="", creator="", producer="", date="D:20261014091200+02'00'"):
    """lines: list of lines, '\f' line starts a new page."""
    pages, cur = [], []
    for ln in lines:
        if ln == "\f":
            pages.append(cur)
            cur = []
        else:
            cur.append(ln)
    pages.append(cur)
    return pdf.make_pdf(pages, title=title, author=author, creator=creator, producer=producer, date=date)


def zip_bytes(files, password=None, seed="z"):
    return arch.make_zip(files, password=password, seed=seed)


def qr_png(url, scale=5):
    return qr.qr_png(url, scale=scale)


# ---------------------------------------------------------------- lure documents (inert)

def cred_page(title, brand, color, email, action, lang="en", fields=("Password",), intro="", logo=None,
              button="Sign in"):
    """A static credential-harvesting page as phishers attach it (no script)."""
    f = "\n".join('<input type="%s" name="f%d" placeholder="%s" required style="width:100%%;padding:8px;margin:6px 0;border:1px solid #8a8a8a">'
                  % ("password" if "ass" in x.lower() or "κωδ" in x.lower() or "пароль" in x.lower() or "has" in x.lower() else "text", i, _html.escape(x))
                  for i, x in enumerate(fields))
    return """<!DOCTYPE html>
<html lang="%s"><head><meta charset="utf-8"><title>%s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2;margin:0}
.box{max-width:380px;margin:60px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.brand{font-size:22px;font-weight:600;color:%s;margin-bottom:18px}
button{background:%s;color:#fff;border:0;padding:9px 28px;font-size:15px;margin-top:12px}</style></head>
<body><div class="box"><div class="brand">%s</div>
<p>%s</p>
<form method="post" action="%s">
<input type="email" name="login" value="%s" readonly style="width:100%%;padding:8px;margin:6px 0;border:0;border-bottom:1px solid #666">
%s
<button type="submit">%s</button>
</form></div></body></html>
""" % (lang, _html.escape(title), color, color, _html.escape(logo or brand),
       "<br>".join(_inline_html(x) for x in intro.split("\n")),
       _html.escape(action), _html.escape(email), f, _html.escape(button))


def svg_lure(title, lines, url, color="#2b579a", w=600, h=420, button="Open document"):
    t = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%d" height="%d" viewBox="0 0 %d %d">' % (w, h, w, h),
         '<rect width="100%" height="100%" fill="#f4f4f4"/>',
         '<rect x="40" y="40" width="%d" height="%d" fill="#ffffff" stroke="#d0d0d0"/>' % (w - 80, h - 80),
         '<rect x="40" y="40" width="%d" height="56" fill="%s"/>' % (w - 80, color),
         '<text x="64" y="76" font-family="Segoe UI,Arial" font-size="20" fill="#ffffff">%s</text>' % _html.escape(title)]
    y = 136
    for ln in lines:
        t.append('<text x="64" y="%d" font-family="Segoe UI,Arial" font-size="15" fill="#333333">%s</text>' % (y, _html.escape(ln)))
        y += 26
    t.append('<a xlink:href="%s" href="%s" target="_blank">' % (_html.escape(url), _html.escape(url)))
    t.append('<rect x="64" y="%d" width="240" height="44" rx="3" fill="%s"/>' % (y + 10, color))
    t.append('<text x="184" y="%d" text-anchor="middle" font-family="Segoe UI,Arial" font-size="16" fill="#ffffff">%s</text>'
             % (y + 38, _html.escape(button)))
    t.append('</a>')
    t.append('</svg>')
    return "\n".join(t) + "\n"
