"""Minimal QR Code model 2 encoder (byte mode, EC level L/M, versions 1-10)
and a PNG writer.  Also a small reader used as a self-check."""
import struct
import zlib

# (ec codewords per block, [(block count, data codewords per block), ...])
_TABLE = {
    ("L", 1): (7, [(1, 19)]), ("M", 1): (10, [(1, 16)]),
    ("L", 2): (10, [(1, 34)]), ("M", 2): (16, [(1, 28)]),
    ("L", 3): (15, [(1, 55)]), ("M", 3): (26, [(1, 44)]),
    ("L", 4): (20, [(1, 80)]), ("M", 4): (18, [(2, 32)]),
    ("L", 5): (26, [(1, 108)]), ("M", 5): (24, [(2, 43)]),
    ("L", 6): (18, [(2, 68)]), ("M", 6): (16, [(4, 27)]),
    ("L", 7): (20, [(2, 78)]), ("M", 7): (18, [(4, 31)]),
    ("L", 8): (24, [(2, 97)]), ("M", 8): (22, [(2, 38), (2, 39)]),
    ("L", 9): (30, [(2, 116)]), ("M", 9): (22, [(3, 36), (2, 37)]),
    ("L", 10): (18, [(2, 68), (2, 69)]), ("M", 10): (26, [(4, 43), (1, 44)]),
}
_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
          7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}
_ECL_BITS = {"L": 1, "M": 0}


def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


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


def _capacity(ecl, ver):
    return sum(n * d for n, d in _TABLE[(ecl, ver)][1])


def _function_map(ver):
    size = 17 + 4 * ver
    mod = [[False] * size for _ in range(size)]
    fn = [[False] * size for _ in range(size)]

    def setf(x, y, dark):
        mod[y][x] = dark
        fn[y][x] = True

    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    d = max(abs(dx), abs(dy))
                    setf(x, y, d not in (2, 4))
    al = _ALIGN[ver]
    n = len(al)
    for i in range(n):
        for j in range(n):
            if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
    # reserve format areas (filled later)
    for i in range(9):
        fn[i][8] = fn[8][i] = True
    for i in range(8):
        fn[8][size - 1 - i] = True
        fn[size - 1 - i][8] = True
    if ver >= 7:
        rem = ver
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = ver << 12 | rem
        for i in range(18):
            bit = (bits >> i) & 1 == 1
            a, b = size - 11 + i % 3, i // 3
            setf(a, b, bit)
            setf(b, a, bit)
    return size, mod, fn


def _format_bits(ecl, mask):
    data = _ECL_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def _draw_format(mod, size, ecl, mask):
    bits = _format_bits(ecl, mask)

    def b(i):
        return (bits >> i) & 1 == 1
    for i in range(6):
        mod[i][8] = b(i)
    mod[7][8] = b(6)
    mod[8][8] = b(7)
    mod[8][7] = b(8)
    for i in range(9, 15):
        mod[8][14 - i] = b(i)
    for i in range(8):
        mod[8][size - 1 - i] = b(i)
    for i in range(8, 15):
        mod[size - 15 + i][8] = b(i)
    mod[size - 8][8] = True


def _zigzag(size, fn):
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vert if upward else vert
                if not fn[y][x]:
                    yield x, y
        right -= 2


