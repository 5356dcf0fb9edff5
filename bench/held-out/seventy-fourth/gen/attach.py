"""Inert attachments: text-only PDF (optional QR image and link), ZIP (plain / ZipCrypto), SVG, HTML."""
import io
import struct
import zipfile
import zlib

PLACEHOLDER = b"INERT PLACEHOLDER - evaluation sample, original payload removed; this file does nothing.\r\n"


# ------------------------------------------------------------------ PDF

_HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
         556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
         1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
         667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
         333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
         556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]

def _pdf_str(bs):
    out = bytearray(b"(")
    for b in bs:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 0x20 or b > 0x7E:
            out += b"\\%03o" % b
        else:
            out.append(b)
    out += b")"
    return bytes(out)


def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        cur = ""
        for w in para.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return out


def pdf(lines, title="", author="", producer="Microsoft\u00ae Word f\u00fcr Microsoft 365",
        creator="Microsoft\u00ae Word f\u00fcr Microsoft 365", date="D:20261013091200+02'00'",
        qr_png_matrix=None, qr_pos=(400, 560, 140), link=None):
    """lines: list of str or (str, size, bold). '#'-prefixed str -> bold 13pt heading.
    link: (url, (x1, y1, x2, y2)) URI annotation. qr_png_matrix: QR module matrix to draw as image."""
    # collect glyphs needing custom encoding
    items = []
    for ln in lines:
        if isinstance(ln, tuple):
            items.append(ln)
        elif ln.startswith("# "):
            items.append((ln[2:], 13, True))
        else:
            items.append((ln, 9.5, False))
    # wrap
    wrapped = []
    for t, size, bold in items:
        width = int(95 * 9.5 / size)
        for w in _wrap(t, width):
            wrapped.append((w, size, bold))
    nonascii = sorted({c for t, _, _ in wrapped for c in t if ord(c) > 126})
    if len(nonascii) > 128:
        raise ValueError("too many distinct non-ASCII characters for one PDF font encoding")
    cmap = {c: 128 + i for i, c in enumerate(nonascii)}

    def enc(s):
        return bytes(cmap[c] if c in cmap else ord(c) for c in s)

    # layout into pages
    pages = []
    y = 790
    cur = []
    for t, size, bold in wrapped:
        lh = size * 1.35
        if y - lh < 60:
            pages.append(cur)
            cur = []
            y = 790
        y -= lh
        cur.append((t, size, bold, y))
    pages.append(cur)

    objs = {}
    # 1 catalog, 2 pages, 3 font regular, 4 font bold, 5 tounicode, 6 info, 7 image(optional), then pages
    diffs = b" ".join(b"/uni%04X" % ord(c) for c in nonascii)
    enc_obj = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 " + diffs + b"] >>" if nonascii else b"/WinAnsiEncoding"
    ws = []
    for code in range(32, 256):
        if code < 127:
            ws.append(_HELV[code - 32])
        elif code >= 128 and code - 128 < len(nonascii):
            ws.append(667 if nonascii[code - 128].isupper() else 556)
        else:
            ws.append(556)
    wid = b" /FirstChar 32 /LastChar 255 /Widths [" + b" ".join(b"%d" % w for w in ws) + b"]"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding " + enc_obj + (b" /ToUnicode 5 0 R" if nonascii else b"") + wid + b" >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding " + enc_obj + (b" /ToUnicode 5 0 R" if nonascii else b"") + wid + b" >>"
    cm = [b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap",
          b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
          b"/CMapName /Adobe-Identity-UCS def", b"/CMapType 2 def",
          b"1 begincodespacerange", b"<00> <FF>", b"endcodespacerange"]
    for i in range(0, len(nonascii), 100):
        chunk = nonascii[i:i + 100]
        cm.append(b"%d beginbfchar" % len(chunk))
        for c in chunk:
            cm.append(b"<%02X> <%04X>" % (cmap[c], ord(c)))
        cm.append(b"endbfchar")
    cm += [b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"]
    cms = b"\n".join(cm)
    objs[5] = b"<< /Length %d >>\nstream\n" % len(cms) + cms + b"\nendstream"

    info = b"<< /Title " + _pdf_str(b"\xfe\xff" + title.encode("utf-16-be")) + \
        b" /Author " + _pdf_str(b"\xfe\xff" + author.encode("utf-16-be")) + \
        b" /Creator " + _pdf_str(b"\xfe\xff" + creator.encode("utf-16-be")) + \
        b" /Producer " + _pdf_str(b"\xfe\xff" + producer.encode("utf-16-be")) + \
        b" /CreationDate (" + date.encode() + b") /ModDate (" + date.encode() + b") >>"
    objs[6] = info
    img = None
    if qr_png_matrix is not None:
        m = qr_png_matrix
        n = len(m) + 8
        rows = b""
        for y in range(n):
            row = 0
            bits = []
            for x in range(n):
                mx, my = x - 4, y - 4
                dark = 0 <= mx < len(m) and 0 <= my < len(m) and m[my][mx]
                bits.append(0 if dark else 1)
            bb = bytearray()
            for i in range(0, n, 8):
                v = 0
                for j in range(8):
                    v = (v << 1) | (bits[i + j] if i + j < n else 1)
                bb.append(v)
            rows += bytes(bb)
        data = zlib.compress(rows, 9)
        objs[7] = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                   b"/BitsPerComponent 1 /Filter /FlateDecode /Length %d >>\nstream\n" % (n, n, len(data))
                   + data + b"\nendstream")
        img = 7
    first_page = 8
    kids = []
    for pi, pg in enumerate(pages):
        pnum = first_page + pi * 2
        cnum = pnum + 1
        kids.append(pnum)
        cs = [b"BT"]
        for t, size, bold, yy in pg:
            cs.append(b"/%s %.1f Tf 1 0 0 1 56 %.1f Tm " % (b"F2" if bold else b"F1", size, yy) + _pdf_str(enc(t)) + b" Tj")
        cs.append(b"ET")
        annots = b""
        if pi == 0 and img:
            x, y, s = qr_pos
            cs.append(b"q %d 0 0 %d %d %d cm /Im1 Do Q" % (s, s, x, y))
        if pi == 0 and link:
            url, (x1, y1, x2, y2) = link
            annots = (b" /Annots [<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /Border [0 0 0] "
                      b"/A << /S /URI /URI " % (x1, y1, x2, y2) + _pdf_str(url.encode()) + b" >> >>]")
        content = zlib.compress(b"\n".join(cs), 6)
        res = b"<< /Font << /F1 3 0 R /F2 4 0 R >>" + (b" /XObject << /Im1 7 0 R >>" if img else b"") + b" >>"
        objs[pnum] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + res +
                      b" /Contents %d 0 R" % cnum + annots + b" >>")
        objs[cnum] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    maxobj = max(objs)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, maxobj + 1):
        if i not in objs:
            continue
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (maxobj + 1))
    out.write(b"0000000000 65535 f \n")
    for i in range(1, maxobj + 1):
        if i in offsets:
            out.write(b"%010d 00000 n \n" % offsets[i])
        else:
            out.write(b"0000000000 65535 f \n")
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (maxobj + 1, xref))
    return out.getvalue()


