"""Minimal QR code encoder (byte mode, versions 1-40, ECC L/M/Q/H) and a
PNG writer, Python standard library only.  Follows ISO/IEC 18004."""
import struct
import zlib

ECC_CODEWORDS_PER_BLOCK = {
    "L": [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "M": [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    "Q": [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "H": [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
NUM_BLOCKS = {
    "L": [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    "M": [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    "Q": [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    "H": [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
ECL_FORMAT_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}


def num_raw_data_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        numalign = ver // 7 + 2
        result -= (25 * numalign - 10) * numalign - 55
        if ver >= 7:
            result -= 36
    return result


def num_data_codewords(ver, ecl):
    return (num_raw_data_modules(ver) // 8
            - ECC_CODEWORDS_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver])


def alignment_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    numalign = ver // 7 + 2
    step = 26 if ver == 32 else (ver * 4 + numalign * 2 + 1) // (numalign * 2 - 2) * 2
    result = [size - 7 - i * step for i in range(numalign - 1)] + [6]
    return sorted(result)


# ---------------------------------------------------------------- GF(256)
def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = _gf_mul(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = _gf_mul(root, 0x02)
    return result


def rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= _gf_mul(coef, factor)
    return result


# ---------------------------------------------------------------- encoder
class QR:
    def __init__(self, data, ecl="M", mask=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.ecl = ecl
        for ver in range(1, 41):
            ccbits = 8 if ver <= 9 else 16
            needed = 4 + ccbits + 8 * len(data)
            if needed <= num_data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError("data too long")
        self.version = ver
        self.size = ver * 4 + 17
        bits = []

        def put(val, n):
            for i in range(n - 1, -1, -1):
                bits.append((val >> i) & 1)
        put(0x4, 4)
        put(len(data), ccbits)
        for b in data:
            put(b, 8)
        cap = num_data_codewords(ver, ecl) * 8
        put(0, min(4, cap - len(bits)))
        put(0, (8 - len(bits) % 8) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        codewords = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        allcw = self._add_ecc_and_interleave(codewords)
        n = self.size
        self.modules = [[False] * n for _ in range(n)]
        self.isfunc = [[False] * n for _ in range(n)]
        self._draw_function_patterns()
        self._draw_codewords(allcw)
        if mask is None:
            best = None
            for m in range(8):
                self._apply_mask(m)
                self._draw_format_bits(m)
                p = self._penalty()
                if best is None or p < best[0]:
                    best = (p, m)
                self._apply_mask(m)
            mask = best[1]
        self.mask = mask
        self._apply_mask(mask)
        self._draw_format_bits(mask)

    def _set_func(self, x, y, dark):
        self.modules[y][x] = dark
        self.isfunc[y][x] = True

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
                        dist = max(abs(dx), abs(dy))
                        self._set_func(x, y, dist not in (2, 4))
        pos = alignment_positions(self.version)
        k = len(pos)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set_func(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format_bits(0)
        if self.version >= 7:
            rem = self.version
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.version << 12 | rem
            for i in range(18):
                bt = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self._set_func(a, b, bt)
                self._set_func(b, a, bt)

    def _draw_format_bits(self, mask):
        data = ECL_FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        n = self.size

        def b(i):
            return (bits >> i) & 1 == 1
        for i in range(0, 6):
            self._set_func(8, i, b(i))
        self._set_func(8, 7, b(6))
        self._set_func(8, 8, b(7))
        self._set_func(7, 8, b(8))
        for i in range(9, 15):
            self._set_func(14 - i, 8, b(i))
        for i in range(0, 8):
            self._set_func(n - 1 - i, 8, b(i))
        for i in range(8, 15):
            self._set_func(8, n - 15 + i, b(i))
        self._set_func(8, n - 8, True)

    def _add_ecc_and_interleave(self, data):
        ver, ecl = self.version, self.ecl
        numblocks = NUM_BLOCKS[ecl][ver]
        blockecclen = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
        rawcodewords = num_raw_data_modules(ver) // 8
        numshort = numblocks - rawcodewords % numblocks
        shortlen = rawcodewords // numblocks
        div = rs_divisor(blockecclen)
        blocks = []
        k = 0
        for i in range(numblocks):
            dat = data[k:k + shortlen - blockecclen + (0 if i < numshort else 1)]
            k += len(dat)
            ecc = rs_remainder(dat, div)
            if i < numshort:
                dat = dat + [None]
            blocks.append(dat + ecc)
        result = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if blk[i] is not None:
                    result.append(blk[i])
        assert len(result) == rawcodewords
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
                        self.modules[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    @staticmethod
    def mask_fn(m):
        return [
            lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
        ][m]

    def _apply_mask(self, m):
        f = self.mask_fn(m)
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.isfunc[y][x] and f(x, y):
                    self.modules[y][x] = not self.modules[y][x]

    def _penalty(self):
        n = self.size
        mod = self.modules
        p = 0
        for rows in (mod, [list(c) for c in zip(*mod)]):
            for row in rows:
                run = 1
                for x in range(1, n):
                    if row[x] == row[x - 1]:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run = 1
                if run >= 5:
                    p += run - 2
                s = "".join("1" if v else "0" for v in row)
                p += 40 * (s.count("10111010000") + s.count("00001011101"))
        for y in range(n - 1):
            for x in range(n - 1):
                c = mod[y][x]
                if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for v in row if v) for row in mod)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        p += max(k, 0) * 10
        return p

    def to_png(self, scale=8, border=4):
        n = self.size
        dim = (n + 2 * border) * scale
        raw = bytearray()
        for py in range(dim):
            raw.append(0)  # filter type none
            y = py // scale - border
            row = bytearray((dim + 7) // 8)
            for px in range(dim):
                x = px // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.modules[y][x]
                if not dark:  # 1-bit grayscale: 1 = white
                    row[px >> 3] |= 0x80 >> (px & 7)
            raw += row
        return png_bytes(dim, dim, 1, 0, bytes(raw))


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_bytes(w, h, bitdepth, colortype, filtered_raw, extra_chunks=()):
    out = b"\x89PNG\r\n\x1a\n"
    out += _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, bitdepth, colortype, 0, 0, 0))
    for tag, data in extra_chunks:
        out += _chunk(tag, data)
    out += _chunk(b"IDAT", zlib.compress(filtered_raw, 9))
    out += _chunk(b"IEND", b"")
    return out


def qr_png(text, ecl="M", scale=6, border=4):
    return QR(text, ecl).to_png(scale=scale, border=border)


def simple_logo_png(w, h, rgb_bg, rgb_fg, bars):
    """A tiny RGB logo: background with coloured rectangles (x0,y0,x1,y1)."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            col = rgb_bg
            for (x0, y0, x1, y1) in bars:
                if x0 <= x < x1 and y0 <= y < y1:
                    col = rgb_fg
            raw += bytes(col)
    return png_bytes(w, h, 8, 2, bytes(raw))


if __name__ == "__main__":
    import sys
    d = sys.argv[1] if len(sys.argv) > 1 else "https://example.org/"
    open("/tmp/_qrtest.png", "wb").write(qr_png(d))
    print("written")
