"""Minimal QR Code encoder (byte mode, versions 1-40, EC levels L/M/Q/H) and
PNG writer. Standard library only. Follows ISO/IEC 18004."""
import struct
import zlib

ECL_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}
ECC_PER_BLOCK = {
    'L': [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    'M': [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    'Q': [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    'H': [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
NUM_BLOCKS = {
    'L': [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    'M': [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    'Q': [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    'H': [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}


def gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = gf_mul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = gf_mul(root, 0x02)
    return res


def rs_remainder(data, divisor):
    res = [0] * len(divisor)
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, coef in enumerate(divisor):
            res[i] ^= gf_mul(coef, factor)
    return res


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    return raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def align_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return sorted(res)


class QR:
    def __init__(self, ver, ecl, codewords, mask=None):
        self.ver, self.ecl = ver, ecl
        self.size = size = ver * 4 + 17
        self.m = [[False] * size for _ in range(size)]
        self.f = [[False] * size for _ in range(size)]
        self._function_patterns()
        self._draw_codewords(self._add_ecc(codewords))
        if mask is None:
            best = None
            for msk in range(8):
                self._apply_mask(msk)
                self._format(msk)
                p = self._penalty()
                if best is None or p < best[0]:
                    best = (p, msk)
                self._apply_mask(msk)
            mask = best[1]
        self._apply_mask(mask)
        self._format(mask)
        self.mask = mask

    def _set(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def _function_patterns(self):
        s = self.size
        for i in range(s):
            self._set(6, i, i % 2 == 0)
            self._set(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    d = max(abs(dx), abs(dy))
                    xx, yy = cx + dx, cy + dy
                    if 0 <= xx < s and 0 <= yy < s:
                        self._set(xx, yy, d not in (2, 4))
        al = align_positions(self.ver)
        n = len(al)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._format(0)
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.ver << 12 | rem
            for i in range(18):
                bt = (bits >> i) & 1 != 0
                a = s - 11 + i % 3
                b = i // 3
                self._set(a, b, bt)
                self._set(b, a, bt)

    def _format(self, mask):
        data = ECL_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1 != 0
        s = self.size
        for i in range(0, 6):
            self._set(8, i, g(i))
        self._set(8, 7, g(6))
        self._set(8, 8, g(7))
        self._set(7, 8, g(8))
        for i in range(9, 15):
            self._set(14 - i, 8, g(i))
        for i in range(0, 8):
            self._set(s - 1 - i, 8, g(i))
        for i in range(8, 15):
            self._set(8, s - 15 + i, g(i))
        self._set(8, s - 8, True)

    def _add_ecc(self, data):
        ver, ecl = self.ver, self.ecl
        nb = NUM_BLOCKS[ecl][ver]
        eb = ECC_PER_BLOCK[ecl][ver]
        raw = raw_modules(ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = rs_divisor(eb)
        blocks = []
        k = 0
        for i in range(nb):
            dat = data[k:k + shortlen - eb + (0 if i < nshort else 1)]
            k += len(dat)
            ecc = rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - eb or j >= nshort:
                    out.append(blk[i])
        assert len(out) == raw
        return out

    def _draw_codewords(self, data):
        s = self.size
        i = 0
        right = s - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(s):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = (s - 1 - vert) if upward else vert
                    if not self.f[y][x] and i < len(data) * 8:
                        self.m[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 != 0
                        i += 1
            right -= 2

    @staticmethod
    def mask_fn(msk):
        return [
            lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
        ][msk]

    def _apply_mask(self, msk):
        fn = self.mask_fn(msk)
        for y in range(self.size):
            for x in range(self.size):
                if not self.f[y][x] and fn(x, y):
                    self.m[y][x] = not self.m[y][x]

    def _penalty(self):
        s, m = self.size, self.m
        p = 0
        for rows in (m, [list(c) for c in zip(*m)]):
            for row in rows:
                run = 1
                for x in range(1, s):
                    if row[x] == row[x - 1]:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run = 1
                if run >= 5:
                    p += run - 2
                bits = ''.join('1' if v else '0' for v in row)
                p += 40 * (bits.count('1011101') and
                           (bits.count('00001011101') + bits.count('10111010000')))
        for y in range(s - 1):
            for x in range(s - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(v for row in m for v in row)
        total = s * s
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        p += max(k, 0) * 10
        return p


def encode(text, ecl='M', minver=1):
    data = text.encode('utf-8') if isinstance(text, str) else text
    for ver in range(minver, 41):
        cap = data_codewords(ver, ecl) * 8
        ccbits = 8 if ver <= 9 else 16
        need = 4 + ccbits + len(data) * 8
        if need <= cap:
            break
    else:
        raise ValueError('data too long')
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), ccbits)
    for b in data:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cws = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    return QR(ver, ecl, cws)


def _chunk(tag, data):
    return (struct.pack('>I', len(data)) + tag + data +
            struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff))


def png_gray(rows, w, h):
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    return (b'\x89PNG\r\n\x1a\n' +
            _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) +
            _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def png_rgb(rows, w, h):
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    return (b'\x89PNG\r\n\x1a\n' +
            _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def qr_png(text, scale=6, border=4, ecl='M'):
    q = encode(text, ecl)
    n = q.size + 2 * border
    rows = []
    for y in range(n):
        row = []
        for x in range(n):
            mx, my = x - border, y - border
            dark = 0 <= mx < q.size and 0 <= my < q.size and q.m[my][mx]
            row.extend([0 if dark else 255] * scale)
        for _ in range(scale):
            rows.append(row)
    return png_gray(rows, n * scale, n * scale)
