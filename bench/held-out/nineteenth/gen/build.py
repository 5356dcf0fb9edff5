#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Deterministic generator for a held-out e-mail test set (Example Group).

Writes into the folder above gen/:
  attack/    40 hostile / unwanted messages
  business/  40 legitimate messages that a filter could mistake for hostile
  MANIFEST.md, staff.txt

Standard library only.  No clock, no randomness: every "random looking" value
(queue ids, boundaries, message ids, archive headers) is derived from SHA-256
of fixed seed strings, so re-running produces byte-identical output.
All attachments are harmless placeholders (no executable content).
"""
import base64
import datetime as DT
import gzip
import hashlib
import io
import os
import quopri
import shutil
import struct
import zipfile
import zlib
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# ---------------------------------------------------------------------------
# deterministic pseudo-random helpers
# ---------------------------------------------------------------------------

def hx(seed, n=16):
    out = b''
    i = 0
    while len(out) * 2 < n:
        out += hashlib.sha256(('%s#%d' % (seed, i)).encode()).digest()
        i += 1
    return out.hex()[:n]


def alnum(seed, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    h = hashlib.sha256(seed.encode()).digest()
    while len(h) < n * 2:
        h += hashlib.sha256(h).digest()
    return ''.join(alphabet[b % len(alphabet)] for b in h[:n])


def num(seed, lo, hi):
    return lo + int(hx(seed, 12), 16) % (hi - lo + 1)


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

def tzobj(tz):
    sign = 1 if tz[0] == '+' else -1
    return DT.timezone(sign * DT.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))


def mkdt(s, tz):
    return DT.datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tzobj(tz))


TZNAME = {'+0100': 'CET', '+0000': 'UTC', '+0200': 'EET', '+0300': 'MSK', '-0800': 'PST'}


def R(dt, secs=0, tz=None, comment=False):
    d = dt + DT.timedelta(seconds=secs)
    if tz:
        d = d.astimezone(tzobj(tz))
    s = format_datetime(d)
    if comment:
        off = s[-5:]
        s += ' (%s)' % TZNAME.get(off, 'UTC')
    return s


# ---------------------------------------------------------------------------
# header encoding
# ---------------------------------------------------------------------------


_FALLBACK = {'\u2013': '-', '\u2014': '-', '\u201e': '"', '\u201c': '"', '\u201d': '"', '\u2019': "'",
             '\u2018': "'", '\u2026': '...', '\u2192': '->', '\u20ac': 'EUR', '\xae': '(R)', '\u2022': '*',
             '\xab': '"', '\xbb': '"', '\u2116': 'N'}


def fit(text, cs):
    """Replace characters the target charset cannot represent (as a real MUA's
    charset fallback would)."""
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_FALLBACK.get(ch, '?'))
    return ''.join(out)


def _qenc(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif (ch.isascii() and ch.isalnum()) or ch in '!*+-/':
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def ew(text, cs='UTF-8', enc='B', maxlen=75, sep='\n '):
    """RFC 2047 encoded words, split on character boundaries."""
    pycs = cs.lower()
    text = fit(text, pycs)

    def one(s):
        b = s.encode(pycs)
        p = base64.b64encode(b).decode() if enc == 'B' else _qenc(b)
        return '=?%s?%s?%s?=' % (cs, enc, p)

    words, cur = [], ''
    for ch in text:
        if cur and len(one(cur + ch)) > maxlen:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return sep.join(words)


def hv(text, cs='UTF-8', enc='B'):
    """Header value: plain if ASCII, else encoded words."""
    if all(ord(c) < 128 for c in text):
        return text
    return ew(text, cs, enc)


def A(name, email, cs='UTF-8', enc='B', quote=None):
    """Address with display name."""
    if not name:
        return '<%s>' % email
    if all(ord(c) < 128 for c in name):
        if quote or (quote is None and any(c in name for c in '()<>@,;:\\".[]')):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (ew(name, cs, enc), email)


def rfc2231(fn, cs='UTF-8'):
    from urllib.parse import quote
    return "%s''%s" % (cs, quote(fn.encode(cs.lower()), safe=''))


# ---------------------------------------------------------------------------
# MIME tree
# ---------------------------------------------------------------------------

class P(object):
    def __init__(self, ctype, content=None, cs=None, cte=None, name=None,
                 disp=None, cid=None, parts=None, boundary=None, params='',
                 fnstyle='plain', extra=None, preamble=None, ct_name=True,
                 size=False, desc=None, fn_cs='UTF-8', csq=True):
        self.ctype = ctype
        self.content = content
        self.cs = cs
        self.cte = cte
        self.name = name
        self.disp = disp
        self.cid = cid
        self.parts = parts
        self.boundary = boundary
        self.params = params
        self.fnstyle = fnstyle
        self.extra = extra or []
        self.preamble = preamble
        self.ct_name = ct_name
        self.size = size
        self.desc = desc
        self.fn_cs = fn_cs
        self.csq = csq


def _enc_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
        if not out.endswith(b'\n'):
            out += b'\n'
        return out
    if not data.endswith(b'\n'):
        data += b'\n'
    return data


def render(p):
    """returns (list of header lines (str or bytes), body bytes)"""
    hdr = []
    if p.parts is not None:
        ct = '%s;%s\n\tboundary="%s"' % (p.ctype, p.params, p.boundary)
        hdr.append('Content-Type: ' + ct)
        for e in p.extra:
            hdr.append(e)
        out = b''
        if p.preamble:
            out += p.preamble.encode() + b'\n\n'
        for sub in p.parts:
            sh, sb = render(sub)
            out += ('--%s\n' % p.boundary).encode()
            for l in sh:
                out += (l if isinstance(l, bytes) else l.encode('ascii')) + b'\n'
            out += b'\n' + sb
            if not sb.endswith(b'\n'):
                out += b'\n'
            out += b'\n' if sub.parts is not None else b''
        out += ('--%s--\n' % p.boundary).encode()
        return hdr, out
    data = p.content
    if isinstance(data, str):
        data = fit(data, (p.cs or 'us-ascii').lower()).encode((p.cs or 'us-ascii').lower())
    ct = p.ctype
    if p.cs:
        ct += ('; charset="%s"' if p.csq else '; charset=%s') % p.cs
    ct += p.params
    fname = None
    if p.name:
        if all(ord(c) < 128 for c in p.name):
            fname = ('"%s"' % p.name, '"%s"' % p.name, None)
        elif p.fnstyle == 'rfc2231':
            fname = (None, None, rfc2231(p.name, p.fn_cs))
        else:
            e = ew(p.name, p.fn_cs, 'B', sep='\n\t')
            fname = ('"%s"' % e, '"%s"' % e, None)
    if p.name and p.ct_name:
        if fname[0]:
            ct += ';\n\tname=' + fname[0]
        else:
            ct += ";\n\tname*=" + fname[2]
    hdr.append('Content-Type: ' + ct)
    if p.desc:
        hdr.append('Content-Description: ' + p.desc)
    if p.disp:
        d = p.disp
        if p.name:
            if fname[1]:
                d += ';\n\tfilename=' + fname[1]
            else:
                d += ";\n\tfilename*=" + fname[2]
        if p.size:
            d += '; size=%d' % len(data)
        hdr.append('Content-Disposition: ' + d)
    if p.cte:
        hdr.append('Content-Transfer-Encoding: ' + p.cte)
    if p.cid:
        hdr.append('Content-ID: <%s>' % p.cid)
    for e in p.extra:
        hdr.append(e)
    return hdr, _enc_body(data, p.cte or '7bit')


def T(body, cs='UTF-8', cte='quoted-printable', sub='plain', params='', **kw):
    return P('text/' + sub, body, cs=cs, cte=cte, params=params, **kw)


def H(body, cs='UTF-8', cte='quoted-printable', **kw):
    return P('text/html', body, cs=cs, cte=cte, **kw)


def ALT(a, b, bd, **kw):
    return P('multipart/alternative', parts=[a, b], boundary=bd, **kw)


def MIX(parts, bd, **kw):
    return P('multipart/mixed', parts=parts, boundary=bd, **kw)


def REL(parts, bd, params='', **kw):
    return P('multipart/related', parts=parts, boundary=bd, params=params, **kw)


def ATT(ctype, data, name, cte='base64', fnstyle='plain', disp='attachment', **kw):
    return P(ctype, data, cte=cte, name=name, disp=disp, fnstyle=fnstyle, **kw)


def bnd(style, seed):
    if style == 'outlook':
        idx = 4 if seed.endswith(('m', 'rel')) else 0
        return '_%03d_%s_' % (idx, alnum(seed.rstrip('amrel') or seed, 38, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') + 'EURP')
    if style == 'gmail':
        return '000000000000' + hx(seed, 16)
    if style == 'apple':
        return 'Apple-Mail=_%s' % '-'.join([hx(seed, 8).upper(), hx(seed + '1', 4).upper(), hx(seed + '2', 4).upper(), hx(seed + '3', 4).upper(), hx(seed + '4', 12).upper()])
    if style == 'tb':
        return '------------' + alnum(seed, 24)
    if style == 'java':
        return '----=_Part_%d_%d.%d' % (num(seed, 10000, 999999), num(seed + 'a', 100000000, 999999999), num(seed + 'b', 1796083200000, 1796601599999))
    if style == 'php':
        return 'b1_' + alnum(seed, 43)
    if style == 'nextpart':
        return '----=_NextPart_000_%s_%s.%s' % (hx(seed, 4).upper(), hx(seed + 'x', 8).upper(), hx(seed + 'y', 8).upper())
    if style == 'go':
        return hx(seed, 60)
    if style == 'sf':
        return '----=_Part_%d_%d.%d' % (num(seed, 100000, 9999999), num(seed + 'a', 100000, 9999999), num(seed + 'b', 1796083200000, 1796601599999))
    if style == 'mailru':
        return '--ALT--%s%d' % (hx(seed, 8).upper(), num(seed, 1796083200, 1796601599))
    return '=_' + hx(seed, 32)


def tindex(seed):
    """Outlook Thread-Index: base64 of 22 bytes (FILETIME prefix + GUID)."""
    return base64.b64encode(bytes.fromhex('01dc63' + hx(seed + 'tindex', 38))).decode()


def qid(seed):
    return alnum(seed, 15, '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz')


# ---------------------------------------------------------------------------
# attachments (harmless, minimal, structurally valid)
# ---------------------------------------------------------------------------

def _pdf_str(s):
    s = s.encode('latin-1', 'replace').decode('latin-1')
    return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'


def pdf(lines, title='Document', author='', producer='Microsoft\xae Word f\xfcr Microsoft 365',
        created='D:20261201091200+01\'00\'', qr=None, qr_pos=(380, 520), qr_mod=3, links=()):
    """Single page A4 PDF with text lines (latin-1), optional QR drawn as vector squares
    and optional URI link annotations [(x1,y1,x2,y2,url)]."""
    ops = ['BT', '/F1 11 Tf', '14 TL', '56 790 Td']
    first = True
    for l in lines:
        if l.startswith('#'):
            ops.append('/F2 14 Tf')
            l = l[1:]
        else:
            ops.append('/F1 11 Tf')
        ops.append(_pdf_str(l) + (" Tj" if first else " '"))
        first = False
    ops.append('ET')
    if qr:
        x0, y0 = qr_pos
        n = len(qr)
        ops.append('0 0 0 rg')
        for y in range(n):
            for x in range(n):
                if qr[y][x]:
                    ops.append('%d %d %d %d re' % (x0 + x * qr_mod, y0 + (n - 1 - y) * qr_mod, qr_mod, qr_mod))
        ops.append('f')
    stream = '\n'.join(ops).encode('latin-1')
    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>')
    annots = ''
    if links:
        annots = ' /Annots [' + ' '.join('%d 0 R' % (8 + i) for i in range(len(links))) + ']'
    objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R%s >>' % annots).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
    info = '<< /Title %s /Author %s /Producer %s /CreationDate (%s) /ModDate (%s) >>' % (
        _pdf_str(title), _pdf_str(author), _pdf_str(producer), created, created)
    objs.append(info.encode('latin-1'))
    for (x1, y1, x2, y2, url) in links:
        objs.append(('<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /Border [0 0 0] /A << /S /URI /URI %s >> >>' % (x1, y1, x2, y2, _pdf_str(url))).encode('latin-1'))
    out = b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    fid = hx('pdf' + title + ''.join(lines), 32).upper()
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n' % (
        len(objs) + 1, fid.encode(), fid.encode(), xref)
    return out


def _png_chunk(t, d):
    return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)


def png_gray(w, h, pix):
    """pix(x,y) -> 0..255"""
    raw = b''.join(b'\x00' + bytes(pix(x, y) for x in range(w)) for y in range(h))
    return (b'\x89PNG\r\n\x1a\n' + _png_chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) +
            _png_chunk(b'IDAT', zlib.compress(raw, 9)) + _png_chunk(b'IEND', b''))


def png_rgb(w, h, pix):
    raw = b''.join(b'\x00' + b''.join(bytes(pix(x, y)) for x in range(w)) for y in range(h))
    return (b'\x89PNG\r\n\x1a\n' + _png_chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            _png_chunk(b'IDAT', zlib.compress(raw, 9)) + _png_chunk(b'IEND', b''))


def png_qr(matrix, scale=6, border=4):
    n = len(matrix)
    size = (n + 2 * border) * scale

    def pix(x, y):
        mx, my = x // scale - border, y // scale - border
        if 0 <= mx < n and 0 <= my < n and matrix[my][mx]:
            return 0
        return 255
    return png_gray(size, size, pix)


def png_logo(w, h, rgb, seed):
    """simple flat banner/logo placeholder"""
    r, g, b = rgb

    def pix(x, y):
        if y < 4 or y >= h - 4:
            return (255, 255, 255)
        return (r, g, b)
    return png_rgb(w, h, pix)


def jpeg_gray(w, h, comment='placeholder image'):
    """Minimal baseline greyscale JPEG (uniform mid-grey), valid for decoders."""
    def seg(marker, payload):
        return b'\xff' + bytes([marker]) + struct.pack('>H', len(payload) + 2) + payload
    out = b'\xff\xd8'
    out += seg(0xE0, b'JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00')
    out += seg(0xFE, comment.encode('ascii'))
    out += seg(0xDB, b'\x00' + bytes([1] * 64))
    out += seg(0xC0, b'\x08' + struct.pack('>HH', h, w) + b'\x01\x01\x11\x00')
    bits = bytes([1] + [0] * 15)
    out += seg(0xC4, b'\x00' + bits + b'\x00')   # DC table 0: one code '0' -> cat 0
    out += seg(0xC4, b'\x10' + bits + b'\x00')   # AC table 0: one code '0' -> EOB
    out += seg(0xDA, b'\x01\x01\x00\x00\x3f\x00')
    blocks = ((w + 7) // 8) * ((h + 7) // 8)
    nbits = blocks * 2
    data = b'\x00' * (nbits // 8)
    rem = nbits % 8
    if rem:
        data += bytes([(0xFF >> rem)])
    out += data + b'\xff\xd9'
    return out


FIXED_ZIP_TIME = (2026, 11, 30, 8, 0, 0)


def zipbytes(files, when=FIXED_ZIP_TIME, method=zipfile.ZIP_DEFLATED):
    """files: list of (name, bytes) or (name, bytes, date_time)"""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w') as z:
        for f in files:
            name, data = f[0], f[1]
            dt = f[2] if len(f) > 2 else when
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = method
            zi.external_attr = 0o100644 << 16
            zi.create_system = 0
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return bio.getvalue()


_CRCTAB = []
for _i in range(256):
    _c = _i
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


def _zc_update(keys, b):
    k0, k1, k2 = keys
    k0 = (k0 >> 8) ^ _CRCTAB[(k0 ^ b) & 0xff]
    k1 = (k1 + (k0 & 0xff)) & 0xffffffff
    k1 = (k1 * 134775813 + 1) & 0xffffffff
    k2 = (k2 >> 8) ^ _CRCTAB[(k2 ^ (k1 >> 24)) & 0xff]
    return [k0, k1, k2]


def zip_encrypted(files, password, when=FIXED_ZIP_TIME):
    """Traditional PKWARE (ZipCrypto) encrypted, stored entries.  Deterministic
    encryption header derived from file name."""
    pw = password.encode()
    out = b''
    central = b''
    y, mo, d, hh, mi, ss = when
    dtime = (hh << 11) | (mi << 5) | (ss // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    for name, data in files:
        crc = zlib.crc32(data) & 0xffffffff
        keys = [0x12345678, 0x23456789, 0x34567890]
        for c in pw:
            keys = _zc_update(keys, c)
        header = bytes.fromhex(hx('zc' + name, 22)) + bytes([crc >> 24])
        enc = bytearray()
        for c in header + data:
            t = (keys[2] | 2) & 0xffff
            k = ((t * (t ^ 1)) >> 8) & 0xff
            enc.append(c ^ k)
            keys = _zc_update(keys, c)
        fn = name.encode('utf-8')
        flags = 0x0001 | (0x800 if any(ord(ch) > 127 for ch in name) else 0)
        lh = struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, 0, dtime, ddate, crc,
                         len(enc), len(data), len(fn), 0)
        off = len(out)
        out += lh + fn + bytes(enc)
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 20, 20, flags, 0, dtime, ddate, crc,
                               len(enc), len(data), len(fn), 0, 0, 0, 0, 0o100644 << 16, off) + fn
    cd_off = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return out


def gz(name, data):
    bio = io.BytesIO()
    with gzip.GzipFile(filename=name, mode='wb', fileobj=bio, mtime=1796362440) as g:
        g.write(data)
    return bio.getvalue()


def _x(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def docx(paragraphs, title='', creator='', company='Example Group'):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs)
    files = [
        ('[Content_Types].xml', ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>').encode()),
        ('_rels/.rels', ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>').encode()),
        ('docProps/core.xml', ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T08:00:00Z</dcterms:created>'
         '</cp:coreProperties>' % (_x(title), _x(creator))).encode()),
        ('word/document.xml', ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
         '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % body).encode()),
    ]
    return zipbytes(files)


def _col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet='Sheet1', creator=''):
    xr = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (_col(ci), ri + 1)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri + 1, ''.join(cells)))
    files = [
        ('[Content_Types].xml', ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>').encode()),
        ('_rels/.rels', ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>').encode()),
        ('xl/workbook.xml', ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)).encode()),
        ('xl/_rels/workbook.xml.rels', ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>').encode()),
        ('xl/worksheets/sheet1.xml', ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
         % ''.join(xr)).encode()),
    ]
    return zipbytes(files)


def ics(uid, summary, start, end, organizer, attendees, description, location='', method='REQUEST',
        tzid='Europe/Berlin', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', stamp='20261201T080000Z',
        lang='de-DE'):
    def fold(line):
        b = line.encode('utf-8')
        out = []
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b[cut:]
        out.append(b)
        return b'\r\n '.join(out).decode('utf-8')
    desc = description.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0', 'METHOD:' + method,
         'BEGIN:VTIMEZONE', 'TZID:' + tzid,
         'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
         'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
         'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
         'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT', 'END:VTIMEZONE',
         'BEGIN:VEVENT',
         'ORGANIZER;CN="%s":mailto:%s' % organizer]
    for cn, em in attendees:
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % (cn, em))
    L += ['DESCRIPTION;LANGUAGE=%s:' % lang + desc,
          'UID:' + uid,
          'SUMMARY:' + summary.replace(',', '\\,'),
          'DTSTART;TZID=%s:%s' % (tzid, start),
          'DTEND;TZID=%s:%s' % (tzid, end),
          'DTSTAMP:' + stamp,
          'LOCATION:' + location.replace(',', '\\,'),
          'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
          'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'END:VALARM',
          'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(fold(l) for l in L) + '\r\n').encode('utf-8')


def _der(tag, content):
    n = len(content)
    if n < 128:
        ln = bytes([n])
    else:
        b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
        ln = bytes([0x80 | len(b)]) + b
    return bytes([tag]) + ln + content


def _oid(dotted):
    parts = [int(x) for x in dotted.split('.')]
    out = bytes([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7f]
        p >>= 7
        while p:
            enc.insert(0, 0x80 | (p & 0x7f))
            p >>= 7
        out += bytes(enc)
    return _der(0x06, out)


def p7s_placeholder():
    """Degenerate PKCS#7 SignedData (no signers) - structurally valid DER placeholder."""
    content_info_data = _der(0x30, _oid('1.2.840.113549.1.7.1'))
    sd = _der(0x30, _der(0x02, b'\x01') + _der(0x31, b'') + content_info_data + _der(0x31, b''))
    return _der(0x30, _oid('1.2.840.113549.1.7.2') + _der(0xA0, sd))


PLACEHOLDER = ('PLACEHOLDER - harmless test artefact. In the real-world sample this file contained '
               'a malicious payload (%s). It has been replaced by this text.\r\n')


# ---------------------------------------------------------------------------
# QR code encoder (byte mode, versions 1-6, fixed mask 0) - for quishing and
# legitimate payment codes.  Follows ISO/IEC 18004 (after Nayuki's design).
# ---------------------------------------------------------------------------

_ECC_PER_BLOCK = {'L': [None, 7, 10, 15, 20, 26, 18], 'M': [None, 10, 16, 26, 18, 24, 16]}
_NUM_BLOCKS = {'L': [None, 1, 1, 1, 1, 1, 2], 'M': [None, 1, 1, 1, 2, 2, 4]}
_ECL_BITS = {'L': 1, 'M': 0}


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_divisor(degree):
    result = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            result[j] = _gf_mul(result[j], root)
            if j + 1 < degree:
                result[j] ^= result[j + 1]
        root = _gf_mul(root, 0x02)
    return result


def _rs_rem(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, f)
    return res


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
    return r


