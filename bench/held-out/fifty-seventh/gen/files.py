"""Attachment builders: text-only PDF, ZIP (stored/deflated, optional
traditional PKWARE 'ZipCrypto' encryption), iCalendar, small PNG logos.
Everything deterministic and inert."""
import random
import struct
import unicodedata
import zlib

# --- transliteration for the PDF core fonts (WinAnsi) ---------------------------
_GREEK = dict(zip('αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ',
                  ['a', 'v', 'g', 'd', 'e', 'z', 'i', 'th', 'i', 'k', 'l', 'm', 'n', 'x', 'o', 'p',
                   'r', 's', 's', 't', 'y', 'f', 'ch', 'ps', 'o', 'a', 'e', 'i', 'i', 'o', 'y', 'o',
                   'i', 'y', 'i', 'y']))
_CYR = dict(zip('абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
                ['a', 'b', 'v', 'g', 'd', 'e', 'e', 'zh', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o',
                 'p', 'r', 's', 't', 'u', 'f', 'kh', 'ts', 'ch', 'sh', 'shch', '', 'y', '', 'e',
                 'yu', 'ya']))
_EXTRA = {'ł': 'l', 'Ł': 'L', '№': 'No.', '«': '"', '»': '"', '—': '-', '–': '-', '„': '"',
          '“': '"', '”': '"', '’': "'", '‘': "'", '…': '...', 'ß': 'ss'}


def translit(s):
    out = []
    for ch in s:
        low = ch.lower()
        if ch in _EXTRA:
            out.append(_EXTRA[ch])
            continue
        try:
            ch.encode('cp1252')
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if low in _GREEK or low in _CYR:
            t = _GREEK.get(low, _CYR.get(low, ''))
            out.append(t.capitalize() if ch != low else t)
            continue
        d = unicodedata.normalize('NFKD', ch)
        out.append(''.join(c for c in d if not unicodedata.combining(c)) or '?')
    return ''.join(out)


def _fit(s, cp):
    out = []
    for ch in s:
        try:
            ch.encode(cp)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(translit(ch))
    return ''.join(out)


def _pdf_str(s, cp='cp1252'):
    b = _fit(s, cp).encode(cp, 'replace')
    b = b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
    return b'(' + b + b')'


_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 + \
    [278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
     722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
     556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556,
     500, 722, 500, 500, 500, 334, 260, 334, 584]


def _widths(cp):
    w = list(_HELV) + [556]
    for b in range(0x80, 0x100):
        try:
            ch = bytes([b]).decode(cp)
        except UnicodeDecodeError:
            w.append(556)
            continue
        cat = unicodedata.category(ch)
        w.append(667 if cat == 'Lu' else 556 if cat == 'Ll' else 500)
    return b'/FirstChar 32 /LastChar 255 /Widths [' + b' '.join(b'%d' % x for x in w) + b']'


def _encoding(cp):
    if cp == 'cp1252':
        return b'/WinAnsiEncoding'
    diffs = []
    for b in range(0x80, 0x100):
        try:
            ch = bytes([b]).decode(cp)
        except UnicodeDecodeError:
            continue
        try:
            ch.encode('cp1252')
            if bytes([b]).decode('cp1252', 'replace') == ch:
                continue
        except UnicodeEncodeError:
            pass
        diffs.append(b'%d /uni%04X' % (b, ord(ch)))
    return (b'<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [' + b' '.join(diffs) + b'] >>')


