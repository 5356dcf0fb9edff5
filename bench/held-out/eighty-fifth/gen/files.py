"""Inert attachment builders: text-only PDF, ZIP (stored/deflated, optional ZipCrypto),
synthetic photo PNG."""
import struct
import zlib

from util import hbytes
from qr import png_rgb

# ---------------------------------------------------------------- PDF
GLYPHS = {
    'Ą': 'Aogonek', 'ą': 'aogonek', 'Ć': 'Cacute', 'ć': 'cacute', 'Ę': 'Eogonek',
    'ę': 'eogonek', 'Ł': 'Lslash', 'ł': 'lslash', 'Ń': 'Nacute', 'ń': 'nacute',
    'Ś': 'Sacute', 'ś': 'sacute', 'Ź': 'Zacute', 'ź': 'zacute', 'Ż': 'Zdotaccent',
    'ż': 'zdotaccent', 'ı': 'dotlessi', 'ş': 'scedilla', 'ğ': 'gbreve', 'İ': 'Idotaccent',
}


def _pdf_str(bs):
    out = '('
    for c in bs:
        ch = chr(c)
        if ch in '()\\':
            out += '\\' + ch
        elif 32 <= c <= 126:
            out += ch
        else:
            out += '\\%03o' % c
    return out + ')'


def _info_str(s):
    try:
        return _pdf_str(s.encode('latin-1'))
    except UnicodeEncodeError:
        return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'


class _Enc:
    def __init__(self):
        self.extra = {}

    def encode(self, text):
        out = bytearray()
        for ch in text:
            try:
                b = ch.encode('cp1252')
                out += b
            except UnicodeEncodeError:
                if ch not in GLYPHS:
                    raise ValueError('PDF text needs glyph for %r' % ch)
                if ch not in self.extra:
                    self.extra[ch] = len(self.extra) + 1
                out.append(self.extra[ch])
        return bytes(out)

    def differences(self):
        items = sorted(self.extra.items(), key=lambda kv: kv[1])
        return ' '.join('%d /%s' % (code, GLYPHS[ch]) for ch, code in items)


def pdf(pages, title='', author='', creator='', producer='', date='20261012090000+02\'00\''):
    """pages: list of pages; page: list of lines.  A line is a str, or a tuple
    (style, text) with style in 'h' (heading), 'b' (bold), 's' (small), 'r' (right
    aligned), or ('t', [(x, text), ...]) for a table row with column offsets."""
    enc = _Enc()
    streams = []
    for page in pages:
        ops = ['BT']
        y = 800
        for line in page:
            if isinstance(line, str):
                style, text = '', line
            else:
                style, text = line
            font, size, lead = 'F1', 10, 13
            if style == 'h':
                font, size, lead = 'F2', 14, 20
            elif style == 'b':
                font = 'F2'
            elif style == 's':
                size, lead = 8, 10
            if style == 't':
                for x, cell in text:
                    ops.append('/%s %d Tf 1 0 0 1 %d %d Tm %s Tj' % (
                        'F1', 9, 50 + x, y, _pdf_str(enc.encode(cell))))
                y -= 12
                continue
            if text:
                x = 50
                if style == 'r':
                    x = 545 - int(len(text) * 5.0)
                ops.append('/%s %d Tf 1 0 0 1 %d %d Tm %s Tj' % (
                    font, size, x, y, _pdf_str(enc.encode(text))))
            y -= lead
        ops.append('ET')
        streams.append(zlib.compress('\n'.join(ops).encode('latin-1'), 9))

    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    npages = len(streams)
    kids = ' '.join('%d 0 R' % (6 + 2 * i) for i in range(npages))
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, npages)).encode())
    diffs = enc.differences()
    encobj = '<< /Type /Encoding /BaseEncoding /WinAnsiEncoding%s >>' % (
        (' /Differences [%s]' % diffs) if diffs else '')
    objs.append(('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 5 0 R >>').encode())
    objs.append(('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 5 0 R >>').encode())
    objs.append(encobj.encode())
    for i, st in enumerate(streams):
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                     '/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>'
                     % (7 + 2 * i)).encode())
        objs.append(('<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(st)).encode()
                    + st + b'\nendstream')
    info = '<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (D:%s) /ModDate (D:%s) >>' % (
        _info_str(title), _info_str(author), _info_str(creator), _info_str(producer), date, date)
    objs.append(info.encode('latin-1'))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    fid = hbytes('pdf' + title + date, 16).hex()
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, len(objs), fid.encode(), fid.encode(), xref))
    return bytes(out)


# ---------------------------------------------------------------- ZIP
_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._update(c)

    @staticmethod
    def _crc(crc, b):
        return (crc >> 8) ^ _CRC_TABLE[(crc ^ b) & 0xff]

    def _update(self, c):
        k = self.k
        k[0] = self._crc(k[0], c)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xff)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self._update(p)
        return bytes(out)


def zip_bytes(entries, when=(2026, 10, 12, 9, 30, 0), password=None, deflate=True, seed='zip'):
    """entries: list of (name, bytes).  password: str for ZipCrypto."""
    y, mo, d, h, mi, s = when
    dosdate = ((y - 1980) << 9) | (mo << 5) | d
    dostime = (h << 11) | (mi << 5) | (s // 2)
    out = bytearray()
    central = bytearray()
    for idx, (name, data) in enumerate(entries):
        nb = name.encode('utf-8')
        flags = 0x800 if any(c > 127 for c in nb) else 0
        crc = zlib.crc32(data) & 0xffffffff
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode('utf-8'))
            header = hbytes('%s-%d-%s' % (seed, idx, name), 11) + bytes([crc >> 24])
            comp = zc.encrypt(header + comp)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, dostime, dosdate,
                           crc, len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x0314, 20, flags, method,
                               dostime, dosdate, crc, len(comp), len(data), len(nb), 0, 0, 0, 0,
                               0o100644 << 16, off) + nb
    cdoff = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries),
                       len(central), cdoff, 0)
    return bytes(out)


PLACEHOLDER = b'inert placeholder - filter evaluation sample, contains no executable code\r\n'


# ---------------------------------------------------------------- images
def photo_png(seed, w=160, h=120, palette='fish'):
    """Small synthetic 'photo' (smooth colour field with noise), deterministic."""
    noise = hbytes('photo-' + seed, w * h)
    bases = {
        'fish': ((232, 226, 214), (200, 140, 120)),   # fillet on white tray
        'box': ((170, 150, 120), (90, 80, 70)),       # cardboard carton
        'ice': ((220, 235, 245), (150, 170, 190)),
    }
    a, b = bases[palette]

    def px(x, y):
        t = ((x - w / 2) ** 2 / (w * w / 4) + (y - h / 2) ** 2 / (h * h / 4))
        t = min(1.0, t)
        n = noise[y * w + x] % 24 - 12
        return bytes(max(0, min(255, int(a[i] * (1 - t) + b[i] * t) + n)) for i in range(3))
    return png_rgb(w, h, px)
