"""Minimal QR Code model 2 encoder (byte mode) and a matching decoder.

The encoder follows ISO/IEC 18004 (structure after Project Nayuki's public
reference description).  The decoder reads a module matrix back (format
information, unmasking, de-interleaving, Reed-Solomon syndrome check, segment
parsing) so that the build can verify every QR code it draws.
"""

ECC_CODEWORDS_PER_BLOCK = (
    (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
)
NUM_ERROR_CORRECTION_BLOCKS = (
    (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
)
# ordinal used in tables: L=0 M=1 Q=2 H=3 ; format bits: L=1 M=0 Q=3 H=2
ECL = {"L": (0, 1), "M": (1, 0), "Q": (2, 3), "H": (3, 2)}


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


def _raw_data_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        numalign = ver // 7 + 2
        result -= (25 * numalign - 10) * numalign - 55
        if ver >= 7:
            result -= 36
    return result


def _num_data_codewords(ver, eci):
    return _raw_data_modules(ver) // 8 - ECC_CODEWORDS_PER_BLOCK[eci][ver] * NUM_ERROR_CORRECTION_BLOCKS[eci][ver]


def _alignment_positions(ver, size):
    if ver == 1:
        return []
    numalign = ver // 7 + 2
    step = 26 if ver == 32 else (ver * 4 + numalign * 2 + 1) // (numalign * 2 - 2) * 2
    result = [size - 7 - i * step for i in range(numalign - 1)] + [6]
    return list(reversed(result))


def _format_bits(fbits, mask):
    data = fbits << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _version_bits(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


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


class _Grid:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        self.mod = [[False] * self.size for _ in range(self.size)]
        self.isfn = [[False] * self.size for _ in range(self.size)]
        self._draw_function_patterns()

    def set_fn(self, x, y, dark):
        self.mod[y][x] = dark
        self.isfn[y][x] = True

    def _draw_function_patterns(self):
        size = self.size
        for i in range(size):
            self.set_fn(6, i, i % 2 == 0)
            self.set_fn(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (size - 4, 3), (3, size - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < size and 0 <= y < size:
                        dist = max(abs(dx), abs(dy))
                        self.set_fn(x, y, dist not in (2, 4))
        pos = _alignment_positions(self.ver, size)
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.set_fn(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0)  # reserve
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 != 0
                a, b = size - 11 + i % 3, i // 3
                self.set_fn(a, b, bit)
                self.set_fn(b, a, bit)

    def draw_format(self, bits):
        size = self.size
        for i in range(0, 6):
            self.set_fn(8, i, (bits >> i) & 1 != 0)
        self.set_fn(8, 7, (bits >> 6) & 1 != 0)
        self.set_fn(8, 8, (bits >> 7) & 1 != 0)
        self.set_fn(7, 8, (bits >> 8) & 1 != 0)
        for i in range(9, 15):
            self.set_fn(14 - i, 8, (bits >> i) & 1 != 0)
        for i in range(0, 8):
            self.set_fn(size - 1 - i, 8, (bits >> i) & 1 != 0)
        for i in range(8, 15):
            self.set_fn(8, size - 15 + i, (bits >> i) & 1 != 0)
        self.set_fn(8, size - 8, True)

    def data_positions(self):
        size = self.size
        out = []
        right = size - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(size):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = size - 1 - vert if upward else vert
                    if not self.isfn[y][x]:
                        out.append((x, y))
            right -= 2
        return out


def _penalty(mod):
    size = len(mod)
    result = 0
    # rule 1 (runs) and rule 3 (finder-like), rows and columns
    def line_penalty(line):
        res = 0
        run = 1
        for i in range(1, size):
            if line[i] == line[i - 1]:
                run += 1
            else:
                if run >= 5:
                    res += 3 + (run - 5)
                run = 1
        if run >= 5:
            res += 3 + (run - 5)
        s = "".join("1" if v else "0" for v in line)
        for pat in ("10111010000", "00001011101"):
            start = 0
            while True:
                k = s.find(pat, start)
                if k < 0:
                    break
                res += 40
                start = k + 1
        return res
    for y in range(size):
        result += line_penalty(mod[y])
    for x in range(size):
        result += line_penalty([mod[y][x] for y in range(size)])
    for y in range(size - 1):
        for x in range(size - 1):
            c = mod[y][x]
            if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                result += 3
    dark = sum(1 for row in mod for v in row if v)
    total = size * size
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    result += max(k, 0) * 10
    return result


def encode(data, ecl="M", minver=1):
    """Return a square list-of-lists of booleans (True = dark) for bytes/str."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    eci, fbits = ECL[ecl]
    for ver in range(minver, 41):
        cap = _num_data_codewords(ver, eci) * 8
        cc = 8 if ver <= 9 else 16
        need = 4 + cc + 8 * len(data)
        if need <= cap:
            break
    else:
        raise ValueError("data too long")
    bits = []
    def app(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    app(0b0100, 4)
    app(len(data), cc)
    for b in data:
        app(b, 8)
    app(0, min(4, cap - len(bits)))
    app(0, (8 - len(bits) % 8) % 8)
    pad = 0xEC
    while len(bits) < cap:
        app(pad, 8)
        pad ^= 0xEC ^ 0x11
    codewords = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # split into blocks and add ECC
    numblocks = NUM_ERROR_CORRECTION_BLOCKS[eci][ver]
    blockecclen = ECC_CODEWORDS_PER_BLOCK[eci][ver]
    rawcodewords = _raw_data_modules(ver) // 8
    numshort = numblocks - rawcodewords % numblocks
    shortlen = rawcodewords // numblocks
    div = _rs_divisor(blockecclen)
    blocks = []
    k = 0
    for i in range(numblocks):
        dlen = shortlen - blockecclen + (0 if i < numshort else 1)
        dat = codewords[k:k + dlen]
        k += dlen
        ecc = _rs_remainder(dat, div)
        if i < numshort:
            dat = dat + [None]
        blocks.append(dat + ecc)
    inter = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if blk[i] is not None:
                inter.append(blk[i])
    grid = _Grid(ver)
    positions = grid.data_positions()
    allbits = []
    for cw in inter:
        for i in range(7, -1, -1):
            allbits.append((cw >> i) & 1)
    for idx, (x, y) in enumerate(positions):
        grid.mod[y][x] = idx < len(allbits) and allbits[idx] == 1
    best = None
    for mask in range(8):
        m = [row[:] for row in grid.mod]
        for (x, y) in positions:
            if _mask_fn(mask, x, y):
                m[y][x] = not m[y][x]
        g2 = _Grid.__new__(_Grid)
        g2.ver, g2.size, g2.mod, g2.isfn = ver, grid.size, m, [r[:] for r in grid.isfn]
        g2.draw_format(_format_bits(fbits, mask))
        p = _penalty(g2.mod)
        if best is None or p < best[0]:
            best = (p, g2.mod)
    return best[1]


# ---------------------------------------------------------------- decoder
def _hamming(a, b):
    return bin(a ^ b).count("1")


def decode(matrix):
    """Decode a module matrix produced by encode() (or sampled from an image)."""
    size = len(matrix)
    ver = (size - 17) // 4
    if ver < 1 or ver * 4 + 17 != size:
        raise ValueError("bad size %d" % size)
    def m(x, y):
        return 1 if matrix[y][x] else 0
    raw = 0
    seq = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(seq):
        raw |= m(x, y) << i
    best = None
    for fb in range(4):
        for mask in range(8):
            d = _hamming(raw, _format_bits(fb, mask))
            if best is None or d < best[0]:
                best = (d, fb, mask)
    if best[0] > 3:
        raise ValueError("format info unreadable")
    _, fbits, mask = best
    eci = {v[1]: v[0] for v in ECL.values()}[fbits]
    grid = _Grid(ver)
    positions = grid.data_positions()
    bits = []
    for (x, y) in positions:
        v = m(x, y)
        if _mask_fn(mask, x, y):
            v ^= 1
        bits.append(v)
    rawcodewords = _raw_data_modules(ver) // 8
    cws = [int("".join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(rawcodewords)]
    numblocks = NUM_ERROR_CORRECTION_BLOCKS[eci][ver]
    blockecclen = ECC_CODEWORDS_PER_BLOCK[eci][ver]
    numshort = numblocks - rawcodewords % numblocks
    shortlen = rawcodewords // numblocks
    lens = [shortlen + (0 if i < numshort else 1) for i in range(numblocks)]
    blocks = [[] for _ in range(numblocks)]
    k = 0
    for i in range(max(lens)):
        for j in range(numblocks):
            dlen = lens[j] - blockecclen
            if i < dlen:
                blocks[j].append(cws[k]); k += 1
    for i in range(blockecclen):
        for j in range(numblocks):
            blocks[j].append(cws[k]); k += 1
    div = _rs_divisor(blockecclen)
    data = []
    for j, blk in enumerate(blocks):
        dlen = lens[j] - blockecclen
        if _rs_remainder(blk[:dlen], div) != blk[dlen:]:
            raise ValueError("Reed-Solomon check failed in block %d" % j)
        data += blk[:dlen]
    bitstr = "".join(format(b, "08b") for b in data)
    pos = 0
    out = bytearray()
    def take(n):
        nonlocal pos
        v = int(bitstr[pos:pos + n], 2)
        pos += n
        return v
    while pos + 4 <= len(bitstr):
        mode = take(4)
        if mode == 0:
            break
        if mode == 4:
            n = take(8 if ver <= 9 else 16)
            for _ in range(n):
                out.append(take(8))
        elif mode == 2:
            n = take(9 if ver <= 9 else 11)
            al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
            while n >= 2:
                v = take(11); out += (al[v // 45] + al[v % 45]).encode(); n -= 2
            if n:
                out += al[take(6)].encode()
        elif mode == 1:
            n = take(10 if ver <= 9 else 12)
            while n >= 3:
                out += b"%03d" % take(10); n -= 3
            if n == 2:
                out += b"%02d" % take(7)
            elif n == 1:
                out += b"%d" % take(4)
        else:
            raise ValueError("unsupported mode %d" % mode)
    return bytes(out)
