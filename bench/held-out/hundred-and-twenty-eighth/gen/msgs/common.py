"""Shared helpers for message modules."""
from lib import mime, styles, png, qr, pdf as pdflib, archive, ids
from lib.company import S, P, ENT

A, M, R = 0, 1, 2   # boundary slots: alternative, mixed, related


def alt(m, plain, html, charset='utf-8', cte='quoted-printable', html_cte=None, html_charset=None,
        cs_quote=True, cs_upper=False, plain_extra='', b64len=76):
    p = mime.text(plain, 'plain', charset, cte, cs_quote=cs_quote, cs_upper=cs_upper, extra_ct=plain_extra, b64len=b64len, errors='fit')
    h = mime.text(html, 'html', html_charset or charset, html_cte or cte, cs_quote=cs_quote, cs_upper=cs_upper,
                  errors='xmlcharrefreplace', b64len=b64len)
    return mime.multipart('alternative', [p, h], m.sys.boundary(A))


def mixed(m, parts, slot=M):
    return mime.multipart('mixed', parts, m.sys.boundary(slot))


def related(m, parts, slot=R, typ='text/html'):
    return mime.multipart('related', parts, m.sys.boundary(slot), extra_ct='; type="%s"' % typ if typ else '')


def plain(body, charset='utf-8', cte='quoted-printable', **kw):
    kw.setdefault('errors', 'fit')
    return mime.text(body, 'plain', charset, cte, **kw)


def html(body, charset='utf-8', cte='quoted-printable', **kw):
    return mime.text(body, 'html', charset, cte, errors='xmlcharrefreplace', **kw)


def att(data, ctype, filename, style='gmail', **kw):
    return mime.attachment(data, ctype, filename, style=style, **kw)


def qr_png(m, payload, scale=5, border=4, ecl='M', where=None):
    mat = qr.encode(payload, ecl)
    m.qr_expect.append((where or 'png', payload if isinstance(payload, str) else payload.decode('utf-8')))
    return png.qr_png(mat, scale=scale, border=border)


def qr_matrix(m, payload, ecl='M', where='pdf'):
    m.qr_expect.append((where, payload))
    return qr.encode(payload, ecl)


def epc_payload(bic, name, iban, amount, reference='', text='', purpose=''):
    """EPC069-12 (GiroCode / SEPA QR) version 002, UTF-8."""
    lines = ['BCD', '002', '1', 'SCT', bic, name, iban, 'EUR%.2f' % amount, purpose, reference, text]
    while lines and lines[-1] == '':
        lines.pop()
    return '\n'.join(lines)


def pdf_date(t_utc, zone='CET'):
    off, _ = mime.zone_offset(zone, t_utc)
    lt = styles.local_dt(t_utc, zone)
    sign = '+' if off >= 0 else '-'
    return "D:%04d%02d%02d%02d%02d%02d%s%02d'%02d'" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, sign, abs(off) // 60, abs(off) % 60)


def eur(v, lang='de'):
    s = '{:,.2f}'.format(v)
    if lang in ('de', 'it', 'es', 'el', 'pl', 'ru'):
        s = s.replace(',', 'X').replace('.', ',').replace('X', '.' if lang in ('de', 'it', 'es', 'el') else ' ')
    return s


# ------------------------------------------------------------------ signatures

def sig_de(key, extra=''):
    s = S[key]
    e = ENT['DE']
    return ('Mit freundlichen Grüßen\n\n%s\n%s\n\n%s\n%s · %s\nTel. %s\n%s\nwww.example.com\n\n'
            'Sitz der Gesellschaft: Kassel · %s · Geschäftsführer: Dr. Matthias Hoffmann'
            % (s['native'], s['role'].split(' (')[0] if not extra else extra, e['name'], e['addr'][0], e['addr'][1], s['phone'], s['addr'], e['reg']))


def sig_simple(key, company_line=None, role=None, greeting=None):
    s = S[key]
    e = ENT[s['office']]
    lines = []
    if greeting:
        lines += [greeting, '']
    lines += [s['native'], role or s['role'], company_line or e['name'], '%s, %s' % (e['addr'][0], e['addr'][1]), 'T %s' % s['phone'], s['addr']]
    return '\n'.join(lines)


# ------------------------------------------------------------------ documents

