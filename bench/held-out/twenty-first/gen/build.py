#!/usr/bin/env python3
"""Deterministic generator for the Example Group blind e-mail test set (Python 3, standard library only)."""
import base64, datetime, hashlib, io, quopri, struct, unicodedata, zipfile, zlib


def hx(s, n=16):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]


# ---------------------------------------------------------------- charsets
FIX = {'€': 'EUR', '–': '-', '—': '-', '„': '"', '“': '"', '”': '"', '‘': "'", '’': "'",
       '«': '"', '»': '"', '…': '...', '№': 'No.', '•': '*', '\u00a0': ' ', '·': '-', '‚': ','}


def fit(s, cs):
    out = []
    for ch in s:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            r = FIX.get(ch)
            if r is None:
                raise ValueError('%r not representable in %s' % (ch, cs))
            out.append(r)
    return ''.join(out)


def ew(s, cs='utf-8', mode='B'):
    """RFC 2047 encoded words."""
    if all(ord(c) < 128 for c in s):
        return s
    s = fit(s, cs)

    def enc(t):
        b = t.encode(cs)
        if mode == 'B':
            return '=?%s?B?%s?=' % (cs, base64.b64encode(b).decode())
        q = ''.join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122 or chr(x) in '!*+-/')
                    else ('_' if x == 32 else '=%02X' % x) for x in b)
        return '=?%s?Q?%s?=' % (cs, q)
    words, cur = [], ''
    for ch in s:
        if cur and len(enc(cur + ch)) > 75:
            cut = cur.rfind(' ')
            if cut > 0:
                words.append(enc(cur[:cut + 1]))
                cur = cur[cut + 1:] + ch
            else:
                words.append(enc(cur))
                cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return '\n '.join(words)


def addr(name, a, cs='utf-8', mode='B'):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()@"[]'):
            name = '"%s"' % name.replace('"', '\\"')
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (ew(name, cs, mode), a)


# ---------------------------------------------------------------- MIME parts
def encbody(b, cte):
    if cte == 'base64':
        return base64.encodebytes(b)
    if cte == 'quoted-printable':
        r = quopri.encodestring(b)
        return r if r.endswith(b'\n') else r + b'\n'
    return b if b.endswith(b'\n') else b + b'\n'


def part(ctype, body, cte, extra=()):
    h = [('Content-Type', ctype)]
    if cte:
        h.append(('Content-Transfer-Encoding', cte))
    h += list(extra)
    return {'h': h, 'b': body}


def T(text, cs='utf-8', cte='quoted-printable', sub='plain', params='', extra=()):
    b = fit(text, cs).encode(cs)
    if cte == '7bit':
        b.decode('ascii')
    return part('text/%s; charset="%s"%s' % (sub, cs, params), encbody(b, cte), cte, extra)


def H(html, cs='utf-8', cte='quoted-printable'):
    return T(html, cs, cte, 'html')


def _fnparams(fname):
    if all(ord(c) < 128 for c in fname):
        return 'name="%s"' % fname, 'filename="%s"' % fname
    from urllib.parse import quote
    return ('name="%s"' % ew(fname, 'utf-8', 'B').replace('\n ', ''),
            "filename*=utf-8''%s" % quote(fname.encode('utf-8')))


def A(data, ctype, fname, disp='attachment', cid=None, cte='base64'):
    if isinstance(data, str):
        data = data.encode('utf-8')
    np, fp = _fnparams(fname)
    extra = [('Content-Disposition', '%s;\n\t%s' % (disp, fp))]
    if cid:
        extra.append(('Content-ID', '<%s>' % cid))
    return part('%s;\n\t%s' % (ctype, np), encbody(data, cte), cte, extra)


def render(p):
    out = b''
    for k, v in p['h']:
        out += ('%s: %s\n' % (k, v)).encode('ascii')
    return out + b'\n' + p['b']


BSTYLE = {
    'outlook': lambda h: '_000_%s_' % h[:40].upper(),
    'gmail': lambda h: '000000000000%s' % h[:12],
    'apple': lambda h: 'Apple-Mail=_%s-%s-%s-%s-%s' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper()),
    'tb': lambda h: '------------%s' % base64.b32encode(bytes.fromhex(h[:30])).decode()[:24],
    'java': lambda h: '----=_Part_%d_%d.%d' % (int(h[:5], 16), int(h[5:14], 16), 1770000000000 + int(h[14:22], 16) % 40000000000),
    'gen': lambda h: '=_%s' % h[:28],
    'php': lambda h: 'b1_%s' % h[:32],
}


def MP(sub, parts, style='gen', params=''):
    inner = b''.join(render(p) for p in parts)
    bnd = BSTYLE[style](hashlib.sha256(inner + sub.encode()).hexdigest())
    body = b''
    if style in ('gen', 'java', 'php'):
        body += b'This is a multi-part message in MIME format.\n\n'
    for p in parts:
        body += b'--' + bnd.encode() + b'\n' + render(p) + b'\n'
    body += b'--' + bnd.encode() + b'--\n'
    return part('multipart/%s;\n\tboundary="%s"%s' % (sub, bnd, params), body, None)


def RFC822(raw, fname=None):
    extra = [('Content-Disposition', 'attachment; filename="%s"' % fname)] if fname else []
    return part('message/rfc822', raw if raw.endswith(b'\n') else raw + b'\n', None, extra)


# ---------------------------------------------------------------- file formats
GR = dict(zip('αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ',
              ['a', 'v', 'g', 'd', 'e', 'z', 'i', 'th', 'i', 'k', 'l', 'm', 'n', 'x', 'o', 'p', 'r', 's', 's', 't', 'y', 'f', 'ch', 'ps', 'o',
               'a', 'e', 'i', 'i', 'o', 'y', 'o', 'i', 'i', 'y', 'y']))
RU = dict(zip('абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
              ['a', 'b', 'v', 'g', 'd', 'e', 'e', 'zh', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't', 'u', 'f', 'kh', 'ts', 'ch',
               'sh', 'shch', '', 'y', '', 'e', 'yu', 'ya']))


def translit(s):
    out = []
    for ch in fit(s, 'utf-8'):
        try:
            ch.encode('cp1252')
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        lo = ch.lower()
        r = GR.get(lo) or RU.get(lo)
        if r is None and lo in RU:
            r = ''
        if r is None:
            r = {'ł': 'l', 'Ł': 'L'}.get(ch) or ''.join(c for c in unicodedata.normalize('NFKD', ch) if not unicodedata.combining(c)) or '?'
            out.append(r)
            continue
        out.append(r.capitalize() if ch != lo else r)
    return ''.join(out)


def pdf(lines, title='Document', author='', producer='Microsoft® Word für Microsoft 365', date='20260301090000+01\'00\''):
    def esc(s):
        return translit(s).replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    y = 800
    ops = ['BT', '/F2 13 Tf', '56 %d Td' % y, '16 TL']
    first = True
    for ln in lines:
        if first:
            ops.append('(%s) Tj' % esc(ln))
            ops.append('/F1 10 Tf T*')
            first = False
        else:
            ops.append('(%s) Tj T*' % esc(ln))
    ops.append('ET')
    stream = '\n'.join(ops).encode('cp1252')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            ('<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (D:%s) >>' % (
                esc(title), esc(author), esc(producer), date)).encode('cp1252')]
    out = b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out


def _png(w, h, rows, color=False):
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + r for r in rows)
    ihdr = struct.pack('>IIBBBBB', w, h, 8, 2 if color else 0, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


def qr_png(seed, n=29, scale=6, quiet=4):
    bits = []
    hsh = b''
    i = 0
    while len(bits) < n * n:
        hsh = hashlib.sha256(('%s-%d' % (seed, i)).encode()).digest()
        for byte in hsh:
            for k in range(8):
                bits.append((byte >> k) & 1)
        i += 1
    grid = [[bits[r * n + c] for c in range(n)] for r in range(n)]

    def finder(r0, c0):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < n and 0 <= cc < n:
                    inside = 0 <= r < 7 and 0 <= c < 7
                    v = inside and (r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4))
                    grid[rr][cc] = 1 if v else 0
    finder(0, 0); finder(0, n - 7); finder(n - 7, 0)
    for k in range(8, n - 8):
        grid[6][k] = grid[k][6] = (k + 1) % 2
    size = (n + 2 * quiet) * scale
    rows = []
    for y in range(size):
        r = y // scale - quiet
        row = bytearray()
        for x in range(size):
            c = x // scale - quiet
            on = 0 <= r < n and 0 <= c < n and grid[r][c]
            row.append(0 if on else 255)
        rows.append(bytes(row))
    return _png(size, size, rows)


