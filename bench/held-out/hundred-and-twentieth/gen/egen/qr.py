"""QR Code Model 2 encoder (byte mode) and a decoder for the build's own images.

Pure standard library.  The encoder follows ISO/IEC 18004 (structure after
Project Nayuki's reference implementation); the decoder is used by the
verification step to prove every generated code carries the intended payload.
"""

ECL_L, ECL_M, ECL_Q, ECL_H = 0, 1, 2, 3
_FORMAT_BITS = {ECL_L: 1, ECL_M: 0, ECL_Q: 3, ECL_H: 2}

_ECC_PER_BLOCK = (
    (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
)
_NUM_BLOCKS = (
    (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
)


# ---------------------------------------------------------------- GF(256)
def _rs_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = _rs_mul(result[j], root)
            if j + 1 < len(result):
                result[j] ^= result[j + 1]
        root = _rs_mul(root, 0x02)
    return result


def _rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= _rs_mul(coef, factor)
    return result


# ---------------------------------------------------------------- geometry
def _num_raw_data_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        numalign = ver // 7 + 2
        result -= (25 * numalign - 10) * numalign - 55
        if ver >= 7:
            result -= 36
    return result


def _num_data_codewords(ver, ecl):
    return _num_raw_data_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]


def _alignment_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    numalign = ver // 7 + 2
    step = (ver * 8 + numalign * 3 + 5) // (numalign * 4 - 4) * 2
    result = [size - 7 - i * step for i in range(numalign - 1)] + [6]
    return sorted(result)


def _format_bits(ecl, mask):
    data = _FORMAT_BITS[ecl] << 3 | mask
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
        self.m = [[False] * n for _ in range(n)]
        self.func = [[False] * n for _ in range(n)]
        self._draw_function_patterns()

    def setf(self, x, y, dark):
        self.m[y][x] = dark
        self.func[y][x] = True

    def _draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self.setf(x, y, d not in (2, 4))
        pos = _alignment_positions(self.ver)
        k = len(pos)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0, 0)  # reserve
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, ecl, mask):
        bits = _format_bits(ecl, mask)
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
                    if not self.func[y][x]:
                        out.append((x, y))
            right -= 2
        return out


def _mask_fn(mask):
    return (
        lambda x, y: (x + y) % 2 == 0,
        lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    )[mask]


