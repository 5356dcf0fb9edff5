"""QR Code model 2 encoder (byte mode) and a strict decoder for clean images.

Plain Python 3. The encoder follows ISO/IEC 18004; the decoder is used by the
verification step to read back the symbols this build draws (axis-aligned,
no noise), checking format information and Reed-Solomon syndromes.
"""

ECC_PER_BLOCK = {
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


def _mul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def _rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = _mul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = _mul(root, 2)
    return res


def _rs_remainder(data, divisor):
    res = [0] * len(divisor)
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, coef in enumerate(divisor):
            res[i] ^= _mul(coef, factor)
    return res


def _syndromes_zero(block, necc):
    # block = data + ecc, polynomial evaluated at alpha^i, i=0..necc-1
    for i in range(necc):
        s = 0
        a = _EXP[i]
        for c in block:
            s = _mul(s, a) ^ c
        if s != 0:
            return False
    return True


def num_raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def num_data_codewords(ver, ecl):
    return num_raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def align_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)]
    res.append(6)
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
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.f = [[False] * n for _ in range(n)]
        self._function_patterns()

    def set_f(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def _finder(self, cx, cy):
        n = self.size
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                d = max(abs(dx), abs(dy))
                x, y = cx + dx, cy + dy
                if 0 <= x < n and 0 <= y < n:
                    self.set_f(x, y, d not in (2, 4))

    def _align(self, cx, cy):
        for dy in range(-2, 3):
            for dx in range(-2, 3):
                self.set_f(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1)

    def _function_patterns(self):
        n = self.size
        for i in range(n):
            self.set_f(6, i, i % 2 == 0)
            self.set_f(i, 6, i % 2 == 0)
        self._finder(3, 3)
        self._finder(n - 4, 3)
        self._finder(3, n - 4)
        al = align_positions(self.ver)
        na = len(al)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                self._align(al[i], al[j])
        self.draw_format('M', 0)  # reserve
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self.set_f(a, b, bit)
                self.set_f(b, a, bit)

    def draw_format(self, ecl, mask):
        n = self.size
        bits = _format_bits(ecl, mask)
        g = lambda i: (bits >> i) & 1 == 1
        for i in range(6):
            self.set_f(8, i, g(i))
        self.set_f(8, 7, g(6))
        self.set_f(8, 8, g(7))
        self.set_f(7, 8, g(8))
        for i in range(9, 15):
            self.set_f(14 - i, 8, g(i))
        for i in range(8):
            self.set_f(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.set_f(8, n - 15 + i, g(i))
        self.set_f(8, n - 8, True)

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
                    y = n - 1 - vert if upward else vert
                    if not self.f[y][x]:
                        out.append((x, y))
            right -= 2
        return out


def _penalty(m):
    n = len(m)
    score = 0
    # N1 runs and N3 finder-like patterns (rows and columns)
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    lines = [row for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
    for line in lines:
        run = 1
        for i in range(1, n):
            if line[i] == line[i - 1]:
                run += 1
            else:
                if run >= 5:
                    score += 3 + (run - 5)
                run = 1
        if run >= 5:
            score += 3 + (run - 5)
        for i in range(n - 10):
            seg = line[i:i + 11]
            if seg == pat1 or seg == pat2:
                score += 40
    # N2 2x2 blocks
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                score += 3
    # N4 balance
    dark = sum(sum(1 for v in row if v) for row in m)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    score += max(k, 0) * 10
    return score


def encode(data, ecl='M', min_version=1, mask=None):
    """Return the module matrix (list of rows of bool) for bytes `data`."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    ver = None
    for v in range(min_version, 41):
        ccbits = 8 if v < 10 else 16
        need = 4 + ccbits + 8 * len(data)
        if need <= num_data_codewords(v, ecl) * 8:
            ver = v
            break
    if ver is None:
        raise ValueError('data too long for QR')
    ccbits = 8 if ver < 10 else 16
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), ccbits)
    for b in data:
        put(b, 8)
    cap = num_data_codewords(ver, ecl) * 8
    put(0, min(4, cap - len(bits)))
    put(0, (8 - len(bits) % 8) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # split into blocks + ecc, interleave
    nb = NUM_BLOCKS[ecl][ver]
    necc = ECC_PER_BLOCK[ecl][ver]
    raw = num_raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(necc)
    blocks = []
    k = 0
    for i in range(nb):
        dl = shortlen - necc + (0 if i < nshort else 1)
        dat = cw[k:k + dl]
        k += dl
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    out = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - necc or j >= nshort:
                out.append(blk[i])
    g = _Grid(ver)
    pos = g.data_positions()
    allbits = []
    for c in out:
        for i in range(7, -1, -1):
            allbits.append((c >> i) & 1 == 1)
    for i, (x, y) in enumerate(pos):
        g.m[y][x] = allbits[i] if i < len(allbits) else False
    best = None
    masks = range(8) if mask is None else [mask]
    for mk in masks:
        mm = [row[:] for row in g.m]
        fn = MASKS[mk]
        for (x, y) in pos:
            if fn(x, y):
                mm[y][x] = not mm[y][x]
        g2 = _Grid.__new__(_Grid)
        g2.ver, g2.size, g2.m, g2.f = ver, g.size, mm, [r[:] for r in g.f]
        g2.draw_format(ecl, mk)
        p = _penalty(g2.m)
        if best is None or p < best[0]:
            best = (p, g2.m)
    return best[1]


# ---------------------------------------------------------------- decoder

def decode_matrix(m):
    n = len(m)
    ver = (n - 17) // 4
    if ver < 1 or ver * 4 + 17 != n:
        raise ValueError('bad symbol size %d' % n)
    # format info, first copy
    fb = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        if m[y][x]:
            fb |= 1 << i
    fb2 = 0
    coords2 = [(n - 1 - i, 8) for i in range(8)] + [(8, n - 15 + i) for i in range(8, 15)]
    for i, (x, y) in enumerate(coords2):
        if m[y][x]:
            fb2 |= 1 << i
    found = None
    for ecl in 'LMQH':
        for mk in range(8):
            if _format_bits(ecl, mk) == fb and fb == fb2:
                found = (ecl, mk)
    if not found:
        raise ValueError('format information not valid')
    ecl, mk = found
    if ver >= 7:
        vb = 0
        for i in range(18):
            a = n - 11 + i % 3
            b = i // 3
            if m[b][a]:
                vb |= 1 << i
        if vb != _version_bits(ver):
            raise ValueError('version information not valid')
    g = _Grid(ver)
    pos = g.data_positions()
    fn = MASKS[mk]
    bits = []
    for (x, y) in pos:
        v = m[y][x]
        if fn(x, y):
            v = not v
        bits.append(1 if v else 0)
    raw = num_raw_modules(ver) // 8
    cws = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nb = NUM_BLOCKS[ecl][ver]
    necc = ECC_PER_BLOCK[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    lens = [shortlen + (0 if i < nshort else 1) for i in range(nb)]
    k = 0
    blocks = [[] for _ in range(nb)]
    dl = [lens[j] - necc for j in range(nb)]
    for i in range(max(dl)):
        for j in range(nb):
            if i < dl[j]:
                blocks[j].append(cws[k])
                k += 1
    for i in range(necc):
        for j in range(nb):
            blocks[j].append(cws[k])
            k += 1
    data = []
    for j in range(nb):
        if not _syndromes_zero(blocks[j], necc):
            raise ValueError('Reed-Solomon check failed in block %d' % j)
        data.extend(blocks[j][:dl[j]])
    bitstr = ''.join(format(c, '08b') for c in data)
    p = 0
    out = bytearray()

    def take(nbits):
        nonlocal p
        v = int(bitstr[p:p + nbits], 2)
        p += nbits
        return v
    while p + 4 <= len(bitstr):
        mode = take(4)
        if mode == 0:
            break
        if mode == 0b0100:
            cnt = take(8 if ver < 10 else 16)
            for _ in range(cnt):
                out.append(take(8))
        elif mode == 0b0111:
            take(8)
        elif mode == 0b0001:
            cnt = take(10 if ver < 10 else 12)
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
            al = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
            cnt = take(9 if ver < 10 else 11)
            s = ''
            while cnt >= 2:
                v = take(11)
                s += al[v // 45] + al[v % 45]
                cnt -= 2
            if cnt:
                s += al[take(6)]
            out.extend(s.encode())
        else:
            raise ValueError('unsupported mode %d' % mode)
    return bytes(out)


def decode_pixels(width, height, dark):
    """dark(x, y) -> bool. Locate the symbol and read it."""
    minx = miny = None
    maxx = maxy = -1
    for y in range(height):
        for x in range(width):
            if dark(x, y):
                if minx is None or x < minx:
                    minx = x
                if miny is None:
                    miny = y
                maxx = max(maxx, x)
                maxy = y
    if minx is None:
        raise ValueError('no dark pixels')
    run = 0
    x = minx
    while x <= maxx and dark(x, miny):
        run += 1
        x += 1
    mod = run / 7.0
    n = int(round((maxx - minx + 1) / mod))
    if abs((maxy - miny + 1) / mod - n) > 0.5:
        raise ValueError('symbol not square')
    m = []
    for r in range(n):
        yy = int(miny + (r + 0.5) * mod)
        m.append([dark(int(minx + (c + 0.5) * mod), yy) for c in range(n)])
    return decode_matrix(m)
