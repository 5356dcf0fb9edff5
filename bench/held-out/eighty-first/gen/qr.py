"""Minimal QR code encoder (byte mode, EC level L/M, versions 1-10) and PNG writer.

Pure standard library. Follows ISO/IEC 18004 layout rules.
"""
import struct
import zlib

# (ec codewords per block, [(number of blocks, data codewords per block), ...])
EC_TABLE = {
    'L': {1: (7, [(1, 19)]), 2: (10, [(1, 34)]), 3: (15, [(1, 55)]), 4: (20, [(1, 80)]),
          5: (26, [(1, 108)]), 6: (18, [(2, 68)]), 7: (20, [(2, 78)]), 8: (24, [(2, 97)]),
          9: (30, [(2, 116)]), 10: (18, [(2, 68), (2, 69)])},
    'M': {1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]), 4: (18, [(2, 32)]),
          5: (24, [(2, 43)]), 6: (16, [(4, 27)]), 7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]),
          9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)])},
}
FORMAT_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
         7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
REMAINDER_BITS = {1: 0, 2: 7, 3: 7, 4: 7, 5: 7, 6: 7, 7: 0, 8: 0, 9: 0, 10: 0}

# ---- GF(256) arithmetic, primitive polynomial 0x11D ----
EXP = [0] * 512
LOG = [0] * 256
_x = 1
for _i in range(255):
    EXP[_i] = _x
    LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    EXP[_i] = EXP[_i - 255]


def gf_mul(a, b):
    if a == 0 or b == 0:
        return 0
    return EXP[LOG[a] + LOG[b]]


def rs_generator(n):
    g = [1]
    for i in range(n):
        # multiply g by (x - a^i)
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= gf_mul(c, EXP[i])
        g = ng
    return g


def rs_remainder(data, n):
    gen = rs_generator(n)
    rem = list(data) + [0] * n
    for i in range(len(data)):
        coef = rem[i]
        if coef:
            for j in range(1, len(gen)):
                rem[i + j] ^= gf_mul(gen[j], coef)
    return rem[len(data):]


def data_capacity(version, ecl):
    ec, blocks = EC_TABLE[ecl][version]
    return sum(n * d for n, d in blocks)


def format_bits(ecl, mask):
    data = FORMAT_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(version):
    rem = version
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return version << 12 | rem


def _bit(x, i):
    return (x >> i) & 1 == 1


