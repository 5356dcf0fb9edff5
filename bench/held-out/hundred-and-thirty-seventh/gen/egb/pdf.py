"""Small deterministic PDF writer (text, rules, boxes, QR images, links,
embedded files) and a matching reader used by the verifier."""
import hashlib
import re
import unicodedata
import zlib

from . import png as pngmod
from . import ttf

_HELV = dict(zip(
    ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
    [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 +
    [278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
     722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
     556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556,
     500, 722, 500, 500, 500, 334, 260, 334, 584]))
_HELVB = dict(zip(
    ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
    [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 +
    [333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
     722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556,
     611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611,
     556, 778, 556, 556, 500, 389, 280, 389, 584]))
_EXTRA = {'€': 556, 'ß': 611, '–': 556, '—': 1000, '°': 400, '§': 556, '«': 556, '»': 556, '„': 333,
          '“': 333, '”': 333, '’': 222, '‘': 222, '·': 278, '•': 350, '×': 584, '…': 1000, '²': 333,
          '³': 333, '½': 834, 'µ': 556}


def _helv_width(s, bold):
    tab = _HELVB if bold else _HELV
    w = 0
    for ch in s:
        if ch in tab:
            w += tab[ch]
        elif ch in _EXTRA:
            w += _EXTRA[ch]
        else:
            base = unicodedata.normalize('NFD', ch)[0]
            w += tab.get(base, 556)
    return w


def _pdf_str(b):
    return b'(' + b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'


def _pdf_text_string(s):
    """Text string for Info/annotations: PDFDocEncoding if possible, else UTF-16BE."""
    try:
        b = s.encode('latin-1')
        return _pdf_str(b)
    except UnicodeEncodeError:
        return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'


def pdf_date(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60) if off is not None else 0
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return "D:%s%s%02d'%02d'" % (dt.strftime('%Y%m%d%H%M%S'), sign, mins // 60, mins % 60)


class Page:
    def __init__(self, doc, w, h):
        self.doc, self.w, self.h = doc, w, h
        self.ops = []       # list of ('raw', bytes) or ('text', x, y, s, size, bold, color)
        self.images = []    # (name, w, h, gray bytes)
        self.links = []     # (x, y, w, h, url)

    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0)):
        self.ops.append(('text', x, y, s, size, bold, color))
        self.doc._use(s, bold)

    def width(self, s, size=10, bold=False):
        return self.doc.width(s, bold) * size / 1000.0

    def text_right(self, xr, y, s, size=10, bold=False, color=(0, 0, 0)):
        self.text(xr - self.width(s, size, bold), y, s, size, bold, color)

    def text_center(self, xc, y, s, size=10, bold=False, color=(0, 0, 0)):
        self.text(xc - self.width(s, size, bold) / 2, y, s, size, bold, color)

    def paragraph(self, x, y, s, size=10, width=480, leading=None, bold=False, color=(0, 0, 0)):
        leading = leading or size * 1.35
        for para in s.split('\n'):
            words = para.split(' ')
            line = ''
            for wd in words:
                cand = (line + ' ' + wd) if line else wd
                if self.width(cand, size, bold) > width and line:
                    self.text(x, y, line, size, bold, color)
                    y -= leading
                    line = wd
                else:
                    line = cand
            self.text(x, y, line, size, bold, color)
            y -= leading
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        ops = []
        if fill:
            ops.append('%.3f %.3f %.3f rg' % tuple(c / 255.0 for c in fill))
        if stroke:
            ops.append('%.3f %.3f %.3f RG %.2f w' % (tuple(c / 255.0 for c in stroke) + (lw,)))
        ops.append('%.2f %.2f %.2f %.2f re' % (x, y, w, h))
        ops.append('B' if fill and stroke else ('f' if fill else 'S'))
        self.ops.append(('raw', ('q ' + ' '.join(ops) + ' Q').encode()))

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.ops.append(('raw', ('q %.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S Q' % (
            tuple(c / 255.0 for c in color) + (lw, x1, y1, x2, y2))).encode()))

    def qr(self, x, y, size_pt, payload, ecl='M'):
        w, h, gray, m = pngmod.qr_gray_pixels(payload, scale=4, border=2, ecl=ecl)
        name = 'Im%d' % (len(self.doc._images) + 1)
        self.doc._images.append((name, w, h, gray))
        self.images.append(name)
        self.ops.append(('raw', ('q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q' % (size_pt, size_pt, x, y, name)).encode()))
        self.doc.qr_payloads.append(payload)

    def link(self, x, y, w, h, url):
        self.links.append((x, y, w, h, url))


class PDF:
    def __init__(self, title='', author='', creator='', producer='', date=None, fontset='helv',
                 subject='', keywords='', pdf_version='1.7', seed=''):
        self.title, self.author, self.creator, self.producer = title, author, creator, producer
        self.subject, self.keywords = subject, keywords
        self.date = date
        self.fontset = fontset
        self.pages = []
        self._images = []
        self.qr_payloads = []
        self.attachments = []
        self.xmp_extra = ''
        self.version = pdf_version
        self.seed = seed
        self._chars = {False: set(), True: set()}

    def page(self, w=595.28, h=841.89):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    def _use(self, s, bold):
        self._chars[bold].update(s)

    def width(self, s, bold=False):
        if self.fontset == 'helv':
            return _helv_width(s, bold)
        f = ttf.load('DejaVuSans-Bold.ttf' if bold else 'DejaVuSans.ttf')
        return sum(f.width1000(f.glyph(c)) for c in s)

    def attach(self, name, data, mime='text/xml', relationship='Alternative', desc=''):
        self.attachments.append((name, data, mime, relationship, desc))

    # ---------------------------------------------------------------- output
    def bytes(self):
        objs = {}
        nxt = [1]

        def new():
            n = nxt[0]
            nxt[0] += 1
            return n

        def stream(dictbody, data, compress=True):
            if compress:
                data = zlib.compress(data, 9)
                dictbody = dictbody + b' /Filter /FlateDecode'
            return b'<< ' + dictbody + b' /Length %d >>\nstream\n' % len(data) + data + b'\nendstream'

        catalog, pages_id, info = new(), new(), new()
        # fonts
        font_ids = {}
        tounicode = {}
        if self.fontset == 'helv':
            for key, base in ((False, 'Helvetica'), (True, 'Helvetica-Bold')):
                fid = new()
                objs[fid] = (b'<< /Type /Font /Subtype /Type1 /BaseFont /' + base.encode() +
                             b' /Encoding /WinAnsiEncoding >>')
                font_ids[key] = fid
        else:
            for key, fname in ((False, 'DejaVuSans.ttf'), (True, 'DejaVuSans-Bold.ttf')):
                f = ttf.load(fname)
                chars = sorted(self._chars[key]) or [' ']
                gids = sorted({f.glyph(c) for c in chars})
                tag = ttf.subset_tag(gids) + '+' + fname[:-4].replace('-', '')
                sub = f.subset(gids)
                ff = new()
                objs[ff] = stream(b'/Length1 %d' % len(sub), sub)
                fd = new()
                x0, y0, x1, y1 = [int(v * 1000 / f.units) for v in f.bbox]
                objs[fd] = ('<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] '
                            '/ItalicAngle 0 /Ascent %d /Descent %d /CapHeight 729 /StemV %d /FontFile2 %d 0 R >>' % (
                                tag, x0, y0, x1, y1, int(f.ascent * 1000 / f.units), int(f.descent * 1000 / f.units),
                                120 if key else 80, ff)).encode()
                w = ' '.join('%d [%d]' % (g, f.width1000(g)) for g in gids)
                cid = new()
                objs[cid] = ('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) '
                             '/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 600 /W [%s] '
                             '/CIDToGIDMap /Identity >>' % (tag, fd, w)).encode()
                cmap_lines = []
                pairs = sorted({(f.glyph(c), c) for c in chars})
                seen = set()
                uniq = []
                for g, c in pairs:
                    if g not in seen:
                        seen.add(g)
                        uniq.append((g, c))
                for i in range(0, len(uniq), 100):
                    chunk = uniq[i:i + 100]
                    cmap_lines.append('%d beginbfchar' % len(chunk))
                    for g, c in chunk:
                        cmap_lines.append('<%04X> <%s>' % (g, c.encode('utf-16-be').hex().upper()))
                    cmap_lines.append('endbfchar')
                cm = ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
                      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
                      '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n'
                      'endcodespacerange\n%s\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend' %
                      '\n'.join(cmap_lines)).encode()
                tu = new()
                objs[tu] = stream(b'', cm)
                t0 = new()
                objs[t0] = ('<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H '
                            '/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>' % (tag, cid, tu)).encode()
                font_ids[key] = t0
                tounicode[key] = f
        # images
        img_ids = {}
        for name, w, h, gray in self._images:
            iid = new()
            objs[iid] = stream(b'/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                               b'/BitsPerComponent 8' % (w, h), gray)
            img_ids[name] = iid
        # pages
        page_ids = []
        for p in self.pages:
            pid = new()
            cid = new()
            page_ids.append(pid)
            content = bytearray()
            for op in p.ops:
                if op[0] == 'raw':
                    content += op[1] + b'\n'
                else:
                    _, x, y, s, size, bold, color = op
                    if self.fontset == 'helv':
                        enc = _pdf_str(s.encode('cp1252'))
                    else:
                        f = tounicode[bold]
                        enc = b'<' + ''.join('%04X' % f.glyph(c) for c in s).encode() + b'>'
                    content += (b'BT %.3f %.3f %.3f rg /F%d %.1f Tf %.2f %.2f Td ' % (
                        color[0] / 255.0, color[1] / 255.0, color[2] / 255.0, 2 if bold else 1, size, x, y) +
                        enc + b' Tj ET\n')
            objs[cid] = stream(b'', bytes(content))
            xo = ''
            if p.images:
                xo = ' /XObject << %s >>' % ' '.join('/%s %d 0 R' % (n, img_ids[n]) for n in p.images)
            annots = ''
            if p.links:
                aids = []
                for (x, y, w, h, url) in p.links:
                    aid = new()
                    objs[aid] = (b'<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] '
                                 b'/A << /Type /Action /S /URI /URI ' % (x, y, x + w, y + h) +
                                 _pdf_str(url.encode('ascii')) + b' >> >>')
                    aids.append(aid)
                annots = ' /Annots [%s]' % ' '.join('%d 0 R' % a for a in aids)
            objs[pid] = ('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << /F1 %d 0 R '
                         '/F2 %d 0 R >>%s >> /Contents %d 0 R%s >>' % (
                             pages_id, p.w, p.h, font_ids[False], font_ids[True], xo, cid, annots)).encode()
        objs[pages_id] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (
            ' '.join('%d 0 R' % i for i in page_ids), len(page_ids))).encode()
        # attachments
        names_part = b''
        af = b''
        if self.attachments:
            specs = []
            for (name, data, mime, rel, desc) in self.attachments:
                ef = new()
                sub = mime.replace('/', '#2F').encode()
                objs[ef] = stream(b'/Type /EmbeddedFile /Subtype /' + sub +
                                  b' /Params << /Size %d /ModDate ' % len(data) +
                                  _pdf_str(pdf_date(self.date).encode()) + b' >>', data)
                fs = new()
                objs[fs] = (b'<< /Type /Filespec /F ' + _pdf_str(name.encode()) + b' /UF ' + _pdf_str(name.encode()) +
                            b' /Desc ' + _pdf_text_string(desc or name) + b' /AFRelationship /' + rel.encode() +
                            b' /EF << /F %d 0 R /UF %d 0 R >> >>' % (ef, ef))
                specs.append((name, fs))
            names_part = (b' /Names << /EmbeddedFiles << /Names [' +
                          b' '.join(_pdf_str(n.encode()) + b' %d 0 R' % fs for n, fs in specs) + b'] >> >>')
            af = b' /AF [' + b' '.join(b'%d 0 R' % fs for _, fs in specs) + b']'
        meta = b''
        if self.xmp_extra:
            mid = new()
            xmp = self._xmp().encode('utf-8')
            objs[mid] = stream(b'/Type /Metadata /Subtype /XML', xmp, compress=False)
            meta = b' /Metadata %d 0 R' % mid
        objs[catalog] = (b'<< /Type /Catalog /Pages %d 0 R' % pages_id + names_part + af + meta + b' >>')
        d = pdf_date(self.date).encode()
        info_items = [(b'Title', self.title), (b'Author', self.author), (b'Subject', self.subject),
                      (b'Keywords', self.keywords), (b'Creator', self.creator), (b'Producer', self.producer)]
        ib = b'<< ' + b' '.join(b'/' + k + b' ' + _pdf_text_string(v) for k, v in info_items if v)
        ib += b' /CreationDate ' + _pdf_str(d) + b' /ModDate ' + _pdf_str(d) + b' >>'
        objs[info] = ib
        # serialise
        out = bytearray(b'%PDF-' + self.version.encode() + b'\n%\xe2\xe3\xcf\xd3\n')
        offsets = {}
        for n in sorted(objs):
            offsets[n] = len(out)
            out += b'%d 0 obj\n' % n + objs[n] + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for n in sorted(objs):
            out += b'%010d 00000 n \n' % offsets[n]
        docid = hashlib.md5((self.seed + self.title).encode('utf-8') + bytes(out[:2000])).hexdigest().upper()
        out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
            len(objs) + 1, catalog, info, docid.encode(), docid.encode(), xref))
        return bytes(out)

    def _xmp(self):
        return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
                '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                '%s\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>' % self.xmp_extra)


