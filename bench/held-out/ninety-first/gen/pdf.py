"""Tiny PDF writer: text-only documents (no JavaScript, no actions, no forms).
Fonts are non-embedded TrueType Arial with a per-document single-byte encoding
(/Differences) and a ToUnicode CMap, so Latin, Polish, Greek and Cyrillic text
renders with a system Arial and extracts correctly."""
import zlib

_AGL = {
    'ä': 'adieresis', 'ö': 'odieresis', 'ü': 'udieresis', 'Ä': 'Adieresis',
    'Ö': 'Odieresis', 'Ü': 'Udieresis', 'ß': 'germandbls', 'é': 'eacute',
    'è': 'egrave', 'à': 'agrave', 'ò': 'ograve', 'ù': 'ugrave', 'ì': 'igrave',
    'á': 'aacute', 'í': 'iacute', 'ó': 'oacute', 'ú': 'uacute', 'ñ': 'ntilde',
    'Ñ': 'Ntilde', 'É': 'Eacute', 'È': 'Egrave', 'Á': 'Aacute', 'Ó': 'Oacute',
    'Í': 'Iacute', 'Ú': 'Uacute', '€': 'Euro', '°': 'degree', '§': 'section',
    '–': 'endash', '—': 'emdash', '„': 'quotedblbase', '“': 'quotedblleft',
    '”': 'quotedblright', '‘': 'quoteleft', '’': 'quoteright', '«': 'guillemotleft',
    '»': 'guillemotright', '·': 'periodcentered', '×': 'multiply', 'ç': 'ccedilla',
    'ą': 'aogonek', 'ę': 'eogonek', 'ł': 'lslash', 'Ł': 'Lslash', 'ś': 'sacute',
    'Ś': 'Sacute', 'ź': 'zacute', 'Ź': 'Zacute', 'ż': 'zdotaccent',
    'Ż': 'Zdotaccent', 'ć': 'cacute', 'Ć': 'Cacute', 'ń': 'nacute', 'Ń': 'Nacute',
    'ó': 'oacute', '²': 'twosuperior', '³': 'threesuperior', '№': 'afii61352',
    'º': 'ordmasculine', 'ª': 'ordfeminine', '•': 'bullet', '…': 'ellipsis',
}


def _glyph(ch):
    return _AGL.get(ch) or 'uni%04X' % ord(ch)


def _width(ch):
    if ch == ' ':
        return 278
    if ch in 'il.,:;|!\'':
        return 222
    if ch in 'ftrjI()[]/-':
        return 333
    if ch in 'mwMW':
        return 833
    if ch.isupper():
        return 667
    return 556


def _esc(b):
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def _wrap(text, width):
    out = []
    for para in text.split('\n'):
        if len(para) <= width:
            out.append(para)
            continue
        line = ''
        for word in para.split(' '):
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = (line + ' ' + word) if line else word
        out.append(line)
    return out


