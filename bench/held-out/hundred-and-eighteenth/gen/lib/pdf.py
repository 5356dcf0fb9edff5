"""Small deterministic PDF writer: embedded (subset) DejaVu fonts with
ToUnicode maps (so text extraction works for Latin, Greek, Cyrillic and
Polish), rectangles/lines, Flate images (QR codes, logos), URI link
annotations and embedded files (ZUGFeRD/Factur-X)."""

import hashlib
import os
import re
import zlib

from .ttf import TTF

_FONTS = {}


def _font(path):
    if path not in _FONTS:
        with open(path, "rb") as f:
            _FONTS[path] = TTF(f.read())
    return _FONTS[path]


def _pdfstr(s):
    try:
        b = s.encode("ascii")
        return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    except UnicodeEncodeError:
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def _num(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


class Page:
    def __init__(self, doc, w, h):
        self.doc, self.w, self.h = doc, w, h
        self.ops = []
        self.links = []
        self.images = []

    # coordinates: x from left, y from TOP (converted here)
    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0), align="left"):
        key = "B" if bold else "R"
        f = self.doc.font(key)
        if align != "left":
            wdt = f.width(s, size)
            x = x - wdt if align == "right" else x - wdt / 2
        self.doc.texts.append(s)
        gids = []
        for ch in s:
            g = f.gid(ch)
            self.doc.used[key][g] = ch
            gids.append("%04X" % g)
        self.ops.append("BT %s %s %s rg /F%s %s Tf %s %s Td <%s> Tj ET" % (
            _num(color[0] / 255), _num(color[1] / 255), _num(color[2] / 255), key,
            _num(size), _num(x), _num(self.h - y), "".join(gids)))

    def width(self, s, size=10, bold=False):
        return self.doc.font("B" if bold else "R").width(s, size)

    def wrap(self, x, y, width, s, size=10, leading=None, bold=False, color=(0, 0, 0)):
        leading = leading or size * 1.35
        for para in s.split("\n"):
            words = para.split(" ")
            line = ""
            for w in words:
                cand = (line + " " + w) if line else w
                if self.width(cand, size, bold) > width and line:
                    self.text(x, y, line, size, bold, color)
                    y += leading
                    line = w
                else:
                    line = cand
            self.text(x, y, line, size, bold, color)
            y += leading
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        ops = []
        if fill:
            ops.append("%s %s %s rg" % tuple(_num(c / 255) for c in fill))
        if stroke:
            ops.append("%s %s %s RG %s w" % (tuple(_num(c / 255) for c in stroke) + (_num(lw),)))
        ops.append("%s %s %s %s re" % (_num(x), _num(self.h - y - h), _num(w), _num(h)))
        ops.append("B" if fill and stroke else ("f" if fill else "S"))
        self.ops.append("q " + " ".join(ops) + " Q")

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.ops.append("q %s %s %s RG %s w %s %s m %s %s l S Q" % (
            _num(color[0] / 255), _num(color[1] / 255), _num(color[2] / 255), _num(lw),
            _num(x1), _num(self.h - y1), _num(x2), _num(self.h - y2)))

    def image(self, x, y, w, h, img):
        """img = (colorspace 'G'|'RGB', width, height, raw bytes)"""
        name = "Im%d" % (len(self.doc.images) + 1)
        self.doc.images.append((name, img))
        self.images.append(name)
        self.ops.append("q %s 0 0 %s %s %s cm /%s Do Q" % (_num(w), _num(h), _num(x), _num(self.h - y - h), name))

    def qr(self, x, y, size, matrix, quiet=2):
        n = len(matrix) + 2 * quiet
        raw = bytearray()
        for j in range(n):
            for i in range(n):
                mj, mi = j - quiet, i - quiet
                dark = 0 <= mj < len(matrix) and 0 <= mi < len(matrix) and matrix[mj][mi]
                raw.append(0 if dark else 255)
        self.image(x, y, size, size, ("G", n, n, bytes(raw)))

    def link(self, x, y, w, h, uri):
        self.links.append((x, self.h - y - h, x + w, self.h - y, uri))