# ============================================================== reading
def _objects(data):
    """Yield (objnum, dict_bytes, stream_bytes_or_None)."""
    pos = 0
    pat = re.compile(rb'(\d+) 0 obj\n')
    while True:
        m = pat.search(data, pos)
        if not m:
            return
        n = int(m.group(1))
        start = m.end()
        sidx = data.find(b'stream\n', start)
        eidx = data.find(b'\nendobj', start)
        if sidx != -1 and sidx < eidx:
            d = data[start:sidx]
            lm = re.search(rb'/Length (\d+)', d)
            ln = int(lm.group(1))
            s = data[sidx + 7:sidx + 7 + ln]
            if data[sidx + 7 + ln:sidx + 7 + ln + 10] != b'\nendstream':
                raise ValueError('bad stream length in object %d' % n)
            if b'/FlateDecode' in d:
                s = zlib.decompress(s)
            pos = data.find(b'\nendobj', sidx + 7 + ln) + 7
            yield n, d, s
        else:
            pos = eidx + 7
            yield n, data[start:eidx], None


def check_structure(data):
    """Validate header, xref offsets and trailer of a PDF written by this module."""
    if not data.startswith(b'%PDF-'):
        raise ValueError('no PDF header')
    m = re.search(rb'startxref\n(\d+)\n%%EOF\n$', data)
    if not m:
        raise ValueError('no startxref')
    xref = int(m.group(1))
    if data[xref:xref + 5] != b'xref\n':
        raise ValueError('startxref does not point to xref')
    lines = data[xref:].split(b'\n')
    count = int(lines[1].split()[1])
    for i in range(1, count):
        off = int(lines[2 + i][:10])
        if not data[off:].startswith(b'%d 0 obj' % i):
            raise ValueError('xref offset wrong for object %d' % i)
    return count - 1


