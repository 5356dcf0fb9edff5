"""Minimal QR code encoder (ISO/IEC 18004), byte mode, versions 1-10,
error correction levels L and M, automatic mask selection.
Output: module matrix; PNG rendering lives in img.py."""

# (ec codewords per block, [(block count, data codewords per block), ...])
EC_TABLE = {
    "L": {1: (7, [(1, 19)]), 2: (10, [(1, 34)]), 3: (15, [(1, 55)]),
          4: (20, [(1, 80)]), 5: (26, [(1, 108)]), 6: (18, [(2, 68)]),
          7: (20, [(2, 78)]), 8: (24, [(2, 97)]), 9: (30, [(2, 116)]),
          10: (18, [(2, 68), (2, 69)])},
    "M": {1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]),
          4: (18, [(2, 32)]), 5: (24, [(2, 43)]), 6: (16, [(4, 27)]),
          7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]),
          9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)])},
}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
         7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
REMAINDER = {1: 0, 2: 7, 3: 7, 4: 7, 5: 7, 6: 7, 7: 0, 8: 0, 9: 0, 10: 0}
EC_BITS = {"L": 1, "M": 0}

# GF(256) with primitive polynomial 0x11d
EXP = [0] * 512
LOG = [0] * 256
_x = 1
for _i in range(255):
    EXP[_i] = _x
    LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11d
for _i in range(255, 512):
    EXP[_i] = EXP[_i - 255]


def _gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return EXP[LOG[a] + LOG[b]]


def rs_generator(n):
    g = [1]
    for i in range(n):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= _gmul(c, EXP[i])
        g = ng
    return g


def rs_ecc(data, n):
    gen = rs_generator(n)
    rem = list(data) + [0] * n
    for i in range(len(data)):
        c = rem[i]
        if c:
            for j in range(1, len(gen)):
                rem[i + j] ^= _gmul(gen[j], c)
    return rem[len(data):]


def _data_capacity(ver, level):
    _, groups = EC_TABLE[level][ver]
    return sum(n * d for n, d in groups)


