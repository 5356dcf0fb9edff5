"""Deterministic ZIP (incl. traditional PKWARE encryption), XLSX, DOCX and ISO 9660 builders."""
import struct
import zlib
from xml.sax.saxutils import escape

# ------------------------------------------------------------------ ZIP
_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [305419896, 591751049, 878082192]
        for b in pwd:
            self.update(b)

    def _crc(self, c, b):
        return _CRC_TABLE[(c ^ b) & 0xFF] ^ (c >> 8)

    def update(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def stream_byte(self):
        t = (self.k[2] | 2) & 0xFFFF
        return ((t * (t ^ 1)) >> 8) & 0xFF

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            out.append(p ^ self.stream_byte())
            self.update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def make_zip(entries, rng=None, password=None, comment=b""):
    """entries: list of (name, data, (y,mo,d,h,mi,s)) or (name, data, dt, store_flag)."""
    out = bytearray()
    central = bytearray()
    for ent in entries:
        name, data, dt = ent[:3]
        store = len(ent) > 3 and ent[3]
        nb = name.encode("utf-8")
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if store or name.endswith("/"):
            comp, method = data, 0
        else:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp, method = co.compress(data) + co.flush(), 8
        if password:
            flags |= 1
            zc = _ZipCrypto(password.encode("utf-8"))
            hdr = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(hdr) + zc.encrypt(comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc, len(comp), len(data), len(nb), 0)
        out += nb + comp
        ext = (0o40755 << 16) | 0x10 if name.endswith("/") else (0o100644 << 16)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, method, t, d, crc, len(comp),
                               len(data), len(nb), 0, 0, 0, 0, ext, off)
        central += nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off, len(comment))
    out += comment
    return bytes(out)


# ------------------------------------------------------------------ OOXML
_CT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(title, creator, modified_by, created_iso, modified_iso):
    return (_CT_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(title), escape(creator), escape(modified_by), created_iso, modified_iso))


def _app(application, company):
    return (_CT_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<Company>%s</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
            % (escape(application), escape(company)))


_RELS_ROOT = (_CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>'
              '</Relationships>')


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, dt, title="", creator="", company="", widths=None):
    """sheets: list of (name, rows); a row is a list of cells: str | int | float | ('b', value) | ('m', number)."""
    shared = []
    idx = {}

    def si(s):
        if s not in idx:
            idx[s] = len(shared)
            shared.append(s)
        return idx[s]

    sheet_xml = []
    for sname, rows in sheets:
        rx = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                if v is None or v == "":
                    continue
                ref = "%s%d" % (_col(c), r)
                style = 0
                if isinstance(v, tuple):
                    kind, v = v
                    style = {"b": 1, "m": 2, "bm": 3}[kind]
                if isinstance(v, str):
                    cells.append('<c r="%s" t="s"%s><v>%d</v></c>' % (ref, (' s="%d"' % style) if style else "", si(v)))
                else:
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, (' s="%d"' % style) if style else "", repr(v)))
            rx.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        cols = ""
        if widths:
            cols = "<cols>%s</cols>" % "".join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w)
                                               for i, w in enumerate(widths))
        sheet_xml.append(_CT_HEAD + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                         '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                         '%s<sheetData>%s</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
                         'header="0.3" footer="0.3"/></worksheet>' % (cols, "".join(rx)))
    n = len(sheets)
    ct = (_CT_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    wb = (_CT_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>'
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(s[0]), i + 1, i + 1) for i, s in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = (_CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1)
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2)
              + '</Relationships>')
    styles = (_CT_HEAD + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    sst = (_CT_HEAD + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(shared), len(shared), "".join('<si><t xml:space="preserve">%s</t></si>' % escape(s) for s in shared)))
    iso = "%04d-%02d-%02dT%02d:%02d:%02dZ" % dt
    files = [("[Content_Types].xml", ct), ("_rels/.rels", _RELS_ROOT % "xl/workbook.xml"),
             ("docProps/app.xml", _app("Microsoft Excel", company)),
             ("docProps/core.xml", _core(title, creator, creator, iso, iso)),
             ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles),
             ("xl/sharedStrings.xml", sst)]
    files += [("xl/worksheets/sheet%d.xml" % (i + 1), x) for i, x in enumerate(sheet_xml)]
    return make_zip([(n, d.encode("utf-8"), (1980, 1, 1, 0, 0, 0)) for n, d in files])


