"""Deterministic ZIP (plain and ZipCrypto-encrypted), OOXML (DOCX/XLSX) and ISO 9660 writers."""
import struct
import zlib
from xml.sax.saxutils import escape


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


_CRCTAB = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_upd(crc, b):
    return _CRCTAB[(crc ^ b) & 0xff] ^ (crc >> 8)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._upd(c)

    def _upd(self, c):
        k = self.k
        k[0] = _crc_upd(k[0], c)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _crc_upd(k[2], (k[1] >> 24) & 0xff)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            ks = ((t * (t ^ 1)) >> 8) & 0xff
            out.append(p ^ ks)
            self._upd(p)
        return bytes(out)


def build_zip(entries, password=None, rng=None, made_by=0x031E, comment=b''):
    """entries: list of (name, data bytes, (y,mo,d,h,mi,s)).  Returns ZIP bytes."""
    out = bytearray()
    central = bytearray()
    for name, data, dt in entries:
        t, d = _dos_time(dt)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        flags = 0
        nb = name.encode('utf-8')
        if any(c > 127 for c in nb):
            flags |= 0x800
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode('utf-8'))
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xff])
            comp = zc.enc(hdr) + zc.enc(comp)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, t, d, crc, len(comp), len(data), len(nb), 0) + nb + comp
        ext_attr = (0o100644 << 16) if (made_by >> 8) == 3 else 0x20
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, made_by, 20, flags, method, t, d, crc, len(comp),
                               len(data), len(nb), 0, 0, 0, 0, ext_attr, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries), len(central), cd_off, len(comment)) + comment
    return bytes(out)


# ------------------------------------------------------------------ OOXML
def _core(title, creator, dt_iso, last_by=None):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(title), escape(creator), escape(last_by or creator), dt_iso, dt_iso)).encode('utf-8')


def _app(app):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>' % escape(app)).encode('utf-8')


def docx(paragraphs, title='', creator='', dt=(2026, 10, 1, 9, 0, 0), app='Microsoft Office Word'):
    """paragraphs: list of str or (style, text) with style in {'b','h1','h2','p','table'};
    a 'table' item carries a list of rows (list of str)."""
    body = []
    for p in paragraphs:
        if isinstance(p, str):
            p = ('p', p)
        style, content = p
        if style == 'table':
            rows = []
            for ri, row in enumerate(content):
                cells = ''.join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                                % (9000 // len(row), '<w:rPr><w:b/></w:rPr>' if ri == 0 else '', escape(c)) for c in row)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl>' % ''.join(rows))
            continue
        ppr = ''
        rpr = ''
        if style == 'h1':
            ppr = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
        elif style == 'h2':
            ppr = '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'
        elif style == 'b':
            rpr = '<w:rPr><w:b/></w:rPr>'
        body.append('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(content)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % ''.join(body)).encode('utf-8')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
              '<w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>').encode('utf-8')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>').encode('utf-8')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>').encode('utf-8')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '</Relationships>').encode('utf-8')
    iso = '%04d-%02d-%02dT%02d:%02d:00Z' % dt[:5]
    z = (1980, 1, 1, 0, 0, 0)
    return build_zip([('[Content_Types].xml', ct, z), ('_rels/.rels', rels, z), ('word/document.xml', doc, z),
                      ('word/_rels/document.xml.rels', wrels, z), ('word/styles.xml', styles, z),
                      ('docProps/core.xml', _core(title, creator, iso), z), ('docProps/app.xml', _app(app), z)],
                     made_by=0x0014)


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title='', creator='', dt=(2026, 10, 1, 9, 0, 0), app='Microsoft Excel'):
    """sheets: list of (name, rows, col_widths) ; a cell is str, int/float, or ('b', value) for bold."""
    shared = []
    sidx = {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(shared)
            shared.append(s)
        return sidx[s]
    sheet_xml = []
    for name, rows, widths in sheets:
        rx = []
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r + 1)
                style = 0
                if isinstance(v, tuple):
                    style, v = {'b': 1, 'm': 2, 'bm': 3, 'd': 4}[v[0]], v[1]
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, ' s="%d"' % style if style else '', repr(v) if isinstance(v, float) else str(v)))
                else:
                    cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, ' s="%d"' % style if style else '', si(v)))
            rx.append('<row r="%d">%s</row>' % (r + 1, ''.join(cells)))
        cols = ''
        if widths:
            cols = '<cols>%s</cols>' % ''.join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w) for i, w in enumerate(widths))
        sheet_xml.append(('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                          '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                          '%s<sheetData>%s</sheetData><pageMargins left="0.7" right="0.7" top="0.78740157499999996" '
                          'bottom="0.78740157499999996" header="0.3" footer="0.3"/></worksheet>' % (cols, ''.join(rx))).encode('utf-8'))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(shared), len(shared), ''.join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in shared))).encode('utf-8')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>'
              '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>').encode('utf-8')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>%s</sheets></workbook>'
          % ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(s[0]), i + 1, i + 1) for i, s in enumerate(sheets))).encode('utf-8')
    n = len(sheets)
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
             '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
             '</Relationships>' % (''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n)), n + 1, n + 2)).encode('utf-8')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>' % ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))).encode('utf-8')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>').encode('utf-8')
    iso = '%04d-%02d-%02dT%02d:%02d:00Z' % dt[:5]
    z = (1980, 1, 1, 0, 0, 0)
    ents = [('[Content_Types].xml', ct, z), ('_rels/.rels', rels, z), ('xl/workbook.xml', wb, z),
            ('xl/_rels/workbook.xml.rels', wrels, z), ('xl/styles.xml', styles, z), ('xl/sharedStrings.xml', sst, z)]
    for i, sx in enumerate(sheet_xml):
        ents.append(('xl/worksheets/sheet%d.xml' % (i + 1), sx, z))
    ents += [('docProps/core.xml', _core(title, creator, iso), z), ('docProps/app.xml', _app(app), z)]
    return build_zip(ents, made_by=0x0014)


