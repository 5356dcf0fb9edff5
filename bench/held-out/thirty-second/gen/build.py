#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator of a blind e-mail evaluation set for Example Group.

Writes ../attack/*.eml, ../business/*.eml, ../MANIFEST.md and ../staff.txt
relative to the directory containing this script.  Python 3 standard library
only, no network, no unseeded randomness: two runs produce identical bytes.

All attachments standing in for malware are inert text placeholders.
"""
import base64
import datetime
import hashlib
import html as htmlmod
import io
import os
import quopri
import random
import re
import struct
import zipfile
import zlib
from email.header import Header
from email.utils import format_datetime

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------
# Identifiers with real check digits
# ---------------------------------------------------------------------------

def _n(s):
    return ''.join(str(int(c, 36)) for c in s)


def iban(cc, bban):
    bban = bban.upper()
    return '%s%02d%s' % (cc, 98 - int(_n(bban + cc + '00')) % 97, bban)


def iban_ok(i):
    return int(_n(i[4:] + i[:4])) % 97 == 1


def fi(i):
    """IBAN in print format (groups of four)."""
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))


def de_iban(blz, acct):
    return iban('DE', blz + acct.zfill(10))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def it_iban(abi, cab, conto):
    s = abi + cab + conto.zfill(12)
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        t += _IT_ODD[v] if i % 2 == 0 else v
    return iban('IT', chr(65 + t % 26) + s)          # CIN + ABI + CAB + conto


def _es_dc(s):
    d = 11 - sum(int(c) * w for c, w in zip(s, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return {11: 0, 10: 1}.get(d, d)


def es_iban(bank, branch, acct):
    return iban('ES', '%s%s%d%d%s' % (bank, branch, _es_dc('00' + bank + branch), _es_dc(acct), acct))


def pl_iban(bank7, acct16):
    s = sum(int(c) * w for c, w in zip(bank7, [3, 9, 7, 1, 3, 9, 7]))
    return iban('PL', bank7 + str((10 - s % 10) % 10) + acct16)   # sort code check digit


def gr_iban(bank, branch, acct):
    return iban('GR', bank + branch + acct.zfill(16))


def be_iban(bank3, acct7):
    c = int(bank3 + acct7) % 97 or 97                              # Belgian national check
    return iban('BE', '%s%s%02d' % (bank3, acct7, c))


def ru_account(bik, acct):
    """Russian 20-digit account: 'K' at position 9 is replaced by the control key."""
    for k in '0123456789':
        a = acct.replace('K', k)
        if sum(int(c) * w for c, w in zip(bik[-3:] + a, [7, 1, 3] * 8)) % 10 == 0:
            return a
    raise ValueError


def ru_ks_ok(bik, ks):
    return sum(int(c) * w for c, w in zip('0' + bik[4:6] + ks, [7, 1, 3] * 8)) % 10 == 0


def ru_rs_ok(bik, rs):
    return sum(int(c) * w for c, w in zip(bik[-3:] + rs, [7, 1, 3] * 8)) % 10 == 0


def inn10(d9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return d9 + str(sum(int(c) * x for c, x in zip(d9, w)) % 11 % 10)


def nip(d9):
    s = sum(int(c) * w for c, w in zip(d9, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
    if s == 10:
        raise ValueError(d9)
    return d9 + str(s)


def fmt_nip(n):
    return '%s-%s-%s-%s' % (n[:3], n[3:6], n[6:8], n[8:])


def piva(d10):
    s = 0
    for i, c in enumerate(d10):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        s += d
    return d10 + str((10 - s % 10) % 10)


def afm(d8):
    return d8 + str(sum(int(c) * 2 ** (8 - i) for i, c in enumerate(d8)) % 11 % 10)


def cif(letter, d7):
    a = sum(int(d7[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(d7[i]) * 2
        b += x // 10 + x % 10
    return letter + d7 + str((10 - (a + b) % 10) % 10)


def de_ustid(d8):
    p = 10
    for c in d8:
        s = (int(c) + p) % 10 or 10
        p = (2 * s) % 11
    return 'DE' + d8 + str((11 - p) % 10)


def gb_vat(d7):
    t = sum(int(c) * w for c, w in zip(d7, [8, 7, 6, 5, 4, 3, 2]))
    return 'GB %s %s %02d' % (d7[:3], d7[3:], (-t) % 97)


def ean13(d12):
    return d12 + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12)) % 10) % 10)


def iso6346(owner, serial):
    vals, v = {}, 10
    for ch in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ':
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    s = owner + serial
    tot = sum((vals[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(s))
    return '%s %s%d' % (owner, serial, tot % 11 % 10)


def s10(prefix, num8, cc):
    s = sum(int(a) * b for a, b in zip(num8, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    return '%s%s%d%s' % (prefix, num8, {10: 0, 11: 5}.get(c, c), cc)


def rf_ref(ref):
    return 'RF%02d%s' % (98 - int(_n(ref + 'RF00')) % 97, ref)


_B32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def btc_p2wpkh(seed):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = [ord(x) >> 5 for x in 'bc'] + [0] + [ord(x) & 31 for x in 'bc']
    pm = _polymod(hrp + data + [0] * 6) ^ 1
    return 'bc1' + ''.join(_B32[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


# ---------------------------------------------------------------------------
# QR code (byte mode, ECC level L, versions 2-5, mask 0) -- stdlib only
# ---------------------------------------------------------------------------

_QR = {2: (34, 10, [6, 18]), 3: (55, 15, [6, 22]), 4: (80, 20, [6, 26]), 5: (108, 26, [6, 30])}


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs(data, degree):
    div = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            div[j] = _gf_mul(div[j], root)
            if j + 1 < degree:
                div[j] ^= div[j + 1]
        root = _gf_mul(root, 2)
    res = [0] * degree
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, f)
    return res


def qr_matrix(text):
    raw = text.encode('utf-8')
    ver = next(v for v in sorted(_QR) if len(raw) + 2 <= _QR[v][0])
    ndata, necc, align = _QR[ver]
    size = 17 + 4 * ver
    bits = [0, 1, 0, 0] + [(len(raw) >> i) & 1 for i in range(7, -1, -1)]
    for b in raw:
        bits += [(b >> i) & 1 for i in range(7, -1, -1)]
    bits += [0] * min(4, ndata * 8 - len(bits))
    bits += [0] * (-len(bits) % 8)
    data = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(data) < ndata:
        data.append(pad)
        pad ^= 0xEC ^ 0x11
    code = data + _rs(data, necc)
    mod = [[False] * size for _ in range(size)]
    fn = [[False] * size for _ in range(size)]

    def setf(x, y, d):
        mod[y][x] = d
        fn[y][x] = True

    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    setf(x, y, max(abs(dx), abs(dy)) not in (2, 4))
    c = align[1]
    for dy in range(-2, 3):
        for dx in range(-2, 3):
            setf(c + dx, c + dy, max(abs(dx), abs(dy)) != 1)

    def fmt_bits(mask):
        d = (1 << 3) | mask                     # ECC level L = 01
        r = d
        for _ in range(10):
            r = (r << 1) ^ ((r >> 9) * 0x537)
        b = ((d << 10) | r) ^ 0x5412
        for i in range(6):
            setf(8, i, (b >> i) & 1)
        setf(8, 7, (b >> 6) & 1)
        setf(8, 8, (b >> 7) & 1)
        setf(7, 8, (b >> 8) & 1)
        for i in range(9, 15):
            setf(14 - i, 8, (b >> i) & 1)
        for i in range(8):
            setf(size - 1 - i, 8, (b >> i) & 1)
        for i in range(8, 15):
            setf(8, size - 15 + i, (b >> i) & 1)
        setf(8, size - 8, True)

    fmt_bits(0)
    i = 0
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                up = ((right + 1) & 2) == 0
                y = size - 1 - vert if up else vert
                if not fn[y][x] and i < len(code) * 8:
                    mod[y][x] = bool((code[i >> 3] >> (7 - (i & 7))) & 1)
                    i += 1
        right -= 2
    for y in range(size):
        for x in range(size):
            if not fn[y][x] and (x + y) % 2 == 0:
                mod[y][x] = not mod[y][x]
    fmt_bits(0)
    return [[bool(v) for v in row] for row in mod]


def png_from_matrix(m, scale=6, border=4):
    n = len(m)
    size = (n + 2 * border) * scale
    rows = []
    for y in range(size):
        my = y // scale - border
        row = bytearray([0])
        for x in range(size):
            mx = x // scale - border
            row.append(0 if (0 <= mx < n and 0 <= my < n and m[my][mx]) else 255)
        rows.append(bytes(row))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b''))


def qr_html_table(url, cell=5):
    m = qr_matrix(url)
    n = len(m)
    out = ['<table role="presentation" cellpadding="0" cellspacing="0" border="0" '
           'style="border-collapse:collapse;margin:8px 0;background:#ffffff;">']
    q = 4
    for y in range(-q, n + q):
        out.append('<tr>')
        for x in range(-q, n + q):
            d = 0 <= x < n and 0 <= y < n and m[y][x]
            out.append('<td width="%d" height="%d" style="width:%dpx;height:%dpx;padding:0;background:%s"></td>'
                       % (cell, cell, cell, cell, '#000000' if d else '#ffffff'))
        out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)


# ---------------------------------------------------------------------------
# Attachment generators (placeholders)
# ---------------------------------------------------------------------------

def _pdf_text(s):
    rep = {'\u0142': 'l', '\u0141': 'L', '\u2011': '-', '\u2212': '-'}
    out = []
    for ch in s:
        ch = rep.get(ch, ch)
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            import unicodedata
            base = unicodedata.normalize('NFKD', ch).encode('ascii', 'ignore').decode()
            out.append(base or '?')
    t = ''.join(out).encode('cp1252')
    return t.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def make_pdf(lines, title='Document', when='20261101090000', producer='Microsoft\xae Word f\xfcr Microsoft 365',
             qr=None, uri=None, author=''):
    """Small valid single-page PDF.  Text lines, optional QR drawing and URI link."""
    c = [b'BT', b'/F1 10 Tf', b'13 TL', b'56 790 Td']
    for i, line in enumerate(lines):
        if i == 0:
            c += [b'/F2 13 Tf', b'(' + _pdf_text(line) + b') Tj', b'/F1 10 Tf', b'T* T*']
        else:
            c.append(b'(' + _pdf_text(line) + b') Tj T*')
    c.append(b'ET')
    annots = ''
    if qr:
        m = qr_matrix(qr)
        n, sz, x0, y0 = len(m), 4, 56, 120
        c.append(b'0 0 0 rg')
        for y in range(n):
            for x in range(n):
                if m[y][x]:
                    c.append(('%d %d %d %d re f' % (x0 + x * sz, y0 + (n - 1 - y) * sz, sz, sz)).encode())
    if uri:
        annots = ' /Annots [7 0 R]'
    stream = b'\n'.join(c) + b'\n'
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> '
         '/Contents 6 0 R%s >>' % annots).encode(),
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
        b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'endstream',
    ]
    if uri:
        objs.append(b'<< /Type /Annot /Subtype /Link /Rect [50 100 400 300] /Border [0 0 0] /A << /S /URI /URI ('
                    + _pdf_text(uri) + b') >> >>')
    objs.append(b'<< /Title (' + _pdf_text(title) + b') /Author (' + _pdf_text(author) + b') /Producer ('
                + _pdf_text(producer) + b') /CreationDate (D:' + when.encode() + b"+01'00') >>")
    info = len(objs)
    out = io.BytesIO()
    out.write(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for k, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % k + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    fid = hashlib.md5(stream).hexdigest().upper()
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
              % (len(objs) + 1, info, fid.encode(), fid.encode(), xref))
    return out.getvalue()


INERT = ('INERT EVALUATION PLACEHOLDER\r\n'
         'This file stands in for a malicious payload in a mail-gateway test corpus.\r\n'
         'It contains no executable code. File name and container are what a real sample would use.\r\n')


def make_zip(files, dt=(2026, 11, 1, 9, 0, 0)):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16
            z.writestr(zi, data)
    return b.getvalue()


def phish_page(title, brand, color, heading, intro, fields, button, action, lang, email='', note=''):
    f = []
    for label, typ in fields:
        val = (' value="%s"' % email) if typ == 'email' and email else ''
        f.append('<label style="display:block;font-size:13px;color:#444;margin:14px 0 4px">%s</label>'
                 '<input type="%s" name="%s" required%s style="width:100%%;padding:9px;border:1px solid #8a8886;'
                 'font-size:15px;box-sizing:border-box">' % (htmlmod.escape(label), 'password' if typ == 'password'
                                                               else 'text', 'p' if typ == 'password' else 'u', val))
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">\n<meta name="viewport" '
            'content="width=device-width, initial-scale=1">\n<title>%s</title>\n<style>body{margin:0;background:#f2f2f2;'
            'font-family:"Segoe UI",Arial,sans-serif}.b{max-width:420px;margin:8vh auto;background:#fff;padding:40px 44px;'
            'box-shadow:0 2px 6px rgba(0,0,0,.2)}.h{font-weight:600;color:%s;font-size:15px;letter-spacing:.5px}'
            'h1{font-size:24px;font-weight:600;margin:18px 0 10px}p{font-size:14px;color:#333}'
            'button{margin-top:22px;background:%s;color:#fff;border:0;padding:10px 32px;font-size:15px}</style></head>\n'
            '<body><div class="b"><div class="h">%s</div><h1>%s</h1><p>%s</p>\n'
            '<form method="post" action="%s">%s\n<button type="submit">%s</button></form>\n<p style="font-size:12px;'
            'color:#777;margin-top:26px">%s</p></div>\n'
            '<!-- INERT PLACEHOLDER: real kits post the form via obfuscated JavaScript to a Telegram bot or PHP '
            'collector; that code is omitted in this evaluation corpus. -->\n</body></html>\n'
            % (lang, htmlmod.escape(title), color, color, htmlmod.escape(brand), htmlmod.escape(heading),
               htmlmod.escape(intro), action, '\n'.join(f), htmlmod.escape(button), htmlmod.escape(note)))


def att(fn, ct, data, cid=None):
    return dict(fn=fn, ct=ct, data=data, cid=cid)


def pdf_att(fn, lines, **kw):
    return att(fn, 'application/pdf', make_pdf(lines, title=kw.pop('title', fn[:-4]), **kw))


# ---------------------------------------------------------------------------
# Text and header encoding
# ---------------------------------------------------------------------------

FALLBACK = {'\u20ac': 'EUR', '\u00ab': '"', '\u00bb': '"', '\u201e': '"', '\u201c': '"', '\u201d': '"',
            '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2013': '-', '\u2014': '-', '\u2026': '...',
            '\u2116': 'N', '\u00a0': ' ', '\u2022': '*', '\u2264': '<=', '\u2192': '->', '\u25b6': '>'}


def enc(text, cs):
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in FALLBACK:
                raise ValueError('%r not encodable in %s' % (ch, cs))
            out.append(FALLBACK[ch])
    return ''.join(out).encode(cs)


def hval(name, s, cs):
    if all(ord(c) < 128 for c in s):
        return s
    s2 = enc(s, cs).decode(cs)
    return Header(s2, cs, maxlinelen=76, header_name=name).encode()


def addr(name, a, cs):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[()<>@,;:\\".\[\]|]', name):
            name = '"%s"' % name.replace('"', '\\"')
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (hval('From', name, cs), a)


def fold_addrs(hname, items):
    line = hname + ': '
    out = []
    cur = line
    for k, it in enumerate(items):
        piece = it + (',' if k < len(items) - 1 else '')
        if len(cur) + len(piece) > 76 and cur.strip() != hname + ':':
            out.append(cur.rstrip())
            cur = ' '
        cur += piece + ' '
    out.append(cur.rstrip())
    return '\n'.join(out)


_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def tz(h):
    return datetime.timezone(datetime.timedelta(hours=h))


CET = tz(1)
UTC = tz(0)


def postfix_date(dt):
    dt = dt.astimezone(CET)
    return '%s, %2d %s %d %02d:%02d:%02d +0100 (CET)' % (_DAYS[dt.weekday()], dt.day, _MON[dt.month - 1], dt.year,
                                                          dt.hour, dt.minute, dt.second)


def D(s, h):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tz(h))


# ---------------------------------------------------------------------------
# IDs, boundaries
# ---------------------------------------------------------------------------

HEX = '0123456789abcdef'
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
B64C = ALNUM + '+_-='


def rnd(seed):
    return random.Random(hashlib.sha256(seed.encode()).hexdigest())


def rs(r, n, alphabet):
    return ''.join(r.choice(alphabet) for _ in range(n))


def uuid_s(r, upper=False):
    h = rs(r, 32, HEX)
    u = '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], r.choice('89ab'), h[17:20], h[20:])
    return u.upper() if upper else u


def make_mid(style, seed, dom, when):
    r = rnd('mid' + seed)
    ts = int(when.timestamp())
    if style == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (r.choice('BDFGHJKLMNPRSTUVWXYZ'), rs(r, 50, B64C))
    if style == 'o365':
        srv = dom.split('.')[0]
        return '<%s%s@%s>' % (srv, rs(r, 24, '0123456789ABCDEF'), dom)
    if style == 'exch':
        return '<%s@%s>' % (rs(r, 32, HEX), dom)
    if style == 'tb':
        return '<%s@%s>' % (uuid_s(r), dom)
    if style == 'apple':
        return '<%s@%s>' % (uuid_s(r, True), dom)
    if style == 'php':
        return '<%s@%s>' % (rs(r, 43, ALNUM), dom)
    if style == 'yandex':
        return '<%d%06d@mail.yandex.ru>' % (ts % 10 ** 10, r.randrange(10 ** 6))
    if style == 'mailru':
        return '<%d.%09d@%s>' % (ts, r.randrange(10 ** 9), dom)
    if style == 'gmx':
        return '<trinity-%s-%d%03d@3c-app-gmx-bs%02d>' % (uuid_s(r), ts, r.randrange(1000), r.randrange(1, 80))
    if style == 'ses':
        return '<0102019%s-%s-000000@%s>' % (rs(r, 9, HEX), uuid_s(r), dom)
    if style == 'sg':
        return '<%s@geopod-ismtpd-%d>' % (rs(r, 22, ALNUM + '-_'), r.randrange(1, 40))
    if style == 'mc':
        return '<%s.%s@%s>' % (rs(r, 20, HEX), rs(r, 6, HEX), dom)
    return '<%d.%s@%s>' % (ts, rs(r, 12, HEX).upper(), dom)


def boundary(style, seed, level):
    r = rnd('b%s%d' % (seed, level))
    if style in ('o365', 'exch'):
        return '_%03d_%s_' % ((0, 4, 6)[level % 3], rs(r, 40, '0123456789ABCDEF'))
    if style == 'gmail':
        return '000000000000' + rs(r, 12, HEX)
    if style == 'tb':
        return '------------' + rs(r, 24, ALNUM)
    if style == 'apple':
        return 'Apple-Mail=_' + uuid_s(r, True)
    if style == 'php':
        return 'b1=_' + rs(r, 42, ALNUM)
    if style == 'msold':
        return '----=_NextPart_%03d_%04X_01DD%s.%s' % (level, r.randrange(65536), rs(r, 4, '0123456789ABCDEF'),
                                                      rs(r, 8, '0123456789ABCDEF'))
    return '----=_Part_%d_%d.%d' % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9),
                                    r.randrange(10 ** 12, 10 ** 13))


def qid(seed):
    r = rnd('q' + seed)
    return '4' + rs(r, 1, 'BCDFGHJKLMNPQRSTVWXYZ') + rs(r, 12, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')


# ---------------------------------------------------------------------------
# HTML rendering of the light markup used in message bodies
#   [[label|url]]   link      [[!label|url]]  button
#   [[IMG|cid]]     inline image           [[QR|url]]      HTML-table QR code
# ---------------------------------------------------------------------------

TOKEN = re.compile(r'\[\[(.+?)\|(.+?)\]\]')
URLRE = re.compile(r'(https?://[^\s<>"]+[^\s<>".,;:)])')


def to_plain(text):
    def r(m):
        a, b = m.group(1), m.group(2)
        if a in ('IMG', 'QR'):
            return ''
        if a.startswith('!'):
            return '%s: %s' % (a[1:], b)
        if a == b:
            return b
        return '%s <%s>' % (a, b)
    return TOKEN.sub(r, text)


def inline_html(text, color):
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        seg = htmlmod.escape(text[pos:m.start()], quote=False)
        out.append(URLRE.sub(r'<a href="\1">\1</a>', seg))
        a, b = m.group(1), m.group(2)
        if a == 'IMG':
            out.append('<img src="cid:%s" width="174" height="174" alt="QR" style="display:block;border:0">' % b)
        elif a == 'QR':
            out.append(qr_html_table(b))
        elif a.startswith('!'):
            out.append('<a href="%s" target="_blank" style="display:inline-block;background:%s;color:#ffffff;'
                       'padding:11px 26px;font-weight:bold;text-decoration:none;border-radius:3px">%s</a>'
                       % (htmlmod.escape(b), color, htmlmod.escape(a[1:])))
        else:
            out.append('<a href="%s" target="_blank">%s</a>' % (htmlmod.escape(b), htmlmod.escape(a)))
        pos = m.end()
    seg = htmlmod.escape(text[pos:], quote=False)
    out.append(URLRE.sub(r'<a href="\1">\1</a>', seg))
    return ''.join(out)


OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
'''


def render_html(text, tpl, cs, lang, subject):
    kind = tpl[0] if isinstance(tpl, tuple) else tpl
    if kind == 'outlook':
        body = []
        for line in inline_html(text, '#0F6CBD').split('\n'):
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % line if line.strip()
                        else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return OUTLOOK_HEAD % (cs, lang.upper()) + '\n'.join(body) + '\n</div>\n</body>\n</html>\n'
    if kind == 'gmail':
        body = []
        for line in inline_html(text, '#1a73e8').split('\n'):
            body.append('<div>%s</div>' % line if line.strip() else '<div><br></div>')
        return '<div dir="ltr">' + ''.join(body) + '</div>\n'
    # branded bulk/transactional layout
    _, color, brand, footer = tpl
    paras = inline_html(text, color).split('\n\n')
    ps = []
    for p in paras:
        ps.append('<p style="margin:0 0 14px 0;">%s</p>' % p.replace('\n', '<br>\n'))
    foot = inline_html(footer, color).replace('\n', '<br>\n')
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f2f4f6;">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f4f6;">'
            '<tr><td align="center" style="padding:24px 12px;">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;'
            'background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#222222;">\n'
            '<tr><td style="background:%s;padding:18px 28px;color:#ffffff;font-size:19px;font-weight:bold;">%s</td></tr>\n'
            '<tr><td style="padding:28px 28px 14px 28px;">\n%s\n</td></tr>\n'
            '<tr><td style="padding:16px 28px;background:#f7f7f7;color:#777777;font-size:11px;line-height:16px;">%s</td></tr>\n'
            '</table>\n</td></tr></table>\n</body>\n</html>\n'
            % (lang, cs, htmlmod.escape(subject), color, htmlmod.escape(brand), '\n'.join(ps), foot))


# ---------------------------------------------------------------------------
# MIME assembly
# ---------------------------------------------------------------------------

def b64lines(data):
    return base64.encodebytes(data)


def leaf_text(text, sub, cs, cte):
    data = enc(text, cs)
    if cte == 'quoted-printable':
        body = quopri.encodestring(data)
    elif cte == 'base64':
        body = b64lines(data)
    else:
        if cte == '7bit':
            data.decode('ascii')
        body = data
    if not body.endswith(b'\n'):
        body += b'\n'
    return (['Content-Type: text/%s; charset="%s"' % (sub, cs), 'Content-Transfer-Encoding: %s' % cte], body)


def _fname_params(fn):
    if all(ord(c) < 128 for c in fn):
        return 'name="%s"' % fn, 'filename="%s"' % fn
    ew = Header(fn, 'utf-8').encode().replace('\n', '')
    pct = ''.join(c if (c.isascii() and (c.isalnum() or c in '._-')) else
                  ''.join('%%%02X' % b for b in c.encode('utf-8')) for c in fn)
    return 'name="%s"' % ew, "filename*=utf-8''%s" % pct


def leaf_att(a, style, when):
    np_, fp = _fname_params(a['fn'])
    h = ['Content-Type: %s;\n\t%s' % (a['ct'], np_)]
    if style in ('o365', 'exch'):
        h.insert(0, 'Content-Description: %s' % hval('Content-Description', a['fn'], 'utf-8'))
    if a.get('cid'):
        h.append('Content-Disposition: inline;\n\t%s' % fp)
        h.append('Content-ID: <%s>' % a['cid'])
    elif style in ('o365', 'exch'):
        ds = format_datetime(when.astimezone(UTC).replace(tzinfo=None)) + ' GMT'
        h.append('Content-Disposition: attachment;\n\t%s; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"'
                 % (fp, len(a['data']), ds, ds))
    else:
        h.append('Content-Disposition: attachment;\n\t%s' % fp)
    h.append('Content-Transfer-Encoding: base64')
    return (h, b64lines(a['data']))


def multipart(sub, parts, bnd, extra='', preamble=b''):
    h = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, extra, bnd)]
    out = preamble
    for ph, pb in parts:
        out += ('--%s\n' % bnd).encode() + '\n'.join(ph).encode() + b'\n\n' + pb
        if not pb.endswith(b'\n'):
            out += b'\n'
        out += b'\n'
    out += ('--%s--\n' % bnd).encode()
    return (h, out)


# ---------------------------------------------------------------------------
# Staff, correspondents
# ---------------------------------------------------------------------------

STAFF = [
    # key, name, address, role, office
    ('brandt', 'Markus Brandt', 'markus.brandt@example.com', 'Chief Executive Officer', 'HQ Mannheim (DE)'),
    ('weber', 'Claudia Weber', 'claudia.weber@example.com', 'Chief Financial Officer', 'HQ Mannheim (DE)'),
    ('schmidt', 'Anna Schmidt', 'anna.schmidt@example.com', 'Accounts Payable (Kreditorenbuchhaltung)', 'HQ Mannheim (DE)'),
    ('krueger', 'Sabine Krüger', 'sabine.krueger@example.com', 'HR Manager / Payroll', 'HQ Mannheim (DE)'),
    ('hoffmann', 'Jens Hoffmann', 'jens.hoffmann@example.com', 'Head of IT', 'HQ Mannheim (DE)'),
    ('richter', 'Thomas Richter', 'thomas.richter@example.com', 'IT Systems Administrator', 'HQ Mannheim (DE)'),
    ('schulz', 'Petra Schulz', 'petra.schulz@example.com', 'Office Manager HQ / Assistant to the CEO', 'HQ Mannheim (DE)'),
    ('wagner', 'Tobias Wagner', 'tobias.wagner@example.com', 'Sales Director DACH (Key Accounts)', 'HQ Mannheim (DE)'),
    ('neumann', 'Katrin Neumann', 'katrin.neumann@example.com', 'Quality Manager (IFS/BRCGS, HACCP)', 'HQ Mannheim (DE)'),
    ('lang', 'Felix Lang', 'felix.lang@example.com', 'Export, Customs & Excise', 'HQ Mannheim (DE)'),
    ('becker', 'Miriam Becker', 'miriam.becker@example.com', 'Purchasing (packaging, logistics)', 'HQ Mannheim (DE)'),
    ('fischer', 'Laura Fischer', 'laura.fischer@examplegroup.eu', 'Marketing & Communications', 'HQ Mannheim (DE)'),
    ('romano', 'Giulia Romano', 'giulia.romano@example.com', 'Office Manager Italy', 'Parma (IT)'),
    ('bianchi', 'Luca Bianchi', 'luca.bianchi@example.com', 'Accounting Italy', 'Parma (IT)'),
    ('esposito', 'Francesca Esposito', 'francesca.esposito@example.com', 'Sourcing olive oil & wine', 'Parma (IT)'),
    ('nowak', 'Agnieszka Nowak', 'agnieszka.nowak@example.com', 'Office Manager & Accounting Poland', 'Poznań (PL)'),
    ('kowalczyk', 'Piotr Kowalczyk', 'piotr.kowalczyk@example.com', 'Logistics & Sales Poland', 'Poznań (PL)'),
    ('fernandez', 'Lucía Fernández', 'lucia.fernandez@example.com', 'Office Manager Spain / olive-oil purchasing', 'Madrid (ES)'),
    ('martin', 'Javier Martín', 'javier.martin@example.com', 'Accounting Spain', 'Madrid (ES)'),
    ('papadopoulou', 'Eleni Papadopoulou', 'eleni.papadopoulou@examplegroup.eu', 'Office Manager Greece', 'Thessaloniki (GR)'),
    ('georgiou', 'Nikos Georgiou', 'nikos.georgiou@examplegroup.eu', 'Accounting Greece', 'Thessaloniki (GR)'),
    ('whitfield', 'James Whitfield', 'james.whitfield@example.com', 'Sales Manager UK', 'London (UK)'),
    ('collins', 'Sarah Collins', 'sarah.collins@example.com', 'Finance UK', 'London (UK)'),
    ('smirnova', 'Olga Smirnova', 'olga.smirnova@examplegroup.eu', 'Office Manager Russia', 'Moscow (RU)'),
    ('volkov', 'Dmitry Volkov', 'dmitry.volkov@examplegroup.eu', 'Chief Accountant Russia', 'Moscow (RU)'),
]
S = {k: (n, a) for k, n, a, _, _ in STAFF}
OURS = ('@example.com', '@examplegroup.eu')

CORRESPONDENTS = [
    ('Lieferant GmbH, Bielefeld (DE)', 'glass/packaging supplier', 'Stefan Maier <s.maier@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>'),
    ('Ferretti Trasporti S.p.A., Fidenza (IT)', 'cold-chain road haulier', 'Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>'),
    ('Partner Logistik sp. z o.o., Tarnowo Podgórne (PL)', 'chilled warehousing & distribution', 'Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>'),
    ('Harbour Foods Ltd, Bristol (UK)', 'customer (UK distributor)', 'Oliver Grant <oliver.grant@harbourfoods.co.uk>, Rachel Moore <rachel.moore@harbourfoods.co.uk>'),
    ('Nordmarkt Handels GmbH, Neumünster (DE)', 'customer (supermarket chain)', 'Jana Köhler <jana.koehler@nordmarkt-handel.de>'),
    ('Supermercati Delizia S.r.l., Reggio Emilia (IT)', 'customer (supermarket chain)', 'Marco Gallo <m.gallo@supermercatidelizia.it>'),
    ('Delikatesy Mazur sp. j., Olsztyn (PL)', 'customer (regional chain)', 'Joanna Wiśniewska <j.wisniewska@delikatesymazur.pl>'),
    ('Supermercados Sol de Levante S.A., Riba-roja (ES)', 'customer (supermarket chain)', 'Patricia Navarro <pnavarro@solevante.es>'),
    ('Υπεραγορές Αιγαίο Α.Ε., Rhodes (GR)', 'customer (supermarket chain)', 'Μαρία Κωνσταντίνου <m.konstantinou@aigaio-market.gr>'),
    ('ООО «Вкусный Дом», Moscow (RU)', 'customer (distributor)', 'Ирина Соколова <i.sokolova@vkusnydom.ru>'),
    ('S. Coop. And. Olivarera San Isidro, Martos (ES)', 'olive-oil supplier (farm cooperative)', 'Manuel Ortega <administracion@coopsanisidro.es>'),
    ('Ένωση Αγροτικών Συνεταιρισμών Μεσσηνίας, Kalamata (GR)', 'olive-oil supplier (cooperative union)', 'Γιώργος Αντωνόπουλος <logistirio@easmessinias.gr>'),
    ('Thames Reefer Logistics Ltd, Tilbury (UK)', 'UK haulier (bills via Xero)', '<creditcontrol@thamesreefer.co.uk>'),
    ('Transportes Frigoríficos Segura, Jaén (ES)', 'Spanish reefer haulier (mentioned only)', '-'),
]

# ---------------------------------------------------------------------------
# Bank accounts and registration numbers (all check digits computed)
# ---------------------------------------------------------------------------

EXG_DE = de_iban('67040031', '0412345600')                       # Example Group GmbH, Commerzbank Mannheim
LIEF_SPK = de_iban('48050161', '0067203418')                     # Lieferant GmbH, Sparkasse Bielefeld (genuine, 2026)
LIEF_DB = de_iban('48070020', '0225519300')                      # Lieferant GmbH, Deutsche Bank Bielefeld (genuine from 2027)
FRAUD_LT = iban('LT', '32500' + '07413358201')                  # factoring "trust account" (fraud)
FRAUD_N26 = de_iban('10011001', '2734519836')                    # payroll diversion (fraud)
FERR_BPM = it_iban('05034', '65730', '000000004127')             # Ferretti genuine (Banco BPM)
FERR_SELLA = it_iban('03268', '01600', '052871349120')           # Ferretti look-alike (fraud)
PL_PKO = pl_iban('1020404', '0000270201588431')                  # Partner Logistik genuine, PKO BP (until 30.11.)
PL_MBANK = pl_iban('1140200', '4000330277104518')                # Partner Logistik genuine, mBank (from 1.12.)
PL_ALIOR = pl_iban('2490000', '5000400083196627')                # Partner Logistik look-alike (fraud)
ES_CRJ = es_iban('3067', '0101', '2412345678')                   # Coop San Isidro genuine (Caja Rural de Jaén)
ES_BBVA = es_iban('0182', '5472', '0201504822')                  # Coop San Isidro fraud (BBVA)
GR_PIR = gr_iban('017', '0314', '0000314012345678')             # Messinia union genuine (Piraeus)
FRAUD_WISE = be_iban('967', '5431208')                           # Messinia look-alike (Wise BE)
FRAUD_CY = iban('CY', '002' + '00123' + '0000001200527600')     # Greek internal BEC (Cyprus)
GB_TRL = iban('GB', 'BARC' + '203253' + '73018452')             # Thames Reefer genuine (Barclays)
FRAUD_GB = iban('GB', 'CLRB' + '040053' + '62194408')           # GS1 impersonation (fraud)

ALL_IBANS = [EXG_DE, LIEF_SPK, LIEF_DB, FRAUD_LT, FRAUD_N26, FERR_BPM, FERR_SELLA, PL_PKO, PL_MBANK, PL_ALIOR,
             ES_CRJ, ES_BBVA, GR_PIR, FRAUD_WISE, FRAUD_CY, GB_TRL, FRAUD_GB]

RU_ALFA_BIK, RU_ALFA_KS = '044525593', '30101810200000000593'
RU_SBER_BIK, RU_SBER_KS = '044525225', '30101810400000000225'
RU_TB_BIK, RU_TB_KS = '044525974', '30101810145250000974'
RU_EXG_RS = ru_account(RU_ALFA_BIK, '40702810K01300041882')      # ООО «Экзампл Груп Рус»
RU_VD_RS = ru_account(RU_SBER_BIK, '40702810K38000117264')       # ООО «Вкусный Дом»
RU_STL_RS = ru_account(RU_TB_BIK, '40702810K10001573391')        # СеверТрансЛогистик fraud (T-Bank)
INN_EXG, INN_VD, INN_STL = inn10('770512348'), inn10('772498765'), inn10('500314276')

NIP_EXG, NIP_PARTNER = nip('778142963'), nip('777315862')
PIVA_EXG, PIVA_FERR = piva('0281537034'), piva('0194387034')
CIF_EXG, CIF_COOP = cif('B', '8654213'), cif('F', '2301847')
AFM_EXG, AFM_EAS = afm('80142736'), afm('09061524')
USTID_EXG, USTID_LIEF = de_ustid('81473920'), de_ustid('12604718')
VAT_UK = gb_vat('3318420')
BTC = btc_p2wpkh('audit31-extortion')
CONT_A10 = iso6346('MSKU', '884127')
CONT_B14 = iso6346('MRKU', '441826')
S10_A23 = s10('RR', '18442271', 'PL')
EAN_B28 = ean13('842601234567')
RF_B33 = rf_ref('8012473619260115')
KSEF_B21 = '%s-20261105-%s-%s' % (NIP_PARTNER, '4A1F0C93B27E', '5D')

MSGS = []


def msg(**kw):
    MSGS.append(kw)


# ---------------------------------------------------------------------------
# Sending infrastructure presets: (helo, rdns, ip)
# ---------------------------------------------------------------------------

def gmail_host(pool, n):
    net = {'wr1': '209.85.221', 'ej1': '209.85.218', 'ed1': '209.85.208', 'lf1': '209.85.167', 'wm1': '209.85.128'}
    h = 'mail-%s-f%d.google.com' % (pool, n)
    return (h, h, '%s.%d' % (net[pool], n))


def o365_host(region, pod, n, ip, consumer=False):
    helo = '%s-%s-obe.outbound.protection.outlook.com' % (region, pod)
    rd = 'mail-%s%son%d.outbound.protection.outlook.com' % (pod.lower(), region.lower(), n) if not consumer else \
        'mail-%s%solkn%d.outbound.protection.outlook.com' % (pod.lower(), region.lower(), n)
    return (helo, rd, ip)


INT = ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25')


def up_o365(host, mapi='15.20.9366.012'):
    r = rnd(host)
    v6 = 'fe80::%s:%s:%s:%s' % (rs(r, 4, HEX), rs(r, 4, HEX), rs(r, 4, HEX), rs(r, 4, HEX))
    return ('Received: from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id %s;\n %%U%%'
            % (host, v6, host, v6, r.randrange(2, 9), mapi))


def up_gmail_smtp(pool, n):
    r = rnd('g%s%d' % (pool, n))
    return ('Received: by mail-%s-f%d.google.com with SMTP id %s-%s%sso%d%s.%d\n        for <%%R%%>; %%P%%'
            % (pool, n, rs(r, 4, HEX) + rs(r, 4, HEX), rs(r, 12, HEX), rs(r, 2, 'abcdef'),
               r.randrange(10 ** 7, 10 ** 8), rs(r, 1, 'abcdefg'), r.randrange(1, 9)))


def up_gmail_esmtpsa(client, cip):
    r = rnd('ga' + client)
    return ('Received: from %s ([%s])\n        by smtp.gmail.com with ESMTPSA id 5b1f17b1804b1-%s%s.%d.2026.%02d.%02d.%02d.%02d\n'
            '        for <%%R%%>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %%P%%'
            % (client, cip, rs(r, 11, HEX), rs(r, 2, 'abcdef'), r.randrange(1, 9), 11, r.randrange(1, 30),
               r.randrange(0, 24), r.randrange(0, 60)))


def up_exch(rcpt_placeholder=True):
    return ('Received: from EXMBX02.corp.example.com (10.20.1.12) by EXMBX01.corp.example.com\n'
            ' (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n'
            ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %D%')


def up_int_relay(seed):
    return ('Received: from EXMBX01.corp.example.com (exmbx01.corp.example.com [10.20.1.11])\n'
            '\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%%R%%>; %%D%%' % qid('int' + seed))


def up_postfix(server, client_helo, client_rdns, client_ip, seed, auth=True):
    return ('Received: from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%%R%%>; %%D%%'
            % (client_helo, client_rdns, client_ip, server, 'ESMTPSA' if auth else 'ESMTP', qid('up' + seed)))


# ---------------------------------------------------------------------------
# Message assembly
# ---------------------------------------------------------------------------

def resolve(x):
    if isinstance(x, str):
        return S[x]
    return x


def build(m):
    cs, cte, fmt = m['cs'], m.get('cte', 'quoted-printable'), m.get('fmt', 'plain')
    style = m.get('style', 'generic')
    when = m['date']
    seed = m['file']
    frm = m['frm']
    to = [resolve(x) for x in m['to']]
    cc = [resolve(x) for x in m.get('cc', [])]
    rcpt = m.get('rcpt') or next(a for _, a in to + cc if a.endswith(OURS))
    text = m['text']
    tpl = m.get('tpl', 'outlook')
    hcs = m.get('hcs', cs)

    # ---- body
    plain_text = to_plain(text)
    if isinstance(tpl, tuple):
        plain_text = plain_text.rstrip('\n') + '\n\n--\n' + to_plain(tpl[3]) + '\n'
    level = [0]

    def nb():
        level[0] += 1
        return boundary(style, seed, level[0])

    pre = b'This is a multi-part message in MIME format.\n' if style in ('tb', 'msold', 'php') else b''
    if fmt == 'plain':
        body = leaf_text(plain_text, 'plain', cs, cte)
    else:
        html = m.get('html') or render_html(text, tpl, cs, m.get('hlang', m['lang']), m['subject'])
        hpart = leaf_text(html, 'html', cs, m.get('hcte', cte))
        if fmt == 'html':
            body = hpart
        else:
            body = multipart('alternative', [leaf_text(plain_text, 'plain', cs, cte), hpart], nb())
    inline = [a for a in m.get('atts', []) if a.get('cid')]
    files = [a for a in m.get('atts', []) if not a.get('cid')]
    if inline:
        t = 'multipart/alternative' if fmt == 'alt' else 'text/html'
        body = multipart('related', [body] + [leaf_att(a, style, when) for a in inline], nb(), extra='\n\ttype="%s";' % t)
    if files:
        body = multipart('mixed', [body] + [leaf_att(a, style, when) for a in files], nb(), preamble=pre)
    elif body[0][0].startswith('Content-Type: multipart') and pre:
        body = (body[0], pre + body[1])

    # ---- headers
    mid = m.get('mid') or make_mid(m.get('midstyle', style), seed, m.get('middom', frm[1].split('@')[1]), when)
    m['_mid'] = mid
    delay = 2 + rnd('d' + seed).randrange(1, 40)
    rcv_t = when + datetime.timedelta(seconds=delay)
    helo, rdns, ip = m['infra']
    H = ['Return-Path: <%s>' % m.get('env', frm[1])]
    H.append('Received: from %s (%s [%s])\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s'
             % (helo, rdns or 'unknown', ip, 'ESMTPS' if m.get('tls', True) else 'ESMTP', qid(seed), rcpt,
                postfix_date(rcv_t)))
    ups = m.get('up', [])
    for k, u in enumerate(ups):
        t0 = when + datetime.timedelta(seconds=len(ups) - k)
        u = u.replace('%D%', format_datetime(t0)).replace('%U%', format_datetime(t0.astimezone(UTC)))
        u = u.replace('%P%', format_datetime(t0.astimezone(tz(-8))) + ' (PST)').replace('%R%', rcpt)
        H.append(u)
    H += m.get('hx_pre', [])
    fa = addr(frm[0], frm[1], hcs)
    tos = [addr(n, a, hcs) for n, a in to]
    ccs = [addr(n, a, hcs) for n, a in cc]
    subj = hval('Subject', m['subject'], hcs)
    date_h = format_datetime(when)
    core = {
        'From': 'From: ' + fa,
        'To': fold_addrs('To', tos),
        'Cc': fold_addrs('Cc', ccs) if ccs else None,
        'Subject': 'Subject: ' + subj,
        'Date': 'Date: ' + date_h,
        'Message-ID': 'Message-ID: ' + mid,
        'In-Reply-To': ('In-Reply-To: ' + m['irt']) if m.get('irt') else None,
        'References': ('References: ' + m.get('refs', m.get('irt'))) if m.get('irt') else None,
        'Reply-To': ('Reply-To: ' + addr(m['reply_to'][0], m['reply_to'][1], hcs)) if m.get('reply_to') else None,
        'MIME-Version': 'MIME-Version: 1.0',
    }
    if style == 'gmail':
        order = ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'Cc',
                 'Reply-To']
    else:
        order = ['From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'Reply-To']
    for k in order:
        if core.get(k):
            H.append(core[k])
    if style in ('o365', 'exch'):
        r = rnd('ti' + seed)
        H.append('Thread-Topic: ' + hval('Thread-Topic', re.sub(r'^(R|AW|Re|RE|Odp): ', '', m['subject']), hcs))
        H.append('Thread-Index: ' + base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode())
        H.append('Accept-Language: %s' % m.get('clang', 'en-US'))
        H.append('Content-Language: %s' % m.get('clang', 'en-US'))
        H.append('X-MS-Has-Attach: %s' % ('yes' if files else ''))
        H.append('X-MS-TNEF-Correlator: ')
    if m.get('mailer'):
        H.append('%s: %s' % m['mailer'])
    H += m.get('hx', [])
    if style != 'gmail':
        H.append(core['MIME-Version'])
    H += body[0]
    raw = '\n'.join(H).encode('ascii') + b'\n\n' + body[1]
    return raw


def A(n, lang, slug, **kw):
    msg(cat='attack', file='%02d-%s-%s' % (n, lang, slug), lang=lang, **kw)


def B(n, lang, slug, **kw):
    msg(cat='business', file='%02d-%s-%s' % (n, lang, slug), lang=lang, **kw)


MX_LIEF = ('mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '212.91.240.18')
MX_FERR = o365_host('EUR05', 'DB8', 2107, '40.107.20.107')
MX_HARB = o365_host('EUR03', 'DBA', 2112, '40.107.104.112')
MID_B16 = make_mid('o365', 'b16-ferretti', 'PA4PR08MB6191.eurprd08.prod.outlook.com', D('2026-11-13 11:04:27', 1))
MID_B26 = '<000a01dd57e2$3f1c8e40$bd55aac0$@coopsanisidro.es>'

# ===========================================================================
# ATTACK
# ===========================================================================

A(1, 'de', 'ceo-fraud-confidential-acquisition',
  date=D('2026-11-10 08:47:13', 1), frm=('Markus Brandt', 'markus.brandt@examplegroup-eu.com'), to=['weber'],
  subject='Vertraulich: Projekt Ulivo', cs='utf-8', cte='quoted-printable', fmt='plain', style='apple',
  infra=('mail.examplegroup-eu.com', 'vmi2217734.contaboserver.net', '62.171.151.44'),
  mailer=('X-Mailer', 'iPhone Mail (23B85)'),
  text='''Hallo Claudia,

ich bin bis Donnerstag in Mailand und nur eingeschränkt erreichbar. Wir sind in der Schlussphase der Übernahme eines Olivenölproduzenten in Apulien – das Projekt läuft intern unter „Ulivo“ und ist bis zur Signing-Meldung streng vertraulich, auch gegenüber Tobias und dem Rest der Geschäftsleitung.

Die Kanzlei Reinhardt & Partner (Dr. Jonas Reinhardt) begleitet die Transaktion und meldet sich heute Vormittag bei dir wegen der Sicherheitsleistung für die Exklusivitätsvereinbarung. Bitte stimm die Details direkt mit ihm ab und bleib dabei bitte ausschließlich bei E-Mail – solange die Ad-hoc-Prüfung läuft, keine Telefonate über die Zentrale.

Kannst du mir kurz bestätigen, dass du heute bis 15 Uhr für eine Auslandsüberweisung verfügbar bist? Wir hatten ja gestern im Teams-Call schon kurz darüber gesprochen.

Danke dir und viele Grüße
Markus

Von meinem iPhone gesendet
''',
  desc='CEO fraud (first stage): "CEO" on a look-alike domain (examplegroup-eu.com) asks the CFO to stand by for a confidential foreign transfer, announces a fake lawyer, forbids phone verification.',
  why='Look-alike of examplegroup.eu registered on a VPS; secrecy + urgency + bypass of verification; references a (deep-fake) Teams call.')

A(2, 'de', 'supplier-factoring-bank-change-lookalike',
  date=D('2026-11-12 10:22:41', 1), frm=('Lieferant GmbH | Buchhaltung', 'rechnungen@lieferant-gmbh.com'),
  to=['schmidt'], subject='Abtretungsanzeige / neue Bankverbindung für Zahlungen an die Lieferant GmbH',
  cs='utf-8', cte='quoted-printable', fmt='alt', tpl='outlook', style='msold', clang='de-DE',
  infra=('mail.lieferant-gmbh.com', 'static.88.31.217.95.clients.your-server.de', '95.217.31.88'),
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), midstyle='generic',
  text='''Sehr geehrte Frau Schmidt,

wie bereits mit Ihrer Einkaufsabteilung besprochen, haben wir zum 01.11.2026 unsere Kundenforderungen im Rahmen eines Factoring-Vertrags an unseren Finanzierungspartner abgetreten. Die offizielle Abtretungsanzeige finden Sie im Anhang.

Zahlungen mit schuldbefreiender Wirkung können ab sofort ausschließlich auf das folgende Treuhandkonto unseres Factors geleistet werden:

Kontoinhaber: Nordic Trade Finance UAB – Treuhandkonto Lieferant GmbH
IBAN: %s
BIC: REVOLT21
Verwendungszweck: Rechnungsnummer + Ihre Kundennummer 20417

Dies betrifft auch die bereits gestellten, noch offenen Rechnungen:
RE-2026-11873 vom 04.11.2026 – 18.460,20 EUR
RE-2026-11902 vom 09.11.2026 – 6.112,75 EUR

Unsere bisherige Bankverbindung bei der Sparkasse Bielefeld wird für Kundenzahlungen nicht mehr genutzt; Zahlungen dorthin müssten zurückgebucht werden, was zu Verzögerungen bei der Belieferung führen kann.

Bitte bestätigen Sie uns kurz per E-Mail die Anpassung Ihrer Stammdaten. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

i. A. Sabine Hartmann
Debitorenbuchhaltung

Lieferant GmbH
Industriestraße 14 · 33602 Bielefeld
Tel. +49 521 9876-230
Geschäftsführer: Dr. Ulrich Lindemann · HRB 41872 Amtsgericht Bielefeld
''' % fi(FRAUD_LT),
  atts=[pdf_att('Abtretungsanzeige_Lieferant_GmbH_2026.pdf',
                ['Abtretungsanzeige (Factoring)', 'Lieferant GmbH, Industriestrasse 14, 33602 Bielefeld',
                 'An: Example Group GmbH, Konrad-Zuse-Ring 12, 68163 Mannheim', '',
                 'Hiermit zeigen wir an, dass saemtliche Forderungen ab 01.11.2026 an',
                 'Nordic Trade Finance UAB, Vilnius, abgetreten wurden.',
                 'Zahlungen mit schuldbefreiender Wirkung nur noch auf:',
                 'IBAN ' + fi(FRAUD_LT) + '   BIC REVOLT21', '',
                 'Bielefeld, 01.11.2026   gez. Dr. Ulrich Lindemann, Geschaeftsfuehrer'],
                when='20261112101500', author='Buchhaltung')],
  desc='Supplier bank-detail change (factoring pretext) from look-alike domain lieferant-gmbh.com; new LT (Revolut) IBAN, PDF "assignment notice".',
  why='Genuine supplier uses lieferant-gmbh.de; .com look-alike on Hetzner; redirects open invoices (amounts match real invoice B01) to a foreign account; asks e-mail confirmation only.')

A(3, 'de', 'fake-customs-emcs-html-attachment',
  date=D('2026-11-05 14:03:09', 1), frm=('Zoll – EMCS Benachrichtigung', 'info@weingut-hollerbach.de'),
  to=['lang'], subject='EMCS: Eingangsmeldung zu e-VD 26DEHSA7K2M9Q4R8T1X53 ausstehend – Frist 18.11.2026',
  cs='iso-8859-1', cte='quoted-printable', fmt='plain', style='generic',
  infra=('mail.weingut-hollerbach.de', 'dd41418.kasserver.com', '85.13.163.27'),
  mailer=('User-Agent', 'Roundcube Webmail/1.6.6'), midstyle='generic', middom='weingut-hollerbach.de',
  text='''Sehr geehrte Damen und Herren,

für das nachstehende elektronische Verwaltungsdokument (e-VD) liegt dem Hauptzollamt bisher keine Eingangsmeldung vor:

Referenzcode (ARC): 26DEHSA7K2M9Q4R8T1X53
Verbrauchsteuerpflichtige Ware: Schaumwein (KN 2204 10)
Versender: Example Group GmbH, Verbrauchsteuernummer DE00165208140
Bestimmungsort: Steuerlager Hamburg

Wird die Eingangsmeldung nicht innerhalb der Frist nachgereicht, gilt das Verfahren unter Steueraussetzung als nicht ordnungsgemäß beendet. Die Steuer wird dann gegenüber dem Versender festgesetzt.

Bitte prüfen Sie den Vorgang und bestätigen Sie die Daten über das beigefügte Formular. Zur Anmeldung verwenden Sie Ihr Benutzerkonto des Zoll-Portals.

Mit freundlichen Grüßen

Hauptzollamt Hamburg
Sachgebiet B – Verbrauchsteuern (EMCS)

Dies ist eine automatisch erzeugte Nachricht.
''',
  atts=[att('EMCS_Eingangsmeldung_26DEHSA7K2M9Q4R8T1X53.html', 'text/html',
            phish_page('Zoll-Portal – Anmeldung', 'ZOLL-PORTAL · Generalzollverwaltung', '#1b3f6e',
                       'Anmeldung am Zoll-Portal',
                       'Zur Bearbeitung der EMCS-Eingangsmeldung melden Sie sich bitte mit Ihrem Benutzerkonto an.',
                       [('E-Mail-Adresse oder Benutzername', 'email'), ('Passwort', 'password')], 'Anmelden',
                       'https://portal-zoll.de-login.info/emcs/auth.php', 'de', 'felix.lang@example.com',
                       '© Generalzollverwaltung').encode('utf-8'))],
  desc='Fake German customs (EMCS excise movement, sparkling wine) notice with credential-harvesting HTML attachment, sent from a compromised winery mailbox.',
  why='Customs never sends EMCS status by e-mail with login forms; sender is a hijacked third-party domain (All-Inkl hosting) with a "Zoll" display name; HTML form posts to an unrelated domain.')

A(4, 'de', 'fake-e-invoice-peppol-portal-sendgrid',
  date=D('2026-11-13 07:12:55', 1), frm=('E-Rechnung Zustellservice', 'no-reply@erechnung-postfach.de'),
  to=['schmidt'], subject='Neue E-Rechnung (XRechnung) von Lieferant GmbH – Abruf bis 20.11.2026',
  cs='utf-8', cte='base64', fmt='html', style='sg',
  tpl=('brand', '#0b5394', 'E-Rechnung Zustellservice',
       'E-Rechnung Zustellservice · ein Dienst der ERP Connect Solutions GmbH · Friedrichstraße 68 · 10117 Berlin\n'
       'Sie erhalten diese Nachricht, weil für Ihr Unternehmen ein Peppol-Empfangspostfach registriert ist.'),
  infra=('o2.ptr4471.erechnung-postfach.de', 'o2.ptr4471.erechnung-postfach.de', '149.72.187.41'),
  env='bounces+38817452-8c1f-anna.schmidt=example.com@em4471.erechnung-postfach.de',
  hx=['X-SG-EID: u001.Kx3Qm9ZrB2c7T0dWnHfLpA==', 'X-Entity-ID: u001.pLq8R2sV0yXk1Zt4Wm7Q3A=='],
  text='''Neue E-Rechnung eingegangen

Guten Tag,

über das Peppol-Netzwerk ist für Example Group GmbH eine elektronische Rechnung im Format XRechnung (UBL 2.1) eingegangen:

Rechnungssteller: Lieferant GmbH, Bielefeld
Rechnungsnummer: RE-2026-11902
Rechnungsdatum: 09.11.2026
Betrag: 6.112,75 EUR
Empfänger-ID: 0088:4260123450007

Da Ihr Empfangspostfach noch nicht mit Ihrem Microsoft-365-Konto verknüpft ist, konnte die Rechnung nicht automatisch an Ihre Finanzbuchhaltung übergeben werden. Bitte rufen Sie das Dokument bis zum 20.11.2026 ab; danach wird es an den Rechnungssteller zurückgewiesen.

[[!E-Rechnung anzeigen|https://u4471.ct.sendgrid.net/ls/click?upn=u001.Zk8pQ2vW-2FbN7mR0tXc4LhA1sE9yD3gK6uJ5oP-2BqT8fV2wZ7nM0rC4xB1]]

Hinweis: Seit dem 1. Januar 2025 müssen Unternehmen in Deutschland E-Rechnungen empfangen und verarbeiten können.
''',
  desc='Fake Peppol/XRechnung delivery service (German e-invoicing mandate) sent through SendGrid; button leads via click-tracking to a Microsoft 365 credential page.',
  why='Non-existent "Zustellservice", newly registered sender domain on a bulk ESP, pretext of unlinked M365 account, deadline; real invoices from Lieferant come directly (B01).')

A(5, 'de', 'payroll-diversion-private-gmail',
  date=D('2026-11-17 19:48:22', 1), frm=('Tobias Wagner', 'tobias.wagner.mhm@gmail.com'), to=['krueger'],
  subject='Neue Bankverbindung fürs Gehalt', cs='UTF-8', cte='quoted-printable', fmt='alt', tpl='gmail',
  style='gmail', infra=gmail_host('ej1', 46), up=[up_gmail_smtp('ej1', 46)],
  text='''Hallo Sabine,

ich habe mein Gehaltskonto gewechselt und wollte fragen, ob du die neue Verbindung noch für die November-Abrechnung hinterlegen kannst:

Kontoinhaber: Tobias Wagner
IBAN: %s
Bank: N26

Ich schreibe von privat, weil ich gerade beim Kunden in Hamburg sitze und über das Handy nicht ins Firmenpostfach komme. Gib mir kurz Bescheid, ob das noch klappt – danke dir!

Viele Grüße
Tobias
''' % fi(FRAUD_N26),
  desc='Payroll diversion: "sales director" writes from a new Gmail address asking HR to change his salary IBAN before the November run.',
  why='Employee impersonation from a free mailer not on file; change of salary account by e-mail; excuse for not using the company mailbox.')

A(6, 'de', 'direct-send-spoof-scanner-html',
  date=D('2026-11-16 10:14:22', 1), frm=('KM_C3351', 'scanner@example.com'), to=['schulz'],
  subject='Gescanntes Dokument – Lohnabrechnung_November_2026 (3 Seiten)', cs='iso-8859-1', cte='quoted-printable',
  fmt='plain', style='generic', tls=False, env='scanner@example.com',
  infra=('WIN-3KD81QF7L2M', None, '193.143.1.205'), midstyle='generic', middom='example.com',
  text='''Gescanntes Dokument von KM_C3351 (Standort Mannheim, 2. OG)

Das Dokument wurde an Ihre E-Mail-Adresse gesendet.

Gerät: KM_C3351 (bizhub C3351i)
Seiten: 3
Dateiformat: Kompakt-PDF (geschützte Online-Vorschau)
Auflösung: 300 x 300 dpi
Größe: 412 KB

Zum Öffnen des geschützten Dokuments melden Sie sich mit Ihrem Example-Group-Konto an.
''',
  atts=[att('Scan_Lohnabrechnung_Nov2026_3S.html', 'text/html',
            phish_page('Anmelden bei Ihrem Konto', 'Microsoft', '#0067b8', 'Kennwort eingeben',
                       'Melden Sie sich an, um das gescannte Dokument anzuzeigen.',
                       [('E-Mail', 'email'), ('Kennwort', 'password')], 'Anmelden',
                       'https://scan-preview-km3351.pages.dev/auth', 'de', 'petra.schulz@example.com',
                       'Nutzungsbedingungen  Datenschutz und Cookies').encode('utf-8'))],
  desc='Internal-looking "scan to mail" from scanner@example.com delivered directly from an external IP (Direct-Send-style spoof) with a Microsoft login page as HTML attachment (Cloudflare Pages collector).',
  why='Own domain as sender but the connection comes from an outside host with a Windows default HELO and no TLS, not from mail-int01; real scanners send PDF, not HTML login pages.')

A(7, 'de', 'fake-ifs-audit-qr-code',
  date=D('2026-11-19 11:31:07', 1), frm=('IFS Audit Planning', 'audit-planning@ifs-certification.online'),
  to=['neumann'], subject='IFS Food Version 8: Sperrtage für unangekündigtes Audit bestätigen (COID 48213)',
  cs='utf-8', cte='quoted-printable', fmt='alt', style='generic',
  tpl=('brand', '#003f7d', 'IFS · International Featured Standards',
       'IFS Management GmbH · Am Weidendamm 1A · 10117 Berlin\nDiese Nachricht wurde automatisch versendet.'),
  infra=('m228-4.mailgun.net', 'm228-4.mailgun.net', '159.135.228.4'),
  env='bounce+4f2a1c.7d3e9b-katrin.neumann=example.com@mg.ifs-certification.online',
  hx=['X-Mailgun-Sid: WyIzYjQ1ZiIsICJrYXRyaW4ubmV1bWFubkBleGFtcGxlLmNvbSIsICI4ZjJlIl0='],
  text='''Sehr geehrte Frau Dr. Neumann,

für Ihren Standort (COID 48213, Example Group GmbH, Mannheim) ist im Zertifizierungszyklus 2026/2027 ein unangekündigtes IFS-Food-Audit (Version 8) vorgesehen. Zertifizierte Unternehmen können bis zu 10 Sperrtage hinterlegen, an denen kein Audit stattfinden soll.

Für Ihren Standort sind bislang keine Sperrtage bestätigt. Bitte bestätigen Sie Ihre Angaben bis zum 26.11.2026 über die mobile Bestätigung: Scannen Sie den QR-Code mit Ihrem Smartphone und melden Sie sich mit Ihren Unternehmenszugangsdaten an.

[[IMG|qr-ifs-48213@ifs]]

Ohne Bestätigung werden die Sperrtage vom Zertifizierungsbüro festgelegt.

Mit freundlichen Grüßen
IFS Audit Planning Team
''',
  atts=[att('qr-confirm.png', 'image/png', png_from_matrix(qr_matrix('https://ifs-certification.online/a/48213?k=kn')),
            cid='qr-ifs-48213@ifs')],
  desc='Quishing: fake IFS certification notice about unannounced-audit blackout days; the only call to action is a QR code (inline PNG) to a credential page.',
  why='Look-alike domain (ifs-certification.online) via Mailgun; QR moves the click to an unmanaged phone; IFS does not request corporate credentials.')

A(8, 'en', 'fake-hmrc-duty-deferment',
  date=D('2026-11-09 09:02:33', 0), frm=('HMRC Customs Declaration Service', 'cds-notifications@hmrc-customs-services.co.uk'),
  to=['collins'], subject='Duty deferment account DAN 7214583: Direct Debit collection unsuccessful',
  cs='iso-8859-1', cte='quoted-printable', fmt='alt', style='php',
  tpl=('brand', '#0b0c0c', 'GOV.UK  |  HM Revenue & Customs',
       'This is an automated email. Please do not reply.\nHM Revenue and Customs, BX9 1AS'),
  infra=('mail.hmrc-customs-services.co.uk', None, '91.92.241.183'),
  mailer=('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
  text='''Duty deferment account: action required

Dear Customer,

We were unable to collect the Direct Debit of £12,486.32 for your duty deferment account (DAN 7214583) on 15 October 2026.

Under the terms of the duty deferment scheme, if the outstanding balance is not settled within 5 working days your deferment account may be suspended, and goods declared through the Customs Declaration Service (CDS) will then require immediate payment at import.

To review the failed collection and confirm your Direct Debit instruction, sign in to your Government Gateway account:

[[!Sign in to CDS Financials|https://cds-financials.hmrc-customs-services.co.uk/account/dan/7214583]]

If you have already paid, you do not need to do anything.

Yours faithfully

Debt Management – Customs Declaration Service
HM Revenue and Customs
''',
  desc='Fake HMRC CDS duty-deferment (import VAT/excise on wine) collection failure with Government Gateway credential link.',
  why='Look-alike HMRC domain on bulletproof hosting, PHPMailer, threat of suspension; HMRC uses gov.uk and never links to sign-in from such notices.')

A(9, 'en', 'callback-phishing-renewal-invoice',
  date=D('2026-11-11 16:40:09', 0), frm=('Customer Billing', 'billing.desk.orders44@gmail.com'), to=['whitfield'],
  subject='Your order GS-884213 has been processed', cs='UTF-8', cte='quoted-printable', fmt='alt', tpl='gmail',
  style='gmail', infra=gmail_host('wr1', 43), up=[up_gmail_smtp('wr1', 43)],
  text='''Hello James,

Thank you for your order. Your annual protection plan has been renewed and the payment will be taken from your registered account within 24 hours.

Order number: GS-884213
Product: Total Device Protection – Business (5 devices, 3 years)
Amount: £389.99 (incl. VAT)
Renewal date: 11/11/2026

The invoice is attached for your records.

If you did not authorise this renewal or wish to cancel, please contact our billing team on 020 3885 7143 (Mon–Sat, 8am–8pm). Cancellations are only possible within 24 hours of renewal.

Kind regards,
Billing Team
''',
  atts=[pdf_att('Invoice_GS-884213.pdf', ['INVOICE GS-884213', 'Total Device Protection - Business',
                                          '5 devices / 3 years       GBP 389.99', '',
                                          'To cancel or dispute this charge call 020 3885 7143'],
                when='20261111163500', producer='Microsoft: Print To PDF')],
  desc='Callback phishing (TOAD): fake security-software renewal "invoice" from Gmail, no links, phone number to call for a refund.',
  why='Unknown free-mail sender, generic product, payment threat and a phone number as the only action (leads to remote-access/refund scam).')

A(10, 'en', 'fake-maersk-arrival-notice-zip',
  date=D('2026-11-20 14:55:12', 8), frm=('Maersk Import Documentation', 'docs@sino-oceanlink.com'), to=['lang'],
  subject='Arrival Notice / Draft B/L MAEU258841937 - ETA Hamburg 23 Nov 2026', cs='us-ascii', cte='7bit',
  fmt='plain', style='msold', infra=('mail.sino-oceanlink.com', 'mail.sino-oceanlink.com', '103.214.68.21'),
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), midstyle='generic',
  text='''Dear Consignee,

Please find attached the arrival notice and draft Bill of Lading for the following shipment:

B/L No.: MAEU258841937
Vessel/Voyage: MSK ELBE TRADER / 647W
POL: Ningbo, CN
POD: Hamburg, DE
ETA: 23 Nov 2026
Container: %s / 40' HC
Commodity: GLASS JARS 314ML TWIST-OFF, 22 PLTS

Kindly check the draft B/L and confirm within 48 hours to avoid demurrage and storage charges at the terminal. Local charges (THC, D/O fee) are shown on the arrival notice.

Best regards,
Kevin Zhang
Import Documentation Team
on behalf of Maersk A/S - Import Services
''' % CONT_A10,
  atts=[att('MAEU258841937_ArrivalNotice_DraftBL.zip', 'application/zip',
            make_zip([('MAEU258841937_ArrivalNotice_DraftBL.pdf.js', '// ' + INERT.replace('\r\n', '\r\n// '))]))],
  desc='Malware dropper: fake Maersk arrival notice from a compromised Chinese forwarder domain; ZIP contains a double-extension .pdf.js (inert placeholder).',
  why='Shipping lure with archived script file; sender domain unrelated to Maersk; unexpected B/L (genuine Maersk notices come from Maersk, see B14).')

A(11, 'en', 'device-code-phishing-compromised-customer',
  date=D('2026-11-24 14:06:51', 0), frm=('Oliver Grant', 'oliver.grant@harbourfoods.co.uk'), to=['whitfield'],
  subject='Q1 2027 range review – secure Teams session', cs='utf-8', cte='quoted-printable', fmt='alt',
  tpl='outlook', style='o365', clang='en-GB', infra=MX_HARB, up=[up_o365('DU0PR03MB8412.eurprd03.prod.outlook.com')],
  middom='DU0PR03MB8412.eurprd03.prod.outlook.com',
  text='''Hi James,

Ahead of our range review for Q1 2027 I've set up a secure Teams session with our category and technical team – we'll go through the olive oil and fresh pasta listings, the revised pallet specs and the promotional calendar.

Because the session is hosted in the Harbour Foods tenant, you'll need to authorise your Microsoft account as an external guest first:

1. Go to https://microsoft.com/devicelogin
2. Enter the code: KQ7XP9LMT
3. Sign in with your Example Group account

The code is only valid for 15 minutes, so please do it when you're ready to join – I'll keep the session open this afternoon until 4.30pm.

Thanks,
Oliver

Oliver Grant
Senior Category Buyer – Grocery & Chilled
Harbour Foods Ltd
Unit 7, Riverside Trading Estate, Bristol BS2 0QA
T: +44 117 496 0321
''',
  desc='OAuth device-code phishing from a compromised genuine customer mailbox: the link is the real microsoft.com/devicelogin, the code is the attacker\'s.',
  why='Entering a code supplied by someone else grants the attacker a token for the victim\'s account; no bad URL or attachment; sent from the real customer tenant (account takeover).')

A(12, 'en', 'gs1-licence-invoice-fraud',
  date=D('2026-11-06 10:18:44', 0), frm=('GS1 UK Accounts', 'accounts@gs1uk-membership.org'), to=['collins'],
  subject='GS1 UK licence renewal 2027 – invoice INV-GS1-2611847', cs='iso-8859-1', cte='base64', fmt='alt',
  style='ses', tpl=('brand', '#002c6c', 'GS1 UK',
                    'GS1 UK Limited · registered in England and Wales\nThis is an automated billing message.'),
  infra=('a7-18.smtp-out.eu-west-1.amazonses.com', 'a7-18.smtp-out.eu-west-1.amazonses.com', '54.240.7.18'),
  env='0102019a3c5e71f8-6b2d9e40-3f1a-4c8e-9d27-81b5f0c2a6e4-000000@eu-west-1.amazonses.com',
  middom='eu-west-1.amazonses.com',
  text='''Dear Accounts Team,

Thank you for your continued membership of GS1 UK. Your annual licence fee for 2027 is now due. The licence allows Example Group UK Ltd to keep using its GS1 company prefix and keeps your GTINs active in the GS1 Registry, which major retailers check when listing products.

Membership number: 50-318842
Company prefix: 5063921
Turnover band: £10m – £50m
Licence period: 1 January 2027 – 31 December 2027
Amount due: £1,140.00 (incl. VAT at 20%%)
Payment terms: 14 days

Following the migration of our finance system, our bank details have changed. Please pay by bank transfer to:

Account name: GS1 UK Membership Services
Sort code: 04-00-53
Account number: 62194408
IBAN: %s
BIC: CLRBGB22
Reference: INV-GS1-2611847

If the licence is not renewed, your barcodes may be shown as inactive in the GS1 Registry.

Kind regards,
Membership Accounts
GS1 UK
''' % fi(FRAUD_GB),
  atts=[pdf_att('INV-GS1-2611847.pdf', ['GS1 UK - Invoice INV-GS1-2611847', 'Annual licence 2027, prefix 5063921',
                                        'Amount due GBP 1,140.00', 'Pay to ' + fi(FRAUD_GB) + ' / CLRBGB22'],
                when='20261106100000', producer='wkhtmltopdf 0.12.6')],
  desc='Invoice fraud impersonating GS1 UK (barcode licence renewal) from a look-alike domain via Amazon SES, with "changed" bank details.',
  why='GS1 UK does not bill from gs1uk-membership.org; new payee account at an e-money clearing bank; threat of barcode deactivation.')

A(13, 'en', 'ceo-gift-card-outlook-com',
  date=D('2026-12-01 15:12:40', 1), frm=('Markus Brandt', 'markus.brandt.exgroup@outlook.com'), to=['whitfield'],
  subject='Quick task', cs='us-ascii', cte='7bit', fmt='plain', style='o365',
  infra=o365_host('EUR02', 'AM0', 2081, '40.92.49.81', consumer=True),
  up=[up_o365('AS8P194MB1873.EURP194.PROD.OUTLOOK.COM', '15.20.9388.008')],
  middom='AS8P194MB1873.EURP194.PROD.OUTLOOK.COM',
  text='''James,

Are you at your desk? I need your help with something time-sensitive and discreet. I'm in the supervisory board meeting until late and can only email.

We want to thank eight of our key UK buyers personally before Christmas, outside the usual route (their compliance teams are strict about physical gifts). Please buy 8 Apple gift cards of GBP 250 each today, scratch the backs and send me clear photos of the codes. I'll make sure Sarah reimburses you through expenses tomorrow.

Please keep this between us for now - I'd like it to be a surprise for the team as well.

Thanks,
Markus

Sent from Outlook for iOS
''',
  desc='CEO gift-card fraud from an outlook.com address using the CEO\'s name.',
  why='Free mailer, secrecy, unusual purchase of gift cards and request for photos of codes.')

A(14, 'en', 'clickfix-remittance-html',
  date=D('2026-11-26 12:44:03', 0), frm=('Harbour Foods Remittance', 'accounts@stonebridgedental.co.uk'),
  to=['collins'], subject='Remittance Advice – Payment Run 26/11/2026', cs='utf-8', cte='quoted-printable',
  fmt='plain', style='generic',
  infra=('mail.stonebridgedental.co.uk', 'host86-154-22-71.range86-154.btcentralplus.com', '86.154.22.71'),
  mailer=('User-Agent', 'Roundcube Webmail/1.6.9'), midstyle='generic',
  text='''Good afternoon,

Please find attached the remittance advice for the payment made to Example Group UK Ltd today.

Payment run: 26/11/2026
Invoices settled: EGUK-26-4471, EGUK-26-4479, EGUK-26-4502
Total: £27,904.18
Expected value date: 27/11/2026

The document is protected – please open it in your browser and complete the short verification step to view the details.

Kind regards,
Accounts Payable
Harbour Foods Ltd
''',
  atts=[att('Remittance_Advice_26112026.html', 'text/html', ('''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Remittance_Advice_26112026.pdf - Secure Viewer</title>
<style>body{font-family:"Segoe UI",Arial,sans-serif;background:#f4f5f7;margin:0}.c{max-width:460px;margin:10vh auto;background:#fff;border:1px solid #d9d9d9;padding:28px}
.k{border:1px solid #d0d0d0;background:#fafafa;padding:14px;display:flex;align-items:center;gap:12px;font-size:15px}
ol{font-size:15px;line-height:28px}kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 6px}</style></head>
<body><div class="c"><h2 style="font-weight:600">Verify you are human</h2>
<p>Harbour Foods Ltd uses a secure document viewer. Complete the check below to open <b>Remittance_Advice_26112026.pdf</b>.</p>
<div class="k"><input type="checkbox" id="c"> <label for="c">I'm not a robot</label></div>
<div id="s" style="display:none"><h3>Verification steps</h3><ol>
<li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Press <kbd>CTRL</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li></ol>
<p style="font-size:12px;color:#666">Verification ID: 482-117</p></div>
<textarea id="p" style="position:absolute;left:-9999px">cmd /c echo INERT-EVALUATION-PLACEHOLDER  # I am not a robot - reCAPTCHA Verification ID: 482-117</textarea>
<script>/* INERT PLACEHOLDER: a real ClickFix lure copies an encoded PowerShell/mshta command to the clipboard here. Removed. */
document.getElementById('c').onclick=function(){document.getElementById('s').style.display='block';};</script>
</div></body></html>
''').encode('utf-8'))],
  desc='ClickFix / fake CAPTCHA: "remittance advice" HTML attachment instructs the user to press Win+R, Ctrl+V, Enter (clipboard command replaced by an inert echo).',
  why='Display name of a customer but sent from a compromised dental practice on a residential BT line; user-executed command lure bypasses attachment sandboxing.')

A(15, 'it', 'ferretti-lookalike-iban-change',
  date=D('2026-11-16 09:37:18', 1), frm=('Ferretti Trasporti S.p.A. - Amministrazione', 'amministrazione@ferretti-trasporti.com'),
  to=['bianchi'], cc=[('Chiara Colombo', 'c.colombo@ferretti-trasporti.com')],
  subject='Variazione coordinate bancarie – Ferretti Trasporti S.p.A.', cs='iso-8859-15', cte='quoted-printable',
  fmt='plain', style='msold', infra=('mail.ferretti-trasporti.com', 'ns3198274.ip-51-75-146.eu', '51.75.146.88'),
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), midstyle='generic',
  text='''Spett.le Example Group,
