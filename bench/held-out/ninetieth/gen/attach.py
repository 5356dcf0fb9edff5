"""Inert attachment builders: text-only PDF, ZIP (plain / ZipCrypto),
SVG and HTML helpers.  Nothing here produces executable content."""
import random
import struct
import zlib

# ---------------------------------------------------------------- PDF
_TRANSLIT = {
    "ł": "l", "Ł": "L", "ą": "a", "Ą": "A", "ę": "e", "Ę": "E", "ś": "s", "Ś": "S",
    "ć": "c", "Ć": "C", "ń": "n", "Ń": "N", "ź": "z", "Ź": "Z", "ż": "z", "Ż": "Z",
    "ő": "o", "ű": "u", "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ğ": "g",
    "\u2011": "-", "\u2212": "-",
}


def _pdf_text(s):
    out = []
    for ch in s:
        ch = _TRANSLIT.get(ch, ch)
        try:
            b = ch.encode("cp1252")
        except UnicodeEncodeError:
            b = b"?"
        for byte in b:
            c = chr(byte)
            if c in "()\\":
                out.append("\\" + c)
            elif byte < 32 or byte > 126:
                out.append("\\%03o" % byte)
            else:
                out.append(c)
    return "".join(out)


def pdf(lines, title="", author="", creator="Microsoft\u00ae Word f\u00fcr Microsoft 365",
        producer="Microsoft\u00ae Word f\u00fcr Microsoft 365", date="D:20261012091500+02'00'",
        links=(), fontsize=10):
    """lines: list of str or (str, style) where style in {'b','h','s'};
    links: list of (x0, y0, x1, y1, uri) link annotations (no JavaScript)."""
    content = ["BT", "/F1 %d Tf" % fontsize, "50 790 Td", "%d TL" % (fontsize + 4)]
    first = True
    for ln in lines:
        style = ""
        if isinstance(ln, tuple):
            ln, style = ln
        font = {"b": "/F2 %d Tf" % fontsize, "h": "/F2 %d Tf" % (fontsize + 4),
                "s": "/F1 %d Tf" % (fontsize - 3)}.get(style, "/F1 %d Tf" % fontsize)
        content.append(font)
        if not first:
            content.append("T*")
        first = False
        content.append("(%s) Tj" % _pdf_text(ln))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    cstream = zlib.compress(stream)
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    annots = ""
    if links:
        refs = " ".join("%d 0 R" % (8 + i) for i in range(len(links)))
        annots = " /Annots [%s]" % refs
    objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                 "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R%s >>"
                 % annots).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cstream) + cstream + b"\nendstream")
    info = "<< /Title (%s) /Author (%s) /Creator (%s) /Producer (%s) /CreationDate (%s) /ModDate (%s) >>" % (
        _pdf_text(title), _pdf_text(author), _pdf_text(creator), _pdf_text(producer), date, date)
    objs.append(info.encode("latin-1"))
    for (x0, y0, x1, y1, uri) in links:
        objs.append(("<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /Border [0 0 0] "
                     "/A << /S /URI /URI (%s) >> >>" % (x0, y0, x1, y1, _pdf_text(uri))).encode("latin-1"))
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# ---------------------------------------------------------------- ZIP
def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRC = _crc_table()


def _crc(k, b):
    return (k >> 8) ^ _CRC[(k ^ b) & 0xFF]


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._update(b)

    def _update(self, b):
        k = self.k
        k[0] = _crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def _dos_datetime(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_bytes(files, password=None, when=(2026, 10, 12, 8, 41, 10), seed="zip"):
    """files: list of (name, bytes). password: str or None (ZipCrypto)."""
    rnd = random.Random(seed)
    out = bytearray()
    central = bytearray()
    dtime, ddate = _dos_datetime(when)
    for name, data in files:
        fn = name.encode("utf-8")
        flags = 0
        if any(ord(c) > 127 for c in name):
            flags |= 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password:
            flags |= 1
            zc = _ZipCrypto(password.encode("utf-8"))
            header = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(header + comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, dtime, ddate,
                           crc, len(comp), len(data), len(fn), 0) + fn + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, flags, method,
                               dtime, ddate, crc, len(comp), len(data), len(fn), 0, 0, 0, 0,
                               (0o100644 << 16), off) + fn
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files),
                       len(central), cd_off, 0)
    return bytes(out)


PLACEHOLDER = b"INERT TEST PLACEHOLDER - this file is not executable and contains no code.\n"


# ---------------------------------------------------------------- SVG / HTML
def svg_lure(title, lines, button, href, brand_color="#0F6CBD", width=640, height=420):
    """SVG with a clickable link, no script (inert lure for the test set)."""
    ys = 130
    texts = []
    for ln in lines:
        texts.append('<text x="40" y="%d" font-family="Segoe UI, Arial" font-size="16" fill="#323130">%s</text>'
                     % (ys, _xml(ln)))
        ys += 28
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%d" height="%d" viewBox="0 0 %d %d">
<rect width="100%%" height="100%%" fill="#ffffff"/>
<rect width="100%%" height="64" fill="%s"/>
<text x="40" y="42" font-family="Segoe UI, Arial" font-size="22" fill="#ffffff">%s</text>
%s
<a xlink:href="%s" href="%s" target="_blank">
<rect x="40" y="%d" width="260" height="44" rx="4" fill="%s"/>
<text x="170" y="%d" text-anchor="middle" font-family="Segoe UI, Arial" font-size="16" fill="#ffffff">%s</text>
</a>
</svg>
""" % (width, height, width, height, brand_color, _xml(title), "\n".join(texts), _xml(href), _xml(href),
           ys + 10, brand_color, ys + 38, _xml(button))).encode("utf-8")


def _xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


esc = _xml
