"""Minimal QR Code encoder (byte mode) and a decoder for clean, generated symbols.

Written for this evaluation set; standard library only.  The decoder is meant to
read back the symbols produced by :func:`encode` (axis-aligned, known quiet
zone), so the build can prove every QR code carries the intended payload.
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


def _align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return sorted(res)


def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


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


def _rs_remainder(data, divisor):
    res = [0] * len(divisor)
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, coef in enumerate(divisor):
            res[i] ^= _gf_mul(coef, factor)
    return res


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
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]

    def set_fn(self, x, y, dark):
        self.mod[y][x] = dark
        self.fn[y][x] = True

    def draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self.set_fn(6, i, i % 2 == 0)
            self.set_fn(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    d = max(abs(dx), abs(dy))
                    xx, yy = cx + dx, cy + dy
                    if 0 <= xx < n and 0 <= yy < n:
                        self.set_fn(xx, yy, d not in (2, 4))
        al = _align_positions(self.ver)
        na = len(al)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.set_fn(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0, 'L')  # reserve
        self.draw_version()

    def draw_format(self, mask, ecl):
        bits = _format_bits(ecl, mask)
        n = self.size
        b = lambda i: ((bits >> i) & 1) != 0
        for i in range(0, 6):
            self.set_fn(8, i, b(i))
        self.set_fn(8, 7, b(6))
        self.set_fn(8, 8, b(7))
        self.set_fn(7, 8, b(8))
        for i in range(9, 15):
            self.set_fn(14 - i, 8, b(i))
        for i in range(0, 8):
            self.set_fn(n - 1 - i, 8, b(i))
        for i in range(8, 15):
            self.set_fn(8, n - 15 + i, b(i))
        self.set_fn(8, n - 8, True)

    def draw_version(self):
        if self.ver < 7:
            return
        bits = _version_bits(self.ver)
        n = self.size
        for i in range(18):
            bit = ((bits >> i) & 1) != 0
            a, c = n - 11 + i % 3, i // 3
            self.set_fn(a, c, bit)
            self.set_fn(c, a, bit)

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
                    if not self.fn[y][x]:
                        out.append((x, y))
            right -= 2
        return out


def _mask_fn(mask, x, y):
    return (
        (x + y) % 2 == 0,
        y % 2 == 0,
        x % 3 == 0,
        (x + y) % 3 == 0,
        (x // 3 + y // 2) % 2 == 0,
        x * y % 2 + x * y % 3 == 0,
        (x * y % 2 + x * y % 3) % 2 == 0,
        ((x + y) % 2 + x * y % 3) % 2 == 0,
    )[mask]


def _apply_mask(g, mask):
    for y in range(g.size):
        for x in range(g.size):
            if not g.fn[y][x] and _mask_fn(mask, x, y):
                g.mod[y][x] = not g.mod[y][x]


def _penalty(m):
    n = len(m)
    score = 0
    # rule 1 and 3, rows and columns
    def lines():
        for y in range(n):
            yield m[y]
        for x in range(n):
            yield [m[y][x] for y in range(n)]
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for line in lines():
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
        ext = [False] * 4 + list(line) + [False] * 4
        for i in range(len(ext) - 10):
            w = ext[i:i + 11]
            if w == pat1 or w == pat2:
                score += 40
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                score += 3
    dark = sum(sum(1 for v in row if v) for row in m)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    score += k * 10
    return score


def encode(payload, ecl='M', min_version=1):
    """Return a list of rows (True = dark) for *payload* (str -> UTF-8, or bytes)."""
    data = payload.encode('utf-8') if isinstance(payload, str) else bytes(payload)
    for ver in range(min_version, 41):
        cc_bits = 8 if ver <= 9 else 16
        need = 4 + cc_bits + 8 * len(data)
        cap = _data_codewords(ver, ecl) * 8
        if need <= cap:
            break
    else:
        raise ValueError('payload too long')
    bits = []
    def app(v, n):
        for i in range(n - 1, -1, -1):
            bits.append((v >> i) & 1)
    app(0b0100, 4)
    app(len(data), cc_bits)
    for b in data:
        app(b, 8)
    app(0, min(4, cap - len(bits)))
    app(0, (8 - len(bits) % 8) % 8)
    pad = 0xEC
    while len(bits) < cap:
        app(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # split into blocks, add ECC, interleave
    nb = NUM_BLOCKS[ecl][ver]
    blen_ecc = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    raw = _raw_modules(ver) // 8
    num_short = nb - raw % nb
    short_len = raw // nb
    div = _rs_divisor(blen_ecc)
    blocks = []
    k = 0
    for i in range(nb):
        dlen = short_len - blen_ecc + (0 if i < num_short else 1)
        dat = cw[k:k + dlen]
        k += dlen
        ecc = _rs_remainder(dat, div)
        if i < num_short:
            dat = dat + [None]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if blk[i] is not None:
                final.append(blk[i])
    g = _Grid(ver)
    g.draw_function_patterns()
    pos = g.data_positions()
    allbits = []
    for b in final:
        for i in range(7, -1, -1):
            allbits.append((b >> i) & 1)
    for idx, (x, y) in enumerate(pos):
        g.mod[y][x] = bool(allbits[idx]) if idx < len(allbits) else False
    best = None
    for mask in range(8):
        _apply_mask(g, mask)
        g.draw_format(mask, ecl)
        p = _penalty(g.mod)
        if best is None or p < best[0]:
            best = (p, mask)
        _apply_mask(g, mask)
    mask = best[1]
    _apply_mask(g, mask)
    g.draw_format(mask, ecl)
    return [row[:] for row in g.mod]


def decode_matrix(m):
    """Decode a module matrix (list of rows of bools) produced by a QR encoder."""
    n = len(m)
    ver = (n - 17) // 4
    if ver < 1 or ver * 4 + 17 != n:
        raise ValueError('bad size %d' % n)
    # read format bits (first copy)
    bits = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        if m[y][x]:
            bits |= 1 << i
    found = None
    for ecl in 'LMQH':
        for mask in range(8):
            if _format_bits(ecl, mask) == bits:
                found = (ecl, mask)
    if found is None:
        raise ValueError('format bits unreadable')
    ecl, mask = found
    if ver >= 7:
        vb = 0
        for i in range(18):
            if m[i // 3][n - 11 + i % 3]:
                vb |= 1 << i
        if vb != _version_bits(ver):
            raise ValueError('version bits mismatch')
    g = _Grid(ver)
    g.draw_function_patterns()
    pos = g.data_positions()
    raw = _raw_modules(ver) // 8
    vals = []
    for (x, y) in pos[:raw * 8]:
        v = m[y][x] ^ _mask_fn(mask, x, y)
        vals.append(1 if v else 0)
    cws = [int(''.join(map(str, vals[i:i + 8])), 2) for i in range(0, raw * 8, 8)]
    nb = NUM_BLOCKS[ecl][ver]
    blen_ecc = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    num_short = nb - raw % nb
    short_len = raw // nb
    lens = [short_len - blen_ecc + (0 if i < num_short else 1) for i in range(nb)]
    blocks_d = [[] for _ in range(nb)]
    k = 0
    for i in range(max(lens)):
        for j in range(nb):
            if i < lens[j]:
                blocks_d[j].append(cws[k]); k += 1
    blocks_e = [[] for _ in range(nb)]
    for i in range(blen_ecc):
        for j in range(nb):
            blocks_e[j].append(cws[k]); k += 1
    div = _rs_divisor(blen_ecc)
    data = []
    for j in range(nb):
        if _rs_remainder(blocks_d[j], div) != blocks_e[j]:
            raise ValueError('ECC mismatch in block %d' % j)
        data += blocks_d[j]
    bstr = ''.join(format(b, '08b') for b in data)
    p = 0
    out = b''
    while p + 4 <= len(bstr):
        mode = int(bstr[p:p + 4], 2); p += 4
        if mode == 0:
            break
        if mode != 4:
            raise ValueError('unsupported mode %d' % mode)
        ccb = 8 if ver <= 9 else 16
        cnt = int(bstr[p:p + ccb], 2); p += ccb
        for _ in range(cnt):
            out += bytes([int(bstr[p:p + 8], 2)]); p += 8
    return out, ecl, ver


def to_pixels(m, scale=4, border=4):
    """Return rows of gray values (0 dark, 255 light) with a quiet zone."""
    n = len(m)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = bytearray(size)
        for x in range(size):
            mx = x // scale - border
            dark = 0 <= mx < n and 0 <= my < n and m[my][mx]
            row[x] = 0 if dark else 255
        rows.append(bytes(row))
    return rows


def matrix_from_pixels(rows):
    """Recover the module matrix from a clean rendering (any scale, any quiet zone)."""
    h = len(rows)
    w = len(rows[0])
    # bounding box of dark pixels
    top = next(y for y in range(h) if min(rows[y]) < 128)
    bottom = next(y for y in range(h - 1, -1, -1) if min(rows[y]) < 128)
    left = min(next(x for x in range(w) if rows[y][x] < 128) for y in range(top, bottom + 1) if min(rows[y]) < 128)
    right = max(next(x for x in range(w - 1, -1, -1) if rows[y][x] < 128) for y in range(top, bottom + 1) if min(rows[y]) < 128)
    # module size from top-left finder: run of dark pixels on row 'top' = 7 modules
    run = 0
    x = left
    while x < w and rows[top][x] < 128:
        run += 1; x += 1
    scale = run / 7.0
    n = int(round((right - left + 1) / scale))
    m = []
    for j in range(n):
        yy = int(top + (j + 0.5) * scale)
        m.append([rows[yy][int(left + (i + 0.5) * scale)] < 128 for i in range(n)])
    return m
