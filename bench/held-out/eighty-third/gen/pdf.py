"""Small PDF 1.4 writer: text (any script via a per-document single-byte encoding
with /Differences + ToUnicode), lines, optional grayscale images and URI links.
No JavaScript, no embedded files, no forms."""
import zlib

AGL = {
    'Ä': 'Adieresis', 'Ö': 'Odieresis', 'Ü': 'Udieresis', 'ä': 'adieresis', 'ö': 'odieresis',
    'ü': 'udieresis', 'ß': 'germandbls', 'é': 'eacute', 'è': 'egrave', 'à': 'agrave', 'ò': 'ograve',
    'ù': 'ugrave', 'ì': 'igrave', 'á': 'aacute', 'í': 'iacute', 'ó': 'oacute', 'ú': 'uacute',
    'ñ': 'ntilde', 'Ñ': 'Ntilde', 'ç': 'ccedilla', 'É': 'Eacute', 'È': 'Egrave', 'À': 'Agrave',
    'Á': 'Aacute', 'Í': 'Iacute', 'Ó': 'Oacute', 'Ú': 'Uacute', '€': 'Euro', '§': 'section',
    '°': 'degree', '–': 'endash', '—': 'emdash', '„': 'quotedblbase', '“': 'quotedblleft',
    '”': 'quotedblright', '‘': 'quoteleft', '’': 'quoteright', '·': 'periodcentered', '•': 'bullet',
    '«': 'guillemotleft', '»': 'guillemotright', 'ł': 'lslash', 'Ł': 'Lslash', '£': 'sterling',
    'º': 'ordmasculine', 'ª': 'ordfeminine', '×': 'multiply', '©': 'copyright', '®': 'registered',
    '¿': 'questiondown', '¡': 'exclamdown', '…': 'ellipsis', 'ê': 'ecircumflex', 'â': 'acircumflex',
    'ô': 'ocircumflex', 'î': 'icircumflex', 'û': 'ucircumflex', 'ë': 'edieresis', 'ï': 'idieresis',
    '½': 'onehalf', 'µ': 'mu', '²': 'twosuperior', '\u00a0': 'space',
}


HELV_W = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
          556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
          1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
          667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
          333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
          556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


