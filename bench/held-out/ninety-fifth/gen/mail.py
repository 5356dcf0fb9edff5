"""Hand-rolled MIME composer: full control over charsets, transfer
encodings, header order, RFC 2047 words and folding."""

import base64
import binascii
import datetime as _dt
import random
import string

# ---------------------------------------------------------------- time zones

UTC = _dt.timezone.utc


def _last_sunday(y, m):
    d = _dt.date(y, m + 1, 1) - _dt.timedelta(days=1) if m < 12 else _dt.date(y, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _eu_summer(t):
    start = _dt.datetime.combine(_last_sunday(t.year, 3), _dt.time(1), UTC)
    end = _dt.datetime.combine(_last_sunday(t.year, 10), _dt.time(1), UTC)
    return start <= t < end


def _us_summer(t):
    # second Sunday of March .. first Sunday of November, 2am local ~ 09/10 UTC
    d = _dt.date(t.year, 3, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    d += _dt.timedelta(days=7)
    e = _dt.date(t.year, 11, 1)
    while e.weekday() != 6:
        e += _dt.timedelta(days=1)
    return _dt.datetime.combine(d, _dt.time(10), UTC) <= t < _dt.datetime.combine(e, _dt.time(9), UTC)


def zone(name, t):
    """Return (offset_minutes, abbreviation) of zone `name` at UTC time t."""
    if name == "DE":
        return (120, "CEST") if _eu_summer(t) else (60, "CET")
    if name == "UK":
        return (60, "BST") if _eu_summer(t) else (0, "GMT")
    if name == "GR":
        return (180, "EEST") if _eu_summer(t) else (120, "EET")
    if name == "EKB":
        return (300, "+05")
    if name == "MSK":
        return (180, "MSK")
    if name == "PT":
        return (-420, "PDT") if _us_summer(t) else (-480, "PST")
    if name == "ET":
        return (-240, "EDT") if _us_summer(t) else (-300, "EST")
    if name == "UTC":
        return (0, "UTC")
    raise KeyError(name)


ZONE_OF = {"de": "DE", "it": "DE", "pl": "DE", "es": "DE", "en": "UK", "el": "GR", "ru": "EKB"}


def local_to_utc(s, zname):
    naive = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    # iterate once to resolve the offset (no ambiguous times are used)
    guess = naive.replace(tzinfo=UTC)
    off, _ = zone(zname, guess)
    t = (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)
    off2, _ = zone(zname, t)
    if off2 != off:
        t = (naive - _dt.timedelta(minutes=off2)).replace(tzinfo=UTC)
    return t


def rfc_date(t, zname, comment=False, pad_day=False):
    off, abbr = zone(zname, t)
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    day = ("%02d" if pad_day else "%d") % lt.day
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        "Mon Tue Wed Thu Fri Sat Sun".split()[lt.weekday()], day,
        "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[lt.month - 1],
        lt.year, lt.hour, lt.minute, lt.second, sign, o // 60, o % 60)
    if comment and abbr[0] not in "+-":
        s += " (%s)" % abbr
    return s


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- random ids

def rhex(rnd, n, upper=False):
    s = "".join(rnd.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(rnd, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def rguid(rnd, upper=False):
    h = rhex(rnd, 32, upper)
    return "-".join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))


def boundary_for(style, rnd):
    if style == "outlook":
        return "_%03d_%s_" % (rnd.randrange(1000), ralnum(rnd, 36, "ABCDEF0123456789").replace("", "")[:36])
    if style == "gmail":
        return "0000000000" + rhex(rnd, 18)
    if style == "thunderbird":
        return "------------" + ralnum(rnd, 24)
    if style == "exchange":
        return "_000_%s%s_" % (ralnum(rnd, 24, "ABCDEF0123456789"), "EXMBX01corpexamplecom")
    if style == "roundcube":
        return "=_" + rhex(rnd, 32)
    if style == "phpmailer":
        return "b1=_" + ralnum(rnd, 43)
    if style == "yandex":
        return "----==_mimepart_" + rhex(rnd, 13) + "_" + rhex(rnd, 4)
    if style == "webde":
        return "=_" + ralnum(rnd, 28)
    if style == "java":
        return "----=_Part_%d_%d.%d" % (rnd.randrange(100000), rnd.randrange(10 ** 9), rnd.randrange(10 ** 12, 10 ** 13))
    if style == "apple":
        return "Apple-Mail-" + rguid(rnd, True)
    if style == "sendgrid":
        return rhex(rnd, 64)
    return "===============%019d==" % rnd.randrange(10 ** 18, 10 ** 19)


# ---------------------------------------------------------------- RFC 2047

PY_CODEC = {"iso-8859-1": "latin-1", "iso-8859-15": "iso8859-15", "windows-1252": "cp1252",
            "iso-8859-2": "iso8859-2", "windows-1250": "cp1250", "iso-8859-7": "iso8859-7",
            "windows-1253": "cp1253", "koi8-r": "koi8-r", "windows-1251": "cp1251",
            "utf-8": "utf-8", "us-ascii": "ascii"}


def _codec(cs):
    return PY_CODEC[cs.lower()]


_BEST_FIT = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"',
             "\u201a": "'", "\u2018": "'", "\u2019": "'", "\u2026": "...", "\u00ab": '"',
             "\u00bb": '"', "\u2116": "N", "\u00a0": " ", "\u20ac": "EUR"}


def fit(text, cs):
    """Best-fit typography for 8-bit charsets (as mail clients do when a
    character is missing from the chosen charset). Other gaps still raise."""
    try:
        text.encode(_codec(cs))
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        try:
            ch.encode(_codec(cs))
            out.append(ch)
        except UnicodeEncodeError:
            out.append(_BEST_FIT.get(ch, ch))
    return "".join(out)


_Q_SAFE = set(string.ascii_letters + string.digits + "!*+-/")


def _q_char(ch, cs):
    if ch == " ":
        return "_"
    if ch in _Q_SAFE:
        return ch
    return "".join("=%02X" % b for b in ch.encode(_codec(cs)))


def _word_len(chunk, cs, enc):
    if enc.upper() == "Q":
        return sum(len(_q_char(c, cs)) for c in chunk)
    return len(base64.b64encode(chunk.encode(_codec(cs))))


def encoded_words(text, cs="utf-8", enc="Q", label=None, phrase=False):
    """Encode text as one or more RFC 2047 words (each <= 75 chars),
    separated by single spaces (folding points).  With phrase=True the
    text is split only after a space (the space stays inside the earlier
    word), so decoders that do and decoders that do not drop the
    whitespace between encoded words both keep the word boundary."""
    label = label or cs
    pre = "=?%s?%s?" % (label, enc)
    room = 75 - len(pre) - 2
    if phrase and _word_len(text, cs, enc) > room:
        toks = text.split(" ")
        chunks, cur = [], ""
        for i, tk in enumerate(toks):
            piece = tk + (" " if i < len(toks) - 1 else "")
            if cur and _word_len(cur + piece, cs, enc) > room:
                chunks.append(cur)
                cur = piece
            else:
                cur += piece
        chunks.append(cur)
        if all(_word_len(c, cs, enc) <= room for c in chunks):
            return " ".join(encoded_words(c, cs, enc, label) for c in chunks)
    words = []
    if enc.upper() == "Q":
        cur = ""
        for ch in text:
            q = _q_char(ch, cs)
            if len(cur) + len(q) > room:
                words.append(cur)
                cur = ""
            cur += q
        words.append(cur)
    else:
        chunk = ""
        for ch in text:
            trial = chunk + ch
            if len(base64.b64encode(trial.encode(_codec(cs)))) > room:
                words.append(base64.b64encode(chunk.encode(_codec(cs))).decode())
                chunk = ch
            else:
                chunk = trial
        words.append(base64.b64encode(chunk.encode(_codec(cs))).decode())
    return " ".join(pre + w + "?=" for w in words)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def hdr_text(text, cs="utf-8", enc="Q", label=None):
    if is_ascii(text):
        return text
    return encoded_words(text, cs, enc, label)


_SPECIALS = set('()<>[]:;@\\,."')


def addr(name, email, cs="utf-8", enc="Q", label=None, quote_always=False):
    if not name:
        return "<%s>" % email if quote_always else email
    if is_ascii(name):
        if quote_always or any(c in _SPECIALS for c in name):
            return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (encoded_words(name, cs, enc, label, phrase=True), email)


def fold(name, value, width=78, cont=" "):
    """Fold at whitespace. Existing '\n' in value are kept as folds."""
    if "\n" in value:
        return "%s: %s" % (name, value)
    line = name + ":"
    out = []
    for tok in value.split(" "):
        add = " " + tok
        if len(line) + len(add) > width and line.strip() != name + ":":
            out.append(line)
            line = cont + tok if cont != " " else " " + tok
        else:
            line += add
    out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, params=None,
                 filename=None, disposition=None, cid=None, parts=None,
                 headers=None, name_style="rfc2231", fn_charset="utf-8", desc=None,
                 preamble=None, boundary=None, param_quote=True):
        self.ctype = ctype
        self.body = body
        self.charset = charset
        self.cte = cte
        self.params = params or []
        self.filename = filename
        self.disposition = disposition
        self.cid = cid
        self.parts = parts
        self.headers = headers or []
        self.name_style = name_style
        self.fn_charset = fn_charset
        self.desc = desc
        self.preamble = preamble
        self.boundary = boundary
        self.param_quote = param_quote

    @property
    def is_multipart(self):
        return self.parts is not None


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", params=None,
         headers=None, quote_charset=True):
    return Part("text/" + subtype, body=body, charset=charset, cte=cte,
                params=params, headers=headers, param_quote=quote_charset)


