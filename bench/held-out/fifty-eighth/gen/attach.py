"""Inert attachment builders: text-only PDF, ZIP (plain and ZipCrypto),
phishing-style HTML/SVG pages without any script, tiny WAV.  Deterministic."""
import hashlib
import io
import struct
import unicodedata
import zipfile
import zlib

# ------------------------------------------------------------------- PDF
_TRANS = {"ł": "l", "Ł": "L", "ß": "ss"}


def _pdf_text(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            t = _TRANS.get(ch)
            if t is None:
                t = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            if not t:
                raise ValueError("PDF text must be Latin script: %r" % ch)
            out.append(t)
    b = "".join(out).encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b


def pdf(lines, title="", author="", producer="Microsoft\xae Word f\xfcr Microsoft 365",
        creator="Microsoft\xae Word f\xfcr Microsoft 365", date="20261014091200+02'00'"):
    """lines: list of str or (str, size, bold). Returns PDF bytes (text only)."""
    items = []
    for ln in lines:
        if isinstance(ln, str):
            items.append((ln, 10, False))
        else:
            items.append(ln)
    pages, cur, y = [], [], 800
    for text, size, bold in items:
        step = size + 4
        if y - step < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= step
        cur.append((text, size, bold, y))
    pages.append(cur)
    objs = {}
    npages = len(pages)
    first_page = 6
    kids = " ".join("%d 0 R" % (first_page + 2 * i) for i in range(npages))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, npages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    info = b"<< /Producer (" + _pdf_text(producer) + b") /Creator (" + _pdf_text(creator) + \
        b") /CreationDate (D:" + date.encode() + b") /ModDate (D:" + date.encode() + b")"
    if title:
        info += b" /Title (" + _pdf_text(title) + b")"
    if author:
        info += b" /Author (" + _pdf_text(author) + b")"
    objs[5] = info + b" >>"
    for i, pg in enumerate(pages):
        po, co = first_page + 2 * i, first_page + 2 * i + 1
        objs[po] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                    "<< /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % co).encode()
        cs = b""
        for text, size, bold, yy in pg:
            cs += b"BT /%s %d Tf 56 %d Td (" % (b"F2" if bold else b"F1", size, yy) + \
                _pdf_text(text) + b") Tj ET\n"
        objs[co] = b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"endstream"
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = out.tell()
        out.write(b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n")
    xref = out.tell()
    n = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % n)
    for k in range(1, n):
        out.write(b"%010d 00000 n \n" % offs[k])
    fid = hashlib.md5(b"".join(objs[k] for k in sorted(objs))).hexdigest().upper().encode()
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (n, fid, fid, xref))
    return out.getvalue()


# ------------------------------------------------------------------- ZIP
def zip_plain(files, date_time=(2026, 10, 14, 9, 0, 0)):
    """files: list of (name, bytes). Deflated, no encryption."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0x20
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


_CRCTAB = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self.update(b)

    @staticmethod
    def _crc(c, b):
        return (c >> 8) ^ _CRCTAB[(c ^ b) & 0xFF]

    def update(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], k[1] >> 24)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self.update(p)
        return bytes(out)


def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return (h << 11) | (mi << 5) | (s // 2), ((y - 1980) << 9) | (mo << 5) | d


def zip_crypto(files, password, date_time=(2026, 10, 14, 9, 0, 0), seed="zc"):
    """Traditional PKWARE (ZipCrypto) encrypted, deflated ZIP."""
    pwd = password.encode()
    t, d = _dos_time(date_time)
    out = io.BytesIO()
    central = b""
    for idx, (name, data) in enumerate(files):
        nb = name.encode("cp437")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr = bytearray(hashlib.sha256(("%s/%d/%s" % (seed, idx, name)).encode()).digest()[:11])
        hdr.append(crc >> 24)
        enc = _ZipCrypto(pwd).encrypt(bytes(hdr) + comp)
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, t, d, crc, len(enc),
                              len(data), len(nb), 0) + nb + enc)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 1, 8, t, d, crc,
                               len(enc), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb
    cd = out.tell()
    out.write(central)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd, 0))
    z = out.getvalue()
    with zipfile.ZipFile(io.BytesIO(z)) as zf:   # self-check
        for name, data in files:
            assert zf.read(name, pwd=pwd) == data
    return z


PLACEHOLDER = b"INERT PLACEHOLDER - evaluation sample, contains no executable code.\r\n"


# ---------------------------------------------------------- HTML / SVG
def phish_html(title, brand, heading, text, action, email="", fields=("Password",),
               button="Sign in", color="#0067b8", lang="en", footer="", charset="utf-8"):
    """Credential-harvesting look-alike page; static form only, no script."""
    inputs = ""
    if email:
        inputs += ('<input type="email" name="login" value="%s" readonly style="width:100%%;'
                   'padding:8px;margin:6px 0;border:1px solid #888">\n' % email)
    for f in fields:
        typ = "password" if "ass" in f.lower() or "\u03ba\u03c9\u03b4" in f.lower() or \
            "\u043f\u0430\u0440\u043e\u043b" in f.lower() or "has" in f.lower() else "text"
        inputs += ('<input type="%s" name="f%d" placeholder="%s" style="width:100%%;padding:8px;'
                   'margin:6px 0;border:1px solid #888">\n' % (typ, len(inputs) % 97, f))
    return ("""<!DOCTYPE html>
<html lang="%s"><head><meta charset="%s"><title>%s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2}
.box{max-width:420px;margin:60px auto;background:#fff;padding:36px;box-shadow:0 2px 6px #aaa}
.brand{font-weight:600;font-size:20px;color:%s}button{background:%s;color:#fff;border:0;
padding:9px 28px;margin-top:12px}</style></head>
<body><div class="box"><div class="brand">%s</div>
<h2 style="font-weight:400">%s</h2><p>%s</p>
<form method="post" action="%s">
%s<button type="submit">%s</button></form>
<p style="font-size:11px;color:#666">%s</p></div></body></html>
""" % (lang, charset, title, color, color, brand, heading, text, action, inputs, button, footer))


def phish_svg(lines, url, brand="", color="#1a73e8", width=600, height=340,
              button="View document \u25b6"):
    """SVG lure with a clickable area (anchor), no script."""
    t = ""
    y = 110
    for ln in lines:
        t += '  <text x="40" y="%d" font-family="Arial" font-size="16" fill="#333">%s</text>\n' % (
            y, ln.replace("&", "&amp;").replace("<", "&lt;"))
        y += 26
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%d" height="%d" viewBox="0 0 %d %d">
  <rect width="100%%" height="100%%" fill="#ffffff" stroke="#cccccc"/>
  <rect width="100%%" height="64" fill="%s"/>
  <text x="40" y="42" font-family="Arial" font-size="22" fill="#ffffff">%s</text>
%s  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="40" y="%d" width="220" height="42" rx="4" fill="%s"/>
    <text x="62" y="%d" font-family="Arial" font-size="16" fill="#ffffff">%s</text>
  </a>
</svg>
""" % (width, height, width, height, color, brand, t, url.replace("&", "&amp;"),
       url.replace("&", "&amp;"), y + 6, color, y + 33, button)).encode("utf-8")


def wav_silence(seconds=1, rate=8000):
    data = b"\x80" * (rate * seconds)
    return (b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt " +
            struct.pack("<IHHIIHH", 16, 1, 1, rate, rate, 1, 8) + b"data" +
            struct.pack("<I", len(data)) + data)
