"""Tiny text-only PDF writer (no scripts, no forms, no embedded files).
Non-ASCII characters are mapped through a /Differences encoding with uniXXXX glyph names
and a /ToUnicode CMap so text extraction yields the right Unicode."""
import zlib


def _pdfstr(s):
    return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'


def _info_str(s):
    try:
        s.encode('ascii')
        return _pdfstr(s).encode('ascii')
    except UnicodeEncodeError:
        return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'


def _width(ch):
    if ch == ' ':
        return 278
    if ch in 'il.,:;\'|!':
        return 222
    if ch in 'ftrj()[]/-':
        return 333
    if ch in 'mwMW':
        return 833
    if ch.isupper():
        return 667
    return 556


def make_pdf(lines, title='', author='', producer='', creator='', date='D:20261001090000+02\'00\'',
             page_w=595, page_h=842, margin=56):
    """lines: list of str or (str, size, bold). '' is a blank line. '---' draws a rule."""
    norm = []
    for ln in lines:
        if isinstance(ln, str):
            norm.append((ln, 10, False))
        else:
            t = tuple(ln) + (10, False)[len(ln) - 1:]
            norm.append((t[0], t[1], t[2]))
    # encoding
    extra = []
    for t, _, _ in norm:
        for ch in t:
            if not (32 <= ord(ch) < 127) and ch not in extra:
                extra.append(ch)
    if len(extra) > 128:
        raise ValueError('too many distinct non-ASCII characters for one simple font')
    cmap = {ch: 128 + i for i, ch in enumerate(extra)}

    def enc(t):
        return bytes(cmap[c] if c in cmap else ord(c) for c in t).hex().upper()

    # layout pages
    pages = []
    cur = []
    y = page_h - margin
    for t, size, bold in norm:
        lh = size * 1.35
        if y - lh < margin:
            pages.append(cur)
            cur = []
            y = page_h - margin
        y -= lh
        cur.append((t, size, bold, y))
    pages.append(cur)

    objs = {}
    diffs = ' '.join('/uni%04X' % ord(ch) for ch in extra)
    objs[5] = ('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 %s] >>' % diffs).encode() if extra else b'<< /Type /Encoding /BaseEncoding /WinAnsiEncoding >>'
    # ToUnicode
    bf = []
    for i in range(32, 127):
        bf.append('<%02X> <%04X>' % (i, i))
    for ch, code in cmap.items():
        bf.append('<%02X> <%04X>' % (code, ord(ch)))
    chunks = []
    for i in range(0, len(bf), 100):
        part = bf[i:i + 100]
        chunks.append('%d beginbfchar\n%s\nendbfchar' % (len(part), '\n'.join(part)))
    cm = ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
          '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
          '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n'
          + '\n'.join(chunks) + '\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n').encode()
    objs[6] = b'<< /Length %d >>\nstream\n' % len(cm) + cm + b'endstream'
    widths = ' '.join(str(_width(chr(c)) if c < 127 else 600) for c in range(32, 256))
    objs[3] = ('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 5 0 R /ToUnicode 6 0 R '
               '/FirstChar 32 /LastChar 255 /Widths [%s] >>' % widths).encode()
    objs[4] = ('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 5 0 R /ToUnicode 6 0 R '
               '/FirstChar 32 /LastChar 255 /Widths [%s] >>' % widths).encode()
    info = b'<< ' + b' '.join(k + b' ' + v for k, v in (
        (b'/Title', _info_str(title)), (b'/Author', _info_str(author)), (b'/Creator', _info_str(creator)),
        (b'/Producer', _info_str(producer)), (b'/CreationDate', _pdfstr(date).encode()),
        (b'/ModDate', _pdfstr(date).encode())) if v not in (b'()',)) + b' >>'
    objs[7] = info
    kids = []
    n = 8
    for pg in pages:
        content = []
        for t, size, bold, yy in pg:
            if t == '---':
                content.append('0.5 w %d %.1f m %d %.1f l S' % (margin, yy + size * 0.4, page_w - margin, yy + size * 0.4))
                continue
            if not t:
                continue
            content.append('BT /%s %d Tf %d %.1f Td <%s> Tj ET' % ('F2' if bold else 'F1', size, margin, yy, enc(t)))
        data = zlib.compress('\n'.join(content).encode('ascii'))
        objs[n + 1] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream'
        objs[n] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>'
                   % (page_w, page_h, n + 1)).encode()
        kids.append(n)
        n += 2
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    maxn = max(objs)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (maxn + 1)
    for i in range(1, maxn + 1):
        out += b'%010d 00000 n \n' % offsets[i]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (maxn + 1, xref)
    return bytes(out)
