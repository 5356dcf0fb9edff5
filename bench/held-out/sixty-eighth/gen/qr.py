"""Minimal QR code encoder (ISO/IEC 18004, byte mode, versions 1-10,
all EC levels) and PNG writer.  Standard library only."""
import struct
import zlib

# (total data codewords, ec codewords per block, [(blocks, data cw per block)])
BLOCKS = {
    (1, 'L'): (7, [(1, 19)]), (1, 'M'): (10, [(1, 16)]),
    (1, 'Q'): (13, [(1, 13)]), (1, 'H'): (17, [(1, 9)]),
    (2, 'L'): (10, [(1, 34)]), (2, 'M'): (16, [(1, 28)]),
    (2, 'Q'): (22, [(1, 22)]), (2, 'H'): (28, [(1, 16)]),
    (3, 'L'): (15, [(1, 55)]), (3, 'M'): (26, [(1, 44)]),
    (3, 'Q'): (18, [(2, 17)]), (3, 'H'): (22, [(2, 13)]),
    (4, 'L'): (20, [(1, 80)]), (4, 'M'): (18, [(2, 32)]),
    (4, 'Q'): (26, [(2, 24)]), (4, 'H'): (16, [(4, 9)]),
    (5, 'L'): (26, [(1, 108)]), (5, 'M'): (24, [(2, 43)]),
    (5, 'Q'): (18, [(2, 15), (2, 16)]), (5, 'H'): (22, [(2, 11), (2, 12)]),
    (6, 'L'): (18, [(2, 68)]), (6, 'M'): (16, [(4, 27)]),
    (6, 'Q'): (24, [(4, 19)]), (6, 'H'): (28, [(4, 15)]),
    (7, 'L'): (20, [(2, 78)]), (7, 'M'): (18, [(4, 31)]),
    (7, 'Q'): (18, [(2, 14), (4, 15)]), (7, 'H'): (26, [(4, 13), (1, 14)]),
    (8, 'L'): (24, [(2, 97)]), (8, 'M'): (22, [(2, 38), (2, 39)]),
    (8, 'Q'): (22, [(4, 18), (2, 19)]), (8, 'H'): (26, [(4, 14), (2, 15)]),
    (9, 'L'): (30, [(2, 116)]), (9, 'M'): (22, [(3, 36), (2, 37)]),
    (9, 'Q'): (20, [(4, 16), (4, 17)]), (9, 'H'): (24, [(4, 12), (4, 13)]),
    (10, 'L'): (18, [(2, 68), (2, 69)]), (10, 'M'): (26, [(4, 43), (1, 44)]),
    (10, 'Q'): (24, [(6, 19), (2, 20)]), (10, 'H'): (28, [(6, 15), (2, 16)]),
}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
         7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
ECL_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}


