"""Hand-rolled RFC 5322 / MIME writer so that charsets, transfer encodings,
header order and trace headers are exactly as chosen for each message."""
import base64
import binascii
import datetime
import hashlib
import random
import string
import unicodedata
import email.utils

CET = datetime.timezone(datetime.timedelta(hours=1), "CET")
MX = "mx01.example.com"

FALLBACK = {
    "€": "EUR", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'", "–": "-",
    "—": "-", "…": "...", "•": "*", "«": '"', "»": '"', "№": "N", "\u00a0": " ",
    "\u200b": "", "\u200c": "", "\u2060": "", "₽": "руб.", "£": "GBP ", "✓": "v", "→": "->",
    "™": "(TM)", "©": "(c)", "®": "(R)", "·": "-", "×": "x", "‑": "-", "ł": "l", "Ł": "L",
    "đ": "d", "ß": "ss", "\u00ad": "",
}


def fit(text, charset):
    cs = charset.lower()
    if cs in ("utf-8",):
        return text
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        rep = FALLBACK.get(ch)
        if rep is not None:
            try:
                rep.encode(cs)
                out.append(rep)
                continue
            except UnicodeEncodeError:
                pass
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        try:
            base.encode(cs)
            out.append(base)
            continue
        except UnicodeEncodeError:
            raise ValueError("cannot represent %r in %s" % (ch, charset))
    return "".join(out)


# ---------------------------------------------------------------- headers

_QSAFE = set(string.ascii_letters + string.digits + "!*+-/")


def _ew_one(chunk, charset, mode):
    b = chunk.encode(charset)
    if mode == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
    enc = "".join(chr(c) if chr(c) in _QSAFE else ("_" if c == 32 else "=%02X" % c) for c in b)
    return "=?%s?Q?%s?=" % (charset, enc)


