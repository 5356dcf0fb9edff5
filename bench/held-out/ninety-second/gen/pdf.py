"""Tiny PDF 1.4 writer: text pages in Helvetica (WinAnsi plus a few
Central-European glyphs via /Differences) and optional 1-bit images (for
QR codes).  No JavaScript, no actions, no embedded files."""
import zlib

# extra glyphs placed in code points that cp1252 letters we never use occupy
_EXTRA = {
    'ą': (0x8A, 'aogonek'), 'Ą': (0x8C, 'Aogonek'), 'ć': (0x8E, 'cacute'), 'Ć': (0x9A, 'Cacute'),
    'ę': (0x9C, 'eogonek'), 'Ę': (0x9E, 'Eogonek'), 'ł': (0x9F, 'lslash'), 'Ł': (0x81, 'Lslash'),
    'ń': (0x8D, 'nacute'), 'Ń': (0x8F, 'Nacute'), 'ś': (0x90, 'sacute'), 'Ś': (0x9D, 'Sacute'),
    'ź': (0xA4, 'zacute'), 'Ź': (0xA6, 'Zacute'), 'ż': (0xA8, 'zdotaccent'), 'Ż': (0xB8, 'Zdotaccent'),
    'č': (0x83, 'ccaron'), 'ě': (0x88, 'ecaron'),
}


def _enc(s):
    out = bytearray()
    for ch in s:
        if ch in _EXTRA:
            out.append(_EXTRA[ch][0])
            continue
        b = ch.encode('cp1252')
        if b in (b'(', b')', b'\\'):
            out += b'\\' + b
        else:
            out += b
    return bytes(out)


def _diff():
    items = sorted((code, name) for code, name in _EXTRA.values())
    return ' '.join('%d /%s' % (c, n) for c, n in items)


def make_pdf(pages, title='', author='', producer='', creator='', created='D:20261012090000+02\'00\'',
             images=None):
    """pages: list of lists of (x, y, size, bold, text) in points (A4).
    images: dict page_index -> (x, y, w_pt, bitmap rows of 0/1)."""
    images = images or {}
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    font = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding '
               b'/BaseEncoding /WinAnsiEncoding /Differences [' + _diff().encode() + b'] >> >>')
    fontb = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding << /Type /Encoding '
                b'/BaseEncoding /WinAnsiEncoding /Differences [' + _diff().encode() + b'] >> >>')
    pages_id = len(objs) + 1
    add(b'')  # placeholder for /Pages
    kids = []
    for pi, lines in enumerate(pages):
        cs = bytearray()
        xobj = b''
        if pi in images:
            x, y, wpt, bm = images[pi]
            h = len(bm)
            w = len(bm[0])
            raw = bytearray()
            for row in bm:
                bits = 0
                byte = bytearray()
                for i, v in enumerate(row):
                    bits = (bits << 1) | (0 if v else 1)  # DeviceGray 1 = white
                    if i % 8 == 7:
                        byte.append(bits)
                        bits = 0
                if w % 8:
                    byte.append(bits << (8 - w % 8))
                raw += byte
            data = zlib.compress(bytes(raw), 9)
            img = add(b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                      b'/BitsPerComponent 1 /Filter /FlateDecode /Length %d >>\nstream\n' % (w, h, len(data))
                      + data + b'\nendstream')
            xobj = b' /XObject << /Im1 %d 0 R >>' % img
            cs += b'q %.2f 0 0 %.2f %.2f %.2f cm /Im1 Do Q\n' % (wpt, wpt * h / w, x, y)
        for (x, y, size, bold, s) in lines:
            cs += b'BT /%s %g Tf %g %g Td (' % (b'F2' if bold else b'F1', size, x, y) + _enc(s) + b') Tj ET\n'
        data = zlib.compress(bytes(cs), 9)
        content = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream')
        page = add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << '
                   b'/F1 %d 0 R /F2 %d 0 R >>%s >> /Contents %d 0 R >>' % (pages_id, font, fontb, xobj, content))
        kids.append(page)
    objs[pages_id - 1] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) +
                          b'] /Count %d >>' % len(kids))

    def pstr(s):
        return b'(' + _enc(s) + b')'
    info = add(b'<< /Title ' + pstr(title) + b' /Author ' + pstr(author) + b' /Creator ' + pstr(creator) +
               b' /Producer ' + pstr(producer) + b' /CreationDate (' + created.encode() + b') /ModDate (' +
               created.encode() + b') >>')
    catalog = add(b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
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
        len(objs) + 1, catalog, info, xref)
    return bytes(out)


def doc(blocks, **meta):
    """Simple flowing layout.  blocks: list of strings; a string starting
    with '# ' is a bold heading, '## ' bold normal size, '' is a gap,
    '~' a forced page break.  Returns PDF bytes."""
    pages, cur = [], []
    y = 790
    qr = meta.pop('qr', None)  # (bitmap, size_pt) placed after the block '[[QR]]'
    images = {}
    for b in blocks:
        if b == '~' or y < 60:
            pages.append(cur)
            cur = []
            y = 790
            if b == '~':
                continue
        if b == '[[QR]]' and qr:
            bm, size = qr
            y -= size
            images[len(pages)] = (60, y, size, bm)
            y -= 14
            continue
        if b.startswith('# '):
            cur.append((56, y, 15, True, b[2:]))
            y -= 24
        elif b.startswith('## '):
            cur.append((56, y, 10, True, b[3:]))
            y -= 14
        elif b == '':
            y -= 8
        else:
            cur.append((56, y, 9.5, False, b))
            y -= 13
    pages.append(cur)
    return make_pdf(pages, images=images, **meta)
