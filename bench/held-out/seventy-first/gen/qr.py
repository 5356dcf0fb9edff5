"""Minimal QR Code encoder (ISO/IEC 18004): byte mode, error correction level M, versions 1-10."""
from png import png_gray

# (ec codewords per block, [(blocks, data codewords per block), ...]) for level M
_M = {
    1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]), 4: (18, [(2, 32)]),
    5: (24, [(2, 43)]), 6: (16, [(4, 27)]), 7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]),
    9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)]),
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34], 7: [6, 22, 38],
          8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
_FMT_M = 0  # format bits for level M

# GF(256)
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _mul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def _rs_generator(deg):
    g = [1]
    for i in range(deg):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= _mul(c, _EXP[i])
        g = ng
    return g  # highest degree first, g[0] == 1


def _rs_remainder(data, deg):
    gen = _rs_generator(deg)
    rem = list(data) + [0] * deg
    for i in range(len(data)):
        coef = rem[i]
        if coef:
            for j in range(1, len(gen)):
                rem[i + j] ^= _mul(gen[j], coef)
    return rem[len(data):]


def _codewords(payload):
    for ver in range(1, 11):
        ecc, groups = _M[ver]
        cap = sum(b * d for b, d in groups)
        cc_bits = 8 if ver < 10 else 16
        need = 4 + cc_bits + 8 * len(payload)
        if need <= cap * 8:
            break
    else:
        raise ValueError('payload too long for version 10-M')
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(payload), cc_bits)
    for b in payload:
        put(b, 8)
    put(0, min(4, cap * 8 - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    data = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    i = 0
    while len(data) < cap:
        data.append(pad[i % 2])
        i += 1
    # split into blocks
    blocks = []
    k = 0
    for nb, nd in groups:
        for _ in range(nb):
            blocks.append(data[k:k + nd])
            k += nd
    eccs = [_rs_remainder(b, ecc) for b in blocks]
    out = []
    maxd = max(len(b) for b in blocks)
    for i in range(maxd):
        for b in blocks:
            if i < len(b):
                out.append(b[i])
    for i in range(ecc):
        for e in eccs:
            out.append(e[i])
    return ver, out


class _Matrix:
    def __init__(self, ver):
        self.ver = ver
        self.n = ver * 4 + 17
        self.m = [[False] * self.n for _ in range(self.n)]
        self.f = [[False] * self.n for _ in range(self.n)]

    def setf(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def functions(self):
        n = self.n
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self.setf(x, y, d not in (2, 4))
        al = _ALIGN[self.ver]
        na = len(al)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.format_bits(0)
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.ver << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def format_bits(self, mask):
        n = self.n
        data = _FMT_M << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1 == 1
        for i in range(6):
            self.setf(8, i, g(i))
        self.setf(8, 7, g(6))
        self.setf(8, 8, g(7))
        self.setf(7, 8, g(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, g(i))
        for i in range(8):
            self.setf(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.setf(8, n - 15 + i, g(i))
        self.setf(8, n - 8, True)

    def place(self, cw):
        n = self.n
        i = 0
        total = len(cw) * 8
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = (n - 1 - vert) if upward else vert
                    if not self.f[y][x] and i < total:
                        self.m[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def apply_mask(self, mask):
        fns = [
            lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
        ]
        f = fns[mask]
        for y in range(self.n):
            for x in range(self.n):
                if not self.f[y][x] and f(x, y):
                    self.m[y][x] = not self.m[y][x]

    def penalty(self):
        n = self.n
        m = self.m
        p = 0
        for rows in (m, [list(c) for c in zip(*m)]):
            for row in rows:
                run = 1
                for x in range(1, n):
                    if row[x] == row[x - 1]:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run = 1
                if run >= 5:
                    p += run - 2
                s = ''.join('1' if v else '0' for v in row)
                p += 40 * (s.count('10111010000') + s.count('00001011101'))
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        p += k * 10
        return p


def qr_matrix(text):
    payload = text.encode('utf-8')
    ver, cw = _codewords(payload)
    best = None
    for mask in range(8):
        mt = _Matrix(ver)
        mt.functions()
        mt.place(cw)
        mt.apply_mask(mask)
        mt.format_bits(mask)
        pen = mt.penalty()
        if best is None or pen < best[0]:
            best = (pen, mt)
    return best[1].m


def qr_png(text, scale=8, border=4):
    m = qr_matrix(text)
    n = len(m)
    size = (n + 2 * border) * scale
    rows = []
    for yy in range(size):
        y = yy // scale - border
        row = bytearray()
        for xx in range(size):
            x = xx // scale - border
            dark = 0 <= x < n and 0 <= y < n and m[y][x]
            row.append(0 if dark else 255)
        rows.append(bytes(row))
    return png_gray(size, size, rows)


def qr_gray_rows(text, scale=4, border=4):
    """Raw 8-bit gray pixel rows (for embedding in a PDF)."""
    m = qr_matrix(text)
    n = len(m)
    size = (n + 2 * border) * scale
    rows = []
    for yy in range(size):
        y = yy // scale - border
        row = bytearray()
        for xx in range(size):
            x = xx // scale - border
            row.append(0 if (0 <= x < n and 0 <= y < n and m[y][x]) else 255)
        rows.append(bytes(row))
    return size, rows
