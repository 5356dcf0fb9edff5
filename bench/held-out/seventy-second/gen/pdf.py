"""Tiny text-only PDF writer (no scripts, no forms, no embedded files).
Standard Helvetica with a /Differences encoding for non-ASCII glyphs and a
/ToUnicode CMap so every character extracts correctly."""
import zlib


# Helvetica advance widths for codes 32..127
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 278]


def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class _Enc:
    def __init__(self):
        self.map = {}  # char -> code

    def code(self, ch):
        o = ord(ch)
        if 32 <= o < 127:
            return o
        if ch not in self.map:
            if len(self.map) >= 128:
                raise ValueError("too many distinct glyphs")
            self.map[ch] = 128 + len(self.map)
        return self.map[ch]

    def encode(self, s):
        return bytes(self.code(c) for c in s)


def make_pdf(pages, title="", author="", producer="Microsoft® Word für Microsoft 365",
             creator="Microsoft® Word für Microsoft 365", created="D:20261012093100+02'00'",
             compress=True):
    """pages: list of pages; each page is a list of (x, y, size, bold, text) or
    a list of strings (auto layout)."""
    enc = _Enc()
    streams = []
    for page in pages:
        ops = []
        if page and isinstance(page[0], str):
            y = 790
            items = []
            for line in page:
                bold = line.startswith("**")
                size = 10
                if line.startswith("##"):
                    size, bold, line = 14, True, line[2:]
                elif bold:
                    line = line[2:]
                items.append((56, y, size, bold, line))
                y -= size + 5 if size > 10 else 14
            page = items
        for x, y, size, bold, text in page:
            ops.append(b"BT /%s %d Tf %d %d Td (%s) Tj ET" % (
                b"F2" if bold else b"F1", size, x, y, _esc(enc.encode(text))))
        streams.append(b"\n".join(ops))
    # encoding / cmap
    diffs = []
    cmap_lines = []
    for ch, code in sorted(enc.map.items(), key=lambda kv: kv[1]):
        diffs.append("%d /uni%04X" % (code, ord(ch)))
        cmap_lines.append("<%02X> <%04X>" % (code, ord(ch)))
    for o in range(32, 127):
        cmap_lines.append("<%02X> <%04X>" % (o, o))
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n")
    chunks = [cmap_lines[i:i + 100] for i in range(0, len(cmap_lines), 100)]
    for c in chunks:
        cmap += "%d beginbfchar\n%s\nendbfchar\n" % (len(c), "\n".join(c))
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"

    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    def stream(data, extra=b""):
        if compress:
            data = zlib.compress(data)
            return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"
        return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"

    catalog = add(None)
    pages_id = add(None)
    encd = add(("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>" % " ".join(diffs)).encode())
    tou = add(stream(cmap.encode()))
    widths = b" ".join(b"%d" % w for w in _HELV) + b" " + b" ".join(b"600" for _ in range(128, 256))
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 255 /Widths [%s] /Encoding %d 0 R /ToUnicode %d 0 R >>" % (widths, encd, tou))
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /FirstChar 32 /LastChar 255 /Widths [%s] /Encoding %d 0 R /ToUnicode %d 0 R >>" % (widths, encd, tou))
    kids = []
    for s in streams:
        cid = add(stream(s))
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, f1, f2, cid))
        kids.append(pid)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))

    def pdfstr(s):
        try:
            b = s.encode("latin-1")
            return b"(" + _esc(b) + b")"
        except UnicodeEncodeError:
            return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"
    info = add(b"<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>" % (
        pdfstr(title), pdfstr(author), pdfstr(creator), pdfstr(producer), created.encode(), created.encode()))
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, xref)
    return out


def extract_text(pdf):
    """Verification helper: pull strings back out through the ToUnicode map."""
    import re
    cmap = {}
    texts = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", pdf, re.S):
        data = m.group(1)
        try:
            data = zlib.decompress(data)
        except zlib.error:
            pass
        if b"beginbfchar" in data:
            for a, b in re.findall(rb"<([0-9A-F]{2})> <([0-9A-F]{4})>", data):
                cmap[int(a, 16)] = chr(int(b, 16))
        else:
            texts.append(data)
    out = []
    for t in texts:
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", t):
            s = re.sub(rb"\\(.)", rb"\1", s)
            out.append("".join(cmap.get(c, "?") for c in s))
    return "\n".join(out)
