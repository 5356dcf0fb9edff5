"""A small text PDF writer (non-embedded Helvetica/Arial with per-document encoding and
ToUnicode map, vector rules, QR images, URI links) and a matching reader for verification."""
import hashlib
import re
import unicodedata
import zlib

from util import zone_offset
import datetime as _dt

HELV = {32: 278, 33: 278, 34: 355, 35: 556, 36: 556, 37: 889, 38: 667, 39: 191, 40: 333, 41: 333, 42: 389,
        43: 584, 44: 278, 45: 333, 46: 278, 47: 278, 58: 278, 59: 278, 60: 584, 61: 584, 62: 584, 63: 556,
        64: 1015, 65: 667, 66: 667, 67: 722, 68: 722, 69: 667, 70: 611, 71: 778, 72: 722, 73: 278, 74: 500,
        75: 667, 76: 556, 77: 833, 78: 722, 79: 778, 80: 667, 81: 778, 82: 722, 83: 667, 84: 611, 85: 722,
        86: 667, 87: 944, 88: 667, 89: 667, 90: 611, 91: 278, 92: 278, 93: 278, 94: 469, 95: 556, 96: 333,
        97: 556, 98: 556, 99: 500, 100: 556, 101: 556, 102: 278, 103: 556, 104: 556, 105: 222, 106: 222,
        107: 500, 108: 222, 109: 833, 110: 556, 111: 556, 112: 556, 113: 556, 114: 333, 115: 500, 116: 278,
        117: 556, 118: 500, 119: 722, 120: 500, 121: 500, 122: 500, 123: 334, 124: 260, 125: 334, 126: 584}
for _d in range(48, 58):
    HELV[_d] = 556

SPECIAL_NAMES = {
    '€': 'Euro', '–': 'endash', '—': 'emdash', '‘': 'quoteleft', '’': 'quoteright', '“': 'quotedblleft',
    '”': 'quotedblright', '„': 'quotedblbase', '‚': 'quotesinglbase', '•': 'bullet', '…': 'ellipsis',
    '«': 'guillemotleft', '»': 'guillemotright', '°': 'degree', '§': 'section', '©': 'copyright',
    '®': 'registered', '™': 'trademark', '²': 'twosuperior', '³': 'threesuperior', 'µ': 'mu',
    '×': 'multiply', '·': 'periodcentered', '½': 'onehalf', 'ß': 'germandbls', 'æ': 'ae', 'Æ': 'AE',
    'ø': 'oslash', 'Ø': 'Oslash', 'ł': 'lslash', 'Ł': 'Lslash', 'đ': 'dcroat', 'Đ': 'Dcroat', 'ı': 'dotlessi',
    '¡': 'exclamdown', '¿': 'questiondown', 'ª': 'ordfeminine', 'º': 'ordmasculine', '±': 'plusminus',
    '№': 'uni2116', '‰': 'perthousand', '†': 'dagger', '¼': 'onequarter', '¾': 'threequarters',
}
ACCENTS = {'DIAERESIS': 'dieresis', 'ACUTE': 'acute', 'GRAVE': 'grave', 'CIRCUMFLEX': 'circumflex',
           'TILDE': 'tilde', 'RING ABOVE': 'ring', 'CEDILLA': 'cedilla', 'OGONEK': 'ogonek', 'CARON': 'caron',
           'DOT ABOVE': 'dotaccent', 'DOUBLE ACUTE': 'hungarumlaut', 'BREVE': 'breve', 'MACRON': 'macron'}


def glyph_name(ch):
    if ch in SPECIAL_NAMES:
        return SPECIAL_NAMES[ch]
    try:
        nm = unicodedata.name(ch)
    except ValueError:
        nm = ''
    m = re.match(r'LATIN (SMALL|CAPITAL) LETTER ([A-Z]) WITH (.+)$', nm)
    if m and m.group(3) in ACCENTS:
        base = m.group(2).lower() if m.group(1) == 'SMALL' else m.group(2)
        return base + ACCENTS[m.group(3)]
    return 'uni%04X' % ord(ch)


NARROW = {'ł': 222, 'Ł': 556, 'ß': 611, 'ı': 278, 'ι': 222, 'ί': 222, 'ϊ': 222, 'Ι': 278, 'і': 222, 'ї': 278,
          'І': 278, 'ì': 278, 'í': 278, 'î': 278, 'ï': 278, 'Í': 278, 'ó': 556, '€': 556, '„': 333, '“': 333, '”': 333}


