"""HTML templates used by notification-style messages (genuine and fake)."""
import html as _h

def esc(s):
    return _h.escape(s, quote=False)

def _p(x):
    if x.startswith("<"):
        return x
    return '<p style="margin:0 0 14px 0">%s</p>' % esc(x).replace("\n", "<br>\n")

def notice(title, before, button=None, url=None, after=(), footer="", color="#00447c", brand="", lang="de",
           preheader="", logo_url=None):
    btn = ""
    if button:
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 22px 0"><tr>'
               '<td style="background:%s;border-radius:4px"><a href="%s" style="display:inline-block;padding:11px 24px;'
               'color:#ffffff;font-weight:bold;text-decoration:none;font-family:Arial,sans-serif">%s</a></td></tr></table>'
               % (color, _h.escape(url), esc(button)))
    logo = ('<img src="%s" alt="%s" height="32" style="display:block">' % (_h.escape(logo_url), esc(brand))) if logo_url else \
        '<span style="font-size:20px;font-weight:bold;color:#ffffff">%s</span>' % esc(brand)
    pre = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>' % esc(preheader)) if preheader else ""
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f2f4f6">\n%s\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f4f6"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222">\n'
            '<tr><td style="background:%s;padding:16px 28px">%s</td></tr>\n'
            '<tr><td style="padding:26px 28px 6px 28px">\n<h2 style="font-size:18px;margin:0 0 16px 0">%s</h2>\n%s\n%s\n%s\n</td></tr>\n'
            '<tr><td style="padding:14px 28px 22px 28px;font-size:11px;color:#777777;border-top:1px solid #e3e3e3">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n'
            % (lang, esc(title), pre, color, logo, esc(title), "\n".join(_p(x) for x in before), btn,
               "\n".join(_p(x) for x in after), footer))

def outlook_html(text, lang="DE", font="Calibri", sig_html=""):
    """Mimic the HTML part Outlook generates from a plain message."""
    out = []
    for para in text.strip("\n").split("\n"):
        if para.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(para))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\ndiv.WordSection1 {page:WordSection1;}\n'
            '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s\n</div>\n</body>\n</html>\n' % (font, lang, "\n".join(out), sig_html))

def simple_html(text, font="Arial, sans-serif"):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<div>%s</div><div><br></div>" % esc(para).replace("\n", "<br>"))
    return ('<div dir="ltr" style="font-family:%s">%s</div>\n' % (font, "\n".join(out)))

def newsletter(title, items, footer, color="#003366", brand="", lang="de", unsub=""):
    rows = []
    for head, body, link in items:
        rows.append('<tr><td style="padding:14px 28px;border-bottom:1px solid #eeeeee">'
                    '<h3 style="margin:0 0 6px 0;font-size:16px;color:%s">%s</h3><p style="margin:0 0 8px 0">%s</p>'
                    '<a href="%s" style="color:%s">%s</a></td></tr>' % (color, esc(head), esc(body), _h.escape(link), color,
                                                                        {"de": "Weiterlesen", "en": "Read more", "it": "Leggi tutto",
                                                                         "pl": "Czytaj więcej", "es": "Leer más", "el": "Περισσότερα",
                                                                         "ru": "Читать далее"}[lang]))
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">'
            '<title>%s</title></head>\n<body style="margin:0;background:#eef1f4">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:14px;color:#222">\n'
            '<tr><td style="background:%s;color:#fff;padding:18px 28px;font-size:20px">%s</td></tr>\n'
            '<tr><td style="padding:18px 28px 4px 28px;font-size:18px"><b>%s</b></td></tr>\n%s\n'
            '<tr><td style="padding:16px 28px;font-size:11px;color:#777">%s<br><a href="%s" style="color:#777">%s</a></td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n'
            % (lang, esc(title), color, esc(brand), esc(title), "\n".join(rows), footer, _h.escape(unsub),
               {"de": "Abmelden", "en": "Unsubscribe", "it": "Annulla iscrizione", "pl": "Wypisz się", "es": "Darse de baja",
                "el": "Διαγραφή", "ru": "Отписаться"}[lang]))
