"""QR Code Model 2 encoder (byte mode, versions 1-10) and a self-check decoder."""
from png import write_png, read_png_grey

ECL_ORDER = "LMQH"
ECL_FORMAT = {"L": 1, "M": 0, "Q": 3, "H": 2}
ECC_PER_BLOCK = {
    "L": [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
    "M": [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
    "Q": [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24],
    "H": [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28],
}
NUM_BLOCKS = {
    "L": [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    "M": [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
    "Q": [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8],
    "H": [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8],
}

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


def gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(len(res)):
            res[j] = gmul(res[j], root)
            if j + 1 < len(res):
                res[j] ^= res[j + 1]
        root = gmul(root, 2)
    return res


def rs_remainder(data, divisor):
    res = [0] * len(divisor)
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, coef in enumerate(divisor):
            res[i] ^= gmul(coef, factor)
    return res


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    return raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def align_pos(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return sorted(res)


# ---------------------------------------------------------------- matrix
class Matrix:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.f = [[False] * n for _ in range(n)]
        self._function_patterns()

    def setf(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def _finder(self, cx, cy):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < self.size and 0 <= y < self.size:
                    d = max(abs(dx), abs(dy))
                    self.setf(x, y, d not in (2, 4))

    def _align(self, cx, cy):
        for dy in range(-2, 3):
            for dx in range(-2, 3):
                self.setf(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1)

    def _function_patterns(self):
        n = self.size
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        self._finder(3, 3)
        self._finder(n - 4, 3)
        self._finder(3, n - 4)
        ap = align_pos(self.ver)
        last = len(ap) - 1
        for i, a in enumerate(ap):
            for j, b in enumerate(ap):
                if (i == 0 and j == 0) or (i == 0 and j == last) or (i == last and j == 0):
                    continue
                self._align(a, b)
        self.draw_format(0, "L")   # reserve
        self._version_info()

    def draw_format(self, mask, ecl):
        data = ECL_FORMAT[ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        n = self.size
        g = lambda i: (bits >> i) & 1 == 1
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

    def _version_info(self):
        if self.ver < 7:
            return
        rem = self.ver
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = self.ver << 12 | rem
        for i in range(18):
            bit = (bits >> i) & 1 == 1
            a = self.size - 11 + i % 3
            b = i // 3
            self.setf(a, b, bit)
            self.setf(b, a, bit)

    def positions(self):
        """Data module coordinates in placement order."""
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
                    y = (n - 1 - vert) if upward else vert
                    if not self.f[y][x]:
                        out.append((x, y))
            right -= 2
        return out


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


def _penalty(m):
    n = len(m)
    p = 0
    for rows in (m, [list(c) for c in zip(*m)]):
        for row in rows:
            run, col = 1, row[0]
            for v in row[1:]:
                if v == col:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
                    run, col = 1, v
            if run >= 5:
                p += run - 2
            s = "".join("1" if v else "0" for v in row)
            p += 40 * (s.count("10111010000") + s.count("00001011101"))
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in r if v) for r in m)
    k = abs(dark * 20 - n * n * 10) // (n * n) 
    p += k * 10
    return p


def _codewords(payload, ver, ecl):
    bits = [0, 1, 0, 0]
    cc = 8 if ver < 10 else 16
    bits += [(len(payload) >> i) & 1 for i in range(cc - 1, -1, -1)]
    for b in payload:
        bits += [(b >> i) & 1 for i in range(7, -1, -1)]
    cap = data_codewords(ver, ecl) * 8
    bits += [0] * min(4, cap - len(bits))
    bits += [0] * (-len(bits) % 8)
    data = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(data) < cap // 8:
        data.append(pad)
        pad ^= 0xEC ^ 0x11
    # split into blocks, add ECC, interleave
    nb = NUM_BLOCKS[ecl][ver]
    eccl = ECC_PER_BLOCK[ecl][ver]
    raw = raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = rs_divisor(eccl)
    blocks, k = [], 0
    for i in range(nb):
        dl = shortlen - eccl + (0 if i < nshort else 1)
        d = data[k:k + dl]
        k += dl
        blocks.append((d, rs_remainder(d, div)))
    out = []
    maxd = max(len(d) for d, _ in blocks)
    for i in range(maxd):
        for d, _ in blocks:
            if i < len(d):
                out.append(d[i])
    for i in range(eccl):
        for _, e in blocks:
            out.append(e[i])
    assert len(out) == raw
    return out


def encode(text, ecl="M", minver=1):
    payload = text.encode("utf-8")
    for ver in range(minver, 11):
        cc = 8 if ver < 10 else 16
        if 4 + cc + 8 * len(payload) <= data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError("payload too long")
    cw = _codewords(payload, ver, ecl)
    best = None
    for mask in range(8):
        mx = Matrix(ver)
        pos = mx.positions()
        bits = []
        for c in cw:
            bits += [(c >> i) & 1 for i in range(7, -1, -1)]
        bits += [0] * (len(pos) - len(bits))
        for (x, y), b in zip(pos, bits):
            mx.m[y][x] = bool(b) ^ MASKS[mask](x, y)
        mx.draw_format(mask, ecl)
        pen = _penalty(mx.m)
        if best is None or pen < best[0]:
            best = (pen, mx)
    return best[1].m


def to_png(matrix, scale=8, border=4):
    n = len(matrix)
    w = (n + 2 * border) * scale
    rows = []
    for y in range(n + 2 * border):
        r = bytearray()
        for x in range(n + 2 * border):
            mx, my = x - border, y - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            r += bytes([0 if dark else 255]) * scale
        rows.extend([bytes(r)] * scale)
    return write_png(rows, w, w)


def qr_png(text, ecl="M", scale=8):
    return to_png(encode(text, ecl), scale=scale)


# ---------------------------------------------------------------- self-check
def decode_png(data, scale=8, border=4):
    """Decode a PNG produced by qr_png; verifies format BCH and all RS blocks."""
    w, h, rows = read_png_grey(data)
    n = w // scale - 2 * border
    ver = (n - 17) // 4
    mat = [[rows[(y + border) * scale + scale // 2][(x + border) * scale + scale // 2] < 128
            for x in range(n)] for y in range(n)]
    # format info from first copy
    bits = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        if mat[y][x]:
            bits |= 1 << i
    found = None
    for ecl in "LMQH":
        for mask in range(8):
            d = ECL_FORMAT[ecl] << 3 | mask
            rem = d
            for _ in range(10):
                rem = (rem << 1) ^ ((rem >> 9) * 0x537)
            if ((d << 10 | rem) ^ 0x5412) == bits:
                found = (ecl, mask)
    if not found:
        raise ValueError("format info invalid")
    ecl, mask = found
    ref = Matrix(ver)
    pos = ref.positions()
    vals = [int(mat[y][x] ^ MASKS[mask](x, y)) for (x, y) in pos]
    raw = raw_modules(ver) // 8
    cw = [int("".join(map(str, vals[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nb, eccl = NUM_BLOCKS[ecl][ver], ECC_PER_BLOCK[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    dls = [shortlen - eccl + (0 if i < nshort else 1) for i in range(nb)]
    datas = [[] for _ in range(nb)]
    k = 0
    for i in range(max(dls)):
        for b in range(nb):
            if i < dls[b]:
                datas[b].append(cw[k])
                k += 1
    eccs = [[] for _ in range(nb)]
    for i in range(eccl):
        for b in range(nb):
            eccs[b].append(cw[k])
            k += 1
    div = rs_divisor(eccl)
    for d, e in zip(datas, eccs):
        if rs_remainder(d, div) != e:
            raise ValueError("RS mismatch")
    data = [c for d in datas for c in d]
    bitstr = "".join(format(c, "08b") for c in data)
    assert bitstr[:4] == "0100"
    cc = 8 if ver < 10 else 16
    ln = int(bitstr[4:4 + cc], 2)
    p = 4 + cc
    return bytes(int(bitstr[p + 8 * i:p + 8 * i + 8], 2) for i in range(ln)).decode("utf-8")
