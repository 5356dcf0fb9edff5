"""Minimal PNG writer (stdlib only)."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def write_gray(rows):
    """rows: list of lists of 0..255 grey values. Returns PNG bytes (8-bit greyscale)."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for r in rows:
        raw.append(0)
        raw.extend(r)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))


def matrix_to_png(matrix, scale=8, border=4):
    """matrix: list of rows of bool (True = dark)."""
    n = len(matrix)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = []
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= my < n and 0 <= mx < n and matrix[my][mx]
            row.append(0 if dark else 255)
        rows.append(row)
    return write_gray(rows)
