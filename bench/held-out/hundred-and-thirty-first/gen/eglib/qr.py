"""QR Code model 2 encoder (byte mode) and a decoder for clean, axis-aligned images."""

ECC_PER_BLOCK = {
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

# GF(256) arithmetic
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


def _mul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def _rs_generator(degree):
    g = [1]
    for i in range(degree):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= _mul(c, _EXP[i])
        g = ng
    return g


def _rs_remainder(data, degree):
    gen = _rs_generator(degree)
    rem = list(data) + [0] * degree
    for i in range(len(data)):
        c = rem[i]
        if c:
            for j in range(1, len(gen)):
                rem[i + j] ^= _mul(gen[j], c)
    return rem[len(data):]


def _poly_eval(coeffs, x):
    y = 0
    for c in coeffs:
        y = _mul(y, x) ^ c
    return y


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


def _align_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    na = ver // 7 + 2
    step = 26 if ver == 32 else (ver * 4 + na * 2 + 1) // (na * 2 - 2) * 2
    res = [size - 7 - i * step for i in range(na - 1)]
    res.reverse()
    return [6] + res


def _format_bits(ecl, mask):
    data = ECL_BITS[ecl] << 3 | mask
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
        self.mod = [[False] * self.size for _ in range(self.size)]
        self.fn = [[False] * self.size for _ in range(self.size)]

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.fn[y][x] = True

    def draw_function_patterns(self, ecl='M', mask=0):
        s = self.size
        for i in range(s):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < s and 0 <= y < s:
                        d = max(abs(dx), abs(dy))
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
        self.draw_format(ecl, mask)
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = s - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, ecl, mask):
        s = self.size
        bits = _format_bits(ecl, mask)
        bit = lambda i: (bits >> i) & 1 == 1
        for i in range(6):
            self.setf(8, i, bit(i))
        self.setf(8, 7, bit(6))
        self.setf(8, 8, bit(7))
        self.setf(7, 8, bit(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, bit(i))
        for i in range(8):
            self.setf(s - 1 - i, 8, bit(i))
        for i in range(8, 15):
            self.setf(8, s - 15 + i, bit(i))
        self.setf(8, s - 8, True)

    def positions(self):
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
                    if not self.fn[y][x]:
                        yield x, y
            right -= 2


def _mask_fn(m):
    return [lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][m]


def _penalty(mod):
    s = len(mod)
    p = 0
    lines = [row for row in mod] + [[mod[y][x] for y in range(s)] for x in range(s)]
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
        t = ''.join('1' if v else '0' for v in line)
        p += 40 * (t.count('10111010000') + t.count('00001011101'))
    for y in range(s - 1):
        for x in range(s - 1):
            c = mod[y][x]
            if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in row if v) for row in mod)
    k = abs(dark * 20 - s * s * 10) // (s * s)
    p += k * 10
    return p


