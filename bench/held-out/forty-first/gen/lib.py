"""Helpers: QR encoder, PNG, PDF, ZIP (optionally ZipCrypto), IBAN, crypto addresses."""
import hashlib, struct, zlib, random

# ---------------------------------------------------------------- QR code
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
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


def _rs_ecc(data, n):
    gen = [1]
    for i in range(n):  # multiply by (x - a^i)
        ng = [0] * (len(gen) + 1)
        for j, c in enumerate(gen):
            ng[j] ^= c
            ng[j + 1] ^= _gmul(c, _EXP[i])
        gen = ng
    rem = list(data) + [0] * n
    for i in range(len(data)):
        coef = rem[i]
        if coef:
            for j in range(1, len(gen)):
                rem[i + j] ^= _gmul(gen[j], coef)
    return rem[len(data):]


# level M, versions 1..10: (ecc codewords per block, number of blocks)
_ECC_M = {1: (10, 1), 2: (16, 1), 3: (26, 1), 4: (18, 2), 5: (24, 2), 6: (16, 4),
          7: (18, 4), 8: (22, 4), 9: (22, 5), 10: (26, 5)}


def _raw_modules(v):
    r = (16 * v + 128) * v + 64
    if v >= 2:
        na = v // 7 + 2
        r -= (25 * na - 10) * na - 55
        if v >= 7:
            r -= 36
    return r


def _align_pos(v):
    if v == 1:
        return []
    size = 17 + 4 * v
    na = v // 7 + 2
    step = (v * 4 + na * 2 + 1) // (na * 2 - 2) * 2
    return [6] + [size - 7 - i * step for i in range(na - 1)][::-1]


