"""Business documents rendered as PDF: letters, invoices, forms, notices."""
from . import pdf as pdfmod


def _mk(fontset, meta):
    return pdfmod.PDF(title=meta.get('title', ''), author=meta.get('author', ''), creator=meta.get('creator', ''),
                      producer=meta.get('producer', ''), date=meta['date'], fontset=fontset,
                      subject=meta.get('subject', ''), seed=meta.get('seed', ''))


def _footer(p, lines, color=(90, 90, 90)):
    y = 58
    p.line(50, y + 14, 545, y + 14, 0.4, (160, 160, 160))
    for ln in lines:
        y = p.paragraph(50, y, ln, 6.5, 495, 8.5, False, color)


def letter(fontset, meta, head, recipient, place_date, subject, body, closing, signers, footer, accent=(0, 70, 130),
           qr=None, ref_lines=None, link=None, stamp=None):
    """head: (company name, [small lines]); recipient: [lines]; body: str with \n\n paragraphs;
    signers: list of (name, function); qr: (payload, caption_lines, x, y, size)."""
    d = _mk(fontset, meta)
    p = d.page()
    name, small = head
    p.rect(0, 806, 595.28, 36, fill=accent)
    p.text(50, 818, name, 15, True, (255, 255, 255))
    y = 790
    for ln in small:
        p.text_right(545, y, ln, 7.5, False, (70, 70, 70))
        y -= 9.5
    p.text(50, 735, ' · '.join([name] + small[:1]), 6.5, False, (110, 110, 110))
    p.line(50, 732, 300, 732, 0.3, (150, 150, 150))
    y = 718
    for ln in recipient:
        p.text(50, y, ln, 10)
        y -= 13
    y = 640
    if ref_lines:
        for ln in ref_lines:
            p.text(360, y + 40, ln, 8.5, False, (60, 60, 60))
            y -= 11
        y = 640
    p.text_right(545, 612, place_date, 10)
    p.text(50, 585, subject, 11, True)
    y = 560
    for para in body.split('\n\n'):
        lines = para.split('\n')
        for ln in lines:
            if ln.startswith('**') and ln.endswith('**'):
                p.text(70, y, ln.strip('*'), 10, True)
                y -= 14
            else:
                y = p.paragraph(50, y, ln, 10, 490, 13.5)
        y -= 6
    y -= 4
    p.text(50, y, closing, 10)
    y -= 40
    x = 50
    for sname, func in signers:
        p.line(x, y + 12, x + 170, y + 12, 0.4, (120, 120, 120))
        p.text(x, y, sname, 9.5, True)
        p.text(x, y - 11, func, 8.5)
        x += 230
    if stamp:
        p.rect(380, y - 30, 160, 44, stroke=(170, 30, 30), lw=1.2)
        p.text_center(460, y - 2, stamp[0], 8, True, (170, 30, 30))
        p.text_center(460, y - 14, stamp[1], 7, False, (170, 30, 30))
    if qr:
        payload, cap, qx, qy, qs = qr
        p.qr(qx, qy, qs, payload)
        cy = qy - 10
        for ln in cap:
            p.text(qx, cy, ln, 7.5, False, (60, 60, 60))
            cy -= 9
    if link:
        text, url, lx, ly = link
        p.text(lx, ly, text, 10, True, (0, 90, 200))
        p.link(lx - 2, ly - 3, p.width(text, 10, True) + 4, 14, url)
    _footer(p, footer)
    return d.bytes(), d.qr_payloads


