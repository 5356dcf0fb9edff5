"""Inert media: RGB PNG "photos" drawn procedurally, SVG and HTML lure
documents (no script), QR attachments.  Standard library only."""

import html as _html
import struct
import zlib

from common import rng_for
from qr import qr_png, decode_png
from mime import attachment


def _chunk(tag, payload):
    c = struct.pack(">I", len(payload)) + tag + payload
    return c + struct.pack(">I", zlib.crc32(tag + payload) & 0xFFFFFFFF)


def png_rgb(pixels, w, h):
    raw = b"".join(b"\x00" + bytes(pixels[y]) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def photo(seed, kind="crates", w=320, h=240):
    """A small procedurally drawn picture (crates, glass of beer, keg)."""
    r = rng_for("photo", seed)
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            n = r.randrange(-9, 10)
            if kind == "crates":
                # stacked beer crates: brown/red blocks with bottle necks
                bx, by = x % 80, y % 60
                if bx < 4 or by < 4:
                    c = (60, 40, 30)
                elif by < 18 and (bx // 10) % 2 == 0 and 8 < bx < 76:
                    c = (70, 95, 40)          # green bottle caps
                else:
                    c = (150, 35, 30) if ((x // 80) + (y // 60)) % 2 else (170, 60, 25)
            elif kind == "beer":
                cx = abs(x - w // 2)
                if cx < 60 - (h - y) // 12 and y > 30:
                    c = (245, 240, 230) if y < 70 else (200, 150, 60)   # foam / hazy beer
                    if y >= 70 and (x * 7 + y * 3) % 23 == 0:
                        c = (170, 130, 70)                               # flakes (cloudy)
                else:
                    c = (90, 80, 70) if y > 180 else (210, 205, 195)
            else:  # keg
                cx = abs(x - w // 2)
                if cx < 70 and 20 < y < 220:
                    shade = 200 - cx
                    c = (shade, shade, shade + 10)
                    if y in range(60, 66) or y in range(170, 176):
                        c = (120, 120, 130)
                    if 100 < y < 120 and 40 < cx < 60:
                        c = (150, 90, 60)                                # dent / rust
                else:
                    c = (70, 75, 80)
            row += bytes(max(0, min(255, v + n)) for v in c)
        rows.append(row)
    return png_rgb(rows, w, h)


def qr_part(url, filename="qrcode.png", cid=None, inline=False, scale=6):
    png = qr_png(url, scale=scale)
    assert decode_png(png) == url.encode()
    return attachment(png, "image/png", filename, disposition="inline" if inline else "attachment", cid=cid)


def svg_lure(title, lines, button, href, brand="#1a5fb4", width=640, height=420, logo=""):
    """SVG document that shows a document preview with a clickable button.
    Contains no script, only an <a> element."""
    e = _html.escape
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           'width="%d" height="%d" viewBox="0 0 %d %d">' % (width, height, width, height),
           '<rect width="100%%" height="100%%" fill="#f4f4f4"/>',
           '<rect x="40" y="30" width="%d" height="%d" fill="#ffffff" stroke="#d0d0d0"/>' % (width - 80, height - 60),
           '<rect x="40" y="30" width="%d" height="8" fill="%s"/>' % (width - 80, brand)]
    if logo:
        out.append('<text x="64" y="74" font-family="Arial, sans-serif" font-size="20" font-weight="bold" fill="%s">%s</text>' % (brand, e(logo)))
    out.append('<text x="64" y="110" font-family="Arial, sans-serif" font-size="17" fill="#222222">%s</text>' % e(title))
    y = 140
    for ln in lines:
        out.append('<text x="64" y="%d" font-family="Arial, sans-serif" font-size="13" fill="#555555">%s</text>' % (y, e(ln)))
        y += 22
    out.append('<a xlink:href="%s" href="%s" target="_blank">' % (e(href), e(href)))
    out.append('<rect x="64" y="%d" rx="3" width="240" height="40" fill="%s"/>' % (y + 10, brand))
    out.append('<text x="184" y="%d" text-anchor="middle" font-family="Arial, sans-serif" font-size="15" fill="#ffffff">%s</text>' % (y + 36, e(button)))
    out.append('</a>')
    out.append('</svg>')
    return ("\n".join(out) + "\n").encode("utf-8")


def html_doc(title, body_html, charset="utf-8", head_extra=""):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="%s">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n%s</head>\n<body>\n%s\n</body>\n</html>\n') % (charset, _html.escape(title), head_extra, body_html)