class PDF:
    def __init__(self, info=None, created="D:20261101090000+01'00'", lang="de-DE",
                 fontdir=None, version="1.7"):
        here = os.path.dirname(os.path.abspath(__file__))
        self.fontdir = fontdir or "/usr/share/fonts/truetype/dejavu"  # Debian's fonts-dejavu-core: the files the set was built with
        self.info = info or {}
        self.created = created
        self.lang = lang
        self.version = version
        self.pages = []
        self.images = []
        self.used = {"R": {}, "B": {}}
        self.files = []
        self.xmp = None
        self.texts = []

    def font(self, key):
        return _font(os.path.join(self.fontdir, "DejaVuSans-Bold.ttf" if key == "B" else "DejaVuSans.ttf"))

    def page(self, w=595.28, h=841.89):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    def embed(self, name, data, mime, desc, rel="Alternative"):
        self.files.append((name, data, mime, desc, rel))

    # ------------------------------------------------------------ output
    def render(self):
        objs = []

        def new(body=None):
            objs.append(body)
            return len(objs)

        def stream(dct, data, compress=True):
            if compress:
                data = zlib.compress(data, 9)
                dct = dct + b" /Filter /FlateDecode"
            return b"<<" + dct + b" /Length %d>>\nstream\n" % len(data) + data + b"\nendstream"

        catalog = new()
        pages_id = new()
        font_ids = {}
        for key in ("R", "B"):
            if not self.used[key]:
                continue
            f = self.font(key)
            used = self.used[key]
            base = ("DejaVuSans-Bold" if key == "B" else "DejaVuSans")
            tag = "".join(chr(65 + (b % 26)) for b in hashlib.md5(("%s%r" % (base, sorted(used))).encode()).digest()[:6])
            fname = "%s+%s" % (tag, base)
            sub = f.subset(list(used))
            ff = new(stream(b"/Length1 %d" % len(sub), sub))
            sc = 1000.0 / f.upem
            desc = new(("<</Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] "
                        "/ItalicAngle 0 /Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R>>" % (
                            fname, f.bbox[0] * sc, f.bbox[1] * sc, f.bbox[2] * sc, f.bbox[3] * sc,
                            f.ascent * sc, f.descent * sc, f.cap * sc, 120 if key == "B" else 80, ff)).encode())
            w = " ".join("%d [%d]" % (g, round(f.adv[g] * sc)) for g in sorted(used))
            cid = new(("<</Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo <</Registry (Adobe) "
                       "/Ordering (Identity) /Supplement 0>> /FontDescriptor %d 0 R /DW 1000 /W [%s] "
                       "/CIDToGIDMap /Identity>>" % (fname, desc, w)).encode())
            lines = []
            items = sorted(used.items())
            for i in range(0, len(items), 100):
                chunk = items[i:i + 100]
                lines.append("%d beginbfchar" % len(chunk))
                for g, ch in chunk:
                    lines.append("<%04X> <%s>" % (g, ch.encode("utf-16-be").hex().upper()))
                lines.append("endbfchar")
            cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
                    "endcodespacerange\n" + "\n".join(lines) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
            tu = new(stream(b"", cmap.encode()))
            font_ids[key] = new(("<</Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
                                 "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R>>" % (fname, cid, tu)).encode())
        img_ids = {}
        for name, (cs, w, h, raw) in self.images:
            img_ids[name] = new(stream(("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s "
                                        "/BitsPerComponent 8" % (w, h, "DeviceGray" if cs == "G" else "DeviceRGB")).encode(), raw))
        page_ids = []
        for p in self.pages:
            content = new(stream(b"", "\n".join(p.ops).encode("latin-1")))
            annots = []
            for (x1, y1, x2, y2, uri) in p.links:
                annots.append(new(b"<</Type /Annot /Subtype /Link /Rect [%s %s %s %s] /Border [0 0 0] "
                                  b"/A <</Type /Action /S /URI /URI %s>>>>" % (
                                      _num(x1).encode(), _num(y1).encode(), _num(x2).encode(), _num(y2).encode(),
                                      _pdfstr(uri))))
            fonts = " ".join("/F%s %d 0 R" % (k, v) for k, v in font_ids.items())
            xo = " ".join("/%s %d 0 R" % (n, img_ids[n]) for n in p.images)
            res = "<</Font <<%s>>%s /ProcSet [/PDF /Text /ImageC /ImageB]>>" % (fonts, (" /XObject <<%s>>" % xo) if xo else "")
            pg = "<</Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources %s /Contents %d 0 R%s>>" % (
                pages_id, _num(p.w), _num(p.h), res, content,
                (" /Annots [%s]" % " ".join("%d 0 R" % a for a in annots)) if annots else "")
            page_ids.append(new(pg.encode()))
        objs[pages_id - 1] = ("<</Type /Pages /Kids [%s] /Count %d>>" % (
            " ".join("%d 0 R" % i for i in page_ids), len(page_ids))).encode()
        extra = b""
        if self.files:
            specs = []
            names = []
            for name, data, mime, desc, rel in self.files:
                ef = new(stream(b"/Type /EmbeddedFile /Subtype /" + mime.replace("/", "#2F").encode() +
                                b" /Params <</ModDate " + _pdfstr(self.created) + b" /Size %d>>" % len(data), data))
                fs = new(b"<</Type /Filespec /F " + _pdfstr(name) + b" /UF " + _pdfstr(name) +
                         b" /Desc " + _pdfstr(desc) + b" /AFRelationship /" + rel.encode() +
                         b" /EF <</F %d 0 R /UF %d 0 R>>>>" % (ef, ef))
                specs.append(fs)
                names.append(_pdfstr(name) + b" %d 0 R" % fs)
            extra += b" /Names <</EmbeddedFiles <</Names [" + b" ".join(names) + b"]>>>> /AF [" + \
                b" ".join(b"%d 0 R" % s for s in specs) + b"]"
        if self.xmp:
            md = new(stream(b"/Type /Metadata /Subtype /XML", self.xmp.encode("utf-8"), compress=False))
            extra += b" /Metadata %d 0 R" % md
        objs[catalog - 1] = b"<</Type /Catalog /Pages %d 0 R /Lang " % pages_id + _pdfstr(self.lang) + extra + b">>"
        info = dict(self.info)
        info.setdefault("CreationDate", self.created)
        info.setdefault("ModDate", self.created)
        info_id = new(b"<<" + b" ".join(b"/" + k.encode() + b" " + _pdfstr(v) for k, v in info.items()) + b">>")
        out = bytearray(b"%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n" % self.version.encode())
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        out += (b"trailer\n<</Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>]>>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objs) + 1, catalog, info_id, fid.encode(), fid.encode(), xref))
        return bytes(out)


# ---------------------------------------------------------------- reading
def check_pdf(data):
    """Structural check of PDFs written above: xref offsets, stream lengths,
    Flate streams decompress.  Returns list of image tuples (w, h, cs, raw)
    and list of embedded file payloads."""
    assert data.startswith(b"%PDF-"), "no PDF header"
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    assert m, "no startxref"
    x = int(m.group(1))
    assert data[x:x + 4] == b"xref", "startxref does not point to xref"
    hdr = re.match(rb"xref\n0 (\d+)\n", data[x:])
    n = int(hdr.group(1))
    p = x + hdr.end()
    objs = {}
    for i in range(n):
        line = data[p + 20 * i:p + 20 * i + 20]
        off, gen, t = int(line[:10]), int(line[11:16]), line[17:18]
        if t == b"n":
            assert data[off:].startswith(b"%d 0 obj" % i), "xref offset wrong for %d" % i
            end = data.index(b"\nendobj\n", off)
            objs[i] = data[off:end]
    images, files = [], []
    for i, body in objs.items():
        sm = re.search(rb"/Length (\d+)>>\nstream\n", body)
        if not sm:
            continue
        ln = int(sm.group(1))
        raw = body[sm.end():sm.end() + ln]
        assert body[sm.end() + ln:] == b"\nendstream", "stream length wrong in obj %d" % i
        if b"/FlateDecode" in body[:sm.end()]:
            raw = zlib.decompress(raw)
        if b"/Subtype /Image" in body:
            w = int(re.search(rb"/Width (\d+)", body).group(1))
            h = int(re.search(rb"/Height (\d+)", body).group(1))
            cs = b"G" if b"DeviceGray" in body else b"RGB"
            images.append((w, h, cs.decode(), raw))
        if b"/Type /EmbeddedFile" in body:
            files.append(raw)
    return images, files
