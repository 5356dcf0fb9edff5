"""Message kit: registry, timing, header assembly and serialisation."""
from infra import Route
from mime import fmt_headers, Text
from util import at, rfcdate, mkrng, postfix_qid, ew, LANG_ZONE

REGISTRY = {"attack": [], "business": []}


def reg(folder, lang, slug):
    def deco(fn):
        REGISTRY[folder].append((lang, slug, fn))
        return fn
    return deco


class Kit:
    def __init__(self, folder, lang, slug):
        self.folder, self.lang, self.slug = folder, lang, slug
        self.rng = mkrng(folder, lang, slug)
        self.t = None
        self.sender = self.rcpt = None
        self.sender_domain = None
        self.files = {}

    def when(self, s, zone="CET"):
        """mx01 receipt time; s given in the zone's local time."""
        self.t = at(s, zone)
        return self.t

    def env(self, sender, rcpt):
        self.sender, self.rcpt = sender, rcpt
        self.sender_domain = sender.split("@")[1]
        return Route(self)

    def local_date(self, zone=None, back=0):
        from util import secs
        return rfcdate(self.t - secs(back), zone or LANG_ZONE[self.lang])


def _mx01(k, rt):
    helo, rdns, ip = rt.client
    lines = ["from %s (%s [%s])" % (helo, rdns, ip)]
    if rt.tls == "1.3":
        lines += ["(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                  " key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
                  "(No client certificate requested)"]
    elif rt.tls == "1.2":
        lines += ["(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))",
                  "(No client certificate requested)"]
    lines.append("by mx01.example.com (Postfix) with %s id %s" % ("ESMTPS" if rt.tls else "ESMTP",
                                                                postfix_qid(k.rng)))
    lines.append("for <%s>; %s" % (k.rcpt, rfcdate(k.t, "CET", comment=True)))
    return "\n\t".join(lines)


def finish(k, rt, *, frm, to, subject, body, subj_cs=("utf-8", "B", None), cc=None, reply_to=None,
           in_reply_to=None, references=None, extra=(), what="", why="", pair=None, infra=None, msgid=None):
    if msgid:
        rt.msgid = msgid
    cs, enc, label = subj_cs
    subj = ew(subject, cs, enc, label)
    core = {
        "from": ("From", frm),
        "to": ("To", to),
        "subject": ("Subject", subj),
        "date": ("Date", rt.date),
        "message-id": ("Message-ID", rt.msgid),
        "mime-version": ("MIME-Version", "1.0"),
    }
    if cc:
        core["cc"] = ("Cc", cc)
    if reply_to:
        core["reply-to"] = ("Reply-To", reply_to)
    if in_reply_to:
        core["in-reply-to"] = ("In-Reply-To", in_reply_to)
    if references:
        core["references"] = ("References", references)
    vals = dict(rt.auto)
    for key, v in core.items():
        if key == "mime-version" and key in vals:
            continue
        vals[key] = v
    for name, value in extra:
        vals[name.lower()] = (name, value)
    if "thread-topic" in vals:
        vals["thread-topic"] = ("Thread-Topic", ew(rt.topic, cs, enc, label))
    bh, bb = body.render()
    ordered = []
    for key in rt.order:
        if key == "content":
            ordered += bh
            bh = None
        elif key in vals:
            ordered.append(vals.pop(key))
    ordered += list(vals.values())
    if bh:
        ordered += bh
    top = [("Return-Path", "<%s>" % rt.return_path), ("Received", _mx01(k, rt))]
    top += [("Received", h) for h in rt.hops]
    top += rt.pre
    data = fmt_headers(top + ordered) + b"\n" + bb
    leaves = body.leaves()
    texts = [p for p in leaves if isinstance(p, Text) and not (p.disposition or "").startswith("attachment")]
    texts = texts or [p for p in leaves if isinstance(p, Text)]
    return dict(
        data=data, lang=k.lang, slug=k.slug,
        charset=", ".join(sorted({p.label for p in texts})) or "-",
        cte=", ".join(sorted({p.cte for p in texts})) or "-",
        structure=body.structure(), what=what, why=why, pair=pair,
        infra=infra or rt.note, msgid=rt.msgid,
    )
