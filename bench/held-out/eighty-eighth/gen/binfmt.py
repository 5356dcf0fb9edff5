"""Inert binary attachments: text-only PDF, ZIP (optionally ZipCrypto), simple PNG."""
import struct
import unicodedata
import zlib

from qr import png_bytes

# --------------------------------------------------------------- translit
_GREEK = dict(zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψω",
                  ["A", "V", "G", "D", "E", "Z", "I", "Th", "I", "K", "L", "M", "N", "X", "O", "P", "R", "S", "T", "Y", "F", "Ch", "Ps", "O",
                   "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))
_CYR = dict(zip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["A", "B", "V", "G", "D", "E", "E", "Zh", "Z", "I", "Y", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U", "F", "Kh", "Ts", "Ch", "Sh", "Shch", "", "Y", "", "E", "Yu", "Ya",
                 "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_MISC = {"ł": "l", "Ł": "L", "đ": "d", "ø": "o", "№": "No.", "«": "\"", "»": "\"", "\u2009": " ", "\u202f": " "}


def to_cp1252(s):
    """Keep what Windows-1252 can show, transliterate the rest (PDF WinAnsi text)."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        if ch in _MISC:
            out.append(_MISC[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c))
        for b in base:
            try:
                b.encode("cp1252")
                out.append(b)
            except UnicodeEncodeError:
                out.append(_GREEK.get(b) or _CYR.get(b) or "?")
    return "".join(out)


def ascii_translit(s):
    return "".join(c if ord(c) < 128 else (unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode() or "?")
                   for c in to_cp1252(s))


# ---------------------------------------------------------------- PDF
def _pdf_str(s):
    b = to_cp1252(s).encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(lines, title="", producer="Microsoft\u00ae Word f\u00fcr Microsoft 365", creator="Microsoft\u00ae Word f\u00fcr Microsoft 365",
        created="D:20261012093000+02'00'", author=""):
    """lines: list of str; a line starting with '# ' is bold/large, '## ' bold,
    '' is a blank line, '---' a horizontal rule. A4, Helvetica, auto page breaks."""
    pages = []
    ops = []
    y = 800
    for ln in lines:
        if y < 60:
            pages.append(ops)
            ops, y = [], 800
        if ln == "---":
            ops.append(b"0.5 w 50 %d m 545 %d l S" % (y + 4, y + 4))
            y -= 8
            continue
        if ln.startswith("# "):
            font, size, text = b"F2", 15, ln[2:]
        elif ln.startswith("## "):
            font, size, text = b"F2", 10.5, ln[3:]
        else:
            font, size, text = b"F1", 10, ln
        if text:
            ops.append(b"BT /" + font + b" " + str(size).encode() + b" Tf 50 " + str(y).encode() + b" Td " + _pdf_str(text) + b" Tj ET")
        y -= int(size * 1.45) if text else 9
    pages.append(ops)
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 F1, 4 F2, 5 info, then per page: page obj, content obj
    kids = []
    nxt = 6
    for ops in pages:
        pid, cid = nxt, nxt + 1
        nxt += 2
        kids.append(pid)
        stream = zlib.compress(b"\n".join(ops), 9)
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    info = b"<< /Producer " + _pdf_str(producer) + b" /Creator " + _pdf_str(creator) + b" /CreationDate (" + created.encode() + b")"
    if title:
        info += b" /Title " + _pdf_str(title)
    if author:
        info += b" /Author " + _pdf_str(author)
    objs[5] = info + b" >>"
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


# ---------------------------------------------------------------- ZIP
def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


class _ZipCrypto:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for c in pwd:
            self._update(c)

    @staticmethod
    def _crc(c, b):
        return zlib.crc32(bytes([b]), c ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def _update(self, b):
        self.k0 = self._crc(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self._crc(self.k2, (self.k1 >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for b in data:
            t = (self.k2 | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(b ^ ks)
            self._update(b)
        return bytes(out)


def zip_bytes(files, password=None, dt=(2026, 10, 12, 9, 30, 0), rng=None):
    """files: list of (name, bytes). password: str -> traditional PKWARE (ZipCrypto)."""
    out = bytearray()
    central = bytearray()
    t, d = _dos_time(dt)
    for name, data in files:
        nb = name.encode("utf-8")
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode("utf-8"))
            head = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(head + comp)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc, len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, t, d, crc, len(comp), len(data),
                               len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


# ---------------------------------------------------------------- images
def logo_png(text_color=(0, 61, 122), w=180, h=48, bars=5):
    """A plain two-tone block logo (no text rendering; inert)."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            band = (x // (w // (bars * 2))) % 2 == 0 and y > h // 5 and y < h - h // 5 and x < w // 2
            if band:
                raw += bytes(text_color)
            elif x >= w // 2 + 8 and h // 3 < y < h - h // 3:
                raw += bytes((120, 120, 120))
            else:
                raw += b"\xff\xff\xff"
    return png_bytes(w, h, bytes(raw), color_type=2)
