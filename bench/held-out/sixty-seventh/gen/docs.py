"""Inert attachment builders: text-only PDF, ZIP (plain and ZipCrypto),
WAV, synthetic photo PNG."""
import io
import math
import struct
import zipfile
import zlib

from common import rng_for

# ------------------------------------------------------------------ PDF
_HELV = {32: 278, 33: 278, 34: 355, 35: 556, 36: 556, 37: 889, 38: 667,
         39: 191, 40: 333, 41: 333, 42: 389, 43: 584, 44: 278, 45: 333,
         46: 278, 47: 278, 58: 278, 59: 278, 60: 584, 61: 584, 62: 584,
         63: 556, 64: 1015, 65: 667, 66: 667, 67: 722, 68: 722, 69: 667,
         70: 611, 71: 778, 72: 722, 73: 278, 74: 500, 75: 667, 76: 556,
         77: 833, 78: 722, 79: 778, 80: 667, 81: 778, 82: 722, 83: 667,
         84: 611, 85: 722, 86: 667, 87: 944, 88: 667, 89: 667, 90: 611,
         91: 278, 92: 278, 93: 278, 94: 469, 95: 556, 96: 333, 97: 556,
         98: 556, 99: 500, 100: 556, 101: 556, 102: 278, 103: 556, 104: 556,
         105: 222, 106: 222, 107: 500, 108: 222, 109: 833, 110: 556,
         111: 556, 112: 556, 113: 556, 114: 333, 115: 500, 116: 278,
         117: 556, 118: 500, 119: 722, 120: 500, 121: 500, 122: 500,
         123: 334, 124: 260, 125: 334, 126: 584}
for _d in range(48, 58):
    _HELV[_d] = 556


def _pdfstr(bs):
    out = bytearray(b'(')
    for b in bs:
        if b in (0x28, 0x29, 0x5C):
            out += b'\\' + bytes([b])
        elif b < 32 or b > 126:
            out += b'\\%03o' % b
        else:
            out.append(b)
    return bytes(out + b')')


def _pdfdate(d):
    return "D:%04d%02d%02d%02d%02d%02d+01'00'" % (d.year, d.month, d.day,
                                                   d.hour, d.minute, d.second)


