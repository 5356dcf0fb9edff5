"""Inert attachment builders: text-only PDF, ZIP (optionally ZipCrypto
encrypted), plus transliteration for PDF text (standard 14 fonts only)."""
import struct
import zlib
import random

# ------------------------------------------------------- transliteration

_TR = {
    # Polish and other Latin letters missing from WinAnsi
    "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ś": "s", "ź": "z", "ż": "z",
    "Ą": "A", "Ć": "C", "Ę": "E", "Ł": "L", "Ń": "N", "Ś": "S", "Ź": "Z", "Ż": "Z",
    "ő": "o", "ű": "u", "č": "c", "ř": "r", "ě": "e",
    "\u2011": "-", "\u2212": "-", "\u2009": " ", "\u202f": " ", "\u2116": "No.",
}
_GR = dict(zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψω",
               ["A", "V", "G", "D", "E", "Z", "I", "Th", "I", "K", "L", "M", "N", "X", "O", "P", "R", "S", "T", "Y", "F", "Ch", "Ps", "O",
                "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))
_GR.update({"ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o", "ϊ": "i", "ϋ": "y", "ΐ": "i",
            "Ά": "A", "Έ": "E", "Ή": "I", "Ί": "I", "Ό": "O", "Ύ": "Y", "Ώ": "O"})
_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_RU.update({k.upper(): v.capitalize() for k, v in list(_RU.items())})


def translit(s):
    out = []
    for ch in s:
        if ch in _TR:
            out.append(_TR[ch])
        elif ch in _GR:
            out.append(_GR[ch])
        elif ch in _RU:
            out.append(_RU[ch])
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------ PDF

def _pdf_str(s):
    b = translit(s).encode("cp1252", errors="replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(pages, title="", author="", creator="", producer="", date="D:20261001090000+02'00'"):
    """pages: list of pages; page: list of lines; line: str or (size, bold, str).
    Produces a valid PDF 1.4 with Helvetica/Helvetica-Bold, text only."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    catalog = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in pages:
        ops = [b"BT"]
        y = 800
        for line in page:
            if isinstance(line, str):
                size, bold, text = 10, False, line
            else:
                size, bold, text = line
            if text == "":
                y -= size + 4
                continue
            ops.append(b"/%s %d Tf" % (b"F2" if bold else b"F1", size))
            ops.append(b"1 0 0 1 56 %d Tm" % y)
            ops.append(_pdf_str(text) + b" Tj")
            y -= int(size * 1.45)
        ops.append(b"ET")
        stream = zlib.compress(b"\n".join(ops))
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, f1, f2, cid))
        kids.append(pid)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>"
               % (_pdf_str(title), _pdf_str(author), _pdf_str(creator), _pdf_str(producer), date.encode(), date.encode()))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, xref)
    return bytes(out)


# ------------------------------------------------------------------ ZIP

def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        t.append(c)
    return t


_CRCT = _crc_table()


def _crc_upd(crc, b):
    return _CRCT[(crc ^ b) & 0xFF] ^ (crc >> 8)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _upd(self, b):
        k = self.k
        k[0] = _crc_upd(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_upd(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._upd(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def make_zip(entries, password=None, seed="zip"):
    """entries: list of (name, bytes, (y,m,d,h,mi,s)). Deflate; ZipCrypto if password."""
    rnd = random.Random(seed)
    out = bytearray()
    central = bytearray()
    for name, data, dt in entries:
        try:
            nb = name.encode("ascii")
            flags = 0
        except UnicodeEncodeError:
            nb = name.encode("utf-8")
            flags = 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password is not None:
            flags |= 1
            zc = _ZipCrypto(password.encode("utf-8"))
            head = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.encrypt(head + comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc, len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x003F, 20, flags, method, t, d, crc, len(comp), len(data),
                               len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_off, 0)
    return bytes(out)
