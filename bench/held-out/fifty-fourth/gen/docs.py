"""Inert attachment builders: text-only PDF, ZIP (plain and ZipCrypto),
simple PNG pictures."""
import io
import random
import struct
import zipfile
import zlib

import qr

# Adobe glyph names for the Latin characters we use; everything else gets uniXXXX.
AGL = {
    'ä': 'adieresis', 'ö': 'odieresis', 'ü': 'udieresis', 'Ä': 'Adieresis',
    'Ö': 'Odieresis', 'Ü': 'Udieresis', 'ß': 'germandbls', 'é': 'eacute',
    'è': 'egrave', 'à': 'agrave', 'ò': 'ograve', 'ù': 'ugrave', 'ì': 'igrave',
    'á': 'aacute', 'í': 'iacute', 'ó': 'oacute', 'ú': 'uacute', 'ñ': 'ntilde',
    'Ñ': 'Ntilde', 'É': 'Eacute', 'Á': 'Aacute', 'Í': 'Iacute', 'Ó': 'Oacute',
    'Ú': 'Uacute', 'ç': 'ccedilla', '¿': 'questiondown', '¡': 'exclamdown',
    '€': 'Euro', '£': 'sterling', '§': 'section', '°': 'degree', '–': 'endash',
    '—': 'emdash', '„': 'quotedblbase', '“': 'quotedblleft', '”': 'quotedblright',
    '‘': 'quoteleft', '’': 'quoteright', '·': 'periodcentered', '×': 'multiply',
    'ą': 'aogonek', 'ć': 'cacute', 'ę': 'eogonek', 'ł': 'lslash', 'ń': 'nacute',
    'ś': 'sacute', 'ź': 'zacute', 'ż': 'zdotaccent', 'Ą': 'Aogonek',
    'Ć': 'Cacute', 'Ę': 'Eogonek', 'Ł': 'Lslash', 'Ń': 'Nacute', 'Ś': 'Sacute',
    'Ź': 'Zacute', 'Ż': 'Zdotaccent', 'º': 'ordmasculine', 'ª': 'ordfeminine',
    '«': 'guillemotleft', '»': 'guillemotright', '²': 'twosuperior',
    '³': 'threesuperior', '•': 'bullet', '±': 'plusminus', 'Ö': 'Odieresis',
}


_HW = [278, 278, 355, 556, 556, 889, 667, 222, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 + \
      [278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
       667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 222, 556, 556, 500, 556, 556,
       278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
       260, 334, 584]


def _width(c):
    import unicodedata
    o = ord(c)
    if 32 <= o <= 126:
        return _HW[o - 32]
    base = unicodedata.normalize('NFD', c)[0]
    if ord(base) < 127 and base != c:
        return _HW[ord(base) - 32]
    if c in 'łŁ':
        return 222 if c == 'ł' else 556
    if c in '€£':
        return 556
    return 667 if c.isupper() else 556


def _pdfstr(b):
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append('\\%03o' % c)
    return '(' + ''.join(out) + ')'


def pdf(lines, title='', author='', producer='Microsoft® Word für Microsoft 365',
        creator='', created='D:20261001090000+02\'00\'', seed='x'):
    """lines: str -> 10pt regular; ('text', size, bold) tuples; '' -> blank."""
    items = []
    for ln in lines:
        if isinstance(ln, tuple):
            items.append((ln[0], ln[1], ln[2] if len(ln) > 2 else False))
        else:
            items.append((ln, 10, False))
    chars = sorted({c for t, _, _ in items for c in t if ord(c) > 126})
    if len(chars) > 127:
        raise ValueError('too many distinct non-ASCII characters')
    cmap = {c: 128 + k for k, c in enumerate(chars)}

    def enc(t):
        return bytes(cmap[c] if ord(c) > 126 else ord(c) for c in t)

    pages = []
    cur = []
    y = 790
    for t, size, bold in items:
        lh = size * 1.38
        if y - lh < 50:
            pages.append(cur)
            cur = []
            y = 790
        y -= lh
        if t:
            cur.append('BT /%s %d Tf 56 %.1f Td %s Tj ET' % ('F2' if bold else 'F1', size, y, _pdfstr(enc(t))))
    pages.append(cur)

    objs = {}
    diffs = ' '.join('%d /%s' % (cmap[c], AGL.get(c, 'uni%04X' % ord(c))) for c in chars)
    objs[5] = '<< /Type /Encoding /Differences [ %s ] >>' % diffs if chars else '<< /Type /Encoding >>'
    bf = ['<%02X> <%04X>' % (i, i) for i in range(32, 127)]
    bf += ['<%02X> <%04X>' % (cmap[c], ord(c)) for c in chars]
    blocks = []
    for k in range(0, len(bf), 100):
        part = bf[k:k + 100]
        blocks.append('%d beginbfchar\n%s\nendbfchar' % (len(part), '\n'.join(part)))
    cm = ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
          '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
          '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n'
          '1 begincodespacerange\n<00> <FF>\nendcodespacerange\n' + '\n'.join(blocks) +
          '\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n').encode()
    objs[6] = cm
    inv = {v: k for k, v in cmap.items()}
    widths = ' '.join(str(_width(chr(i)) if i < 127 else (_width(inv[i]) if i in inv else 0)) for i in range(32, 256))
    for n, base in ((3, 'Helvetica'), (4, 'Helvetica-Bold')):
        objs[n] = ('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding 5 0 R '
                   '/FirstChar 32 /LastChar 255 /Widths [%s] /ToUnicode 6 0 R >>' % (base, widths))
    info = '<< /Producer %s /CreationDate (%s) /ModDate (%s)' % (
        _pdfstr(producer.encode('latin-1', 'replace')), created, created)
    if title:
        info += ' /Title ' + _pdfstr(title.encode('latin-1', 'replace'))
    if author:
        info += ' /Author ' + _pdfstr(author.encode('latin-1', 'replace'))
    if creator:
        info += ' /Creator ' + _pdfstr(creator.encode('latin-1', 'replace'))
    objs[7] = info + ' >>'
    kids = []
    n = 8
    for pg in pages:
        content = ('\n'.join(pg) + '\n').encode('latin-1')
        objs[n + 1] = content
        objs[n] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                   '/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % (n + 1))
        kids.append(n)
        n += 2
    objs[1] = '<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))
    out = io.BytesIO()
    out.write(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for k in sorted(objs):
        offs[k] = out.tell()
        v = objs[k]
        if isinstance(v, bytes):
            z = zlib.compress(v, 9)
            out.write(b'%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n' % (k, len(z)))
            out.write(z + b'\nendstream\nendobj\n')
        else:
            out.write(b'%d 0 obj\n' % k + v.encode('latin-1') + b'\nendobj\n')
    xref = out.tell()
    size = max(objs) + 1
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % size)
    for k in range(1, size):
        out.write(b'%010d 00000 n \n' % offs[k])
    rid = random.Random(seed).getrandbits(128).to_bytes(16, 'big').hex().upper()
    out.write(('trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
               % (size, rid, rid, xref)).encode())
    return out.getvalue()


