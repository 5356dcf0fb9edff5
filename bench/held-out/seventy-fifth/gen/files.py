"""Inert attachment builders: text-only PDF, ZIP (optionally ZipCrypto),
PNG logo, ICS. No scripts, no executables."""
import struct
import zlib

from common import hbytes, local
import qr

# --------------------------------------------------------------------------
# PDF (text only, Helvetica, WinAnsi + Differences for Central European)
# --------------------------------------------------------------------------
_GLYPHS = {
    'ą': 'aogonek', 'ć': 'cacute', 'ę': 'eogonek', 'ł': 'lslash', 'ń': 'nacute', 'ś': 'sacute',
    'ź': 'zacute', 'ż': 'zdotaccent', 'Ą': 'Aogonek', 'Ć': 'Cacute', 'Ę': 'Eogonek',
    'Ł': 'Lslash', 'Ń': 'Nacute', 'Ś': 'Sacute', 'Ź': 'Zacute', 'Ż': 'Zdotaccent',
    'č': 'ccaron', 'ř': 'rcaron', 'ě': 'ecaron', 'ő': 'ohungarumlaut', 'ű': 'uhungarumlaut',
}
_POOL = [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xC3, 0xC5, 0xC6, 0xCC, 0xCE, 0xD0, 0xD5, 0xD8, 0xDD,
         0xDE, 0xE3, 0xE5, 0xE6, 0xEC, 0xEE, 0xF0, 0xF5, 0xF8, 0xFD, 0xFE]


class _Enc:
    def __init__(self, texts):
        extra = sorted({c for t in texts for c in t if c in _GLYPHS})
        used = set()
        for t in texts:
            for c in t:
                try:
                    used.add(c.encode('cp1252')[0])
                except UnicodeEncodeError:
                    pass
        pool = [p for p in _POOL if p not in used]
        self.map = {}
        for c in extra:
            self.map[c] = pool.pop(0)

    def enc(self, s):
        out = bytearray()
        for c in s:
            if c in self.map:
                out.append(self.map[c])
            else:
                out += c.encode('cp1252')
        return bytes(out)

    def differences(self):
        if not self.map:
            return ''
        items = sorted((v, _GLYPHS[c]) for c, v in self.map.items())
        return ' /Differences [' + ' '.join('%d /%s' % (v, g) for v, g in items) + ']'


def _esc(b):
    out = bytearray()
    for x in b:
        if x in (0x28, 0x29, 0x5C):
            out += b'\\' + bytes([x])
        elif x < 32 or x > 126:
            out += b'\\%03o' % x
        else:
            out.append(x)
    return bytes(out)


def _wrap(text, width):
    words = text.split(' ')
    lines = []
    cur = ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return lines


def _pdfdate(u, zone):
    loc, off, _ = local(u, zone)
    sign = '+' if off >= 0 else '-'
    return "D:%s%s%02d'%02d'" % (loc.strftime('%Y%m%d%H%M%S'), sign, abs(off) // 60, abs(off) % 60)


def pdf(pages, title, author, creator, producer, when, zone):
    """pages: list of pages, each a list of items:
    'text' | ('h', text) heading | ('b', text) bold | ('s', text) small | ('gap',)
    | ('r', left, right) two columns."""
    all_texts = []
    for p in pages:
        for it in p:
            if isinstance(it, str):
                all_texts.append(it)
            else:
                all_texts.extend(x for x in it[1:] if isinstance(x, str))
    enc = _Enc(all_texts + [title, author])
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    font_r = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding'
                 b' /BaseEncoding /WinAnsiEncoding' + enc.differences().encode() + b' >> >>')
    font_b = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding << /Type /Encoding'
                 b' /BaseEncoding /WinAnsiEncoding' + enc.differences().encode() + b' >> >>')
    pages_id = len(objs) + 1
    objs.append(None)  # placeholder for Pages
    kids = []
    for p in pages:
        y = 790
        ops = []
        for it in p:
            if isinstance(it, str):
                kind, args = 'n', (it,)
            else:
                kind, args = it[0], it[1:]
            if kind == 'gap':
                y -= 8
                continue
            size, font, lead, width = {'n': (10, 'F1', 13, 98), 'h': (15, 'F2', 20, 60),
                                       'b': (10, 'F2', 13, 90), 's': (7.5, 'F1', 10, 130),
                                       'r': (10, 'F1', 13, 98)}[kind]
            if kind == 'h':
                y -= 6
            if kind == 'r':
                left = _wrap(args[0], 66)
                for ln in left:
                    ops.append(b'BT /F1 10 Tf 56 %d Td (%s) Tj ET' % (y, _esc(enc.enc(ln))))
                    if ln is not left[-1]:
                        y -= lead
                ops.append(b'BT /F1 10 Tf 420 %d Td (%s) Tj ET' % (y, _esc(enc.enc(args[1]))))
                y -= lead
                continue
            for line in _wrap(args[0], width):
                ops.append(b'BT /%s %s Tf 56 %d Td (%s) Tj ET' % (
                    font.encode(), str(size).encode(), y, _esc(enc.enc(line))))
                y -= lead
            if y < 60:
                raise ValueError('PDF page overflow')
        stream = zlib.compress(b'\n'.join(ops), 9)
        cid = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream) + stream + b'\nendstream')
        kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R'
                        b' /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>' % (
                            pages_id, cid, font_r, font_b)))
    objs[pages_id - 1] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) +
                          b'] /Count %d >>' % len(kids))
    d = _pdfdate(when, zone).encode()
    info = add(b'<< /Title (' + _esc(enc.enc(title)) + b') /Author (' + _esc(enc.enc(author)) +
               b') /Creator (' + _esc(creator.encode('cp1252')) + b') /Producer (' +
               _esc(producer.encode('cp1252')) + b') /CreationDate (' + d + b') /ModDate (' + d + b') >>')
    catalog = add(b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    fid = hbytes('pdfid' + title + str(when), 16).hex().encode()
    out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, catalog, info, fid, fid, xref))
    return bytes(out)