class PDF:
    def __init__(self, title='', author='', creator='', producer='', date='D:20261001090000+02\'00\''):
        self.pages = []      # list of dicts: ops(list of str), links, images
        self.meta = dict(Title=title, Author=author, Creator=creator, Producer=producer,
                         CreationDate=date, ModDate=date)
        self.charmap = {}    # char -> code (128..255)
        self.new_page()

    def new_page(self):
        self.page = {'ops': [], 'links': [], 'images': []}
        self.pages.append(self.page)

    def _code(self, ch):
        o = ord(ch)
        if 32 <= o < 127:
            return o
        if ch not in self.charmap:
            code = 128 + len(self.charmap)
            if code > 255:
                raise ValueError('too many distinct non-ASCII chars in one PDF')
            self.charmap[ch] = code
        return self.charmap[ch]

    def _str(self, s):
        return '<' + ''.join('%02X' % self._code(c) for c in s) + '>'

    def text(self, x, y, s, size=10, bold=False, gray=0.0):
        f = 'F2' if bold else 'F1'
        self.page['ops'].append('BT %.3f g /%s %.1f Tf %.1f %.1f Td %s Tj ET' % (gray, f, size, x, y, self._str(s)))

    def rect(self, x, y, w, h, gray=0.85, fill=True):
        self.page['ops'].append('%.3f g %.3f G %.1f %.1f %.1f %.1f re %s' % (gray, gray, x, y, w, h, 'f' if fill else 'S'))

    def line(self, x1, y1, x2, y2, width=0.5, gray=0.0):
        self.page['ops'].append('%.3f G %.2f w %.1f %.1f m %.1f %.1f l S' % (gray, width, x1, y1, x2, y2))

    def image(self, x, y, w, h, width_px, rows):
        """rows: list of bytes, one byte per pixel (DeviceGray 8-bit)."""
        name = 'Im%d' % (len(self.page['images']) + 1)
        self.page['images'].append((name, width_px, len(rows), zlib.compress(b''.join(rows), 9)))
        self.page['ops'].append('q %.1f 0 0 %.1f %.1f %.1f cm /%s Do Q' % (w, h, x, y, name))

    def link(self, x, y, w, h, uri):
        self.page['links'].append((x, y, w, h, uri))

    # -- layout helper
    def flow(self, lines, x=56, y=780, size=10, lead=None):
        """lines: list of str or (str, dict(size=, bold=, gap=)). Returns next y."""
        for item in lines:
            if isinstance(item, tuple):
                s, o = item
            else:
                s, o = item, {}
            sz = o.get('size', size)
            y -= o.get('gap', 0)
            if s:
                self.text(o.get('x', x), y, s, sz, o.get('bold', False), o.get('gray', 0.0))
            for cx, ct in o.get('cols', []):
                if cx < 0:   # right-aligned at -cx (approximate width)
                    cx = -cx - len(ct) * sz * 0.52
                self.text(cx, y, ct, sz, o.get('bold', False), o.get('gray', 0.0))
            if o.get('rule'):
                self.line(x, y - 3, 539, y - 3, 0.4, 0.5)
            y -= lead or sz * 1.35
            if y < 60:
                self.new_page()
                y = 780
        return y

    def render(self):
        objs = []   # index 0 -> obj 1

        def add(body):
            objs.append(body)
            return len(objs)

        diffs = ' '.join('%d /%s' % (code, AGL.get(ch, 'uni%04X' % ord(ch)))
                         for ch, code in sorted(self.charmap.items(), key=lambda kv: kv[1]))
        enc = add('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [ %s ] >>' % diffs
                  if diffs else '<< /Type /Encoding /BaseEncoding /WinAnsiEncoding >>')
        cmap_lines = ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
                      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
                      '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
                      '1 begincodespacerange', '<00> <FF>', 'endcodespacerange',
                      '1 beginbfrange', '<20> <7E> <0020>', 'endbfrange']
        items = sorted(self.charmap.items(), key=lambda kv: kv[1])
        for i in range(0, len(items), 100):
            chunk = items[i:i + 100]
            cmap_lines.append('%d beginbfchar' % len(chunk))
            for ch, code in chunk:
                cmap_lines.append('<%02X> <%04X>' % (code, ord(ch)))
            cmap_lines.append('endbfchar')
        cmap_lines += ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end']
        cm = '\n'.join(cmap_lines).encode('ascii')
        tou = add(('<< /Length %d >>\nstream\n' % len(cm)).encode() + cm + b'\nendstream')
        last = 127 + len(self.charmap) if self.charmap else 126
        widths = []
        for code in range(32, last + 1):
            if code < 127:
                widths.append(HELV_W[code - 32])
            elif code == 127:
                widths.append(278)
            else:
                ch = [c for c, v in self.charmap.items() if v == code][0]
                widths.append(667 if ch.isupper() else 556)
        wid = add('[ %s ]' % ' '.join(map(str, widths)))
        f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R /ToUnicode %d 0 R '
                 '/FirstChar 32 /LastChar %d /Widths %d 0 R >>' % (enc, tou, last, wid))
        f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R /ToUnicode %d 0 R '
                 '/FirstChar 32 /LastChar %d /Widths %d 0 R >>' % (enc, tou, last, wid))
        pages_id = len(objs) + 1
        add(None)  # placeholder for Pages
        kids = []
        for pg in self.pages:
            xobj = {}
            for name, w, h, data in pg['images']:
                xobj[name] = add(('<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                                  '/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n' % (w, h, len(data))).encode()
                                 + data + b'\nendstream')
            content = zlib.compress('\n'.join(pg['ops']).encode('latin-1'), 9)
            cid = add(('<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(content)).encode() + content + b'\nendstream')
            annots = []
            for (x, y, w, h, uri) in pg['links']:
                annots.append(add('<< /Type /Annot /Subtype /Link /Rect [%.1f %.1f %.1f %.1f] /Border [0 0 0] '
                                  '/A << /S /URI /URI (%s) >> >>' % (x, y, x + w, y + h, uri)))
            res = '/Font << /F1 %d 0 R /F2 %d 0 R >>' % (f1, f2)
            if xobj:
                res += ' /XObject << %s >>' % ' '.join('/%s %d 0 R' % kv for kv in xobj.items())
            pdict = '<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << %s >> /Contents %d 0 R' % (pages_id, res, cid)
            if annots:
                pdict += ' /Annots [%s]' % ' '.join('%d 0 R' % a for a in annots)
            kids.append(add(pdict + ' >>'))
        objs[pages_id - 1] = '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))
        catalog = add('<< /Type /Catalog /Pages %d 0 R >>' % pages_id)

        def pdfstr(s):
            if all(ord(c) < 128 for c in s):
                return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'
            return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'
        info = add('<< %s >>' % ' '.join('/%s %s' % (k, pdfstr(v)) for k, v in self.meta.items() if v))

        out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
        offsets = []
        for i, body in enumerate(objs):
            offsets.append(len(out))
            if isinstance(body, str):
                body = body.encode('latin-1')
            out += b'%d 0 obj\n' % (i + 1) + body + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for o in offsets:
            out += b'%010d 00000 n \n' % o
        out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
                % (len(objs) + 1, catalog, info, xref))
        return bytes(out)


def letter(title_lines, body_lines, meta=None, footer=None, qr=None, link=None):
    """Convenience: header block, flowing body, optional footer, QR image, link box.
    qr: (width_px, rows, x, y, size_pt); link: (x, y, w, h, uri, label)."""
    meta = meta or {}
    p = PDF(**meta)
    y = 800
    for i, t in enumerate(title_lines):
        bold = i == 0
        p.text(56, y, t, 15 if i == 0 else 8.5, bold=bold, gray=0.15 if i == 0 else 0.35)
        y -= 20 if i == 0 else 11
    p.line(56, y + 4, 539, y + 4, 0.8, 0.3)
    if qr:
        w, rows, qx, qy, sz = qr
        p.image(qx, qy, sz, sz, w, rows)
    if link:
        x, ly, w, h, uri, label = link
        p.rect(x, ly, w, h, gray=0.2)
        p.text(x + 12, ly + h / 2 - 4, label, 11, bold=True, gray=1.0)
        p.link(x, ly, w, h, uri)
    p.flow(body_lines, y=y - 14)
    if footer:
        fy = 48
        p.page = p.pages[0] if len(p.pages) == 1 else p.page
        for t in footer:
            p.text(56, fy, t, 7, gray=0.4)
            fy -= 9
    return p.render()