def encode_data(payload, ver, level):
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(payload), 8 if ver < 10 else 16)
    for b in payload:
        put(b, 8)
    cap = _data_capacity(ver, level) * 8
    put(0, min(4, cap - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    i = 0
    while len(cw) < cap // 8:
        cw.append(pad[i % 2])
        i += 1
    return cw


def interleave(cw, ver, level):
    ecn, groups = EC_TABLE[level][ver]
    blocks = []
    pos = 0
    for n, d in groups:
        for _ in range(n):
            blocks.append(cw[pos:pos + d])
            pos += d
    eccs = [rs_ecc(b, ecn) for b in blocks]
    out = []
    for i in range(max(len(b) for b in blocks)):
        for b in blocks:
            if i < len(b):
                out.append(b[i])
    for i in range(ecn):
        for e in eccs:
            out.append(e[i])
    return out


def _bch(value, poly, bits):
    v = value << (bits)
    plen = poly.bit_length()
    while v.bit_length() >= plen:
        v ^= poly << (v.bit_length() - plen)
    return (value << bits) | v


def format_bits(level, mask):
    return _bch((EC_BITS[level] << 3) | mask, 0b10100110111, 10) ^ 0b101010000010010


def version_bits(ver):
    return _bch(ver, 0b1111100100101, 12)


MASKS = [
    lambda r, c: (r + c) % 2 == 0,
    lambda r, c: r % 2 == 0,
    lambda r, c: c % 3 == 0,
    lambda r, c: (r + c) % 3 == 0,
    lambda r, c: (r // 2 + c // 3) % 2 == 0,
    lambda r, c: (r * c) % 2 + (r * c) % 3 == 0,
    lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
    lambda r, c: ((r + c) % 2 + (r * c) % 3) % 2 == 0,
]


def _base_matrix(ver):
    size = ver * 4 + 17
    m = [[None] * size for _ in range(size)]

    def finder(r0, c0):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < size and 0 <= cc < size:
                    on = (0 <= r <= 6 and c in (0, 6)) or (0 <= c <= 6 and r in (0, 6)) \
                        or (2 <= r <= 4 and 2 <= c <= 4)
                    m[rr][cc] = 1 if on else 0
    finder(0, 0)
    finder(0, size - 7)
    finder(size - 7, 0)
    for i in range(8, size - 8):
        m[6][i] = m[i][6] = 1 if i % 2 == 0 else 0
    al = ALIGN[ver]
    for r in al:
        for c in al:
            if (r, c) in ((al[0], al[0]), (al[0], al[-1]), (al[-1], al[0])):
                continue
            for dr in range(-2, 3):
                for dc in range(-2, 3):
                    m[r + dr][c + dc] = 1 if max(abs(dr), abs(dc)) != 1 else 0
    m[size - 8][8] = 1  # dark module
    # reserve format areas
    for i in range(9):
        if m[8][i] is None:
            m[8][i] = 0
        if m[i][8] is None:
            m[i][8] = 0
    for i in range(8):
        if m[8][size - 1 - i] is None:
            m[8][size - 1 - i] = 0
        if m[size - 1 - i][8] is None:
            m[size - 1 - i][8] = 0
    if ver >= 7:
        for i in range(6):
            for j in range(3):
                m[i][size - 11 + j] = 0
                m[size - 11 + j][i] = 0
    return m


def _place_data(m, fixed, data_bits):
    size = len(m)
    idx = 0
    col = size - 1
    upward = True
    while col > 0:
        if col == 6:
            col -= 1
        rows = range(size - 1, -1, -1) if upward else range(size)
        for r in rows:
            for c in (col, col - 1):
                if not fixed[r][c]:
                    m[r][c] = data_bits[idx] if idx < len(data_bits) else 0
                    idx += 1
        upward = not upward
        col -= 2


def _apply_format(m, level, mask, ver):
    size = len(m)
    f = format_bits(level, mask)
    bits = [(f >> i) & 1 for i in range(14, -1, -1)]  # bit14 first
    # around top-left finder
    coords1 = [(8, 0), (8, 1), (8, 2), (8, 3), (8, 4), (8, 5), (8, 7), (8, 8),
               (7, 8), (5, 8), (4, 8), (3, 8), (2, 8), (1, 8), (0, 8)]
    coords2 = [(size - 1, 8), (size - 2, 8), (size - 3, 8), (size - 4, 8),
               (size - 5, 8), (size - 6, 8), (size - 7, 8),
               (8, size - 8), (8, size - 7), (8, size - 6), (8, size - 5),
               (8, size - 4), (8, size - 3), (8, size - 2), (8, size - 1)]
    for b, (r, c) in zip(bits, coords1):
        m[r][c] = b
    for b, (r, c) in zip(bits, coords2):
        m[r][c] = b
    m[size - 8][8] = 1
    if ver >= 7:
        v = version_bits(ver)
        for i in range(18):
            bit = (v >> i) & 1
            r, c = i // 3, i % 3 + size - 11
            m[r][c] = bit
            m[c][r] = bit


def _penalty(m):
    size = len(m)
    p = 0
    for lines in (m, list(zip(*m))):
        for row in lines:
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
            s = "".join(map(str, row))
            p += 40 * (s.count("10111010000") + s.count("00001011101"))
    for r in range(size - 1):
        for c in range(size - 1):
            v = m[r][c]
            if v == m[r][c + 1] == m[r + 1][c] == m[r + 1][c + 1]:
                p += 3
    dark = sum(map(sum, m))
    p += abs(dark * 20 // (size * size) - 10) * 10
    return p


def make(text, level="M", min_version=1):
    payload = text.encode("utf-8") if isinstance(text, str) else text
    for ver in range(min_version, 11):
        cap = _data_capacity(ver, level) - 2 - (1 if ver >= 10 else 0)
        if len(payload) <= cap:
            break
    else:
        raise ValueError("payload too long for version 10: %d" % len(payload))
    cw = interleave(encode_data(payload, ver, level), ver, level)
    bits = []
    for c in cw:
        bits += [(c >> i) & 1 for i in range(7, -1, -1)]
    bits += [0] * REMAINDER[ver]
    base = _base_matrix(ver)
    fixed = [[v is not None for v in row] for row in base]
    best = None
    for mask in range(8):
        m = [row[:] for row in base]
        _place_data(m, fixed, bits)
        size = len(m)
        for r in range(size):
            for c in range(size):
                if not fixed[r][c] and MASKS[mask](r, c):
                    m[r][c] ^= 1
        _apply_format(m, level, mask, ver)
        pen = _penalty(m)
        if best is None or pen < best[0]:
            best = (pen, m)
    return best[1]


def selftest():
    # ISO/thonky worked example: "HELLO WORLD" 1-M data codewords -> EC codewords
    data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_ecc(data, 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    assert format(format_bits("M", 0), "015b") == "101010000010010"
    assert format(format_bits("L", 4), "015b") == "110011000101111"
    assert format(version_bits(7), "018b") == "000111110010010100"
    return True


if __name__ == "__main__":
    print(selftest())