def char_width(ch, bold=False):
    o = ord(ch)
    if ch in NARROW:
        w = NARROW[ch]
    elif o in HELV:
        w = HELV[o]
    else:
        base = unicodedata.normalize('NFD', ch)[0]
        if ord(base) in HELV and ord(base) < 127:
            w = HELV[ord(base)]
        elif ch in '€':
            w = 556
        elif ch in '–':
            w = 556
        elif ch in '—':
            w = 1000
        elif ch.isupper():
            w = 722 if ch in 'ШЩЖЮМДФΜΩΨΦ' else 667
        elif ch.isalpha():
            w = 722 if ch in 'шщжюмфωψφ' else 556
        else:
            w = 500
    return int(w * 1.06) if bold else w


def text_width(s, size, bold=False):
    return sum(char_width(c, bold) for c in s) * size / 1000.0


def pdf_date(utc, zone):
    off, _ = zone_offset(zone, utc)
    loc = utc + _dt.timedelta(minutes=off)
    sign = '+' if off >= 0 else '-'
    return "D:%s%s%02d'%02d'" % (loc.strftime('%Y%m%d%H%M%S'), sign, abs(off) // 60, abs(off) % 60)


def pdf_str(s):
    return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'


def pdf_textstring(s):
    """Document info strings: PDFDocEncoding if Latin-1, else UTF-16BE with BOM."""
    try:
        b = s.encode('latin-1')
        return '(' + b.decode('latin-1').replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'
    except UnicodeEncodeError:
        return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'


class Page:
    def __init__(self, doc, w, h):
        self.doc, self.w, self.h = doc, w, h
        self.ops = []
        self.links = []
        self.images = []

    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0)):
        self.doc.use(s)
        self.ops.append(('T', x, self.h - y, s, size, bold, color))
        return x + text_width(s, size, bold)

    def textr(self, xr, y, s, size=10, bold=False, color=(0, 0, 0)):
        return self.text(xr - text_width(s, size, bold), y, s, size, bold, color)

    def textc(self, xc, y, s, size=10, bold=False, color=(0, 0, 0)):
        return self.text(xc - text_width(s, size, bold) / 2, y, s, size, bold, color)

    def wrap(self, s, width, size=10, bold=False):
        out = []
        for para in s.split('\n'):
            words = para.split(' ')
            cur = ''
            for wd in words:
                cand = (cur + ' ' + wd) if cur else wd
                if text_width(cand, size, bold) > width and cur:
                    out.append(cur)
                    cur = wd
                else:
                    cur = cand
            out.append(cur)
        return out

    def para(self, x, y, s, width, size=10, leading=None, bold=False, color=(0, 0, 0)):
        leading = leading or size * 1.35
        for line in self.wrap(s, width, size, bold):
            if line:
                self.text(x, y, line, size, bold, color)
            y += leading
        return y

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0)):
        self.ops.append(('L', x1, self.h - y1, x2, self.h - y2, w, color))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        self.ops.append(('R', x, self.h - y - h, w, h, fill, stroke, lw))

    def qr(self, matrix, x, y, size, payload=None):
        from qr import to_pixels
        pw, ph, rows = to_pixels(matrix, scale=4, quiet=0)
        name = self.doc.add_image(pw, ph, rows)
        self.ops.append(('I', name, x, self.h - y - size, size, size))
        if payload is not None:
            self.doc.qr_payloads.append(payload)

    def link(self, x, y, w, h, uri):
        self.links.append((x, self.h - y - h, x + w, self.h - y, uri))


