"""Inert attachment builders: text-only PDF, ZIP (plain and ZipCrypto), SVG, HTML."""
import io
import struct
import unicodedata
import zipfile
import zlib

from mimegen import local

# ---------------------------------------------------------------- text helpers
_TRANSLIT = {
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
}
_GR = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
               ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o",
                "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]))
_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))

def translit(s):
    for a, b in (("ου", "ou"), ("Ου", "Ou"), ("ΟΥ", "OU"), ("ού", "ou"), ("αυ", "av"), ("ευ", "ev"), ("μπ", "mp")):
        s = s.replace(a, b)
    out = []
    for ch in s:
        low = ch.lower()
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        elif low in _GR or low in _RU:
            t = _GR.get(low, _RU.get(low))
            out.append(t.capitalize() if ch != low and t else t)
        else:
            try:
                ch.encode("cp1252")
                out.append(ch)
            except UnicodeEncodeError:
                d = unicodedata.normalize("NFKD", ch)
                out.append("".join(c for c in d if not unicodedata.combining(c)) or "?")
    return "".join(out)

def _pdfstr(s):
    b = translit(s).encode("cp1252", "replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"

def _pdfdate(utc, zone="DE"):
    t = local(utc, zone)
    from mimegen import tzinfo
    off, _ = tzinfo(zone, utc)
    return "D:%04d%02d%02d%02d%02d%02d%+03d'00'" % (t.year, t.month, t.day, t.hour, t.minute, t.second, off)

def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        if not para:
            out.append("")
            continue
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return out

# ---------------------------------------------------------------- PDF
def pdf(blocks, utc, title="", author="", creator="Microsoft Word", producer="Microsoft: Print To PDF",
        zone="DE"):
    """blocks: list of (style, text); style in 'h1','h2','b','p','small','rule','mono'.
    Produces a text-only PDF 1.4 with the base-14 Helvetica/Courier fonts."""
    sizes = {"h1": (16, "F2"), "h2": (12, "F2"), "b": (10, "F2"), "p": (10, "F1"), "small": (8, "F1"), "mono": (9, "F3")}
    pages, cur, y = [], [], 800
    for style, text in blocks:
        if style == "rule":
            if y < 60:
                pages.append(cur); cur, y = [], 800
            cur.append(b"0.5 w 50 %d m 545 %d l S" % (y - 2, y - 2))
            y -= 10
            continue
        if style == "space":
            y -= 8
            continue
        size, font = sizes[style]
        width = {16: 55, 12: 75, 10: 95, 9: 90, 8: 118}[size]
        for line in _wrap(text, width):
            if y < 50:
                pages.append(cur); cur, y = [], 800
            cur.append(b"BT /%s %d Tf 50 %d Td %s Tj ET" % (font.encode(), size, y, _pdfstr(line)))
            y -= int(size * 1.4)
        y -= 3
    pages.append(cur)

    objs = []
    def add(o):
        objs.append(o)
        return len(objs)
    cat = add(None)
    pgs = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    f3 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
    kids = []
    for content in pages:
        stream = b"\n".join(content)
        comp = zlib.compress(stream, 9)
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >> /Contents %d 0 R >>"
                % (pgs, f1, f2, f3, c))
        kids.append(p)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pgs
    objs[pgs - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    d = _pdfdate(utc, zone).encode()
    info = add(b"<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>"
               % (_pdfstr(title), _pdfstr(author), _pdfstr(creator), _pdfstr(producer), d, d))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref))
    return out.getvalue()

# ---------------------------------------------------------------- ZIP
def _dos_dt(utc, zone="DE"):
    t = local(utc, zone)
    return t.year, t.month, t.day, t.hour, t.minute, t.second - t.second % 2

def zip_plain(files, utc, zone="DE"):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, _dos_dt(utc, zone))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()

def _crc_update(crc, b):
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

class _ZipCrypto:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for c in pwd:
            self._update(c)

    def _update(self, c):
        self.k0 = _crc_update(self.k0, c)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _crc_update(self.k2, (self.k1 >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k2 | 2) & 0xFFFF
            k = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ k)
            self._update(p)
        return bytes(out)

def zip_crypto(files, password, utc, rng, zone="DE"):
    """ZIP archive with traditional PKWARE (ZipCrypto) encryption, deflated entries."""
    pwd = password.encode("utf-8")
    y, mo, d, h, mi, s = _dos_dt(utc, zone)
    dtime = (h << 11) | (mi << 5) | (s // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    out = io.BytesIO()
    central = []
    for name, data in files:
        fn = name.encode("utf-8")
        flags = 0x1 | (0x800 if any(ord(c) > 127 for c in name) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr12 = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        zc = _ZipCrypto(pwd)
        enc = zc.encrypt(hdr12) + zc.encrypt(comp)
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dtime, ddate, crc, len(enc), len(data), len(fn), 0))
        out.write(fn)
        out.write(enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dtime, ddate, crc, len(enc), len(data),
                                   len(fn), 0, 0, 0, 0, 0o644 << 16, off) + fn)
    cd_off = out.tell()
    for c in central:
        out.write(c)
    cd_len = out.tell() - cd_off
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_len, cd_off, 0))
    return out.getvalue()

PLACEHOLDER = b"inert placeholder - evaluation sample for mail-gateway testing, contains no code\r\n"

# ---------------------------------------------------------------- SVG
def svg_doc(title_lines, link, width=600, height=340, brand="#0f6cbd", button="Open"):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    y = 90
    texts = []
    for i, t in enumerate(title_lines):
        size = 22 if i == 0 else 15
        texts.append('<text x="40" y="%d" font-family="Segoe UI, Arial, sans-serif" font-size="%d" fill="#222">%s</text>' % (y, size, esc(t)))
        y += 34 if i == 0 else 24
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%d" height="%d" viewBox="0 0 %d %d">
  <rect width="100%%" height="100%%" fill="#f3f2f1"/>
  <rect x="20" y="20" width="%d" height="%d" rx="6" fill="#ffffff" stroke="#d1d1d1"/>
  <rect x="20" y="20" width="%d" height="10" fill="%s"/>
  %s
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="40" y="%d" width="200" height="40" rx="4" fill="%s"/>
    <text x="140" y="%d" text-anchor="middle" font-family="Segoe UI, Arial, sans-serif" font-size="15" fill="#ffffff">%s</text>
  </a>
</svg>
""" % (width, height, width, height, width - 40, height - 40, width - 40, brand, "\n  ".join(texts),
       esc(link), esc(link), y + 10, brand, y + 36, esc(button))).encode("utf-8")
