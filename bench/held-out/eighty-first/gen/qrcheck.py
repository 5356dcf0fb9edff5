"""Independent QR reader used only for self-checks: reads the 1-bit PNGs written by
qr.py (or a module matrix), verifies Reed-Solomon syndromes and returns the payload."""
import struct
import zlib

from qr import EC_TABLE, ALIGN, EXP, gf_mul

_ECL_FROM_BITS = {1: 'L', 0: 'M', 3: 'Q', 2: 'H'}


def _bch_format(data5):
    rem = data5
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data5 << 10 | rem) ^ 0x5412


def png_pixels(data):
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos = 8
    idat = b''
    w = h = depth = ctype = None
    while pos < len(data):
        ln, = struct.unpack('>I', data[pos:pos + 4])
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc, = struct.unpack('>I', data[pos + 8 + ln:pos + 12 + ln])
        assert crc == zlib.crc32(tag + body) & 0xffffffff, 'bad crc'
        if tag == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
        elif tag == b'IDAT':
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    assert depth == 1 and ctype == 0, 'only 1-bit greyscale supported'
    stride = (w + 7) // 8
    px = []
    for y in range(h):
        row = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        assert row[0] == 0
        bits = []
        for b in row[1:]:
            for i in range(7, -1, -1):
                bits.append(((b >> i) & 1) == 0)  # 0 = black
        px.append(bits[:w])
    return px


def matrix_from_pixels(px):
    h, w = len(px), len(px[0])
    ys = [y for y in range(h) if any(px[y])]
    xs = [x for x in range(w) if any(px[y][x] for y in range(h))]
    top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
    run = 0
    while px[top][left + run]:
        run += 1
    scale = run / 7.0
    n = int(round((right - left + 1) / scale))
    M = [[px[int(top + (r + 0.5) * scale)][int(left + (c + 0.5) * scale)] for c in range(n)]
         for r in range(n)]
    return M


def _function_map(n, v):
    f = [[False] * n for _ in range(n)]

    def mark(r0, c0, r1, c1):
        for r in range(max(r0, 0), min(r1, n - 1) + 1):
            for c in range(max(c0, 0), min(c1, n - 1) + 1):
                f[r][c] = True
    mark(0, 0, 8, 8)
    mark(0, n - 8, 8, n - 1)
    mark(n - 8, 0, n - 1, 8)
    mark(6, 0, 6, n - 1)
    mark(0, 6, n - 1, 6)
    pos = ALIGN[v]
    last = pos[-1] if pos else None
    for r in pos:
        for c in pos:
            if (r, c) in ((6, 6), (6, last), (last, 6)):
                continue
            mark(r - 2, c - 2, r + 2, c + 2)
    if v >= 7:
        mark(0, n - 11, 5, n - 9)
        mark(n - 11, 0, n - 9, 5)
    return f


def _mask(m, r, c):
    return [
        (r + c) % 2 == 0, r % 2 == 0, c % 3 == 0, (r + c) % 3 == 0,
        (r // 2 + c // 3) % 2 == 0, (r * c) % 2 + (r * c) % 3 == 0,
        ((r * c) % 2 + (r * c) % 3) % 2 == 0, ((r + c) % 2 + (r * c) % 3) % 2 == 0][m]


def decode_matrix(M):
    n = len(M)
    v = (n - 17) // 4
    assert 17 + 4 * v == n and 1 <= v <= 10, 'unsupported size %d' % n
    # first copy of format information
    coords = [(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)] + [(8, 14 - i) for i in range(9, 15)]
    raw = 0
    for i, (r, c) in enumerate(coords):
        if M[r][c]:
            raw |= 1 << i
    best = min(((bin(raw ^ _bch_format(d)).count('1'), d) for d in range(32)))
    assert best[0] <= 3, 'format info unreadable'
    ecl = _ECL_FROM_BITS[best[1] >> 3]
    mask = best[1] & 7
    f = _function_map(n, v)
    bits = []
    up = True
    col = n - 1
    while col > 0:
        if col == 6:
            col -= 1
        rows = range(n - 1, -1, -1) if up else range(n)
        for r in rows:
            for c in (col, col - 1):
                if not f[r][c]:
                    bits.append(M[r][c] ^ _mask(mask, r, c))
        up = not up
        col -= 2
    ec, groups = EC_TABLE[ecl][v]
    lens = [d for nb, d in groups for _ in range(nb)]
    total = sum(lens) + ec * len(lens)
    cws = [int(''.join('1' if b else '0' for b in bits[i * 8:i * 8 + 8]), 2) for i in range(total)]
    blocks = [[] for _ in lens]
    k = 0
    for i in range(max(lens)):
        for bi, ln in enumerate(lens):
            if i < ln:
                blocks[bi].append(cws[k])
                k += 1
    for i in range(ec):
        for bi in range(len(lens)):
            blocks[bi].append(cws[k])
            k += 1
    data = []
    for bi, blk in enumerate(blocks):
        for i in range(ec):
            s = 0
            for c in blk:
                s = gf_mul(s, EXP[i]) ^ c
            assert s == 0, 'RS syndrome non-zero in block %d' % bi
        data.extend(blk[:lens[bi]])
    bitstr = ''.join(format(b, '08b') for b in data)
    assert bitstr[:4] == '0100', 'not byte mode'
    cc = 8 if v < 10 else 16
    count = int(bitstr[4:4 + cc], 2)
    p = 4 + cc
    out = bytes(int(bitstr[p + 8 * i:p + 8 * i + 8], 2) for i in range(count))
    return out.decode('utf-8')


def decode_png(data):
    return decode_matrix(matrix_from_pixels(png_pixels(data)))
