"""Inert attachment builders: PNG, text-only PDF, ZIP (stored/deflated,
optionally ZipCrypto-encrypted), SVG/HTML helpers."""

import hashlib
import random
import struct
import unicodedata
import zlib


# ------------------------------------------------------------------ PNG
def _chunk(tag, data):
    c = struct.pack('>I', len(data)) + tag + data
    return c + struct.pack('>I', zlib.crc32(tag + data) & 0xFFFFFFFF)


def png_gray(w, h, rows):
    raw = b''.join(b'\x00' + r for r in rows)
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(raw, 9)) + _chunk(b'IEND', b''))


def png_rgb(w, h, pixel):
    """pixel(x, y) -> (r, g, b)"""
    rows = []
    for y in range(h):
        r = bytearray()
        for x in range(w):
            r += bytes(pixel(x, y))
        rows.append(b'\x00' + bytes(r))
    return (b'\x89PNG\r\n\x1a\n' + _chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + _chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + _chunk(b'IEND', b''))


def photo_png(seed, w=320, h=240, base=(70, 90, 140), damage=True):
    """Synthetic 'photo' of a fabric / carton: woven texture, a crease and
    a stain. Deterministic."""
    rng = random.Random(seed)
    noise = [rng.randint(-12, 12) for _ in range(997)]
    cx, cy = rng.randint(w // 3, 2 * w // 3), rng.randint(h // 3, 2 * h // 3)
    rad = rng.randint(25, 45)

    def px(x, y):
        weave = 14 if (x // 3 + y // 3) % 2 else -6
        n = noise[(x * 31 + y * 17) % 997]
        r, g, b = (c + weave + n for c in base)
        shade = int(30 * (y / h))
        r, g, b = r - shade, g - shade, b - shade
        if damage:
            if abs((x - cx) * 0.4 - (y - cy)) < 2:       # tear / crease
                r, g, b = 235, 230, 220
            d = (x - cx - 40) ** 2 + (y - cy + 20) ** 2
            if d < rad * rad:                               # stain
                r, g, b = (r + 120) // 2, (g + 95) // 2, (b + 40) // 2
        return tuple(max(0, min(255, v)) for v in (r, g, b))
    return png_rgb(w, h, px)


# ------------------------------------------------------------------ PDF
_AGL = {
    'ä': 'adieresis', 'ö': 'odieresis', 'ü': 'udieresis', 'Ä': 'Adieresis',
    'Ö': 'Odieresis', 'Ü': 'Udieresis', 'ß': 'germandbls', 'é': 'eacute',
    'è': 'egrave', 'à': 'agrave', 'ò': 'ograve', 'ì': 'igrave', 'ù': 'ugrave',
    'á': 'aacute', 'í': 'iacute', 'ó': 'oacute', 'ú': 'uacute', 'ñ': 'ntilde',
    'Ñ': 'Ntilde', 'ç': 'ccedilla', 'É': 'Eacute', 'È': 'Egrave', 'À': 'Agrave',
    '€': 'Euro', '–': 'endash', '—': 'emdash', '„': 'quotedblbase',
    '“': 'quotedblleft', '”': 'quotedblright', '‘': 'quoteleft', '’': 'quoteright',
    '«': 'guillemotleft', '»': 'guillemotright', '°': 'degree', '§': 'section',
    '·': 'periodcentered', '•': 'bullet', '×': 'multiply', '²': 'twosuperior',
    '·': 'periodcentered', 'º': 'ordmasculine', 'ª': 'ordfeminine', '£': 'sterling',
    '©': 'copyright', '®': 'registered', '…': 'ellipsis', 'Ó': 'Oacute', 'Á': 'Aacute',
    'Í': 'Iacute', 'Ú': 'Uacute', 'ï': 'idieresis', '\u00a0': 'space',
}


_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def _widths(chars, mono=False):
    w = [600] * 95 if mono else list(_HELV)
    w += [0]          # 127 unused
    for c in chars:
        if mono:
            w.append(600)
        elif c.isupper():
            w.append(700)
        elif c in '–':
            w.append(556)
        elif c in '—…':
            w.append(1000)
        elif c in '„“”‘’«»':
            w.append(333)
        else:
            w.append(556)
    return ' '.join(map(str, w))


def _glyph(ch):
    return _AGL.get(ch, 'uni%04X' % ord(ch))


class PDF:
    """Text-only PDF. lines: list of (style, text); style in h1,h2,b,n,s,gap,rule"""

    SIZES = {'h1': 16, 'h2': 12.5, 'b': 10, 'n': 10, 's': 8, 'mono': 9}

    def __init__(self, title, author='', creator='Microsoft\u00ae Word f\u00fcr Microsoft 365',
                 producer='Microsoft\u00ae Word f\u00fcr Microsoft 365', date='20261001090000+02\'00\''):
        self.title, self.author, self.creator, self.producer, self.date = title, author, creator, producer, date
        self.pages = [[]]

    def add(self, style, text=''):
        self.pages[-1].append((style, text))
        return self

    def lines(self, block, style='n'):
        for ln in block.strip('\n').split('\n'):
            self.add(style, ln)
        return self

    def page(self):
        self.pages.append([])
        return self

    def build(self):
        chars = set()
        for p in self.pages:
            for _, t in p:
                chars.update(c for c in t if ord(c) > 126)
        for t in (self.title,):
            pass
        chars = sorted(chars)
        assert len(chars) <= 127, 'too many distinct non-ASCII characters'
        cmap = {c: 128 + i for i, c in enumerate(chars)}

        def enc(s):
            out = []
            for c in s:
                if ord(c) < 127:
                    if c in '()\\':
                        out.append('\\' + c)
                    else:
                        out.append(c)
                else:
                    out.append('\\%03o' % cmap[c])
            return ''.join(out)

        objs = []  # list of bytes bodies; object number = index+1

        def add(body):
            objs.append(body)
            return len(objs)

        cat = add(None)
        pages = add(None)
        diffs = ' '.join('%d /%s' % (cmap[c], _glyph(c)) for c in chars)
        encoding = add(('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [ %s ] >>' % diffs).encode())
        # ToUnicode CMap
        bf = []
        for c in chars:
            bf.append('<%02X> <%04X>' % (cmap[c], ord(c)))
        cm = ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
              '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
              '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n'
              '1 begincodespacerange\n<00> <FF>\nendcodespacerange\n')
        for i in range(0, len(bf), 100):
            part = bf[i:i + 100]
            cm += '%d beginbfchar\n%s\nendbfchar\n' % (len(part), '\n'.join(part))
        asc = '1 beginbfrange\n<20> <7E> <0020>\nendbfrange\n'
        cm += asc + 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n'
        cmb = cm.encode()
        tou = add(b'<< /Length %d >>\nstream\n' % len(cmb) + cmb + b'\nendstream')
        last = 127 + len(chars)
        fd = '/FirstChar 32 /LastChar %d /Widths [%s]'
        f1 = add(('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R /ToUnicode %d 0 R %s >>'
                  % (encoding, tou, fd % (last, _widths(chars)))).encode())
        f2 = add(('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R /ToUnicode %d 0 R %s >>'
                  % (encoding, tou, fd % (last, _widths(chars)))).encode())
        f3 = add(('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding %d 0 R /ToUnicode %d 0 R %s >>'
                  % (encoding, tou, fd % (last, _widths(chars, True)))).encode())
        kids = []
        for p in self.pages:
            y = 800
            ops = []
            for style, text in p:
                if style == 'gap':
                    y -= 8
                    continue
                if style == 'rule':
                    ops.append('0.5 w 56 %d m 539 %d l S' % (y + 4, y + 4))
                    y -= 8
                    continue
                size = self.SIZES[style]
                font = '/F2' if style in ('h1', 'h2', 'b') else ('/F3' if style == 'mono' else '/F1')
                ops.append('BT %s %.1f Tf 56 %d Td (%s) Tj ET' % (font, size, y, enc(text)))
                y -= int(size * 1.45)
            content = zlib.compress('\n'.join(ops).encode('latin-1'), 9)
            cs = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(content) + content + b'\nendstream')
            pg = add(('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] '
                      '/Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >> /Contents %d 0 R >>'
                      % (pages, f1, f2, f3, cs)).encode())
            kids.append(pg)
        objs[cat - 1] = ('<< /Type /Catalog /Pages %d 0 R >>' % pages).encode()
        objs[pages - 1] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()

        def pstr(s):
            # PDF text string: UTF-16BE with BOM when non-ASCII
            if all(ord(c) < 127 for c in s):
                return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'
            return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'
        info = add(('<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (D:%s) /ModDate (D:%s) >>'
                    % (pstr(self.title), pstr(self.author), pstr(self.creator), pstr(self.producer),
                       self.date, self.date)).encode())
        out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
        offs = []
        for i, body in enumerate(objs):
            offs.append(len(out))
            out += b'%d 0 obj\n' % (i + 1) + body + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f\r\n' % (len(objs) + 1)
        for o in offs:
            out += b'%010d 00000 n\r\n' % o
        fid = hashlib.md5(self.title.encode() + self.date.encode()).hexdigest().upper()
        out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
                % (len(objs) + 1, cat, info, fid.encode(), fid.encode(), xref))
        return bytes(out)


# ------------------------------------------------------------------ ZIP
def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRC = _crc_table()


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _crc(self, crc, b):
        return (crc >> 8) ^ _CRC[(crc ^ b) & 0xFF]

    def _upd(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            c = p ^ (((t * (t ^ 1)) >> 8) & 0xFF)
            out.append(c)
            self._upd(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, seed='zip', creator_ver=63):
    """files: list of (name, bytes, (Y,M,D,h,m,s), deflate:bool)"""
    rng = random.Random(seed)
    out = bytearray()
    central = bytearray()
    for name, data, dt, deflate in files:
        nb = name.encode('utf-8')
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
            flags |= 0x2   # maximum compression
        else:
            comp, method = data, 0
        if password:
            flags |= 0x1
            zc = _ZipCrypto(password.encode('utf-8'))
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(header + comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034B50, 20, flags, method, t, d, crc,
                           len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, creator_ver, 20, flags, method, t, d,
                               crc, len(comp), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


PLACEHOLDER = b'REM inert placeholder for filter evaluation - contains no executable code\r\n'
