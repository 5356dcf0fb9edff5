"""Deterministic ZIP writer (optional traditional PKWARE encryption), minimal OOXML
(XLSX/DOCX) builders and an ISO 9660 + Joliet image writer."""
import struct
import zlib
from xml.sax.saxutils import escape as _xesc

# ------------------------------------------------------------------ ZIP
_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def _crc_step(crc, b):
    return (crc >> 8) ^ _CRC_TABLE[(crc ^ b) & 0xFF]


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _upd(self, b):
        k0, k1, k2 = self.k
        k0 = _crc_step(k0, b)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = _crc_step(k2, k1 >> 24)
        self.k = [k0, k1, k2]

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._upd(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(entries, rng=None, comment=b""):
    """entries: list of dicts name, data, [date_time], [password bytes], [store], [utf8]."""
    out = bytearray()
    central = bytearray()
    for e in entries:
        name = e["name"]
        utf8 = any(ord(c) > 127 for c in name)
        nb = name.encode("utf-8") if utf8 else name.encode("cp437")
        data = e["data"]
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if e.get("store"):
            method, comp = 0, data
        else:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            method, comp = 8, co.compress(data) + co.flush()
        flags = 0x800 if utf8 else 0
        if method == 8:
            flags |= 2  # max compression
        if e.get("password"):
            flags |= 1
            zc = _ZipCrypto(e["password"])
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.enc(hdr) + zc.enc(comp)
        t, d = _dos(e.get("date_time", (2026, 10, 1, 9, 0, 0)))
        off = len(out)
        ver = 20
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, ver, flags, method, t, d, crc, len(comp), len(data), len(nb), 0)
        out += local + nb + comp
        ext_attr = 0x20  # archive bit
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0014 if not e.get("unix") else 0x0314, ver, flags, method,
                               t, d, crc, len(comp), len(data), len(nb), 0, 0, 0, 0, ext_attr, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off, len(comment)) + comment
    return bytes(out)


# ------------------------------------------------------------------ OOXML
def _x(s):
    return _xesc(str(s), {'"': "&quot;"})


def _core(title, creator, created, modified_by=None):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (_x(title), _x(creator), _x(modified_by or creator), created, created)).encode()


def _colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="", creator="", created="2026-10-01T08:00:00Z", app="Microsoft Excel", dt=(2026, 10, 1, 9, 0, 0)):
    """sheets: list of (name, rows); a cell is str, int/float, or ('=FORMULA', cached value).
    Strings go to sharedStrings, numbers stay numbers."""
    shared = []
    sidx = {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(shared)
            shared.append(s)
        return sidx[s]

    files = []
    wb_sheets = ""
    wb_rels = ""
    ct_sheets = ""
    for n, (name, rows) in enumerate(sheets, 1):
        xml = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>']
        for r, row in enumerate(rows, 1):
            xml.append('<row r="%d">' % r)
            for c, v in enumerate(row):
                ref = "%s%d" % (_colname(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, tuple):
                    xml.append('<c r="%s"><f>%s</f><v>%s</v></c>' % (ref, _x(v[0].lstrip("=")), v[1]))
                elif isinstance(v, (int, float)):
                    xml.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    xml.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, si(v)))
            xml.append("</row>")
        xml.append('</sheetData><pageMargins left="0.7" right="0.7" top="0.78740157499999996" bottom="0.78740157499999996" header="0.3" footer="0.3"/></worksheet>')
        files.append(("xl/worksheets/sheet%d.xml" % n, "".join(xml).encode("utf-8")))
        wb_sheets += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), n, n)
        wb_rels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                    'Target="worksheets/sheet%d.xml"/>' % (n, n))
        ct_sheets += ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n)
    k = len(sheets)
    wb_rels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (k + 1, k + 2))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(shared), len(shared)) +
           "".join('<si><t xml:space="preserve">%s</t></si>' % _x(s) for s in shared) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' + wb_sheets + '</sheets></workbook>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' + ct_sheets +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    app_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>%s</Application><DocSecurity>0</DocSecurity>'
               '<ScaleCrop>false</ScaleCrop><AppVersion>16.0300</AppVersion></Properties>' % _x(app))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + wb_rels + '</Relationships>')
    parts = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
             ("docProps/app.xml", app_xml.encode()), ("docProps/core.xml", _core(title, creator, created)),
             ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode())] + files + [
        ("xl/styles.xml", styles.encode()), ("xl/sharedStrings.xml", sst.encode("utf-8"))]
    return make_zip([{"name": n, "data": d, "date_time": (1980, 1, 1, 0, 0, 0)} for n, d in parts])


def docx(paragraphs, title="", creator="", created="2026-10-01T08:00:00Z", app="Microsoft Office Word"):
    """paragraphs: list of str or (str, 'b'|'h') tuples."""
    body = []
    for p in paragraphs:
        style = ""
        if isinstance(p, tuple):
            p, kind = p
        else:
            kind = ""
        rpr = "<w:rPr><w:b/></w:rPr>" if kind in ("b", "h") else ""
        if kind == "h":
            style = '<w:pPr><w:pStyle w:val="berschrift1"/></w:pPr>'
        runs = '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(p))
        body.append("<w:p>%s%s</w:p>" % (style, runs))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    app_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Application>%s</Application>'
               '<DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>' % _x(app))
    parts = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()), ("word/document.xml", doc.encode("utf-8")),
             ("docProps/app.xml", app_xml.encode()), ("docProps/core.xml", _core(title, creator, created))]
    return make_zip([{"name": n, "data": d, "date_time": (1980, 1, 1, 0, 0, 0)} for n, d in parts])


