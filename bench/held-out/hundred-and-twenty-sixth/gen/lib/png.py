"""Minimal PNG writer/reader (grayscale and RGB, 8 bit; gray 1 bit)."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def write_gray(rows, bitdepth=8, text=None):
    """rows: list of lists of ints 0..255 (8 bit) or 0/1 (1 bit, 1 = white)."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for r in rows:
        raw.append(0)
        if bitdepth == 8:
            raw.extend(bytes(r))
        else:
            acc = 0
            n = 0
            for v in r:
                acc = (acc << 1) | (1 if v else 0)
                n += 1
                if n == 8:
                    raw.append(acc)
                    acc = n = 0
            if n:
                raw.append(acc << (8 - n))
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, bitdepth, 0, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\0' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(bytes(raw), 9))
    out += _chunk(b'IEND', b'')
    return out


def write_rgb(pixels, w, h, text=None):
    """pixels: bytes/bytearray of length w*h*3."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        raw.extend(pixels[y * w * 3:(y + 1) * w * 3])
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
    out += _chunk(b'sRGB', b'\x00')
    if text:
        for k, v in text:
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\0' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(bytes(raw), 9))
    out += _chunk(b'IEND', b'')
    return out


def qr_png(matrix, scale=6, quiet=4, text=None):
    n = len(matrix)
    size = (n + 2 * quiet) * scale
    rows = []
    for y in range(size):
        my = y // scale - quiet
        row = []
        for x in range(size):
            mx = x // scale - quiet
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            row.append(0 if dark else 1)
        rows.append(row)
    return write_gray(rows, 1, text)


def read(data):
    """Return (w, h, px) with px(x, y) -> gray 0..255. Verifies CRCs."""
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos = 8
    idat = b''
    ihdr = None
    while pos < len(data):
        ln, = struct.unpack('>I', data[pos:pos + 4])
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc, = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])
        if zlib.crc32(tag + body) & 0xffffffff != crc:
            raise ValueError('bad CRC in %r' % tag)
        if tag == b'IHDR':
            ihdr = struct.unpack('>IIBBBBB', body)
        elif tag == b'IDAT':
            idat += body
        elif tag == b'IEND':
            break
        pos += 12 + ln
    w, h, bd, ct, _, _, il = ihdr
    raw = zlib.decompress(idat)
    chans = {0: 1, 2: 3, 4: 2, 6: 4}[ct]
    bpp = max(1, chans * bd // 8)
    stride = (w * chans * bd + 7) // 8
    rows = []
    prev = bytearray(stride)
    p = 0
    for y in range(h):
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
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        rows.append(bytes(line))
        prev = line

    def px(x, y):
        r = rows[y]
        if bd == 1:
            return 255 if (r[x >> 3] >> (7 - (x & 7))) & 1 else 0
        if chans == 1:
            return r[x]
        o = x * chans
        return (r[o] * 299 + r[o + 1] * 587 + r[o + 2] * 114) // 1000
    return w, h, px


class Canvas:
    """Tiny RGB raster for logos / simple images."""

    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.px = bytearray(bytes(bg) * (w * h))

    def set(self, x, y, c):
        if 0 <= x < self.w and 0 <= y < self.h:
            o = (y * self.w + x) * 3
            self.px[o:o + 3] = bytes(c)

    def rect(self, x0, y0, x1, y1, c):
        for y in range(max(0, y0), min(self.h, y1)):
            for x in range(max(0, x0), min(self.w, x1)):
                o = (y * self.w + x) * 3
                self.px[o:o + 3] = bytes(c)

    def line(self, x0, y0, x1, y1, c, width=1):
        n = int(max(abs(x1 - x0), abs(y1 - y0)) * 2) + 1
        r = width / 2.0
        for i in range(n + 1):
            t = i / n
            x = x0 + (x1 - x0) * t
            y = y0 + (y1 - y0) * t
            for yy in range(int(y - r), int(y + r) + 1):
                for xx in range(int(x - r), int(x + r) + 1):
                    if (xx - x) ** 2 + (yy - y) ** 2 <= r * r:
                        self.set(xx, yy, c)

    def disc(self, cx, cy, r, c):
        for y in range(int(cy - r), int(cy + r) + 1):
            for x in range(int(cx - r), int(cx + r) + 1):
                if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                    self.set(x, y, c)

    def png(self, text=None):
        return write_rgb(self.px, self.w, self.h, text)


# 5x7 bitmap font for simple captions in logos (uppercase, digits, a few signs)
_FONT = {
    'A': '01110100011000111111100011000110001', 'B': '11110100011000111110100011000111110',
    'C': '01110100011000010000100001000101110', 'D': '11110100011000110001100011000111110',
    'E': '11111100001000011110100001000011111', 'F': '11111100001000011110100001000010000',
    'G': '01110100011000010111100011000101111', 'H': '10001100011000111111100011000110001',
    'I': '01110001000010000100001000010001110', 'J': '00111000100001000010000101001001100',
    'K': '10001100101010011000101001001010001', 'L': '10000100001000010000100001000011111',
    'M': '10001110111010110101100011000110001', 'N': '10001100011100110101100111000110001',
    'O': '01110100011000110001100011000101110', 'P': '11110100011000111110100001000010000',
    'Q': '01110100011000110001101011001001101', 'R': '11110100011000111110101001001010001',
    'S': '01111100001000001110000010000111110', 'T': '11111001000010000100001000010000100',
    'U': '10001100011000110001100011000101110', 'V': '10001100011000110001100010101000100',
    'W': '10001100011000110101101011010101010', 'X': '10001100010101000100010101000110001',
    'Y': '10001100010101000100001000010000100', 'Z': '11111000010001000100010001000011111',
    '0': '01110100011001110101110011000101110', '1': '00100011000010000100001000010001110',
    '2': '01110100010000100010001000100011111', '3': '11111000100010000010000011000101110',
    '4': '00010001100101010010111110001000010', '5': '11111100001111000001000011000101110',
    '6': '00110010001000011110100011000101110', '7': '11111000010001000100010000100001000',
    '8': '01110100011000101110100011000101110', '9': '01110100011000101111000010001001100',
    ' ': '00000000000000000000000000000000000', '-': '00000000000000011111000000000000000',
    '.': '00000000000000000000000000110001100', '&': '01100100101010001000101011001001101',
    '/': '00001000010001000100010001000010000', ':': '00000011000110000000011000110000000',
}


def caption(cv, x, y, s, c, scale=2):
    for ch in s.upper():
        pat = _FONT.get(ch, _FONT[' '])
        for i, bit in enumerate(pat):
            if bit == '1':
                cv.rect(x + (i % 5) * scale, y + (i // 5) * scale,
                        x + (i % 5 + 1) * scale, y + (i // 5 + 1) * scale, c)
        x += 6 * scale
    return x
