"""Minimal QR Code model 2 encoder (byte mode, versions 1-10, ECC L/M),
PNG writer and an independent reader used to verify that every generated
image decodes back to its payload.  Stdlib only."""
import struct
import zlib

# (ecc codewords per block, number of blocks) per version
_ECC = {
    'L': {1: (7, 1), 2: (10, 1), 3: (15, 1), 4: (20, 1), 5: (26, 1), 6: (18, 2),
          7: (20, 2), 8: (24, 2), 9: (30, 2), 10: (18, 4)},
    'M': {1: (10, 1), 2: (16, 1), 3: (26, 1), 4: (18, 2), 5: (24, 2), 6: (16, 4),
          7: (18, 4), 8: (22, 4), 9: (22, 5), 10: (26, 5)},
}
_FMT = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def _data_codewords(ver, ecl):
    e, b = _ECC[ecl][ver]
    return _raw_modules(ver) // 8 - e * b


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


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


def _rs_remainder(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, f)
    return res


def _align_positions(ver):
    if ver == 1:
        return []
    n = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 4 + n * 2 + 1) // (n * 2 - 2) * 2
    return list(reversed([size - 7 - i * step for i in range(n - 1)] + [6]))


def _format_bits(ecl, mask):
    data = _FMT[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _version_bits(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


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


class _Grid:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        self.m = [[False] * self.size for _ in range(self.size)]
        self.f = [[False] * self.size for _ in range(self.size)]
        self._function_patterns()

    def set(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def _function_patterns(self):
        s = self.size
        for i in range(s):
            self.set(6, i, i % 2 == 0)
            self.set(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < s and 0 <= y < s:
                        self.set(x, y, max(abs(dx), abs(dy)) not in (2, 4))
        pos = _align_positions(self.ver)
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.set(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format('M', 0)
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a, b = s - 11 + i % 3, i // 3
                self.set(a, b, bit)
                self.set(b, a, bit)

    def draw_format(self, ecl, mask):
        bits = _format_bits(ecl, mask)
        s = self.size
        g = lambda i: (bits >> i) & 1 == 1
        for i in range(6):
            self.set(8, i, g(i))
        self.set(8, 7, g(6))
        self.set(8, 8, g(7))
        self.set(7, 8, g(8))
        for i in range(9, 15):
            self.set(14 - i, 8, g(i))
        for i in range(8):
            self.set(s - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.set(8, s - 15 + i, g(i))
        self.set(8, s - 8, True)

    def zigzag(self):
        s = self.size
        right = s - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(s):
                for j in range(2):
                    x = right - j
                    up = ((right + 1) & 2) == 0
                    y = s - 1 - vert if up else vert
                    if not self.f[y][x]:
                        yield x, y
            right -= 2


def _penalty(m):
    s = len(m)
    p = 0
    for rows in (m, [list(c) for c in zip(*m)]):
        for row in rows:
            run = 1
            for i in range(1, s):
                if row[i] == row[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
                    run = 1
            if run >= 5:
                p += run - 2
            bits = [1 if v else 0 for v in row]
            pat1 = [1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0]
            pat2 = pat1[::-1]
            for i in range(s - 10):
                w = bits[i:i + 11]
                if w == pat1 or w == pat2:
                    p += 40
    for y in range(s - 1):
        for x in range(s - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in row if v) for row in m)
    k = abs(dark * 20 - s * s * 10) // (s * s)
    p += k * 10
    return p


def encode(text, ecl='M'):
    """return the module matrix (list of rows of bool) for `text` (str or bytes)"""
    data = text.encode('utf-8') if isinstance(text, str) else bytes(text)
    for ver in range(1, 11):
        cc_bits = 8 if ver < 10 else 16
        if 4 + cc_bits + 8 * len(data) <= _data_codewords(ver, ecl) * 8:
            break
    else:
        raise ValueError('payload too long for versions 1-10')
    cap = _data_codewords(ver, ecl)
    bits = []

    def put(v, n):
        bits.extend((v >> i) & 1 for i in reversed(range(n)))
    put(0b0100, 4)
    put(len(data), cc_bits)
    for b in data:
        put(b, 8)
    put(0, min(4, cap * 8 - len(bits)))
    put(0, (-len(bits)) % 8)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    # split into blocks and add ECC
    ecc_len, nblocks = _ECC[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort = nblocks - raw % nblocks
    short_len = raw // nblocks
    div = _rs_divisor(ecc_len)
    blocks, eccs, k = [], [], 0
    for i in range(nblocks):
        dl = short_len - ecc_len + (0 if i < nshort else 1)
        d = cw[k:k + dl]
        k += dl
        blocks.append(d)
        eccs.append(_rs_remainder(d, div))
    final = []
    for i in range(max(len(b) for b in blocks)):
        for b in blocks:
            if i < len(b):
                final.append(b[i])
    for i in range(ecc_len):
        for e in eccs:
            final.append(e[i])
    assert len(final) == raw
    g = _Grid(ver)
    i = 0
    for x, y in g.zigzag():
        if i < len(final) * 8:
            g.m[y][x] = (final[i >> 3] >> (7 - (i & 7))) & 1 == 1
        i += 1
    best = None
    for mask in range(8):
        trial = [row[:] for row in g.m]
        for y in range(g.size):
            for x in range(g.size):
                if not g.f[y][x] and _MASKS[mask](x, y):
                    trial[y][x] = not trial[y][x]
        tg = _Grid(ver)
        tg.m = trial
        tg.draw_format(ecl, mask)
        sc = _penalty(tg.m)
        if best is None or sc < best[0]:
            best = (sc, tg.m)
    return best[1]


def png(matrix, scale=8, border=4):
    size = len(matrix)
    w = (size + 2 * border) * scale
    rows = []
    for y in range(w):
        my = y // scale - border
        row = bytearray([0])
        for x in range(w):
            mx = x // scale - border
            dark = 0 <= mx < size and 0 <= my < size and matrix[my][mx]
            row.append(0 if dark else 255)
        rows.append(bytes(row))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack('>IIBBBBB', w, w, 8, 0, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr)
            + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b''))


def make_png(text, ecl='M', scale=8):
    data = png(encode(text, ecl), scale=scale)
    assert read_png(data) == text, 'QR self-check failed'
    return data


# ------------------------------------------------------------------ reader
def _png_pixels(data):
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos, idat, w = 8, b'', None
    while pos < len(data):
        ln, = struct.unpack('>I', data[pos:pos + 4])
        t = data[pos + 4:pos + 8]
        d = data[pos + 8:pos + 8 + ln]
        if t == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', d[:10])
            assert depth == 8 and ctype == 0
        elif t == b'IDAT':
            idat += d
        pos += 12 + ln
    raw = zlib.decompress(idat)
    stride = w + 1
    px = []
    for y in range(h):
        line = raw[y * stride:(y + 1) * stride]
        assert line[0] == 0
        px.append(line[1:])
    return px


def read_png(data):
    """Decode a QR code from a PNG written by png(): locate the symbol,
    sample the modules, read format info, unmask, check every RS block and
    parse the byte-mode segment.  Returns the payload as str."""
    px = _png_pixels(data)
    h = len(px)
    top = next(y for y in range(h) if min(px[y]) < 128)
    left = next(x for x in range(len(px[top])) if px[top][x] < 128)
    run = 0
    while px[top][left + run] < 128:
        run += 1
    scale = run // 7
    right = max(x for x in range(len(px[top])) if px[top][x] < 128)
    size = (right - left + 1) // scale
    ver = (size - 17) // 4
    assert size == ver * 4 + 17 and 1 <= ver <= 10
    M = [[px[top + y * scale + scale // 2][left + x * scale + scale // 2] < 128
          for x in range(size)] for y in range(size)]
    # format information (first copy)
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    fb = sum((1 << i) for i, (x, y) in enumerate(coords) if M[y][x])
    best = min(((bin(fb ^ _format_bits(e, mk)).count('1'), e, mk) for e in 'LM' for mk in range(8)))
    assert best[0] == 0, 'format bits damaged'
    _, ecl, mask = best
    g = _Grid(ver)
    bits = []
    for x, y in g.zigzag():
        v = M[y][x] ^ _MASKS[mask](x, y)
        bits.append(1 if v else 0)
    raw = _raw_modules(ver) // 8
    cw = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    ecc_len, nblocks = _ECC[ecl][ver]
    nshort = nblocks - raw % nblocks
    short_len = raw // nblocks
    lens = [short_len - ecc_len + (0 if i < nshort else 1) for i in range(nblocks)]
    blocks = [[] for _ in range(nblocks)]
    k = 0
    for i in range(max(lens)):
        for b in range(nblocks):
            if i < lens[b]:
                blocks[b].append(cw[k])
                k += 1
    eccs = [[] for _ in range(nblocks)]
    for i in range(ecc_len):
        for b in range(nblocks):
            eccs[b].append(cw[k])
            k += 1
    div = _rs_divisor(ecc_len)
    for d, e in zip(blocks, eccs):
        assert _rs_remainder(d, div) == e, 'RS check failed'
    stream = ''.join(format(b, '08b') for blk in blocks for b in blk)
    assert stream[:4] == '0100', 'not byte mode'
    ccb = 8 if ver < 10 else 16
    n = int(stream[4:4 + ccb], 2)
    p = 4 + ccb
    payload = bytes(int(stream[p + 8 * i:p + 8 * i + 8], 2) for i in range(n))
    return payload.decode('utf-8')


if __name__ == '__main__':
    for t in ['HELLO', 'https://example.org/' + 'a' * 120, 'x' * 200]:
        assert read_png(png(encode(t))) == t
    print('ok')
