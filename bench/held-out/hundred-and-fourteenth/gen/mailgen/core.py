"""MIME building and byte-exact serialisation (CRLF), header encoding,
dates/time zones and identifier generators.  Everything is deterministic."""
import base64
import binascii
import datetime as dt
import hashlib
import re
import string

CRLF = b"\r\n"

# ------------------------------------------------------------------ time
UTC = dt.timezone.utc


def _last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    while d.weekday() != 6:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


ZONES = {
    # name: (std offset h, dst offset h, std abbr, dst abbr, rule)
    "EU": (1, 2, "CET", "CEST", "eu"),
    "GR": (2, 3, "EET", "EEST", "eu"),
    "UK": (0, 1, "GMT", "BST", "eu"),
    "MSK": (3, 3, "MSK", "MSK", None),
    "TR": (3, 3, "+03", "+03", None),
    "UTC": (0, 0, "UTC", "UTC", None),
    "PT": (-8, -7, "PST", "PDT", "us"),
    "ET": (-5, -4, "EST", "EDT", "us"),
}


def zone_offset(zone, t_utc):
    std, dst, a_std, a_dst, rule = ZONES[zone]
    if rule == "eu":
        y = t_utc.year
        start = dt.datetime.combine(_last_sunday(y, 3), dt.time(1, 0), UTC)
        end = dt.datetime.combine(_last_sunday(y, 10), dt.time(1, 0), UTC)
        is_dst = start <= t_utc < end
    elif rule == "us":
        y = t_utc.year
        start = dt.datetime.combine(_nth_sunday(y, 3, 2), dt.time(0, 0), UTC) + dt.timedelta(hours=2 - std)
        end = dt.datetime.combine(_nth_sunday(y, 11, 1), dt.time(0, 0), UTC) + dt.timedelta(hours=2 - dst)
        is_dst = start <= t_utc < end
    else:
        is_dst = False
    return (dst if is_dst else std), (a_dst if is_dst else a_std)


def local(t_utc, zone):
    off, abbr = zone_offset(zone, t_utc)
    return t_utc.astimezone(dt.timezone(dt.timedelta(hours=off))), abbr


def _ofs(t):
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(t_utc, zone, style="std"):
    """style: std 'Tue, 6 Oct 2026 09:14:22 +0200'; pad '06'; postfix 'Tue,  6 Oct ... (CEST)';
    gmail 'Tue, 06 Oct 2026 00:14:21 -0700 (PDT)'; utc_paren '... +0000 (UTC)'; gmt '... GMT'."""
    t, abbr = local(t_utc, zone)
    day = _DAYS[t.weekday()]
    mon = _MON[t.month - 1]
    hms = "%02d:%02d:%02d" % (t.hour, t.minute, t.second)
    if style == "std":
        return "%s, %d %s %d %s %s" % (day, t.day, mon, t.year, hms, _ofs(t))
    if style == "nodow":
        return "%d %s %d %s %s" % (t.day, mon, t.year, hms, _ofs(t))
    if style == "pad":
        return "%s, %02d %s %d %s %s" % (day, t.day, mon, t.year, hms, _ofs(t))
    if style == "postfix":
        return "%s, %2d %s %d %s %s (%s)" % (day, t.day, mon, t.year, hms, _ofs(t), abbr)
    if style == "gmail":
        return "%s, %02d %s %d %s %s (%s)" % (day, t.day, mon, t.year, hms, _ofs(t), abbr)
    if style == "paren":
        return "%s, %d %s %d %s %s (%s)" % (day, t.day, mon, t.year, hms, _ofs(t), abbr)
    if style == "gmt":
        return "%s, %02d %s %d %s GMT" % (day, t.day, mon, t.year, hms)
    if style == "msk":
        return "%s, %d %s %d %s %s" % (day, t.day, mon, t.year, hms, _ofs(t))
    raise ValueError(style)


def parse_local(s, zone):
    """'2026-10-06 09:14:10' local time in zone -> aware UTC datetime."""
    naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    std = ZONES[zone][0]
    guess = (naive - dt.timedelta(hours=std)).replace(tzinfo=UTC)
    off, _ = zone_offset(zone, guess)
    t = (naive - dt.timedelta(hours=off)).replace(tzinfo=UTC)
    off2, _ = zone_offset(zone, t)
    if off2 != off:
        t = (naive - dt.timedelta(hours=off2)).replace(tzinfo=UTC)
    return t


