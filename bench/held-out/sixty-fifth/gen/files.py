"""Inert attachment builders: text-only PDF, ZIP (stored/deflate, optional
ZipCrypto), SVG and HTML lures.  Standard library only."""
import random
import struct
import zlib

PLACEHOLDER = b'INERT PLACEHOLDER - evaluation sample audit65, contains no executable content.\r\n'


# ------------------------------------------------------------------ PDF ----
def _pdf_str(s):
    b = s.encode('cp1252', 'replace')
    return b'(' + b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'


def pdf(lines, title='Document', producer='Microsoft: Print To PDF', creator='',
        date='20261014091200+02\'00\'', font_size=10):
    """lines: list of str (cp1252-representable). '#' prefix = bold heading."""
    per_page = 62
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)]
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    cat = add(None)
    pages_id = add(None)
    f1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    f2 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    kids = []
    for pg in pages:
        y = 800
        cs = [b'BT']
        for ln in pg:
            bold = ln.startswith('#')
            txt = ln.lstrip('#').strip() if bold else ln
            sz = font_size + 3 if bold else font_size
            cs.append(b'/%s %d Tf 1 0 0 1 56 %d Tm %s Tj' % (b'F2' if bold else b'F1', sz, y, _pdf_str(txt)))
            y -= 12 if not bold else 16
        cs.append(b'ET')
        stream = b'\n'.join(cs)
        c = add(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
        kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] '
                        b'/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>'
                        % (pages_id, f1, f2, c)))
    objs[cat - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id
    objs[pages_id - 1] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (
        b' '.join(b'%d 0 R' % k for k in kids), len(kids))
    info = add(b'<< /Title %s /Producer %s /Creator %s /CreationDate %s >>' % (
        _pdf_str(title), _pdf_str(producer), _pdf_str(creator or producer), _pdf_str('D:' + date)))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objs) + 1, cat, info, xref)
    return bytes(out)


# ------------------------------------------------------------------ ZIP ----
_T = []
for _i in range(256):
    _c = _i
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _T.append(_c)


def _step(k, b):
    return (k >> 8) ^ _T[(k ^ b) & 0xff]


class _ZipCrypto:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw:
            self._upd(c)

    def _upd(self, c):
        k = self.k
        k[0] = _step(k[0], c)
        k[1] = ((k[1] + (k[0] & 0xff)) * 134775813 + 1) & 0xffffffff
        k[2] = _step(k[2], k[1] >> 24)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self._upd(p)
        return bytes(out)


PASSWORDS = set()


def zipfile_bytes(entries, password=None, when=(2026, 10, 14, 9, 0, 0), seed='zip', deflate=True):
    """entries: list of (name, data).  ZipCrypto if password given."""
    rng = random.Random(seed)
    y, mo, d, h, mi, s = when
    dtime = (h << 11) | (mi << 5) | (s // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray()
    central = bytearray()
    for name, data in entries:
        nb = name.encode('utf-8')
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xffffffff
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp, method = data, 0
        if password:
            PASSWORDS.add(password)
            flags |= 1
            zc = _ZipCrypto(password.encode())
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.enc(hdr + comp)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, dtime, ddate,
                           crc, len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e, 20, flags, method,
                               dtime, ddate, crc, len(comp), len(data), len(nb), 0, 0, 0, 0,
                               0o100644 << 16, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries),
                       len(central), cd_off, 0)
    return bytes(out)


# ----------------------------------------------------------------- lures ---
def svg_lure(title, button, url, sub=''):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'width="620" height="360" viewBox="0 0 620 360">\n'
            '  <rect width="620" height="360" fill="#f4f5f7"/>\n'
            '  <rect x="30" y="30" width="560" height="300" rx="6" fill="#ffffff" stroke="#d0d4da"/>\n'
            '  <rect x="30" y="30" width="560" height="54" rx="6" fill="#26154f"/>\n'
            '  <text x="52" y="64" font-family="Segoe UI, Arial" font-size="20" fill="#ffffff">%s</text>\n'
            '  <text x="52" y="130" font-family="Segoe UI, Arial" font-size="15" fill="#333">%s</text>\n'
            '  <a xlink:href="%s" href="%s" target="_blank">\n'
            '    <rect x="52" y="170" width="240" height="44" rx="4" fill="#ffc820"/>\n'
            '    <text x="172" y="198" text-anchor="middle" font-family="Segoe UI, Arial" '
            'font-size="15" font-weight="bold" fill="#1a1a1a">%s</text>\n'
            '  </a>\n'
            '  <!-- inert evaluation sample: no script -->\n'
            '</svg>\n') % (title, sub, url, url, button)


def html_login_lure(title, brand, action, email, lang='en', labels=('Password', 'Sign in'),
                    note=''):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2}'
            '.b{width:380px;margin:60px auto;background:#fff;padding:36px;box-shadow:0 2px 6px #0003}'
            'input{width:100%%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666}'
            'button{background:#0067b8;color:#fff;border:0;padding:9px 28px;float:right}</style>\n'
            '</head><body><div class="b"><h2>%s</h2><p>%s</p>\n'
            '<form method="post" action="%s">\n'
            '<input type="email" name="login" value="%s" readonly>\n'
            '<input type="password" name="passwd" placeholder="%s">\n'
            '<button type="submit">%s</button></form>\n'
            '<!-- inert evaluation sample: no script --></div></body></html>\n') % (
        lang, title, brand, note, action, email, labels[0], labels[1])
