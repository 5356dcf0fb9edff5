"""Minimal QR Code (ISO/IEC 18004) encoder, byte mode, levels L/M/Q, versions 1-20,
and a greyscale PNG writer.  Standard library only."""
import struct
import zlib

# error-correction codewords per block and number of blocks, index = version
ECC_PER_BLOCK = {
    'L': [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28],
    'M': [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26],
    'Q': [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30],
}
NUM_BLOCKS = {
    'L': [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8],
    'M': [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16],
    'Q': [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20],
}
FORMAT_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    return raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def align_positions(ver):
    if ver == 1:
        return []
    n = ver // 7 + 2
    step = (ver * 8 + n * 3 + 5) // (n * 4 - 4) * 2
    size = ver * 4 + 17
    res = [size - 7 - i * step for i in range(n - 1)] + [6]
    return sorted(res)


# ---------------------------------------------------------------- Reed-Solomon
def gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
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


# ---------------------------------------------------------------- encoder
class QR:
    def __init__(self, payload, ecl='M', minver=1):
        if isinstance(payload, str):
            payload = payload.encode('utf-8')
        self.ecl = ecl
        for ver in range(minver, 21):
            cap = data_codewords(ver, ecl) * 8
            ccbits = 8 if ver < 10 else 16
            if 4 + ccbits + len(payload) * 8 <= cap:
                break
        else:
            raise ValueError('payload too long')
        self.ver = ver
        self.size = ver * 4 + 17
        bits = []

        def put(val, n):
            bits.extend((val >> i) & 1 for i in reversed(range(n)))
        put(0b0100, 4)
        put(len(payload), ccbits)
        for b in payload:
            put(b, 8)
        put(0, min(4, cap - len(bits)))
        put(0, (8 - len(bits) % 8) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        data = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        self.codewords = self._interleave(data)
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fun = [[False] * n for _ in range(n)]
        self._function_patterns()
        self._draw_codewords()
        best = None
        for mask in range(8):
            self._apply_mask(mask)
            self._format_bits(mask)
            p = self._penalty()
            if best is None or p < best[0]:
                best = (p, mask)
            self._apply_mask(mask)
        self.mask = best[1]
        self._apply_mask(self.mask)
        self._format_bits(self.mask)

    def _interleave(self, data):
        ver, ecl = self.ver, self.ecl
        nb = NUM_BLOCKS[ecl][ver]
        eclen = ECC_PER_BLOCK[ecl][ver]
        raw = raw_modules(ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        blocks = []
        div = rs_divisor(eclen)
        k = 0
        for i in range(nb):
            dat = data[k:k + shortlen - eclen + (0 if i < nshort else 1)]
            k += len(dat)
            ecc = rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        res = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - eclen or j >= nshort:
                    res.append(blk[i])
        return res

    def _set(self, x, y, dark):
        self.mod[y][x] = dark
        self.fun[y][x] = True

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
        pos = align_positions(self.ver)
        last = len(pos) - 1
        for i, a in enumerate(pos):
            for j, b in enumerate(pos):
                if (i, j) in ((0, 0), (0, last), (last, 0)):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)
        self._format_bits(0)
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.ver << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a, b = n - 11 + i % 3, i // 3
                self._set(a, b, bit)
                self._set(b, a, bit)

    def _format_bits(self, mask):
        n = self.size
        data = FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1 == 1
        for i in range(0, 6):
            self._set(8, i, g(i))
        self._set(8, 7, g(6))
        self._set(8, 8, g(7))
        self._set(7, 8, g(8))
        for i in range(9, 15):
            self._set(14 - i, 8, g(i))
        for i in range(0, 8):
            self._set(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self._set(8, n - 15 + i, g(i))
        self._set(8, n - 8, True)

    def _draw_codewords(self):
        n = self.size
        i = 0
        total = len(self.codewords) * 8
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.fun[y][x] and i < total:
                        self.mod[y][x] = (self.codewords[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    @staticmethod
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

    def _apply_mask(self, mask):
        f = self.mask_fn(mask)
        for y in range(self.size):
            for x in range(self.size):
                if not self.fun[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        m = self.mod
        p = 0
        lines = [row for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run = 1
            for i in range(1, n + 1):
                if i < n and line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
                    run = 1
            s = ''.join('1' if v else '0' for v in line)
            p += 40 * (s.count('10111010000') + s.count('00001011101'))
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        p += k * 10
        return p

    def png(self, scale=6, border=4):
        n = self.size
        dim = (n + 2 * border) * scale
        rows = []
        for py in range(dim):
            y = py // scale - border
            row = bytearray([0])
            for px in range(dim):
                x = px // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.mod[y][x]
                row.append(0 if dark else 255)
            rows.append(bytes(row))
        return png_gray(dim, dim, b''.join(rows))


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def png_gray(w, h, filtered_rows):
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(filtered_rows, 9)) + _chunk(b'IEND', b''))


def png_rgb(w, h, pixel_fn):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row.extend(pixel_fn(x, y))
        rows.append(bytes(row))
    raw = b''.join(rows)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def qr_png(payload, ecl='M', scale=6):
    return QR(payload, ecl).png(scale)
