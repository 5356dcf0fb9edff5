"""A small PDF 1.4/1.7 writer: text-only pages (any script via /Differences + ToUnicode), optional gray image.

No JavaScript, no actions, no embedded files: documents are inert.  Links are only written as text,
except where an attack needs a clickable URI annotation (a plain /URI action, as real phishing PDFs use).
"""
import zlib

from util import h


def _w(ch):
    if ch in 'iljI.,:;!|\'` ιίłţ':
        return 278
    if ch in 'ftr()[]-/':
        return 333
    if ch in 'mwMW@%':
        return 833
    if ch.isupper():
        return 667
    return 556


class PDF:
    def __init__(self, producer='', creator='', title='', author='', created='D:20261012091500+02\'00\'',
                 version='1.7'):
        self.pages = []      # list of (ops list, images, links)
        self.info = dict(Producer=producer, Creator=creator, Title=title, Author=author)
        self.created = created
        self.version = version
        self.chars = {}      # non-ASCII char -> code
        self.next_code = 128

    def _code(self, ch):
        o = ord(ch)
        if 32 <= o <= 126:
            return o
        if ch not in self.chars:
            if self.next_code > 255:
                raise ValueError('too many distinct non-ASCII characters for one PDF')
            self.chars[ch] = self.next_code
            self.next_code += 1
        return self.chars[ch]

    def _hex(self, s):
        return '<' + ''.join('%02X' % self._code(c) for c in s) + '>'

    def page(self):
        self.pages.append({'ops': [], 'images': [], 'links': []})
        return self

    def text(self, x, y, s, size=10, bold=False):
        p = self.pages[-1]
        p['ops'].append('BT /%s %g Tf %g %g Td %s Tj ET' % ('F2' if bold else 'F1', size, x, y, self._hex(s)))
        return self

    def lines(self, x, y, items, size=10, lead=None, bold=False):
        lead = lead or size * 1.35
        for s in items:
            if isinstance(s, tuple):
                s, b = s
            else:
                b = bold
            self.text(x, y, s, size, b)
            y -= lead
        return y

    def rule(self, x1, y1, x2, y2, width=0.6):
        self.pages[-1]['ops'].append('%g w %g %g m %g %g l S' % (width, x1, y1, x2, y2))
        return self

    def rect(self, x, y, w, hgt, gray=0.93):
        self.pages[-1]['ops'].append('q %g g %g %g %g %g re f Q' % (gray, x, y, w, hgt))
        return self

    def image(self, x, y, w, hgt, px_size, rows):
        p = self.pages[-1]
        name = 'Im%d' % (len(p['images']) + 1)
        p['images'].append((name, px_size, rows))
        p['ops'].append('q %g 0 0 %g %g %g cm /%s Do Q' % (w, hgt, x, y, name))
        return self

    def link(self, x, y, w, hgt, uri):
        self.pages[-1]['links'].append((x, y, w, hgt, uri))
        return self

    def render(self):
        objs = {}
        n_pages = len(self.pages)
        # fixed object numbers: 1 catalog, 2 pages, 3 font F1, 4 font F2, 5 descriptor, 6 descriptor bold,
        # 7 tounicode, 8 info; then per page objects
        nxt = 9
        page_ids = []
        extra = []
        for p in self.pages:
            pid = nxt
            cid = nxt + 1
            nxt += 2
            img_ids = []
            for _ in p['images']:
                img_ids.append(nxt)
                nxt += 1
            link_ids = []
            for _ in p['links']:
                link_ids.append(nxt)
                nxt += 1
            page_ids.append((pid, cid, img_ids, link_ids))
        objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
        objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (
            ' '.join('%d 0 R' % p[0] for p in page_ids), n_pages)).encode()
        codes = sorted(self.chars.items(), key=lambda kv: kv[1])
        diffs = ''
        if codes:
            diffs = '/Differences [128 ' + ' '.join('/uni%04X' % ord(c) for c, _ in codes) + ']'
        last = max([126] + [v for _, v in codes])
        widths = []
        inv = {v: k for k, v in self.chars.items()}
        for code in range(32, last + 1):
            ch = chr(code) if code < 127 else inv.get(code, ' ')
            widths.append(str(_w(ch)))
        for fid, base, desc in ((3, 'Arial', 5), (4, 'Arial,Bold', 6)):
            objs[fid] = ('<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar %d '
                         '/Widths [%s] /FontDescriptor %d 0 R /Encoding << /Type /Encoding '
                         '/BaseEncoding /WinAnsiEncoding %s >> /ToUnicode 7 0 R >>' % (
                             base, last, ' '.join(widths), desc, diffs)).encode()
        objs[5] = (b'<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [-665 -325 2000 1040] '
                   b'/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 >>')
        objs[6] = (b'<< /Type /FontDescriptor /FontName /Arial,Bold /Flags 262176 /FontBBox [-628 -376 2000 1056] '
                   b'/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 120 >>')
        cmap = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
                '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
                '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
                '1 begincodespacerange', '<00> <FF>', 'endcodespacerange']
        pairs = [(c, c) for c in range(32, 127)] + [(v, ord(k)) for k, v in codes]
        for i in range(0, len(pairs), 100):
            chunk = pairs[i:i + 100]
            cmap.append('%d beginbfchar' % len(chunk))
            for a, b in chunk:
                cmap.append('<%02X> <%04X>' % (a, b))
            cmap.append('endbfchar')
        cmap += ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end']
        cm = '\n'.join(cmap).encode()
        objs[7] = b'<< /Length %d >>\nstream\n' % len(cm) + cm + b'\nendstream'

        def pstr(s):
            if all(32 <= ord(c) < 127 for c in s):
                return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'
            return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'
        info = ' '.join('/%s %s' % (k, pstr(v)) for k, v in self.info.items() if v)
        objs[8] = ('<< %s /CreationDate (%s) /ModDate (%s) >>' % (info, self.created, self.created)).encode()
        for p, (pid, cid, img_ids, link_ids) in zip(self.pages, page_ids):
            xo = ''
            if img_ids:
                xo = '/XObject << %s >>' % ' '.join('/%s %d 0 R' % (im[0], oid) for im, oid in zip(p['images'], img_ids))
            annots = ''
            if link_ids:
                annots = '/Annots [%s]' % ' '.join('%d 0 R' % i for i in link_ids)
            objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> %s >> /Contents %d 0 R %s >>' % (
                xo, cid, annots)).encode()
            content = zlib.compress('\n'.join(p['ops']).encode('latin-1'), 9)
            objs[cid] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(content) + content + b'\nendstream'
            for (name, size, rows), oid in zip(p['images'], img_ids):
                data = zlib.compress(b''.join(rows), 9)
                objs[oid] = (b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                             b'/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n' % (size, size, len(data))
                             + data + b'\nendstream')
            for (x, y, w, hh, uri), oid in zip(p['links'], link_ids):
                objs[oid] = ('<< /Type /Annot /Subtype /Link /Rect [%g %g %g %g] /Border [0 0 0] '
                             '/A << /S /URI /URI %s >> >>' % (x, y, x + w, y + hh, pstr(uri))).encode()
        out = bytearray(b'%PDF-' + self.version.encode() + b'\n%\xe2\xe3\xcf\xd3\n')
        offsets = {}
        for i in range(1, nxt):
            offsets[i] = len(out)
            out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % nxt
        for i in range(1, nxt):
            out += b'%010d 00000 n \n' % offsets[i]
        fid = h(repr(self.info) + self.created, 32).upper()
        out += (b'trailer\n<< /Size %d /Root 1 0 R /Info 8 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
                % (nxt, fid.encode(), fid.encode(), xref))
        return bytes(out)


