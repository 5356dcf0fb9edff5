"""Binary artefacts for the test set: IBANs, BTC addresses, QR codes, PNG, PDF,
ZIP (incl. ZipCrypto), DOCX/DOCM, XLSX.  Everything is deterministic and
harmless: executable-looking attachments contain only inert placeholder bytes.
"""
import hashlib
import random
import struct
import zlib
import io
import zipfile

# --------------------------------------------------------------------------
# IBAN and national check digits
# --------------------------------------------------------------------------

def _mod97(s):
    r = 0
    for ch in s:
        v = int(ch, 36)
        r = (r * (100 if v > 9 else 10) + v) % 97
    return r


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    check = 98 - _mod97(bban + country + "00")
    return "%s%02d%s" % (country, check, bban)


def iban_ok(i):
    i = i.replace(" ", "")
    return _mod97(i[4:] + i[:4]) == 1


def fmt_iban(i):
    i = i.replace(" ", "")
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def it_cin(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]
    s = 0
    for i, ch in enumerate(abi + cab + conto):
        idx = int(ch) if ch.isdigit() else ord(ch.upper()) - 65
        s += odd[idx] if i % 2 == 0 else idx
    return chr(65 + s % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def _es_dc(d10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(d10, w)) % 11
    return 0 if r == 11 else 1 if r == 10 else r


def iban_es(bank, office, account):
    dc = "%d%d" % (_es_dc("00" + bank + office), _es_dc(account))
    return iban("ES", bank + office + dc + account)


def pl_sort(bank7):
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(bank7, w))
    return bank7 + str((10 - s % 10) % 10)


def iban_pl(bank7, account16):
    return iban("PL", pl_sort(bank7) + account16)


def ru_account(bik, acc19_with_placeholder):
    """acc: 20-digit account with 'K' at position 9 (index 8); returns the
    account with the correct control key for the given BIK."""
    w = [7, 1, 3] * 8
    for k in range(10):
        acc = acc19_with_placeholder.replace("K", str(k))
        s = sum((int(d) * w[i]) % 10 for i, d in enumerate(bik[-3:] + acc))
        if s % 10 == 0:
            return acc
    raise ValueError


# --------------------------------------------------------------------------
# Bitcoin addresses (valid format, random key material, deterministic)
# --------------------------------------------------------------------------

_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def _convertbits(data, frm, to):
    acc = bits = 0
    ret = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret


