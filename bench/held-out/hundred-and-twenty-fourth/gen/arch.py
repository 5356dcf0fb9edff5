"""Deterministic container formats: ZIP (optionally ZipCrypto encrypted),
XLSX, DOCX and a minimal ISO 9660 image."""

import struct
import zlib
from xml.sax.saxutils import escape as _xesc


def xesc(s):
    return _xesc(s, {'"': "&quot;"})


# ----------------------------------------------------------------- ZIP ----

_CRCTAB = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if (_c & 1) else (_c >> 1)
    _CRCTAB.append(_c)


def _crc_byte(crc, b):
    return _CRCTAB[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._update(b)

    def _update(self, b):
        k = self.k
        k[0] = _crc_byte(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ ks)
            self._update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def make_zip(files, password=None, rng=None, made_by_dos=True, comment=b""):
    """files: list of (name, bytes, (y,mo,d,h,mi,s)) or (name, bytes, dt,
    store_flag). Returns bytes. With password: ZipCrypto (PKWARE
    traditional encryption), as 7-Zip/WinRAR/Windows do by default."""
    out = bytearray()
    central = bytearray()
    for item in files:
        name, data, dt = item[0], item[1], item[2]
        store = len(item) > 3 and item[3]
        nb = name.encode("utf-8")
        flags = 0
        try:
            name.encode("ascii")
        except UnicodeEncodeError:
            flags |= 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if store:
            method, comp = 0, data
        else:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            method, comp = 8, co.compress(data) + co.flush()
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode("utf-8"))
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(hdr) + zc.encrypt(comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d,
                           crc, len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50,
                               20 if made_by_dos else 0x031E, 20, flags, method,
                               t, d, crc, len(comp), len(data), len(nb), 0, 0,
                               0, 0, 0x20 if made_by_dos else 0x81A40000, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files),
                       len(central), cd_off, len(comment)) + comment
    return bytes(out)


# ---------------------------------------------------------------- XLSX ----

def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _core(creator, modified_by, created, modified, title=""):
    t = ("<dc:title>%s</dc:title>" % xesc(title)) if title else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '%s<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (t, xesc(creator), xesc(modified_by), created, modified)).encode("utf-8")


def make_xlsx(sheets, dt, creator="", modified_by="", app="Microsoft Excel",
              company=""):
    """sheets: list of (name, rows, colwidths) where rows are lists of
    cells: str, int/float, or ('b', value) for bold, or ('n2', value) for a
    2-decimal number. dt: (y,mo,d,h,mi,s)."""
    iso = "%04d-%02d-%02dT%02d:%02d:%02dZ" % dt
    files = []
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    for i in range(len(sheets)):
        ct += ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct += ('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    files.append(("[Content_Types].xml", ct.encode(), dt))
    files.append(("_rels/.rels", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>').encode(), dt))
    app_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
               '<Company>%s</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
               '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
               % (xesc(app), xesc(company)))
    files.append(("docProps/app.xml", app_xml.encode("utf-8"), dt))
    files.append(("docProps/core.xml", _core(creator, modified_by or creator, iso, iso), dt))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    for i, (name, rows, widths) in enumerate(sheets):
        wb += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), i + 1, i + 1)
        rels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
    wb += '</sheets></workbook>'
    rels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>' % (len(sheets) + 1))
    files.append(("xl/workbook.xml", wb.encode("utf-8"), dt))
    files.append(("xl/_rels/workbook.xml.rels", rels.encode(), dt))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    for i, (name, rows, widths) in enumerate(sheets):
        x = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')
        if widths:
            x += "<cols>" + "".join('<col min="%d" max="%d" width="%.2f" customWidth="1"/>' % (j + 1, j + 1, w)
                                    for j, w in enumerate(widths)) + "</cols>"
        x += "<sheetData>"
        for r, row in enumerate(rows):
            x += '<row r="%d">' % (r + 1)
            for c, cell in enumerate(row):
                ref = "%s%d" % (_col(c), r + 1)
                style = 0
                if isinstance(cell, tuple):
                    style = {"b": 1, "n2": 2}[cell[0]]
                    cell = cell[1]
                if cell is None or cell == "":
                    continue
                st = (' s="%d"' % style) if style else ""
                if isinstance(cell, str):
                    x += '<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>' % (ref, st, xesc(cell))
                else:
                    x += '<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(cell) if isinstance(cell, float) else str(cell))
            x += "</row>"
        x += "</sheetData></worksheet>"
        files.append(("xl/worksheets/sheet%d.xml" % (i + 1), x.encode("utf-8"), dt))
    files.append(("xl/styles.xml", styles.encode(), dt))
    return make_zip(files)


