"""Small text PDF writer (Helvetica, custom 8-bit encodings with ToUnicode) and a reader
used by the verifier."""
import re
import unicodedata
import zlib

_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 + \
    [278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722,
     778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500,
     556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500,
     500, 500, 334, 260, 334, 584]
_HELVB = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 + \
    [333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722,
     778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556,
     611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556,
     556, 500, 389, 280, 389, 584]
_AGL = {'\u0105': 'aogonek', '\u0104': 'Aogonek', '\u0107': 'cacute', '\u0106': 'Cacute', '\u0119': 'eogonek',
        '\u0118': 'Eogonek', '\u0142': 'lslash', '\u0141': 'Lslash', '\u0144': 'nacute', '\u0143': 'Nacute',
        '\u015b': 'sacute', '\u015a': 'Sacute', '\u017a': 'zacute', '\u0179': 'Zacute', '\u017c': 'zdotaccent',
        '\u017b': 'Zdotaccent'}


def char_width(ch, bold=False):
    tab = _HELVB if bold else _HELV
    o = ord(ch)
    if 32 <= o <= 126:
        return tab[o - 32]
    if ch == '\u20ac':
        return 556
    if ch in '\u2013':
        return 556
    if ch in '\u2014':
        return 1000
    if ch in '\u201e\u201c\u201d\u2018\u2019\u00ab\u00bb':
        return 333
    base = unicodedata.normalize('NFD', ch)[0]
    if base != ch and 32 <= ord(base) <= 126:
        return tab[ord(base) - 32]
    if ch == '\u0142':
        return 222 if not bold else 278
    base = unicodedata.normalize('NFD', ch)[0]
    if base in '\u03b9\u0456\u0457':
        return 240 if not bold else 278
    if base in '\u0448\u0449\u0436\u044e\u043c\u044b\u03c9':
        return 760
    if base in '\u0428\u0429\u0416\u042e\u041c\u042b\u03a9':
        return 900
    if ch == '\u0141':
        return 556
    if ch.isupper():
        return 700
    if ch == '\u00a0':
        return 278
    return 560


def text_width(s, size, bold=False):
    return sum(char_width(c, bold) for c in s) * size / 1000.0


def wrap(text, size, maxw, bold=False):
    out = []
    for para in text.split('\n'):
        words = para.split(' ')
        line = ''
        for w in words:
            cand = (line + ' ' + w) if line else w
            if text_width(cand, size, bold) <= maxw or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def _pdfstr(b):
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append('\\%03o' % c)
    return '(' + ''.join(out) + ')'


def _pdf_text_literal(s):
    """Info dictionary strings: PDFDocEncoding if Latin-1 only, else UTF-16BE with BOM."""
    try:
        b = s.encode('latin-1')
    except UnicodeEncodeError:
        return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'
    return _pdfstr(b)


class _Font:
    def __init__(self, key, base, bold):
        self.key, self.base, self.bold = key, base, bold
        self.chars = set()
        self.map = {}

    def finalize(self):
        used = set()
        for ch in sorted(self.chars):
            o = ord(ch)
            if 32 <= o <= 126:
                self.map[ch] = o
                continue
            try:
                b = ch.encode('cp1252')
                self.map[ch] = b[0]
                used.add(b[0])
            except UnicodeEncodeError:
                pass
        free = [c for c in range(128, 256) if c not in used and c not in (0xA0, 0xAD)]
        self.diffs = []
        for ch in sorted(self.chars):
            if ch not in self.map:
                if not free:
                    raise ValueError('too many distinct characters for one font')
                c = free.pop(0)
                self.map[ch] = c
                self.diffs.append((c, _AGL.get(ch, 'uni%04X' % ord(ch))))

    def encode(self, s):
        return bytes(self.map[c] for c in s)

    def tounicode(self):
        pairs = sorted((v, k) for k, v in self.map.items())
        lines = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
                 '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
                 '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
                 '1 begincodespacerange', '<00> <FF>', 'endcodespacerange']
        for i in range(0, len(pairs), 100):
            chunk = pairs[i:i + 100]
            lines.append('%d beginbfchar' % len(chunk))
            for code, ch in chunk:
                lines.append('<%02X> <%s>' % (code, ch.encode('utf-16-be').hex().upper()))
            lines.append('endbfchar')
        lines += ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end']
        return '\n'.join(lines).encode('ascii')

    def widths(self):
        inv = {v: k for k, v in self.map.items()}
        return [char_width(inv[c], self.bold) if c in inv else 0 for c in range(32, 256)]


