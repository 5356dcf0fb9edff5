"""QR code (ISO/IEC 18004) byte-mode encoder and a decoder for clean,
axis-aligned renderings (used to verify what we embed).

Supports versions 1-20, error-correction levels L, M, Q.
"""

# (ecc codewords per block, [(block count, data codewords per block), ...])
_EC = {
    'M': {1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]), 4: (18, [(2, 32)]),
          5: (24, [(2, 43)]), 6: (16, [(4, 27)]), 7: (18, [(4, 31)]),
          8: (22, [(2, 38), (2, 39)]), 9: (22, [(3, 36), (2, 37)]),
          10: (26, [(4, 43), (1, 44)]), 11: (30, [(1, 50), (4, 51)]),
          12: (22, [(6, 36), (2, 37)]), 13: (22, [(8, 37), (1, 38)]),
          14: (24, [(4, 40), (5, 41)]), 15: (24, [(5, 41), (5, 42)]),
          16: (28, [(7, 45), (3, 46)]), 17: (28, [(10, 46), (1, 47)]),
          18: (26, [(9, 43), (4, 44)]), 19: (26, [(3, 44), (11, 45)]),
          20: (26, [(3, 41), (13, 42)])},
    'L': {1: (7, [(1, 19)]), 2: (10, [(1, 34)]), 3: (15, [(1, 55)]), 4: (20, [(1, 80)]),
          5: (26, [(1, 108)]), 6: (18, [(2, 68)]), 7: (20, [(2, 78)]), 8: (24, [(2, 97)]),
          9: (30, [(2, 116)]), 10: (18, [(2, 68), (2, 69)]), 11: (20, [(4, 81)]),
          12: (24, [(2, 92), (2, 93)]), 13: (26, [(4, 107)]), 14: (30, [(3, 115), (1, 116)]),
          15: (22, [(5, 87), (1, 88)])},
    'Q': {1: (13, [(1, 13)]), 2: (22, [(1, 22)]), 3: (18, [(2, 17)]), 4: (26, [(2, 24)]),
          5: (18, [(2, 15), (2, 16)]), 6: (24, [(4, 19)]), 7: (18, [(2, 14), (4, 15)]),
          8: (22, [(4, 18), (2, 19)]), 9: (20, [(4, 16), (4, 17)]),
          10: (24, [(6, 19), (2, 20)])},
}
_ECL_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50],
          11: [6, 30, 54], 12: [6, 32, 58], 13: [6, 34, 62], 14: [6, 26, 46, 66],
          15: [6, 26, 48, 70], 16: [6, 26, 50, 74], 17: [6, 30, 54, 78],
          18: [6, 30, 56, 82], 19: [6, 30, 58, 86], 20: [6, 34, 62, 90]}


def _gmul(x, y):
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
            result[j] = _gmul(result[j], root)
            if j + 1 < len(result):
                result[j] ^= result[j + 1]
        root = _gmul(root, 0x02)
    return result


def _rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= _gmul(coef, factor)
    return result


def _blocks(version, ecl):
    ecc, groups = _EC[ecl][version]
    out = []
    for n, d in groups:
        out.extend([d] * n)
    return ecc, out


def _capacity(version, ecl):
    ecc, blocks = _blocks(version, ecl)
    return sum(blocks)


def _function_map(version):
    size = version * 4 + 17
    fn = [[False] * size for _ in range(size)]
    mod = [[False] * size for _ in range(size)]

    def setf(x, y, dark):
        mod[y][x] = dark
        fn[y][x] = True
    # timing
    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    # finders
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    dist = max(abs(dx), abs(dy))
                    setf(x, y, dist not in (2, 4))
    # alignment
    pos = _ALIGN[version]
    n = len(pos)
    for i in range(n):
        for j in range(n):
            if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
    # format areas (reserved; real bits drawn later)
    for i in range(9):
        if not fn[8][i]:
            setf(i, 8, False)
        if not fn[i][8]:
            setf(8, i, False)
    for i in range(8):
        setf(size - 1 - i, 8, False)
        setf(8, size - 1 - i, False)
    setf(8, size - 8, True)  # dark module
    # version info
    if version >= 7:
        rem = version
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = version << 12 | rem
        for i in range(18):
            bit = (bits >> i) & 1 == 1
            a = size - 11 + i % 3
            b = i // 3
            setf(a, b, bit)
            setf(b, a, bit)
    return size, fn, mod


def _format_bits(ecl, mask):
    data = _ECL_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _draw_format(mod, size, ecl, mask):
    bits = _format_bits(ecl, mask)
    g = lambda i: (bits >> i) & 1 == 1
    for i in range(0, 6):
        mod[i][8] = g(i)
    mod[7][8] = g(6)
    mod[8][8] = g(7)
    mod[8][7] = g(8)
    for i in range(9, 15):
        mod[8][14 - i] = g(i)
    for i in range(0, 8):
        mod[8][size - 1 - i] = g(i)
    for i in range(8, 15):
        mod[size - 15 + i][8] = g(i)
    mod[size - 8][8] = True


def _mask_fn(mask):
    return [lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][mask]


def _zigzag(size, fn):
    order = []
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vert if upward else vert
                if not fn[y][x]:
                    order.append((x, y))
        right -= 2
    return order


def _penalty(mod, size):
    p = 0
    for rows in (mod, [list(c) for c in zip(*mod)]):
        for row in rows:
            run = 1
            for i in range(1, size):
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
    for y in range(size - 1):
        for x in range(size - 1):
            c = mod[y][x]
            if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in row if v) for row in mod)
    total = size * size
    k = abs(dark * 20 - total * 10) // total
    p += k * 10
    return p


