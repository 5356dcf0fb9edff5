"""Small deterministic PDF 1.7 writer (text, vector boxes, images, link
annotations, embedded TrueType subsets) and a reader used by verification."""
import os
import re
import zlib

from . import ttf

FONT_DIR = '/usr/share/fonts/truetype/dejavu'
TTF_FILES = {
    'R': ('DejaVuSans', os.path.join(FONT_DIR, 'DejaVuSans.ttf')),
    'B': ('DejaVuSans-Bold', os.path.join(FONT_DIR, 'DejaVuSans-Bold.ttf')),
}
STD_FONTS = {'HR': 'Helvetica', 'HB': 'Helvetica-Bold'}


def _pdfstr(s):
    b = s.encode('cp1252', 'replace')
    b = b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
    return b'(' + b + b')'


def _infostr(s):
    try:
        s.encode('ascii')
        return _pdfstr(s)
    except UnicodeEncodeError:
        return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'


def pdfdate(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60) if off is not None else 0
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    return dt.strftime('D:%Y%m%d%H%M%S') + "%s%02d'%02d'" % (sign, mins // 60, mins % 60)


class Page:
    def __init__(self, doc, w, h):
        self.doc = doc
        self.w, self.h = w, h
        self.ops = []
        self.links = []
        self.images = set()
        self.fonts = set()

    def _enc(self, font, s):
        if font in STD_FONTS:
            return _pdfstr(s)
        f = self.doc.ttf(font)
        gids = [f.gid(c) for c in s]
        used = self.doc.used[font]
        for c, g in zip(s, gids):
            used[g] = c
        return b'<' + ''.join('%04X' % g for g in gids).encode() + b'>'

    def width(self, s, font='R', size=10):
        key = font if font in TTF_FILES else ('B' if font == 'HB' else 'R')
        return self.doc.ttf(key).width(s, size)

    def text(self, x, y, s, font='R', size=10, color=(0, 0, 0), align='left'):
        if align != 'left':
            w = self.width(s, font, size)
            x = x - w if align == 'right' else x - w / 2
        self.fonts.add(font)
        self.ops.append(b'BT %s rg /F%s %s Tf %s %s Td %s Tj ET' % (
            ('%.3g %.3g %.3g' % color).encode(), font.encode(), _num(size), _num(x), _num(y), self._enc(font, s)))

    def para(self, x, y, width, text, font='R', size=10, leading=None, color=(0, 0, 0)):
        leading = leading or size * 1.35
        for rawline in text.split('\n'):
            words = rawline.split(' ')
            line = ''
            for w in words:
                cand = (line + ' ' + w) if line else w
                if line and self.width(cand, font, size) > width:
                    self.text(x, y, line, font, size, color)
                    y -= leading
                    line = w
                else:
                    line = cand
            self.text(x, y, line, font, size, color)
            y -= leading
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        parts = []
        if fill:
            parts.append(b'%s rg' % ('%.3g %.3g %.3g' % fill).encode())
        if stroke:
            parts.append(b'%s RG %s w' % (('%.3g %.3g %.3g' % stroke).encode(), _num(lw)))
        op = b'B' if fill and stroke else (b'f' if fill else b'S')
        parts.append(b'%s %s %s %s re %s' % (_num(x), _num(y), _num(w), _num(h), op))
        self.ops.append(b' '.join(parts))

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.ops.append(b'%s RG %s w %s %s m %s %s l S' % (('%.3g %.3g %.3g' % color).encode(), _num(lw),
                                                          _num(x1), _num(y1), _num(x2), _num(y2)))

    def image(self, key, x, y, w, h):
        self.images.add(key)
        self.ops.append(b'q %s 0 0 %s %s %s cm /%s Do Q' % (_num(w), _num(h), _num(x), _num(y), key.encode()))

    def link(self, x, y, w, h, uri):
        self.links.append((x, y, w, h, uri))


def _num(v):
    if isinstance(v, int) or float(v).is_integer():
        return str(int(v)).encode()
    return ('%.2f' % v).rstrip('0').encode()


class PDF:
    def __init__(self, info=None, file_id=b'0' * 16):
        self.pages = []
        self.info = info or {}
        self.images = {}
        self.used = {'R': {}, 'B': {}}
        self.file_id = file_id
        self._ttf = {}

    def ttf(self, key):
        if key not in self._ttf:
            self._ttf[key] = ttf.load(TTF_FILES[key][1])
        return self._ttf[key]

    def page(self, w=595.28, h=841.89):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    def add_gray_image(self, key, rows):
        """rows: list of bytes (8-bit grey)."""
        self.images[key] = (len(rows[0]), len(rows), b''.join(rows))

    def add_qr(self, key, matrix, scale=4, border=4):
        n = len(matrix)
        size = (n + 2 * border) * scale
        rows = []
        for y in range(size):
            my = y // scale - border
            rows.append(bytes(0 if (0 <= my < n and 0 <= (x // scale - border) < n and matrix[my][x // scale - border]) else 255
                              for x in range(size)))
        self.add_gray_image(key, rows)

    def render(self):
        objs = {}
        nxt = [1]

        def alloc():
            n = nxt[0]
            nxt[0] += 1
            return n
        catalog, pages_id, info_id = alloc(), alloc(), alloc()
        font_ids = {}
        all_fonts = set()
        for p in self.pages:
            all_fonts |= p.fonts
        for f in sorted(all_fonts):
            font_ids[f] = alloc()
        img_ids = {k: alloc() for k in sorted(self.images)}
        page_ids = []
        for p in self.pages:
            pid, cid = alloc(), alloc()
            annots = [alloc() for _ in p.links]
            page_ids.append((p, pid, cid, annots))
        # pages
        kids = b' '.join(b'%d 0 R' % pid for _, pid, _, _ in page_ids)
        objs[catalog] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id
        objs[pages_id] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(self.pages))
        for p, pid, cid, annots in page_ids:
            fonts = b' '.join(b'/F%s %d 0 R' % (f.encode(), font_ids[f]) for f in sorted(p.fonts))
            imgs = b' '.join(b'/%s %d 0 R' % (k.encode(), img_ids[k]) for k in sorted(p.images))
            res = b'<< /Font << %s >>' % fonts
            if imgs:
                res += b' /XObject << %s >>' % imgs
            res += b' /ProcSet [/PDF /Text /ImageB] >>'
            ann = b''
            if annots:
                ann = b' /Annots [%s]' % b' '.join(b'%d 0 R' % a for a in annots)
            objs[pid] = b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources %s /Contents %d 0 R%s >>' % (
                pages_id, _num(p.w), _num(p.h), res, cid, ann)
            content = b'\n'.join(p.ops)
            objs[cid] = self._stream(content)
            for (x, y, w, h, uri), aid in zip(p.links, annots):
                objs[aid] = b'<< /Type /Annot /Subtype /Link /Rect [%s %s %s %s] /Border [0 0 0] /A << /S /URI /URI %s >> >>' % (
                    _num(x), _num(y), _num(x + w), _num(y + h), _pdfstr(uri))
        for k, oid in img_ids.items():
            w, h, data = self.images[k]
            objs[oid] = self._stream(data, b'/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8' % (w, h))
        for f, oid in font_ids.items():
            if f in STD_FONTS:
                objs[oid] = b'<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % STD_FONTS[f].encode()
                continue
            name, path = TTF_FILES[f]
            t = self.ttf(f)
            used = self.used[f]
            tag = self._subset_tag(f)
            base = ('%s+%s' % (tag, name)).encode()
            cid_id, desc_id, file_id, tu_id = alloc(), alloc(), alloc(), alloc()
            prog = t.subset(sorted(used))
            objs[file_id] = self._stream(prog, b'/Length1 %d' % len(prog))
            sc = 1000.0 / t.upem
            bbox = b' '.join(_num(int(v * sc)) for v in t.bbox)
            objs[desc_id] = (b'<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%s] /ItalicAngle 0 '
                             b'/Ascent %d /Descent %d /CapHeight %d /StemV 80 /FontFile2 %d 0 R >>') % (
                base, bbox, int(t.ascent * sc), int(t.descent * sc), int(t.cap_height * sc), file_id)
            ws = b' '.join(b'%d [%d]' % (g, int(round(t.adv[g] * sc))) for g in sorted(used))
            objs[cid_id] = (b'<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) '
                            b'/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /W [%s] /CIDToGIDMap /Identity >>') % (
                base, desc_id, ws)
            objs[tu_id] = self._stream(self._tounicode(used))
            objs[oid] = b'<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>' % (
                base, cid_id, tu_id)
        info = b'<< ' + b' '.join(b'/%s %s' % (k.encode(), _infostr(v)) for k, v in self.info.items()) + b' >>'
        objs[info_id] = info
        out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
        offsets = {}
        for oid in sorted(objs):
            offsets[oid] = len(out)
            out += b'%d 0 obj\n' % oid + objs[oid] + b'\nendobj\n'
        xref = len(out)
        n = max(objs) + 1
        out += b'xref\n0 %d\n0000000000 65535 f \n' % n
        for oid in range(1, n):
            out += b'%010d 00000 n \n' % offsets[oid]
        fid = self.file_id.hex().upper().encode()
        out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
            n, catalog, info_id, fid, fid, xref)
        return bytes(out)

    def _subset_tag(self, f):
        h = zlib.crc32((f + ''.join(sorted(self.used[f].values()))).encode('utf-8')) ^ zlib.crc32(self.file_id)
        s = ''
        for _ in range(6):
            s += chr(65 + h % 26)
            h //= 26
        return s

    @staticmethod
    def _stream(data, extra=b''):
        comp = zlib.compress(data, 6)
        return b'<< /Length %d /Filter /FlateDecode %s>>\nstream\n' % (len(comp), extra + b' ' if extra else b'') + comp + b'\nendstream'

    @staticmethod
    def _tounicode(used):
        lines = [b'/CIDInit /ProcSet findresource begin', b'12 dict begin', b'begincmap',
                 b'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
                 b'/CMapName /Adobe-Identity-UCS def', b'/CMapType 2 def',
                 b'1 begincodespacerange', b'<0000> <FFFF>', b'endcodespacerange']
        items = sorted(used.items())
        for i in range(0, len(items), 100):
            chunk = items[i:i + 100]
            lines.append(b'%d beginbfchar' % len(chunk))
            for g, c in chunk:
                lines.append(b'<%04X> <%s>' % (g, c.encode('utf-16-be').hex().upper().encode()))
            lines.append(b'endbfchar')
        lines += [b'endcmap', b'CMapName currentdict /CMap defineresource pop', b'end', b'end']
        return b'\n'.join(lines)


