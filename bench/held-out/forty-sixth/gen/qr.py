"""Minimal QR Code Model 2 encoder (byte mode, versions 1-10, EC level M or L)
and a PNG writer.  Pure standard library."""
import struct
import zlib

# error-correction codewords per block and number of blocks, index = version
_ECC = {
    "L": ([0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18], [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4]),
    "M": ([0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26], [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5]),
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


def _data_cw(ver, ecl):
    e, b = _ECC[ecl]
    return _raw_modules(ver) // 8 - e[ver] * b[ver]


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_divisor(deg):
    res = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(deg):
            res[j] = _gf_mul(res[j], root)
            if j + 1 < deg:
                res[j] ^= res[j + 1]
        root = _gf_mul(root, 2)
    return res


def rs_remainder(data, deg):
    div = _rs_divisor(deg)
    res = [0] * deg
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, f)
    return res


def _align_pos(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    r = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(r))


class QR:
    def __init__(self, data, ecl="M", mask=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        for ver in range(1, 11):
            ccbits = 8 if ver < 10 else 16
            if 4 + ccbits + 8 * len(data) <= _data_cw(ver, ecl) * 8:
                break
        else:
            raise ValueError("data too long")
        self.ver, self.ecl = ver, ecl
        self.size = ver * 4 + 17
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.f = [[False] * n for _ in range(n)]
        # bit stream
        bits = [0, 1, 0, 0]
        bits += [(len(data) >> i) & 1 for i in reversed(range(ccbits))]
        for byte in data:
            bits += [(byte >> i) & 1 for i in reversed(range(8))]
        cap = _data_cw(ver, ecl) * 8
        bits += [0] * min(4, cap - len(bits))
        bits += [0] * (-len(bits) % 8)
        cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        pad = 0xEC
        while len(cw) < cap // 8:
            cw.append(pad)
            pad ^= 0xEC ^ 0x11
        self._function_patterns()
        allcw = self._interleave(cw)
        self._place(allcw)
        if mask is None:
            best = None
            for msk in range(8):
                self._apply_mask(msk)
                self._format(msk)
                p = self._penalty()
                if best is None or p < best[0]:
                    best = (p, msk)
                self._apply_mask(msk)
            mask = best[1]
        self._apply_mask(mask)
        self._format(mask)
        self.mask = mask

    # -- construction helpers
    def _set(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

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
                        d = max(abs(dx), abs(dy))
                        self._set(x, y, d not in (2, 4))
        ap = _align_pos(self.ver)
        na = len(ap)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._format(0)  # reserve
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

    def _format(self, mask):
        data = _FMT[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        b = (data << 10 | rem) ^ 0x5412
        n = self.size
        g = lambda i: (b >> i) & 1 == 1
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
        self.format_bits = b

    def _interleave(self, data):
        e, b = _ECC[self.ecl]
        nb, el = b[self.ver], e[self.ver]
        raw = _raw_modules(self.ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        blocks, k = [], 0
        for i in range(nb):
            dl = shortlen - el + (0 if i < nshort else 1)
            dat = data[k:k + dl]
            k += dl
            ecc = rs_remainder(dat, el)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - el or j >= nshort:
                    out.append(blk[i])
        return out

    def _place(self, cws):
        n = self.size
        i = 0
        total = len(cws) * 8
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.f[y][x] and i < total:
                        self.m[y][x] = (cws[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def _apply_mask(self, msk):
        fns = [
            lambda x, y: (x + y) % 2 == 0,
            lambda x, y: y % 2 == 0,
            lambda x, y: x % 3 == 0,
            lambda x, y: (x + y) % 3 == 0,
            lambda x, y: (x // 3 + y // 2) % 2 == 0,
            lambda x, y: x * y % 2 + x * y % 3 == 0,
            lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
            lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
        ]
        fn = fns[msk]
        for y in range(self.size):
            for x in range(self.size):
                if not self.f[y][x] and fn(x, y):
                    self.m[y][x] = not self.m[y][x]

    def _penalty(self):
        n, m = self.size, self.m
        p = 0
        for lines in (m, [list(c) for c in zip(*m)]):
            for row in lines:
                run, col = 1, row[0]
                for v in row[1:]:
                    if v == col:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run, col = 1, v
                if run >= 5:
                    p += run - 2
                s = "".join("1" if v else "0" for v in row)
                p += 40 * (s.count("10111010000") + s.count("00001011101"))
        for y in range(n - 1):
            for x in range(n - 1):
                if m[y][x] == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        p += k * 10
        return p

    def matrix(self):
        return self.m


# ------------------------------------------------------------------ PNG
def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_gray(rows):
    """rows: list of lists of 0..255 ints (8-bit grayscale)."""
    h, w = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def png_rgb(rows):
    """rows: list of lists of (r,g,b) tuples."""
    h, w = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + b"".join(bytes(px) for px in r) for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def qr_png(text, scale=6, border=4, ecl="M"):
    q = QR(text, ecl)
    n = q.size
    rows = []
    for y in range(-border, n + border):
        row = []
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and q.m[y][x]
            row += [0 if dark else 255] * scale
        for _ in range(scale):
            rows.append(row)
    return png_gray(rows)


def banner_png(w, h, colour, stripe=(255, 255, 255)):
    """A simple logo-like banner (coloured band with a light stripe)."""
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            if h // 3 <= y < h // 3 + max(2, h // 12) and x > w // 10:
                row.append(stripe)
            else:
                row.append(colour)
        rows.append(row)
    return png_rgb(rows)