def btc_bech32(seed):
    prog = hashlib.sha256(("p2wpkh" + seed).encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_expand("bc") + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(_B32[d] for d in data + chk)


def btc_bech32_ok(addr):
    data = [_B32.index(c) for c in addr[3:]]
    return _polymod(_hrp_expand("bc") + data) == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def btc_legacy(seed):
    payload = b"\x00" + hashlib.sha256(("p2pkh" + seed).encode()).digest()[:20]
    full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(full, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    pad = len(full) - len(full.lstrip(b"\x00"))
    return "1" * pad + out


# --------------------------------------------------------------------------
# QR code (byte mode, ECC M, versions 1..9, mask 0)
# --------------------------------------------------------------------------

_ECC_M = [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22]
_BLK_M = [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5]


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        n = ver // 7 + 2
        r -= (25 * n - 10) * n - 55
        if ver >= 7:
            r -= 36
    return r


def _data_cw(ver):
    return _raw_modules(ver) // 8 - _ECC_M[ver] * _BLK_M[ver]


def _gmul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_div(deg):
    res = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(deg):
            res[j] = _gmul(res[j], root)
            if j + 1 < deg:
                res[j] ^= res[j + 1]
        root = _gmul(root, 2)
    return res


def _rs_rem(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gmul(c, f)
    return res


def qr_matrix(text):
    data = text.encode("utf-8")
    ver = None
    for v in range(1, 10):
        if 4 + 8 + 8 * len(data) <= _data_cw(v) * 8:
            ver = v
            break
    if ver is None:
        raise ValueError("QR payload too long")
    size = ver * 4 + 17
    bits = []

    def put(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    put(4, 4)
    put(len(data), 8)
    for b in data:
        put(b, 8)
    cap = _data_cw(ver) * 8
    put(0, min(4, cap - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cws = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # ecc + interleave
    nblk = _BLK_M[ver]
    ecl = _ECC_M[ver]
    raw = _raw_modules(ver) // 8
    nshort = nblk - raw % nblk
    shortlen = raw // nblk
    div = _rs_div(ecl)
    blocks = []
    k = 0
    for i in range(nblk):
        dat = cws[k:k + shortlen - ecl + (0 if i < nshort else 1)]
        k += len(dat)
        ecc = _rs_rem(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - ecl or j >= nshort:
                final.append(blk[i])
    mod = [[False] * size for _ in range(size)]
    fun = [[False] * size for _ in range(size)]

    def setf(x, y, d):
        mod[y][x] = d
        fun[y][x] = True
    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                xx, yy = cx + dx, cy + dy
                if 0 <= xx < size and 0 <= yy < size:
                    setf(xx, yy, max(abs(dx), abs(dy)) not in (2, 4))
    if ver > 1:
        n = ver // 7 + 2
        step = (ver * 8 + n * 3 + 5) // (n * 4 - 4) * 2
        pos = [size - 7 - i * step for i in range(n - 1)] + [6]
        pos = pos[::-1]
        last = len(pos) - 1
        for i in range(len(pos)):
            for j in range(len(pos)):
                if (i == 0 and j == 0) or (i == 0 and j == last) or (i == last and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)

    def draw_format(mask):
        d = (0 << 3) | mask          # ECC M -> format bits 00
        rem = d
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        b = ((d << 10) | rem) ^ 0x5412
        g = lambda i: ((b >> i) & 1) != 0
        for i in range(6):
            setf(8, i, g(i))
        setf(8, 7, g(6))
        setf(8, 8, g(7))
        setf(7, 8, g(8))
        for i in range(9, 15):
            setf(14 - i, 8, g(i))
        for i in range(8):
            setf(size - 1 - i, 8, g(i))
        for i in range(8, 15):
            setf(8, size - 15 + i, g(i))
        setf(8, size - 8, True)
    draw_format(0)
    if ver >= 7:
        rem = ver
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        b = (ver << 12) | rem
        for i in range(18):
            bit = ((b >> i) & 1) != 0
            a, c = size - 11 + i % 3, i // 3
            setf(a, c, bit)
            setf(c, a, bit)
    i = 0
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                up = ((right + 1) & 2) == 0
                y = size - 1 - vert if up else vert
                if not fun[y][x] and i < len(final) * 8:
                    mod[y][x] = ((final[i >> 3] >> (7 - (i & 7))) & 1) != 0
                    i += 1
        right -= 2
    for y in range(size):
        for x in range(size):
            if not fun[y][x] and (x + y) % 2 == 0:
                mod[y][x] = not mod[y][x]
    draw_format(0)
    return mod


def png_gray(width, height, rows):
    """rows: list of bytes objects (8-bit gray)."""
    raw = b"".join(b"\x00" + r for r in rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qr_png(text, scale=6, border=4):
    m = qr_matrix(text)
    n = len(m)
    w = (n + 2 * border) * scale
    rows = []
    for yy in range(w):
        y = yy // scale - border
        row = bytearray()
        for xx in range(w):
            x = xx // scale - border
            dark = 0 <= x < n and 0 <= y < n and m[y][x]
            row.append(0 if dark else 255)
        rows.append(bytes(row))
    return png_gray(w, w, rows)


# --------------------------------------------------------------------------
# PDF (standard-14 Helvetica with a custom /Differences encoding so that
# Greek, Cyrillic and Central-European text extracts correctly)
# --------------------------------------------------------------------------

_AGL = {
    "ą": "aogonek", "Ą": "Aogonek", "ć": "cacute", "Ć": "Cacute", "ę": "eogonek",
    "Ę": "Eogonek", "ł": "lslash", "Ł": "Lslash", "ń": "nacute", "Ń": "Nacute",
    "ś": "sacute", "Ś": "Sacute", "ź": "zacute", "Ź": "Zacute", "ż": "zdotaccent",
    "Ż": "Zdotaccent", "č": "ccaron", "ř": "rcaron", "ě": "ecaron",
}


_HW = dict(zip(" !\"#$%&'()*+,-./0123456789:;<=>?@", [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278] + [556] * 10 + [278, 278, 584, 584, 584, 556, 1015]))
_HW.update(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611]))
_HW.update(zip("abcdefghijklmnopqrstuvwxyz", [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500]))
_HW.update(zip("[\\]^_`{|}~", [278, 278, 278, 469, 556, 333, 334, 260, 334, 584]))


def _width(ch):
    import unicodedata
    if ch in _HW:
        return _HW[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    if base in _HW:
        return _HW[base]
    if ch in "–":
        return 556
    if ch in "—€":
        return 1000 if ch == "—" else 556
    return 667 if ch.isupper() else 556


def _pdf_date(d):
    return "D:" + d.strftime("%Y%m%d%H%M%S") + "+01'00'"


def pdf(pages, title="", author="", creator="Microsoft® Word für Microsoft 365",
        producer="Microsoft® Word für Microsoft 365", created=None, qr=None, link=None):
    """pages: list of pages; page = list of (text, size, bold) or str.
    qr: (page_index, text, x, y, modulesize) ; link: (page_index, url, rect)"""
    chars = set()
    for p in pages:
        for ln in p:
            t = ln if isinstance(ln, str) else ln[0]
            chars.update(t)
    cmap = {}
    used = set()
    extras = []
    for ch in sorted(chars):
        try:
            code = ch.encode("cp1252")[0]
            cmap[ch] = code
            used.add(code)
        except UnicodeEncodeError:
            extras.append(ch)
    free = [c for c in range(0xA1, 0x100) if c not in used]
    free += [c for c in range(0x80, 0xA1) if c not in used]
    free += [c for c in range(1, 32) if c not in (9, 10, 12, 13)]
    diffs = []
    for ch in extras:
        code = free.pop(0)
        cmap[ch] = code
        diffs.append("%d /%s" % (code, _AGL.get(ch, "uni%04X" % ord(ch))))
    enc = "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding"
    if diffs:
        enc += " /Differences [ " + " ".join(diffs) + " ]"
    enc += " >>"

    objs = []

    def add(s):
        objs.append(s if isinstance(s, bytes) else s.encode("latin-1"))
        return len(objs)
    catalog = add("")
    pages_id = add("")
    wid = [556] * 255
    for ch, code in cmap.items():
        wid[code - 1] = _width(ch)
    wstr = "/FirstChar 1 /LastChar 255 /Widths [" + " ".join(map(str, wid)) + "]"
    f1 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 5 0 R %s >>" % wstr)
    f2 = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 5 0 R %s >>" % wstr)
    add(enc)
    kids = []
    for pi, p in enumerate(pages):
        y = 800
        ops = []
        for ln in p:
            if isinstance(ln, str):
                ln = (ln, 10, False)
            t, size, bold = ln
            if t == "":
                y -= size * 0.8
                continue
            hexs = "".join("%02X" % cmap[c] for c in t)
            ops.append("BT /%s %d Tf 56 %d Td <%s> Tj ET" % ("F2" if bold else "F1", size, int(y), hexs))
            y -= int(size * 1.45)
        if qr and qr[0] == pi:
            m = qr_matrix(qr[1])
            x0, y0, s = qr[2], qr[3], qr[4]
            n = len(m)
            rects = []
            for r in range(n):
                for c in range(n):
                    if m[r][c]:
                        rects.append("%.2f %.2f %.2f %.2f re" % (x0 + c * s, y0 + (n - 1 - r) * s, s, s))
            ops.append("q 0 0 0 rg " + " ".join(rects) + " f Q")
        stream = "\n".join(ops).encode("latin-1")
        cs = zlib.compress(stream)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(cs) + cs + b"\nendstream")
        annots = ""
        if link and link[0] == pi:
            url = link[1].replace("(", "\\(").replace(")", "\\)")
            r = link[2]
            aid = add("<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /Border [0 0 0] "
                      "/A << /S /URI /URI (%s) >> >>" % (r[0], r[1], r[2], r[3], url))
            annots = " /Annots [%d 0 R]" % aid
        pid = add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                  "/F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R%s >>" % (f1, f2, cid, annots))
        kids.append(pid)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % k for k in kids), len(kids))).encode()

    def pstr(s):
        try:
            b = s.encode("latin-1")
            return "(" + b.decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
        except UnicodeEncodeError:
            return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"
    info = "<< /Title %s /Author %s /Creator %s /Producer %s" % (pstr(title), pstr(author), pstr(creator), pstr(producer))
    if created:
        info += " /CreationDate (%s) /ModDate (%s)" % (_pdf_date(created), _pdf_date(created))
    info += " >>"
    info_id = add(info.encode("latin-1"))
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
    fid = hashlib.md5(title.encode() + author.encode()).hexdigest().upper()
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, info_id, fid.encode(), fid.encode(), xref))
    return out.getvalue()


