"""Document layouts (letters, invoices, notices) rendered with pdf.py, and
small PNG graphics (logos, banners)."""
from . import pdf, png, qr as qrmod


def _fmt_amount(v, style='de'):
    s = '%.2f' % v
    ip, dp = s.split('.')
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    if style == 'de':
        return '.'.join(groups) + ',' + dp
    if style == 'en':
        return ','.join(groups) + '.' + dp
    if style == 'fr':
        return '\u00a0'.join(groups) + ',' + dp
    if style == 'ru':
        return ' '.join(groups) + ',' + dp
    raise KeyError(style)


amount = _fmt_amount


def letterhead(page, name, lines, color=(0.1, 0.2, 0.45), right_lines=None):
    page.rect(0, 800, 595.28, 41.89, fill=color)
    page.text(50, 815, name, 15, True, (1, 1, 1))
    y = 785
    for ln in lines:
        page.text(50, y, ln, 7.5, False, (0.35, 0.35, 0.35))
        y -= 9.5
    if right_lines:
        y = 785
        for ln in right_lines:
            page.text_right(545, y, ln, 7.5, False, (0.35, 0.35, 0.35))
            y -= 9.5


def footer(page, cols, color=(0.4, 0.4, 0.4)):
    page.line(50, 78, 545, 78, 0.4, (0.6, 0.6, 0.6))
    x = 50
    w = 495.0 / max(1, len(cols))
    for col in cols:
        y = 68
        for ln in col:
            page.text(x, y, ln, 6.5, False, color)
            y -= 8
        x += w


def letter_pdf(sender_name, sender_lines, recipient_lines, place_date, subject, paragraphs, signature_lines,
               footer_cols, meta, color=(0.1, 0.2, 0.45), extra=None, ref_lines=None, qr_payload=None,
               qr_caption=None, link=None):
    """A business letter on one page. extra(page, y) may draw more and return y."""
    d = pdf.Document(**meta)
    p = d.page()
    letterhead(p, sender_name, sender_lines, color)
    y = 700
    p.text(50, 712, ' · '.join(sender_lines[:1]) if sender_lines else '', 6, False, (0.4, 0.4, 0.4))
    for ln in recipient_lines:
        p.text(50, y, ln, 10)
        y -= 13
    if ref_lines:
        yy = 700
        for ln in ref_lines:
            p.text(360, yy, ln, 8.5)
            yy -= 11.5
    p.text_right(545, 600, place_date, 10)
    p.text(50, 570, subject, 11, True)
    y = 545
    for para in paragraphs:
        if isinstance(para, tuple) and para[0] == 'bold':
            y = p.para(50, y, 495, para[1], 10, bold=True)
        elif isinstance(para, tuple) and para[0] == 'kv':
            for k, v in para[1]:
                p.text(70, y, k, 10)
                p.text(230, y, v, 10, True)
                y -= 14
        else:
            y = p.para(50, y, 495, para, 10)
        y -= 7
    if extra:
        y = extra(p, y)
    if qr_payload:
        p.qr(50, y - 110, 100, qr_payload)
        if qr_caption:
            p.para(160, y - 20, 300, qr_caption, 8.5)
        if link:
            p.link(50, y - 110, 100, 100, link)
        y -= 125
    y -= 10
    for ln in signature_lines:
        p.text(50, y, ln, 10)
        y -= 13
    footer(p, footer_cols)
    return d.build(), d.all_text()


def invoice_pdf(seller_name, seller_lines, buyer_lines, title, meta_rows, columns, rows, totals, notes,
                footer_cols, meta, color=(0.1, 0.2, 0.45), qr_payload=None, qr_caption=None, num_style='de',
                col_x=None, right_cols=(), extra_qr=None):
    d = pdf.Document(**meta)
    p = d.page()
    letterhead(p, seller_name, seller_lines, color)
    y = 712
    p.text(50, y + 2, seller_lines[0] if seller_lines else '', 6, False, (0.4, 0.4, 0.4))
    y = 700
    for ln in buyer_lines:
        p.text(50, y, ln, 10)
        y -= 13
    yy = 700
    for k, v in meta_rows:
        p.text(340, yy, k, 8.5, False, (0.3, 0.3, 0.3))
        p.text_right(545, yy, v, 8.5, True)
        yy -= 12
    y = min(y, yy) - 25
    p.text(50, y, title, 14, True)
    y -= 22
    col_x = col_x or [50, 90, 330, 390, 470]
    p.rect(48, y - 4, 499, 16, fill=(0.92, 0.93, 0.95))
    for i, c in enumerate(columns):
        if i in right_cols:
            nx = col_x[i + 1] - 6 if i + 1 < len(col_x) else 545
            p.text_right(nx, y, c, 8.5, True)
        else:
            p.text(col_x[i] + 2, y, c, 8.5, True)
    y -= 18
    for row in rows:
        maxlines = 1
        for i, c in enumerate(row):
            if i in right_cols:
                nx = col_x[i + 1] - 6 if i + 1 < len(col_x) else 545
                p.text_right(nx, y, c, 9)
            else:
                w = (col_x[i + 1] if i + 1 < len(col_x) else 545) - col_x[i] - 6
                lines = pdf.wrap(c, w, 9)
                for j, ln in enumerate(lines):
                    p.text(col_x[i] + 2, y - j * 11, ln, 9)
                maxlines = max(maxlines, len(lines))
        y -= 11 * maxlines + 5
        p.line(50, y + 7, 545, y + 7, 0.2, (0.8, 0.8, 0.8))
    y -= 6
    for k, v, bold in totals:
        p.text_right(440, y, k, 9.5, bold)
        p.text_right(545, y, v, 9.5, bold)
        y -= 14
    y -= 10
    yq = y
    for n in notes:
        y = p.para(50, y, 330 if qr_payload else 495, n, 8.5)
        y -= 4
    if qr_payload:
        qy = max(yq - 110, 100)
        p.qr(435, qy, 110, qr_payload)
        if qr_caption:
            p.para(435, qy - 10, 110, qr_caption, 7)
    if extra_qr:
        payload, caption = extra_qr
        p.qr(50, 95, 80, payload)
        p.para(138, 150, 200, caption, 7)
    footer(p, footer_cols)
    return d.build(), d.all_text()


