"""QR Code model 2 encoder (byte mode) and decoder (from a module matrix / pixel image).

Written from the ISO/IEC 18004 structure; the decoder is used by the build's
verification step to read back every QR code from the rendered images.
"""

ECC_PER_BLOCK = (
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
ECL_INDEX = {'L': 0, 'M': 1, 'Q': 2, 'H': 3}
ECL_FORMAT = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}
FORMAT_ECL = {v: k for k, v in ECL_FORMAT.items()}


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    e = ECL_INDEX[ecl]
    return raw_modules(ver) // 8 - ECC_PER_BLOCK[e][ver] * NUM_BLOCKS[e][ver]


def align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return sorted(res)


# --- GF(256) Reed-Solomon ---
def _mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(len(res)):
            res[j] = _mul(res[j], root)
            if j + 1 < len(res):
                res[j] ^= res[j + 1]
        root = _mul(root, 0x02)
    return res


def rs_remainder(data, divisor):
    res = [0] * len(divisor)
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, coef in enumerate(divisor):
            res[i] ^= _mul(coef, factor)
    return res


def _char_count_bits(mode, ver):
    i = 0 if ver <= 9 else (1 if ver <= 26 else 2)
    return {'num': (10, 12, 14), 'alnum': (9, 11, 13), 'byte': (8, 16, 16)}[mode][i]


