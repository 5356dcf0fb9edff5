"""Minimal QR Code Model 2 encoder (byte mode, versions 1-40) and PNG writer.
Pure standard library; deterministic output."""
import struct
import zlib

ECC_PER_BLOCK = {
    "L": [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "M": [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    "Q": [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "H": [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
NUM_BLOCKS = {
    "L": [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    "M": [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    "Q": [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    "H": [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
FORMAT_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}

MASKS = [
    lambda x, y: (x + y) % 2,
    lambda x, y: y % 2,
    lambda x, y: x % 3,
    lambda x, y: (x + y) % 3,
    lambda x, y: (x // 3 + y // 2) % 2,
    lambda x, y: x * y % 2 + x * y % 3,
    lambda x, y: (x * y % 2 + x * y % 3) % 2,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2,
]


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    return raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    size = ver * 4 + 17
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return sorted(res)


def gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def rs_divisor(deg):
    res = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(deg):
            res[j] = gf_mul(res[j], root)
            if j + 1 < deg:
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
    def __init__(self, text, ecl="M", border=4):
        data = text.encode("utf-8")
        for ver in range(1, 41):
            ccbits = 8 if ver <= 9 else 16
            if 4 + ccbits + 8 * len(data) <= data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError("too long")
        self.ver, self.ecl, self.text = ver, ecl, text
        cap = data_codewords(ver, ecl) * 8
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
        cw = [0] * (len(bits) // 8)
        for i, b in enumerate(bits):
            cw[i >> 3] |= b << (7 - (i & 7))
        self.size = ver * 4 + 17
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]
        self._function_patterns()
        self._draw_codewords(self._interleave(cw))
        best = None
        for mask in range(8):
            self._apply_mask(mask)
            self._format_bits(mask)
            p = self._penalty()
            if best is None or p < best[0]:
                best = (p, mask)
            self._apply_mask(mask)
        self.mask = best[1]
        self._apply_mask(self.mask)
        self._format_bits(self.mask)
        self.border = border

    def _set(self, x, y, dark):
        self.m[y][x] = dark
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
        na = len(pos)
        for i in range(na):
            for j in range(na):
                if (i, j) in ((0, 0), (0, na - 1), (na - 1, 0)):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._format_bits(0)
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            vb = self.ver << 12 | rem
            for i in range(18):
                bit = (vb >> i) & 1 == 1
                a, b = n - 11 + i % 3, i // 3
                self._set(a, b, bit)
                self._set(b, a, bit)

    def _format_bits(self, mask):
        data = FORMAT_BITS[self.ecl] << 3 | mask
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

    def _interleave(self, data):
        ver, ecl = self.ver, self.ecl
        nb = NUM_BLOCKS[ecl][ver]
        el = ECC_PER_BLOCK[ecl][ver]
        raw = raw_modules(ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = rs_divisor(el)
        blocks = []
        k = 0
        for i in range(nb):
            dat = data[k:k + shortlen - el + (0 if i < nshort else 1)]
            k += len(dat)
            ecc = rs_remainder(dat, div)
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
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.fn[y][x] and i < len(data) * 8:
                        self.m[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def _apply_mask(self, mask):
        f = MASKS[mask]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fn[y][x] and f(x, y) == 0:
                    self.m[y][x] = not self.m[y][x]

    def _penalty(self):
        n, m = self.size, self.m
        p = 0
        lines = [row for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
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
        dark = sum(sum(1 for v in row if v) for row in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        p += k * 10
        return p

    def png(self, scale=6):
        b = self.border
        n = self.size
        w = (n + 2 * b) * scale
        rows = []
        for yy in range(n + 2 * b):
            y = yy - b
            line = bytearray()
            for xx in range(n + 2 * b):
                x = xx - b
                dark = 0 <= x < n and 0 <= y < n and self.m[y][x]
                line.extend((0 if dark else 255,) * scale)
            for _ in range(scale):
                rows.append(b"\0" + bytes(line))
        return png_gray(w, w, b"".join(rows))


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_gray(w, h, raw_filtered):
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(raw_filtered, 9)) + _chunk(b"IEND", b""))


def png_rgb(w, h, pixels_rgb_rows):
    """pixels_rgb_rows: list of bytes rows (3*w each)."""
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    raw = b"".join(b"\0" + r for r in pixels_rgb_rows)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def qr_png(text, ecl="M", scale=6):
    return QR(text, ecl).png(scale)


def photo_png(seed, w=320, h=240):
    """A deterministic, photo-like RGB placeholder (soil/field gradient with
    a dark blob) standing in for a customer's photo of a damaged part."""
    import hashlib
    hs = hashlib.sha256(seed.encode()).digest()
    cx, cy, r = 80 + hs[0] % 160, 60 + hs[1] % 120, 30 + hs[2] % 40
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            base = 90 + (y * 60) // h
            n = (x * 7 + y * 13 + hs[(x ^ y) % 32]) % 23
            rr, gg, bb = base + n, base - 20 + n, base - 50 + n // 2
            if (x - cx) ** 2 + (y - cy) ** 2 < r * r:
                rr, gg, bb = 40 + n, 38 + n, 35 + n
            row.extend((max(0, min(255, rr)), max(0, min(255, gg)), max(0, min(255, bb))))
        rows.append(bytes(row))
    return png_rgb(w, h, rows)


if __name__ == "__main__":
    import sys
    q = QR(sys.argv[1] if len(sys.argv) > 1 else "https://example.org/test")
    import os, tempfile
    open(os.path.join(tempfile.gettempdir(), "qrtest.png"), "wb").write(q.png())
    print(q.ver, q.mask)
