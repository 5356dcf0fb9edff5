"""Message model: one object per .eml, holding the random generator, the MIME tree,
the sending client's (MUA) header style and the transport system, and assembling the
headers exactly as mx01.example.com received the message."""
import re

from . import mime, util
from .util import hexs, alnum, guid

REGISTRY = []
BUILT = {}   # file name -> raw bytes of messages already built (attacks are built first)

LANGS = {"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl-PL", "es": "es-ES", "el": "el-GR", "ru": "ru-RU"}


def scenario(folder, nn, lang, slug):
    def deco(fn):
        REGISTRY.append((folder, nn, lang, slug, fn))
        return fn
    return deco


def flow(text, width=72):
    """RFC 3676 format=flowed: soft line breaks are a trailing space."""
    out = []
    for ln in text.split("\n"):
        if ln.startswith(("From ", " ")):
            ln = " " + ln
        while len(ln) > width and " " in ln[1:width]:
            cut = ln.rfind(" ", 1, width)
            out.append(ln[:cut + 1])
            ln = ln[cut + 1:]
        out.append(ln)
    return "\n".join(out)


class M:
    def __init__(self, folder, nn, lang, slug):
        self.folder = folder
        self.nn = nn
        self.lang = lang
        self.slug = slug
        self.fname = "%02d-%s-%s.eml" % (nn, lang, slug)
        self.rng = util.seeded(self.fname)
        self.facts = {"ibans": [], "accounts": [], "urls": [], "phones": [], "wallets": [], "qr": [], "ids": []}
        self.qr_expect = []       # (payload, where) to be decoded from images
        self.what = ""
        self.why = ""
        self.pair = None          # hard-negative partner
        self.mua = "outlook"
        self.extra = []
        self.in_reply_to = None
        self.references = None
        self.reply_to = None
        self.cc = []
        self.hdr_cs = "utf-8"
        self.hdr_enc = "B"
        self.sender_hdr = None
        self.msgid = None
        self.lang_tag = LANGS[lang]
        self.thread_index = None
        self.thread_topic = None
        self.boundary_n = 0
        self.structure_note = None
        self.date_tz = None
        self.notes = []

    # ------------------------------------------------------------- facts
    def fact(self, kind, *vals):
        for v in vals:
            if v not in self.facts[kind]:
                self.facts[kind].append(v)
        return vals[0] if len(vals) == 1 else vals

    def iban(self, v, who=""):
        self.fact("ibans", (v, who))
        return v

    def url(self, v):
        self.fact("urls", v)
        return v

    def phone(self, v):
        self.fact("phones", v)
        return v

    def qr_payload(self, payload, where):
        self.facts["qr"].append((where, payload))
        self.qr_expect.append((payload, where))
        return payload

    # ------------------------------------------------------------- timing
    def at(self, zone, y, mo, d, h, mi, s=None):
        if s is None:
            s = self.rng.randrange(60)
        self.date = util.from_local(zone, y, mo, d, h, mi, s)
        self.date_tz = zone
        return self.date

    # ------------------------------------------------------------- ids per client
    def boundary(self, kind="alt"):
        r = self.rng
        self.boundary_n += 1
        st = self.mua
        if st in ("outlook", "outlook-smtp"):
            if not hasattr(self, "_np"):
                self._np = "%04X_%s.%s" % (r.randrange(1, 300), "01DC" + hexs(r, 4, True), hexs(r, 8, True))
            return "----=_NextPart_%03d_%s" % (self.boundary_n - 1, self._np)
        if st in ("exchange", "m365", "owa", "outlookcom"):
            code = {"alt": "000", "rel": "003", "mixed": "004"}.get(kind, "000")
            core = self._ex_boundary_core()
            return "_%s_%s_" % (code, core)
        if st in ("gmail", "gworkspace", "google"):
            return "000000000000" + hexs(r, 16)
        if st == "thunderbird":
            return "------------" + alnum(r, 24)
        if st in ("apple", "iphone"):
            return "Apple-Mail=_" + guid(r, True)
        if st == "phpmailer":
            return "b%d=_" % self.boundary_n + alnum(r, 43)
        if st == "roundcube":
            return "=_" + hexs(r, 32)
        if st == "yandex":
            return "----==--bound.%d.%s" % (r.randrange(10000, 99999), "myt5-" + hexs(r, 12) + ".qloud-c.yandex.net")
        if st == "gmx":
            return "abmob-" + guid(r)
        if st == "webde":
            return "trinity-" + guid(r) + "-%d" % (util.unix(self.date) * 1000 + r.randrange(1000))
        if st == "ox":
            return "----=_Part_%d_%d.%d" % (r.randrange(1000, 99999), r.randrange(100000000, 999999999), util.unix(self.date) * 1000 + r.randrange(1000))
        if st == "javamail":
            return "----=_Part_%d_%d.%d" % (r.randrange(100000, 9999999), r.randrange(100000000, 999999999), util.unix(self.date) * 1000 + r.randrange(1000))
        if st == "sendgrid":
            return hexs(r, 64)
        if st == "mailchimp":
            return "_----------=_MCPart_%d" % r.randrange(10 ** 9, 2 * 10 ** 9)
        if st == "brevo":
            return "----=_Part_%d_%d.%d" % (r.randrange(1000, 99999), r.randrange(100000000, 999999999), util.unix(self.date) * 1000 + r.randrange(1000))
        if st == "dotnet":
            return "--boundary_%d_%s" % (self.boundary_n - 1, guid(r))
        return "=_Part_" + alnum(r, 20)

    def m365_ids(self, consumer=False):
        if not hasattr(self, "_m365ids"):
            from .systems import _M365_EUR
            r = self.rng
            if consumer:
                srv, reg = r.choice([("AS8P194MB", "EURP194"), ("PA4P191MB", "EURP191"), ("DB8P193MB", "EURP193")])
            elif getattr(self, "m365_pref", None) == "uk":
                srv, reg = r.choice([("LO2P265MB", "GBRP265"), ("CWLP265MB", "GBRP265"), ("LO0P265MB", "GBRP265")])
            else:
                srv, reg = r.choice(_M365_EUR)
            self._m365ids = (srv + "%04d" % r.randrange(1000, 9999), reg)
        return self._m365ids

    def _ex_boundary_core(self):
        if not hasattr(self, "_exc"):
            mid = self.msgid or self.make_msgid()
            local, _, host = mid.strip("<>").partition("@")
            self._exc = local + re.sub(r"[^A-Za-z0-9]", "", host)[:19]
        return self._exc

    def make_msgid(self, host=None):
        r = self.rng
        st = self.mua
        if self.msgid:
            return self.msgid
        if st in ("outlook", "outlook-smtp"):
            mid = "<%s$%s$%s$@%s>" % ("0000" + "01dc" + hexs(r, 4), hexs(r, 8), hexs(r, 8), host or self.from_domain)
        elif st == "exchange":
            mid = "<%s@%s>" % (hexs(r, 32), host or "EXCH01.corp.example.com")
        elif st in ("m365", "owa", "outlookcom"):
            s1, reg = self.m365_ids(st == "outlookcom")
            h = host or (s1 + "." + reg + ".prod.outlook.com")
            if st == "outlookcom":
                h = h.upper()
            mid = "<%s%s@%s>" % (s1, hexs(r, 24, True), h)
        elif st in ("gmail", "gworkspace"):
            mid = "<CA%s@mail.gmail.com>" % alnum(r, r.randrange(44, 58), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")
        elif st == "google":
            mid = "<%s%s@google.com>" % ("0000000000000", hexs(r, 15))
        elif st == "thunderbird":
            mid = "<%s@%s>" % (guid(r), host or self.from_domain)
        elif st in ("apple", "iphone"):
            mid = "<%s@%s>" % (guid(r, True), host or self.from_domain)
        elif st == "phpmailer":
            mid = "<%s@%s>" % (alnum(r, 43), host or self.from_domain)
        elif st == "roundcube":
            mid = "<%s@%s>" % (hexs(r, 32), host or self.from_domain)
        elif st == "gmx":
            mid = "<trinity-%s-%d@3c-app-gmx-bs%02d>" % (guid(r), util.unix(self.date) * 1000 + r.randrange(1000), r.randrange(1, 80))
        elif st == "webde":
            mid = "<trinity-%s-%d@3c-app-webde-bap%02d>" % (guid(r), util.unix(self.date) * 1000 + r.randrange(1000), r.randrange(1, 80))
        elif st == "yandex":
            mid = "<%d%d@mail.yandex.ru>" % (r.randrange(100000, 999999), r.randrange(10 ** 9, 10 ** 10))
        elif st == "ox":
            mid = "<%d.%d.%d@%s>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6), util.unix(self.date) * 1000 + r.randrange(1000), host or "privateemail.com")
        else:
            mid = "<%s@%s>" % (alnum(r, 24), host or self.from_domain)
        self.msgid = mid
        return mid

    # ------------------------------------------------------------- body helpers using the client's style
    @property
    def att_style(self):
        return {"outlook": "outlook", "outlook-smtp": "outlook", "exchange": "outlook", "m365": "outlook", "owa": "outlook", "outlookcom": "outlook",
                "gmail": "gmail", "gworkspace": "gmail", "thunderbird": "thunderbird", "apple": "apple", "iphone": "apple",
                "phpmailer": "phpmailer", "roundcube": "generic", "gmx": "generic", "webde": "generic",
                "yandex": "generic", "ox": "generic", "javamail": "generic"}.get(self.mua, "generic")

    def plain(self, s, charset="utf-8", cte="quoted-printable", **kw):
        if self.mua in ("gmail", "gworkspace") and "style" not in kw:
            kw["style"] = "quoted"
        if self.mua == "thunderbird" and "params" not in kw:
            kw.setdefault("style", "bare")
            kw["params"] = "; format=flowed"
        if self.mua == "thunderbird":
            kw.setdefault("style", "bare")
        if "format=flowed" in kw.get("params", ""):
            s = flow(s)
        return mime.text(s, "plain", charset, cte, **kw)

    def html(self, s, charset="utf-8", cte="quoted-printable", **kw):
        if self.mua == "thunderbird":
            kw.setdefault("style", "bare")
        return mime.text(s, "html", charset, cte, **kw)

    def alt(self, *parts):
        return mime.multipart("alternative", list(parts), self.boundary("alt"), **self._mp_kw())

    def related(self, *parts):
        return mime.multipart("related", list(parts), self.boundary("rel"),
                              params='; type="multipart/alternative"' if parts[0].meta.get("kind") == "multipart" and self.mua in ("exchange", "m365", "owa", "outlookcom") else "",
                              **self._mp_kw())

    def mixed(self, *parts):
        return mime.multipart("mixed", list(parts), self.boundary("mixed"), **self._mp_kw())

    def _mp_kw(self):
        if self.mua in ("exchange", "m365", "owa", "outlookcom", "outlook", "outlook-smtp"):
            kw = {"fold_style": "tab"}
            if self.mua in ("outlook", "outlook-smtp"):
                kw["preamble"] = b"This is a multipart message in MIME format.\n\n"
            return kw
        if self.mua in ("apple", "iphone"):
            return {"style": "bare", "fold_style": "tab"}
        if self.mua == "phpmailer":
            return {}
        if self.mua == "thunderbird":
            return {"preamble": b"This is a multi-part message in MIME format.\n"}
        return {}

    def attach(self, data, ctype, filename, **kw):
        kw.setdefault("style", self.att_style)
        if kw["style"] == "outlook" and "date" not in kw and self.mua in ("exchange", "m365", "owa", "outlookcom"):
            kw["date"] = util.rfc2822(util.plus(self.date, -self.rng.randrange(60, 3000)), "UTC").replace("+0000", "GMT")
        if kw["style"] == "gmail" and "att_id" not in kw:
            kw["att_id"] = "f_m%s%d" % (alnum(self.rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"), self.boundary_n)
        if self.mua == "thunderbird":
            kw.setdefault("b64len", 72)
        return mime.attachment(data, ctype, filename, **kw)

    def inline_img(self, data, filename, cid, ctype="image/png"):
        kw = {"inline": True, "cid": cid}
        if self.att_style == "gmail":
            kw["att_id"] = cid.split("@")[0]
            kw["cid"] = cid
        return self.attach(data, ctype, filename, **kw)

    # ------------------------------------------------------------- addressing
    def hdr_addr(self, name, email, quote=False):
        return mime.addr(name, email, self.hdr_cs, self.hdr_enc, quote_always=quote)

    def hdr_list(self, items):
        return ", ".join(self.hdr_addr(n, e) for n, e in items)

    # ------------------------------------------------------------- final assembly
    def send(self, body, frm, to, subject, system, cc=(), reply_to=None, env_from=None, rcpt=None,
             mua=None, extra=(), date_tz=None, to_raw=None, from_raw=None, subject_raw=None, sender=None):
        from . import systems
        if mua:
            self.mua = mua
        self.body_part = body
        self.frm = frm
        self.from_addr = frm[1]
        self.from_domain = frm[1].split("@")[1].lower()
        self.to = list(to)
        self.cc = list(cc)
        self.subject = subject
        self.reply_to = reply_to
        self.env_from = env_from if env_from is not None else frm[1]
        self.rcpt = rcpt or [a for _, a in self.to + self.cc if a.lower().endswith(("@example.com", "@examplegroup.eu"))]
        self.extra = list(extra)
        tz = date_tz or self.date_tz or "UTC"
        self.from_h = from_raw or self.hdr_addr(*frm)
        self.to_h = to_raw or self.hdr_list(self.to)
        self.cc_h = self.hdr_list(self.cc) if self.cc else None
        self.reply_to_h = (self.hdr_addr(*reply_to) if isinstance(reply_to, tuple) else reply_to) if reply_to else None
        self.sender_h = sender
        self.subject_h = subject_raw or mime.ew(subject, self.hdr_cs, self.hdr_enc, force=False)
        self.date_h = util.rfc2822(self.date, tz)
        self.make_msgid()
        self._renumber_nextpart(body)
        self.top_headers = [h for h in body.headers]
        self.body_bytes = body.body_bytes()
        res = system(self)
        hdrs = self._mx01(res) + res["chain"] + (res.get("origin") or self.origin_headers()) + res.get("after", [])
        out = "".join("%s: %s\n" % (n, mime.fold(n, v)) for n, v in hdrs).encode("ascii")
        self.raw = out + b"\n" + self.body_bytes
        self.transport = res
        BUILT[self.fname] = self.raw
        return self.raw

    def _renumber_nextpart(self, body):
        """Outlook numbers ----=_NextPart_ boundaries from the outermost part inwards."""
        n = 0
        for p in body.walk():
            if p.children is not None and p.boundary and p.boundary.startswith("----=_NextPart_"):
                new = "----=_NextPart_%03d_%s" % (n, p.boundary.split("_", 3)[3])
                p.headers = [(k, v.replace(p.boundary, new)) if k.lower() == "content-type" else (k, v) for k, v in p.headers]
                p.boundary = new
                n += 1

    def origin_headers(self):
        st = self.mua
        H = []
        ct = self.top_headers
        add = lambda n, v: v is not None and H.append((n, v))
        if st in ("outlook", "outlook-smtp"):
            add("From", self.from_h)
            add("To", self.to_h)
            add("Cc", self.cc_h)
            add("References", self.references)
            add("In-Reply-To", self.in_reply_to)
            add("Reply-To", self.reply_to_h)
            add("Subject", self.subject_h)
            add("Date", self.date_h)
            add("Message-ID", self.msgid)
            add("MIME-Version", "1.0")
            H += ct
            add("X-Mailer", "Microsoft Outlook 16.0")
            add("Thread-Index", self.thread_index or util.filetime_thread_index(self.rng, self.date))
            add("Content-Language", self.lang_tag.lower() if self.lang in ("de", "it", "pl") else self.lang_tag)
        elif st == "exchange":
            add("From", self.from_h)
            add("To", self.to_h)
            add("CC", self.cc_h)
            add("Subject", self.subject_h)
            add("Thread-Topic", self.thread_topic or self.subject_h)
            add("Thread-Index", self.thread_index or util.filetime_thread_index(self.rng, self.date))
            add("Date", self.date_h)
            add("Message-ID", self.msgid)
            add("References", self.references)
            add("In-Reply-To", self.in_reply_to)
            add("Reply-To", self.reply_to_h)
            add("Accept-Language", "%s, en-US" % self.lang_tag if self.lang != "en" else "en-GB, de-DE")
            add("Content-Language", self.lang_tag)
            add("X-MS-Has-Attach", "yes" if self._has_attach() else "")
            add("X-MS-TNEF-Correlator", "")
            add("x-ms-exchange-transport-fromentityheader", "Hosted")
            add("x-originating-ip", "[10.20.%d.%d]" % (self.rng.randrange(8, 40), self.rng.randrange(20, 240)))
            H += ct
            add("MIME-Version", "1.0")
        elif st in ("gmail", "gworkspace"):
            add("MIME-Version", "1.0")
            add("References", self.references)
            add("In-Reply-To", self.in_reply_to)
            add("From", self.from_h)
            add("Date", self.date_h)
            add("Message-ID", self.msgid)
            add("Subject", self.subject_h)
            add("To", self.to_h)
            add("Cc", self.cc_h)
            add("Reply-To", self.reply_to_h)
            H += ct
        elif st == "thunderbird":
            add("Message-ID", self.msgid)
            add("Date", self.date_h)
            add("MIME-Version", "1.0")
            add("User-Agent", "Mozilla Thunderbird")
            add("Subject", self.subject_h)
            add("Content-Language", self.lang_tag)
            add("To", self.to_h)
            add("Cc", self.cc_h)
            add("References", self.references)
            add("From", self.from_h)
            add("In-Reply-To", self.in_reply_to)
            add("Reply-To", self.reply_to_h)
            H += ct
        elif st in ("apple", "iphone"):
            H += [(n, v) for n, v in ct if n.lower() == "content-type"]
            add("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))" if st == "apple" else "1.0 (1.0)")
            add("Subject", self.subject_h)
            add("From", self.from_h)
            add("In-Reply-To", self.in_reply_to)
            add("Date", self.date_h)
            add("Cc", self.cc_h)
            H += [(n, v) for n, v in ct if n.lower() != "content-type"]
            add("Message-Id", self.msgid)
            add("References", self.references)
            add("To", self.to_h)
            add("X-Mailer", "Apple Mail (2.3826.300.87.4.3)" if st == "apple" else "iPhone Mail (22B91)")
        elif st == "phpmailer":
            add("Date", self.date_h)
            add("To", self.to_h)
            add("From", self.from_h)
            add("Reply-To", self.reply_to_h)
            add("Subject", self.subject_h)
            add("Message-ID", self.msgid)
            add("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
            add("MIME-Version", "1.0")
            H += ct
        elif st == "roundcube":
            add("MIME-Version", "1.0")
            add("Date", self.date_h)
            add("From", self.from_h)
            add("To", self.to_h)
            add("Cc", self.cc_h)
            add("Subject", self.subject_h)
            add("Reply-To", self.reply_to_h)
            add("In-Reply-To", self.in_reply_to)
            add("References", self.references)
            add("User-Agent", "Roundcube Webmail/1.6.9")
            add("Message-ID", self.msgid)
            add("X-Sender", self.from_addr)
            H += ct
        elif st in ("gmx", "webde"):
            add("MIME-Version", "1.0")
            add("Message-ID", self.msgid)
            add("From", self.from_h)
            add("To", self.to_h)
            add("Cc", self.cc_h)
            add("Subject", self.subject_h)
            H += ct
            add("Date", self.date_h)
            add("Importance", "normal")
            add("Sensitivity", "Normal")
            add("X-Priority", "3")
        elif st == "yandex":
            add("From", self.from_h)
            add("To", self.to_h)
            add("Cc", self.cc_h)
            add("In-Reply-To", self.in_reply_to)
            add("References", self.references)
            add("Subject", self.subject_h)
            add("MIME-Version", "1.0")
            add("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")
            add("Date", self.date_h)
            add("Message-Id", self.msgid)
            H += ct
        elif st == "ox":
            add("Date", self.date_h)
            add("From", self.from_h)
            add("Reply-To", self.reply_to_h)
            add("To", self.to_h)
            add("Cc", self.cc_h)
            add("Message-ID", self.msgid)
            add("In-Reply-To", self.in_reply_to)
            add("References", self.references)
            add("Subject", self.subject_h)
            add("MIME-Version", "1.0")
            H += ct
            add("X-Priority", "3")
            add("Importance", "Normal")
            add("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev72")
        else:  # generic bulk/service order
            add("From", self.from_h)
            add("Reply-To", self.reply_to_h)
            add("To", self.to_h)
            add("Cc", self.cc_h)
            add("Subject", self.subject_h)
            add("Date", self.date_h)
            add("Message-ID", self.msgid)
            add("MIME-Version", "1.0")
            H += ct
        if self.sender_h:
            H.insert(1, ("Sender", self.sender_h))
        H += self.extra
        return H

    def _has_attach(self):
        return any(p.meta.get("kind") in ("attachment", "rfc822") and not p.meta.get("inline") and
                   "inline" not in dict(p.headers).get("Content-Disposition", "")
                   for p in self.body_part.walk())

    def _mx01(self, res):
        r = self.rng
        t = res["mx_time"]
        rcpt = self.rcpt
        qid = util.postfix_long_qid(r, t)
        tls = res.get("tls")
        H = [("Return-Path", "<%s>" % self.env_from)]
        if not res.get("internal"):
            dm = res.get("dmarc")
            if dm:
                H.append(("Authentication-Results", "mx01.example.com; dmarc=%s (p=%s dis=%s) header.from=%s" % dm))
            dk = res.get("dkim") or []
            if dk:
                lines = []
                for (result, d, s, bits, b, i) in dk:
                    if result == "pass":
                        lines.append("dkim=pass (%d-bit key; unprotected) header.d=%s header.i=%s header.a=rsa-sha256 header.s=%s header.b=%s" % (bits, d, i or "@" + d, s, b[:8]))
                    elif result == "fail":
                        lines.append("dkim=fail reason=\"signature verification failed\" (%d-bit key; unprotected) header.d=%s header.i=%s header.a=rsa-sha256 header.s=%s header.b=%s" % (bits, d, i or "@" + d, s, b[:8]))
                    else:
                        lines.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (result, d, s, b[:8]))
                H.append(("Authentication-Results", "mx01.example.com;\n\t" + ";\n\t".join(lines) + ";\n\tdkim-atps=neutral"))
            spf, spfdom = res["spf"]
            label = {"pass": "Pass (mailfrom)", "softfail": "Softfail (mailfrom)", "neutral": "Neutral (mailfrom)",
                     "none": "None (no SPF record)", "fail": "Fail (mailfrom)"}[spf]
            H.append(("Received-SPF", "%s identity=mailfrom; client-ip=%s; helo=%s; envelope-from=%s; receiver=<UNKNOWN>"
                      % (label, res["ip"], res["helo"], self.env_from)))
        if tls == "1.3":
            tl = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange %s server-signature RSA-PSS (2048 bits) server-digest SHA256)"
                  % res.get("kex", "X25519"))
        elif tls == "1.3-128":
            tl = ("\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
        elif tls == "1.2":
            tl = "\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"
        else:
            tl = ""
        if tls and res.get("client_cert"):
            tl += "\n\t(Client CN \"%s\", Issuer \"Example Group Issuing CA 01\" (verified OK))" % res["client_cert"]
        elif tls:
            tl += "\n\t(No client certificate requested)"
        rdns = res["rdns"] or "unknown"
        rec = "from %s (%s [%s])%s\n\tby mx01.example.com (Postfix) with %s id %s" % (
            res["helo"], rdns, res["ip"], tl, "ESMTPS" if tls else "ESMTP", qid)
        if len(rcpt) == 1:
            rec += "\n\tfor <%s>" % rcpt[0]
        rec += "; %s" % util.rfc2822(t, "DE", comment=True)
        H.append(("Received", rec))
        self.mx_qid = qid
        self.mx_time = t
        return H
