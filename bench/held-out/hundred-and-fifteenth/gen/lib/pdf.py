"""Small text PDF writer (Helvetica, custom single-byte encoding with a
ToUnicode CMap, QR images, link annotations) and a matching extractor used
by the verifier."""
import re
import unicodedata
import zlib

_W = {}
_WB = {}
_reg = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_bold = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
         975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
         333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
         611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]
for i in range(95):
    _W[chr(32 + i)] = _reg[i]
    _WB[chr(32 + i)] = _bold[i]


def char_width(ch, bold=False):
    tab = _WB if bold else _W
    if ch in tab:
        return tab[ch]
    base = unicodedata.normalize('NFD', ch)[0]
    if base in tab:
        return tab[base]
    if ch in '€':
        return 556
    if ch in '«»':
        return 556
    if ch in '–':
        return 556
    if ch in '—':
        return 1000
    if ch in '„“”‚‘’':
        return 333
    if ch == '•':
        return 350
    if ch == '№':
        return 1000
    return 640 if ch.isupper() else 560


def text_width(s, size, bold=False):
    return sum(char_width(c, bold) for c in s) * size / 1000.0


def wrap(s, width, size, bold=False):
    out = []
    for para in s.split('\n'):
        words = para.split(' ')
        line = ''
        for w in words:
            cand = (line + ' ' + w) if line else w
            if text_width(cand, size, bold) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def _pdfdate(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60) if off is not None else 0
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return "D:%s%s%02d'%02d'" % (dt.strftime('%Y%m%d%H%M%S'), sign, mins // 60, mins % 60)


def _lit(bs):
    out = bytearray(b'(')
    for b in bs:
        if b in (0x28, 0x29, 0x5C):
            out += b'\\' + bytes([b])
        elif b < 32 or b > 126:
            out += b'\\%03o' % b
        else:
            out.append(b)
    out += b')'
    return bytes(out)


def _pdfstr(s):
    try:
        s.encode('latin-1')
        return _lit(s.encode('latin-1'))
    except UnicodeEncodeError:
        return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'


class PDF:
    def __init__(self, producer, created, title=None, author=None, creator=None,
                 pagesize=(595.28, 841.89), doc_id=b'0' * 16):
        self.producer = producer
        self.created = created
        self.title = title
        self.author = author
        self.creator = creator
        self.w, self.h = pagesize
        self.pages = []
        self.images = []
        self.doc_id = doc_id
        self.new_page()

    # -- drawing -------------------------------------------------------
    def new_page(self):
        self.pages.append({'ops': [], 'links': []})

    @property
    def ops(self):
        return self.pages[-1]['ops']

    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0), align='left'):
        if align == 'right':
            x -= text_width(s, size, bold)
        elif align == 'center':
            x -= text_width(s, size, bold) / 2
        self.ops.append(('text', x, y, s, size, bold, color))

    def para(self, x, y, s, width, size=10, bold=False, leading=None, color=(0, 0, 0)):
        leading = leading or size * 1.3
        for ln in wrap(s, width, size, bold):
            self.text(x, y, ln, size, bold, color)
            y -= leading
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        self.ops.append(('rect', x, y, w, h, fill, stroke, lw))

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.ops.append(('line', x1, y1, x2, y2, lw, color))

    def qr(self, matrix, x, y, size, quiet=4):
        n = len(matrix) + 2 * quiet
        rows = []
        for r in range(n):
            row = bytearray()
            for c in range(n):
                rr, cc = r - quiet, c - quiet
                dark = 0 <= rr < len(matrix) and 0 <= cc < len(matrix) and matrix[rr][cc]
                row.append(0 if dark else 255)
            rows.append(bytes(row))
        name = 'Im%d' % (len(self.images) + 1)
        self.images.append((name, n, n, b''.join(rows)))
        self.ops.append(('image', name, x, y, size))

    def link(self, x, y, w, h, uri):
        self.pages[-1]['links'].append((x, y, w, h, uri))

    # -- output ----------------------------------------------------------
    def _encoding(self):
        chars = []
        for p in self.pages:
            for op in p['ops']:
                if op[0] == 'text':
                    for ch in op[3]:
                        if ord(ch) > 126 and ch not in chars:
                            chars.append(ch)
        ok1252 = True
        for ch in chars:
            try:
                ch.encode('cp1252')
            except UnicodeEncodeError:
                ok1252 = False
        if ok1252:
            return None
        if len(chars) > 128:
            raise ValueError('too many distinct characters for one PDF font encoding')
        return {ch: 128 + i for i, ch in enumerate(chars)}

    def _enc_text(self, s, enc):
        if enc is None:
            return s.encode('cp1252')
        out = bytearray()
        for ch in s:
            if ord(ch) < 127:
                out.append(ord(ch))
            else:
                out.append(enc[ch])
        return bytes(out)

    def build(self):
        enc = self._encoding()
        objs = {}

        def fmt(v):
            return ('%.2f' % v).rstrip('0').rstrip('.')
        n_pages = len(self.pages)
        # object numbers
        # 1 catalog, 2 pages, 3 font reg, 4 font bold, 5 encoding, 6 tounicode, 7 info
        nxt = 8
        img_ids = {}
        for name, w, h, data in self.images:
            img_ids[name] = nxt
            objs[nxt] = (b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                         b'/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n' % (
                             w, h, len(zlib.compress(data, 9)))) + zlib.compress(data, 9) + b'\nendstream'
            nxt += 1
        page_ids = []
        for p in self.pages:
            cs = []
            for op in p['ops']:
                if op[0] == 'text':
                    _, x, y, s, size, bold, color = op
                    cs.append(b'BT /%s %s Tf %s %s %s rg %s %s Td %s Tj ET' % (
                        b'F2' if bold else b'F1', fmt(size).encode(),
                        fmt(color[0]).encode(), fmt(color[1]).encode(), fmt(color[2]).encode(),
                        fmt(x).encode(), fmt(y).encode(), _lit(self._enc_text(s, enc))))
                elif op[0] == 'rect':
                    _, x, y, w, h, fill, stroke, lw = op
                    s = b'q '
                    if fill:
                        s += b'%s %s %s rg ' % tuple(fmt(c).encode() for c in fill)
                    if stroke:
                        s += b'%s %s %s RG %s w ' % (tuple(fmt(c).encode() for c in stroke) + (fmt(lw).encode(),))
                    s += b'%s %s %s %s re ' % (fmt(x).encode(), fmt(y).encode(), fmt(w).encode(), fmt(h).encode())
                    s += (b'B' if fill and stroke else (b'f' if fill else b'S')) + b' Q'
                    cs.append(s)
                elif op[0] == 'line':
                    _, x1, y1, x2, y2, lw, color = op
                    cs.append(b'q %s %s %s RG %s w %s %s m %s %s l S Q' % (
                        fmt(color[0]).encode(), fmt(color[1]).encode(), fmt(color[2]).encode(), fmt(lw).encode(),
                        fmt(x1).encode(), fmt(y1).encode(), fmt(x2).encode(), fmt(y2).encode()))
                elif op[0] == 'image':
                    _, name, x, y, size = op
                    cs.append(b'q %s 0 0 %s %s %s cm /%s Do Q' % (
                        fmt(size).encode(), fmt(size).encode(), fmt(x).encode(), fmt(y).encode(), name.encode()))
            content = zlib.compress(b'\n'.join(cs) + b'\n', 9)
            cid = nxt
            objs[cid] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(content) + content + b'\nendstream'
            nxt += 1
            annots = []
            for (x, y, w, h, uri) in p['links']:
                aid = nxt
                nxt += 1
                objs[aid] = (b'<< /Type /Annot /Subtype /Link /Rect [%s %s %s %s] /Border [0 0 0] '
                             b'/A << /Type /Action /S /URI /URI %s >> >>' % (
                                 fmt(x).encode(), fmt(y).encode(), fmt(x + w).encode(), fmt(y + h).encode(),
                                 _lit(uri.encode('ascii'))))
                annots.append(aid)
            pid = nxt
            nxt += 1
            xo = b''
            if self.images:
                xo = b' /XObject << ' + b' '.join(b'/%s %d 0 R' % (n.encode(), i) for n, i in img_ids.items()) + b' >>'
            ann = b''
            if annots:
                ann = b' /Annots [' + b' '.join(b'%d 0 R' % a for a in annots) + b']'
            objs[pid] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Resources << /Font << /F1 3 0 R /F2 4 0 R >>%s '
                         b'/ProcSet [/PDF /Text /ImageB] >> /Contents %d 0 R%s >>' % (
                             fmt(self.w).encode(), fmt(self.h).encode(), xo, cid, ann))
            page_ids.append(pid)
        objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
        objs[2] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % i for i in page_ids), n_pages)
        for oid, base, tab in ((3, b'Helvetica', _W), (4, b'Helvetica-Bold', _WB)):
            widths = []
            for code in range(32, 256):
                if enc is None:
                    try:
                        ch = bytes([code]).decode('cp1252')
                    except UnicodeDecodeError:
                        ch = ' '
                else:
                    inv = {v: k for k, v in enc.items()}
                    ch = chr(code) if code < 127 else inv.get(code, ' ')
                widths.append(b'%d' % char_width(ch, oid == 4))
            objs[oid] = (b'<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding %s /FirstChar 32 /LastChar 255 '
                         b'/Widths [%s]%s >>' % (base, b'5 0 R' if enc else b'/WinAnsiEncoding', b' '.join(widths),
                                                 b' /ToUnicode 6 0 R' if enc else b''))
        if enc:
            diffs = b' '.join(b'/uni%04X' % ord(ch) for ch in enc)
            objs[5] = b'<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 %s] >>' % diffs
            lines = [b'/CIDInit /ProcSet findresource begin', b'12 dict begin', b'begincmap',
                     b'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
                     b'/CMapName /Adobe-Identity-UCS def', b'/CMapType 2 def',
                     b'1 begincodespacerange', b'<00> <FF>', b'endcodespacerange']
            pairs = [(c, c) for c in range(32, 127)] + [(v, ord(k)) for k, v in enc.items()]
            for i in range(0, len(pairs), 100):
                chunk = pairs[i:i + 100]
                lines.append(b'%d beginbfchar' % len(chunk))
                for c, u in chunk:
                    lines.append(b'<%02X> <%04X>' % (c, u))
                lines.append(b'endbfchar')
            lines += [b'endcmap', b'CMapName currentdict /CMap defineresource pop', b'end', b'end']
            cm = b'\n'.join(lines)
            objs[6] = b'<< /Length %d >>\nstream\n' % len(cm) + cm + b'\nendstream'
        else:
            objs[5] = b'<< /Type /Encoding /BaseEncoding /WinAnsiEncoding >>'
            objs[6] = b'<< /Length 0 >>\nstream\n\nendstream'
        info = [b'/Producer ' + _pdfstr(self.producer), b'/CreationDate ' + _pdfstr(_pdfdate(self.created)),
                b'/ModDate ' + _pdfstr(_pdfdate(self.created))]
        if self.title:
            info.append(b'/Title ' + _pdfstr(self.title))
        if self.author:
            info.append(b'/Author ' + _pdfstr(self.author))
        if self.creator:
            info.append(b'/Creator ' + _pdfstr(self.creator))
        objs[7] = b'<< ' + b' '.join(info) + b' >>'
        out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
        offsets = {}
        maxid = max(objs)
        for oid in range(1, maxid + 1):
            offsets[oid] = len(out)
            out += b'%d 0 obj\n' % oid + objs[oid] + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (maxid + 1)
        for oid in range(1, maxid + 1):
            out += b'%010d 00000 n \n' % offsets[oid]
        hid = self.doc_id.hex().upper().encode()
        out += (b'trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
            maxid + 1, hid, hid, xref))
        return bytes(out)