# --------------------------------------------------------------------------
# ZIP writer with optional traditional PKWARE (ZipCrypto) encryption
# --------------------------------------------------------------------------

def _crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRCT = _crc_table()


class _ZipCrypto:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw:
            self._upd(c)

    def _crc(self, crc, b):
        return _CRCT[(crc ^ b) & 0xff] ^ (crc >> 8)

    def _upd(self, c):
        k = self.k
        k[0] = self._crc(k[0], c)
        k[1] = (k[1] + (k[0] & 0xff)) & 0xffffffff
        k[1] = (k[1] * 134775813 + 1) & 0xffffffff
        k[2] = self._crc(k[2], (k[1] >> 24) & 0xff)

    def enc(self, data):
        out = bytearray()
        for c in data:
            t = (self.k[2] | 2) & 0xffff
            ks = ((t * (t ^ 1)) >> 8) & 0xff
            self._upd(c)
            out.append(c ^ ks)
        return bytes(out)


def zip_archive(entries, password=None, seed="zip"):
    """entries: list of (name, data, (Y,M,D,h,m,s))."""
    rnd = random.Random(seed)
    out = io.BytesIO()
    central = []
    for name, data, dt in entries:
        fn = name.encode("utf-8")
        flags = 0x0800 if any(ord(c) > 127 for c in name) else 0
        crc = zlib.crc32(data) & 0xffffffff
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        if password:
            flags |= 1
            zc = _ZipCrypto(password.encode())
            hdr = bytes(rnd.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            comp = zc.enc(hdr + comp)
        dtime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
        ddate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, flags, method, dtime, ddate,
                              crc, len(comp), len(data), len(fn), 0) + fn + comp)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, flags, method, dtime,
                                   ddate, crc, len(comp), len(data), len(fn), 0, 0, 0, 0, 0x20, off) + fn)
    cd = out.tell()
    for c in central:
        out.write(c)
    cdl = out.tell() - cd
    out.write(struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(central), len(central), cdl, cd, 0))
    return out.getvalue()


