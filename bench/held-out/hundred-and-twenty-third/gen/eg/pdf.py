"""Small deterministic PDF writer (Helvetica, custom /Differences encoding,
images, link annotations) and a reader for the build's own verification."""
import re
import zlib

GLYPHS = {
    'ä': 'adieresis', 'ö': 'odieresis', 'ü': 'udieresis', 'Ä': 'Adieresis', 'Ö': 'Odieresis',
    'Ü': 'Udieresis', 'ß': 'germandbls', 'é': 'eacute', 'è': 'egrave', 'ê': 'ecircumflex',
    'ë': 'edieresis', 'à': 'agrave', 'á': 'aacute', 'â': 'acircumflex', 'í': 'iacute',
    'ì': 'igrave', 'î': 'icircumflex', 'ó': 'oacute', 'ò': 'ograve', 'ô': 'ocircumflex',
    'ú': 'uacute', 'ù': 'ugrave', 'ñ': 'ntilde', 'Ñ': 'Ntilde', 'ç': 'ccedilla', 'Ç': 'Ccedilla',
    'É': 'Eacute', 'È': 'Egrave', 'À': 'Agrave', 'Á': 'Aacute', 'Í': 'Iacute', 'Ó': 'Oacute',
    'Ú': 'Uacute', '¿': 'questiondown', '¡': 'exclamdown', 'º': 'ordmasculine',
    'ª': 'ordfeminine', '°': 'degree', '§': 'section', '€': 'Euro', '£': 'sterling',
    '«': 'guillemotleft', '»': 'guillemotright', '–': 'endash', '—': 'emdash',
    '„': 'quotedblbase', '“': 'quotedblleft', '”': 'quotedblright', '‘': 'quoteleft',
    '’': 'quoteright', '•': 'bullet', '×': 'multiply', '·': 'periodcentered', '©': 'copyright',
    '®': 'registered', '²': 'twosuperior', '³': 'threesuperior', 'µ': 'mu', '½': 'onehalf',
    'ą': 'aogonek', 'Ą': 'Aogonek', 'ę': 'eogonek', 'Ę': 'Eogonek', 'ł': 'lslash',
    'Ł': 'Lslash', 'ś': 'sacute', 'Ś': 'Sacute', 'ż': 'zdotaccent', 'Ż': 'Zdotaccent',
    'ź': 'zacute', 'Ź': 'Zacute', 'ć': 'cacute', 'Ć': 'Cacute', 'ń': 'nacute', 'Ń': 'Nacute',
    'č': 'ccaron', 'š': 'scaron', 'ž': 'zcaron', 'Č': 'Ccaron', 'Š': 'Scaron', 'Ž': 'Zcaron',
    '…': 'ellipsis', '‰': 'perthousand', '†': 'dagger', 'ý': 'yacute', 'Ý': 'Yacute', 'ř': 'rcaron',
    'Ř': 'Rcaron', 'ě': 'ecaron', 'ů': 'uring', 'ő': 'ohungarumlaut', 'ű': 'uhungarumlaut', 'ã': 'atilde',
    'õ': 'otilde', 'Ã': 'Atilde', 'Õ': 'Otilde', 'ï': 'idieresis', 'ÿ': 'ydieresis', 'æ': 'ae', 'ø': 'oslash',
    'å': 'aring', 'Æ': 'AE', 'Ø': 'Oslash', 'Å': 'Aring', '±': 'plusminus', '¼': 'onequarter', '¾': 'threequarters',
    '¹': 'onesuperior', '¢': 'cent', '´': 'acute', '¶': 'paragraph', 'Ì': 'Igrave', 'Î': 'Icircumflex',
    'Ï': 'Idieresis', 'Ò': 'Ograve', 'Ô': 'Ocircumflex', 'Ù': 'Ugrave', 'Û': 'Ucircumflex', 'Ê': 'Ecircumflex',
    'Ë': 'Edieresis', 'Â': 'Acircumflex', 'û': 'ucircumflex', 'ň': 'ncaron', 'ď': 'dcaron', 'ť': 'tcaron',
    'ľ': 'lcaron', 'ĺ': 'lacute', 'ŕ': 'racute', 'Ľ': 'Lcaron', 'ğ': 'gbreve', 'ı': 'dotlessi', 'ş': 'scedilla',
    'Ş': 'Scedilla', 'İ': 'Idotaccent', '‚': 'quotesinglbase', '‹': 'guilsinglleft', '›': 'guilsinglright',
}
GLYPH_UNI = {v: k for k, v in GLYPHS.items()}

