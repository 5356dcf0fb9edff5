"""Deterministic containers: ZIP (optionally ZipCrypto-encrypted),
XLSX, DOCX, ISO 9660 with Joliet, WAV, iCalendar."""

import math
import struct
import zlib
from xml.sax.saxutils import escape as _x


# ---------------------------------------------------------------- ZIP

def _crc_byte(crc, b):
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self.update(c)

    def update(self, c):
        k = self.k
        k[0] = _crc_byte(k[0], c)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_byte(k[2], k[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self.update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, rng=None, password=None, comment=b""):
    """files: list of (name, bytes, (Y,M,D,h,m,s)) -> bytes.  Names are
    stored as UTF-8 (flag bit 11) when not plain ASCII."""
    out = bytearray()
    central = bytearray()
    for name, data, dt in files:
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        flags = 0
        try:
            fname = name.encode("ascii")
        except UnicodeEncodeError:
            fname = name.encode("utf-8")
            flags |= 0x800
        if password:
            flags |= 1
            zc = _ZipCrypto(password)
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(hdr) + zc.encrypt(comp)
        t, d = _dos_time(dt)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc, len(comp), len(data), len(fname), 0)
        out += fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E if not name.endswith("/") else 0x031E,
                               20, flags, method, t, d, crc, len(comp), len(data), len(fname), 0, 0, 0, 0,
                               (0o100644 << 16), off)
        central += fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, len(comment)) + comment
    return bytes(out)


# ------------------------------------------------------------- OOXML

_OOXML_DT = (2026, 1, 1, 0, 0, 0)


def _core(title, creator, created, modified=None, last_by=None):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>') % (
        _x(title), _x(creator), _x(last_by or creator), created, modified or created)


def _app(app):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            '<AppVersion>16.0300</AppVersion></Properties>') % _x(app)


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, title="", creator="", created="2026-11-01T08:00:00Z", last_by=None, zip_dt=None):
    """sheets: list of (name, rows); rows are lists of str/int/float/None.
    A cell given as ("b", value) is written bold."""
    strings = []
    sidx = {}

    def si(s):
        if s not in sidx:
            sidx[s] = len(strings)
            strings.append(s)
        return sidx[s]
    sheet_xml = []
    for name, rows in sheets:
        rx = []
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                style = 0
                if isinstance(v, tuple):
                    style, v = 1, v[1]
                ref = "%s%d" % (_col(c), r + 1)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    st = 2 if isinstance(v, float) else style
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, ' s="%d"' % st if st else "", repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s"%s t="s"><v>%d</v></c>' % (ref, ' s="1"' if style else "", si(str(v))))
            rx.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
        ncols = max(len(r) for r in rows) if rows else 1
        cols = '<cols><col min="1" max="%d" width="22" customWidth="1"/></cols>' % ncols
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                         '%s<sheetData>%s</sheetData></worksheet>' % (cols, "".join(rx)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets)))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
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
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(n), i + 1, i + 1) for i, (n, _) in enumerate(sheets))
          + '</sheets></workbook>')
    n = len(sheets)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1)
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' % (n + 2)
              + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>') % (
        len(strings), len(strings), "".join('<si><t xml:space="preserve">%s</t></si>' % _x(s) for s in strings))
    dt = zip_dt or (1980, 1, 1, 0, 0, 0)
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", _app("Microsoft Excel")),
             ("docProps/core.xml", _core(title, creator, created, None, last_by)), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst)]
    files += [("xl/worksheets/sheet%d.xml" % (i + 1), x) for i, x in enumerate(sheet_xml)]
    return make_zip([(n_, d.encode("utf-8"), dt) for n_, d in files])


def make_docx(paragraphs, title="", creator="", created="2026-11-01T08:00:00Z", last_by=None, zip_dt=None):
    """paragraphs: list of str or (style, str) with style in {"b","h","i"}."""
    body = []
    for p in paragraphs:
        style = ""
        if isinstance(p, tuple):
            style, p = p
        rpr = ""
        if style == "b":
            rpr = "<w:rPr><w:b/></w:rPr>"
        elif style == "h":
            rpr = '<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
        elif style == "i":
            rpr = "<w:rPr><w:i/></w:rPr>"
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(p)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" '
           'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>') % "".join(body)
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
    dt = zip_dt or (1980, 1, 1, 0, 0, 0)
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/app.xml", _app("Microsoft Office Word")),
             ("docProps/core.xml", _core(title, creator, created, None, last_by)), ("word/document.xml", doc)]
    return make_zip([(n_, d.encode("utf-8"), dt) for n_, d in files])


# ------------------------------------------------------------- ISO 9660

def _both16(v):
    return struct.pack("<H", v) + struct.pack(">H", v)


def _both32(v):
    return struct.pack("<I", v) + struct.pack(">I", v)


def _dr(extent, size, name_bytes, flags, dt7):
    ln = 33 + len(name_bytes)
    pad = b"\0" if len(name_bytes) % 2 == 0 else b""
    return (struct.pack("BB", ln + len(pad), 0) + _both32(extent) + _both32(size) + dt7 +
            struct.pack("BBB", flags, 0, 0) + _both16(1) + struct.pack("B", len(name_bytes)) + name_bytes + pad)