def extract(data):
    """Return (text, qr_payloads, uris, embedded_files) for a PDF written by this module."""
    check_structure(data)
    objs = {n: (d, s) for n, d, s in _objects(data)}
    # font maps
    fontmaps = {}
    for n, (d, s) in objs.items():
        if b'/Subtype /Type0' in d:
            tu = int(re.search(rb'/ToUnicode (\d+) 0 R', d).group(1))
            cm = objs[tu][1].decode('latin-1')
            mp = {}
            for g, u in re.findall(r'<([0-9A-F]{4})> <([0-9A-F]+)>', cm):
                mp[int(g, 16)] = bytes.fromhex(u).decode('utf-16-be')
            fontmaps[n] = mp
        elif b'/Subtype /Type1' in d:
            fontmaps[n] = None
    texts = []
    qrs = []
    uris = []
    files = {}
    for n, (d, s) in objs.items():
        if d.startswith(b'<< /Type /Page ') and b'/Contents' in d:
            f1 = int(re.search(rb'/F1 (\d+) 0 R', d).group(1))
            f2 = int(re.search(rb'/F2 (\d+) 0 R', d).group(1))
            c = int(re.search(rb'/Contents (\d+) 0 R', d).group(1))
            content = objs[c][1]
            lines = []
            for fm, hexs, lit in re.findall(rb'/F(\d) [\d.]+ Tf [-\d.]+ [-\d.]+ Td (?:<([0-9A-F]*)>|\(((?:\\.|[^\\)])*)\)) Tj',
                                            content):
                fmap = fontmaps[f1 if fm == b'1' else f2]
                if hexs or fmap is not None:
                    t = ''.join(fmap.get(int(hexs[i:i + 4], 16), '?') for i in range(0, len(hexs), 4))
                else:
                    raw = re.sub(rb'\\(.)', rb'\1', lit)
                    t = raw.decode('cp1252')
                lines.append(t)
            texts.append('\n'.join(lines))
            for u in re.findall(rb'/URI \(([^)]*)\)', d):
                uris.append(u.decode('ascii'))
        if b'/Subtype /Link' in d:
            for u in re.findall(rb'/URI \(([^)]*)\)', d):
                uris.append(u.decode('ascii'))
        if b'/Subtype /Image' in d:
            w = int(re.search(rb'/Width (\d+)', d).group(1))
            h = int(re.search(rb'/Height (\d+)', d).group(1))
            rows = [list(s[y * w:(y + 1) * w]) for y in range(h)]
            qrs.append(pngmod.decode_qr_in_gray(w, h, rows))
        if b'/Type /EmbeddedFile' in d:
            files[n] = s
    named = {}
    for n, (d, s) in objs.items():
        if b'/Type /Filespec' in d:
            nm = re.search(rb'/F \(([^)]*)\)', d).group(1).decode('latin-1')
            ef = int(re.search(rb'/EF << /F (\d+) 0 R', d).group(1))
            named[nm] = files[ef]
    return '\n'.join(texts), qrs, sorted(set(uris)), named
