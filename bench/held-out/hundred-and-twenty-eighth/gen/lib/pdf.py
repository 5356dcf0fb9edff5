"""Small PDF 1.4/1.7 writer: text in the standard 14 fonts (WinAnsi plus
Central-European glyphs via /Differences), lines, filled rectangles, QR codes
drawn as vector modules, URI link annotations.  Plus a matching reader used by
the verifier (xref check, text extraction, QR module recovery)."""
import hashlib
import re
import zlib

# code points re-used for Polish letters (slots undefined/rare in cp1252)
CE_SLOTS = [(0x81, 'Aogonek', 'Ą'), (0x8D, 'aogonek', 'ą'), (0x8F, 'Cacute', 'Ć'),
            (0x90, 'cacute', 'ć'), (0x9D, 'Eogonek', 'Ę'), (0xA4, 'eogonek', 'ę'),
            (0xA6, 'Lslash', 'Ł'), (0xA8, 'lslash', 'ł'), (0xAC, 'Nacute', 'Ń'),
            (0xAF, 'nacute', 'ń'), (0xB4, 'Sacute', 'Ś'), (0xB8, 'sacute', 'ś'),
            (0xB9, 'Zacute', 'Ź'), (0xBE, 'zacute', 'ź'), (0xBC, 'Zdotaccent', 'Ż'),
            (0xBD, 'zdotaccent', 'ż')]
ENC = {u: c for c, _, u in CE_SLOTS}
DEC = {c: u for c, _, u in CE_SLOTS}

HELV = {}
_hw = ('278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 '
       '278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 778 667 778 722 667 '
       '611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 556 556 222 222 500 222 833 '
       '556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584').split()
_hbw = ('278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 556 556 '
        '333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 611 833 722 778 667 778 722 667 '
        '611 722 667 944 667 667 611 333 278 333 584 556 333 556 611 556 611 556 333 611 611 278 278 556 278 889 '
        '611 611 611 611 389 556 333 611 556 778 556 556 500 389 280 389 584').split()
WIDTHS = {'F1': [int(x) for x in _hw], 'F2': [int(x) for x in _hbw]}
FONTS = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Courier', 'F4': 'Helvetica-Oblique'}
_BASE = {'Ą': 'A', 'ą': 'a', 'Ć': 'C', 'ć': 'c', 'Ę': 'E', 'ę': 'e', 'Ł': 'L', 'ł': 'l', 'Ń': 'N', 'ń': 'n',
         'Ś': 'S', 'ś': 's', 'Ź': 'Z', 'ź': 'z', 'Ż': 'Z', 'ż': 'z'}


def encode_text(s):
    out = bytearray()
    for ch in s:
        if ch in ENC:
            out.append(ENC[ch])
        else:
            b = ch.encode('cp1252')
            if b[0] in DEC:
                raise ValueError('char %r collides with CE slot' % ch)
            out.extend(b)
    return bytes(out)


def decode_text(b):
    return ''.join(DEC[c] if c in DEC else bytes([c]).decode('cp1252', 'replace') for c in b)


def text_width(s, font, size):
    if font == 'F3':
        return 600 * len(s) * size / 1000.0
    table = WIDTHS['F2' if font == 'F2' else 'F1']
    w = 0
    for ch in s:
        import unicodedata
        base = _BASE.get(ch) or unicodedata.normalize('NFD', ch)[0]
        o = ord(base)
        w += table[o - 32] if 32 <= o <= 126 else 556
    return w * size / 1000.0


def _esc(b):
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def _num(v):
    s = ('%.2f' % v).rstrip('0').rstrip('.')
    return s if s not in ('-0', '') else '0'


