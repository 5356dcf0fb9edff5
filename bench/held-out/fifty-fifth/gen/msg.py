"""Message assembly: header order per client, boundaries, file output, registry
of what was written (for MANIFEST.md and the self-checks)."""
import os
import re
from infra import Ctx, rfc_date
from mime import Text, Attachment, Multi, render, addr, hdr_text, hdr_text_partial, leaves
import qr as _qr

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
REGISTRY = []
QR_EXPECT = {}   # (file, attachment name / cid) -> payload


def V(fn, **kw):
    return lambda ctx, t, frm, rcpt: fn(ctx, t, frm, rcpt, **kw)


def qr_png(payload, scale=6):
    return _qr.qr_png(payload, scale), payload


ORDERS = {
    "outlook": ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
                "X-MS-TNEF-Correlator", "*", "MIME-Version"],
    "outlook16": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
                  "MIME-Version", "X-Mailer", "Thread-Index", "Content-Language", "*"],
    "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc",
              "Reply-To", "*"],
    "tb": ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "Content-Language", "To", "Cc",
           "References", "From", "Reply-To", "In-Reply-To", "*"],
    "apple": ["From", "MIME-Version", "Subject", "Date", "In-Reply-To", "Cc", "To", "Reply-To", "References",
              "Message-ID", "X-Mailer", "*"],
    "roundcube": ["MIME-Version", "Date", "From", "To", "Cc", "Reply-To", "Subject", "In-Reply-To", "References",
                  "Message-ID", "X-Sender", "User-Agent", "*"],
    "php": ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer", "*", "MIME-Version"],
    "gmx": ["MIME-Version", "Message-ID", "From", "To", "Cc", "Reply-To", "Subject", "Date", "*"],
    "ox": ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
           "MIME-Version", "*"],
    "yandex": ["X-Yandex-Fwd", "From", "To", "Cc", "Reply-To", "Subject", "MIME-Version", "X-Mailer", "Date",
               "Message-Id", "*"],
    "esp": ["From", "Reply-To", "To", "Subject", "Date", "Message-ID", "MIME-Version", "*"],
    "svc": ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "*"],
    "googlesvc": ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "*"],
    "mssvc": ["From", "To", "Subject", "MIME-Version", "Date", "Message-ID", "*"],
    "generic": ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To", "References",
                "MIME-Version", "*"],
}
STYLE_FOR = {"outlook16": "outlook16", "generic": "generic"}
TRACE_NEAR = ("X-Received", "X-Gm-Message-State", "X-Gm-Gg", "X-Google-Smtp-Source", "X-Yandex-Fwd",
              "X-AntiAbuse", "X-Get-Message-Sender-Via", "X-Authenticated-Sender")


def _fill_boundaries(part, bfun):
    if isinstance(part, Multi):
        if not part.boundary:
            part.boundary = bfun(part.subtype)
        for p in part.parts:
            _fill_boundaries(p, bfun)


def summarize(part):
    def d(p):
        if isinstance(p, Multi):
            inner = " + ".join(d(x) for x in p.parts)
            return "%s(%s)" % (p.subtype, inner)
        if isinstance(p, Attachment):
            kind = p.ctype.split("/")[1]
            kind = {"octet-stream": "bin", "x-zip-compressed": "zip", "svg+xml": "svg", "vnd.ms-excel": "xls"}.get(kind, kind)
            tag = "inline " if p.inline else ""
            return "%s%s `%s`" % (tag, kind.upper() if len(kind) <= 4 else kind, p.filename)
        if isinstance(p, Text):
            if p.disposition and p.disposition.startswith("attachment"):
                return "text/%s attachment" % p.subtype
            return p.subtype
        return "?"
    return d(part)


def mail(folder, num, lang, slug, *, via, frm, to, subject, t, body, cc=(), reply_to=None, hcs="utf-8",
         henc="Q", in_reply_to=None, references=None, extra=(), what="", why="", pair=None, rcpt=None,
         subj_partial=False, topic=None, return_path=None, mime_version="1.0", sender_hdr=None,
         date_zone=None, qr=(), zip_pw=None, notes=None):
    fname = "%02d-%s-%s.eml" % (num, lang, slug)
    ctx = Ctx(folder + fname)
    rcpt = rcpt or to[0][1]
    s = via(ctx, t, frm[1], rcpt)
    _fill_boundaries(body, s.bfun)
    style = s.style
    h = {}
    h["From"] = addr(frm[0], frm[1], hcs, henc)
    if to:
        h["To"] = ", ".join(addr(n, e, hcs, henc) for n, e in to)
    if cc:
        h["Cc"] = ", ".join(addr(n, e, hcs, henc) for n, e in cc)
    if reply_to:
        h["Reply-To"] = addr(reply_to[0], reply_to[1], hcs, henc)
    h["Subject"] = (hdr_text_partial if subj_partial else hdr_text)(subject, hcs, henc)
    h["Date"] = rfc_date(t, date_zone or s.zone or {"de": "DE", "en": "UK", "it": "IT", "pl": "PL", "es": "ES",
                                                     "el": "GR", "ru": "RU"}[lang])
    midkey = "Message-Id" if style == "yandex" else "Message-ID"
    h[midkey] = s.msgid
    if in_reply_to:
        h["In-Reply-To"] = in_reply_to
        h["References"] = references or in_reply_to
    h["MIME-Version"] = mime_version
    if style == "outlook":
        tt = topic or re.sub(r"^((AW|RE|Re|WG|FW|Fwd|R|I|ODP|PD|RV|Odp|ΑΠ|ΠΡΘ|Ответ|RE )\s*:\s*)+", "", subject)
        h["Thread-Topic"] = hdr_text(tt, hcs, henc)
    own = list(s.own) + list(extra)
    near = [(k, v) for k, v in own if k in TRACE_NEAR or k.startswith("X-Gm")]
    rest = [(k, v) for k, v in own if not (k in TRACE_NEAR or k.startswith("X-Gm"))]
    for k, v in rest:
        if k in ORDERS.get(style, []) and k not in h:
            h[k] = v
    used = set(h)
    order = ORDERS.get(style, ORDERS["generic"])
    headers = [("Return-Path", "<%s>" % (return_path or s.return_path))]
    headers += [("Received", r) for r in s.trace]
    headers += near
    if sender_hdr:
        headers.append(("Sender", sender_hdr))
    for k in order:
        if k == "*":
            headers += [(kk, vv) for kk, vv in rest if kk not in ORDERS.get(style, [])]
        elif k in h:
            headers.append((k, h[k]))
    for k in h:
        if k not in order:
            headers.append((k, h[k]))
    data = render(headers, body)
    path = os.path.join(OUT, folder, fname)
    with open(path, "wb") as f:
        f.write(data)
    for key, payload in qr:
        QR_EXPECT[(folder, fname, key)] = payload
    texts = [p for p in leaves(body) if isinstance(p, Text) and not (p.disposition or "").startswith("attachment")]
    REGISTRY.append(dict(
        folder=folder, file=fname, lang=lang,
        charset=", ".join(dict.fromkeys(p.charset for p in texts)) or "-",
        cte=", ".join(dict.fromkeys(p.cte for p in texts)) or "-",
        structure=summarize(body), what=what, why=why, pair=pair, zip_pw=zip_pw,
        texts=[(p.subtype, p.text) for p in texts], frm=frm, subject=subject, notes=notes))
    return s.msgid
