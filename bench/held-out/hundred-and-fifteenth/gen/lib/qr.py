"""Minimal QR Code model 2 encoder (byte / alphanumeric mode) and a decoder
for the clean, axis-aligned symbols this build produces.  Pure Python 3."""

ECC_CODEWORDS_PER_BLOCK = {
    'L': (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    'M': (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    'Q': (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    'H': (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
}
NUM_BLOCKS = {
    'L': (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    'M': (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    'Q': (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    'H': (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
}
FORMAT_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - ECC_CODEWORDS_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = _gf_mul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = _gf_mul(root, 0x02)
    return res


def _rs_remainder(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, f)
    return res


def _align_pos(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    na = ver // 7 + 2
    step = 26 if ver == 32 else (ver * 4 + na * 2 + 1) // (na * 2 - 2) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(res))


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


class _Grid:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]
        self._draw_function_patterns()

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.fn[y][x] = True

    def _draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    xx, yy = cx + dx, cy + dy
                    if 0 <= xx < n and 0 <= yy < n:
                        self.setf(xx, yy, max(abs(dx), abs(dy)) not in (2, 4))
        ap = _align_pos(self.ver)
        na = len(ap)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0, 'M')  # reserve
        if self.ver >= 7:
            bits = _version_word(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def format_positions(self):
        n = self.size
        first = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
        second = [(n - 1 - i, 8) for i in range(8)] + [(8, n - 15 + i) for i in range(8, 15)]
        return first, second

    def draw_format(self, mask, ecl):
        bits = _format_word(ecl, mask)
        first, second = self.format_positions()
        for i, (x, y) in enumerate(first):
            self.setf(x, y, (bits >> i) & 1 == 1)
        for i, (x, y) in enumerate(second):
            self.setf(x, y, (bits >> i) & 1 == 1)
        self.setf(8, self.size - 8, True)

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
                    if not self.fn[y][x]:
                        out.append((x, y))
            right -= 2
        return out


def _penalty(m):
    n = len(m)
    p = 0
    # N1 runs, rows and columns
    for lines in (m, [list(c) for c in zip(*m)]):
        for row in lines:
            run = 1
            for i in range(1, n):
                if row[i] == row[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
                    run = 1
            if run >= 5:
                p += run - 2
            s = ''.join('1' if v else '0' for v in row)
            p += 40 * (s.count('10111010000') + s.count('00001011101'))
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in row if v) for row in m)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    p += max(k, 0) * 10
    return p


def _bits_append(bits, val, n):
    for i in reversed(range(n)):
        bits.append((val >> i) & 1)


def _segment_bits(data, ver, mode):
    bits = []
    if mode == 'byte':
        _bits_append(bits, 4, 4)
        _bits_append(bits, len(data), 8 if ver < 10 else 16)
        for b in data:
            _bits_append(bits, b, 8)
    else:  # alnum
        s = data.decode('ascii')
        _bits_append(bits, 2, 4)
        _bits_append(bits, len(s), 9 if ver < 10 else (11 if ver < 27 else 13))
        for i in range(0, len(s) - 1, 2):
            _bits_append(bits, ALNUM.index(s[i]) * 45 + ALNUM.index(s[i + 1]), 11)
        if len(s) % 2:
            _bits_append(bits, ALNUM.index(s[-1]), 6)
    return bits


def encode(text, ecl='M', min_version=1, mask=None):
    """Return (matrix, version, mask).  matrix[y][x] is True for dark."""
    data = text.encode('utf-8') if isinstance(text, str) else bytes(text)
    mode = 'alnum' if all(chr(c) in ALNUM for c in data) else 'byte'
    for ver in range(min_version, 41):
        bits = _segment_bits(data, ver, mode)
        cap = _data_codewords(ver, ecl) * 8
        if len(bits) <= cap:
            break
    else:
        raise ValueError('data too long for QR')
    bits += [0] * min(4, cap - len(bits))
    bits += [0] * (-len(bits) % 8)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap // 8:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    # ECC + interleave
    nb = NUM_BLOCKS[ecl][ver]
    ecclen = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(ecclen)
    blocks = []
    k = 0
    for i in range(nb):
        dl = shortlen - ecclen + (0 if i < nshort else 1)
        dat = cw[k:k + dl]
        k += dl
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - ecclen or j >= nshort:
                final.append(blk[i])
    g = _Grid(ver)
    pos = g.data_positions()
    allbits = []
    for b in final:
        _bits_append(allbits, b, 8)
    for i, (x, y) in enumerate(pos):
        g.mod[y][x] = bool(allbits[i]) if i < len(allbits) else False
    best = None
    masks = range(8) if mask is None else [mask]
    for mk in masks:
        f = _mask_fn(mk)
        m = [row[:] for row in g.mod]
        for (x, y) in pos:
            if f(x, y):
                m[y][x] = not m[y][x]
        g2 = _Grid(ver)
        g2.mod = m
        g2.draw_format(mk, ecl)
        m = g2.mod
        sc = _penalty(m)
        if best is None or sc < best[0]:
            best = (sc, m, mk)
    return best[1], ver, best[2]


# ---------------------------------------------------------------- decoding

def decode_matrix(m):
    n = len(m)
    ver = (n - 17) // 4
    if ver < 1 or ver * 4 + 17 != n:
        raise ValueError('bad symbol size %d' % n)
    g = _Grid(ver)
    first, second = g.format_positions()
    word = 0
    for i, (x, y) in enumerate(first):
        if m[y][x]:
            word |= 1 << i
    word2 = 0
    for i, (x, y) in enumerate(second):
        if m[y][x]:
            word2 |= 1 << i
    best = None
    for ecl in 'LMQH':
        for mk in range(8):
            fw = _format_word(ecl, mk)
            d = min(bin(fw ^ word).count('1'), bin(fw ^ word2).count('1'))
            if best is None or d < best[0]:
                best = (d, ecl, mk)
    if best[0] > 3:
        raise ValueError('format information unreadable')
    _, ecl, mk = best
    f = _mask_fn(mk)
    pos = g.data_positions()
    bits = [(1 if m[y][x] else 0) ^ (1 if f(x, y) else 0) for (x, y) in pos]
    raw = _raw_modules(ver) // 8
    cws = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nb = NUM_BLOCKS[ecl][ver]
    ecclen = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    lens = [shortlen - ecclen + (0 if i < nshort else 1) for i in range(nb)]
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(max(lens)):
        for j in range(nb):
            if i < lens[j]:
                blocks[j].append(cws[k]); k += 1
    eccs = [[] for _ in range(nb)]
    for i in range(ecclen):
        for j in range(nb):
            eccs[j].append(cws[k]); k += 1
    div = _rs_divisor(ecclen)
    data = []
    for j in range(nb):
        if _rs_remainder(blocks[j], div) != eccs[j]:
            raise ValueError('Reed-Solomon check failed in block %d' % j)
        data += blocks[j]
    bits = []
    for b in data:
        _bits_append(bits, b, 8)
    pos = 0

    def take(n_):
        nonlocal pos
        v = int(''.join(map(str, bits[pos:pos + n_])) or '0', 2)
        pos += n_
        return v
    out = bytearray()
    while pos + 4 <= len(bits):
        mode = take(4)
        if mode == 0:
            break
        if mode == 4:
            cnt = take(8 if ver < 10 else 16)
            for _ in range(cnt):
                out.append(take(8))
        elif mode == 2:
            cnt = take(9 if ver < 10 else (11 if ver < 27 else 13))
            for _ in range(cnt // 2):
                v = take(11)
                out += (ALNUM[v // 45] + ALNUM[v % 45]).encode()
            if cnt % 2:
                out += ALNUM[take(6)].encode()
        elif mode == 1:
            cnt = take(10 if ver < 10 else (12 if ver < 27 else 14))
            while cnt >= 3:
                out += ('%03d' % take(10)).encode(); cnt -= 3
            if cnt == 2:
                out += ('%02d' % take(7)).encode()
            elif cnt == 1:
                out += ('%d' % take(4)).encode()
        elif mode == 7:
            take(8)
        else:
            raise ValueError('unsupported mode %d' % mode)
    return bytes(out).decode('utf-8')


def decode_pixels(px):
    """px: list of rows of grey values (0 = black).  Axis-aligned symbols only."""
    h = len(px)
    w = len(px[0])
    dark = [[v < 128 for v in row] for row in px]
    ys = [y for y in range(h) if any(dark[y])]
    xs = [x for x in range(w) if any(dark[y][x] for y in ys)]
    top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
    run = 0
    x = left
    while x <= right and dark[top][x]:
        run += 1; x += 1
    mod = run / 7.0
    n = int(round((right - left + 1) / mod))
    m = [[dark[int(top + (r + 0.5) * mod)][int(left + (c + 0.5) * mod)] for c in range(n)] for r in range(n)]
    return decode_matrix(m)


def to_pixels(matrix, scale=4, quiet=4):
    n = len(matrix)
    size = (n + 2 * quiet) * scale
    rows = []
    white = [255] * size
    for _ in range(quiet * scale):
        rows.append(list(white))
    for r in range(n):
        row = [255] * (quiet * scale)
        for c in range(n):
            row += [0 if matrix[r][c] else 255] * scale
        row += [255] * (quiet * scale)
        for _ in range(scale):
            rows.append(list(row))
    for _ in range(quiet * scale):
        rows.append(list(white))
    return rows
