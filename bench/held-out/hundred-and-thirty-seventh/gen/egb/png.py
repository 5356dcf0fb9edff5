"""Minimal PNG writer/reader and a tiny raster canvas (stdlib only)."""
import struct
import zlib

from . import qr

_FONT = {
    'A': '01110 10001 10001 11111 10001 10001 10001',
    'B': '11110 10001 10001 11110 10001 10001 11110',
    'C': '01110 10001 10000 10000 10000 10001 01110',
    'D': '11110 10001 10001 10001 10001 10001 11110',
    'E': '11111 10000 10000 11110 10000 10000 11111',
    'F': '11111 10000 10000 11110 10000 10000 10000',
    'G': '01110 10001 10000 10111 10001 10001 01111',
    'H': '10001 10001 10001 11111 10001 10001 10001',
    'I': '01110 00100 00100 00100 00100 00100 01110',
    'J': '00111 00010 00010 00010 00010 10010 01100',
    'K': '10001 10010 10100 11000 10100 10010 10001',
    'L': '10000 10000 10000 10000 10000 10000 11111',
    'M': '10001 11011 10101 10101 10001 10001 10001',
    'N': '10001 10001 11001 10101 10011 10001 10001',
    'O': '01110 10001 10001 10001 10001 10001 01110',
    'P': '11110 10001 10001 11110 10000 10000 10000',
    'Q': '01110 10001 10001 10001 10101 10010 01101',
    'R': '11110 10001 10001 11110 10100 10010 10001',
    'S': '01111 10000 10000 01110 00001 00001 11110',
    'T': '11111 00100 00100 00100 00100 00100 00100',
    'U': '10001 10001 10001 10001 10001 10001 01110',
    'V': '10001 10001 10001 10001 10001 01010 00100',
    'W': '10001 10001 10001 10101 10101 10101 01010',
    'X': '10001 10001 01010 00100 01010 10001 10001',
    'Y': '10001 10001 10001 01010 00100 00100 00100',
    'Z': '11111 00001 00010 00100 01000 10000 11111',
    '0': '01110 10001 10011 10101 11001 10001 01110',
    '1': '00100 01100 00100 00100 00100 00100 01110',
    '2': '01110 10001 00001 00010 00100 01000 11111',
    '3': '11111 00010 00100 00010 00001 10001 01110',
    '4': '00010 00110 01010 10010 11111 00010 00010',
    '5': '11111 10000 11110 00001 00001 10001 01110',
    '6': '00110 01000 10000 11110 10001 10001 01110',
    '7': '11111 00001 00010 00100 01000 01000 01000',
    '8': '01110 10001 10001 01110 10001 10001 01110',
    '9': '01110 10001 10001 01111 00001 00010 01100',
    '-': '00000 00000 00000 11111 00000 00000 00000',
    '.': '00000 00000 00000 00000 00000 01100 01100',
    '/': '00001 00010 00010 00100 01000 01000 10000',
    '&': '01100 10010 10100 01000 10101 10010 01101',
    ' ': '00000 00000 00000 00000 00000 00000 00000',
}


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)


class Canvas:
    """RGB canvas."""

    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.px = [[bg for _ in range(w)] for _ in range(h)]

    def rect(self, x, y, w, h, color):
        for yy in range(max(0, y), min(self.h, y + h)):
            row = self.px[yy]
            for xx in range(max(0, x), min(self.w, x + w)):
                row[xx] = color

    def text(self, x, y, s, color, scale=2, spacing=1):
        cx = x
        for ch in s.upper():
            g = _FONT.get(ch, _FONT[' '])
            rows = g.split()
            for ry, bits in enumerate(rows):
                for rx, b in enumerate(bits):
                    if b == '1':
                        self.rect(cx + rx * scale, y + ry * scale, scale, scale, color)
            cx += (5 + spacing) * scale
        return cx

    @staticmethod
    def text_width(s, scale=2, spacing=1):
        return len(s) * (5 + spacing) * scale - spacing * scale

    def qr(self, x, y, matrix, scale, dark=(0, 0, 0)):
        for r, row in enumerate(matrix):
            for c, v in enumerate(row):
                if v:
                    self.rect(x + c * scale, y + r * scale, scale, scale, dark)

    def png(self):
        raw = bytearray()
        for row in self.px:
            raw.append(0)
            for (r, g, b) in row:
                raw += bytes((r, g, b))
        ihdr = struct.pack('>IIBBBBB', self.w, self.h, 8, 2, 0, 0, 0)
        return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr) +
                _chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _chunk(b'IEND', b''))


