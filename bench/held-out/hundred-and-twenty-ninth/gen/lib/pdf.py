"""Small PDF 1.7 writer with embedded (glyph-stripped) TrueType fonts, images, links,
embedded files; plus a text/image extractor used by the verification step."""
import hashlib
import re
import zlib

from . import ttf, qr as qrmod

A4 = (595.28, 841.89)


def _pdfstr(s):
    """Literal string for Info / URI values (ASCII or UTF-16BE with BOM)."""
    try:
        s.encode('ascii')
        return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'
    except UnicodeEncodeError:
        return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'


def _num(v):
    if isinstance(v, int):
        return str(v)
    s = ('%.3f' % v).rstrip('0').rstrip('.')
    return s if s not in ('-0', '') else '0'


def _rgb(col):
    col = col.lstrip('#')
    return tuple(int(col[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


class Doc:
    def __init__(self, title='', author='', creator='Microsoft® Word für Microsoft 365',
                 producer='Microsoft® Word für Microsoft 365', created='20261014101200+02\'00\'',
                 modified=None, size=A4, lang='de-DE', subject=None, keywords=None):
        self.info = {'Title': title, 'Author': author, 'Creator': creator, 'Producer': producer,
                     'CreationDate': 'D:' + created, 'ModDate': 'D:' + (modified or created)}
        if subject:
            self.info['Subject'] = subject
        if keywords:
            self.info['Keywords'] = keywords
        self.size = size
        self.lang = lang
        self.pages = []
        self.used = {'regular': set(), 'bold': set()}
        self.images = []
        self.embedded = []
        self.cur = None
        self.new_page()

    # ------------------------------------------------------------- drawing
    def new_page(self):
        self.cur = {'ops': [], 'links': [], 'images': set()}
        self.pages.append(self.cur)
        return self.cur

    def text(self, x, y, s, size=10, bold=False, color='#000000', align='left'):
        w = 'bold' if bold else 'regular'
        f = ttf.load(w)
        if align != 'left':
            tw = f.width(s, size)
            x = x - tw if align == 'right' else x - tw / 2.0
        gids = []
        for ch in s:
            g = f.gid(ch)
            if g == 0 and ch not in '\t':
                raise ValueError('glyph missing for %r' % ch)
            gids.append(g)
            self.used[w].add((g, ch))
        hexs = ''.join('%04X' % g for g in gids)
        r, g_, b = _rgb(color)
        self.cur['ops'].append('BT %s %s %s rg /%s %s Tf %s %s Td <%s> Tj ET' % (
            _num(r), _num(g_), _num(b), 'F2' if bold else 'F1', _num(size), _num(x), _num(y), hexs))
        return f.width(s, size)

    def width(self, s, size=10, bold=False):
        return ttf.load('bold' if bold else 'regular').width(s, size)

    def para(self, x, y, s, width, size=10, leading=None, bold=False, color='#000000'):
        """Wrap text into lines; returns y after the paragraph."""
        leading = leading or size * 1.35
        for raw_line in s.split('\n'):
            words = raw_line.split(' ')
            line = ''
            for wd in words:
                cand = (line + ' ' + wd) if line else wd
                if self.width(cand, size, bold) > width and line:
                    self.text(x, y, line, size, bold, color)
                    y -= leading
                    line = wd
                else:
                    line = cand
            if line:
                self.text(x, y, line, size, bold, color)
            y -= leading
        return y

    def line(self, x0, y0, x1, y1, w=0.5, color='#000000'):
        r, g, b = _rgb(color)
        self.cur['ops'].append('%s %s %s RG %s w %s %s m %s %s l S' % (
            _num(r), _num(g), _num(b), _num(w), _num(x0), _num(y0), _num(x1), _num(y1)))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        ops = []
        if fill:
            ops.append('%s %s %s rg' % tuple(_num(v) for v in _rgb(fill)))
        if stroke:
            ops.append('%s %s %s RG %s w' % (tuple(_num(v) for v in _rgb(stroke)) + (_num(lw),)))
        ops.append('%s %s %s %s re %s' % (_num(x), _num(y), _num(w), _num(h),
                                         'B' if fill and stroke else ('f' if fill else 'S')))
        self.cur['ops'].append(' '.join(ops))

    def link(self, x, y, w, h, uri):
        self.cur['links'].append((x, y, w, h, uri))

    def image(self, x, y, w, h, pixels, pw, ph, mode='L'):
        idx = len(self.images)
        self.images.append((pw, ph, mode, bytes(pixels)))
        name = 'Im%d' % (idx + 1)
        self.cur['images'].add(name)
        self.cur['ops'].append('q %s 0 0 %s %s %s cm /%s Do Q' % (_num(w), _num(h), _num(x), _num(y), name))

    def qr(self, x, y, size, payload, ecl='M', border=4):
        m = qrmod.encode(payload, ecl)
        n = len(m) + 2 * border
        px = bytearray(b'\xff' * (n * n))
        for r, row in enumerate(m):
            for c, v in enumerate(row):
                if v:
                    px[(r + border) * n + c + border] = 0
        self.image(x, y, size, size, px, n, n, 'L')
        return m

    def png_image(self, x, y, w, h, canvas):
        self.image(x, y, w, h, canvas.px, canvas.w, canvas.h, 'RGB')

    def table(self, x, y, cols, rows, size=8.5, leading=12, header_fill='#e8e8e8', bold_header=True,
              grid='#999999'):
        """cols: list of (width, align). rows: list of lists of str. Returns y below table."""
        total = sum(c[0] for c in cols)
        for ri, row in enumerate(rows):
            if ri == 0 and header_fill:
                self.rect(x, y - leading + 3, total, leading, fill=header_fill)
            cx = x
            for ci, cell in enumerate(row):
                w, al = cols[ci]
                if al == 'right':
                    self.text(cx + w - 3, y - leading + 6, cell, size, ri == 0 and bold_header, align='right')
                elif al == 'center':
                    self.text(cx + w / 2.0, y - leading + 6, cell, size, ri == 0 and bold_header, align='center')
                else:
                    self.text(cx + 3, y - leading + 6, cell, size, ri == 0 and bold_header)
                cx += w
            y -= leading
            if grid:
                self.line(x, y + 3, x + total, y + 3, 0.3, grid)
        return y

    def attach(self, name, data, mime='application/xml', desc='', relationship='Alternative'):
        self.embedded.append((name, data, mime, desc, relationship))

    # ------------------------------------------------------------- output
    def _font_objs(self, add, weight):
        f = ttf.load(weight)
        used = sorted(self.used[weight])
        gids = sorted({g for g, _ in used})
        tag = ''.join(chr(65 + b % 26) for b in hashlib.md5(
            (weight + ','.join(map(str, gids))).encode()).digest()[:6])
        base = '%s+%s' % (tag, f.name)
        sub = f.subset(gids)
        ff = add(None, stream=sub, extra='/Length1 %d' % len(sub))
        sc = 1000.0 / f.units
        desc = add('<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%s] /ItalicAngle 0 '
                   '/Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>' % (
                       base, ' '.join(str(int(v * sc)) for v in f.bbox), int(f.ascent * sc),
                       int(f.descent * sc), int(f.cap_height * sc), 120 if weight == 'bold' else 80, ff))
        w = ' '.join('%d [%d]' % (g, int(round(f.adv[g] * sc))) for g in gids)
        cid = add('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) '
                  '/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /W [%s] /CIDToGIDMap /Identity >>'
                  % (base, desc, w))
        cmap_lines = []
        pairs = {}
        for g, ch in used:
            pairs.setdefault(g, ch)
        items = sorted(pairs.items())
        for i in range(0, len(items), 100):
            chunk = items[i:i + 100]
            cmap_lines.append('%d beginbfchar' % len(chunk))
            for g, ch in chunk:
                cmap_lines.append('<%04X> <%s>' % (g, ch.encode('utf-16-be').hex().upper()))
            cmap_lines.append('endbfchar')
        cmap = ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
                '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
                '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n'
                'endcodespacerange\n%s\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n'
                % '\n'.join(cmap_lines)).encode()
        tu = add(None, stream=cmap)
        return add('<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H '
                   '/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>' % (base, cid, tu))

    def build(self):
        objs = []

        def add(body, stream=None, extra='', compress=True):
            if stream is not None:
                data = zlib.compress(stream, 9) if compress else stream
                filt = '/Filter /FlateDecode ' if compress else ''
                d = ('<< %s/Length %d%s >>\nstream\n' % (filt, len(data), (' ' + extra) if extra else '')).encode('latin-1')
                objs.append(d + data + b'\nendstream')
            else:
                objs.append(body.encode('latin-1'))
            return len(objs)
        # reserve catalog (1) and pages (2)
        objs.append(None)
        objs.append(None)
        fonts = {}
        if self.used['regular']:
            fonts['F1'] = self._font_objs(add, 'regular')
        if self.used['bold']:
            fonts['F2'] = self._font_objs(add, 'bold')
        img_ids = []
        for (pw, ph, mode, px) in self.images:
            cs = '/DeviceGray' if mode == 'L' else '/DeviceRGB'
            img_ids.append(add(None, stream=px, extra='/Type /XObject /Subtype /Image /Width %d /Height %d '
                               '/ColorSpace %s /BitsPerComponent 8 /Interpolate false' % (pw, ph, cs)))
        page_ids = []
        fontres = ' '.join('/%s %d 0 R' % (k, v) for k, v in sorted(fonts.items()))
        for pg in self.pages:
            content = add(None, stream=('\n'.join(pg['ops']) + '\n').encode('latin-1'))
            annots = []
            for (x, y, w, h, uri) in pg['links']:
                annots.append(add('<< /Type /Annot /Subtype /Link /Rect [%s %s %s %s] /Border [0 0 0] '
                                  '/A << /Type /Action /S /URI /URI %s >> >>' % (
                                      _num(x), _num(y), _num(x + w), _num(y + h), _pdfstr(uri))))
            xo = ' '.join('/%s %d 0 R' % (n, img_ids[int(n[2:]) - 1]) for n in sorted(pg['images']))
            res = '<< /Font << %s >> /ProcSet [/PDF /Text /ImageB /ImageC]%s >>' % (
                fontres, (' /XObject << %s >>' % xo) if xo else '')
            page_ids.append(add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Resources %s '
                                '/Contents %d 0 R%s >>' % (
                                    _num(self.size[0]), _num(self.size[1]), res, content,
                                    (' /Annots [%s]' % ' '.join('%d 0 R' % a for a in annots)) if annots else '')))
        objs[1] = ('<< /Type /Pages /Count %d /Kids [%s] >>' % (
            len(page_ids), ' '.join('%d 0 R' % p for p in page_ids))).encode()
        extra_cat = ''
        if self.embedded:
            names = []
            afs = []
            for (name, data, mime, desc, rel) in self.embedded:
                ef = add(None, stream=data, extra='/Type /EmbeddedFile /Subtype /%s /Params << /Size %d >>' % (
                    mime.replace('/', '#2F'), len(data)))
                fs = add('<< /Type /Filespec /F %s /UF %s /Desc %s /AFRelationship /%s /EF << /F %d 0 R /UF %d 0 R >> >>'
                         % (_pdfstr(name), _pdfstr(name), _pdfstr(desc), rel, ef, ef))
                names.append('%s %d 0 R' % (_pdfstr(name), fs))
                afs.append('%d 0 R' % fs)
            extra_cat = ' /Names << /EmbeddedFiles << /Names [%s] >> >> /AF [%s]' % (' '.join(names), ' '.join(afs))
        objs[0] = ('<< /Type /Catalog /Pages 2 0 R /Lang %s%s >>' % (_pdfstr(self.lang), extra_cat)).encode()
        info = add('<< %s >>' % ' '.join('/%s %s' % (k, _pdfstr(v)) for k, v in self.info.items() if v))
        out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
        offs = []
        for i, o in enumerate(objs):
            offs.append(len(out))
            out += ('%d 0 obj\n' % (i + 1)).encode() + o + b'\nendobj\n'
        xref = len(out)
        out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
        for o in offs:
            out += ('%010d 00000 n \n' % o).encode()
        did = hashlib.md5(bytes(out)).hexdigest().upper()
        out += ('trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
            len(objs) + 1, info, did, did, xref)).encode()
        return bytes(out)


