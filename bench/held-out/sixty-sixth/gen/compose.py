"""High-level message assembly: mk() ties a sender profile, envelope,
headers in the sender system's order, and a MIME body together."""
import base64
import html as _html
import re

from mime import (Mail, Ctx, Text, Attach, Multi, mx01_received, fmt_date, addr, addrs, htext, ew,
                  is_ascii, plus)

ORDER = {
    "outlook": ["From", "To", "CC", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                "References", "In-Reply-To", "Accept-Language", "Content-Language", "*", "@BODY", "MIME-Version"],
    "outlook_classic": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
                        "MIME-Version", "@BODY", "*", "Thread-Index", "Content-Language"],
    "gmail": ["^", "MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc",
              "Reply-To", "*", "@BODY"],
    "tb": ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "Content-Language", "To", "Cc", "References",
           "From", "Reply-To", "In-Reply-To", "*", "@BODY"],
    "webmail": ["MIME-Version", "Message-ID", "Date", "From", "To", "Cc", "Reply-To", "Subject", "In-Reply-To", "References",
                "*", "@BODY"],
    "generic": ["^", "Date", "From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To", "References", "*",
                "MIME-Version", "@BODY"],
    "apple": ["From", "@BODY", "Mime-Version", "Subject", "Message-Id", "Date", "In-Reply-To", "References", "Cc", "To",
              "Reply-To", "*"],
}

PREFIX = re.compile(r"^((AW|WG|RE|Re|R|I|FW|Fwd|RV|RE|ΑΠ|ΣΧΕΤ|Ответ|Отв|Odp|ODP|PD|Fw):\s*)+", re.I)


