"""Minimal QR Code encoder (byte mode, ECC level M, versions 1-10) and a
1-bit PNG writer.  Python 3 standard library only, fully deterministic."""
import struct
import zlib

# (ec codewords per block, [(num_blocks, data_codewords_per_block), ...])
_ECC_M = {
    1: (10, [(1, 16)]),
    2: (16, [(1, 28)]),
    3: (26, [(1, 44)]),
    4: (18, [(2, 32)]),
    5: (24, [(2, 43)]),
    6: (16, [(4, 27)]),
    7: (18, [(4, 31)]),
    8: (22, [(2, 38), (2, 39)]),
    9: (22, [(3, 36), (2, 37)]),
    10: (26, [(4, 43), (1, 44)]),
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
_REMAINDER_BITS = {1: 0, 2: 7, 3: 7, 4: 7, 5: 7, 6: 7, 7: 0, 8: 0, 9: 0, 10: 0}

# ---------------------------------------------------------------- GF(256)
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


def _gf_mul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def rs_generator(degree):
    """Coefficients (highest first, leading 1 omitted) of prod (x - a^i)."""
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, c in enumerate(poly):
            nxt[j] ^= c
            nxt[j + 1] ^= _gf_mul(c, _EXP[i])
        poly = nxt
    return poly[1:]


def rs_remainder(data, degree):
    gen = rs_generator(degree)
    res = [0] * degree
    for b in data:
        factor = b ^ res[0]
        res = res[1:] + [0]
        for k in range(degree):
            res[k] ^= _gf_mul(gen[k], factor)
    return res


# ---------------------------------------------------------------- encoding
def _data_capacity(version):
    ec, groups = _ECC_M[version]
    return sum(n * d for n, d in groups)


def _encode_bits(payload, version):
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)

    put(0b0100, 4)
    put(len(payload), 8 if version < 10 else 16)
    for b in payload:
        put(b, 8)
    cap = _data_capacity(version) * 8
    if len(bits) > cap:
        raise ValueError("too long")
    put(0, min(4, cap - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    out = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    k = 0
    while len(out) < _data_capacity(version):
        out.append(pad[k % 2])
        k += 1
    return out


def _interleave(data, version):
    ec, groups = _ECC_M[version]
    blocks = []
    pos = 0
    for n, d in groups:
        for _ in range(n):
            blk = data[pos:pos + d]
            pos += d
            blocks.append((blk, rs_remainder(blk, ec)))
    out = []
    maxd = max(len(b[0]) for b in blocks)
    for i in range(maxd):
        for blk, _e in blocks:
            if i < len(blk):
                out.append(blk[i])
    for i in range(ec):
        for _b, e in blocks:
            out.append(e[i])
    return out


class _Matrix:
    def __init__(self, version):
        self.version = version
        self.size = version * 4 + 17
        self.mod = [[False] * self.size for _ in range(self.size)]
        self.fn = [[False] * self.size for _ in range(self.size)]

    def setf(self, x, y, dark):
        self.mod[y][x] = bool(dark)
        self.fn[y][x] = True

    def draw_function_patterns(self):
        s = self.size
        for i in range(s):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < s and 0 <= y < s:
                        d = max(abs(dx), abs(dy))
                        self.setf(x, y, d not in (2, 4))
        pos = _ALIGN[self.version]
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0)  # reserve
        self.draw_version()

    def draw_format(self, mask):
        data = (0b00 << 3) | mask  # ECC level M = 00
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = ((data << 10) | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1
        s = self.size
        for i in range(6):
            self.setf(8, i, g(i))
        self.setf(8, 7, g(6))
        self.setf(8, 8, g(7))
        self.setf(7, 8, g(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, g(i))
        for i in range(8):
            self.setf(s - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.setf(8, s - 15 + i, g(i))
        self.setf(8, s - 8, True)

    def draw_version(self):
        if self.version < 7:
            return
        rem = self.version
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = (self.version << 12) | rem
        for i in range(18):
            bit = (bits >> i) & 1
            a = self.size - 11 + i % 3
            b = i // 3
            self.setf(a, b, bit)
            self.setf(b, a, bit)

    def draw_codewords(self, cws):
        s = self.size
        total_bits = len(cws) * 8
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
                    if not self.fn[y][x]:
                        if i < total_bits:
                            self.mod[y][x] = bool((cws[i >> 3] >> (7 - (i & 7))) & 1)
                            i += 1
                        else:
                            self.mod[y][x] = False
            right -= 2

    def apply_mask(self, mask):
        f = [
            lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
        ][mask]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fn[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def penalty(self):
        s = self.size
        m = self.mod
        p = 0
        for rows in (m, [list(c) for c in zip(*m)]):
            for row in rows:
                run = 1
                for i in range(1, s):
                    if row[i] == row[i - 1]:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run = 1
                if run >= 5:
                    p += run - 2
                r = "".join("1" if v else "0" for v in row)
                p += 40 * (r.count("10111010000") + r.count("00001011101"))
        for y in range(s - 1):
            for x in range(s - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        k = abs(dark * 20 - s * s * 10) // (s * s)
        p += k * 10
        return p


def encode(text, min_version=1):
    """Return the module matrix (list of lists of bool, True = dark)."""
    payload = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    for version in range(min_version, 11):
        header = 4 + (8 if version < 10 else 16)
        if header + 8 * len(payload) <= _data_capacity(version) * 8:
            break
    else:
        raise ValueError("payload too long for version 10-M")
    cws = _interleave(_encode_bits(payload, version), version)
    best = None
    for mask in range(8):
        mx = _Matrix(version)
        mx.draw_function_patterns()
        mx.draw_codewords(cws)
        mx.apply_mask(mask)
        mx.draw_format(mask)
        pen = mx.penalty()
        if best is None or pen < best[0]:
            best = (pen, mx)
    return best[1].mod


# ---------------------------------------------------------------- PNG
def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_from_matrix(matrix, scale=6, border=4):
    n = len(matrix)
    width = (n + 2 * border) * scale
    raw = bytearray()
    for py in range(width):
        my = py // scale - border
        raw.append(0)  # filter: none
        byte = 0
        nbits = 0
        for px in range(width):
            mx = px // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            byte = (byte << 1) | (0 if dark else 1)
            nbits += 1
            if nbits == 8:
                raw.append(byte)
                byte = 0
                nbits = 0
        if nbits:
            raw.append(byte << (8 - nbits) | ((1 << (8 - nbits)) - 1))
    ihdr = struct.pack(">IIBBBBB", width, width, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))


def qr_png(text, scale=6, border=4):
    return png_from_matrix(encode(text), scale, border)


def solid_png(width, height, rgb_rows):
    """Tiny RGB PNG from a callable rgb_rows(y) -> bytes of width*3."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        raw += rgb_rows(y)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + _chunk(b"IEND", b""))


if __name__ == "__main__":
    # RS self-test against the well-known 1-M "HELLO WORLD" example
    d = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(d, 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    import sys
    open(sys.argv[1], "wb").write(qr_png(sys.argv[2]))