def encode(payload, ecl='M', min_version=1):
    """payload: bytes or str (UTF-8). Returns list of rows of booleans (True=dark)."""
    if isinstance(payload, str):
        payload = payload.encode('utf-8')
    for ver in range(min_version, 41):
        cc_bits = 8 if ver < 10 else 16
        if 4 + cc_bits + 8 * len(payload) <= data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError('payload too long')
    cap = data_codewords(ver, ecl) * 8
    bits = []

    def put(v, n):
        bits.extend((v >> i) & 1 for i in reversed(range(n)))
    put(4, 4)
    put(len(payload), cc_bits)
    for b in payload:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    put(0, (8 - len(bits) % 8) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    data = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    nb = NUM_BLOCKS[ecl][ver]
    ecc_len = ECC_PER_BLOCK[ecl][ver]
    raw = raw_modules(ver) // 8
    n_short = nb - raw % nb
    short_len = raw // nb
    blocks = []
    k = 0
    for i in range(nb):
        dl = short_len - ecc_len + (0 if i < n_short else 1)
        dat = data[k:k + dl]
        k += dl
        ecc = _rs_remainder(dat, ecc_len)
        if i < n_short:
            dat = dat + [None]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if blk[i] is not None:
                final.append(blk[i])
    best = None
    for mask in range(8):
        g = _Grid(ver)
        g.draw_function_patterns(ecl, mask)
        i = 0
        mf = _mask_fn(mask)
        for x, y in g.positions():
            bit = False
            if i < len(final) * 8:
                bit = (final[i >> 3] >> (7 - (i & 7))) & 1 == 1
            i += 1
            g.mod[y][x] = bit ^ mf(x, y)
        pen = _penalty(g.mod)
        if best is None or pen < best[0]:
            best = (pen, g.mod)
    return best[1]


def to_png(matrix, scale=6, border=4):
    from .png import write_png
    s = len(matrix)
    n = (s + 2 * border) * scale
    rows = []
    for y in range(-border, s + border):
        row = bytearray()
        for x in range(-border, s + border):
            dark = 0 <= x < s and 0 <= y < s and matrix[y][x]
            row.extend([0 if dark else 255] * scale)
        for _ in range(scale):
            rows.append(bytes(row))
    return write_png(n, n, rows, 'gray')


def qr_png(payload, ecl='M', scale=6, border=4):
    return to_png(encode(payload, ecl), scale, border)


def matrix_gray(matrix, border=4):
    """Module matrix -> 1 pixel/module gray rows (for PDF images)."""
    s = len(matrix)
    rows = []
    for y in range(-border, s + border):
        rows.append(bytes(0 if (0 <= x < s and 0 <= y < s and matrix[y][x]) else 255
                          for x in range(-border, s + border)))
    return rows


# ---------------------------------------------------------------- decoder
def decode_gray(pixels):
    """pixels: list of rows of 0..255. Works for clean, unrotated, crisp QR images."""
    h = len(pixels)
    w = len(pixels[0])
    dark = lambda x, y: pixels[y][x] < 128
    ys = [y for y in range(h) if any(dark(x, y) for x in range(w))]
    xs = [x for x in range(w) if any(dark(x, y) for y in range(h))]
    if not ys:
        raise ValueError('no dark pixels')
    x0, x1, y0, y1 = xs[0], xs[-1], ys[0], ys[-1]
    # finder pattern top row: 7 modules dark
    run = 0
    while x0 + run <= x1 and dark(x0 + run, y0):
        run += 1
    scale = run / 7.0
    size = int(round((x1 - x0 + 1) / scale))
    ver = (size - 17) // 4
    if ver < 1 or ver * 4 + 17 != size:
        raise ValueError('bad size %d' % size)
    mod = [[dark(int(x0 + (x + 0.5) * scale), int(y0 + (y + 0.5) * scale)) for x in range(size)]
           for y in range(size)]
    # format info, first copy
    bits = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        if mod[y][x]:
            bits |= 1 << i
    best = None
    for ecl in 'LMQH':
        for m in range(8):
            d = bin(_format_bits(ecl, m) ^ bits).count('1')
            if best is None or d < best[0]:
                best = (d, ecl, m)
    if best[0] > 3:
        raise ValueError('format info unreadable')
    _, ecl, mask = best
    g = _Grid(ver)
    g.draw_function_patterns(ecl, mask)
    mf = _mask_fn(mask)
    stream = []
    for x, y in g.positions():
        stream.append(mod[y][x] ^ mf(x, y))
    raw = raw_modules(ver) // 8
    cw = [int(''.join('1' if b else '0' for b in stream[i * 8:i * 8 + 8]), 2) for i in range(raw)]
    nb = NUM_BLOCKS[ecl][ver]
    ecc_len = ECC_PER_BLOCK[ecl][ver]
    n_short = nb - raw % nb
    short_len = raw // nb
    lens = [short_len + (0 if i < n_short else 1) for i in range(nb)]
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(max(lens) - ecc_len):
        for j in range(nb):
            if i < lens[j] - ecc_len:
                blocks[j].append(cw[k])
                k += 1
    for i in range(ecc_len):
        for j in range(nb):
            blocks[j].append(cw[k])
            k += 1
    data = []
    for blk in blocks:
        for i in range(ecc_len):
            if _poly_eval(blk, _EXP[i]) != 0:
                raise ValueError('Reed-Solomon syndrome non-zero')
        data.extend(blk[:-ecc_len])
    bits = ''.join('{:08b}'.format(b) for b in data)
    pos = 0
    out = b''
    while pos + 4 <= len(bits):
        mode = int(bits[pos:pos + 4], 2)
        pos += 4
        if mode == 0:
            break
        if mode == 4:
            n = 8 if ver < 10 else 16
            cnt = int(bits[pos:pos + n], 2)
            pos += n
            out += bytes(int(bits[pos + 8 * i:pos + 8 * i + 8], 2) for i in range(cnt))
            pos += 8 * cnt
        elif mode == 7:
            pos += 8
        else:
            raise ValueError('unsupported mode %d' % mode)
    return out


def decode_png(data):
    from .png import gray_matrix
    return decode_gray(gray_matrix(data))
