"""QR Code Model 2 encoder (byte mode) and a decoder for clean rendered codes.
Pure standard library. Encoder follows ISO/IEC 18004 (as in Nayuki's reference design)."""

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


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


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


def _raw_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        result -= (25 * n - 10) * n - 55
        if ver >= 7:
            result -= 36
    return result


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def _align_pos(ver):
    if ver == 1:
        return []
    n = ver // 7 + 2
    step = (ver * 8 + n * 3 + 5) // (n * 4 - 4) * 2
    res = [ver * 4 + 10 - i * step for i in range(n - 1)] + [6]
    return sorted(res)


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
        self.m = [[False] * self.size for _ in range(self.size)]
        self.f = [[False] * self.size for _ in range(self.size)]

    def setf(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def draw_function_patterns(self):
        s = self.size
        for i in range(s):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    xx, yy = cx + dx, cy + dy
                    if 0 <= xx < s and 0 <= yy < s:
                        self.setf(xx, yy, max(abs(dx), abs(dy)) not in (2, 4))
        ap = _align_pos(self.ver)
        n = len(ap)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format('L', 0)  # reserve
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a, b = s - 11 + i % 3, i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, ecl, mask):
        bits = _format_bits(ecl, mask)
        s = self.size
        g = lambda i: (bits >> i) & 1 == 1
        for i in range(0, 6):
            self.setf(8, i, g(i))
        self.setf(8, 7, g(6))
        self.setf(8, 8, g(7))
        self.setf(7, 8, g(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, g(i))
        for i in range(0, 8):
            self.setf(s - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.setf(8, s - 15 + i, g(i))
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
                    if not self.f[y][x]:
                        yield x, y
            right -= 2


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
    s = len(m)
    p = 0
    lines = [row for row in m] + [[m[y][x] for y in range(s)] for x in range(s)]
    for line in lines:
        run, prev = 0, None
        for v in line:
            if v == prev:
                run += 1
            else:
                if run >= 5:
                    p += run - 2
                run, prev = 1, v
        if run >= 5:
            p += run - 2
        # finder-like patterns
        bits = ''.join('1' if v else '0' for v in line)
        for pat in ('10111010000', '00001011101'):
            i = bits.find(pat)
            while i != -1:
                p += 40
                i = bits.find(pat, i + 1)
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


def _interleave(data, ver, ecl):
    nb = NUM_BLOCKS[ecl][ver]
    eccl = ECC_PER_BLOCK[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(eccl)
    blocks, k = [], 0
    for i in range(nb):
        dat = data[k:k + shortlen - eccl + (0 if i < nshort else 1)]
        k += len(dat)
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    out = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - eccl or j >= nshort:
                out.append(blk[i])
    return out


def encode(payload, ecl='M', min_version=1, mask=None):
    """Return the module matrix (list of rows of bool) for payload (bytes or str, UTF-8)."""
    if isinstance(payload, str):
        payload = payload.encode('utf-8')
    for ver in range(min_version, 41):
        ccbits = 8 if ver <= 9 else 16
        need = 4 + ccbits + 8 * len(payload)
        if need <= _data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError('payload too long')
    bits = []

    def app(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    app(4, 4)
    app(len(payload), ccbits)
    for b in payload:
        app(b, 8)
    cap = _data_codewords(ver, ecl) * 8
    app(0, min(4, cap - len(bits)))
    app(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        app(pad, 8)
        pad ^= 0xEC ^ 0x11
    data = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    cw = _interleave(data, ver, ecl)
    g = _Grid(ver)
    g.draw_function_patterns()
    allbits = []
    for b in cw:
        for i in reversed(range(8)):
            allbits.append((b >> i) & 1 == 1)
    pos = list(g.positions())
    base = [row[:] for row in g.m]
    for i, (x, y) in enumerate(pos):
        base[y][x] = allbits[i] if i < len(allbits) else False
    best = None
    for mk in ([mask] if mask is not None else range(8)):
        g.m = [row[:] for row in base]
        fn = _mask_fn(mk)
        for x, y in pos:
            if fn(x, y):
                g.m[y][x] = not g.m[y][x]
        g.draw_format(ecl, mk)
        pen = _penalty(g.m)
        if best is None or pen < best[0]:
            best = (pen, [row[:] for row in g.m])
    return best[1]


# ------------------------------------------------------------------ decoding
def decode_matrix(m):
    """Decode a clean module matrix. Returns payload bytes. Raises ValueError on error."""
    s = len(m)
    ver = (s - 17) // 4
    if ver < 1 or ver > 40 or ver * 4 + 17 != s:
        raise ValueError('bad size %d' % s)
    fb = 0
    for i in range(0, 6):
        fb |= m[i][8] << i
    fb |= m[7][8] << 6
    fb |= m[8][8] << 7
    fb |= m[8][7] << 8
    for i in range(9, 15):
        fb |= m[8][14 - i] << i
    best = None
    for ecl in 'LMQH':
        for mk in range(8):
            d = bin(_format_bits(ecl, mk) ^ fb).count('1')
            if best is None or d < best[0]:
                best = (d, ecl, mk)
    if best[0] > 3:
        raise ValueError('format info unreadable')
    _, ecl, mk = best
    g = _Grid(ver)
    g.draw_function_patterns()
    fn = _mask_fn(mk)
    bits = []
    for x, y in g.positions():
        v = bool(m[y][x])
        if fn(x, y):
            v = not v
        bits.append(v)
    raw = _raw_modules(ver) // 8
    cw = [int(''.join('1' if b else '0' for b in bits[i * 8:i * 8 + 8]), 2) for i in range(raw)]
    nb = NUM_BLOCKS[ecl][ver]
    eccl = ECC_PER_BLOCK[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i != shortlen - eccl or j >= nshort:
                blocks[j].append(cw[k])
                k += 1
    div = _rs_divisor(eccl)
    data = []
    for j, blk in enumerate(blocks):
        dlen = shortlen - eccl + (0 if j < nshort else 1)
        dat, ecc = blk[:dlen], blk[dlen:]
        if _rs_remainder(dat, div) != ecc:
            raise ValueError('Reed-Solomon check failed in block %d' % j)
        data += dat
    bitstr = ''.join(format(b, '08b') for b in data)
    pos = 0
    out = bytearray()

    def rd(n):
        nonlocal pos
        v = int(bitstr[pos:pos + n], 2)
        pos += n
        return v
    alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    while pos + 4 <= len(bitstr):
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


def matrix_from_pixels(px, w, h, dark=lambda v: v < 128):
    """Recover the module grid from a rendered greyscale pixel array px[y][x]."""
    y0 = x0 = None
    for y in range(h):
        for x in range(w):
            if dark(px[y][x]):
                y0, x0 = y, x
                break
        if y0 is not None:
            break
    if y0 is None:
        raise ValueError('no dark pixels')
    run = 0
    while x0 + run < w and dark(px[y0][x0 + run]):
        run += 1
    ms = run / 7.0
    xl = max(x for x in range(w) if dark(px[y0][x]))
    n = int(round((xl - x0 + 1) / ms))
    return [[dark(px[int(y0 + (r + 0.5) * ms)][int(x0 + (c + 0.5) * ms)]) for c in range(n)] for r in range(n)]
