"""Assemble a complete .eml from a spec (headers in the sending system's order) and describe it."""
from . import infra
from .mime import (Text, Att, Multi, message, rfc, ew, ew_mixed, fold, addr, h, HEX)

# header order per sending-system style; '@x' = system headers of the chain, '@s' = spec extras
ORDER = {
    "exchange": ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
                 "References", "In-Reply-To", "@s", "@x", "MIME-Version"],
    "gmail": ["@x", "MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc", "Reply-To", "@s"],
    "thunderbird": ["Message-ID", "Date", "MIME-Version", "@x", "Content-Language", "To", "Cc", "References", "From", "Reply-To",
                    "In-Reply-To", "Subject", "@s"],
    "outlook_smtp": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "@x", "@s"],
    "gmx": ["MIME-Version", "Message-ID", "From", "To", "Cc", "Reply-To", "Subject", "@s", "Date", "@x"],
    "roundcube": ["MIME-Version", "Date", "From", "To", "Cc", "Subject", "Reply-To", "In-Reply-To", "References", "@s", "@x", "Message-ID"],
    "yandex": ["@x", "From", "To", "Cc", "Reply-To", "In-Reply-To", "References", "Subject", "MIME-Version", "Message-ID", "Date", "@s"],
    "php": ["To", "Subject", "Date", "From", "Reply-To", "Message-ID", "@x", "@s", "MIME-Version"],
    "esp": ["Date", "From", "Reply-To", "To", "Subject", "Message-ID", "MIME-Version", "@s", "@x"],
    "notify": ["@x", "Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version", "@s"],
    "wp": ["MIME-Version", "Date", "From", "To", "Subject", "Message-ID", "@x", "@s"],
    "ox": ["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version", "@x", "@s"],
    "applemail": ["From", "Content-Type", "MIME-Version", "Subject", "Date", "References", "To", "In-Reply-To", "Message-ID", "@x", "@s"],
}

TRACE_FIRST = {"X-Gm-Message-State", "X-Gm-Gg", "X-Google-Smtp-Source", "X-Received"}


def subj(text, charset="utf-8", enc="Q", mixed=False, upper=False):
    if mixed:
        return ew_mixed(text, charset, enc)
    v = ew(text, charset, enc, upper=upper)
    return v if "\n" in v or len(v) < 70 else fold(v)


def build(spec):
    ch = spec["chain"]
    seed = spec["seed"]
    style = spec.get("style") or ch["style"]
    rcpt = spec["rcpt"]
    ret = spec["ret"]
    hs = []
    hs.append(("Return-Path", "<%s>" % ret if ret else "<>"))
    hs.append(("Received", infra.mx01_line(ch["peer"], rcpt, ch["arrive"], seed, ch["tls"])))
    for r in spec.get("pre_received", []):
        hs.append(("Received", r))
    for r in ch["received"]:
        hs.append(("Received", r.replace("{sender}", spec.get("auth_user", ret)).replace("{client}", spec.get("client_ip", ""))))
    for r in spec.get("post_received", []):
        hs.append(("Received", r))
    sysx = [(k, v) for k, v in ch["extra"] if k not in TRACE_FIRST]
    trace = [(k, v) for k, v in ch["extra"] if k in TRACE_FIRST]
    hs += trace
    zone = ch["datezone"] or spec["zone"]
    core = {
        "From": spec["frm"], "To": spec["to"], "Cc": spec.get("cc"), "Reply-To": spec.get("reply_to"),
        "Subject": spec["subject"], "Date": spec.get("date") or rfc(zone, spec["t"]),
        "Message-ID": spec.get("msgid") or ch["msgid"], "In-Reply-To": spec.get("in_reply_to"),
        "References": spec.get("references"), "MIME-Version": "1.0",
    }
    if core["Message-ID"] is None:
        core["Message-ID"] = "<%s@%s>" % (h(seed + "pmid", 32, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"), spec["ret"].split("@")[1])
    if any(k == "Thread-Topic" for k, _ in sysx):
        import email.header
        import re as _re
        text = str(email.header.make_header(email.header.decode_header(spec["subject"].replace("\n ", " "))))
        topic = _re.sub(r"^((RE|Re|AW|Aw|FW|Fw|WG|R|I|Odp|ΑΠ|RV|Ответ):\s*)+", "", text)
        sysx = [(k, ew(topic, "utf-8", "B") if k == "Thread-Topic" else v) for k, v in sysx]
    xnames = {k for k, _ in sysx}
    override = dict(spec.get("override", []))
    sysx = [(k, override.get(k, v)) for k, v in sysx if not (k in override and override[k] is None)]
    for k in ("Thread-Topic", "Thread-Index", "Content-Language"):
        # these sit in the chain extras but some styles place them individually
        pass
    for name in ORDER[style]:
        if name == "@x":
            hs += [(k, v) for k, v in sysx if k not in ORDER[style]]
        elif name == "@s":
            hs += spec.get("extra", [])
        elif name in core:
            if core[name] is not None:
                hs.append((name, core[name]))
        elif name in xnames:
            hs += [(k, v) for k, v in sysx if k == name]
    if spec.get("sender"):
        hs.append(("Sender", spec["sender"]))
    data = message(hs, spec["body"])
    return data


def describe(part, top=True):
    """Short structure description + list of text parts (charset, cte)."""
    texts = []

    def walk(p):
        if isinstance(p, Multi):
            inner = ", ".join(walk(c) for c in p.parts)
            return "multipart/%s [%s]" % (p.subtype, inner)
        if isinstance(p, Text):
            if not p.disposition:
                texts.append((p.cs_label, p.cte))
            s = "text/%s" % p.subtype
            if p.filename:
                s += " «%s»" % p.filename
            return s
        if isinstance(p, Att):
            s = p.ctype.split(";")[0]
            if p.filename:
                s += " «%s»" % p.filename
            elif p.cid:
                s += " (inline cid)"
            return s
        raise TypeError(p)
    s = walk(part)
    return s, texts
