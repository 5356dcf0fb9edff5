"""Body and attachment helpers used by the message files."""
import html as _html
import re

import pdf
import qr
import zipc
from mime import Text, Blob, Multi

LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
URL = re.compile(r"(https?://[^\s<>\"]+)")


def to_plain(text, style="outlook"):
    """[[label|url]] markup -> plain text form used by the given client."""
    text = text.replace("**", "")
    if style == "outlook":
        return LINK.sub(lambda m: "%s<%s>" % (m.group(1), m.group(2)), text)
    if style == "label":
        return LINK.sub(lambda m: m.group(1), text)
    return LINK.sub(lambda m: "%s (%s)" % (m.group(1), m.group(2)) if m.group(1) != m.group(2) else m.group(2), text)


def _inline(line):
    out, pos = [], 0
    for mt in LINK.finditer(line):
        out.append(_auto(_html.escape(line[pos:mt.start()], False)))
        out.append('<a href="%s">%s</a>' % (_html.escape(mt.group(2)), _html.escape(mt.group(1), False)))
        pos = mt.end()
    out.append(_auto(_html.escape(line[pos:], False)))
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", "".join(out))


def _auto(s):
    return URL.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), s)


def to_html(text, style="outlook", charset="utf-8", lang="DE"):
    paras = text.split("\n")
    if style == "gmail":
        body = "".join("<div>%s</div>" % (_inline(p) if p.strip() else "<br>") for p in paras)
        return '<div dir="ltr">%s</div>\n' % body
    if style == "apple":
        body = "".join("<div>%s</div>" % (_inline(p) if p.strip() else "<br>") for p in paras)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body dir="auto">%s</body></html>\n' % (charset, body))
    if style == "tb":
        body = "<br>\n".join(_inline(p) for p in paras)
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
                '  </head>\n  <body>\n    <p>%s</p>\n  </body>\n</html>\n' % (charset, body))
    if style == "plainhtml":
        body = "<br>\n".join(_inline(p) for p in paras)
        return '<html><head><meta charset="%s"></head><body style="font-family:Arial,sans-serif;font-size:14px">%s</body></html>\n' % (charset, body)
    # outlook / word html
    body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (_inline(p) if p.strip() else "&nbsp;") for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (charset, lang, body))


def plain(text, cs="utf-8", cte="qp", style="outlook", **kw):
    return Text(to_plain(text, style), "plain", cs, cte, **kw)


def alt(text, cs="utf-8", cte="qp", style="outlook", hcs=None, hcte=None, lang="DE", html=None, flowed=False, quote_cs=True, pstyle=None):
    hcs = hcs or cs
    h = html if html is not None else to_html(text, style, hcs, lang)
    return Multi("alternative", [Text(to_plain(text, pstyle or ("outlook" if style == "outlook" else "paren")), "plain", cs, cte, flowed=flowed, quote_cs=quote_cs),
                                 Text(h, "html", hcs, hcte or cte, quote_cs=quote_cs)])


def mixed(*parts):
    return Multi("mixed", list(parts))


def related(*parts, params=""):
    return Multi("related", list(parts), params=params)


# ------------------------------------------------------------ branded html

def branded(title, paras, button=None, footer="", brand="#0b5cad", logo_text="", preheader="", lang="de", extra="", raw=False, charset="utf-8"):
    """Single-column transactional HTML as produced by ESP templates."""
    ps = "\n".join('<p style="margin:0 0 14px 0;font-size:15px;line-height:22px;color:#222">%s</p>' % (p if raw else _inline(p)) for p in paras)
    btn = ""
    if button:
        btn = ('<table role="presentation" cellspacing="0" cellpadding="0" border="0" style="margin:22px 0"><tr>'
               '<td style="background:%s;border-radius:4px"><a href="%s" style="display:inline-block;padding:12px 26px;'
               'font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a></td></tr></table>'
               % (brand, _html.escape(button[1]), _html.escape(button[0], False)))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="CHARSET">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n</head>\n<body style="margin:0;padding:0;background:#f3f4f6">\n'
            '<div style="display:none;max-height:0;overflow:hidden">%s</div>\n'
            '<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" border="0" style="background:#f3f4f6"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="600" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif">\n'
            '<tr><td style="background:%s;padding:18px 28px;color:#ffffff;font-size:20px;font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:28px">\n<h1 style="font-size:20px;margin:0 0 18px 0;color:#111">%s</h1>\n%s\n%s\n%s\n</td></tr>\n'
            '<tr><td style="padding:18px 28px;font-size:11px;line-height:16px;color:#6b7280;border-top:1px solid #e5e7eb">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n'
            % (lang, _html.escape(title), _html.escape(preheader), brand, _html.escape(logo_text or title, False),
               _html.escape(title, False), ps, btn, extra, _inline(footer).replace("\n", "<br>\n"))).replace("CHARSET", charset, 1)


def branded_alt(title, paras, button=None, footer="", cs="utf-8", cte="qp", hcte=None, **kw):
    txt = "\n\n".join([title] + [to_plain(p, "paren") for p in paras])
    if button:
        txt += "\n\n%s: %s" % (button[0], button[1])
    if footer:
        txt += "\n\n--\n" + to_plain(footer, "paren")
    return Multi("alternative", [Text(txt + "\n", "plain", cs, cte), Text(branded(title, paras, button, footer, charset=cs, **kw), "html", cs, hcte or cte)])


# ------------------------------------------------------------ attachments

def pdf_att(filename, blocks, meta=None, style="2231", ctype="application/pdf", disposition="attachment"):
    return Blob(ctype, pdf.make_pdf(blocks, meta), filename, disposition, fn_style=style)


def zip_att(filename, entries, password=None, seed=None, style="2231", when=(2026, 10, 12, 16, 40, 12), ctype="application/zip"):
    data = zipc.make_zip(entries, password, seed or filename, when)
    return Blob(ctype, data, filename, fn_style=style,
                label=("password-protected ZipCrypto, password in body: %s" % password) if password else None)


PLACEHOLDER = b"PLACEHOLDER - inert test file for a mail-filter evaluation set; contains no code.\n"


def png_att(filename, data, cid=None, disposition="attachment", style="2231"):
    return Blob("image/png", data, filename, disposition, cid=cid, fn_style=style)


def qr_png(url, scale=6):
    return qr.qr_png(url, scale)


def svg_att(filename, svg, style="2231"):
    return Blob("image/svg+xml", svg.encode("utf-8"), filename, "attachment", fn_style=style)


def html_att(filename, html, cte="b64", cs="utf-8"):
    return Text(html, "html", cs, cte, disposition="attachment", filename=filename)
