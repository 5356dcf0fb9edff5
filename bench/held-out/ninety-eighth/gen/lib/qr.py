"""QR code encoder (ISO/IEC 18004), byte mode, error-correction level M, versions 1-10.
Written from the specification; stdlib only. Produces a module matrix and PNG bytes."""
from . import png

# (total codewords, ec codewords per block, [(block count, data codewords per block), ...]) for level M
_TABLE_M = {
    1: (26, 10, [(1, 16)]),
    2: (44, 16, [(1, 28)]),
    3: (70, 26, [(1, 44)]),
    4: (100, 18, [(2, 32)]),
    5: (134, 24, [(2, 43)]),
    6: (172, 16, [(4, 27)]),
    7: (196, 18, [(4, 31)]),
    8: (242, 22, [(2, 38), (2, 39)]),
    9: (292, 22, [(3, 36), (2, 37)]),
    10: (346, 26, [(4, 43), (1, 44)]),
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
_REMAINDER = {1: 0, 2: 7, 3: 7, 4: 7, 5: 7, 6: 7, 7: 0, 8: 0, 9: 0, 10: 0}
EC_M_BITS = 0b00

# GF(256) arithmetic, primitive polynomial 0x11D
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


def gf_mul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def rs_generator(n):
    g = [1]
    for i in range(n):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= gf_mul(c, _EXP[i])
        g = ng
    return g


def rs_remainder(data, n):
    gen = rs_generator(n)
    msg = list(data) + [0] * n
    for i in range(len(data)):
        coef = msg[i]
        if coef:
            for j in range(1, len(gen)):
                msg[i + j] ^= gf_mul(gen[j], coef)
    return msg[len(data):]


def _data_capacity(v):
    return sum(c * d for c, d in _TABLE_M[v][2])


def _encode_data(payload, version):
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(payload), 8 if version < 10 else 16)
    for b in payload:
        put(b, 8)
    cap_bits = _data_capacity(version) * 8
    put(0, min(4, cap_bits - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    out = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    k = 0
    while len(out) < _data_capacity(version):
        out.append(pad[k % 2])
        k += 1
    return out


def _interleave(data, version):
    total, ecn, groups = _TABLE_M[version]
    blocks = []
    pos = 0
    for count, size in groups:
        for _ in range(count):
            blocks.append(data[pos:pos + size])
            pos += size
    ecs = [rs_remainder(b, ecn) for b in blocks]
    out = []
    for i in range(max(len(b) for b in blocks)):
        for b in blocks:
            if i < len(b):
                out.append(b[i])
    for i in range(ecn):
        for e in ecs:
            out.append(e[i])
    assert len(out) == total
    return out


def _bch_format(data5):
    v = data5 << 10
    for i in range(14, 9, -1):
        if v & (1 << i):
            v ^= 0x537 << (i - 10)
    return ((data5 << 10) | v) ^ 0x5412


def _bch_version(ver):
    v = ver << 12
    for i in range(17, 11, -1):
        if v & (1 << i):
            v ^= 0x1F25 << (i - 12)
    return (ver << 12) | v


MASKS = [
    lambda x, y: (x + y) % 2 == 0,
    lambda x, y: y % 2 == 0,
    lambda x, y: x % 3 == 0,
    lambda x, y: (x + y) % 3 == 0,
    lambda x, y: (x // 3 + y // 2) % 2 == 0,
    lambda x, y: (x * y) % 2 + (x * y) % 3 == 0,
    lambda x, y: ((x * y) % 2 + (x * y) % 3) % 2 == 0,
    lambda x, y: ((x + y) % 2 + (x * y) % 3) % 2 == 0,
]


class _Matrix:
    def __init__(self, version):
        self.v = version
        self.n = 17 + 4 * version
        self.m = [[0] * self.n for _ in range(self.n)]
        self.f = [[False] * self.n for _ in range(self.n)]

    def setf(self, x, y, dark):
        self.m[y][x] = 1 if dark else 0
        self.f[y][x] = True

    def draw_function(self):
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
        al = _ALIGN[self.v]
        for i, a in enumerate(al):
            for j, b in enumerate(al):
                if (i == 0 and j == 0) or (i == 0 and j == len(al) - 1) or (i == len(al) - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0)
        if self.v >= 7:
            bits = _bch_version(self.v)
            for i in range(18):
                bit = (bits >> i) & 1
                a = n - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, mask):
        n = self.n
        bits = _bch_format((EC_M_BITS << 3) | mask)
        g = lambda i: (bits >> i) & 1
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

    def place(self, codewords):
        n = self.n
        bits = []
        for c in codewords:
            for i in range(7, -1, -1):
                bits.append((c >> i) & 1)
        bits += [0] * _REMAINDER[self.v]
        i = 0
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.f[y][x] and i < len(bits):
                        self.m[y][x] = bits[i]
                        i += 1
            right -= 2
        assert i == len(bits)

    def apply_mask(self, mask):
        fn = MASKS[mask]
        for y in range(self.n):
            for x in range(self.n):
                if not self.f[y][x] and fn(x, y):
                    self.m[y][x] ^= 1

    def penalty(self):
        n, m = self.n, self.m
        score = 0
        for rows in (m, [list(c) for c in zip(*m)]):
            for row in rows:
                run = 1
                for i in range(1, n):
                    if row[i] == row[i - 1]:
                        run += 1
                    else:
                        if run >= 5:
                            score += run - 2
                        run = 1
                if run >= 5:
                    score += run - 2
                s = "".join(map(str, row))
                score += 40 * (s.count("10111010000") + s.count("00001011101"))
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    score += 3
        dark = sum(map(sum, m))
        k = abs(dark * 20 - n * n * 10) // (n * n)
        score += k * 10
        return score


def make_matrix(text):
    payload = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    version = None
    for v in range(1, 11):
        overhead = 4 + (8 if v < 10 else 16)
        if overhead + 8 * len(payload) <= _data_capacity(v) * 8:
            version = v
            break
    if version is None:
        raise ValueError("payload too long for versions 1-10 at level M")
    cw = _interleave(_encode_data(payload, version), version)
    best = None
    for mask in range(8):
        mx = _Matrix(version)
        mx.draw_function()
        mx.place(cw)
        mx.apply_mask(mask)
        mx.draw_format(mask)
        p = mx.penalty()
        if best is None or p < best[0]:
            best = (p, mask, mx)
    return best[2].m, version, best[1]


def to_png(text, scale=6, border=4):
    m, _, _ = make_matrix(text)
    n = len(m)
    size = (n + 2 * border) * scale
    rows = []
    for py in range(size):
        my = py // scale - border
        row = []
        for px in range(size):
            mxx = px // scale - border
            dark = 0 <= mxx < n and 0 <= my < n and m[my][mxx]
            row.append(0 if dark else 255)
        rows.append(row)
    return png.write_gray(rows)