def ew(text, charset="utf-8", mode="B", force=False):
    """RFC 2047 encode if needed; returns possibly folded string."""
    if not force and all(32 <= ord(c) < 127 for c in text):
        return text
    text = fit(text, charset)
    words = []
    cur = ""
    for ch in text:
        cand = cur + ch
        if len(_ew_one(cand, charset, mode)) > 74 and cur:
            words.append(_ew_one(cur, charset, mode))
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(_ew_one(cur, charset, mode))
    return "\n ".join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, address, charset="utf-8", mode="B"):
    if not name:
        return address
    name = fit(name, charset)
    if all(32 <= ord(c) < 127 for c in name):
        if any(c in _SPECIALS for c in name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (ew(name, charset, mode), address)


def addrlist(items, charset="utf-8", mode="B"):
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        else:
            out.append(addr(it[0], it[1], charset, mode))
    return ",\n ".join(out) if len(out) > 1 else out[0]


# ---------------------------------------------------------------- random ids

def rstr(rnd, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def rhex(rnd, n, upper=False):
    s = "".join(rnd.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def b64blob(rnd, nbytes):
    return base64.b64encode(bytes(rnd.randrange(256) for _ in range(nbytes))).decode()


def fold_b64(s, first=4, width=70):
    lines = []
    while s:
        lines.append(s[:width])
        s = s[width:]
    return "\n\t ".join(lines)


def dkim_sig(rnd, d, s, when, h="From:To:Subject:Date:Message-ID:Content-Type:MIME-Version", x=None, extra=""):
    t = int(when.timestamp()) - rnd.randint(1, 6)
    xs = "; x=%d" % (t + x) if x else ""
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d%s; %sh=%s;\n\tbh=%s;\n\tb=%s"
            % (d, s, t, xs, extra, h, b64blob(rnd, 32), fold_b64(b64blob(rnd, 256))))


def qid(rnd):
    # Postfix long queue id
    return rstr(rnd, 12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


# ---------------------------------------------------------------- dates

def parse_date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rfcdate(dt):
    return email.utils.format_datetime(dt)


def cetdate(dt):
    return email.utils.format_datetime(dt.astimezone(CET)) + " (CET)"


# ---------------------------------------------------------------- auth results

def AR(spf=None, dkim=None, dmarc=None, rnd=None, extra=None):
    parts = []
    if spf:
        res, mf, ip = spf
        dom = mf.split("@")[-1] if mf else ""
        if res == "pass":
            parts.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (MX, mf, ip, mf))
        elif res == "softfail":
            parts.append("spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (MX, mf, ip, mf))
        elif res == "fail":
            parts.append("spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (MX, mf, ip, mf))
        elif res == "neutral":
            parts.append("spf=neutral (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s" % (MX, ip, mf, mf))
        elif res == "none":
            parts.append("spf=none (%s: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s" % (MX, mf, ip, mf))
        elif res == "internal":
            parts.append("spf=pass (%s: %s is the internal relay mail-int01.example.com) smtp.mailfrom=%s" % (MX, ip, mf))
        else:
            parts.append("spf=%s smtp.mailfrom=%s" % (res, mf))
    for dk in (dkim or []):
        if dk[0] == "none":
            parts.append("dkim=none (message not signed)")
            continue
        res, d, s = dk
        bb = rstr(rnd, 8) if rnd else "AbCdEfGh"
        if res == "pass":
            parts.append("dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s" % (d, d, s, bb))
        else:
            parts.append("dkim=%s (2048-bit key; %s) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=%s header.b=%s"
                         % (res, "signature verification failed" if res == "fail" else "unprotected", d, d, s, bb))
    if dmarc:
        res, dom, pol = dmarc
        if res == "none":
            parts.append("dmarc=none (p=none dis=none) header.from=%s" % dom if pol else "dmarc=none header.from=%s" % dom)
        else:
            parts.append("dmarc=%s (%s) header.from=%s" % (res, pol, dom))
    if extra:
        parts.extend(extra)
    return MX + ";\n\t" + ";\n\t".join(parts)


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None, headers=None,
                 parts=None, filename=None, disposition=None, cid=None, boundary=None, fname_charset="utf-8"):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.headers = headers or []
        self.parts = parts
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.boundary = boundary
        self.fname_charset = fname_charset


def T(text, charset=None, cte=None, **kw):
    return Part("text/plain", text, charset, cte, **kw)


def H(html, charset=None, cte=None, **kw):
    return Part("text/html", html, charset, cte, **kw)


def Alt(*parts, **kw):
    return Part("multipart/alternative", parts=list(parts), **kw)


def Mixed(*parts, **kw):
    return Part("multipart/mixed", parts=list(parts), **kw)


def Rel(*parts, **kw):
    return Part("multipart/related", parts=list(parts), params=[("type", "text/html")], **kw)


def Att(filename, data, ctype, inline=False, cid=None, cte="base64", charset=None, fname_charset="utf-8", size=True):
    p = Part(ctype, data, charset=charset, cte=cte, filename=filename,
             disposition="inline" if inline else "attachment", cid=cid, fname_charset=fname_charset)
    p.size = size
    return p


def _enc_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        q = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        return q if q.endswith(b"\n") else q + b"\n"
    if cte in ("7bit", "8bit", None):
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def _fname_params(p):
    fn = p.filename
    if all(32 <= ord(c) < 127 for c in fn):
        return '; name="%s"' % fn, 'filename="%s"' % fn
    cs = p.fname_charset
    b = fn.encode(cs)
    pct = "".join(chr(c) if chr(c) in string.ascii_letters + string.digits + "-._~" else "%%%02X" % c for c in b)
    return ('; name="%s"' % ew(fn, cs, "B").replace("\n ", ""),
            "filename*=%s''%s" % (cs, pct))


class Renderer:
    def __init__(self, rnd, charset, cte, bstyle, dt):
        self.rnd = rnd
        self.charset = charset
        self.cte = cte
        self.bstyle = bstyle
        self.dt = dt
        self.bcount = 0

    def boundary(self):
        r = self.rnd
        self.bcount += 1
        st = self.bstyle
        if st == "outlook":
            return "_%03d_%s_" % ((self.bcount - 1) * 2 + 0, rhex(r, 8, True) + rstr(r, 28, string.ascii_uppercase + string.digits) + "eurp")
        if st == "gmail":
            return "000000000000" + rhex(r, 16)
        if st == "apple":
            return "Apple-Mail=_%s-%s-%s-%s-%s" % (rhex(r, 8, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 4, True), rhex(r, 12, True))
        if st == "thunderbird":
            return "------------" + rstr(r, 24)
        if st == "php":
            return "b%d_%s" % (self.bcount, rstr(r, 43))
        if st == "java":
            return "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(100000000, 999999999), int(self.dt.timestamp() * 1000))
        if st == "mc":
            return "_----------=_MCPart_%d" % r.randint(10 ** 9, 10 ** 10 - 1)
        if st == "exchange":
            return "_%03d_%s%s_" % ((self.bcount - 1) * 2, rstr(r, 36, string.ascii_uppercase + string.digits), "corpexamplec")
        if st == "bat":
            return "----------%s" % rhex(r, 12, True)
        if st == "yandex":
            return "----==%s==----" % rstr(r, 22)
        if st == "mailru":
            return "--ALT--%s%d" % (rhex(r, 16), int(self.dt.timestamp()))
        return "=_%s" % rstr(r, 30)

    def render(self, p):
        """returns (list of header lines, body bytes)"""
        hdrs = []
        if p.parts is not None:
            b = p.boundary or self.boundary()
            params = "".join('; %s="%s"' % kv for kv in p.params)
            hdrs.append('Content-Type: %s;\n\tboundary="%s"%s' % (p.ctype, b, params))
            hdrs.extend("%s: %s" % h for h in p.headers)
            out = b""
            if p.ctype == "multipart/mixed" and self.bstyle in ("php", "java", "generic"):
                out += b"This is a multi-part message in MIME format.\n"
            for sp in p.parts:
                sh, sb = self.render(sp)
                out += b"\n--" + b.encode() + b"\n" + "\n".join(sh).encode("ascii") + b"\n\n" + sb
            out += b"\n--" + b.encode() + b"--\n"
            return hdrs, out
        if p.filename is None and p.ctype.startswith("text/"):
            cs = p.charset or self.charset
            cte = p.cte or self.cte
            text = fit(p.body, cs)
            if not text.endswith("\n"):
                text += "\n"
            data = text.encode(cs)
            if cte == "7bit" and any(c > 127 for c in data):
                raise ValueError("7bit with 8-bit data")
            hdrs.append('Content-Type: %s; charset="%s"%s' % (p.ctype, cs, "".join('; %s="%s"' % kv for kv in p.params)))
            hdrs.append("Content-Transfer-Encoding: %s" % cte)
            hdrs.extend("%s: %s" % h for h in p.headers)
            return hdrs, _enc_body(data, cte)
        # attachment / inline object
        data = p.body
        if isinstance(data, str):
            data = fit(data, p.charset or "utf-8").encode(p.charset or "utf-8")
        namep, fnp = _fname_params(p)
        ct = p.ctype
        if p.charset:
            ct += '; charset="%s"' % p.charset
        hdrs.append("Content-Type: %s%s" % (ct, namep))
        if p.cid:
            hdrs.append("Content-ID: <%s>" % p.cid)
        disp = "%s; %s" % (p.disposition, fnp)
        if getattr(p, "size", True):
            disp += "; size=%d" % len(data)
        if self.bstyle == "outlook":
            disp += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (rfcdate(self.dt), rfcdate(self.dt))
        hdrs.append("Content-Disposition: " + disp)
        hdrs.append("Content-Transfer-Encoding: %s" % p.cte)
        hdrs.extend("%s: %s" % h for h in p.headers)
        return hdrs, _enc_body(data, p.cte)


# ---------------------------------------------------------------- Received lines

def rcv_mx(helo, rdns, ip, rcpts, when, rnd, tls="1.3", esmtp=None):
    if tls == "1.3":
        t = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
             "\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
             "\n\t(No client certificate requested)")
        w = "ESMTPS"
    elif tls == "1.2":
        t = ("\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"
             "\n\t(No client certificate requested)")
        w = "ESMTPS"
    else:
        t = ""
        w = esmtp or "ESMTP"
    forp = "\n\tfor <%s>" % rcpts[0] if len(rcpts) == 1 else ""
    return "from %s (%s [%s])%s\n\tby %s (Postfix) with %s id %s%s; %s" % (
        helo, rdns or "unknown", ip, t, MX, w, qid(rnd), forp, cetdate(when))


# ---------------------------------------------------------------- message

def build(m):
    """m: dict spec; returns bytes."""
    rnd = random.Random(m["file"])
    dt = parse_date(m["date"])
    recv = dt + datetime.timedelta(seconds=m.get("delay", rnd.randint(2, 45)))
    cs = m["charset"]
    hmode = m.get("hmode", "B")
    hcs = m.get("hcharset", cs if cs.lower() != "us-ascii" else "utf-8")
    rcpts = [x if isinstance(x, str) else x[1] for x in m["to"] + m.get("cc", []) + m.get("bcc_rcpt", [])]
    rcpts = [r for r in rcpts if "@" in r]
    if m.get("envelope_rcpts"):
        rcpts = m["envelope_rcpts"]
    L = []
    L.append("Return-Path: <%s>" % m["mailfrom"])
    L.append("Received: " + rcv_mx(m["helo"], m.get("rdns"), m["ip"], rcpts, recv, rnd, m.get("tls", "1.3")))
    if m.get("auth"):
        L.append("Authentication-Results: " + m["auth"])
    for name, val in m.get("trace", []):
        L.append("%s: %s" % (name, val))
    fr = m["from"]
    L.append("From: " + addr(fr[0], fr[1], hcs, hmode))
    if m.get("sender"):
        L.append("Sender: " + addr(m["sender"][0], m["sender"][1], hcs, hmode))
    L.append("To: " + addrlist(m["to"], hcs, hmode))
    if m.get("cc"):
        L.append("Cc: " + addrlist(m["cc"], hcs, hmode))
    if m.get("reply_to"):
        rt = m["reply_to"]
        L.append("Reply-To: " + addr(rt[0], rt[1], hcs, hmode))
    L.append("Subject: " + ew(m["subject"], m.get("scharset", hcs), m.get("smode", hmode)))
    L.append("Date: " + rfcdate(dt))
    L.append("Message-ID: " + m["msgid"])
    for name, val in m.get("headers", []):
        L.append("%s: %s" % (name, val))
    L.append("MIME-Version: 1.0")
    r = Renderer(rnd, cs, m.get("cte", "quoted-printable"), m.get("bstyle", "generic"), dt)
    hdrs, body = r.render(m["body"])
    L.extend(hdrs)
    head = "\n".join(L).encode("ascii")
    return head + b"\n\n" + body


# ---------------------------------------------------------------- sender profiles

def msgid_outlook(rnd, tenant="DU0PR04MB9417", region="eurprd04"):
    return "<%s%s@%s.%s.prod.outlook.com>" % (tenant, rhex(rnd, 32, True), tenant, region)


def msgid_gmail(rnd):
    return "<CA%s@mail.gmail.com>" % rstr(rnd, 62, string.ascii_letters + string.digits + "+_=-")


def msgid_exchange(rnd, host="exv-nue-02.corp.example.com"):
    return "<%s@%s>" % (rhex(rnd, 32), host)
