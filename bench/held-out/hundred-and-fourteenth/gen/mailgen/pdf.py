"""Small deterministic PDF writer: text, lines, filled boxes, vector QR codes,
URI link annotations.  Latin text uses Helvetica/WinAnsi; documents with
other scripts use a single-byte Arial encoding with /Differences plus a
ToUnicode CMap, so text extraction works for Greek, Cyrillic and Polish."""
import re
import zlib

from . import qr as qrmod

_W = {
    " ": 278, "!": 278, '"': 355, "#": 556, "$": 556, "%": 889, "&": 667, "'": 191, "(": 333, ")": 333,
    "*": 389, "+": 584, ",": 278, "-": 333, ".": 278, "/": 278, ":": 278, ";": 278, "<": 584, "=": 584,
    ">": 584, "?": 556, "@": 1015, "[": 278, "\\": 278, "]": 278, "^": 469, "_": 556, "`": 333, "{": 334,
    "|": 260, "}": 334, "~": 584,
    "A": 667, "B": 667, "C": 722, "D": 722, "E": 667, "F": 611, "G": 778, "H": 722, "I": 278, "J": 500,
    "K": 667, "L": 556, "M": 833, "N": 722, "O": 778, "P": 667, "Q": 778, "R": 722, "S": 667, "T": 611,
    "U": 722, "V": 667, "W": 944, "X": 667, "Y": 667, "Z": 611,
    "a": 556, "b": 556, "c": 500, "d": 556, "e": 556, "f": 278, "g": 556, "h": 556, "i": 222, "j": 222,
    "k": 500, "l": 222, "m": 833, "n": 556, "o": 556, "p": 556, "q": 556, "r": 333, "s": 500, "t": 278,
    "u": 556, "v": 500, "w": 722, "x": 500, "y": 500, "z": 500,
}
for _d in "0123456789":
    _W[_d] = 556
# approximate Arial advance widths for Greek, Cyrillic and a few Latin letters without decomposition
_EXTRA = {
    "Α": 667, "Β": 667, "Γ": 551, "Δ": 668, "Ε": 667, "Ζ": 611, "Η": 722, "Θ": 778, "Ι": 278, "Κ": 667, "Λ": 668,
    "Μ": 833, "Ν": 722, "Ξ": 650, "Ο": 778, "Π": 722, "Ρ": 667, "Σ": 618, "Τ": 611, "Υ": 667, "Φ": 796, "Χ": 667,
    "Ψ": 835, "Ω": 748, "Ά": 667, "Έ": 753, "Ή": 808, "Ί": 364, "Ό": 787, "Ύ": 817, "Ώ": 758, "Ϊ": 278, "Ϋ": 667,
    "α": 578, "β": 575, "γ": 500, "δ": 557, "ε": 446, "ζ": 441, "η": 556, "θ": 556, "ι": 222, "κ": 500, "λ": 500,
    "μ": 576, "ν": 500, "ξ": 448, "ο": 556, "π": 690, "ρ": 569, "ς": 482, "σ": 617, "τ": 395, "υ": 540, "φ": 647,
    "χ": 523, "ψ": 713, "ω": 782, "ά": 578, "έ": 446, "ή": 556, "ί": 222, "ό": 556, "ύ": 540, "ώ": 782, "ϊ": 222,
    "ΐ": 222, "ϋ": 540, "ΰ": 540,
    "А": 667, "Б": 656, "В": 667, "Г": 542, "Д": 677, "Е": 667, "Ё": 667, "Ж": 923, "З": 604, "И": 719, "Й": 719,
    "К": 583, "Л": 656, "М": 833, "Н": 722, "О": 778, "П": 719, "Р": 667, "С": 722, "Т": 611, "У": 635, "Ф": 760,
    "Х": 667, "Ц": 740, "Ч": 667, "Ш": 917, "Щ": 938, "Ъ": 792, "Ы": 885, "Ь": 656, "Э": 719, "Ю": 1010, "Я": 722,
    "а": 556, "б": 573, "в": 531, "г": 365, "д": 583, "е": 556, "ё": 556, "ж": 669, "з": 458, "и": 559, "й": 559,
    "к": 438, "л": 583, "м": 688, "н": 552, "о": 556, "п": 542, "р": 556, "с": 500, "т": 458, "у": 500, "ф": 823,
    "х": 500, "ц": 573, "ч": 521, "ш": 802, "щ": 823, "ъ": 625, "ы": 719, "ь": 521, "э": 510, "ю": 750, "я": 542,
    "№": 1073, "ł": 222, "Ł": 556, "ß": 611, "ø": 611, "Ø": 778, "æ": 889, "€": 556, "–": 556, "—": 1000,
    "„": 333, "“": 333, "”": 333, "‚": 222, "‘": 222, "’": 222, "«": 556, "»": 556, "·": 278, "•": 350, "₽": 600,
    "µ": 556, "³": 333, "×": 584, "°": 400, "§": 556, "…": 1000,
}
_W.update(_EXTRA)

