"""QR Code Model 2 encoder (byte mode) with PNG output, plus a small self-check decoder.
Written from the ISO/IEC 18004 structure; stdlib only."""
from . import pngimg

ECC_L, ECC_M, ECC_Q, ECC_H = 0, 1, 2, 3
_FORMAT_BITS = {ECC_L: 1, ECC_M: 0, ECC_Q: 3, ECC_H: 2}

_ECC_PER_BLOCK = [
    [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
]
_NUM_BLOCKS = [
    [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
]


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = _gf_mul(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = _gf_mul(root, 0x02)
    return result


def rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= _gf_mul(coef, factor)
    return result


def num_raw_data_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        numalign = ver // 7 + 2
        result -= (25 * numalign - 10) * numalign - 55
        if ver >= 7:
            result -= 36
    return result


def num_data_codewords(ver, ecl):
    return num_raw_data_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]


def alignment_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    numalign = ver // 7 + 2
    step = (ver * 8 + numalign * 3 + 5) // (numalign * 4 - 4) * 2
    result = [size - 7 - i * step for i in range(numalign - 1)] + [6]
    return list(reversed(result))


def _bit(x, i):
    return (x >> i) & 1 != 0


def format_bits(ecl, mask):
    data = _FORMAT_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


class QR:
    def __init__(self, ver, ecl):
        self.ver = ver
        self.ecl = ecl
        self.size = ver * 4 + 17
        self.mod = [[False] * self.size for _ in range(self.size)]
        self.func = [[False] * self.size for _ in range(self.size)]

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.func[y][x] = True

    def draw_function_patterns(self):
        s = self.size
        for i in range(s):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    xx, yy = cx + dx, cy + dy
                    if 0 <= xx < s and 0 <= yy < s:
                        self.setf(xx, yy, max(abs(dx), abs(dy)) not in (2, 4))
        pos = alignment_positions(self.ver)
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0)
        self.draw_version()

    def draw_format(self, mask):
        bits = format_bits(self.ecl, mask)
        s = self.size
        for i in range(0, 6):
            self.setf(8, i, _bit(bits, i))
        self.setf(8, 7, _bit(bits, 6))
        self.setf(8, 8, _bit(bits, 7))
        self.setf(7, 8, _bit(bits, 8))
        for i in range(9, 15):
            self.setf(14 - i, 8, _bit(bits, i))
        for i in range(0, 8):
            self.setf(s - 1 - i, 8, _bit(bits, i))
        for i in range(8, 15):
            self.setf(8, s - 15 + i, _bit(bits, i))
        self.setf(8, s - 8, True)

    def draw_version(self):
        if self.ver < 7:
            return
        bits = version_bits(self.ver)
        for i in range(18):
            bt = _bit(bits, i)
            a = self.size - 11 + i % 3
            b = i // 3
            self.setf(a, b, bt)
            self.setf(b, a, bt)

    def zigzag(self):
        """Yields (x, y) of data modules in placement order."""
        s = self.size
        right = s - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(s):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = (s - 1 - vert) if upward else vert
                    if not self.func[y][x]:
                        yield x, y
            right -= 2

    def draw_codewords(self, data):
        i = 0
        for x, y in self.zigzag():
            if i < len(data) * 8:
                self.mod[y][x] = _bit(data[i >> 3], 7 - (i & 7))
                i += 1
            else:
                self.mod[y][x] = False  # remainder bits
        assert i == len(data) * 8

    def apply_mask(self, mask):
        for y in range(self.size):
            for x in range(self.size):
                if not self.func[y][x] and mask_fn(mask, x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def penalty(self):
        s = self.size
        m = self.mod
        score = 0
        for grid in (m, [list(r) for r in zip(*m)]):
            for row in grid:
                run = 1
                for i in range(1, s):
                    if row[i] == row[i - 1]:
                        run += 1
                    else:
                        if run >= 5:
                            score += run - 2
                        run = 1
                if run >= 5:
                    score += run - 2
                # finder-like patterns 1:1:3:1:1 with 4 light on a side
                for i in range(s - 10):
                    seg = row[i:i + 11]
                    p1 = [True, False, True, True, True, False, True, False, False, False, False]
                    if seg == p1 or seg == p1[::-1]:
                        score += 40
        for y in range(s - 1):
            for x in range(s - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    score += 3
        dark = sum(1 for r in m for c in r if c)
        total = s * s
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        score += max(0, k) * 10
        return score


def mask_fn(mask, x, y):
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


def _encode_data(payload, ver, ecl):
    bits = []

    def app(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    app(0b0100, 4)
    app(len(payload), 8 if ver <= 9 else 16)
    for b in payload:
        app(b, 8)
    cap = num_data_codewords(ver, ecl) * 8
    assert len(bits) <= cap
    app(0, min(4, cap - len(bits)))
    app(0, (8 - len(bits) % 8) % 8)
    out = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(out) < cap // 8:
        out.append(pad)
        pad ^= 0xEC ^ 0x11
    return out


def _interleave(data, ver, ecl):
    nb = _NUM_BLOCKS[ecl][ver]
    eccl = _ECC_PER_BLOCK[ecl][ver]
    raw = num_raw_data_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = rs_divisor(eccl)
    blocks = []
    k = 0
    for i in range(nb):
        dat = data[k:k + shortlen - eccl + (0 if i < nshort else 1)]
        k += len(dat)
        ecc = rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    result = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - eccl or j >= nshort:
                result.append(blk[i])
    assert len(result) == raw
    return result


def encode(text, ecl=ECC_M, minver=1):
    payload = text.encode("utf-8")
    for ver in range(minver, 11):
        if 4 + (8 if ver <= 9 else 16) + 8 * len(payload) <= num_data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError("too long for versions 1-10")
    data = _encode_data(payload, ver, ecl)
    cw = _interleave(data, ver, ecl)
    best = None
    for mask in range(8):
        q = QR(ver, ecl)
        q.draw_function_patterns()
        q.draw_codewords(cw)
        q.apply_mask(mask)
        q.draw_format(mask)
        p = q.penalty()
        if best is None or p < best[0]:
            best = (p, q)
    return best[1]


def to_png(q, scale=6, border=4):
    s = q.size
    rows = []
    for y in range(-border, s + border):
        line = []
        for x in range(-border, s + border):
            dark = 0 <= x < s and 0 <= y < s and q.mod[y][x]
            line.extend([0 if dark else 255] * scale)
        for _ in range(scale):
            rows.append(list(line))
    return pngimg.write_gray(rows)


def qr_png(text, ecl=ECC_M, scale=6):
    return to_png(encode(text, ecl), scale)


# ---------------- self-check decoder (for our own PNGs) ----------------

def decode_png(png, scale=6, border=4):
    rows = pngimg.read_gray(png)
    n = len(rows) // scale - 2 * border
    ver = (n - 17) // 4
    grid = [[rows[(border + y) * scale + scale // 2][(border + x) * scale + scale // 2] < 128
             for x in range(n)] for y in range(n)]
    # format info (first copy)
    bits = 0
    fmt_pos = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(fmt_pos):
        if grid[y][x]:
            bits |= 1 << i
    found = None
    for ecl in range(4):
        for mask in range(8):
            if format_bits(ecl, mask) == bits:
                found = (ecl, mask)
    assert found, "format bits not valid"
    ecl, mask = found
    # second copy must match as well
    bits2 = 0
    for i in range(8):
        if grid[8][n - 1 - i]:
            bits2 |= 1 << i
    for i in range(8, 15):
        if grid[n - 15 + i][8]:
            bits2 |= 1 << i
    assert bits2 == bits, "format copies differ"
    if ver >= 7:
        vb = 0
        for i in range(18):
            if grid[i // 3][n - 11 + i % 3]:
                vb |= 1 << i
        assert vb == version_bits(ver)
    tmpl = QR(ver, ecl)
    tmpl.draw_function_patterns()
    # function patterns must match the image
    for y in range(n):
        for x in range(n):
            if tmpl.func[y][x] and not (x == 8 or y == 8) and not (ver >= 7 and ((x >= n - 11 and y < 6) or (y >= n - 11 and x < 6))):
                assert tmpl.mod[y][x] == grid[y][x], ("function pattern mismatch", x, y)
    raw = num_raw_data_modules(ver) // 8
    bitsl = []
    for x, y in tmpl.zigzag():
        v = grid[y][x] ^ mask_fn(mask, x, y)
        bitsl.append(1 if v else 0)
    cws = [int("".join(map(str, bitsl[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nb = _NUM_BLOCKS[ecl][ver]
    eccl = _ECC_PER_BLOCK[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i != shortlen - eccl or j >= nshort:
                blocks[j].append(cws[k])
                k += 1
    data = []
    div = rs_divisor(eccl)
    for j, blk in enumerate(blocks):
        dl = len(blk) - eccl
        assert rs_remainder(blk[:dl], div) == blk[dl:], "RS mismatch"
        data.extend(blk[:dl])
    bs = "".join(format(b, "08b") for b in data)
    assert bs[:4] == "0100"
    cl = 8 if ver <= 9 else 16
    ln = int(bs[4:4 + cl], 2)
    out = bytes(int(bs[4 + cl + 8 * i:4 + cl + 8 * i + 8], 2) for i in range(ln))
    return out.decode("utf-8")


def selftest():
    # Thonky "HELLO WORLD" 1-M test vector for Reed-Solomon
    d = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(d, rs_divisor(10)) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    assert format(format_bits(ECC_M, 0), "015b") == "101010000010010"
    assert format(format_bits(ECC_L, 4), "015b") == "110011000101111"
    assert format(version_bits(7), "018b") == "000111110010010100"
    assert alignment_positions(7) == [6, 22, 38]
    assert num_data_codewords(7, ECC_M) == 124 and num_data_codewords(5, ECC_M) == 86
    for t in ("https://example.org/a", "x" * 120):
        assert decode_png(qr_png(t)) == t


if __name__ == "__main__":
    selftest()
    print("qr ok")
