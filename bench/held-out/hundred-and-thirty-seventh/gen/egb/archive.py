"""Deterministic ZIP (optionally ZipCrypto-encrypted), OOXML and ISO 9660 builders."""
import struct
import zlib
from xml.sax.saxutils import escape as _xesc

# ------------------------------------------------------------------ ZIP
_CRCTAB = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return _CRCTAB[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self._update(b)

    def _update(self, b):
        self.k0 = _crc_byte(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _crc_byte(self.k2, (self.k1 >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            t = (self.k2 | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(b ^ ks)
            self._update(b)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, rng=None, comment=b''):
    """files: list of (name, bytes, (Y,M,D,h,m,s)[, compress]).
    Encrypts with traditional PKWARE ZipCrypto if password (bytes) is given."""
    out = bytearray()
    central = bytearray()
    for item in files:
        name, data, dt = item[0], item[1], item[2]
        compress = item[3] if len(item) > 3 else True
        try:
            bname = name.encode('ascii')
            flags = 0
        except UnicodeEncodeError:
            bname = name.encode('utf-8')
            flags = 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if compress:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp = data
            method = 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password)
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(header + comp)
        t, d = _dos_time(dt)
        local = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, t, d, crc, len(comp), len(data),
                            len(bname), 0)
        off = len(out)
        out += local + bname + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031E if name.endswith('/') else 0x0314, 20,
                               flags, method, t, d, crc, len(comp), len(data), len(bname), 0, 0, 0, 0,
                               (0o40755 << 16 | 0x10) if name.endswith('/') else (0o100644 << 16), off) + bname
    cdoff = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cdoff, len(comment))
    out += comment
    return bytes(out)


# ------------------------------------------------------------------ OOXML
def _x(s):
    return _xesc(str(s), {'"': '&quot;'})


def _core_props(title, creator, modified_by, created, modified, company=''):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>' % (
                _x(title), _x(creator), _x(modified_by), created, modified)).encode('utf-8')


def _app_props(app, company):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<Company>%s</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>' % (
                _x(app), _x(company))).encode('utf-8')


def _col(n):
    s = ''
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, dt, title='', creator='', company='', widths=None):
    """sheets: list of (sheet_name, rows); rows are lists of cells (str, int, float, None).
    A cell given as ('b', value) is written bold."""
    files = []
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets))) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
          ''.join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(n), i + 1, i + 1) for i, (n, _) in enumerate(sheets)) +
          '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
              ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(sheets))) +
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (len(sheets) + 1) +
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
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    files.append(('[Content_Types].xml', ct.encode('utf-8')))
    files.append(('_rels/.rels', rels.encode('utf-8')))
    iso = dt.strftime('%Y-%m-%dT%H:%M:%SZ')
    files.append(('docProps/app.xml', _app_props('Microsoft Excel', company)))
    files.append(('docProps/core.xml', _core_props(title, creator, creator, iso, iso)))
    files.append(('xl/workbook.xml', wb.encode('utf-8')))
    files.append(('xl/_rels/workbook.xml.rels', wbrels.encode('utf-8')))
    files.append(('xl/styles.xml', styles.encode('utf-8')))
    for i, (name, rows) in enumerate(sheets):
        xr = []
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r + 1)
                style = 0
                if isinstance(v, tuple) and v[0] == 'b':
                    v = v[1]
                    style = 1
                if v is None or v == '':
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    st = 2 if isinstance(v, float) else style
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, ' s="%d"' % st if st else '', repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>' % (
                        ref, ' s="1"' if style else '', _x(v)))
            xr.append('<row r="%d">%s</row>' % (r + 1, ''.join(cells)))
        cols = ''
        if widths:
            cols = '<cols>' + ''.join('<col min="%d" max="%d" width="%d" customWidth="1"/>' % (j + 1, j + 1, w)
                                      for j, w in enumerate(widths)) + '</cols>'
        sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">%s<sheetData>%s</sheetData></worksheet>' % (
                  cols, ''.join(xr)))
        files.append(('xl/worksheets/sheet%d.xml' % (i + 1), sh.encode('utf-8')))
    t = (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)
    return make_zip([(n, d, t) for n, d in files])