def invoice(fontset, meta, seller, buyer, title, fields, columns, items, totals, payment, footer,
            accent=(40, 40, 40), qr=None, notes=None, attach=None, xmp=None, col_x=None, money_cols=(3, 4)):
    """Generic invoice. columns: header labels; items: rows of str; totals: [(label, value, bold)];
    payment: [lines]; qr: (payload, caption_lines); attach: (name, bytes, mime, rel, desc)."""
    d = _mk(fontset, meta)
    if xmp:
        d.xmp_extra = xmp
    if attach:
        d.attach(*attach)
    p = d.page()
    sname, slines = seller
    p.text(50, 800, sname, 14, True, accent)
    y = 786
    for ln in slines:
        p.text(50, y, ln, 7.5, False, (80, 80, 80))
        y -= 9
    small = ' - '.join([sname] + slines[:1])
    while p.width(small, 6.5) > 270:
        small = small[:-2]
    p.text(50, 700, small, 6.5, False, (110, 110, 110))
    y = 686
    for ln in buyer:
        p.text(50, y, ln, 10)
        y -= 13
    y = 686
    for lab, val in fields:
        p.text(340, y, lab, 8.5, False, (70, 70, 70))
        p.text_right(545, y, val, 8.5, True)
        y -= 12
    p.text(50, 590, title, 15, True)
    cx = col_x or [50, 80, 330, 400, 470]
    y = 560
    p.rect(48, y - 4, 499, 16, fill=(232, 232, 232))
    for i, lab in enumerate(columns):
        if i in money_cols or i == len(columns) - 1:
            p.text_right(cx[i + 1] - 6 if i + 1 < len(cx) else 545, y, lab, 8, True)
        else:
            p.text(cx[i], y, lab, 8, True)
    y -= 18
    for row in items:
        for i, val in enumerate(row):
            if i in money_cols or i == len(row) - 1:
                p.text_right(cx[i + 1] - 6 if i + 1 < len(cx) else 545, y, val, 8.5)
            elif i == 1 and '\n' in val:
                yy = y
                for k, part in enumerate(val.split('\n')):
                    p.text(cx[i], yy, part, 8.5 if k == 0 else 7.5, False, (0, 0, 0) if k == 0 else (90, 90, 90))
                    yy -= 10
            else:
                p.text(cx[i], y, val, 8.5)
        y -= 12 + 10 * max(0, max(v.count('\n') for v in row))
    p.line(48, y + 4, 547, y + 4, 0.5)
    y -= 10
    for lab, val, bold in totals:
        p.text(330, y, lab, 9, bold)
        p.text_right(545, y, val, 9, bold)
        y -= 13
    y -= 10
    if notes:
        for ln in notes:
            y = p.paragraph(50, y, ln, 8.5, 490, 11)
        y -= 6
    py = y
    for ln in payment:
        p.text(50, py, ln, 8.5)
        py -= 11
    if qr:
        payload, cap = qr
        qs = 92
        p.qr(453, y - qs + 8, qs, payload)
        cy = y - qs - 2
        for ln in cap:
            p.text_right(545, cy, ln, 6.5, False, (70, 70, 70))
            cy -= 8
    _footer(p, footer)
    return d.bytes(), d.qr_payloads


def notice(fontset, meta, brand, brand_color, title, paras, button=None, qr=None, small=None, box=None):
    """Portal-style one-page notice (used by lures and by genuine notices)."""
    d = _mk(fontset, meta)
    p = d.page()
    p.rect(0, 782, 595.28, 60, fill=brand_color)
    p.text(50, 805, brand, 18, True, (255, 255, 255))
    y = 740
    p.text(50, y, title, 14, True)
    y -= 28
    for para in paras:
        y = p.paragraph(50, y, para, 10, 495, 14)
        y -= 8
    if box:
        bh = 16 + 13 * len(box)
        p.rect(50, y - bh + 6, 495, bh, fill=(244, 246, 248), stroke=(200, 205, 210))
        yy = y - 8
        for ln in box:
            p.text(62, yy, ln, 9.5, ln.endswith(':'))
            yy -= 13
        y -= bh + 12
    if button:
        text, url = button
        w = p.width(text, 11, True) + 40
        p.rect(50, y - 24, w, 28, fill=brand_color)
        p.text(70, y - 14, text, 11, True, (255, 255, 255))
        p.link(50, y - 24, w, 28, url)
        y -= 48
    if qr:
        payload, cap = qr
        p.qr(50, y - 150, 150, payload)
        yy = y - 20
        for ln in cap:
            yy = p.paragraph(220, yy, ln, 10, 320, 14)
        y -= 170
    if small:
        y = min(y, 150)
        for ln in small:
            y = p.paragraph(50, y, ln, 7.5, 495, 10, False, (100, 100, 100))
    return d.bytes(), d.qr_payloads
