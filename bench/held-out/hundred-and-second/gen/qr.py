"""Minimal QR Code encoder (ISO/IEC 18004, byte mode, EC levels L/M,
versions 1-15) and PNG writer.  Pure stdlib, deterministic."""
import struct
import zlib

# (ec codewords per block, [(num blocks, data codewords per block), ...])
_TABLE = {
    'L': {1: (7, [(1, 19)]), 2: (10, [(1, 34)]), 3: (15, [(1, 55)]),
          4: (20, [(1, 80)]), 5: (26, [(1, 108)]), 6: (18, [(2, 68)]),
          7: (20, [(2, 78)]), 8: (24, [(2, 97)]), 9: (30, [(2, 116)]),
          10: (18, [(2, 68), (2, 69)]), 11: (20, [(4, 81)]),
          12: (24, [(2, 92), (2, 93)]), 13: (26, [(4, 107)]),
          14: (30, [(3, 115), (1, 116)]), 15: (22, [(5, 87), (1, 88)])},
    'M': {1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]),
          4: (18, [(2, 32)]), 5: (24, [(2, 43)]), 6: (16, [(4, 27)]),
          7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]),
          9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)]),
          11: (30, [(1, 50), (4, 51)]), 12: (22, [(6, 36), (2, 37)]),
          13: (22, [(8, 37), (1, 38)]), 14: (24, [(4, 40), (5, 41)]),
          15: (24, [(5, 41), (5, 42)])},
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50],
          11: [6, 30, 54], 12: [6, 32, 58], 13: [6, 34, 62],
          14: [6, 26, 46, 66], 15: [6, 26, 48, 70]}
_ECL_BITS = {'L': 1, 'M': 0}

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


def _rs_generator(n):
    g = [1]
    for i in range(n):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= _gmul(c, _EXP[i])
        g = ng
    return g


def _rs_remainder(data, n):
    gen = _rs_generator(n)
    res = list(data) + [0] * n
    for i in range(len(data)):
        coef = res[i]
        if coef:
            for j in range(1, len(gen)):
                res[i + j] ^= _gmul(gen[j], coef)
    return res[len(data):]


def _capacity(version, ecl):
    ec, groups = _TABLE[ecl][version]
    return sum(n * d for n, d in groups)