def html(body, charset="utf-8", cte="quoted-printable", headers=None, quote_charset=True):
    return text(body, charset, cte, "html", headers=headers, quote_charset=quote_charset)


def multi(subtype, *parts, preamble=None, params=None):
    return Part("multipart/" + subtype, parts=list(parts), preamble=preamble, params=params)


def alt(*parts, **kw):
    return multi("alternative", *parts, **kw)


def mixed(*parts, **kw):
    return multi("mixed", *parts, **kw)


def related(*parts, **kw):
    kw.setdefault("params", [("type", "text/html")])
    return multi("related", *parts, **kw)


def attach(data, ctype, filename, cte="base64", disposition="attachment", cid=None,
           name_style="rfc2231", fn_charset="utf-8", headers=None, charset=None):
    return Part(ctype, body=data, cte=cte, filename=filename, disposition=disposition,
                cid=cid, name_style=name_style, fn_charset=fn_charset, headers=headers,
                charset=charset)


def _rfc2231(v, cs="utf-8"):
    out = ""
    for b in v.encode(_codec(cs)):
        c = chr(b)
        out += c if (c.isalnum() and b < 128) or c in "-._~" else "%%%02X" % b
    return "%s''%s" % (cs, out)


def _fname_params(p, key):
    fn = p.filename
    if is_ascii(fn):
        return ['%s="%s"' % (key, fn)]
    if p.name_style == "rfc2047":
        return ['%s="%s"' % (key, encoded_words(fn, p.fn_charset, "B"))]
    enc = _rfc2231(fn, p.fn_charset)
    if len(enc) + len(key) < 70:
        return ["%s*=%s" % (key, enc)]
    # continuation
    out = []
    i = 0
    k = 0
    while i < len(enc):
        chunk = enc[i:i + 60]
        # don't split a %XX escape
        while chunk.endswith("%") or chunk[-2:-1] == "%":
            chunk = chunk[:-1]
        out.append("%s*%d*=%s" % (key, k, chunk))
        i += len(chunk)
        k += 1
    return out


