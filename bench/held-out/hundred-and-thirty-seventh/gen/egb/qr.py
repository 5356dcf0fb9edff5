"""QR Code Model 2 encoder and decoder (byte mode), pure Python.

The encoder follows ISO/IEC 18004 (versions 1-40, EC levels L/M/Q/H).
The decoder reads back a clean module matrix (as produced by the renderers in
this package, or sampled from a PNG / PDF image) and returns the payload bytes
after checking every Reed-Solomon block.
"""

ECC_CODEWORDS_PER_BLOCK = {
    'L': [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    'M': [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    'Q': [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    'H': [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
NUM_EC_BLOCKS = {
    'L': [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    'M': [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    'Q': [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    'H': [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
ECL_FORMAT_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}


# ---------------------------------------------------------------- GF(256)
def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def _rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(len(result)):
            result[j] = _gf_mul(result[j], root)
            if j + 1 < len(result):
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


def _num_raw_data_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        numalign = ver // 7 + 2
        result -= (25 * numalign - 10) * numalign - 55
        if ver >= 7:
            result -= 36
    return result


def _num_data_codewords(ver, ecl):
    return _num_raw_data_modules(ver) // 8 - ECC_CODEWORDS_PER_BLOCK[ecl][ver] * NUM_EC_BLOCKS[ecl][ver]


def _alignment_positions(ver):
    if ver == 1:
        return []
    numalign = ver // 7 + 2
    step = (ver * 8 + numalign * 3 + 5) // (numalign * 4 - 4) * 2
    size = ver * 4 + 17
    result = [size - 7 - i * step for i in range(numalign - 1)]
    result.reverse()
    return [6] + result


def _format_bits(ecl, mask):
    data = ECL_FORMAT_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _version_bits(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


MASKS = [
    lambda x, y: (x + y) % 2 == 0,
    lambda x, y: y % 2 == 0,
    lambda x, y: x % 3 == 0,
    lambda x, y: (x + y) % 3 == 0,
    lambda x, y: (x // 3 + y // 2) % 2 == 0,
    lambda x, y: x * y % 2 + x * y % 3 == 0,
    lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
]


class _Grid:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        self.mod = [[False] * self.size for _ in range(self.size)]
        self.fun = [[False] * self.size for _ in range(self.size)]

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.fun[y][x] = True

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
        pos = _alignment_positions(self.ver)
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0, 'M')  # reserve
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = size - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, mask, ecl):
        bits = _format_bits(ecl, mask)
        size = self.size
        g = lambda i: (bits >> i) & 1 == 1
        for i in range(0, 6):
            self.setf(8, i, g(i))
        self.setf(8, 7, g(6))
        self.setf(8, 8, g(7))
        self.setf(7, 8, g(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, g(i))
        for i in range(0, 8):
            self.setf(size - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.setf(8, size - 15 + i, g(i))
        self.setf(8, size - 8, True)

    def zigzag(self):
        """Yield data module coordinates in placement order."""
        size = self.size
        right = size - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(size):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = size - 1 - vert if upward else vert
                    if not self.fun[y][x]:
                        yield x, y
            right -= 2

    def apply_mask(self, mask):
        f = MASKS[mask]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fun[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]


def _penalty(mod):
    size = len(mod)
    p = 0
    # N1 runs, N3 finder-like patterns
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
                    p += 3 + (run - 5)
                run = 1
        if run >= 5:
            p += 3 + (run - 5)
        for i in range(size - 10):
            seg = line[i:i + 11]
            if seg == pat1 or seg == pat2:
                p += 40
    for y in range(size - 1):
        for x in range(size - 1):
            c = mod[y][x]
            if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in row if v) for row in mod)
    total = size * size
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    p += max(k, 0) * 10
    return p


def encode(payload, ecl='M', min_version=1):
    """Return the module matrix (list of rows of bools) for payload bytes."""
    if isinstance(payload, str):
        payload = payload.encode('utf-8')
    data = bytes(payload)
    for ver in range(min_version, 41):
        ccbits = 8 if ver <= 9 else 16
        needed = 4 + ccbits + 8 * len(data)
        if needed <= _num_data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError('payload too long for QR')
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), ccbits)
    for b in data:
        put(b, 8)
    cap = _num_data_codewords(ver, ecl) * 8
    put(0, min(4, cap - len(bits)))
    put(0, (8 - len(bits) % 8) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # split into blocks and add EC
    nblocks = NUM_EC_BLOCKS[ecl][ver]
    ecclen = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    raw = _num_raw_data_modules(ver) // 8
    nshort = nblocks - raw % nblocks
    shortlen = raw // nblocks
    div = _rs_divisor(ecclen)
    blocks = []
    k = 0
    for i in range(nblocks):
        dat = cw[k:k + shortlen - ecclen + (0 if i < nshort else 1)]
        k += len(dat)
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - ecclen or j >= nshort:
                final.append(blk[i])
    best = None
    for mask in range(8):
        g = _Grid(ver)
        g.draw_function_patterns()
        i = 0
        for x, y in g.zigzag():
            if i < len(final) * 8:
                g.mod[y][x] = (final[i >> 3] >> (7 - (i & 7))) & 1 == 1
                i += 1
        g.apply_mask(mask)
        g.draw_format(mask, ecl)
        pen = _penalty(g.mod)
        if best is None or pen < best[0]:
            best = (pen, g.mod)
    return best[1]


# ---------------------------------------------------------------- decoding
def decode_matrix(mod):
    """Decode a module matrix produced by encode(); returns payload bytes.

    Raises ValueError if the format information or any Reed-Solomon block does
    not check out.
    """
    size = len(mod)
    ver = (size - 17) // 4
    if ver < 1 or ver > 40 or ver * 4 + 17 != size:
        raise ValueError('bad QR size %d' % size)
    # read format bits (first copy)
    fb = 0
    pos = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(pos):
        if mod[y][x]:
            fb |= 1 << i
    best = None
    for ecl in 'LMQH':
        for mask in range(8):
            d = bin(_format_bits(ecl, mask) ^ fb).count('1')
            if best is None or d < best[0]:
                best = (d, ecl, mask)
    if best[0] > 3:
        raise ValueError('format information unreadable')
    _, ecl, mask = best
    if ver >= 7:
        vb = 0
        for i in range(18):
            a = size - 11 + i % 3
            b = i // 3
            if mod[b][a]:
                vb |= 1 << i
        if bin(vb ^ _version_bits(ver)).count('1') > 3:
            raise ValueError('version information mismatch')
    g = _Grid(ver)
    g.draw_function_patterns()
    f = MASKS[mask]
    bits = []
    for x, y in g.zigzag():
        v = mod[y][x]
        if f(x, y):
            v = not v
        bits.append(1 if v else 0)
    raw = _num_raw_data_modules(ver) // 8
    cw = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nblocks = NUM_EC_BLOCKS[ecl][ver]
    ecclen = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    nshort = nblocks - raw % nblocks
    shortlen = raw // nblocks
    blocks = [[] for _ in range(nblocks)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nblocks):
            if i == shortlen - ecclen and j < nshort:
                continue
            blocks[j].append(cw[k])
            k += 1
    div = _rs_divisor(ecclen)
    data = []
    for j, blk in enumerate(blocks):
        dlen = shortlen - ecclen + (0 if j < nshort else 1)
        dat, ecc = blk[:dlen], blk[dlen:]
        if _rs_remainder(dat, div) != ecc:
            raise ValueError('Reed-Solomon check failed in block %d' % j)
        data.extend(dat)
    # parse segments
    bitstr = ''.join(format(b, '08b') for b in data)
    p = 0
    out = bytearray()
    while p + 4 <= len(bitstr):
        mode = int(bitstr[p:p + 4], 2)
        p += 4
        if mode == 0:
            break
        if mode != 4:
            raise ValueError('unsupported QR mode %d' % mode)
        ccbits = 8 if ver <= 9 else 16
        n = int(bitstr[p:p + ccbits], 2)
        p += ccbits
        for _ in range(n):
            out.append(int(bitstr[p:p + 8], 2))
            p += 8
    return bytes(out)


def matrix_from_pixels(width, height, getpix):
    """Sample a module matrix from a bitmap (getpix(x, y) -> True if dark).

    Works for axis-aligned, undistorted codes such as the ones rendered by this
    package: locates the top-left finder pattern, derives the module pitch and
    samples module centres.
    """
    top = left = None
    for y in range(height):
        for x in range(width):
            if getpix(x, y):
                top, left = y, x
                break
        if top is not None:
            break
    if top is None:
        raise ValueError('no dark pixels')
    # finder pattern is 7 modules wide: measure first dark run along the row
    x = left
    while x < width and getpix(x, top):
        x += 1
    pitch = (x - left) / 7.0
    # right edge of symbol: last dark pixel on this row
    right = left
    for xx in range(width - 1, left, -1):
        if getpix(xx, top):
            right = xx
            break
    nmod = int(round((right - left + 1) / pitch))
    mod = []
    for r in range(nmod):
        row = []
        for c in range(nmod):
            px = int(left + (c + 0.5) * pitch)
            py = int(top + (r + 0.5) * pitch)
            row.append(bool(getpix(px, py)))
        mod.append(row)
    return mod
