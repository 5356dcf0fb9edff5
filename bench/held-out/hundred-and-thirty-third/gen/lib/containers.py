"""Deterministic ZIP (plain and ZipCrypto-encrypted), DOCX, XLSX and
ISO 9660 (+Joliet) builders.  All content is inert."""
import binascii
import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

# ------------------------------------------------------------------ ZIP


def _dos(dt):
    t = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    d = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    return t, d


def make_zip(files, dt=(2026, 11, 3, 9, 12, 0), names_cp=None, comment=b""):
    """files: list of (name, bytes).  names_cp: None -> UTF-8 flag set for
    non-ASCII names; 'cp866' -> names stored in OEM code page without the
    flag, as Windows' built-in zipper and older archivers do."""
    out = bytearray()
    central = bytearray()
    t, d = _dos(dt)
    for name, data in files:
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        cdata = comp.compress(data) + comp.flush()
        method = 8
        if len(cdata) >= len(data):
            cdata, method = data, 0
        crc = binascii.crc32(data) & 0xFFFFFFFF
        flag = 0
        if names_cp:
            nb = name.encode(names_cp)
        else:
            try:
                nb = name.encode("ascii")
            except UnicodeEncodeError:
                nb = name.encode("utf-8")
                flag |= 0x800
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flag, method, t, d, crc,
                           len(cdata), len(data), len(nb), 0) + nb + cdata
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314 if not names_cp else 0x0014, 20, flag,
                               method, t, d, crc, len(cdata), len(data), len(nb), 0, 0, 0, 0,
                               (0o100644 << 16) if not names_cp else 0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off,
                       len(comment)) + comment
    return bytes(out)


class _ZC:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw:
            self.update(c)

    @staticmethod
    def _crc(c, b):
        return (binascii.crc32(bytes([b]), c ^ 0xFFFFFFFF) ^ 0xFFFFFFFF) & 0xFFFFFFFF

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
            c = p ^ self.stream_byte()
            self.update(p)
            out.append(c)
        return bytes(out)


def make_zip_encrypted(files, password, r, dt=(2026, 11, 3, 9, 12, 0)):
    """Traditional PKWARE (ZipCrypto) encryption, as 7-Zip/WinZip produce
    with 'ZipCrypto' selected.  r: seeded random generator for the header."""
    pw = password.encode("utf-8")
    out = bytearray()
    central = bytearray()
    t, d = _dos(dt)
    for name, data in files:
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        cdata = comp.compress(data) + comp.flush()
        crc = binascii.crc32(data) & 0xFFFFFFFF
        hdr = bytes(r.getrandbits(8) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
        enc = _ZC(pw).encrypt(hdr + cdata)
        try:
            nb, flag = name.encode("ascii"), 0x1
        except UnicodeEncodeError:
            nb, flag = name.encode("utf-8"), 0x801
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flag, 8, t, d, crc, len(enc), len(data),
                           len(nb), 0) + nb + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x003F, 20, flag, 8, t, d, crc, len(enc),
                               len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


# ------------------------------------------------------------------ OOXML

def _ooxml(parts, dt):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return bio.getvalue()


def _core(title, author, created, modified_by=None, company=None):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (escape(title), escape(author), escape(modified_by or author), created, created))


def _app(app, company):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<Company>%s</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'
            % (escape(app), escape(company)))


def make_docx(paragraphs, title, author, created, company="", dt=(2026, 11, 3, 9, 12, 0), lang="de-DE"):
    """paragraphs: list of str or dicts {text, bold, size, link}.  Hyperlinks
    become relationship-targeted w:hyperlink elements."""
    rels, body = [], []
    for p in paragraphs:
        if isinstance(p, str):
            p = {"text": p}
        rpr = ""
        if p.get("bold"):
            rpr += "<w:b/>"
        if p.get("size"):
            rpr += '<w:sz w:val="%d"/>' % (p["size"] * 2)
        rpr = "<w:rPr>%s<w:lang w:val=\"%s\"/></w:rPr>" % (rpr, lang)
        align = '<w:pPr><w:jc w:val="%s"/></w:pPr>' % p["align"] if p.get("align") else ""
        run = '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(p["text"]))
        if p.get("link"):
            rid = "rId%d" % (len(rels) + 10)
            rels.append((rid, p["link"]))
            run = ('<w:hyperlink r:id="%s" w:history="1"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/>'
                   '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink>' % (rid, escape(p["text"])))
        body.append("<w:p>%s%s</w:p>" % (align, run))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % "".join(body))
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               + "".join('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
                         'Target="%s" TargetMode="External"/>' % (rid, escape(u)) for rid, u in rels)
               + "</Relationships>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults>'
              '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/>'
              '</w:rPr></w:rPrDefault></w:docDefaults></w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rootrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '</Relationships>')
    return _ooxml([("[Content_Types].xml", ct), ("_rels/.rels", rootrels),
                   ("word/document.xml", doc), ("word/_rels/document.xml.rels", docrels),
                   ("word/styles.xml", styles), ("docProps/core.xml", _core(title, author, created)),
                   ("docProps/app.xml", _app("Microsoft Office Word", company))], dt)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, title, author, created, company="", dt=(2026, 11, 3, 9, 12, 0)):
    """sheets: list of (name, rows); cells are str (inline string) or numbers."""
    wb_sheets, wb_rels, ct_over, parts = [], [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xrows = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"%s><is><t>%s</t></is></c>'
                                 % (ref, ' s="1"' if r == 1 else "", escape(str(v))))
            xrows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        parts.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(xrows)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                       'Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" '
                       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    n = len(sheets)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join(wb_sheets))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>' % ("".join(wb_rels), n + 1))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>' % "".join(ct_over))
    rootrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                '</Relationships>')
    return _ooxml([("[Content_Types].xml", ct), ("_rels/.rels", rootrels), ("xl/workbook.xml", wb),
                   ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)] + parts
                  + [("docProps/core.xml", _core(title, author, created)),
                     ("docProps/app.xml", _app("Microsoft Excel", company))], dt)


