"""Tiny PNG writer/reader (8-bit grayscale / RGB), deterministic."""

import struct
import zlib


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def write_gray(rows, text=None):
    """rows: list of bytes-like (one byte per pixel)."""
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    out = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b"tEXt", k.encode("latin-1") + b"\0" + v.encode("latin-1"))
    out += _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b"")
    return out


def write_rgb(rows, text=None):
    """rows: list of lists of (r,g,b)."""
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\x00" + bytes(c for px in r for c in px) for r in rows)
    out = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b"tEXt", k.encode("latin-1") + b"\0" + v.encode("latin-1"))
    out += _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b"")
    return out


def qr_rows(matrix, scale=6, quiet=4):
    n = len(matrix)
    size = (n + 2 * quiet) * scale
    white = b"\xff" * size
    rows = [white] * (quiet * scale)
    for r in matrix:
        line = bytearray(b"\xff" * (quiet * scale))
        for v in r:
            line += (b"\x00" if v else b"\xff") * scale
        line += b"\xff" * (quiet * scale)
        rows.extend([bytes(line)] * scale)
    rows.extend([white] * (quiet * scale))
    return rows


def qr_png(matrix, scale=6, quiet=4):
    return write_gray(qr_rows(matrix, scale, quiet))


def _paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read(data):
    """Return (width, height, gray_rows) for 8-bit gray/RGB/RGBA PNGs."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos = 8
    idat = b""
    while pos < len(data):
        ln, tag = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])[0]
        assert zlib.crc32(tag + body) & 0xFFFFFFFF == crc, "CRC mismatch"
        if tag == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif tag == b"IDAT":
            idat += body
        pos += 12 + ln
    assert depth == 8
    bpp = {0: 1, 2: 3, 6: 4, 4: 2}[ctype]
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows = []
    prev = bytearray(stride)
    p = 0
    for _ in range(h):
        ft = raw[p]
        line = bytearray(raw[p + 1:p + 1 + stride])
        p += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ft == 1:
                line[i] = (line[i] + a) & 255
            elif ft == 2:
                line[i] = (line[i] + b) & 255
            elif ft == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ft == 4:
                line[i] = (line[i] + _paeth(a, b, c)) & 255
        prev = line
        if bpp == 1:
            rows.append(list(line))
        else:
            rows.append([sum(line[i * bpp:i * bpp + 3]) // 3 for i in range(w)])
    return w, h, rows


def banner(width, height, bg, fg, blocks=()):
    """Simple flat logo/banner image: background colour with coloured
    rectangles (x, y, w, h, colour)."""
    rows = [[bg] * width for _ in range(height)]
    for (x, y, w, h, col) in blocks:
        for yy in range(max(0, y), min(height, y + h)):
            for xx in range(max(0, x), min(width, x + w)):
                rows[yy][xx] = col
    return write_rgb(rows)