def _penalty(m):
    n = len(m)
    score = 0
    lines = [row for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for line in lines:
        run = 1
        for i in range(1, n):
            if line[i] == line[i - 1]:
                run += 1
            else:
                if run >= 5:
                    score += 3 + run - 5
                run = 1
        if run >= 5:
            score += 3 + run - 5
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
    total = n * n
    k = abs(dark * 20 - total * 10) // total
    score += k * 10
    return score


def _interleave(data, ver, ecl):
    numblocks = _NUM_BLOCKS[ecl][ver]
    blockecclen = _ECC_PER_BLOCK[ecl][ver]
    rawcodewords = _num_raw_data_modules(ver) // 8
    numshortblocks = numblocks - rawcodewords % numblocks
    shortblocklen = rawcodewords // numblocks
    blocks = []
    div = _rs_divisor(blockecclen)
    k = 0
    for i in range(numblocks):
        dat = data[k:k + shortblocklen - blockecclen + (0 if i < numshortblocks else 1)]
        k += len(dat)
        ecc = _rs_remainder(dat, div)
        if i < numshortblocks:
            dat = dat + [None]
        blocks.append(dat + ecc)
    out = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if blk[i] is not None:
                out.append(blk[i])
    return out


def encode(payload, ecl=ECL_M, minver=1, mask=None):
    """Return the QR matrix (list of rows of bool, True = dark) for bytes/str payload."""
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    data = list(payload)
    for ver in range(minver, 41):
        ccbits = 8 if ver <= 9 else 16
        need = 4 + ccbits + 8 * len(data)
        cap = _num_data_codewords(ver, ecl) * 8
        if need <= cap:
            break
    else:
        raise ValueError("payload too long")
    bits = []

    def app(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    app(0x4, 4)
    app(len(data), ccbits)
    for b in data:
        app(b, 8)
    app(0, min(4, cap - len(bits)))
    app(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        app(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    allcw = _interleave(cw, ver, ecl)
    best = None
    masks = range(8) if mask is None else [mask]
    for mk in masks:
        g = _Grid(ver)
        pos = g.data_positions()
        for i, (x, y) in enumerate(pos):
            bit = False
            if i < len(allcw) * 8:
                bit = (allcw[i >> 3] >> (7 - (i & 7))) & 1 == 1
            g.m[y][x] = bit ^ _mask_fn(mk)(x, y)
        g.draw_format(ecl, mk)
        p = _penalty(g.m)
        if best is None or p < best[0]:
            best = (p, g.m)
    return best[1]


# ---------------------------------------------------------------- decoder
def _hamming(a, b):
    return bin(a ^ b).count("1")


def decode_matrix(m):
    """Decode a clean module matrix (no quiet zone).  Returns payload bytes."""
    n = len(m)
    ver = (n - 17) // 4
    if ver < 1 or ver * 4 + 17 != n:
        raise ValueError("bad size %d" % n)
    # format info, first copy
    f = 0
    seq = [(8, i) for i in range(0, 6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(seq):
        if m[y][x]:
            f |= 1 << i
    f2 = 0
    seq2 = [(n - 1 - i, 8) for i in range(0, 8)] + [(8, n - 15 + i) for i in range(8, 15)]
    for i, (x, y) in enumerate(seq2):
        if m[y][x]:
            f2 |= 1 << i
    best = None
    for ecl in (ECL_L, ECL_M, ECL_Q, ECL_H):
        for mk in range(8):
            code = _format_bits(ecl, mk)
            d = min(_hamming(code, f), _hamming(code, f2))
            if best is None or d < best[0]:
                best = (d, ecl, mk)
    if best[0] > 3:
        raise ValueError("format info unreadable")
    _, ecl, mk = best
    if ver >= 7:
        v = 0
        for i in range(18):
            a = n - 11 + i % 3
            b = i // 3
            if m[b][a]:
                v |= 1 << i
        if _hamming(v, _version_bits(ver)) > 3:
            raise ValueError("version info mismatch")
    g = _Grid(ver)
    pos = g.data_positions()
    mf = _mask_fn(mk)
    total = _num_raw_data_modules(ver) // 8
    bits = [(1 if m[y][x] else 0) ^ (1 if mf(x, y) else 0) for (x, y) in pos[:total * 8]]
    cws = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, total * 8, 8)]
    numblocks = _NUM_BLOCKS[ecl][ver]
    ecclen = _ECC_PER_BLOCK[ecl][ver]
    numshort = numblocks - total % numblocks
    shortlen = total // numblocks
    lens = [shortlen - ecclen + (0 if i < numshort else 1) for i in range(numblocks)]
    blocks = [[] for _ in range(numblocks)]
    k = 0
    for i in range(max(lens)):
        for j in range(numblocks):
            if i < lens[j]:
                blocks[j].append(cws[k])
                k += 1
    eccs = [[] for _ in range(numblocks)]
    for i in range(ecclen):
        for j in range(numblocks):
            eccs[j].append(cws[k])
            k += 1
    div = _rs_divisor(ecclen)
    data = []
    for j in range(numblocks):
        if _rs_remainder(blocks[j], div) != eccs[j]:
            raise ValueError("Reed-Solomon check failed in block %d" % j)
        data += blocks[j]
    bitstr = "".join(format(b, "08b") for b in data)
    p = 0
    out = bytearray()
    alnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
    while p + 4 <= len(bitstr):
        mode = int(bitstr[p:p + 4], 2)
        p += 4
        if mode == 0:
            break
        if mode == 4:
            cc = 8 if ver <= 9 else 16
            cnt = int(bitstr[p:p + cc], 2)
            p += cc
            for _ in range(cnt):
                out.append(int(bitstr[p:p + 8], 2))
                p += 8
        elif mode == 2:
            cc = 9 if ver <= 9 else (11 if ver <= 26 else 13)
            cnt = int(bitstr[p:p + cc], 2)
            p += cc
            while cnt >= 2:
                v = int(bitstr[p:p + 11], 2)
                p += 11
                out += (alnum[v // 45] + alnum[v % 45]).encode()
                cnt -= 2
            if cnt:
                out += alnum[int(bitstr[p:p + 6], 2)].encode()
                p += 6
        elif mode == 1:
            cc = 10 if ver <= 9 else (12 if ver <= 26 else 14)
            cnt = int(bitstr[p:p + cc], 2)
            p += cc
            while cnt >= 3:
                out += b"%03d" % int(bitstr[p:p + 10], 2)
                p += 10
                cnt -= 3
            if cnt == 2:
                out += b"%02d" % int(bitstr[p:p + 7], 2)
                p += 7
            elif cnt == 1:
                out += b"%d" % int(bitstr[p:p + 4], 2)
                p += 4
        elif mode == 7:  # ECI
            p += 8
        else:
            raise ValueError("unsupported mode %d" % mode)
    return bytes(out)


def matrix_from_pixels(pix, width, height):
    """pix: function (x, y) -> bool dark.  Finds the symbol and samples modules."""
    top = left = None
    for y in range(height):
        for x in range(width):
            if pix(x, y):
                top, left = y, x
                break
        if top is not None:
            break
    if top is None:
        raise ValueError("no dark pixels")
    # finder pattern width = 7 modules
    x = left
    while x < width and pix(x, top):
        x += 1
    scale = (x - left) / 7.0
    right = left
    for xx in range(width - 1, -1, -1):
        if pix(xx, top):
            right = xx
            break
    n = int(round((right - left + 1) / scale))
    m = []
    for r in range(n):
        yy = int(top + (r + 0.5) * scale)
        m.append([pix(int(left + (c + 0.5) * scale), yy) for c in range(n)])
    return m
