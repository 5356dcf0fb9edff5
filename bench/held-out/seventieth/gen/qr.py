"""Minimal QR Code encoder (byte mode, versions 1-15, ECC L/M/Q/H) and a
PNG writer.  Pure standard library, deterministic (mask chosen by penalty)."""
import struct
import zlib

ECC_ORD = {'L': 0, 'M': 1, 'Q': 2, 'H': 3}
ECC_FMT = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}
# ECC codewords per block, index [ecl][version]
ECC_PER_BLOCK = [
    [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22],
    [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24],
    [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30],
    [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24],
]
NUM_BLOCKS = [
    [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6],
    [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10],
    [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12],
    [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18],
]


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _data_codewords(ver, ecl):
    e = ECC_ORD[ecl]
    return _raw_modules(ver) // 8 - ECC_PER_BLOCK[e][ver] * NUM_BLOCKS[e][ver]


# ---- GF(256) Reed-Solomon
def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def _rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(len(res)):
            res[j] = _gf_mul(res[j], root)
            if j + 1 < len(res):
                res[j] ^= res[j + 1]
        root = _gf_mul(root, 0x02)
    return res


def rs_remainder(data, degree):
    div = _rs_divisor(degree)
    res = [0] * degree
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, factor)
    return res


def _alignment_positions(ver):
    if ver == 1:
        return []
    n = ver // 7 + 2
    step = (ver * 8 + n * 3 + 5) // (n * 4 - 4) * 2
    res = [ver * 4 + 10 - i * step for i in range(n - 1)] + [6]
    return sorted(res)


class QR:
    def __init__(self, data, ecl='M', minver=1):
        if isinstance(data, str):
            data = data.encode('utf-8')
        self.ecl = ecl
        for ver in range(minver, 16):
            cap = _data_codewords(ver, ecl) * 8
            ccbits = 8 if ver < 10 else 16
            need = 4 + ccbits + len(data) * 8
            if need <= cap:
                break
        else:
            raise ValueError('data too long')
        self.ver = ver
        self.size = ver * 4 + 17
        bits = []

        def app(val, n):
            for i in range(n - 1, -1, -1):
                bits.append((val >> i) & 1)
        app(0x4, 4)
        app(len(data), ccbits)
        for b in data:
            app(b, 8)
        app(0, min(4, cap - len(bits)))
        app(0, (8 - len(bits) % 8) % 8)
        pad = 0xEC
        while len(bits) < cap:
            app(pad, 8)
            pad ^= 0xEC ^ 0x11
        cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        allcw = self._add_ecc(cw)
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.func = [[False] * n for _ in range(n)]
        self._draw_function()
        self._draw_codewords(allcw)
        best, bestpen = None, None
        for m in range(8):
            self._apply_mask(m)
            self._draw_format(m)
            p = self._penalty()
            if bestpen is None or p < bestpen:
                best, bestpen = m, p
            self._apply_mask(m)
        self.mask = best
        self._apply_mask(best)
        self._draw_format(best)

    # -- construction helpers
    def _set(self, x, y, dark):
        self.mod[y][x] = dark
        self.func[y][x] = True

    def _draw_function(self):
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
        pos = _alignment_positions(self.ver)
        last = len(pos) - 1
        for i, a in enumerate(pos):
            for j, b in enumerate(pos):
                if (i == 0 and j == 0) or (i == 0 and j == last) or (i == last and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)
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

    def _draw_format(self, mask):
        data = ECC_FMT[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        self.fmtbits = bits
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

    def _add_ecc(self, data):
        e = ECC_ORD[self.ecl]
        nb = NUM_BLOCKS[e][self.ver]
        eb = ECC_PER_BLOCK[e][self.ver]
        raw = _raw_modules(self.ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        blocks = []
        k = 0
        for i in range(nb):
            dl = shortlen - eb + (0 if i < nshort else 1)
            dat = data[k:k + dl]
            k += dl
            ecc = rs_remainder(dat, eb)
            if i < nshort:
                dat = dat + [None]
            blocks.append(dat + ecc)
        res = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if blk[i] is not None:
                    res.append(blk[i])
        return res

    def _draw_codewords(self, cw):
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
                    if not self.func[y][x] and i < len(cw) * 8:
                        self.mod[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
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
                if not self.func[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        m = self.mod
        p = 0
        lines = [m[y] for y in range(n)] + [[m[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run = 1
            for i in range(1, n):
                if line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
                    run = 1
            if run >= 5:
                p += run - 2
            s = ''.join('1' if v else '0' for v in line)
            for pat in ('10111010000', '00001011101'):
                p += 40 * s.count(pat)
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        p += max(0, k) * 10
        return p

    def png(self, scale=6, border=4):
        n = self.size
        w = (n + 2 * border) * scale
        rows = []
        for py in range(w):
            y = py // scale - border
            row = bytearray([0])
            for px in range(w):
                x = px // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.mod[y][x]
                row.append(0 if dark else 255)
            rows.append(bytes(row))
        return png_gray(w, w, b''.join(rows))


def _chunk(tag, data):
    c = tag + data
    return struct.pack('>I', len(data)) + c + struct.pack('>I', zlib.crc32(c) & 0xFFFFFFFF)


def png_gray(w, h, raw):
    """raw: filtered scanlines (filter byte + 8-bit gray)."""
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def png_rgb(w, h, pixel):
    """pixel(x, y) -> (r, g, b)"""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row.extend(pixel(x, y))
        rows.append(bytes(row))
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + _chunk(b'IEND', b''))


def qr_png(text, ecl='M', scale=6):
    return QR(text, ecl).png(scale)


if __name__ == '__main__':
    # RS check against the well-known HELLO WORLD 1-M example
    d = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(d, 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    q = QR('x', 'M')
    print('rs ok, ver', q.ver)
