"""Deterministic ZIP (plain and PKWARE ZipCrypto), ISO 9660 + Joliet images,
minimal DOCX / XLSX documents."""
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape


def _dostime(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, comment=b''):
    """files: list of (name, bytes, (y,mo,d,h,mi,s))."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data, dt in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16 if not name.endswith('/') else (0o40755 << 16) | 0x10
            zi.create_system = 0
            z.writestr(zi, data)
        z.comment = comment
    return bio.getvalue()


_CRCT = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)


def _crc_upd(crc, b):
    return (crc >> 8) ^ _CRCT[(crc ^ b) & 0xFF]


class _Keys:
    def __init__(self, pw):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pw:
            self.update(b)

    def update(self, b):
        self.k0 = _crc_upd(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _crc_upd(self.k2, self.k1 >> 24)

    def stream(self):
        t = (self.k2 | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream())
            self.update(p)
        return bytes(out)


def make_zip_encrypted(files, password, rng):
    """PKWARE traditional encryption (what 7-Zip/WinRAR use by default for .zip)."""
    pw = password.encode('utf-8')
    out = bytearray()
    central = bytearray()
    for name, data, dt in files:
        nm = name.encode('utf-8')
        flags = 0x0001 | (0x0800 if any(ord(c) > 127 for c in name) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        keys = _Keys(pw)
        hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = keys.encrypt(hdr) + keys.encrypt(comp)
        t, d = _dostime(dt)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, t, d, crc, len(enc), len(data), len(nm), 0) + nm + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, t, d, crc, len(enc), len(data),
                               len(nm), 0, 0, 0, 0, 0x20, off) + nm
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


# ---------------------------------------------------------------- ISO 9660
SECTOR = 2048


def _both16(v):
    return struct.pack('<H', v) + struct.pack('>H', v)


def _both32(v):
    return struct.pack('<I', v) + struct.pack('>I', v)


def _dirdate(dt):
    y, mo, d, h, mi, s = dt
    return bytes([y - 1900, mo, d, h, mi, s, 4])  # GMT+1 (units of 15 min)


def _voldate(dt):
    y, mo, d, h, mi, s = dt
    return ('%04d%02d%02d%02d%02d%02d00' % (y, mo, d, h, mi, s)).encode() + bytes([4])


def _dirrec(name_bytes, lba, size, dt, isdir=False, hidden=False):
    ln = 33 + len(name_bytes)
    pad = b'\x00' if ln % 2 else b''
    flags = (2 if isdir else 0) | (1 if hidden else 0)
    rec = (bytes([ln + len(pad), 0]) + _both32(lba) + _both32(size) + _dirdate(dt) + bytes([flags, 0, 0]) +
           _both16(1) + bytes([len(name_bytes)]) + name_bytes + pad)
    return rec


def make_iso(volume_id, files, dt):
    """files: list of (long_name, bytes, hidden).  ISO level 1 names + Joliet."""
    n = len(files)
    # layout: 16 PVD, 17 SVD (Joliet), 18 terminator, 19 L-path, 20 M-path,
    # 21 Joliet L-path, 22 Joliet M-path, 23 root, 24 Joliet root, 25.. data
    data_lba = 25
    lbas = []
    cur = data_lba
    for _, data, _ in files:
        lbas.append(cur)
        cur += max(1, (len(data) + SECTOR - 1) // SECTOR)
    total = cur
    short = []
    for i, (name, _, _) in enumerate(files):
        base, _, ext = name.rpartition('.')
        b = ''.join(c for c in base.upper() if (c.isascii() and c.isalnum()) or c == '_')[:6] + '~%d' % (i + 1)
        e = ''.join(c for c in ext.upper() if c.isascii() and c.isalnum())[:3]
        short.append(('%s.%s;1' % (b, e)).encode('ascii'))

    def rootdir(joliet):
        recs = _dirrec(b'\x00', 24 if joliet else 23, SECTOR, dt, True) + _dirrec(b'\x01', 24 if joliet else 23, SECTOR, dt, True)
        items = []
        for i, (name, data, hidden) in enumerate(files):
            nb = name.encode('utf-16-be') if joliet else short[i]
            items.append((nb, _dirrec(nb, lbas[i], len(data), dt, False, hidden)))
        for _, r in sorted(items):
            recs += r
        return recs.ljust(SECTOR, b'\x00')

    def pathtable(lba, big):
        p = struct.pack('>I' if big else '<I', lba)
        p2 = struct.pack('>H' if big else '<H', 1)
        return (bytes([1, 0]) + p + p2 + b'\x00\x00').ljust(SECTOR, b'\x00')

    def vd(joliet):
        t = 2 if joliet else 1
        def s(txt, ln):
            if joliet:
                return (txt.encode('utf-16-be') + ' '.encode('utf-16-be') * ln)[:ln]
            return txt.encode('ascii').ljust(ln, b' ')[:ln]
        d = bytearray()
        d += bytes([t]) + b'CD001' + bytes([1, 0])
        d += s('', 32) + s(volume_id, 32)
        d += b'\x00' * 8 + _both32(total)
        d += (b'%/E' + b'\x00' * 29) if joliet else b'\x00' * 32
        d += _both16(1) + _both16(1) + _both16(SECTOR)
        d += _both32(10)
        d += struct.pack('<I', 21 if joliet else 19) + struct.pack('<I', 0)
        d += struct.pack('>I', 22 if joliet else 20) + struct.pack('>I', 0)
        d += _dirrec(b'\x00', 24 if joliet else 23, SECTOR, dt, True)
        d += s('', 128) + s('', 128) + s('', 128) + s('IMGBURN V2.5.8.0', 128)
        d += s('', 37) + s('', 37) + s('', 37)
        d += _voldate(dt) * 2 + b'0' * 16 + b'\x00' + b'0' * 16 + b'\x00'
        d += bytes([1, 0])
        return bytes(d).ljust(SECTOR, b'\x00')

    img = bytearray(b'\x00' * SECTOR * 16)
    img += vd(False) + vd(True)
    img += (bytes([255]) + b'CD001' + bytes([1])).ljust(SECTOR, b'\x00')
    img += pathtable(23, False) + pathtable(23, True) + pathtable(24, False) + pathtable(24, True)
    img += rootdir(False) + rootdir(True)
    for _, data, _ in files:
        img += data.ljust(max(1, (len(data) + SECTOR - 1) // SECTOR) * SECTOR, b'\x00')
    return bytes(img)


def iso_list(img):
    """Read Joliet directory of an image produced by make_iso."""
    out = []
    for s in range(16, 20):
        vd = img[s * SECTOR:(s + 1) * SECTOR]
        if vd[0] == 2 and vd[88:91] == b'%/E':
            root = vd[156:156 + 34]
            lba = struct.unpack('<I', root[2:6])[0]
            d = img[lba * SECTOR:(lba + 1) * SECTOR]
            i = 0
            while i < len(d) and d[i]:
                ln = d[i]
                rec = d[i:i + ln]
                nl = rec[32]
                name = rec[33:33 + nl]
                if name not in (b'\x00', b'\x01'):
                    flba = struct.unpack('<I', rec[2:6])[0]
                    size = struct.unpack('<I', rec[10:14])[0]
                    out.append((name.decode('utf-16-be'), img[flba * SECTOR:flba * SECTOR + size]))
                i += ln
    return out


# --------------------------------------------------------------- OOXML
def _core(title, author, dt_iso):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(title), escape(author), escape(author), dt_iso, dt_iso))


def make_docx(paragraphs, title, author, dt, app='Microsoft Office Word'):
    """paragraphs: list of (text, style) with style in (None,'b','h')."""
    body = []
    for text, st in paragraphs:
        rpr = ''
        if st == 'b':
            rpr = '<w:rPr><w:b/></w:rPr>'
        elif st == 'h':
            rpr = '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(text)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % ''.join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    appx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>' % escape(app))
    iso = '%04d-%02d-%02dT%02d:%02d:00Z' % dt[:5]
    return make_zip([('[Content_Types].xml', ct.encode(), dt), ('_rels/.rels', rels.encode(), dt),
                     ('word/document.xml', doc.encode(), dt), ('docProps/core.xml', _core(title, author, iso).encode(), dt),
                     ('docProps/app.xml', appx.encode(), dt)])


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, title, author, dt):
    """sheets: list of (name, rows) where rows are lists of str/int/float/None."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wbrels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    wbsheets = []
    files = []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wbrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        wbsheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(name), i, i))
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r)
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, escape(v)))
            xr.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
        files.append(('xl/worksheets/sheet%d.xml' % i,
                      ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
                       % ''.join(xr)).encode()))
    ct.append('</Types>')
    wbrels.append('</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % ''.join(wbsheets))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    iso = '%04d-%02d-%02dT%02d:%02d:00Z' % dt[:5]
    allf = [('[Content_Types].xml', ''.join(ct).encode()), ('_rels/.rels', rels.encode()),
            ('xl/workbook.xml', wb.encode()), ('xl/_rels/workbook.xml.rels', ''.join(wbrels).encode()),
            ('docProps/core.xml', _core(title, author, iso).encode())] + files
    return make_zip([(n, d, dt) for n, d in allf])
