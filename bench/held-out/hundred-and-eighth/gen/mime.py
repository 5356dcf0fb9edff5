"""Hand-rolled MIME serialisation so that charsets, transfer encodings and header styles are exact."""
import base64
import hashlib
import html
import quopri
import textwrap
from datetime import datetime, timedelta, timezone
import email.utils

# ----------------------------------------------------------------------------- hashing / ids

def h(seed, n=16, alphabet="0123456789abcdef"):
    out = ""
    i = 0
    while len(out) < n:
        d = hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        for b in d:
            out += alphabet[b % len(alphabet)]
        i += 1
    return out[:n]


HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
UPALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIG = "0123456789"

# ----------------------------------------------------------------------------- time

def _last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def _eu_dst(utc):
    start = _last_sunday(utc.year, 3).replace(hour=1, tzinfo=timezone.utc)
    end = _last_sunday(utc.year, 10).replace(hour=1, tzinfo=timezone.utc)
    return start <= utc < end


ZONES = {
    # name: (std offset h, dst offset h, std abbrev, dst abbrev, uses EU DST)
    "DE": (1, 2, "CET", "CEST", True), "IT": (1, 2, "CET", "CEST", True), "PL": (1, 2, "CET", "CEST", True),
    "ES": (1, 2, "CET", "CEST", True), "AT": (1, 2, "CET", "CEST", True), "NL": (1, 2, "CET", "CEST", True),
    "FR": (1, 2, "CET", "CEST", True), "BE": (1, 2, "CET", "CEST", True),
    "GR": (2, 3, "EET", "EEST", True), "CY": (2, 3, "EET", "EEST", True), "LT": (2, 3, "EET", "EEST", True),
    "RO": (2, 3, "EET", "EEST", True), "BG": (2, 3, "EET", "EEST", True),
    "UK": (0, 1, "GMT", "BST", True), "PT": (0, 1, "WET", "WEST", True),
    "RU": (3, 3, "MSK", "MSK", False), "TR": (3, 3, "+03", "+03", False),
    "UTC": (0, 0, "UTC", "UTC", False), "US-PT": (-8, -7, "PST", "PDT", False), "US-ET": (-5, -4, "EST", "EDT", False),
    "NG": (1, 1, "WAT", "WAT", False), "MX": (-6, -6, "CST", "CST", False), "BR": (-3, -3, "-03", "-03", False), "IN": (5.5, 5.5, "IST", "IST", False),
    "VN": (7, 7, "+07", "+07", False), "ZA": (2, 2, "SAST", "SAST", False),
}


