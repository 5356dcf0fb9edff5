"""Small deterministic PDF 1.4/1.7 writer (standard Type1 fonts, Flate streams,
grey/RGB images, URI link annotations) and a text extractor for PDFs made here."""
import hashlib
import re
import zlib

HELV = {32: 278, 33: 278, 34: 355, 35: 556, 36: 556, 37: 889, 38: 667, 39: 191, 40: 333, 41: 333, 42: 389,
        43: 584, 44: 278, 45: 333, 46: 278, 47: 278, 58: 278, 59: 278, 60: 584, 61: 584, 62: 584, 63: 556,
        64: 1015, 65: 667, 66: 667, 67: 722, 68: 722, 69: 667, 70: 611, 71: 778, 72: 722, 73: 278, 74: 500,
        75: 667, 76: 556, 77: 833, 78: 722, 79: 778, 80: 667, 81: 778, 82: 722, 83: 667, 84: 611, 85: 722,
        86: 667, 87: 944, 88: 667, 89: 667, 90: 611, 91: 278, 92: 278, 93: 278, 94: 469, 95: 556, 96: 333,
        97: 556, 98: 556, 99: 500, 100: 556, 101: 556, 102: 278, 103: 556, 104: 556, 105: 222, 106: 222,
        107: 500, 108: 222, 109: 833, 110: 556, 111: 556, 112: 556, 113: 556, 114: 333, 115: 500, 116: 278,
        117: 556, 118: 500, 119: 722, 120: 500, 121: 500, 122: 500, 123: 334, 124: 260, 125: 334, 126: 584}
HELVB = {32: 278, 33: 333, 34: 474, 35: 556, 36: 556, 37: 889, 38: 722, 39: 238, 40: 333, 41: 333, 42: 389,
         43: 584, 44: 278, 45: 333, 46: 278, 47: 278, 58: 333, 59: 333, 60: 584, 61: 584, 62: 584, 63: 611,
         64: 975, 65: 722, 66: 722, 67: 722, 68: 722, 69: 667, 70: 611, 71: 778, 72: 722, 73: 278, 74: 556,
         75: 722, 76: 611, 77: 833, 78: 722, 79: 778, 80: 667, 81: 778, 82: 722, 83: 667, 84: 611, 85: 722,
         86: 667, 87: 944, 88: 667, 89: 667, 90: 611, 91: 333, 92: 278, 93: 333, 94: 584, 95: 556, 96: 333,
         97: 556, 98: 611, 99: 556, 100: 611, 101: 556, 102: 333, 103: 611, 104: 611, 105: 278, 106: 278,
         107: 556, 108: 278, 109: 889, 110: 611, 111: 611, 112: 611, 113: 611, 114: 389, 115: 556, 116: 333,
         117: 611, 118: 556, 119: 778, 120: 556, 121: 556, 122: 500, 123: 389, 124: 280, 125: 389, 126: 584}
for _d in (HELV, HELVB):
    for _c in range(48, 58):
        _d[_c] = 556

# glyph names for characters outside cp1252 that we may need
EXTRA_GLYPHS = {
    'ą': 'aogonek', 'Ą': 'Aogonek', 'ć': 'cacute', 'Ć': 'Cacute', 'ę': 'eogonek', 'Ę': 'Eogonek',
    'ł': 'lslash', 'Ł': 'Lslash', 'ń': 'nacute', 'Ń': 'Nacute', 'ś': 'sacute', 'Ś': 'Sacute',
    'ź': 'zacute', 'Ź': 'Zacute', 'ż': 'zdotaccent', 'Ż': 'Zdotaccent', 'č': 'ccaron', 'Č': 'Ccaron',
    'ř': 'rcaron', 'ě': 'ecaron', 'ő': 'ohungarumlaut', 'ű': 'uhungarumlaut', 'ş': 'scedilla',
    'ğ': 'gbreve', 'ı': 'dotlessi', '−': 'minus',
}
# cp1252 slots we are willing to overwrite for extra glyphs (rarely used symbols)
FREE_SLOTS = [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xA4, 0xA6, 0xA8, 0xAA, 0xAC, 0xAF, 0xB1, 0xB2, 0xB3, 0xB4,
              0xB5, 0xB6, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE, 0x88, 0x98, 0x99, 0x9B, 0x8B]


