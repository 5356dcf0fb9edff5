"""Deterministic container formats: ZIP (plain and ZipCrypto), XLSX, DOCX, ISO 9660+Joliet, iCalendar."""
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape


# ------------------------------------------------------------------ ZIP
def zip_files(files, date_time=(2026, 11, 2, 9, 41, 18), level=6):
    """files: list of (name, bytes[, date_time]). Deterministic output."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for f in files:
            name, data = f[0], f[1]
            dt = f[2] if len(f) > 2 else date_time
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            z.writestr(zi, data, compresslevel=level)
    return bio.getvalue()


_CRCTAB = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_upd(crc, b):
    return (crc >> 8) ^ _CRCTAB[(crc ^ b) & 0xff]


class _ZC:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self.upd(c)

    def upd(self, c):
        k = self.k
        k[0] = _crc_upd(k[0], c)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _crc_upd(k[2], k[1] >> 24)

    def enc(self, data):
        out = bytearray()
        for c in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(c ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self.upd(c)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_encrypted(files, password, rng, date_time=(2026, 11, 2, 9, 41, 18)):
    """Traditional PKWARE (ZipCrypto) encrypted, deflated ZIP - what 7-Zip/WinRAR write by default."""
    pwd = password.encode('utf-8')
    out = bytearray()
    central = bytearray()
    for f in files:
        name, data = f[0], f[1]
        dt = f[2] if len(f) > 2 else date_time
        nb = name.encode('utf-8')
        flags = 0x0001 | (0x0800 if any(b > 127 for b in nb) else 0)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZC(pwd)
        hdr = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
        enc = zc.enc(hdr) + zc.enc(comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, t, d, crc, len(enc), len(data), len(nb), 0) + nb + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, t, d, crc, len(enc), len(data),
                               len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cdo = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cdo, 0)
    return bytes(out)


# ------------------------------------------------------------------ OOXML common
def _core(creator, modified_by, created, modified, title=''):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + ('<dc:title>%s</dc:title>' % escape(title) if title else '') +
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(creator), escape(modified_by), created, modified)).encode('utf-8')


def _colname(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, creator='', modified_by='', created='2026-11-02T08:12:44Z', modified='2026-11-02T09:40:03Z',
         dt=(2026, 11, 2, 9, 40, 4), app='Microsoft Excel'):
    """sheets: list of (name, rows, colwidths). rows: list of lists of cells; a cell is
    None, str, int/float, or a tuple (value, style) with style in 'b' (bold), 'n' (0.00), 'bn', 'd' (date serial)."""
    style_ix = {None: 0, 'b': 1, 'n': 2, 'bn': 3, 'd': 4, 'i': 5}
    files = []
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    for i in range(len(sheets)):
        ct += ('<Override PartName="/xl/worksheets/sheet%d.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct += ('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
           '</Types>')
    files.append(('[Content_Types].xml', ct.encode()))
    files.append(('_rels/.rels', (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>').encode()))
    files.append(('docProps/app.xml', (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>%s</Application>'
        '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><AppVersion>16.0300</AppVersion></Properties>' % app).encode()))
    files.append(('docProps/core.xml', _core(creator, modified_by, created, modified)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    for i, sh in enumerate(sheets):
        wb += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(sh[0]), i + 1, i + 1)
        rels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                 'Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
    n = len(sheets)
    rels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
             'Target="styles.xml"/></Relationships>' % (n + 1))
    wb += '</sheets></workbook>'
    files.append(('xl/workbook.xml', wb.encode()))
    files.append(('xl/_rels/workbook.xml.rels', rels.encode()))
    files.append(('xl/styles.xml', (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
        '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
        '<font><i/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>').encode()))
    for i, sh in enumerate(sheets):
        name, rows = sh[0], sh[1]
        widths = sh[2] if len(sh) > 2 else None
        x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')
        if widths:
            x += '<cols>' + ''.join('<col min="%d" max="%d" width="%.1f" customWidth="1"/>' % (j + 1, j + 1, w)
                                    for j, w in enumerate(widths)) + '</cols>'
        x += '<sheetData>'
        for r, row in enumerate(rows):
            x += '<row r="%d">' % (r + 1)
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                st = None
                if isinstance(cell, tuple):
                    cell, st = cell
                ref = '%s%d' % (_colname(c), r + 1)
                sa = ' s="%d"' % style_ix[st] if style_ix[st] else ''
                if isinstance(cell, str):
                    x += '<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, sa, escape(cell))
                else:
                    x += '<c r="%s"%s><v>%s</v></c>' % (ref, sa, repr(cell) if isinstance(cell, float) else cell)
            x += '</row>'
        x += '</sheetData><pageMargins left="0.7" right="0.7" top="0.787" bottom="0.787" header="0.3" footer="0.3"/></worksheet>'
        files.append(('xl/worksheets/sheet%d.xml' % (i + 1), x.encode('utf-8')))
    return zip_files([(a, b, dt) for a, b in files])


def docx(paragraphs, creator='', modified_by='', created='2026-11-02T08:12:00Z', modified='2026-11-02T09:40:00Z',
         dt=(2026, 11, 2, 9, 40, 2), title=''):
    """paragraphs: list of str or (str, 'b'|'h'|'i')."""
    body = ''
    for p in paragraphs:
        st = None
        if isinstance(p, tuple):
            p, st = p
        rpr = ''
        ppr = ''
        if st == 'b':
            rpr = '<w:rPr><w:b/></w:rPr>'
        elif st == 'h':
            rpr = '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
        elif st == 'i':
            rpr = '<w:rPr><w:i/></w:rPr>'
        body += '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % body)
    files = [
        ('[Content_Types].xml', (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            '</Types>').encode()),
        ('_rels/.rels', (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>').encode()),
        ('docProps/app.xml', (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>').encode()),
        ('docProps/core.xml', _core(creator, modified_by, created, modified, title)),
        ('word/document.xml', doc.encode('utf-8')),
    ]
    return zip_files([(a, b, dt) for a, b in files])


# ------------------------------------------------------------------ ISO 9660 + Joliet
def _both16(v):
    return struct.pack('<H', v) + struct.pack('>H', v)


def _both32(v):
    return struct.pack('<I', v) + struct.pack('>I', v)


def _dirrec(ident, extent, size, flags, dt):
    y, mo, d, h, mi, s = dt
    rec = struct.pack('<BB', 0, 0) + _both32(extent) + _both32(size) + bytes([y - 1900, mo, d, h, mi, s, 4]) + \
        bytes([flags, 0, 0]) + _both16(1) + bytes([len(ident)]) + ident
    if len(ident) % 2 == 0:
        rec += b'\0'
    return bytes([len(rec)]) + rec[1:]


def _voldate(dt):
    y, mo, d, h, mi, s = dt
    return ('%04d%02d%02d%02d%02d%02d00' % (y, mo, d, h, mi, s)).encode() + b'\x04'


def iso9660(files, volume_id='DOCUMENTS', dt=(2026, 11, 17, 8, 2, 11), app='', preparer=''):
    """files: list of (long_name, bytes). ISO level 1 names in the primary tree, full names in Joliet."""
    S = 2048
    first_data = 25
    extents = []
    pos = first_data
    for name, data in files:
        extents.append(pos)
        pos += max(1, (len(data) + S - 1) // S)
    total = pos

    def short(n, i):
        base, _, ext = n.rpartition('.')
        base = ''.join(c for c in base.upper() if c.isalnum() or c == '_')[:6] + '~%d' % (i + 1)
        ext = ''.join(c for c in ext.upper() if c.isalnum())[:3]
        return (base + '.' + ext + ';1').encode()

    def root(extent, names):
        d = _dirrec(b'\0', extent, S, 2, dt) + _dirrec(b'\1', extent, S, 2, dt)
        for nm, (fname, data), ext in sorted(zip(names, files, extents)):
            d += _dirrec(nm, ext, len(data), 0, dt)
        assert len(d) <= S
        return d + b'\0' * (S - len(d))
    p_names = [short(n, i) for i, (n, _) in enumerate(files)]
    j_names = [(n + ';1').encode('utf-16-be') for n, _ in files]

    def ptable(extent, big):
        return bytes([1, 0]) + struct.pack('>I' if big else '<I', extent) + struct.pack('>H' if big else '<H', 1) + b'\0\0'

    def vd(kind, root_extent, lpt, mpt, joliet):
        def txt(s, n):
            if joliet:
                b = s.encode('utf-16-be')[:n]
                return b + (' ' * ((n - len(b)) // 2)).encode('utf-16-be') + b'\0' * ((n - len(b)) % 2)
            return s.encode('ascii')[:n].ljust(n, b' ')
        v = bytes([kind]) + b'CD001\x01\x00' + txt('', 32) + txt(volume_id, 32) + b'\0' * 8 + _both32(total)
        v += (b'%/E' + b'\0' * 29) if joliet else b'\0' * 32
        v += _both16(1) + _both16(1) + _both16(S) + _both32(10) + struct.pack('<I', lpt) + b'\0' * 4 + \
            struct.pack('>I', mpt) + b'\0' * 4
        v += _dirrec(b'\0', root_extent, S, 2, dt)
        v += txt('', 128) + txt('', 128) + txt(preparer, 128) + txt(app, 128) + txt('', 37) + txt('', 37) + txt('', 37)
        v += _voldate(dt) + _voldate(dt) + b'0' * 16 + b'\0' + b'0' * 16 + b'\0' + b'\x01\x00'
        return v + b'\0' * (S - len(v))
    img = bytearray(b'\0' * (16 * S))
    img += vd(1, 23, 19, 20, False)
    img += vd(2, 24, 21, 22, True)
    img += (b'\xffCD001\x01').ljust(S, b'\0')
    for ext, big in ((23, False), (23, True), (24, False), (24, True)):
        img += ptable(ext, big).ljust(S, b'\0')
    img += root(23, p_names)
    img += root(24, j_names)
    for (name, data) in files:
        img += data + b'\0' * ((-len(data)) % S if data else S)
    assert len(img) == total * S
    return bytes(img)


def iso_list(img):
    """List (joliet_name, size) from an image made by iso9660()."""
    S = 2048
    svd = img[17 * S:18 * S]
    assert svd[1:6] == b'CD001' and svd[0] == 2
    rext = struct.unpack('<I', svd[158:162])[0]
    d = img[rext * S:(rext + 1) * S]
    p = 0
    out = []
    while p < len(d) and d[p]:
        ln = d[p]
        ext, size = struct.unpack('<I', d[p + 2:p + 6])[0], struct.unpack('<I', d[p + 10:p + 14])[0]
        nl = d[p + 32]
        nm = d[p + 33:p + 33 + nl]
        if nm not in (b'\0', b'\1'):
            out.append((nm.decode('utf-16-be').rsplit(';', 1)[0], img[ext * S:ext * S + size]))
        p += ln
    return out


# ------------------------------------------------------------------ iCalendar
def ics_fold(lines):
    out = []
    for l in lines:
        b = l.encode('utf-8')
        first = True
        while len(b) > (75 if first else 74):
            n = 75 if first else 74
            while (b[n] & 0xC0) == 0x80:
                n -= 1
            out.append((b'' if first else b' ') + b[:n])
            b = b[n:]
            first = False
        out.append((b'' if first else b' ') + b)
    return b'\r\n'.join(out) + b'\r\n'


def ics_text(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
