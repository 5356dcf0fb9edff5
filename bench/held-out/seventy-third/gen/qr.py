"""QR Code Model 2 encoder (ISO/IEC 18004), byte mode, versions 1-40, pure stdlib.

Follows the standard construction: Reed-Solomon over GF(256)/0x11D, block interleaving,
function patterns, zig-zag codeword placement, eight masks with penalty selection.
"""
from png import matrix_png

ECL = {"L": 0, "M": 1, "Q": 2, "H": 3}
ECL_FORMAT = {"L": 1, "M": 0, "Q": 3, "H": 2}

ECC_PER_BLOCK = [
    [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
]
NUM_BLOCKS = [
    [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
]


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    e = ECL[ecl]
    return raw_modules(ver) // 8 - ECC_PER_BLOCK[e][ver] * NUM_BLOCKS[e][ver]


# ---------------------------------------------------------------- GF(256)

def _gmul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = _gmul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = _gmul(root, 0x02)
    return res


def rs_remainder(data, divisor):
    res = [0] * len(divisor)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, coef in enumerate(divisor):
            res[i] ^= _gmul(coef, f)
    return res


# ---------------------------------------------------------------- encoding

def _bits_append(bits, val, n):
    for i in range(n - 1, -1, -1):
        bits.append((val >> i) & 1)


def encode_data(data, ecl="M", minver=1):
    for ver in range(minver, 41):
        ccbits = 8 if ver <= 9 else 16
        need = 4 + ccbits + 8 * len(data)
        cap = data_codewords(ver, ecl) * 8
        if need <= cap:
            break
    else:
        raise ValueError("data too long")
    bits = []
    _bits_append(bits, 0b0100, 4)
    _bits_append(bits, len(data), ccbits)
    for b in data:
        _bits_append(bits, b, 8)
    bits += [0] * min(4, cap - len(bits))
    bits += [0] * ((8 - len(bits) % 8) % 8)
    pad = 0xEC
    while len(bits) < cap:
        _bits_append(bits, pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    return ver, cw


def add_ecc_interleave(cw, ver, ecl):
    e = ECL[ecl]
    nblocks = NUM_BLOCKS[e][ver]
    ecclen = ECC_PER_BLOCK[e][ver]
    rawcw = raw_modules(ver) // 8
    nshort = nblocks - rawcw % nblocks
    shortlen = rawcw // nblocks
    div = rs_divisor(ecclen)
    blocks = []
    k = 0
    for i in range(nblocks):
        dlen = shortlen - ecclen + (0 if i < nshort else 1)
        dat = cw[k:k + dlen]
        k += dlen
        ecc = rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [None]
        blocks.append(dat + ecc)
    assert k == len(cw)
    out = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if blk[i] is not None:
                out.append(blk[i])
    assert len(out) == rawcw
    return out


def align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(res))


class QR:
    def __init__(self, data, ecl="M", mask=None, minver=1):
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.data = data
        self.ecl = ecl
        self.ver, cw = encode_data(data, ecl, minver)
        self.size = self.ver * 4 + 17
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.f = [[False] * n for _ in range(n)]
        self._function_patterns()
        allcw = add_ecc_interleave(cw, self.ver, ecl)
        self._draw_codewords(allcw)
        if mask is None:
            best = None
            for msk in range(8):
                self._apply_mask(msk)
                self._format_bits(msk)
                p = self._penalty()
                if best is None or p < best[0]:
                    best = (p, msk)
                self._apply_mask(msk)
            mask = best[1]
        self._apply_mask(mask)
        self._format_bits(mask)
        self.mask = mask

    def _set(self, x, y, dark):
        self.m[y][x] = dark
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
                        d = max(abs(dx), abs(dy))
                        self._set(x, y, d not in (2, 4))
        pos = align_positions(self.ver)
        k = len(pos)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._format_bits(0)
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.ver << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self._set(a, b, bit)
                self._set(b, a, bit)

    def _format_bits(self, mask):
        data = ECL_FORMAT[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        self.format_word = bits
        n = self.size
        g = lambda i: (bits >> i) & 1 == 1
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

    def _draw_codewords(self, cw):
        n = self.size
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
                        self.m[y][x] = ((cw[i >> 3] >> (7 - (i & 7))) & 1) == 1
                        i += 1
            right -= 2
        assert i == total

    @staticmethod
    def mask_fn(msk, x, y):
        return [
            (x + y) % 2 == 0,
            y % 2 == 0,
            x % 3 == 0,
            (x + y) % 3 == 0,
            (x // 3 + y // 2) % 2 == 0,
            x * y % 2 + x * y % 3 == 0,
            (x * y % 2 + x * y % 3) % 2 == 0,
            ((x + y) % 2 + x * y % 3) % 2 == 0,
        ][msk]

    def _apply_mask(self, msk):
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.f[y][x] and self.mask_fn(msk, x, y):
                    self.m[y][x] = not self.m[y][x]

    def _penalty(self):
        n = self.size
        m = self.m
        p = 0
        lines = [m[y] for y in range(n)] + [[m[y][x] for y in range(n)] for x in range(n)]
        pat1 = [True, False, True, True, True, False, True, False, False, False, False]
        pat2 = list(reversed(pat1))
        for ln in lines:
            run = 1
            for i in range(1, n):
                if ln[i] == ln[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
                    run = 1
            if run >= 5:
                p += run - 2
            ext = [False] * 4 + list(ln) + [False] * 4
            for i in range(len(ext) - 10):
                seg = ext[i:i + 11]
                if seg == pat1 or seg == pat2:
                    p += 40
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        p += k * 10
        return p

    def png(self, scale=8, quiet=4):
        return matrix_png(self.m, scale, quiet)


def qr_png(text, ecl="M", scale=8):
    return QR(text, ecl).png(scale=scale)
