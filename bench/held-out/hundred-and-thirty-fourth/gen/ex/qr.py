"""QR Code model 2 encoder (byte mode) and a decoder for clean, axis-aligned
renderings (used by the verifier to prove that every QR image in the set
carries exactly the intended payload)."""
from . import png

ECC_CODEWORDS_PER_BLOCK = {
    "L": [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "M": [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    "Q": [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "H": [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
NUM_ERROR_CORRECTION_BLOCKS = {
    "L": [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    "M": [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    "Q": [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    "H": [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
ECL_FORMAT_BITS = {"L": 1, "M": 0, "Q": 3, "H": 2}


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


def _num_raw_data_modules(ver):
    result = (16 * ver + 128) * ver + 64
    if ver >= 2:
        numalign = ver // 7 + 2
        result -= (25 * numalign - 10) * numalign - 55
        if ver >= 7:
            result -= 36
    return result


def _num_data_codewords(ver, ecl):
    return (_num_raw_data_modules(ver) // 8
            - ECC_CODEWORDS_PER_BLOCK[ecl][ver] * NUM_ERROR_CORRECTION_BLOCKS[ecl][ver])


def _alignment_positions(ver):
    if ver == 1:
        return []
    numalign = ver // 7 + 2
    step = 26 if ver == 32 else (ver * 4 + numalign * 2 + 1) // (numalign * 2 - 2) * 2
    size = ver * 4 + 17
    result = [size - 7 - i * step for i in range(numalign - 1)] + [6]
    return list(reversed(result))


class _Matrix:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        self.mod = [[False] * self.size for _ in range(self.size)]
        self.func = [[False] * self.size for _ in range(self.size)]

    def set_func(self, x, y, dark):
        self.mod[y][x] = dark
        self.func[y][x] = True

    def draw_function_patterns(self):
        s = self.size
        for i in range(s):
            self.set_func(6, i, i % 2 == 0)
            self.set_func(i, 6, i % 2 == 0)
        self._finder(3, 3)
        self._finder(s - 4, 3)
        self._finder(3, s - 4)
        pos = _alignment_positions(self.ver)
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                self._alignment(pos[i], pos[j])
        self.draw_format_bits("M", 0)  # dummy, overwritten later
        self._version_bits()

    def _finder(self, x, y):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                dist = max(abs(dx), abs(dy))
                xx, yy = x + dx, y + dy
                if 0 <= xx < self.size and 0 <= yy < self.size:
                    self.set_func(xx, yy, dist not in (2, 4))

    def _alignment(self, x, y):
        for dy in range(-2, 3):
            for dx in range(-2, 3):
                self.set_func(x + dx, y + dy, max(abs(dx), abs(dy)) != 1)

    def draw_format_bits(self, ecl, mask):
        bits = format_bits(ecl, mask)
        for i in range(0, 6):
            self.set_func(8, i, (bits >> i) & 1 != 0)
        self.set_func(8, 7, (bits >> 6) & 1 != 0)
        self.set_func(8, 8, (bits >> 7) & 1 != 0)
        self.set_func(7, 8, (bits >> 8) & 1 != 0)
        for i in range(9, 15):
            self.set_func(14 - i, 8, (bits >> i) & 1 != 0)
        s = self.size
        for i in range(0, 8):
            self.set_func(s - 1 - i, 8, (bits >> i) & 1 != 0)
        for i in range(8, 15):
            self.set_func(8, s - 15 + i, (bits >> i) & 1 != 0)
        self.set_func(8, s - 8, True)

    def _version_bits(self):
        if self.ver < 7:
            return
        bits = version_bits(self.ver)
        for i in range(18):
            bit = (bits >> i) & 1 != 0
            a = self.size - 11 + i % 3
            b = i // 3
            self.set_func(a, b, bit)
            self.set_func(b, a, bit)

    def zigzag(self):
        """Yield (x, y) of data modules in placement order."""
        s = self.size
        right = s - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(s):
                for j in range(2):
                    x = right - j
                    upward = ((right + 1) & 2) == 0
                    y = (s - 1 - vert) if upward else vert
                    if not self.func[y][x]:
                        yield x, y
            right -= 2


def format_bits(ecl, mask):
    data = ECL_FORMAT_BITS[ecl] << 3 | mask
    rem = data
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    return (data << 10 | rem) ^ 0x5412


def version_bits(ver):
    rem = ver
    for _ in range(12):
        rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
    return ver << 12 | rem


def _mask_fn(mask, x, y):
    return [
        (x + y) % 2 == 0, y % 2 == 0, x % 3 == 0, (x + y) % 3 == 0,
        (x // 3 + y // 2) % 2 == 0, x * y % 2 + x * y % 3 == 0,
        (x * y % 2 + x * y % 3) % 2 == 0, ((x + y) % 2 + x * y % 3) % 2 == 0,
    ][mask]


def _penalty(mod):
    size = len(mod)
    result = 0
    # rule 1 & 3 rows/cols
    def line_penalty(line):
        r = 0
        run = 1
        for i in range(1, size):
            if line[i] == line[i - 1]:
                run += 1
            else:
                if run >= 5:
                    r += run - 2
                run = 1
        if run >= 5:
            r += run - 2
        s = "".join("1" if v else "0" for v in line)
        pat1 = "10111010000"
        pat2 = "00001011101"
        for i in range(size - 10):
            seg = s[i:i + 11]
            if seg == pat1 or seg == pat2:
                r += 40
        return r
    for y in range(size):
        result += line_penalty(mod[y])
    for x in range(size):
        result += line_penalty([mod[y][x] for y in range(size)])
    for y in range(size - 1):
        for x in range(size - 1):
            c = mod[y][x]
            if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                result += 3
    dark = sum(1 for row in mod for v in row if v)
    total = size * size
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    result += k * 10
    return result


def encode(payload, ecl="M", min_version=1):
    """Return a module matrix (list of lists of bool) for the given payload
    (bytes or str -> UTF-8) in byte mode."""
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    for ver in range(min_version, 41):
        cc_bits = 8 if ver <= 9 else 16
        needed = 4 + cc_bits + 8 * len(payload)
        cap = _num_data_codewords(ver, ecl) * 8
        if needed <= cap:
            break
    else:
        raise ValueError("payload too long for QR")
    bits = []

    def add(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    add(0b0100, 4)
    add(len(payload), cc_bits)
    for b in payload:
        add(b, 8)
    add(0, min(4, cap - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    pad = 0xEC
    while len(bits) < cap:
        add(pad, 8)
        pad ^= 0xEC ^ 0x11
    data = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # error correction + interleave
    numblocks = NUM_ERROR_CORRECTION_BLOCKS[ecl][ver]
    blockecclen = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    rawcodewords = _num_raw_data_modules(ver) // 8
    numshort = numblocks - rawcodewords % numblocks
    shortlen = rawcodewords // numblocks
    divisor = _rs_divisor(blockecclen)
    blocks = []
    k = 0
    for i in range(numblocks):
        dlen = shortlen - blockecclen + (0 if i < numshort else 1)
        dat = data[k:k + dlen]
        k += dlen
        ecc = _rs_remainder(dat, divisor)
        if i < numshort:
            dat = dat + [None]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - blockecclen or j >= numshort:
                final.append(blk[i])
    m = _Matrix(ver)
    m.draw_function_patterns()
    coords = list(m.zigzag())
    allbits = []
    for cw in final:
        for i in range(7, -1, -1):
            allbits.append((cw >> i) & 1)
    for idx, (x, y) in enumerate(coords):
        m.mod[y][x] = idx < len(allbits) and allbits[idx] == 1
    best = None
    for mask in range(8):
        trial = [row[:] for row in m.mod]
        for (x, y) in coords:
            if _mask_fn(mask, x, y):
                trial[y][x] = not trial[y][x]
        mm = _Matrix(ver)
        mm.mod = trial
        mm.func = [row[:] for row in m.func]
        mm.draw_format_bits(ecl, mask)
        p = _penalty(mm.mod)
        if best is None or p < best[0]:
            best = (p, mask, mm.mod)
    return best[2]


def to_png(matrix, scale=6, border=4):
    size = len(matrix)
    dim = (size + 2 * border) * scale
    rows = []
    for y in range(dim):
        my = y // scale - border
        line = bytearray(dim)
        for x in range(dim):
            mx = x // scale - border
            dark = 0 <= mx < size and 0 <= my < size and matrix[my][mx]
            line[x] = 0 if dark else 255
        rows.append(bytes(line))
    return png.write_png(dim, dim, rows, "L")


def to_grey_bitmap(matrix, border=4):
    """One byte per module (0 dark / 255 light), including quiet zone; for PDFs."""
    size = len(matrix)
    dim = size + 2 * border
    out = bytearray()
    for y in range(dim):
        for x in range(dim):
            mx, my = x - border, y - border
            dark = 0 <= mx < size and 0 <= my < size and matrix[my][mx]
            out.append(0 if dark else 255)
    return dim, bytes(out)


# ---------------------------------------------------------------- decoder
def matrix_from_grey(grid):
    """Sample a clean axis-aligned QR rendering (2-D list of grey values)."""
    h = len(grid)
    w = len(grid[0])
    y0 = x0 = None
    for y in range(h):
        for x in range(w):
            if grid[y][x] < 128:
                y0, x0 = y, x
                break
        if y0 is not None:
            break
    if y0 is None:
        raise ValueError("no dark pixels")
    run = 0
    while x0 + run < w and grid[y0][x0 + run] < 128:
        run += 1
    scale = run / 7.0
    x1 = max(x for x in range(w) if grid[y0][x] < 128)
    size = int(round((x1 - x0 + 1) / scale))
    if (size - 17) % 4:
        raise ValueError("bad symbol size %d" % size)
    mat = []
    for my in range(size):
        row = []
        for mx in range(size):
            px = int(x0 + (mx + 0.5) * scale)
            py = int(y0 + (my + 0.5) * scale)
            row.append(grid[py][px] < 128)
        mat.append(row)
    return mat


def decode_matrix(mod):
    size = len(mod)
    ver = (size - 17) // 4
    # format info (first copy)
    bits = 0
    seq = [(8, i) for i in range(6)] + [(8, 7), (8, 8), (7, 8)] + [(14 - i, 8) for i in range(9, 15)]
    for i, (x, y) in enumerate(seq):
        if mod[y][x]:
            bits |= 1 << i
    best = None
    for ecl in "LMQH":
        for mask in range(8):
            d = bin(format_bits(ecl, mask) ^ bits).count("1")
            if best is None or d < best[0]:
                best = (d, ecl, mask)
    if best[0] > 3:
        raise ValueError("format info unreadable")
    _, ecl, mask = best
    m = _Matrix(ver)
    m.draw_function_patterns()
    bitlist = []
    for (x, y) in m.zigzag():
        v = mod[y][x]
        if _mask_fn(mask, x, y):
            v = not v
        bitlist.append(1 if v else 0)
    rawcodewords = _num_raw_data_modules(ver) // 8
    cws = [int("".join(map(str, bitlist[i * 8:i * 8 + 8])), 2) for i in range(rawcodewords)]
    numblocks = NUM_ERROR_CORRECTION_BLOCKS[ecl][ver]
    blockecclen = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    numshort = numblocks - rawcodewords % numblocks
    shortlen = rawcodewords // numblocks
    lens = [shortlen + (0 if i < numshort else 1) for i in range(numblocks)]
    # proper de-interleave following encoder order
    blocks = [[] for _ in range(numblocks)]
    k = 0
    for i in range(shortlen + 1):
        for j in range(numblocks):
            if i == shortlen - blockecclen and j < numshort:
                continue
            if i >= lens[j] + (1 if j < numshort else 0):
                continue
            if k < len(cws):
                blocks[j].append(cws[k])
                k += 1
    data = []
    divisor = _rs_divisor(blockecclen)
    for j, blk in enumerate(blocks):
        dlen = len(blk) - blockecclen
        dat, ecc = blk[:dlen], blk[dlen:]
        if _rs_remainder(dat, divisor) != ecc:
            raise ValueError("Reed-Solomon check failed in block %d" % j)
        data += dat
    # parse segments
    bits = []
    for b in data:
        for i in range(7, -1, -1):
            bits.append((b >> i) & 1)
    pos = 0

    def take(n):
        nonlocal pos
        v = 0
        for _ in range(n):
            v = v << 1 | bits[pos]
            pos += 1
        return v
    out = b""
    while pos + 4 <= len(bits):
        mode = take(4)
        if mode == 0:
            break
        if mode == 0b0100:
            n = take(8 if ver <= 9 else 16)
            out += bytes(take(8) for _ in range(n))
        elif mode == 0b0001:
            n = take(10 if ver <= 9 else (12 if ver <= 26 else 14))
            digits = ""
            while n >= 3:
                digits += "%03d" % take(10)
                n -= 3
            if n == 2:
                digits += "%02d" % take(7)
            elif n == 1:
                digits += "%d" % take(4)
            out += digits.encode()
        elif mode == 0b0010:
            alpha = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
            n = take(9 if ver <= 9 else (11 if ver <= 26 else 13))
            s = ""
            while n >= 2:
                v = take(11)
                s += alpha[v // 45] + alpha[v % 45]
                n -= 2
            if n:
                s += alpha[take(6)]
            out += s.encode()
        else:
            raise ValueError("unsupported mode %d" % mode)
    return out


def decode_png(data):
    w, h, ch, rows = png.read_png(data)
    return decode_matrix(matrix_from_grey(png.grey_rows(w, h, ch, rows)))


def decode_grey_bitmap(width, height, pixels):
    grid = [list(pixels[y * width:(y + 1) * width]) for y in range(height)]
    return decode_matrix(matrix_from_grey(grid))
