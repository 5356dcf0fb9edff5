"""Tiny text-only PDF writer with an embedded, subsetted TrueType font
(DejaVu Sans, CIDFontType2 / Identity-H, with ToUnicode so the text is
extractable).  Pure stdlib, deterministic.  No JavaScript, no actions,
no forms, no embedded files."""
import hashlib
import os
import struct
import zlib

# DejaVu Sans from Debian's fonts-dejavu-core (the set was written with a byte-identical copy of these files,
# not kept in the repository: 1.5 MB of fonts for one pair)
_FONTDIR = "/usr/share/fonts/truetype/dejavu"


class TTF:
    def __init__(self, path):
        self.data = open(path, "rb").read()
        d = self.data
        num = struct.unpack(">H", d[4:6])[0]
        self.tables = {}
        for i in range(num):
            tag, chk, off, ln = struct.unpack(">4sIII", d[12 + 16 * i:28 + 16 * i])
            self.tables[tag.decode("latin-1")] = (off, ln)
        head = self.table("head")
        self.upem = struct.unpack(">H", head[18:20])[0]
        self.bbox = struct.unpack(">hhhh", head[36:44])
        self.loca_long = struct.unpack(">h", head[50:52])[0] == 1
        hhea = self.table("hhea")
        self.ascent, self.descent = struct.unpack(">hh", hhea[4:8])
        self.nhm = struct.unpack(">H", hhea[34:36])[0]
        self.nglyphs = struct.unpack(">H", self.table("maxp")[4:6])[0]
        hmtx = self.table("hmtx")
        self.adv = []
        for g in range(self.nglyphs):
            i = min(g, self.nhm - 1)
            self.adv.append(struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0])
        loca = self.table("loca")
        if self.loca_long:
            self.loca = list(struct.unpack(">%dI" % (self.nglyphs + 1),
                                           loca[:4 * (self.nglyphs + 1)]))
        else:
            self.loca = [2 * x for x in struct.unpack(
                ">%dH" % (self.nglyphs + 1), loca[:2 * (self.nglyphs + 1)])]
        self.cmap = self._parse_cmap()

    def table(self, tag):
        off, ln = self.tables[tag]
        return self.data[off:off + ln]

    def _parse_cmap(self):
        c = self.table("cmap")
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
        p = sub + 14
        ends = struct.unpack(">%dH" % seg, c[p:p + segx2])
        p += segx2 + 2
        starts = struct.unpack(">%dH" % seg, c[p:p + segx2])
        p += segx2
        deltas = struct.unpack(">%dh" % seg, c[p:p + segx2])
        p += segx2
        ro_pos = p
        ros = struct.unpack(">%dH" % seg, c[p:p + segx2])
        m = {}
        for i in range(seg):
            for code in range(starts[i], ends[i] + 1):
                if code == 0xFFFF:
                    continue
                if ros[i] == 0:
                    g = (code + deltas[i]) & 0xFFFF
                else:
                    addr = ro_pos + 2 * i + ros[i] + 2 * (code - starts[i])
                    g = struct.unpack(">H", c[addr:addr + 2])[0]
                    if g:
                        g = (g + deltas[i]) & 0xFFFF
                if g:
                    m[code] = g
        return m

    def glyph(self, g):
        off = self.tables["glyf"][0]
        return self.data[off + self.loca[g]:off + self.loca[g + 1]]

    def components(self, g):
        d = self.glyph(g)
        if len(d) < 10 or struct.unpack(">h", d[:2])[0] >= 0:
            return []
        out = []
        p = 10
        while True:
            flags, gi = struct.unpack(">HH", d[p:p + 4])
            out.append(gi)
            p += 4
            p += 4 if flags & 1 else 2
            if flags & 0x8:
                p += 2
            elif flags & 0x40:
                p += 4
            elif flags & 0x80:
                p += 8
            if not flags & 0x20:
                break
        return out

    def subset(self, used):
        keep = set(used) | {0}
        stack = list(keep)
        while stack:
            g = stack.pop()
            for c in self.components(g):
                if c not in keep:
                    keep.add(c)
                    stack.append(c)
        glyf = bytearray()
        loca = []
        for g in range(self.nglyphs):
            loca.append(len(glyf))
            if g in keep:
                gd = self.glyph(g)
                glyf += gd
                while len(glyf) % 4:
                    glyf += b"\0"
        loca.append(len(glyf))
        head = bytearray(self.table("head"))
        head[8:12] = b"\0\0\0\0"
        head[50:52] = struct.pack(">h", 1)
        tables = {
            "head": bytes(head),
            "hhea": self.table("hhea"),
            "maxp": self.table("maxp"),
            "hmtx": self.table("hmtx"),
            "loca": struct.pack(">%dI" % len(loca), *loca),
            "glyf": bytes(glyf),
        }
        for t in ("cvt ", "fpgm", "prep"):
            if t in self.tables:
                tables[t] = self.table(t)
        tags = sorted(tables)
        n = len(tags)
        es = 0
        while (1 << (es + 1)) <= n:
            es += 1
        sr = (1 << es) * 16
        out = bytearray(struct.pack(">IHHHH", 0x00010000, n, sr, es, n * 16 - sr))
        off = 12 + 16 * n
        body = bytearray()
        for t in tags:
            data = tables[t]
            padded = data + b"\0" * ((4 - len(data) % 4) % 4)
            chk = sum(struct.unpack(">%dI" % (len(padded) // 4), padded)) & 0xffffffff
            out += struct.pack(">4sIII", t.encode("latin-1"), chk,
                               off + len(body), len(data))
            body += padded
        return bytes(out + body)


_FONTS = {}


def _font(bold):
    key = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    if key not in _FONTS:
        _FONTS[key] = TTF(os.path.join(_FONTDIR, key))
    return _FONTS[key]


def text_width(s, size, bold=False):
    f = _font(bold)
    return sum(f.adv[f.cmap.get(ord(ch), 0)] for ch in s) * size / f.upem


def wrap(s, width, size, bold=False):
    words = s.split(" ")
    lines = []
    cur = ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if text_width(t, size, bold) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


class Doc:
    """ops per page: ('t', x, y, size, bold, text) | ('l', x1, y1, x2, y2, w)
    | ('r', x, y, w, h, gray)"""

    def __init__(self, title="", author="", creator="", producer="",
                 date=(2026, 10, 1, 9, 0, 0), tz="+02'00'"):
        self.pages = [[]]
        self.title, self.author = title, author
        self.creator, self.producer = creator, producer
        self.date, self.tz = date, tz
        self.y = 800

    # --- primitives
    def text(self, x, y, s, size=10, bold=False):
        self.pages[-1].append(("t", x, y, size, bold, s))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("l", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, gray=0.9):
        self.pages[-1].append(("r", x, y, w, h, gray))

    def new_page(self):
        self.pages.append([])
        self.y = 800

    # --- flowing helpers
    def para(self, s, size=10, bold=False, x=56, width=483, gap=4, lead=1.35):
        for ln in wrap(s, width, size, bold):
            if self.y < 60:
                self.new_page()
            self.text(x, self.y, ln, size, bold)
            self.y -= size * lead
        self.y -= gap

    def lines(self, seq, size=10, bold=False, x=56, lead=1.35):
        for ln in seq:
            if self.y < 60:
                self.new_page()
            self.text(x, self.y, ln, size, bold)
            self.y -= size * lead

    def row(self, cols, size=9, bold=False, lead=1.4):
        """cols: list of (x, text, align) align in 'l','r'"""
        if self.y < 60:
            self.new_page()
        for x, t, al in cols:
            if al == "r":
                x = x - text_width(t, size, bold)
            self.text(x, self.y, t, size, bold)
        self.y -= size * lead

    def skip(self, h):
        self.y -= h

    def hr(self, x1=56, x2=539):
        self.line(x1, self.y + 8, x2, self.y + 8)

    # --- serialisation
    def render(self):
        used = {False: set(), True: set()}
        for pg in self.pages:
            for op in pg:
                if op[0] == "t":
                    f = _font(op[4])
                    for ch in op[5]:
                        used[op[4]].add(f.cmap.get(ord(ch), 0))
        objs = []

        def add(b):
            objs.append(b)
            return len(objs)

        def stream(dct, data, compress=True):
            if compress:
                data = zlib.compress(data, 9)
                dct = dct + b" /Filter /FlateDecode"
            return b"<<" + dct + b" /Length %d>>\nstream\n" % len(data) + \
                data + b"\nendstream"

        font_ref = {}
        tag_seed = hashlib.md5(repr(self.pages).encode()).hexdigest()
        for bold in (False, True):
            if not used[bold]:
                continue
            f = _font(bold)
            gids = sorted(used[bold])
            prefix = "".join(chr(65 + int(tag_seed[i + 6 * bold], 16) % 26)
                             for i in range(6))
            name = prefix + "+DejaVuSans" + ("-Bold" if bold else "")
            ff = add(stream(b" /Length1 %d" % 0, b""))  # placeholder
            sub = f.subset(gids)
            objs[ff - 1] = stream(b" /Length1 %d" % len(sub), sub)
            sc = 1000.0 / f.upem
            desc = add(("<< /Type /FontDescriptor /FontName /%s /Flags 32 "
                        "/FontBBox [%d %d %d %d] /ItalicAngle 0 /Ascent %d "
                        "/Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>"
                        % (name, f.bbox[0] * sc, f.bbox[1] * sc, f.bbox[2] * sc,
                           f.bbox[3] * sc, f.ascent * sc, f.descent * sc,
                           729, 120 if bold else 80, ff)).encode())
            w = " ".join("%d [%d]" % (g, round(f.adv[g] * sc)) for g in gids)
            cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s "
                       "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
                       "/Supplement 0 >> /FontDescriptor %d 0 R /W [%s] "
                       "/CIDToGIDMap /Identity >>" % (name, desc, w)).encode())
            rev = {}
            for code, g in sorted(f.cmap.items()):
                if g in used[bold] and g not in rev:
                    rev[g] = code
            cm = ["/CIDInit /ProcSet findresource begin", "12 dict begin",
                  "begincmap", "/CIDSystemInfo << /Registry (Adobe) "
                  "/Ordering (UCS) /Supplement 0 >> def",
                  "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                  "1 begincodespacerange", "<0000> <FFFF>",
                  "endcodespacerange"]
            items = sorted(rev.items())
            for i in range(0, len(items), 100):
                chunk = items[i:i + 100]
                cm.append("%d beginbfchar" % len(chunk))
                for g, u in chunk:
                    cm.append("<%04X> <%04X>" % (g, u))
                cm.append("endbfchar")
            cm += ["endcmap", "CMapName currentdict /CMap defineresource pop",
                   "end", "end"]
            tu = add(stream(b"", "\n".join(cm).encode()))
            font_ref[bold] = add(("<< /Type /Font /Subtype /Type0 /BaseFont /%s "
                                  "/Encoding /Identity-H /DescendantFonts [%d 0 R] "
                                  "/ToUnicode %d 0 R >>" % (name, cid, tu)).encode())
        pages_id = len(objs) + 1
        add(b"")  # pages placeholder
        page_ids = []
        for pg in self.pages:
            ops = []
            for op in pg:
                if op[0] == "t":
                    _, x, y, size, bold, s = op
                    f = _font(bold)
                    hexs = "".join("%04X" % f.cmap.get(ord(ch), 0) for ch in s)
                    ops.append("BT /F%d %.1f Tf %.2f %.2f Td <%s> Tj ET"
                               % (2 if bold else 1, size, x, y, hexs))
                elif op[0] == "l":
                    _, x1, y1, x2, y2, w = op
                    ops.append("%.2f w %.2f %.2f m %.2f %.2f l S"
                               % (w, x1, y1, x2, y2))
                else:
                    _, x, y, w, h, g = op
                    ops.append("q %.2f g %.2f %.2f %.2f %.2f re f Q"
                               % (g, x, y, w, h))
            content = add(stream(b"", "\n".join(ops).encode()))
            fonts = " ".join("/F%d %d 0 R" % (2 if b else 1, r)
                             for b, r in sorted(font_ref.items()))
            page_ids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox "
                                 "[0 0 595.28 841.89] /Resources << /Font << %s >> >> "
                                 "/Contents %d 0 R >>" % (pages_id, fonts, content)
                                 ).encode()))
        objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
            " ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
        catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)

        def pdfstr(s):
            if all(32 <= ord(c) < 127 for c in s):
                return "(" + s.replace("\\", "\\\\").replace("(", "\\(") \
                    .replace(")", "\\)") + ")"
            return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"
        d = "D:%04d%02d%02d%02d%02d%02d%s" % (self.date + (self.tz,))
        info = add(("<< /Title %s /Author %s /Creator %s /Producer %s "
                    "/CreationDate (%s) /ModDate (%s) >>" % (
                        pdfstr(self.title), pdfstr(self.author),
                        pdfstr(self.creator), pdfstr(self.producer), d, d)
                    ).encode("latin-1"))
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, o in enumerate(objs):
            offs.append(len(out))
            out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offs:
            out += b"%010d 00000 n \n" % o
        fid = hashlib.md5(bytes(out)).hexdigest().upper()
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
                b"startxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info,
                                               fid.encode(), fid.encode(), xref))
        return bytes(out)


if __name__ == "__main__":
    d = Doc(title="Test", author="x", creator="gen", producer="gen")
    d.para("Счёт на оплату № 1187 — Τιμολόγιο Πώλησης — Zażółć gęślą jaźń — "
           "Größe € 1.234,56", 11)
    d.para("Bold line ÄÖÜ", 12, True)
    open("bench/held-out/hundred-and-second/tmpcheck/t.pdf", "wb").write(d.render())
    print("written")
