"""Turn a common.Mail into RFC 5322 bytes plus manifest metadata."""
import datetime as _dt
import re

import mime
from common import rfc_date, to_zone, zone_abbr, rng_for
from hops import Ctx, TLS13, pf_qid

_PREFIX = re.compile(r"^((re|aw|wg|fw|fwd|r|i|odp|pd|rv|ΑΠ|ΣΧΕΤ|ΠΡΘ|Ответ|Fwd|Отв)\s*:\s*)+", re.I)


def _hdr(name, value):
    if "\n" in value:
        return name + ": " + value
    return mime.fold(name, value)


def _enc(mail, text):
    return mime.hdr_text(text, mail.hdr_cs, mail.hdr_enc, mail.hdr_label)


def _addr(mail, pair):
    name, addr = pair
    return mime.fmt_addr(name, addr, mail.hdr_cs, mail.hdr_enc, mail.hdr_label)


def _addr_list(mail, pairs):
    return ", ".join(_addr(mail, p) for p in pairs)


def build_body(mail, ctx, msgid):
    b = mail.body
    inf = mail.infra
    bgen = lambda st: inf.boundary(ctx, st, msgid) if inf.bstyle != "outlook" else inf.boundary(ctx, st, msgid)
    # ensure distinct boundaries for nested parts
    used = set()

    def bg(st):
        x = bgen(st)
        while x in used:
            x = x[:-3] + "%03d" % ctx.rng.randrange(1000)
        used.add(x)
        return x

    parts = []
    desc = []
    if b.plain is not None:
        parts.append(mime.text_leaf(b.plain, "plain", b.charset, b.cte, b.label, b.flowed))
        desc.append("text/plain")
    if b.html is not None:
        h = b.html
        if b.html_charset.lower() not in ("utf-8",):
            h = re.sub(r'(?i)charset="?utf-8"?', "charset=" + (b.label or b.html_charset), h)
        if "charset" not in h[:800].lower() and "<head>" in h:
            h = h.replace("<head>", '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">' % (b.label or b.html_charset), 1)
        parts.append(mime.text_leaf(h, "html", b.html_charset, b.html_cte, b.label))
        desc.append("text/html")
    if len(parts) == 2:
        node = mime.Multi("alternative", parts)
        sdesc = "alternative(text/plain, text/html)"
    else:
        node = parts[0]
        sdesc = desc[0]
    inl = [a for a in mail.atts if a.inline]
    att = [a for a in mail.atts if not a.inline]
    if inl:
        leaves = [mime.attachment_leaf(a.filename, a.ctype, a.data, disposition="inline", cid=a.cid,
                                       fname_style=a.fname_style, name_charset=a.name_charset) for a in inl]
        node = mime.Multi("related", [node] + leaves, params=[("type", '"%s"' % ("multipart/alternative" if len(parts) == 2 else "text/html"))])
        sdesc = "related(%s, %s)" % (sdesc, ", ".join("inline %s %s" % (a.ctype, a.filename) for a in inl))
    if att:
        leaves = []
        for a in att:
            cte = "base64"
            leaves.append(mime.attachment_leaf(a.filename, a.ctype, a.data, cte=cte, fname_style=a.fname_style,
                                               name_charset=a.name_charset))
        node = mime.Multi("mixed", [node] + leaves)
        sdesc = "mixed(%s; %s)" % (sdesc, "; ".join("%s '%s'%s" % (a.ctype, a.filename, (" [" + a.note + "]") if a.note else "") for a in att))
    body_bytes = node.lines(bg)
    charset = b.charset if b.plain is not None else b.html_charset
    if b.plain is not None and b.html is not None and b.html_charset != b.charset:
        charset = "%s / %s (html)" % (b.charset, b.html_charset)
    cte = b.cte if b.plain is not None else b.html_cte
    if b.plain is not None and b.html is not None and b.html_cte != b.cte:
        cte = "%s / %s (html)" % (b.cte, b.html_cte)
    return body_bytes, {"charset": charset if not b.label else b.label, "cte": cte, "structure": sdesc}


def render(mail):
    rng = rng_for(mail.slug)
    ctx = Ctx(mail, rng)
    inf = mail.infra
    t_send = mail.when
    date_dt = to_zone(t_send, inf.date_zone) if inf.date_zone else t_send
    msgid = inf.msgid(ctx)
    lo, hi = inf.delay
    t_mx = to_zone(t_send + _dt.timedelta(seconds=rng.randrange(lo, hi + 1)), "DE")
    rp = mail.envelope or inf.return_path(ctx)

    lines = []
    lines.append("Return-Path: <%s>" % rp)
    mx = "Received: from %s (%s [%s])\n" % (inf.helo, inf.rdns, inf.ip)
    if inf.tls:
        mx += "\t" + inf.tls + "\n"
    mx += "\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        "ESMTPS" if inf.tls else "ESMTP", pf_qid(rng), mail.rcpt, rfc_date(t_mx, zone_abbr(t_mx, "DE")))
    lines.append(mx)
    hop_t = t_send + _dt.timedelta(seconds=1)
    for h in inf.inner(ctx, hop_t):
        lines.append(h)

    hdrs = []
    hdrs.append(("From", _addr(mail, mail.frm)))
    if mail.sender_hdr:
        hdrs.append(("Sender", _addr(mail, mail.sender_hdr)))
    hdrs.append(("To", mail.to_hdr if mail.to_hdr is not None else _addr_list(mail, mail.to)))
    if mail.cc:
        hdrs.append(("Cc", _addr_list(mail, mail.cc)))
    hdrs.append(("Subject", _enc(mail, mail.subject)))
    hdrs.append(("Date", rfc_date(date_dt)))
    hdrs.append(("Message-ID", msgid))
    if mail.references:
        hdrs.append(("References", mail.references))
    if mail.in_reply_to:
        hdrs.append(("In-Reply-To", mail.in_reply_to))
    if mail.reply_to:
        hdrs.append(("Reply-To", _addr(mail, mail.reply_to)))
    for k, v in inf.extra(ctx):
        if k == "Thread-Topic":
            v = _enc(mail, _PREFIX.sub("", mail.subject))
        hdrs.append((k, v))
    if mail.priority:
        hdrs += [("X-Priority", "1"), ("Importance", "high")]
    for k, v in mail.extra:
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    for k, v in hdrs:
        lines.append(_hdr(k, v) if v != "" else k + ":")
    body, meta = build_body(mail, ctx, msgid)
    out = "\n".join(lines).encode("ascii") + b"\n" + body
    meta.update({"msgid": msgid, "infra": inf.desc, "client": "%s (%s [%s])" % (inf.helo, inf.rdns, inf.ip),
                 "return_path": rp, "date": rfc_date(date_dt)})
    return out, meta
