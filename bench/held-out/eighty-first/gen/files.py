"""Inert attachment builders: text-only PDF (optionally with a vector QR code),
ZIP archives (plain or PKWARE ZipCrypto), SVG/HTML helpers."""
import random
import struct
import unicodedata
import zlib

# ------------------------------------------------------------------ PDF

_TRANS = str.maketrans({'ł': 'l', 'Ł': 'L', '№': 'No.', '₽': 'RUB', '\u2009': ' ', '\u202f': ' '})


def pdf_safe(s):
    """cp1252 subset for the standard Helvetica font (WinAnsiEncoding)."""
    s = s.translate(_TRANS)
    out = []
    for ch in s:
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            out.append(''.join(c for c in unicodedata.normalize('NFKD', ch) if ord(c) < 128) or '?')
    return ''.join(out)


def _pdf_str(s):
    b = pdf_safe(s).encode('cp1252')
    return b'(' + b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'


def pdf(lines, title='', author='', producer='', creator='', date='D:20261012093000+02\'00\'',
        qr_matrix=None, qr_pos=(380, 90), qr_module=3.2, font_size=10):
    """lines: list of str or (size, bold, str). Returns bytes of a 1-page A4 PDF."""
    cs = []
    y = 800
    for item in lines:
        if isinstance(item, str):
            size, bold, text = font_size, False, item
        else:
            size, bold, text = item
        if text:
            cs.append(b'BT /%s %d Tf 56 %d Td %s Tj ET' % (b'F2' if bold else b'F1', size, y, _pdf_str(text)))
        y -= int(size * 1.45)
    if qr_matrix is not None:
        n = len(qr_matrix)
        x0, y0 = qr_pos
        m = qr_module
        cs.append(b'0 0 0 rg')
        for r in range(n):
            for c in range(n):
                if qr_matrix[r][c]:
                    cs.append(('%.2f %.2f %.2f %.2f re' % (x0 + c * m, y0 + (n - 1 - r) * m, m, m)).encode())
        cs.append(b'f')
    content = b'\n'.join(cs) + b'\n'
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
        b'<< /Length %d >>\nstream\n' % len(content) + content + b'endstream',
        b'<< /Title ' + _pdf_str(title) + b' /Author ' + _pdf_str(author) + b' /Producer ' + _pdf_str(producer)
        + b' /Creator ' + _pdf_str(creator) + b' /CreationDate (' + date.encode() + b') >>',
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objs) + 1, len(objs), xref)
    return bytes(out)


# ------------------------------------------------------------------ ZIP

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return _CRCTAB[(crc ^ b) & 0xff] ^ (crc >> 8)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._update(b)

    def _update(self, b):
        k = self.k
        k[0] = _crc_byte(k[0], b)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _crc_byte(k[2], k[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self._update(b)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed='zip', dt=(2026, 10, 12, 9, 30, 0), comment=b''):
    """files: list of (name, bytes). Names may be non-ASCII (UTF-8 flag set)."""
    rng = random.Random(seed)
    out = bytearray()
    central = bytearray()
    t, d = _dos_time(dt)
    for name, data in files:
        nb = name.encode('utf-8')
        flags = 0
        if any(ord(c) > 127 for c in name):
            flags |= 0x800
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password:
            flags |= 1
            zc = _ZipCrypto(password.encode('utf-8'))
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(hdr + comp)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, t, d, crc,
                           len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e, 20, flags, method, t, d,
                               crc, len(comp), len(data), len(nb), 0, 0, 0, 0,
                               0o100644 << 16, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central),
                       cd_off, len(comment)) + comment
    return bytes(out)


PLACEHOLDER = b'INERT PLACEHOLDER for mail-filter evaluation - contains no code.\n'
