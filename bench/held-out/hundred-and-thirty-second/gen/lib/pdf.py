"""Small deterministic PDF 1.7 writer with embedded (subset) TrueType fonts,
images, link annotations and embedded files, plus a text/image extractor used
by the verification step. Stdlib only."""
import hashlib
import os
import re
import zlib

from .ttf import TTF

_FONT_DIR = "/usr/share/fonts/truetype/dejavu"  # Debian fonts-dejavu-core (the same files)
_FONT_FILES = {"R": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "S": "DejaVuSerif.ttf"}
_FONT_CACHE = {}

A4 = (595.28, 841.89)


def font(key):
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = TTF(os.path.join(_FONT_DIR, _FONT_FILES[key]))
    return _FONT_CACHE[key]


def text_width(s, key, size):
    return font(key).text_width(s, size)


def _n(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def _pdfstr(s):
    """PDF text string (UTF-16BE with BOM when non-ASCII)."""
    try:
        s.encode("ascii")
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    except UnicodeEncodeError:
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


class Page:
    def __init__(self, doc, size=A4):
        self.doc = doc
        self.w, self.h = size
        self.ops = []
        self.images = set()
        self.links = []

    def _y(self, y):
        return self.h - y

    def text(self, x, y, s, f="R", size=10, color=None):
        """Draw text; (x, y) is the baseline position measured from top-left."""
        if not s:
            return
        gids = self.doc._use(f, s)
        col = "%s %s %s rg " % tuple(_n(c) for c in (color or (0, 0, 0)))
        self.ops.append("BT %s/%s %s Tf 1 0 0 1 %s %s Tm <%s> Tj ET" % (
            col, "F" + f, _n(size), _n(x), _n(self._y(y)), "".join("%04X" % g for g in gids)))

    def text_right(self, xr, y, s, f="R", size=10, color=None):
        self.text(xr - text_width(s, f, size), y, s, f, size, color)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        parts = ["q"]
        if fill:
            parts.append("%s %s %s rg" % tuple(_n(c) for c in fill))
        if stroke:
            parts.append("%s %s %s RG %s w" % (tuple(_n(c) for c in stroke) + (_n(lw),)))
        op = "B" if fill and stroke else ("f" if fill else "S")
        parts.append("%s %s %s %s re %s Q" % (_n(x), _n(self._y(y + h)), _n(w), _n(h), op))
        self.ops.append(" ".join(parts))

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.ops.append("q %s %s %s RG %s w %s %s m %s %s l S Q" % (
            _n(color[0]), _n(color[1]), _n(color[2]), _n(lw), _n(x1), _n(self._y(y1)), _n(x2), _n(self._y(y2))))

    def image(self, name, x, y, w, h):
        self.images.add(name)
        self.ops.append("q %s 0 0 %s %s %s cm /%s Do Q" % (_n(w), _n(h), _n(x), _n(self._y(y + h)), name))

    def link(self, x, y, w, h, url):
        self.links.append((x, self._y(y + h), x + w, self._y(y), url))

    def wrap(self, s, f, size, width):
        out = []
        for para in s.split("\n"):
            words = para.split(" ")
            cur = ""
            for wd in words:
                cand = (cur + " " + wd) if cur else wd
                if text_width(cand, f, size) <= width or not cur:
                    cur = cand
                else:
                    out.append(cur)
                    cur = wd
            out.append(cur)
        return out


class PDF:
    def __init__(self, title="", author="", creator="", producer="", date=None, subject="", keywords=""):
        self.info = {"Title": title, "Author": author, "Creator": creator, "Producer": producer,
                     "Subject": subject, "Keywords": keywords}
        self.date = date  # datetime with tzinfo
        self.pages = []
        self.used = {}
        self.imgs = {}
        self.files = []

    def new_page(self, size=A4):
        p = Page(self, size)
        self.pages.append(p)
        return p

    def _use(self, f, s):
        ft = font(f)
        gids = [ft.glyph(c) for c in s]
        d = self.used.setdefault(f, {})
        for c, g in zip(s, gids):
            d.setdefault(g, c)
        return gids

    def add_gray_image(self, name, w, h, rows):
        self.imgs[name] = (w, h, "DeviceGray", b"".join(rows))

    def add_rgb_image(self, name, w, h, rows):
        self.imgs[name] = (w, h, "DeviceRGB", b"".join(rows))

    def attach(self, filename, data, mime="application/xml", desc="", relationship="Data"):
        self.files.append((filename, data, mime, desc, relationship))

    def _pdfdate(self):
        d = self.date
        off = d.utcoffset()
        mins = int(off.total_seconds() // 60)
        sign = "+" if mins >= 0 else "-"
        mins = abs(mins)
        return "D:%s%s%02d'%02d'" % (d.strftime("%Y%m%d%H%M%S"), sign, mins // 60, mins % 60)

    def render(self):
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)

        def stream(dict_extra, data, compress=True):
            if compress:
                data = zlib.compress(data, 9)
                dict_extra = "/Filter /FlateDecode " + dict_extra
            return ("<< %s/Length %d >>\nstream\n" % (dict_extra, len(data))).encode("latin-1") + data + b"\nendstream"

        cat_id = add(None)
        pages_id = add(None)
        font_ids = {}
        for f in sorted(self.used):
            ft = font(f)
            used = self.used[f]
            gids = sorted(used)
            tag = "".join(chr(65 + b % 26) for b in hashlib.sha1((f + ",".join(map(str, gids))).encode()).digest()[:6])
            basefont = "%s+%s" % (tag, ft.ps_name)
            prog = ft.subset(gids)
            ff = add(stream("/Length1 %d " % len(prog), prog))
            sc = 1000.0 / ft.upem
            desc = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%s] /ItalicAngle 0 "
                        "/Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>" % (
                            basefont, " ".join(str(int(v * sc)) for v in ft.bbox), int(ft.ascent * sc),
                            int(ft.descent * sc), int(ft.cap_height * sc), 120 if f == "B" else 80, ff)).encode())
            warr = " ".join("%d [%s]" % (g, _n(ft.width(g))) for g in gids)
            cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
                       "/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [%s] "
                       "/CIDToGIDMap /Identity >>" % (basefont, desc, warr)).encode())
            lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                     "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
                     "<0000> <FFFF>", "endcodespacerange"]
            for i in range(0, len(gids), 100):
                chunk = gids[i:i + 100]
                lines.append("%d beginbfchar" % len(chunk))
                for g in chunk:
                    lines.append("<%04X> <%s>" % (g, used[g].encode("utf-16-be").hex().upper()))
                lines.append("endbfchar")
            lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
            tu = add(stream("", "\n".join(lines).encode("latin-1")))
            font_ids[f] = add(("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
                               "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (basefont, cid, tu)).encode())
        img_ids = {}
        for name in sorted(self.imgs):
            w, h, cs, raw = self.imgs[name]
            img_ids[name] = add(stream("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s "
                                       "/BitsPerComponent 8 " % (w, h, cs), raw))
        fonts_res = " ".join("/F%s %d 0 R" % (f, i) for f, i in sorted(font_ids.items()))
        page_ids = []
        for p in self.pages:
            content = "\n".join(p.ops).encode("latin-1")
            cid = add(stream("", content))
            annots = []
            for (x1, y1, x2, y2, url) in p.links:
                annots.append(add(("<< /Type /Annot /Subtype /Link /Rect [%s %s %s %s] /Border [0 0 0] "
                                   "/A << /S /URI /URI %s >> >>" % (_n(x1), _n(y1), _n(x2), _n(y2),
                                                                   _pdfstr(url))).encode("latin-1")))
            xo = ""
            if p.images:
                xo = "/XObject << %s >> " % " ".join("/%s %d 0 R" % (n, img_ids[n]) for n in sorted(p.images))
            an = (" /Annots [%s]" % " ".join("%d 0 R" % a for a in annots)) if annots else ""
            page_ids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources << /Font << %s >> "
                                 "%s/ProcSet [/PDF /Text /ImageB /ImageC] >> /Contents %d 0 R%s >>" % (
                                     pages_id, _n(p.w), _n(p.h), fonts_res, xo, cid, an)).encode("latin-1")))
        objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
            " ".join("%d 0 R" % i for i in page_ids), len(page_ids))).encode()
        names = ""
        af = ""
        if self.files:
            specs = []
            for (fn, data, mime, desc, rel) in self.files:
                ef = add(stream("/Type /EmbeddedFile /Subtype /%s /Params << /Size %d /ModDate (%s) >> " % (
                    mime.replace("/", "#2F"), len(data), self._pdfdate()), data))
                specs.append((fn, add(("<< /Type /Filespec /F %s /UF %s /Desc %s /AFRelationship /%s "
                                       "/EF << /F %d 0 R /UF %d 0 R >> >>" % (
                                           _pdfstr(fn), _pdfstr(fn), _pdfstr(desc), rel, ef, ef)).encode("latin-1"))))
            names = " /Names << /EmbeddedFiles << /Names [%s] >> >>" % " ".join(
                "%s %d 0 R" % (_pdfstr(fn), i) for fn, i in specs)
            af = " /AF [%s]" % " ".join("%d 0 R" % i for _, i in specs)
        objs[cat_id - 1] = ("<< /Type /Catalog /Pages %d 0 R%s%s >>" % (pages_id, names, af)).encode("latin-1")
        info_items = ["/%s %s" % (k, _pdfstr(v)) for k, v in self.info.items() if v]
        if self.date is not None:
            info_items.append("/CreationDate (%s) /ModDate (%s)" % (self._pdfdate(), self._pdfdate()))
        info_id = add(("<< %s >>" % " ".join(info_items)).encode("latin-1"))
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objs) + 1, cat_id, info_id, fid, fid, xref)).encode("latin-1")
        return bytes(out)


