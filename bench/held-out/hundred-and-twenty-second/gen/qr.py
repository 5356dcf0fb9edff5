"""QR Code model 2 encoder (byte mode) and a decoder for clean, axis-aligned images.

Written from ISO/IEC 18004; the decoder is used by the build to check every QR code
it embeds (images in mail parts and in PDFs)."""

ECC_CW = {
    'L': [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    'M': [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    'Q': [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    'H': [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
NUM_BLOCKS = {
    'L': [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    'M': [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    'Q': [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    'H': [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
ECL_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}

# ---------------------------------------------------------------- GF(256)
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


def rs_generator(degree):
    g = [1]
    for i in range(degree):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= gmul(c, EXP[i])
        g = ng
    return g  # highest power first, g[0] == 1


def rs_remainder(data, degree):
    gen = rs_generator(degree)
    rem = [0] * degree
    for b in data:
        factor = b ^ rem[0]
        rem = rem[1:] + [0]
        for i in range(degree):
            rem[i] ^= gmul(gen[i + 1], factor)
    return rem


def rs_syndromes_zero(block, degree):
    # evaluate the received polynomial at alpha^i, i = 0..degree-1
    for i in range(degree):
        s = 0
        for c in block:
            s = gmul(s, EXP[i]) ^ c
        if s:
            return False
    return True


# ---------------------------------------------------------------- geometry
def size_of(ver):
    return ver * 4 + 17


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    return raw_modules(ver) // 8 - ECC_CW[ecl][ver] * NUM_BLOCKS[ecl][ver]


def align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    size = size_of(ver)
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


class Grid:
    def __init__(self, ver):
        self.ver = ver
        self.n = size_of(ver)
        self.m = [[False] * self.n for _ in range(self.n)]
        self.f = [[False] * self.n for _ in range(self.n)]

    def set_f(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def function_patterns(self):
        n = self.n
        for i in range(n):
            self.set_f(6, i, i % 2 == 0)
            self.set_f(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    d = max(abs(dx), abs(dy))
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        self.set_f(x, y, d not in (2, 4))
        ap = align_positions(self.ver)
        na = len(ap)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.set_f(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0, 'L')  # reserve
        self.draw_version()

    def draw_format(self, mask, ecl):
        bits = format_bits(ecl, mask)
        n = self.n
        b = lambda i: (bits >> i) & 1 == 1
        for i in range(0, 6):
            self.set_f(8, i, b(i))
        self.set_f(8, 7, b(6))
        self.set_f(8, 8, b(7))
        self.set_f(7, 8, b(8))
        for i in range(9, 15):
            self.set_f(14 - i, 8, b(i))
        for i in range(0, 8):
            self.set_f(n - 1 - i, 8, b(i))
        for i in range(8, 15):
            self.set_f(8, n - 15 + i, b(i))
        self.set_f(8, n - 8, True)

    def draw_version(self):
        if self.ver < 7:
            return
        bits = version_bits(self.ver)
        n = self.n
        for i in range(18):
            bit = (bits >> i) & 1 == 1
            a, bb = n - 11 + i % 3, i // 3
            self.set_f(a, bb, bit)
            self.set_f(bb, a, bit)

    def positions(self):
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


def mask_fn(mask):
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


def penalty(m):
    n = len(m)
    p = 0
    lines = [row for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
    for line in lines:
        run, prev = 0, None
        for v in line:
            if v == prev:
                run += 1
            else:
                if run >= 5:
                    p += 3 + run - 5
                run, prev = 1, v
        if run >= 5:
            p += 3 + run - 5
        s = ''.join('1' if v else '0' for v in line)
        s2 = '0000' + s + '0000'
        for pat in ('10111010000', '00001011101'):
            i = s2.find(pat)
            while i >= 0:
                p += 40
                i = s2.find(pat, i + 1)
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    dark = sum(v for row in m for v in row)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    p += max(k, 0) * 10
    return p


def encode(data, ecl='M', min_version=1, mask=None):
    if isinstance(data, str):
        data = data.encode('utf-8')
    for ver in range(min_version, 41):
        cc_bits = 8 if ver <= 9 else 16
        need = 4 + cc_bits + 8 * len(data)
        cap = data_codewords(ver, ecl) * 8
        if need <= cap:
            break
    else:
        raise ValueError('data too long for QR')
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(4, 4)
    put(len(data), cc_bits)
    for b in data:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cws = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # blocks
    nb = NUM_BLOCKS[ecl][ver]
    eccl = ECC_CW[ecl][ver]
    raw = raw_modules(ver) // 8
    n_short = nb - raw % nb
    short_len = raw // nb
    blocks, k = [], 0
    for i in range(nb):
        dl = short_len - eccl + (0 if i < n_short else 1)
        d = cws[k:k + dl]
        k += dl
        blocks.append((d, rs_remainder(d, eccl)))
    out = []
    maxd = max(len(d) for d, _ in blocks)
    for i in range(maxd):
        for d, _ in blocks:
            if i < len(d):
                out.append(d[i])
    for i in range(eccl):
        for _, e in blocks:
            out.append(e[i])
    allbits = []
    for c in out:
        for i in range(7, -1, -1):
            allbits.append((c >> i) & 1)
    g = Grid(ver)
    g.function_patterns()
    i = 0
    for x, y in g.positions():
        g.m[y][x] = bool(allbits[i]) if i < len(allbits) else False
        i += 1
    best = None
    for mk in ([mask] if mask is not None else range(8)):
        mm = [row[:] for row in g.m]
        f = mask_fn(mk)
        for y in range(g.n):
            for x in range(g.n):
                if not g.f[y][x] and f(x, y):
                    mm[y][x] = not mm[y][x]
        g2 = Grid(ver)
        g2.m = mm
        g2.f = [row[:] for row in g.f]
        g2.draw_format(mk, ecl)
        sc = penalty(g2.m)
        if best is None or sc < best[0]:
            best = (sc, g2.m)
    return best[1]


# ---------------------------------------------------------------- image helpers
def to_pixels(matrix, scale=4, quiet=4):
    n = len(matrix)
    w = (n + 2 * quiet) * scale
    rows = []
    white = [255] * w
    for _ in range(quiet * scale):
        rows.append(white[:])
    for y in range(n):
        row = [255] * (quiet * scale)
        for x in range(n):
            row += [0 if matrix[y][x] else 255] * scale
        row += [255] * (quiet * scale)
        for _ in range(scale):
            rows.append(row[:])
    for _ in range(quiet * scale):
        rows.append(white[:])
    return w, w, rows


def from_pixels(w, h, rows, thresh=128):
    """Sample an axis-aligned QR symbol from grey pixel rows."""
    dark = lambda x, y: rows[y][x] < thresh
    top = left = None
    for y in range(h):
        for x in range(w):
            if dark(x, y):
                top, left = y, x
                break
        if top is not None:
            break
    if top is None:
        raise ValueError('no dark pixel')
    # finder pattern: 7 modules of dark run along the top row
    x = left
    while x < w and dark(x, top):
        x += 1
    mod = (x - left) / 7.0
    right = None
    for xx in range(w - 1, -1, -1):
        if dark(xx, top):
            right = xx
            break
    n = int(round((right - left + 1) / mod))
    m = []
    for j in range(n):
        yy = int(top + (j + 0.5) * mod)
        m.append([dark(int(left + (i + 0.5) * mod), yy) for i in range(n)])
    return m


def decode(matrix):
    n = len(matrix)
    ver = (n - 17) // 4
    if size_of(ver) != n:
        raise ValueError('bad size %d' % n)
    # format information (first copy)
    fb = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        if matrix[y][x]:
            fb |= 1 << i
    best = None
    for ecl in 'LMQH':
        for mk in range(8):
            d = bin(format_bits(ecl, mk) ^ fb).count('1')
            if best is None or d < best[0]:
                best = (d, ecl, mk)
    if best[0] > 3:
        raise ValueError('format info unreadable')
    _, ecl, mk = best
    g = Grid(ver)
    g.function_patterns()
    f = mask_fn(mk)
    bits = []
    for x, y in g.positions():
        v = matrix[y][x]
        if f(x, y):
            v = not v
        bits.append(1 if v else 0)
    raw = raw_modules(ver) // 8
    cws = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nb = NUM_BLOCKS[ecl][ver]
    eccl = ECC_CW[ecl][ver]
    n_short = nb - raw % nb
    short_len = raw // nb
    dlens = [short_len - eccl + (0 if i < n_short else 1) for i in range(nb)]
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(max(dlens)):
        for b in range(nb):
            if i < dlens[b]:
                blocks[b].append(cws[k])
                k += 1
    for i in range(eccl):
        for b in range(nb):
            blocks[b].append(cws[k])
            k += 1
    data = []
    for b in range(nb):
        if not rs_syndromes_zero(blocks[b], eccl):
            raise ValueError('RS check failed in block %d' % b)
        data += blocks[b][:dlens[b]]
    bitstr = ''.join(format(c, '08b') for c in data)
    pos = 0
    out = bytearray()
    while pos + 4 <= len(bitstr):
        mode = int(bitstr[pos:pos + 4], 2)
        pos += 4
        if mode == 0:
            break
        if mode != 4:
            raise ValueError('unsupported mode %d' % mode)
        ccb = 8 if ver <= 9 else 16
        cnt = int(bitstr[pos:pos + ccb], 2)
        pos += ccb
        for _ in range(cnt):
            out.append(int(bitstr[pos:pos + 8], 2))
            pos += 8
    return bytes(out), ver, ecl