def encode(data, ecl='M', min_version=1):
    """Return the module matrix (list of rows of bools) for bytes `data`."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    for version in range(min_version, 21):
        if version not in _EC[ecl]:
            continue
        cc_bits = 8 if version < 10 else 16
        need = 4 + cc_bits + 8 * len(data)
        cap = _capacity(version, ecl) * 8
        if need <= cap:
            break
    else:
        raise ValueError('payload too long for QR v20-%s: %d bytes' % (ecl, len(data)))
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), cc_bits)
    for b in data:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap // 8:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    ecc, blocks = _blocks(version, ecl)
    div = _rs_divisor(ecc)
    dblocks, eblocks = [], []
    k = 0
    for n in blocks:
        d = cw[k:k + n]
        k += n
        dblocks.append(d)
        eblocks.append(_rs_remainder(d, div))
    inter = []
    for i in range(max(blocks)):
        for d in dblocks:
            if i < len(d):
                inter.append(d[i])
    for i in range(ecc):
        for e in eblocks:
            inter.append(e[i])
    size, fn, base = _function_map(version)
    order = _zigzag(size, fn)
    best = None
    for mask in range(8):
        mod = [row[:] for row in base]
        mf = _mask_fn(mask)
        for i, (x, y) in enumerate(order):
            bit = False
            if i < len(inter) * 8:
                bit = (inter[i >> 3] >> (7 - (i & 7))) & 1 == 1
            mod[y][x] = bit ^ mf(x, y)
        _draw_format(mod, size, ecl, mask)
        pen = _penalty(mod, size)
        if best is None or pen < best[0]:
            best = (pen, mask, mod)
    return best[2]


# --- decoder ------------------------------------------------------------------

def matrix_from_pixels(px, w, h, dark=lambda v: v < 128):
    """px: function (x, y) -> gray value. Finds the symbol and samples it."""
    xs, ys = [], []
    minx = miny = None
    for y in range(h):
        for x in range(w):
            if dark(px(x, y)):
                if miny is None:
                    miny = y
                if minx is None or x < minx:
                    minx = x
                xs.append(x)
                ys.append(y)
    if miny is None:
        raise ValueError('no dark pixels')
    maxx, maxy = max(xs), max(ys)
    # width of the top-left finder (7 modules) on its top row
    x = minx
    while x < w and dark(px(x, miny)):
        x += 1
    mod_px = (x - minx) / 7.0
    n = int(round((maxx - minx + 1) / mod_px))
    if (n - 17) % 4:
        raise ValueError('odd symbol size %d' % n)
    m = []
    for r in range(n):
        row = []
        for c in range(n):
            sx = int(minx + (c + 0.5) * mod_px)
            sy = int(miny + (r + 0.5) * mod_px)
            row.append(dark(px(sx, sy)))
        m.append(row)
    return m


def decode_matrix(mod):
    size = len(mod)
    version = (size - 17) // 4
    # read first copy of format bits
    bits = 0
    g = []
    for i in range(0, 6):
        g.append(mod[i][8])
    g.append(mod[7][8])
    g.append(mod[8][8])
    g.append(mod[8][7])
    for i in range(9, 15):
        g.append(mod[8][14 - i])
    for i, v in enumerate(g):
        bits |= (1 if v else 0) << i
    best = None
    for ecl in 'LMQH':
        for mask in range(8):
            d = bin(_format_bits(ecl, mask) ^ bits).count('1')
            if best is None or d < best[0]:
                best = (d, ecl, mask)
    if best[0] > 3:
        raise ValueError('format info unreadable')
    _, ecl, mask = best
    if ecl not in _EC or version not in _EC[ecl]:
        raise ValueError('unsupported ecl/version %s/%d' % (ecl, version))
    _, fn, _ = _function_map(version)
    order = _zigzag(size, fn)
    mf = _mask_fn(mask)
    ecc, blocks = _blocks(version, ecl)
    total = sum(blocks) + ecc * len(blocks)
    raw = []
    for i in range(total * 8):
        x, y = order[i]
        raw.append(1 if (mod[y][x] ^ mf(x, y)) else 0)
    cws = [int(''.join(map(str, raw[i:i + 8])), 2) for i in range(0, total * 8, 8)]
    nb = len(blocks)
    dblocks = [[] for _ in range(nb)]
    k = 0
    for i in range(max(blocks)):
        for b in range(nb):
            if i < blocks[b]:
                dblocks[b].append(cws[k])
                k += 1
    eblocks = [[] for _ in range(nb)]
    for i in range(ecc):
        for b in range(nb):
            eblocks[b].append(cws[k])
            k += 1
    div = _rs_divisor(ecc)
    for d, e in zip(dblocks, eblocks):
        if _rs_remainder(d, div) != e:
            raise ValueError('Reed-Solomon check failed')
    data = [c for d in dblocks for c in d]
    bitstr = ''.join(format(c, '08b') for c in data)
    pos = 0
    out = b''

    def take(n):
        nonlocal pos
        v = int(bitstr[pos:pos + n], 2)
        pos += n
        return v
    while pos + 4 <= len(bitstr):
        mode = take(4)
        if mode == 0:
            break
        if mode == 0b0111:  # ECI
            take(8)
            continue
        if mode != 0b0100:
            raise ValueError('unsupported mode %d' % mode)
        cnt = take(8 if version < 10 else 16)
        out += bytes(take(8) for _ in range(cnt))
    return out, version, ecl, mask
