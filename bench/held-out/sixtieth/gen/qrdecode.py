"""Independent-ish QR reader for verification (stdlib only): decodes a
grayscale/1-bit/RGB PNG of an axis-aligned QR code, reads the format
information (BCH-checked), unmasks, de-interleaves, verifies the Reed-Solomon
syndromes of every block and parses byte-mode data."""
import struct
import zlib

from qr import (_ECC_PER_BLOCK, _NUM_BLOCKS, num_raw_data_modules, alignment_positions,
                gf_mul, QR)


def read_png(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        ln, tag = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + ln]
        if tag == b"IHDR":
            w, h, bd, ct = struct.unpack(">IIBB", chunk[:10])
        elif tag == b"IDAT":
            idat += chunk
        pos += 12 + ln
    raw = zlib.decompress(idat)
    ch = {0: 1, 2: 3, 4: 2, 6: 4}[ct]
    bpp_bits = bd * ch
    stride = (w * bpp_bits + 7) // 8
    bpp = max(1, bpp_bits // 8)
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(h):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pr) & 255
        rows.append(bytes(line))
        prev = line

    def dark(x, y):
        r = rows[y]
        if bd == 1 and ch == 1:
            return not ((r[x >> 3] >> (7 - (x & 7))) & 1)
        if bd == 8:
            return r[x * ch] < 128
        raise ValueError("unsupported PNG")
    return w, h, dark


def decode_png(data):
    w, h, dark = read_png(data)
    # locate the top-left finder: first dark pixel on the diagonal
    k = 0
    while not dark(k, k):
        k += 1
    x0 = k
    run = 0
    while dark(x0 + run, k):
        run += 1
    scale = run // 7
    # size: distance from left edge to right edge of dark area on row of finder
    xr = w - 1
    while not dark(xr, k + scale // 2):
        xr -= 1
    n = (xr - x0 + 1) // scale
    g = [[dark(x0 + c * scale + scale // 2, x0 + r * scale + scale // 2) for c in range(n)] for r in range(n)]
    ver = (n - 17) // 4
    # format information (first copy)
    bits = 0
    seq = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(seq):
        if g[y][x]:
            bits |= 1 << i
    best = None
    for ecl, eb in (("L", 1), ("M", 0), ("Q", 3), ("H", 2)):
        for mask in range(8):
            data5 = eb << 3 | mask
            rem = data5
            for _ in range(10):
                rem = (rem << 1) ^ ((rem >> 9) * 0x537)
            cand = (data5 << 10 | rem) ^ 0x5412
            if cand == bits:
                best = (ecl, mask)
    if best is None:
        raise ValueError("format info BCH mismatch")
    ecl, mask = best
    # function-module map from a reference symbol of the same version
    ref = QR(b"", ecl, minver=ver, mask=0) if ver > 1 else QR(b"", ecl, mask=0)
    assert ref.version == ver
    func = ref.func
    cw, i, cur = [], 0, 0
    right = n - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(n):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = (n - 1 - vert) if upward else vert
                if not func[y][x]:
                    bit = g[y][x] ^ QR.mask_fn(mask, x, y)
                    cur = cur << 1 | int(bit)
                    i += 1
                    if i % 8 == 0:
                        cw.append(cur)
                        cur = 0
        right -= 2
    raw = num_raw_data_modules(ver) // 8
    cw = cw[:raw]
    nb = _NUM_BLOCKS[ecl][ver]
    ecclen = _ECC_PER_BLOCK[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    idx = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i == shortlen - ecclen and j < nshort:
                continue
            blocks[j].append(cw[idx])
            idx += 1
    data = []
    for blk in blocks:
        # syndromes: evaluate codeword polynomial at alpha^0..alpha^(ecclen-1)
        root = 1
        for _ in range(ecclen):
            s = 0
            for c in blk:
                s = gf_mul(s, root) ^ c
            if s != 0:
                raise ValueError("RS syndrome non-zero")
            root = gf_mul(root, 2)
        data += blk[:len(blk) - ecclen]
    bitstr = "".join("{:08b}".format(b) for b in data)
    mode = int(bitstr[:4], 2)
    if mode != 4:
        raise ValueError("not byte mode")
    ccb = 8 if ver <= 9 else 16
    count = int(bitstr[4:4 + ccb], 2)
    p = 4 + ccb
    out = bytes(int(bitstr[p + 8 * k:p + 8 * k + 8], 2) for k in range(count))
    return out.decode("utf-8"), ver, ecl, mask
