"""Shared helpers: seeded randomness, dates/time zones, ids, transfer encodings,
RFC 2047 header words.  Everything is deterministic."""

import base64
import datetime as _dt
import hashlib
import random
import string

CRLF = "\r\n"


# ---------------------------------------------------------------- randomness
class Rng(random.Random):
    """random.Random seeded from a text key (the message's file name)."""

    def __init__(self, key):
        self.key = key
        seed = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest(), "big")
        super().__init__(seed)

    def hexs(self, n, upper=False):
        s = "".join(self.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return "".join(self.choice(string.digits) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.getrandbits(8) for _ in range(nbytes))).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")

    def rbytes(self, n):
        return bytes(self.getrandbits(8) for _ in range(n))

    def guid(self):
        h = self.hexs(32)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], "89ab"[int(h[16], 16) % 4] + h[17:20], h[20:])

    def sub(self, tag):
        """An independent generator derived from this one's key and a tag."""
        return Rng(self.key + "/" + tag)


# ---------------------------------------------------------------- time zones
def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _first_sunday(year, month):
    d = _dt.date(year, month, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d


def _eu_dst(utc):
    y = utc.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1, 0))
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1, 0))
    return start <= utc.replace(tzinfo=None) < end


def _us_dst(utc):
    y = utc.year
    d = _dt.date(y, 3, 1)
    sundays = 0
    while True:
        if d.weekday() == 6:
            sundays += 1
            if sundays == 2:
                break
        d += _dt.timedelta(days=1)
    start = _dt.datetime.combine(d, _dt.time(10, 0))  # 02:00 PST
    end = _dt.datetime.combine(_first_sunday(y, 11), _dt.time(9, 0))  # 02:00 PDT
    return start <= utc.replace(tzinfo=None) < end


ZONES = {
    # name: (std offset min, dst offset min, std abbr, dst abbr, rule)
    "Europe/Berlin": (60, 120, "CET", "CEST", _eu_dst),
    "Europe/Rome": (60, 120, "CET", "CEST", _eu_dst),
    "Europe/Madrid": (60, 120, "CET", "CEST", _eu_dst),
    "Europe/Warsaw": (60, 120, "CET", "CEST", _eu_dst),
    "Europe/London": (0, 60, "GMT", "BST", _eu_dst),
    "Europe/Athens": (120, 180, "EET", "EEST", _eu_dst),
    "Europe/Moscow": (180, 180, "MSK", "MSK", lambda u: False),
    "America/Los_Angeles": (-480, -420, "PST", "PDT", _us_dst),
    "America/New_York": (-300, -240, "EST", "EDT", _us_dst),
    "Asia/Shanghai": (480, 480, "CST", "CST", lambda u: False),
    "Africa/Lagos": (60, 60, "WAT", "WAT", lambda u: False),
    "UTC": (0, 0, "UTC", "UTC", lambda u: False),
}


def local(utc, zone):
    """utc: naive datetime in UTC -> (aware local datetime, abbreviation)."""
    std, dst, sa, da, rule = ZONES[zone]
    is_dst = rule(utc)
    off = dst if is_dst else std
    tz = _dt.timezone(_dt.timedelta(minutes=off))
    return utc.replace(tzinfo=_dt.timezone.utc).astimezone(tz), (da if is_dst else sa)


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _off(d):
    o = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if o >= 0 else "-"
    o = abs(o)
    return "%s%02d%02d" % (sign, o // 60, o % 60)


def rfcdate(utc, zone="Europe/Berlin", comment=False, frac=None):
    d, abbr = local(utc, zone)
    s = "%s, %d %s %d %02d:%02d:%02d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second)
    if frac is not None:
        s += frac
    s += " " + _off(d)
    if comment:
        s += " (%s)" % abbr
    return s


def rfcdate_pad(utc, zone="Europe/Berlin"):
    """Date with two-digit day (Outlook/Exchange style 'Tue, 06 Oct 2026')."""
    d, abbr = local(utc, zone)
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second, _off(d))


def utc_from_local(y, mo, d, h, mi, s=0, zone="Europe/Berlin"):
    """Convert a wall-clock time in zone to naive UTC."""
    guess = _dt.datetime(y, mo, d, h, mi, s)
    for _ in range(3):
        loc, _a = local(guess, zone)
        naive_loc = loc.replace(tzinfo=None)
        delta = naive_loc - _dt.datetime(y, mo, d, h, mi, s)
        guess = guess - delta
    return guess


def secs(n):
    return _dt.timedelta(seconds=n)


def epoch(utc):
    return int((utc - _dt.datetime(1970, 1, 1)).total_seconds())


# ---------------------------------------------------------------- ids
PF_ALPHA = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def postfix_qid(rng):
    return "4" + "".join(rng.choice(PF_ALPHA) for _ in range(rng.choice([12, 13])))


def postfix_short_qid(rng):
    return rng.hexs(rng.choice([10, 11]), upper=True)


B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def exim_id(rng):
    return "%s-%s-%s" % ("".join(rng.choice(B62) for _ in range(6)),
                         "".join(rng.choice(B62) for _ in range(11)),
                         "".join(rng.choice(B62) for _ in range(4)))


