"""QR Code encoder (ISO/IEC 18004), byte mode, versions 1-10, EC levels L/M.

Written from the specification; output verified by an external decoder in
the check step.  No randomness."""

# (ec codewords per block, [(number of blocks, data codewords per block), ...])
_TABLE = {
    1: {"L": (7, [(1, 19)]), "M": (10, [(1, 16)])},
    2: {"L": (10, [(1, 34)]), "M": (16, [(1, 28)])},
    3: {"L": (15, [(1, 55)]), "M": (26, [(1, 44)])},
    4: {"L": (20, [(1, 80)]), "M": (18, [(2, 32)])},
    5: {"L": (26, [(1, 108)]), "M": (24, [(2, 43)])},
    6: {"L": (18, [(2, 68)]), "M": (16, [(4, 27)])},
    7: {"L": (20, [(2, 78)]), "M": (18, [(4, 31)])},
    8: {"L": (24, [(2, 97)]), "M": (22, [(2, 38), (2, 39)])},
    9: {"L": (30, [(2, 116)]), "M": (22, [(3, 36), (2, 37)])},
    10: {"L": (18, [(2, 68), (2, 69)]), "M": (26, [(4, 43), (1, 44)])},
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
_REMAINDER = {1: 0, 2: 7, 3: 7, 4: 7, 5: 7, 6: 7, 7: 0, 8: 0, 9: 0, 10: 0}
_ECL_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}


# ----------------------------------------------------------- Reed-Solomon
def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
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
        root = _gf_mul(root, 0x02)
    return res


def _rs_remainder(data, divisor):
    res = [0] * len(divisor)
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, coef in enumerate(divisor):
            res[i] ^= _gf_mul(coef, factor)
    return res


# ----------------------------------------------------------- encoder
class QR(object):
    def __init__(self, data, ecl="M", min_version=1):
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.ecl = ecl
        for v in range(min_version, 11):
            ec, groups = _TABLE[v][ecl]
            cap = sum(n * k for n, k in groups)
            cc_bits = 8 if v < 10 else 16
            if 4 + cc_bits + 8 * len(data) <= cap * 8:
                break
        else:
            raise ValueError("data too long for version 10")
        self.version = v
        self.size = 17 + 4 * v
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]
        self._function_patterns()
        cw = self._codewords(data)
        self._place(cw)
        best, best_pen = None, None
        for m in range(8):
            self._apply_mask(m)
            self._format_bits(m)
            pen = self._penalty()
            if best_pen is None or pen < best_pen:
                best, best_pen = m, pen
            self._apply_mask(m)   # undo (xor)
        self.mask = best
        self._apply_mask(best)
        self._format_bits(best)

    # -- drawing helpers (x = column, y = row)
    def _setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.fn[y][x] = True

    def _function_patterns(self):
        n = self.size
        for i in range(n):
            self._setf(6, i, i % 2 == 0)
            self._setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self._setf(x, y, d not in (2, 4))
        al = _ALIGN[self.version]
        k = len(al)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._setf(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._format_bits(0)
        if self.version >= 7:
            rem = self.version
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.version << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self._setf(a, b, bit)
                self._setf(b, a, bit)

    def _format_bits(self, mask):
        n = self.size
        data = _ECL_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412

        def g(i):
            return (bits >> i) & 1 == 1
        for i in range(0, 6):
            self._setf(8, i, g(i))
        self._setf(8, 7, g(6))
        self._setf(8, 8, g(7))
        self._setf(7, 8, g(8))
        for i in range(9, 15):
            self._setf(14 - i, 8, g(i))
        for i in range(0, 8):
            self._setf(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self._setf(8, n - 15 + i, g(i))
        self._setf(8, n - 8, True)

    def _codewords(self, data):
        v = self.version
        ec, groups = _TABLE[v][self.ecl]
        cap = sum(nb * k for nb, k in groups)
        bits = []

        def put(val, length):
            for i in range(length - 1, -1, -1):
                bits.append((val >> i) & 1)
        put(0b0100, 4)
        put(len(data), 8 if v < 10 else 16)
        for b in data:
            put(b, 8)
        put(0, min(4, cap * 8 - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap * 8:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        dcw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        div = _rs_divisor(ec)
        blocks = []
        k = 0
        for nb, dl in groups:
            for _ in range(nb):
                d = dcw[k:k + dl]
                k += dl
                blocks.append((d, _rs_remainder(d, div)))
        out = []
        for i in range(max(len(d) for d, _ in blocks)):
            for d, _ in blocks:
                if i < len(d):
                    out.append(d[i])
        for i in range(ec):
            for _, e in blocks:
                out.append(e[i])
        return out

    def _place(self, cw):
        n = self.size
        total = len(cw) * 8
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
                    if not self.fn[y][x]:
                        if i < total:
                            self.mod[y][x] = ((cw[i >> 3] >> (7 - (i & 7))) & 1) == 1
                            i += 1
                        # remainder bits stay light
            right -= 2
        assert i == total

    def _apply_mask(self, m):
        n = self.size
        for y in range(n):
            for x in range(n):
                if self.fn[y][x]:
                    continue
                if m == 0:
                    inv = (x + y) % 2 == 0
                elif m == 1:
                    inv = y % 2 == 0
                elif m == 2:
                    inv = x % 3 == 0
                elif m == 3:
                    inv = (x + y) % 3 == 0
                elif m == 4:
                    inv = (x // 3 + y // 2) % 2 == 0
                elif m == 5:
                    inv = x * y % 2 + x * y % 3 == 0
                elif m == 6:
                    inv = (x * y % 2 + x * y % 3) % 2 == 0
                else:
                    inv = ((x + y) % 2 + x * y % 3) % 2 == 0
                if inv:
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        m = self.mod
        pen = 0
        lines = [m[y] for y in range(n)] + [[m[y][x] for y in range(n)] for x in range(n)]
        pat1 = [True, False, True, True, True, False, True, False, False, False, False]
        pat2 = pat1[::-1]
        for ln in lines:
            run = 1
            for i in range(1, n):
                if ln[i] == ln[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        pen += 3 + run - 5
                    run = 1
            if run >= 5:
                pen += 3 + run - 5
            for i in range(n - 10):
                seg = ln[i:i + 11]
                if seg == pat1 or seg == pat2:
                    pen += 40
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    pen += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        pen += k * 10
        return pen

    def matrix(self):
        return [row[:] for row in self.mod]


def qr_png(text, scale=6, border=4, ecl="M"):
    from . import png
    q = QR(text, ecl)
    n = q.size
    w = (n + 2 * border) * scale
    rows = []
    for y in range(-border, n + border):
        row = bytearray()
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and q.mod[y][x]
            row += bytes([0 if dark else 255]) * scale
        for _ in range(scale):
            rows.append(bytes(row))
    return png.gray(w, len(rows), rows), q
