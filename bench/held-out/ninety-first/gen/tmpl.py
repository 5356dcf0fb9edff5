"""HTML renderings of message text in the style of the sending system."""
import html as _h


def esc(s):
    return _h.escape(s, quote=False)


def _lines(text):
    return text.strip('\n').split('\n')


def owa_html(text, charset='utf-8', font='Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif'):
    """Outlook (new Outlook / OWA) style."""
    out = ['<html>', '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>',
           '</head>', '<body dir="ltr">']
    for ln in _lines(text):
        if ln.startswith('>'):
            ln = ln.lstrip('> ')
        out.append('<div class="elementToProof" style="font-family: %s; font-size: 11pt; color: rgb(0, 0, 0);">%s</div>'
                   % (font, esc(ln) if ln.strip() else '<br>'))
    out += ['</body>', '</html>']
    return '\n'.join(out) + '\n'


def word_html(text, charset='iso-8859-1', lang='DE', quoted=None):
    """Classic Outlook desktop (Word engine) style, trimmed."""
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           '<head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           '<style><!--',
           '/* Font Definitions */',
           '@font-face',
           '\t{font-family:"Cambria Math";',
           '\tpanose-1:2 4 5 3 5 4 6 3 2 4;}',
           '@font-face',
           '\t{font-family:Calibri;',
           '\tpanose-1:2 15 5 2 2 2 4 3 2 4;}',
           '/* Style Definitions */',
           'p.MsoNormal, li.MsoNormal, div.MsoNormal',
           '\t{margin:0cm;',
           '\tfont-size:11.0pt;',
           '\tfont-family:"Calibri",sans-serif;',
           '\tmso-ligatures:standardcontextual;',
           '\tmso-fareast-language:EN-US;}',
           'span.E-MailFormatvorlage17',
           '\t{mso-style-type:personal-compose;',
           '\tfont-family:"Calibri",sans-serif;',
           '\tcolor:windowtext;}',
           '.MsoChpDefault',
           '\t{mso-style-type:export-only;',
           '\tfont-size:10.0pt;',
           '\tmso-ligatures:none;}',
           '@page WordSection1',
           '\t{size:612.0pt 792.0pt;',
           '\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}',
           'div.WordSection1',
           '\t{page:WordSection1;}',
           '--></style><!--[if gte mso 9]><xml>',
           '<o:shapedefaults v:ext="edit" spidmax="1026" />',
           '</xml><![endif]--><!--[if gte mso 9]><xml>',
           '<o:shapelayout v:ext="edit">',
           '<o:idmap v:ext="edit" data="1" />',
           '</o:shapelayout></xml><![endif]-->',
           '</head>',
           '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">' % lang,
           '<div class="WordSection1">']
    for ln in _lines(text):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) if ln.strip() else '<o:p>&nbsp;</o:p>'))
    if quoted:
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        for ln in _lines(quoted):
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) if ln.strip() else '<o:p>&nbsp;</o:p>'))
        out.append('</div>')
    out += ['</div>', '</body>', '</html>']
    return '\n'.join(out) + '\n'


def gmail_html(text, quoted=None, quote_intro=None):
    parts = []
    for ln in _lines(text):
        parts.append('<div>%s</div>' % (esc(ln) if ln.strip() else '<br>'))
    s = '<div dir="ltr">' + ''.join(parts) + '</div>'
    if quoted:
        s += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              % esc(quote_intro or '') + '<br>'.join(esc(x) for x in _lines(quoted)) + '</blockquote></div>')
    # Gmail wraps long html into ~76 char lines itself via QP; keep as is
    return s + '\n'


def trinity_html(text):
    """GMX/WEB.DE web mail style."""
    body = ''.join('<div>%s</div>' % (esc(ln) if ln.strip() else '&nbsp;') for ln in _lines(text))
    return ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
            + body + '</div></body></html>\n')


def simple_html(text, charset='utf-8', font='Arial, sans-serif', size='10pt'):
    paras = '\n'.join('<p style="margin:0">%s</p>' % (esc(ln) if ln.strip() else '&nbsp;') for ln in _lines(text))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:%s;font-size:%s">\n%s\n</body></html>\n' % (charset, font, size, paras))


def brand_html(brand, title, paragraphs, button=None, url=None, footer='', color='#1a4d8f',
               charset='utf-8', logo_text=None, after_button=(), preheader='', table=None,
               img_cid=None, img_alt='', width=600, fontstack='Segoe UI, Helvetica, Arial, sans-serif'):
    """Transactional/notification layout (also copied by phishing kits)."""
    ph = ('<div style="display:none;max-height:0;overflow:hidden">%s</div>' % esc(preheader)) if preheader else ''
    rows = []
    for p in paragraphs:
        rows.append('<p style="margin:0 0 14px 0;font-size:14px;line-height:20px;color:#222">%s</p>' % p)
    if table:
        trs = ''.join('<tr><td style="padding:4px 12px 4px 0;color:#555;font-size:13px">%s</td>'
                      '<td style="padding:4px 0;font-size:13px;color:#111"><b>%s</b></td></tr>' % (esc(a), esc(b))
                      for a, b in table)
        rows.append('<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 16px 0">%s</table>' % trs)
    if img_cid:
        rows.append('<p style="text-align:center;margin:8px 0 18px 0"><img src="cid:%s" width="180" height="180" alt="%s" '
                    'style="display:inline-block;border:0"></p>' % (img_cid, esc(img_alt)))
    if button and url:
        rows.append('<table role="presentation" cellpadding="0" cellspacing="0" style="margin:6px 0 20px 0"><tr>'
                    '<td style="background:%s;border-radius:3px"><a href="%s" target="_blank" '
                    'style="display:inline-block;padding:11px 26px;font-size:14px;color:#ffffff;'
                    'text-decoration:none;font-weight:bold">%s</a></td></tr></table>' % (color, esc(url), esc(button)))
    for p in after_button:
        rows.append('<p style="margin:0 0 12px 0;font-size:13px;line-height:18px;color:#444">%s</p>' % p)
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f3f3f3;font-family:%s">%s\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f3f3"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" style="background:#ffffff;max-width:%dpx">\n'
            '<tr><td style="background:%s;padding:16px 28px;color:#ffffff;font-size:20px;font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:28px 28px 8px 28px">\n<h1 style="margin:0 0 18px 0;font-size:20px;font-weight:600;color:#111">%s</h1>\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 28px 24px 28px;border-top:1px solid #e5e5e5;font-size:11px;line-height:16px;color:#777">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body></html>\n'
            % (charset, esc(title), fontstack, ph, width, width, color, esc(logo_text or brand), esc(title),
               '\n'.join(rows), footer))
