"""Minimal text-only PDF writer (PDF 1.4, Helvetica / Helvetica-Bold, custom /Differences
encoding so that German, Italian, Spanish and Polish letters render with the standard fonts).
No JavaScript, no actions, no embedded files."""

GLYPHS = {
    "ä": "adieresis", "ö": "odieresis", "ü": "udieresis", "Ä": "Adieresis", "Ö": "Odieresis",
    "Ü": "Udieresis", "ß": "germandbls", "é": "eacute", "è": "egrave", "à": "agrave", "ò": "ograve",
    "ù": "ugrave", "ì": "igrave", "á": "aacute", "í": "iacute", "ó": "oacute", "ú": "uacute",
    "ñ": "ntilde", "Ñ": "Ntilde", "É": "Eacute", "È": "Egrave", "À": "Agrave", "Á": "Aacute",
    "Ó": "Oacute", "Ú": "Uacute", "Í": "Iacute", "ç": "ccedilla", "ê": "ecircumflex",
    "ą": "aogonek", "ć": "cacute", "ę": "eogonek", "ł": "lslash", "ń": "nacute", "ś": "sacute",
    "ź": "zacute", "ż": "zdotaccent", "Ą": "Aogonek", "Ć": "Cacute", "Ę": "Eogonek", "Ł": "Lslash",
    "Ń": "Nacute", "Ś": "Sacute", "Ź": "Zacute", "Ż": "Zdotaccent", "€": "Euro", "–": "endash",
    "—": "emdash", "„": "quotedblbase", "“": "quotedblleft", "”": "quotedblright", "’": "quoteright",
    "‚": "quotesinglbase", "‘": "quoteleft", "°": "degree", "§": "section", "²": "twosuperior",
    "³": "threesuperior", "·": "periodcentered", "º": "ordmasculine", "ª": "ordfeminine", "£": "sterling",
    "×": "multiply", "•": "bullet", "©": "copyright", "®": "registered", "«": "guillemotleft",
    "»": "guillemotright", "¿": "questiondown", "¡": "exclamdown", "Ç": "Ccedilla", "ï": "idieresis",
    "ó": "oacute", "\u00a0": "space",
}


def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            if len(line) + len(word) + 1 > width and line:
                out.append(line)
                line = word
            else:
                line = (line + " " + word) if line else word
        out.append(line)
    return out


def make_pdf(blocks, title="", author="", creator="", producer="", date="D:20261012093000+02'00'"):
    """blocks: list of (style, text) with style in {'h1','h2','b','p','small','mono','gap'}."""
    extra = sorted({c for _, t in blocks for c in t if ord(c) > 126})
    codes = {}
    diffs = []
    for i, ch in enumerate(extra):
        if ch not in GLYPHS:
            raise ValueError(f"PDF: no glyph for {ch!r}")
        codes[ch] = 128 + i
        diffs.append(f"/{GLYPHS[ch]}")
    assert len(extra) < 128

    def enc(s):
        return bytes(codes[c] if c in codes else ord(c) for c in s)

    styles = {"h1": ("F2", 15, 90), "h2": ("F2", 11.5, 100), "b": ("F2", 9.5, 110),
              "p": ("F1", 9.5, 110), "small": ("F1", 7.5, 140), "mono": ("F1", 9, 110)}
    pages = []
    cur = []
    y = 800
    for style, text in blocks:
        if style == "gap":
            y -= 10
            continue
        font, size, width = styles[style]
        for line in _wrap(text, width):
            if y < 60:
                pages.append(cur)
                cur = []
                y = 800
            cur.append((font, size, 56, y, line))
            y -= size * 1.35
        y -= 3
    pages.append(cur)

    objs = []
    def add(b):
        objs.append(b)
        return len(objs)
    enc_dict = "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 " + " ".join(diffs) + "] >>" if diffs else "/WinAnsiEncoding"
    catalog = add(None)
    pages_id = add(None)
    f1 = add(f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding {enc_dict} >>".encode())
    f2 = add(f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding {enc_dict} >>".encode())
    kids = []
    for pg in pages:
        content = bytearray()
        for font, size, x, yy, line in pg:
            content += b"BT /%s %.1f Tf %d %.1f Td (" % (font.encode(), size, x, yy) + _esc(enc(line)) + b") Tj ET\n"
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + bytes(content) + b"endstream")
        pid = add(None)
        objs[pid - 1] = (f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 595 842] "
                         f"/Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {cid} 0 R >>").encode()
        kids.append(pid)
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objs[pages_id - 1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()

    def pdfstr(s):
        if all(ord(c) < 128 for c in s):
            return b"(" + _esc(s.encode()) + b")"
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"
    info = add(b"<< /Title " + pdfstr(title) + b" /Author " + pdfstr(author) + b" /Creator " + pdfstr(creator)
               + b" /Producer " + pdfstr(producer) + b" /CreationDate (" + date.encode() + b") /ModDate ("
               + date.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, xref)
    return bytes(out)
