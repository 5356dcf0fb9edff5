"""Deterministic ZIP-based files: plain ZIP, ZipCrypto-encrypted ZIP,
XLSX and DOCX (OOXML) built with zipfile, ISO 9660 images, iCalendar."""
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

FIXED = (2026, 1, 1, 0, 0, 0)


def zip_plain(files, date_time=FIXED):
    """files: list of (name, bytes) or (name, bytes, date_time)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for f in files:
            name, data = f[0], f[1]
            dt = f[2] if len(f) > 2 else date_time
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16 if not name.endswith("/") else 0o40755 << 16 | 0x10
            zi.create_system = 0
            z.writestr(zi, data, compresslevel=6)
    return buf.getvalue()


# ------------------------------------------------------------- ZipCrypto
def _crc_table():
    t = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        t.append(c)
    return t


_CRC = _crc_table()


class _Keys:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self.update(b)

    def update(self, b):
        self.k0 = (self.k0 >> 8) ^ _CRC[(self.k0 ^ b) & 0xFF]
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = (self.k2 >> 8) ^ _CRC[(self.k2 ^ (self.k1 >> 24)) & 0xFF]

    def stream_byte(self):
        t = (self.k2 | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            c = b ^ self.stream_byte()
            self.update(b)
            out.append(c)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_encrypted(files, password, rng):
    """Traditional PKWARE (ZipCrypto) encrypted ZIP. files: (name, data, date_time)."""
    pwd = password.encode("utf-8")
    out = bytearray()
    central = bytearray()
    for name, data, dt in files:
        nameb = name.encode("cp437") if all(ord(c) < 128 for c in name) else name.encode("utf-8")
        flags = 0x1 | (0x800 if nameb != name.encode("cp437", "replace") else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        keys = _Keys(pwd)
        header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = keys.encrypt(header + comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, t, d, crc, len(enc), len(data), len(nameb), 0)
        out += nameb + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0014, 20, flags, 8, t, d, crc, len(enc),
                               len(data), len(nameb), 0, 0, 0, 0, 0x20, off) + nameb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


# ------------------------------------------------------------------ XLSX
def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, creator="", created="2026-01-01T00:00:00Z", app="Microsoft Excel", company=""):
    """sheets: list of (name, rows, colwidths) ; cell value str/int/float or ('b', text) for bold."""
    files = []
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    for i in range(len(sheets)):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct.append('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    files.append(("[Content_Types].xml", "".join(ct)))
    files.append(("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'))
    files.append(("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>%s</Application>'
                  '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company>%s</Company><LinksUpToDate>false</LinksUpToDate>'
                  '<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
                  % (escape(app), escape(company))))
    files.append(("docProps/core.xml", _core(creator, created)))
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (name, rows, widths) in enumerate(sheets):
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(name), i + 1, i + 1))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
        sx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">']
        if widths:
            sx.append("<cols>" + "".join('<col min="%d" max="%d" width="%.1f" customWidth="1"/>' % (j + 1, j + 1, w)
                                         for j, w in enumerate(widths)) + "</cols>")
        sx.append("<sheetData>")
        for r, row in enumerate(rows):
            sx.append('<row r="%d">' % (r + 1))
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r + 1)
                style = ""
                if isinstance(v, tuple):
                    style = ' s="1"'
                    v = v[1]
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    sx.append('<c r="%s"%s><v>%s</v></c>' % (ref, style, repr(v) if isinstance(v, float) else v))
                else:
                    sx.append('<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>' % (ref, style, escape(str(v))))
            sx.append("</row>")
        sx.append("</sheetData></worksheet>")
        files.append(("xl/worksheets/sheet%d.xml" % (i + 1), "".join(sx)))
    wb.append("</sheets></workbook>")
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>' % (len(sheets) + 1))
    files.append(("xl/workbook.xml", "".join(wb)))
    files.append(("xl/_rels/workbook.xml.rels", "".join(rels)))
    files.append(("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
                  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
                  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
                  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'))
    return zip_plain([(n, d.encode("utf-8")) for n, d in files], date_time=(1980, 1, 1, 0, 0, 0))


def _core(creator, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(creator), escape(creator), created, created))


# ------------------------------------------------------------------ DOCX
def docx(paragraphs, creator="", created="2026-01-01T00:00:00Z", app="Microsoft Office Word", company=""):
    """paragraphs: list of str or ('b', str) for bold or ('h', str) for heading-size bold."""
    body = []
    for p in paragraphs:
        kind, text = ("n", p) if isinstance(p, str) else p
        rpr = ""
        if kind == "b":
            rpr = "<w:rPr><w:b/></w:rPr>"
        elif kind == "h":
            rpr = '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
        runs = []
        for i, line in enumerate(text.split("\n")):
            if i:
                runs.append("<w:r>%s<w:br/></w:r>" % rpr)
            runs.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(line)))
        body.append("<w:p>%s</w:p>" % "".join(runs))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", doc),
        ("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
         'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
         '<TotalTime>12</TotalTime><Pages>1</Pages><Application>%s</Application><DocSecurity>0</DocSecurity>'
         '<Company>%s</Company><AppVersion>16.0000</AppVersion></Properties>' % (escape(app), escape(company))),
        ("docProps/core.xml", _core(creator, created)),
    ]
    return zip_plain([(n, d.encode("utf-8")) for n, d in files], date_time=(1980, 1, 1, 0, 0, 0))


# ------------------------------------------------------------------- ISO
def _both16(v):
    return struct.pack("<H", v) + struct.pack(">H", v)


def _both32(v):
    return struct.pack("<I", v) + struct.pack(">I", v)


def _dirrec(extent, size, name, flags, dt):
    y, mo, d, h, mi, s = dt
    rec = (struct.pack("<BB", 0, 0) + _both32(extent) + _both32(size) +
           bytes([y - 1900, mo, d, h, mi, s, 0]) + bytes([flags, 0, 0]) + _both16(1) +
           bytes([len(name)]) + name)
    if len(rec) % 2:
        rec += b"\x00"
    return bytes([len(rec)]) + rec[1:]


def iso9660(volume_id, files, dt):
    """files: list of (NAME.EXT, data). Single root directory, level 1 image."""
    SEC = 2048
    root_lba = 20
    data_lba = 21
    recs = [_dirrec(root_lba, SEC, b"\x00", 2, dt), _dirrec(root_lba, SEC, b"\x01", 2, dt)]
    blobs = []
    lba = data_lba
    for name, data in files:
        recs.append(_dirrec(lba, len(data), (name + ";1").encode("ascii"), 0, dt))
        blobs.append((lba, data))
        lba += (len(data) + SEC - 1) // SEC
    total = lba
    root = b"".join(recs).ljust(SEC, b"\x00")
    def dstr(s, n):
        return s.encode("ascii").ljust(n, b" ")
    y, mo, d, h, mi, s = dt
    ldt = ("%04d%02d%02d%02d%02d%02d00" % (y, mo, d, h, mi, s)).encode() + b"\x00"
    pt = struct.pack("<BBIH", 1, 0, root_lba, 1) + b"\x00\x00"
    ptm = struct.pack(">BBIH", 1, 0, root_lba, 1) + b"\x00\x00"
    pvd = (b"\x01CD001\x01\x00" + dstr("", 32) + dstr(volume_id, 32) + b"\x00" * 8 + _both32(total) +
           b"\x00" * 32 + _both16(1) + _both16(1) + _both16(SEC) + _both32(len(pt)) +
           struct.pack("<I", 18) + struct.pack("<I", 0) + struct.pack(">I", 19) + struct.pack(">I", 0) +
           _dirrec(root_lba, SEC, b"\x00", 2, dt) + dstr("", 128) + dstr("", 128) + dstr("", 128) +
           dstr("", 128) + dstr("", 37) + dstr("", 37) + dstr("", 37) + ldt + ldt + b"0" * 16 + b"\x00" +
           b"0" * 16 + b"\x00" + b"\x01\x00")
    pvd = pvd.ljust(SEC, b"\x00")
    term = b"\xffCD001\x01".ljust(SEC, b"\x00")
    img = bytearray(b"\x00" * SEC * 16)
    img += pvd + term + pt.ljust(SEC, b"\x00") + ptm.ljust(SEC, b"\x00") + root
    for lba_, data in blobs:
        assert len(img) == lba_ * SEC
        img += data
        img += b"\x00" * ((-len(data)) % SEC)
    return bytes(img)


def iso_list(img):
    """Return [(name, data)] of the root directory (verification)."""
    SEC = 2048
    if img[16 * SEC + 1:16 * SEC + 6] != b"CD001":
        raise ValueError("no ISO 9660 PVD")
    rootrec = img[16 * SEC + 156:16 * SEC + 190]
    lba = struct.unpack("<I", rootrec[2:6])[0]
    size = struct.unpack("<I", rootrec[10:14])[0]
    d = img[lba * SEC:lba * SEC + size]
    out = []
    p = 0
    while p < len(d) and d[p]:
        ln = d[p]
        rec = d[p:p + ln]
        nl = rec[32]
        name = rec[33:33 + nl]
        if name not in (b"\x00", b"\x01"):
            el = struct.unpack("<I", rec[2:6])[0]
            sz = struct.unpack("<I", rec[10:14])[0]
            out.append((name.decode("ascii"), img[el * SEC:el * SEC + sz]))
        p += ln
    return out


# -------------------------------------------------------------- iCalendar
def ics_fold(line):
    b = line.encode("utf-8")
    out = []
    while len(b) > 75:
        cut = 75 if not out else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
    out.append(b)
    return b"\r\n ".join(out)


def ics(lines):
    return b"\r\n".join(ics_fold(l) for l in lines) + b"\r\n"


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
