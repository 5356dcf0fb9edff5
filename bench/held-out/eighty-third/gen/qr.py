"""Minimal QR Code encoder (byte mode, versions 1-10, EC levels L/M/Q/H) and a PNG writer."""
import struct
import zlib

ECC_CODEWORDS = {  # per block, versions 1..10
    'L': [7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
    'M': [10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
    'Q': [13, 22, 18, 26, 18, 24, 18, 22, 20, 24],
    'H': [17, 28, 22, 16, 22, 28, 26, 26, 24, 28],
}
NUM_BLOCKS = {
    'L': [1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    'M': [1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
    'Q': [1, 1, 2, 2, 4, 4, 6, 6, 8, 8],
    'H': [1, 1, 2, 4, 4, 4, 5, 6, 8, 8],
}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
         7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
ECL_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    return raw_modules(ver) // 8 - ECC_CODEWORDS[ecl][ver - 1] * NUM_BLOCKS[ecl][ver - 1]


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
        for j in range(len(res)):
            res[j] = gf_mul(res[j], root)
            if j + 1 < len(res):
                res[j] ^= res[j + 1]
        root = gf_mul(root, 0x02)
    return res


def rs_remainder(data, divisor):
    res = [0] * len(divisor)
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(divisor):
            res[i] ^= gf_mul(c, factor)
    return res


class QR:
    def __init__(self, data: bytes, ecl='M', mask=None):
        self.ecl = ecl
        for ver in range(1, 11):
            cap = data_codewords(ver, ecl) * 8
            need = 4 + (8 if ver <= 9 else 16) + 8 * len(data)
            if need <= cap:
                break
        else:
            raise ValueError('data too long for version 10')
        self.ver = ver
        self.size = ver * 4 + 17
        bits = []

        def put(val, n):
            for i in range(n - 1, -1, -1):
                bits.append((val >> i) & 1)
        put(4, 4)
        put(len(data), 8 if ver <= 9 else 16)
        for b in data:
            put(b, 8)
        cap = data_codewords(ver, ecl) * 8
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        allcw = self._add_ecc(cw)
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.func = [[False] * n for _ in range(n)]
        self._draw_function()
        self._draw_codewords(allcw)
        best = None
        for m in ([mask] if mask is not None else range(8)):
            self._apply_mask(m)
            self._draw_format(m)
            p = self._penalty()
            if best is None or p < best[0]:
                best = (p, m)
            self._apply_mask(m)
        self.mask = best[1]
        self._apply_mask(self.mask)
        self._draw_format(self.mask)

    def _add_ecc(self, data):
        nb = NUM_BLOCKS[self.ecl][self.ver - 1]
        eccl = ECC_CODEWORDS[self.ecl][self.ver - 1]
        raw = raw_modules(self.ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = rs_divisor(eccl)
        blocks = []
        k = 0
        for i in range(nb):
            dl = shortlen - eccl + (0 if i < nshort else 1)
            dat = data[k:k + dl]
            k += dl
            ecc = rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [None]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for b in blocks:
                if b[i] is not None:
                    out.append(b[i])
        assert len(out) == raw
        return out

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
                    d = max(abs(dx), abs(dy))
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        self._set(x, y, d not in (2, 4))
        al = ALIGN[self.ver]
        na = len(al)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
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
        n = self.size
        data = ECL_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
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
        right = n - 1
        total = len(cw) * 8
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.func[y][x] and i < total:
                        self.mod[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def _apply_mask(self, m):
        f = [lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0, lambda x, y: x % 3 == 0,
             lambda x, y: (x + y) % 3 == 0, lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0, lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][m]
        for y in range(self.size):
            for x in range(self.size):
                if not self.func[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        M = self.mod
        p = 0
        for rows in (M, [list(c) for c in zip(*M)]):
            for row in rows:
                run = 1
                for x in range(1, n):
                    if row[x] == row[x - 1]:
                        run += 1
                        if run == 5:
                            p += 3
                        elif run > 5:
                            p += 1
                    else:
                        run = 1
                s = ''.join('1' if v else '0' for v in row)
                p += 40 * (s.count('10111010000') + s.count('00001011101'))
        for y in range(n - 1):
            for x in range(n - 1):
                c = M[y][x]
                if c == M[y][x + 1] == M[y + 1][x] == M[y + 1][x + 1]:
                    p += 3
        dark = sum(v for row in M for v in row)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        p += k * 10
        return p

    def png(self, scale=6, border=4):
        n = self.size
        w = (n + 2 * border) * scale
        rows = []
        for yy in range(n + 2 * border):
            line = bytearray()
            for xx in range(n + 2 * border):
                x, y = xx - border, yy - border
                dark = 0 <= x < n and 0 <= y < n and self.mod[y][x]
                line += (b'\x00' if dark else b'\xff') * scale
            for _ in range(scale):
                rows.append(bytes(line))
        return png_gray(w, w, rows)

    def gray_rows(self, scale=4, border=4):
        n = self.size
        rows = []
        for yy in range(n + 2 * border):
            line = bytearray()
            for xx in range(n + 2 * border):
                x, y = xx - border, yy - border
                dark = 0 <= x < n and 0 <= y < n and self.mod[y][x]
                line += (b'\x00' if dark else b'\xff') * scale
            for _ in range(scale):
                rows.append(bytes(line))
        return (n + 2 * border) * scale, rows


def _chunk(tag, data):
    return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def png_gray(w, h, rows):
    raw = b''.join(b'\x00' + r for r in rows)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def png_rgb(w, h, pixel):
    """pixel(x, y) -> (r, g, b)"""
    rows = []
    for y in range(h):
        r = bytearray(b'\x00')
        for x in range(w):
            r += bytes(pixel(x, y))
        rows.append(bytes(r))
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + _chunk(b'IEND', b''))


def qr_png(text, ecl='M', scale=6):
    return QR(text.encode('utf-8'), ecl).png(scale)
