"""QR Code encoder (byte mode, ECC level L/M, versions 1-10), written from the
ISO/IEC 18004 algorithm. Output: boolean matrix, rendered to PNG by png.py."""

ECC_PER_BLOCK = {
    'L': [None, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
    'M': [None, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
}
NUM_BLOCKS = {
    'L': [None, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    'M': [None, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
}
FORMAT_BITS = {'L': 1, 'M': 0}


def _raw_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        result -= (25 * na - 10) * na - 55
        if ver >= 7:
            result -= 36
    return result


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = _gf_mul(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = _gf_mul(root, 0x02)
    return result


def _rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= _gf_mul(coef, factor)
    return result


class QR:
    def __init__(self, data, ecl='M', mask=None):
        if isinstance(data, str):
            data = data.encode('utf-8')
        self.ecl = ecl
        for ver in range(1, 11):
            ccbits = 8 if ver < 10 else 16
            need = 4 + ccbits + 8 * len(data)
            if need <= _data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError('data too long')
        self.ver = ver
        self.size = ver * 4 + 17
        cap = _data_codewords(ver, ecl) * 8
        bits = []

        def app(val, n):
            for i in reversed(range(n)):
                bits.append((val >> i) & 1)
        app(4, 4)
        app(len(data), ccbits)
        for b in data:
            app(b, 8)
        app(0, min(4, cap - len(bits)))
        app(0, (8 - len(bits) % 8) % 8)
        pad = 0xEC
        while len(bits) < cap:
            app(pad, 8)
            pad ^= 0xEC ^ 0x11
        codewords = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        allcw = self._add_ecc(codewords)
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fun = [[False] * n for _ in range(n)]
        self._draw_function_patterns()
        self._draw_codewords(allcw)
        if mask is None:
            best = None
            for m in range(8):
                self._apply_mask(m)
                self._draw_format(m)
                p = self._penalty()
                if best is None or p < best[0]:
                    best = (p, m)
                self._apply_mask(m)
            mask = best[1]
        self._apply_mask(mask)
        self._draw_format(mask)
        self.mask = mask

    def _set_f(self, x, y, dark):
        self.mod[y][x] = dark
        self.fun[y][x] = True

    def _draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self._set_f(6, i, i % 2 == 0)
            self._set_f(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self._set_f(x, y, d not in (2, 4))
        pos = self._align_positions()
        na = len(pos)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set_f(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.ver << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self._set_f(a, b, bit)
                self._set_f(b, a, bit)

    def _align_positions(self):
        if self.ver == 1:
            return []
        na = self.ver // 7 + 2
        step = (self.ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
        res = [self.size - 7 - i * step for i in range(na - 1)] + [6]
        return list(reversed(res))

    def _draw_format(self, mask):
        data = FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1 == 1
        n = self.size
        for i in range(0, 6):
            self._set_f(8, i, g(i))
        self._set_f(8, 7, g(6))
        self._set_f(8, 8, g(7))
        self._set_f(7, 8, g(8))
        for i in range(9, 15):
            self._set_f(14 - i, 8, g(i))
        for i in range(0, 8):
            self._set_f(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self._set_f(8, n - 15 + i, g(i))
        self._set_f(8, n - 8, True)

    def _add_ecc(self, data):
        ver, ecl = self.ver, self.ecl
        nb = NUM_BLOCKS[ecl][ver]
        eclen = ECC_PER_BLOCK[ecl][ver]
        raw = _raw_modules(ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = _rs_divisor(eclen)
        blocks = []
        k = 0
        for i in range(nb):
            dat = data[k:k + shortlen - eclen + (0 if i < nshort else 1)]
            k += len(dat)
            ecc = _rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        result = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - eclen or j >= nshort:
                    result.append(blk[i])
        return result

    def _draw_codewords(self, data):
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
                    y = (n - 1 - vert) if upward else vert
                    if not self.fun[y][x] and i < len(data) * 8:
                        self.mod[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def _apply_mask(self, m):
        f = [lambda x, y: (x + y) % 2 == 0,
             lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0,
             lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][m]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fun[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        m = self.mod
        p = 0
        for grid in (m, [list(c) for c in zip(*m)]):
            for row in grid:
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
        dark = sum(v for row in m for v in row)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        p += max(0, k) * 10
        return p


def qr_png(data, scale=6, ecl='M'):
    from png import matrix_png
    q = QR(data, ecl)
    return matrix_png(q.mod, scale=scale)
