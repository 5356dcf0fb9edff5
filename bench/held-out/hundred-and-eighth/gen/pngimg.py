"""Minimal PNG writer/reader (stdlib only)."""
import struct
import zlib


def _chunk(kind, data):
    c = struct.pack(">I", len(data)) + kind + data
    return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def write_gray(rows):
    """rows: list of lists of 0..255 grey values. Returns PNG bytes (8-bit greyscale)."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for r in rows:
        raw.append(0)
        raw.extend(bytes(r))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))


def write_rgb(rows):
    """rows: list of lists of (r,g,b)."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for r in rows:
        raw.append(0)
        for px in r:
            raw.extend(px)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))


def read_gray(data):
    """Reads PNGs produced by write_gray (8-bit grey, filter 0). Returns rows."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    idat = b""
    w = h = None
    while pos < len(data):
        ln = struct.unpack(">I", data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])[0]
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF
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
        rows.append(list(line[1:]))
    return rows


def synthetic_photo(w, h, seed, base=(200, 170, 60), spot=(90, 70, 20)):
    """A deterministic, photo-like smooth image (e.g. a bottle / stain) - inert PNG."""
    import math
    rows = []
    cx, cy = w * 0.5, h * 0.55
    for y in range(h):
        row = []
        for x in range(w):
            g = y / h
            r = int(base[0] * (0.7 + 0.3 * g))
            gg = int(base[1] * (0.7 + 0.3 * g))
            b = int(base[2] * (0.7 + 0.3 * g))
            # bottle silhouette
            bw = w * (0.10 if y < h * 0.35 else 0.22)
            if abs(x - cx) < bw and y > h * 0.15:
                r, gg, b = (int(r * 0.55), int(gg * 0.7), int(b * 0.4))
            d = math.hypot(x - cx * 1.2, y - cy * 1.3)
            if d < w * 0.12:
                t = d / (w * 0.12)
                r = int(spot[0] * (1 - t) + r * t)
                gg = int(spot[1] * (1 - t) + gg * t)
                b = int(spot[2] * (1 - t) + b * t)
            n = ((x * 7919 + y * 104729 + seed * 31) % 17) - 8
            row.append((max(0, min(255, r + n)), max(0, min(255, gg + n)), max(0, min(255, b + n))))
        rows.append(row)
    return write_rgb(rows)


def synthetic_screenshot(w, h, seed):
    """A blue 'error screen' like screenshot (blocks only, no text)."""
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            px = (16, 110, 190)
            if h * 0.2 < y < h * 0.26 and w * 0.1 < x < w * 0.25:
                px = (240, 240, 240)
            if h * 0.35 < y < h * 0.38 and w * 0.1 < x < w * 0.8:
                px = (220, 230, 245)
            if h * 0.42 < y < h * 0.45 and w * 0.1 < x < w * 0.65:
                px = (220, 230, 245)
            if h * 0.6 < y < h * 0.75 and w * 0.1 < x < w * 0.22:
                px = (255, 255, 255) if ((x // 4 + y // 4 + seed) % 3) else (16, 110, 190)
            row.append(px)
        rows.append(row)
    return write_rgb(rows)
