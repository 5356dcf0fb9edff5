"""Minimal QR Code encoder (byte mode, model 2, versions 1-40) and PNG
writer, standard library only.  Follows ISO/IEC 18004."""
import struct
import zlib

# index [ecl][version]; ecl order L, M, Q, H
ECC_PER_BLOCK = (
    (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30))
NUM_BLOCKS = (
    (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81))
ECL = {'L': (0, 1), 'M': (1, 0), 'Q': (2, 3), 'H': (3, 2)}   # index, format bits


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    i = ECL[ecl][0]
    return raw_modules(ver) // 8 - ECC_PER_BLOCK[i][ver] * NUM_BLOCKS[i][ver]


def align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(res))


# ------------------------------------------------------ Reed-Solomon
def gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


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


# ------------------------------------------------------ encoder
class QR:
    def __init__(self, payload, ecl='M', mask=None, minver=1):
        if isinstance(payload, str):
            payload = payload.encode('utf-8')
        self.ecl = ecl
        for ver in range(minver, 41):
            cap = data_codewords(ver, ecl) * 8
            ccbits = 8 if ver <= 9 else 16
            need = 4 + ccbits + 8 * len(payload)
            if need <= cap:
                break
        else:
            raise ValueError('payload too long')
        self.ver = ver
        self.size = ver * 4 + 17
        bits = []

        def put(val, n):
            for i in reversed(range(n)):
                bits.append((val >> i) & 1)
        put(0b0100, 4)
        put(len(payload), ccbits)
        for b in payload:
            put(b, 8)
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        data = [int(''.join(map(str, bits[i:i + 8])), 2)
                for i in range(0, len(bits), 8)]
        pad = 0xEC
        while len(data) < cap // 8:
            data.append(pad)
            pad ^= 0xEC ^ 0x11
        self.codewords = self._interleave(data)
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]
        self._function_patterns()
        self._place(self.codewords)
        if mask is None:
            best = None
            for m in range(8):
                self._apply_mask(m)
                self._format(m)
                p = self._penalty()
                if best is None or p < best[0]:
                    best = (p, m)
                self._apply_mask(m)
            mask = best[1]
        self.mask = mask
        self._apply_mask(mask)
        self._format(mask)

    def _interleave(self, data):
        i = ECL[self.ecl][0]
        nb = NUM_BLOCKS[i][self.ver]
        eb = ECC_PER_BLOCK[i][self.ver]
        raw = raw_modules(self.ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = rs_divisor(eb)
        blocks, k = [], 0
        for b in range(nb):
            dat = data[k:k + shortlen - eb + (0 if b < nshort else 1)]
            k += len(dat)
            ecc = rs_remainder(dat, div)
            if b < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for j in range(len(blocks[0])):
            for b, blk in enumerate(blocks):
                if j != shortlen - eb or b >= nshort:
                    out.append(blk[j])
        assert len(out) == raw
        return out

    def _set(self, x, y, dark):
        self.mod[y][x] = dark
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
        pos = align_positions(self.ver)
        last = len(pos) - 1
        for i, a in enumerate(pos):
            for j, b in enumerate(pos):
                if (i == 0 and j == 0) or (i == 0 and j == last) or (i == last and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)
        self._format(0)     # reserve
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.ver << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self._set(a, b, bit)
                self._set(b, a, bit)

    def format_bits(self, mask):
        data = ECL[self.ecl][1] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        return (data << 10 | rem) ^ 0x5412

    def _format(self, mask):
        bits = self.format_bits(mask)
        n = self.size
        g = lambda i: (bits >> i) & 1 == 1
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

    def _place(self, cw):
        n = self.size
        i = 0
        right = n - 1
        total = len(cw) * 8
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    up = ((right + 1) & 2) == 0
                    y = n - 1 - vert if up else vert
                    if not self.fn[y][x] and i < total:
                        self.mod[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    MASKS = (lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0, lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0)

    def _apply_mask(self, m):
        f = self.MASKS[m]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fn[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n, M = self.size, self.mod
        p = 0
        for grid in (M, [list(c) for c in zip(*M)]):
            for row in grid:
                run, prev = 0, None
                for v in row:
                    if v == prev:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run, prev = 1, v
                if run >= 5:
                    p += run - 2
                s = ''.join('1' if v else '0' for v in row)
                p += 40 * (s.count('10111010000') + s.count('00001011101'))
        for y in range(n - 1):
            for x in range(n - 1):
                c = M[y][x]
                if c == M[y][x + 1] == M[y + 1][x] == M[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in M)
        p += (abs(dark * 20 - n * n * 10) // (n * n)) * 10
        return p

    # -------------------------------------------------- output
    def png(self, scale=8, border=4):
        n = self.size
        W = (n + 2 * border) * scale
        rows = []
        for yy in range(W):
            y = yy // scale - border
            row = bytearray([0])
            for xx in range(W):
                x = xx // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.mod[y][x]
                row.append(0 if dark else 255)
            rows.append(bytes(row))
        return png_gray(W, W, b''.join(rows))


def _chunk(tag, data):
    return (struct.pack('>I', len(data)) + tag + data +
            struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff))


def png_gray(w, h, raw_filtered):
    return (b'\x89PNG\r\n\x1a\n' +
            _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) +
            _chunk(b'IDAT', zlib.compress(raw_filtered, 9)) +
            _chunk(b'IEND', b''))


def png_rgb(w, h, pixels):
    """pixels: list of rows, each a list of (r,g,b)."""
    raw = b''.join(b'\x00' + bytes(c for px in row for c in px) for row in pixels)
    return (b'\x89PNG\r\n\x1a\n' +
            _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            _chunk(b'IDAT', zlib.compress(raw, 9)) +
            _chunk(b'IEND', b''))


def qr_png(text, scale=6, ecl='M'):
    return QR(text, ecl).png(scale=scale)


def selftest():
    # Thonky / ISO example: "HELLO WORLD" 1-M data codewords -> EC codewords
    d = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(d, rs_divisor(10)) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    q = QR('x', 'M')
    assert format(q.format_bits(0), '015b') == '101010000010010'
    q.ecl = 'L'
    assert format(q.format_bits(0), '015b') == '111011111000100'
    return True


if __name__ == '__main__':
    selftest()
    import sys
    open(sys.argv[2] if len(sys.argv) > 2 else '/dev/stdout', 'wb').write(qr_png(sys.argv[1]))