def qr_matrix(text):
    data = text.encode('utf-8')
    for v in range(1, 11):
        ecc, nb = _ECC_M[v]
        total = _raw_modules(v) // 8
        cap = total - ecc * nb
        cc_bits = 8 if v < 10 else 16
        if 4 + cc_bits + 8 * len(data) <= cap * 8:
            break
    else:
        raise ValueError('too long')
    bits = [0, 1, 0, 0] + [(len(data) >> i) & 1 for i in range(cc_bits - 1, -1, -1)]
    for b in data:
        bits += [(b >> i) & 1 for i in range(7, -1, -1)]
    bits += [0] * min(4, cap * 8 - len(bits))
    bits += [0] * (-len(bits) % 8)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    # blocks
    nshort = nb - total % nb
    slen = total // nb  # short block total length
    blocks, eccs, k = [], [], 0
    for i in range(nb):
        dl = slen - ecc + (0 if i < nshort else 1)
        blk = cw[k:k + dl]
        k += dl
        blocks.append(blk)
        eccs.append(_rs_ecc(blk, ecc))
    final = []
    for i in range(max(len(b) for b in blocks)):
        for b in blocks:
            if i < len(b):
                final.append(b[i])
    for i in range(ecc):
        for e in eccs:
            final.append(e[i])
    size = 17 + 4 * v
    M = [[False] * size for _ in range(size)]
    F = [[False] * size for _ in range(size)]

    def setf(x, y, d):
        M[y][x] = d
        F[y][x] = True
    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    dist = max(abs(dx), abs(dy))
                    setf(x, y, dist not in (2, 4))
    ap = _align_pos(v)
    for i in ap:
        for j in ap:
            if (i, j) in ((6, 6), (6, ap[-1]), (ap[-1], 6)):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(i + dx, j + dy, max(abs(dx), abs(dy)) != 1)
    # reserve format + version areas
    for i in range(9):
        F[8][i] = F[i][8] = True
    for i in range(8):
        F[8][size - 1 - i] = F[size - 1 - i][8] = True
    if v >= 7:
        rem = v
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        vb = v << 12 | rem
        for i in range(18):
            bit = (vb >> i) & 1 == 1
            a, b = size - 11 + i % 3, i // 3
            setf(a, b, bit)
            setf(b, a, bit)
    # place data
    i = 0
    nbits = len(final) * 8
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                up = ((right + 1) & 2) == 0
                y = size - 1 - vert if up else vert
                if not F[y][x] and i < nbits:
                    M[y][x] = (final[i >> 3] >> (7 - (i & 7))) & 1 == 1
                    i += 1
        right -= 2
    masks = [lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0, lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0, lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0, lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0]

    def build(mask):
        G = [row[:] for row in M]
        f = masks[mask]
        for y in range(size):
            for x in range(size):
                if not F[y][x] and f(x, y):
                    G[y][x] = not G[y][x]
        d = (0 << 3) | mask  # level M = 00
        rem = d
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        fb = (d << 10 | rem) ^ 0x5412

        def s(x, y, b):
            G[y][x] = b
        bit = lambda k: (fb >> k) & 1 == 1
        for k in range(6):
            s(8, k, bit(k))
        s(8, 7, bit(6)); s(8, 8, bit(7)); s(7, 8, bit(8))
        for k in range(9, 15):
            s(14 - k, 8, bit(k))
        for k in range(8):
            s(size - 1 - k, 8, bit(k))
        for k in range(8, 15):
            s(8, size - 15 + k, bit(k))
        s(8, size - 8, True)
        return G

    def penalty(G):
        p = 0
        lines = G + [list(c) for c in zip(*G)]
        for ln in lines:
            run = 1
            for k in range(1, size + 1):
                if k < size and ln[k] == ln[k - 1]:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run = 1
            s = ''.join('1' if c else '0' for c in ln)
            p += 40 * (s.count('10111010000') + s.count('00001011101'))
        for y in range(size - 1):
            for x in range(size - 1):
                if G[y][x] == G[y][x + 1] == G[y + 1][x] == G[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in G)
        p += 10 * (abs(dark * 20 - size * size * 10) // (size * size))
        return p
    best = min(range(8), key=lambda m: penalty(build(m)))
    return build(best)


def png_gray(rows):
    """rows: list of lists of 0..255"""
    h, w = len(rows), len(rows[0])
    raw = b''.join(b'\x00' + bytes(r) for r in rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def qr_png(text, scale=6, border=4):
    m = qr_matrix(text)
    n = len(m)
    rows = []
    for y in range(-border, n + border):
        r = []
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and m[y][x]
            r += [0 if dark else 255] * scale
        rows += [r] * scale
    return png_gray(rows)


# ---------------------------------------------------------------- PDF
def pdf(lines, title='Document'):
    """Minimal one-page PDF (Helvetica, WinAnsi). Inert placeholder content."""
    def esc(s):
        s = s.encode('cp1252', 'replace').decode('latin-1')
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 11 Tf 14 TL 56 780 Td\n'
    for ln in lines:
        content += '(%s) Tj T*\n' % esc(ln)
    content += 'ET\n'
    cb = content.encode('latin-1')
    objs = ['<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            None,
            '<< /Title (%s) /Producer (Microsoft: Print To PDF) /CreationDate (D:20261101090000+01\'00\') >>' % esc(title)]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        if o is None:
            out += b'%d 0 obj\n<< /Length %d >>\nstream\n' % (i, len(cb)) + cb + b'endstream\nendobj\n'
        else:
            out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out


# ---------------------------------------------------------------- ZIP (stored, optional ZipCrypto)
_CRCT = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)


def _zc_encrypt(data, pw, crc, seed):
    k = [0x12345678, 0x23456789, 0x34567890]

    def upd(b):
        k[0] = _CRCT[(k[0] ^ b) & 0xff] ^ (k[0] >> 8)
        k[1] = ((k[1] + (k[0] & 0xff)) * 134775813 + 1) & 0xffffffff
        k[2] = _CRCT[(k[2] ^ (k[1] >> 24)) & 0xff] ^ (k[2] >> 8)
    for b in pw:
        upd(b)
    rnd = random.Random(seed)
    hdr = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
    out = bytearray()
    for b in hdr + data:
        t = (k[2] | 2) & 0xffff
        out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xff))
        upd(b)
    return bytes(out)


