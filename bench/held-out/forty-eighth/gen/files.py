"""Inert attachment builders: text-only PDF (optionally with a vector QR
code), ZIP archives (stored/deflated, optional PKWARE ZipCrypto), PNG.
Everything is deterministic."""

import hashlib
import struct
import unicodedata
import zlib

import qr

# ----------------------------------------------------------------- PDF

_TRANSLIT = {"ł": "l", "Ł": "L", "ß": "ss", "ı": "i", "đ": "d", "Đ": "D",
             "\u2011": "-", "\u2212": "-", "\u2009": " ", "\u202f": " "}


def pdf_safe(text):
    """Make text representable in WinAnsiEncoding (cp1252)."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c))
        try:
            base.encode("cp1252")
            out.append(base)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def _pdf_str(text, enc="cp1252"):
    if enc == "cp1252":
        b = pdf_safe(text).encode("cp1252")
    else:
        b = text.replace("\u2011", "-").encode(enc, errors="replace")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


def _font_dict(base, enc):
    if enc == "cp1252":
        return ("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base).encode()
    diffs = []
    for code in range(128, 256):
        try:
            ch = bytes([code]).decode(enc)
        except UnicodeDecodeError:
            continue
        diffs.append("%d /uni%04X" % (code, ord(ch)))
    widths = []
    for code in range(32, 256):
        ch = chr(code) if code < 128 else "x"
        w = 278 if ch in " .,:;!|'ilIjft()[]/" else (833 if ch in "mwMW" else 556)
        if base.endswith("Bold"):
            w = int(w * 1.06)
        widths.append(str(w))
    return ("<< /Type /Font /Subtype /Type1 /BaseFont /%s /FirstChar 32 /LastChar 255 /Widths [%s] "
            "/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >> /ToUnicode 8 0 R >>"
            % (base, " ".join(widths), " ".join(diffs))).encode()


def _tounicode(enc):
    rows = []
    for code in range(32, 256):
        try:
            ch = bytes([code]).decode(enc)
        except UnicodeDecodeError:
            continue
        rows.append("<%02X> <%04X>" % (code, ord(ch)))
    chunks = []
    for i in range(0, len(rows), 100):
        part = rows[i:i + 100]
        chunks.append("%d beginbfchar\n%s\nendbfchar" % (len(part), "\n".join(part)))
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n%s\nendcmap\n"
            "CMapName currentdict /CMap defineresource pop\nend\nend" % "\n".join(chunks)).encode("ascii")
    return b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"


def pdf(lines, title="", producer="Microsoft\u00ae Word f\u00fcr Microsoft 365",
        author="", created="20261012090000+02'00'", qr_text=None,
        qr_pos=(380, 520), qr_size=150, enc="cp1252"):
    """lines: list of str or (style, str) with style in 'h','b','n','s'.
    Returns bytes of a one-page (A4) PDF with plain text content.
    enc: cp1252 (WinAnsi) or a single-byte code page (cp1250/1251/1253)
    mapped with a Differences array and a ToUnicode CMap."""
    ops = ["BT"]
    y = 790
    for item in lines:
        style, txt = (item if isinstance(item, tuple) else ("n", item))
        font, size, lead = {"h": ("F2", 15, 22), "b": ("F2", 10, 14),
                            "n": ("F1", 10, 13), "s": ("F1", 7.5, 10)}[style]
        if txt == "":
            y -= 8
            continue
        ops.append("/%s %s Tf 1 0 0 1 56 %d Tm %s Tj" % (font, size, y, _pdf_str(txt, enc)))
        y -= lead
        if y < 50:
            break
    ops.append("ET")
    if qr_text:
        mods = qr.qr_modules(qr_text)
        n = len(mods)
        cell = qr_size / float(n + 8)
        x0, y0 = qr_pos
        ops.append("q 1 1 1 rg %.2f %.2f %.2f %.2f re f 0 0 0 rg" % (x0, y0, qr_size, qr_size))
        for r in range(n):
            for c in range(n):
                if mods[r][c]:
                    ops.append("%.3f %.3f %.3f %.3f re" % (x0 + (c + 4) * cell, y0 + qr_size - (r + 5) * cell, cell, cell))
        ops.append("f Q")
    content = "\n".join(ops).encode("latin-1")
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>")
    objs.append(_font_dict("Helvetica", enc))
    objs.append(_font_dict("Helvetica-Bold", enc))
    comp = zlib.compress(content, 9)
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
    info = "<< /Title %s /Author %s /Producer %s /CreationDate (D:%s) /ModDate (D:%s) >>" % (
        _pdf_str(pdf_safe(title)), _pdf_str(pdf_safe(author)), _pdf_str(producer), created, created)
    objs.append(info.encode("latin-1"))
    if enc != "cp1252":
        objs.append(_tounicode(enc))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(bytes(out)).hexdigest()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, fid.encode(), fid.encode(), xref))
    return bytes(out)


# ----------------------------------------------------------------- ZIP

def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if (c & 1) else (c >> 1)
        t.append(c)
    return t


_CRC = _crc_table()


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._update(c)

    def _crc(self, crc, b):
        return (crc >> 8) ^ _CRC[(crc ^ b) & 0xFF]

    def _update(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_archive(entries, password=None, seed="zip"):
    """entries: list of (name, bytes, (y,mo,d,h,mi,s)). Deflate compression.
    With password: traditional PKWARE encryption (ZipCrypto)."""
    out = bytearray()
    central = bytearray()
    for idx, (name, data, dt) in enumerate(entries):
        if isinstance(data, str):
            data = data.encode("utf-8")
        fname = name.encode("utf-8")
        flags = 0
        try:
            name.encode("ascii")
        except UnicodeEncodeError:
            flags |= 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 0x1
            hdr = bytearray(hashlib.sha256(("%s/%d" % (seed, idx)).encode()).digest()[:11])
            hdr.append(crc >> 24)
            zc = _ZipCrypto(password.encode("utf-8"))
            comp = zc.encrypt(bytes(hdr)) + zc.encrypt(comp)
        t, d = _dos_time(dt)
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d,
                           crc, len(comp), len(data), len(fname), 0)
        out += fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20,
                               flags, method, t, d, crc, len(comp), len(data),
                               len(fname), 0, 0, 0, 0, 0x20, offset)
        central += fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                       len(central), cd_off, 0)
    return bytes(out)


def png_banner(width, height, stripes):
    """A tiny deterministic PNG (logo-like banner): stripes = list of
    (y0, y1, gray)."""
    rows = []
    for y in range(height):
        g = 255
        for (a, b, v) in stripes:
            if a <= y < b:
                g = v
        rows.append([g] * width)
    return qr.png_gray(rows)