def docx(paragraphs, dt, title="", creator="", company=""):
    """paragraphs: list of str or (style, str) where style in {'b','h','i','c'} (c = centred bold)."""
    body = []
    for p in paragraphs:
        style = ""
        if isinstance(p, tuple):
            style, p = p
        rpr = ""
        ppr = ""
        if style in ("b", "h", "c"):
            rpr = "<w:rPr><w:b/>%s</w:rPr>" % ('<w:sz w:val="28"/>' if style == "h" else "")
        if style == "i":
            rpr = "<w:rPr><w:i/></w:rPr>"
        if style == "c":
            ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>'
        if p == "":
            body.append("<w:p/>")
        else:
            body.append('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(p)))
    doc = (_CT_HEAD + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % "".join(body))
    ct = (_CT_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    iso = "%04d-%02d-%02dT%02d:%02d:%02dZ" % dt
    files = [("[Content_Types].xml", ct), ("_rels/.rels", _RELS_ROOT % "word/document.xml"),
             ("docProps/app.xml", _app("Microsoft Office Word", company)),
             ("docProps/core.xml", _core(title, creator, creator, iso, iso)), ("word/document.xml", doc)]
    return make_zip([(n, d.encode("utf-8"), (1980, 1, 1, 0, 0, 0)) for n, d in files])


# ------------------------------------------------------------------ ISO 9660
def _both16(v):
    return struct.pack("<H", v) + struct.pack(">H", v)


def _both32(v):
    return struct.pack("<I", v) + struct.pack(">I", v)


def _dirrec(name, extent, size, dt, is_dir):
    nb = name
    ln = 33 + len(nb)
    ln += ln % 2
    rec = struct.pack("<BB", ln, 0) + _both32(extent) + _both32(size)
    y, mo, d, h, mi, s = dt
    rec += bytes([y - 1900, mo, d, h, mi, s, 0]) + bytes([2 if is_dir else 0, 0, 0]) + _both16(1)
    rec += bytes([len(nb)]) + nb
    return rec + b"\x00" * (ln - len(rec))


def iso9660(files, volume_id, dt, preparer="", application=""):
    """files: list of (NAME.EXT, data). Single root directory, ISO level 2 names."""
    S = 2048
    root_ext = 20
    ext = 21
    layout = []
    for name, data in files:
        layout.append((name, data, ext))
        ext += max(1, (len(data) + S - 1) // S)
    total = ext + 150  # trailing padding as written by mastering tools
    root = _dirrec(b"\x00", root_ext, S, dt, True) + _dirrec(b"\x01", root_ext, S, dt, True)
    for name, data, e in layout:
        root += _dirrec((name.upper() + ";1").encode("ascii"), e, len(data), dt, False)
    root = root.ljust(S, b"\x00")
    pad = lambda s, n: s.encode("ascii").ljust(n, b" ")
    y, mo, d, h, mi, s = dt
    ds = ("%04d%02d%02d%02d%02d%02d00" % (y, mo, d, h, mi, s)).encode() + b"\x00"
    pvd = b"\x01CD001\x01\x00" + pad("", 32) + pad(volume_id, 32) + b"\x00" * 8 + _both32(total) + b"\x00" * 32
    pvd += _both16(1) + _both16(1) + _both16(S) + _both32(10)
    pvd += struct.pack("<I", 18) + struct.pack("<I", 0) + struct.pack(">I", 19) + struct.pack(">I", 0)
    pvd += _dirrec(b"\x00", root_ext, S, dt, True)
    pvd += pad("", 128) + pad("", 128) + pad(preparer, 128) + pad(application, 128)
    pvd += pad("", 37) * 3 + ds + ds + b"0" * 16 + b"\x00" + b"0" * 16 + b"\x00" + b"\x01\x00"
    pvd = pvd.ljust(S, b"\x00")
    term = b"\xffCD001\x01".ljust(S, b"\x00")
    lpt = (bytes([1, 0]) + struct.pack("<I", root_ext) + struct.pack("<H", 1) + b"\x00\x00").ljust(S, b"\x00")
    mpt = (bytes([1, 0]) + struct.pack(">I", root_ext) + struct.pack(">H", 1) + b"\x00\x00").ljust(S, b"\x00")
    out = b"\x00" * (16 * S) + pvd + term + lpt + mpt + root
    for name, data, e in layout:
        out += data + b"\x00" * ((-len(data)) % S if data else S)
    out += b"\x00" * (150 * S)
    assert len(out) == total * S
    return out


def read_iso9660(img):
    """Return list of (name, data) from the root directory (verification)."""
    S = 2048
    pvd = img[16 * S:17 * S]
    if pvd[1:6] != b"CD001":
        raise ValueError("no ISO 9660 PVD")
    rr = pvd[156:190]
    ext, = struct.unpack("<I", rr[2:6])
    size, = struct.unpack("<I", rr[10:14])
    d = img[ext * S:ext * S + size]
    out = []
    p = 0
    while p < len(d) and d[p]:
        ln = d[p]
        e, = struct.unpack("<I", d[p + 2:p + 6])
        sz, = struct.unpack("<I", d[p + 10:p + 14])
        nl = d[p + 32]
        nm = d[p + 33:p + 33 + nl]
        if nm not in (b"\x00", b"\x01"):
            out.append((nm.decode("ascii").split(";")[0], img[e * S:e * S + sz]))
        p += ln
    return out
