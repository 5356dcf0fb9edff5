"""Body-building helpers shared by the message modules."""
import datetime as _dt

from common import (Part, attach, esc, hexs, html_chars, multi, paras,
                    rng_for, alnum, text, utc)
import docs
import qr


def bnd(style, seed):
    r = rng_for('boundary', style, seed)
    if style == 'exchange':
        return '_000_%s_' % hexs(r, 40)
    if style == 'exchange_mixed':
        return '_004_%s_' % hexs(r, 40)
    if style == 'exchange_rel':
        return '_006_%s_' % hexs(r, 40)
    if style == 'm365':
        return '_000_%s_' % alnum(r, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    if style == 'm365_mixed':
        return '_004_%s_' % alnum(r, 44, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    if style == 'outlook':
        return '----=_NextPart_000_%04X_01DD%s.%s' % (r.randint(0, 0xffff), hexs(r, 4, True), hexs(r, 8, True))
    if style == 'outlook_alt':
        return '----=_NextPart_001_%04X_01DD%s.%s' % (r.randint(0, 0xffff), hexs(r, 4, True), hexs(r, 8, True))
    if style == 'gmail':
        return '000000000000%s' % hexs(r, 16)
    if style == 'thunderbird':
        return '------------%s' % alnum(r, 24)
    if style == 'apple':
        return 'Apple-Mail=_%s' % '-'.join((hexs(r, 8, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 12, True)))
    if style == 'phpmailer':
        return 'b1=_%s' % alnum(r, 43)
    if style == 'phpmailer2':
        return 'b2=_%s' % alnum(r, 43)
    if style == 'roundcube':
        return '=_%s' % hexs(r, 32)
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13))
    if style == 'gmx':
        return 'abmob-%s' % guid_like(r)
    if style == 'zimbra':
        return '=_%s' % guid_like(r)
    if style == 'thebat':
        return '----------%s' % hexs(r, 15, True)
    return '==_%s' % hexs(r, 30)


def guid_like(r):
    h = hexs(r, 32)
    return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))


PREAMBLE = 'This is a multi-part message in MIME format.'


# ------------------------------------------------------------------ HTML
def html_outlook(t, cs, lang='DE', font='Calibri'):
    ps = []
    for p in paras(t):
        for ln in p.split('\n'):
            ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (html_chars(ln, cs) or '&nbsp;'))
        ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (cs, font, font, font, lang, '\n'.join(ps)))


def html_gmail(t, cs='UTF-8'):
    out = []
    for p in paras(t):
        out.append('<div>%s</div>' % '<br>'.join(html_chars(ln, cs) for ln in p.split('\n')))
    return '<div dir="ltr">%s</div>\n' % '<div><br></div>'.join(out)


def html_simple(t, cs, head=''):
    ps = ''.join('<p>%s</p>\n' % '<br>\n'.join(html_chars(ln, cs) for ln in p.split('\n')) for p in paras(t))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">%s</head>'
            '<body>\n%s</body></html>\n' % (cs, head, ps))


def html_tb(t, cs='UTF-8'):
    ps = ''.join('<p>%s</p>\n' % '<br>\n'.join(html_chars(ln, cs) for ln in p.split('\n')) for p in paras(t))
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n'
            '  </head>\n  <body>\n%s  </body>\n</html>\n' % (cs, ps))


def alt(t, cs, cte, style, seed, html=None, html_cte=None, lang='DE'):
    if html is None:
        if style in ('exchange', 'm365', 'outlook', 'outlook_alt'):
            html = html_outlook(t, cs, lang)
        elif style == 'gmail':
            html = html_gmail(t, cs)
        elif style == 'thunderbird':
            html = html_tb(t, cs)
        else:
            html = html_simple(t, cs)
    pre = PREAMBLE if style in ('outlook', 'thunderbird') else None
    return multi('alternative', [text(t, 'plain', cs, cte), text(html, 'html', cs, html_cte or cte)],
                 bnd(style, seed), preamble=pre)


