"""Small deterministic PDF writer: text (embedded DejaVu subset, Identity-H,
with ToUnicode so that text extraction works in any script), lines,
filled rectangles, greyscale images (QR codes, logos) and URI link
annotations. Coordinates are given from the top-left corner in points."""
import hashlib
import os
import zlib

from . import ttf

A4 = (595.28, 841.89)
_HERE = os.path.dirname(os.path.abspath(__file__))
FONT_FILES = {
    "regular": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}


def _num(v):
    s = ("%.2f" % v).rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def _pdfstr(s):
    """PDF text string (Info dictionary): UTF-16BE with BOM when needed."""
    try:
        b = s.encode("latin-1")
        if all(32 <= c < 127 for c in b):
            return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    except UnicodeEncodeError:
        pass
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


class Page:
    def __init__(self, doc, size=A4):
        self.doc = doc
        self.w, self.h = size
        self.ops = []
        self.links = []
        self.images = []
        self.fonts_used = set()

    # ---- primitives
    def _font(self, bold):
        key = "bold" if bold else "regular"
        self.fonts_used.add(key)
        return key, self.doc.font(key)

    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0)):
        key, f = self._font(bold)
        gids = [f.gid(c) for c in s]
        self.doc.used[key].update(zip(gids, s))
        hexs = "".join("%04X" % g for g in gids)
        self.ops.append("BT %s %s %s rg /%s %s Tf %s %s Td <%s> Tj ET" % (
            _num(color[0]), _num(color[1]), _num(color[2]),
            "F1" if key == "regular" else "F2", _num(size), _num(x), _num(self.h - y), hexs))
        return f.width(s, size)

    def width(self, s, size=10, bold=False):
        return self.doc.font("bold" if bold else "regular").width(s, size)

    def text_right(self, xr, y, s, size=10, bold=False, color=(0, 0, 0)):
        return self.text(xr - self.width(s, size, bold), y, s, size, bold, color)

    def text_center(self, xc, y, s, size=10, bold=False, color=(0, 0, 0)):
        return self.text(xc - self.width(s, size, bold) / 2, y, s, size, bold, color)

    def para(self, x, y, width, s, size=10, leading=None, bold=False, color=(0, 0, 0)):
        """Word-wrapped paragraph; returns y below the paragraph."""
        leading = leading or size * 1.35
        for hard in s.split("\n"):
            words = hard.split(" ")
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

    def line(self, x1, y1, x2, y2, width=0.5, color=(0, 0, 0)):
        self.ops.append("%s %s %s RG %s w %s %s m %s %s l S" % (
            _num(color[0]), _num(color[1]), _num(color[2]), _num(width),
            _num(x1), _num(self.h - y1), _num(x2), _num(self.h - y2)))

    def rect(self, x, y, w, h, fill=(0.9, 0.9, 0.9), stroke=None):
        op = "%s %s %s rg %s %s %s %s re f" % (
            _num(fill[0]), _num(fill[1]), _num(fill[2]), _num(x), _num(self.h - y - h), _num(w), _num(h))
        self.ops.append(op)
        if stroke:
            self.ops.append("%s %s %s RG 0.6 w %s %s %s %s re S" % (
                _num(stroke[0]), _num(stroke[1]), _num(stroke[2]), _num(x), _num(self.h - y - h), _num(w), _num(h)))

    def image_grey(self, x, y, w, h, pw, ph, pixels, name=None):
        """Place a DeviceGray 8-bit image (pixels: bytes pw*ph)."""
        name = name or "Im%d" % (len(self.doc.images) + 1)
        self.doc.images.append((name, pw, ph, pixels))
        self.images.append(name)
        self.ops.append("q %s 0 0 %s %s %s cm /%s Do Q" % (
            _num(w), _num(h), _num(x), _num(self.h - y - h), name))
        return name

    def link(self, x, y, w, h, uri):
        self.links.append((x, self.h - y - h, x + w, self.h - y, uri))

    def link_text(self, x, y, s, uri, size=10):
        wd = self.text(x, y, s, size, color=(0.02, 0.33, 0.73))
        self.line(x, y + 1.5, x + wd, y + 1.5, 0.5, (0.02, 0.33, 0.73))
        self.link(x, y - size, wd, size + 3, uri)
        return wd