def _encode_data(payload, version, ecl):
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(payload), 8 if version < 10 else 16)
    for b in payload:
        put(b, 8)
    cap = _capacity(version, ecl) * 8
    put(0, min(4, cap - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    data = [int("".join(map(str, bits[i:i + 8])), 2)
            for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    k = 0
    while len(data) < cap // 8:
        data.append(pad[k % 2])
        k += 1
    return data


def _interleave(data, version, ecl):
    ec, groups = _TABLE[ecl][version]
    blocks = []
    pos = 0
    for n, d in groups:
        for _ in range(n):
            blk = data[pos:pos + d]
            pos += d
            blocks.append((blk, _rs_remainder(blk, ec)))
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


class _Matrix:
    def __init__(self, version):
        self.v = version
        self.n = 17 + 4 * version
        self.m = [[False] * self.n for _ in range(self.n)]
        self.f = [[False] * self.n for _ in range(self.n)]

    def set(self, x, y, val, func=True):
        self.m[y][x] = bool(val)
        if func:
            self.f[y][x] = True

    def function_patterns(self):
        n = self.n
        for i in range(n):
            self.set(6, i, i % 2 == 0)
            self.set(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self.set(x, y, d not in (2, 4))
        pos = _ALIGN[self.v]
        for i, a in enumerate(pos):
            for j, b in enumerate(pos):
                if (i == 0 and j == 0) or (i == 0 and j == len(pos) - 1) or \
                        (i == len(pos) - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.set(a + dx, b + dy,
                                 max(abs(dx), abs(dy)) != 1)
        self.format_bits('M', 0)  # reserve
        self.version_bits()

    def format_bits(self, ecl, mask):
        n = self.n
        data = _ECL_BITS[ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412

        def b(i):
            return (bits >> i) & 1
        for i in range(6):
            self.set(8, i, b(i))
        self.set(8, 7, b(6))
        self.set(8, 8, b(7))
        self.set(7, 8, b(8))
        for i in range(9, 15):
            self.set(14 - i, 8, b(i))
        for i in range(8):
            self.set(n - 1 - i, 8, b(i))
        for i in range(8, 15):
            self.set(8, n - 15 + i, b(i))
        self.set(8, n - 8, True)

    def version_bits(self):
        if self.v < 7:
            return
        rem = self.v
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = self.v << 12 | rem
        for i in range(18):
            bit = (bits >> i) & 1
            a = self.n - 11 + i % 3
            b = i // 3
            self.set(a, b, bit)
            self.set(b, a, bit)

    def place(self, codewords):
        n = self.n
        i = 0
        total = len(codewords) * 8
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.f[y][x]:
                        if i < total:
                            self.m[y][x] = bool(
                                (codewords[i >> 3] >> (7 - (i & 7))) & 1)
                            i += 1
                        else:
                            self.m[y][x] = False
            right -= 2

    def apply_mask(self, mask):
        for y in range(self.n):
            for x in range(self.n):
                if self.f[y][x]:
                    continue
                if mask == 0:
                    inv = (x + y) % 2 == 0
                elif mask == 1:
                    inv = y % 2 == 0
                elif mask == 2:
                    inv = x % 3 == 0
                elif mask == 3:
                    inv = (x + y) % 3 == 0
                elif mask == 4:
                    inv = (x // 3 + y // 2) % 2 == 0
                elif mask == 5:
                    inv = x * y % 2 + x * y % 3 == 0
                elif mask == 6:
                    inv = (x * y % 2 + x * y % 3) % 2 == 0
                else:
                    inv = ((x + y) % 2 + x * y % 3) % 2 == 0
                if inv:
                    self.m[y][x] = not self.m[y][x]

    def penalty(self):
        n = self.n
        m = self.m
        score = 0
        lines = [m[y] for y in range(n)] + \
            [[m[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run = 1
            for i in range(1, n):
                if line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        score += 3 + run - 5
                    run = 1
            if run >= 5:
                score += 3 + run - 5
            s = "".join("1" if c else "0" for c in line)
            for pat in ("10111010000", "00001011101"):
                score += 40 * s.count(pat)
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    score += 3
        dark = sum(sum(1 for c in row if c) for row in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        score += 10 * k
        return score


def encode(text, ecl='M'):
    """Return module matrix (list of rows of bools) for text (str/bytes)."""
    payload = text.encode('utf-8') if isinstance(text, str) else bytes(text)
    for version in range(1, 16):
        head = 4 + (8 if version < 10 else 16)
        if head + 8 * len(payload) <= _capacity(version, ecl) * 8:
            break
    else:
        raise ValueError("payload too long for this encoder")
    data = _encode_data(payload, version, ecl)
    cw = _interleave(data, version, ecl)
    best = None
    for mask in range(8):
        mx = _Matrix(version)
        mx.function_patterns()
        mx.place(cw)
        mx.apply_mask(mask)
        mx.format_bits(ecl, mask)
        p = mx.penalty()
        if best is None or p < best[0]:
            best = (p, mx)
    return best[1].m


def _png_chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)


def png_gray(rows):
    """rows: list of bytes objects (8-bit grayscale)."""
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\x00" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n" +
            _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            _png_chunk(b"IDAT", zlib.compress(raw, 9)) +
            _png_chunk(b"IEND", b""))


def qr_png(text, ecl='M', scale=6, border=4):
    m = encode(text, ecl)
    n = len(m)
    rows = []
    size = (n + 2 * border) * scale
    for y in range(-border, n + border):
        row = bytearray()
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and m[y][x]
            row += (b"\x00" if dark else b"\xff") * scale
        for _ in range(scale):
            rows.append(bytes(row))
    assert len(rows) == size
    return png_gray(rows)


if __name__ == "__main__":
    import sys
    open(sys.argv[2], "wb").write(qr_png(sys.argv[1]))
