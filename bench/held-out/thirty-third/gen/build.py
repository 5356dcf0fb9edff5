#!/usr/bin/env python3
"""Deterministic generator for the Example Group mail-gateway evaluation set.
Stdlib only, no network, no unseeded randomness. Writes ../attack/*.eml,
../business/*.eml, ../MANIFEST.md and ../staff.txt relative to this file."""
import base64, hashlib, html, io, os, quopri, re, struct, zipfile, zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CRLF = "\r\n"

def h(seed, n=16, alphabet="0123456789abcdef"):
    """deterministic pseudo-random string derived from a seed"""
    out, i = "", 0
    while len(out) < n:
        d = hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        for b in d:
            out += alphabet[b % len(alphabet)]
        i += 1
    return out[:n]

def hn(seed, n):
    return h(seed, n, "0123456789")

# ---------------------------------------------------------------- IBANs
def _num(s):
    return "".join(str(int(c, 36)) for c in s)

def iban(cc, bban):
    chk = 98 - int(_num(bban + cc + "00")) % 97
    r = "%s%02d%s" % (cc, chk, bban)
    assert int(_num(r[4:] + r[:4])) % 97 == 1
    return r

def iban_ok(s):
    s = s.replace(" ", "")
    return int(_num(s[4:] + s[:4])) % 97 == 1

def fmt_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

_CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_cin(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        tot += _CIN_ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)

def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)

def _es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
    return {11: 0, 10: 1}.get(d, d)

def iban_es(bank, branch, acct):
    dc = "%d%d" % (_es_dc("00" + bank + branch), _es_dc(acct))
    return iban("ES", bank + branch + dc + acct)

def iban_pl(bank3, branch4, acct16):
    s7 = bank3 + branch4
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(a) * b for a, b in zip(s7, w)) % 10) % 10
    return iban("PL", s7 + str(c) + acct16)

def iban_be(bank3, acct7):
    base = bank3 + acct7
    c = int(base) % 97 or 97
    return iban("BE", base + "%02d" % c)

def ru_account(bik, acct20_with_key_pos):
    """Set control key (9th digit) of a Russian settlement account for a BIK."""
    a = list(acct20_with_key_pos)
    a[8] = "0"
    s = bik[-3:] + "".join(a)
    w = [7, 1, 3] * 8
    tot = sum((int(d) * w[i]) % 10 for i, d in enumerate(s))
    a[8] = str((tot % 10) * 3 % 10)
    s = bik[-3:] + "".join(a)
    assert sum(int(d) * w[i] for i, d in enumerate(s)) % 10 == 0
    return "".join(a)

# ---------------------------------------------------------------- QR code (byte mode, ECC M, versions 1..6)
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]

def _gmul(a, b):
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]

def _rs_ec(data, n):
    gen = [1]
    for i in range(n):
        ng = [0] * (len(gen) + 1)
        for j, c in enumerate(gen):
            ng[j] ^= c
            ng[j + 1] ^= _gmul(c, _EXP[i])
        gen = ng
    res = list(data) + [0] * n
    for i in range(len(data)):
        c = res[i]
        if c:
            for j in range(1, len(gen)):
                res[i + j] ^= _gmul(gen[j], c)
    return res[len(data):]

# version: (ec codewords per block, number of blocks, data codewords per block) -- level M
_QR_M = {1: (10, 1, 16), 2: (16, 1, 28), 3: (26, 1, 44), 4: (18, 2, 32), 5: (24, 2, 43), 6: (16, 4, 27)}

def qr_matrix(text, mask=None):
    data = text.encode("utf-8")
    for ver in range(1, 7):
        ecn, nb, dpb = _QR_M[ver]
        if 4 + 8 + 8 * len(data) <= nb * dpb * 8:
            break
    else:
        raise ValueError("too long for QR v6-M")
    cap = nb * dpb * 8
    bits = [0, 1, 0, 0] + [(len(data) >> i) & 1 for i in range(7, -1, -1)]
    for b in data:
        bits += [(b >> i) & 1 for i in range(7, -1, -1)]
    bits += [0] * min(4, cap - len(bits))
    bits += [0] * (-len(bits) % 8)
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = [0xEC, 0x11]
    k = 0
    while len(cw) < nb * dpb:
        cw.append(pad[k % 2]); k += 1
    blocks = [cw[i * dpb:(i + 1) * dpb] for i in range(nb)]
    ecs = [_rs_ec(b, ecn) for b in blocks]
    final = []
    for i in range(dpb):
        for b in blocks:
            final.append(b[i])
    for i in range(ecn):
        for e in ecs:
            final.append(e[i])
    size = 17 + 4 * ver
    M = [[0] * size for _ in range(size)]
    F = [[False] * size for _ in range(size)]
    def setf(x, y, v):
        M[y][x] = 1 if v else 0
        F[y][x] = True
    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    d = max(abs(dx), abs(dy))
                    setf(x, y, d not in (2, 4))
    if ver >= 2:
        p = size - 7
        for dy in range(-2, 3):
            for dx in range(-2, 3):
                setf(p + dx, p + dy, max(abs(dx), abs(dy)) != 1)
    def draw_format(msk):
        d = (0 << 3) | msk  # ECC level M = 00
        rem = d
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        fb = ((d << 10) | rem) ^ 0x5412
        bit = lambda i: (fb >> i) & 1
        for i in range(6):
            setf(8, i, bit(i))
        setf(8, 7, bit(6)); setf(8, 8, bit(7)); setf(7, 8, bit(8))
        for i in range(9, 15):
            setf(14 - i, 8, bit(i))
        for i in range(8):
            setf(size - 1 - i, 8, bit(i))
        for i in range(8, 15):
            setf(8, size - 15 + i, bit(i))
        setf(8, size - 8, 1)
    draw_format(0)  # reserve
    allbits = []
    for c in final:
        allbits += [(c >> i) & 1 for i in range(7, -1, -1)]
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
                if not F[y][x]:
                    if i < len(allbits):
                        M[y][x] = allbits[i]
                    i += 1
        right -= 2
    masks = [lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0, lambda x, y: x % 3 == 0,
             lambda x, y: (x + y) % 3 == 0, lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0, lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0]
    def apply(msk):
        for y in range(size):
            for x in range(size):
                if not F[y][x] and masks[msk](x, y):
                    M[y][x] ^= 1
    def penalty():
        p = 0
        for grid in (M, [list(r) for r in zip(*M)]):
            for row in grid:
                run, prev = 0, -1
                for v in row:
                    if v == prev:
                        run += 1
                    else:
                        if run >= 5: p += run - 2
                        run, prev = 1, v
                if run >= 5: p += run - 2
                s = "".join(map(str, row))
                p += 40 * (s.count("10111010000") + s.count("00001011101"))
        for y in range(size - 1):
            for x in range(size - 1):
                if M[y][x] == M[y][x + 1] == M[y + 1][x] == M[y + 1][x + 1]:
                    p += 3
        dark = sum(map(sum, M))
        p += abs(dark * 20 - size * size * 10) // (size * size) * 10
        return p
    best = None
    for msk in range(8) if mask is None else [mask]:
        apply(msk); draw_format(msk)
        pen = penalty()
        if best is None or pen < best[0]:
            best = (pen, msk)
        apply(msk)  # undo (xor)
    apply(best[1]); draw_format(best[1])
    return M

def png_gray(rows, scale=6, quiet=4):
    n = len(rows)
    W = (n + 2 * quiet) * scale
    raw = b""
    for yy in range(W):
        y = yy // scale - quiet
        line = bytearray([0])
        for xx in range(W):
            x = xx // scale - quiet
            dark = 0 <= x < n and 0 <= y < n and rows[y][x]
            line.append(0 if dark else 255)
        raw += bytes(line)
    def chunk(t, d):
        c = t + d
        return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, W, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

