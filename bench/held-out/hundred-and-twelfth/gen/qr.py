"""Minimal QR Code encoder (byte mode, versions 1-10) and PNG writer.

Pure Python standard library.  Follows ISO/IEC 18004: Reed-Solomon over
GF(256) with polynomial 0x11D, BCH-coded format and version information,
the eight standard masks and the standard penalty rules for mask choice.
"""
import struct
import zlib

# error correction level -> (index into tables, format bits)
ECL = {"L": (0, 1), "M": (1, 0), "Q": (2, 3), "H": (3, 2)}

# index 0 unused; versions 1..10
ECC_PER_BLOCK = [
    [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],   # L
    [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26],  # M
    [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24],  # Q
    [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28],  # H
]
NUM_BLOCKS = [
    [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
    [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8],
    [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8],
]
ALIGN_POS = {
    1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
    7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50],
}


def _raw_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        result -= (25 * na - 10) * na - 55
        if ver >= 7:
            result -= 36
    return result


def _data_codewords(ver, ecl):
    i = ECL[ecl][0]
    return _raw_modules(ver) // 8 - ECC_PER_BLOCK[i][ver] * NUM_BLOCKS[i][ver]


def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
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
    def __init__(self, data: bytes, ecl="M", min_version=1, mask=None):
        self.ecl = ecl
        for ver in range(min_version, 11):
            cc_bits = 8 if ver < 10 else 16
            cap_bits = _data_codewords(ver, ecl) * 8
            if 4 + cc_bits + 8 * len(data) <= cap_bits:
                break
        else:
            raise ValueError("data too long for version <= 10")
        self.version = ver
        self.size = ver * 4 + 17
        bits = []

        def put(val, n):
            for i in range(n - 1, -1, -1):
                bits.append((val >> i) & 1)

        put(0b0100, 4)
        put(len(data), cc_bits)
        for b in data:
            put(b, 8)
        put(0, min(4, cap_bits - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap_bits:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        allcw = self._add_ecc(cw)
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.isfunc = [[False] * n for _ in range(n)]
        self._draw_function_patterns()
        self._draw_codewords(allcw)
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

    # --- construction -------------------------------------------------
    def _set_func(self, x, y, dark):
        self.mod[y][x] = dark
        self.isfunc[y][x] = True

    def _draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self._set_func(6, i, i % 2 == 0)
            self._set_func(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self._set_func(x, y, d not in (2, 4))
        pos = ALIGN_POS[self.version]
        na = len(pos)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set_func(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
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
        n = self.size
        data = ECL[self.ecl][1] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1 == 1
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

    def _add_ecc(self, data):
        i = ECL[self.ecl][0]
        ver = self.version
        nb = NUM_BLOCKS[i][ver]
        ecclen = ECC_PER_BLOCK[i][ver]
        raw = _raw_modules(ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = _rs_divisor(ecclen)
        blocks = []
        k = 0
        for b in range(nb):
            dat = data[k:k + shortlen - ecclen + (0 if b < nshort else 1)]
            k += len(dat)
            ecc = _rs_remainder(dat, div)
            if b < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for i2 in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i2 != shortlen - ecclen or j >= nshort:
                    out.append(blk[i2])
        assert len(out) == raw
        return out

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
                    y = (n - 1 - vert) if upward else vert
                    if not self.isfunc[y][x] and i < len(cw) * 8:
                        self.mod[y][x] = ((cw[i >> 3] >> (7 - (i & 7))) & 1) == 1
                        i += 1
            right -= 2

    def _apply_mask(self, m):
        fns = [
            lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
        ]
        f = fns[m]
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.isfunc[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        m = self.mod
        p = 0
        lines = [m[y] for y in range(n)] + [[m[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run = 1
            for i in range(1, n + 1):
                if i < n and line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + (run - 5)
                    run = 1
            s = "".join("1" if v else "0" for v in line)
            padded = "0000" + s + "0000"
            for pat in ("10111010000", "00001011101"):
                start = 0
                while True:
                    k = padded.find(pat, start)
                    if k < 0:
                        break
                    p += 40
                    start = k + 1
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

    # --- output -------------------------------------------------------
    def to_png(self, scale=8, border=4):
        n = self.size
        dim = (n + 2 * border) * scale
        rows = []
        for py in range(dim):
            my = py // scale - border
            row = bytearray([0])  # filter type none
            # 1-bit grayscale: 1 = white
            bits = []
            for px in range(dim):
                mx = px // scale - border
                dark = 0 <= mx < n and 0 <= my < n and self.mod[my][mx]
                bits.append(0 if dark else 1)
            for i in range(0, dim, 8):
                chunk = bits[i:i + 8] + [1] * (8 - len(bits[i:i + 8]))
                v = 0
                for b in chunk:
                    v = (v << 1) | b
                row.append(v)
            rows.append(bytes(row))
        return png_bytes(dim, dim, 1, 0, b"".join(rows))


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_bytes(width, height, bitdepth, colortype, raw_scanlines, extra_chunks=()):
    sig = b"\x89PNG\r\n\x1a\n"
    ihdr = struct.pack(">IIBBBBB", width, height, bitdepth, colortype, 0, 0, 0)
    out = sig + _chunk(b"IHDR", ihdr)
    for tag, data in extra_chunks:
        out += _chunk(tag, data)
    out += _chunk(b"IDAT", zlib.compress(raw_scanlines, 9))
    out += _chunk(b"IEND", b"")
    return out


def qr_png(text, ecl="M", scale=8, border=4):
    q = QR(text.encode("utf-8"), ecl=ecl)
    return q.to_png(scale=scale, border=border), q


def rgb_png(width, height, pixel_fn):
    """Simple truecolour PNG; pixel_fn(x, y) -> (r, g, b)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row.extend(pixel_fn(x, y))
        rows.append(bytes(row))
    return png_bytes(width, height, 8, 2, b"".join(rows))