# ------------------------------------------------------------------ ISO 9660 + Joliet
def _both16(v):
    return struct.pack("<H", v) + struct.pack(">H", v)


def _both32(v):
    return struct.pack("<I", v) + struct.pack(">I", v)


def _dirrec(lba, size, name_b, is_dir, dt):
    y, mo, d, h, mi, s = dt
    rec = struct.pack("<BB", 0, 0) + _both32(lba) + _both32(size) + bytes([y - 1900, mo, d, h, mi, s, 4]) + \
        bytes([2 if is_dir else 0, 0, 0]) + _both16(1) + bytes([len(name_b)]) + name_b
    if len(rec) % 2:
        rec += b"\0"
    return bytes([len(rec)]) + rec[1:]


def iso9660(volume_id, files, dt=(2026, 11, 3, 10, 12, 0), app="IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!"):
    """files: list of (long name, data). Level-1 names in the primary tree, long names in Joliet."""
    S = 2048
    # layout: 16 system, 16 PVD, 17 SVD(Joliet), 18 terminator, 19 path L, 20 path M, 21 jpath L, 22 jpath M,
    # 23 root dir, 24 joliet root dir, 25.. files
    lba = 25
    placed = []
    for name, data in files:
        placed.append((name, data, lba))
        lba += max(1, (len(data) + S - 1) // S)
    total = lba

    def short(name, i):
        base, _, ext = name.rpartition(".")
        base = "".join(c for c in base.upper() if c.isalnum() or c == "_")[:8] or "FILE%d" % i
        ext = "".join(c for c in ext.upper() if c.isalnum())[:3]
        return ("%s.%s;1" % (base, ext)).encode("ascii")

    def dirblock(self_lba, joliet):
        b = _dirrec(self_lba, S, b"\0", True, dt) + _dirrec(self_lba, S, b"\1", True, dt)
        for i, (name, data, fl) in enumerate(placed):
            nb = name.encode("utf-16-be") if joliet else short(name, i)
            b += _dirrec(fl, len(data), nb, False, dt)
        return b.ljust(S, b"\0")

    def ptab(loc, big):
        p = struct.pack("BB", 1, 0) + (struct.pack(">I", loc) if big else struct.pack("<I", loc)) + \
            (struct.pack(">H", 1) if big else struct.pack("<H", 1)) + b"\0\0"
        return p

    def stamp():
        y, mo, d, h, mi, s = dt
        return ("%04d%02d%02d%02d%02d%02d00" % (y, mo, d, h, mi, s)).encode() + bytes([4])

    def vd(kind, root_lba, pl, pm, joliet):
        vid = volume_id.encode("utf-16-be")[:32].ljust(32, b"\0") if joliet else volume_id.upper().encode("ascii")[:32].ljust(32, b" ")
        v = bytes([kind]) + b"CD001\x01\x00" + b" " * 32 + vid + b"\0" * 8 + _both32(total)
        v += (b"%/E" + b"\0" * 29) if joliet else b"\0" * 32
        v += _both16(1) + _both16(1) + _both16(S) + _both32(10) + struct.pack("<I", pl) + b"\0\0\0\0" + struct.pack(">I", pm) + b"\0\0\0\0"
        v += _dirrec(root_lba, S, b"\0", True, dt)
        v += b" " * 128 * 3
        v += app.encode("ascii").ljust(128, b" ") if not joliet else app.encode("utf-16-be")[:128].ljust(128, b"\0")
        v += b" " * 37 * 3 + stamp() + stamp() + b"0" * 16 + b"\0" + b"0" * 16 + b"\0" + b"\x01\x00"
        return v.ljust(S, b"\0")

    img = bytearray(b"\0" * S * 16)
    img += vd(1, 23, 19, 20, False)
    img += vd(2, 24, 21, 22, True)
    img += (b"\xffCD001\x01").ljust(S, b"\0")
    img += ptab(23, False).ljust(S, b"\0") + ptab(23, True).ljust(S, b"\0")
    img += ptab(24, False).ljust(S, b"\0") + ptab(24, True).ljust(S, b"\0")
    img += dirblock(23, False) + dirblock(24, True)
    for name, data, fl in placed:
        n = max(1, (len(data) + S - 1) // S)
        img += data.ljust(n * S, b"\0")
    return bytes(img)


def iso_list(img):
    """Read the Joliet tree back (verification)."""
    S = 2048
    out = []
    for sec in range(16, 20):
        v = img[sec * S:(sec + 1) * S]
        if v[0] == 2 and v[88:91] == b"%/E":
            root = v[156:190]
            lba = struct.unpack("<I", root[2:6])[0]
            d = img[lba * S:(lba + 1) * S]
            p = 0
            while p < S and d[p]:
                ln = d[p]
                flba = struct.unpack("<I", d[p + 2:p + 6])[0]
                size = struct.unpack("<I", d[p + 10:p + 14])[0]
                nl = d[p + 32]
                nm = d[p + 33:p + 33 + nl]
                if nm not in (b"\0", b"\1"):
                    out.append((nm.decode("utf-16-be"), img[flba * S:flba * S + size]))
                p += ln
    return out
