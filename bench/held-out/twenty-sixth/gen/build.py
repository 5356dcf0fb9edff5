#!/usr/bin/env python3
"""Deterministic builder for the Example Group (hotel group) filter evaluation set.
Run from /tmp/audit27:  python3 gen/build.py
Standard library only; all pseudo-randomness uses a fixed seed."""
import os, io, re, html, zlib, struct, base64, quopri, zipfile, random, shutil
from datetime import datetime, timedelta, timezone
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import formataddr, format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RNG = random.Random(20260327)

# ---------------------------------------------------------------- bank numbers
def iban(cc, bban):
    n = int(''.join(str(int(c, 36)) for c in bban + cc + '00'))
    return '%s%02d%s' % (cc, 98 - n % 97, bban)

def fi(i):  # print format
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))

_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_iban(abi, cab, acct):  # Italian BBAN with correct CIN
    s = abi + cab + acct.rjust(12, '0'); t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        t += _ODD[v] if i % 2 == 0 else v
    return iban('IT', chr(65 + t % 26) + s)

def pl_iban(bank, branch, acct):  # Polish sort code with check digit
    s = bank + branch
    c = (10 - sum(int(d) * w for d, w in zip(s, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
    return iban('PL', s + str(c) + acct)

def es_iban(bank, branch, acct):  # Spanish CCC with both control digits
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        d = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return 0 if d == 11 else 1 if d == 10 else d
    return iban('ES', bank + branch + '%d%d' % (dc('00' + bank + branch), dc(acct)) + acct)

def ru_acct(bik, acct, corr=False):  # Russian account with control key (9th digit)
    pre = ('0' + bik[4:6]) if corr else bik[-3:]
    a = acct[:8] + '0' + acct[9:]
    s = sum((int(d) * [7, 1, 3][i % 3]) % 10 for i, d in enumerate(pre + a))
    return acct[:8] + str((s % 10) * 3 % 10) + acct[9:]

# ---------------------------------------------------------------- attachments
FIXED = (2026, 3, 1, 9, 0, 0)
def zipbytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, FIXED); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()

def pdf(lines, uri=None, title='Document', producer='Microsoft\xae Word for Microsoft 365'):
    esc = lambda s: s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    body = 'BT /F1 10 Tf 56 790 Td 14 TL\n' + ''.join('(%s) \'\n' % esc(l) for l in lines) + 'ET'
    body = body.encode('cp1252', 'replace')
    annot = b''
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>']
    page = b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R'
    if uri:
        page += b' /Annots [7 0 R]'
    objs += [page + b' >>', b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
             b'<< /Length %d >>\nstream\n' % len(body) + body + b'\nendstream',
             ('<< /Title (%s) /Producer (%s) /CreationDate (D:20260301090000+01\'00\') >>' % (esc(title), esc(producer))).encode('cp1252', 'replace')]
    if uri:
        objs.append(('<< /Type /Annot /Subtype /Link /Rect [40 80 555 780] /Border [0 0 0] /A << /S /URI /URI (%s) >> >>' % uri).encode())
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out

CT = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
def docx(paras, template_url=None):
    x = lambda s: html.escape(s, quote=False)
    doc = CT + ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
                ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p) for p in paras) + '</w:body></w:document>')
    f = {'[Content_Types].xml': CT + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/></Types>',
         '_rels/.rels': CT + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
         'word/document.xml': doc,
         'word/_rels/document.xml.rels': CT + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>',
         'word/settings.xml': CT + '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' + ('<w:attachedTemplate r:id="rId1"/>' if template_url else '') + '</w:settings>'}
    if template_url:
        f['word/_rels/settings.xml.rels'] = CT + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="%s" TargetMode="External"/></Relationships>' % html.escape(template_url)
    return zipbytes(f)

