"""Attachments: text-only PDFs, archives with inert placeholders, HTML/SVG lures, PNG images."""
import zlib
from pdf import make_pdf
from zipc import make_zip
from png import png_rgb
import qr as _qr

PLACEHOLDER = (b"INERT PLACEHOLDER - evaluation corpus item. This file stands in for a malicious payload "
               b"and contains no executable code.\n")


def pdf(lines, title, author="", producer=None, creator=None, date="D:20261012093000+02'00'", latin2=False):
    kw = {}
    if producer:
        kw["producer"] = producer
    if creator:
        kw["creator"] = creator
    return make_pdf(lines, title=title, author=author, date=date, latin2=latin2, **kw)


def pdfdate(y, m, d, h=9, mi=0, tz="+01'00'"):
    return "D:%04d%02d%02d%02d%02d00%s" % (y, m, d, h, mi, tz)


def zip_placeholder(inner_name, password=None, seed="", date_time=(2026, 11, 2, 9, 14, 0), content=None):
    return make_zip([(inner_name, content or PLACEHOLDER)], password=password, seed=seed.encode(),
                    date_time=date_time)


def zip_files(files, password=None, seed="", date_time=(2026, 11, 2, 9, 14, 0)):
    return make_zip(files, password=password, seed=seed.encode(), date_time=date_time)


def qr_png(url, scale=5):
    return _qr.qr_png(url, "M", scale=scale)


def logo_png(w, h, bg, fg, mark="bar"):
    """A small flat logo: coloured background with a simple geometric mark."""
    def px(x, y):
        if mark == "bar":
            if h // 4 <= y < 3 * h // 4 and w // 10 <= x < w // 10 + h // 2:
                return fg
            if h // 3 <= y < 2 * h // 3 and w // 10 + h // 2 + 4 <= x < w - w // 10:
                return fg
        elif mark == "wave":
            import math
            yy = h / 2 + math.sin(x / w * 6.283) * h / 5
            if abs(y - yy) < h / 10:
                return fg
        elif mark == "grid":
            if (x // 6 + y // 6) % 2 == 0 and h // 5 < y < 4 * h // 5 and w // 10 < x < w // 10 + h:
                return fg
        return bg
    return png_rgb(w, h, px)


def svg_lure(title, lines, button, href, brand_color="#d6001c", brand="BRT"):
    body = []
    y = 150
    for ln in lines:
        body.append('<text x="40" y="%d" font-family="Arial, Helvetica, sans-serif" font-size="15" fill="#222">%s</text>'
                    % (y, ln.replace("&", "&amp;").replace("<", "&lt;")))
        y += 24
    y += 20
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="%d" '
            'viewBox="0 0 640 %d">\n'
            '  <title>%s</title>\n'
            '  <rect width="640" height="%d" fill="#ffffff"/>\n'
            '  <rect width="640" height="80" fill="%s"/>\n'
            '  <text x="40" y="52" font-family="Arial Black, Arial, sans-serif" font-size="34" font-weight="bold" fill="#ffffff">%s</text>\n'
            '  <text x="40" y="118" font-family="Arial, Helvetica, sans-serif" font-size="20" font-weight="bold" fill="#222">%s</text>\n'
            '  %s\n'
            '  <a xlink:href="%s" href="%s" target="_blank">\n'
            '    <rect x="40" y="%d" width="300" height="48" rx="6" fill="%s"/>\n'
            '    <text x="190" y="%d" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="17" font-weight="bold" fill="#ffffff">%s</text>\n'
            '  </a>\n'
            '</svg>\n' % (y + 110, y + 110, title, y + 110, brand_color, brand, title, "\n  ".join(body),
                          href.replace("&", "&amp;"), href.replace("&", "&amp;"), y, brand_color, y + 31, button)
            ).encode("utf-8")
