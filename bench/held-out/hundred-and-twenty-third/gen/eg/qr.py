"""Minimal QR Code encoder (byte mode) and decoder for self-generated images.

The encoder follows ISO/IEC 18004 (model 2).  The decoder is only meant to
read back clean, axis-aligned symbols produced by this package (PNG or PDF
image), so that the build can prove each QR code carries the intended payload.
"""

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
ECL_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}

# GF(256) arithmetic, primitive polynomial 0x11D
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


def _rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = _mul(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = _mul(root, 2)
    return result


def _rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= _mul(coef, factor)
    return result


def num_raw_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        result -= (25 * na - 10) * na - 55
        if ver >= 7:
            result -= 36
    return result


def data_codewords(ver, ecl):
    return num_raw_modules(ver) // 8 - ECC_CODEWORDS_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def alignment_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(res))


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


def _bit(x, i):
    return (x >> i) & 1 != 0


class _Grid:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        self.mod = [[False] * self.size for _ in range(self.size)]
        self.func = [[False] * self.size for _ in range(self.size)]

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.func[y][x] = True

    def draw_function_patterns(self):
        size = self.size
        for i in range(size):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < size and 0 <= y < size:
                        dist = max(abs(dx), abs(dy))
                        self.setf(x, y, dist not in (2, 4))
        pos = alignment_positions(self.ver)
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format('L', 0)  # reserve
        if self.ver >= 7:
            bits = version_bits(self.ver)
            for i in range(18):
                b = _bit(bits, i)
                a = size - 11 + i % 3
                c = i // 3
                self.setf(a, c, b)
                self.setf(c, a, b)

    def draw_format(self, ecl, mask):
        bits = format_bits(ecl, mask)
        size = self.size
        for i in range(0, 6):
            self.setf(8, i, _bit(bits, i))
        self.setf(8, 7, _bit(bits, 6))
        self.setf(8, 8, _bit(bits, 7))
        self.setf(7, 8, _bit(bits, 8))
        for i in range(9, 15):
            self.setf(14 - i, 8, _bit(bits, i))
        for i in range(0, 8):
            self.setf(size - 1 - i, 8, _bit(bits, i))
        for i in range(8, 15):
            self.setf(8, size - 15 + i, _bit(bits, i))
        self.setf(8, size - 8, True)

    def data_positions(self):
        size = self.size
        right = size - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(size):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = (size - 1 - vert) if upward else vert
                    if not self.func[y][x]:
                        yield x, y
            right -= 2


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


def _penalty(mod):
    size = len(mod)
    score = 0
    # N1 runs and N3 finder-like patterns (rows and columns)
    lines = [row for row in mod] + [[mod[y][x] for y in range(size)] for x in range(size)]
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for line in lines:
        run = 1
        for i in range(1, size):
            if line[i] == line[i - 1]:
                run += 1
            else:
                if run >= 5:
                    score += 3 + (run - 5)
                run = 1
        if run >= 5:
            score += 3 + (run - 5)
        for i in range(size - 10):
            seg = line[i:i + 11]
            if seg == pat1 or seg == pat2:
                score += 40
    for y in range(size - 1):
        for x in range(size - 1):
            c = mod[y][x]
            if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                score += 3
    dark = sum(sum(1 for v in row if v) for row in mod)
    total = size * size
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    score += max(k, 0) * 10
    return score


def encode(payload, ecl='M', min_version=1):
    """Return a square matrix (list of lists of bool, True=dark)."""
    if isinstance(payload, str):
        payload = payload.encode('utf-8')
    data = bytes(payload)
    for ver in range(min_version, 41):
        cbits = 8 if ver < 10 else 16
        need = 4 + cbits + 8 * len(data)
        if need <= data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError('payload too long for QR')
    cap = data_codewords(ver, ecl) * 8
    bits = []

    def app(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    app(4, 4)
    app(len(data), cbits)
    for b in data:
        app(b, 8)
    app(0, min(4, cap - len(bits)))
    app(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        app(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # split into blocks and add ECC
    nb = NUM_BLOCKS[ecl][ver]
    eccl = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    raw = num_raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(eccl)
    blocks = []
    k = 0
    for i in range(nb):
        n = shortlen - eccl + (0 if i < nshort else 1)
        dat = cw[k:k + n]
        k += n
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    allcw = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - eccl or j >= nshort:
                allcw.append(blk[i])
    g = _Grid(ver)
    g.draw_function_patterns()
    positions = list(g.data_positions())
    for i, (x, y) in enumerate(positions):
        if i < len(allcw) * 8:
            g.mod[y][x] = _bit(allcw[i >> 3], 7 - (i & 7))
    best = None
    for mask in range(8):
        fn = _mask_fn(mask)
        m = [row[:] for row in g.mod]
        for (x, y) in positions:
            if fn(x, y):
                m[y][x] = not m[y][x]
        g2 = _Grid(ver)
        g2.mod = m
        g2.func = [row[:] for row in g.func]
        g2.draw_format(ecl, mask)
        p = _penalty(g2.mod)
        if best is None or p < best[0]:
            best = (p, g2.mod)
    return best[1]


# ---------------------------------------------------------------- decoding

def decode_matrix(mod):
    """Decode a module matrix produced by encode(); returns payload bytes."""
    size = len(mod)
    ver = (size - 17) // 4
    if ver * 4 + 17 != size or not 1 <= ver <= 40:
        raise ValueError('bad QR size %d' % size)
    # read format bits from the first copy
    bits = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        if mod[y][x]:
            bits |= 1 << i
    best = None
    for ecl in 'LMQH':
        for mask in range(8):
            d = bin(format_bits(ecl, mask) ^ bits).count('1')
            if best is None or d < best[0]:
                best = (d, ecl, mask)
    if best[0] > 3:
        raise ValueError('unreadable QR format information')
    _, ecl, mask = best
    g = _Grid(ver)
    g.draw_function_patterns()
    fn = _mask_fn(mask)
    stream = []
    for (x, y) in g.data_positions():
        v = mod[y][x]
        if fn(x, y):
            v = not v
        stream.append(1 if v else 0)
    raw = num_raw_modules(ver) // 8
    cws = [int(''.join(map(str, stream[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nb = NUM_BLOCKS[ecl][ver]
    eccl = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i == shortlen - eccl and j < nshort:
                blocks[j].append(0)
                continue
            blocks[j].append(cws[k])
            k += 1
    data = []
    div = _rs_divisor(eccl)
    for j, blk in enumerate(blocks):
        dlen = shortlen - eccl + (0 if j < nshort else 1)
        dat = blk[:dlen]
        ecc = blk[shortlen - eccl + 1:]
        if _rs_remainder(dat, div) != ecc:
            raise ValueError('QR error correction mismatch (damaged symbol)')
        data += dat
    bitstr = ''.join('{:08b}'.format(b) for b in data)
    pos = 0
    out = b''
    while pos + 4 <= len(bitstr):
        mode = int(bitstr[pos:pos + 4], 2)
        pos += 4
        if mode == 0:
            break
        if mode == 4:
            cb = 8 if ver < 10 else 16
            n = int(bitstr[pos:pos + cb], 2)
            pos += cb
            out += bytes(int(bitstr[pos + 8 * i:pos + 8 * i + 8], 2) for i in range(n))
            pos += 8 * n
        elif mode == 7:  # ECI, skip designator (single byte form)
            pos += 8
        else:
            raise ValueError('unsupported QR mode %d' % mode)
    return out


def matrix_from_pixels(pix, width, height, threshold=128):
    """pix: function (x, y) -> grey value.  Locates the symbol and samples it."""
    # find top-left dark pixel along the diagonal of the finder pattern
    top = left = None
    for y in range(height):
        for x in range(width):
            if pix(x, y) < threshold:
                top, left = y, x
                break
        if top is not None:
            break
    if top is None:
        raise ValueError('no QR found')
    run = 0
    x = left
    while x < width and pix(x, top) < threshold:
        run += 1
        x += 1
    msize = run / 7.0
    # find right edge of symbol on the top row
    right = left
    for x in range(width - 1, left, -1):
        if pix(x, top) < threshold:
            right = x
            break
    n = int(round((right - left + 1) / msize))
    mod = []
    for r in range(n):
        row = []
        for c in range(n):
            px = int(left + (c + 0.5) * msize)
            py = int(top + (r + 0.5) * msize)
            row.append(pix(px, py) < threshold)
        mod.append(row)
    return mod