class Flow:
    """Top-to-bottom layout helper with automatic page breaks."""

    def __init__(self, doc, left=56, right=56, top=60, bottom=70, on_page=None):
        self.doc = doc
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.on_page = on_page
        self.page = None
        self.y = 0
        self.new_page()

    @property
    def width(self):
        return self.page.w - self.left - self.right

    def new_page(self):
        self.page = self.doc.new_page()
        self.y = self.top
        if self.on_page:
            self.y = self.on_page(self.page, len(self.doc.pages)) or self.top

    def need(self, h):
        if self.y + h > self.page.h - self.bottom:
            self.new_page()

    def space(self, h):
        self.y += h

    def para(self, s, f="R", size=9.5, leading=None, color=None, indent=0, width=None, align="left"):
        leading = leading or size * 1.38
        width = width or (self.width - indent)
        for ln in self.page.wrap(s, f, size, width):
            self.need(leading)
            self.y += leading
            if align == "right":
                self.page.text_right(self.left + indent + width, self.y, ln, f, size, color)
            elif align == "center":
                self.page.text(self.left + indent + (width - text_width(ln, f, size)) / 2, self.y, ln, f, size, color)
            else:
                self.page.text(self.left + indent, self.y, ln, f, size, color)

    def link_line(self, s, url, f="R", size=9.5, color=(0.05, 0.3, 0.75), indent=0):
        lead = size * 1.38
        self.need(lead)
        self.y += lead
        x = self.left + indent
        self.page.text(x, self.y, s, f, size, color)
        w = text_width(s, f, size)
        self.page.line(x, self.y + 1.5, x + w, self.y + 1.5, 0.5, color)
        self.page.link(x, self.y - size, w, size + 3, url)

    def button(self, label, url, w=200, h=26, fill=(0.0, 0.36, 0.69), size=10.5):
        self.need(h + 8)
        self.y += 6
        x = self.left
        self.page.rect(x, self.y, w, h, fill=fill)
        tw = text_width(label, "B", size)
        self.page.text(x + (w - tw) / 2, self.y + h / 2 + size * 0.36, label, "B", size, (1, 1, 1))
        self.page.link(x, self.y, w, h, url)
        self.y += h + 2

    def hr(self, color=(0.6, 0.6, 0.6), lw=0.5):
        self.need(8)
        self.y += 5
        self.page.line(self.left, self.y, self.page.w - self.right, self.y, lw, color)
        self.y += 3

    def table(self, rows, widths, size=8.5, header=True, aligns=None, fill_header=(0.9, 0.9, 0.9), grid=True):
        lead = size * 1.35
        aligns = aligns or ["l"] * len(widths)
        for ri, row in enumerate(rows):
            f = "B" if (header and ri == 0) else "R"
            cells = [self.page.wrap(str(c), f, size, widths[i] - 6) for i, c in enumerate(row)]
            hgt = max(len(c) for c in cells) * lead + 5
            self.need(hgt)
            x = self.left
            if header and ri == 0 and fill_header:
                self.page.rect(x, self.y, sum(widths), hgt, fill=fill_header)
            for i, c in enumerate(cells):
                if grid:
                    self.page.rect(x, self.y, widths[i], hgt, stroke=(0.55, 0.55, 0.55), lw=0.4)
                yy = self.y
                for ln in c:
                    yy += lead
                    if aligns[i] == "r":
                        self.page.text_right(x + widths[i] - 3, yy, ln, f, size)
                    else:
                        self.page.text(x + 3, yy, ln, f, size)
                x += widths[i]
            self.y += hgt

    def image(self, name, w, h, x=None):
        self.need(h + 4)
        self.page.image(name, self.left if x is None else x, self.y + 2, w, h)
        self.y += h + 4


