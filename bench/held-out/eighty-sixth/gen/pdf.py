"""Tiny text-only PDF writer. Non-ASCII characters are mapped into the
upper half of a simple font encoding (Differences with uniXXXX glyph
names) and a ToUnicode CMap is added so text extraction works."""
import zlib


def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class PDF:
    def __init__(self, title="", author="", producer="", creator="",
                 created=None, page_size=(595, 842)):
        self.pages = []      # list of list of (x, y, size, bold, text)
        self.title, self.author = title, author
        self.producer, self.creator = producer, creator
        self.created = created  # 'D:20261014093000+02\'00\''
        self.w, self.h = page_size
        self.new_page()

    def new_page(self):
        self.cur = []
        self.pages.append(self.cur)
        self.y = self.h - 60

    def text(self, s, x=56, size=10, bold=False, dy=None):
        if self.y < 60:
            self.new_page()
        self.cur.append((x, self.y, size, bold, s))
        self.y -= dy if dy is not None else size * 1.45

    def lines(self, block, size=10, x=56, bold=False):
        for ln in block.split("\n"):
            self.text(ln, x=x, size=size, bold=bold)

    def gap(self, n=8):
        self.y -= n

    def build(self):
        chars = sorted({c for p in self.pages for *_, s in p for c in s if ord(c) > 126})
        if len(chars) > 127:
            raise ValueError("too many distinct non-ASCII chars")
        cmap = {c: 128 + i for i, c in enumerate(chars)}

        def enc(s):
            return bytes(cmap[c] if ord(c) > 126 else ord(c) for c in s)

        objs = []

        def add(b):
            objs.append(b)
            return len(objs)

        diffs = b" ".join(b"/uni%04X" % ord(c) for c in chars)
        tu = [b"/CIDInit /ProcSet findresource begin", b"12 dict begin",
              b"begincmap", b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
              b"/CMapName /Adobe-Identity-UCS def", b"/CMapType 2 def",
              b"1 begincodespacerange <00> <FF> endcodespacerange"]
        pairs = [(i, i) for i in range(32, 127)] + [(cmap[c], ord(c)) for c in chars]
        for k in range(0, len(pairs), 100):
            chunk = pairs[k:k + 100]
            tu.append(b"%d beginbfchar" % len(chunk))
            tu += [b"<%02X> <%04X>" % p for p in chunk]
            tu.append(b"endbfchar")
        tu += [b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"]
        tus = zlib.compress(b"\n".join(tu))
        tu_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(tus) + tus + b"\nendstream")
        fonts = {}
        for bold, base in ((False, b"Arial"), (True, b"Arial,Bold")):
            widths = b" ".join(b"556" for _ in range(32, 256))
            e = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding"
            if chars:
                e += b" /Differences [128 " + diffs + b"]"
            e += b" >>"
            fonts[bold] = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /" + base
                              + b" /FirstChar 32 /LastChar 255 /Widths [" + widths + b"]"
                              + b" /FontDescriptor %d 0 R /Encoding " % 0 + e
                              + b" /ToUnicode %d 0 R >>" % tu_id)
        fd = add(b"<< /Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [-665 -325 2000 1006]"
                 b" /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 >>")
        for b_ in (False, True):
            objs[fonts[b_] - 1] = objs[fonts[b_] - 1].replace(b"/FontDescriptor 0 0 R", b"/FontDescriptor %d 0 R" % fd)
        page_ids = []
        pages_id_placeholder = len(objs) + 1
        add(b"")  # pages, filled later
        for p in self.pages:
            cs = []
            for x, y, size, bold, s in p:
                cs.append(b"BT /F%d %d Tf %d %d Td (%s) Tj ET" % (2 if bold else 1, size, x, y, _esc(enc(s))))
            content = zlib.compress(b"\n".join(cs))
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
            page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R"
                                b" /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                                % (pages_id_placeholder, self.w, self.h, cid, fonts[False], fonts[True])))
        objs[pages_id_placeholder - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids)
                                          + b"] /Count %d >>" % len(page_ids))
        cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)

        def pstr(s):
            if all(ord(c) < 128 for c in s):
                return b"(" + _esc(s.encode("ascii")) + b")"
            return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"
        info = b"<< /Producer " + pstr(self.producer) + b" /Creator " + pstr(self.creator)
        if self.title:
            info += b" /Title " + pstr(self.title)
        if self.author:
            info += b" /Author " + pstr(self.author)
        if self.created:
            info += b" /CreationDate (" + self.created.encode() + b")"
        info += b" >>"
        info_id = add(info)
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, o in enumerate(objs, 1):
            offs.append(len(out))
            out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offs:
            out += b"%010d 00000 n \n" % o
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(objs) + 1, cat, info_id, xref))
        return bytes(out)


if __name__ == "__main__":
    p = PDF(title="Test", producer="Microsoft® Word für Microsoft 365", created="D:20261014093000+02'00'")
    p.text("Rechnung Nr. 2026-10417", size=14, bold=True)
    p.text("Zażółć gęślą jaźń — Ελληνικά — Счёт-фактура № 118 «тест»")
    p.lines("IBAN: DE89 3704 0044 0532 0130 00\nBetrag: 1.234,56 €")
    open(__import__("os").path.join(__import__("tempfile").gettempdir(), "t.pdf"), "wb").write(p.build())
