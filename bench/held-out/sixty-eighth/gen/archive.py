"""ZIP writer (stored/deflated, optional traditional PKWARE 'ZipCrypto'
encryption) and a small PDF writer producing text-only documents."""
import struct
import zlib

# ------------------------------------------------------------------------ ZIP
_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


def _crc_byte(crc, b):
    return (crc >> 8) ^ _CRC[(crc ^ b) & 0xff]


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._upd(c)

    def _upd(self, c):
        k = self.k
        k[0] = _crc_byte(k[0], c)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _crc_byte(k[2], (k[1] >> 24) & 0xff)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self._upd(p)
        return bytes(out)


def _dos(ts):
    y, mo, d, h, mi, s = ts
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def make_zip(entries, password=None, rng=None, made_by=20):
    """entries: list of (name, bytes, (y, mo, d, h, mi, s))."""
    local = b''
    central = b''
    for name, data, ts in entries:
        try:
            nb = name.encode('ascii')
            flags = 0
        except UnicodeEncodeError:
            nb = name.encode('utf-8')
            flags = 0x800
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password)
            head = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(head + comp)
        t, d = _dos(ts)
        off = len(local)
        local += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, t, d,
                             crc, len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, made_by, 20,
                               flags, method, t, d, crc, len(comp), len(data),
                               len(nb), 0, 0, 0, 0, 0x20, off) + nb
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries),
                      len(central), len(local), 0)
    return local + central + end


# ------------------------------------------------------------------------ PDF
_W = {' ': 278, '.': 278, ',': 278, ':': 278, ';': 278, '-': 333, '(': 333,
      ')': 333, '/': 278, 'i': 222, 'l': 222, 'j': 222, 'f': 278, 't': 278,
      'r': 333, 'm': 833, 'w': 722, 'W': 944, 'M': 833, 'I': 278, 'J': 500,
      '|': 260, "'": 191, '"': 355, '!': 278}


def _width(ch):
    if ch in _W:
        return _W[ch]
    if ch.isdigit():
        return 556
    if ch.isupper():
        return 667
    return 556


def _pdfstr_utf16(s):
    return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'


