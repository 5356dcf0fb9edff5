"""Minimal QR Code encoder (byte mode, versions 1-10, EC level L/M) with PNG
output and a self-check reader.  Standard library only."""
import struct
import zlib

EXP = [0] * 512
LOG = [0] * 256
_x = 1
for _i in range(255):
    EXP[_i] = _x
    LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11d
for _i in range(255, 512):
    EXP[_i] = EXP[_i - 255]


def gmul(a, b):
    return 0 if a == 0 or b == 0 else EXP[LOG[a] + LOG[b]]


def _pmul(p, q):
    r = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            r[i + j] ^= gmul(a, b)
    return r


def rs_ec(data, n):
    g = [1]
    for i in range(n):
        g = _pmul(g, [1, EXP[i]])
    res = list(data) + [0] * n
    for i in range(len(data)):
        c = res[i]
        if c:
            for j in range(1, len(g)):
                res[i + j] ^= gmul(g[j], c)
    return res[len(data):]


# version -> level -> (ec per block, [(blocks, data cw), ...])
TABLE = {
    1: {'L': (7, [(1, 19)]), 'M': (10, [(1, 16)])},
    2: {'L': (10, [(1, 34)]), 'M': (16, [(1, 28)])},
    3: {'L': (15, [(1, 55)]), 'M': (26, [(1, 44)])},
    4: {'L': (20, [(1, 80)]), 'M': (18, [(2, 32)])},
    5: {'L': (26, [(1, 108)]), 'M': (24, [(2, 43)])},
    6: {'L': (18, [(2, 68)]), 'M': (16, [(4, 27)])},
    7: {'L': (20, [(2, 78)]), 'M': (18, [(4, 31)])},
    8: {'L': (24, [(2, 97)]), 'M': (22, [(2, 38), (2, 39)])},
    9: {'L': (30, [(2, 116)]), 'M': (22, [(3, 36), (2, 37)])},
    10: {'L': (18, [(2, 68), (2, 69)]), 'M': (26, [(4, 43), (1, 44)])},
}
ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
         7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
FMTBITS = {'L': 1, 'M': 0}


def _capacity(v, ecl):
    return sum(b * d for b, d in TABLE[v][ecl][1])


