"""Hand-rolled MIME serialiser: exact control of charset, transfer encoding,
header order and boundary style of each sending system."""
import base64
import binascii
import datetime as _dt
import hashlib

UTC = _dt.timezone.utc
EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_DST_END_PT = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
US_DST_END_ET = _dt.datetime(2026, 11, 1, 6, 0, tzinfo=UTC)


def zone(z, t):
    """-> (offset hours, abbreviation) for a zone code at UTC instant t."""
    summer = t < EU_DST_END
    if z in ("DE", "IT", "PL", "ES", "CET"):
        return (2, "CEST") if summer else (1, "CET")
    if z == "UK":
        return (1, "BST") if summer else (0, "GMT")
    if z == "GR":
        return (3, "EEST") if summer else (2, "EET")
    if z == "RU":
        return (3, "MSK")
    if z == "UTC":
        return (0, "UTC")
    if z == "PT":
        return (-7, "PDT") if t < US_DST_END_PT else (-8, "PST")
    if z == "ET":
        return (-4, "EDT") if t < US_DST_END_ET else (-5, "EST")
    if z == "VN":
        return (7, "+07")
    if z == "BR":
        return (-3, "-03")
    if z == "IN":
        return (5.5, "IST")
    raise ValueError(z)


def fmt(t, z="DE", abbr=False):
    off, name = zone(z, t)
    tz = _dt.timezone(_dt.timedelta(hours=off))
    lt = t.astimezone(tz)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    sign = "+" if off >= 0 else "-"
    oh, om = int(abs(off)), int(round((abs(off) % 1) * 60))
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[lt.weekday()], lt.day, mons[lt.month - 1], lt.year, lt.hour, lt.minute,
        lt.second, sign, oh, om)
    return s + (" (%s)" % name if abbr else "")


def local(t, z):
    off, _ = zone(z, t)
    return t.astimezone(_dt.timezone(_dt.timedelta(hours=off)))


def T(y, mo, d, h, mi, s, z="DE"):
    """Local wall time in zone z -> aware UTC datetime."""
    naive = _dt.datetime(y, mo, d, h, mi, s)
    guess = naive.replace(tzinfo=UTC)
    off, _ = zone(z, guess)
    t = (naive - _dt.timedelta(hours=off)).replace(tzinfo=UTC)
    off2, _ = zone(z, t)
    return (naive - _dt.timedelta(hours=off2)).replace(tzinfo=UTC)


def sec(t, s):
    return t + _dt.timedelta(seconds=s)


# ---------------------------------------------------------------- determinism
def h(key, n=32, alphabet="0123456789abcdef"):
    out, i = "", 0
    while len(out) < n:
        d = hashlib.sha256(("%s#%d" % (key, i)).encode()).digest()
        for b in d:
            if b < 256 - 256 % len(alphabet):
                out += alphabet[b % len(alphabet)]
        i += 1
    return out[:n]


def hn(key, lo, hi):
    return lo + int(h(key, 12), 16) % (hi - lo + 1)


def uuid(key, upper=False):
    s = h(key, 32)
    s = s[:12] + "4" + s[13:16] + "89ab"[int(s[16], 16) % 4] + s[17:]
    u = "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])
    return u.upper() if upper else u


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPHEX = "0123456789ABCDEF"

# ---------------------------------------------------------------- charset fitting
_TYPO = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u2018": "'",
         "\u2019": "'", "\u2026": "...", "\u20ac": "EUR", "\u00b7": "-", "\u00ab": '"', "\u00bb": '"',
         "\u2116": "N", "\u00a0": " ", "\u2122": "(TM)", "\u00ae": "(R)", "\u2022": "*", "\u00a9": "(c)"}


def fit(s, cs):
    """What a mail client does when a typographic character is missing in the
    chosen legacy charset: replace it by its ASCII fallback. Anything else fails."""
    try:
        s.encode(cs)
        return s
    except UnicodeEncodeError:
        out = []
        for ch in s:
            try:
                ch.encode(cs)
                out.append(ch)
            except UnicodeEncodeError:
                out.append(_TYPO[ch])
        return "".join(out)


