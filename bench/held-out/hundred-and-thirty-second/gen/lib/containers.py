"""Deterministic ZIP (optionally ZipCrypto), OOXML (docx/xlsx), ISO 9660 (+Joliet), WAV builders."""
import io
import struct
import wave
import zlib
from xml.sax.saxutils import escape as _esc

# ------------------------------------------------------------------ ZIP

_CRC_TABLE = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRC_TABLE[(crc ^ b) & 0xFF]


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
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def _dostime(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(entries, password=None, rnd=None, made_by=0x031E, dt=(2026, 11, 1, 9, 0, 0), comment=b""):
    """entries: list of (name, data) or (name, data, dict(dt=..., store=bool, ext_attr=int, dir=bool)).

    password: bytes -> ZipCrypto (needs rnd: random.Random for the 12-byte header).
    """
    out = bytearray()
    central = bytearray()
    for e in entries:
        name, data = e[0], e[1]
        opts = e[2] if len(e) > 2 else {}
        edt = opts.get("dt", dt)
        t, d = _dostime(edt)
        is_dir = name.endswith("/")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if opts.get("store") or is_dir or not data:
            method = 0
            comp = data
        else:
            method = 8
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
        flags = 0
        try:
            fn = name.encode("ascii")
        except UnicodeEncodeError:
            fn = name.encode("utf-8")
            flags |= 0x800
        if password and not is_dir:
            flags |= 0x1
            zc = _ZipCrypto(password)
            hdr = bytes(rnd.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(hdr) + zc.encrypt(comp)
        ver = 20 if not is_dir else 10
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, ver, flags, method, t, d, crc, len(comp), len(data), len(fn), 0)
        offset = len(out)
        out += local + fn + comp
        ext = opts.get("ext_attr", (0o40755 << 16) | 0x10 if is_dir else (0o100644 << 16))
        if made_by & 0xFF00 == 0:
            ext = 0x10 if is_dir else 0x20
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, made_by, ver, flags, method, t, d, crc, len(comp),
                               len(data), len(fn), 0, 0, 0, 0, ext, offset) + fn
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off, len(comment))
    out += comment
    return bytes(out)


# ------------------------------------------------------------------ OOXML

def x(s):
    return _esc(str(s), {'"': "&quot;"})


def _core(title, creator, modified_by, created, modified):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>' % (
                x(title), x(creator), x(modified_by), created, modified)).encode("utf-8")


def _app(application="Microsoft Office Word", company=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<Company>%s</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>' % (
                x(application), x(company))).encode("utf-8")


_OX_DT = (1980, 1, 1, 0, 0, 0)


