"""Independent QR decoder used only for verification of the generated PNGs
(8-bit grayscale, filter 0, axis-aligned, as written by qr.py).
Written separately from the encoder: own function-module map, own zig-zag
traversal, Reed-Solomon syndrome check with log tables."""
import struct
import zlib

from qr import _TABLE, _ALIGN, format_bits  # tables/format vectors are checked in qr.py


def read_png(data):
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    pos, idat, w = 8, b'', None
    while pos < len(data):
        ln, tag = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + ln]
        if tag == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
            assert depth == 8 and ctype == 0
        elif tag == b'IDAT':
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    rows = []
    for y in range(h):
        line = raw[y * (w + 1):(y + 1) * (w + 1)]
        assert line[0] == 0
        rows.append(line[1:])
    return rows


def _exp_log():
    exp, log = [0] * 512, [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


EXP, LOG = _exp_log()


def decode_png(png):
    rows = read_png(png)
    w = len(rows)
    # locate top-left dark pixel -> border; finder is 7 modules wide
    top = next(y for y in range(w) if min(rows[y]) == 0)
    left = next(x for x in range(w) if rows[top][x] == 0)
    run = 0
    while rows[top][left + run] == 0:
        run += 1
    scale = run // 7
    n = (w - 2 * left) // scale
    ver = (n - 17) // 4
    assert 17 + 4 * ver == n

    def px(c, r):
        return rows[left + r * scale + scale // 2][left + c * scale + scale // 2] < 128
    M = [[px(c, r) for c in range(n)] for r in range(n)]
    # format info, first copy: row 8 cols 0..5,7,8 then col 8 rows 7,5..0
    seq1 = [M[8][c] for c in (0, 1, 2, 3, 4, 5, 7, 8)] + [M[r][8] for r in (7, 5, 4, 3, 2, 1, 0)]
    v1 = int(''.join('1' if b else '0' for b in seq1), 2)
    seq2 = [M[r][8] for r in range(n - 1, n - 8, -1)] + [M[8][c] for c in range(n - 8, n)]
    v2 = int(''.join('1' if b else '0' for b in seq2), 2)
    found = None
    for ecl in 'LM':
        for mask in range(8):
            if format_bits(ecl, mask) == v1 == v2:
                found = (ecl, mask)
    assert found, 'format info mismatch'
    ecl, mask = found
    # function module map, from the spec description
    F = [[False] * n for _ in range(n)]

    def box(r0, c0, h, wd):
        for r in range(max(r0, 0), min(r0 + h, n)):
            for c in range(max(c0, 0), min(c0 + wd, n)):
                F[r][c] = True
    box(0, 0, 9, 9)          # finder+separator+format (top-left)
    box(0, n - 8, 9, 8)      # top-right finder + format row
    box(n - 8, 0, 8, 9)      # bottom-left finder + format column (incl. dark module)
    box(6, 0, 1, n)
    box(0, 6, n, 1)
    al = _ALIGN[ver]
    for ar in al:
        for ac in al:
            if (ar < 9 and ac < 9) or (ar < 9 and ac > n - 10) or (ar > n - 10 and ac < 9):
                continue
            box(ar - 2, ac - 2, 5, 5)
    if ver >= 7:
        box(0, n - 11, 6, 3)
        box(n - 11, 0, 3, 6)
    masks = {0: lambda r, c: (r + c) % 2 == 0, 1: lambda r, c: r % 2 == 0,
             2: lambda r, c: c % 3 == 0, 3: lambda r, c: (r + c) % 3 == 0,
             4: lambda r, c: (r // 2 + c // 3) % 2 == 0,
             5: lambda r, c: (r * c) % 2 + (r * c) % 3 == 0,
             6: lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
             7: lambda r, c: ((r + c) % 2 + (r * c) % 3) % 2 == 0}
    bits = []
    col = n - 1
    going_up = True
    while col > 0:
        if col == 6:
            col -= 1
        rng = range(n - 1, -1, -1) if going_up else range(n)
        for r in rng:
            for c in (col, col - 1):
                if not F[r][c]:
                    bits.append(M[r][c] ^ masks[mask](r, c))
        going_up = not going_up
        col -= 2
    ec, groups = _TABLE[(ecl, ver)]
    sizes = [d for cnt, d in groups for _ in range(cnt)]
    total = sum(sizes) + ec * len(sizes)
    cws = [int(''.join('1' if b else '0' for b in bits[i * 8:i * 8 + 8]), 2) for i in range(total)]
    blocks = [[] for _ in sizes]
    k = 0
    for i in range(max(sizes)):
        for b, s in enumerate(sizes):
            if i < s:
                blocks[b].append(cws[k])
                k += 1
    for i in range(ec):
        for b in range(len(sizes)):
            blocks[b].append(cws[k])
            k += 1
    data = []
    for b, blk in enumerate(blocks):
        for j in range(ec):
            s = 0
            for cw in blk:
                s = (EXP[LOG[s] + j] if s else 0) ^ cw
            assert s == 0, 'RS syndrome non-zero'
        data += blk[:sizes[b]]
    bs = ''.join(format(x, '08b') for x in data)
    assert bs[:4] == '0100', 'not byte mode'
    cl = 8 if ver < 10 else 16
    length = int(bs[4:4 + cl], 2)
    p = 4 + cl
    out = bytes(int(bs[p + 8 * i:p + 8 * i + 8], 2) for i in range(length))
    return out.decode('utf-8'), ver, ecl, mask


if __name__ == '__main__':
    from qr import QR
    for t in ['https://example.org/', 'HELLO WORLD', 'x' * 60, 'https://a.example/' + 'q' * 150,
              'https://a.example/' + 'z' * 190]:
        q = QR(t)
        got = decode_png(q.png())
        assert got[0] == t, (t, got)
        print('ok v%d %s mask %d' % (q.ver, q.ecl, q.mask))
