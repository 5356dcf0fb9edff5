"""Minimal QR Code encoder (ISO/IEC 18004), byte mode, versions 1-10.

Stdlib only.  encode(text) -> list of rows of bools (True = dark).
"""

# (ec codewords per block, [(number of blocks, data codewords per block), ...])
_EC = {
    'L': {1: (7, [(1, 19)]), 2: (10, [(1, 34)]), 3: (15, [(1, 55)]), 4: (20, [(1, 80)]),
          5: (26, [(1, 108)]), 6: (18, [(2, 68)]), 7: (20, [(2, 78)]), 8: (24, [(2, 97)]),
          9: (30, [(2, 116)]), 10: (18, [(2, 68), (2, 69)])},
    'M': {1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]), 4: (18, [(2, 32)]),
          5: (24, [(2, 43)]), 6: (16, [(4, 27)]), 7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]),
          9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)])},
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
_REMAINDER = {1: 0, 2: 7, 3: 7, 4: 7, 5: 7, 6: 7, 7: 0, 8: 0, 9: 0, 10: 0}
_ECL_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}

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


def _gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def _rs_generator(n):
    g = [1]
    for i in range(n):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= _gmul(c, _EXP[i])
        g = ng
    return g


def rs_remainder(data, n):
    gen = _rs_generator(n)
    rem = list(data) + [0] * n
    for i in range(len(data)):
        coef = rem[i]
        if coef:
            for j in range(1, len(gen)):
                rem[i + j] ^= _gmul(gen[j], coef)
    return rem[len(data):]


def _capacity(version, ecl):
    return sum(nb * dc for nb, dc in _EC[ecl][version][1])


def _choose_version(nbytes, ecl):
    for v in range(1, 11):
        cbits = 8 if v < 10 else 16
        if 4 + cbits + 8 * nbytes <= _capacity(v, ecl) * 8:
            return v
    raise ValueError('data too long for QR versions 1-10')


def _codewords(data, version, ecl):
    cap = _capacity(version, ecl)
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), 8 if version < 10 else 16)
    for b in data:
        put(b, 8)
    put(0, min(4, cap * 8 - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    k = 0
    while len(cw) < cap:
        cw.append(pad[k % 2])
        k += 1
    # split into blocks, compute EC, interleave
    necc, groups = _EC[ecl][version]
    blocks, pos = [], 0
    for nb, dc in groups:
        for _ in range(nb):
            blocks.append(cw[pos:pos + dc])
            pos += dc
    eccs = [rs_remainder(b, necc) for b in blocks]
    out = []
    for i in range(max(len(b) for b in blocks)):
        for b in blocks:
            if i < len(b):
                out.append(b[i])
    for i in range(necc):
        for e in eccs:
            out.append(e[i])
    return out


class _Matrix:
    def __init__(self, version):
        self.v = version
        self.n = 17 + 4 * version
        self.m = [[False] * self.n for _ in range(self.n)]
        self.f = [[False] * self.n for _ in range(self.n)]

    def setf(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def function_patterns(self):
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
        for i, ax in enumerate(al):
            for j, ay in enumerate(al):
                if (i == 0 and j == 0) or (i == 0 and j == len(al) - 1) or (i == len(al) - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(ax + dx, ay + dy, max(abs(dx), abs(dy)) != 1)
        self.format_bits('M', 0)  # reserve
        if self.v >= 7:
            rem = self.v
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.v << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a, b = n - 11 + i % 3, i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def format_bits(self, ecl, mask):
        data = _ECL_BITS[ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        n = self.n
        g = lambda i: (bits >> i) & 1 == 1
        for i in range(0, 6):
            self.setf(8, i, g(i))
        self.setf(8, 7, g(6))
        self.setf(8, 8, g(7))
        self.setf(7, 8, g(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, g(i))
        for i in range(0, 8):
            self.setf(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.setf(8, n - 15 + i, g(i))
        self.setf(8, n - 8, True)
        return bits

    def place(self, cws):
        n, i = self.n, 0
        total = len(cws) * 8
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.f[y][x] and i < total:
                        self.m[y][x] = (cws[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def apply_mask(self, mask):
        n = self.n
        for y in range(n):
            for x in range(n):
                if self.f[y][x]:
                    continue
                if mask == 0: inv = (x + y) % 2 == 0
                elif mask == 1: inv = y % 2 == 0
                elif mask == 2: inv = x % 3 == 0
                elif mask == 3: inv = (x + y) % 3 == 0
                elif mask == 4: inv = (x // 3 + y // 2) % 2 == 0
                elif mask == 5: inv = x * y % 2 + x * y % 3 == 0
                elif mask == 6: inv = (x * y % 2 + x * y % 3) % 2 == 0
                else: inv = ((x + y) % 2 + x * y % 3) % 2 == 0
                if inv:
                    self.m[y][x] = not self.m[y][x]

    def penalty(self):
        n, m, p = self.n, self.m, 0
        lines = [row for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
        pat1 = [True, False, True, True, True, False, True, False, False, False, False]
        pat2 = pat1[::-1]
        for line in lines:
            run, prev = 0, None
            for c in line:
                if c == prev:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run, prev = 1, c
            if run >= 5:
                p += 3 + run - 5
            for i in range(n - 10):
                seg = line[i:i + 11]
                if seg == pat1 or seg == pat2:
                    p += 40
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for c in row if c) for row in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        p += k * 10
        return p


def encode(text, ecl='M'):
    data = text.encode('utf-8') if isinstance(text, str) else bytes(text)
    version = _choose_version(len(data), ecl)
    cws = _codewords(data, version, ecl)
    best = None
    for mask in range(8):
        q = _Matrix(version)
        q.function_patterns()
        q.place(cws)
        q.apply_mask(mask)
        q.format_bits(ecl, mask)
        pen = q.penalty()
        if best is None or pen < best[0]:
            best = (pen, q)
    return best[1].m


def format_string(ecl, mask):
    """Format information bits (for self-test against the standard table)."""
    q = _Matrix(1)
    return q.format_bits(ecl, mask)