class QR:
    def __init__(self, payload, ecl='M', version=None, mask=None):
        if isinstance(payload, str):
            payload = payload.encode('utf-8')
        self.ecl = ecl
        if version is None:
            for v in range(1, 11):
                cc = 8 if v < 10 else 16
                if 4 + cc + 8 * len(payload) <= data_capacity(v, ecl) * 8:
                    version = v
                    break
            else:
                raise ValueError('payload too long for version 10')
        self.version = version
        self.size = 17 + 4 * version
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.func = [[False] * n for _ in range(n)]
        self._draw_function_patterns()
        codewords = self._encode_codewords(payload)
        self._place(codewords)
        if mask is None:
            best = None
            for m in range(8):
                self._apply_mask(m)
                self._draw_format(m)
                p = self.penalty()
                if best is None or p < best[0]:
                    best = (p, m)
                self._apply_mask(m)  # undo (XOR)
            mask = best[1]
        self.mask = mask
        self._apply_mask(mask)
        self._draw_format(mask)

    # -- function patterns --
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
        pos = ALIGN[self.version]
        k = len(pos)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set_func(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)
        if self.version >= 7:
            bits = version_bits(self.version)
            for i in range(18):
                b = _bit(bits, i)
                a = n - 11 + i % 3
                c = i // 3
                self._set_func(a, c, b)
                self._set_func(c, a, b)

    def _draw_format(self, mask):
        n = self.size
        bits = format_bits(self.ecl, mask)
        for i in range(6):
            self._set_func(8, i, _bit(bits, i))
        self._set_func(8, 7, _bit(bits, 6))
        self._set_func(8, 8, _bit(bits, 7))
        self._set_func(7, 8, _bit(bits, 8))
        for i in range(9, 15):
            self._set_func(14 - i, 8, _bit(bits, i))
        for i in range(8):
            self._set_func(n - 1 - i, 8, _bit(bits, i))
        for i in range(8, 15):
            self._set_func(8, n - 15 + i, _bit(bits, i))
        self._set_func(8, n - 8, True)

    # -- data --
    def _encode_codewords(self, payload):
        v, ecl = self.version, self.ecl
        cap = data_capacity(v, ecl)
        bits = []

        def put(val, length):
            for i in range(length - 1, -1, -1):
                bits.append((val >> i) & 1)
        put(0b0100, 4)
        put(len(payload), 8 if v < 10 else 16)
        for b in payload:
            put(b, 8)
        put(0, min(4, cap * 8 - len(bits)))
        while len(bits) % 8:
            bits.append(0)
        data = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        pad = 0xEC
        while len(data) < cap:
            data.append(pad)
            pad ^= 0xEC ^ 0x11
        ec, groups = EC_TABLE[ecl][v]
        blocks = []
        k = 0
        for nb, dc in groups:
            for _ in range(nb):
                d = data[k:k + dc]
                k += dc
                blocks.append((d, rs_remainder(d, ec)))
        out = []
        maxd = max(len(d) for d, _ in blocks)
        for i in range(maxd):
            for d, _ in blocks:
                if i < len(d):
                    out.append(d[i])
        for i in range(ec):
            for _, e in blocks:
                out.append(e[i])
        return out

    def _place(self, codewords):
        n = self.size
        total = len(codewords) * 8
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
                    if not self.func[y][x] and i < total:
                        self.mod[y][x] = _bit(codewords[i >> 3], 7 - (i & 7))
                        i += 1
            right -= 2

    @staticmethod
    def mask_fn(m, x, y):
        if m == 0:
            return (x + y) % 2 == 0
        if m == 1:
            return y % 2 == 0
        if m == 2:
            return x % 3 == 0
        if m == 3:
            return (x + y) % 3 == 0
        if m == 4:
            return (x // 3 + y // 2) % 2 == 0
        if m == 5:
            return x * y % 2 + x * y % 3 == 0
        if m == 6:
            return (x * y % 2 + x * y % 3) % 2 == 0
        return ((x + y) % 2 + x * y % 3) % 2 == 0

    def _apply_mask(self, m):
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.func[y][x] and self.mask_fn(m, x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def penalty(self):
        n = self.size
        M = self.mod
        p = 0
        for lines in (M, [list(c) for c in zip(*M)]):
            for row in lines:
                run = 1
                for i in range(1, n):
                    if row[i] == row[i - 1]:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run = 1
                if run >= 5:
                    p += run - 2
                s = ''.join('1' if c else '0' for c in row)
                for pat in ('10111010000', '00001011101'):
                    start = 0
                    while True:
                        k = s.find(pat, start)
                        if k < 0:
                            break
                        p += 40
                        start = k + 1
        for y in range(n - 1):
            for x in range(n - 1):
                c = M[y][x]
                if c == M[y][x + 1] == M[y + 1][x] == M[y + 1][x + 1]:
                    p += 3
        dark = sum(1 for row in M for c in row if c)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        p += max(k, 0) * 10
        return p

    def png(self, scale=6, border=4):
        n = self.size
        w = (n + 2 * border) * scale
        raw = bytearray()
        for py in range(w):
            my = py // scale - border
            raw.append(0)  # filter none
            byte = 0
            nbits = 0
            for px in range(w):
                mx = px // scale - border
                dark = 0 <= mx < n and 0 <= my < n and self.mod[my][mx]
                byte = (byte << 1) | (0 if dark else 1)
                nbits += 1
                if nbits == 8:
                    raw.append(byte)
                    byte = 0
                    nbits = 0
            if nbits:
                raw.append(byte << (8 - nbits))
        return png_bytes(w, w, 1, 0, bytes(raw))


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def png_bytes(width, height, bitdepth, colortype, raw_filtered):
    ihdr = struct.pack('>IIBBBBB', width, height, bitdepth, colortype, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr)
            + _chunk(b'IDAT', zlib.compress(raw_filtered, 9)) + _chunk(b'IEND', b''))


def png_rgb(width, height, pixel_fn):
    """Small truecolour PNG; pixel_fn(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel_fn(x, y))
    return png_bytes(width, height, 8, 2, bytes(raw))


def qr_png(text, ecl='M', scale=6):
    return QR(text, ecl).png(scale=scale)


def qr_matrix(text, ecl='M'):
    q = QR(text, ecl)
    return q.mod
