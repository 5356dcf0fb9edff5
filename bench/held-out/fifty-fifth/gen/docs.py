"""Inert attachments: text-only PDF, ZIP (plain and ZipCrypto), SVG helpers."""
import binascii
import hashlib
import random
import struct
import zipfile
import zlib
import io

# ------------------------------------------------------------------ PDF
_WINANSI_EXTRA = {
    0x20AC: 0x80, 0x201A: 0x82, 0x201E: 0x84, 0x2026: 0x85, 0x2013: 0x96,
    0x2014: 0x97, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94,
    0x2022: 0x95,
}


def _pdf_str(b):
    out = b"("
    for c in b:
        if c in b"()\\":
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out += bytes([c])
    return out + b")"


def pdf(lines, title="", author="", producer="Microsoft\xae Word f\xfcr Microsoft 365",
        created="20261012091500+02'00'", font_size=10):
    """lines: list of str, or (str, size) / (str, size, 'B') tuples.
    Latin-1 / WinAnsi text uses Helvetica with WinAnsiEncoding; anything else
    gets a simple TrueType font (Arial) with a Differences array and ToUnicode."""
    flat = [(l, font_size, "") if isinstance(l, str) else (l + ("",))[:3] if len(l) == 2 else l
            for l in lines]
    chars = sorted({ord(c) for l, _, _ in flat for c in l if ord(c) > 126})
    latin = all(c <= 0xFF or c in _WINANSI_EXTRA for c in chars)
    codemap = {}
    if latin:
        for c in chars:
            codemap[c] = _WINANSI_EXTRA.get(c, c)
    else:
        if len(chars) > 128:
            raise ValueError("too many distinct glyphs")
        for i, c in enumerate(chars):
            codemap[c] = 128 + i

    def enc(s):
        return bytes(codemap.get(ord(c), ord(c)) for c in s)

    ops = [b"BT"]
    y = 800
    for text, size, style in flat:
        fnt = b"/F2" if style == "B" else b"/F1"
        ops.append(b"%s %d Tf 1 0 0 1 56 %d Tm %s Tj" % (fnt, size, y, _pdf_str(enc(text))))
        y -= int(size * 1.45)
        if y < 50:
            raise ValueError("PDF page overflow")
    ops.append(b"ET")
    content = zlib.compress(b"\n".join(ops))
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>")
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content
                + b"\nendstream")
    if latin:
        objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        info_no = 7
    else:
        diffs = b" ".join(b"/uni%04X" % c for c in chars)
        cmap_lines = b"\n".join(b"<%02X> <%04X>" % (codemap[c], c) for c in chars)
        cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                b"1 begincodespacerange <00> <FF> endcodespacerange\n"
                b"%d beginbfchar\n" % len(chars) + cmap_lines + b"\nendbfchar\n"
                b"endcmap CMapName currentdict /CMap defineresource pop end end")
        cmapz = zlib.compress(cmap)
        widths = b" ".join([b"556"] * (256 - 32))
        for base in (b"Arial", b"Arial,Bold"):
            objs.append(b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 "
                        b"/Widths [%s] /FontDescriptor 9 0 R "
                        b"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding "
                        b"/Differences [128 %s] >> /ToUnicode 8 0 R >>" % (base, widths, diffs))
        info_no = 7
    def pdfu(s):
        if all(ord(c) < 128 for c in s):
            return _pdf_str(s.encode())
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"
    objs.append(b"<< /Title %s /Author %s /Producer %s /CreationDate (D:%s) /ModDate (D:%s) >>"
                % (pdfu(title), pdfu(author), pdfu(producer), created.encode(), created.encode()))
    if not latin:
        objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cmapz) + cmapz
                    + b"\nendstream")
        objs.append(b"<< /Type /FontDescriptor /FontName /Arial /Flags 32 "
                    b"/FontBBox [-665 -325 2000 1040] /ItalicAngle 0 /Ascent 905 /Descent -212 "
                    b"/CapHeight 716 /StemV 80 >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(out).hexdigest().upper().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, info_no, fid, fid, xref))
    return out


def pdf_text(data):
    """Extract the shown strings (for self-checks)."""
    import re
    m = re.search(rb"stream\n(.*?)\nendstream", data, re.S)
    content = zlib.decompress(m.group(1))
    return content


# ------------------------------------------------------------------ ZIP
_CRC = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _crc(self, c, b):
        return (c >> 8) ^ _CRC[(c ^ b) & 0xFF]

    def _upd(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], k[1] >> 24)

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


def zip_files(files, password=None, seed="zip", dt=(2026, 10, 12, 9, 14, 0)):
    """files: list of (name, bytes). Deflate; ZipCrypto if password given.
    Non-ASCII names are stored as UTF-8 with flag bit 11."""
    rng = random.Random(seed)
    local = b""
    central = b""
    dtime, ddate = _dos(dt)
    for name, data in files:
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        flags = 0
        try:
            nb = name.encode("ascii")
        except UnicodeEncodeError:
            nb = name.encode("utf-8")
            flags |= 0x800
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode())
            hdr = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.enc(hdr) + zc.enc(comp)
        off = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dtime, ddate, crc,
                             len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, 8, dtime,
                               ddate, crc, len(comp), len(data), len(nb), 0, 0, 0, 0,
                               0o100644 << 16, off) + nb
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central),
                      len(local), 0)
    out = local + central + end
    # self-check with the standard library
    with zipfile.ZipFile(io.BytesIO(out)) as z:
        for name, data in files:
            assert z.read(name, pwd=password.encode() if password else None) == data
    return out


# ------------------------------------------------------------------ SVG
def svg_lure(title, lines, button, href, brand_color="#ffc820", sub=""):
    """An SVG image that looks like a document preview with a link. No script."""
    esc = lambda s: (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                     .replace('"', "&quot;"))
    body = []
    y = 150
    for l in lines:
        body.append('<text x="60" y="%d" font-family="Segoe UI, Arial" font-size="15" fill="#333">%s</text>'
                    % (y, esc(l)))
        y += 24
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'width="640" height="480" viewBox="0 0 640 480">\n'
            '<rect width="640" height="480" fill="#f4f4f4"/>\n'
            '<rect x="30" y="30" width="580" height="420" rx="6" fill="#ffffff" stroke="#d0d0d0"/>\n'
            '<rect x="30" y="30" width="580" height="64" rx="6" fill="%s"/>\n'
            '<text x="60" y="72" font-family="Segoe UI, Arial" font-size="22" font-weight="bold" '
            'fill="#1e1e1e">%s</text>\n'
            '<text x="60" y="120" font-family="Segoe UI, Arial" font-size="13" fill="#666">%s</text>\n'
            '%s\n'
            '<a xlink:href="%s" href="%s" target="_blank">\n'
            '<rect x="60" y="%d" width="240" height="46" rx="4" fill="#1e4fa0"/>\n'
            '<text x="180" y="%d" text-anchor="middle" font-family="Segoe UI, Arial" font-size="16" '
            'fill="#ffffff">%s</text>\n</a>\n</svg>\n'
            % (brand_color, esc(title), esc(sub), "\n".join(body), esc(href), esc(href),
               y + 20, y + 49, esc(button)))
