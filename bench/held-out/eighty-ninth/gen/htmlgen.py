"""Tiny markup -> (plain, html) renderer used by the message specs.

Markup: blank-line separated paragraphs; [label](url) links; **bold**;
lines 'BTN: label | url' (button), 'IMG: cid | alt | width', '---' (rule),
'- ' list items.
"""
import html as _h
import re

_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _plain_inline(s):
    s = _LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else "%s <%s>" % (m.group(1), m.group(2)), s)
    return _BOLD.sub(r"\1", s)


def _html_inline(s, link_style=""):
    out = []
    pos = 0
    tokens = []
    for m in _LINK.finditer(s):
        tokens.append((m.start(), m.end(), m))
    for st, en, m in tokens:
        out.append(_bold(_h.escape(s[pos:st], quote=False)))
        style = ' style="%s"' % link_style if link_style else ""
        out.append('<a href="%s"%s>%s</a>' % (_h.escape(m.group(2)), style, _h.escape(m.group(1), quote=False)))
        pos = en
    out.append(_bold(_h.escape(s[pos:], quote=False)))
    return "".join(out)


def _bold(s):
    return _BOLD.sub(r"<b>\1</b>", s)


def plain(md):
    out = []
    for para in md.strip("\n").split("\n\n"):
        lines = []
        for ln in para.split("\n"):
            if ln.startswith("BTN:"):
                label, url = [x.strip() for x in ln[4:].split("|")]
                lines.append("%s <%s>" % (label, url))
            elif ln.startswith("IMG:"):
                parts = [x.strip() for x in ln[4:].split("|")]
                lines.append("[%s]" % parts[1])
            elif ln.strip() == "---":
                lines.append("-" * 40)
            else:
                lines.append(_plain_inline(ln))
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


STYLES = {
    "outlook": dict(font="font-family:&quot;Aptos&quot;,sans-serif;font-size:11.0pt", wrap="outlook"),
    "gmail": dict(wrap="gmail"),
    "simple": dict(wrap="simple"),
    "brand": dict(wrap="brand"),
}


def _blocks(md, btn_color="#0b5cab", link_style=""):
    blocks = []
    for para in md.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith("- ") for ln in lines):
            blocks.append(("ul", ["<li>%s</li>" % _html_inline(ln[2:], link_style) for ln in lines]))
            continue
        buf = []
        for ln in lines:
            if ln.startswith("BTN:"):
                label, url = [x.strip() for x in ln[4:].split("|")]
                if buf:
                    blocks.append(("p", "<br>\n".join(buf)))
                    buf = []
                blocks.append(("btn", (label, url)))
            elif ln.startswith("IMG:"):
                parts = [x.strip() for x in ln[4:].split("|")]
                if buf:
                    blocks.append(("p", "<br>\n".join(buf)))
                    buf = []
                blocks.append(("img", parts))
            elif ln.strip() == "---":
                if buf:
                    blocks.append(("p", "<br>\n".join(buf)))
                    buf = []
                blocks.append(("hr", None))
            else:
                buf.append(_html_inline(ln, link_style))
        if buf:
            blocks.append(("p", "<br>\n".join(buf)))
    return blocks


