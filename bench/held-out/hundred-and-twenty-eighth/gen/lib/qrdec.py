"""QR Code reader for clean, axis-aligned symbols (verification only).

Reads a module matrix, checks format/version BCH, unmasks, de-interleaves,
checks every Reed-Solomon block (syndromes must be zero: no correction is
attempted, a generated code must be perfect) and decodes the segments.
"""
from . import qr as Q

ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'


def matrix_from_gray(w, h, rows, threshold=128):
    dark = lambda x, y: rows[y][x] < threshold
    y0 = x0 = None
    for y in range(h):
        for x in range(w):
            if dark(x, y):
                y0, x0 = y, x
                break
        if y0 is not None:
            break
    if y0 is None:
        raise ValueError('no dark pixel')
    run = 0
    while x0 + run < w and dark(x0 + run, y0):
        run += 1
    scale = run / 7.0
    x1 = max(x for x in range(w) if dark(x, y0))
    n = int(round((x1 - x0 + 1) / scale))
    if (n - 17) % 4 or n < 21:
        raise ValueError('bad symbol size %r' % n)
    m = []
    for my in range(n):
        py = int(y0 + (my + 0.5) * scale)
        m.append([dark(int(x0 + (mx + 0.5) * scale), py) for mx in range(n)])
    return m


def decode_matrix(m):
    n = len(m)
    ver = (n - 17) // 4
    assert ver * 4 + 17 == n
    # format bits, first copy
    bits = 0
    pos = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(pos):
        if m[y][x]:
            bits |= 1 << i
    bits2 = 0
    pos2 = [(n - 1 - i, 8) for i in range(8)] + [(8, n - 15 + i) for i in range(8, 15)]
    for i, (x, y) in enumerate(pos2):
        if m[y][x]:
            bits2 |= 1 << i
    assert bits == bits2, 'format copies differ'
    found = None
    for ecl in 'LMQH':
        for mask in range(8):
            if Q._bch_format(ecl, mask) == bits:
                found = (ecl, mask)
    assert found, 'format bits invalid'
    ecl, mask = found
    if ver >= 7:
        vb = 0
        for i in range(18):
            if m[i // 3][n - 11 + i % 3]:
                vb |= 1 << i
        assert vb == Q._bch_version(ver), 'version bits invalid'
    b = Q._Builder(ver, ecl)
    b.function_patterns()
    # check the fixed patterns match
    for y in range(n):
        for x in range(n):
            if b.fn[y][x] and not (x == 8 or y == 8 or (ver >= 7 and (x >= n - 11 and y < 6 or y >= n - 11 and x < 6))):
                assert m[y][x] == b.mod[y][x], 'function pattern mismatch at %d,%d' % (x, y)
    raw_bits = []
    right = n - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(n):
            for j in range(2):
                x = right - j
                upward = (right + 1) & 2 == 0
                y = n - 1 - vert if upward else vert
                if not b.fn[y][x]:
                    v = m[y][x] ^ Q.mask_bit(mask, x, y)
                    raw_bits.append(1 if v else 0)
        right -= 2
    total = Q.num_raw_data_modules(ver) // 8
    cws = []
    for i in range(total):
        v = 0
        for k in range(8):
            v = (v << 1) | raw_bits[i * 8 + k]
        cws.append(v)
    numblocks = Q.NUM_ERROR_CORRECTION_BLOCKS[ecl][ver]
    ecclen = Q.ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    numshort = numblocks - total % numblocks
    shortlen = total // numblocks
    blen = shortlen + 1
    padded = [[None] * blen for _ in range(numblocks)]
    it = iter(cws)
    for i in range(blen):
        for j in range(numblocks):
            if i != shortlen - ecclen or j >= numshort:
                padded[j][i] = next(it)
    blocks = []
    for j in range(numblocks):
        blk = padded[j]
        if j < numshort:
            blk = blk[:shortlen - ecclen] + blk[shortlen - ecclen + 1:]
        blocks.append(blk)
    div = Q.rs_divisor(ecclen)
    data = []
    for j, blk in enumerate(blocks):
        d, e = blk[:-ecclen], blk[-ecclen:]
        assert Q.rs_remainder(d, div) == e, 'Reed-Solomon check failed in block %d' % j
        data.extend(d)
    bitstr = ''.join(format(c, '08b') for c in data)
    p = 0
    out = bytearray()

    def take(k):
        nonlocal p
        v = int(bitstr[p:p + k], 2) if k else 0
        p += k
        return v
    while p + 4 <= len(bitstr):
        mode = take(4)
        if mode == 0:
            break
        if mode == 4:
            cnt = take(8 if ver <= 9 else 16)
            for _ in range(cnt):
                out.append(take(8))
        elif mode == 2:
            cnt = take(9 if ver <= 9 else (11 if ver <= 26 else 13))
            s = ''
            while cnt >= 2:
                v = take(11)
                s += ALNUM[v // 45] + ALNUM[v % 45]
                cnt -= 2
            if cnt:
                s += ALNUM[take(6)]
            out.extend(s.encode())
        elif mode == 1:
            cnt = take(10 if ver <= 9 else (12 if ver <= 26 else 14))
            s = ''
            while cnt >= 3:
                s += '%03d' % take(10)
                cnt -= 3
            if cnt == 2:
                s += '%02d' % take(7)
            elif cnt == 1:
                s += '%d' % take(4)
            out.extend(s.encode())
        elif mode == 7:
            take(8)
        else:
            raise ValueError('unsupported mode %d' % mode)
    return bytes(out), ver, ecl, mask


def decode_png(data):
    from . import png
    w, h, rows = png.read(data)
    return decode_matrix(matrix_from_gray(w, h, rows))[0]