def doc_pdf(m, *, head, head_sub=(), recipient=(), meta=(), title='', intro=(), table=None, totals=(), after=(),
            footer=(), qr=None, qr_caption=(), creator='Microsoft® Word für Microsoft 365', producer='Microsoft® Word für Microsoft 365',
            author='', created=None, color=(0.05, 0.27, 0.45), link=None, doc_title=None, letter_date=None, sign=()):
    """Generic business document (letter / invoice / schedule) on A4.
    table = (headers, rows, widths, aligns) with aligns 'l'|'r'."""
    d = pdflib.PDF(title=doc_title or title, author=author, creator=creator, producer=producer,
                   created=created or pdf_date(m.t))
    p = d.page()
    x0, xr = 56, 539
    p.rect(0, 815, 595.28, 27, rgb=color)
    p.text(x0, 790, head, 'F2', 15, color=color)
    y = 776
    for s in head_sub:
        p.text(x0, y, s, 'F1', 8, color=(0.35, 0.35, 0.35))
        y -= 10
    y = 720
    for i, s in enumerate(recipient):
        p.text(x0, y, s, 'F2' if i == 0 else 'F1', 10)
        y -= 13
    ym = 720
    for k, v in meta:
        p.text(360, ym, k, 'F1', 8.5, color=(0.35, 0.35, 0.35))
        p.rtext(xr, ym, v, 'F1', 8.5)
        ym -= 12
    y = min(y, ym) - 18
    if letter_date:
        p.rtext(xr, y + 8, letter_date, 'F1', 10)
        y -= 14
    if title:
        p.text(x0, y, title, 'F2', 12.5)
        y -= 22
    for para in intro:
        y = p.para(x0, y, xr - x0, para, 'F1', 10) - 5
    if table:
        headers, rows, widths, aligns = table
        xs = [x0]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        p.rect(x0, y - 4, xr - x0, 15, fill=0.90)
        for i, h in enumerate(headers):
            if aligns[i] == 'r':
                p.rtext(xs[i] + widths[i] - 3, y, h, 'F2', 8.5)
            else:
                p.text(xs[i] + 3, y, h, 'F2', 8.5)
        y -= 17
        for row in rows:
            lines = 1
            for i, c in enumerate(row):
                parts = str(c).split('\n')
                lines = max(lines, len(parts))
                for j, part in enumerate(parts):
                    if aligns[i] == 'r':
                        p.rtext(xs[i] + widths[i] - 3, y - j * 10.5, part, 'F1', 8.5)
                    else:
                        p.text(xs[i] + 3, y - j * 10.5, part, 'F1', 8.5)
            y -= 10.5 * lines + 4
            p.line(x0, y + 8, xr, y + 8, 0.3, 0.75)
        y -= 6
    for k, v, bold in totals:
        f = 'F2' if bold else 'F1'
        p.text(340, y, k, f, 9.5)
        p.rtext(xr, y, v, f, 9.5)
        y -= 14
    if totals:
        y -= 8
    for para in after:
        y = p.para(x0, y, xr - x0 - (150 if qr else 0), para, 'F1', 9.5) - 4
    if qr is not None:
        mat, label_y = qr, None
        mod = 2.2 if len(mat) < 45 else 1.8
        size = len(mat) * mod
        qy = max(90, y - size + 40)
        p.qr(mat, xr - size, qy, mod)
        yy = qy - 10
        for s in qr_caption:
            p.rtext(xr, yy, s, 'F1', 7)
            yy -= 9
        y = min(y, qy - 30)
    for s in sign:
        y -= 13
        p.text(x0, y, s, 'F1', 10)
    if link:
        lx, ly, lw, lh, label, url = link
        p.rect(lx, ly, lw, lh, rgb=color)
        p.ctext(lx + lw / 2, ly + lh / 2 - 4, label, 'F2', 11, color=(1, 1, 1))
        p.link(lx, ly, lw, lh, url)
    p.line(x0, 62, xr, 62, 0.4, 0.6)
    yf = 52
    for s in footer:
        p.text(x0, yf, s, 'F1', 6.8, color=(0.35, 0.35, 0.35))
        yf -= 8.5
    return d.bytes()


