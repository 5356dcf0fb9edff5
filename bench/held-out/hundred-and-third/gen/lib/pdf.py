"""Tiny text-only PDF writer (no scripts, no actions, no embedded files).

Latin text uses Helvetica/WinAnsiEncoding; text containing Greek or Cyrillic
uses a non-embedded Type0 (Identity-H) Arial font with a ToUnicode CMap so
that text extraction works.
"""
import zlib


def _pdf_str_latin(s):
    b = s.encode('cp1252')
    b = b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
    return b'(' + b + b')'


def _pdf_str_utf16(s):
    return b'<' + s.encode('utf-16-be').hex().upper().encode() + b'>'


def _info_str(s):
    try:
        s.encode('latin-1')
        return _pdf_str_latin(s)
    except UnicodeEncodeError:
        return b'<FEFF' + s.encode('utf-16-be').hex().upper().encode() + b'>'


def make_pdf(pages, title='', author='', producer='', creator='', created='20261012093000+02\'00\'',
             fontsize=10, leading=13):
    """pages: list of pages; each page is a list of lines (str) or (str, size, bold)."""
    text_all = ''.join(''.join(l if isinstance(l, str) else l[0] for l in p) for p in pages)
    unicode_font = False
    try:
        text_all.encode('cp1252')
    except UnicodeEncodeError:
        unicode_font = True
    objs = {}
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 info, then pages
    n_pages = len(pages)
    page_ids = []
    nxt = 6
    content_ids = []
    for _ in pages:
        page_ids.append(nxt)
        content_ids.append(nxt + 1)
        nxt += 2
    extra = nxt
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % p for p in page_ids) + b'] /Count %d >>' % n_pages
    if not unicode_font:
        objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
        objs[4] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'
        enc = _pdf_str_latin
    else:
        used_hi = sorted({ord(c) >> 8 for c in text_all} | {0})
        ranges = b'\n'.join(b'<%02X00> <%02XFF> <%02X00>' % (h, h, h) for h in used_hi)
        cmap = (b'/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
                b'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
                b'/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n'
                b'1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n'
                + b'%d beginbfrange\n' % len(used_hi) + ranges + b'\nendbfrange\n'
                b'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n')
        cm_id, fd_id, cid_id, cidb_id, fdb_id = extra, extra + 1, extra + 2, extra + 3, extra + 4
        extra += 5
        objs[cm_id] = b'<< /Length %d >>\nstream\n' % len(cmap) + cmap + b'\nendstream'
        for fid, cidid, fdid, base in ((3, cid_id, fd_id, b'ArialMT'), (4, cidb_id, fdb_id, b'Arial-BoldMT')):
            objs[fid] = (b'<< /Type /Font /Subtype /Type0 /BaseFont /' + base +
                         b' /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>' % (cidid, cm_id))
            objs[cidid] = (b'<< /Type /Font /Subtype /CIDFontType2 /BaseFont /' + base +
                           b' /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>'
                           b' /FontDescriptor %d 0 R /DW 556 /CIDToGIDMap /Identity >>' % fdid)
            objs[fdid] = (b'<< /Type /FontDescriptor /FontName /' + base +
                          b' /Flags 32 /FontBBox [-665 -325 2000 1006] /ItalicAngle 0 /Ascent 905'
                          b' /Descent -212 /CapHeight 716 /StemV 80 >>')
        enc = _pdf_str_utf16
    for pi, lines in enumerate(pages):
        y = 800
        ops = [b'BT']
        for ln in lines:
            if isinstance(ln, str):
                txt, size, bold = ln, fontsize, False
            else:
                txt, size, bold = (list(ln) + [fontsize, False])[:3]
            font = b'/F2' if bold else b'/F1'
            if txt:
                ops.append(font + b' %d Tf 1 0 0 1 56 %d Tm ' % (size, y) + enc(txt) + b' Tj')
            y -= max(leading, size + 3)
        ops.append(b'ET')
        stream = zlib.compress(b'\n'.join(ops), 9)
        objs[content_ids[pi]] = b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream) + stream + b'\nendstream'
        objs[page_ids[pi]] = (b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>'
                              % content_ids[pi])
    info = b'<< '
    for k, v in (('Title', title), ('Author', author), ('Producer', producer), ('Creator', creator)):
        if v:
            info += b'/' + k.encode() + b' ' + _info_str(v) + b' '
    info += b'/CreationDate (D:' + created.encode() + b') /ModDate (D:' + created.encode() + b') >>'
    objs[5] = info
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = len(out)
        out += b'%d 0 obj\n' % oid + objs[oid] + b'\nendobj\n'
    xref = len(out)
    maxid = max(objs)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (maxid + 1)
    for oid in range(1, maxid + 1):
        out += b'%010d 00000 n \n' % offsets[oid]
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (maxid + 1, xref)
    return bytes(out)
