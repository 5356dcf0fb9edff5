"""QR Code model 2 encoder (byte mode, ECI optional) and a decoder for clean,
axis-aligned images such as the ones this generator draws.  Written from the
ISO/IEC 18004 algorithm description; no third-party code."""

ECC_PER_BLOCK = {
    "L": (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    "M": (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    "Q": (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    "H": (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
}
NUM_BLOCKS = {
    "L": (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    "M": (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    "Q": (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    "H": (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
}
ECL_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}
BITS_ECL = {v: k for k, v in ECL_BITS.items()}

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


def _gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def _rs_divisor(degree):
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, c in enumerate(poly):
            nxt[j] ^= c
            nxt[j + 1] ^= _gmul(c, _EXP[i])
        poly = nxt
    return poly[1:]


def rs_remainder(data, degree):
    div = _rs_divisor(degree)
    res = [0] * degree
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gmul(c, factor)
    return res


# ---------------------------------------------------------------- geometry

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
    size = ver * 4 + 17
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return sorted(res)


def format_bits(ecl, mask):
    data = ECL_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(ver):
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
        self._function_patterns()

    def set(self, x, y, dark):
        self.m[y][x] = dark
        self.fn[y][x] = True

    def _function_patterns(self):
        n = self.size
        for i in range(n):
            self.set(6, i, i % 2 == 0)
            self.set(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self.set(x, y, d not in (2, 4))
        pos = align_positions(self.ver)
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
            bits = version_bits(self.ver)
            for i in range(18):
                b = (bits >> i) & 1 == 1
                a, c = n - 11 + i % 3, i // 3
                self.set(a, c, b)
                self.set(c, a, b)

    def draw_format(self, mask, ecl):
        n = self.size
        bits = format_bits(ecl, mask)
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

    def order(self):
        """Module coordinates in data placement order."""
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
                    if not self.fn[y][x]:
                        out.append((x, y))
            right -= 2
        return out


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
    for rows in (m, [list(c) for c in zip(*m)]):
        for row in rows:
            run, prev = 0, None
            for v in row:
                if v == prev:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run, prev = 1, v
            if run >= 5:
                p += 3 + run - 5
            s = "".join("1" if v else "0" for v in row)
            p += 40 * (s.count("10111010000") + s.count("00001011101"))
    for y in range(n - 1):
        for x in range(n - 1):
            v = m[y][x]
            if v == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in row if v) for row in m)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    p += max(k, 0) * 10
    return p


def _segments(payload, eci=None):
    """Byte-mode segment bits for payload (bytes)."""
    bits = []

    def put(v, n):
        for i in range(n - 1, -1, -1):
            bits.append((v >> i) & 1)

    if eci is not None:
        put(0b0111, 4)
        put(eci, 8)
    put(0b0100, 4)
    return bits, put


def encode(payload, ecl="M", minver=1, eci=None, mask=None):
    """payload: str (UTF-8) or bytes.  Returns list of rows of booleans."""
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    for ver in range(minver, 41):
        cc_bits = 8 if ver <= 9 else 16
        need = 4 + cc_bits + 8 * len(payload) + (12 if eci is not None else 0)
        if need <= data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError("payload too long")
    bits, put = _segments(payload, eci)
    put(len(payload), cc_bits)
    for b in payload:
        put(b, 8)
    cap = data_codewords(ver, ecl) * 8
    put(0, min(4, cap - len(bits)))
    put(0, (8 - len(bits) % 8) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    data = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # blocks
    nb = NUM_BLOCKS[ecl][ver]
    eccl = ECC_PER_BLOCK[ecl][ver]
    raw = raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks, k = [], 0
    for i in range(nb):
        dl = shortlen - eccl + (0 if i < nshort else 1)
        dat = data[k:k + dl]
        k += dl
        ecc = rs_remainder(dat, eccl)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    out = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - eccl or j >= nshort:
                out.append(blk[i])
    g = _Grid(ver)
    order = g.order()
    for idx, (x, y) in enumerate(order):
        bit = idx // 8 < len(out) and (out[idx // 8] >> (7 - idx % 8)) & 1 == 1
        g.m[y][x] = bit
    best = None
    for mk in ([mask] if mask is not None else range(8)):
        f = _mask_fn(mk)
        mm = [row[:] for row in g.m]
        for (x, y) in order:
            if f(x, y):
                mm[y][x] = not mm[y][x]
        g2 = _Grid(ver)
        g2.m = mm
        g2.fn = g.fn
        g2.draw_format(mk, ecl)
        pen = _penalty(g2.m)
        if best is None or pen < best[0]:
            best = (pen, g2.m)
    return best[1]


# ---------------------------------------------------------------- decoding

def decode_matrix(m):
    """Decode a module matrix (list of rows of bools). Returns bytes payload.
    Checks Reed-Solomon parity of every block."""
    n = len(m)
    ver = (n - 17) // 4
    if ver < 1 or ver * 4 + 17 != n:
        raise ValueError("bad size %d" % n)
    fb = 0
    for i in range(6):
        fb |= m[i][8] << i
    fb |= m[7][8] << 6
    fb |= m[8][8] << 7
    fb |= m[8][7] << 8
    for i in range(9, 15):
        fb |= m[8][14 - i] << i
    found = None
    for e in "LMQH":
        for mk in range(8):
            if format_bits(e, mk) == fb:
                found = (e, mk)
    if not found:
        raise ValueError("format bits unreadable")
    ecl, mk = found
    g = _Grid(ver)
    order = g.order()
    f = _mask_fn(mk)
    bits = [(m[y][x] ^ f(x, y)) for (x, y) in order]
    raw = raw_modules(ver) // 8
    cw = [int("".join("1" if b else "0" for b in bits[i * 8:i * 8 + 8]), 2) for i in range(raw)]
    nb = NUM_BLOCKS[ecl][ver]
    eccl = ECC_PER_BLOCK[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i == shortlen - eccl and j < nshort:
                continue
            blocks[j].append(cw[k])
            k += 1
    data = []
    for j, blk in enumerate(blocks):
        dl = len(blk) - eccl
        if rs_remainder(blk[:dl], eccl) != blk[dl:]:
            raise ValueError("RS parity mismatch in block %d" % j)
        data += blk[:dl]
    bitstr = "".join(format(b, "08b") for b in data)
    pos, out = 0, b""
    while pos + 4 <= len(bitstr):
        mode = int(bitstr[pos:pos + 4], 2)
        pos += 4
        if mode == 0:
            break
        if mode == 0b0111:
            pos += 8
            continue
        if mode != 0b0100:
            raise ValueError("unsupported mode %d" % mode)
        cc = 8 if ver <= 9 else 16
        cnt = int(bitstr[pos:pos + cc], 2)
        pos += cc
        for _ in range(cnt):
            out += bytes([int(bitstr[pos:pos + 8], 2)])
            pos += 8
    return out


def matrix_to_gray(m, scale=4, quiet=4):
    """Rasterise to 8-bit grey rows (0 = black)."""
    n = len(m)
    W = (n + 2 * quiet) * scale
    rows = []
    white = bytes([255]) * W
    for _ in range(quiet * scale):
        rows.append(white)
    for y in range(n):
        line = bytearray([255]) * (quiet * scale)
        for x in range(n):
            line += bytes([0 if m[y][x] else 255]) * scale
        line += bytes([255]) * (quiet * scale)
        for _ in range(scale):
            rows.append(bytes(line))
    for _ in range(quiet * scale):
        rows.append(white)
    return W, W, rows


def gray_to_matrix(width, height, rows):
    """Recover the module matrix from a clean rendering: locate the top-left
    finder pattern, measure module size, sample module centres."""
    dark = lambda x, y: rows[y][x] < 128
    top = left = None
    for y in range(height):
        for x in range(width):
            if dark(x, y):
                top, left = y, x
                break
        if top is not None:
            break
    if top is None:
        raise ValueError("no dark pixels")
    # finder is 7 modules wide: measure the dark run on the top row
    x = left
    while x < width and dark(x, top):
        x += 1
    mod = (x - left) / 7.0
    right = left
    for y in range(height):
        for xx in range(width - 1, -1, -1):
            if dark(xx, y):
                right = max(right, xx)
                break
    n = int(round((right - left + 1) / mod))
    m = []
    for r in range(n):
        cy = int(top + (r + 0.5) * mod)
        m.append([dark(int(left + (c + 0.5) * mod), cy) for c in range(n)])
    return m
