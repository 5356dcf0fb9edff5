"""Minimal PNG writer/reader (stdlib only, deterministic)."""
import struct
import zlib


def _chunk(kind, data):
    c = struct.pack(">I", len(data)) + kind + data
    return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def write_gray(rows):
    """rows: list of bytes/bytearray, 8-bit grayscale, equal length."""
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def write_rgb(rows):
    """rows: list of bytes, 3 bytes per pixel."""
    h = len(rows)
    w = len(rows[0]) // 3
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def matrix_to_gray_rows(matrix, scale=6, border=4):
    n = len(matrix)
    size = (n + 2 * border) * scale
    white = b"\xff" * size
    rows = []
    for _ in range(border * scale):
        rows.append(white)
    for y in range(n):
        line = bytearray(b"\xff" * (border * scale))
        for x in range(n):
            line += (b"\x00" if matrix[y][x] else b"\xff") * scale
        line += b"\xff" * (border * scale)
        for _ in range(scale):
            rows.append(bytes(line))
    for _ in range(border * scale):
        rows.append(white)
    return rows


def matrix_to_png(matrix, scale=6, border=4):
    return write_gray(matrix_to_gray_rows(matrix, scale, border))


def _unfilter(data, w, h, bpp):
    stride = w * bpp
    out = []
    prev = bytearray(stride)
    pos = 0
    for _ in range(h):
        ft = data[pos]
        pos += 1
        line = bytearray(data[pos:pos + stride])
        pos += stride
        if ft == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif ft == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 255
        elif ft == 3:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((a + prev[i]) >> 1)) & 255
        elif ft == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if (pa <= pb and pa <= pc) else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        elif ft != 0:
            raise ValueError("bad PNG filter")
        out.append(bytes(line))
        prev = line
    return out


def read_gray(data):
    """Return (w, h, rows of luminance bytes). Supports 8-bit gray / RGB / RGBA."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos = 8
    idat = b""
    w = h = ct = bd = None
    while pos < len(data):
        ln = struct.unpack(">I", data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])[0]
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise ValueError("PNG CRC mismatch")
        if kind == b"IHDR":
            w, h, bd, ct = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + ln
    if bd != 8 or ct not in (0, 2, 6):
        raise ValueError("unsupported PNG")
    bpp = {0: 1, 2: 3, 6: 4}[ct]
    rows = _unfilter(zlib.decompress(idat), w, h, bpp)
    if bpp == 1:
        return w, h, rows
    out = []
    for r in rows:
        out.append(bytes((r[i] * 30 + r[i + 1] * 59 + r[i + 2] * 11) // 100 for i in range(0, len(r), bpp)))
    return w, h, out
