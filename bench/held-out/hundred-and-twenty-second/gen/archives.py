"""ZIP (plain and PKWARE traditional encryption), minimal XLSX/DOCX packages, ISO 9660 + Joliet images.
Everything is deterministic: fixed timestamps, fixed ordering, random bytes from the caller's rng."""
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

# ------------------------------------------------------------------ plain ZIP
def make_zip(files, date_time, comment=b''):
    """files: list of (name, bytes) or (name, bytes, date_time)."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for f in files:
            name, data = f[0], f[1]
            dt = f[2] if len(f) > 2 else date_time
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            z.writestr(zi, data, compresslevel=9)
        z.comment = comment
    return bio.getvalue()


# ------------------------------------------------------------------ ZipCrypto
_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC.append(_c)


def _crc_byte(crc, b):
    return _CRC[(crc ^ b) & 0xff] ^ (crc >> 8)


class _Keys:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self.update(c)

    def update(self, c):
        k0, k1, k2 = self.k
        k0 = _crc_byte(k0, c)
        k1 = ((k1 + (k0 & 0xff)) * 134775813 + 1) & 0xffffffff
        k2 = _crc_byte(k2, (k1 >> 24) & 0xff)
        self.k = [k0, k1, k2]

    def stream_byte(self):
        t = (self.k[2] | 2) & 0xffff
        return ((t * (t ^ 1)) >> 8) & 0xff

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream_byte())
            self.update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip_encrypted(files, password, date_time, rng):
    pwd = password.encode('utf-8')
    out = bytearray()
    central = bytearray()
    for name, data in files:
        nb = name.encode('utf-8')
        flags = 0x0001 | (0x0800 if any(c > 127 for c in nb) else 0)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        keys = _Keys(pwd)
        header = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([(crc >> 24) & 0xff])
        enc = keys.encrypt(header) + keys.encrypt(comp)
        t, d = _dos_time(date_time)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, t, d, crc, len(enc), len(data), len(nb), 0)
        out += nb + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, t, d, crc, len(enc),
                               len(data), len(nb), 0, 0, 0, 0, 0x20, off)
        central += nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


# ------------------------------------------------------------------ OOXML
CT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def _core(title, creator, modified_by, created_iso, company=None):
    return (CT_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(title), escape(creator), escape(modified_by), created_iso, created_iso))


def _app(app, company):
    return (CT_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<Company>%s</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
            % (escape(app), escape(company or '')))


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, date_time, title='', creator='', company='', created_iso='2026-11-02T08:00:00Z'):
    """sheets: list of (name, rows, col_widths). Cell: str, int/float, or ('b', str) bold, ('n', float) 2dp."""
    ct = (CT_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    for i in range(len(sheets)):
        ct += ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct += ('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = (CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = (CT_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>')
    wbr = CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    for i, s in enumerate(sheets):
        wb += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(s[0]), i + 1, i + 1)
        wbr += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
    wb += '</sheets></workbook>'
    wbr += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>' % (len(sheets) + 1))
    styles = (CT_HEAD + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    files = [('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
             ('docProps/app.xml', _app('Microsoft Excel', company).encode()),
             ('docProps/core.xml', _core(title, creator, creator, created_iso).encode()),
             ('xl/workbook.xml', wb.encode()), ('xl/_rels/workbook.xml.rels', wbr.encode()),
             ('xl/styles.xml', styles.encode())]
    for i, s in enumerate(sheets):
        name, rows = s[0], s[1]
        widths = s[2] if len(s) > 2 else None
        x = (CT_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')
        if widths:
            x += '<cols>' + ''.join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (j + 1, j + 1, w)
                                    for j, w in enumerate(widths)) + '</cols>'
        x += '<sheetData>'
        for r, row in enumerate(rows):
            x += '<row r="%d">' % (r + 1)
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r + 1)
                if v is None or v == '':
                    continue
                if isinstance(v, tuple) and v[0] == 'b':
                    x += '<c r="%s" s="1" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, escape(v[1]))
                elif isinstance(v, tuple) and v[0] == 'n':
                    x += '<c r="%s" s="2"><v>%s</v></c>' % (ref, repr(float(v[1])))
                elif isinstance(v, (int, float)):
                    x += '<c r="%s"><v>%s</v></c>' % (ref, v)
                else:
                    x += '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, escape(str(v)))
            x += '</row>'
        x += '</sheetData></worksheet>'
        files.append(('xl/worksheets/sheet%d.xml' % (i + 1), x.encode()))
    return make_zip(files, date_time)


def make_docx(paragraphs, date_time, title='', creator='', company='', created_iso='2026-11-02T08:00:00Z',
              remote_template=None):
    """paragraphs: list of str or ('b', str) or ('h', str)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    ct = (CT_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = (CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = ''
    for p in paragraphs:
        if isinstance(p, tuple):
            kind, t = p
            rpr = '<w:rPr><w:b/>%s</w:rPr>' % ('<w:sz w:val="28"/>' if kind == 'h' else '')
        else:
            t, rpr = p, ''
        body += '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(t))
    doc = (CT_HEAD + '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % (W, R, body))
    drels = (CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>')
    settings = CT_HEAD + '<w:settings xmlns:w="%s" xmlns:r="%s"><w:zoom w:percent="100"/>' % (W, R)
    if remote_template:
        settings += '<w:attachedTemplate r:id="rId1"/>'
    settings += '<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/></w:settings>'
    files = [('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
             ('docProps/app.xml', _app('Microsoft Office Word', company).encode()),
             ('docProps/core.xml', _core(title, creator, creator, created_iso).encode()),
             ('word/document.xml', doc.encode()), ('word/_rels/document.xml.rels', drels.encode()),
             ('word/settings.xml', settings.encode())]
    if remote_template:
        srels = (CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
                 'Target="%s" TargetMode="External"/></Relationships>' % escape(remote_template))
        files.append(('word/_rels/settings.xml.rels', srels.encode()))
    return make_zip(files, date_time)


# ------------------------------------------------------------------ ISO 9660 + Joliet
SEC = 2048


def _both32(v):
    return struct.pack('<I', v) + struct.pack('>I', v)


def _both16(v):
    return struct.pack('<H', v) + struct.pack('>H', v)


def _pad(s, n, fill=b' '):
    return s[:n] + fill * (n - len(s[:n]))


def _dirrec(ident, extent, size, dt, isdir):
    y, mo, d, h, mi, s = dt
    rec = bytearray()
    rec += bytes([0, 0]) + _both32(extent) + _both32(size)
    rec += bytes([y - 1900, mo, d, h, mi, s, 4])  # +01:00 in 15 min units
    rec += bytes([2 if isdir else 0, 0, 0]) + _both16(1) + bytes([len(ident)]) + ident
    if len(ident) % 2 == 0:
        rec += b'\x00'
    rec[0] = len(rec)
    return bytes(rec)


def _voldate(dt):
    y, mo, d, h, mi, s = dt
    return ('%04d%02d%02d%02d%02d%02d00' % (y, mo, d, h, mi, s)).encode() + bytes([4])


def make_iso(files, volume_id, date_time, app_id='', preparer=''):
    """files: list of (short83, long_name, bytes)."""
    n = len(files)
    root_p, root_j = 23, 24
    first_file = 25
    extents = []
    cur = first_file
    for _, _, data in files:
        extents.append(cur)
        cur += max(1, (len(data) + SEC - 1) // SEC)
    total = cur

    def dirdata(joliet):
        root = root_j if joliet else root_p
        d = _dirrec(b'\x00', root, SEC, date_time, True) + _dirrec(b'\x01', root, SEC, date_time, True)
        for (short, long, data), ext in zip(files, extents):
            ident = (long + ';1').encode('utf-16-be') if joliet else (short + ';1').encode('ascii')
            d += _dirrec(ident, ext, len(data), date_time, False)
        return _pad(d, SEC, b'\x00')

    def ptable(root, big):
        loc = struct.pack('>I', root) if big else struct.pack('<I', root)
        par = struct.pack('>H', 1) if big else struct.pack('<H', 1)
        return _pad(bytes([1, 0]) + loc + par + b'\x00\x00', SEC, b'\x00')

    def vd(kind, joliet):
        v = bytearray(SEC)
        v[0] = kind
        v[1:6] = b'CD001'
        v[6] = 1
        if joliet:
            v[8:40] = _pad(''.encode('utf-16-be'), 32, b'\x00')
            v[40:72] = _pad(volume_id.encode('utf-16-be'), 32, b'\x00')
            v[88:91] = b'%/E'
        else:
            v[8:40] = _pad(b'', 32)
            v[40:72] = _pad(volume_id.upper().encode('ascii'), 32)
        v[80:88] = _both32(total)
        v[120:124] = _both16(1)
        v[124:128] = _both16(1)
        v[128:132] = _both16(SEC)
        v[132:140] = _both32(10)
        lp, mp = (21, 22) if joliet else (19, 20)
        v[140:144] = struct.pack('<I', lp)
        v[148:152] = struct.pack('>I', mp)
        v[156:190] = _dirrec(b'\x00', root_j if joliet else root_p, SEC, date_time, True)
        blank = (lambda k: _pad(b'', k, b'\x00')) if joliet else (lambda k: _pad(b'', k))
        enc = (lambda s, k: _pad(s.encode('utf-16-be'), k, b'\x00')) if joliet else (lambda s, k: _pad(s.upper().encode('ascii'), k))
        v[190:318] = blank(128)
        v[318:446] = blank(128)
        v[446:574] = enc(preparer, 128)
        v[574:702] = enc(app_id, 128)
        v[702:739] = blank(37)
        v[739:776] = blank(37)
        v[776:813] = blank(37)
        v[813:830] = _voldate(date_time)
        v[830:847] = _voldate(date_time)
        v[847:864] = b'0000000000000000\x00'
        v[864:881] = b'0000000000000000\x00'
        v[881] = 1
        return bytes(v)
    term = bytearray(SEC)
    term[0] = 255
    term[1:6] = b'CD001'
    term[6] = 1
    out = bytearray(SEC * 16)
    out += vd(1, False) + vd(2, True) + bytes(term)
    out += ptable(root_p, False) + ptable(root_p, True) + ptable(root_j, False) + ptable(root_j, True)
    out += dirdata(False) + dirdata(True)
    for (_, _, data), ext in zip(files, extents):
        assert len(out) == ext * SEC
        out += _pad(data, max(1, (len(data) + SEC - 1) // SEC) * SEC, b'\x00')
    return bytes(out)


def read_iso(data):
    """Return list of (joliet_name, bytes) from an image made by make_iso (used by verification)."""
    assert data[SEC * 16 + 1:SEC * 16 + 6] == b'CD001'
    res = []
    for i in range(16, 32):
        v = data[i * SEC:(i + 1) * SEC]
        if v[0] == 255:
            break
        if v[0] == 2 and v[88:91] == b'%/E':
            root = v[156:190]
            ext = struct.unpack('<I', root[2:6])[0]
            size = struct.unpack('<I', root[10:14])[0]
            d = data[ext * SEC:ext * SEC + size]
            p = 0
            while p < len(d) and d[p]:
                ln = d[p]
                rec = d[p:p + ln]
                idl = rec[32]
                ident = rec[33:33 + idl]
                if ident not in (b'\x00', b'\x01'):
                    fe = struct.unpack('<I', rec[2:6])[0]
                    fs = struct.unpack('<I', rec[10:14])[0]
                    res.append((ident.decode('utf-16-be').rsplit(';', 1)[0], data[fe * SEC:fe * SEC + fs]))
                p += ln
    return res


# ------------------------------------------------------------------ inert stand-ins for dangerous files
def inert_pe_stub():
    """'MZ' signature only: identifies as a DOS/PE executable to file-type checks, contains no code."""
    import struct as _s
    hdr = b'MZ' + b'\x00' * 58 + _s.pack('<I', 0)
    return hdr + b'\x00' * (512 - len(hdr))


def inert_lnk_stub():
    """Shell Link header with no target, no arguments and no LinkInfo: a shortcut that points nowhere."""
    import struct as _s
    clsid = bytes.fromhex('0114020000000000c000000000000046')
    return (_s.pack('<I', 0x4C) + clsid + _s.pack('<I', 0) + _s.pack('<I', 0x20) + b'\x00' * 24 +
            _s.pack('<I', 0) + _s.pack('<i', 0) + _s.pack('<I', 1) + _s.pack('<H', 0) + b'\x00' * 10)
