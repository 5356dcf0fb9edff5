"""QR Code encoder (ISO/IEC 18004), byte mode, versions 1-10, EC levels L and M.

Written from the specification for this evaluation set; stdlib only.
"""

# (total codewords, ec codewords per block, number of blocks) per version/level
_TABLE = {
    "L": {1: (26, 7, 1), 2: (44, 10, 1), 3: (70, 15, 1), 4: (100, 20, 1),
          5: (134, 26, 1), 6: (172, 18, 2), 7: (196, 20, 2), 8: (242, 24, 2),
          9: (292, 30, 2), 10: (346, 18, 4)},
    "M": {1: (26, 10, 1), 2: (44, 16, 1), 3: (70, 26, 1), 4: (100, 18, 2),
          5: (134, 24, 2), 6: (172, 16, 4), 7: (196, 18, 4), 8: (242, 22, 4),
          9: (292, 22, 5), 10: (346, 26, 5)},
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
_REMAINDER_BITS = {1: 0, 2: 7, 3: 7, 4: 7, 5: 7, 6: 7, 7: 0, 8: 0, 9: 0, 10: 0}
_ECL_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}


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


def _data_codewords(version, ecl):
    total, ec, blocks = _TABLE[ecl][version]
    return total - ec * blocks


def encode(text, ecl="M", min_version=1):
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    for version in range(min_version, 11):
        cc_bits = 8 if version < 10 else 16
        cap = _data_codewords(version, ecl) * 8
        if 4 + cc_bits + 8 * len(data) <= cap:
            break
    else:
        raise ValueError("data too long for version 10")
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
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    codewords = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]

    total, ec_len, nblocks = _TABLE[ecl][version]
    n_short = nblocks - total % nblocks
    short_len = total // nblocks          # including EC
    div = _rs_divisor(ec_len)
    blocks_d, blocks_e = [], []
    k = 0
    for i in range(nblocks):
        dlen = short_len - ec_len + (0 if i < n_short else 1)
        d = codewords[k:k + dlen]
        k += dlen
        blocks_d.append(d)
        blocks_e.append(_rs_remainder(d, div))
    final = []
    for i in range(max(len(b) for b in blocks_d)):
        for b in blocks_d:
            if i < len(b):
                final.append(b[i])
    for i in range(ec_len):
        for b in blocks_e:
            final.append(b[i])
    assert len(final) == total
    return _build_matrix(version, ecl, final)


def _build_matrix(version, ecl, codewords):
    size = version * 4 + 17
    mod = [[False] * size for _ in range(size)]
    func = [[False] * size for _ in range(size)]

    def setf(x, y, dark):
        mod[y][x] = dark
        func[y][x] = True

    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    setf(x, y, max(abs(dx), abs(dy)) not in (2, 4))
    pos = _ALIGN[version]
    n = len(pos)
    for i in range(n):
        for j in range(n):
            if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
    # reserve format areas (drawn later) and version info
    _draw_format(setf, size, ecl, 0)
    if version >= 7:
        rem = version
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        vbits = version << 12 | rem
        for i in range(18):
            bit = (vbits >> i) & 1 == 1
            a = size - 11 + i % 3
            b = i // 3
            setf(a, b, bit)
            setf(b, a, bit)
    # place data
    i = 0
    nbits = len(codewords) * 8
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vert if upward else vert
                if not func[y][x] and i < nbits:
                    mod[y][x] = (codewords[i >> 3] >> (7 - (i & 7))) & 1 == 1
                    i += 1
        right -= 2
    assert i == nbits
    best = None
    for mask in range(8):
        m = [row[:] for row in mod]
        _apply_mask(m, func, mask)
        _draw_format(lambda x, y, d: m[y].__setitem__(x, d), size, ecl, mask)
        p = _penalty(m)
        if best is None or p < best[0]:
            best = (p, m)
    return best[1]


def _draw_format(setf, size, ecl, mask):
    data = _ECL_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    bits = (data << 10 | rem) ^ 0x5412

    def b(i):
        return (bits >> i) & 1 == 1
    for i in range(6):
        setf(8, i, b(i))
    setf(8, 7, b(6))
    setf(8, 8, b(7))
    setf(7, 8, b(8))
    for i in range(9, 15):
        setf(14 - i, 8, b(i))
    for i in range(8):
        setf(size - 1 - i, 8, b(i))
    for i in range(8, 15):
        setf(8, size - 15 + i, b(i))
    setf(8, size - 8, True)


_MASKS = [
    lambda x, y: (x + y) % 2 == 0,
    lambda x, y: y % 2 == 0,
    lambda x, y: x % 3 == 0,
    lambda x, y: (x + y) % 3 == 0,
    lambda x, y: (x // 3 + y // 2) % 2 == 0,
    lambda x, y: x * y % 2 + x * y % 3 == 0,
    lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
]


def _apply_mask(m, func, mask):
    f = _MASKS[mask]
    n = len(m)
    for y in range(n):
        for x in range(n):
            if not func[y][x] and f(x, y):
                m[y][x] = not m[y][x]


def _penalty(m):
    n = len(m)
    score = 0
    lines = [row for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for line in lines:
        run = 1
        for i in range(1, n + 1):
            if i < n and line[i] == line[i - 1]:
                run += 1
            else:
                if run >= 5:
                    score += 3 + (run - 5)
                run = 1
        for i in range(n - 10):
            seg = line[i:i + 11]
            if seg == pat1 or seg == pat2:
                score += 40
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                score += 3
    dark = sum(sum(1 for v in row if v) for row in m)
    k = abs(dark * 20 - n * n * 10) // (n * n)
    score += k * 10
    return score


def qr_png(text, scale=6, border=4, ecl="M"):
    from png import matrix_png
    return matrix_png(encode(text, ecl), scale=scale, border=border)
