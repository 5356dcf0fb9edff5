"""Minimal PNG writer/reader (grayscale and RGB, 8 bit) - deterministic."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)


def write_gray(pixels, width, height, text=None):
    raw = b''.join(b'\x00' + bytes(row) for row in pixels)
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(raw, 9))
    out += _chunk(b'IEND', b'')
    return out


def write_rgb(pixels, width, height):
    """pixels: rows of (r,g,b) tuples"""
    raw = b''.join(b'\x00' + bytes(c for px in row for c in px) for row in pixels)
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
    out += _chunk(b'IDAT', zlib.compress(raw, 9))
    out += _chunk(b'IEND', b'')
    return out


def qr_png(matrix, scale=6, border=4):
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
    return write_gray(rows, size, size)


def read(data):
    """Return (width, height, gray_rows). Supports 8-bit gray / RGB / RGBA."""
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    p = 8
    idat = b''
    w = h = ctype = depth = None
    while p < len(data):
        ln, = struct.unpack('>I', data[p:p + 4])
        tag = data[p + 4:p + 8]
        body = data[p + 8:p + 8 + ln]
        crc, = struct.unpack('>I', data[p + 8 + ln:p + 12 + ln])
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc:
            raise ValueError('PNG CRC error in %r' % tag)
        if tag == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
        elif tag == b'IDAT':
            idat += body
        p += 12 + ln
    if depth != 8:
        raise ValueError('unsupported depth')
    bpp = {0: 1, 2: 3, 6: 4, 4: 2}[ctype]
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows = []
    prev = bytearray(stride)
    i = 0
    for _ in range(h):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pr) & 255
        rows.append(line)
        prev = line
    gray = []
    for line in rows:
        if bpp == 1:
            gray.append(list(line))
        else:
            gray.append([(line[x * bpp] * 30 + line[x * bpp + 1] * 59 + line[x * bpp + 2] * 11) // 100
                         for x in range(w)])
    return w, h, gray