def make_docx(paragraphs, dt, title='', creator='', company='', lang='de-DE', images=None):
    """paragraphs: list of str or ('b', str) or ('h', str) or ('img', rId, cx_emu, cy_emu).
    images: list of (rId, filename, png_bytes)."""
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = []
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == 'img':
            _, rid, cx, cy = p
            body.append(
                '<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
                '<wp:docPr id="1" name="Grafik 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/>'
                '<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                '</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>' % (cx, cy, rid, cx, cy))
            continue
        style = ''
        rpr = ''
        if isinstance(p, tuple):
            kind, p = p
            if kind == 'b':
                rpr = '<w:rPr><w:b/></w:rPr>'
            elif kind == 'h':
                style = '<w:pPr><w:pStyle w:val="berschrift1"/></w:pPr>'
                rpr = '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
        body.append('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (style, rpr, _x(p)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % (W, ''.join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>'
              '<w:sz w:val="22"/><w:lang w:val="%s"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/></w:style>'
              '</w:styles>' % (W, lang))
    images = images or []
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>' +
          ('<Default Extension="png" ContentType="image/png"/>' if images else '') +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
               ''.join('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/%s"/>' % (rid, fn)
                       for rid, fn, _ in images) +
               '</Relationships>')
    iso = dt.strftime('%Y-%m-%dT%H:%M:%SZ')
    files = [('[Content_Types].xml', ct.encode('utf-8')), ('_rels/.rels', rels.encode('utf-8')),
             ('docProps/app.xml', _app_props('Microsoft Office Word', company)),
             ('docProps/core.xml', _core_props(title, creator, creator, iso, iso)),
             ('word/document.xml', doc.encode('utf-8')), ('word/styles.xml', styles.encode('utf-8')),
             ('word/_rels/document.xml.rels', docrels.encode('utf-8'))]
    for rid, fn, data in images:
        files.append(('word/media/' + fn, data))
    t = (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)
    return make_zip([(n, d, t) for n, d in files])


# ------------------------------------------------------------------ ISO 9660 + Joliet
def _both16(v):
    return struct.pack('<H', v) + struct.pack('>H', v)


def _both32(v):
    return struct.pack('<I', v) + struct.pack('>I', v)


def _dirrec(extent, size, dt, flags, ident):
    y, mo, d, h, mi, s = dt
    rec = (struct.pack('<BB', 0, 0) + _both32(extent) + _both32(size) +
           bytes([y - 1900, mo, d, h, mi, s, 0]) + bytes([flags, 0, 0]) + _both16(1) + bytes([len(ident)]) + ident)
    if len(rec) % 2:
        rec += b'\0'
    return bytes([len(rec)]) + rec[1:]


def _voldate(dt):
    y, mo, d, h, mi, s = dt
    return ('%04d%02d%02d%02d%02d%02d00' % (y, mo, d, h, mi, s)).encode() + b'\0'


