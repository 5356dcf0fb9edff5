"""Turn a message spec (dict) into .eml bytes plus a manifest row."""
import re
from datetime import timedelta

import mime
from company import Person
from util import rng_for, local_to_utc, fmt, postfix_qid

ORDERS = {
    "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc", "Reply-To",
              "*mailer", "*extra", "__BODY__"],
    "outlook": ["From", "To", "CC", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID", "References",
                "In-Reply-To", "*mailer", "*extra", "__BODY__", "MIME-Version"],
    "outlook_client": ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID", "MIME-Version",
                       "__BODY__", "*mailer", "*extra"],
    "thunderbird": ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "To", "Cc", "References", "Content-Language",
                    "From", "Reply-To", "In-Reply-To", "*mailer", "*extra", "__BODY__"],
    "roundcube": ["MIME-Version", "Date", "From", "To", "Cc", "Subject", "Reply-To", "In-Reply-To", "References", "Message-ID",
                  "*mailer", "*extra", "__BODY__"],
    "phpmailer": ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "*mailer", "*extra", "MIME-Version", "__BODY__"],
    "esp": ["From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "*extra", "*mailer", "__BODY__"],
    "generic": ["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version",
                "*mailer", "*extra", "__BODY__"],
    "gmx": ["MIME-Version", "Message-ID", "From", "To", "Cc", "Subject", "__BODY__", "Date", "Reply-To", "In-Reply-To",
            "References", "*mailer", "*extra"],
    "ios": ["__BODY__", "From", "MIME-Version", "Subject", "Date", "References", "Cc", "In-Reply-To", "To", "Reply-To",
            "Message-ID", "*mailer", "*extra"],
    "thebat": ["Date", "From", "*mailer", "Reply-To", "Message-ID", "To", "Cc", "Subject", "In-Reply-To", "References",
               "MIME-Version", "*extra", "__BODY__"],
    "yandex": ["From", "To", "Cc", "Reply-To", "In-Reply-To", "References", "Subject", "MIME-Version", "*mailer", "Date",
               "Message-ID", "*extra", "__BODY__"],
}


RENAME = {"ios": {"MIME-Version": ("Mime-Version", "1.0 (1.0)"), "Message-ID": ("Message-Id", None)},
          "thunderbird": {}, "outlook_client": {}}


class Ctx:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def _addr_of(x):
    if isinstance(x, Person):
        return x.name, x.addr
    if isinstance(x, str):
        return None, x
    return x[0], x[1]


def _leaves(part):
    if isinstance(part, mime.Multi):
        for p in part.parts:
            yield from _leaves(p)
    else:
        yield part


def _multis(part):
    if isinstance(part, mime.Multi):
        yield part
        for p in part.parts:
            yield from _multis(p)


def describe(part):
    if isinstance(part, mime.Multi):
        return "%s[%s]" % (part.subtype, ", ".join(describe(p) for p in part.parts))
    i = part.info
    if "text" in i:
        return i["text"]
    short = {"application/pdf": "PDF", "application/zip": "ZIP", "application/x-zip-compressed": "ZIP", "image/png": "PNG",
             "image/svg+xml": "SVG", "text/html": "HTML", "application/octet-stream": "BIN", "text/calendar": "ICS",
             "application/xml": "XML", "text/xml": "XML"}.get(i["ctype"], i["ctype"])
    return "%s '%s'" % (short, i["attachment"])


