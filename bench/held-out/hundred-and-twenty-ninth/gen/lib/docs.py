"""Document templates (letters, invoices, forms) rendered with lib.pdf."""
from . import pdf, png

INERT_NOTE = ('INERT PLACEHOLDER - the original file in this position was an executable payload '
              '(%s). It has been replaced by this text for the evaluation corpus.\r\n')


def inert(kind):
    return (INERT_NOTE % kind).encode('utf-8')


def logo(text, w=360, h=80, bg='#ffffff', fg='#1f3a68', accent=None, size=30, sub=None, subsize=12):
    c = png.Canvas(w, h, bg)
    if accent:
        c.rect(0, h - 8, w, h, accent)
    c.text(10, int(h * 0.55), text, size, fg, 'bold')
    if sub:
        c.text(12, int(h * 0.55) + subsize + 6, sub, subsize, fg)
    return c


def _footer(d, lines, size=6.5, color='#555555'):
    y = 48
    d.line(50, y + 14, 545, y + 14, 0.4, '#999999')
    for ln in lines:
        d.text(297.6, y, ln, size, color=color, align='center')
        y -= size + 2.5


def letter(meta, sender_lines, recipient_lines, place_date, subject, body, closing, signature,
           footer_lines, logo_canvas=None, logo_size=(160, 36), color='#1f3a68', extra=None, page2=None):
    """Generic business letter. body: list of paragraphs; extra(d, y) may draw more and return y."""
    d = pdf.Doc(**meta)
    if logo_canvas is not None:
        d.png_image(50, 770, logo_size[0], logo_size[1], logo_canvas)
    else:
        d.text(50, 785, sender_lines[0], 16, True, color)
    y = 770
    for i, ln in enumerate(sender_lines[1:]):
        d.text(545, 800 - i * 10, ln, 7.5, color='#444444', align='right')
    d.text(50, 712, ' · '.join(sender_lines[:2]), 6.5, color='#666666')
    d.line(50, 708, 300, 708, 0.3, '#999999')
    y = 695
    for ln in recipient_lines:
        d.text(50, y, ln, 10)
        y -= 13
    d.text(545, 620, place_date, 10, align='right')
    y = 590
    y = d.para(50, y, subject, 495, 11, bold=True) - 8
    for p in body:
        if isinstance(p, tuple) and p[0] == 'table':
            y = d.table(60, y, p[1], p[2], size=9, leading=14) - 10
        elif isinstance(p, tuple) and p[0] == 'kv':
            for k, v in p[1]:
                d.text(70, y, k, 10, True)
                d.text(210, y, v, 10)
                y -= 14
            y -= 6
        else:
            y = d.para(50, y, p, 495, 10, 14) - 6
        if y < 140 and page2 is None:
            pass
    if extra:
        y = extra(d, y)
    y -= 6
    y = d.para(50, y, closing, 495, 10, 14) - 24
    for ln in signature:
        d.text(50, y, ln, 10)
        y -= 13
    _footer(d, footer_lines)
    return d.build()


def invoice(meta, seller_lines, buyer_lines, title, info_rows, items_cols, items, totals, payment_lines,
            footer_lines, logo_canvas=None, logo_size=(170, 38), color='#1f3a68', qr=None, notes=None,
            qr_caption=None, extra_top=None):
    """qr: (payload, size, x, y)."""
    d = pdf.Doc(**meta)
    if logo_canvas is not None:
        d.png_image(50, 768, logo_size[0], logo_size[1], logo_canvas)
    else:
        d.text(50, 785, seller_lines[0], 15, True, color)
    for i, ln in enumerate(seller_lines[1:]):
        d.text(545, 800 - i * 10, ln, 7.5, color='#444444', align='right')
    y = 700
    d.text(50, 712, ' · '.join(seller_lines[:2]), 6.5, color='#666666')
    for ln in buyer_lines:
        d.text(50, y, ln, 10)
        y -= 13
    d.text(330, 700, title, 14, True, color)
    yy = 684
    for k, v in info_rows:
        d.text(330, yy, k, 8.5, color='#444444')
        d.text(545, yy, v, 8.5, align='right')
        yy -= 12
    y = min(y, yy) - 16
    if extra_top:
        for ln in extra_top:
            y = d.para(50, y, ln, 495, 9.5, 13) - 2
        y -= 6
    y = d.table(50, y, items_cols, items, size=8.5, leading=14) - 6
    for k, v, bold in totals:
        d.text(430, y, k, 9, bold, align='right')
        d.text(545, y, v, 9, bold, align='right')
        y -= 13
    y -= 10
    if notes:
        for ln in notes:
            y = d.para(50, y, ln, 330 if qr else 495, 8.5, 12) - 2
        y -= 6
    for ln in payment_lines:
        d.text(50, y, ln, 8.5)
        y -= 12
    if qr:
        payload, size, x, qy = qr
        d.qr(x, qy, size, payload)
        if qr_caption:
            for i, ln in enumerate(qr_caption):
                d.text(x + size / 2.0, qy - 8 - i * 9, ln, 6.5, align='center', color='#444444')
    _footer(d, footer_lines)
    return d.build()


def money(v, lang='de'):
    s = '{:,.2f}'.format(v)
    if lang in ('de', 'it', 'es', 'el', 'pl', 'ru'):
        s = s.replace(',', 'X').replace('.', ',').replace('X', '.')
        if lang in ('pl', 'ru'):
            s = s.replace('.', ' ')
    return s
