"""Minimal QR Code encoder (byte mode, versions 1-15, EC levels L/M) and PNG writer.

Pure standard library.  Follows ISO/IEC 18004: Reed-Solomon over GF(256) with
polynomial 0x11D, block interleaving, function patterns, format/version
information and the four mask penalty rules.
"""
import struct
import zlib

# (ec codewords per block, [(block count, data codewords per block), ...])
_EC_TABLE = {
    'M': {
        1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]),
        4: (18, [(2, 32)]), 5: (24, [(2, 43)]), 6: (16, [(4, 27)]),
        7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]),
        9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)]),
        11: (30, [(1, 50), (4, 51)]), 12: (22, [(6, 36), (2, 37)]),
        13: (22, [(8, 37), (1, 38)]), 14: (24, [(4, 40), (5, 41)]),
        15: (24, [(5, 41), (5, 42)]),
    },
    'L': {
        1: (7, [(1, 19)]), 2: (10, [(1, 34)]), 3: (15, [(1, 55)]),
        4: (20, [(1, 80)]), 5: (26, [(1, 108)]), 6: (18, [(2, 68)]),
        7: (20, [(2, 78)]), 8: (24, [(2, 97)]), 9: (30, [(2, 116)]),
        10: (18, [(2, 68), (2, 69)]), 11: (20, [(4, 81)]),
        12: (24, [(2, 92), (2, 93)]), 13: (26, [(4, 107)]),
        14: (30, [(3, 115), (1, 116)]), 15: (22, [(5, 87), (1, 88)]),
    },
}
_ECL_BITS = {'L': 1, 'M': 0}
_ALIGN = {
    1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
    7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50],
    11: [6, 30, 54], 12: [6, 32, 58], 13: [6, 34, 62],
    14: [6, 26, 46, 66], 15: [6, 26, 48, 70],
}

# ---- GF(256) ------------------------------------------------------------
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def _rs_generator(degree):
    g = [1]
    for i in range(degree):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= _gmul(c, _EXP[i])
        g = ng
    return g  # highest degree first, g[0] == 1


def rs_remainder(data, degree):
    gen = _rs_generator(degree)
    res = [0] * degree
    for b in data:
        factor = b ^ res[0]
        res = res[1:] + [0]
        for i in range(degree):
            res[i] ^= _gmul(gen[i + 1], factor)
    return res


# ---- encoder ------------------------------------------------------------
def _capacity(version, ecl):
    ec, groups = _EC_TABLE[ecl][version]
    return sum(n * d for n, d in groups)


def _choose_version(nbytes, ecl):
    for v in range(1, 16):
        ccbits = 8 if v <= 9 else 16
        need = 4 + ccbits + 8 * nbytes
        if need <= _capacity(v, ecl) * 8:
            return v
    raise ValueError('payload too long for versions 1-15')


def _codewords(data, version, ecl):
    ccbits = 8 if version <= 9 else 16
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), ccbits)
    for b in data:
        put(b, 8)
    cap = _capacity(version, ecl) * 8
    put(0, min(4, cap - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap // 8:
        cw.append(pad)
        pad = 0x11 if pad == 0xEC else 0xEC
    ec, groups = _EC_TABLE[ecl][version]
    blocks, k = [], 0
    for n, d in groups:
        for _ in range(n):
            blk = cw[k:k + d]
            k += d
            blocks.append((blk, rs_remainder(blk, ec)))
    out = []
    maxd = max(len(b[0]) for b in blocks)
    for i in range(maxd):
        for blk, _ in blocks:
            if i < len(blk):
                out.append(blk[i])
    for i in range(ec):
        for _, e in blocks:
            out.append(e[i])
    return out


class QR:
    def __init__(self, payload, ecl='M', mask=None):
        if isinstance(payload, str):
            payload = payload.encode('utf-8')
        self.payload = payload
        self.ecl = ecl
        self.version = _choose_version(len(payload), ecl)
        self.size = self.version * 4 + 17
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.func = [[False] * n for _ in range(n)]
        self._draw_function_patterns()
        cw = _codewords(payload, self.version, ecl)
        self._draw_codewords(cw)
        if mask is None:
            best, bestp = 0, None
            for m in range(8):
                self._apply_mask(m)
                self._draw_format(m)
                p = self._penalty()
                if bestp is None or p < bestp:
                    best, bestp = m, p
                self._apply_mask(m)
            mask = best
        self.mask = mask
        self._apply_mask(mask)
        self._draw_format(mask)

    # -- function patterns
    def _set(self, x, y, dark):
        self.mod[y][x] = dark
        self.func[y][x] = True

    def _draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self._set(6, i, i % 2 == 0)
            self._set(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self._set(x, y, d not in (2, 4))
        al = _ALIGN[self.version]
        for i, a in enumerate(al):
            for j, b in enumerate(al):
                if (i == 0 and j == 0) or (i == 0 and j == len(al) - 1) or (i == len(al) - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)  # reserve
        if self.version >= 7:
            rem = self.version
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.version << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self._set(a, b, bit)
                self._set(b, a, bit)

    def _draw_format(self, mask):
        data = _ECL_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        n = self.size
        g = lambda i: (bits >> i) & 1 == 1
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

    def _draw_codewords(self, cw):
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
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.func[y][x]:
                        if i < total:
                            self.mod[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                            i += 1
                        else:
                            self.mod[y][x] = False
            right -= 2
        assert i == total

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
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.func[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        M = self.mod
        p = 0
        lines = [M[y] for y in range(n)] + [[M[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run, prev = 0, None
            for c in line:
                if c == prev:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run, prev = 1, c
            if run >= 5:
                p += 3 + run - 5
            s = ''.join('1' if c else '0' for c in line)
            for pat in ('10111010000', '00001011101'):
                start = s.find(pat)
                while start != -1:
                    p += 40
                    start = s.find(pat, start + 1)
        for y in range(n - 1):
            for x in range(n - 1):
                c = M[y][x]
                if c == M[y][x + 1] == M[y + 1][x] == M[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for c in row if c) for row in M)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        p += k * 10
        return p

    # -- output
    def png(self, scale=6, border=4):
        n = self.size
        w = (n + 2 * border) * scale
        raw = bytearray()
        for py in range(w):
            y = py // scale - border
            row = 0
            bits = []
            for px in range(w):
                x = px // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.mod[y][x]
                bits.append(0 if dark else 1)
            while len(bits) % 8:
                bits.append(1)
            raw.append(0)
            for i in range(0, len(bits), 8):
                b = 0
                for bit in bits[i:i + 8]:
                    b = b << 1 | bit
                raw.append(b)
        return png_bytes(w, w, 1, 0, bytes(raw))


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def png_bytes(width, height, bitdepth, colortype, filtered_raw):
    sig = b'\x89PNG\r\n\x1a\n'
    ihdr = struct.pack('>IIBBBBB', width, height, bitdepth, colortype, 0, 0, 0)
    return sig + _chunk(b'IHDR', ihdr) + _chunk(b'IDAT', zlib.compress(filtered_raw, 9)) + _chunk(b'IEND', b'')


def qr_png(payload, ecl='M', scale=6):
    return QR(payload, ecl).png(scale=scale)