_ASCII_NAMES = ("space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft "
                "parenright asterisk plus comma hyphen period slash zero one two three four five six "
                "seven eight nine colon semicolon less equal greater question at A B C D E F G H I J K "
                "L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore "
                "grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright "
                "asciitilde").split()


def char_width(ch):
    if ch in _W:
        return _W[ch]
    import unicodedata
    base = unicodedata.normalize("NFD", ch)[0]
    if base in _W:
        return _W[base]
    if ch.isupper():
        return 690
    return 560


def text_width(s, size, bold=False):
    return sum(char_width(c) for c in s) * size / 1000.0 * (1.05 if bold else 1.0)


def _pdfstr(b):
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


class Page:
    def __init__(self, doc, width=595.28, height=841.89):
        self.doc, self.w, self.h = doc, width, height
        self.ops = []
        self.links = []

    def text(self, x, y, s, size=10, bold=False, color=None, align="left"):
        if align != "left":
            tw = text_width(s, size, bold)
            x = x - tw if align == "right" else x - tw / 2
        self.doc._register(s)
        col = b"%.3f %.3f %.3f rg " % color if color else b"0 g "
        self.ops.append(("T", col + b"BT /%s %.1f Tf %.2f %.2f Td " % (b"F2" if bold else b"F1", size, x, y), s))

    def para(self, x, y, text, size=10, width=480, leading=None, bold=False):
        """Word-wrapped paragraph; returns the y after the last line."""
        leading = leading or size * 1.35
        for raw in text.split("\n"):
            words = raw.split(" ")
            line = ""
            for w in words:
                cand = (line + " " + w) if line else w
                if text_width(cand, size, bold) > width and line:
                    self.text(x, y, line, size, bold)
                    y -= leading
                    line = w
                else:
                    line = cand
            self.text(x, y, line, size, bold)
            y -= leading
        return y

    def line(self, x0, y0, x1, y1, width=0.5, gray=0.0):
        self.ops.append(b"%.2f G %.2f w %.2f %.2f m %.2f %.2f l S" % (gray, width, x0, y0, x1, y1))

    def rect(self, x, y, w, h, fill=(0, 0, 0)):
        self.ops.append(b"%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f" % (fill + (x, y, w, h)))

    def box(self, x, y, w, h, width=0.5, gray=0.0):
        self.ops.append(b"%.2f G %.2f w %.2f %.2f %.2f %.2f re S" % (gray, width, x, y, w, h))

    def qr(self, x, y, payload, module=2.0, ecl="M"):
        """Draw QR with top-left corner at (x, y_top=y) ; returns side length."""
        m = qrmod.encode(payload, ecl)
        n = len(m)
        parts = [b"0 g"]
        for r in range(n):
            c = 0
            while c < n:
                if m[r][c]:
                    c0 = c
                    while c < n and m[r][c]:
                        c += 1
                    parts.append(b"%.2f %.2f %.2f %.2f re" % (x + c0 * module, y - (r + 1) * module,
                                                             (c - c0) * module, module))
                else:
                    c += 1
        parts.append(b"f")
        self.ops.append(b"q " + b"\n".join(parts) + b" Q")
        self.doc.qr_payloads.append(payload)
        return n * module

    def link(self, x, y, w, h, uri):
        self.links.append((x, y, w, h, uri))
        self.doc.uris.append(uri)


