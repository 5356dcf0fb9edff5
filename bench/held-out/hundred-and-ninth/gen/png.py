"""Minimal PNG writer (stdlib only)."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_gray1(rows):
    """rows: list of lists of 0/1 where 1 = black. Writes 1-bit grayscale."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for row in rows:
        raw.append(0)
        byte = 0
        nbits = 0
        for px in row:
            byte = (byte << 1) | (0 if px else 1)  # 1 bit = white
            nbits += 1
            if nbits == 8:
                raw.append(byte)
                byte = nbits = 0
        if nbits:
            raw.append(byte << (8 - nbits))
    ihdr = struct.pack(">IIBBBBB", w, h, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) +
            _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))


def png_rgb(w, h, pixel):
    """pixel(x, y) -> (r, g, b). Writes 8-bit RGB."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pixel(x, y))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) +
            _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))


def read_png_gray(data):
    """Decode a PNG written by this module (1-bit gray or 8-bit RGB) into 0/1 rows (1=dark)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    idat = b""
    while pos < len(data):
        ln = struct.unpack(">I", data[pos:pos + 4])[0]
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        if tag == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif tag == b"IDAT":
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    rows = []
    if depth == 1 and ctype == 0:
        stride = (w + 7) // 8
        for y in range(h):
            line = raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)]
            rows.append([0 if (line[x // 8] >> (7 - x % 8)) & 1 else 1 for x in range(w)])
    else:
        raise ValueError("unsupported")
    return rows
