"""Small PDF 1.7 writer: embedded (subset) DejaVu TrueType fonts as CID fonts
with ToUnicode maps, vector graphics, QR images, logo images and link
annotations.  Deterministic output."""
import os
import zlib

from .ttf import TTF

_FONT_DIR = "/usr/share/fonts/truetype/dejavu"  # Debian's fonts-dejavu-core: the files the set was built with
_FONTS = {}


def font(bold=False):
    key = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    if key not in _FONTS:
        _FONTS[key] = TTF(os.path.join(_FONT_DIR, key))
    return _FONTS[key]


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _pdfstr(s):
    """Text string for the Info dictionary (PDFDocEncoding if possible, else UTF-16BE)."""
    try:
        b = s.encode("latin-1")
        if all(32 <= c < 127 for c in b):
            return "(" + _esc(s) + ")"
    except UnicodeEncodeError:
        pass
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


class Page:
    def __init__(self, doc, w, h):
        self.doc, self.w, self.h = doc, w, h
        self.ops = []
        self.annots = []
        self.images = []

    # -- text
    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0)):
        f = font(bold)
        self.doc.all_text.append(s)
        fid = "F2" if bold else "F1"
        gids = [f.gid(c) for c in s]
        self.doc.used[bold].update((g, c) for g, c in zip(gids, s))
        hexs = "".join("%04X" % g for g in gids)
        self.ops.append("BT /%s %.2f Tf %.3f %.3f %.3f rg 1 0 0 1 %.2f %.2f Tm <%s> Tj ET" % (
            fid, size, color[0], color[1], color[2], x, self.h - y, hexs))
        return f.text_width(s, size)

    def text_right(self, x, y, s, size=10, bold=False, color=(0, 0, 0)):
        wdt = font(bold).text_width(s, size)
        self.text(x - wdt, y, s, size, bold, color)

    def text_center(self, x, y, s, size=10, bold=False, color=(0, 0, 0)):
        wdt = font(bold).text_width(s, size)
        self.text(x - wdt / 2, y, s, size, bold, color)

    def para(self, x, y, width, s, size=10, bold=False, leading=None, color=(0, 0, 0)):
        """Word-wrapped paragraph; returns y below the last line. '\n' forces breaks."""
        leading = leading or size * 1.35
        f = font(bold)
        for hard in s.split("\n"):
            words = hard.split(" ")
            line = ""
            for wd in words:
                cand = (line + " " + wd) if line else wd
                if f.text_width(cand, size) <= width or not line:
                    line = cand
                else:
                    self.text(x, y, line, size, bold, color)
                    y += leading
                    line = wd
            self.text(x, y, line, size, bold, color)
            y += leading
        return y

    # -- graphics
    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0)):
        self.ops.append("q %.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S Q" % (
            color[0], color[1], color[2], w, x1, self.h - y1, x2, self.h - y2))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        op = "q "
        if fill:
            op += "%.3f %.3f %.3f rg " % fill
        if stroke:
            op += "%.3f %.3f %.3f RG %.2f w " % (stroke[0], stroke[1], stroke[2], lw)
        op += "%.2f %.2f %.2f %.2f re " % (x, self.h - y - h, w, h)
        op += ("B" if fill and stroke else ("f" if fill else "S")) + " Q"
        self.ops.append(op)

    def qr(self, matrix, x, y, size):
        name = self.doc.add_qr(matrix)
        self.ops.append("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (size, size, x, self.h - y - size, name))

    def image(self, canvas, x, y, w, h):
        name = self.doc.add_rgb(canvas)
        self.ops.append("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (w, h, x, self.h - y - h, name))

    def link(self, x, y, w, h, url):
        self.doc.links.append(url)
        self.annots.append((x, self.h - y - h, x + w, self.h - y, url))


class PDF:
    def __init__(self, title="", author="", creator="", producer="", created="D:20261001120000+02'00'",
                 doc_id=b"0" * 16, subject="", lang=None):
        self.info = dict(title=title, author=author, creator=creator, producer=producer,
                         created=created, subject=subject)
        self.doc_id = doc_id
        self.lang = lang
        self.pages = []
        self.used = {False: set(), True: set()}
        self.all_text = []
        self.links = []
        self.xobjects = []  # (name, dict, data)

    def page(self, w=595.28, h=841.89):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    def add_qr(self, m):
        n = len(m)
        rowbytes = (n + 7) // 8
        raw = bytearray()
        for row in m:
            b = bytearray(rowbytes)
            for x, dark in enumerate(row):
                if not dark:
                    b[x // 8] |= 0x80 >> (x % 8)
            raw += b
        name = "Im%d" % (len(self.xobjects) + 1)
        d = "/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 /Interpolate false /Filter /FlateDecode" % (n, n)
        self.xobjects.append((name, d, zlib.compress(bytes(raw), 9)))
        return name

    def add_rgb(self, canvas):
        raw = b"".join(bytes(r) for r in canvas.px)
        name = "Im%d" % (len(self.xobjects) + 1)
        d = "/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode" % (canvas.w, canvas.h)
        self.xobjects.append((name, d, zlib.compress(raw, 9)))
        return name

    def render(self):
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)

        def stream(d, data):
            return ("<< %s /Length %d >>\nstream\n" % (d, len(data))).encode("latin-1") + data + b"\nendstream"

        catalog = add(None)
        pages_id = add(None)
        font_ids = {}
        for bold in (False, True):
            if not self.used[bold]:
                continue
            f = font(bold)
            gmap = {}
            for g, c in sorted(self.used[bold]):
                gmap.setdefault(g, c)
            sub = f.subset(list(gmap))
            ff = add(stream("/Length1 %d /Filter /FlateDecode" % len(sub), zlib.compress(sub, 9)))
            tag = "EGQRS" + ("B" if bold else "A")
            base = "%s+DejaVuSans%s" % (tag, "-Bold" if bold else "")
            fd = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle 0 "
                      "/Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>" % (
                          base, *(int(v * 1000 / f.units) for v in f.bbox), int(f.ascent * 1000 / f.units),
                          int(f.descent * 1000 / f.units), int(f.cap_height * 1000 / f.units),
                          120 if bold else 80, ff)).encode())
            w = " ".join("%d [%d]" % (g, round(f.width(g))) for g in sorted(gmap))
            cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
                       "/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /W [%s] /CIDToGIDMap /Identity >>"
                       % (base, fd, w)).encode())
            cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                    "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                    "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
            items = sorted(gmap.items())
            for i in range(0, len(items), 100):
                chunk = items[i:i + 100]
                cmap.append("%d beginbfchar" % len(chunk))
                for g, c in chunk:
                    cmap.append("<%04X> <%s>" % (g, c.encode("utf-16-be").hex().upper()))
                cmap.append("endbfchar")
            cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
            tu = add(stream("/Filter /FlateDecode", zlib.compress("\n".join(cmap).encode("latin-1"), 9)))
            font_ids[bold] = add(("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
                                  "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (base, cid, tu)).encode())
        xo_ids = []
        for name, d, data in self.xobjects:
            xo_ids.append((name, add(stream(d, data))))
        res = "<< /Font << %s >> /XObject << %s >> /ProcSet [/PDF /Text /ImageB /ImageC] >>" % (
            " ".join("/F%d %d 0 R" % (2 if b else 1, i) for b, i in font_ids.items()),
            " ".join("/%s %d 0 R" % (n, i) for n, i in xo_ids))
        res_id = add(res.encode())
        page_ids = []
        for p in self.pages:
            content = "\n".join(p.ops).encode("latin-1")
            cid_ = add(stream("/Filter /FlateDecode", zlib.compress(content, 9)))
            annot_refs = []
            for (x1, y1, x2, y2, url) in p.annots:
                annot_refs.append(add(("<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] "
                                       "/A << /Type /Action /S /URI /URI (%s) >> >>" % (x1, y1, x2, y2, _esc(url))).encode("latin-1")))
            annots = (" /Annots [%s]" % " ".join("%d 0 R" % a for a in annot_refs)) if annot_refs else ""
            page_ids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources %d 0 R "
                                 "/Contents %d 0 R%s >>" % (pages_id, p.w, p.h, res_id, cid_, annots)).encode()))
        objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
            " ".join("%d 0 R" % i for i in page_ids), len(page_ids))).encode()
        lang = (" /Lang (%s)" % self.lang) if self.lang else ""
        objs[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_id, lang)).encode()
        i = self.info
        info_parts = []
        for k, key in (("title", "Title"), ("author", "Author"), ("subject", "Subject"),
                       ("creator", "Creator"), ("producer", "Producer")):
            if i.get(k):
                info_parts.append("/%s %s" % (key, _pdfstr(i[k])))
        info_parts.append("/CreationDate (%s) /ModDate (%s)" % (i["created"], i["created"]))
        info_id = add(("<< %s >>" % " ".join(info_parts)).encode("latin-1"))
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for n, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        hid = self.doc_id.hex().upper().encode()
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(objs) + 1, catalog, info_id, hid, hid, xref))
        return bytes(out)