class Kit:
    """Boundary and body helpers in the style of the sending system."""

    def __init__(self, ctx, bstyle, msgid):
        self.ctx, self.bstyle, self.n = ctx, bstyle, 0
        self.tag = re.sub(r"[^A-Za-z0-9]", "", msgid.split("@")[0])[:28] if msgid else ctx.hex(24, True)

    def bd(self):
        c, s = self.ctx, self.bstyle
        self.n += 1
        n = self.n
        if s == "exchange":
            return "_%03d_%s_" % ([0, 4, 6, 8][min(n - 1, 3)], self.tag)
        if s == "outlook_classic":
            if not hasattr(self, "_oc"):
                self._oc = (c.R.randrange(0x10, 0xFF0), c.hex(4, True), c.hex(8, True))
            k, a, b = self._oc
            return "----=_NextPart_%03d_%04X_01DC%s.%s" % (n - 1, k + n - 1, a, b)
        if s == "gmail":
            return c.boundary_gmail()
        if s == "tb":
            return "------------" + c.alnum(24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        if s == "apple":
            return "Apple-Mail=_" + c.uuid(upper=True)
        if s == "roundcube":
            return "=_" + c.hex(32)
        if s == "php":
            return "b%d=_%s" % (n, c.alnum(42))
        if s == "java":
            return "----=_Part_%d_%d.%d" % (c.R.randrange(100000, 9999999), c.R.randrange(10 ** 8, 10 ** 9), int(c.t.timestamp() * 1000))
        if s == "mc":
            return "_----------=_MCPart_%d" % c.R.randrange(10 ** 9, 2 * 10 ** 9)
        if s == "hex":
            return c.hex(60)
        if s == "yandex":
            return "----==--bound.%d.%s.yp-c.yandex.net" % (c.R.randrange(100000, 999999), "mail-nwsmtp-mxback-production-main-%d.vla" % c.R.randrange(10, 99))
        if s == "bat":
            return "----------%s" % c.hex(16, True)
        if s == "gmx":
            return "=_%s" % c.hex(32)
        raise ValueError(s)


DEFAULT_BSTYLE = {"outlook": "exchange", "outlook_classic": "outlook_classic", "gmail": "gmail", "tb": "tb",
                  "webmail": "roundcube", "generic": "php", "apple": "apple"}


def thread_index(ctx):
    return base64.b64encode(b"\x01\xdc" + bytes(ctx.R.randrange(256) for _ in range(20))).decode()


def default_msgid(ctx, style, domain):
    if style == "outlook_classic":
        return "<00%s01dc%s$%s$%s$@%s>" % (ctx.hex(2), ctx.hex(4), ctx.hex(8), ctx.hex(8), domain)
    if style == "tb":
        return "<%s@%s>" % (ctx.uuid(), domain)
    if style == "apple":
        return "<%s@%s>" % (ctx.uuid(upper=True), domain)
    return "<%s@%s>" % (ctx.hex(32), domain)


def mk(folder, num, lang, slug, *, infra, frm, to, subject, t, body, cc=(), reply_to=None, rcpt=None,
       hcs="UTF-8", hmode="B", irt=None, refs=None, zone="CET", extra=(), what="", why="", pair=None,
       msgid=None, to_hdr=None, return_path=None, bstyle=None, date_kw=None, drop=(), quote_names=False,
       ua=None, pre=(), tags=(), internal=False):
    m = Mail(folder, num, lang, slug)
    rcpt = rcpt or to[0][1]
    ctx = Ctx("%s%02d" % (folder, num), t, rcpt, frm[1])
    inf = infra(ctx)
    helo, rdns, ip = inf["client"]
    m.top = mx01_received(ctx, helo, rdns, ip, tls=inf.get("tls", True), delay=inf.get("delay", 3))
    m.received = inf["received"]
    m.return_path = return_path or inf.get("return_path") or frm[1]
    style = inf["style"]
    domain = frm[1].split("@")[1]
    mid = msgid or inf.get("msgid") or default_msgid(ctx, style, domain)
    kit = Kit(ctx, bstyle or inf.get("bstyle") or DEFAULT_BSTYLE[style], mid)
    part = body(kit)
    std = {}
    std["From"] = addr(frm[0], frm[1], hcs, hmode, quote_names)
    std["To"] = to_hdr if to_hdr is not None else addrs(to, hcs, hmode, quote_names)
    if cc:
        std["Cc"] = addrs(cc, hcs, hmode, quote_names)
    if reply_to:
        std["Reply-To"] = addr(reply_to[0], reply_to[1], hcs, hmode, quote_names)
    std["Subject"] = htext(subject, hcs, hmode)
    std["Date"] = fmt_date(t, zone, **(date_kw or {}))
    std["Message-ID"] = mid
    if irt:
        std["In-Reply-To"] = irt
    if refs:
        std["References"] = refs
    std["MIME-Version"] = "1.0"
    if style == "outlook":
        std["CC"] = std.pop("Cc", None)
        std["Thread-Topic"] = htext(PREFIX.sub("", subject), hcs, hmode)
        std["Thread-Index"] = thread_index(ctx)
        std["Accept-Language"] = inf.get("accept_lang", "de-DE, en-US")
        std["Content-Language"] = inf.get("content_lang", "de-DE")
    if style == "outlook_classic":
        std["Thread-Index"] = thread_index(ctx)
        std["Content-Language"] = {"de": "de", "en": "en-gb", "it": "it", "pl": "pl", "es": "es", "el": "el", "ru": "ru"}[lang]
    if style == "tb":
        std["User-Agent"] = ua or inf.get("ua") or "Mozilla Thunderbird"
        std["Content-Language"] = {"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl", "es": "es-ES", "el": "el", "ru": "ru"}[lang]
    if style == "apple":
        std["Mime-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"
        std["Message-Id"] = std.pop("Message-ID")
        std.pop("MIME-Version")
    for k in drop:
        std.pop(k, None)
    hdrs = []
    extra_all = list(inf.get("extra", [])) + list(extra)
    for key in ORDER[style]:
        if key == "*":
            hdrs += extra_all
        elif key == "^":
            hdrs += list(inf.get("pre", [])) + list(pre)
        elif key == "@BODY":
            hdrs.append(("@BODY", None))
        elif std.get(key) is not None:
            hdrs.append((key, std[key]))
    if "^" not in ORDER[style]:
        hdrs = list(inf.get("pre", [])) + list(pre) + hdrs
    if any(getattr(a, "disp", "") == "attachment" or getattr(a, "disp", "") == "inline" and getattr(a, "filename", None)
           for a in _leaves(part) if isinstance(a, Attach)):
        hdrs = [(n, "yes") if n == "X-MS-Has-Attach" else (n, v) for n, v in hdrs]
    m.headers = hdrs
    m.body = part
    m.meta = dict(what=what, why=why, pair=pair, frm=frm, subject=subject, date=std["Date"], internal=internal)
    m.tags = list(tags)
    return m


def _leaves(p):
    if isinstance(p, Multi):
        for c in p.parts:
            yield from _leaves(c)
    else:
        yield p


# -------------------------------------------------------- body helpers

def esc(s):
    return _html.escape(s, quote=False)


def html_outlook(text, charset, lang="DE", extra_html=""):
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line))
    return ("""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
%s
%s</div>
</body>
</html>
""" % (charset.lower(), lang, "\n".join(paras), extra_html))


def html_gmail(text):
    out = []
    for line in text.split("\n"):
        out.append("<div>%s</div>" % (esc(line) if line.strip() else "<br>"))
    return '<div dir="ltr">%s</div>\n' % "".join(out)


def html_simple(text, charset="utf-8", style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    paras = [p for p in text.split("\n\n")]
    body = "\n".join("<p>%s</p>" % esc(p).replace("\n", "<br>\n") for p in paras)
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="%s">\n%s\n</body>\n</html>\n' % (charset, style, body))


def alt(kit, plain, html, cs="UTF-8", cte="quoted-printable", cte_html=None, quote_cs=False):
    return Multi("alternative", [Text(plain, "plain", cs, cte, quote_cs=quote_cs),
                                 HText(html, cs, cte_html or cte, quote_cs=quote_cs)], kit.bd())


class HText(Text):
    """HTML part: characters outside the charset become numeric references."""

    def __init__(self, html, charset="UTF-8", cte="quoted-printable", quote_cs=False):
        super().__init__(html, "html", charset, cte, quote_cs=quote_cs)

    def render(self):
        cs = '"%s"' % self.charset if self.quote_cs else self.charset
        hdr = ["Content-Type: text/html; charset=%s" % cs, "Content-Transfer-Encoding: %s" % self.cte]
        from mime import encode_body
        return hdr, encode_body(self.text.encode(self.charset.lower(), errors="xmlcharrefreplace"), self.cte)


def quote_block(text, prefix="> "):
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in text.split("\n"))