# ---------------------------------------------------------------- reader

class Reader:
    def __init__(self, data):
        self.data = data
        m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
        if not m:
            raise ValueError('no startxref')
        p = int(m.group(1))
        if data[p:p + 4] != b'xref':
            raise ValueError('xref offset wrong')
        hdr = re.match(rb'xref\s+0 (\d+)\s+', data[p:])
        n = int(hdr.group(1))
        q = p + hdr.end()
        self.offsets = {}
        for i in range(n):
            ent = data[q + 20 * i:q + 20 * i + 20]
            off, gen, kind = int(ent[:10]), int(ent[11:16]), ent[17:18]
            if kind == b'n':
                self.offsets[i] = off
        self.objs = {}
        for oid, off in self.offsets.items():
            mm = re.match(rb'(\d+) 0 obj\n', data[off:off + 20])
            if not mm or int(mm.group(1)) != oid:
                raise ValueError('object %d not at xref offset' % oid)
            start = off + mm.end()
            sp = data.find(b'stream\n', start)
            ep = data.find(b'endobj', start)
            if sp != -1 and sp < ep and data[start:sp].rstrip().endswith(b'>>'):
                d = data[start:sp]
                ln = int(re.search(rb'/Length (\d+)', d).group(1))
                raw = data[sp + 7:sp + 7 + ln]
                if data[sp + 7 + ln:sp + 7 + ln + 10] != b'\nendstream':
                    raise ValueError('bad stream length in %d' % oid)
                if b'/FlateDecode' in d:
                    raw = zlib.decompress(raw)
                self.objs[oid] = (d, raw)
            else:
                self.objs[oid] = (data[start:ep], None)

    def images(self):
        out = []
        for oid, (d, raw) in sorted(self.objs.items()):
            if b'/Subtype /Image' in d:
                w = int(re.search(rb'/Width (\d+)', d).group(1))
                h = int(re.search(rb'/Height (\d+)', d).group(1))
                out.append((w, h, raw))
        return out

    def qr_payloads(self):
        from . import qr
        res = []
        for w, h, raw in self.images():
            res.append(qr.decode_pixels(w, h, lambda x, y: raw[y * w + x] < 128))
        return res

    def uris(self):
        res = []
        for oid, (d, raw) in sorted(self.objs.items()):
            for m in re.finditer(rb'/URI \(((?:\\.|[^\\)])*)\)', d):
                res.append(_unescape(m.group(1)).decode('cp1252'))
        return res

    def text(self):
        fonts = {}
        for oid, (d, raw) in self.objs.items():
            if b'/Type /Font' in d and b'/Subtype /Type0' in d:
                tu = int(re.search(rb'/ToUnicode (\d+) 0 R', d).group(1))
                cm = {}
                for m in re.finditer(rb'<([0-9A-F]{4})> <([0-9A-F]+)>', self.objs[tu][1]):
                    cm[int(m.group(1), 16)] = bytes.fromhex(m.group(2).decode()).decode('utf-16-be')
                fonts[oid] = ('cid', cm)
            elif b'/Type /Font' in d:
                fonts[oid] = ('std', None)
        lines = []
        for oid, (d, raw) in sorted(self.objs.items()):
            if b'/Type /Page' not in d or b'/Type /Pages' in d:
                continue
            res = {}
            for m in re.finditer(rb'/(F\w+) (\d+) 0 R', d):
                res[m.group(1).decode()] = int(m.group(2))
            cid = int(re.search(rb'/Contents (\d+) 0 R', d).group(1))
            content = self.objs[cid][1]
            cur = None
            for m in re.finditer(rb'/(F\w+) [\d.]+ Tf|<([0-9A-F]*)> Tj|\(((?:\\.|[^\\)])*)\) Tj', content):
                if m.group(1):
                    cur = fonts[res[m.group(1).decode()]]
                elif m.group(2) is not None:
                    hx = m.group(2).decode()
                    lines.append(''.join(cur[1][int(hx[i:i + 4], 16)] for i in range(0, len(hx), 4)))
                else:
                    lines.append(_unescape(m.group(3)).decode('cp1252'))
        return '\n'.join(lines)


def _unescape(b):
    return re.sub(rb'\\(.)', lambda m: m.group(1), b)
