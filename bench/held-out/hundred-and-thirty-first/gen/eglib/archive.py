"""Deterministic ZIP (incl. traditional PKWARE encryption), OOXML (xlsx/docx) and ISO 9660 builders."""
import struct
import zlib
from xml.sax.saxutils import escape

# ---------------------------------------------------------------- ZIP
_CRCT = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRCT.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRCT[(crc ^ b) & 0xff]


class _ZipCrypto:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw:
            self.update(c)

    def update(self, c):
        k = self.k
        k[0] = _crc_byte(k[0], c)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _crc_byte(k[2], k[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self.update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, rng=None, comment=b''):
    """files: list of (name, bytes, (Y,M,D,h,m,s)). Deflate; optional ZipCrypto with password (str)."""
    out = bytearray()
    central = bytearray()
    for name, data, dt in files:
        fname = name.encode('utf-8')
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode('utf-8'))
            header = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(header + comp)
        t, d = _dos_time(dt)
        off = len(out)
        local = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, t, d, crc, len(comp), len(data),
                            len(fname), 0)
        out += local + fname + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e if False else 20, 20, flags, method, t, d,
                               crc, len(comp), len(data), len(fname), 0, 0, 0, 0,
                               0x20 if not name.endswith('/') else 0x10, off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off,
                       len(comment)) + comment
    return bytes(out)