# ------------------------------------------------------------------- ids
B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def thread_index(rng):
    return base64.b64encode(b"\x01\xdc" + bytes(rng.randrange(256) for _ in range(20))).decode()


def postfix_long_qid(rng):
    return "4" + rstr(rng, B52, 9) + "z" + rstr(rng, B52, 4)


def postfix_short_qid(rng):
    return hexs(rng, rng.choice([10, 11]), upper=True)


def b64s(rng, nbytes):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def uuid4(rng):
    h = hexs(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def boundary(rng, style):
    if style == "outlook":
        return "_%03d_%s_" % (rng.randrange(1000), rstr(rng, string.ascii_uppercase + string.digits, 24 + 10)[:34])
    if style == "gmail":
        return "000000000000" + hexs(rng, 16)
    if style == "thunderbird":
        return "------------" + rstr(rng, string.ascii_letters + string.digits, 24)
    if style == "apple":
        return "Apple-Mail=_" + uuid4(rng).upper()
    if style == "php":
        return "b1=_" + rstr(rng, string.ascii_letters + string.digits, 43)
    if style == "python":
        return "===============" + "".join(rng.choice(string.digits) for _ in range(19)) + "=="
    if style == "roundcube":
        return "=_" + hexs(rng, 32)
    if style == "zimbra":
        return "=_" + uuid4(rng)
    if style == "mc":
        return "_----------=_MCPart_" + "".join(rng.choice(string.digits) for _ in range(10))
    if style == "sendgrid":
        return hexs(rng, 64)
    if style == "ses":
        return "----=_Part_" + "%d_%d.%d" % (rng.randrange(10 ** 6), rng.randrange(10 ** 9), rng.randrange(10 ** 13))
    if style == "java":
        return "----=_Part_" + "%d_%d.%d" % (rng.randrange(10 ** 6), rng.randrange(10 ** 9), rng.randrange(10 ** 13))
    if style == "yandex":
        return "----==%s----" % b64s(rng, 15).replace("/", "x").replace("+", "y")
    if style == "gmx":
        return "abmob-" + uuid4(rng)
    if style == "exchange":
        return "_%03d_%s_" % (rng.randrange(1000), rstr(rng, string.ascii_uppercase + string.digits, 34))
    if style == "proton":
        return "b1=_" + rstr(rng, string.ascii_letters + string.digits, 40)
    if style == "zoho":
        return "=_Part_" + "%d_%d.%d" % (rng.randrange(10 ** 6), rng.randrange(10 ** 9), rng.randrange(10 ** 13))
    if style == "mutt":
        return rstr(rng, string.ascii_letters + string.digits, 16)
    raise ValueError(style)


# ------------------------------------------------------ header encoding
def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def encoded_words(text, charset="utf-8", enc="Q", maxlen=75):
    """Split text into RFC 2047 encoded-words, never splitting a character."""
    words = []
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"  # as MUAs do when the preferred charset cannot carry the text
    if enc == "Q" and sum(1 for c in text if ord(c) > 127) > 0.3 * max(1, len(text)):
        enc = "B"  # mostly non-Latin text: MUAs pick the shorter B encoding
    prefix = "=?%s?%s?" % (charset, enc)
    cur = ""
    def encode(chunk):
        b = chunk.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode()
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c in string.ascii_letters + string.digits + "!*+-/":
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "".join(out)
    def fits(chunk):
        return len(prefix) + len(encode(chunk)) + 2 <= maxlen
    # split preferably after a space (the space stays inside the earlier word, as MUAs do)
    tokens = re.findall(r"\S+\s*|\s+", text)
    for tok in tokens:
        if fits(cur + tok):
            cur += tok
            continue
        if cur:
            words.append(prefix + encode(cur) + "?=")
            cur = ""
        if fits(tok):
            cur = tok
            continue
        for ch in tok:  # a single word longer than one encoded-word
            if fits(cur + ch):
                cur += ch
            else:
                words.append(prefix + encode(cur) + "?=")
                cur = ch
    if cur:
        words.append(prefix + encode(cur) + "?=")
    return words


def fold_words(name, words, sep=" "):
    """Join tokens into folded header text (continuation lines start with a space)."""
    lines = []
    cur = name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur != name + ":":
            lines.append(cur)
            cur = sep + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines)[len(name) + 2:]


