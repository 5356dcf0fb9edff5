"""QR Code Model 2 encoder (byte mode) and a decoder for clean, axis-aligned
images, written from the ISO/IEC 18004 rules (structure after Nayuki's
reference implementation)."""

from . import png as _png

ECC_CW = {
    "L": [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "M": [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    "Q": [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "H": [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
NUM_BLK = {
    "L": [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    "M": [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    "Q": [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    "H": [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
FMT = {"L": 1, "M": 0, "Q": 3, "H": 2}
FMT_INV = {v: k for k, v in FMT.items()}


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _data_cw(ver, ecl):
    return _raw_modules(ver) // 8 - ECC_CW[ecl][ver] * NUM_BLK[ecl][ver]


def _align_pos(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    size = ver * 4 + 17
    res = [6]
    pos = size - 7
    tail = []
    for _ in range(na - 1):
        tail.insert(0, pos)
        pos -= step
    return res + tail


# GF(256)
def _mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def _rs_div(deg):
    res = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(len(res)):
            res[j] = _mul(res[j], root)
            if j + 1 < len(res):
                res[j] ^= res[j + 1]
        root = _mul(root, 2)
    return res


def _rs_rem(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _mul(c, f)
    return res


class _M:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.f = [[False] * n for _ in range(n)]

    def setf(self, x, y, v):
        self.m[y][x] = bool(v)
        self.f[y][x] = True

    def draw_function(self):
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
        ap = _align_pos(self.ver)
        na = len(ap)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format("M", 0)  # reserve
        self.draw_version()

    def draw_format(self, ecl, mask):
        data = FMT[ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        n = self.size
        b = lambda i: (bits >> i) & 1
        for i in range(6):
            self.setf(8, i, b(i))
        self.setf(8, 7, b(6))
        self.setf(8, 8, b(7))
        self.setf(7, 8, b(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, b(i))
        for i in range(8):
            self.setf(n - 1 - i, 8, b(i))
        for i in range(8, 15):
            self.setf(8, n - 15 + i, b(i))
        self.setf(8, n - 8, True)

    def draw_version(self):
        if self.ver < 7:
            return
        rem = self.ver
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = self.ver << 12 | rem
        n = self.size
        for i in range(18):
            bit = (bits >> i) & 1
            a = n - 11 + i % 3
            bb = i // 3
            self.setf(a, bb, bit)
            self.setf(bb, a, bit)

    def zigzag(self):
        n = self.size
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    up = ((right + 1) & 2) == 0
                    y = n - 1 - vert if up else vert
                    if not self.f[y][x]:
                        yield x, y
            right -= 2


def _mask_fn(mask):
    return [lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][mask]


def _penalty(m):
    n = len(m)
    p = 0
    lines = [row for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for ln in lines:
        run = 1
        for i in range(1, n):
            if ln[i] == ln[i - 1]:
                run += 1
            else:
                if run >= 5:
                    p += 3 + run - 5
                run = 1
        if run >= 5:
            p += 3 + run - 5
        for i in range(n - 10):
            seg = ln[i:i + 11]
            if seg == pat1 or seg == pat2:
                p += 40
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in r if v) for r in m)
    tot = n * n
    k = (abs(dark * 20 - tot * 10) + tot - 1) // tot - 1
    p += k * 10
    return p


def encode(text, ecl="M", minver=1, mask=None):
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    for ver in range(minver, 41):
        cap = _data_cw(ver, ecl) * 8
        need = 4 + (8 if ver < 10 else 16) + 8 * len(data)
        if need <= cap:
            break
    else:
        raise ValueError("too long for QR")
    bits = []

    def put(v, n):
        for i in range(n - 1, -1, -1):
            bits.append((v >> i) & 1)

    put(4, 4)
    put(len(data), 8 if ver < 10 else 16)
    for b in data:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # ecc + interleave
    nb = NUM_BLK[ecl][ver]
    el = ECC_CW[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    slen = raw // nb
    div = _rs_div(el)
    blocks = []
    k = 0
    for i in range(nb):
        dl = slen - el + (0 if i < nshort else 1)
        dat = cw[k:k + dl]
        k += dl
        ecc = _rs_rem(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    allcw = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != slen - el or j >= nshort:
                allcw.append(blk[i])
    best = None
    for mk in (range(8) if mask is None else [mask]):
        q = _M(ver)
        q.draw_function()
        i = 0
        for x, y in q.zigzag():
            if i < len(allcw) * 8:
                q.m[y][x] = bool((allcw[i >> 3] >> (7 - (i & 7))) & 1)
                i += 1
        fn = _mask_fn(mk)
        for y in range(q.size):
            for x in range(q.size):
                if not q.f[y][x] and fn(x, y):
                    q.m[y][x] = not q.m[y][x]
        q.draw_format(ecl, mk)
        pen = _penalty(q.m)
        if best is None or pen < best[0]:
            best = (pen, q.m)
    return best[1]


def to_png(matrix, scale=6, border=4, dark=(0, 0, 0), light=(255, 255, 255)):
    n = len(matrix)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(n + 2 * border):
        row = bytearray()
        for x in range(n + 2 * border):
            mx, my = x - border, y - border
            on = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            row += bytes(dark if on else light) * scale
        for _ in range(scale):
            rows.append(bytes(row))
    return _png.write_png(size, size, rows, "rgb")


def to_bits(matrix, border=4):
    """1-bit rows (PDF image, 1 = white) with border."""
    n = len(matrix) + 2 * border
    rows = []
    for y in range(n):
        bits = []
        for x in range(n):
            mx, my = x - border, y - border
            on = 0 <= mx < len(matrix) and 0 <= my < len(matrix) and matrix[my][mx]
            bits.append(0 if on else 1)
        bits += [1] * ((-len(bits)) % 8)
        rows.append(bytes(int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)))
    return n, rows


# ------------------------------------------------------------------ decoder
def grid_from_lum(lum):
    """lum: list of rows of 0..255 values. Returns bool module matrix."""
    h = len(lum)
    w = len(lum[0])
    dark = [[v < 128 for v in r] for r in lum]
    ys = [y for y in range(h) if any(dark[y])]
    xs = [x for x in range(w) if any(dark[y][x] for y in ys)]
    top, bot, left, right = ys[0], ys[-1], xs[0], xs[-1]
    run = 0
    x = left
    while x < w and dark[top][x]:
        run += 1
        x += 1
    scale = run / 7.0
    n = int(round((right - left + 1) / scale))
    assert (n - 17) % 4 == 0, "bad QR size %d" % n
    return [[dark[int(top + (r + 0.5) * scale)][int(left + (c + 0.5) * scale)] for c in range(n)] for r in range(n)]


def decode_matrix(m):
    n = len(m)
    ver = (n - 17) // 4
    q = _M(ver)
    q.draw_function()
    # format bits (first copy)
    b = []
    for i in range(6):
        b.append(m[i][8])
    b += [m[7][8], m[8][8], m[8][7]]
    for i in range(9, 15):
        b.append(m[8][14 - i])
    val = sum((1 << i) for i, v in enumerate(b) if v)
    best = None
    for ecl in "LMQH":
        for mk in range(8):
            data = FMT[ecl] << 3 | mk
            rem = data
            for _ in range(10):
                rem = (rem << 1) ^ ((rem >> 9) * 0x537)
            code = (data << 10 | rem) ^ 0x5412
            d = bin(code ^ val).count("1")
            if best is None or d < best[0]:
                best = (d, ecl, mk)
    dist, ecl, mk = best
    assert dist == 0, "format bits damaged"
    fn = _mask_fn(mk)
    bits = []
    for x, y in q.zigzag():
        v = m[y][x]
        if fn(x, y):
            v = not v
        bits.append(1 if v else 0)
    raw = _raw_modules(ver) // 8
    cws = [int("".join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nb = NUM_BLK[ecl][ver]
    el = ECC_CW[ecl][ver]
    nshort = nb - raw % nb
    slen = raw // nb
    blocks = [[None] * (slen + 1) for _ in range(nb)]
    k = 0
    for i in range(slen + 1):
        for j in range(nb):
            if i == slen - el and j < nshort:
                continue
            blocks[j][i] = cws[k]
            k += 1
    blocks = [[v for idx, v in enumerate(b) if not (idx == slen - el and j < nshort)] for j, b in enumerate(blocks)]
    data = []
    div = _rs_div(el)
    for j, blk in enumerate(blocks):
        dl = slen - el + (0 if j < nshort else 1)
        dat, ecc = blk[:dl], blk[dl:]
        assert _rs_rem(dat, div) == ecc, "RS check failed"
        data += dat
    bitstr = "".join("{:08b}".format(x) for x in data)
    pos = 0
    out = bytearray()

    def take(nbits):
        nonlocal pos
        v = int(bitstr[pos:pos + nbits] or "0", 2)
        pos += nbits
        return v

    while pos + 4 <= len(bitstr):
        mode = take(4)
        if mode == 0:
            break
        if mode == 4:
            cnt = take(8 if ver < 10 else 16)
            for _ in range(cnt):
                out.append(take(8))
        elif mode == 7:
            take(8)
        else:
            raise ValueError("unsupported mode %d" % mode)
    return bytes(out)


def decode_png(data):
    w, h, ch, rows = _png.read_png(data)
    return decode_matrix(grid_from_lum(_png.gray_rows(w, h, ch, rows))).decode("utf-8")