def pdf_check(data):
    """Structural check: header, xref offsets, trailer, decompressable streams."""
    import re
    assert data.startswith(b'%PDF-1.')
    sx = int(data[data.rindex(b'startxref') + 9:].split()[0])
    assert data[sx:sx + 4] == b'xref'
    lines = data[sx:].split(b'\n')
    n = int(lines[1].split()[1])
    for i in range(1, n):
        off = int(lines[2 + i][:10])
        assert data[off:].startswith(b'%d 0 obj' % i), i
    text = []
    for m in re.finditer(rb'stream\n(.*?)\nendstream', data, re.S):
        text.append(zlib.decompress(m.group(1)))
    return b'\n'.join(text)


# --------------------------------------------------------------------------
# ZIP, optionally encrypted with traditional PKWARE encryption (ZipCrypto)
# --------------------------------------------------------------------------
_CRCT = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)


class _ZC:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in pwd:
            self.update(b)

    def _crc(self, c, b):
        return (c >> 8) ^ _CRCT[(c ^ b) & 0xFF]

    def update(self, b):
        self.k0 = self._crc(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self._crc(self.k2, (self.k1 >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            t = (self.k2 | 2) & 0xFFFF
            k = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(b ^ k)
            self.update(b)
        return bytes(out)


def _dos(u, zone):
    loc, _, _ = local(u, zone)
    t = (loc.hour << 11) | (loc.minute << 5) | (loc.second // 2)
    d = ((loc.year - 1980) << 9) | (loc.month << 5) | loc.day
    return t, d


ZIP_PASSWORDS = {}


def zipfile_bytes(entries, when, zone, password=None, key='zip', attname=None):
    """entries: list of (name, bytes). attname registers the password for validation."""
    if password and attname:
        ZIP_PASSWORDS[attname] = password
    out = bytearray()
    central = bytearray()
    t, d = _dos(when, zone)
    for idx, (name, data) in enumerate(entries):
        nb = name.encode('utf-8')
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password:
            flags |= 1
            zc = _ZC(password.encode('utf-8'))
            head = bytearray(hbytes(key + name, 11)) + bytes([(crc >> 24) & 0xFF])
            comp = zc.encrypt(bytes(head) + comp)
        off = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034B50, 20, flags, method, t, d, crc,
                           len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 0x0314, 20, flags, method, t, d,
                               crc, len(comp), len(data), len(nb), 0, 0, 0, 0,
                               (0o100644 << 16), off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                       cd_off, 0)
    return bytes(out)


# --------------------------------------------------------------------------
# images
# --------------------------------------------------------------------------
def logo_png(w, h, fg, bg, key):
    """A simple flat banner: background, a coloured bar and a few blocks."""
    b = hbytes(key, 8)
    bars = [(b[i] % (w - 20), 6 + b[i + 1] % 10) for i in range(0, 8, 2)]

    def px(x, y):
        if y > h - 6:
            return fg
        for bx, bw in bars:
            if bx <= x < bx + bw and h // 4 < y < h - h // 4:
                return fg
        return bg
    return qr.png_rgb(w, h, px)


# --------------------------------------------------------------------------
# iCalendar
# --------------------------------------------------------------------------
def ics(uid, organizer, attendees, start, end, summary, location, description, stamp):
    f = lambda u: u.strftime('%Y%m%dT%H%M%SZ')
    lines = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:Microsoft Exchange Server 2019',
             'VERSION:2.0', 'BEGIN:VEVENT',
             'ORGANIZER;CN="%s":mailto:%s' % organizer]
    for n, e in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % (n, e))
    lines += ['DESCRIPTION;LANGUAGE=en-GB:' + description.replace('\n', '\\n'),
              'UID:' + uid, 'SUMMARY;LANGUAGE=en-GB:' + summary,
              'DTSTART:' + f(start), 'DTEND:' + f(end), 'CLASS:PUBLIC', 'PRIORITY:5',
              'DTSTAMP:' + f(stamp), 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
              'LOCATION;LANGUAGE=en-GB:' + location,
              'BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M',
              'ACTION:DISPLAY', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:
        while len(ln.encode('utf-8')) > 75:
            cut = 74
            while len(ln[:cut].encode('utf-8')) > 74:
                cut -= 1
            out.append(ln[:cut])
            ln = ' ' + ln[cut:]
        out.append(ln)
    return '\r\n'.join(out) + '\r\n'
