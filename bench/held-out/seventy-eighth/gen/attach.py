"""Inert attachment builders: text-only PDF (optionally with a vector QR code),
ZIP archives (plain or PKWARE ZipCrypto), tiny WAV."""
import struct
import zlib

# ---------------------------------------------------------------- PDF ----

# Helvetica / Helvetica-Bold advance widths for ASCII 32..126 (AFM metrics)
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 + [
    278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556,
    278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
    260, 334, 584]
_HELVB = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 + [
    333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556,
    333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
    280, 389, 584]
_SPECIAL_W = {'€': 556, '–': 556, '—': 1000, '«': 556, '»': 556, '„': 333, '“': 333, '”': 333, '’': 222, '‘': 222,
              '№': 1000, '°': 400, '·': 278, '§': 556, '©': 737, '®': 737, '×': 584, '•': 350, '±': 584, 'µ': 556}


def _glyph_width(ch, table):
    import unicodedata
    if 32 <= ord(ch) <= 126:
        return table[ord(ch) - 32]
    if ch in _SPECIAL_W:
        return _SPECIAL_W[ch]
    base = unicodedata.normalize('NFD', ch)[0]
    if 32 <= ord(base) <= 126:
        return table[ord(base) - 32]
    if ch in 'łŁ':
        return 222 if ch == 'ł' else 556
    if ch == 'ß':
        return 611
    return 722 if ch.isupper() else 556

_AGL = {
    'ä': 'adieresis', 'ö': 'odieresis', 'ü': 'udieresis', 'Ä': 'Adieresis', 'Ö': 'Odieresis',
    'Ü': 'Udieresis', 'ß': 'germandbls', 'é': 'eacute', 'è': 'egrave', 'à': 'agrave',
    'ò': 'ograve', 'ù': 'ugrave', 'ì': 'igrave', 'á': 'aacute', 'í': 'iacute', 'ó': 'oacute',
    'ú': 'uacute', 'ñ': 'ntilde', 'Ñ': 'Ntilde', 'ç': 'ccedilla', 'É': 'Eacute', 'È': 'Egrave',
    'Á': 'Aacute', 'Ó': 'Oacute', 'Í': 'Iacute', 'Ú': 'Uacute', '€': 'Euro', '°': 'degree',
    '§': 'section', '–': 'endash', '—': 'emdash', '„': 'quotedblbase', '“': 'quotedblleft',
    '”': 'quotedblright', '«': 'guillemotleft', '»': 'guillemotright', '·': 'periodcentered',
    'ą': 'aogonek', 'ę': 'eogonek', 'ł': 'lslash', 'Ł': 'Lslash', 'ń': 'nacute', 'ś': 'sacute',
    'Ś': 'Sacute', 'ź': 'zacute', 'Ź': 'Zacute', 'ż': 'zdotaccent', 'Ż': 'Zdotaccent',
    'ć': 'cacute', 'Ć': 'Cacute', '©': 'copyright', '®': 'registered', '×': 'multiply',
    '’': 'quoteright', '‘': 'quoteleft', '•': 'bullet', 'º': 'ordmasculine', 'ª': 'ordfeminine',
    '²': 'twosuperior', '³': 'threesuperior', '±': 'plusminus', 'µ': 'mu', '№': 'uni2116',
}


def _pdfstr(s):
    s = s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    return '(' + s + ')'


def _wrap(text, width):
    out = []
    for para in text.split('\n'):
        line = ''
        for word in para.split(' '):
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = (line + ' ' + word) if line else word
        out.append(line)
    return out


