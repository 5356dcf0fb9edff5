"""Small deterministic PDF writer: Helvetica text in any script (custom
encoding + ToUnicode map so text extraction works), lines, rectangles,
grayscale images (QR codes) and URI link annotations."""
import hashlib
import zlib

_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]

_AGL = {
    'À': 'Agrave', 'Á': 'Aacute', 'Â': 'Acircumflex', 'Ä': 'Adieresis', 'Ç': 'Ccedilla',
    'È': 'Egrave', 'É': 'Eacute', 'Ê': 'Ecircumflex', 'Í': 'Iacute', 'Ñ': 'Ntilde',
    'Ó': 'Oacute', 'Ö': 'Odieresis', 'Ú': 'Uacute', 'Ü': 'Udieresis', 'ß': 'germandbls',
    'à': 'agrave', 'á': 'aacute', 'â': 'acircumflex', 'ä': 'adieresis', 'ç': 'ccedilla',
    'è': 'egrave', 'é': 'eacute', 'ê': 'ecircumflex', 'ë': 'edieresis', 'ì': 'igrave',
    'í': 'iacute', 'î': 'icircumflex', 'ï': 'idieresis', 'ñ': 'ntilde', 'ò': 'ograve',
    'ó': 'oacute', 'ô': 'ocircumflex', 'ö': 'odieresis', 'ù': 'ugrave', 'ú': 'uacute',
    'û': 'ucircumflex', 'ü': 'udieresis', '€': 'Euro', '§': 'section', '°': 'degree',
    '·': 'periodcentered', '–': 'endash', '—': 'emdash', '„': 'quotedblbase',
    '“': 'quotedblleft', '”': 'quotedblright', '‘': 'quoteleft', '’': 'quoteright',
    '«': 'guillemotleft', '»': 'guillemotright', '•': 'bullet', '©': 'copyright',
    '®': 'registered', '×': 'multiply', 'ą': 'aogonek', 'Ą': 'Aogonek', 'ć': 'cacute',
    'Ć': 'Cacute', 'ę': 'eogonek', 'Ę': 'Eogonek', 'ł': 'lslash', 'Ł': 'Lslash',
    'ń': 'nacute', 'Ń': 'Nacute', 'ś': 'sacute', 'Ś': 'Sacute', 'ź': 'zacute',
    'Ź': 'Zacute', 'ż': 'zdotaccent', 'Ż': 'Zdotaccent', '£': 'sterling', 'º': 'ordmasculine',
    'ª': 'ordfeminine', '¿': 'questiondown', '¡': 'exclamdown', '…': 'ellipsis',
    '№': 'afii61352', '²': 'twosuperior', '½': 'onehalf', '\u00a0': 'space',
}


def glyph_name(ch):
    return _AGL.get(ch, 'uni%04X' % ord(ch))


_SPECIAL_W = {'ł': 222, 'Ł': 556, 'ß': 611, '€': 556, '«': 556, '»': 556, '–': 556, '—': 1000, '„': 333,
              '“': 333, '”': 333, '‘': 222, '’': 222, '•': 350, '№': 1000, '·': 278, '°': 400, '§': 556,
              '£': 556, '\u00a0': 278, '…': 1000, '²': 333, '×': 584}


def char_width(ch, bold=False):
    import unicodedata
    o = ord(ch)
    if 32 <= o <= 126:
        w = _HELV[o - 32]
    elif ch in _SPECIAL_W:
        w = _SPECIAL_W[ch]
    else:
        base = unicodedata.normalize('NFD', ch)[0]
        if 32 <= ord(base) <= 126:
            w = _HELV[ord(base) - 32]
        elif '\u0400' <= ch <= '\u04ff' or '\u0370' <= ch <= '\u03ff':
            w = 600 if ch.isupper() else 540
        else:
            w = 556
    return w * (1.06 if bold else 1.0)


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


class Page:
    def __init__(self, w=595.28, h=841.89):
        self.w, self.h = w, h
        self.ops = []
        self.links = []
        self.images = []

    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0)):
        self.ops.append(('T', x, y, s, size, bold, color))

    def text_right(self, xr, y, s, size=10, bold=False, color=(0, 0, 0)):
        self.text(xr - text_width(s, size, bold), y, s, size, bold, color)

    def text_center(self, xc, y, s, size=10, bold=False, color=(0, 0, 0)):
        self.text(xc - text_width(s, size, bold) / 2, y, s, size, bold, color)

    def para(self, x, y, width, s, size=10, leading=None, bold=False, color=(0, 0, 0)):
        leading = leading or size * 1.35
        for ln in wrap(s, width, size, bold):
            self.text(x, y, ln, size, bold, color)
            y -= leading
        return y

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0)):
        self.ops.append(('L', x1, y1, x2, y2, w, color))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        self.ops.append(('R', x, y, w, h, fill, stroke, lw))

    def image(self, x, y, w, h, px_w, px_h, gray_bytes):
        name = 'Im%d' % (len(self.images) + 1)
        self.images.append((name, px_w, px_h, gray_bytes))
        self.ops.append(('I', x, y, w, h, name))

    def qr(self, x, y, size_pt, payload, ecl='M'):
        from . import qr as qrmod
        m = qrmod.encode(payload, ecl)
        w, h, rows = qrmod.to_pixels(m, scale=4, quiet=2)
        self.image(x, y, size_pt, size_pt, w, h, b''.join(bytes(r) for r in rows))

    def link(self, x, y, w, h, url):
        self.links.append((x, y, w, h, url))


