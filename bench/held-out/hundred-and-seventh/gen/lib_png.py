"""Minimal PNG writer (8-bit grayscale or RGB, filter 0)."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)


def png(rows, rgb=False):
    """rows: list of bytes (gray: 1 byte/pixel, rgb: 3 bytes/pixel)."""
    h = len(rows)
    w = len(rows[0]) // (3 if rgb else 1)
    raw = b"".join(b"\0" + bytes(r) for r in rows)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2 if rgb else 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) +
            _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def banner(width, height, bg, fg, blocks):
    """A simple RGB logo: background colour plus filled rectangles
    blocks = [(x0, y0, x1, y1, (r,g,b)), ...]."""
    rows = []
    for y in range(height):
        row = bytearray(bg * width)
        for (x0, y0, x1, y1, col) in blocks:
            if y0 <= y < y1:
                for x in range(max(0, x0), min(width, x1)):
                    row[3 * x:3 * x + 3] = bytes(col)
        rows.append(bytes(row))
    return png(rows, rgb=True)
