"""Minimal QR Code encoder (byte mode, versions 1-10, EC levels L/M/Q/H).

Written from the ISO/IEC 18004 structure; stdlib only.  encode(text) returns a
matrix (list of lists of bool, True = dark).  decode_matrix() is an independent
reader used by the self-check in build.py.
"""

# --- GF(256) arithmetic (primitive polynomial 0x11d) ----------------------
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


def rs_generator(n):
    g = [1]
    for i in range(n):
        # multiply g by (x - a^i)
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= gmul(c, EXP[i])
        g = ng
    return g


def rs_remainder(data, n):
    gen = rs_generator(n)
    buf = list(data) + [0] * n
    for i in range(len(data)):
        coef = buf[i]
        if coef:
            for j in range(1, len(gen)):
                buf[i + j] ^= gmul(gen[j], coef)
    return buf[len(data):]


# --- version tables --------------------------------------------------------
# (ec codewords per block, [(block count, data codewords per block), ...])
EC_TABLE = {
    1: {'L': (7, [(1, 19)]), 'M': (10, [(1, 16)]), 'Q': (13, [(1, 13)]), 'H': (17, [(1, 9)])},
    2: {'L': (10, [(1, 34)]), 'M': (16, [(1, 28)]), 'Q': (22, [(1, 22)]), 'H': (28, [(1, 16)])},
    3: {'L': (15, [(1, 55)]), 'M': (26, [(1, 44)]), 'Q': (18, [(2, 17)]), 'H': (22, [(2, 13)])},
    4: {'L': (20, [(1, 80)]), 'M': (18, [(2, 32)]), 'Q': (26, [(2, 24)]), 'H': (16, [(4, 9)])},
    5: {'L': (26, [(1, 108)]), 'M': (24, [(2, 43)]), 'Q': (18, [(2, 15), (2, 16)]), 'H': (22, [(2, 11), (2, 12)])},
    6: {'L': (18, [(2, 68)]), 'M': (16, [(4, 27)]), 'Q': (24, [(4, 19)]), 'H': (28, [(4, 15)])},
    7: {'L': (20, [(2, 78)]), 'M': (18, [(4, 31)]), 'Q': (18, [(2, 14), (4, 15)]), 'H': (26, [(4, 13), (1, 14)])},
    8: {'L': (24, [(2, 97)]), 'M': (22, [(2, 38), (2, 39)]), 'Q': (22, [(4, 18), (2, 19)]), 'H': (26, [(4, 14), (2, 15)])},
    9: {'L': (30, [(2, 116)]), 'M': (22, [(3, 36), (2, 37)]), 'Q': (20, [(4, 16), (4, 17)]), 'H': (24, [(4, 12), (4, 13)])},
    10: {'L': (18, [(2, 68), (2, 69)]), 'M': (26, [(4, 43), (1, 44)]), 'Q': (24, [(6, 19), (2, 20)]), 'H': (28, [(6, 15), (2, 16)])},
}
TOTAL_CW = {1: 26, 2: 44, 3: 70, 4: 100, 5: 134, 6: 172, 7: 196, 8: 242, 9: 292, 10: 346}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
         7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
FMT_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}

for _v, _d in EC_TABLE.items():
    for _l, (_ec, _groups) in _d.items():
        assert sum(n * (k + _ec) for n, k in _groups) == TOTAL_CW[_v], (_v, _l)


def data_capacity(version, level):
    ec, groups = EC_TABLE[version][level]
    return sum(n * k for n, k in groups)


def format_bits(level, mask):
    data = FMT_BITS[level] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(version):
    rem = version
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return version << 12 | rem


class _Grid:
    def __init__(self, version):
        self.v = version
        self.n = 17 + 4 * version
        self.m = [[False] * self.n for _ in range(self.n)]
        self.fn = [[False] * self.n for _ in range(self.n)]

    def setf(self, x, y, dark):
        self.m[y][x] = bool(dark)
        self.fn[y][x] = True

    def draw_function_patterns(self):
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
        pos = ALIGN[self.v]
        for i, a in enumerate(pos):
            for j, b in enumerate(pos):
                if (i == 0 and j == 0) or (i == 0 and j == len(pos) - 1) or (i == len(pos) - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format('M', 0)  # reserve
        if self.v >= 7:
            bits = version_bits(self.v)
            for i in range(18):
                bit = (bits >> i) & 1
                a = n - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, level, mask):
        bits = format_bits(level, mask)
        n = self.n
        g = lambda i: (bits >> i) & 1
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

    def draw_codewords(self, data):
        n = self.n
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
                    if not self.fn[y][x] and i < len(data) * 8:
                        self.m[y][x] = bool((data[i >> 3] >> (7 - (i & 7))) & 1)
                        i += 1
            right -= 2
        assert i == len(data) * 8

    def apply_mask(self, mask):
        for y in range(self.n):
            for x in range(self.n):
                if self.fn[y][x]:
                    continue
                if MASKS[mask](x, y):
                    self.m[y][x] = not self.m[y][x]


