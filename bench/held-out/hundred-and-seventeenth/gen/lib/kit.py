"""Shared helpers for message modules: registry, result objects, document
templates (letters, invoices), QR images."""

from . import pdf as _pdf
from . import qr as _qr
from . import png as _png
from . import timez as tz

REGISTRY = []


def msg(folder, name):
    def deco(fn):
        REGISTRY.append((folder, name, fn))
        return fn
    return deco


class Result:
    def __init__(self, raw, info, what, why, phones=(), wallets=(), passwords=(), qr=(), pair=None,
                 notes="", structure_note=None):
        self.raw = raw
        self.info = info
        self.what = what
        self.why = why
        self.phones = list(phones)
        self.wallets = list(wallets)
        self.passwords = list(passwords)
        self.qr = list(qr)
        self.pair = pair
        self.notes = notes
        self.structure_note = structure_note


# ------------------------------------------------------------------ QR

def qr_png(payload, scale=5, quiet=4, ecl="M"):
    return _png.qr_png(_qr.encode(payload, ecl), scale, quiet)


def epc(bic, name, iban, amount, text="", ref=""):
    """EPC069-12 (GiroCode / SEPA credit transfer QR), version 002, UTF-8."""
    lines = ["BCD", "002", "1", "SCT", bic, name, iban.replace(" ", ""), "EUR%.2f" % amount, "", ref, text]
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines)


def pl_qr(nip, account, amount_gr, name, title):
    """ZBP 2D payment code for Polish invoices."""
    return "%s|PL|%s|%06d|%s|%s|||" % (nip, account, amount_gr, name[:20], title[:32])


# ------------------------------------------------------------ documents

def _money(v, sep=",", th="."):
    s = "%.2f" % v
    i, d = s.split(".")
    g = ""
    while len(i) > 3:
        g = th + i[-3:] + g
        i = i[:-3]
    return i + g + sep + d


def money(v, style="de"):
    if style in ("de", "it", "es", "el"):
        return _money(v, ",", ".")
    if style in ("pl", "ru", "fr"):
        return _money(v, ",", "\u00a0")
    return _money(v, ".", ",")


def letter(rng, *, dt, zone="berlin", org, org_lines, color=(0.1, 0.25, 0.5), recipient, place_date,
           title, paras, footer, producer="Microsoft® Word für Microsoft 365", creator="Microsoft® Word für Microsoft 365",
           author="", subject="", qr=None, qr_caption=None, link=None, extra_blocks=None, signature=None, pages_extra=None):
    d = _pdf.Doc(title=title, author=author, creator=creator, producer=producer, date=tz.pdfdate(dt, zone), subject=subject)
    p = d.page()
    p.rect(0, 0, 595.28, 8, fill=color)
    p.text(57, 52, org, 16, True, color)
    y = 48
    for ln in org_lines:
        p.text(538, y, ln, 7.5, align="right")
        y += 10
    p.line(57, 100, 538, 100, 0.4, (0.6, 0.6, 0.6))
    y = 125
    for ln in recipient:
        p.text(57, y, ln, 10)
        y += 13
    p.text(538, 125, place_date, 10, align="right")
    y = max(y, 150) + 30
    y = p.para(57, y, 480, title, 12, True) + 6
    for para in paras:
        if isinstance(para, tuple) and para[0] == "table":
            y = table(p, 57, y, para[1], para[2]) + 10
            continue
        if isinstance(para, tuple) and para[0] == "bold":
            y = p.para(57, y, 480, para[1], 10, True) + 6
            continue
        if isinstance(para, tuple) and para[0] == "box":
            lines = para[1]
            h = 14 * len(lines) + 10
            p.rect(57, y, 481, h, fill=(0.95, 0.95, 0.95), stroke=(0.7, 0.7, 0.7))
            yy = y + 16
            for ln in lines:
                p.text(67, yy, ln, 10, ln.startswith("*"))
                yy += 14
            y += h + 12
            continue
        if isinstance(para, tuple) and para[0] == "button":
            label, url = para[1], para[2]
            p.rect(57, y, 220, 28, fill=color)
            p.text(167, y + 18, label, 11, True, (1, 1, 1), align="center")
            p.link(57, y, 220, 28, url)
            y += 44
            continue
        y = p.para(57, y, 480, para, 10) + 6
    if signature:
        y += 6
        for ln in signature:
            p.text(57, y, ln, 10)
            y += 13
    if qr:
        m = _qr.encode(qr)
        p.qr(m, 430, 640, 100, payload=qr)
        if qr_caption:
            p.para(300, 650, 120, qr_caption, 8)
    if link and not any(isinstance(x, tuple) and x[0] == "button" for x in paras):
        p.link(*link)
    p.line(57, 770, 538, 770, 0.4, (0.6, 0.6, 0.6))
    fy = 782
    for ln in footer:
        p.text(297.6, fy, ln, 7, align="center")
        fy += 9
    if pages_extra:
        pages_extra(d)
    return d.render(rng)


def table(p, x, y, widths_headers, rows, size=9):
    """widths_headers: list of (width, header, align)."""
    cx = x
    total_w = sum(w for w, _, _ in widths_headers)
    p.rect(x, y - 11, total_w, 15, fill=(0.9, 0.92, 0.95))
    for w, h, al in widths_headers:
        if al == "right":
            p.text(cx + w - 4, y, h, size, True, align="right")
        else:
            p.text(cx + 3, y, h, size, True)
        cx += w
    y += 16
    for row in rows:
        cx = x
        bold = isinstance(row, tuple)
        if bold:
            row = row[1]
        nlines = 1
        for (w, _, al), cell in zip(widths_headers, row):
            if al == "right":
                p.text(cx + w - 4, y, cell, size, bold, align="right")
            else:
                lines = p.wrap(cell, w - 6, size, bold)
                for i, ln in enumerate(lines):
                    p.text(cx + 3, y + i * (size + 3), ln, size, bold)
                nlines = max(nlines, len(lines))
            cx += w
        y += nlines * (size + 3) + 4
        p.line(x, y - 10, x + total_w, y - 10, 0.2, (0.8, 0.8, 0.8))
    return y
