"""Inert attachment builders: text-only PDF, ZIP (optionally ZipCrypto
password-protected).  Deterministic: all 'random' bytes derive from a key."""
import hashlib
import struct
import zlib

# ---------------------------------------------------------------- PDF
# glyphs outside WinAnsi mapped to free code points via /Differences
_EXTRA = {
    "ł": "lslash", "Ł": "Lslash", "ą": "aogonek", "Ą": "Aogonek", "ę": "eogonek",
    "Ę": "Eogonek", "ś": "sacute", "Ś": "Sacute", "ź": "zacute", "Ź": "Zacute",
    "ż": "zdotaccent", "Ż": "Zdotaccent", "ń": "nacute", "Ń": "Nacute",
    "ć": "cacute", "Ć": "Cacute",
}
_FREE = [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x7F, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D,
         0x1E, 0x1F, 0x10, 0x11]


def _pdf_str(s, extra_map):
    out = bytearray()
    for ch in s:
        if ch in _EXTRA:
            out.append(extra_map[ch])
            continue
        b = ch.encode("cp1252")
        out += b
    r = bytes(out).replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + r + b")"


def pdf(lines, title="", author="", producer="", created="20261001090000+02'00'"):
    """lines: list of (size, text) or text; ('B', size, text) for bold. A4 page(s)."""
    used = sorted({c for item in lines for c in (item if isinstance(item, str) else item[-1])
                   if c in _EXTRA})
    extra_map = {c: _FREE[i] for i, c in enumerate(used)}
    diffs = b" ".join(b"%d /%s" % (extra_map[c], _EXTRA[c].encode()) for c in used)
    pages, cur, y = [], [], 800
    for item in lines:
        if isinstance(item, str):
            item = ("F1", 10, item)
        elif len(item) == 2:
            item = ("F1", item[0], item[1])
        font, size, text = item
        lead = size + 4
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 800
        y -= lead
        if text:
            cur.append(b"BT /%s %d Tf 56 %d Td %s Tj ET" % (font.encode(), size, y,
                                                            _pdf_str(text, extra_map)))
    pages.append(cur)
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)
    enc = b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [ %s ] >>" % diffs
    enc_id = add(enc)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R >>" % enc_id)
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R >>" % enc_id)
    pages_id = len(objs) + 1 + 2 * len(pages)
    kids = []
    for pg in pages:
        content = b"\n".join(pg)
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_id, f1, f2, cid)))
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == pages_id
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)

    def lit(s):
        return _pdf_str(s, {})
    info = add(b"<< /Title %s /Author %s /Producer %s /CreationDate (D:%s) >>" % (
        lit(title), lit(author), lit(producer), created.encode()))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(bytes(out)).hexdigest().encode()
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, fid, fid, xref))
    return bytes(out)


# ---------------------------------------------------------------- ZIP
_CRCT = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for b in pwd:
            self._upd(b)

    def _crc(self, c, b):
        return _CRCT[(c ^ b) & 0xFF] ^ (c >> 8)

    def _upd(self, b):
        k = self.k
        k[0] = self._crc(k[0], b)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], k[1] >> 24)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._upd(p)
        return bytes(out)


def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zipfile_bytes(entries, password=None, key="zip"):
    """entries: list of (name, bytes, (Y,M,D,h,m,s))."""
    out, central = bytearray(), bytearray()
    for idx, (name, data, dt) in enumerate(entries):
        fname = name.encode("utf-8")
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password:
            flags |= 1
            zc = _ZipCrypto(password.encode("utf-8"))
            hdr = hashlib.sha256(("%s/%d" % (key, idx)).encode()).digest()[:11] + bytes([crc >> 24])
            comp = zc.enc(hdr + comp)
        t, d = _dos(dt)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, t, d, crc,
                           len(comp), len(data), len(fname), 0) + fname + comp
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, method, t, d,
                               crc, len(comp), len(data), len(fname), 0, 0, 0, 0,
                               0o100644 << 16, off) + fname
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries),
                       len(central), cd_off, 0)
    return bytes(out)
