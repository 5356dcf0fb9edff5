"""ZIP (plain and ZipCrypto), minimal OOXML (xlsx/docx), ISO 9660+Joliet images,
iCalendar.  All deterministic."""

import struct
import zlib
from xml.sax.saxutils import escape as _xesc

# ------------------------------------------------------------------ ZIP
_CRC = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRC[(crc ^ b) & 0xFF]


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self.update(b)

    def update(self, b):
        k = self.k
        k[0] = _crc_byte(k[0], b)
        k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], k[1] >> 24)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self.update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, rng=None, made_by="dos", comment=b""):
    """files: list of (name, bytes, (y,mo,d,h,mi,s)).  password: str or None."""
    out = b""
    cd = b""
    for name, data, dt in files:
        t, d = _dos(dt)
        try:
            nb = name.encode("ascii")
            flags = 0
        except UnicodeEncodeError:
            nb = name.encode("utf-8")
            flags = 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode("utf-8"))
            hdr = rng.rbytes(11) + bytes([crc >> 24])
            comp = zc.enc(hdr) + zc.enc(comp)
        is_dir = name.endswith("/")
        lh = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, flags, method, t, d, crc, len(comp), len(data),
                         len(nb), 0)
        off = len(out)
        out += lh + nb + comp
        if made_by == "unix":
            vmb, ext = 0x031E, ((0o40755 if is_dir else 0o100644) << 16) | (0x10 if is_dir else 0)
        else:
            vmb, ext = 20, (0x10 if is_dir else 0x20)
        cd += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", vmb, 20, flags, method, t, d, crc, len(comp),
                          len(data), len(nb), 0, 0, 0, 0, ext, off) + nb
    eocd = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(files), len(files), len(cd), len(out), len(comment))
    return out + cd + eocd + comment


# ------------------------------------------------------------------ OOXML
def _x(s):
    return _xesc(str(s))


def _core(title, creator, modby, created, modified):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (_x(title), _x(creator), _x(modby), created, modified)).encode("utf-8")


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="", creator="", modby="", created="2026-10-01T08:00:00Z", modified=None,
         app="Microsoft Excel", dt=(2026, 10, 1, 8, 0, 0)):
    """sheets: list of (name, rows); rows: list of lists of str/int/float/None;
    a str starting with '**' is bold."""
    modified = modified or created
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    for i in range(len(sheets)):
        ct += ('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-'
               'officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    ct += ('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
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
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    for i, (nm, _r) in enumerate(sheets):
        wb += '<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(nm), i + 1, i + 1)
        wbr += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1))
    wb += "</sheets></workbook>"
    wbr += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/></Relationships>' % (len(sheets) + 1))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    files = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
             ("docProps/app.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                                   '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                                   '<Application>%s</Application><DocSecurity>0</DocSecurity><AppVersion>16.0300</AppVersion>'
                                   '</Properties>' % _x(app)).encode()),
             ("docProps/core.xml", _core(title, creator, modby, created, modified)),
             ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbr.encode()),
             ("xl/styles.xml", styles.encode())]
    for i, (nm, rows) in enumerate(sheets):
        sd = ""
        for r, row in enumerate(rows):
            cells = ""
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r + 1)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)):
                    st = ' s="2"' if isinstance(v, float) else ""
                    cells += '<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v) if isinstance(v, float) else v)
                else:
                    b = v.startswith("**")
                    v = v[2:] if b else v
                    cells += '<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>' % (
                        ref, ' s="1"' if b else "", _x(v))
            sd += '<row r="%d">%s</row>' % (r + 1, cells)
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
              '<sheetData>%s</sheetData></worksheet>' % sd)
        files.append(("xl/worksheets/sheet%d.xml" % (i + 1), ws.encode("utf-8")))
    return make_zip([(n, d, dt) for n, d in files])


def docx(paragraphs, title="", creator="", modby="", created="2026-10-01T08:00:00Z", modified=None,
         dt=(2026, 10, 1, 8, 0, 0)):
    """paragraphs: list of str; '**' prefix = bold; '##' prefix = heading (bold, larger)."""
    modified = modified or created
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = ""
    for p in paragraphs:
        rpr = ""
        if p.startswith("##"):
            p = p[2:]
            rpr = "<w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr>"
        elif p.startswith("**"):
            p = p[2:]
            rpr = "<w:rPr><w:b/></w:rPr>"
        body += '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % body)
    files = [("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
             ("docProps/app.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                                   '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                                   '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion>'
                                   '</Properties>').encode()),
             ("docProps/core.xml", _core(title, creator, modby, created, modified)),
             ("word/document.xml", doc.encode("utf-8"))]
    return make_zip([(n, d, dt) for n, d in files])


# ------------------------------------------------------------------ ISO 9660
def _both32(v):
    return struct.pack("<I", v) + struct.pack(">I", v)


def _both16(v):
    return struct.pack("<H", v) + struct.pack(">H", v)


