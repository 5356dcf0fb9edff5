"""Tiny text-only PDF writer (no images, no scripts).  Uses the standard
Helvetica / Helvetica-Bold / Courier fonts with a custom /Differences
encoding plus a /ToUnicode CMap, so any Unicode text (Latin, Greek,
Cyrillic) is extractable.  Deterministic output."""
import unicodedata
import zlib

_SPECIAL = {
    'ß': 'germandbls', '€': 'Euro', '§': 'section', '°': 'degree', '«': 'guillemotleft',
    '»': 'guillemotright', '–': 'endash', '—': 'emdash', '„': 'quotedblbase',
    '“': 'quotedblleft', '”': 'quotedblright', '‘': 'quoteleft', '’': 'quoteright',
    '·': 'periodcentered', '×': 'multiply', '²': 'twosuperior', 'µ': 'mu', '±': 'plusminus',
    'ł': 'lslash', 'Ł': 'Lslash', '•': 'bullet', '…': 'ellipsis', '©': 'copyright',
    '®': 'registered', '£': 'sterling', 'Ø': 'Oslash', 'ø': 'oslash', 'Æ': 'AE', 'æ': 'ae',
    '¡': 'exclamdown', '¿': 'questiondown', 'ª': 'ordfeminine', 'º': 'ordmasculine',
    '\u00a0': 'space',
}
_ACC = {'DIAERESIS': 'dieresis', 'ACUTE': 'acute', 'GRAVE': 'grave', 'CIRCUMFLEX': 'circumflex',
        'TILDE': 'tilde', 'CEDILLA': 'cedilla', 'CARON': 'caron', 'OGONEK': 'ogonek',
        'DOT ABOVE': 'dotaccent', 'RING ABOVE': 'ring', 'DOUBLE ACUTE': 'hungarumlaut',
        'BREVE': 'breve', 'MACRON': 'macron'}


def glyph_name(ch):
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    try:
        n = unicodedata.name(ch)
    except ValueError:
        n = ''
    for pfx, case in (('LATIN SMALL LETTER ', str.lower), ('LATIN CAPITAL LETTER ', str.upper)):
        if n.startswith(pfx) and ' WITH ' in n:
            base, acc = n[len(pfx):].split(' WITH ', 1)
            if len(base) == 1 and acc in _ACC:
                return case(base) + _ACC[acc]
    return 'uni%04X' % ord(ch)


_HELV = {' ': 278, '!': 278, '"': 355, '#': 556, '$': 556, '%': 889, '&': 667, "'": 191, '(': 333, ')': 333,
         '*': 389, '+': 584, ',': 278, '-': 333, '.': 278, '/': 278, ':': 278, ';': 278, '<': 584, '=': 584,
         '>': 584, '?': 556, '@': 1015, '[': 278, '\\': 278, ']': 278, '^': 469, '_': 556, '`': 333, '{': 334,
         '|': 260, '}': 334, '~': 584, 'A': 667, 'B': 667, 'C': 722, 'D': 722, 'E': 667, 'F': 611, 'G': 778,
         'H': 722, 'I': 278, 'J': 500, 'K': 667, 'L': 556, 'M': 833, 'N': 722, 'O': 778, 'P': 667, 'Q': 778,
         'R': 722, 'S': 667, 'T': 611, 'U': 722, 'V': 667, 'W': 944, 'X': 667, 'Y': 667, 'Z': 611, 'a': 556,
         'b': 556, 'c': 500, 'd': 556, 'e': 556, 'f': 278, 'g': 556, 'h': 556, 'i': 222, 'j': 222, 'k': 500,
         'l': 222, 'm': 833, 'n': 556, 'o': 556, 'p': 556, 'q': 556, 'r': 333, 's': 500, 't': 278, 'u': 556,
         'v': 500, 'w': 722, 'x': 500, 'y': 500, 'z': 500, '€': 556, '§': 556, '°': 400, '«': 556, '»': 556,
         '–': 556, '—': 1000, '„': 333, '“': 333, '”': 333, '‘': 222, '’': 222, '·': 278, '×': 584, '²': 333,
         'µ': 556, '±': 584, '•': 350, '…': 1000, '©': 737, '®': 737, '£': 556, 'ß': 611, '№': 1000,
         '\u00a0': 278}
_WIDE = set('ЖШЩЮФжшщюфМмЫыΩΨΦωψφМ')


def char_width(c):
    if c in _HELV:
        return _HELV[c]
    if '0' <= c <= '9':
        return 556
    base = unicodedata.normalize('NFD', c)[0]
    if base != c and base in _HELV:
        return _HELV[base]
    if c in _WIDE:
        return 833 if c.isupper() else 722
    if c.isupper():
        return 667
    if c.isalpha():
        return 556
    return 500


def _esc(b):
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


