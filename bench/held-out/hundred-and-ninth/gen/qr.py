"""QR Code Model 2 encoder (ISO/IEC 18004), byte and alphanumeric mode, versions 1-10,
error correction levels L/M/Q/H, with automatic mask selection by penalty score.
Also contains a small decoder used by the self-check (no error correction, only
verifies the Reed-Solomon syndromes are zero)."""
from png import png_gray1

# (total codewords, {level: (ec codewords per block, [(count, data codewords per block), ...])})
TABLE = {
    1: (26, {"L": (7, [(1, 19)]), "M": (10, [(1, 16)]), "Q": (13, [(1, 13)]), "H": (17, [(1, 9)])}),
    2: (44, {"L": (10, [(1, 34)]), "M": (16, [(1, 28)]), "Q": (22, [(1, 22)]), "H": (28, [(1, 16)])}),
    3: (70, {"L": (15, [(1, 55)]), "M": (26, [(1, 44)]), "Q": (18, [(2, 17)]), "H": (22, [(2, 13)])}),
    4: (100, {"L": (20, [(1, 80)]), "M": (18, [(2, 32)]), "Q": (26, [(2, 24)]), "H": (16, [(4, 9)])}),
    5: (134, {"L": (26, [(1, 108)]), "M": (24, [(2, 43)]), "Q": (18, [(2, 15), (2, 16)]), "H": (22, [(2, 11), (2, 12)])}),
    6: (172, {"L": (18, [(2, 68)]), "M": (16, [(4, 27)]), "Q": (24, [(4, 19)]), "H": (28, [(4, 15)])}),
    7: (196, {"L": (20, [(2, 78)]), "M": (18, [(4, 31)]), "Q": (18, [(2, 14), (4, 15)]), "H": (26, [(4, 13), (1, 14)])}),
    8: (242, {"L": (24, [(2, 97)]), "M": (22, [(2, 38), (2, 39)]), "Q": (22, [(4, 18), (2, 19)]), "H": (26, [(4, 14), (2, 15)])}),
    9: (292, {"L": (30, [(2, 116)]), "M": (22, [(3, 36), (2, 37)]), "Q": (20, [(4, 16), (4, 17)]), "H": (24, [(4, 12), (4, 13)])}),
    10: (346, {"L": (18, [(2, 68), (2, 69)]), "M": (26, [(4, 43), (1, 44)]), "Q": (24, [(6, 19), (2, 20)]), "H": (28, [(6, 15), (2, 16)])}),
}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
         7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
ECL_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"

# ---------------------------------------------------------------- GF(256) / Reed-Solomon
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


def gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return EXP[LOG[a] + LOG[b]]


def rs_generator(deg):
    g = [1]
    for i in range(deg):
        # multiply g by (x - a^i)
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= gmul(c, EXP[i])
        g = ng
    return g  # highest degree first, g[0] == 1


def rs_remainder(data, deg):
    gen = rs_generator(deg)
    rem = list(data) + [0] * deg
    for i in range(len(data)):
        c = rem[i]
        if c:
            for j in range(1, len(gen)):
                rem[i + j] ^= gmul(gen[j], c)
    return rem[len(data):]


def _poly_eval(cw, x):
    y = 0
    for c in cw:
        y = gmul(y, x) ^ c
    return y


def rs_check(codeword, deg):
    return all(_poly_eval(codeword, EXP[i]) == 0 for i in range(deg))


# ---------------------------------------------------------------- bit buffer

class Bits(list):
    def put(self, val, n):
        for i in range(n - 1, -1, -1):
            self.append((val >> i) & 1)


def _segment_bits(data, mode, version):
    b = Bits()
    if mode == "byte":
        b.put(0b0100, 4)
        b.put(len(data), 8 if version < 10 else 16)
        for x in data:
            b.put(x, 8)
    elif mode == "alnum":
        b.put(0b0010, 4)
        b.put(len(data), 9 if version < 10 else 11)
        s = data.decode("ascii")
        for i in range(0, len(s) - 1, 2):
            b.put(ALNUM.index(s[i]) * 45 + ALNUM.index(s[i + 1]), 11)
        if len(s) % 2:
            b.put(ALNUM.index(s[-1]), 6)
    else:
        raise ValueError(mode)
    return b


