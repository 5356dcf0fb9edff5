"""Tiny text-only PDF writer (standard Helvetica fonts, WinAnsiEncoding).
Characters outside windows-1252 are transliterated (Polish, Greek, Cyrillic)."""
import zlib

_GREEK = dict(zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώΆΈΉΊΌΎΏϊϋΐΰ",
                  ["A", "V", "G", "D", "E", "Z", "I", "Th", "I", "K", "L", "M", "N", "X", "O", "P", "R", "S",
                   "T", "Y", "F", "Ch", "Ps", "O", "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m",
                   "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o",
                   "y", "o", "A", "E", "I", "I", "O", "Y", "O", "i", "y", "i", "y"]))
_CYR = dict(zip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["A", "B", "V", "G", "D", "E", "E", "Zh", "Z", "I", "Y", "K", "L", "M", "N", "O", "P", "R", "S",
                 "T", "U", "F", "Kh", "Ts", "Ch", "Sh", "Shch", "", "Y", "", "E", "Yu", "Ya",
                 "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                 "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_PL = dict(zip("ąćęłńśźżĄĆĘŁŃŚŹŻ", "acelnszzACELNSZZ"))
_MISC = {"№": "No.", "«": '"', "»": '"', "₽": "руб.", "\u2009": " ", "\u202f": " ", "²": "2"}


def to_winansi(s, cp="cp1252"):
    out = []
    for c in s:
        try:
            c.encode(cp)
            out.append(c)
        except UnicodeEncodeError:
            for table in (_MISC, _GREEK, _CYR, _PL):
                if c in table:
                    out.append(table[c])
                    break
            else:
                out.append("?")
    return "".join(out).encode(cp)


CODEPAGES = ("cp1252", "cp1250", "cp1253", "cp1251")


def pick_cp(texts):
    joined = set("".join(texts)) - set(_MISC)
    best = None
    for cp in CODEPAGES:
        bad = 0
        for c in joined:
            try:
                c.encode(cp)
            except UnicodeEncodeError:
                bad += 1
        if best is None or bad < best[0]:
            best = (bad, cp)
    return best[1]


def _tounicode(cp):
    entries = []
    for b in range(32, 256):
        try:
            ch = bytes([b]).decode(cp)
        except UnicodeDecodeError:
            continue
        entries.append("<%02X> <%04X>" % (b, ord(ch)))
    body = ""
    for i in range(0, len(entries), 100):
        chunk = entries[i:i + 100]
        body += "%d beginbfchar\n%s\nendbfchar\n" % (len(chunk), "\n".join(chunk))
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n"
            + body + "endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n").encode()


def _differences(cp):
    names = []
    for b in range(128, 256):
        try:
            ch = bytes([b]).decode(cp)
            names.append("/uni%04X" % ord(ch))
        except UnicodeDecodeError:
            names.append("/.notdef")
    return ("[128 " + " ".join(names) + "]").encode()


def _lit(b):
    out = bytearray(b"(")
    for x in b:
        if x in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([x])
        elif x < 32 or x > 126:
            out += b"\\%03o" % x
        else:
            out.append(x)
    return bytes(out + b")")


def _info(s):
    """Info strings: PDFDocEncoding if possible, else UTF-16BE with BOM."""
    try:
        return _lit(s.encode("latin-1"))
    except UnicodeEncodeError:
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def make_pdf(pages, title="", author="", producer="", creator="", created="D:20261015093000+02'00'"):
    """pages: list of lists of (x, y, size, bold, text)."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cp = pick_cp([t[4] for pg in pages for t in pg] + [title, author])
    if cp == "cp1252":
        f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    else:
        tu = zlib.compress(_tounicode(cp))
        tuid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(tu) + tu + b"\nendstream")
        enc = add(b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences " + _differences(cp) + b" >>")
        widths = b"[" + b" ".join([b"556"] * 224) + b"]"
        fids = []
        for name, flags, stem in ((b"Arial", 32, 80), (b"Arial,Bold", 262176, 136)):
            fd = add(b"<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [-665 -325 2000 1006] "
                     b"/ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV %d >>" % (name, flags, stem))
            fids.append(add(b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 255 /Widths %s "
                            b"/FontDescriptor %d 0 R /Encoding %d 0 R /ToUnicode %d 0 R >>" % (name, widths, fd, enc, tuid)))
        f1, f2 = fids
    pages_id = len(objs) + 1
    objs.append(None)  # placeholder for Pages
    kids = []
    for pg in pages:
        cs = bytearray()
        for (x, y, size, bold, text) in pg:
            if text == "--rule--":
                cs += b"0.6 w %d %d m %d %d l S\n" % (x, y, 555, y)
                continue
            cs += b"BT /%s %d Tf %d %d Td %s Tj ET\n" % (b"F2" if bold else b"F1", size, x, y, _lit(to_winansi(text, cp)))
        data = zlib.compress(bytes(cs))
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                  b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, cid, f1, f2))
        kids.append(pid)
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title %s /Author %s /Producer %s /Creator %s /CreationDate (%s) >>" % (
        _info(title), _info(author), _info(producer), _info(creator), created.encode()))
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
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


def text_doc(lines, **meta):
    """lines: list of str or (str, size, bold).  Simple top-down layout, A4."""
    pages, cur, y = [], [], 800
    for ln in lines:
        if isinstance(ln, str):
            ln = (ln, 10, False)
        text, size, bold = ln
        step = size + 5
        if y - step < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= step
        if text == "---":
            cur.append((40, y + step // 2, 0, False, "--rule--"))
        elif text:
            cur.append((40, y, size, bold, text))
    pages.append(cur)
    return make_pdf(pages, **meta)
