"""Inert attachment builders: text-only PDF, ZIP (plain and ZipCrypto),
small PNG logo.  Standard library only, deterministic."""
import io
import random
import struct
import zipfile
import zlib

from qr import png_rgb

PLACEHOLDER = b'Inert placeholder for evaluation - this file contains no executable content.\r\n'

# Adobe glyph names for characters outside WinAnsi that we may need
_GLYPHS = {
    '\u0104': 'Aogonek', '\u0105': 'aogonek', '\u0106': 'Cacute', '\u0107': 'cacute',
    '\u0118': 'Eogonek', '\u0119': 'eogonek', '\u0141': 'Lslash', '\u0142': 'lslash',
    '\u0143': 'Nacute', '\u0144': 'nacute', '\u015a': 'Sacute', '\u015b': 'sacute',
    '\u0179': 'Zacute', '\u017a': 'zacute', '\u017b': 'Zdotaccent', '\u017c': 'zdotaccent',
    '\u0131': 'dotlessi', '\u015e': 'Scedilla', '\u015f': 'scedilla',
}
# WinAnsi codes we never use in documents, recycled via /Differences
_POOL = [0xA4, 0xA6, 0xA8, 0xAF, 0xB4, 0xB8, 0xB9, 0xB2, 0xB3, 0xBC, 0xBD, 0xBE,
         0xAA, 0xBA, 0xA5, 0xA1, 0xBF, 0xAC, 0xB6]


def _pdf_str(b):
    out = bytearray(b'(')
    for c in b:
        if c in b'()\\':
            out += b'\\' + bytes([c])
        elif 32 <= c < 127:
            out.append(c)
        else:
            out += b'\\%03o' % c
    return bytes(out + b')')


def pdf(lines, *, title='', author='', creator='Microsoft Word', producer='Microsoft: Print To PDF',
        date='20261014091200+02\'00\'', size=10):
    """lines: list of str or (style, str) with style in {'h','b','n','s'}.
    Produces a one- or multi-page A4 PDF with uncompressed text streams."""
    extra = {}
    for item in lines:
        text = item[1] if isinstance(item, tuple) else item
        for ch in text:
            try:
                ch.encode('cp1252')
            except UnicodeEncodeError:
                if ch not in extra:
                    extra[ch] = _POOL[len(extra)]

    def enc(t):
        out = bytearray()
        for ch in t:
            if ch in extra:
                out.append(extra[ch])
            else:
                out += ch.encode('cp1252')
        return out

    pages, cur, y = [], [], 800
    for item in lines:
        style, text = item if isinstance(item, tuple) else ('n', item)
        fs = {'h': 14, 'b': size, 'n': size, 's': 8}[style]
        lead = fs + 4
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= lead
        font = '/F2' if style in 'hb' else '/F1'
        cur.append(b'BT %s %d Tf 56 %d Td %s Tj ET' % (font.encode(), fs, y, _pdf_str(enc(text))))
    pages.append(cur)

    if extra:
        diffs = ' '.join('%d /%s' % (code, _GLYPHS[ch]) for ch, code in sorted(extra.items(), key=lambda kv: kv[1]))
        encoding = '<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>' % diffs
    else:
        encoding = '/WinAnsiEncoding'
    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    npg = len(pages)
    kids = ' '.join('%d 0 R' % (6 + 2 * i) for i in range(npg))
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, npg)).encode())
    objs.append(('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %s >>' % encoding).encode())
    objs.append(('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %s >>' % encoding).encode())
    info = b'<< /Title ' + _pdf_str(enc(title)) + b' /Author ' + _pdf_str(enc(author)) + \
        b' /Creator ' + _pdf_str(enc(creator)) + b' /Producer ' + _pdf_str(enc(producer)) + \
        b' /CreationDate (D:' + date.encode() + b') /ModDate (D:' + date.encode() + b') >>'
    objs.append(info)
    for i, pg in enumerate(pages):
        stream = b'\n'.join(pg)
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % (7 + 2 * i)).encode())
        objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


def zip_plain(entries, when=(2026, 10, 14, 9, 0, 0)):
    """entries: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0x20
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


def _crc_upd(crc, b):
    return zlib.crc32(bytes([b]), crc ^ 0xffffffff) ^ 0xffffffff


class _Keys:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw:
            self.update(c)

    def update(self, c):
        k0, k1, k2 = self.k
        k0 = _crc_upd(k0, c)
        k1 = (k1 + (k0 & 0xff)) & 0xffffffff
        k1 = (k1 * 134775813 + 1) & 0xffffffff
        k2 = _crc_upd(k2, (k1 >> 24) & 0xff)
        self.k = [k0, k1, k2]

    def stream(self):
        t = (self.k[2] | 2) & 0xffff
        return ((t * (t ^ 1)) >> 8) & 0xff

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream())
            self.update(p)
        return bytes(out)


def _dos(when):
    y, mo, d, h, mi, s = when
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def zip_crypto(entries, password, when=(2026, 10, 14, 9, 0, 0), seed='zc'):
    """Traditional PKWARE (ZipCrypto) encrypted archive, deflated members."""
    rng = random.Random(seed)
    pw = password.encode('utf-8')
    tm, dt = _dos(when)
    out, central = bytearray(), bytearray()
    for name, data in entries:
        nb = name.encode('utf-8')
        flag = 0x0001 | (0x0800 if nb != name.encode('ascii', 'ignore') else 0)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = _Keys(pw).encrypt(hdr + comp)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flag, 8, tm, dt, crc, len(enc), len(data), len(nb), 0)
        out += nb + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flag, 8, tm, dt, crc, len(enc),
                               len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries), len(central), cd_off, 0)
    return bytes(out)


def logo_png(w, h, rgb_bg, rgb_fg, seed='logo'):
    """A small flat logo: coloured bar with a wave, deterministic."""
    import math

    def px(x, y):
        wave = h / 2 + math.sin(x / w * 2 * math.pi) * h / 5
        if abs(y - wave) < h / 10:
            return rgb_fg
        return rgb_bg
    return png_rgb(w, h, px)


if __name__ == '__main__':
    z = zip_crypto([('Rechnung.pdf.lnk', PLACEHOLDER)], '2026')
    zf = zipfile.ZipFile(io.BytesIO(z))
    assert zf.read('Rechnung.pdf.lnk', pwd=b'2026') == PLACEHOLDER
    try:
        zf.read('Rechnung.pdf.lnk')
        raise SystemExit('not encrypted?')
    except RuntimeError:
        pass
    p = pdf(['Faktura VAT nr 1/2026', ('b', 'Zieliński, Łódź – 100 zł')])
    assert p.startswith(b'%PDF-1.4')
    print('files ok', len(z), len(p))
