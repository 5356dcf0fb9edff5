"""Minimal QR Code encoder (byte mode, ISO/IEC 18004) and PNG writer.

Standard library only.  Structure follows the well-known reference algorithm
(data codewords -> Reed-Solomon ECC per block -> interleave -> zig-zag
placement -> best of 8 masks by penalty score -> format/version info).
"""
import struct
import zlib

ECL_ORDINAL = {"L": 0, "M": 1, "Q": 2, "H": 3}
ECL_FORMAT_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}

ECC_CODEWORDS_PER_BLOCK = (
    (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
)
NUM_ERROR_CORRECTION_BLOCKS = (
    (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
)


def _num_raw_data_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        numalign = ver // 7 + 2
        result -= (25 * numalign - 10) * numalign - 55
        if ver >= 7:
            result -= 36
    return result


def _num_data_codewords(ver, ecl):
    o = ECL_ORDINAL[ecl]
    return (_num_raw_data_modules(ver) // 8
            - ECC_CODEWORDS_PER_BLOCK[o][ver] * NUM_ERROR_CORRECTION_BLOCKS[o][ver])


def _rs_multiply(x, y):
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
            result[j] = _rs_multiply(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = _rs_multiply(root, 0x02)
    return result


def _rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= _rs_multiply(coef, factor)
    return result


class QrCode:
    def __init__(self, data: bytes, ecl="M", minver=1):
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.ecl = ecl
        for ver in range(minver, 41):
            cap_bits = _num_data_codewords(ver, ecl) * 8
            cc_bits = 8 if ver <= 9 else 16
            used = 4 + cc_bits + len(data) * 8
            if used <= cap_bits:
                break
        else:
            raise ValueError("data too long")
        self.version = ver
        self.size = ver * 4 + 17
        bb = []

        def append_bits(val, n):
            for i in reversed(range(n)):
                bb.append((val >> i) & 1)
        append_bits(0x4, 4)  # byte mode
        append_bits(len(data), cc_bits)
        for b in data:
            append_bits(b, 8)
        cap_bits = _num_data_codewords(ver, ecl) * 8
        append_bits(0, min(4, cap_bits - len(bb)))
        append_bits(0, -len(bb) % 8)
        pad = 0xEC
        while len(bb) < cap_bits:
            append_bits(pad, 8)
            pad ^= 0xEC ^ 0x11
        datacw = [0] * (len(bb) // 8)
        for i, bit in enumerate(bb):
            datacw[i >> 3] |= bit << (7 - (i & 7))

        self.modules = [[False] * self.size for _ in range(self.size)]
        self.isfunc = [[False] * self.size for _ in range(self.size)]
        self._draw_function_patterns()
        allcw = self._add_ecc_and_interleave(datacw)
        self._draw_codewords(allcw)
        best, minpen = None, None
        for m in range(8):
            self._apply_mask(m)
            self._draw_format_bits(m)
            pen = self._penalty()
            if minpen is None or pen < minpen:
                best, minpen = m, pen
            self._apply_mask(m)
        self.mask = best
        self._apply_mask(best)
        self._draw_format_bits(best)

    # --- function patterns -------------------------------------------------
    def _set_func(self, x, y, dark):
        self.modules[y][x] = dark
        self.isfunc[y][x] = True

    def _draw_function_patterns(self):
        for i in range(self.size):
            self._set_func(6, i, i % 2 == 0)
            self._set_func(i, 6, i % 2 == 0)
        self._draw_finder(3, 3)
        self._draw_finder(self.size - 4, 3)
        self._draw_finder(3, self.size - 4)
        pos = self._alignment_positions()
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                self._draw_alignment(pos[i], pos[j])
        self._draw_format_bits(0)
        self._draw_version()

    def _draw_finder(self, x, y):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                xx, yy = x + dx, y + dy
                if 0 <= xx < self.size and 0 <= yy < self.size:
                    dist = max(abs(dx), abs(dy))
                    self._set_func(xx, yy, dist not in (2, 4))

    def _draw_alignment(self, x, y):
        for dy in range(-2, 3):
            for dx in range(-2, 3):
                self._set_func(x + dx, y + dy, max(abs(dx), abs(dy)) != 1)

    def _alignment_positions(self):
        ver = self.version
        if ver == 1:
            return []
        numalign = ver // 7 + 2
        step = (ver * 8 + numalign * 3 + 5) // (numalign * 4 - 4) * 2
        result = [self.size - 7 - i * step for i in range(numalign - 1)] + [6]
        return list(reversed(result))

    def _draw_format_bits(self, mask):
        data = ECL_FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        gb = lambda i: (bits >> i) & 1 != 0
        for i in range(0, 6):
            self._set_func(8, i, gb(i))
        self._set_func(8, 7, gb(6))
        self._set_func(8, 8, gb(7))
        self._set_func(7, 8, gb(8))
        for i in range(9, 15):
            self._set_func(14 - i, 8, gb(i))
        for i in range(0, 8):
            self._set_func(self.size - 1 - i, 8, gb(i))
        for i in range(8, 15):
            self._set_func(8, self.size - 15 + i, gb(i))
        self._set_func(8, self.size - 8, True)

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
            self._set_func(a, b, bit)
            self._set_func(b, a, bit)

    # --- codewords -----------------------------------------------------------
    def _add_ecc_and_interleave(self, data):
        ver, o = self.version, ECL_ORDINAL[self.ecl]
        numblocks = NUM_ERROR_CORRECTION_BLOCKS[o][ver]
        blockecclen = ECC_CODEWORDS_PER_BLOCK[o][ver]
        rawcodewords = _num_raw_data_modules(ver) // 8
        numshort = numblocks - rawcodewords % numblocks
        shortlen = rawcodewords // numblocks
        blocks = []
        div = _rs_divisor(blockecclen)
        k = 0
        for i in range(numblocks):
            dat = data[k: k + shortlen - blockecclen + (0 if i < numshort else 1)]
            k += len(dat)
            ecc = _rs_remainder(dat, div)
            if i < numshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        result = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - blockecclen or j >= numshort:
                    result.append(blk[i])
        assert len(result) == rawcodewords
        return result

    def _draw_codewords(self, data):
        i = 0
        right = self.size - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(self.size):
                for j in range(2):
                    x = right - j
                    upward = (right + 1) & 2 == 0
                    y = (self.size - 1 - vert) if upward else vert
                    if not self.isfunc[y][x] and i < len(data) * 8:
                        self.modules[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 != 0
                        i += 1
            right -= 2
        assert i == len(data) * 8

    def _apply_mask(self, mask):
        fns = (
            lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
        )
        f = fns[mask]
        for y in range(self.size):
            for x in range(self.size):
                if not self.isfunc[y][x] and f(x, y):
                    self.modules[y][x] = not self.modules[y][x]

    def _penalty(self):
        n = self.size
        m = self.modules
        result = 0
        # runs in rows and columns, and finder-like patterns
        def line_penalty(line):
            r = 0
            run = 1
            for i in range(1, n):
                if line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        r += 3 + (run - 5)
                    run = 1
            if run >= 5:
                r += 3 + (run - 5)
            s = "".join("1" if v else "0" for v in line)
            padded = "0000" + s + "0000"
            for pat in ("10111010000", "00001011101"):
                start = 0
                while True:
                    k = padded.find(pat, start)
                    if k < 0:
                        break
                    r += 40
                    start = k + 1
            return r
        for y in range(n):
            result += line_penalty(m[y])
        for x in range(n):
            result += line_penalty([m[y][x] for y in range(n)])
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    result += 3
        dark = sum(1 for row in m for v in row if v)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        result += max(k, 0) * 10
        return result


def png_from_matrix(modules, scale=6, border=4):
    n = len(modules)
    dim = (n + 2 * border) * scale
    rows = []
    for py in range(dim):
        my = py // scale - border
        row = bytearray([0])  # filter type none
        for px in range(dim):
            mx = px // scale - border
            dark = 0 <= mx < n and 0 <= my < n and modules[my][mx]
            row.append(0 if dark else 255)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(typ, data):
        c = typ + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", dim, dim, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qr_png(text, ecl="M", scale=6):
    q = QrCode(text.encode("utf-8"), ecl)
    return png_from_matrix(q.modules, scale=scale)


def simple_png(width, height, pixel_fn):
    """RGB PNG; pixel_fn(x, y) -> (r, g, b)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row.extend(pixel_fn(x, y))
        rows.append(bytes(row))

    def chunk(typ, data):
        c = typ + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))
