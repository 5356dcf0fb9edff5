"""Minimal QR Code Model 2 encoder (byte mode, versions 1-10, all ECC
levels) and a PNG writer.  Follows ISO/IEC 18004; standard library only."""
import struct
import zlib

_ECC_PER_BLOCK = {
    'L': [7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
    'M': [10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
    'Q': [13, 22, 18, 26, 18, 24, 18, 22, 20, 24],
    'H': [17, 28, 22, 16, 22, 28, 26, 26, 24, 28],
}
_NUM_BLOCKS = {
    'L': [1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    'M': [1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
    'Q': [1, 1, 2, 2, 4, 4, 6, 6, 8, 8],
    'H': [1, 1, 2, 4, 4, 4, 5, 6, 8, 8],
}
_FORMAT_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver - 1] * _NUM_BLOCKS[ecl][ver - 1]


def _gf_mul(x, y):
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
            result[j] = _gf_mul(result[j], root)
            if j + 1 < degree:
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


class QR:
    def __init__(self, payload, ecl='M', mask=None):
        if isinstance(payload, str):
            payload = payload.encode('utf-8')
        self.ecl = ecl
        for ver in range(1, 11):
            ccbits = 8 if ver <= 9 else 16
            if 4 + ccbits + 8 * len(payload) <= _data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError('payload too long')
        self.version = ver
        self.size = ver * 4 + 17
        bits = []

        def put(val, n):
            for i in reversed(range(n)):
                bits.append((val >> i) & 1)
        put(0b0100, 4)
        put(len(payload), ccbits)
        for b in payload:
            put(b, 8)
        cap = _data_codewords(ver, ecl) * 8
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        data = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]
        self._function_patterns()
        self._draw_codewords(self._interleave(data))
        if mask is None:
            best = None
            for msk in range(8):
                self._apply_mask(msk)
                self._draw_format(msk)
                p = self._penalty()
                if best is None or p < best[0]:
                    best = (p, msk)
                self._apply_mask(msk)
            mask = best[1]
        self._apply_mask(mask)
        self._draw_format(mask)
        self.mask = mask

    # -- function patterns
    def _set(self, x, y, dark):
        self.m[y][x] = bool(dark)
        self.fn[y][x] = True

    def _function_patterns(self):
        n = self.size
        for i in range(n):
            self._set(6, i, i % 2 == 0)
            self._set(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        self._set(x, y, max(abs(dx), abs(dy)) not in (2, 4))
        pos = self._align_pos()
        k = len(pos)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)
        if self.version >= 7:
            rem = self.version
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            b = self.version << 12 | rem
            for i in range(18):
                bit = (b >> i) & 1
                a, c = n - 11 + i % 3, i // 3
                self._set(a, c, bit)
                self._set(c, a, bit)

    def _align_pos(self):
        v = self.version
        if v == 1:
            return []
        na = v // 7 + 2
        step = (v * 4 + na * 2 + 1) // (na * 2 - 2) * 2
        res = [self.size - 7 - i * step for i in range(na - 1)] + [6]
        return list(reversed(res))

    def _draw_format(self, mask):
        n = self.size
        data = _FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412

        def g(i):
            return (bits >> i) & 1
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

    def _interleave(self, data):
        v, e = self.version, self.ecl
        nb = _NUM_BLOCKS[e][v - 1]
        ecl_len = _ECC_PER_BLOCK[e][v - 1]
        raw = _raw_modules(v) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = _rs_divisor(ecl_len)
        blocks = []
        k = 0
        for i in range(nb):
            dl = shortlen - ecl_len + (0 if i < nshort else 1)
            dat = data[k:k + dl]
            k += dl
            ecc = _rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - ecl_len or j >= nshort:
                    out.append(blk[i])
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
                    upward = ((right + 1) & 2) == 0
                    y = (n - 1 - vert) if upward else vert
                    if not self.fn[y][x] and i < len(cw) * 8:
                        self.m[y][x] = bool((cw[i >> 3] >> (7 - (i & 7))) & 1)
                        i += 1
            right -= 2

    def _apply_mask(self, msk):
        f = [lambda x, y: (x + y) % 2 == 0,
             lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0,
             lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][msk]
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.fn[y][x] and f(x, y):
                    self.m[y][x] = not self.m[y][x]

    def _penalty(self):
        n = self.size
        m = self.m
        p = 0
        lines = [m[y] for y in range(n)] + [[m[y][x] for y in range(n)] for x in range(n)]
        pat1 = [True, False, True, True, True, False, True, False, False, False, False]
        pat2 = pat1[::-1]
        for ln in lines:
            run = 1
            for i in range(1, n + 1):
                if i < n and ln[i] == ln[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run = 1
            for i in range(n - 10):
                seg = ln[i:i + 11]
                if seg == pat1 or seg == pat2:
                    p += 40
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in m)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        p += max(k, 0) * 10
        return p

    def png(self, scale=6, border=4):
        n = self.size
        w = (n + 2 * border) * scale
        rows = []
        for yy in range(w):
            y = yy // scale - border
            row = bytearray([0])
            for xx in range(w):
                x = xx // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.m[y][x]
                row.append(0 if dark else 255)
            rows.append(bytes(row))
        return png_gray(w, w, b''.join(rows))

    def bitmap(self, border=4):
        """Rows of 0/1 (1 = dark), including quiet zone, for embedding."""
        n = self.size
        out = []
        for y in range(-border, n + border):
            out.append([1 if (0 <= x < n and 0 <= y < n and self.m[y][x]) else 0
                        for x in range(-border, n + border)])
        return out


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def png_gray(w, h, filtered_rows):
    return (b'\x89PNG\r\n\x1a\n' +
            _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) +
            _chunk(b'IDAT', zlib.compress(filtered_rows, 9)) +
            _chunk(b'IEND', b''))


def png_rgb(w, h, pixel):
    """pixel(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pixel(x, y))
    return (b'\x89PNG\r\n\x1a\n' +
            _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            _chunk(b'IDAT', zlib.compress(bytes(raw), 9)) +
            _chunk(b'IEND', b''))


def qr_png(payload, ecl='M', scale=6):
    return QR(payload, ecl).png(scale)
