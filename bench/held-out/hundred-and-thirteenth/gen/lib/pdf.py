"""Tiny text-only PDF writer (Helvetica, WinAnsiEncoding). Stdlib only."""


def _esc(s):
    b = s.encode("cp1252")  # strict: PDFs use WinAnsiEncoding only
    out = bytearray()
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += ("\\%03o" % c).encode()
        else:
            out.append(c)
    return bytes(out)


def make_pdf(pages, title="", author="", creator="", producer="", date="D:20261104101500+01'00'"):
    """pages: list of pages; each page list of (x, y, size, bold, text)."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    fontb = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1 + 2 * len(pages)  # placeholder computed below
    page_ids = []
    content_ids = []
    for pg in pages:
        stream = bytearray()
        for x, y, size, bold, text in pg:
            stream += b"BT /F%d %d Tf %d %d Td (" % (2 if bold else 1, size, x, y) + _esc(text) + b") Tj ET\n"
        cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + bytes(stream) + b"endstream")
        content_ids.append(cid)
        page_ids.append(add(b""))
    pages_id = add(b"")
    for cid, pid in zip(content_ids, page_ids):
        objs[pid - 1] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                         b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                         % (pages_id, font, fontb, cid))
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % p for p in page_ids), len(page_ids))
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title (" + _esc(title) + b") /Author (" + _esc(author) + b") /Creator (" + _esc(creator)
               + b") /Producer (" + _esc(producer) + b") /CreationDate (" + date.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, x)
    return bytes(out)


def simple_doc(lines, **meta):
    """lines: list of str (prefix '#' = bold heading, '' = blank). Auto-paginates."""
    pages = []
    cur = []
    y = 790
    for ln in lines:
        bold = ln.startswith("#")
        text = ln.lstrip("#").strip() if bold else ln
        size = 13 if bold else 10
        if y < 60:
            pages.append(cur)
            cur = []
            y = 790
        if text:
            cur.append((56, y, size, bold, text))
        y -= 18 if bold else 14
    pages.append(cur)
    return make_pdf(pages, **meta)
