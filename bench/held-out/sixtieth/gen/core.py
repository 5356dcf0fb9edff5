"""Message assembly: trace headers (mx01 on top), client headers in the
client's order, MIME body; plus manifest bookkeeping."""
import re
from datetime import timezone

import mailers
from mime import Multipart, Text, Attachment, addr, hdr_text, hdr_text_partial, fold, render_message
from util import rng, rfc2822, plus, alnum

REGISTRY = []

ORDERS = {
    "outlook": ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date",
                "Message-ID", "References", "In-Reply-To", "Accept-Language", "Content-Language",
                "X-MS-Has-Attach", "X-MS-TNEF-Correlator"],
    "outlook_smtp": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date",
                     "Message-ID", "X-Mailer", "Thread-Index", "Content-Language"],
    "thunderbird": ["Message-ID", "Date", "User-Agent", "Content-Language", "To", "Cc", "References",
                    "From", "Reply-To", "In-Reply-To", "Subject"],
    "gmail": ["References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc", "Reply-To"],
    "gmx": ["Message-ID", "From", "To", "Cc", "Subject", "Date", "Importance", "Sensitivity", "X-Priority",
            "In-Reply-To", "References", "X-Provags-ID", "UI-OutboundReport"],
    "roundcube": ["Date", "From", "To", "Cc", "Reply-To", "Subject", "In-Reply-To", "References",
                  "Message-ID", "X-Sender", "User-Agent"],
    "phpmailer": ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer"],
    "esp": ["From", "Reply-To", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe",
            "List-Unsubscribe-Post", "List-Id"],
    "generic": ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To", "References"],
    "yandex": ["From", "To", "Cc", "In-Reply-To", "References", "Subject", "X-Mailer", "Date", "Message-Id"],
    "thebat": ["Date", "From", "Reply-To", "Organization", "X-Priority", "Message-ID", "To", "Cc",
               "In-Reply-To", "References", "Subject", "X-Mailer"],
}

OUR = ("example.com", "examplegroup.eu")


def assign_boundaries(part, bfn):
    if isinstance(part, Multipart):
        if part.boundary is None:
            part.boundary = bfn(part.subtype if part.subtype in ("mixed", "related") else "alt")
        for p in part.parts:
            assign_boundaries(p, bfn)


def _enc_name(name, cs, mode, csname=None):
    try:
        name.encode(cs)
        return cs, csname
    except UnicodeEncodeError:
        return "utf-8", None


def fmt_addr(pair, cs, mode, csname=None):
    name, a = pair
    if name:
        c, cn = _enc_name(name, cs, mode, csname)
        return addr(name, a, c, mode, csname=cn if c == cs else None)
    return a


def fmt_list(pairs, cs, mode, csname=None):
    return ",\n\t".join(fmt_addr(p, cs, mode, csname) for p in pairs)