def hdr_text(name, text, charset="utf-8", enc="Q", force=False):
    """Unstructured header value (Subject, Thread-Topic)."""
    if _is_ascii(text) and not force:
        return fold_words(name, text.split(" "))
    return fold_words(name, encoded_words(text, charset, enc))


def hdr_text_mixed(name, text, charset="utf-8", enc="Q"):
    """Like Thunderbird/Outlook: ASCII words stay plain, only non-ASCII runs encoded."""
    tokens = text.split(" ")
    out = []
    run = []
    for t in tokens:
        if _is_ascii(t) and not run:
            out.append(t)
        elif _is_ascii(t) and run:
            out.extend(encoded_words(" ".join(run), charset, enc))
            run = []
            out.append(t)
        else:
            run.append(t)
    if run:
        out.extend(encoded_words(" ".join(run), charset, enc))
    return fold_words(name, out)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(display, email, charset="utf-8", enc="Q", quote_always=False):
    if not display:
        return "<%s>" % email if quote_always else email
    if _is_ascii(display):
        if quote_always or any(c in _SPECIALS for c in display):
            return '"%s" <%s>' % (display.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (display, email)
    return "%s <%s>" % (" ".join(encoded_words(display, charset, enc)), email)


def addr_list(name, items):
    """items: list of already formatted addresses; folds at spaces, preferably between addresses."""
    tokens = []
    for i, a in enumerate(items):
        parts = a.split(" ")
        if i < len(items) - 1:
            parts[-1] += ","
        tokens.append(parts)
    lines = []
    cur = name + ":"
    for parts in tokens:
        whole = " ".join(parts)
        if len(cur) + 1 + len(whole) <= 78:
            cur += " " + whole
            continue
        if cur != name + ":":
            lines.append(cur)
            cur = ""
        for p in parts:
            if cur and cur != name + ":" and len(cur) + 1 + len(p) > 78:
                lines.append(cur)
                cur = ""
            cur = cur + " " + p
    lines.append(cur)
    return "\r\n".join(lines)[len(name) + 2:]


def fold_structured(name, value, width=78, sep="\t"):
    """Fold a long structured header at '; ' or spaces."""
    if len(name) + 2 + len(value) <= width:
        return value
    parts = re.split(r"(?<=;) ", value)
    lines = []
    cur = name + ":"
    for p in parts:
        if len(cur) + 1 + len(p) > width and cur != name + ":":
            lines.append(cur)
            cur = sep + p
        else:
            cur += " " + p
    lines.append(cur)
    return "\r\n".join(lines)[len(name) + 2:]


def fold_hard(name, value, width=76, sep="\t", first_room=None):
    """Fold a long token (DKIM b=, X-MS blobs) at fixed width."""
    out = []
    room = width - len(name) - 2 if first_room is None else first_room
    s = value
    while len(s) > room:
        out.append(s[:room])
        s = s[room:]
        room = width - 1
    out.append(s)
    return ("\r\n" + sep).join(out)


def param(name, value, charset="utf-8", style="rfc2231"):
    """Content-Type/Disposition parameter; style rfc2231 | rfc2047 | raw."""
    if _is_ascii(value):
        return '%s="%s"' % (name, value)
    if style == "rfc2047":
        return '%s="%s"' % (name, " ".join(encoded_words(value, charset, "B" if charset.lower() != "utf-8" else "Q")))
    if style == "rfc2047b":
        return '%s="%s"' % (name, " ".join(encoded_words(value, charset, "B")))
    enc = "".join(c if (c.isascii() and (c.isalnum() or c in "-._~")) else "".join("%%%02X" % b for b in c.encode(charset))
                  for c in value)
    return "%s*=%s''%s" % (name, charset, enc)


# ------------------------------------------------------------- encoding
def qp_encode(data):
    """Quoted-printable for CRLF text (soft breaks =CRLF, max 76 chars)."""
    out_lines = []
    for line in data.split(b"\r\n"):
        enc = []
        for i, b in enumerate(line):
            c = bytes([b])
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and i < len(line) - 1):
                enc.append(c.decode("ascii"))
            else:
                enc.append("=%02X" % b)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out_lines.append(cur + "=")
                cur = tok
            else:
                cur += tok
        out_lines.append(cur)
    return "\r\n".join(out_lines).encode("ascii")


