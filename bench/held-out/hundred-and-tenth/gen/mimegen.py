"""Hand-rolled MIME serializer so that charset, transfer encoding, boundary style,
header order and encoded-word style match the sending system exactly."""
import base64
import binascii
import datetime as _dt
import hashlib
import random
import re

UTC = _dt.timezone.utc

# ---------------------------------------------------------------- deterministic randomness
def rng_for(*keys):
    h = hashlib.sha256("|".join(map(str, keys)).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))

def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s

def alnum(rng, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(chars) for _ in range(n))

# ---------------------------------------------------------------- time zones (2026 rules)
_EU_SWITCH = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)       # CEST/BST/EEST end
_US_SWITCH = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)        # PDT end (02:00 PDT)

def tzinfo(zone, utc):
    summer = utc < _EU_SWITCH
    if zone == "DE":
        return (2, "CEST") if summer else (1, "CET")
    if zone == "UK":
        return (1, "BST") if summer else (0, "GMT")
    if zone == "GR":
        return (3, "EEST") if summer else (2, "EET")
    if zone == "RU":
        return (3, "MSK")
    if zone == "UTC":
        return (0, "UTC")
    if zone == "US":
        return (-7, "PDT") if utc < _US_SWITCH else (-8, "PST")
    if zone == "USE":
        return (-4, "EDT") if utc < _US_SWITCH else (-5, "EST")
    raise ValueError(zone)

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def rfcdate(utc, zone="DE", comment=False, pad_day=False, no_dow=False):
    off, name = tzinfo(zone, utc)
    t = utc + _dt.timedelta(hours=off)
    day = ("%02d" if pad_day else "%d") % t.day
    s = "%s %s %d %02d:%02d:%02d %+03d00" % (day, _MONS[t.month - 1], t.year, t.hour, t.minute, t.second, off)
    if not no_dow:
        s = _DAYS[t.weekday()] + ", " + s
    if comment:
        s += " (%s)" % name
    return s

def local(utc, zone="DE"):
    off, _ = tzinfo(zone, utc)
    return utc + _dt.timedelta(hours=off)

def U(y, mo, d, h, mi, s=0, zone="DE"):
    """Build a UTC datetime from local wall time in zone."""
    guess = _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)
    off, _ = tzinfo(zone, guess)
    return guess - _dt.timedelta(hours=off)

# ---------------------------------------------------------------- encoded words (RFC 2047)
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

def needs_encoding(s):
    return any(ord(c) > 126 or (ord(c) < 32) for c in s) or "=?" in s

def ew(text, charset="utf-8", enc="Q", label=None, maxlen=75, first_offset=0):
    """Encode text as one or more encoded words, joined by folding whitespace."""
    label = label or charset
    prefix = "=?%s?%s?" % (label, enc)
    words, cur = [], ""
    limit = maxlen - len(prefix) - 2

    def encoded(s):
        b = s.encode(charset)
        return _q(b) if enc.upper() == "Q" else base64.b64encode(b).decode()
    for ch in text:
        trial = cur + ch
        lim = limit - (first_offset if not words else 0)
        if cur and len(encoded(trial)) > lim:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\n ".join(prefix + encoded(w) + "?=" for w in words)

def hdr_text(text, charset="utf-8", enc="Q", label=None, name_len=9):
    if not needs_encoding(text):
        return fold(text, name_len)
    return ew(text, charset, enc, label, first_offset=name_len)

def fold(text, name_len=9, width=78):
    """Fold an unstructured ASCII header value at spaces."""
    if len(text) + name_len + 2 <= width:
        return text
    words = text.split(" ")
    lines, cur = [], ""
    cap = width - name_len - 2
    for w in words:
        if cur and len(cur) + 1 + len(w) > cap:
            lines.append(cur)
            cur = w
            cap = width - 1
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)

_SPECIALS = set('()<>[]:;@\\,."')

