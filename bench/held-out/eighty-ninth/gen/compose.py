"""Assemble one message (bytes) from a spec dict."""
import datetime as _dt

import mime
from util import rng_for, parse_berlin, rfc2822, postfix_qid

ORDERS = {
    "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc", "Reply-To", "EXTRA", "CT"],
    "outlook": ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID", "References", "In-Reply-To",
                "Accept-Language", "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "EXTRA", "CT", "MIME-Version"],
    "outlook_desktop": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "CT",
                        "X-Mailer", "Thread-Index", "Content-Language", "EXTRA"],
    "tb": ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "Content-Language", "To", "Cc", "References", "From", "Reply-To",
           "In-Reply-To", "EXTRA", "CT"],
    "apple": ["CT", "MIME-Version", "Subject", "From", "In-Reply-To", "Date", "Cc", "Message-ID", "References", "To", "Reply-To", "X-Mailer", "EXTRA"],
    "generic": ["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version", "CT", "EXTRA"],
}


def _has_att(part):
    return bool(mime.attachments(part))


def _charset_ok(s, cs):
    try:
        s.encode(cs)
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def build(spec):
    key = "%s/%02d" % (spec["folder"], spec["n"])
    rng = rng_for(key, spec["slug"])
    inf = spec["infra"]
    t = parse_berlin(spec["date"])
    frm_name, frm_addr = spec["frm"]
    rcpt = spec.get("rcpt") or next(a[1] if isinstance(a, tuple) else a for a in spec["to"]
                                    if (a[1] if isinstance(a, tuple) else a).endswith(("@example.com", "@examplegroup.eu")))
    helo, rdns, ip = inf["client"](rng)
    helo = spec.get("helo", helo)
    rdns = spec.get("rdns", rdns)
    ip = spec.get("ip", ip)
    ctx = dict(t=t, rng=rng, rcpt=rcpt, spec=spec, helo=helo, rdns=rdns, ip=ip, has_att=_has_att(spec["body"]))
    ctx["from"] = spec.get("env_from", frm_addr)
    for k in ("exsrv", "exdomain"):
        if k in inf:
            ctx[k] = inf[k]
    ctx.update(spec.get("ctx", {}))
    rp = spec.get("return_path") or inf["rp"](ctx)
    ctx["rp"] = rp
    msgid = spec.get("msgid") or inf["msgid"](ctx)
    prov_hdrs = inf["hdrs"](ctx)
    hops = spec.get("hops_override") or inf["hops"](ctx)

    body = spec["body"]
    tparts = mime.text_parts(body)
    hcs = spec.get("hcharset") or (tparts[0].charset if tparts else "utf-8")
    hmode = spec.get("hmode") or inf.get("hmode", "Q")

    def enc_cs(*vals):
        return hcs if all(_charset_ok(v or "", hcs) for v in vals) else "utf-8"

    core = {}
    names = [frm_name] + [a[0] for a in spec["to"] + spec.get("cc", []) if isinstance(a, tuple)]
    core["From"] = mime.address_list("From", [spec["frm"]], enc_cs(frm_name), hmode)
    core["To"] = mime.address_list("To", spec["to"], enc_cs(*names), hmode)
    if spec.get("cc"):
        core["Cc"] = mime.address_list("Cc", spec["cc"], enc_cs(*names), hmode)
    if spec.get("reply_to"):
        core["Reply-To"] = mime.address_list("Reply-To", [spec["reply_to"]], enc_cs(spec["reply_to"][0]), hmode)
    core["Subject"] = mime.unstructured("Subject", spec["subject"], enc_cs(spec["subject"]), spec.get("smode", hmode))
    send_t = t - _dt.timedelta(seconds=spec.get("lag", rng.randint(4, 75)))
    core["Date"] = "Date: " + rfc2822(send_t, spec.get("tz", inf["tz"]))
    core["Message-ID"] = "Message-ID: <%s>" % msgid
    if spec.get("in_reply_to"):
        core["In-Reply-To"] = "In-Reply-To: <%s>" % spec["in_reply_to"]
    if spec.get("references"):
        core["References"] = mime.fold_tokens("References", ["<%s>" % r for r in spec["references"]])
    core["MIME-Version"] = "MIME-Version: 1.0"
    extras = []
    for name, val in prov_hdrs + spec.get("headers", []):
        if name in ("Thread-Topic",):
            val = spec["subject"]
            core[name] = mime.unstructured(name, val, enc_cs(val), hmode)
            continue
        line = mime.unstructured(name, val, enc_cs(val), hmode) if val else "%s: " % name
        if name in ORDERS.get(inf["order"], []):
            core[name] = line
        else:
            extras.append(line)
    ct_lines, body_bytes = mime.render(body, lambda st, d: inf["bnd"](ctx, st, d))
    core["CT"] = "\n".join(ct_lines)

    lines = ["Return-Path: <%s>" % rp]
    if spec.get("tls", inf["tls"]):
        tls = ("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
               "\t(No client certificate requested)\n")
        proto = "ESMTPS"
    else:
        tls, proto = "", "ESMTP"
    lines.append("Received: from %s (%s [%s])\n%s\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        helo, rdns, ip, tls, proto, postfix_qid(rng), rcpt, rfc2822(t, "DE", True)))
    lines.extend(hops)
    order = ORDERS[inf["order"]]
    for k in order:
        if k == "EXTRA":
            lines.extend(extras)
        elif k in core:
            lines.append(core.pop(k))
    for k, v in core.items():  # anything not placed by the order list
        lines.append(v)
    head = "\n".join(lines).encode("ascii")
    meta = dict(spec)
    meta["_msgid"] = msgid
    meta["_client"] = (helo, rdns, ip)
    return head + b"\n\n" + body_bytes
