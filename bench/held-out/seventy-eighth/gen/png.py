"""Tiny PNG writer (stdlib zlib) for QR codes and simple synthetic pictures."""
import struct
import zlib
import random


def _chunk(kind, data):
    c = struct.pack('>I', len(data)) + kind + data
    return c + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)


def write_gray(rows, text_chunks=()):
    """rows: list of bytes-like rows of 8-bit gray values."""
    h = len(rows)
    w = len(rows[0])
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
    for k, v in text_chunks:
        out += _chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(raw, 9))
    out += _chunk(b'IEND', b'')
    return out


def write_rgb(rows, text_chunks=()):
    """rows: list of bytes rows, 3 bytes per pixel."""
    h = len(rows)
    w = len(rows[0]) // 3
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
    for k, v in text_chunks:
        out += _chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(raw, 9))
    out += _chunk(b'IEND', b'')
    return out


def qr_png(matrix, scale=6, border=4, text_chunks=()):
    n = len(matrix)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = bytearray(size)
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            row[x] = 0 if dark else 255
        rows.append(bytes(row))
    return write_gray(rows, text_chunks)


def photo_png(seed, w=240, h=180, base=(205, 200, 188), blotch=(214, 196, 120)):
    """A small synthetic 'photo' (a painted wall with a discoloured patch)."""
    rng = random.Random(seed)
    cx, cy = rng.randint(w // 3, 2 * w // 3), rng.randint(h // 3, 2 * h // 3)
    rad = rng.randint(h // 5, h // 3)
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            shade = (x * 13 + y * 7) % 9 - 4 + rng.randint(-3, 3)
            d2 = (x - cx) ** 2 + (y - cy) ** 2
            if d2 < rad * rad:
                c = blotch
            else:
                c = base
            shade -= y // 24
            row += bytes(max(0, min(255, v + shade)) for v in c)
        rows.append(bytes(row))
    return write_rgb(rows)


def logo_png(color=(0, 120, 212), w=120, h=32):
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            inside = 4 <= y < h - 4 and (4 <= x < 28 or (36 <= x < w - 4 and (y - 4) % 8 < 4))
            row += bytes(color if inside else (255, 255, 255))
        rows.append(bytes(row))
    return write_rgb(rows)
