"""Tiny text-only PDF writer (base-14 Helvetica, WinAnsiEncoding)."""
import zlib

from util import translit, in_zone, zinfo


def _pdfstr(s):
    s = translit(s)
    b = s.encode("cp1252", errors="replace")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif c < 32 or c > 126:
            out.append("\\%03o" % c)
        else:
            out.append(chr(c))
    return "(" + "".join(out) + ")"


def pdf_date(t_utc, zone):
    loc = in_zone(t_utc, zone)
    off, _ = zinfo(zone, t_utc)
    m = int(off.total_seconds() // 60)
    sign = "+" if m >= 0 else "-"
    return "D:%04d%02d%02d%02d%02d%02d%s%02d'%02d'" % (
        loc.year, loc.month, loc.day, loc.hour, loc.minute, loc.second, sign, abs(m) // 60, abs(m) % 60)


def make_pdf(lines, t_utc=None, zone="CET", title="", author="", creator="Microsoft Word",
             producer="Microsoft: Print To PDF", links=None, compress=True):
    """lines: list of str or (str, size, bold) or (str, size, bold, x_indent).
    An empty string inserts a blank line, '---' a horizontal rule."""
    pages, cur, y = [], [], 800
    for item in lines:
        if isinstance(item, str):
            item = (item, 10, False, 0)
        text, size, bold = item[0], item[1], item[2]
        x = 56 + (item[3] if len(item) > 3 else 0)
        lead = size * 1.35
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= lead
        if text == "---":
            cur.append("0.6 w 56 %.1f m 539 %.1f l S" % (y + size * 0.4, y + size * 0.4))
        elif text:
            cur.append("BT /%s %d Tf %d %.1f Td %s Tj ET" % ("F2" if bold else "F1", size, x, y, _pdfstr(text)))
    pages.append(cur)

    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pi, content in enumerate(pages):
        stream = ("\n".join(content)).encode("latin-1")
        if compress:
            z = zlib.compress(stream)
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        else:
            cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        annots = ""
        if links and pi == 0:
            ids = []
            for (rect, uri) in links:
                aid = add(("<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /Border [0 0 0] "
                           "/A << /S /URI /URI %s >> >>" % (tuple(rect) + (_pdfstr(uri),))).encode("latin-1"))
                ids.append("%d 0 R" % aid)
            annots = " /Annots [%s]" % " ".join(ids)
        pid = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
                   "/F2 %d 0 R >> >> /Contents %d 0 R%s >>" % (pages_id, f1, f2, cid, annots)).encode("latin-1"))
        kids.append(pid)
    objs[cat - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    info = "<< /Title %s /Author %s /Creator %s /Producer %s" % (
        _pdfstr(title), _pdfstr(author), _pdfstr(creator), _pdfstr(producer))
    if t_utc is not None:
        d = pdf_date(t_utc, zone)
        info += " /CreationDate (%s) /ModDate (%s)" % (d, d)
    info_id = add((info + " >>").encode("latin-1"))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info_id, xref))
    return bytes(out)


def pdf_text(data):
    """Extract the literal strings drawn on the pages (for self-checks)."""
    import re
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        body = m.group(1)
        try:
            body = zlib.decompress(body)
        except zlib.error:
            pass
        out += [s.decode("latin-1") for s in re.findall(rb"\((.*?)\) Tj", body)]
    return out
