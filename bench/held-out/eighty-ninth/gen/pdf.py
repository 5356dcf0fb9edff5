"""Minimal text-only PDF writer (standard 14 fonts, WinAnsiEncoding)."""
import unicodedata

_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r",
                   "s", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]))
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                 "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_EXTRA = {"ł": "l", "Ł": "L", "№": "No.", "«": '"', "»": '"', "—": "-", "–": "-", "\u2011": "-"}


def translit(s):
    out = []
    for ch in s:
        if ch in _EXTRA:
            out.append(_EXTRA[ch])
            continue
        lo = ch.lower()
        if lo in _GREEK or lo in _CYR:
            t = _GREEK.get(lo, _CYR.get(lo))
            out.append(t.capitalize() if ch != lo else t)
            continue
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in d if ord(c) < 128) or "?")
    return "".join(out)


def _esc(s):
    b = translit(s).encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, title="", author="", producer="", creator="",
             created="D:20261103091200+01'00'", page_lines=52):
    """lines: list of str or (size, bold, str). Returns PDF bytes."""
    norm = []
    for ln in lines:
        if isinstance(ln, str):
            norm.append((10, False, ln))
        else:
            norm.append(ln)
    pages = [norm[i:i + page_lines] for i in range(0, len(norm), page_lines)] or [[]]
    objs = []  # index 0 -> obj 1

    def add(body):
        objs.append(body)
        return len(objs)

    catalog = add(None)
    pages_obj = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        y = 800
        parts = [b"BT"]
        for size, bold, text in pg:
            y -= int(size * 1.45)
            parts.append(b"/%s %d Tf 1 0 0 1 56 %d Tm (%s) Tj" % (b"F2" if bold else b"F1", size, y, _esc(text)))
        parts.append(b"ET")
        stream = b"\n".join(parts)
        cont = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (pages_obj, f1, f2, cont))
        kids.append(page)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objs[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))

    def lit(s):
        return b"(" + _esc(s) + b")"
    info = add(b"<< /Title %s /Author %s /Producer %s /Creator %s /CreationDate (%s) >>" % (
        lit(title), lit(author), lit(producer), lit(creator), created.encode()))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, info, xref)
    return bytes(out)
