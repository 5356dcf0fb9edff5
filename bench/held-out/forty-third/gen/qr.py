"""Minimal QR Code Model 2 encoder (byte mode, versions 1-10, EC level L/M/Q/H)
and a 1-bit greyscale PNG writer.  Standard library only.

The structure follows ISO/IEC 18004: data codewords, Reed-Solomon blocks
(generator polynomial over GF(256) with 0x11D), interleaving, function
patterns, zig-zag placement, masking with penalty evaluation, BCH-coded
format and version information."""
import struct
import zlib

ECL = {'L': (0, 1), 'M': (1, 0), 'Q': (2, 3), 'H': (3, 2)}   # index, format bits

ECC_PER_BLOCK = (
    (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18),
    (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26),
    (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24),
    (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28),
)
NUM_BLOCKS = (
    (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4),
    (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5),
    (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8),
    (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8),
)
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
         7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, e):
    return raw_modules(ver) // 8 - ECC_PER_BLOCK[e][ver] * NUM_BLOCKS[e][ver]


# ------------------------------------------------------------ Reed-Solomon
def rs_mul(x, y):
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
            result[j] = rs_mul(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = rs_mul(root, 0x02)
    return result


def rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= rs_mul(coef, factor)
    return result


# ------------------------------------------------------------ encoder
class QR:
    def __init__(self, payload, ecl='M', mask=None):
        if isinstance(payload, str):
            payload = payload.encode('utf-8')
        self.ecl = ecl
        e = ECL[ecl][0]
        for ver in range(1, 11):
            cc = 8 if ver <= 9 else 16
            if 4 + cc + 8 * len(payload) <= data_codewords(ver, e) * 8:
                break
        else:
            raise ValueError('payload too long for version 10')
        self.version = ver
        self.size = ver * 4 + 17
        bits = []

        def put(val, n):
            bits.extend((val >> i) & 1 for i in reversed(range(n)))
        put(0b0100, 4)
        put(len(payload), cc)
        for b in payload:
            put(b, 8)
        cap = data_codewords(ver, e) * 8
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        data = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        pad = 0xEC
        while len(data) < cap // 8:
            data.append(pad)
            pad ^= 0xEC ^ 0x11
        self.data = data
        codewords = self._add_ecc(data, e)
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fun = [[False] * n for _ in range(n)]
        self._function_patterns()
        self._draw_codewords(codewords)
        if mask is None:
            best = None
            for m in range(8):
                self._apply_mask(m)
                self._format_bits(m)
                p = self._penalty()
                if best is None or p < best[0]:
                    best = (p, m)
                self._apply_mask(m)
            mask = best[1]
        self.mask = mask
        self._apply_mask(mask)
        self._format_bits(mask)

    # -- helpers
    def _setf(self, x, y, dark):
        self.mod[y][x] = bool(dark)
        self.fun[y][x] = True

    def _add_ecc(self, data, e):
        ver = self.version
        nb = NUM_BLOCKS[e][ver]
        ecl_len = ECC_PER_BLOCK[e][ver]
        raw = raw_modules(ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = rs_divisor(ecl_len)
        blocks = []
        k = 0
        for i in range(nb):
            dat = data[k:k + shortlen - ecl_len + (0 if i < nshort else 1)]
            k += len(dat)
            ecc = rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + ecc)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - ecl_len or j >= nshort:
                    out.append(blk[i])
        assert len(out) == raw
        return out

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
        pos = ALIGN[self.version]
        na = len(pos)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._format_bits(0)
        if self.version >= 7:
            rem = self.version
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.version << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1
                a = n - 11 + i % 3
                b = i // 3
                self._setf(a, b, bit)
                self._setf(b, a, bit)

    def format_word(self, mask):
        data = ECL[self.ecl][1] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        return (data << 10 | rem) ^ 0x5412

    def _format_bits(self, mask):
        bits = self.format_word(mask)
        n = self.size
        g = lambda i: (bits >> i) & 1
        for i in range(6):
            self._setf(8, i, g(i))
        self._setf(8, 7, g(6))
        self._setf(8, 8, g(7))
        self._setf(7, 8, g(8))
        for i in range(9, 15):
            self._setf(14 - i, 8, g(i))
        for i in range(8):
            self._setf(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self._setf(8, n - 15 + i, g(i))
        self._setf(8, n - 8, True)

    def _draw_codewords(self, cw):
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
                    if not self.fun[y][x] and i < len(cw) * 8:
                        self.mod[y][x] = bool((cw[i >> 3] >> (7 - (i & 7))) & 1)
                        i += 1
            right -= 2
        assert i == len(cw) * 8

    MASKS = (
        lambda x, y: (x + y) % 2 == 0,
        lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    )

    def _apply_mask(self, m):
        f = self.MASKS[m]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fun[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]

    def _penalty(self):
        n = self.size
        m = self.mod
        p = 0
        lines = [m[y] for y in range(n)] + [[m[y][x] for y in range(n)] for x in range(n)]
        pat1 = [True, False, True, True, True, False, True, False, False, False, False]
        pat2 = list(reversed(pat1))
        for line in lines:
            run = 1
            for i in range(1, n + 1):
                if i < n and line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run = 1
            for i in range(n - 10):
                seg = line[i:i + 11]
                if seg == pat1 or seg == pat2:
                    p += 40
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in m)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        p += max(k, 0) * 10
        return p

    def matrix(self, border=4):
        n = self.size
        out = []
        for y in range(-border, n + border):
            out.append([0 <= x < n and 0 <= y < n and self.mod[y][x]
                        for x in range(-border, n + border)])
        return out


# ------------------------------------------------------------ PNG
def _chunk(tag, data):
    return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)


