"""Inert attachment builders: text-only PDF, ZIP (plain or ZipCrypto),
small RGB PNG images.  Deterministic, standard library only."""
import hashlib
import struct
import zlib

import qr

# ------------------------------------------------------------------ PDF
# Extra glyphs mapped onto the unused control codes 1..31 of WinAnsiEncoding
# (the 2002 core-14 AFMs contain these Central European glyphs).
_EXTRA = [('ą', 'aogonek'), ('ć', 'cacute'), ('ę', 'eogonek'), ('ł', 'lslash'),
          ('ń', 'nacute'), ('ś', 'sacute'), ('ź', 'zacute'), ('ż', 'zdotaccent'),
          ('Ą', 'Aogonek'), ('Ć', 'Cacute'), ('Ę', 'Eogonek'), ('Ł', 'Lslash'),
          ('Ń', 'Nacute'), ('Ś', 'Sacute'), ('Ź', 'Zacute'), ('Ż', 'Zdotaccent'),
          ('č', 'ccaron'), ('š', 'scaron'), ('ž', 'zcaron'), ('ő', 'ohungarumlaut')]
_EXTRA_MAP = {u: i + 1 for i, (u, _) in enumerate(_EXTRA)}

# Greek capitals through the Symbol font's built-in encoding
_GREEK = dict(zip('ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ', 'ABGDEZHQIKLMNXOPRSTUFCYW'))
_TONOS = str.maketrans('ΆΈΉΊΌΎΏΪΫ', 'ΑΕΗΙΟΥΩΙΥ')


def _pdf_str(s, greek=False):
    out = bytearray()
    if greek:
        s = s.upper().translate(_TONOS)
    for ch in s:
        if greek and ch in _GREEK:
            b = _GREEK[ch].encode()
        elif ch in _EXTRA_MAP:
            b = bytes([_EXTRA_MAP[ch]])
        else:
            b = ch.encode('cp1252')
        for c in b:
            if c in (0x28, 0x29, 0x5C):
                out += b'\\' + bytes([c])
            elif c < 32 or c > 126:
                out += b'\\%03o' % c
            else:
                out.append(c)
    return b'(' + bytes(out) + b')'


class PDF:
    """Very small PDF writer: A4 pages with text, lines and grey boxes."""

    def __init__(self, title='', author='', creator='', producer='', date=None):
        self.pages = [[]]
        self.info = dict(Title=title, Author=author, Creator=creator, Producer=producer)
        self.date = date  # 'D:20261012094100+02\'00\''

    def page(self):
        self.pages.append([])

    def text(self, x, y, s, size=10, bold=False, greek=None):
        if greek is None:
            greek = any('\u0370' <= c <= '\u03ff' or '\u1f00' <= c <= '\u1fff' for c in s)
            if greek:
                assert not any(c.isascii() and c.isalpha() for c in s), 'mixed Greek/Latin line: ' + s
        font = '/F3' if greek else ('/F2' if bold else '/F1')
        self.pages[-1].append(b'BT %s %g Tf %g %g Td %s Tj ET' % (font.encode(), size, x, y, _pdf_str(s, greek)))

    def lines(self, x, y, rows, size=10, lead=None, bold=False, greek=False):
        lead = lead or size * 1.35
        for r in rows:
            if r:
                self.text(x, y, r, size, bold, greek)
            y -= lead
        return y

    def hline(self, x1, x2, y, w=0.6):
        self.pages[-1].append(b'%g w %g %g m %g %g l S' % (w, x1, y, x2, y))

    def box(self, x, y, w, h, grey=0.9):
        self.pages[-1].append(b'%g g %g %g %g %g re f 0 g' % (grey, x, y, w, h))

    def render(self):
        objs = []

        def add(b):
            objs.append(b)
            return len(objs)
        diffs = b' '.join(b'/' + n.encode() for _, n in _EXTRA)
        enc = add(b'<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 ' + diffs + b'] >>')
        f1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R >>' % enc)
        f2 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R >>' % enc)
        f3 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>')
        pages_id = len(objs) + 1 + 2 * len(self.pages)
        kids = []
        for ops in self.pages:
            content = b'\n'.join(ops)
            c = add(b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream')
            p = add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] '
                    b'/Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >> /Contents %d 0 R >>'
                    % (pages_id, f1, f2, f3, c))
            kids.append(p)
        assert add(b'<< /Type /Pages /Kids [%s] /Count %d >>' % (
            b' '.join(b'%d 0 R' % k for k in kids), len(kids))) == pages_id
        cat = add(b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
        info = b'<< ' + b' '.join(b'/%s %s' % (k.encode(), _pdf_str(v)) for k, v in self.info.items() if v)
        if self.date:
            info += b' /CreationDate (%s) /ModDate (%s)' % (self.date.encode(), self.date.encode())
        info_id = add(info + b' >>')
        out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
        offs = []
        for i, o in enumerate(objs, 1):
            offs.append(len(out))
            out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for o in offs:
            out += b'%010d 00000 n \n' % o
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
                % (len(objs) + 1, cat, info_id, fid, fid, xref))
        return bytes(out)