def wrap(s, width):
    words = s.split(' ')
    out = []
    cur = ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def letter(lines_spec, producer='Microsoft® Word für Microsoft 365', creator='Microsoft® Word für Microsoft 365',
           title='', author='', created="D:20261012091500+02'00'", qr=None, link=None):
    """Simple one/two-page business letter/invoice.

    lines_spec: list of items: str (normal line), ('B', str) bold, ('H', str) heading 14pt,
    ('S', n) vertical space, ('W', str) paragraph to wrap, ('R',) horizontal rule,
    ('T', [cols], [widths]) table row.
    qr: optional (size, rows, x, y, w) gray image placed on first page.
    link: optional (x, y, w, h, uri) on first page.
    """
    pdf = PDF(producer=producer, creator=creator, title=title, author=author, created=created)
    pdf.page()
    y = 790
    x = 60
    if qr:
        size, rows, qx, qy, qw = qr
        pdf.image(qx, qy, qw, qw, size, rows)
    if link:
        pdf.link(*link)
    for it in lines_spec:
        if y < 70:
            pdf.page()
            y = 790
        if isinstance(it, str):
            pdf.text(x, y, it, 10)
            y -= 13.5
        elif it[0] == 'B':
            pdf.text(x, y, it[1], 10, True)
            y -= 13.5
        elif it[0] == 'H':
            pdf.text(x, y, it[1], 14, True)
            y -= 22
        elif it[0] == 'S':
            y -= it[1]
        elif it[0] == 'W':
            for ln in wrap(it[1], 95):
                pdf.text(x, y, ln, 10)
                y -= 13.5
        elif it[0] == 'R':
            pdf.rule(x, y + 8, 535, y + 8)
            y -= 6
        elif it[0] == 'T':
            cols, widths = it[1], it[2]
            bold = len(it) > 3 and it[3]
            cx = x
            for c, w in zip(cols, widths):
                pdf.text(cx, y, c, 9.5, bold)
                cx += w
            y -= 13
        elif it[0] == 'Y':
            y = it[1]
    return pdf.render()
