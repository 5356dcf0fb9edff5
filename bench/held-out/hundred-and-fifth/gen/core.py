"""Message specification and assembly."""
import base64
import datetime as _dt
import random
from zoneinfo import ZoneInfo

import infra
from mime import Part, addr, htext, serialise, fold, is_ascii

BERLIN = ZoneInfo("Europe/Berlin")


# ------------------------------------------------------------------ body helpers
def txt(text, cs="utf-8", cte="quoted-printable", label=None, flowed=False):
    p = Part("text/plain", text=text, charset=cs, cte=cte, label=label)
    if flowed:
        p.ct_params = ["format=flowed"]
    return p


def html(text, cs="utf-8", cte="quoted-printable", label=None):
    return Part("text/html", text=text, charset=cs, cte=cte, label=label)


def alt(*parts):
    return Part("multipart/alternative", parts=list(parts))


def mixed(*parts, preamble=None):
    return Part("multipart/mixed", parts=list(parts), preamble=preamble)


def related(*parts):
    return Part("multipart/related", parts=list(parts), ct_params=['type="text/html"'])


def att(filename, ctype, data, cte="base64", inline=False, cid=None, kind=None,
        zip_password=None, qr_url=None, inner=None):
    p = Part(ctype, data=data, cte=cte, filename=filename,
             disposition="inline" if inline else "attachment", cid=cid)
    if ctype.startswith("text/") or ctype.endswith("xml"):
        p.charset = "utf-8"
    bits = []
    if kind:
        bits.append(kind)
    if inner:
        bits.append("contains `%s`" % inner)
    if zip_password:
        bits.append("ZipCrypto, password `%s`" % zip_password)
    if qr_url:
        bits.append("QR -> `%s`" % qr_url)
    p.kind = "; ".join(bits) or None
    p.zip_password = zip_password
    p.qr_url = qr_url
    return p