def addr(name, address, charset="utf-8", enc="Q", label=None, quote_always=False):
    if not name:
        return "<%s>" % address if quote_always else address
    if needs_encoding(name):
        word = ew(name, charset, enc, label)
        if "\n" in word and enc.upper() == "Q":
            # a display name split over several encoded words is rendered with stray spaces
            # by some parsers; mail clients switch to B encoding for such names
            b = ew(name, charset, "B", label)
            if "\n" not in b:
                word = b
        return "%s <%s>" % (word, address)
    if quote_always or any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), address)
    return "%s <%s>" % (name, address)

def addr_list(items, **kw):
    return ",\n\t".join(addr(n, a, **kw) for n, a in items)

# ---------------------------------------------------------------- transfer encodings
def qp(data):
    """Quoted-printable body encoding (RFC 2045), LF line ends."""
    text = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return text.decode("ascii")

def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))

# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, filename=None,
                 disposition=None, cid=None, parts=None, boundary=None, ctype_params=None,
                 headers=None, name_param=True, preamble=None, fn_charset="utf-8", fn_enc="Q",
                 fn_label=None, fn_rfc2231=False, label=None, format_flowed=False, description=None):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.label = label or charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.parts = parts or []
        self.boundary = boundary
        self.ctype_params = ctype_params or []
        self.extra = headers or []
        self.name_param = name_param
        self.preamble = preamble
        self.fn_charset, self.fn_enc, self.fn_label, self.fn_rfc2231 = fn_charset, fn_enc, fn_label, fn_rfc2231
        self.format_flowed = format_flowed
        self.description = description

    # -- helpers
    def is_multipart(self):
        return self.ctype.startswith("multipart/")

    def _fname(self):
        f = self.filename
        if not needs_encoding(f):
            return '"%s"' % f, '"%s"' % f
        if self.fn_rfc2231:
            from urllib.parse import quote
            v = "%s''%s" % (self.fn_charset.upper(), quote(f.encode(self.fn_charset), safe=""))
            return None, v
        e = ew(f, self.fn_charset, self.fn_enc, self.fn_label, maxlen=10000)
        return '"%s"' % e, '"%s"' % e

    def header_lines(self):
        h = []
        ct = self.ctype
        params = []
        if self.is_multipart():
            params.append('boundary="%s"' % self.boundary)
        if self.charset:
            params.append('charset="%s"' % self.label if self.ctype_params and "quote" in self.ctype_params else "charset=%s" % self.label)
        if self.format_flowed:
            params.append("format=flowed")
        for p in self.ctype_params:
            if p != "quote":
                params.append(p)
        if self.filename and self.name_param:
            q, r = self._fname()
            params.append(("name=%s" % q) if q else ("name*=%s" % r))
        if params:
            h.append("Content-Type: %s;\n\t%s" % (ct, ";\n\t".join(params)))
        else:
            h.append("Content-Type: %s" % ct)
        for k, v in self.extra:
            h.append("%s: %s" % (k, v))
        if self.description:
            h.append("Content-Description: %s" % self.description)
        if self.disposition or self.filename:
            disp = self.disposition or "attachment"
            if self.filename:
                q, r = self._fname()
                disp += ";\n\tfilename=%s" % q if q else ";\n\tfilename*=%s" % r
            h.append("Content-Disposition: %s" % disp)
        if self.cid:
            h.append("Content-ID: <%s>" % self.cid)
        if self.cte and not self.is_multipart():
            h.append("Content-Transfer-Encoding: %s" % self.cte)
        return h

    def encoded_body(self):
        if self.is_multipart():
            out = []
            if self.preamble:
                out.append(self.preamble + "\n")
            for p in self.parts:
                out.append("--%s\n%s" % (self.boundary, p.serialize()))
            out.append("--%s--\n" % self.boundary)
            return "\n".join(out)
        data = self.body
        if isinstance(data, str):
            data = data.replace("\r\n", "\n").encode(self.charset or "us-ascii")
        cte = (self.cte or "7bit").lower()
        if cte == "base64":
            return b64(data) + "\n"
        if cte == "quoted-printable":
            s = qp(data)
            return s if s.endswith("\n") else s + "\n"
        if cte == "7bit":
            s = data.decode("ascii")
        else:  # 8bit / binary kept raw; stored as latin-1 passthrough
            s = data.decode("latin-1")
        for line in s.split("\n"):
            assert len(line.encode("latin-1")) < 998, "line too long for %s" % cte
        return s if s.endswith("\n") else s + "\n"

    def serialize(self):
        return "\n".join(self.header_lines()) + "\n\n" + self.encoded_body()

    # -- description for MANIFEST
    def describe(self):
        if self.is_multipart():
            sub = self.ctype.split("/")[1]
            return "%s(%s)" % (sub, ", ".join(p.describe() for p in self.parts))
        if self.filename:
            return "%s '%s'" % (self.ctype, self.filename)
        if self.cid:
            return "%s (inline cid)" % self.ctype
        return self.ctype

    def walk(self):
        yield self
        for p in self.parts:
            yield from p.walk()


