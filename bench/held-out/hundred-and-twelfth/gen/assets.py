"""Attachment generators: PDFs, inert HTML/SVG pages, PNG images, ZIPs."""
import base64
import hashlib

import pdf
import qr
import zipc
from builder import esc


def invoice_pdf(lines, title, author="", creator="Microsoft\u00ae Word f\u00fcr Microsoft 365",
                producer=None, created="20261012090000+02'00'"):
    return pdf.make_pdf(lines, title=title, author=author, creator=creator, producer=producer or creator,
                        created=created)


def photo_png(seed, w=360, h=270, base=(92, 58, 38), bloom=True):
    """Deterministic pseudo-photo: chocolate-brown surface with light grey
    blotches (fat bloom) and a soft vignette."""
    hsh = hashlib.sha256(seed.encode()).digest()
    spots = []
    for i in range(0, 30, 3):
        spots.append((hsh[i] * w // 256, hsh[i + 1] * h // 256, 10 + hsh[i + 2] % 40))

    def px(x, y):
        r, g, b = base
        dx, dy = (x - w / 2) / w, (y - h / 2) / h
        shade = 1.0 - 0.6 * (dx * dx + dy * dy)
        r, g, b = r * shade, g * shade, b * shade
        # wrapper stripes
        if (x // 24 + y // 48) % 7 == 0:
            r, g, b = r * 1.08, g * 1.05, b * 1.02
        if bloom:
            for sx, sy, sr in spots:
                d2 = (x - sx) ** 2 + (y - sy) ** 2
                if d2 < sr * sr:
                    k = 1 - d2 / (sr * sr)
                    r = r + (205 - r) * 0.55 * k
                    g = g + (198 - g) * 0.55 * k
                    b = b + (190 - b) * 0.55 * k
        n = ((x * 7919 + y * 104729) ^ (x * y)) % 9 - 4
        return (max(0, min(255, int(r + n))), max(0, min(255, int(g + n))), max(0, min(255, int(b + n))))

    return qr.rgb_png(w, h, px)


def logo_png(text_color=(255, 255, 255), bg=(0, 51, 102), w=160, h=40):
    def px(x, y):
        # simple banner with a stripe
        if 4 <= y <= 8 or h - 9 <= y <= h - 5:
            return (200, 160, 60)
        return bg
    return qr.rgb_png(w, h, px)


def make_zip(name, placeholder, password=None, dt=(2026, 11, 1, 9, 0, 0), seed="zip"):
    return zipc.make_zip([(name, placeholder.encode("utf-8"), dt)], password=password, seed=seed)


def login_page_html(title, heading, intro, action, fields, button, footer, lang="de", brand_color="#0067b8",
                    hidden=None, logo_text="Microsoft"):
    """Static credential form (no script).  fields: [(name, type, label, value)]."""
    rows = []
    for name, typ, label, value in fields:
        rows.append('<label for="%s" style="display:block;font-size:13px;margin:12px 0 4px">%s</label>\n'
                    '<input id="%s" name="%s" type="%s" value="%s" style="width:100%%;padding:8px;border:1px solid #8a8886;font-size:15px">'
                    % (name, esc(label), name, name, typ, esc(value or "")))
    hid = "".join('<input type="hidden" name="%s" value="%s">' % (k, esc(v)) for k, v in (hidden or []))
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n</head>\n"
            "<body style=\"margin:0;background:#f3f2f1;font-family:Segoe UI,Arial,sans-serif\">\n"
            "<div style=\"max-width:440px;margin:60px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)\">\n"
            "<div style=\"font-size:22px;font-weight:600;color:%s;margin-bottom:16px\">%s</div>\n"
            "<h1 style=\"font-size:22px;font-weight:600;margin:0 0 12px\">%s</h1>\n<p style=\"font-size:14px\">%s</p>\n"
            "<form method=\"post\" action=\"%s\">\n%s\n%s\n"
            "<button type=\"submit\" style=\"margin-top:20px;background:%s;color:#fff;border:0;padding:9px 28px;font-size:15px\">%s</button>\n"
            "</form>\n<p style=\"font-size:12px;color:#605e5c;margin-top:28px\">%s</p>\n</div>\n</body>\n</html>\n") % (
        lang, esc(title), brand_color, esc(logo_text), esc(heading), esc(intro), action, "\n".join(rows), hid,
        brand_color, esc(button), esc(footer))
