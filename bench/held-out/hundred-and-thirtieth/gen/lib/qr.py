"""QR code model 2 encoder (byte mode) and a decoder for the clean images this build
produces (used by the verification step)."""

_ECC_PER_BLOCK = {
    "L": (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    "M": (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    "Q": (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    "H": (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
}
_NUM_BLOCKS = {
    "L": (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    "M": (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    "Q": (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    "H": (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
}
_FMT_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}
_FMT_REV = {v: k for k, v in _FMT_BITS.items()}


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]


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


def _align_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    n = ver // 7 + 2
    step = (ver * 8 + n * 3 + 5) // (n * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(n - 1)] + [6]
    return list(reversed(res))


def _format_bits(ecl, mask):
    data = _FMT_BITS[ecl] << 3 | mask
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
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.f = [[False] * n for _ in range(n)]
        self._functions()

    def set(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def _functions(self):
        n = self.size
        for i in range(n):
            self.set(6, i, i % 2 == 0)
            self.set(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    d = max(abs(dx), abs(dy))
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        self.set(x, y, d not in (2, 4))
        pos = _align_positions(self.ver)
        k = len(pos)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.set(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0, "M")  # reserve
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a, b = n - 11 + i % 3, i // 3
                self.set(a, b, bit)
                self.set(b, a, bit)

    def draw_format(self, mask, ecl):
        n = self.size
        bits = _format_bits(ecl, mask)
        g = lambda i: (bits >> i) & 1 == 1
        for i in range(6):
            self.set(8, i, g(i))
        self.set(8, 7, g(6))
        self.set(8, 8, g(7))
        self.set(7, 8, g(8))
        for i in range(9, 15):
            self.set(14 - i, 8, g(i))
        for i in range(8):
            self.set(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.set(8, n - 15 + i, g(i))
        self.set(8, n - 8, True)

    def data_positions(self):
        n = self.size
        out = []
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = (n - 1 - vert) if upward else vert
                    if not self.f[y][x]:
                        out.append((x, y))
            right -= 2
        return out


def _mask_fn(mask):
    return [lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][mask]


def _penalty(m):
    n = len(m)
    p = 0
    for rows in (m, [list(c) for c in zip(*m)]):
        for row in rows:
            run = 1
            for i in range(1, n):
                if row[i] == row[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run = 1
            if run >= 5:
                p += 3 + run - 5
            s = "".join("1" if v else "0" for v in row)
            p += 40 * (s.count("10111010000") + s.count("00001011101"))
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in row if v) for row in m)
    k = (abs(dark * 20 - n * n * 10) + n * n - 1) // (n * n) - 1
    p += k * 10
    return p


def _codewords(data, ver, ecl):
    nb = _NUM_BLOCKS[ecl][ver]
    ecc = _ECC_PER_BLOCK[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(ecc)
    blocks = []
    k = 0
    for i in range(nb):
        ln = shortlen - ecc + (0 if i < nshort else 1)
        dat = list(data[k:k + ln])
        k += ln
        e = _rs_remainder(dat, div)
        if i < nshort:
            dat.append(0)
        blocks.append(dat + e)
    out = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - ecc or j >= nshort:
                out.append(blk[i])
    return out


def encode(payload, ecl="M", min_version=1):
    """payload: str (encoded UTF-8) or bytes. Returns list of rows (True = dark)."""
    data = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    for ver in range(min_version, 41):
        cc = 8 if ver <= 9 else 16
        if 4 + cc + 8 * len(data) <= _data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError("payload too long")
    cap = _data_codewords(ver, ecl) * 8
    bits = [0, 1, 0, 0]
    bits += [(len(data) >> i) & 1 for i in reversed(range(cc))]
    for b in data:
        bits += [(b >> i) & 1 for i in reversed(range(8))]
    bits += [0] * min(4, cap - len(bits))
    bits += [0] * ((8 - len(bits) % 8) % 8)
    pad = 0xEC
    while len(bits) < cap:
        bits += [(pad >> i) & 1 for i in reversed(range(8))]
        pad ^= 0xEC ^ 0x11
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    allcw = _codewords(cw, ver, ecl)
    best = None
    for mask in range(8):
        g = _Grid(ver)
        pos = g.data_positions()
        fn = _mask_fn(mask)
        for i, (x, y) in enumerate(pos):
            bit = False
            if i < len(allcw) * 8:
                bit = (allcw[i >> 3] >> (7 - (i & 7))) & 1 == 1
            g.m[y][x] = bit ^ fn(x, y)
        g.draw_format(mask, ecl)
        pen = _penalty(g.m)
        if best is None or pen < best[0]:
            best = (pen, g.m)
    return best[1]


def to_pixels(matrix, scale=1, border=4):
    """Grey rows (0 black, 255 white)."""
    n = len(matrix)
    out = []
    for y in range(-border, n + border):
        row = []
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and matrix[y][x]
            row += [0 if dark else 255] * scale
        for _ in range(scale):
            out.append(list(row))
    return out


# ------------------------------------------------------------------ decoding
def sample(pixels, threshold=128):
    """From grey pixel rows of a clean, axis-aligned code with quiet zone -> module matrix."""
    h = len(pixels)
    w = len(pixels[0])
    ys = [y for y in range(h) if any(v < threshold for v in pixels[y])]
    xs = [x for x in range(w) if any(pixels[y][x] < threshold for y in ys)]
    top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
    run = 0
    while left + run <= right and pixels[top][left + run] < threshold:
        run += 1
    mod = run / 7.0
    n = int(round((right - left + 1) / mod))
    m = []
    for r in range(n):
        yy = int(top + (r + 0.5) * mod)
        m.append([pixels[yy][int(left + (c + 0.5) * mod)] < threshold for c in range(n)])
    return m


def decode(matrix):
    n = len(matrix)
    ver = (n - 17) // 4
    if ver < 1 or ver * 4 + 17 != n:
        raise ValueError("bad size %d" % n)
    # format from first copy
    bits = 0
    seq = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(seq):
        if matrix[y][x]:
            bits |= 1 << i
    found = None
    for ecl in "LMQH":
        for mask in range(8):
            if _format_bits(ecl, mask) == bits:
                found = (ecl, mask)
    if not found:
        raise ValueError("format bits invalid")
    ecl, mask = found
    g = _Grid(ver)
    fn = _mask_fn(mask)
    pos = g.data_positions()
    raw = _raw_modules(ver) // 8
    vals = []
    for i in range(raw * 8):
        x, y = pos[i]
        vals.append(matrix[y][x] ^ fn(x, y))
    cws = [int("".join("1" if b else "0" for b in vals[i:i + 8]), 2) for i in range(0, raw * 8, 8)]
    nb = _NUM_BLOCKS[ecl][ver]
    ecc = _ECC_PER_BLOCK[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i == shortlen - ecc and j < nshort:
                continue
            if k < len(cws):
                blocks[j].append(cws[k])
                k += 1
    div = _rs_divisor(ecc)
    data = []
    for j, blk in enumerate(blocks):
        dl = len(blk) - ecc
        d, e = blk[:dl], blk[dl:]
        if _rs_remainder(d, div) != e:
            raise ValueError("Reed-Solomon check failed in block %d" % j)
        data += d
    bitstr = "".join(format(b, "08b") for b in data)
    p = 0
    out = b""
    while p + 4 <= len(bitstr):
        mode = int(bitstr[p:p + 4], 2)
        p += 4
        if mode == 0:
            break
        if mode != 4:
            raise ValueError("unsupported mode %d" % mode)
        cc = 8 if ver <= 9 else 16
        ln = int(bitstr[p:p + cc], 2)
        p += cc
        for _ in range(ln):
            out += bytes([int(bitstr[p:p + 8], 2)])
            p += 8
    return out