def tx_html(*, blocks, brand='', brand_color='#0b4f8a', logo_html=None, button=None, footer=(), preheader='',
            width=600, font="Arial,Helvetica,sans-serif", lang='de', bg='#f2f4f7', title=''):
    """Table-based transactional HTML as produced by mailing platforms.
    blocks: list of HTML snippets (already escaped/formatted)."""
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">' % lang,
         '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
         '<meta name="viewport" content="width=device-width, initial-scale=1.0" />', '<title>%s</title>' % styles.esc(title or brand), '</head>',
         '<body style="margin:0;padding:0;background-color:%s;">' % bg]
    if preheader:
        h.append('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">%s</div>' % styles.esc(preheader))
    h.append('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:%s;">' % bg)
    h.append('<tr><td align="center" style="padding:24px 12px;">')
    h.append('<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:%s;font-size:14px;line-height:21px;color:#222222;">' % (width, font))
    h.append('<tr><td style="padding:18px 28px;border-bottom:3px solid %s;">%s</td></tr>' % (
        brand_color, logo_html or '<span style="font-size:20px;font-weight:bold;color:%s;">%s</span>' % (brand_color, styles.esc(brand))))
    h.append('<tr><td style="padding:22px 28px 8px 28px;">')
    for b in blocks:
        h.append(b if b.lstrip().startswith('<') else '<p style="margin:0 0 14px 0;">%s</p>' % b)
    if button:
        label, url = button[0], button[1]
        col = button[2] if len(button) > 2 else brand_color
        h.append('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0 22px 0;"><tr>'
                 '<td style="background-color:%s;border-radius:3px;"><a href="%s" target="_blank" style="display:inline-block;padding:11px 26px;'
                 'font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold;">%s</a></td></tr></table>' % (col, styles.esc(url), styles.esc(label)))
    h.append('</td></tr>')
    if footer:
        h.append('<tr><td style="padding:14px 28px 22px 28px;border-top:1px solid #e3e6ea;font-size:11px;line-height:16px;color:#777777;">')
        h.append('<br />\n'.join(footer))
        h.append('</td></tr>')
    h.append('</table>')
    h.append('</td></tr></table>')
    h.append('</body>')
    h.append('</html>')
    return '\n'.join(h) + '\n'


def b64url(s):
    import base64
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip('=')


def b64std(s):
    import base64
    return base64.b64encode(s.encode()).decode()


def sg_link(m, host='u48213370.ct.sendgrid.net', n=120):
    import base64
    raw = base64.b64encode(m.bytes(n)).decode()
    return 'https://%s/ls/click?upn=u001.%s' % (host, raw.replace('+', '-2B').replace('/', '-2F').replace('=', '-3D'))


def granules_photo(m, w=360, h=270, clumps=3, base=(168, 150, 128)):
    """Procedural 'phone photo' of fertiliser granules with caked lumps (PNG, RGB)."""
    rng = m.rng
    img = [[list(base) for _ in range(w)] for _ in range(h)]
    # lighting gradient
    for y in range(h):
        for x in range(w):
            g = int(18 * (1 - (x + y) / float(w + h)))
            px = img[y][x]
            px[0] += g
            px[1] += g
            px[2] += g
    # granules
    for _ in range(int(w * h / 30)):
        cx, cy, r = rng.randrange(w), rng.randrange(h), rng.choice((2, 2, 3, 3, 3, 4))
        tone = rng.randint(-28, 30)
        for yy in range(max(0, cy - r), min(h, cy + r + 1)):
            for xx in range(max(0, cx - r), min(w, cx + r + 1)):
                d2 = (xx - cx) ** 2 + (yy - cy) ** 2
                if d2 <= r * r:
                    hl = 22 if (xx - cx) < 0 and (yy - cy) < 0 else (-14 if d2 > (r - 1) ** 2 else 0)
                    px = img[yy][xx]
                    px[0] = base[0] + tone + hl
                    px[1] = base[1] + tone + hl - 4
                    px[2] = base[2] + tone + hl - 10
    # caked lumps (darker, irregular)
    for _ in range(clumps):
        cx, cy = rng.randrange(40, w - 40), rng.randrange(40, h - 40)
        rx, ry = rng.randint(22, 46), rng.randint(16, 34)
        for yy in range(cy - ry, cy + ry):
            for xx in range(cx - rx, cx + rx):
                if 0 <= xx < w and 0 <= yy < h and ((xx - cx) / float(rx)) ** 2 + ((yy - cy) / float(ry)) ** 2 <= 1.0 - rng.random() * 0.08:
                    px = img[yy][xx]
                    px[0] = int(px[0] * 0.78)
                    px[1] = int(px[1] * 0.76)
                    px[2] = int(px[2] * 0.74)
    rows = [[tuple(max(0, min(255, c)) for c in px) for px in row] for row in img]
    return png.write_rgb(rows)
