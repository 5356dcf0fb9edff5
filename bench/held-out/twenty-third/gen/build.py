#!/usr/bin/env python3
"""Deterministic generator for the Example Group mail test set (stdlib only).

Writes ../attack/*.eml, ../business/*.eml, ../MANIFEST.md and ../staff.txt
relative to this file. Running it twice produces byte-identical output.
"""
import base64, datetime, hashlib, os, quopri, shutil, struct, zipfile, zlib
from email.header import Header
from email.utils import formataddr, format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def hx(s, n=12):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]

# ----------------------------------------------------------------- IBANs
def iban(cc, bban):
    num = ''.join(str(int(c, 36)) for c in (bban + cc + '00'))
    return '%s%02d%s' % (cc, 98 - int(num) % 97, bban)

def iban_ok(i):
    s = i[4:] + i[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1

def fmt_iban(i):
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))

def de_iban(blz, acct):
    return iban('DE', blz + acct.zfill(10))

def lt_iban(bank, acct):
    return iban('LT', bank + acct.zfill(11))

def gr_iban(bank, branch, acct):
    return iban('GR', bank + branch + acct.zfill(16))

def es_iban(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    acct = acct.zfill(10)
    return iban('ES', '%s%s%d%d%s' % (bank, branch, dc('00' + bank + branch), dc(acct), acct))

def it_iban(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]
    s = abi + cab + conto.zfill(12)
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        t += odd[v] if i % 2 == 0 else v
    return iban('IT', chr(65 + t % 26) + s)

def pl_iban(sort7, acct16):
    w = [3, 9, 7, 1, 3, 9, 7]
    chk = (10 - sum(int(a) * b for a, b in zip(sort7, w)) % 10) % 10
    return iban('PL', sort7 + str(chk) + acct16)

def gb_iban(bank, sort, acct):
    return iban('GB', bank + sort + acct)

def ru_account(bik, acct20):
    """Russian settlement account with the control key (position 9) set from the BIK."""
    a = acct20[:8] + '0' + acct20[9:]
    s = bik[-3:] + a
    wts = [7, 1, 3] * 8
    tot = sum((int(d) * w) % 10 for d, w in zip(s, wts))
    key = ((tot % 10) * 3) % 10
    return acct20[:8] + str(key) + acct20[9:]

def ru_account_ok(bik, acct):
    s = bik[-3:] + acct
    return sum((int(d) * w) % 10 for d, w in zip(s, [7, 1, 3] * 8)) % 10 == 0

# ------------------------------------------------------- attachments
ZDT = (2026, 2, 2, 9, 0, 0)

def pdf(lines, title='Document', link=None, author='', producer='Microsoft® Word für Microsoft 365'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops = ['BT /F1 10 Tf 56 790 Td 14 TL']
    for ln in lines:
        if ln.startswith('#'):
            ops.append('/F2 13 Tf (%s) \' /F1 10 Tf' % esc(ln[1:]))
        else:
            ops.append('(%s) \'' % esc(ln))
    ops.append('ET')
    stream = zlib.compress('\n'.join(ops).encode('cp1252', 'replace'), 9)
    annots = b''
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            None,
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream) + stream + b'\nendstream',
            ('<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (D:20260202090000+01\'00\') >>'
             % (esc(title), esc(author), esc(producer))).encode('cp1252', 'replace'),
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>']
    if link:
        objs.append(('<< /Type /Annot /Subtype /Link /Rect [50 300 545 560] /Border [0 0 0] '
                     '/A << /S /URI /URI (%s) >> >>' % link).encode('ascii'))
        annots = b' /Annots [8 0 R]'
    objs[2] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 7 0 R >> >> /Contents 5 0 R'
               + annots + b' >>')
    out = b'%PDF-1.5\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out

