"""Small PDF writer: text with the standard Helvetica/Courier fonts (single
byte encoding built per document: WinAnsi plus /Differences for Central
European letters), lines, rectangles, 1-bit QR images, RGB images and URI
link annotations. Plus a matching extractor used by the verifier."""

import hashlib
import re
import zlib

import imgs

# Glyph names for characters outside cp1252 that the standard fonts carry.
_EXTRA_GLYPHS = {
    "ą": "aogonek", "ć": "cacute", "ę": "eogonek", "ł": "lslash",
    "ń": "nacute", "ś": "sacute", "ź": "zacute", "ż": "zdotaccent",
    "Ą": "Aogonek", "Ć": "Cacute", "Ę": "Eogonek", "Ł": "Lslash",
    "Ń": "Nacute", "Ś": "Sacute", "Ź": "Zacute", "Ż": "Zdotaccent",
    "č": "ccaron", "ř": "rcaron", "ě": "ecaron", "ő": "ohungarumlaut",
    "ű": "uhungarumlaut", "ğ": "gbreve", "ı": "dotlessi", "ş": "scedilla",
    "İ": "Idotaccent", "Ş": "Scedilla",
}
_FREE_CODES = [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xA4, 0xA6, 0xA8, 0xAC, 0xAF,
               0xB8, 0xB9, 0xBC, 0xBD, 0xBE, 0xAD, 0x83, 0x88, 0x98, 0x9F,
               0x8C, 0x9C]

_HELV = {
    " ": 278, "!": 278, '"': 355, "#": 556, "$": 556, "%": 889, "&": 667,
    "'": 191, "(": 333, ")": 333, "*": 389, "+": 584, ",": 278, "-": 333,
    ".": 278, "/": 278, ":": 278, ";": 278, "<": 584, "=": 584, ">": 584,
    "?": 556, "@": 1015, "[": 278, "\\": 278, "]": 278, "^": 469, "_": 556,
    "`": 333, "{": 334, "|": 260, "}": 334, "~": 584, "€": 556, "–": 556,
    "—": 1000, "„": 333, "“": 333, "”": 333, "’": 222, "‘": 222, "·": 278,
    "°": 400, "§": 556, "×": 584, "…": 1000, "•": 350,
}
for _c in "0123456789":
    _HELV[_c] = 556
for _c, _w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556,
                   833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
                   667, 611]):
    _HELV[_c] = _w
for _c, _w in zip("abcdefghijklmnopqrstuvwxyz",
                  [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222,
                   833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500,
                   500, 500]):
    _HELV[_c] = _w
_HELVB = dict(_HELV)
for _c, _w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611,
                   833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
                   667, 611]):
    _HELVB[_c] = _w
for _c, _w in zip("abcdefghijklmnopqrstuvwxyz",
                  [556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278,
                   889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556,
                   556, 500]):
    _HELVB[_c] = _w

import unicodedata


def _base(ch):
    d = unicodedata.normalize("NFD", ch)
    return d[0] if d else ch


def text_width(s, font="F1", size=10):
    if font == "F3":
        return len(s) * 600 * size / 1000.0
    table = _HELVB if font == "F2" else _HELV
    total = 0
    for ch in s:
        w = table.get(ch)
        if w is None:
            w = table.get(_base(ch), 556)
        total += w
    return total * size / 1000.0


def wrap(s, width, font="F1", size=10):
    out = []
    for para in s.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = (line + " " + w) if line else w
            if text_width(cand, font, size) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