class Page:
    def __init__(self, w=595.28, h=841.89):
        self.w, self.h = w, h
        self.ops = []
        self.links = []

    def text(self, x, y, s, font='F1', size=10, color=None):
        if color:
            self.ops.append('%s %s %s rg' % tuple(_num(c) for c in color))
        self.ops.append(b'BT /%s %s Tf %s %s Td (' % (font.encode(), _num(size).encode(), _num(x).encode(), _num(y).encode())
                        + _esc(encode_text(s)) + b') Tj ET')
        if color:
            self.ops.append('0 0 0 rg')

    def rtext(self, xr, y, s, font='F1', size=10, color=None):
        self.text(xr - text_width(s, font, size), y, s, font, size, color)

    def ctext(self, xc, y, s, font='F1', size=10, color=None):
        self.text(xc - text_width(s, font, size) / 2.0, y, s, font, size, color)

    def para(self, x, y, width, s, font='F1', size=10, leading=None, color=None):
        leading = leading or size * 1.35
        for block in s.split('\n'):
            words = block.split(' ')
            line = ''
            for wd in words:
                cand = (line + ' ' + wd) if line else wd
                if text_width(cand, font, size) > width and line:
                    self.text(x, y, line, font, size, color)
                    y -= leading
                    line = wd
                else:
                    line = cand
            self.text(x, y, line, font, size, color)
            y -= leading
        return y

    def line(self, x1, y1, x2, y2, width=0.5, gray=0):
        self.ops.append('%s G %s w %s %s m %s %s l S' % (_num(gray), _num(width), _num(x1), _num(y1), _num(x2), _num(y2)))

    def rect(self, x, y, w, h, fill=0.9, rgb=None):
        if rgb:
            self.ops.append('%s %s %s rg %s %s %s %s re f 0 0 0 rg' % tuple(_num(v) for v in (*rgb, x, y, w, h)))
        else:
            self.ops.append('%s g %s %s %s %s re f 0 g' % tuple(_num(v) for v in (fill, x, y, w, h)))

    def box(self, x, y, w, h, width=0.5, gray=0):
        self.ops.append('%s G %s w %s %s %s %s re S' % tuple(_num(v) for v in (gray, width, x, y, w, h)))

    def qr(self, matrix, x, y, module=2.5):
        """Draw QR with bottom-left corner of the symbol (without quiet zone) at x,y."""
        n = len(matrix)
        parts = ['q 0 g']
        for r in range(n):
            c = 0
            while c < n:
                if matrix[r][c]:
                    c0 = c
                    while c < n and matrix[r][c]:
                        c += 1
                    parts.append('%s %s %s %s re' % (_num(x + c0 * module), _num(y + (n - 1 - r) * module),
                                                       _num((c - c0) * module), _num(module)))
                else:
                    c += 1
        parts.append('f Q')
        self.ops.append('%% QR %d %s %s %s\n' % (n, _num(x), _num(y), _num(module)) + '\n'.join(parts))

    def link(self, x, y, w, h, uri):
        self.links.append((x, y, w, h, uri))

    def content(self):
        out = []
        for op in self.ops:
            out.append(op if isinstance(op, bytes) else op.encode('latin-1'))
        return b'\n'.join(out)


