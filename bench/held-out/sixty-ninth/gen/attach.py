"""Inert attachment generators: text-only PDF, ZIP (plain and ZipCrypto),
silent WAV.  Standard library only."""

import io
import struct
import unicodedata
import wave
import zipfile
import zlib

from common import rng_for

# ---------------------------------------------------------------------------
# PDF (text only, standard Helvetica fonts, WinAnsiEncoding)
# ---------------------------------------------------------------------------

_GREEK = dict(zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψω",
                  ["A", "V", "G", "D", "E", "Z", "I", "Th", "I", "K", "L", "M", "N", "X", "O", "P", "R", "S", "T", "Y", "F", "Ch", "Ps", "O",
                   "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))
_CYR = dict(zip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["A", "B", "V", "G", "D", "E", "E", "Zh", "Z", "I", "Y", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U", "F", "Kh", "Ts", "Ch", "Sh", "Shch", "", "Y", "", "E", "Yu", "Ya",
                 "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def _winansi(s):
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1252")
            continue
        except UnicodeEncodeError:
            pass
        if ch in _GREEK or unicodedata.normalize("NFD", ch)[0] in _GREEK:
            out += _GREEK.get(ch, _GREEK.get(unicodedata.normalize("NFD", ch)[0], "?")).encode()
        elif ch in _CYR:
            out += _CYR[ch].encode()
        elif ch == "ł":
            out += b"l"
        elif ch == "Ł":
            out += b"L"
        elif ch == "№":
            out += b"No."
        else:
            d = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out += d.encode("cp1252", "replace")
    return bytes(out)


def _pdf_str(s):
    b = _winansi(s)
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(pages, title="", author="", producer="", creator="", created="20261013091200+02'00'"):
    """pages: list of lists of lines; a line is str, or (str, size, bold), or
    ('', 0, False) for an empty line.  Returns PDF bytes."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    font_r = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    font_b = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1 + 2 * len(pages)  # placeholder computed below
    page_ids = []
    content_ids = []
    for lines in pages:
        ops = [b"BT", b"50 800 Td"]
        y_used = 0
        for ln in lines:
            if isinstance(ln, str):
                text, size, bold = ln, 10, False
            else:
                text, size, bold = ln
            lead = max(size + 4, 12)
            ops.append(b"/%s %d Tf" % (b"F2" if bold else b"F1", size))
            ops.append(b"0 -%d Td" % lead)
            ops.append(_pdf_str(text) + b" Tj")
            y_used += lead
        ops.append(b"ET")
        stream = zlib.compress(b"\n".join(ops))
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_ids.append(cid)
    pages_id = len(objs) + len(pages) + 1
    for cid in content_ids:
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, font_r, font_b, cid))
        page_ids.append(pid)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % p for p in page_ids), len(page_ids))) == pages_id
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title %s /Author %s /Producer %s /Creator %s /CreationDate (D:%s) /ModDate (D:%s) >>"
               % (_pdf_str(title), _pdf_str(author), _pdf_str(producer), _pdf_str(creator),
                  created.encode(), created.encode()))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    return bytes(out)

# ---------------------------------------------------------------------------
# ZIP
# ---------------------------------------------------------------------------

def zip_plain(files, date_time=(2026, 10, 13, 8, 41, 20)):
    """files: list of (name, bytes)."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


_CRCTAB = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for c in pwd:
            self._update(c)

    def _crc(self, crc, b):
        return (crc >> 8) ^ _CRCTAB[(crc ^ b) & 0xFF]

    def _update(self, c):
        self.k0 = self._crc(self.k0, c)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self._crc(self.k2, (self.k1 >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for c in data:
            t = self.k2 | 2
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            self._update(c)
            out.append(c ^ ks)
        return bytes(out)


def _dos_dt(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_crypto(files, password, seed, date_time=(2026, 11, 4, 7, 52, 10)):
    """Traditional PKWARE (ZipCrypto) encrypted, deflated ZIP."""
    r = rng_for("zipcrypto", seed)
    pwd = password.encode("utf-8")
    dtime, ddate = _dos_dt(date_time)
    local = bytearray()
    central = bytearray()
    for name, data in files:
        fname = name.encode("utf-8")
        flags = 0x0001 | (0x0800 if any(ord(c) > 127 for c in name) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        header = bytes(r.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        zc = _ZipCrypto(pwd)
        enc = zc.encrypt(header + comp)
        off = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dtime, ddate, crc,
                             len(enc), len(data), len(fname), 0) + fname + enc
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dtime, ddate,
                               crc, len(enc), len(data), len(fname), 0, 0, 0, 0, 0o100644 << 16, off) + fname
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), len(local), 0)
    return bytes(local + central + eocd)

# ---------------------------------------------------------------------------
# WAV (silence with a faint hum, 8 kHz mono, for a genuine voicemail)
# ---------------------------------------------------------------------------

def wav_silence(seconds=3, rate=8000):
    bio = io.BytesIO()
    w = wave.open(bio, "wb")
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(rate)
    w.writeframes(b"\x00\x00" * int(rate * seconds))
    w.close()
    return bio.getvalue()


PLACEHOLDER = b"inert placeholder - evaluation sample, no executable content\r\n"
