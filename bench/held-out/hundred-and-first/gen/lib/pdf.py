"""Tiny text-only PDF writer (Helvetica, WinAnsiEncoding)."""
import unicodedata

_FALLBACK = {'ł': 'l', 'Ł': 'L', 'ő': 'o', 'ű': 'u', '→': '->', '≈': '~', '№': 'No.'}


def _winansi(s):
    out = []
    for ch in s:
        try:
            ch.encode('cp1252')
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _FALLBACK:
            out.append(_FALLBACK[ch])
            continue
        d = unicodedata.normalize('NFKD', ch)
        d = ''.join(c for c in d if not unicodedata.combining(c))
        try:
            d.encode('cp1252')
            out.append(d)
        except UnicodeEncodeError:
            out.append('?')
    return ''.join(out).encode('cp1252')


def _esc(b):
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def text_pdf(pages, title='', author='', creator='', producer='', date='D:20261001090000+02\'00\''):
    """pages: list of pages; each page a list of (size, text) or (size, text, x) lines.
    Non-WinAnsi characters are transliterated."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    font = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    fontb = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    pages_id = len(objs) + 1
    objs.append(None)  # placeholder for Pages
    kids = []
    for page in pages:
        y = 800
        cs = [b'BT']
        for line in page:
            size, text = line[0], line[1]
            x = line[2] if len(line) > 2 else 56
            bold = size < 0
            size = abs(size)
            if text == '':
                y -= size + 2
                continue
            y -= size + 4
            cs.append(b'/%s %d Tf 1 0 0 1 %d %d Tm (%s) Tj' % (b'F2' if bold else b'F1', size, x, y, _esc(_winansi(text))))
        cs.append(b'ET')
        stream = b'\n'.join(cs)
        c = add(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
        p = add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>' % (pages_id, font, fontb, c))
        kids.append(p)
    objs[pages_id - 1] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % k for k in kids), len(kids))
    cat = add(b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
    info = add(b'<< /Title (%s) /Author (%s) /Creator (%s) /Producer (%s) /CreationDate (%s) >>' % (
        _esc(_winansi(title)), _esc(_winansi(author)), _esc(_winansi(creator)), _esc(_winansi(producer)), date.encode()))
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, cat, info, xref)
    return bytes(out)
