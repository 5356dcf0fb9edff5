"""Tiny text-only PDF writer.  Non-ASCII characters are mapped through a
per-document /Differences encoding (uniXXXX glyph names) plus a /ToUnicode
CMap so that text extraction gives correct Unicode for any script."""
import zlib

_HW = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278]
_HW += [556] * 10 + [278, 278, 584, 584, 584, 556, 1015]
_HW += [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667,
        778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333]
_HW += [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556,
        556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def _width(c):
    if c.isupper():
        return 700
    if c in "–—":
        return 556 if c == "–" else 1000
    return 556


def _esc_info(s):
    if all(ord(c) < 128 for c in s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def make_pdf(pages, title="", author="", creator="", producer="", date="D:20261014091200+02'00'",
             size=(595, 842)):
    """pages: list of pages; each page a list of lines.  A line is a str or a
    tuple (str, fontsize, bold)."""
    chars = sorted({c for p in pages for ln in p
                    for c in (ln if isinstance(ln, str) else ln[0]) if ord(c) > 126})
    if len(chars) > 120:
        raise ValueError("too many distinct non-ASCII characters")
    cmap = {c: 128 + i for i, c in enumerate(chars)}
    diffs = " ".join("/uni%04X" % ord(c) for c in chars)

    def enc(s):
        out = bytearray()
        for c in s:
            out.append(cmap[c] if c in cmap else ord(c))
        return out.hex().upper()

    objs = []  # (num, bytes)

    def add(body):
        objs.append(body)
        return len(objs)

    tounicode_lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                       "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                       "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                       "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
    pairs = [(i, i) for i in range(32, 127)] + [(cmap[c], ord(c)) for c in chars]
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        tounicode_lines.append("%d beginbfchar" % len(chunk))
        tounicode_lines += ["<%02X> <%04X>" % (a, b) for a, b in chunk]
        tounicode_lines.append("endbfchar")
    tounicode_lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    tu = zlib.compress("\n".join(tounicode_lines).encode())
    tu_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(tu) + tu + b"\nendstream")
    enc_id = add(("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 %s] >>"
                  % diffs).encode() if chars else b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding >>")
    widths = list(_HW) + [0] * (128 - 127) + [_width(c) for c in chars]
    wl = ("/FirstChar 32 /LastChar %d /Widths [%s]" % (31 + len(widths), " ".join(map(str, widths)))).encode()
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R /ToUnicode %d 0 R %s >>"
             % (enc_id, tu_id, wl))
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R /ToUnicode %d 0 R %s >>"
             % (enc_id, tu_id, wl))
    pages_id_placeholder = len(objs) + 1
    add(b"")  # pages object, filled later
    page_ids = []
    for p in pages:
        ops = ["BT", "50 %d Td" % (size[1] - 60)]
        lead = 0
        for ln in p:
            if isinstance(ln, str):
                text, fs, bold = ln, 10, False
            else:
                text, fs, bold = (list(ln) + [10, False])[:3]
            step = fs + 4
            ops.append("0 %d Td" % -(lead if lead else 0))
            ops.append("/%s %d Tf" % ("F2" if bold else "F1", fs))
            ops.append("<%s> Tj" % enc(text))
            lead = step
        ops.append("ET")
        content = zlib.compress("\n".join(ops).encode("latin-1"))
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                   % (pages_id_placeholder, size[0], size[1], f1, f2, cid)).encode())
        page_ids.append(pid)
    objs[pages_id_placeholder - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                                      % (" ".join("%d 0 R" % i for i in page_ids), len(page_ids))).encode()
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)
    info = add(("<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>"
                % (_esc_info(title), _esc_info(author), _esc_info(creator), _esc_info(producer), date, date)
                ).encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, xref)
    return bytes(out)


if __name__ == "__main__":
    d = make_pdf([[("Счёт на оплату № 1184", 14, True), "Ελληνικά κείμενο", "Zażółć gęślą jaźń – 1.234,56 €"]],
                 title="Test", producer="test")
    open("/tmp/t.pdf", "wb").write(d)
    print(len(d))