alla c.a. Ufficio Amministrazione / Contabilità Fornitori

con la presente Vi comunichiamo che, a seguito della revisione dei rapporti con i nostri istituti di credito, a partire dal 16/11/2026 tutti i pagamenti relativi alle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. – Filiale di Milano
IBAN: %s
BIC/SWIFT: SELBIT2BXXX

Il conto precedentemente comunicato presso Banco BPM è in fase di estinzione e non potrà più ricevere accrediti. Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di utilizzare le nuove coordinate anche per le fatture già emesse e in scadenza (n. 1187/FT e n. 1203/FT).

In allegato trasmettiamo la comunicazione ufficiale su carta intestata, firmata dal legale rappresentante.

Vi ringraziamo per la collaborazione e restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Rag. Paola Marchetti
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 22 – 43036 Fidenza (PR)
Tel. +39 0524 52 11 80
P.IVA %s
''' % (fi(FERR_SELLA), PIVA_FERR),
  atts=[pdf_att('Comunicazione_variazione_IBAN_Ferretti.pdf',
                ['Ferretti Trasporti S.p.A. - Comunicazione variazione coordinate bancarie',
                 'Spett.le Example Group', 'Nuovo IBAN: ' + fi(FERR_SELLA), 'BIC SELBIT2BXXX',
                 'Fidenza, 13/11/2026 - Il legale rappresentante'], when='20261116092000')],
  desc='Supplier bank-detail change from look-alike ferretti-trasporti.com (real: .it), new Italian IBAN, PDF "letter", cc to a fake Chiara Colombo on the same domain.',
  why='Look-alike domain hosted on OVH; asks to pay existing invoices to a new account; cc of a fake known contact to add credibility.')

A(16, 'it', 'fake-agenzia-entrate-zip-vbs',
  date=D('2026-11-03 11:20:31', 1), frm=('Agenzia delle Entrate', 'comunicazioni@agenziaentrate-servizi.com'),
  to=['bianchi'], subject="Comunicazione ai sensi dell'art. 54-bis DPR 633/72 – liquidazioni periodiche IVA III trimestre 2026",
  cs='iso-8859-1', cte='base64', fmt='plain', style='php', tls=False,
  infra=('srv1.agenziaentrate-servizi.com', None, '185.234.216.59'),
  mailer=('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
  text='''Gentile contribuente,