def simple_pdf(pages_blocks, meta, header=None, color=(0.1, 0.2, 0.45), footer_cols=None):
    """pages_blocks: list of pages; each page list of blocks ('h', text) ('p', text) ('b', text)
    ('qr', payload, size, caption) ('link', text, url) ('kv', [(k,v)]) ('sp', n) ('box', text)."""
    d = pdf.Document(**meta)
    for blocks in pages_blocks:
        p = d.page()
        y = 790
        if header:
            letterhead(p, header[0], header[1], color)
            y = 740 - 10 * max(0, len(header[1]) - 3)
        for b in blocks:
            k = b[0]
            if k == 'h':
                y = p.para(50, y, 495, b[1], 14, bold=True) - 6
            elif k == 'h2':
                y = p.para(50, y, 495, b[1], 11.5, bold=True) - 4
            elif k == 'p':
                y = p.para(50, y, 495, b[1], 10) - 6
            elif k == 'small':
                y = p.para(50, y, 495, b[1], 7.5, color=(0.35, 0.35, 0.35)) - 4
            elif k == 'b':
                y = p.para(50, y, 495, b[1], 10, bold=True) - 6
            elif k == 'sp':
                y -= b[1]
            elif k == 'kv':
                for kk, vv in b[1]:
                    p.text(60, y, kk, 9.5, False, (0.3, 0.3, 0.3))
                    lines = pdf.wrap(vv, 300, 9.5, True)
                    for j, ln in enumerate(lines):
                        p.text(235, y - j * 12, ln, 9.5, True)
                    y -= 12 * len(lines) + 3
                y -= 6
            elif k == 'qr':
                size = b[2]
                p.qr(50, y - size, size, b[1])
                if len(b) > 3 and b[3]:
                    p.para(60 + size, y - 10, 480 - size, b[3], 9)
                if len(b) > 4 and b[4]:
                    p.link(50, y - size, size, size, b[4])
                y -= size + 14
            elif k == 'button':
                w = pdf.text_width(b[1], 12, True) + 40
                p.rect(50, y - 26, w, 30, fill=b[3] if len(b) > 3 else (0.0, 0.36, 0.72))
                p.text(70, y - 15, b[1], 12, True, (1, 1, 1))
                p.link(50, y - 26, w, 30, b[2])
                y -= 44
            elif k == 'box':
                lines = pdf.wrap(b[1], 470, 9.5)
                h = 14 * len(lines) + 14
                p.rect(50, y - h + 10, 495, h, fill=(0.95, 0.95, 0.92), stroke=(0.7, 0.7, 0.6))
                yy = y - 4
                for ln in lines:
                    p.text(62, yy, ln, 9.5)
                    yy -= 14
                y -= h + 8
            elif k == 'line':
                p.line(50, y, 545, y, 0.4, (0.6, 0.6, 0.6))
                y -= 12
        if footer_cols:
            footer(p, footer_cols)
    return d.build(), d.all_text()


def logo_png(w, h, bg, fg, mark='rotor', accent=None):
    """Simple deterministic logo graphic (RGB)."""
    rows = []
    cx, cy = h // 2 + 4, h // 2
    for y in range(h):
        row = []
        for x in range(w):
            c = bg
            if mark == 'rotor':
                dx, dy = x - cx, y - cy
                if dx * dx + dy * dy <= (h // 6) ** 2:
                    c = fg
                elif abs(dy) <= 1 and abs(dx) <= h // 2 - 2:
                    c = fg
                elif abs(dx) <= 1 and abs(dy) <= h // 2 - 3:
                    c = fg
            elif mark == 'bar':
                if y > h - 6:
                    c = fg
                elif 6 <= x <= 6 + h - 12 and 6 <= y <= h - 12:
                    c = fg
            elif mark == 'ring':
                dx, dy = x - cx, y - cy
                rr = dx * dx + dy * dy
                if (h // 3 - 3) ** 2 <= rr <= (h // 3) ** 2:
                    c = fg
            elif mark == 'stripes':
                if (x + y) % 14 < 5 and x < h:
                    c = fg
            if accent and x > h + 8 and h // 2 - 3 <= y <= h // 2 + 3 and x < w - 10:
                c = accent
            row.append(c)
        rows.append(row)
    return png.write_rgb(w, h, rows)


def qr_png(payload, scale=4, quiet=4):
    return png.qr_png(payload, scale, quiet)