def make_pdf(blocks, title='', author='', producer='', creator='', date='20261001120000+02\'00\''):
    """blocks: ('h', text) | ('b', text) | ('p', text) | ('s', text) | ('gap', pts)
    | ('rule',) | ('row', [(x, text), ...]) | ('qr', matrix, module_pts) | ('right', text)"""
    # collect non-ASCII characters for a custom encoding
    chars = []
    for b in blocks:
        texts = []
        if b[0] in ('h', 'b', 'p', 's', 'right'):
            texts = [b[1]]
        elif b[0] == 'row':
            texts = [t for _, t in b[1]]
        for t in texts:
            for ch in t:
                if ord(ch) > 126 and ch not in chars:
                    chars.append(ch)
    if len(chars) > 128:
        raise ValueError('too many distinct non-ASCII characters for one PDF font')
    code = {ch: 128 + i for i, ch in enumerate(chars)}

    def enc(t):
        out = []
        for ch in t:
            if ch in code:
                out.append('%02X' % code[ch])
            elif 32 <= ord(ch) <= 126:
                out.append('%02X' % ord(ch))
            else:
                out.append('20')
        return '<' + ''.join(out) + '>'

    pages, ops = [], []
    y = 800

    def newpage():
        nonlocal ops, y
        if ops:
            pages.append(ops)
        ops, y = [], 800

    def text(font, size, x, t):
        ops.append('BT /%s %d Tf %d %d Td %s Tj ET' % (font, size, x, y, enc(t)))

    for b in blocks:
        kind = b[0]
        if kind == 'gap':
            y -= b[1]
            continue
        if kind == 'rule':
            ops.append('0.5 w 50 %d m 545 %d l S' % (y + 4, y + 4))
            y -= 8
            continue
        if kind == 'qr':
            m, s = b[1], b[2]
            n = len(m)
            if y - n * s < 60:
                newpage()
            top = y
            for r in range(n):
                for c in range(n):
                    if m[r][c]:
                        ops.append('%.2f %.2f %.2f %.2f re' % (60 + c * s, top - (r + 1) * s, s, s))
            ops.append('0 0 0 rg f')
            y = top - n * s - 14
            continue
        if kind == 'row':
            if y < 60:
                newpage()
            for x, t in b[1]:
                text('F1', 9, x, t)
            y -= 13
            continue
        font, size, width, lead = {'h': ('F2', 14, 60, 20), 'b': ('F2', 10, 90, 14),
                                   'p': ('F1', 10, 95, 13), 's': ('F1', 7, 135, 9),
                                   'right': ('F1', 10, 95, 13)}[kind]
        for line in _wrap(b[1], width):
            if y < 60:
                newpage()
            x = 50 if kind != 'right' else max(50, 545 - int(len(line) * size * 0.5))
            text(font, size, x, line)
            y -= lead
    newpage()

    objs = []  # list of bytes, object number = index+1

    def add(o):
        objs.append(o if isinstance(o, bytes) else o.encode('latin-1'))
        return len(objs)

    diffs = ' '.join('/' + (_AGL.get(ch) or 'uni%04X' % ord(ch)) for ch in chars)
    enc_id = add('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding%s >>' %
                 ((' /Differences [128 %s]' % diffs) if chars else ''))
    cmap = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
            '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
            '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
            '1 begincodespacerange', '<00> <FF>', 'endcodespacerange',
            '1 beginbfrange', '<20> <7E> <0020>', 'endbfrange']
    if chars:
        cmap.append('%d beginbfchar' % len(chars))
        for ch in chars:
            cmap.append('<%02X> <%04X>' % (code[ch], ord(ch)))
        cmap.append('endbfchar')
    cmap += ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end']
    cm = '\n'.join(cmap).encode('latin-1')
    tu_id = add(b'<< /Length %d >>\nstream\n' % len(cm) + cm + b'\nendstream')
    inv = {v: k for k, v in code.items()}

    def wlist(table):
        w = []
        for c in range(32, 256):
            if c <= 126:
                w.append(table[c - 32])
            elif c in inv:
                w.append(_glyph_width(inv[c], table))
            else:
                w.append(0)
        return ' '.join(str(x) for x in w)
    f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R /ToUnicode %d 0 R '
             '/FirstChar 32 /LastChar 255 /Widths [%s] >>' % (enc_id, tu_id, wlist(_HELV)))
    f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R /ToUnicode %d 0 R '
             '/FirstChar 32 /LastChar 255 /Widths [%s] >>' % (enc_id, tu_id, wlist(_HELVB)))
    pages_id = len(objs) + 1 + 2 * len(pages)
    page_ids = []
    for p in pages:
        data = zlib.compress('\n'.join(p).encode('latin-1'))
        cid = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream')
        page_ids.append(add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R '
                            '/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>' % (pages_id, cid, f1, f2)))
    assert add('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % i for i in page_ids), len(page_ids))) == pages_id
    cat = add('<< /Type /Catalog /Pages %d 0 R >>' % pages_id)

    def infostr(s):
        try:
            s.encode('ascii')
            return _pdfstr(s)
        except UnicodeEncodeError:
            return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'
    info = add('<< /Title %s /Author %s /Producer %s /Creator %s /CreationDate (D:%s) /ModDate (D:%s) >>' % (
        infostr(title), infostr(author), infostr(producer), infostr(creator), date, date))
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


# ---------------------------------------------------------------- ZIP ----
_CRCTAB = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRCTAB.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [305419896, 591751049, 878082192]
        for b in pwd:
            self.update(b)

    def _crc(self, crc, b):
        return _CRCTAB[(crc ^ b) & 0xFF] ^ (crc >> 8)

    def update(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self.update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def make_zip(files, password=None, rng=None, when=(2026, 10, 1, 9, 0, 0)):
    """files: list of (name, bytes).  password: str -> ZipCrypto."""
    local, central = bytearray(), bytearray()
    dtime, ddate = _dos(when)
    for name, data in files:
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        flags = 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode('utf-8'))
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(header + comp)
        fname = name.encode('utf-8')
        if any(ord(c) > 127 for c in name):
            flags |= 0x800
        off = len(local)
        local += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, dtime, ddate,
                             crc, len(comp), len(data), len(fname), 0) + fname + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031E, 20, flags, method, dtime,
                               ddate, crc, len(comp), len(data), len(fname), 0, 0, 0, 0,
                               0o100644 << 16, off) + fname
    n = len(files)
    eocd = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, n, n, len(central), len(local), 0)
    return bytes(local + central + eocd)


# ---------------------------------------------------------------- WAV ----
def wav_tone(seconds=1.2, rate=8000, seed=1):
    """8 kHz mono 8-bit PCM, quiet noise and a short beep (voicemail placeholder)."""
    import math
    import random
    r = random.Random(seed)
    n = int(seconds * rate)
    samples = bytearray()
    for i in range(n):
        v = 128 + r.randint(-2, 2)
        if i < rate // 5:
            v += int(40 * math.sin(2 * math.pi * 440 * i / rate))
        samples.append(max(0, min(255, v)))
    hdr = b'RIFF' + struct.pack('<I', 36 + n) + b'WAVEfmt ' + struct.pack('<IHHIIHH', 16, 1, 1, rate, rate, 1, 8)
    return hdr + b'data' + struct.pack('<I', n) + bytes(samples)
