"""Minimal QR code encoder (byte mode, versions 1-40, ECC L/M/Q/H) and PNG
writer, stdlib only.  Follows ISO/IEC 18004: Reed-Solomon over GF(256)/0x11D,
block interleaving, function patterns, BCH-coded format/version information
and penalty-based mask selection."""
import struct
import zlib

_ECC_PER_BLOCK = {
    'L': (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    'M': (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    'Q': (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    'H': (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
}
_NUM_BLOCKS = {
    'L': (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    'M': (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    'Q': (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    'H': (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
}
_FORMAT_ECL = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}

# GF(256) tables
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


def gf_mul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    return raw_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]


def align_positions(ver):
    if ver == 1:
        return []
    n = ver // 7 + 2
    step = 26 if ver == 32 else (ver * 4 + n * 2 + 1) // (n * 2 - 2) * 2
    size = ver * 4 + 17
    res = [size - 7 - i * step for i in range(n - 1)] + [6]
    return sorted(res)


def rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = gf_mul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = gf_mul(root, 2)
    return res


def rs_remainder(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= gf_mul(c, f)
    return res


class QR:
    def __init__(self, data, ecl='M', min_version=1, mask=None):
        if isinstance(data, str):
            data = data.encode('utf-8')
        self.ecl = ecl
        for ver in range(min_version, 41):
            ccbits = 8 if ver < 10 else 16
            need = 4 + ccbits + 8 * len(data)
            if need <= data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError('data too long')
        self.version = ver
        self.size = ver * 4 + 17
        bits = []

        def put(val, n):
            for i in range(n - 1, -1, -1):
                bits.append((val >> i) & 1)
        put(4, 4)
        put(len(data), ccbits)
        for b in data:
            put(b, 8)
        cap = data_codewords(ver, ecl) * 8
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        allcw = self._add_ecc(cw)
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fun = [[False] * n for _ in range(n)]
        self._draw_function()
        self._draw_codewords(allcw)
        if mask is None:
            best = None
            for m in range(8):
                self._apply_mask(m)
                self._draw_format(m)
                p = self._penalty()
                if best is None or p < best[0]:
                    best = (p, m)
                self._apply_mask(m)
            mask = best[1]
        self._apply_mask(mask)
        self._draw_format(mask)
        self.mask = mask

    def _set(self, x, y, dark):
        self.mod[y][x] = dark
        self.fun[y][x] = True

    def _draw_function(self):
        n = self.size
        for i in range(n):
            self._set(6, i, i % 2 == 0)
            self._set(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self._set(x, y, d not in (2, 4))
        pos = align_positions(self.version)
        last = len(pos) - 1
        for i, a in enumerate(pos):
            for j, b in enumerate(pos):
                if (i == 0 and j == 0) or (i == 0 and j == last) or (i == last and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)
        if self.version >= 7:
            rem = self.version
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.version << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a, b = n - 11 + i % 3, i // 3
                self._set(a, b, bit)
                self._set(b, a, bit)

    def _draw_format(self, mask):
        data = _FORMAT_ECL[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1 == 1
        n = self.size
        for i in range(6):
            self._set(8, i, g(i))
        self._set(8, 7, g(6))
        self._set(8, 8, g(7))
        self._set(7, 8, g(8))
        for i in range(9, 15):
            self._set(14 - i, 8, g(i))
        for i in range(8):
            self._set(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self._set(8, n - 15 + i, g(i))
        self._set(8, n - 8, True)

    def _add_ecc(self, data):
        ver, ecl = self.version, self.ecl
        nb = _NUM_BLOCKS[ecl][ver]
        eb = _ECC_PER_BLOCK[ecl][ver]
        raw = raw_modules(ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = rs_divisor(eb)
        blocks = []
        k = 0
        for i in range(nb):
            dl = shortlen - eb + (0 if i < nshort else 1)
            dat = data[k:k + dl]
            k += dl
            ecc = rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for j, b in enumerate(blocks):
                if i != shortlen - eb or j >= nshort:
                    out.append(b[i])
        return out

    def _draw_codewords(self, cw):
        n = self.size
        i = 0
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    up = ((right + 1) & 2) == 0
                    y = n - 1 - vert if up else vert
                    if not self.fun[y][x] and i < len(cw) * 8:
                        self.mod[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def _apply_mask(self, m):
        f = [lambda x, y: (x + y) % 2 == 0,
             lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0,
             lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][m]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fun[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n, M = self.size, self.mod
        p = 0
        lines = [M[y] for y in range(n)] + [[M[y][x] for y in range(n)] for x in range(n)]
        pat1 = [True, False, True, True, True, False, True, False, False, False, False]
        pat2 = pat1[::-1]
        for ln in lines:
            run = 1
            for i in range(1, n + 1):
                if i < n and ln[i] == ln[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
                    run = 1
            for i in range(n - 10):
                seg = ln[i:i + 11]
                if seg == pat1 or seg == pat2:
                    p += 40
        for y in range(n - 1):
            for x in range(n - 1):
                c = M[y][x]
                if c == M[y][x + 1] == M[y + 1][x] == M[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in M)
        k = (abs(dark * 20 - n * n * 10) + n * n - 1) // (n * n) - 1
        p += k * 10
        return p

    def png(self, scale=6, border=4):
        n = self.size
        w = (n + 2 * border) * scale
        rows = []
        for y in range(w):
            my = y // scale - border
            row = bytearray(w)
            for x in range(w):
                mx = x // scale - border
                dark = 0 <= mx < n and 0 <= my < n and self.mod[my][mx]
                row[x] = 0 if dark else 255
            rows.append(bytes(row))
        return png_gray(w, w, rows)


def _chunk(t, d):
    return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)


def png_gray(w, h, rows, text=None):
    raw = b''.join(b'\x00' + r for r in rows)
    out = b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\0' + v.encode('latin-1'))
    return out + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b'')


def png_rgb(w, h, rows, text=None):
    raw = b''.join(b'\x00' + r for r in rows)
    out = b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
    if text:
        for k, v in text:
            out += _chunk(b'tEXt', k.encode('latin-1') + b'\0' + v.encode('latin-1'))
    return out + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b'')


def qr_png(text, ecl='M', scale=6):
    return QR(text, ecl).png(scale)


# ---------------------------------------------------------------- decoder
# Independent read-back used by the build checks: parses the PNG written
# above, reads format info, unmasks, de-interleaves, verifies every RS block
# by syndromes and decodes the byte-mode segment.
def _read_png_gray(data):
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos, idat, w = 8, b'', None
    while pos < len(data):
        ln, = struct.unpack('>I', data[pos:pos + 4])
        t = data[pos + 4:pos + 8]
        d = data[pos + 8:pos + 8 + ln]
        if t == b'IHDR':
            w, h, bd, ct = struct.unpack('>IIBB', d[:10])
            assert bd == 8 and ct == 0
        elif t == b'IDAT':
            idat += d
        pos += 12 + ln
    raw = zlib.decompress(idat)
    rows = []
    for y in range(h):
        line = raw[y * (w + 1):(y + 1) * (w + 1)]
        assert line[0] == 0
        rows.append(line[1:])
    return w, h, rows


def decode_png(data):
    w, h, rows = _read_png_gray(data)
    # locate quiet zone / module size from the top-left finder pattern
    y0 = next(y for y in range(h) if 0 in rows[y])
    x0 = rows[y0].index(0)
    run = 0
    while rows[y0][x0 + run] == 0:
        run += 1
    scale = run // 7
    x1 = w - 1 - rows[y0][::-1].index(0)
    n = (x1 - x0 + 1) // scale
    M = [[rows[y0 + y * scale + scale // 2][x0 + x * scale + scale // 2] == 0
          for x in range(n)] for y in range(n)]
    ver = (n - 17) // 4
    fb = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        fb |= M[y][x] << i
    fb ^= 0x5412
    data5 = fb >> 10
    rem = data5
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    assert (data5 << 10 | rem) == fb, 'format BCH mismatch'
    ecl = {1: 'L', 0: 'M', 3: 'Q', 2: 'H'}[data5 >> 3]
    mask = data5 & 7
    ref = QR(b'', ecl, min_version=ver, mask=0)  # function-pattern map only
    assert ref.version == ver
    f = [lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0, lambda x, y: x % 3 == 0,
         lambda x, y: (x + y) % 3 == 0, lambda x, y: (x // 3 + y // 2) % 2 == 0,
         lambda x, y: x * y % 2 + x * y % 3 == 0, lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
         lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][mask]
    bits = []
    right = n - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(n):
            for j in range(2):
                x = right - j
                y = n - 1 - vert if ((right + 1) & 2) == 0 else vert
                if not ref.fun[y][x]:
                    bits.append(M[y][x] ^ f(x, y))
        right -= 2
    raw = raw_modules(ver) // 8
    cw = [int(''.join(str(int(b)) for b in bits[i * 8:i * 8 + 8]), 2) for i in range(raw)]
    nb, eb = _NUM_BLOCKS[ecl][ver], _ECC_PER_BLOCK[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i != shortlen - eb or j >= nshort:
                blocks[j].append(cw[k])
                k += 1
    data = []
    for j, b in enumerate(blocks):
        # syndromes must vanish for a valid RS codeword
        for r in range(eb):
            s = 0
            for c in b:
                s = gf_mul(s, _EXP[r]) ^ c
            assert s == 0, 'RS syndrome non-zero'
        data += b[:len(b) - eb]
    bs = ''.join(format(c, '08b') for c in data)
    assert bs[:4] == '0100'
    ccb = 8 if ver < 10 else 16
    ln = int(bs[4:4 + ccb], 2)
    payload = bytes(int(bs[4 + ccb + 8 * i:12 + ccb + 8 * i], 2) for i in range(ln))
    return payload.decode('utf-8')
