"""Mail object: collects the message definition and renders RFC 5322 bytes
with an mx01 Received header on top of the sending system's own chain."""
import re
from datetime import datetime, timedelta, timezone

import infra
import mimebuild as mb

LANG_REGION = {"de": "de", "en": "uk", "it": "it", "pl": "pl", "es": "es", "el": "gr", "ru": "ru"}


class Mail:
    def __init__(self, lang, slug, sys, t, frm, to, subject, body, cc=None, reply_to=None,
                 rcpt=None, return_path=None, hcs=("utf-8", "Q"), region=None, irt=None,
                 refs=None, extra=None, p=None, what="", why="", hn=None, delay=None,
                 sender=None):
        self.lang, self.slug, self.sys = lang, slug, sys
        self.frm, self.to, self.cc = frm, to, cc or []
        self.subject, self.body = subject, body
        self.reply_to = reply_to
        self.rcpt = rcpt or to[0][1]
        self.hcs = hcs
        self.date_region = region or LANG_REGION[lang]
        self.irt, self.refs = irt, refs
        self.extra = extra or []
        self.p = p or {}
        self.what, self.why, self.hn = what, why, hn or []
        self.delay = delay
        self.sender = sender
        self.envfrom = return_path or frm[1]
        # local time tuple in the sender's region -> UTC
        naive = datetime(*t, tzinfo=timezone.utc)
        off, _ = infra.zone(self.date_region, naive)
        self.t = naive - timedelta(hours=off)
        self.folder = None
        self.num = None
        self._fix_html_lang(self.body)

    def _fix_html_lang(self, p):
        """Outlook writes the author's proofing language into <body lang=...>."""
        code = {"de": "DE", "en": "EN-GB", "it": "IT", "pl": "PL", "es": "ES", "el": "EL", "ru": "RU"}[self.lang]
        if p.is_multi:
            for c in p.parts:
                self._fix_html_lang(c)
        elif p.ctype == "text/html" and isinstance(p.body, str):
            p.body = p.body.replace('<body lang="DE"', '<body lang="%s"' % code)

    @property
    def has_attach(self):
        def walk(p):
            if p.is_multi:
                return any(walk(c) for c in p.parts)
            return p.disposition == "attachment"
        return walk(self.body)

    @property
    def filename(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)

    def _a(self, person):
        name, email = person[0], person[1]
        cs = person[2] if len(person) > 2 else self.hcs
        try:
            name.encode(cs[0])
        except UnicodeEncodeError:
            cs = ("utf-8", cs[1])
        return mb.addr(name, email, *cs)

    def render(self):
        r = infra.Rnd("%s/%s/%s" % (self.folder, self.lang, self.slug))
        prof = infra.PROFILES[self.sys](self, r, self.t)
        self._boundaries(self.body, prof["order"], infra.Rnd("b/" + self.slug), [0])
        self.msgid = prof["msgid"]
        delay = self.delay if self.delay is not None else r.randint(2, 9)
        tmx = self.t + timedelta(seconds=delay)
        helo, rdns, ip = prof["client"]
        top = infra.mx01_received(helo, rdns, ip, self.rcpt, tmx, r.postfix_id(), prof["tls"])
        rp = prof["return_path"] if self.envfrom == self.frm[1] else self.envfrom
        H = [("Return-Path", "<%s>" % rp if rp else "<>"), ("Received", top)]
        for h in prof["hops"]:
            H.append(("Received", h))
        H.extend(prof["pre"])
        subj = mb.ew(self.subject, *self.hcs)
        std = {
            "From": self._a(self.frm),
            "To": ", ".join(self._a(x) for x in self.to),
            "Cc": ", ".join(self._a(x) for x in self.cc) if self.cc else None,
            "Reply-To": self._a(self.reply_to) if self.reply_to else None,
            "Sender": self._a(self.sender) if self.sender else None,
            "Subject": subj,
            "Date": infra.fmtdate(self.t, self.date_region),
            "Message-ID": prof["msgid"],
            "In-Reply-To": self.irt,
            "References": self.refs or self.irt,
            "MIME-Version": "1.0",
        }
        post = []
        for k, v in prof["post"]:
            if k == "Thread-Topic":
                topic = re.sub(r"^((RE|AW|FW|WG|R|I|Odp|ΑΠ|Re|Fwd|Antw|RV|ΣΧΕΤ)\s*:\s*)+", "",
                               self.subject, flags=re.I)
                v = mb.ew(topic, *self.hcs)
            post.append((k, v))
        order = {
            "outlook": ["From", "To", "Cc", "Reply-To", "Sender", "Subject", "@Thread", "Date", "Message-ID",
                        "References", "In-Reply-To", "@post", "@extra", "MIME-Version"],
            "outlook_smtp": ["From", "To", "Cc", "Reply-To", "Sender", "Subject", "Date", "Message-ID",
                             "In-Reply-To", "References", "MIME-Version", "@post", "@extra"],
            "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject",
                      "To", "Cc", "Reply-To", "Sender", "@post", "@extra"],
            "thunderbird": ["Message-ID", "Date", "MIME-Version", "@post", "Subject", "To", "Cc",
                            "References", "In-Reply-To", "From", "Reply-To", "Sender", "@extra"],
            "generic": ["Date", "From", "Sender", "Reply-To", "To", "Cc", "Subject", "Message-ID",
                        "In-Reply-To", "References", "@post", "@extra", "MIME-Version"],
            "esp": ["Date", "From", "Sender", "Reply-To", "To", "Cc", "Subject", "Message-ID",
                    "In-Reply-To", "References", "@extra", "@post", "MIME-Version"],
        }[prof["order"]]
        for key in order:
            if key == "@Thread":
                for k, v in post:
                    if k in ("Thread-Topic", "Thread-Index"):
                        H.append((k, v))
            elif key == "@post":
                for k, v in post:
                    if not (prof["order"] == "outlook" and k in ("Thread-Topic", "Thread-Index")):
                        H.append((k, v))
            elif key == "@extra":
                H.extend(self.extra)
            elif std.get(key) is not None:
                H.append((key, std[key]))
        H = [(k, v) for k, v in H if v is not None]
        # empty values (Exchange style "X-MS-Has-Attach:") rendered as empty
        return mb.render_message(H, self.body)

    def _boundaries(self, p, style, r, ctr):
        if not p.is_multi:
            return
        if not p.boundary:
            i = ctr[0]
            ctr[0] += 1
            if style in ("outlook",):
                p.boundary = "_%03d_%s%s_" % (i * 2 if i else 0, r.alnum(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                              r.hexs(28, True))
            elif style == "outlook_smtp":
                p.boundary = "----=_NextPart_%03d_%s_%s.%s" % (i, r.hexs(4, True), r.hexs(8, True), r.hexs(8, True))
            elif style == "gmail":
                p.boundary = "0000000000" + r.hexs(18)
            elif style == "thunderbird":
                p.boundary = "------------" + r.alnum(24)
            elif style == "esp":
                p.boundary = r.hexs(40)
            else:
                p.boundary = "=_" + r.hexs(32)
        for c in p.parts:
            self._boundaries(c, style, r, ctr)

    # manifest helpers
    def charsets(self):
        ps = mb.text_parts(self.body)
        return ", ".join(dict.fromkeys(p.charset for p in ps))

    def ctes(self):
        ps = mb.text_parts(self.body)
        return ", ".join(dict.fromkeys(p.cte for p in ps))

    def structure(self):
        return mb.describe(self.body)
