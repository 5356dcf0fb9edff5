"""Minimal QR Code encoder (byte mode, versions 1-10, ECC L/M) and PNG writer.
Follows ISO/IEC 18004 (structure modelled on Project Nayuki's reference)."""

import struct
import zlib

# index = version (1..10)
_ECC_PER_BLOCK = {"L": [None, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
                  "M": [None, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26]}
_NUM_BLOCKS = {"L": [None, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
               "M": [None, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5]}
_FORMAT_BITS = {"L": 1, "M": 0}


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = _gf_mul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = _gf_mul(root, 2)
    return res


def _rs_remainder(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, f)
    return res


class QR:
    def __init__(self, text, ecl="M"):
        data = text.encode("utf-8")
        for ver in range(1, 11):
            ccbits = 8 if ver < 10 else 16
            need = 4 + ccbits + 8 * len(data)
            if need <= _data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError("payload too long for version 10")
        self.ver, self.ecl = ver, ecl
        self.size = ver * 4 + 17
        cap = _data_codewords(ver, ecl) * 8
        bits = []

        def put(val, n):
            bits.extend((val >> i) & 1 for i in reversed(range(n)))
        put(4, 4)
        put(len(data), ccbits)
        for b in data:
            put(b, 8)
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        allcw = self._interleave(cw)
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fun = [[False] * n for _ in range(n)]
        self._function_patterns()
        self._draw_codewords(allcw)
        best = None
        for m in range(8):
            self._mask(m)
            self._format(m)
            p = self._penalty()
            if best is None or p < best[0]:
                best = (p, m)
            self._mask(m)
        self.mask = best[1]
        self._mask(self.mask)
        self._format(self.mask)

    # ---------------------------------------------------------------
    def _set(self, x, y, dark):
        self.mod[y][x] = dark
        self.fun[y][x] = True

    def _align_pos(self):
        if self.ver == 1:
            return []
        na = self.ver // 7 + 2
        step = (self.ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
        res = [self.size - 7 - i * step for i in range(na - 1)] + [6]
        return list(reversed(res))

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
        ap = self._align_pos()
        k = len(ap)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._format(0)
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.ver << 12 | rem
            for i in range(18):
                b = (bits >> i) & 1 == 1
                a, c = n - 11 + i % 3, i // 3
                self._set(a, c, b)
                self._set(c, a, b)

    def _format(self, mask):
        data = _FORMAT_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        n = self.size

        def g(i):
            return (bits >> i) & 1 == 1
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
        nb = _NUM_BLOCKS[self.ecl][self.ver]
        el = _ECC_PER_BLOCK[self.ecl][self.ver]
        raw = _raw_modules(self.ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = _rs_divisor(el)
        blocks = []
        k = 0
        for i in range(nb):
            dat = data[k:k + shortlen - el + (0 if i < nshort else 1)]
            k += len(dat)
            ecc = _rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - el or j >= nshort:
                    out.append(blk[i])
        return out

    def _draw_codewords(self, data):
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
                    if not self.fun[y][x] and i < len(data) * 8:
                        self.mod[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    _MASKS = [lambda x, y: (x + y) % 2 == 0,
              lambda x, y: y % 2 == 0,
              lambda x, y: x % 3 == 0,
              lambda x, y: (x + y) % 3 == 0,
              lambda x, y: (x // 3 + y // 2) % 2 == 0,
              lambda x, y: x * y % 2 + x * y % 3 == 0,
              lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
              lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0]

    def _mask(self, m):
        f = self._MASKS[m]
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
                        p += 3 + run - 5
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
        k = abs(dark * 20 - n * n * 10) // (n * n)
        p += k * 10
        return p


def png_gray(rows, width, height):
    raw = b"".join(b"\x00" + bytes(r) for r in rows)

    def chunk(t, d):
        c = t + d
        return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def qr_png(text, scale=6, border=4, ecl="M"):
    q = QR(text, ecl)
    n = q.size + 2 * border
    rows = []
    for y in range(n):
        row = []
        for x in range(n):
            qx, qy = x - border, y - border
            dark = 0 <= qx < q.size and 0 <= qy < q.size and q.mod[qy][qx]
            row.extend([0 if dark else 255] * scale)
        for _ in range(scale):
            rows.append(row)
    return png_gray(rows, n * scale, n * scale)


def qr_matrix(text, ecl="M"):
    q = QR(text, ecl)
    return q.mod