def _encode_body(p):
    data = p.body
    if isinstance(data, str):
        data = fit(data, p.charset or "utf-8").encode(_codec(p.charset or "utf-8"))
    cte = (p.cte or "7bit").lower()
    if cte == "base64":
        if p.ctype.startswith("text/"):
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    if cte == "quoted-printable":
        q = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
        return q.decode("ascii").rstrip("\n")
    if cte == "7bit":
        s = data.decode("ascii")
        return s.rstrip("\n")
    if cte == "8bit":
        return data.decode("latin-1").rstrip("\n")  # bytes carried 1:1 through latin-1
    raise ValueError(cte)


def render_part(p, rnd, bstyle="python", top_headers=None):
    """Return list-of-lines (str, latin-1 carrying raw bytes for 8bit)."""
    lines = list(top_headers or [])
    if p.is_multipart:
        b = p.boundary or boundary_for(bstyle, rnd)
        p.boundary = b
        bits = [p.ctype] + ['%s="%s"' % kv for kv in (p.params or [])] + ['boundary="%s"' % b]
        lines.append("Content-Type: " + ";\n\t".join(bits))
        for h in p.headers:
            lines.append(h)
        lines.append("")
        if p.preamble:
            lines.append(p.preamble)
            lines.append("")
        for sub in p.parts:
            lines.append("--" + b)
            lines.extend(render_part(sub, rnd, bstyle))
            lines.append("")
        lines.append("--" + b + "--")
        return lines
    ct = p.ctype
    if p.charset:
        ct += '; charset="%s"' % p.charset if p.param_quote else "; charset=%s" % p.charset
    for k, v in p.params:
        ct += '; %s="%s"' % (k, v)
    if p.filename:
        ct = ct + ";\n\t" + ";\n\t".join(_fname_params(p, "name"))
    lines.append(fold("Content-Type", ct) if "\n" not in ct else "Content-Type: " + ct)
    if p.desc:
        lines.append("Content-Description: " + p.desc)
    if p.disposition:
        d = p.disposition
        if p.filename:
            d += ";\n\t" + ";\n\t".join(_fname_params(p, "filename"))
        lines.append("Content-Disposition: " + d)
    if p.cid:
        lines.append("Content-ID: <%s>" % p.cid)
    lines.append("Content-Transfer-Encoding: " + (p.cte or "7bit"))
    for h in p.headers:
        lines.append(h)
    lines.append("")
    lines.append(_encode_body(p))
    return lines


