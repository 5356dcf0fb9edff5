"""Tiny text-only PDF writer (stdlib only).

Produces valid PDF 1.7 files with the standard Helvetica/Courier fonts.
Characters outside ASCII are given single-byte codes 128..255 through an
/Encoding /Differences array with Adobe glyph names plus a /ToUnicode CMap,
so Latin diacritics, Greek and Cyrillic text extract correctly.
Optionally places a greyscale image (used for QR codes).
"""
import struct
import unicodedata
import zlib

_SPECIAL = {
    "\u00df": "germandbls", "\u20ac": "Euro", "\u2013": "endash", "\u2014": "emdash",
    "\u201e": "quotedblbase", "\u201c": "quotedblleft", "\u201d": "quotedblright",
    "\u2018": "quoteleft", "\u2019": "quoteright", "\u00ab": "guillemotleft",
    "\u00bb": "guillemotright", "\u00b0": "degree", "\u00b7": "periodcentered",
    "\u00a7": "section", "\u00d7": "multiply", "\u00a0": "space", "\u2022": "bullet",
    "\u0142": "lslash", "\u0141": "Lslash", "\u00f8": "oslash", "\u00d8": "Oslash",
    "\u00b2": "twosuperior", "\u00b3": "threesuperior", "\u00aa": "ordfeminine",
    "\u00ba": "ordmasculine", "\u00a3": "sterling", "\u2026": "ellipsis",
    "\u00e6": "ae", "\u00c6": "AE", "\u00bf": "questiondown", "\u00a1": "exclamdown",
}
_ACC = {"ACUTE": "acute", "GRAVE": "grave", "DIAERESIS": "dieresis",
        "CIRCUMFLEX": "circumflex", "TILDE": "tilde", "OGONEK": "ogonek",
        "CEDILLA": "cedilla", "CARON": "caron", "DOT ABOVE": "dotaccent",
        "RING ABOVE": "ring", "STROKE": "slash"}


def glyph_name(ch):
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    name = unicodedata.name(ch, "")
    for kind in ("SMALL", "CAPITAL"):
        pre = "LATIN %s LETTER " % kind
        if name.startswith(pre) and " WITH " in name:
            base, acc = name[len(pre):].split(" WITH ", 1)
            if len(base) == 1 and acc in _ACC:
                return (base.lower() if kind == "SMALL" else base) + _ACC[acc]
    return "uni%04X" % ord(ch)