def pdf_check(data):
    """Verify xref offsets point at 'N 0 obj'."""
    import re
    sx = int(data.rsplit(b"startxref", 1)[1].split()[0])
    assert data[sx:sx + 4] == b"xref"
    lines = data[sx:].split(b"\n")
    n = int(lines[1].split()[1])
    for i in range(1, n):
        ent = lines[2 + i]
        off, _, kind = ent.split()[:3]
        if kind == b"n":
            off = int(off)
            assert re.match(rb"%d 0 obj" % i, data[off:off + 12]), (i, data[off:off + 12])
    return True


# ------------------------------------------------------------------ ZIP

def zip_plain(files, dt=(2026, 10, 12, 9, 30, 0)):
    """files: list of (name, bytes)."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            z.writestr(zi, data)
    return bio.getvalue()


def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRCT = _crc_table()


class _ZC:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self.update(c)

    def _crc(self, crc, b):
        return _CRCT[(crc ^ b) & 0xFF] ^ (crc >> 8)

    def update(self, c):
        k = self.k
        k[0] = self._crc(k[0], c)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ ks)
            self.update(p)
        return bytes(out)


def _dosdt(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_zipcrypto(files, password, r, dt=(2026, 11, 3, 8, 12, 40)):
    """Traditional PKWARE (ZipCrypto) encrypted ZIP, deflate. r: random.Random for header bytes."""
    pwd = password.encode("utf-8")
    out = io.BytesIO()
    central = []
    dtime, ddate = _dosdt(dt)
    for name, data in files:
        nb = name.encode("cp437")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZC(pwd)
        head = bytes(r.randrange(256) for _ in range(11)) + bytes([(crc >> 24) & 0xFF])
        enc = zc.enc(head + comp)
        off = out.tell()
        flags = 0x0001
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 8, dtime, ddate, crc, len(enc), len(data), len(nb), 0))
        out.write(nb)
        out.write(enc)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, 8, dtime, ddate, crc, len(enc),
                                   len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb)
    cd_off = out.tell()
    cd = b"".join(central)
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(cd), cd_off, 0))
    return out.getvalue()


def zip_check(data, password=None):
    z = zipfile.ZipFile(io.BytesIO(data))
    if password:
        z.setpassword(password.encode())
    names = []
    for n in z.namelist():
        z.read(n)
        names.append(n)
    return names
