"""Inert attachment builders: text-only PDF, ZIP (plain and ZipCrypto),
tiny WAV.  Deterministic (fixed timestamps)."""
import binascii
import io
import struct
import wave
import zipfile
import zlib

# ---------------------------------------------------------------- PDF
# Adobe glyph names for characters beyond ASCII we may need (Helvetica has them)
GLYPHS = {
    "ä": "adieresis", "ö": "odieresis", "ü": "udieresis", "Ä": "Adieresis",
    "Ö": "Odieresis", "Ü": "Udieresis", "ß": "germandbls", "€": "Euro",
    "à": "agrave", "è": "egrave", "é": "eacute", "ì": "igrave", "ò": "ograve",
    "ù": "ugrave", "á": "aacute", "í": "iacute", "ó": "oacute", "ú": "uacute",
    "ñ": "ntilde", "Ñ": "Ntilde", "¿": "questiondown", "¡": "exclamdown",
    "É": "Eacute", "È": "Egrave", "À": "Agrave", "Á": "Aacute", "Í": "Iacute",
    "Ó": "Oacute", "Ú": "Uacute", "ç": "ccedilla", "ª": "ordfeminine",
    "º": "ordmasculine", "ą": "aogonek", "ć": "cacute", "ę": "eogonek",
    "ł": "lslash", "ń": "nacute", "ś": "sacute", "ź": "zacute", "ż": "zdotaccent",
    "Ą": "Aogonek", "Ć": "Cacute", "Ę": "Eogonek", "Ł": "Lslash", "Ń": "Nacute",
    "Ś": "Sacute", "Ź": "Zacute", "Ż": "Zdotaccent", "°": "degree",
    "–": "endash", "—": "emdash", "„": "quotedblbase", "“": "quotedblleft",
    "”": "quotedblright", "‘": "quoteleft", "’": "quoteright", "•": "bullet",
    "§": "section", "©": "copyright", "®": "registered", "·": "periodcentered",
    "×": "multiply", "£": "sterling", "ñ": "ntilde", "ü": "udieresis", "«": "guillemotleft", "»": "guillemotright", "²": "twosuperior",
}


def _pdf_escape(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(pages, title="", author="", producer="Microsoft\xae Word f\xfcr Microsoft 365",
        creator="Microsoft\xae Word f\xfcr Microsoft 365", date="D:20261012091500+02'00'"):
    """pages: list of lists of (x, y, size, bold, text).  Returns PDF bytes
    with Helvetica / Helvetica-Bold, a custom encoding and ToUnicode map."""
    # collect non-ASCII characters -> codes 128..
    extra = []
    for pg in pages:
        for *_, t in pg:
            for ch in t:
                if ord(ch) > 126 and ch not in extra:
                    if ch not in GLYPHS:
                        raise ValueError("no glyph for %r" % ch)
                    extra.append(ch)
    code = {ch: 128 + i for i, ch in enumerate(extra)}

    def enc(t):
        return bytes(code[c] if c in code else ord(c) for c in t)

    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    diffs = b"[128 " + b" ".join(b"/" + GLYPHS[c].encode() for c in extra) + b"]" if extra else b"[]"
    enc_id = add(b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences " + diffs + b" >>")
    cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
            "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
    pairs = [(i, i) for i in range(32, 127)] + [(code[c], ord(c)) for c in extra]
    for k in range(0, len(pairs), 100):
        chunk = pairs[k:k + 100]
        cmap.append("%d beginbfchar" % len(chunk))
        cmap += ["<%02X> <%04X>" % p for p in chunk]
        cmap.append("endbfchar")
    cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    cm = zlib.compress("\n".join(cmap).encode())
    tu_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cm) + cm + b"\nendstream")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding %d 0 R /ToUnicode %d 0 R >>" % (enc_id, tu_id))
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding %d 0 R /ToUnicode %d 0 R >>" % (enc_id, tu_id))
    pages_id_placeholder = len(objs) + 1
    add(b"")  # pages object, filled later
    page_ids = []
    for pg in pages:
        ops = []
        for x, y, size, bold, t in pg:
            if t == "--rule--":
                ops.append(b"0.6 w %d %d m %d %d l S" % (x, y, 555, y))
                continue
            # keep the line inside the page: shrink if the estimated width is too large
            est = 0.53 * size * len(t)
            if est > 595 - x - 30:
                size = max(6, round(size * (595 - x - 30) / est, 1))
            ops.append(b"BT /%s %s Tf %d %d Td (%s) Tj ET" % (
                b"F2" if bold else b"F1", str(size).encode(), x, y, _pdf_escape(enc(t))))
        content = zlib.compress(b"\n".join(ops))
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (
            pages_id_placeholder, f1, f2, cid))
        page_ids.append(pid)
    objs[pages_id_placeholder - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % p for p in page_ids), len(page_ids))

    def pstr(s):
        try:
            return b"(" + _pdf_escape(s.encode("latin-1")) + b")"
        except UnicodeEncodeError:
            return b"<FEFF" + s.encode("utf-16-be").hex().upper().encode() + b">"
    info = add(b"<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>" % (
        pstr(title), pstr(author), pstr(creator), pstr(producer), date.encode(), date.encode()))
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id_placeholder)
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    fid = binascii.hexlify(zlib.crc32(b"".join(objs)).to_bytes(4, "big") * 4).upper()
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, cat, info, fid, fid, xref))
    return out.getvalue()