# ---------------------------------------------------------------- reading (verification)
_OBJ = re.compile(rb'(\d+) 0 obj\n(.*?)\nendobj\n', re.S)


def parse(data):
    """Return dict objnum -> (dict_text, stream_bytes or None). Checks xref offsets."""
    assert data.startswith(b'%PDF-'), 'not a PDF'
    objs = {}
    for m in _OBJ.finditer(data):
        n = int(m.group(1))
        body = m.group(2)
        stream = None
        if b'stream\n' in body:
            head, rest = body.split(b'stream\n', 1)
            ln = int(re.search(rb'/Length (\d+)', head).group(1))
            raw = rest[:ln]
            assert rest[ln:].strip() == b'endstream', 'bad stream length in obj %d' % n
            if b'/FlateDecode' in head:
                raw = zlib.decompress(raw)
            stream = raw
            body = head
        objs[n] = (body.decode('latin-1'), stream)
    sx = int(re.search(rb'startxref\n(\d+)', data).group(1))
    assert data[sx:sx + 4] == b'xref', 'startxref wrong'
    tbl = data[sx:].split(b'trailer')[0].split(b'\n')
    cnt = int(tbl[1].split()[1])
    for i in range(1, cnt):
        off = int(tbl[2 + i][:10])
        assert data[off:off + len(b'%d 0 obj' % i)] == b'%d 0 obj' % i, 'xref offset mismatch %d' % i
    return objs


