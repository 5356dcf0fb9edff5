"""Tiny text-only PDF writer (PDF 1.4, Helvetica, custom encoding + ToUnicode
so that Latin, Polish, Greek and Cyrillic text is extractable)."""
import zlib

# Adobe glyph names for characters outside ASCII that we use often
AGL = {
    "ä": "adieresis", "ö": "odieresis", "ü": "udieresis", "Ä": "Adieresis", "Ö": "Odieresis",
    "Ü": "Udieresis", "ß": "germandbls", "é": "eacute", "è": "egrave", "à": "agrave",
    "ò": "ograve", "ù": "ugrave", "ì": "igrave", "á": "aacute", "í": "iacute", "ó": "oacute",
    "ú": "uacute", "ñ": "ntilde", "Ñ": "Ntilde", "ç": "ccedilla", "€": "Euro", "§": "section",
    "°": "degree", "–": "endash", "—": "emdash", "„": "quotedblbase", "“": "quotedblleft",
    "”": "quotedblright", "‘": "quoteleft", "’": "quoteright", "·": "periodcentered",
    "«": "guillemotleft", "»": "guillemotright", "£": "sterling", "ł": "lslash", "Ł": "Lslash",
    "ą": "aogonek", "ę": "eogonek", "ś": "sacute", "ć": "cacute", "ń": "nacute", "ź": "zacute",
    "ż": "zdotaccent", "Ś": "Sacute", "Ż": "Zdotaccent", "Ź": "Zacute", "É": "Eacute",
    "Á": "Aacute", "Ó": "Oacute", "Í": "Iacute", "Ú": "Uacute", "ª": "ordfeminine",
    "º": "ordmasculine", "•": "bullet", "×": "multiply",
}

_W = {}
for _c, _w in zip(" !\"#$%&'()*+,-./0123456789:;<=>?@", [278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278]+[556]*10+[278,278,584,584,584,556,1015]):
    _W[_c] = _w
for _c, _w in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611]):
    _W[_c] = _w
for _c, _w in zip("[\\]^_`", [278,278,278,469,556,333]):
    _W[_c] = _w
for _c, _w in zip("abcdefghijklmnopqrstuvwxyz", [556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500]):
    _W[_c] = _w
for _c, _w in zip("{|}~", [334,260,334,584]):
    _W[_c] = _w


def _width(c):
    if c in _W:
        return _W[c]
    import unicodedata
    base = unicodedata.normalize("NFD", c)[0]
    if base in _W:
        return _W[base]
    if c in "€£":
        return 556
    if c in "–":
        return 556
    if c in "—":
        return 1000
    if c in "„“”‘’«»":
        return 333
    return 667 if c.isupper() else 556


class PDF:
    def __init__(self, producer="", creator="", title="", date=None, author=""):
        self.pages = []
        self.producer, self.creator, self.title, self.author = producer, creator, title, author
        self.date = date  # 'YYYYMMDDHHMMSS+01'00''

    def page(self, lines, size=10, top=800, left=56, lead=None):
        """lines: list of str or (str, size, bold)."""
        self.pages.append((lines, size, top, left, lead or size * 1.35))

    def _codes(self):
        chars = set()
        for lines, *_ in self.pages:
            for ln in lines:
                t = ln if isinstance(ln, str) else ln[0]
                chars.update(t)
        extra = sorted(c for c in chars if ord(c) > 126 or ord(c) < 32)
        if len(extra) > 128:
            raise ValueError("too many distinct characters for one simple font")
        cmap = {chr(i): i for i in range(32, 127)}
        for i, c in enumerate(extra):
            cmap[c] = 128 + i
        return cmap, extra

    def build(self):
        cmap, extra = self._codes()
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)
        diffs = ""
        if extra:
            diffs = "/Differences [128 " + " ".join(
                "/" + AGL.get(c, "uni%04X" % ord(c)) for c in extra) + "]"
        enc = add(("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding %s >>" % diffs).encode())
        bf = "\n".join("<%02X> <%04X>" % (cmap[c], ord(c)) for c in sorted(cmap, key=lambda k: cmap[k]))
        tu_src = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                  "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                  "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                  "%d beginbfchar\n%s\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
                  % (len(cmap), bf)).encode()
        tu = add(b"<< /Length %d >>\nstream\n" % len(tu_src) + tu_src + b"\nendstream")
        inv = {v: k for k, v in cmap.items()}
        last = max(cmap.values())
        wl = " ".join(str(_width(inv[i])) if i in inv else "0" for i in range(32, last + 1))
        f1 = add(("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R /ToUnicode %d 0 R /FirstChar 32 /LastChar %d /Widths [%s] >>" % (enc, tu, last, wl)).encode())
        f2 = add(("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R /ToUnicode %d 0 R /FirstChar 32 /LastChar %d /Widths [%s] >>" % (enc, tu, last, wl)).encode())
        pages_id = len(objs) + 1 + 2 * len(self.pages)
        kids = []
        for lines, size, top, left, lead in self.pages:
            ops = ["BT"]
            y = top
            for ln in lines:
                if isinstance(ln, str):
                    t, sz, bold = ln, size, False
                else:
                    t, sz, bold = (list(ln) + [size, False])[:3]
                if t:
                    hexs = "".join("%02X" % cmap[c] for c in t)
                    ops.append("/%s %s Tf 1 0 0 1 %d %.1f Tm <%s> Tj" % ("F2" if bold else "F1", sz, left, y, hexs))
                y -= max(lead, sz * 1.35)
            ops.append("ET")
            content = zlib.compress("\n".join(ops).encode("ascii"), 9)
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
            pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, f1, f2, cid)).encode())
            kids.append(pid)
        add(("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode())
        cat = add(("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode())

        def pstr(s):
            if all(32 <= ord(c) < 127 for c in s):
                return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
            return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"
        info = "<< "
        for k, v in (("Title", self.title), ("Author", self.author), ("Creator", self.creator), ("Producer", self.producer)):
            if v:
                info += "/%s %s " % (k, pstr(v))
        if self.date:
            info += "/CreationDate (D:%s) /ModDate (D:%s) " % (self.date, self.date)
        info_id = add((info + ">>").encode())
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, body in enumerate(objs, 1):
            offs.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offs:
            out += b"%010d 00000 n \n" % o
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(objs) + 1, cat, info_id, xref))
        return bytes(out)


def wrap(text, width=95):
    """Wrap paragraphs to lines for the PDF page."""
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        line = ""
        for w in para.split(" "):
            if len(line) + len(w) + 1 > width and line:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


def simple_pdf(text, producer, creator="", title="", date=None, author="", size=10, heading=None):
    p = PDF(producer=producer, creator=creator, title=title, date=date, author=author)
    lines = []
    if heading:
        lines.append((heading, 14, True))
        lines.append("")
    lines += wrap(text, int(95 * 10 / size))
    per = int(740 / (size * 1.35))
    for i in range(0, len(lines), per):
        p.page(lines[i:i + per], size=size)
    return p.build()


if __name__ == "__main__":
    data = simple_pdf("Rechnung Nr. 4711\nGrüße aus Łódź — Ελλάδα — Россия €", "Test", heading="Test äö")
    import os, tempfile
    open(os.path.join(tempfile.gettempdir(), "t.pdf"), "wb").write(data)