def make_iso(files, volume_id, dt):
    """files: list of (long_name, short_8_3_name, bytes).  dt=(Y,M,D,h,m,s)."""
    S = 2048
    y, mo, d, h, mi, s = dt
    dt7 = struct.pack("7B", y - 1900, mo, d, h, mi, s, 0)
    dt17 = ("%04d%02d%02d%02d%02d%02d00" % dt).encode() + b"\0"
    # layout
    lba = 25
    placed = []
    for long_name, short, data in files:
        placed.append((long_name, short, data, lba))
        lba += max(1, (len(data) + S - 1) // S)
    total = lba

    def dirdata(joliet, self_lba):
        recs = _dr(self_lba, S, b"\0", 2, dt7) + _dr(self_lba, S, b"\1", 2, dt7)
        items = []
        for long_name, short, data, at in placed:
            nm = (long_name + ";1").encode("utf-16-be") if joliet else (short.upper() + ";1").encode("ascii")
            items.append((nm, _dr(at, len(data), nm, 0, dt7)))
        for nm, rec in sorted(items):
            recs += rec
        return recs + b"\0" * (S - len(recs))

    def pathtable(self_lba, big):
        return struct.pack("BB", 1, 0) + (struct.pack(">I", self_lba) if big else struct.pack("<I", self_lba)) + \
            (struct.pack(">H", 1) if big else struct.pack("<H", 1)) + b"\0\0"

    def vd(kind, root_lba, lpt, mpt, joliet):
        b = bytearray(S)
        b[0] = kind
        b[1:6] = b"CD001"
        b[6] = 1
        if joliet:
            sysid = "".encode("utf-16-be").ljust(32, b"\0")
            volid = volume_id.encode("utf-16-be")[:32].ljust(32, b"\0")
            b[88:91] = b"%/E"
        else:
            sysid = b"".ljust(32, b" ")
            volid = volume_id.upper().encode("ascii")[:32].ljust(32, b" ")
        b[8:40] = sysid
        b[40:72] = volid
        b[80:88] = _both32(total)
        b[120:124] = _both16(1)
        b[124:128] = _both16(1)
        b[128:132] = _both16(S)
        b[132:140] = _both32(10)
        b[140:144] = struct.pack("<I", lpt)
        b[148:152] = struct.pack(">I", mpt)
        b[156:190] = _dr(root_lba, S, b"\0", 2, dt7)
        blank = (b"\0" if joliet else b" ")
        for a, ln in ((190, 128), (318, 128), (446, 128), (574, 128), (702, 37), (739, 37), (776, 37)):
            b[a:a + ln] = blank * ln
        b[813:830] = dt17
        b[830:847] = dt17
        b[847:864] = b"0000000000000000\0"
        b[864:881] = b"0000000000000000\0"
        b[881] = 1
        return bytes(b)
    out = bytearray(S * 16)
    out += vd(1, 23, 19, 20, False)
    out += vd(2, 24, 21, 22, True)
    term = bytearray(S)
    term[0] = 255
    term[1:6] = b"CD001"
    term[6] = 1
    out += term
    for big, r in ((False, 23), (True, 23), (False, 24), (True, 24)):
        out += pathtable(r, big).ljust(S, b"\0")
    out += dirdata(False, 23)
    out += dirdata(True, 24)
    for long_name, short, data, at in placed:
        assert len(out) == at * S
        n = max(1, (len(data) + S - 1) // S)
        out += data + b"\0" * (n * S - len(data))
    return bytes(out)


def read_iso_joliet(data):
    """Return {long_name: bytes} from the Joliet tree of an ISO we built."""
    S = 2048
    assert data[S * 16 + 1:S * 16 + 6] == b"CD001"
    svd = data[S * 17:S * 18]
    assert svd[0] == 2 and svd[88:91] == b"%/E"
    root = svd[156:190]
    lba = struct.unpack("<I", root[2:6])[0]
    size = struct.unpack("<I", root[10:14])[0]
    d = data[lba * S:lba * S + size]
    out = {}
    p = 0
    while p < len(d) and d[p]:
        ln = d[p]
        ext = struct.unpack("<I", d[p + 2:p + 6])[0]
        sz = struct.unpack("<I", d[p + 10:p + 14])[0]
        fl = d[p + 25]
        nl = d[p + 32]
        nm = d[p + 33:p + 33 + nl]
        if not fl & 2:
            out[nm.decode("utf-16-be").rsplit(";", 1)[0]] = data[ext * S:ext * S + sz]
        p += ln
    return out


# ----------------------------------------------------------------- WAV

def make_wav(rng, seconds=6.0, rate=8000):
    """Telephone-band 'voice-like' noise bursts (no real speech)."""
    n = int(seconds * rate)
    frames = bytearray()
    phase = 0.0
    for i in range(n):
        t = i / rate
        env = max(0.0, math.sin(math.pi * ((t * 2.3) % 1.0))) ** 2
        if (int(t * 2.3) % 4) == 3:
            env *= 0.05
        f = 180 + 60 * math.sin(2 * math.pi * 0.7 * t)
        phase += 2 * math.pi * f / rate
        v = env * (0.45 * math.sin(phase) + 0.2 * math.sin(3 * phase) + 0.12 * (rng.random() - 0.5))
        frames += struct.pack("<h", int(max(-1, min(1, v)) * 12000))
    hdr = b"RIFF" + struct.pack("<I", 36 + len(frames)) + b"WAVEfmt " + struct.pack(
        "<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data" + struct.pack("<I", len(frames))
    return hdr + bytes(frames)


# ------------------------------------------------------------ iCalendar

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


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(lines):
    return b"\r\n".join(ics_fold(l) for l in lines) + b"\r\n"
