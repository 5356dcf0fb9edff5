"""Inert attachment builders: text-only PDF, ZIP (stored/deflated, optional
traditional PKWARE 'ZipCrypto' encryption), small PNG pictures, SVG."""
import hashlib
import random
import struct
import zlib

from qr import png_rgb

# ---------------------------------------------------------------- PDF -----
_AGL = {
    "ä": "adieresis", "ö": "odieresis", "ü": "udieresis", "Ä": "Adieresis", "Ö": "Odieresis",
    "Ü": "Udieresis", "ß": "germandbls", "é": "eacute", "è": "egrave", "à": "agrave", "ò": "ograve",
    "ù": "ugrave", "ì": "igrave", "í": "iacute", "ó": "oacute", "ú": "uacute", "á": "aacute",
    "ñ": "ntilde", "Ñ": "Ntilde", "ç": "ccedilla", "É": "Eacute", "È": "Egrave", "À": "Agrave",
    "ł": "lslash", "Ł": "Lslash", "ą": "aogonek", "ę": "eogonek", "ś": "sacute", "Ś": "Sacute",
    "ź": "zacute", "ż": "zdotaccent", "Ż": "Zdotaccent", "ć": "cacute", "ń": "nacute", "ó": "oacute",
    "€": "Euro", "–": "endash", "—": "emdash", "“": "quotedblleft", "”": "quotedblright",
    "„": "quotedblbase", "«": "guillemotleft", "»": "guillemotright", "°": "degree", "§": "section",
    "©": "copyright", "·": "periodcentered", "’": "quoteright", "‘": "quoteleft", "•": "bullet",
    "ï": "idieresis", "ê": "ecircumflex", "ô": "ocircumflex", "º": "ordmasculine", "ª": "ordfeminine",
    "×": "multiply", "²": "twosuperior", "…": "ellipsis", "Í": "Iacute", "Ó": "Oacute", "Ú": "Uacute",
}


_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 + [
    278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722,
    778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500,
    556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500,
    500, 500, 334, 260, 334, 584]


def _width(ch):
    if ch in "–":
        return 556
    if ch in "—€":
        return 1000 if ch == "—" else 556
    if ch.isupper():
        return 700
    if ch.isalpha():
        return 556
    return 500


def _glyph(ch):
    return _AGL.get(ch) or "uni%04X" % ord(ch)


def _pdfstr(text, cmap):
    out = bytearray(b"(")
    for ch in text:
        if ch in "()\\":
            out += b"\\" + ch.encode()
        elif 32 <= ord(ch) < 127:
            out += ch.encode()
        else:
            out += b"\\%03o" % cmap[ch]
    return bytes(out + b")")


def _infostr(s):
    if all(32 <= ord(c) < 127 for c in s):
        return b"(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode() + b")"
    return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def _wrap(text, maxc):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > maxc:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


def pdf(blocks, title="", author="", creator="Microsoft® Word für Microsoft 365",
        producer="Microsoft® Word für Microsoft 365", date="D:20261013091200+02'00'", seed="pdf"):
    """blocks: list of (text, size, bold) or plain strings (10pt regular).
    Produces a text-only PDF 1.7 (no JavaScript, no forms, no embedded files)."""
    items = []
    for b in blocks:
        if isinstance(b, str):
            b = (b, 10, False)
        text, size, bold = b
        maxc = int((595 - 2 * 56) / (size * 0.5))
        for ln in _wrap(text, maxc):
            items.append((ln, size, bold))
    chars = sorted({c for t, _, _ in items for c in t if not 32 <= ord(c) < 127})
    assert len(chars) <= 128, len(chars)
    cmap = {c: 128 + i for i, c in enumerate(chars)}
    # paginate
    pages, cur, y = [], [], 842 - 60
    for t, size, bold in items:
        lead = size * 1.4
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 842 - 60
        y -= lead
        cur.append((t, size, bold, y))
    pages.append(cur)

    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 encoding, 6 tounicode, 7 info
    diffs = " ".join("/" + _glyph(c) for c in chars)
    objs[5] = ("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 %s] >>" % diffs).encode()
    bf = ["<%02X> <%04X>" % (i, i) for i in range(32, 127)] + ["<%02X> <%04X>" % (cmap[c], ord(c)) for c in chars]
    cm = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
          "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
          "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
    for i in range(0, len(bf), 100):
        chunk = bf[i:i + 100]
        cm += ["%d beginbfchar" % len(chunk)] + chunk + ["endbfchar"]
    cm += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    cmdata = zlib.compress("\n".join(cm).encode(), 9)
    objs[6] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cmdata) + cmdata + b"\nendstream"
    inv = {v: k for k, v in cmap.items()}
    widths = " ".join(str(_HELV[i - 32] if i < 127 else (_width(inv[i]) if i in inv else 0)) for i in range(32, 256))
    for num, base in ((3, b"Helvetica"), (4, b"Helvetica-Bold")):
        objs[num] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /" + base + b" /Encoding 5 0 R /ToUnicode 6 0 R"
                     b" /FirstChar 32 /LastChar 255 /Widths [" + widths.encode() + b"] >>")
    objs[7] = (b"<< /Title " + _infostr(title) + b" /Author " + _infostr(author) + b" /Creator " +
               _infostr(creator) + b" /Producer " + _infostr(producer) + b" /CreationDate " +
               _infostr(date) + b" /ModDate " + _infostr(date) + b" >>")
    kids = []
    nxt = 8
    for pg in pages:
        ops = []
        for t, size, bold, yy in pg:
            ops.append(b"BT /%s %d Tf 1 0 0 1 56 %.1f Tm %s Tj ET" % (b"F2" if bold else b"F1", size, yy, _pdfstr(t, cmap)))
        content = zlib.compress(b"\n".join(ops), 9)
        objs[nxt] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[nxt + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % nxt)
        kids.append(nxt + 1)
        nxt += 2
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), n_pages)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, nxt):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % nxt
    for i in range(1, nxt):
        out += b"%010d 00000 n \n" % offs[i]
    fid = hashlib.md5(seed.encode()).hexdigest().upper().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (nxt, fid, fid, xref)
    return bytes(out)


