"""Small QR code encoder (byte mode, ECC level M, versions 1-10) -> PNG."""
from util import png

_ECC_M = [None, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26]
_BLK_M = [None, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5]

def _raw_modules(v):
    r = (16 * v + 128) * v + 64
    if v >= 2:
        n = v // 7 + 2
        r -= (25 * n - 10) * n - 55
        if v >= 7:
            r -= 36
    return r

def _data_capacity(v):
    return _raw_modules(v) // 8 - _ECC_M[v] * _BLK_M[v]

def _gmul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z

def _rs_divisor(deg):
    res = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(deg):
            res[j] = _gmul(res[j], root)
            if j + 1 < deg:
                res[j] ^= res[j + 1]
        root = _gmul(root, 2)
    return res

def _rs_rem(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gmul(c, f)
    return res

_MASKS = [
    lambda x, y: (x + y) % 2 == 0,
    lambda x, y: y % 2 == 0,
    lambda x, y: x % 3 == 0,
    lambda x, y: (x + y) % 3 == 0,
    lambda x, y: (x // 3 + y // 2) % 2 == 0,
    lambda x, y: x * y % 2 + x * y % 3 == 0,
    lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
]

class QR:
    def __init__(self, text):
        data = text.encode('utf-8')
        for v in range(1, 11):
            cbits = 8 if v <= 9 else 16
            if 4 + cbits + 8 * len(data) <= _data_capacity(v) * 8:
                break
        else:
            raise ValueError('too long for v10')
        self.v, self.size = v, v * 4 + 17
        bits = [0, 1, 0, 0] + [(len(data) >> i) & 1 for i in reversed(range(cbits))]
        for b in data:
            bits += [(b >> i) & 1 for i in reversed(range(8))]
        cap = _data_capacity(v) * 8
        bits += [0] * min(4, cap - len(bits))
        bits += [0] * (-len(bits) % 8)
        cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        pad = 0xEC
        while len(cw) < cap // 8:
            cw.append(pad)
            pad ^= 0xEC ^ 0x11
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.f = [[False] * n for _ in range(n)]
        self._function_patterns()
        self._draw(self._interleave(cw))
        best = None
        for mask in range(8):
            self._mask(mask)
            self._format(mask)
            p = self._penalty()
            if best is None or p < best[0]:
                best = (p, mask)
            self._mask(mask)
        self._mask(best[1])
        self._format(best[1])
        self.mask = best[1]

    def _set(self, x, y, d):
        self.m[y][x] = d
        self.f[y][x] = True

    def _function_patterns(self):
        n = self.size
        for i in range(n):
            self._set(6, i, i % 2 == 0)
            self._set(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        self._set(x, y, max(abs(dx), abs(dy)) not in (2, 4))
        pos = self._align_pos()
        k = len(pos)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._format(0)
        if self.v >= 7:
            rem = self.v
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            b = self.v << 12 | rem
            for i in range(18):
                bit = (b >> i) & 1 == 1
                a, c = n - 11 + i % 3, i // 3
                self._set(a, c, bit)
                self._set(c, a, bit)

    def _align_pos(self):
        v = self.v
        if v == 1:
            return []
        k = v // 7 + 2
        step = (v * 8 + k * 3 + 5) // (k * 4 - 4) * 2
        return list(reversed([self.size - 7 - i * step for i in range(k - 1)] + [6]))

    def _format(self, mask):
        data = (0 << 3) | mask  # ECC M = 00
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        b = (data << 10 | rem) ^ 0x5412
        g = lambda i: (b >> i) & 1 == 1
        n = self.size
        for i in range(6):
            self._set(8, i, g(i))
        self._set(8, 7, g(6))
        self._set(8, 8, g(7))
        self._set(7, 8, g(8))
        for i in range(9, 15):
            self._set(14 - i, 8, g(i))
        for i in range(8):
            self._set(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self._set(8, n - 15 + i, g(i))
        self._set(8, n - 8, True)

    def _interleave(self, data):
        v = self.v
        nb, el = _BLK_M[v], _ECC_M[v]
        raw = _raw_modules(v) // 8
        nshort = nb - raw % nb
        slen = raw // nb
        div = _rs_divisor(el)
        blocks, k = [], 0
        for i in range(nb):
            dat = data[k:k + slen - el + (0 if i < nshort else 1)]
            k += len(dat)
            ecc = _rs_rem(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != slen - el or j >= nshort:
                    out.append(blk[i])
        return out

    def _draw(self, data):
        n, i = self.size, 0
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    up = ((right + 1) & 2) == 0
                    y = n - 1 - vert if up else vert
                    if not self.f[y][x] and i < len(data) * 8:
                        self.m[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def _mask(self, mask):
        fn = _MASKS[mask]
        for y in range(self.size):
            for x in range(self.size):
                if not self.f[y][x] and fn(x, y):
                    self.m[y][x] = not self.m[y][x]

    def _penalty(self):
        n, m, p = self.size, self.m, 0
        for grid in (m, [list(r) for r in zip(*m)]):
            for row in grid:
                run, prev = 0, None
                for c in row:
                    if c == prev:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run, prev = 1, c
                if run >= 5:
                    p += run - 2
                s = ''.join('1' if c else '0' for c in row)
                p += 40 * (s.count('10111010000') + s.count('00001011101'))
        for y in range(n - 1):
            for x in range(n - 1):
                if m[y][x] == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in m)
        p += (abs(dark * 20 - n * n * 10) + n * n - 1) // (n * n) * 10 - 10
        return p

    def rows(self, quiet=4):
        n = self.size
        blank = [0] * (n + 2 * quiet)
        return [blank] * quiet + [[0] * quiet + [1 if c else 0 for c in r] + [0] * quiet for r in self.m] + [blank] * quiet

def qr_png(text, scale=5):
    return png(QR(text).rows(), scale)
