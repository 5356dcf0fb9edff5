"""Text-only PDF writer. Non-ASCII characters are mapped into codes 128..255
of a per-document /Differences encoding (Helvetica), with a /ToUnicode CMap so
text extraction gives the right Unicode text."""
import unicodedata

_NAMES = {
    "€": "Euro", "„": "quotedblbase", "“": "quotedblleft", "”": "quotedblright",
    "‘": "quoteleft", "’": "quoteright", "–": "endash", "—": "emdash", "•": "bullet",
    "…": "ellipsis", "«": "guillemotleft", "»": "guillemotright", "°": "degree",
    "§": "section", "©": "copyright", "®": "registered", "·": "periodcentered",
    "ß": "germandbls", "Ł": "Lslash", "ł": "lslash", "\u00a0": "space", "×": "multiply",
    "²": "twosuperior", "³": "threesuperior", "µ": "mu", "º": "ordmasculine",
    "ª": "ordfeminine", "¿": "questiondown", "¡": "exclamdown", "£": "sterling",
    "½": "onehalf",
}
_ACC = {"ACUTE": "acute", "GRAVE": "grave", "CIRCUMFLEX": "circumflex",
        "DIAERESIS": "dieresis", "TILDE": "tilde", "RING ABOVE": "ring",
        "CEDILLA": "cedilla", "OGONEK": "ogonek", "DOT ABOVE": "dotaccent",
        "CARON": "caron", "STROKE": "slash"}


def _glyph(ch):
    if ch in _NAMES:
        return _NAMES[ch]
    cp = ord(ch)
    if cp < 0x250:
        name = unicodedata.name(ch, "")
        # LATIN SMALL LETTER E WITH ACUTE -> eacute
        if name.startswith("LATIN ") and " WITH " in name:
            base, acc = name.split(" WITH ", 1)
            letter = base.split()[-1]
            letter = letter.lower() if "SMALL" in base else letter.upper()
            if acc in _ACC and len(letter) == 1:
                return letter + _ACC[acc]
    return "uni%04X" % cp


_HELV = [278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584]
_HELVB = [278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584]


def _wbase(c, table):
    base = unicodedata.normalize("NFD", c)[0]
    if 32 <= ord(base) <= 126:
        return table[ord(base) - 32]
    if c in "–•°§":
        return 556
    if c == "—":
        return 1000
    if c in "„“”‘’":
        return 333
    if c == " ":
        return 278
    if c == "€":
        return 556
    if c in "ιίϊΐ":
        return 230
    if c in "ΙΊΪ":
        return 278
    if "\u0370" <= c <= "\u03ff":
        return 667 if c.isupper() else 530
    return 700 if c.isupper() else 560


def _widths(chars, table):
    w = list(table) + [0]
    w += [_wbase(c, table) for c in chars]
    return b"[" + b" ".join(b"%d" % x for x in w) + b"]"


def _esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        if not para:
            out.append("")
            continue
        line = ""
        for word in para.split(" "):
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = (line + " " + word) if line else word
        out.append(line)
    return out


def make_pdf(lines, title="", author="", producer="", creator="",
             created="20261013091400+02'00'"):
    """lines: list of (style, text); style in 'h1','h2','b','n','s' (small).
    Text is wrapped; pages are added as needed."""
    chars = sorted({c for _, t in lines for c in t if ord(c) > 126})
    if len(chars) > 128:
        raise ValueError("too many distinct non-ASCII chars")
    cmap = {c: 128 + i for i, c in enumerate(chars)}

    def enc(s):
        return bytes(cmap[c] if ord(c) > 126 else ord(c) for c in s)

    style = {"h1": ("F2", 15, 22, 70), "h2": ("F2", 11.5, 17, 85), "b": ("F2", 9.5, 13, 100),
             "n": ("F1", 9.5, 13, 100), "s": ("F1", 7.5, 10, 125), "m": ("F3", 8.5, 12, 110)}
    pages = []
    cur = []
    y = 800
    for st, text in lines:
        font, size, lead, width = style[st]
        for ln in _wrap(text, width):
            if y < 60:
                pages.append(cur)
                cur, y = [], 800
            if ln:
                x = 56
                if ln.startswith("\t"):
                    ln, x = ln[1:], 330
                cur.append(b"BT /%s %s Tf %d %d Td (%s) Tj ET" % (
                    font.encode(), str(size).encode(), x, y, _esc(enc(ln))))
            y -= lead
        if st in ("h1", "h2"):
            y -= 4
    pages.append(cur)

    diffs = b"[128 " + b" ".join(b"/" + _glyph(c).encode() for c in chars) + b"]" if chars else b"[]"
    bf = []
    for c in chars:
        u = c.encode("utf-16-be").hex().upper()
        bf.append("<%02X> <%s>" % (cmap[c], u))
    tounicode = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                 "/CMapName /Adhoc-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n"
                 "endcodespacerange\n")
    # ASCII identity + the extra codes
    tounicode += "1 beginbfrange\n<20> <7E> <0020>\nendbfrange\n"
    for i in range(0, len(bf), 100):
        chunk = bf[i:i + 100]
        tounicode += "%d beginbfchar\n%s\nendbfchar\n" % (len(chunk), "\n".join(chunk))
    tounicode += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"

    objs = []  # index 0 -> obj 1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    encd = add(b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences " + diffs + b" >>")
    tu_bytes = tounicode.encode()
    tu = add(b"<< /Length %d >>\nstream\n" % len(tu_bytes) + tu_bytes + b"\nendstream")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar %d /Widths %s /Encoding %d 0 R /ToUnicode %d 0 R >>" % (127 + len(chars), _widths(chars, _HELV), encd, tu))
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /FirstChar 32 /LastChar %d /Widths %s /Encoding %d 0 R /ToUnicode %d 0 R >>" % (127 + len(chars), _widths(chars, _HELVB), encd, tu))
    f3 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar %d /Widths [%s] /Encoding %d 0 R /ToUnicode %d 0 R >>" % (
        127 + len(chars), b" ".join([b"600"] * (96 + len(chars))), encd, tu))
    kids = []
    for pg in pages:
        content = b"\n".join(pg)
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, f1, f2, f3, cid))
        kids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))

    def pstr(s):
        return b"(" + _esc(s.encode("latin-1", "replace")) + b")"
    info = add(b"<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (D:%s) /ModDate (D:%s) >>" % (
        pstr(title), pstr(author), pstr(creator), pstr(producer), created.encode(), created.encode()))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, xref)
    return bytes(out)
