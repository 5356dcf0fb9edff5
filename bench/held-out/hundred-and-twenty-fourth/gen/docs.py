"""Document templates (letters, invoices) on top of pdf.Doc."""

import pdf


def pdfdate(t, off="+01'00'"):
    return "D:%04d%02d%02d%02d%02d%02d%s" % (t.year, t.month, t.day, t.hour, t.minute, t.second, off)


def letter(*, title, author="", producer="Microsoft® Word für Microsoft 365",
           creator="Microsoft® Word für Microsoft 365", date=None,
           brand, brand_color=(0.1, 0.25, 0.45), brand_sub="", sender_line,
           recipient, place_date, subject, body, closing=(), footer=(),
           qr=None, qr_caption=None, link=None, extra_boxes=(), ref_lines=()):
    d = pdf.Doc(title=title, author=author, creator=creator, producer=producer, date=date)
    W = 595.28
    d.rect(0, 800, W, 41.89, fill=brand_color)
    d.text(56, 815, brand, "F2", 16, color=(1, 1, 1))
    if brand_sub:
        d.rtext(W - 56, 817, brand_sub, "F1", 9, color=(1, 1, 1))
    d.text(56, 742, sender_line, "F1", 7)
    d.line(56, 739, 300, 739, 0.3)
    y = 724
    for ln in recipient:
        d.text(56, y, ln, "F1", 10)
        y -= 13
    y2 = 742
    for k, v in ref_lines:
        d.text(370, y2, k, "F1", 8)
        d.text(450, y2, v, "F1", 8)
        y2 -= 11
    d.rtext(W - 56, 640, place_date, "F1", 10)
    d.text(56, 610, subject, "F2", 11)
    y = 585
    for para in body:
        if isinstance(para, tuple) and para[0] == "box":
            lines = para[1]
            h = 14 * len(lines) + 10
            d.rect(56, y - h + 10, W - 112, h, fill=(0.95, 0.95, 0.95), stroke=(0.6, 0.6, 0.6))
            yy = y - 4
            for k, v in lines:
                d.text(66, yy, k, "F1", 10)
                d.text(220, yy, v, "F2", 10)
                yy -= 14
            y = y - h - 6
            continue
        y = d.para(56, y, para, W - 112, "F1", 10, 13.5) - 8
        if y < 120:
            d.new_page()
            y = 780
    for ln in closing:
        d.text(56, y, ln, "F1", 10)
        y -= 13
    if qr:
        d.qr(W - 56 - 110, 130, 110, qr)
        if qr_caption:
            for i, ln in enumerate(qr_caption):
                d.ctext(W - 56 - 55, 118 - i * 10, ln, "F1", 7)
    if link:
        x, yl, w, h, uri = link
        d.link(x, yl, w, h, uri)
    d.line(56, 70, W - 56, 70, 0.3)
    cols = len(footer)
    for i, col in enumerate(footer):
        x = 56 + i * (W - 112) / max(cols, 1)
        for j, ln in enumerate(col):
            d.text(x, 60 - j * 8.5, ln, "F1", 6.5)
    return d


def invoice(*, title, producer, creator="", author="", date=None, brand,
            brand_color, sender_line, recipient, meta, items, head_cols,
            col_x, totals, payment_lines, footer, qr=None, qr_caption=(),
            notes=(), lang="de", currency="EUR"):
    """items: list of row tuples (strings); col_x: list of (x, align)."""
    d = pdf.Doc(title=title, author=author, creator=creator, producer=producer, date=date)
    W = 595.28
    d.text(56, 790, brand, "F2", 18, color=brand_color)
    d.text(56, 742, sender_line, "F1", 7)
    d.line(56, 739, 300, 739, 0.3)
    y = 724
    for ln in recipient:
        d.text(56, y, ln, "F1", 10)
        y -= 13
    y2 = 760
    for k, v in meta:
        d.text(360, y2, k, "F1", 9)
        d.rtext(W - 56, y2, v, "F2" if k == meta[0][0] else "F1", 9)
        y2 -= 12
    y = min(y, y2) - 24
    d.text(56, y, title, "F2", 13)
    y -= 22
    d.rect(56, y - 4, W - 112, 16, fill=(0.9, 0.9, 0.9))
    for (x, al), h in zip(col_x, head_cols):
        (d.rtext if al == "r" else d.text)(x, y, h, "F2", 8.5)
    y -= 18
    for row in items:
        for (x, al), c in zip(col_x, row):
            (d.rtext if al == "r" else d.text)(x, y, c, "F1", 8.5)
        y -= 13
    d.line(56, y + 6, W - 56, y + 6, 0.4)
    y -= 8
    for k, v, bold in totals:
        d.text(330, y, k, "F2" if bold else "F1", 9)
        d.rtext(W - 56, y, v, "F2" if bold else "F1", 9)
        y -= 13
    y -= 10
    for ln in notes:
        y = d.para(56, y, ln, W - 112 - (130 if qr else 0), "F1", 8.5, 11) - 3
    y -= 6
    for ln in payment_lines:
        d.text(56, y, ln, "F1", 9)
        y -= 12
    if qr:
        d.qr(W - 56 - 100, max(y - 20, 95), 100, qr)
        for i, ln in enumerate(qr_caption):
            d.ctext(W - 56 - 50, max(y - 20, 95) - 10 - i * 9, ln, "F1", 6.5)
    d.line(56, 70, W - 56, 70, 0.3)
    for i, col in enumerate(footer):
        x = 56 + i * (W - 112) / max(len(footer), 1)
        for j, ln in enumerate(col):
            d.text(x, 60 - j * 8.5, ln, "F1", 6.5)
    return d


def epc_qr(bic, name, iban, amount, purpose_text, ref=""):
    """EPC069-12 v002 payload (UTF-8)."""
    return "\n".join(["BCD", "002", "1", "SCT", bic, name, iban,
                      "EUR%.2f" % amount, "", ref, purpose_text])
