"""Inert attachment builders: text-only PDF, ZIP (plain and ZipCrypto)."""
import hashlib
import struct
import zlib

# ---------------------------------------------------------------- PDF -----

# extra glyphs (Latin-2) placed on otherwise unused codes 1..31
_EXTRA = {
    "ą": "aogonek", "ć": "cacute", "ę": "eogonek", "ł": "lslash", "ń": "nacute",
    "ś": "sacute", "ź": "zacute", "ż": "zdotaccent", "Ą": "Aogonek",
    "Ć": "Cacute", "Ę": "Eogonek", "Ł": "Lslash", "Ń": "Nacute", "Ś": "Sacute",
    "Ź": "Zacute", "Ż": "Zdotaccent", "€": "Euro",
}


def _pdf_str(s, extra_codes):
    out = []
    for ch in s:
        if ch in extra_codes:
            b = extra_codes[ch]
        else:
            b = ch.encode("cp1252")[0]
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    words, out, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def pdf(lines, title="", author="", creator="Microsoft Word", producer=None,
        created="20261013091200+02'00'", compress=True, header=None):
    """lines: list of str; a line starting with '# ' is bold/large, '## ' bold.

    header: optional list of (str) letterhead lines printed bold at top right.
    Returns bytes of a valid single- or multi-page PDF with extractable text.
    """
    producer = producer or creator
    # collect characters needing the extra table
    allchars = set("".join(lines) + "".join(header or []) + title + author)
    extra_codes = {}
    code = 1
    for ch in sorted(allchars):
        try:
            ch.encode("cp1252")
            if ch != "€":
                continue
        except UnicodeEncodeError:
            pass
        if ch in _EXTRA:
            extra_codes[ch] = code
            code += 1
        elif ch == "€":
            continue
        else:
            raise ValueError("PDF cannot render %r" % ch)
    # layout
    pages, cur, y = [], [], 800
    if header:
        for i, h in enumerate(header):
            cur.append((360, 800 - i * 12, 9, i == 0, h))
        y = 800 - len(header) * 12 - 24
    for raw in lines:
        size, bold, width, text = 10, False, 95, raw
        if raw.startswith("# "):
            size, bold, width, text = 14, True, 65, raw[2:]
        elif raw.startswith("## "):
            size, bold, width, text = 10, True, 95, raw[3:]
        for seg in _wrap(text, width) if text else [""]:
            if y < 60:
                pages.append(cur)
                cur, y = [], 800
            cur.append((56, y, size, bold, seg))
            y -= size + 4 if size > 10 else 13
    pages.append(cur)

    objs = {}
    diffs = ""
    if extra_codes:
        inv = sorted((c, _EXTRA[ch]) for ch, c in extra_codes.items())
        diffs = " /Differences [" + " ".join("%d /%s" % (c, g) for c, g in inv) + "]"
    enc = "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding%s >>" % diffs
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %s >>" % enc
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %s >>" % enc
    kids = []
    n = 5
    streams = {}
    for pg in pages:
        ops = []
        for x, yy, size, bold, t in pg:
            ops.append("BT /F%d %d Tf %d %d Td %s Tj ET" % (2 if bold else 1, size, x, yy,
                                                         _pdf_str(t, extra_codes)))
        content = ("\n".join(ops) + "\n").encode("latin-1")
        pid, cid = n, n + 1
        n += 2
        kids.append(pid)
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cid)
        streams[cid] = zlib.compress(content, 9) if compress else content
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % k for k in kids), len(kids))
    info = n

    def pstr(s):
        try:
            return _pdf_str(s, extra_codes)
        except Exception:
            return "(%s)" % s.encode("ascii", "replace").decode()
    objs[info] = "<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (D:%s) /ModDate (D:%s) >>" % (
        pstr(title), pstr(author), pstr(creator), pstr(producer), created, created)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for i in range(1, info + 1):
        offsets[i] = len(out)
        if i in streams:
            s = streams[i]
            filt = " /Filter /FlateDecode" if compress else ""
            out += ("%d 0 obj\n<< /Length %d%s >>\nstream\n" % (i, len(s), filt)).encode() + s + b"\nendstream\nendobj\n"
        else:
            out += ("%d 0 obj\n%s\nendobj\n" % (i, objs[i])).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (info + 1)).encode()
    for i in range(1, info + 1):
        out += ("%010d 00000 n \n" % offsets[i]).encode()
    fid = hashlib.md5(("".join(lines) + title).encode("utf-8")).hexdigest().upper()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (info + 1, info, fid, fid, xref)).encode()
    return out


# ---------------------------------------------------------------- ZIP -----

def _dos_time(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


_CRCTAB = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCTAB.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _crc(self, crc, b):
        return (crc >> 8) ^ _CRCTAB[(crc ^ b) & 0xFF]

    def _upd(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for b in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(b ^ ks)
            self._upd(b)
        return bytes(out)


def zip_bytes(entries, password=None, date_time=(2026, 10, 12, 16, 42, 10),
              seed=b"zip", comment=b""):
    """entries: list of (name, data). ZipCrypto if password given. Deflate."""
    out = b""
    central = b""
    dtime, ddate = _dos_time(date_time)
    for idx, (name, data) in enumerate(entries):
        nb = name.encode("utf-8")
        flags = 0
        if any(ord(c) > 127 for c in name):
            flags |= 0x800
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password:
            flags |= 1
            zc = _ZipCrypto(password)
            hdr = hashlib.sha256(seed + nb).digest()[:11] + bytes([crc >> 24])
            comp = zc.enc(hdr + comp)
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, dtime, ddate,
                            crc, len(comp), len(data), len(nb), 0) + nb
        offset = len(out)
        out += local + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method,
                               dtime, ddate, crc, len(comp), len(data), len(nb), 0, 0,
                               0, 0, 0x20, offset) + nb
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                       len(central), len(out), len(comment)) + comment
    return out + central + eocd


if __name__ == "__main__":
    import io
    import zipfile
    z = zip_bytes([("Fattura.pdf.js", b"// inert placeholder\n")], password=b"4471")
    zf = zipfile.ZipFile(io.BytesIO(z))
    print(zf.infolist()[0].flag_bits, zf.read("Fattura.pdf.js", pwd=b"4471"))
    z = zip_bytes([("a.txt", b"hello " * 20)])
    print(zipfile.ZipFile(io.BytesIO(z)).read("a.txt")[:12])
    p = pdf(["# Faktura VAT nr 12/2026", "Zażółć gęślą jaźń – Łódź, cena 100 €", "x" * 300],
            title="Test", header=["Partner Logistik sp. z o.o.", "ul. Przemysłowa 5"])
    print(len(p))
