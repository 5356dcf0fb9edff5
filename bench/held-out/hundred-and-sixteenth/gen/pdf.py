"""Small PDF 1.7 writer: embedded TrueType subsets (Identity-H + ToUnicode), vector
graphics, greyscale/RGB images, URI link annotations. Plus a text/image extractor
used by the verifier (understands only what this writer produces)."""
import os
import re
import zlib

from ttf import TTF

_HERE = os.path.dirname(os.path.abspath(__file__))
# DejaVu Sans from Debian's fonts-dejavu-core (the set was written with a byte-identical copy of these files,
# left out of git: the build needs the package)
_FONTDIR = "/usr/share/fonts/truetype/dejavu"
_FONTS = {}


def font(name):
    if name not in _FONTS:
        fn = {'R': 'DejaVuSans.ttf', 'B': 'DejaVuSans-Bold.ttf'}[name]
        _FONTS[name] = TTF(os.path.join(_FONTDIR, fn))
    return _FONTS[name]


def text_width(s, size, bold=False):
    f = font('B' if bold else 'R')
    return sum(f.width(f.gid(c)) for c in s) * size / 1000.0


def wrap(s, width, size, bold=False):
    out = []
    for para in s.split('\n'):
        words = para.split(' ')
        line = ''
        for w in words:
            t = (line + ' ' + w) if line else w
            if text_width(t, size, bold) <= width or not line:
                line = t
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def pdfdate(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return "D:%s%s%02d'%02d'" % (dt.strftime('%Y%m%d%H%M%S'), sign, mins // 60, mins % 60)


def _pdfstr(s):
    """Text string for the Info dictionary: PDFDocEncoding if possible, else UTF-16BE hex."""
    try:
        b = s.encode('latin-1')
        if all(32 <= c < 127 for c in b):
            return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'
    except UnicodeEncodeError:
        pass
    return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'


class Page:
    def __init__(self, doc, w, h):
        self.doc, self.w, self.h = doc, w, h
        self.ops = []
        self.links = []
        self.images = set()

    def text(self, x, y, s, size=10, bold=False, color=None, align='left'):
        f = self.doc._use('B' if bold else 'R', s)
        if align == 'right':
            x -= text_width(s, size, bold)
        elif align == 'center':
            x -= text_width(s, size, bold) / 2
        hexs = ''.join('%04X' % f.gid(c) for c in s)
        col = '%.3f %.3f %.3f rg ' % color if color else '0 0 0 rg '
        self.ops.append('BT %s/%s %.1f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET' %
                        (col, 'F2' if bold else 'F1', size, x, y, hexs))
        self.doc.textlog.append(s)

    def para(self, x, y, s, width, size=10, leading=None, bold=False, color=None):
        leading = leading or size * 1.35
        for line in wrap(s, width, size, bold):
            self.text(x, y, line, size, bold, color)
            y -= leading
        return y

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0)):
        self.ops.append('%.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S' % (color + (w, x1, y1, x2, y2)))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        o = []
        if fill:
            o.append('%.3f %.3f %.3f rg' % fill)
        if stroke:
            o.append('%.3f %.3f %.3f RG %.2f w' % (stroke + (lw,)))
        o.append('%.2f %.2f %.2f %.2f re %s' % (x, y, w, h, 'B' if fill and stroke else ('f' if fill else 'S')))
        self.ops.append(' '.join(o))

    def image(self, name, x, y, w, h):
        self.images.add(name)
        self.ops.append('q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q' % (w, h, x, y, name))

    def link(self, x, y, w, h, uri):
        self.links.append((x, y, x + w, y + h, uri))
        self.doc.uris.append(uri)


