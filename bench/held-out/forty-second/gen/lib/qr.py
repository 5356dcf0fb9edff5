"""Minimal QR Code encoder (ISO/IEC 18004), byte mode, versions 1-10,
error-correction levels L/M/Q/H, with automatic mask selection, plus a
1-bit grayscale PNG writer.  Standard library only."""
import struct
import zlib

ECC_PER_BLOCK = {
    'L': [None, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
    'M': [None, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
    'Q': [None, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24],
    'H': [None, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28],
}
NUM_BLOCKS = {
    'L': [None, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    'M': [None, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
    'Q': [None, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8],
    'H': [None, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8],
}
FORMAT_ECL = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
         7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}

# ---- GF(256) arithmetic, primitive polynomial x^8+x^4+x^3+x^2+1 ----
EXP = [0] * 512
LOG = [0] * 256
_x = 1
for _i in range(255):
    EXP[_i] = _x
    LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    EXP[_i] = EXP[_i - 255]


def gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return EXP[LOG[a] + LOG[b]]


def rs_generator(degree):
    g = [1]
    for i in range(degree):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= gmul(c, EXP[i])
        g = ng
    return g


def rs_remainder(data, degree):
    g = rs_generator(degree)
    rem = [0] * degree
    for b in data:
        factor = b ^ rem[0]
        rem = rem[1:] + [0]
        for j in range(degree):
            rem[j] ^= gmul(g[j + 1], factor)
    return rem


def raw_data_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        result -= (25 * n - 10) * n - 55
        if ver >= 7:
            result -= 36
    return result


def data_capacity(ver, ecl):
    return raw_data_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def make_codewords(data, ecl='M'):
    for ver in range(1, 11):
        cap = data_capacity(ver, ecl)
        ccbits = 8 if ver < 10 else 16
        if 4 + ccbits + 8 * len(data) <= cap * 8:
            break
    else:
        raise ValueError('data too long for version 10')
    bits = []

    def app(v, n):
        bits.extend((v >> i) & 1 for i in reversed(range(n)))
    app(0b0100, 4)
    app(len(data), ccbits)
    for b in data:
        app(b, 8)
    app(0, min(4, cap * 8 - len(bits)))
    app(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap * 8:
        app(pad, 8)
        pad ^= 0xEC ^ 0x11
    cws = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    nb = NUM_BLOCKS[ecl][ver]
    eccl = ECC_PER_BLOCK[ecl][ver]
    raw = raw_data_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = []
    k = 0
    for i in range(nb):
        dl = shortlen - eccl + (0 if i < nshort else 1)
        d = cws[k:k + dl]
        k += dl
        blocks.append((d, rs_remainder(d, eccl)))
    assert k == len(cws)
    out = []
    for i in range(max(len(d) for d, _ in blocks)):
        for d, _ in blocks:
            if i < len(d):
                out.append(d[i])
    for i in range(eccl):
        for _, e in blocks:
            out.append(e[i])
    assert len(out) == raw
    return ver, out


def format_bits(ecl, mask):
    data = FORMAT_ECL[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


class Matrix:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        self.mod = [[False] * self.size for _ in range(self.size)]
        self.isf = [[False] * self.size for _ in range(self.size)]
        self._function_patterns()

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.isf[y][x] = True

    def _function_patterns(self):
        s = self.size
        for i in range(s):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < s and 0 <= y < s:
                        d = max(abs(dx), abs(dy))
                        self.setf(x, y, d not in (2, 4))
        pos = ALIGN[self.ver]
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format('L', 0)
        self.draw_version()

    def draw_format(self, ecl, mask):
        bits = format_bits(ecl, mask)
        s = self.size

        def b(i):
            return (bits >> i) & 1 == 1
        for i in range(0, 6):
            self.setf(8, i, b(i))
        self.setf(8, 7, b(6))
        self.setf(8, 8, b(7))
        self.setf(7, 8, b(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, b(i))
        for i in range(0, 8):
            self.setf(s - 1 - i, 8, b(i))
        for i in range(8, 15):
            self.setf(8, s - 15 + i, b(i))
        self.setf(8, s - 8, True)

    def draw_version(self):
        if self.ver < 7:
            return
        bits = version_bits(self.ver)
        for i in range(18):
            bit = (bits >> i) & 1 == 1
            a = self.size - 11 + i % 3
            b = i // 3
            self.setf(a, b, bit)
            self.setf(b, a, bit)

    def data_positions(self):
        s = self.size
        right = s - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(s):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = s - 1 - vert if upward else vert
                    if not self.isf[y][x]:
                        yield x, y
            right -= 2

    def draw_codewords(self, cws):
        i = 0
        nbits = len(cws) * 8
        for x, y in self.data_positions():
            if i < nbits:
                self.mod[y][x] = (cws[i >> 3] >> (7 - (i & 7))) & 1 == 1
            i += 1


def mask_fn(mask):
    return [
        lambda x, y: (x + y) % 2 == 0,
        lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    ][mask]


def apply_mask(m, mask):
    f = mask_fn(mask)
    for y in range(m.size):
        for x in range(m.size):
            if not m.isf[y][x] and f(x, y):
                m.mod[y][x] = not m.mod[y][x]


def penalty(grid):
    n = len(grid)
    score = 0
    lines = [row for row in grid] + [[grid[y][x] for y in range(n)] for x in range(n)]
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for line in lines:
        run = 1
        for i in range(1, n + 1):
            if i < n and line[i] == line[i - 1]:
                run += 1
            else:
                if run >= 5:
                    score += 3 + run - 5
                run = 1
        for i in range(n - 10):
            seg = line[i:i + 11]
            if seg == pat1 or seg == pat2:
                score += 40
    for y in range(n - 1):
        for x in range(n - 1):
            c = grid[y][x]
            if c == grid[y][x + 1] == grid[y + 1][x] == grid[y + 1][x + 1]:
                score += 3
    dark = sum(sum(1 for v in row if v) for row in grid)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    score += k * 10
    return score


def encode(text, ecl='M'):
    """Return the module matrix (list of rows of bool, True=dark)."""
    data = text.encode('utf-8') if isinstance(text, str) else bytes(text)
    ver, cws = make_codewords(data, ecl)
    best = None
    for mask in range(8):
        m = Matrix(ver)
        m.draw_codewords(cws)
        apply_mask(m, mask)
        m.draw_format(ecl, mask)
        p = penalty(m.mod)
        if best is None or p < best[0]:
            best = (p, m)
    return best[1].mod


def png_bytes(matrix, scale=6, border=4):
    n = len(matrix)
    w = (n + 2 * border) * scale
    rows = []
    for py in range(w):
        my = py // scale - border
        bits = []
        for px in range(w):
            mx = px // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            bits.append(0 if dark else 1)
        row = bytearray([0])
        for i in range(0, w, 8):
            byte = 0
            for j in range(8):
                byte <<= 1
                if i + j < w:
                    byte |= bits[i + j]
                else:
                    byte |= 1
            row.append(byte)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack('>IIBBBBB', w, w, 1, 0, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr)
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def qr_png(text, ecl='M', scale=6, border=4):
    return png_bytes(encode(text, ecl), scale, border)


def rgb_png(width, height, pixel):
    """Small RGB PNG; pixel(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr)
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


def selftest():
    # Thonky / ISO example: "HELLO WORLD" 1-M data codewords -> known ECC
    data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(data, 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    assert format(format_bits('M', 0), '015b') == '101010000010010'
    assert format(format_bits('L', 0), '015b') == '111011111000100'
    assert format(version_bits(7), '018b') == '000111110010010100'
    for v in range(1, 11):
        assert raw_data_modules(v) // 8 == [0, 26, 44, 70, 100, 134, 172, 196, 242, 292, 346][v]
    return True