class PDF:
    """lines: list of items; an item is a str (regular 10pt), or a tuple
    (style, text) with style in 'H' (bold 14), 'B' (bold 10), 'M' (mono 8.5),
    'S' (small 7.5), '' (blank)."""

    def __init__(self, lines, title='', author='', creator='', producer='',
                 created='20261001090000+02\'00\''):
        self.lines = lines
        self.info = dict(Title=title, Author=author, Creator=creator,
                         Producer=producer, CreationDate='D:' + created,
                         ModDate='D:' + created)

    def build(self):
        items = [(('R', l) if isinstance(l, str) else l) for l in self.lines]
        chars = sorted({c for _, t in items for c in t if not (32 <= ord(c) < 127)})
        if len(chars) > 127:
            raise ValueError('too many distinct non-ASCII characters')
        code = {}
        for i in range(32, 127):
            code[chr(i)] = i
        for i, c in enumerate(chars):
            code[c] = 128 + i
        diffs = ' '.join('/' + glyph_name(c) for c in chars)
        styles = {'R': ('F1', 10, 13), 'B': ('F2', 10, 13), 'H': ('F2', 14, 20),
                  'M': ('F3', 8.5, 11), 'S': ('F1', 7.5, 10), '': ('F1', 10, 8)}
        pages = []
        cur = []
        y = 800
        for st, txt in items:
            font, size, lead = styles.get(st, styles['R'])
            if y - lead < 50:
                pages.append(cur)
                cur = []
                y = 800
            y -= lead
            if txt:
                enc = bytes(code.get(c, 63) for c in txt)
                cur.append(b'BT /%s %s Tf 56 %d Td (%s) Tj ET' % (
                    font.encode(), str(size).encode(), y, _esc(enc)))
        pages.append(cur)

        objs = []  # (num, bytes)

        def add(body):
            objs.append(body)
            return len(objs)
        # ToUnicode CMap
        bf = []
        for c, k in sorted(code.items(), key=lambda kv: kv[1]):
            u = c.encode('utf-16-be').hex().upper()
            bf.append('<%02X> <%s>' % (k, u))
        chunks = [bf[i:i + 100] for i in range(0, len(bf), 100)]
        cmap = ('/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
                '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
                '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n'
                '1 begincodespacerange\n<00> <FF>\nendcodespacerange\n')
        for ch in chunks:
            cmap += '%d beginbfchar\n%s\nendbfchar\n' % (len(ch), '\n'.join(ch))
        cmap += 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n'
        cmap_b = zlib.compress(cmap.encode('ascii'), 9)
        n_cmap = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(cmap_b) + cmap_b + b'\nendstream')
        n_enc = add(('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 %s] >>' % diffs).encode()
                    if chars else b'<< /Type /Encoding /BaseEncoding /WinAnsiEncoding >>')
        fonts = {}
        last = 127 + len(chars) if chars else 126
        inv = {k: c for c, k in code.items()}
        for fid, base in (('F1', 'Helvetica'), ('F2', 'Helvetica-Bold'), ('F3', 'Courier')):
            widths = []
            for k in range(32, last + 1):
                ch = inv.get(k)
                if ch is None:
                    widths.append(0)
                elif base == 'Courier':
                    widths.append(600)
                else:
                    w = char_width(ch)
                    widths.append(int(w * 1.05) if base.endswith('Bold') else w)
            fonts[fid] = add(('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding %d 0 R /ToUnicode %d 0 R '
                              '/FirstChar 32 /LastChar %d /Widths [%s] >>'
                              % (base, n_enc, n_cmap, last, ' '.join(map(str, widths)))).encode())
        res = ('<< /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >>' % (fonts['F1'], fonts['F2'], fonts['F3'])).encode()
        n_pages_placeholder = len(objs) + 1
        add(b'')  # pages tree, filled later
        kids = []
        for pg in pages:
            content = zlib.compress(b'\n'.join(pg) + b'\n', 9)
            n_c = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(content) + content + b'\nendstream')
            kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>'
                            % (n_pages_placeholder, res, n_c)))
        objs[n_pages_placeholder - 1] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (
            ' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
        n_cat = add(b'<< /Type /Catalog /Pages %d 0 R >>' % n_pages_placeholder)

        def pdfstr(s):
            if all(ord(c) < 128 for c in s):
                return b'(' + _esc(s.encode('ascii')) + b')'
            return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'
        info = b'<< ' + b' '.join(b'/' + k.encode() + b' ' + pdfstr(v) for k, v in self.info.items() if v) + b' >>'
        n_info = add(info)
        out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
        offs = []
        for i, body in enumerate(objs, 1):
            offs.append(len(out))
            out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for o in offs:
            out += b'%010d 00000 n \n' % o
        import hashlib
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
                % (len(objs) + 1, n_cat, n_info, fid, fid, xref))
        return bytes(out)


def pdf(lines, **kw):
    return PDF(lines, **kw).build()
