"""Text/HTML rendering helpers and attachment factories (PDF letters, invoices, QR, ZIP, HTML, SVG)."""
import html as _html
import re

import pdf as P
import qr as Q
import zipc

LINK = re.compile(r'\[([^\]]+)\]\(([^)]+)\)')


def esc(s):
    return _html.escape(s, quote=True)


def plain_links(text, style='angle'):
    """[label](url) -> 'label <url>' (Outlook), 'label (url)' or just url."""
    def rep(m):
        label, url = m.group(1), m.group(2)
        if label == url:
            return url
        if style == 'angle':
            return '%s <%s>' % (label, url)
        if style == 'paren':
            return '%s (%s)' % (label, url)
        if style == 'label':
            return label
        return '%s: %s' % (label, url)
    return LINK.sub(rep, text)


def _inline_html(s):
    out = []
    pos = 0
    for m in LINK.finditer(s):
        out.append(esc(s[pos:m.start()]))
        out.append('<a href="%s">%s</a>' % (esc(m.group(2)), esc(m.group(1))))
        pos = m.end()
    out.append(esc(s[pos:]))
    r = ''.join(out)
    return re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', r)


def strip_md(text):
    return re.sub(r'\*\*(.+?)\*\*', r'\1', text)


def outlook_html(text, charset, lang='DE', font='Calibri', size='11.0pt', signature_color='#1F3864'):
    paras = text.split('\n')
    body = []
    for ln in paras:
        if ln.strip() == '':
            body.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        elif ln.startswith('> '):
            body.append('<p class=MsoNormal style=\'margin-left:35.4pt\'><span style=\'color:#595959\'>%s<o:p></o:p></span></p>' % _inline_html(ln[2:]))
        else:
            body.append('<p class=MsoNormal>%s<o:p></o:p></p>' % _inline_html(ln))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:%s;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:"%s",sans-serif;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
            '<body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'><div class=WordSection1>\n%s\n</div></body></html>'
            % (charset, font, size, font, font, font, lang, '\n'.join(body)))


def gmail_html(text):
    lines = text.split('\n')
    out = []
    for ln in lines:
        out.append(_inline_html(ln) if ln.strip() else '')
    return '<div dir="ltr">%s</div>\n' % '<br>'.join(out)


def tb_html(text, charset='UTF-8'):
    paras = re.split(r'\n\s*\n', text)
    body = ''.join('<p>%s</p>\n' % '<br>\n'.join(_inline_html(l) for l in p.split('\n')) for p in paras)
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n  </head>\n'
            '  <body>\n%s  </body>\n</html>\n' % (charset, body))


def simple_html(text, charset='utf-8', font='Arial, Helvetica, sans-serif'):
    paras = re.split(r'\n\s*\n', text)
    body = ''.join('<p>%s</p>\n' % '<br>\n'.join(_inline_html(l) for l in p.split('\n')) for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:%s;font-size:14px;color:#222">\n%s</body></html>\n' % (charset, font, body))


def branded_html(title, brand, color, paras, button=None, footer='', charset='utf-8', logo_text=None, preheader='',
                 width=600, extra_top='', img_cid=None, lang='de'):
    """Typical transactional e-mail template (table layout)."""
    ps = ''.join('<p style="margin:0 0 14px 0;font-size:15px;line-height:22px;color:#333333">%s</p>\n' % _inline_html(p) for p in paras)
    btn = ''
    if button:
        label, url = button
        btn = ('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:22px 0"><tr>'
               '<td bgcolor="%s" style="border-radius:4px"><a href="%s" target="_blank" style="display:inline-block;'
               'padding:12px 28px;font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a></td></tr></table>\n'
               % (color, esc(url), esc(label)))
    img = ''
    if img_cid:
        img = '<p style="text-align:center;margin:18px 0"><img src="cid:%s" width="220" height="220" alt="QR" style="display:block;margin:0 auto"></p>\n' % img_cid
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>\n'
            '<body style="margin:0;padding:0;background:#f3f4f6">\n'
            '<div style="display:none;max-height:0;overflow:hidden">%s</div>\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6"><tr><td align="center" style="padding:24px 8px">\n'
            '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Segoe UI,Arial,Helvetica,sans-serif">\n'
            '<tr><td style="background:%s;padding:18px 28px;color:#ffffff;font-size:20px;font-weight:bold">%s</td></tr>\n'
            '<tr><td style="padding:28px">\n%s<h2 style="margin:0 0 16px 0;font-size:20px;color:#111111">%s</h2>\n%s%s%s</td></tr>\n'
            '<tr><td style="padding:16px 28px;font-size:11px;line-height:16px;color:#777777;border-top:1px solid #e5e7eb">%s</td></tr>\n'
            '</table></td></tr></table></body></html>\n'
            % (lang, charset, esc(title), esc(preheader), width, color, esc(logo_text or brand), extra_top, esc(title), ps, img, btn, footer))


def branded_plain(title, paras, button=None, footer=''):
    out = [title, '']
    for p in paras:
        out.append(plain_links(strip_md(p)))
        out.append('')
    if button:
        out.append('%s: %s' % button)
        out.append('')
    if footer:
        out.append(re.sub(r'<[^>]+>', '', footer).replace('&nbsp;', ' ').replace('&amp;', '&'))
    return '\n'.join(out)