class Document:
    def __init__(self, title="", author="", producer="", creator="", created=None):
        self.pages = []
        self.info = dict(Title=title, Author=author, Producer=producer, Creator=creator)
        self.created = created  # 'D:20261014091200+02\'00\''
        self.chars = []
        self.qr_payloads = []
        self.uris = []
        self.alltext = []

    def page(self, **kw):
        p = Page(self, **kw)
        self.pages.append(p)
        return p

    def _register(self, s):
        self.alltext.append(s)
        for c in s:
            if c not in self.chars:
                self.chars.append(c)

    def _simple(self):
        try:
            "".join(self.chars).encode("cp1252")
            return True
        except UnicodeEncodeError:
            return False

    def render(self):
        simple = self._simple()
        if not simple:
            codes = {}
            nxt = 128
            for c in self.chars:
                if 32 <= ord(c) < 127:
                    codes[c] = ord(c)
                else:
                    codes[c] = nxt
                    nxt += 1
                    if nxt > 255:
                        raise ValueError("too many distinct characters for one PDF font")
        def enc(s):
            if simple:
                return s.encode("cp1252")
            return bytes(codes[c] for c in s)
        objs = []
        def add(body):
            objs.append(body)
            return len(objs)
        catalog = add(None)
        pages_id = add(None)
        if simple:
            f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        else:
            diffs = []
            for c, code in sorted(codes.items(), key=lambda kv: kv[1]):
                if code >= 128:
                    diffs.append(b"%d /uni%04X" % (code, ord(c)))
            widths = []
            inv = {v: k for k, v in codes.items()}
            for code in range(32, 256):
                ch = inv.get(code)
                widths.append(b"%d" % (char_width(ch) if ch else 500))
            # ToUnicode CMap
            lines = []
            for c, code in sorted(codes.items(), key=lambda kv: kv[1]):
                lines.append(b"<%02X> <%04X>" % (code, ord(c)))
            cmap = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    b"1 begincodespacerange\n<00> <FF>\nendcodespacerange\n")
            for i in range(0, len(lines), 100):
                chunk = lines[i:i + 100]
                cmap += b"%d beginbfchar\n" % len(chunk) + b"\n".join(chunk) + b"\nendbfchar\n"
            cmap += b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
            tu = add(self._stream(cmap))
            encd = add(b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [" +
                       b" ".join(diffs) + b"] >>")
            fds = []
            for name, flags, weight in ((b"Arial", 32, 400), (b"Arial,Bold", 32, 700)):
                fds.append(add(b"<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [-665 -325 2000 1040] "
                               b"/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV %d >>" %
                               (name, flags, 80 if weight == 400 else 120)))
            f1 = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /FirstChar 32 /LastChar 255 "
                     b"/Widths [" + b" ".join(widths) + b"] /Encoding %d 0 R /FontDescriptor %d 0 R "
                     b"/ToUnicode %d 0 R >>" % (encd, fds[0], tu))
            f2 = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial,Bold /FirstChar 32 /LastChar 255 "
                     b"/Widths [" + b" ".join(widths) + b"] /Encoding %d 0 R /FontDescriptor %d 0 R "
                     b"/ToUnicode %d 0 R >>" % (encd, fds[1], tu))
        page_ids = []
        for p in self.pages:
            content = []
            for op in p.ops:
                if isinstance(op, tuple):
                    op = op[1] + _pdfstr(enc(op[2])) + b" Tj ET"
                content.append(op)
            cid = add(self._stream(b"\n".join(content) + b"\n", compress=True))
            annots = []
            for (x, y, w, h, uri) in p.links:
                annots.append(add(b"<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] "
                                  b"/A << /S /URI /URI %s >> >>" % (x, y, x + w, y + h, _pdfstr(uri.encode("ascii")))))
            pid = add(None)
            body = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << /F1 %d 0 R "
                    b"/F2 %d 0 R >> /ProcSet [/PDF /Text] >> /Contents %d 0 R" % (pages_id, p.w, p.h, f1, f2, cid))
            if annots:
                body += b" /Annots [" + b" ".join(b"%d 0 R" % a for a in annots) + b"]"
            objs[pid - 1] = body + b" >>"
            page_ids.append(pid)
        objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
        objs[pages_id - 1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids) + \
            b"] /Count %d >>" % len(page_ids)
        info_items = []
        for k in ("Title", "Author", "Creator", "Producer"):
            v = self.info.get(k)
            if v:
                info_items.append(b"/%s %s" % (k.encode(), _pdfstring_unicode(v)))
        if self.created:
            info_items.append(b"/CreationDate (%s) /ModDate (%s)" % (self.created.encode(), self.created.encode()))
        info = add(b"<< " + b" ".join(info_items) + b" >>")
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        import hashlib
        fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(objs) + 1, catalog, info, fid, fid, xref))
        return bytes(out)

    @staticmethod
    def _stream(data, compress=True):
        if compress:
            data = zlib.compress(data, 6)
            return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _pdfstring_unicode(s):
    try:
        return _pdfstr(s.encode("latin-1"))
    except UnicodeEncodeError:
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


