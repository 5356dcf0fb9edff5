"""Inert attachment builders: text-only PDF, ZIP (optionally ZipCrypto), XLSX, WAV, SVG, ICS."""
import hashlib
import io
import struct
import unicodedata
import wave
import zipfile
import zlib

# ------------------------------------------------------------------ PDF
_PL = 'ŁłĄąĘęĆćŃńŚśŹźŻż'
_PL_NAMES = ['Lslash', 'lslash', 'Aogonek', 'aogonek', 'Eogonek', 'eogonek', 'Cacute', 'cacute',
             'Nacute', 'nacute', 'Sacute', 'sacute', 'Zacute', 'zacute', 'Zdotaccent', 'zdotaccent']
_GR = {'Α': 'A', 'Β': 'B', 'Γ': 'G', 'Δ': 'D', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Θ': 'Q', 'Ι': 'I', 'Κ': 'K',
       'Λ': 'L', 'Μ': 'M', 'Ν': 'N', 'Ξ': 'X', 'Ο': 'O', 'Π': 'P', 'Ρ': 'R', 'Σ': 'S', 'Τ': 'T', 'Υ': 'U',
       'Φ': 'F', 'Χ': 'C', 'Ψ': 'Y', 'Ω': 'W', 'ς': 'V'}
for _k, _v in list(_GR.items()):
    if _k != 'ς':
        _GR[_k.lower()] = _v.lower()


def _pdf_str(bs):
    out = []
    for b in bs:
        c = chr(b)
        if c in '()\\':
            out.append('\\' + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append('\\%03o' % b)
    return '(' + ''.join(out) + ')'


def _runs(text):
    """Split into (font, bytes) runs: 'T' = Helvetica (WinAnsi + Polish differences), 'S' = Symbol."""
    runs = []
    for ch in text:
        base = unicodedata.normalize('NFD', ch)[0]
        if base in _GR:
            f, b = 'S', _GR[base].encode('ascii')
        elif ch in _PL:
            f, b = 'T', bytes([1 + _PL.index(ch)])
        else:
            try:
                f, b = 'T', ch.encode('cp1252')
            except UnicodeEncodeError:
                f, b = 'T', b'?'
        if runs and runs[-1][0] == f:
            runs[-1][1].extend(b)
        else:
            runs.append((f, bytearray(b)))
    return runs


def _wrap(text, size, width=483):
    maxc = int(width / (size * 0.5))
    if len(text) <= maxc:
        return [text]
    out, cur = [], ''
    for w in text.split(' '):
        if cur and len(cur) + 1 + len(w) > maxc:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def pdf(lines, title='', author='', creator='', producer='', date=None):
    """lines: list of str or (str, size, bold).  date: 'D:20261005091422+02\'00\''"""
    items = []
    for ln in lines:
        if isinstance(ln, str):
            ln = (ln, 10, False)
        t, size, bold = ln
        for part in _wrap(t, size):
            items.append((part, size, bold))
    pages, cur, y = [], [], 790
    for t, size, bold in items:
        lh = size * 1.45
        if y - lh < 50:
            pages.append(cur)
            cur, y = [], 790
        cur.append((t, size, bold, y))
        y -= lh
    pages.append(cur)

    objs = {}
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 6 0 R >>'
    objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 6 0 R >>'
    objs[5] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>'
    objs[6] = ('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 %s] >>'
               % ' '.join('/' + n for n in _PL_NAMES)).encode()
    info = '<< '
    for k, v in (('Title', title), ('Author', author), ('Creator', creator), ('Producer', producer),
                 ('CreationDate', date), ('ModDate', date)):
        if v:
            info += '/%s %s ' % (k, _pdf_str(v.encode('cp1252', 'replace')))
    objs[7] = (info + '>>').encode()
    kids = []
    n = 8
    for pg in pages:
        ops = []
        for t, size, bold, yy in pg:
            ops.append('BT 56 %.1f Td' % yy)
            for f, b in _runs(t):
                font = 'F3' if f == 'S' else ('F2' if bold else 'F1')
                ops.append('/%s %d Tf %s Tj' % (font, size, _pdf_str(bytes(b))))
            ops.append('ET')
        stream = zlib.compress('\n'.join(ops).encode('latin-1'), 9)
        objs[n + 1] = (b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream)) + stream + b'\nendstream'
        objs[n] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R '
                   '/F2 4 0 R /F3 5 0 R >> >> /Contents %d 0 R >>' % (n + 1)).encode()
        kids.append(n)
        n += 2
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for i in range(1, n):
        offs[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % n
    for i in range(1, n):
        out += b'%010d 00000 n \n' % offs[i]
    fid = hashlib.md5(bytes(out)).hexdigest().upper()
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
            % (n, fid.encode(), fid.encode(), xref))
    return bytes(out)


def pdf_date(lt_str, off='+01\'00\''):
    """'2026-10-05 09:14:22' -> PDF date string."""
    d = lt_str.replace('-', '').replace(' ', '').replace(':', '')
    return "D:%s%s" % (d, off)


# ------------------------------------------------------------------ ZIP (ZipCrypto capable)
def _crc_table():
    t = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        t.append(c)
    return t