class Page:
    def __init__(self, doc, w, h):
        self.doc, self.w, self.h = doc, w, h
        self.ops = []
        self.images = set()
        self.links = []

    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0), italic=False):
        f = self.doc.fonts['B' if bold else ('I' if italic else 'R')]
        f.chars.update(s)
        self.ops.append(('text', x, y, s, size, f, color))

    def right(self, xr, y, s, size=10, bold=False, color=(0, 0, 0)):
        self.text(xr - text_width(s, size, bold), y, s, size, bold, color)

    def para(self, x, y, text, size=10, width=480, leading=None, bold=False, color=(0, 0, 0)):
        leading = leading or size * 1.35
        for line in wrap(text, size, width, bold):
            self.text(x, y, line, size, bold, color)
            y -= leading
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        self.ops.append(('rect', x, y, w, h, fill, stroke, lw))

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.ops.append(('line', x1, y1, x2, y2, lw, color))

    def image(self, name, x, y, w, h):
        self.images.add(name)
        self.ops.append(('image', name, x, y, w, h))

    def link(self, x, y, w, h, uri):
        self.links.append((x, y, w, h, uri))

    def content(self):
        out = []
        for op in self.ops:
            if op[0] == 'text':
                _, x, y, s, size, f, col = op
                out.append('BT %.3f %.3f %.3f rg /%s %g Tf %.2f %.2f Td %s Tj ET' % (
                    col[0], col[1], col[2], f.key, size, x, y, _pdfstr(f.encode(s))))
            elif op[0] == 'rect':
                _, x, y, w, h, fill, stroke, lw = op
                if fill:
                    out.append('%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f' % (fill + (x, y, w, h)))
                if stroke:
                    out.append('%.2f w %.3f %.3f %.3f RG %.2f %.2f %.2f %.2f re S' % ((lw,) + stroke + (x, y, w, h)))
            elif op[0] == 'line':
                _, x1, y1, x2, y2, lw, col = op
                out.append('%.2f w %.3f %.3f %.3f RG %.2f %.2f m %.2f %.2f l S' % (lw, col[0], col[1], col[2], x1, y1, x2, y2))
            elif op[0] == 'image':
                _, name, x, y, w, h = op
                out.append('q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q' % (w, h, x, y, name))
        return '\n'.join(out).encode('latin-1')


class PDF:
    def __init__(self, title='', author='', creator='', producer='', date=None, rng=None, subject=''):
        self.info = {'Title': title, 'Author': author, 'Creator': creator, 'Producer': producer, 'Subject': subject}
        self.date = date  # 'D:20261012091433+02\'00\''
        self.rng = rng
        self.pages = []
        self.fonts = {'R': _Font('F1', 'Helvetica', False), 'B': _Font('F2', 'Helvetica-Bold', True),
                      'I': _Font('F3', 'Helvetica-Oblique', False)}
        self.imgs = {}

    def page(self, w=595.28, h=841.89):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    def add_gray_image(self, name, rows):
        self.imgs[name] = (len(rows[0]), len(rows), b''.join(rows), 'DeviceGray')

    def add_rgb_image(self, name, width, height, data):
        self.imgs[name] = (width, height, data, 'DeviceRGB')

    def tobytes(self):
        objs = {}
        n = [0]

        def new():
            n[0] += 1
            return n[0]
        cat, pages_id = new(), new()
        font_ids = {}
        used_fonts = [f for f in self.fonts.values() if f.chars]
        for f in used_fonts:
            f.finalize()
            fid, tid = new(), new()
            font_ids[f.key] = fid
            enc = ''
            if f.diffs:
                enc = '/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>' % ' '.join(
                    '%d /%s' % d for d in f.diffs)
            else:
                enc = '/Encoding /WinAnsiEncoding'
            objs[fid] = ('<< /Type /Font /Subtype /Type1 /BaseFont /%s %s /FirstChar 32 /LastChar 255 '
                         '/Widths [%s] /ToUnicode %d 0 R >>' % (f.base, enc, ' '.join(map(str, f.widths())), tid)).encode()
            objs[tid] = ('stream', f.tounicode())
        img_ids = {}
        for name, (w, h, data, cs) in sorted(self.imgs.items()):
            iid = new()
            img_ids[name] = iid
            objs[iid] = ('stream', data, '/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s '
                         '/BitsPerComponent 8 /Interpolate false' % (w, h, cs))
        kids = []
        for p in self.pages:
            pid, cid = new(), new()
            kids.append(pid)
            res = '/Font << %s >>' % ' '.join('/%s %d 0 R' % (k, v) for k, v in sorted(font_ids.items()))
            if p.images:
                res += ' /XObject << %s >>' % ' '.join('/%s %d 0 R' % (k, img_ids[k]) for k in sorted(p.images))
            annots = ''
            if p.links:
                aids = []
                for (x, y, w, h, uri) in p.links:
                    aid = new()
                    aids.append(aid)
                    objs[aid] = ('<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] '
                                 '/A << /Type /Action /S /URI /URI %s >> >>' % (x, y, x + w, y + h,
                                                                                _pdfstr(uri.encode('ascii')))).encode()
                annots = ' /Annots [%s]' % ' '.join('%d 0 R' % a for a in aids)
            objs[pid] = ('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << %s >> '
                         '/Contents %d 0 R%s >>' % (pages_id, p.w, p.h, res, cid, annots)).encode()
            objs[cid] = ('stream', p.content())
        objs[pages_id] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (
            ' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
        objs[cat] = ('<< /Type /Catalog /Pages %d 0 R >>' % pages_id).encode()
        info_id = new()
        info = ['/%s %s' % (k, _pdf_text_literal(v)) for k, v in self.info.items() if v]
        if self.date:
            info += ['/CreationDate (%s)' % self.date, '/ModDate (%s)' % self.date]
        objs[info_id] = ('<< %s >>' % ' '.join(info)).encode()
        out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
        offsets = {}
        for i in range(1, n[0] + 1):
            offsets[i] = len(out)
            o = objs[i]
            out += b'%d 0 obj\n' % i
            if isinstance(o, tuple):
                data = zlib.compress(o[1], 9)
                extra = (' ' + o[2]) if len(o) > 2 else ''
                out += ('<< /Length %d /Filter /FlateDecode%s >>\nstream\n' % (len(data), extra)).encode()
                out += data + b'\nendstream'
            else:
                out += o
            out += b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (n[0] + 1)
        for i in range(1, n[0] + 1):
            out += b'%010d 00000 n \n' % offsets[i]
        fid = ''.join('%02x' % self.rng.getrandbits(8) for _ in range(16)) if self.rng else '0' * 32
        out += ('trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
            n[0] + 1, cat, info_id, fid, fid, xref)).encode()
        return bytes(out)


