"""Tiny text-only PDF writer (no scripts, no images, no actions).

Latin-1/cp1252 text uses Helvetica with WinAnsiEncoding.  Other scripts
(Polish, Greek, Cyrillic) use a non-embedded TrueType 'CourierNewPSMT' with a
custom /Differences encoding (uniXXXX glyph names) plus a /ToUnicode CMap so
the text renders and extracts correctly."""
import zlib


def _esc(b):
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


class _Enc:
    def __init__(self, text):
        try:
            text.encode('cp1252')
            self.mode = 'win'
        except UnicodeEncodeError:
            self.mode = 'custom'
            extra = sorted({c for c in text if ord(c) > 126})
            if len(extra) > 127:
                raise ValueError('too many glyphs')
            self.map = {c: 128 + i for i, c in enumerate(extra)}

    def enc(self, s):
        if self.mode == 'win':
            return s.encode('cp1252')
        out = bytearray()
        for c in s:
            out.append(ord(c) if ord(c) < 127 else self.map[c])
        return bytes(out)


def make_pdf(lines, title='', author='', producer='', creator='',
             created='D:20261012093000+02\'00\'', size=10):
    """lines: list of strings or (text, fontsize, bold) tuples.  Auto paging."""
    items = []
    for ln in lines:
        if isinstance(ln, tuple):
            items.append(ln)
        else:
            items.append((ln, size, False))
    alltext = ''.join(t for t, _, _ in items) + title + author
    enc = _Enc(alltext)
    # layout
    pages = []
    cur = []
    y = 800
    for t, fs, bold in items:
        lead = fs * 1.35
        if y - lead < 50:
            pages.append(cur)
            cur = []
            y = 800
        y -= lead
        cur.append((t, fs, bold, y))
    pages.append(cur)

    objs = []   # list of bytes, index+1 = obj number

    def add(b):
        objs.append(b)
        return len(objs)

    catalog = add(b'')
    pages_id = add(b'')
    if enc.mode == 'win':
        f1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
        f2 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    else:
        diffs = ' '.join('%d /uni%04X' % (code, ord(c)) for c, code in sorted(enc.map.items(), key=lambda x: x[1]))
        cmap_lines = ['%d beginbfchar' % len(enc.map)]
        for c, code in enc.map.items():
            cmap_lines.append('<%02X> <%04X>' % (code, ord(c)))
        cmap_lines.append('endbfchar')
        cmap = ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
                '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
                '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n'
                '1 begincodespacerange\n<00> <FF>\nendcodespacerange\n'
                '1 beginbfrange\n<20> <7E> <0020>\nendbfrange\n' + '\n'.join(cmap_lines) +
                '\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n').encode()
        zc = zlib.compress(cmap)
        tu = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(zc) + zc + b'\nendstream')
        widths = ' '.join(['600'] * 224)
        fd = add(b'<< /Type /FontDescriptor /FontName /CourierNewPSMT /Flags 34 '
                 b'/FontBBox [-21 -680 638 1021] /ItalicAngle 0 /Ascent 833 /Descent -300 '
                 b'/CapHeight 571 /StemV 80 >>')
        fdb = add(b'<< /Type /FontDescriptor /FontName /CourierNewPS-BoldMT /Flags 34 '
                  b'/FontBBox [-46 -710 701 1221] /ItalicAngle 0 /Ascent 833 /Descent -300 '
                  b'/CapHeight 571 /StemV 140 >>')
        tmpl = ('<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 '
                '/Widths [%s] /FontDescriptor %d 0 R /Encoding << /Type /Encoding '
                '/BaseEncoding /WinAnsiEncoding /Differences [%s] >> /ToUnicode %d 0 R >>')
        f1 = add((tmpl % ('CourierNewPSMT', widths, fd, diffs, tu)).encode())
        f2 = add((tmpl % ('CourierNewPS-BoldMT', widths, fdb, diffs, tu)).encode())
    kids = []
    for pg in pages:
        ops = []
        for t, fs, bold, yy in pg:
            ops.append(b'BT /%s %d Tf 56 %.1f Td (%s) Tj ET' % (
                b'F2' if bold else b'F1', fs, yy, _esc(enc.enc(t))))
        data = zlib.compress(b'\n'.join(ops))
        cs = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream')
        pid = add(('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources '
                   '<< /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>'
                   % (pages_id, f1, f2, cs)).encode())
        kids.append(pid)
    objs[catalog - 1] = ('<< /Type /Catalog /Pages %d 0 R >>' % pages_id).encode()
    objs[pages_id - 1] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (
        ' '.join('%d 0 R' % k for k in kids), len(kids))).encode()

    def pdfstr(s):
        try:
            b = s.encode('latin-1')
            return b'(' + _esc(b) + b')'
        except UnicodeEncodeError:
            return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'
    info = add(b'<< /Title ' + pdfstr(title) + b' /Author ' + pdfstr(author) +
               b' /Creator ' + pdfstr(creator) + b' /Producer ' + pdfstr(producer) +
               b' /CreationDate (' + created.encode() + b') >>')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, catalog, info, xref))
    return bytes(out)


if __name__ == '__main__':
    open('/tmp/audit71/tmp/a.pdf', 'wb').write(make_pdf(
        [('Rechnung Nr. 2026-1043', 14, True), 'Papier: 80 g/m² – 1.250,00 €', 'Größe „A4“'],
        title='Rechnung', author='Lieferant GmbH'))
    open('/tmp/audit71/tmp/b.pdf', 'wb').write(make_pdf(
        [('Счёт № 1187 от 14.10.2026', 14, True), 'Итого: 184 200,00 руб.',
         'Ελληνικά: Τιμολόγιο – ΦΠΑ 24%', 'Zażółć gęślą jaźń'] * 40, title='Счёт', author='ООО'))
