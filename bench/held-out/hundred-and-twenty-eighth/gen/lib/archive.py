"""Deterministic ZIP (plain and PKWARE ZipCrypto), OOXML (XLSX/DOCX) and a
minimal ISO 9660 image writer.  Standard library only."""
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

# ---------------------------------------------------------------- ZIP

def make_zip(files, date_time=(2026, 10, 1, 12, 0, 0), compress=True, create_system=0):
    """files: list of (name, bytes) or (name, bytes, date_time)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for f in files:
            name, data = f[0], f[1]
            dt = f[2] if len(f) > 2 else date_time
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.create_system = create_system
            zi.external_attr = 0x20 if create_system == 0 else (0o100644 << 16)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            z.writestr(zi, data)
    return buf.getvalue()


def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRC = _crc_table()


class _ZipCrypto:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self._update(b)

    def _crc(self, c, b):
        return (c >> 8) ^ _CRC[(c ^ b) & 0xFF]

    def _update(self, b):
        self.k0 = self._crc(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self._crc(self.k2, (self.k1 >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            t = (self.k2 | 2) & 0xFFFF
            k = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(b ^ k)
            self._update(b)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zipcrypto(files, password, rng, date_time=(2026, 10, 1, 12, 0, 0)):
    """PKWARE traditional encryption, deflate, as written by 7-Zip/WinRAR."""
    pwd = password.encode('utf-8')
    out = bytearray()
    central = bytearray()
    for name, data in files:
        nb = name.encode('utf-8')
        flags = 0x0001 | (0x0800 if any(c > 127 for c in nb) else 0)
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        crc = zlib.crc32(data) & 0xFFFFFFFF
        header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = _ZipCrypto(pwd).encrypt(header + comp)
        t, d = _dos_time(date_time)
        local_off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, t, d, crc, len(enc), len(data), len(nb), 0)
        out += nb + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, t, d, crc, len(enc), len(data),
                               len(nb), 0, 0, 0, 0, 0x20, local_off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


# ---------------------------------------------------------------- OOXML

def _core(creator, modified_by, created, title=''):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            + ('<dc:title>%s</dc:title>' % escape(title) if title else '')
            + '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(creator), escape(modified_by), created, created)).encode('utf-8')


def _app(application='Microsoft Excel', company=''):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<Company>%s</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
            % (escape(application), escape(company))).encode('utf-8')


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, creator='', company='', created='2026-10-01T08:00:00Z', date_time=(2026, 10, 1, 8, 0, 0)):
    """sheets: list of (name, rows, col_widths); rows: list of lists; a cell is
    str, int, float, None or ('b', value) for bold, ('n2', value) for 0.00 format."""
    strings = []
    sidx = {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]
    sheet_xml = []
    for name, rows, widths in sheets:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet '
               'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               '<dimension ref="A1:%s%d"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
               '<sheetFormatPr defaultRowHeight="15"/>' % (_col(max(len(r) for r in rows) - 1), len(rows))]
        if widths:
            out.append('<cols>' + ''.join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w)
                                          for i, w in enumerate(widths)) + '</cols>')
        out.append('<sheetData>')
        for ri, row in enumerate(rows, 1):
            out.append('<row r="%d">' % ri)
            for ci, cell in enumerate(row):
                ref = '%s%d' % (_col(ci), ri)
                style = 0
                if isinstance(cell, tuple):
                    style = {'b': 1, 'n2': 2, 'd': 3, 'bn2': 4}[cell[0]]
                    cell = cell[1]
                if cell is None or cell == '':
                    continue
                st = ' s="%d"' % style if style else ''
                if isinstance(cell, str):
                    out.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, st, si(cell)))
                else:
                    out.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(cell) if isinstance(cell, float) else cell))
            out.append('</row>')
        out.append('</sheetData><pageMargins left="0.7" right="0.7" top="0.78740157499999996" '
                   'bottom="0.78740157499999996" header="0.3" footer="0.3"/></worksheet>')
        sheet_xml.append(''.join(out).encode('utf-8'))
    n = len(sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>'
          + ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(s[0]), i + 1, i + 1) for i, s in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1)
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2)
              + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="4" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
           % (len(strings), len(strings)) + ''.join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in strings) + '</sst>')
    files = [('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
             ('docProps/app.xml', _app('Microsoft Excel', company)),
             ('docProps/core.xml', _core(creator, creator, created)),
             ('xl/workbook.xml', wb.encode('utf-8')), ('xl/_rels/workbook.xml.rels', wbrels.encode()),
             ('xl/styles.xml', styles.encode())]
    for i, sx in enumerate(sheet_xml):
        files.append(('xl/worksheets/sheet%d.xml' % (i + 1), sx))
    files.append(('xl/sharedStrings.xml', sst.encode('utf-8')))
    return make_zip(files, date_time=(1980, 1, 1, 0, 0, 0))


def docx(blocks, creator='', company='', created='2026-10-01T08:00:00Z', title=''):
    """blocks: list of ('p', text) | ('b', text) | ('h', text) | ('t', rows) | ('small', text)."""
    body = []
    for kind, val in blocks:
        if kind == 't':
            rows = ''.join('<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                                              % ('<w:rPr><w:b/></w:rPr>' if ri == 0 else '', escape(str(c))) for c in r) + '</w:tr>'
                           for ri, r in enumerate(val))
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>' + rows + '</w:tbl>')
            continue
        ppr = {'h': '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', 'title': '<w:pPr><w:pStyle w:val="Title"/></w:pPr>'}.get(kind, '')
        rpr = {'b': '<w:rPr><w:b/></w:rPr>', 'small': '<w:rPr><w:sz w:val="16"/></w:rPr>'}.get(kind, '')
        body.append('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(val)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' + ''.join(body)
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" '
           'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    files = [('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
             ('docProps/app.xml', _app('Microsoft Office Word', company)),
             ('docProps/core.xml', _core(creator, creator, created, title)),
             ('word/document.xml', doc.encode('utf-8')), ('word/_rels/document.xml.rels', docrels.encode()),
             ('word/styles.xml', styles.encode())]
    return make_zip(files, date_time=(1980, 1, 1, 0, 0, 0))


def ooxml_text(data):
    """Extract visible text from an XLSX or DOCX (verification)."""
    import re
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    out = []
    for n in names:
        if n.endswith('.xml') and (n.startswith('word/document') or n.startswith('xl/sharedStrings') or n.startswith('xl/worksheets/')):
            x = z.read(n).decode('utf-8')
            import xml.dom.minidom
            xml.dom.minidom.parseString(x)  # well-formed
            out.extend(re.findall(r'<(?:w:t|t)(?: [^>]*)?>([^<]*)</(?:w:t|t)>', x))
    from xml.sax.saxutils import unescape
    return '\n'.join(unescape(t) for t in out)


# ---------------------------------------------------------------- ISO 9660

def _both16(v):
    return struct.pack('<H', v) + struct.pack('>H', v)


def _both32(v):
    return struct.pack('<I', v) + struct.pack('>I', v)


def _dirrec(name, extent, size, flags, dt):
    nb = name
    rec = (struct.pack('<BB', 0, 0) + _both32(extent) + _both32(size)
           + struct.pack('<BBBBBBb', dt[0] - 1900, dt[1], dt[2], dt[3], dt[4], dt[5], 0)
           + struct.pack('<BBB', flags, 0, 0) + _both16(1) + struct.pack('<B', len(nb)) + nb)
    if len(rec) % 2:
        rec += b'\0'
    return bytes([len(rec)]) + rec[1:]


def iso9660(files, volume_id='CDROM', dt=(2026, 10, 1, 12, 0, 0), application=''):
    """files: list of (ISO_NAME;1 style name, bytes). Single root directory."""
    S = 2048
    root_lba = 20
    first_file = 21
    extents = []
    lba = first_file
    for name, data in files:
        extents.append(lba)
        lba += max(1, (len(data) + S - 1) // S)
    total = lba
    recs = _dirrec(b'\0', root_lba, S, 2, dt) + _dirrec(b'\1', root_lba, S, 2, dt)
    for (name, data), ext in zip(files, extents):
        recs += _dirrec(name.encode('ascii'), ext, len(data), 0, dt)
    assert len(recs) <= S
    root_dir = recs.ljust(S, b'\0')

    def dstr(t):
        return ('%04d%02d%02d%02d%02d%02d00' % t).encode() + b'\0'
    pt_l = struct.pack('<BBIH', 1, 0, root_lba, 1) + b'\0\0'
    pt_m = struct.pack('>BBIH', 1, 0, root_lba, 1) + b'\0\0'
    pvd = (b'\x01CD001\x01\x00' + b' ' * 32 + volume_id.ljust(32).encode() + b'\0' * 8 + _both32(total)
           + b'\0' * 32 + _both16(1) + _both16(1) + _both16(S) + _both32(len(pt_l))
           + struct.pack('<I', 18) + struct.pack('<I', 0) + struct.pack('>I', 19) + struct.pack('>I', 0)
           + _dirrec(b'\0', root_lba, S, 2, dt)
           + b' ' * 128 + b' ' * 128 + b' ' * 128 + application.ljust(128).encode()
           + b' ' * 37 + b' ' * 37 + b' ' * 37
           + dstr(dt) + dstr(dt) + b'0' * 16 + b'\0' + dstr(dt) + b'\x01\x00')
    pvd = pvd.ljust(S, b'\0')
    term = (b'\xffCD001\x01').ljust(S, b'\0')
    img = bytearray(b'\0' * S * 16)
    img += pvd + term + pt_l.ljust(S, b'\0') + pt_m.ljust(S, b'\0') + root_dir
    for name, data in files:
        img += data.ljust(max(1, (len(data) + S - 1) // S) * S, b'\0')
    assert len(img) == total * S
    return bytes(img)


def iso9660_list(img):
    S = 2048
    assert img[S * 16:S * 16 + 6] == b'\x01CD001', 'no PVD'
    root = img[S * 16 + 156:S * 16 + 156 + 34]
    lba = struct.unpack('<I', root[2:6])[0]
    size = struct.unpack('<I', root[10:14])[0]
    d = img[lba * S:lba * S + size]
    p = 0
    out = []
    while p < len(d) and d[p]:
        ln = d[p]
        ext = struct.unpack('<I', d[p + 2:p + 6])[0]
        sz = struct.unpack('<I', d[p + 10:p + 14])[0]
        nl = d[p + 32]
        name = d[p + 33:p + 33 + nl]
        if name not in (b'\0', b'\1'):
            out.append((name.decode('ascii'), img[ext * S:ext * S + sz]))
        p += ln
    return out
