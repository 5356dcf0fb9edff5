"""Deterministic containers: ZIP (stored/deflated, optional traditional
PKWARE encryption), OOXML (XLSX/DOCX), ISO 9660 images with Joliet names."""
import struct
import zlib
from xml.sax.saxutils import escape as xesc

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)


def _crc_upd(crc, b):
    return (crc >> 8) ^ _CRC_TABLE[(crc ^ b) & 0xff]


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._update(b)

    def _update(self, b):
        k = self.k
        k[0] = _crc_upd(k[0], b)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _crc_upd(k[2], k[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self._update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, rng=None, password=None, name_encoding='utf-8', comment=b'',
             version_made=0x031e, compress=True):
    """files: list of (name, bytes, (Y, M, D, h, m, s)). Returns zip bytes.
    name_encoding: 'utf-8' sets the UTF-8 flag; e.g. 'cp866' mimics Windows
    Explorer archives made on Russian systems."""
    out = bytearray()
    central = bytearray()
    for name, data, dt in files:
        is_dir = name.endswith('/')
        fname = name.encode(name_encoding)
        flags = 0
        if name_encoding == 'utf-8' and any(ord(c) > 127 for c in name):
            flags |= 0x800
        crc = zlib.crc32(data) & 0xffffffff
        if compress and data and not is_dir:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            body = co.compress(data) + co.flush()
            method = 8
            flags |= 0x2  # max compression
        else:
            body = data
            method = 0
        if password is not None and not is_dir:
            flags |= 0x1
            zc = _ZipCrypto(password)
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            body = zc.encrypt(hdr + body)
        t, d = _dos(dt)
        local = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, t, d, crc,
                            len(body), len(data), len(fname), 0) + fname
        off = len(out)
        out += local + body
        ext_attr = (0o40755 << 16 | 0x10) if is_dir else (0o100644 << 16)
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, version_made, 20, flags, method, t, d,
                               crc, len(body), len(data), len(fname), 0, 0, 0, 0, ext_attr, off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off,
                       len(comment)) + comment
    return bytes(out)


# ------------------------------------------------------------------ OOXML --
_CT_XLSX = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            '</Types>')

_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>'
         '</Relationships>')


def _core(title, creator, modified_by, created, modified):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (xesc(title), xesc(creator), xesc(modified_by), created, modified))


def _app(appname, company):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<Company>%s</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
            % (xesc(appname), xesc(company)))


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet_name='Sheet1', title='', creator='', company='', created='2026-11-02T08:00:00Z',
              modified=None, col_widths=None, bold_rows=()):
    """rows: list of lists; str -> shared string, int/float -> number, None -> empty."""
    modified = modified or created
    strings, sidx = [], {}
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            if v is None or v == '':
                continue
            ref = '%s%d' % (_col(c), r)
            st = ' s="1"' if r - 1 in bold_rows else ''
            if isinstance(v, str):
                if v not in sidx:
                    sidx[v] = len(strings)
                    strings.append(v)
                cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, st, sidx[v]))
            else:
                num = ('%.2f' % v).rstrip('0').rstrip('.') if isinstance(v, float) else str(v)
                st = ' s="2"' if isinstance(v, float) else st
                cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, num))
        sheet_rows.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    cols = ''
    if col_widths:
        cols = '<cols>' + ''.join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w)
                                  for i, w in enumerate(col_widths)) + '</cols>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<dimension ref="A1:%s%d"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
             '<sheetFormatPr defaultRowHeight="15"/>%s<sheetData>%s</sheetData>'
             '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
             % (_col(max(len(r) for r in rows) - 1), len(rows), cols, ''.join(sheet_rows)))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(strings), len(strings), ''.join('<si><t xml:space="preserve">%s</t></si>' % xesc(s) for s in strings)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet_name))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    dt = (1980, 1, 1, 0, 0, 0)
    files = [('[Content_Types].xml', _CT_XLSX.encode(), dt),
             ('_rels/.rels', (_RELS % 'xl/workbook.xml').encode(), dt),
             ('docProps/app.xml', _app('Microsoft Excel', company).encode(), dt),
             ('docProps/core.xml', _core(title, creator, creator, created, modified).encode(), dt),
             ('xl/workbook.xml', wb.encode(), dt),
             ('xl/_rels/workbook.xml.rels', wbrels.encode(), dt),
             ('xl/styles.xml', styles.encode(), dt),
             ('xl/sharedStrings.xml', sst.encode(), dt),
             ('xl/worksheets/sheet1.xml', sheet.encode(), dt)]
    return make_zip(files, version_made=0x0014)


