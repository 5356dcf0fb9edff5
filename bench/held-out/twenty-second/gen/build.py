#!/usr/bin/env python3
"""Deterministic generator for the Example Group e-mail evaluation set.
Standard library only. Writes ../attack/*.eml, ../business/*.eml, ../MANIFEST.md, ../staff.txt
"""
import base64, binascii, datetime, hashlib, io, os, quopri, struct, unicodedata, zipfile, zlib, html as _html, re
from email.header import Header
from email.utils import formataddr, format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ----------------------------------------------------------------- staff
STAFF = [
 # key, display name, latin, address, office, role
 ("brandt",  "Johannes Brandt", "Johannes Brandt", "j.brandt@example.com", "Hamburg (DE)", "Chief Executive Officer"),
 ("vogel",   "Katrin Vogel", "Katrin Vogel", "k.vogel@example.com", "Hamburg (DE)", "Chief Financial Officer"),
 ("krueger", "Sabine Krüger", "Sabine Krueger", "s.krueger@example.com", "Hamburg (DE)", "Accounts Payable"),
 ("hoffmann","Dennis Hoffmann", "Dennis Hoffmann", "d.hoffmann@example.com", "Hamburg (DE)", "IT Administrator"),
 ("schulz",  "Melanie Schulz", "Melanie Schulz", "m.schulz@example.com", "Hamburg (DE)", "Executive Assistant to the CEO"),
 ("petersen","Anja Petersen", "Anja Petersen", "a.petersen@example.com", "Hamburg (DE)", "HR Manager"),
 ("lehmann", "Tobias Lehmann", "Tobias Lehmann", "t.lehmann@example.com", "Hamburg (DE)", "Purchasing"),
 ("wittmann","Frank Wittmann", "Frank Wittmann", "f.wittmann@example.com", "Hamburg (DE)", "Legal Counsel"),
 ("brandes", "Heike Brandes", "Heike Brandes", "h.brandes@example.com", "Hamburg (DE)", "Payroll"),
 ("hartmann","Lena Hartmann", "Lena Hartmann", "l.hartmann@example.com", "Hamburg (DE)", "Sales"),
 ("rossi",   "Giulia Rossi", "Giulia Rossi", "g.rossi@examplegroup.eu", "Milano (IT)", "Country Manager Italy"),
 ("bianchi", "Marco Bianchi", "Marco Bianchi", "m.bianchi@examplegroup.eu", "Milano (IT)", "Logistics"),
 ("ricci",   "Francesca Ricci", "Francesca Ricci", "f.ricci@examplegroup.eu", "Milano (IT)", "Accounts Payable Italy"),
 ("nowak",   "Katarzyna Nowak", "Katarzyna Nowak", "k.nowak@examplegroup.eu", "Poznań (PL)", "Country Manager Poland"),
 ("wisniewski","Paweł Wiśniewski", "Pawel Wisniewski", "p.wisniewski@examplegroup.eu", "Poznań (PL)", "Logistics Coordinator"),
 ("wojcik",  "Agnieszka Wójcik", "Agnieszka Wojcik", "a.wojcik@examplegroup.eu", "Poznań (PL)", "Accounting & Payroll Poland"),
 ("papadopoulos","Γιώργος Παπαδόπουλος", "Giorgos Papadopoulos", "g.papadopoulos@examplegroup.eu", "Piraeus (GR)", "Country Manager Greece"),
 ("konstantinou","Ελένη Κωνσταντίνου", "Eleni Konstantinou", "e.konstantinou@examplegroup.eu", "Piraeus (GR)", "Shipping & Logistics"),
 ("martinez","Javier Martínez López", "Javier Martinez Lopez", "j.martinez@examplegroup.eu", "Valencia (ES)", "Country Manager Spain"),
 ("fernandez","Lucía Fernández", "Lucia Fernandez", "l.fernandez@examplegroup.eu", "Valencia (ES)", "Sales"),
 ("navarro", "Carmen Navarro", "Carmen Navarro", "c.navarro@examplegroup.eu", "Valencia (ES)", "Administration & HR Spain"),
 ("whitfield","James Whitfield", "James Whitfield", "j.whitfield@example.com", "London (UK)", "Country Manager UK"),
 ("clarke",  "Emma Clarke", "Emma Clarke", "e.clarke@example.com", "London (UK)", "Sales Manager UK"),
 ("sokolov", "Дмитрий Соколов", "Dmitry Sokolov", "d.sokolov@examplegroup.eu", "Moscow (RU)", "Country Manager Russia"),
 ("kuznetsova","Анна Кузнецова", "Anna Kuznetsova", "a.kuznetsova@examplegroup.eu", "Moscow (RU)", "Chief Accountant Moscow"),
]
S = {k: (d, a) for k, d, _l, a, _o, _r in STAFF}

# ----------------------------------------------------------------- bank accounts
def _num(s):
    return int(''.join(str(int(c, 36)) for c in s))

def iban(cc, bban):
    cd = 98 - _num(bban + cc + '00') % 97
    return '%s%02d%s' % (cc, cd, bban)

def iban_ok(i):
    return _num(i[4:] + i[:4]) % 97 == 1

def fmt_iban(i):
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))

_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_cin(abi, cab, conto):
    s = 0
    for n, ch in enumerate(abi + cab + conto):
        v = int(ch, 36) if ch.isdigit() else ord(ch) - 65
        if ch.isdigit():
            v = int(ch)
        s += _ODD[v] if n % 2 == 0 else v
    return chr(65 + s % 26)

def iban_it(abi, cab, conto):
    return iban('IT', it_cin(abi, cab, conto) + abi + cab + conto)

def es_dc(entity, office, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def d(s):
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return '%d%d' % (d('00' + entity + office), d(account))

def iban_es(entity, office, account):
    return iban('ES', entity + office + es_dc(entity, office, account) + account)

def pl_sort(code7):
    w = [3, 9, 7, 1, 3, 9, 7]
    return code7 + str((10 - sum(int(c) * w[i] for i, c in enumerate(code7)) % 10) % 10)

def iban_pl(code7, account16):
    return iban('PL', pl_sort(code7) + account16)

# ----------------------------------------------------------------- attachments
def translit(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ß', 'ss')
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))

def make_pdf(lines, title='Document', producer='Microsoft® Word für Microsoft 365', author=''):
    def esc(t):
        t = translit(t).encode('cp1252', 'replace').decode('latin-1')
        return t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    y = 800
    ops = ['BT', '/F2 14 Tf', '50 %d Td' % y, '(%s) Tj' % esc(lines[0]), 'ET', 'BT', '/F1 10 Tf', '14 TL', '50 %d Td' % (y - 30)]
    for l in lines[1:]:
        ops.append('(%s) Tj T*' % esc(l))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        ('<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (D:20260301090000+01\'00\') >>' % (esc(title), esc(author), esc(producer))).encode('latin-1'),
    ]
    out = b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % n + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out

ZDT = (2026, 3, 2, 9, 0, 0)
def make_zip(files, dt=ZDT):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

def _crc_upd(k, c):
    return binascii.crc32(bytes([c]), k ^ 0xffffffff) ^ 0xffffffff

def make_zip_encrypted(files, password, dt=ZDT):
    """Traditional PKWARE (ZipCrypto) encrypted archive, stored entries."""
    dtime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
    ddate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
    out, cd = b'', b''
    for idx, (name, data) in enumerate(files):
        crc = binascii.crc32(data) & 0xffffffff
        k = [0x12345678, 0x23456789, 0x34567890]
        def upd(c):
            k[0] = _crc_upd(k[0], c)
            k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
            k[1] = (k[1] * 134775813 + 1) & 0xffffffff
            k[2] = _crc_upd(k[2], (k[1] >> 24) & 0xff)
        for c in password.encode():
            upd(c)
        seed = hashlib.sha256(name.encode() + password.encode()).digest()
        hdr = bytes(seed[:11]) + bytes([(crc >> 24) & 0xff])
        enc = bytearray()
        for c in hdr + data:
            t = (k[2] | 2) & 0xffff
            enc.append(c ^ (((t * (t ^ 1)) >> 8) & 0xff))
            upd(c)
        nb = name.encode()
        fl = 1 if nb.isascii() else 0x801
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, fl, 0, dtime, ddate, crc, len(enc), len(data), len(nb), 0) + nb + bytes(enc)
        cd += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, fl, 0, dtime, ddate, crc, len(enc), len(data), len(nb), 0, 0, 0, 0, 0, off) + nb
    return out + cd + struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(cd), len(out), 0)