class Encoding:
    def __init__(self, texts):
        used = set()
        for t in texts:
            used.update(t)
        self.map = {}
        self.diffs = []
        taken = set()
        for ch in used:
            try:
                b = ch.encode('cp1252')
                taken.add(b[0])
            except UnicodeEncodeError:
                pass
        slots = [s for s in FREE_SLOTS if s not in taken]
        for ch in sorted(used):
            try:
                self.map[ch] = ch.encode('cp1252')[0]
            except UnicodeEncodeError:
                if ch not in EXTRA_GLYPHS:
                    raise ValueError('no glyph for %r' % ch)
                s = slots.pop(0)
                self.map[ch] = s
                self.diffs.append((s, EXTRA_GLYPHS[ch]))
        self.diffs.sort()

    def encode(self, s):
        return bytes(self.map[c] for c in s)

    def pdf_dict(self):
        if not self.diffs:
            return '/WinAnsiEncoding'
        d = ' '.join('%d /%s' % (c, n) for c, n in self.diffs)
        return '<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [ %s ] >>' % d


def _esc(b):
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b'\\' + bytes([c])
        elif c < 32 or c > 126:
            out += b'\\%03o' % c
        else:
            out.append(c)
    return bytes(out)


def text_width(s, size, bold=False):
    tab = HELVB if bold else HELV
    w = 0
    for ch in s:
        o = ord(ch)
        if o in tab:
            w += tab[o]
        else:
            base = {'ä': 'a', 'ö': 'o', 'ü': 'u', 'Ä': 'A', 'Ö': 'O', 'Ü': 'U', 'ß': 'B', '€': '0', '–': '-',
                    '—': 'M', '„': ',', '“': '"', '”': '"', '’': "'", '‘': "'", '•': '-', '°': 'o', '§': 's',
                    'ł': 'l', 'Ł': 'L'}.get(ch)
            if base is None:
                import unicodedata
                base = unicodedata.normalize('NFD', ch)[0]
            w += tab.get(ord(base), 556)
    return w * size / 1000.0


class Page:
    def __init__(self, doc, w=595.28, h=841.89):
        self.doc = doc
        self.w, self.h = w, h
        self.ops = []  # list of (kind, data)
        self.annots = []
        self.images = []

    def text(self, x, y, s, size=10, bold=False, gray=0.0, color=None):
        self.ops.append(('t', (x, y, s, size, bold, gray, color)))
        self.doc._texts.append(s)

    def text_right(self, xr, y, s, size=10, bold=False, gray=0.0):
        self.text(xr - text_width(s, size, bold), y, s, size, bold, gray)

    def text_center(self, xc, y, s, size=10, bold=False, gray=0.0, color=None):
        self.text(xc - text_width(s, size, bold) / 2, y, s, size, bold, gray, color)

    def para(self, x, y, s, width, size=10, leading=None, bold=False, gray=0.0):
        """Wrap s into width; return y after last line."""
        leading = leading or size * 1.35
        for raw in s.split('\n'):
            words = raw.split(' ')
            line = ''
            for w in words:
                cand = (line + ' ' + w) if line else w
                if text_width(cand, size, bold) > width and line:
                    self.text(x, y, line, size, bold, gray)
                    y -= leading
                    line = w
                else:
                    line = cand
            self.text(x, y, line, size, bold, gray)
            y -= leading
        return y

    def line(self, x1, y1, x2, y2, width=0.5, gray=0.0):
        self.ops.append(('l', (x1, y1, x2, y2, width, gray)))

    def rect(self, x, y, w, h, fill=None, stroke=None, width=0.5):
        self.ops.append(('r', (x, y, w, h, fill, stroke, width)))

    def image(self, img, x, y, w, h):
        name = self.doc._add_image(img)
        self.images.append(name)
        self.ops.append(('i', (name, x, y, w, h)))

    def link(self, x, y, w, h, uri):
        self.annots.append((x, y, w, h, uri))
        self.doc._uris.append(uri)