def xlsx(rows):
    x = lambda s: html.escape(str(s), quote=False)
    col = lambda i: chr(65 + i)
    sheet = CT + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + ''.join(
        '<row r="%d">%s</row>' % (r + 1, ''.join(
            ('<c r="%s%d"><v>%s</v></c>' % (col(c), r + 1, v)) if isinstance(v, (int, float)) else
            ('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r + 1, x(v))) for c, v in enumerate(row)))
        for r, row in enumerate(rows)) + '</sheetData></worksheet>'
    return zipbytes({
        '[Content_Types].xml': CT + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        '_rels/.rels': CT + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        'xl/workbook.xml': CT + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels': CT + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        'xl/worksheets/sheet1.xml': sheet})

def png(w, h, px):  # px(x, y) -> grey 0..255
    raw = b''.join(b'\x00' + bytes(px(x, y) for x in range(w)) for y in range(h))
    ch = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + ch(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) + ch(b'IDAT', zlib.compress(raw, 9)) + ch(b'IEND', b'')

def photo(seed, w=320, h=240):  # blurry "photo"/screenshot-like greyscale image
    r = random.Random(seed); a, b, c = r.random() * 6, r.random() * 6, r.randint(60, 160)
    return png(w, h, lambda x, y: max(0, min(255, int(c + 60 * ((x * a + y * b) % 97) / 97 + 40 * ((x // 40 + y // 30) % 2)))))

def qr_png(text, scale=5):
    """QR code, version 4-L, byte mode, mask 0 (max 78 bytes)."""
    data = text.encode(); assert len(data) <= 78
    bits = '0100' + format(len(data), '08b') + ''.join(format(b, '08b') for b in data)
    bits += '0' * min(4, 640 - len(bits)); bits += '0' * (-len(bits) % 8)
    cw = [int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]; i = 0
    while len(cw) < 80: cw.append(pad[i % 2]); i += 1
    ex, lg = [0] * 512, [0] * 256; v = 1
    for k in range(255):
        ex[k] = v; lg[v] = k; v <<= 1
        if v & 256: v ^= 0x11D
    for k in range(255, 512): ex[k] = ex[k - 255]
    mul = lambda a, b: 0 if a == 0 or b == 0 else ex[lg[a] + lg[b]]
    g = [1]
    for k in range(20):
        ng = [0] * (len(g) + 1)
        for j, c in enumerate(g): ng[j] ^= c; ng[j + 1] ^= mul(c, ex[k])
        g = ng
    r = cw + [0] * 20
    for k in range(80):
        c = r[k]
        if c:
            for j in range(1, 21): r[k + j] ^= mul(g[j], c)
    allw = cw + r[80:]
    N = 33; M = [[0] * N for _ in range(N)]; F = [[False] * N for _ in range(N)]
    def s(x, y, d): M[y][x] = 1 if d else 0; F[y][x] = True
    for k in range(N): s(6, k, k % 2 == 0); s(k, 6, k % 2 == 0)
    for cx, cy in ((3, 3), (N - 4, 3), (3, N - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                if 0 <= cx + dx < N and 0 <= cy + dy < N: s(cx + dx, cy + dy, max(abs(dx), abs(dy)) not in (2, 4))
    for dy in range(-2, 3):
        for dx in range(-2, 3): s(26 + dx, 26 + dy, max(abs(dx), abs(dy)) != 1)
    d = 0b01000; rem = d
    for _ in range(10): rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    fb = ((d << 10) | rem) ^ 0x5412
    b = lambda k: (fb >> k) & 1
    for k in range(6): s(8, k, b(k))
    s(8, 7, b(6)); s(8, 8, b(7)); s(7, 8, b(8))
    for k in range(9, 15): s(14 - k, 8, b(k))
    for k in range(8): s(N - 1 - k, 8, b(k))
    for k in range(8, 15): s(8, N - 15 + k, b(k))
    s(8, N - 8, 1)
    i = 0; right = N - 1
    while right >= 1:
        if right == 6: right = 5
        for vert in range(N):
            for j in range(2):
                x = right - j; y = N - 1 - vert if ((right + 1) & 2) == 0 else vert
                if not F[y][x] and i < len(allw) * 8:
                    M[y][x] = (allw[i >> 3] >> (7 - (i & 7))) & 1; i += 1
        right -= 2
    for y in range(N):
        for x in range(N):
            if not F[y][x] and (x + y) % 2 == 0: M[y][x] ^= 1
    q = 4; W = (N + 2 * q) * scale
    return png(W, W, lambda x, y: 0 if 0 <= y // scale - q < N and 0 <= x // scale - q < N and M[y // scale - q][x // scale - q] else 255)

def ics(uid, summary, start, end, org, attendees, location, desc, method='REQUEST'):
    fold = lambda l: '\r\n '.join(l[i:i + 73] for i in range(0, len(l), 73))
    esc = lambda t: t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:' + method,
         'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20260301T090000Z', 'DTSTART:' + start, 'DTEND:' + end,
         'SUMMARY:' + esc(summary), 'LOCATION:' + esc(location), 'DESCRIPTION:' + esc(desc),
         'ORGANIZER;CN="%s":mailto:%s' % org] + ['ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % a for a in attendees] + \
        ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(fold(l) for l in L) + '\r\n').encode()

# ---------------------------------------------------------------- staff
STAFF = [  # key, display name, address, role, site
    ('brandt', 'Dr. Katharina Brandt', 'k.brandt@example.com', 'Chief Executive Officer', 'HQ München'),
    ('vogel', 'Matthias Vogel', 'm.vogel@example.com', 'Chief Financial Officer', 'HQ München'),
    ('fischer', 'Lena Fischer', 'l.fischer@example.com', 'Executive Assistant to the CEO', 'HQ München'),
    ('krueger', 'Sabine Krüger', 's.krueger@example.com', 'Kreditorenbuchhaltung / accounts payable DE & group', 'HQ München'),
    ('hoffmann', 'Jörg Hoffmann', 'j.hoffmann@example.com', 'Payroll (Lohn- und Gehaltsabrechnung)', 'HQ München'),
    ('schroeder', 'Annika Schröder', 'a.schroeder@example.com', 'Group HR Director', 'HQ München'),
    ('lehmann', 'Tobias Lehmann', 't.lehmann@example.com', 'IT administrator (M365, mail, PMS)', 'HQ München'),
    ('baumann', 'Ulrike Baumann', 'u.baumann@example.com', 'Group purchasing (Einkauf)', 'HQ München'),
    ('neumann', 'Felix Neumann', 'f.neumann@example.com', 'Group Director of Revenue', 'HQ München'),
    ('wolf', 'Dr. Carolin Wolf', 'c.wolf@example.com', 'General Counsel (Legal)', 'HQ München'),
    ('romano', 'Giulia Romano', 'g.romano@example.com', 'Front Office Manager', 'Example Palazzo Firenze'),
    ('conti', 'Alessandro Conti', 'a.conti@example.com', 'Contabilità fornitori Italia (AP IT)', 'Example Palazzo Firenze'),
    ('esposito', 'Francesca Esposito', 'f.esposito@examplegroup.eu', 'Sales & MICE Manager Italia', 'Example Palazzo Firenze'),
    ('wojcik', 'Małgorzata Wójcik', 'm.wojcik@example.com', 'Główna księgowa / AP Polska', 'Example Hotel Kraków Stare Miasto'),
    ('dabrowski', 'Paweł Dąbrowski', 'p.dabrowski@example.com', 'Kierownik recepcji i rezerwacji', 'Example Hotel Kraków Stare Miasto'),
    ('kolodziej', 'Agnieszka Kołodziej', 'a.kolodziej@example.com', 'Revenue Manager Polska', 'Example Hotel Kraków Stare Miasto'),
    ('papadopoulos', 'Γιώργος Παπαδόπουλος', 'g.papadopoulos@example.com', 'General Manager', 'Example Resort Rhodes'),
    ('konstantinou', 'Ελένη Κωνσταντίνου', 'e.konstantinou@example.com', 'Λογιστήριο / AP Ελλάδα', 'Example Resort Rhodes'),
    ('alexiou', 'Δημήτρης Αλεξίου', 'd.alexiou@example.com', 'Reservations Manager', 'Example Resort Rhodes'),
    ('fernandez', 'Lucía Fernández García', 'l.fernandez@example.com', 'Jefa de Recepción', 'Example Hotel Barcelona Eixample'),
    ('morales', 'Javier Morales Ruiz', 'j.morales@example.com', 'Contabilidad de proveedores España (AP ES)', 'Example Hotel Barcelona Eixample'),
    ('navarro', 'Carmen Navarro', 'c.navarro@examplegroup.eu', 'Sales & Events Manager España', 'Example Hotel Barcelona Eixample'),
    ('bennett', 'Oliver Bennett', 'o.bennett@example.com', 'General Manager', 'Example Hotel London Kensington'),
    ('shah', 'Priya Shah', 'p.shah@example.com', 'Accounts Payable UK', 'Example Hotel London Kensington'),
    ('clarke', 'Hannah Clarke', 'h.clarke@example.com', 'Reservations Manager', 'Example Hotel London Kensington'),
    ('smirnova', 'Анна Смирнова', 'a.smirnova@example.com', 'Главный бухгалтер (AP/payroll RU)', 'Example Hotel Санкт-Петербург Невский'),
    ('volkov', 'Дмитрий Волков', 'd.volkov@example.com', 'Руководитель службы приёма и размещения', 'Example Hotel Санкт-Петербург Невский'),
    ('orlova', 'Екатерина Орлова', 'e.orlova@examplegroup.eu', 'Sales & MICE Manager Россия', 'Example Hotel Санкт-Петербург Невский'),
    ('kreditoren', 'Kreditoren Example Group', 'kreditoren@example.com', 'shared mailbox: supplier invoices (DE/group)', 'HQ München'),
    ('res_london', 'Reservations London Kensington', 'reservations.london@example.com', 'shared mailbox: reservations', 'Example Hotel London Kensington'),
    ('res_rhodes', 'Κρατήσεις Example Resort Rhodes', 'reservations.rhodes@example.com', 'shared mailbox: reservations', 'Example Resort Rhodes'),
    ('rec_bcn', 'Recepción Example Barcelona', 'recepcion.barcelona@example.com', 'shared mailbox: front desk', 'Example Hotel Barcelona Eixample'),
    ('rec_krk', 'Recepcja Example Kraków', 'recepcja.krakow@example.com', 'shared mailbox: front desk', 'Example Hotel Kraków Stare Miasto'),
    ('rec_spb', 'Служба приёма Example Невский', 'reception.spb@example.com', 'shared mailbox: front desk', 'Example Hotel Санкт-Петербург Невский'),
    ('rec_fi', 'Ricevimento Example Palazzo Firenze', 'ricevimento.firenze@example.com', 'shared mailbox: front desk', 'Example Palazzo Firenze'),
]
S = {k: (n, a) for k, n, a, _, _ in STAFF}

# ---------------------------------------------------------------- message builder
MSGS = {'attack': [], 'business': []}
TZ = {'de': 1, 'it': 1, 'pl': 1, 'es': 1, 'en': 0, 'el': 2, 'ru': 3}

def rid(n=12, alpha='0123456789ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'):
    return ''.join(RNG.choice(alpha) for _ in range(n))

def link_plain(t):
    t = re.sub(r'\[\[(.+?)\]\((.+?)\)\]', lambda m: '%s: %s' % (m.group(1), m.group(2)), t)
    return re.sub(r'\[(.+?)\]\((.+?)\)', lambda m: m.group(2) if m.group(1) == m.group(2) else '%s <%s>' % (m.group(1), m.group(2)), t)

def link_html(t, brand='#003580'):
    t = html.escape(t, quote=False)
    t = re.sub(r'\[\[(.+?)\]\((.+?)\)\]', lambda m: '<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:%s;border-radius:4px;padding:10px 22px"><a href="%s" style="color:#ffffff;text-decoration:none;font-weight:bold">%s</a></td></tr></table>' % (brand, m.group(2), m.group(1)), t)
    t = re.sub(r'\[(.+?)\]\((.+?)\)', lambda m: '<a href="%s">%s</a>' % (m.group(2), m.group(1)), t)
    out = []
    for para in t.split('\n\n'):
        if para.startswith('&gt;'):
            out.append('<blockquote style="border-left:2px solid #ccc;margin:0 0 0 6px;padding-left:8px;color:#555">%s</blockquote>' % '<br>\n'.join(l[4:].lstrip() for l in para.split('\n')))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(para.split('\n')))
    return out

FALLBACK = {'\u2013': '-', '\u2014': '-', '\u201e': '"', '\u201c': '"', '\u201d': '"', '\u2019': "'", '\u2026': '...', '\xab': '"', '\xbb': '"', '\u2116': 'N', '\xa0': ' ', '\u20ac': 'EUR', '\xb7': '-'}
def fit(text, cs):  # what a legacy-charset mail client does with characters it cannot represent
    return ''.join(c if c.encode(cs, 'ignore') else FALLBACK.get(c, c) for c in text)

def tpart(text, sub, cs, cte):
    p = MIMENonMultipart('text', sub, charset=cs)
    text = fit(text, cs)
    raw = text.encode(cs)
    if cte == 'auto':
        cte = '7bit' if all(b < 128 for b in raw) and max(map(len, text.split('\n'))) < 900 else 'quoted-printable'
    if cte == 'base64':
        pl = base64.encodebytes(raw).decode()
    elif cte == 'quoted-printable':
        pl = quopri.encodestring(raw).decode()
    else:
        pl = text
    p['Content-Transfer-Encoding'] = cte
    p.set_payload(pl)
    return p

def attpart(fname, data, ctype, inline_cid=None, cs=None):
    mt, st = ctype.split('/')
    ascii_name = all(ord(c) < 128 for c in fname)
    p = MIMEBase(mt, st)
    if cs: p.set_param('charset', cs)
    if ctype == 'text/calendar': p.set_param('method', 'REQUEST')
    p.set_param('name', fname if ascii_name else ('utf-8', '', fname))
    p.add_header('Content-Disposition', 'inline' if inline_cid else 'attachment', filename=fname if ascii_name else ('utf-8', '', fname))
    if inline_cid: p.add_header('Content-ID', '<%s>' % inline_cid)
    p['Content-Transfer-Encoding'] = 'base64'
    p.set_payload(base64.encodebytes(data).decode())
    del p['MIME-Version']
    return p

def hdr_addr(x, cs):
    name, addr = x
    if not name: return addr
    try:
        name.encode('ascii'); return formataddr((name, addr))
    except UnicodeEncodeError:
        c = cs; name = fit(name, cs)
        try: name.encode(cs)
        except UnicodeEncodeError: c = 'utf-8'
        return formataddr((name, addr), charset=c)

def enc_subject(s, cs):
    try:
        s.encode('ascii'); return Header(s, 'us-ascii', header_name='Subject').encode()
    except UnicodeEncodeError:
        s = fit(s, cs)
        try: s.encode(cs)
        except UnicodeEncodeError: cs = 'utf-8'
        return Header(s, cs, header_name='Subject').encode()

def M(kind, lang, frm, to, subj, body, date, via, note, *, cc=(), html_body=None, html_only=False, cs='utf-8', cte='quoted-printable',
      att=(), inline=(), hdrs=(), reply_to=None, irt=None, refs=None, brand='#003580', mid=None, xmailer=None, hcte=None):
    """frm/to/cc: (name, addr) or staff key.  date: 'YYYY-MM-DD HH:MM'.  via: 'int' | 'o365' | 'gmail' | ('own', host, ip, mta) | ('esp', host, ip)."""
    A = lambda x: S[x] if isinstance(x, str) else x
    frm = A(frm); to = [A(t) for t in (to if isinstance(to, list) else [to])]; cc = [A(c) for c in cc]
    dst = 1 if '2026-03-29' <= date[:10] < '2026-10-25' else 0
    tz = timezone(timedelta(hours=TZ[lang] + (dst if lang != 'ru' else 0)))
    if via == 'int': tz = timezone(timedelta(hours=1 + dst))
    d0 = datetime.strptime(date, '%Y-%m-%d %H:%M').replace(tzinfo=tz) + timedelta(seconds=RNG.randint(0, 59))
    dmx = (d0 + timedelta(seconds=RNG.randint(2, 40))).astimezone(timezone(timedelta(hours=1 + dst)))
    dom = frm[1].split('@')[1]
    rcpt = to[0][1]
    fd = lambda d: format_datetime(d)
    rcv = []
    if via == 'int':
        ws = 'EX-MUC-%02d' % RNG.randint(1, 4)
        rcv.append('from mail-int01.example.com (mail-int01.example.com [10.20.0.25])\n\tby mx01.example.com with ESMTPS id %s\n\tfor <%s>; %s' % (rid(12), rcpt, fd(dmx)))
        rcv.append('from %s.corp.example.com (10.20.%d.%d) by mail-int01.example.com\n\t(10.20.0.25) with Microsoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s' % (ws, RNG.randint(1, 9), RNG.randint(10, 250), fd(d0 + timedelta(seconds=1))))
        mid = mid or '<%s%s@%s.corp.example.com>' % (rid(8, '0123456789abcdef'), rid(24, '0123456789abcdef'), ws)
        xmailer = xmailer
    elif via == 'o365':
        pre = RNG.choice(['AM9PR', 'DB9PR', 'PA4PR', 'VI1PR', 'AS8PR', 'DU0PR']) + '%02dMB%04d' % (RNG.randint(1, 9), RNG.randint(1000, 9999))
        host = 'mail-%s%s.outbound.protection.outlook.com' % (RNG.choice(['db8eur05on', 'am7eur03on', 'du2eur04on', 'fr6p281']), RNG.randint(2000, 2199))
        ip = '40.107.%d.%d' % (RNG.randint(1, 250), RNG.randint(1, 250))
        rcv.append('from %s (%s [%s])\n\tby mx01.example.com with ESMTPS id %s\n\tfor <%s>; %s' % (host, host, ip, rid(12), rcpt, fd(dmx)))
        rcv.append('from %s.eurprd%02d.prod.outlook.com\n\t(2603:10a6:%x:%x::%x) by %s.eurprd%02d.prod.outlook.com\n\twith Microsoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.%d; %s' % (
            pre, RNG.randint(1, 9), RNG.randint(16, 999), RNG.randint(16, 999), RNG.randint(16, 255), pre, RNG.randint(1, 9), RNG.randint(10, 40), fd(d0.astimezone(timezone.utc) + timedelta(seconds=1))))
        mid = mid or '<%s%s@%s.eurprd%02d.prod.outlook.com>' % (pre, rid(12, '0123456789ABCDEF'), pre, RNG.randint(1, 9))
    elif via == 'gmail':
        n = RNG.randint(41, 74); ip = '209.85.%d.%d' % (RNG.choice([128, 167, 208, 221]), n)
        host = 'mail-%s-f%d.google.com' % (RNG.choice(['wr1', 'ej1', 'lf1', 'wm1']), n)
        rcv.append('from %s (%s [%s])\n\tby mx01.example.com with ESMTPS id %s\n\tfor <%s>; %s' % (host, host, ip, rid(12), rcpt, fd(dmx)))
        rcv.append('by %s with SMTP id %s-%s.%d\n\tfor <%s>; %s' % (host, rid(10, '0123456789abcdef'), rid(12, '0123456789abcdef'), RNG.randint(1, 9), rcpt, fd((d0 + timedelta(seconds=1)).astimezone(timezone(-timedelta(hours=7))))))
        mid = mid or '<CA%s%s@mail.gmail.com>' % (rid(1, 'BDEF'), base64.b64encode(RNG.randbytes(36)).decode().replace('/', '_'))
    else:
        typ, host, ip = via[0], via[1], via[2]
        rcv.append('from %s (%s [%s])\n\tby mx01.example.com with ESMTPS id %s\n\tfor <%s>; %s' % (host, host, ip, rid(12), rcpt, fd(dmx)))
        if typ == 'own':
            mta = via[3] if len(via) > 3 else 'Postfix'
            cli = '%d.%d.%d.%d' % (RNG.choice([79, 84, 93, 151, 178, 185, 212]), RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(1, 250))
            rcv.append('from [192.168.%d.%d] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (%s) with ESMTPSA id %s;\n\t%s' % (
                RNG.randint(0, 3), RNG.randint(10, 200), cli, frm[1], host, mta, rid(11), fd(d0 + timedelta(seconds=1))))
        mid = mid or '<%s.%s@%s>' % (d0.strftime('%Y%m%d%H%M%S'), rid(10, '0123456789abcdef'), host if typ == 'esp' else dom)
    # body
    plain = link_plain(body)
    if html_body is None and (html_only or kind == 'html'):
        html_body = True
    parts_body = None
    if html_body:
        hb = html_body if isinstance(html_body, str) else (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n%s\n</body></html>' % (cs, '\n'.join(link_html(body, brand))))
        hp = tpart(hb, 'html', cs, hcte or cte)
        if inline:
            rel = MIMEMultipart('related'); rel.attach(hp)
            for fn, data, ct, cid in inline: rel.attach(attpart(fn, data, ct, inline_cid=cid))
            hp = rel
        if html_only:
            parts_body = hp
        else:
            parts_body = MIMEMultipart('alternative'); parts_body.attach(tpart(plain, 'plain', cs, cte)); parts_body.attach(hp)
    else:
        parts_body = tpart(plain, 'plain', cs, cte)
    if att:
        top = MIMEMultipart('mixed'); top.attach(parts_body)
        for a in att: top.attach(attpart(*a))
    else:
        top = parts_body
    for p in top.walk():
        if p is not top and 'MIME-Version' in p: del p['MIME-Version']
        if p.is_multipart(): p.set_boundary('----=_Part_%d_%s.%d' % (RNG.randint(100000, 999999), rid(10, '0123456789'), RNG.randint(10**12, 10**13 - 1)))
    if 'MIME-Version' not in top: top['MIME-Version'] = '1.0'
    H = ['Received: ' + r for r in rcv]
    H += ['Date: ' + fd(d0), 'From: ' + hdr_addr(frm, cs), 'To: ' + ', '.join(hdr_addr(t, cs) for t in to)]
    if cc: H.append('Cc: ' + ', '.join(hdr_addr(c, cs) for c in cc))
    if reply_to: H.append('Reply-To: ' + hdr_addr(A(reply_to), cs))
    H += ['Subject: ' + enc_subject(subj, cs), 'Message-ID: ' + mid]
    if irt: H.append('In-Reply-To: ' + irt)
    if irt or refs: H.append('References: ' + (refs or irt))
    if via == 'int': H += ['Thread-Index: ' + base64.b64encode(RNG.randbytes(22)).decode(), 'X-MS-Exchange-Organization-AuthAs: Internal', 'X-Originating-IP: [10.20.%d.%d]' % (RNG.randint(1, 9), RNG.randint(10, 250))]
    if xmailer: H.append('X-Mailer: ' + xmailer)
    H += ['Content-Language: ' + {'en': 'en-GB', 'el': 'el-GR'}.get(lang, lang + '-' + lang.upper())] if via in ('int', 'o365') else []
    H += list(hdrs)
    raw = ('\n'.join(H) + '\n').encode('ascii') + top.as_bytes()
    MSGS[kind].append((lang, raw, note, frm, subj))

ATT = {'pdf': 'application/pdf', 'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
       'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'zip': 'application/zip', 'ics': 'text/calendar',
       'html': 'text/html', 'htm': 'text/html', 'svg': 'image/svg+xml', 'png': 'image/png'}
def a(fname, data):
    return (fname, data, ATT[fname.rsplit('.', 1)[1].lower()])

# ---------------------------------------------------------------- bank accounts used in the stories
IB = {
    'lief': iban('DE', '70150000' + '1002345678'),        # Lieferant GmbH, Stadtsparkasse München (genuine)
    'lief_f': iban('DE', '10090000' + '2736491005'),      # fraud: Berliner Volksbank
    'huber_old': iban('DE', '71150000' + '0020418833'),
    'huber_new': iban('DE', '71160000' + '0004127730'),
    'ferr': it_iban('03069', '02887', '100000004719'),    # Ferretti, Intesa Sanpaolo (genuine)
    'ferr_f': it_iban('03268', '22300', '052879641190'),  # fraud
    'avv_f': iban('LT', '32500' + '47102938174'),
    'pl': pl_iban('102', '0287', '0000690201234567'),      # Partner-Logistik, PKO BP (genuine)
    'pl_f': pl_iban('114', '0200', '0000367218440912'),    # fraud: mBank
    'kat_f': pl_iban('109', '0101', '0000000149502265'),   # directory scam
    'nik_old': iban('GR', '017' + '2170' + '0005217039484'.rjust(16, '0')),
    'nik_new': iban('GR', '026' + '0214' + '0000480200381744'),
    'nik_f': iban('CY', '002' + '00195' + '0000357042180911'),
    'lev': es_iban('2100', '3127', '0200184463'),         # Lavandería Levante, CaixaBank (genuine)
    'lev_f': es_iban('1465', '0100', '9617738204'),      # fraud
    'viajes': es_iban('0081', '0216', '7100019942'),
    'thames': iban('GB', 'NWBK' + '601613' + '48572036'),
    'exg': iban('DE', '70020270' + '0015843927'),         # Example Group own account (HypoVereinsbank)
    'payroll_f': iban('DE', '10011001' + '2845190376'),   # fraud: N26
}
RU_BIK = '044030653'
RU_CORR = ru_acct(RU_BIK, '30101810500000000653', corr=True)
RU_PRACH = ru_acct(RU_BIK, '40702810655040012874')

# =====================================================================================
# ATTACKS
# =====================================================================================
X = 'attack'
LIEF_SIG = '''Lieferant GmbH – Hotelwäsche & Gästeartikel
Gewerbering 14 · 85551 Kirchheim b. München
Tel. +49 89 904512-30 · rechnungen@lieferant-gmbh.de
Amtsgericht München HRB 184233 · Geschäftsführer: Thomas Reindl'''

M(X, 'de', ('Lieferant GmbH – Buchhaltung', 'rechnungen@lieferant-gmbh.de'), 'krueger',
  'AW: Zahlungserinnerung RE-2026-0371', '''Sehr geehrte Frau Krüger,

vielen Dank für Ihre schnelle Rückmeldung.

Bitte beachten Sie, dass wir im Zuge der Umstellung unseres Zahlungsverkehrs (Wechsel der Hausbank zum 01.03.2026) nur noch Zahlungen auf unser neues Geschäftskonto verbuchen können. Die offenen Posten RE-2026-0371 (4.812,60 EUR) und RE-2026-0388 (2.164,15 EUR) bitten wir daher nicht mehr auf das bisherige Konto bei der Stadtsparkasse München zu überweisen, sondern auf:

Kontoinhaber: Lieferant GmbH
Bank: Berliner Volksbank eG
IBAN: %s
BIC: BEVODEBBXXX

Das unterschriebene Schreiben unserer Geschäftsführung reichen wir per Post nach. Zahlungen auf das alte Konto werden von der Bank zurückgewiesen und führen nur zu Verzögerungen – bitte passen Sie die Stammdaten daher vor Ihrem Zahllauf am Freitag an und geben mir kurz Bescheid, wenn das erledigt ist.

Mit freundlichen Grüßen

i. A. Petra Lindner
Buchhaltung / Debitorenmanagement
%s

-----Ursprüngliche Nachricht-----
Von: Krüger, Sabine <s.krueger@example.com>
Gesendet: Dienstag, 10. März 2026 14:22
An: rechnungen@lieferant-gmbh.de
Betreff: AW: Zahlungserinnerung RE-2026-0371

Sehr geehrte Frau Lindner,

die Rechnung RE-2026-0371 hing bei uns in der Freigabe, weil der Wareneingang im Palazzo Firenze noch nicht gebucht war. Das ist inzwischen erledigt, die Zahlung geht mit dem Zahllauf am Freitag raus.

Mit freundlichen Grüßen
Sabine Krüger
Kreditorenbuchhaltung
Example Group GmbH · Leopoldstraße 120 · 80802 München

-----Ursprüngliche Nachricht-----
Von: rechnungen@lieferant-gmbh.de
Gesendet: Montag, 9. März 2026 09:05
An: kreditoren@example.com
Betreff: Zahlungserinnerung RE-2026-0371

Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Konten ist uns aufgefallen, dass die Rechnung RE-2026-0371 vom 02.02.2026 (Frottierware und Bademäntel, Lieferung Palazzo Firenze) über 4.812,60 EUR noch offen ist. Wir bitten um Ausgleich innerhalb der nächsten 7 Tage.

Mit freundlichen Grüßen
Buchhaltung Lieferant GmbH
''' % (fi(IB['lief_f']), LIEF_SIG), '2026-03-11 08:47', ('own', 'mail.lieferant-gmbh.de', '85.214.131.76', 'Postfix'),
  'Thread hijack from the genuinely compromised supplier mailbox rechnungen@lieferant-gmbh.de (sent through the supplier\'s own server), real quoted history, bank-account change to a valid DE IBAN at another bank, Reply-To on a one-letter lookalike (lieferant-gmdh.de).',
  reply_to=('Lieferant GmbH – Buchhaltung', 'rechnungen@lieferant-gmdh.de'), irt='<AM9PR03MB7741C2E1A0F43B9D1A2B3C4DAM9PR03MB7741.eurprd03.prod.outlook.com>',
  xmailer='Microsoft Outlook 16.0')

M(X, 'de', ('Katharina Brandt', 'k.brandt@examp1egroup.eu'), 'vogel', 'Vertraulich – Projekt Adria', '''Hallo Matthias,

ich bin bis Donnerstag in Mailand in Gesprächen und telefonisch nur eingeschränkt erreichbar. Wir stehen kurz vor der Unterzeichnung des LOI für die Übernahme eines Boutique-Hotels in Triest (intern: Projekt „Adria“). Die Verkäuferseite verlangt als Zeichen unserer Ernsthaftigkeit eine Exklusivitätsgebühr, die über das Anderkonto der begleitenden Kanzlei abgewickelt wird.

Bitte behandle das streng vertraulich – auch gegenüber Carolin und der Kreditorenbuchhaltung, bis die Due-Diligence-Freigabe vorliegt. Avv. Marco Bellini von der Kanzlei Bellini & Associati meldet sich heute noch mit den Zahlungsdetails bei dir.

Kannst du bestätigen, dass du heute bis 15:00 Uhr eine Auslandsüberweisung über 186.500,00 EUR freigeben kannst? Antworte mir bitte nur per Mail, ich sitze durchgehend in Meetings.

Danke dir!
Katharina

Von meinem iPhone gesendet''', '2026-03-17 10:12', 'o365',
  'CEO fraud: display name of the CEO on lookalike domain examp1egroup.eu (digit 1 for l) via an attacker M365 tenant; secrecy, urgency, "lawyer will call" (continued by the Italian lawyer message).')

ELSTER_HTML = '''<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Mein ELSTER – Bescheid anzeigen</title>
<style>body{font-family:Arial;background:#f2f4f5}.b{width:380px;margin:60px auto;background:#fff;padding:28px;border-top:6px solid #0a5f8a}input{width:100%;padding:8px;margin:6px 0}button{background:#0a5f8a;color:#fff;border:0;padding:10px 20px}</style></head>
<body><div class="b"><h2>Mein ELSTER</h2><p>Das Dokument <b>Festsetzung Verspätungszuschlag (USt 2025)</b> ist geschützt. Bitte bestätigen Sie Ihre Identität mit Ihrem Unternehmens-E-Mail-Konto.</p>
<form method="post" action="https://elster-portal-nachricht.de/sso/auth.php"><input name="login" value="m.vogel@example.com"><input name="pw" type="password" placeholder="Passwort"><input type="hidden" name="ref" value="ust2025-vz-88412"><button>Dokument anzeigen</button></form>
<p style="font-size:11px;color:#777">© Bayerisches Landesamt für Steuern · Impressum · Datenschutz</p></div></body></html>'''
M(X, 'de', ('ELSTER – Ihr Online-Finanzamt', 'noreply@elster-portal-nachricht.de'), 'vogel',
  'Neue Nachricht in Ihrem ELSTER-Postfach: Festsetzung eines Verspätungszuschlags (USt 2025)', '''Sehr geehrte Damen und Herren,

in Ihrem ELSTER-Postfach liegt eine neue Nachricht des Finanzamts München (Abt. Körperschaften) für die Steuernummer 143/***/*0571.

Betreff: Festsetzung eines Verspätungszuschlags gemäß § 152 AO – Umsatzsteuer 2025
Festgesetzter Betrag: 2.940,00 EUR
Fälligkeit: 31.03.2026

Den Bescheid finden Sie zusätzlich als geschützte Datei im Anhang dieser Nachricht. Bitte öffnen Sie die Datei in Ihrem Browser.

Bitte antworten Sie nicht auf diese E-Mail. Sie wurde automatisch erstellt.

Mit freundlichen Grüßen
Ihr ELSTER-Team''', '2026-03-04 06:31', ('own', 'srv1.elster-portal-nachricht.de', '193.233.21.140', 'Postfix'),
  'Fake tax authority (ELSTER) on lookalike domain; HTML attachment is a credential-harvesting page pre-filled with the CFO\'s address, posting to the attacker domain.',
  att=[('ELSTER_Bescheid_Verspaetungszuschlag_USt2025.html', ELSTER_HTML.encode(), 'text/html')], cte='quoted-printable')

M(X, 'de', ('Sabine Maier über DocuSign', 'dse@eumail.docusign-net.com'), 'baumann',
  'Sabine Maier hat Ihnen Dokumente zum Signieren gesendet: Rahmenvertrag Hotelwäsche 2026–2028', '''Sabine Maier hat Ihnen ein Dokument zum Überprüfen und Signieren gesendet.

[[DOKUMENT ÜBERPRÜFEN](https://eu-sign.docusign-net.com/Signing/EmailStart.aspx?a=7d1f0c2e-55a3-4c8b-9e62-21b0f3a9d415&etti=24&acct=lieferant-gmbh)]

Sabine Maier
s.maier@lieferant-gmbh.de

Hallo Frau Baumann,
anbei wie besprochen der Rahmenvertrag für Hotelwäsche und Gästeartikel 2026–2028 inkl. der angepassten Preisstaffel. Ich bitte um Ihre elektronische Unterschrift bis Ende der Woche.
Viele Grüße, Sabine Maier

Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail und den Zugriffscode nicht an andere Personen weiter.

Alternative Signaturmethode
Rufen Sie docusign.com auf, klicken Sie auf „Dokumente aufrufen“ und geben Sie den Sicherheitscode ein: 7D1F0C2E55A34C8B9E6221B0F3A9D4152

Über DocuSign
Signieren Sie Dokumente elektronisch in wenigen Minuten. Sicher. Zuverlässig.''', '2026-03-19 15:03', ('esp', 'mta-12.eumail.docusign-net.com', '45.88.97.214'),
  'Fake DocuSign envelope on lookalike domain docusign-net.com impersonating the real supplier contact (s.maier) and a plausible contract; button leads to credential phishing.',
  html_body=True, brand='#4c00ff')

M(X, 'de', ('Lena Fischer', 'lena.fischer.privat@gmx.de'), 'hoffmann', 'Neue Bankverbindung ab März', '''Hallo Herr Hoffmann,

ich habe mein Gehaltskonto gewechselt. Könnten Sie bitte ab der März-Abrechnung meine neue Bankverbindung hinterlegen?

Kontoinhaberin: Lena Fischer
IBAN: %s
Bank: N26

Ich schreibe von meiner privaten Adresse, weil das VPN im Homeoffice gerade mal wieder streikt. Eine kurze Rückmeldung wäre super, wenn es geklappt hat – die Abrechnung läuft ja schon nächste Woche.

Danke und viele Grüße
Lena Fischer''' % fi(IB['payroll_f']), '2026-03-16 19:42', ('own', 'mout.gmx.net', '212.227.17.21', 'mrgmx105'),
  'Payroll diversion: impersonates the CEO\'s assistant from a freemail address, asks payroll to switch salary to a neobank IBAN (valid check digits); plain text, no link.', cte='auto')

M(X, 'de', ('Booking.com', 'noreply@partner-booking-notice.com'), 'neumann',
  'Gästebeschwerde zu Buchung 4718295063 – Reaktion innerhalb von 24 Stunden erforderlich', '''Example Palazzo Firenze (Unterkunfts-ID 2418835)

Sie haben eine neue Nachricht von einem Gast

Ein Gast hat über den Kundenservice von Booking.com eine Beschwerde zu seinem Aufenthalt eingereicht (Buchungsnummer 4718295063, Anreise 07.03.2026). Laut Gast wurden im Zimmer Bettwanzen festgestellt; der Gast hat Fotos und ein ärztliches Attest hochgeladen.

Gemäß unseren Richtlinien für Unterkünfte müssen Sie innerhalb von 24 Stunden Stellung nehmen. Andernfalls wird die Sichtbarkeit Ihrer Unterkunft vorübergehend eingeschränkt und die Erstattung zu Ihren Lasten vorgenommen.

[[Nachricht im Extranet ansehen](https://admin.booking.com.extranet-gastservice.info/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=2418835&lang=de)]

Vielen Dank
Ihr Booking.com Team

Diese E-Mail wurde an f.neumann@example.com gesendet. Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam''', '2026-03-09 22:18', ('esp', 'mail.partner-booking-notice.com', '91.92.247.18'),
  'Fake Booking.com extranet notice (bedbug complaint, 24h deadline) from a lookalike sender; link host starts with admin.booking.com but the registered domain is extranet-gastservice.info.',
  html_only=True, brand='#006ce4')

M(X, 'de', ('Julia Kessler', 'j.kessler@kessler-medtech.de'), 'esposito',
  'Anfrage Incentive-Reise Florenz – 38 Personen, Oktober 2026', '''Sehr geehrte Frau Esposito,

Ihr Haus wurde uns von einem Geschäftspartner empfohlen. Wir planen für unser Vertriebsteam eine Incentive-Reise nach Florenz (3 Nächte, 14.–17.10.2026, 38 Personen, überwiegend EZ) inkl. Tagungsraum für einen halben Tag und Abendessen am zweiten Abend.

Die Teilnehmerliste, unsere Zimmerwünsche sowie das Briefing zum Rahmenprogramm finden Sie in der angehängten Datei. Wir holen parallel zwei weitere Angebote ein und würden uns bis Ende nächster Woche entscheiden.

Für Rückfragen stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen

Julia Kessler
Assistenz der Geschäftsleitung
Kessler Medizintechnik GmbH
Industriestraße 8 · 78532 Tuttlingen
Tel. +49 7461 96604-12''', '2026-03-24 09:55', ('own', 'mail.kessler-medtech.de', '178.254.10.77', 'Postfix'),
  'Malware delivery dressed as an incentive-group request: ZIP containing a double-extension .pdf.js script (inert placeholder).',
  att=[a('Anfrage_Incentive_Florenz_2026.zip', zipbytes({'Anfrage_Incentive_Florenz_2026.pdf.js': '/* inert placeholder for a JScript downloader - evaluation sample, no code */\nvar _0x3f2a=["\\x57\\x53\\x63\\x72\\x69\\x70\\x74"];\n'}))])

QR_URL = 'https://example-group-it.de/mfa/?u=YS5zY2hyb2VkZXJAZXhhbXBsZS5jb20'
M(X, 'de', ('IT-Service Example Group', 'it-servicedesk@example-group-it.de'), 'schroeder',
  'Pflichtaktion: Erneuerung Ihrer Microsoft-Authenticator-Registrierung bis 27.03.2026', '''Sehr geehrte Kollegin, sehr geehrter Kollege,

im Rahmen der Umstellung auf die neuen Sicherheitsrichtlinien der Example Group müssen alle Mitarbeitenden ihre Multi-Faktor-Authentifizierung bis zum 27.03.2026 neu registrieren. Nicht erneuerte Konten werden automatisch gesperrt.

Bitte scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen.

[QR-Code]

Die Registrierung dauert ca. 2 Minuten. Bei Fragen wenden Sie sich bitte an den IT-Service.

Ihr IT-Service
Example Group GmbH''', '2026-03-23 07:58', ('own', 'mail.example-group-it.de', '194.26.192.41', 'Postfix'),
  'Quishing: fake internal IT notice from lookalike example-group-it.de; the only link is in a QR image (inline PNG) so the phone, not the desktop, opens the phishing page.',
  html_body='''<!DOCTYPE html><html><body style="font-family:Segoe UI,Arial;font-size:14px"><table width="600" style="border:1px solid #ddd"><tr><td style="background:#1f3a5f;color:#fff;padding:14px;font-size:18px">IT-Service · Example Group</td></tr><tr><td style="padding:20px">
<p>Sehr geehrte Kollegin, sehr geehrter Kollege,</p><p>im Rahmen der Umstellung auf die neuen Sicherheitsrichtlinien der Example Group müssen alle Mitarbeitenden ihre Multi-Faktor-Authentifizierung <b>bis zum 27.03.2026</b> neu registrieren. Nicht erneuerte Konten werden automatisch gesperrt.</p>
<p>Bitte scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones:</p><p style="text-align:center"><img src="cid:qr001" width="205" height="205" alt=""></p>
<p>Die Registrierung dauert ca. 2 Minuten.</p><p>Ihr IT-Service<br>Example Group GmbH</p></td></tr></table></body></html>''',
  inline=[('image001.png', qr_png(QR_URL), 'image/png', 'qr001')])

M(X, 'en', ('Daniel Hughes', 'danielhughes.uk87@gmail.com'), 'res_london',
  'Formal complaint - stay 9-12 March, room 318 - damaged laptop and staff conduct', '''Dear Sir/Madam,

I stayed at your hotel from 9th to 12th March (booking under Hughes, room 318) and I am writing to make a formal complaint.

On the morning of the 11th housekeeping entered my room despite the Do Not Disturb sign and my laptop, which was on the desk, was knocked onto the floor. The screen is cracked and the repair shop has quoted me £640. When I raised this at reception I was told someone would call me back. Nobody did.

I have put the photos of the damage, the repair quote and my receipt in a folder here:
https://www.dropbox.com/scl/fo/k3v9x2m1q8w7e5r4t0y6u/h?rlkey=p8d2n5b7x1c4v6z9m3q0w2e4r&dl=0

I expect a response within 48 hours with how you intend to compensate me. Otherwise I will raise a chargeback with my card provider and post a detailed review on TripAdvisor and Google.

Regards,
Daniel Hughes
07700 914 362''', '2026-03-13 23:41', 'gmail',
  'Fake guest complaint (emotional pressure, deadline, chargeback threat) with "photos" behind a genuine Dropbox folder link that leads on to a credential/malware page; freemail sender, no matching booking.', html_body=True)

M(X, 'en', ('Expedia Partner Central', 'noreply@expediapartnercentral-notice.com'), 'bennett',
  'Action required: EVC payouts suspended for property 31894762', '''Expedia Group | Partner Central

Hello Example Hotel London Kensington,

We were unable to verify the banking details associated with your Expedia Virtual Card (EVC) and Expedia Collect payouts. As a result, payouts for 14 reservations (GBP 9,812.40) have been placed on hold.

To avoid further delays, please re-confirm your banking details within 72 hours:

[[Verify payout details](https://partnercentral.expediagroup.com.payout-verify.net/lodging/bank/confirm?htid=31894762)]

If we do not receive confirmation, your property may be temporarily removed from search results in line with our Terms and Conditions.

Thank you for partnering with Expedia Group.
Expedia Group Partner Support

This is a service email related to your property on Expedia Group. 1111 Expedia Group Way W, Seattle, WA 98119''', '2026-03-18 14:06', ('esp', 'o1.ptr4821.expediapartnercentral-notice.com', '149.72.184.19'),
  'Fake Expedia Partner Central payout-hold notice via a bulk-mail IP, lookalike sender domain; link hostname mimics partnercentral.expediagroup.com under payout-verify.net.', html_only=True, brand='#1668e3')

M(X, 'en', ('Oracle Hospitality Billing', 'oraclehosp.billing.desk@gmail.com'), 'shah',
  'OPERA Cloud subscription auto-renewal - Invoice INV-OHS-884120', '''Dear Customer,

Thank you for your continued subscription to OPERA Cloud Property Management.

Your annual licence for Example Hotel London Kensington (120 rooms) has been renewed automatically. The amount of GBP 4,896.00 will be charged to the payment card on file within 24 hours. Please find the invoice attached.

If you did not authorise this renewal or wish to cancel, please contact our billing department immediately on +44 20 3868 1947 (Mon-Sun, 24 hours). Cancellations are only possible by phone before the charge is processed.

Kind regards,
Billing Department
Oracle Hospitality Solutions''', '2026-03-05 16:22', 'gmail',
  'Callback scam (TOAD): fake PMS licence auto-renewal from a Gmail address with a PDF "invoice"; no link, only a phone number to call.',
  att=[a('INV-OHS-884120.pdf', pdf(['ORACLE HOSPITALITY SOLUTIONS - INVOICE', 'Invoice no: INV-OHS-884120     Date: 05/03/2026', 'Bill to: Example Hotel London Kensington',
                                    '', 'OPERA Cloud PMS - annual licence (120 rooms)      GBP 4,080.00', 'VAT 20%                                              GBP   816.00',
                                    'TOTAL (auto-renewal, card on file)                   GBP 4,896.00', '', 'To cancel call +44 20 3868 1947 within 24 hours.'], title='Invoice'))])

M(X, 'en', ('HMRC', 'no-reply@hmrc-vat-notices.co.uk'), 'shah', 'VAT repayment of £3,482.16 ready - confirm your bank account', '''HM Revenue & Customs

VAT Registration Number: GB 318 **** 72
Return period: 12/25

After review of your VAT return for period 12/25 we have calculated that you are due a repayment of £3,482.16.

We could not make the repayment because the bank account details we hold appear to be out of date. Please sign in and confirm the account within 5 working days, otherwise the repayment will be held.

[[Sign in to your VAT account](https://www.tax.service.gov.uk.vat-repayment-confirm.co.uk/vat-through-software/sign-in)]

HMRC will never ask for your personal or payment details by text message.

HM Revenue and Customs''', '2026-03-26 11:37', ('own', 'mail.hmrc-vat-notices.co.uk', '185.234.72.13', 'Exim 4.97'),
  'Fake HMRC VAT-repayment notice; link hostname begins tax.service.gov.uk but belongs to vat-repayment-confirm.co.uk.', html_body=True, brand='#00703c')

M(X, 'en', ('James Whitmore', 'j.whitmore@northlighttravel.co.uk'), ['clarke', 'bennett'],
  'Northlight Travel - rooming list & deposit schedule - Alder Pharma incentive April 2026', '''Hi All,

Please find below the updated rooming list and deposit schedule for the Alder Pharma incentive group (22-25 April 2026).

Rooming_List_AlderPharma_Apr2026.xlsx
[https://northlighttravel-my.sharepoint.com/:o:/g/personal/j_whitmore_northlighttravel_co_uk/EbV3xQ1pZ8tHr2mK9aL0cW4BnYk7sXu2Pq5dRf8gTh1jLw?e=Kd82sP](https://northlighttravel-my.sharepoint.com/:o:/g/personal/j_whitmore_northlighttravel_co_uk/EbV3xQ1pZ8tHr2mK9aL0cW4BnYk7sXu2Pq5dRf8gTh1jLw?e=Kd82sP)

Kindly review and confirm at your earliest convenience.

Kind regards,

James Whitmore
Groups & Events Manager
Northlight Travel Ltd
12 Commercial Street, Leith, Edinburgh EH6 6JA
+44 131 555 0198''', '2026-03-20 17:04', 'o365',
  'Compromised account of a real partner agency: generic "review rooming list" with a link to the agency\'s own SharePoint, where a OneNote page (:o:) links on to a credential-phishing page; no real group of that name exists.',
  html_body=True)

M(X, 'en', ('Adyen Dispute Management', 'disputes@adyen-dispute-center.com'), 'clarke',
  'Chargeback notification - PSP reference 8816420193752241 - reason 13.1 - respond by 02 Apr 2026', '''Dear merchant,

A chargeback has been raised against the following transaction:

Merchant account: ExampleGroupUK_Kensington
PSP reference: 8816420193752241
Amount: GBP 1,284.00
Reason code: 13.1 - Merchandise/Services Not Received
Defence period ends: 02 April 2026

The issuing bank's documentation is attached. To defend this dispute, upload your evidence (registration card, folio, signed T&Cs) through the Customer Area before the deadline. If no defence is submitted, the dispute will be automatically accepted.

Kind regards,
Adyen Dispute Management''', '2026-03-19 09:14', ('own', 'mx2.adyen-dispute-center.com', '87.120.116.52', 'Postfix'),
  'Fake acquirer chargeback notice (lookalike of Adyen) with a PDF whose whole page is a URI link to the phishing "Customer Area".', html_body=True, brand='#0abf53',
  att=[a('Chargeback_8816420193752241.pdf', pdf(['Adyen N.V. - Dispute notification', 'PSP reference: 8816420193752241', 'Amount: GBP 1,284.00   Reason: 13.1',
        '', 'Issuer documentation is protected.', 'Click anywhere on this page to open the secure Customer Area and submit your defence.'],
        uri='https://ca-live.adyen.com.dispute-evidence.net/ca/ca/disputes/defend?psp=8816420193752241', title='Dispute notification'))])

M(X, 'en', ('Felix Neumann', 'f.neumann@examplegroup-revenue.com'), ['kolodziej', 'clarke'],
  'Invitation: Q2 pricing strategy - rate parity review @ Thu 26 Mar 2026 14:00 - 15:00 (CET)', '''Felix Neumann has invited you to a Microsoft Teams meeting.

Q2 pricing strategy - rate parity review
Thursday 26 March 2026, 14:00 - 15:00 (CET)

Hi both, quick review of the parity breaches flagged by the channel manager before the Easter pick-up. Please have the March pace reports ready.

Join the meeting now:
https://teams.microsoft-meetings.co/l/meetup-join/19%3ameeting_ZjQ5NmE1MjEtYzIxNi00@thread.v2/0?context=examplegroup

Meeting ID: 384 227 916 551
Passcode: Xp7Kq2''', '2026-03-24 12:31', ('own', 'smtp.examplegroup-revenue.com', '45.131.66.208', 'Postfix'),
  'Calendar-invite phishing: impersonates the group revenue director from a lookalike domain; the ICS carries a fake Teams join URL (microsoft-meetings.co).',
  att=[a('invite.ics', ics('040000008200E00074C5B7101A82E00800000000D0A2F6C31F9BDC01', 'Q2 pricing strategy - rate parity review', '20260326T130000Z', '20260326T140000Z',
        ('Felix Neumann', 'f.neumann@examplegroup-revenue.com'), [S['kolodziej'], S['clarke']], 'Microsoft Teams Meeting',
        'Join the meeting now: https://teams.microsoft-meetings.co/l/meetup-join/19%3ameeting_ZjQ5NmE1MjEtYzIxNi00@thread.v2/0?context=examplegroup\nMeeting ID: 384 227 916 551'))])

SVG = '''<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="600" height="300" fill="#f5f7fa"/>
<text x="30" y="60" font-family="Arial" font-size="22" fill="#0b3d5c">Caledonian Journeys Ltd - Remittance Advice</text>
<text x="30" y="110" font-family="Arial" font-size="16">Amount: GBP 12,640.00   Ref: CJ-REM-20260319</text>
<a href="https://caledonian-journeys.co/remit/view?id=CJ-REM-20260319&amp;m=p.shah%40example.com"><rect x="30" y="150" width="220" height="44" fill="#0b3d5c"/>
<text x="52" y="178" font-family="Arial" font-size="16" fill="#fff">View payment details</text></a>
<script type="text/javascript"><![CDATA[setTimeout(function(){window.location.href="https://caledonian-journeys.co/remit/view?id=CJ-REM-20260319&m="+btoa("p.shah@example.com")},1500);]]></script></svg>'''
M(X, 'en', ('Accounts | Caledonian Journeys', 'accounts@caledonian-journeys.co'), 'shah',
  'Remittance Advice - GBP 12,640.00 - Ref CJ-REM-20260319', '''Good afternoon,

Please find attached remittance advice for the payment released today in respect of your invoices for the Highland Heritage group (March arrivals).

Kindly allow 1-2 working days for the funds to clear.

Many thanks,
Accounts Team
Caledonian Journeys Ltd''', '2026-03-19 15:46', ('own', 'mail.caledonian-journeys.co', '146.70.119.201', 'Postfix'),
  'SVG attachment with embedded link and JavaScript redirect, sent from a lookalike (caledonian-journeys.co) of a genuine agency domain (caledonianjourneys.co.uk).',
  att=[a('Remittance_Advice_CJ-20260319.svg', SVG.encode())], cte='auto')

FERR_SIG = '''Ferretti Trasporti S.r.l. – Noleggio con conducente e transfer
Via dei Cattani 188/A – 50145 Firenze
Tel. +39 055 3024417 – P.IVA 05123480487'''
M(X, 'it', ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it'), 'conti',
  'Comunicazione variazione coordinate bancarie – Ferretti Trasporti S.r.l.', '''Gentile Cliente,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei nostri rapporti bancari, a far data dal 16/03/2026 tutti i pagamenti relativi alle nostre fatture (transfer aeroportuali e servizi NCC) dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.r.l.
Banca: Banca Sella S.p.A.
IBAN: %s

Il precedente conto presso Intesa Sanpaolo è in fase di chiusura e i bonifici disposti su di esso verranno respinti. Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori prima del prossimo pagamento e di darci conferma via e-mail dell'avvenuta modifica.

In allegato la comunicazione ufficiale su carta intestata.

Per qualsiasi chiarimento Vi chiediamo di rispondere a questa e-mail, poiché il centralino è momentaneamente interessato da lavori di manutenzione.

Cordiali saluti

Ufficio Amministrazione
%s''' % (fi(IB['ferr_f']), FERR_SIG), '2026-03-12 11:26', ('own', 'smtpdh17.ad.aruba.it', '62.149.155.167', 'Aruba'),
  'Compromised real transport-partner mailbox (sent through its real Aruba relay): bank-change letter with PDF, valid IT IBAN (correct CIN), phone verification discouraged, Reply-To on a lookalike without hyphen.',
  reply_to=('Amministrazione Ferretti Trasporti', 'amministrazione@ferrettitrasporti.it'), cc=['romano'],
  att=[a('Comunicazione_variazione_IBAN_Ferretti.pdf', pdf(['FERRETTI TRASPORTI S.r.l.', 'Via dei Cattani 188/A - 50145 Firenze - P.IVA 05123480487', '', 'Firenze, 12/03/2026',
        'Spett.le Cliente', '', 'OGGETTO: variazione coordinate bancarie', '', 'Con decorrenza 16/03/2026 Vi preghiamo di effettuare i pagamenti sul conto:',
        'Banca Sella S.p.A. - IBAN ' + fi(IB['ferr_f']), '', 'Distinti saluti', 'L\'Amministratore Unico - Claudio Ferretti'], title='Comunicazione IBAN'))])

M(X, 'it', ('Agenzia delle Entrate', 'comunicazioni@pec-agenziaentrate.it'), 'conti',
  'POSTA CERTIFICATA: Comunicazione di irregolarità – prot. 2026/AE/0418826', '''Messaggio di posta certificata

Il giorno 06/03/2026 alle ore 09:14:22 (+0100) il messaggio "Comunicazione di irregolarità – prot. 2026/AE/0418826" è stato inviato da "comunicazioni@pec-agenziaentrate.it" indirizzato a: amministrazione@pec.examplegroup.eu

Gentile contribuente,

a seguito del controllo automatizzato delle dichiarazioni ai sensi dell'art. 54-bis del DPR 633/72 sono emerse irregolarità nei versamenti IVA del periodo 2024 per la società EXAMPLE HOTELS ITALIA S.R.L.

Importo da regolarizzare: € 7.418,33 (sanzioni ridotte ad un terzo se il pagamento avviene entro 30 giorni).

La comunicazione completa è consultabile nel Suo Cassetto fiscale:

[[Scarica la comunicazione](https://agenziaentrate-servizi.it.cassetto-fiscale.info/comunicazione?prot=2026AE0418826)]

Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec21024.20260306091422.118427.903.1.55@pec-agenziaentrate.it''', '2026-03-06 09:14', ('own', 'smtp.pec-agenziaentrate.it', '188.166.91.34', 'Postfix'),
  'Fake certified-mail (PEC) wrapper from a lookalike of the Italian tax agency, "avviso bonario" with reduced-penalty pressure; link to a lookalike Cassetto fiscale.', html_body=True, brand='#0066cc')

SMUG = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ricevuta bonifico SCT</title></head>
<body style="font-family:Arial;background:#eef1f4"><div style="width:420px;margin:70px auto;background:#fff;padding:26px;border-radius:6px">
<img alt="Intesa Sanpaolo" style="height:28px"><h3>Ricevuta di bonifico SEPA – documento protetto</h3>
<p>Per visualizzare la ricevuta (CRO 0306926027184433) accedi con l'indirizzo e-mail a cui è stata inviata.</p>
<form action="https://ricevuta-bonifico-sct.web.app/api/v" method="post"><input name="e" placeholder="E-mail" style="width:100%;padding:8px"><br><br>
<input name="p" type="password" placeholder="Password e-mail" style="width:100%;padding:8px"><br><br><button style="background:#1b6e3c;color:#fff;padding:9px 18px;border:0">Visualizza</button></form></div></body></html>'''
M(X, 'it', ('Marco Ferraro', 'marco.ferraro1978@libero.it'), 'rec_fi', 'Caparra prenotazione 18-21 aprile – ricevuta bonifico', '''Buongiorno,

come concordato telefonicamente con la Vostra collega ho effettuato il bonifico della caparra (30%) per la prenotazione a nome Ferraro, 2 camere doppie superior dal 18 al 21 aprile.

In allegato la ricevuta del bonifico. Vi chiedo cortesemente di confermarmi la ricezione e di inviarmi la conferma definitiva della prenotazione.

Grazie mille e a presto
Marco Ferraro
Inviato da Libero Mail per Android''', '2026-03-27 13:52', ('own', 'smtp-17.iol.it', '213.209.1.147', 'Italiaonline'),
  'Fake guest "deposit receipt": HTML attachment that imitates a bank receipt viewer and harvests mailbox credentials, posting to an attacker app on a genuine hosting service (web.app).',
  att=[('Ricevuta_Bonifico_SCT_0306926027184433.html', SMUG.encode(), 'text/html')])

M(X, 'it', ('Avv. Marco Bellini', 'm.bellini@bellini-associati-legal.com'), 'conti',
  'Riservato – operazione straordinaria Example Group / deposito fiduciario', '''Gentile Dott. Conti,

mi permetto di contattarLa su indicazione della Dott.ssa Katharina Brandt, che ci ha incaricati di assistere Example Group nell'acquisizione di una struttura alberghiera a Trieste. La Dott.ssa Brandt mi ha riferito che Lei è il referente per i pagamenti della società italiana.

Per garantire l'esclusiva concessa dalla parte venditrice è necessario costituire oggi stesso un deposito fiduciario di € 48.900,00 sul conto dedicato del nostro studio:

Beneficiario: Bellini & Associati – conto clienti
IBAN: %s
BIC: REVOLT21
Causale: Deposito fiduciario LOI/ADR-2026-03

Le ricordo che l'operazione è coperta da obbligo di riservatezza (NDA sottoscritto in data 12/03/2026) e non deve essere discussa con altri colleghi fino all'annuncio ufficiale. Mi invii cortesemente la contabile appena disposto il bonifico.

Resto a disposizione al +39 02 8295 4471.

Distinti saluti

Avv. Marco Bellini
Bellini & Associati – Studio Legale
Corso di Porta Nuova 46 – 20121 Milano''' % fi(IB['avv_f']), '2026-03-17 12:40', ('own', 'mail.bellini-associati-legal.com', '45.137.21.98', 'Postfix'),
  'Second stage of the CEO fraud: fake lawyer cites the CEO, demands a same-day "escrow deposit" to a Lithuanian EMI IBAN (valid), secrecy/NDA, cc to the lookalike CEO address.',
  cc=[('Katharina Brandt', 'k.brandt@examp1egroup.eu')])

M(X, 'it', ('Booking.com Partner Hub', 'partner-noreply@booking-partnerhub.it'), 'romano',
  'Azione richiesta: la visibilità della tua struttura è limitata – verifica entro 48 ore', '''Gentile partner,

durante un controllo di sicurezza di routine abbiamo rilevato un accesso insolito all'Extranet di Example Palazzo Firenze (ID struttura 2418835) da un dispositivo non riconosciuto.

Per proteggere i dati dei tuoi ospiti e i pagamenti, abbiamo limitato temporaneamente la visibilità della struttura nei risultati di ricerca. Per ripristinarla è sufficiente verificare l'account e i dati della carta associata entro 48 ore.

[[Verifica ora l'account](https://admin.booking.com.it-verifica-partner.com/hotel/hoteladmin/login.html?hotel_id=2418835)]

Se la verifica non viene completata, le prenotazioni future potrebbero essere cancellate.

Cordiali saluti,
Il team Booking.com per i partner''', '2026-03-02 07:21', ('esp', 'mta4.booking-partnerhub.it', '176.97.210.44'),
  'Fake Booking.com account-verification notice (lookalike sender, subdomain trick in URL); classic extranet-takeover lure used to later scam guests.', html_only=True, brand='#006ce4')

# ---------------- Polish
M(X, 'pl', ('Partner Logistik – Księgowość', 'ksiegowosc@partner-logistik.pl'), 'wojcik',
  'RE: Płatność za FV/2026/02/084 i FV/2026/02/091', '''Dzień dobry Pani Małgorzato,

dziękuję za informację. Uprzejmie informuję, że z przyczyn technicznych (aktualizacja umowy rachunku w PKO BP) nasz dotychczasowy rachunek jest czasowo zablokowany dla wpływów. Prosimy o przelew należności za ww. faktury (łącznie 18 426,30 zł) na nasz drugi rachunek firmowy:

Partner Logistik Sp. z o.o.
mBank S.A.
%s

Rachunek jest zgłoszony do wykazu podatników VAT, ale aktualizacja białej listy w systemie MF może potrwać kilka dni – proszę się tym nie sugerować. Proszę też wyjątkowo nie stosować MPP przy tej płatności.

Będę wdzięczna za potwierdzenie przelewu.

Pozdrawiam
Anna Kaczmarek
Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Półłanki 64, 30-740 Kraków

-----Wiadomość oryginalna-----
Od: Wójcik Małgorzata <m.wojcik@example.com>
Wysłano: wtorek, 17 marca 2026 10:12
Do: ksiegowosc@partner-logistik.pl
Temat: Płatność za FV/2026/02/084 i FV/2026/02/091

Dzień dobry,
przelew za faktury FV/2026/02/084 i FV/2026/02/091 planujemy w najbliższy piątek, 20.03. Proszę o informację, czy korekta do FV/2026/02/084 (brakujące palety z dostawy 12.02) została już wystawiona.

Pozdrawiam
Małgorzata Wójcik
Główna księgowa
Example Hotel Kraków Stare Miasto''' % fi(IB['pl_f']), '2026-03-18 08:03', ('own', 'mail.partner-logistik.pl', '46.242.242.76', 'home.pl'),
  'Thread hijack from the compromised accounting mailbox of the real Polish logistics partner (ISO-8859-2): switch to a second valid PL IBAN, explicitly asks to ignore the VAT white list and skip split payment (MPP).',
  cs='iso-8859-2', irt='<DB9PR08MB6612A9F2C41E7D0F3B21AC55DB9PR08MB6612.eurprd08.prod.outlook.com>')

M(X, 'pl', ('Krajowy System e-Faktur', 'powiadomienia@ksef-mf.com.pl'), 'wojcik',
  'KSeF: 3 faktury odrzucone – wymagana ponowna autoryzacja tokenu do 31.03.2026', '''Szanowni Państwo,

w związku z obowiązkowym stosowaniem Krajowego Systemu e-Faktur informujemy, że 3 faktury ustrukturyzowane wystawione przez podatnika EXAMPLE HOTEL KRAKÓW SP. Z O.O. (NIP 676-***-**-18) zostały odrzucone z powodu wygaśnięcia tokenu uwierzytelniającego.

Aby uniknąć sankcji przewidzianych od 2026 r., prosimy o ponowną autoryzację tokenu w Aplikacji Podatnika KSeF 2.0 do dnia 31.03.2026:

[[Autoryzuj token KSeF](https://ksef.podatki.gov.pl.autoryzacja-tokenu.com/web/login?nip=676)]

Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.

Ministerstwo Finansów
Krajowa Administracja Skarbowa''', '2026-03-10 06:49', ('own', 'mail.ksef-mf.com.pl', '5.253.86.112', 'Postfix'),
  'Fake KSeF (Polish national e-invoicing, mandatory 2026) notice; lookalike sender and URL whose hostname starts with ksef.podatki.gov.pl.', html_body=True, brand='#b5121b', cs='iso-8859-2')

M(X, 'pl', ('Katarzyna Nowicka', 'k.nowicka@eventpro-konferencje.pl'), ['rec_krk', 'dabrowski'],
  'Zapytanie ofertowe – konferencja 120 os., 14–16.10.2026', '''Dzień dobry,

w imieniu naszego klienta z branży farmaceutycznej zwracam się z prośbą o przygotowanie oferty na organizację konferencji w Państwa hotelu w terminie 14–16.10.2026 (ok. 120 uczestników, 2 noclegi, sala plenarna w ustawieniu teatralnym + 3 sale warsztatowe, przerwy kawowe, kolacja galowa).

Szczegółowe wymagania techniczne oraz harmonogram znajdą Państwo w załączonym dokumencie. Po otwarciu prosimy o włączenie edycji, ponieważ formularz zawiera pola do uzupełnienia.

Oferty zbieramy do 03.04.2026.

Z wyrazami szacunku
Katarzyna Nowicka
Project Manager
EventPro Konferencje Sp. z o.o.
tel. +48 22 398 41 07''', '2026-03-25 10:17', ('own', 'mail.eventpro-konferencje.pl', '91.219.237.31', 'Postfix'),
  'Malware delivery via a DOCX using remote-template injection (settings.xml.rels points to a .dotm on a raw IP); "enable editing" instruction; plausible MICE RFP.',
  att=[a('Zapytanie_ofertowe_konferencja_10-2026.docx', docx(['ZAPYTANIE OFERTOWE – KONFERENCJA 14–16.10.2026', 'Liczba uczestników: 120', 'Prosimy o wypełnienie formularza poniżej.'],
                                                             template_url='http://91.219.237.31/wzory/formularz_oferty.dotm'))], cs='iso-8859-2')

M(X, 'pl', ('ZUS – Platforma Usług Elektronicznych', 'powiadomienia@zus-pue.info.pl'), 'wojcik',
  'Zawiadomienie o zaległości w składkach – płatnik EXAMPLE HOTEL KRAKÓW SP. Z O.O.', '''Szanowny Płatniku,

na Twoim koncie w ZUS odnotowano zaległość z tytułu składek na ubezpieczenia społeczne i zdrowotne za okres 02/2026 w kwocie 12 874,52 zł.

Brak uregulowania należności w terminie 7 dni od daty doręczenia niniejszego zawiadomienia skutkować będzie wszczęciem postępowania egzekucyjnego oraz naliczeniem odsetek za zwłokę.

Szczegóły zaległości oraz indywidualny numer rachunku składkowego (NRS) dostępne są na Platformie eZUS:

[[Sprawdź szczegóły na eZUS](https://www.zus.pl.ezus-platnik.com/portal/logowanie.npi?ref=zaleglosc)]

Zakład Ubezpieczeń Społecznych''', '2026-03-13 07:36', ('own', 'mail.zus-pue.info.pl', '194.87.31.205', 'Postfix'),
  'Fake Polish social-insurance (ZUS) arrears notice with enforcement threat; link to lookalike eZUS login.', html_body=True, brand='#00843d')

M(X, 'pl', ('Katalog Obiektów Noclegowych', 'faktury@katalog-obiektow-noclegowych.pl'), 'rec_krk',
  'Faktura proforma PRO/2026/03/1187 – aktualizacja wpisu Example Hotel Kraków', '''Szanowni Państwo,

w załączeniu przesyłamy fakturę proforma PRO/2026/03/1187 dotyczącą aktualizacji i publikacji wpisu obiektu Example Hotel Kraków Stare Miasto w Katalogu Obiektów Noclegowych na rok 2026, zgodnie z formularzem aktualizacji danych zwróconym przez Państwa obiekt.

Kwota do zapłaty: 2 337,00 zł brutto
Termin płatności: 7 dni
Numer rachunku: %s

Prosimy o terminową wpłatę – brak płatności skutkuje przekazaniem sprawy do windykacji zewnętrznej.

Z poważaniem
Dział Rozliczeń
Katalog Obiektów Noclegowych''' % fi(IB['kat_f']), '2026-03-16 12:04', ('own', 'mail.katalog-obiektow-noclegowych.pl', '77.55.214.9', 'Postfix'),
  'Directory-listing invoice scam: pro-forma for a "catalogue entry" never ordered, small amount, collection threat; valid PL IBAN; PDF pro-forma.', cs='iso-8859-2',
  att=[a('Proforma_PRO_2026_03_1187.pdf', pdf(['FAKTURA PROFORMA PRO/2026/03/1187', 'Nabywca: Example Hotel Krakow Stare Miasto', 'Aktualizacja wpisu w Katalogu Obiektow Noclegowych 2026',
        'Netto 1 900,00 PLN  VAT 23% 437,00 PLN  Brutto 2 337,00 PLN', 'Rachunek: ' + fi(IB['kat_f']), '',
        'Zamowienie zostalo zlozone poprzez zwrocenie formularza aktualizacji danych.', 'Oplata roczna, umowa przedluza sie automatycznie na 3 lata.'], title='Proforma'))])

# ---------------- Greek
M(X, 'el', ('ΑΑΔΕ - myAADE', 'noreply@myaade-gr.info'), 'konstantinou',
  'Ειδοποίηση: Εκκρεμής απόδοση Τέλους Ανθεκτικότητας στην Κλιματική Κρίση', '''Αγαπητέ/ή φορολογούμενε/η,

σας ενημερώνουμε ότι για την επιχείρηση με ΑΦΜ 80*****12 (EXAMPLE RESORT RHODES Μ.Α.Ε.) εντοπίστηκε εκκρεμής απόδοση του Τέλους Ανθεκτικότητας στην Κλιματική Κρίση για τον μήνα Φεβρουάριο 2026.

Ποσό οφειλής: 3.186,00 €
Πρόστιμο εκπρόθεσμης υποβολής: 250,00 €

Για να αποφύγετε την επιβολή επιπλέον προστίμων, παρακαλούμε να υποβάλετε τη δήλωση και να εξοφλήσετε το ποσό εντός 5 εργάσιμων ημερών μέσω της πλατφόρμας myAADE:

[[Είσοδος στο myAADE](https://www.aade.gr.myaade-eidopoiisi.com/myaade/login?ref=tak)]

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων''', '2026-03-11 09:02', ('own', 'mail.myaade-gr.info', '185.244.181.27', 'Postfix'),
  'Fake Greek tax authority (AADE) notice about the climate-resilience fee hotels pay per room-night; windows-1253; lookalike URL.', cs='windows-1253', html_body=True, brand='#003476')

M(X, 'el', ('Σοφία Μαυρίδου', 'smavridou@otenet.gr'), 'res_rhodes', 'Παράπονο - κλοπή κοσμημάτων από το δωμάτιο 214', '''Καλησπέρα σας,

διέμεινα στο ξενοδοχείο σας από 28/3 έως 1/4 (δωμάτιο 214, κράτηση στο όνομα Μαυρίδου). Την τελευταία μέρα, μετά τον καθαρισμό του δωματίου, διαπίστωσα ότι λείπει ένα χρυσό βραχιόλι και ένα ζευγάρι σκουλαρίκια από το συρτάρι του κομοδίνου.

Ενημέρωσα τη ρεσεψιόν αλλά δεν υπήρξε καμία ουσιαστική βοήθεια. Έχω κάνει ήδη δήλωση στην Αστυνομία Ρόδου. Τις φωτογραφίες των κοσμημάτων, τις αποδείξεις αγοράς και τη δήλωση θα τις βρείτε εδώ:

https://we.tl/t-Xk29aLqP1z

Περιμένω την απάντησή σας μέσα σε 3 ημέρες, διαφορετικά θα απευθυνθώ στον Συνήγορο του Καταναλωτή και θα αναρτήσω αξιολόγηση στο Booking και στο TripAdvisor.

Σοφία Μαυρίδου
6944 218 307''', '2026-04-02 21:17', ('own', 'mailout.otenet.gr', '83.235.69.31', 'Postfix'),
  'Fake guest complaint (theft accusation, police report, review threat) with "evidence" behind a genuine WeTransfer short link that leads to a phishing/malware page; ISO-8859-7 from an ISP mailbox.', cs='iso-8859-7', cte='quoted-printable')

NIK_SIG = '''Κατερίνα Νικολαΐδου
Λογιστήριο
ΑΦΟΙ ΝΙΚΟΛΑΪΔΗ Α.Ε. - Τρόφιμα & Ποτά για HORECA
Λεωφ. Ιαλυσού 112, 85100 Ρόδος
Τηλ. 22410 78 245'''
M(X, 'el', ('Κατερίνα Νικολαΐδου', 'logistirio@nikolaidis-foods.gr'), 'konstantinou', 'ΕΠΕΙΓΟΝ - Ενημέρωση τραπεζικού λογαριασμού', '''Καλημέρα σας κα Κωνσταντίνου,

σας ενημερώνουμε ότι λόγω ελέγχου στον λογαριασμό μας στην Τράπεζα Πειραιώς, οι εισερχόμενες πληρωμές έχουν προσωρινά ανασταλεί. Για τον λόγο αυτό, παρακαλούμε η εξόφληση των ανοιχτών τιμολογίων (ΤΔΑ 4418, 4432 και 4457, σύνολο 9.846,20 €) να γίνει στον λογαριασμό της θυγατρικής μας στην Κύπρο:

Δικαιούχος: Nikolaidis Trading Ltd
Τράπεζα: Bank of Cyprus
IBAN: %s
SWIFT: BCYPCY2N

Παρακαλούμε να μας στείλετε το αποδεικτικό μόλις γίνει η μεταφορά, ώστε να προχωρήσει η παράδοση της παραγγελίας για το άνοιγμα της σεζόν.

Ευχαριστούμε πολύ,
%s''' % (fi(IB['nik_f']), NIK_SIG), '2026-03-30 10:41', 'o365',
  'Compromised real Greek F&B supplier (M365 tenant): asks to pay open invoices to an offshore "subsidiary" Cypriot IBAN (valid), pressure via season-opening delivery; windows-1253.', cs='windows-1253')

M(X, 'el', ('Νίκος Αντωνίου', 'info@aegeanhorizons-travel.gr'), 'res_rhodes', 'Αίτημα προσφοράς για γκρουπ 42 ατόμων - Μάιος 2026 / Rooming list', '''Καλημέρα σας,

είμαστε ταξιδιωτικό γραφείο από τη Θεσσαλονίκη και ενδιαφερόμαστε για γκρουπ 42 ατόμων (21 δίκλινα) για 4 διανυχτερεύσεις, 14-18 Μαΐου 2026, με ημιδιατροφή.

Το rooming list και τις λεπτομέρειες της πτήσης τις έχουμε ανεβάσει στο OneDrive μας:
[Rooming_list_Mai2026.xlsx](https://onedrive-live.com-share.app/personal/info_aegeanhorizons/Rooming_list_Mai2026.xlsx)
Θα χρειαστεί να συνδεθείτε με το εταιρικό σας email για να το δείτε.

Παρακαλούμε για την καλύτερη δυνατή τιμή και τους όρους προκαταβολής.

Με εκτίμηση,
Νίκος Αντωνίου
Aegean Horizons Travel
Τσιμισκή 78, Θεσσαλονίκη''', '2026-03-21 12:09', ('own', 'mail.aegeanhorizons-travel.gr', '194.36.189.61', 'Postfix'),
  'Group-booking lure from a freshly registered agency domain; "rooming list" on a fake OneDrive host that requires corporate login.', html_body=True)

M(X, 'el', ('PayPal Υπηρεσία Χρεώσεων', 'service.paypal.billing.gr@gmail.com'), 'alexiou', 'Επιβεβαίωση παραγγελίας #PP-8842-1173 - Χρέωση 1.249,00 €', '''Αγαπητέ πελάτη,

η παραγγελία σας έχει ολοκληρωθεί με επιτυχία.

Προϊόν: Apple MacBook Air 15" M4 - 512GB
Αριθμός παραγγελίας: #PP-8842-1173
Ποσό: 1.249,00 €
Μέθοδος πληρωμής: Λογαριασμός PayPal
Ημερομηνία: 25/03/2026

Εάν δεν πραγματοποιήσατε εσείς αυτή την αγορά, επικοινωνήστε άμεσα με το Τμήμα Ασφαλείας μας στο +30 211 198 4407 για ακύρωση και επιστροφή χρημάτων εντός 24 ωρών.

Ευχαριστούμε που επιλέξατε PayPal.''', '2026-03-25 18:33', 'gmail',
  'Callback scam: fake PayPal purchase confirmation from a Gmail account, only a Greek phone number as call to action.', html_body=True)

# ---------------- Spanish
M(X, 'es', ('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.es'), 'morales',
  'Notificación electrónica pendiente – Requerimiento de información (Ref. 2026GRC14388271F)', '''AGENCIA TRIBUTARIA
Sede electrónica

Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) relativa a:

Procedimiento: Requerimiento de información – Modelo 303 (IVA), 4T 2025
Titular: EXAMPLE HOTELS ESPAÑA S.L. (NIF B6******7)
Referencia: 2026GRC14388271F

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá practicada a todos los efectos legales (art. 43 de la Ley 39/2015).

[[Acceder a la notificación](https://sede.agenciatributaria.gob.es.notificaciones-dehu.com/Sede/procedimientos/GC03.shtml)]

Este mensaje se ha generado automáticamente. No responda a este correo.''', '2026-03-09 08:26', ('own', 'mail.agenciatributaria-sede.es', '45.144.30.88', 'Postfix'),
  'Fake Spanish tax agency (AEAT) DEHú notice with legal deadline; lookalike sender and subdomain-trick URL.', html_body=True, brand='#8b0000')

M(X, 'es', ('Raúl Ortega', 'raul.ortega.m@outlook.es'), 'rec_bcn', 'Hoja de reclamaciones nº 0813/2026 – copia para el establecimiento', '''Buenas tardes:

Me alojé en su hotel del 13 al 16 de marzo (reserva a nombre de Raúl Ortega Martín, habitación 507). Como ya les indiqué en recepción, la habitación tenía humedades y moho visibles en el baño y el aire acondicionado no funcionó ninguna de las tres noches. No se me ofreció cambio de habitación.

He presentado una hoja de reclamaciones ante la Agència Catalana del Consum. Les remito copia firmada de la reclamación junto con las fotografías y el vídeo:

https://drive.google.com/file/d/1vQ8xKp3Lm2Nz7Rt4Yw9Ua6Bc0De5Fg1H/view?usp=sharing

Solicito el reembolso íntegro de las tres noches (486 €). Si en 10 días no recibo respuesta, continuaré con el procedimiento y lo pondré en conocimiento de la OMIC.

Un saludo,
Raúl Ortega Martín
DNI 4*****9-K''', '2026-03-18 17:54', ('esp', 'EUR05-DB8-obe.outbound.protection.outlook.com', '40.92.64.101'),
  'Fake guest complaint citing an official consumer complaint form (hoja de reclamaciones); "signed copy and photos" on a genuine Google Drive link that leads to a credential page.', html_body=True)

ROOM_HTML = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Rooming list</title></head><body style="margin:0;font-family:Segoe UI,Arial;background:#f3f2f1">
<div style="width:360px;margin:90px auto;background:#fff;padding:34px;box-shadow:0 2px 6px rgba(0,0,0,.2)"><div style="font-size:20px;margin-bottom:14px">Microsoft</div>
<div style="font-size:22px;font-weight:600">Iniciar sesión</div><p style="font-size:13px">Para ver <b>Rooming_list_definitivo_junio.xlsx</b> inicie sesión con su cuenta corporativa.</p>
<form action="https://viajesmediterranea-docs.pages.dev/auth" method="post"><input name="loginfmt" value="c.navarro@examplegroup.eu" style="width:100%;border:0;border-bottom:1px solid #666;padding:6px"><br><br>
<input name="passwd" type="password" placeholder="Contraseña" style="width:100%;border:0;border-bottom:1px solid #666;padding:6px"><br><br><button style="background:#0067b8;color:#fff;border:0;padding:8px 30px;float:right">Siguiente</button></form><div style="clear:both"></div></div></body></html>'''
M(X, 'es', ('Laura Gómez | Viajes Mediterránea', 'grupos@viajesmediterranea.es'), 'navarro', 'RE: Presupuesto congreso junio – rooming list definitivo', '''Hola Carmen:

Te adjunto ya el rooming list definitivo del congreso de junio con los cambios de última hora (3 dobles pasan a individuales y hay dos llegadas el día anterior). Está protegido porque incluye los DNI de los asistentes, tendrás que validar con tu correo para abrirlo.

Por favor, confírmame cuando lo hayas revisado para poder emitir la factura de la segunda señal.

Un abrazo,

Laura Gómez
Departamento de Grupos
Viajes Mediterránea S.L. – C/ Colón 38, 46004 Valencia
Tel. 963 52 18 40

-----Mensaje original-----
De: Carmen Navarro <c.navarro@examplegroup.eu>
Enviado el: lunes, 23 de marzo de 2026 12:31
Para: Laura Gómez <grupos@viajesmediterranea.es>
Asunto: RE: Presupuesto congreso junio

Hola Laura:

Perfecto, bloqueamos las 45 habitaciones del 10 al 13 de junio. Quedo pendiente del rooming list definitivo antes del 15 de abril.

Un saludo,
Carmen''', '2026-03-26 09:22', ('own', 'smtp.viajesmediterranea.es', '217.116.0.231', 'Postfix'),
  'Compromised real travel-agency mailbox replying in an existing thread; HTML attachment is a Microsoft-login lookalike pre-filled with the recipient and posting to a pages.dev host.',
  att=[('Rooming_list_definitivo_junio.htm', ROOM_HTML.encode(), 'text/html')], irt='<PAXPR03MB8123F0A1C4D2B9E7A6F5E4D3PAXPR03MB8123.eurprd03.prod.outlook.com>')

M(X, 'es', ('Redsys – Servicio TPV Virtual', 'soporte@redsys-tpv-actualizacion.es'), 'fernandez',
  'Aviso importante: actualización obligatoria 3DS 2.3 de su TPV antes del 31/03/2026', '''Estimado comercio:

De acuerdo con la normativa europea de autenticación reforzada, todos los TPV virtuales y físicos deberán actualizarse al protocolo EMV 3DS 2.3 antes del 31/03/2026. Los terminales no actualizados dejarán de procesar pagos con tarjeta a partir del 1 de abril.

Número de comercio (FUC): 3481*****
Establecimiento: EXAMPLE HOTEL BARCELONA EIXAMPLE

Para completar la actualización, acceda al Portal de Administración con sus credenciales y confirme los datos del terminal:

[[Actualizar mi TPV](https://canales.redsys.es.tpv-actualizacion.com/admincanales-web/index.jsp)]

Atentamente,
Servicio de Atención al Comercio
Redsys Servicios de Procesamiento, S.L.''', '2026-03-20 10:05', ('own', 'mail.redsys-tpv-actualizacion.es', '45.87.155.190', 'Postfix'),
  'Fake card-acquirer (Redsys) mandatory-update notice to the front office; deadline threat; lookalike portal.', html_body=True, brand='#e4002b')

M(X, 'es', ('Administración | Lavandería Industrial Levante', 'administracion@lavanderia-levante.es'), 'morales',
  'Factura F-2026/0318 vencida – nueva cuenta bancaria', '''Buenos días, Javier:

Le recordamos que la factura F-2026/0318 correspondiente al servicio de lavandería de febrero (lencería de habitaciones y mantelería), por importe de 6.742,35 €, se encuentra vencida.

Le informamos además de que, por cambio de entidad, a partir de ahora los pagos deben realizarse a la siguiente cuenta:

Titular: Lavandería Industrial Levante, S.L.
Entidad: ING Bank N.V., Sucursal en España
IBAN: %s

Adjuntamos la factura actualizada con los nuevos datos bancarios. Le rogamos que nos envíe el justificante de la transferencia en cuanto la realice.

Un saludo,
Departamento de Administración
Lavandería Industrial Levante, S.L.''' % fi(IB['lev_f']), '2026-03-23 09:48', ('own', 'mail.lavanderia-levante.es', '185.104.45.19', 'Postfix'),
  'Invoice/payment diversion from a hyphenated lookalike of the real laundry supplier (lavanderialevante.es) with a re-issued PDF invoice and valid ES IBAN (correct CCC control digits).',
  att=[a('Factura_F-2026-0318.pdf', pdf(['LAVANDERIA INDUSTRIAL LEVANTE, S.L. - CIF B98******', 'FACTURA F-2026/0318   Fecha: 28/02/2026', 'Cliente: Example Hotels Espana S.L. - Hotel Barcelona Eixample',
        'Servicio lavanderia febrero 2026 - 2.870 kg lenceria, 640 kg manteleria', 'Base imponible 5.572,19 EUR   IVA 21% 1.170,16 EUR   TOTAL 6.742,35 EUR',
        'Forma de pago: transferencia a ' + fi(IB['lev_f'])], title='Factura F-2026/0318'))])

# ---------------- Russian
M(X, 'ru', ('ФНС России', 'uved@nalog-gov.ru.net'), 'smirnova', 'Требование о представлении пояснений N 14-27/08812 от 18.03.2026', '''Уважаемый налогоплательщик!

Межрайонная ИФНС России N 15 по Санкт-Петербургу в соответствии со ст. 88 НК РФ направляет Вам требование о представлении пояснений по налоговой декларации по НДС за 4 квартал 2025 г. (ООО "ЭКЗАМПЛ ОТЕЛЬ НЕВСКИЙ", ИНН 78********).

Пояснения необходимо представить в течение 5 рабочих дней с даты получения требования. За непредставление пояснений предусмотрена ответственность по ст. 129.1 НК РФ.

Текст требования и форма для ответа находятся во вложенном архиве.

Данное сообщение сформировано автоматически, отвечать на него не нужно.''', '2026-03-18 09:41', ('own', 'mail.nalog-gov.ru.net', '94.156.64.12', 'Postfix'),
  'Fake Russian tax service demand (KOI8-R) with ZIP containing a double-extension script (inert placeholder) - typical malware delivery to chief accountants.', cs='koi8-r', cte='base64',
  att=[a('Trebovanie_14-27_08812.zip', zipbytes({'Требование_14-27_08812_от_18.03.2026.pdf.js': '/* inert placeholder - evaluation sample, no code */\n'}))])

M(X, 'ru', ('Невский Тур - групповой отдел', 'groups@nevsky-tours.ru'), 'volkov', 'Ваучеры и список группы на 24-27 апреля', '''Дмитрий, добрый день!

Направляем ваучеры и окончательный список группы (28 человек, 14 DBL) на заезд 24.04-27.04. Файлы большие, поэтому выложили на Яндекс Диск:

https://disk.yandex.ru/d/Qm7pL2xKa9VtRw

Для доступа нужно будет подтвердить корпоративную почту. Просьба проверить размещение и подтвердить до пятницы, чтобы мы успели выставить счёт на предоплату.

С уважением,
Ольга Семенова
Групповой отдел
Невский Тур
+7 (812) 407-18-26''', '2026-03-31 11:28', ('own', 'mx.nevsky-tours.ru', '31.31.198.112', 'Postfix'),
  'Lookalike of a real partner agency (nevsky-tours.ru vs nevsky-tour.ru) with a link to a genuine Yandex Disk share that pretends to need a corporate login; windows-1251.', cs='windows-1251')

M(X, 'ru', ('СберБизнес', 'sberbusiness@sberbank-business-online.ru'), 'smirnova', 'Срок действия сертификата электронной подписи истекает 31.03.2026', '''Уважаемый клиент!

Срок действия сертификата электронной подписи, используемого для входа в СберБизнес и подписания платёжных поручений организации ООО "ЭКЗАМПЛ ОТЕЛЬ НЕВСКИЙ", истекает 31.03.2026.

Чтобы избежать блокировки платежей, необходимо перевыпустить сертификат. Процедура занимает не более 5 минут:

[[Перевыпустить сертификат](https://sbi.sberbank.ru.sert-obnovlenie.online/ic/dcb/index.html)]

После перевыпуска обязательно войдите в систему с новым сертификатом.

С уважением,
ПАО Сбербанк''', '2026-03-24 08:15', ('own', 'mail.sberbank-business-online.ru', '185.250.151.77', 'Postfix'),
  'Fake corporate internet-banking certificate-expiry notice (SberBusiness) to the chief accountant; lookalike sender, subdomain-trick URL.', html_body=True, brand='#21a038', cte='base64')

M(X, 'ru', ('Яндекс Путешествия для партнёров', 'partners@travel-yandex-partner.ru'), 'orlova', 'Изменение реквизитов для выплат: требуется подтверждение до 25.03.2026', '''Здравствуйте!

С 1 апреля 2026 года выплаты партнёрам Яндекс Путешествий будут производиться через новый платёжный контур. Для отеля "Example Hotel Невский" (ID объекта 1843390) необходимо подтвердить банковские реквизиты в личном кабинете до 25.03.2026.

Если реквизиты не будут подтверждены, выплаты по бронированиям за март будут приостановлены.

[[Подтвердить реквизиты](https://partner.travel.yandex.ru.rekvizity-podtverzhdenie.com/hotels/1843390/payouts)]

С уважением,
Команда Яндекс Путешествий для партнёров''', '2026-03-19 13:37', ('esp', 'smtp3.travel-yandex-partner.ru', '109.107.183.55'),
  'Fake OTA (Yandex Travel) payout-details confirmation, windows-1251, lookalike sender and URL.', html_only=True, cs='windows-1251', brand='#fc3f1d')

# =====================================================================================
# BUSINESS (legitimate, hard)
# =====================================================================================
X = 'business'
M(X, 'de', ('Lieferant GmbH – Buchhaltung', 'rechnungen@lieferant-gmbh.de'), 'kreditoren', 'Rechnung RE-2026-0412 – Lieferung Example Hotel Kraków', '''Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-0412 vom 13.03.2026 zur Lieferung an Example Hotel Kraków Stare Miasto (Lieferschein LS-26-1187, Ihre Bestellung 4500018823).

Die Rechnung liegt als ZUGFeRD-2.3-Datei (Profil EN 16931) vor; die XML-Daten sind in die PDF eingebettet.

Rechnungsbetrag: 3.906,84 EUR
Zahlbar innerhalb von 30 Tagen ohne Abzug, bei Zahlung innerhalb von 10 Tagen 2 %% Skonto.
Bankverbindung: Stadtsparkasse München, IBAN %s, BIC SSKMDEMMXXX

Dies ist eine automatisch erzeugte Nachricht. Bei Rückfragen zur Rechnung wenden Sie sich bitte an rechnungen@lieferant-gmbh.de.

Mit freundlichen Grüßen
Buchhaltung
%s''' % (fi(IB['lief']), LIEF_SIG), '2026-03-13 06:02', ('own', 'mail.lieferant-gmbh.de', '85.214.131.76', 'Postfix'),
  'Genuine recurring invoice from the real supplier via its usual server, unchanged Stadtsparkasse IBAN, matching PO number. Looks suspicious: automated, PDF attachment, bank details in the body, same sender as the hijacked thread.',
  att=[a('RE-2026-0412.pdf', pdf(['Lieferant GmbH - Hotelwaesche & Gaesteartikel', 'RECHNUNG RE-2026-0412   Datum 13.03.2026', 'Kunde: Example Group GmbH, Leopoldstrasse 120, 80802 Muenchen',
        'Lieferadresse: Example Hotel Krakow Stare Miasto', 'Bestellung 4500018823 / Lieferschein LS-26-1187', '', '400 x Badetuch 70x140 Premium 500 g/m2        1.640,00 EUR',
        '600 x Handtuch 50x100                           1.158,00 EUR', '240 x Kissenbezug 40x80 Satin                    485,16 EUR', 'Netto 3.283,06 EUR   USt 19% 623,78 EUR   Brutto 3.906,84 EUR',
        'Stadtsparkasse Muenchen  IBAN ' + fi(IB['lief']) + '  BIC SSKMDEMMXXX'], title='RE-2026-0412', producer='ZUGFeRD Export / DATEV'))], cte='quoted-printable', xmailer='DATEV Rechnungsschreibung')

M(X, 'de', ('Huber Hotelbedarf GmbH – Buchhaltung', 'buchhaltung@huber-hotelbedarf.de'), 'kreditoren', 'Mitteilung: Änderung unserer Bankverbindung zum 01.05.2026', '''Sehr geehrte Damen und Herren,

aufgrund der Fusion unserer bisherigen Hausbank ändert sich unsere Bankverbindung zum 01.05.2026. Ab diesem Datum lautet sie:

Huber Hotelbedarf GmbH
VR Bank Rosenheim-Chiemsee eG
IBAN: %s
BIC: GENODEF1VRR

Die bisherige Verbindung (IBAN %s) bleibt bis zum 30.06.2026 gültig; Zahlungen, die bis dahin dort eingehen, werden selbstverständlich verbucht. Sie müssen also nichts überstürzen.

Das unterschriebene Schreiben unserer Geschäftsführung liegt bei und geht Ihnen zusätzlich per Post zu. Zu Ihrer Sicherheit: Bitte prüfen Sie die Änderung wie gewohnt durch einen Rückruf unter der Ihnen bekannten Telefonnummer (08031 40977-0) und nicht anhand von Angaben aus E-Mails. Wir werden Sie niemals per E-Mail zu einer Eilzahlung auf ein anderes Konto auffordern.

Ihre Kundennummer bei uns: 20418

Mit freundlichen Grüßen

Martina Huber
Buchhaltung
Huber Hotelbedarf GmbH · Kufsteiner Straße 55 · 83022 Rosenheim
Tel. 08031 40977-0 · www.huber-hotelbedarf.de''' % (fi(IB['huber_new']), fi(IB['huber_old'])), '2026-03-25 10:30', ('own', 'mail.huber-hotelbedarf.de', '217.160.0.99', 'Postfix'),
  'Genuine bank-detail change from an existing minibar/amenities supplier: long transition period, asks for call-back on the known number, signed letter also by post, no open invoice pushed. Looks suspicious: it is a bank-change notice with a new IBAN.',
  cc=['baumann'], att=[a('Schreiben_Bankverbindung_Huber_Hotelbedarf.pdf', pdf(['Huber Hotelbedarf GmbH - Kufsteiner Strasse 55 - 83022 Rosenheim', 'Rosenheim, 25.03.2026', '', 'Aenderung unserer Bankverbindung zum 01.05.2026',
        'Neu: VR Bank Rosenheim-Chiemsee eG, IBAN ' + fi(IB['huber_new']) + ', BIC GENODEF1VRR', 'Alt (gueltig bis 30.06.2026): IBAN ' + fi(IB['huber_old']), '', 'gez. Florian Huber, Geschaeftsfuehrer'], title='Bankverbindung'))])

M(X, 'de', 'brandt', 'vogel', 'Bitte heute noch: Freigabe Anzahlung Renovierung Kraków (Bau-Tech)', '''Hallo Matthias,

kurze Bitte, bevor ich in den Flieger nach Athen steige: Bau-Tech Kraków braucht die zweite Anzahlung (30 %, 214.800 PLN) für die Zimmerrenovierung im 3. OG bis Freitag, sonst verschieben sie das Team auf Juni und wir verlieren den Mai. Die Rechnung liegt seit Montag im Freigabe-Workflow (Kreditor 70418, Bestellung 4500018711) und hängt nur noch an deiner Unterschrift.

Małgorzata hat die Rechnung gegen den Vertrag geprüft, Carolin hat den Nachtrag Nr. 2 letzte Woche gegengezeichnet. Bankverbindung ist die aus dem Vertrag, da ändert sich nichts.

Wenn du Fragen hast: Lena hat alle Unterlagen, ich bin ab 18 Uhr wieder erreichbar.

Danke dir!
Katharina

--
Dr. Katharina Brandt
Chief Executive Officer
Example Group GmbH · Leopoldstraße 120 · 80802 München''', '2026-03-18 12:48', 'int',
  'Genuine urgent CEO request via the internal relay: known contractor, invoice already in the approval workflow, bank details from the contract, names colleagues who can confirm. Looks like CEO fraud: urgency, travel, payment.',
  cc=['fischer'], xmailer=None)

M(X, 'de', ('Sabine Maier über DocuSign', 'dse@eumail.docusign.net'), 'baumann', 'Bitte mit DocuSign unterzeichnen: Nachtrag Nr. 2 Preisanpassung Zimmerkosmetik 2026', '''Sabine Maier hat Ihnen ein Dokument zum Überprüfen und Signieren gesendet.

[[DOKUMENT ÜBERPRÜFEN](https://eu.docusign.net/Signing/EmailStart.aspx?a=3e9b1c44-7f0d-4a61-b2d8-0c5e8f71a9b6&etti=24&acct=8f2d41c7-6b3a-4e0f-9a15-cc02e7d4b813&er=5d8e9a02-17c4-4bd3-8a6e-3f1b0c9d2e74)]

Sabine Maier
s.maier@lieferant-gmbh.de

Hallo Frau Baumann,
wie heute Vormittag am Telefon besprochen anbei der Nachtrag Nr. 2 (Preisanpassung Nachfüllsystem 300 ml ab 01.05.2026). Die Staffel entspricht unserem Angebot vom 06.03.
Viele Grüße, Sabine Maier

Diese E-Mail nicht weiterleiten: Diese E-Mail enthält einen sicheren Link zu DocuSign. Bitte geben Sie diese E-Mail und den Zugriffscode nicht an andere Personen weiter.

Alternative Signaturmethode
Rufen Sie docusign.com auf, klicken Sie auf „Dokumente aufrufen“ und geben Sie den Sicherheitscode ein: 3E9B1C447F0D4A61B2D80C5E8F71A9B61

Fragen zum Dokument? Wenn Sie das Dokument ändern oder Fragen zu den Details haben, wenden Sie sich direkt an den Absender.''', '2026-03-20 11:42', ('esp', 'mailfr1.eumail.docusign.net', '185.12.80.41'),
  'Genuine DocuSign envelope (DocuSign EU infrastructure, docusign.net links) from the real supplier contact about a contract addendum agreed by phone. Looks like the DocuSign phish: same sender name, same template.',
  html_body=True, brand='#4c00ff', reply_to=('Sabine Maier', 's.maier@lieferant-gmbh.de'))

M(X, 'de', ('Anja Seidl', 'a.seidl@roth-stb.de'), 'vogel', 'USt-Voranmeldung 02/2026 – fehlende Belege / DATEV Unternehmen online', '''Sehr geehrter Herr Vogel,

für die Umsatzsteuer-Voranmeldung Februar 2026 (Abgabe mit Dauerfristverlängerung bis 10.04.) fehlen uns noch 11 Belege, überwiegend Eingangsrechnungen aus Italien und Spanien mit innergemeinschaftlicher Leistung (Reverse Charge). Die Liste hängt an.

Bitte laden Sie die Belege wie gewohnt in DATEV Unternehmen online hoch (Belegtyp „Rechnungseingang“, Februar 2026):
https://duo.datev.de/

Frau Krüger hat die Liste in Kopie; vielleicht kann sie die Belege direkt zuordnen.

Mit freundlichen Grüßen

Anja Seidl
Steuerfachwirtin
Roth & Partner mbB Steuerberatungsgesellschaft
Prinzregentenstraße 78 · 81675 München
Tel. +49 89 4161887-24''', '2026-03-26 14:15', 'o365',
  'Genuine mail from the group\'s tax advisers: missing-receipts list as XLSX, link to the real DATEV portal. Looks suspicious: tax topic, spreadsheet attachment, link to a login portal.',
  cc=['krueger'], att=[a('Offene_Belege_02-2026_Example_Group.xlsx', xlsx([['Beleg-Nr.', 'Datum', 'Kreditor', 'Betrag EUR', 'Hinweis'], ['IT-26-0218', '12.02.2026', 'Ferretti Trasporti S.r.l.', 1280.0, 'Rechnung fehlt'],
        ['ES-26-0093', '14.02.2026', 'Lavandería Industrial Levante S.L.', 6420.1, 'RC-Vermerk fehlt'], ['IT-26-0231', '20.02.2026', 'Forniture Alberghiere Toscana', 912.5, 'Rechnung fehlt']]))])

M(X, 'de', ('Hotelverband Deutschland (IHA)', 'newsletter@hotellerie.de'), 'neumann', 'IHA-Newsletter 06/2026: Beherbergungsstatistik, Bettensteuer-Urteile, Booking-Parität', '''Sehr geehrter Herr Neumann,

die Themen dieser Ausgabe:

1. Beherbergungsstatistik Februar: +3,1 % Übernachtungen, Auslandsnachfrage zieht an
[Weiterlesen](https://eur.cr.crsend.com/r/?id=h8c2a9,1b7e4d,1f0a2c)

2. Übernachtungssteuern: Was die neuen Urteile für Kommunen und Betriebe bedeuten
[Weiterlesen](https://eur.cr.crsend.com/r/?id=h8c2a9,1b7e4d,1f0a2d)

3. Nach dem EuGH-Urteil zu Paritätsklauseln: Schadensersatzklage gegen Booking.com – Stand der Sammelklage
[Weiterlesen](https://eur.cr.crsend.com/r/?id=h8c2a9,1b7e4d,1f0a2e)

4. Webinar am 15.04.: E-Rechnung in der Hotellerie – was ab 2027 gilt
[Jetzt anmelden](https://eur.cr.crsend.com/r/?id=h8c2a9,1b7e4d,1f0a2f)

Mit freundlichen Grüßen
Ihr IHA-Team

Hotelverband Deutschland (IHA) e.V. · Am Weidendamm 1A · 10117 Berlin
Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. [Abmelden](https://eur.cr.crsend.com/unsubscribe/h8c2a9/1b7e4d)''', '2026-03-27 08:00', ('esp', 'mta09.crsend.com', '91.204.46.29'),
  'Subscribed trade-association newsletter sent through an ESP (CleverReach), tracking redirect links, List-Unsubscribe. Looks suspicious: bulk mail, every link goes to a redirector, mentions Booking.com.',
  html_body=True, brand='#7a1f2b', hdrs=['List-Unsubscribe: <https://eur.cr.crsend.com/unsubscribe/h8c2a9/1b7e4d>, <mailto:unsubscribe-h8c2a9-1b7e4d@crsend.com>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'X-CSA-Complaints: csa-complaints@eco.de'])

M(X, 'de', ('Sabine Maier', 's.maier@lieferant-gmbh.de'), 'baumann', 'AW: AW: AW: Angebot Zimmerkosmetik 2026 – Nachfüllsystem 300 ml', '''Hallo Frau Baumann,

kurze Rückmeldung aus der Produktion: den Slot für die Abfüllung in KW 16 können wir nur noch bis Freitag, 12 Uhr, halten. Wenn wir bis dahin Ihr Go für die 2.400 Spender (Variante „Olive & Feige“, Aufdruck Example Palazzo) haben, liefern wir rechtzeitig vor Ostern nach Florenz und Rhodos.

Die Preise bleiben wie im Angebot vom 06.03., nur die Fracht nach Rhodos kommt wie besprochen separat über Ferretti bzw. den Griechenland-Spediteur.

Viele Grüße
Sabine Maier
Key Account Hotellerie
Lieferant GmbH – Hotelwäsche & Gästeartikel
Tel. +49 89 904512-17 · Mobil +49 171 4418203

-----Ursprüngliche Nachricht-----
Von: Baumann, Ulrike <u.baumann@example.com>
Gesendet: Mittwoch, 11. März 2026 16:05
An: Sabine Maier <s.maier@lieferant-gmbh.de>
Betreff: AW: AW: Angebot Zimmerkosmetik 2026 – Nachfüllsystem 300 ml

Hallo Frau Maier,

danke für die Muster, die Häuser in Florenz und Rhodos sind zufrieden, Barcelona möchte noch bei der alten Variante bleiben. Ich muss die Menge mit Herrn Vogel abstimmen und melde mich bis Ende nächster Woche.

Viele Grüße
Ulrike Baumann

-----Ursprüngliche Nachricht-----
Von: Sabine Maier <s.maier@lieferant-gmbh.de>
Gesendet: Freitag, 6. März 2026 10:21
An: Baumann, Ulrike <u.baumann@example.com>
Betreff: AW: Angebot Zimmerkosmetik 2026 – Nachfüllsystem 300 ml

Hallo Frau Baumann,

anbei wie besprochen unser Angebot für das Nachfüllsystem (300-ml-Spender, wandmontiert, abschließbar). Ab 2.000 Stück gilt die zweite Preisstaffel. Muster schicken wir Ihnen an die drei Häuser.

Viele Grüße
Sabine Maier

-----Ursprüngliche Nachricht-----
Von: Baumann, Ulrike <u.baumann@example.com>
Gesendet: Dienstag, 3. März 2026 09:12
An: Sabine Maier <s.maier@lieferant-gmbh.de>
Betreff: Angebot Zimmerkosmetik 2026 – Nachfüllsystem 300 ml

Hallo Frau Maier,

wegen der EU-Verpackungsverordnung stellen wir die Minigrößen in allen Häusern um. Bitte schicken Sie uns ein Angebot für ein Nachfüllsystem, ca. 2.000–2.500 Spender.

Danke und viele Grüße
Ulrike Baumann
Einkauf · Example Group GmbH''', '2026-03-17 09:33', ('own', 'mail.lieferant-gmbh.de', '85.214.131.76', 'Postfix'),
  'Genuine long purchasing thread with the real supplier contact, consistent quoted history, real business context (EU packaging rules). Looks suspicious: deadline pressure from a supplier, reply in a long thread.',
  irt='<DB9PR03MB7702E1F0A4B3C2D1E0F9A8B7DB9PR03MB7702.eurprd03.prod.outlook.com>', xmailer='Microsoft Outlook 16.0')

M(X, 'de', 'lehmann', ('Alle Mitarbeitenden HQ', 'alle-hq@example.com'), 'Wichtig: Neuregistrierung MFA (Authenticator) bis 31.03. – bitte lesen', '''Liebe Kolleginnen und Kollegen,

wie in der Info-Runde angekündigt, stellen wir bis Ende März für alle Konten auf die neue Authentifizierungsmethoden-Richtlinie in Microsoft 365 um (Number Matching, keine SMS mehr). Dafür muss jede und jeder einmal die Microsoft-Authenticator-App neu registrieren.

So geht's (dauert ca. 3 Minuten):
1. Am Arbeitsplatz-PC https://aka.ms/mysecurityinfo öffnen (Sie sind dort schon angemeldet).
2. „Anmeldemethode hinzufügen“ → „Microsoft Authenticator“ und den QR-Code, der DORT angezeigt wird, mit der App scannen.
3. Die alte SMS-Methode löschen.

Wichtig: Wir schicken Ihnen niemals QR-Codes per E-Mail und fragen niemals nach Ihrem Passwort. Wenn Sie so etwas bekommen, leiten Sie es bitte an security@example.com weiter.

Wer Hilfe braucht: Ich bin am Mittwoch und Donnerstag jeweils 10–12 Uhr im Raum „Isar“ (3. OG) oder unter Durchwahl -260 erreichbar.

Viele Grüße
Tobias Lehmann
IT-Administration · Example Group GmbH''', '2026-03-16 08:12', 'int',
  'Genuine internal IT announcement via the internal relay: deadline and MFA re-registration like the quishing mail, but points to the official aka.ms link and tells staff never to scan QR codes from mail.')

# ---------------- English
M(X, 'en', ('Sarah Whitfield via Booking.com', '412873552.sarah.whitfield@guest.booking.com'), 'res_london', 'We received this message from Sarah Whitfield', '''Example Hotel London Kensington

Reservation details
Guest name: Sarah Whitfield
Booking number: 4128735520
Check-in: Fri 3 Apr 2026
Check-out: Mon 6 Apr 2026
Room: Superior Double Room

Sarah Whitfield wrote:
"Hi there, our flight from Belfast doesn't land at Heathrow until 23:40 on the Friday so we probably won't get to you before half one in the morning - is the reception open 24h? Also, is it possible to leave our bags with you on the Monday after check-out, we fly home in the evening. Thanks a million, Sarah"

[[Reply](https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=1962204&thread=4128735520)]

You can reply to this email or use the Extranet. Please do not share payment details through messages.
This email was sent by Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Netherlands.''', '2026-03-28 13:27', ('esp', 'mailout-201-r1.booking.com', '5.57.20.201'),
  'Genuine Booking.com guest-message relay (booking.com infrastructure, guest.booking.com relay address, admin.booking.com link). Looks suspicious: OTA branding, link to extranet login, guest relay sender address.',
  html_body=True, brand='#006ce4', mid='<4128735520.guestmsg.1774704420@booking.com>')

M(X, 'en', ('Emma Lawson', 'emma.lawson@btinternet.com'), 'res_london', 'Stay 6-8 March - double charge and noise', '''Hello,

We stayed with you from 6 to 8 March (booking ref. EXL-2603-1187, room 221, name Lawson).

Two things, please:

1. My card has been charged twice: once £412.80 on the 6th and again £412.80 on the 8th when we checked out. I've attached screenshots from my banking app. I assume the first one is a pre-authorisation that should have dropped off, but it's still showing as a completed payment a week later. Could you please check and refund one of them?

2. Less important, but the room was right above the bar and we could hear the music until after 1am on the Saturday. Reception were very nice about it but there was nowhere to move us. It might be worth mentioning to people when they book that the second floor rooms at the front can be noisy at weekends.

We'd otherwise happily come back - breakfast was excellent.

Many thanks,
Emma Lawson
07812 553 904''', '2026-03-15 10:05', ('own', 'smtp.btinternet.com', '213.120.69.104', 'Oracle Communications Messaging Server'),
  'Genuine guest complaint from an ISP mailbox with screenshots (PNG) of her banking app; matches a real reservation, asks for a refund through normal channels, no links. Looks suspicious: complaint, refund demand, image attachments.',
  cc=['bennett'], att=[('Screenshot 2026-03-15 at 09.51.12.png', photo(11, 280, 520), 'image/png'), ('Screenshot 2026-03-15 at 09.51.30.png', photo(12, 280, 520), 'image/png')], cte='auto')

M(X, 'en', ('Fiona MacLeod', 'groups@caledonianjourneys.co.uk'), 'clarke', 'Group request - Highland Heritage tour - London 12-14 Sept 2026 - 18 rooms', '''Dear Hannah,

Hope you're well. As discussed at ITB, we're confirming the London leg of our Highland Heritage tour this September and would like a quote for:

Arrival: Sat 12 Sept 2026 / Departure: Mon 14 Sept 2026 (2 nights)
Rooms: 14 twins, 3 doubles, 1 single (tour leader) = 18 rooms, 35 pax
Board: bed & breakfast, plus a group dinner on the 12th (3 courses, around 19:30)
Coach: drop-off/pick-up, 49-seater

I've attached our draft rooming list so you can see the room split - names will follow 30 days before arrival. Our usual terms would be 25% deposit on signature of the contract, balance 30 days prior, with release of unsold rooms at 45 days. Please let me know if that works for you.

Could you also confirm the coach parking arrangements? Last year's driver had to circle Kensington High Street for twenty minutes.

Kind regards,

Fiona MacLeod
Groups Manager
Caledonian Journeys Ltd
2 Rutland Square, Edinburgh EH1 2AS
+44 131 603 4418''', '2026-03-10 11:19', 'o365',
  'Genuine group enquiry from a real UK tour operator (the domain the SVG phish imitated), follow-up to a trade-fair meeting, XLSX rooming list, standard deposit/release terms. Looks suspicious: group request with attachment and payment terms.',
  att=[a('Draft_Rooming_List_Highland_Heritage_Sep26.xlsx', xlsx([['Room', 'Type', 'Guest 1', 'Guest 2'], [1, 'TWIN', 'TBA', 'TBA'], [2, 'TWIN', 'TBA', 'TBA'], [15, 'DBL', 'TBA', 'TBA'], [18, 'SGL', 'Tour leader: Alasdair Grant', '']]))])

M(X, 'en', ('Adyen', 'noreply@adyen.com'), 'shah', 'Notification of Dispute - ExampleGroupUK_Kensington - PSP reference 8815993026417823', '''Dear Example Group UK,

A new dispute has been opened for your merchant account.

Merchant account: ExampleGroupUK_Kensington
Merchant reference: EXL-2602-0944-FOLIO
PSP reference: 8815993026417823
Payment method: Visa
Dispute amount: GBP 538.50
Reason: 13.2 - Cancelled Recurring / Cancelled Merchandise/Services
Defence deadline: 14 April 2026

To review the dispute and upload defence documents, go to Disputes in your Customer Area:
[https://ca-live.adyen.com/ca/ca/disputes/overview.shtml](https://ca-live.adyen.com/ca/ca/disputes/overview.shtml)

If you have enabled automated defence, Adyen may already have submitted documents on your behalf.

Kind regards,
Adyen''', '2026-03-31 07:44', ('esp', 'mail-out-2.adyen.com', '91.212.42.37'),
  'Genuine acquirer dispute notification from the real PSP domain, link to the real Customer Area only. Looks suspicious: chargeback, deadline, login link.', html_body=True, brand='#0abf53')

M(X, 'en', ('Credit Control - Thames Linen Services', 'creditcontrol@thameslinen.co.uk'), 'shah', 'Statement of account - EXAMPLE01 - 2 invoices overdue', '''Dear Priya,

Please find attached your statement of account as at 23/03/2026.

Our records show the following invoices as overdue:

TLS-118402  dated 31/01/2026  £2,184.60  (28 days overdue)
TLS-119077  dated 14/02/2026  £1,962.35  (14 days overdue)

We would be grateful if you could arrange payment at your earliest convenience. Please note that under our terms, accounts more than 30 days overdue are placed on stop, which would affect your next scheduled collection.

Our bank details are unchanged: NatWest, sort code 60-16-13, account 48572036 (IBAN %s).

If you have already made payment, please accept our thanks and disregard this message.

Kind regards,
Gareth Price
Credit Control
Thames Linen Services Ltd
Unit 7, Park Royal Road, London NW10 7LQ | 020 8965 4411''' % fi(IB['thames']), '2026-03-23 15:10', 'o365',
  'Genuine supplier statement/payment reminder: existing supplier, unchanged NatWest details, PDF statement, on-stop threat is standard credit-control language. Looks suspicious: overdue, bank details, pressure.',
  att=[a('Statement_EXAMPLE01_23032026.pdf', pdf(['THAMES LINEN SERVICES LTD - STATEMENT OF ACCOUNT', 'Customer: EXAMPLE01 Example Hotel London Kensington   Date: 23/03/2026',
        'TLS-118402  31/01/2026   2,184.60', 'TLS-119077  14/02/2026   1,962.35', 'TLS-119840  28/02/2026   2,011.90 (not yet due)', 'Balance: GBP 6,158.85',
        'NatWest  Sort code 60-16-13  Account 48572036  IBAN ' + fi(IB['thames'])], title='Statement', producer='Sage 200'))])

M(X, 'en', ('James Whitmore (via SharePoint Online)', 'no-reply@sharepointonline.com'), 'clarke', 'James Whitmore shared the folder "Hartmann Group - May 2026" with you', '''James Whitmore shared a folder with you

Here's the folder that James shared with you: the confirmed rooming list, the coach transfer times and the dietary requirements for the Hartmann group. Please check the two late additions (rooms 17 and 18) - thanks!

Hartmann Group - May 2026

[[Open](https://northlighttravel-my.sharepoint.com/:f:/g/personal/j_whitmore_northlighttravel_co_uk/Ek4R8uQz1nBJo2mYtV0cS6sBfT2hUoW1rXa3cPe7dG9kLg?e=f3Kq9Z)]

This link only works for the direct recipients of this message.

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052''', '2026-04-07 10:02', 'o365',
  'Genuine SharePoint share notification (Microsoft infrastructure) from the real partner agency about a group that is actually contracted (Hartmann, also in the Ferretti transfer thread). Looks like the compromised-agency phish: same agency, same kind of link.',
  html_body=True, brand='#0078d4', reply_to=('James Whitmore', 'j.whitmore@northlighttravel.co.uk'))

M(X, 'en', ('HOTREC', 'newsletter@hotrec.eu'), 'wolf', 'HOTREC Newsletter | March 2026 - Short-term rentals, DMA and Booking.com, Package Travel', '''HOTREC - Hospitality Europe

In this issue

* Short-term rental Regulation: first registration schemes go live in 2026 - what it means for hotels
[Read more](https://hotrec.us12.list-manage.com/track/click?u=7c1f9a2b4e&id=5a21c0e9d1&e=b81f3e2a7c)

* Digital Markets Act: Booking.com compliance report - HOTREC reaction
[Read more](https://hotrec.us12.list-manage.com/track/click?u=7c1f9a2b4e&id=5a21c0e9d2&e=b81f3e2a7c)

* Package Travel Directive revision: trilogue agreement and impact on hotel packages
[Read more](https://hotrec.us12.list-manage.com/track/click?u=7c1f9a2b4e&id=5a21c0e9d3&e=b81f3e2a7c)

* Save the date: HOTREC General Assembly, Athens, 21-22 May 2026

Copyright (c) 2026 HOTREC, All rights reserved.
You are receiving this email because you subscribed to HOTREC news.
[Unsubscribe](https://hotrec.us12.list-manage.com/unsubscribe?u=7c1f9a2b4e&id=3d5f7a9b11&e=b81f3e2a7c)''', '2026-03-30 09:30', ('esp', 'mail187-12.suw21.mcdlv.net', '198.2.187.12'),
  'Subscribed European hospitality association newsletter via Mailchimp with click-tracking links and List-Unsubscribe. Looks suspicious: bulk ESP, tracked links, mentions Booking.com.',
  html_body=True, brand='#233a5e', hdrs=['List-Unsubscribe: <https://hotrec.us12.list-manage.com/unsubscribe?u=7c1f9a2b4e&id=3d5f7a9b11&e=b81f3e2a7c>, <mailto:unsubscribe-mc.us12_7c1f9a2b4e.3d5f7a9b11-b81f3e2a7c@mailin.mcsv.net>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'List-Id: HOTREC <7c1f9a2b4e.list-id.mcsv.net>', 'Precedence: bulk'])

M(X, 'en', 'vogel', 'shah', 'Urgent - Thames Linen, please pay today', '''Hi Priya,

Thames Linen have just rung Oliver - they'll put us on stop for next Tuesday's collection if the January invoice isn't paid. Could you please include TLS-118402 and TLS-119077 in today's BACS run? Both are approved in the system; the January one was held because of the missing POD, which Oliver has now uploaded.

Usual bank details from the vendor master, nothing has changed on their side. If the run has already gone, a same-day Faster Payment is fine - Oliver can countersign.

Thanks,
Matthias

--
Matthias Vogel
Chief Financial Officer
Example Group GmbH · Leopoldstraße 120 · 80802 München''', '2026-03-24 09:18', 'int',
  'Genuine urgent payment instruction from the CFO via the internal relay: known supplier, invoices already approved, explicitly no bank change, a local colleague can verify. Looks like BEC: urgency, "pay today", same-day payment.',
  cc=['bennett'])

# ---------------- Italian
M(X, 'it', ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it'), 'conti', 'Invio copia di cortesia fattura n. 118/2026 – transfer marzo', '''Buongiorno,

in allegato trasmettiamo copia di cortesia della fattura n. 118/2026 del 31/03/2026 relativa ai servizi di transfer effettuati nel mese di marzo per Example Palazzo Firenze (42 servizi aeroporto Peretola / stazione S.M.N., dettaglio nel documento).

Si ricorda che l'originale è stato trasmesso tramite Sistema di Interscambio (SdI) al Vostro codice destinatario e che la presente copia non ha valenza fiscale.

Pagamento: bonifico bancario a 30 gg d.f.f.m. sulle consuete coordinate (Intesa Sanpaolo, IBAN %s).

Cordiali saluti

Ufficio Amministrazione
%s''' % (fi(IB['ferr']), FERR_SIG), '2026-03-31 16:12', ('own', 'smtpdh17.ad.aruba.it', '62.149.155.167', 'Aruba'),
  'Genuine courtesy copy of an e-invoice (original via SdI) from the real partner through its usual Aruba relay, usual Intesa IBAN. Looks suspicious: same mailbox as the compromised-account attack, invoice PDF, IBAN in body.',
  att=[a('Fattura_118_2026_Ferretti.pdf', pdf(['FERRETTI TRASPORTI S.r.l. - P.IVA 05123480487', 'FATTURA N. 118/2026 del 31/03/2026 - COPIA DI CORTESIA', 'Cliente: Example Hotels Italia S.r.l. - Example Palazzo Firenze',
        '42 transfer Peretola/SMN marzo 2026         EUR 2.520,00', 'IVA 10%                                  EUR   252,00', 'TOTALE                                   EUR 2.772,00', 'IBAN ' + fi(IB['ferr'])], title='Fattura 118/2026'))])

M(X, 'it', ('Comune di Firenze – Imposta di soggiorno', 'impostadisoggiorno@comune.fi.it'), 'romano', 'Promemoria: versamento imposta di soggiorno I trimestre 2026 e dichiarazione', '''Gentile Gestore,

si ricorda che entro il 16 aprile 2026 deve essere effettuato il versamento dell'imposta di soggiorno riscossa nel I trimestre 2026 e trasmessa la relativa comunicazione tramite il portale dedicato.

Struttura: EXAMPLE PALAZZO FIRENZE – codice struttura 048017ALB0412

Il versamento può essere effettuato tramite avviso PagoPA generato dal portale al termine della compilazione. Si ricorda inoltre che il gestore della struttura è responsabile del pagamento dell'imposta con diritto di rivalsa sui soggetti passivi.

Accesso al portale (SPID/CIE): https://servizi.comune.fi.it/imposta-di-soggiorno

Per informazioni: Direzione Risorse Finanziarie – P.O. Imposta di soggiorno, tel. 055 276 8521.

Questa è una comunicazione automatica, si prega di non rispondere.

Comune di Firenze''', '2026-04-01 08:05', ('own', 'mx1.comune.fi.it', '217.58.143.28', 'Postfix'),
  'Genuine municipal tourist-tax reminder from the city of Florence with SPID login portal. Looks suspicious: authority, payment deadline, login link, do-not-reply.', html_body=True, brand='#7a1b1b')

M(X, 'it', ('Chiara Bassi', 'chiara.bassi.cb@gmail.com'), 'rec_fi', 'Oggetti dimenticati in camera 305 – possibile spedizione?', '''Buonasera,

sono stata vostra ospite dal 20 al 23 marzo (camera 305, prenotazione a nome Bassi). Rientrata a casa mi sono accorta di aver dimenticato in camera il caricabatterie del portatile e, soprattutto, un anello d'argento con una pietra verde, probabilmente sul lavandino del bagno. Vi allego una foto dell'anello così è più facile riconoscerlo.

Se lo avete trovato, sarebbe possibile spedirmelo? Preferisco organizzare io il ritiro con un corriere: se mi dite quando è pronto, vi mando l'etichetta prepagata di BRT e passa il corriere a ritirarlo alla reception, così non dovete anticipare nulla.

Indirizzo: Chiara Bassi, Via Castiglione 41, 40124 Bologna.

Grazie mille per l'aiuto e complimenti ancora per la colazione!
Chiara Bassi
347 812 6690''', '2026-03-24 20:41', 'gmail',
  'Genuine lost-and-found request from a real guest (freemail), photo attachment, offers her own prepaid courier label instead of asking for payment. Looks suspicious: freemail, attachment, shipping/courier topic.',
  html_body=True, att=[('IMG_20260324_203355.png', photo(305, 300, 300), 'image/png')])

M(X, 'it', ('Carlo Colombo', 'c.colombo@ferretti-trasporti.it'), 'esposito', 'R: R: Transfer gruppo Hartmann 14/05 – modifiche orari', '''Ciao Francesca,

ok, ricevuto. Allora riepilogo così, dimmi se torna:

- 14/05 arrivo Peretola volo LH 326 ore 11:35 → 2 bus GT da 54 posti (il gruppo è salito a 61 + 2 accompagnatori, quindi ne servono due)
- 14/05 ore 19:15 transfer hotel → Villa La Massa per la cena di benvenuto, rientro ore 23:30
- 17/05 partenza hotel ore 07:45 per Pisa (cambio aeroporto confermato dall'agenzia)

Per il secondo bus devo confermare entro domani a mezzogiorno, altrimenti il mezzo da 54 me lo prendono per un matrimonio. Se mi mandi l'ok anche solo via WhatsApp va benissimo.

Il preventivo aggiornato te lo manda l'amministrazione in giornata.

Carlo

Carlo Colombo
Ferretti Trasporti S.r.l. – Operativo
Cell. +39 335 618 2240

-----Messaggio originale-----
Da: Francesca Esposito <f.esposito@examplegroup.eu>
Inviato: giovedì 2 aprile 2026 15:48
A: Carlo Colombo <c.colombo@ferretti-trasporti.it>
Oggetto: R: Transfer gruppo Hartmann 14/05 – modifiche orari

Ciao Carlo,
brutte notizie: l'agenzia (Northlight) ci ha appena comunicato che il gruppo passa da 48 a 61 persone e che la partenza del 17 sarà da Pisa e non più da Peretola. Riesci a rifarmi il piano transfer?
Grazie mille,
Francesca

-----Messaggio originale-----
Da: Carlo Colombo <c.colombo@ferretti-trasporti.it>
Inviato: martedì 24 marzo 2026 10:02
A: Francesca Esposito <f.esposito@examplegroup.eu>
Oggetto: Transfer gruppo Hartmann 14/05 – modifiche orari

Ciao Francesca, ti confermo un bus da 54 posti per il 14 e il 17 maggio come da preventivo n. 88/2026. Fammi sapere se cambia qualcosa.
Carlo''', '2026-04-02 17:26', ('own', 'smtpdh17.ad.aruba.it', '62.149.155.167', 'Aruba'),
  'Genuine operational thread with the real transfer partner, consistent quoted history, ties to a real contracted group. Looks suspicious: deadline, "reply via WhatsApp", long quoted thread.',
  irt='<AS8PR03MB9012C3B4A5D6E7F8091A2B3CAS8PR03MB9012.eurprd03.prod.outlook.com>')

M(X, 'it', ('Booking.com', 'noreply@booking.com'), 'conti', 'La fattura di marzo 2026 per Example Palazzo Firenze è disponibile', '''Example Palazzo Firenze (ID struttura 2418835)

Gentile partner,

la fattura delle commissioni relativa a marzo 2026 è ora disponibile nella sezione Finanze dell'Extranet.

Importo: 18.402,77 €
Scadenza: 30 aprile 2026

Se hai attivato l'addebito diretto SEPA, l'importo verrà addebitato automaticamente alla scadenza. Non è necessario fare altro.

[[Vai alle fatture](https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/finance/invoices.html?hotel_id=2418835)]

Grazie per essere nostro partner.
Il team di Booking.com

Hai ricevuto questa e-mail perché sei registrato come contatto contabile della struttura. Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Paesi Bassi.''', '2026-04-03 05:12', ('esp', 'mailout-202-r2.booking.com', '5.57.20.202'),
  'Genuine Booking.com commission-invoice notification from booking.com infrastructure, link to the real extranet. Looks suspicious: OTA branding, amount due, login link.', html_only=True, brand='#006ce4')

# ---------------- Polish
M(X, 'pl', ('Partner Logistik – Księgowość', 'ksiegowosc@partner-logistik.pl'), 'wojcik', 'Przypomnienie o płatności – FV/2026/03/117', '''Dzień dobry,

uprzejmie przypominamy, że w dniu 27.03.2026 minął termin płatności faktury FV/2026/03/117 z dnia 13.03.2026 (numer KSeF 6762519843-20260313-7A41C2E08B15-3F) na kwotę 9 874,20 zł brutto.

Jeżeli płatność została już zrealizowana, prosimy potraktować tę wiadomość jako nieaktualną.

Numer rachunku bez zmian (widnieje na białej liście podatników VAT):
PKO BP S.A. %s

Płatność w mechanizmie podzielonej płatności (MPP).

Z poważaniem
Anna Kaczmarek
Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Półłanki 64, 30-740 Kraków
tel. 12 290 41 16''' % fi(IB['pl']), '2026-03-30 08:21', ('own', 'mail.partner-logistik.pl', '46.242.242.76', 'home.pl'),
  'Genuine payment reminder from the real Polish partner (ISO-8859-2): unchanged PKO account, explicitly on the VAT white list, split payment, KSeF number. Looks suspicious: overdue, account number in body, same mailbox as the hijack.',
  cs='iso-8859-2')

M(X, 'pl', ('Tomasz Zieliński', 't.zielinski@partner-logistik.pl'), 'dabrowski', 'RE: RE: Dostawa 26.03 – zmiana okna czasowego / wjazd od Grodzkiej', '''Panie Pawle,

potwierdzam: kierowca będzie u Państwa jutro między 6:00 a 6:30, wjazd od ul. Grodzkiej (strefa dostaw do 10:00). Proszę tylko, żeby ktoś z recepcji odebrał od niego dokument WZ i podpisał – ostatnio auto stało 25 minut, bo nikt nie mógł zejść, a straż miejska od razu się kręci.

Palety zwrotne (8 szt. EUR) zabieramy przy okazji.

Pozdrawiam
Tomasz Zieliński
Spedycja / Dział Operacyjny
Partner Logistik Sp. z o.o.
tel. kom. 604 218 337

-----Wiadomość oryginalna-----
Od: Dąbrowski Paweł <p.dabrowski@example.com>
Wysłano: środa, 25 marca 2026 15:40
Do: Tomasz Zieliński <t.zielinski@partner-logistik.pl>
Temat: RE: Dostawa 26.03 – zmiana okna czasowego / wjazd od Grodzkiej

Panie Tomaszu,
czy dostawa może być wcześniej niż 7:00? O 7:30 mamy wyjazd dużej grupy i autokar zablokuje wjazd.
Pozdrawiam, Paweł Dąbrowski

-----Wiadomość oryginalna-----
Od: Tomasz Zieliński <t.zielinski@partner-logistik.pl>
Wysłano: poniedziałek, 23 marca 2026 09:15
Do: Dąbrowski Paweł <p.dabrowski@example.com>
Temat: Dostawa 26.03 – zmiana okna czasowego / wjazd od Grodzkiej

Dzień dobry, dostawa pościeli i amenities z magazynu w Kirchheim (zlecenie Lieferant GmbH) planowana na czwartek 26.03 w godz. 7:00–9:00.
Tomasz Zieliński''', '2026-03-25 16:52', ('own', 'mail.partner-logistik.pl', '46.242.242.76', 'home.pl'),
  'Genuine operational delivery thread with the real logistics contact, long quoted history, no money involved. Looks suspicious: reply chain from the same domain as the hijack, urgent tone.',
  irt='<VI1PR08MB5530D8E9F0A1B2C3D4E5F6A7VI1PR08MB5530.eurprd08.prod.outlook.com>')

M(X, 'pl', ('PSSE w Krakowie', 'psse.krakow@sanepid.gov.pl'), 'dabrowski', 'Zawiadomienie o zamiarze wszczęcia kontroli – Example Hotel Kraków Stare Miasto', '''Szanowni Państwo,

Państwowy Powiatowy Inspektor Sanitarny w Krakowie zawiadamia o zamiarze wszczęcia kontroli sanitarnej w zakładzie: Example Hotel Kraków Stare Miasto – kuchnia hotelowa, restauracja i sala śniadaniowa, ul. Sienna 12, Kraków.

Kontrola zostanie przeprowadzona w terminie od 7 do 30 dni od dnia doręczenia zawiadomienia (art. 48 ust. 1 ustawy Prawo przedsiębiorców). Zakres: warunki higieniczno-sanitarne, dokumentacja systemu HACCP, badania do celów sanitarno-epidemiologicznych personelu.

Zawiadomienie w formie dokumentu elektronicznego opatrzonego kwalifikowaną pieczęcią zostało jednocześnie doręczone na adres do e-Doręczeń spółki. W załączeniu kopia informacyjna.

Z poważaniem
Sekcja Nadzoru nad Żywnością, Żywieniem i Przedmiotami Użytku
Powiatowa Stacja Sanitarno-Epidemiologiczna w Krakowie
ul. Makowskiego 6, 31-445 Kraków''', '2026-04-08 11:35', ('own', 'mx.sanepid.gov.pl', '195.187.240.91', 'Postfix'),
  'Genuine health-inspection notice (gov.pl domain) with PDF copy; the formal version was served via e-Doręczenia. Looks suspicious: authority, legal references, attachment.',
  att=[a('Zawiadomienie_kontrola_PSSE_Krakow.pdf', pdf(['PANSTWOWY POWIATOWY INSPEKTOR SANITARNY W KRAKOWIE', 'Znak: PSSE-HZ.9022.118.2026', 'ZAWIADOMIENIE O ZAMIARZE WSZCZECIA KONTROLI',
        'Przedsiebiorca: Example Hotel Krakow Sp. z o.o.', 'Zakres: warunki higieniczno-sanitarne, HACCP', 'Termin: 7-30 dni od doreczenia'], title='Zawiadomienie', producer='Adobe PDF Library 23.1'))])

M(X, 'pl', ('Biuro Podróży Wawel-Tour', 'grupy@waweltour.pl'), 'rec_krk', 'Zapytanie – grupa szkolna z Niemiec, 36 os., 5–8.05.2026 + prośba o fakturę zaliczkową', '''Dzień dobry,

dziękujemy za ofertę z 18.03. Nasz partner z Norymbergi potwierdził przyjazd grupy szkolnej:
termin 5–8.05.2026 (3 noce), 32 uczniów + 4 opiekunów, pokoje 3- i 4-osobowe dla młodzieży, 4 x SGL dla opiekunów, śniadania + obiadokolacje.

W załączniku wstępna lista pokoi. Ostateczne nazwiska prześlemy najpóźniej 14 dni przed przyjazdem.

Zgodnie z umową prosimy o wystawienie faktury zaliczkowej na 30% wartości (NIP 6762489103) – zapłacimy przelewem w ciągu 7 dni.

Pozdrawiam serdecznie
Joanna Mazur
Dział Grup
Biuro Podróży Wawel-Tour Sp. z o.o.
ul. Długa 27, 31-147 Kraków
tel. 12 421 78 09''', '2026-03-26 12:40', ('own', 'smtp.waweltour.pl', '79.96.184.22', 'Postfix'),
  'Genuine group booking confirmation from a local travel agency following the hotel\'s own offer, XLSX room list, requests the hotel to invoice (money flows in, not out). Looks suspicious: group request with spreadsheet attachment.',
  att=[a('Lista_pokoi_grupa_Nurnberg_05-2026.xlsx', xlsx([['Pokój', 'Typ', 'Osoby', 'Uwagi'], [1, 'QUAD', 4, 'uczniowie'], [2, 'QUAD', 4, 'uczniowie'], [9, 'SGL', 1, 'opiekun – p. Weber'], [10, 'SGL', 1, 'opiekun – p. Lang']]))])

M(X, 'pl', 'kolodziej', 'dabrowski', 'PILNE: stop sell 12–14.06 – overbooking po awarii channel managera', '''Paweł,

po wczorajszej awarii synchronizacji channel managera (ok. 2 godziny bez aktualizacji dostępności) mamy na 12–14.06 overbooking: +7 pokoi DBL, głównie Booking i Expedia. Zamknęłam już sprzedaż na wszystkich kanałach na te daty, ale proszę:

1. nie przyjmuj żadnych rezerwacji telefonicznych ani mailowych na 12–14.06, nawet od stałych firm;
2. sprawdź, czy grupa Wawel-Tour na pewno nie ma opcji na czerwiec;
3. przygotuj listę hoteli partnerskich do relokacji (walk) – proponuję Pod Różą i Stary, standard min. 4*.

Jutro o 9:00 krótkie spotkanie u mnie, dołączy Felix z Monachium przez Teams.

Agnieszka

--
Agnieszka Kołodziej
Revenue Manager Polska
Example Hotel Kraków Stare Miasto''', '2026-04-09 17:58', 'int',
  'Genuine urgent internal revenue/front-office instruction via the internal relay. Looks suspicious: PILNE, instructions to refuse bookings, mentions OTAs.')

# ---------------- Greek
M(X, 'el', ('Κατερίνα Νικολαΐδου', 'logistirio@nikolaidis-foods.gr'), 'konstantinou', 'Ενημέρωση για αλλαγή τραπεζικού λογαριασμού από 01/05/2026', '''Αγαπητοί συνεργάτες,

σας ενημερώνουμε ότι από 01/05/2026 η εταιρεία μας μεταφέρει τη συνεργασία της από την Τράπεζα Πειραιώς στη Eurobank. Ο νέος λογαριασμός είναι:

Δικαιούχος: ΑΦΟΙ ΝΙΚΟΛΑΪΔΗ Α.Ε.
Τράπεζα: Eurobank
IBAN: %s

Ο παλαιός λογαριασμός (IBAN %s) παραμένει ενεργός έως 30/06/2026, οπότε οι πληρωμές που έχετε ήδη προγραμματίσει μπορούν να γίνουν κανονικά εκεί.

Επισυνάπτεται η επίσημη επιστολή υπογεγραμμένη από τον Διευθύνοντα Σύμβουλο. Για την ασφάλειά σας, παρακαλούμε επιβεβαιώστε την αλλαγή τηλεφωνικά στο γνωστό σας τηλέφωνο του λογιστηρίου πριν ενημερώσετε την καρτέλα προμηθευτή.

Με εκτίμηση,
%s''' % (fi(IB['nik_new']), fi(IB['nik_old']), NIK_SIG), '2026-04-06 09:25', 'o365',
  'Genuine bank-change notice from the real Greek F&B supplier (ISO-8859-7): domestic bank, long overlap, signed letter, asks for phone verification. Looks like the compromised-supplier attack from the same mailbox.',
  cs='iso-8859-7', att=[a('Epistoli_allagi_logariasmou_Nikolaidis.pdf', pdf(['AFOI NIKOLAIDI S.A. - Food & Beverage for HORECA - Rhodes', 'Notice of change of bank account / Allagi trapezikou logariasmou',
        'From 01/05/2026: Eurobank, IBAN ' + fi(IB['nik_new']), 'Old account valid until 30/06/2026: IBAN ' + fi(IB['nik_old']), 'Signed: Nikolaos Nikolaidis, CEO'], title='Bank account change'))])

M(X, 'el', ('Ιωάννα Πετράκη', 'ioanna.petraki@gmail.com'), 'res_rhodes', 'Πρόβλημα με το κλιματιστικό - δωμάτιο 118', '''Καλησπέρα σας,

μείναμε στο ξενοδοχείο σας 10-14 Απριλίου με τον σύζυγό μου και τα δύο παιδιά (δωμάτιο 118, κράτηση μέσω Booking, όνομα Πετράκη). Θέλω να σας ενημερώσω ότι το κλιματιστικό δεν λειτουργούσε σωστά τις δύο πρώτες νύχτες. Ο τεχνικός ήρθε τη δεύτερη μέρα και το έφτιαξε, αλλά τα παιδιά δεν κοιμήθηκαν καθόλου από τη ζέστη.

Σας επισυνάπτω μια φωτογραφία από την οθόνη του κλιματιστικού με το μήνυμα σφάλματος.

Κατά τα άλλα το προσωπικό ήταν εξαιρετικό, ειδικά η κυρία στη ρεσεψιόν το βράδυ. Θα ήθελα να μου πείτε αν μπορεί να γίνει κάποια έκπτωση ή επιστροφή για τις δύο νύχτες.

Ευχαριστώ,
Ιωάννα Πετράκη''', '2026-04-15 19:12', 'gmail',
  'Genuine guest complaint from Gmail with a photo, matches a real stay, asks for a goodwill refund without links or deadlines. Looks suspicious: complaint, refund, image attachment.',
  html_body=True, att=[('IMG_8842.png', photo(118, 320, 240), 'image/png')])

M(X, 'el', ('Λογιστικό Γραφείο Χατζηγεωργίου', 'info@chatzigeorgiou-logistiki.gr'), 'konstantinou', 'Τέλος Ανθεκτικότητας Μαρτίου - χρειαζόμαστε τις διανυκτερεύσεις', '''Καλημέρα Ελένη,

για τη δήλωση του Τέλους Ανθεκτικότητας στην Κλιματική Κρίση του Μαρτίου (προθεσμία τέλος Απριλίου) χρειαζόμαστε τις διανυκτερεύσεις ανά κατηγορία δωματίου από το PMS. Σου στέλνω το αρχείο του Φεβρουαρίου ως πρότυπο, συμπλήρωσέ το με τα νούμερα του Μαρτίου.

Θυμίσου ότι από 1/4 αλλάζει ο συντελεστής για την υψηλή περίοδο, οπότε τον Απρίλιο θα το χωρίσουμε σε δύο περιόδους.

Επίσης, στα παραστατικά του myDATA βρήκαμε δύο τιμολόγια προμηθευτών που δεν έχουν χαρακτηριστεί ακόμα - θα σου τα στείλω αύριο.

Καλή συνέχεια,
Στέλιος Χατζηγεωργίου
Λογιστής - Φοροτεχνικός Α' τάξης
Λογιστικό Γραφείο Χατζηγεωργίου
Αυστραλίας 22, 85100 Ρόδος - 22410 32 118''', '2026-04-07 10:44', ('own', 'mail.chatzigeorgiou-logistiki.gr', '185.4.132.18', 'Postfix'),
  'Genuine mail from the hotel\'s external accountant (windows-1253) about the climate-resilience fee with an XLSX template. Looks like the fake AADE notice: same tax topic, spreadsheet attachment.',
  cs='windows-1253', att=[a('Telos_Anthektikotitas_2026-02.xlsx', xlsx([['Κατηγορία', 'Δωμάτια', 'Διανυκτερεύσεις', 'Τέλος/νύχτα €', 'Σύνολο €'], ['Standard', 64, 812, 1.5, 1218.0], ['Superior', 38, 503, 1.5, 754.5], ['Suites', 12, 121, 10.0, 1210.0]]))])

M(X, 'el', ('Μαρία Σταύρου', 'm.stavrou@rhodes-dmc.gr'), 'alexiou', 'RE: Συμβόλαιο allotment 2026 - τελικό κείμενο', '''Δημήτρη καλημέρα,

σου στέλνω το τελικό κείμενο του συμβολαίου allotment για τη σεζόν 2026 με τις αλλαγές που συμφωνήσαμε στο τηλέφωνο: release 21 ημέρες (αντί για 14) για Ιούλιο-Αύγουστο, 15 δωμάτια αντί για 18 τον Ιούνιο, και η ρήτρα για τα early booking όπως την πρότεινες.

Αν είναι όλα εντάξει, υπόγραψέ το και στείλ' το πίσω σκαναρισμένο - το πρωτότυπο θα το φέρω όταν έρθω στη Ρόδο στις 22/4.

Καλή Ανάσταση από τώρα!
Μαρία

Μαρία Σταύρου
Contracting Manager
Rhodes DMC Travel Services
Αμερικής 45, 85100 Ρόδος | +30 22410 21 907

-----Original Message-----
From: Δημήτρης Αλεξίου <d.alexiou@example.com>
Sent: Tuesday, March 31, 2026 2:15 PM
To: Μαρία Σταύρου <m.stavrou@rhodes-dmc.gr>
Subject: RE: Συμβόλαιο allotment 2026

Μαρία γεια σου,
μίλησα με τον κ. Παπαδόπουλο. Μπορούμε να δεχτούμε release 21 ημερών για την υψηλή, αλλά για τον Ιούνιο θα κρατήσουμε 15 δωμάτια. Στείλε μου το τελικό.
Δημήτρης''', '2026-04-02 09:08', 'o365',
  'Genuine allotment-contract thread with a local DMC, DOCX contract attachment, quoted history. Looks suspicious: contract attachment asking for signature, reply chain.',
  irt='<AM9PR03MB7100A1B2C3D4E5F60718293AAM9PR03MB7100.eurprd03.prod.outlook.com>',
  att=[a('Allotment_Contract_2026_Example_Resort_Rhodes_FINAL.docx', docx(['ALLOTMENT CONTRACT 2026 – EXAMPLE RESORT RHODES / RHODES DMC', 'Period: 01/05/2026 – 31/10/2026', 'Allotment: May 12 rooms, June 15 rooms, July–August 20 rooms, September–October 12 rooms',
        'Release: 21 days (July–August), 14 days (other months)', 'Payment: 30 days after check-out of each guest']))])

M(X, 'el', 'papadopoulos', 'konstantinou', 'Επείγον: πληρωμή υδραυλικού πριν το άνοιγμα', '''Ελένη,

ο Μανώλης (Υδραυλικές Εγκαταστάσεις Καραγιάννη) τελείωσε χθες τη δουλειά στο λεβητοστάσιο και στις σωληνώσεις της πισίνας. Θέλει να εξοφληθεί το υπόλοιπο (4.960 €) πριν πάρει τα υλικά για το δεύτερο κτίριο, αλλιώς δεν προλαβαίνουμε το άνοιγμα στις 25/4.

Το τιμολόγιο το έχει στείλει στο λογιστήριο από την Παρασκευή, είναι ο γνωστός μας προμηθευτής, στον ίδιο λογαριασμό που τον πληρώνουμε κάθε χρόνο. Μπορείς να το βάλεις στις πληρωμές σήμερα; Έχω ενημερώσει και τον κ. Vogel.

Ευχαριστώ,
Γιώργος

--
Γιώργος Παπαδόπουλος
General Manager
Example Resort Rhodes''', '2026-04-13 08:37', 'int',
  'Genuine urgent internal request from the hotel GM via the internal relay: known contractor, invoice already received by accounting, same bank account as every year, CFO informed. Looks like BEC: urgency, pay today.')

# ---------------- Spanish
M(X, 'es', ('Dirección Electrónica Habilitada única', 'no-reply@correo.gob.es'), 'morales', 'Aviso de puesta a disposición de notificación', '''Estimado/a Sr./Sra.:

Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE HOTELS ESPAÑA S.L.
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Comunicación – Modelo 303

Puede acceder a la notificación a través del Punto de Acceso General:
https://dehu.redsara.es

Este aviso se envía con carácter meramente informativo. Su falta no impide que la notificación sea considerada plenamente válida.

Por favor, no responda a este correo electrónico.''', '2026-03-16 07:02', ('esp', 'smtp.correo.gob.es', '185.73.172.52'),
  'Genuine Spanish government notification alert (DEHú) from correo.gob.es pointing only to the official dehu.redsara.es. Looks like the AEAT phish: same wording, legal effect, no-reply.', html_body=True, brand='#c20016')

M(X, 'es', ('Montserrat Puig', 'montsepuig.bcn@gmail.com'), 'rec_bcn', 'Reclamación estancia 1-3 de abril – desayuno no servido', '''Buenos días:

Les escribo en relación con mi estancia del 1 al 3 de abril (habitación 412, reserva a nombre de Montserrat Puig Soler, tarifa con desayuno incluido).

El día 2 por la mañana el comedor estaba cerrado por el evento de empresa y nos dijeron que el desayuno se servía en la terraza, pero a las 9:30 ya no quedaba prácticamente nada y nadie repuso. Lo comenté en recepción y me facilitaron la hoja de reclamaciones, que rellené allí mismo. Les adjunto una copia escaneada para que conste.

No pretendo montar ningún escándalo: simplemente me gustaría que me devolvieran el importe de los desayunos de ese día (2 personas). Si lo prefieren, pueden hacerlo en la misma tarjeta con la que pagué.

Gracias de antemano y un saludo,
Montserrat Puig Soler''', '2026-04-06 09:47', 'gmail',
  'Genuine guest complaint referencing a real official complaint form filled in at the hotel, scanned PDF attached, asks refund to the original card. Looks like the fake hoja-de-reclamaciones phish.',
  html_body=True, att=[a('Full_reclamacio_escaneig.pdf', pdf(['FULL OFICIAL DE RECLAMACIO / HOJA OFICIAL DE RECLAMACION - Generalitat de Catalunya', 'Establiment: Example Hotel Barcelona Eixample',
        'Data: 02/04/2026   Reclamant: Montserrat Puig Soler', 'Motiu: esmorzar inclos a la tarifa no servit correctament (terrassa, 9:30)', 'Sollicitud: devolucio import esmorzars 2 persones'], title='Full de reclamacio', producer='Canon iR-ADV C5535 PDF'))])

M(X, 'es', ('Administración | Lavandería Industrial Levante', 'administracion@lavanderialevante.es'), 'morales', 'Factura F-2026/0412 – servicio de marzo', '''Buenos días, Javier:

Le adjuntamos la factura F-2026/0412 correspondiente al servicio de lavandería del mes de marzo para Example Hotel Barcelona Eixample.

Importe total: 7.105,40 € (IVA incluido)
Vencimiento: 30/04/2026
Forma de pago: transferencia a la cuenta habitual de CaixaBank (%s)

Le recordamos también que la factura F-2026/0318 de febrero figura pendiente en nuestros registros; si ya la han abonado, por favor ignoren este aviso.

Un saludo,
Rosa Martínez
Departamento de Administración
Lavandería Industrial Levante, S.L.
Polígono Industrial Can Calderón, C/ Albert Einstein 14, 08840 Viladecans
Tel. 936 37 52 10''' % fi(IB['lev']), '2026-04-01 09:05', ('own', 'mail.lavanderialevante.es', '195.53.140.18', 'Postfix'),
  'Genuine invoice plus polite reminder from the real laundry supplier domain, usual CaixaBank IBAN, PDF invoice. Looks like the lookalike-domain diversion attack (same supplier, same overdue invoice).',
  att=[a('Factura_F-2026-0412.pdf', pdf(['LAVANDERIA INDUSTRIAL LEVANTE, S.L.', 'FACTURA F-2026/0412   Fecha: 31/03/2026', 'Cliente: Example Hotels Espana S.L. - Hotel Barcelona Eixample',
        'Servicio lavanderia marzo 2026', 'Base 5.872,23 EUR   IVA 21% 1.233,17 EUR   TOTAL 7.105,40 EUR', 'Transferencia: CaixaBank ' + fi(IB['lev'])], title='Factura F-2026/0412'))])

M(X, 'es', ('Pablo Ruiz', 'pablo.ruiz@congresosiberia.com'), 'navarro', 'RE: Contrato Jornadas Digital Health – calendario de pagos y visita técnica', '''Hola Carmen:

Te confirmo que el cliente ha aprobado el contrato con el calendario de pagos que acordamos (30 % a la firma, 40 % a 60 días del evento y 30 % a 15 días). En cuanto nos enviéis la factura de la primera señal la pasamos a pago.

Te envío además una convocatoria para la visita técnica del día 21: vendremos la responsable de producción, el técnico de audiovisuales y yo. Nos interesa sobre todo ver el montaje en escuela del salón Gaudí y la zona de catering para el café.

Un abrazo,

Pablo Ruiz
Account Manager
Congresos Iberia Eventos S.L.
Paseo de Gràcia 84, 08008 Barcelona
+34 934 872 311

-----Mensaje original-----
De: Carmen Navarro <c.navarro@examplegroup.eu>
Enviado el: jueves, 9 de abril de 2026 13:05
Para: Pablo Ruiz <pablo.ruiz@congresosiberia.com>
Asunto: Contrato Jornadas Digital Health – calendario de pagos y visita técnica

Hola Pablo:
te paso el contrato revisado con el calendario de pagos. ¿Cuándo os va bien la visita técnica?
Saludos,
Carmen''', '2026-04-10 10:31', 'o365',
  'Genuine MICE client thread with a real Outlook meeting invitation (ICS) for a site visit; money flows to the hotel. Looks like the calendar-invite phish: ICS attachment, payment schedule.',
  irt='<PA4PR03MB7001B2C3D4E5F6071829A3B4PA4PR03MB7001.eurprd03.prod.outlook.com>',
  att=[a('invite.ics', ics('040000008200E00074C5B7101A82E0080000000030C1A4D9E8C8DC01', 'Visita técnica Jornadas Digital Health', '20260421T083000Z', '20260421T100000Z',
        ('Pablo Ruiz', 'pablo.ruiz@congresosiberia.com'), [S['navarro']], 'Example Hotel Barcelona Eixample – Salón Gaudí', 'Visita técnica: salón Gaudí (montaje escuela), zona catering, audiovisuales.'))])

M(X, 'es', ('Hosteltur', 'boletin@hosteltur.com'), 'fernandez', 'Boletín Hosteltur | La ocupación hotelera de Semana Santa supera el 85 % en Barcelona', '''Boletín diario Hosteltur – lunes, 13 de abril de 2026

* La ocupación hotelera de Semana Santa supera el 85 % en Barcelona
[Leer noticia](https://click.hosteltur.com/ls/click?upn=u001.Qx3fZ8a1)

* La tasa turística catalana sube de nuevo: así queda el recargo municipal en 2026
[Leer noticia](https://click.hosteltur.com/ls/click?upn=u001.Qx3fZ8a2)

* El Registro Único de arrendamientos de corta duración cumple un año
[Leer noticia](https://click.hosteltur.com/ls/click?upn=u001.Qx3fZ8a3)

Recibes este boletín porque estás suscrito/a a Hosteltur.
[Darme de baja](https://click.hosteltur.com/ls/click?upn=u001.unsub.Qx3fZ8)''', '2026-04-13 06:30', ('esp', 'o12.email.hosteltur.com', '167.89.101.44'),
  'Subscribed Spanish trade-press newsletter via a bulk ESP with click-tracking and List-Unsubscribe. Looks suspicious: bulk, tracked links.', html_body=True, brand='#e3051b',
  hdrs=['List-Unsubscribe: <https://click.hosteltur.com/ls/click?upn=u001.unsub.Qx3fZ8>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'])

# ---------------- Russian
M(X, 'ru', ('ООО "Северная прачечная"', 'buh@sev-prachechnaya.ru'), 'smirnova', 'Счёт N 318 от 31.03.2026 и акт за март', '''Анна Викторовна, добрый день!

Направляем счёт N 318 от 31.03.2026 и акт оказанных услуг за март 2026 г. (стирка и глажение постельного белья и полотенец, 9 640 кг). Оригиналы отправим через ЭДО (Диадок), как обычно.

Сумма к оплате: 462 720,00 руб., в т.ч. НДС.

Реквизиты без изменений:
р/с %s
ПАО Сбербанк, БИК %s
к/с %s

Просим оплатить до 15.04.2026.

С уважением,
Татьяна Кузнецова
главный бухгалтер
ООО "Северная прачечная"
тел. (812) 336-41-90''' % (RU_PRACH, RU_BIK, RU_CORR), '2026-04-01 10:12', ('own', 'mail.sev-prachechnaya.ru', '95.213.174.20', 'Postfix'),
  'Genuine monthly invoice from the St Petersburg laundry supplier (windows-1251), unchanged Sberbank account with valid control key, originals via EDI. Looks suspicious: payment request with bank details and attachment.',
  cs='windows-1251', att=[a('Schet_318_31-03-2026.xlsx', xlsx([['Счёт N 318 от 31.03.2026'], ['Услуга', 'Кол-во, кг', 'Цена', 'Сумма'], ['Стирка и глажение белья', 9640, 48.0, 462720.0], ['Итого с НДС', '', '', 462720.0]]))])

M(X, 'ru', ('Невский Тур - групповой отдел', 'groups@nevsky-tour.ru'), ['volkov'], 'Группа 24-27.04, 28 чел. - список и предоплата', '''Дмитрий, добрый день!

Как договаривались, направляем список группы (Екатеринбург, 28 человек, 14 DBL/TWIN) на заезд 24.04, выезд 27.04. Список во вложении.

Просим выставить счёт на предоплату 50 % по договору N 12/26-Г, оплатим в течение трёх банковских дней. Ранний заезд для 6 номеров (поезд прибывает в 7:40) - если возможно, за отдельную плату.

С уважением,
Ольга Семенова
Групповой отдел
ООО "Невский Тур"
+7 (812) 407-18-26''', '2026-04-03 12:15', ('own', 'mx.nevsky-tour.ru', '178.248.232.27', 'Postfix'),
  'Genuine group booking from the real partner agency domain (KOI8-R), XLSX list attached, asks the hotel to invoice. Looks like the lookalike-domain attack (same agency, same group dates).',
  cs='koi8-r', cte='base64', cc=['orlova'],
  att=[a('Spisok_gruppy_24-27.04.xlsx', xlsx([['N', 'ФИО', 'Тип номера'], [1, 'Иванов Сергей Петрович', 'DBL'], [2, 'Иванова Марина Олеговна', 'DBL'], [3, 'Козлов Андрей Николаевич', 'TWIN']]))])

M(X, 'ru', 'volkov', 'smirnova', 'Срочно: возврат гостю за двойное списание', '''Анна Викторовна, добрый день!

Гостю Павлову (номер 604, проживание 06-09.04) при выезде карта была списана дважды - 38 400 руб. по терминалу и ещё раз та же сумма через ссылку на оплату, которую отправило бронирование. Гость уже звонил в банк и грозится писать жалобу в Роспотребнадзор.

Прошу сделать возврат одной из оплат сегодня, по терминалу - на ту же карту (чек и выписку из PMS приложил в карточку гостя, счёт-фолио N 60418). Реквизиты не нужны, возврат только на исходную карту.

Спасибо!
Дмитрий

--
Дмитрий Волков
Руководитель службы приёма и размещения
Example Hotel Санкт-Петербург Невский''', '2026-04-10 11:40', 'int',
  'Genuine urgent internal refund request via the internal relay; refund only to the original card, documents in the PMS. Looks suspicious: urgent, money, complaint threat.')

M(X, 'ru', ('Островок', 'no-reply@ostrovok.ru'), 'rec_spb', 'Новое бронирование N 148273906 - Example Hotel Невский', '''Новое бронирование

Объект: Example Hotel Невский (ID 1843390)
Номер бронирования: 148273906
Гость: Соколова Екатерина
Заезд: 17.04.2026, выезд: 19.04.2026 (2 ночи)
Категория: Стандарт, двуспальная кровать, завтрак включён
Стоимость: 21 600 руб. (оплата на стороне Островка)

Подробности бронирования доступны в экстранете:
[[Открыть бронирование](https://extranet.ostrovok.ru/hotels/1843390/bookings/148273906)]

Это автоматическое письмо, отвечать на него не нужно.
Островок''', '2026-04-11 16:02', ('esp', 'mail-out3.ostrovok.ru', '185.58.204.13'),
  'Genuine OTA booking notification from the real OTA domain with extranet link (UTF-8 base64). Looks like the fake Yandex Travel notice: OTA, extranet link, payment wording.',
  html_body=True, cte='base64', brand='#0a72d1')

# =====================================================================================
# OUTPUT
# =====================================================================================
COMPANY = '''**Example Group** (Example Group GmbH, HQ Leopoldstraße 120, 80802 München) is a European hotel group with ~700 mailboxes.
Domains: `example.com` (all staff) and `examplegroup.eu` (sales/MICE). Inbound mail arrives at `mx01.example.com`; internal mail is relayed by
`mail-int01.example.com [10.20.0.25]`.

Hotels: Example Palazzo Firenze (IT), Example Hotel Kraków Stare Miasto (PL), Example Resort Rhodes (GR, seasonal, opens 25 April),
Example Hotel Barcelona Eixample (ES), Example Hotel London Kensington (UK), Example Hotel Санкт-Петербург Невский (RU).
Group finance, purchasing, payroll (German staff), HR, IT and legal sit in München; each hotel has local accounting, front office/reservations and sales.

Regular correspondents: Lieferant GmbH (s.maier@, rechnungen@lieferant-gmbh.de – hotel linen and amenities, Stadtsparkasse München account),
Ferretti Trasporti S.r.l. (c.colombo@, amministrazione@ferretti-trasporti.it – transfers/NCC Florence, Intesa Sanpaolo account),
Partner Logistik Sp. z o.o. (t.zielinski@, ksiegowosc@partner-logistik.pl – logistics Poland, PKO BP account), Huber Hotelbedarf GmbH (huber-hotelbedarf.de),
Thames Linen Services (thameslinen.co.uk), Lavandería Industrial Levante (lavanderialevante.es), Αφοί Νικολαΐδη Α.Ε. (nikolaidis-foods.gr),
ООО «Северная прачечная» (sev-prachechnaya.ru), tax advisers Roth & Partner (roth-stb.de), accountant Χατζηγεωργίου (chatzigeorgiou-logistiki.gr);
agencies/clients Northlight Travel (northlighttravel.co.uk), Caledonian Journeys (caledonianjourneys.co.uk), Viajes Mediterránea (viajesmediterranea.es),
Congresos Iberia Eventos (congresosiberia.com), Wawel-Tour (waweltour.pl), Rhodes DMC (rhodes-dmc.gr), Невский Тур (nevsky-tour.ru).
OTAs/PSPs in use: Booking.com, Expedia, Островок, Yandex Travel, Adyen, Redsys. IBANs in the messages carry valid ISO 13616 check digits
(and valid national check digits for IT, PL, ES, RU accounts).'''

def main():
    for d in ('attack', 'business'):
        shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True); os.makedirs(os.path.join(ROOT, d))
    lines = ['# Example Group – spam/phishing filter evaluation set', '', '## Company', '', COMPANY, '', '## Staff', '',
             '| Name | Address | Role | Site |', '|---|---|---|---|']
    lines += ['| %s | %s | %s | %s |' % (n, ad, r, site) for _, n, ad, r, site in STAFF]
    import email
    from email import policy
    for kind in ('attack', 'business'):
        lines += ['', '## %s (%d)' % (kind, len(MSGS[kind])), '']
        for i, (lang, raw, note, frm, subj) in enumerate(MSGS[kind], 1):
            fn = '%02d-%s.eml' % (i, lang)
            assert len(raw) < 200_000, fn
            m = email.message_from_bytes(raw, policy=policy.default)
            for part in m.walk():
                if not part.is_multipart(): part.get_content()
            with open(os.path.join(ROOT, kind, fn), 'wb') as f: f.write(raw)
            lines.append('- `%s/%s` – From %s <%s> – "%s" – %s' % (kind, fn, frm[0], frm[1], subj, note))
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f: f.write('\n'.join(lines) + '\n')
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        f.write(''.join('%s=%s\n' % (n, ad) for _, n, ad, _, _ in STAFF))

if __name__ == '__main__':
    main()