def _encode_data(data, v, ecl):
    bits = []

    def put(val, n):
        bits.extend((val >> (n - 1 - i)) & 1 for i in range(n))
    put(4, 4)
    put(len(data), 8 if v < 10 else 16)
    for b in data:
        put(b, 8)
    cap = _capacity(v, ecl) * 8
    put(0, min(4, cap - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap // 8:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    return cw


def _blocks(cw, v, ecl):
    ecn, groups = TABLE[v][ecl]
    blocks, k = [], 0
    for nb, nd in groups:
        for _ in range(nb):
            blocks.append(cw[k:k + nd])
            k += nd
    return blocks, ecn


def _interleave(cw, v, ecl):
    blocks, ecn = _blocks(cw, v, ecl)
    ecs = [rs_ec(b, ecn) for b in blocks]
    out = []
    for i in range(max(len(b) for b in blocks)):
        for b in blocks:
            if i < len(b):
                out.append(b[i])
    for i in range(ecn):
        for e in ecs:
            out.append(e[i])
    return out


def _function_map(v):
    size = 17 + 4 * v
    m = [[0] * size for _ in range(size)]
    f = [[False] * size for _ in range(size)]

    def setf(x, y, dark):
        m[y][x] = 1 if dark else 0
        f[y][x] = True
    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    d = max(abs(dx), abs(dy))
                    setf(x, y, d not in (2, 4))
    al = ALIGN[v]
    n = len(al)
    for i in range(n):
        for j in range(n):
            if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
    # reserve format areas (values drawn later)
    for i in range(9):
        if not f[8][i]:
            setf(i, 8, False)
        if not f[i][8]:
            setf(8, i, False)
    for i in range(8):
        setf(size - 1 - i, 8, False)
        setf(8, size - 1 - i, False)
    setf(8, size - 8, True)
    if v >= 7:
        rem = v
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = v << 12 | rem
        for i in range(18):
            bit = (bits >> i) & 1
            a, b = size - 11 + i % 3, i // 3
            setf(a, b, bit)
            setf(b, a, bit)
    return m, f


def _format_bits(ecl, mask):
    data = FMTBITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _draw_format(m, ecl, mask):
    size = len(m)
    bits = _format_bits(ecl, mask)

    def s(x, y, b):
        m[y][x] = b
    g = lambda i: (bits >> i) & 1
    for i in range(6):
        s(8, i, g(i))
    s(8, 7, g(6))
    s(8, 8, g(7))
    s(7, 8, g(8))
    for i in range(9, 15):
        s(14 - i, 8, g(i))
    for i in range(8):
        s(size - 1 - i, 8, g(i))
    for i in range(8, 15):
        s(8, size - 15 + i, g(i))
    s(8, size - 8, 1)


def _zigzag(size, f):
    order = []
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vert if upward else vert
                if not f[y][x]:
                    order.append((x, y))
        right -= 2
    return order


MASKS = [
    lambda y, x: (x + y) % 2 == 0,
    lambda y, x: y % 2 == 0,
    lambda y, x: x % 3 == 0,
    lambda y, x: (x + y) % 3 == 0,
    lambda y, x: (y // 2 + x // 3) % 2 == 0,
    lambda y, x: (x * y) % 2 + (x * y) % 3 == 0,
    lambda y, x: ((x * y) % 2 + (x * y) % 3) % 2 == 0,
    lambda y, x: ((x + y) % 2 + (x * y) % 3) % 2 == 0,
]


def _penalty(m):
    size = len(m)
    p = 0
    lines = [row for row in m] + [[m[y][x] for y in range(size)] for x in range(size)]
    for ln in lines:
        run, prev = 0, None
        for c in ln:
            if c == prev:
                run += 1
            else:
                if run >= 5:
                    p += run - 2
                run, prev = 1, c
        if run >= 5:
            p += run - 2
        s = ''.join(map(str, ln))
        for pat in ('10111010000', '00001011101'):
            p += 40 * sum(1 for i in range(len(s) - 10) if s[i:i + 11] == pat)
    for y in range(size - 1):
        for x in range(size - 1):
            if m[y][x] == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    dark = sum(map(sum, m))
    p += 10 * (abs(dark * 20 - size * size * 10) // (size * size))
    return p


def encode(text, ecl='M'):
    data = text.encode('utf-8')
    for v in range(1, 11):
        if len(data) + (2 if v < 10 else 3) <= _capacity(v, ecl):
            break
    else:
        raise ValueError('QR payload too long: %d bytes' % len(data))
    cw = _interleave(_encode_data(data, v, ecl), v, ecl)
    bits = [(c >> (7 - i)) & 1 for c in cw for i in range(8)]
    best = None
    for mask in range(8):
        m, f = _function_map(v)
        order = _zigzag(len(m), f)
        for k, (x, y) in enumerate(order):
            b = bits[k] if k < len(bits) else 0
            m[y][x] = b ^ (1 if MASKS[mask](y, x) else 0)
        _draw_format(m, ecl, mask)
        pen = _penalty(m)
        if best is None or pen < best[0]:
            best = (pen, m)
    return best[1]


# ---------------------------------------------------------------- PNG -------
def png(matrix, scale=6, border=4):
    n = len(matrix)
    w = (n + 2 * border) * scale
    raw = bytearray()
    for py in range(w):
        my = py // scale - border
        raw.append(0)
        for px in range(w):
            mx = px // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            raw.append(0 if dark else 255)

    def chunk(t, d):
        c = t + d
        return struct.pack('>I', len(d)) + c + struct.pack('>I', zlib.crc32(c) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, w, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


def qr_png(text, ecl='M', scale=6):
    p = png(encode(text, ecl), scale)
    assert read_png(p, scale) == text, 'QR self-check failed'
    return p


# ------------------------------------------------------------ self-check ----
def read_png(data, scale=6, border=4):
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos, idat, w = 8, b'', 0
    while pos < len(data):
        ln, = struct.unpack('>I', data[pos:pos + 4])
        t = data[pos + 4:pos + 8]
        d = data[pos + 8:pos + 8 + ln]
        if t == b'IHDR':
            w = struct.unpack('>I', d[:4])[0]
        elif t == b'IDAT':
            idat += d
        pos += 12 + ln
    raw = zlib.decompress(idat)
    stride = w + 1
    n = w // scale - 2 * border
    mat = [[1 if raw[((border + y) * scale + scale // 2) * stride + 1 +
                     (border + x) * scale + scale // 2] < 128 else 0
            for x in range(n)] for y in range(n)]
    return decode_matrix(mat)


def decode_matrix(m):
    size = len(m)
    v = (size - 17) // 4
    fmt = 0
    for i in range(6):
        fmt |= m[i][8] << i
    fmt |= m[7][8] << 6 | m[8][8] << 7 | m[8][7] << 8
    for i in range(9, 15):
        fmt |= m[8][14 - i] << i
    best = min(((bin(_format_bits(e, k) ^ fmt).count('1'), e, k)
                for e in 'LM' for k in range(8)))
    assert best[0] == 0, 'format bits damaged'
    _, ecl, mask = best
    _, f = _function_map(v)
    bits = [m[y][x] ^ (1 if MASKS[mask](y, x) else 0) for x, y in _zigzag(size, f)]
    ecn, groups = TABLE[v][ecl]
    total = sum(b * (d + ecn) for b, d in groups)
    cw = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(total)]
    lens = [d for b, d in groups for _ in range(b)]
    blocks = [[] for _ in lens]
    k = 0
    for i in range(max(lens)):
        for bi, ln in enumerate(lens):
            if i < ln:
                blocks[bi].append(cw[k])
                k += 1
    for i in range(ecn):
        for bi in range(len(lens)):
            blocks[bi].append(cw[k])
            k += 1
    for b in blocks:  # every syndrome must vanish
        for i in range(ecn):
            s = 0
            for c in b:
                s = gmul(s, EXP[i]) ^ c
            assert s == 0, 'RS syndrome non-zero'
    data = [c for b, ln in zip(blocks, lens) for c in b[:ln]]
    bs = ''.join(format(c, '08b') for c in data)
    assert bs[:4] == '0100'
    cl = 8 if v < 10 else 16
    n = int(bs[4:4 + cl], 2)
    p = 4 + cl
    return bytes(int(bs[p + 8 * i:p + 8 * i + 8], 2) for i in range(n)).decode('utf-8')


if __name__ == '__main__':
    import sys
    t = sys.argv[1] if len(sys.argv) > 1 else 'https://example.com/'
    open('qrtest.png', 'wb').write(qr_png(t))
    print('ok')