def pdf(lines, title='', author='', producer='Microsoft Word for Microsoft 365',
        creator='Microsoft Word', date='D:20261001090000+02\'00\'', codepage='cp1252'):
    """lines: list of str or (str, size[, 'B']) tuples. A4, text only.
    Non-Latin-1 text uses a /Differences encoding with uniXXXX glyph names."""
    pages, cur, y = [], [], 790
    for ln in lines:
        if isinstance(ln, str):
            ln = (ln, 10)
        size = ln[1]
        bold = len(ln) > 2 and ln[2] == 'B'
        step = size + 4
        if y - step < 50:
            pages.append(cur)
            cur, y = [], 790
        y -= step
        cur.append((ln[0], size, bold, y))
    pages.append(cur)

    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    enc = _encoding(codepage)
    wid = b'' if codepage == 'cp1252' else b' ' + _widths(codepage)
    f1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding ' + enc + wid + b' >>')
    f2 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding ' + enc + wid + b' >>')
    pages_id = len(objs) + 1 + 2 * len(pages)
    page_ids = []
    for pg in pages:
        content = bytearray()
        for text, size, bold, yy in pg:
            if not text:
                continue
            content += b'BT /%s %d Tf 56 %d Td ' % (b'F2' if bold else b'F1', size, yy)
            content += _pdf_str(text, codepage) + b' Tj ET\n'
        c = zlib.compress(bytes(content))
        cid = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(c) + c + b'\nendstream')
        pid = add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] '
                  b'/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>'
                  % (pages_id, f1, f2, cid))
        page_ids.append(pid)
    kids = b' '.join(b'%d 0 R' % p for p in page_ids)
    assert add(b'<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, len(page_ids))) == pages_id
    cat = add(b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
    info = add(b'<< /Title ' + _pdf_str(title) + b' /Author ' + _pdf_str(author)
               + b' /Producer ' + _pdf_str(producer) + b' /Creator ' + _pdf_str(creator)
               + b' /CreationDate (' + date.encode() + b') >>')
    out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, cat, info, xref))
    return bytes(out)


# --- ZIP ------------------------------------------------------------------------
def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        t.append(c)
    return t


_CRC = _crc_table()


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._update(c)

    def _update(self, c):
        k = self.k
        k[0] = _CRC[(k[0] ^ c) & 0xff] ^ (k[0] >> 8)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = _CRC[(k[2] ^ (k[1] >> 24)) & 0xff] ^ (k[2] >> 8)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self._update(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_bytes(entries, password=None, seed='zip', dt=(2026, 10, 1, 9, 0, 0), deflate=True):
    """entries: list of (name, bytes). Optional ZipCrypto password (str)."""
    rng = random.Random(seed)
    local, central = bytearray(), bytearray()
    tm, dd = _dos(dt)
    for name, data in entries:
        nb = name.encode('utf-8')
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xffffffff
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
        else:
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode('utf-8'))
            header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(header) + zc.encrypt(comp)
        off = len(local)
        local += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, tm, dd, crc,
                             len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 0x031e, 20, flags, method,
                               tm, dd, crc, len(comp), len(data), len(nb), 0, 0, 0, 0,
                               0o100644 << 16, off) + nb
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries),
                      len(central), len(local), 0)
    return bytes(local + central + end)


PLACEHOLDER = b'INERT PLACEHOLDER - evaluation sample, no executable content.\r\n'


# --- iCalendar --------------------------------------------------------------------
def ics(uid, summary, start_utc, end_utc, organizer, attendees, location, description,
        method='REQUEST', stamp='20261001T080000Z'):
    lines = ['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:Microsoft Exchange Server 2010',
             'VERSION:2.0', 'BEGIN:VEVENT',
             f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}']
    for n, a in attendees:
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{n}":mailto:{a}')
    lines += ['DESCRIPTION;LANGUAGE=en-GB:' + description.replace('\n', '\\n'),
              f'UID:{uid}', 'SUMMARY;LANGUAGE=en-GB:' + summary,
              'DTSTART:' + start_utc, 'DTEND:' + end_utc, 'CLASS:PUBLIC', 'PRIORITY:5',
              'DTSTAMP:' + stamp, 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
              'LOCATION;LANGUAGE=en-GB:' + location, 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:
        while len(ln.encode()) > 74:
            out.append(ln[:74])
            ln = ' ' + ln[74:]
        out.append(ln)
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


# --- simple logo PNG ------------------------------------------------------------
def logo_png(w, h, fg, bg, bar=True):
    from qr import png_rgb

    def px(x, y):
        if bar and (y < h // 5 or (x < h and y < h)):
            return fg
        return bg
    return png_rgb(w, h, px)
