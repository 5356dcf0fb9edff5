"""Message assembly: envelope + trace + headers + MIME body."""
import datetime as dt
from . import ids, timez, mime, infra as I

LANG_ORDER = ["de", "en", "it", "pl", "es", "el", "ru"]
LANG_COUNT = {"de": 8, "en": 8, "it": 5, "pl": 5, "es": 5, "el": 5, "ru": 4}


class Ctx(object):
    pass


def _email(x):
    if isinstance(x, str):
        return x
    return x[1]


class Msg(object):
    def __init__(self, kind, num, lang, slug, frm, to, subject, when, infra, body,
                 cc=(), reply_to=None, rcpt=None, mailfrom=None, irt=None, refs=None,
                 extra=(), hcs=None, delay=None, what="", why="", pair=None,
                 techniques=(), date_zone=None, sender_hdr=None, priority=None,
                 order=None, date_override=None, contrast="", qr_text=None, meta=None):
        self.kind = kind
        self.num = num
        self.lang = lang
        self.slug = slug
        self.frm = frm
        self.to = to if isinstance(to, list) else [to]
        self.cc = cc if isinstance(cc, list) else ([cc] if cc else [])
        self.subject = subject
        self.when = when
        self.infra = infra
        self.body = body
        self.reply_to = reply_to
        self.rcpt = rcpt or _email(self.to[0])
        self.mailfrom = mailfrom
        self.irt = irt
        self.refs = refs
        self.extra = list(extra)
        self.hcs = hcs
        self.delay = delay
        self.what = what
        self.why = why
        self.pair = pair
        self.techniques = list(techniques)
        self.date_zone = date_zone
        self.sender_hdr = sender_hdr
        self.priority = priority
        self.date_override = date_override
        self.contrast = contrast
        self.meta = meta or {}
        if qr_text:
            self.qr_text = qr_text

    @property
    def filename(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)

    def render(self):
        r = ids.rng(self.kind, self.num, self.slug)
        t_recv = timez.berlin(self.when)
        delay = self.delay if self.delay is not None else r.randint(3, 40)
        t_sent = t_recv - dt.timedelta(seconds=delay)
        sender = _email(self.frm)
        ctx = Ctx()
        ctx.r = r
        ctx.t_sent = t_sent
        ctx.t_recv = t_recv
        ctx.rcpt = self.rcpt
        ctx.sender = sender
        ctx.mailfrom = self.mailfrom or sender
        ctx.has_attach = any(a.filename for a in self.body.attachments())
        inf = self.infra(ctx)
        st = inf.style
        hcs, henc = self.hcs or st.hcs
        subj = mime.text_header(self.subject, hcs, henc)
        ctx.subject_enc = subj
        self.inf = inf

        rp = inf.return_path or self.mailfrom or sender
        H = [("Return-Path", "<%s>" % rp),
             ("Received", I.mx01(inf, self.rcpt, t_recv, r))]
        for h in inf.hops:
            H.append(("Received", h))
        H += inf.trace
        q = hcs.lower() in ("iso-8859-1", "windows-1252") and henc == "Q"
        core = [("From", mime.addr(self.frm, hcs, henc))]
        if self.sender_hdr:
            core.append(("Sender", mime.addr(self.sender_hdr, hcs, henc)))
        core.append(("To", mime.addrs(self.to, hcs, henc)))
        if self.cc:
            core.append(("Cc", mime.addrs(self.cc, hcs, henc)))
        if self.reply_to:
            core.append(("Reply-To", mime.addrs(self.reply_to, hcs, henc)))
        core.append(("Subject", subj))
        dz = self.date_zone or inf.zone
        core.append(("Date", self.date_override or timez.rfc(t_sent, dz)))
        core.append(("Message-ID", st.msgid))
        self.message_id = st.msgid
        if self.irt:
            core.append(("In-Reply-To", self.irt))
        if self.refs:
            core.append(("References", self.refs))
        core += st.headers(ctx)
        if self.priority:
            core += self.priority
        core += inf.extra
        core += self.extra
        core.append(("MIME-Version", st.mime_version))
        H += core
        if st.preamble and isinstance(self.body, mime.Multi) and self.body.preamble is None:
            self.body.preamble = st.preamble
        head = "\n".join(mime.fold(k, v) for k, v in H)
        try:
            body = self.body.render(st.bgen)
        except Exception as e:
            raise RuntimeError("%s/%s: %s" % (self.kind, self.filename, e))
        out = head + "\n" + body
        if not out.endswith("\n"):
            out += "\n"
        return out.encode("latin-1")

    # ---- manifest helpers
    def structure(self):
        return self.body.describe()

    def body_charsets(self):
        seen = []
        for t in self.body.texts():
            if t.cs_label not in seen:
                seen.append(t.cs_label)
        return ", ".join(seen) if seen else "-"

    def body_ctes(self):
        seen = []
        for t in self.body.texts():
            if t.cte not in seen:
                seen.append(t.cte)
        return ", ".join(seen) if seen else "-"
