"""Document builders (PDF letters / invoices), boundaries, small images."""
from . import pdf, png, qr, util


# --- MIME boundaries as the different mailers write them ---------------------------------------------

def b_exchange(m, kind, msgid):
    tok = ''.join(c for c in msgid.strip('<>') if c.isalnum())
    return '_%s_%s_' % (kind, tok)


def b_nextpart(m, n=0):
    return '----=_NextPart_%03d_%04X_%s.%s' % (n, m.rng.randrange(0x10, 0x2ff), m.hex(8, True), m.hex(8, True))


def b_gmail(m):
    return '0000000000' + m.hex(18)


def b_apple(m):
    return 'Apple-Mail-' + util.guid(m.rng, True)


def b_thunderbird(m):
    return '------------' + util.alnum(m.rng, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')


def b_phpmailer(m):
    return 'b1=_' + util.alnum(m.rng, 43)


def b_javamail(m, t):
    return '----=_Part_%d_%d.%d' % (m.rng.randrange(10000, 999999), m.rng.randrange(10 ** 8, 10 ** 9), util.unix(t) * 1000 + m.rng.randrange(1000))


def b_hex(m, n=64):
    return m.hex(n)


def b_mailru(m):
    return '----ALT--' + util.alnum(m.rng, 17, 'ABCDEFabcdef0123456789')


def b_yandex(m):
    return '----==_mimepart_' + m.hex(12) + '_' + str(m.rng.randrange(1000, 9999))


def b_mc(m):
    return '_----------=_MCPart_%d' % m.rng.randrange(10 ** 9, 10 ** 10)


# --- PDF documents ------------------------------------------------------------------------------------

def pdfdate(t, zone='CET'):
    lt = util.localtime(t, zone)
    off, _ = util.zone_offset(zone, t)
    return "D:%04d%02d%02d%02d%02d%02d%+03d'00'" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, off)


def letter_pdf(sender_lines, recipient_lines, place_date, subject, body, sign_lines, footer_lines,
               created, title='', author='', creator='Microsoft® Word für Microsoft 365', producer='Microsoft® Word für Microsoft 365',
               enc='win', head_color=(0.05, 0.25, 0.45), logo_text=None, extra=None, qr_matrix=None, qr_pos=None,
               links=None, table=None, table_cols=None):
    d = pdf.Doc(title=title, author=author, creator=creator, producer=producer, created=created, enc=enc)
    y = 800
    if logo_text:
        d.text(56, y, logo_text, 18, bold=True, color=head_color)
        y -= 14
    d.line(56, y, 539, y, 1.2, 0.3)
    y -= 12
    for ln in sender_lines:
        d.text(56, y, ln, 7.5)
        y -= 9
    y = 700
    for ln in recipient_lines:
        d.text(56, y, ln, 10)
        y -= 13
    d.rtext(539, 700, place_date, 10)
    y -= 24
    d.text(56, y, subject, 11, bold=True)
    y -= 26
    if table:
        pass
    y = d.para(56, y, body, 10, 480)
    if table:
        y -= 6
        cols = table_cols or [56, 300, 430]
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                if c == len(row) - 1 and len(row) > 1:
                    d.rtext(539, y, cell, 9.5, bold=(r == 0))
                else:
                    d.text(cols[c], y, cell, 9.5, bold=(r == 0))
            if r == 0:
                d.line(56, y - 3, 539, y - 3, 0.5, 0.4)
            y -= 14
        y -= 8
    if extra:
        y = d.para(56, y, extra, 10, 480)
    if qr_matrix:
        x, yy, s = qr_pos or (420, y - 110, 100)
        d.qr(x, yy, s, qr_matrix)
    y -= 10
    for ln in sign_lines:
        d.text(56, y, ln, 10)
        y -= 13
    fy = 62
    d.line(56, fy + 12, 539, fy + 12, 0.4, 0.5)
    for ln in footer_lines:
        d.text(56, fy, ln, 7)
        fy -= 9
    for (x, yy, w, h, uri) in (links or []):
        d.link(x, yy, w, h, uri)
    return d.render()


def qr_png(m, payload, scale=5, quiet=4, ecl='M'):
    mat = qr.encode(payload if isinstance(payload, bytes) else payload.encode('utf-8'), ecl)
    return png.qr_png(mat, scale, quiet)


def qr_matrix(payload, ecl='M'):
    return qr.encode(payload if isinstance(payload, bytes) else payload.encode('utf-8'), ecl)


