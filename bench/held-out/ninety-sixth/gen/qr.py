"""Minimal QR Code Model 2 encoder (byte mode, versions 1-40) and PNG writer.

Follows ISO/IEC 18004: Reed-Solomon over GF(256) with polynomial 0x11D,
BCH-coded format and version information, the eight data masks and the
standard penalty rules for choosing a mask.  Stdlib only.
"""
import struct
import zlib

ECC_CODEWORDS_PER_BLOCK = {
    "L": (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    "M": (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    "Q": (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    "H": (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
}
NUM_BLOCKS = {
    "L": (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    "M": (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    "Q": (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    "H": (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
}
FORMAT_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}


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


def _raw_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        result -= (25 * n - 10) * n - 55
        if ver >= 7:
            result -= 36
    return result


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - ECC_CODEWORDS_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


class QR:
    def __init__(self, text, ecl="M", mask=None):
        data = text.encode("utf-8")
        for ver in range(1, 41):
            cc_bits = 8 if ver <= 9 else 16
            if 4 + cc_bits + 8 * len(data) <= _data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError("data too long")
        self.version, self.ecl = ver, ecl
        self.size = ver * 4 + 17
        bits = []

        def put(val, n):
            for i in reversed(range(n)):
                bits.append((val >> i) & 1)
        put(0b0100, 4)
        put(len(data), cc_bits)
        for b in data:
            put(b, 8)
        cap = _data_codewords(ver, ecl) * 8
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        codewords = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        self.modules = [[False] * self.size for _ in range(self.size)]
        self.isfunc = [[False] * self.size for _ in range(self.size)]
        self._draw_function_patterns()
        self._draw_codewords(self._add_ecc(codewords))
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

    # -- function patterns
    def _set(self, x, y, dark):
        self.modules[y][x] = dark
        self.isfunc[y][x] = True

    def _draw_function_patterns(self):
        s = self.size
        for i in range(s):
            self._set(6, i, i % 2 == 0)
            self._set(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < s and 0 <= y < s:
                        self._set(x, y, max(abs(dx), abs(dy)) not in (2, 4))
        pos = self._alignment_positions()
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)
        self._draw_version()

    def _alignment_positions(self):
        ver = self.version
        if ver == 1:
            return []
        n = ver // 7 + 2
        step = (ver * 8 + n * 3 + 5) // (n * 4 - 4) * 2
        result = [self.size - 7 - i * step for i in range(n - 1)] + [6]
        return list(reversed(result))

    def _draw_format(self, mask):
        data = FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        b = lambda i: (bits >> i) & 1 != 0
        s = self.size
        for i in range(0, 6):
            self._set(8, i, b(i))
        self._set(8, 7, b(6))
        self._set(8, 8, b(7))
        self._set(7, 8, b(8))
        for i in range(9, 15):
            self._set(14 - i, 8, b(i))
        for i in range(0, 8):
            self._set(s - 1 - i, 8, b(i))
        for i in range(8, 15):
            self._set(8, s - 15 + i, b(i))
        self._set(8, s - 8, True)

    def _draw_version(self):
        if self.version < 7:
            return
        rem = self.version
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = self.version << 12 | rem
        for i in range(18):
            bit = (bits >> i) & 1 != 0
            a = self.size - 11 + i % 3
            b = i // 3
            self._set(a, b, bit)
            self._set(b, a, bit)

    # -- data
    def _add_ecc(self, data):
        ver, ecl = self.version, self.ecl
        numblocks = NUM_BLOCKS[ecl][ver]
        ecclen = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
        raw = _raw_modules(ver) // 8
        numshort = numblocks - raw % numblocks
        shortlen = raw // numblocks
        div = _rs_divisor(ecclen)
        blocks = []
        k = 0
        for i in range(numblocks):
            dat = data[k:k + shortlen - ecclen + (0 if i < numshort else 1)]
            k += len(dat)
            ecc = _rs_remainder(dat, div)
            if i < numshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        result = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - ecclen or j >= numshort:
                    result.append(blk[i])
        return result

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
                    if not self.isfunc[y][x] and i < len(data) * 8:
                        self.modules[y][x] = ((data[i >> 3] >> (7 - (i & 7))) & 1) != 0
                        i += 1
            right -= 2

    def _apply_mask(self, m):
        f = [
            lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
        ][m]
        for y in range(self.size):
            for x in range(self.size):
                if not self.isfunc[y][x] and f(x, y):
                    self.modules[y][x] = not self.modules[y][x]

    def _penalty(self):
        s, mod = self.size, self.modules
        result = 0
        lines = [row for row in mod] + [[mod[y][x] for y in range(s)] for x in range(s)]
        for line in lines:
            run = 1
            for i in range(1, s):
                if line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        result += run - 2
                    run = 1
            if run >= 5:
                result += run - 2
            txt = "".join("1" if v else "0" for v in line)
            result += 40 * (txt.count("10111010000") + txt.count("00001011101"))
        for y in range(s - 1):
            for x in range(s - 1):
                c = mod[y][x]
                if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                    result += 3
        dark = sum(v for row in mod for v in row)
        total = s * s
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        result += max(0, k) * 10
        return result

    def matrix(self, border=4):
        s = self.size
        out = []
        for y in range(-border, s + border):
            out.append([0 <= x < s and 0 <= y < s and self.modules[y][x]
                        for x in range(-border, s + border)])
        return out


def _png_chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_gray(rows):
    """rows: list of lists of 0..255 grey values -> PNG bytes (8-bit greyscale)."""
    h, w = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + _png_chunk(b"IDAT", zlib.compress(raw, 9))
            + _png_chunk(b"IEND", b""))


def qr_png(text, scale=6, border=4, ecl="M"):
    m = QR(text, ecl).matrix(border)
    rows = []
    for line in m:
        row = []
        for v in line:
            row.extend([0 if v else 255] * scale)
        for _ in range(scale):
            rows.append(row)
    return png_gray(rows)


def qr_gray_matrix(text, border=4, ecl="M"):
    """Module-resolution grey matrix (for embedding into PDFs)."""
    return [[0 if v else 255 for v in line] for line in QR(text, ecl).matrix(border)]


def selftest():
    # RS check against the well-known 'HELLO WORLD' 1-M example codewords
    data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert _rs_remainder(data, _rs_divisor(10)) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    return True


if __name__ == "__main__":
    import sys
    selftest()
    sys.stdout.buffer.write(qr_png(sys.argv[1] if len(sys.argv) > 1 else "https://example.com/"))