# ------------------------------------------------------------ extraction

def _unlit(b):
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x5C:
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                v = b''
                while j < len(b) and len(v) < 3 and 0x30 <= b[j] <= 0x37:
                    v += bytes([b[j]]); j += 1
                out.append(int(v, 8))
                i = j
                continue
            out.append({0x6E: 10, 0x72: 13, 0x74: 9}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def extract(data):
    """Return (text, uris, images) for PDFs written by this module.
    images: list of (w, h, rows-of-grey)."""
    objs = {}
    for m in re.finditer(rb'(\d+) 0 obj\n(.*?)\nendobj\n', data, re.S):
        objs[int(m.group(1))] = m.group(2)
    cmap = None
    for o in objs.values():
        if b'begincmap' in o:
            cmap = {}
            for a, u in re.findall(rb'<([0-9A-F]{2})> <([0-9A-F]{4})>', o):
                cmap[int(a, 16)] = chr(int(u, 16))
    texts = []
    images = []
    uris = [_unlit(u).decode('ascii') for u in re.findall(rb'/URI \(((?:\\.|[^\\)])*)\)', data)]
    for o in objs.values():
        m = re.match(rb'<<(.*?)>>\nstream\n(.*)\nendstream$', o, re.S)
        if not m:
            continue
        d = m.group(1)
        raw = m.group(2)
        if b'/FlateDecode' in d:
            raw = zlib.decompress(raw)
        if b'/Subtype /Image' in d:
            w = int(re.search(rb'/Width (\d+)', d).group(1))
            h = int(re.search(rb'/Height (\d+)', d).group(1))
            images.append((w, h, [list(raw[r * w:(r + 1) * w]) for r in range(h)]))
        elif b'BT ' in raw:
            for line in raw.split(b'\n'):
                for s in re.findall(rb'\(((?:\\.|[^\\)])*)\) Tj', line):
                    bs = _unlit(s)
                    if cmap is not None:
                        texts.append(''.join(cmap.get(b, '?') for b in bs))
                    else:
                        texts.append(bs.decode('cp1252'))
    return '\n'.join(texts), uris, images
