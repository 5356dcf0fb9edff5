"""QR Code Model 2 encoder (byte mode, versions 1-40), written from the ISO/IEC
18004 algorithm. Produces a PNG via lib_png."""
import lib_png

_ECC_CW = {
    "L": [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "M": [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    "Q": [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "H": [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
_NUM_BLOCKS = {
    "L": [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    "M": [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    "Q": [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    "H": [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
_FMT_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


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


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _data_cw(ver, ecl):
    return _raw_modules(ver) // 8 - _ECC_CW[ecl][ver] * _NUM_BLOCKS[ecl][ver]


class QR:
    def __init__(self, data, ecl="M"):
        if isinstance(data, str):
            data = data.encode("utf-8")
        for ver in range(1, 41):
            cc = 8 if ver < 10 else 16
            if 4 + cc + 8 * len(data) <= _data_cw(ver, ecl) * 8:
                break
        else:
            raise ValueError("too long")
        self.ver, self.ecl = ver, ecl
        self.size = ver * 4 + 17
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fun = [[False] * n for _ in range(n)]
        # bit stream
        bits = []

        def put(val, length):
            bits.extend((val >> i) & 1 for i in reversed(range(length)))
        put(4, 4)
        put(len(data), cc)
        for b in data:
            put(b, 8)
        cap = _data_cw(ver, ecl) * 8
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        cws = [sum(bits[i + j] << (7 - j) for j in range(8)) for i in range(0, len(bits), 8)]
        self._draw_function()
        allcw = self._add_ecc(cws)
        self._draw_codewords(allcw)
        best, bestp = 0, None
        for m in range(8):
            self._apply_mask(m)
            self._draw_format(m)
            p = self._penalty()
            if bestp is None or p < bestp:
                best, bestp = m, p
            self._apply_mask(m)
        self._apply_mask(best)
        self._draw_format(best)
        self.mask = best

    def _set(self, x, y, dark):
        self.mod[y][x] = dark
        self.fun[y][x] = True

    def _draw_function(self):
        n = self.size
        for i in range(n):
            self._set(6, i, i % 2 == 0)
            self._set(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (n - 4, 3), (3, n - 4)):
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
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            b = self.ver << 12 | rem
            for i in range(18):
                bit = (b >> i) & 1 == 1
                a, c = n - 11 + i % 3, i // 3
                self._set(a, c, bit)
                self._set(c, a, bit)

    def _align_pos(self):
        if self.ver == 1:
            return []
        na = self.ver // 7 + 2
        step = (self.ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
        res = [self.size - 7 - i * step for i in range(na - 1)] + [6]
        return list(reversed(res))

    def _draw_format(self, mask):
        data = _FMT_BITS[self.ecl] << 3 | mask
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
        ver, ecl = self.ver, self.ecl
        nb = _NUM_BLOCKS[ecl][ver]
        eb = _ECC_CW[ecl][ver]
        raw = _raw_modules(ver) // 8
        nshort = nb - raw % nb
        slen = raw // nb
        div = _rs_divisor(eb)
        blocks = []
        k = 0
        for i in range(nb):
            dat = data[k:k + slen - eb + (0 if i < nshort else 1)]
            k += len(dat)
            ecc = _rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != slen - eb or j >= nshort:
                    out.append(blk[i])
        assert len(out) == raw
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
                    upward = ((right + 1) & 2) == 0
                    y = (n - 1 - vert) if upward else vert
                    if not self.fun[y][x] and i < len(data) * 8:
                        self.mod[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def _apply_mask(self, m):
        f = [lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0, lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][m]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fun[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        p = 0
        for lines in (self.mod, [list(c) for c in zip(*self.mod)]):
            for row in lines:
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
                s = "".join("1" if v else "0" for v in row)
                p += 40 * (s.count("10111010000") + s.count("00001011101"))
        for y in range(n - 1):
            for x in range(n - 1):
                c = self.mod[y][x]
                if c == self.mod[y][x + 1] == self.mod[y + 1][x] == self.mod[y + 1][x + 1]:
                    p += 3
        dark = sum(v for row in self.mod for v in row)
        p += (abs(dark * 20 - n * n * 10) + n * n - 1) // (n * n) * 10
        return p

    def png(self, scale=6, border=4):
        rows = []
        n = self.size
        for y in range(-border, n + border):
            row = bytearray()
            for x in range(-border, n + border):
                dark = 0 <= x < n and 0 <= y < n and self.mod[y][x]
                row.extend([0 if dark else 255] * scale)
            for _ in range(scale):
                rows.append(bytes(row))
        return lib_png.png(rows)


def qr_png(text, ecl="M", scale=6):
    return QR(text, ecl).png(scale=scale)


if __name__ == "__main__":
    import subprocess, sys
    tests = ["https://example.org/", "x" * 100, "https://login-portal.example/a?b=" + "c" * 150]
    for t in tests:
        q = QR(t)
        open("bench/held-out/hundred-and-seventh/_qrtest.png", "wb").write(q.png())
        out = subprocess.run(["zbarimg", "-q", "--raw", "bench/held-out/hundred-and-seventh/_qrtest.png"],
                             capture_output=True, text=True).stdout.strip()
        print(q.ver, q.mask, out == t)