def html(md, charset="utf-8", style="simple", brand=None, color="#0b5cab", footer=None,
         lang=None, title=""):
    blocks = _blocks(md, color)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
    body = []
    if style == "outlook":
        for kind, val in blocks:
            if kind == "p":
                body.append('<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Aptos&quot;,sans-serif">%s<o:p></o:p></span></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % val)
            elif kind == "ul":
                body.append("<ul>%s</ul>" % "\n".join(val))
            elif kind == "btn":
                body.append('<p class="MsoNormal"><a href="%s">%s</a></p>' % (_h.escape(val[1]), _h.escape(val[0])))
            elif kind == "img":
                w = val[2] if len(val) > 2 else "200"
                body.append('<p class="MsoNormal"><img width="%s" id="Picture_1" src="cid:%s" alt="%s"></p>' % (w, val[0], _h.escape(val[1])))
            elif kind == "hr":
                body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n%s\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (meta, lang or "DE", "\n".join(body))
    if style == "gmail":
        for kind, val in blocks:
            if kind == "p":
                body.append("<div>%s</div><div><br></div>" % val)
            elif kind == "ul":
                body.append("<ul>%s</ul>" % "".join(val))
            elif kind == "btn":
                body.append('<div><a href="%s">%s</a></div>' % (_h.escape(val[1]), _h.escape(val[0])))
            elif kind == "img":
                body.append('<div><img src="cid:%s" alt="%s" width="%s"><br></div>' % (val[0], _h.escape(val[1]), val[2] if len(val) > 2 else "200"))
            elif kind == "hr":
                body.append("<hr>")
        return '<div dir="ltr">%s</div>\n' % "\n".join(body)
    if style == "simple":
        for kind, val in blocks:
            if kind == "p":
                body.append("<p>%s</p>" % val)
            elif kind == "ul":
                body.append("<ul>\n%s\n</ul>" % "\n".join(val))
            elif kind == "btn":
                body.append('<p><a href="%s">%s</a></p>' % (_h.escape(val[1]), _h.escape(val[0])))
            elif kind == "img":
                body.append('<p><img src="cid:%s" alt="%s" width="%s"></p>' % (val[0], _h.escape(val[1]), val[2] if len(val) > 2 else "200"))
            elif kind == "hr":
                body.append("<hr>")
        return "<html>\n<head>\n%s\n</head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n%s\n</body>\n</html>\n" % (meta, "\n".join(body))
    # brand template: table layout with header bar, button and footer
    for kind, val in blocks:
        if kind == "p":
            body.append('<tr><td style="padding:0 32px 16px 32px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#202124">%s</td></tr>' % val)
        elif kind == "ul":
            body.append('<tr><td style="padding:0 32px 16px 32px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#202124"><ul>%s</ul></td></tr>' % "".join(val))
        elif kind == "btn":
            body.append('<tr><td align="left" style="padding:8px 32px 24px 32px"><table role="presentation" cellpadding="0" cellspacing="0"><tr>'
                        '<td style="background:%s;border-radius:4px"><a href="%s" style="display:inline-block;padding:12px 28px;font-family:Segoe UI,Helvetica,Arial,sans-serif;'
                        'font-size:15px;font-weight:600;color:#ffffff;text-decoration:none">%s</a></td></tr></table></td></tr>' % (color, _h.escape(val[1]), _h.escape(val[0])))
        elif kind == "img":
            body.append('<tr><td align="center" style="padding:8px 32px 16px 32px"><img src="cid:%s" alt="%s" width="%s" style="display:block"></td></tr>' % (val[0], _h.escape(val[1]), val[2] if len(val) > 2 else "200"))
        elif kind == "hr":
            body.append('<tr><td style="padding:0 32px"><hr style="border:none;border-top:1px solid #e0e0e0"></td></tr>')
    head = ""
    if brand:
        head = ('<tr><td style="background:%s;padding:18px 32px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:20px;font-weight:600;color:#ffffff">%s</td></tr>'
                '<tr><td style="height:24px"></td></tr>') % (color, _h.escape(brand))
    foot = ""
    if footer:
        foot = '<tr><td style="padding:16px 32px 24px 32px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:11px;line-height:16px;color:#777777">%s</td></tr>' % _html_inline(footer).replace("\n", "<br>\n")
    return ('<!DOCTYPE html>\n<html%s>\n<head>\n%s\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f3f3f3">\n<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f3f3">'
            '<tr><td align="center" style="padding:24px 8px">\n<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;max-width:600px">\n%s\n%s\n%s\n</table>\n</td></tr></table>\n</body>\n</html>\n') % (
        (' lang="%s"' % lang) if lang else "", meta, _h.escape(title), head, "\n".join(body), foot)