def make_iso(volume_id, files, dt, publisher=''):
    """files: list of (long_name, short_83_name, bytes). Single root directory, with Joliet names."""
    SEC = 2048
    # layout: 0-15 system, 16 PVD, 17 SVD (Joliet), 18 terminator,
    # 19 L-path, 20 M-path, 21 Joliet L-path, 22 Joliet M-path, 23 root, 24 joliet root, 25.. files
    root_sec, jroot_sec = 23, 24
    file_secs = []
    sec = 25
    for _, _, data in files:
        file_secs.append(sec)
        sec += max(1, (len(data) + SEC - 1) // SEC)
    total = sec

    def build_dir(self_sec, joliet):
        recs = _dirrec(self_sec, SEC, dt, 2, b'\0') + _dirrec(self_sec, SEC, dt, 2, b'\1')
        for (ln, sn, data), fs in zip(files, file_secs):
            ident = ln.encode('utf-16-be') if joliet else (sn.upper() + ';1').encode('ascii')
            recs += _dirrec(fs, len(data), dt, 0, ident)
        return recs.ljust(SEC, b'\0')

    def path_table(self_sec, big):
        pk = '>' if big else '<'
        return (bytes([1, 0]) + struct.pack(pk + 'I', self_sec) + struct.pack(pk + 'H', 1) + b'\0\0').ljust(SEC, b'\0')

    def voldesc(kind, joliet):
        vid = volume_id
        if joliet:
            sysid = 'Windows'.encode('utf-16-be').ljust(32, b'\0')
            volid = vid.encode('utf-16-be')[:32].ljust(32, b'\0')
            esc = b'%/E'.ljust(32, b'\0')
            pub = publisher.encode('utf-16-be')[:128].ljust(128, b'\0')
            blank = lambda n: (' ' * (n // 2)).encode('utf-16-be')
        else:
            sysid = b'WIN32'.ljust(32, b' ')
            volid = vid.upper().encode('ascii')[:32].ljust(32, b' ')
            esc = b'\0' * 32
            pub = publisher.upper().encode('ascii', 'replace')[:128].ljust(128, b' ')
            blank = lambda n: b' ' * n
        rootrec = _dirrec(jroot_sec if joliet else root_sec, SEC, dt, 2, b'\0')
        d = bytearray()
        d += bytes([kind]) + b'CD001' + b'\1' + b'\0' + sysid + volid + b'\0' * 8 + _both32(total)
        d += esc + _both16(1) + _both16(1) + _both16(SEC) + _both32(10)
        lp, mp = (21, 22) if joliet else (19, 20)
        d += struct.pack('<I', lp) + struct.pack('<I', 0) + struct.pack('>I', mp) + struct.pack('>I', 0)
        d += rootrec
        d += blank(128) + pub + blank(128) + blank(128)  # volume set, publisher, preparer, application
        d += blank(37) + blank(37) + blank(37)
        d += _voldate(dt) + _voldate(dt) + b'0000000000000000\0' + b'0000000000000000\0'
        d += b'\1\0'
        return bytes(d).ljust(SEC, b'\0')

    out = bytearray(b'\0' * SEC * 16)
    out += voldesc(1, False)
    out += voldesc(2, True)
    out += (b'\xffCD001\1').ljust(SEC, b'\0')
    out += path_table(root_sec, False) + path_table(root_sec, True)
    out += path_table(jroot_sec, False) + path_table(jroot_sec, True)
    out += build_dir(root_sec, False)
    out += build_dir(jroot_sec, True)
    for (_, _, data), fs in zip(files, file_secs):
        assert len(out) == fs * SEC
        out += data
        out += b'\0' * ((SEC - len(data) % SEC) % SEC if data else SEC)
    assert len(out) == total * SEC
    return bytes(out)


def read_iso(data):
    """Return {joliet_name: bytes} from an image built by make_iso (checks both trees)."""
    SEC = 2048
    res = {}
    for vd in (16, 17):
        d = data[vd * SEC:(vd + 1) * SEC]
        if d[1:6] != b'CD001':
            raise ValueError('bad volume descriptor')
        joliet = d[0] == 2
        root = d[156:156 + 34]
        ext = struct.unpack('<I', root[2:6])[0]
        dd = data[ext * SEC:(ext + 1) * SEC]
        p = 0
        names = {}
        while p < len(dd) and dd[p]:
            ln = dd[p]
            rec = dd[p:p + ln]
            fext = struct.unpack('<I', rec[2:6])[0]
            size = struct.unpack('<I', rec[10:14])[0]
            nlen = rec[32]
            ident = rec[33:33 + nlen]
            if ident not in (b'\0', b'\1'):
                nm = ident.decode('utf-16-be') if joliet else ident.decode('ascii')
                names[nm] = data[fext * SEC:fext * SEC + size]
            p += ln
        if joliet:
            res = names
        else:
            res_primary = names
    if sorted(res.values()) != sorted(res_primary.values()):
        raise ValueError('ISO primary and Joliet trees differ')
    return res