def logo_png(rgb, w=160, h=40, seed='x'):
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            if 8 <= y < h - 8 and 8 <= x < 32:
                row += bytes(rgb)
            elif 14 <= y < h - 14 and 40 <= x < w - 10 and (x // 6) % 3 != 2:
                row += bytes((60, 60, 60))
            else:
                row += b'\xff\xff\xff'
        rows.append(bytes(row))
    return _png(w, h, rows, color=True)


def scan_png(seed, w=300, h=420):
    hs = hashlib.sha256(seed.encode()).digest()
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            v = 236 - (x + y) // 40
            line = (y // 14) % 2 == 0 and 30 < y < h - 60 and 24 < x < 24 + (hs[(y // 14) % 32] % 200) + 40
            if line and (x // 5) % 4 != 3:
                v = 70
            if y < 60 and 24 < x < 140 and 20 < y < 44:
                v = 40
            row.append(max(0, min(255, v + ((x * 7 + y * 13) % 9) - 4)))
        rows.append(bytes(row))
    return _png(w, h, rows)


def zipb(files, dt=(2026, 4, 1, 9, 0, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode('utf-8'))
    return bio.getvalue()


# ---------------------------------------------------------------- dates / ids
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _dst_eu(local):
    return datetime.datetime(2026, 3, 29, 2) <= local < datetime.datetime(2026, 10, 25, 3)


def tz_of(zone, local):
    if zone.startswith(('+', '-')):
        return zone
    d = _dst_eu(local)
    return {'CET': '+0200' if d else '+0100', 'EET': '+0300' if d else '+0200',
            'UK': '+0100' if d else '+0000', 'MSK': '+0300'}[zone]


def off_min(tz):
    return (1 if tz[0] == '+' else -1) * (int(tz[1:3]) * 60 + int(tz[3:5]))


def fmt(dt, tz):
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (DAYS[dt.weekday()], dt.day, MONS[dt.month - 1], dt.year,
                                                  dt.hour, dt.minute, dt.second, tz)


QALPHA = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'


def qid(seed):
    h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    s = '4'
    for _ in range(11):
        s += QALPHA[h % len(QALPHA)]
        h //= len(QALPHA)
    return s

# ================================================================ company
STAFF = [
    # key, display name, latin, address, office, role
    ('ceo', 'Dr. Katharina Voss', '', 'k.voss@example.com', 'Hamburg', 'CEO / Geschäftsführerin'),
    ('cfo', 'Matthias Brandt', '', 'm.brandt@example.com', 'Hamburg', 'CFO'),
    ('ap_de', 'Sabine Krüger', '', 's.krueger@example.com', 'Hamburg', 'Kreditorenbuchhaltung (accounts payable)'),
    ('it', 'Jens Petersen', '', 'j.petersen@example.com', 'Hamburg', 'IT-Administrator'),
    ('hr', 'Anja Hoffmann', '', 'a.hoffmann@example.com', 'Hamburg', 'Leiterin Personal (HR)'),
    ('ass', 'Lena Schulte', '', 'l.schulte@example.com', 'Hamburg', 'Assistentin der Geschäftsführung'),
    ('pay_de', 'Tobias Wendt', '', 't.wendt@example.com', 'Hamburg', 'Lohnbuchhaltung (payroll)'),
    ('log_de', 'Felix Neumann', '', 'f.neumann@example.com', 'Hamburg', 'Logistik / Disposition'),
    ('cm_it', 'Giulia Bianchi', '', 'giulia.bianchi@examplegroup.eu', 'Milano', 'Country Manager Italia'),
    ('ap_it', 'Marco Rinaldi', '', 'marco.rinaldi@examplegroup.eu', 'Milano', 'Contabilità fornitori (accounts payable)'),
    ('sales_it', 'Francesca De Santis', '', 'francesca.desantis@examplegroup.eu', 'Milano', 'Vendite (sales)'),
    ('log_it', 'Luca Moretti', '', 'luca.moretti@examplegroup.eu', 'Milano', 'Logistica'),
    ('cm_pl', 'Agnieszka Nowicka', '', 'agnieszka.nowicka@examplegroup.eu', 'Poznań', 'Country Manager Polska'),
    ('ap_pl', 'Paweł Wiśniewski', '', 'pawel.wisniewski@examplegroup.eu', 'Poznań', 'Księgowość (accounts payable)'),
    ('hr_pl', 'Katarzyna Dąbrowska', '', 'katarzyna.dabrowska@examplegroup.eu', 'Poznań', 'Kadry i płace (HR / payroll)'),
    ('cm_gr', 'Νίκος Παπαδόπουλος', 'Nikos Papadopoulos', 'n.papadopoulos@examplegroup.eu', 'Piraeus', 'Country Manager Ελλάδα'),
    ('acc_gr', 'Ελένη Γεωργίου', 'Eleni Georgiou', 'e.georgiou@examplegroup.eu', 'Piraeus', 'Λογιστήριο (accounts / payroll)'),
    ('ops_gr', 'Δημήτρης Κωνσταντίνου', 'Dimitris Konstantinou', 'd.konstantinou@examplegroup.eu', 'Piraeus', 'Operations / εκτελωνισμός'),
    ('cm_es', 'Carmen Ruiz Navarro', '', 'carmen.ruiz@examplegroup.eu', 'Valencia', 'Country Manager España'),
    ('pay_es', 'Javier Martínez Soler', '', 'javier.martinez@examplegroup.eu', 'Valencia', 'Administración y nóminas (payroll)'),
    ('sales_es', 'Lucía Fernández', '', 'lucia.fernandez@examplegroup.eu', 'Valencia', 'Ventas (sales)'),
    ('cm_uk', 'James Whitfield', '', 'j.whitfield@example.com', 'London', 'Country Manager UK'),
    ('ea_uk', 'Priya Shah', '', 'p.shah@example.com', 'London', 'Office Manager / Executive Assistant'),
    ('sales_uk', 'Oliver Bennett', '', 'o.bennett@example.com', 'London', 'Key Account Manager (sales)'),
    ('cm_ru', 'Андрей Соколов', 'Andrey Sokolov', 'a.sokolov@examplegroup.eu', 'Moscow', 'Country Manager Россия'),
    ('acc_ru', 'Ольга Морозова', 'Olga Morozova', 'o.morozova@examplegroup.eu', 'Moscow', 'Главный бухгалтер (accounts / payroll)'),
]
SK = {s[0]: s for s in STAFF}
BYADDR = {s[3]: s for s in STAFF}


def P(key):
    s = SK[key]
    return (s[1], s[3])


NET = {'Hamburg': ('10.20', 'ham'), 'Milano': ('10.31', 'mil'), 'Poznań': ('10.32', 'poz'), 'Piraeus': ('10.33', 'pir'),
       'Valencia': ('10.34', 'vlc'), 'London': ('10.35', 'lon'), 'Moscow': ('10.36', 'mow')}

MSGS = {'attack': [], 'business': []}


def add(folder, lang, desc, frm, to, subject, when, zone, body, mx='int', rp=None, cc=(), reply_to=None, mid=None,
        hdrs=(), hcs='utf-8', hmode='B', pre=(), irt=None, refs=None, delay=4, rcpt=None):
    MSGS[folder].append(dict(folder=folder, lang=lang, desc=desc, frm=frm, to=to, subject=subject, when=when, zone=zone,
                             body=body, mx=mx, rp=rp, cc=cc, reply_to=reply_to, mid=mid, hdrs=hdrs, hcs=hcs, hmode=hmode,
                             pre=pre, irt=irt, refs=refs, delay=delay, rcpt=rcpt))


def _alist(lst, cs, mode):
    if isinstance(lst, str):
        return lst
    return ',\n\t'.join(addr(n, a, cs, mode) for n, a in lst)


def make_mid(seed, dom):
    h = hx(seed, 64)
    if 'outlook.com' in dom.lower():
        return '<%s%s@%s>' % (dom.split('.')[0], h[:24].upper(), dom)
    if dom == 'mail.gmail.com':
        return '<CA%s@mail.gmail.com>' % base64.urlsafe_b64encode(bytes.fromhex(h[:48])).decode().replace('-', 'A').replace('_', 'x')[:56]
    if dom.startswith('@'):
        return '<%s%s>' % (h[:12], dom)
    return '<%s.%s@%s>' % (h[:20], h[20:28], dom)


def build(m, key):
    local = datetime.datetime(*m['when'])
    tz = tz_of(m['zone'], local)
    utc = local - datetime.timedelta(minutes=off_min(tz))
    rutc = utc + datetime.timedelta(seconds=m['delay'])
    hdst = datetime.datetime(2026, 3, 29, 1) <= rutc < datetime.datetime(2026, 10, 25, 1)
    htz = '+0200' if hdst else '+0100'
    hloc = rutc + datetime.timedelta(hours=2 if hdst else 1)
    to = m['to']
    rcpt = m['rcpt'] or (to[0][1] if not isinstance(to, str) else None)
    cs, mode = m['hcs'], m['hmode']
    lines = []
    if m['mx'] == 'int':
        st = BYADDR.get(m['frm'][1])
        office = st[4] if st else 'Hamburg'
        net, code = NET[office]
        n = int(hx(key, 4), 16)
        ws = 'ws-%s-%04d' % (code, n % 900 + 100)
        wip = '%s.%d.%d' % (net, 10 + n % 20, 20 + n % 200)
        lines.append('Received: from mail-int01.example.com (mail-int01.example.com [10.20.0.25]) by mx01.example.com (Postfix) with ESMTPS id %s for <%s>; %s'
                     % (qid(key), rcpt, fmt(hloc, htz)))
        lines.append('Received: from %s.corp.example.com (%s.corp.example.com [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPSA id %s;\n\t%s'
                     % (ws.upper(), ws, wip, qid(key + 'i'), fmt(hloc - datetime.timedelta(seconds=2), htz)))
    else:
        helo, rdns, ip = m['mx']
        lines.append('Received: from %s (%s [%s]) by mx01.example.com (Postfix) with ESMTPS id %s for <%s>; %s'
                     % (helo, rdns, ip, qid(key), rcpt, fmt(hloc, htz)))
        for i, p in enumerate(m['pre']):
            lines.append('Received: %s;\n\t%s' % (p, fmt(local + datetime.timedelta(seconds=max(0, m['delay'] - 2 - i)), tz)))
    lines.append('Return-Path: <%s>' % (m['rp'] if m['rp'] is not None else m['frm'][1]))
    lines.append('From: %s' % addr(m['frm'][0], m['frm'][1], cs, mode))
    lines.append('To: %s' % _alist(to, cs, mode))
    if m['cc']:
        lines.append('Cc: %s' % _alist(m['cc'], cs, mode))
    if m['reply_to']:
        lines.append('Reply-To: %s' % _alist([m['reply_to']], cs, mode))
    lines.append('Subject: %s' % ew(m['subject'], cs, mode))
    lines.append('Date: %s' % fmt(local, tz))
    dom = m['mid'] or m['frm'][1].split('@')[1]
    lines.append('Message-ID: %s' % make_mid(key, dom))
    if m['irt']:
        lines.append('In-Reply-To: %s' % m['irt'])
        lines.append('References: %s' % (m['refs'] or m['irt']))
    for k, v in m['hdrs']:
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    head = ('\n'.join(lines) + '\n').encode('ascii')
    raw = head + render(m['body'])
    raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw

# ================================================================ infrastructure shortcuts
def O365(n, region='eur05', dc='db8'):
    h = 'mail-%s%son21%02d.outbound.protection.outlook.com' % (dc, region, n)
    return ('%s-%s-obe.outbound.protection.outlook.com' % (region.upper(), dc.upper()), h, '40.107.%d.%d' % (20 + n % 3, n))


def GMAIL(n=54):
    h = 'mail-wr1-f%d.google.com' % n
    return (h, h, '209.85.221.%d' % n)


LIEF = ('mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '217.160.74.18')
FERR = ('smtpdh19.ad.aruba.it', 'smtpdh19.ad.aruba.it', '62.149.155.19')
PLOG = ('mail.partner-logistik.pl', 'mail.partner-logistik.pl', '91.227.122.40')

SIG_SM = """Mit freundlichen Grüßen

Stefan Maier
Vertriebsinnendienst
Lieferant GmbH | Industriestraße 14 | 21079 Hamburg
Tel. +49 40 7654 3210 | s.maier@lieferant-gmbh.de
Amtsgericht Hamburg HRB 112233 | Geschäftsführer: Dr. Ralf Obermeyer
"""

# ================================================================ A: messages that should not reach the inbox plainly
# ---- de
add('attack', 'de', 'Reply in an open-items thread from a near-identical supplier domain, asking to pay three invoices to a new account; letter as PDF',
    ('Stefan Maier', 's.maier@lieferant-grnbh.de'), [('Krüger, Sabine', 's.krueger@example.com')],
    'AW: Offene Posten Example Group – KW 14', (2026, 4, 2, 10, 47, 12), 'CET',
    MP('mixed', [T("""Guten Morgen Frau Krüger,

vielen Dank für die Aufstellung. Die drei Posten RE-2026-02871, RE-2026-02904 und RE-2026-03015 (gesamt 48.316,20 €) sind bei uns ebenfalls noch offen, die Gutschrift GS-2026-0112 haben wir bereits verrechnet.

Ein wichtiger Hinweis: Im Zuge der Zusammenlegung unseres Zahlungsverkehrs wird unser bisheriges Konto bei der Hamburger Sparkasse zum 31.03.2026 geschlossen. Eingänge auf die alte Verbindung werden ab sofort automatisch zurückgebucht. Bitte hinterlegen Sie für die o. g. Rechnungen und alle künftigen Zahlungen die neue Bankverbindung aus dem beigefügten Schreiben unserer Geschäftsführung.

Da wir das Quartal abschließen müssen, wäre ich Ihnen dankbar, wenn die Zahlung noch diese Woche ausgeführt werden kann. Eine kurze Bestätigung per Mail genügt – ich bin bis Donnerstag auf der LogiMAT und telefonisch nur schlecht erreichbar.

""" + SIG_SM + """

-----Ursprüngliche Nachricht-----
Von: Krüger, Sabine <s.krueger@example.com>
Gesendet: Mittwoch, 1. April 2026 16:05
An: Maier, Stefan <s.maier@lieferant-gmbh.de>
Betreff: Offene Posten Example Group – KW 14

Hallo Herr Maier,

anbei wie besprochen unsere OP-Liste zum 01.04. Können Sie bitte kurz abgleichen, ob die Gutschrift GS-2026-0112 bei Ihnen schon verbucht ist?

Viele Grüße
Sabine Krüger
Kreditorenbuchhaltung | Example Group
""", 'iso-8859-15', 'quoted-printable', extra=[('Content-Language', 'de-DE')]),
        A(pdf(['Lieferant GmbH - Mitteilung Bankverbindung', '', 'Hamburg, 30.03.2026', '',
               'Sehr geehrte Damen und Herren,', '',
               'wir teilen Ihnen mit, dass unser Konto bei der Hamburger Sparkasse zum 31.03.2026 geschlossen wird.',
               'Bitte leisten Sie alle Zahlungen ab sofort ausschließlich auf folgendes Konto:', '',
               'Kontoinhaber: Lieferant GmbH', 'Bank: Deutsche Bank AG, Filiale Hamburg',
               'IBAN: DE27 1007 0024 0648 2917 00', 'BIC: DEUTDEDBBER', '',
               'Mit freundlichen Grüßen', 'Dr. Ralf Obermeyer, Geschäftsführer'],
              'Mitteilung Bankverbindung', 'Lieferant GmbH'), 'application/pdf', 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf')],
       'outlook'),
    mx=('mail.lieferant-grnbh.de', 'mail.lieferant-grnbh.de', '185.236.203.41'),
    irt='<AM9PR07MB78914A1C0E2F6B7D3E9F0A2B@AM9PR07MB7891.eurprd07.prod.outlook.com>',
    mid='DB9PR08MB6634.eurprd08.prod.outlook.com',
    hdrs=[('Thread-Topic', 'Offene Posten Example Group - KW 14'), ('Content-Language', 'de-DE')], hcs='iso-8859-15', hmode='Q')

add('attack', 'de', 'Short confidential request "from the CEO" to the CFO via a free-mail address, announcing a lawyer contact and a transfer',
    ('Katharina Voss', 'katharina.voss.hh@gmail.com'), [('Matthias Brandt', 'm.brandt@example.com')],
    'Kurze Frage – vertraulich', (2026, 3, 10, 8, 14, 51), 'CET',
    T("""Hallo Matthias,

bist du heute im Büro erreichbar? Ich sitze den ganzen Tag mit den Anwälten wegen des Projekts in Italien zusammen und kann nicht telefonieren.

Wir stehen kurz vor der Unterzeichnung, und bis zur offiziellen Bekanntgabe muss das absolut vertraulich bleiben – bitte sprich vorerst mit niemandem darüber, auch nicht mit Giulia oder Sabine. Ich brauche heute noch deine Unterstützung bei einer Anzahlung im Rahmen der Transaktion. Dr. Hellwig von der Kanzlei meldet sich gleich direkt bei dir mit den Details.

Antworte mir bitte nur hier, mein Firmenpostfach synchronisiert auf dem iPad gerade nicht.

Danke dir!
Katharina

Von meinem iPad gesendet
"""),
    mx=GMAIL(49), mid='mail.gmail.com', rp='katharina.voss.hh@gmail.com',
    pre=['by mail-wr1-f49.google.com with SMTP id ffacd0b85a97d-3a5123c1f0dso1845712f8f.2\n\tfor <m.brandt@example.com>'])

add('attack', 'de', 'File-share notification sent from a compromised account of a logistics contact, link to an external document page',
    ('Birte Jansen', 'b.jansen@hanse-kontor-logistik.de'), [('Felix Neumann', 'f.neumann@example.com')],
    'Birte Jansen hat „Auftragsbestätigung_Q2_2026_Example_Group.pdf" für Sie freigegeben', (2026, 4, 14, 13, 22, 5), 'CET',
    MP('alternative', [
        T("""Birte Jansen hat eine Datei für Sie freigegeben.

Auftragsbestätigung_Q2_2026_Example_Group.pdf

"Hallo Herr Neumann, anbei die Auftragsbestätigung für Q2 inkl. der angepassten Frachtraten – bitte bis Freitag gegenzeichnen. Gruß, B. Jansen"

Öffnen: https://hanse-kontor-dokumente.pages.dev/s/AB-Q2-2026?u=f.neumann%40example.com

Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.
Microsoft respektiert Ihre Privatsphäre. Datenschutzerklärung: https://go.microsoft.com/fwlink/?LinkId=521839
"""),
        H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;background:#f3f2f1;margin:0;padding:24px">
<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;margin:auto;border-top:4px solid #036c70">
<tr><td style="padding:24px 28px">
<div style="font-size:20px;color:#323130">Birte Jansen hat eine Datei für Sie freigegeben</div>
<div style="margin:18px 0;padding:12px;border:1px solid #edebe9;font-size:14px">
&#128196; <b>Auftragsbestätigung_Q2_2026_Example_Group.pdf</b></div>
<div style="font-size:14px;color:#605e5c;font-style:italic">„Hallo Herr Neumann, anbei die Auftragsbestätigung für Q2 inkl. der angepassten Frachtraten – bitte bis Freitag gegenzeichnen. Gruß, B. Jansen"</div>
<p><a href="https://hanse-kontor-dokumente.pages.dev/s/AB-Q2-2026?u=f.neumann%40example.com" style="display:inline-block;background:#036c70;color:#fff;padding:10px 22px;text-decoration:none;font-size:14px">Öffnen</a></p>
<div style="font-size:11px;color:#a19f9d">Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.</div>
</td></tr>
<tr><td style="padding:12px 28px;background:#faf9f8;font-size:11px;color:#a19f9d">Microsoft respektiert Ihre Privatsphäre. <a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#a19f9d">Datenschutzerklärung</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></body></html>
""")], 'java'),
    mx=('mout.kundenserver.de', 'mout.kundenserver.de', '212.227.126.187'), mid='hanse-kontor-logistik.de',
    pre=['from [192.168.2.104] ([91.64.211.17]) by mrelayeu.kundenserver.de (mreue011\n\t[213.165.67.103]) with ESMTPSA (Nemesis) id 1MjS9I-1uX2bL3oQm-00kT6r'],
    hdrs=[('X-Mailer', 'Open-Xchange Mailer v8.32.11'), ('Importance', 'Normal')])

add('attack', 'de', 'Notice styled as internal IT asking to re-enrol an authenticator app by scanning an embedded QR image',
    ('IT-Service Example Group', 'it-service@examplegroup-it.de'), [('Anja Hoffmann', 'a.hoffmann@example.com')],
    'Aktion erforderlich: Neuregistrierung Microsoft Authenticator bis 17.04.2026', (2026, 4, 15, 7, 2, 40), 'CET',
    MP('related', [
        MP('alternative', [
            T("""Hallo Anja Hoffmann,

im Rahmen der konzernweiten Umstellung auf phishing-resistente Anmeldeverfahren (NIS2) müssen alle Konten bis zum 17.04.2026 in der Microsoft Authenticator App neu registriert werden. Nicht registrierte Konten werden ab dem 18.04.2026 vorübergehend gesperrt.

Bitte scannen Sie den QR-Code in dieser E-Mail mit der Kamera Ihres Smartphones und melden Sie sich mit Ihren gewohnten Zugangsdaten an. Der Vorgang dauert weniger als zwei Minuten.

Ihr IT-Service
Example Group | Hamburg
""", 'utf-8', 'quoted-printable'),
            H("""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<p>Hallo Anja Hoffmann,</p>
<p>im Rahmen der konzernweiten Umstellung auf phishing-resistente Anmeldeverfahren (NIS2) müssen alle Konten bis zum <b>17.04.2026</b> in der Microsoft Authenticator App neu registriert werden. Nicht registrierte Konten werden ab dem 18.04.2026 vorübergehend gesperrt.</p>
<p>Bitte scannen Sie den folgenden QR-Code mit der Kamera Ihres Smartphones und melden Sie sich mit Ihren gewohnten Zugangsdaten an:</p>
<p><img src="cid:qr-reg-7731@examplegroup-it.de" width="222" height="222" alt="QR"></p>
<p style="font-size:9pt;color:#666">Referenz: MFA-REG-2026-7731 &middot; Der Vorgang dauert weniger als zwei Minuten.</p>
<p>Ihr IT-Service<br>Example Group | Hamburg</p>
</body></html>
""", 'utf-8', 'base64')], 'gen'),
        A(qr_png('mfa-7731'), 'image/png', 'image001.png', disp='inline', cid='qr-reg-7731@examplegroup-it.de')], 'gen', params=';\n\ttype="multipart/alternative"'),
    mx=('mail.examplegroup-it.de', 'vm2264.hosted-by.cloudnord.net', '193.233.48.117'), rp='bounce+7731@examplegroup-it.de',
    hdrs=[('X-Priority', '1'), ('X-Mailer', 'Microsoft Outlook 16.0')])

add('attack', 'de', 'Payment reminder carrying the exact supplier invoice address but delivered from unrelated infrastructure, with a local HTML "invoice viewer"',
    ('Lieferant GmbH – Rechnungswesen', 'rechnungen@lieferant-gmbh.de'), [('Sabine Krüger', 's.krueger@example.com')],
    'Zahlungserinnerung: Rechnung RE-2026-04471 (fällig seit 10.04.2026)', (2026, 4, 21, 9, 31, 2), 'CET',
    MP('mixed', [T("""Sehr geehrte Frau Krüger,

bei Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung RE-2026-04471 über 12.874,63 € trotz Fälligkeit am 10.04.2026 noch nicht ausgeglichen wurde.

Aus Datenschutzgründen stellen wir Rechnungen ab sofort nur noch über unser geschütztes Dokumentenportal bereit. Öffnen Sie dazu bitte die beigefügte Datei und bestätigen Sie Ihre geschäftliche E-Mail-Adresse.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Ihr Rechnungswesen
Lieferant GmbH
""", 'iso-8859-1', 'quoted-printable'),
        A("""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Lieferant GmbH - Dokument RE-2026-04471</title>
<style>body{font-family:Arial,sans-serif;background:#eef1f4;margin:0}.box{width:360px;margin:80px auto;background:#fff;padding:28px;border-radius:4px;box-shadow:0 2px 8px #0002}
input{width:100%;padding:9px;margin:6px 0 14px;border:1px solid #bbb}button{background:#0067b8;color:#fff;border:0;padding:10px 24px}</style></head>
<body><div class="box"><h3>Geschütztes Dokument</h3><p>RE-2026-04471.pdf (184 KB)</p>
<p style="font-size:13px;color:#555">Bitte melden Sie sich mit Ihrem Geschäftskonto an, um das Dokument anzuzeigen.</p>
<form method="post" action="https://lieferant-dokumentenportal.com/api/v2/session">
<input type="hidden" name="doc" value="RE-2026-04471"><label>E-Mail</label><input name="login" value="s.krueger@example.com">
<label>Passwort</label><input name="passwd" type="password"><button type="submit">Dokument öffnen</button></form></div></body></html>
""", 'text/html', 'RE-2026-04471_Lieferant_GmbH.html')], 'gen'),
    mx=('lieferant-gmbh.de', 'unknown', '45.137.22.96'), rp='bounce-8812@notify-relay-srv.com', mid='notify-relay-srv.com',
    hdrs=[('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')])

add('attack', 'de', 'Payslip-portal notice asking the recipient to confirm salary bank details through a link',
    ('DATEV Arbeitnehmer online', 'benachrichtigung@datev-arbeitnehmer.de-konto.info'), [('Lena Schulte', 'l.schulte@example.com')],
    'Ihre Lohnabrechnung 03/2026 steht bereit – Bestätigung der Bankverbindung erforderlich', (2026, 3, 30, 6, 48, 19), 'CET',
    MP('alternative', [
        T("""Guten Tag Lena Schulte,

Ihr Arbeitgeber Example Group hat Ihnen neue Dokumente in DATEV Arbeitnehmer online bereitgestellt:

- Brutto/Netto-Abrechnung 03/2026

Aufgrund der Umstellung auf das neue Sicherheitsverfahren muss Ihre hinterlegte Bankverbindung einmalig bestätigt werden, damit die Auszahlung zum Monatsende nicht verzögert wird.

Jetzt anmelden: https://datev-arbeitnehmer.de-konto.info/ano/login?mandant=40217&u=l.schulte

Ihr DATEV Arbeitnehmer online Team
DATEV eG, Paumgartnerstr. 6-14, 90429 Nürnberg
"""),
        H("""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;background:#f5f5f5;padding:20px">
<div style="max-width:560px;margin:auto;background:#fff;border-top:5px solid #80b400;padding:24px">
<p style="font-size:18px;color:#80b400;font-weight:bold">DATEV Arbeitnehmer online</p>
<p>Guten Tag Lena Schulte,</p><p>Ihr Arbeitgeber <b>Example Group</b> hat Ihnen neue Dokumente bereitgestellt:</p>
<ul><li>Brutto/Netto-Abrechnung 03/2026</li></ul>
<p>Aufgrund der Umstellung auf das neue Sicherheitsverfahren muss Ihre hinterlegte Bankverbindung <b>einmalig bestätigt</b> werden, damit die Auszahlung zum Monatsende nicht verzögert wird.</p>
<p><a href="https://datev-arbeitnehmer.de-konto.info/ano/login?mandant=40217&amp;u=l.schulte" style="background:#80b400;color:#fff;padding:10px 20px;text-decoration:none">Jetzt anmelden</a></p>
<p style="font-size:11px;color:#888">DATEV eG, Paumgartnerstr. 6-14, 90429 Nürnberg</p></div></body></html>
""")], 'java'),
    mx=('mta3.de-konto.info', 'mta3.de-konto.info', '91.92.243.77'), rp='ano-bounce@de-konto.info',
    hdrs=[('List-Unsubscribe', '<mailto:unsubscribe@de-konto.info>')])

# ---- it
add('attack', 'it', 'Letter from a look-alike carrier domain announcing changed bank coordinates, PDF attached',
    ('Ferretti Trasporti S.r.l. - Amministrazione', 'amministrazione@ferretti-trasporti.com'), [('Marco Rinaldi', 'marco.rinaldi@examplegroup.eu')],
    'Comunicazione variazione coordinate bancarie – Ferretti Trasporti S.r.l.', (2026, 2, 17, 11, 5, 33), 'CET',
    MP('mixed', [T("""Gentile Dott. Rinaldi,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro gruppo, a partire dal 18/02/2026 tutti i pagamenti a favore di Ferretti Trasporti S.r.l. dovranno essere effettuati esclusivamente sul nuovo conto corrente indicato nella lettera allegata.

Vi chiediamo cortesemente di aggiornare l'anagrafica fornitore e di disporre su tale conto anche il saldo delle fatture n. 118/26 e 131/26 in scadenza a fine mese (totale € 21.460,00).

Per qualsiasi chiarimento restiamo a disposizione via e-mail; l'ufficio è momentaneamente raggiungibile solo per posta elettronica a causa della migrazione del centralino.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Industria 42 – 20099 Sesto San Giovanni (MI)
P.IVA 07812340961
""", 'iso-8859-15', 'quoted-printable'),
        A(pdf(['Ferretti Trasporti S.r.l.', '', 'Sesto San Giovanni, 16/02/2026', '', 'Spett.le Example Group - Sede di Milano', '',
               'Oggetto: variazione coordinate bancarie', '', 'Nuovo conto corrente a partire dal 18/02/2026:',
               'Intestatario: Ferretti Trasporti S.r.l.', 'Banca: Banca Sella S.p.A.', 'IBAN: IT41 K032 6822 3000 5294 1873 650',
               'BIC: SELBIT2BXXX', '', 'Il conto precedente presso Banco BPM non sarà più operativo.', '',
               'L\'Amministratore Unico', 'Roberto Ferretti'], 'Variazione coordinate bancarie', 'Amministrazione'),
          'application/pdf', 'Variazione_IBAN_Ferretti_Trasporti.pdf')], 'gen'),
    mx=('ferretti-trasporti.com', 'mail.ferretti-trasporti.com', '194.26.192.58'), hcs='iso-8859-15', hmode='Q',
    hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Disposition-Notification-To', 'amministrazione@ferretti-trasporti.com')])

add('attack', 'it', 'Reply in a real pickup thread from the carrier contact\'s own mailbox, pointing to signed transport documents behind a login',
    ('Claudio Colombo', 'c.colombo@ferretti-trasporti.it'), [('Luca Moretti', 'luca.moretti@examplegroup.eu')],
    'R: Ritiro merce 17/04 – Milano > Hamburg', (2026, 4, 18, 9, 12, 44), 'CET',
    MP('alternative', [
        T("""Ciao Luca,

come d'accordo ti giro DDT e CMR firmati del ritiro di ieri (3 bancali, 1.140 kg). Da questa settimana li carichiamo sul nuovo portale documenti, trovi tutto qui:

https://pub-7c1e9a0b3d2f4e5a8b6c0d1e2f3a4b5c.r2.dev/ferretti/CMR_DDT_1704.html

Per l'accesso usa le tue credenziali aziendali Microsoft. Fammi sapere se riesci ad aprirli, il sistema è nuovo e qualche cliente ha avuto problemi.

Grazie e buon weekend
Claudio

Claudio Colombo
Ufficio Traffico – Ferretti Trasporti S.r.l.
Tel. +39 02 2487 1130 | Cell. +39 347 118 2290

Da: Luca Moretti <luca.moretti@examplegroup.eu>
Inviato: giovedì 16 aprile 2026 15:41
A: Claudio Colombo <c.colombo@ferretti-trasporti.it>
Oggetto: Ritiro merce 17/04 – Milano > Hamburg

Ciao Claudio,
confermo il ritiro di domani mattina, 3 bancali per Hamburg. Mi mandi poi DDT e CMR firmati?
Grazie, Luca
"""),
        H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Ciao Luca,</p>
<p>come d'accordo ti giro DDT e CMR firmati del ritiro di ieri (3 bancali, 1.140 kg). Da questa settimana li carichiamo sul nuovo portale documenti, trovi tutto qui:</p>
<p><a href="https://pub-7c1e9a0b3d2f4e5a8b6c0d1e2f3a4b5c.r2.dev/ferretti/CMR_DDT_1704.html">&#128196; CMR_DDT_1704_firmati.pdf</a></p>
<p>Per l'accesso usa le tue credenziali aziendali Microsoft. Fammi sapere se riesci ad aprirli, il sistema è nuovo e qualche cliente ha avuto problemi.</p>
<p>Grazie e buon weekend<br>Claudio</p>
<p style="font-size:9pt;color:#555">Claudio Colombo<br>Ufficio Traffico – Ferretti Trasporti S.r.l.<br>Tel. +39 02 2487 1130 | Cell. +39 347 118 2290</p>
<hr><p style="font-size:10pt"><b>Da:</b> Luca Moretti &lt;luca.moretti@examplegroup.eu&gt;<br><b>Inviato:</b> giovedì 16 aprile 2026 15:41<br><b>A:</b> Claudio Colombo<br><b>Oggetto:</b> Ritiro merce 17/04 – Milano &gt; Hamburg</p>
<p>Ciao Claudio,<br>confermo il ritiro di domani mattina, 3 bancali per Hamburg. Mi mandi poi DDT e CMR firmati?<br>Grazie, Luca</p>
</div></body></html>
""")], 'gen'),
    mx=FERR, mid='ferretti-trasporti.it', pre=['from [151.38.77.204] ([151.38.77.204])\n\tby Aruba Outgoing Smtp with ESMTPSA id 3kQv6uZ1ffvEb3kQwuPlm2'],
    irt='<1f0c2a7e9b3d4c5e8a60@examplegroup.eu>', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

add('attack', 'it', 'Tax-office style notice with a ZIP archive containing a script file named like a PDF',
    ('Agenzia delle Entrate', 'comunicazioni@agenziaentrate-avvisi.it'), [('Giulia Bianchi', 'giulia.bianchi@examplegroup.eu')],
    "Avviso di irregolarità n. 2026/IR/0418773 – Comunicazione ai sensi dell'art. 36-bis DPR 600/73", (2026, 3, 3, 10, 18, 7), 'CET',
    MP('mixed', [T("""Gentile Contribuente,

a seguito del controllo automatizzato della dichiarazione modello 770/2025 presentata da EXAMPLE GROUP S.R.L., sono emerse irregolarità nei versamenti delle ritenute per un importo complessivo di € 7.482,16 oltre sanzioni e interessi.

In allegato trasmettiamo l'avviso completo con il dettaglio delle somme dovute. Ai sensi dell'art. 2 del D.Lgs. 462/97 è possibile regolarizzare la posizione con sanzione ridotta entro 30 giorni dal ricevimento della presente.

Il documento è protetto. Password per l'apertura: 0418773

Distinti saluti
Agenzia delle Entrate
Direzione Provinciale II di Milano – Ufficio Controlli

Messaggio generato automaticamente, si prega di non rispondere.
""", 'iso-8859-1', 'quoted-printable'),
        A(zipb([('Avviso_2026_IR_0418773.pdf.js', "/* Agenzia delle Entrate - visualizzatore documento */\nvar d = 'Avviso_2026_IR_0418773';\n")],
               (2026, 3, 3, 9, 55, 0)), 'application/zip', 'Avviso_2026_IR_0418773.zip')], 'gen'),
    mx=('mail.agenziaentrate-avvisi.it', 'srv-01.sc-host.eu', '176.65.148.12'), mid='agenziaentrate-avvisi.it', hcs='iso-8859-1', hmode='Q')

add('attack', 'it', 'Message from a personal webmail address in an employee\'s name asking the manager to switch the salary IBAN',
    ('Francesca De Santis', 'fra.desantis88@libero.it'), [('Giulia Bianchi', 'giulia.bianchi@examplegroup.eu')],
    'Cambio IBAN accredito stipendio', (2026, 4, 9, 21, 36, 12), 'CET',
    T("""Ciao Giulia,

scusami se ti scrivo dalla mail personale ma sono fuori fino a lunedì e da qui non riesco ad accedere a Outlook.

Ho chiuso il conto su Intesa e sono passata a una banca online, quindi ti chiederei di aggiornare l'IBAN per l'accredito dello stipendio già da aprile, prima che chiudano i cedolini:

IBAN: IT78 B036 6901 6002 7438 1192 044
Intestato a: Francesca De Santis

Se serve un modulo firmato te lo mando appena rientro, ma se riesci a farlo passare già ora mi salvi, ho la rata del mutuo a fine mese.

Grazie mille, a lunedì!
Fra

Inviato da Libero Mail per Android
""", 'utf-8', 'quoted-printable'),
    mx=('smtp-17.italiaonline.it', 'smtp-17.italiaonline.it', '213.209.10.17'), mid='libero.it',
    pre=['from [10.97.12.58] ([93.44.187.211])\n\tby smtp-17.iol.local with ESMTPA\n\tid Bfx2vb0kZ9kXqBfx2vQ0Lc'])

add('attack', 'it', 'Domain-renewal failure notice styled as a hosting provider, link to a payment page',
    ('Aruba.it', 'noreply@aruba-servizi-clienti.com'), [('Giulia Bianchi', 'giulia.bianchi@examplegroup.eu')],
    'Rinnovo non riuscito: il dominio examplegroup.eu verrà sospeso il 30/01/2026', (2026, 1, 27, 15, 40, 3), 'CET',
    MP('alternative', [
        T("""Gentile Cliente,

il rinnovo automatico del dominio examplegroup.eu non è andato a buon fine: il metodo di pagamento associato è stato rifiutato.

Se il rinnovo non verrà completato entro il 30/01/2026, il dominio e le caselle di posta collegate saranno sospesi e non sarà più possibile ricevere e-mail.

Rinnova ora (€ 14,99 + IVA): https://aruba-servizi-clienti.com/it/rinnovo/login.aspx?dom=examplegroup.eu&ref=AR-88130412

Cordiali saluti
Aruba S.p.A. – Servizio Clienti
"""),
        H("""<html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ff6600;padding:14px 24px;color:#fff;font-size:22px;font-weight:bold">Aruba.it</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p>Gentile Cliente,</p><p>il rinnovo automatico del dominio <b>examplegroup.eu</b> non è andato a buon fine: il metodo di pagamento associato è stato rifiutato.</p>
<p style="background:#fff3e6;border-left:4px solid #ff6600;padding:10px">Se il rinnovo non verrà completato entro il <b>30/01/2026</b>, il dominio e le caselle di posta collegate saranno sospesi.</p>
<p align="center"><a href="https://aruba-servizi-clienti.com/it/rinnovo/login.aspx?dom=examplegroup.eu&amp;ref=AR-88130412" style="background:#ff6600;color:#fff;padding:12px 30px;text-decoration:none;font-weight:bold">RINNOVA ORA - € 14,99 + IVA</a></p>
<p>Cordiali saluti<br>Aruba S.p.A. – Servizio Clienti</p></td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#999">Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516</td></tr></table></body></html>
""", 'utf-8', 'base64')], 'php'),
    mx=('aruba-servizi-clienti.com', 'vps-3f21a9c4.vps.ovh.net', '51.75.144.202'), rp='noreply@aruba-servizi-clienti.com')

add('attack', 'it', 'Online-banking style message about a SEPA transfer awaiting authorisation, with a link',
    ('Intesa Sanpaolo Inbiz', 'notifiche@inbiz-intesasanpaolo.eu'), [('Marco Rinaldi', 'marco.rinaldi@examplegroup.eu')],
    'Inbiz – Disposizione di bonifico in attesa di autorizzazione', (2026, 3, 24, 8, 3, 55), 'CET',
    MP('alternative', [
        T("""Gentile Cliente,

è presente una disposizione di bonifico SEPA in attesa di seconda firma:

Ordinante: EXAMPLE GROUP S.R.L.
Beneficiario: GLOBAL FREIGHT SOLUTIONS LTD
Importo: 9.860,00 EUR
Data esecuzione: 24/03/2026

Se non riconosci l'operazione puoi annullarla entro le ore 12:00 accedendo all'area di autorizzazione:
https://inbiz-intesasanpaolo.eu/autorizza/disposizioni?id=SCT2603240118

Intesa Sanpaolo S.p.A.
"""),
        H("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:580px;margin:auto;border:1px solid #ddd"><div style="background:#0c6b3a;padding:14px;color:#fff;font-weight:bold">Inbiz &middot; Intesa Sanpaolo</div>
<div style="padding:20px"><p>Gentile Cliente,</p><p>è presente una disposizione di bonifico SEPA in attesa di seconda firma:</p>
<table style="font-size:13px"><tr><td>Ordinante</td><td><b>EXAMPLE GROUP S.R.L.</b></td></tr><tr><td>Beneficiario</td><td>GLOBAL FREIGHT SOLUTIONS LTD</td></tr>
<tr><td>Importo</td><td><b>9.860,00 EUR</b></td></tr><tr><td>Data esecuzione</td><td>24/03/2026</td></tr></table>
<p>Se non riconosci l'operazione puoi annullarla <b>entro le ore 12:00</b>:</p>
<p><a href="https://inbiz-intesasanpaolo.eu/autorizza/disposizioni?id=SCT2603240118" style="background:#0c6b3a;color:#fff;padding:10px 22px;text-decoration:none">Verifica disposizione</a></p></div></div></body></html>
""", 'utf-8', 'base64')], 'gen'),
    mx=('mx1.inbiz-intesasanpaolo.eu', 'static.202.41.9.5.clients.your-server.de', '5.9.41.202'))

# ---- pl
add('attack', 'pl', 'Account-number change letter from a domain one letter off the Polish logistics partner, PDF attached',
    ('Dział Księgowości – Partner Logistik', 'ksiegowosc@partner-logistlk.pl'), [('Paweł Wiśniewski', 'pawel.wisniewski@examplegroup.eu')],
    'Zmiana numeru rachunku bankowego – Partner Logistik Sp. z o.o.', (2026, 2, 24, 12, 16, 29), 'CET',
    MP('mixed', [T("""Szanowny Panie Pawle,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę, od dnia 01.03.2026 r. prosimy o dokonywanie wszystkich płatności na nowy rachunek bankowy wskazany w załączonym piśmie.

Nowy rachunek jest w trakcie zgłaszania do wykazu podatników VAT (biała lista) – aktualizacja w systemie Ministerstwa Finansów może potrwać do 7 dni roboczych. Płatności za faktury FV/2026/02/0141 oraz FV/2026/02/0163 prosimy już zrealizować na nowy rachunek.

Stary rachunek w PKO BP zostanie zamknięty z końcem miesiąca.

Z poważaniem
Joanna Kaczmarek
Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
""", 'iso-8859-2', 'quoted-printable'),
        A(pdf(['Partner Logistik Sp. z o.o.', '', 'Poznań, 23.02.2026', '', 'Example Group - oddział Poznań', '',
               'Dotyczy: zmiana rachunku bankowego', '', 'Od dnia 01.03.2026 prosimy o wpłaty na rachunek:',
               'Santander Bank Polska S.A.', '28 1090 1362 0000 0001 5521 8874', '', 'Prezes Zarządu', 'Tomasz Zieliński'],
              'Zmiana rachunku', 'Partner Logistik'), 'application/pdf', 'Pismo_zmiana_rachunku_PL.pdf')], 'gen'),
    mx=('partner-logistlk.pl', 'host-62-233-41-9.cloudvps.ro', '62.233.41.9'), hcs='iso-8859-2', hmode='Q',
    hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

add('attack', 'pl', 'Notice styled as the national e-invoicing system about a new structured invoice, with a login link',
    ('Krajowy System e-Faktur (KSeF)', 'powiadomienia@ksef-mf.com.pl'), [('Paweł Wiśniewski', 'pawel.wisniewski@examplegroup.eu')],
    'KSeF: otrzymano nową fakturę ustrukturyzowaną – wymagana weryfikacja odbiorcy', (2026, 2, 11, 9, 44, 50), 'CET',
    MP('alternative', [
        T("""Szanowni Państwo,

w Krajowym Systemie e-Faktur zarejestrowano nową fakturę ustrukturyzowaną wystawioną na Państwa firmę.

Numer KSeF: 7811946820-20260211-4C8A1F22D093-7B
Sprzedawca: DSV Road Sp. z o.o.
Kwota brutto: 38 457,90 PLN

Zgodnie z nowymi przepisami od 1 lutego 2026 r. odbiorca jest zobowiązany do potwierdzenia dostępu do faktury w ciągu 3 dni roboczych. Aby pobrać fakturę, należy zalogować się do Aplikacji Podatnika KSeF:

https://ksef-mf.com.pl/web/faktura?nr=7811946820-20260211-4C8A1F22D093-7B

Ministerstwo Finansów
Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
""", 'windows-1250', 'quoted-printable'),
        H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b"><div style="max-width:600px;margin:auto;border:1px solid #ccc">
<div style="background:#d4213d;color:#fff;padding:12px 20px;font-size:16px"><b>KSeF</b> &nbsp;Krajowy System e-Faktur</div>
<div style="padding:20px"><p>Szanowni Państwo,</p><p>w Krajowym Systemie e-Faktur zarejestrowano nową fakturę ustrukturyzowaną wystawioną na Państwa firmę.</p>
<p>Numer KSeF: <b>7811946820-20260211-4C8A1F22D093-7B</b><br>Sprzedawca: DSV Road Sp. z o.o.<br>Kwota brutto: <b>38 457,90 PLN</b></p>
<p>Odbiorca jest zobowiązany do potwierdzenia dostępu do faktury w ciągu <b>3 dni roboczych</b>.</p>
<p><a href="https://ksef-mf.com.pl/web/faktura?nr=7811946820-20260211-4C8A1F22D093-7B" style="background:#d4213d;color:#fff;padding:10px 20px;text-decoration:none">Pobierz fakturę</a></p>
<p style="font-size:11px;color:#777">Ministerstwo Finansów. Wiadomość wygenerowana automatycznie.</p></div></div></body></html>
""", 'windows-1250', 'base64')], 'gen'),
    mx=('ksef-mf.com.pl', 'mail.ksef-mf.com.pl', '147.45.112.83'), hcs='windows-1250', hmode='B')

add('attack', 'pl', 'Voicemail notification with an HTML attachment to "play" the recording',
    ('Microsoft Teams', 'voicemail@teams-notify-cloud.com'), [('Agnieszka Nowicka', 'agnieszka.nowicka@examplegroup.eu')],
    'Nowa wiadomość głosowa od +48 61 855 20 14 (0:47)', (2026, 3, 19, 14, 2, 11), 'CET',
    MP('mixed', [
        MP('alternative', [T("""Masz nową wiadomość głosową

Od: +48 61 855 20 14
Odebrano: czwartek, 19 marca 2026 14:01
Długość: 0:47

Aby odsłuchać wiadomość, otwórz załącznik.

Microsoft Teams
"""), H("""<html><body style="font-family:'Segoe UI',sans-serif;font-size:14px"><div style="max-width:480px;border:1px solid #e1dfdd;padding:20px">
<div style="color:#5b5fc7;font-weight:bold;font-size:16px">Microsoft Teams</div><p style="font-size:18px">Masz nową wiadomość głosową</p>
<p>Od: <b>+48 61 855 20 14</b><br>Odebrano: czwartek, 19 marca 2026 14:01<br>Długość: 0:47</p>
<p>Aby odsłuchać wiadomość, otwórz załącznik.</p></div></body></html>""")], 'gen'),
        A("""<html><head><meta charset="utf-8"><title>Wiadomość głosowa</title></head><body style="font-family:Segoe UI,sans-serif;background:#f5f5f5">
<div style="width:380px;margin:60px auto;background:#fff;padding:26px"><h3>&#9654; Odtwórz wiadomość (0:47)</h3>
<p>Zaloguj się do konta Microsoft 365, aby odsłuchać nagranie.</p>
<form action="https://teams-notify-cloud.com/vm/auth" method="post"><input type="hidden" name="e" value="agnieszka.nowicka@examplegroup.eu">
<input type="password" name="p" placeholder="Hasło" style="width:100%;padding:8px"><br><br><button>Zaloguj</button></form></div></body></html>
""", 'text/html', 'Wiadomosc_glosowa_+48618552014_0m47s.htm')], 'gen'),
    mx=('teams-notify-cloud.com', 'mx.teams-notify-cloud.com', '2.58.56.131'), rp='vm-noreply@teams-notify-cloud.com')

add('attack', 'pl', 'Debt-collection demand from an unknown law office with a ZIP holding a shortcut file named like a PDF',
    ('Kancelaria Windykacyjna LEX-DEBT', 'biuro@lexdebt-windykacja.pl'), [('Agnieszka Nowicka', 'agnieszka.nowicka@examplegroup.eu')],
    'OSTATECZNE PRZEDSĄDOWE WEZWANIE DO ZAPŁATY – sprawa nr LD/0412/2026', (2026, 1, 21, 16, 55, 8), 'CET',
    MP('mixed', [T("""Szanowni Państwo,

działając w imieniu i na rzecz naszego Klienta, wzywamy do zapłaty kwoty 27 318,44 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych, wynikającej z niezapłaconych faktur wymienionych w załączniku.

Wpłaty należy dokonać w terminie 3 dni od daty otrzymania niniejszego wezwania. W przypadku braku zapłaty sprawa zostanie skierowana na drogę postępowania sądowego (EPU), a dane dłużnika przekazane do Krajowego Rejestru Długów.

Szczegółowe zestawienie faktur oraz pełnomocnictwo znajdują się w załączonym archiwum.

Z poważaniem
r.pr. Michał Jabłoński
Kancelaria Windykacyjna LEX-DEBT
""", 'utf-8', 'quoted-printable'),
        A(zipb([('Wezwanie_LD_0412_2026.pdf.lnk', b'L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F' + b'\x00' * 56)],
               (2026, 1, 21, 16, 40, 0)), 'application/x-zip-compressed', 'Wezwanie_LD_0412_2026.zip')], 'gen'),
    mx=('lexdebt-windykacja.pl', 'unassigned.psychz.net', '104.168.58.220'))

add('attack', 'pl', 'Request in the country manager\'s name from a look-alike company domain asking HR for a payroll list with national ID numbers and accounts',
    ('Agnieszka Nowicka', 'agnieszka.nowicka@examplegroup-eu.com'), [('Katarzyna Dąbrowska', 'katarzyna.dabrowska@examplegroup.eu')],
    'Pilne – zestawienie płac dla audytora', (2026, 3, 5, 17, 48, 30), 'CET',
    T("""Kasiu,

audytorzy z centrali (Hamburg) potrzebują na jutro rano pełnego zestawienia wynagrodzeń za styczeń i luty dla wszystkich pracowników oddziału – imię i nazwisko, PESEL, stanowisko, wynagrodzenie brutto/netto oraz numery rachunków do przelewów.

Najlepiej w Excelu, odeślij proszę bezpośrednio do mnie na tę skrzynkę, bo jestem na spotkaniu i nie mam dostępu do VPN. Nie wrzucaj tego na dysk wspólny, to poufne.

Dzięki,
Agnieszka

Wysłane z iPhone'a
""", 'utf-8', 'base64'),
    mx=('mail.examplegroup-eu.com', 'ip-172-232-18-44.ip.linodeusercontent.com', '172.232.18.44'))

add('attack', 'pl', 'Tax-refund notice styled as the tax office e-service, asking to confirm bank data via a link',
    ('e-Urząd Skarbowy', 'no-reply@e-urzad-skarbowy.net'), [('Katarzyna Dąbrowska', 'katarzyna.dabrowska@examplegroup.eu')],
    'Zwrot nadpłaty podatku PIT za 2025 r. – potwierdź dane do przelewu', (2026, 4, 22, 19, 6, 14), 'CET',
    MP('alternative', [
        T("""Szanowna Pani,

informujemy, że Pani zeznanie PIT-37 za 2025 r. zostało rozpatrzone. Przysługuje Pani zwrot nadpłaty w wysokości 1 284,00 zł.

Aby zwrot mógł zostać zrealizowany przed 30 kwietnia, prosimy o potwierdzenie numeru rachunku bankowego w serwisie e-Urząd Skarbowy:

https://e-urzad-skarbowy.net/zwrot/potwierdz?ref=PIT37-2025-8815024

Krajowa Administracja Skarbowa
""", 'iso-8859-2', 'quoted-printable'),
        H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body style="font-family:Arial;font-size:14px">
<div style="max-width:560px;margin:auto;border-top:6px solid #b71c1c;padding:18px;background:#fafafa">
<p style="font-size:17px"><b>e-Urząd Skarbowy</b></p><p>Szanowna Pani,</p>
<p>Pani zeznanie <b>PIT-37 za 2025 r.</b> zostało rozpatrzone. Przysługuje Pani zwrot nadpłaty w wysokości <b>1 284,00 zł</b>.</p>
<p>Aby zwrot mógł zostać zrealizowany przed 30 kwietnia, prosimy o potwierdzenie numeru rachunku bankowego:</p>
<p><a href="https://e-urzad-skarbowy.net/zwrot/potwierdz?ref=PIT37-2025-8815024" style="background:#b71c1c;color:#fff;padding:9px 20px;text-decoration:none">Potwierdź dane</a></p>
<p style="font-size:11px;color:#666">Krajowa Administracja Skarbowa</p></div></body></html>
""", 'iso-8859-2', 'quoted-printable')], 'gen'),
    mx=('e-urzad-skarbowy.net', 'vmi2139044.contaboserver.net', '62.171.139.44'), hcs='iso-8859-2', hmode='Q')

# ---- el
add('attack', 'el', 'Tax-authority styled VAT refund notice asking to confirm details via a link',
    ('ΑΑΔΕ – myAADE', 'enimerosi@aade-gov.gr.com'), [('Ελένη Γεωργίου', 'e.georgiou@examplegroup.eu')],
    'Ειδοποίηση επιστροφής ΦΠΑ – Απαιτείται επιβεβαίωση στοιχείων', (2026, 2, 5, 10, 24, 36), 'EET',
    MP('alternative', [
        T("""Αξιότιμε/η φορολογούμενε,

σας ενημερώνουμε ότι το αίτημα επιστροφής ΦΠΑ της επιχείρησης EXAMPLE GROUP ΜΟΝΟΠΡΟΣΩΠΗ Ε.Π.Ε. έχει εγκριθεί για το ποσό των 4.218,50 €.

Για την ολοκλήρωση της πίστωσης απαιτείται επιβεβαίωση του IBAN της επιχείρησης μέσω της εφαρμογής myAADE εντός 48 ωρών. Σε διαφορετική περίπτωση το αίτημα θα τεθεί εκ νέου σε έλεγχο.

Είσοδος: https://aade-gov.gr.com/myaade/epistrofi?afm=801234567

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
""", 'iso-8859-7', 'quoted-printable'),
        H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body style="font-family:Arial;font-size:14px;color:#222">
<div style="max-width:580px;margin:auto;border:1px solid #ccc"><div style="background:#003476;color:#fff;padding:12px 18px"><b>ΑΑΔΕ</b> | myAADE</div>
<div style="padding:18px"><p>Αξιότιμε/η φορολογούμενε,</p><p>το αίτημα επιστροφής ΦΠΑ της επιχείρησης <b>EXAMPLE GROUP ΜΟΝΟΠΡΟΣΩΠΗ Ε.Π.Ε.</b> έχει εγκριθεί για το ποσό των <b>4.218,50 €</b>.</p>
<p>Για την ολοκλήρωση της πίστωσης απαιτείται επιβεβαίωση του IBAN εντός <b>48 ωρών</b>.</p>
<p><a href="https://aade-gov.gr.com/myaade/epistrofi?afm=801234567" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Είσοδος στο myAADE</a></p>
<p style="font-size:11px;color:#777">Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p></div></div></body></html>
""", 'iso-8859-7', 'quoted-printable')], 'gen'),
    mx=('aade-gov.gr.com', 'vps-81d3.hostinger-vps.net', '89.116.27.203'), hcs='iso-8859-7', hmode='B')

add('attack', 'el', 'Customs-system styled notice about a held container with an HTML attachment',
    ("ICISnet – Τελωνείο Α' Πειραιά", 'no-reply@icisnet-gov.com'), [('Δημήτρης Κωνσταντίνου', 'd.konstantinou@examplegroup.eu')],
    'Δέσμευση φορτίου MRN 26GR000310004871K5 – Απαιτούνται συμπληρωματικά έγγραφα', (2026, 3, 12, 8, 51, 19), 'EET',
    MP('mixed', [T("""Κύριε Κωνσταντίνου,

το φορτίο με MRN 26GR000310004871K5 (εμπορευματοκιβώτιο MSKU 7719302, πλοίο MAERSK KENSINGTON) έχει τεθεί σε δέσμευση στον ΣΕΜΠΟ Πειραιά λόγω ασυμφωνίας στη δηλωθείσα δασμολογητέα αξία.

Παρακαλούμε ανοίξτε το συνημμένο έντυπο και υποβάλετε τα συμπληρωματικά έγγραφα μέσω της πύλης εντός 24 ωρών, ώστε να αποφευχθούν χρεώσεις επισταλίας και παραμονής.

Τελωνείο Α' Πειραιά – Τμήμα Διασάφησης
Αυτόματο μήνυμα ICISnet
""", 'utf-8', 'base64'),
        A("""<html><head><meta charset="utf-8"><title>ICISnet - Δέσμευση φορτίου</title></head><body style="font-family:Arial;background:#eef">
<div style="width:420px;margin:50px auto;background:#fff;padding:24px"><h3>ICISnet &middot; Υποβολή εγγράφων</h3><p>MRN 26GR000310004871K5</p>
<p>Συνδεθείτε με τους κωδικούς της επιχείρησης (Office 365) για να συνεχίσετε.</p>
<form action="https://icisnet-gov.com/portal/login" method="post"><input name="u" value="d.konstantinou@examplegroup.eu" style="width:100%"><br>
<input type="password" name="p" style="width:100%;margin-top:8px"><br><br><button>Σύνδεση</button></form></div></body></html>
""", 'text/html', 'ICISnet_Δέσμευση_26GR000310004871K5.html')], 'gen'),
    mx=('icisnet-gov.com', 'icisnet-gov.com', '94.156.64.37'), hcs='utf-8', hmode='B')

add('attack', 'el', 'Bank-detail change from a look-alike of the Piraeus shipping agency domain, PDF letter',
    ('Πειραϊκή Ναυτιλιακή Πρακτορεία – Λογιστήριο', 'logistirio@peiraiki-agency.com'), [('Ελένη Γεωργίου', 'e.georgiou@examplegroup.eu')],
    'Νέος τραπεζικός λογαριασμός – εξόφληση τιμολογίων λιμενικών τελών', (2026, 4, 7, 13, 3, 57), 'EET',
    MP('mixed', [T("""Κυρία Γεωργίου, καλησπέρα σας,

σας ενημερώνουμε ότι λόγω αλλαγής συνεργαζόμενης τράπεζας, από σήμερα οι πληρωμές προς την εταιρεία μας πρέπει να γίνονται αποκλειστικά στον νέο λογαριασμό που αναφέρεται στη συνημμένη επιστολή.

Παρακαλούμε να εξοφλήσετε στον νέο λογαριασμό τα τιμολόγια 2026/0388 και 2026/0402 (σύνολο 6.912,40 €) για τα λιμενικά τέλη και την εκτελωνιστική του MSC ARIANE. Ο παλιός λογαριασμός στην Εθνική έχει ήδη δεσμευτεί για τον μήνα Απρίλιο.

Ευχαριστούμε για τη συνεργασία.

Με εκτίμηση,
Σοφία Αλεξίου
Λογιστήριο – Πειραϊκή Ναυτιλιακή Πρακτορεία Α.Ε.
Ακτή Μιαούλη 47, 185 36 Πειραιάς
""", 'iso-8859-7', 'base64'),
        A(pdf(['PEIRAIKI SHIPPING AGENCY S.A.', '', 'Piraeus, 06/04/2026', '', 'To: Example Group - Piraeus branch', '',
               'Subject: New bank account', '', 'Please remit all payments as of today to:', 'Beneficiary: Peiraiki Shipping Agency S.A.',
               'Bank: Revolut Bank UAB', 'IBAN: LT62 3250 0719 4482 6510', 'SWIFT: REVOLT21', '', 'Managing Director', 'G. Antoniou'],
              'Bank account notice', 'Peiraiki'), 'application/pdf', 'Peiraiki_New_Bank_Account_2026.pdf')], 'gen'),
    mx=('peiraiki-agency.com', 'server1.peiraiki-agency.com', '185.225.69.204'), hcs='iso-8859-7', hmode='B',
    hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

add('attack', 'el', 'Online-banking style lock notice with a link to "unlock" the account',
    ('Τράπεζα Πειραιώς – winbank', 'asfaleia@winbank-piraeus.info'), [('Νίκος Παπαδόπουλος', 'n.papadopoulos@examplegroup.eu')],
    'Προσωρινό κλείδωμα πρόσβασης winbank business – Απαιτείται επαλήθευση', (2026, 1, 14, 7, 31, 3), 'EET',
    MP('alternative', [
        T("""Αγαπητέ πελάτη,

εντοπίσαμε ασυνήθιστη προσπάθεια σύνδεσης στο winbank business από νέα συσκευή (Bucharest, RO). Για την προστασία σας η πρόσβαση περιορίστηκε προσωρινά.

Για να αποκαταστήσετε την πρόσβαση, επαληθεύστε τα στοιχεία σας:
https://winbank-piraeus.info/business/epalithefsi?id=WB-661904

Αν δεν ολοκληρωθεί η επαλήθευση εντός 24 ωρών, οι εκκρεμείς εντολές πληρωμής θα ακυρωθούν.

Τράπεζα Πειραιώς
""", 'windows-1253', 'quoted-printable'),
        H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head><body style="font-family:Tahoma,Arial;font-size:13px">
<div style="max-width:560px;margin:auto;border:1px solid #ddd"><div style="background:#ffd400;padding:12px 18px;font-weight:bold">Τράπεζα Πειραιώς &middot; winbank business</div>
<div style="padding:18px"><p>Αγαπητέ πελάτη,</p><p>εντοπίσαμε ασυνήθιστη προσπάθεια σύνδεσης από νέα συσκευή (Bucharest, RO). Η πρόσβαση περιορίστηκε προσωρινά.</p>
<p><a href="https://winbank-piraeus.info/business/epalithefsi?id=WB-661904" style="background:#222;color:#ffd400;padding:10px 20px;text-decoration:none">Επαλήθευση στοιχείων</a></p>
<p style="font-size:11px;color:#777">Αν δεν ολοκληρωθεί η επαλήθευση εντός 24 ωρών, οι εκκρεμείς εντολές πληρωμής θα ακυρωθούν.</p></div></div></body></html>
""", 'windows-1253', 'quoted-printable')], 'gen'),
    mx=('winbank-piraeus.info', 'mail.winbank-piraeus.info', '103.75.190.18'), hcs='windows-1253', hmode='Q')

add('attack', 'el', 'Courier styled notice about a parcel on hold pending a small fee',
    ('ACS Courier', 'info@acs-courier-gr.delivery'), [('Δημήτρης Κωνσταντίνου', 'd.konstantinou@examplegroup.eu')],
    'Η αποστολή σας 7201843396 βρίσκεται σε αναμονή', (2026, 4, 28, 11, 17, 45), 'EET',
    MP('alternative', [
        T("""Αγαπητέ πελάτη,

η αποστολή με αριθμό 7201843396 (αποστολέας: Lieferant GmbH, Hamburg) δεν μπόρεσε να παραδοθεί λόγω ελλιπούς διεύθυνσης και εκκρεμούς τέλους επαναποστολής 1,99 €.

Επιβεβαιώστε τα στοιχεία παράδοσης και εξοφλήστε το τέλος εδώ:
https://acs-courier-gr.delivery/track/7201843396

Η αποστολή θα επιστραφεί στον αποστολέα μετά από 48 ώρες.

ACS Courier
"""),
        H("""<html><body style="font-family:Arial;font-size:14px"><div style="max-width:520px;margin:auto;border:1px solid #ddd;padding:18px">
<div style="color:#e30613;font-weight:bold;font-size:20px">ACS</div><p>Η αποστολή <b>7201843396</b> (αποστολέας: Lieferant GmbH, Hamburg) δεν μπόρεσε να παραδοθεί.</p>
<p>Τέλος επαναποστολής: <b>1,99 €</b></p><p><a href="https://acs-courier-gr.delivery/track/7201843396" style="background:#e30613;color:#fff;padding:10px 20px;text-decoration:none">Προγραμματισμός παράδοσης</a></p>
<p style="font-size:11px;color:#888">Η αποστολή θα επιστραφεί στον αποστολέα μετά από 48 ώρες.</p></div></body></html>
""")], 'php'),
    mx=('acs-courier-gr.delivery', 'unknown', '156.229.232.87'))

# ---- es
add('attack', 'es', 'Tax-agency styled notification with a link to download a "notification" archive',
    ('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.es'), [('Carmen Ruiz Navarro', 'carmen.ruiz@examplegroup.eu')],
    'Notificación electrónica: Requerimiento de información – Ref. 2026GRC46012884K', (2026, 3, 16, 10, 2, 31), 'CET',
    T("""Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria relativa a EXAMPLE GROUP IBERIA S.L. (NIF B98765432).

Procedimiento: Requerimiento de información – Modelo 303, 4T 2025
Referencia: 2026GRC46012884K
Plazo de atención: 10 días hábiles

Puede descargar el documento (formato comprimido) en el siguiente enlace:
https://agenciatributaria-sede.es/Sede/notificaciones/descarga?ref=2026GRC46012884K

Si no atiende el requerimiento en el plazo indicado, podrá iniciarse un procedimiento sancionador conforme a la Ley 58/2003 General Tributaria.

Agencia Tributaria
Departamento de Gestión Tributaria
""", 'iso-8859-1', 'quoted-printable'),
    mx=('agenciatributaria-sede.es', 'vps-5a61c2.hostinger-eu.net', '31.220.61.52'), hcs='iso-8859-1', hmode='Q')

add('attack', 'es', 'Payslip-portal styled notice from a look-alike company HR domain asking to log in',
    ('Portal del Empleado – RRHH', 'nominas@examplegroup-rrhh.es'), [('Lucía Fernández', 'lucia.fernandez@examplegroup.eu')],
    'Su nómina de marzo de 2026 ya está disponible', (2026, 3, 31, 16, 12, 3), 'CET',
    MP('alternative', [
        T("""Hola Lucía:

Su nómina correspondiente a marzo de 2026 ya está disponible en el Portal del Empleado.

Debido a la actualización de la plataforma, es necesario volver a iniciar sesión con sus credenciales corporativas y verificar su cuenta bancaria antes del 2 de abril para que el abono no se retrase.

Acceder al portal: https://portal.examplegroup-rrhh.es/empleado/nominas?id=LF-0326

Departamento de Recursos Humanos
Example Group Iberia
""", 'iso-8859-15', 'quoted-printable'),
        H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body style="font-family:Verdana;font-size:13px">
<p>Hola Lucía:</p><p>Su nómina correspondiente a <b>marzo de 2026</b> ya está disponible en el Portal del Empleado.</p>
<p>Debido a la actualización de la plataforma, es necesario volver a iniciar sesión y verificar su cuenta bancaria <b>antes del 2 de abril</b> para que el abono no se retrase.</p>
<p><a href="https://portal.examplegroup-rrhh.es/empleado/nominas?id=LF-0326" style="background:#1f4e79;color:#fff;padding:9px 18px;text-decoration:none">Ver mi nómina</a></p>
<p>Departamento de Recursos Humanos<br>Example Group Iberia</p></body></html>
""", 'iso-8859-15', 'quoted-printable')], 'gen'),
    mx=('mail.examplegroup-rrhh.es', 'ec2-3-121-58-190.eu-central-1.compute.amazonaws.com', '3.121.58.190'), hcs='iso-8859-15', hmode='Q')

add('attack', 'es', 'Registered-fax style legal notice with a link to view the document',
    ('Burofax Online', 'avisos@burofax-notificacion.com'), [('Carmen Ruiz Navarro', 'carmen.ruiz@examplegroup.eu')],
    'Ha recibido un burofax certificado – Ref. BF-2026-0219-77341', (2026, 2, 19, 12, 45, 0), 'CET',
    MP('alternative', [
        T("""Estimado/a destinatario/a:

Se ha emitido a su nombre un burofax con certificación de contenido y acuse de recibo.

Remitente: Despacho Jurídico Albarracín & Asociados
Asunto: Reclamación extrajudicial de cantidad
Referencia: BF-2026-0219-77341

Dispone de 72 horas para acceder al contenido antes de que se considere notificado a todos los efectos legales:
https://burofax-notificacion.com/ver/BF-2026-0219-77341

Este mensaje se ha generado automáticamente.
"""),
        H("""<html><body style="font-family:Arial;font-size:14px"><div style="max-width:560px;margin:auto;border:1px solid #ccc;padding:20px">
<p style="font-size:18px;color:#c8102e"><b>Burofax Online</b></p><p>Se ha emitido a su nombre un burofax con certificación de contenido y acuse de recibo.</p>
<p>Remitente: <b>Despacho Jurídico Albarracín &amp; Asociados</b><br>Asunto: Reclamación extrajudicial de cantidad<br>Referencia: BF-2026-0219-77341</p>
<p><a href="https://burofax-notificacion.com/ver/BF-2026-0219-77341" style="background:#c8102e;color:#fff;padding:10px 20px;text-decoration:none">Ver burofax</a></p>
<p style="font-size:11px;color:#888">Dispone de 72 horas para acceder al contenido.</p></div></body></html>
""")], 'gen'),
    mx=('burofax-notificacion.com', 'burofax-notificacion.com', '45.88.186.249'))

add('attack', 'es', 'Urgent transfer request carrying the country manager\'s exact address but sent from outside, reply redirected',
    ('Carmen Ruiz Navarro', 'carmen.ruiz@examplegroup.eu'), [('Javier Martínez Soler', 'javier.martinez@examplegroup.eu')],
    'Transferencia urgente hoy', (2026, 4, 16, 12, 58, 40), 'CET',
    T("""Javier,

necesito que gestiones hoy mismo una transferencia a un proveedor nuevo para cerrar el acuerdo de almacenaje en Sagunto. Es confidencial hasta que lo comuniquemos a Hamburgo la semana que viene.

Importe: 34.500,00 EUR
Te paso los datos bancarios en cuanto me confirmes que puedes hacerlo antes de las 15:00.

Estoy en una reunión y no puedo atender llamadas, contéstame solo por aquí.

Gracias,
Carmen

Enviado desde mi iPhone
""", 'utf-8', 'quoted-printable'),
    mx=('WIN-Q4H8SK2P0LJ', 'unknown', '80.94.95.71'), reply_to=('Carmen Ruiz Navarro', 'carmen.ruiz.examplegroup@gmail.com'),
    rp='carmen.ruiz@examplegroup.eu', hdrs=[('X-Mailer', 'iPhone Mail (22D82)')])

add('attack', 'es', 'Bank styled device-verification notice with a link',
    ('CaixaBank Empresas', 'seguridad@caixabank-empresas.net'), [('Javier Martínez Soler', 'javier.martinez@examplegroup.eu')],
    'Verificación obligatoria de dispositivo – CaixaBankNow Empresas', (2026, 1, 29, 8, 20, 13), 'CET',
    MP('alternative', [
        T("""Estimado cliente:

Conforme a la normativa europea PSD3, a partir del 1 de febrero de 2026 es obligatorio vincular de nuevo su dispositivo de firma para operar con CaixaBankNow Empresas.

Si no completa el proceso, las transferencias y remesas de nómina pendientes quedarán retenidas.

Vincular dispositivo: https://caixabank-empresas.net/now/vincular?cli=ES-44710928

CaixaBank, S.A.
""", 'iso-8859-1', 'quoted-printable'),
        H("""<html><body style="font-family:Arial;font-size:14px;color:#333"><div style="max-width:560px;margin:auto">
<div style="background:#007eae;color:#fff;padding:14px"><b>CaixaBank</b> Empresas</div><div style="padding:18px;border:1px solid #ddd">
<p>Estimado cliente:</p><p>Conforme a la normativa europea PSD3, a partir del <b>1 de febrero de 2026</b> es obligatorio vincular de nuevo su dispositivo de firma.</p>
<p>Si no completa el proceso, las transferencias y remesas de nómina pendientes quedarán retenidas.</p>
<p><a href="https://caixabank-empresas.net/now/vincular?cli=ES-44710928" style="background:#007eae;color:#fff;padding:10px 20px;text-decoration:none">Vincular dispositivo</a></p></div></div></body></html>
""", 'iso-8859-1', 'quoted-printable')], 'gen'),
    mx=('caixabank-empresas.net', 'mail.caixabank-empresas.net', '193.143.1.44'), hcs='iso-8859-1', hmode='Q')

add('attack', 'es', 'Held-messages digest styled as the mail platform with "release" links',
    ('Microsoft 365 – Cuarentena', 'quarantine@examplegroup.eu-m365.com'), [('Lucía Fernández', 'lucia.fernandez@examplegroup.eu')],
    'Tiene 4 mensajes retenidos en cuarentena', (2026, 4, 24, 7, 45, 22), 'CET',
    MP('alternative', [
        T("""Mensajes retenidos para lucia.fernandez@examplegroup.eu

Los siguientes mensajes se han retenido y se eliminarán en 3 días:

- Ferretti Trasporti | Fattura 211/26 | 23/04/2026
- DHL Express | Aviso de aduana AWB 4471930652 | 23/04/2026
- Cítricos del Turia | Pedido 2026-118 confirmado | 24/04/2026
- DocuSign | Contrato marco pendiente de firma | 24/04/2026

Revisar y liberar: https://examplegroup.eu-m365.com/quarantine/review?user=lucia.fernandez

Microsoft 365 Defender
"""),
        H("""<html><body style="font-family:'Segoe UI',Arial;font-size:13px"><div style="max-width:620px;margin:auto">
<p style="font-size:18px">Mensajes retenidos para <b>lucia.fernandez@examplegroup.eu</b></p><p>Los siguientes mensajes se eliminarán en 3 días:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:12px">
<tr><th>Remitente</th><th>Asunto</th><th></th></tr>
<tr><td>Ferretti Trasporti</td><td>Fattura 211/26</td><td><a href="https://examplegroup.eu-m365.com/quarantine/release?id=1">Liberar</a></td></tr>
<tr><td>DHL Express</td><td>Aviso de aduana AWB 4471930652</td><td><a href="https://examplegroup.eu-m365.com/quarantine/release?id=2">Liberar</a></td></tr>
<tr><td>Cítricos del Turia</td><td>Pedido 2026-118 confirmado</td><td><a href="https://examplegroup.eu-m365.com/quarantine/release?id=3">Liberar</a></td></tr>
<tr><td>DocuSign</td><td>Contrato marco pendiente de firma</td><td><a href="https://examplegroup.eu-m365.com/quarantine/release?id=4">Liberar</a></td></tr></table>
<p><a href="https://examplegroup.eu-m365.com/quarantine/review?user=lucia.fernandez">Revisar todos los mensajes</a></p><p style="color:#888">Microsoft 365 Defender</p></div></body></html>
""")], 'gen'),
    mx=('examplegroup.eu-m365.com', 'unknown', '194.169.175.36'))

# ---- en
add('attack', 'en', 'E-signature styled envelope notification with a link to review a document about payment terms',
    ('DocuSign via Example Group Finance', 'dse@docusign-envelope.net'), [('James Whitfield', 'j.whitfield@example.com')],
    'Please review and sign: Example Group – Revised Payment Terms 2026.pdf', (2026, 2, 26, 15, 4, 18), 'UK',
    MP('alternative', [
        T("""Matthias Brandt sent you a document to review and sign.

Example Group – Revised Payment Terms 2026.pdf

"James, please sign before Friday so we can roll this out to UK customers. Thanks, Matthias"

REVIEW DOCUMENT: https://docusign-envelope.net/Signing/EmailStart.aspx?a=7f3c1e2b-9a55-4c1d-b8e0-41aa2f6d3c90&r=j.whitfield

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
"""),
        H("""<html><body style="background:#eaeaea;font-family:Helvetica,Arial;margin:0;padding:20px"><table width="560" align="center" style="background:#fff">
<tr><td style="background:#1e1e5a;padding:28px;color:#fff;text-align:center"><div style="font-size:15px">Matthias Brandt sent you a document to review and sign.</div>
<p><a href="https://docusign-envelope.net/Signing/EmailStart.aspx?a=7f3c1e2b-9a55-4c1d-b8e0-41aa2f6d3c90&amp;r=j.whitfield" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p></td></tr>
<tr><td style="padding:24px;font-size:14px"><b>Matthias Brandt</b><br>m.brandt@example.com<p>James, please sign before Friday so we can roll this out to UK customers. Thanks, Matthias</p></td></tr>
<tr><td style="padding:18px;font-size:11px;color:#666;background:#f4f4f4"><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</td></tr></table></body></html>
""")], 'gen'),
    mx=('docusign-envelope.net', 'mta-07.docusign-envelope.net', '185.208.158.112'), rp='bounces@docusign-envelope.net')

ICS_BAD = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A7B8
DTSTAMP:20260327T101500Z
DTSTART:20260331T090000Z
DTEND:20260331T100000Z
SUMMARY:Q2 Board Pack – pre-read and approval
ORGANIZER;CN="Katharina Voss":mailto:board-office@examplegroup-board.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Priya Shah":mailto:p.shah@example.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Please review the Q2 board pack before the call. Access the pre-read (sign in with your Example Group account): https://examplegroup-board.com/boardpack/Q2-2026\\n\\nJoin the meeting: https://teams-live-meeting.com/l/meetup-join/19%3ameeting_NmQ4ZjE2
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
add('attack', 'en', 'Calendar invitation for a board pre-read whose links lead to an outside sign-in page',
    ('Katharina Voss', 'board-office@examplegroup-board.com'), [('Priya Shah', 'p.shah@example.com')],
    'Invitation: Q2 Board Pack – pre-read and approval @ Tue 31 Mar 2026 10:00 – 11:00 (BST)', (2026, 3, 27, 10, 15, 2), 'UK',
    MP('mixed', [MP('alternative', [T("""Priya,

Please make sure the pre-read is opened by all attendees before Tuesday. Access: https://examplegroup-board.com/boardpack/Q2-2026 (sign in with your Example Group account).

Microsoft Teams meeting
Join: https://teams-live-meeting.com/l/meetup-join/19%3ameeting_NmQ4ZjE2

Katharina
"""), T(ICS_BAD, 'utf-8', '8bit', 'calendar', '; method=REQUEST')], 'outlook'),
        A(ICS_BAD, 'application/ics', 'invite.ics')], 'outlook'),
    mx=O365(91, 'eur03', 'am6'), mid='AS8P193MB1285.EURP193.PROD.OUTLOOK.COM',
    hdrs=[('Content-Class', 'urn:content-classes:calendarmessage')])

add('attack', 'en', 'Subscription-renewal "invoice" that only gives a phone number to call for a refund',
    ('SecureShield Billing', 'billing.secureshield.renewals@gmail.com'), [('Oliver Bennett', 'o.bennett@example.com')],
    'Your SecureShield Total Protection renewal – Order #SS-88420193', (2026, 1, 19, 3, 11, 57), '-0500',
    MP('alternative', [
        T("""Dear Customer,

Thank you for renewing your SecureShield Total Protection (5 devices, 3 years).

Order number: SS-88420193
Amount charged: £399.99
Payment method: Visa ending ****
Date: 19 January 2026

The amount will appear on your statement within 24 hours. If you did not authorise this renewal or wish to cancel and receive a full refund, please call our billing department within 24 hours:

+44 20 3807 9914 (Mon-Sun, 24/7)

Regards,
SecureShield Billing Team
"""),
        H("""<html><body style="font-family:Arial;font-size:14px"><div style="max-width:520px;margin:auto;border:1px solid #ccc;padding:20px">
<h2 style="color:#0a5">SecureShield</h2><p>Dear Customer,</p><p>Thank you for renewing your <b>SecureShield Total Protection</b> (5 devices, 3 years).</p>
<table style="font-size:13px"><tr><td>Order number</td><td>SS-88420193</td></tr><tr><td>Amount charged</td><td><b>£399.99</b></td></tr><tr><td>Date</td><td>19 January 2026</td></tr></table>
<p>If you did not authorise this renewal, call our billing department within 24 hours:<br><b style="font-size:18px">+44 20 3807 9914</b></p></div></body></html>
""")], 'gmail'),
    mx=GMAIL(41), mid='mail.gmail.com')

add('attack', 'en', 'Company-registry styled notice about an overdue filing and a penalty, with a link',
    ('Companies House', 'noreply@companieshouse-filing.co.uk'), [('James Whitfield', 'j.whitfield@example.com')],
    'Action required: confirmation statement overdue – EXAMPLE GROUP UK LIMITED (14782301)', (2026, 4, 20, 9, 36, 48), 'UK',
    MP('alternative', [
        T("""EXAMPLE GROUP UK LIMITED
Company number: 14782301

Our records show that the confirmation statement for this company is overdue. Under the Economic Crime and Corporate Transparency Act 2023, failure to file may result in a penalty of £1,500 and the company being struck off the register.

Identity verification for all directors is now mandatory. Please verify your identity and file the statement here:

https://companieshouse-filing.co.uk/file/confirmation-statement?company=14782301

Companies House
Crown Way, Cardiff, CF14 3UZ
"""),
        H("""<html><body style="font-family:Arial;font-size:15px;color:#0b0c0c"><div style="max-width:600px;margin:auto">
<div style="background:#0b0c0c;color:#fff;padding:12px 18px;font-weight:bold">GOV.UK &nbsp; Companies House</div><div style="padding:18px">
<p><b>EXAMPLE GROUP UK LIMITED</b><br>Company number: 14782301</p><p>Our records show that the confirmation statement for this company is <b>overdue</b>. Failure to file may result in a penalty of £1,500 and the company being struck off.</p>
<p>Identity verification for all directors is now mandatory.</p><p><a href="https://companieshouse-filing.co.uk/file/confirmation-statement?company=14782301" style="background:#00703c;color:#fff;padding:10px 18px;text-decoration:none">Verify and file now</a></p></div></div></body></html>
""")], 'gen'),
    mx=('companieshouse-filing.co.uk', 'mail.companieshouse-filing.co.uk', '141.98.10.58'))

add('attack', 'en', 'Remittance-advice email to the CFO with an HTML attachment that asks for credentials',
    ('Accounts Receivable – Nordhafen Trading', 'ar@nordhafen-trading.com'), [('Matthias Brandt', 'm.brandt@example.com')],
    'Remittance Advice – Payment EUR 84,210.00 – Ref. NHT-2026-0318', (2026, 3, 18, 14, 27, 9), 'CET',
    MP('mixed', [T("""Dear Matthias Brandt,

Please find attached the remittance advice for the payment released today to Example Group (Ref. NHT-2026-0318, EUR 84,210.00, value date 19/03/2026).

Kindly confirm receipt and let us know if any invoice references do not match your records.

Best regards,
Accounts Receivable
Nordhafen Trading B.V. | Rotterdam
"""),
        A("""<html><head><meta charset="utf-8"><title>Adobe Acrobat - Remittance_Advice_NHT-2026-0318.pdf</title></head>
<body style="margin:0;font-family:Segoe UI,Arial;background:url('https://nordhafen-trading.com/img/blur-remit.jpg') center/cover">
<div style="width:360px;margin:90px auto;background:#fff;padding:24px;border-radius:6px"><b>Adobe Acrobat</b><p>This document is protected. Confirm your email account to view.</p>
<form action="https://nordhafen-trading.com/wp-content/plugins/acrobat/auth.php" method="post"><input name="email" value="m.brandt@example.com" style="width:100%;padding:8px"><br><br>
<input name="pass" type="password" placeholder="Password" style="width:100%;padding:8px"><br><br><button style="background:#d7373f;color:#fff;border:0;padding:9px 20px">View Document</button></form></div></body></html>
""", 'text/html', 'Remittance_Advice_NHT-2026-0318.shtml')], 'gen'),
    mx=('nordhafen-trading.com', 'server.nordhafen-trading.com', '194.5.98.71'))

add('attack', 'en', 'Mailbox-storage warning showing the company\'s own IT address but sent from outside, with a link',
    ('IT Service Desk', 'it-servicedesk@example.com'), [('Sabine Krüger', 's.krueger@example.com')],
    'Mailbox storage 99% full – incoming messages will be rejected', (2026, 2, 9, 6, 55, 40), 'CET',
    MP('alternative', [
        T("""Hello s.krueger,

Your mailbox s.krueger@example.com has reached 49.6 GB of 50 GB. New incoming messages will be rejected from 10 February 2026.

To avoid losing mail, increase your storage quota at no cost:
https://example.com.mailbox-quota.cloud/owa/quota?u=s.krueger%40example.com

Thank you,
IT Service Desk
Example Group
"""),
        H("""<html><body style="font-family:Segoe UI,Arial;font-size:14px"><p>Hello s.krueger,</p>
<p>Your mailbox <b>s.krueger@example.com</b> has reached 49.6 GB of 50 GB.</p>
<div style="width:300px;height:14px;background:#eee"><div style="width:99%;height:14px;background:#c50f1f"></div></div>
<p>New incoming messages will be rejected from <b>10 February 2026</b>.</p>
<p><a href="https://example.com.mailbox-quota.cloud/owa/quota?u=s.krueger%40example.com" style="background:#0078d4;color:#fff;padding:9px 18px;text-decoration:none">Increase storage</a></p>
<p>Thank you,<br>IT Service Desk<br>Example Group</p></body></html>
""")], 'gen'),
    mx=('mailbox-quota.cloud', 'unknown', '23.94.183.40'), rp='desk@mailbox-quota.cloud', mid='mailbox-quota.cloud')

# ---- ru
add('attack', 'ru', 'Reconciliation-statement email from a look-alike domain of a Russian carrier, with an archive containing an executable-type file',
    ('ООО «ТК Волга-Транс» Бухгалтерия', 'buh@tk-volga-trans.com'), [('Ольга Морозова', 'o.morozova@examplegroup.eu')],
    'Акт сверки взаиморасчетов за I квартал 2026 г. – просьба подписать', (2026, 4, 6, 10, 41, 27), 'MSK',
    MP('mixed', [T("""Добрый день, Ольга Викторовна!

Направляем акт сверки взаиморасчетов между ООО «ТК Волга-Транс» и ООО «Экзампл Груп Рус» за период с 01.01.2026 по 31.03.2026.

По нашим данным на 31.03.2026 задолженность в пользу ООО «ТК Волга-Транс» составляет 418 760,00 руб. Просим проверить, подписать и вернуть скан до 10.04.2026. При наличии расхождений прошу сообщить.

Архив защищен паролем: 2026

С уважением,
Марина Левченко
главный бухгалтер
ООО «ТК Волга-Транс»
тел. +7 (495) 118-42-07
""", 'windows-1251', 'base64'),
        A(zipb([('Акт_сверки_I_кв_2026.pdf.scr', b'MZ' + b'\x00' * 62)], (2026, 4, 6, 10, 30, 0)), 'application/zip', 'Акт_сверки_I_кв_2026.zip')], 'gen'),
    mx=('tk-volga-trans.com', 'vm4482.firstbyte-vps.ru', '45.141.84.203'), hcs='windows-1251', hmode='B',
    hdrs=[('X-Mailer', 'The Bat! (v11.1.3) Professional')])

add('attack', 'ru', 'Tax-service styled demand for explanations with a link to a taxpayer-cabinet look-alike',
    ('ФНС России', 'uved@lkul-nalog.ru.com'), [('Андрей Соколов', 'a.sokolov@examplegroup.eu')],
    'Требование о представлении пояснений № 16-13/4418 (ст. 88 НК РФ)', (2026, 2, 13, 11, 2, 48), 'MSK',
    T("""Уважаемый налогоплательщик!

В ходе камеральной налоговой проверки декларации по НДС за 4 квартал 2025 г. ООО "ЭКЗАМПЛ ГРУП РУС" (ИНН 7701234567) выявлены расхождения в книге покупок.

В соответствии с п. 3 ст. 88 НК РФ Вам необходимо в течение 5 рабочих дней представить пояснения или внести исправления. Непредставление пояснений влечет ответственность по ст. 129.1 НК РФ.

Текст требования доступен в личном кабинете налогоплательщика:
https://lkul-nalog.ru.com/lk/trebovaniya?id=16-13-4418

Межрайонная ИФНС России № 46 по г. Москве
""", 'koi8-r', 'quoted-printable'),
    mx=('lkul-nalog.ru.com', 'unknown', '5.42.75.118'), hcs='koi8-r', hmode='B')

add('attack', 'ru', 'Electronic-document-exchange styled notice of a document awaiting signature, with a link',
    ('Контур.Диадок', 'noreply@diadoc-kontur.online'), [('Ольга Морозова', 'o.morozova@examplegroup.eu')],
    'Вам поступил документ на подпись: УПД № 214 от 10.03.2026', (2026, 3, 10, 15, 21, 6), 'MSK',
    MP('alternative', [
        T("""Здравствуйте!

ООО «ЛогистикПро» отправило вам документ, требующий подписи:

УПД № 214 от 10.03.2026 на сумму 186 300,00 руб.

Срок подписания — 2 рабочих дня. Посмотреть и подписать:
https://diadoc-kontur.online/Docs/Sign?docId=c41e8a70-2f3b-4d91-9a16-7fe2b01c5d33

Контур.Диадок
""", 'windows-1251', 'quoted-printable'),
        H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body style="font-family:Arial;font-size:14px">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:18px"><div style="color:#ef7f1a;font-weight:bold;font-size:18px">Контур.Диадок</div>
<p>ООО «ЛогистикПро» отправило вам документ, требующий подписи:</p><p><b>УПД № 214 от 10.03.2026</b> на сумму <b>186 300,00 руб.</b></p>
<p><a href="https://diadoc-kontur.online/Docs/Sign?docId=c41e8a70-2f3b-4d91-9a16-7fe2b01c5d33" style="background:#ef7f1a;color:#fff;padding:10px 20px;text-decoration:none">Посмотреть и подписать</a></p></div></body></html>
""", 'windows-1251', 'quoted-printable')], 'gen'),
    mx=('diadoc-kontur.online', 'diadoc-kontur.online', '194.87.31.150'), hcs='windows-1251', hmode='B')

add('attack', 'ru', 'Confidential payment request in the country manager\'s name from a look-alike company domain',
    ('Андрей Соколов', 'a.sokolov@examp1egroup.eu'), [('Ольга Морозова', 'o.morozova@examplegroup.eu')],
    'Срочно – оплата сегодня', (2026, 1, 23, 10, 7, 15), 'MSK',
    T("""Ольга, добрый день.

Нужно сегодня до 14:00 провести оплату новому контрагенту – ООО «ТрансЛайн Сервис», аванс по договору экспедирования, 1 250 000 руб. Договор и счет пришлю через 15 минут, согласование с Гамбургом уже есть.

Вопрос конфиденциальный, в общий чат и в почту на Гамбург не пиши. Я на переговорах, звонить не получится, пиши сюда.

Андрей

Отправлено с iPhone
""", 'utf-8', 'base64'),
    mx=('examp1egroup.eu', 'mail.examp1egroup.eu', '147.78.47.215'))

add('attack', 'ru', 'Court-summons styled notice with a link to download case materials',
    ('Арбитражный суд города Москвы', 'izveshchenie@msk-arbitr.ru.net'), [('Андрей Соколов', 'a.sokolov@examplegroup.eu')],
    'Судебное извещение по делу № А40-61834/2026', (2026, 4, 27, 9, 14, 2), 'MSK',
    T("""ООО "ЭКЗАМПЛ ГРУП РУС"

Арбитражный суд города Москвы извещает Вас о принятии к производству искового заявления ООО "СеверСтрой" о взыскании задолженности по делу № А40-61834/2026.

Предварительное судебное заседание назначено на 19.05.2026 в 11:30, зал 5027.

С материалами дела (исковое заявление, определение о принятии) можно ознакомиться по ссылке:
https://msk-arbitr.ru.net/kad/card/A40-61834-2026

Помощник судьи Белова Е.А.
""", 'koi8-r', 'base64'),
    mx=('msk-arbitr.ru.net', 'unknown', '91.215.85.147'), hcs='koi8-r', hmode='B')

# ================================================================ B: legitimate mail
# ---- de
add('business', 'de', 'Supplier invoice from the ERP system of the German supplier, PDF attached',
    ('Lieferant GmbH Rechnungswesen', 'rechnungen@lieferant-gmbh.de'), [('Sabine Krüger', 's.krueger@example.com')],
    'Rechnung RE-2026-03118 vom 16.03.2026 – Kd.-Nr. 40217', (2026, 3, 16, 6, 30, 4), 'CET',
    MP('mixed', [T("""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-03118 vom 16.03.2026 als PDF-Dokument.

Rechnungsbetrag: 23.419,80 EUR
Zahlbar bis: 15.04.2026 ohne Abzug, bei Zahlung bis 26.03.2026 mit 2 % Skonto.

Bitte geben Sie bei Zahlung stets die Rechnungsnummer an. Unsere Bankverbindung entnehmen Sie bitte wie gewohnt dem Rechnungsformular.

Diese E-Mail wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte an buchhaltung@lieferant-gmbh.de oder +49 40 7654 3200.

Lieferant GmbH | Industriestraße 14 | 21079 Hamburg
Amtsgericht Hamburg HRB 112233 | USt-IdNr. DE812345678
""", 'iso-8859-15', 'quoted-printable'),
        A(pdf(['Lieferant GmbH - RECHNUNG RE-2026-03118', '', 'Kunde: Example Group, Hamburg (Kd.-Nr. 40217)', 'Datum: 16.03.2026', '',
               'Pos 1  Palettenregal-Traversen 2700 mm, 120 Stk         9.840,00 EUR',
               'Pos 2  Stützrahmen 5000 mm, 30 Stk                       9.840,00 EUR',
               'Netto 19.680,00 EUR   USt 19 % 3.739,80 EUR   Brutto 23.419,80 EUR', '',
               'Bankverbindung: Hamburger Sparkasse, IBAN DE44 2005 0550 1234 5678 90'],
              'RE-2026-03118', 'Lieferant GmbH', 'SAP NetWeaver 7.50', "20260316063000+01'00'"),
          'application/pdf', 'RE-2026-03118.pdf')], 'java'),
    mx=LIEF, rp='sap-noreply@lieferant-gmbh.de', hdrs=[('X-Mailer', 'SAP NetWeaver 7.50')])

add('business', 'de', 'Supplier sales contact announcing a bank change with a signed letter and an explicit call-back verification request',
    ('Maier, Stefan', 's.maier@lieferant-gmbh.de'), [('Krüger, Sabine', 's.krueger@example.com')],
    'Änderung unserer Bankverbindung zum 01.05.2026 – bitte telefonisch verifizieren', (2026, 3, 25, 14, 9, 37), 'CET',
    MP('mixed', [T("""Hallo Frau Krüger,

wie bereits am Telefon mit Herrn Brandt angekündigt: Im Zuge der Fusion der Hamburger Sparkasse-Geschäftskonten mit unserer Konzernmutter wechseln wir zum 01.05.2026 auf ein Konto bei der Commerzbank. Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang.

Bitte ändern Sie die Bankdaten erst nach telefonischer Rückbestätigung unter unserer Ihnen bekannten Zentrale (+49 40 7654 3200, Frau Albers, Buchhaltung). Wir werden Sie niemals per E-Mail zu kurzfristigen Zahlungen auf ein anderes Konto auffordern. Bis zum 30.04. bleiben Zahlungen auf das bisherige Konto selbstverständlich gültig.

""" + SIG_SM, 'utf-8', 'quoted-printable'),
        A(pdf(['Lieferant GmbH - Änderung der Bankverbindung', '', 'Hamburg, 24.03.2026', '',
               'Ab dem 01.05.2026 gilt folgende Bankverbindung:', 'Commerzbank AG, Hamburg', 'IBAN: DE89 2004 0000 0627 1134 00', 'BIC: COBADEFFXXX', '',
               'Bis 30.04.2026 bleibt das Konto bei der Hamburger Sparkasse gültig.',
               'Bitte verifizieren Sie diese Änderung telefonisch unter +49 40 7654 3200.', '',
               'Dr. Ralf Obermeyer, Geschäftsführer'], 'Bankverbindung ab 01.05.2026', 'Lieferant GmbH'),
          'application/pdf', 'Lieferant_GmbH_Bankverbindung_ab_2026-05-01.pdf')], 'outlook'),
    cc=[('Brandt, Matthias', 'm.brandt@example.com')],
    mx=LIEF, mid='lieferant-gmbh.de', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'de-DE')])

add('business', 'de', 'Internal message from the CFO asking accounts payable to release a carrier payment today',
    P('cfo'), [P('ap_de')], 'Dringend: Zahlung Ferretti heute noch freigeben', (2026, 4, 3, 11, 42, 18), 'CET',
    MP('alternative', [T("""Hallo Sabine,

bitte gib die beiden Ferretti-Rechnungen 142/26 und 155/26 (zusammen 17.380,00 €) heute noch in der Zahlungsliste frei – Giulia hat mir gerade geschrieben, dass Ferretti sonst die Abholungen nächste Woche zurückstellt. Die Rechnungen sind sachlich geprüft, Freigabe von mir liegt im DMS.

Bankverbindung wie im Kreditorenstamm, keine Änderung.

Danke!
Matthias

Matthias Brandt
CFO | Example Group
Tel. +49 40 5550 1020
""", 'iso-8859-15', 'quoted-printable'),
        H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Sabine,</p><p>bitte gib die beiden Ferretti-Rechnungen 142/26 und 155/26 (zusammen 17.380,00 €) <b>heute noch</b> in der Zahlungsliste frei – Giulia hat mir gerade geschrieben, dass Ferretti sonst die Abholungen nächste Woche zurückstellt. Die Rechnungen sind sachlich geprüft, Freigabe von mir liegt im DMS.</p>
<p>Bankverbindung wie im Kreditorenstamm, keine Änderung.</p><p>Danke!<br>Matthias</p>
<p style="font-size:9pt;color:#555">Matthias Brandt<br>CFO | Example Group<br>Tel. +49 40 5550 1020</p></div></body></html>
""", 'iso-8859-15', 'quoted-printable')], 'outlook'),
    hcs='iso-8859-15', hmode='Q', hdrs=[('Importance', 'high'), ('X-Priority', '1'), ('X-Mailer', 'Microsoft Outlook 16.0')])

add('business', 'de', 'Internal IT announcement of a maintenance window, sign-in method change and password change, with intranet link',
    P('it'), 'alle-hamburg@example.com', 'Wartungsfenster Sa. 25.04. – Umstellung MFA und Passwortänderung erforderlich', (2026, 4, 21, 16, 3, 9), 'CET',
    T("""Hallo zusammen,

am Samstag, 25.04.2026, zwischen 08:00 und 14:00 Uhr führen wir Wartungsarbeiten an VPN, Exchange und dem Dateiserver durch. In dieser Zeit sind die Systeme nicht oder nur eingeschränkt erreichbar.

Gleichzeitig stellen wir die Anmeldung auf Passkeys / FIDO2 um. Was ihr tun müsst:

1. Ab Montag, 27.04., werdet ihr bei der ersten Anmeldung aufgefordert, euer Passwort zu ändern und den Authenticator neu zu koppeln.
2. Die Anleitung mit Screenshots liegt im Intranet: https://intranet.example.com/it/anleitungen/mfa-passkeys-2026
3. Wer einen FIDO2-Schlüssel braucht, holt ihn sich bitte bis Freitag im Raum 2.14 ab.

Wichtig: Wir fragen euch NIE per Mail nach eurem Passwort und verschicken keine QR-Codes per Mail. Solche Nachrichten bitte an it-security@example.com weiterleiten.

Bei Fragen: Durchwahl -1140 oder Ticket im Helpdesk.

Gruß
Jens

Jens Petersen
IT-Administration | Example Group
""", 'iso-8859-1', 'quoted-printable'),
    rcpt='s.krueger@example.com', hcs='iso-8859-1', hmode='Q', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

add('business', 'de', 'Tax-portal notification that a new message is waiting in the mailbox of the portal, no links to log in',
    ('ELSTER – Ihr Online-Finanzamt', 'noreply@elster.de'), [('Matthias Brandt', 'm.brandt@example.com')],
    'Neue Nachricht in Ihrem ELSTER-Postfach', (2026, 2, 12, 3, 17, 40), 'CET',
    T("""Sehr geehrte Damen und Herren,

in Ihrem Benutzerkonto bei "Mein ELSTER" liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich wie gewohnt unter www.elster.de an, um die Nachricht abzurufen.

Hinweis: Diese E-Mail enthält aus Sicherheitsgründen keine Links. Die Finanzverwaltung fordert Sie niemals per E-Mail zur Eingabe persönlicher Daten auf.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""", 'iso-8859-1', 'quoted-printable'),
    mx=('mail1.elster.de', 'mail1.elster.de', '193.109.238.41'), rp='bounce@elster.de', mid='elster.de')

add('business', 'de', 'Supplier logistics contact announcing a delayed delivery, delivery notes as ZIP',
    ('Peter Lang', 'p.lang@lieferant-gmbh.de'), [('Felix Neumann', 'f.neumann@example.com')],
    'Dringend: Lieferverschiebung KW 17 – Lieferscheine anbei', (2026, 4, 17, 13, 51, 2), 'CET',
    MP('mixed', [T("""Hallo Herr Neumann,

leider müssen wir die Teillieferung zu Ihrem Auftrag 4500187223 von Dienstag auf Donnerstag, 23.04., verschieben – unser Spediteur hat kurzfristig einen Fahrzeugausfall. Die Ware ist fertig kommissioniert.

Die vorläufigen Lieferscheine für beide Teillieferungen habe ich Ihnen gezippt angehängt. Können Sie mir bis heute 16 Uhr kurz bestätigen, ob das Zeitfenster 07:00–09:00 an Rampe 3 passt?

Viele Grüße
Peter Lang
Versand / Logistik
Lieferant GmbH | Tel. +49 40 7654 3240
""", 'iso-8859-15', 'quoted-printable'),
        A(zipb([('LS-2026-08814.pdf', pdf(['Lieferschein LS-2026-08814', 'Auftrag 4500187223', '120 x Traverse 2700 mm'], 'LS-2026-08814', 'Lieferant GmbH')),
                ('LS-2026-08815.pdf', pdf(['Lieferschein LS-2026-08815', 'Auftrag 4500187223', '30 x Stützrahmen 5000 mm'], 'LS-2026-08815', 'Lieferant GmbH'))],
               (2026, 4, 17, 13, 45, 0)), 'application/x-zip-compressed', 'Lieferscheine_4500187223.zip')], 'outlook'),
    mx=LIEF, hcs='iso-8859-15', hmode='Q', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Importance', 'high')])

add('business', 'de', 'Employee writing from his private address to HR with a photo of a sick note',
    ('Felix Neumann', 'felix.neumann84@gmail.com'), [('Anja Hoffmann', 'a.hoffmann@example.com')],
    'Krankmeldung Felix Neumann', (2026, 1, 12, 7, 4, 55), 'CET',
    MP('mixed', [MP('alternative', [T("""Hallo Frau Hoffmann,

ich bin leider seit gestern krank und bis einschließlich Freitag krankgeschrieben. Die AU ist über die Praxis elektronisch an die Kasse gegangen, ich hänge Ihnen zur Sicherheit trotzdem ein Foto an.

Ich schreibe von meiner privaten Adresse, weil ich zu Hause keinen Zugriff aufs Firmenpostfach habe. Herr Brandt und das Team Disposition wissen Bescheid.

Viele Grüße
Felix Neumann
"""), H("""<div dir="ltr">Hallo Frau Hoffmann,<br><br>ich bin leider seit gestern krank und bis einschließlich Freitag krankgeschrieben. Die AU ist über die Praxis elektronisch an die Kasse gegangen, ich hänge Ihnen zur Sicherheit trotzdem ein Foto an.<br><br>Ich schreibe von meiner privaten Adresse, weil ich zu Hause keinen Zugriff aufs Firmenpostfach habe. Herr Brandt und das Team Disposition wissen Bescheid.<br><br>Viele Grüße<br>Felix Neumann</div>
""")], 'gmail'),
        A(scan_png('au-neumann'), 'image/png', 'IMG_20260112_065812.png')], 'gmail'),
    mx=GMAIL(52), mid='mail.gmail.com')

# ---- it
add('business', 'it', 'Overdue-payment reminder from the Italian carrier\'s accounts department with statement PDF',
    ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'), [('Marco Rinaldi', 'marco.rinaldi@examplegroup.eu')],
    'Sollecito di pagamento – estratto conto al 28/02/2026', (2026, 3, 2, 9, 26, 14), 'CET',
    MP('mixed', [T("""Spett.le Example Group,

da un controllo contabile risultano scadute e non ancora saldate le seguenti fatture:

- n. 061/26 del 31/01/2026 – € 6.240,00 – scad. 28/02/2026
- n. 074/26 del 06/02/2026 – € 3.915,50 – scad. 28/02/2026

Vi preghiamo di provvedere al pagamento entro 10 giorni sulle consuete coordinate bancarie (Banco BPM, invariate) o di inviarci copia della contabile se il pagamento è già stato disposto.

In allegato l'estratto conto aggiornato.

Cordiali saluti
Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Tel. 02 2487 1100
""", 'iso-8859-15', 'quoted-printable'),
        A(pdf(['Ferretti Trasporti S.r.l. - Estratto conto cliente', 'Cliente: Example Group - Milano', 'Data: 28/02/2026', '',
               '061/26  31/01/2026  6.240,00', '074/26  06/02/2026  3.915,50', 'Totale scaduto: 10.155,50 EUR'],
              'Estratto conto', 'Ferretti'), 'application/pdf', 'Estratto_conto_ExampleGroup_20260228.pdf')], 'gen'),
    mx=FERR, hcs='iso-8859-15', hmode='Q',
    pre=['from amministrazione02 ([93.63.112.14])\n\tby Aruba Outgoing Smtp with ESMTPSA id 8nQv6uZ2ffvEb8nQwuQzr1'])

add('business', 'it', 'Carrier contact moving a pickup earlier at short notice in an existing thread',
    ('Claudio Colombo', 'c.colombo@ferretti-trasporti.it'), [('Luca Moretti', 'luca.moretti@examplegroup.eu')],
    'R: Ritiro merce 17/04 – URGENTE anticipo orario', (2026, 4, 16, 17, 2, 33), 'CET',
    MP('alternative', [T("""Ciao Luca,

scusa il preavviso: domani l'autista deve anticipare il ritiro alle 7:30 invece delle 9:00, altrimenti non riesce a prendere la coincidenza a Verona per Hamburg. Riuscite ad avere i 3 bancali pronti in baia 2 per quell'ora?

Se non è possibile spostiamo a lunedì, fammi sapere entro stasera.

Claudio

Claudio Colombo
Ufficio Traffico – Ferretti Trasporti S.r.l.
Tel. +39 02 2487 1130 | Cell. +39 347 118 2290

-----Messaggio originale-----
Da: Luca Moretti <luca.moretti@examplegroup.eu>
Inviato: giovedì 16 aprile 2026 15:41
Oggetto: Ritiro merce 17/04 – Milano > Hamburg

Ciao Claudio,
confermo il ritiro di domani mattina, 3 bancali per Hamburg. Mi mandi poi DDT e CMR firmati?
Grazie, Luca
"""), H("""<html><body><div style="font-family:Calibri,Arial;font-size:11pt"><p>Ciao Luca,</p>
<p>scusa il preavviso: domani l'autista deve anticipare il ritiro alle <b>7:30</b> invece delle 9:00, altrimenti non riesce a prendere la coincidenza a Verona per Hamburg. Riuscite ad avere i 3 bancali pronti in baia 2 per quell'ora?</p>
<p>Se non è possibile spostiamo a lunedì, fammi sapere entro stasera.</p><p>Claudio</p>
<hr><p>Da: Luca Moretti<br>Inviato: giovedì 16 aprile 2026 15:41<br>Oggetto: Ritiro merce 17/04 – Milano &gt; Hamburg</p><p>Ciao Claudio,<br>confermo il ritiro di domani mattina, 3 bancali per Hamburg. Mi mandi poi DDT e CMR firmati?<br>Grazie, Luca</p></div></body></html>
""")], 'gen'),
    mx=FERR, irt='<1f0c2a7e9b3d4c5e8a60@examplegroup.eu>', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Importance', 'high')],
    pre=['from traffico03 ([93.63.112.14])\n\tby Aruba Outgoing Smtp with ESMTPSA id 8nQv6uZ2ffvEb9kTwuQzr4'])

add('business', 'it', 'E-invoicing service notification that a new electronic invoice was received',
    ('Aruba Fatturazione Elettronica', 'noreply@fatturazioneelettronica.aruba.it'), [('Marco Rinaldi', 'marco.rinaldi@examplegroup.eu')],
    'Hai ricevuto una nuova fattura elettronica da FERRETTI TRASPORTI S.R.L.', (2026, 2, 3, 10, 11, 50), 'CET',
    MP('alternative', [T("""Gentile Cliente,

ti informiamo che è stata ricevuta tramite Sistema di Interscambio (SdI) una nuova fattura elettronica.

Fornitore: FERRETTI TRASPORTI S.R.L. (P.IVA 07812340961)
Numero: 098/26 del 02/02/2026
Importo: € 4.880,00
Identificativo SdI: 18822410547

Puoi visualizzarla accedendo al pannello Fatturazione Elettronica: https://fatturazioneelettronica.aruba.it

Questa è una comunicazione automatica, non rispondere a questo messaggio.
Aruba S.p.A.
"""), H("""<html><body style="font-family:Arial;font-size:14px;color:#333"><div style="max-width:600px;margin:auto">
<div style="border-bottom:3px solid #ff6600;padding:10px 0"><b style="color:#ff6600;font-size:20px">Aruba</b> Fatturazione Elettronica</div>
<p>Gentile Cliente,</p><p>è stata ricevuta tramite Sistema di Interscambio (SdI) una nuova fattura elettronica.</p>
<table style="font-size:13px"><tr><td>Fornitore</td><td><b>FERRETTI TRASPORTI S.R.L.</b></td></tr><tr><td>Numero</td><td>098/26 del 02/02/2026</td></tr><tr><td>Importo</td><td>€ 4.880,00</td></tr><tr><td>Identificativo SdI</td><td>18822410547</td></tr></table>
<p>Puoi visualizzarla accedendo al pannello: <a href="https://fatturazioneelettronica.aruba.it">fatturazioneelettronica.aruba.it</a></p>
<p style="font-size:10px;color:#999">Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG)</p></div></body></html>
""", 'utf-8', 'base64')], 'gen'),
    mx=('smtpcmd01.aruba.it', 'smtpcmd01.aruba.it', '62.149.158.201'), rp='bounce-fe@staff.aruba.it', mid='fatturazioneelettronica.aruba.it')

add('business', 'it', 'Internal note from the Italian country manager with the new guest Wi-Fi password and VPN instructions',
    P('cm_it'), [P('sales_it'), P('log_it'), P('ap_it')], 'Nuova password Wi-Fi ospiti e accesso VPN', (2026, 1, 8, 9, 15, 0), 'CET',
    T("""Ciao a tutti,

da oggi la rete Wi-Fi ospiti dell'ufficio di Milano ha una nuova password:

Rete: EG-Guest-MI
Password: Navigli-2026!

La password va data solo ai visitatori, non ai fornitori che restano più giorni (per loro Jens crea un accesso temporaneo).

Per la VPN: da lunedì si usa il nuovo client GlobalProtect. Jens mi conferma che le istruzioni sono nell'intranet (https://intranet.example.com/it/vpn) e che al primo accesso vi verrà chiesto di cambiare password. Se avete problemi aprite un ticket, non mandate password per mail.

Grazie,
Giulia
""", 'iso-8859-15', 'quoted-printable'),
    hcs='iso-8859-15', hmode='Q')

add('business', 'it', 'Urgent purchase order from an Italian customer requesting confirmation today, PDF attached',
    ('Ufficio Acquisti – Cartotecnica Brianza', 'acquisti@cartotecnica-brianza.it'), [('Francesca De Santis', 'francesca.desantis@examplegroup.eu')],
    'ORDINE URGENTE n. 2026/0447 – conferma entro oggi', (2026, 3, 11, 10, 37, 21), 'CET',
    MP('mixed', [T("""Buongiorno Francesca,

in allegato il nostro ordine n. 2026/0447 per 18 bancali di scaffalature (rif. offerta EG-IT-2026-112). Abbiamo un cantiere che parte lunedì, quindi ti chiederei gentilmente una conferma d'ordine entro oggi con data di consegna.

Pagamento come da accordi: bonifico 60 gg d.f.f.m.

Grazie e buona giornata
Silvia Galli
Ufficio Acquisti
Cartotecnica Brianza S.p.A. – Via Milano 118, 20841 Carate Brianza (MB)
""", 'utf-8', 'quoted-printable'),
        A(pdf(['CARTOTECNICA BRIANZA S.p.A. - ORDINE DI ACQUISTO 2026/0447', 'Fornitore: Example Group S.r.l., Milano', 'Data: 11/03/2026', '',
               '18 bancali scaffalature (rif. offerta EG-IT-2026-112)', 'Consegna richiesta: entro 16/03/2026', 'Pagamento: bonifico 60 gg d.f.f.m.'],
              'Ordine 2026/0447', 'Cartotecnica Brianza'), 'application/pdf', 'ODA_2026_0447.pdf')], 'gen'),
    mx=('mx2.cartotecnica-brianza.it', 'mail.cartotecnica-brianza.it', '93.62.148.77'), hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('X-Priority', '1')])

add('business', 'it', 'Logistics trade newsletter the recipient subscribed to, HTML with tracking links and unsubscribe',
    ('LogisticaOggi', 'newsletter@logisticaoggi.it'), [('Luca Moretti', 'luca.moretti@examplegroup.eu')],
    'LogisticaOggi | Brennero, nuove limitazioni ai transiti – Speciale intermodale', (2026, 4, 8, 6, 0, 12), 'CET',
    MP('alternative', [T("""LogisticaOggi – Newsletter del 8 aprile 2026

- Brennero: dal 1° maggio nuove limitazioni ai transiti notturni
- Speciale intermodale: i nuovi collegamenti Milano–Rotterdam
- Porto di Genova, traffico container +6% nel primo trimestre
- Eventi: LetExpo Verona, il programma

Leggi online: https://www.logisticaoggi.it/newsletter/2026-04-08
Disiscriviti: https://www.logisticaoggi.it/unsubscribe?u=8Kq2x91
"""), H("""<html><body style="margin:0;background:#eee;font-family:Georgia,serif"><table width="620" align="center" style="background:#fff">
<tr><td style="padding:16px;background:#003a63;color:#fff;font-size:24px">LogisticaOggi</td></tr>
<tr><td style="padding:18px"><h2 style="font-size:20px"><a href="https://click.logisticaoggi.it/c/8Kq2x91/brennero" style="color:#003a63">Brennero: dal 1° maggio nuove limitazioni ai transiti notturni</a></h2>
<img src="https://img.logisticaoggi.it/2026/04/brennero.jpg" width="580" alt="">
<p>Il Tirolo amplia il divieto di transito notturno per i mezzi pesanti. Cosa cambia per gli autotrasportatori italiani.</p>
<h3><a href="https://click.logisticaoggi.it/c/8Kq2x91/intermodale">Speciale intermodale: i nuovi collegamenti Milano–Rotterdam</a></h3>
<h3><a href="https://click.logisticaoggi.it/c/8Kq2x91/genova">Porto di Genova, traffico container +6% nel primo trimestre</a></h3></td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">Ricevi questa email perché sei iscritto alla newsletter di LogisticaOggi. <a href="https://www.logisticaoggi.it/unsubscribe?u=8Kq2x91">Disiscriviti</a><img src="https://click.logisticaoggi.it/o/8Kq2x91.gif" width="1" height="1"></td></tr></table></body></html>
""")], 'java'),
    mx=('mta12.mailup.it', 'mta12.mailup.it', '91.201.36.112'), rp='bounce-8Kq2x91@bounce.logisticaoggi.it',
    hdrs=[('List-Unsubscribe', '<https://www.logisticaoggi.it/unsubscribe?u=8Kq2x91>, <mailto:unsubscribe@logisticaoggi.it>'),
          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'), ('List-Id', 'LogisticaOggi <newsletter.logisticaoggi.it>')])

# ---- pl
add('business', 'pl', 'Invoice from the Polish logistics partner\'s accounting, PDF attached',
    ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl'), [('Paweł Wiśniewski', 'pawel.wisniewski@examplegroup.eu')],
    'Faktura VAT FV/2026/03/0187 – Partner Logistik Sp. z o.o.', (2026, 3, 31, 15, 8, 45), 'CET',
    MP('mixed', [T("""Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/03/0187 za usługi magazynowe i transportowe w marcu 2026 r.

Numer KSeF: 7781234567-20260331-1A2B3C4D5E6F-A1
Kwota brutto: 52 644,30 zł
Termin płatności: 30.04.2026

Faktura została również przesłana do Krajowego Systemu e-Faktur. Numer rachunku bez zmian (zgodny z białą listą).

Pozdrawiamy
Dział Księgowości
Partner Logistik Sp. z o.o. | ul. Głogowska 218, 60-104 Poznań
""", 'windows-1250', 'quoted-printable'),
        A(pdf(['Partner Logistik Sp. z o.o. - FAKTURA VAT FV/2026/03/0187', 'Nabywca: Example Group - oddział Poznań', 'Data wystawienia: 31.03.2026',
               'Usługi magazynowe 03/2026     28 140,00 zł netto', 'Transport krajowy 03/2026      14 660,00 zł netto',
               'Razem brutto: 52 644,30 zł', 'Rachunek: PKO BP 61 1020 4027 0000 1102 0345 6789'], 'FV/2026/03/0187', 'Partner Logistik'),
          'application/pdf', 'FV_2026_03_0187.pdf')], 'gen'),
    mx=PLOG, hcs='windows-1250', hmode='Q')

add('business', 'pl', 'Partner dispatcher urgently changing a delivery slot for tomorrow morning',
    ('Tomasz Zieliński', 't.zielinski@partner-logistik.pl'), [('Agnieszka Nowicka', 'agnieszka.nowicka@examplegroup.eu')],
    'PILNE: zmiana awizacji – rampa 4, jutro 6:00', (2026, 4, 13, 18, 22, 7), 'CET',
    T("""Pani Agnieszko,

przepraszam za późną informację – przewoźnik z Hamburga zgłosił, że kierowca będzie na miejscu wcześniej. Zmieniamy awizację dostawy (zlecenie PL-2026-0913, 22 palety) na jutro, 14.04., godz. 6:00, rampa 4 zamiast 9:00 rampa 2.

Numer rejestracyjny: HH-EG 4471, kierowca Marek Wójcik, tel. +48 601 224 918.

Proszę o potwierdzenie, czy magazyn będzie obsadzony o tej godzinie. Jeśli nie, przesuniemy rozładunek na 8:00.

Pozdrawiam
Tomasz Zieliński
Kierownik Spedycji | Partner Logistik Sp. z o.o.
tel. +48 61 855 20 00 | kom. +48 600 318 244
""", 'iso-8859-2', 'quoted-printable'),
    cc=[P('log_de')], mx=PLOG, hcs='iso-8859-2', hmode='Q', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Importance', 'high')])

add('business', 'pl', 'Pre-court payment reminder from the partner\'s accounting with statement PDF',
    ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl'), [('Paweł Wiśniewski', 'pawel.wisniewski@examplegroup.eu')],
    'Wezwanie do zapłaty – FV/2026/01/0042 (termin minął 15.02.2026)', (2026, 3, 9, 10, 2, 19), 'CET',
    MP('mixed', [T("""Szanowni Państwo,

uprzejmie przypominamy, że faktura FV/2026/01/0042 z dnia 31.01.2026 na kwotę 8 912,40 zł pozostaje nieopłacona (termin płatności: 15.02.2026).

Prosimy o uregulowanie należności w terminie 7 dni na rachunek wskazany na fakturze. Jeżeli płatność została już zrealizowana, prosimy o przesłanie potwierdzenia przelewu.

W załączeniu wezwanie do zapłaty oraz zestawienie.

Z poważaniem
Joanna Kaczmarek
Dział Księgowości
Partner Logistik Sp. z o.o. | tel. +48 61 855 20 10
""", 'utf-8', 'quoted-printable'),
        A(pdf(['Partner Logistik Sp. z o.o. - WEZWANIE DO ZAPŁATY', 'Dłużnik: Example Group - oddział Poznań', '',
               'FV/2026/01/0042 z 31.01.2026 - 8 912,40 zł - termin 15.02.2026', 'Termin zapłaty: 7 dni od otrzymania'],
              'Wezwanie do zapłaty', 'Partner Logistik'), 'application/pdf', 'Wezwanie_FV_2026_01_0042.pdf')], 'gen'),
    mx=PLOG)

add('business', 'pl', 'Internal HR note that annual tax forms are available in the employee portal',
    P('hr_pl'), 'poznan-wszyscy@examplegroup.eu', 'PIT-11 za 2025 r. – dostępne w portalu pracownika', (2026, 2, 20, 12, 30, 0), 'CET',
    T("""Dzień dobry,

informacje PIT-11 za 2025 r. są już dostępne w portalu pracownika: https://portal.examplegroup.eu/kadry (logowanie jak zwykle kontem firmowym).

Wersje papierowe otrzymają tylko osoby, które o to wnioskowały – do odbioru u mnie w pokoju 104 do 27.02.

Przypominam: nie wysyłamy PIT-ów ani danych płacowych mailem i nie prosimy o podawanie numerów kont w odpowiedzi na wiadomość. Zmiany rachunku do wynagrodzenia zgłaszamy wyłącznie na formularzu w portalu.

Pozdrawiam
Katarzyna Dąbrowska
Kadry i płace | Example Group – oddział Poznań
""", 'windows-1250', 'quoted-printable'),
    rcpt='pawel.wisniewski@examplegroup.eu', hcs='windows-1250', hmode='Q')

add('business', 'pl', 'Corporate-banking notification that a new payee was defined in the banking system',
    ('mBank CompanyNet', 'powiadomienia@mbank.pl'), [('Paweł Wiśniewski', 'pawel.wisniewski@examplegroup.eu')],
    'CompanyNet: zdefiniowano nowego kontrahenta', (2026, 3, 4, 11, 47, 2), 'CET',
    T("""Szanowni Państwo,

informujemy, że w systemie CompanyNet dla firmy EXAMPLE GROUP SP. Z O.O. zdefiniowano nowego kontrahenta:

Nazwa: DHL PARCEL POLSKA SP. Z O.O.
Rachunek: 40 1140 1010 0000 5544 3322 1100
Użytkownik: PWISNIEWSKI
Data: 04.03.2026 11:46

Jeśli nie rozpoznajesz tej operacji, skontaktuj się z mLinią: 801 273 273 lub +48 22 627 32 73.

Wiadomość wygenerowana automatycznie. mBank nigdy nie prosi o podanie hasła ani kodów w wiadomości e-mail.
mBank S.A., ul. Prosta 18, 00-850 Warszawa
""", 'iso-8859-2', 'quoted-printable'),
    mx=('mail-out3.mbank.pl', 'mail-out3.mbank.pl', '195.114.161.53'), hcs='iso-8859-2', hmode='Q', mid='mbank.pl')

add('business', 'pl', 'One-time security code e-mail for an online account, requested by the user',
    ('Zespół kont Microsoft', 'account-security-noreply@accountprotection.microsoft.com'), [('Agnieszka Nowicka', 'agnieszka.nowicka@examplegroup.eu')],
    'Kod zabezpieczający konta Microsoft', (2026, 1, 30, 8, 12, 55), 'CET',
    MP('alternative', [T("""Konto Microsoft

Kod zabezpieczający

Użyj następującego kodu zabezpieczającego dla konta Microsoft ag*****@examplegroup.eu.

Kod zabezpieczający: 482913

Jeśli nie rozpoznajesz konta Microsoft ag*****@examplegroup.eu, możesz kliknąć https://account.live.com/dp?ft=-DqV8c, aby usunąć adres e-mail z tego konta.

Dziękujemy,
Zespół kont Microsoft
"""), H("""<html><body style="font-family:'Segoe UI',Tahoma;font-size:14px;color:#2a2a2a"><table dir="ltr"><tr><td style="font-size:17px;color:#707070">Konto Microsoft</td></tr>
<tr><td style="font-size:41px;color:#2672ec">Kod zabezpieczający</td></tr><tr><td style="padding-top:25px">Użyj następującego kodu zabezpieczającego dla konta Microsoft <a dir="ltr" style="color:#2672ec" href="mailto:ag*****@examplegroup.eu">ag*****@examplegroup.eu</a>.</td></tr>
<tr><td style="padding-top:25px">Kod zabezpieczający: <span style="font-weight:bold">482913</span></td></tr>
<tr><td style="padding-top:25px">Jeśli nie rozpoznajesz konta Microsoft, możesz <a href="https://account.live.com/dp?ft=-DqV8c" style="color:#2672ec">kliknąć tutaj</a>, aby usunąć adres e-mail z tego konta.</td></tr>
<tr><td style="padding-top:25px">Dziękujemy,<br>Zespół kont Microsoft</td></tr></table></body></html>
""")], 'gen'),
    mx=('DM5PR21CU001.outbound.protection.outlook.com', 'mail-centralusazlp170110001.outbound.protection.outlook.com', '52.101.10.1'),
    rp='account-security-noreply@accountprotection.microsoft.com', mid='@accountprotection.microsoft.com')

# ---- el
add('business', 'el', 'Shipping agency arrival notice asking for urgent customs documents, PDF attached',
    ('Πειραϊκή Ναυτιλιακή Πρακτορεία – Operations', 'ops@peiraiki-agency.gr'), [('Δημήτρης Κωνσταντίνου', 'd.konstantinou@examplegroup.eu')],
    'Άφιξη MSC ARIANE 24/03 – Επείγοντα έγγραφα εκτελωνισμού', (2026, 3, 23, 9, 12, 30), 'EET',
    MP('mixed', [T("""Καλημέρα κ. Κωνσταντίνου,

σας ενημερώνουμε ότι το MSC ARIANE (voy. 612E) αναμένεται στον ΣΕΜΠΟ Πειραιά αύριο 24/03 στις 06:00. Τα δύο εμπορευματοκιβώτια σας (MSCU 4471820, MSCU 4471836) είναι στο manifest.

Για να προλάβουμε τον εκτελωνισμό πριν το Σαββατοκύριακο χρειαζόμαστε σήμερα έως τις 15:00:
- τιμολόγια αγοράς
- packing list
- πιστοποιητικό καταγωγής EUR.1

Σας επισυνάπτουμε την ειδοποίηση άφιξης.

Με εκτίμηση,
Γιώργος Αντωνίου
Operations – Πειραϊκή Ναυτιλιακή Πρακτορεία Α.Ε.
Ακτή Μιαούλη 47, 185 36 Πειραιάς | τηλ. 210 4290 100
""", 'iso-8859-7', 'quoted-printable'),
        A(pdf(['PEIRAIKI SHIPPING AGENCY S.A. - ARRIVAL NOTICE', 'Vessel: MSC ARIANE  voy. 612E', 'ETA Piraeus (PCT): 24/03/2026 06:00',
               'Consignee: Example Group - Piraeus branch', 'Containers: MSCU 4471820, MSCU 4471836 (2x40HC)',
               'Documents required: commercial invoice, packing list, EUR.1'], 'Arrival Notice', 'Peiraiki'),
          'application/pdf', 'Arrival_Notice_MSC_ARIANE_612E.pdf')], 'gen'),
    mx=('mail.peiraiki-agency.gr', 'mail.peiraiki-agency.gr', '94.70.241.18'), hcs='iso-8859-7', hmode='B', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

add('business', 'el', 'Internal message from the Greek country manager asking accounts to pay port charges today',
    P('cm_gr'), [P('acc_gr')], 'Επείγον: πληρωμή ΟΛΠ σήμερα', (2026, 4, 2, 10, 5, 41), 'EET',
    T("""Ελένη καλημέρα,

μπορείς σε παρακαλώ να περάσεις σήμερα την πληρωμή προς ΟΛΠ για τα λιμενικά τέλη του MSC ARIANE (παραστατικό 26-118904, 2.846,20 €); Αν δεν πληρωθεί μέχρι τις 14:00 δεν μας δίνουν την άδεια εξόδου για τα δύο κοντέινερ και θα πληρώσουμε επισταλία.

Τα στοιχεία είναι ίδια με την προηγούμενη φορά (πληρωμή μέσω του portal του ΟΛΠ). Ο Δημήτρης έχει το παραστατικό αν το χρειαστείς.

Ευχαριστώ,
Νίκος
""", 'utf-8', 'quoted-printable'),
    hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Importance', 'high')])

add('business', 'el', 'Tax-authority notification that a new act is available in the online mailbox',
    ('ΑΑΔΕ – Ψηφιακή Θυρίδα', 'noreply@aade.gr'), [('Ελένη Γεωργίου', 'e.georgiou@examplegroup.eu')],
    'Ενημέρωση για νέα πράξη στη Θυρίδα σας', (2026, 1, 22, 14, 40, 8), 'EET',
    T("""Αγαπητέ/ή χρήστη,

σας ενημερώνουμε ότι αναρτήθηκε νέα πράξη στην Ψηφιακή Θυρίδα της επιχείρησης με ΑΦΜ 80123****.

Για να τη δείτε συνδεθείτε στην ιστοσελίδα της ΑΑΔΕ (www.aade.gr) > myAADE > Θυρίδα, με τους κωδικούς Taxisnet.

Η ΑΑΔΕ δεν ζητά ποτέ κωδικούς ή τραπεζικά στοιχεία μέσω e-mail.

Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.
""", 'iso-8859-7', 'base64'),
    mx=('smtp2.aade.gr', 'smtp2.aade.gr', '195.167.109.22'), hcs='iso-8859-7', hmode='B', mid='aade.gr')

add('business', 'el', 'Purchase order from a Greek customer marked urgent, PDF attached',
    ('Αγγελική Μαυρίδου', 'a.mavridou@aigaio-logistics.gr'), [('Νίκος Παπαδόπουλος', 'n.papadopoulos@examplegroup.eu')],
    'Παραγγελία αγοράς PO-2026-0219 – επείγον', (2026, 2, 16, 12, 18, 5), 'EET',
    MP('mixed', [T("""Κύριε Παπαδόπουλε, καλησπέρα,

σας αποστέλλουμε την παραγγελία PO-2026-0219 για 40 τεμ. βιομηχανικά ράφια (προσφορά σας EG-GR-2026-031).

Θα θέλαμε, αν είναι δυνατόν, παράδοση στην αποθήκη μας στον Ασπρόπυργο έως 27/02. Παρακαλώ επιβεβαιώστε τη διαθεσιμότητα και την ημερομηνία παράδοσης.

Ευχαριστώ,
Αγγελική Μαυρίδου
Τμήμα Προμηθειών – Αιγαίο Logistics Α.Ε.
τηλ. 210 5590 212
""", 'windows-1253', 'quoted-printable'),
        A(pdf(['AIGAIO LOGISTICS S.A. - PURCHASE ORDER PO-2026-0219', 'Supplier: Example Group - Piraeus', 'Date: 16/02/2026',
               '40 pcs industrial shelving (quote EG-GR-2026-031)', 'Delivery: Aspropyrgos warehouse by 27/02/2026'], 'PO-2026-0219', 'Aigaio Logistics'),
          'application/pdf', 'PO-2026-0219.pdf')], 'gen'),
    mx=O365(44, 'eur02', 'vi1'), mid='VI1PR02MB5847.eurprd02.prod.outlook.com', hcs='windows-1253', hmode='B')

add('business', 'el', 'Bank notification of an incoming transfer credited to the company account',
    ('Τράπεζα Πειραιώς', 'alerts@piraeusbank.gr'), [('Ελένη Γεωργίου', 'e.georgiou@examplegroup.eu')],
    'Ειδοποίηση πίστωσης εισερχόμενου εμβάσματος', (2026, 3, 5, 11, 2, 33), 'EET',
    MP('alternative', [T("""Αγαπητέ πελάτη,

σας ενημερώνουμε ότι πιστώθηκε στον λογαριασμό σας ****4418 εισερχόμενο έμβασμα:

Εντολέας: AIGAIO LOGISTICS AE
Ποσό: 18.600,00 EUR
Αιτιολογία: PO-2026-0219
Ημερομηνία αξίας: 05/03/2026

Για λεπτομέρειες συνδεθείτε στο winbank μέσω της επίσημης εφαρμογής ή της ιστοσελίδας www.piraeusbank.gr.

Τράπεζα Πειραιώς
"""), H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body style="font-family:Arial;font-size:13px">
<div style="max-width:560px;margin:auto;border:1px solid #ddd"><div style="background:#ffd400;padding:10px 16px;font-weight:bold">Τράπεζα Πειραιώς</div><div style="padding:16px">
<p>Αγαπητέ πελάτη,</p><p>πιστώθηκε στον λογαριασμό σας ****4418 εισερχόμενο έμβασμα:</p>
<table style="font-size:13px"><tr><td>Εντολέας</td><td>AIGAIO LOGISTICS AE</td></tr><tr><td>Ποσό</td><td><b>18.600,00 EUR</b></td></tr><tr><td>Αιτιολογία</td><td>PO-2026-0219</td></tr></table>
<p style="font-size:11px;color:#777">Για λεπτομέρειες συνδεθείτε στο winbank μέσω της επίσημης εφαρμογής ή της ιστοσελίδας www.piraeusbank.gr.</p></div></div></body></html>
""", 'iso-8859-7', 'quoted-printable')], 'gen'),
    mx=('mailgw2.piraeusbank.gr', 'mailgw2.piraeusbank.gr', '195.97.7.42'), hcs='iso-8859-7', hmode='B')

# ---- es
add('business', 'es', 'Internal payroll note that monthly payslips are available in the employee portal',
    P('pay_es'), 'valencia-todos@examplegroup.eu', 'Nóminas de marzo disponibles en el Portal del Empleado', (2026, 3, 31, 12, 4, 16), 'CET',
    T("""Hola a todos:

Ya podéis descargar la nómina de marzo en el Portal del Empleado (https://portal.examplegroup.eu/nominas), con vuestro usuario habitual. La transferencia se ha ordenado hoy y llegará mañana 1 de abril.

Recordad que nunca os pediremos por correo que verifiquéis vuestra cuenta bancaria ni que introduzcáis la contraseña en otra página. Si recibís algo así, reenviádselo a Jens (it-security@example.com).

Un saludo,
Javier Martínez Soler
Administración y nóminas | Example Group Iberia
""", 'iso-8859-15', 'quoted-printable'),
    rcpt='lucia.fernandez@examplegroup.eu', hcs='iso-8859-15', hmode='Q')

add('business', 'es', 'Public-administration notice that a new electronic notification is available (no direct links)',
    ('Dirección Electrónica Habilitada única (DEHú)', 'no-reply@dehu.redsara.es'), [('Carmen Ruiz Navarro', 'carmen.ruiz@examplegroup.eu')],
    'Aviso de puesta a disposición de notificación', (2026, 2, 24, 8, 33, 12), 'CET',
    T("""Le informamos de que tiene una nueva notificación a su disposición en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP IBERIA S.L. (B98765432)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Comunicación de inicio de procedimiento de comprobación limitada

Puede acceder a la notificación a través de https://dehu.redsara.es con su certificado electrónico o Cl@ve.

La notificación se entenderá rechazada transcurridos diez días naturales desde su puesta a disposición sin que se acceda a su contenido.

Este es un mensaje automático, por favor no responda.
""", 'iso-8859-1', 'quoted-printable'),
    mx=('correo.redsara.es', 'correo.redsara.es', '176.58.116.4'), rp='no-reply@dehu.redsara.es', hcs='iso-8859-1', hmode='Q', mid='redsara.es')

add('business', 'es', 'Customer accounts department announcing its own new bank account, with bank certificate and a call-back number',
    ('Administración Cítricos del Turia', 'administracion@citricos-turia.es'), [('Lucía Fernández', 'lucia.fernandez@examplegroup.eu')],
    'Cambio de cuenta bancaria de Cítricos del Turia – certificado adjunto', (2026, 4, 10, 13, 27, 44), 'CET',
    MP('mixed', [T("""Hola Lucía:

Te escribo para informaros de que desde el 1 de mayo cambiamos de entidad bancaria (pasamos de Caixa Popular a Banco Sabadell). Solo afecta a los abonos que nos hagáis por devoluciones o rappels; vuestras facturas las seguimos pagando nosotros por transferencia como siempre.

Adjunto el certificado de titularidad emitido por el banco. Para vuestra tranquilidad, podéis confirmarlo llamando a nuestra centralita (96 154 22 10) y preguntando por mí.

Un saludo,
Rosa Llorens
Administración | Cítricos del Turia, S.A.
Polígono Fuente del Jarro, C/ Ciudad de Sevilla 12, 46988 Paterna
""", 'utf-8', 'quoted-printable'),
        A(pdf(['Banco Sabadell - Certificado de titularidad', '', 'Titular: CITRICOS DEL TURIA, S.A. (A46123456)', 'IBAN: ES12 0081 0216 7100 0123 4567',
               'Fecha: 08/04/2026'], 'Certificado titularidad', 'Banco Sabadell'), 'application/pdf', 'Certificado_titularidad_Sabadell.pdf')], 'gen'),
    mx=O365(73, 'eur01', 'am4'), mid='AM4PR01MB9921.eurprd01.prod.outlook.com')

SUSP = build(dict(folder='x', lang='es', desc='', frm=('Microsoft 365 – Cuarentena', 'quarantine@examplegroup.eu-m365.com'),
                  to=[('Lucía Fernández', 'lucia.fernandez@examplegroup.eu')], subject='Tiene 4 mensajes retenidos en cuarentena',
                  when=(2026, 4, 24, 7, 45, 22), zone='CET',
                  body=T("""Mensajes retenidos para lucia.fernandez@examplegroup.eu

Los siguientes mensajes se han retenido y se eliminarán en 3 días. Revisar y liberar:
https://examplegroup.eu-m365.com/quarantine/review?user=lucia.fernandez

Microsoft 365 Defender
"""), mx=('examplegroup.eu-m365.com', 'unknown', '194.169.175.36'), rp=None, cc=(), reply_to=None, mid=None, hdrs=(),
                  hcs='utf-8', hmode='B', pre=(), irt=None, refs=None, delay=4, rcpt=None), 'susp').replace(b'\r\n', b'\n')

add('business', 'es', 'Employee forwarding a suspicious message to IT as an attachment, asking whether it is genuine',
    P('sales_es'), [P('it')], 'RV: Tiene 4 mensajes retenidos en cuarentena – ¿es real?', (2026, 4, 24, 8, 2, 10), 'CET',
    MP('mixed', [T("""Hola Jens:

Me ha llegado esto esta mañana. No he pinchado en nada. ¿Es un aviso real de cuarentena o es phishing? Te lo adjunto tal cual.

Gracias,
Lucía

Lucía Fernández
Ventas | Example Group Iberia
""", 'iso-8859-1', 'quoted-printable'), RFC822(SUSP)], 'outlook'),
    hdrs=[('X-Mailer', 'Microsoft Outlook 16.0')])

add('business', 'es', 'Chamber-of-commerce events newsletter the company subscribed to',
    ('Cámara Valencia', 'comunicacion@camaravalencia.com'), [('Carmen Ruiz Navarro', 'carmen.ruiz@examplegroup.eu')],
    'Agenda Cámara Valencia | Jornada "Corredor Mediterráneo y logística 2026" y ayudas a la internacionalización', (2026, 3, 6, 9, 0, 5), 'CET',
    MP('alternative', [T("""Agenda Cámara Valencia – marzo 2026

- Jornada "Corredor Mediterráneo y logística 2026" – 19 de marzo, 9:30 h
- Programa Xpande Digital: nueva convocatoria de ayudas
- Taller: facturación electrónica obligatoria (Ley Crea y Crece)

Inscripciones: https://www.camaravalencia.com/es/agenda
Darse de baja: https://www.camaravalencia.com/baja?e=carmen.ruiz%40examplegroup.eu
"""), H("""<html><body style="margin:0;background:#f0f0f0;font-family:Arial"><table width="600" align="center" style="background:#fff">
<tr><td style="background:#c8102e;color:#fff;padding:14px;font-size:20px">Cámara Valencia · Agenda</td></tr>
<tr><td style="padding:18px;font-size:14px"><h3><a href="https://www.camaravalencia.com/es/agenda/corredor-mediterraneo-2026?utm_source=newsletter&amp;utm_medium=email" style="color:#c8102e">Jornada "Corredor Mediterráneo y logística 2026"</a></h3><p>19 de marzo, 9:30 h · Sede Cámara Valencia, C/ Jesús 19</p>
<h3><a href="https://www.camaravalencia.com/es/xpande-digital?utm_source=newsletter">Programa Xpande Digital: nueva convocatoria</a></h3>
<h3><a href="https://www.camaravalencia.com/es/formacion/factura-electronica?utm_source=newsletter">Taller: facturación electrónica obligatoria</a></h3></td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888">Recibe este correo como empresa asociada. <a href="https://www.camaravalencia.com/baja?e=carmen.ruiz%40examplegroup.eu">Darse de baja</a></td></tr></table></body></html>
""")], 'gen'),
    mx=('mail181-7.suw21.mandrillapp.com', 'mail181-7.suw21.mandrillapp.com', '198.2.181.7'), rp='bounce-md_30981244.67c91a25.v1-4f1e@mandrillapp.com',
    mid='mandrillapp.com', hdrs=[('List-Unsubscribe', '<https://www.camaravalencia.com/baja?e=carmen.ruiz%40examplegroup.eu>'), ('Precedence', 'bulk')])

# ---- en
add('business', 'en', 'Account-protection notice about an unusual sign-in on an online account, with the provider\'s own links',
    ('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'), [('James Whitfield', 'j.whitfield@example.com')],
    'Microsoft account unusual sign-in activity', (2026, 2, 2, 21, 40, 17), 'UK',
    MP('alternative', [T("""Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account ja*****@example.com.

Sign-in details
Country/region: Spain
IP address: 88.26.14.201
Date: 02/02/2026 21:36 (GMT)
Platform: iOS
Browser: Safari

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

Review recent activity: https://account.live.com/Activity

To opt out or change where you receive security notifications, click here: https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team
"""), H("""<html><body style="font-family:'Segoe UI',Tahoma;font-size:14px;color:#2a2a2a"><table><tr><td style="font-size:17px;color:#707070">Microsoft account</td></tr>
<tr><td style="font-size:41px;color:#e81123">Unusual sign-in activity</td></tr>
<tr><td style="padding-top:20px">We detected something unusual about a recent sign-in to the Microsoft account <a href="mailto:ja*****@example.com" style="color:#2672ec">ja*****@example.com</a>.</td></tr>
<tr><td style="padding-top:20px">Country/region: Spain<br>IP address: 88.26.14.201<br>Date: 02/02/2026 21:36 (GMT)<br>Platform: iOS<br>Browser: Safari</td></tr>
<tr><td style="padding-top:20px"><a href="https://account.live.com/Activity" style="background:#2672ec;color:#fff;padding:6px 20px;text-decoration:none">Review recent activity</a></td></tr>
<tr><td style="padding-top:20px">Thanks,<br>The Microsoft account team</td></tr></table></body></html>
""")], 'gen'),
    mx=('BN8PR05CU002.outbound.protection.outlook.com', 'mail-eastusazlp170120004.outbound.protection.outlook.com', '52.101.40.4'),
    mid='@accountprotection.microsoft.com')

add('business', 'en', 'E-signature service notice that a customer contract was completed by all parties',
    ('DocuSign via Harbourline Distribution Ltd', 'dse_NA4@docusign.net'), [('James Whitfield', 'j.whitfield@example.com')],
    'Completed: Harbourline – Example Group UK Framework Agreement 2026-2028', (2026, 3, 13, 16, 58, 31), '-0700',
    MP('alternative', [T("""All parties have completed Harbourline – Example Group UK Framework Agreement 2026-2028.

VIEW COMPLETED DOCUMENT: https://na4.docusign.net/Member/EmailStart.aspx?a=3b7d2e11-6c4f-4a83-9e2d-5f1a7c02b8e4&r=1f4c8d90-aa12-4e77-b1c3-2d9e6f0a7b51

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.
"""), H("""<html><body style="background:#eaeaea;font-family:Helvetica,Arial;padding:2%"><table width="100%" style="max-width:640px;margin:auto;background:#fff">
<tr><td style="padding:10px 24px"><img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116"></td></tr>
<tr><td style="background:#1e4ca1;padding:30px;color:#fff;text-align:center;font-size:16px">All parties have completed Harbourline – Example Group UK Framework Agreement 2026-2028.<br><br>
<a href="https://na4.docusign.net/Member/EmailStart.aspx?a=3b7d2e11-6c4f-4a83-9e2d-5f1a7c02b8e4&amp;r=1f4c8d90-aa12-4e77-b1c3-2d9e6f0a7b51" style="background:#fff;color:#1e4ca1;padding:8px 20px;text-decoration:none;font-weight:bold">VIEW COMPLETED DOCUMENT</a></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</td></tr></table></body></html>
""")], 'gen'),
    mx=('mailsea.docusign.net', 'mailsea.docusign.net', '209.67.98.59'), rp='bounces@docusign.net', mid='docusign.net',
    hdrs=[('X-DocuSign-EnvelopeID', '3B7D2E11-6C4F-4A83-9E2D-5F1A7C02B8E4')])

add('business', 'en', 'Internal message from the CEO asking her assistant to book urgent travel',
    P('ceo'), [P('ea_uk')], 'Urgent – travel to Piraeus next week', (2026, 4, 1, 19, 48, 3), 'CET',
    T("""Hi Priya,

sorry for the late request – I need to be in Piraeus on Tuesday and Wednesday next week (7–8 April) for the meeting with the port authority and Nikos' team. Could you please book:

- flight Hamburg–Athens Monday evening, return Wednesday evening (Lufthansa or Aegean, flexible fare)
- hotel in Piraeus or Kastella, 2 nights
- car transfer from the airport

Please use the company card as usual and put it on the Greece cost centre. Lena is off tomorrow, so it would be great if you could take care of it first thing. Nikos knows I'm coming.

Thanks a lot,
Katharina

Dr. Katharina Voss
CEO | Example Group
""", 'utf-8', 'quoted-printable'),
    cc=[P('ass')], hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Importance', 'high')])

ICS_OK = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16011028T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000009F4E1D7C2AB5DC01000000000000000010000000
DTSTAMP:20260326T113000Z
DTSTART;TZID=GMT Standard Time:20260414T140000
DTEND;TZID=GMT Standard Time:20260414T160000
SUMMARY:Q2 Board Review
ORGANIZER;CN="Priya Shah":mailto:p.shah@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Dr. Katharina Voss":mailto:k.voss@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Matthias Brandt":mailto:m.brandt@example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="James Whitfield":mailto:j.whitfield@example.com
LOCATION:Microsoft Teams Meeting / London office\\, Board Room
DESCRIPTION:Board pack will be shared in the Board SharePoint library on 10 April.\\n\\nMicrosoft Teams meeting\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NzQ1YTQtNmE2@thread.v2/0\\nMeeting ID: 381 227 640 915\\nPasscode: p7Xk2Q
SEQUENCE:0
STATUS:CONFIRMED
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""
add('business', 'en', 'Internal calendar invitation for a board meeting with a Teams join link',
    P('ea_uk'), [P('ceo'), P('cfo'), P('cm_uk')], 'Q2 Board Review', (2026, 3, 26, 11, 30, 0), 'UK',
    MP('alternative', [T("""Board pack will be shared in the Board SharePoint library on 10 April.

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NzQ1YTQtNmE2@thread.v2/0
Meeting ID: 381 227 640 915
Passcode: p7Xk2Q
________________________________________________________________________________
"""), T(ICS_OK, 'utf-8', 'base64', 'calendar', '; method=REQUEST')], 'outlook'),
    rcpt='m.brandt@example.com', hdrs=[('Content-Class', 'urn:content-classes:calendarmessage'), ('X-Mailer', 'Microsoft Outlook 16.0')])

add('business', 'en', 'Bank notification confirming a new payee was added on the business account',
    ('Barclays', 'noreply@email.barclays.co.uk'), [('James Whitfield', 'j.whitfield@example.com')],
    'A new payee has been added to your account', (2026, 1, 16, 10, 22, 48), 'UK',
    MP('alternative', [T("""Dear Mr Whitfield,

A new payee was added to your Barclays Business account ending 7730 on 16 January 2026 at 10:21.

Payee name: HARBOURLINE DISTRIBUTION LTD
Sort code: 20-**-**  Account: ****1184

If you made this change, you don't need to do anything. If you didn't, please call us straight away on 0345 605 2345 (the number on the back of your card).

We'll never ask you for your full PIN, passcode or to move money to a 'safe account'.

Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority. Registered in England. Registered No. 9740322.
"""), H("""<html><body style="font-family:Arial;font-size:14px;color:#333"><div style="max-width:600px;margin:auto">
<div style="background:#00395d;color:#fff;padding:14px;font-size:20px">Barclays</div><div style="padding:18px;border:1px solid #ddd">
<p>Dear Mr Whitfield,</p><p>A new payee was added to your Barclays Business account ending 7730 on 16 January 2026 at 10:21.</p>
<p>Payee name: <b>HARBOURLINE DISTRIBUTION LTD</b><br>Sort code: 20-**-** &nbsp;Account: ****1184</p>
<p>If you made this change, you don't need to do anything. If you didn't, please call us straight away on 0345 605 2345.</p>
<p style="font-size:11px;color:#777">We'll never ask you for your full PIN, passcode or to move money to a 'safe account'.</p></div></div></body></html>
""")], 'gen'),
    mx=('mta-84-19.email.barclays.co.uk', 'mta-84-19.email.barclays.co.uk', '13.111.84.19'), rp='bounce-73_HTML-8821447-19-1104@bounce.email.barclays.co.uk',
    mid='email.barclays.co.uk')

add('business', 'en', 'Freight-industry newsletter the recipient subscribed to, HTML with inline logo and tracking links',
    ('Freight Europe Weekly', 'editor@freighteuropeweekly.com'), [('Oliver Bennett', 'o.bennett@example.com')],
    'This week: Red Sea routings, EU ETS costs for shipping, and UK border checks', (2026, 4, 23, 7, 0, 0), 'UK',
    MP('related', [MP('alternative', [T("""FREIGHT EUROPE WEEKLY – 23 April 2026

1. Carriers extend Cape routings into Q3
2. EU ETS: what 70% surrender obligation means for your freight bill
3. UK Border Target Operating Model – next phase of checks

Read online: https://freighteuropeweekly.com/issues/2026-16
Manage preferences / unsubscribe: https://freighteuropeweekly.com/preferences?s=ob-55812
"""), H("""<html><body style="margin:0;background:#f4f4f4"><table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="padding:14px"><img src="cid:few-logo" width="160" height="40" alt="Freight Europe Weekly"></td></tr>
<tr><td style="padding:0 18px;font-size:14px"><h2><a href="https://link.freighteuropeweekly.com/ls/click?upn=ob-55812-1">Carriers extend Cape routings into Q3</a></h2><p>Major lines confirm Red Sea avoidance continues, with knock-on effects on Mediterranean feeder capacity.</p>
<h2><a href="https://link.freighteuropeweekly.com/ls/click?upn=ob-55812-2">EU ETS: the 70% surrender obligation and your freight bill</a></h2>
<h2><a href="https://link.freighteuropeweekly.com/ls/click?upn=ob-55812-3">UK border checks: the next phase</a></h2></td></tr>
<tr><td style="padding:14px;font-size:11px;color:#888">You are receiving this because you subscribed at freighteuropeweekly.com. <a href="https://freighteuropeweekly.com/preferences?s=ob-55812">Unsubscribe</a></td></tr></table></body></html>
""")], 'gen'), A(logo_png((0, 90, 160)), 'image/png', 'few-logo.png', disp='inline', cid='few-logo')], 'gen', params=';\n\ttype="multipart/alternative"'),
    mx=('o1.ptr4412.freighteuropeweekly.com', 'o1.ptr4412.freighteuropeweekly.com', '149.72.201.88'), rp='bounces+2219044-8f1a-o.bennett=example.com@em.freighteuropeweekly.com',
    mid='freighteuropeweekly.com', hdrs=[('List-Unsubscribe', '<https://freighteuropeweekly.com/preferences?s=ob-55812>'), ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')])

# ---- ru
add('business', 'ru', 'Internal message from the Russian country manager asking for customs duties to be paid today',
    P('cm_ru'), [P('acc_ru')], 'Срочно: оплата таможенных платежей сегодня', (2026, 3, 18, 11, 6, 52), 'MSK',
    T("""Ольга, добрый день!

Брокер сообщил, что по ДТ на партию стеллажей из Гамбурга (ДТ 10005020/170326/3041187) нужно сегодня до 16:00 внести таможенные платежи – 612 480 руб. на ЕЛС, иначе груз останется на СВХ до понедельника и будет хранение.

Реквизиты стандартные (Федеральное казначейство, единый лицевой счет), сумма в расчете от брокера, пересылаю его письмо отдельно.

Спасибо!
Андрей
""", 'koi8-r', 'quoted-printable'),
    hcs='koi8-r', hmode='B', hdrs=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Importance', 'high')])

add('business', 'ru', 'Reconciliation statement from a Russian carrier\'s accounting department, PDF attached',
    ('Левченко Марина', 'buh@tk-volga-trans.ru'), [('Ольга Морозова', 'o.morozova@examplegroup.eu')],
    'Акт сверки за I квартал 2026 г.', (2026, 4, 3, 14, 45, 10), 'MSK',
    MP('mixed', [T("""Ольга Викторовна, добрый день!

Направляю акт сверки взаиморасчетов за I квартал 2026 г. По нашим данным задолженности нет, сальдо на 31.03.2026 – 0,00 руб.

Прошу подписать и вернуть скан, оригиналы отправим через Диадок.

С уважением,
Марина Левченко
главный бухгалтер ООО «ТК Волга-Транс»
тел. +7 (495) 118-42-07
""", 'windows-1251', 'quoted-printable'),
        A(pdf(['OOO "TK Volga-Trans" - Akt sverki vzaimoraschetov', 'Period: 01.01.2026 - 31.03.2026', 'Kontragent: OOO "Example Group Rus"', '',
               'Saldo na 01.01.2026: 0,00', 'Oboroty: debet 1 284 600,00 / kredit 1 284 600,00', 'Saldo na 31.03.2026: 0,00 rub.'], 'Akt sverki', 'TK Volga-Trans'),
          'application/pdf', 'Акт_сверки_Q1_2026_ЭкзамплГруп.pdf')], 'gen'),
    mx=('forward102a.mail.yandex.net', 'forward102a.mail.yandex.net', '178.154.239.87'), hcs='windows-1251', hmode='B', mid='tk-volga-trans.ru',
    hdrs=[('X-Mailer', 'Yandex Mail')])

add('business', 'ru', 'Electronic-document-exchange notice that a counterparty sent a document',
    ('Контур.Диадок', 'noreply@diadoc.kontur.ru'), [('Ольга Морозова', 'o.morozova@examplegroup.eu')],
    'Новый документ от ООО «ТК Волга-Транс»', (2026, 2, 18, 12, 0, 41), 'MSK',
    MP('alternative', [T("""Здравствуйте!

В ящик ООО «ЭКЗАМПЛ ГРУП РУС» поступил документ от ООО «ТК Волга-Транс»:

УПД № 188 от 17.02.2026, сумма 428 200,00 руб.

Документ можно посмотреть и подписать в Диадоке: https://diadoc.kontur.ru

Отписаться от уведомлений можно в настройках ящика.
Контур.Диадок, АО «ПФ «СКБ Контур»
""", 'utf-8', 'base64'), H("""<html><body style="font-family:Arial;font-size:14px"><div style="max-width:560px;margin:auto;border:1px solid #e5e5e5;padding:18px">
<div style="color:#ef7f1a;font-weight:bold;font-size:18px">Диадок</div><p>В ящик ООО «ЭКЗАМПЛ ГРУП РУС» поступил документ от ООО «ТК Волга-Транс»:</p>
<p><b>УПД № 188 от 17.02.2026</b>, сумма 428 200,00 руб.</p><p><a href="https://diadoc.kontur.ru" style="color:#1a73e8">Открыть Диадок</a></p>
<p style="font-size:11px;color:#888">Отписаться от уведомлений можно в настройках ящика.</p></div></body></html>
""", 'utf-8', 'base64')], 'gen'),
    mx=('mx-out3.kontur.ru', 'mx-out3.kontur.ru', '46.17.200.53'), rp='bounce@diadoc.kontur.ru', mid='diadoc.kontur.ru')

add('business', 'ru', 'Internal accounts note to the Moscow office that payslips are ready',
    P('acc_ru'), 'moscow-staff@examplegroup.eu', 'Расчетные листки за март', (2026, 4, 1, 16, 20, 0), 'MSK',
    T("""Коллеги, добрый день!

Расчетные листки за март 2026 г. размещены в 1С:Кабинет сотрудника. Зарплата перечислена сегодня, поступит на карты до конца дня.

Напоминаю: изменения реквизитов для перечисления зарплаты принимаются только по письменному заявлению с подписью, по почте или в мессенджерах – нет.

Ольга Морозова
главный бухгалтер
""", 'windows-1251', 'quoted-printable'),
    rcpt='a.sokolov@examplegroup.eu', hcs='windows-1251', hmode='B')

add('business', 'ru', 'Bank currency-control request for supporting documents with a deadline',
    ('Райффайзенбанк – валютный контроль', 'vk@raiffeisen.ru'), [('Ольга Морозова', 'o.morozova@examplegroup.eu')],
    'Запрос документов валютного контроля – срок 3 рабочих дня', (2026, 1, 28, 10, 33, 26), 'MSK',
    MP('alternative', [T("""Уважаемый клиент!

По операции от 26.01.2026 на сумму 48 300,00 EUR (получатель EXAMPLE GROUP GMBH, Гамбург) для завершения валютного контроля необходимо представить:

- дополнительное соглашение к договору № EG-RU-2024/07
- счет (инвойс) № 2026-0114

Документы необходимо загрузить в интернет-банке Райффайзен Бизнес Онлайн (раздел "Валютный контроль") в течение 3 рабочих дней. Документы по электронной почте не принимаются.

АО «Райффайзенбанк»
""", 'utf-8', 'base64'), H("""<html><body style="font-family:Arial;font-size:14px"><div style="max-width:580px;margin:auto">
<div style="background:#fee600;padding:12px;font-weight:bold">Райффайзенбанк</div><div style="padding:16px;border:1px solid #ddd">
<p>Уважаемый клиент!</p><p>По операции от 26.01.2026 на сумму <b>48 300,00 EUR</b> для завершения валютного контроля необходимо представить:</p>
<ul><li>дополнительное соглашение к договору № EG-RU-2024/07</li><li>счет (инвойс) № 2026-0114</li></ul>
<p>Загрузите документы в Райффайзен Бизнес Онлайн (раздел "Валютный контроль") в течение <b>3 рабочих дней</b>. Документы по электронной почте не принимаются.</p></div></div></body></html>
""", 'utf-8', 'base64')], 'gen'),
    mx=('mx2.raiffeisen.ru', 'mx2.raiffeisen.ru', '217.74.248.26'), mid='raiffeisen.ru')

# ================================================================ output
LANGN = {'de': 'German', 'it': 'Italian', 'pl': 'Polish', 'el': 'Greek', 'es': 'Spanish', 'en': 'English', 'ru': 'Russian'}


def main():
    import os
    base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    man = ['# Blind e-mail test set – Example Group', '',
           'Company: **Example Group** – domains `example.com` and `examplegroup.eu`, about 700 mailboxes. '
           'HQ Hamburg (DE); offices in Milano (IT), Poznań (PL), Piraeus (GR), Valencia (ES), London (UK), Moscow (RU). '
           'Inbound MX: `mx01.example.com`; internal relay: `mail-int01.example.com` (10.20.0.25).', '',
           'Regular correspondents: Lieferant GmbH (s.maier@, p.lang@, rechnungen@lieferant-gmbh.de), '
           'Ferretti Trasporti (c.colombo@, amministrazione@ferretti-trasporti.it), '
           'Partner Logistik (t.zielinski@, ksiegowosc@partner-logistik.pl).', '',
           '## Staff', '', '| Name | Latin | Address | Office | Role |', '|---|---|---|---|---|']
    for k, n, lat, a, off, role in STAFF:
        man.append('| %s | %s | %s | %s | %s |' % (n, lat or n, a, off, role))
    stats = {}
    for folder in ('attack', 'business'):
        d = os.path.join(base, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        man += ['', '## %s/' % folder, '', '| File | Language | Description |', '|---|---|---|']
        for i, m in enumerate(MSGS[folder], 1):
            name = '%02d-%s.eml' % (i, m['lang'])
            raw = build(m, '%s/%s' % (folder, name))
            with open(os.path.join(d, name), 'wb') as fh:
                fh.write(raw)
            man.append('| %s | %s | %s |' % (name, LANGN[m['lang']], m['desc']))
            stats.setdefault(folder, {}).setdefault(m['lang'], 0)
            stats[folder][m['lang']] += 1
    with open(os.path.join(base, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(man) + '\n')
    with open(os.path.join(base, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for k, n, lat, a, off, role in STAFF:
            fh.write('%s=%s\n' % (n, a))
    for f, s in stats.items():
        print(f, sum(s.values()), s)


if __name__ == '__main__':
    main()