# ------------------------------------------------------------------ ISO 9660
def _both16(v):
    return struct.pack('<H', v) + struct.pack('>H', v)


def _both32(v):
    return struct.pack('<I', v) + struct.pack('>I', v)


def _dirrec(name, extent, size, flags, dt):
    y, mo, d, h, mi, s = dt
    rec = struct.pack('<BB', 0, 0) + _both32(extent) + _both32(size) + bytes([y - 1900, mo, d, h, mi, s, 0]) \
        + bytes([flags, 0, 0]) + _both16(1) + bytes([len(name)]) + name
    if len(rec) % 2:
        rec += b'\x00'
    return bytes([len(rec)]) + rec[1:]


def iso9660(volume_id, files, dt=(2026, 11, 1, 10, 0, 0)):
    """files: list of (NAME.EXT, bytes).  Minimal single-directory ISO 9660 image."""
    SEC = 2048
    first_file = 21
    extents = []
    cur = first_file
    for name, data in files:
        extents.append(cur)
        cur += max(1, (len(data) + SEC - 1) // SEC)
    total = cur
    root = _dirrec(b'\x00', 20, SEC, 2, dt) + _dirrec(b'\x01', 20, SEC, 2, dt)
    for (name, data), ext in zip(files, extents):
        root += _dirrec((name + ';1').encode('ascii'), ext, len(data), 0, dt)
    root = root.ljust(SEC, b'\x00')
    pt_l = struct.pack('<BBIH', 1, 0, 20, 1) + b'\x00\x00'
    pt_m = struct.pack('>BBIH', 1, 0, 20, 1) + b'\x00\x00'
    ds = '%04d%02d%02d%02d%02d%02d00' % dt
    dtf = ds.encode() + b'\x00'
    pvd = bytearray(SEC)
    pvd[0] = 1
    pvd[1:6] = b'CD001'
    pvd[6] = 1
    pvd[8:40] = b' ' * 32
    pvd[40:72] = volume_id.encode('ascii').ljust(32)
    pvd[80:88] = _both32(total)
    pvd[120:124] = _both16(1)
    pvd[124:128] = _both16(1)
    pvd[128:132] = _both16(SEC)
    pvd[132:140] = _both32(len(pt_l) - 2)
    pvd[140:144] = struct.pack('<I', 18)
    pvd[148:152] = struct.pack('>I', 19)
    pvd[156:190] = _dirrec(b'\x00', 20, SEC, 2, dt)
    pvd[190:318] = b' ' * 128
    pvd[318:446] = b' ' * 128
    pvd[446:574] = b' ' * 128
    pvd[574:702] = b'IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!'.ljust(128)
    pvd[702:813] = b' ' * 111
    pvd[813:830] = dtf
    pvd[830:847] = dtf
    pvd[847:864] = b'0' * 16 + b'\x00'
    pvd[864:881] = b'0' * 16 + b'\x00'
    pvd[881] = 1
    term = bytearray(SEC)
    term[0] = 255
    term[1:6] = b'CD001'
    term[6] = 1
    img = bytearray(16 * SEC) + pvd + term + pt_l.ljust(SEC, b'\x00') + pt_m.ljust(SEC, b'\x00') + root
    for (name, data), ext in zip(files, extents):
        assert len(img) == ext * SEC
        img += data + b'\x00' * ((-len(data)) % SEC or (SEC if not data else 0))
    return bytes(img)


def iso_list(img):
    """Read back the root directory of an ISO made by iso9660()."""
    SEC = 2048
    assert img[16 * SEC + 1:16 * SEC + 6] == b'CD001'
    rootrec = img[16 * SEC + 156:16 * SEC + 190]
    ext = struct.unpack('<I', rootrec[2:6])[0]
    size = struct.unpack('<I', rootrec[10:14])[0]
    d = img[ext * SEC: ext * SEC + size]
    p = 0
    out = []
    while p < len(d) and d[p]:
        ln = d[p]
        rec = d[p:p + ln]
        e = struct.unpack('<I', rec[2:6])[0]
        sz = struct.unpack('<I', rec[10:14])[0]
        nl = rec[32]
        name = rec[33:33 + nl]
        if name not in (b'\x00', b'\x01'):
            out.append((name.decode('ascii'), img[e * SEC:e * SEC + sz]))
        p += ln
    return out