def compose(spec, folder, idx):
    lang = spec["lang"]
    fname = "%02d-%s-%s.eml" % (idx, lang, spec["slug"])
    r = rng_for(folder, fname)
    zone = spec.get("zone", "DE")
    mo, d, hh, mm = spec["when"]
    utc = local_to_utc(zone, mo, d, hh, mm, r.randrange(0, 60))
    to = spec["to"] if isinstance(spec["to"], list) else [spec["to"]]
    to = [_addr_of(x) for x in to]
    rcpt = spec.get("rcpt") or to[0][1]
    fname_, faddr = _addr_of(spec["frm"])
    c = Ctx(rng=r, utc=utc, frm=faddr, rcpt=rcpt, zone=zone, envelope=spec.get("envelope"), lang_tag=spec.get("lang_tag"))
    env = spec["infra"](c)
    if spec.get("return_path"):
        env.return_path = spec["return_path"]
    hcs = spec.get("hcs", "utf-8")
    henc = spec.get("henc", "B")
    core = {}
    core["From"] = mime.addr(fname_, faddr, spec.get("frm_cs", hcs), spec.get("frm_enc", henc), quote=spec.get("quote"))
    if spec.get("to_header") is not None:
        core["To"] = spec["to_header"]
    else:
        core["To"] = ", ".join(mime.addr(n, a, spec.get("to_cs", hcs), henc, quote=spec.get("quote")) for n, a in to)
    if spec.get("cc"):
        core["Cc"] = ", ".join(mime.addr(*_addr_of(x), spec.get("to_cs", hcs), henc) for x in spec["cc"])
    if spec.get("reply_to"):
        rn, ra = _addr_of(spec["reply_to"])
        core["Reply-To"] = mime.addr(rn, ra, hcs, henc)
    subj = spec["subject"]
    core["Subject"] = mime.ew(subj, spec.get("subj_cs", hcs), spec.get("subj_enc", henc))
    dz = env.date_zone or zone
    core["Date"] = fmt(utc, dz, style=spec.get("date_style", env.date_style))
    core["Message-ID"] = spec.get("msgid") or env.msgid
    if spec.get("in_reply_to"):
        core["In-Reply-To"] = spec["in_reply_to"]
        core["References"] = spec.get("references", spec["in_reply_to"])
    core["MIME-Version"] = "1.0"
    order = spec.get("order") or env.order
    if order == "outlook":
        topic = re.sub(r"^((AW|WG|RE|Re|R|I|FW|Fwd|Odp|RV|ΑΠ|ΣΧΕΤ|Ответ|RE:)\s*:\s*)+", "", subj)
        core["Thread-Topic"] = mime.ew(topic, spec.get("subj_cs", hcs), spec.get("subj_enc", henc))
    if "CC" in ORDERS[order] and "Cc" in core:
        core["CC"] = core.pop("Cc")
    body = spec["body"]
    for i, m in enumerate(_multis(body)):
        if m.boundary is None:
            m.boundary = env.boundary(i) or ("----==_mimepart_%d_%s" % (i, r.getrandbits(48)))
    seen = set()
    bnds = [m.boundary for m in _multis(body)]
    if len(set(bnds)) != len(bnds):
        for i, m in enumerate(_multis(body)):
            if m.boundary in seen:
                m.boundary = m.boundary + "_%d" % i
            seen.add(m.boundary)
    mailer = list(env.mailer) + list(spec.get("mailer_extra", []))
    if spec.get("no_mailer"):
        mailer = [h for h in mailer if h[0] not in ("X-Mailer", "User-Agent")]
    extra = list(spec.get("extra", []))
    ordered = []
    used = set()
    for key in ORDERS[order]:
        if key == "*mailer":
            ordered += mailer
        elif key == "*extra":
            ordered += extra
        elif key == "__BODY__":
            ordered += body.headers
        elif key in core:
            nk, nv = RENAME.get(order, {}).get(key, (key, None))
            ordered.append((nk, nv or core[key]))
            used.add(key)
        elif key in ("User-Agent", "Content-Language", "Thread-Index"):
            hits = [h for h in mailer if h[0] == key]
            for h in hits:
                ordered.append(h)
                mailer.remove(h)
    for k, v in core.items():
        if k not in used:
            raise ValueError("header %s not placed for order %s" % (k, order))
    mx_utc = utc + timedelta(seconds=env.delay + r.randrange(0, 3))
    top = [("Return-Path", "<%s>" % env.return_path),
           ("Received", _mx(env, r, rcpt, mx_utc))] + env.trace + env.extra_top
    raw_headers = top + ordered
    # body payload only (headers were placed above)
    payload = _payload(body)
    h = "\n".join(mime.fold(n, v) for n, v in raw_headers)
    raw = h.encode("ascii") + b"\n\n" + payload
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    leaves = list(_leaves(body))
    texts = [l.info for l in leaves if "text" in l.info]
    row = {
        "file": fname,
        "lang": lang,
        "charset": ", ".join(dict.fromkeys(t["charset"] for t in texts)) or "-",
        "cte": ", ".join(dict.fromkeys(t["cte"] for t in texts)) or "-",
        "structure": describe(body),
        "what": spec["what"],
        "why": spec["why"],
        "hn": spec.get("hn"),
        "from": faddr,
        "rcpt": rcpt,
        "subject": subj,
        "client": env.client,
    }
    return fname, raw, row


def _mx(env, r, rcpt, utc):
    from infra import mx01_received
    return mx01_received(env, postfix_qid(r), rcpt, utc)


def _payload(part):
    return part.render_payload()
