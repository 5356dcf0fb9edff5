"""Helpers to render bodies the way particular clients do, plus attachments."""
import html as _html
import re

import lib_mime as M
import lib_pdf
import lib_zip
import lib_qr

QUOTE = "§§QUOTE§§"
_URL = re.compile(r"(https?://[^\s<>\"]+)")


def esc(s):
    return _html.escape(s, quote=False)


def linkify(s):
    return _URL.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), esc(s))


def plain(text, quote_style="outlook", rule=None):
    """Plain-text rendering: QUOTE marker -> nothing (Outlook) / '> ' (Gmail, TB)."""
    if QUOTE not in text:
        return text
    head, tail = text.split(QUOTE, 1)
    tail = tail.lstrip("\n")
    if quote_style == "outlook":
        return head + (rule + "\n" if rule else "") + tail
    lines = tail.split("\n")
    intro, rest = lines[0], lines[1:]
    return head + intro + "\n" + "\n".join(("> " + l) if l else ">" for l in rest)


OUTLOOK_STYLE = """<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.%s
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>"""

_STYLE_NAME = {"DE": "E-MailFormatvorlage17", "EN-GB": "EmailStyle17", "EN-US": "EmailStyle17",
               "IT": "Stilemessaggiodipostaelettronica17", "PL": "Stylwiadomocie-mail17",
               "ES": "EstiloCorreo17", "EL": "EmailStyle17", "RU": "EmailStyle17"}


def outlook_html(text, lang="DE", charset="iso-8859-1", signature_color="#1F3864"):
    head, tail = (text.split(QUOTE, 1) + [None])[:2]

    def paras(t):
        out = []
        for line in t.strip("\n").split("\n"):
            if line.strip():
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % linkify(line))
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return "\n".join(out)
    body = paras(head)
    if tail is not None:
        tl = tail.strip("\n").split("\n")
        hdr, rest = [], []
        for i, l in enumerate(tl):
            if not l.strip():
                rest = tl[i:]
                break
            hdr.append(l)
        hdr_html = "<br>\n".join(
            "<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1])) if ":" in l else esc(l) for l in hdr)
        body += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n' % hdr_html) + paras("\n".join(rest))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s\n'
            '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n'
            '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (
        charset, OUTLOOK_STYLE % _STYLE_NAME.get(lang, "EmailStyle17"), lang, body)


def gmail_html(text):
    head, tail = (text.split(QUOTE, 1) + [None])[:2]

    def lines(t):
        return "<br>".join(linkify(l) for l in t.strip("\n").split("\n"))
    out = '<div dir="ltr">%s</div>' % lines(head)
    if tail is not None:
        tl = tail.strip("\n").split("\n")
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                'padding-left:1ex">%s</blockquote></div>') % (esc(tl[0]), lines("\n".join(tl[1:])))
    # Gmail wraps its HTML at ~ 76 chars only in QP; keep it on few lines
    return out + "\n"


def tb_html(text, charset="UTF-8"):
    head, tail = (text.split(QUOTE, 1) + [None])[:2]

    def ps(t):
        return "\n".join("<p>%s</p>" % "<br>\n".join(linkify(l) for l in block.split("\n"))
                         for block in t.strip("\n").split("\n\n"))
    body = ps(head)
    if tail is not None:
        tl = tail.strip("\n").split("\n")
        body += '\n<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite">\n%s\n</blockquote>' % (
            esc(tl[0]), ps("\n".join(tl[1:])))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '  </head>\n  <body>\n%s\n  </body>\n</html>\n') % (charset, body)


def card_html(title, paras, button=None, footer=None, brand="", color="#0067b8", lang="de",
              charset="utf-8", preheader="", font="Segoe UI,Arial,sans-serif", logo=None, width=600,
              head_bg=None, head_fg="#ffffff"):
    """Table-based notification / marketing HTML. paras: list of str; a str starting with
    '<' is inserted raw, otherwise escaped and linkified."""
    def p(x):
        if x.startswith("<"):
            return x
        return '<p style="margin:0 0 14px 0;font-size:14px;line-height:21px;color:#333333">%s</p>' % linkify(x).replace("\n", "<br>")
    btn = ""
    if button:
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0 22px 0"><tr>'
               '<td bgcolor="%s" style="border-radius:3px"><a href="%s" target="_blank" style="display:inline-block;'
               'padding:11px 26px;font-size:15px;color:#ffffff;text-decoration:none;font-weight:600">%s</a></td></tr></table>') % (
            color, button[1], esc(button[0]))
    hdr = ""
    if brand:
        hdr = ('<tr><td style="background:%s;padding:18px 28px;font-size:20px;font-weight:600;color:%s">%s</td></tr>' % (
            head_bg or color, head_fg, logo or esc(brand)))
    pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>\n' % esc(preheader)) if preheader else ""
    foot = ('<tr><td style="padding:16px 28px;font-size:11px;line-height:16px;color:#888888;border-top:1px solid #e5e5e5">%s</td></tr>' % (
        footer if footer and footer.startswith("<") else linkify(footer or "").replace("\n", "<br>"))) if footer else ""
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f3f3f3;font-family:%s">\n%s'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f3f3"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="max-width:%dpx">\n'
            '%s\n<tr><td style="padding:26px 28px 8px 28px">\n<h1 style="margin:0 0 16px 0;font-size:21px;line-height:27px;color:#222222;font-weight:600">%s</h1>\n'
            '%s\n%s\n</td></tr>\n%s\n</table>\n</td></tr></table>\n</body>\n</html>\n') % (
        lang, charset, esc(title), font, pre, width, width, hdr, esc(title),
        "\n".join(p(x) for x in paras), btn, foot)


# --- attachments -----------------------------------------------------------

def pdf(filename, lines, meta=None, style="2231", ctype="application/pdf", **kw):
    meta = meta or {}
    data = lib_pdf.make_pdf(lines, **meta)
    kw.setdefault("note", "text-only PDF, %d page(s)" % data.count(b"/Type /Page "))
    return M.Att(data, ctype, filename, name_style=style, **kw), data


def zipf(filename, files, password=None, style="2231", seed=b"z", ctype="application/zip", dt=(2026, 10, 12, 16, 20, 0)):
    if password:
        data = lib_zip.crypto_zip(files, password, seed=seed, dt=dt)
        note = "ZipCrypto, password '%s'; contains %s (one-line placeholders)" % (password, ", ".join(n for n, _ in files))
    else:
        data = lib_zip.plain_zip(files, dt=dt)
        note = "contains %s" % ", ".join(n for n, _ in files)
    att = M.Att(data, ctype, filename, name_style=style, note=note)
    att.zip_password = password
    return att


def qr_png(text, filename, inline=True, cid=None, scale=6):
    q = lib_qr.QR(text)
    data = q.png(scale=scale)
    note = "QR code v%d-M, mask %d -> %s" % (q.ver, q.mask, text)
    return M.Att(data, "image/png", filename, disposition="inline" if inline else "attachment", cid=cid, note=note), data
