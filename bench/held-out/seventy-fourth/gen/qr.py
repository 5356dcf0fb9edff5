"""QR Code (ISO/IEC 18004) encoder, byte mode, versions 1-40, plus a small decoder for self-checks,
and a PNG writer/reader (stdlib zlib only)."""
import struct
import zlib

ECL = {"L": (0, 1), "M": (1, 0), "Q": (2, 3), "H": (3, 2)}  # index, format bits

ECC_PER_BLOCK = [
    [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
]
NUM_BLOCKS = [
    [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
]


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def _rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(len(result)):
            result[j] = _gf_mul(result[j], root)
            if j + 1 < len(result):
                result[j] ^= result[j + 1]
        root = _gf_mul(root, 0x02)
    return result


def _rs_remainder(data, divisor):
    result = [0] * len(divisor)
    for b in data:
        factor = b ^ result.pop(0)
        result.append(0)
        for i, coef in enumerate(divisor):
            result[i] ^= _gf_mul(coef, factor)
    return result


def _raw_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        result -= (25 * na - 10) * na - 55
        if ver >= 7:
            result -= 36
    return result


def _data_codewords(ver, e):
    return _raw_modules(ver) // 8 - ECC_PER_BLOCK[e][ver] * NUM_BLOCKS[e][ver]


def _align_pos(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = 26 if ver == 32 else (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return sorted(res)


class _Grid:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        n = self.size
        self.mod = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.fn[y][x] = True

    def draw_function_patterns(self):
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
        na = len(ap)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0, 0)
        self.draw_version()

    def draw_format(self, e, mask):
        n = self.size
        data = ECL_BITS[e] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        gb = lambda i: ((bits >> i) & 1) != 0
        for i in range(0, 6):
            self.setf(8, i, gb(i))
        self.setf(8, 7, gb(6))
        self.setf(8, 8, gb(7))
        self.setf(7, 8, gb(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, gb(i))
        for i in range(0, 8):
            self.setf(n - 1 - i, 8, gb(i))
        for i in range(8, 15):
            self.setf(8, n - 15 + i, gb(i))
        self.setf(8, n - 8, True)

    def draw_version(self):
        if self.ver < 7:
            return
        rem = self.ver
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = self.ver << 12 | rem
        n = self.size
        for i in range(18):
            bit = ((bits >> i) & 1) != 0
            a = n - 11 + i % 3
            b = i // 3
            self.setf(a, b, bit)
            self.setf(b, a, bit)

    def positions(self):
        n = self.size
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = (n - 1 - vert) if upward else vert
                    if not self.fn[y][x]:
                        yield x, y
            right -= 2

    def apply_mask(self, mask):
        n = self.size
        for y in range(n):
            for x in range(n):
                if self.fn[y][x]:
                    continue
                if mask == 0:
                    inv = (x + y) % 2 == 0
                elif mask == 1:
                    inv = y % 2 == 0
                elif mask == 2:
                    inv = x % 3 == 0
                elif mask == 3:
                    inv = (x + y) % 3 == 0
                elif mask == 4:
                    inv = (x // 3 + y // 2) % 2 == 0
                elif mask == 5:
                    inv = x * y % 2 + x * y % 3 == 0
                elif mask == 6:
                    inv = (x * y % 2 + x * y % 3) % 2 == 0
                else:
                    inv = ((x + y) % 2 + x * y % 3) % 2 == 0
                if inv:
                    self.mod[y][x] = not self.mod[y][x]

    def penalty(self):
        n = self.size
        m = self.mod
        score = 0
        # rule 1: runs of >= 5
        for line_get in (lambda a, b: m[a][b], lambda a, b: m[b][a]):
            for a in range(n):
                run = 1
                prev = line_get(a, 0)
                for b in range(1, n):
                    c = line_get(a, b)
                    if c == prev:
                        run += 1
                    else:
                        if run >= 5:
                            score += run - 2
                        run = 1
                        prev = c
                if run >= 5:
                    score += run - 2
        # rule 2: 2x2 blocks
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    score += 3
        # rule 3: finder-like patterns
        pats = ([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1])
        for y in range(n):
            row = [1 if v else 0 for v in m[y]]
            col = [1 if m[i][y] else 0 for i in range(n)]
            for seq in (row, col):
                for i in range(n - 10):
                    if seq[i:i + 11] in pats:
                        score += 40
        # rule 4: balance
        dark = sum(1 for row in m for v in row if v)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        score += k * 10
        return score


ECL_BITS = [1, 0, 3, 2]  # by ECL index L,M,Q,H


def _encode_codewords(data, ver, e):
    bits = []

    def put(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)

    put(0b0100, 4)
    put(len(data), 8 if ver <= 9 else 16)
    for b in data:
        put(b, 8)
    cap = _data_codewords(ver, e) * 8
    put(0, min(4, cap - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    dcw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    nb = NUM_BLOCKS[e][ver]
    eccl = ECC_PER_BLOCK[e][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(eccl)
    blocks = []
    k = 0
    for i in range(nb):
        dl = shortlen - eccl + (0 if i < nshort else 1)
        d = dcw[k:k + dl]
        k += dl
        blocks.append((d, _rs_remainder(d, div)))
    out = []
    maxd = max(len(b[0]) for b in blocks)
    for i in range(maxd):
        for d, _ in blocks:
            if i < len(d):
                out.append(d[i])
    for i in range(eccl):
        for _, ec in blocks:
            out.append(ec[i])
    assert len(out) == raw
    return out


def encode(text, ecl="M", minver=1):
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    e = ECL[ecl][0]
    for ver in range(minver, 41):
        cap_bits = _data_codewords(ver, e) * 8
        need = 4 + (8 if ver <= 9 else 16) + 8 * len(data)
        if need <= cap_bits:
            break
    else:
        raise ValueError("data too long")
    cw = _encode_codewords(data, ver, e)
    best = None
    for mask in range(8):
        g = _Grid(ver)
        g.draw_function_patterns()
        i = 0
        for (x, y) in g.positions():
            if i < len(cw) * 8:
                g.mod[y][x] = ((cw[i >> 3] >> (7 - (i & 7))) & 1) != 0
            i += 1
        g.apply_mask(mask)
        g.draw_format(e, mask)
        p = g.penalty()
        if best is None or p < best[0]:
            best = (p, g)
    return best[1].mod


# ------------------------------------------------------------------ decoder (self-check)

def decode(mod):
    n = len(mod)
    ver = (n - 17) // 4
    bits = 0
    # read first format copy
    seq = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(seq):
        if mod[y][x]:
            bits |= 1 << i
    found = None
    for e in range(4):
        for mask in range(8):
            data = ECL_BITS[e] << 3 | mask
            rem = data
            for _ in range(10):
                rem = (rem << 1) ^ ((rem >> 9) * 0x537)
            if ((data << 10 | rem) ^ 0x5412) == bits:
                found = (e, mask)
    if not found:
        raise ValueError("format info unreadable")
    e, mask = found
    g = _Grid(ver)
    g.draw_function_patterns()
    g.mod = [row[:] for row in mod]
    g.apply_mask(mask)
    bitlist = [1 if g.mod[y][x] else 0 for (x, y) in g.positions()]
    raw = _raw_modules(ver) // 8
    cws = [int("".join(map(str, bitlist[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    nb = NUM_BLOCKS[e][ver]
    eccl = ECC_PER_BLOCK[e][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    dls = [shortlen - eccl + (0 if i < nshort else 1) for i in range(nb)]
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(max(dls)):
        for b in range(nb):
            if i < dls[b]:
                blocks[b].append(cws[k])
                k += 1
    eccs = [[] for _ in range(nb)]
    for i in range(eccl):
        for b in range(nb):
            eccs[b].append(cws[k])
            k += 1
    div = _rs_divisor(eccl)
    data = []
    for b in range(nb):
        if _rs_remainder(blocks[b], div) != eccs[b]:
            raise ValueError("RS mismatch in block %d" % b)
        data += blocks[b]
    bs = "".join(format(c, "08b") for c in data)
    if bs[:4] != "0100":
        raise ValueError("not byte mode")
    cl = 8 if ver <= 9 else 16
    ln = int(bs[4:4 + cl], 2)
    p = 4 + cl
    return bytes(int(bs[p + 8 * i:p + 8 * i + 8], 2) for i in range(ln))


# ------------------------------------------------------------------ PNG

def _chunk(typ, data):
    c = struct.pack(">I", len(data)) + typ + data
    return c + struct.pack(">I", zlib.crc32(typ + data) & 0xFFFFFFFF)


def to_png(mod, scale=6, border=4):
    n = len(mod)
    w = (n + 2 * border) * scale
    rows = []
    for yy in range(w):
        y = yy // scale - border
        bits = []
        for xx in range(w):
            x = xx // scale - border
            dark = 0 <= x < n and 0 <= y < n and mod[y][x]
            bits.append(0 if dark else 1)
        # pack 1-bit
        rb = bytearray()
        for i in range(0, w, 8):
            v = 0
            for j in range(8):
                v = (v << 1) | (bits[i + j] if i + j < w else 1)
            rb.append(v)
        rows.append(b"\x00" + bytes(rb))
    raw = b"".join(rows)
    ihdr = struct.pack(">IIBBBBB", w, w, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(raw, 9))
            + _chunk(b"IEND", b""))


def from_png(png, scale=6, border=4):
    """Read back a PNG written by to_png (1-bit gray, filter 0) into a module matrix."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    p = 8
    idat = b""
    w = h = None
    while p < len(png):
        ln = struct.unpack(">I", png[p:p + 4])[0]
        typ = png[p + 4:p + 8]
        data = png[p + 8:p + 8 + ln]
        crc = struct.unpack(">I", png[p + 8 + ln:p + 12 + ln])[0]
        assert crc == zlib.crc32(typ + data) & 0xFFFFFFFF
        if typ == b"IHDR":
            w, h = struct.unpack(">II", data[:8])
        elif typ == b"IDAT":
            idat += data
        p += 12 + ln
    raw = zlib.decompress(idat)
    stride = (w + 7) // 8 + 1
    n = w // scale - 2 * border
    mod = []
    for y in range(n):
        yy = (y + border) * scale + scale // 2
        row = raw[yy * stride + 1:(yy + 1) * stride]
        r = []
        for x in range(n):
            xx = (x + border) * scale + scale // 2
            bit = (row[xx // 8] >> (7 - xx % 8)) & 1
            r.append(bit == 0)
        mod.append(r)
    return mod


def qr_png(text, ecl="M", scale=6):
    return to_png(encode(text, ecl), scale=scale)