class PDF:
    def __init__(self, title='', author='', producer='', creator='', created=None, zone='DE', subject=None,
                 keywords=None, lang='de-DE'):
        self.info = dict(title=title, author=author, producer=producer, creator=creator, subject=subject,
                         keywords=keywords, lang=lang)
        self.created = created
        self.zone = zone
        self.pages = []
        self.chars = set()
        self.img = []
        self.qr_payloads = []

    def page(self, w=595.28, h=841.89):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    def use(self, s):
        self.chars.update(s)

    def add_image(self, w, h, rows):
        name = 'Im%d' % (len(self.img) + 1)
        self.img.append((name, w, h, rows))
        return name

    def _encoding(self):
        extra = sorted(c for c in self.chars if ord(c) > 126 or ord(c) < 32)
        extra = [c for c in extra if c not in '\n\t']
        if len(extra) > 127:
            raise ValueError('too many distinct non-ASCII characters for one PDF font')
        cmap = {chr(i): i for i in range(32, 127)}
        for i, c in enumerate(extra):
            cmap[c] = 128 + i
        nonlatin = any(unicodedata.name(c, '').startswith(('GREEK', 'CYRILLIC')) for c in extra)
        return cmap, extra, nonlatin

    def bytes(self):
        cmap, extra, nonlatin = self._encoding()
        objs = {}

        def enc(s):
            return bytes(cmap[' '] if c == '\u00a0' else cmap[c] for c in s)

        # object numbering
        n = [0]

        def new():
            n[0] += 1
            return n[0]
        catalog, pages_id = new(), new()
        font_ids = {}
        tounicode = new()
        diffs = '[128 ' + ' '.join('/' + glyph_name(c) for c in extra) + ']' if extra else '[]'
        bf = []
        for c, code in sorted(cmap.items(), key=lambda kv: kv[1]):
            bf.append('<%02X> <%s>' % (code, c.encode('utf-16-be').hex().upper()))
        chunks = []
        for i in range(0, len(bf), 100):
            part = bf[i:i + 100]
            chunks.append('%d beginbfchar\n%s\nendbfchar' % (len(part), '\n'.join(part)))
        cm = ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
              '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
              '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n'
              'endcodespacerange\n%s\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n'
              % '\n'.join(chunks)).encode()
        objs[tounicode] = self._stream(b'', cm)
        for key, bold in (('F1', False), ('F2', True)):
            fid = new()
            font_ids[key] = fid
            widths = []
            inv = {v: k for k, v in cmap.items()}
            lastc = max(cmap.values())
            for code in range(32, lastc + 1):
                ch = inv.get(code)
                widths.append(str(char_width(ch, bold)) if ch else '0')
            if nonlatin:
                fd = new()
                fname = 'Arial,Bold' if bold else 'Arial'
                objs[fd] = ('<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-665 -325 2000 1006] '
                            '/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV %d >>'
                            % (fname, 120 if bold else 80)).encode()
                objs[fid] = ('<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar %d '
                             '/Widths [%s] /FontDescriptor %d 0 R /Encoding << /Type /Encoding '
                             '/BaseEncoding /WinAnsiEncoding /Differences %s >> /ToUnicode %d 0 R >>'
                             % (fname, lastc, ' '.join(widths), fd, diffs, tounicode)).encode()
            else:
                fname = 'Helvetica-Bold' if bold else 'Helvetica'
                objs[fid] = ('<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 32 /LastChar %d '
                             '/Widths [%s] /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding '
                             '/Differences %s >> /ToUnicode %d 0 R >>'
                             % (fname, lastc, ' '.join(widths), diffs, tounicode)).encode()
        img_ids = {}
        for name, w, h, rows in self.img:
            iid = new()
            img_ids[name] = iid
            raw = b''.join(bytes(r) for r in rows)
            objs[iid] = self._stream(('/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                                      '/BitsPerComponent 8 /Interpolate false' % (w, h)).encode(), raw, True)
        page_ids = []
        for p in self.pages:
            pid, cid = new(), new()
            page_ids.append(pid)
            ops = []
            for op in p.ops:
                if op[0] == 'T':
                    _, x, y, s, size, bold, col = op
                    ops.append('BT %.3g %.3g %.3g rg /%s %.4g Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET'
                               % (col[0], col[1], col[2], 'F2' if bold else 'F1', size, x, y,
                                  pdf_str(enc(s).decode('latin-1'))))
                elif op[0] == 'L':
                    _, x1, y1, x2, y2, w, col = op
                    ops.append('%.3g %.3g %.3g RG %.2f w %.2f %.2f m %.2f %.2f l S'
                               % (col[0], col[1], col[2], w, x1, y1, x2, y2))
                elif op[0] == 'R':
                    _, x, y, w, h, fill, stroke, lw = op
                    s = ''
                    if fill:
                        s += '%.3g %.3g %.3g rg ' % fill
                    if stroke:
                        s += '%.3g %.3g %.3g RG %.2f w ' % (stroke[0], stroke[1], stroke[2], lw)
                    s += '%.2f %.2f %.2f %.2f re %s' % (x, y, w, h, 'B' if fill and stroke else ('f' if fill else 'S'))
                    ops.append(s)
                elif op[0] == 'I':
                    _, name, x, y, w, h = op
                    ops.append('q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q' % (w, h, x, y, name))
            content = '\n'.join(ops).encode('latin-1')
            objs[cid] = self._stream(b'', content, True)
            annots = []
            for (x1, y1, x2, y2, uri) in p.links:
                aid = new()
                annots.append(aid)
                objs[aid] = ('<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] '
                             '/A << /Type /Action /S /URI /URI %s >> >>' % (x1, y1, x2, y2, pdf_str(uri))).encode()
            xo = ''
            if self.img:
                xo = ' /XObject << %s >>' % ' '.join('/%s %d 0 R' % (k, v) for k, v in img_ids.items())
            res = '<< /Font << /F1 %d 0 R /F2 %d 0 R >>%s /ProcSet [/PDF /Text /ImageB] >>' % (
                font_ids['F1'], font_ids['F2'], xo)
            objs[pid] = ('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources %s /Contents %d 0 R%s >>'
                         % (pages_id, p.w, p.h, res, cid,
                            (' /Annots [%s]' % ' '.join('%d 0 R' % a for a in annots)) if annots else '')).encode()
        objs[pages_id] = ('<< /Type /Pages /Kids [%s] /Count %d >>'
                          % (' '.join('%d 0 R' % i for i in page_ids), len(page_ids))).encode()
        objs[catalog] = ('<< /Type /Catalog /Pages %d 0 R /Lang (%s) >>' % (pages_id, self.info.get('lang') or 'de-DE')).encode()
        info = new()
        parts = []
        for k, key in (('title', 'Title'), ('author', 'Author'), ('subject', 'Subject'), ('keywords', 'Keywords'),
                       ('creator', 'Creator'), ('producer', 'Producer')):
            if self.info.get(k):
                parts.append('/%s %s' % (key, pdf_textstring(self.info[k])))
        if self.created is not None:
            d = pdf_date(self.created, self.zone)
            parts.append('/CreationDate (%s) /ModDate (%s)' % (d, d))
        objs[info] = ('<< %s >>' % ' '.join(parts)).encode()
        out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
        offsets = {}
        for i in range(1, n[0] + 1):
            offsets[i] = len(out)
            out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (n[0] + 1)
        for i in range(1, n[0] + 1):
            out += b'%010d 00000 n \n' % offsets[i]
        did = hashlib.md5(bytes(out)).hexdigest().upper()
        out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
                % (n[0] + 1, catalog, info, did.encode(), did.encode(), xref))
        return bytes(out)

    @staticmethod
    def _stream(dict_extra, data, compress=False):
        if compress:
            data = zlib.compress(data, 9)
            d = b'<< ' + dict_extra + (b' ' if dict_extra else b'') + b'/Filter /FlateDecode /Length %d >>' % len(data)
        else:
            d = b'<< ' + dict_extra + (b' ' if dict_extra else b'') + b'/Length %d >>' % len(data)
        return d + b'\nstream\n' + data + b'\nendstream'


# ------------------------------------------------------------------ reader (for verification)
def read(data):
    """Parse a PDF written by this module (or any simple uncompressed-xref PDF).
    Returns dict(text=str, uris=[...], images=[(w,h,rows)], pages=int)."""
    assert data.startswith(b'%PDF-'), 'not a PDF'
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    assert m, 'no startxref'
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b'xref', 'startxref does not point at xref'
    objs = {}
    for om in re.finditer(rb'(\d+) 0 obj\n', data):
        num = int(om.group(1))
        start = om.end()
        end = data.find(b'\nendobj', start)
        objs[num] = data[start:end]
    # check xref offsets
    sec = data[xref:].split(b'trailer')[0].split(b'\n')
    first, count = map(int, sec[1].split())
    for i in range(1, count):
        off = int(sec[2 + i][:10])
        assert data[off:off + len(b'%d 0 obj' % i)] == b'%d 0 obj' % i, 'xref offset of object %d wrong' % i
    def stream_of(body):
        sm = re.search(rb'/Length (\d+)', body)
        i = body.find(b'stream\n')
        raw = body[i + 7:i + 7 + int(sm.group(1))]
        if b'/FlateDecode' in body[:i]:
            raw = zlib.decompress(raw)
        return raw
    tomap = {}
    for num, body in objs.items():
        if b'beginbfchar' in body:
            cm = stream_of(body).decode('latin-1')
            for a, b in re.findall(r'<([0-9A-F]{2})> <([0-9A-F]{4,})>', cm):
                tomap[int(a, 16)] = bytes.fromhex(b).decode('utf-16-be')
    texts, uris, images = [], [], []
    npages = 0
    for num in sorted(objs):
        body = objs[num]
        if b'/Type /Page ' in body or b'/Type /Page\n' in body:
            npages += 1
            cm = re.search(rb'/Contents (\d+) 0 R', body)
            content = stream_of(objs[int(cm.group(1))])
            for sm in re.finditer(rb'\((?:\\.|[^\\)])*\) Tj', content):
                s = sm.group(0)[1:-4]
                raw = re.sub(rb'\\([\\()])', rb'\1', s)
                texts.append(''.join(tomap.get(b, chr(b)) for b in raw))
        if b'/Subtype /Link' in body:
            um = re.search(rb'/URI \(((?:\\.|[^\\)])*)\)', body)
            if um:
                uris.append(re.sub(rb'\\([\\()])', rb'\1', um.group(1)).decode('latin-1'))
        if b'/Subtype /Image' in body:
            w = int(re.search(rb'/Width (\d+)', body).group(1))
            h = int(re.search(rb'/Height (\d+)', body).group(1))
            raw = stream_of(body)
            rows = [list(raw[y * w:(y + 1) * w]) for y in range(h)]
            images.append((w, h, rows))
    return dict(text='\n'.join(texts), uris=uris, images=images, pages=npages)
