"""QR code (ISO/IEC 18004) encoder for byte mode, plus a decoder for verification.
Versions 1-40, error-correction levels L/M/Q/H, automatic mask selection."""

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
FORMAT_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}


# ------------------------------------------------------------------ GF(256)
def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def _rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = _gf_mul(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = _gf_mul(root, 0x02)
    return result


def _rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= _gf_mul(coef, factor)
    return result


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def _align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = 26 if ver == 32 else (ver * 4 + na * 2 + 1) // (na * 2 - 2) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return sorted(res)


def _format_word(ecl, mask):
    data = FORMAT_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _version_word(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


class _Grid:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        self.m = [[False] * self.size for _ in range(self.size)]
        self.f = [[False] * self.size for _ in range(self.size)]

    def setf(self, x, y, dark):
        self.m[y][x] = bool(dark)
        self.f[y][x] = True

    def function_patterns(self):
        s = self.size
        for i in range(s):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    d = max(abs(dx), abs(dy))
                    x, y = cx + dx, cy + dy
                    if 0 <= x < s and 0 <= y < s:
                        self.setf(x, y, d not in (2, 4))
        al = _align_positions(self.ver)
        n = len(al)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.format_bits(_format_word("L", 0))  # reserve
        if self.ver >= 7:
            bits = _version_word(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1
                a, b = s - 11 + i % 3, i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def format_bits(self, bits):
        s = self.size
        g = lambda i: (bits >> i) & 1
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

    def zigzag(self):
        s = self.size
        right = s - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(s):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = s - 1 - vert if upward else vert
                    if not self.f[y][x]:
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
    s = len(m)
    p = 0
    lines = [row for row in m] + [[m[y][x] for y in range(s)] for x in range(s)]
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for line in lines:
        run = 1
        for i in range(1, s):
            if line[i] == line[i - 1]:
                run += 1
            else:
                if run >= 5:
                    p += run - 2
                run = 1
        if run >= 5:
            p += run - 2
        for i in range(s - 10):
            seg = line[i:i + 11]
            if seg == pat1 or seg == pat2:
                p += 40
    for y in range(s - 1):
        for x in range(s - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in row if v) for row in m)
    total = s * s
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    p += k * 10
    return p


def _block_layout(ver, ecl):
    nb = NUM_BLOCKS[ecl][ver]
    ecc = ECC_PER_BLOCK[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    return nb, ecc, nshort, shortlen


def encode(data, ecl="M", minver=1, mask=None):
    """Return a matrix (list of rows of bools) for the given bytes/str."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    for ver in range(minver, 41):
        cc_bits = 8 if ver <= 9 else 16
        need = 4 + cc_bits + 8 * len(data)
        if need <= _data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError("data too long")
    cap = _data_codewords(ver, ecl) * 8
    bits = []

    def app(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    app(0b0100, 4)
    app(len(data), cc_bits)
    for b in data:
        app(b, 8)
    app(0, min(4, cap - len(bits)))
    app(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        app(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    nb, ecc, nshort, shortlen = _block_layout(ver, ecl)
    div = _rs_divisor(ecc)
    blocks = []
    k = 0
    for i in range(nb):
        dlen = shortlen - ecc + (0 if i < nshort else 1)
        dat = cw[k:k + dlen]
        k += dlen
        e = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + e)
    inter = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - ecc or j >= nshort:
                inter.append(blk[i])
    best = None
    masks = range(8) if mask is None else [mask]
    for mk in masks:
        g = _Grid(ver)
        g.function_patterns()
        i = 0
        fn = _mask_fn(mk)
        for x, y in g.zigzag():
            bit = False
            if i < len(inter) * 8:
                bit = (inter[i >> 3] >> (7 - (i & 7))) & 1 == 1
                i += 1
            g.m[y][x] = bit ^ fn(x, y)
        g.format_bits(_format_word(ecl, mk))
        pen = _penalty(g.m)
        if best is None or pen < best[0]:
            best = (pen, g.m)
    return best[1]


# ------------------------------------------------------------------ decoder (verification)
def decode_matrix(m):
    """Decode a module matrix; returns bytes. Raises ValueError on any inconsistency."""
    s = len(m)
    ver = (s - 17) // 4
    if ver < 1 or ver * 4 + 17 != s:
        raise ValueError("bad size %d" % s)
    # read first copy of format information
    bits = 0
    pos = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(pos):
        if m[y][x]:
            bits |= 1 << i
    best = None
    for ecl in "LMQH":
        for mk in range(8):
            d = bin(_format_word(ecl, mk) ^ bits).count("1")
            if best is None or d < best[0]:
                best = (d, ecl, mk)
    if best[0] > 3:
        raise ValueError("format info unreadable")
    _, ecl, mk = best
    if ver >= 7:
        vb = 0
        for i in range(18):
            if m[i // 3][s - 11 + i % 3]:
                vb |= 1 << i
        if bin(vb ^ _version_word(ver)).count("1") > 3:
            raise ValueError("version info mismatch")
    g = _Grid(ver)
    g.function_patterns()
    fn = _mask_fn(mk)
    raw = []
    for x, y in g.zigzag():
        raw.append(m[y][x] ^ fn(x, y))
    ncw = _raw_modules(ver) // 8
    cws = [int("".join("1" if b else "0" for b in raw[i * 8:i * 8 + 8]), 2) for i in range(ncw)]
    nb, ecc, nshort, shortlen = _block_layout(ver, ecl)
    padded = [[None] * (shortlen + 1) for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i != shortlen - ecc or j >= nshort:
                padded[j][i] = cws[k]
                k += 1
    blocks = []
    for j in range(nb):
        b = padded[j]
        if j < nshort:
            b = b[:shortlen - ecc] + b[shortlen - ecc + 1:]
        blocks.append(b)
    data = []
    div = _rs_divisor(ecc)
    for j, blk in enumerate(blocks):
        dlen = len(blk) - ecc
        d, e = blk[:dlen], blk[dlen:]
        if _rs_remainder(d, div) != e:
            raise ValueError("Reed-Solomon check failed in block %d" % j)
        data += d
    bitstr = "".join(format(b, "08b") for b in data)
    mode = int(bitstr[:4], 2)
    if mode != 4:
        raise ValueError("unsupported mode %d" % mode)
    ccb = 8 if ver <= 9 else 16
    n = int(bitstr[4:4 + ccb], 2)
    p = 4 + ccb
    out = bytes(int(bitstr[p + 8 * i:p + 8 * i + 8], 2) for i in range(n))
    term = bitstr[p + 8 * n:p + 8 * n + 4]
    if term and int(term, 2) != 0:
        raise ValueError("missing terminator")
    return out


def matrix_from_gray(pixels, w, h, threshold=128):
    """Sample a module matrix from a grayscale bitmap containing one upright QR code."""
    dark = lambda x, y: pixels[y * w + x] < threshold
    y0 = x0 = None
    for y in range(h):
        for x in range(w):
            if dark(x, y):
                y0, x0 = y, x
                break
        if y0 is not None:
            break
    if y0 is None:
        raise ValueError("no dark pixel")
    run = 0
    while x0 + run < w and dark(x0 + run, y0):
        run += 1
    mod = run / 7.0
    x1 = w - 1
    while not dark(x1, y0):
        x1 -= 1
    n = int(round((x1 - x0 + 1) / mod))
    m = []
    for r in range(n):
        row = []
        for c in range(n):
            px = int(x0 + (c + 0.5) * mod)
            py = int(y0 + (r + 0.5) * mod)
            row.append(dark(px, py))
        m.append(row)
    return m
