"""Text-only PDF writer.  Helvetica with a custom single-byte encoding
(/Differences using uniXXXX glyph names) plus a /ToUnicode CMap, so
any script (Latin, Polish, Greek, Cyrillic) extracts correctly.
No JavaScript, no actions, no embedded files."""

import zlib


# Helvetica advance widths, ASCII 32..126 (Adobe AFM)
_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,
         278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278,
         584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
         500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
         667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556,
         278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
         278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
assert len(_HELV) == 95


def _pdf_str(b):
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(lines, title="", producer="Microsoft\u00ae Word f\u00fcr Microsoft 365",
             creator="Microsoft\u00ae Word f\u00fcr Microsoft 365",
             author="", created="20261012091500+02'00'", compress=True):
    """lines: list of str; a line starting with '# ' is set bold and larger.
    '' makes an empty line.  Returns PDF bytes."""
    chars = sorted({c for ln in lines for c in ln if ord(c) > 126 or ord(c) < 32})
    assert len(chars) <= 128, "too many distinct non-ASCII characters"
    code = {c: 128 + i for i, c in enumerate(chars)}

    def enc(s):
        return bytes(code.get(c, ord(c)) if (ord(c) > 126 or ord(c) < 32) else ord(c)
                     for c in s)

    # pages: ~52 lines each
    pages = []
    cur = []
    for ln in lines:
        cur.append(ln)
        if len(cur) >= 52:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)

    objs = {}
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 encoding, 6 tounicode,
    # 7 info, then page/content pairs
    diffs = b" ".join(b"/uni%04X" % ord(c) for c in chars)
    objs[5] = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 " + diffs + b"] >>"
    cmap_body = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                 "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                 "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
    pairs = [(i, i) for i in range(32, 127)] + [(code[c], ord(c)) for c in chars]
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        cmap_body.append("%d beginbfchar" % len(chunk))
        for a, u in chunk:
            cmap_body.append("<%02X> <%04X>" % (a, u))
        cmap_body.append("endbfchar")
    cmap_body += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    cmap = "\n".join(cmap_body).encode("ascii")
    objs[6] = cmap
    widths = []
    for cc in range(32, 256):
        if cc < 127:
            widths.append(_HELV[cc - 32])
        elif cc - 128 < len(chars) and cc >= 128:
            widths.append(667 if chars[cc - 128].isupper() else 556)
        else:
            widths.append(556)
    wb = b"/FirstChar 32 /LastChar 255 /Widths [" + b" ".join(b"%d" % w for w in widths) + b"]"
    objs[3] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica " + wb
               + b" /Encoding 5 0 R /ToUnicode 6 0 R >>")
    wbb = b"/FirstChar 32 /LastChar 255 /Widths [" + b" ".join(b"%d" % (w * 21 // 20) for w in widths) + b"]"
    objs[4] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold " + wbb
               + b" /Encoding 5 0 R /ToUnicode 6 0 R >>")

    def u16(s):
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"
    objs[7] = (b"<< /Title " + u16(title) + b" /Author " + u16(author)
               + b" /Producer " + u16(producer) + b" /Creator " + u16(creator)
               + b" /CreationDate (D:" + created.encode() + b") /ModDate (D:"
               + created.encode() + b") >>")
    kids = []
    n = 8
    for pg in pages:
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for ln in pg:
            if ln.startswith("# "):
                ops.append(b"/F2 13 Tf " + _pdf_str(enc(ln[2:])) + b" Tj T* /F1 10 Tf")
            else:
                ops.append(_pdf_str(enc(ln)) + b" Tj T*")
        ops.append(b"ET")
        content = b"\n".join(ops)
        if compress:
            data = zlib.compress(content)
            objs[n + 1] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                           + data + b"\nendstream")
        else:
            objs[n + 1] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                   b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (n + 1))
        kids.append(n)
        n += 2
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    if 6 in objs:
        objs[6] = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, n):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return bytes(out)


if __name__ == "__main__":
    p = make_pdf(["# Счёт № 1187", "Grüße, Zażółć gęślą jaźń, Καλημέρα", "a (b) c \\ d"],
                 title="Тест")
    import os, tempfile
    open(os.path.join(tempfile.gettempdir(), "_test.pdf"), "wb").write(p)
    print(len(p), "bytes")
