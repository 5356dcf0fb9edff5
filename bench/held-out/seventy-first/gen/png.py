"""PNG writer (zlib only) and a few simple, deterministic pictures."""
import struct
import zlib
import math


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def png_gray(w, h, rows):
    raw = b''.join(b'\x00' + r for r in rows)
    ihdr = struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr) + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b'')


def png_rgb(w, h, rows, text=None):
    raw = b''.join(b'\x00' + r for r in rows)
    ihdr = struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)
    out = b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr)
    if text:
        for k, v in text.items():
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b'')
    return out


def ring_photo(w=480, h=360, broken=True):
    """A stylised 'photo' of a gold ring on a grey cloth; with a gap if broken."""
    rows = []
    cx, cy, r1, r2 = w // 2, h // 2, 110, 86
    for y in range(h):
        row = bytearray()
        for x in range(w):
            base = 150 + int(30 * math.sin(x / 23.0) * math.cos(y / 31.0))
            px = (base, base, base + 8)
            d = math.hypot(x - cx, y - cy)
            if r2 <= d <= r1:
                ang = math.degrees(math.atan2(y - cy, x - cx))
                if not (broken and -8 < ang < 4):
                    shade = int(60 * (1 - abs(d - (r1 + r2) / 2) / ((r1 - r2) / 2)))
                    px = (190 + shade // 2, 150 + shade // 2, 40 + shade // 3)
            row.extend(px)
        rows.append(bytes(row))
    return png_rgb(w, h, rows)


def logo_png(w, h, rgb_bg, rgb_fg, seed=0):
    """A flat banner with a simple geometric mark (used as inline logo in HTML mail)."""
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            inside = (x - h // 2) ** 2 + (y - h // 2) ** 2 < (h // 3) ** 2
            bar = h // 2 + h // 6 < x < w - 10 and abs(y - h // 2) < 3 + (seed % 3)
            row.extend(rgb_fg if inside or bar else rgb_bg)
        rows.append(bytes(row))
    return png_rgb(w, h, rows)


def gray_rows_to_png(size, rows):
    return png_gray(size, size, rows)
