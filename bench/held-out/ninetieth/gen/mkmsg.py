"""Assemble a complete RFC 5322 message from a profile and content."""
import datetime as _dt
import random
import re

from common import (addr, fold, hval, rfc2822, postfix_qid, Part)
import infra

REGISTRY = []


def message(folder, num, lang, slug, what, why, pair=None, note=None):
    def deco(fn):
        REGISTRY.append(dict(folder=folder, num=num, lang=lang, slug=slug, what=what,
                             why=why, pair=pair, pair_note=note, fn=fn))
        return fn
    return deco


class Ctx:
    pass


def _fmt_addrs(lst, cs, enc, quote_always=False):
    if lst is None:
        return None
    if isinstance(lst, tuple):
        lst = [lst]
    return ", ".join(addr(n, a, cs, enc, quote_always) for n, a in lst)


def _assign_boundaries(part, profile, rnd, counter):
    if part.children is None:
        return
    idx = counter[0]
    counter[0] += 1
    newp = []
    for k, v, q in part.params:
        if k == "boundary" and v is None:
            fn = getattr(profile, "boundary_fn", None)
            v = fn(rnd, idx) if fn else profile.boundary(rnd, idx)
        newp.append((k, v, q))
    part.params = newp
    for c in part.children:
        _assign_boundaries(c, profile, rnd, counter)


def _has_attach(part):
    return any(l.meta.get("filename") and not l.meta.get("inline") for l in part.leaves())


def make(seed, profile, t, mail_from, rcpt, frm, to, subject, body, cc=None, reply_to=None,
         in_reply_to=None, references=None, replies=0, lang_tag="de-DE", user_ip="192.0.2.44",
         user_rdns=None, user_lan="192.168.1.23", extra=(), msgid=None, hdr_cs=None,
         hdr_enc=None, date_zone=None, top_extra=(), sender=None, quote_names=False,
         to_header=None, delay=None, tls=None):
    rnd = random.Random(seed)
    ctx = Ctx()
    ctx.rnd = rnd
    ctx.t = t
    ctx.rcpt = rcpt
    ctx.mail_from = mail_from
    frm_addr = frm[1]
    ctx.from_domain = frm_addr.split("@")[1]
    ctx.replies = replies
    ctx.lang_tag = lang_tag
    ctx.user_ip = user_ip
    ctx.user_rdns = user_rdns
    ctx.user_lan = user_lan
    ctx.topic = re.sub(r"^((re|aw|wg|fw|fwd|r|i|odp|rv|rif|res|sv|σχετ|απ|προς|re\[\d+\])\s*:\s*)+", "",
                       subject, flags=re.I)
    ctx.has_attach = _has_attach(body)
    d = profile.delay(rnd) if delay is None else delay
    ctx.date = t - _dt.timedelta(seconds=d)
    ctx._client = profile.client(ctx)
    mid = msgid or profile.msgid(ctx)
    profile._mid = re.sub(r"[^A-Za-z0-9]", "", getattr(ctx, "msgid_local", None) or mid.strip("<>").split("@")[0])
    _assign_boundaries(body, profile, rnd, [0])

    cs = hdr_cs or profile.hdr_cs
    enc = hdr_enc or profile.hdr_enc
    helo, rdns, ip = ctx._client
    use_tls = profile.tls if tls is None else tls
    mx = "from %s (%s [%s])\n\t%sby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        helo, rdns, ip, infra.TLS13 if use_tls else "", "ESMTPS" if use_tls else "ESMTP",
        postfix_qid(rnd), rcpt, rfc2822("CE", t, comment=True))

    lines = ["Return-Path: <%s>" % mail_from, "Received: " + mx]
    for r in profile.received(ctx):
        lines.append("Received: " + r)
    for n, v in list(profile.top(ctx)) + list(top_extra):
        lines.append(fold(n, v))

    H = {}
    H["From"] = _fmt_addrs(frm, cs, enc, quote_names)
    if sender:
        H["Sender"] = _fmt_addrs(sender, cs, enc)
    H["To"] = to_header if to_header is not None else _fmt_addrs(to, cs, enc, quote_names)
    if cc:
        H["Cc"] = _fmt_addrs(cc, cs, enc, quote_names)
    if reply_to:
        H["Reply-To"] = _fmt_addrs(reply_to, cs, enc, quote_names)
    H["Subject"] = hval(subject, cs, enc)
    H["Date"] = rfc2822(date_zone or profile.zone, ctx.date)
    H["Message-ID"] = mid
    if in_reply_to:
        H["In-Reply-To"] = in_reply_to
    if references:
        H["References"] = references
    H["MIME-Version"] = "1.0"
    if not getattr(profile, "suppress_extra", False):
        for n, v in profile.extra(ctx):
            H[n] = v
    for n, v in extra:
        H[n] = v

    order = list(profile.order)
    # case-insensitive matching for the order list
    keys = {k.lower(): k for k in H}
    emitted = set()
    for n in order:
        k = keys.get(n.lower())
        if k and k not in emitted:
            lines.append(_emit(n, H[k], cs, enc))
            emitted.add(k)
    for k, v in H.items():
        if k not in emitted:
            lines.append(_emit(k, v, cs, enc))
    # body part headers
    lines += body.header_lines()
    raw = "\n".join(lines).encode("ascii") + b"\n\n"
    if body.preamble is None and body.children is not None and profile.preamble:
        body.preamble = profile.preamble
    raw += body.render_body()
    return dict(eml=raw, part=body, subject=subject, frm=frm, to=to, profile=profile.__class__.__name__,
                client=ctx._client, date=H["Date"])


def _emit(name, value, cs, enc):
    from common import is_ascii
    if not is_ascii(value):
        value = hval(value, cs, enc)
    if value == "":
        return "%s: " % name
    if name in ("Subject", "From", "To", "Cc", "Reply-To", "Sender") and "=?" in value:
        return "%s: %s" % (name, value)
    return fold(name, value)