def utc(s):
    """'2026-11-10 08:13:57' (UTC) -> aware datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def local(zone, s):
    """Local wall time string in zone -> aware UTC datetime."""
    std, dst, _, _, eu = ZONES[zone]
    naive = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    guess = naive.replace(tzinfo=timezone.utc) - timedelta(hours=std)
    if eu and _eu_dst(guess):
        guess = naive.replace(tzinfo=timezone.utc) - timedelta(hours=dst)
    return guess


def in_zone(zone, t):
    std, dst, a1, a2, eu = ZONES[zone]
    off, ab = (dst, a2) if (eu and _eu_dst(t)) else (std, a1)
    return t.astimezone(timezone(timedelta(hours=off))), ab


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc(zone, t, abbr=False, pad=None):
    """RFC 5322 date. abbr=True gives Postfix style ('Mon,  9 Nov 2026 07:55:34 +0100 (CET)');
    otherwise the unpadded day used by Outlook/Exchange/Gmail/Thunderbird ('Mon, 9 Nov 2026 ...')."""
    lt, ab = in_zone(zone, t)
    off = lt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    if pad is None:
        pad = "space" if abbr else "none"
    day = {"space": "%2d", "zero": "%02d", "none": "%d"}[pad] % lt.day
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (_DAYS[lt.weekday()], day, _MONS[lt.month - 1], lt.year,
                                                   lt.hour, lt.minute, lt.second, sign, mins // 60, mins % 60)
    return s + (" (%s)" % ab if abbr else "")


def plus(t, seconds):
    return t + timedelta(seconds=seconds)

# ----------------------------------------------------------------------------- headers

_Q_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(ch, charset):
    if ch == " ":
        return "_"
    if ch in _Q_SAFE:
        return ch
    return "".join("=%02X" % b for b in ch.encode(charset))


def ew(text, charset="utf-8", enc="Q", first_len=0, upper=False):
    """RFC 2047 encoded words, folded. Returns string (may contain '\\n ' folds)."""
    if all(32 <= ord(c) < 127 for c in text):
        return text
    cs = charset.upper() if upper else charset
    pre = "=?%s?%s?" % (cs, enc)
    words = []
    cur = ""
    curb = b""
    limit = 75 - len(pre) - 2
    for ch in text:
        if enc == "Q":
            piece = _q_char(ch, charset)
            if len(cur) + len(piece) > limit:
                words.append(cur)
                cur = ""
            cur += piece
        else:
            b = ch.encode(charset)
            if len(base64.b64encode(curb + b)) > limit:
                words.append(base64.b64encode(curb).decode())
                curb = b""
            curb += b
    if enc == "Q":
        words.append(cur)
    else:
        words.append(base64.b64encode(curb).decode())
    return "\n ".join(pre + w + "?=" for w in words if w)


def ew_mixed(text, charset="utf-8", enc="Q"):
    """Outlook/Thunderbird style: only encode the non-ASCII words, keep ASCII words plain."""
    if all(32 <= ord(c) < 127 for c in text):
        return text
    toks = text.split(" ")
    out = []
    buf = []
    for t in toks:
        if all(32 <= ord(c) < 127 for c in t) and not t.startswith("=?"):
            if buf:
                out.append(("enc", " ".join(buf)))
                buf = []
            out.append(("raw", t))
        else:
            buf.append(t)
    if buf:
        out.append(("enc", " ".join(buf)))
    # merge: an encoded word absorbs the following space by encoding it
    res = []
    for i, (k, v) in enumerate(out):
        if k == "enc":
            res.append(ew(v, charset, enc))
        else:
            res.append(v)
    return fold(" ".join(res))


def addr(name, address, charset="utf-8", enc="Q", quote_always=False):
    if not name:
        return address if not quote_always else "<%s>" % address
    if all(32 <= ord(c) < 127 for c in name):
        if quote_always or any(c in name for c in ',.;:@"()<>[]\\') :
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (ew(name, charset, enc), address)


def fold(value, width=76, first=10):
    """Fold an ASCII header value at whitespace."""
    if "\n" in value:
        return value
    words = value.split(" ")
    lines = []
    cur = ""
    lim = width - first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur = w
            lim = width - 1
        else:
            cur = w if not cur else cur + " " + w
    lines.append(cur)
    return "\n ".join(lines)

# ----------------------------------------------------------------------------- parts


class Part:
    pass


class Text(Part):
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable", cs_label=None,
                 flowed=False, delsp=False, disposition=None, filename=None, extra=None, quote_cs=True):
        self.text = text
        self.subtype = subtype
        self.charset = charset
        self.cs_label = cs_label or charset
        self.cte = cte
        self.flowed = flowed
        self.delsp = delsp
        self.disposition = disposition
        self.filename = filename
        self.extra = extra or []
        self.quote_cs = quote_cs

    def headers(self):
        cs = '"%s"' % self.cs_label if self.quote_cs else self.cs_label
        ct = "text/%s; charset=%s" % (self.subtype, cs)
        if self.flowed:
            ct += "; format=flowed"
            if self.delsp:
                ct += "; delsp=yes"
        hs = [("Content-Type", ct), ("Content-Transfer-Encoding", self.cte)]
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += '; filename="%s"' % self.filename
            hs.append(("Content-Disposition", d))
        return hs + self.extra

    def body(self):
        raw = self.text.encode(self.charset)
        return encode_body(raw, self.cte)


class Att(Part):
    def __init__(self, data, ctype, filename=None, cte="base64", disposition="attachment", cid=None,
                 name_style="plain", name_charset="utf-8", extra=None, size=False, ct_name=True, desc=None):
        self.data = data
        self.ctype = ctype
        self.filename = filename
        self.cte = cte
        self.disposition = disposition
        self.cid = cid
        self.name_style = name_style
        self.name_charset = name_charset
        self.extra = extra or []
        self.size = size
        self.ct_name = ct_name
        self.desc = desc

    def _param(self, key, value):
        if all(32 <= ord(c) < 127 for c in value):
            return '%s="%s"' % (key, value)
        if self.name_style == "rfc2231":
            from urllib.parse import quote
            return "%s*=%s''%s" % (key, self.name_charset, quote(value.encode(self.name_charset), safe=""))
        return '%s="%s"' % (key, ew(value, self.name_charset, "B").replace("\n ", " "))

    def headers(self):
        ct = self.ctype
        if self.filename and self.ct_name:
            ct += ";\n\t" + self._param("name", self.filename)
        hs = [("Content-Type", ct)]
        if self.desc:
            hs.append(("Content-Description", self.desc))
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += ";\n\t" + self._param("filename", self.filename)
            if self.size:
                d += "; size=%d" % len(self.data)
            hs.append(("Content-Disposition", d))
        hs.append(("Content-Transfer-Encoding", self.cte))
        if self.cid:
            hs.append(("Content-ID", "<%s>" % self.cid))
        return hs + self.extra

    def body(self):
        return encode_body(self.data, self.cte)


class Multi(Part):
    def __init__(self, subtype, parts, boundary, params="", extra=None, preamble=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params
        self.extra = extra or []
        self.preamble = preamble

    def headers(self):
        ct = 'multipart/%s;\n\tboundary="%s"' % (self.subtype, self.boundary)
        if self.params:
            ct += ";\n\t" + self.params
        return [("Content-Type", ct)] + self.extra

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n"
            out += render_headers(p.headers()) + b"\n" + p.body()
            if not out.endswith(b"\n"):
                out += b"\n"
            out += b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        return out


def encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    if cte in ("8bit", "7bit", "binary"):
        if cte == "7bit":
            assert all(b < 128 for b in raw), "non-ascii in 7bit part"
        for ln in raw.split(b"\n"):
            assert len(ln) < 998, "line too long for %s" % cte
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def render_headers(hs):
    out = []
    for k, v in hs:
        line = "%s: %s" % (k, v)
        line.encode("ascii")
        out.append(line)
    return ("\n".join(out) + "\n").encode("ascii")


def message(headers, root):
    """headers: list of (name, value) top headers (without content headers). root: Part."""
    hs = list(headers) + [("MIME-Version", "1.0")] if not any(k == "MIME-Version" for k, _ in headers) else list(headers)
    hs += root.headers()
    return render_headers(hs) + b"\n" + root.body()

# ----------------------------------------------------------------------------- text helpers


def dd(s):
    """dedent + strip leading newline, keep trailing newline"""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s


def paras(text):
    return [p for p in text.strip("\n").split("\n\n")]


def esc(s):
    return html.escape(s, quote=False)


def html_outlook(text, lang="DE", font="Calibri", quoted=None):
    """Outlook desktop/OWA style HTML rendering of a plain text body."""
    body = []
    for p in paras(text):
        lines = p.split("\n")
        for ln in lines:
            body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) if ln.strip() else "&nbsp;"))
        body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    q = ""
    if quoted:
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l.strip() else "&nbsp;") for l in quoted.split("\n"))
             + "\n</div>")
    return dd("""
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
        <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
        <style><!--
        /* Font Definitions */
        @font-face
        	{font-family:"Cambria Math";
        	panose-1:2 4 5 3 5 4 6 3 2 4;}
        @font-face
        	{font-family:%(font)s;
        	panose-1:2 15 5 2 2 2 4 3 2 4;}
        /* Style Definitions */
        p.MsoNormal, li.MsoNormal, div.MsoNormal
        	{margin:0cm;
        	font-size:11.0pt;
        	font-family:"%(font)s",sans-serif;
        	mso-ligatures:standardcontextual;
        	mso-fareast-language:EN-US;}
        span.E-MailFormatvorlage17
        	{mso-style-type:personal-compose;
        	font-family:"%(font)s",sans-serif;
        	color:windowtext;}
        .MsoChpDefault
        	{mso-style-type:export-only;
        	font-size:10.0pt;
        	mso-ligatures:none;}
        @page WordSection1
        	{size:612.0pt 792.0pt;
        	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
        div.WordSection1
        	{page:WordSection1;}
        --></style>
        </head>
        <body lang="%(lang)s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
        <div class="WordSection1">
        """) % {"cs": "%(cs)s", "font": font, "lang": lang} + "\n".join(body) + "\n" + q + "\n</div>\n</body>\n</html>\n"


def html_gmail(text, quoted_html=""):
    out = []
    for p in paras(text):
        out.append("<div>" + "<br>".join(esc(l) for l in p.split("\n")) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>" + quoted_html + "\n"


def html_simple(text, font="Arial, sans-serif", size="10pt"):
    out = []
    for p in paras(text):
        out.append("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%(cs)s"></head>'
            '<body style="font-family:' + font + ';font-size:' + size + '">\n' + "\n".join(out) + "\n</body></html>\n")


def fill_cs(htmltext, charset):
    return htmltext.replace("%(cs)s", charset)
