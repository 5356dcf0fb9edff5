"""Deterministic containers: ZIP (plain and ZipCrypto-encrypted), minimal
OOXML (xlsx/docx), ISO 9660 + Joliet images."""
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape


# ---------------------------------------------------------------- ZIP
def make_zip(files, date_time=(2026, 10, 1, 9, 0, 0), compress=True):
    """files: list of (name, bytes) or (name, bytes, date_time)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for f in files:
            name, data = f[0], f[1]
            dt = f[2] if len(f) > 2 else date_time
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.create_system = 0
            zi.external_attr = 0x20
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            z.writestr(zi, data)
    return buf.getvalue()


class _ZipCrypto:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for c in pwd:
            self.update(c)

    def update(self, c):
        self.k0 = (~zlib.crc32(bytes([c]), ~self.k0 & 0xFFFFFFFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = (~zlib.crc32(bytes([(self.k1 >> 24) & 0xFF]), ~self.k2 & 0xFFFFFFFF)) & 0xFFFFFFFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k2 | 2) & 0xFFFF
            k = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ k)
            self.update(p)
        return bytes(out)


def _crc_update_check():
    # zlib.crc32 semantics differ from PKWARE's raw CRC step; emulate exactly
    pass


def _pk_crc_step(crc, b):
    # one step of the PKWARE CRC-32 update (without pre/post inversion)
    crc ^= b
    for _ in range(8):
        crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc


class ZipCrypto(_ZipCrypto):
    def update(self, c):
        self.k0 = _pk_crc_step(self.k0, c)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _pk_crc_step(self.k2, (self.k1 >> 24) & 0xFF)


def _dos_dt(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_encrypted_zip(files, password, rng, date_time=(2026, 10, 1, 9, 0, 0)):
    """Traditional PKWARE (ZipCrypto) encrypted ZIP; deflate."""
    pwd = password.encode('utf-8')
    out = b''
    central = b''
    for f in files:
        name, data = f[0], f[1]
        dt = f[2] if len(f) > 2 else date_time
        t, d = _dos_dt(dt)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = ZipCrypto(pwd)
        header = bytes(rng.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
        enc = zc.encrypt(header) + zc.encrypt(comp)
        fname = name.encode('cp437') if all(ord(c) < 128 for c in name) else name.encode('utf-8')
        flags = 0x1 | (0x800 if any(ord(c) > 127 for c in name) else 0)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, t, d, crc, len(enc), len(data), len(fname), 0)
        out += fname + enc
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, t, d, crc, len(enc), len(data),
                               len(fname), 0, 0, 0, 0, 0x20, off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return out


# ---------------------------------------------------------------- OOXML
_CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{creator}</cp:lastModifiedBy>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, creator='', title='', created='2026-10-01T08:00:00Z', app='Microsoft Excel',
              date_time=(2026, 10, 1, 9, 0, 0)):
    """sheets: list of (name, rows); a row is a list of str/int/float/None.
    Strings are stored as shared strings; first row is bold."""
    shared = []
    sidx = {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(shared)
            shared.append(s)
        return sidx[s]
    sheet_xml = []
    for name, rows in sheets:
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>']
        for r, row in enumerate(rows):
            x.append('<row r="%d">' % (r + 1))
            for c, v in enumerate(row):
                ref = '%s%d' % (_col(c), r + 1)
                st = ' s="1"' if r == 0 else ''
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    x.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v) if isinstance(v, float) else v))
                else:
                    x.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, st, si(str(v))))
            x.append('</row>')
        x.append('</sheetData></worksheet>')
        sheet_xml.append(''.join(x))
    files = []
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(len(sheets)):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    files.append(('[Content_Types].xml', ''.join(ct)))
    files.append(('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
    files.append(('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>%s</Application>'
                  '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><AppVersion>16.0300</AppVersion></Properties>' % escape(app)))
    files.append(('docProps/core.xml', _CORE.format(title=escape(title), creator=escape(creator), created=created)))
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (name, _) in enumerate(sheets):
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(name), i + 1, i + 1))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
    n = len(sheets)
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>' % (n + 2))
    wb.append('</sheets></workbook>')
    files.append(('xl/workbook.xml', ''.join(wb)))
    files.append(('xl/_rels/workbook.xml.rels', ''.join(rels)))
    files.append(('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
                  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>'))
    for i, x in enumerate(sheet_xml):
        files.append(('xl/worksheets/sheet%d.xml' % (i + 1), x))
    files.append(('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
                  % (len(shared), len(shared), ''.join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in shared))))
    return make_zip([(n, d.encode('utf-8')) for n, d in files], date_time=date_time)


def make_docx(paragraphs, creator='', title='', created='2026-10-01T08:00:00Z',
              date_time=(2026, 10, 1, 9, 0, 0)):
    """paragraphs: list of str or ('b', str) for bold."""
    body = []
    for p in paragraphs:
        bold = isinstance(p, tuple)
        t = p[1] if bold else p
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(t)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % ''.join(body))
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
         '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>'),
        ('docProps/core.xml', _CORE.format(title=escape(title), creator=escape(creator), created=created)),
        ('word/document.xml', doc),
    ]
    return make_zip([(n, d.encode('utf-8')) for n, d in files], date_time=date_time)


# ---------------------------------------------------------------- ISO 9660
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
    r = bytes([ln, 0]) + _both32(extent) + _both32(size) + _dirdate(dt) + bytes([flags, 0, 0]) + _both16(1) + bytes([len(ident)]) + ident
    return r + b'\x00' * (ln - len(r))


def make_iso(files, volume_id, date_time=(2026, 11, 3, 8, 12, 40), hidden=()):
    """files: list of (long_name, bytes). ISO 9660 level 1 names + Joliet."""
    S = 2048
    # layout: 0-15 system, 16 PVD, 17 SVD(Joliet), 18 terminator,
    # 19 L-path, 20 M-path, 21 J L-path, 22 J M-path, 23 root, 24 joliet root, 25.. files
    root_lba, jroot_lba = 23, 24
    lba = 25
    placed = []
    for i, (name, data) in enumerate(files):
        nsec = max(1, (len(data) + S - 1) // S)
        base = name.upper().rsplit('.', 1)
        short = ''.join(c for c in base[0] if c.isalnum() or c == '_')[:8] or 'FILE%d' % i
        ext = ''.join(c for c in base[1] if c.isalnum())[:3] if len(base) > 1 else ''
        short = '%s.%s;1' % (short, ext)
        placed.append((name, short, data, lba))
        lba += nsec
    total = lba

    def dir_sector(own, joliet):
        recs = _dirrec(own, S, date_time, 2, b'\x00') + _dirrec(own, S, date_time, 2, b'\x01')
        for name, short, data, l in sorted(placed, key=lambda p: p[0].encode('utf-16-be') if joliet else p[1]):
            ident = name.encode('utf-16-be') if joliet else short.encode('ascii')
            fl = 1 if name in hidden else 0
            recs += _dirrec(l, len(data), date_time, fl, ident)
        return recs + b'\x00' * (S - len(recs))

    def path_table(big, own):
        rec = bytes([1, 0]) + (struct.pack('>I', own) if big else struct.pack('<I', own)) + \
            (struct.pack('>H', 1) if big else struct.pack('<H', 1)) + b'\x00\x00'
        return rec

    def vd(kind, root, lpt, mpt, joliet):
        v = bytearray(S)
        v[0] = kind
        v[1:6] = b'CD001'
        v[6] = 1
        if joliet:
            sysid = 'WIN32'.encode('utf-16-be').ljust(32, b'\x00')
            volid = volume_id[:16].encode('utf-16-be').ljust(32, b'\x00')
            v[88:91] = b'%/E'
        else:
            sysid = b'WIN32'.ljust(32, b' ')
            volid = volume_id.upper()[:32].encode('ascii').ljust(32, b' ')
        v[8:40] = sysid
        v[40:72] = volid
        v[80:88] = _both32(total)
        v[120:124] = _both16(1)
        v[124:128] = _both16(1)
        v[128:132] = _both16(S)
        v[132:140] = _both32(10)
        v[140:144] = struct.pack('<I', lpt)
        v[148:152] = struct.pack('>I', mpt)
        v[156:190] = _dirrec(root, S, date_time, 2, b'\x00')
        pad = (b'\x00' * 128) if joliet else (b' ' * 128)
        v[190:318] = pad
        v[318:446] = pad
        v[446:574] = pad
        app = 'IMGBURN V2.5.8.0' if not joliet else ''
        v[574:702] = app.encode('ascii').ljust(128, b' ') if not joliet else pad
        v[702:813] = (b' ' * 111) if not joliet else b'\x00' * 111
        v[813:830] = _voldate(date_time)
        v[830:847] = _voldate(date_time)
        v[847:864] = b'0' * 16 + b'\x00'
        v[864:881] = b'0' * 16 + b'\x00'
        v[881] = 1
        return bytes(v)
    img = bytearray(S * 16)
    img += vd(1, root_lba, 19, 20, False)
    img += vd(2, jroot_lba, 21, 22, True)
    term = bytearray(S)
    term[0] = 255
    term[1:6] = b'CD001'
    term[6] = 1
    img += term
    for big, own in ((False, root_lba), (True, root_lba), (False, jroot_lba), (True, jroot_lba)):
        pt = path_table(big, own)
        img += pt + b'\x00' * (S - len(pt))
    img += dir_sector(root_lba, False)
    img += dir_sector(jroot_lba, True)
    for name, short, data, l in placed:
        assert len(img) == l * S
        nsec = max(1, (len(data) + S - 1) // S)
        img += data + b'\x00' * (nsec * S - len(data))
    return bytes(img)


def read_iso_joliet(img):
    """Return {name: bytes} from the Joliet tree of an image written above."""
    S = 2048
    p = 16 * S
    out = {}
    while img[p] != 255:
        if img[p] == 2 and img[p + 88:p + 91] == b'%/E':
            root = struct.unpack('<I', img[p + 156 + 2:p + 156 + 6])[0]
            d = img[root * S:(root + 1) * S]
            q = 0
            while q < S and d[q]:
                ln = d[q]
                ext = struct.unpack('<I', d[q + 2:q + 6])[0]
                size = struct.unpack('<I', d[q + 10:q + 14])[0]
                nl = d[q + 32]
                ident = d[q + 33:q + 33 + nl]
                if ident not in (b'\x00', b'\x01'):
                    out[ident.decode('utf-16-be')] = img[ext * S:ext * S + size]
                q += ln
        p += S
    return out