# approximate Helvetica advance widths (1/1000 em)
_W = {' ': 278, '!': 278, '"': 355, '#': 556, '$': 556, '%': 889, '&': 667, "'": 191, '(': 333,
      ')': 333, '*': 389, '+': 584, ',': 278, '-': 333, '.': 278, '/': 278, ':': 278, ';': 278,
      '<': 584, '=': 584, '>': 584, '?': 556, '@': 1015, '[': 278, '\\': 278, ']': 278, '_': 556,
      'I': 278, 'J': 500, 'M': 833, 'W': 944, 'f': 278, 'i': 222, 'j': 222, 'l': 222, 'm': 833,
      'r': 333, 't': 278, 'w': 722, 'c': 500, 'k': 500, 's': 500, 'v': 500, 'x': 500, 'y': 500,
      'z': 500, 'L': 556, 'F': 611, 'T': 611, 'Z': 611, 'E': 667, 'K': 667, 'P': 667, 'S': 667,
      'V': 667, 'X': 667, 'Y': 667, 'A': 667, 'B': 667, 'C': 722, 'D': 722, 'H': 722, 'N': 722,
      'R': 722, 'U': 722, 'G': 778, 'O': 778, 'Q': 778, '€': 556, '–': 556, '—': 1000}


def text_width(s, size, bold=False):
    w = 0
    for ch in s:
        if ch in _W:
            w += _W[ch]
        elif ch.isdigit():
            w += 556
        elif ch.isupper():
            w += 700
        else:
            w += 556
    return w * size / 1000.0 * (1.05 if bold else 1.0)


def _pdfdate(dt):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60) if off is not None else 0
    sign = '+' if mins >= 0 else '-'
    return "D:%s%s%02d'%02d'" % (dt.strftime('%Y%m%d%H%M%S'), sign, abs(mins) // 60, abs(mins) % 60)


def _lit(b):
    out = b'('
    for c in b:
        if c in b'()\\':
            out += b'\\' + bytes([c])
        elif c < 32 or c > 126:
            out += b'\\%03o' % c
        else:
            out += bytes([c])
    return out + b')'


class Page:
    def __init__(self, doc, w=595, h=842):
        self.doc, self.w, self.h = doc, w, h
        self.ops = []
        self.links = []
        self.images = []

    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0)):
        self.doc._use(s)
        enc = self.doc._enc(s)
        self.ops.append(b'BT /F%d %.1f Tf %.3f %.3f %.3f rg %.2f %.2f Td ' % (
            2 if bold else 1, size, color[0], color[1], color[2], x, y) + _lit(enc) + b' Tj ET')

    def text_right(self, x, y, s, size=10, bold=False, color=(0, 0, 0)):
        self.text(x - text_width(s, size, bold), y, s, size, bold, color)

    def text_center(self, x, y, s, size=10, bold=False, color=(0, 0, 0)):
        self.text(x - text_width(s, size, bold) / 2, y, s, size, bold, color)

    def para(self, x, y, width, s, size=10, lead=None, bold=False, color=(0, 0, 0)):
        lead = lead or size * 1.35
        for block in s.split('\n'):
            words = block.split(' ')
            line = ''
            for wd in words:
                cand = (line + ' ' + wd).strip() if line else wd
                if text_width(cand, size, bold) > width and line:
                    self.text(x, y, line, size, bold, color)
                    y -= lead
                    line = wd
                else:
                    line = cand
            self.text(x, y, line, size, bold, color)
            y -= lead
        return y

    def line(self, x0, y0, x1, y1, w=0.5, color=(0, 0, 0)):
        self.ops.append(b'%.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S' % (color + (w, x0, y0, x1, y1)))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        s = b''
        if fill:
            s += b'%.3f %.3f %.3f rg ' % fill
        if stroke:
            s += b'%.3f %.3f %.3f RG %.2f w ' % (stroke + (lw,))
        s += b'%.2f %.2f %.2f %.2f re ' % (x, y, w, h)
        s += b'B' if fill and stroke else (b'f' if fill else b'S')
        self.ops.append(s)

    def image(self, x, y, w, h, img):
        """img: (colorspace 'gray'|'rgb', px_width, px_height, raw bytes)"""
        name = 'Im%d' % (len(self.doc.images) + 1)
        self.doc.images.append((name, img))
        self.images.append(name)
        self.ops.append(b'q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q' % (w, h, x, y, name.encode()))

    def link(self, x, y, w, h, uri):
        self.links.append((x, y, w, h, uri))


