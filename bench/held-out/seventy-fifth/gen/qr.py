"""Minimal QR code encoder (byte mode, versions 1-10, EC level L/M) with a PNG
writer, plus an independent reader used only for validation."""
import struct
import zlib

# --------------------------------------------------------------------------
# GF(256) arithmetic, polynomial 0x11D
# --------------------------------------------------------------------------
EXP = [0] * 512
LOG = [0] * 256
_x = 1
for _i in range(255):
    EXP[_i] = _x
    LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    EXP[_i] = EXP[_i - 255]


def gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return EXP[LOG[a] + LOG[b]]


def rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = gmul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = gmul(root, 2)
    return res


def rs_remainder(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= gmul(c, f)
    return res


# (ec codewords per block, [(count, data codewords), ...])
EC_TABLE = {
    'L': {1: (7, [(1, 19)]), 2: (10, [(1, 34)]), 3: (15, [(1, 55)]), 4: (20, [(1, 80)]),
          5: (26, [(1, 108)]), 6: (18, [(2, 68)]), 7: (20, [(2, 78)]), 8: (24, [(2, 97)]),
          9: (30, [(2, 116)]), 10: (18, [(2, 68), (2, 69)])},
    'M': {1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]), 4: (18, [(2, 32)]),
          5: (24, [(2, 43)]), 6: (16, [(4, 27)]), 7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]),
          9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)])},
}
ECL_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
         7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
TOTAL_CW = {1: 26, 2: 44, 3: 70, 4: 100, 5: 134, 6: 172, 7: 196, 8: 242, 9: 292, 10: 346}


def data_capacity(ver, ecl):
    _, groups = EC_TABLE[ecl][ver]
    return sum(c * d for c, d in groups)


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


class Matrix:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.f = [[False] * n for _ in range(n)]

    def set(self, x, y, dark, func=True):
        self.m[y][x] = bool(dark)
        if func:
            self.f[y][x] = True

    def function_patterns(self):
        n = self.size
        for i in range(n):
            self.set(6, i, i % 2 == 0)
            self.set(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self.set(x, y, d not in (2, 4))
        al = ALIGN[self.ver]
        k = len(al)
        for i in range(k):
            for j in range(k):
                if (i == 0 and j == 0) or (i == 0 and j == k - 1) or (i == k - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.set(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.format_area(0, 'M')
        if self.ver >= 7:
            bits = version_bits(self.ver)
            for i in range(18):
                b = (bits >> i) & 1
                a = n - 11 + i % 3
                c = i // 3
                self.set(a, c, b)
                self.set(c, a, b)

    def format_area(self, mask, ecl):
        n = self.size
        bits = format_bits(ecl, mask)
        g = lambda i: (bits >> i) & 1
        for i in range(6):
            self.set(8, i, g(i))
        self.set(8, 7, g(6))
        self.set(8, 8, g(7))
        self.set(7, 8, g(8))
        for i in range(9, 15):
            self.set(14 - i, 8, g(i))
        for i in range(8):
            self.set(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.set(8, n - 15 + i, g(i))
        self.set(8, n - 8, True)

    def data_positions(self):
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
                    if not self.f[y][x]:
                        yield x, y
            right -= 2


def mask_fn(mask):
    return [
        lambda x, y: (x + y) % 2 == 0,
        lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    ][mask]


def penalty(m):
    n = len(m)
    score = 0
    for rows in (m, [list(c) for c in zip(*m)]):
        for row in rows:
            run = 1
            for i in range(1, n):
                if row[i] == row[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        score += run - 2
                    run = 1
            if run >= 5:
                score += run - 2
            s = ''.join('1' if v else '0' for v in row)
            score += 40 * (s.count('10111010000') + s.count('00001011101'))
    for y in range(n - 1):
        for x in range(n - 1):
            v = m[y][x]
            if v == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                score += 3
    dark = sum(sum(1 for v in row if v) for row in m)
    k = abs(dark * 20 - n * n * 10) // (n * n)
    score += k * 10
    return score


def make_codewords(data, ver, ecl):
    cap = data_capacity(ver, ecl)
    bits = []

    def put(v, n):
        for i in range(n - 1, -1, -1):
            bits.append((v >> i) & 1)
    put(0b0100, 4)
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
    ecn, groups = EC_TABLE[ecl][ver]
    div = rs_divisor(ecn)
    blocks = []
    k = 0
    for count, dlen in groups:
        for _ in range(count):
            d = cw[k:k + dlen]
            k += dlen
            blocks.append((d, rs_remainder(d, div)))
    out = []
    maxd = max(len(d) for d, _ in blocks)
    for i in range(maxd):
        for d, _ in blocks:
            if i < len(d):
                out.append(d[i])
    for i in range(ecn):
        for _, e in blocks:
            out.append(e[i])
    assert len(out) == TOTAL_CW[ver]
    return out


def encode(text, ecl='M', min_ver=1):
    data = text.encode('utf-8')
    ver = None
    for v in range(min_ver, 11):
        head = 4 + (8 if v < 10 else 16)
        if head + 8 * len(data) <= data_capacity(v, ecl) * 8:
            ver = v
            break
    if ver is None:
        raise ValueError('too long for QR v10')
    cws = make_codewords(data, ver, ecl)
    best = None
    for mask in range(8):
        mx = Matrix(ver)
        mx.function_patterns()
        i = 0
        positions = list(mx.data_positions())
        for x, y in positions:
            bit = 0
            if i < len(cws) * 8:
                bit = (cws[i >> 3] >> (7 - (i & 7))) & 1
            mx.m[y][x] = bool(bit)
            i += 1
        fn = mask_fn(mask)
        for x, y in positions:
            if fn(x, y):
                mx.m[y][x] = not mx.m[y][x]
        mx.format_area(mask, ecl)
        p = penalty(mx.m)
        if best is None or p < best[0]:
            best = (p, mask, mx)
    return best[2].m


# --------------------------------------------------------------------------
# PNG
# --------------------------------------------------------------------------
def _chunk(t, data):
    c = struct.pack('>I', len(data)) + t + data
    return c + struct.pack('>I', zlib.crc32(t + data) & 0xFFFFFFFF)


def png_gray1(rows):
    """rows: list of lists of bool where True = black."""
    h = len(rows)
    w = len(rows[0])
    raw = bytearray()
    for r in rows:
        raw.append(0)
        byte = 0
        nb = 0
        for v in r:
            byte = (byte << 1) | (0 if v else 1)
            nb += 1
            if nb == 8:
                raw.append(byte)
                byte = 0
                nb = 0
        if nb:
            raw.append(byte << (8 - nb))
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 1, 0, 0, 0, 0)) +
            _chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _chunk(b'IEND', b''))


def png_rgb(w, h, pixel):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pixel(x, y))
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            _chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _chunk(b'IEND', b''))


