"""Independent QR reader for verification of generated PNGs: samples the
module grid, reads and BCH-checks the format information, unmasks,
de-interleaves, checks every Reed-Solomon block and decodes byte mode."""
from qr import (BLOCKS, bch_format, bch_version, function_map, mask_fn,
                read_png_gray, rs_syndromes_zero)


def sample(png):
    rows = read_png_gray(png)
    h, w = len(rows), len(rows[0])
    dark = [[v < 128 for v in r] for r in rows]
    top = next(y for y in range(h) if any(dark[y]))
    left = min(x for y in range(h) for x in range(w) if dark[y][x])
    # finder pattern: 7 modules of dark run on the top row
    run = 0
    while dark[top][left + run]:
        run += 1
    scale = run // 7
    right = max(x for x in range(w) if dark[top][x])
    n = (right - left + 1) // scale
    grid = [[dark[top + y * scale + scale // 2][left + x * scale + scale // 2]
             for x in range(n)] for y in range(n)]
    return grid


def decode(png):
    M = sample(png)
    n = len(M)
    ver = (n - 17) // 4
    assert ver * 4 + 17 == n
    # format bits, first copy, bit 14 first (MSB) ... standard reading order
    coords = [(8, 0), (8, 1), (8, 2), (8, 3), (8, 4), (8, 5), (8, 7), (8, 8),
              (7, 8), (5, 8), (4, 8), (3, 8), (2, 8), (1, 8), (0, 8)]
    # coords are (x, y) for bit 0..14
    fb = 0
    for i, (x, y) in enumerate(coords):
        if M[y][x]:
            fb |= 1 << i
    best = None
    for ecl in 'LMQH':
        for m in range(8):
            d = bin(bch_format(ecl, m) ^ fb).count('1')
            if best is None or d < best[0]:
                best = (d, ecl, m)
    assert best[0] == 0, 'format bits damaged'
    _, ecl, mask = best
    if ver >= 7:
        vb = 0
        for i in range(18):
            if M[i // 3][n - 11 + i % 3]:
                vb |= 1 << i
        assert vb == bch_version(ver)
    func = function_map(ver)
    mf = mask_fn(mask)
    bits = []
    col = n - 1
    up = True
    while col > 0:
        if col == 6:
            col -= 1
        ys = range(n - 1, -1, -1) if up else range(n)
        for y in ys:
            for x in (col, col - 1):
                if not func[y][x]:
                    bits.append(int(M[y][x] ^ mf(x, y)))
        up = not up
        col -= 2
    ec, groups = BLOCKS[(ver, ecl)]
    total = sum(b * (d + ec) for b, d in groups)
    cw = [int(''.join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(total)]
    sizes = [d for b, d in groups for _ in range(b)]
    blocks = [[] for _ in sizes]
    k = 0
    for i in range(max(sizes)):
        for bi, s in enumerate(sizes):
            if i < s:
                blocks[bi].append(cw[k])
                k += 1
    eccs = [[] for _ in sizes]
    for i in range(ec):
        for bi in range(len(sizes)):
            eccs[bi].append(cw[k])
            k += 1
    data = []
    for b, e in zip(blocks, eccs):
        assert rs_syndromes_zero(b + e, ec), 'RS check failed'
        data += b
    bitstr = ''.join('{:08b}'.format(c) for c in data)
    assert bitstr[:4] == '0100', 'not byte mode'
    ccb = 8 if ver <= 9 else 16
    ln = int(bitstr[4:4 + ccb], 2)
    p = 4 + ccb
    out = bytes(int(bitstr[p + 8 * i:p + 8 * i + 8], 2) for i in range(ln))
    return out.decode('utf-8'), ver, ecl, mask


def selftest():
    from qr import rs_ecc, QR
    d = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
    assert rs_ecc(d, 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    assert format(bch_format('L', 0), '015b') == '111011111000100'
    assert format(bch_format('M', 0), '015b') == '101010000010010'
    assert format(bch_version(7), '018b') == '000111110010010100'
    for s in ['https://example.com/', 'x' * 150, 'HELLO WORLD']:
        q = QR(s)
        assert decode(q.png())[0] == s
    return True


if __name__ == '__main__':
    print(selftest())
