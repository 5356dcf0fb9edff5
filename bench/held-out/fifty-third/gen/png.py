"""Minimal PNG writer/reader (8-bit greyscale or RGB, filter 0)."""
import struct
import zlib


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)


def write_png(rows, width, height, rgb=False, text=None):
    """rows: list of bytes objects (width or 3*width bytes each)."""
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2 if rgb else 0, 0, 0, 0)
    out = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
    if text:
        for k, v in text:
            out += _chunk(b"tEXt", k.encode("latin-1") + b"\0" + v.encode("latin-1"))
    out += _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b"")
    return out


def read_png_grey(data):
    """Read a PNG written by write_png (greyscale, filter 0) -> (w, h, rows)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    w = h = None
    while pos < len(data):
        (ln,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])[0]
        assert crc == zlib.crc32(kind + body) & 0xffffffff
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype == 0
        elif kind == b"IDAT":
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    rows = []
    for y in range(h):
        line = raw[y * (w + 1):(y + 1) * (w + 1)]
        assert line[0] == 0
        rows.append(line[1:])
    return w, h, rows


def photo_png(w, h, seed=0):
    """A soft RGB picture (looks like a blurry photo of a dark screen)."""
    rows = []
    for y in range(h):
        r = bytearray()
        for x in range(w):
            cx, cy = x - w * 0.5, y - h * 0.45
            d = (cx * cx / (w * w) + cy * cy / (h * h))
            base = max(0, 60 - int(d * 160))
            stripe = 25 if (h * 0.40 < y < h * 0.47 and w * 0.2 < x < w * 0.8) else 0
            cursor = 90 if (h * 0.52 < y < h * 0.56 and w * 0.2 < x < w * 0.23 and (seed % 2 == 0)) else 0
            v = base + stripe + cursor + ((x * 7 + y * 13 + seed) % 5)
            r += bytes((min(255, v + 10), min(255, v + 12), min(255, v + 30)))
        rows.append(bytes(r))
    return write_png(rows, w, h, rgb=True)
