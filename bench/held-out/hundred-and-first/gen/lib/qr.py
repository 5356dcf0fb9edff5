"""Minimal QR Code encoder (byte mode, versions 1-10, EC levels L/M).

Written from the ISO/IEC 18004 description; no third-party code.
"""

# (ec codewords per block, [(blocks, data codewords per block), ...])
_EC_TABLE = {
    'L': {1: (7, [(1, 19)]), 2: (10, [(1, 34)]), 3: (15, [(1, 55)]),
          4: (20, [(1, 80)]), 5: (26, [(1, 108)]), 6: (18, [(2, 68)]),
          7: (20, [(2, 78)]), 8: (24, [(2, 97)]), 9: (30, [(2, 116)]),
          10: (18, [(2, 68), (2, 69)])},
    'M': {1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]),
          4: (18, [(2, 32)]), 5: (24, [(2, 43)]), 6: (16, [(4, 27)]),
          7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]),
          9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)])},
}
_FORMAT_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}

# GF(256) arithmetic, primitive polynomial x^8+x^4+x^3+x^2+1
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


def rs_generator(degree):
    # coefficients of prod (x - a^i), i=0..degree-1, highest first, leading 1 dropped
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = _gmul(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = _gmul(root, 2)
    return result


def rs_remainder(data, degree):
    gen = rs_generator(degree)
    res = [0] * degree
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(gen):
            res[i] ^= _gmul(c, factor)
    return res


def _data_capacity(version, ecl):
    _, groups = _EC_TABLE[ecl][version]
    return sum(n * d for n, d in groups)


def _encode_data(payload, version, ecl):
    cap = _data_capacity(version, ecl)
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(payload), 8 if version < 10 else 16)
    for b in payload:
        put(b, 8)
    if len(bits) > cap * 8:
        raise ValueError('too long')
    put(0, min(4, cap * 8 - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    out = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    k = 0
    while len(out) < cap:
        out.append(pad[k % 2])
        k += 1
    return out


def _interleave(data, version, ecl):
    ecn, groups = _EC_TABLE[ecl][version]
    blocks = []
    pos = 0
    for n, d in groups:
        for _ in range(n):
            blk = data[pos:pos + d]
            pos += d
            blocks.append((blk, rs_remainder(blk, ecn)))
    out = []
    maxd = max(len(b[0]) for b in blocks)
    for i in range(maxd):
        for blk, _ in blocks:
            if i < len(blk):
                out.append(blk[i])
    for i in range(ecn):
        for _, ec in blocks:
            out.append(ec[i])
    return out


class QR:
    def __init__(self, payload, ecl='M', mask=None, min_version=1):
        if isinstance(payload, str):
            payload = payload.encode('utf-8')
        for v in range(min_version, 11):
            hdr = 4 + (8 if v < 10 else 16)
            if hdr + 8 * len(payload) <= _data_capacity(v, ecl) * 8:
                break
        else:
            raise ValueError('payload too long for version 10')
        self.version = v
        self.ecl = ecl
        self.size = 17 + 4 * v
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.func = [[False] * n for _ in range(n)]
        self._draw_function_patterns()
        cw = _interleave(_encode_data(payload, v, ecl), v, ecl)
        self._draw_codewords(cw)
        if mask is None:
            best = None
            for m in range(8):
                self._apply_mask(m)
                self._draw_format(m)
                p = self._penalty()
                if best is None or p < best[0]:
                    best = (p, m)
                self._apply_mask(m)  # undo (xor)
            mask = best[1]
        self._apply_mask(mask)
        self._draw_format(mask)
        self.mask = mask

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
                        self._set(x, y, max(abs(dx), abs(dy)) not in (2, 4))
        al = _ALIGN[self.version]
        k = len(al)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
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
        n = self.size
        data = _FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1 == 1
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
                    if not self.func[y][x] and i < len(cw) * 8:
                        self.mod[y][x] = ((cw[i >> 3] >> (7 - (i & 7))) & 1) == 1
                        i += 1
            right -= 2

    def _apply_mask(self, m):
        f = [lambda x, y: (x + y) % 2 == 0,
             lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0,
             lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][m]
        for y in range(self.size):
            for x in range(self.size):
                if not self.func[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        m = self.mod
        p = 0
        lines = [m[y] for y in range(n)] + [[m[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run = 1
            for i in range(1, n):
                if line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
                    run = 1
            if run >= 5:
                p += run - 2
            s = ''.join('1' if v else '0' for v in line)
            p += 40 * (s.count('10111010000') + s.count('00001011101'))
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        p += k * 10
        return p

    def matrix(self):
        return [row[:] for row in self.mod]


def qr_png(payload, scale=6, border=4, ecl='M'):
    from .png import gray_png
    q = QR(payload, ecl=ecl)
    n = q.size
    W = (n + 2 * border) * scale
    rows = []
    for Y in range(W):
        y = Y // scale - border
        row = bytearray(W)
        for X in range(W):
            x = X // scale - border
            dark = 0 <= x < n and 0 <= y < n and q.mod[y][x]
            row[X] = 0 if dark else 255
        rows.append(bytes(row))
    return gray_png(W, W, rows)