# ---------------------------------------------------------------- messages
class Message:
    def __init__(self, folder, num, lang, slug):
        self.folder, self.num, self.lang, self.slug = folder, num, lang, slug
        self.received = []          # list of header values, top first (mx01 first)
        self.headers = []           # (name, value) in order after Received chain
        self.root = None
        self.return_path = None
        self.what = ""
        self.why = ""
        self.rng = rng_for(folder, num, slug)

    @property
    def filename(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)

    def h(self, name, value):
        self.headers.append((name, value))

    def serialize(self):
        lines = ["Return-Path: <%s>" % (self.return_path or "")]
        for r in self.received:
            lines.append("Received: " + r)
        for k, v in self.headers:
            lines.append("%s: %s" % (k, v))
        if not any(k.lower() == "mime-version" for k, _ in self.headers):
            lines.append("MIME-Version: 1.0")
        head = "\n".join(lines) + "\n" + "\n".join(self.root.header_lines()) + "\n\n"
        body = self.root.encoded_body()
        raw = head + body
        return raw.encode("latin-1")

    def body_info(self):
        """charset and CTE of the main human-readable text part(s)."""
        cs, ctes = [], []
        for p in self.root.walk():
            if p.ctype in ("text/plain", "text/html") and not p.filename and not p.is_multipart():
                lab = p.label or "us-ascii"
                if lab not in cs:
                    cs.append(lab)
                c = p.cte or "7bit"
                if c not in ctes:
                    ctes.append(c)
        return " / ".join(cs), " / ".join(ctes)


# ---------------------------------------------------------------- mx01 Received
TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS13_128 = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")

_QCHARS = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"

def postfix_long_id(rng):
    return "4" + rng.choice("Xaby") + "".join(rng.choice(_QCHARS) for _ in range(12))

def mx01(rng, helo, rdns, ip, rcpt, utc, tls=TLS13, esmtp=True):
    ipb = ip if ip.startswith("IPv6:") else ip
    s = "from %s (%s [%s])\n" % (helo, rdns, ipb)
    if tls:
        s += "\t" + tls + "\n"
        proto = "ESMTPS"
    else:
        proto = "ESMTP" if esmtp else "SMTP"
    s += "\tby mx01.example.com (Postfix) with %s id %s\n" % (proto, postfix_long_id(rng))
    s += "\tfor <%s>; %s" % (rcpt, rfcdate(utc, "DE", comment=True))
    return s

def postfix_hop(rng, helo, rdns, ip, by, utc, zone="DE", rcpt=None, proto="ESMTPSA", auth=None,
                tls=TLS12, short_id=False, comment=True):
    s = "from %s (%s [%s])\n" % (helo, rdns, ip)
    if tls:
        s += "\t" + tls + "\n"
    if auth:
        s += "\t(Authenticated sender: %s)\n" % auth
    qid = hexs(rng, 10, True) if short_id else postfix_long_id(rng)
    s += "\tby %s (Postfix) with %s id %s" % (by, proto, qid)
    if rcpt:
        s += "\n\tfor <%s>" % rcpt
    s += "; %s" % rfcdate(utc, zone, comment=comment)
    return s

def sec(utc, s):
    return utc - _dt.timedelta(seconds=s)
