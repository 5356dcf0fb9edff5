"""Tiny text-only PDF writer (PDF 1.4/1.7, Helvetica, WinAnsi or Latin-2 differences)."""
import zlib

# Glyph names for Central-European letters placed into unused WinAnsi slots.
PL_DIFF = [
    (0xA1, "Aogonek"), (0xB1, "aogonek"), (0xC6, "Cacute"), (0xE6, "cacute"),
    (0xCA, "Eogonek"), (0xEA, "eogonek"), (0xA3, "Lslash"), (0xB3, "lslash"),
    (0xD1, "Nacute"), (0xF1, "nacute"), (0xD3, "Oacute"), (0xF3, "oacute"),
    (0x8C, "Sacute"), (0x9C, "sacute"), (0x8F, "Zacute"), (0x9F, "zacute"),
    (0xAF, "Zdotaccent"), (0xBF, "zdotaccent"),
]
PL_MAP = {"Ą": 0xA1, "ą": 0xB1, "Ć": 0xC6, "ć": 0xE6, "Ę": 0xCA, "ę": 0xEA, "Ł": 0xA3, "ł": 0xB3,
          "Ń": 0xD1, "ń": 0xF1, "Ó": 0xD3, "ó": 0xF3, "Ś": 0x8C, "ś": 0x9C, "Ź": 0x8F, "ź": 0x9F,
          "Ż": 0xAF, "ż": 0xBF}


def _enc(text, latin2):
    out = bytearray()
    for ch in text:
        if latin2 and ch in PL_MAP:
            out.append(PL_MAP[ch])
        else:
            out.extend(ch.encode("cp1252"))
    s = bytearray()
    for b in out:
        if b in (0x28, 0x29, 0x5C):
            s.extend(b"\\" + bytes([b]))
        elif b < 32 or b > 126:
            s.extend(b"\\%03o" % b)
        else:
            s.append(b)
    return bytes(s)


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


def make_pdf(lines, title="", author="", producer="Microsoft\u00ae Word f\u00fcr Microsoft 365",
             creator="Microsoft\u00ae Word f\u00fcr Microsoft 365", date="D:20261012093000+02'00'",
             latin2=False, compress=True, width=92):
    """lines: list of strings; a line starting with '# ' is set in bold 13pt, '## ' bold 10pt,
    '~ ' small 8pt (footer style). Empty string = blank line. Lines are wrapped."""
    pages = []
    cur = []
    y = 800
    for raw in lines:
        if raw.startswith("# "):
            items = [("F2", 13, raw[2:], 18)]
        elif raw.startswith("## "):
            items = [("F2", 10, t, 13) for t in _wrap(raw[3:], width)]
        elif raw.startswith("~ "):
            items = [("F1", 7.5, t, 10) for t in _wrap(raw[2:], int(width * 1.3))]
        elif raw == "":
            items = [("F1", 10, "", 8)]
        else:
            items = [("F1", 10, t, 13) for t in _wrap(raw, width)]
        for font, size, t, lead in items:
            if y - lead < 50:
                pages.append(cur)
                cur = []
                y = 800
            y -= lead
            cur.append((font, size, t, y))
    pages.append(cur)

    objs = {}
    enc_obj = "/Encoding /WinAnsiEncoding"
    if latin2:
        diffs = " ".join("%d /%s" % (c, n) for c, n in PL_DIFF)
        objs[6] = ("<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>" % diffs).encode()
        enc_obj = "/Encoding 6 0 R"
    objs[3] = ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica %s >>" % enc_obj).encode()
    objs[4] = ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold %s >>" % enc_obj).encode()
    kids = []
    nxt = 7 if latin2 else 6
    for pg in pages:
        content = bytearray()
        for font, size, t, yy in pg:
            if not t:
                continue
            content += b"BT /%s %s Tf 56 %d Td (" % (font.encode(), str(size).encode(), yy) + _enc(t, latin2) + b") Tj ET\n"
        data = bytes(content)
        if compress:
            data = zlib.compress(data, 9)
            sobj = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            sobj = b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"
        cid, pid = nxt, nxt + 1
        nxt += 2
        objs[cid] = sobj
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> /ProcSet [/PDF /Text] >> "
                     b"/Contents %d 0 R >>" % cid)
        kids.append(pid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()

    def pdfstr(s):
        try:
            b = s.encode("latin-1")
            return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"
        except UnicodeEncodeError:
            return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"

    objs[5] = (b"<< /Title " + pdfstr(title) + b" /Author " + pdfstr(author) + b" /Creator " + pdfstr(creator) +
               b" /Producer " + pdfstr(producer) + b" /CreationDate (" + date.encode() + b") /ModDate (" +
               date.encode() + b") >>")
    maxid = max(objs)
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, maxid + 1):
        if i in objs:
            offs[i] = len(out)
            out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (maxid + 1)
    out += b"0000000000 65535 f \n"
    for i in range(1, maxid + 1):
        if i in offs:
            out += b"%010d 00000 n \n" % offs[i]
        else:
            out += b"0000000000 65535 f \n"
    import hashlib
    fid = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<" % (maxid + 1) + fid + b"> <" + fid +
            b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return bytes(out)
