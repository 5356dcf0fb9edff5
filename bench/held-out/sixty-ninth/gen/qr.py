"""Minimal QR code encoder (byte mode, versions 1-10, ECC L/M/Q/H) with a PNG
writer, plus a small reader used only to self-check the generated images.
Standard library only."""

import struct
import zlib

# ---------------------------------------------------------------------------
# tables (ISO/IEC 18004), index = version; rows = L, M, Q, H
# ---------------------------------------------------------------------------
_ECC_PER_BLOCK = {
    "L": [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
    "M": [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26],
    "Q": [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24],
    "H": [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28],
}
_NUM_BLOCKS = {
    "L": [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
    "M": [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5],
    "Q": [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8],
    "H": [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8],
}
_FORMAT_ECL = {"L": 1, "M": 0, "Q": 3, "H": 2}
MAXVER = 10

# ---------------------------------------------------------------------------
# GF(256) and Reed-Solomon
# ---------------------------------------------------------------------------

def gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = gf_mul(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = gf_mul(root, 0x02)
    return result


def rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= gf_mul(coef, factor)
    return result

# ---------------------------------------------------------------------------
# geometry helpers
# ---------------------------------------------------------------------------

def raw_data_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        numalign = ver // 7 + 2
        result -= (25 * numalign - 10) * numalign - 55
        if ver >= 7:
            result -= 36
    return result


def num_data_codewords(ver, ecl):
    return raw_data_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]


def alignment_positions(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    numalign = ver // 7 + 2
    step = (ver * 8 + numalign * 3 + 5) // (numalign * 4 - 4) * 2
    result = [size - 7 - i * step for i in range(numalign - 1)] + [6]
    return list(reversed(result))


def format_bits(ecl, mask):
    data = _FORMAT_ECL[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


def _bit(x, i):
    return (x >> i) & 1 != 0


class _Grid:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        self.m = [[False] * self.size for _ in range(self.size)]
        self.f = [[False] * self.size for _ in range(self.size)]

    def setf(self, x, y, dark):
        self.m[y][x] = dark
        self.f[y][x] = True

    def function_patterns(self):
        size = self.size
        for i in range(size):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (size - 4, 3), (3, size - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < size and 0 <= y < size:
                        dist = max(abs(dx), abs(dy))
                        self.setf(x, y, dist not in (2, 4))
        pos = alignment_positions(self.ver)
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format("M", 0)   # reserve
        if self.ver >= 7:
            bits = version_bits(self.ver)
            for i in range(18):
                bit = _bit(bits, i)
                a = size - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, ecl, mask):
        bits = format_bits(ecl, mask)
        size = self.size
        for i in range(0, 6):
            self.setf(8, i, _bit(bits, i))
        self.setf(8, 7, _bit(bits, 6))
        self.setf(8, 8, _bit(bits, 7))
        self.setf(7, 8, _bit(bits, 8))
        for i in range(9, 15):
            self.setf(14 - i, 8, _bit(bits, i))
        for i in range(0, 8):
            self.setf(size - 1 - i, 8, _bit(bits, i))
        for i in range(8, 15):
            self.setf(8, size - 15 + i, _bit(bits, i))
        self.setf(8, size - 8, True)

    def data_positions(self):
        size = self.size
        right = size - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(size):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = size - 1 - vert if upward else vert
                    if not self.f[y][x]:
                        yield x, y
            right -= 2


def _mask_fn(mask):
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


def _penalty(m):
    size = len(m)
    p = 0
    for lines in (m, [list(c) for c in zip(*m)]):
        for row in lines:
            run = 1
            for i in range(1, size):
                if row[i] == row[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
                    run = 1
            if run >= 5:
                p += run - 2
            s = "".join("1" if v else "0" for v in row)
            for pat in ("10111010000", "00001011101"):
                p += 40 * s.count(pat)
    for y in range(size - 1):
        for x in range(size - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    dark = sum(sum(1 for v in row if v) for row in m)
    total = size * size
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    p += max(k, 0) * 10
    return p


def encode(data, ecl="M"):
    """Return a square boolean matrix (True = dark) encoding *data* (bytes)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    for ver in range(1, MAXVER + 1):
        ccbits = 8 if ver <= 9 else 16
        need = 4 + ccbits + 8 * len(data)
        cap = num_data_codewords(ver, ecl) * 8
        if need <= cap:
            break
    else:
        raise ValueError("data too long for QR version <= %d" % MAXVER)
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0x4, 4)
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

    # blocks + ECC + interleave
    nblocks = _NUM_BLOCKS[ecl][ver]
    ecclen = _ECC_PER_BLOCK[ecl][ver]
    raw = raw_data_modules(ver) // 8
    nshort = nblocks - raw % nblocks
    shortlen = raw // nblocks
    div = rs_divisor(ecclen)
    blocks = []
    k = 0
    for i in range(nblocks):
        dat = cw[k:k + shortlen - ecclen + (0 if i < nshort else 1)]
        k += len(dat)
        ecc = rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - ecclen or j >= nshort:
                final.append(blk[i])
    assert len(final) == raw

    g = _Grid(ver)
    g.function_patterns()
    i = 0
    for (x, y) in g.data_positions():
        if i < len(final) * 8:
            g.m[y][x] = _bit(final[i >> 3], 7 - (i & 7))
            i += 1
    base = [row[:] for row in g.m]
    best = None
    for mask in range(8):
        g.m = [row[:] for row in base]
        fn = _mask_fn(mask)
        for y in range(g.size):
            for x in range(g.size):
                if not g.f[y][x] and fn(x, y):
                    g.m[y][x] = not g.m[y][x]
        g.draw_format(ecl, mask)
        pen = _penalty(g.m)
        if best is None or pen < best[0]:
            best = (pen, [row[:] for row in g.m])
    return best[1]

# ---------------------------------------------------------------------------
# PNG
# ---------------------------------------------------------------------------

def _chunk(tag, payload):
    c = struct.pack(">I", len(payload)) + tag + payload
    return c + struct.pack(">I", zlib.crc32(tag + payload) & 0xFFFFFFFF)


def png_gray(rows, width, height):
    """rows: list of bytes objects (8-bit grayscale)."""
    raw = b"".join(b"\x00" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9))
            + _chunk(b"IEND", b""))


def qr_png(text, scale=8, border=4, ecl="M"):
    m = encode(text, ecl)
    n = len(m)
    w = (n + 2 * border) * scale
    rows = []
    for py in range(w):
        my = py // scale - border
        row = bytearray()
        for px in range(w):
            mx = px // scale - border
            dark = 0 <= mx < n and 0 <= my < n and m[my][mx]
            row.append(0 if dark else 255)
        rows.append(bytes(row))
    return png_gray(rows, w, w)

# ---------------------------------------------------------------------------
# reader (self-check only): PNG -> grid -> bytes with RS syndrome check
# ---------------------------------------------------------------------------

def read_png_gray(png):
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    idat = b""
    while pos < len(png):
        ln, tag = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + ln]
        if tag == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype == 0
        elif tag == b"IDAT":
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    rows = []
    stride = w + 1
    for y in range(h):
        line = raw[y * stride:(y + 1) * stride]
        assert line[0] == 0
        rows.append(line[1:])
    return w, h, rows


def decode_png(png):
    w, h, rows = read_png_gray(png)
    # find the finder: first dark pixel row/col gives border; module size from finder width
    top = next(y for y in range(h) if 0 in rows[y])
    left = rows[top].index(0)
    run = 0
    while rows[top][left + run] == 0:
        run += 1
    scale = run // 7
    right = max(x for x in range(w) if rows[top][x] == 0)
    n = (right - left + 1) // scale
    grid = [[rows[top + y * scale + scale // 2][left + x * scale + scale // 2] < 128
             for x in range(n)] for y in range(n)]
    return decode_grid(grid)


def decode_grid(m):
    size = len(m)
    ver = (size - 17) // 4
    # format info (first copy), best match over 32 candidates
    bits = 0
    seq = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(seq):
        if m[y][x]:
            bits |= 1 << i
    best = None
    for ecl in "LMQH":
        for mask in range(8):
            d = bin(format_bits(ecl, mask) ^ bits).count("1")
            if best is None or d < best[0]:
                best = (d, ecl, mask)
    dist, ecl, mask = best
    assert dist <= 3, "format info unreadable"
    g = _Grid(ver)
    g.function_patterns()
    fn = _mask_fn(mask)
    bitsl = []
    for (x, y) in g.data_positions():
        bitsl.append(m[y][x] ^ fn(x, y))
    raw = raw_data_modules(ver) // 8
    cw = [int("".join("1" if b else "0" for b in bitsl[i * 8:i * 8 + 8]), 2) for i in range(raw)]
    nblocks = _NUM_BLOCKS[ecl][ver]
    ecclen = _ECC_PER_BLOCK[ecl][ver]
    nshort = nblocks - raw % nblocks
    shortlen = raw // nblocks
    lens = [shortlen - ecclen + (0 if i < nshort else 1) for i in range(nblocks)]
    blocks = [[] for _ in range(nblocks)]
    k = 0
    for i in range(max(lens)):
        for j in range(nblocks):
            if i < lens[j]:
                blocks[j].append(cw[k])
                k += 1
    for i in range(ecclen):
        for j in range(nblocks):
            blocks[j].append(cw[k])
            k += 1
    data = []
    for j, blk in enumerate(blocks):
        # syndromes S_i = C(alpha^i), i = 0..ecclen-1 must vanish
        a = 1
        for i in range(ecclen):
            s = 0
            for c in blk:
                s = gf_mul(s, a) ^ c
            assert s == 0, "RS syndrome %d non-zero in block %d" % (i, j)
            a = gf_mul(a, 2)
        data += blk[:lens[j]]
    bitstr = "".join(format(b, "08b") for b in data)
    assert bitstr[:4] == "0100", "not byte mode"
    ccbits = 8 if ver <= 9 else 16
    count = int(bitstr[4:4 + ccbits], 2)
    start = 4 + ccbits
    return bytes(int(bitstr[start + 8 * i:start + 8 * i + 8], 2) for i in range(count))


def _selftest():
    assert format(format_bits("M", 0), "015b") == "101010000010010"
    assert format(format_bits("L", 0), "015b") == "111011111000100"
    assert format(version_bits(7), "018b") == "000111110010010100"
    assert alignment_positions(7) == [6, 22, 38]
    assert alignment_positions(10) == [6, 28, 50]
    for t in ("HELLO", "https://example.com/" + "x" * 150):
        assert decode_png(qr_png(t)) == t.encode()


_selftest()