def qr_png(payload, scale=6, border=4, ecl='M'):
    """Render a QR code as a 1-bit greyscale PNG. Returns (png_bytes, matrix)."""
    m = qr.encode(payload, ecl=ecl)
    n = len(m)
    side = (n + 2 * border) * scale
    raw = bytearray()
    rowbytes = (side + 7) // 8
    for py in range(side):
        raw.append(0)
        r = py // scale - border
        bits = bytearray(rowbytes)
        for px in range(side):
            c = px // scale - border
            white = True
            if 0 <= r < n and 0 <= c < n and m[r][c]:
                white = False
            if white:
                bits[px >> 3] |= 0x80 >> (px & 7)
        raw += bits
    ihdr = struct.pack('>IIBBBBB', side, side, 1, 0, 0, 0, 0)
    png = (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr) +
           _chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _chunk(b'IEND', b''))
    return png, m


def qr_gray_pixels(payload, scale=4, border=4, ecl='M'):
    """8-bit greyscale pixel rows for embedding in PDFs. Returns (w, h, bytes, matrix)."""
    m = qr.encode(payload, ecl=ecl)
    n = len(m)
    side = (n + 2 * border) * scale
    out = bytearray()
    for py in range(side):
        r = py // scale - border
        for px in range(side):
            c = px // scale - border
            dark = 0 <= r < n and 0 <= c < n and m[r][c]
            out.append(0 if dark else 255)
    return side, side, bytes(out), m


# ---------------------------------------------------------------- reading
def read_png(data):
    """Decode a PNG into (width, height, rows) where rows are lists of
    greyscale luminance values 0..255. Verifies every chunk CRC."""
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    p = 8
    idat = b''
    ihdr = None
    plte = None
    while p < len(data):
        ln, = struct.unpack('>I', data[p:p + 4])
        tag = data[p + 4:p + 8]
        body = data[p + 8:p + 8 + ln]
        crc, = struct.unpack('>I', data[p + 8 + ln:p + 12 + ln])
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc:
            raise ValueError('PNG CRC error in %r' % tag)
        if tag == b'IHDR':
            ihdr = struct.unpack('>IIBBBBB', body)
        elif tag == b'PLTE':
            plte = body
        elif tag == b'IDAT':
            idat += body
        elif tag == b'IEND':
            break
        p += 12 + ln
    w, h, depth, ctype, _, _, interlace = ihdr
    if interlace:
        raise ValueError('interlaced PNG not supported')
    chans = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype]
    bpp_bits = depth * chans
    stride = (w * bpp_bits + 7) // 8
    bpp = max(1, bpp_bits // 8)
    raw = zlib.decompress(idat)
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
                line[i] = (line[i] + a) & 0xFF
            elif ft == 2:
                line[i] = (line[i] + b) & 0xFF
            elif ft == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif ft == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 0xFF
        prev = line
        lum = []
        for x in range(w):
            if depth < 8:
                bitpos = x * depth
                v = (line[bitpos >> 3] >> (8 - depth - (bitpos & 7))) & ((1 << depth) - 1)
                if ctype == 3:
                    r, g, bb = plte[v * 3:v * 3 + 3]
                    lum.append((r * 299 + g * 587 + bb * 114) // 1000)
                else:
                    lum.append(v * 255 // ((1 << depth) - 1))
            else:
                o = x * chans
                if ctype in (0, 4):
                    lum.append(line[o])
                elif ctype == 3:
                    r, g, bb = plte[line[o] * 3:line[o] * 3 + 3]
                    lum.append((r * 299 + g * 587 + bb * 114) // 1000)
                else:
                    r, g, bb = line[o:o + 3]
                    lum.append((r * 299 + g * 587 + bb * 114) // 1000)
        rows.append(lum)
    return w, h, rows


def decode_qr_in_gray(w, h, rows, region=None):
    """Find and decode a QR code in a greyscale image (optionally a sub-region
    x0, y0, x1, y1). Returns payload bytes."""
    x0, y0, x1, y1 = region if region else (0, 0, w, h)
    get = lambda x, y: rows[y0 + y][x0 + x] < 128
    m = qr.matrix_from_pixels(x1 - x0, y1 - y0, get)
    return qr.decode_matrix(m)