class M:
    def __init__(self, id, folder, lang, when, route, frm, to, subject, body,
                 cc=None, reply_to=None, hcs="utf-8", henc="B", hlabel=None, hmode="all",
                 extra=None, irt=None, refs=None, what="", why="", hard_neg_of=None,
                 env_from=None, date_tz=None, sender_hdr=None, list_unsub=None,
                 importance=None, notes=None, to_hdr=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        self.to = to if isinstance(to, list) else [to]
        self.cc = cc or []


def _thread_index(ctx, reply=False):
    n = 22 + (5 if reply else 0)
    return base64.b64encode(bytes(ctx.rng.getrandbits(8) for _ in range(n))).decode()


def _addr_list(lst, m):
    return ",\n ".join(addr(n, a, m.hcs, m.henc, m.hlabel) for n, a in lst)


def build(m):
    try:
        return _build(m)
    except Exception as e:
        raise RuntimeError('while building %s: %r' % (m.id, e)) from e


def _build(m):
    local = _dt.datetime.strptime(m.when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BERLIN)
    t = local.astimezone(_dt.timezone.utc)
    rng = random.Random("audit106:" + m.id)
    rcpt = m.to[0][1]
    has_att = any(p.disposition == "attachment" for p in m.body.walk())
    ctx = infra.Ctx(m.id, t, rcpt, m.env_from or m.frm[1], rng, m.subject, has_att)
    route = m.route(ctx)
    # attachment header styles
    st = route.attach_style
    for p in m.body.walk():
        if p.filename:
            p.fname_style = st.get("fname_style", "quoted")
            if st.get("size_param"):
                p.size_param = True
            if st.get("dates"):
                p.dates = infra.fmt(t - _dt.timedelta(minutes=rng.randint(2, 50)), "UTC").replace("+0000", "GMT")
            if st.get("description") and p.disposition == "attachment":
                p.description = htext(p.filename, "utf-8", "B")
            if st.get("gmail_ids") and not p.cid:
                fid = "f_%s%s" % (rng.choice("lmn"), "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(9)))
                p.cid = fid
                p.headers.append(("X-Attachment-Id", fid))
    date = route.date
    # clients fall back to UTF-8 in headers when the body charset cannot hold a character
    from mime import codec as _codec
    texts = [m.subject, m.frm[0] or ""] + [n or "" for n, _ in m.to + m.cc] + [m.reply_to[0] if m.reply_to else ""]
    try:
        for tx in texts:
            tx.encode(_codec(m.hcs))
    except UnicodeEncodeError:
        m.hcs, m.hlabel = "utf-8", ("UTF-8" if (m.hlabel or "").isupper() else None)
    if m.date_tz:
        # re-express the same instant in the sender's time zone
        import email.utils
        d = email.utils.parsedate_to_datetime(date)
        date = infra.fmt(d, m.date_tz)
    H = {}
    H["From"] = addr(m.frm[0], m.frm[1], m.hcs, m.henc, m.hlabel)
    H["To"] = m.to_hdr or _addr_list(m.to, m)
    if m.cc:
        H["Cc"] = _addr_list(m.cc, m)
    if m.reply_to:
        H["Reply-To"] = addr(m.reply_to[0], m.reply_to[1], m.hcs, m.henc, m.hlabel)
    if m.sender_hdr:
        H["Sender"] = m.sender_hdr
    H["Subject"] = htext(m.subject, m.hcs, m.henc, m.hlabel, m.hmode)
    H["Date"] = date
    H["Message-ID"] = "<%s>" % route.msgid
    if m.irt:
        H["In-Reply-To"] = "<%s>" % m.irt
        H["References"] = "\n ".join("<%s>" % r for r in (m.refs or [m.irt]))
    H["MIME-Version"] = "1.0"
    if m.list_unsub:
        for k, v in m.list_unsub:
            H[k] = v
    extra = list(route.headers) + list(m.extra or [])
    if m.importance:
        extra += [("X-Priority", "1"), ("Importance", "high")] if m.importance == "high" else []
    # Outlook / Exchange specific
    if route.order == "outlook":
        ms = getattr(route, "ms", {}) or {}
        topic = m.subject
        for pfx in ("RE: ", "AW: ", "Re: ", "R: ", "Odp: ", "ΑΠ: ", "RV: ", "FW: ", "WG: ", "RE:", "Fwd: "):
            if topic.startswith(pfx):
                topic = topic[len(pfx):]
        H["Thread-Topic"] = htext(topic, m.hcs, m.henc, m.hlabel)
        H["Thread-Index"] = _thread_index(ctx, bool(m.irt))
        lang = ms.get("lang") or {"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl-PL",
                                  "es": "es-ES", "el": "el-GR", "ru": "ru-RU"}[m.lang]
        H["Accept-Language"] = "%s, en-US" % lang if lang != "en-US" else "en-US"
        H["Content-Language"] = lang
        H["X-MS-Has-Attach"] = "yes" if has_att else ""
        H["X-MS-TNEF-Correlator"] = ""
        if ms.get("tenant"):
            extra = [("msip_labels", ""), ("x-ms-publictraffictype", "Email"),
                     ("X-MS-Exchange-CrossTenant-Network-Message-Id", ctx.uuid()),
                     ("X-MS-Exchange-CrossTenant-originalarrivaltime",
                      (t - _dt.timedelta(seconds=3)).strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % rng.randint(0, 9999)),
                     ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                     ("X-MS-Exchange-CrossTenant-id", ms["tenant"]),
                     ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"),
                     ("X-MS-Exchange-Transport-CrossTenantHeadersStamped",
                      route.received[0].split(" by\n\t")[1].split(".")[0] if " by\n\t" in route.received[0] else "DB9PR03MB7324"),
                     ("X-OriginatorOrg", ms.get("org") or "")] + extra
            if ms.get("client_ip"):
                extra.insert(1, ("x-originating-ip", "[%s]" % ms["client_ip"]))
        else:
            extra = [("x-ms-exchange-messagesentrepresentingtype", "1"),
                     ("x-ms-exchange-transport-fromentityheader", "Hosted"),
                     ("x-originating-ip", "[%s]" % (ms.get("originating_ip") or "10.21.4.57"))] + extra
    orders = {
        "outlook": ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date",
                    "Message-ID", "References", "In-Reply-To", "Accept-Language", "Content-Language",
                    "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "*", "MIME-Version"],
        "outlook_desktop": ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "*"],
        "gmail": ["*", "MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID",
                  "Subject", "To", "Cc", "Reply-To"],
        "thunderbird": ["Message-ID", "Date", "MIME-Version", "*", "To", "Cc", "References", "From",
                        "Reply-To", "Subject", "In-Reply-To"],
        "roundcube": ["MIME-Version", "Date", "From", "To", "Cc", "Subject", "In-Reply-To", "References",
                      "Reply-To", "Message-ID", "*"],
        "phpmailer": ["Date", "To", "From", "Reply-To", "Cc", "Subject", "Message-ID", "*", "MIME-Version"],
        "ox": ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References",
               "Subject", "MIME-Version", "*"],
        "gmx": ["MIME-Version", "Message-ID", "From", "To", "Cc", "Reply-To", "Subject", "Date", "*"],
        "esp": ["Date", "From", "Reply-To", "Sender", "To", "Subject", "Message-ID", "MIME-Version",
                "List-Unsubscribe", "List-Unsubscribe-Post", "List-Id", "*"],
        "generic": ["From", "To", "Cc", "Reply-To", "Sender", "Subject", "Date", "Message-ID",
                    "In-Reply-To", "References", "MIME-Version", "*"],
    }
    order = orders[route.order]
    hdrs = []
    rp = m.env_from or route.return_path or m.frm[1]
    hdrs.append(("Return-Path", "<%s>" % rp))
    hdrs.append(("Received", infra.mx01_received(ctx, route)))
    for r in route.received:
        hdrs.append(("Received", r))
    used = set()
    for name in order:
        if name == "*":
            hdrs.extend(extra)
            continue
        if name in H:
            hdrs.append((name, H[name]))
            used.add(name)
    for name, v in H.items():  # anything the order did not mention
        if name not in used:
            hdrs.append((name, v))
    for k, v in hdrs:
        assert is_ascii(v), (m.id, k, v)
    raw = serialise(hdrs, m.body, route.boundary)
    # mime header lines from root are appended after our headers by serialise;
    return raw, route