def _col(c):
    if isinstance(c, (int, float)):
        return '%.3f g' % c, '%.3f G' % c
    r, g, b = c
    return '%.3f %.3f %.3f rg' % (r, g, b), '%.3f %.3f %.3f RG' % (r, g, b)


class Document:
    def __init__(self, title='', author='', creator='', producer='', created='20261001120000', tz="+02'00'",
                 subject='', version='1.7', keywords=''):
        self.pages = []
        self.info = dict(title=title, author=author, creator=creator, producer=producer, subject=subject, keywords=keywords)
        self.created = created
        self.tz = tz
        self.version = version
        self._texts = []
        self._uris = []
        self._images = []

    def page(self):
        p = Page(self)
        self.pages.append(p)
        return p

    def _add_image(self, img):
        # img: dict(kind='gray'|'rgb', w, h, data bytes)
        self._images.append(img)
        return 'Im%d' % len(self._images)

    def _content(self, page, enc):
        out = []
        for kind, d in page.ops:
            if kind == 't':
                x, y, s, size, bold, gray, color = d
                fill = _col(color if color is not None else gray)[0]
                out.append('BT %s /%s %.1f Tf %.2f %.2f Td (%s) Tj ET' % (
                    fill, 'F2' if bold else 'F1', size, x, y, _esc(enc.encode(s)).decode('latin-1')))
            elif kind == 'l':
                x1, y1, x2, y2, w, g = d
                out.append('%s %.2f w %.2f %.2f m %.2f %.2f l S' % (_col(g)[1], w, x1, y1, x2, y2))
            elif kind == 'r':
                x, y, w, h, fill, stroke, lw = d
                s = ''
                if fill is not None:
                    s += _col(fill)[0] + ' '
                if stroke is not None:
                    s += _col(stroke)[1] + ' %.2f w ' % lw
                op = 'B' if (fill is not None and stroke is not None) else ('f' if fill is not None else 'S')
                out.append('%s%.2f %.2f %.2f %.2f re %s' % (s, x, y, w, h, op))
            elif kind == 'i':
                name, x, y, w, h = d
                out.append('q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q' % (w, h, x, y, name))
        return ('\n'.join(out) + '\n').encode('latin-1')

    def _date(self):
        return "D:%s%s" % (self.created, self.tz)

    def build(self):
        enc = Encoding(self._texts)
        objs = {}
        n_fixed = 5
        # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info
        nxt = [n_fixed + 1]

        def alloc():
            v = nxt[0]
            nxt[0] += 1
            return v
        img_ids = {}
        for i, img in enumerate(self._images):
            oid = alloc()
            img_ids['Im%d' % (i + 1)] = oid
            data = zlib.compress(img['data'], 9)
            cs = '/DeviceGray' if img['kind'] == 'gray' else '/DeviceRGB'
            objs[oid] = ('<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s '
                         '/BitsPerComponent 8 /Interpolate false /Filter /FlateDecode /Length %d >>\nstream\n'
                         % (img['w'], img['h'], cs, len(data))).encode() + data + b'\nendstream'
        page_ids = []
        for p in self.pages:
            pid = alloc()
            cid = alloc()
            page_ids.append(pid)
            content = zlib.compress(self._content(p, enc), 9)
            objs[cid] = ('<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(content)).encode() + content + b'\nendstream'
            xo = ''
            if p.images:
                xo = ' /XObject << %s >>' % ' '.join('/%s %d 0 R' % (n, img_ids[n]) for n in sorted(set(p.images)))
            annots = ''
            if p.annots:
                aids = []
                for (x, y, w, h, uri) in p.annots:
                    aid = alloc()
                    aids.append(aid)
                    objs[aid] = ('<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] '
                                 '/A << /Type /Action /S /URI /URI (%s) >> >>' % (x, y, x + w, y + h, uri)).encode()
                annots = ' /Annots [%s]' % ' '.join('%d 0 R' % a for a in aids)
            objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Contents %d 0 R '
                         '/Resources << /Font << /F1 3 0 R /F2 4 0 R >>%s /ProcSet [/PDF /Text /ImageC /ImageB] >>%s >>'
                         % (p.w, p.h, cid, xo, annots)).encode()
        objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
        objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % i for i in page_ids), len(page_ids))).encode()
        ed = enc.pdf_dict()
        objs[3] = ('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %s >>' % ed).encode()
        objs[4] = ('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %s >>' % ed).encode()

        def pstr(s):
            try:
                b = s.encode('latin-1')
                return '(' + _esc(b).decode('latin-1') + ')'
            except UnicodeEncodeError:
                return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'
        info = ['/CreationDate (%s)' % self._date(), '/ModDate (%s)' % self._date()]
        for k in ('title', 'author', 'subject', 'keywords', 'creator', 'producer'):
            if self.info[k]:
                info.append('/%s %s' % (k.capitalize(), pstr(self.info[k])))
        objs[5] = ('<< %s >>' % ' '.join(info)).encode('latin-1')
        out = bytearray(('%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n' % self.version).encode('latin-1'))
        offsets = {}
        for oid in sorted(objs):
            offsets[oid] = len(out)
            out += b'%d 0 obj\n' % oid + objs[oid] + b'\nendobj\n'
        xref = len(out)
        n = max(objs) + 1
        out += b'xref\n0 %d\n0000000000 65535 f \n' % n
        for oid in range(1, n):
            out += b'%010d 00000 n \n' % offsets[oid]
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += ('trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
                % (n, fid, fid, xref)).encode()
        return bytes(out)