CT_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
def make_xlsx(rows):
    def cell(r, c, v):
        ref = '%s%d' % (chr(65 + c), r)
        if isinstance(v, (int, float)):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _html.escape(str(v)))
    sheet = ''.join('<row r="%d">%s</row>' % (i + 1, ''.join(cell(i + 1, j, v) for j, v in enumerate(row))) for i, row in enumerate(rows))
    x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    return make_zip([
        ('[Content_Types].xml', x + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ('_rels/.rels', x + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ('xl/workbook.xml', x + '<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>' % CT_MAIN),
        ('xl/_rels/workbook.xml.rels', x + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ('xl/worksheets/sheet1.xml', x + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (CT_MAIN, sheet)),
    ])

def make_docx(paras, macro=False):
    x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    main_ct = 'application/vnd.ms-word.document.macroEnabled.main+xml' if macro else 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _html.escape(p) for p in paras)
    files = [
        ('[Content_Types].xml', x + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>%s<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else '', main_ct)),
        ('_rels/.rels', x + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ('word/document.xml', x + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ]
    if macro:
        files.append(('word/_rels/document.xml.rels', x + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'))
        files.append(('word/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00' + b'\x00' * 480))
    return make_zip(files)

def make_png(w, h, pix):
    raw = b''.join(b'\x00' + bytes(pix(x, y) for x in range(w)) for y in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

def qr_like_png(seed, modules=29, scale=6):
    hsh = hashlib.sha256(seed.encode()).digest() * 40
    q = 4
    def mod(mx, my):
        for fx, fy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
            if fx <= mx < fx + 7 and fy <= my < fy + 7:
                dx, dy = mx - fx, my - fy
                return dx in (0, 6) or dy in (0, 6) or (2 <= dx <= 4 and 2 <= dy <= 4)
            if fx - 1 <= mx <= fx + 7 and fy - 1 <= my <= fy + 7:
                return False
        if mx == 6 or my == 6:
            return (mx + my) % 2 == 0
        n = my * modules + mx
        return (hsh[n // 8] >> (n % 8)) & 1
    size = (modules + 2 * q) * scale
    def pix(x, y):
        mx, my = x // scale - q, y // scale - q
        if 0 <= mx < modules and 0 <= my < modules and mod(mx, my):
            return 0
        return 255
    return make_png(size, size, pix)

def scan_png(seed, w=240, h=340):
    hsh = hashlib.sha256(seed.encode()).digest()
    def pix(x, y):
        if 20 < x < 220 and y % 14 < 3 and 30 < y < 320 and (x * 7 + y * hsh[y % 32]) % 97 > 20:
            return 60
        return 238 + ((x * 13 + y * 7) % 9)
    return make_png(w, h, pix)

def make_ics(uid, summary, start, end, location, description, organizer, attendee, url=None, method='REQUEST', tz='Europe/London'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:%s' % method,
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20260301T090000Z', 'DTSTART;TZID=%s:%s' % (tz, start), 'DTEND;TZID=%s:%s' % (tz, end),
             'SUMMARY:%s' % summary, 'LOCATION:%s' % location, 'ORGANIZER;CN="%s":mailto:%s' % organizer,
             'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % attendee,
             'DESCRIPTION:%s' % description.replace('\n', '\\n').replace(',', '\\,')]
    if url:
        lines.append('URL:%s' % url)
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'BEGIN:VALARM', 'TRIGGER:-PT15M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in lines:
        b = l.encode('utf-8')
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b' ' + b[cut:]
        out.append(b.decode())
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')

# ----------------------------------------------------------------- MIME assembly
CRLF = b'\r\n'
LINK = re.compile(r'\[\[(.+?)\|(.+?)\]\]')

def crlf(b):
    return b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')

def b64(data):
    e = base64.b64encode(data).decode()
    return ('\r\n'.join(e[i:i + 76] for i in range(0, len(e), 76)) + '\r\n').encode()

FALLBACK = {'\u2013': '-', '\u2014': '-', '\u201e': '"', '\u201c': '"', '\u201d': '"', '\u2019': "'", '\u2026': '...', '\u2022': '*', '\u00ab': '"', '\u00bb': '"', '\u2116': 'N', '\u0394\u0385': ''}
def fit(text, cs):
    try:
        text.encode(cs)
        return text
    except UnicodeEncodeError:
        for a, b in FALLBACK.items():
            text = text.replace(a, b)
        text.encode(cs)
        return text

def leaf(ctype, text, cs, cte):
    raw = fit(text, cs).encode(cs)
    if cte == 'quoted-printable':
        body = crlf(quopri.encodestring(raw.replace(b'\r\n', b'\n')))
    elif cte == 'base64':
        body = b64(crlf(raw))
    else:
        body = crlf(raw)
    return (['Content-Type: %s; charset="%s"' % (ctype, cs), 'Content-Transfer-Encoding: %s' % cte], body)

def hdr_word(s, cs):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        try:
            return Header(fit(s, cs), cs, maxlinelen=76).encode(linesep='\r\n')
        except UnicodeEncodeError:
            return Header(s, 'utf-8', maxlinelen=76).encode(linesep='\r\n')

def attach(fname, ctype, data, cs='utf-8', inline_cid=None):
    try:
        fname.encode('ascii')
        disp = 'filename="%s"' % fname
        nm = 'name="%s"' % fname
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = "filename*=%s''%s" % (cs, quote(fname.encode(cs)))
        nm = 'name="%s"' % Header(fname, cs).encode()
    h = ['Content-Type: %s; %s' % (ctype, nm)]
    if inline_cid:
        h += ['Content-Disposition: inline; %s' % disp, 'Content-ID: <%s>' % inline_cid]
    else:
        h += ['Content-Disposition: attachment; %s' % disp]
    h += ['Content-Transfer-Encoding: base64']
    return (h, b64(data))

def serialize(part):
    h, body = part
    return ('\r\n'.join(h)).encode() + CRLF + CRLF + body

def multipart(sub, parts, seed):
    bnd = '_%s_%s_' % ({'mixed': '000', 'alternative': '001', 'related': '002'}[sub], hashlib.md5(seed.encode()).hexdigest()[:24].upper())
    body = b''
    for p in parts:
        body += b'--' + bnd.encode() + CRLF + serialize(p) + (b'' if serialize(p).endswith(CRLF) else CRLF)
    body += b'--' + bnd.encode() + b'--' + CRLF
    extra = '; type="text/html"' if sub == 'related' else ''
    return (['Content-Type: multipart/%s; boundary="%s"%s' % (sub, bnd, extra)], body)

def text_render(t):
    return LINK.sub(lambda m: '%s <%s>' % (m.group(1), m.group(2)), t)

def html_render(t, style='font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f'):
    paras = []
    for block in t.strip('\n').split('\n\n'):
        lines = []
        for line in block.split('\n'):
            parts, pos = [], 0
            for m in LINK.finditer(line):
                parts.append(_html.escape(line[pos:m.start()]))
                parts.append('<a href="%s" style="color:#0563c1">%s</a>' % (_html.escape(m.group(2)), _html.escape(m.group(1))))
                pos = m.end()
            parts.append(_html.escape(line[pos:]))
            lines.append(''.join(parts))
        paras.append('<p style="margin:0 0 10px 0">%s</p>' % '<br>\n'.join(lines))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head>\n<body><div style="%s">\n%s\n</div></body></html>\n' % (style, '\n'.join(paras))

HH_STD, HH_DST = datetime.timezone(datetime.timedelta(hours=1)), datetime.timezone(datetime.timedelta(hours=2))
def dt(y, mo, d, h, mi, s=0, tz=1):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))

def hh(t):
    u = t.astimezone(datetime.timezone.utc)
    dst = datetime.datetime(2026, 3, 29, 1, 0, tzinfo=datetime.timezone.utc) <= u < datetime.datetime(2026, 10, 25, 1, 0, tzinfo=datetime.timezone.utc)
    return u.astimezone(HH_DST if dst else HH_STD)

def qid(seed):
    alphabet = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'
    h = int(hashlib.sha1(seed.encode()).hexdigest(), 16)
    s = ''
    for _ in range(12):
        h, r = divmod(h, len(alphabet))
        s += alphabet[r]
    return '4f' + s

MANIFEST = {'attack': [], 'business': []}

def fa(a, cs):
    if not a[0]:
        return a[1]
    try:
        return formataddr((fit(a[0], cs), a[1]), cs)
    except UnicodeEncodeError:
        return formataddr(a, 'utf-8')

def addrs(lst, cs):
    return ', '.join(fa(a, cs) for a in lst)

def M(folder, fn, lang, desc, *, frm, to, subject, date, text, cs='utf-8', cte='quoted-printable', html=None,
      atts=(), inline=(), cc=(), reply_to=None, rp=None, helo=None, rdns=None, ip=None, internal=False, rcpt=None,
      mid=None, prior=(), extra=(), delay=9, hcs=None):
    hcs = hcs or cs
    if isinstance(to, tuple):
        to = [to]
    rcpt = rcpt or to[0][1]
    rp = rp if rp is not None else frm[1]
    mxdate = hh(date + datetime.timedelta(seconds=delay))
    seed = folder + fn
    if internal:
        recv = 'Received: from mail-int01.example.com (mail-int01.example.com [10.20.0.25]) by mx01.example.com (Postfix) with ESMTPS id %s for <%s>; %s' % (qid(seed), rcpt, format_datetime(mxdate))
    else:
        recv = 'Received: from %s (%s [%s]) by mx01.example.com (Postfix) with ESMTPS id %s for <%s>; %s' % (helo, rdns, ip, qid(seed), rcpt, format_datetime(mxdate))
    hdrs = ['Return-Path: <%s>' % rp, recv]
    for n, p in enumerate(prior):
        hdrs.append('Received: %s; %s' % (p, format_datetime(date + datetime.timedelta(seconds=max(1, delay - 2 - n)))))
    hdrs.append('From: %s' % fa(frm, hcs))
    hdrs.append('To: %s' % addrs(to, hcs))
    if cc:
        hdrs.append('Cc: %s' % addrs(cc, hcs))
    if reply_to:
        hdrs.append('Reply-To: %s' % fa(reply_to, hcs))
    hdrs.append('Subject: %s' % hdr_word(subject, hcs))
    hdrs.append('Date: %s' % format_datetime(date))
    if mid is None:
        mid = '%s@%s' % (hashlib.sha1(seed.encode()).hexdigest()[:20], frm[1].split('@')[1])
    hdrs.append('Message-ID: <%s>' % mid)
    hdrs += list(extra)
    hdrs.append('MIME-Version: 1.0')

    tpart = leaf('text/plain', text_render(text), cs, cte)
    if html:
        hsrc = html_render(text) if html is True else html
        hsrc = hsrc.replace('%%CS%%', cs)
        hpart = leaf('text/html', hsrc, cs, cte)
        if inline:
            hpart = multipart('related', [hpart] + [attach(f, c, d, cs, inline_cid=cid) for cid, f, c, d in inline], seed + 'r')
        body = multipart('alternative', [tpart, hpart], seed + 'a')
    else:
        body = tpart
    if atts:
        body = multipart('mixed', [body] + [attach(f, c, d, cs) for f, c, d in atts], seed + 'm')
    bh, bb = body
    data = ('\r\n'.join(hdrs + bh)).encode('ascii') + CRLF + CRLF + bb
    os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
    with open(os.path.join(ROOT, folder, fn), 'wb') as f:
        f.write(data)
    MANIFEST[folder].append((fn, lang, desc))

PDF = 'application/pdf'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
ZIP = 'application/zip'
HTM = 'text/html'

# ================================================================= ATTACK
def attacks():
    A = 'attack'
    # ---------------------------------------------------------- 01 de
    ib = iban('DE', '20040000' + '0628417300')
    M(A, '01-de.eml', 'de', 'Supplier contact announces a new bank account for future payments, letter attached',
      frm=('Stefan Maier', 's.maier@lieferant-gmhb.de'), to=[S['krueger']], cc=[('Buchhaltung Lieferant GmbH', 'rechnungen@lieferant-gmhb.de')],
      subject='Aktualisierung unserer Bankverbindung ab April 2026 – bitte im Kreditorenstamm hinterlegen',
      date=dt(2026, 3, 17, 10, 42, 11, 1), cs='iso-8859-15', helo='mail.lieferant-gmhb.de', rdns='static.17.232.135.45.clients.your-server.de', ip='45.135.232.17',
      extra=['X-Mailer: Microsoft Outlook 16.0'],
      text='''Sehr geehrte Frau Krüger,

wie Herr Lang bereits im letzten Jour fixe mit Herrn Lehmann angesprochen hat, stellen wir im Zuge der Zusammenführung unserer Konzernfinanzierung unsere Hausbank um. Ab dem 01.04.2026 bitten wir, sämtliche Zahlungen für Rechnungen der Lieferant GmbH ausschließlich auf folgendes Konto zu leisten:

Kontoinhaber: Lieferant GmbH
Bank: Commerzbank AG, Hamburg
IBAN: %s
BIC: COBADEFFXXX

Die bisherige Verbindung bei der Volksbank wird zum Quartalsende aufgelöst; Zahlungen dorthin können ab April nicht mehr zugeordnet werden und werden zurückgebucht. Die offenen Posten RE-26-01877 und RE-26-01902 (gesamt 38.412,60 EUR) wären daher bitte bereits auf das neue Konto zu überweisen.

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang. Eine kurze Bestätigung per E-Mail, dass die Änderung im System hinterlegt ist, wäre nett – ich bin diese Woche überwiegend auf Messe und telefonisch schlecht erreichbar.

Mit freundlichen Grüßen

Stefan Maier
Vertriebsinnendienst / Key Account
Lieferant GmbH
Tel. +49 40 6094 218-31
''' % fmt_iban(ib),
      atts=[('Mitteilung_Bankverbindung_Lieferant_GmbH_2026.pdf', PDF, make_pdf([
          'Lieferant GmbH - Mitteilung Bankverbindung', 'An: Example Group, Kreditorenbuchhaltung', 'Hamburg, 16.03.2026', '',
          'Sehr geehrte Damen und Herren,', 'ab dem 01.04.2026 lautet unsere Bankverbindung:', 'Commerzbank AG, IBAN ' + fmt_iban(ib), 'BIC COBADEFFXXX',
          'Bitte passen Sie Ihre Stammdaten entsprechend an.', '', 'Geschaeftsfuehrung Lieferant GmbH'], title='Bankverbindung', author='s.maier')) ])

    # ---------------------------------------------------------- 02 de
    M(A, '02-de.eml', 'de', 'Short note from the CEO name on a private mailbox asking for a mobile number for a confidential matter',
      frm=('Johannes Brandt', 'johannes.brandt.hh@outlook.de'), to=[S['vogel']],
      subject='Kurz vertraulich', date=dt(2026, 2, 24, 7, 51, 3, 1),
      helo='EUR05-DB8-obe.outbound.protection.outlook.com', rdns='mail-db8eur05olkn2016.outbound.protection.outlook.com', ip='40.92.89.16',
      prior=['from DB9P251MB0583.EURP251.PROD.OUTLOOK.COM (2603:10a6:10:3f2::9) by AS8P251MB0710.EURP251.PROD.OUTLOOK.COM with HTTPS'],
      mid='DB9P251MB05834E1C2A7B9F61D4E8B1C2A5D12@DB9P251MB0583.EURP251.PROD.OUTLOOK.COM', html=True,
      text='''Guten Morgen Katrin,

ich schreibe dir vom privaten Account, mein Laptop liegt noch im Büro und ich bin gleich in Termin mit den Banken. Es geht um das Thema, das wir im Januar im kleinen Kreis angesprochen hatten (Übernahme in Italien) – das Signing wird vorgezogen und ich brauche dich heute dafür.

Bitte behandle das streng vertraulich, auch gegenüber Giulia und dem Team in Mailand, bis die Ad-hoc-Prüfung durch ist.

Schick mir bitte kurz deine aktuelle Handynummer, ich melde mich dann über WhatsApp, dort ist es einfacher. Herr Dr. Keller von der begleitenden Kanzlei wird dich danach direkt kontaktieren.

Danke dir
Johannes

Von meinem iPhone gesendet''')

    # ---------------------------------------------------------- 03 de
    qr = qr_like_png('authenticator-enrol-m.schulz')
    M(A, '03-de.eml', 'de', 'IT-styled notice about re-registering the authenticator app, QR code image embedded',
      frm=('IT-Service Example Group', 'it-service@example-group-it.de'), to=[S['schulz']],
      subject='Pflichtmaßnahme: Neuregistrierung Microsoft Authenticator bis 13.03.2026',
      date=dt(2026, 3, 10, 8, 3, 44, 1), helo='mta2.example-group-it.de', rdns='mta2.example-group-it.de', ip='193.233.48.102',
      extra=['X-Mailer: Microsoft Outlook 16.0'], cs='utf-8', cte='quoted-printable',
      html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de"><tr><td style="background:#0f3d6e;color:#fff;padding:14px 20px;font-size:14pt">Example Group &middot; IT-Service</td></tr>
<tr><td style="padding:20px">
<p>Hallo Frau Schulz,</p>
<p>im Rahmen der Umstellung auf die neue Conditional-Access-Richtlinie (NIS2-Umsetzung) werden alle bestehenden MFA-Registrierungen am <b>13.03.2026</b> zur&uuml;ckgesetzt. Damit Sie danach weiterhin auf Outlook, Teams und DATEV zugreifen k&ouml;nnen, registrieren Sie bitte Ihr Smartphone neu.</p>
<p><b>So geht's:</b> &Ouml;ffnen Sie die Kamera Ihres Smartphones und scannen Sie den folgenden Code. Melden Sie sich anschlie&szlig;end mit Ihrem gewohnten Firmenkennwort an und best&auml;tigen Sie die Anfrage in der Authenticator-App.</p>
<p style="text-align:center"><img src="cid:qr-mfa-7731@example-group-it.de" width="160" height="160" alt="QR-Code"></p>
<p>Der Code ist pers&ouml;nlich und 72 Stunden g&uuml;ltig. Bitte nicht am Firmen-PC scannen, sondern ausschlie&szlig;lich mit dem Smartphone.</p>
<p>Viele Gr&uuml;&szlig;e<br>Dennis Hoffmann<br>IT-Administration Hamburg</p>
</td></tr><tr><td style="padding:10px 20px;font-size:8pt;color:#777;border-top:1px solid #eee">Diese Nachricht wurde automatisch vom IT-Service-Portal versendet. Ticket INC-2026-031044</td></tr></table></body></html>
''',
      inline=[('qr-mfa-7731@example-group-it.de', 'mfa-registrierung.png', 'image/png', qr)],
      text='''Hallo Frau Schulz,

im Rahmen der Umstellung auf die neue Conditional-Access-Richtlinie (NIS2-Umsetzung) werden alle bestehenden MFA-Registrierungen am 13.03.2026 zurückgesetzt. Bitte registrieren Sie Ihr Smartphone neu, indem Sie den QR-Code in der HTML-Ansicht dieser Nachricht mit der Smartphone-Kamera scannen.

Viele Grüße
Dennis Hoffmann
IT-Administration Hamburg''')

    # ---------------------------------------------------------- 04 de
    page = '''<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>E-Rechnung RE-2026-00417</title>
<style>body{font-family:Segoe UI,Arial;background:#f3f2f1;margin:0}.box{width:420px;margin:60px auto;background:#fff;padding:32px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:8px;margin:6px 0;border:1px solid #8a8886}button{background:#0067b8;color:#fff;border:0;padding:9px 24px}</style></head>
<body><div class="box"><img src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg" alt="Microsoft" height="24">
<h3>E-Rechnung anzeigen (XRechnung 3.0)</h3><p>Dieses Dokument ist gesch&uuml;tzt. Bitte best&auml;tigen Sie Ihre Identit&auml;t, um die Rechnung von <b>Nordwerk Metallbau GmbH</b> zu &ouml;ffnen.</p>
<form method="post" action="https://nordwerk-erechnung.pages.dev/api/v2/auth"><input type="email" name="login" value="s.krueger@example.com" readonly><input type="password" name="passwd" placeholder="Kennwort" required><input type="hidden" name="doc" value="RE-2026-00417"><button type="submit">Anmelden</button></form>
<p style="font-size:11px;color:#666">Gem&auml;&szlig; &sect; 14 UStG / Wachstumschancengesetz</p></div></body></html>
'''
    M(A, '04-de.eml', 'de', 'Invoice notice from a metalworking company with an HTML invoice viewer attached',
      frm=('Buchhaltung | Nordwerk Metallbau GmbH', 'buchhaltung@nordwerk-metallbau.de'), to=[S['krueger']],
      subject='E-Rechnung RE-2026-00417 (XRechnung) – Nordwerk Metallbau GmbH', date=dt(2026, 3, 4, 14, 22, 9, 1),
      helo='wp1043.webpack.hosteurope.de', rdns='wp1043.webpack.hosteurope.de', ip='80.237.133.184', html=True,
      text='''Sehr geehrte Damen und Herren,

im Anhang erhalten Sie unsere Rechnung RE-2026-00417 vom 04.03.2026 über 12.874,30 EUR als strukturierte E-Rechnung im Format XRechnung.

Seit der E-Rechnungspflicht im B2B-Bereich stellen wir ausschließlich elektronisch zu. Die Rechnung kann mit jedem Browser geöffnet werden; zur Sicherstellung der Vertraulichkeit ist eine Anmeldung mit Ihrem geschäftlichen E-Mail-Konto erforderlich.

Zahlbar innerhalb von 14 Tagen ohne Abzug.

Mit freundlichen Grüßen
Buchhaltung
Nordwerk Metallbau GmbH · Industriestraße 14 · 25335 Elmshorn
Amtsgericht Pinneberg HRB 8812 EL''',
      atts=[('RE-2026-00417_XRechnung.html', HTM, page.encode('utf-8'))])

    # ---------------------------------------------------------- 05 de
    ib5 = iban('DE', '10050000' + '0190623418')
    M(A, '05-de.eml', 'de', 'Fee notice about a register entry for the company with a payment request',
      frm=('Transparenzregister - Registerführung', 'bescheid@transparenzregister-eintrag.de'), to=[S['wittmann']],
      subject='Entgeltbescheid 2026 – Eintragung wirtschaftlich Berechtigter, Example Group GmbH (HRB 104233)',
      date=dt(2026, 1, 20, 9, 15, 0, 1), cs='iso-8859-1', helo='mail.transparenzregister-eintrag.de', rdns='vm3128.hostnet.de', ip='91.218.114.77',
      text='''Sehr geehrte Damen und Herren,

gemäß §§ 18 ff. GwG sind Vereinigungen verpflichtet, die Angaben zu ihren wirtschaftlich Berechtigten im Transparenzregister aktuell zu halten. Für die Registerführung der

   Example Group GmbH, Amtsgericht Hamburg HRB 104233

wird für das Jahr 2026 eine Gebühr in Höhe von 497,00 EUR erhoben (Entgeltbescheid Nr. TR-2026-0884131, anbei).

Bitte überweisen Sie den Betrag bis zum 03.02.2026 unter Angabe der Bescheidnummer auf folgendes Konto:

Empfänger: Registerführung Transparenz
IBAN: %s
BIC: BELADEBEXXX

Bei nicht fristgerechter Zahlung kann ein Bußgeldverfahren nach § 56 GwG eingeleitet werden.

Mit freundlichen Grüßen
Registerführung – Abteilung Entgelte''' % fmt_iban(ib5),
      atts=[('Entgeltbescheid_TR-2026-0884131.pdf', PDF, make_pdf([
          'Entgeltbescheid 2026', 'Bescheid-Nr.: TR-2026-0884131', 'Example Group GmbH, HRB 104233, Amtsgericht Hamburg', '',
          'Gebuehr Registerfuehrung 2026: 497,00 EUR', 'Zahlbar bis 03.02.2026', 'IBAN ' + fmt_iban(ib5), 'BIC BELADEBEXXX',
          'Rechtsgrundlage: Par. 18 ff., Par. 24 GwG'], title='Entgeltbescheid', producer='TCPDF 6.6.2'))])

    # ---------------------------------------------------------- 06 de
    js = b'var w = WScript.CreateObject("WScript.Shell");\r\nvar ref = "LA-KW14-4711-4712";\r\n// Lieferavis Viewer 2.4\r\nw.Popup("Lieferavis " + ref + " wird geladen ...", 2, "Lieferant GmbH", 64);\r\n'
    M(A, '06-de.eml', 'de', 'Reply in an existing delivery thread with a zipped delivery advice',
      frm=('Peter Lang', 'p.lang@lieferant-qmbh.de'), to=[S['lehmann']],
      subject='AW: Lieferavis KW 14 – Abrufe 4711 / 4712', date=dt(2026, 3, 26, 16, 8, 31, 1),
      helo='mx.lieferant-qmbh.de', rdns='unknown', ip='185.196.9.214',
      extra=['In-Reply-To: <8f41c2aa90d3a1e6b2c7@example.com>', 'References: <5a17e0c2b9d1f34a8e21@lieferant-gmbh.de> <8f41c2aa90d3a1e6b2c7@example.com>', 'X-Mailer: Microsoft Outlook 16.0'],
      text='''Hallo Herr Lehmann,

anbei wie besprochen das aktualisierte Lieferavis für die Abrufe 4711 und 4712. Durch den Engpass beim Vormaterial haben sich die Positionen 3 und 7 verschoben, bitte einmal prüfen und kurz bestätigen, damit die Disposition das Fahrzeug für Dienstag fest buchen kann.

Das Avis ist gepackt, weil unser Mailserver die großen Dateien sonst ablehnt.

Viele Grüße
Peter Lang
Disposition / Logistik
Lieferant GmbH

-----Ursprüngliche Nachricht-----
Von: Tobias Lehmann <t.lehmann@example.com>
Gesendet: Mittwoch, 25. März 2026 11:14
An: Peter Lang <p.lang@lieferant-gmbh.de>
Betreff: Lieferavis KW 14 – Abrufe 4711 / 4712

Hallo Herr Lang,

können Sie mir bitte bis morgen das Lieferavis für KW 14 schicken? Wir müssen die Rampe in Billbrook einplanen.

Danke und Gruß
Tobias Lehmann
Einkauf | Example Group''',
      atts=[('Lieferavis_KW14_4711-4712.zip', ZIP, make_zip([('Lieferavis_KW14_4711-4712.pdf.js', js)]))])

    # ---------------------------------------------------------- 07 de
    M(A, '07-de.eml', 'de', 'Tax-portal styled message about an expiring certificate',
      frm=('ELSTER – Ihr Online-Finanzamt', 'noreply@elster-zertifikatsdienst.de'), to=[S['vogel']],
      subject='Ihr ELSTER-Organisationszertifikat läuft am 31.03.2026 ab', date=dt(2026, 3, 18, 6, 30, 2, 1),
      helo='smtp.elster-zertifikatsdienst.de', rdns='smtp.elster-zertifikatsdienst.de', ip='147.45.47.93', html=True, cs='utf-8', cte='base64',
      text='''Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das Organisationszertifikat Ihres Benutzerkontos (Steuernummer 47/7**/***12, Example Group GmbH) läuft am 31.03.2026 ab. Ab diesem Zeitpunkt können keine Umsatzsteuer-Voranmeldungen und Lohnsteuer-Anmeldungen mehr übermittelt werden.

Um Säumniszuschläge zu vermeiden, verlängern Sie das Zertifikat bitte rechtzeitig:

[[Zertifikat jetzt verlängern|https://www.elster-zertifikatsdienst.de/eportal/login/softpse?verl=4471203]]

Die Verlängerung dauert ca. 2 Minuten. Halten Sie Ihre bisherige Zertifikatsdatei und das zugehörige Passwort bereit.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.''')

    # ---------------------------------------------------------- 08 en
    M(A, '08-en.eml', 'en', 'Job application with a link to an online CV and portfolio',
      frm=('Oliver Grant', 'olivergrant.logistics@gmail.com'), to=[S['petersen']],
      subject='Application – Logistics Analyst (Ref. HH-LOG-2026-07)', date=dt(2026, 2, 11, 19, 4, 50, 0),
      helo='mail-ed1-f47.google.com', rdns='mail-ed1-f47.google.com', ip='209.85.208.47',
      prior=['by mail-ed1-f47.google.com with SMTP id 4fb4d7f45d1cf-5e0a1b2c3d4so118842a12.2 for <a.petersen@example.com>'],
      mid='CAH7qW3kR9vLx2mNpB8tY0uEcJ5zSd4fG1hKa6oQwe_TmV3rXyA@mail.gmail.com', html=True,
      text='''Dear Ms Petersen,

I am writing to apply for the Logistics Analyst position in Hamburg advertised on LinkedIn (Ref. HH-LOG-2026-07).

I have five years of experience in freight planning and SAP TM at a 3PL in Felixstowe, including carrier tendering across the UK, Benelux and Poland, and I am relocating to Hamburg this summer for family reasons. I speak English and conversational German (B2).

Because of the file size limits on many company mail servers I keep my CV, references and a few sample dashboards on my personal site:

[[oliver-grant.uk/cv|https://oliver-grant-cv.com/portfolio/?ref=examplegroup]]

(You may need to confirm a short captcha – the site is hosted on a small provider and gets a lot of bot traffic.)

I would be happy to have a call at your convenience.

Kind regards,
Oliver Grant
+44 7700 918 224''')

    # ---------------------------------------------------------- 09 en
    M(A, '09-en.eml', 'en', 'File-sharing notification from an external organisation about a rate card',
      frm=('Mark Hensley (via SharePoint Online)', 'no-reply@sharepointonline.com'), to=[S['whitfield']],
      subject='Mark Hensley shared "Example Group - Revised Rate Card Q2 2026.pdf" with you', date=dt(2026, 4, 2, 11, 37, 5, 1),
      helo='EUR03-AM7-obe.outbound.protection.outlook.com', rdns='mail-am7eur03on2105.outbound.protection.outlook.com', ip='40.107.105.105',
      rp='bounces+SRS=k3Jd8=VE@harwellmaritime.onmicrosoft.com',
      mid='a1c9e2f4-58b3-4d07-9a6e-0b2f7c3d1e84@az.westeurope.production.microsoft.com', html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head><body style="font-family:Segoe UI,sans-serif;background:#faf9f8">
<table width="520" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:20px;color:#323130">Mark Hensley shared a file with you</p>
<p style="color:#605e5c">Hi James, as discussed on the phone - please review the revised Q2 rates before Friday so we can sign off the framework.</p>
<p><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20230815.002/assets/item-types/20/pdf.png" width="20"> <b>Example Group - Revised Rate Card Q2 2026.pdf</b></p>
<p><a href="https://harwellmaritime-my.sharepoint.com/:b:/g/personal/m_hensley_harwellmaritime_co_uk/EZq3xK0vQp9Ls2cR8wT1nYBd4Hq?e=Tq7xPz" style="background:#0078d4;color:#fff;padding:8px 18px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#a19f9d">This link will work for anyone with the link. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>
<p style="font-size:11px;color:#a19f9d">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></td></tr></table></body></html>
''',
      text='''Mark Hensley shared a file with you

Hi James, as discussed on the phone - please review the revised Q2 rates before Friday so we can sign off the framework.

Example Group - Revised Rate Card Q2 2026.pdf
[[Open|https://harwellmaritime-my.sharepoint.com/:b:/g/personal/m_hensley_harwellmaritime_co_uk/EZq3xK0vQp9Ls2cR8wT1nYBd4Hq?e=Tq7xPz]]

This link will work for anyone with the link.''')

    # ---------------------------------------------------------- 10 en
    rpage = '''<html><head><meta charset="utf-8"><title>Remittance Advice</title></head>
<body style="font-family:Arial;background:#eef1f5"><div style="width:460px;margin:50px auto;background:#fff;padding:28px;border-top:4px solid #1b6e3c">
<h2 style="color:#1b6e3c">Brightwater Foods Ltd &ndash; Secure Remittance Portal</h2>
<p>Payment <b>BWF-PAY-88213</b> &middot; GBP 41,306.18 &middot; Value date 09/03/2026</p>
<p>To view the remittance breakdown, verify the recipient mailbox.</p>
<form action="https://brightwater-remit.web.app/verify.php" method="POST">
<p>Email<br><input name="e" value="e.clarke@example.com" style="width:100%"></p><p>Password<br><input name="p" type="password" style="width:100%"></p>
<p><input type="submit" value="View remittance"></p></form>
<script>document.title="Remittance Advice - "+new Date().toLocaleDateString();</script></div></body></html>
'''
    M(A, '10-en.eml', 'en', 'Customer remittance advice with an HTML attachment',
      frm=('Accounts Payable | Brightwater Foods', 'remittance@brightwaterfoods-uk.com'), to=[S['clarke']],
      subject='Remittance Advice - Payment Ref BWF-PAY-88213', date=dt(2026, 3, 9, 15, 2, 40, 0),
      helo='brightwaterfoods-uk.com', rdns='vps-7c1e2f0a.vps.ovh.net', ip='51.75.143.28', cs='iso-8859-1', cte='7bit',
      text='''Good afternoon,

Please find attached remittance advice for payment BWF-PAY-88213 released today via BACS, covering your invoices EGUK-26-0114, EGUK-26-0121 and EGUK-26-0139.

Should you have any queries regarding this payment, please reply to this email quoting the payment reference.

Kind regards,

Accounts Payable Team
Brightwater Foods Ltd
Unit 4, Kingsway Business Park, Rochdale OL16 4NW''',
      atts=[('Remittance_BWF-PAY-88213.htm', HTM, rpage.encode('utf-8'))])

    # ---------------------------------------------------------- 11 en
    ics = make_ics('040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5@hanseatic-audit.com', 'Year-end audit FY2025 - PBC list walkthrough (Example Group)',
                   '20260312T100000', '20260312T110000', 'Microsoft Teams Meeting',
                   'Join Microsoft Teams Meeting\nhttps://teams-meeting-join.com/l/meetup-join/19%3ameeting_NzE4YjQ2MmUtYTk4Ni00ZDg3@thread.v2/0?context=hanseatic\nMeeting ID: 384 117 992 051\nPasscode: aX7qP2\n\nPlease have the PBC list and your bank confirmation authorisations ready.',
                   ('Laura Kessler', 'l.kessler@hanseatic-audit.com'), ('Katrin Vogel', 'k.vogel@example.com'),
                   url='https://teams-meeting-join.com/l/meetup-join/19%3ameeting_NzE4YjQ2MmUtYTk4Ni00ZDg3@thread.v2/0?context=hanseatic', tz='W. Europe Standard Time')
    M(A, '11-en.eml', 'en', 'Calendar invitation from an audit firm for an online meeting, ICS attached',
      frm=('Laura Kessler', 'l.kessler@hanseatic-audit.com'), to=[S['vogel']],
      subject='Invitation: Year-end audit FY2025 - PBC list walkthrough @ Thu 12 Mar 2026 10:00 - 11:00 (CET)', date=dt(2026, 3, 5, 13, 19, 22, 1),
      helo='mail.hanseatic-audit.com', rdns='mail.hanseatic-audit.com', ip='213.232.235.61', html=True,
      text='''Dear Katrin,

further to our kick-off call, I have scheduled a short session to walk through the PBC (prepared by client) list for the FY2025 year-end audit. We will also need the bank confirmation authorisations signed via our portal before the session.

Join Microsoft Teams Meeting:
[[Click here to join the meeting|https://teams-meeting-join.com/l/meetup-join/19%3ameeting_NzE4YjQ2MmUtYTk4Ni00ZDg3@thread.v2/0?context=hanseatic]]
Meeting ID: 384 117 992 051 - Passcode: aX7qP2

Best regards,
Laura Kessler
Senior Manager, Audit & Assurance
Hanseatic Audit Partners GmbH Wirtschaftsprüfungsgesellschaft''',
      atts=[('invite.ics', 'text/calendar; method=REQUEST', ics)])

    # ---------------------------------------------------------- 12 en
    M(A, '12-en.eml', 'en', 'Notice from a rights-management agency about image use on the company website, with a link to evidence',
      frm=('Pixel Rights Enforcement Ltd', 'claims@pixelrights-enforcement.co.uk'), to=[S['whitfield']],
      subject='Copyright infringement notice - unlicensed image use on examplegroup.eu (Case PRE-2026-40917)', date=dt(2026, 2, 18, 10, 11, 0, 0),
      helo='mail.pixelrights-enforcement.co.uk', rdns='host-194-87-31-12.bigcloud.host', ip='194.87.31.12', html=True,
      text='''Dear Sir or Madam,

We act on behalf of our client, a professional photographer, whose work (image ID PRE-IMG-77214, "Container terminal at dusk") is used without a licence on the following page of your website:

https://www.examplegroup.eu/en/services/sea-freight

Under the Copyright, Designs and Patents Act 1988 and Directive 2001/29/EC, our client is entitled to damages for unlicensed use. Before we instruct solicitors, we would like to give you the opportunity to resolve this matter amicably.

A full evidence pack including screenshots, metadata and the original licence terms can be downloaded here:
[[Evidence pack PRE-2026-40917|https://evidence-pixelrights.co.uk/case/PRE-2026-40917/download]]

Please remove the image within 7 days and contact us to agree a settlement. Failing that, we will proceed without further notice.

Yours faithfully,
Rachel Doyle
Case Officer, Pixel Rights Enforcement Ltd
Registered in England and Wales No. 14882106''')

    # ---------------------------------------------------------- 13 en
    M(A, '13-en.eml', 'en', 'IT-styled notice about a mailbox move to a new tenant, with a link to confirm',
      frm=('Example Group IT Service Desk', 'servicedesk@examplegroup-support.com'), to=[S['clarke']],
      subject='Action required: your mailbox moves to the new Example Group EU tenant on 21 April', date=dt(2026, 4, 14, 9, 2, 17, 1),
      helo='mail.examplegroup-support.com', rdns='mail.examplegroup-support.com', ip='62.60.131.201', html=True,
      text='''Hello Emma,

as announced at the last all-hands, Example Group is consolidating its Microsoft 365 environments (example.com and examplegroup.eu) into a single EU tenant. Your mailbox is scheduled to move on Tuesday, 21 April 2026, between 19:00 and 23:00 BST.

To avoid losing your Outlook signature, shared calendars and Teams chat history, please confirm your account before the move window:

[[Confirm my mailbox for migration|https://migration.examplegroup-support.com/confirm?u=e.clarke%40example.com&wave=3]]

This takes less than one minute. Accounts that are not confirmed will be migrated with default settings and may be temporarily unavailable.

Thank you,
Dennis Hoffmann
IT Administration | Example Group
Service Desk: +49 40 3008 4410''')

    # ---------------------------------------------------------- 14 en
    ib14 = iban('GB', 'MONZ' + '040004' + '27318846')
    M(A, '14-en.eml', 'en', 'Employee name on a private mailbox asking payroll to change her salary account',
      frm=('Emma Clarke', 'emma.clarke.ldn@gmail.com'), to=[S['brandes']],
      subject='Change of bank details for April payroll', date=dt(2026, 4, 8, 7, 44, 1, 1),
      helo='mail-wr1-f52.google.com', rdns='mail-wr1-f52.google.com', ip='209.85.221.52',
      mid='CAJx9Vb2mT5pQ8dE1rW6nK3sYh0uLc7aZ_gF4oN2jXe8tRvB9Mw@mail.gmail.com', html=True,
      text='''Hi Heike,

I've moved my current account to Monzo and my old Barclays account will be closed at the end of the month. Could you please update my details so the April salary goes to the new account?

Name: Emma Clarke
Bank: Monzo Bank Ltd
Sort code: 04-00-04
Account number: 27318846
IBAN: %s

I'm out at customers in the Midlands all week so email is easiest – my work laptop is being reimaged, hence the private address. Could you let me know once it's done?

Many thanks,
Emma''' % fmt_iban(ib14))

    # ---------------------------------------------------------- 15 it
    ib15 = iban_it('03268', '22300', '000052741983')
    M(A, '15-it.eml', 'it', 'Carrier administration announces changed bank coordinates, letter attached',
      frm=('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.com'), to=[S['ricci']], cc=[('Claudio Colombo', 'c.colombo@ferretti-trasporti.com')],
      subject='Comunicazione variazione coordinate bancarie – Ferretti Trasporti S.r.l.', date=dt(2026, 3, 3, 11, 5, 0, 1),
      cs='iso-8859-15', helo='smtp.ferretti-trasporti.com', rdns='smtp.ferretti-trasporti.com', ip='5.181.159.44',
      text='''Gentile Dott.ssa Ricci,

con la presente Vi informiamo che, a seguito della riorganizzazione dei rapporti bancari del Gruppo, a partire dalle fatture emesse nel mese di marzo 2026 i pagamenti dovranno essere effettuati esclusivamente sulle seguenti coordinate:

Intestatario: Ferretti Trasporti S.r.l.
Banca: Banca Sella S.p.A. – Filiale di Milano
IBAN: %s
BIC/SWIFT: SELBIT2BXXX

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre su questo conto anche il saldo delle fatture n. 231/2026 e 247/2026 (totale € 18.940,00), in scadenza venerdì.

In allegato la comunicazione firmata dal legale rappresentante. Per qualsiasi chiarimento restiamo a disposizione via e-mail.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Artigianato 12 – 20090 Segrate (MI)
P.IVA 07412380961''' % fmt_iban(ib15),
      atts=[('Variazione_IBAN_Ferretti_Trasporti.pdf', PDF, make_pdf([
          'Ferretti Trasporti S.r.l. - Comunicazione variazione coordinate bancarie', 'Spett.le Example Group - Ufficio Amministrazione', 'Segrate, 02/03/2026', '',
          'Nuove coordinate bancarie:', 'Banca Sella S.p.A. - IBAN ' + fmt_iban(ib15), 'BIC SELBIT2BXXX', '', 'Il legale rappresentante'], title='Variazione IBAN'))])

    # ---------------------------------------------------------- 16 it
    vbs = 'Dim o : Set o = CreateObject("WScript.Shell")\r\n\' Agenzia delle Entrate - visualizzatore avviso\r\no.Popup "Caricamento documento in corso...", 3, "Avviso 2026/118834", 64\r\n'.encode('latin-1')
    M(A, '16-it.eml', 'it', 'Tax-authority styled notice of irregularity with a zipped document',
      frm=('Agenzia delle Entrate', 'comunicazioni@agenziaentrate-avvisi.it'), to=[S['rossi']],
      subject='Comunicazione di irregolarità – art. 36-bis DPR 600/73 – Prot. 2026/118834', date=dt(2026, 2, 5, 8, 48, 26, 1),
      cs='iso-8859-15', cte='quoted-printable', helo='mail.agenziaentrate-avvisi.it', rdns='unknown', ip='185.81.68.150',
      text='''Gentile Contribuente,

dal controllo automatizzato della dichiarazione relativa al periodo d'imposta 2024 (modello Redditi SC / IVA) presentata da EXAMPLE GROUP ITALIA S.R.L. sono emerse irregolarità nei versamenti per un importo complessivo di € 7.412,66.

La comunicazione completa, con il dettaglio delle somme dovute e le modalità per la regolarizzazione con sanzioni ridotte, è disponibile nell'allegato protetto.

Entro 60 giorni dal ricevimento può fornire chiarimenti tramite CIVIS o presso un Ufficio territoriale. Trascorso tale termine l'importo sarà iscritto a ruolo.

Agenzia delle Entrate
Direzione Provinciale di Milano – Ufficio Controlli

Messaggio generato automaticamente, si prega di non rispondere.''',
      atts=[('Avviso_2026_118834.zip', ZIP, make_zip([('Avviso_2026_118834.pdf.vbs', vbs)]))])

    # ---------------------------------------------------------- 17 it
    M(A, '17-it.eml', 'it', 'Certified-mail provider styled renewal reminder with a payment link',
      frm=('Aruba PEC', 'rinnovi@aruba-pec-servizi.it'), to=[S['ricci']],
      subject='La casella PEC examplegroup@pec.it scade tra 3 giorni – rinnovo necessario', date=dt(2026, 4, 20, 9, 12, 44, 2),
      helo='mta-out3.aruba-pec-servizi.it', rdns='mta-out3.aruba-pec-servizi.it', ip='45.88.186.23', html=True, cs='utf-8', cte='base64',
      text='''Gentile Cliente,

la casella di Posta Elettronica Certificata examplegroup@pec.it scadrà il 23/04/2026.

Dopo la scadenza non sarà più possibile inviare e ricevere messaggi PEC, incluse le notifiche dal Sistema di Interscambio (SdI) e dalla Pubblica Amministrazione. I messaggi in arrivo verranno respinti al mittente.

Per evitare l'interruzione del servizio effettui il rinnovo annuale (€ 5,00 + IVA) dall'area clienti:

[[Rinnova ora la tua casella PEC|https://areaclienti.aruba-pec-servizi.it/rinnovo?casella=examplegroup%40pec.it]]

Cordiali saluti,
Aruba PEC S.p.A.
Servizio Clienti''')

    # ---------------------------------------------------------- 18 it
    ib18 = iban('LT', '32500' + '17384920551')
    M(A, '18-it.eml', 'it', 'Country manager name asks accounts for a same-day transfer to a new packaging supplier',
      frm=('Giulia Rossi', 'g.rossi@examplegroup-eu.com'), to=[S['ricci']], reply_to=('Giulia Rossi', 'g.rossi@examplegroup-eu.com'),
      subject='Bonifico oggi – acconto nuovo fornitore imballaggi', date=dt(2026, 3, 20, 12, 58, 3, 1),
      helo='examplegroup-eu.com', rdns='vmi1842213.contaboserver.net', ip='173.212.230.96',
      extra=['X-Mailer: iPhone Mail (22D82)'], html=True,
      text='''Ciao Francesca,

ti chiedo una cortesia urgente: abbiamo chiuso con il nuovo fornitore di imballaggi per il cliente farmaceutico (te ne parlo meglio lunedì, Katrin è già informata). Serve l'acconto del 30%% oggi, altrimenti perdiamo lo slot di produzione di aprile.

Beneficiario: Baltic Pack Solutions UAB
IBAN: %s
BIC: REVOLT21
Importo: € 23.760,00
Causale: Acconto ordine BPS-0326-114

Sono in riunione dal cliente fino a tardi, quindi scrivimi qui appena hai inserito il bonifico e mandami la contabile. La fattura proforma te la giro stasera.

Grazie mille!
Giulia

Inviato da iPhone''' % fmt_iban(ib18))

    # ---------------------------------------------------------- 19 it
    M(A, '19-it.eml', 'it', 'Mail-platform styled digest of held messages with release links',
      frm=('Microsoft 365 – Protezione messaggi', 'quarantine@m365-messagecenter.com'), to=[S['bianchi']],
      subject='Hai 4 nuovi messaggi in quarantena', date=dt(2026, 3, 12, 7, 0, 5, 1),
      helo='out.m365-messagecenter.com', rdns='out.m365-messagecenter.com', ip='88.214.26.81', cs='utf-8', cte='quoted-printable',
      html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head><body style="font-family:Segoe UI,Arial;font-size:13px">
<p>Rivedi questi messaggi trattenuti per m.bianchi@examplegroup.eu. Sono stati trattenuti negli ultimi 3 giorni e verranno eliminati automaticamente.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr style="background:#f3f3f3"><th>Mittente</th><th>Oggetto</th><th>Data</th><th></th></tr>
<tr><td>c.colombo@ferretti-trasporti.it</td><td>CMR firmati + POD settimana 10</td><td>11/03/2026</td><td><a href="https://m365-messagecenter.com/quarantine/release?id=7f21a&amp;u=m.bianchi%40examplegroup.eu">Rilascia</a></td></tr>
<tr><td>t.zielinski@partner-logistik.pl</td><td>Re: slot carico Poznań 14.03</td><td>11/03/2026</td><td><a href="https://m365-messagecenter.com/quarantine/release?id=7f21b&amp;u=m.bianchi%40examplegroup.eu">Rilascia</a></td></tr>
<tr><td>noreply@dhl.com</td><td>Avviso di sdoganamento 4418820391</td><td>10/03/2026</td><td><a href="https://m365-messagecenter.com/quarantine/release?id=7f21c&amp;u=m.bianchi%40examplegroup.eu">Rilascia</a></td></tr>
<tr><td>amministrazione@ferretti-trasporti.it</td><td>Sollecito fattura 231/2026</td><td>10/03/2026</td><td><a href="https://m365-messagecenter.com/quarantine/release?id=7f21d&amp;u=m.bianchi%40examplegroup.eu">Rilascia</a></td></tr>
</table>
<p><a href="https://m365-messagecenter.com/quarantine/all?u=m.bianchi%40examplegroup.eu">Rivedi tutti i messaggi in quarantena</a></p>
<p style="color:#888;font-size:11px">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></body></html>
''',
      text='''Rivedi questi messaggi trattenuti per m.bianchi@examplegroup.eu.

c.colombo@ferretti-trasporti.it - CMR firmati + POD settimana 10
t.zielinski@partner-logistik.pl - Re: slot carico Poznań 14.03
noreply@dhl.com - Avviso di sdoganamento 4418820391
amministrazione@ferretti-trasporti.it - Sollecito fattura 231/2026

[[Rivedi tutti i messaggi in quarantena|https://m365-messagecenter.com/quarantine/all?u=m.bianchi%40examplegroup.eu]]''')

    # ---------------------------------------------------------- 20 it
    M(A, '20-it.eml', 'it', 'Accountancy firm sends a link to download an invoice document',
      frm=('Studio Bellini Commercialisti', 'segreteria@studiobellini-commercialisti.it'), to=[S['bianchi']],
      subject='Invio documentazione fattura n. 118/2026', date=dt(2026, 3, 25, 17, 41, 12, 1),
      helo='smtpdh01.ad.aruba.it', rdns='smtpdh01.ad.aruba.it', ip='62.149.155.148', cs='iso-8859-15', html=True,
      text='''Buongiorno,

per conto del nostro cliente Trasporti Lombarda S.n.c. Vi inoltriamo la documentazione relativa alla fattura n. 118/2026 e al DDT collegato, come da Vostra richiesta telefonica.

Il file è troppo grande per l'invio in allegato, potete scaricarlo qui:

[[Fattura_118_2026_e_DDT.pdf (2,4 MB)|https://studiobellini-documenti.webflow.io/condivisi/fattura-118-2026]]

Restiamo a disposizione.

Cordiali saluti
Segreteria
Studio Bellini – Dottori Commercialisti Associati
Via Manzoni 41, 20121 Milano''')

    # ---------------------------------------------------------- 21 pl
    ib21 = iban_pl('1140200', '0040000358127744')
    M(A, '21-pl.eml', 'pl', 'Logistics partner contact announces a changed bank account, letter attached',
      frm=('Tomasz Zieliński', 't.zielinski@partner-logistlk.pl'), to=[S['wojcik']], cc=[S['nowak']],
      subject='Zmiana rachunku bankowego – Partner Logistik Sp. z o.o.', date=dt(2026, 2, 26, 13, 14, 55, 1),
      cs='iso-8859-2', helo='mail.partner-logistlk.pl', rdns='s41.cyber-folks.pl', ip='195.78.67.41',
      extra=['X-Mailer: Microsoft Outlook 16.0'],
      text='''Dzień dobry Pani Agnieszko,

w związku ze zmianą banku obsługującego naszą spółkę uprzejmie informuję, że od 1 marca 2026 r. prosimy o dokonywanie wszystkich płatności na nowy rachunek:

Partner Logistik Sp. z o.o.
mBank S.A.
%s

Rachunek został już zgłoszony do wykazu podatników VAT (biała lista) – aktualizacja w wykazie może być widoczna z kilkudniowym opóźnieniem, dlatego w załączniku przesyłam potwierdzenie z banku oraz pismo podpisane przez Zarząd.

Proszę również o przelanie na nowy rachunek faktur FV/02/2026/188 i FV/02/2026/191 (razem 46 280,00 zł), których termin mija w piątek.

Pozdrawiam serdecznie
Tomasz Zieliński
Kierownik ds. Kluczowych Klientów
Partner Logistik Sp. z o.o.''' % fmt_iban(ib21),
      atts=[('Pismo_zmiana_rachunku_PartnerLogistik.pdf', PDF, make_pdf([
          'Partner Logistik Sp. z o.o. - Zmiana rachunku bankowego', 'Poznan, 25.02.2026', 'Do: Example Group Sp. z o.o.', '',
          'Nowy rachunek bankowy (mBank S.A.):', fmt_iban(ib21), '', 'Zarzad Partner Logistik Sp. z o.o.'], title='Zmiana rachunku'))])

    # ---------------------------------------------------------- 22 pl
    M(A, '22-pl.eml', 'pl', 'E-invoicing-system styled message about an expiring access token',
      frm=('Krajowy System e-Faktur', 'powiadomienia@ksef-podatki-gov.pl'), to=[S['wojcik']],
      subject='KSeF: token uwierzytelniający wygasa – wymagana ponowna autoryzacja', date=dt(2026, 2, 9, 7, 31, 0, 1),
      cs='windows-1250', cte='base64', helo='mail.ksef-podatki-gov.pl', rdns='unknown', ip='176.97.210.33', html=True,
      text='''Szanowni Państwo,

w związku z wejściem w życie obowiązkowego KSeF od 1 lutego 2026 r. wszystkie tokeny wygenerowane w wersji testowej oraz w KSeF 1.0 tracą ważność. Token przypisany do podmiotu EXAMPLE GROUP SP. Z O.O. (NIP 779***4412) wygaśnie 11.02.2026 r.

Po tej dacie wystawianie i odbieranie faktur ustrukturyzowanych nie będzie możliwe, co może skutkować karami przewidzianymi w ustawie o VAT.

Aby zachować ciągłość, prosimy o ponowną autoryzację przy użyciu profilu zaufanego lub bankowości elektronicznej:

[[Zaloguj się do KSeF i odnów token|https://ksef-podatki-gov.pl/web/login?nip=779&ref=token-renew]]

Z poważaniem
Ministerstwo Finansów
Zespół KSeF

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.''')

    # ---------------------------------------------------------- 23 pl
    mz = b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8' + b'\x00' * 43 + b'\x80\x00\x00\x00' + b'\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$' + b'\x00' * 64
    M(A, '23-pl.eml', 'pl', 'Reply in a quotation thread about pallets with a zipped pro-forma invoice',
      frm=('Marek Dąbrowski', 'm.dabrowski@transmar-poznan.pl'), to=[S['wisniewski']],
      subject='RE: Zapytanie ofertowe – palety EUR (oferta + proforma)', date=dt(2026, 3, 11, 10, 27, 39, 1),
      cs='iso-8859-2', cte='quoted-printable', helo='transmar-poznan.pl', rdns='srv27.mydevil.net', ip='128.204.218.61',
      extra=['In-Reply-To: <0b1c2d3e4f50617283@examplegroup.eu>', 'X-Mailer: Microsoft Outlook 16.0'],
      text='''Dzień dobry Panie Pawle,

dziękuję za zapytanie. W załączeniu przesyłam ofertę na 600 szt. palet EUR (EPAL, nowe) wraz z fakturą proforma – przy zamówieniu do piątku utrzymamy cenę z zeszłego kwartału.

Proszę o potwierdzenie i wpłatę zaliczki wg proformy, wtedy rezerwujemy transport na przyszły wtorek.

Pozdrawiam
Marek Dąbrowski
Dział Sprzedaży
TRANSMAR Sp. z o.o., ul. Główna 41, 61-005 Poznań

-----Original Message-----
From: Paweł Wiśniewski <p.wisniewski@examplegroup.eu>
Sent: Tuesday, March 10, 2026 2:02 PM
Subject: Zapytanie ofertowe – palety EUR

Dzień dobry, prosimy o ofertę na ok. 600 palet EUR z dostawą do magazynu w Komornikach.''',
      atts=[('Proforma_FP-2026-03-114.zip', ZIP, make_zip([('Proforma_FP-2026-03-114.pdf.exe', mz)]))])

    # ---------------------------------------------------------- 24 pl
    M(A, '24-pl.eml', 'pl', 'Subscription renewal receipt asking to call a phone number to dispute, PDF attached',
      frm=('Dział Rozliczeń', 'rozliczenia.subskrypcje24@gmail.com'), to=[S['wisniewski']],
      subject='Potwierdzenie odnowienia subskrypcji nr INV-PL-7730918', date=dt(2026, 4, 3, 15, 55, 12, 2),
      cs='utf-8', helo='mail-lj1-f181.google.com', rdns='mail-lj1-f181.google.com', ip='209.85.208.181',
      mid='CAEp8xQv3nH7KdT2wYs0LmR9bZcU5gJf1oA6_iNtPe4kVyW8qDg@mail.gmail.com',
      text='''Szanowny Kliencie,

dziękujemy za odnowienie rocznej licencji Norton 360 Premium Business (10 urządzeń). Płatność została pobrana automatycznie z karty przypisanej do konta.

Numer zamówienia: INV-PL-7730918
Kwota: 1 899,00 zł brutto
Okres: 03.04.2026 – 02.04.2027

Jeżeli nie autoryzowali Państwo tej transakcji lub chcą zrezygnować, prosimy o kontakt z działem rozliczeń w ciągu 24 godzin pod numerem:

+48 22 307 41 85 (pn.–pt. 8:00–20:00)

Po tym czasie zwrot środków nie będzie możliwy.

Z poważaniem
Dział Rozliczeń''',
      atts=[('Faktura_INV-PL-7730918.pdf', PDF, make_pdf(['Faktura VAT INV-PL-7730918', 'Norton 360 Premium Business - 10 urzadzen', 'Kwota: 1 899,00 PLN',
                                                          'Okres: 03.04.2026 - 02.04.2027', '', 'Rezygnacja / zwrot: +48 22 307 41 85'], title='Faktura', producer='iLovePDF'))])

    # ---------------------------------------------------------- 25 pl
    M(A, '25-pl.eml', 'pl', 'Electronic-delivery styled notice about a new item awaiting pick-up',
      frm=('e-Doręczenia', 'powiadomienia@e-doreczenia-skrzynka.pl'), to=[S['nowak']],
      subject='Nowa przesyłka w skrzynce do doręczeń elektronicznych – odbierz w ciągu 14 dni', date=dt(2026, 1, 28, 11, 6, 0, 1),
      cs='iso-8859-2', cte='quoted-printable', helo='mx1.e-doreczenia-skrzynka.pl', rdns='static-91-242-229-18.hostingmax.pl', ip='91.242.229.18', html=True,
      text='''Dzień dobry,

na adres do doręczeń elektronicznych podmiotu EXAMPLE GROUP SP. Z O.O. wpłynęła nowa przesyłka.

Nadawca: Urząd Skarbowy Poznań-Wilda
Rodzaj: pismo urzędowe z potwierdzeniem odbioru
Data nadania: 28.01.2026

Przesyłkę należy odebrać w ciągu 14 dni. Po upływie tego terminu zostanie ona uznana za doręczoną (fikcja doręczenia).

[[Odbierz przesyłkę|https://e-doreczenia-skrzynka.pl/odbior/2026/01/28/ADE-7712-0914]]

Wiadomość wysłana automatycznie. Nie odpowiadaj na nią.''')

    # ---------------------------------------------------------- 26 el
    M(A, '26-el.eml', 'el', 'Tax-portal styled notice about mismatched e-invoice records with a link',
      frm=('ΑΑΔΕ - myDATA', 'noreply@mydata-aade-gov.gr'), to=[S['papadopoulos']],
      subject='Ασυμφωνία διαβιβασμένων παραστατικών myDATA – απαιτείται ενέργεια', date=dt(2026, 2, 16, 9, 20, 0, 2),
      cs='iso-8859-7', cte='quoted-printable', helo='mail.mydata-aade-gov.gr', rdns='vps-2f8a11.hostgr-cloud.com', ip='185.4.132.118', html=True,
      text='''Αξιότιμε/η φορολογούμενε,

κατά τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην πλατφόρμα myDATA για την επιχείρηση EXAMPLE GROUP HELLAS Μ.Ε.Π.Ε. (ΑΦΜ 80*****41) εντοπίστηκαν 14 παραστατικά με αποκλίσεις μεταξύ εκδότη και λήπτη για το Δ΄ τρίμηνο 2025.

Σύμφωνα με το άρθρο 15Α του ν. 4174/2013, οι αποκλίσεις πρέπει να διορθωθούν εντός 10 ημερών, διαφορετικά επιβάλλεται πρόστιμο.

Για να δείτε τα παραστατικά και να υποβάλετε διόρθωση, συνδεθείτε με τους κωδικούς TAXISnet:

[[Είσοδος στην εφαρμογή myDATA|https://mydata-aade-gov.gr/taxisnet/login?redirect=apokliseis]]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων''')

    # ---------------------------------------------------------- 27 el
    dapage = '''<html><head><meta charset="utf-8"><title>FDA MV NORDIC STAR</title></head><body style="font-family:Arial">
<h3>Aegean Port Agency S.A. &ndash; Final Disbursement Account</h3><p>Vessel: MV NORDIC STAR &middot; Port: Piraeus &middot; Call: 2026-03/114</p>
<p>Document is protected. Sign in with your company e-mail to view the balance due.</p>
<form action="https://aegeanportagency-docs.com/fda/view.php" method="post"><input name="u" value="e.konstantinou@examplegroup.eu"><br><input type="password" name="pw"><br><button>View FDA</button></form></body></html>
'''
    M(A, '27-el.eml', 'el', 'Port agency sends a final disbursement account for a vessel call, HTML attached',
      frm=('Aegean Port Agency – Accounts', 'accounts@aegeanportagency.com'), to=[S['konstantinou']],
      subject='FDA – MV NORDIC STAR / Πειραιάς 2026-03/114 – υπόλοιπο προς εξόφληση', date=dt(2026, 3, 23, 14, 2, 18, 2),
      cs='utf-8', cte='base64', helo='aegeanportagency.com', rdns='host-45-159-189-7.greekservers.net', ip='45.159.189.7',
      text='''Αγαπητή κα Κωνσταντίνου,

σας αποστέλλουμε συνημμένα τον τελικό λογαριασμό εξόδων (Final Disbursement Account) για τον κατάπλου του MV NORDIC STAR στον Πειραιά (call 2026-03/114).

Μετά την προκαταβολή σας προκύπτει υπόλοιπο EUR 6.318,40 (λιμενικά τέλη, πρακτόρευση, ρυμούλκηση). Παρακαλούμε για εξόφληση εντός 5 εργάσιμων.

Dear Ms Konstantinou, please find attached the FDA for the above call. Balance due EUR 6,318.40.

Με εκτίμηση / Best regards
Accounts Department
Aegean Port Agency S.A.
Akti Miaouli 47, 185 36 Piraeus''',
      atts=[('FDA_NORDIC_STAR_2026-03-114.html', HTM, dapage.encode('utf-8'))])

    # ---------------------------------------------------------- 28 el
    ib28 = iban('GR', '011' + '0125' + '0000012530047281')
    M(A, '28-el.eml', 'el', 'Electricity-supplier styled overdue bill notice with a bank account for payment',
      frm=('ΔΕΗ - Επαγγελματικοί Πελάτες', 'e-bill@dei-epixeiriseis.gr'), to=[S['papadopoulos']],
      subject='Ληξιπρόθεσμη οφειλή λογαριασμού ρεύματος – προειδοποίηση διακοπής', date=dt(2026, 2, 2, 10, 0, 31, 2),
      cs='iso-8859-7', cte='base64', helo='mail.dei-epixeiriseis.gr', rdns='unknown', ip='77.91.78.140',
      text='''Αγαπητέ πελάτη,

σας ενημερώνουμε ότι ο λογαριασμός ηλεκτρικού ρεύματος για την παροχή 1 23456789-01 (Ακτή Μιαούλη 81, Πειραιάς) παραμένει ανεξόφλητος.

Ποσό οφειλής: 2.184,55 €
Ημερομηνία λήξης: 26/01/2026

Λόγω αναβάθμισης των συστημάτων πληρωμών, οι εξοφλήσεις με τον παλαιό κωδικό ηλεκτρονικής πληρωμής δεν πιστώνονται προσωρινά. Παρακαλούμε καταθέστε το ποσό στον παρακάτω λογαριασμό αναγράφοντας τον αριθμό παροχής:

Δικαιούχος: ΔΕΗ Α.Ε. - Είσπραξη Οφειλών
IBAN: %s

Εάν η οφειλή δεν εξοφληθεί εντός 48 ωρών, θα δοθεί εντολή διακοπής της παροχής στον ΔΕΔΔΗΕ.

Με εκτίμηση,
ΔΕΗ - Εξυπηρέτηση Επαγγελματικών Πελατών''' % fmt_iban(ib28))

    # ---------------------------------------------------------- 29 el
    M(A, '29-el.eml', 'el', 'Government-portal styled reminder about a beneficial-ownership register update',
      frm=('gov.gr - Μητρώο Πραγματικών Δικαιούχων', 'no-reply@govgr-mitroo.gr'), to=[S['papadopoulos']],
      subject='Υποχρεωτική επικαιροποίηση Μητρώου Πραγματικών Δικαιούχων έως 31/03/2026', date=dt(2026, 3, 16, 8, 45, 0, 2),
      cs='utf-8', cte='quoted-printable', helo='smtp.govgr-mitroo.gr', rdns='smtp.govgr-mitroo.gr', ip='194.26.29.118', html=True,
      text='''Αξιότιμε/η κύριε/κυρία,

σύμφωνα με τον ν. 4557/2018 όπως ισχύει, τα νομικά πρόσωπα υποχρεούνται να επικαιροποιούν ετησίως τα στοιχεία των πραγματικών δικαιούχων τους. Για την επιχείρηση EXAMPLE GROUP HELLAS δεν έχει καταχωριστεί επικαιροποίηση για το 2026.

Η μη συμμόρφωση επισύρει πρόστιμο έως 10.000 € και αδυναμία έκδοσης φορολογικής ενημερότητας.

[[Επικαιροποίηση στοιχείων με κωδικούς Taxisnet|https://govgr-mitroo.gr/mpd/epikairopoiisi?afm=80]]

gov.gr – Ενιαία Ψηφιακή Πύλη της Δημόσιας Διοίκησης''')

    # ---------------------------------------------------------- 30 el
    docm = make_docx(['POSEIDONIA SHIPMANAGEMENT - REQUEST FOR QUOTATION RFQ-2026-041', 'Cargo: spare parts, 14 crates, 8.2 t',
                      'Route: Piraeus - Hamburg', 'Content protected. Please click "Enable Content" to view the full specification.'], macro=True)
    M(A, '30-el.eml', 'el', 'Request for quotation from a ship manager with a Word document attached',
      frm=('Capt. Nikos Vlachos', 'chartering@poseidonia-shipmgmt.com'), to=[S['konstantinou']],
      subject='Αίτημα προσφοράς – μεταφορά ανταλλακτικών Πειραιάς–Αμβούργο (RFQ-2026-041)', date=dt(2026, 4, 7, 11, 33, 0, 3),
      cs='utf-8', cte='base64', helo='mail.poseidonia-shipmgmt.com', rdns='mail.poseidonia-shipmgmt.com', ip='103.214.68.90',
      text='''Καλημέρα σας,

εκ μέρους της Poseidonia Shipmanagement θα θέλαμε προσφορά για τη μεταφορά ανταλλακτικών μηχανής (14 κιβώτια, περίπου 8,2 τόνοι) από Πειραιά προς Αμβούργο, παράδοση έως 30/04.

Οι τεχνικές λεπτομέρειες, οι διαστάσεις και οι όροι ασφάλισης βρίσκονται στο συνημμένο έγγραφο. Παρακαλούμε ενεργοποιήστε το περιεχόμενο για να εμφανιστεί ο πίνακας.

Αναμένουμε την προσφορά σας έως την Παρασκευή.

Με εκτίμηση,
Καπ. Νίκος Βλάχος
Chartering Dept.
Poseidonia Shipmanagement Inc.''',
      atts=[('RFQ-2026-041_Poseidonia.docm', 'application/vnd.ms-word.document.macroEnabled.12', docm)])

    # ---------------------------------------------------------- 31 es
    M(A, '31-es.eml', 'es', 'Electronic-notification styled notice about a tax communication awaiting access',
      frm=('DEHú - Notificaciones', 'avisos@dehu-notificaciones.es'), to=[S['martinez']],
      subject='Aviso de puesta a disposición de notificación – Agencia Tributaria', date=dt(2026, 3, 2, 9, 5, 0, 1),
      cs='iso-8859-15', cte='quoted-printable', helo='mail.dehu-notificaciones.es', rdns='unknown', ip='45.142.122.48', html=True,
      text='''Estimado/a usuario/a,

le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú):

Titular: EXAMPLE GROUP IBERIA S.L. (B98******)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Requerimiento de información – Modelo 303, 4T 2025
Fecha de puesta a disposición: 02/03/2026

Dispone de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada (art. 43 Ley 39/2015).

[[Acceder a la notificación|https://dehu-notificaciones.es/acceso/certificado?ref=AEAT-2026-0302-88412]]

Este mensaje ha sido generado automáticamente, por favor no responda.''')

    # ---------------------------------------------------------- 32 es
    ib32 = iban_es('2100', '8734', '0200145927')
    M(A, '32-es.eml', 'es', 'Message under the country manager address about a confidential transaction handled by a law firm',
      frm=('Javier Martínez López', 'j.martinez@examplegroup.eu'), to=[S['navarro']], reply_to=('Javier Martínez López', 'j.martinez@examplegroup-eu.es'),
      subject='Operación confidencial – necesito tu ayuda hoy', date=dt(2026, 3, 19, 9, 47, 36, 1),
      rp='bounce-7712@mail-relay-es.net', cs='iso-8859-1', helo='mail-relay-es.net', rdns='vps-4d2a91.stackcp.net', ip='82.118.21.9',
      extra=['X-Mailer: Microsoft Outlook 16.0'],
      text='''Hola Carmen,

te escribo porque estamos cerrando una operación muy confidencial con la central de Hamburgo (adquisición de un operador logístico en Sagunto). Katrin y Johannes están al tanto, pero hasta el anuncio oficial no puede saberlo nadie más en la oficina, ni siquiera Lucía.

Hoy hay que depositar la señal en la cuenta de garantía del despacho que lleva la operación, Ibarra & Soler Abogados:

Titular: Ibarra Soler Abogados SLP – Cuenta Depósito
IBAN: %s
Importe: 48.750,00 EUR
Concepto: Depósito garantía expediente IS-2026-031

El abogado, D. Andrés Soler, te llamará esta mañana para confirmar los detalles. Por favor, no comentes nada por Teams ni por teléfono con nadie de la oficina; contesta solo a este correo.

Gracias por tu discreción.

Javier Martínez López
Country Manager Spain
Example Group''' % fmt_iban(ib32))

    # ---------------------------------------------------------- 33 es
    ib33 = iban_es('0182', '5941', '0201583316')
    M(A, '33-es.eml', 'es', 'Packaging supplier informs about a new bank account and asks to settle open invoices',
      frm=('Administración Embalajes Turia', 'administracion@embalajesturia-sl.com'), to=[S['navarro']],
      subject='Cambio de cuenta bancaria – Embalajes Turia S.L.', date=dt(2026, 2, 23, 12, 16, 4, 1),
      cs='utf-8', cte='8bit', helo='embalajesturia-sl.com', rdns='ip-141-98-11-70.ip.secureserver.net', ip='141.98.11.70',
      text='''Buenos días Carmen,

por motivo de una auditoría interna con nuestra entidad anterior, a partir de hoy hemos trasladado la operativa de cobros a BBVA. Te agradeceríamos que actualicéis nuestros datos de proveedor con la nueva cuenta:

Embalajes Turia S.L.
BBVA – Oficina València Port
IBAN: %s

Las facturas pendientes FT-26/0088 y FT-26/0104 (9.416,20 €) rogamos se abonen ya en esta cuenta, ya que la antigua quedará bloqueada a final de mes. Adjuntaremos el certificado de titularidad en cuanto nos lo emita el banco.

Un saludo cordial,
Rosa Ibáñez
Administración
Embalajes Turia S.L. – Pol. Ind. Fuente del Jarro, Paterna''' % fmt_iban(ib33))

    # ---------------------------------------------------------- 34 es
    M(A, '34-es.eml', 'es', 'HR-platform styled notice that a payslip is available, with a sign-in link',
      frm=('Factorial', 'notificaciones@factorial-nominas.com'), to=[S['fernandez']],
      subject='Tu nómina de marzo 2026 ya está disponible', date=dt(2026, 3, 31, 18, 2, 0, 2),
      cs='utf-8', cte='base64', helo='mta.factorial-nominas.com', rdns='mta.factorial-nominas.com', ip='91.92.243.77', html=True,
      text='''Hola Lucía,

Example Group Iberia ha publicado tu nómina de marzo 2026. Además, se ha registrado una regularización del IRPF y el ajuste de la retribución variable del primer trimestre.

[[Ver mi nómina|https://app.factorial-nominas.com/documents/payslips/2026-03?company=examplegroup]]

Por seguridad, deberás iniciar sesión con tu cuenta de Microsoft corporativa.

El equipo de Factorial''')

    # ---------------------------------------------------------- 35 es
    zenc = make_zip_encrypted([('Factura_2026-0311.pdf.lnk', b'L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F' + b'\x00' * 120)], '2026')
    M(A, '35-es.eml', 'es', 'Forwarded reminder about an overdue invoice with a password-protected archive',
      frm=('Facturación | Levante Cargo', 'facturacion@levantecargo.es'), to=[S['martinez']],
      subject='RV: Factura pendiente 2026/0311 – 2º aviso', date=dt(2026, 3, 13, 16, 51, 8, 1),
      cs='iso-8859-15', cte='quoted-printable', helo='levantecargo.es', rdns='cp-es18.webempresa.eu', ip='185.103.37.145',
      text='''Buenas tardes,

les reenvío de nuevo la factura 2026/0311 correspondiente a los servicios de transporte de febrero, que según nuestra contabilidad sigue pendiente de pago.

Por protección de datos el archivo va cifrado. Contraseña: 2026

Les rogamos confirmen la fecha prevista de pago.

Saludos,
Departamento de Facturación
Grupo Levante Cargo

-----Mensaje original-----
De: Facturación | Levante Cargo
Enviado el: viernes, 27 de febrero de 2026 10:12
Asunto: Factura pendiente 2026/0311

Adjuntamos factura 2026/0311.''',
      atts=[('Factura_2026-0311.zip', ZIP, zenc)])

    # ---------------------------------------------------------- 36 ru
    lnk = b'L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F\x9b\x00\x08\x00' + b'\x00' * 100
    M(A, '36-ru.eml', 'ru', 'Tax-service styled demand for explanations with a zipped document',
      frm=('ФНС России', 'info@nalog-trebovanie.ru'), to=[S['kuznetsova']],
      subject='Требование о представлении пояснений N 12-08/4471', date=dt(2026, 2, 12, 10, 14, 0, 3),
      cs='koi8-r', cte='base64', helo='mail.nalog-trebovanie.ru', rdns='unknown', ip='91.215.85.142',
      text='''Уважаемый налогоплательщик!

В ходе камеральной налоговой проверки декларации по НДС за 4 квартал 2025 года, представленной ООО "ЭКЗАМПЛ ГРУПП РУС" (ИНН 77********), выявлены расхождения с данными контрагентов.

В соответствии с п. 3 ст. 88 НК РФ Вам необходимо в течение 5 рабочих дней представить пояснения или внести исправления в налоговую декларацию.

Требование и перечень расхождений находятся во вложении. Пароль к архиву: 4471

Непредставление пояснений влечет ответственность по ст. 129.1 НК РФ.

Инспекция Федеральной налоговой службы N 46 по г. Москве''',
      atts=[('Trebovanie_12-08_4471.zip', ZIP, make_zip_encrypted([('Требование_12-08_4471.pdf.lnk', lnk)], '4471'))])

    # ---------------------------------------------------------- 37 ru
    M(A, '37-ru.eml', 'ru', 'Electronic-document-exchange styled notice about a document to sign',
      frm=('Контур.Диадок', 'noreply@diadoc-kontur-edo.ru'), to=[S['kuznetsova']],
      subject='Вам поступил документ на подпись от ООО «СеверТрансЛогистик»', date=dt(2026, 3, 5, 12, 40, 11, 3),
      cs='windows-1251', cte='quoted-printable', helo='mx.diadoc-kontur-edo.ru', rdns='vm-13-104.timeweb.cloud', ip='5.42.104.13', html=True,
      text='''Здравствуйте!

В ящик организации ООО «ЭКЗАМПЛ ГРУПП РУС» поступил документ, требующий подписи:

Отправитель: ООО «СеверТрансЛогистик»
Документ: Акт сверки взаимных расчетов за 2025 год и УПД № 118 от 04.03.2026
Сумма: 1 284 600,00 руб.

[[Перейти к документу|https://diadoc-kontur-edo.ru/Box/Documents/Sign?id=f1c2a9e8-4471&auth=1]]

Для просмотра потребуется вход по логину и паролю или сертификату.

С уважением,
Команда Контур.Диадок''')

    # ---------------------------------------------------------- 38 ru
    ib38 = iban('KZ', '722' + 'C000048213675')
    M(A, '38-ru.eml', 'ru', 'Country manager name on a private mailbox asks for a same-day payment to a Kazakh company',
      frm=('Дмитрий Соколов', 'd.sokolov.egr@yandex.ru'), to=[S['kuznetsova']],
      subject='Срочно: оплата сегодня', date=dt(2026, 4, 9, 9, 12, 40, 3),
      cs='utf-8', cte='base64', helo='forward102b.mail.yandex.net', rdns='forward102b.mail.yandex.net', ip='178.154.239.149',
      prior=['from mail-nwsmtp-smtp-production-main-61.vla.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-61.vla.yp-c.yandex.net [2a02:6b8:c1d:2b8e:0:640:1b4c:0]) by forward102b.mail.yandex.net (Yandex) with ESMTPS id 8Kf2xLwOeGk0'],
      mid='1234561775711560@mail.yandex.ru', html=True,
      text='''Анна, добрый день.

Пишу с личной почты, корпоративная на ноутбуке, а я в аэропорту. Нужно сегодня до 15:00 провести предоплату казахскому перевозчику за рейсы через Хоргос, иначе теряем машины на следующую неделю. С Катрин согласовано, документы пришлю вечером.

Получатель: ТОО «KazTrans Line Logistics»
Банк: АО «Kaspi Bank», БИК CASPKZKA
IBAN: %s
Сумма: 42 300 EUR
Назначение: предоплата по договору KTL-2026/04, транспортные услуги

Платёжку, пожалуйста, скинь сюда сразу после отправки. Звонить не получится, у меня посадка.

Спасибо!
Д. Соколов''' % fmt_iban(ib38))

    # ---------------------------------------------------------- 39 ru
    M(A, '39-ru.eml', 'ru', 'Court-styled notice about accepting a claim with a link to the case file',
      frm=('Арбитражный суд города Москвы', 'uvedomlenie@msk-arbitr-sud.ru'), to=[S['sokolov']],
      subject='Определение о принятии искового заявления к производству, дело N А40-78431/2026', date=dt(2026, 3, 27, 14, 5, 0, 3),
      cs='koi8-r', cte='quoted-printable', helo='mail.msk-arbitr-sud.ru', rdns='unknown', ip='89.23.107.55',
      text='''Уважаемый участник процесса!

Арбитражный суд города Москвы уведомляет, что исковое заявление ООО "ТрансЛогистик-Центр" к ООО "ЭКЗАМПЛ ГРУПП РУС" о взыскании задолженности и неустойки в размере 3 418 920 руб. принято к производству.

Предварительное судебное заседание назначено на 21.04.2026 в 11:30.

Ознакомиться с определением и материалами дела:
https://msk-arbitr-sud.ru/kad/Card/A40-78431-2026/download

Отзыв на исковое заявление необходимо представить не позднее чем за 5 дней до заседания.

Арбитражный суд города Москвы
Автоматическое уведомление, не отвечайте на него.''')

    # ---------------------------------------------------------- 40 ru
    M(A, '40-ru.eml', 'ru', 'Cloud-storage styled notice that a colleague shared a folder',
      frm=('Яндекс Диск', 'disk-noreply@yandex-disk-share.ru'), to=[S['sokolov']],
      subject='Анна Кузнецова открыла вам доступ к папке «Авансовые отчёты 2025»', date=dt(2026, 1, 22, 16, 20, 9, 3),
      cs='windows-1251', cte='base64', helo='smtp.yandex-disk-share.ru', rdns='smtp.yandex-disk-share.ru', ip='147.45.178.20', html=True,
      text='''Анна Кузнецова (a.kuznetsova@examplegroup.eu) открыла вам доступ к папке

«Авансовые отчёты 2025»

Комментарий: Дмитрий, посмотрите, пожалуйста, до пятницы – нужно ваше согласование.

[[Открыть папку|https://yandex-disk-share.ru/client/disk/shared/a7f2c1?login=d.sokolov%40examplegroup.eu]]

Чтобы открыть папку, войдите в аккаунт.

Яндекс Диск''')

# ================================================================= BUSINESS
LIEF = dict(helo='mail.lieferant-gmbh.de', rdns='mail.lieferant-gmbh.de', ip='85.215.62.41')
FERR = dict(helo='smtp-out.ferretti-trasporti.it', rdns='smtp206-pc.aruba.it', ip='62.149.157.206')
PLOG = dict(helo='EUR03-VI1-obe.outbound.protection.outlook.com', rdns='mail-vi1eur03on2118.outbound.protection.outlook.com', ip='40.107.103.118')

def business():
    B = 'business'
    # ---------------------------------------------------------- 01 de
    xr = '''<?xml version="1.0" encoding="UTF-8"?>
<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
  <cbc:ID>RE-26-02114</cbc:ID><cbc:IssueDate>2026-03-24</cbc:IssueDate><cbc:DueDate>2026-04-23</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>EG-PO-2026-0418</cbc:BuyerReference>
</ubl:Invoice>
'''.encode()
    M(B, '01-de.eml', 'de', 'Supplier invoice with PDF and structured XML e-invoice',
      frm=('Lieferant GmbH Rechnungswesen', 'rechnungen@lieferant-gmbh.de'), to=[S['krueger']],
      subject='Rechnung RE-26-02114 zu Bestellung EG-PO-2026-0418', date=dt(2026, 3, 24, 6, 12, 3, 1), cs='iso-8859-15', **LIEF,
      text='''Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-26-02114 vom 24.03.2026 zu Ihrer Bestellung EG-PO-2026-0418 als PDF sowie als XRechnung (XML).

Rechnungsbetrag: 21.486,77 EUR
Zahlungsziel: 30 Tage netto (23.04.2026), 2 % Skonto bei Zahlung bis 03.04.2026

Bitte beachten Sie: Unsere Bankverbindung ist unverändert.

Diese E-Mail wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte an Ihren Ansprechpartner im Vertriebsinnendienst.

Lieferant GmbH · Hafenstraße 88 · 21079 Hamburg
Geschäftsführer: Dr. Ulrich Bergmann · AG Hamburg HRB 55120 · USt-IdNr. DE 118 274 503''',
      atts=[('RE-26-02114.pdf', PDF, make_pdf(['Lieferant GmbH - Rechnung RE-26-02114', 'Kunde: Example Group GmbH, Hamburg', 'Bestellung: EG-PO-2026-0418',
                                                'Pos. 1  Stahlbehaelter 1200l     24 Stk   18.056,11 EUR', 'Netto 18.056,11 EUR   USt 19% 3.430,66 EUR', 'Brutto 21.486,77 EUR',
                                                'Zahlbar bis 23.04.2026'], title='RE-26-02114', producer='SAP NetWeaver')),
            ('RE-26-02114_xrechnung.xml', 'application/xml', xr)])

    # ---------------------------------------------------------- 02 de
    ibv = iban('DE', '20190003' + '0051482007')
    M(B, '02-de.eml', 'de', 'Supplier announces a bank change after a bank merger and asks for phone verification',
      frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=[S['krueger']], cc=[S['lehmann'], ('Lieferant GmbH Rechnungswesen', 'rechnungen@lieferant-gmbh.de')],
      subject='Neue Bankverbindung ab 01.05.2026 (Fusion unserer Hausbank) – bitte telefonisch verifizieren', date=dt(2026, 4, 1, 11, 3, 40, 2), **LIEF,
      extra=['X-Mailer: Microsoft Outlook 16.0'], html=True,
      text='''Sehr geehrte Frau Krüger,

wie Sie vermutlich der Presse entnommen haben, fusioniert unsere bisherige Hausbank zum 01.05.2026 mit der Hamburger Volksbank. Dadurch ändert sich unsere IBAN; Kontoinhaber und Ansprechpartner bleiben gleich.

Neue Bankverbindung ab 01.05.2026:
Hamburger Volksbank eG
IBAN: %s
BIC: GENODEF1HH2

Bis zum 30.04.2026 bitte weiterhin auf die bisherige Verbindung zahlen. Das Schreiben unserer Geschäftsführung liegt bei; es geht Ihnen zusätzlich per Post zu.

Wichtig: Bitte verifizieren Sie die Änderung wie gewohnt telefonisch über die Ihnen bekannte Nummer unserer Buchhaltung (nicht über die Nummer in einer E-Mail). Frau Jansen ist unter der Zentrale erreichbar. Wir werden Sie niemals auffordern, offene Rechnungen vorzeitig oder auf ein abweichendes Konto zu zahlen.

Mit freundlichen Grüßen
Stefan Maier
Vertriebsinnendienst / Key Account
Lieferant GmbH''' % fmt_iban(ibv),
      atts=[('Lieferant_GmbH_Bankverbindung_ab_2026-05-01.pdf', PDF, make_pdf(['Lieferant GmbH - Aenderung der Bankverbindung', 'Hamburg, 31.03.2026', '',
                                                                               'Ab 01.05.2026: Hamburger Volksbank eG', 'IBAN ' + fmt_iban(ibv), 'BIC GENODEF1HH2', '',
                                                                               'Bitte verifizieren Sie diese Aenderung telefonisch.', 'Dr. Ulrich Bergmann, Geschaeftsfuehrer'], title='Bankverbindung'))])

    # ---------------------------------------------------------- 03 de
    M(B, '03-de.eml', 'de', 'CFO asks accounts payable to release a carrier payment today',
      frm=('Katrin Vogel', 'k.vogel@example.com'), to=[S['krueger']], cc=[('Giulia Rossi', 'g.rossi@examplegroup.eu')],
      subject='Dringend: Zahlung Ferretti heute noch freigeben', date=dt(2026, 3, 6, 10, 21, 55, 1), internal=True, delay=2,
      mid='FR3P281MB1543D0A7B2C94E11F0A8B3C4D5E6F@FR3P281MB1543.DEUP281.PROD.OUTLOOK.COM', html=True,
      text='''Hallo Sabine,

bitte gib heute noch die Zahlung an Ferretti Trasporti frei (Rechnungen 231/2026 und 247/2026, zusammen 18.940,00 EUR). Giulia hat die Leistungen bestätigt, und Ferretti hält sonst ab Montag die Touren Mailand–Hamburg zurück.

Bankverbindung bitte wie immer aus dem Kreditorenstamm nehmen – es gibt keine Änderung. Die zweite Freigabe im Banking mache ich direkt nach dem Termin um 12 Uhr.

Danke!
Katrin

Katrin Vogel
CFO | Example Group GmbH
Kehrwieder 8 · 20457 Hamburg''')

    # ---------------------------------------------------------- 04 de
    M(B, '04-de.eml', 'de', 'Internal IT announcement about a password change and MFA re-registration',
      frm=('Dennis Hoffmann', 'd.hoffmann@example.com'), to=[('Alle Mitarbeitenden Hamburg', 'alle-hamburg@example.com')], rcpt='m.schulz@example.com',
      subject='Wichtig: Neue Kennwortrichtlinie und MFA-Umstellung bis 31.03.2026', date=dt(2026, 3, 9, 8, 30, 0, 1), internal=True, delay=3,
      html=True, cs='iso-8859-15',
      text='''Liebe Kolleginnen und Kollegen,

im Rahmen unserer NIS2-Maßnahmen stellen wir bis Ende März zwei Dinge um:

1. Kennwortrichtlinie: Beim nächsten Anmelden nach dem 16.03. werdet ihr am Windows-Login aufgefordert, ein neues Kennwort zu setzen (mind. 14 Zeichen). Bitte ändert es ausschließlich dort oder per Strg+Alt+Entf – niemals über einen Link in einer E-Mail.

2. MFA: Die SMS-Bestätigung wird abgeschaltet. Bitte richtet bis 31.03. die Microsoft Authenticator-App ein. Die Anleitung findet ihr im Intranet unter [[intranet.example.com/it/mfa|https://intranet.example.com/it/mfa]]. Die Einrichtung startet ihr selbst unter https://aka.ms/mysecurityinfo – wir verschicken keine QR-Codes per E-Mail.

Wer Hilfe braucht: Dienstag und Donnerstag 13–15 Uhr IT-Sprechstunde im 3. OG, oder Ticket an it@example.com / Durchwahl -4410.

Wichtig: Wir werden euch nie nach eurem Kennwort fragen. Verdächtige Mails bitte über den Button „Phishing melden“ in Outlook weiterleiten.

Viele Grüße
Dennis Hoffmann
IT-Administration''')

    # ---------------------------------------------------------- 05 de
    M(B, '05-de.eml', 'de', 'Tax-portal notification that a new message is available in the account mailbox',
      frm=('ELSTER', 'noreply@elster.de'), to=[S['vogel']],
      subject='Neue Nachricht in Ihrem Postfach auf Mein ELSTER', date=dt(2026, 2, 27, 3, 14, 22, 1),
      helo='mail2.elster.de', rdns='mail2.elster.de', ip='193.109.238.12', cs='iso-8859-1', cte='quoted-printable',
      text='''Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Postfach auf "Mein ELSTER" liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich unter www.elster.de an, um die Nachricht abzurufen. Aus Sicherheitsgründen enthält diese E-Mail keinen direkten Link.

Ihr ELSTER-Team

Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse können nicht bearbeitet werden.''')

    # ---------------------------------------------------------- 06 de
    M(B, '06-de.eml', 'de', 'Supplier forwards a carrier message about a delivery delay, delivery note attached',
      frm=('Peter Lang', 'p.lang@lieferant-gmbh.de'), to=[S['lehmann']],
      subject='WG: Verzögerung Abruf 4713 – Info Spedition', date=dt(2026, 3, 30, 14, 48, 19, 2), **LIEF, cs='utf-8',
      extra=['X-Mailer: Microsoft Outlook 16.0'],
      text='''Hallo Herr Lehmann,

zur Info die Nachricht unserer Spedition unten. Abruf 4713 kommt daher erst Donnerstag statt Mittwoch, Lieferschein anbei. Falls das für die Rampe Billbrook ein Problem ist, rufen Sie mich gern an.

Viele Grüße
Peter Lang
Disposition / Logistik
Lieferant GmbH

-----Ursprüngliche Nachricht-----
Von: Disposition Nord <dispo-nord@elbe-cargo.de>
Gesendet: Montag, 30. März 2026 13:55
An: Peter Lang <p.lang@lieferant-gmbh.de>
Betreff: Verzögerung Abruf 4713

Hallo Peter,

wegen der Vollsperrung auf der A1 bei Bremen und dem Fahrermangel über Ostern schaffen wir die Tour nach Hamburg-Billbrook erst am Donnerstag, 02.04., Zeitfenster 7–9 Uhr. Sorry für die kurzfristige Info.

Gruß
Jens
Elbe Cargo GmbH''',
      atts=[('Lieferschein_LS-4713.pdf', PDF, make_pdf(['Lieferschein LS-4713', 'Abruf 4713 - Example Group GmbH, Billbrook', 'Liefertermin: 02.04.2026, 07:00-09:00',
                                                        '12 Paletten Stahlbehaelter', 'Spedition: Elbe Cargo GmbH'], title='LS-4713'))])

    # ---------------------------------------------------------- 07 de
    M(B, '07-de.eml', 'de', 'Bank information about changed online-banking terms',
      frm=('Hamburger Sparkasse', 'service@haspa.de'), to=[S['vogel']],
      subject='Information zu Ihren Bedingungen für das Online-Banking ab 01.06.2026', date=dt(2026, 4, 10, 9, 0, 0, 2),
      helo='mout.haspa.de', rdns='mout.haspa.de', ip='194.25.201.60', cs='utf-8', cte='quoted-printable', html=True,
      extra=['List-Unsubscribe: <mailto:abmelden@haspa.de?subject=Abmeldung>'],
      text='''Sehr geehrte Kundin, sehr geehrter Kunde,

zum 01.06.2026 passen wir die Bedingungen für das Online-Banking und die Sonderbedingungen für den Überweisungsverkehr an. Hintergrund ist unter anderem die verpflichtende Empfängerüberprüfung (Verification of Payee) bei Überweisungen im Euroraum.

Die neuen Bedingungen stehen in Ihrem Online-Banking-Postfach unter „Mitteilungen“ bereit. Sie müssen nichts weiter tun; wenn Sie nicht widersprechen, gelten die Änderungen als genehmigt.

Bitte beachten Sie: Die Haspa fordert Sie niemals per E-Mail zur Eingabe von Zugangsdaten oder TANs auf.

Mit freundlichen Grüßen
Ihre Hamburger Sparkasse

Hamburger Sparkasse AG · Ecke Adolphsplatz / Großer Burstah · 20457 Hamburg · [[haspa.de|https://www.haspa.de]]''')

    # ---------------------------------------------------------- 08 en
    M(B, '08-en.eml', 'en', 'Cloud platform message-centre notice about an admin action deadline',
      frm=('Microsoft 365 Message center', 'o365mc@microsoft.com'), to=[S['hoffmann']],
      subject='Weekly digest: Microsoft service updates – action required by 30 April 2026', date=dt(2026, 3, 23, 2, 11, 44, 0),
      helo='EUR02-AM0-obe.outbound.protection.outlook.com', rdns='mail-am0eur02on2071.outbound.protection.outlook.com', ip='40.107.20.71',
      rp='msonlineservicesteam@microsoftonline.com', cs='utf-8', cte='base64', html=True,
      text='''Message center – weekly digest for Example Group

Organisation: example.com

Major update – action required by 30 April 2026
MC1047721: Retirement of legacy MFA and SSPR policies. Migrate to the Authentication methods policy in the Microsoft Entra admin center.

Plan for change
MC1051190: Exchange Online – high-volume external recipient rate limit enforcement.

Stay informed
MC1053308: Microsoft Teams – updated external access defaults.

[[View all messages in the Message center|https://admin.microsoft.com/#/MessageCenter]]

You are receiving this email because you are a global or service administrator. To change your preferences, go to the Microsoft 365 admin center.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA''')

    # ---------------------------------------------------------- 09 en
    M(B, '09-en.eml', 'en', 'Company registry reminder that an annual statement is due',
      frm=('Companies House', 'noreply@companieshouse.gov.uk'), to=[S['whitfield']],
      subject='Reminder: confirmation statement due for EXAMPLE GROUP UK LIMITED (12873094)', date=dt(2026, 2, 3, 6, 45, 10, 0),
      helo='mail.companieshouse.gov.uk', rdns='mail.companieshouse.gov.uk', ip='54.246.121.75', cs='us-ascii', cte='7bit',
      text='''Company name: EXAMPLE GROUP UK LIMITED
Company number: 12873094

Your next confirmation statement is due by 17 February 2026.

You can file it online using your WebFiling account or GOV.UK One Login. It costs GBP 50 to file a confirmation statement.

If you have already filed, you do not need to do anything.

Find out more about filing a confirmation statement at https://www.gov.uk/guidance/confirmation-statement-guidance

Companies House
Do not reply to this email. This mailbox is not monitored.''')

    # ---------------------------------------------------------- 10 en
    M(B, '10-en.eml', 'en', 'Customer remittance advice with a PDF breakdown',
      frm=('Brightwater Foods Accounts Payable', 'accounts.payable@brightwaterfoods.co.uk'), to=[S['clarke']],
      subject='Remittance advice - BACS payment 06/03/2026 - Example Group UK', date=dt(2026, 3, 6, 16, 30, 2, 0),
      helo='GBR01-LO2-obe.outbound.protection.outlook.com', rdns='mail-lo2gbr01on2110.outbound.protection.outlook.com', ip='40.107.20.110',
      cs='iso-8859-1', cte='quoted-printable',
      text='''Dear Supplier,

Please find attached our remittance advice for the BACS payment made today.

Payment date: 06/03/2026
Amount: GBP 27,911.40
Invoices: EGUK-26-0098, EGUK-26-0102

This is an automated message from our payments system. Queries: accounts.payable@brightwaterfoods.co.uk or 01706 552 900.

Brightwater Foods Ltd, Registered in England No. 04417823''',
      atts=[('Remittance_0000418822.pdf', PDF, make_pdf(['Brightwater Foods Ltd - Remittance Advice', 'Supplier: Example Group UK Ltd', 'Payment date: 06/03/2026  Method: BACS',
                                                         'EGUK-26-0098   GBP 14,220.00', 'EGUK-26-0102   GBP 13,691.40', 'Total          GBP 27,911.40'], title='Remittance', producer='Sage 200'))])

    # ---------------------------------------------------------- 11 en
    M(B, '11-en.eml', 'en', 'E-signature service envelope for a framework agreement',
      frm=('Mark Hensley via DocuSign', 'dse@eumail.docusign.net'), to=[S['whitfield']], reply_to=('Mark Hensley', 'm.hensley@harwellmaritime.co.uk'),
      subject='Please DocuSign: Framework Agreement Harwell Maritime - Example Group UK 2026', date=dt(2026, 4, 15, 10, 4, 9, 1),
      helo='mailfr-eu.docusign.net', rdns='mailfr-eu.docusign.net', ip='185.81.100.73', rp='bounces@eumail.docusign.net',
      cs='utf-8', cte='quoted-printable', html=True,
      text='''Mark Hensley sent you a document to review and sign.

Hi James, please find the final version of the framework agreement as agreed in our meeting on Monday. Many thanks, Mark

[[REVIEW DOCUMENT|https://eu.docusign.net/Signing/EmailStart.aspx?a=3f8a1c2e-77b4-4e0d-9a51-6c2d1f4e8b90&etti=24&acct=8d41e2a7-0c3b-4f19-b6e2-91a7c5d3f004&er=2b7e9f10-4c8d-4a3e-8b61-0f2d5c7a9e13]]

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit DocuSign.com, click 'Access Documents', and enter the security code: 3F8A1C2E77B44E0D9A516C2D1F4E8B902

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.''')

    # ---------------------------------------------------------- 12 en
    ics12 = make_ics('MM2026-REG-558104@multimodal.org.uk', 'Multimodal 2026 - NEC Birmingham', '20260616T090000', '20260616T170000', 'NEC Birmingham, Halls 2-3',
                     'Your badge will be sent one week before the event. Visitor registration ref MM26-558104.', ('Multimodal Registrations', 'registrations@multimodal.org.uk'),
                     ('Emma Clarke', 'e.clarke@example.com'), url='https://www.multimodal.org.uk', method='PUBLISH')
    M(B, '12-en.eml', 'en', 'Trade show registration confirmation with a calendar file',
      frm=('Multimodal 2026', 'registrations@multimodal.org.uk'), to=[S['clarke']],
      subject='Your registration is confirmed - Multimodal 2026, 16-18 June, NEC Birmingham', date=dt(2026, 1, 29, 12, 1, 33, 0),
      helo='o1.ptr4471.multimodal.org.uk', rdns='o1.ptr4471.multimodal.org.uk', ip='149.72.183.54', rp='bounces+2231871-9c4e-e.clarke=example.com@em4471.multimodal.org.uk',
      cs='utf-8', html=True, extra=['List-Unsubscribe: <https://u2231871.ct.sendgrid.net/lu/unsubscribe?oc=7Fq2>, <mailto:unsubscribe@multimodal.org.uk>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click'],
      text='''Hi Emma,

Thank you for registering for Multimodal 2026 – the UK and Ireland's freight, logistics and supply chain event.

Registration ref: MM26-558104
Dates: 16–18 June 2026
Venue: NEC Birmingham, Halls 2–3

Your e-badge will be emailed one week before the show. Add the event to your calendar using the attached file.

[[Plan your visit|https://www.multimodal.org.uk/visit]]

See you in Birmingham!
The Multimodal Team''',
      atts=[('Multimodal2026.ics', 'text/calendar; method=PUBLISH', ics12)])

    # ---------------------------------------------------------- 13 en
    M(B, '13-en.eml', 'en', 'UK country manager forwards an urgent customer complaint to the CEO',
      frm=('James Whitfield', 'j.whitfield@example.com'), to=[S['brandt']], cc=[S['clarke']],
      subject='FW: URGENT - overdue shipment EGUK-SO-3381 / penalty clause', date=dt(2026, 3, 18, 17, 2, 48, 0), internal=True, delay=2,
      cs='utf-8', html=True,
      text='''Johannes,

FYI – Brightwater are escalating the delayed Felixstowe consignment. Emma is on it and we have a new ETA for Friday; I'd suggest we waive the expedite charge but not accept the penalty. Happy to discuss on tomorrow's call.

James

From: Daniel Purcell <d.purcell@brightwaterfoods.co.uk>
Sent: 18 March 2026 15:41
To: Emma Clarke <e.clarke@example.com>
Subject: URGENT - overdue shipment EGUK-SO-3381 / penalty clause

Emma,

this is now 6 days late and our Rochdale site will run out of packaging by Thursday. Please confirm a firm delivery date today. Otherwise we will have to invoke clause 9.2 (late delivery penalty) of our supply agreement and source elsewhere.

Daniel Purcell
Head of Procurement, Brightwater Foods Ltd''')

    # ---------------------------------------------------------- 14 en
    M(B, '14-en.eml', 'en', 'Solicitor letter about a customer claim, PDF attached',
      frm=('Charlotte Ames', 'charlotte.ames@hollisward-law.co.uk'), to=[S['wittmann']], cc=[S['whitfield']],
      subject='Without prejudice - Brightwater Foods Ltd / Example Group UK Ltd - damaged consignment EGUK-SO-3290 [HW-Matter 24117]', date=dt(2026, 4, 13, 14, 25, 0, 1),
      helo='EUR01-DB5-obe.outbound.protection.outlook.com', rdns='mail-db5eur01on2130.outbound.protection.outlook.com', ip='40.107.15.130',
      cs='utf-8', html=True,
      text='''Dear Mr Wittmann,

We act for Brightwater Foods Ltd in connection with the consignment EGUK-SO-3290 delivered on 12 January 2026, a significant part of which our client says was damaged on arrival.

Please find attached our letter setting out our client's position and a without prejudice proposal. We would be grateful for a response within 21 days, in line with the Practice Direction on Pre-Action Conduct.

We have copied Mr Whitfield as your client's local contact.

Kind regards,

Charlotte Ames
Associate | Hollis Ward LLP
Tel +44 161 832 4410
This email is confidential and may be legally privileged.''',
      atts=[('HW24117_Letter_to_Example_Group_WP.pdf', PDF, make_pdf(['Hollis Ward LLP - WITHOUT PREJUDICE', 'Our ref: HW-Matter 24117', '13 April 2026', 'Example Group UK Ltd / Example Group GmbH',
                                                                      'Re: consignment EGUK-SO-3290 delivered 12 January 2026', 'Our client claims GBP 18,400 for damaged goods.',
                                                                      'We propose settlement at GBP 12,000 within 28 days.'], title='Letter', producer='Adobe PDF Library 23.1'))])

    # ---------------------------------------------------------- 15 it
    fpa = '''<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
 <FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>07412380961</IdCodice></IdTrasmittente><ProgressivoInvio>00231</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione></FatturaElettronicaHeader>
 <FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-02-27</Data><Numero>231/2026</Numero><ImportoTotaleDocumento>11590.00</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali></FatturaElettronicaBody>
</p:FatturaElettronica>
'''.encode()
    M(B, '15-it.eml', 'it', 'Carrier invoice copy with PDF and XML e-invoice',
      frm=('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it'), to=[S['ricci']],
      subject='Copia di cortesia fattura n. 231/2026 – Ferretti Trasporti S.r.l.', date=dt(2026, 2, 27, 15, 12, 0, 1), cs='iso-8859-15', **FERR,
      text='''Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 231/2026 del 27/02/2026, già inviata tramite Sistema di Interscambio al Vostro codice destinatario.

Imponibile: € 9.500,00
IVA 22%: € 2.090,00
Totale documento: € 11.590,00
Scadenza: 60 gg d.f.f.m. – bonifico sulle coordinate abituali

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Artigianato 12 – 20090 Segrate (MI) – P.IVA 07412380961''',
      atts=[('Fattura_231_2026.pdf', PDF, make_pdf(['Ferretti Trasporti S.r.l. - Fattura n. 231/2026', 'Cliente: Example Group Italia S.r.l., Milano', 'Trasporti Milano-Hamburg febbraio 2026 (12 viaggi)',
                                                    'Imponibile EUR 9.500,00   IVA 22% EUR 2.090,00', 'Totale EUR 11.590,00'], title='Fattura 231/2026')),
            ('IT07412380961_00231.xml', 'application/xml', fpa)])

    # ---------------------------------------------------------- 16 it
    M(B, '16-it.eml', 'it', 'Carrier reports a truck held at the border and needs documents quickly',
      frm=('Claudio Colombo', 'c.colombo@ferretti-trasporti.it'), to=[S['bianchi']],
      subject='URGENTE: camion fermo al Brennero – mancano documenti carico 0312', date=dt(2026, 3, 12, 6, 58, 30, 1), cs='iso-8859-1', cte='8bit', **FERR,
      text='''Ciao Marco,

il nostro autista (targa FT 482 MK) è fermo al controllo al Brennero da stanotte: la polizia austriaca vuole la lettera di vettura CMR firmata e il documento di trasporto per le merci pericolose (ADR) del carico 0312, che non risultano a bordo.

Mi mandi per favore al più presto i PDF (anche foto vanno bene) a questo indirizzo? Senza documenti lo tengono fermo e rischiamo di perdere lo slot a Amburgo per domani mattina.

Chiamami pure al cellulare, sono in ufficio dalle 7.

Grazie, ciao
Claudio Colombo
Traffico Internazionale
Ferretti Trasporti S.r.l.
Tel. +39 02 2135 8821''')

    # ---------------------------------------------------------- 17 it
    M(B, '17-it.eml', 'it', 'Certified-mail provider reminder about a service renewal',
      frm=('Aruba.it', 'comunicazioni@staff.aruba.it'), to=[S['ricci']],
      subject='Servizio in scadenza: casella PEC examplegroup@pec.it – 30/04/2026', date=dt(2026, 3, 31, 10, 15, 4, 2),
      helo='smtpcmd0871.aruba.it', rdns='smtpcmd0871.aruba.it', ip='62.149.156.71', cs='utf-8', cte='quoted-printable', html=True,
      text='''Gentile Cliente,

ti ricordiamo che il servizio PEC associato alla casella examplegroup@pec.it scadrà il 30/04/2026.

Se hai attivato il rinnovo automatico non devi fare nulla: l'addebito avverrà sul metodo di pagamento registrato. In caso contrario puoi rinnovare accedendo all'Area Clienti dal sito www.aruba.it con le tue credenziali.

Codice cliente: 3218***-ARUBA

Ti ricordiamo che Aruba non richiede mai dati di pagamento o credenziali tramite link inviati via email.

Cordiali saluti,
Aruba S.p.A.''')

    # ---------------------------------------------------------- 18 it
    M(B, '18-it.eml', 'it', 'Country manager authorises an urgent carrier payment, with forwarded request',
      frm=('Giulia Rossi', 'g.rossi@examplegroup.eu'), to=[S['ricci']], cc=[S['vogel']],
      subject='I: Sollecito pagamento fatture 231 e 247 – autorizzo bonifico oggi', date=dt(2026, 3, 6, 9, 40, 12, 1), internal=True, delay=2,
      cs='iso-8859-15', cte='quoted-printable', html=True,
      text='''Francesca,

ti giro il sollecito di Ferretti. Ho verificato i CMR con Marco, le prestazioni sono tutte corrette: autorizzo il pagamento delle fatture 231 e 247 oggi stesso, sulle coordinate già in anagrafica (nessuna variazione). Katrin in copia per la seconda firma da Amburgo.

Grazie,
Giulia

-----Messaggio originale-----
Da: Amministrazione Ferretti Trasporti <amministrazione@ferretti-trasporti.it>
Inviato: giovedì 5 marzo 2026 17:22
A: Giulia Rossi <g.rossi@examplegroup.eu>
Oggetto: Sollecito pagamento fatture 231 e 247

Gentile Dott.ssa Rossi,
risultano ancora aperte le fatture 231/2026 e 247/2026 per complessivi € 18.940,00. Vi chiediamo di provvedere con cortese urgenza, in mancanza dovremo sospendere le partenze da lunedì.
Cordiali saluti, Ufficio Amministrazione''')

    # ---------------------------------------------------------- 19 it
    daticert = '''<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno"><intestazione><mittente>sdi01@pec.fatturapa.it</mittente><destinatari tipo="certificato">examplegroup@pec.it</destinatari><oggetto>Invio File 4459812301</oggetto></intestazione>
<dati><gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente><data zona="+0100"><giorno>02/03/2026</giorno><ora>11:04:55</ora></data><identificativo>opec21012.20260302110455.27781.917.1.64@pec.aruba.it</identificativo><msgid>&lt;3811749219.1772445895.sdi01@pec.fatturapa.it&gt;</msgid></dati></postacert>
'''.encode()
    M(B, '19-it.eml', 'it', 'Certified-mail delivery of an incoming e-invoice from the interchange system',
      frm=('Per conto di: sdi01@pec.fatturapa.it', 'posta-certificata@pec.aruba.it'), to=[('', 'examplegroup@pec.it')], rcpt='g.rossi@examplegroup.eu',
      reply_to=('', 'sdi01@pec.fatturapa.it'), rp='posta-certificata@pec.aruba.it',
      subject='POSTA CERTIFICATA: Invio File 4459812301', date=dt(2026, 3, 2, 11, 4, 55, 1), cs='iso-8859-1', cte='quoted-printable',
      helo='smtp-fwd.pec.it', rdns='smtpfwd03.pec.it', ip='62.149.158.93',
      extra=['X-Riferimento-Message-ID: <3811749219.1772445895.sdi01@pec.fatturapa.it>', 'X-Trasporto: posta-certificata', 'X-Ricevuta: posta-certificata'],
      text='''Messaggio di posta certificata

Il giorno 02/03/2026 alle ore 11:04:55 (+0100) il messaggio
"Invio File 4459812301" è stato inviato da "sdi01@pec.fatturapa.it"
indirizzato a:
examplegroup@pec.it
Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec21012.20260302110455.27781.917.1.64@pec.aruba.it

(Inoltro automatico della casella PEC aziendale verso g.rossi@examplegroup.eu)''',
      atts=[('daticert.xml', 'application/xml', daticert),
            ('IT07412380961_00247.xml', 'application/xml', fpa.replace(b'231/2026', b'247/2026').replace(b'00231', b'00247').replace(b'11590.00', b'7350.00'))])

    # ---------------------------------------------------------- 20 it
    M(B, '20-it.eml', 'it', 'Subscribed trade newsletter on transport and logistics',
      frm=('Confetra Notizie', 'newsletter@confetra.com'), to=[S['bianchi']],
      subject='Confetra Notizie n. 11/2026 – Brennero, nuove limitazioni al transito; ETS marittimo', date=dt(2026, 3, 27, 12, 0, 0, 1),
      helo='mta-221.mailup.net', rdns='mta-221.mailup.net', ip='185.25.205.221', rp='bounce-mc.us1_2231@mailup.net', cs='utf-8', cte='quoted-printable', html=True,
      extra=['List-Unsubscribe: <https://confetra.musvc2.net/e/r?q=U%3d7Fq2>', 'List-Id: Confetra Notizie <notizie.confetra.com>', 'Precedence: bulk'],
      text='''CONFETRA NOTIZIE – n. 11/2026

Brennero: il Tirolo annuncia nuovi divieti di transito notturno dal 1° maggio. [[Leggi|https://www.confetra.com/notizie/brennero-2026]]

ETS marittimo: dal 2026 il 100% delle emissioni soggetto a restituzione quote. [[Approfondimento|https://www.confetra.com/notizie/ets-2026]]

Autotrasporto: firmato l'accordo sui tempi di attesa al carico e scarico.

Ricevi questa newsletter perché sei iscritto al servizio informativo Confetra. [[Cancella iscrizione|https://confetra.musvc2.net/e/r?q=U%3d7Fq2]]''')

    # ---------------------------------------------------------- 21 pl
    M(B, '21-pl.eml', 'pl', 'Logistics partner accounting sends an invoice PDF',
      frm=('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl'), to=[S['wojcik']],
      subject='Faktura VAT FV/03/2026/204 – Partner Logistik Sp. z o.o.', date=dt(2026, 3, 31, 13, 2, 18, 2), cs='iso-8859-2', cte='quoted-printable', **PLOG,
      mid='VI1PR03MB6142C8D1E2F3A4B5C6D7E8F9A0B1C2D@VI1PR03MB6142.eurprd03.prod.outlook.com',
      text='''Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/03/2026/204 za usługi magazynowe i transportowe w marcu 2026 r. Faktura została również wystawiona w KSeF (numer KSeF w nagłówku PDF).

Kwota brutto: 38 745,60 zł
Termin płatności: 30.04.2026
Rachunek: bez zmian, zgodnie z wykazem podatników VAT (biała lista).

Pozdrawiamy
Dział Księgowości
Partner Logistik Sp. z o.o., ul. Obornicka 235, 60-650 Poznań''',
      atts=[('FV_03_2026_204.pdf', PDF, make_pdf(['Partner Logistik Sp. z o.o. - Faktura VAT FV/03/2026/204', 'KSeF: 7792145503-20260331-4A1B7C22F9-3E', 'Nabywca: Example Group Sp. z o.o.',
                                                  'Uslugi magazynowe 03/2026   21 500,00 PLN', 'Transport krajowy 03/2026   10 000,00 PLN', 'Netto 31 500,00  VAT 23% 7 245,60  Brutto 38 745,60 PLN'], title='FV/03/2026/204'))])

    # ---------------------------------------------------------- 22 pl
    xl22 = make_xlsx([['Nr zlecenia', 'Stara data', 'Nowa data', 'Palety', 'Uwagi'], ['ZL-2026-0441', '2026-03-13', '2026-03-16', 22, 'awaria naczepy'],
                      ['ZL-2026-0442', '2026-03-13', '2026-03-14', 18, ''], ['ZL-2026-0447', '2026-03-16', '2026-03-17', 33, 'kierowca L. Nowicki']])
    M(B, '22-pl.eml', 'pl', 'Logistics partner contact reports changed loading dates, spreadsheet attached',
      frm=('Tomasz Zieliński', 't.zielinski@partner-logistik.pl'), to=[S['wisniewski']],
      subject='PILNE: zmiana terminów załadunku 13–17.03 (3 zlecenia)', date=dt(2026, 3, 12, 16, 44, 7, 1), cs='windows-1250', cte='quoted-printable', **PLOG,
      mid='VI1PR03MB6142A1B2C3D4E5F60718293A4B5C6D7@VI1PR03MB6142.eurprd03.prod.outlook.com', html=True,
      text='''Cześć Paweł,

niestety mamy awarię naczepy i musimy przesunąć trzy załadunki w Komornikach. Szczegóły w załączonym pliku. Najpilniejsze jest ZL-2026-0441 – nowy termin poniedziałek 16.03 rano.

Daj proszę znać do jutra do 10:00, czy magazyn może przyjąć te terminy, żebym zdążył potwierdzić kierowców.

Pozdrawiam
Tomasz Zieliński
Kierownik ds. Kluczowych Klientów
Partner Logistik Sp. z o.o.
tel. +48 61 842 17 30''',
      atts=[('Zmiany_zaladunkow_13-17_03.xlsx', XLSX, xl22)])

    # ---------------------------------------------------------- 23 pl
    M(B, '23-pl.eml', 'pl', 'Bank security notification about a newly added authorisation device',
      frm=('mBank', 'powiadomienia@mbank.pl'), to=[S['wojcik']],
      subject='mBank CompanyNet: dodano nowe urządzenie do autoryzacji', date=dt(2026, 1, 14, 8, 52, 10, 1),
      helo='mx-out2.mbank.pl', rdns='mx-out2.mbank.pl', ip='195.140.134.22', cs='utf-8', cte='base64', html=True,
      text='''Dzień dobry,

14.01.2026 o godz. 08:51 do Twojego profilu użytkownika w mBank CompanyNet (firma: EXAMPLE GROUP SP. Z O.O.) dodano nowe urządzenie do autoryzacji mobilnej: Samsung Galaxy S24.

Jeśli to Ty – nie musisz nic robić.

Jeśli nie rozpoznajesz tej operacji, zadzwoń na numer z odwrotu karty lub 801 273 273 / +48 22 6 273 273 (infolinia dla firm).

Pamiętaj: mBank nigdy nie prosi o podanie hasła ani kodów w wiadomościach e-mail i nie wysyła linków do logowania.

Pozdrawiamy
mBank S.A.''')

    # ---------------------------------------------------------- 24 pl
    xl24 = make_xlsx([['Pracownik', 'Dział', 'Premia kwartalna (PLN brutto)'], ['Paweł Wiśniewski', 'Logistyka', 3200], ['Agnieszka Wójcik', 'Księgowość', 2800],
                      ['Michał Kamiński', 'Magazyn', 1900], ['Joanna Lewandowska', 'Sprzedaż', 2500], ['Razem', '', 10400]])
    M(B, '24-pl.eml', 'pl', 'Country manager sends the approved quarterly bonus list to payroll',
      frm=('Katarzyna Nowak', 'k.nowak@examplegroup.eu'), to=[S['wojcik']],
      subject='Premie kwartalne Q1 – lista do wypłaty z pensją za marzec (poufne)', date=dt(2026, 3, 24, 18, 5, 41, 1), internal=True, delay=2,
      cs='iso-8859-2', cte='quoted-printable',
      text='''Agnieszko,

w załączniku zatwierdzona lista premii za I kwartał. Proszę dołączyć do listy płac za marzec – wypłata razem z pensją 31.03. Zgoda z Hamburga (Katrin) jest w wątku z zeszłego tygodnia.

Plik jest poufny, proszę nie przesyłać dalej.

Dzięki
Kasia

Katarzyna Nowak
Country Manager Poland | Example Group Sp. z o.o.''',
      atts=[('Premie_Q1_2026_zatwierdzone.xlsx', XLSX, xl24)])

    # ---------------------------------------------------------- 25 pl
    M(B, '25-pl.eml', 'pl', 'Candidate applies for a logistics position with a CV attached',
      frm=('Magdalena Krawczyk', 'magda.krawczyk91@gmail.com'), to=[S['nowak']],
      subject='Aplikacja – Specjalista ds. logistyki (ogłoszenie pracuj.pl)', date=dt(2026, 2, 17, 21, 13, 0, 1),
      helo='mail-ej1-f44.google.com', rdns='mail-ej1-f44.google.com', ip='209.85.218.44',
      mid='CAN4vQ9xWc7Lp2Kd8RtY6mZb3Hs0Ef1Ga5Ju_XoNi7qTp2kLw4A@mail.gmail.com', html=True,
      text='''Dzień dobry,

w odpowiedzi na ogłoszenie na pracuj.pl przesyłam swoje CV na stanowisko Specjalista ds. logistyki w Poznaniu.

Od czterech lat pracuję w spedycji drogowej (FTL/LTL, Niemcy i Włochy), obsługuję TMS i znam język niemiecki na poziomie B2.

Wyrażam zgodę na przetwarzanie moich danych osobowych w celu rekrutacji.

Z poważaniem
Magdalena Krawczyk
tel. 601 218 447''',
      atts=[('CV_Magdalena_Krawczyk.pdf', PDF, make_pdf(['Magdalena Krawczyk - CV', 'Specjalistka ds. spedycji drogowej', '2022-2026: Spedycja, Poznan (FTL/LTL DE/IT)',
                                                         '2019-2022: Asystentka logistyki', 'Jezyki: niemiecki B2, angielski C1', 'TMS, Excel, SAP'], title='CV', producer='Canva'))])

    # ---------------------------------------------------------- 26 el
    M(B, '26-el.eml', 'el', 'Country manager asks the shipping colleague for customs documents urgently',
      frm=('Γιώργος Παπαδόπουλος', 'g.papadopoulos@examplegroup.eu'), to=[S['konstantinou']],
      subject='Επείγον: τελωνειακά έγγραφα για το container MSCU 418220-7', date=dt(2026, 3, 4, 9, 2, 33, 2), internal=True, delay=2,
      cs='iso-8859-7', cte='quoted-printable',
      text='''Ελένη καλημέρα,

το τελωνείο Πειραιά ζητάει μέχρι τις 12:00 το πιστοποιητικό καταγωγής (EUR.1) και το διορθωμένο τιμολόγιο για το container MSCU 418220-7, αλλιώς χάνουμε το πλοίο της Πέμπτης για Αμβούργο.

Μπορείς να τα στείλεις απευθείας στον εκτελωνιστή (κ. Σταυρόπουλο) και να με βάλεις κοινοποίηση; Αν λείπει κάτι από το Αμβούργο, πάρε τηλέφωνο τον Tobias Lehmann.

Ευχαριστώ,
Γιώργος

Γιώργος Παπαδόπουλος
Country Manager Greece | Example Group Hellas''')

    # ---------------------------------------------------------- 27 el
    M(B, '27-el.eml', 'el', 'Tax-authority portal notification about a new message',
      frm=('ΑΑΔΕ', 'noreply@aade.gr'), to=[S['papadopoulos']],
      subject='myAADE – Νέα ειδοποίηση στη θυρίδα σας', date=dt(2026, 2, 19, 13, 30, 0, 2),
      helo='mail.aade.gr', rdns='mail.aade.gr', ip='195.167.97.19', cs='iso-8859-7', cte='base64',
      text='''Αγαπητή/έ φορολογούμενη/ε,

σας ενημερώνουμε ότι υπάρχει νέα ειδοποίηση στην προσωπική σας θυρίδα στην πλατφόρμα myAADE.

Για να τη δείτε, συνδεθείτε στην ιστοσελίδα www.aade.gr με τους κωδικούς σας TAXISnet και επιλέξτε «Θυρίδα».

Η ΑΑΔΕ δεν αποστέλλει ποτέ συνδέσμους για είσοδο με κωδικούς ή αιτήματα πληρωμής μέσω email.

Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Το μήνυμα αυτό έχει σταλεί αυτόματα. Παρακαλούμε μην απαντάτε.''')

    # ---------------------------------------------------------- 28 el
    M(B, '28-el.eml', 'el', 'Port agency sends a disbursement account for a vessel call, PDF attached',
      frm=('Aegean Port Agency – Accounts', 'accounts@aegeanportagency.gr'), to=[S['konstantinou']],
      subject='FDA – MV BALTIC TRADER / Πειραιάς 2026-02/087', date=dt(2026, 3, 2, 12, 18, 5, 2),
      helo='mail.aegeanportagency.gr', rdns='mail.aegeanportagency.gr', ip='212.205.84.120', cs='utf-8', cte='quoted-printable',
      text='''Αγαπητή κα Κωνσταντίνου,

συνημμένα θα βρείτε τον τελικό λογαριασμό εξόδων (FDA) για τον κατάπλου του MV BALTIC TRADER (call 2026-02/087).

Σύνολο εξόδων: EUR 14.206,90
Προκαταβολή: EUR 12.000,00
Υπόλοιπο: EUR 2.206,90 – στον γνωστό λογαριασμό μας στην Πειραιώς, χωρίς αλλαγές.

Παραστατικά τελών ΟΛΠ και ρυμούλκησης περιλαμβάνονται στο PDF.

Με εκτίμηση,
Σοφία Αναστασίου
Accounts Department
Aegean Port Agency S.A., Ακτή Μιαούλη 47, 185 36 Πειραιάς''',
      atts=[('FDA_BALTIC_TRADER_2026-02-087.pdf', PDF, make_pdf(['Aegean Port Agency S.A. - Final Disbursement Account', 'MV BALTIC TRADER - Piraeus - call 2026-02/087',
                                                                 'Port dues OLP   EUR 6,812.40', 'Towage   EUR 3,950.00', 'Agency fee   EUR 2,100.00', 'Pilotage, misc.   EUR 1,344.50',
                                                                 'Total EUR 14,206.90   Advance EUR 12,000.00   Balance EUR 2,206.90'], title='FDA'))])

    # ---------------------------------------------------------- 29 el
    M(B, '29-el.eml', 'el', 'Greek customer places an urgent order',
      frm=('Κώστας Αλεξίου', 'k.alexiou@hellasfresh.gr'), to=[S['papadopoulos']],
      subject='ΕΠΕΙΓΟΝ – Παραγγελία 2026/118 για παράδοση Παρασκευή', date=dt(2026, 4, 8, 17, 36, 52, 3),
      helo='mail.hellasfresh.gr', rdns='mail.hellasfresh.gr', ip='79.129.48.201', cs='iso-8859-7', cte='base64', html=True,
      text='''Καλησπέρα κ. Παπαδόπουλε,

σε συνέχεια της τηλεφωνικής μας επικοινωνίας, επιβεβαιώνουμε την παραγγελία 2026/118:

– 40 δεξαμενές IBC 1000 lt (κωδ. EG-IBC1000)
– 120 παλέτες EUR

Χρειαζόμαστε παράδοση στην αποθήκη μας στον Ασπρόπυργο την Παρασκευή 10/04 πριν το Πάσχα. Η πληρωμή θα γίνει ως συνήθως με τραπεζική μεταφορά 30 ημερών.

Παρακαλώ επιβεβαιώστε σήμερα αν είναι εφικτό.

Με εκτίμηση,
Κώστας Αλεξίου
Υπεύθυνος Προμηθειών
HELLAS FRESH Α.Ε.''')

    # ---------------------------------------------------------- 30 el
    M(B, '30-el.eml', 'el', 'Subscribed chamber of commerce newsletter',
      frm=('ΕΒΕΠ – Εμπορικό και Βιομηχανικό Επιμελητήριο Πειραιώς', 'newsletter@pcci.gr'), to=[S['papadopoulos']],
      subject='Newsletter ΕΒΕΠ – Μάρτιος 2026: Ψηφιακό πελατολόγιο, νέα προγράμματα ΕΣΠΑ', date=dt(2026, 3, 20, 11, 0, 0, 2),
      helo='mail190-12.suw41.mandrillapp.com', rdns='mail190-12.suw41.mandrillapp.com', ip='198.2.190.12', rp='bounce-md_31124588.65fa1b2c.v1-7f2a@mandrillapp.com',
      cs='utf-8', cte='quoted-printable', html=True, extra=['List-Unsubscribe: <https://pcci.us21.list-manage.com/unsubscribe?u=8a1f&id=4c2e>', 'Precedence: bulk'],
      text='''ΕΒΕΠ – Ενημερωτικό Δελτίο Μαρτίου 2026

• Ψηφιακό πελατολόγιο: παράταση προθεσμίας για τις επιχειρήσεις μεταφορών. [[Διαβάστε περισσότερα|https://www.pcci.gr/news/psifiako-pelatologio-2026]]
• Νέα προγράμματα ΕΣΠΑ για τον ψηφιακό μετασχηματισμό ΜμΕ.
• Εκδήλωση: «Ναυτιλία και πράσινη μετάβαση», 15 Απριλίου, Πειραιάς.

Λαμβάνετε αυτό το μήνυμα ως μέλος του ΕΒΕΠ. [[Διαγραφή|https://pcci.us21.list-manage.com/unsubscribe?u=8a1f&id=4c2e]]''')

    # ---------------------------------------------------------- 31 es
    M(B, '31-es.eml', 'es', 'Electronic-notification service notice that a tax communication is available',
      frm=('DEHú', 'no-reply@dehu.redsara.es'), to=[S['martinez']],
      subject='Aviso de notificación disponible en DEHú', date=dt(2026, 2, 10, 8, 4, 11, 1),
      helo='smtp.redsara.es', rdns='smtp.redsara.es', ip='5.10.7.40', cs='iso-8859-15', cte='quoted-printable',
      text='''Le informamos de que tiene una nueva notificación disponible.

Titular: EXAMPLE GROUP IBERIA S.L.
Organismo emisor: Agencia Estatal de Administración Tributaria

Puede acceder a su contenido en la Dirección Electrónica Habilitada única, https://dehu.redsara.es, o en la Sede electrónica del organismo emisor, identificándose con certificado electrónico o Cl@ve.

Este correo es meramente informativo; no contiene enlaces de acceso a la notificación.

Por favor, no responda a este mensaje.''')

    # ---------------------------------------------------------- 32 es
    M(B, '32-es.eml', 'es', 'Country manager asks administration to submit payroll to the bank today',
      frm=('Javier Martínez López', 'j.martinez@examplegroup.eu'), to=[S['navarro']],
      subject='Nóminas de marzo – enviar hoy el fichero al banco', date=dt(2026, 3, 26, 12, 14, 0, 1), internal=True, delay=2,
      cs='iso-8859-1', cte='quoted-printable',
      text='''Carmen,

como el lunes es festivo en Valencia y el banco necesita dos días hábiles, por favor envía hoy mismo el fichero de nóminas de marzo por la banca electrónica. Yo firmo la remesa en cuanto la subas (me avisa la app).

Las altas de Pablo y la regularización de Lucía ya están en la gestoría, según me confirmaron ayer por teléfono.

Gracias,
Javier''')

    # ---------------------------------------------------------- 33 es
    M(B, '33-es.eml', 'es', 'Customer sends an urgent purchase order PDF',
      frm=('Compras – Frutas Albufera S.A.', 'compras@frutasalbufera.es'), to=[S['fernandez']],
      subject='Pedido urgente PC-2026-0419 – entrega martes', date=dt(2026, 4, 16, 13, 2, 0, 2),
      helo='EUR05-AM6-obe.outbound.protection.outlook.com', rdns='mail-am6eur05on2097.outbound.protection.outlook.com', ip='40.107.22.97',
      cs='utf-8', html=True,
      text='''Hola Lucía,

adjunto pedido PC-2026-0419 (60 contenedores IBC y 200 palés). Lo necesitamos con urgencia para el martes 21 en nuestro almacén de Sueca, arranca la campaña antes de lo previsto.

¿Me confirmas disponibilidad y precio hoy? Condiciones de pago las de siempre.

Un saludo,
Pilar Sanchis
Departamento de Compras
Frutas Albufera S.A.''',
      atts=[('Pedido_PC-2026-0419.pdf', PDF, make_pdf(['Frutas Albufera S.A. - Pedido de compra PC-2026-0419', 'Proveedor: Example Group Iberia S.L.', '60 x IBC 1000 l',
                                                       '200 x pale europeo', 'Entrega: 21/04/2026, almacen Sueca', 'Pago: 60 dias'], title='Pedido'))])

    # ---------------------------------------------------------- 34 es
    M(B, '34-es.eml', 'es', 'HR platform notice that a new payslip is available',
      frm=('Factorial', 'no-reply@factorialhr.com'), to=[S['fernandez']],
      subject='Tienes un nuevo documento: Nómina marzo 2026', date=dt(2026, 3, 30, 17, 0, 12, 2),
      helo='a48-93.smtp-out.amazonses.com', rdns='a48-93.smtp-out.amazonses.com', ip='54.240.48.93',
      rp='0102018e2f1c4a7b-9e1d2c3b-4a5f-4d6e-8b7a-1c2d3e4f5a6b-000000@eu-west-1.amazonses.com', cs='utf-8', cte='quoted-printable', html=True,
      text='''Hola Lucía,

Example Group Iberia S.L. ha compartido un nuevo documento contigo: Nómina marzo 2026.

[[Ver documento|https://app.factorialhr.com/documents]]

Si no esperabas este correo, contacta con el equipo de RR. HH. de tu empresa.

Factorial HR · Barcelona''')

    # ---------------------------------------------------------- 35 es
    ics35 = make_ics('SIL2026-ACR-88412@silbcn.com', 'SIL Barcelona 2026', '20260609T093000', '20260609T190000', 'Fira de Barcelona - Montjuic',
                     'Acreditación profesional SIL 2026 - código 88412-JML', ('SIL Barcelona', 'acreditaciones@silbcn.com'), ('Javier Martinez Lopez', 'j.martinez@examplegroup.eu'),
                     url='https://www.silbcn.com', method='PUBLISH', tz='Europe/Madrid')
    M(B, '35-es.eml', 'es', 'Trade fair accreditation confirmation with calendar file',
      frm=('SIL Barcelona', 'acreditaciones@silbcn.com'), to=[S['martinez']],
      subject='Confirmación de acreditación – SIL Barcelona 2026', date=dt(2026, 4, 2, 10, 30, 0, 2),
      helo='mail-out.silbcn.com', rdns='mail-out.silbcn.com', ip='185.53.176.88', cs='iso-8859-15', cte='quoted-printable', html=True,
      text='''Estimado Javier Martínez López,

su acreditación profesional para SIL Barcelona 2026 ha sido confirmada.

Fechas: 9–11 de junio de 2026
Lugar: Fira de Barcelona – Montjuïc
Código de acreditación: 88412-JML

Presente el código QR de su acreditación (disponible en su área de expositor/visitante) en los accesos. Adjuntamos el evento para su calendario.

Atentamente,
Secretaría SIL Barcelona''',
      atts=[('SIL2026.ics', 'text/calendar; method=PUBLISH', ics35)])

    # ---------------------------------------------------------- 36 ru
    M(B, '36-ru.eml', 'ru', 'Country manager asks the accountant to pay warehouse rent before Friday',
      frm=('Дмитрий Соколов', 'd.sokolov@examplegroup.eu'), to=[S['kuznetsova']],
      subject='Срочно: оплата аренды склада до пятницы', date=dt(2026, 3, 25, 10, 8, 17, 3), internal=True, delay=2,
      cs='koi8-r', cte='8bit',
      text='''Анна, добрый день!

Арендодатель склада в Подольске напомнил, что счет за апрель нужно оплатить до пятницы, иначе начислят пени по договору. Счет N 412 от 20.03 лежит в ЭДО, реквизиты те же, что и раньше.

Пожалуйста, подготовьте платеж сегодня, я подпишу в банк-клиенте после обеда.

Спасибо,
Дмитрий

Дмитрий Соколов
Генеральный директор | ООО "Экзампл Групп Рус"''')

    # ---------------------------------------------------------- 37 ru
    M(B, '37-ru.eml', 'ru', 'Electronic-document-exchange notification about a new incoming document',
      frm=('Контур.Диадок', 'noreply@diadoc.kontur.ru'), to=[S['kuznetsova']],
      subject='Новый документ от ООО «Логистик Парк Подольск»', date=dt(2026, 3, 20, 14, 2, 5, 3),
      helo='mx-out1.kontur.ru', rdns='mx-out1.kontur.ru', ip='46.17.203.41', cs='windows-1251', cte='quoted-printable', html=True,
      text='''Здравствуйте!

В ящик ООО «Экзампл Групп Рус» поступил документ:

Счет № 412 от 20.03.2026 на сумму 685 000,00 руб.
Отправитель: ООО «Логистик Парк Подольск»

Документ доступен в веб-версии Диадока (diadoc.kontur.ru) и в интегрированной учетной системе.

Вы получили это письмо, потому что подписаны на уведомления о входящих документах. Настроить уведомления можно в разделе «Настройки».

Контур.Диадок''')

    # ---------------------------------------------------------- 38 ru
    M(B, '38-ru.eml', 'ru', 'Russian customer sends an invoice request with urgent payment confirmation, PDF attached',
      frm=('Снабжение ВолгаТрейд', 'snab@volgatrade.ru'), to=[S['sokolov']],
      subject='Счёт на оплату – срочно, отгрузка в понедельник', date=dt(2026, 4, 2, 11, 20, 0, 3),
      helo='mail.volgatrade.ru', rdns='mail.volgatrade.ru', ip='81.177.140.18', cs='windows-1251', cte='8bit',
      text='''Дмитрий, добрый день!

Подтверждаем заказ на 30 еврокубов (IBC 1000 л) с доставкой в Самару. Высылаем гарантийное письмо об оплате – оплата будет произведена в течение 3 банковских дней после получения счёта.

Прошу выставить счёт сегодня, чтобы мы успели согласовать отгрузку на понедельник.

С уважением,
Ольга Морозова
Отдел снабжения, ООО «ВолгаТрейд»
тел. +7 846 277-31-40''',
      atts=[('Garantijnoe_pismo_VolgaTrade.pdf', PDF, make_pdf(['OOO VolgaTrade - Garantiinoe pismo', 'Kasatelno zakaza 30 IBC 1000 l', 'Oplata v techenie 3 bankovskikh dnei',
                                                                 'Generalnyi direktor A.V. Kirillov'], title='Garantiinoe pismo'))])

    # ---------------------------------------------------------- 39 ru
    M(B, '39-ru.eml', 'ru', 'Subscribed accounting newsletter',
      frm=('Клерк.ру', 'news@klerk.ru'), to=[S['kuznetsova']],
      subject='Главное за неделю: новые формы отчётности, НДС для УСН, сроки сдачи в апреле', date=dt(2026, 4, 3, 9, 0, 0, 3),
      helo='mx.unisender.com', rdns='smtp21.unisender.com', ip='77.222.56.21', rp='bounce+k1=a.kuznetsova=examplegroup.eu@bounces.unisender.com',
      cs='utf-8', cte='base64', html=True, extra=['List-Unsubscribe: <https://cp.unisender.com/ru/v5/unsubscribe?hash=6f1c2>', 'Precedence: bulk'],
      text='''Главное за неделю

• ФНС утвердила новые формы отчётности с 2026 года. [[Читать|https://www.klerk.ru/buh/news/2026-04-new-forms/]]
• НДС для упрощенцев: что изменилось с 1 января.
• Календарь бухгалтера: сроки сдачи отчётности в апреле.

Вы получили это письмо, так как подписались на рассылку Клерк.ру. [[Отписаться|https://cp.unisender.com/ru/v5/unsubscribe?hash=6f1c2]]''')

    # ---------------------------------------------------------- 40 ru
    M(B, '40-ru.eml', 'ru', 'Employee sends a scanned document from her private mailbox to her work address',
      frm=('Анна Кузнецова', 'anna.kuznetsova83@mail.ru'), to=[S['kuznetsova']],
      subject='скан доверенности', date=dt(2026, 3, 1, 20, 41, 0, 3),
      helo='smtp42.i.mail.ru', rdns='smtp42.i.mail.ru', ip='95.163.41.84', cs='utf-8', cte='base64',
      prior=['by smtp42.i.mail.ru with esmtpa (envelope-from <anna.kuznetsova83@mail.ru>) id 1vQ8aL-00Fj2k-4D'],
      mid='1772386860.418227101@f421.i.mail.ru',
      text='''Скан доверенности на получение груза, чтобы утром не забыть. Оригинал принесу.

--
Анна Кузнецова
Отправлено из Почты Mail''',
      atts=[('scan_doverennost.png', 'image/png', scan_png('doverennost-2026-03'))])

# ================================================================= output
def write_meta():
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for k, d, l, a, o, r in STAFF:
            f.write('%s=%s\n' % (d, a))
    L = ['# Example Group – e-mail evaluation set (2026)', '',
         'Company: **Example Group** – domains example.com and examplegroup.eu, approx. 700 mailboxes. HQ Hamburg (DE); offices in Milano (IT), Poznań (PL), Piraeus (GR), Valencia (ES), London (UK), Moscow (RU). Inbound MX: mx01.example.com; internal relay: mail-int01.example.com (10.20.0.25).', '',
         'Regular external correspondents: Lieferant GmbH (lieferant-gmbh.de), Ferretti Trasporti (ferretti-trasporti.it), Partner Logistik (partner-logistik.pl).', '',
         '## Staff', '', '| Name | Latin | Address | Office | Role |', '|---|---|---|---|---|']
    for k, d, l, a, o, r in STAFF:
        L.append('| %s | %s | %s | %s | %s |' % (d, l, a, o, r))
    for folder, title in (('attack', 'attack/ – messages that should not land plainly in an inbox'), ('business', 'business/ – legitimate messages')):
        L += ['', '## ' + title, '']
        for fn, lang, desc in MANIFEST[folder]:
            L.append('- `%s` – %s – %s' % (fn, lang, desc))
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L) + '\n')

if __name__ == '__main__':
    attacks()
    business()
    write_meta()
    print('attack=%d business=%d' % (len(MANIFEST['attack']), len(MANIFEST['business'])))