def _pdf_str(bs):
    out = []
    for b in bs:
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def _wrap(text, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


STYLES = {
    "title": ("F2", 15, 21, 62),
    "h": ("F2", 11, 15, 84),
    "p": ("F1", 10, 13.5, 96),
    "b": ("F2", 10, 13.5, 90),
    "small": ("F1", 8, 10.5, 120),
    "mono": ("F3", 9, 11.5, 200),
}


_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def _widths(font, charmap):
    inv = {v: k for k, v in charmap.items()}
    out = []
    for code in range(32, 256):
        if font == "F3":
            out.append(600)
        elif code <= 126:
            w = _HELV[code - 32]
            out.append(w + (40 if font == "F2" and w > 300 else 0))
        else:
            ch = inv.get(code, "a")
            out.append(667 if ch.isupper() else 556)
    return "/FirstChar 32 /LastChar 255 /Widths [%s]" % " ".join(map(str, out))


def make_pdf(blocks, meta=None, compress=True):
    """blocks: list of (style, text) | ("gap", pts) | ("img", matrix, size_pt)."""
    meta = meta or {}
    charmap = {}
    for blk in blocks:
        if blk[0] in STYLES:
            for ch in blk[1]:
                if ord(ch) > 126 and ch not in charmap:
                    charmap[ch] = 128 + len(charmap)
    if len(charmap) > 128:
        raise ValueError("too many distinct non-ASCII characters for one PDF font")

    def enc(s):
        return bytes(charmap[c] if ord(c) > 126 else ord(c) for c in s)

    pages, cur, images = [], [], []
    y = 790.0
    for blk in blocks:
        style = blk[0]
        if style == "gap":
            y -= blk[1]
            continue
        if style in ("img", "png"):
            mat, size = blk[1], blk[2]
            if y - size < 60:
                pages.append(cur)
                cur, y = [], 790.0
            images.append((style, mat))
            cur.append("q %.1f 0 0 %.1f 56 %.1f cm /Im%d Do Q" % (size, size, y - size, len(images)))
            y -= size + 8
            continue
        font, fs, lh, width = STYLES[style]
        for para in blk[1].split("\n"):
            lines = [para] if style == "mono" else _wrap(para, width)
            for line in lines:
                if y < 60:
                    pages.append(cur)
                    cur, y = [], 790.0
                y -= lh
                if line.strip():
                    cur.append("BT /%s %d Tf 56 %.1f Td %s Tj ET" % (font, fs, y, _pdf_str(enc(line))))
    pages.append(cur)

    objs = []  # list of bytes bodies; object number = index + 1

    def add(body):
        objs.append(body)
        return len(objs)

    def stream(dict_extra, data):
        if compress:
            data = zlib.compress(data, 6)
            dict_extra += " /Filter /FlateDecode"
        return b"<< /Length %d%s >>\nstream\n" % (len(data), dict_extra.encode()) + data + b"\nendstream"

    cat = add(b"")
    pages_obj = add(b"")
    diffs = " ".join("/" + glyph_name(ch) for ch, _ in sorted(charmap.items(), key=lambda kv: kv[1]))
    enc_obj = add(("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 %s] >>" % diffs).encode())
    cm = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
          "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
          "1 begincodespacerange", "<00> <FF>", "endcodespacerange",
          "1 beginbfrange", "<20> <7E> <0020>", "endbfrange"]
    items = sorted(charmap.items(), key=lambda kv: kv[1])
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        cm.append("%d beginbfchar" % len(chunk))
        for ch, code in chunk:
            cm.append("<%02X> <%04X>" % (code, ord(ch)))
        cm.append("endbfchar")
    cm += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    tou = add(stream("", "\n".join(cm).encode()))
    fonts = {}
    for key, base in (("F1", "Helvetica"), ("F2", "Helvetica-Bold"), ("F3", "Courier")):
        fonts[key] = add(("<< /Type /Font /Subtype /Type1 /BaseFont /%s %s /Encoding %d 0 R /ToUnicode %d 0 R >>"
                          % (base, _widths(key, charmap), enc_obj, tou)).encode())
    img_objs = []
    for kind, mat in images:
        if kind == "png":
            # embed a greyscale PNG as-is: its IDAT stream is zlib data with PNG
            # row filters, which PDF decodes with /Predictor 15
            w, h = struct.unpack(">II", mat[16:24])
            assert mat[24:26] == b"\x08\x00", "only 8-bit greyscale PNG supported"
            pos, idat = 8, b""
            while pos < len(mat):
                n = struct.unpack(">I", mat[pos:pos + 4])[0]
                if mat[pos + 4:pos + 8] == b"IDAT":
                    idat += mat[pos + 8:pos + 8 + n]
                pos += 12 + n
            img_objs.append(add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
                                b"/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns %d >> /Length %d >>\nstream\n"
                                % (w, h, w, len(idat)) + idat + b"\nendstream"))
            continue
        h, w = len(mat), len(mat[0])
        raw = b"".join(bytes(r) for r in mat)
        img_objs.append(add(stream(" /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Interpolate false" % (w, h), raw)))
    font_res = " ".join("/%s %d 0 R" % (k, v) for k, v in fonts.items())
    xobj_res = " ".join("/Im%d %d 0 R" % (i + 1, o) for i, o in enumerate(img_objs))
    page_ids = []
    for content in pages:
        c = add(stream("", ("\n".join(content) + "\n").encode()))
        res = "<< /Font << %s >>%s >>" % (font_res, (" /XObject << %s >>" % xobj_res) if img_objs else "")
        page_ids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s /Contents %d 0 R >>"
                             % (pages_obj, res, c)).encode()))
    objs[cat - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_obj).encode()
    objs[pages_obj - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                           % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()

    def info_str(s):
        if all(ord(c) < 127 for c in s):
            return _pdf_str(s.encode())
        return "<FEFF%s>" % s.encode("utf-16-be").hex().upper()
    info = add(("<< %s >>" % " ".join("/%s %s" % (k, info_str(v)) for k, v in meta.items())).encode())

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, xref))
    return bytes(out)