def mixed(parts, style, seed):
    pre = PREAMBLE if style in ('outlook', 'thunderbird') else None
    return multi('mixed', parts, bnd(style, seed + 'mixed'), preamble=pre)


def pdf_att(fname, lines, title='', author='', creator='Microsoft Word for Microsoft 365',
            producer='Microsoft Word for Microsoft 365', date=None, style='2231', cs='utf-8', when=None):
    data = docs.pdf(lines, title=title, author=author, creator=creator, producer=producer, date=date)
    return attach(data, 'application/pdf', fname, fname_style=style, fname_cs=cs, when=when)


def qr_png(url, scale=5):
    return qr.qr_png(url, scale=scale)


def noted(part, note):
    part.note = note
    return part


def zip_att(fname, entries, password=None, seed='', style='quoted', ctype='application/zip', when=(2026, 11, 17, 9, 12, 40)):
    if password:
        data = docs.zip_crypto(entries, password, seed or fname, when=when)
        note = 'ZipCrypto, password "%s"; contains %s' % (password, ', '.join('`%s`' % n for n, _ in entries))
    else:
        data = docs.zip_plain(entries, when=when)
        note = 'contains %s' % ', '.join('`%s`' % n for n, _ in entries)
    p = attach(data, ctype, fname, fname_style=style)
    p.note = note
    return p


PH = docs.PLACEHOLDER


def d(y, mo, dd, h=9, mi=0):
    return _dt.datetime(y, mo, dd, h, mi)


def outlook_when(dt_local):
    # creation-date style used by Outlook in Content-Disposition
    return dt_local.strftime('%a, %d %b %Y %H:%M:%S GMT')


def esp_html(cs, blocks, color='#0b5cab', brand='', footer='', preheader='', width=600,
             font='Arial,Helvetica,sans-serif'):
    """Table-based HTML mail as produced by ESP/notification templates."""
    h = lambda s: html_chars(s, cs)
    rows = []
    for b in blocks:
        k = b[0]
        if k == 'h':
            rows.append('<tr><td style="padding:24px 32px 8px 32px;font-family:%s;font-size:20px;font-weight:bold;color:#222222;">%s</td></tr>' % (font, h(b[1])))
        elif k == 'p':
            rows.append('<tr><td style="padding:8px 32px;font-family:%s;font-size:14px;line-height:21px;color:#333333;">%s</td></tr>'
                        % (font, '<br>'.join(h(x) for x in b[1].split('\n'))))
        elif k == 'small':
            rows.append('<tr><td style="padding:8px 32px;font-family:%s;font-size:11px;line-height:16px;color:#777777;">%s</td></tr>'
                        % (font, '<br>'.join(h(x) for x in b[1].split('\n'))))
        elif k == 'btn':
            rows.append('<tr><td align="left" style="padding:16px 32px;"><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
                        '<td bgcolor="%s" style="border-radius:4px;"><a href="%s" target="_blank" style="display:inline-block;padding:12px 26px;'
                        'font-family:%s;font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;">%s</a></td></tr></table></td></tr>'
                        % (color, esc(b[2]), font, h(b[1])))
        elif k == 'kv':
            cells = ''.join('<tr><td style="padding:4px 12px 4px 0;font-family:%s;font-size:13px;color:#666666;white-space:nowrap;">%s</td>'
                            '<td style="padding:4px 0;font-family:%s;font-size:13px;color:#222222;font-weight:bold;">%s</td></tr>'
                            % (font, h(kk), font, h(vv)) for kk, vv in b[1])
            rows.append('<tr><td style="padding:8px 32px;"><table role="presentation" cellpadding="0" cellspacing="0" border="0" '
                        'style="border-top:1px solid #e5e5e5;border-bottom:1px solid #e5e5e5;width:100%%;">%s</table></td></tr>' % cells)
        elif k == 'img':
            rows.append('<tr><td align="center" style="padding:16px 32px;"><img src="%s" alt="%s" width="%d" style="display:block;border:0;"></td></tr>'
                        % (esc(b[1]), h(b[2]), b[3] if len(b) > 3 else 220))
        elif k == 'link':
            rows.append('<tr><td style="padding:8px 32px;font-family:%s;font-size:13px;"><a href="%s" style="color:%s;">%s</a></td></tr>'
                        % (font, esc(b[2]), color, h(b[1])))
        elif k == 'raw':
            rows.append(b[1])
    pre = ('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">%s</div>\n' % h(preheader)) if preheader else ''
    head = ('<tr><td bgcolor="%s" style="padding:18px 32px;font-family:%s;font-size:18px;font-weight:bold;color:#ffffff;">%s</td></tr>'
            % (color, font, h(brand))) if brand else ''
    foot = ('<tr><td style="padding:20px 32px;background:#f4f4f4;font-family:%s;font-size:11px;line-height:16px;color:#888888;">%s</td></tr>'
            % (font, '<br>'.join(h(x) for x in footer.split('\n')))) if footer else ''
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title></title>\n</head>\n'
            '<body style="margin:0;padding:0;background-color:#eeeeee;">\n%s'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee"><tr><td align="center" style="padding:20px 0;">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">\n%s\n%s\n%s\n</table>\n'
            '</td></tr></table>\n</body></html>\n' % (cs, pre, width, head, '\n'.join(rows), foot))


