"""Inert attachment builders: text-only PDF, ZIP (stored/deflate, optional
traditional PKWARE "ZipCrypto" encryption), simple PNG."""
import struct
import unicodedata
import zlib

from common import Part, rbytes, attachment

# ------------------------------------------------------------------ PDF
_TR = {
    'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'ı': 'i',
    '«': '"', '»': '"', '„': '"', '“': '"', '”': '"', '№': 'No.', '€': '\x80',
    '–': '\x96', '—': '\x97', '’': "'", '‘': "'",
}
_GR = dict(zip('ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψω',
               ['A', 'V', 'G', 'D', 'E', 'Z', 'I', 'Th', 'I', 'K', 'L', 'M', 'N', 'X', 'O', 'P', 'R', 'S', 'T', 'Y',
                'F', 'Ch', 'Ps', 'O', 'a', 'v', 'g', 'd', 'e', 'z', 'i', 'th', 'i', 'k', 'l', 'm', 'n', 'x', 'o',
                'p', 'r', 's', 's', 't', 'y', 'f', 'ch', 'ps', 'o']))
_RU = dict(zip('АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя',
               ['A', 'B', 'V', 'G', 'D', 'E', 'E', 'Zh', 'Z', 'I', 'Y', 'K', 'L', 'M', 'N', 'O', 'P', 'R', 'S', 'T',
                'U', 'F', 'Kh', 'Ts', 'Ch', 'Sh', 'Shch', '', 'Y', '', 'E', 'Yu', 'Ya',
                'a', 'b', 'v', 'g', 'd', 'e', 'e', 'zh', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't',
                'u', 'f', 'kh', 'ts', 'ch', 'sh', 'shch', '', 'y', '', 'e', 'yu', 'ya']))


def _winansi(s):
    out = bytearray()
    for ch in s:
        if ch in _TR:
            r = _TR[ch]
            out += r.encode('latin-1')
            continue
        try:
            out += ch.encode('cp1252')
            continue
        except UnicodeEncodeError:
            pass
        base = unicodedata.normalize('NFD', ch)[0]
        if base in _GR:
            out += _GR[base].encode()
        elif base in _RU or ch in _RU:
            out += _RU.get(ch, _RU.get(base, '')).encode()
        else:
            try:
                out += base.encode('cp1252')
            except UnicodeEncodeError:
                out += b'?'
    return bytes(out)


def _pdfstr(b):
    return b'(' + b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'


def pdf(lines, title='', author='', creator='Microsoft Word', producer='Microsoft: Print To PDF',
        date='D:20261015094800+02\'00\''):
    """lines: str (regular 10pt), ('#', str) heading 14pt bold, ('b', str) bold 10pt, ('s', str) 8pt"""
    pages, cur = [], []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= 58:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)
    objs = {}
    n_pages = len(pages)
    page_ids = [6 + 2 * i for i in range(n_pages)]
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % i for i in page_ids) + b'] /Count %d >>' % n_pages
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    objs[5] = (b'<< /Title ' + _pdfstr(_winansi(title)) + b' /Author ' + _pdfstr(_winansi(author)) +
               b' /Creator ' + _pdfstr(creator.encode()) + b' /Producer ' + _pdfstr(producer.encode()) +
               b' /CreationDate ' + _pdfstr(date.encode()) + b' /ModDate ' + _pdfstr(date.encode()) + b' >>')
    for i, pg in enumerate(pages):
        ops = [b'BT', b'56 790 Td']
        for ln in pg:
            if isinstance(ln, tuple):
                kind, s = ln
            else:
                kind, s = '', ln
            font, size, lead = {'#': (b'F2', 14, 22), 'b': (b'F2', 10, 14), 's': (b'F1', 8, 11)}.get(kind, (b'F1', 10, 14))
            ops.append(b'/%s %d Tf' % (font, size))
            ops.append(_pdfstr(_winansi(s)) + b' Tj')
            ops.append(b'0 -%d Td' % lead)
        ops.append(b'ET')
        stream = b'\n'.join(ops)
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R '
                     b'/F2 4 0 R >> >> /Contents %d 0 R >>' % cid)
        objs[cid] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream'
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    n = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % n
    for k in range(1, n):
        out += b'%010d 00000 n \n' % offs[k]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (n, xref)
    return bytes(out)


def att_pdf(filename, lines, ctype='application/pdf', fn_style='plain', **kw):
    return attachment(ctype, filename, pdf(lines, **kw), fn_style=fn_style)


# ------------------------------------------------------------------ ZIP
_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def _crc_b(crc, b):
    return (crc >> 8) ^ _CRC[(crc ^ b) & 0xFF]


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _upd(self, b):
        k = self.k
        k[0] = _crc_b(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_b(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._upd(b)
        return bytes(out)


def make_zip(entries, password=None, when=(2026, 10, 14, 9, 12, 0), seed='zip', deflate=True):
    """entries: [(name, bytes)]; password: str or None -> ZipCrypto"""
    y, mo, d, h, mi, s = when
    dtime = (h << 11) | (mi << 5) | (s // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray()
    central = bytearray()
    for idx, (name, data) in enumerate(entries):
        nb = name.encode('utf-8')
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode('utf-8'))
            header = rbytes(seed + name, 11) + bytes([(crc >> 24) & 0xFF])
            comp = zc.enc(header) + zc.enc(comp)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034B50, 20, flags, method, dtime, ddate, crc,
                           len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 20, 20, flags, method, dtime, ddate,
                               crc, len(comp), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off, 0)
    return bytes(out)


PLACEHOLDER = b'inert placeholder for mail-gateway evaluation - original payload not included\r\n'


def att_zip(filename, entries, password=None, ctype='application/zip', fn_style='plain', **kw):
    return attachment(ctype, filename, make_zip(entries, password, **kw), fn_style=fn_style)


# ------------------------------------------------------------------ PNG (flat image)
def png_solid(w, h, rgb_rows):
    """rgb_rows(y) -> bytes of length 3*w"""
    raw = b''.join(b'\x00' + rgb_rows(y) for y in range(h))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def logo_png(r, g, b, w=180, h=48):
    """a plain two-tone bar used as a signature logo"""
    def row(y):
        out = bytearray()
        for x in range(w):
            if x < h:
                out += bytes((r, g, b))
            elif 8 < y < h - 8 and x > h + 8:
                out += bytes((int(r * .6), int(g * .6), int(b * .6)))
            else:
                out += b'\xff\xff\xff'
        return bytes(out)
    return png_solid(w, h, row)
