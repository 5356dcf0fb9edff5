"""Minimal deterministic PNG writer (stdlib zlib only)."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)


def png_gray(rows):
    """rows: list of bytes-like, 8-bit grayscale."""
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\0" + bytes(r) for r in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9))
            + _chunk(b"IEND", b""))


def png_rgb(rows):
    """rows: list of lists of (r,g,b)."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for r in rows:
        raw.append(0)
        for px in r:
            raw.extend(px)
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + _chunk(b"IEND", b""))


def read_png_gray(data):
    """Tiny reader for the files written above (8-bit gray, filter 0)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    idat = b""
    w = h = 0
    while pos < len(data):
        ln = struct.unpack(">I", data[pos:pos + 4])[0]
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        if tag == b"IHDR":
            w, h = struct.unpack(">II", body[:8])
        elif tag == b"IDAT":
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    rows = []
    for y in range(h):
        line = raw[y * (w + 1):(y + 1) * (w + 1)]
        assert line[0] == 0
        rows.append(line[1:])
    return rows


def logo(width, height, bg, fg, accent):
    """A simple flat logo-like image: coloured bar with a paw-ish dot group."""
    rows = []
    cx, cy = width // 6, height // 2
    r = height // 4
    dots = [(cx, cy + r // 2, r), (cx - r, cy - r // 2, r // 2),
            (cx, cy - r, r // 2), (cx + r, cy - r // 2, r // 2)]
    for y in range(height):
        row = []
        for x in range(width):
            px = bg
            if y > height - 6:
                px = accent
            for (dx, dy, rr) in dots:
                if (x - dx) ** 2 + (y - dy) ** 2 <= rr * rr:
                    px = fg
            if width // 3 <= x <= width - 12 and height // 2 - 3 <= y <= height // 2 + 3:
                px = fg
            row.append(px)
        rows.append(row)
    return png_rgb(rows)


def photo_like(width, height, seed):
    """Deterministic 'photo' placeholder: gradient with a dark box (pallet)."""
    import random
    rnd = random.Random(seed)
    rows = []
    for y in range(height):
        row = []
        for x in range(width):
            base = 150 + (y * 60) // height
            n = rnd.randint(-8, 8)
            px = (base + n, base - 10 + n, base - 25 + n)
            if width // 4 < x < 3 * width // 4 and height // 3 < y < 5 * height // 6:
                shade = 110 + ((x // 7 + y // 11) % 3) * 12 + n
                px = (shade, shade - 25, shade - 55)
                if (x - width // 2) ** 2 // 3 + (y - height // 2) ** 2 < 180:
                    px = (60 + n, 45 + n, 30 + n)
            row.append(tuple(max(0, min(255, c)) for c in px))
        rows.append(row)
    return png_rgb(rows)
