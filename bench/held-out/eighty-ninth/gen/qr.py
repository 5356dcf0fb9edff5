"""QR Code encoder (ISO/IEC 18004), byte mode, versions 1-10, EC level L or M.

Written from the specification; stdlib only.  encode(text) -> module matrix.
"""

# Error-correction codewords per block and number of blocks, index = version.
ECC_PER_BLOCK = {
    "L": [None, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
    "M": [None, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
}
NUM_BLOCKS = {
    "L": [None, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    "M": [None, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
}
ECL_FORMAT_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}

# ---------------------------------------------------------------- GF(256)
EXP = [0] * 512
LOG = [0] * 256
_x = 1
for _i in range(255):
    EXP[_i] = _x
    LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    EXP[_i] = EXP[_i - 255]


def gf_mul(a, b):
    if a == 0 or b == 0:
        return 0
    return EXP[LOG[a] + LOG[b]]


def rs_generator(degree):
    """Coefficients (highest first, leading 1 dropped) of prod (x - a^i)."""
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, c in enumerate(poly):
            nxt[j] ^= c
            nxt[j + 1] ^= gf_mul(c, EXP[i])
        poly = nxt
    return poly[1:]


def rs_remainder(data, degree):
    gen = rs_generator(degree)
    rem = [0] * degree
    for b in data:
        factor = b ^ rem[0]
        rem = rem[1:] + [0]
        for i in range(degree):
            rem[i] ^= gf_mul(gen[i], factor)
    return rem


# ---------------------------------------------------------------- geometry
def num_raw_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        result -= (25 * na - 10) * na - 55
        if ver >= 7:
            result -= 36
    return result


def num_data_codewords(ver, ecl):
    return num_raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def alignment_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    na = ver // 7 + 2
    step = (ver * 4 + na * 2 + 1) // (na * 2 - 2) * 2
    res = []
    pos = size - 7
    for _ in range(na - 1):
        res.insert(0, pos)
        pos -= step
    return [6] + res


def format_bits(ecl, mask):
    data = ECL_FORMAT_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(ver):
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
        self.func = [[False] * n for _ in range(n)]

    def setf(self, x, y, dark):
        self.mod[y][x] = bool(dark)
        self.func[y][x] = True

    def draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    d = max(abs(dx), abs(dy))
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        self.setf(x, y, d not in (2, 4))
        ap = alignment_positions(self.ver)
        na = len(ap)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0, "M")  # placeholder, reserves modules
        if self.ver >= 7:
            bits = version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1
                a = n - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, mask, ecl):
        n = self.size
        bits = format_bits(ecl, mask)
        g = lambda i: (bits >> i) & 1
        for i in range(0, 6):
            self.setf(8, i, g(i))
        self.setf(8, 7, g(6))
        self.setf(8, 8, g(7))
        self.setf(7, 8, g(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, g(i))
        for i in range(0, 8):
            self.setf(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.setf(8, n - 15 + i, g(i))
        self.setf(8, n - 8, True)

    def place_data(self, data):
        n = self.size
        i = 0
        total = len(data) * 8
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.func[y][x] and i < total:
                        self.mod[y][x] = bool((data[i >> 3] >> (7 - (i & 7))) & 1)
                        i += 1
            right -= 2
        assert i == total

    def apply_mask(self, mask):
        n = self.size
        for y in range(n):
            for x in range(n):
                if self.func[y][x]:
                    continue
                if mask_bit(mask, x, y):
                    self.mod[y][x] = not self.mod[y][x]


def mask_bit(mask, x, y):
    if mask == 0:
        return (x + y) % 2 == 0
    if mask == 1:
        return y % 2 == 0
    if mask == 2:
        return x % 3 == 0
    if mask == 3:
        return (x + y) % 3 == 0
    if mask == 4:
        return (x // 3 + y // 2) % 2 == 0
    if mask == 5:
        return x * y % 2 + x * y % 3 == 0
    if mask == 6:
        return (x * y % 2 + x * y % 3) % 2 == 0
    if mask == 7:
        return ((x + y) % 2 + x * y % 3) % 2 == 0
    raise ValueError(mask)


def penalty(mod):
    n = len(mod)
    score = 0
    # rule 1: runs of >=5 same colour in rows/columns
    for lines in (mod, [list(c) for c in zip(*mod)]):
        for line in lines:
            run = 1
            for i in range(1, n):
                if line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        score += run - 2
                    run = 1
            if run >= 5:
                score += run - 2
    # rule 2: 2x2 blocks
    for y in range(n - 1):
        for x in range(n - 1):
            c = mod[y][x]
            if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                score += 3
    # rule 3: finder-like patterns
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for lines in (mod, [list(c) for c in zip(*mod)]):
        for line in lines:
            for i in range(n - 10):
                seg = line[i:i + 11]
                if seg == pat1 or seg == pat2:
                    score += 40
    # rule 4: dark proportion
    dark = sum(sum(1 for v in row if v) for row in mod)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    score += max(k, 0) * 10
    return score


def _encode_data(payload, ver, ecl):
    cap = num_data_codewords(ver, ecl)
    bits = []

    def put(val, ln):
        for i in range(ln - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(payload), 8 if ver <= 9 else 16)
    for b in payload:
        put(b, 8)
    capbits = cap * 8
    assert len(bits) <= capbits
    put(0, min(4, capbits - len(bits)))
    put(0, (-len(bits)) % 8)
    data = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(data) < cap:
        data.append(pad)
        pad ^= 0xEC ^ 0x11
    return data


def _add_ecc_and_interleave(data, ver, ecl):
    nb = NUM_BLOCKS[ecl][ver]
    ecc_len = ECC_PER_BLOCK[ecl][ver]
    raw = num_raw_modules(ver) // 8
    num_short = nb - raw % nb
    short_len = raw // nb
    blocks = []
    k = 0
    for i in range(nb):
        dlen = short_len - ecc_len + (0 if i < num_short else 1)
        dat = data[k:k + dlen]
        k += dlen
        blocks.append((dat, rs_remainder(dat, ecc_len)))
    assert k == len(data)
    out = []
    maxd = max(len(b[0]) for b in blocks)
    for i in range(maxd):
        for dat, _ in blocks:
            if i < len(dat):
                out.append(dat[i])
    for i in range(ecc_len):
        for _, ecc in blocks:
            out.append(ecc[i])
    assert len(out) == raw
    return out


def encode(text, ecl="M", min_version=1, mask=None):
    payload = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    for ver in range(min_version, 11):
        need = 4 + (8 if ver <= 9 else 16) + 8 * len(payload)
        if need <= num_data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError("payload too long for version 10")
    data = _encode_data(payload, ver, ecl)
    cw = _add_ecc_and_interleave(data, ver, ecl)
    best = None
    for m in ([mask] if mask is not None else range(8)):
        g = _Grid(ver)
        g.draw_function_patterns()
        g.place_data(cw)
        g.apply_mask(m)
        g.draw_format(m, ecl)
        p = penalty(g.mod)
        if best is None or p < best[0]:
            best = (p, g.mod)
    return best[1]


def to_png(text, scale=6, border=4, ecl="M"):
    from png import modules_to_png
    return modules_to_png(encode(text, ecl=ecl), scale=scale, border=border)


def self_test():
    # Known vector: "HELLO WORLD" 1-M data codewords and their ECC.
    d = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(d, 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    assert format_bits("M", 0) == 0b101010000010010
    assert format_bits("L", 0) == 0b111011111000100
    assert version_bits(7) == 0b000111110010010100
    assert alignment_positions(7) == [6, 22, 38]
    assert alignment_positions(10) == [6, 28, 50]
    assert num_data_codewords(10, "M") == 216 and num_data_codewords(5, "M") == 86
    return True