# ---------------------------------------------------------------- DOCX ----

def make_docx(paras, dt, creator="", modified_by="", title="", image=None,
              company=""):
    """paras: list of items: str, ('b', str) bold, ('h', str) heading,
    ('img',) placeholder where the image goes, ('table', rows).
    image: PNG bytes, shown at 4 cm."""
    iso = "%04d-%02d-%02dT%02d:%02d:%00dZ" % dt if False else \
        "%04d-%02d-%02dT%02d:%02d:%02dZ" % dt
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = ""

    def run(t, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "",
                                           ('<w:sz w:val="%d"/>' % size) if size else "")
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(t))
    for p in paras:
        if isinstance(p, str):
            body += "<w:p>%s</w:p>" % run(p)
        elif p[0] == "b":
            body += "<w:p>%s</w:p>" % run(p[1], True)
        elif p[0] == "h":
            body += '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>%s</w:p>' % run(p[1], True, 28)
        elif p[0] == "img":
            emu = 1440000
            body += ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
                     '<wp:extent cx="%d" cy="%d"/><wp:docPr id="1" name="Grafik 1"/>'
                     '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                     '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                     '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                     '<pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
                     '<pic:blipFill><a:blip r:embed="rId10"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                     '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                     '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
                     '</wp:inline></w:drawing></w:r></w:p>' % (emu, emu, emu, emu))
        elif p[0] == "table":
            body += '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>' + \
                "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % s
                        for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + \
                '</w:tblBorders></w:tblPr>'
            for i, row in enumerate(p[1]):
                body += "<w:tr>" + "".join("<w:tc><w:p>%s</w:p></w:tc>" % run(str(c), i == 0) for c in row) + "</w:tr>"
            body += "</w:tbl><w:p/>"
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document %s xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % (W, body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="png" ContentType="image/png"/>' if image else "") +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    files = [("[Content_Types].xml", ct.encode(), dt)]
    files.append(("_rels/.rels", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>').encode(), dt))
    files.append(("word/document.xml", doc.encode("utf-8"), dt))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    if image:
        rels += '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'
    rels += "</Relationships>"
    files.append(("word/_rels/document.xml.rels", rels.encode(), dt))
    if image:
        files.append(("word/media/image1.png", image, dt, True))
    files.append(("docProps/core.xml", _core(creator, modified_by or creator, iso, iso, title), dt))
    files.append(("docProps/app.xml", (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Template>Normal.dotm</Template><TotalTime>4</TotalTime><Pages>1</Pages>'
        '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        '<Company>%s</Company><AppVersion>16.0000</AppVersion></Properties>' % xesc(company)).encode("utf-8"), dt))
    return make_zip(files)


# ----------------------------------------------------------------- ISO ----

def _both16(v):
    return struct.pack("<H", v) + struct.pack(">H", v)


def _both32(v):
    return struct.pack("<I", v) + struct.pack(">I", v)


def _dirrec(name, extent, size, flags, dt):
    y, mo, d, h, mi, s = dt
    nb = name
    ln = 33 + len(nb)
    if ln % 2:
        ln += 1
    rec = struct.pack("<BB", ln, 0) + _both32(extent) + _both32(size) + \
        bytes([y - 1900, mo, d, h, mi, s, 4]) + bytes([flags, 0, 0]) + \
        _both16(1) + bytes([len(nb)]) + nb
    return rec + b"\x00" * (ln - len(rec))


def make_iso(files, volume_id, dt, publisher=""):
    """files: list of (NAME.EXT, bytes). ISO 9660 level 2 names."""
    SEC = 2048
    first_file = 21
    extents = []
    cur = first_file
    for name, data in files:
        extents.append(cur)
        cur += max(1, (len(data) + SEC - 1) // SEC)
    total = cur
    root = _dirrec(b"\x00", 20, SEC, 2, dt) + _dirrec(b"\x01", 20, SEC, 2, dt)
    for (name, data), ext in zip(files, extents):
        root += _dirrec((name + ";1").encode("ascii"), ext, len(data), 0, dt)
    root = root + b"\x00" * (SEC - len(root))

    def dstr(dtt):
        return ("%04d%02d%02d%02d%02d%02d00" % dtt).encode() + bytes([4])
    pvd = bytearray(SEC)
    pvd[0] = 1
    pvd[1:6] = b"CD001"
    pvd[6] = 1
    pvd[8:40] = b" " * 32
    vid = volume_id.encode("ascii")[:32]
    pvd[40:72] = vid + b" " * (32 - len(vid))
    pvd[80:88] = _both32(total)
    pvd[120:124] = _both16(1)
    pvd[124:128] = _both16(1)
    pvd[128:132] = _both16(SEC)
    pvd[132:140] = _both32(10)
    pvd[140:144] = struct.pack("<I", 18)
    pvd[148:152] = struct.pack(">I", 19)
    pvd[156:190] = _dirrec(b"\x00", 20, SEC, 2, dt)
    pvd[190:318] = b" " * 128
    pub = publisher.encode("ascii")[:128]
    pvd[318:446] = pub + b" " * (128 - len(pub))
    pvd[446:574] = b" " * 128
    app = b"IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!"
    pvd[574:702] = app + b" " * (128 - len(app))
    pvd[702:813] = b" " * 111
    pvd[813:830] = dstr(dt)
    pvd[830:847] = dstr(dt)
    pvd[847:864] = b"0000000000000000\x00"
    pvd[864:881] = b"0000000000000000\x00"
    pvd[881] = 1
    term = bytearray(SEC)
    term[0] = 255
    term[1:6] = b"CD001"
    term[6] = 1
    ptl = bytes([1, 0]) + struct.pack("<I", 20) + struct.pack("<H", 1) + b"\x00\x00"
    ptm = bytes([1, 0]) + struct.pack(">I", 20) + struct.pack(">H", 1) + b"\x00\x00"
    out = bytearray(SEC * 16)
    out += pvd + term
    out += ptl + b"\x00" * (SEC - len(ptl))
    out += ptm + b"\x00" * (SEC - len(ptm))
    out += root
    for name, data in files:
        pad = (-len(data)) % SEC
        if not data:
            pad = SEC
        out += data + b"\x00" * pad
    assert len(out) == total * SEC
    return bytes(out)


def read_iso(data):
    """Parse the root directory of an ISO 9660 image. Returns {name: bytes}."""
    SEC = 2048
    pvd = data[16 * SEC:17 * SEC]
    if pvd[1:6] != b"CD001" or pvd[0] != 1:
        raise ValueError("no primary volume descriptor")
    rootrec = pvd[156:190]
    ext = struct.unpack("<I", rootrec[2:6])[0]
    size = struct.unpack("<I", rootrec[10:14])[0]
    d = data[ext * SEC:ext * SEC + size]
    pos = 0
    out = {}
    while pos < len(d) and d[pos]:
        ln = d[pos]
        rec = d[pos:pos + ln]
        e = struct.unpack("<I", rec[2:6])[0]
        s = struct.unpack("<I", rec[10:14])[0]
        nl = rec[32]
        name = rec[33:33 + nl]
        if name not in (b"\x00", b"\x01"):
            out[name.decode("ascii").split(";")[0]] = data[e * SEC:e * SEC + s]
        pos += ln
    return out
