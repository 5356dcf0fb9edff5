"""Assemble a complete message: mx01 trace on top, the sender's hops, then the
sender's headers in the order its mail system writes them."""
import re
from types import SimpleNamespace

import mime
from systems import TLS
from timeid import to_utc, rfc, plus, postfix_qid

ORDER = {
    "outlook": ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date",
                "Message-ID", "References", "In-Reply-To", "Accept-Language", "Content-Language",
                "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "SYS", "EXTRA", "__BODY__", "MIME-Version"],
    "outlook-smtp": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date",
                     "Message-ID", "MIME-Version", "__BODY__", "SYS", "EXTRA"],
    "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject",
              "To", "Cc", "Reply-To", "EXTRA", "__BODY__"],
    "thunderbird": ["Message-ID", "Date", "MIME-Version", "SYS", "Subject", "To", "Cc", "References",
                    "From", "Reply-To", "In-Reply-To", "EXTRA", "__BODY__"],
    "roundcube": ["MIME-Version", "Date", "From", "To", "Cc", "Subject", "Reply-To", "In-Reply-To",
                  "References", "Message-ID", "SYS", "EXTRA", "__BODY__"],
    "phpmailer": ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "SYS", "EXTRA",
                  "MIME-Version", "__BODY__"],
    "apple": ["From", "__BODY__", "MIME-Version", "Subject", "Date", "References", "Cc", "To",
              "Reply-To", "In-Reply-To", "Message-ID", "SYS", "EXTRA"],
    "gmx": ["MIME-Version", "Message-ID", "From", "To", "Cc", "Reply-To", "Subject", "__BODY__", "Date",
            "In-Reply-To", "References", "SYS", "EXTRA"],
    "ox": ["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References", "Subject",
           "MIME-Version", "__BODY__", "SYS", "EXTRA"],
    "generic": ["Date", "From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To",
                "References", "SYS", "EXTRA", "MIME-Version", "__BODY__"],
    "esp": ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
            "MIME-Version", "EXTRA", "SYS", "__BODY__"],
}

PREFIX = re.compile(r"^((re|aw|wg|fw|fwd|r|i|odp|pd|rv|απ|σχετ|προώθ|ΑΠ|ΣΧΕΤ|ΠΡΘ|тема|на|fwd|rif|res)\s*:\s*)+", re.I)


def mx01_received(client, rcpt, utc, key):
    helo, rdns, ip, tls = client
    lines = ["from %s (%s [%s])" % (helo, rdns, ip)]
    if tls:
        lines.append(TLS[tls])
        lines.append("(No client certificate requested)")
    lines.append("by mx01.example.com (Postfix) with %s id %s" % ("ESMTPS" if tls else "ESMTP", postfix_qid(utc, key + "mx")))
    lines.append("for <%s>; %s" % (rcpt, rfc(utc, "DE", True)))
    return "\n\t".join(lines)


