"""Minimal QR code encoder (ISO/IEC 18004, byte mode, EC levels L/M,
versions 1-13) and a PNG writer.  Standard library only."""
import struct
import zlib

# (ec codewords per block, [(blocks, data codewords per block), ...])
_BLOCKS = {
    "M": {1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]),
          4: (18, [(2, 32)]), 5: (24, [(2, 43)]), 6: (16, [(4, 27)]),
          7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]),
          9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)]),
          11: (30, [(1, 50), (4, 51)]), 12: (22, [(6, 36), (2, 37)]),
          13: (22, [(8, 37), (1, 38)])},
    "L": {1: (7, [(1, 19)]), 2: (10, [(1, 34)]), 3: (15, [(1, 55)]),
          4: (20, [(1, 80)]), 5: (26, [(1, 108)]), 6: (18, [(2, 68)]),
          7: (20, [(2, 78)]), 8: (24, [(2, 97)]), 9: (30, [(2, 116)]),
          10: (18, [(2, 68), (2, 69)])},
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50],
          11: [6, 30, 54], 12: [6, 32, 58], 13: [6, 34, 62]}
_ECL_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}

# ------------------------------------------------------------ GF(256) -----
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


def _rs_generator(deg):
    g = [1]
    for i in range(deg):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= _gmul(c, _EXP[i])
        g = ng
    return g


def rs_ecc(data, deg):
    gen = _rs_generator(deg)
    rem = list(data) + [0] * deg
    for i in range(len(data)):
        coef = rem[i]
        if coef:
            for j in range(1, len(gen)):
                rem[i + j] ^= _gmul(gen[j], coef)
    return rem[len(data):]


# ----------------------------------------------------------- encoding -----

def _capacity(ver, ecl):
    ec, groups = _BLOCKS[ecl][ver]
    return sum(n * d for n, d in groups)


def _data_bits(payload, ver):
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(payload), 8 if ver < 10 else 16)
    for b in payload:
        put(b, 8)
    return bits


def _codewords(payload, ver, ecl):
    cap = _capacity(ver, ecl)
    bits = _data_bits(payload, ver)
    bits += [0] * min(4, cap * 8 - len(bits))
    while len(bits) % 8:
        bits.append(0)
    data = [int("".join(map(str, bits[i:i + 8])), 2)
            for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(data) < cap:
        data.append(pad)
        pad ^= 0xEC ^ 0x11
    ec, groups = _BLOCKS[ecl][ver]
    blocks = []
    k = 0
    for n, d in groups:
        for _ in range(n):
            blk = data[k:k + d]
            k += d
            blocks.append((blk, rs_ecc(blk, ec)))
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
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        self.mod = [[False] * self.size for _ in range(self.size)]
        self.fun = [[False] * self.size for _ in range(self.size)]

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.fun[y][x] = True

    def draw_function(self):
        n = self.size
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        dist = max(abs(dx), abs(dy))
                        self.setf(x, y, dist not in (2, 4))
        pos = _ALIGN[self.ver]
        last = len(pos) - 1
        for i, ay in enumerate(pos):
            for j, ax in enumerate(pos):
                if (i == 0 and j == 0) or (i == 0 and j == last) or \
                        (i == last and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(ax + dx, ay + dy,
                                  max(abs(dx), abs(dy)) != 1)
        self.draw_format(0, "M")   # reserve
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.ver << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, mask, ecl):
        data = _ECL_BITS[ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        n = self.size

        def gb(i):
            return (bits >> i) & 1 == 1
        for i in range(6):
            self.setf(8, i, gb(i))
        self.setf(8, 7, gb(6))
        self.setf(8, 8, gb(7))
        self.setf(7, 8, gb(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, gb(i))
        for i in range(8):
            self.setf(n - 1 - i, 8, gb(i))
        for i in range(8, 15):
            self.setf(8, n - 15 + i, gb(i))
        self.setf(8, n - 8, True)

    def draw_codewords(self, cw):
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
                    if not self.fun[y][x]:
                        if i < total:
                            self.mod[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                            i += 1
            right -= 2
        assert i == total

    def apply_mask(self, m):
        n = self.size
        for y in range(n):
            for x in range(n):
                if self.fun[y][x]:
                    continue
                if m == 0:
                    inv = (x + y) % 2 == 0
                elif m == 1:
                    inv = y % 2 == 0
                elif m == 2:
                    inv = x % 3 == 0
                elif m == 3:
                    inv = (x + y) % 3 == 0
                elif m == 4:
                    inv = (x // 3 + y // 2) % 2 == 0
                elif m == 5:
                    inv = x * y % 2 + x * y % 3 == 0
                elif m == 6:
                    inv = (x * y % 2 + x * y % 3) % 2 == 0
                else:
                    inv = ((x + y) % 2 + x * y % 3) % 2 == 0
                if inv:
                    self.mod[y][x] = not self.mod[y][x]

    def penalty(self):
        n = self.size
        m = self.mod
        score = 0
        lines = [m[y] for y in range(n)] + \
                [[m[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run = 1
            for i in range(1, n + 1):
                if i < n and line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        score += 3 + run - 5
                    run = 1
            s = "".join("1" if v else "0" for v in line)
            score += 40 * (s.count("10111010000") + s.count("00001011101"))
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    score += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        score += k * 10
        return score


def encode(text, ecl="M", min_version=1):
    payload = text.encode("utf-8") if isinstance(text, str) else text
    for ver in range(min_version, 14):
        if ver not in _BLOCKS[ecl]:
            continue
        need = 4 + (8 if ver < 10 else 16) + 8 * len(payload)
        if need <= _capacity(ver, ecl) * 8:
            break
    else:
        raise ValueError("payload too long for QR encoder")
    cw = _codewords(payload, ver, ecl)
    best = None
    for mask in range(8):
        mx = _Matrix(ver)
        mx.draw_function()
        mx.draw_codewords(cw)
        mx.apply_mask(mask)
        mx.draw_format(mask, ecl)
        p = mx.penalty()
        if best is None or p < best[0]:
            best = (p, mask, mx)
    return best[2].mod


# ---------------------------------------------------------------- PNG -----

def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)


def png_gray(rows):
    """rows: list of lists of 0..255 grey values"""
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\0" + bytes(r) for r in rows)
    return (b"\x89PNG\r\n\x1a\n" +
            _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            _chunk(b"IDAT", zlib.compress(raw, 9)) +
            _chunk(b"IEND", b""))


def png_rgb(rows):
    """rows: list of lists of (r,g,b)"""
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\0" + bytes(c for px in r for c in px) for r in rows)
    return (b"\x89PNG\r\n\x1a\n" +
            _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            _chunk(b"IDAT", zlib.compress(raw, 9)) +
            _chunk(b"IEND", b""))


def qr_png(text, scale=6, border=4, ecl="M"):
    mod = encode(text, ecl)
    n = len(mod)
    rows = []
    for y in range(-border, n + border):
        row = []
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and mod[y][x]
            row.extend([0 if dark else 255] * scale)
        for _ in range(scale):
            rows.append(row)
    return png_gray(rows)


def selftest():
    # ISO/IEC 18004 / thonky example "HELLO WORLD" 1-M data codewords
    data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17,
            236, 17]
    assert rs_ecc(data, 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    return True


if __name__ == "__main__":
    selftest()
    open(__import__("os").path.join(__import__("tempfile").gettempdir(), "qrtest.png"), "wb").write(
        qr_png("https://www.example.com/test?a=1&b=2"))
    print("ok")