def _dirrec(ident, extent, size, dt, flags):
    y, mo, d, h, mi, s = dt
    ln = 33 + len(ident)
    ln += ln % 2
    r = struct.pack("<BB", ln, 0) + _both32(extent) + _both32(size) + bytes([y - 1900, mo, d, h, mi, s, 4]) + \
        bytes([flags, 0, 0]) + _both16(1) + bytes([len(ident)]) + ident
    return r + b"\0" * (ln - len(r))


def _dt17(dt):
    y, mo, d, h, mi, s = dt
    return ("%04d%02d%02d%02d%02d%02d00" % (y, mo, d, h, mi, s)).encode() + bytes([4])


def iso9660(files, volume="CDROM", dt=(2026, 11, 3, 9, 12, 40), app=""):
    """files: list of (long name, bytes). Level-1 names are derived; Joliet
    carries the long names."""
    S = 2048
    n = len(files)
    first = 25
    extents = []
    cur = first
    for _nm, data in files:
        extents.append(cur)
        cur += max(1, (len(data) + S - 1) // S)
    total = cur

    def pad(b):
        return b + b"\0" * ((-len(b)) % S)

    def l1name(i, nm):
        base, _, ext = nm.rpartition(".")
        base = "".join(c for c in base.upper() if c.isalnum() or c == "_")[:8] or "FILE%d" % i
        ext = "".join(c for c in ext.upper() if c.isalnum())[:3]
        return ("%s.%s;1" % (base, ext)).encode("ascii")

    def rootdir(joliet):
        recs = _dirrec(b"\0", 23 if not joliet else 24, S, dt, 2) + _dirrec(b"\1", 23 if not joliet else 24, S, dt, 2)
        ents = []
        for i, (nm, data) in enumerate(files):
            ident = nm.encode("utf-16-be") if joliet else l1name(i, nm)
            ents.append((ident, extents[i], len(data)))
        ents.sort(key=lambda e: e[0])
        for ident, ext, sz in ents:
            recs += _dirrec(ident, ext, sz, dt, 0)
        return pad(recs)

    def pathtable(be, loc):
        if be:
            return pad(bytes([1, 0]) + struct.pack(">I", loc) + struct.pack(">H", 1) + b"\0\0")
        return pad(bytes([1, 0]) + struct.pack("<I", loc) + struct.pack("<H", 1) + b"\0\0")

    def vd(typ, joliet):
        enc = (lambda s, l: s.encode("utf-16-be")[:l].ljust(l, b"\0" if False else b"\0")) if joliet else \
            (lambda s, l: s.upper().encode("ascii")[:l].ljust(l, b" "))
        if joliet:
            def enc(s, l):
                b = s.encode("utf-16-be")[:l]
                while len(b) < l:
                    b += b"\0 "
                return b[:l]
        v = bytes([typ]) + b"CD001" + b"\1" + b"\0"
        v += enc("", 32) + enc(volume, 32) + b"\0" * 8 + _both32(total)
        v += (b"%/E" + b"\0" * 29) if joliet else b"\0" * 32
        v += _both16(1) + _both16(1) + _both16(S) + _both32(10)
        if joliet:
            v += struct.pack("<I", 21) + struct.pack("<I", 0) + struct.pack(">I", 22) + struct.pack(">I", 0)
        else:
            v += struct.pack("<I", 19) + struct.pack("<I", 0) + struct.pack(">I", 20) + struct.pack(">I", 0)
        v += _dirrec(b"\0", 24 if joliet else 23, S, dt, 2)
        v += enc("", 128) + enc("", 128) + enc("", 128) + enc(app, 128)
        v += enc("", 37) + enc("", 37) + enc("", 37)
        v += _dt17(dt) + _dt17(dt) + b"0" * 16 + b"\0" + _dt17(dt) + b"\1\0"
        return pad(v)

    img = b"\0" * (16 * S)
    img += vd(1, False) + vd(2, True)
    img += pad(bytes([255]) + b"CD001\1")
    img += pathtable(False, 23) + pathtable(True, 23) + pathtable(False, 24) + pathtable(True, 24)
    img += rootdir(False) + rootdir(True)
    for _nm, data in files:
        img += pad(data) if data else b"\0" * S
    assert len(img) == total * S
    return img


def iso_list(img):
    """Return [(joliet name, bytes)] from an image made by iso9660()."""
    S = 2048
    assert img[16 * S + 1:16 * S + 6] == b"CD001"
    svd = img[17 * S:18 * S]
    assert svd[0] == 2 and svd[88:91] == b"%/E"
    root = svd[156:156 + 34]
    ext, = struct.unpack("<I", root[2:6])
    size, = struct.unpack("<I", root[10:14])
    d = img[ext * S:ext * S + size]
    res = []
    p = 0
    while p < len(d) and d[p]:
        ln = d[p]
        e, = struct.unpack("<I", d[p + 2:p + 6])
        sz, = struct.unpack("<I", d[p + 10:p + 14])
        il = d[p + 32]
        ident = d[p + 33:p + 33 + il]
        if ident not in (b"\0", b"\1"):
            res.append((ident.decode("utf-16-be"), img[e * S:e * S + sz]))
        p += ln
    return res


# ------------------------------------------------------------------ iCalendar
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
