"""Minimal QR Code model 2 encoder (byte mode, versions 1-15) and PNG writer.

Written from ISO/IEC 18004 structure: finder/timing/alignment patterns,
BCH-coded format and version information, Reed-Solomon over GF(256) with
polynomial 0x11D, block interleaving and the eight data masks with the
standard penalty rules.  Output is a greyscale PNG with a 4-module quiet zone.
"""
import struct
import zlib

ECL = {"L": 1, "M": 0, "Q": 3, "H": 2}      # format-information bits
_ECL_IDX = {"L": 0, "M": 1, "Q": 2, "H": 3}

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
MAXV = 15


# ---------------------------------------------------------------- GF(256)
def gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


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


# ---------------------------------------------------------------- geometry
def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    e = _ECL_IDX[ecl]
    return raw_modules(ver) // 8 - ECC_PER_BLOCK[e][ver] * NUM_BLOCKS[e][ver]


def align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    size = ver * 4 + 17
    res = [size - 7 - i * step for i in range(na - 1)]
    return [6] + sorted(res)


def format_bits(ecl, mask):
    data = ECL[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


class QR:
    def __init__(self, payload, ecl="M"):
        if isinstance(payload, str):
            payload = payload.encode("utf-8")
        self.ecl = ecl
        for ver in range(1, MAXV + 1):
            cc = 8 if ver <= 9 else 16
            if 4 + cc + 8 * len(payload) <= data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError("payload too long")
        self.ver = ver
        self.size = ver * 4 + 17
        bits = []

        def put(v, n):
            bits.extend((v >> i) & 1 for i in range(n - 1, -1, -1))
        put(0b0100, 4)
        put(len(payload), cc)
        for b in payload:
            put(b, 8)
        cap = data_codewords(ver, ecl) * 8
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        data = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        self.codewords = self._interleave(data)

        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.f = [[False] * n for _ in range(n)]
        self._function_patterns()
        self._place(self.codewords)
        best = None
        for mask in range(8):
            self._mask(mask)
            self._format(mask)
            p = self._penalty()
            if best is None or p < best[0]:
                best = (p, mask)
            self._mask(mask)
        self.mask = best[1]
        self._mask(self.mask)
        self._format(self.mask)

    # -- construction
    def _set(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

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
        self._format(0)
        if self.ver >= 7:
            vb = version_bits(self.ver)
            for i in range(18):
                bit = (vb >> i) & 1 == 1
                a, b = n - 11 + i % 3, i // 3
                self._set(a, b, bit)
                self._set(b, a, bit)

    def _format(self, mask):
        n = self.size
        b = format_bits(self.ecl, mask)
        g = lambda i: (b >> i) & 1 == 1
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

    def _interleave(self, data):
        e = _ECL_IDX[self.ecl]
        nb = NUM_BLOCKS[e][self.ver]
        el = ECC_PER_BLOCK[e][self.ver]
        raw = raw_modules(self.ver) // 8
        nshort = nb - raw % nb
        slen = raw // nb
        div = rs_divisor(el)
        blocks, k = [], 0
        for i in range(nb):
            dl = slen - el + (0 if i < nshort else 1)
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

    def _place(self, cw):
        n = self.size
        i = 0
        total = len(cw) * 8
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    up = ((right + 1) & 2) == 0
                    y = n - 1 - vert if up else vert
                    if not self.f[y][x] and i < total:
                        self.m[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    MASKS = [
        lambda x, y: (x + y) % 2 == 0,
        lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    ]

    def _mask(self, mask):
        fn = self.MASKS[mask]
        for y in range(self.size):
            for x in range(self.size):
                if not self.f[y][x] and fn(x, y):
                    self.m[y][x] = not self.m[y][x]

    def _penalty(self):
        n, m, p = self.size, self.m, 0
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
            s = "".join("1" if v else "0" for v in line)
            p += 40 * (s.count("00001011101") + s.count("10111010000"))
        for y in range(n - 1):
            for x in range(n - 1):
                if m[y][x] == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(v for row in m for v in row)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        p += k * 10
        return p

    # -- output
    def png(self, scale=6, border=4):
        n = self.size
        w = (n + 2 * border) * scale
        rows = []
        for yy in range(w):
            y = yy // scale - border
            row = bytearray([0])
            for xx in range(w):
                x = xx // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.m[y][x]
                row.append(0 if dark else 255)
            rows.append(bytes(row))
        raw = b"".join(rows)

        def chunk(t, d):
            c = struct.pack(">I", len(d)) + t + d
            return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, w, 8, 0, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qr_png(payload, ecl="M", scale=6):
    return QR(payload, ecl).png(scale=scale)