class Document:
    def __init__(self, title="", author="", producer="", creator="", created="", subset_seed="x", lang=None):
        self.title, self.author, self.producer, self.creator = title, author, producer, creator
        self.created = created
        self.pages = []
        self.images = []
        self.used = {"regular": {}, "bold": {}}
        self.subset_seed = subset_seed
        self.lang = lang

    def font(self, key):
        return ttf.load(FONT_FILES[key])

    def page(self):
        p = Page(self)
        self.pages.append(p)
        return p

    def _tag(self, key):
        h = hashlib.sha1((self.subset_seed + key).encode()).digest()
        return "".join(chr(65 + b % 26) for b in h[:6])

    def build(self):
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)

        def stream(dict_extra, data, compress=True):
            if compress:
                data = zlib.compress(data, 9)
                dict_extra = "/Filter /FlateDecode " + dict_extra
            return ("<< %s/Length %d >>\nstream\n" % (dict_extra, len(data))).encode() + data + b"\nendstream"

        catalog = add(None)
        pages_id = add(None)
        font_ids = {}
        for key in ("regular", "bold"):
            used = self.used[key]
            if not used:
                continue
            f = self.font(key)
            gids = sorted(used)
            data = f.subset(gids)
            ff = add(stream("/Length1 %d " % len(data), data))
            base = "%s+DejaVuSans%s" % (self._tag(key), "-Bold" if key == "bold" else "")
            scale = 1000.0 / f.units
            bbox = " ".join(str(int(v * scale)) for v in f.bbox)
            desc = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%s] /ItalicAngle 0 "
                        "/Ascent %d /Descent %d /CapHeight 729 /StemV %d /FontFile2 %d 0 R >>" % (
                            base, bbox, int(f.ascent * scale), int(f.descent * scale),
                            120 if key == "bold" else 80, ff)).encode())
            w = " ".join("%d [%d]" % (g, round(f.advance(g) * scale)) for g in gids)
            cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
                       "/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [%s] "
                       "/CIDToGIDMap /Identity >>" % (base, desc, w)).encode())
            cmap_lines = []
            items = sorted(used.items())
            for i in range(0, len(items), 100):
                chunk = items[i:i + 100]
                cmap_lines.append("%d beginbfchar" % len(chunk))
                for g, ch in chunk:
                    cmap_lines.append("<%04X> <%s>" % (g, ch.encode("utf-16-be").hex().upper()))
                cmap_lines.append("endbfchar")
            cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
                    "endcodespacerange\n%s\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
                    % "\n".join(cmap_lines)).encode()
            tu = add(stream("", cmap))
            font_ids[key] = add(("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
                                 "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (base, cid, tu)).encode())
        img_ids = {}
        for name, pw, ph, pixels in self.images:
            img_ids[name] = add(stream("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                                       "/BitsPerComponent 8 " % (pw, ph), pixels))
        page_ids = []
        for p in self.pages:
            content = add(stream("", "\n".join(p.ops).encode()))
            annots = []
            for (x1, y1, x2, y2, uri) in p.links:
                annots.append(add(("<< /Type /Annot /Subtype /Link /Rect [%s %s %s %s] /Border [0 0 0] "
                                   "/A << /Type /Action /S /URI /URI %s >> >>" % (
                                       _num(x1), _num(y1), _num(x2), _num(y2), _pdfstr(uri))).encode()))
            fonts = " ".join("/%s %d 0 R" % ("F1" if k == "regular" else "F2", font_ids[k])
                             for k in ("regular", "bold") if k in font_ids)
            xo = " ".join("/%s %d 0 R" % (n, img_ids[n]) for n in p.images)
            res = "<< /Font << %s >> %s/ProcSet [/PDF /Text /ImageB] >>" % (
                fonts, ("/XObject << %s >> " % xo) if xo else "")
            body = "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources %s /Contents %d 0 R%s >>" % (
                pages_id, _num(p.w), _num(p.h), res, content,
                (" /Annots [%s]" % " ".join("%d 0 R" % a for a in annots)) if annots else "")
            page_ids.append(add(body.encode()))
        objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
            " ".join("%d 0 R" % i for i in page_ids), len(page_ids))).encode()
        objs[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R%s >>" % (
            pages_id, (" /Lang (%s)" % self.lang) if self.lang else "")).encode()
        info = add(("<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>" % (
            _pdfstr(self.title), _pdfstr(self.author), _pdfstr(self.creator), _pdfstr(self.producer),
            self.created, self.created)).encode())
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objs):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objs) + 1, catalog, info, fid, fid, xref)).encode()
        return bytes(out)


