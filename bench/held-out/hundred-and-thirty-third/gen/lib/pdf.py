"""A small PDF 1.7 writer: text with embedded, subsetted TrueType fonts
(Identity-H + ToUnicode, so any script extracts as text), vector lines and
boxes, greyscale/RGB images, URI link annotations, embedded files (Factur-X)
and document information.  Output is deterministic."""
import hashlib
import os
import zlib

from . import ttf

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"  # Debian fonts-dejavu-core (the same files)
FONTS = {
    "R": "DejaVuSans.ttf",
    "B": "DejaVuSans-Bold.ttf",
    "S": "DejaVuSerif.ttf",
}
A4 = (595.28, 841.89)


def _pdfstr(s):
    """Literal string; text outside Latin-1 as UTF-16BE with BOM."""
    try:
        b = s.encode("latin-1")
        b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        return b"(" + b + b")"
    except UnicodeEncodeError:
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def pdf_date(dt_local):
    off = dt_local.utcoffset().total_seconds() // 60
    sign = "+" if off >= 0 else "-"
    off = abs(int(off))
    return "D:%s%s%02d'%02d'" % (dt_local.strftime("%Y%m%d%H%M%S"), sign, off // 60, off % 60)


class Page:
    def __init__(self, doc):
        self.doc = doc
        self.ops = []
        self.annots = []
        self.images = {}
        self.fonts_used = set()

    def _font(self, f):
        self.fonts_used.add(f)
        return self.doc.font(f)

    def text(self, x, y, s, font="R", size=10, color=None):
        fo = self._font(font)
        self.doc.used[font].update(fo.gid(c) for c in s)
        hexs = "".join("%04X" % fo.gid(c) for c in s)
        col = "%.3f %.3f %.3f rg " % (color or (0, 0, 0))
        self.ops.append("BT %s/F%s %.1f Tf %.2f %.2f Td <%s> Tj ET" % (col, font, size, x, y, hexs))
        for c in s:
            self.doc.tounicode[font][fo.gid(c)] = c

    def text_right(self, xr, y, s, font="R", size=10, color=None):
        w = self._font(font).width(s, size)
        self.text(xr - w, y, s, font, size, color)

    def text_center(self, xc, y, s, font="R", size=10, color=None):
        w = self._font(font).width(s, size)
        self.text(xc - w / 2, y, s, font, size, color)

    def line(self, x1, y1, x2, y2, w=0.5, color=(0, 0, 0)):
        self.ops.append("q %.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S Q" % (color + (w, x1, y1, x2, y2)))

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        s = "q "
        if fill:
            s += "%.3f %.3f %.3f rg " % fill
        if stroke:
            s += "%.3f %.3f %.3f RG %.2f w " % (stroke + (lw,))
        s += "%.2f %.2f %.2f %.2f re %s Q" % (x, y, w, h, "B" if fill and stroke else ("f" if fill else "S"))
        self.ops.append(s)

    def polygon(self, pts, fill):
        s = "q %.3f %.3f %.3f rg " % fill + "%.2f %.2f m " % pts[0]
        s += " ".join("%.2f %.2f l" % p for p in pts[1:]) + " h f Q"
        self.ops.append(s)

    def image(self, key, x, y, w, h):
        self.images[key] = True
        self.ops.append("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (w, h, x, y, key))

    def link(self, x, y, w, h, uri):
        self.annots.append((x, y, w, h, uri))


class Doc:
    def __init__(self, info=None, size=A4):
        self.size = size
        self.pages = []
        self.info = info or {}
        self._fonts = {}
        self.used = {}
        self.tounicode = {}
        self.images = {}
        self.files = []
        self.xmp = None

    def font(self, f):
        if f not in self._fonts:
            self._fonts[f] = ttf.load(os.path.join(FONTDIR, FONTS[f]))
            self.used[f] = set()
            self.tounicode[f] = {}
        return self._fonts[f]

    def new_page(self):
        p = Page(self)
        self.pages.append(p)
        return p

    def add_image(self, key, width, height, data, cs="DeviceGray"):
        self.images[key] = (width, height, data, cs)

    def attach(self, name, data, mime, desc="", rel="Alternative", moddate=None):
        self.files.append((name, data, mime, desc, rel, moddate))

    # -------------------------------------------------------------- output
    def render(self):
        objs = []

        def new(body=None):
            objs.append(body)
            return len(objs)

        def stream(dict_s, data, compress=True):
            if compress:
                data = zlib.compress(data, 9)
                dict_s = dict_s + " /Filter /FlateDecode"
            return ("<< %s /Length %d >>\nstream\n" % (dict_s, len(data))).encode() + data + b"\nendstream"

        catalog = new()
        pages_id = new()
        font_ids = {}
        fontnames = {}
        for f in sorted(self._fonts):
            fo = self._fonts[f]
            tag = "".join(chr(65 + (b % 26)) for b in hashlib.md5((f + fo.psname + ",".join(map(str, sorted(self.used[f])))).encode()).digest()[:6])
            base = "%s+%s" % (tag, fo.psname.replace("-", ""))
            fontnames[f] = base
            sub = fo.subset(self.used[f])
            ff = new(stream("/Length1 %d" % len(sub), sub))
            scale = 1000.0 / fo.upem
            desc = new(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] "
                        "/ItalicAngle 0 /Ascent %d /Descent %d /CapHeight %d /StemV 80 /FontFile2 %d 0 R >>"
                        % (base, fo.bbox[0] * scale, fo.bbox[1] * scale, fo.bbox[2] * scale, fo.bbox[3] * scale,
                           fo.ascent * scale, fo.descent * scale, fo.capheight * scale, ff)).encode())
            gids = sorted(self.used[f])
            w = " ".join("%d [%d]" % (g, round(fo.adv[g] * scale)) for g in gids)
            cid = new(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
                       "/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [%s] "
                       "/CIDToGIDMap /Identity >>" % (base, desc, w)).encode())
            tu = self.tounicode[f]
            lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                     "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                     "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
            items = sorted(tu.items())
            for i in range(0, len(items), 100):
                chunk = items[i:i + 100]
                lines.append("%d beginbfchar" % len(chunk))
                for g, ch in chunk:
                    lines.append("<%04X> <%s>" % (g, ch.encode("utf-16-be").hex().upper()))
                lines.append("endbfchar")
            lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
            tuid = new(stream("", "\n".join(lines).encode()))
            font_ids[f] = new(("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
                               "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (base, cid, tuid)).encode())
        img_ids = {}
        for k in sorted(self.images):
            w, h, data, cs = self.images[k]
            img_ids[k] = new(stream("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s "
                                    "/BitsPerComponent 8 /Interpolate false" % (w, h, cs), data))
        page_ids = []
        for p in self.pages:
            content = new(stream("", "\n".join(p.ops).encode("latin-1")))
            annot_ids = []
            for (x, y, w, h, uri) in p.annots:
                annot_ids.append(new(("<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] "
                                      "/A << /Type /Action /S /URI /URI " % (x, y, x + w, y + h)).encode()
                                     + _pdfstr(uri) + b" >> >>"))
            res = "/Font << %s >>" % " ".join("/F%s %d 0 R" % (f, font_ids[f]) for f in sorted(p.fonts_used))
            if p.images:
                res += " /XObject << %s >>" % " ".join("/%s %d 0 R" % (k, img_ids[k]) for k in sorted(p.images))
            body = "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << %s >> /Contents %d 0 R" % (
                pages_id, self.size[0], self.size[1], res, content)
            if annot_ids:
                body += " /Annots [%s]" % " ".join("%d 0 R" % a for a in annot_ids)
            page_ids.append(new((body + " >>").encode()))
        objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
            " ".join("%d 0 R" % i for i in page_ids), len(page_ids))).encode()
        cat = "<< /Type /Catalog /Pages %d 0 R" % pages_id
        if self.files:
            specs = []
            for (name, data, mime, desc, rel, moddate) in self.files:
                params = "/Size %d" % len(data)
                if moddate:
                    params += " /ModDate (%s)" % moddate
                ef = new(stream("/Type /EmbeddedFile /Subtype /%s /Params << %s >>" % (
                    mime.replace("/", "#2F"), params), data))
                fs = new(b"<< /Type /Filespec /F " + _pdfstr(name) + b" /UF " + _pdfstr(name)
                         + b" /Desc " + _pdfstr(desc) + ("/AFRelationship /%s /EF << /F %d 0 R /UF %d 0 R >> >>"
                                                        % (rel, ef, ef)).encode())
                specs.append((name, fs))
            names = b" ".join(_pdfstr(n) + (" %d 0 R" % fs).encode() for n, fs in specs)
            nm = new(b"<< /EmbeddedFiles << /Names [" + names + b"] >> >>")
            cat += " /Names %d 0 R /AF [%s]" % (nm, " ".join("%d 0 R" % fs for _, fs in specs))
        if self.xmp:
            xm = new(stream("/Type /Metadata /Subtype /XML", self.xmp.encode("utf-8"), compress=False))
            cat += " /Metadata %d 0 R" % xm
        lang = self.info.get("Lang")
        if lang:
            cat += " /Lang (%s)" % lang
        objs[catalog - 1] = (cat + " >>").encode()
        info = b"<< " + b" ".join(b"/" + k.encode() + b" " + _pdfstr(v)
                                  for k, v in self.info.items() if k != "Lang") + b" >>"
        info_id = new(info)
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, o in enumerate(objs, 1):
            offs.append(len(out))
            out += ("%d 0 obj\n" % i).encode() + o + b"\nendobj\n"
        xref = len(out)
        out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
        for o in offs:
            out += ("%010d 00000 n \n" % o).encode()
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(objs) + 1, catalog, info_id, fid, fid, xref)).encode()
        return bytes(out)


