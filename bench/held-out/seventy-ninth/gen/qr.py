"""Minimal QR Code encoder (ISO/IEC 18004), byte mode, EC levels L/M,
versions 1-10, with mask selection by penalty score, plus a PNG writer.
Standard library only."""
import struct
import zlib

# (ec codewords per block, [(blocks, data codewords per block), ...])
_TABLE = {
    ('L', 1): (7, [(1, 19)]), ('M', 1): (10, [(1, 16)]),
    ('L', 2): (10, [(1, 34)]), ('M', 2): (16, [(1, 28)]),
    ('L', 3): (15, [(1, 55)]), ('M', 3): (26, [(1, 44)]),
    ('L', 4): (20, [(1, 80)]), ('M', 4): (18, [(2, 32)]),
    ('L', 5): (26, [(1, 108)]), ('M', 5): (24, [(2, 43)]),
    ('L', 6): (18, [(2, 68)]), ('M', 6): (16, [(4, 27)]),
    ('L', 7): (20, [(2, 78)]), ('M', 7): (18, [(4, 31)]),
    ('L', 8): (24, [(2, 97)]), ('M', 8): (22, [(2, 38), (2, 39)]),
    ('L', 9): (30, [(2, 116)]), ('M', 9): (22, [(3, 36), (2, 37)]),
    ('L', 10): (18, [(2, 68), (2, 69)]), ('M', 10): (26, [(4, 43), (1, 44)]),
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
_ECL_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}


def gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = gf_mul(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = gf_mul(root, 2)
    return result


def rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, c in enumerate(divisor):
            result[i] ^= gf_mul(c, factor)
    return result


def format_bits(ecl, mask):
    data = _ECL_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


def _capacity(ecl, ver):
    ec, groups = _TABLE[(ecl, ver)]
    return sum(n * d for n, d in groups)


def encode_codewords(data, ecl, ver):
    cap = _capacity(ecl, ver)
    bits = []

    def put(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    put(4, 4)
    put(len(data), 8 if ver < 10 else 16)
    for b in data:
        put(b, 8)
    put(0, min(4, cap * 8 - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    # split into blocks, compute EC, interleave
    ec, groups = _TABLE[(ecl, ver)]
    div = rs_divisor(ec)
    blocks, ecs, k = [], [], 0
    for n, d in groups:
        for _ in range(n):
            blk = cw[k:k + d]
            k += d
            blocks.append(blk)
            ecs.append(rs_remainder(blk, div))
    out = []
    for i in range(max(len(b) for b in blocks)):
        for b in blocks:
            if i < len(b):
                out.append(b[i])
    for i in range(ec):
        for e in ecs:
            out.append(e[i])
    return out


class QR:
    def __init__(self, text, ecl='M'):
        data = text.encode('utf-8') if isinstance(text, str) else text
        for ver in range(1, 11):
            if len(data) + (2 if ver < 10 else 3) <= _capacity(ecl, ver):
                break
        else:
            raise ValueError('data too long for version 10')
        self.ver, self.ecl = ver, ecl
        self.size = n = 17 + 4 * ver
        self.mod = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]
        self._function_patterns()
        self._place(encode_codewords(data, ecl, ver))
        best = None
        for mask in range(8):
            self._apply_mask(mask)
            self._draw_format(mask)
            p = self._penalty()
            if best is None or p < best[0]:
                best = (p, mask)
            self._apply_mask(mask)  # undo (XOR)
        self.mask = best[1]
        self._apply_mask(self.mask)
        self._draw_format(self.mask)

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
                        d = max(abs(dx), abs(dy))
                        self._set(x, y, d not in (2, 4))
        al = _ALIGN[self.ver]
        for i, ax in enumerate(al):
            for j, ay in enumerate(al):
                if (i == 0 and j == 0) or (i == 0 and j == len(al) - 1) or \
                        (i == len(al) - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(ax + dx, ay + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)  # reserve
        if self.ver >= 7:
            bits = version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a, b = n - 11 + i % 3, i // 3
                self._set(a, b, bit)
                self._set(b, a, bit)

    def _draw_format(self, mask):
        bits = format_bits(self.ecl, mask)
        n = self.size
        g = [(bits >> i) & 1 == 1 for i in range(15)]
        for i in range(6):
            self._set(8, i, g[i])
        self._set(8, 7, g[6])
        self._set(8, 8, g[7])
        self._set(7, 8, g[8])
        for i in range(9, 15):
            self._set(14 - i, 8, g[i])
        for i in range(8):
            self._set(n - 1 - i, 8, g[i])
        for i in range(8, 15):
            self._set(8, n - 15 + i, g[i])
        self._set(8, n - 8, True)

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
                    y = n - 1 - vert if upward else vert
                    if not self.fn[y][x] and i < total:
                        self.mod[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2

    def _apply_mask(self, mask):
        f = [lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0, lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][mask]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fn[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n, m = self.size, self.mod
        p = 0
        lines = [m[y] for y in range(n)] + [[m[y][x] for y in range(n)] for x in range(n)]
        pat1 = [True, False, True, True, True, False, True, False, False, False, False]
        pat2 = pat1[::-1]
        for ln in lines:
            run = 1
            for i in range(1, n + 1):
                if i < n and ln[i] == ln[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
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
        dark = sum(sum(r) for r in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        return p + 10 * k

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
        return png_gray(w, w, b''.join(rows))


def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def png_gray(w, h, raw_filtered):
    """raw_filtered: rows each prefixed with filter byte 0, 8-bit grayscale."""
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(raw_filtered, 9)) + _chunk(b'IEND', b''))


def png_rgb(w, h, pixel):
    """pixel(x, y) -> (r, g, b)."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row.extend(pixel(x, y))
        rows.append(bytes(row))
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + _chunk(b'IEND', b''))


def qr_png(text, ecl='M', scale=6):
    return QR(text, ecl).png(scale=scale)


if __name__ == '__main__':
    # published vectors: format strings and the thonky.com HELLO WORLD 1-M codewords
    assert format(format_bits('M', 0), '015b') == '101010000010010'
    assert format(format_bits('L', 0), '015b') == '111011111000100'
    assert format(format_bits('H', 0), '015b') == '001011010001001'
    assert format(version_bits(7), '018b') == '000111110010010100'
    d = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(d, rs_divisor(10)) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    print('qr ok')