def docx(paragraphs, title="", creator="", modified_by="", created="2026-11-01T08:00:00Z", modified=None,
         company="", links=None):
    """paragraphs: list of (style, text) where style in ('h1','h2','p','b','li','small').
    links: list of (text, url) appended as hyperlink paragraphs."""
    modified = modified or created
    body = []
    rels = []
    for style, text in paragraphs:
        rpr = ""
        ppr = ""
        if style == "h1":
            ppr = '<w:pPr><w:spacing w:after="200"/></w:pPr>'
            rpr = '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>'
        elif style == "h2":
            ppr = '<w:pPr><w:spacing w:before="160" w:after="80"/></w:pPr>'
            rpr = '<w:rPr><w:b/><w:sz w:val="24"/></w:rPr>'
        elif style == "b":
            rpr = '<w:rPr><w:b/></w:rPr>'
        elif style == "small":
            rpr = '<w:rPr><w:sz w:val="16"/></w:rPr>'
        elif style == "li":
            ppr = '<w:pPr><w:ind w:left="360" w:hanging="240"/></w:pPr>'
            text = "\u2022 " + text
        body.append('<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, x(text)))
    for i, (text, url) in enumerate(links or [], 1):
        rid = "rId%d" % (100 + i)
        rels.append('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                    'hyperlink" Target="%s" TargetMode="External"/>' % (rid, x(url)))
        body.append('<w:p><w:hyperlink r:id="%s" w:history="1"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/>'
                    '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:hyperlink></w:p>' % (rid, x(text)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % "".join(body))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults>'
              '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/>'
              '</w:rPr></w:rPrDefault></w:docDefaults></w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'extended-properties+xml"/></Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
                 'core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                'styles" Target="styles.xml"/>%s</Relationships>' % "".join(rels))
    o = {"dt": _OX_DT}
    return make_zip([
        ("[Content_Types].xml", ct.encode(), o),
        ("_rels/.rels", root_rels.encode(), o),
        ("word/document.xml", doc.encode("utf-8"), o),
        ("word/_rels/document.xml.rels", doc_rels.encode("utf-8"), o),
        ("word/styles.xml", styles.encode(), o),
        ("docProps/core.xml", _core(title, creator, modified_by or creator, created, modified), o),
        ("docProps/app.xml", _app("Microsoft Office Word", company), o),
    ], made_by=0x0014)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="", creator="", modified_by="", created="2026-11-01T08:00:00Z", modified=None, company="",
         application="Microsoft Excel"):
    """sheets: list of (name, rows, opts) rows = list of lists (str/int/float/None).
    opts: {'widths': [..], 'links': [(cellref, url)], 'bold_rows': [0]}"""
    modified = modified or created
    o = {"dt": _OX_DT}
    files = []
    wb_sheets = []
    wb_rels = []
    ct_over = []
    for si, (name, rows, opts) in enumerate(sheets, 1):
        bold = set(opts.get("bold_rows", [0]))
        cols = ""
        if opts.get("widths"):
            cols = "<cols>%s</cols>" % "".join('<col min="%d" max="%d" width="%s" customWidth="1"/>' % (i + 1, i + 1, w)
                                               for i, w in enumerate(opts["widths"]))
        rx = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, v in enumerate(row):
                if v is None or v == "":
                    continue
                ref = "%s%d" % (_col(ci), ri + 1)
                st = ' s="1"' if ri in bold else ""
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    if isinstance(v, float):
                        st = ' s="2"' if ri not in bold else st
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v) if isinstance(v, float) else v))
                elif isinstance(v, str) and v.startswith("="):
                    cells.append('<c r="%s"%s><f>%s</f></c>' % (ref, st, x(v[1:])))
                else:
                    cells.append('<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, st, x(v)))
            rx.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
        hl = ""
        srels = []
        for li, (ref, url) in enumerate(opts.get("links", []), 1):
            srels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         'relationships/hyperlink" Target="%s" TargetMode="External"/>' % (li, x(url)))
        if srels:
            hl = "<hyperlinks>%s</hyperlinks>" % "".join('<hyperlink ref="%s" r:id="rId%d"/>' % (ref, li)
                                                        for li, (ref, _) in enumerate(opts["links"], 1))
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '%s<sheetData>%s</sheetData>%s<pageMargins left="0.7" right="0.7" top="0.78740157499999996" '
                 'bottom="0.78740157499999996" header="0.3" footer="0.3"/></worksheet>' % (cols, "".join(rx), hl))
        files.append(("xl/worksheets/sheet%d.xml" % si, sheet.encode("utf-8"), o))
        if srels:
            files.append(("xl/worksheets/_rels/sheet%d.xml.rels" % si,
                          ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://'
                           'schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' %
                           "".join(srels)).encode("utf-8"), o))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       'relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-'
                       'officedocument.spreadsheetml.worksheet+xml"/>' % si)
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   'styles" Target="styles.xml"/>' % (n + 1))
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>'
                '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
              '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sheet.main+xml"/>%s'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'extended-properties+xml"/></Types>' % "".join(ct_over))
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
                 'core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
           % "".join(wb_rels))
    allf = [("[Content_Types].xml", ct.encode(), o), ("_rels/.rels", root_rels.encode(), o),
            ("xl/workbook.xml", workbook.encode("utf-8"), o), ("xl/_rels/workbook.xml.rels", wbr.encode(), o),
            ("xl/styles.xml", styles.encode(), o)] + files + [
        ("docProps/core.xml", _core(title, creator, modified_by or creator, created, modified), o),
        ("docProps/app.xml", _app(application, company), o)]
    return make_zip(allf, made_by=0x0014)


# ------------------------------------------------------------------ ISO 9660 + Joliet

def _both16(v):
    return struct.pack("<H", v) + struct.pack(">H", v)


def _both32(v):
    return struct.pack("<I", v) + struct.pack(">I", v)


def _dirrec(lba, size, flags, name_bytes, dt):
    y, mo, d, h, mi, s = dt
    rec = struct.pack("<BB", 0, 0) + _both32(lba) + _both32(size) + bytes([y - 1900, mo, d, h, mi, s, 4]) + \
        bytes([flags, 0, 0]) + _both16(1) + bytes([len(name_bytes)]) + name_bytes
    if len(rec) % 2:
        rec += b"\x00"
    return bytes([len(rec)]) + rec[1:]


