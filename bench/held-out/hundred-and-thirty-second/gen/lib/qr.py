"""QR Code Model 2 encoder (byte mode) and a decoder for clean rendered images.

Stdlib only. Algorithms follow ISO/IEC 18004 (tables as in Nayuki's reference
implementation). The decoder reads back PNG renderings produced by png.py (or
any axis-aligned, unrotated, clean rendering) and is used by the build to check
that every QR code carries exactly the intended payload.
"""

ECL = {"L": (0, 1), "M": (1, 0), "Q": (2, 3), "H": (3, 2)}  # index, format bits

ECC_CODEWORDS_PER_BLOCK = [
    [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
]
NUM_ERROR_CORRECTION_BLOCKS = [
    [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
]


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
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        result -= (25 * na - 10) * na - 55
        if ver >= 7:
            result -= 36
    return result


def _data_codewords(ver, eidx):
    return _raw_modules(ver) // 8 - ECC_CODEWORDS_PER_BLOCK[eidx][ver] * NUM_ERROR_CORRECTION_BLOCKS[eidx][ver]


def _align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    result = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(result))


def _format_bits(fbits_ecl, mask):
    data = fbits_ecl << 3 | mask
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

    def draw_function(self):
        s = self.size
        for i in range(s):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    d = max(abs(dx), abs(dy))
                    xx, yy = cx + dx, cy + dy
                    if 0 <= xx < s and 0 <= yy < s:
                        self.setf(xx, yy, d not in (2, 4))
        pos = _align_positions(self.ver)
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0)
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
    score = 0
    # N1 runs and N3 finder-like patterns, rows and columns
    lines = [m[y] for y in range(s)] + [[m[y][x] for y in range(s)] for x in range(s)]
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = list(reversed(pat1))
    for line in lines:
        run = 1
        for i in range(1, s):
            if line[i] == line[i - 1]:
                run += 1
            else:
                if run >= 5:
                    score += run - 2
                run = 1
        if run >= 5:
            score += run - 2
        for i in range(s - 10):
            seg = line[i:i + 11]
            if seg == pat1 or seg == pat2:
                score += 40
    for y in range(s - 1):
        for x in range(s - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                score += 3
    dark = sum(1 for row in m for c in row if c)
    total = s * s
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    score += max(k, 0) * 10
    return score


def encode(payload, ecl="M", min_version=1, mask=None):
    """Return module matrix (list of lists of bool) for bytes/str payload."""
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    eidx, fbits = ECL[ecl]
    for ver in range(min_version, 41):
        ccbits = 8 if ver <= 9 else 16
        need = 4 + ccbits + 8 * len(payload)
        if need <= _data_codewords(ver, eidx) * 8:
            break
    else:
        raise ValueError("payload too long")
    cap = _data_codewords(ver, eidx) * 8
    bits = []

    def app(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)

    app(0b0100, 4)
    app(len(payload), ccbits)
    for b in payload:
        app(b, 8)
    app(0, min(4, cap - len(bits)))
    app(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        app(pad, 8)
        pad ^= 0xEC ^ 0x11
    data = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    nb = NUM_ERROR_CORRECTION_BLOCKS[eidx][ver]
    ecclen = ECC_CODEWORDS_PER_BLOCK[eidx][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(ecclen)
    blocks = []
    k = 0
    for i in range(nb):
        dat = data[k:k + shortlen - ecclen + (0 if i < nshort else 1)]
        k += len(dat)
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    allcw = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - ecclen or j >= nshort:
                allcw.append(blk[i])
    g = _Grid(ver)
    g.draw_function()
    i = 0
    for x, y in g.zigzag():
        if i < len(allcw) * 8:
            g.m[y][x] = (allcw[i >> 3] >> (7 - (i & 7))) & 1 == 1
            i += 1
    best = None
    masks = [mask] if mask is not None else range(8)
    for mk in masks:
        fn = _mask_fn(mk)
        mm = [row[:] for row in g.m]
        for y in range(g.size):
            for x in range(g.size):
                if not g.f[y][x] and fn(x, y):
                    mm[y][x] = not mm[y][x]
        g2 = _Grid(ver)
        g2.m = mm
        g2.f = [row[:] for row in g.f]
        g2.draw_format(_format_bits(fbits, mk))
        p = _penalty(g2.m)
        if best is None or p < best[0]:
            best = (p, g2.m)
    return best[1]


# ---------------------------------------------------------------- decoder

def sample_matrix(w, h, rows):
    """Locate a QR symbol in a clean grayscale raster and sample its modules."""
    dark = lambda x, y: rows[y][x] < 128
    top = left = None
    for y in range(h):
        for x in range(w):
            if dark(x, y):
                top, left = y, x
                break
        if top is not None:
            break
    if top is None:
        raise ValueError("no dark pixels")
    # left edge of symbol: minimum x of dark pixels on the top row's finder
    run = 0
    x = left
    while x < w and dark(x, top):
        run += 1
        x += 1
    scale = run / 7.0
    # right edge: scan the top row for the last dark pixel
    right = max(xx for xx in range(w) if dark(xx, top))
    n = int(round((right - left + 1) / scale))
    if (n - 17) % 4 != 0:
        raise ValueError("bad symbol size %d" % n)
    mat = []
    for j in range(n):
        yy = int(top + (j + 0.5) * scale)
        mat.append([dark(int(left + (i + 0.5) * scale), yy) for i in range(n)])
    return mat


def decode_matrix(mat):
    n = len(mat)
    ver = (n - 17) // 4
    # format info (first copy)
    bits = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        if mat[y][x]:
            bits |= 1 << i
    best = None
    for name, (eidx, fb) in ECL.items():
        for mk in range(8):
            d = bin(_format_bits(fb, mk) ^ bits).count("1")
            if best is None or d < best[0]:
                best = (d, eidx, mk, name)
    if best[0] > 3:
        raise ValueError("format info unreadable")
    _, eidx, mk, ecl = best
    g = _Grid(ver)
    g.draw_function()
    fn = _mask_fn(mk)
    bitlist = []
    for x, y in g.zigzag():
        v = mat[y][x]
        if fn(x, y):
            v = not v
        bitlist.append(1 if v else 0)
    raw = _raw_modules(ver) // 8
    cws = [int("".join(map(str, bitlist[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nb = NUM_ERROR_CORRECTION_BLOCKS[eidx][ver]
    ecclen = ECC_CODEWORDS_PER_BLOCK[eidx][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i == shortlen - ecclen and j < nshort:
                continue
            blocks[j].append(cws[k])
            k += 1
    div = _rs_divisor(ecclen)
    data = []
    for blk in blocks:
        dat, ecc = blk[:-ecclen], blk[-ecclen:]
        if _rs_remainder(dat, div) != ecc:
            raise ValueError("Reed-Solomon check failed")
        data.extend(dat)
    bits = "".join(format(b, "08b") for b in data)
    pos = 0
    out = b""

    def take(nbits):
        nonlocal pos
        v = int(bits[pos:pos + nbits], 2)
        pos += nbits
        return v

    while pos + 4 <= len(bits):
        mode = take(4)
        if mode == 0:
            break
        if mode == 0b0111:  # ECI
            take(8)
            continue
        if mode != 0b0100:
            raise ValueError("unsupported mode %d" % mode)
        cnt = take(8 if ver <= 9 else 16)
        out += bytes(take(8) for _ in range(cnt))
    return out, ver, ecl


def decode_png(png_bytes):
    from . import png as _png
    w, h, rows = _png.read_gray(png_bytes)
    return decode_matrix(sample_matrix(w, h, rows))[0]


def decode_raster(w, h, rows):
    return decode_matrix(sample_matrix(w, h, rows))[0]
