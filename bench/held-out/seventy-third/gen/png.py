"""Minimal PNG writer (stdlib zlib only)."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_gray(rows):
    """rows: list of bytes objects (8-bit grayscale, equal length)."""
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) +
            _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def png_rgb(width, height, pixel):
    """pixel(x, y) -> (r, g, b)."""
    rows = []
    for y in range(height):
        r = bytearray(b"\x00")
        for x in range(width):
            r.extend(pixel(x, y))
        rows.append(bytes(r))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) +
            _chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + _chunk(b"IEND", b""))


def matrix_png(matrix, scale=8, quiet=4):
    """Render a boolean module matrix (True = dark) as a grayscale PNG."""
    n = len(matrix)
    size = (n + 2 * quiet) * scale
    rows = []
    white = b"\xff" * size
    for _ in range(quiet * scale):
        rows.append(white)
    for y in range(n):
        line = bytearray(b"\xff" * (quiet * scale))
        for x in range(n):
            line.extend((b"\x00" if matrix[y][x] else b"\xff") * scale)
        line.extend(b"\xff" * (quiet * scale))
        line = bytes(line)
        for _ in range(scale):
            rows.append(line)
    for _ in range(quiet * scale):
        rows.append(white)
    return png_gray(rows)


def logo_png(width, height, bg, fg, bars):
    """A simple flat logo: background colour and a few coloured rectangles.
    bars: list of (x0, y0, x1, y1, (r,g,b))."""
    def px(x, y):
        for x0, y0, x1, y1, col in bars:
            if x0 <= x < x1 and y0 <= y < y1:
                return bytes(col)
        return bytes(bg)
    return png_rgb(width, height, px)