def compose(sys, *, key, frm, to, subject, when, body, cc=None, reply_to=None, env_from=None,
            rcpt=None, irt=None, refs=None, hcs="auto", henc="auto", extra=(), depth=0,
            has_att=None, date_zone=None, quote_names=False, msgid=None, mime_version=None):
    """frm/to/cc/reply_to: (name, address) tuples (to/cc lists). when: local wall time of the
    sender's system zone. body: a mime part or a callable(boundary_fn) -> part."""
    t = to_utc(when, date_zone or sys.zone)
    env_from = env_from if env_from is not None else frm[1]
    rcpt = rcpt or to[0][1]
    ctx = SimpleNamespace(t=t, key=key, rcpt=rcpt, env_from=env_from, frm_addr=frm[1],
                          has_att=has_att, depth=depth, subject=subject)
    part = body(lambda i: sys.boundary(ctx, i)) if callable(body) else body
    if has_att is None:
        ctx.has_att = isinstance(part, mime.Multi) and part.subtype in ("mixed",)
    names = [frm[0] or "", subject] + [n or "" for n, _ in (to or [])] + [n or "" for n, _ in (cc or [])] + \
        [(reply_to or ("", ""))[0] or ""]
    if hcs == "auto":
        mt = mime.main_text(part)
        hcs = "utf-8"
        if mt is not None and mt.charset.lower() not in ("us-ascii",):
            try:
                for n in names:
                    n.encode(mt.charset)
                hcs = mt.charset
            except UnicodeEncodeError:
                hcs = "utf-8"
    if henc == "auto":
        nonlatin = any(0x370 <= ord(ch) <= 0x4FF for n in names for ch in n)
        henc = "B" if nonlatin else "Q"

    std = {}
    std["From"] = mime.addr(frm[0], frm[1], hcs, henc, quote_names)
    std["To"] = mime.addr_list(to, hcs, henc, quote_names)
    if cc:
        std["Cc"] = mime.addr_list(cc, hcs, henc, quote_names)
    if reply_to:
        std["Reply-To"] = mime.addr(reply_to[0], reply_to[1], hcs, henc, quote_names)
    std["Subject"] = mime.hdr_text(subject, hcs, henc)
    std["Date"] = rfc(t, date_zone or sys.zone)
    std["Message-ID"] = msgid or sys.msgid(ctx)
    if irt:
        std["In-Reply-To"] = irt
    if refs:
        std["References"] = "\n ".join(refs) if isinstance(refs, (list, tuple)) else refs
    style = sys.get_style()
    std["MIME-Version"] = mime_version or ("1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))" if style == "apple" else "1.0")

    sys_hdrs = []
    for k, v in sys.headers(ctx):
        if v is None and k == "Thread-Topic":
            v = mime.hdr_text(PREFIX.sub("", subject), hcs, henc)
        sys_hdrs.append((k, v))
    sys_names = {k for k, _ in sys_hdrs}

    trace = [("Return-Path", "<%s>" % env_from)]
    trace.append(("Received", mx01_received(sys.client(ctx), rcpt, plus(t, sys.delay), key)))
    for h in sys.hops(ctx):
        trace.append(("Received", h))
    trace += sys.pre(ctx)

    out = []
    used = set()
    for name in ORDER[style]:
        if name == "SYS":
            out += [(k, v) for k, v in sys_hdrs if k not in used]
        elif name == "EXTRA":
            out += list(extra)
        elif name == "__BODY__":
            out.append(("__BODY__", None))
        elif name in std:
            out.append((name, std[name]))
            used.add(name)
        elif name in sys_names:
            for k, v in sys_hdrs:
                if k == name:
                    out.append((k, v))
            used.add(name)
    return mime.render_message(trace + out, part), part, std["Message-ID"]


# --------------------------------------------------------------- body helpers
def alt(bfn, plain, html, charset, cte_plain="quoted-printable", cte_html="quoted-printable", idx=0,
        plain_params="", html_charset=None):
    return mime.Multi("alternative", [
        mime.Text(plain, "plain", charset, cte_plain, params=plain_params),
        mime.Text(html, "html", html_charset or charset, cte_html)], bfn(idx))


def mixed(bfn, first, atts, idx=1):
    return mime.Multi("mixed", [first] + list(atts), bfn(idx))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text, style="outlook", lang="DE", charset="utf-8", extra_head=""):
    """Render a plain-text body the way the given client renders HTML."""
    paras = text.strip("\n").split("\n")
    if style == "outlook":
        body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html_escape(p) if p.strip() else "&nbsp;") for p in paras)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:11.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>%s\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (charset, extra_head, lang, body))
    if style == "gmail":
        inner = "<br>".join(html_escape(p) for p in paras)
        return '<div dir="ltr">%s</div>\n' % inner.replace("<br><br>", "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">")
    if style == "thunderbird":
        inner = "<br>\n".join(html_escape(p) for p in paras)
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=%s">\n  </head>\n'
                '  <body>\n    <p>%s</p>\n  </body>\n</html>\n' % (charset.upper(), inner))
    inner = "<br>\n".join(html_escape(p) for p in paras)
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head><body>%s</body></html>\n" % (charset, inner)


def quote_block(text, prefix="> "):
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in text.strip("\n").split("\n"))
