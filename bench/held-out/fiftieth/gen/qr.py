"""Minimal QR Code Model 2 encoder (byte mode, versions 1-10, ECC L/M/Q/H)
plus a PNG writer and a self-check reader that re-reads the module matrix
(format info, de-masking, de-interleaving, Reed-Solomon syndromes)."""
import struct
import zlib

ECL_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}
# per version 1..10: (ecc codewords per block, number of blocks)
ECC_TABLE = {
    'L': [(7, 1), (10, 1), (15, 1), (20, 1), (26, 1), (18, 2), (20, 2), (24, 2), (30, 2), (18, 4)],
    'M': [(10, 1), (16, 1), (26, 1), (18, 2), (24, 2), (16, 4), (18, 4), (22, 4), (22, 5), (26, 5)],
    'Q': [(13, 1), (22, 1), (18, 2), (26, 2), (18, 4), (24, 4), (18, 6), (22, 6), (20, 8), (24, 8)],
    'H': [(17, 1), (28, 1), (22, 2), (16, 4), (22, 4), (28, 4), (26, 5), (26, 6), (24, 8), (28, 8)],
}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
         7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}


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


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def data_capacity(ver, ecl):
    ecc, nb = ECC_TABLE[ecl][ver - 1]
    return raw_modules(ver) // 8 - ecc * nb


