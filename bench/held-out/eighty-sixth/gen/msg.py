"""Message assembly: envelope, mx01 Received line, sender hops, headers,
MIME tree; returns bytes plus manifest metadata."""
import re

import mime
import infra
from util import local_to_utc, rng_for, secs

OUR_DOMAINS = ("example.com", "examplegroup.eu")


class M:
    """One message. Required: folder, num, lang, slug, profile, when,
    frm (name, addr), to [(name, addr)], subject, body (mime.Part tree
    without boundaries), desc, why."""
    def __init__(self, **kw):
        self.cc = []
        self.reply_to = None
        self.in_reply_to = None
        self.references = None
        self.extra = []
        self.extra_after = []
        self.hcs = "utf-8"       # charset for header encoded-words
        self.henc = "Q"
        self.rcpt = None
        self.env_from = None
        self.hardneg = []
        self.quote_from = False
        self.thread_topic = None
        self.mx_tls = None
        self.client_override = None
        self.msgid_override = None
        for k, v in kw.items():
            setattr(self, k, v)

    # ---------------------------------------------------------------
    @property
    def from_domain(self):
        return self.frm[1].split("@")[1]

    def _addrlist(self, lst):
        return ", ".join(mime.addr(n, a, self.hcs, self.henc) for n, a in lst) if lst else None

    def build(self):
        self.rng = rng_for(self.folder, self.num, self.slug)
        z, *t = self.when
        self.sent = local_to_utc(z, *t)
        if self.rcpt is None:
            self.rcpt = next(a for _, a in self.to + self.cc if a.split("@")[1] in OUR_DOMAINS)
        if self.env_from is None:
            self.env_from = self.frm[1]
        self.from_hdr = mime.addr(self.frm[0], self.frm[1], self.hcs, self.henc, self.quote_from)
        self.to_hdr = self._addrlist(self.to)
        self.cc_hdr = self._addrlist(self.cc)
        self.reply_to_hdr = self._addrlist([self.reply_to]) if self.reply_to else None
        self.subject_hdr = mime.subject(self.subject, self.hcs, self.henc)
        if self.thread_topic is None:
            tt = re.sub(r"^((AW|WG|RE|Re|FW|Fwd|R|I|RV|ΑΠ|ΣΧΕΤ|Odp|ODP|PD|Ответ|Re\[\d+\]|FWD|Fw):\s*)+", "", self.subject)
            self.thread_topic = mime.subject(tt, self.hcs, self.henc)
        self.has_attach = _has_attach(self.body)
        self.msgid = self.msgid_override or self.profile.msgid(self)
        _assign_boundaries(self.body, self)
        helo, rdns, ip, hops, t_last = self.profile.transport(self)
        if self.client_override:
            helo, rdns, ip = self.client_override
        t_mx = t_last + secs(self.rng.randint(1, 4))
        tls = self.mx_tls if self.mx_tls is not None else self.profile.tls
        top = ["Return-Path: <%s>" % self.env_from,
               infra.mx01_line(self, helo, rdns, ip, t_mx, tls)]
        hdrs = top + hops
        for n, v in self.extra_after:
            hdrs.append("%s: %s" % (n, v))
        hdrs += self.profile.headers(self)
        if self.body.parts is not None and self.profile.preamble and not getattr(self.body, "no_preamble", False):
            self.body.preamble = self.profile.preamble
        data = mime.serialize(hdrs, self.body, mime_version_header=None)
        self.data = data
        self.t_mx = t_mx
        return data

    @property
    def filename(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)


def _has_attach(p):
    if p.parts is not None:
        return any(_has_attach(c) for c in p.parts)
    return bool(p.info.get("filename"))


def _assign_boundaries(p, m):
    if p.parts is None:
        return
    if not p.boundary:
        p.boundary = m.profile.boundary(m, p.ctype.split("/")[1])
    for c in p.parts:
        _assign_boundaries(c, m)