def _esc(b):
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5c):
            out += b'\\' + bytes([c])
        elif c < 32 or c > 126:
            out += b'\\%03o' % c
        else:
            out.append(c)
    return bytes(out)


def _pdfstr(s):
    """Text string for Info dictionary (UTF-16BE with BOM if non-ASCII)."""
    try:
        b = s.encode('ascii')
    except UnicodeEncodeError:
        b = b'\xfe\xff' + s.encode('utf-16-be')
    return b'(' + _esc(b) + b')'


def _num(v):
    if isinstance(v, int):
        return str(v)
    s = ('%.2f' % v).rstrip('0').rstrip('.')
    return s if s not in ('-0', '') else '0'


class Document:
    def __init__(self, title='', author='', creator='', producer='', created='D:20261103091500+01\'00\'',
                 subject='', lang=None):
        self.pages = []
        self.info = dict(Title=title, Author=author, Creator=creator, Producer=producer,
                         CreationDate=created, ModDate=created, Subject=subject)
        self.lang = lang

    def page(self):
        p = Page()
        self.pages.append(p)
        return p

    def all_text(self):
        return '\n'.join(op[3] for p in self.pages for op in p.ops if op[0] == 'T')

    def build(self):
        chars = sorted({c for p in self.pages for op in p.ops if op[0] == 'T' for c in op[3]
                        if ord(c) > 126 or ord(c) < 32})
        if len(chars) > 128:
            raise ValueError('too many distinct non-ASCII characters in PDF')
        code = {c: 128 + i for i, c in enumerate(chars)}

        def enc(s):
            return bytes(code[c] if c in code else ord(c) for c in s)
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)

        def stream(dict_extra, data, compress=True):
            if compress:
                data = zlib.compress(data, 9)
                dict_extra = dict_extra + b' /Filter /FlateDecode'
            return b'<< ' + dict_extra + b' /Length %d >>\nstream\n' % len(data) + data + b'\nendstream'
        catalog = add(None)
        pages_id = add(None)
        diffs = b' '.join([b'128'] + [b'/' + glyph_name(c).encode() for c in chars])
        enc_id = add(b'<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [ ' + diffs + b' ] >>')
        cmap_lines = []
        for o in range(32, 127):
            cmap_lines.append(b'<%02X> <%04X>' % (o, o))
        for c, o in code.items():
            cmap_lines.append(b'<%02X> <%04X>' % (o, ord(c)))
        cm = (b'/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
              b'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
              b'/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n'
              b'1 begincodespacerange\n<00> <FF>\nendcodespacerange\n')
        for i in range(0, len(cmap_lines), 100):
            chunk = cmap_lines[i:i + 100]
            cm += b'%d beginbfchar\n' % len(chunk) + b'\n'.join(chunk) + b'\nendbfchar\n'
        cm += b'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n'
        tu_id = add(stream(b'', cm))
        font_ids = {}
        for key, base, bold in ((b'F1', b'Helvetica', False), (b'F2', b'Helvetica-Bold', True)):
            widths = []
            for o in range(32, 256):
                if o <= 126:
                    widths.append(int(char_width(chr(o), bold)))
                else:
                    c = chars[o - 128] if 0 <= o - 128 < len(chars) else None
                    widths.append(int(char_width(c, bold)) if c else 0)
            font_ids[key] = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /' + base
                                + b' /Encoding %d 0 R /ToUnicode %d 0 R /FirstChar 32 /LastChar 255 /Widths [ '
                                % (enc_id, tu_id) + b' '.join(str(w).encode() for w in widths) + b' ] >>')
        page_ids = []
        for p in self.pages:
            img_ids = {}
            for name, pw, ph, data in p.images:
                img_ids[name] = add(stream(b'/Type /XObject /Subtype /Image /Width %d /Height %d '
                                           b'/ColorSpace /DeviceGray /BitsPerComponent 8 /Interpolate false'
                                           % (pw, ph), data))
            cs = []
            for op in p.ops:
                if op[0] == 'T':
                    _, x, y, s, size, bold, col = op
                    cs.append(('BT %s %s %s rg /%s %s Tf %s %s Td (' % (
                        _num(col[0]), _num(col[1]), _num(col[2]), 'F2' if bold else 'F1', _num(size),
                        _num(x), _num(y))).encode() + _esc(enc(s)) + b') Tj ET')
                elif op[0] == 'L':
                    _, x1, y1, x2, y2, w, col = op
                    cs.append(('%s %s %s RG %s w %s %s m %s %s l S' % (
                        _num(col[0]), _num(col[1]), _num(col[2]), _num(w), _num(x1), _num(y1),
                        _num(x2), _num(y2))).encode())
                elif op[0] == 'R':
                    _, x, y, w, h, fill, stroke, lw = op
                    s = 'q '
                    if fill is not None:
                        s += '%s %s %s rg ' % tuple(_num(v) for v in fill)
                    if stroke is not None:
                        s += '%s %s %s RG %s w ' % (tuple(_num(v) for v in stroke) + (_num(lw),))
                    s += '%s %s %s %s re ' % (_num(x), _num(y), _num(w), _num(h))
                    s += {(True, True): 'B', (True, False): 'f', (False, True): 'S'}[(fill is not None, stroke is not None)]
                    cs.append((s + ' Q').encode())
                elif op[0] == 'I':
                    _, x, y, w, h, name = op
                    cs.append(('q %s 0 0 %s %s %s cm /%s Do Q' % (_num(w), _num(h), _num(x), _num(y), name)).encode())
            content_id = add(stream(b'', b'\n'.join(cs) + b'\n'))
            annots = []
            for (x, y, w, h, url) in p.links:
                annots.append(add(b'<< /Type /Annot /Subtype /Link /Rect [ %s %s %s %s ] /Border [ 0 0 0 ] '
                                  % tuple(_num(v).encode() for v in (x, y, x + w, y + h))
                                  + b'/A << /Type /Action /S /URI /URI ' + _pdfstr(url) + b' >> >>'))
            res = b'<< /Font << /F1 %d 0 R /F2 %d 0 R >>' % (font_ids[b'F1'], font_ids[b'F2'])
            if img_ids:
                res += b' /XObject << ' + b' '.join(b'/%s %d 0 R' % (n.encode(), i) for n, i in img_ids.items()) + b' >>'
            res += b' >>'
            pg = (b'<< /Type /Page /Parent %d 0 R /MediaBox [ 0 0 %s %s ] /Resources ' % (
                pages_id, _num(p.w).encode(), _num(p.h).encode()) + res + b' /Contents %d 0 R' % content_id)
            if annots:
                pg += b' /Annots [ ' + b' '.join(b'%d 0 R' % a for a in annots) + b' ]'
            page_ids.append(add(pg + b' >>'))
        objs[pages_id - 1] = b'<< /Type /Pages /Kids [ ' + b' '.join(b'%d 0 R' % i for i in page_ids) + b' ] /Count %d >>' % len(page_ids)
        cat = b'<< /Type /Catalog /Pages %d 0 R' % pages_id
        if self.lang:
            cat += b' /Lang ' + _pdfstr(self.lang)
        objs[catalog - 1] = cat + b' >>'
        info = b'<< ' + b' '.join(b'/' + k.encode() + b' ' + _pdfstr(v) for k, v in self.info.items() if v) + b' >>'
        info_id = add(info)
        out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for o in offsets:
            out += b'%010d 00000 n \n' % o
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [ <' % (len(objs) + 1, catalog, info_id)
                + fid + b'> <' + fid + b'> ] >>\nstartxref\n%d\n%%%%EOF\n' % xref)
        return bytes(out)


