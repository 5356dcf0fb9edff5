"""Minimal QR Code Model 2 encoder (byte mode, versions 1-40, any ECC level),
PNG writer/reader, and a small decoder used only for self-verification."""
import struct
import zlib

ECL = {"L": (0, 1), "M": (1, 0), "Q": (2, 3), "H": (3, 2)}  # index, format bits

ECC_PER_BLOCK = (
    (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
)
NUM_BLOCKS = (
    (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
)

MASKS = (
    lambda x, y: (x + y) % 2,
    lambda x, y: y % 2,
    lambda x, y: x % 3,
    lambda x, y: (x + y) % 3,
    lambda x, y: (x // 3 + y // 2) % 2,
    lambda x, y: x * y % 2 + x * y % 3,
    lambda x, y: (x * y % 2 + x * y % 3) % 2,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2,
)


def raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def data_codewords(ver, ecl):
    e = ECL[ecl][0]
    return raw_modules(ver) // 8 - ECC_PER_BLOCK[e][ver] * NUM_BLOCKS[e][ver]


def align_positions(ver):
    if ver == 1:
        return []
    n = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + n * 3 + 5) // (n * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(n - 1)] + [6]
    return sorted(res)


def gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = gf_mul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = gf_mul(root, 2)
    return res


def rs_remainder(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= gf_mul(c, f)
    return res


def format_bits(ecl, mask):
    data = ECL[ecl][1] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


class QR:
    def __init__(self, ver, ecl):
        self.ver, self.ecl = ver, ecl
        self.size = ver * 4 + 17
        self.m = [[False] * self.size for _ in range(self.size)]
        self.fn = [[False] * self.size for _ in range(self.size)]
        self._functions()

    def setf(self, x, y, v):
        self.m[y][x] = bool(v)
        self.fn[y][x] = True

    def _functions(self):
        s = self.size
        for i in range(s):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (s - 4, 3), (3, s - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < s and 0 <= y < s:
                        self.setf(x, y, max(abs(dx), abs(dy)) not in (2, 4))
        pos = align_positions(self.ver)
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self._format(0)
        if self.ver >= 7:
            bits = version_bits(self.ver)
            for i in range(18):
                b = (bits >> i) & 1
                a, c = s - 11 + i % 3, i // 3
                self.setf(a, c, b)
                self.setf(c, a, b)

    def _format(self, mask):
        bits = format_bits(self.ecl, mask)
        s = self.size
        g = lambda i: (bits >> i) & 1
        for i in range(6):
            self.setf(8, i, g(i))
        self.setf(8, 7, g(6))
        self.setf(8, 8, g(7))
        self.setf(7, 8, g(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, g(i))
        for i in range(8):
            self.setf(s - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.setf(8, s - 15 + i, g(i))
        self.setf(8, s - 8, True)

    def place(self, codewords):
        s = self.size
        i = 0
        right = s - 1
        total = len(codewords) * 8
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(s):
                for j in range(2):
                    x = right - j
                    up = ((right + 1) & 2) == 0
                    y = s - 1 - vert if up else vert
                    if not self.fn[y][x] and i < total:
                        self.m[y][x] = bool((codewords[i >> 3] >> (7 - (i & 7))) & 1)
                        i += 1
            right -= 2

    def apply_mask(self, k):
        f = MASKS[k]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fn[y][x] and f(x, y) == 0:
                    self.m[y][x] = not self.m[y][x]

    def penalty(self):
        s, m = self.size, self.m
        p = 0
        lines = [m[y] for y in range(s)] + [[m[y][x] for y in range(s)] for x in range(s)]
        for line in lines:
            run = 1
            for i in range(1, s):
                if line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += run - 2
                    run = 1
            if run >= 5:
                p += run - 2
            t = "".join("1" if v else "0" for v in line)
            for pat in ("10111010000", "00001011101"):
                p += 40 * sum(1 for k in range(len(t) - 10) if t[k:k + 11] == pat)
        for y in range(s - 1):
            for x in range(s - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        k = abs(dark * 20 - s * s * 10) // (s * s)
        p += k * 10
        return p


def encode(text, ecl="M", minver=1):
    data = text.encode("utf-8")
    ver = None
    for v in range(minver, 41):
        cc_bits = 8 if v < 10 else 16
        if 4 + cc_bits + len(data) * 8 <= data_codewords(v, ecl) * 8:
            ver = v
            break
    if ver is None:
        raise ValueError("too long")
    cap = data_codewords(ver, ecl) * 8
    bits = []

    def put(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), 8 if ver < 10 else 16)
    for b in data:
        put(b, 8)
    put(0, min(4, cap - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    dcw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    e = ECL[ecl][0]
    nb = NUM_BLOCKS[e][ver]
    eb = ECC_PER_BLOCK[e][ver]
    raw = raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = rs_divisor(eb)
    blocks = []
    k = 0
    for i in range(nb):
        d = dcw[k:k + shortlen - eb + (0 if i < nshort else 1)]
        k += len(d)
        ecc = rs_remainder(d, div)
        if i < nshort:
            d = d + [0]
        blocks.append(d + ecc)
    cw = []
    for i in range(len(blocks[0])):
        for j, b in enumerate(blocks):
            if i != shortlen - eb or j >= nshort:
                cw.append(b[i])
    best = None
    for mask in range(8):
        q = QR(ver, ecl)
        q.place(cw)
        q.apply_mask(mask)
        q._format(mask)
        pen = q.penalty()
        if best is None or pen < best[0]:
            best = (pen, q)
    return best[1]


# ---------------------------------------------------------------- PNG
def _chunk(tag, data):
    c = struct.pack(">I", len(data)) + tag + data
    return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_gray(rows, text_chunks=None):
    """rows: list of lists of 0..255 grey values."""
    h, w = len(rows), len(rows[0])
    raw = b"".join(b"\0" + bytes(r) for r in rows)
    out = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
    for k, v in (text_chunks or []):
        out += _chunk(b"tEXt", k.encode("latin-1") + b"\0" + v.encode("latin-1"))
    out += _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b"")
    return out


def png_rgb(rows):
    """rows: list of lists of (r,g,b)."""
    h, w = len(rows), len(rows[0])
    raw = b"".join(b"\0" + bytes(c for px in r for c in px) for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def qr_png(text, scale=6, border=4, ecl="M"):
    q = encode(text, ecl)
    n = q.size + 2 * border
    rows = []
    for y in range(n):
        row = []
        for x in range(n):
            mx, my = x - border, y - border
            dark = 0 <= mx < q.size and 0 <= my < q.size and q.m[my][mx]
            row.extend([0 if dark else 255] * scale)
        for _ in range(scale):
            rows.append(list(row))
    return png_gray(rows, [("Software", "qrcode")])


def png_read_gray(data):
    """Reader for the PNGs this module writes (8-bit grey or RGB, filter 0)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w, h = 8, b"", 0, 0
    ctype = 0
    while pos < len(data):
        ln = struct.unpack(">I", data[pos:pos + 4])[0]
        tag = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        if tag == b"IHDR":
            w, h, _, ctype = struct.unpack(">IIBB", body[:10])
        elif tag == b"IDAT":
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    bpp = 1 if ctype == 0 else 3
    stride = w * bpp + 1
    rows = []
    for y in range(h):
        r = raw[y * stride + 1:(y + 1) * stride]
        rows.append(list(r[::bpp]))
    return rows


# ---------------------------------------------------------------- decoder (verification only)
def decode_png(data, scale=6, border=4):
    rows = png_read_gray(data)
    n = len(rows) // scale
    size = n - 2 * border
    ver = (size - 17) // 4
    grid = [[rows[(y + border) * scale + scale // 2][(x + border) * scale + scale // 2] < 128
             for x in range(size)] for y in range(size)]
    # format info (first copy) with BCH check
    bits = 0
    coords = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(coords):
        bits |= grid[y][x] << i
    found = None
    for ecl in "LMQH":
        for mask in range(8):
            if format_bits(ecl, mask) == bits:
                found = (ecl, mask)
    if not found:
        raise ValueError("format info invalid")
    ecl, mask = found
    # second copy must agree
    bits2 = 0
    for i in range(8):
        bits2 |= grid[8][size - 1 - i] << i
    for i in range(8, 15):
        bits2 |= grid[size - 15 + i][8] << i
    assert bits2 == bits, "format copies differ"
    ref = QR(ver, ecl)
    f = MASKS[mask]
    s = size
    out_bits = []
    right = s - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(s):
            for j in range(2):
                x = right - j
                up = ((right + 1) & 2) == 0
                y = s - 1 - vert if up else vert
                if not ref.fn[y][x]:
                    v = grid[y][x] ^ (f(x, y) == 0)
                    out_bits.append(int(v))
        right -= 2
    raw = raw_modules(ver) // 8
    cw = [int("".join(map(str, out_bits[i * 8:i * 8 + 8])), 2) for i in range(raw)]
    e = ECL[ecl][0]
    nb, eb = NUM_BLOCKS[e][ver], ECC_PER_BLOCK[e][ver]
    nshort = nb - raw % nb
    shortlen = raw // nb
    blocks = [[] for _ in range(nb)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(nb):
            if i == shortlen - eb and j < nshort:
                continue
            blocks[j].append(cw[k])
            k += 1
    data = []
    for j, b in enumerate(blocks):
        # syndromes must all be zero for an error-free block
        for r in range(eb):
            root = 1
            for _ in range(r):
                root = gf_mul(root, 2)
            acc = 0
            for c in b:
                acc = gf_mul(acc, root) ^ c
            assert acc == 0, "RS syndrome nonzero"
        data.extend(b[:len(b) - eb])
    bitstr = "".join(format(x, "08b") for x in data)
    assert bitstr[:4] == "0100"
    ccb = 8 if ver < 10 else 16
    ln = int(bitstr[4:4 + ccb], 2)
    payload = bytes(int(bitstr[4 + ccb + 8 * i:12 + ccb + 8 * i], 2) for i in range(ln))
    return payload.decode("utf-8")


if __name__ == "__main__":
    for t in ["https://example.org/x?id=1", "A" * 150, "https://login.example-portal.net/auth/start?session=4f1b9c2e7a&lang=de&ref=datev-belege-2026-10"]:
        p = qr_png(t)
        assert decode_png(p) == t
    print("ok")
