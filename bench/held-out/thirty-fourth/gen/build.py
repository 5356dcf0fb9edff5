#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for the Example Group mail-gateway evaluation set.

Writes ../attack/*.eml, ../business/*.eml, ../MANIFEST.md and ../staff.txt
relative to this script.  Python 3 standard library only, no network, no
unseeded randomness.  All attachments that imitate malware are inert text
placeholders.  All attacker infrastructure is fictitious.
"""
import base64
import datetime as dt
import hashlib
import io
import os
import quopri
import shutil
import struct
import textwrap
import zipfile
import zlib
from email.utils import format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------
# deterministic helpers
# ---------------------------------------------------------------------------

def h(s, n=16, alphabet="0123456789abcdef"):
    """Deterministic pseudo-random string derived from s."""
    d = hashlib.sha256(s.encode()).digest()
    out = []
    i = 0
    while len(out) < n:
        if i >= len(d):
            d = hashlib.sha256(d).digest()
            i = 0
        out.append(alphabet[d[i] % len(alphabet)])
        i += 1
    return "".join(out)


B52 = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


CET, EET, MSK, GMT = tz(1), tz(2), tz(3), tz(0)


def D(day, hh, mm, ss=0, zone=CET, month=11):
    return dt.datetime(2026, month, day, hh, mm, ss, tzinfo=zone)


# ---------------------------------------------------------------------------
# IBAN and national check digits
# ---------------------------------------------------------------------------

def _alnum_to_int(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    chk = 98 - (_alnum_to_int(bban + country + "00") % 97)
    return "%s%02d%s" % (country, chk, bban)


def iban_ok(ib):
    ib = ib.replace(" ", "")
    return _alnum_to_int(ib[4:] + ib[:4]) % 97 == 1


def fmt_iban(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def it_bban(abi, cab, conto):
    """Italian BBAN with CIN (national check character)."""
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]
    conto = conto.rjust(12, "0")
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26) + s


def es_bban(entity, office, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(digits):
        r = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return entity + office + "%d%d" % (dc("00" + entity + office), dc(account)) + account


def pl_bban(bank7, account16):
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(a) * b for a, b in zip(bank7, w)) % 10) % 10
    return bank7 + str(c) + account16


def ru_account(bik, acc20):
    """Insert the control key (position 9) of a Russian settlement account."""
    acc = acc20[:8] + "0" + acc20[9:]
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    k = (sum(int(a) * b for a, b in zip(s, w)) % 10) * 3 % 10
    return acc[:8] + str(k) + acc[9:]


def ru_account_ok(bik, acc):
    s = bik[-3:] + acc
    w = [7, 1, 3] * 8
    return sum(int(a) * b for a, b in zip(s, w)) % 10 == 0


def ru_inn10(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)


def it_piva(first10):
    tot = 0
    for i, c in enumerate(first10):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return first10 + str((10 - tot % 10) % 10)


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10
    return first9 + str(c)


# ---- the account numbers used in the messages (all computed) ----
IB = {
    # genuine
    "lieferant_old": iban("DE", "50050201" + "0200418837"),     # Frankfurter Sparkasse
    "lieferant_new": iban("DE", "50190000" + "6100427315"),     # Frankfurter Volksbank
    "ferretti": iban("IT", it_bban("03069", "11710", "100000016342")),
    "partner_old": iban("PL", pl_bban("1020290", "0000610201448823")),   # PKO BP
    "partner_new": iban("PL", pl_bban("1140200", "4000370278115466")),   # mBank
    "garda_hotel": iban("IT", it_bban("05034", "59420", "000000004471")),
    "mallorca_hotel": iban("ES", es_bban("2100", "0721", "0200183466")),
    "santorini_hotel": iban("GR", "0110" + "7450" + "0000074500211634"),
    "whitcombe": iban("GB", "NWBK" + "560036" + "24817390"),
    # attacker
    "att_ceo_de": iban("DE", "10011001" + "2625471189"),
    "att_lieferant": iban("LT", "32500" + "10084722613"),
    "att_payroll_de": iban("DE", "10010010" + "0948137622"),
    "att_ceo_it": iban("IT", it_bban("03395", "01600", "CC0017730651")),
    "att_ferretti": iban("IT", it_bban("03268", "11200", "052871366420")),
    "att_partner": iban("PL", pl_bban("1090101", "4000071219812874")),
    "att_mallorca": iban("ES", es_bban("1465", "0100", "9117036285")),
    "att_payroll_es": iban("ES", es_bban("1583", "0001", "1090442317")),
    "att_greece": iban("LT", "73325" + "00071038859"),
    "att_whitcombe": iban("GB", "CLRB" + "040541" + "00274119"),
    "att_krdg": iban("PL", pl_bban("1240620", "1111001089214473")),
}

RU = {
    # genuine hotel "Гостиница Северная Звезда" (Sberbank, BIK 044525225)
    "hotel_bik": "044525225",
    "hotel_acc": ru_account("044525225", "40702810838000123456"),
    "hotel_inn": ru_inn10("770412345"),
    # attacker variant (Tochka-like BIK)
    "att_bik": "044525104",
    "att_acc": ru_account("044525104", "40702810503500041177"),
    "att_inn": ru_inn10("973100218"),
}

for k, v in IB.items():
    assert iban_ok(v), k
assert ru_account_ok(RU["hotel_bik"], RU["hotel_acc"])
assert ru_account_ok(RU["att_bik"], RU["att_acc"])

# ---------------------------------------------------------------------------
# QR code encoder (byte mode, EC level M, versions 1-10), PNG writer
# ---------------------------------------------------------------------------

ECC_M = [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26]
BLK_M = [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5]


def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r


def _data_cw(ver):
    return _raw_modules(ver) // 8 - ECC_M[ver] * BLK_M[ver]


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


def _align_pos(ver):
    if ver == 1:
        return []
    na = ver // 7 + 2
    size = ver * 4 + 17
    step = (ver * 4 + na * 2 + 1) // (na * 2 - 2) * 2
    r = [size - 7 - i * step for i in range(na - 1)] + [6]
    return sorted(r)


def qr_matrix(text, mask=None):
    data = text.encode("utf-8")
    ver = None
    for v in range(1, 11):
        cc = 8 if v < 10 else 16
        if 4 + cc + 8 * len(data) <= _data_cw(v) * 8:
            ver = v
            break
    if ver is None:
        raise ValueError("URL too long for QR encoder")
    cc = 8 if ver < 10 else 16
    bits = []

    def put(val, n):
        for i in reversed(range(n)):
            bits.append((val >> i) & 1)
    put(4, 4)
    put(len(data), cc)
    for b in data:
        put(b, 8)
    cap = _data_cw(ver) * 8
    put(0, min(4, cap - len(bits)))
    put(0, (-len(bits)) % 8)
    pad = 0xEC
    while len(bits) < cap:
        put(pad, 8)
        pad ^= 0xEC ^ 0x11
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # error correction + interleave
    nb, eclen = BLK_M[ver], ECC_M[ver]
    raw = _raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(eclen)
    blocks, k = [], 0
    for i in range(nb):
        dat = cw[k:k + shortlen - eclen + (0 if i < nshort else 1)]
        k += len(dat)
        ecc = _rs_rem(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, b in enumerate(blocks):
            if i != shortlen - eclen or j >= nshort:
                final.append(b[i])
    size = ver * 4 + 17
    mod = [[False] * size for _ in range(size)]
    fn = [[False] * size for _ in range(size)]

    def setf(x, y, v):
        mod[y][x] = bool(v)
        fn[y][x] = True
    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    setf(x, y, max(abs(dx), abs(dy)) not in (2, 4))
    ap = _align_pos(ver)
    for i in ap:
        for j in ap:
            if (i == 6 and j == 6) or (i == 6 and j == ap[-1]) or (i == ap[-1] and j == 6):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    setf(i + dx, j + dy, max(abs(dx), abs(dy)) != 1)

    def draw_format(m):
        d = (0 << 3) | m  # EC level M -> format bits 00
        r = d
        for _ in range(10):
            r = (r << 1) ^ ((r >> 9) * 0x537)
        b = ((d << 10) | r) ^ 0x5412
        g = lambda i: (b >> i) & 1
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
        setf(8, size - 8, 1)
    draw_format(0)
    if ver >= 7:
        r = ver
        for _ in range(12):
            r = (r << 1) ^ ((r >> 11) * 0x1F25)
        b = (ver << 12) | r
        for i in range(18):
            bit = (b >> i) & 1
            a, c = size - 11 + i % 3, i // 3
            setf(a, c, bit)
            setf(c, a, bit)
    # codewords
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
                if not fn[y][x] and i < len(final) * 8:
                    mod[y][x] = bool((final[i >> 3] >> (7 - (i & 7))) & 1)
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
                if not fn[y][x] and masks[m](x, y):
                    mod[y][x] = not mod[y][x]

    def penalty():
        p = 0
        for lines in (mod, [list(c) for c in zip(*mod)]):
            for row in lines:
                run = 1
                for a in range(1, size):
                    if row[a] == row[a - 1]:
                        run += 1
                        if run == 5:
                            p += 3
                        elif run > 5:
                            p += 1
                    else:
                        run = 1
                s = "".join("1" if v else "0" for v in row)
                p += 40 * (s.count("10111010000") + s.count("00001011101"))
        for y in range(size - 1):
            for x in range(size - 1):
                if mod[y][x] == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in mod)
        total = size * size
        p += (abs(dark * 20 - total * 10) + total - 1) // total * 10 - 10 if dark * 20 != total * 10 else 0
        return p
    if mask is None:
        best = None
        for m in range(8):
            apply(m)
            draw_format(m)
            pen = penalty()
            if best is None or pen < best[0]:
                best = (pen, m)
            apply(m)
        mask = best[1]
    apply(mask)
    draw_format(mask)
    return mod


def png_bytes(matrix, scale=6, border=4):
    n = len(matrix)
    w = (n + 2 * border) * scale
    rows = []
    for y in range(w):
        my = y // scale - border
        row = bytearray([0])
        for x in range(w):
            mx = x // scale - border
            dark = 0 <= mx < n and 0 <= my < n and matrix[my][mx]
            row.append(0 if dark else 255)
        rows.append(bytes(row))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", w, w, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
            chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# minimal PDF writer (placeholder documents, optional vector QR code)
# ---------------------------------------------------------------------------

def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines, title="Document", qr=None, seed=""):
    """One-page PDF with WinAnsi Helvetica text (latin-1 subset only)."""
    ops = ["BT /F1 11 Tf 56 790 Td 14 TL"]
    for ln in lines:
        t = ln.encode("latin-1", "replace").decode("latin-1")
        ops.append("(%s) '" % _pdf_esc(t))
    ops.append("ET")
    if qr is not None:
        n = len(qr)
        s = 5.0
        x0, y0 = 200, 200
        ops.append("0 g")
        for y in range(n):
            for x in range(n):
                if qr[y][x]:
                    ops.append("%.1f %.1f %.1f %.1f re" % (x0 + x * s, y0 + (n - 1 - y) * s, s, s))
        ops.append("f")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (PDF placeholder generator) /CreationDate (D:20261101000000Z) >>" % _pdf_esc(title)).encode("latin-1", "replace"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    fid = hashlib.md5((title + seed).encode()).hexdigest()
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, fid.encode(), fid.encode(), xref))
    return out.getvalue()


def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


INERT = ("INERT TEST PLACEHOLDER - this file stands in for a malicious payload in a "
         "mail-gateway evaluation set. It contains no executable code.\r\n")

# ---------------------------------------------------------------------------
# MIME serialisation
# ---------------------------------------------------------------------------

PY_CODEC = {"windows-1250": "cp1250", "windows-1251": "cp1251", "windows-1253": "cp1253",
            "iso-8859-1": "latin-1", "iso-8859-15": "iso8859_15", "iso-8859-2": "iso8859_2",
            "iso-8859-7": "iso8859_7", "koi8-r": "koi8_r", "utf-8": "utf-8", "us-ascii": "ascii"}


TYPO_FALLBACK = {"\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201a": ",",
                 "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2026": "...", "\u00a0": " ",
                 "\u00ab": '"', "\u00bb": '"'}


def downgrade(s, charset):
    """Typographic characters that a legacy charset lacks are downgraded the way
    MUAs do it; anything else must encode strictly."""
    codec = PY_CODEC[charset.lower()]
    out = []
    for ch in s:
        try:
            ch.encode(codec)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(TYPO_FALLBACK[ch])
    return "".join(out)


def enc_text(s, charset):
    return downgrade(s, charset).encode(PY_CODEC[charset.lower()])


def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded words (folded) if needed."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    codec = PY_CODEC[charset.lower()]
    text = downgrade(text, charset)
    words, cur = [], ""
    limit = 42 if mode == "B" else 30
    for ch in text:
        if len((cur + ch).encode(codec)) > limit:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(codec)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode()))
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif c.isalnum() and byte < 128:
                    q += c
                elif c in "-!*+/" and byte < 128:
                    q += c
                else:
                    q += "=%02X" % byte
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\r\n ".join(out)


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()@"'):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, mode), email)


def wrap_plain(text, width=74):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith((">", " ", "|", "-- ")):
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def encode_body(data, cte):
    """data: bytes with \n newlines for text, raw bytes for binary."""
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
    if cte == "quoted-printable":
        q = quopri.encodestring(data.replace(b"\r\n", b"\n")).decode("ascii")
        return q.replace("\n", "\r\n")
    # 7bit / 8bit
    return data.replace(b"\r\n", b"\n").decode("latin-1").replace("\n", "\r\n")


class Part:
    def __init__(self, ctype, data=None, charset=None, cte="7bit", filename=None,
                 disposition=None, cid=None, parts=None, params="", name_charset="utf-8",
                 extra=None, wrap=True):
        self.ctype, self.data, self.charset, self.cte = ctype, data, charset, cte
        self.filename, self.disposition, self.cid = filename, disposition, cid
        self.parts, self.params, self.name_charset = parts, params, name_charset
        self.extra = extra or []
        self.wrap = wrap

    def headers(self, key):
        hs = []
        if self.parts is not None:
            self.boundary = "----=_Part_%s" % h(key + self.ctype, 24, ALNUM)
            hs.append('Content-Type: %s;%s\r\n\tboundary="%s"' % (self.ctype, self.params, self.boundary))
            return hs
        ct = "Content-Type: %s" % self.ctype
        if self.charset:
            ct += '; charset="%s"' % self.charset if self.ctype.startswith("text/html") else "; charset=%s" % self.charset
        ct += self.params
        if self.filename and not self.ctype.startswith("text/plain"):
            ct += ';\r\n\tname="%s"' % ew(self.filename, self.name_charset)
        hs.append(ct)
        hs.append("Content-Transfer-Encoding: %s" % self.cte)
        if self.cid:
            hs.append("Content-ID: <%s>" % self.cid)
        if self.disposition:
            d = "Content-Disposition: %s" % self.disposition
            if self.filename:
                d += ';\r\n\tfilename="%s"' % ew(self.filename, self.name_charset)
            hs.append(d)
        hs.extend(self.extra)
        return hs

    def body(self, key):
        if self.parts is not None:
            out = ["This is a multi-part message in MIME format."] if key.count("/") == 0 else []
            for i, p in enumerate(self.parts):
                k = "%s/%d" % (key, i)
                out.append("")
                out.append("--" + self.boundary)
                out.extend(p.headers(k))
                out.append("")
                out.append(p.body(k))
            out.append("--" + self.boundary + "--")
            out.append("")
            return "\r\n".join(out)
        data = self.data
        if isinstance(data, str):
            if self.ctype == "text/plain" and self.wrap:
                data = wrap_plain(data)
            data = enc_text(data, self.charset or "us-ascii")
        b = encode_body(data, self.cte)
        return b.rstrip("\r\n")


def text(s, charset="utf-8", cte="quoted-printable", **kw):
    return Part("text/plain", s, charset, cte, **kw)


def html(s, charset="utf-8", cte="quoted-printable", **kw):
    return Part("text/html", s, charset, cte, **kw)


def alt(*parts):
    return Part("multipart/alternative", parts=list(parts))


def mixed(*parts):
    return Part("multipart/mixed", parts=list(parts))


def related(*parts):
    return Part("multipart/related", parts=list(parts), params=' type="multipart/alternative";' if parts[0].ctype.startswith("multipart") else ' type="text/html";')


def attach(filename, data, ctype="application/pdf", cte="base64", charset=None, name_charset="utf-8"):
    return Part(ctype, data, charset, cte, filename=filename, disposition="attachment",
                name_charset=name_charset)


def inline_img(filename, data, cid, ctype="image/png"):
    return Part(ctype, data, None, "base64", filename=filename, disposition="inline", cid=cid)


def pdf(filename, lines, **kw):
    return attach(filename, pdf_bytes(lines, title=filename, seed=filename, **kw))


# ---------------------------------------------------------------------------
# sending infrastructure presets
# ---------------------------------------------------------------------------

def infra_gmail(n):
    host = "mail-%s-f%d.google.com" % (["wm1", "ej1", "wr1", "lf1", "ed1"][n % 5], 40 + n * 7 % 60)
    ip = "209.85.%d.%d" % ([128, 218, 221, 167, 208][n % 5], 40 + n * 7 % 60)
    return dict(helo=host, rdns=host, ip=ip, tls=True,
                inner="by %s with SMTP id %s.%d.2026.%s" % (host, h(host + "a", 12, "0123456789abcdefghijklmnopqrstuvwxyz"), 1 + n % 9, "02.09.36"),
                msgid=lambda k: "CA%s@mail.gmail.com" % h(k, 46, ALNUM + "+_-"))


def infra_outlookcom(n):
    host = "mail-%seur0%dolkn20%02d.outbound.protection.outlook.com" % (["am6", "db8", "vi1", "he1"][n % 4], 1 + n % 5, 10 + n * 3 % 89)
    helo = "EUR0%d-%s-obe.outbound.protection.outlook.com" % (1 + n % 5, ["AM6", "DB8", "VI1", "HE1"][n % 4])
    box = "%sPR0%dMB%d" % (["AM6", "DB8", "VI1", "HE1"][n % 4], 1 + n % 9, 4000 + n * 37)
    return dict(helo=helo, rdns=host, ip="40.92.%d.%d" % (58 + n % 40, 10 + n * 11 % 240), tls=True,
                inner="from %s.eurprd0%d.prod.outlook.com ([fe80::%s]) by %s.eurprd0%d.prod.outlook.com ([fe80::%s%%6]) with mapi id 15.20.9184.%03d" % (box, 1 + n % 5, h(box, 4), box, 1 + n % 5, h(box, 4), n % 40),
                msgid=lambda k, box=box: "%s%s@%s.eurprd0%d.prod.outlook.com" % (box, h(k, 12, "0123456789ABCDEF"), box, 1 + n % 5))


def infra_m365(n, tenant_box="FR2P281MB"):
    host = "mail-%s%son21%02d.outbound.protection.outlook.com" % (["fr2", "de", "am0", "db3"][n % 4], ["deu01", "u02", "eur02", "eur04"][n % 4], 10 + n % 80)
    helo = "%s-obe.outbound.protection.outlook.com" % ["DEU01-FR2", "DEU02-BE0", "EUR02-AM0", "EUR04-DB3"][n % 4]
    box = "%s%d" % (tenant_box, 1000 + n * 53)
    return dict(helo=helo, rdns=host, ip="52.101.%d.%d" % (64 + n % 30, 20 + n * 13 % 230), tls=True,
                inner="from %s.%s.PROD.OUTLOOK.COM ([fe80::%s]) by %s.%s.PROD.OUTLOOK.COM ([fe80::%s%%7]) with mapi id 15.20.9184.%03d" % (box, ["DEUP281", "EURP281", "GBRP265", "ITAP281"][n % 4], h(box, 4), box, ["DEUP281", "EURP281", "GBRP265", "ITAP281"][n % 4], h(box, 4), n % 40),
                msgid=lambda k, box=box: "%s%s@%s.%s.PROD.OUTLOOK.COM" % (box, h(k, 14, "0123456789ABCDEF"), box, ["DEUP281", "EURP281", "GBRP265", "ITAP281"][n % 4]))


def infra_host(helo, ip, rdns=None, tls=True, inner=None, msgid=None, mua_ip=None):
    return dict(helo=helo, rdns=rdns if rdns is not None else helo, ip=ip, tls=tls, inner=inner,
                msgid=msgid, mua_ip=mua_ip)


INTERNAL = dict(helo="mail-int01.example.com", rdns="mail-int01.example.com", ip="10.20.0.25",
                tls=True, internal=True)

# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

MESSAGES = []


def mail(folder, fname, lang, charset, summary, frm, to, subject, date, infra, body,
         cc=None, reply_to=None, return_path=None, in_reply_to=None, references=None,
         mailer=None, extra=None, msgid=None, mode="B", rcpt=None, delay=17,
         inner_from=None, to_charset=None):
    key = folder + fname
    name, email = frm
    to_list = to if isinstance(to, list) else [to]
    tc = to_charset or charset
    to_hdr = ",\r\n\t".join(addr(n, e, tc, mode) for n, e in to_list)
    rcpt = rcpt or to_list[0][1]
    rp = return_path if return_path is not None else email
    hdrs = []
    hdrs.append("Return-Path: <%s>" % rp)
    arrive = (date + dt.timedelta(seconds=delay)).astimezone(CET)
    qid = h(key + "qid", 15, B52)
    qid = "4" + qid[1:]
    rdns = infra["rdns"] or "unknown"
    tlsl = ("\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
            "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
            "\t(No client certificate requested)") if infra.get("tls") else ""
    proto = "ESMTPS" if infra.get("tls") else "ESMTP"
    hdrs.append("Received: from %s (%s [%s])%s\r\n\tby mx01.example.com (Postfix) with %s id %s\r\n\tfor <%s>; %s"
                % (infra["helo"], rdns, infra["ip"], tlsl, proto, qid, rcpt,
                   format_datetime(arrive) + " (CET)"))
    sent_local = date
    if infra.get("internal"):
        cip = infra.get("mua_ip") or "10.20.%d.%d" % (14 + len(fname) % 20, 30 + sum(map(ord, fname)) % 200)
        hdrs.append("Received: from [%s] (ws-%s.corp.example.com [%s])\r\n\tby mail-int01.example.com (Postfix) with ESMTPSA id %s;\r\n\t%s"
                    % (cip, h(key, 6), cip, "4" + h(key + "i", 14, B52)[1:],
                       format_datetime((date + dt.timedelta(seconds=2)).astimezone(CET)) + " (CET)"))
    elif infra.get("inner"):
        hdrs.append("Received: %s;\r\n\t%s" % (infra["inner"].replace(" by ", "\r\n\tby ", 1) if infra["inner"].startswith("from") else infra["inner"],
                                               format_datetime(date + dt.timedelta(seconds=1))))
    hdrs.append("Date: %s" % format_datetime(sent_local))
    hdrs.append("From: %s" % addr(name, email, charset, mode))
    hdrs.append("To: %s" % to_hdr)
    if cc:
        hdrs.append("Cc: %s" % ",\r\n\t".join(addr(n, e, tc, mode) for n, e in cc))
    if reply_to:
        hdrs.append("Reply-To: %s" % addr(reply_to[0], reply_to[1], charset, mode))
    hdrs.append("Subject: %s" % ew(subject, charset, mode))
    if msgid is None:
        if infra.get("msgid"):
            msgid = infra["msgid"](key)
        else:
            msgid = "%s@%s" % (h(key + "mid", 24, "0123456789abcdef"), email.split("@")[1])
    hdrs.append("Message-ID: <%s>" % msgid)
    if in_reply_to:
        hdrs.append("In-Reply-To: <%s>" % in_reply_to)
        hdrs.append("References: %s" % "\r\n\t".join("<%s>" % r for r in (references or [in_reply_to])))
    if mailer:
        hdrs.append(mailer)
    for e in extra or []:
        hdrs.append(e)
    hdrs.append("MIME-Version: 1.0")
    hdrs.extend(body.headers(key))
    raw = "\r\n".join(hdrs) + "\r\n\r\n" + body.body(key) + "\r\n"
    raw_b = raw.encode("latin-1")
    for line in raw_b.split(b"\r\n"):
        assert len(line) <= 998, (fname, line[:80])
    path = os.path.join(ROOT, folder, fname + ".eml")
    with open(path, "wb") as f:
        f.write(raw_b)
    MESSAGES.append(dict(folder=folder, file=fname + ".eml", lang=lang, charset=charset,
                         summary=summary, subject=subject, frm=email, to=rcpt))


TB = "User-Agent: Mozilla Thunderbird"
OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
OUTLOOK_MS = "X-MS-Has-Attach: yes"
IPHONE = "X-Mailer: iPhone Mail (22B91)"


# ---------------------------------------------------------------------------
# company, staff, correspondents
# ---------------------------------------------------------------------------

STAFF = [
    # name, address, role, office
    ("Markus Brandt", "markus.brandt@example.com", "CEO (Geschäftsführer)", "Frankfurt (HQ, DE)"),
    ("Claudia Hoffmann", "claudia.hoffmann@example.com", "CFO", "Frankfurt (HQ, DE)"),
    ("Petra Lange", "petra.lange@example.com", "Office manager HQ / assistant to the CEO", "Frankfurt (HQ, DE)"),
    ("Sabine Krüger", "sabine.krueger@example.com", "Accounts payable (Kreditorenbuchhaltung)", "Frankfurt (HQ, DE)"),
    ("Jonas Weber", "jonas.weber@example.com", "Accounts payable", "Frankfurt (HQ, DE)"),
    ("Maria Schneider", "maria.schneider@example.com", "Payroll (Lohnbuchhaltung)", "Frankfurt (HQ, DE)"),
    ("Anja Schulz", "anja.schulz@example.com", "HR manager", "Frankfurt (HQ, DE)"),
    ("Thomas Becker", "thomas.becker@example.com", "Head of IT", "Frankfurt (HQ, DE)"),
    ("Lukas Neumann", "lukas.neumann@example.com", "IT administrator", "Frankfurt (HQ, DE)"),
    ("Katrin Wolf", "katrin.wolf@example.com", "Head of sales", "Frankfurt (HQ, DE)"),
    ("Felix Richter", "felix.richter@example.com", "Travel consultant, group travel", "Frankfurt (HQ, DE)"),
    ("Julia Fischer", "julia.fischer@example.com", "Travel consultant, business travel", "Frankfurt (HQ, DE)"),
    ("Giulia Romano", "giulia.romano@example.com", "Office manager Italy", "Milan (IT)"),
    ("Marco Bianchi", "marco.bianchi@example.com", "Local accounting Italy", "Milan (IT)"),
    ("Francesca Conti", "francesca.conti@example.com", "Travel consultant, groups Italy", "Milan (IT)"),
    ("Agnieszka Nowak", "agnieszka.nowak@example.com", "Office manager Poland", "Kraków (PL)"),
    ("Piotr Kowalczyk", "piotr.kowalczyk@example.com", "Local accounting Poland", "Kraków (PL)"),
    ("Lucía Fernández", "lucia.fernandez@example.com", "Office manager Spain", "Madrid (ES)"),
    ("Javier Morales", "javier.morales@example.com", "Local accounting / payroll Spain", "Madrid (ES)"),
    ("Carmen Ruiz", "carmen.ruiz@examplegroup.eu", "Travel consultant Spain", "Madrid (ES)"),
    ("Eleni Papadopoulou", "eleni.papadopoulou@example.com", "Office manager Greece", "Athens (GR)"),
    ("Nikos Georgiou", "nikos.georgiou@examplegroup.eu", "Local accounting Greece", "Athens (GR)"),
    ("James Whitfield", "james.whitfield@example.com", "Sales director UK", "London (UK)"),
    ("Sarah Collins", "sarah.collins@example.com", "Local accounting UK", "London (UK)"),
    ("Olga Smirnova", "olga.smirnova@examplegroup.eu", "Office manager Russia", "Moscow (RU)"),
    ("Dmitry Volkov", "dmitry.volkov@examplegroup.eu", "Local accounting Russia", "Moscow (RU)"),
]
S = {}
for _n, _e, _r, _o in STAFF:
    S[_e.split("@")[0].split(".")[0]] = (_n, _e)

CORRESPONDENTS = [
    ("Lieferant GmbH, Frankfurt", "Supplier of printed travel documents, brochures, luggage tags", "Stefan Maier <s.maier@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>; mail.lieferant-gmbh.de 217.160.44.118; account %s" % fmt_iban(IB["lieferant_old"])),
    ("Ferretti Trasporti S.p.A., Verona", "Coach transfers in northern Italy", "Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>; Aruba smtpcmd relay 62.149.156.42; IBAN %s" % fmt_iban(IB["ferretti"])),
    ("Partner Logistik sp. z o.o., Kraków", "Coach and luggage logistics in Poland", "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>; smtp.partner-logistik.pl 193.203.12.74; old account %s, new account (from 1 Jan 2027) %s" % (fmt_iban(IB["partner_old"]), fmt_iban(IB["partner_new"]))),
    ("Whitcombe Coaches Ltd, York", "UK coach operator", "accounts@whitcombecoaches.co.uk (Microsoft 365); IBAN %s" % fmt_iban(IB["whitcombe"])),
    ("Harbourview Hotels, UK", "Hotel group (group contracts)", "Daniel Reeves <d.reeves@harbourview-hotels.co.uk> (Microsoft 365, DocuSign)"),
    ("Hotel Bellavista Garda", "Hotel on Lake Garda", "booking@bellavistagarda.it; IBAN %s" % fmt_iban(IB["garda_hotel"])),
    ("Hotel Playa Serena Mallorca", "Hotel in Mallorca", "Marta Vidal <m.vidal@playaserena-mallorca.com> (Google Workspace); IBAN %s" % fmt_iban(IB["mallorca_hotel"])),
    ("Aegean Blue Suites, Santorini", "Hotel in Santorini", "Μαρία Κωνσταντίνου <m.konstantinou@aegeanblue-santorini.gr>; IBAN %s" % fmt_iban(IB["santorini_hotel"])),
    ("Гостиница «Северная звезда», St Petersburg", "Hotel in St Petersburg", "buh@severnaya-zvezda-hotel.ru; BIK %s, account %s, INN %s" % (RU["hotel_bik"], RU["hotel_acc"], RU["hotel_inn"])),
    ("Reisedienst Hartmann GmbH", "German coach operator", "buchhaltung@hartmann-busreisen.de"),
    ("Attiki Tours Coaches", "Greek coach operator", "transfers@attikitours.gr"),
]

ADDR = lambda k: S[k]


# ---------------------------------------------------------------------------
# ATTACK messages
# ---------------------------------------------------------------------------

QR_URL_DE = "https://ms365-mfa-erneuerung.com/r/?u=julia.fischer&t=8F2C41"
QR_URL_PL = "https://mbank-companynet-aktywacja.pl/q/EXG7741"
QR_URL_ES = "https://iberia-portalagencias.com/v/CR-5518"
BTC = "bc1q" + h("btc-extortion", 38, "023456789acdefghjklmnpqrstuvwxyz")


def attacks():
    A = "attack"

    # 01 -------------------------------------------------------------- de
    mail(A, "01-de-ceo-fraud-lookalike-exarnple", "de", "iso-8859-15",
         "CEO fraud, first contact: display name of the CEO on look-alike domain exarnple.com (rn instead of m), sent from an OVH VPS with a forged Outlook/iPhone signature; asks AP clerk for a confidential same-day transfer and to keep the CFO out of the loop. No IBAN yet (two-stage BEC).",
         ("Markus Brandt", "markus.brandt@exarnple.com"), [S["jonas"]],
         "Vertraulich: kurzfristige Anzahlung heute", D(3, 16, 42, 11),
         infra_host("exarnple.com", "51.68.203.117", rdns="vps-7d41c2e9.vps.ovh.net"),
         text("""Hallo Herr Weber,

ich sitze gerade noch mit unserem Anwalt zusammen und kann nicht telefonieren, deshalb kurz per Mail.

Wir übernehmen kurzfristig ein Incentive-Kontingent von einem Mitbewerber (Pharmakunde, ca. 180 Teilnehmer, Lissabon im März). Bis zur Unterschrift ist das Thema streng vertraulich – bitte sprechen Sie es auch intern nicht an, auch nicht mit Frau Hoffmann. Sie ist grundsätzlich informiert, wir wollen den Kreis aber bis Freitag so klein wie möglich halten.

Für die Sicherung der Hotelkontingente muss heute noch eine Anzahlung als Eilüberweisung raus (knapp unter 50.000 EUR). Sind Sie am Platz und können das heute noch freigeben? Dann schicke ich Ihnen gleich die Empfängerdaten und die Auftragsbestätigung.

Danke für Ihre Diskretion.

Beste Grüße
Markus Brandt
Geschäftsführer | Example Group

Von meinem iPhone gesendet""", "iso-8859-15", "quoted-printable"),
         mailer=IPHONE, mode="Q")

    # 02 -------------------------------------------------------------- de
    prev = "%s@FR2P281MB1187.DEUP281.PROD.OUTLOOK.COM" % h("lief-prev", 16, "0123456789ABCDEF")
    body_txt = """Guten Tag Frau Krüger,

vielen Dank für Ihre Rückmeldung. Anbei wie gewünscht die Kopie der Rechnung RE-2026-1187.

Bitte beachten Sie, dass wir im Zuge der Integration in unsere Unternehmensgruppe den Zahlungsverkehr umgestellt haben. Die bisherige Verbindung bei der Frankfurter Sparkasse wird zum Monatsende aufgelöst; Zahlungen, die dort nach dem 15.11. eingehen, werden automatisch zurückgebucht.

Bitte hinterlegen Sie ab sofort folgende Bankverbindung für alle offenen und künftigen Rechnungen:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: REVOLT21
Bank: Revolut Bank UAB (Zahlungsdienstleister unserer Gruppe)

Die offizielle Mitteilung mit Unterschrift der Geschäftsführung finden Sie im Anhang. Für die Rechnung RE-2026-1187 (4.862,40 EUR) wäre eine Zahlung bis Freitag hilfreich, da wir sonst die Auslieferung der Reiseunterlagen für Dezember nicht terminieren können.

Mit freundlichen Grüßen

Stefan Maier
Vertrieb / Key Account
Lieferant GmbH
Hanauer Landstraße 182 | 60314 Frankfurt am Main
Tel. +49 69 4089 3312

-----Ursprüngliche Nachricht-----
Von: Sabine Krüger <sabine.krueger@example.com>
Gesendet: Dienstag, 10. November 2026 15:21
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: Rechnung RE-2026-1187 / Offene Posten

Hallo Herr Maier,

könnten Sie mir bitte eine Kopie der RE-2026-1187 schicken? Sie ist bei uns nicht im Rechnungseingang angekommen.

Danke und viele Grüße
Sabine Krüger
Kreditorenbuchhaltung | Example Group""" % fmt_iban(IB["att_lieferant"])
    mail(A, "02-de-supplier-bank-change-lookalike-lieferant", "de", "utf-8",
         "Supplier bank-detail change / thread hijack: 'Stefan Maier' replies to a stolen AP thread from look-alike lieferant-gmbh.com (genuine is lieferant-gmbh.de) via a fresh Microsoft 365 tenant; new account is a Lithuanian e-money IBAN (mod-97 valid), deadline pressure, PDF 'official letter'.",
         ("Stefan Maier", "s.maier@lieferant-gmbh.com"), [S["sabine"]],
         "AW: Rechnung RE-2026-1187 / Offene Posten", D(12, 10, 7, 44),
         infra_m365(3, "FR3P281MB"),
         mixed(text(body_txt, "utf-8", "quoted-printable"),
               pdf("Lieferant_GmbH_Mitteilung_Bankverbindung.pdf",
                   ["Lieferant GmbH - Hanauer Landstrasse 182 - 60314 Frankfurt am Main",
                    "", "Mitteilung ueber die Aenderung unserer Bankverbindung", "",
                    "Kontoinhaber: Lieferant GmbH", "IBAN: " + fmt_iban(IB["att_lieferant"]),
                    "BIC: REVOLT21", "", "gez. Geschaeftsfuehrung", "",
                    "[PLACEHOLDER PDF - evaluation set]"]),
               pdf("RE-2026-1187.pdf", ["Lieferant GmbH", "Rechnung RE-2026-1187",
                                        "Betrag: 4.862,40 EUR", "[PLACEHOLDER PDF]"])),
         in_reply_to=prev, mailer=OUTLOOK, extra=["Thread-Topic: Rechnung RE-2026-1187 / Offene Posten", "Thread-Index: AdtT" + h("ti02", 24, ALNUM), "Content-Language: de-DE"])

    # 03 -------------------------------------------------------------- de
    url = "https://drsf-reise.de/anbieterportal/anmeldung?ref=EXG-44718"
    mail(A, "03-de-fake-reisesicherungsfonds-portal", "de", "utf-8",
         "Fake authority typical for German tour operators: 'Deutscher Reisesicherungsfonds' (insolvency protection under § 651r BGB) demands confirmation of the 2027 turnover report in an 'Anbieterportal'. Look-alike domain drsf-reise.de, sent from a Hetzner host; HTML-only credential lure with deadline.",
         ("Deutscher Reisesicherungsfonds", "anbieterservice@drsf-reise.de"), [S["claudia"]],
         "Sicherungsschein 2027: Bestätigung Ihrer Umsatzmeldung bis 20.11.2026", D(5, 8, 3, 29),
         infra_host("mail.drsf-reise.de", "88.99.142.61", rdns="static.61.142.99.88.clients.your-server.de"),
         html("""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>DRSF</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;background:#f3f5f7;margin:0;padding:0">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-top:4px solid #00457c">
<tr><td style="padding:20px 28px"><b style="color:#00457c;font-size:18px">Deutscher Reisesicherungsfonds</b><br><span style="color:#667;font-size:12px">Anbieterservice | Absicherung von Kundengeldern nach &sect; 651r BGB</span></td></tr>
<tr><td style="padding:0 28px 20px 28px">
<p>Sehr geehrte Damen und Herren,</p>
<p>gemäß Reisesicherungsfondsgesetz (RSG) sind abgesicherte Reiseveranstalter verpflichtet, die voraussichtlichen Umsätze für das kommende Geschäftsjahr bis zum <b>20. November 2026</b> im Anbieterportal zu bestätigen. Für Ihr Unternehmen</p>
<p style="background:#f0f4f8;padding:10px 14px">Example Group<br>Anbieter-Nr. DRSF-2021-044718</p>
<p>liegt bislang keine bestätigte Meldung vor. Ohne Bestätigung kann der Sicherungsschein für 2027 nicht rechtzeitig ausgestellt werden. Reisende dürfen in diesem Fall keine Anzahlungen leisten.</p>
<p>Bitte melden Sie sich mit Ihren Zugangsdaten an und bestätigen Sie die hinterlegten Werte:</p>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#00457c;color:#fff;text-decoration:none;padding:12px 26px;border-radius:3px">Zum Anbieterportal</a></p>
<p>Sollten die Werte bereits durch Ihre Steuerberatung gemeldet worden sein, betrachten Sie diese Nachricht bitte als gegenstandslos.</p>
<p>Mit freundlichen Grüßen<br>Ihr Anbieterservice<br>Deutscher Reisesicherungsfonds</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#889;border-top:1px solid #e3e7ea">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table></td></tr></table></body></html>""" % url, "utf-8", "quoted-printable"))

    # 04 -------------------------------------------------------------- de
    z = zip_bytes([("Pruefungsanordnung_USt_2024.pdf.lnk", INERT)])
    mail(A, "04-de-fake-elster-zip-dropper", "de", "iso-8859-1",
         "Malware dropper posing as ELSTER / Finanzamt: 'Prüfungsanordnung Umsatzsteuer' with a ZIP containing a .pdf.lnk (inert placeholder). German tax offices never send notices as attachments; sender domain elster-benachrichtigung.de is not elster.de; sent from a compromised web host.",
         ("ELSTER - Ihr Online-Finanzamt", "benachrichtigung@elster-benachrichtigung.de"), [S["claudia"]],
         "Neue Nachricht in Ihrem Postfach: Prüfungsanordnung (Umsatzsteuer 2024)", D(9, 7, 12, 5),
         infra_host("web27.webhosting-stadtwerk.de", "185.26.156.71", tls=False),
         mixed(text("""Sehr geehrte Damen und Herren,

in Ihrem ELSTER-Postfach ist eine neue Nachricht Ihres Finanzamts eingegangen.

Betreff: Prüfungsanordnung nach § 196 AO - Umsatzsteuer 2024
Steuernummer: 045 243 *****
Bereitstellung: 09.11.2026

Da für Ihr Benutzerkonto der Abruf per Zertifikat nicht aktiviert ist, erhalten Sie das Dokument ausnahmsweise als gesicherte Anlage. Bitte prüfen Sie die Unterlagen und reichen Sie die angeforderten Nachweise innerhalb von 14 Tagen ein.

Mit freundlichen Grüßen
Ihr ELSTER-Team

Diese Nachricht wurde automatisch erzeugt.""", "iso-8859-1", "quoted-printable"),
               attach("Pruefungsanordnung_USt_2024.zip", z, "application/zip")),
         mode="Q")

    # 05 -------------------------------------------------------------- de
    png = png_bytes(qr_matrix(QR_URL_DE), scale=5)
    mail(A, "05-de-qr-code-mfa-renewal-compromised-sender", "de", "utf-8",
         "Quishing: 'Microsoft 365 MFA renewal' with a real, decodable inline QR code (PNG) pointing to %s; sent from the genuine but compromised mailbox of a small German joinery (IONOS), so no look-alike; the URL is only in the image." % QR_URL_DE,
         ("IT-Service | Microsoft 365", "info@tischlerei-hausmann.de"), [S["julia"]],
         "Aktion erforderlich: Zwei-Faktor-Authentifizierung für julia.fischer@example.com erneuern", D(10, 13, 51, 8),
         infra_host("mout.kundenserver.de", "217.72.192.75", inner="from [192.168.178.23] ([91.64.118.204]) by mrelayeu.kundenserver.de (mreue106 [213.165.67.113]) with ESMTPSA (Nemesis) id 1MZCb3-1uQzXk2Nqd-00V8hA"),
         related(alt(text("""Sehr geehrte Nutzerin, sehr geehrter Nutzer,

die Registrierung Ihrer Methode für die Zwei-Faktor-Authentifizierung läuft am 12.11.2026 ab. Um weiterhin auf Outlook, Teams und SharePoint zugreifen zu können, muss die Methode auf Ihrem Mobiltelefon erneuert werden.

Scannen Sie dazu den QR-Code in dieser Nachricht mit der Kamera Ihres Smartphones und folgen Sie den Anweisungen.

IT-Service Microsoft 365""", "utf-8", "quoted-printable"),
                     html("""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#1b1b1b">
<div style="max-width:560px;border:1px solid #e1e1e1;padding:24px">
<p style="font-size:20px;color:#0067b8;margin-top:0">Microsoft 365</p>
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>die Registrierung Ihrer Methode für die Zwei-Faktor-Authentifizierung für <b>julia.fischer@example.com</b> läuft am <b>12.11.2026</b> ab. Um weiterhin auf Outlook, Teams und SharePoint zugreifen zu können, erneuern Sie die Methode bitte auf Ihrem Mobiltelefon.</p>
<p>Scannen Sie dazu den folgenden Code mit der Kamera Ihres Smartphones:</p>
<p style="text-align:center"><img src="cid:qr-mfa-01@ms365" width="205" height="205" alt=""></p>
<p style="font-size:12px;color:#666">Der Code ist 48 Stunden gültig. Aus Sicherheitsgründen wird kein Link versendet.</p>
<p>IT-Service Microsoft 365</p></div></body></html>""", "utf-8", "quoted-printable")),
                 inline_img("image001.png", png, "qr-mfa-01@ms365")),
         mailer="X-Mailer: Microsoft Outlook 16.0")

    # 06 -------------------------------------------------------------- de
    mail(A, "06-de-payroll-diversion-webde", "de", "utf-8",
         "Payroll diversion: 'Felix Richter' from a private web.de address asks payroll to switch his salary account to an N26 IBAN (mod-97 valid) before the December run; plausible excuse (no VPN), no verification path, no prior use of this address.",
         ("Felix Richter", "felix.richter84@web.de"), [S["maria"]],
         "Neue Bankverbindung für Gehalt", D(16, 19, 26, 37),
         infra_host("mout.web.de", "217.72.192.78", inner="from [100.81.42.17] ([100.81.42.17]) by web-mail.web.de (3c-app-webde-bap13.server.lan [172.19.172.13]) (via HTTP)",
                    msgid=lambda k: "trinity-%s-%s@3c-app-webde-bap13" % (h(k, 8), h(k + "x", 4))),
         text("""Hallo Maria,

ich habe mein Gehaltskonto gewechselt und wollte dir die neuen Daten schon vor der Dezember-Abrechnung geben, damit nichts schiefgeht:

Kontoinhaber: Felix Richter
IBAN: %s
Bank: N26

Das alte Konto bei der Sparkasse löse ich zum Monatsende auf. Ich schreibe von meiner privaten Adresse, weil ich diese Woche im Homeoffice bin und das VPN auf dem Laptop gerade streikt – Thomas ist informiert.

Kurze Bestätigung wäre super.

Danke dir und LG
Felix""" % fmt_iban(IB["att_ceo_de"]), "utf-8", "quoted-printable"),
         extra=["Importance: normal", "Sensitivity: Normal", "X-Priority: 3"])

    # 07 -------------------------------------------------------------- de
    mail(A, "07-de-callback-paypal-invoice-abuse", "de", "utf-8",
         "Callback phishing through genuine PayPal invoicing infrastructure: a real PayPal money request from a throw-away merchant 'Kundenservice Abrechnung' for a 'Norton 360' renewal; the seller note urges calling a phone number to cancel. Sender domain and IP are genuinely PayPal's, so the attack is in the content only.",
         ("service@paypal.de", "service@paypal.de"), [S["petra"]],
         "Sie haben eine Rechnung über 599,00 EUR von Kundenservice Abrechnung erhalten", D(18, 11, 4, 52),
         infra_host("mx0.slc.paypal.com", "173.0.84.228", msgid=lambda k: "%s.%s@paypal.com" % (h(k, 13, "0123456789"), h(k + "p", 8))),
         alt(text("""Kundenservice Abrechnung hat Ihnen eine Rechnung über 599,00 EUR gesendet.

Rechnungsnummer: NR-2026-77841
Fällig am: 19. Nov. 2026

Hinweis vom Verkäufer:
Ihr Norton 360 Premium Jahresabonnement (10 Geräte) wurde automatisch verlängert. Der Betrag wird innerhalb von 24 Stunden von Ihrem Konto abgebucht. Wenn Sie diese Verlängerung nicht veranlasst haben, rufen Sie sofort unsere Abrechnungsabteilung an: +49 800 1823 774 (kostenfrei, Mo-So 8-22 Uhr).

Rechnung ansehen und bezahlen:
https://www.paypal.com/invoice/p/#INV2-7KQH-W3ZD-9LXE-4TBN

PayPal (Europe) S.à r.l. et Cie, S.C.A.""", "utf-8", "quoted-printable"),
             html("""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2c2e2f;font-size:15px">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0"><b style="color:#003087;font-size:22px">PayPal</b></td></tr>
<tr><td><p style="font-size:20px">Kundenservice Abrechnung hat Ihnen eine Rechnung über <b>599,00&nbsp;EUR</b> gesendet.</p>
<p>Rechnungsnummer: NR-2026-77841<br>Fällig am: 19. Nov. 2026</p>
<div style="background:#f5f7fa;padding:14px;border-left:3px solid #009cde"><b>Hinweis vom Verkäufer</b><br>Ihr Norton 360 Premium Jahresabonnement (10 Geräte) wurde automatisch verlängert. Der Betrag wird innerhalb von 24 Stunden von Ihrem Konto abgebucht. Wenn Sie diese Verlängerung nicht veranlasst haben, rufen Sie sofort unsere Abrechnungsabteilung an: <b>+49 800 1823 774</b> (kostenfrei, Mo–So 8–22 Uhr).</div>
<p style="margin:26px 0"><a href="https://www.paypal.com/invoice/p/#INV2-7KQH-W3ZD-9LXE-4TBN" style="background:#0070ba;color:#fff;padding:12px 24px;border-radius:20px;text-decoration:none">Rechnung ansehen und bezahlen</a></p>
<p style="font-size:11px;color:#6c7378">PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</p></td></tr></table></body></html>""", "utf-8", "quoted-printable")),
         return_path="bounce-%s@paypal.com" % h("pp07", 10), extra=["X-Email-Type-Id: PPX001165:N"])

    # 08 -------------------------------------------------------------- de
    z = zip_bytes([("Bewerbung_Lena_Hartmann/Lebenslauf_Lena_Hartmann.pdf.lnk", INERT),
                   ("Bewerbung_Lena_Hartmann/Zeugnisse.pdf.lnk", INERT)])
    mail(A, "08-de-job-application-zip-dropper", "de", "iso-8859-1",
         "Malware dropper in the classic German 'Bewerbung' style: unsolicited application for a real open position sent to HR from a GMX address, ZIP with CV/certificates as .pdf.lnk shortcuts (inert placeholders). Text is fluent and specific.",
         ("Lena Hartmann", "lena.hartmann.bewerbung@gmx.de"), [S["anja"]],
         "Bewerbung als Reiseverkehrskauffrau (Gruppenreisen) - Ihre Anzeige auf StepStone", D(19, 9, 37, 20),
         infra_host("mout.gmx.net", "212.227.15.19", inner="from [10.11.0.93] ([185.213.155.12]) by mail.gmx.net (mrgmx004 [212.227.17.190]) with ESMTPSA (Nemesis) id 1MHoRK-1vkK3M0sHe-00FZdP"),
         mixed(text("""Sehr geehrte Frau Schulz,

mit großem Interesse habe ich Ihre Stellenanzeige für eine Reiseverkehrskauffrau im Bereich Gruppenreisen gelesen.

Nach meiner Ausbildung bei einem Reisebüro in Offenbach habe ich drei Jahre in der Gruppenabteilung eines Busreiseveranstalters gearbeitet und dort Kontingente, Rooming-Listen und die Abstimmung mit Hotels und Busunternehmen betreut. Amadeus und Bewotec sind mir aus der täglichen Arbeit vertraut.

Meine Bewerbungsunterlagen (Lebenslauf und Zeugnisse) habe ich Ihnen aus Datenschutzgründen gepackt angehängt. Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Lena Hartmann""", "iso-8859-1", "8bit"),
               attach("Bewerbung_Lena_Hartmann.zip", z, "application/x-zip-compressed")),
         mailer=TB + "/128.4.1", mode="Q")

    # 09 -------------------------------------------------------------- en
    url = "https://booking-guest-verify.com/conf/5129384471?pin=2742"
    mail(A, "09-en-booking-property-message-clickfix", "en", "utf-8",
         "Brand impersonation typical for the trade: a 'message from the property' about a business traveller's Booking.com reservation claiming the card was declined; link leads to a fake Booking page with a ClickFix 'verify you are human' step (Win+R, paste). Sent through SendGrid with a look-alike display name.",
         ("Booking.com", "noreply@booking-guest-verify.com"), [S["julia"]],
         "Action required: reservation 5129384471 will be cancelled in 24 hours", D(6, 15, 18, 3, GMT),
         infra_host("o3.ptr4821.booking-guest-verify.com", "149.72.201.88", rdns="wrqvbnwk.outbound-mail.sendgrid.net",
                    msgid=lambda k: "%s@geopod-ismtpd-12" % h(k, 22, ALNUM)),
         alt(text("""Hotel Alameda Lisboa has sent you a message about reservation 5129384471

Guest: Michael Krauss (booked by Example Group)
Check-in: Mon 16 Nov 2026 - Check-out: Thu 19 Nov 2026

"Dear guest, we were unable to charge the pre-payment for your stay. The card on file was declined by the issuing bank. Please confirm your payment details within 24 hours, otherwise the reservation will be released."

Reply to the property: %s

Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam""" % url, "utf-8", "quoted-printable"),
             html("""<html><body style="margin:0;background:#f5f5f5;font-family:BlinkMacSystemFont,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#003580;padding:16px 24px;color:#fff;font-size:22px;font-weight:bold">Booking.com</td></tr>
<tr><td style="padding:24px"><p style="font-size:18px;font-weight:bold">Hotel Alameda Lisboa has sent you a message</p>
<p>Reservation <b>5129384471</b><br>Guest: Michael Krauss (booked by Example Group)<br>Mon 16 Nov 2026 &ndash; Thu 19 Nov 2026</p>
<div style="border:1px solid #e7e7e7;border-radius:8px;padding:16px;background:#fafafa">&ldquo;Dear guest, we were unable to charge the pre-payment for your stay. The card on file was declined by the issuing bank. Please confirm your payment details within 24 hours, otherwise the reservation will be released.&rdquo;</div>
<p style="margin:24px 0"><a href="%s" style="background:#006ce4;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold">Reply to the property</a></p>
<p style="font-size:12px;color:#595959">This email was sent by Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, the Netherlands.</p>
</td></tr></table></td></tr></table></body></html>""" % url, "utf-8", "quoted-printable")),
         return_path="bounces+31884217-7c1e-julia.fischer=example.com@em4821.booking-guest-verify.com")

    # 10 -------------------------------------------------------------- en
    ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Daniel Reeves:mailto:d.reeves@harbourview-hotels.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=James Whitfield:mailto:james.whitfield@example.com
DESCRIPTION;LANGUAGE=en-GB:Hi James\\, ahead of our call I have shared the 2027 group rate sheet in our secure Teams workspace. To open it\\, go to https://microsoft.com/devicelogin and enter the one-time code DKQ7M2PXB (valid 15 minutes\\, please use it right before the call).\\n\\nKind regards\\nDaniel
UID:%s
SUMMARY;LANGUAGE=en-GB:2027 Group Rates Review - Harbourview Hotels / Example Group
DTSTART:20261125T140000Z
DTEND:20261125T143000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261124T091512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n") % ("040000008200E00074C5B7101A82E008000000" + h("ics10", 32, "0123456789ABCDEF"))
    desc = """Hi James,

Ahead of our call tomorrow I have shared the 2027 group rate sheet (incl. the revised allotment release dates) in our secure Teams workspace.

To open it, go to https://microsoft.com/devicelogin and enter the one-time code DKQ7M2PXB. The code is valid for 15 minutes, so please use it just before we start.

Kind regards
Daniel Reeves
Group & Events Sales Manager | Harbourview Hotels"""
    mail(A, "10-en-device-code-phishing-calendar-invite", "en", "utf-8",
         "Device-code phishing (OAuth device authorisation grant) inside a Teams calendar invitation (text/calendar) from the genuine, compromised mailbox of a hotel partner (see business/14); the only URL is the real microsoft.com/devicelogin, and entering the attacker's code hands the attacker a token for the victim's account.",
         ("Daniel Reeves", "d.reeves@harbourview-hotels.co.uk"), [S["james"]],
         "2027 Group Rates Review - Harbourview Hotels / Example Group", D(24, 9, 15, 12, GMT),
         infra_m365(2, "LO4P265MB"),
         alt(text(desc, "utf-8", "quoted-printable"),
             html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" +
                  desc.replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]) +
                  "<hr><p style=\"font-size:10pt;color:#555\"><b>Microsoft Teams meeting</b><br>Join on your computer, mobile app or room device</p></body></html>", "utf-8", "quoted-printable"),
             Part("text/calendar", ics, "utf-8", "base64", params="; method=REQUEST")),
         mailer=None, extra=["Thread-Topic: 2027 Group Rates Review - Harbourview Hotels / Example Group", "Content-Language: en-GB", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"])

    # 11 -------------------------------------------------------------- en
    page = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>DocuSign - Remittance Advice</title>
<style>body{font-family:Segoe UI,Arial;background:#f4f4f4}.b{width:360px;margin:80px auto;background:#fff;padding:32px;box-shadow:0 2px 6px #bbb}input{width:100%;padding:8px;margin:6px 0;border:1px solid #999}button{background:#0067b8;color:#fff;border:0;padding:9px 24px}</style></head>
<body><div class="b"><p><b>Remittance Advice - EXAMPLE GROUP</b></p>
<p>This document is protected. Sign in with your work account to view it.</p>
<form method="post" action="https://docsecure-remit.com/api/v2/auth">
<input type="email" name="login" value="sarah.collins@example.com">
<input type="password" name="passwd" placeholder="Password">
<button type="submit">Sign in</button></form>
<!-- evaluation set: the obfuscated script block of the original kit is replaced by this inert comment -->
</div></body></html>"""
    mail(A, "11-en-html-attachment-remittance-credential", "en", "us-ascii",
         "Credential phishing via HTML attachment: 'DocuSign' remittance advice from look-alike docus1gn-notify.com on a Contabo VPS; the attached .html is a local fake Microsoft login that posts to docsecure-remit.com (script part replaced by an inert comment).",
         ("DocuSign via Accounts Receivable", "dse_na4@docus1gn-notify.com"), [S["sarah"]],
         "Completed: Remittance Advice - EXAMPLE GROUP - Ref 4471-0933", D(13, 14, 2, 30, GMT),
         infra_host("mail.docus1gn-notify.com", "173.212.233.19", rdns="vmi1874421.contaboserver.net"),
         mixed(text("""All parties have completed: Remittance Advice - EXAMPLE GROUP.

A payment remittance has been issued to your organisation. The remittance advice is attached for your records.

Reference: 4471-0933
Amount: GBP 18,640.00

Please review the attached document at your earliest convenience.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.""", "us-ascii", "7bit"),
               attach("Remittance_Advice_EXAMPLEGROUP_4471-0933.html", page.encode(), "text/html", charset="utf-8")),
         mailer="X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")

    # 12 -------------------------------------------------------------- en
    url = "https://etias-intermediaries.eu-portal.org/register?agency=EXG"
    mail(A, "12-en-fake-etias-intermediary-registration", "en", "utf-8",
         "Fake authority topical for late 2026: 'ETIAS Central Unit' asks travel agencies to register as 'authorised travel intermediary' before the ETIAS launch and pay a EUR 49 fee; collects credentials and card data on eu-portal.org (not europa.eu). Bulk-sent from a Hetzner range.",
         ("ETIAS Central Unit - Travel Intermediaries", "intermediaries@etias-eu-portal.org"), [S["katrin"]],
         "ETIAS launch: register your agency as an authorised travel intermediary by 30 November", D(17, 10, 30, 0),
         infra_host("mta3.etias-eu-portal.org", "95.217.108.203", rdns="static.203.108.217.95.clients.your-server.de"),
         alt(text("""Dear travel professional,

With the start of operations of the European Travel Information and Authorisation System (ETIAS), travel agencies and tour operators that submit applications on behalf of visa-exempt travellers must be registered as authorised intermediaries.

Registration for agencies established in the EU is open until 30 November 2026. Agencies that are not registered will not be able to submit or track group applications after go-live.

Register your agency: %s

Registration requires the agency's legal details, a responsible contact and payment of the annual intermediary fee of EUR 49.

ETIAS Central Unit
Travel Intermediaries Desk""" % url, "utf-8", "quoted-printable"),
             html("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:620px;margin:auto"><div style="background:#004494;color:#fff;padding:16px 20px"><b>ETIAS</b> &middot; European Travel Information and Authorisation System</div>
<div style="padding:20px;border:1px solid #ddd;border-top:0">
<p>Dear travel professional,</p>
<p>With the start of operations of ETIAS, travel agencies and tour operators that submit applications on behalf of visa-exempt travellers must be registered as <b>authorised intermediaries</b>.</p>
<p>Registration for agencies established in the EU is open until <b>30 November 2026</b>. Agencies that are not registered will not be able to submit or track group applications after go-live.</p>
<p><a href="%s" style="background:#ffd617;color:#004494;padding:10px 20px;text-decoration:none;font-weight:bold">Register your agency</a></p>
<p style="font-size:12px;color:#555">Registration requires the agency&rsquo;s legal details, a responsible contact and payment of the annual intermediary fee of EUR&nbsp;49.</p>
<p>ETIAS Central Unit<br>Travel Intermediaries Desk</p></div></div></body></html>""" % url, "utf-8", "quoted-printable")),
         extra=["List-Unsubscribe: <mailto:unsubscribe@etias-eu-portal.org>", "Precedence: bulk"])

    # 13 -------------------------------------------------------------- en
    mail(A, "13-en-sextortion-spoofed-own-address", "en", "us-ascii",
         "Extortion (sextortion) spoofing the victim's own address as From/Return-Path, delivered directly from a residential IP in Vietnam without TLS, demands Bitcoin within 48 h. No link, no attachment, few spam words.",
         ("", "james.whitfield@example.com"), [S["james"]],
         "james.whitfield", D(21, 3, 47, 9, tz(7)),
         infra_host("static.vnpt.vn", "113.161.72.46", rdns="static.vnpt.vn", tls=False),
         text("""Hello James,

I will get straight to the point. Some months ago I gained access to the devices you use for browsing. Since then I have been watching your online activity, including the websites you visit late at night.

I made a split-screen recording: on one side the video you were watching, on the other side you, filmed through your camera. I also have a copy of your contacts, including your colleagues and clients.

You can fix this. Send 1450 USD in Bitcoin to the address below and I will delete everything and you will never hear from me again:

%s

You have 48 hours from the moment you open this email. I can see when it is opened. If you show this to anyone or reply, the recording goes to everyone in your contact list.

Do not waste your time replying, this mailbox is not monitored.""" % BTC, "us-ascii", "7bit"),
         msgid="%s@%s" % (h("sext", 12), "example.com"))

    # 14 -------------------------------------------------------------- en
    q_id = "CA%s@mail.gmail.com" % h("gift-q", 46, ALNUM)
    mail(A, "14-en-ceo-gift-card-gmail", "en", "utf-8",
         "Gift-card fraud (CEO impersonation, second step): 'Markus Brandt' from a Gmail address, after the UK accountant replied to a 'Quick task' mail, asks for 10 x GBP 200 Amazon gift cards as a 'surprise for partner agencies' and photos of the codes.",
         ("Markus Brandt", "markus.brandt.exg@gmail.com"), [S["sarah"]],
         "Re: Quick task", D(20, 12, 48, 41),
         infra_gmail(1),
         text("""Thanks Sarah.

We want to surprise the ten best-performing consultants at our UK partner agencies before the Christmas break. I need you to get 10 Amazon gift cards of GBP 200 each. You can buy them online or at any Tesco or WHSmith near the office. Keep the receipts, Claudia will reimburse you with the December expenses.

Once you have them, scratch off the back, take a clear picture of each card showing the code and send them to me here. I will add them to the personal notes.

Please keep this between us for now, it is meant to be a surprise.

Markus

Sent from my iPhone

On Fri, 20 Nov 2026 at 12:31, Sarah Collins <sarah.collins@example.com> wrote:
> Hi Markus, yes, I'm at my desk. How can I help?
>
> On Fri, 20 Nov 2026 at 12:22, Markus Brandt <markus.brandt.exg@gmail.com> wrote:
>> Sarah, are you available? I need you to handle a small task for me discreetly. I'm in back-to-back meetings with the board today and can't take calls.
>> Markus""", "utf-8", "quoted-printable"),
         in_reply_to="%s@example.com" % h("gift-r", 20), references=[q_id, "%s@example.com" % h("gift-r", 20)])

    # 15 -------------------------------------------------------------- en
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="300" viewBox="0 0 640 300">
<rect width="640" height="300" fill="#ffffff"/>
<text x="32" y="60" font-family="Arial" font-size="22" fill="#1e32fa">IATA BSP Germany</text>
<text x="32" y="100" font-family="Arial" font-size="15" fill="#333">Remittance statement 2026-11 P2 - Agency 23-2 4471 8</text>
<a xlink:href="https://iata-bsplink.com/statement/view?agent=23244718"><rect x="32" y="140" width="220" height="40" fill="#1e32fa"/><text x="52" y="166" font-family="Arial" font-size="15" fill="#fff">Open statement</text></a>
<!-- evaluation set: embedded JavaScript redirect of the original sample replaced by this inert comment -->
</svg>
"""
    mail(A, "15-en-fake-iata-bsplink-svg-attachment", "en", "utf-8",
         "Trade-specific brand lure with SVG attachment: 'IATA BSP Germany' remittance statement requiring login to a fake BSPlink (iata-bsplink.com), sent through Amazon SES with the attacker's own verified domain; the SVG carries the link (its script redirect replaced by an inert comment).",
         ("IATA BSP Germany", "bsp-statements@iata-bsplink.com"), [S["claudia"]],
         "BSP Germany: remittance statement 2026-11 P2 - action required before remittance date", D(23, 7, 58, 40),
         infra_host("a8-31.smtp-out.amazonses.com", "54.240.8.31", msgid=lambda k: "0102019%s-%s-000000@email.amazonses.com" % (h(k, 9), h(k + "s", 24))),
         mixed(text("""Dear Agent,

Your BSP remittance statement for billing period 2026-11 P2 is available. The statement contains 2 unresolved Agency Debit Memos (ADMs) that must be reviewed before the remittance date. Disputes can only be raised within 15 days of issue.

The statement is attached to this email for your convenience. Sign in to BSPlink with your agency credentials to review and dispute the ADMs.

Agency: Example Group (IATA 23-2 4471 8)
Remittance date: 30 November 2026

Kind regards
BSP Germany Customer Service
International Air Transport Association""", "utf-8", "quoted-printable"),
               attach("BSP_Remittance_Statement_2026-11-P2.svg", svg.encode(), "image/svg+xml")),
         return_path="0102019%s@amazonses.com" % h("ses15", 20), extra=["Feedback-ID: 1.eu-central-1.%s=:AmazonSES" % h("fb15", 43, ALNUM)])

    # 16 -------------------------------------------------------------- en
    orig = "%s@LO2P265MB5530.GBRP265.PROD.OUTLOOK.COM" % h("wc-orig", 16, "0123456789ABCDEF")
    mail(A, "16-en-thread-hijack-coach-company-bank-change", "en", "utf-8",
         "Invoice fraud by thread hijack from the genuine but compromised Microsoft 365 mailbox of a UK coach operator (same infrastructure as business/11); Reply-To points to look-alike whitcombe-coaches.co.uk, payment redirected to an e-money account 'during a bank audit'.",
         ("Accounts | Whitcombe Coaches", "accounts@whitcombecoaches.co.uk"), [S["sarah"]],
         "RE: Invoice WC-26-0938 - Example Group - Edinburgh Christmas Markets", D(26, 15, 9, 2, GMT),
         infra_m365(6, "LO2P265MB"),
         alt(text("""Hi Sarah,

Thank you for confirming the invoice. Please note that our NatWest account is currently under an internal audit following our year-end, so we are unable to receive payments into it until the audit has been closed.

Kindly remit WC-26-0938 (GBP 7,480.00) and any other outstanding amounts to our alternative account below:

Account name: Whitcombe Coaches Ltd
Sort code: 04-05-41
Account number: 00274119
IBAN: %s

As the Edinburgh departure is on 4 December, we would appreciate payment by Friday so the drivers' rota can be confirmed. Please send me the remittance once done.

Kind regards
Helen Marsh
Accounts Assistant
Whitcombe Coaches Ltd | Unit 4, Clifton Moor Industrial Estate, York YO30 4XQ

________________________________
From: Sarah Collins <sarah.collins@example.com>
Sent: 25 November 2026 16:40
To: Accounts | Whitcombe Coaches <accounts@whitcombecoaches.co.uk>
Subject: RE: Invoice WC-26-0938 - Example Group - Edinburgh Christmas Markets

Hi Helen, thanks, invoice approved, it will go out with our next payment run.
Best, Sarah""" % fmt_iban(IB["att_whitcombe"]), "utf-8", "quoted-printable"),
             html("""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Sarah,</p><p>Thank you for confirming the invoice. Please note that our NatWest account is currently under an internal audit following our year-end, so we are unable to receive payments into it until the audit has been closed.</p>
<p>Kindly remit WC-26-0938 (GBP 7,480.00) and any other outstanding amounts to our alternative account below:</p>
<p>Account name: Whitcombe Coaches Ltd<br>Sort code: 04-05-41<br>Account number: 00274119<br>IBAN: %s</p>
<p>As the Edinburgh departure is on 4 December, we would appreciate payment by Friday so the drivers' rota can be confirmed. Please send me the remittance once done.</p>
<p>Kind regards<br>Helen Marsh<br>Accounts Assistant<br>Whitcombe Coaches Ltd | Unit 4, Clifton Moor Industrial Estate, York YO30 4XQ</p>
<hr><p><b>From:</b> Sarah Collins &lt;sarah.collins@example.com&gt;<br><b>Sent:</b> 25 November 2026 16:40<br><b>Subject:</b> RE: Invoice WC-26-0938 - Example Group - Edinburgh Christmas Markets</p>
<p>Hi Helen, thanks, invoice approved, it will go out with our next payment run.<br>Best, Sarah</p></body></html>""" % fmt_iban(IB["att_whitcombe"]), "utf-8", "quoted-printable")),
         reply_to=("Accounts | Whitcombe Coaches", "accounts@whitcombe-coaches.co.uk"),
         in_reply_to=orig, extra=["Thread-Topic: Invoice WC-26-0938 - Example Group - Edinburgh Christmas Markets", "Content-Language: en-GB"])

    # 17 -------------------------------------------------------------- it
    mail(A, "17-it-supplier-bank-change-lookalike-ferretti", "it", "utf-8",
         "Supplier bank-detail change from look-alike ferretti-trasporti.com (genuine: ferretti-trasporti.it), 'Chiara Colombo' via Roundcube on a VPS; new IBAN at a different bank (valid CIN and mod-97), letter PDF, asks to update before paying open invoices.",
         ("Chiara Colombo", "c.colombo@ferretti-trasporti.com"), [S["marco"]],
         "Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.", D(11, 11, 26, 14),
         infra_host("mail.ferretti-trasporti.com", "45.87.154.23", rdns="45-87-154-23.hosted-by-worldstream.net"),
         mixed(text("""Gentile Dott. Bianchi,

con la presente Le comunichiamo che, a seguito della riorganizzazione della tesoreria aziendale, a partire dal 12/11/2026 i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A. - filiale di Verona
IBAN: %s

Il precedente conto presso Intesa Sanpaolo non sarà più operativo per gli incassi. Le chiediamo cortesemente di aggiornare l'anagrafica fornitore e di utilizzare le nuove coordinate anche per le fatture 2026/1184 e 2026/1203 in scadenza.

In allegato la comunicazione ufficiale firmata dall'amministratore delegato.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale - Gruppi
Ferretti Trasporti S.p.A.
Via dell'Industria 14 - 37135 Verona""" % fmt_iban(IB["att_ferretti"]), "utf-8", "base64"),
               pdf("Comunicazione_variazione_IBAN_Ferretti.pdf",
                   ["Ferretti Trasporti S.p.A. - Verona", "", "Oggetto: variazione coordinate bancarie",
                    "IBAN: " + fmt_iban(IB["att_ferretti"]), "", "[PLACEHOLDER PDF - evaluation set]"])),
         mailer="User-Agent: Roundcube Webmail/1.6.9")

    # 18 -------------------------------------------------------------- it
    z = zip_bytes([("Avviso_bonario_2026_4471882.js", INERT)])
    mail(A, "18-it-fake-agenzia-entrate-zip-dropper", "it", "iso-8859-15",
         "Malware dropper posing as Agenzia delle Entrate ('comunicazione di irregolarità' / avviso bonario) with ZIP containing a .js (inert placeholder); sent from a compromised Italian accountant's mail server, sender domain agenziaentrate-avvisi.it is not agenziaentrate.gov.it.",
         ("Agenzia delle Entrate", "comunicazioni@agenziaentrate-avvisi.it"), [S["marco"]],
         "Comunicazione di irregolarità - Dichiarazione IVA 2025 (prot. 2026/4471882)", D(14, 8, 41, 55),
         infra_host("mail.studiorossicommercialisti.it", "89.46.110.52", rdns="webx1552.aruba.it"),
         mixed(text("""Gentile Contribuente,

dal controllo automatizzato della dichiarazione IVA relativa al periodo d'imposta 2025, effettuato ai sensi dell'art. 54-bis del D.P.R. 633/1972, sono emerse irregolarità per le quali è stata emessa la comunicazione allegata.

Protocollo: 2026/4471882
Codice atto: 07984471882

Può regolarizzare la Sua posizione entro 60 giorni dal ricevimento della presente, beneficiando della riduzione delle sanzioni a un terzo. Il dettaglio degli importi e il modello F24 precompilato sono contenuti nell'archivio allegato.

Cordiali saluti

Agenzia delle Entrate
Direzione Provinciale di Milano - Ufficio Controlli""", "iso-8859-15", "quoted-printable"),
               attach("Avviso_bonario_2026_4471882.zip", z, "application/zip")),
         mode="Q")

    # 19 -------------------------------------------------------------- it
    url = "https://aruba-rinnovi.net/rinnovo/examplegroup.eu?c=77C1"
    mail(A, "19-it-fake-aruba-domain-renewal", "it", "utf-8",
         "Brand lure common in Italy: fake Aruba.it domain renewal for examplegroup.eu (small fee, payment card and login on aruba-rinnovi.net); HTML-only, bulk-sent from an OVH server. The domain is not even registered at Aruba.",
         ("Aruba.it", "comunicazioni@aruba-rinnovi.net"), [S["giulia"]],
         "Rinnovo servizio: il dominio examplegroup.eu scade il 18/11/2026", D(13, 6, 55, 3),
         infra_host("mta-out2.aruba-rinnovi.net", "141.95.88.146", rdns="ns3204471.ip-141-95-88.eu"),
         html("""<html><body style="margin:0;background:#eef1f4;font-family:Arial,sans-serif;color:#333">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="600" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="background:#ff6600;padding:14px 24px;color:#fff;font-size:22px;font-weight:bold">Aruba.it</td></tr>
<tr><td style="padding:24px">
<p>Gentile Cliente,</p>
<p>ti ricordiamo che il servizio associato al dominio <b>examplegroup.eu</b> scadrà il <b>18/11/2026</b>. Alla scadenza il dominio, la posta elettronica e le caselle collegate saranno sospesi e non sarà più possibile ricevere messaggi.</p>
<table cellpadding="6" style="border-collapse:collapse;width:100%%;font-size:13px">
<tr style="background:#f5f5f5"><td>Servizio</td><td>Scadenza</td><td align="right">Importo</td></tr>
<tr><td>Dominio .eu + Hosting Email</td><td>18/11/2026</td><td align="right">13,41 &euro; + IVA</td></tr></table>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#ff6600;color:#fff;padding:12px 30px;text-decoration:none;border-radius:3px">Rinnova ora</a></p>
<p style="font-size:12px">Il rinnovo è immediato con carta di credito. Se hai già provveduto al rinnovo, ignora questa comunicazione.</p>
<p>Cordiali saluti,<br>Aruba S.p.A.</p></td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#999">Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516</td></tr>
</table></td></tr></table></body></html>""" % url, "utf-8", "base64"))

    # 20 -------------------------------------------------------------- it
    mail(A, "20-it-ceo-fraud-fake-acquisition-lookalike", "it", "utf-8",
         "CEO fraud with fake acquisition story: 'Markus Brandt' writes in Italian from look-alike examplegroup-eu.com (M365 tenant) to the Italian accountant, announces a lawyer, demands secrecy and a same-day transfer of EUR 86,400 to an Italian online bank (valid IBAN incl. CIN).",
         ("Markus Brandt", "markus.brandt@examplegroup-eu.com"), [S["marco"]],
         "Operazione riservata - bonifico urgente", D(19, 9, 12, 37),
         infra_m365(5, "FR4P281MB"),
         text("""Buongiorno Marco,

ti scrivo in via strettamente riservata. Stiamo finalizzando l'acquisizione di un'agenzia di viaggi a Milano e la firma del preliminare è prevista per oggi. Per ragioni di riservatezza imposte dalla Consob e dall'accordo con la controparte, l'operazione non deve essere discussa con nessuno in ufficio fino all'annuncio ufficiale di lunedì.

L'Avv. Lorenzo Ferri dello studio che ci assiste ti contatterà nelle prossime ore. Nel frattempo ti chiedo di predisporre un bonifico urgente per il deposito cauzionale:

Importo: 86.400,00 EUR
Beneficiario: LF Advisory S.r.l. - conto deposito fiduciario
IBAN: %s
Causale: Deposito cauzionale preliminare rif. LF/2026/118

Appena eseguito, inviami la contabile a questo indirizzo. Sono in riunione tutto il giorno e non posso rispondere al telefono.

Grazie per la collaborazione e la discrezione.

Markus Brandt
CEO - Example Group""" % fmt_iban(IB["att_ceo_it"]), "utf-8", "quoted-printable"),
         mailer=OUTLOOK, extra=["X-Priority: 1", "Importance: high"])

    # 21 -------------------------------------------------------------- it
    url = "https://bellavistagarda-my.sharepoint-docview.com/:b:/g/personal/booking/EXG2027"
    mail(A, "21-it-compromised-hotel-sharepoint-lure", "it", "utf-8",
         "Credential phishing from the genuine, compromised mailbox of a contracted hotel (same server as business/21): fake SharePoint 'file shared with you' for the 2027 allotment contract, link to sharepoint-docview.com (not sharepoint.com).",
         ("Hotel Bellavista Garda - Booking", "booking@bellavistagarda.it"), [S["francesca"]],
         "Hotel Bellavista Garda ha condiviso «Contratto allotment 2027 - Example Group.pdf» con te", D(25, 17, 33, 20),
         infra_host("smtp.bellavistagarda.it", "94.177.213.68", rdns="host68-213-177-94.serverdedicati.aruba.it"),
         alt(text("""Hotel Bellavista Garda ha condiviso un file con te

Contratto allotment 2027 - Example Group.pdf

"Buonasera Francesca, come anticipato al telefono ti condivido il contratto 2027 con le nuove date di release. Ti chiedo di controfirmarlo entro venerdì. Grazie, Laura"

Apri: %s

Microsoft SharePoint""" % url, "utf-8", "quoted-printable"),
             html("""<html><body style="font-family:Segoe UI,Arial,sans-serif;background:#fff;color:#242424">
<table width="520" cellpadding="0" cellspacing="0" style="margin:20px auto;border:1px solid #e6e6e6"><tr><td style="padding:24px">
<p style="font-size:20px">Hotel Bellavista Garda ha condiviso un file con te</p>
<p style="background:#f8f8f8;padding:12px;font-style:italic">Buonasera Francesca, come anticipato al telefono ti condivido il contratto 2027 con le nuove date di release. Ti chiedo di controfirmarlo entro venerdì. Grazie, Laura</p>
<table cellpadding="8"><tr><td style="background:#c43e1c;color:#fff;font-weight:bold">PDF</td><td><b>Contratto allotment 2027 - Example Group.pdf</b></td></tr></table>
<p><a href="%s" style="background:#0f6cbd;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Apri</a></p>
<p style="font-size:11px;color:#616161">Questo messaggio è stato inviato da Microsoft SharePoint per conto di Hotel Bellavista Garda.</p></td></tr></table></body></html>""" % url, "utf-8", "quoted-printable")),
         mailer="X-Mailer: Microsoft Outlook 16.0")

    # 22 -------------------------------------------------------------- pl
    mail(A, "22-pl-supplier-bank-change-free-mailer-onet", "pl", "iso-8859-2",
         "Supplier bank-detail change from a free mailer: 'Tadeusz Zieliński' of Partner Logistik writes from onet.pl claiming a mail-server outage, asks not to call the office and to pay to a new Santander account (valid Polish check digits, not on the VAT white list).",
         ("Tadeusz Zieliński", "t.zielinski.partnerlogistik@onet.pl"), [S["piotr"]],
         "Zmiana rachunku bankowego - pilne", D(17, 14, 22, 48),
         infra_host("smtpo94.poczta.onet.pl", "213.180.149.94", inner="from pla-wp-x2.int.pl (unknown [10.207.34.78]) by smtp.poczta.onet.pl (Onet) with ESMTPA id 4c8Kw12XbGz1ns"),
         text("""Dzień dobry Panie Piotrze,

piszę z prywatnej skrzynki, bo od wczoraj mamy awarię serwera pocztowego i firmowe adresy nie działają. Telefony w biurze też są przekierowane, więc najlepiej kontaktować się ze mną mailowo.

W związku ze zmianą banku prosimy, aby od dzisiaj wszystkie płatności za nasze faktury (również FV/2026/11/087 i FV/2026/11/093) kierować na nowy rachunek:

Partner Logistik sp. z o.o.
Santander Bank Polska S.A.
%s

Stary rachunek w PKO BP zostanie zamknięty w tym tygodniu i przelewy mogą wrócić. Proszę o potwierdzenie aktualizacji danych i informację, kiedy możemy spodziewać się płatności.

Z poważaniem
Tadeusz Zieliński
Dyrektor ds. operacyjnych
Partner Logistik sp. z o.o.""" % fmt_iban(IB["att_partner"]), "iso-8859-2", "quoted-printable"),
         mailer="X-Mailer: Poczta Onet", mode="Q")

    # 23 -------------------------------------------------------------- pl
    url = "https://ksef-podatki.pl/uwierzytelnienie?nip=6762471155&sid=EXG"
    mail(A, "23-pl-fake-ksef-rejected-invoices", "pl", "windows-1250",
         "Fake authority topical for 2026: 'Krajowy System e-Faktur' (KSeF, mandatory e-invoicing in Poland since 2026) claims three structured invoices were rejected and asks to re-authenticate via ksef-podatki.pl (genuine: ksef.podatki.gov.pl); windows-1250 HTML, sent from a bulletproof VPS.",
         ("Krajowy System e-Faktur", "powiadomienia@ksef-podatki.pl"), [S["piotr"]],
         "KSeF: odrzucono 3 faktury ustrukturyzowane - wymagana weryfikacja uprawnień", D(20, 7, 5, 16),
         infra_host("mail.ksef-podatki.pl", "194.87.218.40", rdns="vm2284319.stark-industries.solutions"),
         alt(text("""Szanowni Państwo,

w Krajowym Systemie e-Faktur odrzucono 3 faktury ustrukturyzowane wystawione przez podmiot o NIP 6762471155 z powodu wygaśnięcia uprawnień osoby uwierzytelniającej.

Aby uniknąć sankcji przewidzianych w art. 106gb ustawy o VAT, należy ponownie zweryfikować uprawnienia w ciągu 72 godzin:

%s

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
Ministerstwo Finansów - Krajowy System e-Faktur""" % url, "windows-1250", "base64"),
             html("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<div style="max-width:600px;margin:auto;border:1px solid #dcdcdc">
<div style="background:#d40000;color:#fff;padding:14px 20px;font-weight:bold">Krajowy System e-Faktur</div>
<div style="padding:20px"><p>Szanowni Państwo,</p>
<p>w Krajowym Systemie e-Faktur odrzucono <b>3 faktury ustrukturyzowane</b> wystawione przez podmiot o NIP <b>6762471155</b> z powodu wygaśnięcia uprawnień osoby uwierzytelniającej.</p>
<p>Aby uniknąć sankcji przewidzianych w art. 106gb ustawy o VAT, należy ponownie zweryfikować uprawnienia w ciągu <b>72 godzin</b>.</p>
<p><a href="%s" style="background:#0052a5;color:#fff;padding:10px 20px;text-decoration:none">Zweryfikuj uprawnienia</a></p>
<p style="font-size:11px;color:#666">Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.<br>Ministerstwo Finansów</p></div></div></body></html>""" % url, "windows-1250", "base64")),
         mode="B")

    # 24 -------------------------------------------------------------- pl
    z = zip_bytes([("Zapytanie_ofertowe_wyjazd_2027.pdf.scr", INERT)])
    mail(A, "24-pl-group-quote-request-zip-dropper", "pl", "utf-8",
         "Malware dropper disguised as a group-trip quote request (a trade-typical lure) from the genuine, compromised domain of a Kraków construction firm; the 'programme' is a ZIP with a .pdf.scr (inert placeholder).",
         ("Magdalena Wójcik", "m.wojcik@krakbud-instal.pl"), [S["agnieszka"]],
         "Zapytanie ofertowe - wyjazd integracyjny 45 osób, Berlin, marzec 2027", D(24, 10, 44, 7),
         infra_host("s12.krakbud-instal.pl", "188.128.245.13", rdns="serwer2245113.home.pl"),
         mixed(text("""Dzień dobry,

w imieniu firmy KRAKBUD Instalacje sp. z o.o. zwracam się z prośbą o przygotowanie oferty na wyjazd integracyjny dla 45 pracowników do Berlina w dniach 18-21 marca 2027 r.

Szczegółowy program, wymagania dotyczące hotelu (pokoje 2-osobowe, standard min. 4*) oraz listę atrakcji przesyłam w załączniku. Plik jest spakowany, ponieważ zawiera również skany zgód działu kadr.

Ofertę prosimy przesłać do 30 listopada. Mamy jeszcze zapytania do dwóch innych biur, więc zależy nam na szybkiej odpowiedzi.

Pozdrawiam serdecznie
Magdalena Wójcik
Specjalista ds. kadr i administracji
KRAKBUD Instalacje sp. z o.o.
ul. Półłanki 64, 30-740 Kraków""", "utf-8", "quoted-printable"),
               attach("Zapytanie_ofertowe_wyjazd_2027.zip", z, "application/zip")),
         mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")

    # 25 -------------------------------------------------------------- pl
    qrm = qr_matrix(QR_URL_PL)
    mail(A, "25-pl-fake-mbank-companynet-qr-in-pdf", "pl", "utf-8",
         "Quishing inside a PDF: fake mBank CompanyNet notice about a mandatory new authorisation method; the attached PDF contains a real, decodable vector-drawn QR code to %s (no link in the mail body, image-less QR evades image scanning)." % QR_URL_PL,
         ("mBank CompanyNet", "companynet@mbank-powiadomienia.pl"), [S["agnieszka"]],
         "CompanyNet: aktywuj nową metodę autoryzacji do 30.11.2026", D(26, 8, 16, 50),
         infra_host("mta1.mbank-powiadomienia.pl", "185.225.69.118", rdns="vps-185-225-69-118.hostinger.pl"),
         mixed(text("""Szanowni Państwo,

od 1 grudnia 2026 r. logowanie do systemu CompanyNet i autoryzacja dyspozycji będą możliwe wyłącznie z wykorzystaniem nowej metody autoryzacji w aplikacji mobilnej.

Aby zachować dostęp do rachunków firmowych, prosimy o aktywację nowej metody do 30.11.2026. Instrukcja wraz z indywidualnym kodem aktywacyjnym znajduje się w załączonym pliku PDF - wystarczy zeskanować kod aparatem telefonu.

Z poważaniem
Zespół Bankowości Korporacyjnej
mBank S.A.""", "utf-8", "quoted-printable"),
               attach("Instrukcja_aktywacji_CompanyNet.pdf",
                      pdf_bytes(["mBank CompanyNet - aktywacja nowej metody autoryzacji",
                                 "Zeskanuj kod QR aparatem telefonu, aby rozpoczac aktywacje.",
                                 "Kod jest wazny do 30.11.2026.", "", "[PLACEHOLDER PDF - evaluation set]"],
                                title="Instrukcja_aktywacji_CompanyNet", qr=qrm))))

    # 26 -------------------------------------------------------------- pl
    mail(A, "26-pl-fake-business-registry-invoice", "pl", "windows-1250",
         "Invoice fraud of the Polish 'fake registry' type: 'Krajowy Rejestr Działalności Gospodarczej' sends an official-looking 'update form' that is really a paid listing order (PLN 1,850 in the fine print, valid IBAN), mimicking KRS/CEIDG; bulk sender on a VPS.",
         ("Krajowy Rejestr Działalności Gospodarczej", "biuro@krdg-rejestr.pl"), [S["piotr"]],
         "Aktualizacja wpisu - Example Group Polska sp. z o.o. - termin 7 dni", D(30, 9, 2, 31),
         infra_host("krdg-rejestr.pl", "91.227.30.114", rdns="mail114.krdg-rejestr.pl"),
         mixed(text("""Szanowni Państwo,

w związku z corocznym uaktualnieniem danych rejestrowych przesyłamy formularz dotyczący wpisu:

Example Group Polska sp. z o.o.
ul. Floriańska 22, 31-019 Kraków
NIP: %s

Prosimy o sprawdzenie danych, podpisanie formularza i odesłanie skanu w ciągu 7 dni. Opłata za utrzymanie wpisu w rejestrze w wysokości 1 850,00 zł netto płatna jest na rachunek:
%s

Brak aktualizacji może skutkować nieprawidłową prezentacją danych Państwa firmy.

Z poważaniem
Dział Obsługi Rejestru
KRDG""" % (pl_nip("676247115"), fmt_iban(IB["att_krdg"])), "windows-1250", "quoted-printable"),
               pdf("Formularz_aktualizacji_KRDG_2026.pdf",
                   ["KRAJOWY REJESTR DZIALALNOSCI GOSPODARCZEJ", "Formularz aktualizacji wpisu",
                    "Example Group Polska sp. z o.o.", "Oplata roczna: 1 850,00 PLN netto",
                    "(drobnym drukiem: podpisanie formularza stanowi zamowienie uslugi reklamowej)",
                    "[PLACEHOLDER PDF - evaluation set]"])),
         mode="Q")

    # 27 -------------------------------------------------------------- es
    url = "https://sede-aeat-notificaciones.com/descarga/Notificacion_2026GRC47718320N"
    mail(A, "27-es-fake-agencia-tributaria-link-dropper", "es", "iso-8859-1",
         "Malware via link (Latin-American banking-trojan style): fake Agencia Tributaria 'notificación electrónica' whose button downloads a ZIP from sede-aeat-notificaciones.com; HTML-only ISO-8859-1, sent from a compromised Brazilian cPanel host.",
         ("Agencia Tributaria", "notificaciones@aeat-sede-electronica.com"), [S["javier"]],
         "Notificación electrónica pendiente: requerimiento de información (Ref. 2026GRC47718320N)", D(4, 11, 19, 44),
         infra_host("br858.hostgator.com.br", "162.241.203.58", rdns="br858.hostgator.com.br"),
         html("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #ccc"><tr><td style="background:#8b0d1f;color:#fff;padding:12px 18px;font-weight:bold">Agencia Tributaria &middot; Sede Electrónica</td></tr>
<tr><td style="padding:18px">
<p>Estimado/a contribuyente:</p>
<p>Le comunicamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) relativa a:</p>
<p style="background:#f4f4f4;padding:10px">Procedimiento: Requerimiento de información - Impuesto sobre el Valor Añadido<br>Referencia: 2026GRC47718320N<br>Fecha de puesta a disposición: 04/11/2026</p>
<p>Dispone de un plazo de diez días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá practicada a todos los efectos (art. 43 de la Ley 39/2015).</p>
<p><a href="%s" style="color:#fff;background:#8b0d1f;padding:8px 18px;text-decoration:none">Descargar notificación</a></p>
<p style="font-size:11px;color:#777">Este mensaje se ha generado de forma automática. Por favor, no responda a esta dirección.</p></td></tr></table></body></html>""" % url, "iso-8859-1", "quoted-printable"),
         mode="Q")

    # 28 -------------------------------------------------------------- es
    prev = "CAO%s@mail.gmail.com" % h("mallorca-prev", 44, ALNUM)
    mail(A, "28-es-hotel-deposit-bank-change-lookalike", "es", "utf-8",
         "Supplier bank-detail change in a hotel-deposit thread: 'Marta Vidal' of Hotel Playa Serena writes from look-alike playaserena-mallorca.net (genuine: .com, see business/27), quotes the real thread and asks for the 30%% group deposit to a different Spanish bank (valid IBAN and DC) 'because of a change of payment provider'.",
         ("Marta Vidal | Hotel Playa Serena", "m.vidal@playaserena-mallorca.net"), [S["lucia"]],
         "RE: Grupo EXAMPLE GROUP 12-16/03/2027 - depósito 30 %", D(23, 16, 35, 27),
         infra_m365(7, "PR3P195MB"),
         alt(text("""Hola Lucía,

gracias por la confirmación del rooming provisional. Te escribo porque hemos cambiado de entidad para los cobros de grupos y el depósito debe ingresarse ya en la nueva cuenta. La anterior de CaixaBank se utiliza solo para cobros con tarjeta desde el TPV.

Titular: Playa Serena Hotels S.L.
Entidad: ING
IBAN: %s
Concepto: EXAMPLE GROUP 12-16/03/27

Importe del depósito (30 %%): 11.340,00 EUR

Necesitaríamos el justificante antes del viernes para poder mantener el cupo de 42 habitaciones; después liberamos las habitaciones a la venta online.

Un saludo,
Marta Vidal
Group Sales Manager
Hotel Playa Serena Mallorca ****
Passeig Marítim 41, 07014 Palma

-----Mensaje original-----
De: Lucía Fernández <lucia.fernandez@example.com>
Enviado: lunes, 23 de noviembre de 2026 11:02
Para: Marta Vidal <m.vidal@playaserena-mallorca.com>
Asunto: Grupo EXAMPLE GROUP 12-16/03/2027 - depósito 30 %%

Hola Marta, te confirmo el grupo con 42 habitaciones. ¿Me puedes enviar la proforma del depósito? Gracias, Lucía""" % fmt_iban(IB["att_mallorca"]), "utf-8", "quoted-printable"),
             html("""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hola Lucía,</p><p>gracias por la confirmación del rooming provisional. Te escribo porque hemos cambiado de entidad para los cobros de grupos y el depósito debe ingresarse ya en la nueva cuenta. La anterior de CaixaBank se utiliza solo para cobros con tarjeta desde el TPV.</p>
<p>Titular: Playa Serena Hotels S.L.<br>Entidad: ING<br>IBAN: %s<br>Concepto: EXAMPLE GROUP 12-16/03/27</p>
<p>Importe del depósito (30 %%): <b>11.340,00 EUR</b></p>
<p>Necesitaríamos el justificante antes del viernes para poder mantener el cupo de 42 habitaciones; después liberamos las habitaciones a la venta online.</p>
<p>Un saludo,<br>Marta Vidal<br>Group Sales Manager<br>Hotel Playa Serena Mallorca ****</p>
<hr><p><b>De:</b> Lucía Fernández<br><b>Enviado:</b> lunes, 23 de noviembre de 2026 11:02<br><b>Asunto:</b> Grupo EXAMPLE GROUP 12-16/03/2027 - depósito 30 %%</p><p>Hola Marta, te confirmo el grupo con 42 habitaciones. ¿Me puedes enviar la proforma del depósito? Gracias, Lucía</p></body></html>""" % fmt_iban(IB["att_mallorca"]), "utf-8", "quoted-printable")),
         in_reply_to=prev, extra=["Content-Language: es-ES"])

    # 29 -------------------------------------------------------------- es
    qm = qr_matrix(QR_URL_ES)
    cells = []
    for row in qm:
        cells.append("<tr>" + "".join('<td style="width:4px;height:4px;background:%s"></td>' % ("#000" if v else "#fff") for v in row) + "</tr>")
    qtable = ('<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;border:16px solid #fff;margin:auto">\n'
              + "\n".join(cells) + "\n</table>")
    mail(A, "29-es-fake-iberia-agency-portal-html-table-qr", "es", "utf-8",
         "Quishing without an image: fake 'Iberia - Portal de Agencias' access verification where the QR code is drawn as an HTML table (decodable when rendered, invisible to image/QR scanners) pointing to %s; sent via a Mailchimp-type bulk sender." % QR_URL_ES,
         ("Iberia Agencias", "agencias@iberia-portalagencias.com"), [S["carmen"]],
         "Portal de Agencias: verifique su acceso antes del 28/11", D(25, 12, 7, 58),
         infra_host("mail182.atl121.mcdlv.net", "198.2.182.121", msgid=lambda k: "%s.%s@mail182.atl121.mcdlv.net" % (h(k, 20), h(k + "m", 8))),
         alt(text("""Estimado/a agente:

Para reforzar la seguridad del Portal de Agencias, todas las cuentas deben verificarse con el dispositivo móvil antes del 28/11/2026. Las cuentas no verificadas no podrán emitir ni modificar reservas de grupo.

Escanee el código de esta comunicación con la cámara de su móvil para completar la verificación.

Iberia - Canal Agencias""", "utf-8", "quoted-printable"),
             html("""<html><body style="font-family:Arial,sans-serif;color:#333;font-size:14px">
<div style="max-width:560px;margin:auto;border:1px solid #ddd">
<div style="background:#d7192d;color:#fff;padding:14px 20px;font-size:20px;font-weight:bold">IBERIA <span style="font-weight:normal;font-size:14px">Portal de Agencias</span></div>
<div style="padding:20px"><p>Estimado/a agente:</p>
<p>Para reforzar la seguridad del Portal de Agencias, todas las cuentas deben verificarse con el dispositivo móvil antes del <b>28/11/2026</b>. Las cuentas no verificadas no podrán emitir ni modificar reservas de grupo.</p>
<p>Escanee este código con la cámara de su móvil:</p>
""" + qtable + """
<p style="font-size:11px;color:#888">Iberia L&iacute;neas A&eacute;reas de Espa&ntilde;a - Canal Agencias</p></div></div></body></html>""", "utf-8", "quoted-printable")),
         extra=["List-Unsubscribe: <https://iberia-portalagencias.us21.list-manage.com/unsubscribe?u=%s>" % h("lu29", 24), "Precedence: bulk"])

    # 30 -------------------------------------------------------------- es
    mail(A, "30-es-payroll-diversion-gmail", "es", "utf-8",
         "Payroll diversion: 'Carmen Ruiz' (Madrid travel consultant) writes from a new Gmail address to the local payroll accountant to move her salary to a Revolut Spain IBAN (valid DC and mod-97) before the December payroll.",
         ("Carmen Ruiz", "carmenruiz.exg@gmail.com"), [S["javier"]],
         "Cambio de cuenta para la nómina", D(27, 18, 3, 19),
         infra_gmail(3),
         text("""Hola Javier,

te escribo desde mi correo personal porque estoy fuera esta semana y no puedo entrar en Outlook desde el móvil.

He cambiado de banco y me gustaría que la nómina de diciembre (y la extra) se ingresen ya en la cuenta nueva:

Titular: Carmen Ruiz Delgado
IBAN: %s

¿Me confirmas si llega a tiempo para este mes? Si necesitas el certificado de titularidad te lo mando la semana que viene.

Gracias y un abrazo,
Carmen""" % fmt_iban(IB["att_payroll_es"]), "utf-8", "quoted-printable"))

    # 31 -------------------------------------------------------------- es
    mail(A, "31-es-callback-fake-microsoft-renewal", "es", "utf-8",
         "Callback phishing: fake Microsoft 365 Business renewal 'invoice' of EUR 489.90 from an outlook.es free-mail account, only a phone number to 'cancel' (no links); PDF placeholder invoice.",
         ("Microsoft Facturación", "facturacion.microsoft365@outlook.es"), [S["lucia"]],
         "Confirmación de renovación automática - Microsoft 365 Business Premium (25 licencias)", D(2, 9, 27, 15),
         infra_outlookcom(2),
         mixed(text("""Estimado cliente:

Su suscripción Microsoft 365 Business Premium (25 licencias) se ha renovado automáticamente por un periodo de 12 meses.

Número de pedido: MS-ES-2026-118734
Importe: 489,90 EUR (IVA incluido)
Método de pago: tarjeta terminada en **** 4471
Fecha de cargo: 03/11/2026

Si usted no ha autorizado esta renovación o desea cancelarla, llame a nuestro departamento de facturación en las próximas 24 horas:

+34 911 23 84 70 (lunes a domingo, 8:00 - 22:00)

Pasado este plazo el importe no será reembolsable.

Atentamente,
Equipo de Facturación de Microsoft""", "utf-8", "quoted-printable"),
               pdf("Factura_MS-ES-2026-118734.pdf",
                   ["Factura MS-ES-2026-118734", "Microsoft 365 Business Premium x 25",
                    "Total: 489,90 EUR", "Cancelaciones: +34 911 23 84 70", "[PLACEHOLDER PDF]"])))

    # 32 -------------------------------------------------------------- el
    url = "https://myaade-epistrofi.com/taxisnet/login?afm=EXG"
    mail(A, "32-el-fake-aade-vat-refund", "el", "iso-8859-7",
         "Fake authority (Greek tax administration ΑΑΔΕ / myAADE): VAT refund pending confirmation of the company IBAN, login via fake TAXISnet page on myaade-epistrofi.com; ISO-8859-7 multipart/alternative from a compromised host.",
         ("ΑΑΔΕ - myAADE", "enimerosi@aade-myaade.com"), [S["nikos"]],
         "Επιστροφή ΦΠΑ: εκκρεμεί επιβεβαίωση τραπεζικού λογαριασμού", D(9, 10, 14, 2, EET),
         infra_host("server.xenonas-kalamata.gr", "185.138.42.77", rdns="host77.cloudhosting.gr"),
         alt(text("""Αγαπητέ/ή φορολογούμενε,

Σας ενημερώνουμε ότι έχει εγκριθεί επιστροφή ΦΠΑ ύψους 2.318,40 EUR για την επιχείρησή σας. Για την ολοκλήρωση της πίστωσης απαιτείται επιβεβαίωση του τραπεζικού λογαριασμού (IBAN) στην πλατφόρμα myAADE εντός 5 εργάσιμων ημερών.

Είσοδος με κωδικούς TAXISnet: %s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων""" % url, "iso-8859-7", "quoted-printable"),
             html("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><div style="max-width:600px;margin:auto;border:1px solid #ccd">
<div style="background:#003476;color:#fff;padding:14px 20px"><b>ΑΑΔΕ</b> | myAADE</div><div style="padding:20px">
<p>Αγαπητέ/ή φορολογούμενε,</p>
<p>Σας ενημερώνουμε ότι έχει εγκριθεί <b>επιστροφή ΦΠΑ ύψους 2.318,40 EUR</b> για την επιχείρησή σας. Για την ολοκλήρωση της πίστωσης απαιτείται επιβεβαίωση του τραπεζικού λογαριασμού (IBAN) στην πλατφόρμα myAADE εντός 5 εργάσιμων ημερών.</p>
<p><a href="%s" style="background:#003476;color:#fff;padding:10px 20px;text-decoration:none">Είσοδος με κωδικούς TAXISnet</a></p>
<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p></div></div></body></html>""" % url, "iso-8859-7", "quoted-printable")))

    # 33 -------------------------------------------------------------- el
    prev = "%s@aegeanblue-santorini.gr" % h("santo-prev", 24)
    mail(A, "33-el-compromised-hotel-bank-change-replyto-gmail", "el", "windows-1253",
         "Bank-detail change from the genuine, compromised mailbox of a Santorini hotel (same server/IP as business/32): Reply-To diverts to Gmail, the 'new' account is a Lithuanian e-money IBAN for a Greek hotel, justified by an 'audit'; windows-1253.",
         ("Μαρία Κωνσταντίνου", "m.konstantinou@aegeanblue-santorini.gr"), [S["eleni"]],
         "RE: Κράτηση ομάδας EXAMPLE GROUP 22-26/04/2027 - προκαταβολή", D(27, 12, 51, 9, EET),
         infra_host("mail.aegeanblue-santorini.gr", "46.4.81.210", rdns="mail.aegeanblue-santorini.gr", mua_ip=None),
         text("""Καλησπέρα κυρία Παπαδοπούλου,

σας ευχαριστούμε για την επιβεβαίωση της ομάδας. Λόγω του ετήσιου ελέγχου του λογαριασμού μας στην Εθνική Τράπεζα, οι πληρωμές από εξωτερικούς συνεργάτες δεν μπορούν να πιστωθούν εκεί μέχρι τέλος Δεκεμβρίου.

Παρακαλούμε η προκαταβολή (40 %%, 9.280,00 EUR) να κατατεθεί στον παρακάτω λογαριασμό του ομίλου μας:

Δικαιούχος: Aegean Blue Hospitality
IBAN: %s
BIC: REVOLT21

Θα χρειαστούμε το αποδεικτικό έως την Παρασκευή για να κρατήσουμε τα 24 δωμάτια. Για οποιαδήποτε απορία απαντήστε απευθείας σε αυτό το μήνυμα, καθώς το τηλέφωνο της ρεσεψιόν δεν λειτουργεί σωστά αυτές τις ημέρες.

Με εκτίμηση,
Μαρία Κωνσταντίνου
Reservations & Groups
Aegean Blue Suites - Οία, Σαντορίνη""" % fmt_iban(IB["att_greece"]), "windows-1253", "quoted-printable"),
         reply_to=("Μαρία Κωνσταντίνου", "m.konstantinou.aegeanblue@gmail.com"),
         in_reply_to=prev, mailer=OUTLOOK)

    # 34 -------------------------------------------------------------- el
    page = """<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>Τράπεζα Πειραιώς - Ασφάλεια</title></head>
<body style="font-family:Arial;background:#f2f2f2"><div style="width:380px;margin:70px auto;background:#fff;padding:28px">
<p style="color:#ffb600;font-weight:bold;font-size:20px">Τράπεζα Πειραιώς</p>
<p>Για λόγους ασφαλείας επιβεβαιώστε τα στοιχεία σύνδεσης στην υπηρεσία e-banking για επιχειρήσεις.</p>
<form method="post" action="https://winbank-piraeus-secure.com/auth/validate">
<p>Κωδικός χρήστη<br><input name="user" style="width:100%"></p>
<p>Κωδικός πρόσβασης<br><input name="pass" type="password" style="width:100%"></p>
<p>Κωδικός μίας χρήσης (SMS)<br><input name="otp" style="width:100%"></p>
<p><button type="submit">Επιβεβαίωση</button></p></form>
<!-- evaluation set: original obfuscated script removed, inert -->
</div></body></html>"""
    mail(A, "34-el-fake-piraeus-bank-html-attachment", "el", "utf-8",
         "Credential + OTP phishing with an HTML attachment: fake Piraeus Bank business e-banking security check; the attachment (Greek RFC 2047 file name) is a local login form posting to winbank-piraeus-secure.com. Sent from a DigitalOcean droplet without reverse DNS.",
         ("Τράπεζα Πειραιώς", "ebanking@piraeus-eidopoiiseis.com"), [S["eleni"]],
         "Ειδοποίηση ασφαλείας: απαιτείται επιβεβαίωση στοιχείων e-banking", D(3, 8, 33, 45, EET),
         infra_host("piraeus-eidopoiiseis.com", "164.90.187.22", rdns=None),
         mixed(text("""Αγαπητέ πελάτη,

εντοπίσαμε απόπειρα σύνδεσης στην υπηρεσία e-banking της επιχείρησής σας από άγνωστη συσκευή. Για την προστασία σας, η πρόσβαση έχει περιοριστεί προσωρινά.

Για να αποκατασταθεί η πρόσβαση, ανοίξτε το συνημμένο έγγραφο και επιβεβαιώστε τα στοιχεία σας εντός 24 ωρών.

Με εκτίμηση,
Τράπεζα Πειραιώς - Τμήμα Ασφάλειας Ηλεκτρονικών Συναλλαγών""", "utf-8", "base64"),
               attach("Ειδοποίηση_ασφαλείας_Πειραιώς.html", page.encode(), "text/html", charset="utf-8")))

    # 35 -------------------------------------------------------------- el
    att_gr = iban("GR", "0260" + "4200" + "0000820100975331")
    IB["att_direct_gr"] = att_gr
    assert iban_ok(att_gr)
    mail(A, "35-el-internal-spoof-direct-send-urgent-payment", "el", "utf-8",
         "Internal sender spoofing (Microsoft 365 'Direct Send' style): From is the genuine address of the Athens office manager, but the message enters mx01 directly from an external VPS instead of via mail-int01; asks the Greek accountant to pay a 'ferry agency' invoice today to a new IBAN (mod-97 valid).",
         ("Ελένη Παπαδοπούλου", "eleni.papadopoulou@example.com"), [S["nikos"]],
         "Επείγον - πληρωμή εισιτηρίων πλοίου για την ομάδα του Σαββάτου", D(2, 13, 6, 29, EET),
         infra_host("example.com", "185.234.72.19", rdns="vm-185-234-72-19.cloudnet.pl", tls=True),
         text("""Νίκο,

μόλις μου τηλεφώνησε το πρακτορείο για τα εισιτήρια της ομάδας του Σαββάτου (Πειραιάς - Νάξος, 46 άτομα). Αν δεν εξοφληθεί σήμερα το τιμολόγιο, αποδεσμεύουν τις θέσεις και το πλοίο είναι γεμάτο.

Μπορείς να κάνεις το έμβασμα τώρα;

Δικαιούχος: Kyklades Ferry Services IKE
IBAN: %s
Ποσό: 3.864,00 EUR
Αιτιολογία: EXG ομάδα 07/11 Νάξος

Είμαι σε συνάντηση με πελάτη μέχρι το απόγευμα, στείλε μου μόνο το αποδεικτικό εδώ.

Ευχαριστώ,
Ελένη""" % fmt_iban(att_gr), "utf-8", "8bit"),
         mailer=OUTLOOK, return_path="eleni.papadopoulou@example.com")

    # 36 -------------------------------------------------------------- ru
    rar = b"Rar!\x1a\x07\x01\x00" + INERT.encode()
    mail(A, "36-ru-fake-fns-demand-rar-dropper", "ru", "windows-1251",
         "Malware dropper posing as the Federal Tax Service (ФНС России): 'требование о представлении документов' with a RAR archive (inert placeholder after a RAR signature); windows-1251 base64, sent from a compromised Russian web server; nalog-trebovanie.ru is not nalog.gov.ru.",
         ("ФНС России", "noreply@nalog-trebovanie.ru"), [S["dmitry"]],
         "Требование о представлении документов (информации) № 14-25/18843", D(6, 10, 2, 17, MSK),
         infra_host("mail.stroymontazh-vrn.ru", "91.219.60.143", rdns="host143.60.219.91.vrn-hosting.ru", tls=False),
         mixed(text("""Уважаемый налогоплательщик!

В соответствии со статьей 93 Налогового кодекса Российской Федерации Вам необходимо представить документы (информацию), указанные в прилагаемом требовании, в течение 10 рабочих дней со дня его получения.

Требование № 14-25/18843 от 06.11.2026
Основание: камеральная налоговая проверка декларации по НДС за 3 квартал 2026 г.

Непредставление документов в установленный срок влечет ответственность по статье 126 НК РФ.

Документ прилагается в архиве. Пароль не требуется.

Межрайонная ИФНС России № 46 по г. Москве""", "windows-1251", "base64"),
               attach("Требование_14-25_18843.rar", rar, "application/x-rar-compressed", name_charset="windows-1251")),
         mailer="X-Mailer: The Bat! (v10.5.3) Professional")

    # 37 -------------------------------------------------------------- ru
    url = "https://examplegroup-eu.webmail-quota.ru/owa/auth/logon.aspx?u=olga.smirnova"
    mail(A, "37-ru-fake-mailbox-quota-koi8r", "ru", "koi8-r",
         "Credential phishing imitating the company's own mail administrator: 'mailbox over quota, incoming mail held', link to a fake OWA on webmail-quota.ru using the company name as subdomain; KOI8-R multipart/alternative sent from a Yandex Cloud VM.",
         ("Администратор почты examplegroup.eu", "postmaster@examplegroup-eu.ru"), [S["olga"]],
         "Ваш почтовый ящик переполнен: 14 входящих писем задержаны", D(12, 9, 40, 31, MSK),
         infra_host("examplegroup-eu.ru", "84.201.171.59", rdns="ip-84-201-171-59.compute.yandexcloud.net"),
         alt(text("""Уважаемый пользователь olga.smirnova@examplegroup.eu!

Ваш почтовый ящик заполнен на 98 %%. 14 входящих писем задержаны на сервере и будут удалены через 48 часов.

Чтобы освободить место и получить задержанные письма, войдите в веб-интерфейс почты и подтвердите увеличение квоты:
%s

С уважением,
Служба поддержки почтового сервера""" % url, "koi8-r", "quoted-printable"),
             html("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Уважаемый пользователь <b>olga.smirnova@examplegroup.eu</b>!</p>
<div style="width:320px;border:1px solid #999;height:14px"><div style="width:98%;height:14px;background:#c00"></div></div>
<p>Ваш почтовый ящик заполнен на <b>98 %</b>. 14 входящих писем задержаны на сервере и будут удалены через 48 часов.</p>
<p><a href=\"""" + url + """\">Получить задержанные письма</a></p>
<p>С уважением,<br>Служба поддержки почтового сервера</p></body></html>""", "koi8-r", "quoted-printable")))

    # 38 -------------------------------------------------------------- ru
    mail(A, "38-ru-hotel-invoice-fraud-mailru", "ru", "utf-8",
         "Invoice fraud: a 'new invoice with changed bank details' from a mail.ru account impersonating the accounting department of the genuine St Petersburg hotel (see business/38); new settlement account at a different bank (valid BIK control key) and new INN-holding company name.",
         ("Бухгалтерия гостиницы «Северная звезда»", "sev.zvezda.buh@mail.ru"), [S["dmitry"]],
         "Счёт на оплату № 1203 от 18.11.2026 - изменились реквизиты", D(18, 15, 27, 3, MSK),
         infra_host("smtp42.i.mail.ru", "95.163.41.86", inner="by exim-smtp-6c8d7b9f5-xk2pq with esmtpa (envelope-from <sev.zvezda.buh@mail.ru>) id 1vLqZe-00000001KtQ-3TgV",
                    msgid=lambda k: "%s@f%d.i.mail.ru" % (h(k, 13, "0123456789"), 400 + len(k))),
         text("""Добрый день, Дмитрий!

Направляем счёт на оплату проживания группы EXAMPLE GROUP (03-07.12.2026, 18 номеров). Обращаем внимание, что с ноября расчёты с корпоративными клиентами ведёт наша управляющая компания, поэтому реквизиты для оплаты изменились:

Получатель: ООО «СЗ Отель Менеджмент»
ИНН %s
Р/с %s
Банк: ООО «Банк Точка»
БИК %s

Сумма к оплате: 612 000,00 руб., НДС не облагается.

Просим произвести оплату до 25.11.2026, иначе бронь будет аннулирована. Платёжное поручение просим прислать в ответ на это письмо, оригиналы документов направим почтой.

С уважением,
Бухгалтерия гостиницы «Северная звезда»
Санкт-Петербург""" % (RU["att_inn"], RU["att_acc"], RU["att_bik"]), "utf-8", "quoted-printable"),
         mailer="X-Mailer: Mail.Ru Mailer 1.0")

    # 39 -------------------------------------------------------------- ru
    mail(A, "39-ru-data-leak-extortion", "ru", "utf-8",
         "Data-leak extortion: claims theft of passport data of 14,312 tourists and demands 3 BTC within 72 h, threatening publication and notification of Roskomnadzor; no proof, anonymous mailer, Tor-style infrastructure.",
         ("ShadowLeak Team", "shadowleak-team@onionmail.org"), [S["olga"]],
         "Данные ваших туристов у нас. Срок - 72 часа", D(29, 2, 14, 55, MSK),
         infra_host("mail.onionmail.org", "185.220.101.47", rdns="tor-exit-47.for-privacy.net"),
         text("""Руководству Example Group (московский офис).

Мы получили доступ к вашей CRM и файловому серверу. В нашем распоряжении данные 14 312 туристов за 2023-2026 годы: копии паспортов, загранпаспортов, визовые анкеты, телефоны и адреса.

Если в течение 72 часов на адрес ниже не поступит 3 BTC, мы:
- опубликуем архив на нашем сайте и на профильных форумах;
- направим уведомление в Роскомнадзор о факте утечки персональных данных;
- разошлём вашим клиентам письма с образцами их документов.

Кошелёк: %s

Для подтверждения можете прислать на этот адрес любую фамилию из вашей базы - мы вернём ей фрагмент данных. Не обращайтесь в полицию и не меняйте пароли: мы видим ваши действия.""" % BTC, "utf-8", "base64"))

    # 40 -------------------------------------------------------------- ru
    url = "https://spain-visa-centre.com/agency/login?group=EXG-18"
    mail(A, "40-ru-fake-visa-centre-agency-login", "ru", "windows-1251",
         "Trade-specific lure: fake Spanish visa application centre cancels an 18-person group appointment unless the agency re-confirms its accreditation (login + fee) on spain-visa-centre.com; windows-1251 8bit, sent from a Russian VPS.",
         ("Визовый центр Испании - отдел аккредитации", "accreditation@spain-visa-centre.com"), [S["olga"]],
         "Отмена записи группы (18 чел.) - требуется подтверждение аккредитации агентства", D(16, 11, 55, 40, MSK),
         infra_host("spain-visa-centre.com", "45.148.10.207", rdns="vps-45-148-10-207.firstbyte.ru"),
         text("""Уважаемые партнёры!

Запись Вашей группы на подачу документов (18 заявителей, 24.11.2026, 10:00, Москва) приостановлена: срок аккредитации Вашего агентства в нашей системе истёк 15.11.2026.

Для сохранения записи необходимо до 18.11.2026 войти в личный кабинет аккредитованного агентства, подтвердить данные организации и оплатить сервисный сбор за продление аккредитации (4 500 руб.):

%s

Если аккредитация не будет подтверждена, запись будет аннулирована, а слоты переданы в общую очередь.

С уважением,
Отдел по работе с туристическими агентствами
Визовый центр Испании""" % url, "windows-1251", "8bit"))


# ---------------------------------------------------------------------------
# BUSINESS (genuine) messages
# ---------------------------------------------------------------------------

def lieferant_infra():
    return infra_host("mail.lieferant-gmbh.de", "217.160.44.118", rdns="mail.lieferant-gmbh.de",
                      inner="from LG-EXCH01.lieferant.local (192.168.10.12) by LG-EXCH01.lieferant.local (192.168.10.12) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14",
                      msgid=lambda k: "%s@LG-EXCH01.lieferant.local" % h(k, 32, "0123456789abcdef"))


def aruba_infra(n):
    return infra_host("smtpcmd0%d.ad.aruba.it" % (870 + n), "62.149.156.%d" % (40 + n), rdns="smtpcmd0%d.aruba.it" % (870 + n),
                      inner="from [192.168.1.%d] ([93.42.71.%d]) by Aruba Outgoing Smtp with ESMTPSA id %s" % (20 + n, 100 + n, h("ar%d" % n, 15, ALNUM)))


def partner_infra():
    return infra_host("smtp.partner-logistik.pl", "193.203.12.74", rdns="smtp.partner-logistik.pl")


def business():
    B = "business"

    # 01 -------------------------------------------------------------- de
    mail(B, "01-de-supplier-invoice-lieferant", "de", "iso-8859-15",
         "Genuine supplier invoice from the real Lieferant GmbH accounting address and mail server (mail.lieferant-gmbh.de), ZUGFeRD PDF, bank account unchanged and matching master data.",
         ("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de"), [S["sabine"]],
         "Rechnung RE-2026-1204 - Kundennummer 40718", D(13, 8, 12, 40), lieferant_infra(),
         mixed(text("""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-1204 vom 13.11.2026 über die Lieferung der Reiseunterlagen-Sets (Gruppenreisen Dezember, 1.200 Stück) als ZUGFeRD-Datei.

Rechnungsbetrag: 3.927,00 EUR (brutto)
Zahlbar bis: 27.11.2026 ohne Abzug
Bankverbindung: Frankfurter Sparkasse, IBAN %s

Bei Fragen zur Rechnung erreichen Sie uns unter 069 4089 330.

Mit freundlichen Grüßen
Ihre Buchhaltung
Lieferant GmbH
Hanauer Landstraße 182 | 60314 Frankfurt am Main
Amtsgericht Frankfurt am Main HRB 84417 | Geschäftsführer: Dr. Ulrich Maier, Sandra Köhler""" % fmt_iban(IB["lieferant_old"]), "iso-8859-15", "quoted-printable"),
               pdf("RE-2026-1204.pdf", ["Lieferant GmbH", "Rechnung RE-2026-1204 vom 13.11.2026", "Kunde 40718 Example Group",
                                        "1.200 Reiseunterlagen-Sets", "Gesamt: 3.927,00 EUR", "IBAN " + fmt_iban(IB["lieferant_old"]),
                                        "ZUGFeRD 2.3 / EN 16931 (placeholder)"])),
         mailer=OUTLOOK, mode="Q", extra=["Content-Language: de-DE"])

    # 02 -------------------------------------------------------------- de
    mail(B, "02-de-genuine-bank-change-lieferant", "de", "utf-8",
         "Genuine bank-detail change: Stefan Maier writes from the real lieferant-gmbh.de server, weeks ahead (effective 1 Jan 2027), old account stays valid until March, explicitly asks for verification by phone at the known number and announces a signed letter by post; no urgency, no open invoice involved.",
         ("Stefan Maier", "s.maier@lieferant-gmbh.de"), [S["sabine"]],
         "Änderung unserer Bankverbindung zum 01.01.2027", D(1, 14, 20, 5, month=12), lieferant_infra(),
         mixed(text("""Sehr geehrte Frau Krüger,

wie bereits im Jahresgespräch mit Herrn Weber angekündigt, wechseln wir zum Jahreswechsel unsere Hausbank. Ab dem 01.01.2027 lautet unsere Bankverbindung:

Frankfurter Volksbank Rhein/Main eG
IBAN: %s
BIC: FFVBDEFFXXX

Die bisherige Verbindung bei der Frankfurter Sparkasse bleibt bis zum 31.03.2027 bestehen; Zahlungen dorthin kommen also weiterhin an. Alle Rechnungen ab Januar tragen die neue IBAN.

Zu Ihrer Sicherheit: Bitte verifizieren Sie die Änderung telefonisch über die Ihnen bekannte Nummer unserer Buchhaltung (069 4089 330, Frau Köhler) – nicht über Kontaktdaten aus einer E-Mail. Das unterschriebene Schreiben der Geschäftsführung geht Ihnen zusätzlich per Post zu; eine Kopie liegt bei.

Mit freundlichen Grüßen

Stefan Maier
Vertrieb / Key Account
Lieferant GmbH
Hanauer Landstraße 182 | 60314 Frankfurt am Main
Tel. +49 69 4089 3312""" % fmt_iban(IB["lieferant_new"]), "utf-8", "quoted-printable"),
               pdf("Lieferant_GmbH_Bankverbindung_2027.pdf", ["Lieferant GmbH", "Aenderung der Bankverbindung zum 01.01.2027",
                                                               "Neu: " + fmt_iban(IB["lieferant_new"]), "Alt (bis 31.03.2027): " + fmt_iban(IB["lieferant_old"]),
                                                               "Verifikation telefonisch: 069 4089 330", "gez. Dr. Ulrich Maier, Sandra Koehler"])),
         cc=[("Lieferant GmbH - Buchhaltung", "rechnungen@lieferant-gmbh.de")], mailer=OUTLOOK, extra=["Content-Language: de-DE"])

    # 03 -------------------------------------------------------------- de
    mail(B, "03-de-colleague-private-address-sick-note", "de", "utf-8",
         "Genuine mail from a colleague's private address: the HQ office manager, sick at home without her laptop, writes from t-online.de to HR; no link, no money, no change of data, asks nothing sensitive.",
         ("Petra Lange", "petra.lange1979@t-online.de"), [S["anja"]],
         "Krankmeldung Petra / Termine Herr Brandt", D(23, 7, 18, 52),
         infra_host("mailout11.t-online.de", "194.25.134.85", inner="from fwd78.aul.t-online.de (fwd78.aul.t-online.de [10.223.144.104]) by mailout11.t-online.de (Postfix)",
                    msgid=lambda k: "%s@fwd78.aul.t-online.de" % h(k, 20, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")),
         text("""Guten Morgen Anja,

ich liege seit gestern Abend mit Fieber flach und war eben beim Arzt – krankgeschrieben bis einschließlich Freitag. Die eAU kommt ja über die Kasse, ihr müsstet sie ab morgen abrufen können.

Ich schreibe von privat, weil mein Laptop im Büro steht. Kannst du bitte Herrn Brandt Bescheid geben? Heute um 14 Uhr ist das Gespräch mit dem Hotelverband im Kalender, die Unterlagen liegen ausgedruckt in der blauen Mappe auf meinem Schreibtisch. Jonas weiß Bescheid, wo.

Alles andere hat bis nächste Woche Zeit.

Liebe Grüße
Petra""", "utf-8", "quoted-printable"),
         mailer="User-Agent: Telekom Mail (Web)")

    # 04 -------------------------------------------------------------- de
    mail(B, "04-de-newsletter-fvw-traveltalk", "de", "utf-8",
         "Subscribed trade newsletter (German travel trade press) from its ESP, with List-Unsubscribe / List-Id, many links to the publisher's own domain; bulk but wanted.",
         ("fvw|TravelTalk Newsletter", "newsletter@fvw.de"), [S["katrin"]],
         "fvw|TravelTalk Morning Briefing: Gruppenreisen 2027, DRSF-Entgelt, NDC", D(26, 6, 30, 0),
         infra_host("mailout-de12.inxserver.de", "37.72.82.112", rdns="mailout-de12.inxserver.de",
                    msgid=lambda k: "%s.%s@inxserver.de" % (h(k, 18, "0123456789"), h(k + "i", 10))),
         alt(text("""fvw|TravelTalk Morning Briefing - Donnerstag, 26. November 2026

1) Gruppenreisen 2027: Veranstalter melden stabile Nachfrage bei Vereins- und Incentive-Gruppen
https://www.fvw.de/touristik/gruppenreisen-2027-nachfrage

2) Reisesicherungsfonds: Was Veranstalter zum Entgelt 2027 wissen müssen
https://www.fvw.de/touristik/drsf-entgelt-2027

3) NDC im Firmenreisegeschäft: Wie Agenturen mit Zuschlägen umgehen
https://www.fvw.de/businesstravel/ndc-zuschlaege-agenturen

Newsletter abbestellen: https://www.fvw.de/newsletter/abmelden?id=%s""" % h("fvwuid", 16), "utf-8", "quoted-printable"),
             html("""<html><body style="margin:0;font-family:Georgia,serif;background:#f2f2f2">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;border-bottom:3px solid #c8102e"><b style="font-size:24px">fvw|TravelTalk</b> <span style="font-family:Arial;color:#666;font-size:12px">Morning Briefing &middot; 26.11.2026</span></td></tr>
<tr><td style="padding:20px 24px;font-family:Arial;font-size:14px;line-height:1.5">
<h3 style="margin:0"><a href="https://www.fvw.de/touristik/gruppenreisen-2027-nachfrage" style="color:#111">Gruppenreisen 2027: Stabile Nachfrage bei Vereins- und Incentive-Gruppen</a></h3>
<p>Veranstalter berichten von frühen Buchungen für das Frühjahr, vor allem bei Städtereisen mit Bus.</p>
<h3 style="margin:0"><a href="https://www.fvw.de/touristik/drsf-entgelt-2027" style="color:#111">Reisesicherungsfonds: Was Veranstalter zum Entgelt 2027 wissen müssen</a></h3>
<p>Fristen, Meldewege und was sich für kleinere Veranstalter ändert.</p>
<h3 style="margin:0"><a href="https://www.fvw.de/businesstravel/ndc-zuschlaege-agenturen" style="color:#111">NDC im Firmenreisegeschäft</a></h3>
<p>Wie Agenturen mit Zuschlägen und Servicegebühren umgehen.</p></td></tr>
<tr><td style="padding:14px 24px;font-family:Arial;font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn unter katrin.wolf@example.com abonniert haben. <a href="https://www.fvw.de/newsletter/abmelden?id=%s">Abbestellen</a></td></tr>
</table></body></html>""" % h("fvwuid", 16), "utf-8", "quoted-printable")),
         return_path="bounce-%s@bounce.fvw.de" % h("fvwb", 12),
         extra=["List-Id: <morningbriefing.fvw.de>", "List-Unsubscribe: <https://www.fvw.de/newsletter/abmelden?id=%s>, <mailto:unsubscribe-%s@bounce.fvw.de>" % (h("fvwuid", 16), h("fvwb", 12)),
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])

    # 05 -------------------------------------------------------------- de
    mail(B, "05-de-internal-cfo-urgent-deposit", "de", "utf-8",
         "Genuine urgent internal payment request: the CFO asks AP via the internal relay (mail-int01) to pay a hotel deposit today; refers to contract in the DMS, vendor master record and the usual four-eyes release – urgency is real and the process is normal.",
         S["claudia"], [S["sabine"]],
         "Heute noch: Anzahlung Hotel Lisboa Marquês (Gruppe Pharma-Incentive)", D(10, 9, 4, 33), INTERNAL,
         text("""Hallo Sabine,

bitte heute noch die 30-%-Anzahlung für das Hotel Lisboa Marquês anweisen (Gruppe Incentive März, Auftrag 2026-4471). Die Optionsfrist läuft heute um 18 Uhr Ortszeit ab, danach gibt das Hotel das Kontingent frei.

- Rechnung und Vertrag liegen im DMS unter Kreditor 70418 / Beleg 2026-11-0387
- Betrag: 21.450,00 EUR
- Bankverbindung ist die aus dem Kreditorenstamm (seit 2023 unverändert) – bitte nicht aus der Mail des Hotels übernehmen

Wie üblich: du erfasst, ich gebe die zweite Freigabe im Banking, sobald du mir Bescheid gibst.

Danke!
Claudia

--
Claudia Hoffmann
CFO | Example Group
Mainzer Landstraße 50 | 60325 Frankfurt am Main""", "utf-8", "quoted-printable"),
         cc=[S["jonas"]], mailer=OUTLOOK, extra=["Content-Language: de-DE"])

    # 06 -------------------------------------------------------------- de
    mail(B, "06-de-customer-complaint-bowling-club", "de", "iso-8859-1",
         "Genuine customer complaint from a club's chairman on GMX (ISO-8859-1, 8bit): late coach and rooms not ready on a Salzburg Christmas-market trip, asks for partial refund; angry tone but legitimate.",
         ("Hans-Jürgen Böhm", "hj.boehm@gmx.de"), [S["felix"]],
         "Beschwerde Adventsfahrt Salzburg 27.-29.11. - Kegelclub Alle Neune Offenbach", D(1, 20, 41, 12, month=12),
         infra_host("mout.gmx.net", "212.227.15.15", inner="from [192.168.2.108] ([91.49.203.17]) by mail.gmx.net (mrgmx005 [212.227.17.190]) with ESMTPSA (Nemesis) id 1N3bSj-1vTxq72ltX-00yQ4Z"),
         text("""Sehr geehrter Herr Richter,

wir sind gestern von der Adventsfahrt nach Salzburg zurückgekommen, und ich muss Ihnen leider schreiben, dass wir mit mehreren Dingen nicht zufrieden waren.

1. Der Bus war bei der Abfahrt in Offenbach 1 Stunde 35 Minuten zu spät. Niemand hat uns informiert, wir haben mit 38 Personen, teils über 75 Jahre alt, in der Kälte gewartet.
2. Im Hotel waren bei Ankunft nur 11 von 19 Zimmern fertig. Einige Mitglieder mussten bis nach 18 Uhr in der Lobby warten.
3. Die zugesagte Führung über den Christkindlmarkt fand nur auf Englisch statt.

Die Reise hat 489 Euro pro Person gekostet. Wir erwarten eine Stellungnahme und eine angemessene Teilerstattung. Fotos vom Busbahnhof und die Namensliste mit den Zimmern kann ich Ihnen gerne nachreichen.

Mit freundlichen Grüßen
Hans-Jürgen Böhm
1. Vorsitzender Kegelclub "Alle Neune" Offenbach e.V.
Tel. 069 85 44 71""", "iso-8859-1", "8bit"),
         mailer="User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0", mode="Q")

    # 07 -------------------------------------------------------------- de
    tok = h("personio-reset", 40, ALNUM)
    mail(B, "07-de-password-reset-personio", "de", "utf-8",
         "Genuine password-reset mail requested by the HR manager from the company's HR SaaS, sent via the vendor's SendGrid account; link goes to the company's own personio.de subdomain, short validity, 'ignore if not you'.",
         ("Personio", "no-reply@personio.de"), [S["anja"]],
         "Setze dein Passwort für Personio zurück", D(25, 8, 2, 17),
         infra_host("o1.email.personio.de", "167.89.71.52", rdns="o1.email.personio.de",
                    msgid=lambda k: "%s@geopod-ismtpd-4" % h(k, 22, ALNUM)),
         alt(text("""Hallo Anja,

wir haben eine Anfrage erhalten, das Passwort für dein Personio-Konto bei Example Group zurückzusetzen.

Passwort zurücksetzen:
https://examplegroup.personio.de/password/reset/%s

Der Link ist 60 Minuten gültig. Falls du diese Anfrage nicht gestellt hast, kannst du diese E-Mail ignorieren – dein Passwort bleibt unverändert.

Dein Personio-Team""" % tok, "utf-8", "quoted-printable"),
             html("""<html><body style="font-family:Arial,sans-serif;color:#1f1f1f;font-size:15px">
<div style="max-width:520px;margin:auto;padding:24px"><p style="font-weight:bold;font-size:18px">Personio</p>
<p>Hallo Anja,</p><p>wir haben eine Anfrage erhalten, das Passwort für dein Personio-Konto bei <b>Example Group</b> zurückzusetzen.</p>
<p><a href="https://examplegroup.personio.de/password/reset/%s" style="background:#1f1f1f;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Passwort zurücksetzen</a></p>
<p style="font-size:13px;color:#555">Der Link ist 60 Minuten gültig. Falls du diese Anfrage nicht gestellt hast, kannst du diese E-Mail ignorieren – dein Passwort bleibt unverändert.</p>
<p style="font-size:11px;color:#888">Personio SE &amp; Co. KG, Seidlstraße 3, 80335 München</p></div></body></html>""" % tok, "utf-8", "quoted-printable")),
         return_path="bounces+2847112-%s-anja.schulz=example.com@email.personio.de" % h("pb", 4))

    # 08 -------------------------------------------------------------- de
    hart = iban("DE", "50650023" + "0101234877")
    IB["hartmann"] = hart
    mail(B, "08-de-payment-reminder-coach-operator", "de", "utf-8",
         "Genuine payment reminder (Zahlungserinnerung) from a German coach operator via its usual Strato mail relay, PDF reminder, same Sparkasse account as on the original invoice, polite 'disregard if already paid'.",
         ("Reisedienst Hartmann - Buchhaltung", "buchhaltung@hartmann-busreisen.de"), [S["jonas"]],
         "Zahlungserinnerung - Rechnung 26-0412 vom 14.10.2026", D(4, 10, 48, 26), 
         infra_host("mo4-p00-ob.smtp.rzone.de", "81.169.146.161", inner="from PC-BUCHHALTUNG by smtp.strato.de (RZmta 51.3.0 AUTH) with ESMTPSA id z8d2f82A49mQ1Kc"),
         mixed(text("""Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass die folgende Rechnung noch offen ist:

Rechnung 26-0412 vom 14.10.2026 - Bustransfer Gruppe Rüdesheim 24./25.10.2026
Betrag: 2.340,00 EUR, fällig am 28.10.2026

Sicher handelt es sich um ein Versehen. Wir bitten Sie, den Betrag in den nächsten Tagen auf unser bekanntes Konto bei der Sparkasse Hanau (IBAN %s) zu überweisen. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
Monika Hartmann
Reisedienst Hartmann GmbH | Am Bahnhof 7 | 63450 Hanau | Tel. 06181 25 98 0""" % fmt_iban(hart), "utf-8", "base64"),
               pdf("Zahlungserinnerung_26-0412.pdf", ["Reisedienst Hartmann GmbH", "Zahlungserinnerung zu Rechnung 26-0412",
                                                       "Offen: 2.340,00 EUR", "IBAN " + fmt_iban(hart)])),
         mailer="X-Mailer: Microsoft Outlook 16.0")

    # 09 -------------------------------------------------------------- en
    mail(B, "09-en-microsoft-account-unusual-signin", "en", "utf-8",
         "Genuine Microsoft account security notification (accountprotection.microsoft.com via Microsoft's outbound servers): unusual sign-in from Portugal while the UK sales director was actually on a site inspection in Lisbon (see business/16); links only to account.live.com.",
         ("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), [S["james"]],
         "Microsoft account unusual sign-in activity", D(17, 21, 14, 8, GMT),
         infra_host("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.90", rdns="mail-bn8nam12on2090.outbound.protection.outlook.com",
                    msgid=lambda k: "%s@az.westus2.microsoft.com" % h(k, 30, "0123456789abcdef")),
         alt(text("""Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account ja*****@example.com.

Sign-in details
Country/region: Portugal
IP address: 85.243.112.19
Date: 17/11/2026 21:09 (GMT)
Platform: iOS
Browser: Safari

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.

Review recent activity: https://account.live.com/activity

To opt out or change where you receive security notifications, click here: https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team""", "utf-8", "quoted-printable"),
             html("""<html><body style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px;color:#2a2a2a">
<table dir="ltr"><tr><td style="font-size:17px;color:#707070">Microsoft account</td></tr>
<tr><td style="font-size:41px;color:#2672ec">Unusual sign-in activity</td></tr>
<tr><td style="padding-top:25px">We detected something unusual about a recent sign-in to the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none" href="mailto:ja*****@example.com">ja*****@example.com</a>.</td></tr>
<tr><td style="padding-top:25px"><b>Sign-in details</b><br>Country/region: Portugal<br>IP address: 85.243.112.19<br>Date: 17/11/2026 21:09 (GMT)<br>Platform: iOS<br>Browser: Safari</td></tr>
<tr><td style="padding-top:25px">Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll help you secure your account. If this was you, we'll trust similar activity in the future.</td></tr>
<tr><td style="padding-top:25px"><a href="https://account.live.com/activity" style="background:#2672ec;color:#fff;padding:5px 20px;text-decoration:none">Review recent activity</a></td></tr>
<tr><td style="padding-top:25px">To opt out or change where you receive security notifications, <a href="https://account.live.com/SecurityNotifications/Update" style="color:#2672ec">click here</a>.</td></tr>
<tr><td style="padding-top:25px">Thanks,<br>The Microsoft account team</td></tr></table></body></html>""", "utf-8", "quoted-printable")),
         return_path="account-security-noreply@accountprotection.microsoft.com")

    # 10 -------------------------------------------------------------- en
    mail(B, "10-en-google-security-alert-new-signin", "en", "utf-8",
         "Genuine Google account security alert (no-reply@accounts.google.com from Google's mail-sor servers) for the sales head's Google Ads login on a new Windows device; links only to google.com properties, informational.",
         ("Google", "no-reply@accounts.google.com"), [S["katrin"]],
         "Security alert", D(3, 8, 51, 36),
         infra_host("mail-sor-f69.google.com", "209.85.220.69", inner="by mail-sor-f69.google.com (Google Transport Security) with SMTPS id a640c23a62f3a-b7a1c94e8d2sor5871166b.5.2026.11.03.00.51.36",
                    msgid=lambda k: "%s-%s@google.com" % (h(k, 22, ALNUM + "-_"), h(k + "g", 10, "0123456789"))),
         alt(text("""A new sign-in on Windows

katrin.wolf@example.com

We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity
https://accounts.google.com/AccountChooser?Email=katrin.wolf@example.com&continue=https://myaccount.google.com/alert/nt/1730000000000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s

You can also see security activity at
https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
(c) 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % h("gsa", 19, "0123456789"), "utf-8", "quoted-printable"),
             html("""<html><body style="margin:0;padding:0;background:#fff"><table width="100%%" style="min-width:348px"><tr><td align="center">
<div style="max-width:516px;border:thin solid #dadce0;border-radius:8px;padding:40px 20px;font-family:Google Sans,Roboto,Arial,sans-serif">
<div style="font-size:24px;text-align:center">A new sign-in on Windows</div>
<div style="text-align:center;font-size:14px;color:#3c4043;padding-top:8px">katrin.wolf@example.com</div>
<div style="font-size:14px;color:#3c4043;padding-top:20px;line-height:20px">We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don&#39;t need to do anything. If not, we&#39;ll help you secure your account.</div>
<div style="padding-top:32px;text-align:center"><a href="https://accounts.google.com/AccountChooser?Email=katrin.wolf@example.com&amp;continue=https://myaccount.google.com/alert/nt/1730000000000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s" style="background:#4184f3;color:#fff;border-radius:5px;padding:10px 24px;text-decoration:none">Check activity</a></div>
<div style="padding-top:20px;font-size:12px;color:#5f6368;text-align:center">You can also see security activity at<br><a style="color:#4285f4" href="https://myaccount.google.com/notifications">https://myaccount.google.com/notifications</a></div></div>
<div style="font-size:11px;color:#5f6368;padding-top:12px;font-family:Roboto,Arial">You received this email to let you know about important changes to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>
</td></tr></table></body></html>""" % h("gsa", 19, "0123456789"), "utf-8", "quoted-printable")),
         return_path="3%s@gaia.bounces.google.com" % h("gb", 30, ALNUM))

    # 11 -------------------------------------------------------------- en
    mail(B, "11-en-coach-operator-invoice-whitcombe", "en", "utf-8",
         "Genuine invoice from the UK coach operator's real Microsoft 365 tenant (same infrastructure later abused in attack/16), NatWest account as on file, PDF invoice.",
         ("Accounts | Whitcombe Coaches", "accounts@whitcombecoaches.co.uk"), [S["sarah"]],
         "Invoice WC-26-0938 - Example Group - Edinburgh Christmas Markets", D(4, 11, 26, 50, GMT),
         infra_m365(6, "LO2P265MB"),
         mixed(alt(text("""Dear Sarah,

Please find attached our invoice WC-26-0938 for the Edinburgh Christmas Markets tour (2 x 49-seat executive coaches, 4-7 December 2026).

Amount due: GBP 7,480.00
Payment terms: 30 days from invoice date
Bank: NatWest, Whitcombe Coaches Ltd
Sort code 56-00-36, account 24817390
IBAN %s

Kind regards
Helen Marsh
Accounts Assistant
Whitcombe Coaches Ltd | Unit 4, Clifton Moor Industrial Estate, York YO30 4XQ | 01904 215 880""" % fmt_iban(IB["whitcombe"]), "utf-8", "quoted-printable"),
                   html("""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt"><p>Dear Sarah,</p>
<p>Please find attached our invoice WC-26-0938 for the Edinburgh Christmas Markets tour (2 x 49-seat executive coaches, 4-7 December 2026).</p>
<p>Amount due: GBP 7,480.00<br>Payment terms: 30 days from invoice date<br>Bank: NatWest, Whitcombe Coaches Ltd<br>Sort code 56-00-36, account 24817390<br>IBAN %s</p>
<p>Kind regards<br>Helen Marsh<br>Accounts Assistant<br>Whitcombe Coaches Ltd | Unit 4, Clifton Moor Industrial Estate, York YO30 4XQ | 01904 215 880</p></body></html>""" % fmt_iban(IB["whitcombe"]), "utf-8", "quoted-printable")),
               pdf("WC-26-0938.pdf", ["Whitcombe Coaches Ltd - INVOICE WC-26-0938", "Customer: Example Group UK",
                                      "Edinburgh Christmas Markets 4-7 Dec 2026", "Total GBP 7,480.00", "IBAN " + fmt_iban(IB["whitcombe"])])),
         extra=["Thread-Topic: Invoice WC-26-0938 - Example Group - Edinburgh Christmas Markets", "Content-Language: en-GB"])

    # 12 -------------------------------------------------------------- en
    mail(B, "12-en-corporate-client-complaint-missed-transfer", "en", "utf-8",
         "Genuine complaint from a corporate client's travel manager (own Microsoft 365 domain): missed airport transfer in Athens, asks for explanation and refund of taxi costs; firm tone, no links.",
         ("Rebecca Lawson", "rebecca.lawson@hollisbridge-pharma.co.uk"), [S["james"]],
         "Complaint - missed airport transfer Athens, 17 Nov (booking ref EXG-UK-26-4471)", D(19, 9, 37, 2, GMT),
         infra_m365(9, "CWLP265MB"),
         alt(text("""Dear James,

I am writing on behalf of our regional sales team, who travelled to Athens on 17 November for the South-East Europe kick-off (booking ref EXG-UK-26-4471, 14 travellers).

The private transfer from Athens airport that was confirmed in your itinerary did not show up. Our team waited for 50 minutes and the emergency number in the travel documents went to voicemail twice. They eventually took four taxis and arrived late for the welcome dinner with our distributor.

I would appreciate:
- an explanation of what went wrong and who was responsible locally,
- a refund of the taxi costs (EUR 312, receipts attached to our expense system and available on request),
- confirmation of how the out-of-hours line will be staffed for our January trips.

We have been happy with Example Group so far, so I hope this was a one-off.

Kind regards
Rebecca Lawson
Global Travel Manager
Hollisbridge Pharma Ltd""", "utf-8", "quoted-printable"),
             html("""<html><body style="font-family:Aptos,Calibri,sans-serif;font-size:11pt"><p>Dear James,</p>
<p>I am writing on behalf of our regional sales team, who travelled to Athens on 17 November for the South-East Europe kick-off (booking ref EXG-UK-26-4471, 14 travellers).</p>
<p>The private transfer from Athens airport that was confirmed in your itinerary did not show up. Our team waited for 50 minutes and the emergency number in the travel documents went to voicemail twice. They eventually took four taxis and arrived late for the welcome dinner with our distributor.</p>
<p>I would appreciate:</p><ul><li>an explanation of what went wrong and who was responsible locally,</li><li>a refund of the taxi costs (EUR 312, receipts attached to our expense system and available on request),</li><li>confirmation of how the out-of-hours line will be staffed for our January trips.</li></ul>
<p>We have been happy with Example Group so far, so I hope this was a one-off.</p>
<p>Kind regards<br>Rebecca Lawson<br>Global Travel Manager<br>Hollisbridge Pharma Ltd</p></body></html>""", "utf-8", "quoted-printable")),
         cc=[S["julia"]], extra=["Content-Language: en-GB"])

    # 13 -------------------------------------------------------------- en
    mail(B, "13-en-newsletter-travel-weekly", "en", "utf-8",
         "Subscribed UK trade newsletter delivered by SendGrid with List-Unsubscribe/One-Click, tracking links on the publisher's own click domain; bulk but wanted.",
         ("Travel Weekly", "newsletters@travelweekly.co.uk"), [S["james"]],
         "Travel Weekly Daily: operators brace for ETIAS, coach capacity for spring groups", D(20, 6, 45, 0, GMT),
         infra_host("o12.ptr5521.travelweekly.co.uk", "149.72.154.88", rdns="o12.ptr5521.travelweekly.co.uk",
                    msgid=lambda k: "%s@geopod-ismtpd-7" % h(k, 22, ALNUM)),
         alt(text("""TRAVEL WEEKLY DAILY - Friday 20 November 2026

* Operators brace for ETIAS: what agents need to tell clients travelling to Europe
https://click.travelweekly.co.uk/ls/click?upn=%s

* Coach capacity tight for spring school and group tours
https://click.travelweekly.co.uk/ls/click?upn=%s

* Business travel: corporate buyers push for NDC transparency
https://click.travelweekly.co.uk/ls/click?upn=%s

You are receiving this email because you subscribed to Travel Weekly newsletters.
Unsubscribe: https://www.travelweekly.co.uk/newsletters/unsubscribe?e=james.whitfield%%40example.com""" % (h("tw1", 40, ALNUM), h("tw2", 40, ALNUM), h("tw3", 40, ALNUM)), "utf-8", "quoted-printable"),
             html("""<html><body style="margin:0;background:#eee;font-family:Arial,sans-serif"><table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="background:#e4002b;color:#fff;padding:14px 20px;font-size:22px;font-weight:bold">TRAVEL WEEKLY <span style="font-weight:normal;font-size:14px">Daily &middot; 20 Nov 2026</span></td></tr>
<tr><td style="padding:18px 20px;font-size:14px">
<p><a href="https://click.travelweekly.co.uk/ls/click?upn=%s" style="color:#111;font-weight:bold;font-size:17px">Operators brace for ETIAS</a><br>What agents need to tell clients travelling to Europe.</p>
<p><a href="https://click.travelweekly.co.uk/ls/click?upn=%s" style="color:#111;font-weight:bold;font-size:17px">Coach capacity tight for spring groups</a><br>Operators advise booking school and group tours early.</p>
<p><a href="https://click.travelweekly.co.uk/ls/click?upn=%s" style="color:#111;font-weight:bold;font-size:17px">Corporate buyers push for NDC transparency</a></p></td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777">You are receiving this email because you subscribed to Travel Weekly newsletters. <a href="https://www.travelweekly.co.uk/newsletters/unsubscribe?e=james.whitfield%%40example.com">Unsubscribe</a></td></tr></table></body></html>""" % (h("tw1", 40, ALNUM), h("tw2", 40, ALNUM), h("tw3", 40, ALNUM)), "utf-8", "quoted-printable")),
         return_path="bounces+4471882-%s-james.whitfield=example.com@em5521.travelweekly.co.uk" % h("twb", 4),
         extra=["List-Unsubscribe: <https://www.travelweekly.co.uk/newsletters/unsubscribe?e=james.whitfield%40example.com>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"])

    # 14 -------------------------------------------------------------- en
    env = h("docusign-env", 32, "0123456789abcdef")
    mail(B, "14-en-docusign-hotel-group-contract", "en", "utf-8",
         "Genuine DocuSign envelope sent by a hotel partner through DocuSign's EU infrastructure (dse@eumail.docusign.net), link to eu.docusign.net, expected group contract.",
         ("Daniel Reeves via Docusign", "dse@eumail.docusign.net"), [S["james"]],
         "Complete with Docusign: Harbourview_Group_Agreement_2027_ExampleGroup.pdf", D(9, 15, 2, 44, GMT),
         infra_host("mailfr.eumail.docusign.net", "185.81.100.58", rdns="mailfr.eumail.docusign.net",
                    msgid=lambda k: "%s@docusign.net" % h(k, 32, "0123456789abcdef")),
         alt(text("""Daniel Reeves sent you a document to review and sign.

REVIEW DOCUMENT
https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s

Daniel Reeves
d.reeves@harbourview-hotels.co.uk

James, please find the 2027 group agreement as discussed. Any questions, give me a call. Daniel

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s""" % (env, h("acct", 36, "0123456789abcdef"), h("er", 36, "0123456789abcdef"), env.upper()), "utf-8", "quoted-printable"),
             html("""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif"><table width="640" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;font-size:16px">Daniel Reeves sent you a document to review and sign.<br><br>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&amp;etti=24&amp;acct=%s&amp;er=%s" style="background:#ffc423;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333"><b>Daniel Reeves</b><br>d.reeves@harbourview-hotels.co.uk<br><br>James, please find the 2027 group agreement as discussed. Any questions, give me a call. Daniel</td></tr>
<tr><td style="padding:24px;background:#f4f4f4;font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br><b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: %s</td></tr></table></body></html>""" % (env, h("acct", 36, "0123456789abcdef"), h("er", 36, "0123456789abcdef"), env.upper()), "utf-8", "quoted-printable")),
         reply_to=("Daniel Reeves", "d.reeves@harbourview-hotels.co.uk"), return_path="bounces@eumail.docusign.net")

    # 15 -------------------------------------------------------------- en
    mail(B, "15-en-iata-bsp-calendar-notice", "en", "us-ascii",
         "Genuine operational notice from IATA BSP (iata.org, IATA's Microsoft 365 outbound): 2027 billing and remittance calendar published on the real IATA website; no login or payment request.",
         ("BSP Germany", "bspgermany@iata.org"), [S["claudia"]],
         "BSP Germany - 2027 Billing and Remittance Calendar", D(30, 13, 20, 10),
         infra_host("CAN01-YT3-obe.outbound.protection.outlook.com", "40.107.115.102", rdns="mail-yt3can01on2102.outbound.protection.outlook.com",
                    msgid=lambda k: "YT3PR01MB%d%s@YT3PR01MB%d.CANPRD01.PROD.OUTLOOK.COM" % (8841, h(k, 12, "0123456789ABCDEF"), 8841)),
         text("""Dear BSP Germany Agent,

Please be advised that the BSP Germany Billing and Remittance Calendar for 2027 has been published and is available on the IATA website under BSP Germany > Calendars:

https://www.iata.org/en/services/finance/bsp/germany/

Please note the remittance dates around the Easter and Christmas holidays. Agents are reminded that remittances must reach the BSP clearing bank by the published remittance date.

This is an information message; no action is required in BSPlink.

Kind regards,
BSP Germany
Financial Settlement Services
International Air Transport Association""", "us-ascii", "7bit"),
         extra=["Content-Language: en-US"])

    # 16 -------------------------------------------------------------- en
    mail(B, "16-en-colleague-private-gmail-site-visit", "en", "utf-8",
         "Genuine mail from a colleague's private Gmail: the UK sales director, with a dead work phone and no VPN in Lisbon, sends site-inspection notes to HQ sales; explicitly no payment or data change.",
         ("James Whitfield", "jwhitfield.london@gmail.com"), [S["katrin"], S["felix"]],
         "Lisbon site visit notes (sending from private Gmail)", D(18, 22, 5, 41, GMT),
         infra_gmail(4),
         text("""Hi Katrin, hi Felix,

Quick notes from today's site inspections for the March pharma incentive. Sending from my private Gmail because my work phone died and the laptop won't connect to the VPN from the hotel Wi-Fi. I'll forward everything properly from my work account on Friday.

- Lisboa Marquês: rooms fine, ballroom only takes 160 seated, so the gala dinner needs to go elsewhere. Deposit as per Claudia's mail is already in hand, nothing else to pay for now.
- Pestana Palace: stunning for the gala, they will hold the date until 4 Dec without deposit.
- Coach company: Barraqueiro can do 4 x 50 seats, quote to follow.

No action needed on payments from my side. Let's discuss on Monday's call.

Cheers
James""", "utf-8", "quoted-printable"))

    # 17 -------------------------------------------------------------- it
    mail(B, "17-it-payment-reminder-ferretti", "it", "iso-8859-15",
         "Genuine, urgent payment reminder (sollecito) from Ferretti Trasporti's real administration address via its usual Aruba relay: overdue invoices, threat to suspend December coach services, IBAN identical to master data; ISO-8859-15 QP with PDF statement.",
         ("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.it"), [S["marco"]],
         "Sollecito di pagamento - fatture scadute Example Group", D(20, 10, 15, 33), aruba_infra(2),
         mixed(text("""Spett.le Example Group - sede di Milano,
alla c.a. del Dott. Marco Bianchi

dai nostri controlli contabili risultano ancora insolute le seguenti fatture:

- Fatt. n. 2026/1184 del 30/09/2026 - scad. 30/10/2026 - EUR 6.820,00
- Fatt. n. 2026/1203 del 10/10/2026 - scad. 09/11/2026 - EUR 4.150,00

Totale scaduto: EUR 10.970,00

Vi preghiamo di provvedere al saldo entro il 27/11/2026 sulle consuete coordinate:
Intesa Sanpaolo - IBAN %s

In mancanza di pagamento saremo costretti, nostro malgrado, a sospendere le conferme dei servizi di dicembre (gruppi 05/12 Verona e 12/12 Venezia).

Qualora il pagamento fosse già stato disposto, Vi preghiamo di considerare nulla la presente e di inviarci copia della contabile.

Distinti saluti
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 14 - 37135 Verona - P.IVA %s""" % (fmt_iban(IB["ferretti"]), it_piva("0271483023")), "iso-8859-15", "quoted-printable"),
               pdf("Estratto_conto_Example_Group_20261120.pdf", ["Ferretti Trasporti S.p.A.", "Estratto conto cliente Example Group",
                                                                 "2026/1184  6.820,00", "2026/1203  4.150,00", "Totale 10.970,00 EUR"])),
         mailer="X-Mailer: Microsoft Outlook 16.0", mode="Q")

    # 18 -------------------------------------------------------------- it
    mail(B, "18-it-transfer-programme-ferretti", "it", "utf-8",
         "Genuine operational mail from Chiara Colombo (real ferretti-trasporti.it, Aruba relay, Thunderbird, 8bit UTF-8): coach and driver details for a group, PDF programme; no payment content.",
         ("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), [S["francesca"]],
         "Gruppo Bayern Reisen 14-16/11 - autisti e orari transfer", D(10, 16, 2, 8), aruba_infra(5),
         mixed(text("""Ciao Francesca,

ti confermo i servizi per il gruppo del 14-16/11 (42 pax):

- 14/11 ore 10:30 Aeroporto Verona Villafranca -> Hotel Due Torri, pullman GT 54 posti, autista Luca (cell. 347 221 4410)
- 15/11 ore 09:00 escursione Lago di Garda (Sirmione - Bardolino), rientro ore 18:00
- 16/11 ore 08:15 hotel -> aeroporto

In allegato il programma aggiornato con i cartelli. Se cambia l'orario del volo di arrivo avvisami entro venerdì.

Un caro saluto
Chiara

--
Chiara Colombo
Ufficio Commerciale - Gruppi
Ferretti Trasporti S.p.A.
Tel. +39 045 850 2214""", "utf-8", "8bit"),
               pdf("Programma_transfer_Bayern_Reisen_14-16_11.pdf", ["Ferretti Trasporti - Programma transfer", "Gruppo 42 pax 14-16/11/2026",
                                                                      "14/11 10:30 VRN -> Hotel Due Torri", "15/11 09:00 Lago di Garda", "16/11 08:15 hotel -> VRN"])),
         mailer=TB + "/128.4.2")

    # 19 -------------------------------------------------------------- it
    mail(B, "19-it-newsletter-ttg-italia", "it", "utf-8",
         "Subscribed Italian trade newsletter (TTG Italia) sent through an Italian ESP (MailUp-type), HTML-only base64, List-Unsubscribe present.",
         ("TTG Italia", "newsletter@ttgitalia.com"), [S["giulia"]],
         "TTG Italia | Le notizie del giorno: gruppi, incentive e bus turistici", D(12, 7, 0, 5),
         infra_host("mta-out-41.mailupnet.it", "93.63.225.41", rdns="mta-out-41.mailupnet.it",
                    msgid=lambda k: "%s@mailupnet.it" % h(k, 20, "0123456789abcdef")),
         html("""<html><body style="margin:0;background:#f0f0f0;font-family:Arial,sans-serif">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 22px;border-bottom:4px solid #00a0df;font-size:26px;font-weight:bold;color:#00a0df">TTG Italia <span style="font-size:13px;color:#666;font-weight:normal">giovedì 12 novembre 2026</span></td></tr>
<tr><td style="padding:18px 22px;font-size:14px;line-height:1.5">
<p><a href="https://www.ttgitalia.com/stories/gruppi_incentive/gruppi-2027-richieste" style="color:#111;font-weight:bold;font-size:17px">Gruppi e incentive, le richieste per il 2027 partono in anticipo</a><br>Gli operatori segnalano opzioni già a novembre per la primavera.</p>
<p><a href="https://www.ttgitalia.com/stories/trasporti/bus-turistici-tariffe" style="color:#111;font-weight:bold;font-size:17px">Bus turistici: tariffe e disponibilità per la stagione dei mercatini</a></p>
<p><a href="https://www.ttgitalia.com/stories/agenzie/etias-cosa-cambia" style="color:#111;font-weight:bold;font-size:17px">ETIAS, cosa cambia per le agenzie che lavorano con clienti extra-UE</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#888">Hai ricevuto questa email perché sei iscritto alla newsletter di TTG Italia con l'indirizzo giulia.romano@example.com. <a href="https://ttgitalia.musvc2.net/e/u?q=%s">Annulla l'iscrizione</a></td></tr>
</table></body></html>""" % h("ttgu", 30, ALNUM), "utf-8", "base64"),
         return_path="bounce-%s@bounce.mailupnet.it" % h("ttgb", 14),
         extra=["List-Unsubscribe: <https://ttgitalia.musvc2.net/e/u?q=%s>" % h("ttgu", 30, ALNUM), "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])

    # 20 -------------------------------------------------------------- it
    mail(B, "20-it-school-group-complaint", "it", "iso-8859-1",
         "Genuine complaint from a teacher (libero.it, ISO-8859-1 QP) about a school trip to Munich: smaller coach than contracted and hotel far from the centre; asks for a reply and partial refund.",
         ("Anna Rinaldi", "anna.rinaldi71@libero.it"), [S["giulia"]],
         "Reclamo viaggio d'istruzione Monaco di Baviera 5-8 novembre - classi 4A e 4B", D(11, 18, 22, 40),
         infra_host("smtp-31-i2.italiaonline.it", "213.209.12.31", rdns="smtp-31-i2.italiaonline.it",
                    msgid=lambda k: "%s.%s@libero.it" % (h(k, 9, "0123456789"), h(k + "l", 8, "0123456789"))),
         text("""Gentile Sig.ra Romano,

sono la prof.ssa Rinaldi, accompagnatrice del viaggio d'istruzione a Monaco di Baviera (5-8 novembre) per le classi 4A e 4B dell'IIS "G. Galilei" di Brescia, 47 studenti e 4 docenti.

Devo segnalare due problemi importanti:

1) Il contratto prevedeva un pullman da 54 posti più bagagliaio; ci è stato invece assegnato un mezzo da 49 posti, con tre ragazzi costretti a viaggiare sugli strapuntini fino al confine.
2) L'hotel indicato come "centrale" si trovava a 35 minuti di metropolitana dal centro, e la sera abbiamo dovuto rinunciare alla visita programmata.

Le chiedo una relazione scritta da presentare al Dirigente scolastico e una proposta di rimborso parziale per le famiglie. Resto disponibile telefonicamente al 338 412 7790 nel pomeriggio.

Cordiali saluti
Prof.ssa Anna Rinaldi""", "iso-8859-1", "quoted-printable"),
         mailer="User-Agent: Libero Mail", mode="Q")

    # 21 -------------------------------------------------------------- it
    mail(B, "21-it-hotel-deposit-request-garda", "it", "utf-8",
         "Genuine urgent payment request: the contracted Lake Garda hotel (own server, same as later abused in attack/21) asks for the 30% allotment deposit by a date, with its long-standing IBAN (valid CIN) and proforma PDF.",
         ("Laura Benedetti - Hotel Bellavista Garda", "booking@bellavistagarda.it"), [S["francesca"]],
         "Acconto 30% gruppo Example Group 24-27/04/2027 - scadenza 20/11", D(6, 12, 40, 18),
         infra_host("smtp.bellavistagarda.it", "94.177.213.68", rdns="host68-213-177-94.serverdedicati.aruba.it"),
         mixed(alt(text("""Buongiorno Francesca,

come da contratto Vi inviamo la proforma per l'acconto del 30%% relativo al gruppo del 24-27/04/2027 (28 camere doppie, mezza pensione).

Importo acconto: EUR 8.568,00
Scadenza: 20/11/2026
Coordinate: Banco BPM - Hotel Bellavista Garda S.r.l.
IBAN %s

Senza il ricevimento dell'acconto entro la scadenza saremo costretti a rilasciare l'opzione sulle camere, come previsto dall'art. 5 del contratto.

Grazie e buona giornata
Laura Benedetti
Ufficio Booking - Hotel Bellavista Garda ****
Lungolago Marconi 18 - 25015 Desenzano del Garda (BS)""" % fmt_iban(IB["garda_hotel"]), "utf-8", "quoted-printable"),
                   html("""<html><body style="font-family:Verdana,sans-serif;font-size:10pt"><p>Buongiorno Francesca,</p>
<p>come da contratto Vi inviamo la proforma per l'acconto del 30%% relativo al gruppo del 24-27/04/2027 (28 camere doppie, mezza pensione).</p>
<p>Importo acconto: <b>EUR 8.568,00</b><br>Scadenza: <b>20/11/2026</b><br>Coordinate: Banco BPM - Hotel Bellavista Garda S.r.l.<br>IBAN %s</p>
<p>Senza il ricevimento dell'acconto entro la scadenza saremo costretti a rilasciare l'opzione sulle camere, come previsto dall'art. 5 del contratto.</p>
<p>Grazie e buona giornata<br>Laura Benedetti<br>Ufficio Booking - Hotel Bellavista Garda ****<br>Lungolago Marconi 18 - 25015 Desenzano del Garda (BS)</p></body></html>""" % fmt_iban(IB["garda_hotel"]), "utf-8", "quoted-printable")),
               pdf("Proforma_acconto_EXG_2027.pdf", ["Hotel Bellavista Garda S.r.l.", "Proforma acconto 30% gruppo Example Group",
                                                     "24-27/04/2027, 28 DBL HB", "EUR 8.568,00 entro 20/11/2026", "IBAN " + fmt_iban(IB["garda_hotel"])])),
         cc=[S["marco"]], mailer=OUTLOOK)

    # 22 -------------------------------------------------------------- pl
    pnip = pl_nip("679312448")
    mail(B, "22-pl-supplier-invoice-partner-logistik", "pl", "iso-8859-2",
         "Genuine invoice from Partner Logistik's accounting address and own mail server, ISO-8859-2 base64, KSeF reference number, the long-standing PKO BP account (valid Polish check digits), PDF visualisation.",
         ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), [S["piotr"]],
         "Faktura FV/2026/11/087 - Example Group Polska", D(5, 9, 31, 12), partner_infra(),
         mixed(text("""Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/087 za obsługę transportową grupy Kraków - Zakopane (31.10-02.11.2026). Faktura została wystawiona w KSeF:

Numer KSeF: %s-20261105-8F2A41C7D903-3B
Kwota brutto: 9 348,00 zł
Termin płatności: 19.11.2026
Rachunek: PKO BP %s

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Zabłocie 23, 30-701 Kraków, NIP %s""" % (pnip, fmt_iban(IB["partner_old"]), pnip), "iso-8859-2", "base64"),
               pdf("FV_2026_11_087.pdf", ["Partner Logistik sp. z o.o.", "Faktura VAT FV/2026/11/087",
                                          "KSeF: %s-20261105-8F2A41C7D903-3B" % pnip, "Brutto: 9 348,00 PLN", "Rachunek: " + fmt_iban(IB["partner_old"])])),
         mailer=TB + "/115.16.0", mode="B")

    # 23 -------------------------------------------------------------- pl
    mail(B, "23-pl-genuine-bank-change-partner-logistik", "pl", "utf-8",
         "Genuine bank-detail change: Tadeusz Zieliński from the real partner-logistik.pl server (cc accounting), change effective 1 Jan 2027, new mBank account already on the Polish VAT white list, asks for phone verification at the contract number; old account valid until year end.",
         ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [S["piotr"]],
         "Zmiana rachunku bankowego od 1 stycznia 2027 r.", D(2, 11, 5, 47, month=12), partner_infra(),
         mixed(text("""Dzień dobry Panie Piotrze,

uprzejmie informuję, że od 1 stycznia 2027 r. zmieniamy bank prowadzący nasz rachunek firmowy. Faktury wystawione od tej daty będą zawierały nowy numer rachunku:

mBank S.A.
%s

Nowy rachunek jest już zgłoszony do urzędu skarbowego i widoczny w wykazie podatników VAT (biała lista) - prosimy o sprawdzenie przed pierwszą płatnością. Faktury z 2026 r. prosimy regulować jeszcze na dotychczasowy rachunek w PKO BP, który będzie aktywny do 31.03.2027 r.

Zgodnie z naszą procedurą prosimy o telefoniczne potwierdzenie zmiany pod numerem z umowy ramowej (+48 12 656 40 10, dział księgowości). Pismo podpisane przez zarząd przesyłamy w załączniku oraz pocztą.

Z poważaniem
Tadeusz Zieliński
Dyrektor ds. operacyjnych
Partner Logistik sp. z o.o.""" % fmt_iban(IB["partner_new"]), "utf-8", "quoted-printable"),
               pdf("Zmiana_rachunku_Partner_Logistik_2027.pdf", ["Partner Logistik sp. z o.o.", "Zawiadomienie o zmianie rachunku bankowego",
                                                                  "od 01.01.2027: " + fmt_iban(IB["partner_new"]), "do 31.03.2027 aktywny: " + fmt_iban(IB["partner_old"]),
                                                                  "Potwierdzenie telefoniczne: +48 12 656 40 10"])),
         cc=[("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl")], mailer=TB + "/128.4.1")

    # 24 -------------------------------------------------------------- pl
    mail(B, "24-pl-school-group-inquiry", "pl", "windows-1250",
         "Genuine group enquiry from a teacher at a vocational school (school domain on Google Workspace), windows-1250 QP: class trip to Berlin, asks for a quote; no attachment or link.",
         ("Ewa Malinowska", "e.malinowska@zse.tarnow.pl"), [S["agnieszka"]],
         "Zapytanie - wycieczka klasowa do Berlina, maj 2027", D(16, 13, 12, 30),
         infra_gmail(7),
         text("""Dzień dobry,

jestem wychowawczynią klasy 3 technikum hotelarskiego w Zespole Szkół Ekonomicznych w Tarnowie. Planujemy wycieczkę do Berlina w dniach 17-20 maja 2027 r.

Uczestnicy: 32 uczniów + 3 opiekunów
Transport: autokar z Tarnowa
Noclegi: hostel lub hotel 2-3*, pokoje wieloosobowe dla uczniów
Program: Reichstag (prosimy o rezerwację), Muzeum Pergamońskie lub Wyspa Muzeów, Pomnik Pomordowanych Żydów Europy, jeden dzień w Poczdamie

Prosiłabym o orientacyjną wycenę na osobę do końca listopada, ponieważ w grudniu mamy zebranie z rodzicami.

Z wyrazami szacunku
Ewa Malinowska
Zespół Szkół Ekonomicznych w Tarnowie""", "windows-1250", "quoted-printable"),
         mode="Q")

    # 25 -------------------------------------------------------------- pl
    mail(B, "25-pl-newsletter-wiadomosci-turystyczne", "pl", "utf-8",
         "Subscribed Polish trade newsletter via a Polish ESP (FreshMail-type) with List-Unsubscribe; bulk but wanted.",
         ("Wiadomości Turystyczne", "newsletter@wiadomosciturystyczne.pl"), [S["agnieszka"]],
         "Newsletter WT: rekordowe zapisy na wyjazdy grupowe, zmiany w Turystycznym Funduszu Gwarancyjnym", D(19, 7, 30, 0),
         infra_host("smtp-out-27.freshmail.pl", "217.23.21.27", rdns="smtp-out-27.freshmail.pl",
                    msgid=lambda k: "%s@freshmail.pl" % h(k, 24, "0123456789abcdef")),
         alt(text("""Wiadomości Turystyczne - newsletter 19.11.2026

- Biura podróży: rekordowe zapisy na wyjazdy grupowe wiosną 2027
- Turystyczny Fundusz Gwarancyjny: nowe stawki składek od stycznia
- Przewoźnicy autokarowi: brakuje kierowców na sezon jarmarków

Czytaj więcej: https://www.wiadomosciturystyczne.pl/newsletter/2026-11-19

Wypisz się: https://www.wiadomosciturystyczne.pl/wypisz?u=%s""" % h("wtu", 20), "utf-8", "quoted-printable"),
             html("""<html><body style="font-family:Arial,sans-serif;background:#f4f4f4"><table width="600" align="center" style="background:#fff"><tr><td style="padding:16px;background:#005a9c;color:#fff;font-size:20px"><b>Wiadomości Turystyczne</b></td></tr>
<tr><td style="padding:16px;font-size:14px"><ul><li><a href="https://www.wiadomosciturystyczne.pl/newsletter/2026-11-19#1">Biura podróży: rekordowe zapisy na wyjazdy grupowe wiosną 2027</a></li>
<li><a href="https://www.wiadomosciturystyczne.pl/newsletter/2026-11-19#2">Turystyczny Fundusz Gwarancyjny: nowe stawki składek od stycznia</a></li>
<li><a href="https://www.wiadomosciturystyczne.pl/newsletter/2026-11-19#3">Przewoźnicy autokarowi: brakuje kierowców na sezon jarmarków</a></li></ul></td></tr>
<tr><td style="padding:12px 16px;font-size:11px;color:#777">Otrzymujesz tę wiadomość, ponieważ zapisałeś się do newslettera. <a href="https://www.wiadomosciturystyczne.pl/wypisz?u=%s">Wypisz się</a></td></tr></table></body></html>""" % h("wtu", 20), "utf-8", "quoted-printable")),
         return_path="bounce-%s@fmbounce.freshmail.pl" % h("wtb", 12),
         extra=["List-Unsubscribe: <https://www.wiadomosciturystyczne.pl/wypisz?u=%s>" % h("wtu", 20), "Precedence: bulk"])

    # 26 -------------------------------------------------------------- pl
    mail(B, "26-pl-internal-invoices-for-approval", "pl", "iso-8859-2",
         "Genuine internal mail through mail-int01 (ISO-8859-2 8bit, Thunderbird): the Kraków accountant sends invoices for approval and reports that he ignored and forwarded to IT a suspicious onet.pl 'bank change' (attack/22).",
         S["piotr"], [S["agnieszka"]],
         "Faktury do akceptacji - listopad / podejrzany mail 'Partner Logistik'", D(18, 8, 47, 3), INTERNAL,
         text("""Cześć Agnieszko,

w obiegu czekają na Twoją akceptację trzy faktury za listopad:
- Partner Logistik FV/2026/11/087 - 9 348,00 zł (termin 19.11)
- Hotel Pod Wawelem - zaliczka za grupę grudniową - 14 200,00 zł
- Orlen Paliwa - karta flotowa - 1 912,44 zł

Przy okazji: wczoraj przyszedł mail rzekomo od p. Zielińskiego z adresu na onecie, z prośbą o zmianę rachunku na Santandera. Nic nie zmieniałem, przesłałem go do Lukasa z IT jako phishing. Płacimy jak zawsze na rachunek z umowy.

Pozdrawiam
Piotr""", "iso-8859-2", "8bit"),
         mailer=TB + "/128.4.1", mode="Q")

    # 27 -------------------------------------------------------------- es
    gw = infra_gmail(8)
    gw["msgid"] = lambda k: "CAN%s@mail.gmail.com" % h(k, 44, ALNUM)
    mail(B, "27-es-hotel-deposit-request-mallorca", "es", "utf-8",
         "Genuine urgent deposit request from the Mallorca hotel's group sales (hotel domain on Google Workspace, Gmail servers): 30% deposit with deadline, the same CaixaBank IBAN as in the contract (valid DC and mod-97), proforma PDF; the attack/28 look-alike imitates this thread.",
         ("Marta Vidal | Hotel Playa Serena", "m.vidal@playaserena-mallorca.com"), [S["lucia"]],
         "RE: Grupo EXAMPLE GROUP 12-16/03/2027 - depósito 30 %", D(23, 13, 10, 4), gw,
         mixed(text("""Hola Lucía,

muchas gracias por la confirmación. Te adjunto la proforma del depósito del 30 %% para el grupo del 12 al 16 de marzo de 2027 (42 habitaciones dobles, media pensión).

Importe: 11.340,00 EUR
Fecha límite: 04/12/2026
Titular: Playa Serena Hotels S.L.
CaixaBank - IBAN %s

Como siempre, la cuenta es la misma que figura en el contrato. Si el pago no estuviera hecho para el 4 de diciembre tendríamos que liberar el cupo, así que avísame si necesitas unos días más y lo hablamos.

Un saludo,
Marta Vidal
Group Sales Manager
Hotel Playa Serena Mallorca ****
Passeig Marítim 41, 07014 Palma - Tel. +34 971 40 22 18

El lun, 23 nov 2026 a las 11:02, Lucía Fernández (<lucia.fernandez@example.com>) escribió:
> Hola Marta, te confirmo el grupo con 42 habitaciones. ¿Me puedes enviar la proforma del depósito? Gracias, Lucía""" % fmt_iban(IB["mallorca_hotel"]), "utf-8", "quoted-printable"),
               pdf("Proforma_deposito_EXAMPLE_GROUP_marzo_2027.pdf", ["Playa Serena Hotels S.L.", "Proforma deposito 30% - Grupo EXAMPLE GROUP",
                                                                       "12-16/03/2027 - 42 DBL MP", "11.340,00 EUR antes del 04/12/2026", "IBAN " + fmt_iban(IB["mallorca_hotel"])])),
         in_reply_to="%s@example.com" % h("lucia-req", 24))

    # 28 -------------------------------------------------------------- es
    mail(B, "28-es-customer-complaint-overbooking-berlin", "es", "iso-8859-15",
         "Genuine complaint from a law-firm client (own domain on a Spanish host, ISO-8859-15 QP): hotel overbooking in Berlin, relocated far away, asks for compensation; no links or attachments.",
         ("Alberto Sanz Ortega", "a.sanz@sanzasociados.es"), [S["carmen"]],
         "Queja formal - reubicación hotel Berlín 9-12 noviembre (reserva EXG-ES-26-3318)", D(13, 17, 46, 21),
         infra_host("smtp.sanzasociados.es", "82.98.134.17", rdns="smtp-out17.dinaserver.com"),
         text("""Estimada Carmen:

Le escribo en relación con el viaje a Berlín del 9 al 12 de noviembre (reserva EXG-ES-26-3318) para tres socios del despacho.

Al llegar al hotel a las 23:10 nos informaron de que no había habitaciones disponibles por overbooking y nos reubicaron en un hotel en Schönefeld, a más de 40 minutos del centro, donde teníamos las reuniones. Nadie de su agencia nos avisó con antelación, a pesar de que el hotel afirma haber comunicado la incidencia por la tarde.

Les solicito:
- el reembolso de los taxis de los tres días (186 EUR en total, adjuntaré los recibos si es necesario),
- una compensación por las molestias conforme a lo que establezca su política,
- una explicación por escrito.

Quedo a la espera de su respuesta.

Atentamente,
Alberto Sanz Ortega
Socio director - Sanz & Asociados Abogados
C/ Velázquez 84, 28001 Madrid""", "iso-8859-15", "quoted-printable"),
         mailer="X-Mailer: Microsoft Outlook 16.0", mode="Q")

    # 29 -------------------------------------------------------------- es
    mail(B, "29-es-genuine-dehu-notification-notice", "es", "utf-8",
         "Genuine Spanish government notice (DEHú) that a notification is available: no attachment, no download link, only instructs to access the official site with certificate/Cl@ve – the legitimate counterpart of attack/27.",
         ("DEHú - Dirección Electrónica Habilitada única", "no-reply@dehu.redsara.es"), [S["javier"]],
         "Aviso de puesta a disposición de notificación", D(24, 4, 12, 9),
         infra_host("smtp2.redsara.es", "212.170.75.36", rdns="smtp2.redsara.es"),
         text("""Le informamos de que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú) del Punto de Acceso General de la Administración.

Titular: EXAMPLE GROUP VIAJES SL
Organismo emisor: Tesorería General de la Seguridad Social
Concepto: Comunicación informativa
Fecha de puesta a disposición: 24/11/2026

Para acceder al contenido, identifíquese con certificado electrónico o Cl@ve en la sede de la DEHú (dehu.redsara.es). Por motivos de seguridad este aviso no contiene enlaces ni documentos adjuntos.

Este correo electrónico es un aviso informativo y no tiene efectos jurídicos. Por favor, no responda a este mensaje.""", "utf-8", "quoted-printable"))

    # 30 -------------------------------------------------------------- es
    mail(B, "30-es-newsletter-hosteltur", "es", "utf-8",
         "Subscribed Spanish trade newsletter (HTML-only, base64) through a bulk sender with List-Unsubscribe; wanted bulk mail.",
         ("Hosteltur", "boletin@hosteltur.com"), [S["lucia"]],
         "Hosteltur | Las agencias de grupos anticipan la primavera 2027", D(25, 6, 15, 0),
         infra_host("mail12.acems1.com", "192.92.97.212", rdns="mail12.acems1.com",
                    msgid=lambda k: "%s@acems1.com" % h(k, 24, "0123456789abcdef")),
         html("""<html><body style="margin:0;background:#f1f1f1;font-family:Arial,sans-serif"><table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 20px;border-bottom:3px solid #e30613;font-size:24px;font-weight:bold">hosteltur <span style="font-size:12px;font-weight:normal;color:#777">Boletín diario · 25 de noviembre de 2026</span></td></tr>
<tr><td style="padding:18px 20px;font-size:14px;line-height:1.5">
<p><a href="https://www.hosteltur.com/lat/agencias/grupos-primavera-2027" style="color:#111;font-weight:bold;font-size:17px">Las agencias de grupos anticipan la primavera 2027</a><br>Los receptivos registran opciones de cupos con cuatro meses de antelación.</p>
<p><a href="https://www.hosteltur.com/lat/transporte/autocares-temporada" style="color:#111;font-weight:bold;font-size:17px">Autocares: la falta de conductores encarece los traslados</a></p>
<p><a href="https://www.hosteltur.com/lat/normativa/etias-agencias" style="color:#111;font-weight:bold;font-size:17px">ETIAS: qué deben saber las agencias españolas</a></p></td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888">Recibes este boletín porque estás suscrito con lucia.fernandez@example.com. <a href="https://www.hosteltur.com/baja?e=%s">Darse de baja</a></td></tr></table></body></html>""" % h("htu", 20), "utf-8", "base64"),
         return_path="bounce-%s@emsd1.com" % h("htb", 14),
         extra=["List-Unsubscribe: <https://www.hosteltur.com/baja?e=%s>" % h("htu", 20), "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])

    # 31 -------------------------------------------------------------- es
    mail(B, "31-es-colleague-private-hotmail-expenses", "es", "utf-8",
         "Genuine mail from a colleague's private Hotmail: the Madrid office manager on a fam trip sends her expense receipts to the local accountant; nothing to pay to third parties, no change of data.",
         ("Lucía Fernández", "lucia.fdez.mad@hotmail.com"), [S["javier"]],
         "Tickets fam trip Sevilla", D(13, 21, 30, 54),
         infra_outlookcom(7),
         mixed(text("""Hola Javier,

te mando los tickets del fam trip de Sevilla (taxi aeropuerto, cena con el receptivo y el parking de Barajas). Te escribo desde mi correo personal porque me dejé el portátil en la oficina y desde el móvil no consigo entrar en el de empresa.

El lunes lo registro todo en la herramienta de gastos como siempre, esto es solo para que lo tengas ya para el cierre de noviembre.

Un beso,
Lucía

Enviado desde Outlook para Android""", "utf-8", "quoted-printable"),
               pdf("tickets_famtrip_sevilla.pdf", ["Tickets fam trip Sevilla 11-13/11/2026", "Taxi SVQ 32,50 EUR", "Cena 87,00 EUR", "Parking MAD 54,00 EUR"])),
         extra=["Content-Language: es-ES"])

    # 32 -------------------------------------------------------------- el
    mail(B, "32-el-hotel-balance-request-santorini", "el", "windows-1253",
         "Genuine balance/proforma request from the Santorini hotel's own mail server (windows-1253 base64): Greek National Bank IBAN as in the contract, PDF, deadline; the same mailbox is later compromised in attack/33.",
         ("Μαρία Κωνσταντίνου", "m.konstantinou@aegeanblue-santorini.gr"), [S["eleni"]],
         "Κράτηση ομάδας EXAMPLE GROUP 22-26/04/2027 - προκαταβολή", D(20, 11, 8, 44, EET),
         infra_host("mail.aegeanblue-santorini.gr", "46.4.81.210", rdns="mail.aegeanblue-santorini.gr"),
         mixed(text("""Καλημέρα κυρία Παπαδοπούλου,

σας στέλνουμε το προτιμολόγιο για την προκαταβολή της ομάδας σας (22-26/04/2027, 24 δίκλινα, πρωινό).

Ποσό προκαταβολής (40 %%): 9.280,00 EUR
Προθεσμία: 10/12/2026
Δικαιούχος: Aegean Blue Suites Α.Ε.
Εθνική Τράπεζα της Ελλάδος - IBAN %s

Ο λογαριασμός είναι ο ίδιος με αυτόν της σύμβασης. Για οποιαδήποτε διευκρίνιση μπορείτε να με καλέσετε στο 22860 71 418.

Με εκτίμηση,
Μαρία Κωνσταντίνου
Reservations & Groups
Aegean Blue Suites - Οία, Σαντορίνη""" % fmt_iban(IB["santorini_hotel"]), "windows-1253", "base64"),
               pdf("Proforma_EXAMPLE_GROUP_042027.pdf", ["Aegean Blue Suites S.A. - Oia, Santorini", "Proforma deposit 40% group EXAMPLE GROUP",
                                                          "22-26/04/2027, 24 DBL BB", "EUR 9.280,00 by 10/12/2026", "IBAN " + fmt_iban(IB["santorini_hotel"])])),
         mailer=OUTLOOK)

    # 33 -------------------------------------------------------------- el
    mail(B, "33-el-coach-transfer-confirmation", "el", "iso-8859-7",
         "Genuine operational confirmation from a Greek coach operator (own server on a Greek ISP, ISO-8859-7 QP): transfer schedule for a group, driver contacts; no payment or links.",
         ("Attiki Tours - Transfers", "transfers@attikitours.gr"), [S["eleni"]],
         "Επιβεβαίωση μεταφορών - ομάδα Hollisbridge 17-20/11", D(12, 16, 40, 3, EET),
         infra_host("mail.attikitours.gr", "212.205.188.42", rdns="athe-ppp-188-42.otenet.gr"),
         text("""Καλησπέρα Ελένη,

σας επιβεβαιώνουμε τις μεταφορές για την ομάδα Hollisbridge (14 άτομα):

17/11 - 16:45 Αεροδρόμιο Αθηνών -> Ξενοδοχείο Grande Bretagne, βαν Mercedes 16 θέσεων, οδηγός Γιώργος (6944 218 733)
18/11 - 09:00 ξενοδοχείο -> Σούνιο και επιστροφή
20/11 - 06:30 ξενοδοχείο -> Αεροδρόμιο

Ο οδηγός θα περιμένει στην έξοδο Β με πινακίδα "EXAMPLE GROUP / Hollisbridge". Σε περίπτωση καθυστέρησης της πτήσης ενημερώστε το κέντρο μας στο 210 94 12 300.

Με εκτίμηση,
Κατερίνα Δημητρίου
Attiki Tours - Τμήμα Μεταφορών""", "iso-8859-7", "quoted-printable"),
         mailer=TB + "/115.16.0")

    # 34 -------------------------------------------------------------- el
    mail(B, "34-el-newsletter-travel-daily-news", "el", "utf-8",
         "Subscribed Greek travel-trade newsletter via Mailchimp with List-Unsubscribe; bulk but wanted.",
         ("Travel Daily News Ελλάδα", "newsletter@traveldailynews.gr"), [S["eleni"]],
         "Τα νέα της ημέρας: ομαδικά ταξίδια, ακτοπλοΐα, ETIAS", D(26, 8, 0, 0, EET),
         infra_host("mail94.atl11.rsgsv.net", "205.201.133.94", rdns="mail94.atl11.rsgsv.net",
                    msgid=lambda k: "%s.%s@mail94.atl11.rsgsv.net" % (h(k, 20), h(k + "m", 8))),
         html("""<html><body style="margin:0;font-family:Arial,sans-serif;background:#eef"><table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b3d91;color:#fff;padding:16px 20px;font-size:22px;font-weight:bold">Travel Daily News <span style="font-size:12px;font-weight:normal">26 Νοεμβρίου 2026</span></td></tr>
<tr><td style="padding:18px 20px;font-size:14px;line-height:1.5">
<p><a href="https://www.traveldailynews.gr/news/omadika-taxidia-2027" style="color:#111;font-weight:bold">Ομαδικά ταξίδια: αυξημένη ζήτηση για την άνοιξη του 2027</a></p>
<p><a href="https://www.traveldailynews.gr/news/aktoploia-xeimerina-dromologia" style="color:#111;font-weight:bold">Ακτοπλοΐα: τα χειμερινά δρομολόγια προς Κυκλάδες</a></p>
<p><a href="https://www.traveldailynews.gr/news/etias-taxidiotika-grafeia" style="color:#111;font-weight:bold">ETIAS: τι πρέπει να γνωρίζουν τα ταξιδιωτικά γραφεία</a></p></td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777">Λαμβάνετε αυτό το μήνυμα επειδή έχετε εγγραφεί στο newsletter. <a href="https://traveldailynews.us7.list-manage.com/unsubscribe?u=%s">Διαγραφή</a></td></tr></table></body></html>""" % h("tdnu", 24), "utf-8", "quoted-printable"),
         return_path="bounce-mc.us7_%s@mail94.atl11.rsgsv.net" % h("tdnb", 12, "0123456789"),
         extra=["List-Unsubscribe: <https://traveldailynews.us7.list-manage.com/unsubscribe?u=%s>" % h("tdnu", 24), "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])

    # 35 -------------------------------------------------------------- el
    mail(B, "35-el-internal-urgent-ferry-payment", "el", "utf-8",
         "Genuine urgent internal payment request through mail-int01: the Athens office manager asks the accountant to pay the ferry agency today; refers to the invoice in the system and the agency's known account, no bank details in the mail (legitimate counterpart of attack/35).",
         S["eleni"], [S["nikos"]],
         "Επείγον: εξόφληση εισιτηρίων πλοίου ομάδας Hollisbridge", D(4, 12, 17, 5, EET), INTERNAL,
         text("""Νίκο,

το πρακτορείο (Piraeus Maritime Agency) μου θύμισε ότι τα εισιτήρια για την ομάδα Hollisbridge της 19/11 πρέπει να εξοφληθούν σήμερα, αλλιώς αποδεσμεύονται οι θέσεις.

Το τιμολόγιο 2026-A-1187 (2.146,00 EUR) είναι ήδη καταχωρημένο στο σύστημα, πληρωμή στον γνωστό λογαριασμό τους όπως όλες τις προηγούμενες φορές. Αν δεις οτιδήποτε διαφορετικό, πάρε με τηλέφωνο πριν πληρώσεις.

Ευχαριστώ πολύ,
Ελένη""", "utf-8", "quoted-printable"),
         mailer=OUTLOOK)

    # 36 -------------------------------------------------------------- ru
    mail(B, "36-ru-corporate-client-complaint", "ru", "windows-1251",
         "Genuine complaint from a corporate client's assistant (own domain on Yandex 360, windows-1251 QP): business trip to Barcelona, wrong room category and missing transfer, asks for recalculation.",
         ("Ирина Ковалёва", "i.kovaleva@technosfera-group.ru"), [S["olga"]],
         "Претензия по поездке в Барселону 02-06.11.2026 (заказ EXG-RU-26-0871)", D(10, 11, 26, 37, MSK),
         infra_host("forward501b.mail.yandex.net", "178.154.239.145", rdns="forward501b.mail.yandex.net",
                    inner="from mail-nwsmtp-smtp-production-main-58.klg.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-58.klg.yp-c.yandex.net [IPv6:2a02:6b8:c42:7a9f:0:640:2c47:0]) by forward501b.mail.yandex.net (Yandex)",
                    msgid=lambda k: "%s@mail.yandex.ru" % h(k, 16, "0123456789")),
         text("""Добрый день, Ольга!

Пишу по итогам командировки наших сотрудников в Барселону 02-06.11.2026 (заказ EXG-RU-26-0871, 4 человека).

1. Вместо оплаченных номеров категории «Superior» с видом на море сотрудники были размещены в стандартных номерах во двор. Отель сослался на то, что в заявке агентства была указана другая категория.
2. Трансфер из аэропорта 02.11 не был предоставлен, сотрудники добирались на такси (78 EUR).

Просим проверить ситуацию, сделать перерасчёт стоимости проживания и компенсировать расходы на такси. Копии чеков и фото подтверждения бронирования можем предоставить по запросу.

С уважением,
Ирина Ковалёва
Помощник генерального директора
ООО «ТехноСфера»
+7 495 128-44-71""", "windows-1251", "quoted-printable"),
         mailer="X-Mailer: Yamail [ http://yandex.ru ] 5.0")

    # 37 -------------------------------------------------------------- ru
    mail(B, "37-ru-internal-reconciliation-koi8r", "ru", "koi8-r",
         "Genuine internal mail via mail-int01 in KOI8-R 8bit (Thunderbird legacy setting): the Moscow accountant sends a reconciliation statement and notes that the mail.ru 'new bank details' mail (attack/38) was verified by phone as fake and not paid.",
         S["dmitry"], [S["olga"]],
         "Акт сверки с гостиницей «Северная звезда» / реквизиты", D(19, 10, 3, 50, MSK), INTERNAL,
         text("""Ольга, привет!

Отправил в гостиницу «Северная звезда» акт сверки за 3 квартал, по нашим данным расхождений нет, ждём подписанный экземпляр.

По счёту за декабрьскую группу: вчера пришло письмо с адреса на mail.ru, якобы от их бухгалтерии, с новыми реквизитами и другим юрлицом. Я позвонил в гостиницу по номеру из договора - реквизиты не менялись, такое письмо они не отправляли. Ничего не оплачиваем, письмо переслал Лукасу в ИТ. Оплатим по счёту, который придёт с их официального адреса.

Дмитрий""", "koi8-r", "8bit"),
         mailer=TB + "/115.16.0", mode="B")

    # 38 -------------------------------------------------------------- ru
    mail(B, "38-ru-hotel-invoice-st-petersburg", "ru", "utf-8",
         "Genuine invoice from the St Petersburg hotel's official accounting address and own mail server (UTF-8 base64): Sberbank settlement account with valid BIK control key and valid INN check digit, PDF with Cyrillic RFC 2047 file name.",
         ("Бухгалтерия - гостиница «Северная звезда»", "buh@severnaya-zvezda-hotel.ru"), [S["dmitry"]],
         "Счёт на оплату № 1187 от 16.11.2026", D(16, 12, 34, 18, MSK),
         infra_host("mail.severnaya-zvezda-hotel.ru", "185.104.249.61", rdns="mail.severnaya-zvezda-hotel.ru"),
         mixed(text("""Добрый день!

Направляем счёт на оплату проживания группы EXAMPLE GROUP (03-07.12.2026, 18 номеров).

Получатель: ООО «Северная звезда»
ИНН %s
Р/с %s
ПАО Сбербанк, БИК %s

Сумма: 612 000,00 руб., НДС не облагается (ставка 0 %% для гостиничных услуг).
Срок оплаты: до 27.11.2026.

Оригиналы закрывающих документов будут направлены через ЭДО (Контур.Диадок) после выезда группы.

С уважением,
Бухгалтерия
Гостиница «Северная звезда», Санкт-Петербург
тел. +7 812 309-41-18""" % (RU["hotel_inn"], RU["hotel_acc"], RU["hotel_bik"]), "utf-8", "base64"),
               pdf("Счет_1187_от_16.11.2026.pdf", ["OOO Severnaya Zvezda - Schet 1187 ot 16.11.2026", "Group EXAMPLE GROUP 03-07.12.2026",
                                                   "Summa 612 000,00 RUB", "R/s %s BIK %s" % (RU["hotel_acc"], RU["hotel_bik"])])),
         mailer="X-Mailer: Microsoft Outlook 16.0")

    # 39 -------------------------------------------------------------- ru
    mail(B, "39-ru-edo-diadoc-notification", "ru", "utf-8",
         "Genuine EDI service notification (Kontur.Diadoc) that a signed document from a known counterparty arrived; links only to the service's own domain, no attachment, expected workflow.",
         ("Контур.Диадок", "noreply@diadoc.kontur.ru"), [S["dmitry"]],
         "Вам пришёл документ от ООО «Северная звезда»", D(2, 9, 14, 27, MSK, month=12),
         infra_host("smtp-out3.kontur.ru", "46.17.200.83", rdns="smtp-out3.kontur.ru",
                    msgid=lambda k: "%s@diadoc.kontur.ru" % h(k, 32, "0123456789abcdef")),
         alt(text("""Здравствуйте!

В ящик «ООО Экзампл Груп Рус» пришёл документ:

Отправитель: ООО «Северная звезда»
Документ: Акт сверки взаимных расчетов за 3 квартал 2026 г.
Требуется подпись: да

Открыть документ: https://diadoc.kontur.ru/

Это автоматическое уведомление. Настроить уведомления можно в разделе «Настройки» - «Уведомления».
Контур.Диадок""", "utf-8", "quoted-printable"),
             html("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><div style="max-width:560px;margin:auto;padding:20px;border:1px solid #e5e5e5">
<p style="font-size:18px;color:#2291ff;font-weight:bold">Контур.Диадок</p>
<p>Здравствуйте!</p><p>В ящик «ООО Экзампл Груп Рус» пришёл документ:</p>
<p>Отправитель: <b>ООО «Северная звезда»</b><br>Документ: Акт сверки взаимных расчетов за 3 квартал 2026 г.<br>Требуется подпись: да</p>
<p><a href="https://diadoc.kontur.ru/" style="background:#2291ff;color:#fff;padding:8px 18px;text-decoration:none">Открыть документ</a></p>
<p style="font-size:11px;color:#888">Это автоматическое уведомление. Настроить уведомления можно в разделе «Настройки» - «Уведомления».</p></div></body></html>""", "utf-8", "quoted-printable")),
         return_path="bounce@diadoc.kontur.ru")

    # 40 -------------------------------------------------------------- ru
    mail(B, "40-ru-newsletter-ator", "ru", "utf-8",
         "Subscribed Russian travel-trade newsletter (ATOR digest) via UniSender-type ESP, HTML-only base64 with List-Unsubscribe; bulk but wanted.",
         ("АТОР: новости туриндустрии", "digest@ator.ru"), [S["olga"]],
         "Дайджест АТОР: спрос на зимние групповые туры, визы в Испанию и Италию", D(30, 10, 0, 0, MSK),
         infra_host("smtp147.unisender.com", "185.98.171.147", rdns="smtp147.unisender.com",
                    msgid=lambda k: "%s@unisender.com" % h(k, 24, "0123456789abcdef")),
         html("""<html><body style="margin:0;background:#f3f3f3;font-family:Arial,sans-serif"><table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="background:#004b87;color:#fff;padding:16px 20px;font-size:22px;font-weight:bold">АТОР <span style="font-size:12px;font-weight:normal">Дайджест · 30 ноября 2026</span></td></tr>
<tr><td style="padding:18px 20px;font-size:14px;line-height:1.5">
<p><a href="https://www.atorus.ru/news/press-centre/new/gruppovye-tury-zima" style="color:#111;font-weight:bold">Туроператоры фиксируют рост спроса на зимние групповые туры</a></p>
<p><a href="https://www.atorus.ru/news/press-centre/new/vizy-ispaniya-italiya" style="color:#111;font-weight:bold">Визы в Испанию и Италию: сроки записи в визовые центры</a></p>
<p><a href="https://www.atorus.ru/news/press-centre/new/korporativnye-poezdki" style="color:#111;font-weight:bold">Корпоративные поездки: бюджеты на 2027 год</a></p></td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888">Вы получили это письмо, так как подписаны на рассылку АТОР. <a href="https://www.atorus.ru/unsubscribe?h=%s">Отписаться</a></td></tr></table></body></html>""" % h("atoru", 20), "utf-8", "base64"),
         return_path="bounce-%s@bnc.unisender.com" % h("atorb", 12),
         extra=["List-Unsubscribe: <https://www.atorus.ru/unsubscribe?h=%s>" % h("atoru", 20), "Precedence: bulk"])


# ---------------------------------------------------------------------------
# manifest, staff list, main
# ---------------------------------------------------------------------------

LANG_NAMES = {"de": "German", "en": "English", "it": "Italian", "pl": "Polish", "es": "Spanish", "el": "Greek", "ru": "Russian"}


def write_manifest():
    out = []
    out.append("# Example Group – mail-gateway evaluation set\n")
    out.append("Generated deterministically by `gen/build.py` (Python 3 stdlib, no network). Messages are raw RFC 5322 as received on the inbound MX `mx01.example.com`, dated 1 Nov – 5 Dec 2026. All attacker infrastructure, domains, phone numbers, wallets and accounts are fictitious; malware attachments are inert text placeholders (`INERT TEST PLACEHOLDER`). All IBANs carry valid mod-97 check digits (plus national checks for IT CIN, ES DC, PL sort-code digit; Russian accounts carry a valid BIK control key and INN check digit).\n")
    out.append("## Company\n")
    out.append("**Example Group** (example.com, examplegroup.eu; about 700 mailboxes) – travel agency and tour operator for group and business travel. HQ Frankfurt am Main (DE); offices in Milan (IT), Kraków (PL), Madrid (ES), Athens (GR), London (UK) and Moscow (RU). Inbound MX: mx01.example.com; internal relay: mail-int01.example.com [10.20.0.25].\n")
    out.append("## Staff\n")
    out.append("| Name | Address | Role | Office |\n|---|---|---|---|")
    for n, e, r, o in STAFF:
        out.append("| %s | %s | %s | %s |" % (n, e, r, o))
    out.append("\n## Business correspondents\n")
    out.append("| Company | Trade | Addresses / infrastructure / accounts |\n|---|---|---|")
    for c, t, a in CORRESPONDENTS:
        out.append("| %s | %s | %s |" % (c, t, a.replace("|", "/")))
    for folder, title in (("attack", "Attack messages (must NOT be delivered plainly)"), ("business", "Business messages (genuine, MUST be delivered)")):
        out.append("\n## %s\n" % title)
        out.append("| File | Language | Charset | Recipient | What it is / why |\n|---|---|---|---|---|")
        for m in MESSAGES:
            if m["folder"] != folder:
                continue
            out.append("| %s/%s | %s | %s | %s | %s |" % (folder, m["file"], m["lang"], m["charset"], m["to"], m["summary"].replace("|", "/")))
    out.append("\n## Counts\n")
    for folder in ("attack", "business"):
        counts = {}
        for m in MESSAGES:
            if m["folder"] == folder:
                counts[m["lang"]] = counts.get(m["lang"], 0) + 1
        out.append("- %s: %d messages – %s" % (folder, sum(counts.values()), ", ".join("%s %d" % (k, counts.get(k, 0)) for k in LANG_NAMES)))
    out.append("\n## QR codes\n")
    out.append("- attack/05: inline PNG, payload `%s`" % QR_URL_DE)
    out.append("- attack/25: vector QR inside the PDF attachment, payload `%s`" % QR_URL_PL)
    out.append("- attack/29: QR drawn as an HTML table, payload `%s`" % QR_URL_ES)
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
        for n, e, r, o in STAFF:
            f.write("%s=%s\n" % (n, e))


def main():
    for d in ("attack", "business"):
        p = os.path.join(ROOT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    attacks()
    business()
    write_manifest()
    print("wrote %d messages" % len(MESSAGES))


if __name__ == "__main__":
    main()
