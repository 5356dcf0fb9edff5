"""Minimal QR Code encoder (byte mode, versions 1-10, EC levels L/M) with PNG
output, plus a self-decoder used by the checks.  Standard library only."""
import struct
import zlib

ECC_PER_BLOCK = {"L": [None, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
                 "M": [None, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26]}
NUM_BLOCKS = {"L": [None, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
              "M": [None, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5]}
ECL_BITS = {"L": 1, "M": 0}


def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def _rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = _gf_mul(res[j], root)
            if j + 1 < degree:
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


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _align_pos(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    return list(reversed([size - 7 - i * step for i in range(na - 1)] + [6]))


def _data_capacity(ver, ecl):
    return _raw_modules(ver) // 8 - ECC_PER_BLOCK[ecl][ver] * NUM_BLOCKS[ecl][ver]


def _format_bits(ecl, mask):
    data = ECL_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _version_bits(ver):
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


class _Grid:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fun = [[False] * n for _ in range(n)]

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.fun[y][x] = True

    def function_patterns(self, ecl, mask):
        n = self.size
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    xx, yy = cx + dx, cy + dy
                    if 0 <= xx < n and 0 <= yy < n:
                        self.setf(xx, yy, max(abs(dx), abs(dy)) not in (2, 4))
        ap = _align_pos(self.ver)
        last = len(ap) - 1
        for i, ax in enumerate(ap):
            for j, ay in enumerate(ap):
                if (i == 0 and j == 0) or (i == 0 and j == last) or (i == last and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(ax + dx, ay + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(ecl, mask)
        if self.ver >= 7:
            bits = _version_bits(self.ver)
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a, b = n - 11 + i % 3, i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, ecl, mask):
        n = self.size
        bits = _format_bits(ecl, mask)
        g = lambda i: (bits >> i) & 1 == 1
        for i in range(6):
            self.setf(8, i, g(i))
        self.setf(8, 7, g(6))
        self.setf(8, 8, g(7))
        self.setf(7, 8, g(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, g(i))
        for i in range(8):
            self.setf(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.setf(8, n - 15 + i, g(i))
        self.setf(8, n - 8, True)

    def zigzag(self):
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
                    if not self.fun[y][x]:
                        yield x, y
            right -= 2

    def apply_mask(self, m):
        f = MASKS[m]
        n = self.size
        for y in range(n):
            for x in range(n):
                if not self.fun[y][x] and f(x, y):
                    self.mod[y][x] = not self.mod[y][x]


def _penalty(mod):
    n = len(mod)
    p = 0
    for rows in (mod, [list(c) for c in zip(*mod)]):
        for row in rows:
            run = 1
            for i in range(1, n):
                if row[i] == row[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
                    run = 1
            if run >= 5:
                p += run - 2
            s = "".join("1" if v else "0" for v in row)
            p += 40 * (s.count("1011101") and (s.count("00001011101") + s.count("10111010000")))
    for y in range(n - 1):
        for x in range(n - 1):
            c = mod[y][x]
            if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                p += 3
    dark = sum(sum(r) for r in mod)
    k = (abs(dark * 20 - n * n * 10) + n * n - 1) // (n * n) - 1
    return p + max(k, 0) * 10


def encode(text, ecl="M"):
    """Return the QR module matrix (list of rows of bools) for text."""
    data = text.encode("utf-8")
    for ver in range(1, 11):
        ccbits = 8 if ver < 10 else 16
        need = 4 + ccbits + 8 * len(data)
        if need <= _data_capacity(ver, ecl) * 8:
            break
    else:
        raise ValueError("text too long for QR v10")
    cap = _data_capacity(ver, ecl) * 8
    bits = []

    def put(v, n):
        bits.extend((v >> i) & 1 for i in range(n - 1, -1, -1))
    put(4, 4)
    put(len(data), ccbits)
    for b in data:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # blocks + ECC, interleaved
    nb = NUM_BLOCKS[ecl][ver]
    eb = ECC_PER_BLOCK[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(eb)
    blocks = []
    k = 0
    for i in range(nb):
        dlen = shortlen - eb + (0 if i < nshort else 1)
        dat = cw[k:k + dlen]
        k += dlen
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - eb or j >= nshort:
                final.append(blk[i])
    assert len(final) == raw
    best = None
    for mask in range(8):
        g = _Grid(ver)
        g.function_patterns(ecl, mask)
        i = 0
        for x, y in g.zigzag():
            if i < len(final) * 8:
                g.mod[y][x] = (final[i >> 3] >> (7 - (i & 7))) & 1 == 1
                i += 1
        g.apply_mask(mask)
        pen = _penalty(g.mod)
        if best is None or pen < best[0]:
            best = (pen, g.mod)
    return best[1]


# ------------------------------------------------------------------ PNG
def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_gray(rows):
    """rows: list of lists of 0..255 ints (8-bit grayscale)."""
    h, w = len(rows), len(rows[0])
    raw = b"".join(b"\0" + bytes(r) for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def qr_png(text, scale=6, border=4, ecl="M"):
    m = encode(text, ecl)
    n = len(m)
    rows = []
    for y in range(-border, n + border):
        row = []
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and m[y][x]
            row.extend([0 if dark else 255] * scale)
        for _ in range(scale):
            rows.append(list(row))
    return png_gray(rows)


# -------------------------------------------------------------- decoder
def _png_read_gray(png):
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w, h = 8, b"", 0, 0
    while pos < len(png):
        ln, = struct.unpack(">I", png[pos:pos + 4])
        tag = png[pos + 4:pos + 8]
        data = png[pos + 8:pos + 8 + ln]
        if tag == b"IHDR":
            w, h, bd, ct = struct.unpack(">IIBB", data[:10])
            assert bd == 8 and ct == 0
        elif tag == b"IDAT":
            idat += data
        pos += 12 + ln
    raw = zlib.decompress(idat)
    rows = []
    for y in range(h):
        line = raw[y * (w + 1):(y + 1) * (w + 1)]
        assert line[0] == 0
        rows.append(line[1:])
    return rows


def decode_png(png, scale=6, border=4):
    """Decode a PNG produced by qr_png (independent RS/format checks)."""
    rows = _png_read_gray(png)
    n = len(rows) // scale - 2 * border
    m = [[rows[(y + border) * scale + scale // 2][(x + border) * scale + scale // 2] < 128
          for x in range(n)] for y in range(n)]
    ver = (n - 17) // 4
    # format info, first copy
    bits = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + \
             [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        bits |= int(m[y][x]) << i
    fmt = None
    for e in ECL_BITS:
        for mk in range(8):
            if _format_bits(e, mk) == bits:
                fmt = (e, mk)
    assert fmt, "bad format bits"
    ecl, mask = fmt
    g = _Grid(ver)
    g.function_patterns(ecl, mask)
    f = MASKS[mask]
    out = []
    for x, y in g.zigzag():
        out.append(int(m[y][x] ^ f(x, y)))
    raw = _raw_modules(ver) // 8
    cws = [int("".join(map(str, out[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nb, eb = NUM_BLOCKS[ecl][ver], ECC_PER_BLOCK[ecl][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i == shortlen - eb and j < nshort:
                continue
            blocks[j].append(cws[k])
            k += 1
    data = []
    for j, blk in enumerate(blocks):
        dlen = len(blk) - eb
        # syndrome check: evaluate polynomial at alpha^i
        for i in range(eb):
            a = 1
            for _ in range(i):
                a = _gf_mul(a, 2)
            s = 0
            for c in blk:
                s = _gf_mul(s, a) ^ c
            assert s == 0, "RS syndrome nonzero"
        data.extend(blk[:dlen])
    bitstr = "".join(format(b, "08b") for b in data)
    assert bitstr[:4] == "0100"
    cc = 8 if ver < 10 else 16
    ln = int(bitstr[4:4 + cc], 2)
    p = 4 + cc
    return bytes(int(bitstr[p + 8 * i:p + 8 * i + 8], 2) for i in range(ln)).decode("utf-8")


if __name__ == "__main__":
    import sys
    t = sys.argv[1] if len(sys.argv) > 1 else "https://example.org/test"
    png = qr_png(t)
    open("qrtest.png", "wb").write(png)
    print(decode_png(png))
