"""Inert attachment builders: text-only PDFs, ZIP (plain and ZipCrypto), PNG pictures."""
import io
import struct
import zipfile
import zlib

import qr
import util

# ------------------------------------------------------------------ PDF
_HELV = {" ": 278, "!": 278, '"': 355, "#": 556, "$": 556, "%": 889, "&": 667,
         "'": 191, "(": 333, ")": 333, "*": 389, "+": 584, ",": 278, "-": 333,
         ".": 278, "/": 278, ":": 278, ";": 278, "<": 584, "=": 584, ">": 584,
         "?": 556, "@": 1015, "[": 278, "\\": 278, "]": 278, "^": 469, "_": 556,
         "`": 333, "{": 334, "|": 260, "}": 334, "~": 584,
         "f": 278, "i": 222, "j": 222, "l": 222, "m": 833, "r": 333, "t": 278,
         "w": 722, "c": 500, "k": 500, "s": 500, "v": 500, "x": 500, "y": 500,
         "z": 500, "I": 278, "J": 500, "L": 556, "M": 833, "W": 944, "F": 611,
         "T": 611, "Z": 611, "E": 667, "K": 667, "P": 667, "S": 667, "V": 667,
         "X": 667, "Y": 667, "B": 667, "A": 667}
_AGL = {"ą": "aogonek", "Ą": "Aogonek", "ć": "cacute", "Ć": "Cacute",
        "ę": "eogonek", "Ę": "Eogonek", "ł": "lslash", "Ł": "Lslash",
        "ń": "nacute", "Ń": "Nacute", "ś": "sacute", "Ś": "Sacute",
        "ź": "zacute", "Ź": "Zacute", "ż": "zdotaccent", "Ż": "Zdotaccent",
        "ő": "ohungarumlaut", "ű": "uhungarumlaut", "č": "ccaron", "š": "scaron"}


def _width(ch):
    if ch in _HELV:
        return _HELV[ch]
    if ch.isdigit():
        return 556
    if ch.isupper():
        return 722 if ch in "CDGHNOQRUÖÜ" else 667
    return 556


def _pdfstr(s):
    try:
        b = s.encode("latin-1")
        if all(32 <= c < 127 for c in b):
            return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    except UnicodeEncodeError:
        pass
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


class _Enc:
    """Single-byte font encoding covering exactly the characters used."""

    def __init__(self, text, latin):
        self.latin = latin
        self.map = {}
        self.diff = {}
        free = [0x81, 0x8D, 0x8F, 0x90, 0x9D] + list(range(1, 32)) if latin \
            else list(range(128, 256)) + list(range(1, 32))
        for ch in sorted(set(text)):
            if ch == "\n":
                continue
            code = None
            if 32 <= ord(ch) < 127:
                code = ord(ch)
            elif latin:
                try:
                    b = ch.encode("cp1252")
                    code = b[0]
                except UnicodeEncodeError:
                    pass
            if code is None:
                code = free.pop(0)
                self.diff[code] = _AGL.get(ch, "uni%04X" % ord(ch))
            self.map[ch] = code

    def encode(self, s):
        return bytes(self.map[c] for c in s)

    def tounicode(self):
        items = sorted((v, k) for k, v in self.map.items())
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                 "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                 "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
        for i in range(0, len(items), 100):
            chunk = items[i:i + 100]
            lines.append("%d beginbfchar" % len(chunk))
            for code, ch in chunk:
                lines.append("<%02X> <%s>" % (code, ch.encode("utf-16-be").hex().upper()))
            lines.append("endbfchar")
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines).encode()


