"""A small PDF 1.4/1.7 writer for text documents (invoices, letters, notices)
with standard Type 1 fonts, vector lines, gray images (QR codes) and URI links,
plus a reader used by the verifier (objects, streams, text, images, URIs)."""
import hashlib
import re
import zlib

# Helvetica advance widths (1/1000 em) for printable ASCII 32..126
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_HELVB = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
          556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
          975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
          667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
          333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
          611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]

PL_DIFF = ['Aogonek', 'aogonek', 'Cacute', 'cacute', 'Eogonek', 'eogonek', 'Lslash', 'lslash',
           'Nacute', 'nacute', 'Sacute', 'sacute', 'Zacute', 'zacute', 'Zdotaccent', 'zdotaccent']
PL_CHARS = 'ĄąĆćĘęŁłŃńŚśŹźŻż'


def _enc_text(s, enc):
    out = bytearray()
    for ch in s:
        if enc == 'pl' and ch in PL_CHARS:
            out.append(128 + PL_CHARS.index(ch))
            continue
        b = ch.encode('cp1252')
        if enc == 'pl' and 128 <= b[0] <= 143:
            raise ValueError('char %r clashes with PL encoding' % ch)
        out += b
    return bytes(out)


def _dec_text(bs, enc):
    out = []
    for b in bs:
        if enc == 'pl' and 128 <= b <= 143:
            out.append(PL_CHARS[b - 128])
        else:
            out.append(bytes([b]).decode('cp1252'))
    return ''.join(out)


def _pdfstr(bs):
    out = bytearray(b'(')
    for b in bs:
        if b in (0x28, 0x29, 0x5c):
            out += b'\\' + bytes([b])
        elif b < 32 or b > 126:
            out += b'\\%03o' % b
        else:
            out.append(b)
    return bytes(out + b')')


def width(s, size, bold=False):
    tab = _HELVB if bold else _HELV
    w = 0
    for ch in s:
        o = ord(ch)
        w += tab[o - 32] if 32 <= o <= 126 else 556
    return w * size / 1000.0


class Doc:
    def __init__(self, title='', author='', creator='', producer='', created=None,
                 enc='win', subject=''):
        self.pages = []
        self.title, self.author, self.creator, self.producer = title, author, creator, producer
        self.subject = subject
        self.created = created  # 'D:20261106091230+01\'00\''
        self.enc = enc
        self.images = []
        self.new_page()

    # --- drawing ---------------------------------------------------------------
    def new_page(self):
        self.cur = {'ops': [], 'links': [], 'imgs': []}
        self.pages.append(self.cur)

    def text(self, x, y, s, size=10, bold=False, font=None, color=None):
        f = font or ('F2' if bold else 'F1')
        col = ''
        if color:
            col = '%.3f %.3f %.3f rg ' % color
        self.cur['ops'].append(b'BT ' + col.encode() + b'/%s %g Tf %.2f %.2f Td ' % (f.encode(), size, x, y)
                               + _pdfstr(_enc_text(s, self.enc)) + b' Tj ET' + (b' 0 g' if color else b''))

    def rtext(self, xr, y, s, size=10, bold=False):
        self.text(xr - width(s, size, bold), y, s, size, bold)

    def ctext(self, xc, y, s, size=10, bold=False):
        self.text(xc - width(s, size, bold) / 2, y, s, size, bold)

    def para(self, x, y, s, size=10, maxw=480, lead=None, bold=False):
        """Wrap text; returns y below the paragraph."""
        lead = lead or size * 1.35
        for raw in s.split('\n'):
            words = raw.split(' ')
            line = ''
            for w in words:
                cand = (line + ' ' + w) if line else w
                if width(cand, size, bold) > maxw and line:
                    self.text(x, y, line, size, bold)
                    y -= lead
                    line = w
                else:
                    line = cand
            self.text(x, y, line, size, bold)
            y -= lead
        return y

    def line(self, x0, y0, x1, y1, w=0.5, gray=0):
        self.cur['ops'].append(b'%g G %g w %.2f %.2f m %.2f %.2f l S 0 G' % (gray, w, x0, y0, x1, y1))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        ops = b''
        if fill is not None:
            ops += b'%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f 0 g' % (fill + (x, y, w, h))
        if stroke is not None:
            ops += b' %.3f %.3f %.3f RG %g w %.2f %.2f %.2f %.2f re S 0 G' % (stroke + (lw, x, y, w, h))
        self.cur['ops'].append(ops.strip())

    def link(self, x, y, w, h, uri):
        self.cur['links'].append((x, y, w, h, uri))

    def qr(self, x, y, size, matrix, quiet=2):
        n = len(matrix)
        dim = n + 2 * quiet
        rows = bytearray()
        for r in range(dim):
            for c in range(dim):
                mr, mc = r - quiet, c - quiet
                dark = 0 <= mr < n and 0 <= mc < n and matrix[mr][mc]
                rows.append(0 if dark else 255)
        name = 'Im%d' % (len(self.images) + 1)
        self.images.append((name, dim, dim, bytes(rows)))
        self.cur['imgs'].append(name)
        self.cur['ops'].append(b'q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q' % (size, size, x, y, name.encode()))

    # --- output ----------------------------------------------------------------
    def render(self):
        objs = []

        def add(b):
            objs.append(b)
            return len(objs)
        catalog = add(None)
        pages = add(None)
        enc_obj = ''
        if self.enc == 'pl':
            e = add(b'<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [ 128 ' +
                    ' '.join('/' + g for g in PL_DIFF).encode() + b' ] >>')
            enc_obj = '%d 0 R' % e
        else:
            enc_obj = '/WinAnsiEncoding'
        f1 = add(('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %s >>' % enc_obj).encode())
        f2 = add(('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %s >>' % enc_obj).encode())
        f3 = add(('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding %s >>' % enc_obj).encode())
        img_ids = {}
        for name, w, h, data in self.images:
            comp = zlib.compress(data, 9)
            img_ids[name] = add(b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray '
                                b'/BitsPerComponent 8 /Interpolate false /Filter /FlateDecode /Length %d >>\nstream\n'
                                % (w, h, len(comp)) + comp + b'\nendstream')
        kids = []
        for pg in self.pages:
            content = zlib.compress(b'\n'.join(pg['ops']), 9)
            cid = add(b'<< /Filter /FlateDecode /Length %d >>\nstream\n' % len(content) + content + b'\nendstream')
            annots = []
            for (x, y, w, h, uri) in pg['links']:
                annots.append(add(b'<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] '
                                  b'/A << /S /URI /URI ' % (x, y, x + w, y + h) + _pdfstr(uri.encode('ascii')) +
                                  b' >> >>'))
            xo = ''
            if pg['imgs']:
                xo = ' /XObject << %s >>' % ' '.join('/%s %d 0 R' % (n, img_ids[n]) for n in pg['imgs'])
            ann = ''
            if annots:
                ann = ' /Annots [%s]' % ' '.join('%d 0 R' % a for a in annots)
            pid = add(('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << '
                       '/F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >>%s /ProcSet [/PDF /Text /ImageC] >> /Contents %d 0 R%s >>'
                       % (pages, f1, f2, f3, xo, cid, ann)).encode())
            kids.append(pid)
        objs[pages - 1] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()
        objs[catalog - 1] = ('<< /Type /Catalog /Pages %d 0 R >>' % pages).encode()

        def info_str(s):
            try:
                return _pdfstr(s.encode('latin-1'))
            except UnicodeEncodeError:
                return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'
        info = b'<< '
        for k, v in (('Title', self.title), ('Author', self.author), ('Subject', self.subject),
                     ('Creator', self.creator), ('Producer', self.producer)):
            if v:
                info += b'/' + k.encode() + b' ' + info_str(v) + b' '
        if self.created:
            info += b'/CreationDate ' + _pdfstr(self.created.encode()) + b' /ModDate ' + _pdfstr(self.created.encode()) + b' '
        info += b'>>'
        info_id = add(info)
        out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
        offs = []
        for i, o in enumerate(objs):
            offs.append(len(out))
            out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for o in offs:
            out += b'%010d 00000 n \n' % o
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
                % (len(objs) + 1, catalog, info_id, fid, fid, xref))
        return bytes(out)