def check(data):
    """Structural check: header, xref offsets, trailer. Returns list of image XObjects
    (w, h, gray bytes) found."""
    import re
    assert data.startswith(b'%PDF-1.'), 'no PDF header'
    assert data.rstrip().endswith(b'%%EOF'), 'no EOF'
    sx = int(data[data.rindex(b'startxref') + 9:].split()[0])
    assert data[sx:sx + 4] == b'xref', 'startxref wrong'
    lines = data[sx:].split(b'\n')
    first, count = map(int, lines[1].split())
    for i in range(1, count):
        off = int(lines[2 + i][:10])
        assert data[off:].startswith(b'%d 0 obj' % (first + i)), 'xref offset wrong for obj %d' % i
    imgs = []
    for m in re.finditer(rb'/Subtype /Image /Width (\d+) /Height (\d+) [^>]*?/Length (\d+) >>\nstream\n', data):
        w, h, ln = int(m.group(1)), int(m.group(2)), int(m.group(3))
        raw = data[m.end():m.end() + ln]
        imgs.append((w, h, zlib.decompress(raw)))
    return imgs


def decode_qr_images(data):
    from . import qr
    out = []
    for w, h, raw in check(data):
        g = lambda x, y, raw=raw, w=w: raw[y * w + x]
        out.append(qr.decode_matrix(qr.matrix_from_pixels(w, h, g)))
    return out
