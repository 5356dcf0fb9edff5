"""Small deterministic PDF writer (text, lines, boxes, images) and a text /
image extractor used by the verifier.

Two font modes:
  'std' - Helvetica / Helvetica-Bold, WinAnsiEncoding (Latin-1 texts)
  'ttf' - DejaVu Sans (regular/bold) embedded as subset CIDFontType2 with a
          ToUnicode CMap (any script: Polish, Greek, Cyrillic ...)
"""
import os
import re
import zlib

from . import ttf as _ttf

_HERE = os.path.dirname(os.path.abspath(__file__))
_FONT_DIR = '/usr/share/fonts/truetype/dejavu'  # Debian's fonts-dejavu-core: the files the set was built with
_TTF_CACHE = {}


def _font(bold):
    key = 'DejaVuSans-Bold.ttf' if bold else 'DejaVuSans.ttf'
    if key not in _TTF_CACHE:
        _TTF_CACHE[key] = _ttf.TTF(os.path.join(_FONT_DIR, key))
    return _TTF_CACHE[key]


_HELV = {}
for _c, _w in zip(' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
                  [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 +
                  [278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556,
                   833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
                   333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333,
                   500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]):
    _HELV[_c] = _w


def text_width(s, size, bold=False, mode='std'):
    if mode == 'ttf':
        f = _font(bold)
        return sum(f.width(c) for c in s) * size / 1000.0
    k = 1.06 if bold else 1.0
    return sum(_HELV.get(c, 556) for c in s) * size / 1000.0 * k


def wrap(s, width, size, bold=False, mode='std'):
    out = []
    for para in s.split('\n'):
        words = para.split(' ')
        line = ''
        for w in words:
            cand = (line + ' ' + w) if line else w
            if text_width(cand, size, bold, mode) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def _lit(b):
    out = b'('
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out += b'\\' + bytes([ch])
        elif ch < 32 or ch > 126:
            out += b'\\%03o' % ch
        else:
            out += bytes([ch])
    return out + b')'


class Page:
    def __init__(self, doc, w=595.28, h=841.89):
        self.doc = doc
        self.w, self.h = w, h
        self.ops = []
        self.images = []

    def text(self, x, y, s, size=10, bold=False, align='left', gray=0):
        if align != 'left':
            tw = text_width(s, size, bold, self.doc.mode)
            x = x - tw if align == 'right' else x - tw / 2
        fname = self.doc.font_name(bold)
        enc = self.doc.encode_text(s, bold)
        col = b'%.3f g ' % gray if gray else b''
        self.ops.append(col + b'BT /%s %.1f Tf %.2f %.2f Td %s Tj ET' % (fname.encode(), size, x, y, enc)
                        + (b' 0 g' if gray else b''))

    def para(self, x, y, s, width, size=10, bold=False, leading=None):
        leading = leading or size * 1.3
        for line in wrap(s, width, size, bold, self.doc.mode):
            self.text(x, y, line, size, bold)
            y -= leading
        return y

    def line(self, x1, y1, x2, y2, w=0.5, gray=0):
        self.ops.append(b'%.3f G %.2f w %.2f %.2f m %.2f %.2f l S 0 G' % (gray, w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, fill=None, stroke=0.5):
        if fill is not None:
            self.ops.append(b'%.3f g %.2f %.2f %.2f %.2f re f 0 g' % (fill, x, y, w, h))
        if stroke:
            self.ops.append(b'%.2f w %.2f %.2f %.2f %.2f re S' % (stroke, x, y, w, h))

    def color_rect(self, x, y, w, h, rgb):
        self.ops.append(b'%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f 0 g' % (rgb + (x, y, w, h)))

    def image_gray(self, x, y, w, h, pixels, pw, ph):
        name = 'Im%d' % (len(self.doc.images) + 1)
        self.doc.images.append((name, pw, ph, bytes(v for row in pixels for v in row)))
        self.images.append(name)
        self.ops.append(b'q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q' % (w, h, x, y, name.encode()))

    def qr(self, x, y, size, matrix, border=4):
        n = len(matrix) + 2 * border
        px = [[0 if (0 <= yy - border < len(matrix) and 0 <= xx - border < len(matrix)
                     and matrix[yy - border][xx - border]) else 255 for xx in range(n)] for yy in range(n)]
        self.image_gray(x, y, size, size, px, n, n)

    def link(self, x, y, w, h, uri):
        self.doc.links.append((self, (x, y, x + w, y + h), uri))


class PDF:
    def __init__(self, mode='std', title='', author='', creator='', producer='', date='D:20261001120000+02\'00\''):
        self.mode = mode
        self.pages = []
        self.images = []
        self.links = []
        self.info = dict(Title=title, Author=author, Creator=creator, Producer=producer,
                         CreationDate=date, ModDate=date)
        self.used = {False: set(), True: set()}

    def page(self, w=595.28, h=841.89):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    def font_name(self, bold):
        return 'F2' if bold else 'F1'

    def encode_text(self, s, bold):
        if self.mode == 'std':
            return _lit(s.encode('cp1252'))
        f = _font(bold)
        out = []
        for ch in s:
            g = f.gid(ch)
            if g == 0:
                raise ValueError('glyph missing for %r' % ch)
            self.used[bold].add(ch)
            out.append('%04X' % g)
        return ('<' + ''.join(out) + '>').encode()

    # ------------------------------------------------------------ output
    def render(self):
        objs = []

        def add(b):
            objs.append(b)
            return len(objs)

        def stream(dict_extra, data, compress=True):
            if compress:
                data = zlib.compress(data, 9)
                dict_extra += b' /Filter /FlateDecode'
            return b'<< /Length %d%s >>\nstream\n' % (len(data), dict_extra) + data + b'\nendstream'

        catalog = add(None)
        pages_id = add(None)
        fonts = {}
        if self.mode == 'std':
            for key, base in (('F1', 'Helvetica'), ('F2', 'Helvetica-Bold')):
                fonts[key] = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % base.encode())
        else:
            for key, bold in (('F1', False), ('F2', True)):
                f = _font(bold)
                chars = sorted(self.used[bold]) or [' ']
                gids = sorted({f.gid(c) for c in chars})
                prog = f.subset(gids)
                tag = 'EXMPL' + ('B' if bold else 'R')
                base = ('%s+DejaVuSans%s' % (tag, '-Bold' if bold else '')).encode()
                ff = add(stream(b' /Length1 %d' % len(prog), prog))
                sc = 1000.0 / f.units_per_em
                bb = f.bbox
                desc = add(b'<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle 0 '
                           b'/Ascent %d /Descent %d /CapHeight 729 /StemV %d /FontFile2 %d 0 R >>'
                           % (base, bb[0] * sc, bb[1] * sc, bb[2] * sc, bb[3] * sc, f.ascent * sc, f.descent * sc,
                              120 if bold else 80, ff))
                w = b' '.join(b'%d [%d]' % (g, round(f.advances[g] * sc)) for g in gids)
                cid = add(b'<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) '
                          b'/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 600 /W [%s] '
                          b'/CIDToGIDMap /Identity >>' % (base, desc, w))
                cmap = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
                        '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
                        '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
                        '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange']
                pairs = sorted({(f.gid(c), c) for c in chars})
                for i in range(0, len(pairs), 100):
                    chunk = pairs[i:i + 100]
                    cmap.append('%d beginbfchar' % len(chunk))
                    for g, c in chunk:
                        cmap.append('<%04X> <%s>' % (g, c.encode('utf-16-be').hex().upper()))
                    cmap.append('endbfchar')
                cmap += ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end']
                tu = add(stream(b'', '\n'.join(cmap).encode()))
                fonts[key] = add(b'<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H '
                                 b'/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>' % (base, cid, tu))
        img_ids = {}
        for name, pw, ph, data in self.images:
            img_ids[name] = add(stream(b' /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                                       b'/BitsPerComponent 8' % (pw, ph), data))
        font_res = b' '.join(b'/%s %d 0 R' % (k.encode(), v) for k, v in sorted(fonts.items()))
        page_ids = []
        for p in self.pages:
            content = add(stream(b'', b'\n'.join(p.ops)))
            xo = b''
            if p.images:
                xo = b' /XObject << %s >>' % b' '.join(b'/%s %d 0 R' % (n.encode(), img_ids[n]) for n in p.images)
            annots = [l for l in self.links if l[0] is p]
            ann = b''
            if annots:
                aids = []
                for _, r, uri in annots:
                    aids.append(add(b'<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] '
                                    b'/A << /S /URI /URI %s >> >>' % (r + (_lit(uri.encode('latin-1')),))))
                ann = b' /Annots [%s]' % b' '.join(b'%d 0 R' % a for a in aids)
            pid = add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << %s >>%s >> '
                      b'/Contents %d 0 R%s >>' % (pages_id, p.w, p.h, font_res, xo, content, ann))
            page_ids.append(pid)
        objs[catalog - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id
        objs[pages_id - 1] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (
            b' '.join(b'%d 0 R' % i for i in page_ids), len(page_ids))

        def pdfstr(s):
            try:
                return _lit(s.encode('latin-1'))
            except UnicodeEncodeError:
                return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'
        info = add(b'<< ' + b' '.join(b'/%s %s' % (k.encode(), pdfstr(v)) for k, v in self.info.items() if v) + b' >>')
        out = b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'
        offs = []
        for i, o in enumerate(objs):
            offs.append(len(out))
            out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for o in offs:
            out += b'%010d 00000 n \n' % o
        import hashlib
        fid = hashlib.md5(out).hexdigest().upper().encode()
        out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
            len(objs) + 1, catalog, info, fid, fid, xref)
        return out


# ---------------------------------------------------------------- reading
_OBJ_RE = re.compile(rb'(\d+) 0 obj\n(.*?)\nendobj\n', re.S)


def _objects(pdf):
    objs = {}
    for m in _OBJ_RE.finditer(pdf):
        objs[int(m.group(1))] = m.group(2)
    return objs


def _stream_data(obj):
    m = re.match(rb'<<(.*?)>>\nstream\n', obj, re.S)
    if not m:
        return None, None
    d = m.group(1)
    ln = int(re.search(rb'/Length (\d+)', d).group(1))
    start = m.end()
    data = obj[start:start + ln]
    if b'/FlateDecode' in d:
        data = zlib.decompress(data)
    return d, data


def check_structure(pdf):
    """Verify header, xref offsets and trailer. Returns list of problems."""
    probs = []
    if not pdf.startswith(b'%PDF-'):
        probs.append('no %PDF header')
    m = re.search(rb'startxref\n(\d+)\n%%EOF\n?$', pdf)
    if not m:
        return probs + ['no startxref']
    x = int(m.group(1))
    if pdf[x:x + 4] != b'xref':
        probs.append('startxref does not point to xref')
        return probs
    lines = pdf[x:].split(b'\n')
    n = int(lines[1].split()[1])
    for i in range(1, n):
        off = int(lines[2 + i][:10])
        if not pdf[off:].startswith(b'%d 0 obj' % i):
            probs.append('xref entry %d wrong' % i)
    return probs


def extract(pdf):
    """Return (text, [(w, h, gray_rows)], [uris]) from a PDF written above."""
    objs = _objects(pdf)
    fontmaps = {}
    for num, o in objs.items():
        if b'/Subtype /Type0' in o:
            tu = int(re.search(rb'/ToUnicode (\d+) 0 R', o).group(1))
            _, cm = _stream_data(objs[tu])
            mp = {}
            for g, u in re.findall(rb'<([0-9A-F]{4})> <([0-9A-F]+)>', cm):
                mp[g.decode()] = bytes.fromhex(u.decode()).decode('utf-16-be')
            fontmaps[num] = mp
    texts = []
    images = []
    uris = [u.decode('latin-1') for u in re.findall(rb'/URI \((.*?)\) >>', pdf)]
    for num, o in objs.items():
        if o.startswith(b'<< /Type /Page ') and b'/Contents' in o:
            res = dict((k.decode(), int(v)) for k, v in re.findall(rb'/(F\d) (\d+) 0 R', o))
            cnum = int(re.search(rb'/Contents (\d+) 0 R', o).group(1))
            _, content = _stream_data(objs[cnum])
            for fname, s in re.findall(rb'/(F\d) [\d.]+ Tf [\-\d.]+ [\-\d.]+ Td (\(.*?(?<!\\)\)|<[0-9A-F]*>) Tj', content):
                fobj = res[fname.decode()]
                if s.startswith(b'<'):
                    hx = s[1:-1].decode()
                    mp = fontmaps[fobj]
                    texts.append(''.join(mp[hx[i:i + 4]] for i in range(0, len(hx), 4)))
                else:
                    raw = s[1:-1]
                    b = bytearray()
                    i = 0
                    while i < len(raw):
                        if raw[i] == 0x5C:
                            if raw[i + 1:i + 2].isdigit():
                                b.append(int(raw[i + 1:i + 4], 8))
                                i += 4
                            else:
                                b.append(raw[i + 1])
                                i += 2
                        else:
                            b.append(raw[i])
                            i += 1
                    texts.append(bytes(b).decode('cp1252'))
        if b'/Subtype /Image' in o:
            d, data = _stream_data(o)
            w = int(re.search(rb'/Width (\d+)', d).group(1))
            h = int(re.search(rb'/Height (\d+)', d).group(1))
            images.append((w, h, [list(data[r * w:(r + 1) * w]) for r in range(h)]))
    return '\n'.join(texts), images, uris