def pdf_text(data):
    """Extract text back from our own PDFs (for the self-check)."""
    import re
    txt = []
    for m in re.finditer(rb'stream\n(.*?)\nendstream', data, re.S):
        try:
            s = zlib.decompress(m.group(1))
        except zlib.error:
            continue
        if b'Tj' in s:
            txt.append(s)
    return b'\n'.join(txt)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_plain(files, dt=(2026, 10, 1, 9, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0x20
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._upd(c)

    def _crc(self, crc, b):
        return (crc >> 8) ^ _CRC[(crc ^ b) & 0xff]

    def _upd(self, c):
        k = self.k
        k[0] = self._crc(k[0], c)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xff)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self._upd(p)
        return bytes(out)


def zip_crypto(files, password, dt=(2026, 10, 1, 9, 0, 0), seed='z'):
    """Traditional PKWARE (ZipCrypto) encrypted, deflated ZIP."""
    rng = random.Random(seed)
    t, d = _dos(dt)
    local = io.BytesIO()
    central = io.BytesIO()
    for name, data in files:
        nb = name.encode('cp437') if all(ord(c) < 128 for c in name) else name.encode('utf-8')
        flags = 0x0001 | (0 if all(ord(c) < 128 for c in name) else 0x0800)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
        zc = _ZipCrypto(password.encode())
        encd = zc.enc(hdr + comp)
        off = local.tell()
        local.write(struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, t, d, crc,
                                len(encd), len(data), len(nb), 0) + nb + encd)
        central.write(struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, t, d,
                                  crc, len(encd), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb)
    cd = central.getvalue()
    n = len(files)
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, n, n, len(cd), local.tell(), 0)
    return local.getvalue() + cd + end


def photo_png(w, h, seed='p', palette=((120, 110, 95), (70, 90, 120), (160, 150, 130))):
    """A noisy 'photo' of baled material: stacked blocks with texture."""
    rng = random.Random(seed)
    rows = []
    bw = w // 4
    bh = h // 3
    cols = [[palette[rng.randrange(len(palette))] for _ in range(5)] for _ in range(4)]
    for y in range(h):
        row = bytearray()
        for x in range(w):
            bx, by = x // bw, y // bh
            if y < h // 6:
                base = (190, 200, 210)
            else:
                base = cols[by % 4][bx % 5]
            if x % bw < 2 or y % bh < 2:
                base = (40, 40, 40)
            n = rng.randrange(-25, 26)
            row += bytes(max(0, min(255, c + n)) for c in base)
        rows.append(row)
    return qr.png_rgb(rows, w, h)


def logo_png(w, h, rgb=(0, 110, 60)):
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            on = (x - w // 2) ** 2 + (y - h // 2) ** 2 < (min(w, h) // 2 - 2) ** 2
            row += bytes(rgb) if on else b'\xff\xff\xff'
        rows.append(row)
    return qr.png_rgb(rows, w, h)
