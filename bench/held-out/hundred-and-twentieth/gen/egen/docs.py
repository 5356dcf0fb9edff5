"""Document layouts used in attachments: business letters and invoices (PDF)."""
from . import att, qr as _qr
from .png import Canvas


def money(x, lang="de", cur=""):
    s = "%.2f" % x
    ip, dp = s.split(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    if lang == "en":
        out = ",".join(groups) + "." + dp
    elif lang in ("pl", "ru", "fr"):
        out = "\u00a0".join(groups) + "," + dp
    else:
        out = ".".join(groups) + "," + dp
    return (out + " " + cur).strip() if cur else out


def logo(color, text, w=None, h=44, accent=None):
    w = w or (28 + len(text) * 18 + 8)
    c = Canvas(w, h)
    c.rect(0, 0, 12, h, color)
    if accent:
        c.rect(14, 0, 6, h, accent)
    c.glyphs(28, 8, text, color, scale=3)
    return c


def letter(m, filename, *, head, head_lines, logo_color, recipient, place_date, subject, paras, closing,
           signers, footer, title, author, creator="Microsoft® Word für Microsoft 365", producer="Microsoft® Word für Microsoft 365",
           zone="CET", lang=None, logo_text=None, qr=None, qr_caption=None, table=None, extra_after=None, minutes_before=60):
    doc = att.new_pdf(m, title, author, creator, producer, zone=zone, minutes_before=minutes_before, lang=lang)
    p = doc.page()
    col = tuple(c / 255.0 for c in logo_color)
    if logo_text:
        lg = logo(logo_color, logo_text)
        p.image(lg, 56, 40, 33.0 * lg.w / lg.h, 33)
    p.text_right(540, 52, head, 13, True, col)
    y = 68
    for hl in head_lines:
        p.text_right(540, y, hl, 7.5, False, (0.35, 0.35, 0.35))
        y += 10
    y = 150
    for rl in recipient:
        p.text(70, y, rl, 10)
        y += 13
    p.text_right(540, 250, place_date, 10)
    y = 285
    p.text(70, y, subject, 11, True)
    y += 26
    for para in paras:
        y = p.para(70, y, 460, para, 10, leading=14) + 6
    if table:
        for row in table:
            p.text(90, y, row[0], 10, True)
            p.text(230, y, row[1], 10)
            y += 15
        y += 8
    if extra_after:
        for para in extra_after:
            y = p.para(70, y, 460, para, 10, leading=14) + 6
    if qr:
        p.qr(_qr.encode(qr, _qr.ECL_M), 70, y + 4, 96)
        if qr_caption:
            p.para(180, y + 30, 300, qr_caption, 8, leading=11, color=(0.3, 0.3, 0.3))
        y += 110
        m.expect_qr(filename, qr, "pdf")
    y += 4
    p.text(70, y, closing, 10)
    y += 40
    x = 70
    for s in signers:
        yy = y
        for ln in s:
            p.text(x, yy, ln, 9.5)
            yy += 12
        x += 230
    p.line(56, 780, 540, 780, 0.4, (0.6, 0.6, 0.6))
    fy = 792
    for fl in footer:
        p.text(56, fy, fl, 6.8, False, (0.4, 0.4, 0.4))
        fy += 9
    return att.pdf(m, doc, filename)


def invoice(m, filename, *, seller, seller_lines, logo_color, logo_text, buyer, title_word, meta, columns, items,
            totals, pay_lines, footer, title, author, creator, producer, lang="de", zone="CET", qr=None,
            qr_caption=None, notes=None, minutes_before=20, pdf_lang=None):
    """columns: header labels for (pos, description, qty, unit price, amount).
    items: list of (pos, description, qty_str, price_str, amount_str).  totals: list of (label, value, bold)."""
    doc = att.new_pdf(m, title, author, creator, producer, zone=zone, minutes_before=minutes_before, lang=pdf_lang)
    p = doc.page()
    col = tuple(c / 255.0 for c in logo_color)
    lg = logo(logo_color, logo_text)
    p.image(lg, 56, 36, 33.0 * lg.w / lg.h, 33)
    p.text_right(540, 46, seller, 11, True, col)
    y = 60
    for sl in seller_lines:
        p.text_right(540, y, sl, 7.5, False, (0.35, 0.35, 0.35))
        y += 9.5
    y = 150
    for bl in buyer:
        p.text(60, y, bl, 9.5)
        y += 12.5
    p.text(60, 250, title_word, 16, True, col)
    y = 150
    for k, v in meta:
        p.text(350, y, k, 8.5, False, (0.3, 0.3, 0.3))
        p.text_right(540, y, v, 8.5, True)
        y += 12.5
    y = 280
    p.rect(56, y - 11, 484, 16, fill=(0.93, 0.93, 0.93))
    xs = (60, 90, 380, 450, 536)
    p.text(xs[0], y, columns[0], 8.5, True)
    p.text(xs[1], y, columns[1], 8.5, True)
    p.text_right(xs[2] + 30, y, columns[2], 8.5, True)
    p.text_right(xs[3] + 30, y, columns[3], 8.5, True)
    p.text_right(xs[4], y, columns[4], 8.5, True)
    y += 18
    for pos, desc, q, pr, amt in items:
        p.text(xs[0], y, pos, 8.5)
        yy = p.para(xs[1], y, 250, desc, 8.5, leading=11)
        p.text_right(xs[2] + 30, y, q, 8.5)
        p.text_right(xs[3] + 30, y, pr, 8.5)
        p.text_right(xs[4], y, amt, 8.5)
        y = max(yy, y + 12) + 3
    p.line(56, y, 540, y, 0.5)
    y += 14
    for label, val, bold in totals:
        p.text_right(450, y, label, 9, bold)
        p.text_right(536, y, val, 9, bold)
        y += 13
    y += 10
    if notes:
        for n in notes:
            y = p.para(60, y, 470, n, 8.5, leading=11.5) + 3
        y += 6
    for pl in pay_lines:
        p.text(60, y, pl, 8.5)
        y += 11.5
    if qr:
        p.qr(_qr.encode(qr, _qr.ECL_M), 430, y - 11.5 * len(pay_lines) - 4, 100)
        if qr_caption:
            p.text_center(480, y - 11.5 * len(pay_lines) + 104, qr_caption, 6.5, False, (0.3, 0.3, 0.3))
        m.expect_qr(filename, qr, "pdf")
    p.line(56, 778, 540, 778, 0.4, (0.6, 0.6, 0.6))
    fy = 790
    for fl in footer:
        p.text(56, fy, fl, 6.5, False, (0.4, 0.4, 0.4))
        fy += 8.5
    return att.pdf(m, doc, filename)


def epc(bic, name, iban, amount, text, purpose=""):
    """EPC069-12 SEPA credit transfer payload (version 002, UTF-8)."""
    return "\n".join(["BCD", "002", "1", "SCT", bic, name, iban, "EUR%.2f" % amount, purpose, "", text])


def zbp(nip, account, amount, name, title):
    """Polish ZBP 2D transfer code."""
    return "|".join([nip, "PL", account, "%06d" % round(amount * 100), name[:20], title[:32], "", "", ""])


def gost(name, acc, bank, bic, corr, purpose, amount=None, inn=None, kpp=None):
    parts = ["ST00012", "Name=" + name, "PersonalAcc=" + acc, "BankName=" + bank, "BIC=" + bic, "CorrespAcc=" + corr]
    if amount is not None:
        parts.append("Sum=%d" % round(amount * 100))
    parts.append("Purpose=" + purpose)
    if inn:
        parts.append("PayeeINN=" + inn)
    if kpp:
        parts.append("KPP=" + kpp)
    return "|".join(parts)