def fake_login_html(email, action, doc_title, note, lang='de', brand='Microsoft'):
    """Inert credential-harvesting page (as attached by phishers): no
    script, a plain form posting to the attacker's host."""
    L = {
        'de': ('Anmelden', 'Kennwort', 'Anmelden', 'Kennwort vergessen?', 'Dokument geschützt'),
        'pl': ('Zaloguj się', 'Hasło', 'Zaloguj', 'Nie pamiętasz hasła?', 'Dokument zabezpieczony'),
        'en': ('Sign in', 'Password', 'Sign in', 'Forgot my password', 'Protected document'),
    }[lang]
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n<style>\nbody{margin:0;background:#f2f2f2 linear-gradient(135deg,#e8eef6,#f7f7f7);font-family:"Segoe UI",Arial,sans-serif}\n'
            '.box{width:380px;margin:90px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}\n'
            '.logo{display:flex;gap:2px;width:22px;flex-wrap:wrap;margin-bottom:18px}.logo i{width:10px;height:10px;display:block}\n'
            'h1{font-size:24px;font-weight:600;margin:0 0 12px}input{width:100%%;border:0;border-bottom:1px solid #666;padding:8px 0;font-size:15px;margin:10px 0}\n'
            'button{background:#0067b8;color:#fff;border:0;padding:8px 32px;font-size:15px;float:right;margin-top:14px}\n'
            '.doc{font-size:13px;color:#444;background:#f3f6fa;border-left:3px solid #0067b8;padding:8px 10px;margin-bottom:16px}a{color:#0067b8;font-size:13px}\n'
            '</style></head>\n<body>\n<div class="box">\n'
            '<div class="logo"><i style="background:#f25022"></i><i style="background:#7fba00"></i><i style="background:#00a4ef"></i><i style="background:#ffb900"></i></div>\n'
            '<div class="doc"><b>%s:</b> %s<br>%s</div>\n'
            '<h1>%s</h1>\n'
            '<form method="post" action="%s">\n'
            '<input type="email" name="login" value="%s" readonly>\n'
            '<input type="password" name="passwd" placeholder="%s" required autofocus>\n'
            '<input type="hidden" name="doc" value="%s">\n'
            '<a href="#">%s</a>\n<button type="submit">%s</button>\n</form>\n<div style="clear:both"></div>\n'
            '</div>\n</body></html>\n' % (lang, esc(doc_title), L[4], esc(doc_title), esc(note), L[0], esc(action), esc(email), L[1],
                                         esc(doc_title), L[3], L[2]))
