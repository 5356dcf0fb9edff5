"""Hand-rolled MIME composer: exact control over charsets, transfer
encodings, RFC 2047/2231 header encoding, header order and Received chains."""
import base64
import datetime as _dt
import quopri
import random
import textwrap

UTC = _dt.timezone.utc

# ----------------------------------------------------------------- time


def _last_sunday(y, m):
    d = _dt.date(y, m + 1, 1) - _dt.timedelta(days=1) if m < 12 else _dt.date(y, 12, 31)
    return d - _dt.timedelta(days=(d.weekday() + 1) % 7)


def _eu_summer(u):
    y = u.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1), UTC)
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1), UTC)
    return start <= u < end


def _us_summer(u):
    y = u.year
    mar = _dt.date(y, 3, 1)
    second_sun = mar + _dt.timedelta(days=(6 - mar.weekday()) % 7 + 7)
    nov = _dt.date(y, 11, 1)
    first_sun = nov + _dt.timedelta(days=(6 - nov.weekday()) % 7)
    start = _dt.datetime.combine(second_sun, _dt.time(10), UTC)
    end = _dt.datetime.combine(first_sun, _dt.time(9), UTC)
    return start <= u < end


ZONES = {
    # name: (std offset min, summer offset min, std abbr, summer abbr, rule)
    "CET": (60, 120, "CET", "CEST", _eu_summer),
    "EET": (120, 180, "EET", "EEST", _eu_summer),
    "UK": (0, 60, "GMT", "BST", _eu_summer),
    "MSK": (180, 180, "MSK", "MSK", lambda u: False),
    "UTC": (0, 0, "UTC", "UTC", lambda u: False),
    "PT": (-480, -420, "PST", "PDT", _us_summer),
}


def zoff(zone, u):
    std, summer, a1, a2, rule = ZONES[zone]
    return (summer, a2) if rule(u) else (std, a1)


def T(s, zone="CET"):
    """Local time string 'YYYY-MM-DD HH:MM:SS' in zone -> aware UTC datetime."""
    naive = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    guess = naive.replace(tzinfo=UTC)
    off, _ = zoff(zone, guess - _dt.timedelta(minutes=ZONES[zone][0]))
    return (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)


def fmt_date(u, zone="CET", abbr=False, zero_pad=False, gmt_word=False):
    off, name = zoff(zone, u)
    loc = u + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = "%s%02d%02d" % (sign, abs(off) // 60, abs(off) % 60)
    day = "%02d" % loc.day if zero_pad else "%d" % loc.day
    s = loc.strftime("%a, ") + day + loc.strftime(" %b %Y %H:%M:%S ") + o
    if gmt_word and off == 0:
        s = s[:-5] + "GMT"
    if abbr:
        s += " (%s)" % name
    return s


def plus(u, seconds):
    return u + _dt.timedelta(seconds=seconds)


# --------------------------------------------------------- header words

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _qenc(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch.isalnum() and c < 128 or ch in "!*+-/":
            out.append(ch)
        elif c == 32:
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(text, charset="UTF-8", mode="B", maxlen=75):
    """RFC 2047 encoded words, split safely on character boundaries and
    folded with CRLF-SP (written as LF-SP)."""
    def word(chunk):
        b = chunk.encode(charset.lower())
        body = base64.b64encode(b).decode() if mode == "B" else _qenc(b)
        return "=?%s?%s?%s?=" % (charset, mode, body)
    words, cur = [], ""
    text = downgrade(text, charset)
    for ch in text:
        if cur and len(word(cur + ch)) > maxlen:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return "\n ".join(words)


def htext(text, charset="UTF-8", mode="B"):
    return text if is_ascii(text) else ew(text, charset, mode)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, charset="UTF-8", mode="B", force_quote=False):
    if not name:
        return email
    if is_ascii(name):
        if force_quote or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    # one encoded word for the whole phrase: parsers disagree on whitespace
    # between adjacent encoded words inside address phrases
    return "%s <%s>" % (ew(name, charset, mode, maxlen=998), email)


def addrs(lst, charset="UTF-8", mode="B", force_quote=False):
    return ",\n\t".join(addr(n, e, charset, mode, force_quote) for n, e in lst)


def fold(s, width=78, indent="\t"):
    """Fold a long structured header value at spaces."""
    out, line = [], ""
    for tok in s.split(" "):
        if line and len(line) + 1 + len(tok) > width:
            out.append(line)
            line = tok
        else:
            line = tok if not line else line + " " + tok
    out.append(line)
    return ("\n" + indent).join(out)


# -------------------------------------------------------------- parts

def _py(cs):
    return cs.lower()


def wrap(text, width=72):
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith(">"):
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def flowed(text, width=72):
    """RFC 3676 format=flowed: soft line breaks end in a space."""
    out = []
    for para in text.split("\n"):
        if para in ("--", "-- "):
            out.append("-- ")
            continue
        if len(para) <= width + 6 or para.startswith(">"):
            out.append(para.rstrip(" "))
            continue
        lines = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False)
        out.extend([ln + " " for ln in lines[:-1]] + [lines[-1]])
    return "\n".join(out)


