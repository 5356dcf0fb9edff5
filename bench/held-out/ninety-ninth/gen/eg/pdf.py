"""Minimal deterministic text-only PDF writer.

Uses the standard Helvetica fonts with WinAnsiEncoding as base; characters
outside Windows-1252 (Polish, Greek, Cyrillic ...) are mapped onto unused
code points through a /Differences array with Adobe glyph names (uniXXXX or
the classic Latin names), so text extraction yields the right Unicode.
"""
import zlib

_LATIN_NAMES = {
    'Ą': 'Aogonek', 'ą': 'aogonek', 'Ć': 'Cacute', 'ć': 'cacute', 'Ę': 'Eogonek',
    'ę': 'eogonek', 'Ł': 'Lslash', 'ł': 'lslash', 'Ń': 'Nacute', 'ń': 'nacute',
    'Ś': 'Sacute', 'ś': 'sacute', 'Ź': 'Zacute', 'ź': 'zacute', 'Ż': 'Zdotaccent',
    'ż': 'zdotaccent', 'Č': 'Ccaron', 'č': 'ccaron', 'Ř': 'Rcaron', 'ř': 'rcaron',
    'ě': 'ecaron', 'ő': 'ohungarumlaut', 'ű': 'uhungarumlaut',
}


_W = dict(zip(' !"#$%&\'()*+,-./0123456789:;<=>?@', [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 + [278, 278, 584, 584, 584, 556, 1015]))
_W.update(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ', [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611]))
_W.update(zip('abcdefghijklmnopqrstuvwxyz', [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500]))
_W.update(zip('[\\]^_`{|}~', [278, 278, 278, 469, 556, 333, 334, 260, 334, 584]))
_W.update({'\u2013': 556, '\u2014': 1000, '\u20ac': 556, '\u201e': 333, '\u201c': 333, '\u201d': 333, '\u2019': 222, '\u00ab': 556, '\u00bb': 556, '\u00b0': 400, '\u2116': 1000, '\u00a7': 556, '\u2022': 350, '\u00a0': 278})


def _width(ch):
    if ch in _W:
        return _W[ch]
    import unicodedata
    base = unicodedata.normalize('NFD', ch)[0]
    if base in _W:
        return _W[base]
    if ch.isupper():
        return 667
    return 556


class _Enc:
    def __init__(self, text):
        used = set(text)
        self.map = {}
        diffs = []
        free = []
        for code in range(0x80, 0x100):
            try:
                ch = bytes([code]).decode('cp1252')
            except UnicodeDecodeError:
                ch = None
            if ch is None or ch not in used:
                free.append(code)
        for ch in sorted(used):
            if ord(ch) < 0x80:
                continue
            try:
                b = ch.encode('cp1252')
                if b[0] >= 0x80:
                    self.map[ch] = b[0]
                    continue
            except UnicodeEncodeError:
                pass
            code = free.pop(0)
            self.map[ch] = code
            diffs.append((code, _LATIN_NAMES.get(ch, 'uni%04X' % ord(ch))))
        self.diffs = diffs

    def widths(self, scale=1.0):
        inv = {v: k for k, v in self.map.items()}
        out = []
        for code in range(32, 256):
            if code < 0x80:
                ch = chr(code)
            elif code in inv:
                ch = inv[code]
            else:
                try:
                    ch = bytes([code]).decode('cp1252')
                except UnicodeDecodeError:
                    ch = ' '
            out.append(int(round(_width(ch) * scale)))
        return b'[' + b' '.join(b'%d' % w for w in out) + b']'

    def encode(self, s):
        out = bytearray()
        for ch in s:
            if ord(ch) < 0x80:
                if ch in '()\\':
                    out += b'\\'
                out.append(ord(ch))
            else:
                out.append(self.map[ch])
        return bytes(out)


def make_pdf(lines, title='', author='', producer='', creator='', date=None,
             page_size=(595, 842), compress=True):
    """lines: list of str or (style, str); style in {'h1','h2','b','n','s','mono'}.
    A line '---' draws a page-wide rule; '\f' starts a new page."""
    alltext = ''.join(l if isinstance(l, str) else l[1] for l in lines) + title + author
    enc = _Enc(alltext)
    W, H = page_size
    pages = [[]]
    y = H - 60
    ops = pages[-1]
    for item in lines:
        style, txt = ('n', item) if isinstance(item, str) else item
        if txt == '\f' or y < 60:
            pages.append([])
            ops = pages[-1]
            y = H - 60
            if txt == '\f':
                continue
        size, font, lead = {'h1': (16, 'F2', 22), 'h2': (12, 'F2', 17), 'b': (10, 'F2', 13),
                            'n': (10, 'F1', 13), 's': (8, 'F1', 10), 'mono': (9, 'F3', 12)}[style]
        if txt == '---':
            ops.append(b'0.5 w 50 %d m %d %d l S' % (y + 4, W - 50, y + 4))
            y -= 8
            continue
        if txt:
            ops.append(b'BT /%s %d Tf 50 %d Td (%s) Tj ET' % (font.encode(), size, y, enc.encode(txt)))
        y -= lead
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    diff = b''
    if enc.diffs:
        diff = b' /Differences [' + b' '.join(b'%d /%s' % (c, n.encode()) for c, n in enc.diffs) + b']'
    encdict = b'<< /Type /Encoding /BaseEncoding /WinAnsiEncoding' + diff + b' >>'
    catalog = add(None)
    pages_id = add(None)
    e_id = add(encdict)
    f1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R /FirstChar 32 /LastChar 255 /Widths %s >>' % (e_id, enc.widths()))
    f2 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R /FirstChar 32 /LastChar 255 /Widths %s >>' % (e_id, enc.widths(1.06)))
    f3 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding %d 0 R /FirstChar 32 /LastChar 255 /Widths [%s] >>' % (e_id, b' '.join([b'600'] * 224)))
    kids = []
    for p in pages:
        content = b'\n'.join(p) + b'\n'
        if compress:
            data = zlib.compress(content, 9)
            cid = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream')
        else:
            cid = add(b'<< /Length %d >>\nstream\n' % len(content) + content + b'endstream')
        pid = add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >> /Contents %d 0 R >>'
                  % (pages_id, W, H, f1, f2, f3, cid))
        kids.append(pid)
    objs[catalog - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id
    objs[pages_id - 1] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % k for k in kids), len(kids))

    def pdfstr(s):
        try:
            b = s.encode('latin-1')
            return b'(' + b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'
        except UnicodeEncodeError:
            return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'
    info = b'<<'
    for k, v in (('Title', title), ('Author', author), ('Creator', creator), ('Producer', producer)):
        if v:
            info += b' /%s %s' % (k.encode(), pdfstr(v))
    if date:
        info += b' /CreationDate (D:%s) /ModDate (D:%s)' % (date.encode(), date.encode())
    info += b' >>'
    info_id = add(info)
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for off in offsets:
        out += b'%010d 00000 n \n' % off
    import hashlib
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objs) + 1, catalog, info_id, fid, fid, xref)
    return bytes(out)