# --- reader (for verification) -------------------------------------------------------

def parse(data):
    """Return dict objnum -> (dict_bytes, stream_bytes_or_None). Checks xref offsets."""
    if not data.startswith(b'%PDF-'):
        raise ValueError('not a PDF')
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    if not m:
        raise ValueError('no startxref')
    xref = int(m.group(1))
    if data[xref:xref + 4] != b'xref':
        raise ValueError('startxref does not point at xref')
    hdr = re.match(rb'xref\s+0\s+(\d+)\s+', data[xref:])
    n = int(hdr.group(1))
    pos = xref + hdr.end()
    objs = {}
    for i in range(n):
        ent = data[pos + 20 * i:pos + 20 * i + 20]
        off, gen, kind = int(ent[:10]), int(ent[11:16]), ent[17:18]
        if kind == b'n':
            om = re.match(rb'(\d+) 0 obj\n', data[off:off + 20])
            if not om or int(om.group(1)) != i:
                raise ValueError('xref offset of object %d wrong' % i)
            body_start = off + om.end()
            end = data.index(b'\nendobj', body_start)
            body = data[body_start:end]
            stream = None
            sm = re.search(rb'stream\n', body)
            if sm and body.startswith(b'<<'):
                ln = int(re.search(rb'/Length (\d+)', body[:sm.start()]).group(1))
                raw = body[sm.end():sm.end() + ln]
                if body[sm.end() + ln:sm.end() + ln + 10] != b'\nendstream':
                    raise ValueError('bad stream length in object %d' % i)
                if b'/FlateDecode' in body[:sm.start()]:
                    raw = zlib.decompress(raw)
                stream = raw
                body = body[:sm.start()]
            objs[i] = (body, stream)
    return objs


def _unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5c:
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b''
                while j < len(s) and len(oct_) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_ += bytes([s[j]])
                    j += 1
                out.append(int(oct_, 8))
                i = j
                continue
            out.append({0x6e: 10, 0x72: 13, 0x74: 9}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def extract(data):
    """Return (text, uris, images[(w, h, bytes)])."""
    objs = parse(data)
    enc = 'win'
    for body, _ in objs.values():
        if b'/Differences [ 128 /Aogonek' in body:
            enc = 'pl'
    texts, uris, images = [], [], []
    for body, stream in objs.values():
        for um in re.finditer(rb'/URI \(((?:\\.|[^\\)])*)\)', body):
            uris.append(_unescape(um.group(1)).decode('ascii'))
        if stream is None:
            continue
        if b'/Subtype /Image' in body:
            w = int(re.search(rb'/Width (\d+)', body).group(1))
            h = int(re.search(rb'/Height (\d+)', body).group(1))
            images.append((w, h, stream))
        elif b'/Type' not in body:
            for tm in re.finditer(rb'\(((?:\\.|[^\\)])*)\) Tj', stream):
                texts.append(_dec_text(_unescape(tm.group(1)), enc))
    return '\n'.join(texts), uris, images
