"""Minimal QR Code encoder (ISO/IEC 18004), byte mode, versions 1-40, with a PNG writer.

Pure standard library.  Deterministic: the mask is chosen by the standard penalty rules.
"""
import struct
import zlib

ECC_CODEWORDS_PER_BLOCK = {
    'L': (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    'M': (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    'Q': (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    'H': (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
}
NUM_ERROR_CORRECTION_BLOCKS = {
    'L': (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    'M': (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    'Q': (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    'H': (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
}
FORMAT_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}


def _num_raw_data_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        numalign = ver // 7 + 2
        result -= (25 * numalign - 10) * numalign - 55
        if ver >= 7:
            result -= 36
    return result


def _num_data_codewords(ver, ecl):
    return _num_raw_data_modules(ver) // 8 - ECC_CODEWORDS_PER_BLOCK[ecl][ver] * NUM_ERROR_CORRECTION_BLOCKS[ecl][ver]


# ---- Reed-Solomon over GF(256), primitive polynomial 0x11D ----
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


def _alignment_positions(ver):
    if ver == 1:
        return []
    numalign = ver // 7 + 2
    step = (ver * 8 + numalign * 3 + 5) // (numalign * 4 - 4) * 2
    result = [ver * 4 + 17 - 7 - i * step for i in range(numalign - 1)] + [6]
    return list(reversed(result))


class QrCode:
    def __init__(self, data: bytes, ecl='M', minver=1):
        self.ecl = ecl
        # choose version (byte mode)
        for ver in range(minver, 41):
            cap_bits = _num_data_codewords(ver, ecl) * 8
            lenbits = 8 if ver <= 9 else 16
            used = 4 + lenbits + 8 * len(data)
            if used <= cap_bits and len(data) < (1 << lenbits):
                break
        else:
            raise ValueError('data too long')
        self.version = ver
        self.size = ver * 4 + 17
        bits = []

        def app(val, n):
            for i in reversed(range(n)):
                bits.append((val >> i) & 1)
        app(0x4, 4)
        app(len(data), lenbits)
        for b in data:
            app(b, 8)
        app(0, min(4, cap_bits - len(bits)))
        app(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap_bits:
            app(pad, 8)
            pad ^= 0xEC ^ 0x11
        datacw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        allcw = self._add_ecc_and_interleave(datacw)
        n = self.size
        self.modules = [[False] * n for _ in range(n)]
        self.isfunc = [[False] * n for _ in range(n)]
        self._draw_function_patterns()
        self._draw_codewords(allcw)
        best = None
        for mask in range(8):
            self._apply_mask(mask)
            self._draw_format_bits(mask)
            p = self._penalty()
            if best is None or p < best[0]:
                best = (p, mask)
            self._apply_mask(mask)
        self.mask = best[1]
        self._apply_mask(self.mask)
        self._draw_format_bits(self.mask)

    # -- construction helpers --
    def _set_func(self, x, y, dark):
        self.modules[y][x] = dark
        self.isfunc[y][x] = True

    def _draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self._set_func(6, i, i % 2 == 0)
            self._set_func(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    xx, yy = cx + dx, cy + dy
                    if 0 <= xx < n and 0 <= yy < n:
                        dist = max(abs(dx), abs(dy))
                        self._set_func(xx, yy, dist not in (2, 4))
        pos = _alignment_positions(self.version)
        na = len(pos)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set_func(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format_bits(0)
        self._draw_version()

    def _draw_format_bits(self, mask):
        data = FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        n = self.size
        g = lambda i: ((bits >> i) & 1) != 0
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

    def _draw_version(self):
        if self.version < 7:
            return
        rem = self.version
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = self.version << 12 | rem
        n = self.size
        for i in range(18):
            bit = ((bits >> i) & 1) != 0
            a = n - 11 + i % 3
            b = i // 3
            self._set_func(a, b, bit)
            self._set_func(b, a, bit)

    def _add_ecc_and_interleave(self, data):
        ver, ecl = self.version, self.ecl
        numblocks = NUM_ERROR_CORRECTION_BLOCKS[ecl][ver]
        blockecclen = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
        rawcodewords = _num_raw_data_modules(ver) // 8
        numshortblocks = numblocks - rawcodewords % numblocks
        shortblocklen = rawcodewords // numblocks
        blocks = []
        rsdiv = _rs_divisor(blockecclen)
        k = 0
        for i in range(numblocks):
            dat = data[k: k + shortblocklen - blockecclen + (0 if i < numshortblocks else 1)]
            k += len(dat)
            ecc = _rs_remainder(dat, rsdiv)
            if i < numshortblocks:
                dat = dat + [0]
            blocks.append(dat + ecc)
        result = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortblocklen - blockecclen or j >= numshortblocks:
                    result.append(blk[i])
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
                    if not self.isfunc[y][x] and i < len(data) * 8:
                        self.modules[y][x] = ((data[i >> 3] >> (7 - (i & 7))) & 1) != 0
                        i += 1
            right -= 2

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
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.isfunc[y][x] and f(x, y):
                    self.modules[y][x] = not self.modules[y][x]

    def _penalty(self):
        n = self.size
        m = self.modules
        result = 0
        # rule 1 and 3 (rows and columns)
        def line_penalty(line):
            res = 0
            run = 1
            for i in range(1, n):
                if line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        res += 3 + (run - 5)
                    run = 1
            if run >= 5:
                res += 3 + (run - 5)
            s = ''.join('1' if v else '0' for v in line)
            for pat in ('10111010000', '00001011101'):
                start = 0
                while True:
                    idx = s.find(pat, start)
                    if idx < 0:
                        break
                    res += 40
                    start = idx + 1
            return res
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
        result += k * 10
        return result

    # -- output --
    def to_png(self, scale=6, border=4):
        n = self.size
        dim = (n + 2 * border) * scale
        raw = bytearray()
        for py in range(dim):
            raw.append(0)  # filter type none
            y = py // scale - border
            row = bytearray()
            for px in range(dim):
                x = px // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.modules[y][x]
                row.append(0 if dark else 255)
            raw += row
        return png_bytes(dim, dim, bytes(raw), color_type=0)


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def png_bytes(width, height, raw_scanlines, color_type=0, bitdepth=8, text=None):
    """raw_scanlines: filter byte + pixel bytes for every row."""
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, bitdepth, color_type, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\x00' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(raw_scanlines, 9))
    out += _chunk(b'IEND', b'')
    return out


def qr_png(text, scale=6, border=4, ecl='M'):
    return QrCode(text.encode('utf-8'), ecl=ecl).to_png(scale=scale, border=border)


def rgb_png(width, height, pixel_fn, text=None):
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw += bytes(pixel_fn(x, y))
    return png_bytes(width, height, bytes(raw), color_type=2, text=text)