# ---------------------------------------------------------------- attachments
def pdf_doc(title_lines, body_lines, meta, footer=None, qr_text=None, qr_pos=(420, 560, 120), link=None, qr_scale=3):
    qr = None
    if qr_text:
        q = Q.QR(qr_text.encode('utf-8'), 'M')
        w, rows = q.gray_rows(scale=qr_scale, border=4)
        qr = (w, rows, qr_pos[0], qr_pos[1], qr_pos[2])
    return P.letter(title_lines, body_lines, meta=meta, footer=footer, qr=qr, link=link)


def qr_png(text, scale=6, ecl='M'):
    return Q.QR(text.encode('utf-8'), ecl).png(scale)


PLACEHOLDER = b'INERT PLACEHOLDER - evaluation sample, no executable content.\n'


def zip_placeholder(names, dt, password=None, seed=b'audit84'):
    return zipc.make_zip([(n, PLACEHOLDER, dt) for n in names], password=password, seed=seed)


def cols(*pairs, **kw):
    d = dict(kw)
    d['cols'] = list(pairs)
    return ('', d)


def photo_png(w=160, h=120, seed=0):
    """A small synthetic 'photo' (gradient with a dark scratch line)."""
    def px(x, y):
        base = 150 + (x * 60 // w) - (y * 40 // h)
        if abs((y - h // 2) - (x - w // 2) // 3) < 2 and w // 5 < x < 4 * w // 5:
            return (40, 40, 45)
        return (max(0, min(255, base + 30)), max(0, min(255, base + 20)), max(0, min(255, base)))
    return Q.png_rgb(w, h, px)


# ---------------------------------------------------------------- body kits
from mime import plain, html, alt  # noqa: E402


def outlook_alt(text, charset, cte='quoted-printable', lang='DE', html_cte=None):
    return alt(plain(plain_links(strip_md(text)), charset, cte),
               html(outlook_html(text, charset, lang), charset, html_cte or cte))


def gmail_alt(text, cte='quoted-printable'):
    p = plain(plain_links(strip_md(text), 'angle'), 'UTF-8', cte)
    h = html(gmail_html(text), 'UTF-8', cte)
    p.qcs = h.qcs = True
    return alt(p, h)


def tb_alt(text, charset='UTF-8', cte='quoted-printable'):
    return alt(plain(plain_links(strip_md(text), 'angle'), charset, cte, wrap=(cte != 'base64')),
               html(tb_html(text, charset), charset, cte))


def simple_alt(text, charset='utf-8', cte='quoted-printable'):
    return alt(plain(plain_links(strip_md(text), 'paren'), charset, cte), html(simple_html(text, charset), charset, cte))


def brand_alt(title, brand, color, paras, button=None, footer='', charset='utf-8', cte='quoted-printable',
              preheader='', lang='de', logo_text=None, img_cid=None):
    return alt(plain(branded_plain(title, paras, button, footer), charset, cte),
               html(branded_html(title, brand, color, paras, button, footer, charset, logo_text, preheader,
                                 img_cid=img_cid, lang=lang), charset, cte))


# ---------------------------------------------------------------- invoices
from decimal import Decimal, ROUND_HALF_UP  # noqa: E402


def D(x):
    return Decimal(str(x)).quantize(Decimal('0.01'), ROUND_HALF_UP)


def money(v, style='de'):
    v = D(v)
    s = '{:,.2f}'.format(v)
    if style == 'en':
        return s
    ip, fp = s.split('.')
    sep = {'de': '.', 'it': '.', 'es': '.', 'el': '.', 'pl': ' ', 'ru': ' '}[style]
    return ip.replace(',', sep) + ',' + fp


def invoice_pdf(head, addr, refs, heading, items, vat_rate, labels, pay_lines, meta, footer=None, style='de',
                qr_text=None, currency='€'):
    """items: (desc, qty, unit). labels: dict(pos, desc, qty, unit, amount, net, vat, total)."""
    body = list(addr) + ['']
    for r in refs:
        body.append(cols(*r) if isinstance(r, tuple) and isinstance(r[0], tuple) else r)
    body += ['', (heading, {'bold': True, 'size': 12}), '',
             cols((56, labels['pos']), (80, labels['desc']), (-400, labels['qty']), (-470, labels['unit']), (-539, labels['amount']),
                  bold=True, rule=True, size=9)]
    net = Decimal('0.00')
    for i, (desc, qty, unit) in enumerate(items, 1):
        amt = D(Decimal(str(qty)) * D(unit))
        net += amt
        body.append(cols((56, str(i)), (80, desc), (-400, str(qty)), (-470, money(unit, style)), (-539, money(amt, style)), size=9))
    vat = D(net * Decimal(str(vat_rate)) / 100)
    total = net + vat
    body += ['', cols((300, labels['net']), (-539, '%s %s' % (money(net, style), currency)), size=9),
             cols((300, labels['vat']), (-539, '%s %s' % (money(vat, style), currency)), size=9),
             cols((300, labels['total']), (-539, '%s %s' % (money(total, style), currency)), bold=True, size=10), '']
    body += pay_lines
    data = pdf_doc(head, body, meta, footer=footer, qr_text=qr_text, qr_pos=(440, 90, 95), qr_scale=2)
    return data, dict(net=net, vat=vat, total=total)