def raw_codewords(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r // 8


for (_v, _l), (_ec, _g) in BLOCKS.items():
    assert sum(b * (d + _ec) for b, d in _g) == raw_codewords(_v), (_v, _l)

# ------------------------------------------------------------- GF(256) / RS
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


def gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return EXP[LOG[a] + LOG[b]]


def rs_generator(n):
    g = [1]
    for i in range(n):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= gmul(c, EXP[i])
        g = ng
    return g  # highest degree first, g[0] == 1


def rs_ecc(data, n):
    gen = rs_generator(n)
    rem = list(data) + [0] * n
    for i in range(len(data)):
        c = rem[i]
        if c:
            for j in range(1, len(gen)):
                rem[i + j] ^= gmul(gen[j], c)
    return rem[len(data):]


def rs_syndromes_zero(codeword, n):
    for i in range(n):
        s = 0
        for c in codeword:
            s = gmul(s, EXP[i]) ^ c
        if s:
            return False
    return True


# ------------------------------------------------------------------ encoding
def bch_format(ecl, mask):
    d = (ECL_BITS[ecl] << 3) | mask
    r = d
    for _ in range(10):
        r = (r << 1) ^ ((r >> 9) * 0x537)
    return ((d << 10) | r) ^ 0x5412


def bch_version(ver):
    r = ver
    for _ in range(12):
        r = (r << 1) ^ ((r >> 11) * 0x1F25)
    return (ver << 12) | r


def mask_fn(m):
    return [lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][m]


def function_map(ver):
    """Grid of booleans: True where a module belongs to a function pattern
    (finder, separator, timing, alignment, format, version, dark module)."""
    size = ver * 4 + 17
    f = [[False] * size for _ in range(size)]

    def mark(x, y):
        if 0 <= x < size and 0 <= y < size:
            f[y][x] = True
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                mark(cx + dx, cy + dy)
    for i in range(size):
        mark(6, i)
        mark(i, 6)
    al = ALIGN[ver]
    for ay in al:
        for ax in al:
            if (ax, ay) in ((6, 6), (6, al[-1]), (al[-1], 6)):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    mark(ax + dx, ay + dy)
    for i in range(9):
        mark(8, i)
        mark(i, 8)
    for i in range(8):
        mark(size - 1 - i, 8)
        mark(8, size - 1 - i)
    if ver >= 7:
        for i in range(18):
            a, b = size - 11 + i % 3, i // 3
            mark(a, b)
            mark(b, a)
    return f


class QR:
    def __init__(self, text, ecl='M', min_ver=1, mask=None):
        data = text.encode('utf-8') if isinstance(text, str) else text
        self.ecl = ecl
        for ver in range(min_ver, 11):
            ec, groups = BLOCKS[(ver, ecl)]
            cap = sum(b * d for b, d in groups)
            ccbits = 8 if ver <= 9 else 16
            if 4 + ccbits + 8 * len(data) <= cap * 8:
                break
        else:
            raise ValueError('data too long for version 10')
        self.ver = ver
        self.size = size = ver * 4 + 17
        bits = []

        def put(v, n):
            bits.extend((v >> (n - 1 - i)) & 1 for i in range(n))
        put(0b0100, 4)
        put(len(data), ccbits)
        for b in data:
            put(b, 8)
        put(0, min(4, cap * 8 - len(bits)))
        while len(bits) % 8:
            bits.append(0)
        cw = [int(''.join(map(str, bits[i:i + 8])), 2)
              for i in range(0, len(bits), 8)]
        pad = 0xEC
        while len(cw) < cap:
            cw.append(pad)
            pad ^= 0xEC ^ 0x11
        # split into blocks, compute ECC, interleave
        blocks, k = [], 0
        for nb, nd in groups:
            for _ in range(nb):
                blocks.append(cw[k:k + nd])
                k += nd
        eccs = [rs_ecc(b, ec) for b in blocks]
        final = []
        for i in range(max(len(b) for b in blocks)):
            for b in blocks:
                if i < len(b):
                    final.append(b[i])
        for i in range(ec):
            for e in eccs:
                final.append(e[i])
        assert len(final) == raw_codewords(ver)
        self.codewords = final
        # place function patterns
        self.func = function_map(ver)
        best = None
        for m in (range(8) if mask is None else [mask]):
            mods = self._draw(final, m)
            p = penalty(mods)
            if best is None or p < best[0]:
                best = (p, m, mods)
        self.mask = best[1]
        self.modules = best[2]

    def _draw(self, final, mask):
        size, ver = self.size, self.ver
        M = [[False] * size for _ in range(size)]
        for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < size and 0 <= y < size:
                        d = max(abs(dx), abs(dy))
                        M[y][x] = d not in (2, 4)
        for i in range(8, size - 8):
            M[6][i] = M[i][6] = (i % 2 == 0)
        al = ALIGN[ver]
        for ay in al:
            for ax in al:
                if (ax, ay) in ((6, 6), (6, al[-1]), (al[-1], 6)):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        M[ay + dy][ax + dx] = max(abs(dx), abs(dy)) != 1
        # data
        i = 0
        nbits = len(final) * 8
        right = size - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(size):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = size - 1 - vert if upward else vert
                    if not self.func[y][x]:
                        bit = 0
                        if i < nbits:
                            bit = (final[i >> 3] >> (7 - (i & 7))) & 1
                            i += 1
                        M[y][x] = bool(bit)
            right -= 2
        mf = mask_fn(mask)
        for y in range(size):
            for x in range(size):
                if not self.func[y][x] and mf(x, y):
                    M[y][x] = not M[y][x]
        # format information
        fb = bch_format(self.ecl, mask)

        def g(n):
            return bool((fb >> n) & 1)
        for k in range(6):
            M[k][8] = g(k)
        M[7][8] = g(6)
        M[8][8] = g(7)
        M[8][7] = g(8)
        for k in range(9, 15):
            M[8][14 - k] = g(k)
        for k in range(8):
            M[8][size - 1 - k] = g(k)
        for k in range(8, 15):
            M[size - 15 + k][8] = g(k)
        M[size - 8][8] = True
        if ver >= 7:
            vb = bch_version(ver)
            for k in range(18):
                bit = bool((vb >> k) & 1)
                a, b = size - 11 + k % 3, k // 3
                M[b][a] = bit
                M[a][b] = bit
        return M

    def png(self, scale=8, border=4):
        return modules_png(self.modules, scale, border)


def penalty(M):
    n = len(M)
    p = 0
    for grid in (M, [list(r) for r in zip(*M)]):
        for row in grid:
            run, prev = 0, None
            for v in row:
                if v == prev:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run, prev = 1, v
            if run >= 5:
                p += 3 + run - 5
            s = ''.join('1' if v else '0' for v in row)
            for pat in ('10111010000', '00001011101'):
                start = s.find(pat)
                while start != -1:
                    p += 40
                    start = s.find(pat, start + 1)
    for y in range(n - 1):
        for x in range(n - 1):
            if M[y][x] == M[y][x + 1] == M[y + 1][x] == M[y + 1][x + 1]:
                p += 3
    dark = sum(sum(r) for r in M)
    p += 10 * (abs(dark * 100 // (n * n) - 50) // 5)
    return p


# ----------------------------------------------------------------------- PNG
def _chunk(tag, data):
    return (struct.pack('>I', len(data)) + tag + data +
            struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff))


def png_gray(rows, width, height, text=None):
    """8-bit grayscale PNG from a list of row byte strings."""
    raw = b''.join(b'\x00' + r for r in rows)
    out = b'\x89PNG\r\n\x1a\n'
    out += _chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\0' + v.encode('latin-1'))
    out += _chunk(b'IDAT', zlib.compress(raw, 9))
    out += _chunk(b'IEND', b'')
    return out


def modules_png(M, scale=8, border=4):
    n = len(M)
    w = (n + 2 * border) * scale
    rows = []
    blank = b'\xff' * w
    for _ in range(border * scale):
        rows.append(blank)
    for y in range(n):
        line = bytearray(b'\xff' * (border * scale))
        for x in range(n):
            line += (b'\x00' if M[y][x] else b'\xff') * scale
        line += b'\xff' * (border * scale)
        row = bytes(line)
        for _ in range(scale):
            rows.append(row)
    for _ in range(border * scale):
        rows.append(blank)
    return png_gray(rows, w, w)


def qr_png(text, ecl='M', scale=8, border=4):
    q = QR(text, ecl)
    return q.png(scale, border), q


def read_png_gray(data):
    """Decode an 8-bit grayscale or RGB(A) non-interlaced PNG -> rows of
    luminance values (for verification)."""
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos = 8
    idat = b''
    while pos < len(data):
        ln = struct.unpack('>I', data[pos:pos + 4])[0]
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])[0]
        assert crc == zlib.crc32(tag + body) & 0xffffffff
        if tag == b'IHDR':
            w, h, depth, ctype, _, _, il = struct.unpack('>IIBBBBB', body)
        elif tag == b'IDAT':
            idat += body
        pos += 12 + ln
    assert depth == 8 and il == 0
    bpp = {0: 1, 2: 3, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    k = 0
    for _ in range(h):
        f = raw[k]
        line = bytearray(raw[k + 1:k + 1 + stride])
        k += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pr) & 255
        rows.append([line[i] if bpp == 1 else sum(line[i:i + 3]) // 3
                     for i in range(0, stride, bpp)])
        prev = line
    return rows
