"""PNG writer (stdlib zlib) and small deterministic images: QR codes,
synthetic 'photos' of castings, a simple banner."""

import random
import struct
import zlib

import qr


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)


def png(width, height, rows, color=False, text=None):
    """rows: iterable of bytes objects (gray: width bytes, rgb: 3*width)."""
    ctype = 2 if color else 0
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    out = b"\x89PNG\r\n\x1a\n"
    out += _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, ctype, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b"tEXt", k.encode("latin-1") + b"\0" + v.encode("latin-1"))
    out += _chunk(b"IDAT", zlib.compress(raw, 9))
    out += _chunk(b"IEND", b"")
    return out


def qr_png(text, scale=6, border=4, level="M"):
    m = qr.make(text, level)
    n = len(m)
    size = (n + 2 * border) * scale
    rows = []
    white = b"\xff" * size
    for _ in range(border * scale):
        rows.append(white)
    for r in range(n):
        line = bytearray(b"\xff" * (border * scale))
        for c in range(n):
            line += (b"\x00" if m[r][c] else b"\xff") * scale
        line += b"\xff" * (border * scale)
        for _ in range(scale):
            rows.append(bytes(line))
    for _ in range(border * scale):
        rows.append(white)
    return png(size, size, rows)


def casting_photo(seed, w=320, h=240, defects=6):
    """Grey cast part on a workbench with dark pores -- deterministic."""
    rnd = random.Random(seed)
    cx, cy = w // 2 + rnd.randint(-20, 20), h // 2 + rnd.randint(-10, 10)
    r_out, r_in = min(w, h) * 0.42, min(w, h) * 0.16
    pores = [(rnd.randint(cx - 60, cx + 60), rnd.randint(cy - 50, cy + 50),
              rnd.randint(2, 6)) for _ in range(defects)]
    rows = []
    for y in range(h):
        line = bytearray()
        for x in range(w):
            d = ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5
            if r_in < d < r_out:
                g = 150 + int(40 * (x - cx) / w) + rnd.randint(-6, 6)
                col = (g, g, g + 4)
                for px, py, pr in pores:
                    if (x - px) ** 2 + (y - py) ** 2 < pr * pr:
                        col = (35, 32, 30)
            elif d <= r_in:
                col = (60, 58, 52)
            else:
                b = 95 + (x * 13 // w) + rnd.randint(-4, 4)
                col = (b + 30, b + 18, b)
            line += bytes(max(0, min(255, v)) for v in col)
        rows.append(bytes(line))
    return png(w, h, rows, color=True)


def scan_page(seed, w=248, h=350):
    """Greyscale 'scan' of a printed form (CMR/delivery note): lines of text blocks."""
    rnd = random.Random(seed)
    blocks = []
    y = 20
    while y < h - 20:
        blocks.append((y, rnd.randint(20, 60), rnd.randint(100, w - 30)))
        y += rnd.choice((10, 12, 18))
    rows = []
    for yy in range(h):
        line = bytearray(b"\xf4" * w)
        for by, x0, x1 in blocks:
            if by <= yy < by + 5:
                for x in range(x0, x1):
                    if rnd.random() < 0.55:
                        line[x] = 70
        if yy in (12, h - 12):
            for x in range(10, w - 10):
                line[x] = 30
        rows.append(bytes(line))
    return png(w, h, rows)


def banner(seed, w=560, h=80, rgb=(0, 84, 140)):
    rnd = random.Random(seed)
    rows = []
    for y in range(h):
        line = bytearray()
        for x in range(w):
            k = 1.0 - 0.35 * x / w
            line += bytes(int(c * k) for c in rgb)
        rows.append(bytes(line))
    return png(w, h, rows, color=True)
