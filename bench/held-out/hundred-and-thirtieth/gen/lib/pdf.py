"""Tiny PDF writer: text documents with Helvetica (WinAnsi) or an embedded, subset
DejaVu TrueType font (Identity-H + ToUnicode), vector boxes, QR images, link annotations."""
import hashlib
import os
import struct
import zlib

FONT_DIR = "/usr/share/fonts/truetype/dejavu"  # Debian fonts-dejavu-core (the same files)


# ------------------------------------------------------------------ TrueType
class TTF:
    _cache = {}

    @classmethod
    def load(cls, name):
        if name not in cls._cache:
            with open(os.path.join(FONT_DIR, name), "rb") as f:
                cls._cache[name] = TTF(f.read(), name)
        return cls._cache[name]

    def __init__(self, data, name):
        self.data = data
        self.name = name.rsplit(".", 1)[0]
        n = struct.unpack(">H", data[4:6])[0]
        self.tables = {}
        for i in range(n):
            tag, chk, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.tab("head")
        self.upm = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loc_long = struct.unpack(">h", head[50:52])[0] == 1
        hhea = self.tab("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        nhm = struct.unpack(">H", hhea[34:36])[0]
        self.nglyphs = struct.unpack(">H", self.tab("maxp")[4:6])[0]
        hmtx = self.tab("hmtx")
        self.adv = [struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0] for i in range(nhm)]
        self.adv += [self.adv[-1]] * (self.nglyphs - nhm)
        self.cmap = self._cmap()
        loca = self.tab("loca")
        if self.loc_long:
            self.loca = [struct.unpack(">I", loca[4 * i:4 * i + 4])[0] for i in range(self.nglyphs + 1)]
        else:
            self.loca = [2 * struct.unpack(">H", loca[2 * i:2 * i + 2])[0] for i in range(self.nglyphs + 1)]

    def tab(self, t):
        off, ln = self.tables[t]
        return self.data[off:off + ln]

    def _cmap(self):
        c = self.tab("cmap")
        n = struct.unpack(">H", c[2:4])[0]
        sub = None
        for i in range(n):
            pid, eid, off = struct.unpack(">HHI", c[4 + 8 * i:12 + 8 * i])
            if pid == 3 and eid == 1:
                sub = off
        fmt = struct.unpack(">H", c[sub:sub + 2])[0]
        assert fmt == 4
        segx2 = struct.unpack(">H", c[sub + 6:sub + 8])[0]
        seg = segx2 // 2
        base = sub + 14
        ends = struct.unpack(">%dH" % seg, c[base:base + segx2])
        starts = struct.unpack(">%dH" % seg, c[base + segx2 + 2:base + 2 * segx2 + 2])
        deltas = struct.unpack(">%dh" % seg, c[base + 2 * segx2 + 2:base + 3 * segx2 + 2])
        ro_pos = base + 3 * segx2 + 2
        ranges = struct.unpack(">%dH" % seg, c[ro_pos:ro_pos + segx2])
        m = {}
        for i in range(seg):
            for ch in range(starts[i], ends[i] + 1):
                if ch == 0xFFFF:
                    continue
                if ranges[i] == 0:
                    g = (ch + deltas[i]) & 0xFFFF
                else:
                    p = ro_pos + 2 * i + ranges[i] + 2 * (ch - starts[i])
                    g = struct.unpack(">H", c[p:p + 2])[0]
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    m[ch] = g
        return m

    def gid(self, ch):
        return self.cmap.get(ord(ch), self.cmap.get(0x3F, 0))

    def width(self, s, size):
        return sum(self.adv[self.gid(ch)] for ch in s) * size / self.upm

    def glyph(self, g):
        glyf_off = self.tables["glyf"][0]
        return self.data[glyf_off + self.loca[g]:glyf_off + self.loca[g + 1]]

    def subset(self, gids):
        need = set(gids) | {0}
        stack = list(need)
        while stack:
            g = stack.pop()
            d = self.glyph(g)
            if len(d) >= 10 and struct.unpack(">h", d[:2])[0] < 0:
                p = 10
                while True:
                    flags, comp = struct.unpack(">HH", d[p:p + 4])
                    if comp not in need:
                        need.add(comp)
                        stack.append(comp)
                    p += 4 + (4 if flags & 1 else 2)
                    if flags & 8:
                        p += 2
                    elif flags & 0x40:
                        p += 4
                    elif flags & 0x80:
                        p += 8
                    if not flags & 0x20:
                        break
        glyf = bytearray()
        loca = []
        for g in range(self.nglyphs):
            loca.append(len(glyf))
            if g in need:
                glyf += self.glyph(g)
                while len(glyf) % 4:
                    glyf += b"\0"
        loca.append(len(glyf))
        head = bytearray(self.tab("head"))
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        tables = {"head": bytes(head), "hhea": self.tab("hhea"), "maxp": self.tab("maxp"),
                  "hmtx": self.tab("hmtx"), "loca": struct.pack(">%dI" % len(loca), *loca),
                  "glyf": bytes(glyf), "cmap": self.tab("cmap"), "OS/2": self.tab("OS/2"),
                  "post": b"\x00\x03\x00\x00" + self.tab("post")[4:32]}
        for t in ("cvt ", "fpgm", "prep"):
            if t in self.tables:
                tables[t] = self.tab(t)
        tags = sorted(tables)
        n = len(tags)
        es = 1
        while 2 ** (es + 1) <= n:
            es += 1
        out = struct.pack(">IHHHH", 0x00010000, n, 16 * 2 ** es, es, n * 16 - 16 * 2 ** es)
        off = 12 + 16 * n
        recs = b""
        body = b""
        for t in tags:
            d = tables[t]
            pad = d + b"\0" * ((4 - len(d) % 4) % 4)
            chk = sum(struct.unpack(">%dI" % (len(pad) // 4), pad)) & 0xFFFFFFFF
            recs += struct.pack(">4sIII", t.encode("latin-1"), chk, off + len(body), len(d))
            body += pad
        return out + recs + body


# ------------------------------------------------------------------ helpers
def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_date(utc_dt, offset_minutes=0):
    import datetime as dt
    t = utc_dt + dt.timedelta(minutes=offset_minutes)
    sign = "+" if offset_minutes >= 0 else "-"
    m = abs(offset_minutes)
    return "D:%04d%02d%02d%02d%02d%02d%s%02d'%02d'" % (t.year, t.month, t.day, t.hour, t.minute,
                                                        t.second, sign, m // 60, m % 60)


def _pdfstr(s):
    try:
        return b"(" + _esc(s.encode("cp1252")) + b")"
    except UnicodeEncodeError:
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


A4 = (595.28, 841.89)


class Doc:
    """Flowing A4 document. font: 'helv' (standard Helvetica, WinAnsi) or 'dejavu' (embedded)."""

    def __init__(self, font="helv", margin=56, info=None, compress=True):
        self.font = font
        self.margin = margin
        self.info = info or {}
        self.compress = compress
        self.pages = []
        self.used = {"R": set(), "B": set()}
        self.images = []
        self.metrics = TTF.load("DejaVuSans.ttf")
        self.metrics_b = TTF.load("DejaVuSans-Bold.ttf")
        self.footer_lines = []
        self.new_page()

    # ---------------- page handling
    def new_page(self):
        self.ops = []
        self.links = []
        self.pages.append((self.ops, self.links))
        self.y = A4[1] - self.margin

    def ensure(self, h):
        if self.y - h < self.margin + 40:
            self.new_page()

    # ---------------- primitives
    def _font_key(self, bold):
        return "F2" if bold else "F1"

    def width(self, s, size, bold=False):
        m = self.metrics_b if bold else self.metrics
        w = m.width(s, size)
        return w * (0.93 if self.font == "helv" else 1.0)

    def _show(self, s, bold):
        if self.font == "helv":
            return b"(" + _esc(s.encode("cp1252")) + b")"
        m = self.metrics_b if bold else self.metrics
        gids = [m.gid(ch) for ch in s]
        self.used["B" if bold else "R"].update(gids)
        for ch, g in zip(s, gids):
            self.umap["B" if bold else "R"][g] = ch
        return b"<" + "".join("%04X" % g for g in gids).encode() + b">"

    umap = None

    def text(self, x, y, s, size=10, bold=False, color=(0, 0, 0)):
        if self.umap is None:
            self.umap = {"R": {}, "B": {}}
        if self.font == "helv":
            s = s.replace("\u2011", "-")
        self.ops.append(b"BT %.3f %.3f %.3f rg /%s %.1f Tf %.2f %.2f Td " % (
            color[0], color[1], color[2], self._font_key(bold).encode(), size, x, y) +
            self._show(s, bold) + b" Tj ET")

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        op = b""
        if fill:
            op += b"%.3f %.3f %.3f rg " % fill
        if stroke:
            op += b"%.3f %.3f %.3f RG %.2f w " % (stroke + (lw,))
        op += b"%.2f %.2f %.2f %.2f re " % (x, y, w, h)
        op += b"B" if fill and stroke else (b"f" if fill else b"S")
        self.ops.append(op)

    def line(self, x1, y1, x2, y2, lw=0.5, color=(0, 0, 0)):
        self.ops.append(b"%.3f %.3f %.3f RG %.2f w %.2f %.2f m %.2f %.2f l S" % (color + (lw, x1, y1, x2, y2)))

    def link(self, x, y, w, h, uri):
        self.links.append((x, y, w, h, uri))

    def image(self, x, y, w, h, grey_rows):
        name = "Im%d" % (len(self.images) + 1)
        self.images.append((name, grey_rows))
        self.ops.append(b"q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (w, h, x, y, name.encode()))
        return name

    # ---------------- flowing blocks
    def wrap(self, s, size, maxw, bold=False):
        out = []
        for para in s.split("\n"):
            words = para.split(" ")
            cur = ""
            for wd in words:
                t = (cur + " " + wd) if cur else wd
                if self.width(t, size, bold) <= maxw or not cur:
                    cur = t
                else:
                    out.append(cur)
                    cur = wd
            out.append(cur)
        return out

    def para(self, s, size=10, bold=False, color=(0, 0, 0), indent=0, leading=None, after=4, width=None):
        leading = leading or size * 1.35
        maxw = (width or (A4[0] - 2 * self.margin)) - indent
        for ln in self.wrap(s, size, maxw, bold):
            self.ensure(leading)
            self.y -= leading
            self.text(self.margin + indent, self.y, ln, size, bold, color)
        self.y -= after

    def heading(self, s, size=14, color=(0, 0, 0), after=6):
        self.para(s, size, True, color, after=after)

    def space(self, pt):
        self.y -= pt

    def right_text(self, s, size=10, bold=False, y=None):
        w = self.width(s, size, bold)
        self.text(A4[0] - self.margin - w, self.y if y is None else y, s, size, bold)

    def kv(self, rows, size=9.5, keyw=150, bold_keys=True):
        for k, v in rows:
            lines = self.wrap(v, size, A4[0] - 2 * self.margin - keyw)
            self.ensure(size * 1.4 * len(lines))
            self.y -= size * 1.4
            self.text(self.margin, self.y, k, size, bold_keys)
            for i, ln in enumerate(lines):
                if i:
                    self.y -= size * 1.4
                self.text(self.margin + keyw, self.y, ln, size)
        self.y -= 4

    def table(self, header, rows, widths, aligns=None, size=9, shade=(0.90, 0.93, 0.97)):
        aligns = aligns or ["l"] * len(widths)
        x0 = self.margin
        rh = size * 1.6

        def row(cells, bold=False, fill=None):
            wrapped = [self.wrap(str(c), size, w - 4, bold) for c, w in zip(cells, widths)]
            n = max(len(x) for x in wrapped)
            self.ensure(rh * n)
            self.y -= rh
            if fill:
                self.rect(x0, self.y - 3 - (n - 1) * size * 1.25, sum(widths), rh + (n - 1) * size * 1.25, fill=fill)
            x = x0
            for lines, w, a in zip(wrapped, widths, aligns):
                for k, c in enumerate(lines):
                    tx = x + 2 if a == "l" else x + w - 2 - self.width(c, size, bold)
                    self.text(tx, self.y - k * size * 1.25, c, size, bold)
                x += w
            self.y -= (n - 1) * size * 1.25
        if header:
            row(header, True, shade)
        for r in rows:
            row(r)
        self.line(x0, self.y - 4, x0 + sum(widths), self.y - 4, 0.4)
        self.y -= 10

    def qr(self, matrix, size_pt=110, x=None, caption=None, border=4):
        from . import qr as _qr
        px = _qr.to_pixels(matrix, 1, border)
        size_pt = max(size_pt, 2.2 * (len(matrix) + 2 * border))   # keep modules >= 0.6 mm so phones can scan
        self.ensure(size_pt + 14)
        x = self.margin if x is None else x
        self.image(x, self.y - size_pt, size_pt, size_pt, px)
        if caption:
            self.text(x + size_pt + 10, self.y - size_pt / 2, caption, 8.5)
        self.y -= size_pt + 6

    def button(self, label, uri, w=220, h=30, color=(0.0, 0.36, 0.72), size=11):
        self.ensure(h + 10)
        self.y -= h + 6
        self.rect(self.margin, self.y, w, h, fill=color)
        tw = self.width(label, size, True)
        self.text(self.margin + (w - tw) / 2, self.y + h / 2 - size / 3, label, size, True, (1, 1, 1))
        self.link(self.margin, self.y, w, h, uri)
        self.y -= 8

    def letterhead(self, name, lines, color=(0.0, 0.30, 0.55), right_lines=()):
        top = A4[1] - self.margin + 20
        self.rect(0, A4[1] - 18, A4[0], 18, fill=color)
        rw = max([self.width(ln, 8.5) for ln in right_lines] or [0])
        maxw = A4[0] - 2 * self.margin - (rw + 18 if right_lines else 0)
        nsize = 15
        while self.width(name, nsize, True) > maxw and nsize > 10:
            nsize -= 0.5
        self.text(self.margin, top - 18, name, nsize, True, color)
        yy = top - 32
        for ln in lines:
            for part in self.wrap(ln, 8, maxw):
                self.text(self.margin, yy, part, 8, False, (0.3, 0.3, 0.3))
                yy -= 10
        ry = top - 18
        for ln in right_lines:
            self.text(A4[0] - self.margin - self.width(ln, 8.5), ry, ln, 8.5)
            ry -= 11
        self.y = min(yy, ry) - 14

    def footer(self, lines):
        self.footer_lines = lines

    # ---------------- output
    def build(self):
        objs = []

        def add(b):
            objs.append(b)
            return len(objs)

        def stream(dict_extra, data, compress=None):
            compress = self.compress if compress is None else compress
            if compress:
                data = zlib.compress(data, 9)
                dict_extra += b" /Filter /FlateDecode"
            return b"<< " + dict_extra + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"

        footers = []
        npages = len(self.pages)
        for i in range(npages):
            fops = []
            self.ops = fops
            for j, fl in enumerate(self.footer_lines):
                self.text(self.margin, 34 - j * 9, fl, 7, False, (0.35, 0.35, 0.35))
            if npages > 1:
                lbl = "%d / %d" % (i + 1, npages)
                self.text(A4[0] - self.margin - self.width(lbl, 7), 34, lbl, 7, False, (0.35, 0.35, 0.35))
            footers.append(fops)
        catalog = add(None)
        pages_id = add(None)
        fonts = {}
        if self.font == "helv":
            fonts["F1"] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            fonts["F2"] = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        else:
            for key, m, tag in (("F1", self.metrics, "R"), ("F2", self.metrics_b, "B")):
                gids = sorted(self.used[tag] | {0})
                h = hashlib.md5(("%s%s" % (m.name, gids)).encode()).digest()
                prefix = "".join(chr(65 + b % 26) for b in h[:6])
                fname = ("%s+%s" % (prefix, m.name.replace("-", ""))).encode()
                fdata = m.subset(gids)
                ff = add(stream(b"/Length1 %d" % len(fdata), fdata))
                sc = 1000.0 / m.upm
                fd = add(b"<< /Type /FontDescriptor /FontName /" + fname +
                         b" /Flags 32 /FontBBox [%d %d %d %d]" % tuple(int(v * sc) for v in m.bbox) +
                         b" /ItalicAngle 0 /Ascent %d /Descent %d /CapHeight 729 /StemV %d /FontFile2 %d 0 R >>" % (
                             int(m.ascent * sc), int(m.descent * sc), 120 if tag == "B" else 80, ff))
                w = b" ".join(b"%d [%d]" % (g, round(m.adv[g] * sc)) for g in gids)
                cid = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + fname +
                          b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                          b" /FontDescriptor %d 0 R /W [" % fd + w + b"] /CIDToGIDMap /Identity >>")
                um = (self.umap or {}).get(tag, {})
                bf = b"".join(b"<%04X> <%s>\n" % (g, um[g].encode("utf-16-be").hex().upper().encode())
                              for g in gids if g in um)
                cmap = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                        b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n"
                        b"<0000> <FFFF>\nendcodespacerange\n%d beginbfchar\n" % len([g for g in gids if g in um]) +
                        bf + b"endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
                tu = add(stream(b"", cmap))
                fonts[key] = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /" + fname +
                                 b" /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, tu))
        img_ids = {}
        for name, rows in self.images:
            h = len(rows)
            w = len(rows[0])
            raw = b"".join(bytes(r) for r in rows)
            img_ids[name] = add(stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d"
                                       b" /ColorSpace /DeviceGray /BitsPerComponent 8 /Interpolate false" % (w, h), raw, True))
        font_res = b" ".join(b"/%s %d 0 R" % (k.encode(), v) for k, v in fonts.items())
        xo = b" ".join(b"/%s %d 0 R" % (k.encode(), v) for k, v in img_ids.items())
        page_ids = []
        for i, (ops, links) in enumerate(self.pages):
            content = b"\n".join(ops + footers[i])
            cid = add(stream(b"", content))
            annots = b""
            if links:
                aids = []
                for (x, y, w, h, uri) in links:
                    aids.append(add(b"<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0]"
                                    b" /A << /S /URI /URI " % (x, y, x + w, y + h) + _pdfstr(uri) + b" >> >>"))
                annots = b" /Annots [" + b" ".join(b"%d 0 R" % a for a in aids) + b"]"
            res = b"<< /Font << " + font_res + b" >>" + (b" /XObject << " + xo + b" >>" if xo else b"") + b" /ProcSet [/PDF /Text /ImageC] >>"
            page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Resources " % pages_id +
                                res + b" /Contents %d 0 R" % cid + annots + b" >>"))
        objs[pages_id - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % len(page_ids)
        objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
        info = b"<< " + b" ".join(b"/" + k.encode() + b" " + _pdfstr(v) for k, v in self.info.items()) + b" >>"
        info_id = add(info)
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, o in enumerate(objs):
            offs.append(len(out))
            out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offs:
            out += b"%010d 00000 n \n" % o
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objs) + 1, catalog, info_id, fid, fid, xref)
        return bytes(out)


