"""Document layouts used for PDF attachments: invoices, letters, notices."""
from . import pdf, qr

GREY = (0.35, 0.35, 0.35)


def _header(p, seller, accent):
    p.rect(0, 0, p.w, 8, fill=accent)
    y = 52
    p.text(50, y, seller["name"], 15, bold=True, color=accent)
    y += 14
    for line in seller.get("lines", []):
        p.text(50, y, line, 8.5, color=GREY)
        y += 11
    return y


def _footer(p, lines):
    y = p.h - 20 - 10 * len(lines)
    p.line(50, y - 8, p.w - 50, y - 8, 0.4, (0.6, 0.6, 0.6))
    for ln in lines:
        p.text_center(p.w / 2, y + 2, ln, 7, color=GREY)
        y += 10


def invoice(seed, title, seller, buyer_lines, meta, columns, items, totals, notes=(), qr_payload=None,
            qr_caption="", footer=(), producer="", creator="", created="", accent=(0.1, 0.25, 0.45),
            author="", heading=None, lang=None, extra_right=(), col_x=None, bank_lines=(), links=()):
    """columns: header labels; items: rows (same length as columns);
    totals: list of (label, value, bold)."""
    doc = pdf.Document(title=title, author=author or seller["name"], producer=producer, creator=creator,
                       created=created, subset_seed=seed, lang=lang)
    p = doc.page()
    y = _header(p, seller, accent)
    y = max(y + 18, 150)
    p.text(50, y - 18, seller.get("return_line", ""), 6.5, color=GREY)
    for ln in buyer_lines:
        p.text(50, y, ln, 10)
        y += 13
    ry = 150
    for label, value in meta:
        p.text(340, ry, label, 8.5, color=GREY)
        p.text_right(545, ry, value, 9)
        ry += 13
    for ln in extra_right:
        p.text(340, ry, ln, 8, color=GREY)
        ry += 11
    y = max(y, ry) + 22
    p.text(50, y, heading or title, 14, bold=True)
    y += 22
    ncol = len(columns)
    xs = col_x or ([50, 80, 330, 380, 460][:ncol] if ncol == 5 else [50 + i * (495 / ncol) for i in range(ncol)])
    p.rect(48, y - 11, 499, 16, fill=(0.92, 0.93, 0.95))
    for i, c in enumerate(columns):
        if i >= ncol - 2 and i > 1:
            p.text_right(xs[i + 1] - 6 if i + 1 < ncol else 545, y, c, 8.5, bold=True)
        else:
            p.text(xs[i], y, c, 8.5, bold=True)
    y += 18
    for row in items:
        lines = [row]
        desc = str(row[1]) if ncol > 2 else str(row[0])
        wrapped = []
        cur = ""
        limit = (xs[2] - xs[1] - 8) if ncol > 2 else 300
        for w in desc.split(" "):
            cand = (cur + " " + w).strip()
            if p.width(cand, 9) > limit and cur:
                wrapped.append(cur)
                cur = w
            else:
                cur = cand
        wrapped.append(cur)
        for i, c in enumerate(row):
            if ncol > 2 and i == 1:
                for k, wl in enumerate(wrapped):
                    p.text(xs[1], y + k * 11, wl, 9)
            elif i >= ncol - 2 and i > 1:
                p.text_right(xs[i + 1] - 6 if i + 1 < ncol else 545, y, str(c), 9)
            else:
                p.text(xs[i], y, str(c), 9)
        y += 11 * len(wrapped) + 5
        p.line(50, y - 9, 545, y - 9, 0.3, (0.8, 0.8, 0.8))
    y += 6
    for label, value, bold in totals:
        p.text(340, y, label, 9.5, bold=bold)
        p.text_right(545, y, value, 9.5, bold=bold)
        y += 14
    y += 14
    qr_top = y
    for n in notes:
        y = p.para(50, y, 330 if qr_payload else 495, n, 8.5, 11.5)
        y += 3
    for ln in bank_lines:
        p.text(50, y, ln, 8.5)
        y += 11.5
    for text, url in links:
        p.link_text(50, y + 4, text, url, 8.5)
        y += 14
    if qr_payload:
        m = qr.encode(qr_payload)
        dim, px = qr.to_grey_bitmap(m)
        size = 110
        p.image_grey(435, qr_top, size, size, dim, dim, px)
        if qr_caption:
            for k, ln in enumerate(qr_caption.split("\n")):
                p.text_center(490, qr_top + size + 10 + k * 9, ln, 7, color=GREY)
    _footer(p, list(footer))
    return doc.build()


def letter(seed, title, sender, recipient_lines, place_date, subject, paragraphs, closing, signature,
           footer=(), producer="", creator="", created="", accent=(0.1, 0.25, 0.45), author="", qr_payload=None,
           qr_caption="", links=(), lang=None, boxes=(), ref_lines=()):
    """boxes: list of lists of lines printed in a shaded box after the body paragraphs
    (bank details etc.)."""
    doc = pdf.Document(title=title, author=author or sender["name"], producer=producer, creator=creator,
                       created=created, subset_seed=seed, lang=lang)
    p = doc.page()
    y = _header(p, sender, accent)
    y = max(y + 20, 150)
    if sender.get("return_line"):
        p.text(50, y - 18, sender["return_line"], 6.5, color=GREY)
    for ln in recipient_lines:
        p.text(50, y, ln, 10)
        y += 13
    ry = 150
    for ln in ref_lines:
        p.text(360, ry, ln, 8.5, color=GREY)
        ry += 12
    y = max(y, ry) + 20
    p.text_right(545, y, place_date, 10)
    y += 28
    y = p.para(50, y, 495, subject, 11, 14, bold=True)
    y += 10
    for par in paragraphs:
        y = p.para(50, y, 495, par, 10, 13.5)
        y += 6
    for box in boxes:
        h = 14 * len(box) + 12
        p.rect(50, y, 495, h, fill=(0.94, 0.95, 0.96), stroke=(0.75, 0.75, 0.8))
        yy = y + 16
        for ln in box:
            p.text(62, yy, ln, 10, bold=ln.endswith(":") or ln.startswith("IBAN"))
            yy += 14
        y += h + 14
    for text, url in links:
        p.link_text(50, y + 2, text, url, 10)
        y += 18
    if qr_payload:
        m = qr.encode(qr_payload)
        dim, px = qr.to_grey_bitmap(m)
        size = 120
        p.image_grey(50, y, size, size, dim, dim, px)
        if qr_caption:
            yy = y + 14
            for ln in qr_caption.split("\n"):
                p.text(185, yy, ln, 9.5)
                yy += 13
        y += size + 14
    y += 4
    p.text(50, y, closing, 10)
    y += 40
    for ln in signature:
        p.text(50, y, ln, 10)
        y += 13
    _footer(p, list(footer))
    return doc.build()