def b64_encode(data, width=76):
    s = base64.b64encode(data)
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) + (CRLF if s else b"")


def to_crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


class Part:
    def __init__(self, ctype, headers=None, body=b"", children=None, boundary=None, preamble=None,
                 meta=None):
        self.ctype = ctype
        self.headers = headers or []  # list of (name, value) in order, incl. Content-Type
        self.body = body
        self.children = children or []
        self.boundary = boundary
        self.preamble = preamble
        self.meta = meta or {}

    def serialize(self):
        out = bytearray()
        for n, v in self.headers:
            out += ("%s: %s" % (n, v)).encode("ascii") + CRLF
        out += CRLF
        out += self.serialize_body()
        return bytes(out)

    def serialize_body(self):
        if not self.children:
            return self.body
        out = bytearray()
        if self.preamble:
            out += self.preamble.encode("ascii") + CRLF
        for ch in self.children:
            out += b"--" + self.boundary.encode("ascii") + CRLF
            out += ch.serialize()
            if not out.endswith(CRLF):
                out += CRLF
        out += b"--" + self.boundary.encode("ascii") + b"--" + CRLF
        return bytes(out)


def flow_wrap(text, width=76):
    """RFC 3676 format=flowed: soft line breaks are a trailing space."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        prefix = ""
        mo = re.match(r"^(>+ ?)", line)
        if mo:
            prefix = mo.group(1)
            line = line[len(prefix):]
        if len(prefix) + len(line) <= width:
            out.append(prefix + line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if len(prefix) + len(cand) > width and cur:
                out.append(prefix + cur + " ")
                cur = w
            else:
                cur = cand
        out.append(prefix + cur)
    return "\n".join(out)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
              extra=None, ct_order="std", lang=None, delsp=False):
    if flowed:
        text = flow_wrap(text)
    raw = to_crlf(text)
    if not raw.endswith("\r\n") and cte != "base64":
        raw += "\r\n"
    data = raw.encode(charset)
    if cte == "quoted-printable":
        body = qp_encode(data)
        if not body.endswith(CRLF):
            body += CRLF
    elif cte == "base64":
        body = b64_encode(data)
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        body = data
    else:
        raise ValueError(cte)
    ct = "text/%s; charset=%s" % (subtype, '"%s"' % charset if ct_order == "quoted" else charset)
    if flowed:
        ct += "; format=flowed" + ("; delsp=yes" if delsp else "")
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if lang:
        headers.append(("Content-Language", lang))
    for h in extra or []:
        headers.append(h)
    return Part("text/" + subtype, headers, body, meta=dict(charset=charset, cte=cte, text=text))


def bin_part(data, ctype, filename=None, disposition="attachment", cid=None, cte="base64",
             name_style="rfc2231", charset="utf-8", extra_ct="", size=False, dates=None, order="ct-cd",
             desc=None, xattach=None, inline_name=True):
    headers = []
    ct = ctype
    if filename and inline_name:
        ct += "; " + param("name", filename, charset, "rfc2047" if name_style in ("rfc2047", "rfc2231+2047") else name_style)
    ct += extra_ct
    cd = None
    if disposition:
        cd = disposition
        if filename:
            cd += "; " + param("filename", filename, charset, "rfc2231" if name_style in ("rfc2231", "rfc2231+2047") else name_style)
        if size:
            cd += "; size=%d" % len(data)
        if dates:
            cd += '; creation-date="%s"; modification-date="%s"' % (dates, dates)
    if cte == "base64":
        body = b64_encode(data)
    elif cte == "7bit" or cte == "8bit":
        body = data if data.endswith(CRLF) else data + CRLF
    elif cte == "quoted-printable":
        body = qp_encode(data)
    else:
        raise ValueError(cte)
    hlist = [("Content-Type", fold_structured("Content-Type", ct))]
    if desc:
        hlist.append(("Content-Description", desc))
    if order == "ct-cd":
        if cd:
            hlist.append(("Content-Disposition", fold_structured("Content-Disposition", cd)))
        hlist.append(("Content-Transfer-Encoding", cte))
    else:
        hlist.append(("Content-Transfer-Encoding", cte))
        if cd:
            hlist.append(("Content-Disposition", fold_structured("Content-Disposition", cd)))
    if cid:
        hlist.append(("Content-ID", "<%s>" % cid))
    if xattach:
        hlist.append(("X-Attachment-Id", xattach))
    return Part(ctype, hlist, body, meta=dict(filename=filename, data=data, cid=cid))


def multipart(subtype, children, bnd, extra_params="", preamble=None, extra_headers=None):
    ct = 'multipart/%s;%s boundary="%s"' % (subtype, extra_params, bnd)
    headers = [("Content-Type", fold_structured("Content-Type", ct))]
    for h in extra_headers or []:
        headers.append(h)
    return Part("multipart/" + subtype, headers, children=children, boundary=bnd, preamble=preamble)


def rfc822_part(eml_bytes, filename=None, name_style="rfc2231"):
    ct = "message/rfc822"
    if filename:
        ct += "; " + param("name", filename)
    hl = [("Content-Type", ct)]
    if filename:
        hl.append(("Content-Disposition", "attachment; " + param("filename", filename, style=name_style)))
    # message/rfc822 bodies must be 7bit/8bit/binary
    hl.append(("Content-Transfer-Encoding", "8bit" if any(b > 127 for b in eml_bytes) else "7bit"))
    body = eml_bytes if eml_bytes.endswith(CRLF) else eml_bytes + CRLF
    return Part("message/rfc822", hl, body, meta=dict(filename=filename, data=eml_bytes))


# ------------------------------------------------------------------ DKIM
def body_hash(body, canon="relaxed"):
    if canon == "relaxed":
        lines = body.split(CRLF)
        lines = [re.sub(rb"[ \t]+", b" ", l).rstrip(b" \t") for l in lines]
        b = CRLF.join(lines)
    else:
        b = body
    while b.endswith(CRLF + CRLF):
        b = b[:-2]
    if b and not b.endswith(CRLF):
        b += CRLF
    if b == CRLF and canon == "relaxed":
        b = b""
    return base64.b64encode(hashlib.sha256(b).digest()).decode()


class DKIM:
    """Placeholder header whose bh= is computed from the final body."""
    def __init__(self, d, s, h, c="relaxed/relaxed", t=None, x=None, i=None, q=None, bits=2048,
                 name="DKIM-Signature", order=("v", "a", "c", "d", "q", "s", "t", "x", "h", "i", "bh", "b"),
                 extra=None, result="pass"):
        self.d, self.s, self.h, self.c, self.t, self.x, self.i, self.q = d, s, h, c, t, x, i, q
        self.bits, self.name, self.order, self.extra = bits, name, order, extra or {}
        self.result = result
        self.b = None

    def render(self, body, rng):
        bh = body_hash(body, self.c.split("/")[1] if "/" in self.c else "simple")
        if self.result == "fail-bh":
            bh = b64s(rng, 32)
        self.b = b64s(rng, self.bits // 8)
        tags = dict(v="1", a="rsa-sha256", c=self.c, d=self.d, q=self.q, s=self.s,
                    t=str(self.t) if self.t else None, x=str(self.x) if self.x else None,
                    h=self.h, i=self.i, bh=bh, b=self.b)
        tags.update(self.extra)
        items = []
        for k in self.order:
            if tags.get(k):
                items.append("%s=%s" % (k, tags[k]))
        for k, v in self.extra.items():
            if k not in self.order:
                items.insert(-2, "%s=%s" % (k, v))
        # fold: tags separated by '; ', h= may be long, b= folded hard
        lines = []
        cur = self.name + ":"
        for idx, it in enumerate(items):
            tok = it + (";" if idx < len(items) - 1 else "")
            if it.startswith("b="):
                lines.append(cur)
                cur = "\t" + fold_hard("", tok, 76, "\t", first_room=74)
                continue
            if it.startswith("h=") and len(tok) > 70:
                lines.append(cur)
                hv = tok
                seg = "\t"
                for piece in re.split(r"(?<=:)", hv):
                    if len(seg) + len(piece) > 76:
                        lines.append(seg)
                        seg = "\t" + piece
                    else:
                        seg += piece
                cur = seg
                continue
            if len(cur) + 1 + len(tok) > 76 and cur != self.name + ":":
                lines.append(cur)
                cur = "\t" + tok
            else:
                cur += " " + tok
        lines.append(cur)
        return "\r\n".join(lines)[len(self.name) + 2:]


class Lazy:
    """Header whose value depends on rendered parts (e.g. AR with DKIM b= prefix)."""
    def __init__(self, fn):
        self.fn = fn