# ------------------------------------------------------------------ reading (verification)
def check_structure(data):
    """Verify xref offsets and return list of (obj number, dictionary bytes, stream bytes|None)."""
    import re
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no EOF marker"
    sx = int(re.search(rb"startxref\s+(\d+)", data[-200:]).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref does not point at xref"
    m = re.match(rb"xref\n0 (\d+)\n", data[sx:])
    n = int(m.group(1))
    p = sx + m.end()
    res = []
    for i in range(n):
        ent = data[p + 20 * i:p + 20 * i + 20]
        off = int(ent[:10])
        if ent[17:18] == b"n":
            head = b"%d 0 obj" % i
            assert data[off:off + len(head)] == head, "xref offset wrong for object %d" % i
            end = data.index(b"endobj", off)
            body = data[off + len(head):end]
            st = None
            if b"stream\n" in body:
                d, rest = body.split(b"stream\n", 1)
                ln = int(re.search(rb"/Length (\d+)", d).group(1))
                st = rest[:ln]
                if b"/FlateDecode" in d:
                    st = zlib.decompress(st)
                body = d
            res.append((i, body, st))
    return res


def extract_images(data):
    import re
    out = []
    for num, d, st in check_structure(data):
        if b"/Subtype /Image" in d and st is not None:
            w = int(re.search(rb"/Width (\d+)", d).group(1))
            h = int(re.search(rb"/Height (\d+)", d).group(1))
            out.append([list(st[y * w:(y + 1) * w]) for y in range(h)])
    return out


def extract_uris(data):
    import re
    out = []
    for num, d, st in check_structure(data):
        for m in re.finditer(rb"/URI \(((?:[^()\\]|\\.)*)\)", d):
            out.append(m.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\").decode("cp1252"))
    return out


def extract_text(data):
    """Text of PDFs written by this module (Helvetica WinAnsi or Identity-H with ToUnicode)."""
    import re
    objs = {n: (d, st) for n, d, st in check_structure(data)}
    tounicode = {}
    for n, (d, st) in objs.items():
        mt = re.search(rb"/Subtype /Type0 .*?/ToUnicode (\d+) 0 R", d)
        if mt:
            cm = objs[int(mt.group(1))][1]
            mp = {}
            for a, b in re.findall(rb"<([0-9A-F]{4})> <([0-9A-F]+)>", cm):
                mp[a.decode()] = bytes.fromhex(b.decode()).decode("utf-16-be")
            tounicode[n] = mp
    lines = []
    for n, (d, st) in objs.items():
        if b"/Type /Page " not in d and not d.strip().startswith(b"<< /Type /Page "):
            continue
        fonts = dict((k.decode(), int(v)) for k, v in re.findall(rb"/(F\d) (\d+) 0 R", d))
        cid = int(re.search(rb"/Contents (\d+) 0 R", d).group(1))
        content = objs[cid][1]
        for fk, s in re.findall(rb"/(F\d) [\d.]+ Tf [-\d.]+ [-\d.]+ Td (<[0-9A-F]*>|\((?:[^()\\]|\\.)*\)) Tj", content):
            fobj = fonts.get(fk.decode())
            if s.startswith(b"<"):
                h = s[1:-1].decode()
                mp = tounicode.get(fobj, {})
                lines.append("".join(mp.get(h[i:i + 4], "?") for i in range(0, len(h), 4)))
            else:
                raw = s[1:-1]
                raw = re.sub(rb"\\([()\\])", rb"\1", raw)
                lines.append(raw.decode("cp1252"))
    return "\n".join(lines)