class Flow:
    """Top-down layout helper on A4 with automatic page breaks."""

    def __init__(self, doc, margin=56, top=60, footer=None):
        self.doc = doc
        self.m = margin
        self.top = top
        self.footer = footer
        self.page = None
        self.newpage()

    @property
    def width(self):
        return self.doc.size[0] - 2 * self.m

    def newpage(self):
        self.page = self.doc.new_page()
        self.y = self.doc.size[1] - self.top
        if self.footer:
            self.footer(self.page, len(self.doc.pages))

    def need(self, h):
        if self.y - h < 70:
            self.newpage()

    def wrap(self, text, font, size, width):
        fo = self.doc.font(font)
        out = []
        for para in text.split("\n"):
            words = para.split(" ")
            cur = ""
            for w in words:
                t = (cur + " " + w) if cur else w
                if fo.width(t, size) > width and cur:
                    out.append(cur)
                    cur = w
                else:
                    cur = t
            out.append(cur)
        return out

    def p(self, text, font="R", size=10, lead=None, indent=0, color=None, after=4, width=None):
        lead = lead or size * 1.35
        for ln in self.wrap(text, font, size, (width or self.width) - indent):
            self.need(lead)
            self.y -= lead
            self.page.text(self.m + indent, self.y, ln, font, size, color)
        self.y -= after

    def space(self, h):
        self.y -= h

    def hr(self, w=0.5, color=(0.6, 0.6, 0.6)):
        self.y -= 4
        self.page.line(self.m, self.y, self.m + self.width, self.y, w, color)
        self.y -= 6

    def table(self, cols, rows, font="R", size=9, head_font="B", aligns=None, shade=(0.92, 0.94, 0.97), lead=None):
        """cols: list of (title, width); aligns: 'l'/'r' per column."""
        lead = lead or size * 1.6
        aligns = aligns or ["l"] * len(cols)

        def row(vals, f, fill=None):
            self.need(lead)
            self.y -= lead
            if fill:
                self.page.rect(self.m, self.y - 3, self.width, lead, fill=fill)
            x = self.m
            for (title, w), v, a in zip(cols, vals, aligns):
                if a == "r":
                    self.page.text_right(x + w - 3, self.y + 2, v, f, size)
                else:
                    self.page.text(x + 3, self.y + 2, v, f, size)
                x += w

        row([c[0] for c in cols], head_font, shade)
        for r in rows:
            row(r, font)
        self.y -= 4
        self.page.line(self.m, self.y, self.m + self.width, self.y, 0.4)
        self.y -= 4

    def image(self, key, w, h, x=None):
        self.need(h + 4)
        self.y -= h
        self.page.image(key, self.m if x is None else x, self.y, w, h)
        self.y -= 4


def add_qr(doc, key, matrix, quiet=4):
    """Register a QR module matrix as a 1-pixel-per-module grey image."""
    n = len(matrix)
    W = n + 2 * quiet
    rows = []
    for y in range(-quiet, n + quiet):
        rows.append(bytes(0 if (0 <= y < n and 0 <= x < n and matrix[y][x]) else 255
                          for x in range(-quiet, n + quiet)))
    doc.add_image(key, W, W, b"".join(rows))
    return W
