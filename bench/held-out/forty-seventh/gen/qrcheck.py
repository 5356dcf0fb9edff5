"""Read back a QR PNG written by qr.py: sample the module grid from pixels,
recover format information by nearest BCH codeword, unmask, de-interleave,
verify every Reed-Solomon block by its syndromes and decode the byte-mode
payload.  Used by check.py as a stdlib-only decodability test."""
import struct
import zlib

import qr as Q


def _png_gray(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w = 8, b"", None
    while pos < len(data):
        ln, = struct.unpack(">I", data[pos:pos + 4])
        t = data[pos + 4:pos + 8]
        d = data[pos + 8:pos + 8 + ln]
        if t == b"IHDR":
            w, h, bd, ct = struct.unpack(">IIBB", d[:10])
            assert bd == 8 and ct == 0
        elif t == b"IDAT":
            idat += d
        pos += 12 + ln
    raw = zlib.decompress(idat)
    rows = []
    for y in range(h):
        line = raw[y * (w + 1):(y + 1) * (w + 1)]
        assert line[0] == 0
        rows.append(line[1:])
    return rows


def _exp_table():
    e = [1] * 255
    for i in range(1, 255):
        e[i] = Q.gf_mul(e[i - 1], 2)
    return e


def decode_png(data):
    px = _png_gray(data)
    w = len(px)
    first = next(y for y in range(w) if 0 in px[y])
    x0 = px[first].index(0)
    run = 0
    while px[first][x0 + run] == 0:
        run += 1
    scale = run // 7
    n = (w - 2 * x0) // scale
    grid = [[px[first + y * scale + scale // 2][x0 + x * scale + scale // 2] < 128
             for x in range(n)] for y in range(n)]
    ver = (n - 17) // 4
    # format info, first copy
    fb = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        fb |= grid[y][x] << i
    best = min(((bin(fb ^ Q.format_bits(e, m)).count("1"), e, m)
                for e in "LMQH" for m in range(8)))
    assert best[0] == 0, "format info damaged"
    _, ecl, mask = best
    # function-pattern map from a reference symbol of the same version
    ref = Q.QR("x" * max(1, Q.data_codewords(ver, ecl) - 3), ecl)
    assert ref.ver == ver, (ref.ver, ver)
    fmask = Q.QR.MASKS[mask]
    bits = []
    right = n - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(n):
            for j in range(2):
                x = right - j
                up = ((right + 1) & 2) == 0
                y = n - 1 - vert if up else vert
                if not ref.f[y][x]:
                    bits.append(grid[y][x] ^ fmask(x, y))
        right -= 2
    raw = Q.raw_modules(ver) // 8
    cw = [int("".join("1" if b else "0" for b in bits[i * 8:i * 8 + 8]), 2) for i in range(raw)]
    ei = Q._ECL_IDX[ecl]
    nb, el = Q.NUM_BLOCKS[ei][ver], Q.ECC_PER_BLOCK[ei][ver]
    nshort = nb - raw % nb
    slen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(slen + 1):
        for b in range(nb):
            if i == slen - el and b < nshort:
                continue
            blocks[b].append(cw[k])
            k += 1
    exp = _exp_table()
    data = []
    for blk in blocks:
        for s in range(el):
            acc = 0
            for c in blk:
                acc = Q.gf_mul(acc, exp[s]) ^ c
            assert acc == 0, "RS syndrome non-zero"
        data += blk[:len(blk) - el]
    bs = "".join(format(b, "08b") for b in data)
    assert bs[:4] == "0100", "not byte mode"
    cc = 8 if ver <= 9 else 16
    ln = int(bs[4:4 + cc], 2)
    p = 4 + cc
    return bytes(int(bs[p + 8 * i:p + 8 * i + 8], 2) for i in range(ln))