def simple_doc(lines, **kw):
    """lines: list of strings; '#' prefix = bold heading, '' = blank,
    '---' = rule.  Wraps into A4 pages."""
    pages, cur, y = [], [], 790
    for ln in lines:
        if y < 60:
            pages.append(cur)
            cur, y = [], 790
        if ln == "---":
            cur.append((50, y + 4, 0, False, "--rule--"))
            y -= 8
            continue
        bold = ln.startswith("#")
        txt = ln.lstrip("#").strip() if bold else ln
        size = 13 if ln.startswith("##") else 10
        if txt:
            cur.append((50, y, size, bold, txt))
        y -= 16 if size > 10 else 13
    pages.append(cur)
    return pdf(pages, **kw)


# ---------------------------------------------------------------- ZIP
def _dos(dt):
    y, mo, d, h, mi, s = dt
    return ((h << 11) | (mi << 5) | (s // 2)), (((y - 1980) << 9) | (mo << 5) | d)


def zip_plain(files, dt=(2026, 10, 12, 9, 30, 0)):
    """files: list of (name, bytes).  Deflated, fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return buf.getvalue()


class _ZipCrypto:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self._update(c)

    def _crc(self, crc, b):
        return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    def _update(self, c):
        k = self.k
        k[0] = self._crc(k[0], c)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xFF)

    def encrypt(self, data):
        out = bytearray()
        for p in data:
            t = (self.k[2] | 2) & 0xFFFF
            ks = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(p ^ ks)
            self._update(p)
        return bytes(out)


ZIP_PASSWORDS = []


def zip_crypto(files, password, seed=b"", dt=(2026, 10, 12, 9, 30, 0)):
    """Password-protected ZIP (traditional PKWARE / ZipCrypto, deflate)."""
    import hashlib
    if password not in ZIP_PASSWORDS:
        ZIP_PASSWORDS.append(password)
    pwd = password.encode()
    local = io.BytesIO()
    central = io.BytesIO()
    dtime, ddate = _dos(dt)
    for idx, (name, data) in enumerate(files):
        nb = name.encode("utf-8")
        flags = 0x1 | (0x800 if any(ord(c) > 127 for c in name) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        hdr = bytearray(hashlib.sha256(seed + nb).digest()[:11])
        hdr.append((crc >> 24) & 0xFF)
        zc = _ZipCrypto(pwd)
        enc = zc.encrypt(bytes(hdr) + comp)
        off = local.tell()
        local.write(struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, flags, 8, dtime, ddate,
                                crc, len(enc), len(data), len(nb), 0) + nb + enc)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, flags, 8, dtime, ddate,
                                  crc, len(enc), len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb)
    cd = central.getvalue()
    lo = local.getvalue()
    end = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(files), len(files), len(cd), len(lo), 0)
    return lo + cd + end


# ---------------------------------------------------------------- WAV
def wav_silence(seconds=1.2, rate=8000):
    buf = io.BytesIO()
    w = wave.open(buf, "wb")
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(rate)
    # faint deterministic hiss-free tone ramp (inaudible-ish, keeps file non-trivial)
    frames = bytearray()
    for i in range(int(seconds * rate)):
        v = ((i * 37) % 64) - 32
        frames += struct.pack("<h", v)
    w.writeframes(bytes(frames))
    w.close()
    return buf.getvalue()
