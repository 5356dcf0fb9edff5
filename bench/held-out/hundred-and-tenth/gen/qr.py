"""Minimal QR code encoder (byte mode, versions 1-13, EC levels L/M) and PNG writer.
Standard library only. Follows ISO/IEC 18004 structure."""
import struct
import zlib

# ---------------------------------------------------------------- tables (index = version)
_ECC_PER_BLOCK = {
    "L": [None, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26],
    "M": [None, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22],
}
_NUM_BLOCKS = {
    "L": [None, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4],
    "M": [None, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9],
}
_ALIGN = [None, [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42],
          [6, 26, 46], [6, 28, 50], [6, 30, 54], [6, 32, 58], [6, 34, 62]]
_ECL_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]


# ---------------------------------------------------------------- Reed-Solomon over GF(256)/0x11D
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


def _gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def _rs_divisor(degree):
    # coefficients of prod (x - a^i), highest power first, leading 1 omitted
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = _gmul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = _gmul(root, 2)
    return res


def _rs_remainder(data, divisor):
    res = [0] * len(divisor)
    for b in data:
        factor = b ^ res.pop(0)
        res.append(0)
        for i, coef in enumerate(divisor):
            res[i] ^= _gmul(coef, factor)
    return res


# ---------------------------------------------------------------- encoder
class QR:
    def __init__(self, payload, ecl="M", min_version=1):
        if isinstance(payload, str):
            payload = payload.encode("utf-8")
        self.ecl = ecl
        for ver in range(min_version, 14):
            cc_bits = 8 if ver <= 9 else 16
            need = 4 + cc_bits + 8 * len(payload)
            if need <= _data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError("payload too long")
        self.version = ver
        self.size = ver * 4 + 17
        # bit stream
        bits = []

        def put(val, n):
            for i in range(n - 1, -1, -1):
                bits.append((val >> i) & 1)
        put(0b0100, 4)
        put(len(payload), cc_bits)
        for b in payload:
            put(b, 8)
        cap = _data_codewords(ver, ecl) * 8
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        data = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        codewords = self._add_ecc(data)
        self.modules = [[False] * self.size for _ in range(self.size)]
        self.isfunc = [[False] * self.size for _ in range(self.size)]
        self._draw_function_patterns()
        self._draw_codewords(codewords)
        best = None
        for mask in range(8):
            self._apply_mask(mask)
            self._draw_format(mask)
            p = self._penalty()
            if best is None or p < best[0]:
                best = (p, mask)
            self._apply_mask(mask)  # undo (xor)
        self.mask = best[1]
        self._apply_mask(self.mask)
        self._draw_format(self.mask)

    def _add_ecc(self, data):
        ver, ecl = self.version, self.ecl
        nblocks = _NUM_BLOCKS[ecl][ver]
        eclen = _ECC_PER_BLOCK[ecl][ver]
        raw = _raw_modules(ver) // 8
        nshort = nblocks - raw % nblocks
        shortlen = raw // nblocks
        div = _rs_divisor(eclen)
        blocks = []
        k = 0
        for i in range(nblocks):
            dl = shortlen - eclen + (0 if i < nshort else 1)
            dat = data[k:k + dl]
            k += dl
            ecc = _rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [None]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if blk[i] is not None:
                    out.append(blk[i])
        assert len(out) == raw
        return out

    def _set(self, x, y, dark):
        self.modules[y][x] = dark
        self.isfunc[y][x] = True

    def _draw_function_patterns(self):
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
        pos = _ALIGN[self.version]
        for i, a in enumerate(pos):
            for j, b in enumerate(pos):
                if (i == 0 and j == 0) or (i == 0 and j == len(pos) - 1) or (i == len(pos) - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)  # reserve
        if self.version >= 7:
            rem = self.version
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.version << 12 | rem
            for i in range(18):
                bt = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self._set(a, b, bt)
                self._set(b, a, bt)

    def _draw_format(self, mask):
        data = _ECL_BITS[self.ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        n = self.size
        b = lambda i: (bits >> i) & 1 == 1
        for i in range(6):
            self._set(8, i, b(i))
        self._set(8, 7, b(6))
        self._set(8, 8, b(7))
        self._set(7, 8, b(8))
        for i in range(9, 15):
            self._set(14 - i, 8, b(i))
        for i in range(8):
            self._set(n - 1 - i, 8, b(i))
        for i in range(8, 15):
            self._set(8, n - 15 + i, b(i))
        self._set(8, n - 8, True)

    def _draw_codewords(self, data):
        n = self.size
        i = 0
        right = n - 1
        total = len(data) * 8
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.isfunc[y][x] and i < total:
                        self.modules[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2
        assert i == total

    _MASKS = [
        lambda x, y: (x + y) % 2 == 0,
        lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    ]

    def _apply_mask(self, mask):
        f = self._MASKS[mask]
        for y in range(self.size):
            row = self.modules[y]
            fr = self.isfunc[y]
            for x in range(self.size):
                if not fr[x] and f(x, y):
                    row[x] = not row[x]

    def _penalty(self):
        n = self.size
        m = self.modules
        p = 0
        lines = [m[y] for y in range(n)] + [[m[y][x] for y in range(n)] for x in range(n)]
        pat1 = [True, False, True, True, True, False, True, False, False, False, False]
        pat2 = pat1[::-1]
        for line in lines:
            run = 1
            for i in range(1, n):
                if line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run = 1
            if run >= 5:
                p += 3 + run - 5
            for i in range(n - 10):
                seg = line[i:i + 11]
                if seg == pat1 or seg == pat2:
                    p += 40
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        p += max(k, 0) * 10
        return p

    def png(self, scale=6, border=4):
        n = self.size
        w = (n + 2 * border) * scale
        rows = []
        for py in range(w):
            y = py // scale - border
            row = bytearray([0])
            for px in range(w):
                x = px // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.modules[y][x]
                row.append(0 if dark else 255)
            rows.append(bytes(row))
        return png_gray(w, w, b"".join(rows))


def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_gray(w, h, raw_filtered):
    """8-bit greyscale PNG from already filtered scanlines (filter byte per row)."""
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw_filtered, 9)) + _chunk(b"IEND", b""))


def png_rgb(w, h, pixel_fn):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row.extend(pixel_fn(x, y))
        rows.append(bytes(row))
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + _chunk(b"IEND", b""))


def qr_png(text, ecl="M", scale=6):
    return QR(text, ecl).png(scale)
