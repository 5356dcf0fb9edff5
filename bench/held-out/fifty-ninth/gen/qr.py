"""Minimal QR Code encoder (ISO/IEC 18004), byte mode, versions 1-10,
all four error-correction levels, automatic mask selection by penalty score.
Returns a square matrix of booleans (True = dark)."""

_ECC_PER_BLOCK = {  # level -> codewords per block, index = version
    'L': [None, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
    'M': [None, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
    'Q': [None, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24],
    'H': [None, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28],
}
_NUM_BLOCKS = {
    'L': [None, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    'M': [None, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
    'Q': [None, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8],
    'H': [None, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8],
}
_FORMAT_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def _rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = _gf_mul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = _gf_mul(root, 0x02)
    return res


def _rs_remainder(data, divisor):
    res = [0] * len(divisor)
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, coef in enumerate(divisor):
            res[i] ^= _gf_mul(coef, factor)
    return res


def _alignment_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 4 + na * 2 + 1) // (na * 2 - 2) * 2
    res = [6]
    pos = size - 7
    while len(res) < na:
        res.insert(1, pos)
        pos -= step
    return res


class _QR:
    def __init__(self, ver, ecl):
        self.ver, self.ecl = ver, ecl
        self.size = ver * 4 + 17
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.fn[y][x] = True

    def draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        self.setf(x, y, max(abs(dx), abs(dy)) not in (2, 4))
        al = _alignment_positions(self.ver)
        na = len(al)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0)
        self.draw_version()

    def draw_format(self, mask):
        data = _FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1 != 0
        n = self.size
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

    def draw_version(self):
        if self.ver < 7:
            return
        rem = self.ver
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = self.ver << 12 | rem
        n = self.size
        for i in range(18):
            bit = (bits >> i) & 1 != 0
            a, b = n - 11 + i % 3, i // 3
            self.setf(a, b, bit)
            self.setf(b, a, bit)

    def draw_codewords(self, data):
        n = self.size
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
                        self.mod[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 != 0
                        i += 1
            right -= 2

    def apply_mask(self, mask):
        f = [
            lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
        ][mask]
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.fn[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def penalty(self):
        n, m = self.size, self.mod
        score = 0
        lines = [row for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run, prev = 0, None
            for v in line:
                if v == prev:
                    run += 1
                else:
                    if run >= 5:
                        score += 3 + run - 5
                    run, prev = 1, v
            if run >= 5:
                score += 3 + run - 5
            s = ''.join('1' if v else '0' for v in line)
            for pat in ('10111010000', '00001011101'):
                idx = s.find(pat)
                while idx != -1:
                    score += 40
                    idx = s.find(pat, idx + 1)
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    score += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        score += max(k, 0) * 10
        return score


def encode(text, ecl='M'):
    data = text.encode('utf-8') if isinstance(text, str) else bytes(text)
    for ver in range(1, 11):
        ccbits = 8 if ver < 10 else 16
        need = 4 + ccbits + 8 * len(data)
        cap = _data_codewords(ver, ecl) * 8
        if need <= cap:
            break
    else:
        raise ValueError('data too long for version 10')
    bits = []

    def put(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), ccbits)
    for b in data:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    put(0, (8 - len(bits) % 8) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]

    nb = _NUM_BLOCKS[ecl][ver]
    eccl = _ECC_PER_BLOCK[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(eccl)
    blocks = []
    k = 0
    for i in range(nb):
        dl = shortlen - eccl + (0 if i < nshort else 1)
        dat = cw[k:k + dl]
        k += dl
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    out = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - eccl or j >= nshort:
                out.append(blk[i])
    assert len(out) == raw

    best = None
    for mask in range(8):
        q = _QR(ver, ecl)
        q.draw_function_patterns()
        q.draw_codewords(out)
        q.apply_mask(mask)
        q.draw_format(mask)
        p = q.penalty()
        if best is None or p < best[0]:
            best = (p, q)
    return best[1].mod


def to_png(text, scale=6, border=4, ecl='M'):
    from media import png_gray
    mat = encode(text, ecl)
    n = len(mat)
    w = (n + 2 * border) * scale
    rows = []
    for y in range(-border, n + border):
        row = bytearray()
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and mat[y][x]
            row += bytes([0 if dark else 255]) * scale
        for _ in range(scale):
            rows.append(bytes(row))
    return png_gray(w, w, rows)
