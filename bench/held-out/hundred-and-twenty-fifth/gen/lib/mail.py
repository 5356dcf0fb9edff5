"""A message as mx01.example.com received it: the Mail object collects the
sender-side headers (written by a 'system' from systems.py), the MIME tree,
and the facts for the manifest; render() prepends mx01's own trace."""

import re

from . import util
from .util import CRLF, rfcdate, secs, addr, ew, needs_ew, fold

OUR_DOMAINS = ("example.com", "examplegroup.eu")

PSL2 = ("co.uk", "org.uk", "gov.uk", "nhs.uk", "com.gr", "gov.gr", "com.pl", "gov.pl", "net.pl", "com.es",
        "gob.es", "com.ru", "msk.ru", "com.cy", "com.de")


def orgdomain(d):
    d = d.lower()
    parts = d.split(".")
    if ".".join(parts[-2:]) in PSL2:
        return ".".join(parts[-3:])
    if d.endswith(".onmicrosoft.com"):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


# DMARC policy published by a domain (None = no record); as modelled.
DMARC = {
    "example.com": "quarantine", "examplegroup.eu": "quarantine", "lieferant-gmbh.de": "quarantine",
    "ferretti-trasporti.it": "reject", "partner-logistik.pl": None, "gmail.com": "none", "googlemail.com": "none",
    "outlook.com": "none", "hotmail.com": "none", "outlook.it": "none", "web.de": "quarantine", "gmx.de": "quarantine",
    "gmx.net": "quarantine", "yandex.ru": "none", "mail.ru": "reject", "docusign.net": "reject",
    "google.com": "reject", "microsoft.com": "reject", "sharepointonline.com": "reject", "adobe.com": "reject",
    "accountprotection.microsoft.com": "reject", "canva.com": "reject", "dropbox.com": "reject",
    "northcarehomes.co.uk": "reject", "farmadriatica.it": "none", "dfarlevante.es": "quarantine",
    "attikipharm.gr": None, "pharmdistrib.ru": "none", "apodata-systeme.de": "reject", "hollmann-partner.de": "reject",
    "neckartal-bank.de": "reject", "mbank.pl": "reject", "crpt.ru": "none", "diadoc.ru": "reject",
    "kontur.ru": "reject", "aade.gr": "none", "eopyy.gov.gr": None, "acscourier.net": "reject",
    "pharmacyregulation.org": "reject", "post.xero.com": "reject", "xero.com": "reject",
    "correo.gob.es": "reject", "platformazakupowa.pl": "none", "contrataciondelestado.es": "none",
    "pharmaretail-europe.eu": "none", "docs.google.com": "reject", "brightwell-healthcare.co.uk": "reject",
}


