"""Minimal QR Code encoder (byte mode, versions 1-10, EC level L/M) and PNG writer.

Pure standard library.  Follows ISO/IEC 18004 (structure as in Nayuki's
reference implementation).  Output: list of rows of booleans (True = dark).
"""
import struct
import zlib

_ECC_PER_BLOCK = {
    'L': [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
    'M': [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
}
_NUM_BLOCKS = {
    'L': [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    'M': [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
}
_FORMAT_BITS = {'L': 1, 'M': 0}

_MASKS = (
    lambda x, y: (x + y) % 2,
    lambda x, y: y % 2,
    lambda x, y: x % 3,
    lambda x, y: (x + y) % 3,
    lambda x, y: (x // 3 + y // 2) % 2,
    lambda x, y: x * y % 2 + x * y % 3,
    lambda x, y: (x * y % 2 + x * y % 3) % 2,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2,
)


def _raw_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        result -= (25 * na - 10) * na - 55
        if ver >= 7:
            result -= 36
    return result


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]


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
    def __init__(self, data: bytes, ecl='M', mask=None):
        self.ecl = ecl
        for ver in range(1, 11):
            ccbits = 8 if ver <= 9 else 16
            if 4 + ccbits + 8 * len(data) <= _data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError('data too long for version 10')
        self.version = ver
        self.size = ver * 4 + 17
        bits = []

        def app(val, n):
            for i in reversed(range(n)):
                bits.append((val >> i) & 1)
        app(0x4, 4)
        app(len(data), ccbits)
        for b in data:
            app(b, 8)
        cap = _data_codewords(ver, ecl) * 8
        app(0, min(4, cap - len(bits)))
        app(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap:
            app(pad, 8)
            pad ^= 0xEC ^ 0x11
        codewords = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]

        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.func = [[False] * n for _ in range(n)]
        self._function_patterns()
        self._draw_codewords(self._interleave(codewords))
        if mask is None:
            best, bestpen = 0, None
            for m in range(8):
                self._apply_mask(m)
                self._format_bits(m)
                pen = self._penalty()
                if bestpen is None or pen < bestpen:
                    best, bestpen = m, pen
                self._apply_mask(m)
            mask = best
        self.mask = mask
        self._apply_mask(mask)
        self._format_bits(mask)

    # --- function patterns
    def _set(self, x, y, dark):
        self.mod[y][x] = dark
        self.func[y][x] = True

    def _align_positions(self):
        ver = self.version
        if ver == 1:
            return []
        na = ver // 7 + 2
        step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
        res = [self.size - 7 - i * step for i in range(na - 1)] + [6]
        return list(reversed(res))

    def _function_patterns(self):
        n = self.size
        for i in range(n):
            self._set(6, i, i % 2 == 0)
            self._set(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    xx, yy = cx + dx, cy + dy
                    if 0 <= xx < n and 0 <= yy < n:
                        self._set(xx, yy, max(abs(dx), abs(dy)) not in (2, 4))
        pos = self._align_positions()
        na = len(pos)
        for i in range(na):
            for j in range(na):
                if (i, j) in ((0, 0), (0, na - 1), (na - 1, 0)):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._format_bits(0)
        if self.version >= 7:
            rem = self.version
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            vbits = self.version << 12 | rem
            for i in range(18):
                bit = (vbits >> i) & 1 == 1
                a, b = n - 11 + i % 3, i // 3
                self._set(a, b, bit)
                self._set(b, a, bit)

    def _format_bits(self, mask):
        data = _FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1 == 1
        n = self.size
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

    def _interleave(self, data):
        ver, ecl = self.version, self.ecl
        nb = _NUM_BLOCKS[ecl][ver]
        ecclen = _ECC_PER_BLOCK[ecl][ver]
        raw = _raw_modules(ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = _rs_divisor(ecclen)
        blocks, k = [], 0
        for i in range(nb):
            dat = data[k:k + shortlen - ecclen + (0 if i < nshort else 1)]
            k += len(dat)
            ecc = _rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - ecclen or j >= nshort:
                    out.append(blk[i])
        return out

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
                    if not self.func[y][x] and i < len(data) * 8:
                        self.mod[y][x] = ((data[i >> 3] >> (7 - (i & 7))) & 1) == 1
                        i += 1
            right -= 2

    def _apply_mask(self, m):
        f = _MASKS[m]
        for y in range(self.size):
            for x in range(self.size):
                if not self.func[y][x] and f(x, y) == 0:
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n, M = self.size, self.mod
        pen = 0
        lines = [M[y] for y in range(n)] + [[M[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run, prev = 0, None
            for v in line:
                if v == prev:
                    run += 1
                else:
                    if run >= 5:
                        pen += 3 + run - 5
                    run, prev = 1, v
            if run >= 5:
                pen += 3 + run - 5
            s = '0000' + ''.join('1' if v else '0' for v in line) + '0000'
            for pat in ('00001011101', '10111010000'):
                start = 0
                while True:
                    k = s.find(pat, start)
                    if k < 0:
                        break
                    pen += 40
                    start = k + 1
        for y in range(n - 1):
            for x in range(n - 1):
                c = M[y][x]
                if c == M[y][x + 1] == M[y + 1][x] == M[y + 1][x + 1]:
                    pen += 3
        dark = sum(sum(1 for v in row if v) for row in M)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        pen += max(k, 0) * 10
        return pen


def png_bytes(rows, scale=1, quiet=0, gray=True):
    """rows: list of lists of booleans (True = dark) -> 8-bit grayscale PNG."""
    h = len(rows)
    w = len(rows[0])
    W = (w + 2 * quiet) * scale
    H = (h + 2 * quiet) * scale
    raw = bytearray()
    blank = b'\x00' + b'\xff' * W
    for _ in range(quiet * scale):
        raw += blank
    for row in rows:
        line = bytearray(b'\xff' * (quiet * scale))
        for v in row:
            line += (b'\x00' if v else b'\xff') * scale
        line += b'\xff' * (quiet * scale)
        for _ in range(scale):
            raw += b'\x00' + line
    for _ in range(quiet * scale):
        raw += blank
    return _png(W, H, 0, bytes(raw))


def png_rgb(width, height, pixel):
    """pixel(x, y) -> (r, g, b)"""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw += bytes(pixel(x, y))
    return _png(width, height, 2, bytes(raw))


def _png(w, h, colortype, raw):
    def chunk(tag, data):
        c = struct.pack('>I', len(data)) + tag + data
        return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    ihdr = struct.pack('>IIBBBBB', w, h, 8, colortype, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr)
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def qr_png(text, scale=6, ecl='M'):
    q = QR(text.encode('utf-8'), ecl)
    return png_bytes(q.mod, scale=scale, quiet=4)