def pdf(lines, title='', author='', creator='Microsoft Word',
        producer='Microsoft: Print To PDF', date=None, size=10):
    """lines: list of str; '# ' prefix = bold 13pt, '## ' = bold 10pt,
    '' = blank line. Non-ASCII glyphs are mapped through a per-document
    /Differences encoding (uniXXXX names) with a ToUnicode CMap, so the
    text is extractable in any script."""
    extra = []
    for ln in lines:
        for ch in ln:
            if ord(ch) > 126 and ch not in extra:
                extra.append(ch)
    assert len(extra) <= 127, 'too many distinct glyphs'
    code = {ch: 128 + i for i, ch in enumerate(extra)}

    def encode(s):
        return bytes(code.get(ch, ord(ch) if 32 <= ord(ch) <= 126 else 63)
                     for ch in s)

    def width(ch):
        if ord(ch) <= 126:
            return _HELV.get(ord(ch), 556)
        return 667 if ch.isupper() else 556

    # layout
    pages, cur, y = [], [], 800
    for ln in lines:
        if ln.startswith('# '):
            style, txt, sz, lead = 'F2', ln[2:], 13, 19
        elif ln.startswith('## '):
            style, txt, sz, lead = 'F2', ln[3:], size, size + 4
        else:
            style, txt, sz, lead = 'F1', ln, size, size + 3.5
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= lead
        cur.append((style, txt, sz, y))
    pages.append(cur)

    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    diffs = ' '.join('/uni%04X' % ord(ch) for ch in extra)
    widths = ' '.join(str(_HELV.get(c, 556)) for c in range(32, 127))
    widths += ' ' + ' '.join(str(width(ch)) for ch in extra)
    last = 127 + len(extra) if extra else 126
    cmap = ['/CIDInit /ProcSet findresource begin', '12 dict begin',
            'begincmap', '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
            '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
            '1 begincodespacerange', '<00> <FF>', 'endcodespacerange']
    pairs = [(c, c) for c in range(32, 127)] + [(code[ch], ord(ch)) for ch in extra]
    for i in range(0, len(pairs), 100):
        chunk = pairs[i:i + 100]
        cmap.append('%d beginbfchar' % len(chunk))
        cmap += ['<%02X> <%04X>' % p for p in chunk]
        cmap.append('endbfchar')
    cmap += ['endcmap', 'CMapName currentdict /CMap defineresource pop',
             'end', 'end']
    cm = '\n'.join(cmap).encode()
    tu = add(b'<< /Length %d >>\nstream\n' % len(cm) + cm + b'\nendstream')
    enc_obj = add(('<< /Type /Encoding /BaseEncoding /WinAnsiEncoding '
                   '/Differences [128 %s] >>' % diffs).encode())
    fonts = []
    for fid, base, flags, stem in (('F1', 'Arial', 32, 80), ('F2', 'Arial,Bold', 262176, 140)):
        fd = add(('<< /Type /FontDescriptor /FontName /%s /Flags %d '
                  '/FontBBox [-665 -325 2000 1040] /ItalicAngle 0 /Ascent 905 '
                  '/Descent -212 /CapHeight 716 /StemV %d >>' % (base, flags, stem)).encode())
        f = add(('<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 '
                 '/LastChar %d /Widths [%s] /Encoding %d 0 R /FontDescriptor %d 0 R '
                 '/ToUnicode %d 0 R >>' % (base, last, widths, enc_obj, fd, tu)).encode())
        fonts.append((fid, f))
    res = '<< /Font << %s >> >>' % ' '.join('/%s %d 0 R' % f for f in fonts)
    page_ids = []
    pages_id_placeholder = len(objs) + 1 + 2 * len(pages)
    for pg in pages:
        ops = [b'BT']
        for style, txt, sz, yy in pg:
            ops.append(b'/%s %d Tf 1 0 0 1 56 %.1f Tm ' % (style.encode(), sz, yy)
                       + _pdfstr(encode(txt)) + b' Tj')
        ops.append(b'ET')
        content = zlib.compress(b'\n'.join(ops), 9)
        c = add(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(content)
                + content + b'\nendstream')
        p = add(('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] '
                 '/Resources %s /Contents %d 0 R >>' % (pages_id_placeholder, res, c)).encode())
        page_ids.append(p)
    pid = add(('<< /Type /Pages /Kids [%s] /Count %d >>' % (
        ' '.join('%d 0 R' % p for p in page_ids), len(page_ids))).encode())
    assert pid == pages_id_placeholder
    info = b'<< '
    for k, v in (('Title', title), ('Author', author), ('Creator', creator),
                 ('Producer', producer)):
        if v:
            info += b'/' + k.encode() + b' ' + _utf16(v) + b' '
    if date:
        info += b'/CreationDate (' + _pdfdate(date).encode() + b') '
        info += b'/ModDate (' + _pdfdate(date).encode() + b') '
    info += b'>>'
    iid = add(info)
    cat = add(('<< /Type /Catalog /Pages %d 0 R >>' % pid).encode())
    out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    fid = rng_for('pdf', title, author).getrandbits(128).to_bytes(16, 'big').hex().upper()
    out += (b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n'
            b'startxref\n%d\n%%%%EOF\n' % (len(objs) + 1, cat, iid, fid.encode(),
                                          fid.encode(), x))
    return bytes(out)


def _utf16(s):
    try:
        s.encode('latin-1')
        if all(ord(c) < 127 for c in s):
            return _pdfstr(s.encode())
    except UnicodeEncodeError:
        pass
    return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'


def pdf_text(data):
    """Extract text back (for verification): decode content streams +
    ToUnicode map of our own PDFs."""
    import re
    m = re.search(rb'beginbfchar\n(.*?)endbfchar', data, re.S)
    mp = {}
    for blk in re.findall(rb'beginbfchar\n(.*?)endbfchar', data, re.S):
        for a, b in re.findall(rb'<([0-9A-F]{2})> <([0-9A-F]{4})>', blk):
            mp[int(a, 16)] = chr(int(b, 16))
    out = []
    for s in re.findall(rb'stream\n(.*?)\nendstream', data, re.S):
        try:
            t = zlib.decompress(s)
        except zlib.error:
            continue
        for lit in re.findall(rb'\(((?:\\.|[^\\)])*)\) Tj', t):
            b = re.sub(rb'\\([0-7]{3})', lambda m: bytes([int(m.group(1), 8)]), lit)
            b = re.sub(rb'\\(.)', rb'\1', b)
            out.append(''.join(mp.get(c, '?') for c in b))
    return '\n'.join(out)


