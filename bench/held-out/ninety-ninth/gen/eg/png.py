"""Tiny PNG writer (8-bit grayscale / RGB), deterministic."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)


def _png(width, height, rows, colortype):
    raw = b''.join(b'\x00' + r for r in rows)
    ihdr = struct.pack('>IIBBBBB', width, height, 8, colortype, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr)
            + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def png_gray(width, height, rows):
    return _png(width, height, rows, 0)


def png_rgb(width, height, rows):
    return _png(width, height, rows, 2)


def banner_png(width, height, bg, fg, bars=()):
    """Simple RGB image: background with coloured rectangles (x, y, w, h, rgb)."""
    img = [bytearray(bytes(bg) * width) for _ in range(height)]
    for (x, y, w, h, col) in bars:
        for yy in range(max(0, y), min(height, y + h)):
            for xx in range(max(0, x), min(width, x + w)):
                img[yy][3 * xx:3 * xx + 3] = bytes(col)
    return png_rgb(width, height, [bytes(r) for r in img])
