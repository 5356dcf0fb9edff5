"""Minimal QR Code encoder (byte mode, ECC level M, versions 1-10) and PNG writer.
Follows ISO/IEC 18004: Reed-Solomon over GF(256)/0x11D, BCH format and
version information, all eight masks with the standard penalty rules."""
import struct
import zlib

# level M tables, index = version
ECC_PER_BLOCK_M = (None, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26)
NUM_BLOCKS_M = (None, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5)
FORMAT_BITS_M = 0  # L=1, M=0, Q=3, H=2


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver):
    return raw_modules(ver) // 8 - ECC_PER_BLOCK_M[ver] * NUM_BLOCKS_M[ver]


def align_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    n = ver // 7 + 2
    step = (ver * 8 + n * 3 + 5) // (n * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(n - 1)] + [6]
    return list(reversed(res))


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


def _bit(x, i):
    return (x >> i) & 1 != 0


class QR:
    def __init__(self, text):
        data = text.encode("utf-8")
        for ver in range(1, 11):
            ccbits = 8 if ver < 10 else 16
            cap = data_codewords(ver) * 8
            if 4 + ccbits + len(data) * 8 <= cap:
                break
        else:
            raise ValueError("too long for QR v10-M: %r" % text)
        self.ver = ver
        self.size = ver * 4 + 17
        bits = []

        def put(val, n):
            for i in reversed(range(n)):
                bits.append((val >> i) & 1)
        put(4, 4)
        put(len(data), ccbits)
        for b in data:
            put(b, 8)
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        pad = 0xEC
        while len(cw) < cap // 8:
            cw.append(pad)
            pad ^= 0xEC ^ 0x11
        self.codewords = self._add_ecc(cw)
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.isfunc = [[False] * n for _ in range(n)]
        self._draw_function()
        self._draw_codewords()
        best, bestpen = 0, None
        for m in range(8):
            self._apply_mask(m)
            self._draw_format(m)
            p = self._penalty()
            if bestpen is None or p < bestpen:
                best, bestpen = m, p
            self._apply_mask(m)
        self.mask = best
        self._apply_mask(best)
        self._draw_format(best)

    # -- construction
    def _set(self, x, y, dark):
        self.mod[y][x] = dark
        self.isfunc[y][x] = True

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
        al = align_positions(self.ver)
        k = len(al)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.ver << 12 | rem
            for i in range(18):
                b = _bit(bits, i)
                a, c = n - 11 + i % 3, i // 3
                self._set(a, c, b)
                self._set(c, a, b)

    def _draw_format(self, mask):
        n = self.size
        data = FORMAT_BITS_M << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        for i in range(6):
            self._set(8, i, _bit(bits, i))
        self._set(8, 7, _bit(bits, 6))
        self._set(8, 8, _bit(bits, 7))
        self._set(7, 8, _bit(bits, 8))
        for i in range(9, 15):
            self._set(14 - i, 8, _bit(bits, i))
        for i in range(8):
            self._set(n - 1 - i, 8, _bit(bits, i))
        for i in range(8, 15):
            self._set(8, n - 15 + i, _bit(bits, i))
        self._set(8, n - 8, True)

    def _add_ecc(self, data):
        nb = NUM_BLOCKS_M[self.ver]
        ecl = ECC_PER_BLOCK_M[self.ver]
        raw = raw_modules(self.ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = rs_divisor(ecl)
        blocks = []
        k = 0
        for i in range(nb):
            d = data[k:k + shortlen - ecl + (0 if i < nshort else 1)]
            k += len(d)
            e = rs_remainder(d, div)
            if i < nshort:
                d = d + [0]
            blocks.append(d + e)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - ecl or j >= nshort:
                    out.append(blk[i])
        assert len(out) == raw
        return out

    def _draw_codewords(self):
        n = self.size
        data = self.codewords
        i = 0
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.isfunc[y][x] and i < len(data) * 8:
                        self.mod[y][x] = _bit(data[i >> 3], 7 - (i & 7))
                        i += 1
            right -= 2

    @staticmethod
    def mask_fn(m, x, y):
        return [
            (x + y) % 2 == 0, y % 2 == 0, x % 3 == 0, (x + y) % 3 == 0,
            (x // 3 + y // 2) % 2 == 0, x * y % 2 + x * y % 3 == 0,
            (x * y % 2 + x * y % 3) % 2 == 0, ((x + y) % 2 + x * y % 3) % 2 == 0,
        ][m]

    def _apply_mask(self, m):
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.isfunc[y][x] and self.mask_fn(m, x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        m = self.mod
        pen = 0
        lines = [row for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run = 1
            for i in range(1, n + 1):
                if i < n and line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        pen += 3 + run - 5
                    run = 1
            s = "".join("1" if v else "0" for v in line)
            for pat in ("10111010000", "00001011101"):
                pen += 40 * s.count(pat)
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    pen += 3
        dark = sum(v for row in m for v in row)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        pen += max(k, 0) * 10
        return pen

    # -- output
    def png(self, scale=6, border=4):
        n = self.size
        w = (n + 2 * border) * scale
        rows = []
        for y in range(-border, n + border):
            line = bytearray()
            for x in range(-border, n + border):
                dark = 0 <= x < n and 0 <= y < n and self.mod[y][x]
                line += (b"\x00" if dark else b"\xff") * scale
            for _ in range(scale):
                rows.append(b"\x00" + bytes(line))
        return png_gray(w, w, b"".join(rows))


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)


def png_gray(w, h, raw_filtered):
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw_filtered, 9))
            + _chunk(b"IEND", b""))


def png_rgb(w, h, pixel_fn):
    rows = []
    for y in range(h):
        line = bytearray(b"\x00")
        for x in range(w):
            line += bytes(pixel_fn(x, y))
        rows.append(bytes(line))
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + _chunk(b"IEND", b""))


def qr_png(text, scale=6):
    return QR(text).png(scale=scale)
