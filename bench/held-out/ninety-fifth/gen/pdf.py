"""Tiny text-only PDF writer (core Helvetica, WinAnsiEncoding).
Characters outside cp1252 are transliterated, as many simple
ERP/PDF printers do with core fonts."""

import unicodedata
import zlib

_TRANS = {"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ß": "ss"}
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
                   "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o",
                   "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]))
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m",
                 "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch",
                 "", "y", "", "e", "yu", "ya"]))


def translit(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        low = ch.lower()
        rep = _TRANS.get(ch) or _GREEK.get(low) or _CYR.get(low)
        if rep is None:
            rep = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
        if ch != low and rep:
            rep = rep[0].upper() + rep[1:]
        out.append(rep)
    return "".join(out)


def _esc(s):
    b = translit(s).encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, title="", author="", producer="", creator="",
             created="D:20261012091500+02'00'", font_size=10, compress=True):
    """lines: list of str; a line starting with '# ' is set bold and larger.
    '---' draws a rule. Page breaks automatically."""
    pages = []
    cur = []
    y = 800
    for ln in lines:
        need = 18 if ln.startswith("# ") else 13
        if y - need < 50:
            pages.append(cur)
            cur = []
            y = 800
        cur.append((y, ln))
        y -= need
    pages.append(cur)

    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        ops = [b"0.2 w"]
        for y, ln in pg:
            if ln == "---":
                ops.append(b"50 %d m 545 %d l S" % (y + 8, y + 8))
                continue
            if ln.startswith("# "):
                ops.append(b"BT /F2 %d Tf 50 %d Td (%s) Tj ET" % (font_size + 4, y, _esc(ln[2:])))
            else:
                ops.append(b"BT /F1 %d Tf 50 %d Td (%s) Tj ET" % (font_size, y, _esc(ln)))
        data = b"\n".join(ops)
        if compress:
            z = zlib.compress(data)
            cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        else:
            cs = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, f1, f2, cs))
        kids.append(p)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))

    def pstr(s):
        return b"(" + _esc(s) + b")"
    info = add(b"<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) >>" % (
        pstr(title), pstr(author), pstr(creator), pstr(producer), created.encode()))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, xref)
    return bytes(out)