# ------------------------------------------------------------------ ZIP
PLACEHOLDER = b'inert placeholder for a mail-filter evaluation corpus - contains no code\r\n'


def zip_plain(entries, when=(2026, 11, 17, 9, 12, 40)):
    """entries: list of (name, bytes)"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16 | 0x20
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


_CRC = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRC.append(_c)


class _ZipCrypto:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pw:
            self.update(b)

    def update(self, b):
        k0, k1, k2 = self.k
        k0 = _CRC[(k0 ^ b) & 0xff] ^ (k0 >> 8)
        k1 = (k1 + (k0 & 0xff)) & 0xffffffff
        k1 = (k1 * 134775813 + 1) & 0xffffffff
        k2 = _CRC[(k2 ^ (k1 >> 24)) & 0xff] ^ (k2 >> 8)
        self.k = [k0, k1, k2]

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            c = p ^ (((t * (t ^ 1)) >> 8) & 0xff)
            self.update(p)
            out.append(c)
        return bytes(out)


def _dos(when):
    y, mo, d, h, mi, s = when
    return ((h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d)


def zip_crypto(entries, password, seed, when=(2026, 11, 17, 9, 12, 40)):
    """Traditional PKWARE (ZipCrypto) encrypted, deflated archive."""
    rng = rng_for('zipcrypto', seed)
    pw = password.encode('utf-8')
    dtime, ddate = _dos(when)
    local, central = bytearray(), bytearray()
    for name, data in entries:
        nb = name.encode('utf-8')
        flags = 0x0001 | (0x0800 if any(b > 127 for b in nb) else 0)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr = bytes(rng.getrandbits(8) for _ in range(11)) + bytes([crc >> 24])
        zc = _ZipCrypto(pw)
        encd = zc.enc(hdr) + zc.enc(comp)
        off = len(local)
        local += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 8, dtime,
                             ddate, crc, len(encd), len(data), len(nb), 0) + nb + encd
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags,
                               8, dtime, ddate, crc, len(encd), len(data),
                               len(nb), 0, 0, 0, 0, 0x20, off) + nb
    end = struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries),
                      len(central), len(local), 0)
    return bytes(local + central + end)


# ------------------------------------------------------------------ WAV
def wav_voicemail(seconds=3.0, seed='vm'):
    rng = rng_for('wav', seed)
    rate = 8000
    n = int(rate * seconds)
    frames = bytearray()
    for i in range(n):
        t = i / rate
        env = 0.5 + 0.5 * math.sin(2 * math.pi * 3.1 * t)
        v = (math.sin(2 * math.pi * 180 * t) * 0.25 + math.sin(2 * math.pi * 410 * t) * 0.12) * env
        v += (rng.random() - 0.5) * 0.04
        frames += struct.pack('<h', int(v * 32767 * 0.6))
    hdr = struct.pack('<4sI4s4sIHHIIHH4sI', b'RIFF', 36 + len(frames), b'WAVE',
                      b'fmt ', 16, 1, 1, rate, rate * 2, 2, 16, b'data', len(frames))
    return hdr + bytes(frames)


# ------------------------------------------------------------------ photo
def photo_glasses(seed='photo', w=320, h=200):
    """Synthetic 'photo' of a pair of glasses with a scratch, RGB PNG."""
    from qr import png_rgb
    rng = rng_for('photo', seed)
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            base = 200 - y // 4 + int(rng.random() * 6)
            r, g, b = base, base - 6, base - 14
            for cx in (100, 220):
                d = math.hypot((x - cx) / 52.0, (y - 100) / 38.0)
                if 0.93 < d < 1.07:
                    r, g, b = 40, 32, 30
                elif d <= 0.93:
                    r, g, b = r - 18, g - 12, b - 4
            if 148 <= x <= 172 and 92 <= y <= 98:
                r, g, b = 40, 32, 30
            if abs((x - 195) - (y - 70) * 0.8) < 1.2 and 70 < y < 130:
                r, g, b = 245, 245, 245
            row.append((max(0, min(255, r)), max(0, min(255, g)), max(0, min(255, b))))
        rows.append(row)
    return png_rgb(w, h, rows)
