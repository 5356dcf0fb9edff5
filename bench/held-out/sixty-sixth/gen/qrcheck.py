"""Independent QR reader used only for verification: parses our PNG, samples
the module grid, reads format info against the published table, unmasks,
de-interleaves with the published block table, verifies Reed-Solomon
syndromes with log/antilog arithmetic and decodes byte-mode data."""
import struct
import zlib

# Published format information strings (ISO 18004 Table C.1), L and M
FORMAT = {
    ("L", 0): "111011111000100", ("L", 1): "111001011110011", ("L", 2): "111110110101010", ("L", 3): "111100010011101",
    ("L", 4): "110011000101111", ("L", 5): "110001100011000", ("L", 6): "110110001000001", ("L", 7): "110100101110110",
    ("M", 0): "101010000010010", ("M", 1): "101000100100101", ("M", 2): "101111001111100", ("M", 3): "101101101001011",
    ("M", 4): "100010111111001", ("M", 5): "100000011001110", ("M", 6): "100111110010111", ("M", 7): "100101010100000",
}
# (ec codewords per block, [(nblocks, data cw per block), ...]) from the published table
BLOCKS = {
    ("L", 1): (7, [(1, 19)]), ("M", 1): (10, [(1, 16)]),
    ("L", 2): (10, [(1, 34)]), ("M", 2): (16, [(1, 28)]),
    ("L", 3): (15, [(1, 55)]), ("M", 3): (26, [(1, 44)]),
    ("L", 4): (20, [(1, 80)]), ("M", 4): (18, [(2, 32)]),
    ("L", 5): (26, [(1, 108)]), ("M", 5): (24, [(2, 43)]),
    ("L", 6): (18, [(2, 68)]), ("M", 6): (16, [(4, 27)]),
    ("L", 7): (20, [(2, 78)]), ("M", 7): (18, [(4, 31)]),
    ("L", 8): (24, [(2, 97)]), ("M", 8): (22, [(2, 38), (2, 39)]),
    ("L", 9): (30, [(2, 116)]), ("M", 9): (22, [(3, 36), (2, 37)]),
    ("L", 10): (18, [(2, 68), (2, 69)]), ("M", 10): (26, [(4, 43), (1, 44)]),
    ("M", 11): (30, [(1, 50), (4, 51)]), ("M", 12): (22, [(6, 36), (2, 37)]),
}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34], 7: [6, 22, 38], 8: [6, 24, 42],
         9: [6, 26, 46], 10: [6, 28, 50], 11: [6, 30, 54], 12: [6, 32, 58]}
MASK = {
    0: lambda i, j: (i + j) % 2 == 0, 1: lambda i, j: i % 2 == 0, 2: lambda i, j: j % 3 == 0,
    3: lambda i, j: (i + j) % 3 == 0, 4: lambda i, j: (i // 2 + j // 3) % 2 == 0,
    5: lambda i, j: (i * j) % 2 + (i * j) % 3 == 0, 6: lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    7: lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
}  # i = row, j = column


def read_png(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    idat = b""
    while pos < len(data):
        ln, = struct.unpack(">I", data[pos:pos + 4])
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc, = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])
        assert zlib.crc32(tag + body) & 0xFFFFFFFF == crc, "PNG CRC"
        if tag == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype == 0
        elif tag == b"IDAT":
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    rows = []
    stride = w + 1
    for y in range(h):
        assert raw[y * stride] == 0
        rows.append(raw[y * stride + 1:(y + 1) * stride])
    return rows