def format_bits(ecl, mask):
    data = ECL_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(ver):
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
    def __init__(self, payload, ecl='M', mask=None):
        if isinstance(payload, str):
            payload = payload.encode('utf-8')
        self.payload = payload
        self.ecl = ecl
        for ver in range(1, 11):
            ccbits = 8 if ver < 10 else 16
            if 4 + ccbits + 8 * len(payload) <= data_capacity(ver, ecl) * 8:
                break
        else:
            raise ValueError('payload too long')
        self.ver = ver
        self.size = ver * 4 + 17
        bits = []

        def put(v, n):
            bits.extend((v >> i) & 1 for i in reversed(range(n)))
        put(4, 4)
        put(len(payload), ccbits)
        for b in payload:
            put(b, 8)
        cap = data_capacity(ver, ecl) * 8
        put(0, min(4, cap - len(bits)))
        put(0, (-len(bits)) % 8)
        pad = 0xEC
        while len(bits) < cap:
            put(pad, 8)
            pad ^= 0xEC ^ 0x11
        data = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
        self.codewords = self._interleave(data)
        self._build(mask)

    def _interleave(self, data):
        ecc, nb = ECC_TABLE[self.ecl][self.ver - 1]
        raw = raw_modules(self.ver) // 8
        nshort = nb - raw % nb
        shortlen = raw // nb
        div = rs_divisor(ecc)
        blocks = []
        k = 0
        for i in range(nb):
            dat = data[k:k + shortlen - ecc + (0 if i < nshort else 1)]
            k += len(dat)
            e = rs_remainder(dat, div)
            if i < nshort:
                dat = dat + [0]
            blocks.append(dat + e)
        out = []
        for i in range(len(blocks[0])):
            for j, blk in enumerate(blocks):
                if i != shortlen - ecc or j >= nshort:
                    out.append(blk[i])
        assert len(out) == raw
        return out

    # --- drawing
    def _set(self, x, y, dark):
        self.m[y][x] = bool(dark)
        self.func[y][x] = True

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
        al = ALIGN[self.ver]
        na = len(al)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self._set(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._draw_format(0)
        if self.ver >= 7:
            vb = version_bits(self.ver)
            for i in range(18):
                bit = (vb >> i) & 1
                a, b = n - 11 + i % 3, i // 3
                self._set(a, b, bit)
                self._set(b, a, bit)

    def _draw_format(self, mask):
        n = self.size
        bits = format_bits(self.ecl, mask)
        g = lambda i: (bits >> i) & 1
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

    def _zigzag(self):
        n = self.size
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.func[y][x]:
                        yield x, y
            right -= 2

    def _apply_mask(self, mask):
        f = MASKS[mask]
        for y in range(self.size):
            for x in range(self.size):
                if not self.func[y][x] and f(x, y):
                    self.m[y][x] = not self.m[y][x]

    def _build(self, mask):
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.func = [[False] * n for _ in range(n)]
        self._function_patterns()
        i = 0
        nbits = len(self.codewords) * 8
        for x, y in self._zigzag():
            if i < nbits:
                self.m[y][x] = bool((self.codewords[i >> 3] >> (7 - (i & 7))) & 1)
            i += 1
        if mask is None:
            best = None
            for k in range(8):
                self._apply_mask(k)
                self._draw_format(k)
                p = self._penalty()
                if best is None or p < best[0]:
                    best = (p, k)
                self._apply_mask(k)
            mask = best[1]
        self._apply_mask(mask)
        self._draw_format(mask)
        self.mask = mask

    def _penalty(self):
        n = self.size
        m = self.m
        res = 0
        lines = [row for row in m] + [[m[y][x] for y in range(n)] for x in range(n)]
        for line in lines:
            run = 1
            for i in range(1, n + 1):
                if i < n and line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        res += 3 + run - 5
                    run = 1
            s = ''.join('1' if v else '0' for v in line)
            for pat in ('10111010000', '00001011101'):
                res += 40 * s.count(pat)
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    res += 3
        dark = sum(v for row in m for v in row)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        res += max(k, 0) * 10
        return res

    # --- output
    def png(self, scale=8, border=4):
        n = self.size
        w = (n + 2 * border) * scale
        rows = []
        for py in range(w):
            y = py // scale - border
            row = bytearray([0])
            for px in range(w):
                x = px // scale - border
                dark = 0 <= x < n and 0 <= y < n and self.m[y][x]
                row.append(0 if dark else 255)
            rows.append(bytes(row))
        return png_bytes(w, w, 0, b''.join(rows))


def png_bytes(w, h, colortype, raw):
    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack('>IIBBBBB', w, h, 8, colortype, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def qr_png(text, ecl='M', scale=8):
    q = QR(text, ecl)
    assert read_back(q) == q.payload
    return q.png(scale=scale)


# ------------------------------------------------------------ self check
def read_back(q):
    """Independent re-reading of the symbol: format info, unmask, zigzag,
    de-interleave, RS syndrome check, byte-mode parse."""
    n = q.size
    m = q.m
    b = 0
    pos = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(pos):
        b |= int(m[y][x]) << i
    b2 = 0
    pos2 = [(n - 1 - i, 8) for i in range(8)] + [(8, n - 15 + i) for i in range(8, 15)]
    for i, (x, y) in enumerate(pos2):
        b2 |= int(m[y][x]) << i
    assert b == b2
    ecl = mask = None
    for e in 'LMQH':
        for k in range(8):
            if format_bits(e, k) == b:
                ecl, mask = e, k
    assert (ecl, mask) == (q.ecl, q.mask)
    f = MASKS[mask]
    bits = []
    for x, y in q._zigzag():
        bits.append(int(m[y][x]) ^ int(f(x, y)))
    raw = raw_modules(q.ver) // 8
    cw = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    ecc, nb = ECC_TABLE[ecl][q.ver - 1]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i == shortlen - ecc and j < nshort:
                continue
            if k < raw:
                blocks[j].append(cw[k])
                k += 1
    assert k == raw
    data = []
    for blk in blocks:
        # syndromes: evaluate at alpha^0..alpha^(ecc-1)
        a = 1
        for _ in range(ecc):
            s = 0
            for c in blk:
                s = gf_mul(s, a) ^ c
            assert s == 0, 'RS syndrome'
            a = gf_mul(a, 2)
        data += blk[:len(blk) - ecc]
    bs = ''.join(f'{c:08b}' for c in data)
    assert bs[:4] == '0100'
    ccb = 8 if q.ver < 10 else 16
    ln = int(bs[4:4 + ccb], 2)
    st = 4 + ccb
    return bytes(int(bs[st + 8 * i: st + 8 * i + 8], 2) for i in range(ln))


if __name__ == '__main__':
    assert [format_bits('M', k) for k in range(8)] == [0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0]
    assert format_bits('L', 0) == 0x77C4
    assert version_bits(7) == 0x07C94
    import sys
    open('qrtest.png', 'wb').write(qr_png(sys.argv[1] if len(sys.argv) > 1 else 'https://example.com/'))
    print('ok')