def logo_png(text, w=180, h=48, color=(0, 84, 140), accent=(120, 180, 60), turbine=True):
    cv = png.Canvas(w, h)
    x = 6
    if turbine:
        cx, cy = 22, 18
        cv.line(cx, cy, cx, h - 4, color, 2.2)
        for (dx, dy) in ((0, -15), (13, 8), (-13, 8)):
            cv.line(cx, cy, cx + dx, cy + dy, color, 2.6)
        cv.disc(cx, cy, 3, accent)
        x = 46
    png.caption(cv, x, 12, text, color, 2)
    cv.rect(x, h - 10, w - 6, h - 8, accent)
    return cv.png()


def inert(kind, behaviour, comment_prefix=''):
    """Text that stands in for a dangerous file. Nothing in it can execute."""
    lines = ['INERT EVALUATION ARTEFACT - NOT EXECUTABLE, CONTAINS NO CODE',
             'Stands for: %s' % kind,
             'Behaviour of the real-world sample (described only): %s' % behaviour,
             'Created for the Example Group mail-gateway evaluation set; safe to open in a text editor.']
    return ('\r\n'.join(comment_prefix + ln for ln in lines) + '\r\n').encode('ascii')


def fmt_de(x):
    s = '%.2f' % x
    i, d = s.split('.')
    neg = i.startswith('-')
    i = i.lstrip('-')
    grp = ''
    while len(i) > 3:
        grp = '.' + i[-3:] + grp
        i = i[:-3]
    return ('-' if neg else '') + i + grp + ',' + d


def fmt_pl(x):
    return fmt_de(x).replace('.', ' ')


def invoice_pdf(seller_head, seller_lines, recipient_lines, meta, header_cols, rows, totals, pay_lines, footer_lines,
                created, title, creator, producer, enc='win', color=(0.05, 0.25, 0.45), qr_matrix=None, qr_caption=None,
                heading='RECHNUNG', note=None, qr_size=92):
    d = pdf.Doc(title=title, author=seller_head, creator=creator, producer=producer, created=created, enc=enc)
    d.text(56, 795, seller_head, 17, bold=True, color=color)
    y = 781
    for ln in seller_lines:
        d.text(56, y, ln, 7.5)
        y -= 9
    y = 712
    for ln in recipient_lines:
        d.text(56, y, ln, 10)
        y -= 13
    my = 712
    for k, v in meta:
        d.text(360, my, k, 8.5)
        d.rtext(539, my, v, 8.5, bold=True)
        my -= 12
    y = min(y, my) - 18
    d.text(56, y, heading, 15, bold=True)
    y -= 22
    has_code = any(r[1] for r in rows)
    dx = 140 if has_code else 80
    maxw = 400 - dx
    d.rect(56, y - 4, 483, 15, fill=(0.90, 0.92, 0.95))
    heads_x = [56, 80, dx]
    for i, h in enumerate(header_cols):
        if i >= 3:
            d.rtext([0, 0, 0, 450, 539][i], y, h, 8.5, bold=True)
        elif h:
            d.text(heads_x[i], y, h, 8.5, bold=True)
    y -= 16
    for r in rows:
        d.text(56, y, r[0], 8.5)
        if r[1]:
            d.text(80, y, r[1], 8.5)
        words = r[2].split(' ')
        lines_ = ['']
        for w in words:
            cand = (lines_[-1] + ' ' + w).strip()
            if pdf.width(cand, 8.5) > maxw and lines_[-1]:
                lines_.append(w)
            else:
                lines_[-1] = cand
        d.rtext(450, y, r[3], 8.5)
        d.rtext(539, y, r[4], 8.5)
        for k, ln in enumerate(lines_):
            d.text(dx, y, ln, 8.5)
            y -= 11 if k < len(lines_) - 1 else 0
        y -= 13
    d.line(56, y + 4, 539, y + 4, 0.5, 0.5)
    y -= 8
    for k, v, b in totals:
        d.text(360, y, k, 9, bold=b)
        d.rtext(539, y, v, 9, bold=b)
        y -= 13
    y -= 10
    qy = y
    for ln in pay_lines:
        d.text(56, y, ln, 9)
        y -= 12
    if note:
        y = d.para(56, y - 6, note, 8.5, 300)
    if qr_matrix:
        d.qr(539 - qr_size, qy - qr_size + 8, qr_size, qr_matrix)
        if qr_caption:
            d.ctext(539 - qr_size / 2, qy - qr_size - 2, qr_caption, 7, bold=True)
    fy = 64
    d.line(56, fy + 12, 539, fy + 12, 0.4, 0.5)
    for ln in footer_lines:
        d.text(56, fy, ln, 6.8)
        fy -= 8.5
    return d.render()