class Doc:
    def __init__(self, title="", author="", creator="", producer="",
                 date=None, size=(595.28, 841.89)):
        self.pages = []
        self.title = title
        self.author = author
        self.creator = creator
        self.producer = producer
        self.date = date            # "D:20261104101500+01'00'"
        self.size = size
        self.charmap = {}           # extra char -> code
        self.images = []            # (name, dict, data)
        self.new_page()

    # -- page handling
    def new_page(self):
        self.cur = {"ops": [], "annots": [], "xobjs": []}
        self.pages.append(self.cur)

    def _enc(self, s):
        out = bytearray()
        for ch in s:
            try:
                b = ch.encode("cp1252")
                if b[0] in _FREE_CODES:
                    raise ValueError("character %r collides with the free code pool" % ch)
                out += b
                continue
            except UnicodeEncodeError:
                pass
            if ch not in _EXTRA_GLYPHS:
                ch2 = _base(ch)
                try:
                    out += ch2.encode("cp1252")
                    continue
                except UnicodeEncodeError:
                    out += b"?"
                    continue
            if ch not in self.charmap:
                self.charmap[ch] = _FREE_CODES[len(self.charmap)]
            out.append(self.charmap[ch])
        res = ""
        for b in out:
            if b in (0x28, 0x29, 0x5C):
                res += "\\" + chr(b)
            elif 32 <= b < 127:
                res += chr(b)
            else:
                res += "\\%03o" % b
        return res

    def text(self, x, y, s, font="F1", size=10, color=None):
        ops = self.cur["ops"]
        if color:
            ops.append("%.3f %.3f %.3f rg" % color)
        ops.append("BT /%s %g Tf %.2f %.2f Td (%s) Tj ET" %
                   (font, size, x, y, self._enc(s)))
        if color:
            ops.append("0 0 0 rg")

    def rtext(self, xr, y, s, font="F1", size=10, color=None):
        self.text(xr - text_width(s, font, size), y, s, font, size, color)

    def ctext(self, xc, y, s, font="F1", size=10, color=None):
        self.text(xc - text_width(s, font, size) / 2, y, s, font, size, color)

    def para(self, x, y, s, width, font="F1", size=10, leading=None,
             color=None):
        leading = leading or size * 1.35
        for line in wrap(s, width, font, size):
            self.text(x, y, line, font, size, color)
            y -= leading
        return y

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0)):
        self.cur["ops"].append("%.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S 0 0 0 RG" %
                               (color + (w, x1, y1, x2, y2)))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        ops = self.cur["ops"]
        if fill:
            ops.append("%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f 0 0 0 rg" %
                       (fill + (x, y, w, h)))
        if stroke:
            ops.append("%.3f %.3f %.3f RG %.2f w %.2f %.2f %.2f %.2f re S 0 0 0 RG" %
                       (stroke + (lw, x, y, w, h)))

    def qr(self, x, y, size, payload, ecl="M", border=0):
        w, h, rows = imgs.qr_bits(payload, border=border, ecl=ecl)
        name = "Im%d" % (len(self.images) + 1)
        data = zlib.compress(imgs.pack_bits(rows), 9)
        d = "/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode" % (w, h)
        self.images.append((name, d, data, payload))
        self.cur["xobjs"].append(name)
        self.cur["ops"].append("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" %
                               (size, size, x, y, name))

    def image_rgb(self, x, y, w, h, pixels):
        name = "Im%d" % (len(self.images) + 1)
        raw = bytearray()
        for row in pixels:
            for p in row:
                raw += bytes(p)
        d = "/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode" % (len(pixels[0]), len(pixels))
        self.images.append((name, d, zlib.compress(bytes(raw), 9), None))
        self.cur["xobjs"].append(name)
        self.cur["ops"].append("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" %
                               (w, h, x, y, name))

    def link(self, x, y, w, h, uri):
        self.cur["annots"].append((x, y, w, h, uri))

    # -- serialisation
    def render(self):
        objs = []   # list of bytes (object bodies), index+1 = object number

        def add(body):
            objs.append(body)
            return len(objs)
        # fonts
        diffs = ""
        if self.charmap:
            items = sorted(self.charmap.items(), key=lambda kv: kv[1])
            diffs = " /Differences [" + " ".join(
                "%d /%s" % (code, _EXTRA_GLYPHS[ch]) for ch, code in items) + "]"
        enc = add(("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding%s >>" % diffs).encode())
        f1 = add(("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R >>" % enc).encode())
        f2 = add(("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R >>" % enc).encode())
        f3 = add(("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding %d 0 R >>" % enc).encode())
        f4 = add(("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding %d 0 R >>" % enc).encode())
        img_ids = {}
        for name, d, data, _ in self.images:
            img_ids[name] = add(("<< %s /Length %d >>\nstream\n" % (d, len(data))).encode() + data + b"\nendstream")
        pages_id_placeholder = len(objs) + 1
        objs.append(None)  # pages
        page_ids = []
        for pg in self.pages:
            content = "\n".join(pg["ops"]).encode("latin-1")
            comp = zlib.compress(content, 9)
            cid = add(("<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp)).encode() + comp + b"\nendstream")
            annot_ids = []
            for (x, y, w, h, uri) in pg["annots"]:
                annot_ids.append(add(("<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] /A << /S /URI /URI (%s) >> >>" % (x, y, x + w, y + h, uri)).encode()))
            xo = ""
            if pg["xobjs"]:
                xo = " /XObject << " + " ".join("/%s %d 0 R" % (n, img_ids[n]) for n in pg["xobjs"]) + " >>"
            an = ""
            if annot_ids:
                an = " /Annots [" + " ".join("%d 0 R" % a for a in annot_ids) + "]"
            pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R /F4 %d 0 R >>%s >> /Contents %d 0 R%s >>" %
                       (pages_id_placeholder, self.size[0], self.size[1], f1, f2, f3, f4, xo, cid, an)).encode())
            page_ids.append(pid)
        objs[pages_id_placeholder - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" %
                                         (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
        cat = add(("<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder).encode())

        def pstr(s):
            try:
                s.encode("latin-1")
                return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
            except UnicodeEncodeError:
                return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"
        info = "<< "
        for k, v in (("Title", self.title), ("Author", self.author),
                     ("Creator", self.creator), ("Producer", self.producer)):
            if v:
                info += "/%s %s " % (k, pstr(v))
        if self.date:
            info += "/CreationDate (%s) /ModDate (%s) " % (self.date, self.date)
        info += ">>"
        inf = add(info.encode("latin-1"))
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objs):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        h = hashlib.md5(bytes(out)).hexdigest().upper()
        out += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" %
                (len(objs) + 1, cat, inf, h, h, xref)).encode()
        return bytes(out)


# ------------------------------------------------------------ extractor ---

_OBJ_RE = re.compile(rb"(\d+) 0 obj\n(.*?)\nendobj\n", re.S)


def parse(data):
    """Return dict objnum -> (dict_text, stream_bytes_or_None). Only for
    PDFs written by this module (uncompressed object table)."""
    if not data.startswith(b"%PDF-"):
        raise ValueError("no PDF header")
    m = re.search(rb"startxref\n(\d+)\n%%EOF", data)
    if not m:
        raise ValueError("no startxref")
    xref = int(m.group(1))
    if not data[xref:].startswith(b"xref"):
        raise ValueError("startxref does not point to xref")
    objs = {}
    for mo in _OBJ_RE.finditer(data):
        num = int(mo.group(1))
        body = mo.group(2)
        if b"\nstream\n" in body:
            d, s = body.split(b"\nstream\n", 1)
            s = s[:s.rfind(b"\nendstream")]
            ln = int(re.search(rb"/Length (\d+)", d).group(1))
            if ln != len(s):
                raise ValueError("bad stream length in obj %d" % num)
            if b"/FlateDecode" in d:
                s = zlib.decompress(s)
            objs[num] = (d, s)
        else:
            objs[num] = (body, None)
    # check xref offsets
    lines = data[xref:].split(b"\n")
    count = int(lines[1].split()[1])
    for i in range(1, count):
        off = int(lines[2 + i][:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            raise ValueError("xref offset wrong for obj %d" % i)
    return objs


def _decode_pdfstr(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                oct_ = b""
                while j < len(s) and len(oct_) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_ += bytes([s[j]])
                    j += 1
                out.append(int(oct_, 8))
                i = j
                continue
            out.append({0x6E: 10, 0x72: 13, 0x74: 9}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def extract(data):
    """Return (text, qr_payloads, uris) from one of our PDFs."""
    objs = parse(data)
    rev = {}
    for num, (d, s) in objs.items():
        if b"/Type /Encoding" in d:
            for code, name in re.findall(rb"(\d+) /(\w+)", d):
                for ch, gn in _EXTRA_GLYPHS.items():
                    if gn.encode() == name:
                        rev[int(code)] = ch
    texts = []
    qrs = []
    uris = []
    for num in sorted(objs):
        d, s = objs[num]
        if s is None:
            m = re.search(rb"/URI \((.*?)\) >>", d)
            if m:
                uris.append(m.group(1).decode("latin-1"))
            continue
        if b"/Subtype /Image" in d and b"/BitsPerComponent 1" in d:
            w = int(re.search(rb"/Width (\d+)", d).group(1))
            h = int(re.search(rb"/Height (\d+)", d).group(1))
            qrs.append(imgs.decode_qr_bits(w, h, s).decode("utf-8"))
            continue
        if b"/Subtype /Image" in d:
            continue
        if b"/Type" in d:
            continue
        for line in s.split(b"\n"):
            for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", line):
                raw = _decode_pdfstr(m.group(1))
                texts.append("".join(rev.get(b, bytes([b]).decode("cp1252", "replace")) for b in raw))
    return "\n".join(texts), qrs, uris
