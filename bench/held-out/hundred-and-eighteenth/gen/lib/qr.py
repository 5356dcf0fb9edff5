"""QR Code model 2 encoder (byte mode, all versions/levels) and a decoder
for clean, axis-aligned images such as the ones produced here.  The decoder
is used by the verification step to prove every QR code carries exactly
the intended payload (Reed-Solomon syndromes are checked too)."""

ECC_PER_BLOCK = {
    "L": [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "M": [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    "Q": [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "H": [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
NUM_BLOCKS = {
    "L": [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    "M": [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    "Q": [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    "H": [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
ECL_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}

# ------------------------------------------------------------ GF(256)
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


def rs_generator(n):
    g = [1]
    for i in range(n):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= gmul(c, EXP[i])
        g = ng
    return g


def rs_remainder(data, n):
    g = rs_generator(n)
    res = list(data) + [0] * n
    for i in range(len(data)):
        c = res[i]
        if c:
            for j in range(1, len(g)):
                res[i + j] ^= gmul(g[j], c)
    return res[len(data):]


def rs_syndromes_zero(block, n):
    for i in range(n):
        s = 0
        for c in block:
            s = gmul(s, EXP[i]) ^ c
        if s:
            return False
    return True


# ------------------------------------------------------------ geometry
def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    return raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(res))


def _bch_format(ecl, mask):
    data = ECL_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _bch_version(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


class _Grid:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]
        self._functions()

    def set(self, x, y, v):
        self.m[y][x] = v
        self.fn[y][x] = True

    def _finder(self, cx, cy):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                d = max(abs(dx), abs(dy))
                x, y = cx + dx, cy + dy
                if 0 <= x < self.size and 0 <= y < self.size:
                    self.set(x, y, d not in (2, 4))

    def _align(self, cx, cy):
        for dy in range(-2, 3):
            for dx in range(-2, 3):
                self.set(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1)

    def _functions(self):
        n = self.size
        for i in range(n):
            self.set(6, i, i % 2 == 0)
            self.set(i, 6, i % 2 == 0)
        self._finder(3, 3)
        self._finder(n - 4, 3)
        self._finder(3, n - 4)
        ap = align_positions(self.ver)
        na = len(ap)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                self._align(ap[i], ap[j])
        self.draw_format(0)  # reserve
        self.draw_version()

    def draw_format(self, bits):
        n = self.size
        for i in range(6):
            self.set(8, i, (bits >> i) & 1 == 1)
        self.set(8, 7, (bits >> 6) & 1 == 1)
        self.set(8, 8, (bits >> 7) & 1 == 1)
        self.set(7, 8, (bits >> 8) & 1 == 1)
        for i in range(9, 15):
            self.set(14 - i, 8, (bits >> i) & 1 == 1)
        for i in range(8):
            self.set(n - 1 - i, 8, (bits >> i) & 1 == 1)
        for i in range(8, 15):
            self.set(8, n - 15 + i, (bits >> i) & 1 == 1)
        self.set(8, n - 8, True)

    def draw_version(self):
        if self.ver < 7:
            return
        bits = _bch_version(self.ver)
        n = self.size
        for i in range(18):
            bit = (bits >> i) & 1 == 1
            a, b = n - 11 + i % 3, i // 3
            self.set(a, b, bit)
            self.set(b, a, bit)

    def data_positions(self):
        n = self.size
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.fn[y][x]:
                        yield x, y
            right -= 2


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


def _penalty(m):
    n = len(m)
    p = 0

    def runs(line):
        s = 0
        cnt = 1
        for i in range(1, len(line)):
            if line[i] == line[i - 1]:
                cnt += 1
            else:
                if cnt >= 5:
                    s += cnt - 2
                cnt = 1
        if cnt >= 5:
            s += cnt - 2
        return s
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for y in range(n):
        p += runs(m[y])
    for x in range(n):
        p += runs([m[y][x] for y in range(n)])
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    for y in range(n):
        row = m[y]
        col = [m[i][y] for i in range(n)]
        for line in (row, col):
            for i in range(n - 10):
                seg = line[i:i + 11]
                if seg == pat1 or seg == pat2:
                    p += 40
    dark = sum(sum(1 for v in row if v) for row in m)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    p += k * 10
    return p


def encode(data, ecl="M", min_version=1, mask=None):
    """Return a square boolean matrix (True = dark) for *data* (bytes)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    for ver in range(min_version, 41):
        cc_bits = 8 if ver <= 9 else 16
        need = 4 + cc_bits + 8 * len(data)
        if need <= data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError("payload too long")
    cap = data_codewords(ver, ecl) * 8
    bits = []

    def put(v, n):
        for i in range(n - 1, -1, -1):
            bits.append((v >> i) & 1)
    put(4, 4)
    put(len(data), cc_bits)
    for b in data:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    put(0, (8 - len(bits) % 8) % 8)
    pad = [0xEC, 0x11]
    i = 0
    while len(bits) < cap:
        put(pad[i % 2], 8)
        i += 1
    cw = [int("".join(map(str, bits[k:k + 8])), 2) for k in range(0, len(bits), 8)]
    # blocks
    nb = NUM_BLOCKS[ecl][ver]
    eb = ECC_PER_BLOCK[ecl][ver]
    total = raw_modules(ver) // 8
    nshort = nb - total % nb
    shortlen = total // nb
    blocks = []
    k = 0
    for i in range(nb):
        dl = shortlen - eb + (0 if i < nshort else 1)
        d = cw[k:k + dl]
        k += dl
        e = rs_remainder(d, eb)
        if i < nshort:
            d = d + [None]
        blocks.append(d + e)
    inter = []
    for i in range(len(blocks[0])):
        for j, b in enumerate(blocks):
            if b[i] is not None:
                inter.append(b[i])
    g = _Grid(ver)
    pos = list(g.data_positions())
    allbits = []
    for c in inter:
        for i in range(7, -1, -1):
            allbits.append((c >> i) & 1 == 1)
    for idx, (x, y) in enumerate(pos):
        g.m[y][x] = allbits[idx] if idx < len(allbits) else False
    best = None
    masks = range(8) if mask is None else [mask]
    for mk in masks:
        f = _mask_fn(mk)
        mm = [row[:] for row in g.m]
        for (x, y) in pos:
            if f(x, y):
                mm[y][x] = not mm[y][x]
        g2 = _Grid(ver)
        g2.m = mm
        g2.draw_format(_bch_format(ecl, mk))
        pen = _penalty(g2.m)
        if best is None or pen < best[0]:
            best = (pen, g2.m)
    return best[1]


# ------------------------------------------------------------ decoder
def decode_matrix(m):
    n = len(m)
    ver = (n - 17) // 4
    if ver < 1 or ver * 4 + 17 != n:
        raise ValueError("bad size %d" % n)
    # format bits (first copy)
    bits = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        if m[y][x]:
            bits |= 1 << i
    best = None
    for ecl in "LMQH":
        for mk in range(8):
            d = bin(_bch_format(ecl, mk) ^ bits).count("1")
            if best is None or d < best[0]:
                best = (d, ecl, mk)
    if best[0] > 3:
        raise ValueError("format info unreadable")
    _, ecl, mk = best
    g = _Grid(ver)
    f = _mask_fn(mk)
    vals = []
    for (x, y) in g.data_positions():
        v = m[y][x]
        if f(x, y):
            v = not v
        vals.append(v)
    total = raw_modules(ver) // 8
    cw = []
    for k in range(total):
        c = 0
        for b in vals[k * 8:k * 8 + 8]:
            c = c << 1 | (1 if b else 0)
        cw.append(c)
    nb = NUM_BLOCKS[ecl][ver]
    eb = ECC_PER_BLOCK[ecl][ver]
    nshort = nb - total % nb
    shortlen = total // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i == shortlen - eb and j < nshort:
                continue
            if k < len(cw):
                blocks[j].append(cw[k])
                k += 1
    data = []
    for j, b in enumerate(blocks):
        if not rs_syndromes_zero(b, eb):
            raise ValueError("RS check failed")
        data.extend(b[:len(b) - eb])
    bitstr = "".join(format(c, "08b") for c in data)
    p = 0
    out = bytearray()
    while p + 4 <= len(bitstr):
        mode = int(bitstr[p:p + 4], 2)
        p += 4
        if mode == 0:
            break
        if mode != 4:
            raise ValueError("unsupported mode %d" % mode)
        ccb = 8 if ver <= 9 else 16
        cnt = int(bitstr[p:p + ccb], 2)
        p += ccb
        for _ in range(cnt):
            out.append(int(bitstr[p:p + 8], 2))
            p += 8
    return bytes(out), ecl, ver


def matrix_from_gray(pixels, w, h):
    """pixels: list of rows of 0..255 values.  Finds the symbol and samples
    module centres."""
    dark = [[v < 128 for v in row] for row in pixels]
    top = next(y for y in range(h) if any(dark[y]))
    left = min(x for y in range(h) for x in range(w) if dark[y][x])
    bottom = max(y for y in range(h) if any(dark[y]))
    right = max(x for y in range(h) for x in range(w) if dark[y][x])
    # finder pattern width: first dark run on the top row
    run = 0
    x = left
    while x < w and dark[top][x]:
        run += 1
        x += 1
    mod = run / 7.0
    n = int(round((right - left + 1) / mod))
    mat = []
    for j in range(n):
        y = int(top + (j + 0.5) * mod)
        mat.append([dark[y][int(left + (i + 0.5) * mod)] for i in range(n)])
    return mat