class PDF:
    def __init__(self, rng, producer, creator='', title='', author='', created=None, subject=''):
        self.rng = rng
        self.producer, self.creator, self.title, self.author, self.subject = producer, creator, title, author, subject
        self.created = created
        self.pages = []
        self.used = {'R': set(), 'B': set()}
        self.img = {}
        self.textlog = []
        self.uris = []
        self.qr_payloads = []

    def _use(self, k, s):
        f = font(k)
        for c in s:
            self.used[k].add(c)
        return f

    def page(self, w=595.28, h=841.89):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    def add_image_gray(self, rows, w, h):
        name = 'Im%d' % (len(self.img) + 1)
        self.img[name] = ('DeviceGray', w, h, b''.join(bytes(r) for r in rows))
        return name

    def add_image_rgb(self, rows, w, h):
        name = 'Im%d' % (len(self.img) + 1)
        self.img[name] = ('DeviceRGB', w, h, b''.join(b''.join(bytes(p) for p in r) for r in rows))
        return name

    def add_qr(self, matrix, payload, quiet=4):
        n = len(matrix)
        sz = n + 2 * quiet
        rows = []
        for y in range(sz):
            rows.append([0 if (0 <= y - quiet < n and 0 <= x - quiet < n and matrix[y - quiet][x - quiet]) else 255
                         for x in range(sz)])
        self.qr_payloads.append(payload)
        return self.add_image_gray(rows, sz, sz)

    def build(self):
        objs = {}
        nxt = [1]

        def new():
            n = nxt[0]
            nxt[0] += 1
            return n
        cat, pages_id, info = new(), new(), new()
        fonts = {}
        for k, res in (('R', 'F1'), ('B', 'F2')):
            if not self.used[k]:
                continue
            f = font(k)
            chars = sorted(self.used[k])
            gmap = {}
            for c in chars:
                gmap.setdefault(f.gid(c), c)
            tag = ''.join(self.rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(6))
            base = '%s+DejaVuSans%s' % (tag, '-Bold' if k == 'B' else '')
            t0, cid, fd, ff, tu = new(), new(), new(), new(), new()
            sub = f.subset(list(gmap))
            objs[ff] = self._stream('/Length1 %d' % len(sub), sub)
            sc = 1000.0 / f.upem
            objs[fd] = ('<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle 0 '
                        '/Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>' %
                        (base, f.bbox[0] * sc, f.bbox[1] * sc, f.bbox[2] * sc, f.bbox[3] * sc,
                         f.ascent * sc, f.descent * sc, f.cap * sc, 120 if k == 'B' else 80, ff)).encode()
            w = ' '.join('%d [%d]' % (g, round(f.width(g))) for g in sorted(gmap))
            objs[cid] = ('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) '
                         '/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [%s] '
                         '/CIDToGIDMap /Identity >>' % (base, fd, w)).encode()
            cm = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
                  '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
                  '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def', '1 begincodespacerange',
                  '<0000> <FFFF>', 'endcodespacerange']
            items = sorted(gmap.items())
            for i in range(0, len(items), 100):
                chunk = items[i:i + 100]
                cm.append('%d beginbfchar' % len(chunk))
                for g, c in chunk:
                    cm.append('<%04X> <%s>' % (g, c.encode('utf-16-be').hex().upper()))
                cm.append('endbfchar')
            cm += ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end']
            objs[tu] = self._stream('', '\n'.join(cm).encode())
            objs[t0] = ('<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] '
                        '/ToUnicode %d 0 R >>' % (base, cid, tu)).encode()
            fonts[res] = t0
        imgids = {}
        for name, (cs, w, h, data) in self.img.items():
            i = new()
            imgids[name] = i
            objs[i] = self._stream('/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s '
                                   '/BitsPerComponent 8 /Interpolate false' % (w, h, cs), data)
        kids = []
        for p in self.pages:
            pid, cid = new(), new()
            kids.append(pid)
            objs[cid] = self._stream('', '\n'.join(p.ops).encode('latin-1'))
            fres = ' '.join('/%s %d 0 R' % (k, v) for k, v in sorted(fonts.items()))
            xres = ' '.join('/%s %d 0 R' % (k, imgids[k]) for k in sorted(p.images))
            res = '<< /ProcSet [/PDF /Text /ImageC /ImageB] /Font << %s >>%s >>' % (
                fres, (' /XObject << %s >>' % xres) if xres else '')
            annots = ''
            if p.links:
                aids = []
                for (x1, y1, x2, y2, uri) in p.links:
                    a = new()
                    aids.append(a)
                    objs[a] = ('<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] '
                               '/A << /Type /Action /S /URI /URI %s >> >>' % (x1, y1, x2, y2, _pdfstr(uri))).encode()
                annots = ' /Annots [%s]' % ' '.join('%d 0 R' % a for a in aids)
            objs[pid] = ('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources %s /Contents %d 0 R%s >>'
                         % (pages_id, p.w, p.h, res, cid, annots)).encode()
        objs[pages_id] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
        objs[cat] = ('<< /Type /Catalog /Pages %d 0 R >>' % pages_id).encode()
        inf = ['/Producer ' + _pdfstr(self.producer)]
        if self.creator:
            inf.append('/Creator ' + _pdfstr(self.creator))
        if self.title:
            inf.append('/Title ' + _pdfstr(self.title))
        if self.author:
            inf.append('/Author ' + _pdfstr(self.author))
        if self.subject:
            inf.append('/Subject ' + _pdfstr(self.subject))
        if self.created:
            inf.append('/CreationDate (%s) /ModDate (%s)' % (pdfdate(self.created), pdfdate(self.created)))
        objs[info] = ('<< %s >>' % ' '.join(inf)).encode()
        out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
        offs = {}
        for n in sorted(objs):
            offs[n] = len(out)
            out += b'%d 0 obj\n' % n + objs[n] + b'\nendobj\n'
        xref = len(out)
        total = nxt[0]
        out += b'xref\n0 %d\n0000000000 65535 f \n' % total
        for n in range(1, total):
            out += b'%010d 00000 n \n' % offs[n]
        fid = ''.join(self.rng.choice('0123456789ABCDEF') for _ in range(32))
        out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
                % (total, cat, info, fid.encode(), fid.encode(), xref))
        return bytes(out)

    @staticmethod
    def _stream(dictpart, data):
        z = zlib.compress(data, 6)
        return b'<< ' + dictpart.encode() + b' /Filter /FlateDecode /Length %d >>\nstream\n' % len(z) + z + b'\nendstream'