# ---------------------------------------------------------------- encodings
def b64_body(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width)) + CRLF


def _qp_char(b):
    return "=%02X" % b


def qp_body(data, binary=False):
    """Quoted-printable (RFC 2045) of bytes whose line breaks are CRLF (text) ."""
    if binary:
        lines = [data]
    else:
        lines = data.split(b"\r\n")
    out = []
    for li, line in enumerate(lines):
        enc = []
        for i, b in enumerate(line):
            if b in (0x20, 0x09) and i == len(line) - 1:
                enc.append(_qp_char(b))
            elif (33 <= b <= 126 and b != 61) or b in (0x20, 0x09):
                enc.append(chr(b))
            else:
                enc.append(_qp_char(b))
        # soft-wrap at 76
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    s = CRLF.join(out)
    if not s.endswith(CRLF):
        s += CRLF
    return s


def text_bytes(text, charset):
    """Text with \n line ends -> bytes with CRLF in charset (strict)."""
    t = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return t.encode(_pycs(charset))


def _pycs(cs):
    c = cs.lower()
    return {"iso-8859-15": "iso8859_15", "windows-1250": "cp1250", "windows-1251": "cp1251",
            "windows-1252": "cp1252", "windows-1253": "cp1253", "koi8-r": "koi8_r", "us-ascii": "ascii",
            "iso-8859-7": "iso8859_7", "iso-8859-2": "iso8859_2", "iso-8859-1": "latin_1",
            "utf-8": "utf-8", "gb2312": "gb2312"}.get(c, c)


pycs = _pycs


def ew(text, charset="utf-8", enc="B", cs_label=None):
    """RFC 2047 encoded-word(s) for a phrase; folded with CRLF SP between words.
    cs_label: how the charset is spelled in the word (e.g. 'UTF-8')."""
    label = cs_label or charset
    try:
        text.encode("ascii")
        if enc != "force":
            pass
    except UnicodeEncodeError:
        pass
    words = []
    cur = ""
    overhead = len("=?%s?%s??=" % (label, enc))

    def enc_len(s):
        b = s.encode(_pycs(charset))
        if enc == "B":
            return 4 * ((len(b) + 2) // 3)
        return sum(1 if (chr(x).isalnum() or chr(x) in "!*+-/ ") else 3 for x in b)

    for ch in text:
        if overhead + enc_len(cur + ch) > 75 and cur:
            cut = cur.rfind(" ")
            if 0 < cut < len(cur) - 1:
                words.append(cur[:cut + 1])
                cur = cur[cut + 1:]
            else:
                words.append(cur)
                cur = ""
        cur += ch
    if cur:
        words.append(cur)
    res = []
    for w in words:
        b = w.encode(_pycs(charset))
        if enc == "B":
            res.append("=?%s?B?%s?=" % (label, base64.b64encode(b).decode()))
        else:
            q = ""
            for x in b:
                c = chr(x)
                if c == " ":
                    q += "_"
                elif c.isalnum() and x < 128 or c in "!*+-/":
                    q += c
                else:
                    q += "=%02X" % x
            res.append("=?%s?Q?%s?=" % (label, q))
    return (CRLF + " ").join(res)


def needs_ew(text):
    try:
        text.encode("ascii")
        return False
    except UnicodeEncodeError:
        return True


def phrase(name, charset="utf-8", enc="B", cs_label=None, quote="auto"):
    """Display-name phrase: encoded-word if non-ASCII, quoted if needed."""
    if needs_ew(name):
        return ew(name, charset, enc, cs_label)
    specials = '()<>[]:;@\\,."'
    if quote is True or (quote == "auto" and any(c in specials for c in name)):
        return '"%s"' % name.replace('"', '\\"')
    return name


def addr(name, email, charset="utf-8", enc="B", cs_label=None, quote="auto"):
    if not name:
        return email if quote != "angle" else "<%s>" % email
    return "%s <%s>" % (phrase(name, charset, enc, cs_label, quote), email)


def fold(name, value, width=78):
    """Fold an unstructured/structured header at spaces (used for long lists)."""
    line = "%s: %s" % (name, value)
    if len(line) <= width or CRLF in value:
        return line
    out = []
    cur = ""
    first = True
    inq = False
    for tok in line.split(" "):
        if cur and not inq and len(cur) + 1 + len(tok) > width and not (first and cur.endswith(":")):
            out.append(cur)
            cur = " " + tok
        else:
            cur = (cur + " " + tok) if cur else tok
        if (tok.count('"') - tok.count('\\"')) % 2 == 1:
            inq = not inq
        first = False if cur and not cur.endswith(":") else first
    out.append(cur)
    return (CRLF).join(out)


def wrap_b64_value(s, first=60, width=72, indent="\t"):
    """Split a long token (e.g. b= of DKIM) into folded pieces."""
    parts = [s[:first]]
    s = s[first:]
    while s:
        parts.append(s[:width])
        s = s[width:]
    return (CRLF + indent).join(parts)


def html_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))