# ---------------------------------------------------------------- reading back (verification)
def extract_qr_images(data):
    """Return QR module matrices of 1-bit image XObjects in a PDF built here."""
    import re
    out = []
    for m in re.finditer(rb"<< /Type /XObject /Subtype /Image /Width (\d+) /Height (\d+) /ColorSpace /DeviceGray "
                         rb"/BitsPerComponent 1 /Interpolate false /Filter /FlateDecode /Length (\d+) >>\nstream\n", data):
        w, h, ln = int(m.group(1)), int(m.group(2)), int(m.group(3))
        raw = zlib.decompress(data[m.end():m.end() + ln])
        rb = (w + 7) // 8
        mat = []
        for y in range(h):
            row = raw[y * rb:(y + 1) * rb]
            mat.append([not (row[x // 8] & (0x80 >> (x % 8))) for x in range(w)])
        out.append(mat)
    return out


def check_structure(data):
    """Check header, xref offsets and trailer of a PDF written by this module."""
    import re
    if not data.startswith(b"%PDF-1."):
        raise ValueError("no PDF header")
    sx = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", data).group(1))
    if data[sx:sx + 4] != b"xref":
        raise ValueError("startxref does not point to xref")
    hdr = re.match(rb"xref\n0 (\d+)\n", data[sx:])
    n = int(hdr.group(1))
    p = sx + hdr.end() + 20
    for i in range(1, n):
        off = int(data[p:p + 10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            raise ValueError("xref entry %d wrong" % i)
        p += 20
    for m in re.finditer(rb"/Length (\d+) >>\nstream\n", data):
        ln = int(m.group(1))
        if data[m.end() + ln:m.end() + ln + 10] != b"\nendstream":
            raise ValueError("stream length mismatch")
    return n - 1