def encode_body(data, cte):
    cte = cte.lower()
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data, quotetabs=False)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    if cte == "7bit":
        data.decode("ascii")
    for ln in data.split(b"\n"):
        assert len(ln) < 990, "line too long for %s" % cte
    return data if data.endswith(b"\n") else data + b"\n"


_PUNCT = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u2018": "'",
          "\u2019": "'", "\u201a": "'", "\u2026": "...", "\u00a0": " ", "\u20ac": "EUR", "\u00ab": '"', "\u00bb": '"',
          "\u2022": "*", "\u2116": "N"}


def downgrade(text, charset):
    """What a mail client does when the chosen legacy charset lacks typographic
    punctuation: fall back to ASCII look-alikes. Letters must still fit."""
    cs = charset.lower()
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in _PUNCT:
                raise
            out.append(_PUNCT[ch])
    return "".join(out)


class Text:
    def __init__(self, text, subtype="plain", charset="UTF-8", cte="quoted-printable",
                 params="", quote_cs=False, extra_headers=(), cte_case=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.params, self.quote_cs, self.extra = params, quote_cs, list(extra_headers)
        self.cte_case = cte_case or cte

    def ctype(self):
        return "text/" + self.subtype

    def render(self):
        cs = '"%s"' % self.charset if self.quote_cs else self.charset
        hdr = ["Content-Type: text/%s; charset=%s%s" % (self.subtype, cs, self.params),
               "Content-Transfer-Encoding: %s" % self.cte_case] + self.extra
        text = downgrade(self.text, self.charset)
        if "format=flowed" in self.params:
            text = flowed(text)
        data = text.encode(_py(self.charset))
        return hdr, encode_body(data, self.cte)


def _param_2231(name, value, charset="UTF-8"):
    from urllib.parse import quote
    return "%s*=%s''%s" % (name, charset.lower() if charset == "UTF-8" else charset, quote(value.encode(charset.lower()), safe=""))


class Attach:
    """fn_style: 'plain' | '2047B' | '2047Q' | '2231' | 'tb' (2047 name + 2231 filename)"""

    def __init__(self, ctype, data, filename=None, cte="base64", disposition="attachment",
                 cid=None, fn_style="2047B", fn_charset="UTF-8", extra_ct="", size_param=False,
                 extra_headers=(), date_params=""):
        self.ct, self.data, self.filename, self.cte = ctype, data, filename, cte
        self.disp, self.cid, self.fn_style, self.fn_charset = disposition, cid, fn_style, fn_charset
        self.extra_ct, self.size_param, self.extra, self.date_params = extra_ct, size_param, list(extra_headers), date_params

    def ctype(self):
        return self.ct

    def render(self):
        fn = self.filename
        hdr = []
        if fn is None:
            hdr.append("Content-Type: %s%s" % (self.ct, self.extra_ct))
            disp = self.disp
        elif is_ascii(fn) or self.fn_style == "plain":
            hdr.append('Content-Type: %s;%s\n\tname="%s"' % (self.ct, self.extra_ct, fn))
            disp = '%s;\n\tfilename="%s"' % (self.disp, fn)
        elif self.fn_style in ("2047B", "2047Q"):
            e = ew(fn, self.fn_charset, self.fn_style[-1]).replace("\n ", "\n\t")
            hdr.append('Content-Type: %s;%s\n\tname="%s"' % (self.ct, self.extra_ct, e))
            disp = '%s;\n\tfilename="%s"' % (self.disp, e)
        elif self.fn_style == "tb":
            e = ew(fn, "UTF-8", "Q").replace("\n ", "\n ")
            hdr.append('Content-Type: %s;%s name="%s"' % (self.ct, self.extra_ct, e))
            disp = "%s;\n %s" % (self.disp, _param_2231("filename", fn))
        else:
            hdr.append("Content-Type: %s;%s\n\t%s" % (self.ct, self.extra_ct, _param_2231("name", fn, self.fn_charset)))
            disp = "%s;\n\t%s" % (self.disp, _param_2231("filename", fn, self.fn_charset))
        if self.size_param and fn is not None:
            disp += "; size=%d" % len(self.data)
        disp += self.date_params
        if self.disp:
            hdr.append("Content-Disposition: " + disp)
        hdr.append("Content-Transfer-Encoding: " + self.cte)
        if self.cid:
            hdr.append("Content-ID: <%s>" % self.cid)
        hdr += self.extra
        return hdr, encode_body(self.data, self.cte)


class Multi:
    def __init__(self, subtype, parts, boundary, params="", preamble=None, extra_headers=()):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.preamble, self.extra = params, preamble, list(extra_headers)

    def ctype(self):
        return "multipart/" + self.subtype

    def render(self):
        hdr = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (self.subtype, self.params, self.boundary)] + self.extra
        body = b""
        if self.preamble:
            body += self.preamble.encode() + b"\n"
        for p in self.parts:
            h, b = p.render()
            body += b"\n--" + self.boundary.encode() + b"\n" + "\n".join(h).encode("ascii") + b"\n\n" + b
        body += b"\n--" + self.boundary.encode() + b"--\n"
        if not self.preamble:
            body = body[1:]
        return hdr, body


