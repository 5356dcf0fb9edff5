"""Checksums, identifiers and inert binary attachment writers (stdlib only)."""
import hashlib, random, struct, zlib, io, zipfile, datetime

def rng_for(key):
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], 'big'))

# ---------------------------------------------------------------- IBAN & co
def _num(s):
    return ''.join(str(int(c, 36)) for c in s)

def iban(country, bban):
    bban = bban.replace(' ', '')
    chk = 98 - int(_num(bban + country + '00')) % 97
    return '%s%02d%s' % (country, chk, bban)

def iban_ok(i):
    i = i.replace(' ', '')
    return int(_num(i[4:] + i[:4])) % 97 == 1

def fmt_iban(i):
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))

_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for k, c in enumerate(s):
        v = int(c, 36) if c.isdigit() else ord(c) - 65
        if c.isdigit():
            v = int(c)
        tot += _IT_ODD[v] if k % 2 == 0 else v
    return chr(65 + tot % 26)

def iban_it(abi, cab, conto):
    conto = conto.rjust(12, '0')
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)

def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
    return {11: 0, 10: 1}.get(d, d)

def iban_es(bank, branch, acct):
    dc = '%d%d' % (_es_dc('00' + bank + branch), _es_dc(acct))
    return iban('ES', bank + branch + dc + acct)

def pl_sort(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    return first7 + str((10 - sum(int(a) * b for a, b in zip(first7, w)) % 10) % 10)

def iban_pl(bank7, acct16):
    return iban('PL', pl_sort(bank7) + acct16)

def iban_be(bank3, acct7):
    base = bank3 + acct7
    k = int(base) % 97 or 97
    return iban('BE', base + '%02d' % k)

def iban_fr(bank, branch, acct):
    conv = {c: str(v) for c, v in zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ', '12345678912345678923456789')}
    a = ''.join(conv.get(c, c) for c in acct)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(a)) % 97
    return iban('FR', bank + branch + acct + '%02d' % key)

# ---------------------------------------------------------------- tax ids
def de_ustid(base8):
    p = 10
    for c in base8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return 'DE' + base8 + str((11 - p) % 10)

def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10
    return first9 + str(c)

def it_piva(first10):
    s = 0
    for k, c in enumerate(first10):
        d = int(c)
        if k % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        s += d
    return first10 + str((10 - s % 10) % 10)

def gr_afm(first8):
    s = sum(int(c) * 2 ** (8 - k) for k, c in enumerate(first8))
    return first8 + str(s % 11 % 10)

def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)

def ru_account(bik, acct20, corr=False):
    """Set the control key (9th digit) of a Russian account for a BIK."""
    pre = ('0' + bik[4:6]) if corr else bik[-3:]
    a = acct20[:8] + '0' + acct20[9:]
    w = [7, 1, 3] * 8
    s = sum(int(d) * w[k] for k, d in enumerate(pre + a))
    return a[:8] + str((s % 10) * 3 % 10) + a[9:]

def ru_account_ok(bik, acct, corr=False):
    pre = ('0' + bik[4:6]) if corr else bik[-3:]
    w = [7, 1, 3] * 8
    return sum(int(d) * w[k] for k, d in enumerate(pre + acct)) % 10 == 0

# ---------------------------------------------------------------- crypto addresses
_B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'

def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk

def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]

def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out

def bech32_addr(seed, hrp='bc'):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_B32[d] for d in data + chk)

def bech32_ok(addr):
    hrp, _, data = addr.rpartition('1')
    return _polymod(_hrp_expand(hrp) + [_B32.index(c) for c in data]) == 1

_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

def base58check(version, seed):
    payload = bytes([version]) + hashlib.sha256(seed.encode()).digest()[:20]
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    return '1' * (len(raw) - len(raw.lstrip(b'\0'))) + s

# ---------------------------------------------------------------- PDF (text only)
def _pdf_str(s):
    b = s.encode('cp1252', 'replace')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')

def pdf(lines, title='Document', seed='pdf'):
    """Minimal one-page PDF 1.4 with Helvetica text; lines may start with '#' for bold."""
    content = io.BytesIO()
    content.write(b'BT\n')
    y = 800
    for ln in lines:
        font, size = (b'/F2', 12) if ln.startswith('#') else (b'/F1', 10)
        ln = ln.lstrip('#')
        content.write(font + b' %d Tf 1 0 0 1 50 %d Tm (' % (size, y) + _pdf_str(ln) + b') Tj\n')
        y -= 16 if size == 12 else 13
    content.write(b'ET\n')
    stream = zlib.compress(content.getvalue())
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>',
        b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream) + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
        b'<< /Title (' + _pdf_str(title) + b') /Producer (Microsoft: Print To PDF) /CreationDate (D:20261012093000+02\'00\') >>',
    ]
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % n + o + b'\nendobj\n')
    x = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    fid = hashlib.md5(seed.encode()).hexdigest().upper().encode()
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
              % (len(objs) + 1, fid, fid, x))
    return out.getvalue()

# ---------------------------------------------------------------- PNG
def png(rows, scale=4):
    """rows: list of lists of 0/1 (1 = black). Grayscale 8-bit PNG."""
    raw = bytearray()
    for r in rows:
        line = bytearray()
        for v in r:
            line += bytes([0 if v else 255]) * scale
        for _ in range(scale):
            raw += b'\0' + line
    h, w = len(rows) * scale, len(rows[0]) * scale

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))

def png_photo(seed, w=48, h=32):
    """A small 'photo' placeholder: deterministic noisy gray blocks."""
    r = rng_for(seed)
    rows = [[1 if (r.random() < 0.3 + 0.4 * (y / h)) else 0 for x in range(w)] for y in range(h)]
    return png(rows, scale=6)

# ---------------------------------------------------------------- ZIP
_FIXED = datetime.datetime(2026, 10, 1, 9, 0, 0)

def zip_plain(files, when=_FIXED):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()

_CRCT = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)

def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRCT[(crc ^ b) & 0xff]

class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self.update(c)

    def update(self, c):
        k = self.k
        k[0] = _crc_byte(k[0], c)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xff)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self.update(p)
        return bytes(out)

def zip_crypto(files, password, seed, when=_FIXED):
    """ZIP with traditional PKWARE (ZipCrypto) encryption, deflated entries."""
    r = rng_for(seed)
    pwd = password.encode()
    dtime = (when.hour << 11) | (when.minute << 5) | (when.second // 2)
    ddate = ((when.year - 1980) << 9) | (when.month << 5) | when.day
    out = io.BytesIO()
    central = []
    for name, data in files:
        nm = name.encode('cp437')
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(pwd)
        hdr = bytes(r.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = zc.enc(hdr) + zc.enc(comp)
        off = out.tell()
        out.write(struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 1, 8, dtime, ddate, crc, len(enc), len(data), len(nm), 0) + nm + enc)
        central.append(struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 1, 8, dtime, ddate, crc, len(enc), len(data),
                                   len(nm), 0, 0, 0, 0, 0x20, off) + nm)
    cd = out.tell()
    for c in central:
        out.write(c)
    size = out.tell() - cd
    out.write(struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), size, cd, 0))
    return out.getvalue()

PLACEHOLDER = b'Inert placeholder for a test corpus - this file contains no executable content.\r\n'
