"""PNG encoder/decoder (stdlib only) and small image helpers."""

import struct
import zlib

import qr


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_gray1(rows):
    """rows: list of lists of 0/1 where 1 = white. 1-bit grayscale PNG."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for row in rows:
        raw.append(0)
        byte = 0
        nbits = 0
        for v in row:
            byte = (byte << 1) | (1 if v else 0)
            nbits += 1
            if nbits == 8:
                raw.append(byte)
                byte = 0
                nbits = 0
        if nbits:
            raw.append(byte << (8 - nbits))
    ihdr = struct.pack(">IIBBBBB", w, h, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + \
        _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b"")


def png_rgb(pixels, extra_chunks=()):
    """pixels: list of rows of (r, g, b)."""
    h = len(pixels)
    w = len(pixels[0])
    raw = bytearray()
    for row in pixels:
        raw.append(0)
        for (r, g, b) in row:
            raw += bytes((r, g, b))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    out = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
    for tag, data in extra_chunks:
        out += _chunk(tag, data)
    return out + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + \
        _chunk(b"IEND", b"")


def qr_png(payload, scale=4, border=4, ecl="M"):
    m = qr.encode(payload, ecl)
    n = len(m)
    rows = []
    for y in range(-border, n + border):
        row = []
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and m[y][x]
            row.extend([0 if dark else 1] * scale)
        for _ in range(scale):
            rows.append(list(row))
    return png_gray1(rows)


def qr_bits(payload, border=4, ecl="M"):
    """For PDF image XObjects: 1 pixel per module, returns (w, h, rows)
    with rows of 0/1 (1 = white)."""
    m = qr.encode(payload, ecl)
    n = len(m)
    rows = []
    for y in range(-border, n + border):
        rows.append([0 if (0 <= x < n and 0 <= y < n and m[y][x]) else 1
                     for x in range(-border, n + border)])
    return n + 2 * border, n + 2 * border, rows


def pack_bits(rows):
    out = bytearray()
    for row in rows:
        byte = 0
        nbits = 0
        for v in row:
            byte = (byte << 1) | (1 if v else 0)
            nbits += 1
            if nbits == 8:
                out.append(byte)
                byte = 0
                nbits = 0
        if nbits:
            out.append(byte << (8 - nbits))
    return bytes(out)


# ------------------------------------------------------------ decoder -----

def _paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    if pb <= pc:
        return b
    return c


def png_decode(data):
    """Return (w, h, gray_rows) with values 0..255."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos = 8
    idat = b""
    w = h = depth = ctype = None
    while pos < len(data):
        ln = struct.unpack(">I", data[pos:pos + 4])[0]
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])[0]
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc:
            raise ValueError("CRC error in %r" % tag)
        if tag == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
        elif tag == b"IDAT":
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    if ctype == 0:
        bpp_bits = depth
    elif ctype == 2:
        bpp_bits = depth * 3
    elif ctype == 6:
        bpp_bits = depth * 4
    else:
        raise ValueError("unsupported color type")
    stride = (w * bpp_bits + 7) // 8
    bpp = max(1, bpp_bits // 8)
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
        if ctype == 0 and depth == 1:
            gray = [255 if (line[x >> 3] >> (7 - (x & 7))) & 1 else 0
                    for x in range(w)]
        elif ctype == 0 and depth == 8:
            gray = list(line[:w])
        elif ctype == 2:
            gray = [(line[3 * x] + line[3 * x + 1] + line[3 * x + 2]) // 3
                    for x in range(w)]
        else:
            gray = [(line[4 * x] + line[4 * x + 1] + line[4 * x + 2]) // 3
                    for x in range(w)]
        rows.append(gray)
    return w, h, rows


def decode_qr_png(data):
    w, h, rows = png_decode(data)
    m = qr.matrix_from_pixels(rows, w, h)
    return qr.decode_matrix(m)


def decode_qr_bits(w, h, packed):
    """Decode a 1-bit image (1 = white) as stored in our PDF XObjects."""
    stride = (w + 7) // 8
    rows = []
    for y in range(h):
        line = packed[y * stride:(y + 1) * stride]
        rows.append([255 if (line[x >> 3] >> (7 - (x & 7))) & 1 else 0
                     for x in range(w)])
    return qr.decode_matrix(qr.matrix_from_pixels(rows, w, h))


# ------------------------------------------------------------- logos ------

def logo(width, height, bg, shapes):
    """Tiny vector-ish raster: shapes = list of (kind, color, params).
    kind 'rect': (x0, y0, x1, y1); 'circle': (cx, cy, r); 'tri':
    ((x0,y0),(x1,y1),(x2,y2))."""
    px = [[bg] * width for _ in range(height)]

    def inside_tri(p, a, b, c):
        def s(p1, p2, p3):
            return (p1[0] - p3[0]) * (p2[1] - p3[1]) - (p2[0] - p3[0]) * (p1[1] - p3[1])
        d1, d2, d3 = s(p, a, b), s(p, b, c), s(p, c, a)
        neg = d1 < 0 or d2 < 0 or d3 < 0
        pos = d1 > 0 or d2 > 0 or d3 > 0
        return not (neg and pos)
    for kind, color, prm in shapes:
        for y in range(height):
            for x in range(width):
                if kind == "rect":
                    x0, y0, x1, y1 = prm
                    hit = x0 <= x < x1 and y0 <= y < y1
                elif kind == "circle":
                    cx, cy, r = prm
                    hit = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
                elif kind == "ring":
                    cx, cy, r1, r2 = prm
                    d = (x - cx) ** 2 + (y - cy) ** 2
                    hit = r1 * r1 <= d <= r2 * r2
                else:
                    hit = inside_tri((x, y), *prm)
                if hit:
                    px[y][x] = color
    return png_rgb(px)
