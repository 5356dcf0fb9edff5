"""Minimal deterministic PNG writer (stdlib only)."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def write_gray(rows):
    """rows: list of lists of 0..255 grey values (8-bit greyscale)."""
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def write_rgb(rows):
    """rows: list of lists of (r,g,b) tuples."""
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\x00" + b"".join(bytes(px) for px in r) for r in rows)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def matrix_png(matrix, scale=6, border=4):
    """Render a boolean module matrix (True = dark) as a greyscale PNG."""
    n = len(matrix)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = []
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            row.append(0 if dark else 255)
        rows.append(row)
    return write_gray(rows)


def banner_png(width, height, colour, stripe=None):
    """A plain logo-like banner: solid colour with an optional lower stripe."""
    rows = []
    for y in range(height):
        c = colour
        if stripe and y >= height - max(2, height // 6):
            c = stripe
        rows.append([c] * width)
    return write_rgb(rows)