# ------------------------------------------------------------------ manifest helpers
def describe(part):
    def d(p):
        if p.ctype.startswith("multipart/"):
            inner = " + ".join(d(c) for c in p.parts)
            return "%s(%s)" % (p.ctype.split("/")[1], inner)
        if p.filename:
            kind = getattr(p, "kind", None)
            return "%s `%s`%s" % (p.ctype, p.filename, " [%s]" % kind if kind else "")
        return p.ctype
    return d(part)


def body_charsets(part):
    cs, ctes = [], []
    for p in part.walk():
        if p.text is not None and p.ctype.startswith("text/"):
            if p.charset not in cs:
                cs.append(p.charset)
            if p.cte not in ctes:
                ctes.append(p.cte)
    return " / ".join(cs), " / ".join(ctes)


# ------------------------------------------------------------------ text -> html helpers
import html as _html
import re as _re

_LINK = _re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def plain(text, style="outlook"):
    """Markup [label](url) -> plain text the way the client renders it."""
    if style == "outlook":
        return _LINK.sub(lambda m: "%s<%s>" % (m.group(1), m.group(2)), text)
    if style == "gmail":
        return _LINK.sub(lambda m: "%s <%s>" % (m.group(1), m.group(2)), text)
    if style == "esp":
        return _LINK.sub(lambda m: "%s: %s" % (m.group(1), m.group(2)), text)
    return _LINK.sub(lambda m: m.group(1), text)


def _inline(s):
    out = []
    pos = 0
    for mm in _LINK.finditer(s):
        out.append(_html.escape(s[pos:mm.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (_html.escape(mm.group(2)), _html.escape(mm.group(1), quote=False)))
        pos = mm.end()
    out.append(_html.escape(s[pos:], quote=False))
    return "".join(out)


def ohtml(text, cs, lang="DE", font="Aptos", quote=None):
    """Outlook (Word) style HTML. quote: optional (header_lines, quoted_text) block."""
    paras = []
    for ln in text.split("\n"):
        if ln.strip():
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _inline(ln))
        else:
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    q = ""
    if quote:
        hdr, qt = quote
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             '<p class="MsoNormal"><b>%s</b><o:p></o:p></p>\n</div>\n'
             % "<br>\n".join(_inline(h) for h in hdr))
        q += "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (_inline(l) if l.strip() else "&nbsp;")
                       for l in qt.split("\n"))
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
	{font-family:%s;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"%s",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-fareast-language:EN-US;}
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
%s
</div>
</body>
</html>
""" % (cs, font, font, font, lang, "\n".join(paras), q))


def ghtml(text, quote=None):
    """Gmail style HTML."""
    lines = text.split("\n")
    body = "<br>".join(_inline(l) for l in lines)
    q = ""
    if quote:
        hdr, qt = quote
        q = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
             % (_inline(hdr), "<br>".join(_inline(l) for l in qt.split("\n"))))
    out = '<div dir="ltr">%s</div>%s\n' % (body, q)
    # Gmail wraps long HTML lines
    return _wrap_html(out)


def _wrap_html(s, width=900):
    out = []
    for line in s.split("\n"):
        while len(line) > width:
            cut = line.rfind("<br>", 0, width)
            if cut <= 0:
                cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def simple_html(text, font="Arial, sans-serif", size="10pt", head="", cs="utf-8"):
    paras = []
    for block in text.split("\n\n"):
        paras.append("<p>%s</p>" % "<br>\n".join(_inline(l) for l in block.split("\n")))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">%s</head>'
            '<body style="font-family:%s;font-size:%s">\n%s\n</body></html>\n' % (cs, head, font, size, "\n".join(paras)))


def latin(text):
    """Typographic characters as users of ISO-8859-1/-15 mailers end up typing them."""
    for a, b in (("„", '"'), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"), ("’", "'"), ("‘", "'"),
                 ("…", "...")):
        text = text.replace(a, b)
    return text