# --------------------------------------------------------------------------
# Office Open XML documents (minimal but valid)
# --------------------------------------------------------------------------

def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _ooxml(files, dt):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return bio.getvalue()


def _core(author, title, created):
    ts = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<cp:lastModifiedBy>%s</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
            % (_x(title), _x(author), _x(author), ts, ts))


def docx(paragraphs, author, title, created, macro=False):
    body = "".join(
        '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (
            '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if p.startswith("# ") else "",
            "<w:rPr><w:b/></w:rPr>" if p.startswith("# ") else "",
            _x(p[2:] if p.startswith("# ") else p))
        for p in paragraphs)
    main_ct = ("application/vnd.ms-word.document.macroEnabled.main+xml" if macro
               else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + ('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' if macro else "") +
          '<Override PartName="/word/document.xml" ContentType="%s"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>' % main_ct)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417"/></w:sectPr>'
           '</w:body></w:document>' % body)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    files = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
             ("docProps/core.xml", _core(author, title, created)), ("docProps/app.xml", app)]
    if macro:
        files.append(("word/_rels/document.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                      '</Relationships>'))
        files.append(("word/vbaProject.bin", placeholder_ole()))
    return _ooxml(files, created.timetuple()[:6])


def xlsx(rows, author, title, created, sheet="Tabelle1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col(ci), ri)
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
         % "".join(xr)),
        ("docProps/core.xml", _core(author, title, created)),
    ]
    return _ooxml(files, created.timetuple()[:6])


# --------------------------------------------------------------------------
# Inert placeholders for "executable" attachments
# --------------------------------------------------------------------------

MARK = b"AUDIT16 TEST PLACEHOLDER - NOT EXECUTABLE - NO PAYLOAD"


def placeholder_ole():
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56 + MARK + b"\x00" * 64


def placeholder_lnk(target_hint):
    hdr = bytes.fromhex("4c0000000114020000000000c000000000000046")
    return hdr + b"\x00" * 56 + MARK + b"\x00" + target_hint.encode("utf-16-le") + b"\x00" * 32


def placeholder_exe():
    return (b"MZ\x90\x00" + b"\x00" * 56 + b"This program cannot be run in DOS mode.\r\r\n$"
            + b"\x00" * 16 + MARK + b"\x00" * 64)


def placeholder_iso(label):
    data = bytearray(0x8800)
    data[0x8000:0x8006] = b"\x01CD001"
    data[0x8028:0x8028 + len(label)] = label.encode("ascii")
    data[0x8100:0x8100 + len(MARK)] = MARK
    return bytes(data)


def placeholder_script(kind, seed):
    """Inert script that merely resembles obfuscated dropper code: it defines
    unused strings and exits.  No download, no execution, no file access."""
    rnd = random.Random(seed)
    junk = ["".join(rnd.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rnd.randint(6, 14)))
            for _ in range(24)]
    if kind == "js":
        lines = ["// " + MARK.decode(), "var _0x%04x=[%s];" % (rnd.randrange(65536), ",".join("'%s'" % j for j in junk)),
                 "function _0x%04x(a,b){a=a-0x0;var c=_0x%04x[a];return c;}" % (rnd.randrange(65536), rnd.randrange(65536)),
                 "// placeholder ends here; nothing is executed"]
    else:
        lines = ["' " + MARK.decode()] + ["Dim v%d : v%d = \"%s\"" % (i, i, j) for i, j in enumerate(junk[:12])] + \
                ["' placeholder ends here; nothing is executed", "WScript.Quit 0"]
    return ("\r\n".join(lines) + "\r\n").encode("ascii")
