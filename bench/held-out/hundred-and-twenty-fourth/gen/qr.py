"""Minimal QR Code Model 2 encoder (byte mode) and a decoder for clean,
axis-aligned module matrices (used to verify our own images)."""

ECL_FORMAT = {"L": 1, "M": 0, "Q": 3, "H": 2}
_ECL_IDX = {"L": 0, "M": 1, "Q": 2, "H": 3}

ECC_CW = (
    (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
)
NUM_BLOCKS = (
    (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
)


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _data_cw(ver, ecl):
    i = _ECL_IDX[ecl]
    return _raw_modules(ver) // 8 - ECC_CW[i][ver] * NUM_BLOCKS[i][ver]


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


def _align_pos(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(res))


def _format_bits(ecl, mask):
    data = ECL_FORMAT[ecl] << 3 | mask
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

    def setf(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def draw_function(self, ecl="M", mask=0):
        n = self.size
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self.setf(x, y, d not in (2, 4))
        pos = _align_pos(self.ver)
        k = len(pos)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or \
                        (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy,
                                  max(abs(dx), abs(dy)) != 1)
        self.draw_format(ecl, mask)
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, ecl, mask):
        n = self.size
        bits = _format_bits(ecl, mask)
        g = lambda i: (bits >> i) & 1 == 1
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
    return (
        lambda x, y: (x + y) % 2 == 0,
        lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    )[mask]


def _penalty(m):
    n = len(m)
    score = 0
    # rule 1: runs
    for rows in (m, [list(c) for c in zip(*m)]):
        for row in rows:
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
    # rule 2: 2x2 blocks
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                score += 3
    # rule 3: finder-like patterns (simplified)
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for rows in (m, [list(c) for c in zip(*m)]):
        for row in rows:
            for i in range(n - 10):
                seg = row[i:i + 11]
                if seg == pat1 or seg == pat2:
                    score += 40
    # rule 4: balance
    dark = sum(sum(1 for v in row if v) for row in m)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    score += k * 10
    return score


def encode(data, ecl="M", minver=1, mask=None):
    """Encode bytes (or str, UTF-8) in byte mode. Returns a list of rows of
    booleans (True = dark), without quiet zone."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    for ver in range(minver, 41):
        ccbits = 8 if ver <= 9 else 16
        need = 4 + ccbits + 8 * len(data)
        if need <= _data_cw(ver, ecl) * 8:
            break
    else:
        raise ValueError("data too long")
    cap = _data_cw(ver, ecl) * 8
    bits = []

    def put(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    put(4, 4)
    put(len(data), ccbits)
    for b in data:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    put(0, (8 - len(bits) % 8) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # ecc and interleave
    i = _ECL_IDX[ecl]
    nb = NUM_BLOCKS[i][ver]
    ecclen = ECC_CW[i][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(ecclen)
    blocks = []
    k = 0
    for b in range(nb):
        dat = cw[k:k + shortlen - ecclen + (0 if b < nshort else 1)]
        k += len(dat)
        ecc = _rs_remainder(dat, div)
        if b < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    final = []
    for x in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if x != shortlen - ecclen or j >= nshort:
                final.append(blk[x])
    best = None
    masks = [mask] if mask is not None else range(8)
    for mk in masks:
        g = _Grid(ver)
        g.draw_function(ecl, mk)
        pos = g.data_positions()
        bitstream = []
        for byte in final:
            for t in reversed(range(8)):
                bitstream.append((byte >> t) & 1 == 1)
        fn = _mask_fn(mk)
        for idx, (x, y) in enumerate(pos):
            v = bitstream[idx] if idx < len(bitstream) else False
            g.m[y][x] = v ^ fn(x, y)
        pen = _penalty(g.m)
        if best is None or pen < best[0]:
            best = (pen, g.m)
    return best[1]


# ------------------------------------------------------------- decoder ----

def decode_matrix(m):
    """Decode a module matrix (list of rows of bool). Returns bytes.
    Raises ValueError on any inconsistency (format, RS syndromes)."""
    n = len(m)
    if (n - 17) % 4 or n < 21:
        raise ValueError("bad size %d" % n)
    ver = (n - 17) // 4
    # format info, first copy
    bits = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + \
        [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        if m[y][x]:
            bits |= 1 << i
    found = None
    for ecl in "LMQH":
        for mk in range(8):
            if _format_bits(ecl, mk) == bits:
                found = (ecl, mk)
    if not found:
        raise ValueError("format bits not exact")
    ecl, mk = found
    g = _Grid(ver)
    g.draw_function(ecl, mk)
    # check function patterns match
    for y in range(n):
        for x in range(n):
            if g.f[y][x] and g.m[y][x] != m[y][x]:
                raise ValueError("function pattern mismatch at %d,%d" % (x, y))
    fn = _mask_fn(mk)
    stream = [m[y][x] ^ fn(x, y) for (x, y) in g.data_positions()]
    raw = _raw_modules(ver) // 8
    cw = [int("".join("1" if b else "0" for b in stream[i * 8:i * 8 + 8]), 2)
          for i in range(raw)]
    i = _ECL_IDX[ecl]
    nb = NUM_BLOCKS[i][ver]
    ecclen = ECC_CW[i][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for x in range(shortlen + 1):
        for j in range(nb):
            if x == shortlen - ecclen and j < nshort:
                continue
            blocks[j].append(cw[k])
            k += 1
    div = _rs_divisor(ecclen)
    data = []
    for blk in blocks:
        d, e = blk[:-ecclen], blk[-ecclen:]
        if _rs_remainder(d, div) != e:
            raise ValueError("RS check failed")
        data.extend(d)
    bitstr = "".join(format(b, "08b") for b in data)
    pos = 0
    out = bytearray()
    while pos + 4 <= len(bitstr):
        mode = int(bitstr[pos:pos + 4], 2)
        pos += 4
        if mode == 0:
            break
        if mode == 4:
            cc = 8 if ver <= 9 else 16
            cnt = int(bitstr[pos:pos + cc], 2)
            pos += cc
            for _ in range(cnt):
                out.append(int(bitstr[pos:pos + 8], 2))
                pos += 8
        elif mode == 7:   # ECI
            pos += 8
        else:
            raise ValueError("unsupported mode %d" % mode)
    return bytes(out)


def matrix_from_pixels(px, w, h):
    """px: list of rows of ints (0 = black). Locate the symbol by its
    bounding box and the width of the top-left finder."""
    dark = lambda x, y: px[y][x] < 128
    top = next(y for y in range(h) if any(dark(x, y) for x in range(w)))
    left = min(x for y in range(h) for x in range(w) if dark(x, y))
    right = max(x for y in range(h) for x in range(w) if dark(x, y))
    run = 0
    x = left
    while x < w and dark(x, top):
        run += 1
        x += 1
    mod = run / 7.0
    n = int(round((right - left + 1) / mod))
    m = []
    for r in range(n):
        yy = int(top + (r + 0.5) * mod)
        m.append([dark(int(left + (c + 0.5) * mod), yy) for c in range(n)])
    return m
