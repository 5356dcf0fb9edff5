"""PNG writer/reader (stdlib zlib only), plus a tiny bitmap font and drawing."""
import struct
import zlib


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def write_png(width, height, rows, mode='rgb', extra=b''):
    """rows: list of bytes objects (already packed per pixel)."""
    ctype = {'gray': 0, 'rgb': 2}[mode]
    ihdr = struct.pack('>IIBBBBB', width, height, 8, ctype, 0, 0, 0)
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    out = b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr)
    out += _chunk(b'pHYs', struct.pack('>IIB', 3780, 3780, 1))
    out += extra
    out += _chunk(b'IDAT', zlib.compress(raw, 9))
    out += _chunk(b'IEND', b'')
    return out


def qr_png(matrix, scale=8, border=4):
    n = len(matrix)
    w = (n + 2 * border) * scale
    rows = []
    for y in range(w):
        my = y // scale - border
        row = bytearray(w)
        for x in range(w):
            mx = x // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            row[x] = 0 if dark else 255
        rows.append(bytes(row))
    return write_png(w, w, rows, 'gray')


def qr_gray(matrix, scale=4, border=4):
    """Raw 8-bit grey pixels (for PDF image XObjects)."""
    n = len(matrix)
    w = (n + 2 * border) * scale
    out = bytearray()
    for y in range(w):
        my = y // scale - border
        for x in range(w):
            mx = x // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            out.append(0 if dark else 255)
    return w, bytes(out)


def read_png(data):
    """Returns (width, height, channels, pixel rows as bytearrays)."""
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos = 8
    idat = b''
    width = height = None
    while pos < len(data):
        ln = struct.unpack('>I', data[pos:pos + 4])[0]
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])[0]
        if zlib.crc32(tag + body) & 0xffffffff != crc:
            raise ValueError('PNG CRC error in %r' % tag)
        if tag == b'IHDR':
            width, height, depth, ctype = struct.unpack('>IIBB', body[:10])
            if depth != 8 or ctype not in (0, 2, 6):
                raise ValueError('unsupported PNG format')
            ch = {0: 1, 2: 3, 6: 4}[ctype]
        elif tag == b'IDAT':
            idat += body
        elif tag == b'IEND':
            break
        pos += 12 + ln
    raw = zlib.decompress(idat)
    stride = width * ch
    rows = []
    prev = bytearray(stride)
    p = 0
    for _ in range(height):
        f = raw[p]
        line = bytearray(raw[p + 1:p + 1 + stride])
        p += 1 + stride
        for i in range(stride):
            a = line[i - ch] if i >= ch else 0
            b = prev[i]
            c = prev[i - ch] if i >= ch else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        rows.append(line)
        prev = line
    return width, height, ch, rows


def png_grey_fn(data):
    w, h, ch, rows = read_png(data)

    def pix(x, y):
        r = rows[y]
        if ch == 1:
            return r[x]
        return (r[x * ch] + r[x * ch + 1] + r[x * ch + 2]) // 3
    return w, h, pix


# 5x7 bitmap font: each glyph 7 rows of 5 bits
FONT = {
    'A': '01110 10001 10001 11111 10001 10001 10001', 'B': '11110 10001 10001 11110 10001 10001 11110',
    'C': '01110 10001 10000 10000 10000 10001 01110', 'D': '11110 10001 10001 10001 10001 10001 11110',
    'E': '11111 10000 10000 11110 10000 10000 11111', 'F': '11111 10000 10000 11110 10000 10000 10000',
    'G': '01110 10001 10000 10111 10001 10001 01111', 'H': '10001 10001 10001 11111 10001 10001 10001',
    'I': '01110 00100 00100 00100 00100 00100 01110', 'J': '00111 00010 00010 00010 00010 10010 01100',
    'K': '10001 10010 10100 11000 10100 10010 10001', 'L': '10000 10000 10000 10000 10000 10000 11111',
    'M': '10001 11011 10101 10101 10001 10001 10001', 'N': '10001 10001 11001 10101 10011 10001 10001',
    'O': '01110 10001 10001 10001 10001 10001 01110', 'P': '11110 10001 10001 11110 10000 10000 10000',
    'Q': '01110 10001 10001 10001 10101 10010 01101', 'R': '11110 10001 10001 11110 10100 10010 10001',
    'S': '01111 10000 10000 01110 00001 00001 11110', 'T': '11111 00100 00100 00100 00100 00100 00100',
    'U': '10001 10001 10001 10001 10001 10001 01110', 'V': '10001 10001 10001 10001 10001 01010 00100',
    'W': '10001 10001 10001 10101 10101 10101 01010', 'X': '10001 10001 01010 00100 01010 10001 10001',
    'Y': '10001 10001 01010 00100 00100 00100 00100', 'Z': '11111 00001 00010 00100 01000 10000 11111',
    '0': '01110 10001 10011 10101 11001 10001 01110', '1': '00100 01100 00100 00100 00100 00100 01110',
    '2': '01110 10001 00001 00010 00100 01000 11111', '3': '11111 00010 00100 00010 00001 10001 01110',
    '4': '00010 00110 01010 10010 11111 00010 00010', '5': '11111 10000 11110 00001 00001 10001 01110',
    '6': '00110 01000 10000 11110 10001 10001 01110', '7': '11111 00001 00010 00100 01000 01000 01000',
    '8': '01110 10001 10001 01110 10001 10001 01110', '9': '01110 10001 10001 01111 00001 00010 01100',
    ' ': '00000 00000 00000 00000 00000 00000 00000', '-': '00000 00000 00000 11111 00000 00000 00000',
    '.': '00000 00000 00000 00000 00000 01100 01100', ':': '00000 01100 01100 00000 01100 01100 00000',
    '/': '00001 00010 00010 00100 01000 01000 10000', '%': '11001 11010 00010 00100 01011 10011 00000',
    '!': '00100 00100 00100 00100 00100 00000 00100', '>': '01000 00100 00010 00001 00010 00100 01000',
    '=': '00000 00000 11111 00000 11111 00000 00000', '#': '01010 01010 11111 01010 11111 01010 01010',
    '(': '00010 00100 01000 01000 01000 00100 00010', ')': '01000 00100 00010 00010 00010 00100 01000',
    '_': '00000 00000 00000 00000 00000 00000 11111', '+': '00000 00100 00100 11111 00100 00100 00000',
}


class Canvas:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.px = [[bg for _ in range(w)] for _ in range(h)]

    def rect(self, x0, y0, x1, y1, col):
        for y in range(max(0, y0), min(self.h, y1)):
            row = self.px[y]
            for x in range(max(0, x0), min(self.w, x1)):
                row[x] = col

    def text(self, x, y, s, col, scale=2):
        for ch in s.upper():
            g = FONT.get(ch, FONT[' '])
            for r, bits in enumerate(g.split()):
                for c, b in enumerate(bits):
                    if b == '1':
                        self.rect(x + c * scale, y + r * scale, x + (c + 1) * scale, y + (r + 1) * scale, col)
            x += 6 * scale
        return x

    def noise(self, rng, amount=6):
        for y in range(self.h):
            row = self.px[y]
            for x in range(self.w):
                r, g, b = row[x]
                d = rng.randint(-amount, amount)
                row[x] = (min(255, max(0, r + d)), min(255, max(0, g + d)), min(255, max(0, b + d)))

    def png(self):
        rows = [bytes(v for p in row for v in p) for row in self.px]
        return write_png(self.w, self.h, rows, 'rgb')