# ---------------------------------------------------------------- extraction

_OBJ_RE = re.compile(rb"(\d+) 0 obj\n(.*?)\nendobj\n", re.S)


def parse_objects(data):
    objs = {}
    for m in _OBJ_RE.finditer(data):
        num = int(m.group(1))
        body = m.group(2)
        st = None
        if b"\nstream\n" in body:
            head, rest = body.split(b"\nstream\n", 1)
            ln = int(re.search(rb"/Length (\d+)", head).group(1))
            raw = rest[:ln]
            if rest[ln:] != b"\nendstream":
                raise ValueError("stream length mismatch in obj %d" % num)
            if b"/FlateDecode" in head:
                raw = zlib.decompress(raw)
            st = raw
            body = head
        objs[num] = (body, st)
    return objs


def check_xref(data):
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    if not m:
        raise ValueError("no startxref")
    pos = int(m.group(1))
    if data[pos:pos + 4] != b"xref":
        raise ValueError("startxref does not point at xref")
    lines = data[pos:].split(b"\n")
    count = int(lines[1].split()[1])
    for i in range(1, count):
        off = int(lines[2 + i][:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            raise ValueError("xref offset wrong for obj %d" % i)


def extract(data):
    """Return (text, images[(w,h,cs,raw)], uris, embedded_files[(name, bytes)])."""
    check_xref(data)
    objs = parse_objects(data)
    cmaps = {}
    for num, (body, st) in objs.items():
        if b"/Subtype /Type0" in body:
            tu = int(re.search(rb"/ToUnicode (\d+) 0 R", body).group(1))
            cm = {}
            for g, u in re.findall(rb"<([0-9A-F]{4})> <([0-9A-F]+)>", objs[tu][1]):
                cm[int(g, 16)] = bytes.fromhex(u.decode()).decode("utf-16-be")
            cmaps[num] = cm
    text = []
    images = []
    uris = []
    files = []
    for num, (body, st) in objs.items():
        if body.startswith(b"<< /Type /Page ") and b"/Contents" in body:
            fontmap = {}
            fm = re.search(rb"/Font << (.*?) >>", body)
            for name, ref in re.findall(rb"/(\w+) (\d+) 0 R", fm.group(1)):
                fontmap[name] = cmaps[int(ref)]
            content = objs[int(re.search(rb"/Contents (\d+) 0 R", body).group(1))][1]
            last_y = None
            line = []
            for m in re.finditer(rb"/(\w+) [\d.]+ Tf 1 0 0 1 ([\d.\-]+) ([\d.\-]+) Tm <([0-9A-F]*)> Tj", content):
                cm = fontmap[m.group(1)]
                y = float(m.group(3))
                s = "".join(cm[int(m.group(4)[i:i + 4], 16)] for i in range(0, len(m.group(4)), 4))
                if last_y is not None and abs(y - last_y) > 0.5:
                    text.append(" ".join(line))
                    line = []
                line.append(s)
                last_y = y
            if line:
                text.append(" ".join(line))
        if b"/Subtype /Image" in body:
            w = int(re.search(rb"/Width (\d+)", body).group(1))
            h = int(re.search(rb"/Height (\d+)", body).group(1))
            cs = re.search(rb"/ColorSpace /(\w+)", body).group(1).decode()
            images.append((w, h, cs, st))
        if b"/S /URI" in body:
            u = re.search(rb"/URI (\(.*?\)|<FEFF[0-9A-F]+>) >>", body).group(1)
            if u.startswith(b"<"):
                uris.append(bytes.fromhex(u[5:-1].decode()).decode("utf-16-be"))
            else:
                uris.append(u[1:-1].replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\").decode("latin-1"))
        if b"/Type /EmbeddedFile" in body:
            files.append(st)
    return "\n".join(text), images, uris, files