# ---------------------------------------------------------------- reader (for verification)
def _unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5c:
            i += 1
            d = s[i]
            if 0x30 <= d <= 0x37:
                j = i
                while j < len(s) and j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8))
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}.get(d, d))
        else:
            out.append(c)
        i += 1
    return bytes(out)


def read_pdf(data):
    """Return dict with 'objects', 'text' (unicode, page order), 'uris', 'images' [(w,h,rows)]."""
    assert data.startswith(b'%PDF-'), 'no PDF header'
    sx = data.rindex(b'startxref')
    xref = int(data[sx + 9:].split()[0])
    assert data[xref:xref + 4] == b'xref', 'startxref does not point to xref'
    lines = data[xref:].split(b'\n')
    start, count = map(int, lines[1].split())
    objs = {}
    for k in range(1, count):
        off = int(lines[2 + k][:10])
        m = re.match(rb'(\d+) 0 obj\n', data[off:off + 20])
        assert m and int(m.group(1)) == start + k, 'xref offset mismatch for object %d' % k
        end = data.index(b'\nendobj', off)
        body = data[off + m.end() - 0:end]
        objs[start + k] = body
    streams = {}
    for i, body in objs.items():
        if b'stream\n' in body:
            hdr, rest = body.split(b'stream\n', 1)
            ln = int(re.search(rb'/Length (\d+)', hdr).group(1))
            raw = rest[:ln]
            streams[i] = (hdr, zlib.decompress(raw) if b'/FlateDecode' in hdr else raw)
    # fonts -> ToUnicode map
    cmaps = {}
    for i, body in objs.items():
        if b'/Type /Font' in body:
            tu = int(re.search(rb'/ToUnicode (\d+) 0 R', body).group(1))
            cm = {}
            for a, b in re.findall(rb'<([0-9A-F]{2})> <([0-9A-F]{4,})>', streams[tu][1]):
                cm[int(a, 16)] = bytes.fromhex(b.decode()).decode('utf-16-be')
            cmaps[i] = cm
    pages = []
    for i, body in objs.items():
        if re.search(rb'/Type /Page\b', body):
            fontres = dict((k.decode(), int(v)) for k, v in re.findall(rb'/(F\d+) (\d+) 0 R', body))
            cid = int(re.search(rb'/Contents (\d+) 0 R', body).group(1))
            content = streams[cid][1]
            text = []
            cur = None
            lasty = None
            for m in re.finditer(rb'/(F\d+) [\d.]+ Tf ([\d.\-]+) ([\d.\-]+) Td (\((?:\\.|[^\\)])*\)) Tj', content):
                cur = cmaps[fontres[m.group(1).decode()]]
                y = float(m.group(3))
                s = ''.join(cur[b] for b in _unescape(m.group(4)[1:-1]))
                if lasty is not None and abs(y - lasty) < 0.5:
                    text.append(' ' + s)
                else:
                    text.append('\n' + s)
                lasty = y
            pages.append(''.join(text))
    uris = [_unescape(u).decode('ascii') for u in re.findall(rb'/URI \(((?:\\.|[^\\)])*)\)', data)]
    images = []
    for i, (hdr, raw) in streams.items():
        if b'/Subtype /Image' in hdr:
            w = int(re.search(rb'/Width (\d+)', hdr).group(1))
            h = int(re.search(rb'/Height (\d+)', hdr).group(1))
            ch = 3 if b'DeviceRGB' in hdr else 1
            rows = [list(raw[y * w * ch:(y + 1) * w * ch:ch]) for y in range(h)]
            images.append((w, h, rows))
    return {'text': '\n'.join(pages), 'uris': uris, 'images': images, 'npages': len(pages)}