# ---------------------------------------------------------------- ZIP -----
def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRC = _crc_table()


def _crc_upd(c, b):
    return (c >> 8) ^ _CRC[(c ^ b) & 0xFF]


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

    def enc(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._upd(b)
        return bytes(out)


def _dos(dt):
    y, mo, d, hh, mi, ss = dt
    return ((hh << 11) | (mi << 5) | (ss // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_bytes(entries, password=None, seed="zip", deflate=True):
    """entries: list of (name, bytes, (y,mo,d,h,mi,s)). password: str -> ZipCrypto."""
    r = random.Random(seed)
    local = bytearray()
    central = bytearray()
    for name, data, dt in entries:
        nb = name.encode("utf-8")
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        if deflate:
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            comp = co.compress(data) + co.flush()
            method = 8
            flags |= 0x2  # maximum compression
        else:
            comp, method = data, 0
        if password is not None:
            flags |= 0x1
            zc = _ZipCrypto(password.encode())
            hdr = bytes(r.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.enc(hdr) + zc.enc(comp)
        t, d = _dos(dt)
        off = len(local)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc, len(comp), len(data), len(nb), 0) + nb + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, t, d, crc, len(comp), len(data),
                               len(nb), 0, 0, 0, 0, 0x20, off) + nb
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(local), 0)
    return bytes(local + central + eocd)


PLACEHOLDER = b"INERT TEST PLACEHOLDER - this file stands in for a malicious payload and contains no code.\r\n"


# ---------------------------------------------------------------- PNG -----
def press_photo(seed, w=360, h=240, offset=4):
    """A small 'photo' of a printed label with colour bars and a visible
    misregistration between cyan and magenta plates."""
    r = random.Random(seed)
    noise = [r.randrange(-6, 7) for _ in range(997)]
    bars = [(0, 160, 227), (228, 0, 124), (255, 237, 0), (30, 30, 30), (120, 200, 120), (200, 120, 60)]

    def px(x, y):
        n = noise[(x * 31 + y * 17) % 997]
        base = (238 + n, 236 + n, 228 + n)
        if 20 <= y < 40 and 20 <= x < 20 + 6 * 40:
            base = bars[(x - 20) // 40]
        if 70 <= y < 200 and 40 <= x < 320:
            c = 255 - (0 if 75 <= y < 195 and 45 <= x < 315 else 40)
            m = 255 - (0 if 75 + offset <= y < 195 + offset and 45 + offset <= x < 315 + offset else 60)
            base = (max(0, min(255, c - 60 + n)), max(0, min(255, m - 20 + n)), max(0, min(255, 230 + n)))
        return tuple(max(0, min(255, v)) for v in base)

    return png_rgb(w, h, px)


def logo_png(seed, rgb=(0, 84, 159), w=120, h=40):
    def px(x, y):
        if (x // 8 + y // 8) % 5 == 0 or 4 < y < 12:
            return rgb
        return (255, 255, 255)
    return png_rgb(w, h, px)