# ------------------------------------------------------------------ reader
import re as _re


def _objects(data):
    objs = {}
    for m in _re.finditer(rb"(\d+) 0 obj\n", data):
        start = m.end()
        end = data.index(b"\nendobj", start)
        objs[int(m.group(1))] = data[start:end]
    return objs


def _stream_data(body):
    if b"stream\n" not in body:
        return None
    head, _, rest = body.partition(b"stream\n")
    raw = rest[:rest.rindex(b"\nendstream")]
    ln = int(_re.search(rb"/Length (\d+)", head).group(1))
    if ln != len(raw):
        raise ValueError("stream length mismatch")
    if b"/FlateDecode" in head:
        raw = zlib.decompress(raw)
    return head, raw


def check_and_extract(data):
    """Verify xref offsets and streams of a PDF produced above; return
    (text, uris, images) where images = list of (w, h, pixels)."""
    if not data.startswith(b"%PDF-"):
        raise ValueError("no PDF header")
    sx = int(data[data.rindex(b"startxref") + 10:].split()[0])
    if data[sx:sx + 4] != b"xref":
        raise ValueError("startxref wrong")
    lines = data[sx:].split(b"\n")
    count = int(lines[1].split()[1])
    for i in range(1, count):
        off = int(lines[2 + i][:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            raise ValueError("xref offset wrong for object %d" % i)
    objs = _objects(data)
    tounicode = {}
    fontmap = {}
    images = []
    for num, body in objs.items():
        st = _stream_data(body)
        if st and b"/Subtype /Image" in st[0]:
            w = int(_re.search(rb"/Width (\d+)", st[0]).group(1))
            h = int(_re.search(rb"/Height (\d+)", st[0]).group(1))
            if len(st[1]) != w * h:
                raise ValueError("image size mismatch")
            images.append((w, h, st[1]))
        if body.startswith(b"<< /Type /Font /Subtype /Type0"):
            tu = int(_re.search(rb"/ToUnicode (\d+) 0 R", body).group(1))
            cmap = _stream_data(objs[tu])[1].decode()
            m = {}
            for g, u in _re.findall(r"<([0-9A-F]{4})> <([0-9A-F]+)>", cmap):
                m[int(g, 16)] = bytes.fromhex(u).decode("utf-16-be")
            tounicode[num] = m
    for num, body in objs.items():
        if body.startswith(b"<< /Type /Page "):
            for name, ref in _re.findall(rb"/(F\d) (\d+) 0 R", body):
                fontmap[name.decode()] = tounicode[int(ref)]
    text = []
    uris = []
    for num, body in objs.items():
        if body.startswith(b"<< /Type /Page "):
            cref = int(_re.search(rb"/Contents (\d+) 0 R", body).group(1))
            content = _stream_data(objs[cref])[1].decode("latin-1")
            for fname, hexs in _re.findall(r"/(F\d) [\d.]+ Tf [-\d.]+ [-\d.]+ Td <([0-9A-F]*)> Tj", content):
                m = fontmap[fname]
                text.append("".join(m[int(hexs[i:i + 4], 16)] for i in range(0, len(hexs), 4)))
        if b"/S /URI" in body:
            u = _re.search(rb"/URI (\(.*?\)|<FEFF[0-9A-F]*>) >>", body).group(1)
            if u.startswith(b"<"):
                uris.append(bytes.fromhex(u[5:-1].decode()).decode("utf-16-be"))
            else:
                uris.append(u[1:-1].decode("latin-1").replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\"))
    return "\n".join(text), uris, images
