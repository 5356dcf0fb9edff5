"""Minimal QR Code encoder (byte mode, versions 1-10, EC level L/M) and PNG writer.

Pure standard library.  Follows ISO/IEC 18004: Reed-Solomon over GF(256)/0x11D,
BCH-coded format and version information, standard mask selection by penalty.
"""
import struct
import zlib

ECC_PER_BLOCK = {
    'L': [None, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
    'M': [None, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
}
NUM_BLOCKS = {
    'L': [None, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    'M': [None, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
}
FORMAT_BITS = {'L': 1, 'M': 0}


def _raw_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        numalign = ver // 7 + 2
        result -= (25 * numalign - 10) * numalign - 55
        if ver >= 7:
            result -= 36
    return result


def _data_codewords(ver, ecl):
    return _raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


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


def rs_remainder(data, degree):
    div = _rs_divisor(degree)
    result = [0] * degree
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(div):
            result[i] ^= _gf_mul(coef, factor)
    return result


def format_bits(ecl, mask):
    data = FORMAT_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


class QR:
    def __init__(self, payload, ecl='M', minver=1):
        if isinstance(payload, str):
            payload = payload.encode('utf-8')
        self.ecl = ecl
        for ver in range(minver, 11):
            cap = _data_codewords(ver, ecl) * 8
            ccbits = 8 if ver <= 9 else 16
            if 4 + ccbits + len(payload) * 8 <= cap:
                break
        else:
            raise ValueError('payload too long for version 10')
        self.version = ver
        self.size = ver * 4 + 17
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.func = [[False] * n for _ in range(n)]
        # bit stream
        bits = []

        def put(val, length):
            for i in range(length - 1, -1, -1):
                bits.append((val >> i) & 1)
        put(0b0100, 4)
        put(len(payload), ccbits)
        for b in payload:
            put(b, 8)
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        data = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        self._draw_function_patterns()
        self._draw_codewords(self._interleave(data))
        best, bestpen = 0, None
        for m in range(8):
            self._apply_mask(m)
            self._draw_format(m)
            pen = self._penalty()
            if bestpen is None or pen < bestpen:
                best, bestpen = m, pen
            self._apply_mask(m)  # undo (xor)
        self.mask = best
        self._apply_mask(best)
        self._draw_format(best)

    # --- function patterns
    def _set(self, x, y, dark):
        self.mod[y][x] = bool(dark)
        self.func[y][x] = True

    def _align_positions(self):
        ver = self.version
        if ver == 1:
            return []
        numalign = ver // 7 + 2
        step = (ver * 8 + numalign * 3 + 5) // (numalign * 4 - 4) * 2
        res = [self.size - 7 - i * step for i in range(numalign - 1)] + [6]
        return list(reversed(res))

    def _draw_function_patterns(self):
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
        al = self._align_positions()
        na = len(al)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)
        if self.version >= 7:
            rem = self.version
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            b = self.version << 12 | rem
            for i in range(18):
                bit = (b >> i) & 1
                a = n - 11 + i % 3
                c = i // 3
                self._set(a, c, bit)
                self._set(c, a, bit)

    def _draw_format(self, mask):
        n = self.size
        b = format_bits(self.ecl, mask)
        g = lambda i: (b >> i) & 1
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
        ver, ecl = self.version, self.ecl
        nb = NUM_BLOCKS[ecl][ver]
        ecclen = ECC_PER_BLOCK[ecl][ver]
        raw = _raw_modules(ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        blocks = []
        k = 0
        for i in range(nb):
            dlen = shortlen - ecclen + (0 if i < nshort else 1)
            dat = data[k:k + dlen]
            k += dlen
            ecc = rs_remainder(dat, ecclen)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - ecclen or j >= nshort:
                    out.append(blk[i])
        assert len(out) == raw
        return out

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
                    y = (n - 1 - vert) if upward else vert
                    if not self.func[y][x] and i < total:
                        self.mod[y][x] = bool((cw[i >> 3] >> (7 - (i & 7))) & 1)
                        i += 1
            right -= 2

    def _apply_mask(self, m):
        n = self.size
        f = [lambda x, y: (x + y) % 2 == 0,
             lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0,
             lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][m]
        for y in range(n):
            for x in range(n):
                if not self.func[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        m = self.mod
        pen = 0
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
                        pen += 3 + run - 5
                    run = 1
            if run >= 5:
                pen += 3 + run - 5
            for i in range(n - 10):
                seg = line[i:i + 11]
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
        pen += max(k, 0) * 10
        return pen

    def png(self, scale=6, border=4):
        n = self.size
        dim = (n + border * 2) * scale
        rows = []
        for yy in range(dim):
            y = yy // scale - border
            row = bytearray([0])
            for xx in range(dim):
                x = xx // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.mod[y][x]
                row.append(0 if dark else 255)
            rows.append(bytes(row))
        return png_gray(dim, dim, b''.join(rows))


def png_gray(w, h, raw_filtered):
    def chunk(t, d):
        c = t + d
        return struct.pack('>I', len(d)) + c + struct.pack('>I', zlib.crc32(c) & 0xFFFFFFFF)
    ihdr = struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr)
            + chunk(b'IDAT', zlib.compress(raw_filtered, 9)) + chunk(b'IEND', b''))


def qr_png(text, scale=6, ecl='M'):
    return QR(text, ecl=ecl).png(scale=scale)


def _selftest():
    # Known answer: "HELLO WORLD" 1-M data codewords -> EC codewords (thonky.com tutorial)
    data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(data, 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    # Known format strings from the standard's table
    assert format(format_bits('L', 0), '015b') == '111011111000100'
    assert format(format_bits('M', 0), '015b') == '101010000010010'
    return True


if __name__ == '__main__':
    import sys
    _selftest()
    sys.stdout.buffer.write(qr_png(sys.argv[1] if len(sys.argv) > 1 else 'https://example.com/'))
