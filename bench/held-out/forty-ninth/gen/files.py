"""Attachment builders: text-only PDF, ZIP (plain and ZipCrypto), minimal
XLSX, synthetic photo PNG.  Deterministic: every date and every random byte
comes from the caller."""
import hashlib
import io
import random
import struct
import zipfile
import zlib

import qr

# Adobe glyph names for the non-ASCII characters our PDFs use (all present
# in the standard Helvetica character set).
_GLYPH = {
    'ä': 'adieresis', 'ö': 'odieresis', 'ü': 'udieresis', 'Ä': 'Adieresis',
    'Ö': 'Odieresis', 'Ü': 'Udieresis', 'ß': 'germandbls', 'é': 'eacute',
    'è': 'egrave', 'à': 'agrave', 'ò': 'ograve', 'ù': 'ugrave', 'ì': 'igrave',
    'á': 'aacute', 'í': 'iacute', 'ó': 'oacute', 'ú': 'uacute', 'ñ': 'ntilde',
    'Ñ': 'Ntilde', 'É': 'Eacute', 'Á': 'Aacute', 'Ó': 'Oacute', 'Í': 'Iacute',
    'Ú': 'Uacute', 'È': 'Egrave', 'À': 'Agrave',
    '¿': 'questiondown', '¡': 'exclamdown', 'ç': 'ccedilla', '€': 'Euro',
    'ł': 'lslash', 'Ł': 'Lslash', 'ś': 'sacute', 'Ś': 'Sacute', 'ż': 'zdotaccent',
    'Ż': 'Zdotaccent', 'ź': 'zacute', 'Ź': 'Zacute', 'ć': 'cacute', 'Ć': 'Cacute',
    'ń': 'nacute', 'ę': 'eogonek', 'ą': 'aogonek', 'Ę': 'Eogonek', 'Ą': 'Aogonek',
    '°': 'degree', '–': 'endash', '—': 'emdash', '„': 'quotedblbase',
    '“': 'quotedblleft', '”': 'quotedblright', 'º': 'ordmasculine',
    'ª': 'ordfeminine', '·': 'periodcentered', '×': 'multiply', '§': 'section',
    '£': 'sterling', '’': 'quoteright', '•': 'bullet', '²': 'twosuperior',
    '³': 'threesuperior', '½': 'onehalf', 'ë': 'edieresis', 'ï': 'idieresis',
}


def _pdf_str(codes):
    out = []
    for c in codes:
        if c in (0x28, 0x29, 0x5C):
            out.append('\\' + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append('\\%03o' % c)
    return '(' + ''.join(out) + ')'


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def pdf(lines, title, author, creator, producer, when, subject=''):
    """lines: list of str.  '## ' = heading, '# ' = bold line, '' = gap,
    '--' = horizontal rule.  when: datetime (UTC)."""
    enc = {}
    nxt = 128

    def code(ch):
        nonlocal nxt
        if 32 <= ord(ch) < 127:
            return ord(ch)
        if ch not in enc:
            if ch not in _GLYPH:
                raise ValueError('no glyph for %r' % ch)
            enc[ch] = nxt
            nxt += 1
        return enc[ch]

    pages, cur, y = [], [], 786
    for raw in lines:
        if raw.startswith('## '):
            items = [('B', 14, raw[3:])]
        elif raw.startswith('# '):
            items = [('B', 10, t) for t in _wrap(raw[2:], 92)]
        elif raw == '--':
            items = [('R', 0, None)]
        else:
            items = [('F', 10, t) for t in _wrap(raw, 98)] if raw else [('F', 10, '')]
        for font, size, text in items:
            lead = 20 if size == 14 else 8 if size == 0 else 13
            if y - lead < 56:
                pages.append(cur)
                cur, y = [], 786
            y -= lead
            cur.append((font, size, text, y))
    pages.append(cur)

    def stream(page):
        ops = []
        for font, size, text, yy in page:
            if text is None:
                ops.append('0.5 w 56 %d m 539 %d l S' % (yy + 4, yy + 4))
                continue
            if not text:
                continue
            f = '/F2' if font == 'B' else '/F1'
            ops.append('BT %s %d Tf 56 %d Td %s Tj ET' % (f, size, yy, _pdf_str([code(c) for c in text])))
        return '\n'.join(ops).encode('latin-1')

    streams = [zlib.compress(stream(p), 9) for p in pages]
    diffs = ' '.join('/' + _GLYPH[ch] for ch, _ in sorted(enc.items(), key=lambda kv: kv[1]))
    encoding = '<< /Type /Encoding /BaseEncoding /WinAnsiEncoding%s >>' % (
        (' /Differences [128 %s]' % diffs) if enc else '')
    cmap_lines = ['<%02X> <%04X>' % (c, c) for c in range(32, 127)] + \
        ['<%02X> <%04X>' % (v, ord(k)) for k, v in sorted(enc.items(), key=lambda kv: kv[1])]
    cmap = ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
            '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
            '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n'
            '1 begincodespacerange\n<00> <FF>\nendcodespacerange\n')
    for i in range(0, len(cmap_lines), 100):
        chunk = cmap_lines[i:i + 100]
        cmap += '%d beginbfchar\n%s\nendbfchar\n' % (len(chunk), '\n'.join(chunk))
    cmap += 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n'
    cmapz = zlib.compress(cmap.encode('ascii'), 9)

    def pstr(s):
        b = s.encode('utf-16-be')
        return '<FEFF' + b.hex().upper() + '>'
    d = when.strftime("D:%Y%m%d%H%M%S+00'00'")
    objs = []
    npages = len(pages)
    first_page = 7
    kids = ' '.join('%d 0 R' % (first_page + 2 * i) for i in range(npages))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, npages)).encode())
    objs.append(('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %s /ToUnicode 5 0 R >>' % encoding).encode())
    objs.append(('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %s /ToUnicode 5 0 R >>' % encoding).encode())
    objs.append(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(cmapz) + cmapz + b'\nendstream')
    objs.append(('<< /Title %s /Author %s /Subject %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>'
                 % (pstr(title), pstr(author), pstr(subject), pstr(creator), pstr(producer), d, d)).encode())
    for s in streams:
        objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>'
                     % (len(objs) + 2)).encode())
        objs.append(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(s) + s + b'\nendstream')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    fid = hashlib.md5(('\n'.join(lines) + title).encode()).hexdigest().upper()
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, fid.encode(), fid.encode(), xref))
    return bytes(out)