def extract(data):
    """Return (text, images, uris, embedded) from a PDF produced by this module."""
    objs = parse(data)
    tounicode = {}
    for n, (d, s) in objs.items():
        m = re.search(r'/Type /Font /Subtype /Type0.*?/ToUnicode (\d+) 0 R', d)
        if m:
            cm = objs[int(m.group(1))][1].decode('latin-1')
            mp = {}
            for a, b in re.findall(r'<([0-9A-F]{4})> <([0-9A-F]+)>', cm):
                mp[int(a, 16)] = bytes.fromhex(b).decode('utf-16-be')
            tounicode[n] = mp
    text_parts = []
    for n, (d, s) in objs.items():
        if '/Type /Page ' not in d and not d.startswith('<< /Type /Page '):
            continue
        fm = dict((k, int(v)) for k, v in re.findall(r'/(F\d) (\d+) 0 R', d))
        cn = int(re.search(r'/Contents (\d+) 0 R', d).group(1))
        content = objs[cn][1].decode('latin-1')
        for font, hexs in re.findall(r'/(F\d) [\d.]+ Tf [-\d.]+ [-\d.]+ Td <([0-9A-F]*)> Tj', content):
            mp = tounicode[fm[font]]
            text_parts.append(''.join(mp[int(hexs[i:i + 4], 16)] for i in range(0, len(hexs), 4)))
    images = []
    for n, (d, s) in objs.items():
        if '/Subtype /Image' in d:
            w = int(re.search(r'/Width (\d+)', d).group(1))
            h = int(re.search(r'/Height (\d+)', d).group(1))
            if '/DeviceGray' in d:
                images.append((w, h, s))
            else:
                g = bytes((s[3 * i] * 299 + s[3 * i + 1] * 587 + s[3 * i + 2] * 114) // 1000 for i in range(w * h))
                images.append((w, h, g))
    uris = []
    for n, (d, s) in objs.items():
        for u in re.findall(r'/URI \(((?:[^()\\]|\\.)*)\)', d):
            uris.append(u.replace('\\(', '(').replace('\\)', ')').replace('\\\\', '\\'))
    emb = []
    for n, (d, s) in objs.items():
        if '/Type /EmbeddedFile' in d:
            emb.append(s)
    return '\n'.join(text_parts), images, uris, emb