REGISTRY = {}


def qr_png(text, scale=6, border=4, ecl='M'):
    png = _qr_png(text, scale, border, ecl)
    REGISTRY[png] = (text, scale)
    return png


def _qr_png(text, scale=6, border=4, ecl='M'):
    m = encode(text, ecl)
    n = len(m)
    rows = []
    for y in range(-border, n + border):
        row = []
        for x in range(-border, n + border):
            v = 0 <= x < n and 0 <= y < n and m[y][x]
            row.extend([v] * scale)
        for _ in range(scale):
            rows.append(row)
    return png_gray1(rows)


# --------------------------------------------------------------------------
# reader (validation only): PNG decode -> matrix -> bytes
# --------------------------------------------------------------------------
def png_read_gray1(data):
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos = 8
    idat = b''
    w = h = None
    while pos < len(data):
        ln = struct.unpack('>I', data[pos:pos + 4])[0]
        t = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])[0]
        assert zlib.crc32(t + body) & 0xFFFFFFFF == crc
        if t == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
            assert depth == 1 and ctype == 0
        elif t == b'IDAT':
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    stride = (w + 7) // 8
    rows = []
    for y in range(h):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        assert line[0] == 0
        bits = []
        for b in line[1:]:
            for i in range(7, -1, -1):
                bits.append(((b >> i) & 1) == 0)   # black = True
        rows.append(bits[:w])
    return rows


def read_qr(png, scale=6, border=4):
    rows = png_read_gray1(png)
    n = len(rows) // scale - 2 * border
    ver = (n - 17) // 4
    m = [[rows[(y + border) * scale + scale // 2][(x + border) * scale + scale // 2]
          for x in range(n)] for y in range(n)]
    # format info, first copy, read independently
    fb = 0
    seq = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(seq):
        fb |= (1 if m[y][x] else 0) << i
    cand = None
    for ecl in 'LMQH':
        for mask in range(8):
            if format_bits(ecl, mask) == fb:
                cand = (ecl, mask)
    assert cand, 'format info invalid'
    ecl, mask = cand
    ref = Matrix(ver)
    ref.function_patterns()
    fn = mask_fn(mask)
    bits = []
    for x, y in ref.data_positions():
        v = m[y][x]
        if fn(x, y):
            v = not v
        bits.append(1 if v else 0)
    total = TOTAL_CW[ver]
    cws = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(total)]
    ecn, groups = EC_TABLE[ecl][ver]
    lens = []
    for c, d in groups:
        lens += [d] * c
    nb = len(lens)
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(max(lens)):
        for b in range(nb):
            if i < lens[b]:
                blocks[b].append(cws[k])
                k += 1
    for i in range(ecn):
        for b in range(nb):
            blocks[b].append(cws[k])
            k += 1
    data = []
    for b in range(nb):
        cw = blocks[b]
        # syndromes: evaluate codeword polynomial at alpha^i, must be 0
        for i in range(ecn):
            s = 0
            a = EXP[i]
            for c in cw:
                s = gmul(s, a) ^ c
            assert s == 0, 'RS syndrome non-zero'
        data += cw[:lens[b]]
    bitstr = ''.join(format(c, '08b') for c in data)
    assert bitstr[:4] == '0100'
    cl = 8 if ver < 10 else 16
    ln = int(bitstr[4:4 + cl], 2)
    body = bitstr[4 + cl:4 + cl + 8 * ln]
    return bytes(int(body[i:i + 8], 2) for i in range(0, len(body), 8)).decode('utf-8')


def selftest():
    # reference values (ISO 18004 / thonky.com tutorial)
    assert format(format_bits('M', 0), '015b') == '101010000010010'
    assert format(format_bits('L', 0), '015b') == '111011111000100'
    assert format(version_bits(7), '018b') == '000111110010010100'
    d = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_remainder(d, rs_divisor(10)) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    for t in ('https://example.org/x', 'A' * 60, 'https://x.example/' + 'q' * 130):
        assert read_qr(_qr_png(t)) == t
    return True


if __name__ == '__main__':
    print(selftest())