class PDF:
    def __init__(self, title='', author='', creator='', producer='', created=None, file_id=b'0' * 16,
                 version='1.7'):
        self.title, self.author, self.creator, self.producer = title, author, creator, producer
        self.created = created
        self.file_id = file_id
        self.version = version
        self.pages = []
        self.images = []
        self.chars = []

    def page(self, w=595, h=842):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    def _use(self, s):
        for ch in s:
            if ord(ch) > 126 and ch not in self.chars and ch != '\u00a0':
                if ch not in GLYPHS:
                    raise ValueError('no PDF glyph for %r' % ch)
                self.chars.append(ch)

    def _enc(self, s):
        out = bytearray()
        for ch in s:
            if ch == '\u00a0':
                ch = ' '
            if ord(ch) <= 126:
                out.append(ord(ch))
            else:
                out.append(128 + self.chars.index(ch))
        return bytes(out)

    def bytes(self):
        objs = []

        def add(b):
            objs.append(b)
            return len(objs)
        cat = add(None)
        pages = add(None)
        diffs = b' '.join(b'/' + GLYPHS[c].encode() for c in self.chars)
        enc = add(b'<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 ' + diffs + b'] >>')
        f1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R >>' % enc)
        f2 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R >>' % enc)
        imgobj = {}
        for name, (cs, pw, ph, raw) in self.images:
            data = zlib.compress(raw, 9)
            imgobj[name] = add(b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s '
                               b'/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n' % (
                                   pw, ph, b'DeviceGray' if cs == 'gray' else b'DeviceRGB', len(data))
                               + data + b'\nendstream')
        kids = []
        for p in self.pages:
            content = zlib.compress(b'\n'.join(p.ops), 9)
            cobj = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(content) + content + b'\nendstream')
            annots = []
            for (x, y, w, h, uri) in p.links:
                annots.append(add(b'<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] '
                                  b'/A << /S /URI /URI ' % (x, y, x + w, y + h) + _lit(uri.encode('ascii')) + b' >> >>'))
            xo = b''
            if p.images:
                xo = b' /XObject << ' + b' '.join(b'/%s %d 0 R' % (n.encode(), imgobj[n]) for n in p.images) + b' >>'
            an = b''
            if annots:
                an = b' /Annots [' + b' '.join(b'%d 0 R' % a for a in annots) + b']'
            kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R '
                            b'/F2 %d 0 R >>%s >> /Contents %d 0 R%s >>' % (pages, p.w, p.h, f1, f2, xo, cobj, an)))
        objs[cat - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages
        objs[pages - 1] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % len(kids)

        def u16(s):
            if all(ord(c) < 127 for c in s):
                return _lit(s.encode('ascii'))
            return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'
        info = b'<< /Title ' + u16(self.title) + b' /Author ' + u16(self.author) + b' /Creator ' + u16(self.creator) + \
            b' /Producer ' + u16(self.producer)
        if self.created:
            d = _pdfdate(self.created).encode()
            info += b' /CreationDate (' + d + b') /ModDate (' + d + b')'
        info += b' >>'
        infoobj = add(info)
        out = b'%PDF-' + self.version.encode() + b'\n%\xe2\xe3\xcf\xd3\n'
        offs = []
        for i, o in enumerate(objs):
            offs.append(len(out))
            out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for o in offs:
            out += b'%010d 00000 n \n' % o
        fid = self.file_id.hex().upper().encode()
        out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
            len(objs) + 1, cat, infoobj, fid, fid, xref)
        return out