_CRCT = _crc_table()


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _crc(self, c, b):
        return (c >> 8) ^ _CRCT[(c ^ b) & 0xFF]

    def _upd(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], k[1] >> 24)

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


def zip_archive(entries, password=None, seed='zip', deflate=True):
    """entries: list of (name, bytes, (Y,M,D,h,m,s)).  Deterministic; ZipCrypto if password given."""
    out = bytearray()
    central = bytearray()
    rnd = hashlib.sha256(seed.encode()).digest()
    for idx, (name, data, dt) in enumerate(entries):
        nb = name.encode('utf-8')
        flag = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp, method = data, 0
        if password:
            flag |= 1
            hdr = hashlib.sha256(rnd + bytes([idx])).digest()[:11] + bytes([crc >> 24])
            zc = _ZipCrypto(password.encode())
            comp = zc.enc(hdr) + zc.enc(comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034B50, 20, flag, method, t, d, crc, len(comp), len(data),
                           len(nb), 0) + nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 0x031E if not password else 20, 20, flag,
                               method, t, d, crc, len(comp), len(data), len(nb), 0, 0, 0, 0,
                               0x81A40000 if not password else 0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off, 0)
    return bytes(out)


# ------------------------------------------------------------------ XLSX (inline strings)
def _x(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;'))


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet='Sheet1', creator='', dt=(2026, 10, 1, 9, 0, 0)):
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (_col(c), r)
            if v is None or v == '':
                continue
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        sd.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ('docProps/core.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">%04d-%02d-%02dT%02d:%02d:%02dZ</dcterms:created></cp:coreProperties>'
         % ((_x(creator),) + tuple(dt))),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
         '<sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>%s</sheetData></worksheet>' % ''.join(sd)),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, content.encode('utf-8'))
    return bio.getvalue()


# ------------------------------------------------------------------ WAV (quiet comfort noise)
def wav(seconds=2.0, rate=8000, seed='wav'):
    n = int(seconds * rate)
    h = hashlib.sha256(seed.encode()).digest()
    frames = bytearray()
    x = int.from_bytes(h[:4], 'little') or 1
    for _ in range(n):
        x = (1103515245 * x + 12345) & 0x7FFFFFFF
        frames += struct.pack('<h', ((x >> 16) % 61) - 30)
    bio = io.BytesIO()
    w = wave.open(bio, 'wb')
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(rate)
    w.writeframes(bytes(frames))
    w.close()
    return bio.getvalue()


# ------------------------------------------------------------------ ICS
def ics(uid, organizer, attendee, start_utc, end_utc, summary, description, location, stamp_utc,
        prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'):
    f = lambda d: d.strftime('%Y%m%dT%H%M%SZ')

    def fold(line):
        b = line.encode('utf-8')
        out = []
        while len(b) > 75:
            cut = 75
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b' ' + b[cut:]
        out.append(b)
        return b'\r\n'.join(out)
    esc = lambda s: s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             'ORGANIZER;CN="%s":mailto:%s' % organizer,
             'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % attendee,
             'DESCRIPTION;LANGUAGE=el-GR:' + esc(description),
             'UID:' + uid, 'SUMMARY;LANGUAGE=el-GR:' + esc(summary),
             'DTSTART:' + f(start_utc), 'DTEND:' + f(end_utc), 'DTSTAMP:' + f(stamp_utc),
             'LOCATION;LANGUAGE=el-GR:' + esc(location), 'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
             'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
             'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return b'\r\n'.join(fold(l) for l in lines) + b'\r\n'


# ------------------------------------------------------------------ SVG
def svg_doc(title, lines, button, link, brand='#185ABD', data_attr=''):
    """A static SVG 'document preview' with a clickable link (no script)."""
    y = 150
    txt = []
    for ln in lines:
        txt.append('<text x="60" y="%d" font-family="Segoe UI, Arial" font-size="15" fill="#333">%s</text>'
                   % (y, _x(ln)))
        y += 26
    h = y + 120
    extra = (' data-ref="%s"' % _x(data_attr)) if data_attr else ''
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="640" height="%d" viewBox="0 0 640 %d"%s>' % (h, h, extra),
        '<title>%s</title>' % _x(title),
        '<rect width="640" height="%d" fill="#f3f2f1"/>' % h,
        '<rect x="30" y="30" width="580" height="%d" rx="6" fill="#fff" stroke="#ddd"/>' % (h - 60),
        '<rect x="30" y="30" width="580" height="56" rx="6" fill="%s"/>' % brand,
        '<text x="60" y="66" font-family="Segoe UI, Arial" font-size="20" fill="#fff">%s</text>' % _x(title),
    ] + txt + [
        '<a xlink:href="%s" href="%s" target="_blank">' % (_x(link), _x(link)),
        '<rect x="60" y="%d" width="260" height="44" rx="4" fill="%s"/>' % (y + 10, brand),
        '<text x="190" y="%d" text-anchor="middle" font-family="Segoe UI, Arial" font-size="16" fill="#fff">%s</text>'
        % (y + 38, _x(button)),
        '</a>', '</svg>', '']
    return '\n'.join(parts)