# ------------------------------------------------------------- verification
def check(data):
    """Structural check of PDFs written above: header, xref offsets, streams
    inflate.  Returns dict(qr=[matrices...], text=[...], uris=[...])."""
    if not data.startswith(b"%PDF-"):
        raise ValueError("no PDF header")
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    if not m:
        raise ValueError("no startxref")
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        raise ValueError("startxref does not point at xref")
    hdr = re.match(rb"xref\n0 (\d+)\n", data[xref:])
    n = int(hdr.group(1))
    pos = xref + hdr.end()
    for i in range(n):
        ent = data[pos + 20 * i:pos + 20 * i + 20]
        if i == 0:
            continue
        off = int(ent[:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            raise ValueError("xref entry %d wrong" % i)
    res = dict(qr=[], uris=[], streams=0)
    for sm in re.finditer(rb"<< /Length (\d+) /Filter /FlateDecode >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        if data[sm.end() + ln:sm.end() + ln + 10] != b"\nendstream":
            raise ValueError("stream length mismatch")
        dec = zlib.decompress(raw)
        res["streams"] += 1
        for q in re.finditer(rb"q 0 g\n(.*?)\nf Q", dec, re.S):
            rects = re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re", q.group(1))
            res["qr"].append(_rects_to_matrix([tuple(float(v) for v in r) for r in rects]))
    for um in re.finditer(rb"/URI \((.*?)\) >>", data):
        res["uris"].append(um.group(1).decode("ascii"))
    return res


def _rects_to_matrix(rects):
    module = min(r[3] for r in rects)
    x0 = min(r[0] for r in rects)
    ytop = max(r[1] + r[3] for r in rects)
    xmax = max(r[0] + r[2] for r in rects)
    n = int(round((xmax - x0) / module))
    m = [[False] * n for _ in range(n)]
    for (x, y, w, h) in rects:
        row = int(round((ytop - (y + h)) / module))
        c0 = int(round((x - x0) / module))
        for c in range(c0, c0 + int(round(w / module))):
            m[row][c] = True
    return m
