"""Minimal QR Code encoder (ISO/IEC 18004), byte mode, versions 1-10,
error correction L or M, automatic mask selection by penalty score.
Output: matrix of booleans, or PNG via media.png_matrix."""

import media

ECC_PER_BLOCK = {"L": [7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
                 "M": [10, 16, 26, 18, 24, 16, 18, 22, 22, 26]}
NUM_BLOCKS = {"L": [1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
              "M": [1, 1, 1, 2, 2, 4, 4, 4, 5, 5]}
ECL_BITS = {"L": 1, "M": 0}


# ---------------------------------------------------------------- GF(256)
def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
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


# ---------------------------------------------------------------- layout
def _raw_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        result -= (25 * na - 10) * na - 55
        if ver >= 7:
            result -= 36
    return result


def _data_codewords(ver, ecl):
    return (_raw_modules(ver) // 8
            - ECC_PER_BLOCK[ecl][ver - 1] * NUM_BLOCKS[ecl][ver - 1])


def _align_positions(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    step = (ver * 4 + na * 2 + 1) // (na * 2 - 2) * 2
    size = ver * 4 + 17
    res = [6]
    pos = size - 7
    while len(res) < na:
        res.insert(1, pos)
        pos -= step
    return res


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
        al = _align_positions(self.ver)
        na = len(al)
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or \
                        (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(al[i] + dx, al[j] + dy,
                                  max(abs(dx), abs(dy)) != 1)
        self.draw_format(0, "M")  # reserve; overwritten later
        if self.ver >= 7:
            rem = self.ver
            for _ in range(12):
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
            bits = self.ver << 12 | rem
            for i in range(18):
                bit = (bits >> i) & 1 == 1
                a = n - 11 + i % 3
                b = i // 3
                self.setf(a, b, bit)
                self.setf(b, a, bit)

    def draw_format(self, mask, ecl):
        data = ECL_BITS[ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        g = lambda i: (bits >> i) & 1 == 1
        n = self.size
        for i in range(0, 6):
            self.setf(8, i, g(i))
        self.setf(8, 7, g(6))
        self.setf(8, 8, g(7))
        self.setf(7, 8, g(8))
        for i in range(9, 15):
            self.setf(14 - i, 8, g(i))
        for i in range(0, 8):
            self.setf(n - 1 - i, 8, g(i))
        for i in range(8, 15):
            self.setf(8, n - 15 + i, g(i))
        self.setf(8, n - 8, True)

    def draw_codewords(self, data):
        n = self.size
        i = 0
        right = n - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(n):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = n - 1 - vert if upward else vert
                    if not self.fun[y][x] and i < len(data) * 8:
                        self.mod[y][x] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1
                        i += 1
            right -= 2
        assert i == len(data) * 8

    def apply_mask(self, mask):
        n = self.size
        for y in range(n):
            for x in range(n):
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
                if inv and not self.fun[y][x]:
                    self.mod[y][x] = not self.mod[y][x]

    def penalty(self):
        n = self.size
        m = self.mod
        score = 0
        lines = [m[y] for y in range(n)] + [[m[y][x] for y in range(n)] for x in range(n)]
        pat1 = [True, False, True, True, True, False, True, False, False, False, False]
        pat2 = pat1[::-1]
        for line in lines:
            run = 1
            for i in range(1, n + 1):
                if i < n and line[i] == line[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        score += 3 + run - 5
                    run = 1
            for i in range(n - 10):
                seg = line[i:i + 11]
                if seg == pat1 or seg == pat2:
                    score += 40
        for y in range(n - 1):
            for x in range(n - 1):
                c = m[y][x]
                if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                    score += 3
        dark = sum(sum(1 for v in row if v) for row in m)
        total = n * n
        k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
        score += max(0, k) * 10
        return score


def encode(text, ecl="M", minver=1):
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    for ver in range(minver, 11):
        cap = _data_codewords(ver, ecl)
        cc = 8 if ver < 10 else 16
        if 4 + cc + 8 * len(data) <= cap * 8:
            break
    else:
        raise ValueError("data too long for version 10")
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), cc)
    for b in data:
        put(b, 8)
    put(0, min(4, cap * 8 - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    # split into blocks, add ECC, interleave
    nblocks = NUM_BLOCKS[ecl][ver - 1]
    ecclen = ECC_PER_BLOCK[ecl][ver - 1]
    raw = _raw_modules(ver) // 8
    nshort = nblocks - raw % nblocks
    shortlen = raw // nblocks
    div = _rs_divisor(ecclen)
    blocks = []
    k = 0
    for i in range(nblocks):
        dlen = shortlen - ecclen + (0 if i < nshort else 1)
        d = cw[k:k + dlen]
        k += dlen
        blocks.append((d, _rs_remainder(d, div)))
    out = []
    for i in range(max(len(b[0]) for b in blocks)):
        for d, _ in blocks:
            if i < len(d):
                out.append(d[i])
    for i in range(ecclen):
        for _, e in blocks:
            out.append(e[i])
    assert len(out) == raw
    best = None
    for mask in range(8):
        g = _Grid(ver)
        g.draw_function_patterns()
        g.draw_codewords(out)
        g.apply_mask(mask)
        g.draw_format(mask, ecl)
        p = g.penalty()
        if best is None or p < best[0]:
            best = (p, g)
    return best[1].mod


def qr_png(text, scale=6, ecl="M"):
    return media.png_matrix(encode(text, ecl), scale=scale)


if __name__ == "__main__":
    import subprocess
    import sys
    import tempfile
    tests = ["HELLO", "https://example.org/a?b=c",
             "https://login-m365-secure.example.net/mfa/enroll?u=tobias.brandt%40example.com&t=8f3a91c2d7e64b05",
             "x" * 150]
    for t in tests:
        for e in "LM":
            with tempfile.NamedTemporaryFile(suffix=".png") as f:
                f.write(qr_png(t, ecl=e))
                f.flush()
                r = subprocess.run(["zbarimg", "-q", "--raw", f.name],
                                   capture_output=True, text=True)
                ok = r.stdout.strip() == t
                print(e, len(t), "OK" if ok else "FAIL %r" % r.stdout)
                if not ok:
                    sys.exit(1)
