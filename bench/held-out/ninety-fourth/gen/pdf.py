"""Tiny one-page PDF writer: Helvetica text (WinAnsi) and optional QR image.
No JavaScript, no actions, no links: text-only inert documents."""

import unicodedata
import zlib

_TRANS = {"ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "ı": "i", "–": "-", "—": "-",
          "€": "EUR"}


def _winansi(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            if ch in _TRANS:
                out.append(_TRANS[ch])
            else:
                d = unicodedata.normalize("NFKD", ch)
                d = "".join(c for c in d if not unicodedata.combining(c))
                try:
                    d.encode("cp1252")
                    out.append(d)
                except UnicodeEncodeError:
                    out.append("?")
    b = "".join(out).encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines, title="", producer="Microsoft\xae Word f\xfcr Microsoft 365",
             creator="Microsoft\xae Word f\xfcr Microsoft 365",
             date="D:20261012090000+02'00'", qr_matrix=None, qr_pos=(380, 560, 150)):
    """lines: list of str or (str, size, bold). Empty str = blank line."""
    ops = [b"BT"]
    y = 790
    for ln in lines:
        if isinstance(ln, tuple):
            text, size, bold = ln
        else:
            text, size, bold = ln, 10, False
        if text == "":
            y -= 8
            continue
        ops.append(b"/%s %d Tf" % (b"F2" if bold else b"F1", size))
        ops.append(b"1 0 0 1 56 %d Tm" % y)
        ops.append(b"(" + _winansi(text) + b") Tj")
        y -= int(size * 1.45)
        if y < 50:
            break
    ops.append(b"ET")
    img = None
    if qr_matrix is not None:
        n = len(qr_matrix) + 8
        rows = []
        for yy in range(n):
            r = bytearray()
            for xx in range(n):
                qx, qy = xx - 4, yy - 4
                dark = 0 <= qx < n - 8 and 0 <= qy < n - 8 and qr_matrix[qy][qx]
                r.append(0 if dark else 255)
            rows.append(bytes(r))
        data = zlib.compress(b"".join(rows))
        img = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d "
               b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Interpolate false "
               b"/Filter /FlateDecode /Length %d >>\nstream\n" % (n, n, len(data))
               + data + b"\nendstream")
        x, yq, s = qr_pos
        ops.append(b"q %d 0 0 %d %d %d cm /Im1 Do Q" % (s, s, x, yq))
    content = zlib.compress(b"\n".join(ops))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
        b"/Font << /F1 4 0 R /F2 5 0 R >>" + (b" /XObject << /Im1 8 0 R >>" if img else b"")
        + b" >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Title (" + _winansi(title) + b") /Producer (" + _winansi(producer)
        + b") /Creator (" + _winansi(creator) + b") /CreationDate (" + date.encode()
        + b") /ModDate (" + date.encode() + b") >>",
    ]
    if img:
        objs.append(img)
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)