# ---------------------------------------------------------------- OOXML
_CT = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def _core(title, author, created, app):
    core = (_CT + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>') % (
        escape(title), escape(author), escape(author), created, created)
    appx = (_CT + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<AppVersion>16.0300</AppVersion></Properties>') % escape(app)
    return core.encode('utf-8'), appx.encode('utf-8')


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, dt, title='', author='', created='2026-10-01T08:00:00Z', links=None,
              app='Microsoft Excel'):
    """sheets: [(name, rows)] rows = list of lists (str/int/float/None). links: {(sheet_idx,'B7'): url}."""
    links = links or {}
    files = []
    ct = (_CT + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets))) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    files.append(('[Content_Types].xml', ct.encode('utf-8')))
    files.append(('_rels/.rels', (_CT + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                  '</Relationships>').encode('utf-8')))
    core, appx = _core(title, author, created, app)
    files.append(('docProps/app.xml', appx))
    files.append(('docProps/core.xml', core))
    wb = (_CT + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
          ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n, {'"': '&quot;'}), i + 1, i + 1)
                  for i, (n, _) in enumerate(sheets)) + '</sheets></workbook>')
    files.append(('xl/workbook.xml', wb.encode('utf-8')))
    rels = (_CT + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(sheets))) +
            '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (len(sheets) + 1) +
            '</Relationships>')
    files.append(('xl/_rels/workbook.xml.rels', rels.encode('utf-8')))
    styles = (_CT + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
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
    files.append(('xl/styles.xml', styles.encode('utf-8')))
    for si, (name, rows) in enumerate(sheets):
        xml = [_CT + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>']
        for ri, row in enumerate(rows):
            xml.append('<row r="%d">' % (ri + 1))
            for ci, v in enumerate(row):
                ref = '%s%d' % (_col(ci), ri + 1)
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    xml.append('<c r="%s" s="%d"><v>%s</v></c>' % (ref, 2 if isinstance(v, float) else 0, repr(v)))
                else:
                    st = 1 if ri == 0 else 0
                    xml.append('<c r="%s" t="inlineStr" s="%d"><is><t xml:space="preserve">%s</t></is></c>' % (ref, st, escape(str(v))))
            xml.append('</row>')
        xml.append('</sheetData>')
        mylinks = [(ref, url) for (s, ref), url in sorted(links.items()) if s == si]
        if mylinks:
            xml.append('<hyperlinks>' + ''.join('<hyperlink ref="%s" r:id="rId%d"/>' % (ref, k + 1)
                                               for k, (ref, _) in enumerate(mylinks)) + '</hyperlinks>')
            srels = (_CT + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
                     ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="%s" TargetMode="External"/>' % (k + 1, escape(u, {'"': '&quot;'}))
                             for k, (_, u) in enumerate(mylinks)) + '</Relationships>')
            files.append(('xl/worksheets/_rels/sheet%d.xml.rels' % (si + 1), srels.encode('utf-8')))
        xml.append('</worksheet>')
        files.append(('xl/worksheets/sheet%d.xml' % (si + 1), ''.join(xml).encode('utf-8')))
    return make_zip([(n, d, dt) for n, d in files])


def make_docx(paragraphs, dt, title='', author='', created='2026-10-01T08:00:00Z', app='Microsoft Office Word'):
    """paragraphs: list of str or (str, 'b') for bold."""
    ct = (_CT + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = (_CT + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = []
    for p in paragraphs:
        bold = False
        if isinstance(p, tuple):
            p, bold = p[0], 'b' in p[1]
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(p)))
    doc = (_CT + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
           ''.join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    core, appx = _core(title, author, created, app)
    files = [('[Content_Types].xml', ct.encode('utf-8')), ('_rels/.rels', rels.encode('utf-8')),
             ('docProps/app.xml', appx), ('docProps/core.xml', core), ('word/document.xml', doc.encode('utf-8'))]
    return make_zip([(n, d, dt) for n, d in files])


# ---------------------------------------------------------------- ISO 9660 + Joliet
def _both16(v):
    return struct.pack('<H', v) + struct.pack('>H', v)


def _both32(v):
    return struct.pack('<I', v) + struct.pack('>I', v)


def _dirdate(dt):
    y, mo, d, h, mi, s = dt
    return bytes([y - 1900, mo, d, h, mi, s, 0])


def _voldate(dt):
    y, mo, d, h, mi, s = dt
    return ('%04d%02d%02d%02d%02d%02d00' % (y, mo, d, h, mi, s)).encode() + b'\x00'


def _dirrec(extent, size, dt, flags, ident):
    ln = 33 + len(ident)
    if ln % 2:
        ln += 1
    rec = bytes([ln, 0]) + _both32(extent) + _both32(size) + _dirdate(dt) + bytes([flags, 0, 0]) + \
        _both16(1) + bytes([len(ident)]) + ident
    return rec + b'\x00' * (ln - len(rec))


def make_iso(volume_id, files, dt, rng=None):
    """files: [(long_name, data)]. Primary (8.3 names) + Joliet tree; single root directory."""
    S = 2048
    n = len(files)
    # layout: 16 PVD, 17 SVD(Joliet), 18 terminator, 19 L-path, 20 M-path, 21 J L-path, 22 J M-path,
    # 23 root dir, 24 joliet root dir, 25.. data
    data_start = 25
    extents = []
    cur = data_start
    for _, d in files:
        extents.append(cur)
        cur += max(1, (len(d) + S - 1) // S)
    total = cur

    def short(name, i):
        base, _, ext = name.rpartition('.')
        b = ''.join(c for c in base.upper() if c.isalnum() or c == '_')[:8] or 'FILE%d' % i
        e = ''.join(c for c in ext.upper() if c.isalnum())[:3]
        return ('%s.%s;1' % (b, e)).encode('ascii')

    def dirblock(extent_self, joliet):
        recs = _dirrec(extent_self, S, dt, 2, b'\x00') + _dirrec(extent_self, S, dt, 2, b'\x01')
        for i, (name, d) in enumerate(files):
            ident = name.encode('utf-16-be') if joliet else short(name, i)
            recs += _dirrec(extents[i], len(d), dt, 0, ident)
        return recs + b'\x00' * (S - len(recs))

    def pathtable(extent, big):
        fmt = '>' if big else '<'
        return bytes([1, 0]) + struct.pack(fmt + 'I', extent) + struct.pack(fmt + 'H', 1) + b'\x00\x00'

    def vd(kind, root_extent, lpath, mpath, joliet):
        enc = (lambda s, n: s.encode('utf-16-be').ljust(n, b'\x00')[:n]) if joliet else \
            (lambda s, n: s.upper().encode('ascii').ljust(n, b' ')[:n])
        pad = (lambda s, n: s.encode('utf-16-be').ljust(n, b'\x00')[:n]) if joliet else \
            (lambda s, n: s.encode('ascii').ljust(n, b' ')[:n])
        b = bytes([kind]) + b'CD001' + b'\x01' + b'\x00'
        b += pad('', 32) + enc(volume_id, 32) + b'\x00' * 8 + _both32(total)
        b += (b'%/E' + b'\x00' * 29) if joliet else b'\x00' * 32
        b += _both16(1) + _both16(1) + _both16(S) + _both32(10)
        b += struct.pack('<I', lpath) + struct.pack('<I', 0) + struct.pack('>I', mpath) + struct.pack('>I', 0)
        b += _dirrec(root_extent, S, dt, 2, b'\x00')
        b += pad('', 128) + pad('', 128) + pad('', 128) + pad('IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!' if not joliet else 'ImgBurn', 128)
        b += pad('', 37) + pad('', 37) + pad('', 37)
        b += _voldate(dt) + _voldate(dt) + b'0' * 16 + b'\x00' + b'0' * 16 + b'\x00'
        b += b'\x01\x00'
        return b + b'\x00' * (S - len(b))

    out = bytearray(b'\x00' * S * 16)
    out += vd(1, 23, 19, 20, False)
    out += vd(2, 24, 21, 22, True)
    out += (b'\xffCD001\x01').ljust(S, b'\x00')
    out += pathtable(23, False).ljust(S, b'\x00')
    out += pathtable(23, True).ljust(S, b'\x00')
    out += pathtable(24, False).ljust(S, b'\x00')
    out += pathtable(24, True).ljust(S, b'\x00')
    out += dirblock(23, False)
    out += dirblock(24, True)
    for (_, d) in files:
        out += d + b'\x00' * ((-len(d)) % S if d else S)
    assert len(out) == total * S
    return bytes(out)


def read_iso(data):
    """Return list of (joliet_name, bytes) from a single-directory ISO built by make_iso."""
    S = 2048
    res = []
    for sec in range(16, 32):
        vdesc = data[sec * S:(sec + 1) * S]
        if vdesc[0] == 2 and vdesc[88:91] == b'%/E':
            root = vdesc[156:156 + 34]
            ext = struct.unpack('<I', root[2:6])[0]
            blk = data[ext * S:(ext + 1) * S]
            p = 0
            while p < S and blk[p]:
                ln = blk[p]
                e = struct.unpack('<I', blk[p + 2:p + 6])[0]
                size = struct.unpack('<I', blk[p + 10:p + 14])[0]
                nl = blk[p + 32]
                ident = blk[p + 33:p + 33 + nl]
                if ident not in (b'\x00', b'\x01'):
                    res.append((ident.decode('utf-16-be'), data[e * S:e * S + size]))
                p += ln
            return res
        if vdesc[0] == 255:
            break
    raise ValueError('no Joliet descriptor')