def zipfile_bytes(files, password=None, dt=(2026, 11, 3, 9, 12, 0)):
    """files: list of (name, bytes). Stored entries, deterministic."""
    dtime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    ddate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    local, central = b'', b''
    for name, data in files:
        nb = name.encode('cp437')
        crc = zlib.crc32(data) & 0xffffffff
        flag = 0
        payload = data
        if password:
            flag = 1
            payload = _zc_encrypt(data, password.encode(), crc, name)
        off = len(local)
        h = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flag, 0, dtime, ddate, crc, len(payload), len(data), len(nb), 0)
        local += h + nb + payload
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flag, 0, dtime, ddate, crc,
                               len(payload), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    eocd = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), len(local), 0)
    return local + central + eocd


# ---------------------------------------------------------------- IBAN
def _mod97(s):
    n = ''.join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban(cc, bban):
    chk = 98 - _mod97(bban + cc + '00')
    return '%s%02d%s' % (cc, chk, bban)


def iban_ok(i):
    i = i.replace(' ', '')
    return _mod97(i[4:] + i[:4]) == 1


def fmt_iban(i):
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def iban_it(abi, cab, conto):
    s = abi + cab + conto.rjust(12, '0')
    t = 0
    for i, c in enumerate(s):
        v = int(c, 36) if c.isdigit() else ord(c) - 65
        t += _CIN_ODD[v] if i % 2 == 0 else v
    return iban('IT', chr(65 + t % 26) + s)


def _es_dc(d):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(d, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def iban_es(ent, ofi, cuenta):
    dc = '%d%d' % (_es_dc('00' + ent + ofi), _es_dc(cuenta))
    return iban('ES', ent + ofi + dc + cuenta)


def iban_pl(bank7, account16):
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(a) * b for a, b in zip(bank7, w)) % 10) % 10
    return iban('PL', bank7 + str(c) + account16)


def iban_de(blz, kto):
    """Kontonummer with check method 00 (modulus 10, weights 2,1,2,1... from right, Luhn)."""
    body = kto.rjust(9, '0')
    t = 0
    for i, c in enumerate(reversed(body)):
        p = int(c) * (2 if i % 2 == 0 else 1)
        t += p // 10 + p % 10
    return iban('DE', blz + body + str((10 - t % 10) % 10))


# ---------------------------------------------------------------- crypto addresses
_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def b58check(version, payload):
    d = bytes([version]) + payload
    d += hashlib.sha256(hashlib.sha256(d).digest()).digest()[:4]
    n = int.from_bytes(d, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    return '1' * (len(d) - len(d.lstrip(b'\0'))) + s


_BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(vals):
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in vals:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= g[i] if (b >> i) & 1 else 0
    return chk


def bech32_segwit(hrp, witver, prog):
    acc, bits, out = 0, 0, []
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    data = [witver] + out
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    const = 1 if witver == 0 else 0x2bc830a3
    pm = _polymod(hx + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_BECH[d] for d in data + chk)


def h20(seed):
    return hashlib.sha256(seed.encode()).digest()[:20]


def nrb(i):
    """Polish domestic account format (IBAN without PL)."""
    return i[2:4] + ' ' + ' '.join(i[k:k + 4] for k in range(4, len(i), 4))


def ru_account(bik, acc20):
    """Russian settlement account: fill the control key (9th digit) for the given BIK."""
    w = [7, 1, 3] * 8
    for k in range(10):
        a = acc20[:8] + str(k) + acc20[9:]
        s = sum(int(d) * w[i] % 10 for i, d in enumerate(bik[-3:] + a))
        if s % 10 == 0:
            return a
