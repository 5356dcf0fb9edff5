"""Minimal QR code encoder (byte mode, ECC level M or L, versions 1-20) and
PNG writer.  Pure stdlib; follows ISO/IEC 18004."""
import struct
import zlib

_ECC = {  # level: (ecc codewords per block, number of blocks) indexed by version
    "L": ([-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28],
          [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8]),
    "M": ([-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26],
          [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16]),
}
_FMT = {"L": 1, "M": 0}


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _data_cw(ver, lvl):
    e, b = _ECC[lvl][0][ver], _ECC[lvl][1][ver]
    return _raw_modules(ver) // 8 - e * b


def _gmul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_div(deg):
    res = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(deg):
            res[j] = _gmul(res[j], root)
            if j + 1 < deg:
                res[j] ^= res[j + 1]
        root = _gmul(root, 2)
    return res


def _rs_rem(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gmul(c, f)
    return res


def _align_pos(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    size = ver * 4 + 17
    return list(reversed([size - 7 - i * step for i in range(na - 1)] + [6]))


class QR:
    def __init__(self, text, lvl="M"):
        data = text.encode("utf-8") if isinstance(text, str) else text
        for ver in range(1, 21):
            cap = _data_cw(ver, lvl) * 8
            ccbits = 8 if ver < 10 else 16
            if 4 + ccbits + 8 * len(data) <= cap:
                break
        else:
            raise ValueError("too long")
        self.ver, self.lvl = ver, lvl
        self.size = n = ver * 4 + 17
        bits = []

        def put(v, n_):
            bits.extend((v >> i) & 1 for i in reversed(range(n_)))
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
        self.m = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]
        self._draw_function()
        self._place(allcw)
        best = None
        for mask in range(8):
            self._mask(mask)
            self._draw_format(mask)
            p = self._penalty()
            if best is None or p < best[0]:
                best = (p, mask)
            self._mask(mask)
        self.mask = best[1]
        self._mask(self.mask)
        self._draw_format(self.mask)

    # -- codewords
    def _interleave(self, data):
        ver, lvl = self.ver, self.lvl
        nb, el = _ECC[lvl][1][ver], _ECC[lvl][0][ver]
        raw = _raw_modules(ver) // 8
        nshort = nb - raw % nb
        slen = raw // nb
        div = _rs_div(el)
        blocks, k = [], 0
        for i in range(nb):
            d = data[k:k + slen - el + (0 if i < nshort else 1)]
            k += len(d)
            e = _rs_rem(d, div)
            if i < nshort:
                d = d + [0]
            blocks.append(d + e)
        out = []
        for i in range(len(blocks[0])):
            for j, b in enumerate(blocks):
                if i != slen - el or j >= nshort:
                    out.append(b[i])
        return out

    # -- function patterns
    def _set(self, x, y, dark):
        self.m[y][x] = dark
        self.fn[y][x] = True

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
                        self._set(x, y, max(abs(dx), abs(dy)) not in (2, 4))
        ap = _align_pos(self.ver)
        na = len(ap)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.ver << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a, b = n - 11 + i % 3, i // 3
                self._set(a, b, bit)
                self._set(b, a, bit)

    def _draw_format(self, mask):
        n = self.size
        data = _FMT[self.lvl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
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
        total = len(cw) * 8
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    up = ((right + 1) & 2) == 0
                    y = n - 1 - vert if up else vert
                    if not self.fn[y][x] and i < total:
                        self.m[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def _mask(self, k):
        f = [lambda x, y: (x + y) % 2 == 0,
             lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0,
             lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][k]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fn[y][x] and f(x, y):
                    self.m[y][x] = not self.m[y][x]

    def _penalty(self):
        n, m = self.size, self.m
        p = 0
        lines = [m[y] for y in range(n)] + [[m[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run, prev = 0, None
            for v in line:
                if v == prev:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run, prev = 1, v
            if run >= 5:
                p += 3 + run - 5
            s = "".join("1" if v else "0" for v in line)
            for pat in ("10111010000", "00001011101"):
                st = s.find(pat)
                while st != -1:
                    p += 40
                    st = s.find(pat, st + 1)
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in m)
        tot = n * n
        k = (abs(dark * 20 - tot * 10) + tot - 1) // tot - 1
        return p + k * 10


def png(rows, scale=1):
    """rows: list of lists of booleans (True = dark). 8-bit greyscale PNG."""
    h, w = len(rows) * scale, len(rows[0]) * scale
    raw = bytearray()
    for r in rows:
        line = bytearray([0])
        for v in r:
            line += bytes([0 if v else 255]) * scale
        for _ in range(scale):
            raw += line

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def qr_png(text, lvl="M", scale=6, border=4):
    q = QR(text, lvl)
    n = q.size + 2 * border
    rows = [[False] * n for _ in range(n)]
    for y in range(q.size):
        for x in range(q.size):
            rows[y + border][x + border] = q.m[y][x]
    return png(rows, scale)
