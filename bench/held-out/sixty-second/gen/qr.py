"""Minimal QR Code encoder (byte mode, versions 1-40, ECC L/M/Q/H) + PNG writer.

Written from the ISO/IEC 18004 structure; stdlib only.
"""
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
ECC_FORMAT_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}

# ------------------------------------------------------------ GF(256) ----
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


def gf_mul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def rs_generator(degree):
    g = [1]
    for i in range(degree):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= gf_mul(c, _EXP[i])
        g = ng
    return g  # leading 1


def rs_remainder(data, degree):
    gen = rs_generator(degree)
    res = list(data) + [0] * degree
    for i in range(len(data)):
        coef = res[i]
        if coef:
            for j in range(1, len(gen)):
                res[i + j] ^= gf_mul(gen[j], coef)
    return res[len(data):]


# ------------------------------------------------------------ layout -----

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
    size = ver * 4 + 17
    na = ver // 7 + 2
    step = 26 if ver == 32 else (ver * 4 + na * 2 + 1) // (na * 2 - 2) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(res))


def _bch_format(ecl, mask):
    data = ECC_FORMAT_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _bch_version(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


MASKS = [
    lambda x, y: (x + y) % 2 == 0,
    lambda x, y: y % 2 == 0,
    lambda x, y: x % 3 == 0,
    lambda x, y: (x + y) % 3 == 0,
    lambda x, y: (x // 3 + y // 2) % 2 == 0,
    lambda x, y: x * y % 2 + x * y % 3 == 0,
    lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
]


class QR:
    def __init__(self, data, ecl="M", minver=1, mask=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.ecl = ecl
        for ver in range(minver, 41):
            cc_bits = 8 if ver <= 9 else 16
            need = 4 + cc_bits + 8 * len(data)
            if need <= data_codewords(ver, ecl) * 8:
                break
        else:
            raise ValueError("data too long")
        self.ver = ver
        self.size = ver * 4 + 17
        # ---- bit stream
        bits = []

        def put(v, n):
            for i in range(n - 1, -1, -1):
                bits.append((v >> i) & 1)
        put(0b0100, 4)
        put(len(data), cc_bits)
        for b in data:
            put(b, 8)
        cap = data_codewords(ver, ecl) * 8
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = [0xEC, 0x11]
        i = 0
        while len(bits) < cap:
            put(pad[i % 2], 8)
            i += 1
        cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        self.codewords = self._interleave(cw)
        # ---- matrix
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]
        self._draw_function_patterns()
        self._draw_codewords(self.codewords)
        best = None
        masks = range(8) if mask is None else [mask]
        for m in masks:
            self._apply_mask(m)
            self._draw_format(m)
            p = self._penalty()
            if best is None or p < best[0]:
                best = (p, m)
            self._apply_mask(m)  # undo (XOR)
        self.mask = best[1]
        self._apply_mask(self.mask)
        self._draw_format(self.mask)

    # -- error correction + interleave
    def _interleave(self, data):
        ver, ecl = self.ver, self.ecl
        nb = NUM_BLOCKS[ecl][ver]
        ecw = ECC_PER_BLOCK[ecl][ver]
        raw = raw_modules(ver) // 8
        n_short = nb - raw % nb
        short_len = raw // nb
        blocks = []
        k = 0
        for i in range(nb):
            dlen = short_len - ecw + (0 if i < n_short else 1)
            d = data[k:k + dlen]
            k += dlen
            blocks.append((d, rs_remainder(d, ecw)))
        out = []
        maxd = max(len(b[0]) for b in blocks)
        for i in range(maxd):
            for d, _ in blocks:
                if i < len(d):
                    out.append(d[i])
        for i in range(ecw):
            for _, e in blocks:
                out.append(e[i])
        assert len(out) == raw
        return out

    def _set_fn(self, x, y, dark):
        self.mod[y][x] = dark
        self.fn[y][x] = True

    def _draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self._set_fn(6, i, i % 2 == 0)
            self._set_fn(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self._set_fn(x, y, d not in (2, 4))
        al = align_positions(self.ver)
        na = len(al)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set_fn(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)  # reserve
        if self.ver >= 7:
            bits = _bch_version(self.ver)
            for i in range(18):
                b = (bits >> i) & 1 == 1
                a, c = n - 11 + i % 3, i // 3
                self._set_fn(a, c, b)
                self._set_fn(c, a, b)

    def _draw_format(self, mask):
        bits = _bch_format(self.ecl, mask)
        n = self.size
        g = lambda i: (bits >> i) & 1 == 1
        for i in range(0, 6):
            self._set_fn(8, i, g(i))
        self._set_fn(8, 7, g(6))
        self._set_fn(8, 8, g(7))
        self._set_fn(7, 8, g(8))
        for i in range(9, 15):
            self._set_fn(14 - i, 8, g(i))
        for i in range(0, 8):
            self._set_fn(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self._set_fn(8, n - 15 + i, g(i))
        self._set_fn(8, n - 8, True)  # dark module

    def _draw_codewords(self, cw):
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
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.fn[y][x] and i < total:
                        self.mod[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def _apply_mask(self, m):
        f = MASKS[m]
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.fn[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        m = self.mod
        p = 0
        for lines in (m, [list(c) for c in zip(*m)]):
            for row in lines:
                run = 1
                for i in range(1, n + 1):
                    if i < n and row[i] == row[i - 1]:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run = 1
                s = "".join("1" if v else "0" for v in row)
                for pat in ("10111010000", "00001011101"):
                    p += 40 * s.count(pat)
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        p += k * 10
        return p

    # -- output
    def png(self, scale=6, border=4):
        n = self.size
        w = (n + 2 * border) * scale
        rows = []
        for py in range(w):
            y = py // scale - border
            row = bytearray([0])
            for px in range(w):
                x = px // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.mod[y][x]
                row.append(0 if dark else 255)
            rows.append(bytes(row))
        raw = b"".join(rows)

        def chunk(t, d):
            c = t + d
            return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
        ihdr = struct.pack(">IIBBBBB", w, w, 8, 0, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
                chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qr_png(data, ecl="M", scale=6):
    return QR(data, ecl).png(scale=scale)


def epc_payload(name, iban_str, amount, text, bic=""):
    """EPC069-12 (GiroCode) payload, version 002, UTF-8."""
    lines = ["BCD", "002", "1", "SCT", bic, name, iban_str.replace(" ", ""),
             "EUR%.2f" % amount, "", "", text]
    return "\n".join(lines)


if __name__ == "__main__":
    # RS test vector (HELLO WORLD 1-M)
    d = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(d, 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    assert _bch_format("L", 0) == 0b111011111000100
    assert _bch_format("M", 0) == 0b101010000010010
    assert _bch_version(7) == 0b000111110010010100
    assert data_codewords(10, "M") == 216 and data_codewords(5, "Q") == 62
    assert qr_png("https://example.org/qr-selftest?x=1").startswith(b"\x89PNG")
    print("qr self-test ok")