# ------------------------------------------------------------------ ISO 9660


def _both16(v):
    return struct.pack("<H", v) + struct.pack(">H", v)


def _both32(v):
    return struct.pack("<I", v) + struct.pack(">I", v)


def _dirdate(dt):
    return bytes([dt[0] - 1900, dt[1], dt[2], dt[3], dt[4], dt[5], 0])


def _voldate(dt):
    return ("%04d%02d%02d%02d%02d%02d00" % dt).encode() + b"\x00"


def _record(name_bytes, lba, size, dt, flags):
    ln = 33 + len(name_bytes)
    ln += ln % 2
    rec = struct.pack("<BB", ln, 0) + _both32(lba) + _both32(size) + _dirdate(dt) + bytes([flags, 0, 0]) \
        + _both16(1) + bytes([len(name_bytes)]) + name_bytes
    return rec + b"\x00" * (ln - len(rec))


def make_iso(files, volume_id, dt=(2026, 11, 3, 9, 12, 0), app="IMGBURN V2.5.8.0 - THE ULTIMATE IMAGE BURNER!"):
    """ISO 9660 level 1 names plus a Joliet tree carrying the long names.
    files: list of (long_name, bytes, short_name)."""
    S = 2048
    # layout: 16 system | 16 PVD | 17 SVD(Joliet) | 18 term | 19 L-pt | 20 M-pt | 21 jL | 22 jM | 23 root | 24 jroot | 25.. data
    lba_data = 25
    placed, cur = [], lba_data
    for name, data, short in files:
        placed.append((name, data, short, cur))
        cur += (len(data) + S - 1) // S or 1
    total = cur

    def root_dir(joliet):
        me = 24 if joliet else 23
        recs = _record(b"\x00", me, S, dt, 2) + _record(b"\x01", me, S, dt, 2)
        for name, data, short, lba in placed:
            nb = name.encode("utf-16-be") if joliet else (short.upper() + ";1").encode("ascii")
            recs += _record(nb, lba, len(data), dt, 0)
        return recs + b"\x00" * (S - len(recs))

    def pathtable(le, joliet):
        ext = 24 if joliet else 23
        pack = "<" if le else ">"
        e = struct.pack(pack[0] + "BBIH", 1, 0, ext, 1) + b"\x00\x00"
        return e

    def vd(kind, joliet):
        root = _record(b"\x00", 24 if joliet else 23, S, dt, 2)
        def txt(s, n):
            if joliet:
                b = s.encode("utf-16-be")
                return (b + " ".encode("utf-16-be") * n)[:n]
            return (s.encode("ascii") + b" " * n)[:n]
        v = bytes([kind]) + b"CD001\x01\x00" + txt("WIN32", 32) + txt(volume_id, 32) + b"\x00" * 8 \
            + _both32(total) + ((b"%/E" + b"\x00" * 29) if joliet else b"\x00" * 32) + _both16(1) + _both16(1) + _both16(S) \
            + _both32(10) + struct.pack("<I", 21 if joliet else 19) + b"\x00" * 4 \
            + struct.pack(">I", 22 if joliet else 20) + b"\x00" * 4 + root + txt(volume_id, 128) \
            + txt("", 128) + txt("", 128) + txt(app, 128) + txt("", 37) + txt("", 37) + txt("", 37) \
            + _voldate(dt) + _voldate(dt) + b"0" * 16 + b"\x00" + b"0" * 16 + b"\x00" + b"\x01\x00"
        return v + b"\x00" * (S - len(v))

    img = bytearray(b"\x00" * S * 16)
    img += vd(1, False)
    img += vd(2, True)
    img += (b"\xffCD001\x01" + b"\x00" * (S - 7))
    for le, jo in ((True, False), (False, False), (True, True), (False, True)):
        pt = pathtable(le, jo)
        img += pt + b"\x00" * (S - len(pt))
    img += root_dir(False)
    img += root_dir(True)
    for name, data, short, lba in placed:
        assert len(img) == lba * S
        img += data + b"\x00" * ((S - len(data) % S) % S or (S if not data else 0))
    return bytes(img)


def read_iso_names(img):
    """Return (iso9660_names, joliet_names) for verification."""
    S = 2048
    out = []
    for sector in (16, 17):
        vd = img[S * sector:S * sector + S]
        assert vd[1:6] == b"CD001", "bad volume descriptor"
        root = vd[156:156 + 34]
        lba, = struct.unpack("<I", root[2:6])
        size, = struct.unpack("<I", root[10:14])
        d = img[lba * S:lba * S + size]
        p, names = 0, []
        while p < len(d) and d[p]:
            ln = d[p]
            nl = d[p + 32]
            nm = d[p + 33:p + 33 + nl]
            flba, = struct.unpack("<I", d[p + 2:p + 6])
            fsz, = struct.unpack("<I", d[p + 10:p + 14])
            if nm not in (b"\x00", b"\x01"):
                names.append((nm.decode("utf-16-be") if sector == 17 else nm.decode("ascii"),
                              img[flba * S:flba * S + fsz]))
            p += ln
        out.append(names)
    return out
