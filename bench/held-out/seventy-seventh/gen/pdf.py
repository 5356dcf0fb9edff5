"""Tiny one-page PDF writer: text lines in Helvetica (WinAnsi), optional QR
image XObject and URI link annotations. No JavaScript, no actions other than
/URI, no embedded files."""
import zlib

from util import translit_cp1252, localtime, offset


def _esc(s):
    b = translit_cp1252(s).encode('cp1252')
    out = []
    for c in b:
        ch = chr(c)
        if ch in '\\()':
            out.append('\\' + ch)
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(ch)
    return '(' + ''.join(out) + ')'


def pdf_date(utc, zone):
    loc = localtime(utc, zone)
    off, _ = offset(zone, utc)
    sign = '+' if off >= 0 else '-'
    return "D:%s%s%02d'%02d'" % (loc.strftime('%Y%m%d%H%M%S'), sign, abs(off) // 60, abs(off) % 60)


def make_pdf(lines, title='', author='', producer='', creator='', utc=None, zone='de',
             qr=None, links=(), compress=True, top=800, left=56):
    """lines: list of str or (text, size, bold) or (text, size, bold, x).
    qr: (matrix, x, y, size_pt). links: [(url, (x1, y1, x2, y2))]."""
    ops = []
    y = top
    for item in lines:
        if isinstance(item, str):
            item = (item, 10, False)
        text, size, bold = item[:3]
        x = item[3] if len(item) > 3 else left
        if len(item) > 4:
            y = item[4]
        if text == '':
            y -= size * 0.9
            continue
        ops.append('BT /%s %d Tf %d %.1f Td %s Tj ET' % ('F2' if bold else 'F1', size, x, y, _esc(text)))
        y -= size * 1.38
    objs = {}
    res_x = ''
    if qr:
        mat, qx, qy, qs = qr
        n = len(mat)
        b = 4
        w = n + 2 * b
        raw = bytearray()
        for yy in range(w):
            byte = nb = 0
            for xx in range(w):
                X, Y = xx - b, yy - b
                dark = 0 <= X < n and 0 <= Y < n and mat[Y][X]
                byte = (byte << 1) | (0 if dark else 1)
                nb += 1
                if nb == 8:
                    raw.append(byte)
                    byte = nb = 0
            if nb:
                raw.append(byte << (8 - nb))
        data = zlib.compress(bytes(raw), 9)
        objs['img'] = (b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                       b'/BitsPerComponent 1 /Filter /FlateDecode /Length %d >>\nstream\n' % (w, w, len(data))
                       + data + b'\nendstream')
        ops.append('q %d 0 0 %d %d %d cm /Im1 Do Q' % (qs, qs, qx, qy))
    content = '\n'.join(ops).encode('latin-1')
    if compress:
        cdata = zlib.compress(content, 9)
        cobj = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(cdata) + cdata + b'\nendstream'
    else:
        cobj = b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream'
    # object numbering
    order = ['catalog', 'pages', 'page', 'content', 'f1', 'f2', 'info']
    if qr:
        order.append('img')
    annots = []
    for i, _ in enumerate(links):
        order.append('annot%d' % i)
        annots.append('annot%d' % i)
    num = {k: i + 1 for i, k in enumerate(order)}
    if qr:
        res_x = ' /XObject << /Im1 %d 0 R >>' % num['img']
    annot_s = ''
    if annots:
        annot_s = ' /Annots [%s]' % ' '.join('%d 0 R' % num[a] for a in annots)
    objs['catalog'] = b'<< /Type /Catalog /Pages %d 0 R >>' % num['pages']
    objs['pages'] = b'<< /Type /Pages /Kids [%d 0 R] /Count 1 >>' % num['page']
    objs['page'] = ('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R '
                    '/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >>%s >>%s >>'
                    % (num['pages'], num['content'], num['f1'], num['f2'], res_x, annot_s)).encode()
    objs['content'] = cobj
    objs['f1'] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    objs['f2'] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
    info = '<< /Title %s /Author %s /Producer %s /Creator %s' % (_esc(title), _esc(author),
                                                             _esc(producer), _esc(creator))
    if utc is not None:
        d = pdf_date(utc, zone)
        info += ' /CreationDate (%s) /ModDate (%s)' % (d, d)
    objs['info'] = (info + ' >>').encode('latin-1')
    for i, (url, rect) in enumerate(links):
        objs['annot%d' % i] = ('<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /Border [0 0 0] '
                               '/A << /S /URI /URI %s >> >>' % (rect + (_esc(url),))).encode('latin-1')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for k in order:
        offs.append(len(out))
        out += b'%d 0 obj\n' % num[k] + objs[k] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(order) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(order) + 1, num['catalog'], num['info'], xref))
    return bytes(out)


def check_pdf(data):
    """Structural check: header, xref offsets point at objects, EOF marker."""
    assert data.startswith(b'%PDF-1.')
    assert data.rstrip().endswith(b'%%EOF')
    sx = int(data[data.rindex(b'startxref') + 9:].split()[0])
    assert data[sx:sx + 4] == b'xref'
    lines = data[sx:].split(b'\n')
    cnt = int(lines[1].split()[1])
    for i in range(1, cnt):
        off = int(lines[2 + i][:10])
        assert data[off:].startswith(b'%d 0 obj' % i), i
    return True