_MASKS = [
    lambda x, y: (x + y) % 2 == 0,
    lambda x, y: y % 2 == 0,
    lambda x, y: x % 3 == 0,
    lambda x, y: (x + y) % 3 == 0,
    lambda x, y: (x // 3 + y // 2) % 2 == 0,
    lambda x, y: x * y % 2 + x * y % 3 == 0,
    lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
    lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
]


def _penalty(mod, size):
    p = 0
    for lines in (mod, [list(c) for c in zip(*mod)]):
        for row in lines:
            run = 1
            for i in range(1, size + 1):
                if i < size and row[i] == row[i - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run = 1
            s = "".join("1" if v else "0" for v in row)
            p += 40 * (s.count("10111010000") + s.count("00001011101"))
    for y in range(size - 1):
        for x in range(size - 1):
            c = mod[y][x]
            if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                p += 3
    dark = sum(v for row in mod for v in row)
    p += 10 * (abs(dark * 20 - size * size * 10) // (size * size))
    return p


def _codewords(data, ecl, ver):
    cap = _capacity(ecl, ver)
    bits = []

    def put(v, n):
        bits.extend((v >> i) & 1 for i in range(n - 1, -1, -1))
    put(4, 4)
    put(len(data), 8 if ver < 10 else 16)
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
    ecc, groups = _TABLE[(ecl, ver)]
    div = _rs_divisor(ecc)
    blocks, k = [], 0
    for n, d in groups:
        for _ in range(n):
            blk = cw[k:k + d]
            k += d
            blocks.append((blk, _rs_remainder(blk, div)))
    out = []
    for i in range(max(len(b[0]) for b in blocks)):
        out += [b[0][i] for b in blocks if i < len(b[0])]
    for i in range(ecc):
        out += [b[1][i] for b in blocks]
    return out


def encode(text, ecl="M"):
    data = text.encode("utf-8")
    for ver in range(1, 11):
        hdr = 4 + (8 if ver < 10 else 16)
        if hdr + 8 * len(data) <= _capacity(ecl, ver) * 8:
            break
    else:
        raise ValueError("too long for v10: %r" % text)
    cws = _codewords(data, ecl, ver)
    size, base, fn = _function_map(ver)
    allbits = [(c >> (7 - i)) & 1 for c in cws for i in range(8)]
    best = None
    for m in range(8):
        mod = [row[:] for row in base]
        k = 0
        for x, y in _zigzag(size, fn):
            v = allbits[k] == 1 if k < len(allbits) else False
            k += 1
            mod[y][x] = v ^ _MASKS[m](x, y)
        _draw_format(mod, size, ecl, m)
        pen = _penalty(mod, size)
        if best is None or pen < best[0]:
            best = (pen, mod)
    return best[1]


# ---------------------------------------------------------------- PNG

def _chunk(tag, data):
    c = tag + data
    return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)


def png_gray(rows, width, height):
    """rows: list of bytes objects (8-bit grey), filter type 0."""
    raw = b"".join(b"\0" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def png_rgb(rows, width, height):
    raw = b"".join(b"\0" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def qr_png(text, scale=6, border=4, ecl="M"):
    mod = encode(text, ecl)
    size = len(mod)
    n = (size + 2 * border) * scale
    rows = []
    for yy in range(size + 2 * border):
        y = yy - border
        line = bytearray()
        for xx in range(size + 2 * border):
            x = xx - border
            dark = 0 <= x < size and 0 <= y < size and mod[y][x]
            line += (b"\x00" if dark else b"\xff") * scale
        rows += [bytes(line)] * scale
    return png_gray(rows, n, n)


# ---------------------------------------------------------------- reader (self-check)

def read_png_gray(png):
    pos, idat, w = 8, b"", 0
    while pos < len(png):
        ln = struct.unpack(">I", png[pos:pos + 4])[0]
        tag = png[pos + 4:pos + 8]
        body = png[pos + 8:pos + 8 + ln]
        if tag == b"IHDR":
            w, h = struct.unpack(">II", body[:8])
        elif tag == b"IDAT":
            idat += body
        pos += 12 + ln
    raw = zlib.decompress(idat)
    return [raw[r * (w + 1) + 1:(r + 1) * (w + 1)] for r in range(h)], w


def decode_png(png, scale=6, border=4):
    rows, w = read_png_gray(png)
    size = w // scale - 2 * border
    ver = (size - 17) // 4
    mod = [[rows[(y + border) * scale + scale // 2][(x + border) * scale + scale // 2] < 128
            for x in range(size)] for y in range(size)]
    fbits = sum((1 << i) for i in range(6) if mod[i][8])
    fbits |= (mod[7][8] << 6) | (mod[8][8] << 7) | (mod[8][7] << 8)
    for i in range(9, 15):
        fbits |= mod[8][14 - i] << i
    found = None
    for ecl in "LM":
        for m in range(8):
            if _format_bits(ecl, m) == fbits:
                found = (ecl, m)
    assert found, "bad format bits"
    ecl, m = found
    _, _, fn = _function_map(ver)
    bits = [int(mod[y][x] ^ _MASKS[m](x, y)) for x, y in _zigzag(size, fn)]
    ecc, groups = _TABLE[(ecl, ver)]
    total = sum(n * (d + ecc) for n, d in groups)
    cws = [int("".join(map(str, bits[i * 8:i * 8 + 8])), 2) for i in range(total)]
    lens = [d for n, d in groups for _ in range(n)]
    blocks = [[] for _ in lens]
    k = 0
    for i in range(max(lens)):
        for b, L in enumerate(lens):
            if i < L:
                blocks[b].append(cws[k])
                k += 1
    eccs = [[] for _ in lens]
    for i in range(ecc):
        for b in range(len(lens)):
            eccs[b].append(cws[k])
            k += 1
    div = _rs_divisor(ecc)
    data = []
    for b in range(len(lens)):
        assert _rs_remainder(blocks[b], div) == eccs[b], "RS mismatch"
        data += blocks[b]
    bitstr = "".join(format(c, "08b") for c in data)
    assert bitstr[:4] == "0100"
    cl = 8 if ver < 10 else 16
    n = int(bitstr[4:4 + cl], 2)
    out = bytes(int(bitstr[4 + cl + 8 * i:12 + cl + 8 * i], 2) for i in range(n))
    return out.decode("utf-8")


if __name__ == "__main__":
    for t in ["https://example.org/a", "x" * 120, "https://very-long.example.net/" + "p" * 150]:
        assert decode_png(qr_png(t)) == t
    open("/tmp/qrtest.png", "wb").write(qr_png("https://example.org/abc?q=12345678901234567890123456789012345678901234567890"))
    print("ok")