def pdf(pages, title="", author="", creator="", producer="", t_utc=None,
        zone="CET", font="Helvetica"):
    """pages: list of pages; a page is a list of lines. A line starting with '# '
    is a bold heading, '## ' bold body text, '' an empty line."""
    alltext = "".join("".join(l for l in p) for p in pages)
    latin = font == "Helvetica"
    enc = _Enc(alltext, latin)
    objs = []

    def add(b):
        objs.append(b if isinstance(b, bytes) else b.encode("latin-1"))
        return len(objs)

    # reserve catalog(1) and pages(2)
    add(b"")
    add(b"")
    tu = zlib.compress(enc.tounicode())
    tu_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(tu) + tu + b"\nendstream")
    diffs = ""
    if enc.diff:
        parts = []
        prev = None
        for code in sorted(enc.diff):
            if prev is None or code != prev + 1:
                parts.append(str(code))
            parts.append("/" + enc.diff[code])
            prev = code
        diffs = " /Differences [" + " ".join(parts) + "]"
    font_ids = []
    for bold in (False, True):
        if latin:
            base = "Helvetica-Bold" if bold else "Helvetica"
            encd = "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding%s >>" % diffs
            fid = add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding %s /ToUnicode %d 0 R >>"
                      % (base, encd, tu_id))
        else:
            base = "Arial,Bold" if bold else "Arial"
            inv = {v: k for k, v in enc.map.items()}
            widths = " ".join(str(_width(inv[c]) if c in inv else 0) for c in range(1, 256))
            fd = add("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-665 -325 2000 1006] "
                     "/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV %d >>"
                     % (base, 120 if bold else 80))
            encd = "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding%s >>" % diffs
            fid = add("<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 1 /LastChar 255 "
                      "/Widths [%s] /FontDescriptor %d 0 R /Encoding %s /ToUnicode %d 0 R >>"
                      % (base, widths, fd, encd, tu_id))
        font_ids.append(fid)
    page_ids = []
    for lines in pages:
        ops = []
        y = 790
        for line in lines:
            if line.startswith("# "):
                txt, fnt, size, lead = line[2:], "F2", 14, 20
            elif line.startswith("## "):
                txt, fnt, size, lead = line[3:], "F2", 10, 13
            else:
                txt, fnt, size, lead = line, "F1", 10, 13
            if txt:
                ops.append("BT /%s %d Tf 56 %d Td <%s> Tj ET" % (fnt, size, y, enc.encode(txt).hex().upper()))
            y -= lead
        stream = zlib.compress("\n".join(ops).encode("latin-1"))
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        pid = add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                  "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (cid, font_ids[0], font_ids[1]))
        page_ids.append(pid)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    info = ["/Producer " + _pdfstr(producer or "PDF")]
    if title:
        info.append("/Title " + _pdfstr(title))
    if author:
        info.append("/Author " + _pdfstr(author))
    if creator:
        info.append("/Creator " + _pdfstr(creator))
    if t_utc is not None:
        d = util.pdf_date(t_utc, zone)
        info.append("/CreationDate (%s) /ModDate (%s)" % (d, d))
    info_id = add("<< " + " ".join(info) + " >>")
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
    fid = util.hexid("pdf" + title + author + str(t_utc), 32).upper()
    out.write(("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(objs) + 1, info_id, fid, fid, xref)).encode())
    return out.getvalue()


def pdf_text(text, **kw):
    """Convenience: plain text (with \\f page breaks) wrapped at ~95 chars."""
    pages = []
    for ptxt in text.split("\f"):
        lines = []
        for l in ptxt.split("\n"):
            prefix = ""
            if l.startswith("# ") or l.startswith("## "):
                prefix, l = l.split(" ", 1)
                prefix += " "
            while len(l) > 95:
                k = l.rfind(" ", 0, 95)
                k = 95 if k <= 0 else k
                lines.append(prefix + l[:k])
                l = l[k:].lstrip()
            lines.append(prefix + l)
        while len(lines) > 58:
            pages.append(lines[:58])
            lines = lines[58:]
        pages.append(lines)
    return pdf(pages, **kw)


# ------------------------------------------------------------------ ZIP
def _dos(dt):
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def zip_plain(entries, date_time=(2026, 11, 3, 9, 12, 40)):
    """entries: list of (name, bytes)."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0x20
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


_CRCTAB = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self.update(c)

    def _crc(self, crc, b):
        return (crc >> 8) ^ _CRCTAB[(crc ^ b) & 0xff]

    def update(self, c):
        k0 = self._crc(self.k[0], c)
        k1 = ((self.k[1] + (k0 & 0xff)) * 134775813 + 1) & 0xffffffff
        k2 = self._crc(self.k[2], k1 >> 24)
        self.k = [k0, k1, k2]

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xffff
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xff))
            self.update(p)
        return bytes(out)


def zip_crypto(entries, password, date_time=(2026, 11, 3, 9, 12, 40), seed="zc"):
    """ZIP with traditional PKWARE (ZipCrypto) encryption, deflated entries."""
    r = util.rng("zipcrypto", seed)
    out = io.BytesIO()
    central = []
    dtime, ddate = _dos(date_time)
    for name, data in entries:
        nb = name.encode("utf-8")
        flags = 0x0001 | (0x0800 if any(c > 127 for c in nb) else 0)
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        head = bytes(r.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        zc = _ZipCrypto(password.encode("utf-8"))
        enc = zc.encrypt(head + comp)
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, flags, 8, dtime, ddate,
                              crc, len(enc), len(data), len(nb), 0) + nb + enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, flags, 8,
                                   dtime, ddate, crc, len(enc), len(data), len(nb), 0, 0,
                                   0, 0, 0x20, off) + nb)
    cd_off = out.tell()
    cd = b"".join(central)
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(entries), len(entries),
                          len(cd), cd_off, 0))
    return out.getvalue()


# ------------------------------------------------------------------ PNG pictures
def png_photo(seed, w=480, h=320, kind="wood"):
    """A small procedural picture (wood grain with a crack, a paper scan, ...)."""
    r = util.rng("png", seed)
    rows = []
    crack = [int(h * 0.3 + r.random() * 10)]
    for x in range(1, w):
        crack.append(max(5, min(h - 5, crack[-1] + r.choice((-2, -1, 0, 0, 1, 2)))))
    phase = r.random() * 6
    for y in range(h):
        row = bytearray()
        for x in range(w):
            if kind == "wood":
                g = int(30 * (((x * 0.05 + phase + 3 * ((y * 7919) % 13) / 13.0) % 1.0)))
                base = (196 - g, 148 - g, 92 - g // 2)
                if x > w * 0.15 and abs(y - crack[x]) <= (1 if x % 9 else 2):
                    base = (40, 28, 20)
            elif kind == "paper":
                base = (246, 246, 242)
                if 40 <= y < h - 40 and 40 <= x < w - 40 and (y // 12) % 2 == 0 and \
                        (x * 31 + y * 17) % 11 < 7 and (y // 12) % 5 != 4 and x < w - 40 - (y * 13 % 90):
                    base = (70, 70, 80)
            else:
                base = (255, 255, 255)
            row += bytes(base)
        rows.append(bytes(row))
    return qr.png(w, h, rows, gray=False)


def png_logo(text_seed, w=200, h=60, rgb=(20, 60, 120)):
    """A plain colour band used as a newsletter logo/banner."""
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            edge = y < 3 or y >= h - 3
            row += bytes((255, 255, 255) if edge else rgb)
        rows.append(bytes(row))
    return qr.png(w, h, rows, gray=False)