def png_gray(w, h, px):
    raw = b''.join(b'\x00' + bytes(px[y * w:(y + 1) * w]) for y in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def qr_like(seed, n=29, scale=5, quiet=4):
    """A QR-looking matrix (finder patterns + pseudo-random modules)."""
    bits = ''.join(bin(b)[2:].zfill(8) for b in hashlib.sha512((seed * 20).encode()).digest() * 3)
    m = [[0] * n for _ in range(n)]
    k = 0
    for y in range(n):
        for x in range(n):
            m[y][x] = int(bits[k % len(bits)]); k += 1
    def finder(ox, oy):
        for y in range(-1, 8):
            for x in range(-1, 8):
                xx, yy = ox + x, oy + y
                if 0 <= xx < n and 0 <= yy < n:
                    on = 0 <= x <= 6 and 0 <= y <= 6 and (x in (0, 6) or y in (0, 6) or (2 <= x <= 4 and 2 <= y <= 4))
                    m[yy][xx] = 1 if on else 0
    finder(0, 0); finder(n - 7, 0); finder(0, n - 7)
    for i in range(8, n - 8):
        m[6][i] = m[i][6] = (i + 1) % 2
    size = (n + 2 * quiet) * scale
    px = []
    for y in range(size):
        my = y // scale - quiet
        for x in range(size):
            mx = x // scale - quiet
            on = 0 <= mx < n and 0 <= my < n and m[my][mx]
            px.append(0 if on else 255)
    return png_gray(size, size, px)

def banner_png(seed, w=120, h=40):
    d = hashlib.sha256(seed.encode()).digest()
    px = []
    for y in range(h):
        for x in range(w):
            px.append((d[(x // 10) % 32] // 2 + 60 + (y * 2)) % 256 if 6 < y < h - 6 else 240)
    return png_gray(w, h, px)

def zip_bytes(files):
    import io
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return bio.getvalue()

def xesc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def xlsx(rows, sheet='Sheet1'):
    def col(i):
        return chr(65 + i)
    rx = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xesc(str(v))))
        rx.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    return zip_bytes([
        ('[Content_Types].xml', hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ('_rels/.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ('xl/workbook.xml', hdr + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet)),
        ('xl/_rels/workbook.xml.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ('xl/worksheets/sheet1.xml', hdr + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % ''.join(rx)),
    ])

def docx(paras):
    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    body = ''.join('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                   % ('<w:rPr><w:b/></w:rPr>' if p.startswith('#') else '', xesc(p.lstrip('#'))) for p in paras)
    return zip_bytes([
        ('[Content_Types].xml', hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ('_rels/.rels', hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ('word/document.xml', hdr + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ])

def ics(uid, summary, start, end, location, description, organizer, attendees, method='REQUEST', url=None):
    def fold(line):
        b = line.encode('utf-8')
        out, cur = [], b''
        for ch in line:
            e = ch.encode('utf-8')
            if len(cur) + len(e) > 73:
                out.append(cur); cur = b' '
            cur += e
        out.append(cur)
        return b'\r\n'.join(out).decode('utf-8')
    def tx(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
         'METHOD:%s' % method, 'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20260201T080000Z',
         'DTSTART:%s' % start, 'DTEND:%s' % end, 'SUMMARY:%s' % tx(summary),
         'LOCATION:%s' % tx(location), 'DESCRIPTION:%s' % tx(description),
         'ORGANIZER;CN="%s":mailto:%s' % organizer]
    for n, a in attendees:
        L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (n, a))
    if url:
        L.append('URL:%s' % url)
    L += ['SEQUENCE:1', 'STATUS:CONFIRMED', 'BEGIN:VALARM', 'TRIGGER:-PT15M', 'ACTION:DISPLAY',
          'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(fold(l) for l in L) + '\r\n').encode('utf-8')

# ------------------------------------------------------------- MIME
FALLBACK = {'\u2013': '-', '\u2014': '-', '\u00ab': '"', '\u00bb': '"', '\u2116': 'N', '\u20ac': 'EUR',
            '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2026': '...',
            '\u00a0': ' ', '\u00b7': '-', '\u00e9': 'e', '\u00e0': 'a', '\u00f3': 'o', '\u00e1': 'a'}

def fit(s, cs):
    """Replace characters the target charset cannot carry, as a mail client would."""
    out = []
    for ch in s:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(FALLBACK.get(ch, '?'))
    return ''.join(out)

def ew(s, cs='utf-8'):
    if all(ord(c) < 128 for c in s):
        return s
    s = fit(s, cs)
    return Header(s, cs).encode(maxlinelen=76)

def addr(pair, cs='utf-8'):
    name, a = pair
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return formataddr((name, a))
    return '%s <%s>' % (Header(fit(name, cs), cs).encode(maxlinelen=900), a)

def b64(data):
    return base64.encodebytes(data)

class Part:
    def __init__(self, ctype, headers=(), body=b'', parts=None, boundary=None):
        self.ctype, self.headers, self.body, self.parts, self.boundary = ctype, list(headers), body, parts, boundary

def text_part(text, sub='plain', cs='utf-8', cte='quoted-printable', flowed=False):
    text = text if sub == 'html' else fit(text, cs)
    raw = text.encode(cs, 'xmlcharrefreplace')
    if cte == 'quoted-printable':
        body = quopri.encodestring(raw)
    elif cte == 'base64':
        body = b64(text.replace('\n', '\r\n').encode(cs, 'xmlcharrefreplace'))
    else:
        body = raw
    ct = 'text/%s; charset="%s"' % (sub, cs) if cs.lower() != 'us-ascii' or True else ''
    if flowed:
        ct += '; format=flowed'
    return Part(ct, [('Content-Transfer-Encoding', cte)], body)

def rfc2231(name):
    from urllib.parse import quote
    return "utf-8''" + quote(name.encode('utf-8'), safe='')

def att_part(a, idx_seed):
    name, ctype, data = a['name'], a['ctype'], a['data']
    disp = a.get('disp', 'attachment')
    hdrs = []
    if all(ord(c) < 128 for c in name):
        ct = '%s;\n\tname="%s"' % (ctype, name)
        cd = '%s;\n\tfilename="%s"' % (disp, name)
    else:
        encn = Header(name, 'utf-8').encode(maxlinelen=900)
        ct = '%s;\n\tname="%s"' % (ctype, encn)
        cd = "%s;\n\tfilename*=%s" % (disp, rfc2231(name))
    if a.get('ctparams'):
        ct += a['ctparams']
    if ctype == 'message/rfc822':
        hdrs.append(('Content-Disposition', cd))
        return Part(ct, hdrs, data)
    if a.get('cid'):
        hdrs.append(('Content-ID', '<%s>' % a['cid']))
    hdrs.append(('Content-Disposition', cd))
    hdrs.append(('Content-Transfer-Encoding', 'base64'))
    return Part(ct, hdrs, b64(data))

def serialize(p):
    out = b''
    if p.parts is not None:
        out += ('Content-Type: %s;\n\tboundary="%s"\n' % (p.ctype, p.boundary)).encode()
    else:
        out += ('Content-Type: %s\n' % p.ctype).encode()
    for k, v in p.headers:
        out += ('%s: %s\n' % (k, v)).encode()
    out += b'\n'
    if p.parts is not None:
        out += b'This is a multi-part message in MIME format.\n\n' if p.ctype.startswith('multipart/mixed') else b''
        for sp in p.parts:
            out += b'--' + p.boundary.encode() + b'\n' + serialize(sp)
            if not out.endswith(b'\n'):
                out += b'\n'
        out += b'--' + p.boundary.encode() + b'--\n'
    else:
        out += p.body
        if not out.endswith(b'\n'):
            out += b'\n'
    return out

def boundary(seed, style):
    k = hx(seed, 24)
    if style == 'outlook':
        return '_000_%s%s_' % (k[:12].upper(), 'AM9PR03MB' + k[12:20].upper() + 'eurprd03prod')
    if style == 'gmail':
        return '000000000000' + k[:16]
    if style == 'thunderbird':
        return '------------' + k[:24].upper()
    if style == 'apple':
        return 'Apple-Mail=_' + k[:8].upper() + '-' + k[8:12].upper() + '-' + k[12:16].upper() + '-' + k[16:24].upper()
    return '----=_Part_%d_%d.%s' % (int(k[:6], 16), int(k[6:10], 16), '17' + str(int(k[10:20], 16))[:11])

def cet(dt):
    utc = dt.astimezone(datetime.timezone.utc)
    dst_start = datetime.datetime(2026, 3, 29, 1, 0, tzinfo=datetime.timezone.utc)
    dst_end = datetime.datetime(2026, 10, 25, 1, 0, tzinfo=datetime.timezone.utc)
    off = 2 if dst_start <= utc < dst_end else 1
    return utc.astimezone(datetime.timezone(datetime.timedelta(hours=off)))

def queue_id(seed):
    alphabet = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'
    n = int(hx(seed, 20), 16)
    s = ''
    for _ in range(14):
        s += alphabet[n % len(alphabet)]; n //= len(alphabet)
    return '4d' + s[:12]

RELAY = ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25')
MANIFEST = {'attack': [], 'business': []}

def build(folder, num, lang, desc, *, frm, to, subject, date, text=None, html=None, cs='utf-8',
          cte='quoted-printable', hcs=None, html_cs=None, html_cte=None, atts=(), related=(), cc=(),
          reply_to=None, rp=None, mx=None, internal=False, upstream=(), xh=(), mid=None, style='plain',
          sender=None, flowed=False, extra_top=()):
    fname = '%02d-%s.eml' % (num, lang)
    seed = folder + fname
    hcs = hcs or cs
    dt = datetime.datetime.strptime(date, '%Y-%m-%d %H:%M:%S %z')
    rdt = cet(dt + datetime.timedelta(seconds=3 + int(hx(seed, 4), 16) % 40))
    if internal:
        mx = RELAY
    helo, rdns, ip = mx
    rcpt = to[0][1]
    domain = frm[1].split('@')[1]
    if mid is None:
        mid = '<%s.%s@%s>' % (hx(seed + 'a', 16), hx(seed + 'b', 8), domain)
    # body structure
    body = None
    if text is not None:
        body = text_part(text, 'plain', cs, cte, flowed)
    if html is not None:
        hp = text_part(html, 'html', html_cs or cs, html_cte or cte)
        if body is None:
            body = hp
        else:
            body = Part('multipart/alternative', parts=[body, hp], boundary=boundary(seed + 'alt', style))
    if related:
        body = Part('multipart/related;\n\ttype="%s"' % body.ctype.split(';')[0], parts=[body] + [att_part(a, seed) for a in related],
                    boundary=boundary(seed + 'rel', style))
    if atts:
        body = Part('multipart/mixed', parts=[body] + [att_part(a, seed) for a in atts], boundary=boundary(seed + 'mix', style))
    H = []
    H.append(('Return-Path', '<%s>' % (rp if rp is not None else frm[1])))
    H.append(('Received', 'from %s (%s [%s])\n\tby mx01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
              % (helo, rdns, ip, queue_id(seed), rcpt, format_datetime(rdt))))
    for u in upstream:
        H.append(('Received', u))
    for k, v in extra_top:
        H.append((k, v))
    H.append(('From', addr(frm, hcs)))
    if sender:
        H.append(('Sender', addr(sender, hcs)))
    H.append(('To', ',\n\t'.join(addr(t, hcs) for t in to)))
    if cc:
        H.append(('Cc', ',\n\t'.join(addr(t, hcs) for t in cc)))
    if reply_to:
        H.append(('Reply-To', addr(reply_to, hcs)))
    H.append(('Subject', ew(subject, hcs)))
    H.append(('Date', format_datetime(dt)))
    H.append(('Message-ID', mid))
    for k, v in xh:
        H.append((k, v))
    H.append(('MIME-Version', '1.0'))
    out = b''.join(('%s: %s\n' % (k, v)).encode('utf-8') for k, v in H) + serialize(body)
    path = os.path.join(ROOT, folder, fname)
    with open(path, 'wb') as f:
        f.write(out)
    MANIFEST[folder].append((fname, lang, desc))

def inner_message(frm, to, subject, date, text, cs='utf-8', cte='quoted-printable', mid=None, xh=()):
    dt = datetime.datetime.strptime(date, '%Y-%m-%d %H:%M:%S %z')
    H = [('From', addr(frm, cs)), ('To', ', '.join(addr(t, cs) for t in to)), ('Subject', ew(subject, cs)),
         ('Date', format_datetime(dt)), ('Message-ID', mid or '<%s@%s>' % (hx(subject + date, 20), frm[1].split('@')[1]))]
    H += list(xh)
    H.append(('MIME-Version', '1.0'))
    return b''.join(('%s: %s\n' % (k, v)).encode('utf-8') for k, v in H) + serialize(text_part(text, 'plain', cs, cte))

# ------------------------------------------------------------- staff
STAFF = [
    # key, display name, latin name, address, office, role
    ('ceo', 'Dr. Katrin Vogel', 'Katrin Vogel', 'k.vogel@example.com', 'Hamburg (DE)', 'Chief Executive Officer'),
    ('cfo', 'Matthias Brandt', 'Matthias Brandt', 'm.brandt@example.com', 'Hamburg (DE)', 'Chief Financial Officer'),
    ('ap', 'Sabine Krüger', 'Sabine Krueger', 's.krueger@example.com', 'Hamburg (DE)', 'Accounts Payable (Kreditorenbuchhaltung)'),
    ('it', 'Jens Hoffmann', 'Jens Hoffmann', 'j.hoffmann@example.com', 'Hamburg (DE)', 'IT Administrator'),
    ('assist', 'Anja Schulte', 'Anja Schulte', 'a.schulte@example.com', 'Hamburg (DE)', 'Executive Assistant to the CEO'),
    ('purch', 'Thorsten Lehmann', 'Thorsten Lehmann', 't.lehmann@example.com', 'Hamburg (DE)', 'Head of Purchasing'),
    ('hr', 'Nadine Wolff', 'Nadine Wolff', 'n.wolff@example.com', 'Hamburg (DE)', 'HR Manager'),
    ('customs', 'Frank Petersen', 'Frank Petersen', 'f.petersen@example.com', 'Hamburg (DE)', 'Customs Specialist (Zoll)'),
    ('payroll', 'Julia Becker', 'Julia Becker', 'j.becker@example.com', 'Hamburg (DE)', 'Payroll (Entgeltabrechnung)'),
    ('legal', 'Dr. Henrik Albers', 'Henrik Albers', 'h.albers@example.com', 'Hamburg (DE)', 'Legal Counsel'),
    ('mkt', 'Lena Hartmann', 'Lena Hartmann', 'l.hartmann@examplegroup.eu', 'Hamburg (DE)', 'Marketing Manager'),
    ('it_cm', 'Giulia Ferraro', 'Giulia Ferraro', 'giulia.ferraro@examplegroup.eu', 'Milano (IT)', 'Country Manager Italy'),
    ('it_log', 'Marco Bianchi', 'Marco Bianchi', 'marco.bianchi@examplegroup.eu', 'Milano (IT)', 'Logistics Coordinator'),
    ('it_amm', 'Francesca Russo', 'Francesca Russo', 'francesca.russo@examplegroup.eu', 'Milano (IT)', 'Administration & Accounts Payable'),
    ('pl_cm', 'Tomasz Nowak', 'Tomasz Nowak', 'tomasz.nowak@examplegroup.eu', 'Poznań (PL)', 'Country Manager Poland'),
    ('pl_acc', 'Agnieszka Wiśniewska', 'Agnieszka Wisniewska', 'agnieszka.wisniewska@examplegroup.eu', 'Poznań (PL)', 'Chief Accountant (Główna księgowa)'),
    ('pl_log', 'Paweł Kaczmarek', 'Pawel Kaczmarek', 'pawel.kaczmarek@examplegroup.eu', 'Poznań (PL)', 'Dispatcher / Road Logistics'),
    ('gr_cm', 'Γιώργος Παπαδόπουλος', 'Giorgos Papadopoulos', 'g.papadopoulos@examplegroup.eu', 'Piraeus (GR)', 'Country Manager Greece'),
    ('gr_ops', 'Ελένη Κωνσταντίνου', 'Eleni Konstantinou', 'e.konstantinou@examplegroup.eu', 'Piraeus (GR)', 'Shipping & Customs Operations'),
    ('es_cm', 'Javier Martínez Ruiz', 'Javier Martinez Ruiz', 'javier.martinez@examplegroup.eu', 'Valencia (ES)', 'Country Manager Spain'),
    ('es_sales', 'Lucía Fernández', 'Lucia Fernandez', 'lucia.fernandez@examplegroup.eu', 'Valencia (ES)', 'Sales Executive'),
    ('uk_sales', 'Oliver Bennett', 'Oliver Bennett', 'o.bennett@example.com', 'London (UK)', 'Sales Director UK'),
    ('uk_fin', 'Priya Shah', 'Priya Shah', 'p.shah@example.com', 'London (UK)', 'Finance & Accounts Payable UK'),
    ('ru_cm', 'Дмитрий Соколов', 'Dmitry Sokolov', 'd.sokolov@examplegroup.eu', 'Moscow (RU)', 'Country Manager Russia'),
    ('ru_acc', 'Ольга Морозова', 'Olga Morozova', 'o.morozova@examplegroup.eu', 'Moscow (RU)', 'Chief Accountant (Главный бухгалтер)'),
]
S = {k: (n, a) for k, n, _l, a, _o, _r in STAFF}

# external correspondents
MAIER = ('Stefan Maier', 's.maier@lieferant-gmbh.de')
LANG = ('Petra Lang', 'p.lang@lieferant-gmbh.de')
LRECH = ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de')
COLOMBO = ('Claudio Colombo', 'c.colombo@ferretti-trasporti.it')
FAMM = ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it')
ZIEL = ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')
PKSIEG = ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl')

# sending infrastructure
MX_LIEF = ('mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '217.160.84.37')
MX_ARUBA = ('smtpdh18-2.aruba.it', 'smtpdh18-2.aruba.it', '62.149.155.165')
MX_PL = ('smtp.partner-logistik.pl', 's118.cyber-folks.pl', '195.78.66.118')
def MS(n):
    return ('EUR0%d-AM6-obe.outbound.protection.outlook.com' % (n % 6 + 1),
            'mail-am6eur0%don21%02d.outbound.protection.outlook.com' % (n % 6 + 1, n % 90 + 10), '40.107.22.%d' % (n % 200 + 20))
def GOOG(n):
    return ('mail-wr1-f%d.google.com' % (40 + n), 'mail-wr1-f%d.google.com' % (40 + n), '209.85.221.%d' % (40 + n))

# ======================================================================
#                               ATTACK
# ======================================================================
def attacks():
    F = 'attack'

    # ---------------------------------------------------------------- 01 de
    ib = lt_iban('32500', '90418826137')
    quoted = """\
-----Ursprüngliche Nachricht-----
Von: Sabine Krüger <s.krueger@example.com>
Gesendet: Donnerstag, 26. Februar 2026 15:42
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Cc: Thorsten Lehmann <t.lehmann@example.com>
Betreff: Offene Posten Lieferant GmbH – Stand 28.02.

Hallo Herr Maier,

anbei unsere OP-Liste zum Abgleich. RE-2026-00912 und RE-2026-01034 sind
zur Zahlung im nächsten Lauf (05.03.) vorgesehen, RE-2026-01187 ist noch in
der Freigabe bei Herrn Lehmann.

Viele Grüße
Sabine Krüger
Kreditorenbuchhaltung
Example Group GmbH · Hamburg
"""
    text = """\
Hallo Frau Krüger,

vielen Dank für die Aufstellung, die Posten stimmen mit unserer Buchhaltung
überein.

Eine wichtige Bitte vor Ihrem Zahlungslauf am 05.03.: Aufgrund der laufenden
Umstellung unseres Zahlungsverkehrs im Rahmen der Konzernfinanzierung werden
Zahlungseingänge bis Ende April ausschließlich über unser Treuhand-/
Sammelkonto abgewickelt. Das bisherige Konto bei der Haspa nimmt in diesem
Zeitraum keine Gutschriften an, Rücküberweisungen würden sich um mehrere
Wochen verzögern.

Bitte verwenden Sie für die drei offenen Rechnungen (gesamt 48.716,40 EUR)
folgende Verbindung:

Kontoinhaber: Lieferant GmbH – Clearing
IBAN: %s
BIC: REVOLT21

Das Bestätigungsschreiben unserer Geschäftsführung liegt bei. Da ich diese
Woche überwiegend auf Messe bin, erreichen Sie mich am besten per E-Mail.
Herr Lehmann ist informiert.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management
Lieferant GmbH · Industriestraße 14 · 21079 Hamburg
Tel. +49 40 7654 3210

%s""" % (fmt_iban(ib), quoted)
    letter = pdf(['#Lieferant GmbH', 'Industriestrasse 14, 21079 Hamburg', '', 'An: Example Group GmbH, Kreditorenbuchhaltung',
                  '', 'Hamburg, 27.02.2026', '', '#Mitteilung zur Bankverbindung',
                  'Sehr geehrte Damen und Herren,', 'im Zuge der Neuordnung unseres Zahlungsverkehrs bitten wir Sie, alle Zahlungen',
                  'bis 30.04.2026 auf das folgende Konto zu leisten:', '', 'Kontoinhaber: Lieferant GmbH - Clearing',
                  'IBAN: ' + fmt_iban(ib), 'BIC: REVOLT21', '', 'Mit freundlichen Gruessen', 'ppa. Stefan Maier'],
                 title='Bankverbindung', author='s.maier')
    build(F, 1, 'de', 'Reply in an accounts-payable thread in the name of a supplier contact, about payment details for open items, letter PDF attached',
          frm=('Stefan Maier', 's.maier@lieferant-gmbh-de.com'), to=[S['ap']], cc=[S['purch']],
          subject='AW: Offene Posten Lieferant GmbH – Stand 28.02.', date='2026-02-27 11:08:51 +0100',
          text=text, cs='iso-8859-15', style='outlook',
          mx=('mail.lieferant-gmbh-de.com', 'vps-4f21a9.hosted-by-vdsina.com', '185.234.72.19'),
          mid='<FR2P281MB%s@FR2P281MB0915.DEUP281.PROD.OUTLOOK.COM>' % hx('a01', 10).upper(),
          xh=[('In-Reply-To', '<FR3P281MB1534A6E02C5B9E0F1A2C4D7BCA0A2@FR3P281MB1534.DEUP281.PROD.OUTLOOK.COM>'),
              ('Thread-Topic', ew('Offene Posten Lieferant GmbH – Stand 28.02.', 'iso-8859-15')),
              ('X-Mailer', 'Microsoft Outlook 16.0')],
          atts=[dict(name='Bestaetigung_Bankverbindung_Lieferant_GmbH.pdf', ctype='application/pdf', data=letter)])

    # ---------------------------------------------------------------- 02 de
    ib = de_iban('10011001', '2618473955')
    build(F, 2, 'de', 'Message in a colleague\'s name from a private address asking payroll to update the salary account',
          frm=('Frank Petersen', 'frank.petersen.hh@web.de'), to=[S['payroll']],
          subject='Neue Bankverbindung für mein Gehalt', date='2026-03-17 21:47:10 +0100',
          text="""\
Hallo Julia,

ich habe mein Konto gewechselt (bin zur N26 gegangen, die alte Hausbank hat die
Gebühren schon wieder erhöht). Kannst du das bitte schon für die März-Abrechnung
umstellen? Ich komme die nächsten Tage kaum ins Büro, viel Zoll-Kram am Terminal.

Neue Bankverbindung:
Kontoinhaber: Frank Petersen
IBAN: %s
BIC: NTSBDEB1XXX

Die alte Verbindung kann gelöscht werden. Falls du noch ein Formular brauchst,
sag kurz Bescheid, dann schicke ich es unterschrieben als Foto.

Danke dir und schönen Abend!
Frank

Von meinem iPhone gesendet""" % fmt_iban(ib),
          mx=('mout.web.de', 'mout.web.de', '212.227.15.4'),
          upstream=['from [10.18.44.93] ([91.64.120.17]) by web-mail.web.de (3c-app-webde-bap16) with HTTP; Tue, 17 Mar 2026 21:47:10 +0100'],
          xh=[('X-Mailer', 'iPhone Mail (22D82)')], style='apple')

    # ---------------------------------------------------------------- 03 de
    build(F, 3, 'de', 'Confidential note in the CEO\'s name to the CFO about an acquisition project and an external lawyer',
          frm=('Dr. Katrin Vogel', 'k.vogel@examplegroup-eu.com'), to=[S['cfo']],
          reply_to=('Dr. Katrin Vogel', 'kvogel.office@proton.me'),
          subject='Vertraulich – Projekt Nordlicht', date='2026-02-12 08:03:27 +0100',
          text="""\
Guten Morgen Matthias,

bist du heute Vormittag erreichbar? Ich bin bis Freitag in Zürich in den
Gesprächen zu Projekt Nordlicht (Übernahme eines Spediteurs im Baltikum, du
weißt, wovon ich rede – bisher nur Vorstand und Aufsichtsrat informiert).

Wir müssen diese Woche noch eine Exklusivitätsvereinbarung absichern, dafür
ist eine Anzahlung auf ein Anderkonto fällig. Die Abwicklung läuft über
Dr. Weidner von der Kanzlei Weidner & Pohl (Frankfurt), er meldet sich heute
noch bei dir mit den Details. Bitte behandle das streng vertraulich, auch
gegenüber Anja und dem Team in der Buchhaltung – die BaFin-Ad-hoc-Thematik
ist heikel.

Ich bin in Sitzungen und telefonisch schlecht erreichbar, bitte antworte
einfach hier auf diese Mail, ob du heute die Freigabe übernehmen kannst.

Danke dir
Katrin

--
Dr. Katrin Vogel
Chief Executive Officer
Example Group GmbH
Gesendet von unterwegs""",
          mx=('FR4P281CU032.outbound.protection.outlook.com', 'mail-germanywestcentralazon11022101.outbound.protection.outlook.com', '52.101.171.101'),
          mid='<BE1P281MB%s@BE1P281MB2836.DEUP281.PROD.OUTLOOK.COM>' % hx('a03', 10).upper(),
          rp='k.vogel@examplegroup-eu.com', style='outlook')

    # ---------------------------------------------------------------- 04 de
    mrn = '26DE440012E0072251'
    atlas_html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Zoll Portal - ATLAS R&uuml;ckfrage %s</title></head>
<body style="font-family:Arial,sans-serif;background:#f2f2f2">
<div style="max-width:560px;margin:30px auto;background:#fff;border-top:6px solid #1e3c6e;padding:24px">
<img alt="Zoll" src="data:image/png;base64,%s" width="120" height="40">
<h2 style="color:#1e3c6e">R&uuml;ckfrage zur Ausfuhranmeldung</h2>
<p>MRN: <b>%s</b><br>Ausfuhrzollstelle: DE004403 Hamburg-Waltershof</p>
<p>Zur Anzeige der R&uuml;ckfrage melden Sie sich bitte mit Ihrem ELSTER-Organisationszertifikat bzw. Ihrem Benutzerkonto im Zoll-Portal an.</p>
<form method="post" action="https://zoll-portal-rueckfrage.de/anmeldung/verify.php">
<input type="hidden" name="mrn" value="%s">
<p>Benutzername / E-Mail<br><input name="u" style="width:100%%" value="f.petersen@example.com"></p>
<p>Passwort<br><input name="p" type="password" style="width:100%%"></p>
<p><button style="background:#1e3c6e;color:#fff;padding:8px 20px;border:0">Anmelden</button></p>
</form>
<p style="font-size:11px;color:#666">Generalzolldirektion &middot; Dienstort Offenbach &middot; Dieses Dokument wurde maschinell erstellt.</p>
</div></body></html>""" % (mrn, base64.b64encode(banner_png('zoll')).decode(), mrn, mrn)
    build(F, 4, 'de', 'Customs query about an export declaration with an HTML attachment',
          frm=('Zoll – ATLAS Ausfuhr', 'atlas-rueckfrage@zoll-portal-service.de'), to=[S['customs']],
          subject='Rückfrage zur Ausfuhranmeldung MRN %s – Antwort bis 16:00 Uhr erforderlich' % mrn,
          date='2026-03-04 10:21:44 +0100',
          text="""\
Sehr geehrte Damen und Herren,

zur o. g. Ausfuhranmeldung (Anmelder: Example Group GmbH, EORI DE4471203)
liegt eine Rückfrage der Ausfuhrzollstelle Hamburg-Waltershof vor
(Unstimmigkeit Rohmasse / Packstücke, Position 3).

Die Ware kann erst nach Beantwortung überlassen werden. Erfolgt bis heute
16:00 Uhr keine Stellungnahme, wird die Anmeldung gemäß Art. 174 UZK für
ungültig erklärt und die Ware verbleibt im Terminal (Lagergeld zu Ihren Lasten).

Die Rückfrage ist aus Datenschutzgründen der beigefügten Datei zu entnehmen.
Öffnen Sie diese bitte im Browser.

Mit freundlichen Grüßen
Ihr Zoll – Service ATLAS
Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.""",
          mx=('mail.zoll-portal-service.de', 'static.81.12.203.62.clients.your-server.de', '62.203.12.81'),
          atts=[dict(name='ATLAS_Rueckfrage_%s.html' % mrn, ctype='text/html', data=atlas_html.encode('utf-8'))])

    # ---------------------------------------------------------------- 05 de
    qr = qr_like('a05-mfa-examplegroup')
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#0f4c81;color:#fff;padding:14px 20px;font-size:18px">Example Group &middot; IT-Service</td></tr>
<tr><td style="padding:20px">
<p>Hallo Lena,</p>
<p>wie im Intranet angekündigt, stellen wir bis zum <b>20.03.2026</b> alle Konten auf die neue Anmeldung mit
Passkey / Microsoft Authenticator um. Für Ihr Konto <b>l.hartmann@examplegroup.eu</b> ist die Neuregistrierung
noch offen.</p>
<p>Bitte scannen Sie den folgenden Code mit der Kamera Ihres <b>Smartphones</b> (nicht am PC öffnen) und folgen
Sie den Anweisungen. Der Vorgang dauert ca. 2 Minuten.</p>
<p style="text-align:center"><img src="cid:qr-%s@examplegroup" width="195" height="195" alt="QR"></p>
<p>Ohne Registrierung wird der Zugriff auf Outlook und Teams aus Sicherheitsgründen am 21.03. automatisch gesperrt.</p>
<p>Viele Grüße<br>Jens Hoffmann<br>IT-Administration &middot; Example Group GmbH</p>
</td></tr></table></body></html>""" % hx('qr5', 8)
    build(F, 5, 'de', 'IT-service notice about re-registering the sign-in method, with an inline QR-code image',
          frm=('Example Group IT-Service', 'it-service@examplegroup-support.de'), to=[S['mkt']],
          subject='Aktion erforderlich: Neuregistrierung Ihrer Anmeldemethode bis 20.03.', date='2026-03-16 07:52:02 +0100',
          text='Hallo Lena,\n\nbitte öffnen Sie diese Nachricht in der HTML-Ansicht, um den Registrierungscode anzuzeigen.\n\nIT-Service Example Group',
          html=html, style='outlook',
          mx=('smtp.examplegroup-support.de', 'mta1.mailer-euwest.net', '45.135.232.41'),
          related=[dict(name='image001.png', ctype='image/png', data=qr, cid='qr-%s@examplegroup' % hx('qr5', 8), disp='inline')])

    # ---------------------------------------------------------------- 06 de
    lnk = (b'L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F'
           + hashlib.sha256(b'a06').digest() * 8)
    cvzip = zip_bytes([('Bewerbung_Lukas_Baumann/Anschreiben_Lukas_Baumann.pdf',
                        pdf(['#Lukas Baumann', 'Bewerbung als Kaufmann fuer Spedition und Logistikdienstleistung (m/w/d)',
                             '', 'Sehr geehrte Frau Wolff,', 'mit grossem Interesse habe ich Ihre Stellenanzeige gelesen ...'],
                            title='Anschreiben', author='Lukas')),
                       ('Bewerbung_Lukas_Baumann/Lebenslauf_Lukas_Baumann.pdf.lnk', lnk),
                       ('Bewerbung_Lukas_Baumann/Zeugnisse_Lukas_Baumann.pdf.lnk', lnk[::-1])])
    build(F, 6, 'de', 'Job application for an advertised logistics position, archive attachment',
          frm=('Lukas Baumann', 'lukas.baumann94@gmx.de'), to=[S['hr']],
          subject='Bewerbung als Kaufmann für Spedition und Logistikdienstleistung (m/w/d) – Ref. HH-2026-14',
          date='2026-02-23 18:14:39 +0100',
          text="""\
Sehr geehrte Frau Wolff,

auf StepStone bin ich auf Ihre Stellenausschreibung als Kaufmann für Spedition
und Logistikdienstleistung (m/w/d) am Standort Hamburg aufmerksam geworden
(Referenz HH-2026-14).

Derzeit bin ich bei einer Seehafenspedition in Bremerhaven im Bereich
Import/Export tätig und suche eine neue Herausforderung in Hamburg.

Meine vollständigen Bewerbungsunterlagen (Anschreiben, Lebenslauf, Zeugnisse)
finden Sie im Anhang als ZIP-Archiv, da die Dateien sonst zu groß sind.

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Lukas Baumann
Mobil: 0176 48221973""",
          mx=('mout.gmx.net', 'mout.gmx.net', '212.227.17.22'),
          upstream=['from [192.168.178.34] ([79.241.88.130]) by mail.gmx.net (mrgmx105 [212.227.17.168]) with ESMTPSA (Nemesis) id 1MPokD-1u4tGq2aBp-00Rz7s; Mon, 23 Feb 2026 18:14:39 +0100'],
          xh=[('User-Agent', 'Mozilla Thunderbird')], style='thunderbird',
          atts=[dict(name='Bewerbung_Lukas_Baumann.zip', ctype='application/zip', data=cvzip)])

    # ---------------------------------------------------------------- 07 de
    link = 'https://hansacontainer-my.sharepoint.com/:o:/g/personal/j_rademacher_hansacontainer_de/EvK2dP9wQhFNm1b3xT0aXGwB7rUe?e=Qk3tVr'
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif">
<table width="560" style="border:1px solid #e1e1e1;padding:24px"><tr><td>
<p style="font-size:20px;color:#333">Jörg Rademacher hat eine Datei für Sie freigegeben</p>
<p style="font-size:14px">Hallo Herr Lehmann, anbei wie besprochen unser Tarifblatt Q2 inkl. der neuen Depot- und Reparaturpauschalen. Bitte bis Freitag prüfen.</p>
<table style="background:#f8f8f8;padding:12px;width:100%%"><tr><td style="font-size:15px">&#128221; <b>Tarifblatt_Q2-2026_Hansa_Container_Service</b></td></tr></table>
<p><a href="%s" style="background:#0078d4;color:#fff;padding:10px 22px;text-decoration:none">Öffnen</a></p>
<p style="font-size:11px;color:#777">Microsoft respektiert Ihre Privatsphäre. Lesen Sie unsere Datenschutzerklärung.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>""" % link
    build(F, 7, 'de', 'File-sharing notification from a container depot contact, link to a hosted notebook document',
          frm=('Jörg Rademacher', 'j.rademacher@hansacontainer.de'), to=[S['purch']],
          subject='Jörg Rademacher hat "Tarifblatt_Q2-2026_Hansa_Container_Service" für Sie freigegeben',
          date='2026-03-10 13:36:18 +0100',
          text='Jörg Rademacher hat eine Datei für Sie freigegeben\n\nHallo Herr Lehmann, anbei wie besprochen unser Tarifblatt Q2 inkl. der neuen Depot- und Reparaturpauschalen. Bitte bis Freitag prüfen.\n\nTarifblatt_Q2-2026_Hansa_Container_Service\nÖffnen: %s\n' % link,
          html=html, mx=MS(7), style='outlook',
          mid='<AS8PR08MB%s@AS8PR08MB6421.eurprd08.prod.outlook.com>' % hx('a07', 10).upper())

    # ---------------------------------------------------------------- 08 en
    inner = base64.b64encode(b'<html><body><h3>Kestrel Freight - Invoice KFF-26-0388</h3><p>Sign in with your Microsoft 365 account to view this document.</p></body></html>').decode()
    smug = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kestrel Freight Invoice KFF-26-0388</title></head>
<body style="font-family:Arial"><div id="v">Loading secure document ...</div>
<script>
/* document viewer */
var d = "%s";
var t = atob(d);
document.getElementById("v").innerHTML = t;
var k = ["aHR0cHM6Ly9rZXN0cmVsZnJlaWdodC12aWV3ZXIuY29tL2RvYy9LRkYyNjAzODg="];
</script></body></html>""" % inner
    build(F, 8, 'en', 'Freight-forwarder notice of local charges holding a telex release, HTML invoice attached',
          frm=('Kestrel Freight – Import Desk', 'imports@kestrel-freight.co.uk'), to=[S['uk_fin']], cc=[S['uk_sales']],
          subject='Telex release on hold – B/L MEDUQ4471920 – outstanding local charges GBP 2,184.60',
          date='2026-03-05 09:41:12 +0000',
          text="""\
Dear Priya,

Please be advised that the telex release for B/L MEDUQ4471920
(1x40HC, MSC ARINA / vessel arrived Felixstowe 03/03) is on hold pending
settlement of local charges (THC, DTHC, documentation, port security).

Amount due: GBP 2,184.60 - invoice KFF-26-0388 attached.

Storage at the terminal will commence from Monday 09/03 at GBP 45/day plus
VAT. To avoid further costs kindly arrange payment today and send us the
remittance so we can release the box to your haulier.

The invoice is secured - open the attachment in your browser and sign in
with your company email to view.

Kind regards

Martin Doyle
Import Operations
Kestrel Freight Forwarding Ltd
Unit 7, Dock Road, Felixstowe IP11 3QW
T +44 1394 675 220""",
          mx=('mail.kestrel-freight.co.uk', 'server-91-215-85-16.mtlnet.uk', '91.215.85.16'),
          atts=[dict(name='Invoice_KFF-26-0388.shtml', ctype='text/html', data=smug.encode('utf-8'))])

    # ---------------------------------------------------------------- 09 en
    join = 'https://teams-meeting-join.com/l/meetup-join/19%3ameeting_NzQ0ZjBhY2Qt%40thread.v2/0?context=examplegroup'
    cal = ics('040000008200E00074C5B7101A82E00800000000%s' % hx('a09', 16).upper(),
              'Q2 Country Leadership Review – UK (updated)', '20260318T140000Z', '20260318T153000Z',
              'Microsoft Teams Meeting',
              'Updated agenda and pre-read attached in Teams. Please join via the link below.\n\nJoin the meeting now: %s\n\nMeeting ID: 348 227 915 604  Passcode: xR7mQ2' % join,
              ('Anja Schulte', 'a.schulte@example-com.co'), [S['uk_sales'], S['uk_fin'], ('Dr. Katrin Vogel', 'k.vogel@example.com')], url=join)
    build(F, 9, 'en', 'Updated calendar invitation for a leadership review in the assistant\'s name, ICS with meeting link',
          frm=('Anja Schulte', 'a.schulte@example-com.co'), to=[S['uk_sales'], S['uk_fin']],
          subject='Updated invitation: Q2 Country Leadership Review – UK @ Wed 18 Mar 2026 15:00 - 16:30 (CET)',
          date='2026-03-13 16:05:33 +0100',
          text="""\
Dear Oliver, dear Priya,

Katrin has asked me to move the UK leadership review forward to Wednesday.
Please review the updated pre-read (Q2 targets, headcount, pricing) before the
call - you will need to sign in with your Example Group account to access it
in Teams.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <%s>
Meeting ID: 348 227 915 604
Passcode: xR7mQ2
________________________________________________________________________________

Best regards
Anja Schulte
Executive Assistant to the CEO
Example Group GmbH""" % join,
          mx=('smtp.example-com.co', 'vm-194-87-31-72.cloud-host.ru', '194.87.31.72'), style='outlook',
          atts=[dict(name='invite.ics', ctype='text/calendar; method=REQUEST; charset="utf-8"', data=cal)])

    # ---------------------------------------------------------------- 10 en
    tmpl = xlsx([['Supplier ID', 'Supplier name', 'Country', 'VAT no.', 'Bank name', 'IBAN / account', 'Sort code / BIC',
                  'Remittance e-mail', 'Balance 31/12/2025 (GBP)', 'Contact phone'],
                 ['', '', '', '', '', '', '', '', '', '']], 'Creditors')
    build(F, 10, 'en', 'Year-end audit request for supplier master data and creditor balances from an audit firm',
          frm=('Julian Marsh', 'j.marsh@hartwellpryce-audit.co.uk'), to=[S['uk_fin']],
          subject='FY2025 audit – creditors circularisation: supplier master data needed by Thursday',
          date='2026-02-17 10:12:47 +0000',
          text="""\
Hi Priya,

Hope you're well. As part of the FY2025 group audit (UK component) we are
finalising the creditors circularisation. Matthias Brandt's team in Hamburg
has confirmed the scope with our German colleagues.

To select our sample, could you please populate the attached template with
the full supplier master file for the UK entity, including bank details and
remittance contacts, together with the aged creditors listing at 31/12/2025?

Please also let us know which suppliers were set up or had bank details
amended since October, and who authorised the change - this is a key
control area for us this year.

Given the reporting deadline, we would appreciate the data by Thursday.
Please reply directly to me rather than through the portal, it's been
having upload issues all week.

Kind regards,

Julian Marsh ACA
Senior Manager, Audit & Assurance
Hartwell Pryce LLP
20 Farringdon Street, London EC4A 4AB
M +44 7700 918 442""",
          mx=MS(10), style='outlook',
          mid='<LO2P265MB%s@LO2P265MB5214.GBRP265.PROD.OUTLOOK.COM>' % hx('a10', 10).upper(),
          atts=[dict(name='Supplier_master_data_template_FY2025.xlsx',
                     ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=tmpl)])

    # ---------------------------------------------------------------- 11 en
    base = 'https://mailprotect-examplegroup.com/quarantine/release?u=o.bennett%40example.com&id='
    rows = [('Northbridge Retail plc - Accounts', 'Payment remittance 0326 - overdue items', '02/03/2026 07:14'),
            ('DHL Express', 'Customs duty invoice 4418205573', '02/03/2026 05:58'),
            ('Dunmore Packaging Ltd', 'RE: RFQ 3x40HC Felixstowe - Piraeus (revised)', '01/03/2026 22:31')]
    trs = ''.join('<tr><td style="padding:6px;border-bottom:1px solid #eee">%s</td><td style="padding:6px;border-bottom:1px solid #eee">%s</td><td style="padding:6px;border-bottom:1px solid #eee">%s</td><td style="padding:6px;border-bottom:1px solid #eee"><a href="%s%s">Release</a> | <a href="%s%s&amp;a=del">Delete</a></td></tr>'
                  % (xesc(a), xesc(b), c, base, hx('q' + b, 10), base, hx('q' + b, 10)) for a, b, c in rows)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>Example Group Email Security - Quarantine Summary</b></p>
<p>The following 3 messages addressed to <b>o.bennett@example.com</b> were held because they could not be verified. They will be deleted automatically after 72 hours.</p>
<table cellspacing="0" style="border:1px solid #ccc;width:720px"><tr style="background:#f0f0f0"><th align="left" style="padding:6px">From</th><th align="left" style="padding:6px">Subject</th><th align="left" style="padding:6px">Received</th><th align="left" style="padding:6px">Action</th></tr>%s</table>
<p style="color:#777;font-size:11px">To manage your quarantine settings, <a href="https://mailprotect-examplegroup.com/settings">sign in to the Email Security portal</a> with your network credentials.</p>
</body></html>""" % trs
    txt = 'Example Group Email Security - Quarantine Summary\n\nThe following 3 messages addressed to o.bennett@example.com were held:\n\n' + \
          '\n'.join('%s | %s | %s\n  Release: %s%s' % (a, b, c, base, hx('q' + b, 10)) for a, b, c in rows) + '\n'
    build(F, 11, 'en', 'Held-messages digest in the style of the company mail gateway',
          frm=('Email Security', 'quarantine@example.com'), to=[S['uk_sales']],
          subject='[Quarantine] 3 new messages held for o.bennett@example.com', date='2026-03-02 08:00:04 +0000',
          text=txt, html=html, rp='bounce-7741@mailprotect-examplegroup.com',
          mx=('mailprotect-examplegroup.com', 'mailprotect-examplegroup.com', '176.113.115.30'))

    # ---------------------------------------------------------------- 12 en
    link = 'https://supplier-registration.ariba-network-portal.com/Sourcing/Main/ad/registerSupplier?anp=Northbridge&key=%s' % hx('a12', 24)
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #f0ab00;padding:12px 0"><b style="font-size:18px">SAP Business Network</b></td></tr>
<tr><td style="padding:18px 0">
<p>Dear Oliver Bennett,</p>
<p><b>Northbridge Retail plc</b> has invited <b>Example Group Ltd</b> to register as a supplier on SAP Business Network in order to participate in the event <b>&quot;Doc2203418771 - UK Inbound Freight Tender 2026/27&quot;</b>.</p>
<p>Event closes: <b>13 March 2026, 17:00 GMT</b></p>
<p><a href="%s" style="background:#0a6ed1;color:#fff;padding:10px 18px;text-decoration:none">Click Here to accept the invitation</a></p>
<p>If you already have an account, sign in with your existing credentials to link the invitation.</p>
<p>Sincerely,<br>The Northbridge Retail Procurement Team</p>
<p style="font-size:11px;color:#888">This email was sent by SAP Business Network on behalf of Northbridge Retail plc. SAP, 3410 Hillview Avenue, Palo Alto, CA 94304, USA.</p>
</td></tr></table></body></html>""" % link
    build(F, 12, 'en', 'Supplier-portal invitation to a customer\'s freight tender',
          frm=('Northbridge Retail plc - SAP Business Network', 'ordersender-prod@ansmtp.ariba-network-portal.com'), to=[S['uk_sales']],
          subject='Invitation: Register to participate in UK Inbound Freight Tender 2026/27 (Doc2203418771)',
          date='2026-03-09 14:22:40 +0000',
          text='Dear Oliver Bennett,\n\nNorthbridge Retail plc has invited Example Group Ltd to register as a supplier on SAP Business Network for the event "Doc2203418771 - UK Inbound Freight Tender 2026/27".\n\nEvent closes: 13 March 2026, 17:00 GMT\n\nAccept the invitation: %s\n\nSincerely,\nThe Northbridge Retail Procurement Team\n' % link,
          html=html, mx=('ansmtp.ariba-network-portal.com', 'ec2-3-250-118-44.eu-west-1.compute.amazonaws.com', '3.250.118.44'))

    # ---------------------------------------------------------------- 13 en
    js = '// Dunmore Packaging - RFQ 0326 document loader\n// (inert test sample)\nvar docs = ["RFQ_0326_schedule.pdf", "RFQ_0326_volumes.xlsx"];\n'
    build(F, 13, 'en', 'Reply in an older quotation thread from a customer mailbox with a short note and an archive attachment',
          frm=('Gareth Hughes', 'g.hughes@dunmorepackaging.co.uk'), to=[S['uk_sales']],
          subject='RE: Quotation request – 3x40HC Felixstowe–Piraeus, weekly from April',
          date='2026-03-11 07:33:05 +0000',
          text="""\
Hi Oliver,

Further to our call, please find the revised volumes and delivery schedule in
the attached. Can you please confirm you can still hold the rate?

Archive password: 0326

Thanks,
Gareth

-----Original Message-----
From: Oliver Bennett <o.bennett@example.com>
Sent: 14 November 2025 16:20
To: Gareth Hughes <g.hughes@dunmorepackaging.co.uk>
Subject: RE: Quotation request – 3x40HC Felixstowe–Piraeus, weekly from April

Hi Gareth,

Thanks for the enquiry. Our indicative all-in rate is USD 2,380 per 40HC
door-to-CY Piraeus, valid until end of Q1 subject to GRI/PSS. Transit
approx. 24 days via Rotterdam. Let me know the final volumes and I will
have our Piraeus office (Eleni) arrange the delivery side.

Best regards
Oliver Bennett
Sales Director UK | Example Group Ltd""",
          mx=('mail.dunmorepackaging.co.uk', 'mail.dunmorepackaging.co.uk', '185.151.30.144'), style='outlook',
          atts=[dict(name='RFQ_Dunmore_0326.zip', ctype='application/x-zip-compressed',
                     data=zip_bytes([('RFQ_Dunmore_0326.js', js)]))])

    # ---------------------------------------------------------------- 14 it
    ib = it_iban('03268', '01600', '000052817463')
    letter = pdf(['#FERRETTI TRASPORTI S.r.l.', 'Via dell\'Industria 22 - 20090 Segrate (MI) - P.IVA 08412330963', '',
                  'Spett.le Example Group S.r.l. - Ufficio Amministrazione', '', 'Segrate, 02/03/2026', '',
                  '#Oggetto: variazione coordinate bancarie',
                  'Con la presente comunichiamo che a decorrere dalla data odierna i pagamenti delle nostre fatture',
                  'dovranno essere effettuati esclusivamente sul seguente conto corrente:', '',
                  'Intestatario: Ferretti Trasporti S.r.l.', 'IBAN: ' + fmt_iban(ib), '',
                  'Le precedenti coordinate non sono piu\' operative.', '', 'Distinti saluti', 'L\'Amministratore'],
                 title='Variazione coordinate', author='Amministrazione')
    build(F, 14, 'it', 'Notice of changed bank coordinates in the name of the Italian carrier, with letter PDF',
          frm=FAMM, to=[S['it_amm']], reply_to=('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti-srl.it'),
          subject='Comunicazione variazione coordinate bancarie – Ferretti Trasporti S.r.l.',
          date='2026-03-02 09:17:26 +0100', cs='iso-8859-1',
          text="""\
Gentile Dott.ssa Russo,

con la presente Vi informiamo che, a seguito della migrazione dei nostri
rapporti bancari, a partire da oggi i pagamenti delle fatture Ferretti
Trasporti dovranno essere disposti esclusivamente sulle nuove coordinate:

Intestatario: Ferretti Trasporti S.r.l.
IBAN: %s

Vi preghiamo di aggiornare l'anagrafica fornitori prima del prossimo
pagamento. Le fatture n. 388/2026 e 401/2026 in scadenza il 05/03 andranno
già saldate sul nuovo conto. In allegato la comunicazione ufficiale firmata.

Per qualsiasi chiarimento rispondete pure a questa e-mail, siamo in ufficio
ridotto per inventario e non sempre raggiungibili al telefono.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Industria 22 - 20090 Segrate (MI)""" % fmt_iban(ib),
          mx=('ferretti-trasporti.it', 'host-5-181-86-207.static.eonix.ro', '5.181.86.207'), rp='amministrazione@ferretti-trasporti-srl.it',
          atts=[dict(name='Comunicazione_variazione_IBAN.pdf', ctype='application/pdf', data=letter)])

    # ---------------------------------------------------------------- 15 it
    idsdi = '17428836514'
    link = 'https://ivaservizi.agenziaentrate-fatturazione.com/cons/sdi-notifiche/esito?id=' + idsdi
    html = """<html><body style="font-family:Verdana,Arial;font-size:12px">
<p><b>Anomalia nel messaggio:</b> notifica di scarto</p>
<p>Il giorno 10/03/2026 alle ore 08:44:12 (+0100) il messaggio &quot;Notifica di scarto&quot; relativo alla fattura elettronica
IT08123450961_0A4F2.xml (Identificativo SdI %s) &egrave; stato inviato dal Sistema di Interscambio.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr><td>Codice errore</td><td>00404 &ndash; Fattura duplicata</td></tr>
<tr><td>Cedente/Prestatore</td><td>EXAMPLE GROUP S.R.L.</td></tr>
<tr><td>Importo</td><td>EUR 18.420,00</td></tr></table>
<p>Per evitare l'applicazione delle sanzioni di cui all'art. 6 D.Lgs. 471/97 &egrave; necessario procedere alla <a href="%s">rettifica entro 5 giorni</a> tramite il portale Fatture e Corrispettivi (accesso con SPID/CIE).</p>
<p>Il presente messaggio &egrave; stato generato automaticamente, non rispondere.</p></body></html>""" % (idsdi, link)
    build(F, 15, 'it', 'Certified-mail notice of a rejected e-invoice with a correction link',
          frm=('Per conto di: sdi01@pec.fatturapa.it', 'posta-certificata@pec-notifiche-sdi.it'), to=[S['it_amm']],
          subject='POSTA CERTIFICATA: Notifica di scarto - IdentificativoSdI %s' % idsdi,
          date='2026-03-10 08:44:37 +0100', text=None, html=html, cs='iso-8859-1',
          mx=('pec-notifiche-sdi.it', 'srv-77-91-68-52.vh.domainhost.it', '77.91.68.52'),
          xh=[('X-Trasporto', 'posta-certificata'), ('X-Riferimento-Message-ID', '<opec21025.20260310084412.04418.%s@pec.fatturapa.it>' % hx('a15', 6))])

    # ---------------------------------------------------------------- 16 it
    link = 'https://wetransfer.ferretti-docs.it.com/downloads/8f41c2a7e0/DDT_CMR_sett09.zip'
    build(F, 16, 'it', 'Message from the Italian carrier contact with a download link for signed transport documents',
          frm=COLOMBO, to=[S['it_log']],
          subject='Re: DDT e CMR settimana 9 – documenti firmati',
          date='2026-03-03 12:49:58 +0100',
          text="""\
Ciao Marco,

come da tua richiesta ti giro tutti i DDT e CMR firmati della settimana 9
(viaggi Segrate–Verona–Poznań e i due groupage per Hamburg). I file sono
troppo pesanti per la mail, li trovi qui:

%s

Il link scade venerdì. Per scaricarli ti chiede di accedere con la mail
aziendale, è la nuova impostazione di sicurezza.

Fammi sapere se manca qualcosa per la fatturazione.

Ciao
Claudio

--
Claudio Colombo
Ufficio Traffico
Ferretti Trasporti S.r.l.
Tel. 02 2134 8871 - Cell. 335 618 2290""" % link,
          mx=MX_ARUBA, xh=[('X-Mailer', 'Microsoft Outlook 16.0')], style='outlook')

    # ---------------------------------------------------------------- 17 it
    build(F, 17, 'it', 'Request in the CEO\'s name to the Italian country manager to move to a messaging app for a confidential matter',
          frm=('Katrin Vogel (Example Group)', 'katrin.vogel.eg@gmail.com'), to=[S['it_cm']],
          subject='Richiesta riservata', date='2026-02-19 09:58:12 +0100',
          text="""\
Buongiorno Giulia,

ti scrivo dal mio indirizzo personale perché sono in trasferta e ho problemi
con la VPN. Ho bisogno del tuo supporto per un'operazione riservata in Italia
(acquisizione di un piccolo operatore logistico a Verona), che dobbiamo
chiudere entro questa settimana. Per ora ne sono al corrente solo io e
Matthias.

Mi mandi per favore il tuo numero WhatsApp aggiornato? Ti metto in contatto
con l'Avv. Bellandi dello studio che segue la due diligence, ti spiegherà lui
i passi successivi. Ti chiedo massima discrezione, anche con il team a
Milano.

Grazie mille,
Katrin

Inviato da iPad""",
          mx=GOOG(13), mid='<CAF8pqT%s@mail.gmail.com>' % hx('a17', 30),
          upstream=['by mail-wr1-f53.google.com with SMTP id ffacd0b85a97d-38f3b4d2f1bso1190223f8f.2 for <giulia.ferraro@examplegroup.eu>; Thu, 19 Feb 2026 00:58:12 -0800 (PST)'],
          style='gmail')

    # ---------------------------------------------------------------- 18 it
    link = 'https://areaclienti.telepass-business.it.rinnovo-metodo.com/accesso?cliente=EXG%s' % hx('a18', 6)
    html = """<html><body style="margin:0;font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#ffcd00;padding:16px;font-size:22px;font-weight:bold;color:#003c7e">Telepass</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p>Gentile Cliente EXAMPLE GROUP S.R.L.,</p>
<p>non &egrave; stato possibile addebitare l'estratto conto pedaggi di <b>febbraio 2026</b> (importo <b>&euro; 3.918,64</b>, 12 dispositivi) sul metodo di pagamento associato al contratto.</p>
<p>Per evitare la <b>sospensione dei dispositivi</b> sui veicoli della flotta a partire dal <b>13/03/2026</b>, aggiorna il metodo di pagamento nell'Area Clienti.</p>
<p style="text-align:center"><a href="%s" style="background:#003c7e;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Aggiorna metodo di pagamento</a></p>
<p>Cordiali saluti,<br>Servizio Clienti Telepass Business</p>
<p style="font-size:10px;color:#999">Telepass S.p.A. - Via Laurentina 449, 00142 Roma - P.IVA 09771701001</p>
</td></tr></table></body></html>""" % link
    build(F, 18, 'it', 'Toll-service notice about a failed fleet toll debit with a payment-update link',
          frm=('Telepass Business', 'noreply@telepass-business-avvisi.it'), to=[S['it_log']],
          subject='Addebito non riuscito – aggiorna il metodo di pagamento per evitare la sospensione dei dispositivi',
          date='2026-03-11 06:12:09 +0100', text=None, html=html, cte='base64',
          mx=('mta3.telepass-business-avvisi.it', 'mta3.mailsrv-cloud.net', '141.98.10.63'))

    # ---------------------------------------------------------------- 19 it
    doc = docx(['#GRANDI MAGAZZINI LOMBARDI S.p.A. - Ufficio Acquisti', 'Ordine di acquisto PO 4500018822',
                'Documento protetto. Per visualizzare il contenuto fare clic su "Abilita modifica" e quindi su "Abilita contenuto".',
                'Se il documento non viene visualizzato correttamente, accedere a: https://gml-acquisti-docs.com/po/4500018822'])
    build(F, 19, 'it', 'Purchase order from a retail customer with a Word attachment',
          frm=('Ufficio Acquisti GML', 'acquisti@grandimagazzinilombardi.com'), to=[S['it_cm']], cc=[S['it_log']],
          subject='Ordine di acquisto PO 4500018822 – richiesta conferma trasporto',
          date='2026-03-06 15:30:21 +0100', cs='windows-1252',
          text="""\
Buongiorno,

in allegato il nostro ordine PO 4500018822 per il trasporto di 26 bancali
(elettrodomestici) dal nostro CeDi di Piacenza al magazzino di Poznań, ritiro
richiesto per martedì 10/03.

Vi chiediamo gentilmente di confermare disponibilità e tariffa entro oggi,
firmando e restituendo il documento allegato.

Cordiali saluti

Roberta Galli
Ufficio Acquisti – Logistica
Grandi Magazzini Lombardi S.p.A.""",
          mx=('mail.grandimagazzinilombardi.com', 'mail.grandimagazzinilombardi.com', '62.204.41.150'),
          atts=[dict(name='PO_4500018822.docx', ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=doc)])

    # ---------------------------------------------------------------- 20 pl
    ib = pl_iban('1090101', '0000000153628844')
    build(F, 20, 'pl', 'Notice of a new bank account in the name of the Polish logistics partner\'s accounting',
          frm=('Księgowość Partner Logistik', 'ksiegowosc@partner-logistlk.pl'), to=[S['pl_acc']],
          subject='Zmiana rachunku bankowego – Partner Logistik Sp. z o.o.', date='2026-02-25 10:02:17 +0100',
          cs='iso-8859-2',
          text="""\
Szanowna Pani Agnieszko,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą
spółkę, od dnia 1 marca 2026 r. wszystkie płatności na rzecz
Partner Logistik Sp. z o.o. prosimy kierować na nowy rachunek:

%s
(Santander Bank Polska S.A.)

Nowy rachunek został zgłoszony do Urzędu Skarbowego i jest widoczny na
białej liście podatników VAT (aktualizacja może potrwać do 3 dni roboczych).
Płatności w mechanizmie podzielonej płatności (MPP) realizowane są również na
nowy rachunek.

Prosimy o potwierdzenie aktualizacji danych w Państwa systemie zwrotnie na
ten adres. Faktury FV/2026/02/118 oraz FV/2026/02/131 prosimy uregulować już
na nowy rachunek.

Z poważaniem
Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
NIP 7792418830""" % fmt_iban(ib),
          mx=('partner-logistlk.pl', 'vps-2a9c41.vps.ovh.net', '51.68.177.94'))

    # ---------------------------------------------------------------- 21 pl
    link = 'https://ksef-podatki.gov-pl.info/web/weryfikacja?nip=7822618904&t=%s' % hx('a21', 12)
    html = """<html><body style="font-family:Arial;font-size:13px;color:#1b1b1b">
<div style="border-left:4px solid #d4213d;padding:10px 16px;max-width:600px">
<p style="font-size:16px"><b>Krajowy System e-Faktur (KSeF)</b></p>
<p>Szanowni Państwo,</p>
<p>faktura nr <b>EG/PL/2026/03/0047</b> wystawiona przez podmiot o NIP <b>7822618904</b> (EXAMPLE GROUP POLSKA SP. Z O.O.) została <b>odrzucona</b> przez system KSeF z powodu nieważnego tokenu uwierzytelniającego.</p>
<p>Od 1 kwietnia 2026 r. obowiązek wystawiania faktur w KSeF dotyczy wszystkich podatników. Faktury niewysłane do KSeF nie są uznawane za wystawione, co może skutkować sankcjami z art. 106ni ustawy o VAT.</p>
<p>Aby ponownie wygenerować token, zaloguj się przez Profil Zaufany lub podpis kwalifikowany:</p>
<p><a href="%s" style="background:#d4213d;color:#fff;padding:8px 18px;text-decoration:none">Weryfikacja uprawnień KSeF</a></p>
<p style="font-size:11px;color:#666">Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa. Wiadomość wygenerowana automatycznie.</p>
</div></body></html>""" % link
    build(F, 21, 'pl', 'National e-invoicing system notice about a rejected invoice and token re-verification',
          frm=('KSeF - Ministerstwo Finansów', 'powiadomienia@ksef-mf.gov-pl.info'), to=[S['pl_cm']], cc=[S['pl_acc']],
          subject='KSeF: faktura EG/PL/2026/03/0047 odrzucona – wymagana weryfikacja tokenu',
          date='2026-03-12 07:40:55 +0100', text=None, html=html, cs='windows-1250', cte='base64',
          mx=('gov-pl.info', 'ip-193-142-146-12.nl-ams.abstractdns.net', '193.142.146.12'))

    # ---------------------------------------------------------------- 22 pl
    link = 'https://platform.trans.eu.weryfikacja-przewoznika.com/login?redirect=/company/verification'
    html = """<html><body style="font-family:Arial,Helvetica;font-size:14px">
<table width="580" style="border:1px solid #e5e5e5"><tr><td style="background:#1b1f3b;color:#fff;padding:14px;font-size:20px">Trans.eu</td></tr>
<tr><td style="padding:20px">
<p>Dzień dobry, Paweł,</p>
<p>w ramach programu <b>Bezpieczna Giełda 2026</b> weryfikujemy dane wszystkich przewoźników i spedytorów.
Twoja firma <b>EXAMPLE GROUP POLSKA SP. Z O.O.</b> (Trans ID 418772-3) nie przeszła automatycznej weryfikacji OCP.</p>
<p>Do czasu uzupełnienia danych <b>możliwość publikowania i przyjmowania ładunków zostanie ograniczona</b> za 24 godziny.</p>
<p><a href="%s" style="background:#00b386;color:#fff;padding:10px 20px;text-decoration:none">Zaloguj się i uzupełnij dane</a></p>
<p>Zespół Bezpieczeństwa Trans.eu</p></td></tr></table></body></html>""" % link
    build(F, 22, 'pl', 'Freight-exchange notice about carrier verification threatening limits on the account',
          frm=('Trans.eu', 'bezpieczenstwo@trans-eu-platform.com'), to=[S['pl_log']],
          subject='Weryfikacja przewoźnika – Twoje konto zostanie ograniczone za 24h',
          date='2026-03-09 06:31:08 +0100',
          text='Dzień dobry, Paweł,\n\nTwoja firma EXAMPLE GROUP POLSKA SP. Z O.O. (Trans ID 418772-3) nie przeszła automatycznej weryfikacji OCP. Zaloguj się i uzupełnij dane: %s\n\nZespół Bezpieczeństwa Trans.eu\n' % link,
          html=html, cs='iso-8859-2',
          mx=('mail.trans-eu-platform.com', 'mail.trans-eu-platform.com', '179.43.187.22'))

    # ---------------------------------------------------------------- 23 pl
    link = 'https://edoreczenia-gov.pl.skrzynka-odbiorcza.com/odbior?ade=AE:PL-48211-77302-WJUTE-21'
    build(F, 23, 'pl', 'Notice about a registered electronic delivery from the tax office waiting for pickup',
          frm=('e-Doręczenia', 'powiadomienia@edoreczenia-info.pl'), to=[S['pl_acc']],
          subject='Nowa przesyłka w skrzynce do doręczeń elektronicznych – Urząd Skarbowy Poznań-Wilda',
          date='2026-02-16 11:05:42 +0100', cs='utf-8', cte='base64',
          text="""\
Szanowni Państwo,

na adres do doręczeń elektronicznych AE:PL-48211-77302-WJUTE-21
(EXAMPLE GROUP POLSKA SP. Z O.O.) została nadana przesyłka:

Nadawca: Urząd Skarbowy Poznań-Wilda
Tytuł: Postanowienie o wszczęciu czynności sprawdzających (VAT 01/2026)
Data nadania: 16.02.2026 10:58

Przesyłka zostanie uznana za doręczoną po upływie 14 dni (fikcja doręczenia).
Aby odebrać przesyłkę, zaloguj się do skrzynki:
%s

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
Centralny Ośrodek Informatyki""" % link,
          mx=('edoreczenia-info.pl', 'static-45-159-248-19.hostnet.pl', '45.159.248.19'))

    # ---------------------------------------------------------------- 24 pl
    link = 'https://app.autenti.com.sign-docs.net/document/%s' % hx('a24', 20)
    html = """<html><body style="font-family:Arial;font-size:14px;color:#222">
<p><b>Autenti</b></p>
<p>Nadine Wolff (Example Group GmbH) prosi o podpisanie dokumentu:</p>
<p style="font-size:16px"><b>Aneks nr 2/2026 do umowy o pracę – zmiana wynagrodzenia i premii kwartalnej</b></p>
<p>Wiadomość od nadawcy: <i>Dzień dobry, w załączeniu aneks dotyczący regulacji wynagrodzeń od 1.04. Prosimy o podpis do piątku. Pozdrawiam, N. Wolff, HR</i></p>
<p><a href="%s" style="background:#1E88E5;color:#fff;padding:10px 22px;text-decoration:none">Przejdź do dokumentu</a></p>
<p style="font-size:11px;color:#888">Autenti Sp. z o.o., ul. Świętego Marcina 29/8, 61-806 Poznań</p></body></html>""" % link
    build(F, 24, 'pl', 'Electronic-signature request for a salary amendment in the HR manager\'s name',
          frm=('Autenti', 'powiadomienia@autenti-podpis.com'), to=[S['pl_log']],
          subject='Nadine Wolff prosi o podpis: Aneks nr 2/2026 do umowy o pracę', date='2026-03-18 16:48:20 +0100',
          text='Nadine Wolff (Example Group GmbH) prosi o podpisanie dokumentu: Aneks nr 2/2026 do umowy o pracę.\nPrzejdź do dokumentu: %s\n' % link,
          html=html, cs='utf-8',
          mx=('autenti-podpis.com', 'em-sender-77.sendlayer.net', '38.180.94.12'))

    # ---------------------------------------------------------------- 25 el
    link = 'https://eservices.olp-gr.com/demurrage/pay?ref=OLP-26-114803'
    build(F, 25, 'el', 'Port-authority notice of container storage charges with a payment link',
          frm=('ΟΛΠ Α.Ε. – Τμήμα Χρεώσεων', 'billing@olp-gr.com'), to=[S['gr_ops']],
          subject='Επείγον: Χρεώσεις παραμονής εμπορευματοκιβωτίων – Κράτηση OLP-26-114803',
          date='2026-03-06 08:14:27 +0200', cs='iso-8859-7',
          text="""\
Αξιότιμοι κύριοι,

Σας ενημερώνουμε ότι για τα κάτωθι εμπορευματοκιβώτια, που αφορούν την
εταιρεία σας, έχουν υπερβεί τις ημέρες ελεύθερης παραμονής στον Σταθμό
Εμπορευματοκιβωτίων Πειραιά:

  MSCU 7741920-3   40HC   παραμονή 9 ημέρες
  TGHU 8820417-6   40HC   παραμονή 9 ημέρες

Συνολική οφειλή: 1.846,20 EUR (συμπ. ΦΠΑ)

Για την αποφυγή δέσμευσης των φορτίων και επιπλέον χρεώσεων, παρακαλούμε
να προχωρήσετε σε εξόφληση έως σήμερα 16:00 μέσω της ηλεκτρονικής
πλατφόρμας:

%s

Με εκτίμηση,
Τμήμα Χρεώσεων & Είσπραξης
Οργανισμός Λιμένος Πειραιώς Α.Ε.""" % link,
          mx=('olp-gr.com', 'vps-103-214-117-9.hostpapa.gr', '103.214.117.9'))

    # ---------------------------------------------------------------- 26 el
    ib = gr_iban('017', '0125', '0005012847733')
    build(F, 26, 'el', 'Short request in the Greek country manager\'s name for a same-day payment to a ship agent',
          frm=('Γιώργος Παπαδόπουλος', 'giorgos.papadopoulos.gr@gmail.com'), to=[S['gr_ops']],
          subject='Επείγον - πληρωμή σήμερα', date='2026-02-20 10:37:45 +0200',
          text="""\
Ελένη καλημέρα,

είμαι σε σύσκεψη με τον πελάτη στο Πέραμα και δεν μπορώ να μιλήσω στο
τηλέφωνο. Χρειάζομαι να γίνει σήμερα μια πληρωμή στον πράκτορα για το
φορτίο του Sea Breeze, αλλιώς δεν μας δίνουν delivery order.

Ποσό: 14.280,00 EUR
Δικαιούχος: Argo Maritime Agency IKE
IBAN: %s
Αιτιολογία: DO / Sea Breeze V.0826

Στείλε μου το αποδεικτικό εδώ μόλις γίνει. Δεν χρειάζεται να ενημερώσεις
το Αμβούργο, θα το κανονίσω εγώ με τον Matthias.

Ευχαριστώ
Γιώργος

Στάλθηκε από το κινητό μου""" % fmt_iban(ib),
          mx=GOOG(16), mid='<CAJ7kfR%s@mail.gmail.com>' % hx('a26', 30), style='gmail')

    # ---------------------------------------------------------------- 27 el
    link = 'https://icisnet-gsis.gr-taxisnet.info/icisnet/login?ret=declarant'
    html = """<html><body style="font-family:Tahoma,Arial;font-size:13px">
<p style="color:#004b87;font-size:16px"><b>ICISnet – Ολοκληρωμένο Τελωνειακό Σύστημα</b></p>
<p>Αγαπητέ χρήστη,</p>
<p>Στο πλαίσιο της μετάβασης στο νέο σύστημα εξαγωγών (AES/ECS φάση 2) και της υποχρεωτικής ταυτοποίησης διασαφιστών,
ο λογαριασμός σας <b>e.konstantinou</b> δεν έχει επιβεβαιωθεί.</p>
<p>Μετά τις <b>48 ώρες</b> δεν θα είναι δυνατή η υποβολή διασαφήσεων. Παρακαλούμε επιβεβαιώστε τα στοιχεία σας με τους κωδικούς TAXISnet:</p>
<p><a href="%s">Ταυτοποίηση διασαφιστή</a></p>
<p>Ανεξάρτητη Αρχή Δημοσίων Εσόδων – Γενική Διεύθυνση Τελωνείων &amp; ΕΦΚ</p></body></html>""" % link
    build(F, 27, 'el', 'Customs-system request to confirm a declarant account with tax-portal credentials',
          frm=('ICISnet - ΑΑΔΕ', 'noreply@icisnet-aade.gr.com'), to=[S['gr_ops']],
          subject='ICISnet: Εκκρεμεί ταυτοποίηση διασαφιστή – ενέργεια εντός 48 ωρών',
          date='2026-03-03 09:02:11 +0200', text=None, html=html, cs='iso-8859-7', cte='quoted-printable',
          mx=('icisnet-aade.gr.com', 'ns3194021.ip-51-195-18.eu', '51.195.18.207'))

    # ---------------------------------------------------------------- 28 el
    ib = gr_iban('026', '0071', '0000420718236')
    inv = pdf(['#POSIDONIA 2026 - The International Shipping Exhibition', 'Metropolitan Expo, Athens, 1-5 June 2026', '',
               'PROFORMA INVOICE PX-26-0611', 'Exhibitor: EXAMPLE GROUP (Piraeus branch)', 'Stand: Hall 3 / B-214 (12 sqm, shell scheme)',
               'Balance due: EUR 6,840.00', '', 'Beneficiary: Posidonia Exhibitions S.A. - Events Account',
               'IBAN: ' + fmt_iban(ib), 'BIC: ERBKGRAA', 'Payment due: 16 March 2026'], title='Proforma PX-26-0611')
    build(F, 28, 'el', 'Exhibition organiser balance request for a stand booking, proforma invoice PDF with bank details',
          frm=('Posidonia 2026 – Exhibitor Services', 'exhibitors@posidonia-events.gr'), to=[S['gr_cm']], cc=[S['mkt']],
          subject='Posidonia 2026 – Εξόφληση υπολοίπου περιπτέρου B-214 / Stand balance payment',
          date='2026-03-09 12:26:40 +0200',
          text="""\
Αγαπητέ κύριε Παπαδόπουλε,

Σας ευχαριστούμε για τη συμμετοχή σας στα Ποσειδώνια 2026 (1–5 Ιουνίου,
Metropolitan Expo). Σύμφωνα με τους όρους συμμετοχής, το υπόλοιπο του
κόστους περιπτέρου (6.840,00 EUR) είναι πληρωτέο έως 16 Μαρτίου 2026.

Λόγω αλλαγής τραπεζικού συνεργάτη, παρακαλούμε η πληρωμή να γίνει στον νέο
λογαριασμό που αναγράφεται στο συνημμένο προτιμολόγιο. Μετά την
προθεσμία το περίπτερο θα διατεθεί σε εκθέτες της λίστας αναμονής.

Dear Mr Papadopoulos, please find attached the proforma for the stand
balance. Kindly note our new bank account.

Με εκτίμηση / Kind regards
Κατερίνα Λαμπράκη
Exhibitor Services – Posidonia Exhibitions S.A.""",
          mx=('mail.posidonia-events.gr', 'static-5-42-211-86.zeus-hosting.eu', '5.42.211.86'),
          atts=[dict(name='Proforma_PX-26-0611_Example_Group.pdf', ctype='application/pdf', data=inv)])

    # ---------------------------------------------------------------- 29 el
    man = pdf(['#AEGEAN LINK SHIPPING AGENCY', 'Akti Miaouli 47, 185 36 Piraeus', '', 'CARGO MANIFEST - MV SEA BREEZE V.0826',
               '', 'This document is protected. Click anywhere on this page to open the full manifest', 'in the secure viewer (sign in with your company e-mail).'],
              title='Manifest', link='https://aegeanlink-docs.sharepointonline-viewer.com/manifest/SB0826')
    build(F, 29, 'el', 'Shipping-agent message sharing a cargo manifest PDF',
          frm=('Νίκος Αλεξίου – Aegean Link', 'n.alexiou@aegeanlink.gr'), to=[S['gr_ops']],
          subject='Σας κοινοποιήθηκε: Αναλυτικό Manifest MV SEA BREEZE V.0826',
          date='2026-02-26 14:05:09 +0200', cs='utf-8',
          text="""\
Καλησπέρα σας,

Σας επισυνάπτουμε το αναλυτικό manifest για το MV SEA BREEZE V.0826 (ETA
Πειραιάς 28/02). Παρακαλούμε ελέγξτε τα containers της εταιρείας σας και
επιβεβαιώστε τα στοιχεία παραλήπτη πριν την έκδοση των delivery orders.

Με εκτίμηση,
Νίκος Αλεξίου
Operations – Aegean Link Shipping Agency
Ακτή Μιαούλη 47, 185 36 Πειραιάς
Τ: +30 210 4290 118""",
          mx=MS(29), style='outlook',
          atts=[dict(name='Manifest_SEA_BREEZE_V0826.pdf', ctype='application/pdf', data=man)])

    # ---------------------------------------------------------------- 30 es
    link = 'https://dehu.redsara-notificaciones.es/comparecer?id=NOT-2026-AEAT-3318472'
    html = """<html><body style="font-family:Arial;font-size:13px;color:#333">
<table width="620"><tr><td style="background:#c8102e;color:#fff;padding:10px 14px;font-weight:bold">GOBIERNO DE ESPAÑA &middot; Dirección Electrónica Habilitada única</td></tr>
<tr><td style="padding:16px">
<p>Estimado/a titular:</p>
<p>Le informamos de que tiene a su disposición una <b>notificación</b> en la Dirección Electrónica Habilitada única (DEHú):</p>
<table style="font-size:13px"><tr><td><b>Emisor:</b></td><td>Agencia Estatal de Administración Tributaria</td></tr>
<tr><td><b>Titular:</b></td><td>EXAMPLE GROUP IBÉRICA S.L. (B-98765432)</td></tr>
<tr><td><b>Concepto:</b></td><td>Requerimiento de información – Modelo 303 4T 2025</td></tr>
<tr><td><b>Fecha de puesta a disposición:</b></td><td>02/03/2026</td></tr></table>
<p>Dispone de <b>10 días naturales</b> para acceder. Transcurrido dicho plazo, la notificación se entenderá rechazada (art. 43 Ley 39/2015).</p>
<p><a href="%s">Acceder a la notificación</a> (Cl@ve o certificado electrónico)</p>
<p style="font-size:11px;color:#888">Este es un mensaje automático. Por favor, no responda a este correo.</p></td></tr></table></body></html>""" % link
    build(F, 30, 'es', 'Notice of a pending electronic notification from the tax agency, with access link',
          frm=('DEHú – Notificaciones', 'avisos@dehu-notificaciones.es'), to=[S['es_cm']],
          subject='Aviso de puesta a disposición de notificación – AEAT – EXAMPLE GROUP IBÉRICA S.L.',
          date='2026-03-02 09:33:14 +0100', text=None, html=html, cs='iso-8859-15',
          mx=('dehu-notificaciones.es', 'srv1.hostingclouds-es.com', '185.222.58.41'))

    # ---------------------------------------------------------------- 31 es
    link = 'https://valenciaportpcs.net-acceso.com/pcs/login?renovacion=certificado'
    build(F, 31, 'es', 'Port-community-system notice about an expiring certificate with a renewal link',
          frm=('Valenciaport PCS', 'soporte@valenciaportpcs-avisos.com'), to=[S['es_sales']],
          subject='Valenciaport PCS: su certificado de acceso caduca en 48 horas',
          date='2026-02-24 07:55:38 +0100', cs='utf-8',
          text="""\
Estimado usuario lucia.fernandez,

Le recordamos que el certificado de acceso asociado a su usuario de
Valenciaport PCS (empresa: EXAMPLE GROUP IBÉRICA S.L.) caduca el
26/02/2026.

Sin un certificado válido no podrá gestionar reservas, solicitudes de
admisión y entregas de contenedores ni consultar el estado de los levantes.

Para renovarlo, acceda con sus credenciales actuales:
%s

Atentamente,
Centro de Atención a Usuarios – Valenciaport PCS
Fundación Valenciaport""" % link,
          mx=('valenciaportpcs-avisos.com', 'mail.valenciaportpcs-avisos.com', '91.92.246.73'))

    # ---------------------------------------------------------------- 32 es
    ib = es_iban('0081', '0216', '0001843712')
    build(F, 32, 'es', 'Customs-agent request to fund duties for an import clearance, naming a different bank account',
          frm=('Tránsitos Levante – Aduanas', 'aduanas@transitos-levante.es'), to=[S['es_cm']], cc=[S['es_sales']],
          subject='RE: Levante DUA 26ES00460011872453 – provisión de fondos urgente',
          date='2026-03-12 10:48:02 +0100', cs='iso-8859-1',
          text="""\
Buenos días Javier,

Adjuntamos la liquidación del DUA de importación 26ES00460011872453
(contenedor MSKU 4471180, 1x40HC, maquinaria). La Aduana de Valencia ha
emitido el levante condicionado al pago de aranceles e IVA.

Total provisión: 23.418,77 EUR

Por cierre de nuestra cuenta operativa de Bankinter en proceso de
auditoría, les rogamos realicen la transferencia a nuestra cuenta de
provisiones en Banco Sabadell:

Titular: Tránsitos Levante S.L.
IBAN: %s

Necesitamos el justificante antes de las 13:00 para no perder la salida
del camión de hoy; en caso contrario se aplicará almacenaje en terminal.

Un saludo,

Marta Soler
Departamento de Aduanas
Tránsitos Levante S.L. – Av. del Puerto 312, 46024 Valencia""" % fmt_iban(ib),
          mx=('transitos-levante.es', 'cloud-vps-89-248-165-14.clientes.eu', '89.248.165.14'))

    # ---------------------------------------------------------------- 33 es
    form = """<!DOCTYPE html><html lang="es"><head><meta charset="iso-8859-15"><title>Burofax Online - Correos</title></head>
<body style="font-family:Arial;background:#fdd835">
<div style="background:#fff;max-width:480px;margin:40px auto;padding:24px">
<h2 style="color:#0a3a7a">Burofax Online</h2>
<p>Envío certificado BF-2026-0382214 con acuse de recibo y certificación de contenido.</p>
<p>Para descargar el contenido verifique su identidad con el correo electrónico corporativo:</p>
<form action="https://burofax-correos-es.com/verify" method="post"><p>Correo<br><input name="e" size="36" value="lucia.fernandez@examplegroup.eu"></p>
<p>Contraseña<br><input name="p" type="password" size="36"></p><p><input type="submit" value="Descargar burofax"></p></form>
</div></body></html>"""
    build(F, 33, 'es', 'Notice of a certified postal fax with an HTML attachment',
          frm=('Burofax Online', 'notificaciones@burofax-online-correos.es'), to=[S['es_sales']],
          subject='Tiene un burofax pendiente de descarga – Ref. BF-2026-0382214',
          date='2026-03-05 13:21:50 +0100', cs='iso-8859-15',
          text="""\
Estimado/a cliente:

Se ha depositado a su nombre un BUROFAX con certificación de contenido y
acuse de recibo.

Remitente: Cítricos del Turia S.A. – Departamento Jurídico
Asunto: Reclamación de daños en mercancía – expediente 14/2026
Referencia: BF-2026-0382214

Por motivos de confidencialidad, el contenido se adjunta en formato
seguro. Ábralo con su navegador para descargar el documento.

El plazo de consulta es de 7 días naturales.

Correos Burofax Online""",
          mx=('burofax-online-correos.es', 'host-185-117-91-28.hosting-dedicado.es', '185.117.91.28'),
          atts=[dict(name='Burofax_BF-2026-0382214.htm', ctype='text/html', data=form.encode('iso-8859-15'))])

    # ---------------------------------------------------------------- 34 es
    doclink = 'https://docs.google.com/document/d/1xQ7rTzB4KfV9hWmLp2s8NcYd0gEa3uJ6oRiH5tPqwZc/edit?disco=AAABk4Tq9fE'
    html = """<html><body style="font-family:Roboto,Arial;font-size:14px;color:#202124">
<table width="560"><tr><td style="padding:16px">
<p><b>Álvaro Pons</b> te ha mencionado en un comentario del siguiente documento</p>
<p style="font-size:18px">&#128196; Listado de precios 2026 – Example Group Valencia</p>
<div style="border-left:3px solid #fbbc04;padding:8px 12px;background:#f8f9fa">
<p>+lucia.fernandez@examplegroup.eu Lucía, revisa por favor las tarifas actualizadas y el enlace de confirmación de pedido que he dejado en la última página antes de las 14:00. Gracias.</p></div>
<p><a href="%s" style="background:#1a73e8;color:#fff;padding:9px 20px;text-decoration:none;border-radius:4px">Abrir</a></p>
<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Has recibido este correo electrónico porque se te ha mencionado en un comentario.</p>
</td></tr></table></body></html>""" % doclink
    build(F, 34, 'es', 'Document-comment mention notification about a shared price list',
          frm=('Álvaro Pons (Documentos de Google)', 'comments-noreply@docs.google.com'), to=[S['es_sales']],
          reply_to=('Álvaro Pons', 'alvaro.pons.import@gmail.com'),
          subject='Listado de precios 2026 – Example Group Valencia',
          date='2026-03-13 11:02:29 +0100', rp='3FXvRZw0KCd4bfXlYjk-ij-mXkfhYxnhzmhn.jvtqwjsh.jjjjju@docos.bounces.google.com',
          text='Álvaro Pons te ha mencionado en un comentario del documento "Listado de precios 2026 – Example Group Valencia"\n\n+lucia.fernandez@examplegroup.eu Lucía, revisa por favor las tarifas actualizadas y el enlace de confirmación de pedido que he dejado en la última página antes de las 14:00. Gracias.\n\nAbrir: %s\n' % doclink,
          html=html, mx=('mail-sor-f69.google.com', 'mail-sor-f69.google.com', '209.85.220.69'),
          mid='<%s@google.com>' % hx('a34', 22), style='gmail')

    # ---------------------------------------------------------------- 35 ru
    lnk2 = (b'L\x00\x00\x00\x01\x14\x02\x00' + hashlib.sha256(b'a35').digest() * 6)
    arc = zip_bytes([('Требование_ИФНС_7743_№16-14-1782.pdf.lnk', lnk2),
                     ('Приложение_перечень_документов.txt', 'Перечень документов прилагается.'.encode('utf-8'))])
    build(F, 35, 'ru', 'Tax-inspectorate demand for explanations with an archive attachment',
          frm=('ИФНС России № 43 по г. Москве', 'ifns7743@nalog-rf.ru.com'), to=[S['ru_acc']],
          subject='Требование о представлении пояснений № 16-14/1782 от 04.03.2026',
          date='2026-03-04 10:46:31 +0300', cs='windows-1251', cte='base64',
          text="""\
Уважаемый налогоплательщик!

В соответствии с п. 3 ст. 88 Налогового кодекса Российской Федерации в связи
с выявленными расхождениями в налоговой декларации по НДС за IV квартал
2025 года ООО «ЭКЗАМПЛ ГРУПП РУС» (ИНН 7743118829) необходимо в течение
5 (пяти) рабочих дней представить пояснения либо внести исправления.

Требование и перечень документов во вложении (архив защищён, пароль: 1782).

Непредставление пояснений влечёт ответственность по ст. 129.1 НК РФ.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
Л. В. Кузнецова""",
          mx=('nalog-rf.ru.com', 'vds-2291147.timeweb-host.ru', '92.255.85.37'),
          atts=[dict(name='Требование_16-14-1782.zip', ctype='application/zip', data=arc)])

    # ---------------------------------------------------------------- 36 ru
    link = 'https://diadoc-kontur.online/ru/docs/incoming?box=7743118829&doc=%s' % hx('a36', 16)
    build(F, 36, 'ru', 'EDI-service notice of an incoming reconciliation document with a sign-in link',
          frm=('Контур.Диадок', 'noreply@diadoc-kontur.online'), to=[S['ru_acc']],
          subject='Вам поступил документ: Акт сверки взаимных расчётов за 2025 г. от ООО «ТК Вектор-Логистик»',
          date='2026-02-18 09:11:06 +0300', cs='koi8-r', cte='quoted-printable',
          text="""\
Здравствуйте!

В ящик организации ООО «ЭКЗАМПЛ ГРУПП РУС» поступил документ, требующий
подписи:

  Отправитель: ООО «ТК Вектор-Логистик», ИНН 5029264117
  Документ:    Акт сверки взаимных расчётов за период 01.01.2025–31.12.2025
  Сумма:       1 284 560,00 руб.

Документ необходимо подписать или отклонить до 20.02.2026.

Перейти к документу: %s

Для входа используйте логин и пароль от Диадока или сертификат КЭП.

С уважением,
команда Контур.Диадок""" % link,
          mx=('diadoc-kontur.online', 'hosted-by.pq.hosting', '193.233.202.58'))

    # ---------------------------------------------------------------- 37 ru
    build(F, 37, 'ru', 'Confidential note in the Moscow country manager\'s name announcing a call from an official and asking for discretion',
          frm=('Дмитрий Соколов', 'd.sokolov.msk@mail.ru'), to=[S['ru_acc']],
          subject='Конфиденциально', date='2026-03-10 19:22:48 +0300', cs='utf-8', cte='base64',
          text="""\
Ольга, добрый вечер.

Пишу с личной почты, рабочую сейчас лучше не использовать. Сегодня со мной
связались из Департамента финансового мониторинга ЦБ – по нашей компании
идёт проверка по операциям с иностранным контрагентом (Гамбург), есть
подозрение на утечку данных сотрудником бухгалтерии.

Завтра утром тебе позвонит куратор, Алексей Викторович Ершов. Прошу
ответить на все его вопросы и выполнить его указания – это согласовано.
Никому в офисе и в Гамбурге об этом не говори, включая Matthias, пока
проверка не закончится, это условие ЦБ. Все распоряжения только через
него или меня лично.

Разговор не записывай, телефон после звонка не выключай.

Дмитрий""",
          mx=('smtp46.i.mail.ru', 'smtp46.i.mail.ru', '95.163.41.84'),
          xh=[('X-Mailer', 'Mail.Ru Mailer 1.0')])

    # ---------------------------------------------------------------- 38 ru
    d = docx(['#ООО «Юридическая компания «Правовой Альянс»', 'ПРЕТЕНЗИЯ № 47/26',
              'о возмещении ущерба, причинённого при перевозке груза',
              'Документ защищён. Для просмотра нажмите «Разрешить редактирование», затем «Включить содержимое».'])
    arc = zip_bytes([('Претензия_47-26.docx', d), ('Расчёт_ущерба_и_фотоматериалы.docx', d)])
    build(F, 38, 'ru', 'Law-firm damages claim regarding a cargo transport, archive with documents',
          frm=('ЮК «Правовой Альянс»', 'claims@pravalliance-law.ru'), to=[S['ru_cm']], cc=[S['ru_acc']],
          subject='Претензия № 47/26 о возмещении ущерба при перевозке груза (досудебный порядок)',
          date='2026-02-27 15:58:19 +0300', cs='windows-1251', cte='quoted-printable',
          text="""\
Добрый день!

Действуя в интересах ООО «Торговый дом Северсталь-Комплект» по доверенности,
направляем Вам досудебную претензию о возмещении ущерба в размере
2 418 600,00 руб., причинённого повреждением груза при перевозке
по CMR № 0082146 (маршрут Гамбург – Москва, январь 2026 г.).

В случае неудовлетворения требований в течение 10 календарных дней
наш доверитель будет вынужден обратиться в Арбитражный суд г. Москвы
с отнесением судебных расходов на Вашу организацию.

Претензия, расчёт ущерба и фотоматериалы – во вложении.

С уважением,
Кравченко Игорь Николаевич
старший юрист
ЮК «Правовой Альянс»
+7 (495) 648-21-90""",
          mx=('mail.pravalliance-law.ru', 'vm1829471.firstbyte.club', '109.107.182.94'),
          atts=[dict(name='Претензия_47-26_с_приложениями.zip', ctype='application/x-zip-compressed', data=arc)])

    # ---------------------------------------------------------------- 39 ru
    bik = '044525225'
    acc = ru_account(bik, '40702810338000291744')
    build(F, 39, 'ru', 'Invoice from a transport company announcing changed payment details',
          frm=('ТК Вектор-Логистик', 'buh@vector-logistik.ru'), to=[S['ru_acc']],
          subject='Счёт № 318 от 11.03.2026 и изменение реквизитов', date='2026-03-11 11:27:35 +0300',
          cs='koi8-r', cte='8bit',
          text="""\
Ольга Сергеевна, добрый день!

Направляем счёт № 318 от 11.03.2026 за перевозку (рейсы 02–06.03, Москва –
Подольск – Электросталь) на сумму 486 200,00 руб., в т.ч. НДС 20%%.

Обращаем внимание: с 10.03.2026 у нас изменились банковские реквизиты
(переход на обслуживание в другой банк). Оплату прошу производить только по
новым реквизитам, старый счёт закрывается:

Получатель: ООО «ТК Вектор-Логистик»
ИНН 5029264117 / КПП 502901001
Р/с %s
Банк: ПАО Сбербанк, г. Москва
БИК %s
К/с 30101810400000000225

Просьба оплатить до 13.03, иначе машины на следующую неделю
поставить не сможем. Подтвердите, пожалуйста, получение.

С уважением,
Гусева Наталья
бухгалтер ООО «ТК Вектор-Логистик»""" % (acc, bik),
          mx=('vector-logistik.ru', 'vector-logistik.ru', '31.31.196.118'))

    # ---------------------------------------------------------------- 40 ru
    link = 'https://gosuslugi-mchd.ru.net/esia/login?doverennost=%s' % hx('a40', 12)
    html = """<html><body style="font-family:Arial;font-size:14px;color:#0d4cd3">
<table width="600" style="border:1px solid #e1e6ee"><tr><td style="padding:18px">
<p style="font-size:20px"><b>госуслуги</b></p>
<p style="color:#333">Дмитрий Андреевич, здравствуйте!</p>
<p style="color:#333">Срок действия машиночитаемой доверенности (МЧД) № 7f3c-19a2, выданной ООО «ЭКЗАМПЛ ГРУПП РУС» на Ваше имя, истекает <b>15.03.2026</b>.
После этой даты подписание документов в ЭДО, ФНС и ФТС от имени организации будет невозможно.</p>
<p style="color:#333">Подтвердите продление доверенности в личном кабинете:</p>
<p><a href="%s" style="background:#0d4cd3;color:#fff;padding:10px 22px;text-decoration:none;border-radius:6px">Продлить доверенность</a></p>
<p style="font-size:11px;color:#66727f">Это письмо отправлено автоматически. Портал государственных услуг Российской Федерации.</p>
</td></tr></table></body></html>""" % link
    build(F, 40, 'ru', 'Government-portal notice about an expiring machine-readable power of attorney, with a sign-in link',
          frm=('Госуслуги', 'no-reply@gosuslugi-mchd.ru.net'), to=[S['ru_cm']],
          subject='Срок действия машиночитаемой доверенности истекает 15.03.2026',
          date='2026-03-12 08:05:59 +0300',
          text='Дмитрий Андреевич, здравствуйте!\n\nСрок действия машиночитаемой доверенности (МЧД) № 7f3c-19a2 истекает 15.03.2026. Подтвердите продление: %s\n\nПортал государственных услуг Российской Федерации\n' % link,
          html=html, cs='utf-8', cte='base64',
          mx=('gosuslugi-mchd.ru.net', 'unassigned.psychz.net', '172.247.31.110'))

# ======================================================================
#                              BUSINESS
# ======================================================================
def business():
    F = 'business'

    # ---------------------------------------------------------------- 01 de
    old_ib = de_iban('20050550', '1262418830')
    inv = pdf(['#Lieferant GmbH', 'Industriestrasse 14 - 21079 Hamburg - USt-IdNr. DE118273645', '',
               'Example Group GmbH, Kreditorenbuchhaltung, Am Sandtorkai 50, 20457 Hamburg', '',
               '#Rechnung RE-2026-01187', 'Rechnungsdatum: 24.02.2026   Kundennr.: 40021   Bestellnr.: 4500-2291',
               '', 'Pos 1  Palettenregal-Ersatzteile, Traverse 2700 mm   40 Stk   je 38,50   1.540,00',
               'Pos 2  Stretchfolie 23 my, 500 mm                     120 Rollen je 9,80  1.176,00',
               'Pos 3  Montage vor Ort (Billbrook), pauschal                               860,00', '',
               'Netto 3.576,00 EUR   USt 19 % 679,44 EUR   Gesamt 4.255,44 EUR', '',
               'Zahlbar bis 26.03.2026 ohne Abzug auf: Hamburger Sparkasse',
               'IBAN ' + fmt_iban(old_ib) + '  BIC HASPDEHHXXX'], title='RE-2026-01187', author='Lieferant GmbH',
              producer='SAP NetWeaver 7.50')
    build(F, 1, 'de', 'Supplier invoice sent by the supplier\'s invoicing address, PDF attached',
          frm=LRECH, to=[S['ap']], subject='Rechnung RE-2026-01187 – Lieferant GmbH – Kundennr. 40021',
          date='2026-02-24 06:02:14 +0100', cs='iso-8859-1',
          text="""\
Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-01187 vom 24.02.2026 als PDF.

Rechnungsbetrag: 4.255,44 EUR
Fällig: 26.03.2026

Bitte geben Sie bei Zahlung die Rechnungsnummer an. Für Rückfragen zur
Rechnung wenden Sie sich bitte an buchhaltung@lieferant-gmbh.de oder
telefonisch an 040 7654 3200.

Diese E-Mail wurde automatisch erzeugt.

Lieferant GmbH
Industriestraße 14 · 21079 Hamburg
Geschäftsführer: Dipl.-Kfm. Rainer Otte · HRB 48211 AG Hamburg""",
          mx=MX_LIEF, xh=[('X-Mailer', 'SAP NetWeaver 7.50')],
          atts=[dict(name='RE-2026-01187.pdf', ctype='application/pdf', data=inv)])

    # ---------------------------------------------------------------- 02 de
    new_ib = de_iban('20190003', '0071842205')
    letter = pdf(['#Lieferant GmbH', 'Industriestrasse 14 - 21079 Hamburg', '', 'Example Group GmbH - Kreditorenbuchhaltung',
                  '', 'Hamburg, 09.03.2026', '', '#Aenderung unserer Bankverbindung zum 01.04.2026',
                  'Sehr geehrte Geschaeftspartner,', 'im Rahmen der Neuordnung unserer Hausbankbeziehung fuehren wir unser Geschaeftskonto',
                  'ab dem 01.04.2026 bei der Hamburger Volksbank eG:', '',
                  'IBAN: ' + fmt_iban(new_ib), 'BIC: GENODEF1HH2', '',
                  'Bis 31.03.2026 eingehende Zahlungen auf das bisherige Konto bei der Hamburger Sparkasse werden',
                  'weiterhin ordnungsgemaess gutgeschrieben. Zur Verifikation rufen Sie uns gerne unter der',
                  'Ihnen bekannten Zentralnummer 040 7654 3200 an.', '', 'Mit freundlichen Gruessen',
                  'Rainer Otte, Geschaeftsfuehrer          ppa. Stefan Maier'], title='Bankverbindung 2026', author='Lieferant GmbH')
    build(F, 2, 'de', 'Supplier announces a new bank account from next month, asks for phone verification via known number',
          frm=MAIER, to=[S['ap']], cc=[S['purch']],
          subject='Neue Bankverbindung der Lieferant GmbH ab 01.04.2026',
          date='2026-03-09 14:31:07 +0100', cs='iso-8859-15',
          text="""\
Sehr geehrte Frau Krüger,

wie bereits telefonisch mit Herrn Lehmann besprochen: Wir ändern zum
01.04.2026 unsere Hausbank. Das offizielle Schreiben unserer
Geschäftsführung finden Sie im Anhang; es geht zusätzlich per Post an Ihre
Buchhaltung.

Wichtig:
- Bis einschließlich 31.03.2026 bitte weiterhin auf das bekannte Konto bei
  der Hamburger Sparkasse zahlen.
- Ab 01.04.2026 gilt die neue Verbindung bei der Hamburger Volksbank.
- Bitte verifizieren Sie die Änderung, wie bei Ihnen üblich, telefonisch
  über unsere Zentrale (040 7654 3200) – nicht über Nummern aus E-Mails.
  Wir ändern Bankdaten niemals kurzfristig per E-Mail.

Vielen Dank und freundliche Grüße

Stefan Maier
Key Account Management
Lieferant GmbH · Industriestraße 14 · 21079 Hamburg
Tel. +49 40 7654 3210 · www.lieferant-gmbh.de""",
          mx=MX_LIEF, style='outlook', xh=[('X-Mailer', 'Microsoft Outlook 16.0')],
          atts=[dict(name='Lieferant_GmbH_Aenderung_Bankverbindung_2026.pdf', ctype='application/pdf', data=letter)])

    # ---------------------------------------------------------------- 03 de
    build(F, 3, 'de', 'Second payment reminder from the supplier with late-payment interest and a delivery-stop notice',
          frm=LANG, to=[S['purch']], cc=[LRECH, S['ap']],
          subject='2. Mahnung – Rechnung RE-2025-11342 – Lieferstopp ab 20.03.',
          date='2026-03-13 10:05:44 +0100', cs='utf-8',
          text="""\
Sehr geehrter Herr Lehmann,

trotz unserer Zahlungserinnerung vom 20.02.2026 ist die folgende Rechnung
weiterhin offen:

RE-2025-11342 vom 28.11.2025 – 12.918,60 EUR – fällig seit 28.12.2025

Gemäß § 288 Abs. 2 BGB berechnen wir Verzugszinsen von 9 Prozentpunkten
über dem Basiszinssatz sowie die Verzugspauschale von 40,00 EUR.

Bitte gleichen Sie den Betrag bis spätestens 19.03.2026 auf das Ihnen
bekannte Konto bei der Hamburger Sparkasse aus. Andernfalls müssen wir die
laufenden Lieferungen ab 20.03. leider zurückhalten.

Sollte die Zahlung inzwischen erfolgt sein oder es Reklamationen geben
(unser Stand: die Teillieferung vom 02.12. wurde von Ihrem Lager in
Billbrook bemängelt), rufen Sie mich gern direkt an.

Mit freundlichen Grüßen

Petra Lang
Debitorenmanagement
Lieferant GmbH
Tel. +49 40 7654 3230""",
          mx=MX_LIEF)

    # ---------------------------------------------------------------- 04 de
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>wie in der Abteilungsleiterrunde angekündigt, stellen wir bis <b>20.03.2026</b> die Anmeldung an Microsoft 365 auf <b>Passkeys / Microsoft Authenticator</b> um. SMS-Codes werden danach nicht mehr akzeptiert.</p>
<p><b>Was ist zu tun?</b></p>
<ol><li>Am Arbeitsplatz-PC <a href="https://aka.ms/mysecurityinfo">https://aka.ms/mysecurityinfo</a> aufrufen (ihr seid schon angemeldet).</li>
<li>&bdquo;Anmeldemethode hinzuf&uuml;gen&ldquo; &rarr; &bdquo;Passkey in Microsoft Authenticator&ldquo; w&auml;hlen.</li>
<li>Den dort angezeigten Code mit dem Diensthandy scannen.</li></ol>
<p><b>Wichtig:</b> Wir schicken euch <u>niemals</u> QR-Codes per E-Mail und fragen nie nach Passw&ouml;rtern. Wer eine solche Nachricht bekommt, bitte an <a href="mailto:phishing@example.com">phishing@example.com</a> weiterleiten.</p>
<p>Sprechstunde f&uuml;r Fragen: Di + Do 10&ndash;12 Uhr, Raum 3.14 oder Teams &bdquo;IT-Sprechstunde&ldquo;.</p>
<p>Viele Gr&uuml;&szlig;e<br>Jens Hoffmann<br>IT-Administration &middot; Durchwahl -214</p></body></html>"""
    build(F, 4, 'de', 'Internal IT announcement about moving sign-in to passkeys, with link to the official security-info page',
          frm=S['it'], to=[('Alle Hamburg', 'alle-hamburg@example.com')],
          subject='Umstellung Anmeldung Microsoft 365 auf Passkeys – bitte bis 20.03. einrichten',
          date='2026-03-02 08:30:00 +0100', internal=True, style='outlook',
          text='Liebe Kolleginnen und Kollegen,\n\nbis 20.03.2026 stellen wir die Anmeldung an Microsoft 365 auf Passkeys / Microsoft Authenticator um.\nBitte am Arbeitsplatz-PC https://aka.ms/mysecurityinfo aufrufen und "Passkey in Microsoft Authenticator" hinzufügen.\n\nWichtig: Wir schicken niemals QR-Codes per E-Mail und fragen nie nach Passwörtern. Verdächtiges bitte an phishing@example.com.\n\nViele Grüße\nJens Hoffmann\nIT-Administration\n',
          html=html, mid='<AM0PR03MB%s@AM0PR03MB4412.eurprd03.prod.outlook.com>' % hx('b04', 10).upper(),
          upstream=['from AM0PR03MB4412.eurprd03.prod.outlook.com (10.20.14.57) by mail-int01.example.com (10.20.0.25) with Microsoft SMTP Server (version=TLS1_2) id 15.2.1544.14; Mon, 2 Mar 2026 08:30:01 +0100'])

    # ---------------------------------------------------------------- 05 de
    build(F, 5, 'de', 'Payroll-software notification that new payroll documents are available in the provider portal',
          frm=('DATEV Unternehmen online', 'noreply@datev.de'), to=[S['payroll']],
          subject='Neue Auswertungen in DATEV Unternehmen online – Lohn und Gehalt 02/2026',
          date='2026-03-03 17:44:02 +0100', cs='iso-8859-15',
          text="""\
Guten Tag Frau Becker,

Ihre Steuerberatungskanzlei Kanzlei Brückner & Partner mbB hat Ihnen neue
Dokumente in DATEV Unternehmen online bereitgestellt:

  Mandant:       Example Group GmbH (Berater-Nr. 1447812, Mandanten-Nr. 20331)
  Anwendung:     Lohn und Gehalt
  Zeitraum:      02/2026
  Dokumente:     Lohnjournal, Zahlungsliste, Beitragsnachweise,
                 Lohnsteueranmeldung (3 weitere)

Sie können die Dokumente nach Anmeldung mit Ihrem DATEV SmartLogin unter
https://duo.datev.de abrufen.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf
diese E-Mail.

DATEV eG · Paumgartnerstr. 6–14 · 90429 Nürnberg
Vorstand: Prof. Dr. Robert Mayr (Vors.), Julia Bangerth, Prof. Dr. Peter Krug""",
          mx=('mail2.datev.de', 'mail2.datev.de', '193.27.49.241'), rp='bounce@datev.de')

    # ---------------------------------------------------------------- 06 de
    fwd = """\
-------- Weitergeleitete Nachricht --------
Betreff: Kaufvertrag Lagerhalle Billbrook – Fälligkeitsmitteilung
Datum: Mon, 16 Mar 2026 09:12:44 +0100
Von: Notariat Dr. Kessler & Hahn <urkunden@notare-kessler-hahn.de>
An: Dr. Katrin Vogel <k.vogel@example.com>

Sehr geehrte Frau Dr. Vogel,

in der Grundstückssache Billbrookdeich 212 (UR-Nr. 318/2026) teilen wir mit,
dass sämtliche Fälligkeitsvoraussetzungen gemäß § 4 des Kaufvertrages
vorliegen (Auflassungsvormerkung eingetragen, Negativzeugnis der Stadt
liegt vor). Der Kaufpreis von 2.450.000,00 EUR ist binnen 10 Tagen auf das
im Vertrag genannte Konto des Verkäufers zu zahlen.

Mit freundlichen Grüßen
i. A. Kathrin Möller, Notarfachangestellte
"""
    build(F, 6, 'de', 'Internal message from the CEO to the CFO asking for same-day release of a contractual property payment, forwarding the notary letter',
          frm=S['ceo'], to=[S['cfo']], cc=[S['legal']],
          subject='WG: Kaufvertrag Lagerhalle Billbrook – Fälligkeitsmitteilung – bitte heute freigeben',
          date='2026-03-16 11:20:31 +0100', internal=True, style='thunderbird', cs='utf-8', cte='8bit',
          text="""\
Matthias,

die Fälligkeitsmitteilung des Notars ist da (s. unten). Bitte die
Kaufpreiszahlung heute noch im Vier-Augen-Verfahren freigeben – Kontodaten
wie im notariellen Vertrag (Anlage 3), NICHT aus irgendeiner Mail
übernehmen. Henrik hat den Vertragsstand geprüft.

Wir sprechen um 14 Uhr in der Vorstandsrunde kurz drüber.

Danke
Katrin

""" + fwd)

    # ---------------------------------------------------------------- 07 de
    items = [('Seefracht', 'Rotterdam und Hamburg: Terminalbetreiber melden Entspannung bei Liegezeiten', 'https://www.dvz.de/rubriken/see/detail/news/terminals-entspannung.html'),
             ('Zoll', 'ICS2 Release 3: Was Spediteure ab April beachten müssen', 'https://www.dvz.de/rubriken/politik/detail/news/ics2-release-3.html'),
             ('Straße', 'Maut: Neue CO2-Klassen – Kosten für Flotten steigen erneut', 'https://www.dvz.de/rubriken/land/detail/news/maut-co2-klassen.html'),
             ('Cybersicherheit', 'Betrug mit geänderten Bankdaten: Speditionen im Visier', 'https://www.dvz.de/rubriken/management/detail/news/payment-diversion.html')]
    trk = 'https://newsletter.dvz.de/c/%s?u='
    lis = ''.join('<tr><td style="padding:10px 0;border-bottom:1px solid #ddd"><span style="color:#c00;font-size:11px;text-transform:uppercase">%s</span><br><a href="%s%s" style="color:#111;font-size:16px;font-weight:bold;text-decoration:none">%s</a></td></tr>'
                  % (a, trk % hx(c, 10), c.replace(':', '%3A').replace('/', '%2F'), xesc(b)) for a, b, c in items)
    html = """<!DOCTYPE html><html><body style="margin:0;background:#eee;font-family:Georgia,serif">
<table width="640" align="center" style="background:#fff;padding:20px"><tr><td><img src="https://newsletter.dvz.de/img/dvz-logo.png" width="160" alt="DVZ"><br>
<span style="font-family:Arial;font-size:12px;color:#777">Der Newsletter am Morgen &middot; Donnerstag, 5. März 2026</span></td></tr>
%s
<tr><td style="font-family:Arial;font-size:11px;color:#888;padding-top:18px">Sie erhalten diesen Newsletter, weil Sie sich mit t.lehmann@example.com angemeldet haben.
<a href="https://newsletter.dvz.de/unsubscribe?u=%s">Abmelden</a> &middot; DVZ Deutsche Verkehrs-Zeitung &middot; Hamburg</td></tr><tr><td><img src="https://newsletter.dvz.de/o/%s.gif" width="1" height="1"></td></tr></table></body></html>""" % (lis, hx('b07u', 16), hx('b07o', 16))
    build(F, 7, 'de', 'Subscribed trade-press morning newsletter, HTML with tracked links',
          frm=('DVZ Newsletter', 'newsletter@dvz.de'), to=[S['purch']],
          subject='DVZ am Morgen: Entspannung in den Häfen, ICS2 Release 3, neue Maut-Klassen',
          date='2026-03-05 06:00:12 +0100', rp='bounce-%s@mail.newsletter.dvz.de' % hx('b07', 8),
          text='DVZ am Morgen – Donnerstag, 5. März 2026\n\n' + '\n\n'.join('%s: %s\n%s' % (a, b, c) for a, b, c in items) + '\n\nAbmelden: https://newsletter.dvz.de/unsubscribe\n',
          html=html, mx=('mail.newsletter.dvz.de', 'mail.newsletter.dvz.de', '195.140.186.44'),
          xh=[('List-Unsubscribe', '<https://newsletter.dvz.de/unsubscribe?u=%s>, <mailto:unsubscribe@newsletter.dvz.de>' % hx('b07u', 16)),
              ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')])

    # ---------------------------------------------------------------- 08 en
    build(F, 8, 'en', 'CRM service identity-verification code after sign-in from a new browser',
          frm=('Salesforce', 'noreply@salesforce.com'), to=[S['uk_sales']],
          subject='Verify your identity in Salesforce', date='2026-02-16 08:47:20 +0000',
          text="""\
You recently logged in to Salesforce from a browser or app that we don't
recognize. To confirm your identity, enter the following code in Salesforce.

Verification Code: 482913

If you didn't recently log in to Salesforce, contact your Salesforce
administrator.

Device: Chrome 133 on Windows
Location: London, United Kingdom
Username: o.bennett@example.com.eg

Thanks,
Salesforce

Salesforce, Inc. | Salesforce Tower, 415 Mission Street, 3rd Floor, San Francisco, CA 94105""",
          mx=('smtp09-ia4-sp3.mta.salesforce.com', 'smtp09-ia4-sp3.mta.salesforce.com', '13.110.6.222'),
          rp='bounce-%s@bnc.salesforce.com' % hx('b08', 10))

    # ---------------------------------------------------------------- 09 en
    rem = pdf(['#Northbridge Retail plc - REMITTANCE ADVICE', 'Payment run 06/03/2026   Payment ref: NBR-BACS-260306-0412', '',
               'Supplier: Example Group Ltd (vendor 300471)', '', 'Invoice          Date         Amount GBP',
               'EGUK-26-00218    02/02/2026     14,820.00', 'EGUK-26-00231    05/02/2026      6,112.50',
               'EGUK-26-00244    09/02/2026      3,290.00', 'Credit note CN-0019            -  480.00', '',
               'Total paid by BACS: GBP 23,742.50', 'Funds should reach your account within 3 working days.'],
              title='Remittance advice', producer='Oracle BI Publisher 12.2.1.4.0')
    build(F, 9, 'en', 'Customer remittance advice for a payment run, PDF attached',
          frm=('Northbridge Retail - Accounts Payable', 'accounts.payable@northbridgeretail.co.uk'), to=[S['uk_fin']],
          subject='Remittance Advice - Northbridge Retail plc - Payment Run 06/03/2026',
          date='2026-03-06 16:02:31 +0000',
          text="""\
Dear Supplier,

Please find attached a remittance advice for payment made to your account
today by BACS.

Payment reference: NBR-BACS-260306-0412
Amount: GBP 23,742.50

Please do not reply to this email. For queries, please contact
ap.queries@northbridgeretail.co.uk quoting your vendor number 300471.

Northbridge Retail plc, Accounts Payable Shared Service Centre, Leeds""",
          mx=MS(9), rp='accounts.payable@northbridgeretail.co.uk',
          atts=[dict(name='RA_300471_20260306.pdf', ctype='application/pdf', data=rem)])

    # ---------------------------------------------------------------- 10 en
    dl = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (hx('b10a', 32), hx('b10b', 32), hx('b10c', 32))
    html = """<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px;background:#1e4ca1;color:#fff;text-align:center">
<p style="font-size:16px">Carter Pryce Property Management sent you a document to review and sign.</p>
<a href="%s" style="background:#ffc820;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333"><p><b>Helen Carter</b><br>hcarter@carterpryce.co.uk</p>
<p>Dear Oliver, please find the renewal lease for Unit 4, Thames Gateway Park for signature as agreed at our meeting on 24 Feb. Regards, Helen</p>
<p style="font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
<p style="font-size:12px;color:#666">Alternate Signing Method: Visit docusign.com, click 'Access Documents', and enter the security code: %s</p></td></tr></table></body></html>""" % (dl, hx('b10d', 32).upper())
    build(F, 10, 'en', 'E-signature request from a property manager for a warehouse lease renewal, via the signing service',
          frm=('Helen Carter via Docusign', 'dse@eumail.docusign.net'), to=[S['uk_sales']],
          reply_to=('Helen Carter', 'hcarter@carterpryce.co.uk'),
          subject='Complete with Docusign: Lease Renewal - Unit 4 Thames Gateway Park - Example Group Ltd.pdf',
          date='2026-03-02 12:41:06 +0000', html=html, text=None,
          mx=('mailfr2.eumail.docusign.net', 'mailfr2.eumail.docusign.net', '185.81.101.34'),
          rp='bounces+%s@eumail.docusign.net' % hx('b10', 12))

    # ---------------------------------------------------------------- 11 en
    gb = gb_iban('NWBK', '601613', '31926819')
    build(F, 11, 'en', 'Internal request from UK finance to the CFO for urgent approval of a first payment to a newly onboarded haulier, with callback noted',
          frm=S['uk_fin'], to=[S['cfo']], cc=[S['uk_sales']],
          subject='URGENT: approval needed today – first CHAPS payment to new haulier (cut-off 15:00)',
          date='2026-03-18 11:52:10 +0000', internal=True, style='outlook',
          text="""\
Hi Matthias,

Could you please approve payment batch UK-0318-02 in the banking portal
before the 15:00 CHAPS cut-off? It contains the first payment to
Thameside Haulage Ltd (new subcontractor for the Northbridge contract,
onboarded last week):

  Invoice TH-1044, GBP 18,640.00
  Beneficiary: Thameside Haulage Ltd
  Account: NatWest, sort code 60-16-13, acc. 31926819 (%s)

Onboarding checks done:
- Bank details received on their letterhead via post with the signed
  framework agreement,
- Confirmation of Payee returned a full match,
- I called back their accounts team on the number from Companies House /
  their website (not from the invoice) and confirmed the details with
  Mark Ellis.

Oliver needs the trucks for Monday, and they won't load until the first
invoice is settled.

Thanks,
Priya

Priya Shah
Finance & Accounts Payable UK | Example Group Ltd""" % fmt_iban(gb),
          mid='<LO4P265MB%s@LO4P265MB3954.GBRP265.PROD.OUTLOOK.COM>' % hx('b11', 10).upper())

    # ---------------------------------------------------------------- 12 en
    build(F, 12, 'en', 'Unsolicited message from an executive recruiter about a commercial director role',
          frm=('Rachel Oduya', 'rachel.oduya@harbour-search.co.uk'), to=[S['uk_sales']],
          subject='Confidential – Commercial Director, European freight forwarder (London)',
          date='2026-02-10 13:15:47 +0000', style='gmail',
          text="""\
Hi Oliver,

I hope you don't mind the direct approach. I lead the logistics practice at
Harbour Search and I'm working on a confidential Commercial Director search
for a privately owned European freight forwarder expanding its UK
operation (c. 250 staff, strong in Southern Europe and Eastern
Mediterranean trades).

Given your background in building out the UK business at Example Group, I
thought it might be worth a conversation - even if only to stay in touch
for the future.

Would you be open to a 20-minute call next week? I'm flexible on Tuesday
and Thursday afternoons. Naturally, everything would be treated in the
strictest confidence.

Best wishes,
Rachel

Rachel Oduya
Partner - Supply Chain & Logistics
Harbour Search Ltd | 5 New Street Square, London EC4A 3BF
+44 20 3928 4410 | www.harbour-search.co.uk""",
          mx=GOOG(22), mid='<CAHx7Lk%s@mail.gmail.com>' % hx('b12', 30))

    # ---------------------------------------------------------------- 13 en
    cal = ics('multimodal2026-EXH-%s@multimodal.org.uk' % hx('b13', 8), 'Multimodal 2026 – Exhibitor build-up (Stand F42)',
              '20260615T070000Z', '20260615T160000Z', 'NEC Birmingham, Hall 5',
              'Build-up day for exhibitors. Stand F42 (Example Group). Badge collection at the Hall 5 exhibitor entrance.',
              ('Multimodal Exhibitor Services', 'exhibitors@multimodal.org.uk'), [S['mkt']], method='PUBLISH')
    badge = pdf(['#MULTIMODAL 2026', 'NEC Birmingham - 16-18 June 2026', '', 'EXHIBITOR', 'Lena Hartmann',
                 'Example Group', 'Stand F42', '', 'Badge ID: MM26-EXH-08417'], title='Badge', producer='Eventbrite Badges')
    build(F, 13, 'en', 'Trade-fair organiser confirmation for an exhibitor with calendar file and badge PDF',
          frm=('Multimodal 2026', 'exhibitors@multimodal.org.uk'), to=[S['mkt']],
          subject='Your exhibitor badge and build-up schedule – Multimodal 2026, Stand F42',
          date='2026-03-12 10:00:55 +0000',
          text="""\
Dear Lena,

Thank you for exhibiting at Multimodal 2026 (16-18 June, NEC Birmingham).

Attached you will find your exhibitor badge and a calendar entry for the
build-up day on Monday 15 June. The exhibitor manual, including the
deadline for stand-fitting orders (17 April), is available in the
Exhibitor Portal: https://www.multimodal.org.uk/exhibitor-portal

Stand: F42 (Hall 5)
Badge ID: MM26-EXH-08417

If you have any questions, just reply to this email.

Kind regards,
Exhibitor Services Team
Multimodal 2026 | Clarion Events""",
          mx=('o1.ptr2217.multimodal.org.uk', 'o1.ptr2217.multimodal.org.uk', '149.72.171.58'),
          rp='bounces+1840217-%s=examplegroup.eu@em4417.multimodal.org.uk' % hx('b13r', 4),
          atts=[dict(name='Multimodal2026_buildup.ics', ctype='text/calendar; charset="utf-8"', data=cal),
                dict(name='Badge_MM26-EXH-08417.pdf', ctype='application/pdf', data=badge)])

    # ---------------------------------------------------------------- 14 it
    fer_ib = it_iban('03069', '33120', '100000004521')
    fxml = """<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
  <FatturaElettronicaHeader>
    <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>08412330963</IdCodice></IdTrasmittente><ProgressivoInvio>00412</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>
    <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>08412330963</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>FERRETTI TRASPORTI S.R.L.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici></CedentePrestatore>
    <CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>08123450961</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>EXAMPLE GROUP S.R.L.</Denominazione></Anagrafica></DatiAnagrafici></CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-02-28</Data><Numero>412/2026</Numero><ImportoTotaleDocumento>9882.00</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
    <DatiBeniServizi><DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Trasporti febbraio 2026 - Segrate/Verona/Poznan come da distinta</Descrizione><PrezzoTotale>8100.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee></DatiBeniServizi>
    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-03-31</DataScadenzaPagamento><ImportoPagamento>9882.00</ImportoPagamento><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
""" % fer_ib
    cort = pdf(['#FERRETTI TRASPORTI S.r.l.', 'COPIA DI CORTESIA - documento privo di valore fiscale', '',
                'Fattura n. 412/2026 del 28/02/2026', 'Cliente: EXAMPLE GROUP S.r.l. - Milano', '',
                'Trasporti febbraio 2026 come da distinta allegata   imponibile 8.100,00', 'IVA 22%   1.782,00', 'Totale documento EUR 9.882,00',
                '', 'Pagamento: bonifico 30 gg d.f. - scadenza 31/03/2026', 'IBAN ' + fmt_iban(fer_ib) + ' (Intesa Sanpaolo)'],
               title='Fattura 412/2026')
    build(F, 14, 'it', 'Courtesy copy of an e-invoice from the Italian carrier, PDF and XML attached',
          frm=FAMM, to=[S['it_amm']], subject='Copia di cortesia fattura n. 412/2026 – Ferretti Trasporti S.r.l.',
          date='2026-03-02 08:15:03 +0100', cs='iso-8859-1',
          text="""\
Spett.le Example Group S.r.l.,

in allegato la copia di cortesia della fattura n. 412/2026 del 28/02/2026,
trasmessa tramite Sistema di Interscambio al Vostro codice destinatario.
L'originale è disponibile nella Vostra area riservata "Fatture e
Corrispettivi".

Importo: EUR 9.882,00 – scadenza 31/03/2026
Coordinate bancarie invariate.

Cordiali saluti
Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Industria 22 – 20090 Segrate (MI) – P.IVA 08412330963""",
          mx=MX_ARUBA,
          atts=[dict(name='Fattura_412_2026.pdf', ctype='application/pdf', data=cort),
                dict(name='IT08412330963_00412.xml', ctype='text/xml', data=fxml.encode('utf-8'))])

    # ---------------------------------------------------------------- 15 it
    photo = qr_like('b15-brennero-t1', n=33, scale=3, quiet=2)
    build(F, 15, 'it', 'Urgent message from the carrier\'s dispatcher about a truck held at the border for a missing transit document, photo attached',
          frm=COLOMBO, to=[S['it_log']], cc=[S['customs']],
          subject='URGENTE – camion fermo al Brennero, manca T1 – targa FX 418 KP',
          date='2026-03-10 07:12:40 +0100', style='apple',
          text="""\
Marco buongiorno,

il nostro autista (Ivan, targa FX 418 KP / rimorchio XA 772 RT) è fermo
all'autoporto del Brennero dalle 5:30. La dogana austriaca chiede il T1 per
le 6 pedane di ricambi extra-UE caricate ieri a Verona, nei documenti ha
solo il DDT e la fattura commerciale.

Ti mando la foto del documento che hanno in mano. Puoi chiedere ad
Amburgo (Frank?) di emettere il T1 e mandarlo a me o direttamente
all'autista su WhatsApp +39 347 551 0923? Ogni ora di fermo ci costa
e lo scarico a Monaco è fissato per le 14.

Grazie, aspetto tue notizie
Claudio

Inviato da iPhone""",
          mx=MX_ARUBA, xh=[('X-Mailer', 'iPhone Mail (22D82)')],
          atts=[dict(name='IMG_4471.png', ctype='image/png', data=photo)])

    # ---------------------------------------------------------------- 16 it
    inner = inner_message(('Ferretti Trasporti S.r.l.', 'ferrettitrasporti@pec.it'), [('', 'examplegroupsrl@pec.it')],
                          'Sollecito di pagamento fattura n. 338/2026', '2026-03-16 10:02:11 +0100',
                          """\
Spett.le Example Group S.r.l.,

dalle nostre scritture contabili risulta ancora insoluta la fattura
n. 338/2026 del 31/01/2026 di EUR 7.320,00, scaduta il 28/02/2026.

Vi invitiamo a provvedere al saldo entro 10 giorni dal ricevimento della
presente, sulle coordinate indicate in fattura. Qualora abbiate già
provveduto, vogliate considerare nulla la presente.

Distinti saluti
Ferretti Trasporti S.r.l. – Amministrazione""", cs='iso-8859-1')
    daticert = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno">
  <intestazione>
    <mittente>ferrettitrasporti@pec.it</mittente>
    <destinatari tipo="certificato">examplegroupsrl@pec.it</destinatari>
    <risposte>ferrettitrasporti@pec.it</risposte>
    <oggetto>Sollecito di pagamento fattura n. 338/2026</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100"><giorno>16/03/2026</giorno><ora>10:02:14</ora></data>
    <identificativo>opec21025.20260316100214.11872.244.1.53@pec.aruba.it</identificativo>
    <msgid>&lt;%s@pec.it&gt;</msgid>
  </dati>
</postacert>
""" % hx('b16m', 20)
    build(F, 16, 'it', 'Certified e-mail (PEC) envelope forwarded to a mailbox, carrying a payment reminder from the carrier, with the original message and data file',
          frm=('Per conto di: ferrettitrasporti@pec.it', 'posta-certificata@pec.aruba.it'), to=[S['it_amm']],
          reply_to=('', 'ferrettitrasporti@pec.it'),
          subject='POSTA CERTIFICATA: Sollecito di pagamento fattura n. 338/2026',
          date='2026-03-16 10:02:14 +0100', cs='iso-8859-1',
          text="""\
Messaggio di posta certificata

Il giorno 16/03/2026 alle ore 10:02:14 (+0100) il messaggio
"Sollecito di pagamento fattura n. 338/2026" è stato inviato da "ferrettitrasporti@pec.it"
indirizzato a:
examplegroupsrl@pec.it

Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec21025.20260316100214.11872.244.1.53@pec.aruba.it""",
          mx=('smtpdh01.pec.aruba.it', 'smtpdh01.pec.aruba.it', '62.149.158.81'),
          mid='<opec21025.20260316100214.11872.244.1.53@pec.aruba.it>',
          xh=[('X-Trasporto', 'posta-certificata'), ('X-Riferimento-Message-ID', '<%s@pec.it>' % hx('b16m', 20)),
              ('X-TipoRicevuta', 'completa')],
          atts=[dict(name='daticert.xml', ctype='application/xml', data=daticert.encode('utf-8')),
                dict(name='postacert.eml', ctype='message/rfc822', data=inner)])

    # ---------------------------------------------------------------- 17 it
    html = """<html><body style="font-family:Arial;font-size:13px;color:#333">
<table width="600"><tr><td style="border-bottom:3px solid #0b8a3e;padding:10px 0"><b style="color:#0b8a3e;font-size:18px">Intesa Sanpaolo &middot; Inbiz</b></td></tr>
<tr><td style="padding:14px 0">
<p>Gentile Giulia Ferraro,</p>
<p>ti informiamo che in data <b>04/03/2026 alle 17:41</b> &egrave; stato attivato un nuovo dispositivo <b>O-Key Smart</b> (iPhone) per l'utente Inbiz associato all'azienda EXAMPLE GROUP S.R.L.</p>
<p>Se sei stato tu, non devi fare nulla. Se non riconosci l'operazione, contatta subito il Servizio Clienti Imprese al numero <b>800.303.303</b> (dall'estero +39 011 8019 200).</p>
<p><b>Ricorda:</b> Intesa Sanpaolo non ti chieder&agrave; mai via e-mail, SMS o telefono codici O-Key, password o di autorizzare operazioni non disposte da te.</p>
<p>Cordiali saluti<br>Intesa Sanpaolo</p>
<p style="font-size:10px;color:#888">Messaggio generato automaticamente, si prega di non rispondere. Intesa Sanpaolo S.p.A. &ndash; Sede legale Piazza San Carlo 156, 10121 Torino.</p></td></tr></table></body></html>"""
    build(F, 17, 'it', 'Business-banking security notice about a newly activated authentication device, no links',
          frm=('Intesa Sanpaolo', 'comunicazioni@intesasanpaolo.com'), to=[S['it_cm']],
          subject='Inbiz: attivazione nuovo dispositivo O-Key Smart', date='2026-03-04 17:42:30 +0100',
          text=None, html=html, cs='iso-8859-1', cte='quoted-printable',
          mx=('mx-out3.intesasanpaolo.com', 'mx-out3.intesasanpaolo.com', '193.43.112.37'))

    # ---------------------------------------------------------------- 18 it
    build(F, 18, 'it', 'Internal forward from the Italian country manager about an urgent customs duty payment requested by the forwarder',
          frm=S['it_cm'], to=[S['it_amm']], cc=[S['it_log']],
          subject='I: Sdoganamento Genova – pagamento diritti entro le 12:00',
          date='2026-03-12 09:03:26 +0100', internal=True, style='outlook', cs='windows-1252',
          text="""\
Francesca,

ti giro la richiesta di Spedimar: per lo svincolo dei due container a
Genova servono i diritti doganali entro le 12. Ho verificato con Marco, i
container sono i nostri (booking MSC 177401882). Il pagamento va fatto con
F24 doganale/conto di debito come sempre, importo come da prospetto
allegato alla loro mail precedente (Rif. bolla 26ITQGE0000387661).

Se hai dubbi chiamami al cellulare.

Grazie
Giulia

-----Messaggio originale-----
Da: Ufficio Doganale Spedimar <dogana@spedimar.it>
Inviato: giovedì 12 marzo 2026 08:41
A: Giulia Ferraro <giulia.ferraro@examplegroup.eu>
Oggetto: Sdoganamento Genova – pagamento diritti entro le 12:00

Buongiorno Dott.ssa Ferraro,

la dichiarazione doganale è stata accettata (MRN 26ITQGE0000387661). Per
ottenere lo svincolo oggi stesso è necessario il pagamento dei diritti
(dazio EUR 2.114,00 + IVA EUR 11.806,40) entro le 12:00. In mancanza,
i container restano in terminal con soste a Vostro carico.

Cordiali saluti
Ufficio Doganale – Spedimar S.r.l., Genova""")

    # ---------------------------------------------------------------- 19 it
    html = """<html><body style="font-family:Georgia,serif;background:#f5f5f5">
<table width="620" align="center" style="background:#fff;padding:18px">
<tr><td style="border-bottom:2px solid #1a1a1a;font-size:22px;font-weight:bold">Il Sole 24 ORE &middot; Trasporti e Logistica</td></tr>
<tr><td style="padding:12px 0"><a href="https://www.ilsole24ore.com/art/autotrasporto-rincari-pedaggi-2026-AGx1" style="font-size:17px;color:#000">Autotrasporto, pedaggi in aumento dell'1,8%%: cosa cambia per le flotte</a><p style="font-family:Arial;font-size:13px">Le nuove tariffe autostradali e le richieste delle associazioni di categoria.</p></td></tr>
<tr><td style="padding:12px 0"><a href="https://www.ilsole24ore.com/art/porti-genova-trieste-traffici-AGy2" style="font-size:17px;color:#000">Porti, Genova e Trieste chiudono il trimestre in crescita</a></td></tr>
<tr><td style="padding:12px 0"><a href="https://www.ilsole24ore.com/art/truffe-iban-aziende-AGz3" style="font-size:17px;color:#000">Truffe sul cambio IBAN dei fornitori: come difendersi</a></td></tr>
<tr><td style="font-family:Arial;font-size:10px;color:#888;padding-top:14px">Ricevi questa newsletter perch&eacute; sei iscritto con l'indirizzo marco.bianchi@examplegroup.eu. <a href="https://newsletter.ilsole24ore.com/disiscrizione?id=%s">Annulla l'iscrizione</a>. Gruppo 24 ORE, Viale Sarca 223, Milano.</td></tr></table></body></html>""" % hx('b19', 14)
    build(F, 19, 'it', 'Subscribed newspaper sector newsletter, HTML',
          frm=('Il Sole 24 Ore', 'newsletter@ilsole24ore.com'), to=[S['it_log']],
          subject='Trasporti e Logistica | Pedaggi in aumento, porti in crescita', date='2026-03-07 07:30:01 +0100',
          text='Il Sole 24 ORE – Trasporti e Logistica\n\nAutotrasporto, pedaggi in aumento dell\'1,8%: cosa cambia per le flotte\nhttps://www.ilsole24ore.com/art/autotrasporto-rincari-pedaggi-2026-AGx1\n\nPorti, Genova e Trieste chiudono il trimestre in crescita\nhttps://www.ilsole24ore.com/art/porti-genova-trieste-traffici-AGy2\n\nTruffe sul cambio IBAN dei fornitori: come difendersi\nhttps://www.ilsole24ore.com/art/truffe-iban-aziende-AGz3\n',
          html=html, mx=('mta-out12.ilsole24ore.com', 'mta-out12.ilsole24ore.com', '185.64.188.12'),
          rp='bounce@newsletter.ilsole24ore.com',
          xh=[('List-Unsubscribe', '<https://newsletter.ilsole24ore.com/disiscrizione?id=%s>' % hx('b19', 14)), ('Precedence', 'bulk')])

    # ---------------------------------------------------------------- 20 pl
    cmr = pdf(['#CMR - Miedzynarodowy samochodowy list przewozowy', 'Nr CMR: PL-0312-2026-0088   Zlecenie: PL/26/0312', '',
               'Nadawca: Example Group Polska Sp. z o.o., Poznan', 'Odbiorca: Lager Billbrook, Example Group GmbH, Hamburg',
               'Miejsce zaladunku: Poznan, 09.03.2026', 'Ladunek: 33 palety EUR, 14 820 kg', '',
               'Potwierdzenie odbioru: 10.03.2026 14:20, bez uwag - podpis i pieczatka odbiorcy'], title='CMR skan')
    build(F, 20, 'pl', 'Logistics partner sends signed delivery documents for a completed transport',
          frm=ZIEL, to=[S['pl_log']],
          subject='Potwierdzenie dostawy – zlecenie PL/26/0312 – skany CMR', date='2026-03-10 16:41:22 +0100',
          cs='iso-8859-2',
          text="""\
Cześć Paweł,

zlecenie PL/26/0312 (Poznań – Hamburg Billbrook, 33 palety) dostarczone
dziś o 14:20, odbiór bez uwag. W załączniku skan podpisanego CMR.

Oryginały wyślemy pocztą razem z fakturą do końca tygodnia. Na przyszły
tydzień mamy wolne dwa zestawy na kierunek Niemcy – daj znać, czy
potrzebujecie.

Pozdrawiam
Tadeusz Zieliński
Dział Spedycji
Partner Logistik Sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
tel. +48 61 842 17 30""",
          mx=MX_PL, xh=[('User-Agent', 'Mozilla Thunderbird')], style='thunderbird',
          atts=[dict(name='CMR_PL-0312-2026-0088.pdf', ctype='application/pdf', data=cmr)])

    # ---------------------------------------------------------------- 21 pl
    pl_ib = pl_iban('1140200', '0040000312345678')
    fv = pdf(['#Partner Logistik Sp. z o.o.', 'ul. Glogowska 218, 60-104 Poznan, NIP 7792418830', '',
              'WEZWANIE DO ZAPLATY', 'Faktura FV/2026/02/118 z dnia 13.02.2026', 'Nr KSeF: 7792418830-20260213-4A1F9C02D7E3-1B',
              'Kwota brutto: 28 413,30 PLN (VAT 5 313,30 PLN)  termin: 27.02.2026', '',
              'Rachunek (biala lista): ' + fmt_iban(pl_ib)], title='Wezwanie do zaplaty')
    build(F, 21, 'pl', 'Payment demand from the logistics partner\'s accounting for an overdue invoice, PDF attached',
          frm=PKSIEG, to=[S['pl_acc']], cc=[ZIEL],
          subject='Wezwanie do zapłaty – FV/2026/02/118 – termin minął 27.02.2026', date='2026-03-06 09:18:50 +0100',
          cs='windows-1250', cte='quoted-printable',
          text="""\
Szanowna Pani,

uprzejmie przypominamy, że faktura FV/2026/02/118 z dnia 13.02.2026
(nr KSeF 7792418830-20260213-4A1F9C02D7E3-1B) na kwotę 28 413,30 PLN brutto
nie została dotychczas opłacona (termin płatności: 27.02.2026).

Prosimy o uregulowanie należności w terminie 7 dni od otrzymania
niniejszego wezwania na rachunek wskazany na fakturze (bez zmian,
widoczny na białej liście), z zastosowaniem mechanizmu podzielonej
płatności. Po tym terminie naliczymy odsetki ustawowe za opóźnienie
w transakcjach handlowych oraz rekompensatę 40 EUR.

Jeżeli płatność została już zrealizowana, prosimy potraktować wezwanie
jako nieaktualne.

Z poważaniem
Ewa Nowicka
Dział Księgowości
Partner Logistik Sp. z o.o.""",
          mx=MX_PL, atts=[dict(name='Wezwanie_FV_2026_02_118.pdf', ctype='application/pdf', data=fv)])

    # ---------------------------------------------------------------- 22 pl
    build(F, 22, 'pl', 'Tax-administration portal notification that a new message is waiting (no link to sign in directly)',
          frm=('e-Urząd Skarbowy', 'powiadomienia@mf.gov.pl'), to=[S['pl_acc']],
          subject='Masz nową wiadomość w e-Urzędzie Skarbowym', date='2026-02-19 12:04:41 +0100',
          cs='iso-8859-2', cte='quoted-printable',
          text="""\
Dzień dobry,

w Twoim koncie w e-Urzędzie Skarbowym (konto podmiotu EXAMPLE GROUP POLSKA
SP. Z O.O.) pojawiła się nowa wiadomość dotycząca: Urzędowe Poświadczenie
Odbioru – JPK_V7M za 01/2026.

Aby się z nią zapoznać, zaloguj się do e-Urzędu Skarbowego, wpisując
samodzielnie adres podatki.gov.pl w przeglądarce.

Ta wiadomość została wygenerowana automatycznie. Nie odpowiadaj na nią.
Pamiętaj: Ministerstwo Finansów nie wysyła e-maili z prośbą o podanie
danych logowania ani linków do płatności.

Ministerstwo Finansów""",
          mx=('mail1.mf.gov.pl', 'mail1.mf.gov.pl', '195.164.240.61'), rp='noreply@mf.gov.pl')

    # ---------------------------------------------------------------- 23 pl
    build(F, 23, 'pl', 'Internal request from the Polish country manager to the accountant for a same-day carrier payment',
          frm=S['pl_cm'], to=[S['pl_acc']], cc=[S['pl_log']],
          subject='Pilne: przelew dla przewoźnika dziś – Trans-Wielkopolska',
          date='2026-03-13 10:26:15 +0100', internal=True, cs='iso-8859-2', style='outlook',
          text="""\
Agnieszko,

proszę dziś jeszcze puścić przelew dla Trans-Wielkopolska za fakturę
FV 88/03/2026 (9 840,00 PLN brutto, split payment). Rachunek bez zmian –
ten sam, co od trzech lat, zweryfikowany na białej liście. Paweł
potwierdził, że wszystkie trzy kursy zostały wykonane, CMR-y są u niego.

Pilne, bo inaczej nie dostaniemy od nich aut na poniedziałek do Hamburga.

Dzięki!
Tomek

--
Tomasz Nowak
Country Manager Poland
Example Group Polska Sp. z o.o.""")

    # ---------------------------------------------------------------- 24 pl
    html = """<html><body style="font-family:Arial,Helvetica;font-size:14px;color:#1b1f3b">
<table width="580"><tr><td style="padding:12px;background:#1b1f3b;color:#fff;font-size:18px">Trans.eu</td></tr>
<tr><td style="padding:16px"><p>Cześć Paweł,</p><p>mamy <b>4 nowe ładunki</b> pasujące do Twoich zapisanych tras:</p>
<table cellpadding="5" style="font-size:13px;border-collapse:collapse"><tr style="background:#f2f4f7"><th align="left">Trasa</th><th align="left">Załadunek</th><th align="left">Pojazd</th></tr>
<tr><td>PL 60-001 Poznań &rarr; DE 20457 Hamburg</td><td>17.03</td><td>plandeka 13,6 m</td></tr>
<tr><td>PL 62-052 Komorniki &rarr; DE 22113 Hamburg</td><td>17.03</td><td>chłodnia</td></tr>
<tr><td>PL 61-131 Poznań &rarr; IT 20090 Segrate</td><td>18.03</td><td>plandeka 13,6 m</td></tr>
<tr><td>PL 64-100 Leszno &rarr; DE 21079 Hamburg</td><td>19.03</td><td>solówka 7,2 m</td></tr></table>
<p><a href="https://platform.trans.eu/freights?utm_source=email&amp;utm_campaign=matching">Zobacz ładunki na platformie</a></p>
<p style="font-size:11px;color:#777">Trans.eu Group S.A., ul. Racławicka 2-4, 53-146 Wrocław. <a href="https://platform.trans.eu/settings/notifications">Zmień ustawienia powiadomień</a></p></td></tr></table></body></html>"""
    build(F, 24, 'pl', 'Freight-exchange platform notification about loads matching saved routes',
          frm=('Trans.eu', 'no-reply@trans.eu'), to=[S['pl_log']],
          subject='4 nowe ładunki na Twoich trasach: Poznań → Hamburg', date='2026-03-16 06:30:09 +0100',
          text='Cześć Paweł,\n\nmamy 4 nowe ładunki pasujące do Twoich zapisanych tras (Poznań → Hamburg, Komorniki → Hamburg, Poznań → Segrate, Leszno → Hamburg).\n\nZobacz: https://platform.trans.eu/freights\n\nTrans.eu\n',
          html=html, mx=('a27-104.smtp-out.eu-west-1.amazonses.com', 'a27-104.smtp-out.eu-west-1.amazonses.com', '54.240.27.104'),
          rp='0102019%s-000000@eu-west-1.amazonses.com' % hx('b24', 16),
          xh=[('List-Unsubscribe', '<https://platform.trans.eu/settings/notifications>')])

    # ---------------------------------------------------------------- 25 el
    build(F, 25, 'el', 'Tax-authority portal notification of a new message in the company\'s mailbox, telling the reader to log in via the official site',
          frm=('ΑΑΔΕ – myAADE', 'noreply@aade.gr'), to=[S['gr_cm']],
          subject='Ενημέρωση: Νέο μήνυμα στη Θυρίδα σας στο myAADE', date='2026-02-11 13:47:25 +0200',
          cs='utf-8', cte='base64',
          text="""\
Αγαπητή/έ φορολογούμενε,

Σας ενημερώνουμε ότι υπάρχει νέο μήνυμα στην προσωπική σας Θυρίδα
(Α.Φ.Μ. 801234567 – EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Ι.Κ.Ε.) με θέμα:
«Πράξη διόρθωσης συνεισφοράς – Περίοδος 12/2025».

Για να δείτε το μήνυμα, εισέλθετε στην εφαρμογή myAADE πληκτρολογώντας
οι ίδιοι τη διεύθυνση www.aade.gr, με τους κωδικούς TAXISnet.

Η ΑΑΔΕ δεν ζητά ποτέ μέσω e-mail κωδικούς πρόσβασης ή στοιχεία καρτών.

Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.""",
          mx=('mail.aade.gr', 'mail.aade.gr', '83.212.240.41'))

    # ---------------------------------------------------------------- 26 el
    al_ib = gr_iban('014', '0101', '0101002002011734')
    an = pdf(['#AEGEAN LINK SHIPPING AGENCY - ARRIVAL NOTICE', 'Vessel: MV SEA BREEZE V.0826   ETA Piraeus (PCT): 28/02/2026', '',
              'Consignee: EXAMPLE GROUP HELLAS, Piraeus', 'B/L: ALSA26PIR0418   2 x 40HC: MSCU 7741920-3, TGHU 8820417-6',
              '', 'Local charges (THC, D/O fee, ISPS): EUR 1,126.00', 'Free time: 5 days from discharge',
              'Payment to our account (unchanged): Alpha Bank ' + fmt_iban(al_ib), 'Delivery order released upon payment.'],
             title='Arrival Notice')
    build(F, 26, 'el', 'Shipping-agent arrival notice for two containers with local charges, PDF attached',
          frm=('Aegean Link – Operations', 'operations@aegeanlink.gr'), to=[S['gr_ops']],
          subject='Arrival Notice – MV SEA BREEZE V.0826 – B/L ALSA26PIR0418 / Ειδοποίηση άφιξης',
          date='2026-02-25 15:22:40 +0200', cs='iso-8859-7',
          text="""\
Αγαπητή κα Κωνσταντίνου,

Σας ενημερώνουμε για την αναμενόμενη άφιξη του MV SEA BREEZE V.0826 στον
Σταθμό Εμπορευματοκιβωτίων Πειραιά (PCT) στις 28/02/2026.

B/L: ALSA26PIR0418 – 2 x 40HC (MSCU 7741920-3, TGHU 8820417-6)

Οι τοπικές χρεώσεις ανέρχονται σε 1.126,00 EUR. Παρακαλούμε η πληρωμή να
γίνει στον γνωστό λογαριασμό μας (χωρίς αλλαγές), ώστε να εκδοθεί το
delivery order. Ελεύθερος χρόνος παραμονής: 5 ημέρες από την εκφόρτωση.

Με εκτίμηση,
Νίκος Αλεξίου
Operations – Aegean Link Shipping Agency
Ακτή Μιαούλη 47, 185 36 Πειραιάς – Τ: +30 210 4290 118""",
          mx=MS(26), style='outlook',
          atts=[dict(name='Arrival_Notice_ALSA26PIR0418.pdf', ctype='application/pdf', data=an)])

    # ---------------------------------------------------------------- 27 el
    build(F, 27, 'el', 'Internal message from the Greek country manager asking operations to pay customs duties today via the official system',
          frm=S['gr_cm'], to=[S['gr_ops']],
          subject='Επείγον: πληρωμή δασμών σήμερα – διασάφηση 26GR000201 0094471',
          date='2026-03-05 09:41:08 +0200', internal=True, cs='iso-8859-7', cte='quoted-printable',
          text="""\
Ελένη καλημέρα,

το τελωνείο Πειραιά έκανε αποδεκτή τη διασάφηση για τα δύο container του
SEA BREEZE. Πρέπει να πληρωθούν σήμερα οι δασμοί και ο ΦΠΑ (σύνολο
18.462,30 EUR) μέσω e-Παράβολο/ICISnet με την ταυτότητα οφειλής, όπως
πάντα – όχι σε τραπεζικό λογαριασμό τρίτου. Ο εκτελωνιστής (κ. Μαυρίδης)
έχει ήδη ανεβάσει τα έγγραφα.

Αν χρειαστεί έγκριση από το Αμβούργο πάνω από το όριο, έχω ήδη
ενημερώσει τον Matthias τηλεφωνικά.

Ευχαριστώ,
Γιώργος

--
Γιώργος Παπαδόπουλος
Country Manager Greece – Example Group Hellas""")

    # ---------------------------------------------------------------- 28 el
    build(F, 28, 'el', 'Bank notice about new default transaction limits for business e-banking, no links',
          frm=('Eurobank', 'info@eurobank.gr'), to=[S['gr_cm']],
          subject='Ενημέρωση: Νέα όρια συναλλαγών στο Eurobank Business e-Banking από 01/04/2026',
          date='2026-03-03 11:00:18 +0200', cs='iso-8859-7', cte='base64',
          text="""\
Αγαπητέ πελάτη,

Σας ενημερώνουμε ότι από 01/04/2026 τα προκαθορισμένα ημερήσια όρια
μεταφορών προς τρίτους στο Eurobank Business e-Banking προσαρμόζονται ως
εξής:

  – Μεταφορές σε λογαριασμούς άλλων τραπεζών (SEPA/Instant): 50.000 EUR
  – Μεταφορές εκτός ΕΟΧ: 25.000 EUR

Μπορείτε να αλλάξετε τα όρια από το μενού «Ρυθμίσεις > Όρια» της
υπηρεσίας ή σε οποιοδήποτε κατάστημα. Για αυξήσεις απαιτείται
επιβεβαίωση από τον νόμιμο εκπρόσωπο.

Σας υπενθυμίζουμε ότι η Eurobank δεν ζητά ποτέ κωδικούς, OTP ή στοιχεία
καρτών μέσω e-mail, SMS ή τηλεφώνου.

Με εκτίμηση,
Eurobank""",
          mx=('mailout2.eurobank.gr', 'mailout2.eurobank.gr', '195.167.105.34'))

    # ---------------------------------------------------------------- 29 el
    cal = ics('posidonia2026-%s@posidonia-events.com' % hx('b29', 8), 'Posidonia 2026 – Exhibitors Briefing',
              '20260422T080000Z', '20260422T100000Z', 'Metropolitan Expo, Athens',
              'Technical briefing for exhibitors: logistics, stand build-up, badges.', ('Posidonia Exhibitions SA', 'info@posidonia-events.com'),
              [S['gr_cm']], method='PUBLISH')
    build(F, 29, 'el', 'Exhibition organiser information for exhibitors with a briefing calendar file, no payment request',
          frm=('Posidonia Exhibitions SA', 'info@posidonia-events.com'), to=[S['gr_cm']], cc=[S['mkt']],
          subject='Posidonia 2026 – Ενημέρωση εκθετών / Exhibitors briefing 22 April',
          date='2026-03-17 10:30:00 +0200',
          text="""\
Αγαπητοί εκθέτες,

Σας προσκαλούμε στην τεχνική ενημέρωση εκθετών για τα Ποσειδώνια 2026 την
Τετάρτη 22 Απριλίου, 11:00–13:00, στο Metropolitan Expo. Θα παρουσιαστούν
θέματα logistics, κατασκευής περιπτέρων και έκδοσης καρτών εισόδου.

Σας υπενθυμίζουμε ότι όλες οι πληρωμές γίνονται αποκλειστικά στους
λογαριασμούς που αναγράφονται στη σύμβαση συμμετοχής. Δεν αλλάζουμε ποτέ
τραπεζικά στοιχεία μέσω e-mail.

Dear exhibitors, please find attached the calendar invitation for the
exhibitors' technical briefing on 22 April.

Με εκτίμηση / Kind regards
Posidonia Exhibitions SA
www.posidonia-events.com""",
          mx=('mail.posidonia-events.com', 'mail.posidonia-events.com', '62.1.42.120'),
          atts=[dict(name='Posidonia2026_Exhibitors_Briefing.ics', ctype='text/calendar; charset="utf-8"', data=cal)])

    # ---------------------------------------------------------------- 30 es
    build(F, 30, 'es', 'Official electronic-notification service notice of a pending tax notification (no direct link, refers to official portal)',
          frm=('DEHú', 'no-reply@dehu.redsara.es'), to=[S['es_cm']],
          subject='Aviso de notificación – Dirección Electrónica Habilitada única',
          date='2026-02-13 08:22:47 +0100', cs='iso-8859-15', cte='quoted-printable',
          text="""\
Le informamos que tiene disponible una notificación en la Dirección
Electrónica Habilitada única (DEHú) para el titular:

  EXAMPLE GROUP IBÉRICA S.L. – NIF B98765432

  Organismo emisor: Agencia Estatal de Administración Tributaria
  Concepto: Comunicación – Modelo 349 ejercicio 2025
  Fecha de puesta a disposición: 13/02/2026

Para acceder, utilice la sede electrónica https://dehu.redsara.es con su
certificado electrónico o Cl@ve.

Este correo es un aviso informativo; su no recepción no impide la validez
de la notificación. No responda a este mensaje.""",
          mx=('correo.redsara.es', 'correo.redsara.es', '185.73.172.60'))

    # ---------------------------------------------------------------- 31 es
    tl_ib = es_iban('0128', '0073', '0500012847')
    liq = pdf(['#TRANSITOS LEVANTE S.L. - Agentes de Aduanas', 'Av. del Puerto 312, 46024 Valencia - CIF B46118273', '',
               'LIQUIDACION DUA IMPORTACION 26ES00460011872453', 'Contenedor MSKU 4471180 - 1x40HC maquinaria',
               'Derechos arancelarios 1,7%:    1.912,40 EUR', 'IVA importacion 21%:        21.506,37 EUR',
               'Total a pagar a la AEAT:     23.418,77 EUR', '',
               'Pago: carta de pago NRC con cargo a la cuenta aduanera de EXAMPLE GROUP IBERICA S.L.',
               'o provision de fondos a nuestra cuenta habitual Bankinter ' + fmt_iban(tl_ib)], title='Liquidacion DUA')
    build(F, 31, 'es', 'Customs agent clearance notice with a duty settlement PDF, requesting same-day payment as usual',
          frm=('Marta Soler – Tránsitos Levante', 'aduanas@transitoslevante.es'), to=[S['es_cm']], cc=[S['es_sales']],
          subject='Levante DUA 26ES00460011872453 – liquidación y pago hoy',
          date='2026-03-12 09:05:51 +0100', cs='windows-1252',
          text="""\
Buenos días Javier,

La Aduana de Valencia ha admitido el DUA 26ES00460011872453 (MSKU 4471180).
Adjunto la liquidación: 23.418,77 EUR entre aranceles e IVA.

Como siempre, lo más rápido es que paguéis directamente con NRC contra la
cuenta aduanera de Example Group; si preferís provisión de fondos, en
nuestra cuenta habitual de Bankinter (la de siempre, sin cambios).

Si nos llega el NRC antes de las 13:00 el camión sale hoy.

Un saludo,

Marta Soler
Departamento de Aduanas
Tránsitos Levante S.L. – Av. del Puerto 312, 46024 Valencia
Tel. 963 24 18 70""",
          mx=MS(31), style='outlook',
          atts=[dict(name='Liquidacion_DUA_26ES00460011872453.pdf', ctype='application/pdf', data=liq)])

    # ---------------------------------------------------------------- 32 es
    build(F, 32, 'es', 'Business-banking notice that a new device was linked to online banking, instructs to call the bank if unknown',
          frm=('CaixaBank', 'notificaciones@caixabank.com'), to=[S['es_cm']],
          subject='Aviso de seguridad: nuevo dispositivo vinculado a CaixaBankNow Empresas',
          date='2026-03-03 18:11:37 +0100', cs='iso-8859-1', cte='quoted-printable',
          text="""\
Estimado cliente:

Le informamos que el 03/03/2026 a las 18:09 se ha vinculado un nuevo
dispositivo (iPhone 15) a su usuario de CaixaBankNow Empresas para la
empresa EXAMPLE GROUP IBÉRICA S.L.

Si ha sido usted, no es necesario que haga nada.

Si no reconoce esta operación, llame inmediatamente al 900 40 40 90.

Recuerde: CaixaBank nunca le solicitará por correo electrónico, SMS o
teléfono sus claves de acceso, códigos de firma ni que autorice
operaciones que usted no haya iniciado.

Atentamente,
CaixaBank, S.A.""",
          mx=('smtp4.caixabank.com', 'smtp4.caixabank.com', '195.76.9.72'))

    # ---------------------------------------------------------------- 33 es
    po = xlsx([['Pedido', 'PO-2026-0877', '', ''], ['Cliente', 'Cítricos del Turia S.A.', '', ''],
               ['Origen', 'Destino', 'Palets', 'Fecha carga'],
               ['Alzira (Valencia)', 'Hamburg Billbrook', 33, '2026-03-23'],
               ['Alzira (Valencia)', 'Poznań', 26, '2026-03-24'],
               ['Alzira (Valencia)', 'Milano Segrate', 30, '2026-03-25']], 'Pedido')
    build(F, 33, 'es', 'Customer transport order with spreadsheet attachment',
          frm=('Andrés Llorca – Cítricos del Turia', 'logistica@citricosdelturia.es'), to=[S['es_sales']],
          subject='Pedido transporte PO-2026-0877 – campaña marzo', date='2026-03-16 12:34:18 +0100',
          cs='iso-8859-1',
          text="""\
Hola Lucía,

Te paso en el Excel adjunto el pedido PO-2026-0877 con las cargas de la
semana 13 (Hamburgo, Poznań y Milán), 89 palets en total, todo
refrigerado a +6 °C como siempre.

¿Me confirmas disponibilidad y tarifas según el acuerdo de campaña?

Gracias y un saludo,

Andrés Llorca
Jefe de Logística
Cítricos del Turia S.A. – Pol. Ind. El Pla, 46600 Alzira""",
          mx=GOOG(33), mid='<CAM%s@mail.gmail.com>' % hx('b33', 30), style='gmail',
          atts=[dict(name='Pedido_PO-2026-0877.xlsx', ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=po)])

    # ---------------------------------------------------------------- 34 es
    build(F, 34, 'es', 'Internal forward of a customer complaint from the Spanish country manager to sales',
          frm=S['es_cm'], to=[S['es_sales']],
          subject='RV: Reclamación – entrega Hamburgo con rotura de cadena de frío',
          date='2026-03-06 17:20:05 +0100', internal=True, cs='iso-8859-15', style='outlook',
          text="""\
Lucía,

te reenvío la queja de Cítricos del Turia. Por favor, pide al almacén de
Hamburgo (Billbrook) el registro del termógrafo y prepara una respuesta
para el lunes. No aceptes ningún abono hasta que lo veamos juntos.

Javier

-----Mensaje original-----
De: Andrés Llorca <logistica@citricosdelturia.es>
Enviado el: viernes, 6 de marzo de 2026 16:48
Para: Javier Martínez Ruiz <javier.martinez@examplegroup.eu>
Asunto: Reclamación – entrega Hamburgo con rotura de cadena de frío

Javier:

Nuestro cliente en Hamburgo ha rechazado 4 de los 33 palets de la entrega
del 4 de marzo por temperatura fuera de rango (+11 °C al descargar).
Reclamamos el importe de la mercancía (6.480 €) y solicitamos el informe
del termógrafo.

Un saludo,
Andrés Llorca""")

    # ---------------------------------------------------------------- 35 ru
    build(F, 35, 'ru', 'Internal message from the Moscow country manager asking the accountant to pay customs charges today via the customs payment system',
          frm=S['ru_cm'], to=[S['ru_acc']],
          subject='Срочно: таможенные платежи по ДТ до 15:00',
          date='2026-03-05 11:14:02 +0300', internal=True, cs='koi8-r', cte='8bit',
          text="""\
Ольга, добрый день!

По ДТ 10013160/050326/3018847 (два контейнера из Гамбурга) таможня ждёт
оплату пошлины и НДС – всего 1 742 380,00 руб. Прошу провести сегодня до
15:00 с нашего лицевого счёта в ФТС (как обычно, через ЕЛС), чтобы брокер
успел получить выпуск.

Расчёт брокера у тебя в почте со вчерашнего дня, сумма совпадает.
Если что – звони, я на складе в Подольске.

Спасибо!
Дмитрий

--
Дмитрий Соколов
Генеральный директор ООО "ЭКЗАМПЛ ГРУПП РУС"
+7 495 980 41 22""")

    # ---------------------------------------------------------------- 36 ru
    build(F, 36, 'ru', 'EDI-service notification about an incoming signed document from a known contractor',
          frm=('Контур.Диадок', 'noreply@diadoc.ru'), to=[S['ru_acc']],
          subject='Новый документ от ООО «ТК Вектор-Логистик»: УПД № 296 от 27.02.2026',
          date='2026-02-27 18:02:33 +0300', cs='utf-8', cte='quoted-printable',
          text="""\
Здравствуйте!

В ящик «ООО ЭКЗАМПЛ ГРУПП РУС» поступил документ:

  Отправитель: ООО «ТК Вектор-Логистик»
  Документ: УПД № 296 от 27.02.2026 на сумму 412 800,00 ₽
  Требуется подпись

Открыть документ можно в веб-версии Диадока: https://diadoc.kontur.ru

Отключить уведомления можно в настройках ящика.

С уважением, Контур.Диадок
Это письмо отправлено автоматически.""",
          mx=('mail-out.kontur.ru', 'mail-out.kontur.ru', '46.17.200.118'), rp='bounce@diadoc.ru')

    # ---------------------------------------------------------------- 37 ru
    req = xlsx([['№', 'Документ', 'Период', 'Срок'],
                [1, 'Оборотно-сальдовая ведомость по счетам 60, 62, 76', '2025', '20.03.2026'],
                [2, 'Акты сверки с крупнейшими контрагентами', '31.12.2025', '20.03.2026'],
                [3, 'Договоры транспортной экспедиции (выборка)', '2025', '27.03.2026']], 'Запрос')
    build(F, 37, 'ru', 'Annual audit document request from the audit firm with a spreadsheet list',
          frm=('Елена Васильева', 'e.vasilyeva@auditprof.ru'), to=[S['ru_acc']], cc=[S['ru_cm']],
          subject='Аудит за 2025 год – запрос документов (первая часть)', date='2026-03-02 12:40:11 +0300',
          cs='windows-1251', cte='quoted-printable', style='outlook',
          text="""\
Ольга Сергеевна, добрый день!

В соответствии с договором на проведение обязательного аудита
бухгалтерской отчётности за 2025 год направляем перечень документов первой
очереди (во вложении). Документы можно, как и в прошлом году, загрузить в
наш защищённый файлообменник или передать на встрече 20 марта.

Выездной этап планируем на 23–27 марта.

С уважением,
Васильева Елена Андреевна
руководитель проекта
ООО «АудитПрофКонсалт»
+7 (495) 223-18-40""",
          mx=('mx.auditprof.ru', 'mx.auditprof.ru', '185.26.98.41'),
          atts=[dict(name='Запрос_документов_аудит_2025.xlsx', ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=req)])

    # ---------------------------------------------------------------- 38 ru
    build(F, 38, 'ru', 'Business-banking notice about a login from a new device, advising to call the bank if unknown',
          frm=('Альфа-Бизнес', 'noreply@alfabank.ru'), to=[S['ru_cm']],
          subject='Вход в Альфа-Бизнес с нового устройства', date='2026-03-09 08:55:27 +0300',
          cs='utf-8', cte='base64',
          text="""\
Дмитрий Андреевич, здравствуйте!

09.03.2026 в 08:54 (МСК) выполнен вход в интернет-банк Альфа-Бизнес с
нового устройства (Windows, Chrome, Москва) для организации
ООО «ЭКЗАМПЛ ГРУПП РУС».

Если это были не вы, срочно позвоните нам по номеру 8 800 100-77-33
или по номеру, указанному на обратной стороне карты, и заблокируйте доступ.

Сотрудники банка никогда не просят сообщить коды из SMS и пароли.

Альфа-Банк""",
          mx=('mx2.alfabank.ru', 'mx2.alfabank.ru', '217.12.96.28'))

    # ---------------------------------------------------------------- 39 ru
    html = """<html><body style="font-family:Arial;font-size:14px;color:#222">
<table width="600"><tr><td style="background:#e2001a;color:#fff;padding:12px;font-size:18px"><b>Деловые Линии</b></td></tr>
<tr><td style="padding:16px"><p>Здравствуйте!</p>
<p>Груз по накладной <b>26-00418871901</b> прибыл на терминал <b>Москва, Подольск (Северный)</b> и готов к выдаче.</p>
<p>Отправитель: ООО «Экзампл Групп Рус» (Санкт-Петербург)<br>Мест: 6, вес 1 180 кг</p>
<p>Бесплатное хранение – до 12.03.2026 включительно.</p>
<p><a href="https://www.dellin.ru/tracker/?mode=search&amp;rwID=2600418871901">Отследить груз</a></p>
<p style="font-size:11px;color:#888">ООО «Деловые Линии». Вы получили это письмо, так как указаны получателем груза.</p></td></tr></table></body></html>"""
    build(F, 39, 'ru', 'Domestic carrier notice that a consignment has arrived at the terminal with a tracking link',
          frm=('Деловые Линии', 'info@dellin.ru'), to=[S['ru_cm']],
          subject='Груз 26-00418871901 прибыл на терминал и готов к выдаче', date='2026-03-10 07:02:44 +0300',
          text='Здравствуйте!\n\nГруз по накладной 26-00418871901 прибыл на терминал Москва, Подольск (Северный) и готов к выдаче.\nБесплатное хранение – до 12.03.2026.\n\nОтследить: https://www.dellin.ru/tracker/?mode=search&rwID=2600418871901\n\nДеловые Линии\n',
          html=html, cs='windows-1251', cte='quoted-printable',
          mx=('mail.dellin.ru', 'mail.dellin.ru', '91.229.236.15'))

    # ---------------------------------------------------------------- 40 ru
    html = """<html><body style="font-family:Arial;font-size:14px">
<table width="620"><tr><td style="border-bottom:3px solid #c00;padding:8px 0;font-size:20px"><b>КонсультантПлюс</b> &middot; Обзор для бухгалтера</td></tr>
<tr><td style="padding:10px 0"><p><b>Что изменилось с 1 марта 2026 года</b></p><ul>
<li><a href="https://www.consultant.ru/legalnews/28114/">НДС: новые коды операций в декларации</a></li>
<li><a href="https://www.consultant.ru/legalnews/28131/">Машиночитаемые доверенности: продление переходного периода</a></li>
<li><a href="https://www.consultant.ru/legalnews/28142/">Электронные транспортные накладные: кто обязан перейти</a></li></ul>
<p style="font-size:11px;color:#777">Вы подписаны на рассылку как o.morozova@examplegroup.eu. <a href="https://www.consultant.ru/subscribe/unsubscribe/?id=%s">Отписаться</a>.</p></td></tr></table></body></html>""" % hx('b40', 12)
    build(F, 40, 'ru', 'Subscribed legal-information newsletter for accountants, HTML',
          frm=('КонсультантПлюс', 'news@consultant.ru'), to=[S['ru_acc']],
          subject='Обзор изменений для бухгалтера: март 2026', date='2026-03-02 06:45:10 +0300',
          text='КонсультантПлюс – Обзор для бухгалтера\n\nЧто изменилось с 1 марта 2026 года:\n- НДС: новые коды операций в декларации https://www.consultant.ru/legalnews/28114/\n- Машиночитаемые доверенности: продление переходного периода https://www.consultant.ru/legalnews/28131/\n- Электронные транспортные накладные https://www.consultant.ru/legalnews/28142/\n',
          html=html, cs='windows-1251', cte='base64',
          mx=('mx1.consultant.ru', 'mx1.consultant.ru', '213.135.80.24'),
          xh=[('List-Unsubscribe', '<https://www.consultant.ru/subscribe/unsubscribe/?id=%s>' % hx('b40', 12)), ('Precedence', 'bulk')])

# ======================================================================
LANGNAME = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'el': 'Greek', 'es': 'Spanish', 'ru': 'Russian'}

def main():
    for d in ('attack', 'business'):
        p = os.path.join(ROOT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    attacks()
    business()
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as f:
        for k, n, l, a, o, r in STAFF:
            f.write('%s=%s\n' % (n, a))
    M = ['# Example Group – e-mail filter evaluation set (2026)', '',
         '## Company', '',
         'Example Group (domains `example.com` and `examplegroup.eu`), logistics group with ~700 mailboxes. '
         'HQ Hamburg (DE); offices in Milano (IT), Poznań (PL), Piraeus (GR), Valencia (ES), London (UK), Moscow (RU). '
         'Inbound MX: `mx01.example.com`; internal relay: `mail-int01.example.com` (10.20.0.25).', '',
         'Regular correspondents: Lieferant GmbH (lieferant-gmbh.de), Ferretti Trasporti (ferretti-trasporti.it), '
         'Partner Logistik (partner-logistik.pl).', '',
         '## Staff', '', '| Name | Latin transcription | Address | Office | Role |', '|---|---|---|---|---|']
    for k, n, l, a, o, r in STAFF:
        M.append('| %s | %s | %s | %s | %s |' % (n, l, a, o, r))
    for d in ('attack', 'business'):
        M += ['', '## %s/' % d, '', '| File | Language | Description |', '|---|---|---|']
        for fn, lang, desc in MANIFEST[d]:
            M.append('| %s | %s | %s |' % (fn, LANGNAME[lang], desc))
    M.append('')
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(M))

if __name__ == '__main__':
    main()
