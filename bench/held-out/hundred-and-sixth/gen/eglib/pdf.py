"""Minimal text-only PDF writer.

Helvetica / Helvetica-Bold with a WinAnsi base encoding; characters outside
cp1252 (Polish, Greek, Cyrillic) are mapped to spare codes through a
/Differences array with uniXXXX glyph names, and every font has a ToUnicode
CMap so that text extraction yields the original Unicode text.
No JavaScript, no actions, no links, no embedded files.
"""
import zlib

HELV = {
    ' ': 278, '!': 278, '"': 355, '#': 556, '$': 556, '%': 889, '&': 667, "'": 191,
    '(': 333, ')': 333, '*': 389, '+': 584, ',': 278, '-': 333, '.': 278, '/': 278,
    ':': 278, ';': 278, '<': 584, '=': 584, '>': 584, '?': 556, '@': 1015,
    'A': 667, 'B': 667, 'C': 722, 'D': 722, 'E': 667, 'F': 611, 'G': 778, 'H': 722,
    'I': 278, 'J': 500, 'K': 667, 'L': 556, 'M': 833, 'N': 722, 'O': 778, 'P': 667,
    'Q': 778, 'R': 722, 'S': 667, 'T': 611, 'U': 722, 'V': 667, 'W': 944, 'X': 667,
    'Y': 667, 'Z': 611, '[': 278, '\\': 278, ']': 278, '^': 469, '_': 556, '`': 333,
    'a': 556, 'b': 556, 'c': 500, 'd': 556, 'e': 556, 'f': 278, 'g': 556, 'h': 556,
    'i': 222, 'j': 222, 'k': 500, 'l': 222, 'm': 833, 'n': 556, 'o': 556, 'p': 556,
    'q': 556, 'r': 333, 's': 500, 't': 278, 'u': 556, 'v': 500, 'w': 722, 'x': 500,
    'y': 500, 'z': 500, '{': 334, '|': 260, '}': 334, '~': 584,
}
for _d in '0123456789':
    HELV[_d] = 556


def _width(ch):
    if ch in HELV:
        return HELV[ch]
    if ch.isupper():
        return 667
    return 556


