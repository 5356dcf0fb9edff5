"""Turn a message spec into an RFC 5322 message (bytes) plus a manifest row."""
import random

import lib_infra as I
import lib_mime as M
import lib_time as T

OUR = ("@example.com", "@examplegroup.eu")


def _assign_boundaries(part, fn, used):
    if isinstance(part, M.Multi):
        if not part.boundary:
            b = fn(part.subtype)
            while b in used:
                b = b + "_" + str(len(used))
            part.boundary = b
        used.add(part.boundary)
        for p in part.parts:
            _assign_boundaries(p, fn, used)


def _fmt_addrs(lst, cs, enc, quote=False):
    return M.fold_list([M.addr(n, a, cs, enc, quote_always=quote) for n, a in lst])


def body_summary(root):
    texts = [p for p in M.walk(root) if isinstance(p, M.Text) and not (p.disposition or "").startswith("attachment")]
    cs = []
    ctes = []
    for p in texts:
        if p.charset not in cs:
            cs.append(p.charset)
        ctes.append("%s (%s)" % ({"quoted-printable": "QP"}.get(p.cte, p.cte), p.subtype))
    return ", ".join(cs), ", ".join(ctes)


def build(spec):
    seed = "audit108|%s|%02d" % (spec["folder"], spec["num"])
    rng = random.Random(seed)
    r = I.R(rng)
    y, mo, d, h, mi, sec = spec["when"]
    t = T.local_to_utc(y, mo, d, h, mi, sec, spec.get("tz", "CET"))
    frm = spec["frm"]
    cs, enc = spec.get("hcs", ("utf-8", "B"))
    to = spec.get("to", [])
    cc = spec.get("cc", [])
    rcpt = spec.get("rcpt") or next(a for _, a in to + cc if a.endswith(OUR))
    env_from = spec.get("env_from", frm[1])
    subj = spec["subject"]
    subj_hdr = M.ew_mixed(subj, cs, enc) if spec.get("subj_mixed", enc == "Q") else M.ew(subj, cs, enc)
    topic = subj
    for pre in ("AW: ", "WG: ", "RE: ", "Re: ", "FW: ", "Fwd: ", "R: ", "I: ", "Odp: ", "RV: ", "ΑΠ: ", "Απ: ", "ПЕРЕСЛ: ", "Ответ: ", "Re[2]: "):
        if topic.startswith(pre):
            topic = topic[len(pre):]
    root = spec["body"]
    has_att = any(isinstance(p, M.Att) and (p.disp or "").startswith("attachment") for p in M.walk(root))
    m = dict(rcpt=rcpt, env_from=env_from, from_domain=frm[1].split("@")[1], subject_hdr=subj_hdr,
             topic_hdr=M.ew(topic, cs, "B") if cs.lower() == "utf-8" else M.ew(topic, cs, enc),
             has_att=has_att, in_reply_to=spec.get("in_reply_to"))
    kind, params = spec["infra"]
    prof = I.PROFILES[kind](r, t, m, dict(params))
    if "env_from" in prof and "env_from" not in spec:
        env_from = prof["env_from"]
    _assign_boundaries(root, prof["boundary"], set())

    mx_t = T.plus(t, spec.get("mx_delay", r.n(4, 28)))
    helo, rdns, ip, tls = prof["mx"]
    if "mx" in spec:
        helo, rdns, ip, tls = spec["mx"]
    mxline = "Received: from %s (%s [%s])\r\n\t" % (helo, rdns, ip)
    if tls:
        mxline += "%s\r\n\t(No client certificate requested)\r\n\tby mx01.example.com (Postfix) with ESMTPS id %s\r\n\t" % (tls, r.postfix_long_qid())
    else:
        mxline += "by mx01.example.com (Postfix) with ESMTP id %s\r\n\t" % r.postfix_long_qid()
    mxline += "for <%s>; %s" % (rcpt, T.fmt(mx_t, "CET"))

    H = ["Return-Path: <%s>" % env_from, mxline]
    H += spec.get("hops_override", prof["hops"])
    H += prof.get("hops_extra", [])
    date_zone = spec.get("date_zone", prof["date_zone"])
    msgid = spec.get("msgid", prof["msgid"])
    quote_names = spec.get("quote_names", kind in ("exo", "exch_internal", "outlookcom"))
    hdr = []
    hdr.append("From: " + M.addr(frm[0], frm[1], cs, enc, quote_always=quote_names and bool(frm[0])))
    if spec.get("sender"):
        hdr.append("Sender: " + spec["sender"])
    if to:
        hdr.append("To: " + _fmt_addrs(to, cs, enc, quote_names))
    elif spec.get("to_raw"):
        hdr.append("To: " + spec["to_raw"])
    if cc:
        hdr.append("CC: " + _fmt_addrs(cc, cs, enc, quote_names))
    if spec.get("reply_to"):
        rn, ra = spec["reply_to"]
        hdr.append("Reply-To: " + M.addr(rn, ra, cs, enc))
    hdr.append("Subject: " + subj_hdr)
    hdr.append("Date: " + T.fmt(T.plus(t, spec.get("date_offset", 0)), date_zone, comment=spec.get("date_comment", False)))
    hdr.append("Message-ID: " + msgid)
    if spec.get("in_reply_to"):
        hdr.append("In-Reply-To: " + spec["in_reply_to"])
        hdr.append("References: " + "\r\n ".join(spec.get("references", [spec["in_reply_to"]])))
    hdr += [h for h in prof["extra"] if not (h.startswith("X-MS-Has-Attach") and spec.get("no_ms"))]
    hdr += spec.get("extra_headers", [])
    hdr += prof.get("extra_after", [])
    if spec.get("drop_headers"):
        hdr = [h for h in hdr if not any(h.lower().startswith(x.lower()) for x in spec["drop_headers"])]
    raw = M.serialize(H + hdr, root, rng)
    charsets, ctes = body_summary(root)
    row = dict(file="%02d-%s-%s.eml" % (spec["num"], spec["lang"], spec["slug"]), lang=spec["lang"],
               charset=charsets, cte=ctes, structure=root.structure(), what=spec["what"], why=spec["why"],
               pair=spec.get("pair"))
    return raw, row