def make_docx(paragraphs, title='', creator='', company='', created='2026-11-02T08:00:00Z', modified=None):
    """paragraphs: list of str or (str, {'bold':True,'size':28,'center':True})."""
    modified = modified or created
    body = []
    for p in paragraphs:
        opts = {}
        if isinstance(p, tuple):
            p, opts = p
        ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if opts.get('center') else ''
        rpr = ''
        if opts.get('bold') or opts.get('size'):
            rpr = '<w:rPr>%s%s</w:rPr>' % ('<w:b/>' if opts.get('bold') else '',
                                          '<w:sz w:val="%d"/>' % opts['size'] if opts.get('size') else '')
        body.append('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, xesc(p)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % ''.join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    dt = (1980, 1, 1, 0, 0, 0)
    files = [('[Content_Types].xml', ct.encode(), dt),
             ('_rels/.rels', (_RELS % 'word/document.xml').encode(), dt),
             ('docProps/app.xml', _app('Microsoft Office Word', company).encode(), dt),
             ('docProps/core.xml', _core(title, creator, creator, created, modified).encode(), dt),
             ('word/document.xml', doc.encode(), dt)]
    return make_zip(files, version_made=0x0014)


# -------------------------------------------------------------- ISO 9660 --
def _b16(v):
    return struct.pack('<H', v) + struct.pack('>H', v)


def _b32(v):
    return struct.pack('<I', v) + struct.pack('>I', v)


def _dirdate(dt):
    y, mo, d, h, mi, s = dt
    return bytes([y - 1900, mo, d, h, mi, s, 0])


def _voldate(dt):
    y, mo, d, h, mi, s = dt
    return b'%04d%02d%02d%02d%02d%02d00' % (y, mo, d, h, mi, s) + b'\x00'


def _dirrec(ident, extent, size, dt, is_dir):
    ln = 33 + len(ident) + (1 if len(ident) % 2 == 0 else 0)
    r = (bytes([ln, 0]) + _b32(extent) + _b32(size) + _dirdate(dt) + bytes([2 if is_dir else 0, 0, 0])
         + _b16(1) + bytes([len(ident)]) + ident)
    if len(ident) % 2 == 0:
        r += b'\x00'
    return r


def make_iso(files, volume_id, dt, app_id='', system_id='WIN32'):
    """files: list of (short 8.3 name, long name, bytes). Joliet + ISO level 1."""
    SEC = 2048
    first_file = 25
    loc = first_file
    placed = []
    for short, long_, data in files:
        placed.append((short, long_, data, loc))
        loc += max(1, (len(data) + SEC - 1) // SEC)
    total = loc

    def root_dir(joliet):
        ext = 24 if joliet else 23
        recs = _dirrec(b'\x00', ext, SEC, dt, True) + _dirrec(b'\x01', ext, SEC, dt, True)
        for short, long_, data, l in sorted(placed, key=lambda t: t[1] if joliet else t[0]):
            ident = (long_ + ';1').encode('utf-16-be') if joliet else (short + ';1').encode('ascii')
            recs += _dirrec(ident, l, len(data), dt, False)
        assert len(recs) <= SEC
        return recs.ljust(SEC, b'\x00')

    def vd(joliet):
        t = 2 if joliet else 1
        if joliet:
            sid = system_id.encode('utf-16-be').ljust(32, b'\x00')[:32]
            vid = volume_id.encode('utf-16-be')[:32].ljust(32, b'\x00')
            pad = lambda s, n: (s.encode('utf-16-be') if s else b'\x00\x20' * (n // 2))[:n].ljust(n, b'\x00')
            esc = b'%/E'.ljust(32, b'\x00')
            ptl, ptm = 21, 22
            root = _dirrec(b'\x00', 24, SEC, dt, True)
        else:
            sid = system_id.encode().ljust(32)
            vid = volume_id.upper().encode().ljust(32)
            pad = lambda s, n: s.upper().encode().ljust(n)
            esc = b'\x00' * 32
            ptl, ptm = 19, 20
            root = _dirrec(b'\x00', 23, SEC, dt, True)
        d = (bytes([t]) + b'CD001' + b'\x01\x00' + sid + vid + b'\x00' * 8 + _b32(total) + esc
             + _b16(1) + _b16(1) + _b16(SEC) + _b32(10) + struct.pack('<I', ptl) + b'\x00' * 4
             + struct.pack('>I', ptm) + b'\x00' * 4 + root
             + pad('', 128) + pad('', 128) + pad('', 128) + pad(app_id, 128)
             + pad('', 37)[:37] + pad('', 37)[:37] + pad('', 37)[:37]
             + _voldate(dt) + _voldate(dt) + b'0' * 16 + b'\x00' + _voldate(dt) + b'\x01\x00')
        assert len(d) == 883, len(d)
        return d.ljust(SEC, b'\x00')

    def ptable(extent, big):
        f = '>' if big else '<'
        return (bytes([1, 0]) + struct.pack(f + 'I', extent) + struct.pack(f + 'H', 1) + b'\x00\x00').ljust(SEC, b'\x00')

    out = bytearray(b'\x00' * 16 * SEC)
    out += vd(False)
    out += vd(True)
    out += (b'\xffCD001\x01').ljust(SEC, b'\x00')
    out += ptable(23, False) + ptable(23, True) + ptable(24, False) + ptable(24, True)
    out += root_dir(False) + root_dir(True)
    for short, long_, data, l in placed:
        assert len(out) == l * SEC
        n = max(1, (len(data) + SEC - 1) // SEC)
        out += data.ljust(n * SEC, b'\x00')
    assert len(out) == total * SEC
    return bytes(out)


def read_iso_joliet(data):
    """Return {long name: bytes} from the Joliet root directory."""
    SEC = 2048
    s = 16
    root = None
    while True:
        vdsc = data[s * SEC:(s + 1) * SEC]
        assert vdsc[1:6] == b'CD001', 'not ISO 9660'
        if vdsc[0] == 255:
            break
        if vdsc[0] == 2 and vdsc[88:91] in (b'%/@', b'%/C', b'%/E'):
            root = vdsc[156:190]
        s += 1
    assert root, 'no Joliet SVD'
    ext = struct.unpack('<I', root[2:6])[0]
    ln = struct.unpack('<I', root[10:14])[0]
    d = data[ext * SEC:ext * SEC + ln]
    out = {}
    p = 0
    while p < len(d) and d[p]:
        rl = d[p]
        e = struct.unpack('<I', d[p + 2:p + 6])[0]
        sz = struct.unpack('<I', d[p + 10:p + 14])[0]
        nl = d[p + 32]
        ident = d[p + 33:p + 33 + nl]
        if ident not in (b'\x00', b'\x01'):
            out[ident.decode('utf-16-be').rsplit(';', 1)[0]] = data[e * SEC:e * SEC + sz]
        p += rl
    return out