# ---------------------------------------------------------------- headers
_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def ew(s, cs="utf-8", enc=None):
    """RFC 2047 encoded words, folded; plain if ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    s = fit(s, cs)
    if all(ord(c) < 128 for c in s):
        return s
    if enc is None:
        enc = "B" if cs.lower() in ("utf-8", "koi8-r", "windows-1251", "iso-8859-7",
                                   "windows-1253", "iso-2022-jp") else "Q"
    words, cur = [], ""
    maxlen = 75 - len(cs) - 7

    def encode(chunk):
        b = chunk.encode(cs)
        if enc == "B":
            return base64.b64encode(b).decode()
        return "".join(chr(x) if x in _QSAFE else ("_" if x == 32 else "=%02X" % x) for x in b)
    for ch in s:
        if len(encode(cur + ch)) > maxlen:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?%s?%s?=" % (cs, enc, encode(w)) for w in words)


def addr(name, email, cs="utf-8", enc=None, quote=None):
    if not name:
        return "<%s>" % email if quote == "angle" else email
    if all(ord(c) < 128 for c in name):
        needq = quote if quote is not None else any(c in name for c in ',.;:()<>@"[]\'')
        return ('"%s" <%s>' % (name, email)) if needq else "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, cs, enc), email)


def addrs(lst, cs="utf-8", enc=None, quote=None):
    return ",\n ".join(addr(n, e, cs, enc, quote) for n, e in lst)


# ---------------------------------------------------------------- parts
class Text:
    def __init__(self, body, sub="plain", cs="utf-8", cte="quoted-printable", params="",
                 csq=True, extra=None):
        self.body, self.sub, self.cs, self.cte, self.params = body, sub, cs, cte, params
        self.csq, self.extra = csq, extra or []

    kind = "text"


class Att:
    def __init__(self, data, ctype, filename=None, cte="base64", inline=False, cid=None,
                 fn_style="plain", fn_cs="utf-8", desc=None, extra_ct=""):
        self.data, self.ctype, self.filename, self.cte = data, ctype, filename, cte
        self.inline, self.cid, self.fn_style, self.fn_cs = inline, cid, fn_style, fn_cs
        self.desc, self.extra_ct = desc, extra_ct

    kind = "att"


class Multi:
    def __init__(self, sub, *parts, params=""):
        self.sub, self.parts, self.params = sub, list(parts), params

    kind = "multi"


def alt(*p):
    return Multi("alternative", *p)


def mixed(*p):
    return Multi("mixed", *p)


def related(*p):
    return Multi("related", *p, params='; type="text/html"')


def _enc_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "7bit":
        data.decode("ascii")
    for ln in data.split(b"\n"):
        assert len(ln) < 990, ln[:60]
    return data if data.endswith(b"\n") else data + b"\n"


def _fname_params(a):
    fn = a.filename
    if all(ord(c) < 128 for c in fn):
        return '"%s"' % fn, '"%s"' % fn, False
    if a.fn_style == "ew":
        e = ew(fn, a.fn_cs).replace("\n ", "")
        return '"%s"' % e, '"%s"' % e, False
    toks = [chr(b) if b < 128 and (chr(b).isalnum() or chr(b) in "-._") else "%%%02X" % b
            for b in fn.encode(a.fn_cs)]
    chunks, cur = [], "%s''" % a.fn_cs
    for tk in toks:
        if len(cur) + len(tk) > 60:
            chunks.append(cur)
            cur = ""
        cur += tk
    chunks.append(cur)
    return chunks, '"%s"' % ew(fn, a.fn_cs).replace("\n ", ""), True


class Boundaries:
    def __init__(self, style, key):
        self.style, self.key, self.n = style, key, 0

    def next(self, sub):
        self.n += 1
        k = "%s/b%d" % (self.key, self.n)
        s = self.style
        if s == "gmail":
            return "000000000000" + h(k, 16)
        if s.startswith("ms:"):   # Outlook / Exchange: _00N_<id>_
            code = {"alternative": "000", "mixed": "004", "related": "006"}.get(sub, "002")
            return "_%s_%s_" % (code, s[3:])
        if s == "tb":
            return "------------" + h(k, 24, ALNUM)
        if s == "apple":
            return "Apple-Mail=_" + uuid(k, True)
        if s == "php":
            return "b%d=_%s" % (self.n, h(k, 43, ALNUM))
        if s == "javamail":
            return "----=_Part_%d_%d.%d" % (hn(k, 100000, 999999), hn(k + "x", 10 ** 8, 10 ** 9),
                                            1792000000000 + hn(k + "t", 0, 10 ** 10))
        if s == "mc":
            return "_----------=_MCPart_%d" % hn(k, 10 ** 8, 10 ** 9)
        if s == "nextpart":
            return "----=_NextPart_%s_%s_%s.%s" % (h(k, 3, UPHEX), h(k + "a", 4, UPHEX),
                                                  h(k + "b", 8, UPHEX), h(k + "c", 8, UPHEX))
        if s == "yandex":
            return "----==%s==----" % h(k, 22, ALNUM)
        return "=_" + h(k, 28)


def render(part, bd, top=False, preamble=None):
    """-> (header lines list, body bytes)"""
    if part.kind == "text":
        csv = ('"%s"' % part.cs) if part.csq else part.cs
        hdr = ["Content-Type: text/%s; charset=%s%s" % (part.sub, csv, part.params),
               "Content-Transfer-Encoding: %s" % part.cte] + part.extra
        src = part.body if part.sub == "calendar" else part.body.replace("\r\n", "\n")
        data = fit(src, part.cs).encode(part.cs)
        return hdr, _enc_body(data, part.cte)
    if part.kind == "att":
        ct = part.ctype
        hdr = []
        if part.filename:
            p1, pname, star = _fname_params(part)
            hdr.append("Content-Type: %s; name=%s%s" % (ct, pname, part.extra_ct))
            if part.desc:
                hdr.append("Content-Description: %s" % part.desc)
            disp = "inline" if part.inline else "attachment"
            if star:
                hdr.append("Content-Disposition: %s;\n" % disp + ";\n".join(
                    "\tfilename*%d*=%s" % (i, c) for i, c in enumerate(p1)))
            else:
                hdr.append("Content-Disposition: %s; filename=%s" % (disp, p1))
        else:
            hdr.append("Content-Type: %s%s" % (ct, part.extra_ct))
            if part.inline:
                hdr.append("Content-Disposition: inline")
        if part.cid:
            hdr.append("Content-ID: <%s>" % part.cid)
        hdr.append("Content-Transfer-Encoding: %s" % part.cte)
        return hdr, _enc_body(part.data, part.cte)
    b = bd.next(part.sub)
    hdr = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (part.sub, b, part.params)]
    body = b""
    if top and preamble:
        body += preamble.encode() + b"\n\n"
    for p in part.parts:
        ph, pb = render(p, bd)
        body += b"--" + b.encode() + b"\n" + "\n".join(ph).encode("ascii") + b"\n\n" + pb
    body += b"--" + b.encode() + b"--\n"
    return hdr, body


def postfix_qid(key):
    return "4" + h(key, 9, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz") + "z" + \
        h(key + "i", 4, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


TLS_LINE = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
            "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n")
TLS12_LINE = ("\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n")


def mx01(client, rcpt, t, key, tls="1.3"):
    helo, rdns, ip = client
    tl = {"1.3": TLS_LINE, "1.2": TLS12_LINE, None: ""}[tls]
    return ("Received: from %s (%s [%s])\n%s\tby mx01.example.com (Postfix) with %s id %s\n"
            "\tfor <%s>; %s" % (helo, rdns, ip, tl, "ESMTPS" if tls else "ESMTP",
                                postfix_qid(key), rcpt, fmt(t, "DE", True)))


def message(key, t, rcpt, client, hops, return_path, headers, body, bstyle="generic",
            preamble=None, tls="1.3"):
    lines = ["Return-Path: <%s>" % return_path, mx01(client, rcpt, t, key, tls)]
    lines += hops
    lines += [("%s: %s" % (k, v)) for k, v in headers if v is not None]
    bd = Boundaries(bstyle, key)
    ph, pb = render(body, bd, top=True, preamble=preamble)
    lines.append("MIME-Version: 1.0")
    lines += ph
    head = "\n".join(lines)
    head.encode("ascii")
    for ln in head.split("\n"):
        assert len(ln) <= 998
    return head.encode("ascii") + b"\n\n" + pb