def make_pdf(lines, title='', author='', creator='', producer='',
             created='D:20261001120000+02\'00\'', subject=''):
    """lines: list of (text, size, bold) or the string '\\f' (page break)
    or '' (blank line).  Layout: A4, left margin 56pt."""
    text_all = ''.join(l[0] for l in lines if isinstance(l, tuple))
    # Build encoding: WinAnsi for cp1252 chars, Differences for the rest.
    used_high = set()
    extra = []
    for ch in sorted(set(text_all)):
        if ord(ch) < 128:
            continue
        try:
            used_high.add(ch.encode('cp1252')[0])
        except UnicodeEncodeError:
            extra.append(ch)
    free = [c for c in range(128, 256) if c not in used_high]
    assert len(extra) <= len(free), 'too many distinct non-Latin characters'
    cmap = {}
    for ch, code in zip(extra, free):
        cmap[ch] = code
    truetype = bool(extra)

    def enc(s):
        out = bytearray()
        for ch in s:
            if ch in cmap:
                out.append(cmap[ch])
            else:
                out += ch.encode('cp1252')
        r = ''
        for b in out:
            if b in (0x28, 0x29, 0x5c):
                r += '\\' + chr(b)
            elif 32 <= b < 127:
                r += chr(b)
            else:
                r += '\\%03o' % b
        return '(' + r + ')'

    # pages
    pages, cur, y = [], [], 790
    for l in lines:
        if l == '\f':
            pages.append(cur)
            cur, y = [], 790
            continue
        if l == '':
            y -= 8
            continue
        text, size, bold = l
        if y < 60:
            pages.append(cur)
            cur, y = [], 790
        cur.append('BT /%s %d Tf 56 %d Td %s Tj ET' % ('F2' if bold else 'F1',
                                                     size, y, enc(text)))
        y -= int(size * 1.45)
    if cur:
        pages.append(cur)

    objs = []

    def add(o):
        objs.append(o)
        return len(objs)

    cat = add(None)
    pagesobj = add(None)
    if truetype:
        diffs = ' '.join('%d /uni%04X' % (code, ord(ch)) for ch, code in
                         sorted(cmap.items(), key=lambda x: x[1]))
        enc_obj = add('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding '
                      '/Differences [%s] >>' % diffs)
        widths = []
        for c in range(32, 256):
            ch = next((k for k, v in cmap.items() if v == c), None)
            if ch is None:
                try:
                    ch = bytes([c]).decode('cp1252')
                except UnicodeDecodeError:
                    ch = ' '
            widths.append(str(_width(ch)))
        tu_lines = ['%d dict begin' % 12, 'begincmap',
                    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) '
                    '/Supplement 0 >> def', '/CMapName /Adobe-Identity-UCS def',
                    '/CMapType 2 def', '1 begincodespacerange', '<00> <FF>',
                    'endcodespacerange']
        pairs = []
        for c in range(32, 256):
            ch = next((k for k, v in cmap.items() if v == c), None)
            if ch is None:
                try:
                    ch = bytes([c]).decode('cp1252')
                except UnicodeDecodeError:
                    continue
            pairs.append('<%02X> <%04X>' % (c, ord(ch)))
        for i in range(0, len(pairs), 100):
            chunk = pairs[i:i + 100]
            tu_lines += ['%d beginbfchar' % len(chunk)] + chunk + ['endbfchar']
        tu_lines += ['endcmap', 'CMapName currentdict /CMap defineresource pop',
                     'end', 'end']
        tu = '\n'.join(tu_lines).encode('ascii')
        tu_obj = add(b'<< /Length %d >>\nstream\n' % len(tu) + tu + b'\nendstream')
        fonts = []
        for nm, fl in (('Arial', 32), ('Arial,Bold', 32 | 262144)):
            fd = add('<< /Type /FontDescriptor /FontName /%s /Flags %d '
                     '/FontBBox [-665 -325 2000 1040] /ItalicAngle 0 /Ascent 905 '
                     '/Descent -212 /CapHeight 716 /StemV %d >>'
                     % (nm, fl, 140 if 'Bold' in nm else 80))
            fonts.append(add('<< /Type /Font /Subtype /TrueType /BaseFont /%s '
                             '/FirstChar 32 /LastChar 255 /Widths [%s] '
                             '/FontDescriptor %d 0 R /Encoding %d 0 R '
                             '/ToUnicode %d 0 R >>'
                             % (nm, ' '.join(widths), fd, enc_obj, tu_obj)))
        f1, f2 = fonts
    else:
        f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica '
                 '/Encoding /WinAnsiEncoding >>')
        f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold '
                 '/Encoding /WinAnsiEncoding >>')
    kids = []
    for p in pages:
        content = '\n'.join(p).encode('latin-1')
        comp = zlib.compress(content, 9)
        cs = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp)
                 + comp + b'\nendstream')
        kids.append(add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] '
                        '/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> '
                        '/Contents %d 0 R >>' % (pagesobj, f1, f2, cs)))
    objs[cat - 1] = '<< /Type /Catalog /Pages %d 0 R >>' % pagesobj
    objs[pagesobj - 1] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (
        ' '.join('%d 0 R' % k for k in kids), len(kids))
    info = add('<< /Title %s /Author %s /Subject %s /Creator %s /Producer %s '
               '/CreationDate (%s) /ModDate (%s) >>' % (
                   _pdfstr_utf16(title), _pdfstr_utf16(author),
                   _pdfstr_utf16(subject), _pdfstr_utf16(creator),
                   _pdfstr_utf16(producer), created, created))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        if isinstance(o, str):
            o = o.encode('latin-1')
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, cat, info, xref))
    return out


def pdf_text(data):
    """Rough text extraction for verification: decode content streams."""
    import re
    out = []
    for m in re.finditer(rb'stream\n(.*?)\nendstream', data, re.S):
        s = m.group(1)
        try:
            s = zlib.decompress(s)
        except zlib.error:
            continue
        out.append(s.decode('latin-1'))
    return '\n'.join(out)
