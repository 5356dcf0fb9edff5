"""Assemble one message: trace headers from the route, header block in
the client's style, MIME body; collect manifest metadata."""

import random

import infra
import mime
from mime import Text, Bin, Multi  # noqa: F401  (re-exported)


class Ctx:
    pass


DEFAULT_ORDER = ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID",
                 "In-Reply-To", "References", "MIME-Version"]
ORDERS = {
    "outlook-exo": ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index",
                    "Date", "Message-ID", "References", "In-Reply-To", "Accept-Language",
                    "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "MIME-Version"],
    "outlook-exch": ["From", "To", "Cc", "Subject", "Thread-Topic", "Thread-Index", "Date",
                     "Message-ID", "References", "In-Reply-To", "Accept-Language",
                     "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "MIME-Version"],
    "outlook": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date",
                "Message-ID", "MIME-Version", "X-Mailer", "Thread-Index", "Content-Language"],
    "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID",
              "Subject", "To", "Cc", "Reply-To"],
    "thunderbird": ["Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language",
                    "To", "Cc", "References", "In-Reply-To", "From", "Reply-To", "Subject"],
    "iphone": ["From", "Mime-Version", "Date", "Subject", "Message-Id", "References",
               "In-Reply-To", "Cc", "To", "Reply-To", "X-Mailer"],
}


class Msg:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def thread_index(rng):
    import base64
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()


def mail(*, kind, lang, slug, t, rcpt, route, client, frm, subject, body,
         to=None, cc=None, reply_to=None, env_from=None, refs=None, extra=(),
         date_zone=None, what="", why="", hn=None, pair=None, zip_password=None,
         qr=None, sender=None, thread_topic=None, date_minutes=0, lag=(2, 40),
         priority=None, origin_helo=None, notes=""):
    rng = random.Random(infra.hash_seed(slug))
    ctx = Ctx()
    ctx.rng = rng
    ctx.t = infra.local_to_utc(t, "CET")
    ctx.cur = ctx.t
    ctx.rcpt = rcpt
    ctx.env_from = env_from if env_from is not None else frm[1]
    ctx.origin_helo = origin_helo
    received, trace_extra, t0 = route.render(ctx)
    t_date = t0 - infra._dt.timedelta(seconds=rng.randint(*lag))
    zone = date_zone or getattr(route, "date_zone", None) or route.zone
    hs = client.hstyle

    msgid = client.message_id(rng, t_date, route)
    hdr = {}
    hdr["From"] = hs.addr(*frm)
    if to:
        hdr["To"] = hs.addrs(to)
    if cc:
        hdr["Cc"] = hs.addrs(cc)
    if reply_to:
        hdr["Reply-To"] = hs.addr(*reply_to)
    hdr["Subject"] = hs.text(subject)
    hdr["Date"] = infra.fmt_date(t_date, zone)
    key_mid = "Message-Id" if client.kind == "iphone" else "Message-ID"
    hdr[key_mid] = msgid
    if refs:
        irt, refl = refs
        hdr["In-Reply-To"] = irt
        hdr["References"] = "\n ".join(refl)
    if client.kind == "iphone":
        hdr["Mime-Version"] = "1.0 (1.0)"
    else:
        hdr["MIME-Version"] = "1.0"
    if client.kind in ("outlook-exo", "outlook-exch"):
        if not thread_topic:
            thread_topic = subject
            if subject[:3] in ("AW:", "RE:", "Re:", "WG:", "FW:", "R: ", "RV:", "ΑΠ:", "Ответ"[:3]):
                thread_topic = subject.split(":", 1)[1].strip()
        hdr["Thread-Topic"] = hs.text(thread_topic)
        hdr["Thread-Index"] = thread_index(rng)
        has_att = any(isinstance(p, mime.Bin) and p.disposition == "attachment" for p in mime.walk(body))
        hdr["X-MS-Has-Attach"] = "yes" if has_att else ""
        hdr["X-MS-TNEF-Correlator"] = ""
        lang_tag = {"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl-PL", "es": "es-ES",
                    "el": "el-GR", "ru": "ru-RU"}[lang]
        hdr["Accept-Language"] = lang_tag + ", en-US"
        hdr["Content-Language"] = lang_tag
    if client.kind == "outlook":
        hdr["Thread-Index"] = thread_index(rng)
        hdr["Content-Language"] = {"de": "de", "en": "en-gb", "it": "it", "pl": "pl", "es": "es",
                                   "el": "el", "ru": "ru"}[lang]
    if client.mailer:
        k = "User-Agent" if client.kind in ("thunderbird", "roundcube") else "X-Mailer"
        hdr[k] = client.mailer
    if sender:
        hdr["Sender"] = hs.addr(*sender)
    if priority:
        hdr["X-Priority"] = priority
    order = ORDERS.get(client.kind, DEFAULT_ORDER)
    keys = [k for k in order if k in hdr] + [k for k in hdr if k not in order]
    block = [(k, hdr[k]) for k in keys]
    for k, v in list(client.extra) + list(extra):
        block.append((k, v))

    # body ---------------------------------------------------------------
    bgen = client.boundary_gen(rng, msgid)
    bh, bb = mime.serialize_part(body, client.ctype_style(), bgen, top=True)
    headers = [("Return-Path", "<%s>" % ctx.env_from)]
    headers += [("Received", r) for r in received]
    headers += trace_extra
    headers += block
    headers += bh
    raw = mime.render_headers(headers) + b"\n" + bb

    return Msg(kind=kind, lang=lang, slug=slug, raw=raw, body=body, what=what, why=why,
               hn=hn or [], pair=pair, zip_password=zip_password, qr=qr, rcpt=rcpt,
               frm=frm, subject=subject, notes=notes, date=hdr["Date"])


# --------------------------------------------------------- manifest helpers
def _short(ct):
    return {"text/plain": "plain", "text/html": "html", "application/pdf": "PDF",
            "application/zip": "ZIP", "application/x-zip-compressed": "ZIP", "image/png": "PNG",
            "image/svg+xml": "SVG", "audio/wav": "WAV", "audio/x-wav": "WAV",
            "text/calendar": "ICS", "application/ics": "ICS", "image/jpeg": "JPEG"}.get(ct, ct)


def structure(node):
    if isinstance(node, mime.Multi):
        inner = ", ".join(structure(p) for p in node.parts)
        return "%s(%s)" % (node.subtype, inner)
    s = _short(node.ctype())
    fn = getattr(node, "filename", None)
    if fn:
        s += " «%s»" % fn
    if isinstance(node, mime.Bin) and node.disposition == "inline" and not fn:
        s += " inline"
    return s


def text_parts(node):
    return [p for p in mime.walk(node) if isinstance(p, mime.Text)]


def charsets(node):
    seen = []
    for p in text_parts(node):
        if p.csname not in seen:
            seen.append(p.csname)
    return ", ".join(seen)


def ctes(node):
    seen = []
    for p in text_parts(node):
        if p.cte not in seen:
            seen.append(p.cte)
    return ", ".join(seen)