def pdf_date(dt):
    """dt: aware datetime -> PDF date string."""
    off = dt.utcoffset().total_seconds() // 60
    sign = '+' if off >= 0 else '-'
    off = abs(int(off))
    return dt.strftime('D:%Y%m%d%H%M%S') + "%s%02d'%02d'" % (sign, off // 60, off % 60)


# ------------------------------------------------------------------ ZIP
_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._update(b)

    def _crc(self, c, b):
        return (c >> 8) ^ _CRC_TABLE[(c ^ b) & 0xff]

    def _update(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = ((k[1] + (k[0] & 0xff)) * 134775813 + 1) & 0xffffffff
        k[2] = self._crc(k[2], k[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self._update(p)
        return bytes(out)


def _dos_time(dt):
    t = (dt.hour << 11) | (dt.minute << 5) | (dt.second // 2)
    d = ((dt.year - 1980) << 9) | (dt.month << 5) | dt.day
    return t, d


def make_zip(entries, when, password=None, seed='zip', deflate=True):
    """entries: list of (name, bytes).  when: naive/aware datetime used as
    the modification time.  password: str -> traditional PKWARE (ZipCrypto)."""
    out = bytearray()
    central = bytearray()
    t, d = _dos_time(when)
    for idx, (name, data) in enumerate(entries):
        fname = name.encode('utf-8')
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xffffffff
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp, method = data, 0
        if password is not None:
            flags |= 1
            hdr = bytearray(hashlib.sha256(('%s/%d' % (seed, idx)).encode()).digest()[:11])
            hdr.append(crc >> 24)
            comp = _ZipCrypto(password.encode()).encrypt(bytes(hdr) + comp)
        offset = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, t, d, crc,
                           len(comp), len(data), len(fname), 0) + fname + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e, 20, flags, method,
                               t, d, crc, len(comp), len(data), len(fname), 0, 0, 0, 0,
                               0o100644 << 16, offset) + fname
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries),
                       len(central), cd_off, 0)
    return bytes(out)


PLACEHOLDER = (b'INERT PLACEHOLDER - evaluation sample for a mail-filter test set; '
               b'this file contains no executable content.\r\n')


# ------------------------------------------------------------------ PNG (RGB)
def png_rgb(width, height, pixel):
    """pixel(x, y) -> (r, g, b).  8-bit RGB PNG."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(pixel(x, y))
    ihdr = struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + qr._chunk(b'IHDR', ihdr) +
            qr._chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + qr._chunk(b'IEND', b''))


def photo_png(seed, w=320, h=240):
    """A deterministic 'photo-like' image (soft gradients, a tube shape and
    a smear), standing in for a customer's photo of damaged goods."""
    hsh = hashlib.sha256(seed.encode()).digest()
    base = (200 + hsh[0] % 40, 190 + hsh[1] % 40, 180 + hsh[2] % 40)

    def px(x, y):
        r, g, b = base
        shade = (x + y) // 12
        r, g, b = r - shade, g - shade, b - shade
        # tube body
        if 90 < x < 230 and 70 < y < 150:
            r, g, b = 235, 235, 240
            if 95 < x < 160 and 90 < y < 130:
                r, g, b = 60 + hsh[3] % 60, 120, 160
        # cap
        if 230 <= x < 255 and 85 < y < 135:
            r, g, b = 40, 40, 45
        # leaked cream
        dx, dy = x - 250, y - 170
        if dx * dx + 2 * dy * dy < 900:
            r, g, b = 248, 244, 236
        return (max(0, min(255, r)), max(0, min(255, g)), max(0, min(255, b)))
    return png_rgb(w, h, px)


def logo_png(rgb, w=180, h=48):
    def px(x, y):
        if 8 < y < h - 8 and 8 < x < 40:
            return rgb
        if 52 < x < w - 8 and (y in (18, 19, 20) or y in (28, 29)):
            return (90, 90, 90)
        return (255, 255, 255)
    return png_rgb(w, h, px)


def selftest():
    import io
    import zipfile
    from datetime import datetime
    z = make_zip([('a.txt', b'hello' * 20), ('Требование.pdf.lnk', PLACEHOLDER)],
                 datetime(2026, 10, 12, 9, 30), password='4471', seed='t')
    zf = zipfile.ZipFile(io.BytesIO(z))
    assert zf.read('a.txt', pwd=b'4471') == b'hello' * 20
    assert zf.read('Требование.pdf.lnk', pwd=b'4471') == PLACEHOLDER
    z = make_zip([('x.js', PLACEHOLDER)], datetime(2026, 10, 12, 9, 30))
    assert zipfile.ZipFile(io.BytesIO(z)).read('x.js') == PLACEHOLDER
    p = PDF(title='t')
    p.text(50, 800, 'Zażółć gęślą jaźń – Größe € (test)')
    p.text(50, 780, 'ΤΙΜΟΛΟΓΙΟ Πώλησης', greek=True)
    assert p.render().startswith(b'%PDF-1.4')
    return True


if __name__ == '__main__':
    print(selftest())