def sample(rows):
    h = len(rows)
    w = len(rows[0])
    # find first dark pixel on the diagonal -> top-left of finder
    k = 0
    while rows[k][k] > 128:
        k += 1
    run = 0
    while rows[k][k + run] < 128:
        run += 1
    mod = run // 7
    x1 = w - 1
    while rows[k][x1] > 128:
        x1 -= 1
    n = (x1 - k + 1) // mod
    grid = [[rows[k + r * mod + mod // 2][k + c * mod + mod // 2] < 128 for c in range(n)] for r in range(n)]
    return grid


def is_function(v, n, r, c):
    if (r < 9 and c < 9) or (r < 9 and c >= n - 8) or (r >= n - 8 and c < 9):
        return True
    if r == 6 or c == 6:
        return True
    if v >= 7 and ((r < 6 and c >= n - 11) or (c < 6 and r >= n - 11)):
        return True
    p = ALIGN[v]
    for a in p:
        for b in p:
            if (a < 9 and b < 9) or (a < 9 and b >= n - 8) or (a >= n - 8 and b < 9):
                continue
            if abs(r - a) <= 2 and abs(c - b) <= 2:
                return True
    return False


def _gf():
    exp = [0] * 512
    log = [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


EXP, LOG = _gf()


def syndromes_zero(cw):
    for i in range(len(cw)):
        pass
    # evaluate polynomial at alpha^0..alpha^(ec-1) handled by caller
    return True


def poly_eval(cw, x):
    y = 0
    for c in cw:
        y = (EXP[LOG[y] + LOG[x]] if y and x else 0) ^ c
    return y


def decode(png_bytes):
    g = sample(read_png(png_bytes))
    n = len(g)
    v = (n - 17) // 4
    # format bits, copy 1: around top-left finder
    bits = ""
    for c in [0, 1, 2, 3, 4, 5, 7, 8]:
        bits += "1" if g[8][c] else "0"
    for r in [7, 5, 4, 3, 2, 1, 0]:
        bits += "1" if g[r][8] else "0"
    # copy 2
    bits2 = ""
    for r in range(n - 1, n - 8, -1):
        bits2 += "1" if g[r][8] else "0"
    for c in range(n - 8, n):
        bits2 += "1" if g[8][c] else "0"
    found = [k for k, s in FORMAT.items() if s == bits]
    found2 = [k for k, s in FORMAT.items() if s == bits2]
    assert found and found == found2, "format info mismatch %s %s" % (bits, bits2)
    ecl, mask = found[0]
    # read codewords (zig-zag from bottom-right)
    data_bits = []
    c = n - 1
    up = True
    while c > 0:
        if c == 6:
            c -= 1
        rng = range(n - 1, -1, -1) if up else range(n)
        for r in rng:
            for cc in (c, c - 1):
                if not is_function(v, n, r, cc):
                    bit = g[r][cc] ^ MASK[mask](r, cc)
                    data_bits.append(1 if bit else 0)
        up = not up
        c -= 2
    cws = [int("".join(map(str, data_bits[i:i + 8])), 2) for i in range(0, len(data_bits) - 7, 8)]
    ec, groups = BLOCKS[(ecl, v)]
    blocks = []
    for cnt, dlen in groups:
        for _ in range(cnt):
            blocks.append([dlen, []])
    maxd = max(b[0] for b in blocks)
    k = 0
    for i in range(maxd):
        for b in blocks:
            if i < b[0]:
                b[1].append(cws[k])
                k += 1
    eccs = [[] for _ in blocks]
    for i in range(ec):
        for j in range(len(blocks)):
            eccs[j].append(cws[k])
            k += 1
    data = []
    for (dlen, d), e in zip(blocks, eccs):
        full = d + e
        for i in range(ec):
            assert poly_eval(full, EXP[i]) == 0, "RS syndrome non-zero"
        data += d
    bitstr = "".join("{:08b}".format(x) for x in data)
    assert bitstr[:4] == "0100", "not byte mode"
    cc = 8 if v <= 9 else 16
    ln = int(bitstr[4:4 + cc], 2)
    pos = 4 + cc
    out = bytes(int(bitstr[pos + 8 * i:pos + 8 * i + 8], 2) for i in range(ln))
    return out.decode("utf-8"), v, ecl, mask
