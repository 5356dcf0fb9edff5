"""Deterministic ZIP (plain and ZipCrypto), ISO 9660 + Joliet images, OOXML."""
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape


def make_zip(files, when, system=0):
    """files: list of (name, bytes). when: datetime. Plain deflate ZIP."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = system
            zi.external_attr = 0x20 if system == 0 else (0o100644 << 16)
            z.writestr(zi, data)
    return bio.getvalue()


# --- ZipCrypto (traditional PKWARE encryption), writer only; stdlib reads it
_CRC = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


class _Keys:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self.update(b)

    def update(self, b):
        k = self.k
        k[0] = _CRC[(k[0] ^ b) & 0xff] ^ (k[0] >> 8)
        k[1] = ((k[1] + (k[0] & 0xff)) * 134775813 + 1) & 0xffffffff
        k[2] = _CRC[(k[2] ^ (k[1] >> 24)) & 0xff] ^ (k[2] >> 8)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self.update(p)
        return bytes(out)


def _dostime(dt):
    d = ((dt.year - 1980) << 9) | (dt.month << 5) | dt.day
    t = (dt.hour << 11) | (dt.minute << 5) | (dt.second // 2)
    return t, d


def make_zipcrypto(files, password, when, rng):
    pwd = password.encode('utf-8')
    out = b''
    central = b''
    t, d = _dostime(when)
    for name, data in files:
        fname = name.encode('cp437') if all(ord(c) < 128 for c in name) else name.encode('utf-8')
        flags = 0x1 | (0x800 if fname != name.encode('cp437', 'replace') else 0)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        keys = _Keys(pwd)
        head = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = keys.encrypt(head + comp)
        local = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, t, d, crc, len(enc), len(data),
                            len(fname), 0) + fname
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, t, d, crc, len(enc),
                               len(data), len(fname), 0, 0, 0, 0, 0x20, len(out)) + fname
        out += local + enc
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return out


# --- ISO 9660 with Joliet
def _both16(v):
    return struct.pack('<H', v) + struct.pack('>H', v)


def _both32(v):
    return struct.pack('<I', v) + struct.pack('>I', v)


def _dirdate(dt):
    off = int(dt.utcoffset().total_seconds() // 900) if dt.utcoffset() else 0
    return struct.pack('7B', dt.year - 1900, dt.month, dt.day, dt.hour, dt.minute, dt.second, off & 0xff)


def _voldate(dt):
    off = int(dt.utcoffset().total_seconds() // 900) if dt.utcoffset() else 0
    return dt.strftime('%Y%m%d%H%M%S').encode() + b'00' + bytes([off & 0xff])


def _dirrec(extent, size, dt, flags, name):
    ln = 33 + len(name)
    ln += ln % 2
    rec = struct.pack('<BB', ln, 0) + _both32(extent) + _both32(size) + _dirdate(dt) + \
        struct.pack('<BBB', flags, 0, 0) + _both16(1) + struct.pack('<B', len(name)) + name
    return rec + b'\0' * (ln - len(rec))


def _pad(s, n, fill=b' '):
    return s[:n] + fill * (n - len(s[:n]))


def make_iso(files, volid, when, app=b'IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!'):
    """files: list of (long_name, short_8.3_name, bytes)."""
    S = 2048
    # layout: 16 PVD, 17 SVD(Joliet), 18 term, 19 L pt, 20 M pt, 21 J L pt, 22 J M pt,
    # 23 root, 24 joliet root, 25.. files
    lba = 25
    ext = []
    for _, _, data in files:
        ext.append(lba)
        lba += max(1, (len(data) + S - 1) // S)
    total = lba

    def root_dir(joliet):
        me = 24 if joliet else 23
        recs = _dirrec(me, S, when, 2, b'\0') + _dirrec(me, S, when, 2, b'\1')
        for (lname, sname, data), e in zip(files, ext):
            nm = (lname + ';1').encode('utf-16-be') if joliet else (sname.upper() + ';1').encode('ascii')
            recs += _dirrec(e, len(data), when, 0, nm)
        return recs + b'\0' * (S - len(recs))

    def ptable(loc, big):
        fmt = '>' if big else '<'
        rec = struct.pack(fmt + 'BBIH', 1, 0, loc, 1) + b'\0\0'
        return rec, rec + b'\0' * (S - len(rec))

    ptsize = 10

    def vd(kind, joliet):
        v = bytes([kind]) + b'CD001\x01\x00'
        if joliet:
            v += _pad(''.encode('utf-16-be'), 32, b'\0')
            v += _pad(volid.encode('utf-16-be'), 32, b'\0')
        else:
            v += _pad(b'', 32) + _pad(volid.upper().encode(), 32)
        v += b'\0' * 8 + _both32(total)
        v += (b'%/E' + b'\0' * 29) if joliet else b'\0' * 32
        v += _both16(1) + _both16(1) + _both16(S) + _both32(ptsize)
        lpt, mpt = (21, 22) if joliet else (19, 20)
        v += struct.pack('<I', lpt) + b'\0' * 4 + struct.pack('>I', mpt) + b'\0' * 4
        v += _dirrec(24 if joliet else 23, S, when, 2, b'\0')
        if joliet:
            v += b'\0\x20' * 64 + b'\0\x20' * 64 + b'\0\x20' * 64 + _pad(app.decode().encode('utf-16-be'), 128, b'\0')
            v += b'\0' * 37 * 3
        else:
            v += b' ' * 128 * 3 + _pad(app, 128) + b' ' * 37 * 3
        v += _voldate(when) * 2 + b'0' * 16 + b'\0' + b'0' * 16 + b'\0' + b'\x01\x00'
        return v + b'\0' * (S - len(v))
    img = b'\0' * S * 16
    img += vd(1, False) + vd(2, True)
    img += b'\xffCD001\x01' + b'\0' * (S - 7)
    img += ptable(23, False)[1] + ptable(23, True)[1] + ptable(24, False)[1] + ptable(24, True)[1]
    img += root_dir(False) + root_dir(True)
    for (_, _, data) in files:
        n = max(1, (len(data) + S - 1) // S)
        img += data + b'\0' * (n * S - len(data))
    assert len(img) == total * S
    return img


def read_iso(img):
    """Return list of (joliet name, bytes) using the Joliet tree."""
    S = 2048
    if img[16 * S + 1:16 * S + 6] != b'CD001':
        raise ValueError('no ISO 9660 primary volume descriptor')
    svd = img[17 * S:18 * S]
    if svd[0] != 2 or svd[88:91] != b'%/E':
        raise ValueError('no Joliet descriptor')
    root = svd[156:156 + 34]
    loc = struct.unpack('<I', root[2:6])[0]
    d = img[loc * S:(loc + 1) * S]
    p = 0
    out = []
    while p < S and d[p]:
        ln = d[p]
        e = struct.unpack('<I', d[p + 2:p + 6])[0]
        size = struct.unpack('<I', d[p + 10:p + 14])[0]
        nl = d[p + 32]
        nm = d[p + 33:p + 33 + nl]
        if nl > 1:
            out.append((nm.decode('utf-16-be').split(';')[0], img[e * S:e * S + size]))
        p += ln
    return out


# --- OOXML
def _core(title, author, when):
    ts = when.astimezone(when.tzinfo.utc if hasattr(when.tzinfo, 'utc') else None).strftime('%Y-%m-%dT%H:%M:%SZ') \
        if False else when.strftime('%Y-%m-%dT%H:%M:%SZ')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(title), escape(author), escape(author), ts, ts)).encode('utf-8')


def _app(appname):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<AppVersion>16.0300</AppVersion></Properties>' % escape(appname)).encode('utf-8')


_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>'
         '</Relationships>')


def _colname(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, title, author, when):
    """sheets: list of (name, rows); rows: list of lists (str, int, float or None).
    First row is rendered bold."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    for i in range(len(sheets)):
        ct += ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-'
               'officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct += ('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
           '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    for i, (name, _) in enumerate(sheets):
        wb += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(name), i + 1, i + 1)
        wbrels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
    n = len(sheets)
    wbrels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
               '</Relationships>' % (n + 1, n + 2))
    wb += '</sheets></workbook>'
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
    strings = []
    files = [('[Content_Types].xml', ct.encode('utf-8')), ('_rels/.rels', (_RELS % 'xl/workbook.xml').encode()),
             ('docProps/app.xml', _app('Microsoft Excel')), ('docProps/core.xml', _core(title, author, when)),
             ('xl/workbook.xml', wb.encode()), ('xl/_rels/workbook.xml.rels', wbrels.encode())]
    for i, (name, rows) in enumerate(sheets):
        sx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for r, row in enumerate(rows):
            sx += '<row r="%d">' % (r + 1)
            for c, v in enumerate(row):
                ref = '%s%d' % (_colname(c), r + 1)
                if v is None:
                    continue
                if isinstance(v, str):
                    if v not in strings:
                        strings.append(v)
                    sx += '<c r="%s" t="s"%s><v>%d</v></c>' % (ref, ' s="1"' if r == 0 else '', strings.index(v))
                else:
                    sx += '<c r="%s"%s><v>%s</v></c>' % (ref, ' s="2"' if isinstance(v, float) else '', repr(v))
            sx += '</row>'
        sx += '</sheetData></worksheet>'
        files.append(('xl/worksheets/sheet%d.xml' % (i + 1), sx.encode('utf-8')))
    ss = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">'
          % (len(strings), len(strings)))
    ss += ''.join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in strings) + '</sst>'
    files.append(('xl/styles.xml', styles.encode()))
    files.append(('xl/sharedStrings.xml', ss.encode('utf-8')))
    return make_zip(files, when)


def make_docx(paragraphs, title, author, when):
    """paragraphs: list of str or ('b', str) for bold."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    body = ''
    for p in paragraphs:
        bold = False
        if isinstance(p, tuple):
            bold, p = True, p[1]
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        body += '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % body)
    files = [('[Content_Types].xml', ct.encode()), ('_rels/.rels', (_RELS % 'word/document.xml').encode()),
             ('docProps/app.xml', _app('Microsoft Office Word')), ('docProps/core.xml', _core(title, author, when)),
             ('word/document.xml', doc.encode('utf-8'))]
    return make_zip(files, when)


def ooxml_text(data):
    """Text of a docx/xlsx (for verification)."""
    import re
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith('.xml') and (n.startswith('word/') or n.startswith('xl/')):
            x = z.read(n).decode('utf-8')
            import xml.dom.minidom
            xml.dom.minidom.parseString(x)  # well-formedness
            out += re.findall(r'<(?:w:t|t)[^>]*>([^<]*)</', x)
    from xml.sax.saxutils import unescape
    return '\n'.join(unescape(t) for t in out)
