"""Document generators (text-only PDFs, simple PNG charts, XML)."""
import struct
import zlib

from pdf import Doc, text_width, wrap


def letter_pdf(sender_head, recipient, place_date, subject, paras, closing,
               footer, meta, small_print=None):
    """sender_head: list of lines (first bold); recipient: list of lines."""
    d = Doc(**meta)
    d.y = 800
    d.text(56, d.y, sender_head[0], 14, True)
    d.y -= 16
    for ln0 in sender_head[1:]:
        for ln in wrap(ln0, 483, 8):
            d.text(56, d.y, ln, 8)
            d.y -= 10
    d.line(56, d.y, 539, d.y, 0.6)
    d.y -= 30
    for ln0 in recipient:
        for ln in wrap(ln0, 300, 10):
            d.text(56, d.y, ln, 10)
            d.y -= 13
    d.y -= 10
    d.text(539 - text_width(place_date, 10), d.y, place_date, 10)
    d.y -= 28
    d.para(subject, 11, True, gap=10)
    for p in paras:
        d.para(p, 10, gap=7)
    d.y -= 6
    for ln in closing:
        d.text(56, d.y, ln, 10)
        d.y -= 13
    if small_print:
        d.y -= 14
        for p in small_print:
            d.para(p, 6.5, gap=2, lead=1.25)
    fy = 50
    d.line(56, fy + 12, 539, fy + 12, 0.4)
    for ln in footer:
        d.text(56, fy, ln, 7)
        fy -= 9
    return d.render()


def invoice_pdf(seller_head, buyer, title, meta_rows, cols, items, totals,
                notes, footer, meta):
    """cols: list of (header, x, align); items: list of row tuples (strings)
    in the same order; totals: list of (label, value)."""
    d = Doc(**meta)
    d.y = 800
    d.text(56, d.y, seller_head[0], 14, True)
    d.y -= 16
    for ln0 in seller_head[1:]:
        for ln in wrap(ln0, 483, 8):
            d.text(56, d.y, ln, 8)
            d.y -= 10
    d.line(56, d.y, 539, d.y, 0.6)
    d.y -= 26
    y0 = d.y
    for ln0 in buyer:
        for ln in wrap(ln0, 270, 10):
            d.text(56, d.y, ln, 10)
            d.y -= 13
    yb = d.y
    d.y = y0
    for k, v in meta_rows:
        d.text(340, d.y, k, 9)
        d.text(539 - text_width(v, 9, True), d.y, v, 9, True)
        d.y -= 12
    d.y = min(d.y, yb) - 18
    d.para(title, 13, True, gap=8)
    d.rect(52, d.y - 4, 491, 15, 0.88)
    d.row([(x, h, a) for h, x, a in cols], 8.5, True, lead=1.8)
    for it in items:
        d.row([(c[1], v, c[2]) for c, v in zip(cols, it)], 8.5)
    d.y -= 2
    d.hr(300, 539)
    for i, (k, v) in enumerate(totals):
        b = i == len(totals) - 1
        d.row([(300, k, "l"), (539, v, "r")], 9.5 if b else 9, b)
    d.y -= 10
    for n in notes:
        d.para(n, 8.5, gap=3)
    fy = 50
    d.line(56, fy + 12, 539, fy + 12, 0.4)
    for ln in footer:
        d.text(56, fy, ln, 7)
        fy -= 9
    return d.render()


def form_pdf(head, title, intro, fields, body_paras, small_print, footer, meta):
    d = Doc(**meta)
    d.y = 800
    d.text(56, d.y, head[0], 13, True)
    d.y -= 15
    for ln0 in head[1:]:
        for ln in wrap(ln0, 483, 8):
            d.text(56, d.y, ln, 8)
            d.y -= 10
    d.line(56, d.y, 539, d.y, 0.6)
    d.y -= 24
    d.para(title, 12, True, gap=8)
    for p in intro:
        d.para(p, 9.5, gap=5)
    d.y -= 4
    for k, v in fields:
        d.rect(56, d.y - 5, 483, 16, 0.93)
        d.text(60, d.y, k, 8.5)
        d.text(250, d.y, v, 9, True)
        d.y -= 19
    d.y -= 6
    for p in body_paras:
        d.para(p, 9.5, gap=5)
    for p in small_print:
        d.para(p, 6.3, gap=2, lead=1.2)
    fy = 50
    d.line(56, fy + 12, 539, fy + 12, 0.4)
    for ln in footer:
        d.text(56, fy, ln, 7)
        fy -= 9
    return d.render()


# ---------------------------------------------------------------- PNG ----

def _chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + \
        struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)


def png_rgb(w, h, px):
    raw = b"".join(b"\x00" + bytes(px[y * w * 3:(y + 1) * w * 3]) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def chart_png(values, lo, hi, limits=(), w=640, h=320, excursion=None):
    """Temperature trace chart: grid, limit lines (red), trace (blue),
    optional shaded excursion interval (index range)."""
    px = bytearray(b"\xff" * (w * h * 3))

    def put(x, y, c):
        if 0 <= x < w and 0 <= y < h:
            i = (y * w + x) * 3
            px[i:i + 3] = bytes(c)

    def line(x0, y0, x1, y1, c, th=1):
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err = dx + dy
        while True:
            for t in range(th):
                put(x0, y0 + t, c)
            if x0 == x1 and y0 == y1:
                break
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy
    L, R, T, B = 50, w - 20, 20, h - 40

    def ymap(v):
        return int(B - (v - lo) / (hi - lo) * (B - T))

    def xmap(i):
        return int(L + i / (len(values) - 1) * (R - L))
    if excursion:
        a, b = xmap(excursion[0]), xmap(excursion[1])
        for x in range(a, b):
            for y in range(T, B):
                put(x, y, (255, 236, 200))
    for k in range(11):
        y = T + k * (B - T) // 10
        line(L, y, R, y, (225, 225, 225))
    for k in range(13):
        x = L + k * (R - L) // 12
        line(x, T, x, B, (225, 225, 225))
    line(L, T, L, B, (60, 60, 60))
    line(L, B, R, B, (60, 60, 60))
    for lim in limits:
        line(L, ymap(lim), R, ymap(lim), (210, 40, 40))
    for i in range(len(values) - 1):
        line(xmap(i), ymap(values[i]), xmap(i + 1), ymap(values[i + 1]), (30, 80, 200), 2)
    return png_rgb(w, h, px)