# ---------------------------------------------------------------- reader

def _unlit(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5c:
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oc = b''
                while j < len(s) and j < i + 4 and 0x30 <= s[j] <= 0x37:
                    oc += bytes([s[j]])
                    j += 1
                out.append(int(oc, 8))
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def read_pdf(data):
    """Returns dict: text (str), uris (list), images (list of (w, h, cs, raw)), pages (int)."""
    if not data.startswith(b'%PDF-'):
        raise ValueError('not a PDF')
    # check xref offsets
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    if not m:
        raise ValueError('PDF without startxref')
    xref = int(m.group(1))
    if data[xref:xref + 4] != b'xref':
        raise ValueError('startxref does not point to xref')
    n = int(re.match(rb'xref\s+0 (\d+)', data[xref:]).group(1))
    entries = re.findall(rb'(\d{10}) (\d{5}) ([nf]) ', data[xref:xref + 30 + 20 * n])
    objs = {}
    for i, (off, gen, kind) in enumerate(entries):
        if kind == b'n':
            off = int(off)
            mm = re.match(rb'(\d+) 0 obj\n', data[off:off + 20])
            if not mm or int(mm.group(1)) != i:
                raise ValueError('xref offset of object %d is wrong' % i)
            end = data.index(b'\nendobj', off)
            objs[i] = data[off + len(mm.group(0)):end]
    diffs = {}
    for o in objs.values():
        if o.startswith(b'<< /Type /Encoding'):
            m = re.search(rb'/Differences \[(\d+) ([^\]]*)\]', o)
            if m:
                start = int(m.group(1))
                for k, name in enumerate(m.group(2).split()):
                    diffs[start + k] = GLYPH_UNI[name[1:].decode()]
    text = []
    uris = []
    images = []
    pages = 0
    for o in objs.values():
        if b'/Type /Page ' in o:
            pages += 1
        for u in re.findall(rb'/URI (\((?:[^()\\]|\\.)*\))', o):
            uris.append(_unlit(u[1:-1]).decode('ascii'))
        if b'stream\n' in o:
            head, _, rest = o.partition(b'stream\n')
            raw = rest[:rest.rindex(b'\nendstream')]
            ln = int(re.search(rb'/Length (\d+)', head).group(1))
            if ln != len(raw):
                raise ValueError('stream length mismatch')
            if b'/FlateDecode' in head:
                raw = zlib.decompress(raw)
            if b'/Subtype /Image' in head:
                w = int(re.search(rb'/Width (\d+)', head).group(1))
                h = int(re.search(rb'/Height (\d+)', head).group(1))
                cs = 'gray' if b'DeviceGray' in head else 'rgb'
                images.append((w, h, cs, raw))
            elif b'/Length' in head:
                lines = []
                for s in re.findall(rb'(\((?:[^()\\]|\\.)*\)) Tj', raw):
                    b = _unlit(s[1:-1])
                    lines.append(''.join(diffs[c] if c >= 128 else chr(c) for c in b))
                text.append('\n'.join(lines))
    return {'text': '\n'.join(text), 'uris': uris, 'images': images, 'pages': pages}