def message(folder, n, lang, slug, profile, frm, to, subject, date, body, *, cc=None, reply_to=None,
            rcpt=None, opt=None, hcs="utf-8", hmode="B", hcsname=None, partial=False, irt=None,
            refs=None, extra=None, return_path=None, what="", why="", topic=None, delay=None,
            msgid=None, structure=None, pair=None, mx_tls=True, client=None, pre_trace=None):
    r = rng(folder, n, slug)
    to = to if isinstance(to, list) else [to]
    cc = cc or []
    if rcpt is None:
        for p in to + cc:
            if p[1].split("@")[1] in OUR:
                rcpt = p[1]
                break
    ctx = {"r": r, "frm": frm[1], "rcpt": rcpt, "date": date, "opt": opt or {},
           "topic": re.sub(r"^((AW|RE|Re|R|RIF|Odp|ΑΠ|Ответ|WG|FW|Fwd):\s*)+", "", subject) if topic is None else topic, "has_att": _has_att(body)}
    prof = profile(ctx)
    assign_boundaries(body, prof["boundary"])

    # ---------------- trace
    trace = []
    rp = return_path or prof.get("return_path") or frm[1]
    trace.append("Return-Path: <%s>" % rp)
    helo, rdns, ip = client or prof["client"]
    hop_count = len([h for h in prof["hops"] if not isinstance(h, tuple)])
    dly = delay if delay is not None else r.randint(2, 9) + 2 * hop_count
    mxdate = plus(date, dly)
    qid = mailers.pfx_qid(r)
    tls = prof.get("tls") if mx_tls else None
    rec = "Received: from %s (%s [%s])\n\t" % (helo, rdns or "unknown", ip)
    if tls:
        rec += tls + "\n\t"
    rec += "by mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        "ESMTPS" if tls else "ESMTP", qid, rcpt, rfc2822(mxdate, "de", abbr=True))
    trace.append(rec)
    for h in (pre_trace or []):
        trace.append(h)
    for h in prof["hops"]:
        if isinstance(h, tuple):
            trace.append("%s: %s" % h)
        else:
            trace.append("Received: " + h)

    # ---------------- client headers
    H = {}

    def put(name, value):
        H.setdefault(name, []).append(value)
    put("From", fmt_addr(frm, hcs, hmode, hcsname))
    put("To", fmt_list(to, hcs, hmode, hcsname))
    if cc:
        put("Cc", fmt_list(cc, hcs, hmode, hcsname))
    if reply_to:
        put("Reply-To", fmt_addr(reply_to, hcs, hmode, hcsname))
    subj = hdr_text_partial(subject, hcs, hmode, csname=hcsname) if partial else hdr_text(subject, hcs, hmode, csname=hcsname)
    put("Subject", subj)
    put("Date", rfc2822(date))
    mid = msgid or prof["msgid"] or "<%s@%s>" % (alnum(r, 24), frm[1].split("@")[1])
    put("Message-ID" if prof["order"] != "yandex" else "Message-Id", mid)
    if irt:
        put("In-Reply-To", irt)
    if refs:
        put("References", refs)
    for name, value in prof["headers"]:
        if value is None:
            continue
        if name == "Thread-Topic":
            value = hdr_text(value, hcs, hmode, csname=hcsname)
        put(name, value)
    for name, value in (extra or []):
        put(name, value)
    out = []
    order = ORDERS[prof["order"]]
    done = set()
    for name in order:
        if name in H:
            for v in H[name]:
                out.append(_fmt(name, v))
            done.add(name)
    for name, vals in H.items():
        if name not in done:
            for v in vals:
                out.append(_fmt(name, v))
    out.append("MIME-Version: 1.0")
    data = render_message(trace + out, body)
    fname = "%02d-%s-%s.eml" % (n, lang, slug)
    REGISTRY.append({"folder": folder, "n": n, "lang": lang, "file": fname, "data": data,
                     "body": body, "what": what, "why": why, "structure": structure, "pair": pair,
                     "from": frm, "subject": subject, "rcpt": rcpt})
    return data


def _fmt(name, v):
    if "\n" in v or len(name) + len(v) < 76 or "=?" in v or name in ("Message-ID", "Message-Id", "References", "In-Reply-To"):
        return "%s: %s" % (name, v)
    return fold(name, v)


def _has_att(body):
    if isinstance(body, Multipart):
        return any(_has_att(p) for p in body.parts)
    return isinstance(body, Attachment) and body.disp == "attachment"


# ------------------------------------------------------------- body helpers
from mime import to_plain, html_outlook, html_gmail, html_simple, html_branded  # noqa: E402


def alt(plain, html, cs="utf-8", cte_p="quoted-printable", cte_h="quoted-printable", csname=None,
        quote_cs=True, flowed=False):
    return Multipart("alternative", [
        Text(plain, "plain", cs, cte_p, csname=csname, quote_charset=quote_cs, flowed=flowed),
        Text(html, "html", cs, cte_h, csname=csname, quote_charset=quote_cs)], None)


def mixed(*parts):
    return Multipart("mixed", list(parts), None)


def related(*parts):
    return Multipart("related", list(parts), None, extra_params='\n\ttype="multipart/alternative";')


def pdf_att(data, name, **kw):
    return Attachment(data, 'application/pdf', name, **kw)


def zip_att(data, name, ctype="application/x-zip-compressed", **kw):
    return Attachment(data, ctype, name, **kw)