class Mail:
    def __init__(self, fname, lang):
        self.fname = fname
        self.rng = util.Rng(fname)
        self.lang = {"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl-PL", "es": "es-ES", "el": "el-GR",
                     "ru": "ru-RU"}.get(lang, lang)
        self.frm = None
        self.sender = None
        self.reply_to = []
        self.to = []
        self.cc = []
        self.rcpt = None
        self.subject = ""
        self.arrival = None
        self.date = None
        self.in_reply_to = None
        self.references = None
        self.msgid = None
        self.root = None
        self.extra = []
        self.hcs = ("utf-8", "B", "utf-8")
        self.trace = []
        self.hdrs = []
        self.conn = None
        self.mailfrom = None
        self.dkim = []          # (result, d, s, b8)
        self.spf = "pass"
        self.arc = None
        self.dmarc_override = None
        self.facts = []         # (kind, value, note)
        self.qr = []            # intended QR payloads
        self.meta = {}
        self.tls = "1.3"
        self.mx_qid = util.postfix_qid(self.rng.sub("mx"))
        self.nested = False

    # -------------------------------------------------------------- setup
    def when(self, y, mo, d, h, mi, s=0, delay=None):
        """Arrival at mx01, Berlin wall-clock."""
        self.arrival = util.utc_from_local(y, mo, d, h, mi, s, "Europe/Berlin")
        self.date = self.arrival - secs(delay if delay is not None else self.rng.randint(2, 25))
        return self

    def fact(self, kind, value, note=""):
        self.facts.append((kind, value, note))

    def want_qr(self, payload):
        self.qr.append(payload)

    # -------------------------------------------------------------- header helpers
    def a(self, pair, quote="auto"):
        name, email = pair
        cs, enc, lab = self.hcs
        return addr(name, email, cs, enc, lab, quote)

    def alist(self, lst, quote="auto"):
        return ", ".join(self.a(p, quote) for p in lst)

    def subj(self, s=None):
        s = self.subject if s is None else s
        if needs_ew(s):
            cs, enc, lab = self.hcs
            return ew(s, cs, enc, lab)
        return s

    def H(self, name, value):
        if CRLF in value:
            return "%s: %s" % (name, value)
        return fold(name, value)

    def std(self, order, zone="Europe/Berlin", pad=False, quote="auto"):
        out = []
        for k in order:
            if k == "From":
                out.append(self.H("From", self.a(self.frm, quote)))
            elif k == "Sender" and self.sender:
                out.append(self.H("Sender", self.a(self.sender, quote)))
            elif k == "To" and self.to:
                out.append(self.H("To", self.alist(self.to, quote)))
            elif k == "Cc" and self.cc:
                out.append(self.H("CC" if "CC" in order else "Cc", self.alist(self.cc, quote)))
            elif k == "CC" and self.cc:
                out.append(self.H("CC", self.alist(self.cc, quote)))
            elif k == "Reply-To" and self.reply_to:
                out.append(self.H("Reply-To", self.alist(self.reply_to, quote)))
            elif k == "Subject":
                out.append(self.H("Subject", self.subj()))
            elif k == "Date":
                out.append("Date: " + (util.rfcdate_pad(self.date, zone) if pad else rfcdate(self.date, zone)))
            elif k == "Message-ID":
                out.append("Message-ID: <%s>" % self.msgid)
            elif k == "Message-Id":
                out.append("Message-Id: <%s>" % self.msgid)
            elif k == "In-Reply-To" and self.in_reply_to:
                out.append("In-Reply-To: <%s>" % self.in_reply_to)
            elif k == "References" and (self.references or self.in_reply_to):
                refs = self.references or [self.in_reply_to]
                out.append("References: " + (CRLF + " ").join("<%s>" % r for r in refs))
            elif k == "MIME":
                out.append("@MIME@")
            elif k == "MIME-Version":
                out.append("MIME-Version: 1.0")
            elif k == "EXTRA":
                out += self.extra
        return out

    def dkim_sig(self, d, s, h, c="relaxed/relaxed", t=True, x=None, keybytes=256, ind="\t", q=False,
                 result="pass", i=None, order="vacd"):
        bh = self.rng.b64(32)
        b = self.rng.b64(keybytes)
        tt = util.epoch(self.date) + self.rng.randint(0, 3)
        fields = ["v=1", "a=rsa-sha256", "c=%s" % c, "d=%s" % d]
        if q:
            fields.append("q=dns/txt")
        fields.append("s=%s" % s)
        if i:
            fields.append("i=%s" % i)
        if t:
            fields.append("t=%d" % tt)
        if x:
            fields.append("x=%d" % (tt + x))
        if order == "google":
            fields = ["v=1", "a=rsa-sha256", "c=%s" % c, "d=%s" % d, "s=%s" % s, "t=%d" % tt] + \
                     (["x=%d" % (tt + x)] if x else []) + (["darn=example.com"] if d != "1e100.net" else [])
        fields.append("h=%s" % h)
        fields.append("bh=%s" % bh)
        line = "DKIM-Signature: " + "; ".join(fields[:4]) + ";"
        rest = fields[4:]
        out = line
        cur = ""
        for f in rest:
            seg = f + ";"
            if len(cur) + len(seg) + 1 > 70:
                out += CRLF + ind + cur.strip()
                cur = ""
            cur += " " + seg
        if cur:
            out += CRLF + ind + cur.strip()
        out += CRLF + ind + "b=" + util.wrap_b64_value(b, 64, 72, ind)
        if d != "1e100.net":
            self.dkim.append((result, d, s, b[:8]))
        return out

    # -------------------------------------------------------------- render
    def _auth(self):
        ip = self.conn[2]
        mf = self.mailfrom or ""
        mfd = mf.split("@")[-1].lower() if mf else self.conn[0]
        fromd = self.frm[1].split("@")[1].lower()
        parts = []
        if not self.dkim:
            parts.append("dkim=none")
        for res, d, s, b8 in self.dkim:
            if res == "pass":
                parts.append("dkim=pass header.d=%s header.s=%s header.b=%s" % (d, s, b8))
            else:
                parts.append('dkim=%s ("%s") header.d=%s header.s=%s header.b=%s' % (
                    res, "body hash did not verify" if res == "fail" else "no key for signature", d, s, b8))
        if self.arc:
            parts.append("arc=" + self.arc)
        else:
            parts.append("arc=none")
        spf = self.spf
        who = mf if mf else "postmaster@" + self.conn[0]
        if spf == "pass":
            parts.append("spf=pass (mx01.example.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                         % (who, ip, who))
        elif spf == "softfail":
            parts.append("spf=softfail (mx01.example.com: %s is neither permitted nor denied by domain of %s) "
                         "smtp.mailfrom=%s" % (ip, who, who))
        elif spf == "fail":
            parts.append("spf=fail (mx01.example.com: domain of %s does not designate %s as permitted sender) "
                         "smtp.mailfrom=%s" % (who, ip, who))
        elif spf == "none":
            parts.append("spf=none (mx01.example.com: domain of %s has no SPF policy when checking %s) "
                         "smtp.mailfrom=%s" % (who, ip, who))
        elif spf == "neutral":
            parts.append("spf=neutral (mx01.example.com: %s is neither permitted nor denied by domain of %s) "
                         "smtp.mailfrom=%s" % (ip, who, who))
        od = orgdomain(fromd)
        pol = DMARC.get(fromd, DMARC.get(od, "absent"))
        aligned = (spf == "pass" and mfd and orgdomain(mfd) == od) or any(
            r == "pass" and orgdomain(d) == od for r, d, s, b in self.dkim)
        if self.dmarc_override:
            parts.append(self.dmarc_override)
        elif pol == "absent" or pol is None:
            parts.append("dmarc=none header.from=%s" % fromd)
        elif aligned:
            parts.append("dmarc=pass (policy=%s) header.from=%s" % (pol, fromd))
        else:
            parts.append('dmarc=fail reason="SPF not aligned (relaxed), DKIM not aligned (relaxed)" '
                         'header.from=%s (policy=%s)' % (fromd, pol))
        return "Authentication-Results: mx01.example.com;" + CRLF + "\t" + (";" + CRLF + "\t").join(parts)

    def _mx_received(self):
        helo, rdns, ip = self.conn
        rc = self.rcpt
        if rc is None:
            rc = [p[1] for p in self.to + self.cc if p[1].split("@")[1] in OUR_DOMAINS]
        self.rcpt = rc
        s = "Received: from %s (%s [%s])" % (helo, rdns or "unknown", ip)
        if self.tls == "1.3":
            s += (CRLF + "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" + CRLF +
                  "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)" + CRLF +
                  "\t(No client certificate requested)")
            w = "ESMTPS"
        elif self.tls == "1.3x":
            s += (CRLF + "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)" + CRLF +
                  "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)" + CRLF +
                  "\t(Client did not present a certificate)")
            w = "ESMTPS"
        elif self.tls == "1.2":
            s += (CRLF + "\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))" + CRLF +
                  "\t(No client certificate requested)")
            w = "ESMTPS"
        else:
            w = "ESMTP"
        s += CRLF + "\tby mx01.example.com (Postfix) with %s id %s" % (w, self.mx_qid)
        if len(rc) == 1:
            s += CRLF + "\tfor <%s>; %s" % (rc[0], rfcdate(self.arrival, "Europe/Berlin", comment=True))
        else:
            s += ";" + CRLF + "\t" + rfcdate(self.arrival, "Europe/Berlin", comment=True)
        return s

    def render(self):
        assert self.conn and self.hdrs and self.root is not None, self.fname
        out = []
        if not self.nested:
            out.append("Return-Path: <%s>" % (self.mailfrom or ""))
            out.append(self._auth())
            out.append(self._mx_received())
        out += self.trace
        mime_hdrs = self.root.headers
        for h in self.hdrs:
            if h == "@MIME@":
                out += mime_hdrs
            else:
                out.append(h)
        if "@MIME@" not in self.hdrs:
            out += mime_hdrs
        head = CRLF.join(out) + CRLF + CRLF
        for line in head.split(CRLF):
            assert len(line) <= 998
        return head.encode("ascii") + self.root.serialize(with_headers=False)