def png_bitmap(rows, scale=1, extra_chunks=()):
    """rows: list of lists of booleans (True = dark).  1-bit greyscale PNG."""
    h = len(rows) * scale
    w = len(rows[0]) * scale
    raw = bytearray()
    for r in rows:
        line = bytearray()
        bits = []
        for dark in r:
            bits.extend([0 if dark else 1] * scale)
        bits.extend([0] * ((-len(bits)) % 8))
        for i in range(0, len(bits), 8):
            v = 0
            for b in bits[i:i + 8]:
                v = v << 1 | b
            line.append(v)
        for _ in range(scale):
            raw.append(0)
            raw.extend(line)
    ihdr = struct.pack('>IIBBBBB', w, h, 1, 0, 0, 0, 0)
    out = b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', ihdr)
    for tag, data in extra_chunks:
        out += _chunk(tag, data)
    out += _chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _chunk(b'IEND', b'')
    return out


def qr_png(text, scale=8, ecl='M'):
    q = QR(text, ecl)
    return png_bitmap(q.matrix(), scale)


def png_read_1bit(data):
    """Tiny reader for the PNGs written above (used by the self-check)."""
    pos = 8
    idat = b''
    while pos < len(data):
        ln, = struct.unpack('>I', data[pos:pos + 4])
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        if tag == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
        elif tag == b'IDAT':
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    stride = (w + 7) // 8
    rows = []
    for y in range(h):
        line = raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)]
        rows.append([not ((line[x >> 3] >> (7 - (x & 7))) & 1) for x in range(w)])
    return rows


def selftest():
    # Thonky "HELLO WORLD" 1-M example: data and EC codewords
    data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(data, rs_divisor(10)) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    q = QR('x', 'M', mask=0)
    assert format(q.format_word(0), '015b') == '101010000010010'
    q = QR('x', 'L', mask=4)
    assert format(q.format_word(4), '015b') == '110011000101111'
    rem = 7
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    assert format(7 << 12 | rem, '018b') == '000111110010010100'
    for v in range(2, 11):
        n = v // 7 + 2
        step = (v * 8 + n * 3 + 5) // (n * 4 - 4) * 2
        pos = list(reversed([v * 4 + 17 - 7 - i * step for i in range(n - 1)] + [6]))
        assert pos == ALIGN[v], v
    return True


if __name__ == '__main__':
    print(selftest())
