"""Assemble a complete message (trace headers + sender headers + MIME body)
and keep the manifest metadata."""

import random

import infra
from mail import (addr, fold, hdr_text, local_to_utc, plus, rfc_date, render_part,
                  to_bytes, is_ascii, fit)

REGISTRY = []


class Spec:
    pass


def message(folder, num, lang, slug, frm, to, subject, date, via, body, *,
            cc=None, reply_to=None, hcs="utf-8", henc="Q", hlabel=None, zone=None,
            extra=(), in_reply_to=None, references=None, what="", why="", pair=None,
            list_unsub=None, list_unsub_post=False, list_id=None, sender_hdr=None,
            mx_delay=None, precedence=None, technique=None, quote_names=False,
            header_order="std", x_headers=()):
    """Register one message.
    frm/to: (display name, address); to may be a list.
    date: local time string in the sender's zone ('2026-10-13 09:14:05').
    via: callable(rnd, t, sender_address, recipient_address) -> infra.Sent"""
    s = Spec()
    s.__dict__.update(locals())
    s.to = to if isinstance(to, list) else [to]
    REGISTRY.append(s)
    return s


def render(s):
    rnd = random.Random("%s-%02d-%s" % (s.folder, s.num, s.slug))
    s.subject = fit(s.subject, s.hcs)
    s.frm = (fit(s.frm[0], s.hcs), s.frm[1])
    s.to = [(fit(n, s.hcs), a) for n, a in s.to]
    if s.cc:
        s.cc = [(fit(n, s.hcs), a) for n, a in s.cc]
    zone = s.zone or {"de": "DE", "it": "DE", "pl": "DE", "es": "DE", "en": "UK",
                      "el": "GR", "ru": "EKB"}[s.lang]
    t = local_to_utc(s.date, zone)
    rcpt = s.to[0][1]
    sent = s.via(rnd, t, s.frm[1], rcpt)
    s.sent = sent
    delay = s.mx_delay if s.mx_delay is not None else 2 + len(sent.hops) + rnd.randrange(1, 25)
    t_mx = plus(t, delay)
    L = []
    rp = sent.return_path
    if not rp.startswith("<"):
        rp = "<%s>" % rp
    L.append("Return-Path: " + rp)
    L.append(infra.mx01_received(rnd, sent.client, t_mx, rcpt))
    for h in sent.hops:
        L.append(h)
    for k, v in sent.extra_top:
        L.append(fold(k, v))

    def A(pair):
        return addr(pair[0], pair[1], s.hcs, s.henc, s.hlabel, quote_always=s.quote_names)

    dz = sent.date_zone if sent.service else zone
    std = []
    std.append(("From", A(s.frm)))
    if s.sender_hdr:
        std.append(("Sender", A(s.sender_hdr)))
    std.append(("To", ", ".join(A(x) for x in s.to)))
    if s.cc:
        std.append(("Cc", ", ".join(A(x) for x in s.cc)))
    std.append(("Subject", hdr_text(s.subject, s.hcs, s.henc, s.hlabel)))
    std.append(("Date", rfc_date(t, dz)))
    std.append(("Message-ID", sent.msgid))
    if s.in_reply_to:
        std.append(("In-Reply-To", s.in_reply_to))
    if s.references:
        std.append(("References", s.references))
    if s.reply_to:
        std.append(("Reply-To", A(s.reply_to)))
    if s.list_id:
        std.append(("List-ID", s.list_id))
    if s.list_unsub:
        std.append(("List-Unsubscribe", s.list_unsub))
        if s.list_unsub_post:
            std.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if s.precedence:
        std.append(("Precedence", s.precedence))
    for k, v in sent.extra:
        if k == "Thread-Topic" and not v:
            v = s.subject if is_ascii(s.subject) else hdr_text(s.subject, s.hcs, s.henc, s.hlabel)
        if k == "X-MS-Has-Attach" and s.body.is_multipart and s.body.ctype == "multipart/mixed":
            v = "yes"
        std.append((k, v))
    for k, v in s.extra:
        std.append((k, v))
    for k, v in s.x_headers:
        std.append((k, v))
    for k, v in std:
        if not is_ascii(v):
            v = hdr_text(v, s.hcs, s.henc, s.hlabel)
        L.append(fold(k, v))
    for ln in L:
        assert is_ascii(ln), (s.slug, ln[:60])
    L.append("MIME-Version: 1.0")
    L.extend(render_part(s.body, rnd, sent.bstyle))
    return to_bytes(L)


# ---------------------------------------------------------------- manifest helpers

def body_summary(p):
    """charset / CTE of the human-readable body parts."""
    cs, ctes = [], []

    def walk(q, top=True):
        if q.is_multipart:
            for x in q.parts:
                walk(x, False)
            return
        if q.ctype in ("text/plain", "text/html") and not q.filename and q.disposition != "attachment":
            sig = (q.charset or "us-ascii").lower()
            if sig not in cs:
                cs.append(sig)
            c = (q.cte or "7bit").lower()
            if c not in ctes:
                ctes.append(c)
    walk(p)
    return " + ".join(cs) or "-", " + ".join(ctes) or "-"


def structure(p, depth=0):
    if p.is_multipart:
        inner = ", ".join(structure(x, depth + 1) for x in p.parts)
        return "%s(%s)" % (p.ctype.split("/")[1], inner)
    name = p.ctype.split("/")[1] if p.ctype.startswith("text/") else p.ctype
    if p.filename:
        return "%s `%s`" % (p.ctype, p.filename)
    if p.cid:
        return "%s (inline cid)" % p.ctype
    return {"plain": "text/plain", "html": "text/html"}.get(name, name)