def to_bytes(lines):
    s = "\n".join(lines) + "\n"
    assert "\r" not in s
    return s.replace("\n", "\r\n").encode("latin-1")


# ---------------------------------------------------------------- helpers for body text

def dedent(s):
    import textwrap
    return textwrap.dedent(s).strip("\n") + "\n"


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(s):
    return [p for p in s.strip("\n").split("\n\n")]


def html_outlook(body, lang="DE", font="Calibri", sig_html="", charset="utf-8"):
    ps = []
    for para in paras(body):
        inner = "<br>\n".join(html_escape(x) for x in para.split("\n"))
        ps.append('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % inner)
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";}\n"
            "@font-face\n\t{font-family:%s;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            "\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"%s\",sans-serif;}\n"
            "span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            "<body lang=\"%s\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            "<div class=\"WordSection1\">\n%s\n%s</div>\n</body>\n</html>\n") % (
        charset, font, font, lang, "\n".join(ps), sig_html)


def html_gmail(body):
    ps = []
    for para in paras(body):
        ps.append("<div>%s</div>" % "<br>".join(html_escape(x) for x in para.split("\n")))
    return '<div dir="ltr">' + "<div><br></div>".join(ps) + "</div>\n"


def html_simple(body, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    ps = []
    for para in paras(body):
        ps.append("<p>%s</p>" % "<br>\n".join(html_escape(x) for x in para.split("\n")))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="%s">\n%s\n</body></html>\n') % (style, "\n".join(ps))
