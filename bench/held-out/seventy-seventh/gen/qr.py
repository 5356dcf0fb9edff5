"""QR Code (model 2) encoder for byte-mode data, with PNG output and a
self-check decoder.  Written from the ISO/IEC 18004 structure: Reed-Solomon
over GF(256)/0x11D, BCH format (0x537 ^ 0x5412) and version (0x1F25) bits,
finder/timing/alignment patterns, zig-zag placement, 8 masks with the
standard penalty rules."""
import zlib

from png import png_gray1, read_png_gray1

ECC_CW = {
    'L': [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
          28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    'M': [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
          26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    'Q': [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
          28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    'H': [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
          30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
NUM_BLOCKS = {
    'L': [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12,
          12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    'M': [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20,
          21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    'Q': [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25,
          27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    'H': [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30,
          32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
FMT = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}


def gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = gf_mul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = gf_mul(root, 0x02)
    return res


def rs_remainder(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= gf_mul(c, f)
    return res


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    return raw_modules(ver) // 8 - ECC_CW[ecl][ver] * NUM_BLOCKS[ecl][ver]


def align_positions(ver):
    if ver == 1:
        return []
    n = ver // 7 + 2
    step = 26 if ver == 32 else (ver * 4 + n * 2 + 1) // (n * 2 - 2) * 2
    size = ver * 4 + 17
    res = [size - 7 - i * step for i in range(n - 1)] + [6]
    return sorted(res)


def format_bits(ecl, mask):
    data = FMT[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


def _bit(x, i):
    return (x >> i) & 1 != 0


def mask_fn(m, x, y):
    return [
        (x + y) % 2 == 0, y % 2 == 0, x % 3 == 0, (x + y) % 3 == 0,
        (x // 3 + y // 2) % 2 == 0, x * y % 2 + x * y % 3 == 0,
        (x * y % 2 + x * y % 3) % 2 == 0, ((x + y) % 2 + x * y % 3) % 2 == 0,
    ][m]


class Grid:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]
        self._functions()

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.fn[y][x] = True

    def _functions(self):
        n = self.size
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self.setf(x, y, d not in (2, 4))
        pos = align_positions(self.ver)
        last = len(pos) - 1
        for i, a in enumerate(pos):
            for j, b in enumerate(pos):
                if (i == 0 and j == 0) or (i == 0 and j == last) or (i == last and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format('L', 0)  # reserve
        if self.ver >= 7:
            bits = version_bits(self.ver)
            for i in range(18):
                bt = _bit(bits, i)
                a, b = n - 11 + i % 3, i // 3
                self.setf(a, b, bt)
                self.setf(b, a, bt)

    def draw_format(self, ecl, mask):
        bits = format_bits(ecl, mask)
        n = self.size
        for i in range(6):
            self.setf(8, i, _bit(bits, i))
        self.setf(8, 7, _bit(bits, 6))
        self.setf(8, 8, _bit(bits, 7))
        self.setf(7, 8, _bit(bits, 8))
        for i in range(9, 15):
            self.setf(14 - i, 8, _bit(bits, i))
        for i in range(8):
            self.setf(n - 1 - i, 8, _bit(bits, i))
        for i in range(8, 15):
            self.setf(8, n - 15 + i, _bit(bits, i))
        self.setf(8, n - 8, True)

    def positions(self):
        """Zig-zag order of data module coordinates."""
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
                    if not self.fn[y][x]:
                        out.append((x, y))
            right -= 2
        return out

    def apply_mask(self, m):
        for y in range(self.size):
            for x in range(self.size):
                if not self.fn[y][x] and mask_fn(m, x, y):
                    self.mod[y][x] = not self.mod[y][x]


def _penalty(mod):
    n = len(mod)
    p = 0
    lines = [row for row in mod] + [[mod[y][x] for y in range(n)] for x in range(n)]
    pat1 = [True, False, True, True, True, False, True, False, False, False, False]
    pat2 = pat1[::-1]
    for line in lines:
        run = 1
        for i in range(1, n + 1):
            if i < n and line[i] == line[i - 1]:
                run += 1
            else:
                if run >= 5:
                    p += 3 + run - 5
                run = 1
        for i in range(n - 10):
            seg = line[i:i + 11]
            if seg == pat1 or seg == pat2:
                p += 40
    for y in range(n - 1):
        for x in range(n - 1):
            c = mod[y][x]
            if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in row if v) for row in mod)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    p += max(k, 0) * 10
    return p


def encode(data, ecl='M', minver=1):
    if isinstance(data, str):
        data = data.encode('utf-8')
    for ver in range(minver, 41):
        cap = data_codewords(ver, ecl) * 8
        need = 4 + (8 if ver <= 9 else 16) + 8 * len(data)
        if need <= cap:
            break
    else:
        raise ValueError('data too long')
    bits = []

    def put(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), 8 if ver <= 9 else 16)
    for b in data:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cws = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # blocks
    nb = NUM_BLOCKS[ecl][ver]
    ecc = ECC_CW[ecl][ver]
    raw = raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = rs_divisor(ecc)
    blocks = []
    k = 0
    for i in range(nb):
        dlen = shortlen - ecc + (0 if i < nshort else 1)
        dat = cws[k:k + dlen]
        k += dlen
        e = rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + e)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - ecc or j >= nshort:
                final.append(blk[i])
    g = Grid(ver)
    pos = g.positions()
    for i, (x, y) in enumerate(pos):
        g.mod[y][x] = bool(i < len(final) * 8 and (final[i >> 3] >> (7 - (i & 7))) & 1)
    best = None
    for m in range(8):
        g.apply_mask(m)
        g.draw_format(ecl, m)
        pen = _penalty(g.mod)
        if best is None or pen < best[0]:
            best = (pen, m)
        g.apply_mask(m)
    m = best[1]
    g.apply_mask(m)
    g.draw_format(ecl, m)
    return g.mod


# ----------------------------------------------------------- self-check decode
def decode(mod):
    n = len(mod)
    ver = (n - 17) // 4
    bits = 0
    rd = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(rd):
        if mod[y][x]:
            bits |= 1 << i
    found = None
    for ecl in 'LMQH':
        for m in range(8):
            if format_bits(ecl, m) == bits:
                found = (ecl, m)
    if not found:
        raise ValueError('format bits unreadable')
    ecl, m = found
    if ver >= 7:
        vb = 0
        for i in range(18):
            if mod[i // 3][n - 11 + i % 3]:
                vb |= 1 << i
        if vb != version_bits(ver):
            raise ValueError('version bits mismatch')
    g = Grid(ver)
    vals = []
    for x, y in g.positions():
        v = mod[y][x] ^ mask_fn(m, x, y)
        vals.append(1 if v else 0)
    raw = raw_modules(ver) // 8
    cw = [int(''.join(map(str, vals[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nb = NUM_BLOCKS[ecl][ver]
    ecc = ECC_CW[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[None] * (shortlen + 1) for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i != shortlen - ecc or j >= nshort:
                blocks[j][i] = cw[k]
                k += 1
    blocks = [[v for idx, v in enumerate(b) if not (idx == shortlen - ecc and j < nshort)]
              for j, b in enumerate(blocks)]
    div = rs_divisor(ecc)
    data = []
    for blk in blocks:
        d, e = blk[:-ecc], blk[-ecc:]
        if rs_remainder(d, div) != e:
            raise ValueError('Reed-Solomon check failed')
        data += d
    bitstr = ''.join('{:08b}'.format(b) for b in data)
    mode = int(bitstr[:4], 2)
    if mode != 4:
        raise ValueError('not byte mode')
    cl = 8 if ver <= 9 else 16
    length = int(bitstr[4:4 + cl], 2)
    start = 4 + cl
    out = bytes(int(bitstr[start + 8 * i:start + 8 * i + 8], 2) for i in range(length))
    return out, ver, ecl, m


def qr_png(text, scale=6, border=4, ecl='M'):
    mod = encode(text, ecl)
    return png_gray1(mod, scale, border)


def decode_png(data, scale=6, border=4):
    rows = read_png_gray1(data)
    n = len(rows) // scale - 2 * border
    mod = [[rows[(border + y) * scale + scale // 2][(border + x) * scale + scale // 2]
            for x in range(n)] for y in range(n)]
    return decode(mod)


def selftest():
    # Reed-Solomon vector for "HELLO WORLD" 1-Q (well-known worked example)
    d = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(d, rs_divisor(10)) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    assert '{:015b}'.format(format_bits('L', 0)) == '111011111000100'
    assert '{:015b}'.format(format_bits('M', 0)) == '101010000010010'
    assert '{:015b}'.format(format_bits('Q', 0)) == '011010101011111'
    assert '{:015b}'.format(format_bits('H', 0)) == '001011010001001'
    assert '{:018b}'.format(version_bits(7)) == '000111110010010100'
    for v in range(1, 11):
        assert sum(1 for row in Grid(v).fn for f in row if not f) == raw_modules(v)
    for t in ['https://example.com/x', 'A' * 120, 'https://a.b/' + 'q' * 230]:
        out, ver, ecl, m = decode(encode(t))
        assert out == t.encode(), (t, out)
    return True


if __name__ == '__main__':
    print(selftest())
