"""Small PDF writer: text with an embedded, subsetted DejaVu Sans
(CIDFontType2 / Identity-H with ToUnicode, so the text is extractable),
rectangles, lines, QR codes as image XObjects and link annotations."""

import os
import zlib

from . import ttf as _ttf
from . import png as _png

_HERE = os.path.dirname(os.path.abspath(__file__))
# DejaVu Sans from Debian's fonts-dejavu-core (the set was written with a byte-identical copy of these files,
# left out of git: the build needs the package)
_FONTDIR = "/usr/share/fonts/truetype/dejavu"
_FONTS = {}


def font(bold=False):
    key = "B" if bold else "R"
    if key not in _FONTS:
        name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
        _FONTS[key] = _ttf.TTF(os.path.join(_FONTDIR, name))
    return _FONTS[key]


def _esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _pdfstr(s):
    """Text string for the Info dictionary (UTF-16BE with BOM if needed)."""
    try:
        s.encode("ascii")
        return "(" + _esc(s) + ")"
    except UnicodeEncodeError:
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


class Page:
    def __init__(self, doc, w=595.28, h=841.89):
        self.doc = doc
        self.w, self.h = w, h
        self.ops = []
        self.images = []
        self.links = []
        self.texts = []

    # y is measured from the top of the page
    def text(self, x, y, s, size=10, bold=False, color=None, align="left"):
        if not s:
            return
        f = font(bold)
        used = self.doc.used["B" if bold else "R"]
        for ch in s:
            used[f.gid(ch)] = ch
        if align != "left":
            tw = f.width(s, size)
            x = x - tw if align == "right" else x - tw / 2
        hexs = "".join("%04X" % f.gid(ch) for ch in s)
        col = ""
        if color:
            col = "%.3f %.3f %.3f rg " % color
        self.ops.append("BT %s/F%s %.1f Tf %.2f %.2f Td <%s> Tj ET" % (
            col, "2" if bold else "1", size, x, self.h - y, hexs))
        if color:
            self.ops.append("0 0 0 rg")
        self.texts.append(s)

    def wrap(self, s, width, size=10, bold=False):
        f = font(bold)
        lines = []
        for para in s.split("\n"):
            words = para.split(" ")
            cur = ""
            for wd in words:
                cand = (cur + " " + wd) if cur else wd
                if f.width(cand, size) <= width or not cur:
                    cur = cand
                else:
                    lines.append(cur)
                    cur = wd
            lines.append(cur)
        return lines

    def para(self, x, y, width, s, size=10, bold=False, leading=None, color=None):
        leading = leading or size * 1.35
        for line in self.wrap(s, width, size, bold):
            self.text(x, y, line, size, bold, color)
            y += leading
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        o = []
        if fill:
            o.append("%.3f %.3f %.3f rg" % fill)
        if stroke:
            o.append("%.3f %.3f %.3f RG %.2f w" % (stroke + (lw,)))
        op = "B" if (fill and stroke) else ("f" if fill else "S")
        o.append("%.2f %.2f %.2f %.2f re %s" % (x, self.h - y - h, w, h, op))
        o.append("0 0 0 rg 0 0 0 RG")
        self.ops.append(" ".join(o))

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.ops.append("%.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S 0 0 0 RG" % (
            color + (lw, x1, self.h - y1, x2, self.h - y2)))

    def qr(self, matrix, x, y, size, payload=None):
        rows = _png.qr_rows(matrix, scale=4, quiet=2)
        name = "Im%d" % (len(self.doc.images) + 1)
        self.doc.images.append((name, len(rows[0]), len(rows), b"".join(rows), payload))
        self.images.append(name)
        self.ops.append("q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (size, size, x, self.h - y - size, name))

    def link(self, x, y, w, h, url):
        self.links.append((x, self.h - y - h, x + w, self.h - y, url))


class Doc:
    def __init__(self, title="", author="", creator="", producer="", date=None, subject=""):
        self.title, self.author, self.creator, self.producer = title, author, creator, producer
        self.subject = subject
        self.date = date  # "D:20261103091422+01'00'"
        self.pages = []
        self.images = []
        self.used = {"R": {}, "B": {}}

    def page(self, w=595.28, h=841.89):
        p = Page(self, w, h)
        self.pages.append(p)
        return p

    def all_text(self):
        return "\n".join(t for p in self.pages for t in p.texts)

    def qr_payloads(self):
        return [im[4] for im in self.images if im[4] is not None]

    def render(self, rng):
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)

        def stream(dict_extra, data, compress=True):
            if compress:
                data = zlib.compress(data, 9)
                dict_extra = "/Filter /FlateDecode " + dict_extra
            return ("<< %s/Length %d >>\nstream\n" % (dict_extra, len(data))).encode("latin-1") + data + b"\nendstream"

        catalog = add(None)
        pages_id = add(None)
        font_ids = {}
        tag = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(6))
        for key in ("R", "B"):
            used = self.used[key]
            if not used:
                continue
            f = font(key == "B")
            base = tag + "+" + ("DejaVuSans-Bold" if key == "B" else "DejaVuSans")
            ff = f.subset(used.keys())
            ff_id = add(stream("/Length1 %d " % len(ff), ff))
            sc = 1000.0 / f.upem
            fd = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] "
                      "/ItalicAngle 0 /Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>" % (
                          base, f.bbox[0] * sc, f.bbox[1] * sc, f.bbox[2] * sc, f.bbox[3] * sc,
                          f.ascent * sc, f.descent * sc, f.cap_height * sc, 120 if key == "B" else 80, ff_id)).encode())
            gids = sorted(used)
            w = " ".join("%d [%d]" % (g, round(f.adv[g] * sc)) for g in gids)
            cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
                       "/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [%s] "
                       "/CIDToGIDMap /Identity >>" % (base, fd, w)).encode())
            lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                     "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                     "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
            for i in range(0, len(gids), 100):
                chunk = gids[i:i + 100]
                lines.append("%d beginbfchar" % len(chunk))
                for g in chunk:
                    lines.append("<%04X> <%s>" % (g, used[g].encode("utf-16-be").hex().upper()))
                lines.append("endbfchar")
            lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
            tu = add(stream("", "\n".join(lines).encode("latin-1")))
            font_ids[key] = add(("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
                                 "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (base, cid, tu)).encode())
        img_ids = {}
        for (name, w, h, data, _payload) in self.images:
            img_ids[name] = add(stream("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                                       "/BitsPerComponent 8 " % (w, h), data))
        page_ids = []
        for p in self.pages:
            content = add(stream("", "\n".join(p.ops).encode("latin-1")))
            fonts = " ".join("/F%s %d 0 R" % ("1" if k == "R" else "2", v) for k, v in font_ids.items())
            xo = ""
            if p.images:
                xo = " /XObject << %s >>" % " ".join("/%s %d 0 R" % (n, img_ids[n]) for n in p.images)
            annots = ""
            if p.links:
                aids = []
                for (x1, y1, x2, y2, url) in p.links:
                    aids.append(add(("<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] "
                                     "/A << /Type /Action /S /URI /URI (%s) >> >>" % (x1, y1, x2, y2, _esc(url))).encode("latin-1")))
                annots = " /Annots [%s]" % " ".join("%d 0 R" % a for a in aids)
            page_ids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << %s >>%s "
                                 "/ProcSet [/PDF /Text /ImageB] >> /Contents %d 0 R%s >>" % (
                                     pages_id, p.w, p.h, fonts, xo, content, annots)).encode("latin-1")))
        objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
            " ".join("%d 0 R" % i for i in page_ids), len(page_ids))).encode()
        objs[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
        info = "<< /Title %s /Author %s /Creator %s /Producer %s" % (
            _pdfstr(self.title), _pdfstr(self.author), _pdfstr(self.creator), _pdfstr(self.producer))
        if self.subject:
            info += " /Subject %s" % _pdfstr(self.subject)
        if self.date:
            info += " /CreationDate (%s) /ModDate (%s)" % (self.date, self.date)
        info_id = add((info + " >>").encode("latin-1"))
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, body in enumerate(objs):
            offs.append(len(out))
            out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offs:
            out += b"%010d 00000 n \n" % o
        fid = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
        out += ("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objs) + 1, catalog, info_id, fid, fid, xref)).encode("latin-1")
        return bytes(out)


# ------------------------------------------------------------ verification

def check(data):
    """Structural check of a PDF we wrote: xref offsets, stream lengths,
    Flate streams inflate.  Returns list of inflated image payload
    streams (w, h, data) for QR verification."""
    import re
    assert data.startswith(b"%PDF-"), "no PDF header"
    m = re.search(rb"startxref\n(\d+)\n%%EOF", data)
    assert m, "no startxref"
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b"xref", "startxref does not point to xref"
    n = int(data[xref:].split(b"\n")[1].split()[1])
    entries = data[xref:].split(b"\n")[3:3 + n - 1]
    images = []
    for i, e in enumerate(entries):
        off = int(e[:10])
        assert data[off:].startswith(b"%d 0 obj" % (i + 1)), "bad xref offset for obj %d" % (i + 1)
        end = data.index(b"endobj", off)
        body = data[off:end]
        sm = re.search(rb"/Length (\d+) >>\nstream\n", body)
        if sm:
            ln = int(sm.group(1))
            start = off + sm.end()
            raw = data[start:start + ln]
            assert data[start + ln:start + ln + 10] == b"\nendstream", "bad stream length obj %d" % (i + 1)
            if b"/FlateDecode" in body[:sm.end()]:
                raw = zlib.decompress(raw)
            if b"/Subtype /Image" in body:
                w = int(re.search(rb"/Width (\d+)", body).group(1))
                h = int(re.search(rb"/Height (\d+)", body).group(1))
                images.append((w, h, raw))
    return images
