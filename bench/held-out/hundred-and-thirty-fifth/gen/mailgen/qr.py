"""Minimal QR Code encoder (byte mode, model 2) and a decoder for clean,
axis-aligned images, used to verify that every QR code in the set decodes to
the intended payload."""

ECC_CODEWORDS_PER_BLOCK = (
    (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30))
NUM_BLOCKS = (
    (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81))
ECL_INDEX = {'L': 0, 'M': 1, 'Q': 2, 'H': 3}
ECL_FORMAT = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    e = ECL_INDEX[ecl]
    return raw_modules(ver) // 8 - ECC_CODEWORDS_PER_BLOCK[e][ver] * NUM_BLOCKS[e][ver]


# GF(256)
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


def gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def rs_divisor(deg):
    res = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(deg):
            res[j] = gmul(res[j], root)
            if j + 1 < deg:
                res[j] ^= res[j + 1]
        root = gmul(root, 0x02)
    return res


def rs_remainder(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= gmul(c, f)
    return res


def alignment_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    n = ver // 7 + 2
    step = 26 if ver == 32 else (ver * 4 + n * 2 + 1) // (n * 2 - 2) * 2
    res = [size - 7 - i * step for i in range(n - 1)] + [6]
    return list(reversed(res))


def format_bits(ecl, mask):
    data = ECL_FORMAT[ecl] << 3 | mask
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
        self.size = ver * 4 + 17
        self.m = [[False] * self.size for _ in range(self.size)]
        self.f = [[False] * self.size for _ in range(self.size)]

    def set(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def draw_function(self, ecl, mask):
        s = self.size
        for i in range(s):
            self.set(6, i, i % 2 == 0)
            self.set(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < s and 0 <= y < s:
                        d = max(abs(dx), abs(dy))
                        self.set(x, y, d not in (2, 4))
        al = alignment_positions(self.ver)
        n = len(al)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.set(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(ecl, mask)
        if self.ver >= 7:
            bits = version_bits(self.ver)
            for i in range(18):
                b = (bits >> i) & 1 == 1
                a = s - 11 + i % 3
                c = i // 3
                self.set(a, c, b)
                self.set(c, a, b)

    def draw_format(self, ecl, mask):
        s = self.size
        bits = format_bits(ecl, mask)
        g = lambda i: (bits >> i) & 1 == 1
        for i in range(0, 6):
            self.set(8, i, g(i))
        self.set(8, 7, g(6))
        self.set(8, 8, g(7))
        self.set(7, 8, g(8))
        for i in range(9, 15):
            self.set(14 - i, 8, g(i))
        for i in range(0, 8):
            self.set(s - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.set(8, s - 15 + i, g(i))
        self.set(8, s - 8, True)

    def data_positions(self):
        s = self.size
        out = []
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
                        out.append((x, y))
            right -= 2
        return out


def mask_fn(mask):
    return [lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][mask]


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
            r = ''.join('1' if v else '0' for v in row)
            for pat in ('10111010000', '00001011101'):
                p += 40 * r.count(pat)
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


def _bits_for(payload, ver):
    bits = []

    def app(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    app(0b0100, 4)
    app(len(payload), 8 if ver <= 9 else 16)
    for b in payload:
        app(b, 8)
    return bits


def encode(payload, ecl='M', minver=1):
    """Return the module matrix (list of rows of bools) for bytes payload."""
    if isinstance(payload, str):
        payload = payload.encode('utf-8')
    for ver in range(minver, 41):
        cap = data_codewords(ver, ecl) * 8
        bits = _bits_for(payload, ver)
        if len(bits) <= cap:
            break
    else:
        raise ValueError('payload too long')
    bits += [0] * min(4, cap - len(bits))
    bits += [0] * (-len(bits) % 8)
    pad = 0xEC
    while len(bits) < cap:
        for i in range(7, -1, -1):
            bits.append((pad >> i) & 1)
        pad ^= 0xEC ^ 0x11
    data = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    e = ECL_INDEX[ecl]
    nblocks = NUM_BLOCKS[e][ver]
    ecclen = ECC_CODEWORDS_PER_BLOCK[e][ver]
    raw = raw_modules(ver) // 8
    nshort = nblocks - raw % nblocks
    shortlen = raw // nblocks
    div = rs_divisor(ecclen)
    blocks, eccs = [], []
    k = 0
    for i in range(nblocks):
        dl = shortlen - ecclen + (0 if i < nshort else 1)
        blk = data[k:k + dl]
        k += dl
        blocks.append(blk)
        eccs.append(rs_remainder(blk, div))
    out = []
    for i in range(max(len(b) for b in blocks)):
        for b in blocks:
            if i < len(b):
                out.append(b[i])
    for i in range(ecclen):
        for c in eccs:
            out.append(c[i])
    assert len(out) == raw
    best = None
    for mask in range(8):
        g = Grid(ver)
        g.draw_function(ecl, mask)
        pos = g.data_positions()
        mf = mask_fn(mask)
        for idx, (x, y) in enumerate(pos):
            bit = False
            if idx < len(out) * 8:
                bit = (out[idx >> 3] >> (7 - (idx & 7))) & 1 == 1
            g.m[y][x] = bit ^ mf(x, y)
        pen = _penalty(g.m)
        if best is None or pen < best[0]:
            best = (pen, g.m)
    return best[1]


# ---------------------------------------------------------------- decoding --
def _hamming(a, b):
    return bin(a ^ b).count('1')


def decode_matrix(m):
    s = len(m)
    ver = (s - 17) // 4
    if ver * 4 + 17 != s or not 1 <= ver <= 40:
        raise ValueError('bad size %d' % s)
    b = 0
    pos1 = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(pos1):
        if m[y][x]:
            b |= 1 << i
    best = None
    for ecl in 'LMQH':
        for mask in range(8):
            d = _hamming(format_bits(ecl, mask), b)
            if best is None or d < best[0]:
                best = (d, ecl, mask)
    if best[0] > 3:
        raise ValueError('format info unreadable')
    _, ecl, mask = best
    g = Grid(ver)
    g.draw_function(ecl, mask)
    mf = mask_fn(mask)
    bits = []
    for (x, y) in g.data_positions():
        bits.append(1 if (m[y][x] ^ mf(x, y)) else 0)
    raw = raw_modules(ver) // 8
    cw = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    e = ECL_INDEX[ecl]
    nblocks = NUM_BLOCKS[e][ver]
    ecclen = ECC_CODEWORDS_PER_BLOCK[e][ver]
    nshort = nblocks - raw % nblocks
    shortlen = raw // nblocks
    dls = [shortlen - ecclen + (0 if i < nshort else 1) for i in range(nblocks)]
    blocks = [[] for _ in range(nblocks)]
    k = 0
    for i in range(max(dls)):
        for j in range(nblocks):
            if i < dls[j]:
                blocks[j].append(cw[k])
                k += 1
    eccs = [[] for _ in range(nblocks)]
    for i in range(ecclen):
        for j in range(nblocks):
            eccs[j].append(cw[k])
            k += 1
    div = rs_divisor(ecclen)
    data = []
    for blk, ec in zip(blocks, eccs):
        if rs_remainder(blk, div) != ec:
            raise ValueError('Reed-Solomon check failed')
        data += blk
    bits = []
    for c in data:
        bits += [(c >> (7 - i)) & 1 for i in range(8)]
    p = 0

    def rd(n):
        nonlocal p
        v = int(''.join(map(str, bits[p:p + n])) or '0', 2)
        p += n
        return v
    out = bytearray()
    alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    while p + 4 <= len(bits):
        mode = rd(4)
        if mode == 0:
            break
        if mode == 4:
            n = rd(8 if ver <= 9 else 16)
            for _ in range(n):
                out.append(rd(8))
        elif mode == 2:
            n = rd(9 if ver <= 9 else (11 if ver <= 26 else 13))
            while n >= 2:
                v = rd(11)
                out += (alnum[v // 45] + alnum[v % 45]).encode()
                n -= 2
            if n:
                out += alnum[rd(6)].encode()
        elif mode == 1:
            n = rd(10 if ver <= 9 else (12 if ver <= 26 else 14))
            while n >= 3:
                out += ('%03d' % rd(10)).encode()
                n -= 3
            if n == 2:
                out += ('%02d' % rd(7)).encode()
            elif n == 1:
                out += ('%d' % rd(4)).encode()
        elif mode == 7:
            rd(8)
        else:
            raise ValueError('unsupported mode %d' % mode)
    return bytes(out)


def matrix_from_pixels(w, h, px, threshold=128):
    """px: function (x, y) -> gray 0..255. Finds the symbol and samples it."""
    dark = lambda x, y: px(x, y) < threshold
    top = left = None
    for y in range(h):
        for x in range(w):
            if dark(x, y):
                top, left = y, x
                break
        if top is not None:
            break
    if top is None:
        raise ValueError('no dark pixels')
    run = 0
    x = left
    while x < w and dark(x, top):
        run += 1
        x += 1
    mod = run / 7.0
    right = left
    for x in range(w - 1, -1, -1):
        if dark(x, top):
            right = x
            break
    size = int(round((right - left + 1) / mod))
    m = []
    for r in range(size):
        yy = int(top + (r + 0.5) * mod)
        m.append([dark(int(left + (c + 0.5) * mod), yy) for c in range(size)])
    return m


def to_pixels(matrix, scale=4, quiet=4):
    """Return (w, h, rows of 0/255 ints)."""
    s = len(matrix)
    n = (s + 2 * quiet) * scale
    rows = []
    for y in range(n):
        my = y // scale - quiet
        row = []
        for x in range(n):
            mx = x // scale - quiet
            d = 0 <= mx < s and 0 <= my < s and matrix[my][mx]
            row.append(0 if d else 255)
        rows.append(row)
    return n, n, rows
