"""Small helpers shared by the generator: seeded randomness, dates and time
zones, RFC 2047 header encoding, identifiers as real MTAs write them."""
import base64
import datetime as _dt
import hashlib
import random
import string

UTC = _dt.timezone.utc


def rng(name, salt=""):
    """Deterministic generator seeded with the message's file name."""
    return random.Random("%s|%s" % (name, salt))


# ---------------------------------------------------------------- time zones

def _last_sunday(year, month):
    d = _dt.date(year, month, 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _eu_dst(utc_dt):
    y = utc_dt.year
    start = _dt.datetime.combine(_last_sunday(y, 3), _dt.time(1), UTC)
    end = _dt.datetime.combine(_last_sunday(y, 10), _dt.time(1), UTC)
    return start <= utc_dt < end


def _us_dst(utc_dt):
    # second Sunday in March 10:00 UTC .. first Sunday in November 09:00 UTC (Pacific)
    y = utc_dt.year
    d = _dt.date(y, 3, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    d += _dt.timedelta(days=7)
    e = _dt.date(y, 11, 1)
    while e.weekday() != 6:
        e += _dt.timedelta(days=1)
    return (_dt.datetime.combine(d, _dt.time(10), UTC) <= utc_dt
            < _dt.datetime.combine(e, _dt.time(9), UTC))


ZONES = {
    # name: (std offset h, dst offset h, std abbr, dst abbr, rule)
    "CET": (1, 2, "CET", "CEST", "eu"),      # DE IT PL ES
    "EET": (2, 3, "EET", "EEST", "eu"),      # GR
    "GB": (0, 1, "GMT", "BST", "eu"),        # UK
    "MSK": (3, 3, "MSK", "MSK", None),       # RU
    "UTC": (0, 0, "UTC", "UTC", None),
    "PT": (-8, -7, "PST", "PDT", "us"),      # Google / PayPal / US platforms
    "ET": (-5, -4, "EST", "EDT", "us"),
    "IST": (5.5, 5.5, "IST", "IST", None),
    "BRT": (-3, -3, "-03", "-03", None),
    "ICT": (7, 7, "+07", "+07", None),
    "WAT": (1, 1, "WAT", "WAT", None),
    "GST": (4, 4, "+04", "+04", None),
}


def tzinfo(zone, utc_dt):
    std, dst, a1, a2, rule = ZONES[zone]
    isdst = (rule == "eu" and _eu_dst(utc_dt)) or (rule == "us" and _us_dst(utc_dt))
    off = dst if isdst else std
    return _dt.timezone(_dt.timedelta(hours=off)), (a2 if isdst else a1)


def utc(y, mo, d, h, mi, s=0):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def local(utc_dt, zone):
    tz, abbr = tzinfo(zone, utc_dt)
    return utc_dt.astimezone(tz), abbr


def rfc_date(utc_dt, zone, style="std"):
    """style: std   'Tue, 3 Nov 2026 09:14:22 +0100'
              pad   'Tue, 03 Nov 2026 09:14:22 +0100'
              postfix 'Tue,  3 Nov 2026 09:14:22 +0100 (CET)'
              abbr  'Tue, 3 Nov 2026 09:14:22 +0100 (CET)'
              google 'Tue, 03 Nov 2026 00:14:21 -0800 (PST)'
              ms    'Tue, 3 Nov 2026 08:14:22 +0000' (always UTC)"""
    if style == "ms":
        zone = "UTC"
    lt, abbr = local(utc_dt, zone)
    days = "Mon Tue Wed Thu Fri Sat Sun".split()
    mons = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    off = lt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    offs = "%s%02d%02d" % (sign, mins // 60, mins % 60)
    hms = lt.strftime("%H:%M:%S")
    dw, mo = days[lt.weekday()], mons[lt.month - 1]
    if style == "postfix":
        return "%s, %2d %s %d %s %s (%s)" % (dw, lt.day, mo, lt.year, hms, offs, abbr)
    if style in ("pad", "google"):
        s = "%s, %02d %s %d %s %s" % (dw, lt.day, mo, lt.year, hms, offs)
        return s + (" (%s)" % abbr if style == "google" else "")
    s = "%s, %d %s %d %s %s" % (dw, lt.day, mo, lt.year, hms, offs)
    if style == "abbr":
        s += " (%s)" % abbr
    return s


def plus(utc_dt, seconds):
    return utc_dt + _dt.timedelta(seconds=seconds)


def epoch(utc_dt):
    return int(utc_dt.timestamp())


# ---------------------------------------------------------------- random ids

def hexs(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(r, n, alphabet=string.ascii_letters + string.digits):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64rand(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def uuid4(r, upper=False):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def postfix_qid(r, utc_dt):
    """Postfix long queue id (enable_long_queue_ids=yes): time-based prefix."""
    alpha = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    t = epoch(utc_dt)
    out = ""
    while t:
        out = alpha[t % 51] + out
        t //= 51
    usec = r.randrange(1000000)
    u = ""
    for _ in range(4):
        u = alpha[usec % 51] + u
        usec //= 51
    return out + u + "z" + alnum(r, 5, alpha[:-1])


def exim_id(r, utc_dt):
    """Exim 4.97+ message id: 1tXXXX-XXXXXX-XX (base62)."""
    a62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
    t = epoch(utc_dt)
    s = ""
    while t:
        s = a62[t % 62] + s
        t //= 62
    return "%s-%s-%s" % (s, alnum(r, 6, a62), alnum(r, 2, a62))


# ---------------------------------------------------------------- encodings

def needs_encoding(s):
    try:
        s.encode("ascii")
        return False
    except UnicodeEncodeError:
        return True


def encoded_word(text, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encode, splitting into several encoded-words joined by folding."""
    words = []
    cur = ""
    prefix = "=?%s?%s?" % (charset, enc)

    def enc_chunk(chunk):
        raw = chunk.encode(charset)
        if enc == "B":
            return prefix + base64.b64encode(raw).decode() + "?="
        out = ""
        for b in raw:
            c = chr(b)
            if c == " ":
                out += "_"
            elif c.isalnum() and b < 128:
                out += c
            elif c in "!*+-/" and b < 128:
                out += c
            else:
                out += "=%02X" % b
        return prefix + out + "?="

    for ch in text:
        trial = enc_chunk(cur + ch)
        if len(trial) > maxlen and cur:
            words.append(enc_chunk(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc_chunk(cur))
    return "\r\n ".join(words)


def hdr_text(text, charset="utf-8", enc="B"):
    if not needs_encoding(text):
        return fold(text)
    return encoded_word(text, charset, enc)


def addr(name, address, charset="utf-8", enc="B", quote=True):
    if not name:
        return "<%s>" % address if quote is None else address
    if needs_encoding(name):
        return "%s <%s>" % (encoded_word(name, charset, enc), address)
    if any(c in name for c in ',.;:@()<>[]"') and quote:
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    return "%s <%s>" % (name, address)


def fold(value, width=76, first=0):
    """Fold a plain header value at spaces (continuation with a single space)."""
    if len(value) + first <= width:
        return value
    words = value.split(" ")
    lines, cur = [], ""
    lim = width - first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur = w
            lim = width - 1
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\r\n ".join(lines)


def body_hash(body_bytes):
    """DKIM relaxed body canonicalisation + sha256, as a real signer computes bh=."""
    lines = body_bytes.split(b"\r\n")
    out = []
    for ln in lines:
        ln = ln.replace(b"\t", b" ")
        while b"  " in ln:
            ln = ln.replace(b"  ", b" ")
        out.append(ln.rstrip(b" "))
    while out and out[-1] == b"":
        out.pop()
    canon = b"\r\n".join(out) + (b"\r\n" if out else b"")
    return base64.b64encode(hashlib.sha256(canon).digest()).decode()


def slug_hash(s, n=8):
    return hashlib.sha1(s.encode()).hexdigest()[:n]