def qr_image(matrix, border=4):
    n = len(matrix)
    size = n + 2 * border
    data = bytearray()
    for y in range(size):
        for x in range(size):
            mx, my = x - border, y - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            data.append(0 if dark else 255)
    return dict(kind='gray', w=size, h=size, data=bytes(data))


# ------------------------------------------------------------------ reading back
def _unesc(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                v = 0
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    v = v * 8 + s[j] - 0x30
                    j += 1
                out.append(v)
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


GLYPH_TO_CHAR = {v: k for k, v in EXTRA_GLYPHS.items()}


def extract(pdf):
    """Return dict(text=..., uris=[...], images=[dict(w,h,kind,data)]) for PDFs written by this module."""
    diffs = {}
    m = re.search(rb'/Differences \[([^\]]*)\]', pdf)
    if m:
        toks = m.group(1).split()
        code = None
        for t in toks:
            if t.startswith(b'/'):
                diffs[code] = GLYPH_TO_CHAR[t[1:].decode()]
                code += 1
            else:
                code = int(t)
    def dec(b):
        return ''.join(diffs.get(c) or bytes([c]).decode('cp1252') for c in b)
    texts = []
    images = []
    for sm in re.finditer(rb'<<(.*?)>>\nstream\n', pdf, re.S):
        d = sm.group(1)
        ln = int(re.search(rb'/Length (\d+)', d).group(1))
        start = sm.end()
        data = pdf[start:start + ln]
        if b'/FlateDecode' in d:
            data = zlib.decompress(data)
        if b'/Subtype /Image' in d:
            w = int(re.search(rb'/Width (\d+)', d).group(1))
            h = int(re.search(rb'/Height (\d+)', d).group(1))
            images.append(dict(w=w, h=h, kind='gray' if b'DeviceGray' in d else 'rgb', data=data))
            continue
        lines = []
        for tm in re.finditer(rb'\(((?:\\.|[^\\)])*)\) Tj', data):
            lines.append(dec(_unesc(tm.group(1))))
        texts.append('\n'.join(lines))
    uris = [u.decode('latin-1') for u in re.findall(rb'/URI \(([^)]*)\)', pdf)]
    return dict(text='\n'.join(texts), uris=uris, images=images)


def image_rows(img):
    w = img['w']
    ch = 1 if img['kind'] == 'gray' else 3
    data = img['data']
    rows = []
    for y in range(img['h']):
        r = data[y * w * ch:(y + 1) * w * ch]
        if ch == 3:
            r = bytes((r[i] * 30 + r[i + 1] * 59 + r[i + 2] * 11) // 100 for i in range(0, len(r), 3))
        rows.append(r)
    return rows