def make_pdf(blocks, title='', author='', creator='', producer='',
             created='20261013091200+02\'00\'', wrap=92):
    """blocks: list of (style, text) with style in {'h1','h2','b','p','small','mono'}
    or the string '\\f' for a page break."""
    # collect characters to build the encoding
    chars = set()
    for blk in blocks:
        if blk != '\f':
            chars.update(blk[1])
    for s in (title, author):
        pass
    extra = sorted(c for c in chars if ord(c) > 126 or ord(c) < 32 and c != '\n')
    extra = [c for c in extra if c != '\n']
    if len(extra) > 128:
        raise ValueError('too many distinct non-ASCII characters')
    enc = {}
    for i in range(32, 127):
        enc[chr(i)] = i
    for i, c in enumerate(extra):
        enc[c] = 128 + i

    def encode(s):
        return bytes(enc[c] for c in s)

    # lay out pages
    styles = {'h1': ('F2', 15, 22), 'h2': ('F2', 11.5, 17), 'b': ('F2', 9.5, 13),
              'p': ('F1', 9.5, 13), 'small': ('F1', 7.5, 10), 'mono': ('F1', 9, 12)}
    pages = [[]]
    y = 800
    for blk in blocks:
        if blk == '\f':
            pages.append([])
            y = 800
            continue
        style, text = blk
        font, size, lead = styles[style]
        w = wrap if style != 'small' else int(wrap * 1.25)
        if style == 'h1':
            w = int(wrap * 0.6)
        for line in _wrap(text, w):
            if y < 60:
                pages.append([])
                y = 800
            pages[-1].append((font, size, 56, y, line))
            y -= lead
        y -= 4
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    diffs = ' '.join('/' + _glyph(c) for c in extra)
    widths = ' '.join(str(_width(chr(i)) if i < 127 else (
        _width(extra[i - 128]) if i - 128 < len(extra) else 0)) for i in range(32, 256))
    fd = add(b'<< /Type /FontDescriptor /FontName /ArialMT /Flags 32 '
             b'/FontBBox [-665 -325 2000 1040] /ItalicAngle 0 /Ascent 905 '
             b'/Descent -212 /CapHeight 716 /StemV 80 >>')
    fdb = add(b'<< /Type /FontDescriptor /FontName /Arial-BoldMT /Flags 262176 '
              b'/FontBBox [-628 -376 2000 1056] /ItalicAngle 0 /Ascent 905 '
              b'/Descent -212 /CapHeight 716 /StemV 165 >>')
    cmap_lines = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
                  '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
                  '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
                  '1 begincodespacerange', '<00> <FF>', 'endcodespacerange']
    pairs = [(v, c) for c, v in enc.items()]
    pairs.sort()
    for i in range(0, len(pairs), 100):
        chunk = pairs[i:i + 100]
        cmap_lines.append('%d beginbfchar' % len(chunk))
        for v, c in chunk:
            cmap_lines.append('<%02X> <%04X>' % (v, ord(c)))
        cmap_lines.append('endbfchar')
    cmap_lines += ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end']
    cm = '\n'.join(cmap_lines).encode()
    tu = add(b'<< /Length %d >>\nstream\n' % len(cm) + cm + b'\nendstream')
    encd = ('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 %s] >>'
            % diffs).encode() if extra else b'/WinAnsiEncoding'
    f1 = add(b'<< /Type /Font /Subtype /TrueType /BaseFont /ArialMT /FirstChar 32 '
             b'/LastChar 255 /Widths [' + widths.encode() + b'] /FontDescriptor %d 0 R '
             % fd + b'/Encoding ' + encd + b' /ToUnicode %d 0 R >>' % tu)
    f2 = add(b'<< /Type /Font /Subtype /TrueType /BaseFont /Arial-BoldMT /FirstChar 32 '
             b'/LastChar 255 /Widths [' + widths.encode() + b'] /FontDescriptor %d 0 R '
             % fdb + b'/Encoding ' + encd + b' /ToUnicode %d 0 R >>' % tu)
    page_ids = []
    for pg in pages:
        ops = []
        for (font, size, x, yy, line) in pg:
            ops.append(b'BT /%s %.1f Tf %d %d Td (%s) Tj ET' % (
                font.encode(), size, x, yy, _esc(encode(line))))
        raw = b'\n'.join(ops)
        comp = zlib.compress(raw, 6)
        cs = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(comp) + comp + b'\nendstream')
        pid = add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] '
                  b'/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>'
                  % (pages_id, f1, f2, cs))
        page_ids.append(pid)
    objs[cat - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id
    objs[pages_id - 1] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % p for p in page_ids)
                          + b'] /Count %d >>' % len(page_ids))

    def pdfstr(s):
        # UTF-16BE with BOM for info strings
        return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'
    info = add(b'<< /Title ' + pdfstr(title) + b' /Author ' + pdfstr(author) +
               b' /Creator ' + pdfstr(creator) + b' /Producer ' + pdfstr(producer) +
               b' /CreationDate (D:' + created.encode() + b') /ModDate (D:' +
               created.encode() + b') >>')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    import hashlib
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, cat, info, fid, fid, xref))
    return bytes(out)
