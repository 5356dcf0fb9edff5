"""Minimal QR code encoder (byte mode, ISO/IEC 18004) and a matching
decoder used by the verifier.  Pure Python, deterministic."""

_ECC_LEN = {
    "L": [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "M": [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    "Q": [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "H": [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
_NUM_BLOCKS = {
    "L": [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    "M": [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    "Q": [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    "H": [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
_ECL_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}


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
        for j in range(len(result)):
            result[j] = _gf_mul(result[j], root)
            if j + 1 < len(result):
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
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        result -= (25 * na - 10) * na - 55
        if ver >= 7:
            result -= 36
    return result


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - _ECC_LEN[ecl][ver] * _NUM_BLOCKS[ecl][ver]


def _align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(res))


def _format_bits(ecl, mask):
    data = _ECL_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _version_bits(ver):
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
        self.m[y][x] = dark
        self.f[y][x] = True

    def draw_function(self, ecl=None, mask=None):
        s = self.size
        for i in range(s):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    d = max(abs(dx), abs(dy))
                    xx, yy = cx + dx, cy + dy
                    if 0 <= xx < s and 0 <= yy < s:
                        self.setf(xx, yy, d not in (2, 4))
        al = _align_positions(self.ver)
        n = len(al)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(_format_bits(ecl or "M", mask or 0))
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = s - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, bits):
        s = self.size
        g = lambda i: (bits >> i) & 1 == 1
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
                    y = (s - 1 - vert) if upward else vert
                    if not self.f[y][x]:
                        yield x, y
            right -= 2


_MASKS = [
    lambda x, y: (x + y) % 2 == 0,
    lambda x, y: y % 2 == 0,
    lambda x, y: x % 3 == 0,
    lambda x, y: (x + y) % 3 == 0,
    lambda x, y: (x // 3 + y // 2) % 2 == 0,
    lambda x, y: x * y % 2 + x * y % 3 == 0,
    lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
]


def _penalty(m):
    s = len(m)
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
            for pat in ("10111010000", "00001011101"):
                p += 40 * r.count(pat)
    for y in range(s - 1):
        for x in range(s - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in row if v) for row in m)
    k = abs(dark * 20 - s * s * 10) // (s * s)
    p += k * 10
    return p


def encode(payload, ecl="M", minver=1):
    """Return the module matrix (list of rows of bools) for `payload`
    (str -> UTF-8, or bytes) in byte mode."""
    data = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    for ver in range(minver, 41):
        cc_bits = 8 if ver < 10 else 16
        need = 4 + cc_bits + 8 * len(data)
        cap = _data_codewords(ver, ecl) * 8
        if need <= cap:
            break
    else:
        raise ValueError("payload too long")
    bits = []

    def put(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), cc_bits)
    for b in data:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # error correction + interleave
    nb = _NUM_BLOCKS[ecl][ver]
    el = _ECC_LEN[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(el)
    blocks = []
    k = 0
    for i in range(nb):
        dl = shortlen - el + (0 if i < nshort else 1)
        dat = cw[k:k + dl]
        k += dl
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - el or j >= nshort:
                final.append(blk[i])
    best = None
    for mask in range(8):
        g = _Grid(ver)
        g.draw_function(ecl, mask)
        i = 0
        for x, y in g.zigzag():
            if i < len(final) * 8:
                g.m[y][x] = (final[i >> 3] >> (7 - (i & 7))) & 1 == 1
            i += 1
        fn = _MASKS[mask]
        for y in range(g.size):
            for x in range(g.size):
                if not g.f[y][x] and fn(x, y):
                    g.m[y][x] = not g.m[y][x]
        pen = _penalty(g.m)
        if best is None or pen < best[0]:
            best = (pen, g.m)
    return best[1]


# ------------------------------------------------------------------ decoder

def decode_matrix(m):
    """Decode a module matrix produced by a QR encoder (byte mode only,
    error-free).  Returns bytes.  Raises ValueError on inconsistency."""
    s = len(m)
    ver = (s - 17) // 4
    if ver * 4 + 17 != s or not 1 <= ver <= 40:
        raise ValueError("bad size %d" % s)
    # read format bits (first copy)
    bits = 0
    pos = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(pos):
        if m[y][x]:
            bits |= 1 << i
    best = None
    for ecl in "LMQH":
        for mask in range(8):
            d = bin(_format_bits(ecl, mask) ^ bits).count("1")
            if best is None or d < best[0]:
                best = (d, ecl, mask)
    if best[0] > 3:
        raise ValueError("format info unreadable")
    _, ecl, mask = best
    g = _Grid(ver)
    g.draw_function(ecl, mask)
    fn = _MASKS[mask]
    raw = []
    for x, y in g.zigzag():
        v = m[y][x]
        if fn(x, y):
            v = not v
        raw.append(1 if v else 0)
    nraw = _raw_modules(ver) // 8
    cw = [int("".join(map(str, raw[i * 8:i * 8 + 8])), 2) for i in range(nraw)]
    nb = _NUM_BLOCKS[ecl][ver]
    el = _ECC_LEN[ecl][ver]
    nshort = nb - nraw % nb
    shortlen = nraw // nb
    blocks = [[] for _ in range(nb)]
    idx = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i == shortlen - el and j < nshort:
                continue
            if idx < len(cw):
                blocks[j].append(cw[idx])
                idx += 1
    div = _rs_divisor(el)
    data = []
    for j, blk in enumerate(blocks):
        dl = shortlen - el + (0 if j < nshort else 1)
        dat, ecc = blk[:dl], blk[dl:]
        if _rs_remainder(dat, div) != ecc:
            raise ValueError("RS check failed in block %d" % j)
        data += dat
    bitstr = "".join(format(b, "08b") for b in data)
    if bitstr[:4] != "0100":
        raise ValueError("not byte mode")
    ccb = 8 if ver < 10 else 16
    n = int(bitstr[4:4 + ccb], 2)
    start = 4 + ccb
    return bytes(int(bitstr[start + 8 * i:start + 8 * i + 8], 2) for i in range(n))


def matrix_from_gray(pixels, width, height):
    """Recover the module matrix from a grayscale bitmap (list of rows)
    containing one axis-aligned QR code on a white quiet zone."""
    dark = lambda x, y: pixels[y][x] < 128
    ys = [y for y in range(height) if any(dark(x, y) for x in range(width))]
    xs = [x for x in range(width) if any(dark(x, y) for y in ys)]
    if not ys:
        raise ValueError("no dark pixels")
    x0, x1, y0, y1 = xs[0], xs[-1], ys[0], ys[-1]
    # finder pattern is 7 modules wide: measure run of dark on top row
    run = 0
    x = x0
    while x <= x1 and dark(x, y0):
        run += 1
        x += 1
    mod = run / 7.0
    n = int(round((x1 - x0 + 1) / mod))
    out = []
    for r in range(n):
        yy = int(y0 + (r + 0.5) * mod)
        out.append([dark(int(x0 + (c + 0.5) * mod), yy) for c in range(n)])
    return out
