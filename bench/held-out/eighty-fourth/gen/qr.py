"""Minimal QR code encoder (byte mode, error correction level M, versions 1-10)
and a PNG writer. Standard library only."""
import struct
import zlib

# (ec codewords per block, [(num blocks, data codewords per block), ...]) for level M
_TABLE_M = {
    1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]),
    4: (18, [(2, 32)]), 5: (24, [(2, 43)]), 6: (16, [(4, 27)]),
    7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]),
    9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)]),
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
_FMT_M = 0  # format bits for level M

# GF(256) arithmetic with polynomial 0x11D
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return _EXP[_LOG[a] + _LOG[b]]


def _rs_generator(degree):
    g = [1]
    for i in range(degree):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= _gmul(c, _EXP[i])
        g = ng
    return g  # highest degree first, g[0] == 1


def _rs_remainder(data, degree):
    gen = _rs_generator(degree)
    msg = list(data) + [0] * degree
    for i in range(len(data)):
        c = msg[i]
        if c:
            for j in range(1, len(gen)):
                msg[i + j] ^= _gmul(gen[j], c)
    return msg[len(data):]


def _capacity(version):
    ec, groups = _TABLE_M[version]
    return sum(n * d for n, d in groups)


def _encode_data(payload, version):
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(payload), 8 if version < 10 else 16)
    for b in payload:
        put(b, 8)
    cap = _capacity(version) * 8
    put(0, min(4, cap - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    out = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    i = 0
    while len(out) < cap // 8:
        out.append(pad[i % 2])
        i += 1
    return out


def _interleave(data, version):
    ec, groups = _TABLE_M[version]
    blocks = []
    k = 0
    for n, d in groups:
        for _ in range(n):
            blocks.append(data[k:k + d])
            k += d
    ecb = [_rs_remainder(b, ec) for b in blocks]
    out = []
    for i in range(max(len(b) for b in blocks)):
        for b in blocks:
            if i < len(b):
                out.append(b[i])
    for i in range(ec):
        for b in ecb:
            out.append(b[i])
    return out


class _Matrix:
    def __init__(self, version):
        self.v = version
        self.size = 17 + 4 * version
        n = self.size
        self.m = [[False] * n for _ in range(n)]
        self.fn = [[False] * n for _ in range(n)]

    def setf(self, x, y, dark):
        self.m[y][x] = bool(dark)
        self.fn[y][x] = True

    def draw_function_patterns(self):
        n = self.size
        for i in range(n):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for cx, cy in ((3, 3), (n - 4, 3), (3, n - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    x, y = cx + dx, cy + dy
                    if 0 <= x < n and 0 <= y < n:
                        d = max(abs(dx), abs(dy))
                        self.setf(x, y, d not in (2, 4))
        pos = _ALIGN[self.v]
        for i, a in enumerate(pos):
            for j, b in enumerate(pos):
                if (i == 0 and j == 0) or (i == 0 and j == len(pos) - 1) or \
                        (i == len(pos) - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(a + dx, b + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format(0)
        self.draw_version()

    def draw_format(self, mask):
        data = _FMT_M << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        n = self.size

        def bit(i):
            return (bits >> i) & 1
        for i in range(6):
            self.setf(8, i, bit(i))
        self.setf(8, 7, bit(6))
        self.setf(8, 8, bit(7))
        self.setf(7, 8, bit(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, bit(i))
        for i in range(8):
            self.setf(n - 1 - i, 8, bit(i))
        for i in range(8, 15):
            self.setf(8, n - 15 + i, bit(i))
        self.setf(8, n - 8, True)
        return bits

    def draw_version(self):
        if self.v < 7:
            return
        rem = self.v
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = self.v << 12 | rem
        for i in range(18):
            b = (bits >> i) & 1
            a = self.size - 11 + i % 3
            c = i // 3
            self.setf(a, c, b)
            self.setf(c, a, b)

    def draw_codewords(self, cw):
        n = self.size
        i = 0
        total = len(cw) * 8
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.fn[y][x] and i < total:
                        self.m[y][x] = bool((cw[i >> 3] >> (7 - (i & 7))) & 1)
                        i += 1
            right -= 2

    def apply_mask(self, mask):
        f = [lambda x, y: (x + y) % 2 == 0,
             lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0,
             lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0][mask]
        for y in range(self.size):
            for x in range(self.size):
                if not self.fn[y][x] and f(x, y):
                    self.m[y][x] = not self.m[y][x]

    def penalty(self):
        n = self.size
        m = self.m
        p = 0
        for rows in (m, [list(c) for c in zip(*m)]):
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
                s = "".join("1" if c else "0" for c in row)
                for pat in ("10111010000", "00001011101"):
                    start = 0
                    while True:
                        k = s.find(pat, start)
                        if k < 0:
                            break
                        p += 40
                        start = k + 1
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(1 for c in row if c) for row in m)
        k = abs(dark * 20 - n * n * 10) // (n * n)
        p += k * 10
        return p


def encode(text):
    """Return the module matrix (list of rows of bools) for text/bytes."""
    payload = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    for version in range(1, 11):
        head = 4 + (8 if version < 10 else 16)
        if head + 8 * len(payload) <= _capacity(version) * 8:
            break
    else:
        raise ValueError("payload too long for version 10-M")
    cw = _interleave(_encode_data(payload, version), version)
    best = None
    for mask in range(8):
        mx = _Matrix(version)
        mx.draw_function_patterns()
        mx.draw_codewords(cw)
        mx.apply_mask(mask)
        mx.draw_format(mask)
        pen = mx.penalty()
        if best is None or pen < best[0]:
            best = (pen, mx)
    return best[1].m


def png(width, height, rows, gray=True):
    """rows: list of bytes objects (8-bit grayscale or RGB)."""
    raw = b"".join(b"\x00" + r for r in rows)
    ctype = 0 if gray else 2

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" +
            chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, ctype, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qr_png(text, scale=6, border=4):
    m = encode(text)
    n = len(m)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = bytearray()
        for x in range(n + 2 * border):
            mx = x - border
            dark = 0 <= my < n and 0 <= mx < n and m[my][mx]
            row += (b"\x00" if dark else b"\xff") * scale
        rows.append(bytes(row))
    return png(size, size, rows)


if __name__ == "__main__":
    import os
    import subprocess
    import tempfile
    import sys
    tests = ["https://example.com/", "x" * 150,
             "https://login-m365-secure.example-auth.net/mfa/renew?u=bGVuYS52b2d0QGV4YW1wbGUuY29t&t=8f3a2c",
             "https://inpost-odbior.pl/p/582930174?k=QWx1Z", "a" * 200, "b" * 60]
    for t in tests:
        with open(os.path.join(tempfile.gettempdir(), "_qr_test.png"), "wb") as f:
            f.write(qr_png(t))
        out = subprocess.run(["zbarimg", "-q", "--raw", os.path.join(tempfile.gettempdir(), "_qr_test.png")],
                             capture_output=True, text=True).stdout.strip()
        print("OK " if out == t else "FAIL", len(t), out[:60])
    sys.exit(0)
