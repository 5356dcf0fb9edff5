"""Minimal QR Code Model 2 encoder (byte mode, ECC L/M/Q/H, versions 1-40)
and a 1-bit PNG writer.  Pure standard library."""
import struct
import zlib

# ECC codewords per block and number of blocks, index [ecl][version]
_ECC_PER_BLOCK = {
    "L": [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "M": [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    "Q": [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "H": [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
_NUM_BLOCKS = {
    "L": [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    "M": [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    "Q": [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    "H": [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
_FORMAT_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}


def num_raw_data_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        result -= (25 * na - 10) * na - 55
        if ver >= 7:
            result -= 36
    return result


def num_data_codewords(ver, ecl):
    return num_raw_data_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]


def alignment_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return sorted(res)


# ---------------------------------------------------------------- GF(256)
def gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = gf_mul(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = gf_mul(root, 0x02)
    return result


def rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= gf_mul(coef, factor)
    return result


# ---------------------------------------------------------------- encoder
class QR:
    def __init__(self, data, ecl="M", minver=1, mask=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.ecl = ecl
        for ver in range(minver, 41):
            ccbits = 8 if ver <= 9 else 16
            need = 4 + ccbits + 8 * len(data)
            if need <= num_data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError("data too long")
        self.version = ver
        self.size = ver * 4 + 17
        bits = []

        def app(val, n):
            for i in reversed(range(n)):
                bits.append((val >> i) & 1)
        app(4, 4)
        app(len(data), ccbits)
        for b in data:
            app(b, 8)
        cap = num_data_codewords(ver, ecl) * 8
        app(0, min(4, cap - len(bits)))
        app(0, (8 - len(bits) % 8) % 8)
        pad = 0xEC
        while len(bits) < cap:
            app(pad, 8)
            pad ^= 0xEC ^ 0x11
        cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        allcw = self._add_ecc_interleave(cw)

        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.func = [[False] * n for _ in range(n)]
        self._draw_function_patterns()
        self._draw_codewords(allcw)
        if mask is None:
            best, bestpen = 0, None
            for m in range(8):
                self._apply_mask(m)
                self._draw_format(m)
                pen = self._penalty()
                if bestpen is None or pen < bestpen:
                    best, bestpen = m, pen
                self._apply_mask(m)
            mask = best
        self.mask = mask
        self._apply_mask(mask)
        self._draw_format(mask)

    def _set_func(self, x, y, dark):
        self.mod[y][x] = dark
        self.func[y][x] = True

    def _draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self._set_func(6, i, i % 2 == 0)
            self._set_func(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self._set_func(x, y, d not in (2, 4))
        pos = alignment_positions(self.version)
        last = len(pos) - 1
        for i, a in enumerate(pos):
            for j, b in enumerate(pos):
                if (i == 0 and j == 0) or (i == 0 and j == last) or (i == last and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set_func(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)
        if self.version >= 7:
            rem = self.version
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.version << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self._set_func(a, b, bit)
                self._set_func(b, a, bit)

    def _draw_format(self, mask):
        data = _FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1 == 1
        n = self.size
        for i in range(0, 6):
            self._set_func(8, i, g(i))
        self._set_func(8, 7, g(6))
        self._set_func(8, 8, g(7))
        self._set_func(7, 8, g(8))
        for i in range(9, 15):
            self._set_func(14 - i, 8, g(i))
        for i in range(0, 8):
            self._set_func(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self._set_func(8, n - 15 + i, g(i))
        self._set_func(8, n - 8, True)

    def _add_ecc_interleave(self, data):
        ver, ecl = self.version, self.ecl
        nblocks = _NUM_BLOCKS[ecl][ver]
        ecclen = _ECC_PER_BLOCK[ecl][ver]
        raw = num_raw_data_modules(ver) // 8
        nshort = nblocks - raw % nblocks
        shortlen = raw // nblocks
        div = rs_divisor(ecclen)
        blocks = []
        k = 0
        for i in range(nblocks):
            dl = shortlen - ecclen + (0 if i < nshort else 1)
            dat = data[k:k + dl]
            k += dl
            ecc = rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        result = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - ecclen or j >= nshort:
                    result.append(blk[i])
        assert len(result) == raw
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
                    if not self.func[y][x] and i < len(data) * 8:
                        self.mod[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    @staticmethod
    def mask_fn(m, x, y):
        return [
            (x + y) % 2 == 0,
            y % 2 == 0,
            x % 3 == 0,
            (x + y) % 3 == 0,
            (x // 3 + y // 2) % 2 == 0,
            x * y % 2 + x * y % 3 == 0,
            (x * y % 2 + x * y % 3) % 2 == 0,
            ((x + y) % 2 + x * y % 3) % 2 == 0,
        ][m]

    def _apply_mask(self, m):
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.func[y][x] and self.mask_fn(m, x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n, mod = self.size, self.mod
        pen = 0
        lines = [row for row in mod] + [[mod[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run, prev = 0, None
            for v in line:
                if v == prev:
                    run += 1
                else:
                    if run >= 5:
                        pen += run - 2
                    run, prev = 1, v
            if run >= 5:
                pen += run - 2
            s = "".join("1" if v else "0" for v in line)
            pen += 40 * (s.count("10111010000") + s.count("00001011101"))
        for y in range(n - 1):
            for x in range(n - 1):
                c = mod[y][x]
                if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                    pen += 3
        dark = sum(sum(1 for v in row if v) for row in mod)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        pen += max(k, 0) * 10
        return pen


# ---------------------------------------------------------------- PNG
def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_gray(rows, width, height, bitdepth=8):
    """rows: list of bytes (already packed per bitdepth)."""
    raw = b"".join(b"\0" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n" +
            _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, bitdepth, 0, 0, 0, 0)) +
            _chunk(b"IDAT", zlib.compress(raw, 9)) +
            _chunk(b"IEND", b""))


def qr_png(text, scale=8, border=4, ecl="M"):
    q = QR(text, ecl)
    n = q.size + 2 * border
    w = n * scale
    rows = []
    for y in range(n):
        bits = []
        for x in range(n):
            qx, qy = x - border, y - border
            dark = 0 <= qx < q.size and 0 <= qy < q.size and q.mod[qy][qx]
            bits.extend([0 if dark else 1] * scale)
        bits += [1] * ((8 - len(bits) % 8) % 8)
        row = bytes(int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8))
        for _ in range(scale):
            rows.append(row)
    return png_gray(rows, w, w, bitdepth=1), q


def solid_png(width, height, rgb_rows_fn):
    """Small truecolour PNG; rgb_rows_fn(y) -> bytes of width*3."""
    raw = b"".join(b"\0" + rgb_rows_fn(y) for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" +
            _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            _chunk(b"IDAT", zlib.compress(raw, 9)) +
            _chunk(b"IEND", b""))