MASKS = [
    lambda x, y: (x + y) % 2 == 0,
    lambda x, y: y % 2 == 0,
    lambda x, y: x % 3 == 0,
    lambda x, y: (x + y) % 3 == 0,
    lambda x, y: (x // 3 + y // 2) % 2 == 0,
    lambda x, y: x * y % 2 + x * y % 3 == 0,
    lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
]


def _penalty(m):
    n = len(m)
    score = 0
    # rule 1: runs of 5+ same colour in rows/cols
    for lines in (m, [list(c) for c in zip(*m)]):
        for row in lines:
            run = 1
            for i in range(1, n):
                if row[i] == row[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        score += 3 + run - 5
                    run = 1
            if run >= 5:
                score += 3 + run - 5
            # rule 3: finder-like pattern
            s = ''.join('1' if c else '0' for c in row)
            for pat in ('10111010000', '00001011101'):
                start = s.find(pat)
                while start != -1:
                    score += 40
                    start = s.find(pat, start + 1)
    # rule 2: 2x2 blocks
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                score += 3
    # rule 4: balance
    dark = sum(sum(1 for c in row if c) for row in m)
    k = abs(dark * 20 - n * n * 10) // (n * n)
    score += k * 10
    return score


def _bits_to_codewords(text_bytes, version, level):
    cap = data_capacity(version, level)
    bits = []

    def put(val, length):
        for i in range(length - 1, -1, -1):
            bits.append((val >> i) & 1)

    put(0b0100, 4)
    put(len(text_bytes), 8 if version <= 9 else 16)
    for b in text_bytes:
        put(b, 8)
    if len(bits) > cap * 8:
        return None
    put(0, min(4, cap * 8 - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    cws = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    i = 0
    while len(cws) < cap:
        cws.append(pad[i % 2])
        i += 1
    return cws


def _interleave(cws, version, level):
    ec, groups = EC_TABLE[version][level]
    blocks = []
    k = 0
    for count, size in groups:
        for _ in range(count):
            d = cws[k:k + size]
            k += size
            blocks.append((d, rs_remainder(d, ec)))
    out = []
    maxd = max(len(d) for d, _ in blocks)
    for i in range(maxd):
        for d, _ in blocks:
            if i < len(d):
                out.append(d[i])
    for i in range(ec):
        for _, e in blocks:
            out.append(e[i])
    assert len(out) == TOTAL_CW[version]
    return out


def encode(text, level='M', min_version=1, mask=None):
    data = text.encode('utf-8') if isinstance(text, str) else bytes(text)
    for v in range(min_version, 11):
        cws = _bits_to_codewords(data, v, level)
        if cws is not None:
            break
    else:
        raise ValueError('data too long for version 10')
    allcw = _interleave(cws, v, level)
    best = None
    for mk in (range(8) if mask is None else [mask]):
        g = _Grid(v)
        g.draw_function_patterns()
        g.draw_codewords(allcw)
        g.apply_mask(mk)
        g.draw_format(level, mk)
        p = _penalty(g.m)
        if best is None or p < best[0]:
            best = (p, g)
    return best[1].m


# --- independent reader for self-checks -------------------------------------

def _function_map(version):
    n = 17 + 4 * version
    f = [[False] * n for _ in range(n)]
    for y in range(9):
        for x in range(9):
            f[y][x] = True
    for y in range(9):
        for x in range(n - 8, n):
            f[y][x] = True
    for y in range(n - 8, n):
        for x in range(9):
            f[y][x] = True
    for i in range(n):
        f[6][i] = True
        f[i][6] = True
    pos = ALIGN[version]
    last = len(pos) - 1
    for i, a in enumerate(pos):
        for j, b in enumerate(pos):
            if (i, j) in ((0, 0), (0, last), (last, 0)):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    f[b + dy][a + dx] = True
    if version >= 7:
        for i in range(6):
            for j in range(n - 11, n - 8):
                f[i][j] = True
                f[j][i] = True
    return f


def decode_matrix(m):
    """Return the byte payload of a QR matrix or raise ValueError."""
    n = len(m)
    version = (n - 17) // 4
    if 17 + 4 * version != n or not 1 <= version <= 10:
        raise ValueError('unsupported size %d' % n)
    # format bits from copy 1 (read around the top-left finder)
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    raw = 0
    for i, (x, y) in enumerate(coords):
        if m[y][x]:
            raw |= 1 << i
    best = None
    for lv in 'LMQH':
        for mk in range(8):
            d = bin(format_bits(lv, mk) ^ raw).count('1')
            if best is None or d < best[0]:
                best = (d, lv, mk)
    if best[0] > 3:
        raise ValueError('format unreadable')
    _, level, mask = best
    f = _function_map(version)
    bits = []
    x = n - 1
    upward = True
    while x > 0:
        if x == 6:
            x -= 1
        rows = range(n - 1, -1, -1) if upward else range(n)
        for y in rows:
            for xx in (x, x - 1):
                if not f[y][xx]:
                    b = m[y][xx]
                    if MASKS[mask](xx, y):
                        b = not b
                    bits.append(1 if b else 0)
        upward = not upward
        x -= 2
    total = TOTAL_CW[version]
    cw = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(total)]
    ec, groups = EC_TABLE[version][level]
    sizes = [s for c, s in groups for _ in range(c)]
    nb = len(sizes)
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(max(sizes)):
        for b in range(nb):
            if i < sizes[b]:
                blocks[b].append(cw[k])
                k += 1
    ecb = [[] for _ in range(nb)]
    for i in range(ec):
        for b in range(nb):
            ecb[b].append(cw[k])
            k += 1
    data = []
    for b in range(nb):
        full = blocks[b] + ecb[b]
        # syndromes must be zero for an error-free block
        for i in range(ec):
            s = 0
            for c in full:
                s = gmul(s, EXP[i]) ^ c
            if s != 0:
                raise ValueError('RS syndrome non-zero in block %d' % b)
        data += blocks[b]
    bitstr = ''.join(format(c, '08b') for c in data)
    if bitstr[:4] != '0100':
        raise ValueError('not byte mode')
    cl = 8 if version <= 9 else 16
    ln = int(bitstr[4:4 + cl], 2)
    start = 4 + cl
    return bytes(int(bitstr[start + 8 * i:start + 8 * i + 8], 2) for i in range(ln))