def _pdfdate(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60) if off is not None else 0
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return "D:%s%s%02d'%02d'" % (dt.strftime('%Y%m%d%H%M%S'), sign, mins // 60, mins % 60)


def _pdfstr(s):
    return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'


class _Enc:
    def __init__(self, text):
        self.map = {}          # char -> code
        self.diff = {}         # code -> unicode char (overrides)
        used_cp = set()
        extra = []
        for ch in sorted(set(text)):
            if ch == '\n':
                continue
            try:
                b = ch.encode('cp1252')
                self.map[ch] = b[0]
                used_cp.add(b[0])
            except UnicodeEncodeError:
                extra.append(ch)
        pool = [c for c in range(128, 256) if c not in used_cp and c not in (0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xA0, 0xAD)]
        if len(extra) > len(pool):
            raise ValueError('too many distinct non-cp1252 characters for one font')
        for ch, code in zip(extra, pool):
            self.map[ch] = code
            self.diff[code] = ch

    def encode(self, s):
        return bytes(self.map[c] for c in s)

    def unicode_of(self, code):
        if code in self.diff:
            return self.diff[code]
        try:
            return bytes([code]).decode('cp1252')
        except UnicodeDecodeError:
            return ' '

    def width(self, code):
        return _width(self.unicode_of(code))


def _wrap(text, size, maxw):
    out = []
    for para in text.split('\n'):
        words = para.split(' ')
        line = ''
        for w in words:
            cand = w if not line else line + ' ' + w
            if sum(_width(c) for c in cand) * size / 1000.0 > maxw and line:
                out.append(line)
                line = w
            else:
                line = cand
        out.append(line)
    return out


def make_pdf(blocks, dt, title='', author='', creator='Microsoft\u00ae Word f\u00fcr Microsoft 365',
             producer='Microsoft\u00ae Word f\u00fcr Microsoft 365', pdf_version='1.7', doc_id=None, lang='de-DE'):
    """blocks: list of (style, text); style in 'h1','h2','b','p','small','mono',
    or 'gap'.  Returns PDF bytes."""
    styles = {'h1': (16, 1, 8), 'h2': (12, 1, 5), 'b': (10, 1, 3), 'p': (10, 0, 3),
              'small': (8, 0, 2), 'mono': (9, 0, 2), 'gap': (10, 0, 0)}
    alltext = ''.join(t for _, t in blocks) + title
    enc = _Enc(alltext)
    left, top, bottom, maxw = 56, 800, 60, 483
    pages = []
    cur = []
    y = top
    for style, text in blocks:
        size, bold, after = styles[style]
        if style == 'gap':
            y -= 10
            continue
        for line in _wrap(text, size, maxw):
            lead = size * 1.3
            if y - lead < bottom:
                pages.append(cur)
                cur = []
                y = top
            y -= lead
            cur.append((left, y, bold, size, line))
        y -= after
    pages.append(cur)

    objs = {}
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 encoding, 6 tounicode, 7 info
    diffs = ''
    if enc.diff:
        codes = sorted(enc.diff)
        parts = []
        prev = None
        for c in codes:
            if prev is None or c != prev + 1:
                parts.append(str(c))
            parts.append('/uni%04X' % ord(enc.diff[c]))
            prev = c
        diffs = ' /Differences [' + ' '.join(parts) + ']'
    objs[5] = ('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding%s >>' % diffs).encode()
    widths = ' '.join(str(enc.width(c)) if c >= 32 else '0' for c in range(32, 256))
    for num, base in ((3, 'Helvetica'), (4, 'Helvetica-Bold')):
        objs[num] = ('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding 5 0 R '
                     '/FirstChar 32 /LastChar 255 /Widths [%s] /ToUnicode 6 0 R >>' % (base, widths)).encode()
    # ToUnicode CMap
    codes = sorted(set(enc.map.values()))
    lines = []
    for i in range(0, len(codes), 100):
        chunk = codes[i:i + 100]
        lines.append('%d beginbfchar' % len(chunk))
        for c in chunk:
            lines.append('<%02X> <%04X>' % (c, ord(enc.unicode_of(c))))
        lines.append('endbfchar')
    cmap = ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
            '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
            '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n'
            '1 begincodespacerange\n<00> <FF>\nendcodespacerange\n'
            + '\n'.join(lines) + '\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n').encode()
    cz = zlib.compress(cmap)
    objs[6] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(cz) + cz + b'\nendstream'
    info = '<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>' % (
        _pdfhex(title), _pdfhex(author), _pdfhex(creator), _pdfhex(producer), _pdfdate(dt), _pdfdate(dt))
    objs[7] = info.encode()
    kids = []
    nxt = 8
    for pg in pages:
        content = bytearray()
        for x, yy, bold, size, line in pg:
            content += b'BT /F%d %d Tf %d %.1f Td <%s> Tj ET\n' % (
                2 if bold else 1, size, x, yy, enc.encode(line).hex().upper().encode())
        cz = zlib.compress(bytes(content))
        cnum, pnum = nxt, nxt + 1
        nxt += 2
        objs[cnum] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(cz) + cz + b'\nendstream'
        objs[pnum] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] '
                      '/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>' % cnum).encode()
        kids.append(pnum)
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    objs[1] = ('<< /Type /Catalog /Pages 2 0 R /Lang (%s) >>' % lang).encode()
    out = bytearray(b'%PDF-' + pdf_version.encode() + b'\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b'%d 0 obj\n' % num + objs[num] + b'\nendobj\n'
    xref = len(out)
    n = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % n
    for num in range(1, n):
        out += b'%010d 00000 n \n' % offsets[num]
    did = doc_id or '0' * 32
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
        n, did.encode(), did.encode(), xref)
    return bytes(out)


def _pdfhex(s):
    """Text string: PDFDocEncoding-compatible ASCII literal, else UTF-16BE hex."""
    try:
        s.encode('ascii')
        return _pdfstr(s)
    except UnicodeEncodeError:
        return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'


def extract_text(pdf):
    """Very small extractor for PDFs written by make_pdf (self-check only)."""
    import re
    m = re.search(rb'6 0 obj\n<< /Length (\d+) /Filter /FlateDecode >>\nstream\n', pdf)
    ln = int(m.group(1))
    cmap = zlib.decompress(pdf[m.end():m.end() + ln]).decode()
    table = {int(a, 16): chr(int(b, 16)) for a, b in re.findall(r'<([0-9A-F]{2})> <([0-9A-F]{4})>', cmap)}
    out = []
    for m in re.finditer(rb'(\d+) 0 obj\n<< /Length (\d+) /Filter /FlateDecode >>\nstream\n', pdf):
        if m.group(1) == b'6':
            continue
        data = zlib.decompress(pdf[m.end():m.end() + int(m.group(2))]).decode()
        for hx in re.findall(r'<([0-9A-F]*)> Tj', data):
            out.append(''.join(table[b] for b in bytes.fromhex(hx)))
    return '\n'.join(out)
