"""Very small text-only PDF writer (Helvetica + custom encoding with
/uniXXXX glyph names and a ToUnicode CMap, so any BMP text is extractable)."""
import unicodedata
import zlib

_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
_SPECIAL = {"\u20ac": 556, "\u2013": 556, "\u2014": 1000, "\u201e": 333, "\u201c": 333,
            "\u201d": 333, "\u2019": 222, "\u2116": 1000, "\u00ab": 556, "\u00bb": 556,
            "\u0142": 222, "\u0141": 556, "\u00df": 611, "\u00b7": 278, "\u00b0": 400,
            "\u00a0": 278, "\u2022": 350}


def _width(ch):
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if 32 <= ord(ch) <= 126:
        return _HELV[ord(ch) - 32]
    dec = unicodedata.decomposition(ch).split()
    if dec and not dec[0].startswith("<"):
        base = chr(int(dec[0], 16))
        if 32 <= ord(base) <= 126:
            return _HELV[ord(base) - 32]
    if ch.isupper():
        return 700
    if ch.isalpha():
        return 560
    if ch.isdigit():
        return 556
    return 500


def _esc(bs):
    out = []
    for b in bs:
        c = chr(b)
        if c in "\\()":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return "".join(out)


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


def make_pdf(items, title="", author="", producer="", creator="", date="D:20261102090000+01'00'"):
    """items: list of str (normal 10pt, wrapped), or dict(t=..., s=size, b=bold,
    x=indent) or list of (x, text) segments placed on one line (10pt)."""
    # collect lines: (segments[(x,text)], size, bold)
    lines = []
    for it in items:
        if isinstance(it, str):
            for ln in _wrap(it, 98) if it else [""]:
                lines.append(([(56, ln)], 10, False))
        elif isinstance(it, dict):
            size = it.get("s", 10)
            width = int(98 * 10 / size)
            for ln in _wrap(it["t"], width):
                lines.append(([(it.get("x", 56), ln)], size, it.get("b", False)))
        else:
            lines.append(([(x, t) for x, t in it], 10, False))
    # encoding table for non-ascii characters
    extra = []
    for segs, _s, _b in lines:
        for _x, t in segs:
            for ch in t:
                if ord(ch) > 126 and ch not in extra:
                    extra.append(ch)
    if len(extra) > 128:
        raise ValueError("too many distinct characters")
    code = {ch: 128 + i for i, ch in enumerate(extra)}

    def enc(t):
        return bytes(code.get(ch, ord(ch)) if ord(ch) <= 126 else code[ch] for ch in t)

    pages = []
    cur = []
    y = 800
    for segs, size, bold in lines:
        lead = size * 1.45
        if y - lead < 50:
            pages.append(cur)
            cur = []
            y = 800
        y -= lead
        for x, t in segs:
            if t:
                cur.append("BT /%s %d Tf %d %.1f Td (%s) Tj ET" % (
                    "F2" if bold else "F1", size, x, y, _esc(enc(t))))
    pages.append(cur)

    objs = []  # index 0 -> object 1

    def add(body):
        objs.append(body)
        return len(objs)

    diffs = " ".join("/uni%04X" % ord(ch) for ch in extra)
    enc_id = add(b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 "
                 + diffs.encode() + b"] >>")
    cmap_lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                  "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                  "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
    allmap = [(c, c) for c in range(32, 127)] + [(code[ch], ord(ch)) for ch in extra]
    for i in range(0, len(allmap), 100):
        chunk = allmap[i:i + 100]
        cmap_lines.append("%d beginbfchar" % len(chunk))
        cmap_lines += ["<%02X> <%04X>" % (a, b) for a, b in chunk]
        cmap_lines.append("endbfchar")
    cmap_lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    cmap = "\n".join(cmap_lines).encode()
    cmap_id = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    inv = {v: k for k, v in code.items()}
    widths = []
    for c in range(32, 256):
        if c <= 126:
            widths.append(_HELV[c - 32])
        elif c in inv:
            widths.append(_width(inv[c]))
        else:
            widths.append(0)
    wtxt = ("/FirstChar 32 /LastChar 255 /Widths [" + " ".join(map(str, widths)) + "]").encode()
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R /ToUnicode %d 0 R "
             % (enc_id, cmap_id) + wtxt + b" >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R /ToUnicode %d 0 R "
             % (enc_id, cmap_id) + wtxt + b" >>")
    pages_id_placeholder = len(objs) + 1 + 2 * len(pages)
    page_ids = []
    for pg in pages:
        content = zlib.compress("\n".join(pg).encode("latin-1"), 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                  b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                  % (pages_id_placeholder, cid, f1, f2))
        page_ids.append(pid)
    kids = " ".join("%d 0 R" % p for p in page_ids)
    pages_id = add(b"<< /Type /Pages /Kids [" + kids.encode() + b"] /Count %d >>" % len(page_ids))
    assert pages_id == pages_id_placeholder

    def pdfstr(s):
        if all(ord(c) < 127 for c in s):
            return "(" + _esc(s.encode("ascii")) + ")"
        return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"

    info = "<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>" % (
        pdfstr(title), pdfstr(author), pdfstr(creator), pdfstr(producer), date, date)
    info_id = add(info.encode("ascii"))
    cat_id = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat_id, info_id, xref))
    return bytes(out)
