"""QR Code Model 2 encoder (byte mode, versions 1-10, EC levels L/M) and a
small decoder used only to self-check the generated symbols. Stdlib only."""

# (total codewords, {level: (ec per block, [(n blocks, data per block), ...])})
_TABLE = {
    1: (26, {"L": (7, [(1, 19)]), "M": (10, [(1, 16)])}),
    2: (44, {"L": (10, [(1, 34)]), "M": (16, [(1, 28)])}),
    3: (70, {"L": (15, [(1, 55)]), "M": (26, [(1, 44)])}),
    4: (100, {"L": (20, [(1, 80)]), "M": (18, [(2, 32)])}),
    5: (134, {"L": (26, [(1, 108)]), "M": (24, [(2, 43)])}),
    6: (172, {"L": (18, [(2, 68)]), "M": (16, [(4, 27)])}),
    7: (196, {"L": (20, [(2, 78)]), "M": (18, [(4, 31)])}),
    8: (242, {"L": (24, [(2, 97)]), "M": (22, [(2, 38), (2, 39)])}),
    9: (292, {"L": (30, [(2, 116)]), "M": (22, [(3, 36), (2, 37)])}),
    10: (346, {"L": (18, [(2, 68), (2, 69)]), "M": (26, [(4, 43), (1, 44)])}),
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
_ECBITS = {"L": 1, "M": 0, "Q": 3, "H": 2}

# GF(256) with primitive polynomial 0x11D
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
    return g  # highest degree first, g[0] == 1


def rs_remainder(data, n):
    gen = _rs_generator(n)
    res = list(data) + [0] * n
    for i in range(len(data)):
        coef = res[i]
        if coef:
            for j in range(1, len(gen)):
                res[i + j] ^= _gmul(gen[j], coef)
    return res[len(data):]


def _data_capacity(version, level):
    return sum(nb * dc for nb, dc in _TABLE[version][1][level][1])


def _make_codewords(payload, version, level):
    cap = _data_capacity(version, level)
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)

    put(0b0100, 4)
    put(len(payload), 8 if version <= 9 else 16)
    for b in payload:
        put(b, 8)
    assert len(bits) <= cap * 8
    put(0, min(4, cap * 8 - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    data = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    k = 0
    while len(data) < cap:
        data.append(pad[k % 2])
        k += 1
    ecn, groups = _TABLE[version][1][level]
    blocks = []
    pos = 0
    for nb, dc in groups:
        for _ in range(nb):
            blk = data[pos:pos + dc]
            pos += dc
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
    assert len(out) == _TABLE[version][0]
    return out


def _format_bits(level, mask):
    data = _ECBITS[level] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _version_bits(version):
    rem = version
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return version << 12 | rem


def _mask_fn(mask):
    return [
        lambda x, y: (x + y) % 2 == 0,
        lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    ][mask]


class _Grid:
    def __init__(self, version):
        self.v = version
        self.n = 17 + 4 * version
        self.m = [[False] * self.n for _ in range(self.n)]
        self.f = [[False] * self.n for _ in range(self.n)]

    def setf(self, x, y, dark):
        self.m[y][x] = bool(dark)
        self.f[y][x] = True

    def functions(self):
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
        al = _ALIGN[self.v]
        for i, ax in enumerate(al):
            for j, ay in enumerate(al):
                if (i == 0 and j == 0) or (i == 0 and j == len(al) - 1) or (i == len(al) - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(ax + dx, ay + dy, max(abs(dx), abs(dy)) != 1)
        self.format(0)  # reserve
        if self.v >= 7:
            bits = _version_bits(self.v)
            for i in range(18):
                bit = (bits >> i) & 1
                a = n - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def format(self, bits):
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

    def coords(self):
        n = self.n
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
                        yield x, y
            right -= 2


def _penalty(m):
    n = len(m)
    score = 0
    for lines in (m, [list(c) for c in zip(*m)]):
        for row in lines:
            run = 1
            for i in range(1, n):
                if row[i] == row[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        score += run - 2
                    run = 1
            if run >= 5:
                score += run - 2
            s = "".join("1" if c else "0" for c in row)
            for pat in ("10111010000", "00001011101"):
                idx = s.find(pat)
                while idx != -1:
                    score += 40
                    idx = s.find(pat, idx + 1)
    for y in range(n - 1):
        for x in range(n - 1):
            if m[y][x] == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                score += 3
    dark = sum(sum(1 for c in r if c) for r in m)
    k = abs(dark * 20 - n * n * 10) // (n * n)
    score += k * 10
    return score


def encode(text, level="M", min_version=1):
    """Return the module matrix (list of lists of bool) for text (str/bytes)."""
    payload = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    version = None
    for v in range(min_version, 11):
        hdr = 4 + (8 if v <= 9 else 16)
        if hdr + 8 * len(payload) <= 8 * _data_capacity(v, level):
            version = v
            break
    if version is None:
        raise ValueError("payload too long for versions 1-10")
    cw = _make_codewords(payload, version, level)
    best = None
    for mask in range(8):
        g = _Grid(version)
        g.functions()
        bitstream = []
        for c in cw:
            for i in range(7, -1, -1):
                bitstream.append((c >> i) & 1)
        fn = _mask_fn(mask)
        k = 0
        for x, y in g.coords():
            bit = bitstream[k] if k < len(bitstream) else 0
            k += 1
            g.m[y][x] = bool(bit) ^ fn(x, y)
        g.format(_format_bits(level, mask))
        p = _penalty(g.m)
        if best is None or p < best[0]:
            best = (p, g.m)
    return best[1]


# ---------------------------------------------------------------- decoder
def decode_matrix(m):
    """Decode a module matrix produced by a QR encoder (byte mode only).
    Verifies format information and that every RS block has zero syndromes."""
    n = len(m)
    version = (n - 17) // 4
    assert 17 + 4 * version == n and 1 <= version <= 10
    # format info, first copy
    bits = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        if m[y][x]:
            bits |= 1 << i
    bits2 = 0
    coords2 = [(n - 1 - i, 8) for i in range(8)] + [(8, n - 15 + i) for i in range(8, 15)]
    for i, (x, y) in enumerate(coords2):
        if m[y][x]:
            bits2 |= 1 << i
    assert bits == bits2, "format copies differ"
    found = None
    for lv in "LMQH":
        for mk in range(8):
            if _format_bits(lv, mk) == bits:
                found = (lv, mk)
    assert found, "invalid format information"
    level, mask = found
    assert level in ("L", "M")
    if version >= 7:
        vb = 0
        for i in range(18):
            if m[i // 3][n - 11 + i % 3]:
                vb |= 1 << i
        assert vb == _version_bits(version), "bad version info"
    g = _Grid(version)
    g.functions()
    fn = _mask_fn(mask)
    bitstream = []
    for x, y in g.coords():
        bitstream.append(int(m[y][x] ^ fn(x, y)))
    total = _TABLE[version][0]
    cw = [int("".join(map(str, bitstream[i * 8:i * 8 + 8])), 2) for i in range(total)]
    ecn, groups = _TABLE[version][1][level]
    sizes = [dc for nb, dc in groups for _ in range(nb)]
    nblk = len(sizes)
    blocks = [[] for _ in range(nblk)]
    p = 0
    for i in range(max(sizes)):
        for b in range(nblk):
            if i < sizes[b]:
                blocks[b].append(cw[p])
                p += 1
    ecs = [[] for _ in range(nblk)]
    for i in range(ecn):
        for b in range(nblk):
            ecs[b].append(cw[p])
            p += 1
    data = []
    for b in range(nblk):
        full = blocks[b] + ecs[b]
        for i in range(ecn):  # syndromes
            s = 0
            for c in full:
                s = _gmul(s, _EXP[i]) ^ c
            assert s == 0, "RS syndrome non-zero"
        data.extend(blocks[b])
    bits = "".join(format(c, "08b") for c in data)
    assert bits[:4] == "0100", "not byte mode"
    cl = 8 if version <= 9 else 16
    length = int(bits[4:4 + cl], 2)
    out = bytes(int(bits[4 + cl + 8 * i:4 + cl + 8 * i + 8], 2) for i in range(length))
    return out


def decode_png(png_bytes):
    """Locate the symbol in a PNG written by png.matrix_to_png and decode it."""
    from .png import read_png
    w, h, rows = read_png(png_bytes)
    # find bounding box of dark pixels
    ys = [y for y in range(h) if any(v < 128 for v in rows[y])]
    xs = [x for x in range(w) if any(rows[y][x] < 128 for y in ys)]
    top, left = ys[0], xs[0]
    size = xs[-1] - xs[0] + 1
    # module size from the finder pattern (7 modules wide)
    run = 0
    while rows[top][left + run] < 128:
        run += 1
    scale = run / 7.0
    nmod = int(round(size / scale))
    m = [[rows[int(top + (y + 0.5) * scale)][int(left + (x + 0.5) * scale)] < 128
          for x in range(nmod)] for y in range(nmod)]
    return decode_matrix(m)
