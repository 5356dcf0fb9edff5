"""Attachment builders: text-only PDF, ZIP (plain and ZipCrypto), PNG
pictures, SVG. All outputs are deterministic and inert."""
import hashlib
import io
import math
import struct
import unicodedata
import zipfile
import zlib

from qr import png_bytes

PLACEHOLDER = b'INERT PLACEHOLDER - evaluation sample, contains no executable code.\r\n'

_TR = {
    'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'ø': 'o', 'Ø': 'O',
    # Greek
    'α': 'a', 'β': 'v', 'γ': 'g', 'δ': 'd', 'ε': 'e', 'ζ': 'z', 'η': 'i', 'θ': 'th',
    'ι': 'i', 'κ': 'k', 'λ': 'l', 'μ': 'm', 'ν': 'n', 'ξ': 'x', 'ο': 'o', 'π': 'p',
    'ρ': 'r', 'σ': 's', 'ς': 's', 'τ': 't', 'υ': 'y', 'φ': 'f', 'χ': 'ch', 'ψ': 'ps',
    'ω': 'o',
    # Cyrillic
    'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh',
    'з': 'z', 'и': 'i', 'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o',
    'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts',
    'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu',
    'я': 'ya', '№': 'No.', '«': '"', '»': '"',
}


def translit(s):
    out = []
    for ch in s:
        try:
            ch.encode('cp1252')
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        low = ch.lower()
        base = unicodedata.normalize('NFD', low)[0]
        if low in _TR or base in _TR:
            t = _TR.get(low, _TR.get(base))
            out.append(t.capitalize() if ch != low and t else t)
            continue
        d = unicodedata.normalize('NFKD', ch).encode('ascii', 'ignore').decode()
        out.append(d or '?')
    return ''.join(out)


def _pdfstr(s):
    b = translit(s).encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def _wrap(text, width):
    words = text.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return lines


def pdf(text, title='', producer='Microsoft® Word for Microsoft 365', creator=None,
        date='D:20261013091422+02\'00\'', author=None):
    """Text-only A4 PDF. Lines starting with '# ' are bold headings,
    '## ' bold body text, '~ ' small print."""
    items = []
    for line in text.split('\n'):
        if line.startswith('# '):
            items.append(('F2', 13, line[2:], 18))
        elif line.startswith('## '):
            for w in _wrap(line[3:], 92):
                items.append(('F2', 9.5, w, 12.5))
        elif line.startswith('~ '):
            for w in _wrap(line[2:], 125):
                items.append(('F1', 7, w, 9))
        else:
            for w in _wrap(line, 98):
                items.append(('F1', 9.5, w, 12.5))
    pages = [[]]
    y = 800
    for font, size, s, lead in items:
        if y < 50:
            pages.append([])
            y = 800
        pages[-1].append(b'BT /%s %s Tf 56 %d Td (%s) Tj ET' % (font.encode(), str(size).encode(), y, _pdfstr(s)))
        y -= lead
    objs = []
    npages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then page/content pairs
    kids = ' '.join(f'{6 + 2 * i} 0 R' for i in range(npages))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(f'<< /Type /Pages /Kids [{kids}] /Count {npages} >>'.encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    info = b'<< /Title (' + _pdfstr(title) + b') /Producer (' + _pdfstr(producer) + b')'
    if creator:
        info += b' /Creator (' + _pdfstr(creator) + b')'
    if author:
        info += b' /Author (' + _pdfstr(author) + b')'
    info += b' /CreationDate (' + date.encode() + b') /ModDate (' + date.encode() + b') >>'
    objs.append(info)
    for i, pg in enumerate(pages):
        content = b'\n'.join(pg)
        objs.append(f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                    f'/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {7 + 2 * i} 0 R >>'.encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream')
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    fid = hashlib.md5(out.getvalue()).hexdigest().upper().encode()
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
              % (len(objs) + 1, fid, fid, xref))
    return out.getvalue()


# ------------------------------------------------------------------ ZIP
def _dostime(dt):
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def zip_plain(entries):
    """entries: list of (name, data, (y,m,d,h,mi,s))"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data, dt in entries:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            z.writestr(zi, data)
    return bio.getvalue()


_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _upd(self, b):
        k0, k1, k2 = self.k
        k0 = (k0 >> 8) ^ _CRC[(k0 ^ b) & 0xff]
        k1 = (k1 + (k0 & 0xff)) & 0xffffffff
        k1 = (k1 * 134775813 + 1) & 0xffffffff
        k2 = (k2 >> 8) ^ _CRC[(k2 ^ (k1 >> 24)) & 0xff]
        self.k = [k0, k1, k2]

    def enc(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self._upd(b)
        return bytes(out)


def zip_crypto(entries, password, seed='zip'):
    """Password-protected ZIP (traditional PKWARE ZipCrypto, deflate)."""
    pwd = password.encode()
    bio = io.BytesIO()
    central = []
    for idx, (name, data, dt) in enumerate(entries):
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr = hashlib.sha256(f'{seed}{idx}'.encode()).digest()[:11] + bytes([crc >> 24])
        zc = _ZipCrypto(pwd)
        payload = zc.enc(hdr + comp)
        t, d = _dostime(dt)
        fname = name.encode('cp437')
        off = bio.tell()
        bio.write(struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, 1, 8, t, d, crc,
                              len(payload), len(data), len(fname), 0) + fname)
        bio.write(payload)
        central.append(struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, 1, 8, t, d, crc,
                                   len(payload), len(data), len(fname), 0, 0, 0, 0, 0x20, off) + fname)
    cd_off = bio.tell()
    for c in central:
        bio.write(c)
    cd_len = bio.tell() - cd_off
    bio.write(struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(central), len(central), cd_len, cd_off, 0))
    return bio.getvalue()


# ------------------------------------------------------------------ PNG
def png_photo(kind, seed, w=480, h=320):
    """Procedural 'photo' (RGB): kind 'sheet' (steel sheet with a dent and
    rust spots), 'coil' (coil edge), 'screen' (laptop with broken display)."""
    hs = hashlib.sha256(seed.encode()).digest()
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if kind == 'sheet':
                v = 140 + 25 * math.sin(x / 37.0 + hs[0]) * math.cos(y / 53.0) + (x * 30 // w)
                dx, dy = x - (150 + hs[1] % 120), y - (110 + hs[2] % 80)
                d2 = dx * dx / 900.0 + dy * dy / 400.0
                if d2 < 1:
                    v -= 60 * (1 - d2)
                r = g = b = v
                if ((x * 7 + y * 13 + hs[3]) % 211) < 3 and y > h // 2:
                    r, g, b = v + 50, v - 10, v - 40
            elif kind == 'coil':
                cx, cy = w // 2, h // 2
                rr = math.hypot(x - cx, y - cy)
                if 40 < rr < 150:
                    v = 120 + 40 * math.sin(rr * 1.3) + (15 if int(rr) % 9 == 0 else 0)
                    if 120 < rr < 128 and x > cx:
                        v -= 70
                    r = g = b = v
                else:
                    r, g, b = 70, 80, 95
            else:  # screen
                if 40 < x < w - 40 and 30 < y < h - 60:
                    v = 20
                    if abs((x - 200) - (y - 90) * 1.7) < 2 or abs((x - 200) + (y - 90) * 0.6) < 2:
                        v = 230
                    r, g, b = v, v, v + 10
                else:
                    r, g, b = 60, 62, 66
            raw += bytes(max(0, min(255, int(c))) for c in (r, g, b))
    return png_bytes(w, h, 2, bytes(raw))