# ------------------------------------------------------------------ extraction (verifier)
_OBJ = re.compile(rb'(\d+) 0 obj\n(.*?)\nendobj\n', re.S)


def parse(data):
    """Return dict objnum -> (dict_bytes, stream_bytes_or_None); checks xref offsets."""
    assert data.startswith(b'%PDF-'), 'no PDF header'
    objs = {}
    for m in _OBJ.finditer(data):
        body = m.group(2)
        st = None
        if b'\nstream\n' in body:
            d, _, rest = body.partition(b'\nstream\n')
            raw = rest[:rest.rindex(b'\nendstream')]
            ln = int(re.search(rb'/Length (\d+)', d).group(1))
            assert ln == len(raw), 'stream length mismatch'
            st = zlib.decompress(raw) if b'/FlateDecode' in d else raw
            body = d
        objs[int(m.group(1))] = (body, st, m.start())
    sx = int(re.search(rb'startxref\n(\d+)\n%%EOF', data).group(1))
    assert data[sx:sx + 4] == b'xref', 'startxref does not point to xref'
    rows = re.findall(rb'(\d{10}) 00000 n ', data[sx:])
    for i, r in enumerate(rows):
        assert objs[i + 1][2] == int(r), 'xref offset wrong for object %d' % (i + 1)
    return objs


def extract(data):
    """Return (text, uris, images[(w,h,greyrows)]) from a PDF made by this module."""
    objs = parse(data)
    tounicode = {}
    for n, (d, st) in ((k, v[:2]) for k, v in objs.items()):
        m = re.search(rb'/ToUnicode (\d+) 0 R', d)
        if m:
            cm = objs[int(m.group(1))][1].decode()
            tounicode[n] = {int(a, 16): bytes.fromhex(b).decode('utf-16-be')
                            for a, b in re.findall(r'<([0-9A-F]{4})> <([0-9A-F]+)>', cm)}
    lines = []
    uris = []
    images = []
    for n, (d, st, _) in sorted(objs.items()):
        if b'/Type /Page ' in d and b'/Contents' in d:
            fm = dict((k.decode(), int(v)) for k, v in re.findall(rb'/(F\d) (\d+) 0 R', d))
            c = objs[int(re.search(rb'/Contents (\d+) 0 R', d).group(1))][1].decode('latin-1')
            for fnt, hx in re.findall(r'/(F\d) [\d.]+ Tf [^<]*<([0-9A-F]*)> Tj', c):
                mp = tounicode[fm[fnt]]
                lines.append(''.join(mp[int(hx[i:i + 4], 16)] for i in range(0, len(hx), 4)))
        if b'/Subtype /Link' in d:
            m = re.search(rb'/URI (\(.*?\)|<[0-9A-F]+>) >>', d)
            u = m.group(1)
            uris.append(u[1:-1].decode('latin-1').replace('\\(', '(').replace('\\)', ')').replace('\\\\', '\\')
                        if u.startswith(b'(') else bytes.fromhex(u[5:-1].decode()).decode('utf-16-be'))
        if b'/Subtype /Image' in d:
            w = int(re.search(rb'/Width (\d+)', d).group(1))
            h = int(re.search(rb'/Height (\d+)', d).group(1))
            if b'/DeviceGray' in d:
                images.append((w, h, [list(st[y * w:(y + 1) * w]) for y in range(h)]))
    return '\n'.join(lines), uris, images