# ------------------------------------------------------------ messages

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PFX_QID = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


class Ctx:
    """Per-message deterministic context handed to infrastructure profiles."""

    def __init__(self, key, t, rcpt, sender):
        self.R = random.Random("audit68:" + key)
        self.t, self.rcpt, self.sender = t, rcpt, sender

    def hex(self, n, upper=False):
        s = "".join(self.R.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=B62):
        return "".join(self.R.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return str(self.R.randint(1, 9)) + "".join(self.R.choice("0123456789") for _ in range(n - 1))

    def uuid(self, upper=False):
        h = self.hex(32, upper)
        return "-".join((h[:8], h[8:12], "4" + h[13:16], "89ab"[int(h[16], 16) % 4] + h[17:20], h[20:]))

    def qid(self):
        return "4" + self.alnum(10, PFX_QID) + "z" + self.alnum(3, PFX_QID)

    def boundary_gmail(self):
        return "0000000000" + self.hex(18)


def mx01_received(ctx, helo, rdns, ip, tls=True, delay=4):
    t = plus(ctx.t, delay)
    frm = "from %s (%s [%s])" % (helo, rdns or "unknown", ip)
    lines = [frm]
    if tls:
        lines.append("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)")
        lines.append("\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
        lines.append("\t(No client certificate requested)")
    lines.append("\tby mx01.example.com (Postfix) with %s id %s" % ("ESMTPS" if tls else "ESMTP", ctx.qid()))
    lines.append("\tfor <%s>; %s" % (ctx.rcpt, fmt_date(t, "CET", abbr=True)))
    return "\n".join(lines)


class Mail:
    def __init__(self, folder, num, lang, slug):
        self.folder, self.num, self.lang, self.slug = folder, num, lang, slug
        self.fname = "%02d-%s-%s.eml" % (num, lang, slug)
        self.headers = []      # (name, value) in final order, excluding Return-Path/Received
        self.received = []     # sender-side Received values, top first
        self.top = None        # mx01 Received value
        self.return_path = None
        self.body = None
        self.meta = {}

    def render(self):
        out = ["Return-Path: <%s>" % self.return_path, "Received: " + self.top]
        out += ["Received: " + r for r in self.received]
        bh, bb = self.body.render()
        ctype_done = False
        for n, v in self.headers:
            if n == "@BODY":
                out += bh
                ctype_done = True
            else:
                out.append("%s: %s" % (n, v))
        if not ctype_done:
            out += bh
        head = "\n".join(out).encode("ascii")
        return head + b"\n\n" + bb