# ---------------------------------------------------------------- placeholder files
def pdf_placeholder(title, lines=()):
    """Minimal valid one-page PDF; content is a harmless placeholder."""
    def esc(s):
        return s.encode("latin-1", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    txt = [b"PLACEHOLDER DOCUMENT - evaluation corpus, no real content", esc(title)] + [esc(l) for l in lines]
    stream = b"BT /F1 11 Tf 50 790 Td 14 TL\n" + b"".join(b"(" + t + b") Tj T*\n" for t in txt) + b"ET\n"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out

def zip_placeholder(members, dt=(2026, 11, 2, 9, 0, 0)):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

INERT = ("INERT PLACEHOLDER for a malicious payload in a mail-filter evaluation corpus. "
         "Contains no executable code.").encode()

# ---------------------------------------------------------------- header encoding
def ew(s, cs, mode="Q"):
    """RFC 2047 encoded words (folded with CRLF SP) if s is not ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    def enc(t):
        b = t.encode(cs)
        if mode == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
        q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122 or x in b"-!*+/")
                    else ("_" if x == 32 else "=%02X" % x) for x in b)
        return "=?%s?Q?%s?=" % (cs, q)
    words, cur = [], ""
    for ch in s:
        if cur and len(enc(cur + ch)) > 74:
            words.append(enc(cur)); cur = ch
        else:
            cur += ch
    words.append(enc(cur))
    return (CRLF + " ").join(words)

def addr(name, email, cs="utf-8", mode="Q"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[()<>@,;:\\".\[\]]', name):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs, mode), email)

def fold(name, value):
    """fold a long ASCII header at spaces (encoded-word values are already folded)"""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or CRLF in value:
        return line
    out, cur = [], ""
    for tok in re.split(r"(?<=[ ,])", line):
        if cur and len(cur) + len(tok) > 76:
            out.append(cur.rstrip(" ")); cur = " " + tok.lstrip(" ")
        else:
            cur += tok
    out.append(cur)
    return CRLF.join(out)

# ---------------------------------------------------------------- MIME tree
def T(text, sub="plain", cs="utf-8", cte="quoted-printable", fmt_flowed=False):
    return {"k": "text", "sub": sub, "text": text, "cs": cs, "cte": cte, "flowed": fmt_flowed}

def A(data, ctype, filename=None, inline=False, cid=None, fn_cs="utf-8"):
    return {"k": "bin", "ctype": ctype, "data": data, "fn": filename, "inline": inline, "cid": cid, "fn_cs": fn_cs}

def Mp(sub, *parts):
    return {"k": "multi", "sub": sub, "parts": list(parts)}

def _encode_body(b, cte):
    if cte == "base64":
        return base64.encodebytes(b).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        q = quopri.encodestring(b.replace(b"\r\n", b"\n"))
        return q.replace(b"\n", b"\r\n") + (b"" if q.endswith(b"\n") else b"\r\n")
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") + b"\r\n"

def _fn_param(name, fn, cs):
    if all(ord(c) < 128 for c in fn):
        return '%s="%s"' % (name, fn)
    return "%s=\"%s\"" % (name, ew(fn, cs, "B").replace(CRLF + " ", ""))

def render(part, seed):
    """returns (list of header lines, body bytes)"""
    if part["k"] == "text":
        text = part["text"].replace("\r\n", "\n")
        if not text.endswith("\n"):
            text += "\n"
        raw = text.replace("\n", "\r\n").encode(part["cs"])  # strict: fails on unmappable chars
        ct = "text/%s; charset=\"%s\"" % (part["sub"], part["cs"])
        if part["flowed"]:
            ct += "; format=flowed"
        cte = part["cte"]
        if cte == "7bit" and any(b > 127 for b in raw):
            cte = "8bit"
        return [fold("Content-Type", ct), "Content-Transfer-Encoding: " + cte], _encode_body(raw, cte)
    if part["k"] == "bin":
        hd = []
        ct = part["ctype"]
        if part["fn"]:
            ct += "; " + _fn_param("name", part["fn"], part["fn_cs"])
        hd.append(fold("Content-Type", ct))
        if part["fn"]:
            disp = "inline" if part["inline"] else "attachment"
            hd.append(fold("Content-Disposition", disp + "; " + _fn_param("filename", part["fn"], part["fn_cs"])))
        elif part["inline"]:
            hd.append("Content-Disposition: inline")
        if part["cid"]:
            hd.append("Content-ID: <%s>" % part["cid"])
        hd.append("Content-Transfer-Encoding: base64")
        return hd, _encode_body(part["data"], "base64")
    bnd = part.get("boundary") or ("----=_Part_%s" % h(seed + part["sub"], 24) if part["sub"] != "alternative"
                                   else "_000_%s_" % h(seed + "alt", 20).upper())
    body = b""
    for i, p in enumerate(part["parts"]):
        ph, pb = render(p, seed + str(i))
        body += b"--" + bnd.encode() + b"\r\n" + CRLF.join(ph).encode() + b"\r\n\r\n" + pb
    body += b"--" + bnd.encode() + b"--\r\n"
    extra = '; type="text/html"' if part["sub"] == "related" else ""
    return [fold("Content-Type", 'multipart/%s; boundary="%s"%s' % (part["sub"], bnd, extra))], body

# ---------------------------------------------------------------- time helpers
TZ = {"CET": timezone(timedelta(hours=1)), "GMT": timezone(timedelta(0)), "EET": timezone(timedelta(hours=2)),
      "MSK": timezone(timedelta(hours=3)), "UTC": timezone.utc, "EST": timezone(timedelta(hours=-5)),
      "PST": timezone(timedelta(hours=-8)), "ICT": timezone(timedelta(hours=7)), "WAT": timezone(timedelta(hours=1))}

def when(day, hm, tz="CET", month=11):
    hh, mm = hm.split(":")
    sec = int(hn("%d%s%s" % (day, hm, tz), 2)) % 60
    return datetime(2026, month, day, int(hh), int(mm), sec, tzinfo=TZ[tz])

def fdate(dt):
    return format_datetime(dt)

# ---------------------------------------------------------------- link markup
LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")

def plain_links(s, style="angle"):
    if style == "angle":
        return LINK.sub(lambda m: "%s <%s>" % (m.group(1), m.group(2)), s)
    if style == "text":
        return LINK.sub(lambda m: m.group(1), s)
    return LINK.sub(lambda m: "%s: %s" % (m.group(1), m.group(2)), s)

def auto_html(s, font="Calibri, Arial, sans-serif", size="11pt", lang=None):
    paras = s.strip("\n").split("\n\n")
    out = []
    for p in paras:
        e = html.escape(p, quote=False)
        e = re.sub(r"\[\[(.+?)\|(.+?)\]\]", lambda m: '<a href="%s">%s</a>' % (m.group(2), m.group(1)), e)
        out.append("<p style=\"margin:0 0 10pt 0\">%s</p>" % e.replace("\n", "<br>\n"))
    la = ' lang="%s"' % lang if lang else ""
    return ('<html%s><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>\n'
            '<body><div style="font-family:%s;font-size:%s">\n%s\n</div></body></html>\n') % (la, font, size, "\n".join(out))

def with_cs(htmltext, cs):
    return htmltext.replace("__CS__", cs)

# ---------------------------------------------------------------- company
STAFF = [
    # name, address, role, office
    ("Markus Brandt", "markus.brandt@example.com", "Chief Executive Officer", "Regensburg (HQ, DE)"),
    ("Claudia Weber", "claudia.weber@example.com", "Chief Financial Officer", "Regensburg (HQ, DE)"),
    ("Jana Hoffmann", "jana.hoffmann@example.com", "Accounts Payable (Kreditorenbuchhaltung)", "Regensburg (HQ, DE)"),
    ("Anja Richter", "anja.richter@examplegroup.eu", "Payroll (Entgeltabrechnung)", "Regensburg (HQ, DE)"),
    ("Tobias Krüger", "tobias.krueger@example.com", "Head of HR", "Regensburg (HQ, DE)"),
    ("Felix Braun", "felix.braun@example.com", "IT Administrator", "Regensburg (HQ, DE)"),
    ("Sabine Lorenz", "sabine.lorenz@example.com", "Sales Germany (commercial PV)", "Regensburg (HQ, DE)"),
    ("Jonas Schäfer", "jonas.schaefer@example.com", "Project Manager PV plants", "Regensburg (HQ, DE)"),
    ("Lukas Neumann", "lukas.neumann@example.com", "Procurement / Einkauf", "Regensburg (HQ, DE)"),
    ("Petra Vogel", "petra.vogel@example.com", "Office Manager HQ, assistant to the CEO", "Regensburg (HQ, DE)"),
    ("Giulia Romano", "giulia.romano@example.com", "Country Manager Italy", "Bologna (IT)"),
    ("Marco Esposito", "marco.esposito@example.com", "Local accounting Italy", "Bologna (IT)"),
    ("Francesca Bianchi", "francesca.bianchi@examplegroup.eu", "Project Manager Italy", "Bologna (IT)"),
    ("Katarzyna Nowak", "katarzyna.nowak@example.com", "Office Manager Poland", "Wrocław (PL)"),
    ("Piotr Wiśniewski", "piotr.wisniewski@example.com", "Local accounting Poland", "Wrocław (PL)"),
    ("Michał Kowalczyk", "michal.kowalczyk@example.com", "Project Manager Poland", "Wrocław (PL)"),
    ("Lucía Fernández", "lucia.fernandez@example.com", "Local accounting Spain", "Valencia (ES)"),
    ("Javier Moreno", "javier.moreno@example.com", "Sales Spain (autoconsumo)", "Valencia (ES)"),
    ("Carmen Ruiz", "carmen.ruiz@examplegroup.eu", "Office Manager Spain", "Valencia (ES)"),
    ("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "Country Manager Greece", "Athens (GR)"),
    ("Eleni Georgiou", "eleni.georgiou@example.com", "Local accounting Greece", "Athens (GR)"),
    ("James Whitaker", "james.whitaker@example.com", "UK Sales & Office Lead", "Manchester (UK)"),
    ("Emma Clarke", "emma.clarke@example.com", "Accounts UK", "Manchester (UK)"),
    ("Dmitry Sokolov", "dmitry.sokolov@example.com", "Office Manager Russia", "Moscow (RU)"),
    ("Olga Ivanova", "olga.ivanova@example.com", "Local accounting Russia (главный бухгалтер)", "Moscow (RU)"),
]
S = {n.split()[0].lower(): (n, a) for n, a, _, _ in STAFF}

def st(first, cs="utf-8", mode="Q", name=None):
    n, a = S[first]
    return addr(name or n, a, cs, mode)

CORRESPONDENTS = [
    ("Lieferant GmbH (DE)", "Stefan Maier <s.maier@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de>",
     "Mounting systems and BOS components supplier, Regensburg"),
    ("Ferretti Trasporti S.p.A. (IT)", "Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it>",
     "Road haulage of panels/inverters Italy"),
    ("Partner Logistik sp. z o.o. (PL)", "Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl>",
     "Warehousing and last-mile logistics Poland"),
    ("SunVolt Inverters GmbH (DE, invented)", "auftrag@sunvolt-inverters.de", "Inverter distributor (referenced internally)"),
    ("Northern Solar Wholesale Ltd (UK, invented)", "credit.control@northernsolarwholesale.co.uk", "PV wholesaler UK"),
    ("Instalaciones Solares Levante S.L. (ES, invented)", "administracion@isolevante.es", "Installer subcontractor Valencia"),
    ("Ηλιακά Συστήματα Κρήτης Α.Ε. (GR, invented)", "logistirio@iliaka-kritis.gr", "Panel/inverter distributor Crete"),
    ("ООО «СолнцеЭнергоСнаб» (RU, invented)", "buh@solnce-snab.ru", "Equipment supplier Moscow"),
    ("Pennine Cold Storage Ltd (UK, invented)", "r.hughes@pennine-coldstore.co.uk", "Commercial PV customer"),
    ("Azienda Agricola Poggio Alto (IT, invented)", "poggioalto.agricola@libero.it", "Agri-PV customer"),
]

META = []
SEEN = set()

def mid(style, seed, domain=None):
    if style == "outlook":
        pre = ["AM0", "DB9", "VI1", "PA4", "DU2", "AS8", "GV1", "AM8", "DB8", "PAXP193"][int(hn(seed + "p", 1))]
        a = pre + ("PR0%dMB%s" % (int(hn(seed + "a", 1)) % 9 + 1, hn(seed + "b", 4)) if len(pre) == 3 else "MB" + hn(seed + "b", 4))
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (a, h(seed + "c", 22).upper(), a, int(hn(seed + "d", 1)) % 9 + 1)
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % h(seed, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if style == "uuid":
        x = h(seed, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], "4" + x[13:16], "a" + x[17:20], x[20:], domain)
    if style == "gmx":
        x = h(seed, 32)
        return "<trinity-%s-%s-%s-%s-%s-%s@3c-app-%s-bs%s>" % (
            x[:8], x[8:12], x[12:16], x[16:20], x[20:32], hn(seed, 13), domain, hn(seed + "q", 2))
    if style == "ses":
        return "<0107019%s-%s-%s-%s-%s-000000@eu-central-1.amazonses.com>" % (
            h(seed, 9), h(seed + "1", 8), h(seed + "2", 4), h(seed + "3", 4), h(seed + "4", 12))
    if style == "php":
        return "<%s@%s>" % (h(seed, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), domain)
    if style == "num":
        return "<%s.%s.%s@%s>" % (hn(seed, 13), hn(seed + "x", 6), hn(seed + "y", 10), domain)
    return "<%s@%s>" % (h(seed, 24), domain)

def qid(seed):
    return "4" + h(seed, 13, "BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789")

def cs_of(tree):
    if tree["k"] == "text":
        return ["%s %s/%s" % (tree["cs"], tree["sub"], {"quoted-printable": "QP", "base64": "B64"}.get(tree["cte"], tree["cte"]))]
    if tree["k"] == "multi":
        r = []
        for p in tree["parts"]:
            r += cs_of(p)
        return r
    return ["att:" + (tree["fn"] or tree["ctype"].split(";")[0])]

def msg(folder, fname, lang, what, why, *, rcpt, frm, to, subject, date, body, helo, rdns, ip,
        return_path, cs="utf-8", subj_mode="Q", cc=None, reply_to=None, msgid=None, hdrs=(),
        received=(), delay=37, internal=False, in_reply_to=None, references=None, mx_date=None):
    assert fname not in SEEN, fname
    SEEN.add(fname)
    mxd = mx_date or (date + timedelta(seconds=delay)).astimezone(TZ["CET"])
    L = ["Return-Path: <%s>" % return_path]
    if internal:
        L.append("Received: from mail-int01.example.com (mail-int01.example.com [10.20.0.25])\r\n"
                 "\tby mx01.example.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (qid(fname), rcpt, fdate(mxd)))
    else:
        L.append("Received: from %s (%s [%s])\r\n\tby mx01.example.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
                 % (helo, rdns, ip, qid(fname), rcpt, fdate(mxd)))
    for r in received:
        L.append("Received: " + r.replace("\n", "\r\n"))
    L.append(fold("From", frm) if CRLF not in frm else "From: " + frm)
    L.append(fold("To", to) if CRLF not in to else "To: " + to)
    if cc:
        L.append(fold("Cc", cc) if CRLF not in cc else "Cc: " + cc)
    if reply_to:
        L.append("Reply-To: " + reply_to)
    L.append("Subject: " + ew(subject, cs, subj_mode))
    L.append("Date: " + fdate(date))
    L.append("Message-ID: " + (msgid or mid("x", fname, "example.invalid")))
    if in_reply_to:
        L.append("In-Reply-To: " + in_reply_to)
    if references:
        L.append(fold("References", references))
    for x in hdrs:
        L.append(x.replace("\n", "\r\n"))
    L.append("MIME-Version: 1.0")
    bh, bb = render(body, fname)
    L += bh
    data = (CRLF.join(L) + CRLF + CRLF).encode("ascii") + bb
    d = os.path.join(ROOT, folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, fname), "wb") as f:
        f.write(data)
    META.append((folder, fname, lang, ", ".join(dict.fromkeys(cs_of(body))), what, why))

def alt(text, cs, cte="quoted-printable", html_text=None, cte_html=None, lang=None, font="Calibri, Arial, sans-serif"):
    ht = html_text if html_text is not None else auto_html(text, font=font, lang=lang)
    return Mp("alternative", T(plain_links(text), "plain", cs, cte), T(with_cs(ht, cs), "html", cs, cte_html or cte))

def plain(text, cs, cte="quoted-printable", style="angle", flowed=False):
    return T(plain_links(text, style), "plain", cs, cte, flowed)

def htmlonly(ht, cs, cte="quoted-printable"):
    return T(with_cs(ht, cs), "html", cs, cte)

def outlook_hdrs(seed, lang, topic, attach=False):
    return ["Thread-Topic: " + topic,
            "Thread-Index: " + base64.b64encode(hashlib.md5(seed.encode()).digest()[:14] + b"\x01\xdb").decode(),
            "Accept-Language: %s, en-US" % lang, "Content-Language: " + lang,
            "X-MS-Has-Attach: " + ("yes" if attach else ""), "X-MS-TNEF-Correlator: "]

def ms_received(seed, date, host, fromip="2603:10a6:20b:3a1::19"):
    a = "AM%dPR0%dMB%s" % (int(hn(seed, 1)) % 9 + 1, int(hn(seed + "v", 1)) % 9 + 1, hn(seed + "m", 4))
    return ("from %s.eurprd0%s.prod.outlook.com (%s) by %s.eurprd0%s.prod.outlook.com\n ([fe80::%s%%5]) with mapi id 15.20.8%s.0%s; %s"
            % (a, int(hn(seed + "z", 1)) % 7 + 1, fromip, a, int(hn(seed + "z", 1)) % 7 + 1, h(seed, 4),
               hn(seed + "k", 3), hn(seed + "j", 2), fdate(date.astimezone(TZ["UTC"])).replace("-0000", "+0000")))

def first(name):
    return S[name][1]

# ---------------------------------------------------------------- bank data
def nip_pl(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10
    return first9 + str(c)

NIP_EXAMPLE_PL = nip_pl("897186420")
NIP_PARTNER = nip_pl("894302756")

IB = {
    # genuine
    "lieferant_old": iban("DE", "75090000" + "0004417283"),
    "lieferant_new": iban("DE", "75060150" + "0004417283"),
    "ferretti": iban_it("02008", "02457", "000104829311"),
    "partner_old": iban_pl("124", "0670", "1111000056218841"),
    "partner_new": iban_pl("105", "0086", "1000009032765544"),
    "northern": iban("GB", "NWBK" + "010536" + "41229981"),
    "levante": iban_es("2100", "3868", "0200317745"),
    "iliaka": iban("GR", "011" + "0875" + "0000087547033219"),
    # attacker-controlled
    "a_lief": iban("DE", "75040062" + "0326851900"),
    "a_payroll": iban("DE", "12030000" + "1067243385"),
    "a_escrow_lt": iban("LT", "32500" + "48127730215"),
    "a_ferretti": iban_it("03069", "01601", "100000018377"),
    "a_partner": iban_pl("114", "0200", "0000391744521088"),
    "a_levante": iban_es("0081", "0693", "0001987234"),
    "a_domain_be": iban_be("967", "8712345"),
    "a_iliaka": iban("GR", "017" + "0215" + "0005215039871462"),
}
for _k, _v in IB.items():
    assert iban_ok(_v), _k
F = {k: fmt_iban(v) for k, v in IB.items()}
RU_BIK = "044525225"
RU_KS = "30101810400000000225"
RU_RS_SNAB = ru_account(RU_BIK, "40702810038000127364")

# ================================================================ ATTACK
A_ = "attack"

# 01 ------------------------------------------------------------------
d = when(24, "10:42")
quoted = """-----Ursprüngliche Nachricht-----
Von: Jana Hoffmann <jana.hoffmann@example.com>
Gesendet: Montag, 23. November 2026 16:05
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Cc: rechnungen@lieferant-gmbh.de
Betreff: AW: Rechnung RE-2026-11873 / Ihre Bestellung 4500-2291

Hallo Herr Maier,

die Rechnung ist bei uns eingegangen und liegt zur Freigabe bei Herrn Schäfer. Die Zahlung erfolgt mit dem nächsten Zahllauf.

Viele Grüße
Jana Hoffmann
Kreditorenbuchhaltung
Example Group | Regensburg"""
body = """Guten Tag Frau Hoffmann,

vielen Dank für Ihre Rückmeldung zur Rechnung RE-2026-11873.

Bitte beachten Sie vor der Zahlung: Unser Konto bei der Volksbank Regensburg wird im Zuge der laufenden Jahresabschlussprüfung bis Ende Januar nur noch für Lastschrifteinzüge genutzt. Überweisungen bitten wir ab sofort ausschließlich auf unser Geschäftskonto bei der Commerzbank vorzunehmen:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: COBADEFFXXX
Verwendungszweck: RE-2026-11873

Die Kontobestätigung der Bank habe ich Ihnen angehängt. Können Sie mir kurz mitteilen, wann die Zahlung angewiesen wird? Der offene Betrag von 48.716,30 € ist laut unserer Buchhaltung seit dem 20.11. fällig und unsere Warenkreditversicherung fragt bereits nach.

Mit freundlichen Grüßen

Stefan Maier
Vertriebsinnendienst

Lieferant GmbH | Im Gewerbepark D 45 | 93059 Regensburg
Tel. +49 941 46 37 12-14 | www.lieferant-gmbh.de
Amtsgericht Regensburg HRB 11482

%s""" % (F["a_lief"], quoted)
msg(A_, "01-de-lieferant-lookalike-bankwechsel.eml", "de",
    "Thread-hijack reply 'AW: Rechnung RE-2026-11873' from s.maier@lieferant-gmhb.de announcing a new Commerzbank account for an overdue invoice",
    "Supplier bank-detail change (invoice fraud/BEC): look-alike domain lieferant-gmhb.de (transposed letters), Hetzner VPS, quotes a real thread, urgency via credit insurer, fake bank confirmation PDF",
    rcpt=first("jana"), frm=addr("Stefan Maier", "s.maier@lieferant-gmhb.de"), to=st("jana"),
    cc="rechnungen@lieferant-gmhb.de", subject="AW: Rechnung RE-2026-11873 / Ihre Bestellung 4500-2291",
    date=d, cs="iso-8859-15",
    helo="mail.lieferant-gmhb.de", rdns="static.112.47.198.88.clients.your-server.de", ip="88.198.47.112",
    return_path="s.maier@lieferant-gmhb.de", msgid=mid("outlook", "a01"),
    in_reply_to=mid("outlook", "jana-orig-11873"), references=mid("outlook", "maier-orig-11873") + " " + mid("outlook", "jana-orig-11873"),
    hdrs=["X-Mailer: Microsoft Outlook 16.0"] + outlook_hdrs("a01", "de-DE", "Rechnung RE-2026-11873 / Ihre Bestellung 4500-2291", True),
    body=Mp("mixed", alt(body, "iso-8859-15", lang="de"),
            A(pdf_placeholder("Commerzbank AG - Kontobestaetigung Lieferant GmbH", ["IBAN " + F["a_lief"]]),
              "application/pdf", "Kontobestaetigung_Commerzbank.pdf")))

# 02 ------------------------------------------------------------------
d = when(12, "08:17")
body = """Frau Hoffmann,

sind Sie heute im Büro? Ich brauche kurzfristig Ihre Unterstützung bei einem vertraulichen Vorgang.

Wir stehen kurz vor der Unterzeichnung einer Beteiligung an einem Projektentwickler in Norditalien. Bis zur offiziellen Bekanntgabe ist das streng vertraulich – bitte auch noch nicht mit Frau Weber oder im Team darüber sprechen, ich informiere sie selbst nach dem Signing.

Die begleitende Kanzlei meldet sich heute Vormittag bei Ihnen und schickt Ihnen die Angaben zur Anzahlung auf das Treuhandkonto. Bitte antworten Sie nur an diese Adresse, ich sitze den ganzen Tag in Verhandlungen und komme nicht an meinen Firmenlaptop.

Danke und Gruß
Markus Brandt

Von meinem iPhone gesendet"""
msg(A_, "02-de-ceo-fraud-gmx.eml", "de",
    "'Markus Brandt' from m.brandt-office@gmx.net asks AP clerk for secrecy and to await a law firm's escrow instructions",
    "CEO fraud: free mailer, display-name impersonation of the CEO, secrecy (bypass CFO), pivot to a fake lawyer, reply only to this address",
    rcpt=first("jana"), frm=addr("Markus Brandt", "m.brandt-office@gmx.net"), to=st("jana"),
    subject="Kurze Rückfrage – vertraulich", date=d,
    helo="mout.gmx.net", rdns="mout.gmx.net", ip="212.227.17.21", return_path="m.brandt-office@gmx.net",
    msgid=mid("uuid", "a02", "gmx.net").upper().replace("GMX.NET", "gmx.net"),
    received=["from smtpclient.apple ([37.4.251.118]) by mail.gmx.net (mrgmx105\n [212.227.17.168]) with ESMTPSA (Nemesis) id 1MvK4x-1tQ9rZ3hjb-00rT2s for\n <jana.hoffmann@example.com>; " + fdate(d)],
    hdrs=["X-Mailer: iPhone Mail (22B91)", "Content-Language: de-DE"],
    body=plain(body, "utf-8", "quoted-printable"))

# 03 ------------------------------------------------------------------
d = when(16, "06:58")
url = "https://marktstammdatenregister-portal.de/MaStR/Einheit/Detail/SEE936104827512?anmeldung=sso"
body = """Sehr geehrte Damen und Herren,

bei der Plausibilisierung der im Marktstammdatenregister (MaStR) gemeldeten Stromerzeugungseinheiten wurde festgestellt, dass für die folgende Einheit Angaben fehlen:

MaStR-Nummer der Einheit: SEE936104827512
Anlagenbetreiber: Example Group
Bezeichnung: PV-Dachanlage Logistikzentrum Straubing (749,8 kWp)
Fehlende Angabe: Zählpunktbezeichnung / Bestätigung durch den Netzbetreiber

Bis zur vollständigen Registrierung besteht gemäß § 52 EEG kein Anspruch auf Zahlung der Marktprämie bzw. der Einspeisevergütung. Ihr Netzbetreiber wurde über den Status der Einheit informiert.

Bitte vervollständigen Sie die Angaben bis zum 30.11.2026 im Webportal:
[[Einheit im MaStR-Webportal öffnen|%s]]

Die Anmeldung erfolgt wie gewohnt mit Ihrem Benutzerkonto (Benutzername und Passwort).

Mit freundlichen Grüßen
Ihr Team Marktstammdatenregister

Bundesnetzagentur für Elektrizität, Gas, Telekommunikation, Post und Eisenbahnen
Tulpenfeld 4, 53113 Bonn

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""" % url
msg(A_, "03-de-fake-marktstammdatenregister.eml", "de",
    "'Marktstammdatenregister' notice: PV unit registration incomplete, feed-in payments withheld, log in by 30.11.",
    "Credential phishing with a trade-specific fake authority (Bundesnetzagentur MaStR); look-alike domain marktstammdatenregister-portal.de, PHPMailer on a bullet-proof VPS",
    rcpt=first("jonas"), frm=addr("Marktstammdatenregister der Bundesnetzagentur", "benachrichtigung@marktstammdatenregister-portal.de"),
    to=st("jonas"), subject="MaStR: Registrierung Ihrer Einheit SEE936104827512 unvollständig – Frist 30.11.2026",
    date=d, helo="mail.marktstammdatenregister-portal.de", rdns="vm1882241.stark-industries.solutions", ip="45.145.167.83",
    return_path="bounce@marktstammdatenregister-portal.de", msgid=mid("php", "a03", "marktstammdatenregister-portal.de"),
    hdrs=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt(body, "utf-8", "quoted-printable", lang="de", font="Arial, Helvetica, sans-serif"))

# 04 ------------------------------------------------------------------
d = when(26, "09:31")
phish_html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Microsoft Office 365 - Dokument anzeigen</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2}.box{width:360px;margin:80px auto;background:#fff;padding:40px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666}button{background:#0067b8;color:#fff;border:0;padding:8px 30px;float:right}</style></head>
<body><div class="box"><img alt="Microsoft" src="https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo.svg">
<h2>Anmelden</h2><p>Das Zahlungsavis ist geschützt. Bitte bestätigen Sie Ihr Konto, um das Dokument anzuzeigen.</p>
<form method="post" action="https://remit-view-3f7.pages.dev/api/auth">
<input type="email" name="login" value="sabine.lorenz@example.com" readonly>
<input type="password" name="passwd" placeholder="Kennwort">
<input type="hidden" name="doc" value="Zahlungsavis_26112026">
<button type="submit">Anmelden</button></form></div>
<!-- evaluation corpus: inert credential-phishing attachment, no script --></body></html>
"""
body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unser Zahlungsavis zur heutigen Überweisung (2. Abschlag PV-Anlage Dach Werkstatthalle).

Bitte prüfen Sie die Zuordnung der Beträge und geben Sie uns kurz Bescheid, falls Abweichungen bestehen.

Mit freundlichen Grüßen

i.A. Melanie Lechner
Buchhaltung

Autohaus Lechner GmbH & Co. KG
Landshuter Str. 112 · 84130 Dingolfing
Tel. 08731 3290-24"""
msg(A_, "04-de-zahlungsavis-html-anhang.eml", "de",
    "'Zahlungsavis' from a customer's real (compromised) mailbox with an .htm attachment that opens a fake Microsoft sign-in pre-filled with the recipient",
    "HTML-attachment credential phishing sent from a compromised genuine customer domain (IONOS); form posts to pages.dev",
    rcpt=first("sabine"), frm=addr("Melanie Lechner | Autohaus Lechner", "buchhaltung@autohaus-lechner.de"), to=st("sabine"),
    subject="Zahlungsavis 26.11.2026", date=d, cs="iso-8859-1",
    helo="mout.kundenserver.de", rdns="mout.kundenserver.de", ip="212.227.126.133", return_path="buchhaltung@autohaus-lechner.de",
    msgid=mid("uuid", "a04", "autohaus-lechner.de"),
    received=["from [192.168.178.34] ([91.64.18.203]) by mrelayeu.kundenserver.de\n (mreue010 [212.227.15.167]) with ESMTPSA (Nemesis) id 1N0X8o-1tGk2d0Bg8-00xK3B for\n <sabine.lorenz@example.com>; " + fdate(d)],
    hdrs=["User-Agent: Mozilla Thunderbird", "Content-Language: de-DE"],
    body=Mp("mixed", plain(body, "iso-8859-1", "quoted-printable", flowed=True),
            A(phish_html.encode(), "text/html; charset=utf-8", "Zahlungsavis_26112026.htm")))

# 05 ------------------------------------------------------------------
d = when(5, "11:12")
url = "https://meinekfw-zuschuss.de/portal/fachunternehmer/legitimation?vg=458-2026-0847312"
body = """Sehr geehrte Damen und Herren,

für den Zuschussantrag Ihres Kunden im Programm 458 (Heizungsförderung für Privatpersonen - Wohngebäude), Vorgangsnummer 458-2026-0847312, liegt uns Ihre Bestätigung nach Durchführung (BnD) vor.

Seit dem 01.11.2026 müssen Fachunternehmen ihre Identität im Kundenportal "Meine KfW" einmalig bestätigen, bevor eine BnD zur Auszahlung an den Antragsteller freigegeben werden kann. Die Prüfung dauert etwa 3 Minuten.

[[Identität jetzt bestätigen|%s]]

Bitte schließen Sie die Bestätigung innerhalb von 7 Tagen ab. Andernfalls wird der Vorgang an den Antragsteller zurückgegeben und die Auszahlung des Zuschusses verzögert sich.

Freundliche Grüße
Ihre KfW

KfW, Palmengartenstraße 5-9, 60325 Frankfurt am Main
Diese E-Mail wurde automatisch erstellt.""" % url
msg(A_, "05-de-fake-kfw-heizungsfoerderung.eml", "de",
    "'KfW' asks the installer to verify its identity for a heat-pump subsidy (programme 458) confirmation",
    "Credential phishing with a trade-specific fake subsidy authority; look-alike domain meinekfw-zuschuss.de sent through an abused SendGrid account",
    rcpt=first("sabine"), frm=addr("KfW Förderportal", "service@meinekfw-zuschuss.de", "iso-8859-15"), to=st("sabine"),
    subject="Vorgang 458-2026-0847312: Bestätigung nach Durchführung - Identitätsprüfung erforderlich",
    date=d, cs="iso-8859-15",
    helo="o3.ptr4417.meinekfw-zuschuss.de", rdns="o3.ptr4417.meinekfw-zuschuss.de", ip="149.72.154.232",
    return_path="bounces+40918221-9f3c-sabine.lorenz=example.com@em4417.meinekfw-zuschuss.de",
    msgid="<%s@geopod-ismtpd-12>" % h("a05", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
    hdrs=["X-SG-EID: " + h("a05eid", 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
          "X-Entity-ID: u001." + h("a05e", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")],
    body=alt(body, "iso-8859-15", "base64", lang="de", font="Arial, sans-serif"))

# 06 ------------------------------------------------------------------
d = when(18, "19:52")
body = """Hallo Anja,

ich habe mein Gehaltskonto gewechselt (zur DKB, das alte Konto bei der Sparkasse löse ich zum Jahresende auf). Kannst du das bitte schon für die Novemberabrechnung umstellen?

Neue Bankverbindung:
Kontoinhaberin: Sabine Lorenz
IBAN: %s
BIC: BYLADEM1001

Ich schreibe von privat, weil ich gerade beim Kunden in Straubing bin und mit dem Diensthandy kaum Empfang habe. Das Formular reiche ich nach, sobald ich wieder im Büro bin – falls du vorher noch etwas brauchst, schreib mir einfach hier.

Danke dir!
Sabine""" % F["a_payroll"]
msg(A_, "06-de-payroll-diversion-webde.eml", "de",
    "'Sabine Lorenz' from a private web.de address asks payroll to switch her salary account before the November run",
    "Payroll diversion BEC: free mailer, evening send, asks to skip the form, account at a direct bank",
    rcpt="anja.richter@examplegroup.eu", frm=addr("Sabine Lorenz", "sabine.lorenz85@web.de"), to=st("anja"),
    subject="Neue Bankverbindung fürs Gehalt", date=d,
    helo="mout.web.de", rdns="mout.web.de", ip="217.72.192.78", return_path="sabine.lorenz85@web.de",
    msgid=mid("gmx", "a06", "webde"),
    received=["from [5.181.171.44] ([5.181.171.44]) by web-mail.web.de\n (3c-app-webde-bap17.server.lan [172.19.172.17]) (via HTTP); " + fdate(d)],
    hdrs=["Importance: normal", "Sensitivity: Normal", "X-Priority: 3", "X-UI-Message-Type: mail", "X-Provags-ID: V03:K1:" + h("a06p", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")],
    body=alt(body, "utf-8", "quoted-printable", lang="de", font="Verdana", ))

# 07 ------------------------------------------------------------------
d = when(10, "14:03")
body = """Hallo Herr Schäfer,

wie besprochen anbei Aufmaß und Schlussrechnung für die Kabeltrassen und den AC-Anschluss BV Landshut Halle 3. Wegen der Dateigröße als ZIP.

Bitte geben Sie die Rechnung an Ihre Buchhaltung weiter, Zahlungsziel wie vereinbart 14 Tage.

Grüße aus Vilsbiburg
Thomas Gruber

Elektrotechnik Gruber e.K.
Frontenhausener Str. 8, 84137 Vilsbiburg
Tel. 08741 92 07 33"""
z = zip_placeholder([("Aufmass_Rechnung_BV_Landshut_Halle3.js", b"// " + INERT + b"\n")])
msg(A_, "07-de-malware-zip-subunternehmer.eml", "de",
    "Subcontractor 'Elektrotechnik Gruber' sends 'Aufmaß und Schlussrechnung' as ZIP (inner .js file)",
    "Malware dropper from a compromised genuine subcontractor mailbox (Strato); ZIP with script (inert placeholder)",
    rcpt=first("jonas"), frm=addr("Elektrotechnik Gruber", "info@elektrotechnik-gruber.de"), to=st("jonas"),
    subject="Aufmaß und Rechnung BV Landshut Halle 3", date=d,
    helo="mo4-p00-ob.smtp.rzone.de", rdns="mo4-p00-ob.smtp.rzone.de", ip="81.169.146.162", return_path="info@elektrotechnik-gruber.de",
    msgid=mid("x", "a07", "elektrotechnik-gruber.de"),
    received=["from DESKTOP-GRUBER01 by smtp.strato.de (RZmta 51.2.11 AUTH)\n with ESMTPSA id z0c1a7y9AD3Ha1b (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate) for <jonas.schaefer@example.com>; " + fdate(d)],
    hdrs=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de", "X-RZG-AUTH: :P2EQZWCpfu+qG7CngxMFH1J+3q8wa/QXkBR9MXjAuzpIG0mv9coXAg5l+Vz7FJgt8+TgOOIa"],
    body=Mp("mixed", plain(body, "utf-8", "base64"), A(z, "application/x-zip-compressed", "Aufmass_Rechnung_BV_Landshut.zip")))

# 08 ------------------------------------------------------------------
d = when(3, "15:27")
txt = """Solar-Direkt Vertrieb hat Ihnen eine Rechnung über 1.389,00 EUR gesendet

Hinweis vom Verkäufer:
Ihre Bestellung 3x Wechselrichter Huawei SUN2000-10KTL-M1 wurde mit 1.389,00 EUR über Ihr PayPal-Konto verbucht. Wenn Sie diesen Kauf nicht getätigt haben, rufen Sie bitte umgehend unsere Kundenbetreuung unter +49 30 2555 8790 an (Mo-Sa 8-20 Uhr), um die Stornierung und Rückerstattung zu veranlassen.

Rechnungsnummer: 0417
Fällig am: 03.12.2026
Betrag: 1.389,00 EUR

[[Rechnung anzeigen und bezahlen|https://www.paypal.com/invoice/p/#INV2-7K4D-QN2B-8XWR-HV3F]]

Sie haben Fragen? Unser Hilfe-Center finden Sie unter paypal.de/hilfe.

Copyright © 1999-2026 PayPal. Alle Rechte vorbehalten.
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburg
PPC000654:1.9:2f1c0a3e8b5d7"""
msg(A_, "08-de-paypal-rechnung-callback.eml", "de",
    "Genuine PayPal invoice e-mail whose seller note claims a 1.389 EUR inverter purchase and gives a 'support' phone number",
    "Callback phishing abusing a legitimate service (PayPal invoicing): authentic PayPal infrastructure, the attack is only the phone number in the seller note",
    rcpt=first("lukas"), frm=addr("service@paypal.de", "service@paypal.de"), to=st("lukas"),
    subject="Rechnung von Solar-Direkt Vertrieb (#0417)", date=d,
    helo="mx0.slc.paypal.com", rdns="mx0.slc.paypal.com", ip="173.0.84.226",
    return_path="bounce-%s@bounce.paypal.de" % hn("a08", 10), msgid="<%s.%s@paypal.com>" % (h("a08", 16), hn("a08n", 7)),
    hdrs=["X-MaxCode-Template: PPC000654", "X-Email-Type-Id: PPC000654"],
    body=alt(txt, "utf-8", "quoted-printable", lang="de", font="Helvetica Neue, Arial, sans-serif"))

# 09 ------------------------------------------------------------------
d = when(9, "10:05", "GMT")
url = "https://mcscertified-portal.co.uk/installer/login?ref=NAP-7741206"
body = """Dear James Whitaker,

Your MCS certification for Example Group UK Ltd (certificate NAP-7741206, technologies: Solar PV, Air Source Heat Pumps) is due for renewal on 30 November 2026.

Our records show the following documents are still outstanding for the annual review under MIS 3002 / MIS 3005-I:

- Evidence of current Consumer Code membership (RECC or HIES)
- Public liability insurance certificate (minimum GBP 2m)
- Two completed installation handover packs from the last 12 months

Please upload the documents through the Installer Portal before the renewal date. If the renewal is not completed, the certificate will be suspended and installations commissioned after suspension will not be eligible for the Smart Export Guarantee or the Boiler Upgrade Scheme.

[[Sign in to the MCS Installer Portal|%s]]

Kind regards,

Certification Team
MCS Service Company Ltd
Violet 2, Floor 2, 1-3 Redgate Mill, Oldham Road, Manchester""" % url
msg(A_, "09-en-fake-mcs-renewal.eml", "en",
    "'MCS Certification' says the UK installer certificate lapses on 30 Nov unless documents are uploaded to the Installer Portal",
    "Credential phishing with a trade-specific UK brand (MCS; SEG/BUS eligibility as lever); look-alike domain on Mailgun",
    rcpt=first("james"), frm=addr("MCS Certification", "certification@mcscertified-portal.co.uk"), to=st("james"),
    subject="Action required: MCS certificate NAP-7741206 renewal - documents outstanding", date=d,
    helo="m228-12.mailgun.net", rdns="m228-12.mailgun.net", ip="159.135.228.12",
    return_path="bounce+6c1f2e.9a7b1-james.whitaker=example.com@mg.mcscertified-portal.co.uk",
    msgid="<%s.%s@mg.mcscertified-portal.co.uk>" % (hn("a09", 14), h("a09x", 10)),
    hdrs=["X-Mailgun-Sid: " + h("a09s", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "X-Mailgun-Variables: {\"tpl\": \"renewal\"}"],
    body=alt(body, "utf-8", "quoted-printable", lang="en", font="Arial, sans-serif"))

# 10 QR ---------------------------------------------------------------
d = when(13, "07:48", "GMT")
QR_URL = "https://login.examplegroup-sso.com/mfa/reg?u=james.whitaker%40example.com"
qr_png = png_gray(qr_matrix(QR_URL), scale=5)
QR_PNG_FOR_CHECK = qr_png
ht = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>
<body style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;color:#323130;background:#ffffff">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #e1dfdd"><tr><td style="padding:24px">
<div style="font-size:20px;font-weight:600;margin-bottom:16px">Microsoft 365</div>
<p style="font-size:14px">Hello James,</p>
<p style="font-size:14px">Your organisation's security policy has been updated. The authenticator registration for
<b>james.whitaker@example.com</b> expires on <b>14 November 2026</b>.</p>
<p style="font-size:14px">To keep access to Outlook, Teams and SharePoint, scan the code below with your phone camera and
complete the re-registration. This takes less than two minutes.</p>
<p style="text-align:center"><img src="cid:mfa-%s@example" width="215" height="215" alt="QR code"></p>
<p style="font-size:12px;color:#605e5c">If you do not re-register, multi-factor sign-in will be disabled and you may be signed out of all devices.</p>
<p style="font-size:11px;color:#a19f9d">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>This message was sent from an unmonitored mailbox.</p>
</td></tr></table></body></html>
""" % h("a10cid", 8)
ptxt = """Hello James,

Your organisation's security policy has been updated. The authenticator registration for james.whitaker@example.com expires on 14 November 2026.

To keep access to Outlook, Teams and SharePoint, scan the QR code in this message with your phone camera and complete the re-registration.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"""
msg(A_, "10-en-qr-mfa-reregistration.eml", "en",
    "'Microsoft 365' MFA re-registration notice; the only link is inside an inline PNG QR code (decodes to %s)" % QR_URL,
    "Quishing: credential-phishing URL hidden in a real, decodable QR image (no clickable link), sent from a compromised dental practice's mailbox with a Microsoft display name",
    rcpt=first("james"), frm=addr("Microsoft 365 Admin", "admin@brightwaterdental.co.uk"), to=st("james"),
    subject="Action Required: Re-register MFA for james.whitaker@example.com before 14/11/2026", date=d,
    helo="uk1-smtp.krystal.uk", rdns="uk1-smtp.krystal.uk", ip="185.119.173.43", return_path="admin@brightwaterdental.co.uk",
    msgid=mid("php", "a10", "brightwaterdental.co.uk"),
    hdrs=["X-Mailer: Microsoft Office Outlook 12.0", "X-Priority: 1 (Highest)", "Importance: High"],
    body=Mp("alternative", plain(ptxt, "utf-8", "7bit"),
            Mp("related", T(with_cs(ht, "utf-8"), "html", "utf-8", "quoted-printable"),
               A(qr_png, "image/png", "image001.png", inline=True, cid="mfa-%s@example" % h("a10cid", 8)))))

# 11 ------------------------------------------------------------------
d = when(21, "03:14", "ICT")
body = """Hello Emma,

I'll get straight to the point. I have had access to your devices for several months now. You may have noticed that this email was sent from your own account - that is how much control I have.

During this time I installed software on your laptop that records the screen and the camera. I have collected your contacts, your browser history and some videos you would not want your colleagues at Example Group or your family to see.

I am not interested in making this public. To delete everything and leave your devices alone I want 1450 USD in Bitcoin.

Send it to this wallet: bc1qx7h2m9t4kz0w3v8s6ldy5ranq2p7ufj4c9e8g3

If you do not know how to buy Bitcoin, search "buy bitcoin" on Google. You have 48 hours from the moment you open this email - I receive a notification when you read it. If I do not get the payment, the videos go to all your contacts.

Do not reply to this email, it is not monitored. Do not go to the police, it will not help you.
"""
msg(A_, "11-en-sextortion-self-spoof.eml", "en",
    "Sextortion claiming device compromise, sent 'from' the recipient's own address, demands 1450 USD in Bitcoin within 48 hours",
    "Extortion with spoofed own address (example.com) from a Vietnamese dynamic IP, not from the internal relay",
    rcpt=first("emma"), frm=st("emma"), to=st("emma"), subject="emma.clarke", date=d,
    helo="[113.172.54.201]", rdns="unknown", ip="113.172.54.201", return_path="emma.clarke@example.com",
    msgid="<%s@example.com>" % h("a11", 32), hdrs=["X-Priority: 3"],
    body=plain(body, "us-ascii", "7bit"))

# 12 ------------------------------------------------------------------
d = when(19, "16:40")
frag = base64.b64encode(b"markus.brandt@example.com").decode()
url = "https://pub-7c3e91f04ad84b62a1f9e0c55d2b7a31.r2.dev/ds/review.html#" + frag
body = """Stadtwerke Straubing Energiehandel sent you a document to review and sign.

[[REVIEW DOCUMENT|%s]]

Dr. Katrin Hausladen
k.hausladen@stadtwerke-straubing-energie.de

Dear Mr Brandt,

please find attached the final version of the power purchase agreement for Solarpark Aiterhofen II (PPA_Solarpark_Aiterhofen_final.pdf) including the agreed floor price. Please sign by Friday so that we can countersign before the board meeting.

Kind regards
Katrin Hausladen

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.""" % url
msg(A_, "12-en-docusign-r2-ppa.eml", "en",
    "Docusign-style envelope 'PPA Solarpark Aiterhofen II' for the CEO; link goes to a Cloudflare R2 bucket with his address base64-encoded in the URL fragment",
    "Credential phishing (AiTM kit) imitating Docusign, look-alike utility domain stadtwerke-straubing-energie.de via Amazon SES, victim e-mail hidden in URL fragment",
    rcpt=first("markus"), frm=addr("Stadtwerke Straubing Energiehandel via Docusign", "dse@stadtwerke-straubing-energie.de"), to=st("markus"),
    subject="Complete with Docusign: PPA_Solarpark_Aiterhofen_final.pdf", date=d,
    helo="a7-19.smtp-out.eu-west-1.amazonses.com", rdns="a7-19.smtp-out.eu-west-1.amazonses.com", ip="54.240.7.19",
    return_path="0102019%s-000000@eu-west-1.amazonses.com" % h("a12r", 30),
    msgid=mid("ses", "a12"), hdrs=["Feedback-ID: ::1.eu-west-1.%s:AmazonSES" % h("a12f", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")],
    body=alt(body, "utf-8", "quoted-printable", lang="en", font="Helvetica, Arial, sans-serif"))

# 13 ------------------------------------------------------------------
d = when(27, "09:02")
body = """Hi Emma,

Are you at your desk? I need a small favour handled discreetly this morning. I'm stuck in back-to-back meetings with investors in Munich and can't take calls.

I'd like to thank the installation crews in Manchester for this year with a surprise - Apple gift cards, 8 x £100. Could you pick them up this morning (Tesco or Currys have them) and send me photos of the backs with the codes scratched off? Keep the receipts, Claudia will reimburse you through expenses.

Please keep it between us for now so the surprise isn't spoiled.

Thanks,
Markus

Sent from Outlook for iOS"""
msg(A_, "13-en-ceo-giftcards-outlookcom.eml", "en",
    "'Markus' (CEO) from an outlook.com address asks UK accounts to buy 8 x GBP 100 Apple gift cards and send photos of the codes",
    "Gift-card BEC: CEO display name on a consumer outlook.com account (genuine Microsoft infra), secrecy, cannot call",
    rcpt=first("emma"), frm=addr("Markus Brandt", "markus.brandt.exgroup@outlook.com"), to=st("emma"),
    subject="Quick favour", date=d,
    helo="EUR03-AM7-obe.outbound.protection.outlook.com", rdns="mail-am7eur03olkn2081.outbound.protection.outlook.com", ip="40.92.59.81",
    return_path="markus.brandt.exgroup@outlook.com", msgid=mid("outlook", "a13"),
    received=[ms_received("a13", d, "x")],
    hdrs=outlook_hdrs("a13", "en-GB", "Quick favour"),
    body=alt(body, "utf-8", "quoted-printable", lang="en"))

# 14 ------------------------------------------------------------------
d = when(4, "13:20")
body = """DOMAIN REGISTRY SERVICES EUROPE
Annual Search Engine Registration - FINAL NOTICE

Domain name: EXAMPLE.COM
Customer: Example Group, IT Department
Invoice no.: DRS-2026-558120
Service period: 05.12.2026 - 04.12.2027
Amount due: EUR 489.00

Our records show that the search engine registration for EXAMPLE.COM has not been renewed. Without renewal the domain will no longer be submitted to our search engine network and your online visibility may decrease.

Please transfer the amount due by 11.12.2026 to:
Beneficiary: DRS Europe Services Ltd
IBAN: %s
BIC: TRWIBEB1XXX
Reference: DRS-2026-558120

The invoice is attached as PDF.

This notice is not an invoice for domain name registration. You are under no obligation to pay unless you accept this offer. Domain Registry Services Europe is not a registrar.

Accounts Department
Domain Registry Services Europe""" % F["a_domain_be"]
msg(A_, "14-en-domain-seo-invoice.eml", "en",
    "'Domain Registry Services Europe' FINAL NOTICE: EUR 489 'search engine registration' for example.com payable to a Belgian (Wise) IBAN",
    "Invoice fraud / fake renewal solicitation (small-print disclaimer), bulk-sent from a VPS, payment to a money-service IBAN",
    rcpt=first("felix"), frm=addr("Domain Registry Services Europe", "billing@domainregistry-services.eu"), to=st("felix"),
    subject="FINAL NOTICE: EXAMPLE.COM - Invoice DRS-2026-558120", date=d,
    helo="srv2.domainregistry-services.eu", rdns="vps-5e1c8a2b.vps.ovh.net", ip="51.210.98.37", return_path="billing@domainregistry-services.eu",
    msgid=mid("php", "a14", "domainregistry-services.eu"), hdrs=["X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"],
    body=Mp("mixed", plain(body, "us-ascii", "7bit"),
            A(pdf_placeholder("Invoice DRS-2026-558120 EXAMPLE.COM", ["IBAN " + F["a_domain_be"]]), "application/pdf", "Invoice_DRS-2026-558120.pdf")))

# 15 ------------------------------------------------------------------
d = when(17, "05:41")
body = """Dear Customer,

Please find attached the Arrival Notice for the following shipment:

B/L No.: MAEU261187043
Container: MRKU4471206 (40' HC)
Vessel / Voyage: MAERSK ESSEN / 246W
Port of discharge: Hamburg (DEHAM) - ETA 19 Nov 2026
Consignee: EXAMPLE GROUP

Kindly review the arrival notice and settle the local charges (THC, documentation fee) before release of the delivery order. Demurrage will apply from the first free day.

Best regards,
Import Documentation Team
Maersk Customer Service

This email was sent from a notification-only address that cannot accept incoming email."""
msg(A_, "15-en-maersk-arrival-notice-img.eml", "en",
    "'Maersk' arrival notice for a container of panels with an attached disk image 'ArrivalNotice_MAEU261187043.img'",
    "Malware dropper (disk-image attachment to evade MOTW, inert placeholder), carrier brand on look-alike maersk-docs.com, residential-proxy IP",
    rcpt=first("lukas"), frm=addr("Maersk Customer Service", "noreply@maersk-docs.com"), to=st("lukas"),
    subject="Arrival Notice - B/L MAEU261187043 - MRKU4471206 - ETA DEHAM 19/11", date=d,
    helo="maersk-docs.com", rdns="ip-146-70-117-22.static.m247.com", ip="146.70.117.22", return_path="noreply@maersk-docs.com",
    msgid=mid("x", "a15", "maersk-docs.com"),
    body=Mp("mixed", alt(body, "utf-8", "7bit", lang="en", font="Arial"),
            A(INERT * 4, "application/octet-stream", "ArrivalNotice_MAEU261187043.img")))

# 16 ------------------------------------------------------------------
d = when(30, "11:26")
url = "https://ferretti-cmr-docs.pages.dev/s/CMR_Nov2026?e=lukas.neumann%40example.com"
body = """Chiara Colombo shared a file with you

CMR Novembre 2026 - Example Group.pdf

"Good morning, please find the signed CMRs for the November deliveries (Bologna / Regensburg). Let me know if anything is missing. Chiara"

[[Open|%s]]

This link will work for anyone with the link. Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""" % url
msg(A_, "16-en-compromised-ferretti-share.eml", "en",
    "File-share notification 'Chiara Colombo shared CMR Novembre 2026' from the real Ferretti Trasporti mailbox, link to a Cloudflare Pages site",
    "Phishing from a compromised genuine correspondent (ferretti-trasporti.it, genuine Microsoft 365 infra); recipients in Bcc, SharePoint look but pages.dev link",
    rcpt=first("lukas"), frm=addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it"),
    subject='Chiara Colombo shared "CMR Novembre 2026 - Example Group" with you', date=d,
    helo="EUR02-VI1-obe.outbound.protection.outlook.com", rdns="mail-vi1eur02on2110.outbound.protection.outlook.com", ip="40.107.241.110",
    return_path="c.colombo@ferretti-trasporti.it", msgid=mid("outlook", "a16"),
    received=[ms_received("a16", d, "x")], hdrs=outlook_hdrs("a16", "it-IT", "CMR Novembre 2026"),
    body=alt(body, "utf-8", "quoted-printable", lang="en", font="Segoe UI, sans-serif"))

# 17 IT ----------------------------------------------------------------
d = when(6, "12:48")
url = "https://areaclienti.gse-areaclienti.it/spid/login?pratica=FTV-2026-118402"
body = """Gentile Operatore,

nell'ambito delle verifiche periodiche sulle convenzioni in essere, le comunichiamo che i pagamenti relativi alla pratica n. FTV-2026-118402 (impianto fotovoltaico da 198,4 kWp - Soggetto Responsabile: EXAMPLE GROUP ITALIA S.R.L.) sono stati sospesi, in quanto le coordinate bancarie registrate non risultano associate al codice fiscale del Soggetto Responsabile.

Per riattivare l'erogazione dei corrispettivi è necessario confermare l'IBAN accedendo all'Area Clienti con SPID o CIE entro 5 giorni lavorativi dalla ricezione della presente.

[[Accedi all'Area Clienti GSE|%s]]

Decorso tale termine la convenzione verrà posta in stato di "sospensione amministrativa" e i corrispettivi maturati saranno trattenuti fino alla regolarizzazione.

Cordiali saluti

Gestore dei Servizi Energetici - GSE S.p.A.
Direzione Operativa - Unità Gestione Convenzioni
Viale Maresciallo Pilsudski, 92 - 00197 Roma

Messaggio generato automaticamente, si prega di non rispondere.""" % url
msg(A_, "17-it-fake-gse-sospensione.eml", "it",
    "'GSE' says Conto Energia / RID payments for a PV plant are suspended until the IBAN is confirmed via SPID login",
    "Credential (SPID) and bank-data phishing using the Italian energy authority GSE; look-alike domain gse-areaclienti.it on a VPS",
    rcpt=first("giulia"), frm=addr("GSE - Area Clienti", "notifiche@gse-areaclienti.it"), to=st("giulia"),
    subject="Sospensione pagamenti - verifica coordinate IBAN (pratica n. FTV-2026-118402)", date=d, cs="iso-8859-15",
    helo="mail.gse-areaclienti.it", rdns="host-193-42-33-17.reverse.ptr.lv", ip="193.42.33.17", return_path="notifiche@gse-areaclienti.it",
    msgid=mid("php", "a17", "gse-areaclienti.it"), hdrs=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt(body, "iso-8859-15", "quoted-printable", lang="it", font="Titillium Web, Arial, sans-serif"))

# 18 ------------------------------------------------------------------
d = when(20, "10:14")
body = """Spett.le EXAMPLE GROUP ITALIA S.R.L.
c.a. Ufficio Amministrazione / Contabilità Fornitori

Oggetto: comunicazione variazione coordinate bancarie

Con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari della nostra società, a decorrere dalla data odierna tutti i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Intesa Sanpaolo S.p.A. - Filiale di Modena
IBAN: %s
BIC: BCITITMM

Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre il pagamento delle fatture in scadenza (FT/2026/01877 e FT/2026/01912, totale euro 14.382,60) sul nuovo conto. Il precedente rapporto presso UniCredit è in fase di estinzione e i bonifici ivi disposti verranno respinti.

In allegato la lettera su carta intestata firmata dal legale rappresentante.

Vi ringraziamo per la collaborazione e restiamo a disposizione per qualsiasi chiarimento, preferibilmente via e-mail a questo indirizzo.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 41122 Modena
P.IVA 02847310363""" % F["a_ferretti"]
msg(A_, "18-it-ferretti-lookalike-iban.eml", "it",
    "'Ferretti Trasporti - Amministrazione' from ferrettitrasporti.it (no hyphen) announces new Intesa IBAN for two due invoices",
    "Supplier bank-detail change from a look-alike domain registered at Aruba; asks to reply by e-mail only, old account 'closing'",
    rcpt=first("marco"), frm=addr("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferrettitrasporti.it"), to=st("marco"),
    reply_to="amministrazione@ferrettitrasporti.it",
    subject="Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.", date=d, cs="iso-8859-1",
    helo="smtpdh17-2.aruba.it", rdns="smtpdh17-2.aruba.it", ip="62.149.155.165", return_path="amministrazione@ferrettitrasporti.it",
    msgid=mid("uuid", "a18", "ferrettitrasporti.it"),
    received=["from [192.168.1.23] ([151.38.114.62]) by Aruba Outgoing Smtp with ESMTPSA id aX3kvf2Ht1gQLaX3lvGZp1; " + fdate(d)],
    hdrs=["User-Agent: Mozilla Thunderbird", "Content-Language: it"],
    body=Mp("mixed", plain(body, "iso-8859-1", "quoted-printable"),
            A(pdf_placeholder("Ferretti Trasporti - variazione coordinate bancarie", ["IBAN " + F["a_ferretti"]]), "application/pdf", "Variazione_coordinate_bancarie.pdf")))

# 19 ------------------------------------------------------------------
d = when(2, "08:33")
url = "https://webmail-pec.aruba-servizi-pec.com/login?casella=francesca.bianchi%40examplegroup.eu"
ht = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#f36f21;padding:14px 24px;color:#fff;font-size:20px;font-weight:bold">Aruba PEC</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p>Gentile Cliente,</p>
<p>la casella PEC associata al suo indirizzo <b>francesca.bianchi@examplegroup.eu</b> ha raggiunto il <b>98%%</b> dello spazio disponibile.</p>
<p>Sono presenti <b>3 messaggi PEC in attesa di consegna</b> (ricevute di accettazione e consegna incluse). Se lo spazio non verrà liberato entro 48 ore, i messaggi verranno respinti al mittente con valore legale di mancata consegna.</p>
<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#f36f21;color:#fff;padding:12px 28px;text-decoration:none;border-radius:3px">Accedi alla Webmail PEC</a></p>
<p>Dopo l'accesso potrà scaricare i messaggi in attesa e liberare spazio.</p>
<p>Cordiali saluti,<br>Il team Aruba PEC</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">Aruba PEC S.p.A. - Via San Clemente, 53 - 24036 Ponte San Pietro (BG) - P.IVA 01879020517</td></tr>
</table></body></html>
""" % url
msg(A_, "19-it-fake-aruba-pec-quota.eml", "it",
    "'Aruba PEC' warns that the certified-mail box is 98% full and 3 PEC messages will bounce, button to webmail login",
    "Credential phishing of Italian certified e-mail (PEC), HTML-only, look-alike domain, bulk-sent",
    rcpt="francesca.bianchi@examplegroup.eu", frm=addr("Aruba PEC", "comunicazioni@aruba-servizi-pec.com"), to=st("francesca"),
    subject="Casella PEC quasi piena: 3 messaggi in attesa di consegna", date=d,
    helo="mta2.aruba-servizi-pec.com", rdns="mta2.aruba-servizi-pec.com", ip="91.92.242.118", return_path="bounce-4471@aruba-servizi-pec.com",
    msgid=mid("num", "a19", "aruba-servizi-pec.com"), hdrs=["X-Mailer: Sendy (https://sendy.co)", "List-Unsubscribe: <https://aruba-servizi-pec.com/unsubscribe/4471>"],
    body=htmlonly(ht, "utf-8", "base64"))

# 20 ------------------------------------------------------------------
d = when(25, "15:52")
body = """Buongiorno,

con la presente Vi sollecitiamo il pagamento della fattura n. 118/2026 relativa alle prestazioni professionali del terzo trimestre (assistenza pratiche ENEA e asseverazioni), scaduta il 31/10/2026.

Trovate in allegato copia di cortesia della fattura e l'estratto conto aggiornato (archivio compresso per motivi di dimensione).

Qualora abbiate già provveduto al pagamento, Vi preghiamo di non tenere conto della presente.

Cordiali saluti

Segreteria
Studio Bertolini & Associati
Dottori Commercialisti - Revisori Legali
Via Saragozza 44, 40123 Bologna"""
z = zip_placeholder([("Fattura_118_2026_e_estratto_conto.pdf.vbs", b"' " + INERT + b"\r\n")], dt=(2026, 11, 25, 15, 40, 0))
msg(A_, "20-it-sollecito-fattura-zip-vbs.eml", "it",
    "Payment reminder 'fattura n. 118/2026' from an accountants' office with ZIP containing a .pdf.vbs",
    "Malware dropper from a compromised genuine professional-office mailbox (Register.it), double-extension script in ZIP (inert)",
    rcpt=first("marco"), frm=addr("Studio Bertolini & Associati", "segreteria@studiobertolini.it"), to=st("marco"),
    subject="Sollecito pagamento fattura n. 118/2026", date=d,
    helo="smtpoutgoing.register.it", rdns="smtpout2.register.it", ip="195.110.124.133", return_path="segreteria@studiobertolini.it",
    msgid=mid("x", "a20", "studiobertolini.it"), hdrs=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: it"],
    body=Mp("mixed", plain(body, "utf-8", "quoted-printable"), A(z, "application/zip", "Fattura_118_2026.zip")))

# 21 ------------------------------------------------------------------
d = when(11, "09:47")
body = """Gentile Dott.ssa Romano,

come anticipato dal Dott. Brandt (in copia), il nostro studio assiste Example Group nell'acquisizione della totalità delle quote della società veicolo "Ulivo Solar S.r.l.", titolare di un progetto agrivoltaico da 18 MWp in provincia di Foggia.

L'operazione è soggetta a un accordo di riservatezza: fino all'annuncio, previsto per la prossima settimana, la preghiamo di non parlarne con altri colleghi, né in Italia né in Germania.

Il Dott. Brandt le chiede di occuparsi personalmente del deposito cauzionale previsto dal contratto preliminare, pari a 285.000 euro, da versare entro le ore 16:00 di oggi sul conto vincolato (escrow) presso la nostra banca corrispondente:

Beneficiario: DS Legal Escrow Services UAB
IBAN: %s
BIC: REVOLT21
Causale: Deposito cauzionale Progetto Ulivo - rif. DSL/2026/417

Appena disposto il bonifico, le chiedo cortesemente di inviarmi la contabile a questo indirizzo.

Cordiali saluti

Avv. Lorenzo De Santis
De Santis & Partners - Studio Legale
Corso Venezia 16, 20121 Milano""" % F["a_escrow_lt"]
msg(A_, "21-it-fake-lawyer-escrow.eml", "it",
    "'Avv. Lorenzo De Santis' with the 'CEO' in Cc (example-group.eu) asks the Italian country manager to wire a 285,000 EUR escrow deposit today, in secrecy",
    "CEO fraud via fake lawyer: look-alike domain example-group.eu for the CEO in Cc, Lithuanian fintech IBAN, confidentiality, same-day deadline; Zoho-hosted",
    rcpt=first("giulia"), frm=addr("Avv. Lorenzo De Santis", "l.desantis@desantis-partners-legal.com"), to=st("giulia"),
    cc=addr("Markus Brandt", "markus.brandt@example-group.eu"),
    subject="Riservato - Progetto Ulivo - deposito cauzionale", date=d, cs="iso-8859-15",
    helo="sender4-op-o15.zoho.eu", rdns="sender4-op-o15.zoho.eu", ip="185.20.211.215", return_path="l.desantis@desantis-partners-legal.com",
    msgid="<%s.%s@zoho.eu>" % (hn("a21", 13), h("a21z", 16)),
    hdrs=["User-Agent: Zoho Mail", "X-Mailer: Zoho Mail", "Importance: High"],
    body=alt(body, "iso-8859-15", "quoted-printable", lang="it", font="Georgia, serif"))

# 22 PL ----------------------------------------------------------------
d = when(23, "13:06")
body = """Dzień dobry Panie Piotrze,

w związku ze zmianą banku obsługującego naszą spółkę uprzejmie informuję, że od dnia 1 grudnia 2026 r. płatności za nasze faktury prosimy kierować wyłącznie na nowy rachunek:

Odbiorca: Partner Logistik sp. z o.o.
Bank: mBank S.A.
Nr rachunku: %s

Nowy rachunek został zgłoszony do naczelnika urzędu skarbowego i widnieje już na „białej liście” podatników VAT. Faktury FV/11/2026/0457 oraz FV/11/2026/0463 (łącznie 38 412,90 zł brutto) prosimy uregulować już na nowy rachunek, z zastosowaniem mechanizmu podzielonej płatności.

Dotychczasowy rachunek w Banku Pekao S.A. zostanie zamknięty z dniem 15.12.2026 r. – przelewy kierowane na stary rachunek będą zwracane.

Proszę o krótkie potwierdzenie wprowadzenia zmiany w Państwa systemie.

Z poważaniem
Tadeusz Zieliński
Dyrektor ds. Operacyjnych
Partner Logistik sp. z o.o.
ul. Logistyczna 14, 55-040 Bielany Wrocławskie
NIP %s""" % (fmt_iban(IB["a_partner"])[5:] if False else IB["a_partner"][2:4] + " " + " ".join(IB["a_partner"][4:][i:i+4] for i in range(0, 24, 4)), NIP_PARTNER)
msg(A_, "22-pl-partner-logistic-lookalike-rachunek.eml", "pl",
    "'Tadeusz Zieliński' from partner-logistic.pl (c instead of k) announces a new mBank account for two due invoices, claims it is on the VAT white list",
    "Supplier bank-detail change from a look-alike domain on home.pl hosting; invokes the white list and split payment to look compliant",
    rcpt=first("piotr"), frm=addr("Tadeusz Zieliński", "t.zielinski@partner-logistic.pl", "windows-1250"), to=st("piotr", "windows-1250"),
    cc="ksiegowosc@partner-logistic.pl",
    subject="Zmiana rachunku bankowego – Partner Logistik sp. z o.o.", date=d, cs="windows-1250",
    helo="s52.cyber-folks.pl", rdns="s52.cyber-folks.pl", ip="195.78.66.38", return_path="t.zielinski@partner-logistic.pl",
    msgid=mid("outlook", "a22"), hdrs=["X-Mailer: Microsoft Outlook 16.0"] + outlook_hdrs("a22", "pl-PL", "Zmiana rachunku bankowego"),
    body=alt(body, "windows-1250", "quoted-printable", lang="pl"))

# 23 ------------------------------------------------------------------
d = when(16, "07:22")
url = "https://ap-ksef.podatki-gov.info/web/login?nip=%s" % NIP_EXAMPLE_PL
body = """Krajowy System e-Faktur

W Krajowym Systemie e-Faktur zarejestrowano 3 nowe faktury ustrukturyzowane wystawione na NIP %s (EXAMPLE GROUP POLSKA SP. Z O.O.), które oczekują na pobranie.

Ze względu na wygaśnięcie tokenu uwierzytelniającego dla Państwa integracji, odbiór faktur został wstrzymany. Aby ponownie wygenerować token i pobrać faktury, należy zalogować się do Aplikacji Podatnika KSeF przy użyciu Profilu Zaufanego lub bankowości elektronicznej.

[[Zaloguj się do Aplikacji Podatnika KSeF|%s]]

Nieodebrane faktury zakupowe nie mogą zostać ujęte w ewidencji VAT za bieżący okres rozliczeniowy.

Wiadomość wygenerowana automatycznie przez system KSeF. Prosimy na nią nie odpowiadać.
Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa""" % (NIP_EXAMPLE_PL, url)
msg(A_, "23-pl-fake-ksef-token.eml", "pl",
    "'Krajowy System e-Faktur' says 3 purchase e-invoices await download but the API token expired; log in via Profil Zaufany/bank",
    "Credential/banking phishing exploiting the new mandatory Polish e-invoicing system KSeF (2026), look-alike gov domain on .info",
    rcpt=first("piotr"), frm=addr("Krajowy System e-Faktur", "powiadomienia@ksef-podatki-gov.info", "iso-8859-2"), to=st("piotr", "iso-8859-2"),
    subject="KSeF: 3 nowe faktury zakupowe - wymagane odnowienie tokenu", date=d, cs="iso-8859-2",
    helo="mail.podatki-gov.info", rdns="unassigned.psychz.net", ip="104.149.134.57", return_path="powiadomienia@ksef-podatki-gov.info",
    msgid=mid("php", "a23", "podatki-gov.info"), hdrs=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt(body, "iso-8859-2", "base64", lang="pl", font="Lato, Arial, sans-serif"))

# 24 ------------------------------------------------------------------
d = when(28, "10:37")
url = "https://ebok.tauron-rozliczenia-prosument.pl/zwrot?id=PR-2026-0887412"
body = """Szanowny Kliencie,

w wyniku rocznego rozliczenia prosumenckiego (net-billing) dla punktu poboru energii PL_TAURON_0224017866 na Państwa depozycie prosumenckim pozostała nadwyżka w wysokości 1 284,36 zł, która podlega zwrotowi.

Aby otrzymać zwrot, prosimy o potwierdzenie rachunku do wypłaty w eBOK. Weryfikacja odbywa się poprzez symboliczny przelew 1,00 zł, który zostanie zwrócony razem z kwotą nadpłaty.

[[Potwierdź rachunek w eBOK|%s]]

Potwierdzenie należy zrealizować w ciągu 7 dni. Po tym terminie środki pozostaną na depozycie prosumenckim do kolejnego okresu rozliczeniowego.

Z wyrazami szacunku
Zespół Obsługi Klienta
TAURON Sprzedaż sp. z o.o.
ul. ks. Piotra Ściegiennego 3, 40-114 Katowice""" % url
msg(A_, "24-pl-fake-tauron-depozyt-prosumencki.eml", "pl",
    "'TAURON' offers a 1 284,36 zł prosumer-deposit refund after confirming the bank account with a 1 zł verification transfer",
    "Pay-by-link banking phishing with a trade-specific energy brand (prosumer net-billing), look-alike domain via bulk sender",
    rcpt=first("michał"), frm=addr("TAURON Obsługa Klienta", "ebok@tauron-rozliczenia-prosument.pl"), to=st("michał"),
    subject="Zwrot nadpłaty z depozytu prosumenckiego – potwierdź rachunek", date=d,
    helo="out-12.smtp.tauron-rozliczenia-prosument.pl", rdns="ip-5-181-80-146.networksolutions.pl", ip="5.181.80.146",
    return_path="bounce-8812@tauron-rozliczenia-prosument.pl", msgid=mid("num", "a24", "tauron-rozliczenia-prosument.pl"),
    body=alt(body, "utf-8", "quoted-printable", lang="pl", font="Arial, sans-serif"))

# 25 ------------------------------------------------------------------
d = when(3, "12:58")
body = """Dzień dobry,

w imieniu spółki Agroplon sp. z o.o. zwracam się z prośbą o przygotowanie oferty na wykonanie instalacji fotowoltaicznej o mocy ok. 1,2 MWp wraz z magazynem energii 500 kWh na gruncie przy naszym zakładzie w Opolu (ul. Przemysłowa).

W załączniku przesyłam specyfikację techniczną, mapę do celów projektowych oraz warunki przyłączenia z TAURON Dystrybucja. Ze względu na wielkość plików są one spakowane w archiwum.

Termin składania ofert: 4 grudnia 2026 r. Realizacja planowana na II kwartał 2027 r.

Proszę o potwierdzenie otrzymania zapytania.

Z poważaniem
Marek Dąbrowski
Kierownik ds. Inwestycji
Agroplon sp. z o.o.
tel. 603 418 227"""
z = zip_placeholder([("Specyfikacja_techniczna_PV_Opole.pdf.lnk", INERT), ("Warunki_przylaczenia_TAURON.pdf.lnk", INERT)], dt=(2026, 11, 3, 12, 40, 0))
msg(A_, "25-pl-zapytanie-ofertowe-zip.eml", "pl",
    "RFQ for a 1.2 MWp PV plant with storage from a Gmail address; 'specification' is a ZIP containing .pdf.lnk shortcuts",
    "Malware dropper disguised as a sales lead (RFQ lure, LNK in ZIP, inert), free mailer posing as a company",
    rcpt=first("michał"), frm=addr("Marek Dąbrowski", "m.dabrowski.agroplon@gmail.com", "windows-1250"), to=st("michał", "windows-1250"),
    subject="Zapytanie ofertowe – farma PV 1,2 MWp + magazyn energii (Opole)", date=d, cs="windows-1250", subj_mode="B",
    helo="mail-wm1-f49.google.com", rdns="mail-wm1-f49.google.com", ip="209.85.128.49", return_path="m.dabrowski.agroplon@gmail.com",
    msgid=mid("gmail", "a25"),
    received=["by mail-wm1-f49.google.com with SMTP id 5b1f17b1804b1-43a0c4b1e7eso11842385e9.2\n for <michal.kowalczyk@example.com>; " + fdate(d.astimezone(TZ["PST"]))],
    body=Mp("mixed", plain(body, "windows-1250", "base64"), A(z, "application/zip", "Zapytanie_ofertowe_Agroplon.zip")))

# 26 ------------------------------------------------------------------
d = when(30, "08:12")
url = "https://ipkobiznes-certyfikat.pl/ipko/biznes/logowanie?ref=cert2026"
body = """Szanowni Państwo,

certyfikat zabezpieczający dostęp do serwisu iPKO biznes dla użytkownika przypisanego do firmy EXAMPLE GROUP POLSKA SP. Z O.O. traci ważność z dniem 30.11.2026 r.

Aby zachować możliwość autoryzacji przelewów, prosimy o odnowienie certyfikatu. Po zalogowaniu system poprowadzi Państwa przez proces odnowienia (wymagane potwierdzenie tokenem lub w aplikacji IKO).

[[Odnów certyfikat w iPKO biznes|%s]]

W przypadku braku odnowienia dyspozycje składane w serwisie nie będą realizowane.

Pozdrawiamy
Zespół iPKO biznes
PKO Bank Polski S.A., ul. Puławska 15, 02-515 Warszawa""" % url
msg(A_, "26-pl-fake-ipko-biznes-certyfikat.eml", "pl",
    "'PKO Bank Polski' says the iPKO biznes certificate expires today; renewal requires login and token/IKO confirmation",
    "Corporate-banking credential phishing with real-time OTP relay; look-alike domain, sent from a compromised WordPress host",
    rcpt=first("katarzyna"), frm=addr("iPKO biznes", "powiadomienia@ipkobiznes-certyfikat.pl"), to=st("katarzyna", "iso-8859-2"),
    subject="iPKO biznes: certyfikat wygasa 30.11.2026", date=d, cs="iso-8859-2",
    helo="vps-2931.web-hosting.lt", rdns="vps-2931.web-hosting.lt", ip="185.34.52.91", return_path="www-data@vps-2931.web-hosting.lt",
    msgid=mid("php", "a26", "ipkobiznes-certyfikat.pl"), hdrs=["X-Mailer: PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)", "X-PHP-Originating-Script: 33:wp-mail-smtp.php"],
    body=alt(body, "iso-8859-2", "quoted-printable", lang="pl", font="Arial, sans-serif"))

# 27 ES ----------------------------------------------------------------
d = when(9, "09:41")
url = "https://sede-agenciatributaria.notificaciones-dehu.com/requerimiento?ref=2026GRC48817502V"
body = """AGENCIA TRIBUTARIA
Sede Electrónica

Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación electrónica en la Dirección Electrónica Habilitada única (DEHú) relativa al procedimiento:

Procedimiento: Requerimiento de información - Impuesto sobre el Valor Añadido
Referencia: 2026GRC48817502V
Titular: EXAMPLE GROUP SOLAR ESPAÑA S.L.
Fecha de puesta a disposición: 09/11/2026

Dispone de un plazo de diez días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá practicada a todos los efectos legales (art. 43 de la Ley 39/2015).

[[Acceder a la notificación|%s]]

Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.

Agencia Estatal de Administración Tributaria""" % url
msg(A_, "27-es-fake-agencia-tributaria-dehu.eml", "es",
    "'Agencia Tributaria' DEHú notice of a VAT information request, 10-day deadline, link downloads the 'notification'",
    "Malware/credential lure impersonating the Spanish tax agency; look-alike domain, no real DEHú sender infrastructure",
    rcpt=first("lucía"), frm=addr("Agencia Tributaria", "notificaciones@agenciatributaria-dehu.com"), to=st("lucía", "iso-8859-1"),
    subject="Notificación electrónica pendiente - Ref. 2026GRC48817502V", date=d, cs="iso-8859-1",
    helo="smtp.agenciatributaria-dehu.com", rdns="static.198.41.144.213.ibercom.net", ip="213.144.41.198",
    return_path="notificaciones@agenciatributaria-dehu.com", msgid=mid("php", "a27", "agenciatributaria-dehu.com"),
    body=alt(body, "iso-8859-1", "quoted-printable", lang="es", font="Arial, sans-serif"))

# 28 ------------------------------------------------------------------
d = when(14, "18:05")
url = "https://areaclientes.i-de-compensacion.com/excedentes?cups=ES0021000018847732RB"
ht = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>
<body style="margin:0;font-family:Arial,Helvetica,sans-serif;background:#f5f5f5">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#00402a;color:#ffffff;padding:18px 26px;font-size:22px">i-DE <span style="font-size:13px">Grupo Iberdrola</span></td></tr>
<tr><td style="padding:26px;color:#222;font-size:14px;line-height:1.5">
<p>Estimado cliente:</p>
<p>Tras la regularización anual de su instalación de <b>autoconsumo con excedentes</b> (CUPS ES0021000018847732RB), existe un importe pendiente de abono a su favor de <b>312,48&nbsp;€</b> en concepto de compensación simplificada de excedentes.</p>
<p>Para recibir el abono es necesario que confirme los datos de la cuenta o tarjeta de cobro en su Área Clientes antes del 21/11/2026.</p>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#5fb130;color:#fff;padding:12px 30px;text-decoration:none;border-radius:20px">Confirmar datos de abono</a></p>
<p>Si no confirma los datos en el plazo indicado, el importe se aplicará como descuento en futuras facturas.</p>
<p>Atentamente,<br>Servicio de Atención al Cliente de i-DE</p></td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#777">i-DE Redes Eléctricas Inteligentes, S.A.U. · Avenida San Adrián, 48 · 48003 Bilbao</td></tr>
</table></body></html>
""" % url
msg(A_, "28-es-fake-i-de-excedentes.eml", "es",
    "'i-DE (Iberdrola)' offers a 312,48 EUR self-consumption surplus refund after confirming card/account data",
    "Card/banking phishing with a trade-specific distribution-grid brand (autoconsumo excedentes), HTML-only, look-alike domain, evening bulk send",
    rcpt=first("javier"), frm=addr("i-DE Área Clientes", "clientes@i-de-compensacion.com"), to=st("javier"),
    subject="Compensación de excedentes: importe pendiente de abono (312,48 €)", date=d,
    helo="mail2.i-de-compensacion.com", rdns="ec2-13-38-201-77.eu-west-3.compute.amazonaws.com", ip="13.38.201.77",
    return_path="clientes@i-de-compensacion.com", msgid=mid("num", "a28", "i-de-compensacion.com"),
    body=htmlonly(ht, "utf-8", "base64"))

# 29 ------------------------------------------------------------------
d = when(19, "12:21")
body = """Buenos días Lucía:

Le escribimos desde esta dirección provisional porque nuestro servidor de correo (isolevante.es) está dando problemas desde el lunes y no recibimos todos los mensajes.

Le informamos de que hemos cambiado de entidad bancaria. A partir de ahora les rogamos que realicen los pagos en la siguiente cuenta:

Titular: Instalaciones Solares Levante S.L.
Banco Sabadell
IBAN: %s

La factura 2026/0342 (instalación planta Paterna, 23.870,55 €) vence este viernes; por favor háganla ya a la cuenta nueva, la antigua de CaixaBank la cancelamos a final de mes.

Cuando hagan la transferencia, ¿nos pueden enviar el justificante a este correo?

Muchas gracias y un saludo,

Rosa Martí
Administración
Instalaciones Solares Levante S.L.""" % fmt_iban(IB["a_levante"])
msg(A_, "29-es-subcontratista-gmail-cambio-cuenta.eml", "es",
    "Subcontractor 'Instalaciones Solares Levante' writes from a Gmail address ('our server has problems') with a new Sabadell IBAN for a due invoice",
    "Supplier bank-detail change from a free mailer with a pretext; urgency tied to a real-looking invoice; reply-to same gmail",
    rcpt=first("lucía"), frm=addr("Instalaciones Solares Levante S.L.", "isolevante.administracion@gmail.com"), to=st("lucía", "iso-8859-15"),
    subject="Cambio de cuenta bancaria - factura 2026/0342", date=d, cs="iso-8859-15",
    helo="mail-ej1-f41.google.com", rdns="mail-ej1-f41.google.com", ip="209.85.218.41", return_path="isolevante.administracion@gmail.com",
    msgid=mid("gmail", "a29"),
    received=["by mail-ej1-f41.google.com with SMTP id a640c23a62f3a-aa5f1e0c2d1so41277066b.1\n for <lucia.fernandez@example.com>; " + fdate(d.astimezone(TZ["PST"]))],
    body=Mp("alternative", plain(body, "iso-8859-15", "quoted-printable"),
            T(with_cs(auto_html(body, font="arial, sans-serif", size="small"), "iso-8859-15"), "html", "iso-8859-15", "quoted-printable")))

# 30 ------------------------------------------------------------------
d = when(23, "16:44")
phish_html = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Santander Empresas - Confirming</title>
<style>body{font-family:Arial,sans-serif;background:#f6f6f6}.c{width:380px;margin:70px auto;background:#fff;border-top:4px solid #ec0000;padding:30px}
input{width:100%;padding:9px;margin:6px 0 12px;border:1px solid #ccc}button{background:#ec0000;color:#fff;border:0;padding:10px;width:100%}</style></head>
<body><div class="c"><h2 style="color:#ec0000">Santander Empresas</h2>
<p>Para consultar la orden de pago Confirming n.º 88412 identifíquese con sus credenciales de Banca Online Empresas.</p>
<form method="post" action="https://confirming-santander.web.app/empresas/acceso">
<label>Documento (NIF/CIF)</label><input name="doc"><label>Usuario</label><input name="user">
<label>Clave de acceso</label><input type="password" name="pwd"><button type="submit">Entrar</button></form>
<p style="font-size:11px;color:#777">Banco Santander, S.A. - Paseo de Pereda 9-12, 39004 Santander</p></div>
<!-- evaluation corpus: inert credential-phishing attachment, no script --></body></html>
"""
body = """Estimado cliente:

Le comunicamos que se ha emitido a su favor una orden de pago a través del servicio Confirming de Banco Santander.

Ordenante: GRUPO HOTELERO MEDITERRÁNEO S.L.
Beneficiario: EXAMPLE GROUP SOLAR ESPAÑA S.L.
N.º de orden: 88412
Importe: 46.218,30 EUR
Vencimiento: 23/12/2026 (anticipable)

Puede consultar el detalle de las facturas incluidas y solicitar el anticipo del pago en el documento adjunto.

Atentamente,
Santander Empresas - Servicio Confirming

Este mensaje se ha enviado desde una dirección que no admite respuestas."""
msg(A_, "30-es-confirming-html-adjunto.eml", "es",
    "'Santander Confirming' payment-order notice with an .html attachment that asks for online-banking credentials",
    "HTML-attachment credential phishing (bank brand, B2B payment lure), form posts to Firebase web.app; compromised mail host",
    rcpt="carmen.ruiz@examplegroup.eu", frm=addr("Santander Empresas", "confirming@avisos-santanderempresas.com"), to=st("carmen"),
    subject="Aviso de pago Confirming - Orden 88412", date=d,
    helo="cp-wc41.per01.ds.network", rdns="cp-wc41.per01.ds.network", ip="103.42.110.61",
    return_path="confirming@avisos-santanderempresas.com", msgid=mid("php", "a30", "avisos-santanderempresas.com"),
    body=Mp("mixed", plain(body, "utf-8", "quoted-printable"),
            A(phish_html.encode(), "text/html; charset=utf-8", "Confirming_Orden_88412.html")))

# 31 ------------------------------------------------------------------
d = when(1, "22:47")
body = """A la atención de la dirección de EXAMPLE GROUP SOLAR ESPAÑA S.L.

Hemos tenido acceso durante varias semanas a su portal de monitorización de instalaciones y a parte de su red. Hemos copiado 38 GB de datos: contratos de clientes, DNI y cuentas bancarias de particulares, planos de instalaciones y correspondencia interna.

Como prueba, estos son tres de sus clientes (datos parciales):
- M. T. G., Paterna, IBAN terminado en ...4471, contrato 2025-ES-0713
- Comunidad de Propietarios Av. del Puerto 112, Valencia, contrato 2026-ES-0188
- A. R. S., Torrent, DNI terminado en ...218K

No queremos perjudicarles. Si recibimos 2,1 BTC antes del 08/11/2026 a la dirección bc1q9l0a3w7s2dk5m8h4tzpq6c3v0yerx2gn7ufj5k, borraremos los datos y les enviaremos un informe de la vulnerabilidad.

Si no pagan, publicaremos los datos y notificaremos la brecha a la Agencia Española de Protección de Datos y a cada uno de sus clientes. Las sanciones del RGPD serán muy superiores a lo que pedimos.

Pueden contactar con nosotros respondiendo a este correo. No contacten con la policía."""
msg(A_, "31-es-extorsion-datos-portal.eml", "es",
    "Data-theft extortion claiming 38 GB stolen from the monitoring portal; demands 2.1 BTC, threatens GDPR/AEPD notification",
    "Extortion (likely bluff) from an anonymous Proton address; regulatory pressure tactic",
    rcpt=first("javier"), frm=addr("Equipo Lince", "lince.disclosure@proton.me"), to=st("javier", "iso-8859-1"),
    cc=st("carmen", "iso-8859-1"), subject="Datos de sus clientes - plazo 7 días", date=d.replace(month=11), cs="iso-8859-1",
    helo="mail-4317.proton.ch", rdns="mail-4317.proton.ch", ip="185.70.43.17", return_path="lince.disclosure@proton.me",
    msgid="<%s=@proton.me>" % h("a31", 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
    body=plain(body, "iso-8859-1", "base64"))

# 32 EL ----------------------------------------------------------------
d = when(12, "11:03", "EET")
url = "https://myaade-gsis.gov-gr.info/taxisnet/login?ref=EPISTROFI-2026-77341"
body = """ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
myAADE

Αξιότιμε/η φορολογούμενε,

Σας ενημερώνουμε ότι έχει εγκριθεί επιστροφή πιστωτικού υπολοίπου ΦΠΑ ύψους 4.286,20 € για την επιχείρηση EXAMPLE GROUP HELLAS Μ.Ι.Κ.Ε.

Για την ολοκλήρωση της πίστωσης απαιτείται επιβεβαίωση του λογαριασμού IBAN που έχει δηλωθεί στο Μητρώο. Η επιβεβαίωση γίνεται με τους κωδικούς TAXISnet.

[[Είσοδος στην εφαρμογή myAADE|%s]]

Εάν η επιβεβαίωση δεν ολοκληρωθεί εντός 5 εργάσιμων ημερών, το ποσό θα συμψηφιστεί με μελλοντικές οφειλές.

Με εκτίμηση,
Γενική Διεύθυνση Φορολογικής Διοίκησης
Α.Α.Δ.Ε.

Το μήνυμα αυτό εστάλη αυτόματα. Παρακαλούμε μην απαντάτε.""" % url
msg(A_, "32-el-fake-aade-epistrofi-fpa.eml", "el",
    "'ΑΑΔΕ / myAADE' announces a 4.286,20 EUR VAT refund requiring IBAN confirmation with TAXISnet credentials",
    "Tax-authority credential phishing (TAXISnet), look-alike gov-gr.info domain, PHPMailer on a VPS",
    rcpt=first("eleni"), frm=addr("ΑΑΔΕ - myAADE", "noreply@myaade-gsis.gov-gr.info", "iso-8859-7"), to=st("eleni", "iso-8859-7"),
    subject="Επιστροφή ΦΠΑ: εκκρεμεί επιβεβαίωση IBAN", date=d, cs="iso-8859-7",
    helo="gov-gr.info", rdns="vmi1938821.contaboserver.net", ip="62.171.140.207", return_path="noreply@myaade-gsis.gov-gr.info",
    msgid=mid("php", "a32", "gov-gr.info"), hdrs=["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
    body=alt(body, "iso-8859-7", "quoted-printable", lang="el", font="Arial, sans-serif"))

# 33 ------------------------------------------------------------------
d = when(26, "14:19", "EET")
url = "https://eservices.deddie-pliromes.gr/tb/pay?aitisi=2026-FB-44718"
body = """ΔΕΔΔΗΕ - Ηλεκτρονικές Υπηρεσίες

Αγαπητέ συνεργάτη,

Για την αίτηση σύνδεσης φωτοβολταϊκού σταθμού με αριθμό 2026/ΦΒ/44718 (ισχύς 99,8 kWp, Δήμος Μεγαρέων) έχει εκδοθεί η Προσφορά Σύνδεσης. Εκκρεμεί η εξόφληση της συμμετοχής στο κόστος σύνδεσης ύψους 6.412,00 €.

Η πληρωμή πρέπει να ολοκληρωθεί εντός 10 ημερών· διαφορετικά η αίτηση θα αρχειοθετηθεί και ο δεσμευμένος ηλεκτρικός χώρος θα αποδεσμευτεί.

[[Πληρωμή με κάρτα ή e-banking|%s]]

Με εκτίμηση,
Διεύθυνση Διαχείρισης Δικτύου
ΔΕΔΔΗΕ Α.Ε. - Διαχειριστής του Ελληνικού Δικτύου Διανομής Ηλεκτρικής Ενέργειας""" % url
msg(A_, "33-el-fake-deddie-teli-syndesis.eml", "el",
    "'ΔΕΔΔΗΕ (HEDNO)' demands payment of 6.412 EUR grid-connection fees for a PV application within 10 days or loss of grid capacity",
    "Payment/card phishing with the Greek grid operator brand, trade-specific (connection offer, reserved capacity); look-alike domain",
    rcpt=first("nikos"), frm=addr("ΔΕΔΔΗΕ Ηλεκτρονικές Υπηρεσίες", "eservices@deddie-pliromes.gr", "windows-1253", "B"), to=st("nikos", "windows-1253"),
    subject="Εκκρεμής εξόφληση τελών σύνδεσης - Αίτηση 2026/ΦΒ/44718", date=d, cs="windows-1253", subj_mode="B",
    helo="mail.deddie-pliromes.gr", rdns="static.85.92.167.5.clients.your-server.de", ip="5.167.92.85", return_path="eservices@deddie-pliromes.gr",
    msgid=mid("x", "a33", "deddie-pliromes.gr"),
    body=alt(body, "windows-1253", "base64", lang="el", font="Tahoma, sans-serif"))

# 34 ------------------------------------------------------------------
d = when(4, "10:56", "EET")
body = """Καλημέρα σας κα Γεωργίου,

σας ενημερώνουμε ότι λόγω ελέγχου από την τράπεζα ο λογαριασμός της εταιρείας μας στην Εθνική Τράπεζα είναι προσωρινά δεσμευμένος για εισερχόμενες πληρωμές.

Παρακαλούμε η εξόφληση του τιμολογίου 1247 (18.960,00 €) καθώς και των επόμενων τιμολογίων να γίνει στον παρακάτω λογαριασμό:

Δικαιούχος: ΗΛΙΑΚΑ ΣΥΣΤΗΜΑΤΑ ΚΡΗΤΗΣ Α.Ε.
Τράπεζα Πειραιώς
IBAN: %s

Σας γράφουμε από αυτό το email γιατί έχουμε πρόβλημα με τον server της εταιρείας. Παρακαλούμε στείλτε μας το αποδεικτικό μόλις γίνει η πληρωμή.

Ευχαριστούμε πολύ,
Μαρία Κατσαράκη
Λογιστήριο
Ηλιακά Συστήματα Κρήτης Α.Ε.""" % fmt_iban(IB["a_iliaka"])
msg(A_, "34-el-promitheutis-gmail-iban.eml", "el",
    "Supplier 'Ηλιακά Συστήματα Κρήτης' accounting writes from Gmail: account 'blocked by bank', pay invoice 1247 to a new Piraeus IBAN",
    "Supplier bank-detail change from a free mailer with server-problem pretext",
    rcpt=first("eleni"), frm=addr("Ηλιακά Συστήματα Κρήτης - Λογιστήριο", "iliakakritis.logistirio@gmail.com"), to=st("eleni"),
    subject="Αλλαγή τραπεζικού λογαριασμού - τιμολόγιο 1247", date=d,
    helo="mail-lj1-f172.google.com", rdns="mail-lj1-f172.google.com", ip="209.85.208.172", return_path="iliakakritis.logistirio@gmail.com",
    msgid=mid("gmail", "a34"),
    received=["by mail-lj1-f172.google.com with SMTP id 38308e7fff4ca-2ffa4a7e4c1so7762241fa.3\n for <eleni.georgiou@example.com>; " + fdate(d.astimezone(TZ["PST"]))],
    body=Mp("alternative", plain(body, "utf-8", "quoted-printable"),
            T(auto_html(body, font="arial, sans-serif", size="small").replace("__CS__", "UTF-8"), "html", "utf-8", "quoted-printable")))

# 35 ------------------------------------------------------------------
d = when(24, "06:30", "EET")
base = "https://quarantine.messaging-protection365.com/release?u=nikos.papadopoulos%40example.com&id="
rows = [("ΔΕΔΔΗΕ Α.Ε.", "Υπογεγραμμένη σύμβαση σύνδεσης - ΦΒ Μέγαρα", "23/11/2026 18:02"),
        ("Eurobank Business", "Ενημέρωση εκκαθάρισης πληρωμών", "23/11/2026 19:40"),
        ("Γιώργος Μανωλάκης", "Προσφορά πάνελ 550W - Δεκέμβριος", "23/11/2026 21:15"),
        ("DocuSign", "Σύμβαση PPA για υπογραφή", "24/11/2026 05:57")]
trs = "\n".join('<tr><td style="padding:6px;border-bottom:1px solid #eee">%s</td><td style="padding:6px;border-bottom:1px solid #eee">%s</td><td style="padding:6px;border-bottom:1px solid #eee">%s</td><td style="padding:6px;border-bottom:1px solid #eee"><a href="%s%s">Αποδέσμευση</a></td></tr>'
                % (a, b, c, base, h("q%d" % i, 10)) for i, (a, b, c) in enumerate(rows))
ht = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#333">
<div style="font-size:18px;font-weight:bold;margin:10px 0">Microsoft 365 - Ειδοποίηση καραντίνας</div>
<p>Τα παρακάτω μηνύματα για τον λογαριασμό <b>nikos.papadopoulos@example.com</b> κρατήθηκαν σε καραντίνα και δεν παραδόθηκαν στα εισερχόμενά σας.</p>
<table cellspacing="0" style="border:1px solid #ddd;font-size:12px"><tr style="background:#f3f3f3"><th align="left" style="padding:6px">Αποστολέας</th><th align="left" style="padding:6px">Θέμα</th><th align="left" style="padding:6px">Ημερομηνία</th><th></th></tr>
%s
</table>
<p>Τα μηνύματα σε καραντίνα διαγράφονται αυτόματα μετά από 3 ημέρες.</p>
<p style="font-size:11px;color:#888">Microsoft Corporation | One Microsoft Way | Redmond, WA 98052</p>
</body></html>
""" % trs
msg(A_, "35-el-fake-m365-karantina.eml", "el",
    "'Microsoft 365' quarantine digest listing 4 held messages (grid contract, bank, supplier, DocuSign) with 'Release' links",
    "Credential phishing imitating a security product's quarantine report, HTML-only, look-alike domain, compromised SMTP relay",
    rcpt=first("nikos"), frm=addr("Microsoft 365 Quarantine", "quarantine@messaging-protection365.com"), to=st("nikos"),
    subject="Ειδοποίηση καραντίνας: 4 μηνύματα δεν παραδόθηκαν", date=d, cs="iso-8859-7", subj_mode="B",
    helo="smtp.messaging-protection365.com", rdns="mail.agrotikos-syneteristikos-iraklio.gr", ip="46.246.170.94",
    return_path="quarantine@messaging-protection365.com", msgid=mid("x", "a35", "messaging-protection365.com"),
    body=htmlonly(ht, "iso-8859-7", "base64"))

# 36 RU ----------------------------------------------------------------
d = when(10, "10:25", "MSK")
body = """Уважаемый налогоплательщик!

Межрайонная инспекция ФНС России № 46 по г. Москве в соответствии с п. 3 ст. 88 Налогового кодекса Российской Федерации направляет требование о представлении пояснений № 12-14/8872 по налоговой декларации по НДС за 3 квартал 2026 года (ООО «ЭКЗАМПЛ ГРУПП РУС», ИНН 7704581236).

Пояснения необходимо представить в течение пяти рабочих дней со дня получения требования. Непредставление пояснений влечёт ответственность по ст. 129.1 НК РФ и может служить основанием для приостановления операций по счетам.

Текст требования и перечень расхождений во вложении (архив защищён паролем: 8872).

С уважением,
Межрайонная ИФНС России № 46 по г. Москве"""
z = zip_placeholder([("Требование_12-14_8872.pdf.exe", INERT), ("Перечень_расхождений.xlsx.scr", INERT)], dt=(2026, 11, 10, 10, 0, 0))
msg(A_, "36-ru-fake-fns-trebovanie.eml", "ru",
    "'ФНС России' requirement to explain VAT discrepancies within 5 days, archive with .pdf.exe/.xlsx.scr 'password 8872'",
    "Malware dropper impersonating the Russian tax service (double extensions in ZIP, inert), look-alike domain on a VPS",
    rcpt=first("olga"), frm=addr("ФНС России - Межрайонная ИФНС № 46", "trebovaniya@nalog-gov.ru", "windows-1251", "B"), to=st("olga", "windows-1251", "B"),
    subject="Требование о представлении пояснений № 12-14/8872", date=d, cs="windows-1251", subj_mode="B",
    helo="mail.nalog-gov.ru", rdns="v2144.hosted-by-vdsina.ru", ip="94.103.84.211", return_path="trebovaniya@nalog-gov.ru",
    msgid=mid("x", "a36", "nalog-gov.ru"), hdrs=["X-Mailer: The Bat! (v10.5.3) Professional"],
    body=Mp("mixed", plain(body, "windows-1251", "quoted-printable"),
            A(z, "application/zip", "Требование_12-14_8872.zip", fn_cs="windows-1251")))

# 37 ------------------------------------------------------------------
d = when(17, "14:02", "MSK")
body = """Добрый день!

Направляем проект договора об осуществлении технологического присоединения N 8847-ТП/26 (объект: солнечная электростанция 150 кВт, Московская обл., г.о. Подольск) и технические условия.

Просим ознакомиться, подписать договор и направить скан-копию в течение 5 рабочих дней. В случае неподписания в указанный срок заявка будет аннулирована (п. 15 Правил ТП, утв. ПП РФ N 861).

Документы во вложении (формат Word с макросами для заполнения реквизитов - при открытии нажмите "Включить содержимое").

С уважением,
Отдел технологического присоединения
ПАО "Россети Московский регион"
тел. 8-800-220-0-220"""
z = zip_placeholder([("Dogovor_TP_8847-TP-26.docm", INERT), ("TU_8847.docm", INERT)], dt=(2026, 11, 17, 13, 50, 0))
msg(A_, "37-ru-fake-rosseti-dogovor-tp.eml", "ru",
    "'Россети Московский регион' grid-connection contract for a 150 kW solar plant, ZIP with macro .docm, 'enable content'",
    "Malware (macro document, inert) with a trade-specific grid-operator lure; look-alike domain, KOI8-R",
    rcpt=first("dmitry"), frm=addr("Россети Московский регион - ТП", "tp@rossetimr-lk.ru", "koi8-r", "B"), to=st("dmitry", "koi8-r", "B"),
    subject="Договор ТП N 8847-ТП/26 - на подпись", date=d, cs="koi8-r", subj_mode="B",
    helo="rossetimr-lk.ru", rdns="45-87-153-112.cloudvps.regruhosting.ru", ip="45.87.153.112", return_path="tp@rossetimr-lk.ru",
    msgid=mid("x", "a37", "rossetimr-lk.ru"), hdrs=["X-Mailer: Microsoft Outlook 16.0"],
    body=Mp("mixed", plain(body, "koi8-r", "quoted-printable"), A(z, "application/zip", "Dogovor_TP_8847.zip")))

# 38 ------------------------------------------------------------------
d = when(2, "09:14", "MSK", month=12)
body = """Ольга, добрый день.

Вы на месте? Сегодня с Вами свяжется Андрей Викторович Кравцов, он куратор из ФСБ, курирует проверку по утечке данных наших сотрудников и подозрительным операциям по счетам компании. Я уже с ним разговаривал, ситуация серьёзная.

Пожалуйста, окажите ему всё необходимое содействие и выполняйте его указания. Информация строго конфиденциальная - никому в офисе и в Германии пока не говорите, это может помешать проверке.

Я сейчас на совещании и говорить не могу. Напишите мне в Telegram, там удобнее: @d_sokolov_exg

Дмитрий Соколов"""
msg(A_, "38-ru-fake-boss-telegram-fsb.eml", "ru",
    "'Дмитрий Соколов' from examplegroup.ru (look-alike of examplegroup.eu) announces a call from an 'FSB curator' and moves the chat to Telegram",
    "'Fake boss' social-engineering scheme (2024-2026 trend in Russia): authority pretext, secrecy, pivot to a messenger; look-alike domain on Yandex 360",
    rcpt=first("olga"), frm=addr("Дмитрий Соколов", "dmitry.sokolov@examplegroup.ru", "utf-8", "B"), to=st("olga", "utf-8", "B"),
    subject="Срочно, конфиденциально", date=d, subj_mode="B",
    helo="forward501b.mail.yandex.net", rdns="forward501b.mail.yandex.net", ip="178.154.239.145", return_path="dmitry.sokolov@examplegroup.ru",
    msgid="<%s@mail.yandex.ru>" % (hn("a38", 6) + "1764650" + hn("a38b", 3)),
    received=["from mail-nwsmtp-smtp-production-main-84.iva.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-84.iva.yp-c.yandex.net\n [IPv6:2a02:6b8:c0c:a4a2:0:640:6c2e:0]) by forward501b.mail.yandex.net (Yandex) with ESMTPS id 5C2E160A1B\n for <olga.ivanova@example.com>; " + fdate(d)],
    hdrs=["X-Mailer: Yamail [ http://yandex.ru ] 5.0"],
    body=plain(body, "utf-8", "base64"))

# 39 ------------------------------------------------------------------
d = when(5, "17:48", "MSK")
url = "https://mail-example-com.quota-admin.ru/owa/auth/logon.aspx?user=dmitry.sokolov%40example.com"
body = """Уважаемый пользователь dmitry.sokolov@example.com!

Ваш почтовый ящик превысил установленную квоту (2048 МБ из 2048 МБ). Входящие сообщения временно задерживаются на сервере (12 писем).

Чтобы не потерять входящую почту, подтвердите учётную запись для автоматического увеличения квоты до 10 ГБ:

[[Подтвердить и увеличить квоту|%s]]

Если подтверждение не будет выполнено в течение 24 часов, задержанные сообщения будут удалены.

Служба технической поддержки
Отдел ИТ, Example Group""" % url
msg(A_, "39-ru-fake-quota-it-helpdesk.eml", "ru",
    "Fake internal IT helpdesk: mailbox quota exceeded, 12 messages held, confirm account to raise quota",
    "Credential phishing impersonating the company's own IT (display name), OWA-style look-alike page on quota-admin.ru; external IP despite internal wording",
    rcpt=first("dmitry"), frm=addr("Служба поддержки Example Group", "helpdesk@example-com.quota-admin.ru", "koi8-r", "B"), to=st("dmitry", "koi8-r", "B"),
    subject="Превышена квота почтового ящика", date=d, cs="koi8-r", subj_mode="B",
    helo="quota-admin.ru", rdns="193-124-205-18.cloud.timeweb.ru", ip="193.124.205.18", return_path="helpdesk@example-com.quota-admin.ru",
    msgid=mid("php", "a39", "quota-admin.ru"),
    body=alt(body, "koi8-r", "base64", lang="ru", font="Tahoma, sans-serif"))

# 40 ------------------------------------------------------------------
d = when(27, "12:36", "MSK")
phish_html = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Контур.Диадок - Вход</title>
<style>body{font-family:Arial,sans-serif;background:#f2f2f2}.b{width:360px;margin:80px auto;background:#fff;padding:32px}
input{width:100%;padding:9px;margin:6px 0 14px;border:1px solid #bbb}button{background:#1f87ef;color:#fff;border:0;padding:10px;width:100%}</style></head>
<body><div class="b"><h2>Контур.Диадок</h2><p>Для просмотра документа «Счет-фактура № 1184 от 27.11.2026» войдите в систему.</p>
<form method="post" action="https://diadoc-kontur-vhod.netlify.app/auth">
<label>Электронная почта</label><input name="email" value="olga.ivanova@example.com"><label>Пароль</label><input type="password" name="password">
<button type="submit">Войти</button></form></div>
<!-- evaluation corpus: inert credential-phishing attachment, no script --></body></html>
"""
body = """Здравствуйте!

Вам поступил документ в системе Контур.Диадок.

Отправитель: ООО «ТехноСолар»
Документ: Счет-фактура № 1184 от 27.11.2026
Сумма: 412 860,00 руб., в т.ч. НДС

Документ требует подписания. Копия документа для предварительного просмотра во вложении.

С уважением,
Контур.Диадок"""
msg(A_, "40-ru-fake-diadok-html-vlozhenie.eml", "ru",
    "'Контур.Диадок' incoming invoice notice with an .html 'preview' attachment asking for the Diadoc password",
    "HTML-attachment credential phishing imitating the Russian EDI provider; look-alike domain, netlify form target",
    rcpt=first("olga"), frm=addr("Контур.Диадок", "noreply@diadoc-kontur-edo.ru", "utf-8", "B"), to=st("olga", "utf-8", "B"),
    subject="Вам поступил документ от ООО «ТехноСолар»", date=d, subj_mode="B",
    helo="mx.diadoc-kontur-edo.ru", rdns="vps-31844.fornex.host", ip="185.181.165.42", return_path="noreply@diadoc-kontur-edo.ru",
    msgid=mid("x", "a40", "diadoc-kontur-edo.ru"),
    body=Mp("mixed", alt(body, "utf-8", "quoted-printable", lang="ru", font="Arial"),
            A(phish_html.encode(), "text/html; charset=utf-8", "Документ_1184_просмотр.html", fn_cs="utf-8")))

# ================================================================ BUSINESS
B_ = "business"

# 01 DE ----------------------------------------------------------------
d = when(13, "11:08")
body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung RE-2026-11873 zu Ihrer Bestellung 4500-2291 vom 28.10.2026 (Montagesysteme Flachdach, Lieferung Projekt Straubing).

Rechnungsbetrag: 48.716,30 EUR (inkl. 19 %% USt.)
Zahlbar bis: 20.11.2026 ohne Abzug

Bankverbindung:
Volksbank Regensburg eG
IBAN: %s
BIC: GENODEF1R01

Bei Rückfragen zur Rechnung wenden Sie sich bitte an rechnungen@lieferant-gmbh.de oder telefonisch an 0941 46 37 12-30.

Mit freundlichen Grüßen
Buchhaltung
Lieferant GmbH
Im Gewerbepark D 45, 93059 Regensburg
Geschäftsführer: Andreas Lechleitner | Amtsgericht Regensburg HRB 11482 | USt-IdNr. DE 813 447 291""" % F["lieferant_old"]
msg(B_, "01-de-lieferant-rechnung.eml", "de",
    "Lieferant GmbH accounting sends invoice RE-2026-11873 (PDF) with its usual Volksbank account",
    "Genuine supplier invoice from the correct domain and the supplier's own mail server; bank details match the master data",
    rcpt="kreditoren@example.com", frm=addr("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), to="kreditoren@example.com",
    subject="Rechnung RE-2026-11873 zu Ihrer Bestellung 4500-2291", date=d, cs="iso-8859-1",
    helo="mail.lieferant-gmbh.de", rdns="mail.lieferant-gmbh.de", ip="85.22.118.37", return_path="rechnungen@lieferant-gmbh.de",
    msgid="<ERP.%s.%s@lieferant-gmbh.de>" % (hn("b01", 14), hn("b01x", 5)),
    received=["from erp01.lieferant.local (erp01.lieferant.local [192.168.10.21])\n\tby mail.lieferant-gmbh.de (Postfix) with ESMTP id 3C8F14A02B\n\tfor <kreditoren@example.com>; " + fdate(d)],
    hdrs=["X-Mailer: DATEV Unternehmen online / Belegversand"],
    body=Mp("mixed", plain(body, "iso-8859-1", "quoted-printable"),
            A(pdf_placeholder("Lieferant GmbH - Rechnung RE-2026-11873", ["48.716,30 EUR", "IBAN " + F["lieferant_old"]]), "application/pdf", "RE-2026-11873.pdf")))

# 02 ------------------------------------------------------------------
d = when(20, "14:32")
body = """Sehr geehrte Frau Hoffmann,

wie bereits von unserem Geschäftsführer Herrn Lechleitner im Jahresgespräch mit Herrn Neumann angekündigt: Die Volksbank Regensburg eG fusioniert zum 01.01.2027 mit der Raiffeisenbank Regensburg-Wenzenbach eG. Dadurch ändern sich Bankleitzahl und IBAN unseres Geschäftskontos; Kontonummer und Kontoinhaber bleiben gleich.

Bisher: IBAN %s, BIC GENODEF1R01
Ab 01.01.2027: IBAN %s, BIC GENODEF1R02

Bis zum 31.12.2026 bitten wir Sie, weiterhin die bisherige Verbindung zu verwenden. Die Bank leitet Zahlungen auf die alte IBAN nach eigener Aussage noch bis Mitte 2027 weiter.

Das unterschriebene Schreiben unserer Geschäftsführung finden Sie im Anhang. Bitte verifizieren Sie die Änderung wie bei Ihnen üblich telefonisch unter der Ihnen bekannten Rufnummer unserer Buchhaltung (0941 46 37 12-30, Frau Ertl) - wir werden Sie niemals per E-Mail bitten, eine bereits fällige Zahlung kurzfristig umzuleiten.

Mit freundlichen Grüßen

Stefan Maier
Vertriebsinnendienst
Lieferant GmbH | Im Gewerbepark D 45 | 93059 Regensburg
Tel. +49 941 46 37 12-14""" % (F["lieferant_old"], F["lieferant_new"])
msg(B_, "02-de-lieferant-echte-bankaenderung.eml", "de",
    "Stefan Maier (Lieferant GmbH) announces an IBAN change from 1 Jan 2027 due to a bank merger, asks for phone verification",
    "Genuine bank-detail change: correct domain and infrastructure, change only from next year, account number unchanged, explicit call-back on known number; hard case next to attack 01",
    rcpt=first("jana"), frm=addr("Stefan Maier", "s.maier@lieferant-gmbh.de"), to=st("jana"), cc="rechnungen@lieferant-gmbh.de, " + st("lukas"),
    subject="Änderung unserer Bankverbindung zum 01.01.2027 (Bankfusion)", date=d,
    helo="mail.lieferant-gmbh.de", rdns="mail.lieferant-gmbh.de", ip="85.22.118.37", return_path="s.maier@lieferant-gmbh.de",
    msgid=mid("uuid", "b02", "lieferant-gmbh.de"),
    received=["from LG-EX01.lieferant.local (192.168.10.5) by LG-EX01.lieferant.local\n (192.168.10.5) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; " + fdate(d)],
    hdrs=["X-Mailer: Microsoft Outlook 16.0"] + outlook_hdrs("b02", "de-DE", "Änderung unserer Bankverbindung zum 01.01.2027 (Bankfusion)".replace("Ä", "Ae"), True),
    body=Mp("mixed", alt(body, "utf-8", "quoted-printable", lang="de"),
            A(pdf_placeholder("Lieferant GmbH - Mitteilung Bankverbindung ab 01.01.2027", ["alt " + F["lieferant_old"], "neu " + F["lieferant_new"]]),
              "application/pdf", "Mitteilung_Bankverbindung_2027.pdf")))

# 03 ------------------------------------------------------------------
d = when(26, "15:47")
body = """Hallo Jana,

bitte heute noch die Anzahlung an SunVolt Inverters für die Wechselrichter Projekt Straubing (Bestellung 4500-2318, Anzahlungsrechnung AR-26-0912, 30 %% = 61.425,00 EUR) in den Zahllauf nehmen. Die Rechnung liegt im DMS, ich habe sie eben freigegeben.

Hintergrund: Ohne Zahlungseingang bis morgen verlieren wir den Liefertermin KW 50, und Jonas braucht die Geräte für die Inbetriebnahme vor Jahresende.

Bankverbindung bitte wie immer aus den Stammdaten nehmen, nicht aus der PDF.

Danke dir!
Claudia

--
Claudia Weber
CFO | Example Group
Tel. +49 941 780 44-100""" 
msg(B_, "03-de-intern-cfo-dringende-zahlung.eml", "de",
    "CFO asks AP to include an urgent 61,425 EUR down-payment to an inverter supplier in today's payment run (released in the DMS)",
    "Genuine urgent internal payment request: via the internal relay, references the approval workflow and master data",
    rcpt=first("jana"), frm=st("claudia"), to=st("jana"), cc=st("jonas"),
    subject="Bitte heute noch: Anzahlung SunVolt / Projekt Straubing", date=d, internal=True,
    helo="", rdns="", ip="", return_path=first("claudia"), msgid=mid("outlook", "b03"),
    received=["from EXG-MBX02.corp.example.com (10.20.1.12) by mail-int01.example.com\n (10.20.0.25) with Microsoft SMTP Server (version=TLS1_2) id 15.2.1544.14; " + fdate(d)],
    hdrs=outlook_hdrs("b03", "de-DE", "Bitte heute noch: Anzahlung SunVolt / Projekt Straubing"),
    body=alt(body.replace("%%", "%"), "utf-8", "quoted-printable", lang="de"))

# 04 ------------------------------------------------------------------
d = when(9, "08:21")
url = "https://login.sma.energy/auth/realms/SMA/login-actions/reset-credentials?token=" + h("b04t", 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
body = """Hallo Jonas Schäfer,

für Ihr SMA ID-Konto (jonas.schaefer@example.com) wurde das Zurücksetzen des Passworts angefordert.

[[Passwort zurücksetzen|%s]]

Der Link ist 30 Minuten gültig. Wenn Sie das Zurücksetzen nicht angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.

Ihr SMA Team

SMA Solar Technology AG, Sonnenallee 1, 34266 Niestetal""" % url
msg(B_, "04-de-sma-passwort-reset.eml", "de",
    "SMA ID password-reset e-mail requested by the project manager for the monitoring portal",
    "Genuine password reset from a real service (sent via Amazon SES), requested by the user; resembles phishing but is legitimate",
    rcpt=first("jonas"), frm=addr("SMA ID", "noreply@sma.energy"), to=first("jonas"),
    subject="Passwort zurücksetzen für Ihr SMA ID-Konto", date=d,
    helo="a4-20.smtp-out.eu-central-1.amazonses.com", rdns="a4-20.smtp-out.eu-central-1.amazonses.com", ip="69.169.224.20",
    return_path="010701%s-000000@eu-central-1.amazonses.com" % h("b04r", 30), msgid=mid("ses", "b04"),
    hdrs=["Feedback-ID: ::1.eu-central-1.%s:AmazonSES" % h("b04f", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")],
    body=alt(body, "utf-8", "base64", lang="de", font="Arial, sans-serif"))

# 05 ------------------------------------------------------------------
d = when(27, "06:00")
items = [("Solarspitzen: Netzbetreiber melden erste Erfahrungen mit der Abregelung", "https://www.pv-magazine.de/2026/11/26/solarspitzen-netzbetreiber-abregelung/"),
         ("Marktwert Solar im November bei 3,1 Cent pro Kilowattstunde", "https://www.pv-magazine.de/2026/11/26/marktwert-solar-november/"),
         ("Wärmepumpen-Absatz: Förderanträge im dritten Quartal deutlich gestiegen", "https://www.pv-magazine.de/2026/11/25/waermepumpen-foerderantraege-q3/"),
         ("Modulpreise: Spotmarkt bleibt im Dezember stabil", "https://www.pv-magazine.de/2026/11/25/modulpreise-dezember/")]
txt = "pv magazine Deutschland - Newsletter vom 27.11.2026\n\n" + "\n\n".join("%s\n%s" % it for it in items) + \
      "\n\nSie erhalten diesen Newsletter, weil Sie sich mit sabine.lorenz@example.com angemeldet haben.\nAbmelden: https://www.pv-magazine.de/newsletter/abmelden/?e=" + h("b05u", 24) + "\n\npv magazine group GmbH & Co. KG, Kurfürstendamm 64, 10707 Berlin"
ht = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head><body style="font-family:Georgia,serif;background:#fff">'
      '<table width="640" align="center"><tr><td style="border-bottom:3px solid #e30613;padding:10px 0;font-size:26px;font-weight:bold">pv magazine <span style="color:#e30613">Deutschland</span></td></tr>'
      + "".join('<tr><td style="padding:14px 0;border-bottom:1px solid #ddd"><a href="%s?utm_source=newsletter&amp;utm_medium=email" style="color:#111;font-size:18px;text-decoration:none">%s</a></td></tr>' % (u, html.escape(t)) for t, u in items)
      + '<tr><td style="font-size:11px;color:#777;padding-top:20px">Sie erhalten diesen Newsletter, weil Sie sich mit sabine.lorenz@example.com angemeldet haben. <a href="https://www.pv-magazine.de/newsletter/abmelden/?e=%s">Abmelden</a><br>pv magazine group GmbH &amp; Co. KG, Kurfürstendamm 64, 10707 Berlin</td></tr></table></body></html>' % h("b05u", 24))
msg(B_, "05-de-newsletter-pv-magazine.eml", "de",
    "pv magazine Deutschland daily newsletter (subscribed by sales)",
    "Genuine subscribed trade newsletter via a bulk ESP with List-Unsubscribe",
    rcpt=first("sabine"), frm=addr("pv magazine Deutschland", "newsletter@pv-magazine.de"), to=first("sabine"),
    subject="Solarspitzen: Netzbetreiber melden erste Erfahrungen | Marktwert Solar November", date=d,
    helo="mta-84-233.sparkpostmail.com", rdns="mta-84-233.sparkpostmail.com", ip="192.174.84.233",
    return_path="msprvs1=%s=bounces-218844@spmailtechnol.com" % h("b05r", 12), msgid="<%s.%s@mta-84-233.sparkpostmail.com>" % (hn("b05", 10), h("b05m", 8)),
    hdrs=["List-Unsubscribe: <https://www.pv-magazine.de/newsletter/abmelden/?e=%s>, <mailto:unsubscribe@pv-magazine.de>" % h("b05u", 24),
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: pv magazine Deutschland Newsletter <newsletter-de.pv-magazine.de>", "Precedence: bulk"],
    body=alt(txt, "utf-8", "quoted-printable", html_text=ht))

# 06 ------------------------------------------------------------------
d = when(17, "21:14")
body = """Sehr geehrte Damen und Herren,

ich muss mich leider erneut an Sie wenden. Die Wärmepumpe, die Ihre Firma im September bei uns installiert hat (Auftrag 2026-DE-1147, Außeneinheit an der Garagenwand), ist nachts so laut, dass unsere Nachbarn sich bereits zweimal beschwert haben. Ihr Monteur, Herr Bauer, hatte am 21.10. zugesagt, dass die Schallhaube nachgerüstet wird - passiert ist seitdem nichts.

Außerdem zeigt die Monitoring-App für die PV-Anlage seit Samstag 0 kWh an, obwohl die Sonne schien. Am Wechselrichter leuchtet eine rote LED.

Ich habe die Schlussrechnung bezahlt und erwarte jetzt, dass sich bis Ende der Woche jemand meldet und einen Termin vereinbart. Sonst sehe ich mich gezwungen, die Verbraucherzentrale einzuschalten.

Mit freundlichen Grüßen
Klaus Becker
Am Sonnenhang 7
93161 Sinzing
Tel. 0160 9182 4477"""
msg(B_, "06-de-kundenbeschwerde-waermepumpe.eml", "de",
    "Homeowner complains about a noisy heat pump and a PV system showing 0 kWh, threatens consumer protection agency",
    "Genuine customer complaint from a consumer ISP (T-Online); angry tone and deadline but no link or payment request",
    rcpt="service@example.com", frm=addr("Klaus Becker", "k.becker.sinzing@t-online.de"), to="service@example.com",
    subject="Wärmepumpe zu laut / PV-Anlage liefert nichts - Auftrag 2026-DE-1147", date=d, cs="iso-8859-1",
    helo="mailout11.t-online.de", rdns="mailout11.t-online.de", ip="194.25.134.85", return_path="k.becker.sinzing@t-online.de",
    msgid="<%s.%s@email.t-online.de>" % (hn("b06", 13), h("b06x", 6)),
    received=["from fwd88.aul.t-online.de (fwd88.aul.t-online.de [10.223.144.114])\n\tby mailout11.t-online.de (Postfix) with SMTP id 7E1A61C08D\n\tfor <service@example.com>; " + fdate(d)],
    hdrs=["X-Mailer: T-Online eMail 2.3.22", "X-TOI-MSGID: " + h("b06t", 36)],
    body=plain(body, "iso-8859-1", "quoted-printable"))

# 07 ------------------------------------------------------------------
d = when(7, "10:32")
body = """Hi Lukas,

mein Dienstlaptop ist gestern auf der Baustelle in Straubing vom Gerüst gefallen, Felix hat ihn schon zur Reparatur. Bis dahin schreibe ich ausnahmsweise von privat.

Anbei die Stückliste für die Nachbestellung Unterkonstruktion (Dach Halle B): 36 Schienen 4,2 m und 180 Klemmen. Kannst du das bitte bei Lieferant GmbH über die normale Bestellung anfragen? Preise wie im Rahmenvertrag.

Am Montag bin ich wieder im Büro, dann schicke ich alles nochmal ordentlich aus Outlook.

Gruß
Jonas"""
msg(B_, "07-de-kollege-privatadresse.eml", "de",
    "Project manager writes from his private GMX address (laptop broken) with a parts list for a re-order",
    "Genuine colleague mail from a private address: no payment, no bank data, no credentials; asks to use the normal ordering process",
    rcpt=first("lukas"), frm=addr("Jonas Schäfer", "jonas.schaefer84@gmx.de", "utf-8"), to=st("lukas"),
    subject="Stückliste Nachbestellung Halle B (von privat)", date=d,
    helo="mout.gmx.net", rdns="mout.gmx.net", ip="212.227.17.20", return_path="jonas.schaefer84@gmx.de",
    msgid=mid("gmx", "b07", "gmx"),
    received=["from [100.67.211.9] ([80.187.112.44]) by web-mail.gmx.net\n (3c-app-gmx-bs47.server.lan [172.19.170.99]) (via HTTP); " + fdate(d)],
    hdrs=["Importance: normal", "Sensitivity: Normal", "X-Priority: 3", "X-UI-Message-Type: mail"],
    body=Mp("mixed", alt(body, "utf-8", "quoted-printable", lang="de", font="Verdana"),
            A(pdf_placeholder("Stueckliste Unterkonstruktion Halle B", ["36 Schienen 4,2 m", "180 Klemmen"]), "application/pdf", "Stueckliste_HalleB.pdf")))

# 08 ------------------------------------------------------------------
d = when(19, "09:55")
body = """Sehr geehrte Damen und Herren,

zu Ihrer Anmeldung der Erzeugungsanlage bestätigen wir den Eingang der Inbetriebsetzungsanzeige.

Vorgangsnummer: EEA-2026-0458871
Anlagenanschrift: Industriestraße 18, 94315 Straubing
Installierte Leistung: 749,8 kWp / Wechselrichterleistung 660 kVA
MaStR-Nummer: SEE936104827512

Die Unterlagen sind vollständig. Der Einbau des Zweirichtungszählers erfolgt durch unseren Messstellenbetrieb; der Termin wird Ihnen gesondert mitgeteilt. Den Bearbeitungsstand können Sie jederzeit im Einspeiserportal unter https://www.bayernwerk-netz.de/einspeiserportal einsehen.

Bitte beachten Sie: Nach Zählersetzung ist die Registrierung im Marktstammdatenregister innerhalb eines Monats durch den Anlagenbetreiber zu bestätigen.

Mit freundlichen Grüßen
Ihr Team Einspeisemanagement
Bayernwerk Netz GmbH
Lilienthalstraße 7, 93049 Regensburg

Diese E-Mail wurde automatisch erstellt. Bei Fragen antworten Sie bitte auf diese E-Mail unter Angabe der Vorgangsnummer."""
msg(B_, "08-de-netzbetreiber-inbetriebsetzung.eml", "de",
    "Grid operator Bayernwerk Netz confirms the commissioning notice for the Straubing PV plant (same MaStR number as attack 03)",
    "Genuine grid-operator notification: real portal URL shown in text only, no credential request; hard counterpart to the fake MaStR mail",
    rcpt=first("jonas"), frm=addr("Bayernwerk Netz GmbH - Einspeisemanagement", "einspeisung@bayernwerk.de"), to=st("jonas"),
    subject="Ihre Inbetriebsetzungsanzeige - Vorgang EEA-2026-0458871", date=d,
    helo="mx2.eon.com", rdns="mx2.eon.com", ip="195.145.230.52", return_path="einspeisung@bayernwerk.de",
    msgid="<%s@bayernwerk.de>" % h("b08", 24), hdrs=["X-Mailer: SAP NetWeaver 7.50"],
    body=plain(body, "utf-8", "quoted-printable"))

# 09 EN ----------------------------------------------------------------
d = when(4, "16:12", "GMT")
body = """Microsoft account

Security code

Please use the following security code for the Microsoft account ja*****@example.com.

Security code: 481739

If you don't recognise the Microsoft account ja*****@example.com, you can click [[here|https://account.live.com/dp?ft=%s]] to remove your email address from that account.

Thanks,
The Microsoft account team""" % h("b09", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
msg(B_, "09-en-microsoft-security-code.eml", "en",
    "Microsoft account security (one-time) code requested by James",
    "Genuine security notification from Microsoft's real sender and infrastructure",
    rcpt=first("james"), frm=addr("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), to=first("james"),
    subject="Microsoft account security code", date=d,
    helo="mail-am7eur03on2091.outbound.protection.outlook.com", rdns="mail-am7eur03on2091.outbound.protection.outlook.com", ip="40.107.105.91",
    return_path="account-security-noreply@accountprotection.microsoft.com", msgid="<%s@BN7NAM10FT%s.mail.protection.outlook.com>" % (h("b09m", 16).upper(), hn("b09", 3)),
    hdrs=["X-MSAPipeline: MessageDispatcher"],
    body=alt(body, "utf-8", "quoted-printable", lang="en", font="Segoe UI, Tahoma, sans-serif"))

# 10 ------------------------------------------------------------------
d = when(24, "08:40", "GMT")
body = """James,

I'm writing again about the inverter fault on the warehouse roof system at our Oldham site (your job ref. UK-2025-0388).

Since 9 November, inverter 3 of 4 has been tripping every afternoon with an isolation fault, and we are losing roughly a quarter of the generation during our peak refrigeration load. Your engineer attended on 13 November, reset it and said a replacement unit would be ordered. Nobody has been back since and my last two emails have gone unanswered.

I need a firm date for the replacement this week. Until the system is back to full output we will be holding the final 10% retention payment, and I will be raising the lost generation with our director at the contract review on 8 December.

Regards,

Rhys Hughes
Facilities Manager
Pennine Cold Storage Ltd
Unit 4, Higginshaw Lane, Oldham OL1 3LB
07700 318 442"""
msg(B_, "10-en-customer-complaint-inverter.eml", "en",
    "Commercial customer complains about a recurring inverter fault, withholds the retention payment",
    "Genuine customer complaint from the customer's Microsoft 365 tenant; angry, mentions money, but no link or payment redirection",
    rcpt=first("james"), frm=addr("Rhys Hughes", "r.hughes@pennine-coldstore.co.uk"), to=st("james"), cc=st("emma"),
    subject="Oldham roof PV - inverter 3 still faulty (UK-2025-0388)", date=d,
    helo="GBR01-LO4-obe.outbound.protection.outlook.com", rdns="mail-lo4gbr01on2117.outbound.protection.outlook.com", ip="40.107.23.117",
    return_path="r.hughes@pennine-coldstore.co.uk", msgid=mid("outlook", "b10").replace("eurprd", "gbrprd"),
    received=[ms_received("b10", d, "x")], hdrs=outlook_hdrs("b10", "en-GB", "Oldham roof PV - inverter 3 still faulty (UK-2025-0388)"),
    body=alt(body, "us-ascii", "7bit", lang="en"))

# 11 ------------------------------------------------------------------
d = when(12, "13:03", "GMT")
body = """Dear James,

Thank you for booking your annual MCS surveillance assessment.

Company: Example Group UK Ltd
Technologies: Solar PV, Air Source Heat Pump
Date: Tuesday 1 December 2026, 09:30
Site: installation of your choice within 40 miles of Manchester
Assessor: Gareth Pryce

Please have the following available on the day: two completed handover packs from the last 12 months, current public liability insurance, evidence of Consumer Code membership and calibration certificates for your test equipment.

If you need to rearrange, please reply to this email or call us on 0345 543 0330 at least five working days before the assessment.

Kind regards,

Scheduling Team
NAPIT Certification"""
msg(B_, "11-en-mcs-assessment-booking.eml", "en",
    "Certification body confirms the annual MCS surveillance assessment for the UK office",
    "Genuine scheme mail (same topic as attack 09): confirms an appointment the recipient booked, no login or payment link",
    rcpt=first("james"), frm=addr("NAPIT Scheduling", "scheduling@napit.org.uk"), to=st("james"),
    subject="MCS surveillance assessment booked - 1 December 2026", date=d,
    helo="mail-db8eur05on2100.outbound.protection.outlook.com", rdns="mail-db8eur05on2100.outbound.protection.outlook.com", ip="40.107.20.100",
    return_path="scheduling@napit.org.uk", msgid=mid("outlook", "b11"),
    received=[ms_received("b11", d, "x")], hdrs=outlook_hdrs("b11", "en-GB", "MCS surveillance assessment booked - 1 December 2026"),
    body=alt(body, "utf-8", "quoted-printable", lang="en"))

# 12 ------------------------------------------------------------------
d = when(18, "07:00", "GMT")
items = [("Ofgem confirms timetable for Smart Export Guarantee review", "https://www.solarpowerportal.co.uk/ofgem-seg-review-timetable"),
         ("Commercial rooftop pipeline hits record ahead of Future Homes Standard", "https://www.solarpowerportal.co.uk/commercial-rooftop-pipeline-record"),
         ("Heat pump installers report longer lead times for 2027 projects", "https://www.solarpowerportal.co.uk/heat-pump-lead-times-2027")]
txt = "Solar Power Portal - Daily Briefing, 18 November 2026\n\n" + "\n\n".join("%s\nRead more: %s" % it for it in items) + \
      "\n\nYou are receiving this email because james.whitaker@example.com subscribed to Solar Power Portal.\nManage preferences or unsubscribe: https://www.solarpowerportal.co.uk/newsletter/preferences\nSolar Media Ltd, 3rd Floor, 1 Farringdon Road, London"
ht = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head><body style="font-family:Arial,sans-serif">'
      '<table width="600" align="center"><tr><td style="background:#0b2e4f;color:#fff;padding:16px;font-size:22px">Solar Power Portal <span style="font-size:13px">Daily Briefing</span></td></tr>'
      + "".join('<tr><td style="padding:14px 6px;border-bottom:1px solid #ddd"><a href="https://click.solarmedia.co.uk/?qs=%s" style="font-size:17px;color:#0b2e4f">%s</a></td></tr>' % (h(u, 40), html.escape(t)) for t, u in items)
      + '<tr><td style="font-size:11px;color:#777;padding:14px 6px">You are receiving this email because james.whitaker@example.com subscribed to Solar Power Portal. <a href="https://www.solarpowerportal.co.uk/newsletter/preferences">Unsubscribe</a><br>Solar Media Ltd</td></tr></table></body></html>')
msg(B_, "12-en-newsletter-solar-power-portal.eml", "en",
    "Solar Power Portal daily briefing newsletter (subscribed)",
    "Genuine subscribed newsletter via Salesforce Marketing Cloud; tracked links are normal here",
    rcpt=first("james"), frm=addr("Solar Power Portal", "newsletter@solarmedia.co.uk"), to=first("james"),
    subject="Ofgem confirms SEG review timetable | Rooftop pipeline record", date=d,
    helo="mta3.e.solarmedia.co.uk", rdns="mta3.e.solarmedia.co.uk", ip="136.147.129.23",
    return_path="bounce-1284_HTML-4471209-88321-7312051-118@bounce.e.solarmedia.co.uk",
    msgid="<%s-%s@atl1s07mta1132.xt.local>" % (h("b12", 8), hn("b12n", 6)),
    hdrs=["List-Unsubscribe: <https://click.solarmedia.co.uk/unsub_center.aspx?qs=%s>" % h("b12u", 40), "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "x-job: 7312051_4471209"],
    body=alt(txt, "utf-8", "quoted-printable", html_text=ht))

# 13 ------------------------------------------------------------------
d = when(1, "18:30", month=12)
body = """Dear all,

ahead of the Q4 management meeting on Thursday 10 December (Regensburg, 09:00-16:00, dial-in for those travelling), please find attached the agenda and the pre-read.

Main topics:
1. 2026 results by country and pipeline for Q1/Q2 2027
2. Grid connection delays (DE, PL, GR) - status and mitigation
3. Working capital: customer deposits, supplier terms, inverter stock
4. IT: rollout of phishing-resistant MFA (Felix)

Country managers, please send your two-slide update to Petra by Monday 7 December.

Best regards,
Markus

--
Markus Brandt
CEO | Example Group
Tel. +49 941 780 44-0"""
msg(B_, "13-en-intern-ceo-agenda.eml", "en",
    "CEO sends the Q4 management-meeting agenda and pre-read PDF to the managers",
    "Genuine internal mail from the CEO via the internal relay; mentions money topics but requests nothing risky",
    rcpt=first("giulia"), frm=st("markus"),
    to=", ".join(st(x) for x in ("claudia", "giulia", "nikos", "james", "dmitry")), cc=st("petra"),
    subject="Q4 management meeting 10 December - agenda and pre-read", date=d, internal=True,
    helo="", rdns="", ip="", return_path=first("markus"), msgid=mid("outlook", "b13"),
    received=["from EXG-MBX01.corp.example.com (10.20.1.11) by mail-int01.example.com\n (10.20.0.25) with Microsoft SMTP Server (version=TLS1_2) id 15.2.1544.14; " + fdate(d)],
    hdrs=outlook_hdrs("b13", "en-US", "Q4 management meeting 10 December - agenda and pre-read", True),
    body=Mp("mixed", alt(body, "us-ascii", "7bit", lang="en"),
            A(pdf_placeholder("Q4 management meeting - agenda and pre-read"), "application/pdf", "Q4_Management_Meeting_PreRead.pdf")))

# 14 ------------------------------------------------------------------
d = when(25, "10:18", "GMT")
body = """Dear Emma,

Please find attached your statement as at 24/11/2026.

Our records show invoices INV-118842 (£8,412.60, due 31/10/2026) and INV-119107 (£3,980.00, due 14/11/2026) remain unpaid, a total of £12,392.60 overdue.

Your account has been placed on stop and we are unable to release the battery storage units for your order SO-77412 until payment is received. To avoid any delay to your installations next week, please arrange payment today if possible and send remittance to this address.

Our bank details are unchanged:
NatWest, Sort code 01-05-36, Account 41229981
IBAN: %s, BIC: NWBKGB2L

If you believe any of these items are in dispute, please let me know so I can put them on hold.

Kind regards,

Donna Shaw
Credit Controller
Northern Solar Wholesale Ltd
Tel: 0161 496 0734""" % F["northern"]
msg(B_, "14-en-supplier-overdue-reminder.eml", "en",
    "UK wholesaler's credit controller: two invoices overdue (GBP 12,392.60), account on stop, pay today to release stock",
    "Genuine urgent payment reminder: known supplier domain, bank details explicitly unchanged, statement attached",
    rcpt=first("emma"), frm=addr("Donna Shaw", "credit.control@northernsolarwholesale.co.uk"), to=st("emma"),
    subject="Statement & overdue reminder - account EXAM001 on stop", date=d,
    helo="mail-lo2gbr01on2139.outbound.protection.outlook.com", rdns="mail-lo2gbr01on2139.outbound.protection.outlook.com", ip="40.107.10.139",
    return_path="credit.control@northernsolarwholesale.co.uk", msgid=mid("outlook", "b14").replace("eurprd", "gbrprd"),
    received=[ms_received("b14", d, "x")], hdrs=outlook_hdrs("b14", "en-GB", "Statement & overdue reminder - account EXAM001 on stop", True),
    body=Mp("mixed", alt(body, "windows-1252", "quoted-printable", lang="en"),
            A(pdf_placeholder("Northern Solar Wholesale - Statement 24/11/2026", ["Overdue GBP 12,392.60"]), "application/pdf", "Statement_EXAM001_20261124.pdf")))

# 15 ------------------------------------------------------------------
d = when(3, "11:47", month=12)
url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s-%s&etti=24&acct=%s&er=%s" % (
    h("b15a", 8), h("b15b", 4), h("b15c", 8), h("b15d", 8))
body = """Stadtwerke Regensburg sent you a document to review and sign.

[[REVIEW DOCUMENT|%s]]

Thomas Reindl
t.reindl@stadtwerke-regensburg.de

Dear Mr Brandt,

as discussed on Tuesday, here is the EPC framework agreement 2027 for signature. Legal has incorporated your comments on clause 9 (liability cap).

Best regards
Thomas Reindl

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code: %s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.""" % (url, h("b15s", 32).upper())
msg(B_, "15-en-docusign-genuine-epc.eml", "en",
    "Genuine Docusign envelope from the municipal utility with the EPC framework agreement 2027 for the CEO",
    "Genuine e-signature request from Docusign's EU infrastructure and domain (eu.docusign.net); hard counterpart to attack 12",
    rcpt=first("markus"), frm=addr("Thomas Reindl via Docusign", "dse@eumail.docusign.net"), to=st("markus"),
    reply_to=addr("Thomas Reindl", "t.reindl@stadtwerke-regensburg.de"),
    subject="Complete with Docusign: EPC_Rahmenvertrag_2027_ExampleGroup.pdf", date=d,
    helo="mailfr.eumail.docusign.net", rdns="mailfr.eumail.docusign.net", ip="185.12.44.33",
    return_path="dse@eumail.docusign.net", msgid="<%s@fra1dsemail.docusign.net>" % h("b15m", 32),
    hdrs=["X-Docusign-Envelope-Id: " + "-".join(h("b15e", 32)[i:j] for i, j in ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32)))],
    body=alt(body, "utf-8", "quoted-printable", lang="en", font="Helvetica, Arial, sans-serif"))

# 16 ------------------------------------------------------------------
d = when(27, "16:02")
body = """Hi Lukas,

here is the delivery schedule for week 48 for your Italian and Bavarian sites:

- Mon 23/11: 2 trucks panels Bologna -> Straubing (delivered, CMR attached)
- Wed 25/11: inverters + cabling Regensburg -> Forlì (delivered, CMR attached)
- Mon 30/11: mounting structures Modena -> Ravenna (planned, crane needed on site)

Please confirm the crane booking for Monday by tomorrow noon, otherwise we have to move the delivery to Wednesday.

Invoices for week 48 will follow from our accounting office as usual.

Best regards
Chiara Colombo
Traffic Manager
Ferretti Trasporti S.p.A. | Via dell'Industria 27 | 41122 Modena
Tel. +39 059 284 7731"""
msg(B_, "16-en-ferretti-delivery-schedule.eml", "en",
    "Chiara Colombo (Ferretti Trasporti) sends the week-48 delivery schedule with signed CMRs attached",
    "Genuine correspondent mail from the real domain and Microsoft 365 tenant, PDF attachment, no link; hard counterpart to attack 16",
    rcpt=first("lukas"), frm=addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=st("lukas"), cc=st("francesca"),
    subject="Delivery schedule week 48 - CMRs attached", date=d,
    helo="EUR02-VI1-obe.outbound.protection.outlook.com", rdns="mail-vi1eur02on2097.outbound.protection.outlook.com", ip="40.107.241.97",
    return_path="c.colombo@ferretti-trasporti.it", msgid=mid("outlook", "b16"),
    received=[ms_received("b16", d, "x")], hdrs=outlook_hdrs("b16", "it-IT", "Delivery schedule week 48 - CMRs attached", True),
    body=Mp("mixed", alt(body, "utf-8", "quoted-printable", lang="en"),
            A(pdf_placeholder("CMR week 48 - Ferretti Trasporti"), "application/pdf", "CMR_W48_ExampleGroup.pdf")))

# 17 IT ----------------------------------------------------------------
d = when(30, "09:12")
body = """Spett.le EXAMPLE GROUP ITALIA S.R.L.,

in allegato trasmettiamo copia di cortesia della fattura n. FT/2026/01912 del 30/11/2026 relativa ai servizi di trasporto del mese di novembre (rif. ordini 2026-IT-0441 / 0447).

L'originale è stato trasmesso tramite Sistema di Interscambio (SdI) al Vostro codice destinatario.

Imponibile: 9.870,00 €
IVA 22%%: 2.171,40 €
Totale documento: 12.041,40 €
Scadenza: 31/12/2026 - bonifico bancario

Coordinate bancarie (invariate):
UniCredit S.p.A. - Ag. Modena Emilia Est
IBAN: %s

Cordiali saluti
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 41122 Modena
P.IVA 02847310363""" % F["ferretti"]
msg(B_, "17-it-ferretti-fattura.eml", "it",
    "Ferretti Trasporti accounting sends a courtesy copy of invoice FT/2026/01912 (original via SdI), unchanged UniCredit IBAN",
    "Genuine invoice from the real domain (Microsoft 365), bank details match master data",
    rcpt=first("marco"), frm=addr("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"), to=st("marco"),
    subject="Invio fattura n. FT/2026/01912 - copia di cortesia", date=d, cs="iso-8859-15",
    helo="EUR02-VI1-obe.outbound.protection.outlook.com", rdns="mail-vi1eur02on2131.outbound.protection.outlook.com", ip="40.107.241.131",
    return_path="amministrazione@ferretti-trasporti.it", msgid=mid("outlook", "b17"),
    received=[ms_received("b17", d, "x")], hdrs=outlook_hdrs("b17", "it-IT", "Invio fattura n. FT/2026/01912 - copia di cortesia", True),
    body=Mp("mixed", alt(body, "iso-8859-15", "quoted-printable", lang="it"),
            A(pdf_placeholder("Ferretti Trasporti - Fattura FT/2026/01912", ["Totale 12.041,40 EUR", "IBAN " + F["ferretti"]]), "application/pdf", "FT_2026_01912.pdf")))

# 18 ------------------------------------------------------------------
d = when(16, "17:31")
body = """Gentile Utente,

la informiamo che è disponibile nell'Area Clienti la comunicazione relativa al pagamento del Ritiro Dedicato per il mese di ottobre 2026.

Convenzione: RID000184472
Soggetto Responsabile: EXAMPLE GROUP ITALIA S.R.L.
Importo liquidato: 3.418,72 euro
Data valuta prevista: 30/11/2026

Per consultare il dettaglio acceda al portale https://areaclienti.gse.it con le sue credenziali SPID/CIE/CNS.

Cordiali saluti
GSE S.p.A.

Questa e-mail è generata automaticamente, si prega di non rispondere. Il GSE non richiede mai via e-mail l'inserimento di credenziali o coordinate bancarie."""
msg(B_, "18-it-gse-comunicazione-pagamento.eml", "it",
    "GSE notifies that the October 2026 Ritiro Dedicato payment statement is available in the customer area",
    "Genuine authority notification from gse.it infrastructure, portal URL in clear text only; hard counterpart to attack 17",
    rcpt=first("giulia"), frm=addr("GSE - Gestore Servizi Energetici", "noreply@gse.it"), to=first("giulia"),
    subject="Comunicazione di pagamento Ritiro Dedicato - ottobre 2026", date=d, cs="iso-8859-1",
    helo="mta01.gse.it", rdns="mta01.gse.it", ip="185.81.204.21", return_path="noreply@gse.it",
    msgid="<%s.JavaMail.svcpor@gsepr-app04>" % hn("b18", 18),
    body=plain(body, "iso-8859-1", "quoted-printable"))

# 19 ------------------------------------------------------------------
d = when(10, "19:47")
body = """Buonasera,

vi scrivo per segnalare un problema all'impianto agrivoltaico installato da voi a maggio sulla nostra stalla (pratica 2025-IT-0219).

Da circa tre settimane la produzione è calata di quasi la metà rispetto allo stesso periodo dell'anno scorso, anche nelle giornate di sole. Sull'app del monitoraggio una delle stringhe risulta a zero e il tecnico della manutenzione ordinaria non è ancora passato, nonostante due telefonate al vostro ufficio di Bologna.

Vi ricordo che il contratto prevede un intervento entro 5 giorni lavorativi. Se non riceviamo una data entro venerdì, dovremo valutare una richiesta di risarcimento per la mancata produzione.

Distinti saluti
Giovanni Pellegrini
Azienda Agricola Poggio Alto
Via Poggio Alto 12 - 48013 Brisighella (RA)
Cell. 347 218 5590"""
msg(B_, "19-it-reclamo-cliente-produzione.eml", "it",
    "Farm customer complains that the agri-PV plant lost half its output and the technician has not come; threatens damages",
    "Genuine customer complaint from an Italian ISP (Libero); emotional, no links or payment request",
    rcpt=first("francesca"), frm=addr("Azienda Agricola Poggio Alto", "poggioalto.agricola@libero.it"), to=st("francesca"), cc=st("giulia"),
    subject="Reclamo impianto fotovoltaico - produzione dimezzata (pratica 2025-IT-0219)", date=d, cs="iso-8859-1",
    helo="libero.it", rdns="smtp-34.iol.local", ip="213.209.10.34", return_path="poggioalto.agricola@libero.it",
    msgid="<%s.%s@libero.it>" % (hn("b19", 13), hn("b19b", 7)),
    received=["from libero.it ([217.202.1.44])\n\tby smtp-34.iol.local with ESMTPA\n\tid Hk2WtxLwS3cY9Hk2Wt6Qw1; " + fdate(d)],
    hdrs=["User-Agent: Libero Mail", "X-Originating-IP: 93.44.171.206"],
    body=plain(body, "iso-8859-1", "quoted-printable"))

# 20 ------------------------------------------------------------------
d = when(2, "10:05", month=12)
body = """Ciao Marco,

ti ricordo che entro il 16 dicembre dobbiamo pagare con F24 le ritenute di novembre (dipendenti e professionisti) e l'IVA di novembre. I totali sono nel file che ti ha mandato lo Studio Bertolini ieri.

Per favore prepara la delega in home banking oggi stesso: la firmo io domani mattina prima di partire per Regensburg, e non voglio rischiare di arrivare lunghi col ponte dell'8 dicembre.

Se qualcosa non torna con gli importi chiama direttamente lo studio.

Grazie!
Giulia

--
Giulia Romano
Country Manager Italy | Example Group Italia S.r.l.
Via Stalingrado 53, 40128 Bologna"""
msg(B_, "20-it-interno-f24-urgente.eml", "it",
    "Italian country manager asks local accounting to prepare the F24 tax payment today (deadline 16 Dec), she signs it tomorrow",
    "Genuine internal urgent payment request via the internal relay; payment goes through the normal home-banking approval",
    rcpt=first("marco"), frm=st("giulia"), to=st("marco"),
    subject="F24 del 16 dicembre - prepara la delega oggi", date=d, internal=True,
    helo="", rdns="", ip="", return_path=first("giulia"), msgid=mid("outlook", "b20"),
    received=["from EXG-MBX03.corp.example.com (10.20.1.13) by mail-int01.example.com\n (10.20.0.25) with Microsoft SMTP Server (version=TLS1_2) id 15.2.1544.14; " + fdate(d)],
    hdrs=outlook_hdrs("b20", "it-IT", "F24 del 16 dicembre - prepara la delega oggi"),
    body=alt(body, "utf-8", "base64", lang="it"))

# 21 ------------------------------------------------------------------
d = when(20, "07:30")
items = [("Aree idonee: le Regioni accelerano sui nuovi criteri", "https://www.qualenergia.it/articoli/aree-idonee-regioni-criteri/"),
         ("Comunità energetiche: prime erogazioni dei contributi PNRR", "https://www.qualenergia.it/articoli/cer-erogazioni-pnrr/"),
         ("Agrivoltaico, cosa cambia con il nuovo decreto", "https://www.qualenergia.it/articoli/agrivoltaico-nuovo-decreto/")]
txt = "QualEnergia.it - Newsletter settimanale\n\n" + "\n\n".join("%s\n%s" % it for it in items) + \
      "\n\nRicevi questa newsletter perché ti sei iscritto con giulia.romano@example.com.\nCancella iscrizione: https://www.qualenergia.it/newsletter/cancella/?id=" + h("b21", 20)
ht = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head><body style="font-family:Verdana,sans-serif">'
      '<table width="620" align="center"><tr><td style="color:#2a7d2e;font-size:24px;font-weight:bold;padding:12px 0">QualEnergia.it</td></tr>'
      + "".join('<tr><td style="padding:12px 0;border-top:1px solid #ddd"><a href="%s" style="color:#222;font-size:16px">%s</a></td></tr>' % (u, html.escape(t)) for t, u in items)
      + '<tr><td style="font-size:11px;color:#777;padding-top:16px">Ricevi questa newsletter perché ti sei iscritto con giulia.romano@example.com. <a href="https://www.qualenergia.it/newsletter/cancella/?id=%s">Cancella iscrizione</a></td></tr></table></body></html>' % h("b21", 20))
msg(B_, "21-it-newsletter-qualenergia.eml", "it",
    "QualEnergia.it weekly newsletter on Italian renewables policy (subscribed)",
    "Genuine subscribed newsletter via Brevo with List-Unsubscribe",
    rcpt=first("giulia"), frm=addr("QualEnergia.it", "newsletter@qualenergia.it"), to=first("giulia"),
    subject="Aree idonee, CER e agrivoltaico: la settimana delle rinnovabili", date=d, cs="iso-8859-15",
    helo="s3-3.mailin.fr", rdns="s3-3.mailin.fr", ip="77.32.148.3", return_path="bounces-%s@bounces.mailin.fr" % hn("b21r", 9),
    msgid="<%s@smtp-relay.mailin.fr>" % h("b21m", 30),
    hdrs=["List-Unsubscribe: <https://www.qualenergia.it/newsletter/cancella/?id=%s>" % h("b21", 20), "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Sendinblue", "Precedence: bulk"],
    body=alt(txt, "iso-8859-15", "quoted-printable", html_text=ht))

# 22 PL ----------------------------------------------------------------
pl_nrb = lambda ib: ib[2:4] + " " + " ".join(ib[4:][i:i + 4] for i in range(0, 24, 4))
d = when(13, "12:44")
body = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/11/2026/0457 za usługi magazynowe i dystrybucyjne za październik 2026 r. Faktura została wystawiona w Krajowym Systemie e-Faktur (numer KSeF: %s-20261113-%s-1C).

Kwota brutto: 24 117,30 zł
Termin płatności: 27.11.2026 r.
Mechanizm podzielonej płatności: tak

Rachunek (zgodny z białą listą): Bank Pekao S.A.
%s

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 14, 55-040 Bielany Wrocławskie
NIP %s""" % (NIP_PARTNER, h("b22k", 12).upper(), pl_nrb(IB["partner_old"]), NIP_PARTNER)
msg(B_, "22-pl-partner-logistik-faktura.eml", "pl",
    "Partner Logistik accounting sends the visualisation of KSeF invoice FV/11/2026/0457 with its white-listed Pekao account",
    "Genuine invoice from the real domain (own server), bank account matches master data",
    rcpt=first("piotr"), frm=addr("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl", "iso-8859-2"), to=st("piotr", "iso-8859-2"),
    subject="Faktura FV/11/2026/0457 - Partner Logistik sp. z o.o.", date=d, cs="iso-8859-2",
    helo="mail.partner-logistik.pl", rdns="mail.partner-logistik.pl", ip="91.231.24.57", return_path="ksiegowosc@partner-logistik.pl",
    msgid=mid("uuid", "b22", "partner-logistik.pl"), hdrs=["X-Mailer: Comarch ERP Optima"],
    body=Mp("mixed", plain(body, "iso-8859-2", "quoted-printable"),
            A(pdf_placeholder("Partner Logistik - Faktura FV/11/2026/0457", ["24 117,30 PLN", IB["partner_old"]]), "application/pdf", "FV_11_2026_0457.pdf")))

# 23 ------------------------------------------------------------------
d = when(25, "11:20")
body = """Dzień dobry Panie Piotrze,

zgodnie z zapowiedzią z naszego spotkania w Bielanach informuję, że z dniem 1 stycznia 2027 r. Partner Logistik sp. z o.o. przenosi obsługę bankową do ING Banku Śląskiego. Faktury wystawione do 31.12.2026 r. prosimy regulować jeszcze na dotychczasowy rachunek w Banku Pekao.

Nowy rachunek od 01.01.2027 r.:
ING Bank Śląski S.A.
%s

Rachunek jest już widoczny w wykazie podatników VAT (biała lista). W załączeniu pismo podpisane przez Zarząd. Zgodnie z Państwa procedurą proszę o potwierdzenie telefoniczne - najlepiej u naszej głównej księgowej, Pani Ewy Kubiak, pod numerem z umowy (71 311 24 60).

Pozdrawiam serdecznie
Tadeusz Zieliński
Dyrektor ds. Operacyjnych
Partner Logistik sp. z o.o.""" % pl_nrb(IB["partner_new"])
msg(B_, "23-pl-partner-logistik-zmiana-rachunku.eml", "pl",
    "Tadeusz Zieliński announces a bank change to ING from 1 Jan 2027, invoices until year-end to the old account, asks for phone verification",
    "Genuine bank-detail change from the real domain and server: future effective date, no redirection of due invoices, call-back on contract number; hard counterpart to attack 22",
    rcpt=first("piotr"), frm=addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "windows-1250"), to=st("piotr", "windows-1250"),
    cc="ksiegowosc@partner-logistik.pl", subject="Zmiana rachunku bankowego od 01.01.2027", date=d, cs="windows-1250",
    helo="mail.partner-logistik.pl", rdns="mail.partner-logistik.pl", ip="91.231.24.57", return_path="t.zielinski@partner-logistik.pl",
    msgid=mid("outlook", "b23"), hdrs=["X-Mailer: Microsoft Outlook 16.0"] + outlook_hdrs("b23", "pl-PL", "Zmiana rachunku bankowego od 01.01.2027", True),
    body=Mp("mixed", plain(body, "windows-1250", "base64"),
            A(pdf_placeholder("Partner Logistik - zmiana rachunku od 01.01.2027", [IB["partner_new"]]), "application/pdf", "Pismo_zmiana_rachunku_2027.pdf")))

# 24 ------------------------------------------------------------------
d = when(6, "13:15")
body = """Szanowni Państwo,

informujemy, że w dniu 05.11.2026 r. mikroinstalacja o mocy 49,5 kW zgłoszona w ramach zgłoszenia nr MI/2026/0418872 została przyłączona do sieci dystrybucyjnej.

Adres instalacji: ul. Kwiatowa 8, 55-080 Kąty Wrocławskie
Numer PPE: 590543011000441872
Licznik dwukierunkowy: zainstalowany

Umowa kompleksowa dla prosumenta zostanie przesłana przez sprzedawcę energii. Szczegóły zgłoszenia dostępne są w eBOK na stronie www.tauron-dystrybucja.pl.

Wiadomość wygenerowana automatycznie.
TAURON Dystrybucja S.A."""
msg(B_, "24-pl-tauron-przylaczenie-mikroinstalacji.eml", "pl",
    "TAURON Dystrybucja confirms grid connection of a 49.5 kW micro-installation managed by the PL project manager",
    "Genuine grid-operator notification from the real domain, no links to click beyond the public homepage; hard counterpart to attack 24",
    rcpt=first("michał"), frm=addr("TAURON Dystrybucja", "powiadomienia@tauron-dystrybucja.pl"), to=first("michał"),
    subject="Potwierdzenie przyłączenia mikroinstalacji - zgłoszenie MI/2026/0418872", date=d,
    helo="mx2.tauron.pl", rdns="mx2.tauron.pl", ip="195.149.224.41", return_path="powiadomienia@tauron-dystrybucja.pl",
    msgid="<%s@tauron-dystrybucja.pl>" % h("b24", 28),
    body=plain(body, "utf-8", "quoted-printable"))

# 25 ------------------------------------------------------------------
d = when(23, "07:05")
body = """Cześć Michał,

piszę z prywatnej poczty, bo nie mam dostępu do laptopa - od dziś jestem na L4 do piątku (grypa). Zwolnienie lekarz wystawił elektronicznie, więc powinno już być widoczne w PUE ZUS.

Najważniejsze sprawy na ten tydzień:
- we wtorek o 10:00 przychodzi kurier z Partner Logistik po palety z biura, klucz do magazynku jest u Pani Ani w recepcji,
- przegląd klimatyzacji w biurze przełożyłam na przyszły poniedziałek.

Tobiasza z HR informuję osobno. W pilnych sprawach dzwoń na komórkę.

Pozdrawiam
Kasia"""
msg(B_, "25-pl-kolezanka-prywatny-email-l4.eml", "pl",
    "Office manager Poland writes from her private wp.pl address: on sick leave until Friday, hands over two office tasks",
    "Genuine colleague mail from a private address, no money or credential request",
    rcpt=first("michał"), frm=addr("Katarzyna Nowak", "kasia.nowak88@wp.pl"), to=st("michał", "iso-8859-2"),
    subject="L4 do piątku", date=d, cs="iso-8859-2",
    helo="mx.wp.pl", rdns="mx4.wp.pl", ip="212.77.101.11", return_path="kasia.nowak88@wp.pl",
    msgid="<%s@wp.pl>" % h("b25", 32, "abcdefghijklmnopqrstuvwxyz0123456789"),
    received=["from [31.0.121.208] (31-0-121-208.dynamic.play.pl [31.0.121.208])\n\tby poczta.wp.pl (WP-SMTPD) with ESMTPA\n\tfor <michal.kowalczyk@example.com>; " + fdate(d)],
    hdrs=["X-Mailer: Poczta WP", "X-WP-MailID: " + h("b25w", 32)],
    body=plain(body, "iso-8859-2", "quoted-printable"))

# 26 ------------------------------------------------------------------
d = when(30, "20:11")
body = """Dzień dobry,

w marcu podpisaliśmy z Państwa firmą umowę na montaż pompy ciepła powietrze-woda (umowa nr PL-2026-0312), z terminem realizacji do końca października. Do dziś pompa nie została zamontowana, a ostatni termin (19 listopada) został odwołany dzień wcześniej SMS-em.

Mamy przyznane dofinansowanie z programu „Czyste Powietrze" i termin zakończenia przedsięwzięcia upływa 31 grudnia. Jeżeli nie zdążymy, stracimy dotację - wtedy będę domagał się od Państwa pokrycia tej straty.

Proszę o pilny kontakt i podanie wiążącego terminu montażu w tym tygodniu.

Z poważaniem
Andrzej Wójcik
ul. Lipowa 21, 55-200 Oława
tel. 691 204 377"""
body = body.replace("„", '"')
msg(B_, "26-pl-reklamacja-pompa-ciepla.eml", "pl",
    "Homeowner complains that the heat pump contracted in March is still not installed and the subsidy deadline is at risk",
    "Genuine customer complaint from Onet Poczta; urgent but no link/payment redirection",
    rcpt=first("michał"), frm=addr("Andrzej Wójcik", "andrzej.wojcik@onet.pl", "iso-8859-2", "B"), to=st("michał", "iso-8859-2", "B"),
    subject="Reklamacja - brak montażu pompy ciepła (umowa PL-2026-0312)", date=d, cs="iso-8859-2", subj_mode="B",
    helo="smtpo91.poczta.onet.pl", rdns="smtpo91.poczta.onet.pl", ip="213.180.149.144", return_path="andrzej.wojcik@onet.pl",
    msgid="<%s@poczta.onet.pl>" % h("b26", 30), hdrs=["X-Mailer: Onet Poczta"],
    body=plain(body, "iso-8859-2", "base64"))

# 27 ES ----------------------------------------------------------------
d = when(12, "18:36")
body = """Buenas tardes:

Le escribo como administrador de la Comunidad de Propietarios Avenida del Puerto 112 (Valencia), en relación con la instalación de autoconsumo colectivo que su empresa puso en marcha en septiembre.

En las facturas de octubre de varios vecinos la comercializadora no ha aplicado ninguna compensación de excedentes. Tras hablar con ellos, parece que el acuerdo de reparto con los coeficientes que ustedes prepararon no se presentó correctamente a la distribuidora: los coeficientes no suman 1 y faltan dos CUPS.

Le ruego que lo revisen y nos envíen el fichero de coeficientes corregido antes de la junta del día 26. Los vecinos están molestos y tendré que informar en la junta.

Un saludo,
Vicente Ballester
Administración de Fincas Ballester
C/ Colón 18, 46004 Valencia
Tel. 963 512 847"""
msg(B_, "27-es-queja-comunidad-autoconsumo.eml", "es",
    "Property administrator complains that collective self-consumption surplus was not compensated because the allocation coefficients file was wrong",
    "Genuine customer complaint from the customer's own domain; no link or payment",
    rcpt=first("javier"), frm=addr("Vicente Ballester", "vicente@fincasballester.es"), to=st("javier", "iso-8859-1"),
    subject="Autoconsumo colectivo Av. del Puerto 112 - coeficientes de reparto", date=d, cs="iso-8859-1",
    helo="smtp.fincasballester.es", rdns="185.ip-51-91-54.eu", ip="51.91.54.185", return_path="vicente@fincasballester.es",
    msgid=mid("uuid", "b27", "fincasballester.es"), hdrs=["User-Agent: Mozilla Thunderbird", "Content-Language: es-ES"],
    body=plain(body, "iso-8859-1", "quoted-printable", flowed=True))

# 28 ------------------------------------------------------------------
d = when(17, "10:48")
body = """Buenos días, Lucía:

Le adjuntamos la factura 2026/0342 correspondiente a la instalación de la planta de autoconsumo de Paterna (fase 2, estructura y cableado DC), según el pedido 4500-ES-0877.

Base imponible: 19.727,73 €
IVA 21 %%: 4.142,82 €
Total: 23.870,55 €
Vencimiento: 20/11/2026

Forma de pago: transferencia a nuestra cuenta habitual de CaixaBank
IBAN: %s

Cualquier duda, quedamos a su disposición.

Un saludo,
Rosa Martí
Administración
Instalaciones Solares Levante S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 31, 46988 Paterna""" % fmt_iban(IB["levante"])
msg(B_, "28-es-factura-subcontratista.eml", "es",
    "Subcontractor Instalaciones Solares Levante sends invoice 2026/0342 from its own domain with the usual CaixaBank IBAN",
    "Genuine invoice from the real domain (Google Workspace); bank details unchanged; counterpart to attack 29",
    rcpt=first("lucía"), frm=addr("Rosa Martí - Instalaciones Solares Levante", "administracion@isolevante.es", "iso-8859-15"), to=st("lucía", "iso-8859-15"),
    subject="Factura 2026/0342 - Planta Paterna fase 2", date=d, cs="iso-8859-15",
    helo="mail-wr1-f67.google.com", rdns="mail-wr1-f67.google.com", ip="209.85.221.67", return_path="administracion@isolevante.es",
    msgid=mid("gmail", "b28"),
    received=["by mail-wr1-f67.google.com with SMTP id ffacd0b85a97d-3823e45339bso2281477f8f.0\n for <lucia.fernandez@example.com>; " + fdate(d.astimezone(TZ["PST"]))],
    body=Mp("mixed", Mp("alternative", plain(body, "iso-8859-15", "quoted-printable"),
                        T(with_cs(auto_html(body, font="arial, sans-serif", size="small"), "iso-8859-15"), "html", "iso-8859-15", "quoted-printable")),
            A(pdf_placeholder("Instalaciones Solares Levante - Factura 2026/0342", ["23.870,55 EUR", "IBAN " + IB["levante"]]), "application/pdf", "Factura_2026_0342.pdf")))

# 29 ------------------------------------------------------------------
d = when(20, "12:02")
url = "https://www.i-de.es/consumidores/web/guest/login?p_p_id=restablecer&token=" + h("b29", 40)
ht = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>
<body style="font-family:Arial,sans-serif;color:#222"><table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#00402a;color:#fff;padding:16px 24px;font-size:20px">i-DE</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5">
<p>Hola, Javier:</p>
<p>Hemos recibido una solicitud para restablecer la contraseña de su usuario del Área Clientes de i-DE.</p>
<p><a href="%s">Restablecer contraseña</a></p>
<p>El enlace caduca en 24 horas. Si usted no ha solicitado este cambio, ignore este mensaje: su contraseña actual seguirá siendo válida.</p>
<p>i-DE nunca le pedirá datos bancarios ni de tarjeta por correo electrónico.</p>
<p>Atentamente,<br>i-DE Redes Eléctricas Inteligentes</p></td></tr></table></body></html>
""" % url
msg(B_, "29-es-i-de-restablecer-contrasena.eml", "es",
    "i-DE customer area password-reset mail requested by the sales rep (to manage a customer's supply point)",
    "Genuine password reset from the real grid operator domain; HTML-only; counterpart to attack 28",
    rcpt=first("javier"), frm=addr("i-DE Área Clientes", "noreply@i-de.es"), to=first("javier"),
    subject="Restablecimiento de contraseña - Área Clientes i-DE", date=d,
    helo="smtp01.iberdrola.es", rdns="smtp01.iberdrola.es", ip="195.235.93.41", return_path="noreply@i-de.es",
    msgid="<%s.JavaMail.liferay@ide-portal-prd02>" % hn("b29m", 17), body=htmlonly(ht, "utf-8", "base64"))

# 30 ------------------------------------------------------------------
d = when(18, "09:22")
body = """Hola Carmen:

Te recuerdo que el viernes 20 vence el pago del Modelo 111 (retenciones de octubre) y del Modelo 115. Ya he preparado los dos cargos en la banca electrónica de Santander, solo falta tu segunda firma como apoderada.

Importes: Modelo 111: 18.346,22 €; Modelo 115: 2.140,00 €.

¿Puedes firmarlos hoy antes de las 14:00? Mañana estoy fuera toda la mañana con la auditoría.

Gracias,
Lucía

--
Lucía Fernández
Contabilidad | Example Group Solar España S.L.
C/ de Colón 60, 46004 Valencia"""
msg(B_, "30-es-interno-pago-modelo-111.eml", "es",
    "Local accountant asks the office manager for the second signature on tax payments (Modelo 111/115) due Friday",
    "Genuine internal urgent payment request via the internal relay; dual-signature banking process",
    rcpt="carmen.ruiz@examplegroup.eu", frm=st("lucía"), to=st("carmen"),
    subject="Firma pagos Modelo 111 y 115 - vencen el viernes", date=d, internal=True,
    helo="", rdns="", ip="", return_path=first("lucía"), msgid=mid("outlook", "b30"),
    received=["from EXG-MBX03.corp.example.com (10.20.1.13) by mail-int01.example.com\n (10.20.0.25) with Microsoft SMTP Server (version=TLS1_2) id 15.2.1544.14; " + fdate(d)],
    hdrs=outlook_hdrs("b30", "es-ES", "Firma pagos Modelo 111 y 115 - vencen el viernes"),
    body=alt(body, "utf-8", "quoted-printable", lang="es"))

# 31 ------------------------------------------------------------------
d = when(3, "08:00", month=12)
items = [("La CNMC publica la propuesta de peajes de acceso para 2027", "https://www.unef.es/es/comunicacion/noticias/cnmc-peajes-2027"),
         ("Almacenamiento: nueva convocatoria de ayudas en la Comunitat Valenciana", "https://www.unef.es/es/comunicacion/noticias/ayudas-almacenamiento-cv"),
         ("Jornada técnica: autoconsumo colectivo y coeficientes dinámicos, 15 de diciembre", "https://www.unef.es/es/eventos/jornada-autoconsumo-colectivo")]
txt = "UNEF - Boletín de noticias, 3 de diciembre de 2026\n\n" + "\n\n".join("%s\n%s" % it for it in items) + \
      "\n\nRecibe este boletín como asociado de UNEF (javier.moreno@example.com).\nDarse de baja: https://www.unef.es/boletin/baja?u=" + h("b31", 16)
ht = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head><body style="font-family:Arial,sans-serif">'
      '<table width="600" align="center"><tr><td style="background:#f7a600;color:#fff;padding:14px;font-size:22px;font-weight:bold">UNEF · Boletín</td></tr>'
      + "".join('<tr><td style="padding:12px;border-bottom:1px solid #ddd"><a href="%s" style="color:#333;font-size:15px">%s</a></td></tr>' % (u, html.escape(t)) for t, u in items)
      + '<tr><td style="font-size:11px;color:#777;padding:12px">Recibe este boletín como asociado de UNEF (javier.moreno@example.com). <a href="https://www.unef.es/boletin/baja?u=%s">Darse de baja</a></td></tr></table></body></html>' % h("b31", 16))
msg(B_, "31-es-boletin-unef.eml", "es",
    "UNEF (Spanish PV association) member newsletter",
    "Genuine subscribed newsletter sent via Mailchimp with List-Unsubscribe",
    rcpt=first("javier"), frm=addr("UNEF", "comunicacion@unef.es"), to=first("javier"),
    subject="Boletín UNEF: peajes 2027, ayudas al almacenamiento y jornada de autoconsumo", date=d,
    helo="mail124.suw121.mcdlv.net", rdns="mail124.suw121.mcdlv.net", ip="198.2.180.124",
    return_path="bounce-mc.us21_88412035.4471209-%s@mail124.suw121.mcdlv.net" % h("b31r", 10),
    msgid="<%s@mail124.suw121.mcdlv.net>" % h("b31m", 32),
    hdrs=["List-Unsubscribe: <https://unef.us21.list-manage.com/unsubscribe?u=%s&id=%s>" % (h("b31a", 25), h("b31b", 10)),
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Mailchimp Mailer - **CIDb8e4a7c2f1d3e5a9b0c4**", "Precedence: bulk"],
    body=alt(txt, "utf-8", "quoted-printable", html_text=ht))

# 32 EL ----------------------------------------------------------------
d = when(6, "12:40", "EET")
body = """Αγαπητή κα Γεωργίου,

σας αποστέλλουμε συνημμένα το τιμολόγιο πώλησης αρ. 1247 της 06/11/2026 για την παράδοση 48 φωτοβολταϊκών πλαισίων 550 Wp και 2 αντιστροφέων (παραγγελία σας GR-2026-0093, έργο Χανιά).

Καθαρή αξία: 15.290,32 €
ΦΠΑ 24%%: 3.669,68 €
Σύνολο: 18.960,00 €
Πληρωμή: εντός 30 ημερών με κατάθεση στον λογαριασμό μας στην Εθνική Τράπεζα:
IBAN: %s

Το τιμολόγιο έχει διαβιβαστεί και στην πλατφόρμα myDATA (ΜΑΡΚ 400001947731285).

Με εκτίμηση,
Μαρία Κατσαράκη
Λογιστήριο
Ηλιακά Συστήματα Κρήτης Α.Ε.
Λ. Ικάρου 92, 71307 Ηράκλειο""" % fmt_iban(IB["iliaka"])
msg(B_, "32-el-timologio-promitheuti.eml", "el",
    "Greek distributor sends invoice 1247 (PDF) from its own domain with its usual National Bank IBAN",
    "Genuine invoice from the real supplier domain; counterpart to attack 34 (same invoice, Gmail, new IBAN)",
    rcpt=first("eleni"), frm=addr("Ηλιακά Συστήματα Κρήτης - Λογιστήριο", "logistirio@iliaka-kritis.gr", "iso-8859-7"), to=st("eleni", "iso-8859-7"),
    subject="Τιμολόγιο 1247 - παραγγελία GR-2026-0093", date=d, cs="iso-8859-7",
    helo="mail.iliaka-kritis.gr", rdns="mail.iliaka-kritis.gr", ip="94.70.211.38", return_path="logistirio@iliaka-kritis.gr",
    msgid=mid("outlook", "b32"), hdrs=["X-Mailer: Microsoft Outlook 16.0"] + outlook_hdrs("b32", "el-GR", "Timologio 1247", True),
    body=Mp("mixed", plain(body, "iso-8859-7", "quoted-printable"),
            A(pdf_placeholder("Iliaka Systimata Kritis - Timologio 1247", ["18.960,00 EUR", IB["iliaka"]]), "application/pdf", "Timologio_1247.pdf")))

# 33 ------------------------------------------------------------------
d = when(13, "21:05", "EET")
body = """Καλησπέρα σας,

θα ήθελα να σας ενημερώσω ότι το φωτοβολταϊκό που εγκαταστήσατε στη στέγη του ξενοδοχείου μας τον Ιούνιο δεν αποδίδει όσο είχε υπολογιστεί στην προσφορά σας.

Τον Οκτώβριο η παραγωγή ήταν 6.100 kWh, ενώ η μελέτη σας προέβλεπε περίπου 8.900 kWh. Επιπλέον, από την περασμένη Πέμπτη ο ένας αντιστροφέας εμφανίζει συνεχώς σφάλμα και η εφαρμογή παρακολούθησης δεν δείχνει δεδομένα.

Παρακαλώ να στείλετε τεχνικό το συντομότερο δυνατό, γιατί από τον Δεκέμβριο ξεκινάμε τις εργασίες συντήρησης και δεν θα υπάρχει πρόσβαση στη στέγη.

Με εκτίμηση,
Σταύρος Μανουσάκης
Διευθυντής
Ξενοδοχείο Αιγαίο, Χανιά
Τηλ. 28210 45 117"""
msg(B_, "33-el-parapono-xenodocheio.eml", "el",
    "Hotel customer in Chania complains that PV output is 30% below the offer and an inverter shows an error",
    "Genuine customer complaint from a Greek ISP (Otenet/Cosmote); no link or payment request",
    rcpt=first("nikos"), frm=addr("Ξενοδοχείο Αιγαίο", "info.aigaio.chania@otenet.gr", "windows-1253", "B"), to=st("nikos", "windows-1253", "B"),
    subject="Χαμηλή απόδοση φωτοβολταϊκού και σφάλμα αντιστροφέα", date=d, cs="windows-1253", subj_mode="B",
    helo="mailout.otenet.gr", rdns="mailout-02.otenet.gr", ip="83.235.69.32", return_path="info.aigaio.chania@otenet.gr",
    msgid=mid("uuid", "b33", "otenet.gr"), hdrs=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: el"],
    body=plain(body, "windows-1253", "quoted-printable"))

# 34 ------------------------------------------------------------------
d = when(21, "17:40", "EET")
body = """Ελένη γεια,

σου στέλνω από το προσωπικό μου mail γιατί είμαι στο αεροδρόμιο και το Outlook στο κινητό δεν συγχρονίζει.

Συνημμένα η υπογεγραμμένη υπεύθυνη δήλωση και το τοπογραφικό για την αίτηση σύνδεσης του σταθμού στα Μέγαρα. Βάλ' τα σε παρακαλώ στον φάκελο του έργου στον server και ανέβασέ τα στην πλατφόρμα του ΔΕΔΔΗΕ από τον εταιρικό λογαριασμό, όπως την προηγούμενη φορά.

Δευτέρα είμαι στο γραφείο.

Νίκος"""
msg(B_, "34-el-synadelfos-prosopiko-gmail.eml", "el",
    "Greek country manager sends signed connection-application documents to accounting from his private Gmail while travelling",
    "Genuine colleague mail from a private address: documents for the normal process, no payment or credentials",
    rcpt=first("eleni"), frm=addr("Nikos Papadopoulos", "nikos.papadopoulos.gr@gmail.com"), to=st("eleni"),
    subject="Έγγραφα αίτησης σύνδεσης Μέγαρα", date=d, subj_mode="B",
    helo="mail-ej1-f52.google.com", rdns="mail-ej1-f52.google.com", ip="209.85.218.52", return_path="nikos.papadopoulos.gr@gmail.com",
    msgid=mid("gmail", "b34"),
    received=["by mail-ej1-f52.google.com with SMTP id a640c23a62f3a-aa4b1d7b8e3so20114466b.0\n for <eleni.georgiou@example.com>; " + fdate(d.astimezone(TZ["PST"]))],
    body=Mp("mixed", Mp("alternative", plain(body, "utf-8", "base64"),
                        T(auto_html(body, font="arial, sans-serif", size="small").replace("__CS__", "UTF-8"), "html", "utf-8", "base64")),
            A(pdf_placeholder("Ypeythini dilosi - Megara"), "application/pdf", "Ypeythini_dilosi_Megara.pdf"),
            A(pdf_placeholder("Topografiko - Megara"), "application/pdf", "Topografiko_Megara.pdf")))

# 35 ------------------------------------------------------------------
d = when(30, "11:15", "EET")
body = """Αξιότιμε/η κύριε/κυρία,

σας ενημερώνουμε ότι για την Αίτηση Σύνδεσης με Αρ. Πρωτ. 2026/ΦΒ/44718 (Φ/Β σταθμός 99,8 kWp, Δήμος Μεγαρέων) εκδόθηκε Οριστική Προσφορά Σύνδεσης.

Η προσφορά είναι διαθέσιμη στην ηλεκτρονική πλατφόρμα αιτήσεων του ΔΕΔΔΗΕ (https://apps.deddie.gr), όπου μπορείτε να τη μεταφορτώσετε με τους κωδικούς του λογαριασμού σας. Ο τρόπος και η προθεσμία καταβολής της συμμετοχής στο κόστος σύνδεσης αναφέρονται στο έγγραφο της προσφοράς.

Με εκτίμηση,
ΔΕΔΔΗΕ Α.Ε.
Περιοχή Δυτικής Αττικής

Μήνυμα που δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε."""
msg(B_, "35-el-deddie-prosfora-syndesis.eml", "el",
    "HEDNO (ΔΕΔΔΗΕ) notifies that the final connection offer for the Megara PV plant is available on its platform",
    "Genuine grid-operator notification from deddie.gr: no payment link, points to the real portal; same application number as attack 33",
    rcpt=first("nikos"), frm=addr("ΔΕΔΔΗΕ Α.Ε.", "noreply@deddie.gr", "windows-1253", "B"), to=first("nikos"),
    subject="Έκδοση Προσφοράς Σύνδεσης - Αρ. Πρωτ. 2026/ΦΒ/44718", date=d, cs="windows-1253", subj_mode="B",
    helo="mail.deddie.gr", rdns="mail.deddie.gr", ip="195.251.22.140", return_path="noreply@deddie.gr",
    msgid="<%s@deddie.gr>" % h("b35", 26),
    body=plain(body, "windows-1253", "base64"))

# 36 RU ----------------------------------------------------------------
d = when(27, "15:40", "MSK")
body = """Дмитрий, добрый день!

По закрытию ноября: все первичные документы от поставщиков получены, кроме актов от "СолнцеЭнергоСнаб" за монтаж в Подольске - они обещали прислать через Диадок до понедельника.

Аванс по налогу на прибыль и НДС за октябрь оплачены, платёжки в папке "Налоги 2026". Зарплата за вторую половину ноября будет перечислена 4 декабря по обычному реестру.

Отчёт для Регенсбурга (управленческая отчётность) отправлю Клаудии Вебер 3 декабря, копию пришлю Вам.

С уважением,
Ольга Иванова
Главный бухгалтер
ООО "Экзампл Групп Рус\""""
msg(B_, "36-ru-vnutrennee-zakrytie-mesyaca.eml", "ru",
    "Russian chief accountant updates the office manager on the November close (documents, tax advances, payroll date)",
    "Genuine internal mail via the internal relay, KOI8-R as still used by some Russian Outlook/The Bat! setups",
    rcpt=first("dmitry"), frm=st("olga", "koi8-r", "B"), to=st("dmitry", "koi8-r", "B"),
    subject="Закрытие ноября - статус", date=d, cs="koi8-r", subj_mode="B", internal=True,
    helo="", rdns="", ip="", return_path=first("olga"), msgid=mid("x", "b36", "example.com"),
    received=["from [10.20.72.41] (olga-pc.msk.corp.example.com [10.20.72.41])\n\tby mail-int01.example.com (Postfix) with ESMTPSA id 4QyTkx0n2Rz1xN\n\tfor <dmitry.sokolov@example.com>; " + fdate(d)],
    hdrs=["X-Mailer: The Bat! (v11.2.3) Professional"],
    body=plain(body, "koi8-r", "quoted-printable"))

# 37 ------------------------------------------------------------------
d = when(18, "11:30", "MSK")
body = """Добрый день, Ольга!

Направляем счёт № 1128 от 18.11.2026 на оплату комплектующих для СЭС в Подольске (по договору поставки № 47/2026 от 12.03.2026).

Сумма к оплате: 1 284 600,00 руб., в т.ч. НДС 20%% - 214 100,00 руб.
Срок оплаты: 25.11.2026

Реквизиты для оплаты (без изменений):
Получатель: ООО «СолнцеЭнергоСнаб»
ИНН 7728415562 / КПП 772801001
Р/с %s
Банк: ПАО Сбербанк, г. Москва
БИК %s, к/с %s

Оригиналы документов направим через Диадок.

С уважением,
Бухгалтерия ООО «СолнцеЭнергоСнаб»
тел. +7 (495) 648-21-90""" % (RU_RS_SNAB, RU_BIK, RU_KS)
msg(B_, "37-ru-schet-postavshika.eml", "ru",
    "Russian equipment supplier sends invoice 1128 with unchanged Sberbank details (account with valid control key)",
    "Genuine supplier invoice from the supplier's own domain hosted at Yandex 360; bank details unchanged",
    rcpt=first("olga"), frm=addr("Бухгалтерия СолнцеЭнергоСнаб", "buh@solnce-snab.ru", "windows-1251", "B"), to=st("olga", "windows-1251", "B"),
    subject="Счёт № 1128 от 18.11.2026", date=d, cs="windows-1251", subj_mode="B",
    helo="forward102a.mail.yandex.net", rdns="forward102a.mail.yandex.net", ip="178.154.239.83", return_path="buh@solnce-snab.ru",
    msgid="<%s@mail.yandex.ru>" % (hn("b37", 6) + "1763454" + hn("b37b", 3)), hdrs=["X-Mailer: Yamail [ http://yandex.ru ] 5.0"],
    body=Mp("mixed", plain(body, "windows-1251", "base64"),
            A(pdf_placeholder("Schet 1128 ot 18.11.2026", ["1 284 600,00 RUB", "r/s " + RU_RS_SNAB]), "application/pdf", "Счёт_1128.pdf", fn_cs="windows-1251")))

# 38 ------------------------------------------------------------------
d = when(24, "09:03", "MSK")
ht = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__"></head>
<body style="font-family:Arial,sans-serif;color:#1f1f1f"><table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;font-size:20px;color:#21a038;font-weight:bold">СберБизнес</td></tr>
<tr><td style="font-size:14px;line-height:1.5">
<p>Здравствуйте, Ольга Николаевна!</p>
<p>24.11.2026 в 09:02 (МСК) выполнен вход в СберБизнес с нового устройства: Windows 11, браузер Chrome, г. Москва.</p>
<p>Если это были вы, ничего делать не нужно.</p>
<p>Если вы не входили в систему, позвоните по номеру, указанному на обратной стороне вашей карты, или по телефону 8 800 5555 777. Никому не сообщайте коды из SMS.</p>
<p style="color:#777;font-size:12px">Это автоматическое уведомление, отвечать на него не нужно.<br>ПАО Сбербанк. Генеральная лицензия Банка России № 1481.</p>
</td></tr></table></body></html>
"""
msg(B_, "38-ru-sberbiznes-novoe-ustroistvo.eml", "ru",
    "SberBusiness notification of a login from a new device (the accountant's own new PC)",
    "Genuine security notification from the bank's real domain/infrastructure; no link, tells user to call the known number",
    rcpt=first("olga"), frm=addr("СберБизнес", "noreply@sberbank.ru", "utf-8", "B"), to=first("olga"),
    subject="Вход в СберБизнес с нового устройства", date=d, subj_mode="B",
    helo="mx6.sberbank.ru", rdns="mx6.sberbank.ru", ip="84.252.147.40", return_path="noreply@sberbank.ru",
    msgid="<%s@sbbol.sberbank.ru>" % h("b38", 30), body=htmlonly(ht, "utf-8", "quoted-printable"))

# 39 ------------------------------------------------------------------
d = when(9, "19:25", "MSK")
body = """Здравствуйте!

В августе ваша компания установила нам солнечную электростанцию на крыше склада (договор 2026-RU-0057). С начала ноября инвертор несколько раз в день отключается с ошибкой "Grid overvoltage", и в итоге выработка упала почти вдвое.

Ваш инженер по телефону сказал, что это проблема сетевой компании, а сетевая компания говорит, что напряжение в норме. Мы не хотим быть посередине этого спора.

Просим направить специалиста и дать письменное заключение до конца месяца. Гарантийный срок ещё действует.

С уважением,
Игорь Белов
Заместитель директора
ООО "СкладСервис"
+7 916 204-18-55"""
msg(B_, "39-ru-zhaloba-klienta-invertor.eml", "ru",
    "Warehouse customer complains that the inverter trips with grid overvoltage and asks for a technician under warranty",
    "Genuine customer complaint from mail.ru; no link or payment request",
    rcpt=first("dmitry"), frm=addr("Игорь Белов", "i.belov.skladservis@mail.ru", "koi8-r", "B"), to=st("dmitry", "koi8-r", "B"),
    subject="Отключается инвертор - договор 2026-RU-0057", date=d, cs="koi8-r", subj_mode="B",
    helo="smtp49.i.mail.ru", rdns="smtp49.i.mail.ru", ip="95.163.41.87", return_path="i.belov.skladservis@mail.ru",
    msgid="<%s@smtp49.i.mail.ru>" % (hn("b39", 10) + "." + h("b39x", 8)),
    received=["by smtp49.i.mail.ru with esmtpa (envelope-from <i.belov.skladservis@mail.ru>)\n\tid 1tKqLm-00000003Xyz-2a7f for dmitry.sokolov@example.com; " + fdate(d)],
    hdrs=["X-Mailer: Mail.Ru Mailer 1.0", "X-Mras: Ok"],
    body=plain(body, "koi8-r", "base64"))

# 40 ------------------------------------------------------------------
d = when(30, "16:22", "MSK")
body = """Здравствуйте!

Вам поступил документ в Диадоке.

Отправитель: ООО «СолнцеЭнергоСнаб», ИНН 7728415562
Документ: УПД № 1128 от 30.11.2026
Сумма: 1 284 600,00 ₽

Чтобы подписать или отказать в подписи, откройте документ в веб-версии Диадока: https://diadoc.kontur.ru

Это автоматическое уведомление. Настроить уведомления можно в разделе «Настройки» - «Уведомления».

Контур.Диадок"""
msg(B_, "40-ru-diadok-uvedomlenie.eml", "ru",
    "Kontur.Diadoc notification: supplier's UPD 1128 awaits signature (no attachment, no login link beyond the homepage)",
    "Genuine EDI notification from Kontur's real infrastructure; same brand as attack 40",
    rcpt=first("olga"), frm=addr("Контур.Диадок", "noreply@diadoc.ru", "utf-8", "B"), to=first("olga"),
    subject="Новый документ от ООО «СолнцеЭнергоСнаб»: УПД № 1128", date=d, subj_mode="B",
    helo="mail-out.kontur.ru", rdns="mail-out3.kontur.ru", ip="46.17.203.93", return_path="bounce@diadoc.ru",
    msgid="<%s@diadoc.ru>" % h("b40", 32),
    body=plain(body.replace("₽", "руб."), "windows-1251", "quoted-printable"))

# ================================================================ MANIFEST / staff
with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as f:
    for n, a, _, _ in STAFF:
        f.write("%s=%s\n" % (n, a))

LANGS = ["de", "en", "it", "pl", "es", "el", "ru"]
def counts(folder):
    c = {l: 0 for l in LANGS}
    for m in META:
        if m[0] == folder:
            c[m[2]] += 1
    return c

out = []
out.append("# Example Group - blind evaluation set for the inbound mail gateway (mx01.example.com)\n")
out.append("Generated deterministically by `gen/build.py` (Python 3 stdlib only, no network, no randomness). "
           "Re-running the script rewrites `attack/`, `business/`, `MANIFEST.md` and `staff.txt` byte-identically.\n")
out.append("## The company\n")
out.append("**Example Group** (domains `example.com` and `examplegroup.eu`, about 700 mailboxes) plans and installs photovoltaic plants, "
           "battery storage and heat pumps for businesses and homes, and sells O&M / monitoring. HQ in Regensburg (DE); subsidiaries "
           "Example Group Italia S.r.l. (Bologna), Example Group Polska sp. z o.o. (Wrocław), Example Group Solar España S.L. (Valencia), "
           "Example Group Hellas (Athens), Example Group UK Ltd (Manchester) and OOO Example Group Rus (Moscow). Its daily mail involves grid "
           "operators, feed-in tariffs and subsidy bodies, panel/inverter suppliers, hauliers, subcontracted installers, customers' deposits "
           "and monitoring portals.\n")
out.append("Inbound MX: `mx01.example.com` (Postfix). Mail between colleagues reaches it via the internal relay `mail-int01.example.com [10.20.0.25]`. "
           "Role addresses used: `service@example.com` (customer service), `kreditoren@example.com` (AP inbox, read by Jana Hoffmann).\n")
out.append("## Staff\n")
out.append("| Name | Address | Role | Office |\n|---|---|---|---|")
for n, a, r, o in STAFF:
    out.append("| %s | %s | %s | %s |" % (n, a, r, o))
out.append("\n## Correspondents\n")
out.append("| Organisation | Addresses | Relationship |\n|---|---|---|")
for o, a, r in CORRESPONDENTS:
    out.append("| %s | %s | %s |" % (o, a.replace("<", "&lt;").replace(">", "&gt;"), r))
out.append("\nAttacker look-alikes used: lieferant-gmhb.de, ferrettitrasporti.it, partner-logistic.pl, example-group.eu, examplegroup.ru, "
           "plus brand look-alikes listed per message. All attacker domains, URLs and compromised-sender domains were invented for this corpus; any resemblance to registered domains is unintended. Sending IPs/hostnames imitate the named providers.\n")
out.append("## Conventions\n")
out.append("- Top `Received:` header is always mx01's: `from <helo> (<rdns> [<ip>]) by mx01.example.com (Postfix) with ESMTPS id ... for <rcpt>; <date>`; "
           "colleagues' mail uses `from mail-int01.example.com (mail-int01.example.com [10.20.0.25])`. No Authentication-Results, DKIM-Signature or X-Spam headers.")
out.append("- Dates 1 Nov - 5 Dec 2026 (senders' local time zones; mx01 stamps in +0100).")
out.append("- IBANs all carry valid ISO 13616 mod-97 check digits; national checks implemented where known: IT CIN, ES DC (two digits), "
           "PL sort-code check digit, BE mod-97 national key; the Russian settlement account carries a valid control key for its BIK. "
           "DE/GB/GR/LT national account checks are not modelled.")
out.append("- Attachments are placeholders: PDFs are minimal valid one-page PDFs saying PLACEHOLDER; 'malware' ZIP/IMG members contain only an inert text; "
           "HTML attachments are static forms without script.")
out.append("- QR code (attack 10) is produced by the script's own QR encoder (byte mode, ECC level M, mask chosen by penalty score) and decodes to `%s`.\n" % QR_URL)
out.append("## Counts\n")
out.append("| Folder | total | " + " | ".join(LANGS) + " |\n|---|---|" + "---|" * len(LANGS))
for fo in ("attack", "business"):
    c = counts(fo)
    out.append("| %s | %d | %s |" % (fo, sum(c.values()), " | ".join(str(c[l]) for l in LANGS)))
for fo, title in (("attack", "Attack messages (must NOT be delivered plainly)"), ("business", "Business messages (MUST be delivered)")):
    out.append("\n## %s\n" % title)
    out.append("| File | Lang | Charset / encoding / attachments | What it is | Why %s |\n|---|---|---|---|---|" % ("it is an attack" if fo == "attack" else "it is genuine"))
    for m in META:
        if m[0] == fo:
            out.append("| %s | %s | %s | %s | %s |" % (m[1], m[2], m[3].replace("|", "/"), m[4].replace("|", "/"), m[5].replace("|", "/")))
with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")

if __name__ == "__main__":
    for fo in ("attack", "business"):
        print(fo, sum(counts(fo).values()), counts(fo))
