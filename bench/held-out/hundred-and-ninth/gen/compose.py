"""Assemble a complete delivered message (as stored after mx01) from a profile and content."""
import re
from util import rng, plus, rfc2822
from mime import (text_part, attachment, multipart, serialize, htext, addr, addr_list, needs_encoding, Part)
from profiles import Ctx, mx01_received, thread_index

COMPANY_DOMAINS = ("example.com", "examplegroup.eu")
REGISTRY = {}      # name -> Message-ID (for threads across messages)

_PREFIX = re.compile(r"^((RE|AW|WG|FW|FWD|R|I|RIF|ODP|PD|RV|Odp|ΑΠ|ΠΡΘ|Re|Aw|Fwd|Ответ|Отв|Fw|Wg|Rif)\s*:\s*)+",
                     re.IGNORECASE)


def topic_of(subject):
    return _PREFIX.sub("", subject)


def compose(p, frm, to, subject, t, text=None, html=None, *, name, cc=(), reply_to=None, attachments=(),
            inline=(), in_reply_to=None, references=None, extra=(), rcpt=None, env_from=None, charset=None,
            label=None, cte=None, html_cte=None, hdr_charset=None, hdr_enc=None, hdr_label=None,
            html_only=None, text_only=False, replies=0, tls="default", client=None, to_hdr=None,
            mx_delay=None, drop=(), body_part=None, date_hdr=None, flowed=None, html_charset=None,
            html_label=None, sender_hdr=None, priority=None):
    r = rng("msg", name)
    if rcpt is None:
        for _, a in list(to) + list(cc):
            if a.split("@")[1] in COMPANY_DOMAINS:
                rcpt = a
                break
    has_attach = bool(attachments)
    ti = thread_index(r, t, replies) if replies else None
    c = Ctx(r, t, frm, rcpt, subject, has_attach, ti)

    charset = charset or p.charset
    label = label or p.label or charset
    cte = cte or p.cte
    html_cte = html_cte or p.html_cte or cte
    hdr_charset = hdr_charset or p.hdr_charset or charset
    hdr_label = hdr_label or p.hdr_label or (label if hdr_charset == charset else hdr_charset)
    hdr_enc = hdr_enc or p.hdr_enc
    html_only = getattr(p, "html_only", False) if html_only is None else html_only
    flowed = p.flowed if flowed is None else flowed
    html_charset = html_charset or charset
    html_label = html_label or (label if html_charset == charset else html_charset)

    msgid = p.msgid(c)
    c.cache["msgid_value"] = msgid
    REGISTRY[name] = msgid

    # ------------------------------------------------------------ body
    # boundaries are allocated outermost first (Outlook numbers NextPart_000 from the top)
    kinds = []
    if attachments:
        kinds.append("mixed")
    if inline:
        kinds.append("related")
    will_alt = (text is not None and not html_only and not text_only and
                (html is not None or bool(p.html_style)))
    if will_alt:
        kinds.append("alternative")
    pre = {k: p.boundary(c, k, i) for i, k in enumerate(kinds)}

    def bnd(kind):
        return pre[kind] if kind in pre else p.boundary(c, kind, 9)

    if body_part is not None:
        body = body_part
    else:
        parts_alt = []
        if text is not None and not html_only:
            parts_alt.append(text_part(text, "plain", charset, cte, label, p.quote_cs, flowed=flowed))
        if html is None and (p.html_style and not text_only) and text is not None:
            html = p.html(text, html_label)
        if html is not None and not text_only:
            parts_alt.append(text_part(html, "html", html_charset, html_cte, html_label, p.quote_cs,
                                       errors="xmlcharrefreplace"))
        if inline:
            html_p = parts_alt.pop()
            imgs = [attachment(data, ctype, fn, disposition="inline", cid=cid, style=p.attach_style,
                               charset=hdr_charset, enc=hdr_enc) for cid, fn, ctype, data in inline]
            if parts_alt:
                core = multipart("related", [multipart("alternative", parts_alt + [html_p], bnd("alternative"))] + imgs,
                                 bnd("related"), ct_extra=';\n\ttype="multipart/alternative"')
            else:
                core = multipart("related", [html_p] + imgs, bnd("related"), ct_extra=';\n\ttype="text/html"')
        elif len(parts_alt) == 2:
            core = multipart("alternative", parts_alt, bnd("alternative"))
        else:
            core = parts_alt[0]
        if attachments:
            atts = []
            for a in attachments:
                if isinstance(a, Part):
                    atts.append(a)
                else:
                    fn, ctype, data = a[:3]
                    kw = a[3] if len(a) > 3 else {}
                    kw.setdefault("style", p.attach_style)
                    kw.setdefault("charset", hdr_charset)
                    kw.setdefault("enc", hdr_enc)
                    atts.append(attachment(data, ctype, fn, **kw))
            body = multipart("mixed", [core] + atts, bnd("mixed"))
        else:
            body = core

    # the connecting client is needed by some profiles' headers (Mailgun/Brevo sending IP)
    cl = client or p.client(c)
    c.cache["ip"] = cl[2]

    # ------------------------------------------------------------ headers
    H = {}

    def A(items, quote=False):
        return addr_list(items, hdr_charset, hdr_enc, hdr_label, quote or p.addr_quote)

    H["From"] = A([frm])
    H["To"] = to_hdr if to_hdr is not None else A(list(to))
    if cc:
        H["Cc"] = A(list(cc))
    if reply_to:
        H["Reply-To"] = A([reply_to])
    H["Subject"] = htext(subject, hdr_charset, hdr_enc, hdr_label)
    H["Date"] = date_hdr or p.date(c)
    mid_name = [n for n in p.order if n.lower() == "message-id"]
    H[mid_name[0] if mid_name else "Message-ID"] = msgid
    if in_reply_to:
        H["In-Reply-To"] = in_reply_to
    if references:
        H["References"] = "\n ".join(references) if isinstance(references, (list, tuple)) else references
    mv = [n for n in p.order if n.lower() == "mime-version"]
    H[mv[0] if mv else "MIME-Version"] = getattr(p, "mime_value", "1.0")
    if sender_hdr:
        H["Sender"] = A([sender_hdr])
    for n, v in p.extra(c):
        if n == "Thread-Topic":
            tt = topic_of(subject)
            v = htext(tt, hdr_charset, hdr_enc, hdr_label, name_len=14)
        if n in H and n != "X-AntiAbuse":
            continue
        if n == "X-AntiAbuse":
            H.setdefault("X-AntiAbuse", [])
            H["X-AntiAbuse"].append(v)
            continue
        H[n] = v
    for n, v in extra:
        H[n] = v
    if priority:
        H["X-Priority"] = priority
    for d in drop:
        H.pop(d, None)

    ordered = []
    for n in p.order:
        for k in list(H):
            if k.lower() == n.lower():
                ordered.append((k, H.pop(k)))
    # remaining headers: keep insertion order
    for k in list(H):
        ordered.append((k, H.pop(k)))
    top = []
    for k, v in ordered:
        if isinstance(v, list):
            for x in v:
                top.append((k, x))
        else:
            top.append((k, v))
    # MIME-Version last for Outlook/Exchange style
    if p.mime_version_last:
        mvh = [h for h in top if h[0].lower() == "mime-version"]
        top = [h for h in top if h[0].lower() != "mime-version"]
        body.headers = body.headers + mvh

    # ------------------------------------------------------------ transport
    hops = p.chain(c)
    # re-evaluate headers depending on the client ip (Mailgun/Brevo) - cheap fix-up
    top = [(k, cl[2]) if k == "X-Mailgun-Sending-Ip" else (k, v) for k, v in top]
    delay = mx_delay if mx_delay is not None else (p.delay() + r.randrange(0, 6))
    t_mx = plus(t, delay)
    tl = p.tls if tls == "default" else tls
    rp = env_from if env_from is not None else p.return_path(c)
    trace = [("Return-Path", "<%s>" % rp),
             ("Received", mx01_received(cl[0], cl[1], cl[2], rcpt, t_mx, r, tl))]
    trace += [("Received", h) for h in hops]
    data = serialize(trace + top, body)
    return data, {"msgid": msgid, "profile": p.name, "client": cl, "rcpt": rcpt, "return_path": rp}