class PDF:
    def __init__(self, title='', author='', creator='', producer='', created='D:20261001120000+02\'00\'',
                 subject='', version='1.7', compress=True):
        self.pages = []
        self.info = dict(Title=title, Author=author, Creator=creator, Producer=producer,
                         CreationDate=created, ModDate=created, Subject=subject)
        self.version = version
        self.compress = compress

    def page(self):
        p = Page()
        self.pages.append(p)
        return p

    @staticmethod
    def _pdfstr(s):
        try:
            b = s.encode('latin-1')
            return b'(' + _esc(b) + b')'
        except UnicodeEncodeError:
            return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'

    def bytes(self):
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)
        catalog = add(None)
        pages_id = add(None)
        diffs = b''
        prev = None
        for code, name, _ in CE_SLOTS:
            diffs += (b' /' + name.encode()) if prev is not None and code == prev + 1 else (b' %d /' % code + name.encode())
            prev = code
        enc_id = add(b'<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [' + diffs.strip() + b'] >>')
        font_ids = {}
        for k, base in FONTS.items():
            font_ids[k] = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /' + base.encode()
                              + (b' /Encoding %d 0 R >>' % enc_id))
        fontres = b'<< ' + b' '.join(b'/%s %d 0 R' % (k.encode(), v) for k, v in font_ids.items()) + b' >>'
        page_ids = []
        for p in self.pages:
            raw = p.content()
            if self.compress:
                data = zlib.compress(raw, 9)
                cid = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(data) + data + b'\nendstream')
            else:
                cid = add(b'<< /Length %d >>\nstream\n' % len(raw) + raw + b'\nendstream')
            annots = []
            for (x, y, w, h, uri) in p.links:
                annots.append(add(('<< /Type /Annot /Subtype /Link /Rect [%s %s %s %s] /Border [0 0 0] '
                                   '/A << /Type /Action /S /URI /URI ' % (_num(x), _num(y), _num(x + w), _num(y + h))).encode()
                                  + self._pdfstr(uri) + b' >> >>'))
            pid = add(None)
            body = (b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font '
                    % pages_id + fontres + b' /ProcSet [/PDF /Text] >> /Contents %d 0 R' % cid)
            if annots:
                body += b' /Annots [' + b' '.join(b'%d 0 R' % a for a in annots) + b']'
            objs[pid - 1] = body + b' >>'
            page_ids.append(pid)
        objs[pages_id - 1] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % i for i in page_ids)
                              + b'] /Count %d >>' % len(page_ids))
        objs[catalog - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id
        info = b'<< ' + b' '.join(b'/' + k.encode() + b' ' + self._pdfstr(v) for k, v in self.info.items() if v) + b' >>'
        info_id = add(info)
        out = bytearray(b'%PDF-' + self.version.encode() + b'\n%\xe2\xe3\xcf\xd3\n')
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for off in offsets:
            out += b'%010d 00000 n \n' % off
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<' % (len(objs) + 1, catalog, info_id)
                + fid + b'> <' + fid + b'>] >>\nstartxref\n%d\n%%%%EOF\n' % xref)
        return bytes(out)


# ---------------- reader (verification) ----------------
def read(data):
    """Check structure and return dict(text=str, qr=[matrix...], uris=[...], pages=int, info=dict)."""
    assert data.startswith(b'%PDF-'), 'no PDF header'
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    assert m, 'no startxref'
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b'xref', 'startxref does not point at xref'
    hdr = re.match(rb'xref\n0 (\d+)\n', data[xref:])
    count = int(hdr.group(1))
    entries = data[xref + hdr.end(): xref + hdr.end() + 20 * count]
    for i in range(1, count):
        off = int(entries[i * 20:i * 20 + 10])
        assert data[off:].startswith(b'%d 0 obj' % i), 'xref offset wrong for object %d' % i
    texts = []
    qrs = []
    pages = 0
    for sm in re.finditer(rb'<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n', data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        assert data[sm.end() + ln:sm.end() + ln + 10] == b'\nendstream', 'stream length wrong'
        if sm.group(2):
            raw = zlib.decompress(raw)
        pages += 1
        for t in re.finditer(rb'\((.*?)(?<!\\)\) Tj', raw, re.S):
            s = re.sub(rb'\\([\\()])', rb'\1', t.group(1))
            texts.append(decode_text(s))
        for q in re.finditer(rb'% QR (\d+) (\S+) (\S+) (\S+)\n(.*?)f Q', raw, re.S):
            n = int(q.group(1))
            x0, y0, mod = float(q.group(2)), float(q.group(3)), float(q.group(4))
            mat = [[False] * n for _ in range(n)]
            for r in re.finditer(rb'(\S+) (\S+) (\S+) (\S+) re', q.group(5)):
                x, y, w, h = (float(v) for v in r.groups())
                c0 = int(round((x - x0) / mod))
                row = n - 1 - int(round((y - y0) / mod))
                for c in range(c0, c0 + int(round(w / mod))):
                    mat[row][c] = True
            qrs.append(mat)
    uris = [u.decode('latin-1') for u in re.findall(rb'/URI \((.*?)\) >>', data)]
    return dict(text='\n'.join(texts), qr=qrs, uris=uris, pages=pages)
