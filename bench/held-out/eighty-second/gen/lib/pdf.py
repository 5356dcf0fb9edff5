"""Text-only PDF writer (PDF 1.4, Helvetica, no scripts, no embedded files).

Non-WinAnsi characters (Polish, Greek, Cyrillic) are mapped into free
single-byte codes via an /Encoding /Differences array with uniXXXX glyph
names and a /ToUnicode CMap, so text extraction is exact."""
import hashlib
import unicodedata
import zlib

from . import timez

_WINANSI_EXTRA = {  # cp1252 0x80-0x9F
    0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
    0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
    0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
    0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
    0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
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
    if ch in "\u2013\u2014\u201e\u201c\u201d\u2018\u2019\u00ab\u00bb":
        return 556 if ch != "\u2014" else 1000
    if ch == "\u20ac":
        return 556
    if ch == "\u2116":
        return 1000
    return 667 if ch.isupper() else 556


class _Enc(object):
    def __init__(self, text):
        self.map = {}
        used = set()
        chars = sorted(set(text))
        for ch in chars:
            o = ord(ch)
            if 32 <= o < 127:
                self.map[ch] = o
            elif 0xA0 <= o <= 0xFF:
                self.map[ch] = o
                used.add(o)
            elif o in _WINANSI_EXTRA:
                self.map[ch] = _WINANSI_EXTRA[o]
                used.add(_WINANSI_EXTRA[o])
        free = [c for c in list(range(0xC0, 0x100)) + list(range(0xA1, 0xC0)) + list(range(0x80, 0xA0))
                if c not in used]
        self.diff = []
        for ch in chars:
            if ch in self.map or ch in "\n\r":
                continue
            code = free.pop(0)
            self.map[ch] = code
            self.diff.append((code, "uni%04X" % ord(ch)))

    def widths(self):
        inv = dict((code, ch) for ch, code in self.map.items())
        return [(_width(inv[c]) if c in inv else 0) for c in range(32, 256)]

    def encode(self, s):
        return bytes(self.map[c] for c in s)

    def encoding_obj(self):
        d = "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding"
        if self.diff:
            d += " /Differences [" + " ".join("%d /%s" % (c, n) for c, n in sorted(self.diff)) + "]"
        return d + " >>"

    def tounicode(self):
        inv = {}
        for ch, code in self.map.items():
            inv[code] = ch
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                 "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                 "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
        items = sorted(inv.items())
        for k in range(0, len(items), 100):
            chunk = items[k:k + 100]
            lines.append("%d beginbfchar" % len(chunk))
            for code, ch in chunk:
                lines.append("<%02X> <%04X>" % (code, ord(ch)))
            lines.append("endbfchar")
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines).encode("ascii")


def _pdfstr(b):
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += ("\\%03o" % c).encode()
        else:
            out.append(c)
    return bytes(out + b")")


def _info_str(s):
    try:
        s.encode("ascii")
        return _pdfstr(s.encode("ascii"))
    except UnicodeEncodeError:
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


# ---------------------------------------------------------------- layout
def _wrap(s, width):
    if len(s) <= width:
        return [s]
    out, cur = [], ""
    for w in s.split(" "):
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def document(lines, title="", author="", producer="", creator="", when=None,
             zone="CET", wrap=95):
    """lines: list of items:
        "text"                     normal paragraph line (wrapped)
        ("h", "text")             heading (bold 14)
        ("b", "text")             bold line
        ("s", "text")             small line (8pt)
        ("row", [(x_mm, "text"), ...], bold?)   table row
        ("hr",)                   horizontal rule
        ("sp", n)                 n points vertical space
        ("r", "text")             right-aligned-ish (indented) line
    """
    W, H = 595, 842
    left, top, bottom = 56, 790, 60
    allt = []
    for it in lines:
        if isinstance(it, str):
            allt.append(it)
        elif it[0] in ("h", "b", "s", "r"):
            allt.append(it[1])
        elif it[0] == "row":
            allt += [c[1] for c in it[1]]
    allt += [title, author]
    enc = _Enc("".join(allt) + " ")

    pages, ops = [], []
    y = top

    def newpage():
        nonlocal ops, y
        if ops:
            pages.append(ops)
        ops = []
        y = top

    def text_at(x, yy, font, size, s):
        ops.append(b"BT /%s %d Tf %.1f %.1f Td " % (font.encode(), size, x, yy) + _pdfstr(enc.encode(s)) + b" Tj ET")

    for it in lines:
        if isinstance(it, str):
            it = ("n", it)
        kind = it[0]
        if y < bottom:
            newpage()
        if kind == "n":
            for ln in _wrap(it[1], wrap):
                if y < bottom:
                    newpage()
                text_at(left, y, "F1", 10, ln)
                y -= 13
        elif kind == "h":
            text_at(left, y, "F2", 14, it[1])
            y -= 20
        elif kind == "b":
            text_at(left, y, "F2", 10, it[1])
            y -= 13
        elif kind == "s":
            for ln in _wrap(it[1], int(wrap * 1.25)):
                text_at(left, y, "F1", 8, ln)
                y -= 10
        elif kind == "r":
            text_at(360, y, "F1", 10, it[1])
            y -= 13
        elif kind == "row":
            bold = len(it) > 2 and it[2]
            for xmm, s in it[1]:
                text_at(left + xmm * 2.835, y, "F2" if bold else "F1", 9, s)
            y -= 12
        elif kind == "hr":
            ops.append(b"0.5 w %.1f %.1f m %.1f %.1f l S" % (left, y + 8, W - left, y + 8))
            y -= 6
        elif kind == "sp":
            y -= it[1]
    newpage()

    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    wd = b"/FirstChar 32 /LastChar 255 /Widths [" + b" ".join(b"%d" % w for w in enc.widths()) + b"]"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica " + wd + b" /Encoding 5 0 R /ToUnicode 6 0 R >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold " + wd + b" /Encoding 5 0 R /ToUnicode 6 0 R >>"
    objs[5] = enc.encoding_obj().encode("ascii")
    cm = enc.tounicode()
    objs[6] = b"<< /Length %d >>\nstream\n" % len(cm) + cm + b"\nendstream"
    kids = []
    nxt = 8
    for p in pages:
        content = zlib.compress(b"\n".join(p), 9)
        pid, cid = nxt, nxt + 1
        nxt += 2
        kids.append(pid)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                     % (W, H, cid))
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info = b"<< "
    if title:
        info += b"/Title " + _info_str(title) + b" "
    if author:
        info += b"/Author " + _info_str(author) + b" "
    if creator:
        info += b"/Creator " + _info_str(creator) + b" "
    if producer:
        info += b"/Producer " + _info_str(producer) + b" "
    if when is not None:
        d = timez.pdf_date(when, zone).encode()
        info += b"/CreationDate (" + d + b") /ModDate (" + d + b") "
    info += b">>"
    objs[7] = info

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    n = max(objs)
    for i in range(1, n + 1):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (n + 1)
    for i in range(1, n + 1):
        out += b"%010d 00000 n \n" % offs[i]
    fid = hashlib.md5(bytes(out[:200]) + title.encode("utf-8")).hexdigest().upper().encode()
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (n + 1, fid, fid, xref)
    return bytes(out)