def pdf_text(data):
    """Crude text extraction for self-checks (inflates content streams)."""
    out = []
    pos = 0
    while True:
        i = data.find(b'>>\nstream\n', pos)
        if i < 0:
            break
        i += 2
        j = data.find(b'\nendstream', i)
        if j < 0:
            break
        try:
            out.append(zlib.decompress(data[i + 7:j]))
        except zlib.error:
            pass
        pos = j + 1
    return b'\n'.join(out)


# ---------------------------------------------------------------- ZIP
def _dos(dt):
    t = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    d = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    return t, d


def zip_plain(files, dt):
    """files: list of (name, bytes).  dt: (y, m, d, H, M, S)."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            z.writestr(zi, data)
    return bio.getvalue()


_CRC_TAB = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TAB.append(_c)


class _ZipCrypto:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pw:
            self.update(b)

    def _crc(self, crc, b):
        return (crc >> 8) ^ _CRC_TAB[(crc ^ b) & 0xff]

    def update(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xff)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self.update(p)
        return bytes(out)


def zip_crypto(files, password, dt, seed):
    """Traditional PKWARE (ZipCrypto) encrypted, deflated archive."""
    rng = random.Random(seed)
    t, d = _dos(dt)
    local = bytearray()
    central = bytearray()
    for name, data in files:
        nb = name.encode('utf-8')
        flags = 0x1 | (0x800 if any(ord(c) > 127 for c in name) else 0)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZipCrypto(password.encode('utf-8'))
        header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = zc.encrypt(header + comp)
        off = len(local)
        local += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, t, d, crc,
                             len(enc), len(data), len(nb), 0) + nb + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, t, d,
                               crc, len(enc), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files),
                      len(central), len(local), 0)
    return bytes(local + central + end)


# ---------------------------------------------------------------- XLSX
def _x(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;'))


def xlsx(rows, sheet='Лист1', creator='', when=None):
    """Minimal valid Office Open XML workbook with inline strings / numbers."""
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r + 1)
            if v is None or v == '':
                continue
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
        sd.append('<row r="%d">%s</row>' % (r + 1, ''.join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % ''.join(sd))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ts = when.strftime('%Y-%m-%dT%H:%M:%SZ')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>' % (_x(creator), ts, ts))
    dt = tuple(when.timetuple())[:6]
    return zip_plain([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                      ('docProps/core.xml', core.encode()),
                      ('xl/workbook.xml', wb.encode()), ('xl/_rels/workbook.xml.rels', wbrels.encode()),
                      ('xl/worksheets/sheet1.xml', ws.encode())], dt)


# ---------------------------------------------------------------- photo
def photo_png(seed, w=640, h=480, dent=True):
    """Synthetic 'phone photo' of a brown carton on a pallet (RGB noise +
    shapes) - enough to be a plausible, valid image attachment."""
    rng = random.Random(seed)
    rows = []
    bx0, by0, bx1, by1 = w // 5, h // 4, w * 4 // 5, h * 4 // 5
    cx, cy, cr = rng.randrange(bx0 + 40, bx1 - 40), by0 + 20, 60
    for y in range(h):
        row = bytearray()
        for x in range(w):
            n = rng.randrange(-9, 10)
            if bx0 <= x < bx1 and by0 <= y < by1:
                r, g, b = 176, 134, 84
                if (x - bx0) % 90 < 2 or (y - by0) % 70 < 2:
                    r, g, b = 140, 100, 60
                if dent and (x - cx) ** 2 + (y - cy) ** 2 < cr * cr:
                    r, g, b = 120, 88, 52
            elif y >= by1 and y < by1 + 30:
                r, g, b = 150, 120, 80 if (x // 40) % 2 else 90
            else:
                r, g, b = 200 - y // 8, 200 - y // 8, 205 - y // 9
            row += bytes((max(0, min(255, r + n)), max(0, min(255, g + n)), max(0, min(255, b + n))))
        rows.append(bytes(row))
    return qr.png_rgb(w, h, rows)