def _voldate(dt):
    y, mo, d, h, mi, s = dt
    return ("%04d%02d%02d%02d%02d%02d00" % (y, mo, d, h, mi, s)).encode() + bytes([4])


def make_iso(volume_id, files, dt=(2026, 11, 20, 10, 0, 0), app_id=""):
    """files: list of (long_name, short_name_8_3, data, hidden_bool). Single root directory."""
    S = 2048
    nfiles = len(files)
    # layout: 16 PVD, 17 Joliet SVD, 18 terminator, 19 L-path, 20 M-path, 21 J L-path, 22 J M-path,
    # 23 root (ISO), 24 root (Joliet), 25.. files
    lba = 25
    placed = []
    for (ln, sn, data, hidden) in files:
        placed.append((ln, sn, data, hidden, lba))
        lba += max(1, (len(data) + S - 1) // S)
    total = lba

    def root_dir(joliet):
        recs = _dirrec(24 if joliet else 23, S, 2, b"\x00", dt) + _dirrec(24 if joliet else 23, S, 2, b"\x01", dt)
        for (ln, sn, data, hidden, l) in sorted(placed, key=lambda p: p[0] if joliet else p[1]):
            nm = ln.encode("utf-16-be") if joliet else (sn + ";1").encode("ascii")
            recs += _dirrec(l, len(data), 1 if hidden else 0, nm, dt)
        return recs.ljust(S, b"\x00")

    def path_table(lba_root, big):
        fmt = ">I" if big else "<I"
        pf = ">H" if big else "<H"
        return (bytes([1, 0]) + struct.pack(fmt, lba_root) + struct.pack(pf, 1) + b"\x00\x00").ljust(S, b"\x00")

    def vd(joliet):
        typ = 2 if joliet else 1
        if joliet:
            vid = volume_id.encode("utf-16-be")[:32].ljust(32, b"\x00")
            sysid = b"\x00" * 32
            esc = b"%/E".ljust(32, b"\x00")
            pad = lambda s, n: s.encode("utf-16-be")[:n].ljust(n, b"\x00") if s else b"\x00 " * (n // 2)
        else:
            vid = volume_id.upper().encode("ascii")[:32].ljust(32, b" ")
            sysid = b"".ljust(32, b" ")
            esc = b"\x00" * 32
            pad = lambda s, n: s.upper().encode("ascii")[:n].ljust(n, b" ")
        root = _dirrec(24 if joliet else 23, S, 2, b"\x00", dt)
        d = bytes([typ]) + b"CD001" + bytes([1, 0]) + sysid + vid + b"\x00" * 8 + _both32(total) + esc + \
            _both16(1) + _both16(1) + _both16(S) + _both32(10) + \
            struct.pack("<I", 21 if joliet else 19) + struct.pack("<I", 0) + \
            struct.pack(">I", 22 if joliet else 20) + struct.pack(">I", 0) + root + \
            pad("", 128) + pad("", 128) + pad("", 128) + pad(app_id, 128) + \
            pad("", 37)[:37].ljust(37, b" " if not joliet else b"\x00") * 3 + \
            _voldate(dt) * 2 + b"0000000000000000\x00" * 2 + bytes([1, 0])
        return d.ljust(S, b"\x00")

    img = bytearray(b"\x00" * (16 * S))
    img += vd(False)
    img += vd(True)
    img += (bytes([255]) + b"CD001" + bytes([1])).ljust(S, b"\x00")
    img += path_table(23, False) + path_table(23, True) + path_table(24, False) + path_table(24, True)
    img += root_dir(False) + root_dir(True)
    for (ln, sn, data, hidden, l) in placed:
        blk = max(1, (len(data) + S - 1) // S)
        img += data.ljust(blk * S, b"\x00")
    assert len(img) == total * S
    return bytes(img)


# ------------------------------------------------------------------ WAV

def make_wav(seconds, rnd, rate=8000):
    """Quiet, inert 8-bit mono 'voicemail' audio (low-level noise with a soft tone)."""
    import math
    buf = io.BytesIO()
    w = wave.open(buf, "wb")
    w.setnchannels(1)
    w.setsampwidth(1)
    w.setframerate(rate)
    frames = bytearray()
    for i in range(int(seconds * rate)):
        env = 0.5 + 0.5 * math.sin(i / rate * 2 * math.pi * 3.1)
        v = 128 + int(10 * env * math.sin(i / rate * 2 * math.pi * (180 + 40 * math.sin(i / 4000.0)))) + rnd.randint(-2, 2)
        frames.append(max(0, min(255, v)))
    w.writeframes(bytes(frames))
    w.close()
    return buf.getvalue()
