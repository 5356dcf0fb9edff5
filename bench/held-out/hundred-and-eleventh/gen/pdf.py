"""Tiny text-only PDF writer (standard Helvetica, custom encoding + ToUnicode).

No JavaScript, no actions, no embedded files: text and lines only.
"""
import zlib

AGL = {  # glyph names for a few non-WinAnsi Latin letters
    "ą": "aogonek", "ć": "cacute", "ę": "eogonek", "ł": "lslash", "ń": "nacute",
    "ś": "sacute", "ź": "zacute", "ż": "zdotaccent", "Ą": "Aogonek", "Ć": "Cacute",
    "Ę": "Eogonek", "Ł": "Lslash", "Ń": "Nacute", "Ś": "Sacute", "Ź": "Zacute",
    "Ż": "Zdotaccent",
}


class _Enc:
    def __init__(self, text):
        self.map = {}
        self.diffs = {}
        used = set()
        others = []
        for ch in sorted(set(text)):
            o = ord(ch)
            if 0x20 <= o <= 0x7E:
                continue
            try:
                b = ch.encode("cp1252")
                self.map[ch] = b[0]
                used.add(b[0])
            except UnicodeEncodeError:
                others.append(ch)
        free = [c for c in range(0x80, 0x100) if c not in used]
        for ch in others:
            if not free:
                raise ValueError("too many distinct non-Latin characters for one PDF")
            code = free.pop(0)
            self.map[ch] = code
            self.diffs[code] = AGL.get(ch, "uni%04X" % ord(ch))

    def encode(self, s):
        out = []
        for ch in s:
            o = ord(ch)
            if ch in "()\\":
                out.append("\\" + ch)
            elif 0x20 <= o <= 0x7E:
                out.append(ch)
            else:
                out.append("\\%03o" % self.map[ch])
        return "".join(out)

    def tounicode(self):
        rows = []
        for ch, code in sorted(self.map.items(), key=lambda kv: kv[1]):
            rows.append("<%02X> <%04X>" % (code, ord(ch)))
        for c in range(0x20, 0x7F):
            rows.append("<%02X> <%04X>" % (c, c))
        body = []
        for i in range(0, len(rows), 100):
            chunk = rows[i:i + 100]
            body.append("%d beginbfchar\n%s\nendbfchar" % (len(chunk), "\n".join(chunk)))
        return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
                + "\n".join(body) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")


_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def _widths(enc):
    w = list(_HELV) + [556] * (256 - 127)
    for ch, code in enc.map.items():
        if ch in "ιίϊΐΙΊΪіІїЇ":
            w[code - 32] = 278
        elif ch.isupper():
            w[code - 32] = 722 if ch in "ΩΜШЩЖЮМ" else 667
        elif ch.isalpha():
            w[code - 32] = 833 if ch in "шщжюмω" else 556
        elif ch in "„“”‘’«»":
            w[code - 32] = 333
        elif ch in "–":
            w[code - 32] = 556
        elif ch == "—":
            w[code - 32] = 1000
        else:
            w[code - 32] = 556
    return "/FirstChar 32 /LastChar 255 /Widths [" + " ".join(map(str, w)) + "]"


def _pdfstr_info(s):
    # Info strings: PDFDocEncoding for Latin-1, otherwise UTF-16BE with BOM
    try:
        b = s.encode("latin-1")
        return "(" + "".join("\\%03o" % c if c > 126 or chr(c) in "()\\" else chr(c) for c in b) + ")"
    except UnicodeEncodeError:
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def make_pdf(lines, title="", author="", creator="Microsoft Word",
             producer="Microsoft: Print To PDF", date="D:20261014091200+02'00'",
             rules=()):
    """lines: list of (text, size, bold) or plain strings; blank string = gap.
    rules: y positions of horizontal lines.
    """
    norm = []
    for ln in lines:
        if isinstance(ln, str):
            norm.append((ln, 10, False))
        else:
            t, s, *rest = ln
            norm.append((t, s, bool(rest and rest[0])))
    enc = _Enc("".join(t for t, _, _ in norm))
    ops = []
    y = 800
    for text, size, bold in norm:
        if text:
            ops.append("BT /%s %d Tf 56 %d Td (%s) Tj ET" % ("F2" if bold else "F1", size, y, enc.encode(text)))
        y -= int(size * 1.45) if text else 8
        if y < 40:
            break
    for ry in rules:
        ops.append("0.5 w 56 %d m 539 %d l S" % (ry, ry))
    content = zlib.compress("\n".join(ops).encode("latin-1"), 9)
    diffs = ""
    if enc.diffs:
        diffs = "/Differences [" + " ".join("%d /%s" % (c, n) for c, n in sorted(enc.diffs.items())) + "]"
    tu = zlib.compress(enc.tounicode().encode("ascii"), 9)
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 7 0 R /ToUnicode 9 0 R %s >>" % _widths(enc),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 7 0 R /ToUnicode 9 0 R %s >>" % _widths(enc),
        None,
        "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding %s >>" % diffs,
        "<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>" % (
            _pdfstr_info(title), _pdfstr_info(author), _pdfstr_info(creator), _pdfstr_info(producer), date, date),
        None,
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        if i == 6:
            out += b"6 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream\nendobj\n"
        elif i == 9:
            out += b"9 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(tu) + tu + b"\nendstream\nendobj\n"
        else:
            out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 8 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    p = make_pdf([("Faktura VAT nr FV/2026/11/0871", 14, True), "Zażółć gęślą jaźń – 1 234,56 zł",
                  "Ελληνικά: Τιμολόγιο παροχής υπηρεσιών", "Счёт на оплату № 4471", "Größe: 5 € (test)"],
                 title="Test Ł", author="x")
    open("bench/held-out/hundred-and-eleventh/t.pdf", "wb").write(p)
