"""Turn a message spec (dict) into RFC 5322 bytes plus manifest metadata."""
import profiles
from infra import R, local_to_utc, fmt, mx01_received, boundary_styles, plus
from mime import (Text, Attach, Multi, render, fold, address, encoded_words,
                  needs_encoding, plain_links, strip_marks, html_outlook,
                  html_gmail, html_simple, html_brand, encode_text)


def _hdr_value(v, cs, enc):
    return encoded_words(v, cs, enc) if needs_encoding(v) else v


def _can(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def describe(part, top=True):
    if isinstance(part, Multi):
        inner = ", ".join(describe(p, False) for p in part.parts)
        return "%s[%s]" % (part.subtype, inner)
    if isinstance(part, Text):
        return "text/%s" % part.subtype
    fn = (" '%s'" % part.filename) if part.filename else ""
    extra = ""
    if part.cid:
        extra = " inline"
    return "%s%s%s" % (part.ctype(), fn, extra)


def compose(spec):
    sid = spec["file"]
    r = R(sid)
    zone = spec.get("zone", "DE")
    t = local_to_utc(spec["date"], zone)
    fname, faddr = spec["frm"]
    to = spec["to"]
    rcpt = spec.get("rcpt") or to[0][1]
    rp = spec.get("return_path", faddr)
    attach = spec.get("attach", [])
    ctx = dict(r=r, t=t, frm=faddr, rcpt=rcpt, subject=spec["subject"],
               xmailer=spec.get("xmailer"), org=spec.get("org"), zone=zone,
               has_attach=bool(attach), return_path=rp,
               clang=spec.get("clang", {"de": "de", "en": "en-gb", "it": "it", "pl": "pl",
                                        "es": "es", "el": "el", "ru": "ru"}[spec["lang"]]))
    via = spec["via"]
    prof = getattr(profiles, via)(ctx, **spec.get("via_opts", {}))
    if prof.get("return_path") and "return_path" not in spec:
        rp = prof["return_path"]

    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    hcs = spec.get("hcharset")
    henc = spec.get("henc", prof["henc"])
    hdr_texts = [spec["subject"], fname] + [n for n, _ in to + spec.get("cc", [])]
    if not hcs:
        hcs = charset if all(_can(x, charset) for x in hdr_texts if x) else "utf-8"

    # ------------------------------------------------------------- body --
    link_style = spec.get("plain_links", "angle")
    text = spec["text"]
    plain = strip_marks(plain_links(text, link_style))
    qc = spec.get("quote_charset", prof["html"] in ("outlook", "gmail"))
    ptext = Text(plain, "plain", charset, cte, quote_charset=qc, flowed=spec.get("flowed", False))
    hstyle = spec.get("html", None)
    hpart = None
    if hstyle:
        if hstyle == "auto":
            hstyle = prof["html"]
        hcharset = spec.get("html_charset", charset)
        if hstyle == "outlook":
            src = spec.get("html_text", text)
            h = html_outlook(src, hcharset, spec.get("html_lang", spec["lang"].upper()),
                             sig_img_cid=spec.get("sig_cid"))
        elif hstyle == "gmail":
            h = html_gmail(spec.get("html_text", text))
        elif hstyle == "simple":
            h = html_simple(spec.get("html_text", text), hcharset, spec["lang"])
        elif hstyle == "brand":
            b = spec["brand"]
            h = html_brand(spec.get("html_text", text), hcharset, b["name"], b.get("color", "#0b5cab"),
                           b.get("button"), b.get("footer", ""), b.get("logo_text"), spec["lang"])
        else:
            h = hstyle          # explicit html string
        hpart = Text(h, "html", hcharset, spec.get("html_cte", cte), quote_charset=qc)
    inline = spec.get("inline", [])
    if spec.get("html_only"):
        body = hpart
        if inline:
            body = Multi("related", [hpart] + inline, params='\r\n\ttype="text/html";')
    elif hpart is not None:
        if inline and hstyle == "outlook":
            body = Multi("related", [Multi("alternative", [ptext, hpart])] + inline,
                         params='\r\n\ttype="multipart/alternative";')
        elif inline:
            body = Multi("alternative", [ptext, Multi("related", [hpart] + inline)])
        else:
            body = Multi("alternative", [ptext, hpart] + spec.get("alt_extra", []))
    else:
        body = ptext
        if inline:
            body = Multi("related", [ptext] + inline)
    root = Multi("mixed", [body] + attach) if attach else body

    # ---------------------------------------------------------- headers --
    H = []
    H.append("Return-Path: <%s>" % rp)
    mx = prof["mx"]
    t_mx = plus(prof["t_mx"], spec.get("delay", 0))
    H.append(fold("Received", mx01_received(mx[0], mx[1], mx[2], rcpt, t_mx, r,
                                            tls=prof["tls"])))
    for hop in spec.get("hops_before", []):
        H.append(fold("Received", hop))
    for hop in prof["hops"]:
        H.append(fold("Received", hop))

    def addrs(lst):
        return ", ".join(address(n, a, hcs, henc) for n, a in lst)
    dz = spec.get("date_zone") or prof.get("date_zone") or zone
    msg_h = [("From", address(fname, faddr, hcs, henc)),
             ("To", addrs(to))]
    if spec.get("cc"):
        msg_h.append(("Cc" if prof["html"] != "outlook" else "CC", addrs(spec["cc"])))
    msg_h.append(("Subject", _hdr_value(spec["subject"], hcs, henc)))
    pro_h = list(prof["headers"])
    for k in ("Thread-Topic", "Thread-Index"):
        for item in list(pro_h):
            if item[0] == k:
                v = item[1]
                if k == "Thread-Topic":
                    v = _hdr_value(spec.get("thread_topic", spec["subject"]), hcs, henc)
                msg_h.append((k, v))
                pro_h.remove(item)
    msg_h.append(("Date", fmt(t, dz, pad=prof.get("date_pad", False))))
    msg_h.append(("Message-ID", spec.get("msgid", prof["msgid"])))
    if spec.get("in_reply_to"):
        msg_h.append(("In-Reply-To", spec["in_reply_to"]))
    if spec.get("references"):
        msg_h.append(("References", spec["references"]))
    if spec.get("reply_to"):
        n, a = spec["reply_to"]
        msg_h.append(("Reply-To", address(n, a, hcs, henc)))
    for k, v in pro_h:
        if needs_encoding(v):
            v = _hdr_value(v, hcs, henc)
        msg_h.append((k, v))
    for k, v in spec.get("headers", []):
        if needs_encoding(v):
            v = _hdr_value(v, hcs, henc)
        msg_h.append((k, v))
    mv = spec.get("mime_version", "1.0")
    msg_h.append(("MIME-Version", mv))
    for k, v in msg_h:
        if v == "":
            H.append("%s: " % k)
        else:
            H.append(fold(k, v))
    bctx = dict(prof.get("ctx", {}))
    bctx["t"] = t
    bgen = boundary_styles(prof["boundary"] if not spec.get("boundary") else spec["boundary"], r, bctx)
    raw = render(root, bgen, top_headers=H)

    meta = dict(file=spec["file"], lang=spec["lang"], charset=charset, cte=cte,
                structure=describe(root), what=spec["what"], why=spec["why"],
                pair=spec.get("pair"), subject=spec["subject"], root=root,
                plain=plain, hcs=hcs, rcpt=rcpt, via=via)
    return raw, meta