dall'esame dei dati delle comunicazioni delle liquidazioni periodiche IVA (LIPE) relative al III trimestre 2026 sono emerse incongruenze rispetto ai dati delle fatture elettroniche transitate dal Sistema di Interscambio.

Protocollo comunicazione: 2026/LIPE/0047781
Partita IVA: %s (Example Group Italia S.r.l.)
Periodo d'imposta: 2026

Il prospetto di dettaglio delle differenze riscontrate è disponibile nell'archivio allegato. Entro 30 giorni dal ricevimento della presente può fornire chiarimenti o regolarizzare la propria posizione avvalendosi del ravvedimento operoso, con riduzione delle sanzioni.

Cordiali saluti

Direzione Provinciale di Parma
Ufficio Controlli
Agenzia delle Entrate

Questo messaggio è generato automaticamente, si prega di non rispondere.
''' % PIVA_EXG,
  atts=[att('Comunicazione_LIPE_2026_0047781.zip', 'application/zip',
            make_zip([('Comunicazione_LIPE_2026_0047781.pdf.vbs', "' " + INERT.replace('\r\n', "\r\n' "))]))],
  desc='Fake Italian Revenue Agency VAT-irregularity notice with ZIP containing a double-extension .pdf.vbs (inert placeholder).',
  why='Agenzia delle Entrate communicates via PEC/cassetto fiscale, not .com domains; PHPMailer from a VPS without TLS; script inside archive.')

A(17, 'it', 'fake-sdi-scarto-spid-phish',
  date=D('2026-11-23 08:05:47', 1), frm=('Fatture e Corrispettivi', 'noreply@fatturapa-notifiche.it'), to=['bianchi'],
  subject='Notifica di scarto – file IT02815370349_a7K2m.xml (codice 00404)', cs='utf-8', cte='quoted-printable',
  fmt='alt', style='generic',
  tpl=('brand', '#0066cc', 'Agenzia delle Entrate · Fatture e Corrispettivi',
       'Servizio Fatture e Corrispettivi – Agenzia delle Entrate\nMessaggio generato automaticamente. Non rispondere a questa e-mail.'),
  infra=('mail.fatturapa-notifiche.it', 'vps-5b8e2f1a.vps.ovh.net', '51.83.142.17'), midstyle='generic',
  text='''Notifica di scarto – Sistema di Interscambio

Gentile utente,

il Sistema di Interscambio (SdI) ha scartato il file fattura da Lei trasmesso:

Nome file: IT02815370349_a7K2m.xml
Identificativo SdI: 18442731905
Data ricezione: 22/11/2026 17:41
Codice errore: 00404 – Fattura duplicata

Finché il file non viene ritrasmesso correttamente, la fattura si considera non emessa e non sarà recapitata al cliente.

Per consultare il dettaglio della notifica e ritrasmettere il file, acceda all'area riservata con SPID, CIE o CNS:

