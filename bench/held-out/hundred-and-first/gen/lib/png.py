import struct
import zlib


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def gray_png(w, h, rows, text=None):
    """8-bit grayscale PNG from a list of row byte strings."""
    raw = b''.join(b'\x00' + r for r in rows)
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(raw, 9))
    out += _chunk(b'IEND', b'')
    return out


def rgb_png(w, h, pixel_fn):
    rows = []
    for y in range(h):
        r = bytearray()
        for x in range(w):
            r += bytes(pixel_fn(x, y))
        rows.append(b'\x00' + bytes(r))
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
    out += _chunk(b'IDAT', zlib.compress(b''.join(rows), 9))
    out += _chunk(b'IEND', b'')
    return out
