"""Shared helpers for the message definitions."""
import base64
from mime import Text, Attachment, Multi, dedent, esc, html_outlook, html_gmail, html_simple, html_thunderbird
from msg import mail, V, qr_png
from infra import T, L
import senders as sd
import docs
import ids
import people as pp


def alt(text, html, charset="utf-8", cte="quoted-printable", html_cte=None, html_charset=None):
    if "<head>" in html and "charset=" not in html.split("</head>")[0]:
        html = html.replace("<head>", '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">'
                            % (html_charset or charset), 1)
    return Multi("alternative", [Text(text, charset, cte, "plain"),
                                 Text(html, html_charset or charset, html_cte or cte, "html")], None)


def mixed(*parts):
    return Multi("mixed", list(parts), None)


def related(html_part, *inline):
    return Multi("related", [html_part] + list(inline), None, params='type="text/html"')


def pdf_att(lines, filename, title="", author="", producer="Microsoft\xae Word f\xfcr Microsoft 365",
            created="20261012091500+02'00'", name_style="2231", name_charset="utf-8"):
    return Attachment(docs.pdf(lines, title=title, author=author, producer=producer, created=created),
                      "application/pdf", filename, name_style=name_style, name_charset=name_charset)


def png_att(data, filename, cid=None, inline=False):
    return Attachment(data, "image/png", filename, inline=inline, cid=cid)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n")) + "\n"


def brand_html(title, color, paragraphs, button=None, href=None, footer="", logo_text="", lang="de",
               charset="utf-8", img_cid=None, img_alt=""):
    """Transactional-mail style HTML (tables, inline CSS)."""
    ps = "\n".join('<p style="margin:0 0 14px 0;font-size:15px;line-height:22px;color:#222">%s</p>' % p
                   for p in paragraphs)
    btn = ""
    if button and href:
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0" style="margin:18px 0"><tr>'
               '<td style="background:%s;border-radius:4px"><a href="%s" style="display:inline-block;'
               'padding:12px 26px;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a>'
               '</td></tr></table>' % (color, esc(href), esc(button)))
    img = ""
    if img_cid:
        img = ('<p style="text-align:center;margin:18px 0"><img src="cid:%s" width="222" height="222" alt="%s" '
               'style="display:block;margin:0 auto;border:0"></p>' % (img_cid, esc(img_alt)))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=%s">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n'
            '</head>\n<body style="margin:0;padding:0;background:#f2f2f2">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f2f2">'
            '<tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
            'font-family:Segoe UI,Helvetica,Arial,sans-serif">\n'
            '<tr><td style="background:%s;padding:18px 28px;color:#ffffff;font-size:20px;font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:28px">\n<h1 style="font-size:20px;margin:0 0 18px 0;color:#111">%s</h1>\n'
            '%s\n%s\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 28px;background:#fafafa;font-size:11px;line-height:16px;color:#777">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n'
            % (lang, charset, esc(title), color, esc(logo_text), esc(title), ps, img, btn, footer))


SIG_DE = dedent("""
    Example Group
    Facility Services | Sicherheitsdienste | Gebäudetechnik
    Example Group GmbH · Butzweilerhofallee 4 · 50829 Köln
    Sitz: Köln · Amtsgericht Köln HRB 48217 · Geschäftsführer: Jürgen Köhler
""")


def linkify(html, url, label=None):
    """Turn the escaped URL inside generated HTML into an anchor."""
    return html.replace(esc(url), '<a href="%s">%s</a>' % (esc(url), esc(label or url)), 1)


def ph(name):
    """One-line inert placeholder standing in for a dangerous file."""
    return ("INERT TEST PLACEHOLDER - stands in for '%s'; contains no code.\n" % name).encode()