def data_capacity(version, level):
    total, lv = TABLE[version]
    ec, groups = lv[level]
    return sum(c * d for c, d in groups)


def make_codewords(payload, version, level, mode="byte"):
    bits = _segment_bits(payload, mode, version)
    cap = data_capacity(version, level) * 8
    if len(bits) > cap:
        raise ValueError("too long")
    bits.put(0, min(4, cap - len(bits)))
    bits.put(0, (8 - len(bits) % 8) % 8)
    data = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    i = 0
    while len(data) < cap // 8:
        data.append(pad[i % 2])
        i += 1
    total, lv = TABLE[version]
    ec, groups = lv[level]
    blocks = []
    pos = 0
    for count, dlen in groups:
        for _ in range(count):
            d = data[pos:pos + dlen]
            pos += dlen
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
    assert len(out) == total
    return out


# ---------------------------------------------------------------- matrix

def _format_bits(level, mask):
    data = ECL_BITS[level] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _version_bits(version):
    rem = version
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return version << 12 | rem


class Matrix:
    def __init__(self, version):
        self.v = version
        self.n = n = 17 + 4 * version
        self.m = [[0] * n for _ in range(n)]
        self.f = [[False] * n for _ in range(n)]

    def setf(self, x, y, dark):
        self.m[y][x] = 1 if dark else 0
        self.f[y][x] = True

    def draw_function_patterns(self, level):
        n = self.n
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self.setf(x, y, d not in (2, 4))
        pos = ALIGN[self.v]
        k = len(pos)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(level, 0)
        self.draw_version()

    def draw_format(self, level, mask):
        bits = _format_bits(level, mask)
        n = self.n
        g = lambda i: (bits >> i) & 1
        for i in range(6):
            self.setf(8, i, g(i))
        self.setf(8, 7, g(6))
        self.setf(8, 8, g(7))
        self.setf(7, 8, g(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, g(i))
        for i in range(8):
            self.setf(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.setf(8, n - 15 + i, g(i))
        self.setf(8, n - 8, True)

    def draw_version(self):
        if self.v < 7:
            return
        bits = _version_bits(self.v)
        for i in range(18):
            bit = (bits >> i) & 1
            a = self.n - 11 + i % 3
            b = i // 3
            self.setf(a, b, bit)
            self.setf(b, a, bit)

    def place_data(self, cws):
        n = self.n
        i = 0
        total = len(cws) * 8
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.f[y][x] and i < total:
                        self.m[y][x] = (cws[i >> 3] >> (7 - (i & 7))) & 1
                        i += 1
            right -= 2
        assert i == total

    def apply_mask(self, mask):
        n = self.n
        for y in range(n):
            for x in range(n):
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
                    self.m[y][x] ^= 1

    def penalty(self):
        n = self.n
        m = self.m
        score = 0

        def runs(line):
            s = 0
            run = 1
            for i in range(1, n):
                if line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        s += 3 + run - 5
                    run = 1
            if run >= 5:
                s += 3 + run - 5
            return s

        def finder_like(line):
            s = 0
            pat1 = [1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0]
            pat2 = [0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1]
            for i in range(n - 10):
                seg = line[i:i + 11]
                if seg == pat1 or seg == pat2:
                    s += 40
            return s

        cols = [[m[y][x] for y in range(n)] for x in range(n)]
        for row in m:
            score += runs(row) + finder_like(row)
        for col in cols:
            score += runs(col) + finder_like(col)
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    score += 3
        dark = sum(sum(r) for r in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        score += k * 10
        return score


def encode(text, level="M", version=None, mode="byte", mask=None):
    payload = text.encode("utf-8") if isinstance(text, str) else text
    if version is None:
        for v in range(1, 11):
            try:
                make_codewords(payload, v, level, mode)
                version = v
                break
            except ValueError:
                continue
        else:
            raise ValueError("payload too long for versions 1-10")
    cws = make_codewords(payload, version, level, mode)
    best = None
    for mk in ([mask] if mask is not None else range(8)):
        mt = Matrix(version)
        mt.draw_function_patterns(level)
        mt.place_data(cws)
        mt.apply_mask(mk)
        mt.draw_format(level, mk)
        p = mt.penalty()
        if best is None or p < best[0]:
            best = (p, mt, mk)
    return best[1]


def to_png(matrix, scale=8, border=4):
    n = matrix.n
    rows = []
    for y in range(-border, n + border):
        row = []
        for x in range(-border, n + border):
            v = matrix.m[y][x] if 0 <= x < n and 0 <= y < n else 0
            row.extend([v] * scale)
        for _ in range(scale):
            rows.append(list(row))
    return png_gray1(rows)


def qr_png(text, level="M", scale=6):
    return to_png(encode(text, level), scale=scale)


# ---------------------------------------------------------------- decoder (self-check)

def decode_matrix(m):
    """Decode a module matrix produced by a QR symbol (versions 1-10, byte/alnum mode)."""
    n = len(m)
    version = (n - 17) // 4
    # read the first copy of the format information
    bits = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        bits |= m[y][x] << i
    found = None
    for lv in "LMQH":
        for mk in range(8):
            if _format_bits(lv, mk) == bits:
                found = (lv, mk)
    if not found:
        raise ValueError("format information not valid")
    level, mask = found
    # rebuild function pattern map and unmask
    mt = Matrix(version)
    mt.draw_function_patterns(level)
    mt.m = [list(r) for r in m]
    mt.apply_mask(mask)
    # read codewords in placement order
    total = TABLE[version][0]
    out_bits = []
    right = n - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(n):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = n - 1 - vert if upward else vert
                if not mt.f[y][x] and len(out_bits) < total * 8:
                    out_bits.append(mt.m[y][x])
        right -= 2
    cws = [int("".join(map(str, out_bits[i:i + 8])), 2) for i in range(0, total * 8, 8)]
    ec, groups = TABLE[version][1][level]
    sizes = [d for c, d in groups for _ in range(c)]
    blocks = [[] for _ in sizes]
    k = 0
    for i in range(max(sizes)):
        for b, s in enumerate(sizes):
            if i < s:
                blocks[b].append(cws[k])
                k += 1
    for i in range(ec):
        for b in range(len(sizes)):
            blocks[b].append(cws[k])
            k += 1
    data = []
    for b, s in zip(blocks, sizes):
        if not rs_check(b, ec):
            raise ValueError("RS syndrome non-zero")
        data.extend(b[:s])
    bitstr = "".join(format(c, "08b") for c in data)
    modebits = bitstr[:4]
    if modebits == "0100":
        ln_bits = 8 if version < 10 else 16
        ln = int(bitstr[4:4 + ln_bits], 2)
        p = 4 + ln_bits
        payload = bytes(int(bitstr[p + 8 * i:p + 8 * i + 8], 2) for i in range(ln))
        return payload.decode("utf-8"), version, level, mask
    raise ValueError("unsupported mode")


def matrix_from_png(data, scale, border=4):
    from png import read_png_gray
    rows = read_png_gray(data)
    n = len(rows) // scale - 2 * border
    return [[rows[(border + y) * scale + scale // 2][(border + x) * scale + scale // 2] for x in range(n)]
            for y in range(n)]


def _selftest():
    # Format information reference values (ISO 18004 Annex C table)
    assert format(_format_bits("L", 0), "015b") == "111011111000100"
    assert format(_format_bits("M", 0), "015b") == "101010000010010"
    assert format(_format_bits("H", 7), "015b") == "000100000111011"
    assert format(_version_bits(7), "018b") == "000111110010010100"
    # "HELLO WORLD" 1-M alphanumeric worked example: known EC codewords
    cw = make_codewords(b"HELLO WORLD", 1, "M", "alnum")
    assert cw[16:] == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23], cw[16:]
    for s in ["https://example.com/", "x" * 150]:
        mt = encode(s, "M")
        assert decode_matrix(mt.m)[0] == s
    return True


if __name__ == "__main__":
    print(_selftest())
