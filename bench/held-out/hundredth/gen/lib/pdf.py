"""Minimal text-only PDF writer (stdlib only).

Latin-1/Windows-1252 text uses WinAnsiEncoding with the standard Helvetica
fonts. Other scripts (Polish, Greek, Cyrillic) use a simple font with a
/Differences encoding built from uniXXXX glyph names plus a /ToUnicode CMap,
so that text extraction is exact.
"""
import zlib


def _esc(b):
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    return bytes(out)


class _Enc:
    def __init__(self, chars):
        self.winansi = True
        try:
            chars.encode("cp1252")
        except UnicodeEncodeError:
            self.winansi = False
        self.map = {}
        if not self.winansi:
            extra = sorted(set(c for c in chars if ord(c) > 126))
            assert len(extra) <= 126, "too many distinct glyphs"
            for i, c in enumerate(extra):
                self.map[c] = 129 + i

    def encode(self, s):
        if self.winansi:
            return s.encode("cp1252")
        return bytes(self.map.get(c, ord(c)) if ord(c) <= 126 else self.map[c] for c in s)

    def font_dict(self, base, tounicode_ref):
        if self.winansi:
            return b"<< /Type /Font /Subtype /Type1 /BaseFont /" + base + b" /Encoding /WinAnsiEncoding >>"
        diffs = b" ".join(b"%d /uni%04X" % (code, ord(c)) for c, code in sorted(self.map.items(), key=lambda kv: kv[1]))
        return (b"<< /Type /Font /Subtype /Type1 /BaseFont /" + base
                + b" /Encoding << /Type /Encoding /BaseEncoding /StandardEncoding /Differences [" + diffs
                + b"] >> /FirstChar 32 /LastChar 255 /Widths [" + b" ".join(
                    b"278" if i in (32, 105, 108, 46, 44) else b"556" for i in range(32, 256))
                + b"] /ToUnicode %d 0 R >>" % tounicode_ref)

    def tounicode(self):
        lines = [b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap",
                 b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                 b"/CMapName /Adobe-Identity-UCS def", b"/CMapType 2 def",
                 b"1 begincodespacerange", b"<00> <FF>", b"endcodespacerange"]
        pairs = [(i, i) for i in range(32, 127)] + [(code, ord(c)) for c, code in self.map.items()]
        for k in range(0, len(pairs), 100):
            chunk = pairs[k:k + 100]
            lines.append(b"%d beginbfchar" % len(chunk))
            for a, u in chunk:
                lines.append(b"<%02X> <%04X>" % (a, u))
            lines.append(b"endbfchar")
        lines += [b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"]
        return b"\n".join(lines)


def make_pdf(pages, title="", author="", creator="Microsoft\xae Word f\xfcr Microsoft 365",
             producer="Microsoft\xae Word f\xfcr Microsoft 365", date="D:20261103091500+01'00'"):
    """pages: list of pages; each page is a list of lines (str) or tuples (style, str)
    where style is 'h' (heading), 'b' (bold), 's' (small) or 'n'."""
    allchars = "".join(
        (l if isinstance(l, str) else l[1]) for p in pages for l in p) + title + author
    enc = _Enc(allchars)
    objs = {}
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 tounicode, 6 info, 7.. pages/contents
    n_pages = len(pages)
    kids = []
    next_id = 7
    for p in pages:
        page_id, cont_id = next_id, next_id + 1
        next_id += 2
        kids.append(page_id)
        ops = [b"BT"]
        y = 800
        for line in p:
            style, text = ("n", line) if isinstance(line, str) else line
            font, size, lead = {"h": (b"F2", 15, 22), "b": (b"F2", 10.5, 15),
                                "s": (b"F1", 8, 11), "n": (b"F1", 10.5, 14.5)}[style]
            if y < 60:
                break
            ops.append(b"/%s %g Tf 1 0 0 1 56 %g Tm (%s) Tj" % (font, size, y, _esc(enc.encode(text))))
            y -= lead
        ops.append(b"ET")
        stream = zlib.compress(b"\n".join(ops))
        objs[cont_id] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cont_id)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    objs[3] = enc.font_dict(b"Helvetica", 5)
    objs[4] = enc.font_dict(b"Helvetica-Bold", 5)
    tu = enc.tounicode()
    objs[5] = b"<< /Length %d >>\nstream\n" % len(tu) + tu + b"\nendstream"

    def pdfstr(s):
        try:
            return b"(" + _esc(s.encode("cp1252")) + b")"
        except UnicodeEncodeError:
            return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"

    objs[6] = (b"<< /Title " + pdfstr(title) + b" /Author " + pdfstr(author) + b" /Creator " + pdfstr(creator)
               + b" /Producer " + pdfstr(producer) + b" /CreationDate (" + date.encode() + b") /ModDate (" + date.encode() + b") >>")
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)
