"""Text-only PDF writer: standard Helvetica fonts (not embedded), a custom /Differences encoding
for non-ASCII glyphs plus a /ToUnicode CMap so text extraction works for Latin, Greek and Cyrillic.
No JavaScript, no actions, no embedded files, no images."""
import unicodedata
import zlib

_SPECIAL = {
    "ß": "germandbls", "€": "Euro", "„": "quotedblbase", "“": "quotedblleft", "”": "quotedblright",
    "‚": "quotesinglbase", "‘": "quoteleft", "’": "quoteright", "–": "endash", "—": "emdash",
    "«": "guillemotleft", "»": "guillemotright", "°": "degree", "§": "section", "·": "periodcentered",
    "²": "twosuperior", "³": "threesuperior", "µ": "mu", "×": "multiply", "•": "bullet", "…": "ellipsis",
    "ł": "lslash", "Ł": "Lslash", "ø": "oslash", "Ø": "Oslash", "æ": "ae", "Æ": "AE", "œ": "oe",
    "ª": "ordfeminine", "º": "ordmasculine", "¿": "questiondown", "¡": "exclamdown", "±": "plusminus",
    "½": "onehalf", "©": "copyright", "®": "registered", "\u00a0": "space", "№": "uni2116",
}
_ACC = {"DIAERESIS": "dieresis", "ACUTE": "acute", "GRAVE": "grave", "CIRCUMFLEX": "circumflex",
        "TILDE": "tilde", "CEDILLA": "cedilla", "OGONEK": "ogonek", "CARON": "caron",
        "DOT ABOVE": "dotaccent", "RING ABOVE": "ring", "DOUBLE ACUTE": "hungarumlaut", "BREVE": "breve"}


_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def _widths(chars):
    w = list(_HELV)
    w.append(0)  # 127
    for c in chars:
        w.append(667 if c.isupper() else (1000 if c in "€—№" else 556))
    w += [556] * (256 - 32 - len(w))
    return "[" + " ".join(str(x) for x in w) + "]"


def glyph_name(ch):
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    try:
        nm = unicodedata.name(ch)
    except ValueError:
        return "uni%04X" % ord(ch)
    for pre, case in (("LATIN CAPITAL LETTER ", True), ("LATIN SMALL LETTER ", False)):
        if nm.startswith(pre):
            rest = nm[len(pre):]
            if " WITH " in rest:
                base, acc = rest.split(" WITH ", 1)
                if len(base) == 1 and acc in _ACC:
                    b = base if case else base.lower()
                    return b + _ACC[acc]
    return "uni%04X" % ord(ch)


def _esc(bs):
    out = bytearray()
    for b in bs:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return bytes(out)


class PDF:
    """Build a simple document: a list of pages, each a list of (size, bold, text) lines."""

    def __init__(self, title="", author="", creator="Microsoft® Word für Microsoft 365",
                 producer="Microsoft® Word für Microsoft 365", created="D:20261012101500+02'00'"):
        self.title = title
        self.author = author
        self.creator = creator
        self.producer = producer
        self.created = created
        self.lines = []  # (size, bold, text, indent)

    def h(self, text, size=14):
        self.lines.append((size, True, text, 0))

    def p(self, text="", size=10, bold=False, indent=0):
        for ln in text.split("\n"):
            self.lines.append((size, bold, ln, indent))

    def gap(self):
        self.lines.append((6, False, "", 0))

    def build(self):
        chars = sorted({c for _, _, t, _ in self.lines for c in t if ord(c) > 126})
        assert len(chars) <= 128, "too many distinct non-ASCII chars"
        code = {c: 128 + i for i, c in enumerate(chars)}

        def enc(t):
            return bytes(code[c] if ord(c) > 126 else ord(c) for c in t)

        # paginate
        pages = []
        cur = []
        y = 800
        for ln in self.lines:
            lh = ln[0] * 1.45
            if y - lh < 50:
                pages.append(cur)
                cur = []
                y = 800
            y -= lh
            cur.append((ln, y))
        pages.append(cur)

        objs = []

        def add(b):
            objs.append(b)
            return len(objs)

        diffs = " ".join("/" + glyph_name(c) for c in chars)
        enc_id = add(b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 " +
                     diffs.encode("ascii") + b"] >>")
        cmap_lines = []
        for c in chars:
            cmap_lines.append("<%02X> <%04X>" % (code[c], ord(c)))
        ascii_map = "<20> <7E> <0020>"
        cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                "1 beginbfrange\n%s\nendbfrange\n" % ascii_map)
        if cmap_lines:
            # bfchar blocks max 100 entries
            for i in range(0, len(cmap_lines), 100):
                blk = cmap_lines[i:i + 100]
                cmap += "%d beginbfchar\n%s\nendbfchar\n" % (len(blk), "\n".join(blk))
        cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        cm = zlib.compress(cmap.encode("ascii"))
        tu_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cm) + cm + b"\nendstream")
        wd = _widths(chars).encode("ascii")
        f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R /ToUnicode %d 0 R "
                 b"/FirstChar 32 /LastChar 255 /Widths %s >>" % (enc_id, tu_id, wd))
        f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R /ToUnicode %d 0 R "
                 b"/FirstChar 32 /LastChar 255 /Widths %s >>" % (enc_id, tu_id, wd))
        pages_id_placeholder = len(objs) + 1
        add(b"")  # pages dict placeholder
        page_ids = []
        for pg in pages:
            ops = [b"BT"]
            for (size, bold, text, indent), y in pg:
                if not text:
                    continue
                ops.append(b"/%s %g Tf 1 0 0 1 %d %.1f Tm (%s) Tj" % (
                    b"F2" if bold else b"F1", size, 56 + indent, y, _esc(enc(text))))
            ops.append(b"ET")
            content = zlib.compress(b"\n".join(ops))
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
            pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.32 841.92] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> /ProcSet [/PDF /Text] >> /Contents %d 0 R >>"
                      % (pages_id_placeholder, f1, f2, cid))
            page_ids.append(pid)
        objs[pages_id_placeholder - 1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
            len(page_ids), b" ".join(b"%d 0 R" % i for i in page_ids))
        cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)

        def pdfstr(s):
            if all(ord(c) < 127 for c in s):
                return b"(" + _esc(s.encode("ascii")) + b")"
            return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode("ascii") + b">"

        info = add(b"<< /Title " + pdfstr(self.title) + b" /Author " + pdfstr(self.author) +
                   b" /Creator " + pdfstr(self.creator) + b" /Producer " + pdfstr(self.producer) +
                   b" /CreationDate (" + self.created.encode("ascii") + b") /ModDate (" +
                   self.created.encode("ascii") + b") >>")
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, o in enumerate(objs, 1):
            offs.append(len(out))
            out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for off in offs:
            out += b"%010d 00000 n \n" % off
        out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objs) + 1, cat, info, xref)
        return bytes(out)


def simple_pdf(title, lines, author="", creator=None, producer=None, created="D:20261012101500+02'00'"):
    """lines: list of strings; a line starting with '# ' is a heading, '**' bold."""
    kw = {}
    if creator:
        kw["creator"] = creator
    if producer:
        kw["producer"] = producer
    d = PDF(title=title, author=author, created=created, **kw)
    for ln in lines:
        if ln.startswith("# "):
            d.h(ln[2:])
        elif ln.startswith("## "):
            d.h(ln[3:], size=11)
        elif ln.startswith("**"):
            d.p(ln[2:], bold=True)
        elif ln == "":
            d.gap()
        else:
            d.p(ln)
    return d.build()
