"""Text-only PDF writer (PDF 1.4, Courier, custom single-byte encoding with
/Differences and a /ToUnicode CMap so any script extracts correctly)."""
import zlib

PAGE_W, PAGE_H = 595, 842


def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, title="", author="", producer="", creator="",
             date="D:20261012090000+02'00'", size=9.5, lines_per_page=70):
    """lines: list of str. Returns bytes."""
    # Build encoding: ASCII stays, others mapped to codes 128..255
    extra = []
    for ln in lines:
        for ch in ln:
            if ord(ch) > 126 and ch not in extra:
                extra.append(ch)
    if len(extra) > 128:
        raise ValueError("too many distinct non-ASCII characters")
    cmap = {ch: 128 + i for i, ch in enumerate(extra)}

    def enc(s):
        return bytes(cmap[c] if c in cmap else ord(c) for c in s)

    pages = [lines[i:i + lines_per_page] for i in range(0, max(len(lines), 1), lines_per_page)] or [[]]
    objs = []  # list of bytes bodies, index+1 = obj number

    def add(body):
        objs.append(body)
        return len(objs)

    # placeholders for catalog/pages
    cat = add(b"")
    pages_id = add(b"")
    diffs = b" ".join(b"/uni%04X" % ord(c) for c in extra)
    enc_id = add(b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 " + diffs + b"] >>")
    bf = b"".join(b"<%02X> <%04X>\n" % (cmap[c], ord(c)) for c in extra)
    tu = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
          b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
          b"/CMapName /Custom-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
          + b"1 beginbfrange\n<20> <7E> <0020>\nendbfrange\n"
          + (b"%d beginbfchar\n" % len(extra) + bf + b"endbfchar\n" if extra else b"")
          + b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    tu_id = add(b"<< /Length %d >>\nstream\n" % len(tu) + tu + b"\nendstream")
    widths = b" ".join([b"600"] * 224)
    font_id = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar 255 /Widths ["
                  + widths + b"] /Encoding %d 0 R /ToUnicode %d 0 R >>" % (enc_id, tu_id))
    page_ids = []
    for pg in pages:
        y = PAGE_H - 56
        ops = [b"BT", b"/F1 %.1f Tf" % size, b"%.1f TL" % (size * 1.25), b"50 %d Td" % y]
        for ln in pg:
            ops.append(b"(" + _esc(enc(ln)) + b") Tj T*")
        ops.append(b"ET")
        content = zlib.compress(b"\n".join(ops), 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, PAGE_W, PAGE_H, font_id, cid))
        page_ids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids)
                          + b"] /Count %d >>" % len(page_ids))

    def pdfstr(s):
        try:
            b = s.encode("latin-1")
            return b"(" + _esc(b) + b")"
        except UnicodeEncodeError:
            return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"
    info = add(b"<< /Title " + pdfstr(title) + b" /Author " + pdfstr(author) + b" /Creator " + pdfstr(creator)
               + b" /Producer " + pdfstr(producer) + b" /CreationDate (" + date.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    return bytes(out)
