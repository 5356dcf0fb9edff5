"""Minimal text-only PDF writer (standard 14 fonts, no images, no scripts)."""
import hashlib

# Polish letters mapped into the otherwise unused 0x80.. code points
PL_DIFF = [("Ą", "Aogonek"), ("ą", "aogonek"), ("Ć", "Cacute"), ("ć", "cacute"),
           ("Ę", "Eogonek"), ("ę", "eogonek"), ("Ł", "Lslash"), ("ł", "lslash"),
           ("Ń", "Nacute"), ("ń", "nacute"), ("Ś", "Sacute"), ("ś", "sacute"),
           ("Ź", "Zacute"), ("ź", "zacute"), ("Ż", "Zdotaccent"), ("ż", "zdotaccent")]
_PL_CODES = {ch: 0xA0 + 0x20 + i for i, (ch, _) in enumerate(PL_DIFF)}  # 0xC0..


def _enc(text, polish):
    out = bytearray()
    for ch in text:
        if polish and ch in _PL_CODES:
            out.append(_PL_CODES[ch])
            continue
        if ch in "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ" and polish:
            raise ValueError("code point clash in Polish PDF: " + ch)
        out.extend(ch.encode("cp1252"))
    s = bytes(out)
    return s.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _textstr(s):
    try:
        a = s.encode("ascii")
        return b"(" + a.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
    except UnicodeEncodeError:
        return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"


def make_pdf(lines, title="", author="", creator="", producer="",
             date="D:20261012100000+02'00'", polish=False, pages_break=52):
    """lines: list of (style, text). style in 'h','b','t','m','r' (rule),''."""
    # paginate
    pages = [[]]
    count = 0
    for st, tx in lines:
        if count >= pages_break:
            pages.append([])
            count = 0
        pages[-1].append((st, tx))
        count += 2 if st == "h" else 1
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    enc = (b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [192 "
           + b" ".join(b"/" + g.encode() for _, g in PL_DIFF) + b"] >>") if polish else None
    enc_ref = add(enc) if polish else None
    fonts = {}
    for key, base in (("F1", "Helvetica"), ("F2", "Helvetica-Bold"), ("F3", "Courier")):
        e = ("%d 0 R" % enc_ref) if polish else "/WinAnsiEncoding"
        fonts[key] = add(("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding %s >>"
                          % (base, e)).encode())
    pages_ref_placeholder = len(objs) + 1
    add(b"")  # pages, filled later
    page_refs = []
    for pg in pages:
        y = 790
        ops = [b"BT"]
        content = []
        for st, tx in pg:
            if st == "r":
                content.append(("r", y + 4))
                y -= 8
                continue
            if st == "":
                y -= 10
                continue
            font, size, lead = {"h": ("F2", 14, 22), "b": ("F2", 10, 14),
                                "t": ("F1", 10, 14), "m": ("F3", 9, 12),
                                "s": ("F1", 7.5, 10)}[st]
            content.append(("t", font, size, y, tx))
            y -= lead
        stream = bytearray()
        for c in content:
            if c[0] == "r":
                stream += b"0.5 w 56 %d m 539 %d l S\n" % (c[1], c[1])
            else:
                _, font, size, yy, tx = c
                stream += b"BT /%s %s Tf 56 %d Td (" % (font.encode(), str(size).encode(), yy)
                stream += _enc(tx, polish) + b") Tj ET\n"
        cref = add(b"<< /Length %d >>\nstream\n" % len(stream) + bytes(stream) + b"endstream")
        pref = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                    "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >> "
                    "/Contents %d 0 R >>" % (pages_ref_placeholder, fonts["F1"], fonts["F2"],
                                             fonts["F3"], cref)).encode())
        page_refs.append(pref)
    objs[pages_ref_placeholder - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % r for r in page_refs), len(page_refs))).encode()
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_ref_placeholder)
    info = b"<< "
    for k, v in (("Title", title), ("Author", author), ("Creator", creator),
                 ("Producer", producer)):
        if v:
            info += b"/" + k.encode() + b" " + _textstr(v) + b" "
    info += b"/CreationDate (" + date.encode() + b") /ModDate (" + date.encode() + b") >>"
    inf = add(info)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
            b"startxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, inf, fid, fid, xref))
    return bytes(out)


def check_pdf(data):
    """Structural check: header, xref offsets point at 'N 0 obj'."""
    assert data.startswith(b"%PDF-")
    sx = int(data[data.rindex(b"startxref") + 10:].split()[0])
    assert data[sx:sx + 4] == b"xref"
    lines = data[sx:].split(b"\n")
    n = int(lines[1].split()[1])
    for i in range(1, n):
        off = int(lines[2 + i][:10])
        assert data[off:].startswith(b"%d 0 obj" % i), i
    return n - 1
