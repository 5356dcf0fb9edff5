"""Minimal text-only PDF writer (no images, no scripts, no actions).

Non-ASCII characters are mapped into a custom single-byte encoding on top of
WinAnsi (Differences array with glyph names) and a ToUnicode CMap is included
so text extraction returns the correct Unicode text."""
import unicodedata

_LATIN_NAMES = {
    "ä": "adieresis", "ö": "odieresis", "ü": "udieresis", "Ä": "Adieresis",
    "Ö": "Odieresis", "Ü": "Udieresis", "ß": "germandbls", "é": "eacute",
    "è": "egrave", "à": "agrave", "ò": "ograve", "ì": "igrave", "ù": "ugrave",
    "á": "aacute", "í": "iacute", "ó": "oacute", "ú": "uacute", "ñ": "ntilde",
    "Ñ": "Ntilde", "ç": "ccedilla", "É": "Eacute", "È": "Egrave", "Á": "Aacute",
    "Ó": "Oacute", "Í": "Iacute", "Ú": "Uacute", "€": "Euro", "§": "section",
    "°": "degree", "–": "endash", "—": "emdash", "„": "quotedblbase",
    "“": "quotedblleft", "”": "quotedblright", "‘": "quoteleft", "’": "quoteright",
    "«": "guillemotleft", "»": "guillemotright", "·": "periodcentered",
    "ą": "aogonek", "ć": "cacute", "ę": "eogonek", "ł": "lslash", "ń": "nacute",
    "ś": "sacute", "ź": "zacute", "ż": "zdotaccent", "Ą": "Aogonek", "Ć": "Cacute",
    "Ę": "Eogonek", "Ł": "Lslash", "Ń": "Nacute", "Ś": "Sacute", "Ź": "Zacute",
    "Ż": "Zdotaccent", "£": "sterling", "²": "twosuperior", "×": "multiply",
    "•": "bullet", "…": "ellipsis", "¿": "questiondown", "¡": "exclamdown",
    "ª": "ordfeminine", "º": "ordmasculine", "ê": "ecircumflex", "â": "acircumflex",
}

_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def _width(ch):
    o = ord(ch)
    if 32 <= o < 127:
        return _HELV[o - 32]
    base = unicodedata.normalize("NFD", ch)[0]
    if 32 <= ord(base) < 127:
        return _HELV[ord(base) - 32]
    return {"€": 556, "–": 556, "—": 1000, "„": 333, "“": 333, "”": 333, "’": 222,
            "«": 556, "»": 556, "ł": 222, "Ł": 556, "ß": 611, "•": 350}.get(ch, 600)


class PDF:
    def __init__(self, title="", author="", producer="", creator="",
                 created="20261001090000+02'00'"):
        self.pages = []
        self.info = dict(Title=title, Author=author, Producer=producer,
                         Creator=creator, CreationDate="D:" + created,
                         ModDate="D:" + created)
        self.codes = {}
        self._cur = None
        self.y = 0

    def page(self):
        self._cur = []
        self.pages.append(self._cur)
        self.y = 790
        return self

    def text(self, x, y, s, size=10, bold=False):
        self._cur.append((x, y, s, size, bold))
        return self

    def line(self, s="", size=10, bold=False, x=56, gap=None):
        if self._cur is None or self.y < 60:
            self.page()
        self.text(x, self.y, s, size, bold)
        self.y -= gap if gap is not None else size * 1.45
        return self

    def para(self, s, size=10, width=95, bold=False, x=56):
        import textwrap
        for chunk in s.split("\n"):
            lines = textwrap.wrap(chunk, width) or [""]
            for ln in lines:
                self.line(ln, size, bold, x)
        return self

    def rule(self):
        self._cur.append(("rule", self.y + 4))
        self.y -= 6
        return self

    def _enc(self, s):
        out = bytearray()
        for ch in s:
            o = ord(ch)
            if 32 <= o < 127:
                out.append(o)
            else:
                if ch not in self.codes:
                    code = 128 + len(self.codes)
                    if code > 255:
                        raise ValueError("too many distinct non-ASCII characters")
                    self.codes[ch] = code
                out.append(self.codes[ch])
        return "<" + out.hex().upper() + ">"

    @staticmethod
    def _pdfstr(s):
        # UTF-16BE text string for the Info dictionary
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"

    def render(self):
        streams = []
        for pg in self.pages:
            ops = []
            for item in pg:
                if item[0] == "rule":
                    ops.append("0.5 w 56 %.1f m 539 %.1f l S" % (item[1], item[1]))
                    continue
                x, y, s, size, bold = item
                ops.append("BT /%s %g Tf %g %g Td %s Tj ET" % (
                    "F2" if bold else "F1", size, x, y, self._enc(s)))
            streams.append("\n".join(ops).encode("latin-1"))
        objs = {}
        n_pages = len(self.pages)
        # object numbers: 1 catalog, 2 pages, 3 F1, 4 F2, 5 encoding, 6 tounicode, 7 info,
        # then page/content pairs
        diffs = " ".join("%d /%s" % (code, _LATIN_NAMES.get(ch, "uni%04X" % ord(ch)))
                         for ch, code in sorted(self.codes.items(), key=lambda kv: kv[1]))
        objs[5] = ("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>"
                   % diffs).encode()
        bf = ["<%02X> <%04X>" % (c, c) for c in range(32, 127)]
        bf += ["<%02X> <%04X>" % (code, ord(ch)) for ch, code in self.codes.items()]
        cmap_lines = []
        for i in range(0, len(bf), 100):
            chunk = bf[i:i + 100]
            cmap_lines.append("%d beginbfchar\n%s\nendbfchar" % (len(chunk), "\n".join(chunk)))
        cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n%s\n"
                "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
                % "\n".join(cmap_lines)).encode()
        objs[6] = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
        for num, base in ((3, "Helvetica"), (4, "Helvetica-Bold")):
            wl = [0] * 224
            for o in range(32, 127):
                wl[o - 32] = _HELV[o - 32]
            for ch, code in self.codes.items():
                wl[code - 32] = _width(ch)
            objs[num] = ("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding 5 0 R "
                         "/FirstChar 32 /LastChar 255 /Widths [%s] /ToUnicode 6 0 R >>"
                         % (base, " ".join(map(str, wl)))).encode()
        kids = []
        for k, st in enumerate(streams):
            pnum = 8 + 2 * k
            kids.append("%d 0 R" % pnum)
            objs[pnum] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                          "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                          "/Contents %d 0 R >>" % (pnum + 1)).encode()
            objs[pnum + 1] = b"<< /Length %d >>\nstream\n" % len(st) + st + b"\nendstream"
        objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
        objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), n_pages)).encode()
        objs[7] = ("<< %s >>" % " ".join("/%s %s" % (k, self._pdfstr(v) if k not in (
            "CreationDate", "ModDate") else "(%s)" % v) for k, v in self.info.items() if v)).encode()
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = {}
        for num in sorted(objs):
            offsets[num] = len(out)
            out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
        xref = len(out)
        maxn = max(objs)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (maxn + 1)
        for num in range(1, maxn + 1):
            out += b"%010d 00000 n \n" % offsets[num]
        out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            maxn + 1, xref)
        return bytes(out)
