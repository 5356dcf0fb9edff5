"""QR code model 2 encoder (byte mode) and a decoder used for verification.

Plain Python 3, no dependencies.  The encoder follows ISO/IEC 18004; the
decoder reads a module matrix back (format info, unmasking, de-interleaving,
Reed-Solomon syndrome check, byte/alphanumeric/numeric segments).
"""

ECC_CODEWORDS_PER_BLOCK = {
    'L': (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    'M': (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28),
    'Q': (-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
    'H': (-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30),
}
NUM_ERROR_CORRECTION_BLOCKS = {
    'L': (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25),
    'M': (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49),
    'Q': (-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68),
    'H': (-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81),
}
ECL_FORMAT_BITS = {'L': 1, 'M': 0, 'Q': 3, 'H': 2}
FORMAT_BITS_ECL = {v: k for k, v in ECL_FORMAT_BITS.items()}


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
    step = (ver * 8 + numalign * 3 + 5) // (numalign * 4 - 4) * 2
    size = ver * 4 + 17
    result = [size - 7 - i * step for i in range(numalign - 1)] + [6]
    return list(reversed(result))


class _Matrix:
    def __init__(self, ver):
        self.ver = ver
        self.size = ver * 4 + 17
        self.mod = [[False] * self.size for _ in range(self.size)]
        self.isfunc = [[False] * self.size for _ in range(self.size)]

    def setf(self, x, y, dark):
        self.mod[y][x] = dark
        self.isfunc[y][x] = True

    def draw_function_patterns(self, ecl, mask):
        size = self.size
        for i in range(size):
            self.setf(6, i, i % 2 == 0)
            self.setf(i, 6, i % 2 == 0)
        for (cx, cy) in ((3, 3), (size - 4, 3), (3, size - 4)):
            for dy in range(-4, 5):
                for dx in range(-4, 5):
                    xx, yy = cx + dx, cy + dy
                    if 0 <= xx < size and 0 <= yy < size:
                        d = max(abs(dx), abs(dy))
                        self.setf(xx, yy, d not in (2, 4))
        pos = _alignment_positions(self.ver)
        n = len(pos)
        for i in range(n):
            for j in range(n):
                if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        self.setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
        self.draw_format_bits(ecl, mask)
        self.draw_version()

    def draw_format_bits(self, ecl, mask):
        data = ECL_FORMAT_BITS[ecl] << 3 | mask
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        bits = (data << 10 | rem) ^ 0x5412
        size = self.size
        for i in range(0, 6):
            self.setf(8, i, (bits >> i) & 1 != 0)
        self.setf(8, 7, (bits >> 6) & 1 != 0)
        self.setf(8, 8, (bits >> 7) & 1 != 0)
        self.setf(7, 8, (bits >> 8) & 1 != 0)
        for i in range(9, 15):
            self.setf(14 - i, 8, (bits >> i) & 1 != 0)
        for i in range(0, 8):
            self.setf(size - 1 - i, 8, (bits >> i) & 1 != 0)
        for i in range(8, 15):
            self.setf(8, size - 15 + i, (bits >> i) & 1 != 0)
        self.setf(8, size - 8, True)

    def draw_version(self):
        if self.ver < 7:
            return
        rem = self.ver
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        bits = self.ver << 12 | rem
        for i in range(18):
            bit = (bits >> i) & 1 != 0
            a = self.size - 11 + i % 3
            b = i // 3
            self.setf(a, b, bit)
            self.setf(b, a, bit)

    def codeword_positions(self):
        size = self.size
        out = []
        right = size - 1
        while right >= 1:
            if right == 6:
                right = 5
            for vert in range(size):
                for j in range(2):
                    x = right - j
                    upward = (right + 1) & 2 == 0
                    y = size - 1 - vert if upward else vert
                    if not self.isfunc[y][x]:
                        out.append((x, y))
            right -= 2
        return out


def _mask_fn(mask, x, y):
    return [
        (x + y) % 2 == 0,
        y % 2 == 0,
        x % 3 == 0,
        (x + y) % 3 == 0,
        (x // 3 + y // 2) % 2 == 0,
        x * y % 2 + x * y % 3 == 0,
        (x * y % 2 + x * y % 3) % 2 == 0,
        ((x + y) % 2 + x * y % 3) % 2 == 0,
    ][mask]


def _penalty(mod):
    size = len(mod)
    result = 0
    # rule 1 + 3 (approximation of finder-like patterns) per row/col
    for rows in (mod, [list(c) for c in zip(*mod)]):
        for row in rows:
            run_color = None
            run = 0
            for v in row:
                if v == run_color:
                    run += 1
                    if run == 5:
                        result += 3
                    elif run > 5:
                        result += 1
                else:
                    run_color = v
                    run = 1
            s = ''.join('1' if v else '0' for v in row)
            for pat in ('10111010000', '00001011101'):
                idx = s.find(pat)
                while idx != -1:
                    result += 40
                    idx = s.find(pat, idx + 1)
    for y in range(size - 1):
        for x in range(size - 1):
            c = mod[y][x]
            if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                result += 3
    dark = sum(v for row in mod for v in row)
    total = size * size
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    result += k * 10
    return result


def encode(data, ecl='M', min_version=1):
    """Return the module matrix (list of rows of bool) for data (str or bytes)."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    for ver in range(min_version, 41):
        cap_bits = _num_data_codewords(ver, ecl) * 8
        ccbits = 8 if ver < 10 else 16
        need = 4 + ccbits + len(data) * 8
        if need <= cap_bits:
            break
    else:
        raise ValueError('data too long for QR')
    bits = []

    def app(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    app(0x4, 4)
    app(len(data), ccbits)
    for b in data:
        app(b, 8)
    app(0, min(4, cap_bits - len(bits)))
    app(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap_bits:
        app(pad, 8)
        pad ^= 0xEC ^ 0x11
    datacw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # blocks + ecc
    numblocks = NUM_ERROR_CORRECTION_BLOCKS[ecl][ver]
    blockecclen = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    rawcodewords = _num_raw_data_modules(ver) // 8
    numshort = numblocks - rawcodewords % numblocks
    shortlen = rawcodewords // numblocks
    div = _rs_divisor(blockecclen)
    blocks = []
    k = 0
    for i in range(numblocks):
        dlen = shortlen - blockecclen + (0 if i < numshort else 1)
        dat = datacw[k:k + dlen]
        k += dlen
        ecc = _rs_remainder(dat, div)
        if i < numshort:
            dat = dat + [None]
        blocks.append(dat + ecc)
    allcw = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if blk[i] is not None:
                allcw.append(blk[i])
    best = None
    for mask in range(8):
        m = _Matrix(ver)
        m.draw_function_patterns(ecl, mask)
        pos = m.codeword_positions()
        for i, (x, y) in enumerate(pos):
            if i < len(allcw) * 8:
                m.mod[y][x] = (allcw[i >> 3] >> (7 - (i & 7))) & 1 != 0
        for (x, y) in pos:
            if _mask_fn(mask, x, y):
                m.mod[y][x] = not m.mod[y][x]
        p = _penalty(m.mod)
        if best is None or p < best[0]:
            best = (p, mask, [row[:] for row in m.mod])
    return best[2]


# ---------------------------------------------------------------- decoder
class QRDecodeError(Exception):
    pass


def _read_format(mod):
    size = len(mod)
    bits = 0
    for i in range(0, 6):
        bits |= int(mod[i][8]) << i
    bits |= int(mod[7][8]) << 6
    bits |= int(mod[8][8]) << 7
    bits |= int(mod[8][7]) << 8
    for i in range(9, 15):
        bits |= int(mod[8][14 - i]) << i
    bits2 = 0
    for i in range(0, 8):
        bits2 |= int(mod[8][size - 1 - i]) << i
    for i in range(8, 15):
        bits2 |= int(mod[size - 15 + i][8]) << i
    for cand in (bits, bits2):
        for ecl in 'LMQH':
            for mask in range(8):
                data = ECL_FORMAT_BITS[ecl] << 3 | mask
                rem = data
                for _ in range(10):
                    rem = (rem << 1) ^ ((rem >> 9) * 0x537)
                if ((data << 10 | rem) ^ 0x5412) == cand:
                    return ecl, mask
    raise QRDecodeError('format information unreadable')


def decode_matrix(mod):
    size = len(mod)
    if (size - 17) % 4 or size < 21:
        raise QRDecodeError('bad size %d' % size)
    ver = (size - 17) // 4
    ecl, mask = _read_format(mod)
    m = _Matrix(ver)
    m.draw_function_patterns(ecl, mask)
    # the function patterns we re-drew must equal what we read
    for y in range(size):
        for x in range(size):
            if m.isfunc[y][x] and m.mod[y][x] != mod[y][x]:
                raise QRDecodeError('function pattern mismatch at %d,%d' % (x, y))
    pos = m.codeword_positions()
    rawcodewords = _num_raw_data_modules(ver) // 8
    bits = []
    for (x, y) in pos[:rawcodewords * 8]:
        v = mod[y][x]
        if _mask_fn(mask, x, y):
            v = not v
        bits.append(1 if v else 0)
    cws = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    numblocks = NUM_ERROR_CORRECTION_BLOCKS[ecl][ver]
    blockecclen = ECC_CODEWORDS_PER_BLOCK[ecl][ver]
    numshort = numblocks - rawcodewords % numblocks
    shortlen = rawcodewords // numblocks
    blocks = []
    for j in range(numblocks):
        blk = [0] * (shortlen + 1)
        if j < numshort:
            blk[shortlen - blockecclen] = None
        blocks.append(blk)
    k = 0
    for i in range(shortlen + 1):
        for blk in blocks:
            if blk[i] is not None:
                blk[i] = cws[k]
                k += 1
    blocks = [[c for c in blk if c is not None] for blk in blocks]
    data = []
    div = _rs_divisor(blockecclen)
    for blk in blocks:
        dat, ecc = blk[:-blockecclen], blk[-blockecclen:]
        if _rs_remainder(dat, div) != ecc:
            raise QRDecodeError('Reed-Solomon check failed')
        data.extend(dat)
    # parse segments
    bitstr = ''.join(format(b, '08b') for b in data)
    p = 0
    out = bytearray()
    alnum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
    while p + 4 <= len(bitstr):
        mode = int(bitstr[p:p + 4], 2)
        p += 4
        if mode == 0:
            break
        if mode == 4:
            n = 8 if ver < 10 else 16
            cnt = int(bitstr[p:p + n], 2)
            p += n
            for _ in range(cnt):
                out.append(int(bitstr[p:p + 8], 2))
                p += 8
        elif mode == 2:
            n = 9 if ver < 10 else (11 if ver < 27 else 13)
            cnt = int(bitstr[p:p + n], 2)
            p += n
            while cnt >= 2:
                v = int(bitstr[p:p + 11], 2)
                p += 11
                out += (alnum[v // 45] + alnum[v % 45]).encode()
                cnt -= 2
            if cnt:
                out += alnum[int(bitstr[p:p + 6], 2)].encode()
                p += 6
        elif mode == 1:
            n = 10 if ver < 10 else (12 if ver < 27 else 14)
            cnt = int(bitstr[p:p + n], 2)
            p += n
            while cnt >= 3:
                out += b'%03d' % int(bitstr[p:p + 10], 2)
                p += 10
                cnt -= 3
            if cnt == 2:
                out += b'%02d' % int(bitstr[p:p + 7], 2)
                p += 7
            elif cnt == 1:
                out += b'%d' % int(bitstr[p:p + 4], 2)
                p += 4
        elif mode == 7:  # ECI
            p += 8
        else:
            raise QRDecodeError('unsupported mode %d' % mode)
    return bytes(out)


def matrix_from_gray(pixels, width, height):
    """Locate a QR symbol in a grayscale bitmap (rows of 0..255 ints) drawn
    with square modules on a light background and return its module matrix."""
    dark = [[v < 128 for v in row] for row in pixels]
    top = left = None
    for y in range(height):
        for x in range(width):
            if dark[y][x]:
                top, left = y, x
                break
        if top is not None:
            break
    if top is None:
        raise QRDecodeError('no dark pixels')
    # module size: finder pattern outer ring is 7 modules wide
    run = 0
    x = left
    while x < width and dark[top][x]:
        run += 1
        x += 1
    unit = run / 7.0
    right = max(x for y in range(height) for x in range(width) if dark[y][x])
    n = int(round((right - left + 1) / unit))
    mod = []
    for my in range(n):
        row = []
        for mx in range(n):
            px = int(left + (mx + 0.5) * unit)
            py = int(top + (my + 0.5) * unit)
            row.append(dark[py][px])
        mod.append(row)
    return mod
