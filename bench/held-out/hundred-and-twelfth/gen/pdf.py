"""Tiny text-only PDF writer (standard Helvetica fonts, custom encoding with
/Differences and a ToUnicode CMap so that Latin-script accents extract)."""
import unicodedata

_SPECIAL = {
    "\u00df": "germandbls", "\u20ac": "Euro", "\u2013": "endash", "\u2014": "emdash",
    "\u201e": "quotedblbase", "\u201c": "quotedblleft", "\u201d": "quotedblright",
    "\u2018": "quoteleft", "\u2019": "quoteright", "\u201a": "quotesinglbase",
    "\u00ab": "guillemotleft", "\u00bb": "guillemotright", "\u00b0": "degree",
    "\u00b7": "periodcentered", "\u00ba": "ordmasculine", "\u00aa": "ordfeminine",
    "\u00bf": "questiondown", "\u00a1": "exclamdown", "\u00a7": "section",
    "\u00d7": "multiply", "\u2022": "bullet", "\u00a3": "sterling", "\u00a0": "space",
    "\u00e6": "ae", "\u00c6": "AE", "\u0153": "oe", "\u2026": "ellipsis",
    "\u00a9": "copyright", "\u00ae": "registered", "\u2122": "trademark",
    "\u00b2": "twosuperior", "\u00b3": "threesuperior", "\u00bd": "onehalf",
    "\u00b5": "mu", "\u00f7": "divide", "\u00b1": "plusminus", "\u00b4": "acute",
}
_ACC = {
    "ACUTE": "acute", "GRAVE": "grave", "CIRCUMFLEX": "circumflex", "TILDE": "tilde",
    "DIAERESIS": "dieresis", "CEDILLA": "cedilla", "CARON": "caron", "OGONEK": "ogonek",
    "DOT ABOVE": "dotaccent", "RING ABOVE": "ring", "DOUBLE ACUTE": "hungarumlaut",
    "STROKE": "slash", "BREVE": "breve", "MACRON": "macron",
}


def glyph_name(ch):
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    n = unicodedata.name(ch)
    for cap in ("LATIN CAPITAL LETTER ", "LATIN SMALL LETTER "):
        if n.startswith(cap):
            rest = n[len(cap):]
            letter, _, acc = rest.partition(" WITH ")
            if len(letter) == 1 and acc in _ACC:
                base = letter if cap.startswith("LATIN CAPITAL") else letter.lower()
                return base + _ACC[acc]
    raise ValueError("no glyph name for %r (%s)" % (ch, n))


def _pdfstr_info(s):
    try:
        s.encode("ascii")
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    except UnicodeEncodeError:
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def make_pdf(lines, title="", author="", creator="", producer="", created="20261013091200+02'00'",
             page_w=595, page_h=842):
    """lines: list of str or (str, size, bold).  Empty string = blank line.
    Returns PDF bytes."""
    norm = []
    for ln in lines:
        if isinstance(ln, str):
            norm.append((ln, 10, False))
        else:
            t = ln + (10, False)[len(ln) - 1:] if len(ln) < 3 else ln
            norm.append((t[0], t[1], t[2]))
    # build encoding
    chars = []
    for t, _, _ in norm:
        for ch in t:
            if ord(ch) > 126 and ch not in chars:
                chars.append(ch)
    if len(chars) > 127:
        raise ValueError("too many distinct non-ascii chars")
    code = {ch: 128 + i for i, ch in enumerate(chars)}
    diffs = " ".join("/" + glyph_name(ch) for ch in chars)

    def enc(t):
        out = []
        for ch in t:
            o = ord(ch)
            if o < 127:
                if ch in "\\()":
                    out.append("\\" + ch)
                else:
                    out.append(ch)
            else:
                out.append("\\%03o" % code[ch])
        return "".join(out)

    # paginate
    pages = []
    cur = []
    y = page_h - 60
    for t, size, bold in norm:
        lead = size * 1.35
        if y - lead < 50:
            pages.append(cur)
            cur = []
            y = page_h - 60
        y -= lead
        cur.append((t, size, bold, y))
    pages.append(cur)

    objs = []  # list of bytes, index+1 = object number

    def add(b):
        objs.append(b if isinstance(b, bytes) else b.encode("latin-1"))
        return len(objs)

    # reserve: 1 catalog, 2 pages, 3 font enc, 4 F1, 5 F2, 6 tounicode
    add("")  # catalog placeholder
    add("")  # pages placeholder
    enc_obj = add("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [ 128 %s ] >>" % diffs
                  if chars else "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding >>")
    # ToUnicode cmap
    bf = []
    for c in range(32, 127):
        bf.append("<%02X> <%04X>" % (c, c))
    for ch, c in code.items():
        bf.append("<%02X> <%04X>" % (c, ord(ch)))
    cm_body = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
               "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
               "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
    for i in range(0, len(bf), 100):
        chunk = bf[i:i + 100]
        cm_body.append("%d beginbfchar" % len(chunk))
        cm_body.extend(chunk)
        cm_body.append("endbfchar")
    cm_body += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    cm = "\n".join(cm_body)
    tu = add("<< /Length %d >>\nstream\n%s\nendstream" % (len(cm), cm))
    f1 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R /ToUnicode %d 0 R >>" % (enc_obj, tu))
    f2 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R /ToUnicode %d 0 R >>" % (enc_obj, tu))
    page_ids = []
    for pg in pages:
        ops = []
        for t, size, bold, y in pg:
            if not t:
                continue
            ops.append("BT /%s %g Tf 50 %.1f Td (%s) Tj ET" % ("F2" if bold else "F1", size, y, enc(t)))
        content = "\n".join(ops)
        cid = add("<< /Length %d >>\nstream\n%s\nendstream" % (len(content.encode("latin-1")), content))
        pid = add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (page_w, page_h, f1, f2, cid))
        page_ids.append(pid)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    info = add("<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (D:%s) /ModDate (D:%s) >>" % (
        _pdfstr_info(title), _pdfstr_info(author), _pdfstr_info(creator), _pdfstr_info(producer), created, created))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + b + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, xref)
    return bytes(out)