def _mask_fn(m):
    return [
        lambda x, y: (x + y) % 2 == 0,
        lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    ][m]


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

    def set(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self.set(6, i, i % 2 == 0)
            self.set(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        self.set(x, y, max(abs(dx), abs(dy)) not in (2, 4))
        ap = align_positions(self.ver)
        k = len(ap)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.set(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0, 'L')  # reserve
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
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

    def order(self):
        """Yield (x, y) of data modules in placement order."""
        n = self.size
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
                        yield x, y
            right -= 2


def _penalty(m):
    n = len(m)
    p = 0
    # rule 1: runs of >=5 same colour in rows/cols
    for lines in (m, [list(c) for c in zip(*m)]):
        for row in lines:
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
    # rule 2: 2x2 blocks
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    # rule 3: finder-like patterns
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for lines in (m, [list(c) for c in zip(*m)]):
        for row in lines:
            for i in range(n - 10):
                seg = row[i:i + 11]
                if seg == pat1 or seg == pat2:
                    p += 40
    # rule 4: balance
    dark = sum(sum(1 for v in row if v) for row in m)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    p += max(k, 0) * 10
    return p


def encode(data, ecl='M', min_version=1, mask=None):
    """Return a square list of lists of bools (True = dark)."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    ver = min_version
    while True:
        cap_bits = data_codewords(ver, ecl) * 8
        need = 4 + _char_count_bits('byte', ver) + 8 * len(data)
        if need <= cap_bits:
            break
        ver += 1
        if ver > 40:
            raise ValueError('data too long')
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), _char_count_bits('byte', ver))
    for b in data:
        put(b, 8)
    put(0, min(4, cap_bits - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap_bits:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    dcw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # blocks + ecc
    e = ECL_INDEX[ecl]
    nb = NUM_BLOCKS[e][ver]
    eccl = ECC_PER_BLOCK[e][ver]
    raw = raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = rs_divisor(eccl)
    blocks = []
    k = 0
    for i in range(nb):
        dl = shortlen - eccl + (0 if i < nshort else 1)
        dat = dcw[k:k + dl]
        k += dl
        ecc = rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    out = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - eccl or j >= nshort:
                out.append(blk[i])
    assert len(out) == raw
    g = _Grid(ver)
    g.draw_function_patterns()
    i = 0
    for x, y in g.order():
        if i < len(out) * 8:
            g.m[y][x] = (out[i >> 3] >> (7 - (i & 7))) & 1 == 1
            i += 1
    base = [row[:] for row in g.m]
    best = None
    masks = [mask] if mask is not None else range(8)
    for mk in masks:
        g.m = [row[:] for row in base]
        fn = _mask_fn(mk)
        for y in range(g.size):
            for x in range(g.size):
                if not g.f[y][x] and fn(x, y):
                    g.m[y][x] = not g.m[y][x]
        g.draw_format(mk, ecl)
        pen = _penalty(g.m)
        if best is None or pen < best[0]:
            best = (pen, [row[:] for row in g.m])
    return best[1]


# ---------------------------------------------------------------- decoder
def decode_matrix(m):
    n = len(m)
    ver = (n - 17) // 4
    if ver < 1 or ver * 4 + 17 != n:
        raise ValueError('bad size %d' % n)
    # read format bits (first copy)
    fb = 0
    pos = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(pos):
        if m[y][x]:
            fb |= 1 << i
    best = None
    for ecl in 'LMQH':
        for mk in range(8):
            d = bin(_format_bits(ecl, mk) ^ fb).count('1')
            if best is None or d < best[0]:
                best = (d, ecl, mk)
    if best[0] > 3:
        raise ValueError('format unreadable')
    _, ecl, mk = best
    g = _Grid(ver)
    g.draw_function_patterns()
    g.draw_format(mk, ecl)
    fn = _mask_fn(mk)
    bits = []
    for x, y in g.order():
        v = m[y][x]
        if fn(x, y):
            v = not v
        bits.append(1 if v else 0)
    raw = raw_modules(ver) // 8
    cw = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    e = ECL_INDEX[ecl]
    nb = NUM_BLOCKS[e][ver]
    eccl = ECC_PER_BLOCK[e][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i == shortlen - eccl and j < nshort:
                continue
            if k < len(cw):
                blocks[j].append(cw[k])
                k += 1
    div = rs_divisor(eccl)
    data = []
    for j, blk in enumerate(blocks):
        dl = len(blk) - eccl
        dat, ecc = blk[:dl], blk[dl:]
        if rs_remainder(dat, div) != ecc:
            raise ValueError('ECC mismatch in block %d' % j)
        data.extend(dat)
    # parse segments
    bitstr = ''.join('{:08b}'.format(b) for b in data)
    p = 0
    out = bytearray()
    ALN = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'

    def take(nbits):
        nonlocal p
        v = int(bitstr[p:p + nbits] or '0', 2)
        p += nbits
        return v
    while p + 4 <= len(bitstr):
        mode = take(4)
        if mode == 0:
            break
        if mode == 0b0111:  # ECI
            take(8)
            continue
        if mode == 0b0100:
            cnt = take(_char_count_bits('byte', ver))
            for _ in range(cnt):
                out.append(take(8))
        elif mode == 0b0001:
            cnt = take(_char_count_bits('num', ver))
            s = ''
            while cnt >= 3:
                s += '%03d' % take(10)
                cnt -= 3
            if cnt == 2:
                s += '%02d' % take(7)
            elif cnt == 1:
                s += '%d' % take(4)
            out.extend(s.encode())
        elif mode == 0b0010:
            cnt = take(_char_count_bits('alnum', ver))
            s = ''
            while cnt >= 2:
                v = take(11)
                s += ALN[v // 45] + ALN[v % 45]
                cnt -= 2
            if cnt:
                s += ALN[take(6)]
            out.extend(s.encode())
        else:
            raise ValueError('unsupported mode %d' % mode)
    return bytes(out), {'version': ver, 'ecl': ecl, 'mask': mk}


def decode_pixels(width, height, px, dark_threshold=128):
    """px: flat list/bytes of grayscale values (row-major). Returns payload bytes."""
    def dark(x, y):
        if not (0 <= x < width and 0 <= y < height):
            return False
        return px[y * width + x] < dark_threshold
    minx = miny = None
    maxx = maxy = -1
    for y in range(height):
        row = px[y * width:(y + 1) * width]
        for x in range(width):
            if row[x] < dark_threshold:
                if minx is None or x < minx:
                    minx = x
                if miny is None:
                    miny = y
                if x > maxx:
                    maxx = x
                maxy = y
    if minx is None:
        raise ValueError('no dark pixels')
    # finder pattern top-left: run of dark pixels along the top row of the box
    run = 0
    while minx + run <= maxx and dark(minx + run, miny):
        run += 1
    if run < 7:
        raise ValueError('no finder pattern')
    mod = run / 7.0
    n = int(round((maxx - minx + 1) / mod))
    if n < 21:
        raise ValueError('too small')
    m = [[dark(int(minx + (x + 0.5) * mod), int(miny + (y + 0.5) * mod)) for x in range(n)]
         for y in range(n)]
    return decode_matrix(m)