[[!Accedi a Fatture e Corrispettivi|https://ivaservizi-agenziaentrate.fatturapa-notifiche.it/portale/notifiche?id=18442731905]]
''',
  desc='Fake SdI e-invoice rejection notice (code 00404) leading to a fake SPID/CIE login on a subdomain-spoofing host.',
  why='SdI notices are delivered via the transmission channel/PEC, not from fatturapa-notifiche.it; hostname starts with "ivaservizi-agenziaentrate" to mimic the real portal.')

A(18, 'it', 'fake-nas-carabinieri-html-verbale',
  date=D('2026-11-26 10:52:20', 1), frm=('NAS Parma - Segreteria', 'segreteria.naspr@carabinieri-tutelasalute.it'),
  to=['romano'], subject='Notifica verbale di ispezione n. 1142/NAS-PR/2026 – Example Group Italia S.r.l.',
  cs='iso-8859-15', cte='quoted-printable', fmt='plain', style='generic', tls=False,
  infra=('mx.carabinieri-tutelasalute.it', None, '45.137.22.160'), midstyle='generic',
  text='''Spett.le Example Group Italia S.r.l.
c.a. Legale Rappresentante / Responsabile HACCP

Si notifica che in data 24/11/2026 il personale del Nucleo Antisofisticazioni e Sanità di Parma ha proceduto al controllo ufficiale ai sensi del Reg. (UE) 2017/625 presso il deposito di Vostra pertinenza, con prelievo di campioni di olio extravergine di oliva (lotto L26-2714) per le analisi di conformità.

Il verbale di ispezione e prelevamento n. 1142/NAS-PR/2026 è trasmesso in allegato in formato elettronico protetto. Per la visualizzazione è richiesta l'autenticazione con le credenziali aziendali del destinatario.

Avverso le risultanze è ammessa la richiesta di revisione delle analisi entro 15 giorni dalla notifica.

Il Comandante del Nucleo
Magg. A. De Luca

Comando Carabinieri per la Tutela della Salute
Nucleo Antisofisticazioni e Sanità di Parma
''',
  atts=[att('Verbale_1142_NAS-PR_2026.html', 'text/html',
            phish_page('Documento protetto', 'Visualizzatore documenti protetti', '#0f4c81', 'Verifica identità',
                       'Il documento «Verbale_1142_NAS-PR_2026.pdf» è protetto. Accedi con le credenziali aziendali per visualizzarlo.',
                       [('Indirizzo e-mail', 'email'), ('Password', 'password')], 'Visualizza documento',
                       'https://docs-verbale.sharepoint-view.net/it/auth', 'it', 'giulia.romano@example.com',
                       'Protetto con crittografia end-to-end').encode('utf-8'))],
  desc='Fake Carabinieri NAS (food-safety police) inspection report; HTML attachment is a credential page.',
  why='Authorities notify via PEC/hand delivery, never require corporate mail passwords; look-alike .it domain on a foreign VPS without TLS.')

A(19, 'it', 'thread-hijack-compromised-ferretti-onedrive',
  date=D('2026-11-20 16:21:05', 1), frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=['romano'],
  cc=['lang'], subject='R: Ritiri refrigerati settimana 47 – Parma/Mannheim', cs='utf-8', cte='quoted-printable',
  fmt='alt', tpl='outlook', style='o365', clang='it-IT', infra=MX_FERR, irt=MID_B16,
  up=[up_o365('PA4PR08MB6191.eurprd08.prod.outlook.com')], middom='PA4PR08MB6191.eurprd08.prod.outlook.com',
  text='''Ciao Giulia,

come anticipato al telefono al tuo collega, ti condivido i documenti della settimana 46: fatture, CMR firmati e le stampe dei termografi delle due tratte in cui abbiamo registrato lo scostamento di temperatura. Sono tutti nella cartella condivisa:

[[Documenti_sett46_Example.pdf (OneDrive)|https://ferrettitrasporti-my.sharepoint.com.cmr-docs.info/:b:/g/personal/c_colombo/EbK4f7Qz]]

Accedi con la tua mail aziendale per visualizzarli. Mi confermi entro oggi se per voi le note di credito vanno bene così? Così le passo all'amministrazione per l'emissione.

Grazie e buon weekend,
Chiara

Chiara Colombo
Customer Service & Pianificazione
Ferretti Trasporti S.p.A.
Tel. +39 0524 52 11 84 | Cell. +39 335 742 1186

Da: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Inviato: venerdì 13 novembre 2026 11:04
A: Giulia Romano <giulia.romano@example.com>
Cc: Felix Lang <felix.lang@example.com>
Oggetto: Ritiri refrigerati settimana 47 – Parma/Mannheim

Ciao Giulia,

ti confermo i ritiri per la settimana 47 presso il vostro deposito di Parma:
- lunedì 16/11, ore 07:00 – semirimorchio frigo +2/+4 °C, 33 posti pallet (latticini per Mannheim)
- mercoledì 18/11, ore 14:00 – groupage a temperatura controllata +15/+18 °C (olio e vino, 12 pallet)
- venerdì 20/11, ore 07:00 – semirimorchio frigo +2/+4 °C (Mannheim, con scarico intermedio a Monaco)
''',
  desc='Thread hijacking from the genuine, compromised mailbox of a known haulier contact: reply in a real thread (In-Reply-To of B16) with a "OneDrive" link whose host only starts with the SharePoint name.',
  why='Link text says OneDrive but the href is ferrettitrasporti-my.sharepoint.com.cmr-docs.info (attacker domain); credential harvest via a trusted, authenticated sender.')

A(20, 'it', 'sextortion-spoofed-own-address',
  date=D('2026-11-08 23:17:44', -3), frm=('', 'francesca.esposito@example.com'), to=['esposito'],
  subject='Il tuo account è stato violato: francesca.esposito@example.com', cs='iso-8859-15',
  cte='quoted-printable', fmt='plain', style='generic', tls=False, env='francesca.esposito@example.com',
  infra=('dynamic-177-37-164-92.user.veloxzone.com.br', 'dynamic-177-37-164-92.user.veloxzone.com.br', '177.37.164.92'),
  midstyle='generic', middom='example.com',
  text='''Ciao,

come avrai notato, ti sto scrivendo dal tuo stesso indirizzo. Da alcuni mesi ho accesso ai tuoi dispositivi tramite un software che si è installato quando hai aperto uno dei documenti ricevuti via e-mail.

In questo periodo ho raccolto la tua cronologia di navigazione, i contatti della rubrica aziendale e alcune registrazioni della webcam che preferiresti non vedere condivise con i tuoi colleghi, i clienti e la tua famiglia.

Ti propongo una soluzione semplice: trasferisci l'equivalente di 1.450 EUR in Bitcoin al seguente indirizzo:

%s

Hai 72 ore dall'apertura di questo messaggio (ricevo una notifica di lettura). Una volta ricevuto il pagamento cancellerò tutto in modo definitivo e non avrai più notizie da me.

Non rispondere a questa e-mail e non rivolgerti alla Polizia Postale: me ne accorgerei subito e invierei il materiale a tutti i tuoi contatti.
''' % BTC,
  desc='Sextortion with Bitcoin address, From spoofed as the recipient\'s own address.',
  why='Own-domain sender arriving from a Brazilian residential IP; extortion and cryptocurrency payment demand.')

PL_FAKE = 'partner-log\u0131stik.pl'.encode('idna').decode()       # dotless-i homoglyph, punycode

A(21, 'pl', 'partner-logistik-idn-homoglyph-iban',
  date=D('2026-11-19 13:08:26', 1), frm=('Partner Logistik - Księgowość', 'ksiegowosc@' + PL_FAKE),
  to=['nowak'], cc=[('Tadeusz Zieliński', 't.zielinski@' + PL_FAKE)],
  subject='Zmiana rachunku bankowego – Partner Logistik sp. z o.o.', cs='iso-8859-2', cte='quoted-printable',
  fmt='plain', style='tb', infra=('mail.' + PL_FAKE, 'vps-7b2d19c4.vps.ovh.net', '146.59.12.88'),
  mailer=('User-Agent', 'Mozilla Thunderbird'), middom=PL_FAKE,
  text='''Szanowni Państwo,

nawiązując do naszego pisma z 30.10.2026, uprzejmie informujemy, że w związku z przeniesieniem obsługi bankowej spółki wskazany tam rachunek w mBank S.A. nie zostanie uruchomiony. Od dnia 20.11.2026 prosimy o regulowanie wszystkich należności wyłącznie na poniższy rachunek:

Partner Logistik sp. z o.o.
Alior Bank S.A.
%s

Rachunek został zgłoszony do Wykazu podatników VAT (biała lista) – aktualizacja wykazu może potrwać do 3 dni roboczych. Płatności z zastosowaniem mechanizmu podzielonej płatności są w pełni obsługiwane.

Dotyczy to również faktur już wystawionych, w tym FV/11/2026/0412 (kwota brutto 48 977,40 zł, termin płatności 21.11.2026).

Pismo podpisane przez Zarząd przesyłamy w załączniku. Prosimy o potwierdzenie aktualizacji danych zwrotnym e-mailem.

Z poważaniem

Ewa Lewandowska
Główna Księgowa
Partner Logistik sp. z o.o.
ul. Magazynowa 8, 62-080 Tarnowo Podgórne
NIP %s
''' % (fi(PL_ALIOR), fmt_nip(NIP_PARTNER)),
  atts=[pdf_att('Pismo_zmiana_rachunku_PL.pdf', ['Partner Logistik sp. z o.o. - zmiana rachunku bankowego',
                                                 'Nowy rachunek: ' + fi(PL_ALIOR), 'Alior Bank S.A.',
                                                 'Tarnowo Podgorne, 18.11.2026 - Zarzad'], when='20261119130000')],
  desc='Supplier bank change from an IDN homoglyph of partner-logistik.pl (dotless ı, %s), exploiting knowledge of the genuine change letter (B21) and explaining away the VAT white-list check.' % PL_FAKE,
  why='Punycode look-alike domain; cancels a verified change and diverts a known invoice to a third bank; pre-empts the biała lista control with a "3 days" excuse.')

A(22, 'pl', 'fake-ksef-token-expiry-brevo',
  date=D('2026-11-20 08:30:12', 1), frm=('KSeF – Krajowy System e-Faktur', 'powiadomienia@e-ksef-podatki.pl'),
  to=['nowak'], subject='KSeF: wygaśnięcie tokenu uwierzytelniającego – 3 faktury oczekują na odbiór',
  cs='windows-1250', cte='base64', fmt='html', style='generic',
  tpl=('brand', '#a41e22', 'Krajowy System e-Faktur',
       'Wiadomość wygenerowana automatycznie przez Krajowy System e-Faktur. Prosimy na nią nie odpowiadać.\n'
       'Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa'),
  infra=('m102.sendibm2.com', 'm102.sendibm2.com', '77.32.148.102'),
  env='bounces-1843377-agnieszka.nowak=example.com@sendibm2.com', mailer=('X-Mailer', 'Sendinblue'),
  midstyle='generic', middom='smtp-relay.sendinblue.com',
  text='''Szanowni Państwo,

informujemy, że token uwierzytelniający wygenerowany dla podmiotu Example Group Polska sp. z o.o. (NIP %s) wygaśnie w dniu 22.11.2026. Po tym terminie Państwa system finansowo-księgowy utraci możliwość pobierania faktur ustrukturyzowanych z KSeF.

W systemie oczekują na odbiór 3 faktury zakupowe:
• FV/11/2026/0412 – Partner Logistik sp. z o.o. – 48 977,40 zł
• 118/11/2026 – Szkło-Pak S.A. – 12 416,10 zł
• FV 2026/1188 – Chłodnie Wielkopolska sp. z o.o. – 7 380,00 zł

Aby odnowić token i zachować ciągłość odbioru faktur, zaloguj się do Aplikacji Podatnika KSeF:

[[!Odnów token w Aplikacji Podatnika|https://ap-ksef.e-ksef-podatki.pl/web/token/odnow?nip=%s]]
''' % (fmt_nip(NIP_EXG), NIP_EXG),
  desc='Fake KSeF (Polish national e-invoice system, mandatory since 2026) token-expiry notice sent via Brevo, HTML-only windows-1250, credential link.',
  why='KSeF does not e-mail token expiries with login buttons; look-alike domain on a bulk ESP; lists plausible pending invoices to create urgency.')

A(23, 'pl', 'fake-poczta-polska-customs-html-table-qr',
  date=D('2026-11-27 13:19:50', 1), frm=('Poczta Polska', 'e-powiadomienia@pocztapolska-odprawa.pl'),
  to=['kowalczyk'], subject='Przesyłka %s zatrzymana – odprawa celna: wymagana dopłata 23,40 zł' % S10_A23,
  cs='utf-8', cte='quoted-printable', fmt='alt', style='php', tls=False,
  tpl=('brand', '#e2001a', 'Poczta Polska', 'Poczta Polska S.A., ul. Rodziny Hiszpańskich 8, 00-940 Warszawa'),
  infra=('mail.pocztapolska-odprawa.pl', None, '194.169.175.142'),
  mailer=('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
  text='''Dzień dobry,

przesyłka polecona nr %s (nadawca: Zhejiang Packaging Co., Ltd., Ningbo) została zatrzymana w Urzędzie Pocztowym Odpraw Celnych w Poznaniu. Przed doręczeniem konieczne jest uiszczenie należności celno-podatkowych:

Cło i podatek VAT z importu: 18,40 zł
Opłata za przedstawienie do kontroli celnej: 5,00 zł
Razem: 23,40 zł

Zeskanuj poniższy kod QR aparatem telefonu, aby opłacić należność przez BLIK. Po 5 dniach roboczych przesyłka zostanie zwrócona do nadawcy.

[[QR|https://pocztapolska-odprawa.pl/p/%s]]
''' % (S10_A23, S10_A23),
  desc='Parcel/customs-fee smishing-style lure; the QR code is drawn as an HTML table of black/white cells (no image, no clickable link).',
  why='Table-rendered QR evades image and URL scanning; look-alike Poczta Polska domain on a VPS; small fee to harvest card/BLIK data.')

A(24, 'pl', 'invoice-reminder-zip-lnk-compromised',
  date=D('2026-11-10 12:03:38', 1), frm=('Biuro - Piekarnia Złoty Kłos', 'biuro@piekarnia-zlotyklos.pl'),
  to=['nowak'], subject='Faktura VAT FV/2026/11/0347 – przypomnienie o płatności', cs='iso-8859-2', cte='base64',
  fmt='plain', style='generic', infra=('piekarnia-zlotyklos.pl', 'serwer2481367.home.pl', '46.242.241.87'),
  mailer=('User-Agent', 'Roundcube Webmail/1.6.7'), midstyle='generic',
  text='''Dzień dobry,

w załączeniu przesyłamy ponownie fakturę VAT nr FV/2026/11/0347 wraz z korektą FK/2026/11/0021 dotyczącą dostaw na stoisko podczas targów.

Termin płatności upłynął 05.11.2026. Prosimy o pilne uregulowanie należności lub przesłanie potwierdzenia przelewu, jeśli płatność została już dokonana.

Pliki są spakowane ze względu na rozmiar załączników.

Pozdrawiam serdecznie
Katarzyna Mazur
Biuro Piekarni Złoty Kłos
tel. 61 814 22 37
''',
  atts=[att('FV_2026_11_0347.zip', 'application/zip',
            make_zip([('FV_2026_11_0347.pdf.lnk', INERT), ('FK_2026_11_0021.pdf.lnk', INERT)]))],
  desc='Malware dropper from a compromised small-business mailbox: overdue-invoice reminder with ZIP holding .pdf.lnk shortcuts (inert placeholders).',
  why='Unknown supplier with no order history; shortcut files in an archive are a standard loader technique; sent via a hijacked hosting account.')

A(25, 'pl', 'hr-christmas-vouchers-credential-phish',
  date=D('2026-11-24 09:12:14', 1), frm=('Dział Kadr i Płac', 'kadry@example-benefity.pl'),
  to=[('Pracownicy Example Group Polska', 'pracownicy@example-benefity.pl')], rcpt='agnieszka.nowak@example.com',
  subject='Bony świąteczne 2026 – potwierdź dane do 27.11', cs='utf-8', cte='base64', fmt='alt', style='sg',
  tpl=('brand', '#2e7d32', 'Example Group Polska · Portal benefitowy',
       'Example Group Polska sp. z o.o. · Dział Kadr i Płac\nWiadomość wysłana automatycznie.'),
  infra=('o16.ptr2291.example-benefity.pl', 'o16.ptr2291.example-benefity.pl', '149.72.134.77'),
  env='bounces+29917035-a4c2-agnieszka.nowak=example.com@em2291.example-benefity.pl',
  text='''Szanowni Pracownicy,

jak co roku Zarząd Example Group Polska przekazuje wszystkim pracownikom świadczenie świąteczne z Zakładowego Funduszu Świadczeń Socjalnych. W tym roku będzie to elektroniczna karta podarunkowa o wartości 600 zł, do wykorzystania w ponad 200 sieciach handlowych.

Aby otrzymać kartę, zaloguj się do portalu benefitowego kontem firmowym (Microsoft 365) i potwierdź dane do wysyłki oraz oświadczenie o sytuacji socjalnej do 27.11.2026.

[[!Przejdź do portalu benefitowego|https://example-benefity.pl/login?src=mail&org=examplegroup]]

Osoby, które nie potwierdzą danych w terminie, otrzymają świadczenie dopiero w styczniu.

Pozdrawiamy
Dział Kadr i Płac
Example Group Polska sp. z o.o.
''',
  desc='Internal-HR impersonation (Christmas gift cards from the social fund) on look-alike domain example-benefity.pl via SendGrid, M365 credential lure.',
  why='HR does not mail from an external domain; seasonal benefit lure with deadline; company login requested on a third-party site.')

A(26, 'es', 'fake-aeat-notification-mailgun',
  date=D('2026-11-12 09:45:06', 1), frm=('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.es'),
  to=['martin'], subject='Notificación: requerimiento de información – Modelo 303, 3T 2026 (Ref. 2026GRC48217S)',
  cs='iso-8859-1', cte='quoted-printable', fmt='alt', style='generic',
  tpl=('brand', '#7a1f3d', 'Agencia Tributaria · Sede Electrónica',
       'Agencia Tributaria\nEste mensaje se ha enviado de forma automática. Por favor, no responda a este correo.'),
  infra=('m47-112.mailgun.net', 'm47-112.mailgun.net', '159.135.47.112'),
  env='bounce+9c1e7a.52ab3f-javier.martin=example.com@mg.agenciatributaria-sede.es', midstyle='generic',
  middom='mg.agenciatributaria-sede.es',
  text='''Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, modelo 303, tercer trimestre de 2026.

Referencia: 2026GRC48217S
NIF: %s (Example Group Iberia S.L.)
Órgano emisor: Dependencia Regional de Gestión Tributaria – Madrid

Dispone de un plazo de 10 días hábiles desde el acceso a la notificación para aportar la documentación requerida. Transcurridos 10 días naturales desde su puesta a disposición sin que acceda a su contenido, la notificación se entenderá rechazada.

[[!Acceder a la notificación|https://sede.agenciatributaria-sede.es/Sede/notificaciones/acceso?ref=2026GRC48217S]]

Puede identificarse con certificado electrónico, DNIe o Cl@ve.
''' % CIF_EXG,
  desc='Fake Spanish Tax Agency (AEAT) notification with link to a fake Sede Electrónica (Cl@ve/certificate login).',
  why='Real notices come from DEHú/agenciatributaria.gob.es (compare B27) and do not link to login pages on other domains; look-alike on Mailgun.')

A(27, 'es', 'olive-coop-bank-change-gmail-thread',
  date=D('2026-11-18 17:26:31', 1), frm=('Cooperativa Olivarera San Isidro', 'administracion.coopsanisidro@gmail.com'),
  to=['fernandez'], subject='Re: Proforma PF-2026-118 – AOVE Picual campaña 2026/27', cs='UTF-8',
  cte='quoted-printable', fmt='alt', tpl='gmail', style='gmail', irt=MID_B26,
  infra=gmail_host('ed1', 52), up=[up_gmail_smtp('ed1', 52)],
  text='''Hola Lucía:

Te escribo desde esta cuenta porque desde esta mañana tenemos problemas con el correo de la cooperativa (nos están cambiando el servidor) y no sé si os llegan nuestros mensajes.

Te aviso de que, por indicación de nuestra gestoría, el anticipo de la proforma PF-2026-118 (38.640,00 €) hay que hacerlo a la cuenta nueva que hemos abierto en BBVA para las operaciones de exportación, no a la de Caja Rural:

Titular: S. Coop. And. Olivarera San Isidro
IBAN: %s
BIC: BBVAESMMXXX

Si puedes, mándame el justificante a este correo en cuanto lo tengas, que así le damos ya la orden de carga a la cisterna para el jueves.

Un saludo y gracias,

Manuel Ortega
Administración
S. Coop. And. Olivarera San Isidro
Martos (Jaén)

El lun, 16 nov 2026 a las 12:48, Manuel Ortega (<administracion@coopsanisidro.es>) escribió:
> Hola Lucía:
> Como hablamos ayer por teléfono, te adjunto la proforma PF-2026-118 correspondiente a la primera carga de la campaña.
''' % fi(ES_BBVA),
  desc='Supplier bank-detail change in a continued thread (In-Reply-To of B26) from a Gmail address: advance payment of 38,640 EUR redirected to a new BBVA account.',
  why='Free-mail address replaces the cooperative domain; "mail server problems" excuse; new IBAN for a known, urgent payment (mailbox compromise / thread knowledge).')

A(28, 'es', 'fake-retailer-rfq-html-excel-login',
  date=D('2026-11-04 10:11:52', 1), frm=('Mercadona – Dpto. Compras', 'compras.proveedores@mercadona-proveedores.es'),
  to=['fernandez'], subject='Solicitud de oferta RFQ-ALM-26-1187: aceite de oliva virgen extra 1 L y 5 L',
  cs='iso-8859-15', cte='quoted-printable', fmt='plain', style='msold',
  infra=('mail.mercadona-proveedores.es', None, '91.215.85.198'), mailer=('X-Mailer', 'Microsoft Outlook 16.0'),
  midstyle='generic',
  text='''Buenos días:

Desde el Departamento de Compras estamos ampliando el panel de proveedores de aceite de oliva virgen extra para la campaña 2026/2027 y nos gustaría contar con su oferta.

Adjuntamos el pliego con las especificaciones técnicas (formatos de 1 L PET y 5 L), los volúmenes estimados por trimestre y las condiciones logísticas para nuestros bloques logísticos.

Les rogamos nos envíen su propuesta antes del 20 de noviembre de 2026. Para acceder al pliego deberá identificarse con el correo electrónico de su empresa.

Atentamente,

Raúl Giménez Soler
Gestor de Compras – Aceites y Grasas
Mercadona, S.A.
C/ Valencia, 5 – 46016 Tavernes Blanques (Valencia)
''',
  atts=[att('RFQ-ALM-26-1187_Pliego.html', 'text/html',
            phish_page('Excel – RFQ-ALM-26-1187_Pliego.xlsx', 'Microsoft Excel', '#107c41', 'Verifique su identidad',
                       'Este documento se ha compartido de forma segura. Para ver «RFQ-ALM-26-1187_Pliego.xlsx», confirme su correo electrónico y contraseña.',
                       [('Correo electrónico', 'email'), ('Contraseña', 'password')], 'Ver documento',
                       'https://pliego-rfq.web-docview.com/es/xl/auth', 'es', 'lucia.fernandez@example.com',
                       '© Microsoft 2026').encode('utf-8'))],
  desc='Fake request for quotation from a major Spanish retailer (look-alike domain) with an HTML "Excel" credential page as the tender document.',
  why='RFQ lure tailored to an olive-oil exporter; look-alike domain on a VPS without reverse DNS; login required to "view" a spreadsheet.')

A(29, 'es', 'callback-phishing-antivirus-renewal',
  date=D('2026-11-25 18:03:20', 1), frm=('Servicio de Facturación', 'facturacion.renovaciones@hotmail.com'),
  to=['martin'], subject='Confirmación de su pedido n.º 7734-ES-2026', cs='utf-8', cte='quoted-printable',
  fmt='html', style='o365', tpl=('brand', '#c01818', 'Confirmación de renovación automática',
                                  'Departamento de Facturación · Atención telefónica de lunes a sábado'),
  infra=o365_host('EUR05', 'VI1', 2034, '40.92.90.34', consumer=True),
  up=[up_o365('PAXP193MB2210.EURP193.PROD.OUTLOOK.COM', '15.20.9388.008')],
  middom='PAXP193MB2210.EURP193.PROD.OUTLOOK.COM',
  text='''Estimado cliente:

Le confirmamos que su suscripción anual se ha renovado correctamente. El importe se cargará en el método de pago asociado a su cuenta en un plazo de 24 horas.

Número de pedido: 7734-ES-2026
Producto: Protección Total Empresas – 10 dispositivos
Periodo: 25/11/2026 – 24/11/2027
Importe: 349,99 € (IVA incluido)

Si no ha solicitado esta renovación o desea cancelarla y recibir el reembolso, llame a nuestro departamento de facturación al 911 23 84 07 (lunes a sábado, de 9:00 a 20:00). Las cancelaciones solo pueden tramitarse por teléfono dentro de las 48 horas siguientes a la renovación.

Gracias por confiar en nosotros.
''',
  desc='Callback phishing in Spanish: HTML-only renewal confirmation from a hotmail.com address; only action is a phone number.',
  why='No links or attachments for scanners to find; free-mail sender for a "company" charge; refund-by-phone pretext.')

A(30, 'es', 'voicemail-svg-attachment-ses',
  date=D('2026-11-30 11:26:45', 1), frm=('Centralita Virtual', 'buzon-voz@centralita-avisos.es'), to=['fernandez'],
  subject='Nuevo mensaje de voz (0:47) de +34 953 21 88 44', cs='utf-8', cte='quoted-printable', fmt='alt',
  style='ses', tpl=('brand', '#1a73e8', 'Centralita Virtual · Buzón de voz',
                    'Este es un mensaje automático de su sistema de centralita virtual.'),
  infra=('a6-45.smtp-out.eu-west-1.amazonses.com', 'a6-45.smtp-out.eu-west-1.amazonses.com', '54.240.6.45'),
  env='0102019a7f2c14d0-1e9b5a37-8c64-4f0e-b2d1-6a93e05c7f28-000000@eu-west-1.amazonses.com',
  middom='eu-west-1.amazonses.com',
  text='''Tiene un nuevo mensaje de voz

De: +34 953 21 88 44 (Jaén)
Para: Lucía Fernández (ext. 214)
Fecha: lunes, 30 de noviembre de 2026, 11:24
Duración: 0:47

El mensaje se adjunta a este correo. Para escucharlo, abra el archivo adjunto en su navegador.
''',
  atts=[att('VM_34953218844_0047.svg', 'image/svg+xml', ('''<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="440" height="170" viewBox="0 0 440 170">
<rect width="440" height="170" rx="10" fill="#f3f6fa" stroke="#c9d3e0"/>
<text x="24" y="46" font-family="Arial" font-size="18" fill="#1f2d3d">Mensaje de voz · 0:47</text>
<text x="24" y="74" font-family="Arial" font-size="13" fill="#5f6b7a">De: +34 953 21 88 44 · 30/11/2026 11:24</text>
<a xlink:href="https://centralita-avisos.es/vm/play?id=9b27e4&amp;u=lucia.fernandez%40example.com" target="_blank">
<rect x="24" y="98" width="170" height="44" rx="6" fill="#1a73e8"/>
<text x="50" y="126" font-family="Arial" font-size="16" fill="#ffffff">Reproducir audio</text></a>
<!-- INERT PLACEHOLDER: real samples embed an obfuscated <script> redirect here; removed for the evaluation corpus -->
</svg>
''').encode('utf-8'))],
  desc='Voicemail lure with an SVG attachment that carries the phishing link (SVG-smuggling technique; script removed).',
  why='Images that contain active links/scripts are a 2025-26 evasion trend; sender is a made-up PBX domain on Amazon SES; company has no such voicemail service.')

A(31, 'el', 'fake-aade-vat-refund-iban',
  date=D('2026-11-13 10:40:12', 2), frm=('ΑΑΔΕ – myAADE', 'enimerosi@myaade-gov.gr'), to=['georgiou'],
  subject='Επιστροφή ΦΠΑ σε εκκρεμότητα – απαιτείται επιβεβαίωση IBAN', cs='iso-8859-7', cte='quoted-printable',
  fmt='alt', style='generic',
  tpl=('brand', '#003476', 'ΑΑΔΕ · Ανεξάρτητη Αρχή Δημοσίων Εσόδων',
       'Αυτό το μήνυμα δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε.'),
  infra=('mail.myaade-gov.gr', None, '185.225.74.60'), midstyle='generic',
  text='''Αγαπητέ/ή φορολογούμενε,

Σας ενημερώνουμε ότι το αίτημα επιστροφής πιστωτικού υπολοίπου ΦΠΑ για την περίοδο Ιουλίου – Σεπτεμβρίου 2026 της επιχείρησης EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε. (ΑΦΜ %s) έχει εγκριθεί για ποσό 4.218,60 €.

Η πίστωση δεν μπορεί να ολοκληρωθεί, διότι ο λογαριασμός IBAN που έχει δηλωθεί στο Μητρώο δεν ήταν δυνατό να επαληθευτεί από το τραπεζικό σύστημα. Παρακαλούμε επιβεβαιώστε τα στοιχεία του λογαριασμού σας μέσω της εφαρμογής myAADE έως τις 20/11/2026, διαφορετικά το αίτημα θα τεθεί στο αρχείο.

[[!Σύνδεση στο myAADE (κωδικοί TAXISnet)|https://www1.myaade-gov.gr/taxisnet/epistrofes/iban?afm=%s]]

Με εκτίμηση,
Γενική Διεύθυνση Φορολογικής Διοίκησης
''' % (AFM_EXG, AFM_EXG),
  desc='Fake Greek tax authority (AADE) VAT-refund notice asking to "confirm IBAN" via a fake TAXISnet login.',
  why='Look-alike of aade.gr; refund bait + deadline; TAXISnet credentials harvested on a foreign VPS.')

A(32, 'el', 'olive-union-lookalike-wise-iban',
  date=D('2026-11-24 12:15:30', 2), frm=('Ένωση Μεσσηνίας – Λογιστήριο', 'logistirio@easmesinias.gr'),
  to=['papadopoulou'], cc=['georgiou'], subject='Αλλαγή τραπεζικού λογαριασμού για εξαγωγικές πωλήσεις – Τιμολόγιο 1187/2026',
  cs='windows-1253', cte='base64', fmt='plain', style='msold',
  infra=('mail.easmesinias.gr', 'static.241.204.108.65.clients.your-server.de', '65.108.204.241'),
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), midstyle='generic',
  text='''Αγαπητή κα Παπαδοπούλου,

Σας ενημερώνουμε ότι, στο πλαίσιο της νέας συνεργασίας μας με πάροχο πληρωμών για τις ενδοκοινοτικές και εξαγωγικές πωλήσεις, από 01/12/2026 οι πληρωμές των τιμολογίων μας θα εισπράττονται στον παρακάτω λογαριασμό σε ευρώ:

Δικαιούχος: EAS MESSINIAS – EXPORT
Τράπεζα: Wise Europe SA, Βρυξέλλες
IBAN: %s
BIC: TRWIBEB1XXX

Παρακαλούμε η εξόφληση του τιμολογίου 1187/2026 (ποσό 35.312,50 €, λήξη 30/11/2026) να γίνει ήδη στον νέο λογαριασμό, ώστε να μην υπάρξει καθυστέρηση στη φόρτωση της επόμενης παραγγελίας. Ο λογαριασμός στην Τράπεζα Πειραιώς παραμένει μόνο για εγχώριες συναλλαγές.

Επισυνάπτεται η σχετική επιστολή υπογεγραμμένη από τον Πρόεδρο.

Με εκτίμηση,
Γιώργος Αντωνόπουλος
Λογιστήριο
Ένωση Αγροτικών Συνεταιρισμών Μεσσηνίας
Καλαμάτα
''' % fi(FRAUD_WISE),
  atts=[pdf_att('Epistoli_allagi_logariasmou.pdf', ['EAS Messinias - Change of bank account',
                                                   'New IBAN: ' + fi(FRAUD_WISE) + '  BIC TRWIBEB1XXX',
                                                   'Kalamata, 20/11/2026 - The President'], when='20261124120000')],
  desc='Supplier bank change from look-alike easmesinias.gr (real: easmessinias.gr) moving invoice 1187/2026 (see B31) to a Wise Belgium account.',
  why='One-letter domain typo on Hetzner; foreign e-money IBAN for a Greek cooperative; existing invoice redirected.')

A(33, 'el', 'fake-courier-customs-fee',
  date=D('2026-12-02 09:05:44', 2), frm=('ACS Courier', 'noreply@acs-eidopoiiseis.gr'), to=['papadopoulou'],
  subject='Η αποστολή 7204418813 δεν παραδόθηκε – εκκρεμούν τελωνειακά τέλη 2,85 €', cs='utf-8',
  cte='quoted-printable', fmt='html', style='php', tls=False,
  tpl=('brand', '#d71920', 'ACS Courier', 'ACS Courier – Με ασφάλεια, παντού.'),
  infra=('acs-eidopoiiseis.gr', None, '141.98.10.47'),
  mailer=('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
  text='''Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7204418813 έφτασε στο κέντρο διαλογής Θεσσαλονίκης αλλά δεν μπορεί να παραδοθεί, καθώς εκκρεμούν τελωνειακά τέλη ύψους 2,85 €.

Παρακαλούμε ολοκληρώστε την πληρωμή και επιλέξτε νέα ημερομηνία παράδοσης εντός 48 ωρών. Διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα.

[[!Προγραμματισμός παράδοσης|https://acs-eidopoiiseis.gr/track/7204418813]]
''',
  desc='Courier customs-fee phishing (card data) impersonating a Greek courier, HTML-only.',
  why='Look-alike courier domain, tiny fee + return threat, PHPMailer from a VPS without TLS.')

A(34, 'el', 'internal-bec-office-manager-gmail',
  date=D('2026-11-27 11:48:02', 2), frm=('Ελένη Παπαδοπούλου', 'eleni.papadopoulou.exg@gmail.com'), to=['georgiou'],
  subject='Επείγον – πληρωμή σήμερα', cs='windows-1253', cte='quoted-printable', fmt='plain', style='msold',
  infra=gmail_host('lf1', 48), up=[up_gmail_esmtpsa('DESKTOP-7Q2LKMF', '94.64.118.203')],
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), midstyle='generic', middom='gmail.com',
  text='''Νίκο καλημέρα,

Είμαι σε σύσκεψη με πελάτη στην Αθήνα και δεν μπορώ να μιλήσω στο τηλέφωνο. Σου γράφω από το προσωπικό μου email γιατί το Outlook στο laptop έχει κολλήσει.

Χρειάζεται να γίνει σήμερα μια προκαταβολή στον νέο προμηθευτή για τα γυάλινα μπουκάλια (παραγγελία για τα δείγματα του Δεκεμβρίου). Το έχει εγκρίνει ο κ. Brandt, θα σου στείλει κι εκείνος email αργότερα.

Δικαιούχος: Vitrum Packaging Solutions Ltd
IBAN: %s
Ποσό: 14.800,00 €
Αιτιολογία: PO 2611-VPS

Στείλε μου το αποδεικτικό εδώ μόλις γίνει. Ευχαριστώ πολύ!

Ελένη
''' % fi(FRAUD_CY),
  desc='Internal BEC: Greek office manager impersonated from a Gmail address, asking the local accountant for an urgent payment to a new Cyprus account.',
  why='Colleague name on a free mailer, unreachable by phone, new payee abroad, claimed CEO approval; contrast with genuine internal B33 which insists on platform-generated references.')

A(35, 'el', 'fake-efet-complaint-zip-scr',
  date=D('2026-11-17 13:22:09', 2), frm=('ΕΦΕΤ – Διεύθυνση Ελέγχων', 'elegxoi@efet-gov.org'), to=['papadopoulou'],
  subject='Καταγγελία καταναλωτή – Αρ. Πρωτ. 28841/2026 – Κλήση για παροχή εξηγήσεων', cs='iso-8859-7',
  cte='base64', fmt='plain', style='php', tls=False, infra=('efet-gov.org', None, '5.181.80.119'),
  mailer=('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
  text='''Προς: EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε.
Υπόψη: Υπεύθυνου Ασφάλειας Τροφίμων

Σας γνωστοποιούμε ότι στην Περιφερειακή Διεύθυνση του ΕΦΕΤ Κεντρικής Μακεδονίας υποβλήθηκε καταγγελία καταναλωτή σχετικά με προϊόν που διακινείται από την επιχείρησή σας (γιαούρτι στραγγιστό 1 kg, παρτίδα L26-3052), για πιθανή απόκλιση από τη δηλωμένη επισήμανση.

Καλείστε να παράσχετε γραπτές εξηγήσεις εντός πέντε (5) εργάσιμων ημερών από την παραλαβή του παρόντος. Το πλήρες κείμενο της καταγγελίας, οι φωτογραφίες και το έντυπο υποβολής εξηγήσεων επισυνάπτονται σε συμπιεσμένο αρχείο.

Σε περίπτωση μη ανταπόκρισης θα διενεργηθεί έκτακτος έλεγχος και ενδέχεται να επιβληθούν τα προβλεπόμενα διοικητικά πρόστιμα.

Ο Προϊστάμενος Τμήματος Ελέγχων
Δρ. Κ. Σταματίου

Ενιαίος Φορέας Ελέγχου Τροφίμων
Περιφερειακή Διεύθυνση Κεντρικής Μακεδονίας
''',
  atts=[att('Kataggelia_28841_2026.zip', 'application/zip',
            make_zip([('Καταγγελία_28841_2026_φωτογραφίες.pdf.scr', INERT)]))],
  desc='Fake Hellenic Food Authority (EFET) consumer-complaint summons with ZIP containing a .pdf.scr (inert placeholder).',
  why='Authority impersonated from a .org look-alike via PHPMailer; executable screensaver disguised as PDF; fine threat.')

A(36, 'ru', 'fake-chestny-znak-ukep-login',
  date=D('2026-11-18 10:02:55', 3), frm=('Честный ЗНАК', 'uved@chestnyznak-lk.ru'), to=['volkov'],
  subject='Честный ЗНАК: ограничение вывода из оборота – требуется перевыпуск УКЭП', cs='koi8-r',
  cte='quoted-printable', fmt='alt', style='generic',
  tpl=('brand', '#1b1b1b', 'Честный ЗНАК · ГИС МТ', 'Служба поддержки "Честный ЗНАК", 8 800 222-15-23'),
  infra=('mail.chestnyznak-lk.ru', None, '94.156.71.29'), midstyle='generic',
  text='''Уважаемый участник оборота товаров!

Оператор государственной информационной системы мониторинга за оборотом товаров уведомляет, что сертификат квалифицированной электронной подписи, привязанный к личному кабинету организации ООО "Экзампл Груп Рус" (ИНН %s), не прошёл проверку в связи с изменением требований к сертификатам.

С 25.11.2026 для вашей организации будет ограничена передача сведений о выводе из оборота молочной продукции и упакованной воды. Отгрузки с неподтверждёнными УПД будут приостановлены.

Чтобы избежать ограничений, выполните повторную авторизацию в личном кабинете и подтвердите данные сертификата:

[[!Перейти в личный кабинет|https://lk-chestnyznak.ru-crpt.online/auth?inn=%s]]

С уважением,
Служба поддержки "Честный ЗНАК"
''' % (INN_EXG, INN_EXG),
  desc='Fake notice from the Russian product-labelling operator (Chestny ZNAK, dairy marking) threatening shipment blocks unless the user re-authenticates.',
  why='Look-alike domain, credential/UKEP harvesting link on .online, deadline; genuine notices appear in the GIS MT cabinet.')

A(37, 'ru', 'fake-fns-requirement-zip-exe',
  date=D('2026-11-06 15:33:48', 3), frm=('ФНС России', 'trebovanie@nalog-uved.ru'), to=['volkov'],
  subject='Требование о представлении пояснений № 18-27/4412 (ст. 88 НК РФ)', cs='windows-1251', cte='base64',
  fmt='plain', style='generic', infra=('vh412.timeweb.ru', 'vh412.timeweb.ru', '92.53.96.188'),
  mailer=('X-Mailer', 'PHP/8.1.29'), midstyle='generic',
  text='''ООО «Экзампл Груп Рус»
ИНН %s / КПП 770501001

ТРЕБОВАНИЕ
о представлении пояснений № 18-27/4412

Инспекция Федеральной налоговой службы № 5 по г. Москве в ходе камеральной налоговой проверки налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 года выявила расхождения между сведениями об операциях, отражёнными в книге покупок, и сведениями, представленными контрагентами.

В соответствии с п. 3 ст. 88 Налогового кодекса Российской Федерации предлагаем в течение пяти рабочих дней представить необходимые пояснения или внести соответствующие исправления в налоговую декларацию.

Перечень расхождений (приложение к требованию) направлен во вложении.

Заместитель начальника инспекции
А. В. Кузнецова
''' % INN_EXG,
  atts=[att('Требование_18-27_4412.zip', 'application/zip',
            make_zip([('Требование_18-27_4412_приложение.pdf.exe', INERT)]))],
  desc='Fake Russian tax-office (FNS) requirement with archive containing .pdf.exe (inert placeholder).',
  why='FNS sends requirements via EDO operators, not e-mail; look-alike domain through shared hosting; executable in archive.')

A(38, 'ru', 'fake-mercury-vsd-cancellation',
  date=D('2026-11-26 08:47:30', 3), frm=('ФГИС «Меркурий»', 'noreply@vetis-merkuriy.ru'), to=['smirnova'],
  subject='Меркурий: аннулирование ВСД по партиям молочной продукции – требуется подтверждение', cs='utf-8',
  cte='base64', fmt='alt', style='generic',
  tpl=('brand', '#2d6a4f', 'ВетИС · Компонент «Меркурий»', 'Служба поддержки ВетИС. Россельхознадзор.'),
  infra=('mail.vetis-merkuriy.ru', None, '45.155.205.77'), midstyle='generic',
  text='''Уважаемый пользователь!

По результатам автоматизированной проверки (регионализация и сроки годности) ветеринарным сопроводительным документам вашего предприятия присвоен статус «требует подтверждения»:

Хозяйствующий субъект: ООО «Экзампл Груп Рус»
Площадка: склад «Подольск-2»
Количество ВСД: 7 (сыр моцарелла, масло сливочное)
Дата: 25.11.2026

Если ВСД не будут подтверждены в течение 24 часов, они будут автоматически аннулированы, а продукция заблокирована для реализации.

[[!Открыть список ВСД|https://mercury.vetis-merkuriy.ru/hs/operatorui?vsd=confirm]]

Для входа используйте учётную запись ВетИС.Паспорт.
''',
  desc='Fake Mercury/VetIS (Russian veterinary certificates for dairy) notice with login link.',
  why='Look-alike of vetrf.ru, 24-hour threat, harvests VetIS.Passport credentials.')

A(39, 'ru', 'forwarder-bank-change-mail-ru',
  date=D('2026-11-16 11:39:17', 3), frm=('СеверТрансЛогистик – бухгалтерия', 'stl.buhgalteriya@mail.ru'),
  to=['volkov'], subject='Смена банковских реквизитов ООО «СеверТрансЛогистик» с 16.11.2026', cs='koi8-r',
  cte='base64', fmt='plain', style='generic', infra=('f762.i.mail.ru', 'f762.i.mail.ru', '95.163.41.24'),
  mailer=('X-Mailer', 'Mail.Ru Mailer 1.0'), midstyle='mailru', middom='f762.i.mail.ru',
  text='''Добрый день, Дмитрий!

Уведомляем Вас, что в связи с закрытием расчётного счёта в ПАО Сбербанк с 16.11.2026 оплату по договору транспортной экспедиции № 47/ТЭ-2025 необходимо производить по новым реквизитам:

Получатель: ООО «СеверТрансЛогистик»
ИНН %s / КПП 500301001
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Счета № 1184 и № 1192 от 09.11.2026 (на общую сумму 486 300,00 руб.) просим оплатить уже по новым реквизитам. Официальное письмо с подписью генерального директора направим через ЭДО в течение недели.

Пишем с резервной почты, так как корпоративный почтовый сервер на техническом обслуживании.

С уважением,
Татьяна Морозова
бухгалтерия ООО «СеверТрансЛогистик»
+7 (495) 374-21-08
''' % (INN_STL, RU_STL_RS, RU_TB_BIK, RU_TB_KS),
  desc='Russian freight forwarder "bank details change" from a mail.ru address; account number has a valid control key for the stated BIK.',
  why='Free mailer instead of the company domain, "server maintenance" excuse, open invoices redirected before the signed letter arrives.')

A(40, 'ru', 'fake-diadoc-reconciliation-html',
  date=D('2026-12-03 09:21:40', 3), frm=('Контур.Диадок', 'noreply@diadok-kontur.ru'), to=['smirnova'],
  subject='Вам поступил документ на подпись от ООО «Вкусный Дом»', cs='windows-1251', cte='quoted-printable',
  fmt='html', style='generic', tpl=('brand', '#1a9bd7', 'Диадок', 'С уважением, команда Диадока'),
  infra=('mail.diadok-kontur.ru', None, '45.12.253.77'), midstyle='generic',
  text='''Здравствуйте!

Контрагент ООО «Вкусный Дом» отправил вам документ, требующий подписи:

Тип: Акт сверки взаимных расчётов
Номер и дата: № 41 от 30.11.2026
Период: 01.01.2026 – 30.11.2026
Сумма расхождения: 1 284 600,00 руб.

Контрагент запросил ответную подпись до 05.12.2026.

[[!Открыть документ|https://diadoc.diadok-kontur.ru/Document/Show?letterId=5e1f0a77-3c2b-4d18-9a6e-0b47c2d9e811]]

Для входа используйте логин и пароль или сертификат электронной подписи.
''',
  desc='Fake Kontur.Diadoc (EDO) notification with credential link, HTML-only windows-1251; mimics genuine B37.',
  why='Look-alike "diadok-kontur.ru" (real: diadoc.ru / kontur.ru), inflated discrepancy to trigger action, credential page.')

# ===========================================================================
# BUSINESS
# ===========================================================================

B(1, 'de', 'supplier-invoice-zugferd',
  date=D('2026-11-04 16:02:11', 1), frm=('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de'), to=['schmidt'],
  subject='Rechnung RE-2026-11873 – Ihre Bestellung 4500128841', cs='iso-8859-15', cte='quoted-printable',
  fmt='plain', style='generic', infra=MX_LIEF, mailer=('X-Mailer', 'Microsoft Dynamics 365 Business Central'),
  midstyle='generic',
  text='''Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11873 vom 04.11.2026 zu Ihrer Bestellung 4500128841 (Lieferschein LS-884120, Weinflaschen Bordeaux 0,75 l antikgrün, 24 Paletten).

Die Rechnung liegt als ZUGFeRD-Datei (Profil EN 16931) vor; die strukturierten Rechnungsdaten sind im PDF eingebettet.

Rechnungsbetrag: 18.460,20 € (inkl. 19 %% USt.)
Zahlungsziel: 30 Tage netto, 2 %% Skonto bei Zahlung bis 14.11.2026

Bankverbindung: Sparkasse Bielefeld
IBAN: %s
BIC: SPBIDE3BXXX

Bei Fragen zur Rechnung erreichen Sie unsere Buchhaltung unter +49 521 9876-230.

Mit freundlichen Grüßen
Ihre Buchhaltung
Lieferant GmbH

Lieferant GmbH · Industriestraße 14 · 33602 Bielefeld
Geschäftsführer: Dr. Ulrich Lindemann · Amtsgericht Bielefeld HRB 41872 · USt-IdNr. %s
''' % (fi(LIEF_SPK), USTID_LIEF),
  atts=[pdf_att('RE-2026-11873.pdf', ['Rechnung RE-2026-11873', 'Lieferant GmbH, Industriestrasse 14, 33602 Bielefeld',
                                      'Kunde: Example Group GmbH, Kd.-Nr. 20417, Bestellung 4500128841',
                                      'Weinflaschen Bordeaux 0,75 l antikgruen - 24 Paletten',
                                      'Netto 15.512,77 EUR  USt 19% 2.947,43 EUR  Brutto 18.460,20 EUR',
                                      'IBAN ' + fi(LIEF_SPK) + '  BIC SPBIDE3BXXX',
                                      '(ZUGFeRD placeholder - XML not embedded in this corpus)'],
                when='20261104160000', producer='Microsoft Dynamics 365 Business Central')],
  desc='Genuine supplier invoice (ZUGFeRD) from Lieferant GmbH\'s own mail server, known bank account.',
  why='Correct domain and server, expected order/delivery references, unchanged Sparkasse account.')

B(2, 'de', 'supplier-genuine-bank-change-with-verification',
  date=D('2026-11-18 11:26:09', 1), frm=('Stefan Maier', 's.maier@lieferant-gmbh.de'), to=['schmidt'],
  cc=['becker', ('Lieferant GmbH Buchhaltung', 'rechnungen@lieferant-gmbh.de')],
  subject='Änderung unserer Bankverbindung zum 01.01.2027 – bitte telefonisch verifizieren', cs='utf-8',
  cte='quoted-printable', fmt='alt', tpl='outlook', style='msold', infra=MX_LIEF,
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), midstyle='generic', clang='de-DE',
  text='''Sehr geehrte Frau Schmidt,

wie in unserem Jahresgespräch mit Frau Becker am 29. Oktober angekündigt, wechseln wir zum Jahreswechsel unsere Hausbank. Ab dem 01.01.2027 bitten wir Sie, Zahlungen an die Lieferant GmbH auf folgendes Konto zu leisten:

Deutsche Bank AG, Filiale Bielefeld
IBAN: %s
BIC: DEUTDEDB480

Bis einschließlich 31.12.2026 bleibt unser Konto bei der Sparkasse Bielefeld unverändert gültig – bitte zahlen Sie alle Rechnungen aus 2026 wie gewohnt dorthin.

Aus gegebenem Anlass: Uns sind gefälschte E-Mails bekannt, die im Namen unserer Buchhaltung angeblich geänderte Bankdaten mitteilen (u. a. von der Domain „lieferant-gmbh.com“, die nicht zu uns gehört). Bitte verifizieren Sie die neue Bankverbindung deshalb vor der Umstellung telefonisch unter der Ihnen bekannten Nummer unserer Buchhaltung (+49 521 9876-230) oder direkt bei mir. Das unterschriebene Schreiben erhalten Sie zusätzlich per Post.

Vielen Dank und freundliche Grüße

Stefan Maier
Key Account Manager
Lieferant GmbH
Industriestraße 14 · 33602 Bielefeld
Tel. +49 521 9876-114 · Mobil +49 171 4420118
''' % fi(LIEF_DB),
  atts=[pdf_att('Mitteilung_Bankverbindung_Lieferant_GmbH.pdf',
                ['Mitteilung ueber die Aenderung der Bankverbindung', 'Lieferant GmbH, Bielefeld',
                 'gueltig ab 01.01.2027: Deutsche Bank AG, IBAN ' + fi(LIEF_DB),
                 'bis 31.12.2026 unveraendert: Sparkasse Bielefeld, IBAN ' + fi(LIEF_SPK),
                 'Bitte telefonisch verifizieren: +49 521 9876-230'], when='20261118110000',
                author='Stefan Maier')],
  desc='Genuine bank-detail change from the known supplier contact, effective in 6 weeks, old account stays valid, explicitly asks for phone verification and warns about the look-alike domain.',
  why='Correct domain and mail server, known contact and cc of the buyer, no urgency, domestic bank, verification via known number; content resembles fraud, so it tests false positives.')

B(3, 'de', 'internal-cfo-urgent-payment-release',
  date=D('2026-11-20 09:12:44', 1), frm=S['weber'], to=['schmidt'], cc=['lang'],
  subject='EILT: Ferretti-Rechnungen heute noch freigeben', cs='iso-8859-1', cte='quoted-printable', fmt='alt',
  tpl='outlook', style='exch', clang='de-DE', infra=INT, up=[up_int_relay('b3'), up_exch()],
  middom='EXMBX02.corp.example.com', mailer=('X-Mailer', 'Microsoft Outlook 16.0'),
  text='''Hallo Anna,

bitte gib heute noch die beiden Rechnungen von Ferretti Trasporti zur Zahlung frei (1187/FT vom 31.10. und 1203/FT vom 06.11., zusammen 23.871,40 EUR). Wir haben mit Chiara Colombo vereinbart, dass wir beide vorzeitig ausgleichen – dafür fahren sie uns die drei Zusatztouren für Nordmarkt in KW 49 und geben 2 % Skonto.

Bitte unbedingt die IBAN aus dem Kreditorenstamm nehmen (Banco BPM), nicht aus irgendeiner Mail – Luca hat mir am Montag eine angebliche „Bankänderung“ von ferretti-trasporti.com weitergeleitet, die eindeutig gefälscht ist.

Die zweite Freigabe im Banking mache ich nach 11 Uhr.

Danke dir!
Claudia

Claudia Weber
CFO
Example Group GmbH · Konrad-Zuse-Ring 12 · 68163 Mannheim
''',
  desc='Genuine urgent internal payment request from the CFO through the internal relay, to a known payee and explicitly from master data.',
  why='Internal route (Exchange -> mail-int01), existing supplier account, four-eyes approval; "urgent payment" wording must not by itself trigger blocking.')

B(4, 'de', 'newsletter-bve-subscribed',
  date=D('2026-11-25 07:00:04', 1), frm=('BVE-Newsletter', 'newsletter@bve-online.de'), to=['wagner'],
  subject='BVE-Newsletter 11/2026: Exportklima, PPWR-Umsetzung, Veranstaltungen', cs='utf-8',
  cte='quoted-printable', fmt='alt', style='generic',
  tpl=('brand', '#00519e', 'BVE-Newsletter · November 2026',
       'Sie erhalten diesen Newsletter, weil Sie ihn mit tobias.wagner@example.com abonniert haben. '
       '[[Abmelden|https://bve.crsend.com/unsubscribe/8841/2207/a7f3c2]]\n'
       'Bundesvereinigung der Deutschen Ernährungsindustrie e. V. · Claire-Waldoff-Straße 7 · 10117 Berlin'),
  infra=('mta112.crsend.com', 'mta112.crsend.com', '85.114.140.112'),
  env='bounce-8841-2207-tobias.wagner=example.com@mailing.bve-online.de', midstyle='generic',
  middom='crsend.com',
  hx=['List-Unsubscribe: <https://bve.crsend.com/unsubscribe/8841/2207/a7f3c2>, <mailto:unsubscribe-8841-2207@crsend.com>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'X-Mailer: CleverReach'],
  text='''Sehr geehrter Herr Wagner,

die Themen dieser Ausgabe:

Exportklima: Die Ernährungsindustrie blickt verhalten auf 2027. In unserer Herbstumfrage rechnet eine Mehrheit der exportierenden Mitgliedsunternehmen mit stagnierenden Auslandsumsätzen; genannt werden vor allem Handelshemmnisse und Kostendruck.
[[Zum Beitrag|https://www.bve-online.de/presse/exportklima-herbst-2026]]

Verpackungsverordnung (PPWR): Seit dem 12. August 2026 gilt die EU-Verpackungsverordnung unmittelbar. Unser Leitfaden fasst Kennzeichnungs- und Recyclingfähigkeitsanforderungen für Lebensmittelverpackungen zusammen.
[[Leitfaden herunterladen|https://www.bve-online.de/themen/ppwr-leitfaden]]

Veranstaltungen: Webinar „E-Rechnung und Zollabwicklung im Export“ am 9. Dezember 2026, 10:00–11:30 Uhr.
[[Zur Anmeldung|https://www.bve-online.de/veranstaltungen]]
''',
  desc='Trade-association newsletter the sales director subscribed to, sent through a German newsletter ESP with List-Unsubscribe.',
  why='Subscribed bulk mail with consistent sender/ESP, unsubscribe headers, links to the association\'s own site.')

B(5, 'de', 'elster-new-message-notification',
  date=D('2026-11-11 06:14:31', 1), frm=('ELSTER – Ihr Online-Finanzamt', 'portal@elster.de'), to=['weber'],
  subject='Neue Nachricht in Mein ELSTER', cs='utf-8', cte='quoted-printable', fmt='plain', style='generic',
  infra=('mout01.elster.de', 'mout01.elster.de', '193.109.238.66'), midstyle='generic',
  text='''Sehr geehrte Nutzerin, sehr geehrter Nutzer,

in Ihrem Benutzerkonto „Example Group GmbH – Steuern“ liegt eine neue Nachricht für Sie bereit:

Betreff: Elektronische Bescheiddaten – Umsatzsteuer 2025

Bitte melden Sie sich wie gewohnt unter www.elster.de mit Ihrer Zertifikatsdatei an, um die Nachricht abzurufen. Aus Sicherheitsgründen enthält diese E-Mail keinen Link zur Anmeldung.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese E-Mail wurde automatisch erzeugt. Antworten auf diese E-Mail können nicht bearbeitet werden.
''',
  desc='Genuine tax-portal notification (ELSTER): new document in the mailbox, no link.',
  why='Authority notification without login link or attachment; tests that "tax office" wording alone is not blocked.')

B(6, 'de', 'customer-complaint-cold-chain-8d',
  date=D('2026-11-24 15:40:27', 1), frm=('Jana Köhler', 'jana.koehler@nordmarkt-handel.de'), to=['neumann'],
  cc=['wagner'], subject='Reklamation RK-2026-0917: Mozzarella 125 g, Charge L26-3141 – Bombage / Bitte um 8D-Bericht',
  cs='utf-8', cte='8bit', fmt='plain', style='o365', clang='de-DE',
  infra=o365_host('EUR01', 'VE1', 2098, '40.107.14.98'), up=[up_o365('VI1PR01MB6634.eurprd01.prod.outlook.com')],
  middom='VI1PR01MB6634.eurprd01.prod.outlook.com',
  text='''Sehr geehrte Frau Dr. Neumann,

im Wareneingang unseres Zentrallagers Neumünster wurden bei der Lieferung vom 23.11.2026 (Lieferschein 80017742) an mehreren Kartons Mozzarella 125 g, Charge L26-3141, MHD 14.12.2026, aufgeblähte Verpackungen (Bombage) festgestellt. Die Kerntemperatur bei Anlieferung lag laut unserem Protokoll bei 9,1 °C (Soll ≤ 7 °C).

Betroffen sind 18 von 96 Kartons. Wir haben die gesamte Charge gesperrt und im Quarantänebereich separiert. Fotos und Temperaturprotokoll finden Sie im angehängten Reklamationsprotokoll.

Wir bitten Sie um
1. eine erste Stellungnahme bis 26.11.2026, 12:00 Uhr (inkl. Einschätzung, ob weitere Chargen betroffen sein können),
2. einen 8D-Bericht innerhalb von 10 Arbeitstagen,
3. Angaben zum Transportdienstleister und die Temperaturaufzeichnungen der Tour.

Die Kosten für Sortierung und Entsorgung werden wir gesondert belasten.

Mit freundlichen Grüßen

Jana Köhler
Qualitätssicherung Frische
Nordmarkt Handels GmbH
Rendsburger Straße 120 · 24537 Neumünster
Tel. +49 4321 8870-412
''',
  atts=[pdf_att('Reklamationsprotokoll_RK-2026-0917.pdf',
                ['Reklamationsprotokoll RK-2026-0917', 'Artikel: Mozzarella 125 g, Charge L26-3141, MHD 14.12.2026',
                 'Lieferschein 80017742 vom 23.11.2026', 'Kerntemperatur bei Anlieferung: 9,1 C (Soll <= 7 C)',
                 'Befund: Bombage, 18/96 Kartons', '(Fotos im Original)'], when='20261124153000',
                author='Jana Koehler')],
  desc='Genuine customer complaint (supermarket chain QA) about a cold-chain failure, with PDF protocol, 8bit UTF-8.',
  why='Known customer on its own M365 tenant, specific batch/delivery data, no payment or login request; angry/urgent tone must not trigger blocking.')

B(7, 'de', 'colleague-private-gmx-sick',
  date=D('2026-11-30 07:21:09', 1), frm=('Petra Schulz', 'petra.schulz74@gmx.de'), to=['brandt'],
  subject='Krank – heute nicht im Büro', cs='UTF-8', cte='quoted-printable', fmt='plain', style='generic',
  infra=('mout.gmx.net', 'mout.gmx.net', '212.227.17.20'), midstyle='gmx',
  up=[up_postfix('mail.gmx.net', '[192.168.178.31]', 'p5dd4a1f2.dip0.t-ipconnect.de', '93.212.161.242', 'b7')],
  hx=['X-UI-Message-Type: mail', 'Importance: normal', 'Sensitivity: Normal'],
  text='''Guten Morgen Markus,

ich hab mir übers Wochenende eine ordentliche Grippe eingefangen und bleibe heute und wahrscheinlich auch morgen zu Hause. Ich schreibe von meiner privaten Adresse, weil mein Laptop im Büro steht.

Bitte denk an deine Termine heute:
– 10:00 Jour fixe mit Claudia (Raum Rhein)
– 13:30 Telefonat mit Herrn Maier, Lieferant GmbH (Jahresvereinbarung 2027, Unterlagen liegen in der Mappe auf deinem Tisch)
– 16:00 Vorbereitung Aufsichtsrat, die Folien hat Laura schon überarbeitet

Den Termin mit der IHK am Mittwoch habe ich gestern Abend schon verschoben. Die Krankmeldung schicke ich Sabine, sobald ich beim Arzt war.

Viele Grüße
Petra
''',
  desc='Colleague (CEO assistant) writing from her private GMX address because she is ill.',
  why='Private address of a real colleague, consistent internal context, no request for money, credentials or data; tests tolerance for legitimate free-mail use.')

B(8, 'en', 'github-password-reset',
  date=D('2026-11-09 05:44:20', -8), frm=('GitHub', 'noreply@github.com'), to=['richter'],
  subject='[GitHub] Please reset your password', cs='UTF-8', cte='quoted-printable', fmt='alt', style='generic',
  tpl=('brand', '#24292f', 'GitHub',
       "You're receiving this email because a password reset was requested for your account.\n"
       'GitHub, Inc. · 88 Colin P Kelly Jr Street · San Francisco, CA 94107'),
  infra=('out-26.smtp.github.com', 'out-26.smtp.github.com', '192.30.252.209'), midstyle='generic',
  middom='github.com', env='noreply@github.com',
  hx=['X-Auto-Response-Suppress: All', 'X-GitHub-Recipient-Address: thomas.richter@example.com'],
  text='''We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

[[!Reset your password|https://github.com/password_reset/4f0c7d9e2b6a18c3e5f7a9d1b3c5e7f9a1c3e5d7]]

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit https://github.com/password_reset

Thanks,
The GitHub Team
''',
  desc='Genuine GitHub password-reset e-mail requested by the IT administrator.',
  why='Real GitHub outbound host and domain, links only to github.com; password-reset wording must not by itself be blocked.')

B(9, 'en', 'customer-complaint-temperature-uk',
  date=D('2026-11-25 10:03:36', 0), frm=('Rachel Moore', 'rachel.moore@harbourfoods.co.uk'), to=['whitfield'],
  cc=['collins'], subject='Complaint HF-QA-2611: temperature deviation on delivery 24/11 – fresh pasta & burrata',
  cs='iso-8859-1', cte='quoted-printable', fmt='alt', tpl='outlook', style='o365', clang='en-GB', infra=MX_HARB,
  up=[up_o365('AS8PR03MB7290.eurprd03.prod.outlook.com')], middom='AS8PR03MB7290.eurprd03.prod.outlook.com',
  text='''Dear James,

I'm writing to log a formal complaint about yesterday's delivery to our Avonmouth depot (PO 4410-87712, delivery note EGUK-DN-20731).

On arrival at 05:40 the trailer display showed 8.9°C, and our probe readings on three pallets of fresh pasta (tortelloni spinach & ricotta 250 g) and two pallets of burrata 2 x 125 g were between 8.4°C and 9.6°C against a specification of 0–5°C. In line with our intake procedure the product was rejected and returned on the same vehicle.

Please could you provide by Friday:
- the data-logger download for the full journey,
- your root-cause analysis and corrective actions,
- confirmation of a credit note for £4,380.60 covering the rejected stock.

We also need replacement stock for the weekend promotion – could you let me know by 3pm today whether you can re-deliver on Thursday?

Kind regards,

Rachel Moore
Technical Manager – Chilled
Harbour Foods Ltd
T: +44 117 496 0388
''',
  desc='Genuine UK customer complaint (temperature deviation, credit-note request), iso-8859-1 with £.',
  why='Known customer tenant, concrete delivery facts; a credit request to a customer is normal business, no payment redirection.')

B(10, 'en', 'overdue-reminder-via-xero',
  date=D('2026-11-19 08:30:14', 0), frm=('Thames Reefer Logistics Ltd', 'messaging-service@post.xero.com'),
  reply_to=('Thames Reefer Logistics – Credit Control', 'creditcontrol@thamesreefer.co.uk'), to=['collins'],
  subject='Reminder: Invoice TRL-118204 from Thames Reefer Logistics Ltd is overdue', cs='utf-8',
  cte='quoted-printable', fmt='alt', style='sg',
  tpl=('brand', '#13b5ea', 'Thames Reefer Logistics Ltd',
       'Sent via Xero on behalf of Thames Reefer Logistics Ltd.\nUnit 4, Thurrock Park Way, Tilbury RM18 7HZ'),
  infra=('o3.post.xero.com', 'o3.post.xero.com', '167.89.12.43'),
  env='bounces+4410782-0c2e-sarah.collins=example.com@post.xero.com',
  text='''Dear Sarah,

Our records show that invoice TRL-118204 for £6,912.00, issued on 8 October 2026, was due on 7 November 2026 and remains unpaid.

If you have already sent payment, please accept our thanks and disregard this reminder. If not, we'd be grateful if you could arrange payment at your earliest convenience. Our bank details are shown on the invoice and have not changed.

[[!View invoice|https://in.xero.com/Rq4fT8kLmZ2vXy6bN1cD9eG3hJ7pQ0sW]]

If you have any questions, just reply to this email.

Kind regards,
Credit Control
Thames Reefer Logistics Ltd
''',
  atts=[pdf_att('Invoice TRL-118204.pdf', ['Thames Reefer Logistics Ltd - Invoice TRL-118204', 'Date 08/10/2026, due 07/11/2026',
                                           'Reefer haulage Tilbury - London DCs, October', 'Total GBP 6,912.00 (incl. VAT)',
                                           'Barclays, sort code 20-32-53, account 73018452', 'IBAN ' + fi(GB_TRL)],
                when='20261008090000', producer='Xero')],
  desc='Genuine overdue-payment reminder sent through Xero\'s invoicing service (From post.xero.com, Reply-To haulier).',
  why='Real accounting SaaS infrastructure, unchanged bank details, link to in.xero.com; reminder/overdue language must pass.')

B(11, 'en', 'newsletter-brcgs-subscribed',
  date=D('2026-11-17 14:00:09', 0), frm=('BRCGS', 'news@brcgs.com'), to=['neumann'],
  subject='BRCGS Newsletter – November 2026: standard review update, Directory changes, training dates', cs='utf-8',
  cte='base64', fmt='alt', style='sg',
  tpl=('brand', '#00205b', 'BRCGS Newsletter | November 2026',
       'You are receiving this email because you subscribed to BRCGS updates. '
       '[[Unsubscribe|https://www.brcgs.com/email/unsubscribe?e=a2F0cmluLm5ldW1hbm5AZXhhbXBsZS5jb20]]\n'
       'BRCGS, 7th Floor, Westminster Tower, 3 Albert Embankment, London SE1 7SP'),
  infra=('o1.email.brcgs.com', 'o1.email.brcgs.com', '149.72.210.36'),
  env='bounces+18834091-5b1e-katrin.neumann=example.com@email.brcgs.com',
  hx=['List-Unsubscribe: <https://www.brcgs.com/email/unsubscribe?e=a2F0cmluLm5ldW1hbm5AZXhhbXBsZS5jb20>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'],
  text='''Dear Katrin,

Standard review update
Thank you to everyone who took part in the consultation on the next issue of the Global Standard for Food Safety. The technical working groups are now reviewing the comments received; a summary will be published on our website in early 2027.

BRCGS Directory
From January 2027, certificated sites will be able to download their certificates and audit reports directly from the Directory. Please make sure the contact details for your site are up to date.
[[Log in to the Directory|https://directory.brcgs.com]]

Training
Places are still available on our December Internal Auditor and Root Cause Analysis courses (online, CET and GMT sessions).
[[See all courses|https://www.brcgs.com/training]]
''',
  desc='Subscribed newsletter of a food-safety certification scheme via an ESP.',
  why='Subscribed list with unsubscribe headers, links to the scheme\'s real domains; mentions of "log in" in a newsletter must not trigger blocking.')

B(12, 'en', 'docusign-genuine-supply-agreement',
  date=D('2026-11-12 11:17:50', 0), frm=('Oliver Grant via Docusign', 'dse@eumail.docusign.net'),
  reply_to=('Oliver Grant', 'oliver.grant@harbourfoods.co.uk'), to=['whitfield'],
  subject='Complete with Docusign: Harbour Foods – Supply Agreement 2027 – Example Group UK Ltd', cs='utf-8',
  cte='quoted-printable', fmt='alt', style='generic',
  tpl=('brand', '#4c00ff', 'Docusign',
       'Do Not Share This Email: this email contains a secure link to Docusign. Please do not share this email, link, or access code with others.\n'
       'Alternate Signing Method: visit docusign.com, click "Access Documents", and enter the security code 7D3E9B1C4A2F4C6E9B8D2F1A0C5E7D944\n'
       'Questions about the document? Please reach out to the sender by emailing them directly.'),
  infra=('mailfra1.eu.docusign.net', 'mailfra1.eu.docusign.net', '185.81.100.75'),
  env='bounces@eumail.docusign.net', midstyle='generic', middom='eumail.docusign.net',
  text='''Oliver Grant sent you a document to review and sign.

[[!REVIEW DOCUMENT|https://eu.docusign.net/Signing/EmailStart.aspx?a=7d3e9b1c-4a2f-4c6e-9b8d-2f1a0c5e7d94&acct=5b8f2e71-9c3d-4a6b-8e1f-0d2c4b6a8e93&er=a1c3e5f7-2b4d-4f6a-8c0e-1d3f5a7b9c2e]]

Oliver Grant
oliver.grant@harbourfoods.co.uk

James, please find the final version of the 2027 supply agreement as discussed on Tuesday – pricing schedule in annex 2, service levels and temperature requirements in annex 4. Grateful if you could sign by Friday.
''',
  desc='Genuine DocuSign envelope from a known customer contact (before that mailbox was compromised, cf. attack 11).',
  why='Sent by DocuSign\'s EU infrastructure with links to docusign.net; e-signature notifications are a top phishing theme, so this tests false positives.')

B(13, 'en', 'internal-it-mfa-rollout',
  date=D('2026-11-16 08:05:02', 1), frm=S['hoffmann'], to=[('Example Group – All Staff', 'all-staff@example.com')],
  rcpt='james.whitfield@example.com',
  subject='Action required by 30 November: set up multi-factor authentication (Microsoft Authenticator)',
  cs='utf-8', cte='quoted-printable', fmt='alt', tpl='outlook', style='exch', clang='en-GB', infra=INT,
  up=[up_int_relay('b13'), up_exch()], middom='EXMBX02.corp.example.com',
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), hx=['Importance: high', 'X-Priority: 1'],
  text='''Dear colleagues,

As announced at the IT briefing in October, we are switching on multi-factor authentication (MFA) for all Example Group accounts. From 1 December 2026 you will need a second factor to sign in to Outlook on the web, Teams, the VPN and the SAP Fiori launchpad from outside the office network.

What you need to do before 30 November:
1. Install the Microsoft Authenticator app from the Apple App Store or Google Play.
2. On your work laptop, in the office or connected to the VPN, open https://aka.ms/mfasetup and sign in with your usual Example Group account.
3. Follow the steps to add the account to the app and approve the test notification.

The step-by-step guide (DE/EN/IT/PL/ES/EL/RU) is on the intranet: https://intranet.example.com/it/mfa

Please note:
- IT will never ask you for your password or for a code from the app – not by e-mail, not by phone, not in Teams.
- If you receive an Authenticator prompt you did not trigger, deny it and call the IT service desk on +49 621 4410-555.
- Colleagues without a smartphone can request a FIDO2 security key from their office manager.

Thank you for your support,

Jens Hoffmann
Head of IT
Example Group GmbH · Konrad-Zuse-Ring 12 · 68163 Mannheim
''',
  desc='Genuine internal IT announcement (MFA enrolment with deadline) to all staff via the internal relay.',
  why='Internal route, links to aka.ms and the intranet; "action required / sign in" wording looks like phishing but is legitimate.')

B(14, 'en', 'maersk-genuine-arrival-notice',
  date=D('2026-11-17 05:12:44', 0), frm=('Maersk', 'noreply@notifications.maersk.com'), to=['lang'],
  subject='Arrival Notice – B/L 261847395 – POD Hamburg – ETA 23-Nov-2026', cs='utf-8', cte='quoted-printable',
  fmt='alt', style='o365', tpl=('brand', '#42b0d5', 'MAERSK',
                               'This is a system-generated email. Please do not reply.\n'
                               'A.P. Moller - Maersk A/S, Esplanaden 50, 1098 Copenhagen K, Denmark'),
  infra=o365_host('NAM12', 'DM6', 2061, '40.107.243.61'), up=[up_o365('SA1PR12MB7441.namprd12.prod.outlook.com')],
  middom='SA1PR12MB7441.namprd12.prod.outlook.com',
  text='''Dear Customer,

Please find attached the arrival notice for the shipment below. Kindly review the details and arrange customs clearance and collection in due time.

Bill of Lading: 261847395
Vessel / Voyage: MAERSK NORDHAVN / 247N
Port of Loading: Sfax, TN (transhipment Algeciras)
Port of Discharge: Hamburg, DE – CTB
ETA: 23-Nov-2026
Container: %s (20' DRY), 1 x flexitank extra virgin olive oil, 21,400 kg
Free time at terminal: 5 days (combined demurrage & detention)

The delivery order will be released once all import charges have been settled. You can view and pay charges in your Maersk account:

[[Manage your shipment on maersk.com|https://www.maersk.com/shipment-details/261847395]]

Kind regards
Maersk Customer Service
''' % CONT_B14,
  atts=[pdf_att('ArrivalNotice_261847395.pdf', ['ARRIVAL NOTICE - B/L 261847395', 'Consignee: Example Group GmbH, Mannheim',
                                                'Vessel MAERSK NORDHAVN 247N  POD Hamburg  ETA 23-Nov-2026',
                                                'Container ' + CONT_B14 + ' 20DV  flexitank olive oil 21,400 kg'],
                when='20261117051000', producer='Maersk Documentation Service')],
  desc='Genuine carrier arrival notice for an olive-oil flexitank import, PDF attached, links to maersk.com.',
  why='Expected shipment, carrier\'s own domain and M365 infrastructure, PDF (not archive/script); compare attack 10.')

B(15, 'it', 'ferretti-invoice-courtesy-copy',
  date=D('2026-11-02 15:47:06', 1), frm=('Ferretti Trasporti S.p.A. - Amministrazione', 'amministrazione@ferretti-trasporti.it'),
  to=['bianchi'], cc=['schmidt'], subject='Invio copia di cortesia fattura n. 1187/FT del 31/10/2026', cs='iso-8859-15',
  cte='quoted-printable', fmt='plain', style='o365', clang='it-IT', infra=MX_FERR,
  up=[up_o365('PA4PR08MB7022.eurprd08.prod.outlook.com')], middom='PA4PR08MB7022.eurprd08.prod.outlook.com',
  text='''Spett.le Example Group GmbH,

in allegato trasmettiamo copia di cortesia della fattura n. 1187/FT del 31/10/2026, relativa ai servizi di trasporto a temperatura controllata del mese di ottobre 2026 (tratte Parma – Mannheim e Parma – Poznan, 14 viaggi).

L'originale della fattura elettronica è stato trasmesso tramite Sistema di Interscambio.

Imponibile: € 14.236,80
Operazione non soggetta – art. 7-ter DPR 633/72 (inversione contabile)
Scadenza: 31/12/2026 (60 gg d.f.f.m.)
Modalità di pagamento: bonifico bancario
Banco BPM S.p.A. – Filiale di Fidenza
IBAN: %s

Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72.

Distinti saluti
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 22 – 43036 Fidenza (PR)
Tel. +39 0524 52 11 80
P.IVA %s
''' % (fi(FERR_BPM), PIVA_FERR),
  atts=[pdf_att('Fattura_1187_FT_2026.pdf', ['Ferretti Trasporti S.p.A. - Fattura n. 1187/FT del 31/10/2026',
                                             'Cliente: Example Group GmbH, Mannheim (DE) - ' + USTID_EXG,
                                             'Trasporti a temperatura controllata ottobre 2026 - 14 viaggi',
                                             'Imponibile EUR 14.236,80 - art. 7-ter DPR 633/72 reverse charge',
                                             'IBAN ' + fi(FERR_BPM)], when='20261102154000')],
  desc='Genuine courtesy copy of a haulier invoice (SdI original), known Banco BPM account.',
  why='Correct .it domain on the haulier\'s M365 tenant, unchanged IBAN matching master data; compare attack 15.')

B(16, 'it', 'ferretti-operational-pickups-week47',
  date=D('2026-11-13 11:04:27', 1), frm=('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), to=['romano'],
  cc=['lang'], subject='Ritiri refrigerati settimana 47 – Parma/Mannheim', cs='utf-8', cte='quoted-printable',
  fmt='alt', tpl='outlook', style='o365', clang='it-IT', infra=MX_FERR, mid=MID_B16,
  up=[up_o365('PA4PR08MB6191.eurprd08.prod.outlook.com')],
  text='''Ciao Giulia,

ti confermo i ritiri per la settimana 47 presso il vostro deposito di Parma:
- lunedì 16/11, ore 07:00 – semirimorchio frigo +2/+4 °C, 33 posti pallet (latticini per Mannheim)
- mercoledì 18/11, ore 14:00 – groupage a temperatura controllata +15/+18 °C (olio e vino, 12 pallet)
- venerdì 20/11, ore 07:00 – semirimorchio frigo +2/+4 °C (Mannheim, con scarico intermedio a Monaco)

Mi servirebbero entro domani alle 12 il numero definitivo di pallet e i DDT in bozza, così l'autista arriva con i documenti già pronti. Ricordati di far inserire la sonda del termografo nel pallet centrale come l'altra volta.

Ti anticipo anche che dal 1° gennaio applicheremo l'adeguamento del costo gasolio come da contratto; ti mando la tabella aggiornata la prossima settimana.

Grazie e buona giornata,
Chiara

Chiara Colombo
Customer Service & Pianificazione
Ferretti Trasporti S.p.A.
Via dell'Industria 22 – 43036 Fidenza (PR)
Tel. +39 0524 52 11 84 | Cell. +39 335 742 1186
''',
  desc='Genuine operational e-mail from the haulier\'s planner (pickup slots, temperature logger); the thread later hijacked in attack 19.',
  why='Known contact, own tenant, purely operational content.')

B(17, 'it', 'newsletter-olive-oil-trade-mailchimp',
  date=D('2026-11-21 07:30:11', 1), frm=('OlioNews', 'redazione@olionews.it'), to=['esposito'],
  subject="OlioNews | Campagna 2026/27: rese in calo al Sud, prezzi all'origine stabili", cs='utf-8',
  cte='quoted-printable', fmt='alt', style='mc',
  tpl=('brand', '#5a6b1f', 'OlioNews · La newsletter del settore oleario',
       'Ricevi questa newsletter perché ti sei iscritta su olionews.it. '
       '[[Cancella iscrizione|https://olionews.us21.list-manage.com/unsubscribe?u=7c1e4b2d9a&id=3f8a21c6e0&e=5d2b8c]]\n'
       'OlioNews – Via Garibaldi 18, 06034 Foligno (PG)'),
  infra=('mail160-29.suw41.mcsv.net', 'mail160-29.suw41.mcsv.net', '198.2.160.29'),
  env='bounce-mc.us21_48213377.1184772-5d2b8c0f1a@mail160-29.suw41.mcsv.net', middom='mail160-29.suw41.mcsv.net',
  hx=['List-Unsubscribe: <https://olionews.us21.list-manage.com/unsubscribe?u=7c1e4b2d9a&id=3f8a21c6e0&e=5d2b8c>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'X-Mailer: Mailchimp Mailer - **CID3f8a21c6e0d7b94e25f1**',
      'Precedence: bulk'],
  text='''Il punto sulla campagna olearia
Dalle prime molature in Puglia e Calabria emergono rese in olio mediamente inferiori allo scorso anno, con una qualità giudicata buona. I prezzi all'origine dell'extravergine restano stabili sulle principali piazze.
[[Leggi l'articolo|https://olionews.us21.list-manage.com/track/click?u=7c1e4b2d9a&id=91c3a7e2b4&e=5d2b8c]]

Mercati esteri
Germania e Polonia confermano la domanda di extravergine confezionato a marchio del distributore; cresce l'interesse per le referenze DOP e IGP.
[[Approfondisci|https://olionews.us21.list-manage.com/track/click?u=7c1e4b2d9a&id=a4e8b1c7d2&e=5d2b8c]]

Appuntamenti
Webinar "Etichettatura dell'olio d'oliva: cosa cambia nel 2027" – 10 dicembre, ore 11:00.
''',
  desc='Subscribed olive-oil trade newsletter sent through Mailchimp with tracking links.',
  why='Ordinary opt-in bulk mail (List-Unsubscribe, consistent Mailchimp infrastructure); tracking redirects are normal for newsletters.')

B(18, 'it', 'customer-nonconformity-torn-packs',
  date=D('2026-11-10 14:55:03', 1), frm=('Marco Gallo', 'm.gallo@supermercatidelizia.it'), to=['romano'],
  cc=['neumann'], subject='Non conformità NC-2026-211 – Spaghetti n.5 500 g, lotto L26289 – confezioni lacerate',
  cs='iso-8859-1', cte='base64', fmt='plain', style='msold',
  infra=('smtp.supermercatidelizia.it', 'smtp.supermercatidelizia.it', '93.62.155.40'),
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), midstyle='generic',
  text='''Buongiorno Sig.ra Romano,

Vi segnaliamo che nella consegna del 06/11/2026 (DDT n. 4471) presso il nostro Ce.Di. di Reggio Emilia sono stati riscontrati numerosi astucci di Spaghetti n.5 500 g, lotto L26289, TMC 10/2028, con confezioni lacerate e prodotto fuoriuscito. Il problema interessa 11 cartoni su 64; la causa apparente è un'insufficiente tenuta della termoretrazione sui bancali.

Il prodotto non conforme è stato bloccato e sarà reso al Vostro deposito. In allegato il rapporto di non conformità con le fotografie.

Vi chiediamo:
- analisi delle cause e azioni correttive entro 10 giorni lavorativi;
- emissione di nota di credito per i cartoni non conformi (EUR 187,44).

Restiamo in attesa di un Vostro riscontro.

Cordiali saluti

Marco Gallo
Assicurazione Qualità
Supermercati Delizia S.r.l.
Via Emilia Ovest 210 – 42124 Reggio Emilia
''',
  atts=[pdf_att('NC-2026-211_Rapporto.pdf', ['Rapporto di non conformita NC-2026-211', 'Spaghetti n.5 500 g, lotto L26289, TMC 10/2028',
                                             'DDT 4471 del 06/11/2026 - 11/64 cartoni lacerati', '(fotografie nell\'originale)'],
                when='20261110144500', author='Marco Gallo')],
  desc='Genuine supermarket non-conformity report with credit-note request (iso-8859-1, base64).',
  why='Known customer domain, specific lot data, no redirection of payments.')

B(19, 'it', 'fatture-in-cloud-password-reset',
  date=D('2026-11-27 09:31:12', 1), frm=('Fatture in Cloud', 'noreply@fattureincloud.it'), to=['bianchi'],
  subject='Reimposta la password del tuo account Fatture in Cloud', cs='utf-8', cte='quoted-printable', fmt='alt',
  style='ses', tpl=('brand', '#0d97ff', 'Fatture in Cloud', 'Fatture in Cloud è un servizio TeamSystem S.p.A.'),
  infra=('e234-12.smtp-out.eu-south-1.amazonses.com', 'e234-12.smtp-out.eu-south-1.amazonses.com', '23.251.234.12'),
  env='010b019a8e3f2c71-5a0d9e42-7c18-4b6f-a2e9-3d1c8f07b645-000000@eu-south-1.amazonses.com',
  middom='eu-south-1.amazonses.com',
  text='''Ciao Luca,

abbiamo ricevuto una richiesta di reimpostazione della password per l'account associato a luca.bianchi@example.com.

[[!Reimposta password|https://secure.fattureincloud.it/password/reset?token=c2b91f0e7a4d48e6b3a5f1d92e07c8ab]]

Il link è valido per 60 minuti. Se non hai richiesto tu la reimpostazione puoi ignorare questa e-mail: la password attuale resterà invariata.

Il team di Fatture in Cloud
''',
  desc='Genuine password reset from an Italian invoicing SaaS (requested by the accountant).',
  why='Vendor\'s own domain sent via its ESP (SES), link only to the vendor domain.')

B(20, 'it', 'internal-f24-tax-payment-deadline',
  date=D('2026-11-11 10:18:35', 1), frm=S['romano'], to=['bianchi'], cc=['weber'],
  subject='F24 in scadenza lunedì 16/11 – ritenute e IVA di ottobre', cs='utf-8', cte='quoted-printable', fmt='alt',
  tpl='outlook', style='exch', clang='it-IT', infra=INT, up=[up_int_relay('b20'), up_exch()],
  middom='EXMBX02.corp.example.com', mailer=('X-Mailer', 'Microsoft Outlook 16.0'),
  text='''Ciao Luca,

ti ricordo che lunedì 16 novembre scadono i versamenti di ottobre (ritenute su lavoro dipendente e autonomo, IVA mensile e contributi INPS). Lo studio Ferraresi ci ha già mandato i modelli F24: li trovi nella cartella condivisa "Amministrazione IT > F24 > 2026-11".

Totale da versare: 38.412,16 € (dettaglio nei file).

Riesci a caricare le deleghe sull'home banking entro venerdì 13? Così Claudia le autorizza lunedì mattina al più tardi. Se ci sono compensazioni con il credito IVA fammelo sapere prima, così le verifichiamo con lo studio.

Grazie!
Giulia

Giulia Romano
Office Manager Italia
Example Group Italia S.r.l. – Via Mantova 91, 43122 Parma
''',
  desc='Genuine internal reminder about an F24 tax payment deadline (Italy) via the internal relay.',
  why='Internal route, no external payee or link; deadline pressure is legitimate.')

B(21, 'pl', 'partner-logistik-invoice-ksef-and-bank-change',
  date=D('2026-11-06 12:40:22', 1), frm=('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl'),
  to=['nowak'], subject='Faktura FV/11/2026/0412 – usługi magazynowe (chłodnia) październik 2026', cs='iso-8859-2',
  cte='quoted-printable', fmt='plain', style='tb',
  infra=('mail.partner-logistik.pl', 'mail.partner-logistik.pl', '91.185.185.33'),
  mailer=('User-Agent', 'Mozilla Thunderbird'), middom='partner-logistik.pl',
  text='''Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/11/2026/0412 z dnia 05.11.2026 za usługi magazynowania w chłodni i obsługę logistyczną w październiku 2026. Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %s.

Kwota brutto: 48 977,40 zł
Termin płatności: 21.11.2026
Rachunek: PKO BP, %s

Przypominamy, że zgodnie z pismem z 30.10.2026 (potwierdzonym telefonicznie z Panią Agnieszką 03.11.2026) od 01.12.2026 zmieniamy bank. Płatności za faktury z terminem po 1 grudnia prosimy kierować na rachunek w mBank S.A.: %s. Nowy rachunek jest już widoczny w Wykazie podatników VAT. Faktury z terminem do 30.11 (w tym niniejszą) prosimy regulować jeszcze na dotychczasowy rachunek w PKO BP.

Z poważaniem

Ewa Lewandowska
Główna Księgowa
Partner Logistik sp. z o.o.
ul. Magazynowa 8, 62-080 Tarnowo Podgórne
NIP %s | tel. +48 61 814 55 20
''' % (KSEF_B21, fi(PL_PKO), fi(PL_MBANK), fmt_nip(NIP_PARTNER)),
  atts=[pdf_att('FV_11_2026_0412.pdf', ['Faktura VAT FV/11/2026/0412 - wizualizacja', 'Numer KSeF: ' + KSEF_B21,
                                        'Sprzedawca: Partner Logistik sp. z o.o., NIP ' + fmt_nip(NIP_PARTNER),
                                        'Nabywca: Example Group Polska sp. z o.o., NIP ' + fmt_nip(NIP_EXG),
                                        'Brutto 48 977,40 PLN, termin 21.11.2026, MPP',
                                        'Rachunek: ' + fi(PL_PKO)], when='20261106123000')],
  desc='Genuine logistics invoice (KSeF number) that also restates a previously announced and phone-verified bank change.',
  why='Real domain and server, bank change announced a month ahead, already verified by phone and listed on the VAT white list, current invoice still to the old account; compare attack 21.')

B(22, 'pl', 'partner-logistik-stocktake-temperature',
  date=D('2026-11-23 14:12:51', 1), frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=['kowalczyk'],
  cc=['nowak'], subject='Inwentaryzacja chłodni 28.11 oraz awizacje na tydzień 49', cs='windows-1250',
  cte='quoted-printable', fmt='alt', tpl='outlook', style='msold', clang='pl-PL',
  infra=('mail.partner-logistik.pl', 'mail.partner-logistik.pl', '91.185.185.33'),
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), midstyle='generic',
  text='''Cześć Piotrze,

kilka spraw na przyszły tydzień:

1. Inwentaryzacja – w sobotę 28.11 od 6:00 robimy pełną inwentaryzację komór 2 i 3. W tym czasie nie będzie wydań; ostatnie wydanie w piątek do 20:00. Prześlij proszę do środy, kto z Waszej strony będzie obecny przy liczeniu.

2. Odchylenie temperatury – w niedzielę 22.11 między 03:10 a 03:50 w komorze 3 temperatura powietrza wzrosła do 6,8 °C (awaria siłownika drzwi szybkobieżnych). Towar (mozzarella, burrata, jogurty) był cały czas w opakowaniach zbiorczych, temperatura produktu wg sond nie przekroczyła 4,5 °C. Raport z rejestratora i protokół serwisu wyślę jutro do Pani Dr Neumann.

3. Awizacje na tydzień 49 – proszę do czwartku do 12:00, mamy ograniczoną liczbę okien na rampach ze względu na szczyt przedświąteczny.

Pozdrawiam
Tadeusz Zieliński
Kierownik Magazynu / Key Account
Partner Logistik sp. z o.o.
tel. +48 61 814 55 31, kom. +48 601 442 318
''',
  desc='Genuine operational message from the warehouse partner (stocktake, temperature excursion), windows-1250.',
  why='Known contact and server, operational content only.')

B(23, 'pl', 'bank-new-device-security-alert',
  date=D('2026-11-14 18:22:09', 1), frm=('PKO Bank Polski', 'powiadomienia@pkobp.pl'), to=['nowak'],
  subject='iPKO biznes: dodano nowe urządzenie mobilne', cs='utf-8', cte='base64', fmt='alt', style='generic',
  tpl=('brand', '#003574', 'PKO Bank Polski · iPKO biznes',
       'Ta wiadomość została wysłana automatycznie, nie odpowiadaj na nią.\n'
       'PKO Bank Polski SA, ul. Puławska 15, 02-515 Warszawa'),
  infra=('mx-out3.pkobp.pl', 'mx-out3.pkobp.pl', '194.181.92.75'), midstyle='generic', middom='pkobp.pl',
  text='''Dzień dobry,

informujemy, że 14.11.2026 o godz. 18:19 do Twojego profilu użytkownika w iPKO biznes (firma: EXAMPLE GROUP POLSKA SP. Z O.O.) dodano nowe urządzenie mobilne: iPhone 16, aplikacja PKO Biznes.

Jeśli to Ty – nie musisz nic robić.

Jeśli nie dodawałaś/dodawałeś nowego urządzenia, natychmiast zadzwoń do nas: 800 302 302 lub +48 81 535 60 60. Numery znajdziesz też na stronie pkobp.pl.

Pamiętaj: nigdy nie prosimy o podanie hasła, kodów z aplikacji ani danych karty w wiadomości e-mail lub SMS i nie wysyłamy linków do logowania.
''',
  desc='Genuine bank security notification (new mobile device) without links.',
  why='Bank\'s own domain and servers, no link or attachment, advises phoning known numbers.')

B(24, 'pl', 'customer-complaint-leaking-olive-oil',
  date=D('2026-11-12 13:27:45', 1), frm=('Joanna Wiśniewska', 'j.wisniewska@delikatesymazur.pl'), to=['kowalczyk'],
  cc=['nowak'], subject='Reklamacja nr 114/2026 – oliwa Extra Virgin 0,75 l, partia L26-2714 – wycieki',
  cs='iso-8859-2', cte='base64', fmt='plain', style='msold',
  infra=('smtp.delikatesymazur.pl', 'mail.delikatesymazur.pl', '213.77.64.118'),
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), midstyle='generic',
  text='''Dzień dobry,

zgłaszamy reklamację jakościową dostawy z dnia 09.11.2026 (WZ 2026/11/0391) do naszego magazynu centralnego w Olsztynie.

Produkt: Oliwa z oliwek Extra Virgin 0,75 l, szkło, partia L26-2714, data minimalnej trwałości 10.2028
Ilość reklamowana: 46 butelek (z 1 200)
Opis: nieszczelne zakrętki – wycieki oliwy, zabrudzone etykiety i kartony, część butelek nie nadaje się do sprzedaży.

Prosimy o:
– odbiór wadliwego towaru lub zgodę na utylizację,
– wystawienie faktury korygującej (KSeF),
– informację o przyczynie i działaniach korygujących (dotyczy również partii, które są jeszcze w drodze).

Zdjęcia i protokół rozbieżności prześlemy osobną wiadomością.

Z poważaniem
Joanna Wiśniewska
Specjalista ds. Jakości
Delikatesy Mazur sp. j.
ul. Towarowa 17, 10-417 Olsztyn
tel. 89 523 41 70
''',
  desc='Genuine customer complaint (leaking bottles) from a Polish regional chain, iso-8859-2 base64.',
  why='Known customer, concrete lot data, no links or payment change.')

B(25, 'pl', 'newsletter-portal-spozywczy',
  date=D('2026-11-26 06:45:08', 1), frm=('portalspozywczy.pl', 'newsletter@portalspozywczy.pl'), to=['kowalczyk'],
  subject='Newsletter: handel przed świętami, ceny masła i oliwy, KSeF w praktyce', cs='utf-8',
  cte='quoted-printable', fmt='alt', style='generic',
  tpl=('brand', '#c8102e', 'portalspozywczy.pl · Newsletter',
       'Otrzymujesz ten newsletter, ponieważ zapisałeś się na portalspozywczy.pl. '
       '[[Wypisz się|https://www.portalspozywczy.pl/newsletter/wypisz?h=9f3a2c71]]\nPTWP SA, Katowice'),
  infra=('mailing3.ptwp.pl', 'mailing3.ptwp.pl', '91.223.135.53'),
  env='bounce-n26-11-26-9f3a2c71@mailing.ptwp.pl', midstyle='generic', middom='mailing.ptwp.pl',
  hx=['List-Unsubscribe: <https://www.portalspozywczy.pl/newsletter/wypisz?h=9f3a2c71>', 'Precedence: bulk'],
  text='''Najważniejsze informacje dnia:

Handel przed świętami: sieci zwiększają zamówienia na produkty premium, w tym oliwę i włoskie makarony.
[[Czytaj więcej|https://www.portalspozywczy.pl/handel/wiadomosci/handel-przed-swietami-2026]]

Ceny masła i oliwy: hurtowe ceny masła stabilizują się, oliwa z nowego zbioru tanieje na rynkach hiszpańskich.
[[Czytaj więcej|https://www.portalspozywczy.pl/mleko/wiadomosci/ceny-masla-listopad-2026]]

KSeF w praktyce: jak firmy spożywcze radzą sobie z obowiązkowymi e-fakturami po 10 miesiącach.
[[Czytaj więcej|https://www.portalspozywczy.pl/finanse/wiadomosci/ksef-w-praktyce]]
''',
  desc='Subscribed Polish food-trade newsletter.',
  why='Opt-in bulk mail from the publisher\'s mailing servers with unsubscribe header.')

B(26, 'es', 'olive-coop-proforma-urgent-advance',
  date=D('2026-11-16 12:48:31', 1), frm=('Manuel Ortega', 'administracion@coopsanisidro.es'), to=['fernandez'],
  cc=['esposito'], subject='Proforma PF-2026-118 – AOVE Picual campaña 2026/27', cs='iso-8859-1',
  cte='quoted-printable', fmt='plain', style='msold', mid=MID_B26,
  infra=('mail.coopsanisidro.es', 'mail.coopsanisidro.es', '217.76.128.44'),
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'),
  text='''Hola Lucía:

Como hablamos ayer por teléfono, te adjunto la proforma PF-2026-118 correspondiente a la primera carga de la campaña:

Producto: aceite de oliva virgen extra, variedad Picual, a granel
Cantidad: 23.000 kg (1 cisterna)
Precio: 5,60 EUR/kg
Importe total: 128.800,00 EUR (entrega intracomunitaria exenta de IVA)
Anticipo 30 %%: 38.640,00 EUR

Como siempre, el anticipo tiene que estar en nuestra cuenta antes de programar la carga. Los datos bancarios son los de siempre:
Caja Rural de Jaén – IBAN %s

Si lo podéis ordenar esta semana, cargamos la cisterna el jueves 26 y llega a Parma el lunes siguiente.

Un saludo,

Manuel Ortega
Administración
S. Coop. And. Olivarera San Isidro
Ctra. de Jaén, km 2 – 23600 Martos (Jaén)
CIF %s – Tel. 953 55 01 28
''' % (fi(ES_CRJ), CIF_COOP),
  atts=[pdf_att('Proforma_PF-2026-118.pdf', ['PROFORMA PF-2026-118', 'S. Coop. And. Olivarera San Isidro - CIF ' + CIF_COOP,
                                             'Cliente: Example Group Iberia S.L. - ' + CIF_EXG,
                                             'AOVE Picual granel 23.000 kg x 5,60 EUR = 128.800,00 EUR',
                                             'Anticipo 30%: 38.640,00 EUR - IBAN ' + fi(ES_CRJ)], when='20261116124000')],
  desc='Genuine urgent advance-payment request (proforma) from the olive-oil cooperative, to its usual account.',
  why='Known domain and server, agreed by phone, account unchanged; urgency is commercial; attack 27 later hijacks this thread.')

B(27, 'es', 'dehu-genuine-notification-notice',
  date=D('2026-11-19 08:02:17', 1), frm=('DEHú – Dirección Electrónica Habilitada única', 'no-reply@dehu.redsara.es'),
  to=['martin'], subject='Nueva notificación disponible en la Dirección Electrónica Habilitada única (DEHú)',
  cs='utf-8', cte='quoted-printable', fmt='plain', style='generic',
  infra=('smtp.redsara.es', 'smtp.redsara.es', '212.128.91.75'), midstyle='generic', middom='redsara.es',
  text='''Estimado/a Sr./Sra.:

Le informamos de que tiene disponible una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP IBERIA SL (%s)
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Comunicación – Modelo 303
Fecha de puesta a disposición: 19/11/2026

Para acceder a su contenido, entre en la DEHú (https://dehu.redsara.es) o en la sede electrónica del organismo emisor, identificándose con certificado electrónico o Cl@ve.

Este aviso tiene carácter meramente informativo y no surte efectos de notificación. Por favor, no responda a este mensaje.
''' % CIF_EXG,
  desc='Genuine Spanish e-notification notice (DEHú) informing of a tax-agency communication.',
  why='Official redsara.es sender, link only to the official portal and no credentials requested; compare attack 26.')

B(28, 'es', 'customer-complaint-wine-label-sulfites',
  date=D('2026-11-27 12:31:18', 1), frm=('Patricia Navarro', 'pnavarro@solevante.es'), to=['fernandez'],
  cc=['neumann'], subject='Reclamación RC-26/0542: Rioja Crianza 2022 0,75 l – etiqueta sin «Contiene sulfitos»',
  cs='iso-8859-15', cte='quoted-printable', fmt='alt', tpl='outlook', style='o365', clang='es-ES',
  infra=o365_host('EUR02', 'DB5', 2062, '40.107.8.62'), up=[up_o365('DB9PR02MB7346.eurprd02.prod.outlook.com')],
  middom='DB9PR02MB7346.eurprd02.prod.outlook.com',
  text='''Buenos días, Lucía:

En una revisión de etiquetado en tienda hemos detectado que las botellas de Rioja Crianza 2022 0,75 l (EAN %s) del lote L2611 no llevan en la contraetiqueta la mención «Contiene sulfitos» en castellano; solo aparece en inglés e italiano. Según el Reglamento (UE) 1169/2011, esta información obligatoria debe figurar en una lengua fácilmente comprensible para el consumidor.

Hemos retirado el producto de los lineales de forma preventiva (312 botellas en 28 tiendas) y está bloqueado en nuestra plataforma de Riba-roja.

Necesitamos, por favor:
– vuestra propuesta de solución (reetiquetado en destino o retirada) antes del martes 1 de diciembre;
– confirmación de que los lotes siguientes llegarán con la contraetiqueta corregida;
– los costes de reetiquetado correrán por vuestra cuenta, como establece el acuerdo de suministro.

Quedo a la espera de vuestra respuesta.

Un saludo,

Patricia Navarro
Responsable de Calidad – Bebidas
Supermercados Sol de Levante, S.A.
Polígono Industrial El Oliveral, 46394 Riba-roja de Túria (Valencia)
''' % EAN_B28,
  desc='Genuine customer complaint about a missing Spanish allergen (sulphites) statement, iso-8859-15.',
  why='Known customer on its M365 tenant, regulatory detail, no link/payment request.')

B(29, 'es', 'internal-urgent-payment-haulier',
  date=D('2026-11-20 10:44:02', 1), frm=S['fernandez'], to=['martin'], cc=['weber'],
  subject='Pago urgente a Frigoríficos Segura – hoy antes de las 13:00', cs='utf-8', cte='quoted-printable',
  fmt='alt', tpl='outlook', style='exch', clang='es-ES', infra=INT, up=[up_int_relay('b29'), up_exch()],
  middom='EXMBX02.corp.example.com', mailer=('X-Mailer', 'Microsoft Outlook 16.0'),
  text='''Hola Javier:

Me acaba de llamar Antonio, de Transportes Frigoríficos Segura: no sacan mañana el camión de Jaén a Parma hasta que no esté pagada la factura vencida FR-2026-3381 (4.862,90 €, vencida el 10/11). Se nos quedó fuera de la remesa del día 10 porque faltaba el albarán firmado, que ya está escaneado en la carpeta de Cuentas a pagar.

¿Puedes meterla hoy en una transferencia inmediata? Los datos bancarios son los que ya tenemos en el maestro de proveedores (Banco Sabadell), no han cambiado. Claudia ya está avisada y la firma en cuanto la subas.

¡Gracias!
Lucía

Lucía Fernández
Office Manager – Example Group Iberia S.L.
C/ de Orense 34, 28020 Madrid
''',
  desc='Genuine internal urgent payment request (overdue haulier invoice), known payee from master data.',
  why='Internal route, existing supplier and account, CFO in the loop.')

B(30, 'es', 'newsletter-olive-market-weekly',
  date=D('2026-11-23 07:00:03', 1), frm=('Mercado Oleícola', 'boletin@mercadooleicola.es'), to=['fernandez'],
  subject='Boletín semanal: precios en origen, salidas de mercado y previsión de cosecha', cs='utf-8',
  cte='base64', fmt='alt', style='mc',
  tpl=('brand', '#6b8e23', 'Mercado Oleícola · Boletín semanal',
       'Recibes este boletín porque te suscribiste en mercadooleicola.es. '
       '[[Darse de baja|https://mercadooleicola.us14.list-manage.com/unsubscribe?u=2b8e1f4c7a&id=6d0c9e3b51&e=8a1f4d]]'),
  infra=('mail180-17.suw21.mcsv.net', 'mail180-17.suw21.mcsv.net', '198.2.180.17'),
  env='bounce-mc.us14_71245093.2291804-8a1f4d2e7c@mail180-17.suw21.mcsv.net', middom='mail180-17.suw21.mcsv.net',
  hx=['List-Unsubscribe: <https://mercadooleicola.us14.list-manage.com/unsubscribe?u=2b8e1f4c7a&id=6d0c9e3b51&e=8a1f4d>',
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'],
  text='''Precios en origen
El virgen extra se mantiene estable esta semana en las principales zonas productoras de Jaén y Córdoba, con operaciones puntuales de partidas de primera molturación.
[[Ver tabla de precios|https://mercadooleicola.us14.list-manage.com/track/click?u=2b8e1f4c7a&id=0c7d2e9a41&e=8a1f4d]]

Salidas de mercado
Las salidas de aceite de las almazaras mantienen un buen ritmo gracias a la demanda exterior, especialmente de Italia y Estados Unidos.

Previsión de cosecha
Las cooperativas andaluzas confirman una campaña algo superior a la anterior, con buena calidad general.
''',
  desc='Subscribed Spanish olive-oil market newsletter via Mailchimp.',
  why='Opt-in newsletter with consistent ESP and unsubscribe headers.')

B(31, 'el', 'olive-union-invoice-mydata',
  date=D('2026-11-09 13:05:41', 2), frm=('Ένωση Μεσσηνίας – Λογιστήριο', 'logistirio@easmessinias.gr'),
  to=['georgiou'], subject='Τιμολόγιο Πώλησης 1187/2026 – ΜΑΡΚ 400001953827164', cs='iso-8859-7',
  cte='quoted-printable', fmt='plain', style='msold',
  infra=('mail.easmessinias.gr', 'mail.easmessinias.gr', '62.103.35.71'),
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), midstyle='generic',
  text='''Καλημέρα κ. Γεωργίου,

Σας αποστέλλουμε συνημμένο το τιμολόγιο πώλησης 1187/2026 για την παράδοση της 06/11/2026:

Είδος: Εξαιρετικό παρθένο ελαιόλαδο ΠΟΠ Καλαμάτα, μεταλλικά δοχεία 5 λίτρων
Ποσότητα: 1.250 δοχεία
Καθαρή αξία: 31.250,00 €
ΦΠΑ 13%%: 4.062,50 €
Σύνολο: 35.312,50 €
Λήξη πληρωμής: 30/11/2026
ΜΑΡΚ: 400001953827164 (έχει διαβιβαστεί στο myDATA)

Η πληρωμή γίνεται, όπως πάντα, στον λογαριασμό μας στην Τράπεζα Πειραιώς:
IBAN: %s

Για οποιαδήποτε διευκρίνιση είμαστε στη διάθεσή σας.

Με εκτίμηση,
Γιώργος Αντωνόπουλος
Λογιστήριο
Ένωση Αγροτικών Συνεταιρισμών Μεσσηνίας
ΑΦΜ %s – Καλαμάτα, τηλ. 27210 82 140
''' % (fi(GR_PIR), AFM_EAS),
  atts=[pdf_att('Timologio_1187_2026.pdf', ['Invoice 1187/2026 - EAS Messinias', 'MARK 400001953827164',
                                            'EVOO PDO Kalamata 5 l tins x 1,250', 'Net 31,250.00 EUR  VAT 13% 4,062.50  Total 35,312.50 EUR',
                                            'IBAN ' + fi(GR_PIR)], when='20261109130000')],
  desc='Genuine supplier invoice with myDATA MARK number, Greek iso-8859-7, usual Piraeus account.',
  why='Real domain and server, account unchanged; compare look-alike attack 32.')

B(32, 'el', 'bank-new-login-security-alert',
  date=D('2026-11-21 21:14:03', 2), frm=('Τράπεζα Πειραιώς', 'no-reply@piraeusbank.gr'), to=['georgiou'],
  subject='Ειδοποίηση ασφαλείας: νέα σύνδεση στο winbank business', cs='windows-1253', cte='base64', fmt='html',
  style='generic', tpl=('brand', '#00467f', 'Τράπεζα Πειραιώς · winbank business',
                        'Το μήνυμα αυτό στάλθηκε αυτόματα. Τράπεζα Πειραιώς Α.Ε., Αμερικής 4, 105 64 Αθήνα'),
  infra=('mailout2.piraeusbank.gr', 'mailout2.piraeusbank.gr', '195.167.97.12'), midstyle='generic',
  middom='piraeusbank.gr',
  text='''Αγαπητέ/ή κ. ΓΕΩΡΓΙΟΥ,

Σας ενημερώνουμε ότι στις 21/11/2026 και ώρα 21:12 πραγματοποιήθηκε σύνδεση στο winbank business με τους κωδικούς σας από νέα συσκευή (Windows, Microsoft Edge, Θεσσαλονίκη).

Εάν πραγματοποιήσατε εσείς τη σύνδεση, δεν απαιτείται καμία ενέργεια.

Εάν δεν αναγνωρίζετε τη σύνδεση, επικοινωνήστε άμεσα με το Contact Center της Τράπεζας στο 210 32 88 000 (24/7).

Η Τράπεζα Πειραιώς δεν θα σας ζητήσει ποτέ μέσω email ή SMS κωδικούς πρόσβασης, κωδικούς μιας χρήσης (OTP) ή στοιχεία κάρτας.
''',
  desc='Genuine bank login alert, HTML-only windows-1253 base64, no links.',
  why='Bank\'s own domain/servers, no link or attachment.')

B(33, 'el', 'internal-vat-payment-reminder',
  date=D('2026-11-25 09:36:50', 2), frm=S['papadopoulou'], to=['georgiou'],
  subject='Πληρωμή ΦΠΑ Οκτωβρίου – προθεσμία Δευτέρα 30/11', cs='utf-8', cte='quoted-printable', fmt='alt',
  tpl='outlook', style='exch', clang='el-GR', infra=INT, up=[up_int_relay('b33'), up_exch()],
  middom='EXMBX02.corp.example.com', mailer=('X-Mailer', 'Microsoft Outlook 16.0'),
  text='''Νίκο καλημέρα,

Υπενθύμιση ότι η δήλωση ΦΠΑ Οκτωβρίου πρέπει να υποβληθεί και να πληρωθεί έως τη Δευτέρα 30/11. Ο λογιστής μάς έστειλε το προσχέδιο: πληρωτέο ποσό 12.864,20 €.

Μπορείς να ετοιμάσεις την πληρωμή στο winbank με την ταυτότητα οφειλής από το myAADE (στο προσχέδιο είναι %s) μέχρι την Πέμπτη; Η κα Weber θα την εγκρίνει από τη Γερμανία. Θυμήσου ότι πληρώνουμε μόνο με τον κωδικό RF που εμφανίζεται στην ίδια την πλατφόρμα – όχι με στοιχεία που έρχονται με email.

Ευχαριστώ,
Ελένη

Ελένη Παπαδοπούλου
Office Manager – Example Group Hellas
Θεσσαλονίκη
''' % RF_B33,
  desc='Genuine internal reminder for a Greek VAT payment with an RF creditor reference (valid ISO 11649 check digits).',
  why='Internal route via mail-int01, tax authority as payee through official platform; compare attack 34.')

B(34, 'el', 'customer-complaint-allergen-label',
  date=D('2026-11-13 12:20:48', 2), frm=('Μαρία Κωνσταντίνου', 'm.konstantinou@aigaio-market.gr'),
  to=['papadopoulou'], cc=['neumann'],
  subject='Παράπονο πελάτη – Σπαγγέτι Νο 5 500 γρ. – ελλιπής ελληνική επισήμανση αλλεργιογόνων', cs='iso-8859-7',
  cte='base64', fmt='plain', style='msold', infra=('mail.aigaio-market.gr', 'mail.aigaio-market.gr', '85.72.44.133'),
  mailer=('X-Mailer', 'Microsoft Outlook 16.0'), midstyle='generic',
  text='''Αγαπητή κα Παπαδοπούλου,

Λάβαμε παράπονο καταναλωτή από το κατάστημά μας στη Ρόδο για το προϊόν Σπαγγέτι Νο 5 500 γρ. (παρτίδα L26289). Η ελληνική αυτοκόλλητη ετικέτα δεν αναγράφει με έντονη γραφή το αλλεργιογόνο «σιτάρι (γλουτένη)», όπως απαιτεί ο Κανονισμός (ΕΕ) 1169/2011, και ο καταναλωτής – γονέας παιδιού με κοιλιοκάκη – ζήτησε εξηγήσεις.

Έχουμε αποσύρει προληπτικά το προϊόν από τα ράφια σε 14 καταστήματα.

Παρακαλούμε να μας στείλετε έως την Τρίτη 17/11:
– διορθωμένο σχέδιο ελληνικής ετικέτας,
– πρόταση για επανασήμανση των αποθεμάτων μας,
– επιβεβαίωση ότι οι επόμενες παρτίδες θα φέρουν τη σωστή σήμανση.

Με εκτίμηση,
Μαρία Κωνσταντίνου
Υπεύθυνη Διασφάλισης Ποιότητας
Υπεραγορές Αιγαίο Α.Ε.
Ρόδος, τηλ. 22410 45 210
''',
  desc='Genuine Greek customer complaint about allergen labelling, iso-8859-7 base64.',
  why='Known customer domain, regulatory/quality content only.')

B(35, 'el', 'newsletter-exporters-association',
  date=D('2026-11-18 11:00:06', 2), frm=('ΣΕΒΕ – Ενημέρωση Μελών', 'newsletter@seve.gr'), to=['papadopoulou'],
  subject='Ενημερωτικό Δελτίο ΣΕΒΕ: εξαγωγές τροφίμων 9μήνου 2026 & σεμινάρια Δεκεμβρίου', cs='windows-1253',
  cte='quoted-printable', fmt='alt', style='generic',
  tpl=('brand', '#1f4e79', 'ΣΕΒΕ · Σύνδεσμος Εξαγωγέων',
       'Λαμβάνετε το δελτίο ως εγγεγραμμένο μέλος. [[Διαγραφή|https://www.seve.gr/newsletter/unsubscribe?m=e7c21a]]\n'
       'ΣΕΒΕ, Θεσσαλονίκη'),
  infra=('mail.seve.gr', 'mail.seve.gr', '195.251.120.36'), env='bounces@seve.gr', midstyle='generic',
  middom='seve.gr', hx=['List-Unsubscribe: <https://www.seve.gr/newsletter/unsubscribe?m=e7c21a>', 'Precedence: bulk'],
  text='''Αγαπητά μέλη,

Εξαγωγές τροφίμων: σύμφωνα με τα προσωρινά στοιχεία, οι εξαγωγές τροφίμων και ποτών κινήθηκαν ανοδικά στο εννεάμηνο, με σημαντική συμβολή του ελαιολάδου και των γαλακτοκομικών.
[[Διαβάστε την ανάλυση|https://www.seve.gr/analyseis/exagoges-9minou-2026]]

Σεμινάρια Δεκεμβρίου: «Ηλεκτρονική τιμολόγηση και myDATA για εξαγωγικές επιχειρήσεις» (8/12) και «Τελωνειακές διαδικασίες μετά το Brexit» (15/12).
[[Εγγραφή|https://www.seve.gr/ekdiloseis]]
''',
  desc='Subscribed newsletter of a Greek exporters\' association, windows-1253 quoted-printable.',
  why='Member newsletter from the association\'s own server with unsubscribe link.')

B(36, 'ru', 'distributor-prepayment-confirmation',
  date=D('2026-11-12 14:27:19', 3), frm=('Ирина Соколова', 'i.sokolova@vkusnydom.ru'), to=['smirnova'],
  cc=['volkov'], subject='Предоплата по счёту № 118 и отгрузка на следующей неделе', cs='koi8-r',
  cte='quoted-printable', fmt='plain', style='generic',
  infra=('mail.vkusnydom.ru', 'mail.vkusnydom.ru', '81.177.140.63'),
  mailer=('X-Mailer', 'The Bat! (v11.2.1) Professional'), midstyle='generic',
  text='''Ольга, добрый день!

Сегодня провели предоплату по счёту № 118 от 10.11.2026 в размере 2 847 500,00 руб., платёжное поручение № 4471 во вложении. Деньги должны поступить завтра.

Просим подтвердить отгрузку на следующей неделе: паста (спагетти, пенне, фузилли) – 18 паллет, оливковое масло Extra Virgin 0,5 л – 6 паллет. Машину на склад в Подольске подаём во вторник 17.11 к 10:00, доверенность на водителя пришлю отдельно.

И ещё: в декабре нам понадобится акт сверки за 2026 год – выставим через Диадок, как обычно.

С уважением,
Ирина Соколова
менеджер по закупкам
ООО «Вкусный Дом»
Москва, ул. Ленинская Слобода, 19
+7 (495) 651-22-80
''',
  atts=[pdf_att('Платежное_поручение_4471.pdf',
                ['Platezhnoe poruchenie N 4471 ot 12.11.2026', 'Platelshchik: OOO "Vkusny Dom", INN ' + INN_VD,
                 'Schet ' + RU_VD_RS + '  BIK ' + RU_SBER_BIK,
                 'Poluchatel: OOO "Example Group Rus", INN ' + INN_EXG,
                 'Schet ' + RU_EXG_RS + '  BIK ' + RU_ALFA_BIK + '  K/s ' + RU_ALFA_KS,
                 'Summa: 2 847 500-00, predoplata po schetu N 118 ot 10.11.2026'], when='20261112142000')],
  desc='Genuine distributor e-mail confirming prepayment (payment order attached), KOI8-R.',
  why='Known customer domain and contact, money flowing to us, no change of details.')

B(37, 'ru', 'diadoc-genuine-document-notification',
  date=D('2026-12-01 10:05:13', 3), frm=('Диадок', 'noreply@diadoc.ru'), to=['volkov'],
  subject='Вам пришёл документ от ООО «Вкусный Дом»', cs='windows-1251', cte='quoted-printable', fmt='alt',
  style='generic', tpl=('brand', '#0e7bd4', 'Диадок · Контур',
                        'Вы получили это письмо, так как являетесь пользователем Диадока организации ООО «Экзампл Груп Рус». '
                        '[[Настроить уведомления|https://diadoc.kontur.ru/settings/notifications]]'),
  infra=('smtp-out3.kontur.ru', 'smtp-out3.kontur.ru', '46.17.200.43'), midstyle='generic', middom='diadoc.ru',
  text='''Здравствуйте!

ООО «Вкусный Дом» отправил вам документ в Диадоке:

Акт сверки взаимных расчётов № 37 от 30.11.2026
Период: 01.01.2026 – 30.11.2026
Требуется подпись: да

[[!Перейти к документу|https://diadoc.kontur.ru/a7c1e0f2-5b3d-4e9a-8f16-2d0c4b7e9a31/Document/Show?letterId=c3e5a7b9-1d2f-4a6c-8e0b-7f9d1c3e5a72]]

Команда Диадока
''',
  desc='Genuine EDO (Kontur.Diadoc) notification of a reconciliation act from a known customer, windows-1251.',
  why='Real Kontur domains for sender and link; expected document (announced in B36); compare attack 40.')

B(38, 'ru', 'internal-tax-payment-second-signature',
  date=D('2026-11-26 16:10:44', 3), frm=S['volkov'], to=['smirnova'],
  subject='Срочно: пополнение ЕНС до 28.11 – нужна вторая подпись', cs='utf-8', cte='quoted-printable', fmt='alt',
  tpl='outlook', style='exch', clang='ru-RU', infra=INT, up=[up_int_relay('b38'), up_exch()],
  middom='EXMBX02.corp.example.com', mailer=('X-Mailer', 'Microsoft Outlook 16.0'),
  text='''Ольга, привет!

Напоминаю: до 28 ноября нужно пополнить единый налоговый счёт – НДС за 3 квартал (вторая часть), НДФЛ и страховые взносы за октябрь. Итого 3 184 270,00 руб., расчёт лежит в папке «Налоги/2026/11».

Платёжку в банк-клиенте я уже создал (получатель – Казначейство России (ФНС России), реквизиты для ЕНП стандартные), нужна твоя вторая подпись до завтра 15:00. 28-е – суббота, срок переносится на понедельник 30-е, но лучше не тянуть.

Спасибо!
Дмитрий

Дмитрий Волков
Главный бухгалтер
ООО «Экзампл Груп Рус»
''',
  desc='Genuine internal urgent tax-payment request needing a second signature, Russian via internal relay.',
  why='Internal route, payee is the Treasury via standard details, four-eyes process.')

B(39, 'ru', 'colleague-private-yandex-reconciliation',
  date=D('2026-12-04 09:02:37', 3), frm=('Ольга Смирнова', 'olga.smirnova.msk@yandex.ru'), to=['volkov'],
  subject='С личной почты: акт сверки «Вкусный Дом», расхождение', cs='utf-8', cte='base64', fmt='plain',
  style='generic', infra=('forward500b.mail.yandex.net', 'forward500b.mail.yandex.net', '178.154.239.80'),
  mailer=('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'), midstyle='yandex',
  text='''Дима, привет!

Пишу с личной почты – у меня с утра не подключается VPN, а в офис сегодня не успеваю. Ирина из «Вкусного Дома» прислала мне акт сверки в мессенджер, пересылаю его тебе во вложении – в Диадоке он тоже висит с понедельника.

У них расхождение 12 480,00 руб.: похоже, они не учли нашу корректировку по возврату от 14.10 (УКД № 27). Посмотри, пожалуйста, когда будет минутка – ответить им можно прямо в Диадоке, в понедельник я подпишу.

Оля

--
Отправлено из мобильной Яндекс Почты
''',
  atts=[pdf_att('Акт_сверки_Вкусный_Дом_2026.pdf', ['Akt sverki vzaimnykh raschetov N 37 ot 30.11.2026',
                                                    'OOO "Vkusny Dom" - OOO "Example Group Rus"',
                                                    'Period 01.01.2026 - 30.11.2026', 'Raskhozhdenie: 12 480,00 rub. (UKD N 27 ot 14.10.2026)'],
                when='20261130120000')],
  desc='Colleague (office manager) writing from a private Yandex address with a reconciliation PDF.',
  why='Consistent with genuine B36/B37, no payment change or credential request; legitimate free-mail use by staff.')

B(40, 'ru', 'newsletter-food-industry-digest',
  date=D('2026-11-19 08:00:05', 3), frm=('Продукт-Эксперт', 'news@produkt-expert.ru'), to=['smirnova'],
  subject='Дайджест недели: молочный рынок, маркировка, импорт оливкового масла', cs='windows-1251',
  cte='base64', fmt='alt', style='generic',
  tpl=('brand', '#8b1e3f', 'Продукт-Эксперт · дайджест',
       'Вы подписаны на рассылку produkt-expert.ru. [[Отписаться|https://produkt-expert.ru/unsubscribe?u=4e81c2]]'),
  infra=('mx12.unisender.com', 'mx12.unisender.com', '185.98.80.12'),
  env='bounce-4e81c2-olga.smirnova=examplegroup.eu@bounce.unisender.com', midstyle='generic', middom='unisender.com',
  hx=['List-Unsubscribe: <https://produkt-expert.ru/unsubscribe?u=4e81c2>', 'Precedence: bulk'],
  text='''Главное за неделю:

Молочный рынок: производители сыров и сливочного масла готовятся к сезонному росту спроса перед Новым годом.
[[Читать|https://produkt-expert.ru/news/moloko-noyabr-2026]]

Маркировка: участникам оборота напоминают о сроках передачи сведений о выводе из оборота молочной продукции.
[[Читать|https://produkt-expert.ru/news/markirovka-moloko]]

Импорт: поставки оливкового масла и пасты через Новороссийск и Санкт-Петербург.
[[Читать|https://produkt-expert.ru/news/import-maslo-2026]]
''',
  desc='Subscribed Russian food-industry digest via a Russian ESP, windows-1251 base64.',
  why='Opt-in newsletter with unsubscribe header; mentions labelling deadlines harmlessly (contrast attack 36).')


# ===========================================================================
# Output
# ===========================================================================

CHARSET_NOTE = {'plain': 'text/plain', 'html': 'text/html only', 'alt': 'multipart/alternative'}


def structure(m):
    s = CHARSET_NOTE[m.get('fmt', 'plain')]
    if any(a.get('cid') for a in m.get('atts', [])):
        s += ' + related PNG'
    files = [a['fn'] for a in m.get('atts', []) if not a.get('cid')]
    if files:
        s += ' + ' + ', '.join(files)
    return s


def sanity():
    for i in ALL_IBANS:
        assert iban_ok(i), i
    lengths = {'DE': 22, 'IT': 27, 'PL': 28, 'ES': 24, 'GR': 27, 'BE': 16, 'LT': 20, 'CY': 28, 'GB': 22}
    for i in ALL_IBANS:
        assert len(i) == lengths[i[:2]], i
    for bik, ks in ((RU_ALFA_BIK, RU_ALFA_KS), (RU_SBER_BIK, RU_SBER_KS), (RU_TB_BIK, RU_TB_KS)):
        assert ru_ks_ok(bik, ks), (bik, ks)
    for bik, rs_ in ((RU_ALFA_BIK, RU_EXG_RS), (RU_SBER_BIK, RU_VD_RS), (RU_TB_BIK, RU_STL_RS)):
        assert ru_rs_ok(bik, rs_)
    assert int(_n(RF_B33[4:] + RF_B33[:4])) % 97 == 1


def main():
    sanity()
    for d in ('attack', 'business'):
        os.makedirs(os.path.join(BASE, d), exist_ok=True)
        for f in os.listdir(os.path.join(BASE, d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(BASE, d, f))
    seen = set()
    for m in MSGS:
        assert m['file'] not in seen
        seen.add(m['file'])
        raw = build(m)
        with open(os.path.join(BASE, m['cat'], m['file'] + '.eml'), 'wb') as fh:
            fh.write(raw)
    with open(os.path.join(BASE, 'staff.txt'), 'w', encoding='utf-8') as fh:
        for _, n, a, _, _ in STAFF:
            fh.write('%s=%s\n' % (n, a))
    write_manifest()


def md(s):
    return s.replace('|', '\\|').replace('\n', ' ')


def write_manifest():
    L = []
    L.append('# Example Group – blind e-mail evaluation set (inbound MX mx01.example.com)\n')
    L.append('Generated by `gen/build.py` (Python 3 stdlib, deterministic, no network). 40 messages in `attack/` '
             '(must not be delivered plainly) and 40 in `business/` (must be delivered). Dates 1 Nov – 5 Dec 2026.\n')
    L.append('## The company\n')
    L.append('**Example Group** (Example Group GmbH, HQ Konrad-Zuse-Ring 12, 68163 Mannheim, Germany; domains '
             '`example.com` and `examplegroup.eu`, about 700 mailboxes) produces and exports olive oil, wine, pasta and '
             'dairy products. It sells to supermarket chains and distributors, buys from farms, cooperatives and packaging '
             'suppliers, is IFS Food / BRCGS certified, handles customs and excise (EMCS for sparkling wine) and ships '
             'chilled goods with contracted hauliers. Subsidiaries/offices: Example Group Italia S.r.l. (Parma), Example '
             'Group Polska sp. z o.o. (Poznań), Example Group Iberia S.L. (Madrid), Example Group Hellas M.I.K.E. '
             '(Thessaloniki), Example Group UK Ltd (London), ООО «Экзампл Груп Рус» (Moscow).\n')
    L.append('Mail flow: external mail arrives at `mx01.example.com` (Postfix; its Received header is the top one). '
             'Internal mail from Exchange (EXMBX01/02.corp.example.com) reaches mx01 through the internal relay '
             '`mail-int01.example.com [10.20.0.25]`. The files carry no Authentication-Results, DKIM-Signature or X-Spam '
             'headers: a gateway under test must do its own checks.\n')
    L.append('## Staff\n')
    L.append('| Name | Address | Role | Office |\n|---|---|---|---|')
    for _, n, a, r, o in STAFF:
        L.append('| %s | %s | %s | %s |' % (n, a, r, o))
    L.append('\n## Business correspondents\n')
    L.append('| Organisation | Relationship | Addresses |\n|---|---|---|')
    for o, r, a in CORRESPONDENTS:
        L.append('| %s | %s | %s |' % (md(o), md(r), md(a)))
    L.append('\n## Reference data (check digits computed by the script)\n')
    L.append('| Item | Value | Appears in |\n|---|---|---|')
    ref = [('Lieferant GmbH, Sparkasse Bielefeld (genuine until 31.12.2026)', fi(LIEF_SPK), 'business 01, 02'),
           ('Lieferant GmbH, Deutsche Bank (genuine from 01.01.2027)', fi(LIEF_DB), 'business 02'),
           ('Factoring "trust account" (fraud, Revolut LT)', fi(FRAUD_LT), 'attack 02'),
           ('Payroll diversion (fraud, N26)', fi(FRAUD_N26), 'attack 05'),
           ('Ferretti Trasporti, Banco BPM (genuine)', fi(FERR_BPM), 'business 15'),
           ('Ferretti look-alike, Banca Sella (fraud)', fi(FERR_SELLA), 'attack 15'),
           ('Partner Logistik, PKO BP (genuine until 30.11.2026)', fi(PL_PKO), 'business 21'),
           ('Partner Logistik, mBank (genuine from 01.12.2026)', fi(PL_MBANK), 'business 21'),
           ('Partner Logistik look-alike, Alior (fraud)', fi(PL_ALIOR), 'attack 21'),
           ('Coop San Isidro, Caja Rural de Jaén (genuine)', fi(ES_CRJ), 'business 26'),
           ('Coop San Isidro impostor, BBVA (fraud)', fi(ES_BBVA), 'attack 27'),
           ('EAS Messinias, Piraeus (genuine)', fi(GR_PIR), 'business 31'),
           ('EAS Messinias look-alike, Wise BE (fraud)', fi(FRAUD_WISE), 'attack 32'),
           ('Greek internal BEC (fraud, Cyprus)', fi(FRAUD_CY), 'attack 34'),
           ('Thames Reefer, Barclays (genuine)', fi(GB_TRL), 'business 10'),
           ('GS1 impersonation (fraud, ClearBank)', fi(FRAUD_GB), 'attack 12'),
           ('RU Вкусный Дом р/с (Sber, BIK %s)' % RU_SBER_BIK, RU_VD_RS, 'business 36'),
           ('RU Example Group Rus р/с (Alfa, BIK %s)' % RU_ALFA_BIK, RU_EXG_RS, 'business 36'),
           ('RU СеверТрансЛогистик р/с (fraud, T-Bank BIK %s)' % RU_TB_BIK, RU_STL_RS, 'attack 39'),
           ('Bitcoin address (bech32, valid checksum)', BTC, 'attack 20'),
           ('Container numbers (ISO 6346)', CONT_A10 + ' / ' + CONT_B14, 'attack 10 / business 14'),
           ('UPU S10 tracking number', S10_A23, 'attack 23'),
           ('EAN-13', EAN_B28, 'business 28'),
           ('RF creditor reference (ISO 11649)', RF_B33, 'business 33'),
           ('NIP Partner Logistik / Example Group Polska', fmt_nip(NIP_PARTNER) + ' / ' + fmt_nip(NIP_EXG), 'pl messages'),
           ('P.IVA Ferretti / Example Group Italia', PIVA_FERR + ' / ' + PIVA_EXG, 'it messages'),
           ('CIF Example Group Iberia / Coop San Isidro', CIF_EXG + ' / ' + CIF_COOP, 'es messages'),
           ('ΑΦΜ Example Group Hellas / EAS Messinias', AFM_EXG + ' / ' + AFM_EAS, 'el messages'),
           ('ИНН Example Group Rus / Вкусный Дом / СТЛ', '%s / %s / %s' % (INN_EXG, INN_VD, INN_STL), 'ru messages'),
           ('USt-IdNr. Example Group / Lieferant', USTID_EXG + ' / ' + USTID_LIEF, 'de messages')]
    for a, b, c in ref:
        L.append('| %s | `%s` | %s |' % (md(a), b, c))
    L.append('\nAll IBANs satisfy ISO 13616 mod-97; Italian CIN, Spanish DC, Polish sort-code and Belgian national check '
             'digits are computed; Russian accounts carry a valid control key for their BIK. German/UK account-level '
             'check methods were not modelled. The QR codes (attack 07 as PNG, attack 23 as HTML table) are real QR '
             'codes (byte mode, ECC L) generated by the script.\n')
    L.append('Malware stand-ins (attack 10, 16, 24, 35, 37) are ZIP archives whose inner files (.pdf.js, .pdf.vbs, '
             '.pdf.lnk, .pdf.scr, .pdf.exe) contain only an inert text marker. HTML/SVG attachments contain forms or links '
             'to invented phishing hosts but no working exfiltration or clipboard code. PDFs are minimal valid one-page '
             'placeholders.\n')
    for cat, title in (('attack', 'Attack messages (must NOT be delivered plainly)'),
                       ('business', 'Business messages (MUST be delivered)')):
        L.append('## %s\n' % title)
        L.append('| File | Lang | Charset / CTE | Structure | What it is | Why attack / why genuine |')
        L.append('|---|---|---|---|---|---|')
        for m in MSGS:
            if m['cat'] != cat:
                continue
            L.append('| %s.eml | %s | %s / %s | %s | %s | %s |' % (
                m['file'], m['lang'], m['cs'], m.get('cte', 'quoted-printable'), md(structure(m)), md(m['desc']),
                md(m['why'])))
        L.append('')
    L.append('## Counts\n')
    for cat in ('attack', 'business'):
        c = {}
        for m in MSGS:
            if m['cat'] == cat:
                c[m['lang']] = c.get(m['lang'], 0) + 1
        L.append('- %s: %d (%s)' % (cat, sum(c.values()), ', '.join('%s %d' % (k, c[k]) for k in
                                                                   ('de', 'en', 'it', 'pl', 'es', 'el', 'ru'))))
    with open(os.path.join(BASE, 'MANIFEST.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L) + '\n')


if __name__ == '__main__':
    main()