def qr_matrix(text, ecl='L'):
    data = text.encode('utf-8')
    for ver in range(1, 7):
        cap = _raw_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]
        if 4 + 8 + len(data) * 8 <= cap * 8:
            break
    else:
        raise ValueError('QR payload too long')
    bits = []

    def put(v, n):
        for i in reversed(range(n)):
            bits.append((v >> i) & 1)
    put(4, 4)
    put(len(data), 8)
    for b in data:
        put(b, 8)
    put(0, min(4, cap * 8 - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap * 8:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    dc = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    nb = _NUM_BLOCKS[ecl][ver]
    el = _ECC_PER_BLOCK[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(el)
    blocks = []
    k = 0
    for i in range(nb):
        dl = shortlen - el + (0 if i < nshort else 1)
        dat = dc[k:k + dl]
        k += dl
        ecc = _rs_rem(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    cw = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - el or j >= nshort:
                cw.append(blk[i])
    size = ver * 4 + 17
    mod = [[False] * size for _ in range(size)]
    fun = [[False] * size for _ in range(size)]

    def sf(x, y, d):
        mod[y][x] = d
        fun[y][x] = True
    for i in range(size):
        sf(6, i, i % 2 == 0)
        sf(i, 6, i % 2 == 0)
    for (cx, cy) in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                xx, yy = cx + dx, cy + dy
                if 0 <= xx < size and 0 <= yy < size:
                    sf(xx, yy, max(abs(dx), abs(dy)) not in (2, 4))
    if ver >= 2:
        c = size - 7
        for dy in range(-2, 3):
            for dx in range(-2, 3):
                sf(c + dx, c + dy, max(abs(dx), abs(dy)) != 1)
    mask = 0
    fd = (_ECL_BITS[ecl] << 3) | mask
    rem = fd
    for _ in range(10):
        rem = (rem << 1) ^ ((rem >> 9) * 0x537)
    fb = ((fd << 10) | rem) ^ 0x5412

    def gb(i):
        return (fb >> i) & 1 != 0
    for i in range(6):
        sf(8, i, gb(i))
    sf(8, 7, gb(6))
    sf(8, 8, gb(7))
    sf(7, 8, gb(8))
    for i in range(9, 15):
        sf(14 - i, 8, gb(i))
    for i in range(8):
        sf(size - 1 - i, 8, gb(i))
    for i in range(8, 15):
        sf(8, size - 15 + i, gb(i))
    sf(8, size - 8, True)
    i = 0
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                up = ((right + 1) & 2) == 0
                y = size - 1 - vert if up else vert
                if not fun[y][x] and i < len(cw) * 8:
                    mod[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                    i += 1
        right -= 2
    for y in range(size):
        for x in range(size):
            if not fun[y][x] and (x + y) % 2 == 0:
                mod[y][x] = not mod[y][x]
    return mod


# ---------------------------------------------------------------------------
# HTML helpers
# ---------------------------------------------------------------------------

def outlook_html(paras, lang='DE', cs='utf-8', sig=''):
    ps = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (p if p else '&nbsp;') for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s%s</div>\n</body>\n</html>\n') % (cs, lang, ps, sig)


def gmail_html(paras):
    inner = ''.join('<div>%s</div>' % (p if p else '<br>') for p in paras)
    return '<div dir="ltr">%s</div>\n' % inner


def simple_html(paras, cs='utf-8'):
    inner = '\n'.join('<p>%s</p>' % p for p in paras)
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n%s\n</body></html>\n') % (cs, inner)


def strip_tags(s):
    """Crude HTML -> text conversion, similar to what mass-mailers generate."""
    import re
    import html as _html
    s = re.sub(r'<(style|title|head)[^>]*>.*?</\1>', '', s, flags=re.S | re.I)
    s = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda m: m.group(2) if m.group(2) == m.group(1) else '%s [%s]' % (m.group(2), m.group(1).replace('&amp;', '&')), s, flags=re.S)
    s = re.sub(r'<br ?/?>', '\n', s)
    s = re.sub(r'</(p|tr|h[1-6]|div|table)>', '\n', s)
    s = re.sub(r'<img[^>]*>', '', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = _html.unescape(s).replace('\xa0', ' ')
    lines = [l.strip() for l in s.split('\n')]
    out = []
    for l in lines:
        if l == '' and (not out or out[-1] == ''):
            continue
        out.append(l)
    return '\n'.join(out).strip() + '\n'


def text_of(paras):
    return '\n'.join(strip_tags(p).rstrip('\n') for p in paras) + '\n'


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

MESSAGES = []


def mx_received(helo, rdns, ip, rcpt, dt, seed, tls=True, proto=None):
    when = R(dt, 0, '+0100', comment=True)
    s = 'from %s (%s [%s])\n' % (helo, rdns, ip)
    if tls:
        s += ('\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
              '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n'
              '\t(No client certificate requested)\n')
    s += '\tby mx01.example.com (Postfix) with %s id %s\n' % (proto or ('ESMTPS' if tls else 'ESMTP'), qid(seed))
    s += '\tfor <%s>; %s' % (rcpt, when)
    return s


def add(folder, nn, lang, slug, desc, ret, rcpt, helo, rdns, ip, dt, hdrs, body, pre=(),
        delay=3, tls=True, top_extra=()):
    seed = '%s/%02d' % (folder, nn)
    lines = []
    lines.append('Return-Path: ' + ret)
    lines.append('Received: ' + mx_received(helo, rdns, ip, rcpt, dt + DT.timedelta(seconds=delay), seed, tls))
    for r in pre:
        lines.append('Received: ' + r)
    for e in top_extra:
        lines.append(e)
    for k, v in hdrs:
        if isinstance(v, bytes):
            lines.append(k.encode('ascii') + b': ' + v)
        else:
            lines.append('%s: %s' % (k, v))
    ph, pb = render(body)
    lines.append('MIME-Version: 1.0')
    lines.extend(ph)
    out = b''
    for l in lines:
        if isinstance(l, str):
            l = l.encode('ascii')
        out += l + b'\n'
    out += b'\n' + pb
    out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    fname = '%02d-%s-%s.eml' % (nn, lang, slug)
    MESSAGES.append((folder, fname, desc, out))


# ---------------------------------------------------------------------------
# staff
# ---------------------------------------------------------------------------

STAFF = [
    # (display name, address, role, office)
    ('Dr. Klaus Hoffmann', 'k.hoffmann@example.com', 'Chief Executive Officer (CEO)', 'Frankfurt am Main, DE (HQ)'),
    ('Sabine Wagner', 's.wagner@example.com', 'Chief Financial Officer (CFO)', 'Frankfurt am Main, DE (HQ)'),
    ('Andrea Keller', 'a.keller@example.com', 'Executive assistant to the CEO', 'Frankfurt am Main, DE (HQ)'),
    ('Markus Becker', 'm.becker@example.com', 'Team lead accounts payable (Kreditorenbuchhaltung)', 'Frankfurt am Main, DE (HQ)'),
    ('Julia Schneider', 'j.schneider@example.com', 'HR manager (Personal)', 'Frankfurt am Main, DE (HQ)'),
    ('Tobias Richter', 't.richter@example.com', 'IT security administrator', 'Frankfurt am Main, DE (HQ)'),
    ('Stefan Braun', 's.braun@example.com', 'Head of purchasing (Einkauf)', 'Frankfurt am Main, DE (HQ)'),
    ('Lena Fischer', 'l.fischer@example.com', 'Logistics coordinator', 'Frankfurt am Main, DE (HQ)'),
    ('James Whitfield', 'j.whitfield@example.com', 'Managing director UK', 'Manchester, UK'),
    ('Emma Clarke', 'e.clarke@example.com', 'Finance manager UK', 'Manchester, UK'),
    ('Oliver Bennett', 'o.bennett@examplegroup.eu', 'Key account manager UK', 'Manchester, UK'),
    ('Giulia Romano', 'g.romano@example.com', 'Amministrazione / accounting Italy', 'Milano, IT'),
    ('Marco Bianchi', 'm.bianchi@examplegroup.eu', 'Sales manager Italy', 'Milano, IT'),
    ('Luca Ferrari', 'l.ferrari@example.com', 'Logistics Italy', 'Milano, IT'),
    ('Katarzyna Nowak', 'k.nowak@example.com', 'Accountant Poland (ksiegowa)', 'Wroclaw, PL'),
    ('Piotr Wiśniewski', 'p.wisniewski@examplegroup.eu', 'Logistics manager Poland', 'Wroclaw, PL'),
    ('Agnieszka Kowalczyk', 'a.kowalczyk@example.com', 'Office manager Poland', 'Wroclaw, PL'),
    ('Γιώργος Παπαδόπουλος', 'g.papadopoulos@examplegroup.eu', 'Country manager Greece', 'Athens, GR'),
    ('Ελένη Γεωργίου', 'e.georgiou@example.com', 'Accounting & HR Greece', 'Athens, GR'),
    ('Νίκος Δημητρίου', 'n.dimitriou@example.com', 'Sales Greece', 'Athens, GR'),
    ('Carmen García López', 'c.garcia@example.com', 'Country manager Spain', 'Madrid, ES'),
    ('Javier Martínez Ruiz', 'j.martinez@examplegroup.eu', 'Sales Spain', 'Madrid, ES'),
    ('Lucía Fernández', 'l.fernandez@example.com', 'HR & administration Spain', 'Madrid, ES'),
    ('Дмитрий Соколов', 'd.sokolov@examplegroup.eu', 'General director Russia (генеральный директор)', 'Moscow, RU'),
    ('Анна Кузнецова', 'a.kuznetsova@example.com', 'Chief accountant Russia (главный бухгалтер)', 'Moscow, RU'),
    ('Игорь Волков', 'i.volkov@example.com', 'Logistics & sales Russia', 'Moscow, RU'),
]

SHARED = [
    ('invoices@example.com', 'Shared accounts-payable inbox (HQ, Markus Becker team)'),
    ('bewerbung@example.com', 'Job applications (HR, Julia Schneider)'),
    ('info@example.com', 'General contact address'),
    ('info@examplegroup.eu', 'General contact address (EU brand domain)'),
    ('it-servicedesk@example.com', 'Internal IT service desk (sender of IT notices)'),
]


def S(addr):
    for n, a, r, o in STAFF:
        if a == addr:
            return n
    raise KeyError(addr)


def staff_addr(addr, cs='UTF-8', enc='B'):
    return A(S(addr), addr, cs, enc)


# ---------------------------------------------------------------------------
# sender-side infrastructure helpers
# ---------------------------------------------------------------------------

def iban(cc, bban):
    s = bban + cc + '00'
    n = int(''.join(str(int(c, 36)) for c in s))
    return '%s%02d%s' % (cc, 98 - n % 97, bban)


def iban_fmt(i):
    return ' '.join(i[k:k + 4] for k in range(0, len(i), 4))


def m365(seed, dt, rcpt, pod='eurprd07', eop=('EUR05-AM6-obe', 'am6eur05on2', '40.107.22.', 101)):
    """Returns (helo, rdns, ip, pre-received list, message-id host, extra headers)"""
    srv = '%s%sMB%04d' % (('AS8PR', 'DU0PR', 'PA4PR', 'AM9PR', 'DB9PR')[num(seed + 'p', 0, 4)],
                          pod[-2:], num(seed + 'm', 1000, 9999))
    srv2 = '%s%sMB%04d' % (('VI1PR', 'GV1PR', 'PAXPR', 'AS2PR')[num(seed + 'q', 0, 3)],
                           pod[-2:], num(seed + 'n', 1000, 9999))
    fq = '%s.%s.prod.outlook.com' % (srv, pod)
    fq2 = '%s.%s.prod.outlook.com' % (srv2, pod)
    ll = 'fe80::%s:%s:%s:%s' % (hx(seed + 'a', 4), hx(seed + 'b', 4), hx(seed + 'c', 4), hx(seed + 'd', 4))
    build_id = '15.20.9%03d.%03d' % (num(seed + 'v', 100, 699), num(seed + 'w', 1, 40))
    pre = [
        '%s (2603:10a6:20b:%s::%d)\n by %s (2603:10a6:102:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (
            'from ' + fq, hx(seed + 'e', 3), num(seed + 'f', 2, 30), fq2, hx(seed + 'g', 3), num(seed + 'h', 2, 30),
            '15.20.9%03d.%d' % (num(seed + 'v', 100, 699), num(seed + 'w', 1, 40)),
            R(dt, 2, '+0000')),
        'from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id %s; %s' % (fq, ll, fq, ll, num(seed + 'i', 3, 7), build_id, R(dt, 1, '+0000')),
    ]
    n = eop[3] + num(seed + 'eop', 0, 30)
    helo = '%s.outbound.protection.outlook.com' % eop[0]
    rdns = 'mail-%s%d.outbound.protection.outlook.com' % (eop[1], n)
    ip = '%s%d' % (eop[2], n % 250 + 2)
    mid_host = fq
    return helo, rdns, ip, pre, srv, fq


def m365_mid(seed, srv, fq):
    return '<%s%s@%s>' % (srv, hx(seed + 'mid', 32).upper(), fq)


def m365_extra(seed, topic, attach=False, lang='de-DE', tenant=None):
    ti = base64.b64encode(bytes.fromhex('01' + hx(seed + 'ti', 42))).decode()
    x = [('Thread-Topic', topic), ('Thread-Index', ti),
         ('Accept-Language', lang + ', en-US'), ('Content-Language', lang),
         ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
         ('x-ms-publictraffictype', 'Email'),
         ('X-MS-Exchange-CrossTenant-Network-Message-Id', '%s-%s-%s-%s-%s' % (hx(seed + 'nm', 8), hx(seed + 'nm2', 4), hx(seed + 'nm3', 4), hx(seed + 'nm4', 4), hx(seed + 'nm5', 12))),
         ('X-MS-Exchange-CrossTenant-id', tenant or '%s-%s-%s-%s-%s' % (hx(seed + 'tn', 8), hx(seed + 'tn2', 4), hx(seed + 'tn3', 4), hx(seed + 'tn4', 4), hx(seed + 'tn5', 12))),
         ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'XX' + hx(seed + 'st', 2).upper() + 'PR0' + str(num(seed + 'st2', 1, 9)) + 'MB' + str(num(seed + 'st3', 1000, 9999)))]
    return x


def gmail(seed, dt, rcpt, host=None):
    h = host or 'mail-%s%d-f%d.google.com' % (('ej1', 'wr1', 'wm1', 'lf1', 'ed1', 'pj1')[num(seed + 'g', 0, 5)],
                                              num(seed + 'g2', 1, 1), num(seed + 'g3', 41, 72))
    base = {'ej1': '209.85.218.', 'wr1': '209.85.221.', 'wm1': '209.85.128.', 'lf1': '209.85.167.',
            'ed1': '209.85.208.', 'pj1': '209.85.216.'}[h.split('-')[1][:3]]
    ip = base + h.split('-f')[1].split('.')[0]
    smtpid = '%s-%s%dso%d%s.%d' % (('a640c23a62f3a', '5b1f17b1804b1', 'ffacd0b85a97d', '2adb3069b0e04')[num(seed + 's', 0, 3)],
                                   hx(seed + 'x', 6), num(seed + 'y', 1, 9), num(seed + 'z', 1000000, 9999999),
                                   ('a12', 'wm', 'f4c', 'ejb')[num(seed + 'w', 0, 3)], num(seed + 'u', 1, 3))
    pre = ['by %s with SMTP id %s\n        for <%s>; %s' % (h, smtpid, rcpt, R(dt, 1, '-0800', True))]
    extra = [('X-Google-Smtp-Source', 'AGHT+I' + alnum(seed + 'gs', 70, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '=='),
             ('X-Received', 'by 2002:a17:907:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
                 hx(seed + 'r1', 4), hx(seed + 'r2', 3), hx(seed + 'r3', 4), hx(seed + 'r4', 4),
                 alnum(seed + 'r5', 12, 'abcdefghijklmnopqrstuvwxyz0123456789'), hx(seed + 'r6', 12),
                 num(seed + 'r7', 1, 9), int(dt.timestamp()) * 1000 + num(seed + 'r8', 0, 999), R(dt, 1, '-0800', True)))]
    return h, h, ip, pre, extra


def gmail_mid(seed):
    return '<CA%s@mail.gmail.com>' % alnum(seed + 'gm', 58, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=')


def exch_internal(seed, dt, tz='+0100'):
    """Internal Exchange 2019 -> mail-int01 relay chain; returns pre list."""
    ll = 'fe80::%s:%s:%s:%s' % (hx(seed + 'a', 4), hx(seed + 'b', 4), hx(seed + 'c', 4), hx(seed + 'd', 4))
    mb = 'EXMBX0%d' % num(seed + 'mb', 1, 2)
    return [
        'from %s.corp.example.com (%s.corp.example.com [10.20.1.1%d])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s;\n\t%s' % (
            mb, mb.lower(), int(mb[-1]), qid(seed + 'int'), R(dt, 1, tz)),
        'from %s.corp.example.com (10.20.1.1%d) by %s.corp.example.com\n (10.20.1.1%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.36; %s' % (
            mb, int(mb[-1]), mb, int(mb[-1]), R(dt, 1, tz)),
        'from %s.corp.example.com ([%s]) by\n %s.corp.example.com ([%s%%13]) with mapi id 15.02.1748.036;\n %s' % (
            mb, ll, mb, ll, R(dt, 0, tz)),
    ], mb


def exch_mid(seed, mb):
    return '<%s@%s.corp.example.com>' % (hx(seed + 'emid', 32), mb)


INT_HELO = ('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25')


# ===========================================================================
# ATTACK MESSAGES
# ===========================================================================

def build_attacks():
    F = 'attack'

    # ------------------------------------------------------------------ 01 en
    dt = mkdt('2026-11-30 08:41:17', '+0000')
    sd = 'a01'
    rc = 'o.bennett@examplegroup.eu'
    helo, rdns, ip, pre, srv, fq = m365(sd, dt, rc, pod='eurprd03', eop=('EUR03-DBA-obe', 'dbaeur03on2', '40.107.104.', 60))
    url = 'https://eg-benefits.pages.dev/statement/?u=' + base64.b64encode(rc.encode()).decode()
    qrimg = png_qr(qr_matrix(url, 'M'), scale=5)
    cid = 'image001.png@01DB62C4.7A1E3B20'
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1f2937">\n'
            '<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e5e7eb">\n'
            '<tr><td style="background:#0b3a6e;color:#ffffff;padding:14px 20px;font-size:16px"><b>Example Group</b> &nbsp;|&nbsp; HR Shared Services</td></tr>\n'
            '<tr><td style="padding:20px">\n<p>Dear Oliver,</p>\n'
            '<p>As part of the annual compensation review, your <b>2027 salary adjustment and benefits statement</b> has been published and requires your acknowledgement.</p>\n'
            '<p>To protect personal data, the statement can only be opened from a registered mobile device. '
            'Please scan the code below with your phone camera and sign in with your company account.</p>\n'
            '<p style="text-align:center"><img src="cid:%s" width="205" height="205" alt="statement"></p>\n'
            '<p>Please complete the acknowledgement by <b>Friday, 4 December 2026</b>. Unacknowledged statements are returned to payroll unprocessed.</p>\n'
            '<p>Kind regards,<br>HR Shared Services<br>Example Group</p>\n'
            '<p style="font-size:11px;color:#6b7280">This message was sent to o.bennett@examplegroup.eu. Reference: CBS-2027-UK-0417</p>\n'
            '</td></tr></table>\n</body></html>\n') % cid
    text = ('Dear Oliver,\n\nAs part of the annual compensation review, your 2027 salary adjustment and benefits '
            'statement has been published and requires your acknowledgement.\n\nTo protect personal data, the '
            'statement can only be opened from a registered mobile device. Please scan the code in this message '
            'with your phone camera and sign in with your company account.\n\nPlease complete the acknowledgement '
            'by Friday, 4 December 2026.\n\nKind regards,\nHR Shared Services\nExample Group\n')
    body = REL([ALT(T(text), H(html), bnd('outlook', sd + 'alt')),
                P('image/png', qrimg, cte='base64', name='image001.png', disp='inline', cid=cid, size=True)],
               bnd('outlook', sd + 'rel'), params='\n\ttype="multipart/alternative";')
    add(F, 1, 'en', 'hr-compensation-statement-qr',
        'Quishing: HR "2027 compensation statement" from a compromised third-party Microsoft 365 mailbox; the only link is inside an inline QR code image.',
        '<accounts@brightline-dental.co.uk>', rc, helo, rdns, ip, dt,
        [('From', A('HR Shared Services | Example Group', 'accounts@brightline-dental.co.uk')),
         ('To', A('Oliver Bennett', rc)),
         ('Subject', ew('2027 Compensation & Benefits Statement – Oliver Bennett', 'utf-8', 'Q')),
         ('Date', R(dt)), ('Message-ID', m365_mid(sd, srv, fq))] + m365_extra(sd, '2027 Compensation & Benefits Statement', True, 'en-GB'),
        body, pre=pre)

    # ------------------------------------------------------------------ 02 en
    dt = mkdt('2026-12-01 14:06:52', '+0000')
    sd = 'a02'
    rc = 'j.whitfield@example.com'
    helo, rdns, ip, pre, srv, fq = m365(sd, dt, rc, pod='eurprd02', eop=('EUR02-AM0-obe', 'am0eur02on2', '40.107.247.', 100))
    link = 'https://new.express.adobe.com/webpage/Vq7Rk2mXpL9tN'
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="margin:0;padding:0;background:#eaeaea">\n'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:24px 0">\n'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">\n'
            '<tr><td style="padding:24px 32px 0 32px;font-size:22px;color:#1e1e1e"><b>docu</b>sign</td></tr>\n'
            '<tr><td style="padding:24px 32px"><table width="100%" style="background:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px 24px;font-size:16px">\n'
            'Harrowfield Surveyors sent you a document to review and sign.<br><br>\n'
            '<a href="' + link + '" style="background:#ffc820;color:#1e1e1e;text-decoration:none;font-weight:bold;padding:10px 22px;display:inline-block">REVIEW DOCUMENT</a>\n'
            '</td></tr></table></td></tr>\n'
            '<tr><td style="padding:0 32px 24px 32px;font-size:15px;color:#333333"><b>Mark Hughes</b><br>'
            '<a href="mailto:m.hughes@harrowfield-surveyors.co.uk" style="color:#2463d1">m.hughes@harrowfield-surveyors.co.uk</a><br><br>'
            'Dear James,<br><br>Please review and sign the revised lease schedule for Unit 4, Trafford Park, reflecting the rent review agreed for 2027. '
            'The document will expire on 04/12/2026.<br><br>Kind regards,<br>Mark</td></tr>\n'
            '<tr><td style="padding:16px 32px;background:#f4f4f4;font-size:11px;color:#666666"><b>Do Not Share This Email</b><br>'
            'This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>'
            '<b>About Docusign</b><br>Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n')
    text = ('Harrowfield Surveyors sent you a document to review and sign.\n\nREVIEW DOCUMENT\n' + link + '\n\n'
            'Mark Hughes\nm.hughes@harrowfield-surveyors.co.uk\n\nDear James,\n\nPlease review and sign the revised lease '
            'schedule for Unit 4, Trafford Park, reflecting the rent review agreed for 2027. The document will expire on 04/12/2026.\n\n'
            'Kind regards,\nMark\n\nDo Not Share This Email\nThis email contains a secure link to Docusign.\n')
    add(F, 2, 'en', 'docusign-lease-adobe-express',
        'DocuSign look-alike sent from a genuinely compromised surveyor mailbox; the button leads to a page hosted on a legitimate Adobe Express domain.',
        '<m.hughes@harrowfield-surveyors.co.uk>', rc, helo, rdns, ip, dt,
        [('From', A('Mark Hughes via Docusign', 'm.hughes@harrowfield-surveyors.co.uk')),
         ('To', A('James Whitfield', rc)),
         ('Subject', 'Complete with Docusign: Unit4_TraffordPark_Lease_Schedule_2027.pdf'),
         ('Date', R(dt)), ('Message-ID', m365_mid(sd, srv, fq))] + m365_extra(sd, 'Complete with Docusign: Unit4_TraffordPark_Lease_Schedule_2027.pdf', False, 'en-GB'),
        ALT(T(text, cte='quoted-printable'), H(html), bnd('outlook', sd)), pre=pre)

    # ------------------------------------------------------------------ 03 en
    dt = mkdt('2026-12-02 07:52:09', '+0100')
    sd = 'a03'
    rc = 'e.clarke@example.com'
    h_, r_, ip, pre, extra = gmail(sd, dt, rc, host='mail-wr1-f54.google.com')
    pre = ['from smtpclient.apple ([2a02:3102:4c1e:8a00:5d3:9b1f:2c7a:11e4])\n        by smtp.gmail.com with ESMTPSA id 5b1f17b1804b1-47a1c3f20b8sm3321875e9.11.2026.12.01.22.52.08\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s' % (rc, R(dt, 1, '-0800'))]
    text = ('Emma,\n\nAre you at your desk this morning? I am in back-to-back meetings with the advisors today and can only text.\n\n'
            'We are finalising a confidential acquisition and I need your discreet support with a time-sensitive transfer from the UK entity. '
            'Until the official announcement this must not be discussed with anyone in the office, including James.\n\n'
            'Please send me your WhatsApp number so I can add you to the group with our external counsel, who will give you the details.\n\n'
            'Thank you for your discretion.\n\nKlaus\n\nSent from my iPhone\n')
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            + ''.join('<div dir="ltr">%s</div>' % (l if l else '<br>') for l in text.strip().split('\n')) + '</body></html>\n')
    add(F, 3, 'en', 'ceo-whatsapp-confidential-acquisition',
        'CEO-fraud opener: free-mail account using the CEO\'s name asks the UK finance manager for her WhatsApp number for a "confidential acquisition" payment; no links or attachments.',
        '<dr.klaus.hoffmann.office@gmail.com>', rc, 'mail-wr1-f54.google.com', 'mail-wr1-f54.google.com', '209.85.221.54', dt,
        [('From', A('Dr. Klaus Hoffmann', 'dr.klaus.hoffmann.office@gmail.com')),
         ('X-Mailer', 'iPhone Mail (23B85)'),
         ('Date', R(dt)),
         ('Subject', 'Confidential'),
         ('Message-Id', '<%s-%s-%s-%s-%s@gmail.com>' % (hx(sd + '1', 8).upper(), hx(sd + '2', 4).upper(), hx(sd + '3', 4).upper(), hx(sd + '4', 4).upper(), hx(sd + '5', 12).upper())),
         ('To', A('Emma Clarke', rc))] + extra,
        ALT(T(text, cte='quoted-printable'), H(html, cte='quoted-printable'), bnd('apple', sd)), pre=pre)

    # ------------------------------------------------------------------ 04 en
    dt = mkdt('2026-12-01 11:23:40', '+0000')
    sd = 'a04'
    rc = 's.wagner@example.com'
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="120" viewBox="0 0 420 120">\n'
           '<rect width="420" height="120" rx="8" fill="#f3f5f8"/>\n'
           '<text x="20" y="48" font-family="Arial" font-size="18" fill="#0a3d62">Voice message (0:43) - loading secure player...</text>\n'
           '<a xlink:href="https://vm-playback.s3.eu-central-2.wasabisys.com/index.html#' + base64.b64encode(rc.encode()).decode() + '">\n'
           '<text x="20" y="88" font-family="Arial" font-size="14" fill="#1a73e8">Play message</text></a>\n'
           '<!-- PLACEHOLDER: in the real-world sample an obfuscated <script> block here decoded the recipient address and '
           'redirected the browser to a credential-phishing page. Removed for this test set. -->\n'
           '</svg>\n').encode()
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            '<table cellpadding="6" style="border-collapse:collapse;border:1px solid #dcdcdc">\n'
            '<tr><td colspan="2" style="background:#0073ae;color:#fff"><b>New Voice Message</b></td></tr>\n'
            '<tr><td>From:</td><td>+44 161 496 0832 (Manchester)</td></tr>\n'
            '<tr><td>To:</td><td>Sabine Wagner (ext. 2201)</td></tr>\n'
            '<tr><td>Received:</td><td>Tuesday, December 1, 2026 12:19 PM</td></tr>\n'
            '<tr><td>Length:</td><td>00:43</td></tr>\n'
            '<tr><td colspan="2">Open the attached audio file to play the message in your browser.</td></tr>\n'
            '</table>\n<p style="font-size:11px;color:#888">Unified Communications Voicemail Service</p>\n</body></html>\n')
    body = MIX([H(html, cs='us-ascii', cte='7bit'),
                ATT('image/svg+xml', svg, 'VM_Playback_0043_sWagner.svg')], bnd('java', sd))
    add(F, 4, 'en', 'voicemail-svg-attachment',
        'Fake voicemail notification sent through Amazon SES with an SVG attachment that, in the wild, carries a script redirect to credential phishing (script replaced by placeholder).',
        '<010201938a4f6b2c-%s-000000@eu-west-1.amazonses.com>' % hx(sd + 'ses', 8), rc,
        'a8-33.smtp-out.amazonses.com', 'a8-33.smtp-out.amazonses.com', '54.240.8.33', dt,
        [('From', A('Voicemail Service', 'voicemail@ktm-facility-services.com')),
         ('To', rc),
         ('Subject', 'New voicemail from +44 161 496 0832 (0:43) - Dec 1, 2026'),
         ('Date', R(dt)),
         ('Message-ID', '<010201938a4f6b2c-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>' % (hx(sd + 'm1', 8), hx(sd + 'm2', 4), hx(sd + 'm3', 4), hx(sd + 'm4', 4), hx(sd + 'm5', 12))),
         ('Feedback-ID', '::1.eu-west-1.%s:AmazonSES' % alnum(sd + 'fb', 43)),
         ('X-SES-Outgoing', '2026.12.01-54.240.8.33')],
        body, tls=True)

    # ------------------------------------------------------------------ 05 en
    dt = mkdt('2026-12-02 15:12:33', '+0530')
    sd = 'a05'
    rc = 'info@example.com'
    text = ('Hi,\n\nHope you are doing well.\n\nI\'m following up to see whether you would be interested in acquiring the '
            'LogiMAT 2027 - International Trade Show for Intralogistics Solutions and Process Management Attendees List?\n\n'
            'Total Attendees Count: 41,275 Contacts\n\n'
            'Data Fields: Company Name, Contact Name, Job Title, Email Address, Phone Number, Website URL, Industry, Employee Size, Revenue Size\n\n'
            'Format: Excel / CSV. All contacts are verified and GDPR compliant.\n\n'
            'Please let me know if you are interested so that I can share the pricing and other details.\n\n'
            'Best Regards,\nSophia Reynolds | Marketing Coordinator\nExpo Data Hub\n\n'
            'If you do not wish to receive further emails, please reply with "Opt-Out".\n')
    html = gmail_html([l for l in text.strip().split('\n')])
    add(F, 5, 'en', 'trade-show-attendee-list',
        'Unsolicited bulk offer to sell a trade-show attendee contact list, sent through Zoho with a fake "RE:" subject.',
        '<sophia.reynolds@expodatahub-leads.com>', rc, 'sender4-op-o17.zoho.eu', 'sender4-op-o17.zoho.eu', '136.143.169.17', dt,
        [('Date', R(dt)),
         ('From', A('Sophia Reynolds', 'sophia.reynolds@expodatahub-leads.com')),
         ('To', '<%s>' % rc),
         ('Message-Id', '<19adf%s.%s.%d@expodatahub-leads.com>' % (hx(sd, 7), hx(sd + 'b', 15), num(sd + 'c', 10 ** 18, 10 ** 19 - 1))),
         ('Subject', 'RE: LogiMAT 2027 Attendees Data List'),
         ('Importance', 'Medium'),
         ('User-Agent', 'Zoho Mail'),
         ('X-Mailer', 'Zoho Mail')],
        ALT(T(text, cte='7bit'), H(html, cte='7bit'), bnd('=', sd)),
        pre=['by mx.zoho.eu with SMTPS id %d%03d%d.%d;\n\t%s (UTC)' % (int(dt.timestamp()), num(sd, 100, 999), num(sd + 'q', 100, 999), num(sd + 'r', 10 ** 9, 10 ** 10 - 1), R(dt, 0, '+0000'))])

    # ------------------------------------------------------------------ 06 en
    dt = mkdt('2026-12-03 01:17:55', '-0800')
    sd = 'a06'
    rc = 'e.clarke@example.com'
    inv = 'INV2-7KQX-3M9A-PL2T-8HVD'
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n'
            '<body style="margin:0;background:#f5f7fa;font-family:PayPal-Open,Helvetica Neue,Arial,sans-serif">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            '<tr><td style="padding:24px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal"></td></tr>\n'
            '<tr><td style="padding:0 24px;font-size:28px;color:#001435">Billing Department sent you an invoice for $649.99 USD</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:14px;color:#001435">Due on receipt<br>Invoice number: 0042</td></tr>\n'
            '<tr><td style="padding:0 24px"><table width="100%%" style="background:#f1f4f8;border-radius:8px"><tr><td style="padding:16px;font-size:14px;color:#001435">\n'
            '<b>Seller note to customer</b><br>Your Norton 360 Deluxe annual subscription (10 devices) has been renewed successfully and '
            'USD 649.99 will be debited from your account within 24 hours. If you did not authorise this renewal or wish to cancel, '
            'please contact our billing support immediately on +1 (877) 415-0926 to receive a full refund. Do not pay this invoice online.</td></tr></table></td></tr>\n'
            '<tr><td style="padding:24px" align="center"><a href="https://www.paypal.com/invoice/p/#%s" style="background:#003087;color:#ffffff;padding:12px 32px;border-radius:24px;text-decoration:none;font-weight:bold">View and Pay Invoice</a></td></tr>\n'
            '<tr><td style="padding:0 24px 24px 24px;font-size:12px;color:#6c7378">Don\'t recognise this invoice? <a href="https://www.paypal.com/invoice/p/#%s/report">Report this invoice</a>. '
            'Before paying, make sure you recognise this invoice. If you don\'t, report it. Learn more about common <a href="https://www.paypal.com/uk/security/learn-about-fake-messages">security threats</a> and how to spot them.</td></tr>\n'
            '<tr><td style="padding:16px 24px;background:#f5f7fa;font-size:11px;color:#6c7378">PayPal is located at 2211 North First Street, San Jose, California 95131. '
            'PPX000592:1.2:%s</td></tr>\n</table></td></tr></table>\n</body></html>\n') % (inv.replace('-', ''), inv.replace('-', ''), hx(sd + 'pp', 13))
    text = ('Billing Department sent you an invoice for $649.99 USD\nDue on receipt\nInvoice number: 0042\n\n'
            'Seller note to customer\nYour Norton 360 Deluxe annual subscription (10 devices) has been renewed successfully and USD 649.99 '
            'will be debited from your account within 24 hours. If you did not authorise this renewal or wish to cancel, please contact our '
            'billing support immediately on +1 (877) 415-0926 to receive a full refund. Do not pay this invoice online.\n\n'
            'View and Pay Invoice: https://www.paypal.com/invoice/p/#%s\n') % inv.replace('-', '')
    add(F, 6, 'en', 'paypal-invoice-callback-scam',
        'Callback (TOAD) scam abusing PayPal\'s genuine invoicing service: a fake antivirus renewal with a phone number in the seller note, sent from PayPal\'s own infrastructure.',
        '<service@paypal.com>', rc, 'mx2.slc.paypal.com', 'mx2.slc.paypal.com', '173.0.84.227', dt,
        [('Date', R(dt)),
         ('From', A('service@paypal.com', 'service@paypal.com', quote=True)),
         ('To', rc),
         ('Subject', 'Invoice from Billing Department (0042)'),
         ('Message-ID', '<%s.%d@paypal.com>' % (hx(sd + 'mid', 32), num(sd, 10 ** 12, 10 ** 13 - 1))),
         ('X-PP-REQUESTED-TIME', '%d%03d' % (int(dt.timestamp()) - 2, num(sd + 't', 0, 999))),
         ('X-PP-Email-transmission-Id', '%s-%s-%s-%s-%s' % (hx(sd + 'e1', 8), hx(sd + 'e2', 4), hx(sd + 'e3', 4), hx(sd + 'e4', 4), hx(sd + 'e5', 12))),
         ('PP-Correlation-Id', hx(sd + 'corr', 13)),
         ('X-Email-Type-Id', 'PPX000592'),
         ('X-XPT-XSL-Name', 'email_pimp/default/en_US/invoicing/InvoiceReceived.xsl')],
        ALT(T(text), H(html), bnd('java', sd)),
        pre=['from ccg01mail02.slc.paypal.com (ccg01mail02.slc.paypal.com [10.17.72.104])\n\tby mx2.slc.paypal.com (Postfix) with ESMTP id 4dMT1Z6r1Pz1q4k\n\tfor <%s>; %s' % (rc, R(dt, 1, '-0800'))])

    # ------------------------------------------------------------------ 07 de
    dt = mkdt('2026-11-30 10:14:28', '+0100')
    sd = 'a07'
    rc = 's.wagner@example.com'
    qurl = 'https://phototan-aktivierung.firmenkunden-cbk.com/a/?k=FK-448127-' + hx(sd + 'k', 8)
    qr = qr_matrix(qurl, 'M')
    pdfdata = pdf(['#Commerzbank AG - Firmenkunden', '', 'Example Group GmbH', 'z. Hd. Frau Sabine Wagner', '60311 Frankfurt am Main', '',
                   'Frankfurt, 30.11.2026', '', '#Ihr photoTAN-Aktivierungsbrief', '',
                   'Sehr geehrte Frau Wagner,', '',
                   'aufgrund der Umstellung auf das neue Sicherheitsverfahren gem. PSD3 muss Ihr photoTAN-Zugang',
                   'fuer das Firmenkundenportal bis zum 07.12.2026 neu aktiviert werden.', '',
                   'Bitte scannen Sie den nebenstehenden Aktivierungscode mit der Kamera Ihres Smartphones',
                   'und folgen Sie den Anweisungen. Die Aktivierung dauert ca. 2 Minuten.', '',
                   'Ohne erneute Aktivierung werden Auftraege ab dem 08.12.2026 nicht mehr ausgefuehrt.', '', '',
                   'Mit freundlichen Gruessen', 'Ihre Commerzbank AG', 'Digital Banking Firmenkunden', '', '', '', '', '', '', '', '', '',
                   'Commerzbank AG, Kaiserplatz, 60311 Frankfurt am Main'],
                  title='photoTAN Aktivierungsbrief', author='Commerzbank AG', producer='PDFsharp 6.1.1', qr=qr, qr_pos=(400, 300), qr_mod=3)
    text = ('Sehr geehrte Frau Wagner,\n\nim Rahmen der Umstellung unseres Sicherheitsverfahrens erhalten Sie anbei Ihren '
            'persönlichen photoTAN-Aktivierungsbrief für das Firmenkundenportal.\n\nBitte führen Sie die Aktivierung bis zum '
            '07.12.2026 durch, damit Ihre Zahlungsaufträge weiterhin ohne Unterbrechung ausgeführt werden können.\n\n'
            'Mit freundlichen Grüßen\nIhre Commerzbank AG\nDigital Banking Firmenkunden\n\n'
            'Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.\n')
    html = simple_html(['Sehr geehrte Frau Wagner,', 'im Rahmen der Umstellung unseres Sicherheitsverfahrens erhalten Sie anbei Ihren '
                        'pers&ouml;nlichen <b>photoTAN-Aktivierungsbrief</b> f&uuml;r das Firmenkundenportal.',
                        'Bitte f&uuml;hren Sie die Aktivierung bis zum <b>07.12.2026</b> durch, damit Ihre Zahlungsauftr&auml;ge weiterhin ohne Unterbrechung ausgef&uuml;hrt werden k&ouml;nnen.',
                        'Mit freundlichen Gr&uuml;&szlig;en<br>Ihre Commerzbank AG<br>Digital Banking Firmenkunden',
                        '<small style="color:#777">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</small>'], 'iso-8859-1')
    body = MIX([ALT(T(text, 'iso-8859-1'), H(html, 'iso-8859-1'), bnd('=', sd + 'a')),
                ATT('application/pdf', pdfdata, 'photoTAN-Aktivierungsbrief_FK-448127.pdf')], bnd('=', sd + 'm'))
    add(F, 7, 'de', 'phototan-aktivierungsbrief-qr-pdf',
        'Bank-impersonation quishing: "photoTAN activation letter" PDF whose only link is a QR code drawn inside the PDF, sent from a freshly registered look-alike domain on a rented server.',
        '<bounce-448127@firmenkunden-cbk.com>', rc, 'mail.firmenkunden-cbk.com', 'static.47.92.201.95.clients.your-server.de', '95.201.92.47', dt,
        [('From', A('Commerzbank Firmenkunden', 'service@firmenkunden-cbk.com')),
         ('To', A('Sabine Wagner', rc)),
         ('Subject', ew('Ihr photoTAN-Aktivierungsbrief – bitte bis 07.12.2026 durchführen', 'iso-8859-1', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@firmenkunden-cbk.com>' % hx(sd + 'mid', 24)),
         ('X-Mailer', 'PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)')],
        body, pre=['by mail.firmenkunden-cbk.com (Postfix, from userid 33)\n\tid 4dL9Qm2r7Tz3WxY; %s' % R(dt, 0, '+0100')])

    # ------------------------------------------------------------------ 08 de
    dt = mkdt('2026-12-01 09:37:04', '+0100')
    sd = 'a08'
    rc = 'm.becker@example.com'
    helo, rdns, ip, pre, srv, fq = m365(sd, dt, rc, pod='eurprd08', eop=('EUR05-DB8-obe', 'db8eur05on2', '40.107.20.', 110))
    new_iban = iban('DE', '10011001' + '2623847195')
    pdfdata = pdf(['#Lieferant GmbH', 'Industriestrasse 12 - 63067 Offenbach am Main', '', 'Example Group GmbH', 'Kreditorenbuchhaltung',
                   '60311 Frankfurt am Main', '', 'Offenbach, 01.12.2026', '', '#Mitteilung ueber die Aenderung unserer Bankverbindung', '',
                   'Sehr geehrte Damen und Herren,', '',
                   'im Zuge der Umstellung unserer Konzernfinanzierung wird unser bisheriges Konto bei der',
                   'Commerzbank zum 31.12.2026 geschlossen. Bitte leisten Sie ab sofort alle Zahlungen',
                   'ausschliesslich auf die folgende Bankverbindung:', '',
                   'Kontoinhaber: Lieferant GmbH', 'Bank: N26 Bank AG', 'IBAN: ' + iban_fmt(new_iban), 'BIC: NTSBDEB1XXX', '',
                   'Zahlungen auf die bisherige Verbindung koennen nicht mehr zugeordnet werden.', '',
                   'Mit freundlichen Gruessen', '', 'i.A. Sandra Maier', 'Lieferant GmbH', '', '',
                   'Geschaeftsfuehrer: Thomas Lieferant - Amtsgericht Offenbach HRB 41872 - USt-IdNr. DE213456789'],
                  title='Bankverbindung', author='smaier', producer='Microsoft: Print To PDF')
    paras = ['Hallo Herr Becker,', '',
             'wie bereits telefonisch mit Ihrer Kollegin angekündigt, hat sich unsere Bankverbindung geändert. Die offizielle Mitteilung unserer Geschäftsführung finden Sie im Anhang.', '',
             'Bitte hinterlegen Sie die neue Verbindung für alle künftigen Zahlungen und überweisen Sie die noch offenen Rechnungen RE-2026-11754 (18.426,30 EUR) und RE-2026-11802 (7.950,00 EUR) bereits auf das neue Konto, da das alte Konto nur noch bis Monatsende Eingänge annimmt.', '',
             'Eine kurze Bestätigung per E-Mail, sobald die Stammdaten angepasst sind, wäre nett. Telefonisch bin ich diese Woche leider kaum erreichbar, wir haben die Jahresabschlussvorbereitung im Haus.', '',
             'Vielen Dank und viele Grüße', '',
             'Sandra Maier', 'Vertriebsinnendienst', 'Lieferant GmbH | Industriestraße 12 | 63067 Offenbach am Main',
             'Tel. +49 69 8090 1234-21 | s.maier@lieferant-gmbh.de']
    html = outlook_html([p.replace('&', '&amp;') for p in paras], 'DE', 'iso-8859-1')
    body = MIX([ALT(T(text_of(paras), 'iso-8859-1'), H(html, 'iso-8859-1'), bnd('outlook', sd + 'a')),
                ATT('application/pdf', pdfdata, 'Mitteilung_Bankverbindung_Lieferant_GmbH.pdf')], bnd('outlook', sd + 'm'))
    add(F, 8, 'de', 'lieferant-lookalike-bankverbindung',
        'Supplier-impersonation BEC from the look-alike domain lieferant-gmhb.de (letters swapped) on a Microsoft 365 tenant, asking accounts payable to pay open invoices to a new IBAN.',
        '<s.maier@lieferant-gmhb.de>', rc, helo, rdns, ip, dt,
        [('From', A('Sandra Maier', 's.maier@lieferant-gmhb.de')),
         ('To', A('Markus Becker', rc)),
         ('Subject', ew('Änderung unserer Bankverbindung / offene Posten', 'iso-8859-1', 'Q')),
         ('Date', R(dt)), ('Message-ID', m365_mid(sd, srv, fq))] + m365_extra(sd, ew('Änderung unserer Bankverbindung / offene Posten', 'iso-8859-1', 'Q'), True, 'de-DE'),
        body, pre=pre)

    # ------------------------------------------------------------------ 09 de
    dt = mkdt('2026-12-02 13:48:51', '+0100')
    sd = 'a09'
    rc = 'l.fischer@example.com'
    orig_mid = '<4c1b9e07d2a34f0f8b6a1e3c5d7f9a20@EXMBX01.corp.example.com>'
    arc = zip_encrypted([('Lieferpapiere_KW49/Lieferschein_4500018832.pdf.lnk', (PLACEHOLDER % 'Windows shortcut launching a script loader').encode()),
                         ('Lieferpapiere_KW49/Packliste_KW49.pdf.lnk', (PLACEHOLDER % 'Windows shortcut launching a script loader').encode())], 'LP4932')
    text = ('Hallo Frau Fischer,\n\nanbei wie besprochen die korrigierten Lieferpapiere inkl. Packliste für die Anlieferung am '
            'Donnerstag. Aus Datenschutzgründen als verschlüsseltes Archiv.\n\nKennwort: LP4932\n\nBitte kurz prüfen, ob die '
            'Positionen jetzt mit Ihrer Bestellung übereinstimmen.\n\nMit freundlichen Grüßen\nPeter Lang\nVersandleitung\n'
            'Lieferant GmbH\n\n\nAm 2026-12-01 16:02, schrieb Lena Fischer:\n> Hallo Herr Lang,\n>\n> bei Lieferschein 4500018832 '
            'fehlen die Positionen 30 und 40 (Montageplatten). Können Sie die\n> Papiere bitte korrigieren, damit wir am '
            'Donnerstag sauber buchen können?\n>\n> Danke und viele Grüße\n> Lena Fischer\n> Logistik | Example Group GmbH\n')
    body = MIX([T(text, 'UTF-8', 'quoted-printable', params='; format=flowed'),
                ATT('application/zip', arc, 'Lieferpapiere_KW49.zip')], bnd('=', sd))
    add(F, 9, 'de', 'thread-hijack-lieferpapiere-zip',
        'Reply-chain hijack from the supplier\'s genuinely compromised mailbox (sent via its own webmail): quotes a real thread and delivers a password-protected ZIP with shortcut files (placeholders).',
        '<p.lang@lieferant-gmbh.de>', rc, 'mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '85.214.132.47', dt,
        [('Date', R(dt)),
         ('From', A('Peter Lang', 'p.lang@lieferant-gmbh.de')),
         ('To', A('Lena Fischer', rc)),
         ('Subject', 'AW: Lieferschein 4500018832 / Anlieferung KW 49'),
         ('In-Reply-To', orig_mid), ('References', orig_mid),
         ('Message-ID', '<%s@lieferant-gmbh.de>' % hx(sd + 'rc', 32)),
         ('X-Sender', 'p.lang@lieferant-gmbh.de'),
         ('User-Agent', 'Roundcube Webmail/1.6.10')],
        body, pre=['from webmail.lieferant-gmbh.de (localhost [127.0.0.1])\n\t(Authenticated sender: p.lang@lieferant-gmbh.de)\n\tby mail.lieferant-gmbh.de (Postfix) with ESMTPSA id 4dLxW31gQ8z1sKp\n\tfor <%s>; %s' % (rc, R(dt, 1, '+0100', True))])

    # ------------------------------------------------------------------ 10 de
    dt = mkdt('2026-12-03 08:05:12', '+0100')
    sd = 'a10'
    rc = 'a.keller@example.com'
    purl = 'https://eg-mitarbeiterportal.de/sso/login?tenant=examplegroup&ref=verguetung2027&u=' + hx(sd + 'u', 10)
    desc = ('Hallo Frau Keller,\n\nim Rahmen der Vergütungsrunde 2027 möchten wir mit Ihnen Ihre individuelle Gehaltsanpassung besprechen. '
            'Bitte bestätigen Sie den Termin und sehen Sie sich vorab Ihre Vergütungsübersicht an:\n' + purl + '\n\n'
            '________________________________________________________________________________\nMicrosoft Teams-Besprechung\n'
            'Jetzt an der Besprechung teilnehmen: ' + purl + '&join=1\nBesprechungs-ID: 364 118 902 517\nPasscode: Xq7mR2\n'
            '________________________________________________________________________________\n')
    icsdata = ics('040000008200E00074C5B7101A82E008000000%s' % hx(sd + 'uid', 40).upper(),
                  'Jahresgespräch & Gehaltsanpassung 2027', '20261209T100000', '20261209T103000',
                  ('Personalabteilung Example Group', 'personal@eg-mitarbeiterportal.de'),
                  [('Andrea Keller', rc)], desc, location='Microsoft Teams-Besprechung', stamp='20261203T070500Z')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            '<p>Hallo Frau Keller,</p>\n<p>im Rahmen der Vergütungsrunde 2027 möchten wir mit Ihnen Ihre individuelle Gehaltsanpassung besprechen. '
            'Bitte bestätigen Sie den Termin und sehen Sie sich vorab Ihre <a href="%s">Vergütungsübersicht</a> an.</p>\n'
            '<div style="width:100%%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>\n'
            '<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap"><span style="font-size:24px;font-weight:700;color:#242424">Microsoft Teams-Besprechung</span></div>\n'
            '<div style="margin-bottom:6px"><a href="%s&amp;join=1" style="font-size:14px;color:#5B5FC7;text-decoration:underline">Jetzt an der Besprechung teilnehmen</a></div>\n'
            '<div style="font-size:14px;color:#616161">Besprechungs-ID: 364 118 902 517<br>Passcode: Xq7mR2</div>\n'
            '</body></html>\n') % (purl, purl)
    text = desc
    body = MIX([ALT(T(text), H(html), bnd('=', sd + 'a')),
                P('text/calendar', icsdata, cs='utf-8', cte='base64', params='; method=REQUEST'),
                ATT('application/ics', icsdata, 'invite.ics')], bnd('=', sd + 'm'))
    add(F, 10, 'de', 'teams-einladung-gehaltsanpassung-ics',
        'Calendar-invite phishing: fake HR "salary adjustment 2027" Teams meeting request (text/calendar + .ics) whose join link points to a look-alike staff portal.',
        '<bounce+7f3a2c.%s-a.keller=example.com@mg.eg-mitarbeiterportal.de>' % hx(sd, 6), rc,
        'm228-17.eu.mailgun.net', 'm228-17.eu.mailgun.net', '185.250.239.17', dt,
        [('From', A('Personalabteilung | Example Group', 'personal@eg-mitarbeiterportal.de')),
         ('To', A('Andrea Keller', rc)),
         ('Subject', ew('Einladung: Jahresgespräch & Gehaltsanpassung 2027 – Mi 09.12.2026 10:00', 'utf-8', 'Q')),
         ('Date', R(dt)),
         ('Message-Id', '<20261203070512.%s@mg.eg-mitarbeiterportal.de>' % hx(sd + 'mid', 16)),
         ('X-Mailgun-Sid', alnum(sd + 'sid', 40)),
         ('Sender', 'personal@eg-mitarbeiterportal.de')],
        body, pre=['by %s with HTTP id %s; %s' % ('3b7f1c0d9a2e', hx(sd + 'h', 24), R(dt, 0, '+0000'))])

    # ------------------------------------------------------------------ 11 de
    dt = mkdt('2026-12-01 06:58:40', '+0100')
    sd = 'a11'
    rc = 'info@example.com'
    pdfdata = pdf(['#Zentralregister Gewerbeauskunft', 'Erfassungsbogen - Aktualisierung der Firmendaten', '',
                   'Vorgangsnummer: GZR/2026/448172', '', 'Firma: Example Group GmbH', 'Anschrift: 60311 Frankfurt am Main',
                   'Branche: Grosshandel / Logistik', 'Telefon: ____________________   Telefax: ____________________',
                   'E-Mail: info@example.com', 'Geschaeftsfuehrer: ____________________', '',
                   'Bitte pruefen, ggf. korrigieren und unterschrieben zuruecksenden an service@zentralregister-gewerbe.de', '', '',
                   'Ort, Datum: ____________________   Unterschrift/Stempel: ____________________', '', '', '', '', '',
                   'Hinweis: Mit Ihrer Unterschrift beauftragen Sie die Eintragung und Pflege Ihrer Firmendaten im',
                   'Online-Verzeichnis www.zentralregister-gewerbe.de. Der jaehrliche Eintragungsbeitrag betraegt 1.298,00 EUR',
                   'zzgl. MwSt. Die Vertragslaufzeit betraegt 36 Monate und verlaengert sich um jeweils 12 Monate, sofern',
                   'nicht 3 Monate vor Ablauf schriftlich gekuendigt wird. Gerichtsstand ist Limassol (Zypern).'],
                  title='Erfassungsbogen', author='', producer='dompdf 3.0.0 + CPDF')
    text = ('Sehr geehrte Damen und Herren,\n\nim Rahmen der jährlichen Aktualisierung des Zentralregisters bitten wir Sie, '
            'die bei uns gespeicherten Firmendaten zu prüfen.\n\nBitte kontrollieren Sie die Angaben im beigefügten '
            'Erfassungsbogen, ergänzen Sie fehlende Felder und senden Sie das unterschriebene Formular bis zum 11.12.2026 '
            'per E-Mail an uns zurück. Unvollständige Einträge können nicht veröffentlicht werden.\n\n'
            'Vorgangsnummer: GZR/2026/448172\n\nMit freundlichen Grüßen\n\nZentralregister Gewerbeauskunft\nAbteilung Datenpflege\n')
    body = MIX([T(text, 'iso-8859-15', '8bit'),
                ATT('application/pdf', pdfdata, 'Erfassungsbogen_GZR-2026-448172.pdf')], bnd('php', sd))
    add(F, 11, 'de', 'gewerberegister-offertenschwindel',
        'Directory-listing scam: official-looking "central trade register" data-update form whose small print signs the company up for a 1,298 EUR/year three-year listing.',
        '<service@zentralregister-gewerbe.de>', rc, 'vmi2231847.contaboserver.net', 'vmi2231847.contaboserver.net', '207.180.214.93', dt,
        [('Date', R(dt)), ('To', rc),
         ('From', A('Zentralregister Gewerbeauskunft', 'service@zentralregister-gewerbe.de')),
         ('Reply-To', 'service@zentralregister-gewerbe.de'),
         ('Subject', ew('Aktualisierung Ihrer Firmendaten – Vorgangsnummer GZR/2026/448172', 'iso-8859-15', 'Q')),
         ('Message-ID', '<%s@vmi2231847.contaboserver.net>' % alnum(sd + 'mid', 43)),
         ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')],
        body, tls=True)

    # ------------------------------------------------------------------ 12 de
    dt = mkdt('2026-12-02 20:31:06', '+0100')
    sd = 'a12'
    rc = 'bewerbung@example.com'
    cv = pdf(['#Laura Schmitt', 'Lebenslauf', '', 'Dieses Dokument ist im Archiv enthalten.'], title='Anschreiben', author='Laura', producer='LibreOffice 24.8')
    arc = zipbytes([('Bewerbung_Laura_Schmitt/Lebenslauf_Laura_Schmitt.pdf.lnk', (PLACEHOLDER % 'Windows shortcut starting PowerShell ransomware loader').encode()),
                    ('Bewerbung_Laura_Schmitt/Zeugnisse_Laura_Schmitt.pdf.lnk', (PLACEHOLDER % 'Windows shortcut starting PowerShell ransomware loader').encode()),
                    ('Bewerbung_Laura_Schmitt/Anschreiben.pdf', cv)])
    text = ('Sehr geehrte Damen und Herren,\n\nüber StepStone bin ich auf Ihre Stellenanzeige als Sachbearbeiterin '
            'Kreditorenbuchhaltung (m/w/d) aufmerksam geworden und bewerbe mich hiermit sehr gerne.\n\n'
            'Ich bin ausgebildete Steuerfachangestellte und habe in den letzten vier Jahren in der Kreditorenbuchhaltung '
            'eines mittelständischen Handelsunternehmens gearbeitet (DATEV, SAP FI).\n\nMeine vollständigen '
            'Bewerbungsunterlagen (Anschreiben, Lebenslauf und Zeugnisse) finden Sie im Anhang. Über eine Einladung zu '
            'einem persönlichen Gespräch würde ich mich sehr freuen.\n\nMit freundlichen Grüßen\nLaura Schmitt\n'
            'Tel. 0176 4821 9930\n')
    body = MIX([T(text, 'UTF-8', '8bit', params='; format=flowed'),
                ATT('application/x-zip-compressed', arc, 'Bewerbung_Laura_Schmitt.zip')], bnd('tb', sd), preamble='This is a multi-part message in MIME format.')
    add(F, 12, 'de', 'bewerbung-zip-lnk',
        'Fake job application (German ransomware classic) from a fresh GMX account: ZIP with ".pdf.lnk" shortcut files (placeholders) posing as CV and references.',
        '<laura.schmitt.bewerbung@gmx.de>', rc, 'mout.gmx.net', 'mout.gmx.net', '212.227.17.21', dt,
        [('Message-ID', '<%s-%s-%s-%s-%s@gmx.de>' % (hx(sd + '1', 8), hx(sd + '2', 4), hx(sd + '3', 4), hx(sd + '4', 4), hx(sd + '5', 12))),
         ('Date', R(dt)),
         ('User-Agent', 'Mozilla Thunderbird'),
         ('Content-Language', 'de-DE'),
         ('To', rc),
         ('From', A('Laura Schmitt', 'laura.schmitt.bewerbung@gmx.de')),
         ('Subject', 'Bewerbung als Sachbearbeiterin Kreditorenbuchhaltung (m/w/d)'),
         ('X-Provags-ID', 'V03:K1:' + alnum(sd + 'pv', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
         ('UI-OutboundReport', 'notjunk:1;M01:P0:' + alnum(sd + 'ob', 11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') + '=')],
        body, pre=['from [192.168.178.41] ([91.64.187.203]) by mail.gmx.net (mrgmx104\n [212.227.17.168]) with ESMTPSA (Nemesis) id 1M%s-1%s; %s' % (alnum(sd + 'n1', 11), alnum(sd + 'n2', 11), R(dt, 1, '+0100'))])


    # ------------------------------------------------------------------ 13 ru
    dt = mkdt('2026-11-30 11:26:45', '+0300')
    sd = 'a13'
    rc = 'a.kuznetsova@example.com'
    link = 'https://lkul.nalog-lk.ru/requirements/22-17-48815?inn=7705%06d' % num(sd, 100000, 999999)
    paras = ['Уважаемый налогоплательщик!', '',
             'Межрайонная инспекция ФНС России № 46 по г. Москве уведомляет о направлении в Ваш адрес требования '
             'о представлении пояснений № 22-17/48815 от 30.11.2026 в соответствии с п. 3 ст. 88 Налогового кодекса '
             'Российской Федерации в связи с выявленными расхождениями в налоговой декларации по НДС за 3 квартал 2026 года.', '',
             'Пояснения необходимо представить в течение пяти рабочих дней со дня получения настоящего требования.', '',
             'Ознакомиться с текстом требования и перечнем расхождений можно в личном кабинете налогоплательщика юридического лица:',
             link, '',
             'Непредставление пояснений в установленный срок влечёт ответственность, предусмотренную ст. 129.1 НК РФ.', '',
             'Это письмо сформировано автоматически, отвечать на него не нужно.', '',
             'С уважением,', 'Федеральная налоговая служба']
    html = simple_html([('<a href="%s">%s</a>' % (link, link)) if p == link else p for p in paras if p], 'koi8-r')
    add(F, 13, 'ru', 'fns-trebovanie-poyasneniy',
        'Tax-authority (FNS) impersonation: "requirement to provide explanations" with a link to a look-alike taxpayer cabinet, KOI8-R encoded, from a rented Russian VPS.',
        '<noreply@nalog-lk.ru>', rc, 'mail.nalog-lk.ru', 'server37-140-192-88.hosted-by-regru.ru', '37.140.192.88', dt,
        [('From', A('ФНС России', 'noreply@nalog-lk.ru', 'koi8-r', 'B')),
         ('To', A('Кузнецова Анна', rc, 'koi8-r', 'B')),
         ('Subject', ew('Требование о представлении пояснений № 22-17/48815 от 30.11.2026', 'koi8-r', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s.%s@nalog-lk.ru>' % (int(dt.timestamp()), hx(sd + 'mid', 20))),
         ('X-Priority', '1 (Highest)')],
        ALT(T(text_of(paras), 'koi8-r', 'quoted-printable'), H(html, 'koi8-r', 'quoted-printable'), bnd('nextpart', sd)),
        pre=['from localhost (localhost [127.0.0.1])\n\tby mail.nalog-lk.ru (Postfix) with ESMTP id 4dL2Zq0Hk3z8s1\n\tfor <%s>; %s' % (rc, R(dt, 0, '+0300', True))])

    # ------------------------------------------------------------------ 14 ru
    dt = mkdt('2026-12-01 16:44:10', '+0300')
    sd = 'a14'
    rc = 'i.volkov@example.com'
    arc = zip_encrypted([('Претензия №148 от 01.12.2026.pdf.scr', (PLACEHOLDER % 'Windows executable (screensaver) remote-access trojan').encode()),
                         ('Акт сверки взаиморасчетов 2026.pdf.scr', (PLACEHOLDER % 'Windows executable (screensaver) remote-access trojan').encode())], '1482026')
    text = ('Добрый день!\n\nНаправляем в Ваш адрес досудебную претензию № 148 от 01.12.2026 в связи с нарушением '
            'сроков оплаты по договору поставки № 77/2026-П и акт сверки взаиморасчетов.\n\nВ случае неурегулирования '
            'задолженности в течение 10 календарных дней ООО «СтройТехСнаб» будет вынуждено обратиться в Арбитражный '
            'суд г. Москвы с требованием о взыскании суммы долга, неустойки и судебных расходов.\n\n'
            'Документы во вложении (архив защищен паролем в целях конфиденциальности). Пароль: 1482026\n\n'
            '--\nС уважением,\nИгнатова Светлана Игоревна\nюрист ООО «СтройТехСнаб»\nтел. +7 (495) 981-44-%02d\n' % num(sd, 10, 99))
    html = '<HTML><BODY>' + ''.join('<div>%s</div>' % (l if l else '&nbsp;') for l in text.strip().split('\n')) + '</BODY></HTML>\n'
    body = MIX([ALT(T(text, 'utf-8', 'base64'), H(html, 'utf-8', 'base64'), bnd('mailru', sd + 'a')),
                ATT('application/zip', arc, 'Претензия №148 от 01.12.2026.zip', fnstyle='ew')], bnd('mailru', sd + 'm'))
    add(F, 14, 'ru', 'dosudebnaya-pretenziya-zip',
        'Pre-trial legal claim ("досудебная претензия") from a Mail.ru account with a password-protected ZIP hiding ".pdf.scr" executables (placeholders).',
        '<s.ignatova-sts@mail.ru>', rc, 'send241.i.mail.ru', 'send241.i.mail.ru', '95.163.59.241', dt,
        [('Received', 'by exim-smtp-7d9f4b8c6-x2k8q with esmtpa (envelope-from <s.ignatova-sts@mail.ru>)\n\tid 1vQ8rK-00000000Aa7-2LmP; %s' % R(dt, 1, '+0300')),
         ('From', A('Игнатова Светлана', 's.ignatova-sts@mail.ru', 'UTF-8', 'B')),
         ('To', rc),
         ('Subject', ew('Досудебная претензия № 148 от 01.12.2026 (ООО «СтройТехСнаб»)', 'UTF-8', 'B')),
         ('Date', R(dt)),
         ('Reply-To', A('Игнатова Светлана', 's.ignatova-sts@mail.ru', 'UTF-8', 'B')),
         ('X-Mailer', 'Mail.Ru Mailer 1.0'),
         ('X-Originating-IP', '[176.59.%d.%d]' % (num(sd + 'i1', 1, 250), num(sd + 'i2', 1, 250))),
         ('Message-ID', '<%d.%s@f%d.i.mail.ru>' % (int(dt.timestamp()), hx(sd + 'mid', 16), num(sd + 'f', 100, 600))),
         ('X-Mailru-Src', 'fe'),
         ('X-7564579A', '78E4E2B564C1792B'),
         ('X-77F55803', '4F1203BC0FB41BD9' + hx(sd + 'x', 40).upper())],
        body)

    # ------------------------------------------------------------------ 15 ru
    dt = mkdt('2026-12-02 04:12:57', '+0300')
    sd = 'a15'
    rc = 'd.sokolov@examplegroup.eu'
    text = ('Клиентские базы! Соберем для Вас по интернет базу данных потенциальных клиентов для Вашего Бизнеса!\n'
            'Много! Быстро! Недорого!\n\nЗа 1 день соберем для вас актуальную базу: название компании, ИНН, телефоны, '
            'e-mail, сайт, адрес, сфера деятельности, ФИО руководителя. Выгрузка по любому региону РФ, СНГ и Европы.\n\n'
            'Также: рассылка по базе (e-mail, WhatsApp, Telegram), обзвон, настройка рекламы.\n\n'
            'Узнайте подробнее по Телефону: +7 (913) 391-48-37 (WhatsApp, Telegram)\n\n'
            'Чтобы отписаться от рассылки, ответьте на это письмо со словом «Отписаться».\n')
    add(F, 15, 'ru', 'klientskie-bazy-spam',
        'Classic Russian bulk spam selling "client databases" and mass mailing, windows-1251 with a raw 8-bit subject, sent without TLS from a residential mobile IP.',
        '<info@bazaklientov-pro.ru>', rc, 'User', '178.176.74.201.dynamic.mts-nn.ru', '178.176.74.201', dt,
        [('From', ('=?windows-1251?B?%s?= <info@bazaklientov-pro.ru>' % base64.b64encode('Базы клиентов'.encode('cp1251')).decode())),
         ('To', rc),
         ('Subject', 'Клиентские базы для Вашего бизнеса! Много! Быстро! Недорого!'.encode('cp1251')),
         ('Date', R(dt)),
         ('X-Mailer', 'The Bat! (v9.5.2) Professional'),
         ('Message-ID', '<%d.%s@bazaklientov-pro.ru>' % (num(sd, 100000000, 999999999), alnum(sd + 'x', 8))),
         ('X-Priority', '3 (Normal)')],
        T(text, 'windows-1251', '8bit'), tls=False, delay=2)

    # ------------------------------------------------------------------ 16 ru
    dt = mkdt('2026-12-03 10:02:31', '+0300')
    sd = 'a16'
    rc = 'a.kuznetsova@example.com'
    link = 'https://disk.yandex360-share.ru/d/' + alnum(sd + 'l', 14) + '?login=' + rc
    html = ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Яндекс Диск</title></head>\n'
            '<body style="margin:0;background:#f5f5f5;font-family:YS Text,Arial,sans-serif">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 0">\n'
            '<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:16px">\n'
            '<tr><td style="padding:28px 32px 8px 32px;font-size:20px"><span style="color:#fc3f1d">Я</span>ндекс <b>Диск</b></td></tr>\n'
            '<tr><td style="padding:8px 32px;font-size:17px;color:#000">ООО «Север-Логистик» открыл вам доступ к папке</td></tr>\n'
            '<tr><td style="padding:8px 32px;font-size:15px;color:#333">&#128193; <b>Акты сверки 2026 — Example Group</b><br>'
            '<span style="color:#999">3 файла · 2,4 МБ</span></td></tr>\n'
            '<tr><td style="padding:20px 32px"><a href="' + link + '" style="background:#ffdb4d;color:#000;padding:12px 28px;border-radius:8px;text-decoration:none;font-size:15px">Открыть папку</a></td></tr>\n'
            '<tr><td style="padding:8px 32px 28px 32px;font-size:12px;color:#999">Для просмотра документов войдите в свой аккаунт. '
            'Доступ к папке будет закрыт через 72 часа.<br><br>© 2026 ООО «Яндекс»</td></tr>\n'
            '</table></td></tr></table></body></html>\n')
    text = ('ООО «Север-Логистик» открыл вам доступ к папке «Акты сверки 2026 — Example Group» (3 файла, 2,4 МБ).\n\n'
            'Открыть папку: ' + link + '\n\nДоступ к папке будет закрыт через 72 часа.\n\n© 2026 ООО «Яндекс»\n')
    add(F, 16, 'ru', 'yandex-disk-share-phish',
        'Yandex Disk "folder shared with you" look-alike leading to a credential-harvesting page on a look-alike domain.',
        '<bounces+%s@yandex360-share.ru>' % hx(sd, 10), rc, 'mx.yandex360-share.ru', 'vds-2187731.timeweb.ru', '188.225.36.142', dt,
        [('From', A('Яндекс Диск', 'no-reply@yandex360-share.ru')),
         ('To', rc),
         ('Subject', ew('Вам открыт доступ к папке «Акты сверки 2026 — Example Group»', 'UTF-8', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@yandex360-share.ru>' % hx(sd + 'mid', 32)),
         ('List-Unsubscribe', '<mailto:unsubscribe@yandex360-share.ru>')],
        ALT(T(text, 'UTF-8', 'base64'), H(html, 'UTF-8', 'base64'), bnd('go', sd)))

    # ------------------------------------------------------------------ 17 ru
    dt = mkdt('2026-12-04 09:15:03', '+0300')
    sd = 'a17'
    rc = 'd.sokolov@examplegroup.eu'
    link = 'https://sbi.sberbusiness-online.ru/115fz/confirm?client=' + hx(sd + 'c', 12)
    paras = ['Уважаемый клиент!', '',
             'В соответствии с Федеральным законом № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, '
             'и финансированию терроризма» операции по расчётному счёту <b>40702810•••••••4417</b> временно приостановлены.', '',
             'Для возобновления обслуживания необходимо до 17:00 (МСК) 04.12.2026 подтвердить сведения о руководителе '
             'и бенефициарных владельцах организации в системе СберБизнес:', '',
             '<a href="%s">Подтвердить сведения</a>' % link, '',
             'При отсутствии подтверждения банк вправе расторгнуть договор банковского счёта в одностороннем порядке.', '',
             'С уважением,<br>ПАО Сбербанк<br>Служба финансового мониторинга']
    html = simple_html([p for p in paras if p], 'windows-1251')
    add(F, 17, 'ru', 'sberbusiness-115fz-blokirovka',
        'SberBusiness impersonation claiming the company account is frozen under anti-money-laundering law 115-FZ; windows-1251 HTML with a look-alike login link.',
        '<uvedomlenie@sberbusiness-online.ru>', rc, 'vps-4417.ovh.net', 'ns3214487.ip-51-38-112.eu', '51.38.112.71', dt,
        [('From', A('СберБизнес', 'uvedomlenie@sberbusiness-online.ru', 'windows-1251', 'B')),
         ('To', rc),
         ('Subject', ew('Приостановление операций по счёту (115-ФЗ) — требуется подтверждение', 'windows-1251', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@sberbusiness-online.ru>' % hx(sd + 'mid', 26)),
         ('X-Priority', '1')],
        ALT(T(text_of(paras), 'windows-1251'), H(html, 'windows-1251'), bnd('nextpart', sd)))

    # ------------------------------------------------------------------ 18 ru
    dt = mkdt('2026-12-04 13:40:22', '+0300')
    sd = 'a18'
    rc = 'i.volkov@example.com'
    smug = ('<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8"><title>Контур.Диадок - УПД 1847</title>\n'
            '<meta http-equiv="refresh" content="2;url=https://diadoc-edo.ru/auth/login?doc=1847&amp;box=' + hx(sd + 'b', 12) + '">\n'
            '</head><body style="font-family:Arial">\n<p>Загрузка документа... Если страница не открылась автоматически, '
            '<a href="https://diadoc-edo.ru/auth/login?doc=1847">нажмите здесь</a>.</p>\n'
            '<!-- PLACEHOLDER: in the real-world sample an obfuscated JavaScript block here rendered a fake Diadoc login form '
            'and posted the credentials to the attacker. Removed for this test set. -->\n</body></html>\n').encode('utf-8')
    text = ('Здравствуйте!\n\nВам поступил документ от ООО «ТрансЛогистик»:\nУПД № 1847 от 30.11.2026 на сумму 486 300,00 руб.\n\n'
            'Требуется подпись получателя. Документ во вложении, для подписания откройте его и войдите в Диадок.\n\n'
            'Это автоматическое уведомление Контур.Диадок.\n')
    body = MIX([T(text, 'utf-8', 'base64'),
                ATT('text/html', smug, 'УПД_1847_ТрансЛогистик.html', fnstyle='rfc2231')], bnd('=', sd))
    add(F, 18, 'ru', 'diadok-upd-html-attachment',
        'Fake e-document (Kontur.Diadok) notification with an HTML attachment that redirects to a fake login (script payload replaced by placeholder).',
        '<noreply@diadoc-edo.ru>', rc, 'diadoc-edo.ru', 'v1148223.hosted-by-vdsina.ru', '103.88.241.57', dt,
        [('From', A('Контур.Диадок', 'noreply@diadoc-edo.ru')),
         ('To', rc),
         ('Subject', ew('Вам поступил документ от ООО «ТрансЛогистик»: УПД № 1847', 'utf-8', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@diadoc-edo.ru>' % hx(sd + 'mid', 30))],
        body)

    # ------------------------------------------------------------------ 19 es
    dt = mkdt('2026-11-30 12:31:48', '+0100')
    sd = 'a19'
    rc = 'l.fernandez@example.com'
    target = 'https://sede-aeat.notificaciones-dehu.com/consulta?nif=B8%07d' % num(sd, 1000000, 9999999)
    link = 'https://www.google.com/url?q=' + target.replace(':', '%3A').replace('/', '%2F').replace('?', '%3F').replace('=', '%3D') + '&sa=D&sntz=1&usg=AOvVaw' + alnum(sd + 'g', 22)
    paras = ['<b>AGENCIA TRIBUTARIA</b> &middot; Sede Electr&oacute;nica', '',
             'Estimado/a contribuyente:', '',
             'Le informamos de que tiene a su disposici&oacute;n una <b>notificaci&oacute;n</b> en la Direcci&oacute;n Electr&oacute;nica Habilitada &uacute;nica (DEH&uacute;) '
             'relativa al procedimiento de comprobaci&oacute;n limitada del Impuesto sobre Sociedades, ejercicio 2025.', '',
             'De acuerdo con el art&iacute;culo 43 de la Ley 39/2015, la notificaci&oacute;n se entender&aacute; rechazada si no accede a su contenido en el plazo de diez d&iacute;as naturales.', '',
             '<a href="%s">Acceder a la notificaci&oacute;n</a>' % link, '',
             'Referencia: 2026GRC46%06d' % num(sd + 'r', 100000, 999999), '',
             'Este mensaje se ha generado autom&aacute;ticamente. Por favor, no responda a este correo.']
    html = simple_html([p for p in paras if p], 'iso-8859-1')
    import html as _h
    add(F, 19, 'es', 'aeat-notificacion-dehu',
        'Spanish Tax Agency (AEAT/DEHú) notification phish sent from a compromised web host, with the phishing URL wrapped in a Google open-redirect link.',
        '<wordpress@clinicadentalsonrisa-valencia.es>', rc, 'cp3.webempresa.eu', 'cp3.webempresa.eu', '185.42.104.67', dt,
        [('To', rc),
         ('Subject', ew('Notificación pendiente en la Dirección Electrónica Habilitada única (DEHú)', 'iso-8859-1', 'Q')),
         ('From', A('Agencia Tributaria', 'notificaciones@agenciatributaria-sede.com')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@clinicadentalsonrisa-valencia.es>' % alnum(sd + 'mid', 40)),
         ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')],
        ALT(T(_h.unescape(text_of(paras)), 'iso-8859-1'), H(html, 'iso-8859-1'), bnd('php', sd)),
        pre=['from clinicad by cp3.webempresa.eu with local (Exim 4.98)\n\t(envelope-from <wordpress@clinicadentalsonrisa-valencia.es>)\n\tid 1vPkXa-0000q1-1T\n\tfor %s; %s' % (rc, R(dt, 0, '+0100'))])

    # ------------------------------------------------------------------ 20 es
    dt = mkdt('2026-12-01 19:07:26', '+0100')
    sd = 'a20'
    rc = 'j.martinez@examplegroup.eu'
    link = 'https://correos-es.envio-gestion.com/aduana/pago?id=PQ4%09dES' % num(sd, 100000000, 999999999)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f2f2f2">\n'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="background:#ffcd00;padding:16px 24px;font-size:22px;color:#002e6d"><b>Correos</b></td></tr>\n'
            '<tr><td style="padding:24px;font-size:15px;color:#333">Hola,<br><br>Tu envío <b>PQ4%09dES</b> se encuentra retenido en nuestro centro de tratamiento '
            'de Madrid-Barajas pendiente del pago de los <b>gastos de gestión aduanera (1,99 €)</b>.<br><br>'
            'Para que podamos entregarlo, realiza el pago antes de las 23:59 del 3 de diciembre. Pasado ese plazo el envío será devuelto a su remitente.<br><br>'
            '<a href="%s" style="background:#002e6d;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Pagar y programar entrega</a><br><br>'
            'Gracias por confiar en Correos.</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#888">Sociedad Estatal Correos y Telégrafos, S.A., S.M.E. · Vía de Dublín 7 · 28070 Madrid</td></tr>\n'
            '</table></body></html>\n') % (num(sd, 100000000, 999999999), link)
    add(F, 20, 'es', 'correos-aranceles-1-99',
        'Postal-service (Correos) parcel phish demanding a 1.99 EUR customs handling fee via a look-alike payment page.',
        '<envios@correos-aviso.net>', rc, 'correos-aviso.net', 'mail.correos-aviso.net', '164.92.203.118', dt,
        [('From', A('Correos', 'envios@correos-aviso.net')),
         ('To', rc),
         ('Subject', ew('Tu envío está retenido: gastos de gestión pendientes', 'utf-8', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@correos-aviso.net>' % hx(sd + 'mid', 28))],
        H(html, 'utf-8', 'quoted-printable'))

    # ------------------------------------------------------------------ 21 es
    dt = mkdt('2026-12-02 10:19:57', '+0100')
    sd = 'a21'
    rc = 'j.martinez@examplegroup.eu'
    arc = zipbytes([('RFQ-2026-1187 Especificaciones tecnicas y cantidades.pdf.js', (PLACEHOLDER % 'JScript downloader for an information-stealer').encode())])
    paras = ['Buenos días,', '',
             'Somos una empresa del sector industrial con sede en Valencia y estamos interesados en sus productos para un nuevo proyecto de ampliación de almacén.', '',
             'Les adjuntamos nuestra solicitud de presupuesto RFQ-2026-1187 con las especificaciones técnicas y cantidades. '
             'Les agradeceríamos que nos enviaran su mejor oferta, plazo de entrega y condiciones de pago antes del 9 de diciembre.', '',
             'Quedamos a la espera de su respuesta.', '',
             'Saludos cordiales,', '',
             'Álvaro Navarro Gil', 'Departamento de Compras', 'Grupo Industrial Levante S.L.', 'Polígono Fuente del Jarro, C/ Ciudad de Sevilla 42', '46988 Paterna (Valencia)', 'Tel. +34 961 34 27 %02d' % num(sd, 10, 99)]
    html = outlook_html([_x(p) for p in paras], 'ES', 'windows-1252')
    body = MIX([ALT(T(text_of(paras), 'windows-1252'), H(html, 'windows-1252'), bnd('nextpart', sd + 'a')),
                ATT('application/x-zip-compressed', arc, 'RFQ-2026-1187.zip')], bnd('nextpart', sd + 'm'))
    add(F, 21, 'es', 'solicitud-presupuesto-zip-js',
        'Request-for-quotation lure from a look-alike industrial buyer with a ZIP containing a ".pdf.js" script downloader (placeholder).',
        '<compras@grupoindustrial-levante.com>', rc, 'smtp.grupoindustrial-levante.com', 'smtpout2.serviciodecorreo.es', '86.109.99.74', dt,
        [('From', A('Compras - Grupo Industrial Levante', 'compras@grupoindustrial-levante.com')),
         ('To', rc),
         ('Subject', 'Solicitud de presupuesto RFQ-2026-1187'),
         ('Date', R(dt)),
         ('Message-ID', '<000001dc63%s$%s$%s@grupoindustrial-levante.com>' % (hx(sd + '1', 6), hx(sd + '2', 8), hx(sd + '3', 8))),
         ('X-Mailer', 'Microsoft Outlook 16.0'),
         ('Thread-Index', tindex(sd)),
         ('Content-Language', 'es')],
        body, pre=['from PCCOMPRAS02 ([95.124.%d.%d]) (authenticated bits=0)\n\tby smtpout2.serviciodecorreo.es (8.15.2/8.15.2) with ESMTPSA id 5B29JuQw%s\n\tfor <%s>; %s' % (num(sd + 'i', 1, 250), num(sd + 'j', 1, 250), hx(sd + 'q', 6), rc, R(dt, 1, '+0100'))])

    # ------------------------------------------------------------------ 22 es
    dt = mkdt('2026-12-03 09:30:00', '+0100')
    sd = 'a22'
    rc = 'l.fernandez@example.com'
    trk = 'https://clic.acumbamail.com/c/%s/' % hx(sd + 't', 20)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;background:#eef3f8">\n'
            '<table width="600" align="center" style="background:#fff" cellpadding="20"><tr><td>\n'
            '<h2 style="color:#0b4f8a">Kit Digital y Kit Consulting: últimas plazas de 2026</h2>\n'
            '<p>Estimado/a responsable,</p>\n'
            '<p>Su empresa puede recibir <b>hasta 29.000 €</b> en ayudas a fondo perdido para ciberseguridad, factura electrónica '
            '(Verifactu), gestión de clientes y presencia en Internet. <b>Nosotros tramitamos todo</b>: solicitud, justificación y puesta en marcha, sin coste por adelantado.</p>\n'
            '<p>Con la obligatoriedad de Verifactu en 2027 su empresa necesitará adaptar su software de facturación. Aproveche las ayudas antes de que se agoten los fondos.</p>\n'
            '<p style="text-align:center"><a href="%s1" style="background:#f39200;color:#fff;padding:14px 30px;text-decoration:none;border-radius:6px">Comprobar si mi empresa es beneficiaria</a></p>\n'
            '<p>Agente Digitalizador Adherido · Solucions Digitals Pime S.L.</p>\n'
            '<p style="font-size:11px;color:#888">Ha recibido este correo porque su dirección figura en fuentes accesibles al público. '
            '<a href="%s2">Darse de baja</a></p>\n'
            '</td></tr></table><img src="https://clic.acumbamail.com/o/%s.gif" width="1" height="1"></body></html>\n') % (trk, trk, hx(sd + 'o', 16))
    add(F, 22, 'es', 'kit-digital-subvenciones-bulk',
        'Unsolicited bulk marketing for digitalisation grants (Kit Digital / Verifactu) sent through a Spanish ESP to a scraped address.',
        '<bounce-%s@acmbm.com>' % hx(sd, 12), rc, 'mta14.acumbamail.com', 'mta14.acumbamail.com', '185.96.20.114', dt,
        [('From', A('Ayudas Kit Digital', 'info@ayudas-digitalizacion-pyme.es')),
         ('To', rc),
         ('Subject', ew('Su empresa puede recibir hasta 29.000 € — últimas plazas 2026', 'utf-8', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@acumbamail.com>' % hx(sd + 'mid', 32)),
         ('List-Unsubscribe', '<%s2>, <mailto:unsubscribe-%s@acmbm.com>' % (trk, hx(sd + 'u', 10))),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
         ('Precedence', 'bulk')],
        ALT(T(strip_tags(html.split('<body')[1].split('>', 1)[1])), H(html), bnd('go', sd)))

    # ------------------------------------------------------------------ 23 es
    dt = mkdt('2026-12-04 08:12:39', '+0100')
    sd = 'a23'
    rc = 'c.garcia@example.com'
    link = 'https://bbvanetcash-empresas.com/validacion/firma?ref=' + hx(sd + 'r', 16)
    paras = ['Estimado cliente de BBVA net cash:', '',
             'Le informamos de que, por la entrada en vigor de la nueva normativa europea de verificación del beneficiario (VoP), '
             'es necesario actualizar la firma de los apoderados de su empresa antes del <b>5 de diciembre de 2026</b>.', '',
             'Si no realiza la actualización, las órdenes de transferencia y remesas pendientes de firma quedarán retenidas.', '',
             '<a href="%s">Actualizar firma de apoderados</a>' % link, '',
             'Atentamente,', 'BBVA · Banca de Empresas']
    html = simple_html([_x(p) if '<' not in p else p for p in paras if p], 'utf-8')
    add(F, 23, 'es', 'bbva-netcash-verificacion-beneficiario',
        'Corporate-banking phish (BBVA net cash) abusing the new EU Verification-of-Payee rules as pretext, sent via a compromised SendGrid account.',
        '<bounces+%d-%s-c.garcia=example.com@em8842.mkt-comunicaciones.com>' % (num(sd, 10000000, 99999999), hx(sd + 'b', 4)), rc,
        'xvfrlqmh.outbound-mail.sendgrid.net', 'xvfrlqmh.outbound-mail.sendgrid.net', '149.72.126.143', dt,
        [('From', A('BBVA net cash', 'avisos@bbva-netcash-empresas.com')),
         ('To', rc),
         ('Subject', ew('Acción requerida: actualización de firma de apoderados', 'utf-8', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@geopod-ismtpd-%d>' % (alnum(sd + 'mid', 22), num(sd + 'g', 1, 40))),
         ('X-SG-EID', alnum(sd + 'eid', 120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
         ('X-Entity-ID', 'u001.' + alnum(sd + 'ent', 22))],
        ALT(T(strip_tags(text_of(paras))), H(html), bnd('go', sd)),
        pre=['by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-6929E1B7-12\n        %s' % (hx(sd + 'f', 10), hx(sd + 'f2', 5), hx(sd + 'f', 10), hx(sd + 'f2', 5), R(dt, 0, '+0000'))])


    # ------------------------------------------------------------------ 24 it
    dt = mkdt('2026-11-30 15:22:08', '+0100')
    sd = 'a24'
    rc = 'l.ferrari@example.com'
    link = 'https://www.canva.com/design/DAG%s/view?utm_content=DAG%s&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks' % (alnum(sd + 'c', 8), alnum(sd + 'c', 8))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Segoe UI,Arial;font-size:14px">\n'
            '<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1"><tr><td style="padding:24px">\n'
            '<p style="font-size:20px;color:#0078d4;margin:0">OneDrive</p>\n'
            '<p style="font-size:18px">Claudio Colombo ha condiviso un file con te</p>\n'
            '<p>&#128196; <b>DDT_e_Fatture_Dicembre_2026.pdf</b></p>\n'
            '<p>Ciao Luca, ti giro i DDT e le fatture dei ritiri di novembre per la verifica prima della chiusura contabile. Fammi sapere se torna tutto.</p>\n'
            '<p><a href="%s" style="background:#0078d4;color:#fff;padding:10px 24px;text-decoration:none">Apri</a></p>\n'
            '<p style="font-size:11px;color:#666">Questo collegamento funziona solo per i destinatari diretti del messaggio.</p>\n'
            '</td></tr></table>\n'
            '<p style="font-size:12px;color:#444">--<br>Claudio Colombo<br>Ufficio Traffico<br>Ferretti Trasporti S.r.l.<br>Via dell\'Industria 18 - 24040 Osio Sotto (BG)<br>Tel. +39 035 88 12 %d</p>\n'
            '</body></html>\n') % (link, num(sd, 100, 999))
    add(F, 24, 'it', 'ferretti-compromesso-onedrive-canva',
        'Genuinely compromised haulier mailbox (c.colombo@ferretti-trasporti.it, sent through its usual Aruba SMTP) sharing a fake OneDrive file whose link is a Canva page leading to credential phishing.',
        '<c.colombo@ferretti-trasporti.it>', rc, 'smtpcmd0871.aruba.it', 'smtpcmd0871.aruba.it', '62.149.156.71', dt,
        [('From', A('Claudio Colombo', 'c.colombo@ferretti-trasporti.it')),
         ('To', A('Luca Ferrari', rc)),
         ('Subject', 'Claudio Colombo ha condiviso "DDT_e_Fatture_Dicembre_2026"'),
         ('Date', R(dt)),
         ('Message-ID', '<%s@ferretti-trasporti.it>' % hx(sd + 'mid', 32)),
         ('X-Mailer', 'Aruba Webmail 2.0')],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1])), H(html), bnd('=', sd)),
        pre=['from webmail.aruba.it ([45.88.97.%d])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid Qx%s; %s' % (num(sd + 'ip', 2, 250), alnum(sd + 'ar', 14), R(dt, 1, '+0100'))])

    # ------------------------------------------------------------------ 25 it
    dt = mkdt('2026-12-01 08:48:19', '+0100')
    sd = 'a25'
    rc = 'm.bianchi@examplegroup.eu'
    arc = zipbytes([('Comunicazione_irregolarita_AdE_2026-11-30.js', (PLACEHOLDER % 'JScript dropper for a banking trojan').encode())])
    paras = ['Gentile Contribuente,', '',
             "a seguito del controllo automatizzato ai sensi dell'art. 36-bis del D.P.R. 600/1973 sulla dichiarazione presentata per il periodo d'imposta 2025 "
             'sono state rilevate irregolarità nei versamenti.', '',
             'In allegato la comunicazione completa con il dettaglio delle somme dovute e le modalità per regolarizzare la posizione '
             'usufruendo della riduzione delle sanzioni entro 30 giorni dal ricevimento.', '',
             'Protocollo n. 2026/%06d' % num(sd, 100000, 999999), '',
             'Cordiali saluti', 'Agenzia delle Entrate', 'Direzione Provinciale di Milano - Ufficio Controlli']
    html = simple_html([_x(p) for p in paras if p], 'iso-8859-15')
    body = MIX([ALT(T(text_of(paras), 'iso-8859-15'), H(html, 'iso-8859-15'), bnd('php', sd + 'a')),
                ATT('application/zip', arc, 'Comunicazione_AdE_2026-11-30.zip')], bnd('php', sd + 'm'))
    add(F, 25, 'it', 'agenzia-entrate-irregolarita-zip',
        'Italian Revenue Agency (Agenzia delle Entrate) "tax irregularity notice" with a ZIP containing a JScript dropper (placeholder), from a look-alike domain.',
        '<noreply@agenziaentrate-comunicazioni.it>', rc, 'mail.agenziaentrate-comunicazioni.it', 'host217-31-static.54-79-b.business.telecomitalia.it', '79.54.31.217', dt,
        [('From', A('Agenzia delle Entrate', 'noreply@agenziaentrate-comunicazioni.it')),
         ('To', rc),
         ('Subject', ew("Comunicazione di irregolarità - controllo automatizzato art. 36-bis", 'iso-8859-15', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@agenziaentrate-comunicazioni.it>' % alnum(sd + 'mid', 32)),
         ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')],
        body, tls=False)

    # ------------------------------------------------------------------ 26 it
    dt = mkdt('2026-12-02 07:33:51', '+0100')
    sd = 'a26'
    rc = 'g.romano@example.com'
    link = 'https://areaclienti-aruba.rinnovo-servizi.it/pec/rinnovo?id=' + hx(sd + 'l', 10)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial;font-size:14px;color:#333">\n'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#e2001a;padding:14px 20px;color:#fff;font-size:22px"><b>aruba</b>.it</td></tr>\n'
            '<tr><td style="padding:20px">Gentile Cliente,<br><br>'
            'la casella PEC <b>amministrazione@pec.examplegroup.it</b> associata al suo account risulta <b>in scadenza il 05/12/2026</b> '
            'e il rinnovo automatico non è andato a buon fine a causa di un problema con il metodo di pagamento.<br><br>'
            'Per evitare la sospensione del servizio e la perdita dei messaggi archiviati, la invitiamo a rinnovare il servizio '
            '(importo 6,10 € + IVA) entro la data di scadenza.<br><br>'
            '<a href="%s" style="background:#e2001a;color:#fff;padding:10px 22px;text-decoration:none">Rinnova ora</a><br><br>'
            'Cordiali saluti,<br>Aruba S.p.A. - Servizio Clienti</td></tr>\n'
            '<tr><td style="padding:12px 20px;font-size:11px;color:#999">Aruba S.p.A. - Via San Clemente, 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516</td></tr>\n'
            '</table></body></html>\n') % link
    add(F, 26, 'it', 'aruba-pec-scadenza',
        'Hosting-provider (Aruba) "PEC mailbox expiring, renewal failed" phish with a small renewal fee, from a look-alike domain.',
        '<servizioclienti@aruba-notifiche.it>', rc, 'mail.aruba-notifiche.it', 'ip-194-76-227-43.ip.secureserver.net', '194.76.227.43', dt,
        [('From', A('Aruba.it', 'servizioclienti@aruba-notifiche.it')),
         ('To', rc),
         ('Subject', 'Avviso di scadenza: il servizio PEC sta per essere sospeso'),
         ('Date', R(dt)),
         ('Message-ID', '<%s@aruba-notifiche.it>' % hx(sd + 'mid', 30))],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1]).replace('\n\n\n', '\n')), H(html), bnd('=', sd)))

    # ------------------------------------------------------------------ 27 it
    dt = mkdt('2026-12-03 11:55:02', '+0100')
    sd = 'a27'
    rc = 'g.romano@example.com'
    purl = 'https://ivaservizi-agenziaentrate.fatture-sdi.com/ricevuta?id=IT09876543210_0%s' % alnum(sd + 'f', 4).upper()
    pdfdata = pdf(['#Sistema di Interscambio - Notifica di scarto', '', 'Identificativo SdI: 1148%07d' % num(sd, 1000000, 9999999),
                   'Nome file: IT09876543210_00A7K.xml', 'Data ricezione: 02/12/2026', '', 'Esito: SCARTO',
                   'Codice errore 00311 - Codice destinatario non valido', '',
                   'La fattura non e stata recapitata al destinatario. Per visualizzare il dettaglio dell\'errore e',
                   'reinviare il documento accedere al servizio Fatture e Corrispettivi:', '',
                   '>> VISUALIZZA DETTAGLIO E REINVIA <<', '', '', 'Agenzia delle Entrate - Sogei S.p.A.'],
                  title='Notifica di scarto', producer='iText 7.2.5', links=[(56, 580, 330, 600, purl)])
    text = ('Gentile utente,\n\nsi trasmette in allegato la notifica di scarto relativa alla fattura elettronica '
            'n. 2026/1187 (file IT09876543210_00A7K.xml).\n\nLa fattura non risulta emessa ai fini fiscali. '
            'Si prega di verificare il dettaglio e procedere al reinvio entro 5 giorni.\n\nSistema di Interscambio\n')
    body = MIX([T(text, 'iso-8859-1', 'quoted-printable'),
                ATT('application/pdf', pdfdata, 'Notifica_scarto_IT09876543210_00A7K.pdf')], bnd('java', sd))
    add(F, 27, 'it', 'sdi-notifica-scarto-pdf-link',
        'Fake e-invoicing exchange (SdI) rejection notice: PDF attachment with an embedded link annotation to a look-alike Agenzia delle Entrate portal.',
        '<sdi11@fatture-sdi.com>', rc, 'mail.fatture-sdi.com', 'vps-7c1b3a2e.vps.ovh.net', '141.94.73.212', dt,
        [('From', A('Sistema di Interscambio', 'sdi11@fatture-sdi.com')),
         ('To', rc),
         ('Subject', 'Notifica di scarto fattura elettronica n. 2026/1187 - IT09876543210_00A7K'),
         ('Date', R(dt)),
         ('Message-ID', '<%s.JavaMail.sdi@fatture-sdi.com>' % num(sd, 10 ** 8, 10 ** 9))],
        body)

    # ------------------------------------------------------------------ 28 it
    dt = mkdt('2026-12-03 14:00:00', '+0100')
    sd = 'a28'
    rc = 'info@examplegroup.eu'
    tr = 'https://a8x2c.emailsp.com/f/rnl.aspx/?' + hx(sd + 't', 24)
    paras = ['<b>Corsi obbligatori sicurezza sul lavoro – D.Lgs. 81/08</b>', '',
             'Gentile Responsabile,', '',
             "con l'entrata in vigore del nuovo Accordo Stato-Regioni sulla formazione, tutti i lavoratori, preposti e dirigenti "
             "devono completare l'aggiornamento entro i nuovi termini. Le sanzioni per il datore di lavoro arrivano fino a 7.000 euro.", '',
             '&#10004; Corsi in e-learning riconosciuti, attestato immediato<br>&#10004; Formazione Preposti, Dirigenti, RLS, Antincendio, Primo Soccorso<br>&#10004; Pacchetti aziendali da 29 € a dipendente', '',
             '<a href="%s&l=1">Scopri i corsi e richiedi un preventivo gratuito</a>' % tr, '',
             'FormaSicura Italia S.r.l. – Ente di formazione', '',
             '<small>Ricevi questa email perché il tuo indirizzo è presente in elenchi pubblici. Ai sensi del GDPR puoi <a href="%s&l=u">cancellarti</a> in qualsiasi momento.</small>' % tr]
    html = simple_html([p for p in paras if p], 'iso-8859-1')
    add(F, 28, 'it', 'corsi-sicurezza-lavoro-bulk',
        'Unsolicited bulk marketing for mandatory workplace-safety training courses sent via an Italian ESP to a scraped generic address.',
        '<bounce-%s@bounce.emailsp.com>' % hx(sd, 10), rc, 'mta-sp07.emailsp.net', 'mta-sp07.emailsp.net', '94.103.137.7', dt,
        [('From', A('FormaSicura Italia', 'newsletter@formasicura-italia.it')),
         ('To', rc),
         ('Subject', ew('Sicurezza sul lavoro: aggiornamento obbligatorio entro il 2027 – sanzioni fino a 7.000 €', 'iso-8859-15', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@emailsp.com>' % hx(sd + 'mid', 28)),
         ('List-Unsubscribe', '<%s&l=u>' % tr),
         ('X-Mailer', 'MailUp')],
        ALT(T(strip_tags(text_of(paras)).replace('&#10004;', '*'), 'iso-8859-15'), H(html.replace('iso-8859-1', 'iso-8859-15'), 'iso-8859-15'), bnd('=', sd)))

    # ------------------------------------------------------------------ 29 it
    dt = mkdt('2026-12-04 17:41:13', '+0100')
    sd = 'a29'
    rc = 'm.bianchi@examplegroup.eu'
    link = 'https://inbiz-intesasanpaolo.verifica-dispositivo.com/login?c=' + hx(sd + 'c', 12)
    html = ('<html><body style="font-family:Arial;font-size:14px;color:#222">\n'
            '<p style="color:#006837;font-size:20px"><b>INTESA SANPAOLO</b> &middot; Inbiz</p>\n'
            '<p>Gentile Cliente,</p>\n<p>abbiamo rilevato un tentativo di accesso al servizio <b>Inbiz</b> da un dispositivo non riconosciuto '
            '(Windows 11 - Chrome, Bucarest, RO) alle ore 17:32 del 04/12/2026.</p>\n'
            '<p>Se non sei stato tu, per tutelare la tua azienda abbiamo sospeso temporaneamente le disposizioni di pagamento. '
            'Per riattivarle conferma la tua identit&agrave;:</p>\n'
            '<p><a href="%s">Verifica il dispositivo</a></p>\n'
            '<p>Intesa Sanpaolo S.p.A.</p></body></html>\n') % link
    add(F, 29, 'it', 'intesa-inbiz-accesso-sospetto',
        'Bank security-alert phish (Intesa Sanpaolo Inbiz "unrecognised device") leading to a look-alike login; HTML-only message from a botnet host without TLS.',
        '<avvisi@intesasanpaolo-inbiz.com>', rc, 'hmeuxlqg', '177-92-213-41.dsl.telesp.net.br', '177.92.213.41', dt,
        [('From', A('Intesa Sanpaolo', 'avvisi@intesasanpaolo-inbiz.com')),
         ('To', rc),
         ('Subject', 'Accesso non riconosciuto - disposizioni sospese'),
         ('Date', R(dt)),
         ('Message-ID', '<%s$%s@hmeuxlqg>' % (hx(sd + 'm1', 12).upper(), hx(sd + 'm2', 8).upper()))],
        H(html, 'us-ascii', '7bit'), tls=False)

    # ------------------------------------------------------------------ 30 pl
    dt = mkdt('2026-11-30 18:26:44', '+0100')
    sd = 'a30'
    rc = 'a.kowalczyk@example.com'
    link = 'https://inpost-pl.doplata-paczka.com/track/%d' % num(sd, 10 ** 11, 10 ** 12)
    paras = ['Dzień dobry,', '',
             'Twoja przesyłka nr <b>%d</b> nie mogła zostać umieszczona w Paczkomacie® WRO12M z powodu niepełnego adresu odbiorcy.' % num(sd + 'n', 10 ** 23, 10 ** 24),
             '', 'Aby ponownie nadać przesyłkę, uzupełnij dane i opłać dopłatę w wysokości <b>2,49 zł</b>. Brak dopłaty w ciągu 48 godzin spowoduje zwrot przesyłki do nadawcy.',
             '', '<a href="%s">Uzupełnij dane i zapłać</a>' % link, '',
             'Pozdrawiamy,', 'Zespół InPost']
    html = simple_html([p for p in paras if p], 'iso-8859-2')
    add(F, 30, 'pl', 'inpost-doplata-paczkomat',
        'Parcel-locker (InPost) phish demanding a 2.49 PLN surcharge via a look-alike payment page, ISO-8859-2 encoded.',
        '<powiadomienia@inpost-paczka.info>', rc, 'inpost-paczka.info', 'vmi1984412.contaboserver.net', '185.209.179.41', dt,
        [('From', A('InPost', 'powiadomienia@inpost-paczka.info')),
         ('To', rc),
         ('Subject', ew('Przesyłka wstrzymana – wymagana dopłata 2,49 zł', 'iso-8859-2', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@inpost-paczka.info>' % hx(sd + 'mid', 24))],
        ALT(T(text_of(paras), 'iso-8859-2'), H(html, 'iso-8859-2'), bnd('=', sd)))

    # ------------------------------------------------------------------ 31 pl
    dt = mkdt('2026-12-01 10:03:27', '+0100')
    sd = 'a31'
    rc = 'k.nowak@example.com'
    ksef = '5213%06d-20261201-%s-%s' % (num(sd, 100000, 999999), hx(sd + 'k1', 6).upper(), hx(sd + 'k2', 2).upper())
    link = 'https://ksef-mf.faktury-podglad.pl/web/invoice/%s' % ksef
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Lato,Arial;font-size:14px;color:#1b1b1b">\n'
            '<div style="border-top:4px solid #d5232f;padding:16px 0"><b>Krajowy System e-Faktur</b> | Ministerstwo Finansów</div>\n'
            '<p>Szanowni Państwo,</p>\n<p>w Krajowym Systemie e-Faktur udostępniono nową fakturę ustrukturyzowaną, w której Państwa podmiot występuje jako nabywca.</p>\n'
            '<table cellpadding="4" style="border-collapse:collapse;font-size:13px">'
            '<tr><td>Numer KSeF:</td><td><b>%s</b></td></tr>'
            '<tr><td>Sprzedawca:</td><td>TRANS-SPED POLSKA SP. Z O.O.</td></tr>'
            '<tr><td>Kwota brutto:</td><td>38 745,60 PLN</td></tr>'
            '<tr><td>Termin płatności:</td><td>04.12.2026</td></tr></table>\n'
            '<p>Z uwagi na rozbieżność w danych nabywcy faktura wymaga potwierdzenia odbioru. Potwierdzenia należy dokonać za pomocą profilu zaufanego lub logowania bankowego.</p>\n'
            '<p><a href="%s" style="background:#0052a5;color:#fff;padding:10px 20px;text-decoration:none">Pobierz fakturę i UPO</a></p>\n'
            '<p style="font-size:11px;color:#666">Wiadomość wygenerowana automatycznie przez system KSeF. Prosimy na nią nie odpowiadać.</p>\n'
            '</body></html>\n') % (ksef, link)
    add(F, 31, 'pl', 'ksef-faktura-potwierdzenie',
        'Fake national e-invoicing system (KSeF) notification asking the accountant to "confirm receipt" of an invoice via trusted-profile / bank login on a look-alike site.',
        '<powiadomienia@ksef-powiadomienia.pl>', rc, 'mail.ksef-powiadomienia.pl', 'static.142.31.9.5.clients.your-server.de', '5.9.31.142', dt,
        [('From', A('Krajowy System e-Faktur', 'powiadomienia@ksef-powiadomienia.pl')),
         ('To', rc),
         ('Subject', ew('KSeF: nowa faktura wymaga potwierdzenia odbioru', 'UTF-8', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@ksef-powiadomienia.pl>' % hx(sd + 'mid', 32))],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1]), 'UTF-8', 'base64'), H(html, 'UTF-8', 'base64'), bnd('=', sd)))

    # ------------------------------------------------------------------ 32 pl
    dt = mkdt('2026-12-02 12:16:38', '+0100')
    sd = 'a32'
    rc = 'k.nowak@example.com'
    h_, r_, ip, pre, extra = gmail(sd, dt, rc, host='mail-wm1-f54.google.com')
    new_iban = iban('PL', '10901014' + '0000071219812874')
    text = ('Dzień dobry Pani Katarzyno,\n\nuprzejmie informuję, że w związku ze zmianą banku obsługującego naszą firmę '
            'od 1 grudnia 2026 r. obowiązuje nowy numer rachunku bankowego Partner Logistik Sp. z o.o.:\n\n'
            '%s\n(Santander Bank Polska S.A.)\n\nRachunek jest już zgłoszony na białą listę podatników VAT, aktualizacja w '
            'wykazie może potrwać kilka dni. Prosimy o uregulowanie faktur FV/2026/11/0812 oraz FV/2026/11/0873 na nowy rachunek. '
            'Stary rachunek w PKO BP zostanie zamknięty.\n\nProszę o potwierdzenie zmiany mailowo - jestem w tym tygodniu w '
            'delegacji i mam ograniczony dostęp do telefonu.\n\nPozdrawiam serdecznie\n--\nTomasz Zieliński\nKierownik ds. '
            'Kluczowych Klientów\nPartner Logistik Sp. z o.o.\nul. Logistyczna 7, 55-040 Bielany Wrocławskie\n') % iban_fmt(new_iban)
    html = gmail_html([_x(l) for l in text.strip().split('\n')])
    add(F, 32, 'pl', 'partner-logistik-przejete-konto-zmiana-rachunku',
        'Bank-detail-change fraud from the logistics partner\'s genuinely compromised Google Workspace mailbox (t.zielinski@partner-logistik.pl); replies are diverted by a Reply-To on a look-alike domain.',
        '<t.zielinski@partner-logistik.pl>', rc, h_, r_, ip, dt,
        [('From', A('Tomasz Zieliński', 't.zielinski@partner-logistik.pl')),
         ('Date', R(dt)),
         ('Message-ID', gmail_mid(sd)),
         ('Subject', ew('Zmiana numeru rachunku bankowego - Partner Logistik', 'UTF-8', 'Q')),
         ('To', A('Katarzyna Nowak', rc)),
         ('Reply-To', A('Tomasz Zieliński', 't.zielinski@partner-logistlk.pl')),
         ] + extra,
        ALT(T(text), H(html), bnd('gmail', sd)), pre=pre)

    # ------------------------------------------------------------------ 33 pl
    dt = mkdt('2026-12-03 03:47:15', '+0700')
    sd = 'a33'
    rc = 'p.wisniewski@examplegroup.eu'
    btc = 'bc1q' + alnum(sd + 'btc', 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')
    text = ('Cześć!\n\nMam złe wieści. Kilka miesięcy temu uzyskałem dostęp do urządzeń, z których korzystasz do '
            'przeglądania internetu. Wysłałem Ci tę wiadomość z Twojego własnego konta, co widzisz w polu nadawcy.\n\n'
            'Zainstalowałem oprogramowanie, które nagrywało obraz z kamery i ekran podczas odwiedzania przez Ciebie stron dla '
            'dorosłych. Mam też kopię wszystkich Twoich kontaktów i wiadomości.\n\nJeśli chcesz, żebym usunął wszystkie materiały, '
            'przelej równowartość 1450 USD w Bitcoin na mój portfel:\n\n%s\n\nMasz 48 godzin od otwarcia tego listu. '
            'Wiem, kiedy go przeczytasz. Nie próbuj mi odpowiadać ani zgłaszać tego na policję - w przeciwnym razie nagrania trafią '
            'do wszystkich Twoich kontaktów i współpracowników.\n\nNie bierz tego do siebie, to tylko biznes.\n') % btc
    add(F, 33, 'pl', 'sekstorsja-bitcoin-self-spoof',
        'Sextortion/bitcoin blackmail in Polish, spoofing the recipient\'s own address as sender, sent without TLS from a foreign residential IP.',
        '<p.wisniewski@examplegroup.eu>', rc, '[113.161.54.20]', 'static.vnpt.vn', '113.161.54.20', dt,
        [('From', A('Piotr Wiśniewski', rc, 'UTF-8', 'B')),
         ('To', rc),
         ('Subject', ew('Konto zostało przejęte - masz 48 godzin', 'UTF-8', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@examplegroup.eu>' % hx(sd + 'mid', 20).upper()),
         ('X-Priority', '3')],
        T(text, 'UTF-8', 'base64'), tls=False)

    # ------------------------------------------------------------------ 34 pl
    dt = mkdt('2026-12-04 07:58:02', '+0100')
    sd = 'a34'
    rc = 'a.kowalczyk@example.com'
    gzdata = gz('Potwierdzenie_przelewu_PKO_BP_04122026.exe', (PLACEHOLDER % 'Windows PE executable, AgentTesla-type information stealer').encode())
    text = ('Dzień dobry,\n\nw załączeniu przesyłam potwierdzenie przelewu za zaległą fakturę FV 2026/11/187.\n'
            'Proszę o sprawdzenie i potwierdzenie zaksięgowania wpłaty.\n\nPozdrawiam\nEwa Kaczmarek\nBiuro Rachunkowe Rach-Serwis\n')
    body = MIX([T(text, 'iso-8859-2', 'quoted-printable'),
                ATT('application/x-gzip', gzdata, 'Potwierdzenie_przelewu_PKO_BP_04122026.gz')], bnd('nextpart', sd))
    add(F, 34, 'pl', 'potwierdzenie-przelewu-gz',
        'Malspam "payment confirmation" from a compromised Polish accounting-office mailbox with a .gz archive wrapping a Windows executable (placeholder).',
        '<biuro@rach-serwis.com.pl>', rc, 's61.cyber-folks.pl', 's61.cyber-folks.pl', '185.201.112.61', dt,
        [('From', A('Ewa Kaczmarek', 'biuro@rach-serwis.com.pl')),
         ('To', rc),
         ('Subject', ew('Potwierdzenie przelewu - zaległa płatność FV 2026/11/187', 'iso-8859-2', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@rach-serwis.com.pl>' % hx(sd + 'mid', 24)),
         ('X-Mailer', 'Microsoft Outlook 16.0')],
        body, pre=['from [45.140.%d.%d] (port=%d helo=DESKTOP-%s)\n\tby s61.cyber-folks.pl with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <biuro@rach-serwis.com.pl>)\n\tid 1vQz4k-0003Lx-0q\n\tfor %s; %s' % (
            num(sd + 'a', 1, 250), num(sd + 'b', 1, 250), num(sd + 'p', 49152, 65000), alnum(sd + 'd', 7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), rc, R(dt, 1, '+0100'))])

    # ------------------------------------------------------------------ 35 pl
    dt = mkdt('2026-12-04 12:20:45', '+0100')
    sd = 'a35'
    rc = 'info@examplegroup.eu'
    acct = iban('PL', '11602202' + '0000000%09d' % num(sd, 100000000, 999999999))
    pdfdata = pdf(['#FAKTURA PROFORMA nr PRO/2026/12/4471', '', 'Sprzedawca: Rejestr Domen i Wyszukiwarek Sp. z o.o.', 'Nabywca: EXAMPLE GROUP',
                   '', 'Usluga: Rejestracja i pozycjonowanie domeny examplegroup.eu w wyszukiwarkach', 'Okres: 12 miesiecy (01.01.2027 - 31.12.2027)',
                   '', 'Kwota netto: 1 490,00 PLN', 'VAT 23%: 342,70 PLN', 'Do zaplaty: 1 832,70 PLN', '', 'Termin platnosci: 11.12.2026',
                   'Rachunek: ' + iban_fmt(acct), '', '', 'Oplacenie faktury proforma oznacza akceptacje regulaminu uslugi.',
                   'Dokument nie jest faktura VAT i nie stanowi wezwania do zaplaty.'],
                  title='Proforma', producer='mPDF 8.2')
    text = ('Szanowni Państwo,\n\nw załączeniu przesyłamy fakturę proforma dotyczącą przedłużenia usługi rejestracji i '
            'pozycjonowania domeny examplegroup.eu na rok 2027.\n\nProsimy o terminowe opłacenie faktury w celu zachowania '
            'ciągłości usługi i widoczności domeny w wyszukiwarkach.\n\nZ poważaniem\nDział Obsługi Klienta\n'
            'Rejestr Domen i Wyszukiwarek\n')
    body = MIX([T(text, 'iso-8859-2', '8bit'), ATT('application/pdf', pdfdata, 'Proforma_PRO-2026-12-4471.pdf')], bnd('php', sd))
    add(F, 35, 'pl', 'domena-proforma-slamming',
        'Domain-slamming scam: "pro-forma invoice" for renewing search-engine registration of examplegroup.eu, worded to look like a domain renewal.',
        '<faktury@rejestr-domen-wyszukiwarek.pl>', rc, 'rejestr-domen-wyszukiwarek.pl', 'vps-21448.lh.pl', '46.242.241.18', dt,
        [('Date', R(dt)),
         ('From', A('Rejestr Domen', 'faktury@rejestr-domen-wyszukiwarek.pl')),
         ('To', rc),
         ('Subject', ew('Faktura proforma PRO/2026/12/4471 – domena examplegroup.eu', 'iso-8859-2', 'Q')),
         ('Message-ID', '<%s@rejestr-domen-wyszukiwarek.pl>' % alnum(sd + 'mid', 32)),
         ('X-Mailer', 'PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)')],
        body)


    # ------------------------------------------------------------------ 36 el
    dt = mkdt('2026-11-30 13:09:55', '+0200')
    sd = 'a36'
    rc = 'e.georgiou@example.com'
    link = 'https://myaade-epistrofi.gov-gr.info/taxisnet/login?ref=' + hx(sd + 'r', 10)
    paras = ['Αγαπητέ/ή φορολογούμενε,', '',
             'Μετά την εκκαθάριση της δήλωσης φορολογίας εισοδήματος νομικών προσώπων για το φορολογικό έτος 2025, '
             'προκύπτει <b>επιστροφή φόρου ύψους 1.284,60 €</b> υπέρ της επιχείρησής σας.', '',
             'Για την πίστωση του ποσού απαιτείται επιβεβαίωση του λογαριασμού IBAN μέσω των κωδικών TAXISnet έως τις 04/12/2026.', '',
             '<a href="%s">Επιβεβαίωση στοιχείων επιστροφής</a>' % link, '',
             'Με εκτίμηση,', 'Ανεξάρτητη Αρχή Δημοσίων Εσόδων (ΑΑΔΕ)']
    html = simple_html([p for p in paras if p], 'iso-8859-7')
    add(F, 36, 'el', 'aade-epistrofi-forou',
        'Greek tax authority (AADE/myAADE) "tax refund" phish asking for TAXISnet credentials, ISO-8859-7 encoded.',
        '<noreply@aade-epistrofi.info>', rc, 'aade-epistrofi.info', 'static.88.41.21.65.clients.your-server.de', '65.21.41.88', dt,
        [('From', A('ΑΑΔΕ - myAADE', 'noreply@aade-epistrofi.info', 'iso-8859-7', 'B')),
         ('To', rc),
         ('Subject', ew('Ειδοποίηση επιστροφής φόρου - ενέργεια απαιτείται', 'iso-8859-7', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@aade-epistrofi.info>' % hx(sd + 'mid', 28))],
        ALT(T(text_of(paras), 'iso-8859-7'), H(html, 'iso-8859-7'), bnd('=', sd)))

    # ------------------------------------------------------------------ 37 el
    dt = mkdt('2026-12-01 16:38:21', '+0200')
    sd = 'a37'
    rc = 'n.dimitriou@example.com'
    link = 'https://elta-courier.paradosi-gr.com/track?n=GR%09d' % num(sd, 10 ** 8, 10 ** 9 - 1)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">\n'
            '<p style="background:#003e7e;color:#fff;padding:12px;font-size:18px"><b>ΕΛΤΑ Courier</b></p>\n'
            '<p>Αγαπητέ πελάτη,</p>\n<p>Το δέμα σας με αριθμό αποστολής <b>ET%09dGR</b> δεν ήταν δυνατό να παραδοθεί λόγω ελλιπούς διεύθυνσης.</p>\n'
            '<p>Για να προγραμματίσετε νέα παράδοση, παρακαλούμε επιβεβαιώστε τα στοιχεία σας και καταβάλετε το τέλος επαναποστολής <b>1,45 €</b>.</p>\n'
            '<p><a href="%s">Προγραμματισμός παράδοσης</a></p>\n<p>ΕΛΤΑ Courier Α.Ε.</p></body></html>\n') % (num(sd, 10 ** 8, 10 ** 9 - 1), link)
    add(F, 37, 'el', 'elta-courier-telos-paradosis',
        'Greek courier (ELTA Courier) undelivered-parcel phish demanding a 1.45 EUR redelivery fee, sent through a compromised Brevo sender.',
        '<%s@bounces.brevosend.com>' % hx(sd, 16), rc, 'mr21-92.brevosend.com', 'mr21-92.brevosend.com', '1.179.121.92', dt,
        [('From', A('ΕΛΤΑ Courier', 'info@kafeteria-thessaloniki.gr')),
         ('To', rc),
         ('Subject', ew('Η αποστολή σας δεν παραδόθηκε - απαιτείται ενέργεια', 'UTF-8', 'B')),
         ('Date', R(dt)),
         ('Message-Id', '<%s.%d@smtp-relay.mailin.fr>' % (hx(sd + 'mid', 32), num(sd + 'n', 1000, 9999))),
         ('X-Mailer', 'Brevo'),
         ('Feedback-ID', '1.179.121.92:%d_-1:%d:Brevo' % (num(sd + 'f', 1000000, 9999999), num(sd + 'g', 100, 999)))],
        H(html, 'UTF-8', 'base64'))

    # ------------------------------------------------------------------ 38 el
    dt = mkdt('2026-12-02 09:27:34', '+0200')
    sd = 'a38'
    rc = 'g.papadopoulos@examplegroup.eu'
    link = 'https://ebanking-eurobank.business-secure.gr.com/login?id=' + hx(sd + 'l', 10)
    paras = ['Αξιότιμε πελάτη,', '',
             'Σύμφωνα με την Οδηγία (ΕΕ) 2015/2366 (PSD2) και τις νέες απαιτήσεις ισχυρής ταυτοποίησης, '
             'είναι απαραίτητη η επικαιροποίηση των στοιχείων των νόμιμων εκπροσώπων της εταιρείας σας στο Eurobank Business Banking.', '',
             'Μέχρι την ολοκλήρωση της διαδικασίας, οι μαζικές πληρωμές και οι μεταφορές άνω των 5.000 € έχουν τεθεί σε αναμονή.', '',
             '<a href="%s">Επικαιροποίηση στοιχείων</a>' % link, '',
             'Με εκτίμηση,', 'Eurobank Business Banking']
    html = simple_html([p for p in paras if p], 'windows-1253')
    add(F, 38, 'el', 'eurobank-business-epikairopoiisi',
        'Greek corporate-banking phish (Eurobank Business Banking KYC update) with a deceptive subdomain link, windows-1253 encoded.',
        '<info@eurobank-business.gr.com>', rc, 'eurobank-business.gr.com', 'mail.eurobank-business.gr.com', '45.147.228.19', dt,
        [('From', A('Eurobank', 'info@eurobank-business.gr.com', 'windows-1253', 'B')),
         ('To', rc),
         ('Subject', ew('Επικαιροποίηση στοιχείων νομίμων εκπροσώπων', 'windows-1253', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@eurobank-business.gr.com>' % hx(sd + 'mid', 30))],
        ALT(T(text_of(paras), 'windows-1253'), H(html, 'windows-1253'), bnd('nextpart', sd)))

    # ------------------------------------------------------------------ 39 el
    dt = mkdt('2026-12-03 10:44:17', '+0200')
    sd = 'a39'
    rc = 'e.georgiou@example.com'
    h_, r_, ip, pre, extra = gmail(sd, dt, rc, host='mail-ed1-f48.google.com')
    text = ('Ελένη καλημέρα,\n\nΕίσαι στο γραφείο; Είμαι σε σύσκεψη με πελάτη και δεν μπορώ να μιλήσω στο τηλέφωνο.\n\n'
            'Χρειάζομαι να μου τακτοποιήσεις κάτι επειγόντως σήμερα για δώρα σε πελάτες για τα Χριστούγεννα. '
            'Θέλω να αγοράσεις 10 κάρτες Apple Gift Card των 100 € από το πλησιέστερο κατάστημα ή online, θα σου '
            'τα επιστρέψουμε κανονικά από το ταμείο.\n\nΣτείλε μου φωτογραφία με τους κωδικούς στο πίσω μέρος μόλις '
            'τις πάρεις. Μην το αναφέρεις σε κανέναν, είναι έκπληξη.\n\nΕυχαριστώ,\nΓιώργος\n\nΣτάλθηκε από το κινητό μου\n')
    html = gmail_html([_x(l) for l in text.strip().split('\n')])
    add(F, 39, 'el', 'gift-cards-country-manager',
        'Gift-card BEC in Greek impersonating the Greek country manager from a Gmail account, asking the accountant to buy Apple gift cards and send the codes.',
        '<g.papadopoulos.examplegroup@gmail.com>', rc, h_, r_, ip, dt,
        [('From', A('Γιώργος Παπαδόπουλος', 'g.papadopoulos.examplegroup@gmail.com', 'UTF-8', 'B')),
         ('Date', R(dt)),
         ('Message-ID', gmail_mid(sd)),
         ('Subject', ew('Επείγον', 'UTF-8', 'B')),
         ('To', rc)] + extra,
        ALT(T(text, 'UTF-8', 'base64'), H(html, 'UTF-8', 'base64'), bnd('gmail', sd)), pre=pre)

    # ------------------------------------------------------------------ 40 el
    dt = mkdt('2026-12-04 11:00:00', '+0200')
    sd = 'a40'
    rc = 'g.papadopoulos@examplegroup.eu'
    tr = 'https://r.sp1-brevo.net/mk/cl/f/' + alnum(sd + 't', 40)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;background:#f4f6f8">\n'
            '<table width="600" align="center" cellpadding="20" style="background:#fff"><tr><td>\n'
            '<h2 style="color:#1f5fa8">Νέο ΕΣΠΑ 2026: επιδότηση έως 70%% για ψηφιακό μετασχηματισμό</h2>\n'
            '<p>Αγαπητέ επιχειρηματία,</p>\n<p>Ανοίγει το νέο πρόγραμμα «Ψηφιακός Μετασχηματισμός ΜμΕ» με προϋπολογισμό επενδύσεων από 20.000 € έως 400.000 € '
            'και ποσοστό επιχορήγησης έως 70%%. Αναλαμβάνουμε τον έλεγχο επιλεξιμότητας, την υποβολή και την υλοποίηση χωρίς προκαταβολή.</p>\n'
            '<p style="text-align:center"><a href="%s" style="background:#f28c00;color:#fff;padding:12px 24px;text-decoration:none">Δωρεάν έλεγχος επιλεξιμότητας</a></p>\n'
            '<p>Σύμβουλοι Ανάπτυξης Ελλάς Ι.Κ.Ε.</p>\n'
            '<p style="font-size:11px;color:#888">Λαμβάνετε αυτό το μήνυμα επειδή η διεύθυνσή σας είναι δημόσια διαθέσιμη. <a href="https://r.sp1-brevo.net/mk/un/%s">Διαγραφή</a></p>\n'
            '</td></tr></table></body></html>\n') % (tr, alnum(sd + 'u', 40))
    add(F, 40, 'el', 'espa-epidotisi-bulk',
        'Unsolicited bulk marketing for EU-subsidy (ESPA) grant consultancy, sent through Brevo to a scraped address.',
        '<%s@bounces.brevosend.com>' % hx(sd, 16), rc, 'mr4-130.brevosend.com', 'mr4-130.brevosend.com', '1.179.116.130', dt,
        [('From', A('Σύμβουλοι Ανάπτυξης', 'info@symvouloi-anaptyxis.gr', 'UTF-8', 'B')),
         ('To', rc),
         ('Subject', ew('Νέο ΕΣΠΑ 2026: επιδότηση έως 70% – δωρεάν έλεγχος επιλεξιμότητας', 'UTF-8', 'B')),
         ('Date', R(dt)),
         ('Message-Id', '<%s.%d@smtp-relay.mailin.fr>' % (hx(sd + 'mid', 32), num(sd + 'n', 1000, 9999))),
         ('List-Unsubscribe', '<https://r.sp1-brevo.net/mk/un/%s>' % alnum(sd + 'u', 40)),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
         ('X-Mailer', 'Brevo'),
         ('Precedence', 'bulk')],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1])), H(html), bnd('go', sd)))


# ===========================================================================
# LEGITIMATE BUSINESS MESSAGES
# ===========================================================================

LIEF_IBAN = iban('DE', '50040000' + '0591223400')


def build_business():
    F = 'business'

    # ------------------------------------------------------------------ 01 en
    dt = mkdt('2026-11-30 17:04:12', '+0000')
    sd = 'b01'
    rc = 't.richter@example.com'
    html = ('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Microsoft Entra</title></head>\n'
            '<body style="margin:0;background:#f2f2f2;font-family:Segoe UI,SegoeUI,Helvetica Neue,Arial,sans-serif">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">\n'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
            '<tr><td style="padding:24px 40px 8px 40px"><img src="https://azurecomcdn.azureedge.net/cvt-5b6d/images/shared/microsoft-logo.png" width="108" alt="Microsoft"></td></tr>\n'
            '<tr><td style="padding:8px 40px;font-size:26px;color:#0078d4">Microsoft Entra Connect Sync versions older than 2.5.x will stop synchronising on 1 April 2027</td></tr>\n'
            '<tr><td style="padding:16px 40px;font-size:14px;line-height:20px;color:#323130">\n'
            'You\'re receiving this email because you\'re a Global Administrator or Hybrid Identity Administrator of the tenant <b>examplegroup.onmicrosoft.com</b>.<br><br>\n'
            'We\'re retiring older versions of Microsoft Entra Connect Sync as part of our ongoing security hardening. From 1 April 2027, '
            'servers running versions earlier than 2.5.x will no longer be able to synchronise changes to Microsoft Entra ID.<br><br>\n'
            '<b>Required action</b><br>To avoid service disruption, upgrade your Microsoft Entra Connect Sync server(s) to the latest version before 1 April 2027. '
            'Your tenant currently reports at least one server on version 2.3.20.0.<br><br>\n'
            '<a href="https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-upgrade-previous-version" style="color:#0078d4">Learn how to upgrade</a><br>'
            '<a href="https://aka.ms/EntraConnectVersionHistory" style="color:#0078d4">View the version release history</a><br><br>\n'
            'If you have questions, contact Microsoft support through the Microsoft Entra admin center.</td></tr>\n'
            '<tr><td style="padding:16px 40px;font-size:12px;color:#605e5c;background:#fafafa">Tracking ID: %s<br><br>'
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Privacy Statement</a><br>'
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>\n'
            '</table></td></tr></table></body></html>\n') % ('%s-%s' % (alnum(sd + 't', 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ'), alnum(sd + 't2', 3, '0123456789ABCDEF')))
    add(F, 1, 'en', 'microsoft-entra-connect-retirement',
        'Genuine Microsoft Entra admin notice to the IT administrator about an upcoming Entra Connect Sync version retirement, with links to learn.microsoft.com/aka.ms.',
        '<azure-noreply@microsoft.com>', rc, 'DU2PR03CU002.outbound.protection.outlook.com', 'mail-northeuropeazon11011012.outbound.protection.outlook.com', '52.101.65.12', dt,
        [('From', A('Microsoft Azure', 'azure-noreply@microsoft.com')),
         ('To', rc),
         ('Subject', 'Action required: Upgrade Microsoft Entra Connect Sync before 1 April 2027'),
         ('Date', R(dt)),
         ('Message-ID', '<%s@az.northeurope.microsoft.com>' % '-'.join([hx(sd + 'm1', 8), hx(sd + 'm2', 4), hx(sd + 'm3', 4), hx(sd + 'm4', 4), hx(sd + 'm5', 12)])),
         ('X-Priority', '3'),
         ('x-ms-publictraffictype', 'Email')],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1])), H(html), bnd('=', sd)),
        pre=['from AS8P251MB0781.EURP251.PROD.OUTLOOK.COM (2603:10a6:20b:5c6::9) by\n AM9P251MB0512.EURP251.PROD.OUTLOOK.COM (2603:10a6:20b:45e::12) with Microsoft\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9412.7; %s' % R(dt, 1, '+0000')])

    # ------------------------------------------------------------------ 02 en
    dt = mkdt('2026-12-01 10:22:47', '-0800')
    sd = 'b02'
    rc = 'o.bennett@examplegroup.eu'
    g = lambda s: '-'.join([hx(sd + s + '1', 8), hx(sd + s + '2', 4), hx(sd + s + '3', 4), hx(sd + s + '4', 4), hx(sd + s + '5', 12)])
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (g('a'), g('b'), g('c'))
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="margin:0;padding:0;background:#eaeaea">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="background:#eaeaea"><tr><td align="center" style="padding:24px 0">\n'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">\n'
            '<tr><td style="padding:24px 32px 0 32px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" width="116" alt="Docusign"></td></tr>\n'
            '<tr><td style="padding:24px 32px"><table width="100%%" style="background:#1e4ca1;color:#ffffff"><tr><td align="center" style="padding:28px 24px;font-size:16px">\n'
            'Rachel Owens sent you a document to review and sign.<br><br>\n'
            '<a href="' + link + '" style="background:#ffc820;color:#1e1e1e;text-decoration:none;font-weight:bold;padding:10px 22px;display:inline-block">REVIEW DOCUMENT</a>\n'
            '</td></tr></table></td></tr>\n'
            '<tr><td style="padding:0 32px 24px 32px;font-size:15px;color:#333333"><b>Rachel Owens</b><br>'
            '<a href="mailto:r.owens@harbourline-retail.co.uk" style="color:#2463d1">r.owens@harbourline-retail.co.uk</a><br><br>'
            'Hi Oliver,<br><br>As discussed on Thursday, please find the 2027 supply agreement for signature. Legal have incorporated your comments on clause 7.2 (delivery windows). '
            'Once you have signed, it will route to our CFO for countersignature.<br><br>Many thanks,<br>Rachel</td></tr>\n'
            '<tr><td style="padding:16px 32px;background:#f4f4f4;font-size:11px;color:#666666"><b>Do Not Share This Email</b><br>'
            'This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>'
            '<b>Alternate Signing Method</b><br>Visit docusign.com, click \'Access Documents\', and enter the security code:<br>%s<br><br>'
            '<b>About Docusign</b><br>Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.<br><br>'
            '<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.</td></tr>\n'
            '</table></td></tr></table>\n</body></html>\n') % hx(sd + 'sec', 32).upper()
    add(F, 2, 'en', 'docusign-supply-agreement',
        'Genuine DocuSign envelope from a UK customer (sent from DocuSign\'s EU platform, Reply-To the customer\'s contact) for the 2027 supply agreement.',
        '<dse@eumail.docusign.net>', rc, 'mailfr2.eu.docusign.net', 'mailfr2.eu.docusign.net', '185.111.26.42', dt,
        [('From', A('Rachel Owens via Docusign', 'dse@eumail.docusign.net')),
         ('Reply-To', A('Rachel Owens', 'r.owens@harbourline-retail.co.uk')),
         ('To', A('Oliver Bennett', rc)),
         ('Subject', 'Complete with Docusign: Harbourline_Supply_Agreement_2027_ExampleGroup.pdf'),
         ('Date', R(dt)),
         ('Message-ID', '<%s@docusign.net>' % hx(sd + 'mid', 32)),
         ('X-DocuSign-EnvelopeId', g('a')),
         ('X-API-Host', 'docusign.net')],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1])), H(html), bnd('=', sd)))

    # ------------------------------------------------------------------ 03 en
    dt = mkdt('2026-12-01 15:31:09', '+0000')
    sd = 'b03'
    rc = 'e.clarke@example.com'
    pdfdata = pdf(['#REMITTANCE ADVICE', '', 'Harbourline Retail Ltd', '41 Dock Road, Liverpool L3 4BB', '',
                   'To: Example Group UK Ltd', 'Payment date: 1 Dec 2026', 'Payment reference: HRL-BACS-20261201', '',
                   'Invoice            Date          Amount', 'EGUK-26-1082      02 Oct 2026    GBP 12,480.00',
                   'EGUK-26-1117      16 Oct 2026    GBP  3,915.60', '', 'Total paid: GBP 16,395.60', '',
                   'Paid by BACS to account ending 4471.'], title='Remittance Advice', author='Xero', producer='Xero')
    text = ('Hi Emma,\n\nHere\'s your remittance advice for the payment of GBP 16,395.60 made on 1 Dec 2026.\n\n'
            'The remittance advice is attached to this email.\n\nIf you have any questions, please let us know.\n\n'
            'Thanks,\nAccounts Payable\nHarbourline Retail Ltd\n')
    html = ('<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#1f2933">'
            + ''.join('<p>%s</p>' % _x(l) for l in text.strip().split('\n\n')).replace('\n', '<br>') +
            '<p style="font-size:11px;color:#8a97a5">Sent by Harbourline Retail Ltd using Xero, beautiful business software.</p></body></html>\n')
    body = MIX([ALT(T(text), H(html), bnd('java', sd + 'a')),
                ATT('application/pdf', pdfdata, 'Remittance Advice - Harbourline Retail Ltd.pdf')], bnd('java', sd + 'm'))
    add(F, 3, 'en', 'xero-remittance-advice',
        'Genuine Xero remittance advice (PDF) from a UK customer\'s accounts team, sent through Xero\'s mailing infrastructure.',
        '<%s@eu-west-1.amazonses.com>' % ('0102019' + hx(sd + 'rp', 9) + '-' + hx(sd + 'rq', 8) + '-000000'), rc,
        'a7-21.smtp-out.eu-west-1.amazonses.com', 'a7-21.smtp-out.eu-west-1.amazonses.com', '54.240.7.21', dt,
        [('From', A('Harbourline Retail Ltd', 'messaging-service@post.xero.com')),
         ('Reply-To', 'accounts@harbourline-retail.co.uk'),
         ('To', A('Emma Clarke', rc)),
         ('Subject', 'Remittance advice from Harbourline Retail Ltd'),
         ('Date', R(dt)),
         ('Message-ID', '<%s@post.xero.com>' % hx(sd + 'mid', 32)),
         ('Feedback-ID', '::1.eu-west-1.%s:AmazonSES' % alnum(sd + 'fb', 43)),
         ('X-SES-Outgoing', '2026.12.01-54.240.7.21')],
        body)

    # ------------------------------------------------------------------ 04 en
    dt = mkdt('2026-12-02 09:00:41', '+0000')
    sd = 'b04'
    rc = 'e.clarke@example.com'
    text = ('EXAMPLE GROUP UK LIMITED (company number 0918%04d)\n\n'
            'Your confirmation statement is due by 14 December 2026.\n\n'
            'You must check and confirm that the information we hold about your company is correct at least once every 12 months. '
            'This is called a confirmation statement.\n\n'
            'You can file the confirmation statement online:\n'
            'https://find-and-update.company-information.service.gov.uk/company/0918%04d/confirmation-statement\n\n'
            'It costs £50 to file online. It\'s a criminal offence not to file a confirmation statement within 14 days of the due date.\n\n'
            'You\'re getting this email because you signed up for email reminders from Companies House.\n\n'
            'Companies House\n') % (num(sd, 1000, 9999), num(sd, 1000, 9999))
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:19px;color:#0b0c0c;margin:0">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b0c0c;padding:12px 20px;color:#fff;font-size:28px"><b>GOV.UK</b></td></tr></table>\n'
            '<div style="max-width:580px;padding:20px">' + ''.join('<p style="line-height:25px">%s</p>' % _x(p).replace('\n', '<br>') for p in text.strip().split('\n\n')) +
            '</div></body></html>\n')
    add(F, 4, 'en', 'companies-house-confirmation-statement',
        'Genuine Companies House reminder (via GOV.UK Notify) that the UK subsidiary\'s confirmation statement is due, with a link to the official filing service.',
        '<%s@eu-west-2.amazonses.com>' % ('0109019' + hx(sd + 'rp', 9) + '-' + hx(sd + 'rq', 8) + '-000000'), rc,
        'a11-72.smtp-out.eu-west-2.amazonses.com', 'a11-72.smtp-out.eu-west-2.amazonses.com', '54.240.11.72', dt,
        [('From', A('Companies House', 'noreply@notifications.service.gov.uk')),
         ('To', rc),
         ('Subject', 'Confirmation statement due for EXAMPLE GROUP UK LIMITED'),
         ('Date', R(dt)),
         ('Message-ID', '<%s@eu-west-2.amazonses.com>' % ('0109019' + hx(sd + 'mid', 9) + '-' + hx(sd + 'mid2', 8) + '-' + '-'.join([hx(sd + 'x1', 4), hx(sd + 'x2', 4), hx(sd + 'x3', 4)]) + '-000000')),
         ('Feedback-ID', '::1.eu-west-2.%s:AmazonSES' % alnum(sd + 'fb', 43)),
         ('X-SES-Outgoing', '2026.12.02-54.240.11.72')],
        ALT(T(text), H(html), bnd('=', sd)))

    # ------------------------------------------------------------------ 05 en
    dt = mkdt('2026-12-03 06:30:00', '+0000')
    sd = 'b05'
    rc = 'l.fischer@example.com'
    u = hx(sd + 'u', 25)
    lid = hx(sd + 'l', 10)
    eid = hx(sd + 'e', 10)

    def trk(n):
        return 'https://freightbrief.us21.list-manage.com/track/click?u=%s&amp;id=%s&amp;e=%s' % (u, hx(sd + 'id%d' % n, 10), eid)
    stories = [('Rhine low water returns: barge surcharges climb for Q1 contracts', 'Operators on the Rhine have reintroduced low-water surcharges as Kaub gauge readings fall below 80cm.'),
               ('EU ETS for shipping: what the 70% phase-in means for 2027 rates', 'Carriers are publishing new EU ETS surcharges ahead of January. We compare the main lines.'),
               ('Polish road hauliers warn of driver shortage ahead of peak', 'Industry association ZMPD says rates on Poland-Germany lanes rose 6% in November.'),
               ('Webinar: e-CMR adoption across Europe - 10 December, 14:00 CET', 'Join our panel with hauliers and shippers on digital consignment notes.')]
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>FreightBrief Europe</title></head>\n<body style="margin:0;background:#f0f2f5">\n'
            '<center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif">\n'
            '<tr><td style="padding:20px;background:#12263f;color:#fff;font-size:26px">FreightBrief <span style="color:#f5a623">Europe</span><br>'
            '<span style="font-size:13px;font-family:Arial">Thursday briefing &middot; 3 December 2026</span></td></tr>\n'
            + ''.join('<tr><td style="padding:16px 20px;border-bottom:1px solid #e3e6ea"><a href="%s" style="font-size:19px;color:#12263f;text-decoration:none"><b>%s</b></a>'
                      '<p style="font-family:Arial;font-size:14px;color:#444">%s</p></td></tr>\n' % (trk(i), _x(t), _x(d)) for i, (t, d) in enumerate(stories)).replace('%', '%%')
            + '<tr><td style="padding:16px 20px;font-family:Arial;font-size:11px;color:#777">You are receiving this email because you subscribed to FreightBrief Europe at freightbrief.eu.<br>'
            'FreightBrief Media Ltd &middot; 71-75 Shelton Street &middot; London WC2H 9JQ &middot; United Kingdom<br>'
            '<a href="https://freightbrief.us21.list-manage.com/profile?u=%s&amp;id=%s&amp;e=%s">update your preferences</a> or '
            '<a href="https://freightbrief.us21.list-manage.com/unsubscribe?u=%s&amp;id=%s&amp;e=%s">unsubscribe from this list</a></td></tr>\n'
            '</table></center><img src="https://freightbrief.us21.list-manage.com/track/open.php?u=%s&amp;id=%s&amp;e=%s" height="1" width="1" alt="">\n</body></html>\n') % (u, lid, eid, u, lid, eid, u, hx(sd + 'o', 10), eid)
    text = 'FreightBrief Europe - Thursday briefing, 3 December 2026\n\n' + ''.join('** %s\n%s\n%s\n\n' % (t, d, trk(i).replace('&amp;', '&')) for i, (t, d) in enumerate(stories)) + \
        ('============================================================\nYou are receiving this email because you subscribed to FreightBrief Europe at freightbrief.eu.\n'
         'Unsubscribe: https://freightbrief.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s\n') % (u, lid, eid)
    add(F, 5, 'en', 'freightbrief-newsletter',
        'Subscribed logistics-industry newsletter sent through Mailchimp, with click-tracking redirect links, tracking pixel and list-unsubscribe headers.',
        '<bounce-mc.us21_%d.%d-%s@mail187.suw121.mcdlv.net>' % (num(sd + 'b1', 10 ** 7, 10 ** 8), num(sd + 'b2', 10 ** 6, 10 ** 7), rc.replace('@', '=')), rc,
        'mail187.suw121.mcdlv.net', 'mail187.suw121.mcdlv.net', '198.2.187.121', dt,
        [('Subject', 'Rhine low water returns | EU ETS 2027 surcharges | e-CMR webinar'),
         ('From', A('FreightBrief Europe', 'briefing@freightbrief.eu')),
         ('Reply-To', A('FreightBrief Europe', 'briefing@freightbrief.eu')),
         ('To', A('Lena', rc)),
         ('Date', R(dt)),
         ('Message-ID', '<%s.%s@mail187.suw121.mcdlv.net>' % (hx(sd + 'mid', 27), hx(sd + 'mid2', 25))),
         ('List-ID', '%s mailchimp list <%s.%s.list-id.mcsv.net>' % (u, u, lid)),
         ('List-Unsubscribe', '<https://freightbrief.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net>' % (u, lid, eid, hx(sd + 'c', 10), u, hx(sd + 'c', 10), eid)),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
         ('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (hx(sd + 'cid', 20), eid)),
         ('X-Campaign', 'mailchimp%s.%s' % (u, hx(sd + 'c', 10))),
         ('X-campaignid', 'mailchimp%s.%s' % (u, hx(sd + 'c', 10))),
         ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (u, hx(sd + 'c', 10), eid)),
         ('X-MC-User', u),
         ('Feedback-ID', '%d:%d.%d:us21:mc' % (num(sd + 'f1', 10 ** 7, 10 ** 8), num(sd + 'f2', 10 ** 6, 10 ** 7), num(sd + 'f3', 10 ** 5, 10 ** 6))),
         ('Precedence', 'bulk')],
        ALT(T(text, 'utf-8', 'quoted-printable'), H(html), bnd('=', sd)),
        pre=['from localhost (localhost [127.0.0.1])\n\tby mail187.suw121.mcdlv.net (Mailchimp) with ESMTP id 4dMhq02Z1sz6Cq0s\n\tfor <%s>; %s' % (rc, R(dt, 0, '+0000', True))])

    # ------------------------------------------------------------------ 06 en
    dt = mkdt('2026-12-03 20:14:52', '+0000')
    sd = 'b06'
    rc = 'e.clarke@example.com'
    h_, r_, ip, pre, extra = gmail(sd, dt, rc, host='mail-lf1-f51.google.com')
    paras = ['Hi Emma,', '',
             'Sorry to send this from my personal account - my laptop is with IT for a new SSD (ticket INC-20418) and Outlook on my phone keeps asking me to re-enrol MFA, so I can\'t get into Concur tonight.', '',
             'Attached are photos of the two receipts from the Hamburg customer visit last week (hotel and the team dinner with Hanseatic Foods, 4 people). '
             'I\'ll enter them properly in Concur once I have the laptop back on Monday, but I know you wanted everything for November by Friday.', '',
             'Hotel: EUR 412.00 (2 nights)', 'Dinner: EUR 286.50', '',
             'Cheers,', 'Olly']
    jp1 = jpeg_gray(1280, 960, 'Receipt photo placeholder (hotel)')
    jp2 = jpeg_gray(960, 1280, 'Receipt photo placeholder (restaurant)')
    body = MIX([ALT(T(text_of(paras)), H(gmail_html([_x(p) for p in paras])), bnd('gmail', sd + 'a')),
                ATT('image/jpeg', jp1, 'IMG_4821.jpeg', extra=['X-Attachment-Id: f_m%s0' % hx(sd + 'x1', 7)], cid='f_m%s0' % hx(sd + 'x1', 7)),
                ATT('image/jpeg', jp2, 'IMG_4822.jpeg', extra=['X-Attachment-Id: f_m%s1' % hx(sd + 'x2', 7)], cid='f_m%s1' % hx(sd + 'x2', 7))],
               bnd('gmail', sd + 'm'))
    add(F, 6, 'en', 'colleague-personal-gmail-receipts',
        'UK sales colleague writing from his personal Gmail (laptop in repair) to the UK finance manager with two receipt photos for expenses.',
        '<olly.bennett84@gmail.com>', rc, h_, r_, ip, dt,
        [('From', A('Oliver Bennett', 'olly.bennett84@gmail.com')),
         ('Date', R(dt)),
         ('Message-ID', gmail_mid(sd)),
         ('Subject', 'Hamburg receipts (from my personal email - laptop with IT)'),
         ('To', A('Emma Clarke', rc))] + extra,
        body, pre=pre)


    # ------------------------------------------------------------------ 07 de
    dt = mkdt('2026-11-30 07:45:00', '+0100')
    sd = 'b07'
    rc = 's.wagner@example.com'
    pdfdata = pdf(['#Commerzbank AG', 'Preis- und Leistungsverzeichnis Firmenkunden', 'Gueltig ab 1. Februar 2027', '',
                   'Auszug der Aenderungen:', '- Kontofuehrung Business Premium: 39,90 EUR mtl. (bisher 34,90 EUR)',
                   '- SEPA-Echtzeitueberweisung beleglos: 0,00 EUR (unveraendert)', '- Auslandszahlung Nicht-SEPA: 0,15 %, mind. 12,50 EUR',
                   '- Verification of Payee (Empfaengerueberpruefung): kostenfrei', '',
                   'Die vollstaendige Fassung finden Sie unter www.commerzbank.de/firmenkunden/preise.',
                   '', 'Widerspruchsrecht: Die Aenderungen gelten als genehmigt, wenn Sie nicht vor dem vorgeschlagenen',
                   'Zeitpunkt ihres Wirksamwerdens widersprechen (Nr. 12 Abs. 5 AGB-Banken).'],
                  title='PLV Firmenkunden 2027', author='Commerzbank AG', producer='Adobe PDF Library 17.0')
    paras = ['Sehr geehrte Frau Wagner,', '',
             'zum 1. Februar 2027 passen wir unser Preis- und Leistungsverzeichnis für Firmenkunden an. Einen Auszug der Änderungen '
             'sowie Ihre Rechte finden Sie in der beigefügten PDF-Datei. Die Mitteilung wird Ihnen zusätzlich in Ihr Postfach im '
             'Firmenkundenportal zugestellt.', '',
             'Wenn Sie mit den Änderungen einverstanden sind, müssen Sie nichts weiter tun.', '',
             'Bei Fragen wenden Sie sich gerne an Ihre Firmenkundenbetreuerin, Frau Petra Lorenz, Telefon 069 1362-48810.', '',
             'Mit freundlichen Grüßen', 'Ihre Commerzbank AG', '',
             'Bitte beachten Sie: Wir fragen Sie niemals per E-Mail nach PIN, TAN oder Zugangsdaten und versenden keine Links zur Anmeldung.', '',
             'Commerzbank AG, Kaiserplatz, 60311 Frankfurt am Main. Vorsitzende des Aufsichtsrats: ... Vorstand: ... Sitz der Gesellschaft: Frankfurt am Main, Registergericht: Amtsgericht Frankfurt am Main HRB 32000']
    html = simple_html([_x(p) for p in paras if p], 'windows-1252')
    body = MIX([ALT(T(text_of(paras), 'windows-1252'), H(html, 'windows-1252'), bnd('java', sd + 'a')),
                ATT('application/pdf', pdfdata, 'Preis-und-Leistungsverzeichnis_Firmenkunden_2027.pdf')], bnd('java', sd + 'm'))
    add(F, 7, 'de', 'commerzbank-preisverzeichnis-2027',
        'Genuine notice from the company\'s bank about price-list changes from February 2027, with the PDF excerpt and no login links.',
        '<bounce-plv2027@mailing.commerzbank.com>', rc, 'mout3.commerzbank.com', 'mout3.commerzbank.com', '193.200.152.43', dt,
        [('From', A('Commerzbank AG', 'info@mailing.commerzbank.com')),
         ('To', A('Sabine Wagner', rc)),
         ('Subject', ew('Änderung des Preis- und Leistungsverzeichnisses zum 01.02.2027', 'windows-1252', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%d.%s.JavaMail.prod@mailing.commerzbank.com>' % (num(sd, 10 ** 8, 10 ** 9), hx(sd + 'j', 8))),
         ('X-Mailer', 'CBK Output Management 4.2')],
        body)

    # ------------------------------------------------------------------ 08 de
    dt = mkdt('2026-12-01 06:12:33', '+0100')
    sd = 'b08'
    rc = 'invoices@example.com'
    inv = 'RE-2026-11873'
    gross = '14832.60'
    epc = 'BCD\n002\n1\nSCT\nCOBADEFFXXX\nLieferant GmbH\n%s\nEUR%s\n\n\n%s\n' % (LIEF_IBAN, gross, inv)
    pdfdata = pdf(['#Lieferant GmbH', 'Industriestrasse 12 - 63067 Offenbach am Main', '', 'Example Group GmbH', 'Kreditorenbuchhaltung',
                   'Mainzer Landstrasse 50', '60325 Frankfurt am Main', '', '#Rechnung ' + inv, 'Rechnungsdatum: 30.11.2026   Kunden-Nr.: 20417',
                   'Ihre Bestellung: 4500018832 vom 12.11.2026   Lieferschein: LS-2026-08812', '',
                   'Pos  Artikel                      Menge   Einzelpreis     Gesamt', '10   Montageplatte MP-400 verzinkt    120     48,50 EUR   5.820,00 EUR',
                   '20   Wandkonsole WK-220               300     22,40 EUR   6.720,00 EUR', '30   Befestigungsset BS-12             40      6,15 EUR     246,00 EUR', '',
                   'Summe Positionen: 12.786,00 EUR', 'abzgl. Gutschrift GS-2026-0311 (netto): -321,63 EUR', 'Nettobetrag: 12.464,37 EUR',
                   'USt. 19 %: 2.368,23 EUR', 'Zahlbetrag: 14.832,60 EUR', '', 'Zahlbar bis 30.12.2026 ohne Abzug.', 'Bankverbindung: Commerzbank AG  IBAN ' + iban_fmt(LIEF_IBAN) + '  BIC COBADEFFXXX',
                   'GiroCode zur Zahlung siehe rechts.', '', 'Geschaeftsfuehrer: Thomas Lieferant - AG Offenbach HRB 41872 - USt-IdNr. DE213456789'],
                  title='Rechnung ' + inv, author='Lieferant GmbH', producer='Sage 100 / PDF-XChange 10', qr=qr_matrix(epc, 'M'), qr_pos=(440, 330), qr_mod=2)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" '
           'xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" '
           'xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">\n'
           ' <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>\n'
           ' <rsm:ExchangedDocument><ram:ID>%s</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20261130</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>\n'
           ' <rsm:SupplyChainTradeTransaction>\n'
           '  <ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>4500018832</ram:BuyerReference>\n'
           '   <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>63067</ram:PostcodeCode><ram:CityName>Offenbach am Main</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE213456789</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>\n'
           '   <ram:BuyerTradeParty><ram:Name>Example Group GmbH</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>60325</ram:PostcodeCode><ram:CityName>Frankfurt am Main</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>\n'
           '  </ram:ApplicableHeaderTradeAgreement>\n'
           '  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>\n'
           '   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>%s</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>\n'
           '   <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount currencyID="EUR">12464.37</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">2368.23</ram:TaxTotalAmount><ram:GrandTotalAmount>%s</ram:GrandTotalAmount><ram:DuePayableAmount>%s</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>\n'
           '  </ram:ApplicableHeaderTradeSettlement>\n'
           ' </rsm:SupplyChainTradeTransaction>\n</rsm:CrossIndustryInvoice>\n') % (inv, LIEF_IBAN, gross, gross)
    text = ('Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung %s vom 30.11.2026 als PDF sowie als '
            'E-Rechnung im Format XRechnung (CII).\n\nBei Rückfragen zur Rechnung wenden Sie sich bitte an '
            'rechnungen@lieferant-gmbh.de oder Tel. +49 69 8090 1234-40.\n\nMit freundlichen Grüßen\nLieferant GmbH\n'
            'Finanzbuchhaltung\n\nLieferant GmbH | Industriestraße 12 | 63067 Offenbach am Main\nGeschäftsführer: Thomas Lieferant | '
            'AG Offenbach HRB 41872 | USt-IdNr. DE213456789\n') % inv
    body = MIX([T(text, 'iso-8859-1', 'quoted-printable'),
                ATT('application/pdf', pdfdata, 'Rechnung_%s.pdf' % inv),
                ATT('application/xml', xml.encode(), 'xrechnung_%s.xml' % inv)], bnd('=', sd))
    add(F, 8, 'de', 'lieferant-rechnung-xrechnung',
        'Genuine supplier invoice from rechnungen@lieferant-gmbh.de with PDF (containing a legitimate EPC/GiroCode payment QR) and the XRechnung CII XML e-invoice.',
        '<rechnungen@lieferant-gmbh.de>', rc, 'mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '85.214.132.47', dt,
        [('Date', R(dt)),
         ('From', A('Lieferant GmbH - Buchhaltung', 'rechnungen@lieferant-gmbh.de')),
         ('To', rc),
         ('Subject', 'Rechnung %s / Kunden-Nr. 20417' % inv),
         ('Message-ID', '<%s.%s@erp.lieferant-gmbh.de>' % (num(sd, 10 ** 9, 10 ** 10), hx(sd + 'm', 8))),
         ('X-Mailer', 'Sage 100 Mailversand 9.0')],
        body, pre=['from erp01.lieferant.local (p57802cd2.dip0.t-ipconnect.de [87.128.44.210])\n\t(Authenticated sender: rechnungen@lieferant-gmbh.de)\n\tby mail.lieferant-gmbh.de (Postfix) with ESMTPSA id 4dLhB70F3kz2xRt\n\tfor <%s>; %s' % (rc, R(dt, 1, '+0100', True))])

    # ------------------------------------------------------------------ 09 de
    dt = mkdt('2026-12-01 14:27:50', '+0100')
    sd = 'b09'
    rc = 's.braun@example.com'
    xl = xlsx([['Artikel-Nr.', 'Bezeichnung', 'Preis 2026 (EUR)', 'Preis ab 01.01.2027 (EUR)', 'Änderung'],
               ['MP-400', 'Montageplatte verzinkt', 48.5, 50.9, '4,9 %'],
               ['WK-220', 'Wandkonsole', 22.4, 23.3, '4,0 %'],
               ['BS-12', 'Befestigungsset', 6.15, 6.15, '0,0 %'],
               ['TR-80', 'Tragschiene 2 m', 31.2, 32.8, '5,1 %']], sheet='Preisliste 2027')
    paras = ['Hallo Herr Braun,', '',
             'wie im Oktober bei Ihrem Besuch angekündigt, erhalten Sie anbei unsere aktualisierte Preisliste gültig ab 01.01.2027.', '',
             'Die Anpassung liegt im Schnitt bei 3,8 % und betrifft vor allem verzinkte Artikel (Stahl- und Energiekosten). '
             'Die Befestigungssets bleiben unverändert. Für Bestellungen, die bis zum 18.12.2026 eingehen, gelten noch die alten Preise.', '',
             'Gerne können wir die Konditionen für den Rahmenvertrag 2027 im Januar persönlich besprechen.', '',
             'Viele Grüße aus Offenbach', '',
             'Sandra Maier', 'Vertriebsinnendienst', 'Lieferant GmbH | Industriestraße 12 | 63067 Offenbach am Main',
             'Tel. +49 69 8090 1234-21 | s.maier@lieferant-gmbh.de']
    html = outlook_html([_x(p) for p in paras], 'DE', 'iso-8859-1')
    body = MIX([ALT(T(text_of(paras), 'iso-8859-1'), H(html, 'iso-8859-1'), bnd('nextpart', sd + 'a')),
                ATT('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xl, 'Preisliste_2027_Example_Group.xlsx')], bnd('nextpart', sd + 'm'))
    add(F, 9, 'de', 'lieferant-preisliste-2027-xlsx',
        'Genuine mail from the supplier\'s sales contact s.maier@lieferant-gmbh.de announcing the 2027 price increase with an XLSX price list.',
        '<s.maier@lieferant-gmbh.de>', rc, 'mail.lieferant-gmbh.de', 'mail.lieferant-gmbh.de', '85.214.132.47', dt,
        [('From', A('Sandra Maier', 's.maier@lieferant-gmbh.de')),
         ('To', A('Stefan Braun', rc)),
         ('Subject', 'Preisliste 2027'),
         ('Date', R(dt)),
         ('Message-ID', '<000a01dc%s$%s$%s@lieferant-gmbh.de>' % (hx(sd + '1', 4), hx(sd + '2', 8), hx(sd + '3', 8))),
         ('X-Mailer', 'Microsoft Outlook 16.0'),
         ('Thread-Index', tindex(sd)),
         ('Content-Language', 'de')],
        body, pre=['from PCVERTRIEB03 (p57802cd2.dip0.t-ipconnect.de [87.128.44.210])\n\t(Authenticated sender: s.maier@lieferant-gmbh.de)\n\tby mail.lieferant-gmbh.de (Postfix) with ESMTPSA id 4dLqN52vHcz2xRw\n\tfor <%s>; %s' % (rc, R(dt, 1, '+0100', True))])

    # ------------------------------------------------------------------ 10 de
    dt = mkdt('2026-12-01 16:05:18', '+0100')
    sd = 'b10'
    rc = 'l.fischer@example.com'
    pre, mb = exch_internal(sd, dt)
    paras = ['Liebe Kolleginnen und Kollegen,', '',
             'ab dem <b>15.12.2026</b> stellen wir die Anmeldung an Microsoft 365, VPN und SAP schrittweise von SMS-Codes auf '
             '<b>Passkeys in der Microsoft Authenticator App</b> um. SMS als zweiter Faktor wird danach abgeschaltet.', '',
             '<b>Was müssen Sie tun?</b>', '1. Öffnen Sie im Firmennetz oder per VPN die Seite <a href="https://mysignins.microsoft.com/security-info">https://mysignins.microsoft.com/security-info</a>.',
             '2. Wählen Sie „Anmeldemethode hinzufügen“ → „Passkey in Microsoft Authenticator“ und folgen Sie den Schritten.',
             '3. Eine bebilderte Anleitung finden Sie im Intranet: <a href="https://intranet.example.com/it/passkeys">https://intranet.example.com/it/passkeys</a>', '',
             'Wichtig: Die IT wird Sie <b>niemals</b> per E-Mail, Teams oder Telefon nach Ihrem Passwort oder einem Code fragen. '
             'Melden Sie verdächtige Nachrichten bitte über den Button „Phishing melden“ in Outlook.', '',
             'Bei Fragen erreichen Sie den Service Desk unter Durchwahl -4444 oder it-servicedesk@example.com.', '',
             'Viele Grüße', 'Tobias Richter', 'IT-Sicherheit | Example Group GmbH']
    html = outlook_html(paras, 'DE', 'utf-8')
    add(F, 10, 'de', 'it-servicedesk-passkeys-umstellung',
        'Internal IT announcement (via the internal relay) asking all staff to register passkeys for MFA by 15 December, with links to Microsoft\'s real security-info page and the intranet.',
        '<it-servicedesk@example.com>', rc, INT_HELO[0], INT_HELO[1], INT_HELO[2], dt,
        [('From', A('IT-Servicedesk Example Group', 'it-servicedesk@example.com')),
         ('Sender', A('Tobias Richter', 't.richter@example.com')),
         ('To', A('Alle Mitarbeitenden DE', 'alle-de@example.com')),
         ('Subject', ew('[IT-Info] Umstellung der Anmeldung auf Passkeys – Handlungsbedarf bis 15.12.2026', 'utf-8', 'Q')),
         ('Thread-Topic', ew('[IT-Info] Umstellung der Anmeldung auf Passkeys – Handlungsbedarf bis 15.12.2026', 'utf-8', 'Q')),
         ('Thread-Index', tindex(sd)),
         ('Date', R(dt)),
         ('Message-ID', exch_mid(sd, mb)),
         ('Accept-Language', 'de-DE, en-US'),
         ('Content-Language', 'de-DE'),
         ('X-MS-Has-Attach', ''),
         ('X-MS-Exchange-Organization-SCL', '-1'),
         ('X-MS-TNEF-Correlator', ''),
         ('x-originating-ip', '[10.20.30.117]')],
        ALT(T(text_of(paras)), H(html), bnd('outlook', sd)), pre=pre, tls=True)

    # ------------------------------------------------------------------ 11 de
    dt = mkdt('2026-12-02 05:12:07', '+0100')
    sd = 'b11'
    rc = 'm.becker@example.com'
    text = ('Sehr geehrte Nutzerin, sehr geehrter Nutzer,\n\nfür Ihr Benutzerkonto "ExampleGroup_Steuern" liegen in Mein ELSTER '
            'neue Informationen für Sie bereit.\n\nArt der Information: Bescheiddaten (Umsatzsteuer-Vorauszahlung)\n'
            'Ordnungsbegriff: 045 220 ***** \nEingangsdatum: 01.12.2026\n\nSie können die Informationen nach dem Login in '
            'Mein ELSTER unter "Posteingang" abrufen. Rufen Sie hierfür die Internetseite www.elster.de direkt über Ihren Browser auf.\n\n'
            'Aus Sicherheitsgründen enthält diese E-Mail keine Links zu Mein ELSTER und keine Anhänge.\n\n'
            'Bitte antworten Sie nicht auf diese E-Mail; diese Adresse ist nicht für den Empfang von Nachrichten eingerichtet.\n\n'
            'Mit freundlichen Grüßen\nIhr ELSTER-Team\n')
    add(F, 11, 'de', 'elster-bescheiddaten-benachrichtigung',
        'Genuine ELSTER (German tax portal) notification that new tax assessment data is available; plain text, deliberately no links or attachments.',
        '<noreply@elster.de>', rc, 'mail1.elster.de', 'mail1.elster.de', '193.109.238.34', dt,
        [('Date', R(dt)),
         ('From', A('ELSTER', 'noreply@elster.de')),
         ('To', rc),
         ('Subject', ew('Benachrichtigung über neue Informationen in Mein ELSTER', 'UTF-8', 'Q')),
         ('Message-ID', '<%d.%d.%d@elster.de>' % (num(sd, 10 ** 6, 10 ** 7), num(sd + 'b', 10 ** 6, 10 ** 7), num(sd + 'c', 10 ** 12, 10 ** 13)))],
        T(text, 'UTF-8', 'quoted-printable'))

    # ------------------------------------------------------------------ 12 de
    dt = mkdt('2026-12-04 19:48:29', '+0100')
    sd = 'b12'
    rc = 'bewerbung@example.com'
    cv = pdf(['#Lebenslauf - Kevin Yilmaz', '', 'Anschrift: Hanauer Landstrasse 201, 60314 Frankfurt am Main', 'Geboren: 14.03.1998',
              '', 'Berufserfahrung', '2021-heute  Fachkraft fuer Lagerlogistik, Rhein-Main Logistik GmbH, Hanau',
              '2017-2020  Ausbildung Fachkraft fuer Lagerlogistik, Kuehne + Nagel, Frankfurt', '', 'Kenntnisse',
              'SAP EWM, Staplerschein, Gefahrgut ADR 1.3, Englisch B2, Tuerkisch Muttersprache'], title='Lebenslauf Kevin Yilmaz', author='Kevin Yilmaz', producer='Microsoft Word 2021')
    letter = pdf(['Kevin Yilmaz - Hanauer Landstrasse 201 - 60314 Frankfurt', '', 'Example Group GmbH - Personalabteilung', '',
                  '#Bewerbung als Fachkraft fuer Lagerlogistik (m/w/d)', '', 'Sehr geehrte Frau Schneider,', '',
                  'mit grossem Interesse habe ich Ihre Stellenanzeige gelesen ...'], title='Anschreiben', author='Kevin Yilmaz', producer='Microsoft Word 2021')
    zeug = pdf(['#Arbeitszeugnis (Zwischenzeugnis)', 'Rhein-Main Logistik GmbH', '', 'Herr Kevin Yilmaz ist seit 01.08.2021 ...'], title='Zeugnisse', producer='Canon iR-ADV C5840 Scan')
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Sehr geehrte Frau Schneider,</div>\n'
            '<div>&nbsp;</div><div>hiermit bewerbe ich mich auf Ihre Stellenanzeige als Fachkraft f&uuml;r Lagerlogistik (m/w/d) am Standort Frankfurt (Referenz LOG-2026-14).</div>\n'
            '<div>&nbsp;</div><div>Im Anhang finden Sie mein Anschreiben, meinen Lebenslauf und meine Zeugnisse als PDF. Ich k&ouml;nnte zum 01.03.2027 beginnen.</div>\n'
            '<div>&nbsp;</div><div>&Uuml;ber eine R&uuml;ckmeldung freue ich mich.</div><div>&nbsp;</div><div>Mit freundlichen Gr&uuml;&szlig;en</div><div>Kevin Yilmaz</div><div>Tel. 0157 3390 2715</div></div></body></html>\n')
    body = MIX([H(html, 'UTF-8', 'quoted-printable'),
                ATT('application/pdf', letter, 'Anschreiben_Kevin_Yilmaz.pdf'),
                ATT('application/pdf', cv, 'Lebenslauf_Kevin_Yilmaz.pdf'),
                ATT('application/pdf', zeug, 'Zeugnisse_Kevin_Yilmaz.pdf')], bnd('=', sd))
    body.boundary = 'Wicket-Boundary-' + hx(sd + 'tk', 16)
    add(F, 12, 'de', 'bewerbung-lagerlogistik-pdf',
        'Genuine job application from a WEB.DE webmail user with three PDF attachments (cover letter, CV, references) sent to the HR application address.',
        '<kevin.yilmaz@web.de>', rc, 'mout.web.de', 'mout.web.de', '212.227.15.4', dt,
        [('Message-ID', '<trinity-%s-%s-%s-%s-%s-%d@3c-app-webde-bs%d>' % (hx(sd + '1', 8), hx(sd + '2', 4), hx(sd + '3', 4), hx(sd + '4', 4), hx(sd + '5', 12), int(dt.timestamp()) * 1000 + num(sd, 0, 999), num(sd + 'b', 10, 60))),
         ('From', A('Kevin Yilmaz', 'kevin.yilmaz@web.de')),
         ('To', rc),
         ('Subject', ew('Bewerbung als Fachkraft für Lagerlogistik (m/w/d) – Ref. LOG-2026-14', 'UTF-8', 'Q')),
         ('Date', R(dt)),
         ('Importance', 'normal'),
         ('Sensitivity', 'Normal'),
         ('X-Priority', '3'),
         ('X-Provags-ID', 'V03:K1:' + alnum(sd + 'pv', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')),
         ('X-UI-Message-Type', 'mail')],
        body, pre=['from [91.63.%d.%d] ([91.63.%d.%d]) by web-mail.web.de\n (3c-app-webde-bs%d.server.lan [172.19.170.%d]) (via HTTP); %s' % (
            num(sd + 'i', 1, 250), num(sd + 'j', 1, 250), num(sd + 'i', 1, 250), num(sd + 'j', 1, 250), num(sd + 'b', 10, 60), num(sd + 'b', 10, 60), R(dt, 0, '+0100'))])


    # ------------------------------------------------------------------ 13 ru
    dt = mkdt('2026-11-30 18:22:40', '+0300')
    sd = 'b13'
    rc = 'd.sokolov@examplegroup.eu'
    pre, mb = exch_internal(sd, dt, '+0300')
    xl = xlsx([['Дата', 'Клиент', 'Накладная', 'Город', 'Паллет', 'Сумма, руб.'],
               ['03.11.2026', 'ООО «ТеплоСтрой-М»', 'УПД 1712', 'Москва', 12, 1486200],
               ['10.11.2026', 'АО «Север-Логистик»', 'УПД 1741', 'Санкт-Петербург', 8, 904500],
               ['19.11.2026', 'ООО «Уралкомплект»', 'УПД 1788', 'Екатеринбург', 15, 1722800],
               ['27.11.2026', 'ООО «ТеплоСтрой-М»', 'УПД 1830', 'Москва', 6, 611900],
               ['', 'Итого', '', '', 41, 4725400]], sheet='Ноябрь 2026')
    paras = ['Дмитрий Александрович, добрый вечер!', '',
             'Во вложении отчёт по отгрузкам за ноябрь: 4 отгрузки, 41 паллета, 4 725 400 руб. без НДС.', '',
             'По «Уралкомплекту» отгрузка ушла с задержкой на 2 дня из-за перевозчика, клиент в курсе, претензий нет. '
             'На декабрь уже подтверждены две отгрузки для «ТеплоСтрой-М», детали обсудим на планёрке в среду.', '',
             'С уважением,', 'Игорь Волков', 'Логистика и продажи | Example Group, Москва', 'тел. +7 495 120-44-17']
    html = outlook_html([_x(p) for p in paras], 'RU', 'koi8-r')
    body = MIX([ALT(T(text_of(paras), 'koi8-r'), H(html, 'koi8-r'), bnd('outlook', sd + 'a')),
                ATT('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xl, 'Отгрузки_ноябрь_2026.xlsx', fnstyle='ew', fn_cs='koi8-r')],
               bnd('outlook', sd + 'm'))
    add(F, 13, 'ru', 'vnutrennij-otchet-otgruzki-xlsx',
        'Internal mail (via the internal relay) from the Moscow logistics colleague to the Russian general director with the November shipment report in XLSX; Outlook KOI8-R encoding.',
        '<i.volkov@example.com>', rc, INT_HELO[0], INT_HELO[1], INT_HELO[2], dt,
        [('From', A(S('i.volkov@example.com'), 'i.volkov@example.com', 'koi8-r', 'B')),
         ('To', A(S(rc), rc, 'koi8-r', 'B')),
         ('Subject', ew('Отчёт по отгрузкам за ноябрь 2026', 'koi8-r', 'B')),
         ('Thread-Topic', ew('Отчёт по отгрузкам за ноябрь 2026', 'koi8-r', 'B')),
         ('Thread-Index', tindex(sd)),
         ('Date', R(dt)),
         ('Message-ID', exch_mid(sd, mb)),
         ('Accept-Language', 'ru-RU, en-US'),
         ('Content-Language', 'ru-RU'),
         ('X-MS-Has-Attach', 'yes'),
         ('X-MS-TNEF-Correlator', ''),
         ('x-originating-ip', '[10.70.10.54]')],
        body, pre=pre)

    # ------------------------------------------------------------------ 14 ru
    dt = mkdt('2026-12-01 12:41:06', '+0500')
    sd = 'b14'
    rc = 'a.kuznetsova@example.com'
    did = '-'.join([hx(sd + '1', 8), hx(sd + '2', 4), hx(sd + '3', 4), hx(sd + '4', 4), hx(sd + '5', 12)])
    link = 'https://diadoc.kontur.ru/%s/Document/Show?letterId=%s' % (hx(sd + 'box', 32), did)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">\n'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;font-size:20px"><b>Диадок</b></td></tr>\n'
            '<tr><td>Здравствуйте!<br><br>В ящик организации <b>ООО «Экзампл Груп Рус»</b> поступил документ от <b>ООО «Уралкомплект»</b>:<br><br>'
            'Акт сверки взаимных расчётов за период 01.01.2026 — 30.11.2026<br>Требуется подпись.<br><br>'
            '<a href="%s" style="color:#0060c8">Перейти к документу</a><br><br>'
            'Отключить уведомления можно в настройках Диадока.<br><br>С уважением,<br>команда Контур.Диадок<br>8 800 500-10-18</td></tr></table>\n'
            '</body></html>\n') % link
    add(F, 14, 'ru', 'diadok-akt-sverki-uvedomlenie',
        'Genuine Kontur.Diadok e-document notification (reconciliation statement from a customer awaiting signature) linking to the real diadoc.kontur.ru.',
        '<noreply@diadoc.kontur.ru>', rc, 'mx-out2.kontur.ru', 'mx-out2.kontur.ru', '46.17.203.62', dt,
        [('From', A('Диадок', 'noreply@diadoc.kontur.ru', 'UTF-8', 'B')),
         ('To', rc),
         ('Subject', ew('ООО «Уралкомплект» отправил вам документ: Акт сверки', 'UTF-8', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@diadoc.kontur.ru>' % hx(sd + 'mid', 32)),
         ('X-Diadoc-Notification', 'NewDocument')],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1]), 'UTF-8', 'base64'), H(html, 'UTF-8', 'base64'), bnd('=', sd)))

    # ------------------------------------------------------------------ 15 ru
    dt = mkdt('2026-12-02 10:15:44', '+0300')
    sd = 'b15'
    rc = 'a.kuznetsova@example.com'
    paras = ['Уважаемый клиент!', '',
             'В рамках исполнения требований валютного законодательства (Инструкция Банка России № 181-И) просим в срок до 09.12.2026 '
             'предоставить документы, связанные с проведением валютной операции:', '',
             '- платёж от 26.11.2026 на сумму 48 600,00 EUR в пользу Example Group GmbH (Германия);',
             '- договор (контракт) и дополнительные соглашения к нему, если ранее не предоставлялись;',
             '- счёт (инвойс) и документы, подтверждающие поставку товара.', '',
             'Документы необходимо направить через систему «Райффайзен Бизнес Онлайн» в разделе «Валютный контроль» — «Документы». '
             'Пожалуйста, не отправляйте документы ответом на это письмо.', '',
             'По вопросам вы можете обратиться к вашему персональному менеджеру или по телефону 8 800 700-91-00.', '',
             'С уважением,', 'АО «Райффайзенбанк»', 'Управление валютного контроля']
    html = simple_html([_x(p) for p in paras if p], 'windows-1251')
    add(F, 15, 'ru', 'raiffeisen-valyutnyj-kontrol-zapros',
        'Genuine bank currency-control request asking for contract documents for an outgoing EUR payment, directing the client to the bank portal (no links); windows-1251.',
        '<noreply@raiffeisen.ru>', rc, 'mail-out1.raiffeisen.ru', 'mail-out1.raiffeisen.ru', '195.133.147.21', dt,
        [('From', A('АО «Райффайзенбанк»', 'noreply@raiffeisen.ru', 'windows-1251', 'B')),
         ('To', rc),
         ('Subject', ew('Запрос документов по валютной операции от 26.11.2026', 'windows-1251', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s.%d@raiffeisen.ru>' % (hx(sd + 'mid', 16), num(sd, 10 ** 9, 10 ** 10))),
         ('X-Mailer', 'RBO Notification Service')],
        ALT(T(text_of(paras), 'windows-1251'), H(html, 'windows-1251'), bnd('java', sd)))

    # ------------------------------------------------------------------ 16 ru
    dt = mkdt('2026-12-02 15:58:13', '+0300')
    sd = 'b16'
    rc = 'i.volkov@example.com'
    dx = docx(['Техническое задание на поставку', 'Заказчик: ООО «ТеплоСтрой-М»',
               '1. Монтажная плита MP-400 оцинкованная — 400 шт.', '2. Кронштейн настенный WK-220 — 900 шт.',
               '3. Срок поставки: февраль 2027 г., DAP Москва.', '4. Условия оплаты: 30% предоплата, 70% по факту поставки.'],
              title='ТЗ на поставку', creator='Смирнова Е.В.')
    text = ('Добрый день, Игорь!\n\nПрошу направить коммерческое предложение на поставку по техническому заданию во '
            'вложении (монтажные плиты и кронштейны, поставка в феврале 2027 г.).\n\nВ КП просим указать цены с НДС, срок '
            'поставки и условия оплаты. Срок подачи предложений — до 11.12.2026.\n\n-- \nС уважением,\nСмирнова Елена\n'
            'ведущий специалист отдела закупок\nООО «ТеплоСтрой-М»\n+7 (495) 660-21-%02d\n' % num(sd, 10, 99))
    html = '<div>' + '</div><div>'.join(_x(l) if l else '&nbsp;' for l in text.strip().split('\n')) + '</div>\n'
    body = MIX([ALT(T(text, 'utf-8', 'base64'), H(html, 'utf-8', 'base64'), bnd('=', sd + 'a')),
                ATT('application/vnd.openxmlformats-officedocument.wordprocessingml.document', dx, 'ТЗ_поставка_ТеплоСтрой-М.docx', fnstyle='ew')],
               bnd('=', sd + 'm'))
    add(F, 16, 'ru', 'zapros-kp-teplostroy-docx',
        'Genuine request for a commercial offer from a Russian customer on Yandex 360 with a DOCX technical specification.',
        '<zakupki@teplostroy-m.ru>', rc, 'forward500b.mail.yandex.net', 'forward500b.mail.yandex.net', '178.154.239.145', dt,
        [('From', A('Смирнова Елена', 'zakupki@teplostroy-m.ru', 'utf-8', 'B')),
         ('To', A('Игорь Волков', rc, 'utf-8', 'B')),
         ('Subject', ew('Запрос КП: монтажные плиты и кронштейны, поставка 02.2027', 'utf-8', 'B')),
         ('Date', R(dt)),
         ('Message-Id', '<%d%d@mail.yandex.ru>' % (num(sd, 10 ** 6, 10 ** 7), int(dt.timestamp()))),
         ('X-Mailer', 'Yandex Mail'),
         ('X-Yandex-Fwd', '1')],
        body, pre=['from mail-nwsmtp-smtp-production-main-57.klg.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-57.klg.yp-c.yandex.net [IPv6:2a02:6b8:c42:1f2c:0:640:a2b1:0])\n\tby forward500b.mail.yandex.net (Yandex) with ESMTPS id 2F3B66119D\n\tfor <%s>; %s' % (rc, R(dt, 1, '+0300')),
                   'by mail-nwsmtp-smtp-production-main-57.klg.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (alnum(sd + 'y1', 10), alnum(sd + 'y2', 8), R(dt, 0, '+0300'))])

    # ------------------------------------------------------------------ 17 ru
    dt = mkdt('2026-12-03 08:00:00', '+0300')
    sd = 'b17'
    rc = 'a.kuznetsova@example.com'
    tr = 'https://news.consultant.ru/go/?c=%s&u=' % hx(sd + 'c', 12)
    items = [('С 1 января 2027 года меняются лимиты для применения УСН', 'Минфин опубликовал индексированные лимиты доходов и остаточной стоимости основных средств.'),
             ('ФНС утвердила новую форму уведомления об исчисленных суммах налогов', 'Новая форма применяется начиная с уведомлений за январь 2027 года.'),
             ('Календарь бухгалтера на декабрь 2026', 'Основные сроки сдачи отчётности и уплаты налогов в декабре.')]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial;font-size:14px">\n'
            '<table width="640" align="center" cellpadding="12"><tr><td style="background:#c8102e;color:#fff;font-size:20px"><b>КонсультантПлюс</b> · Новости для бухгалтера</td></tr>\n'
            + ''.join('<tr><td><a href="%s%d" style="color:#1a4d8f;font-size:16px"><b>%s</b></a><br>%s</td></tr>\n' % (tr, i, _x(t), _x(d)) for i, (t, d) in enumerate(items)) +
            '<tr><td style="font-size:11px;color:#777">Вы получили это письмо, так как подписаны на рассылку «Новости для бухгалтера». '
            '<a href="https://news.consultant.ru/unsubscribe/?id=%s">Отписаться</a></td></tr></table></body></html>\n') % hx(sd + 'u', 20)
    add(F, 17, 'ru', 'konsultant-plus-rassylka',
        'Subscribed Russian accounting newsletter (law-change digest) with tracked links and unsubscribe header.',
        '<bounce-%s@news.consultant.ru>' % hx(sd, 10), rc, 'mail-news.consultant.ru', 'mail-news.consultant.ru', '91.216.147.12', dt,
        [('From', A('КонсультантПлюс', 'news@consultant.ru', 'UTF-8', 'B')),
         ('To', rc),
         ('Subject', ew('Новости для бухгалтера: лимиты УСН на 2027 год, новая форма уведомления', 'UTF-8', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@news.consultant.ru>' % hx(sd + 'mid', 30)),
         ('List-Unsubscribe', '<https://news.consultant.ru/unsubscribe/?id=%s>' % hx(sd + 'u', 20)),
         ('Precedence', 'bulk')],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1]), 'UTF-8', 'quoted-printable'), H(html, 'UTF-8', 'quoted-printable'), bnd('=', sd)))

    # ------------------------------------------------------------------ 18 ru
    dt = mkdt('2026-12-04 21:37:18', '+0300')
    sd = 'b18'
    rc = 'd.sokolov@examplegroup.eu'
    jp = jpeg_gray(1654, 2339, 'Scan placeholder (signed reconciliation statement)')
    text = ('Дмитрий Александрович, добрый вечер!\n\nПишу с личной почты — из дома не подключается VPN, заявку в IT уже '
            'оформила. Высылаю скан подписанного акта сверки с «Север-Логистик», оригинал привезу в понедельник.\n\n'
            'Копию отправила себе на рабочую почту, чтобы потом приложить к проводке.\n\n--\nАнна Кузнецова\n')
    html = '<div>' + '</div><div>'.join(_x(l) if l else '&nbsp;' for l in text.strip().split('\n')) + '</div>\n'
    body = MIX([ALT(T(text, 'utf-8', 'base64'), H(html, 'utf-8', 'base64'), bnd('=', sd + 'a')),
                ATT('image/jpeg', jp, 'Акт_сверки_Север-Логистик_подписан.jpg', fnstyle='ew')], bnd('=', sd + 'm'))
    add(F, 18, 'ru', 'kollega-lichnaya-pochta-skan',
        'Russian chief accountant writing from her personal Yandex address (VPN down at home) to the general director with a scanned signed statement (JPEG), copying her work address.',
        '<a.kuznetsova.buh@yandex.ru>', rc, 'forward102a.mail.yandex.net', 'forward102a.mail.yandex.net', '178.154.239.85', dt,
        [('From', A('Анна Кузнецова', 'a.kuznetsova.buh@yandex.ru', 'utf-8', 'B')),
         ('To', A('Дмитрий Соколов', rc, 'utf-8', 'B')),
         ('Cc', A('Анна Кузнецова', 'a.kuznetsova@example.com', 'utf-8', 'B')),
         ('Subject', ew('Скан подписанного акта сверки (пишу с личной почты)', 'utf-8', 'B')),
         ('Date', R(dt)),
         ('Message-Id', '<%d%d@mail.yandex.ru>' % (num(sd, 10 ** 6, 10 ** 7), int(dt.timestamp()))),
         ('X-Mailer', 'Yandex Mail')],
        body, pre=['from mail-nwsmtp-smtp-production-main-33.vla.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-33.vla.yp-c.yandex.net [IPv6:2a02:6b8:c0d:4a1:0:640:5e1c:0])\n\tby forward102a.mail.yandex.net (Yandex) with ESMTPS id 8C1D560A2E\n\tfor <%s>; %s' % (rc, R(dt, 1, '+0300')),
                   'by mail-nwsmtp-smtp-production-main-33.vla.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (alnum(sd + 'y1', 10), alnum(sd + 'y2', 8), R(dt, 0, '+0300'))])


    # ------------------------------------------------------------------ 19 es
    dt = mkdt('2026-11-30 08:03:51', '+0100')
    sd = 'b19'
    rc = 'c.garcia@example.com'
    paras = ['Estimado/a Sr./Sra.:', '',
             'Le comunicamos que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).', '',
             'Titular: EXAMPLE GROUP IBERIA SL (B8%07d)' % num(sd, 1000000, 9999999),
             'Organismo emisor: Agencia Estatal de Administración Tributaria', 'Concepto: Requerimiento de información - Modelo 347 ejercicio 2025', '',
             'Para acceder al contenido, acceda a https://dehu.redsara.es con su certificado electrónico o Cl@ve.', '',
             'De acuerdo con el artículo 43 de la Ley 39/2015, las notificaciones por medios electrónicos se entenderán rechazadas cuando hayan transcurrido '
             'diez días naturales desde la puesta a disposición sin que se acceda a su contenido.', '',
             'Este es un mensaje automático; por favor, no responda a este correo. Este aviso no contiene la notificación ni enlaces de acceso personalizados.']
    add(F, 19, 'es', 'dehu-aviso-notificacion',
        'Genuine DEHú (Spanish e-notification service) notice of a tax-agency request, plain text ISO-8859-1, pointing to the official site without personalised links.',
        '<no-reply@correo.gob.es>', rc, 'smtp-salida2.correo.gob.es', 'smtp-salida2.correo.gob.es', '185.73.172.52', dt,
        [('From', A('DEHú - Dirección Electrónica Habilitada única', 'no-reply@correo.gob.es', 'iso-8859-1', 'Q')),
         ('To', rc),
         ('Subject', ew('Aviso de puesta a disposición de notificación en DEHú', 'iso-8859-1', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%d.%d.%d.JavaMail.dehu@pre-notif-%02d>' % (num(sd + 'a', 10 ** 6, 10 ** 7), num(sd + 'b', 10 ** 3, 10 ** 4), num(sd + 'c', 10 ** 12, 10 ** 13), num(sd + 'd', 1, 20)))],
        T(text_of(paras), 'ISO-8859-1', 'quoted-printable'))

    # ------------------------------------------------------------------ 20 es
    dt = mkdt('2026-12-01 08:47:10', '+0100')
    sd = 'b20'
    rc = 'l.fernandez@example.com'
    track = '0473%08d' % num(sd, 10 ** 7, 10 ** 8 - 1)
    tr = 'https://click.e.seur.com/?qs=' + hx(sd + 'q', 64)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f3f3;font-family:Arial,sans-serif">\n'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="background:#e30613;padding:18px 24px;color:#fff;font-size:24px"><b>SEUR</b></td></tr>\n'
            '<tr><td style="padding:24px;font-size:15px;color:#333">Hola,<br><br>Tu envío <b>%s</b> de <b>RS Components</b> llega <b>hoy</b> entre las 12:00 y las 15:00 h.'
            '<br><br>Dirección: C/ de Alcalá 265, 28027 Madrid<br><br>'
            '<a href="%s" style="background:#e30613;color:#fff;padding:12px 22px;text-decoration:none;border-radius:3px">Gestionar mi entrega</a><br><br>'
            'Si no vas a estar, puedes cambiar la fecha o elegir un punto Pickup desde la web o la app de SEUR. Nunca te pediremos pagos por SMS ni correo para entregar un envío nacional.</td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#888">SEUR S.A. · Calle Galileo Galilei 6, 28906 Getafe (Madrid)<br>'
            '<a href="https://www.seur.com/es/privacidad">Política de privacidad</a></td></tr>\n'
            '</table><img src="https://click.e.seur.com/open.aspx?ffcb10-%s" width="1" height="1"></body></html>\n') % (track, tr, hx(sd + 'o', 40))
    add(F, 20, 'es', 'seur-entrega-hoy',
        'Genuine SEUR delivery notification sent through Salesforce Marketing Cloud with tracked links and a tracking pixel.',
        '<bounce-%s@bounce.e.seur.com>' % hx(sd, 16), rc, 'mta6.e.seur.com', 'mta6.e.seur.com', '13.111.66.139', dt,
        [('From', A('SEUR', 'noreply@e.seur.com')),
         ('To', rc),
         ('Subject', ew('Tu envío %s llega hoy' % track, 'utf-8', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%s.%d@mta6.e.seur.com>' % (hx(sd + 'mid', 32), num(sd + 'n', 10 ** 6, 10 ** 7))),
         ('x-job', '%d_%d' % (num(sd + 'j', 10 ** 6, 10 ** 7), num(sd + 'k', 10 ** 6, 10 ** 7))),
         ('X-SFMC-Stack', '50')],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1])), H(html), bnd('sf', sd)))

    # ------------------------------------------------------------------ 21 es
    dt = mkdt('2026-12-02 11:36:22', '+0100')
    sd = 'b21'
    rc = 'j.martinez@examplegroup.eu'
    helo, rdns, ip, pre, srv, fq = m365(sd, dt, rc, pod='eurprd04', eop=('EUR04-DB3-obe', 'db3eur04on2', '40.107.6.', 90))
    po = pdf(['#PEDIDO DE COMPRA PC-2026-0938', 'Industrias Ebro S.A. - Av. de Cataluna 301 - 50014 Zaragoza', '',
              'Proveedor: Example Group Iberia SL', 'Fecha: 02/12/2026   Entrega: semana 3/2027', '',
              'Pos  Referencia  Descripcion                    Cant.   Precio    Importe', '1    EB-4471     Placa de montaje segun plano   250    51,20    12.800,00',
              '2    EB-4472     Consola mural segun plano      600    24,10    14.460,00', '', 'Total (IVA no incluido): 27.260,00 EUR', '',
              'Forma de pago: transferencia 60 dias f.f.', 'Planos adjuntos en ZIP (rev. 2).'], title='PC-2026-0938', author='compras', producer='SAP NetWeaver 7.5')
    d1 = pdf(['#Plano EB-4471 rev.2', 'Placa de montaje 400x300 mm, galvanizado en caliente', '(dibujo tecnico - marcador)'], title='EB-4471', producer='SOLIDWORKS 2025')
    d2 = pdf(['#Plano EB-4472 rev.1', 'Consola mural 220 mm', '(dibujo tecnico - marcador)'], title='EB-4472', producer='SOLIDWORKS 2025')
    csvb = 'Referencia;Descripcion;Material;Cantidad\r\nEB-4471;Placa de montaje;S235JR galvanizado;250\r\nEB-4472;Consola mural;S235JR galvanizado;600\r\n'.encode('cp1252')
    zp = zipbytes([('Planos_PC-2026-0938/EB-4471_rev2.pdf', d1), ('Planos_PC-2026-0938/EB-4472_rev1.pdf', d2), ('Planos_PC-2026-0938/Lista_materiales.csv', csvb)])
    paras = ['Hola Javier,', '',
             'Tal y como hablamos ayer por teléfono, te adjunto nuestro pedido PC-2026-0938 y los planos en revisión 2 (ZIP). '
             'Por favor, confirmadnos la fecha de entrega para la semana 3 y el precio de la placa EB-4471 con el recargo de galvanizado.', '',
             'Un saludo,', '', 'Marta Lozano Pérez', 'Compras – Industrias Ebro S.A.', 'Tel. +34 976 47 12 %02d' % num(sd, 10, 99)]
    html = outlook_html([_x(p) for p in paras], 'ES', 'utf-8')
    body = MIX([ALT(T(text_of(paras)), H(html), bnd('outlook', sd + 'a')),
                ATT('application/pdf', po, 'PC-2026-0938.pdf'),
                ATT('application/x-zip-compressed', zp, 'Planos_PC-2026-0938.zip')], bnd('outlook', sd + 'm'))
    add(F, 21, 'es', 'pedido-compra-planos-zip',
        'Genuine purchase order from a Spanish customer (Microsoft 365) with the PO as PDF and a ZIP of technical drawings and a CSV bill of materials.',
        '<m.lozano@industriasebro.es>', rc, helo, rdns, ip, dt,
        [('From', A('Marta Lozano Pérez', 'm.lozano@industriasebro.es', 'iso-8859-1', 'Q')),
         ('To', A('Javier Martínez Ruiz', rc, 'iso-8859-1', 'Q')),
         ('Subject', 'Pedido PC-2026-0938 + planos rev.2'),
         ('Date', R(dt)), ('Message-ID', m365_mid(sd, srv, fq))] + m365_extra(sd, 'Pedido PC-2026-0938 + planos rev.2', True, 'es-ES'),
        body, pre=pre)

    # ------------------------------------------------------------------ 22 es
    dt = mkdt('2026-12-03 09:12:05', '+0100')
    sd = 'b22'
    rc = 'l.fernandez@example.com'
    pre, mb = exch_internal(sd, dt)
    new_iban = iban('ES', '2100' + '0418' + '45' + '0200%06d' % num(sd, 100000, 999999))
    cert = pdf(['#CaixaBank', 'Certificado de titularidad de cuenta', '', 'CaixaBank, S.A. certifica que D. Javier Martinez Ruiz, con NIF ********K,',
                'es titular de la cuenta ' + iban_fmt(new_iban)[:14] + ' **** **** ' + new_iban[-4:] + '.', '',
                'Madrid, 2 de diciembre de 2026', '', 'Documento generado en CaixaBankNow. Codigo de verificacion: ' + hx(sd + 'cv', 16).upper()],
               title='Certificado titularidad', producer='CaixaBank Now')
    paras = ['Hola Lucía,', '',
             'Como te comenté ayer en la cocina, he cambiado de banco y quería pedirte que a partir de la nómina de diciembre me la ingreséis en la nueva cuenta. '
             'Te adjunto el certificado de titularidad que me ha dado CaixaBank.', '',
             'Si necesitas que rellene el formulario de RR. HH. en papel, me paso por tu mesa esta tarde y lo firmo.', '',
             'Gracias,', 'Javier', '', 'Javier Martínez Ruiz', 'Sales Spain | Example Group Iberia', 'Tel. +34 91 555 21 04']
    html = outlook_html([_x(p) for p in paras], 'ES', 'utf-8')
    body = MIX([ALT(T(text_of(paras)), H(html), bnd('outlook', sd + 'a')),
                ATT('application/pdf', cert, 'Certificado_titularidad_CaixaBank.pdf')], bnd('outlook', sd + 'm'))
    add(F, 22, 'es', 'interno-cambio-cuenta-nomina',
        'Internal mail (via the internal relay) from a Spanish sales employee asking HR to pay his salary to a new bank account, with the bank\'s ownership certificate; genuine despite resembling payroll-diversion fraud.',
        '<j.martinez@examplegroup.eu>', rc, INT_HELO[0], INT_HELO[1], INT_HELO[2], dt,
        [('From', A(S('j.martinez@examplegroup.eu'), 'j.martinez@examplegroup.eu', 'iso-8859-1', 'Q')),
         ('To', A(S(rc), rc, 'iso-8859-1', 'Q')),
         ('Subject', ew('Cambio de cuenta bancaria para la nómina', 'iso-8859-1', 'Q')),
         ('Thread-Topic', ew('Cambio de cuenta bancaria para la nómina', 'iso-8859-1', 'Q')),
         ('Thread-Index', tindex(sd)),
         ('Date', R(dt)),
         ('Message-ID', exch_mid(sd, mb)),
         ('Accept-Language', 'es-ES, en-US'),
         ('Content-Language', 'es-ES'),
         ('X-MS-Has-Attach', 'yes'),
         ('X-MS-TNEF-Correlator', ''),
         ('x-originating-ip', '[10.50.10.23]')],
        body, pre=pre)

    # ------------------------------------------------------------------ 23 es
    dt = mkdt('2026-12-03 17:20:38', '+0100')
    sd = 'b23'
    rc = 'c.garcia@example.com'
    h_, r_, ip, pre, extra = gmail(sd, dt, rc, host='mail-pj1-f66.google.com')
    loc = 'X7K2PQ'
    icsdata = ics('%s-IB3142-20261209@viajescorporativos-iberica.es' % loc, 'Vuelo IB3142 Madrid (MAD) - Frankfurt (FRA)',
                  '20261209T071500', '20261209T095500', ('Viajes Corporativos Iberica', 'reservas@viajescorporativos-iberica.es'),
                  [('Carmen Garcia Lopez', rc)], 'Localizador %s\nIB3142 MAD T4 07:15 - FRA T1 09:55\nAsiento 4C\nBillete 075-%010d' % (loc, num(sd, 10 ** 9, 10 ** 10 - 1)),
                  location='Aeropuerto Adolfo Suarez Madrid-Barajas T4', method='PUBLISH', tzid='Europe/Madrid', prodid='-//Viajes Corporativos Iberica//Reservas 3.1//ES', lang='es-ES',
                  stamp='20261203T162000Z')
    tkt = pdf(['#Billete electronico / e-ticket', 'Pasajero: GARCIA LOPEZ/CARMEN MS', 'Localizador: ' + loc,
               'Billete: 075-%010d' % num(sd, 10 ** 9, 10 ** 10 - 1), '', '09DEC IB3142 MAD 07:15 FRA 09:55  Clase J  Confirmado',
               '11DEC IB3147 FRA 18:40 MAD 21:20  Clase J  Confirmado', '', 'Importe total: 1.184,62 EUR  Cargado a: cuenta empresa'],
              title='e-ticket ' + loc, producer='Amadeus e-Ticket')
    paras = ['Estimada Carmen:', '',
             'Le confirmamos la reserva de su viaje a la sede de Frankfurt. Adjuntamos el billete electrónico y el evento de calendario.', '',
             '<b>Localizador:</b> %s' % loc,
             '<b>Ida:</b> miércoles 9 de diciembre – IB3142 Madrid T4 07:15 → Frankfurt T1 09:55',
             '<b>Vuelta:</b> viernes 11 de diciembre – IB3147 Frankfurt 18:40 → Madrid 21:20',
             '<b>Hotel:</b> Steigenberger Icon Frankfurter Hof, 2 noches (confirmación 88214473)', '',
             'Recuerde que el check-in online se abre 24 horas antes de la salida.', '',
             'Un cordial saludo,', 'Departamento de Reservas', 'Viajes Corporativos Ibérica', 'Tel. +34 91 781 44 00 (24 h)']
    html = gmail_html(paras)
    body = MIX([ALT(T(text_of(paras)), H(html), bnd('gmail', sd + 'a')),
                P('text/calendar', icsdata, cs='UTF-8', cte='base64', params='; method=PUBLISH', name='invite.ics', ct_name=True),
                ATT('application/pdf', tkt, 'eTicket_%s_GARCIA_LOPEZ.pdf' % loc),
                ATT('text/calendar', icsdata, 'Vuelo_IB3142_%s.ics' % loc)], bnd('gmail', sd + 'm'))
    add(F, 23, 'es', 'agencia-viajes-reserva-ics',
        'Genuine corporate travel-agency booking confirmation (Google Workspace) with e-ticket PDF and calendar .ics for a Madrid-Frankfurt business trip.',
        '<reservas@viajescorporativos-iberica.es>', rc, h_, r_, ip, dt,
        [('From', A('Reservas - Viajes Corporativos Ibérica', 'reservas@viajescorporativos-iberica.es', 'UTF-8', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', gmail_mid(sd)),
         ('Subject', ew('Confirmación de reserva %s – Madrid/Frankfurt 09-11/12' % loc, 'UTF-8', 'Q')),
         ('To', A('Carmen García López', rc, 'UTF-8', 'Q'))] + extra,
        body, pre=pre)


    # ------------------------------------------------------------------ 24 it
    dt = mkdt('2026-11-30 16:40:11', '+0100')
    sd = 'b24'
    rc = 'g.romano@example.com'
    fpa = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
           'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">\n'
           ' <FatturaElettronicaHeader>\n'
           '  <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>02345670162</IdCodice></IdTrasmittente><ProgressivoInvio>00A9Q</ProgressivoInvio>'
           '<FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>\n'
           '  <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>02345670162</IdCodice></IdFiscaleIVA>'
           '<Anagrafica><Denominazione>FERRETTI TRASPORTI S.R.L.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>'
           '<Sede><Indirizzo>Via dell\'Industria 18</Indirizzo><CAP>24040</CAP><Comune>Osio Sotto</Comune><Provincia>BG</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>\n'
           '  <CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>10987654321</IdCodice></IdFiscaleIVA>'
           '<Anagrafica><Denominazione>EXAMPLE GROUP ITALIA S.R.L.</Denominazione></Anagrafica></DatiAnagrafici>'
           '<Sede><Indirizzo>Via Tortona 37</Indirizzo><CAP>20144</CAP><Comune>Milano</Comune><Provincia>MI</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>\n'
           ' </FatturaElettronicaHeader>\n'
           ' <FatturaElettronicaBody>\n'
           '  <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-11-30</Data><Numero>1874/2026</Numero>'
           '<ImportoTotaleDocumento>5612.00</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>\n'
           '  <DatiBeniServizi><DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Trasporti novembre 2026 Milano-Francoforte (14 viaggi)</Descrizione>'
           '<PrezzoUnitario>4600.00</PrezzoUnitario><PrezzoTotale>4600.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>'
           '<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>4600.00</ImponibileImporto><Imposta>1012.00</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi>\n'
           '  <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>'
           '<DataScadenzaPagamento>2026-12-31</DataScadenzaPagamento><ImportoPagamento>5612.00</ImportoPagamento>'
           '<IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>\n'
           ' </FatturaElettronicaBody>\n</p:FatturaElettronica>\n') % iban('IT', 'X' + '05428' + '11101' + '000000123456')
    cortesia = pdf(['#FERRETTI TRASPORTI S.R.L.', 'Via dell\'Industria 18 - 24040 Osio Sotto (BG) - P.IVA 02345670162', '',
                    '#Fattura n. 1874/2026 del 30/11/2026', '', 'Spett.le EXAMPLE GROUP ITALIA S.R.L. - Via Tortona 37 - 20144 Milano', '',
                    'Trasporti novembre 2026 Milano-Francoforte (14 viaggi)      4.600,00', 'IVA 22%                                               1.012,00',
                    'Totale documento                                      5.612,00 EUR', '', 'Pagamento: bonifico a 30 gg d.f. - scadenza 31/12/2026', '',
                    'COPIA DI CORTESIA - il documento fiscalmente valido e quello trasmesso tramite SdI.'],
                   title='Fattura 1874/2026', producer='TeamSystem Enterprise')
    text = ('Spett.le Example Group Italia S.r.l.,\n\nin allegato trasmettiamo copia di cortesia della fattura n. 1874/2026 del '
            '30/11/2026 e il relativo file XML.\nL\'originale è stato trasmesso tramite Sistema di Interscambio al vostro codice '
            'destinatario.\n\nCordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.r.l.\nVia dell\'Industria 18 - 24040 '
            'Osio Sotto (BG)\nTel. +39 035 88 12 200 - amministrazione@ferretti-trasporti.it\n')
    body = MIX([T(text, 'iso-8859-1', 'quoted-printable'),
                ATT('application/pdf', cortesia, 'Fattura_1874_2026_cortesia.pdf'),
                ATT('text/xml', fpa.encode(), 'IT02345670162_00A9Q.xml')], bnd('php', sd))
    add(F, 24, 'it', 'ferretti-fattura-cortesia-xml',
        'Genuine courtesy copy of the haulier\'s invoice from amministrazione@ferretti-trasporti.it (Aruba SMTP) with PDF and FatturaPA XML.',
        '<amministrazione@ferretti-trasporti.it>', rc, 'smtpcmd0874.aruba.it', 'smtpcmd0874.aruba.it', '62.149.156.74', dt,
        [('Date', R(dt)),
         ('From', A('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it')),
         ('To', rc),
         ('Subject', 'Invio fattura n. 1874/2026 del 30/11/2026 - copia di cortesia'),
         ('Message-ID', '<%s@ferretti-trasporti.it>' % hx(sd + 'mid', 32)),
         ('X-Mailer', 'TeamSystem Mail Service')],
        body, pre=['from SRVGEST01 ([93.62.17.85])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid Qy%s; %s' % (alnum(sd + 'ar', 14), R(dt, 1, '+0100'))])

    # ------------------------------------------------------------------ 25 it
    dt = mkdt('2026-12-01 11:09:46', '+0100')
    sd = 'b25'
    rc = 'l.ferrari@example.com'
    cmr = pdf(['#CMR - Lettera di vettura internazionale', 'N. FT-2026-11482', '', '1 Mittente: Example Group Italia S.r.l., Milano',
               '2 Destinatario: Example Group GmbH, Frankfurt am Main', '3 Luogo di consegna: Frankfurt am Main (DE)', '4 Luogo di presa in carico: Milano (IT) - 02/12/2026',
               '6-9 Colli: 18 pallet EUR - Montageplatten / Konsolen', '11 Peso lordo: 7.420 kg', '16 Vettore: Ferretti Trasporti S.r.l. - targa GH 482 KT',
               '', '(firma e timbro del mittente)          (firma e timbro del vettore)'], title='CMR FT-2026-11482', producer='Ferretti TMS')
    text = ('Ciao Luca,\n\nconfermo il ritiro per domani mercoledì 02/12 tra le 8:00 e le 10:00 presso il vostro magazzino di via '
            'Tortona: 18 pallet per Francoforte, consegna prevista giovedì 03/12 in mattinata.\n\nAutista: Marius Popescu, '
            'mezzo GH 482 KT, cell. +40 745 118 %03d.\n\nTi allego la CMR precompilata, per favore stampatela in 3 copie e fate '
            'firmare all\'autista al carico.\n\nGrazie, a domani\n\nClaudio Colombo\nUfficio Traffico\nFerretti Trasporti S.r.l.\n'
            'Tel. +39 035 88 12 241\n') % num(sd, 100, 999)
    body = MIX([T(text, 'UTF-8', 'quoted-printable', params='; format=flowed'),
                ATT('application/pdf', cmr, 'CMR_FT-2026-11482.pdf')], bnd('tb', sd), preamble='This is a multi-part message in MIME format.')
    add(F, 25, 'it', 'ferretti-conferma-ritiro-cmr',
        'Genuine pickup confirmation from the haulier\'s traffic office (c.colombo@ferretti-trasporti.it via its usual Aruba SMTP, Thunderbird) with the pre-filled CMR as PDF.',
        '<c.colombo@ferretti-trasporti.it>', rc, 'smtpcmd0871.aruba.it', 'smtpcmd0871.aruba.it', '62.149.156.71', dt,
        [('Message-ID', '<%s-%s-%s-%s-%s@ferretti-trasporti.it>' % (hx(sd + '1', 8), hx(sd + '2', 4), hx(sd + '3', 4), hx(sd + '4', 4), hx(sd + '5', 12))),
         ('Date', R(dt)),
         ('User-Agent', 'Mozilla Thunderbird'),
         ('Content-Language', 'it'),
         ('To', A('Luca Ferrari', rc)),
         ('From', A('Claudio Colombo', 'c.colombo@ferretti-trasporti.it')),
         ('Subject', 'Conferma ritiro 02/12 - 18 pallet per Francoforte - CMR')],
        body, pre=['from [192.168.1.34] ([93.62.17.85])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid Qz%s; %s' % (alnum(sd + 'ar', 14), R(dt, 1, '+0100'))])

    # ------------------------------------------------------------------ 26 it
    dt = mkdt('2026-12-02 10:15:32', '+0100')
    sd = 'b26'
    rc = 'g.romano@example.com'
    pec_from = 'amministrazione@pec.rossi-impianti.it'
    orig_mid = '<%s@pec.rossi-impianti.it>' % hx(sd + 'orig', 24)
    ident = 'opec21012.20261202101532.%d.%d.1.53@pec.aruba.it' % (num(sd + 'i', 10000, 99999), num(sd + 'j', 100, 999))
    inner_text = ('Spett.le Example Group Italia S.r.l.,\n\ncon la presente confermiamo l\'ordine n. 2026/0412 alle condizioni '
                  'della vostra offerta OF-IT-2026-187 del 20/11/2026, con consegna franco nostro magazzino di Brescia entro il 15/01/2027.\n\n'
                  'Vi preghiamo di indicare in fattura il CIG/CUP ove previsto e il nostro numero d\'ordine.\n\nDistinti saluti\n\n'
                  'Rossi Impianti S.r.l.\nUfficio Acquisti\n')
    inner = ('Return-Path: <%s>\nMessage-ID: %s\nDate: %s\nFrom: "Rossi Impianti - Amministrazione" <%s>\nTo: %s\n'
             'Subject: Conferma ordine n. 2026/0412\nMIME-Version: 1.0\nContent-Type: text/plain; charset="iso-8859-1"\n'
             'Content-Transfer-Encoding: quoted-printable\n\n') % (pec_from, orig_mid, R(dt, -4), pec_from, rc)
    inner = inner.encode() + quopri.encodestring(inner_text.encode('iso-8859-1'))
    daticert = ('<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="posta-certificata" errore="nessuno">\n'
                '  <intestazione>\n    <mittente>%s</mittente>\n    <destinatari tipo="esterno">%s</destinatari>\n'
                '    <risposte>%s</risposte>\n    <oggetto>Conferma ordine n. 2026/0412</oggetto>\n  </intestazione>\n'
                '  <dati>\n    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>\n    <data zona="+0100">\n      <giorno>02/12/2026</giorno>\n'
                '      <ora>10:15:32</ora>\n    </data>\n    <identificativo>%s</identificativo>\n    <msgid>%s</msgid>\n  </dati>\n</postacert>\n') % (
        pec_from, rc, pec_from, ident, orig_mid.replace('<', '&lt;').replace('>', '&gt;'))
    ptxt = ('Messaggio di posta certificata\n\nIl giorno 02/12/2026 alle ore 10:15:32 (+0100) il messaggio\n'
            '"Conferma ordine n. 2026/0412" è stato inviato da "%s"\nindirizzato a:\n%s\n'
            'Il messaggio originale è incluso in allegato.\nIdentificativo messaggio: %s\n') % (pec_from, rc, ident)
    phtml = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
             '<p><b>Messaggio di posta certificata</b></p><p>Il giorno 02/12/2026 alle ore 10:15:32 (+0100) il messaggio<br>'
             '"Conferma ordine n. 2026/0412" &egrave; stato inviato da "%s"<br>indirizzato a:<br>%s<br>'
             'Il messaggio originale &egrave; incluso in allegato.<br>Identificativo messaggio: %s</p></body></html>\n') % (pec_from, rc, ident)
    signed_content = MIX([ALT(T(ptxt, 'iso-8859-1', 'quoted-printable'), H(phtml, 'iso-8859-1', 'quoted-printable'), bnd('=', sd + 'alt')),
                          ATT('application/xml', daticert.encode(), 'daticert.xml', disp='inline'),
                          P('message/rfc822', inner, cte='7bit', name='postacert.eml', disp='inline')], bnd('=', sd + 'mix'))
    body = P('multipart/signed', parts=[signed_content,
                                        ATT('application/x-pkcs7-signature', p7s_placeholder(), 'smime.p7s')],
             boundary=bnd('=', sd + 'sig'), params=' protocol="application/x-pkcs7-signature"; micalg=sha-256;')
    add(F, 26, 'it', 'pec-posta-certificata-conferma-ordine',
        'Genuine Italian certified e-mail (PEC) from a customer delivered to an ordinary mailbox: S/MIME multipart/signed envelope with daticert.xml, postacert.eml and smime.p7s (signature is a structural placeholder).',
        '<posta-certificata@pec.aruba.it>', rc, 'smtpdoa02.pec.aruba.it', 'smtpdoa02.pec.aruba.it', '62.149.157.52', dt,
        [('Date', R(dt)),
         ('From', '"Per conto di: %s" <posta-certificata@pec.aruba.it>' % pec_from),
         ('Reply-To', pec_from),
         ('To', rc),
         ('Subject', 'POSTA CERTIFICATA: Conferma ordine n. 2026/0412'),
         ('Message-ID', '<%s>' % ident),
         ('X-Riferimento-Message-ID', orig_mid),
         ('X-Trasporto', 'posta-certificata')],
        body, pre=['from smtpdoa02.pec.aruba.it ([127.0.0.1])\n\tby smtpdoa02.pec.aruba.it with ESMTP id %s\n\tfor <%s>; %s' % (alnum(sd + 'p', 12), rc, R(dt, 1, '+0100'))])

    # ------------------------------------------------------------------ 27 it
    dt = mkdt('2026-12-03 08:31:55', '+0100')
    sd = 'b27'
    rc = 'm.bianchi@examplegroup.eu'
    paras = ['Gentile Cliente,', '',
             'ti informiamo che in data 03/12/2026 alle ore 08:29 è stato associato un nuovo dispositivo al servizio Inbiz '
             'per l\'utente MBIANCHI01 dell\'azienda EXAMPLE GROUP ITALIA S.R.L.', '',
             'Dispositivo: iPhone 16 - app Intesa Sanpaolo Business', '',
             'Se sei stato tu, non devi fare nulla.', '',
             'Se non riconosci questa operazione, contatta subito il Servizio Clienti al numero 800.303.303 (dall\'estero +39 011.80.19.200). '
             'Intesa Sanpaolo non ti chiederà mai, tramite email, SMS o telefonate, codici personali, password o di installare app.', '',
             'Questa email è generata automaticamente, non contiene link e non è necessario rispondere.', '',
             'Intesa Sanpaolo S.p.A.']
    html = simple_html([_x(p) for p in paras if p], 'utf-8')
    add(F, 27, 'it', 'intesa-inbiz-nuovo-dispositivo',
        'Genuine Intesa Sanpaolo Inbiz security notice that a new device was enrolled (no links, callback number only).',
        '<noreply@intesasanpaolo.com>', rc, 'mail-out4.intesasanpaolo.com', 'mail-out4.intesasanpaolo.com', '193.203.231.74', dt,
        [('From', A('Intesa Sanpaolo', 'noreply@intesasanpaolo.com')),
         ('To', rc),
         ('Subject', 'Inbiz: nuovo dispositivo associato'),
         ('Date', R(dt)),
         ('Message-ID', '<%d.%s.JavaMail.notify@isp-notifiche>' % (num(sd, 10 ** 8, 10 ** 9), hx(sd + 'j', 10)))],
        ALT(T(text_of(paras)), H(html), bnd('java', sd)))

    # ------------------------------------------------------------------ 28 it
    dt = mkdt('2026-12-04 07:00:00', '+0100')
    sd = 'b28'
    rc = 'l.ferrari@example.com'
    tr = 'https://a2c4e.emailsp.com/f/rnl.aspx/?'
    arts = [('Autotrasporto: dal 2027 obbligo di e-CMR per i trasporti nazionali?', 'Il decreto attuativo è atteso entro fine anno. Cosa cambia per committenti e vettori.'),
            ('Brennero, nuovi divieti di transito notturno dal 1° gennaio', 'Il Tirolo conferma il calendario dei blocchi per il primo semestre 2027.'),
            ('Costi del gasolio: novembre in calo dell\'1,8%', 'I dati del Ministero e l\'impatto sulle tariffe di trazione.')]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="font-family:Arial">\n'
            '<table width="600" align="center"><tr><td style="background:#004b87;color:#fff;padding:14px;font-size:22px">Logistica Oggi &middot; Newsletter</td></tr>\n'
            + ''.join('<tr><td style="padding:12px"><a href="%s%s" style="color:#004b87;font-size:17px"><b>%s</b></a><br>%s</td></tr>\n' % (tr, hx(sd + 'a%d' % i, 20), _x(t), _x(d)) for i, (t, d) in enumerate(arts)).replace('%', '%%') +
            '<tr><td style="font-size:11px;color:#777;padding:12px">Ricevi questa newsletter perché ti sei iscritto su logisticaoggi.it. '
            '<a href="%s%s">Annulla iscrizione</a></td></tr></table>'
            '<img src="https://a2c4e.emailsp.com/frontend/nl_tracking.aspx?%s" width="1" height="1"></body></html>\n') % (tr, hx(sd + 'unsub', 20), hx(sd + 'px', 20))
    add(F, 28, 'it', 'newsletter-logistica-oggi',
        'Subscribed Italian logistics newsletter sent through the MailUp platform with tracked links and List-Unsubscribe.',
        '<bounce-%s@bounce.emailsp.com>' % hx(sd, 10), rc, 'mta-sp03.emailsp.net', 'mta-sp03.emailsp.net', '94.103.137.3', dt,
        [('From', A('Logistica Oggi', 'newsletter@logisticaoggi.it')),
         ('To', rc),
         ('Subject', 'e-CMR obbligatoria dal 2027? | Brennero, nuovi divieti | Gasolio in calo'),
         ('Date', R(dt)),
         ('Message-ID', '<%s@emailsp.com>' % hx(sd + 'mid', 28)),
         ('List-Unsubscribe', '<%s%s>' % (tr, hx(sd + 'unsub', 20))),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
         ('X-Mailer', 'MailUp'),
         ('Precedence', 'bulk')],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1]), 'iso-8859-1'), H(html, 'iso-8859-1'), bnd('=', sd)))

    # ------------------------------------------------------------------ 29 it
    dt = mkdt('2026-12-04 18:52:27', '+0100')
    sd = 'b29'
    rc = 'g.romano@example.com'
    pre, mb = exch_internal(sd, dt)
    order = pdf(['#ROSSI IMPIANTI S.R.L.', 'Ordine d\'acquisto n. 2026/0438 del 04/12/2026', '', 'Fornitore: Example Group Italia S.r.l.',
                 '', '1) Piastra di montaggio MP-400 zincata   n. 80   EUR 52,00   EUR 4.160,00', '2) Mensola WK-220                        n. 150  EUR 24,50   EUR 3.675,00',
                 '', 'Totale imponibile EUR 7.835,00', 'Consegna tassativa entro il 10/12/2026 - cantiere Brescia'], title='Ordine 2026/0438', producer='Microsoft Excel')
    text = ('Giulia ciao, ti giro l\'ordine di Rossi che mi è arrivato adesso, devono avere la merce entro il 10 per il '
            'cantiere. Puoi verificare il fido cliente e sbloccare domattina? Luca è in copia per la spedizione.\n\n'
            'Grazie!\nMarco\n\nInviato da iPhone\n\nInizio messaggio inoltrato:\n\n'
            'Da: Rossi Impianti - Acquisti <acquisti@rossi-impianti.it>\nData: 4 dicembre 2026 alle ore 18:31:07 CET\n'
            'A: Marco Bianchi <m.bianchi@examplegroup.eu>\nOggetto: Ordine urgente 2026/0438\n\n'
            'Buonasera Marco,\nin allegato l\'ordine urgente come anticipato al telefono.\nCordiali saluti\nUfficio Acquisti\nRossi Impianti S.r.l.\n')
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            + ''.join('<div dir="ltr">%s</div>' % (_x(l) if l else '<br>') for l in text.strip().split('\n')) + '</body></html>\n')
    body = MIX([ALT(T(text), H(html), bnd('apple', sd + 'a')),
                ATT('application/pdf', order, 'Ordine_2026_0438.pdf')], bnd('apple', sd + 'm'))
    add(F, 29, 'it', 'interno-iphone-inoltro-ordine',
        'Internal forward sent from the Italian sales manager\'s iPhone (Exchange ActiveSync via the internal relay) passing an urgent customer order PDF to accounting.',
        '<m.bianchi@examplegroup.eu>', rc, INT_HELO[0], INT_HELO[1], INT_HELO[2], dt,
        [('From', A('Marco Bianchi', 'm.bianchi@examplegroup.eu')),
         ('To', A('Giulia Romano', rc)),
         ('Cc', A('Luca Ferrari', 'l.ferrari@example.com')),
         ('Subject', 'Fwd: Ordine urgente 2026/0438'),
         ('Thread-Topic', 'Ordine urgente 2026/0438'),
         ('Thread-Index', tindex(sd)),
         ('Date', R(dt)),
         ('Message-ID', '<%s-%s-%s-%s-%s@examplegroup.eu>' % (hx(sd + '1', 8).upper(), hx(sd + '2', 4).upper(), hx(sd + '3', 4).upper(), hx(sd + '4', 4).upper(), hx(sd + '5', 12).upper())),
         ('X-Mailer', 'iPhone Mail (23B85)'),
         ('X-MS-Has-Attach', 'yes'),
         ('x-originating-ip', '[10.40.200.17]')],
        body, pre=pre)


    # ------------------------------------------------------------------ 30 pl
    dt = mkdt('2026-11-30 13:18:27', '+0100')
    sd = 'b30'
    rc = 'k.nowak@example.com'
    h_, r_, ip, pre, extra = gmail(sd, dt, rc, host='mail-wm1-f49.google.com')
    pre = ['from KSIEGOWOSC-PC ([89.64.%d.%d])\n        by smtp.gmail.com with ESMTPSA id ffacd0b85a97d-42f%s.%d.2026.11.30.04.18.26\n        for <%s>\n        (version=TLS1_2 cipher=ECDHE-ECDSA-AES128-GCM-SHA256 bits=128/128);\n        %s' % (
        num(sd + 'i', 1, 250), num(sd + 'j', 1, 250), hx(sd + 'g', 7), num(sd + 'k', 1, 9), rc, R(dt, 1, '-0800'))]
    fv = pdf(['#FAKTURA VAT nr FV/2026/11/0873', 'Data wystawienia: 30.11.2026   Data sprzedazy: 30.11.2026', '',
              'Sprzedawca: Partner Logistik Sp. z o.o., ul. Logistyczna 7, 55-040 Bielany Wroclawskie, NIP 896-15-%05d' % num(sd, 10000, 99999),
              'Nabywca: Example Group Polska Sp. z o.o., ul. Legnicka 48, 54-202 Wroclaw, NIP 894-31-22-418', '',
              'Lp. Nazwa uslugi                               Netto        VAT 23%      Brutto', '1   Magazynowanie 11/2026 (420 miejsc paletowych)  16 380,00   3 767,40   20 147,40',
              '2   Przeladunki i kompletacja 11/2026               4 215,00     969,45    5 184,45', '',
              'Razem do zaplaty: 25 331,85 PLN', 'Termin platnosci: 30.12.2026   Forma: przelew', 'Rachunek: ' + iban_fmt(iban('PL', '10202892' + '0000%012d' % num(sd + 'acc', 10 ** 11, 10 ** 12 - 1))) + ' (PKO BP)',
              '', 'Numer KSeF: 8961%06d-20261130-%s-%s' % (num(sd + 'ks', 100000, 999999), hx(sd + 'k1', 6).upper(), hx(sd + 'k2', 2).upper()),
              'Faktura wystawiona w Krajowym Systemie e-Faktur. Niniejszy wydruk ma charakter informacyjny.'],
             title='FV/2026/11/0873', producer='Comarch ERP Optima 2026.2')
    text = ('Dzień dobry,\n\nw załączeniu przesyłamy wizualizację faktury FV/2026/11/0873 z dnia 30.11.2026.\n'
            'Faktura została wystawiona w Krajowym Systemie e-Faktur (KSeF) i jest dostępna dla nabywcy w KSeF.\n\n'
            'Kwota do zapłaty: 25 331,85 PLN, termin płatności: 30.12.2026.\n\nZ poważaniem\nDział Księgowości\n'
            'Partner Logistik Sp. z o.o.\ntel. +48 71 311 80 %02d\n\nWiadomość wygenerowana automatycznie z systemu Comarch ERP Optima.\n' % num(sd + 't', 10, 99))
    body = MIX([T(text, 'iso-8859-2', 'quoted-printable'),
                ATT('application/pdf', fv, 'FV_2026_11_0873.pdf')], bnd('nextpart', sd))
    add(F, 30, 'pl', 'partner-logistik-faktura-ksef',
        'Genuine invoice visualisation (PDF, KSeF number) from ksiegowosc@partner-logistik.pl, sent by the partner\'s ERP through Google Workspace SMTP; ISO-8859-2.',
        '<ksiegowosc@partner-logistik.pl>', rc, h_, r_, ip, dt,
        [('Date', R(dt)),
         ('From', A('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl', 'iso-8859-2', 'Q')),
         ('To', rc),
         ('Subject', ew('Faktura FV/2026/11/0873 - Partner Logistik Sp. z o.o.', 'iso-8859-2', 'Q')),
         ('Message-ID', '<%s$%s@partner-logistik.pl>' % (hx(sd + 'm1', 16).upper(), hx(sd + 'm2', 8).upper())),
         ('X-Mailer', 'Comarch ERP Optima')] + extra,
        body, pre=pre)

    # ------------------------------------------------------------------ 31 pl
    dt = mkdt('2026-12-01 15:44:03', '+0100')
    sd = 'b31'
    rc = 'p.wisniewski@examplegroup.eu'
    h_, r_, ip, pre, extra = gmail(sd, dt, rc, host='mail-ej1-f45.google.com')
    xl = xlsx([['Data', 'Godzina', 'Nr awizacji', 'Przewoźnik', 'Nr rej.', 'Palety', 'Rampa'],
               ['07.12.2026', '08:00', 'AW-49-0112', 'Ferretti Trasporti', 'GH482KT', 18, 3],
               ['08.12.2026', '10:30', 'AW-49-0118', 'Trans-Sped Polska', 'DW 7H214', 24, 1],
               ['10.12.2026', '07:30', 'AW-49-0125', 'Partner Logistik', 'DWR 51KC', 33, 2]], sheet='Tydzień 50')
    text = ('Cześć Piotrze,\n\nw załączniku awizacje dostaw na przyszły tydzień (50) do Waszego magazynu we Wrocławiu. '
            'Transport z Mediolanu (Ferretti) będzie w poniedziałek o 8:00 – kierowca ma CMR w trzech egzemplarzach.\n\n'
            'Daj proszę znać, czy rampa 3 jest wolna w poniedziałek rano, bo w razie czego przesuniemy na 9:30.\n\n'
            'Pozdrawiam\nTomek\n\n--\nTomasz Zieliński\nKierownik ds. Kluczowych Klientów\nPartner Logistik Sp. z o.o.\n'
            'ul. Logistyczna 7, 55-040 Bielany Wrocławskie\ntel. +48 601 422 %03d\n' % num(sd, 100, 999))
    body = MIX([ALT(T(text), H(gmail_html([_x(l) for l in text.strip().split('\n')])), bnd('gmail', sd + 'a')),
                ATT('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xl, 'Awizacje_tydzien_50.xlsx', extra=['X-Attachment-Id: f_m%s0' % hx(sd + 'x', 7)], cid='f_m%s0' % hx(sd + 'x', 7))],
               bnd('gmail', sd + 'm'))
    add(F, 31, 'pl', 'partner-logistik-awizacje-xlsx',
        'Genuine delivery-slot schedule (XLSX) from the logistics partner contact t.zielinski@partner-logistik.pl via Google Workspace.',
        '<t.zielinski@partner-logistik.pl>', rc, h_, r_, ip, dt,
        [('From', A('Tomasz Zieliński', 't.zielinski@partner-logistik.pl')),
         ('Date', R(dt)),
         ('Message-ID', gmail_mid(sd)),
         ('Subject', ew('Awizacje dostaw – tydzień 50', 'UTF-8', 'Q')),
         ('To', A('Piotr Wiśniewski', rc))] + extra,
        body, pre=pre)

    # ------------------------------------------------------------------ 32 pl
    dt = mkdt('2026-12-02 08:05:00', '+0100')
    sd = 'b32'
    rc = 'k.nowak@example.com'
    paras = ['Szanowni Państwo,', '',
             'informujemy, że od 1 lutego 2027 r. zmieni się „Taryfa prowizji i opłat bankowych mBanku dla Klientów Korporacyjnych i MSP”. '
             'Zmiany dotyczą m.in. opłat za przelewy natychmiastowe Express Elixir oraz prowadzenia rachunku walutowego w EUR.', '',
             'Szczegółowe zestawienie zmian oraz nową taryfę znajdą Państwo w systemie mBank CompanyNet w zakładce „Dokumenty” oraz na stronie mbank.pl/msp-korporacje/dokumenty.', '',
             'Jeżeli przed datą wejścia zmian w życie nie zgłoszą Państwo sprzeciwu, uznamy, że zostały one zaakceptowane.', '',
             'Przypominamy: mBank nigdy nie prosi w wiadomościach e-mail o podanie haseł, kodów SMS ani o instalację aplikacji.', '',
             'Z poważaniem', 'mBank S.A.', '', 'mBank S.A. z siedzibą w Warszawie, ul. Prosta 18, 00-850 Warszawa, KRS 0000025237, NIP 526-021-50-88']
    html = simple_html([_x(p) for p in paras if p], 'utf-8')
    add(F, 32, 'pl', 'mbank-zmiana-taryfy',
        'Genuine corporate-bank notice (mBank) about fee-schedule changes from February 2027, directing to the banking portal rather than linking to a login.',
        '<noreply@powiadomienia.mbank.pl>', rc, 'mail-out2.mbank.pl', 'mail-out2.mbank.pl', '193.41.230.18', dt,
        [('From', A('mBank', 'noreply@powiadomienia.mbank.pl')),
         ('To', rc),
         ('Subject', ew('Zmiany w Taryfie prowizji i opłat od 1 lutego 2027 r.', 'UTF-8', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@powiadomienia.mbank.pl>' % hx(sd + 'mid', 30))],
        ALT(T(text_of(paras)), H(html), bnd('java', sd)))

    # ------------------------------------------------------------------ 33 pl
    dt = mkdt('2026-12-03 13:02:40', '+0100')
    sd = 'b33'
    rc = 'k.nowak@example.com'
    text = ('Szanowna Pani,\n\nna Pani profilu na eZUS (Platforma Usług Elektronicznych ZUS) pojawiła się nowa wiadomość.\n\n'
            'Płatnik: EXAMPLE GROUP POLSKA SP. Z O.O.\nRodzaj: Informacja o stanie konta płatnika składek\n\n'
            'Aby ją przeczytać, zaloguj się na www.zus.pl/ezus.\n\nTa wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.\n\n'
            'Zakład Ubezpieczeń Społecznych\n')
    add(F, 33, 'pl', 'ezus-nowa-wiadomosc',
        'Genuine Polish social-insurance (ZUS eZUS) notification of a new message on the employer\'s profile; plain text, no personalised links.',
        '<powiadomienia@zus.pl>', rc, 'mx-out1.zus.pl', 'mx-out1.zus.pl', '195.164.193.31', dt,
        [('Date', R(dt)),
         ('From', A('eZUS', 'powiadomienia@zus.pl')),
         ('To', rc),
         ('Subject', ew('Nowa wiadomość na eZUS', 'UTF-8', 'B')),
         ('Message-ID', '<%d.%d.%d.JavaMail.pue@ezus-app%02d>' % (num(sd, 10 ** 6, 10 ** 7), num(sd + 'b', 100, 999), num(sd + 'c', 10 ** 12, 10 ** 13), num(sd + 'd', 1, 12)))],
        T(text, 'UTF-8', 'base64'))

    # ------------------------------------------------------------------ 34 pl
    dt = mkdt('2026-12-04 10:12:19', '+0100')
    sd = 'b34'
    rc = 'a.kowalczyk@example.com'
    nr = '%024d' % num(sd, 10 ** 23, 10 ** 24 - 1)
    html = ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"></head><body style="margin:0;background:#f6f6f6;font-family:Arial">\n'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="background:#ffcb04;padding:16px 24px;font-size:24px;color:#1d1d1b"><b>InPost</b></td></tr>\n'
            '<tr><td style="padding:24px;font-size:15px;color:#1d1d1b">Cześć!<br><br>Twoja paczka od <b>biurowe24.pl</b> czeka w Paczkomacie&reg; <b>WRO12M</b> '
            '(ul. Legnicka 48, Wrocław).<br><br>Numer paczki: %s<br>Kod odbioru: <b>%06d</b><br>Paczka czeka do: 06.12.2026, 10:12<br><br>'
            'Odbierz ją kodem QR w aplikacji InPost Mobile lub wpisując numer telefonu i kod odbioru na ekranie Paczkomatu.<br><br>'
            '<a href="https://inpost.pl/sledzenie-przesylek?number=%s">Śledź przesyłkę</a></td></tr>\n'
            '<tr><td style="padding:16px 24px;font-size:11px;color:#777">InPost nigdy nie prosi o dopłaty przez SMS ani e-mail do paczek opłaconych przez nadawcę.<br>InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków</td></tr>\n'
            '</table></body></html>\n') % (nr, num(sd + 'k', 100000, 999999), nr)
    add(F, 34, 'pl', 'inpost-paczka-w-paczkomacie',
        'Genuine InPost parcel-locker pickup notification with pickup code and tracking link on inpost.pl.',
        '<bounce-%s@mail.inpost.pl>' % hx(sd, 12), rc, 'mta2.mail.inpost.pl', 'mta2.mail.inpost.pl', '185.153.140.22', dt,
        [('From', A('InPost', 'powiadomienia@inpost.pl')),
         ('To', rc),
         ('Subject', ew('Twoja paczka czeka w Paczkomacie WRO12M', 'UTF-8', 'Q')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@mail.inpost.pl>' % hx(sd + 'mid', 32))],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1]).replace('&reg;', '®')), H(html), bnd('go', sd)))

    # ------------------------------------------------------------------ 35 pl
    dt = mkdt('2026-12-04 11:47:52', '+0100')
    sd = 'b35'
    rc = 'k.nowak@example.com'
    pre, mb = exch_internal(sd, dt)
    rent = pdf(['#FAKTURA VAT nr 12/2026/NAJ', 'Sprzedawca: Legnicka Office Park Sp. z o.o.', 'Nabywca: Example Group Polska Sp. z o.o.', '',
                'Czynsz najmu biura, lokal 3.08, grudzien 2026      18 400,00 PLN netto', 'Oplaty eksploatacyjne grudzien 2026              2 950,00 PLN netto',
                'VAT 23%: 4 910,50 PLN', 'Do zaplaty: 26 260,50 PLN', 'Termin platnosci: 04.12.2026'], title='12/2026/NAJ', producer='enova365')
    paras = ['Kasiu,', '',
             'przesyłam fakturę za najem biura za grudzień – administracja budynku dzwoniła, że termin płatności mija dzisiaj, '
             'a faktura utknęła u mnie w skrzynce (przyszła na stary adres biuro@). Numer konta jest ten sam co zawsze, sprawdziłam z umową.', '',
             'Czy dasz radę puścić przelew jeszcze dziś? Jeśli potrzebujesz akceptacji Piotra, jest w biurze do 15:00.', '',
             'Dzięki!', 'Agnieszka', '', 'Agnieszka Kowalczyk', 'Office Manager | Example Group Polska', 'tel. +48 71 700 12 05']
    html = outlook_html([_x(p) for p in paras], 'PL', 'iso-8859-2')
    body = MIX([ALT(T(text_of(paras), 'iso-8859-2'), H(html, 'iso-8859-2'), bnd('outlook', sd + 'a')),
                ATT('application/pdf', rent, 'FV_12_2026_NAJ_Legnicka_Office_Park.pdf')], bnd('outlook', sd + 'm'))
    add(F, 35, 'pl', 'wewnetrzny-pilna-faktura-najem',
        'Internal urgent payment request (via the internal relay) from the Polish office manager to the accountant for the office-rent invoice due today; genuine despite urgency cues.',
        '<a.kowalczyk@example.com>', rc, INT_HELO[0], INT_HELO[1], INT_HELO[2], dt,
        [('From', A(S('a.kowalczyk@example.com'), 'a.kowalczyk@example.com')),
         ('To', A(S(rc), rc)),
         ('Cc', A(S('p.wisniewski@examplegroup.eu'), 'p.wisniewski@examplegroup.eu', 'iso-8859-2', 'Q')),
         ('Subject', ew('PILNE: faktura za najem biura - termin płatności dziś', 'iso-8859-2', 'Q')),
         ('Thread-Topic', ew('PILNE: faktura za najem biura - termin płatności dziś', 'iso-8859-2', 'Q')),
         ('Thread-Index', tindex(sd)),
         ('Date', R(dt)),
         ('Message-ID', exch_mid(sd, mb)),
         ('Accept-Language', 'pl-PL, en-US'),
         ('Content-Language', 'pl-PL'),
         ('X-MS-Has-Attach', 'yes'),
         ('X-MS-TNEF-Correlator', ''),
         ('Importance', 'high'),
         ('X-Priority', '1'),
         ('x-originating-ip', '[10.60.10.31]')],
        body, pre=pre)

    # ------------------------------------------------------------------ 36 el
    dt = mkdt('2026-11-30 09:30:12', '+0200')
    sd = 'b36'
    rc = 'e.georgiou@example.com'
    paras = ['Αγαπητέ χρήστη,', '',
             'Σας ενημερώνουμε ότι στη Θυρίδα σας στην πλατφόρμα myAADE υπάρχει νέο μήνυμα.', '',
             'Θέμα: Πράξη διοικητικού προσδιορισμού φόρου - Φ.Π.Α. Οκτωβρίου 2026', '',
             'Για να το δείτε, συνδεθείτε με τους κωδικούς σας TAXISnet στην ιστοσελίδα www.aade.gr > myAADE > Θυρίδα.', '',
             'Το μήνυμα αυτό στάλθηκε αυτόματα. Η ΑΑΔΕ δεν ζητά ποτέ κωδικούς ή τραπεζικά στοιχεία μέσω e-mail.', '',
             'Ανεξάρτητη Αρχή Δημοσίων Εσόδων']
    add(F, 36, 'el', 'myaade-thyrida-neo-minima',
        'Genuine AADE (Greek tax authority) notification of a new message in the myAADE inbox; plain text, no links beyond naming the official site.',
        '<noreply@aade.gr>', rc, 'mail2.aade.gr', 'mail2.aade.gr', '83.212.240.36', dt,
        [('Date', R(dt)),
         ('From', A('myAADE', 'noreply@aade.gr')),
         ('To', rc),
         ('Subject', ew('Νέο μήνυμα στη Θυρίδα σας - myAADE', 'UTF-8', 'B')),
         ('Message-ID', '<%d.%d.JavaMail.myaade@aade.gr>' % (num(sd, 10 ** 8, 10 ** 9), num(sd + 'b', 10 ** 12, 10 ** 13)))],
        T(text_of(paras), 'UTF-8', 'quoted-printable'))

    # ------------------------------------------------------------------ 37 el
    dt = mkdt('2026-12-01 12:26:41', '+0200')
    sd = 'b37'
    rc = 'n.dimitriou@example.com'
    spec = pdf(['#Afoi Konstantinou A.E. - Aitima prosforas AP-2026-211', '', 'Eidos: Plakes stirixis MP-400 galvanized - 150 tem.',
                'Eidos: Kanonia stirixis WK-220 - 400 tem.', 'Paradosi: Aspropyrgos, Ianouarios 2027', 'Plirwmi: 60 imeres'], title='AP-2026-211', producer='Microsoft Word')
    paras = ['Καλησπέρα κύριε Δημητρίου,', '',
             'Σε συνέχεια της τηλεφωνικής μας επικοινωνίας, σας επισυνάπτω το αίτημα προσφοράς μας για πλάκες στήριξης και κονσόλες '
             'για το νέο κέντρο διανομής στον Ασπρόπυργο.', '',
             'Θα θέλαμε την προσφορά σας με τιμές χωρίς ΦΠΑ, χρόνο παράδοσης και όρους πληρωμής έως την Παρασκευή 11/12.', '',
             'Με εκτίμηση,', 'Μαρία Αντωνίου', 'Τμήμα Προμηθειών', 'Αφοί Κωνσταντίνου Α.Ε.', 'Τηλ. 210 55 91 %03d' % num(sd, 100, 999)]
    html = outlook_html([_x(p) for p in paras], 'EL', 'iso-8859-7')
    body = MIX([ALT(T(text_of(paras), 'iso-8859-7'), H(html, 'iso-8859-7'), bnd('nextpart', sd + 'a')),
                ATT('application/pdf', spec, 'Αίτημα_προσφοράς_AP-2026-211.pdf', fnstyle='ew', fn_cs='iso-8859-7')], bnd('nextpart', sd + 'm'))
    add(F, 37, 'el', 'aitima-prosforas-pelatis',
        'Genuine request for quotation from a Greek customer (Outlook, ISO-8859-7) with a PDF whose Greek file name is RFC 2047 encoded.',
        '<m.antoniou@afoi-konstantinou.gr>', rc, 'mail.afoi-konstantinou.gr', 'mail.afoi-konstantinou.gr', '62.103.57.140', dt,
        [('From', A('Μαρία Αντωνίου', 'm.antoniou@afoi-konstantinou.gr', 'iso-8859-7', 'B')),
         ('To', A('Νίκος Δημητρίου', rc, 'iso-8859-7', 'B')),
         ('Subject', ew('Αίτημα προσφοράς AP-2026-211 - πλάκες και κονσόλες', 'iso-8859-7', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<000001dc63%s$%s$%s@afoi-konstantinou.gr>' % (hx(sd + '1', 6), hx(sd + '2', 8), hx(sd + '3', 8))),
         ('X-Mailer', 'Microsoft Outlook 16.0'),
         ('Thread-Index', tindex(sd)),
         ('Content-Language', 'el')],
        body, pre=['from MARIA-PC (ppp-94-69-%d-%d.home.otenet.gr [94.69.%d.%d])\n\t(Authenticated sender: m.antoniou@afoi-konstantinou.gr)\n\tby mail.afoi-konstantinou.gr (Postfix) with ESMTPSA id 4dLmX22jq7z4wZ\n\tfor <%s>; %s' % (
            num(sd + 'i', 1, 250), num(sd + 'j', 1, 250), num(sd + 'i', 1, 250), num(sd + 'j', 1, 250), rc, R(dt, 1, '+0200', True))])

    # ------------------------------------------------------------------ 38 el
    dt = mkdt('2026-12-02 14:10:05', '+0200')
    sd = 'b38'
    rc = 'g.papadopoulos@examplegroup.eu'
    helo, rdns, ip, pre, srv, fq = m365(sd, dt, rc, pod='eurprd09', eop=('EUR03-AM7-obe', 'am7eur03on2', '40.107.105.', 40))
    slip = pdf(['#Payroll Hellas - Apodeixi pliromis', 'Ergodotis: EXAMPLE GROUP HELLAS M.IKE', 'Ergazomenos: PAPADOPOULOS GEORGIOS',
                'Periodos: 11/2026', '', 'Akatharistes apodoxes: *****', 'Kratiseis EFKA: *****', 'Foros: *****', 'Pliroteo: *****'],
               title='Payslip 11/2026', producer='Payroll Hellas ERP')
    zp = zip_encrypted([('Apodeixi_11_2026_PAPADOPOULOS.pdf', slip)], '0417')
    paras = ['Αγαπητέ κύριε Παπαδόπουλε,', '',
             'Σας αποστέλλουμε την απόδειξη πληρωμής μισθοδοσίας για τον μήνα Νοέμβριο 2026.', '',
             'Για λόγους προστασίας προσωπικών δεδομένων το αρχείο είναι κρυπτογραφημένο. Κωδικός είναι τα 4 τελευταία ψηφία του ΑΦΜ σας, '
             'όπως έχει συμφωνηθεί με την εταιρεία σας.', '',
             'Με εκτίμηση,', 'Payroll Hellas Α.Ε.', 'Υπηρεσίες Μισθοδοσίας', 'Λεωφ. Κηφισίας 124, 115 26 Αθήνα']
    html = outlook_html([_x(p) for p in paras], 'EL', 'utf-8')
    body = MIX([ALT(T(text_of(paras)), H(html), bnd('outlook', sd + 'a')),
                ATT('application/x-zip-compressed', zp, 'Apodeixi_Misthodosias_11_2026.zip')], bnd('outlook', sd + 'm'))
    add(F, 38, 'el', 'payroll-apodeixi-kryptografimeno-zip',
        'Genuine payslip from the Greek payroll provider (Microsoft 365) as a password-protected ZIP, the password being agreed out of band (not in the mail).',
        '<misthodosia@payrollhellas.gr>', rc, helo, rdns, ip, dt,
        [('From', A('Payroll Hellas - Μισθοδοσία', 'misthodosia@payrollhellas.gr', 'UTF-8', 'B')),
         ('To', A('Γιώργος Παπαδόπουλος', rc, 'UTF-8', 'B')),
         ('Subject', ew('Απόδειξη πληρωμής μισθοδοσίας Νοεμβρίου 2026', 'UTF-8', 'B')),
         ('Date', R(dt)), ('Message-ID', m365_mid(sd, srv, fq))] + m365_extra(sd, ew('Απόδειξη πληρωμής μισθοδοσίας Νοεμβρίου 2026', 'UTF-8', 'B'), True, 'el-GR'),
        body, pre=pre)

    # ------------------------------------------------------------------ 39 el
    dt = mkdt('2026-12-03 09:05:33', '+0200')
    sd = 'b39'
    rc = 'n.dimitriou@example.com'
    vn = '%010d' % num(sd, 10 ** 9, 10 ** 10 - 1)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px;color:#333">\n'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#d8232a;padding:14px 20px;color:#fff;font-size:22px"><b>ACS</b> Courier</td></tr>\n'
            '<tr><td style="padding:20px">Αγαπητέ/ή πελάτη,<br><br>Η αποστολή σας με αριθμό <b>%s</b> από <b>ΚΩΣΤΟΠΟΥΛΟΣ ΕΚΤΥΠΩΣΕΙΣ</b> '
            'βρίσκεται στο κατάστημα διανομής και θα παραδοθεί σήμερα.<br><br>'
            '<a href="https://www.acscourier.net/el/track-and-trace?p_p_id=ACSCustomersAreaTrackTrace&amp;generalCode=%s">Παρακολούθηση αποστολής</a><br><br>'
            'Η ACS δεν ζητά ποτέ πληρωμή με SMS ή e-mail για την παράδοση αποστολών.<br><br>ACS Courier Α.Ε.Ε.</td></tr></table></body></html>\n') % (vn, vn)
    add(F, 39, 'el', 'acs-courier-paradosi-simera',
        'Genuine ACS Courier out-for-delivery notification with tracking link on acscourier.net.',
        '<noreply@acscourier.net>', rc, 'mailout.acscourier.net', 'mailout.acscourier.net', '212.205.126.61', dt,
        [('From', A('ACS Courier', 'noreply@acscourier.net')),
         ('To', rc),
         ('Subject', ew('Η αποστολή σας %s παραδίδεται σήμερα' % vn, 'UTF-8', 'B')),
         ('Date', R(dt)),
         ('Message-ID', '<%s@acscourier.net>' % hx(sd + 'mid', 28))],
        ALT(T(strip_tags(html.split('<body', 1)[1].split('>', 1)[1]), 'UTF-8', 'base64'), H(html, 'UTF-8', 'base64'), bnd('=', sd)))

    # ------------------------------------------------------------------ 40 el
    dt = mkdt('2026-12-04 12:33:14', '+0200')
    sd = 'b40'
    rc = 'g.papadopoulos@examplegroup.eu'
    pre, mb = exch_internal(sd, dt, '+0200')
    xl = xlsx([['Περιγραφή', 'Ποσό (€)'], ['ΦΠΑ εκροών Νοεμβρίου', 48210.44], ['ΦΠΑ εισροών Νοεμβρίου', 31077.19],
               ['Πιστωτικό υπόλοιπο προηγ. περιόδου', 0], ['ΦΠΑ προς καταβολή', 17133.25]], sheet='ΦΠΑ 11-2026')
    paras = ['Γιώργο καλημέρα,', '',
             'σου στέλνω την εκκαθάριση ΦΠΑ Νοεμβρίου. Το ποσό προς καταβολή είναι 17.133,25 € και η προθεσμία είναι την Πέμπτη 31/12 μέσω e-banking (ταυτότητα οφειλής από myAADE).', '',
             'Αν συμφωνείς, απάντησέ μου με ένα «ΟΚ» για να ετοιμάσω την πληρωμή στο Winbank προς έγκριση.', '',
             'Ευχαριστώ,', 'Ελένη', '', 'Ελένη Γεωργίου', 'Λογιστήριο & Προσωπικό | Example Group Hellas', 'Τηλ. 210 600 33 12']
    html = outlook_html([_x(p) for p in paras], 'EL', 'iso-8859-7')
    body = MIX([ALT(T(text_of(paras), 'iso-8859-7'), H(html, 'iso-8859-7'), bnd('outlook', sd + 'a')),
                ATT('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xl, 'Εκκαθάριση_ΦΠΑ_11-2026.xlsx', fnstyle='ew', fn_cs='iso-8859-7')],
               bnd('outlook', sd + 'm'))
    add(F, 40, 'el', 'esoteriko-ekkatharisi-fpa-xlsx',
        'Internal mail (via the internal relay, Greek display names, ISO-8859-7) from the Greek accountant to the country manager asking approval of the November VAT payment, with XLSX.',
        '<e.georgiou@example.com>', rc, INT_HELO[0], INT_HELO[1], INT_HELO[2], dt,
        [('From', A(S('e.georgiou@example.com'), 'e.georgiou@example.com', 'iso-8859-7', 'B')),
         ('To', A(S(rc), rc, 'iso-8859-7', 'B')),
         ('Subject', ew('Εκκαθάριση ΦΠΑ Νοεμβρίου 2026 - έγκριση πληρωμής', 'iso-8859-7', 'B')),
         ('Thread-Topic', ew('Εκκαθάριση ΦΠΑ Νοεμβρίου 2026 - έγκριση πληρωμής', 'iso-8859-7', 'B')),
         ('Thread-Index', tindex(sd)),
         ('Date', R(dt)),
         ('Message-ID', exch_mid(sd, mb)),
         ('Accept-Language', 'el-GR, en-US'),
         ('Content-Language', 'el-GR'),
         ('X-MS-Has-Attach', 'yes'),
         ('X-MS-TNEF-Correlator', ''),
         ('x-originating-ip', '[10.80.10.12]')],
        body, pre=pre)


# ===========================================================================
# output
# ===========================================================================

INFRA = """\
## Infrastructure notes

* **Inbound MX:** `mx01.example.com` (Postfix) receives all mail for `example.com` and `examplegroup.eu`.
  Its own stamp is always the top `Received:` header: `from <HELO> (<rDNS> [<IP>]) by mx01.example.com (Postfix)
  with ESMTP(S) id <queue-id> for <recipient>; <date> (CET)`. Everything below that header was written by the
  sending side and is therefore attacker-controllable in the attack set.
* **Internal mail:** staff mailboxes live on on-premises Exchange 2019 (`EXMBX01/02.corp.example.com`, 10.20.1.11/12).
  Colleague-to-colleague mail is relayed by `mail-int01.example.com` (10.20.0.25) and arrives at mx01 as
  `from mail-int01.example.com (mail-int01.example.com [10.20.0.25]) by mx01.example.com`. Office client subnets:
  DE 10.20.30.0/24, UK 10.30.0.0/16, IT 10.40.0.0/16, ES 10.50.0.0/16, PL 10.60.0.0/16, RU 10.70.0.0/16, GR 10.80.0.0/16.
  Identity is hybrid with Microsoft Entra ID (tenant `examplegroup.onmicrosoft.com`) for MFA/SSO.
* **Real partner infrastructure (as used in this set):**
  * Lieferant GmbH (`lieferant-gmbh.de`): own Postfix `mail.lieferant-gmbh.de` 85.214.132.47; office NAT
    87.128.44.210 (`p57802cd2.dip0.t-ipconnect.de`); Outlook clients, ERP (Sage 100), Roundcube webmail.
    Bank account: Commerzbank, IBAN %s.
  * Ferretti Trasporti (`ferretti-trasporti.it`): Aruba hosted mail, outbound `smtpcmd08xx.aruba.it` (62.149.156.0/24);
    office IP 93.62.17.85.
  * Partner Logistik (`partner-logistik.pl`): Google Workspace (outbound `mail-*.google.com`, 209.85.128.0/17).
* **Authentication:** no `Authentication-Results`, `DKIM-Signature` or `ARC-*` headers are included (they could not be
  valid for synthetic messages); the filter is expected to evaluate SPF/DKIM/DMARC itself. Sending IPs were chosen
  to be plausible for the claimed infrastructure (Microsoft 365 40.107.x/52.101.x, Google 209.85.x, Amazon SES
  54.240.x, SendGrid 149.72.x, Mailchimp 198.2.x, Brevo 1.179.x, Zoho 136.143.x, GMX/WEB.DE 212.227.x, Yandex
  178.154.x, Mail.ru 95.163.x, PayPal 173.0.84.x, Aruba 62.149.x, hosting/VPS ranges for the rest).
* **Dates:** all messages are dated 2026-11-30 .. 2026-12-05; `Date:` uses the sender's local offset, mx01 stamps CET.
* **Attachments:** every attachment is harmless. PDFs, DOCX, XLSX, ZIP (incl. ZipCrypto-encrypted ZIPs), GZIP, ICS,
  PNG, JPEG, SVG, HTML, XML and PKCS#7 are minimal but structurally valid. Where a real campaign would carry
  executable content (.lnk, .js, .scr, .exe, scripts in SVG/HTML) the file contains only a PLACEHOLDER text.
  QR codes (attack 01, attack 07 and the legitimate GiroCode in business 08) are real, decodable QR codes.
* **Encrypted archive passwords:** attack 09 `LP4932`, attack 14 `1482026`, business 38 `0417`.
* **Build:** `gen/build.py` (Python 3 standard library only) is deterministic; re-running produces byte-identical files.
"""


def write_all():
    build_attacks()
    build_business()
    for folder in ('attack', 'business'):
        p = os.path.join(ROOT, folder)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for folder, fname, desc, data in MESSAGES:
        with open(os.path.join(ROOT, folder, fname), 'wb') as f:
            f.write(data)
    # staff.txt
    with open(os.path.join(ROOT, 'staff.txt'), 'w', encoding='utf-8', newline='\n') as f:
        for n, a, r, o in STAFF:
            f.write('%s=%s\n' % (n, a))
    # MANIFEST
    L = ['# Example Group - held-out mail test set (audit20)', '',
         'Company domains: `example.com`, `examplegroup.eu` (~700 mailboxes). Offices: Frankfurt am Main (HQ, DE), Manchester (UK), '
         'Milano (IT), Wroclaw (PL), Athens (GR), Madrid (ES), Moscow (RU).', '',
         '## Staff', '', '| Display name | Address | Role | Office |', '|---|---|---|---|']
    for n, a, r, o in STAFF:
        L.append('| %s | %s | %s | %s |' % (n, a, r, o))
    L += ['', '### Shared / role mailboxes', '', '| Address | Purpose |', '|---|---|']
    for a, d in SHARED:
        L.append('| %s | %s |' % (a, d))
    L += ['', '### External correspondents (legitimate)', '',
          '| Address | Person / function |', '|---|---|',
          '| s.maier@lieferant-gmbh.de | Sandra Maier, sales back-office, Lieferant GmbH (German supplier) |',
          '| p.lang@lieferant-gmbh.de | Peter Lang, head of dispatch, Lieferant GmbH |',
          '| rechnungen@lieferant-gmbh.de | Lieferant GmbH accounts receivable (invoices) |',
          '| c.colombo@ferretti-trasporti.it | Claudio Colombo, traffic office, Ferretti Trasporti S.r.l. (Italian haulier) |',
          '| amministrazione@ferretti-trasporti.it | Ferretti Trasporti administration (invoices) |',
          '| t.zielinski@partner-logistik.pl | Tomasz Zielinski, key-account manager, Partner Logistik Sp. z o.o. (Polish logistics partner) |',
          '| ksiegowosc@partner-logistik.pl | Partner Logistik accounting (invoices) |', '',
          'Note: in this set p.lang@lieferant-gmbh.de (attack 09), c.colombo@ferretti-trasporti.it (attack 24) and '
          't.zielinski@partner-logistik.pl (attack 32) are **genuinely compromised** and send hostile mail through their '
          'real infrastructure. c.colombo@ferretti-trasporti.it and t.zielinski@partner-logistik.pl also send legitimate mail '
          'in business/ (25, 31) through the same infrastructure, as do other Lieferant GmbH mailboxes (business 08, 09).', '']
    for folder, title in (('attack', 'attack/ - should NOT be delivered plainly to the inbox'), ('business', 'business/ - legitimate mail')):
        L += ['## ' + title, '', '| File | Description |', '|---|---|']
        for fo, fname, desc, data in MESSAGES:
            if fo == folder:
                L.append('| %s | %s |' % (fname, desc.replace('|', '/')))
        L.append('')
    L.append(INFRA % iban_fmt(LIEF_IBAN))
    with open(os.path.join(ROOT, 'MANIFEST.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    write_all()
    na = sum(1 for m in MESSAGES if m[0] == 'attack')
    nb = sum(1 for m in MESSAGES if m[0] == 'business')
    print('attack: %d  business: %d  staff: %d' % (na, nb, len(STAFF)))
