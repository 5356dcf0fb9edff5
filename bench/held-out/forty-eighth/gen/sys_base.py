"""Sending systems, common part: helpers, the mx01 Received header and the
Base class every sending system derives from."""

import base64
import calendar
import hashlib

from mime import (h, hnum, rfc_date, ago, addr, hdr_text, ALNUM, UPALNUM,
                  tz_abbr)

_QALPHA = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"

_EX_LANG = {"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl-PL", "es": "es-ES",
            "el": "el-GR", "ru": "ru-RU"}


def postfix_qid(label):
    return "4" + h(label, 14, _QALPHA)


def uuid(label, upper=False):
    s = h(label, 32)
    s = "%s-%s-4%s-%s%s-%s" % (s[:8], s[8:12], s[13:16], "89ab"[int(s[16], 16) % 4], s[17:20], s[20:32])
    return s.upper() if upper else s


def b64id(label, nbytes):
    d = b""
    i = 0
    while len(d) < nbytes:
        d += hashlib.sha256(("%s/%d" % (label, i)).encode()).digest()
        i += 1
    return base64.b64encode(d[:nbytes]).decode()


def epoch(m, ms=False, back=0):
    e = calendar.timegm(m.t_sent.timetuple()) - back
    return e * 1000 + hnum(m.key + "epms", 0, 999) if ms else e


def mx01(helo, rdns, ip, rcpt, t, tls="1.3", qid_label="x"):
    client = "%s (%s [%s])" % (helo, rdns or "unknown", ip)
    lines = ["Received: from " + client]
    if tls == "1.3":
        lines.append("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                     "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                     "\t(No client certificate requested)")
    elif tls == "1.2":
        lines.append("\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
                     "\t(No client certificate requested)")
    lines.append("\tby mx01.example.com (Postfix) with %s id %s" % ("ESMTPS" if tls else "ESMTP", postfix_qid(qid_label)))
    lines.append("\tfor <%s>; %s" % (rcpt, rfc_date(t, "CET", comment=True)))
    return "\n".join(lines)


class Base:
    zone = "CET"
    delay = 4            # seconds between Date and arrival at mx01
    hcs_default = None   # header charset override
    hmode_default = None
    tls = "1.3"

    def __init__(self, **kw):
        self.__dict__.update(kw)

    # -- helpers -------------------------------------------------------
    def hcs(self, m):
        return self.hcs_default or m.hcs

    def hmode(self, m):
        return self.hmode_default or m.hmode

    def A(self, m, name, email, quote=False):
        return addr(name, email, self.hcs(m), self.hmode(m), quote)

    def alist(self, m, lst, quote=False):
        return ", ".join(self.A(m, n, e, quote) for (n, e) in lst)

    def subj(self, m):
        return hdr_text(m.subject, self.hcs(m), self.hmode(m))

    def common(self, m):
        d = {"From": self.A(m, m.frm[0], m.frm[1], getattr(self, "quote", False)),
             "To": self.alist(m, m.to, getattr(self, "quote", False)),
             "Subject": self.subj(m),
             "Date": rfc_date(m.t_sent, getattr(self, "date_zone", None) or self.zone),
             "Message-ID": m.msgid,
             "MIME-Version": "1.0"}
        if m.cc:
            d["Cc"] = self.alist(m, m.cc, getattr(self, "quote", False))
        if m.reply_to:
            d["Reply-To"] = self.A(m, m.reply_to[0], m.reply_to[1])
        if m.in_reply_to:
            d["In-Reply-To"] = m.in_reply_to
        if m.references:
            d["References"] = m.references
        return d

    def ordered(self, m, order, extra=()):
        d = self.common(m)
        out = []
        for k in order:
            if k in d:
                out.append((k, d[k]))
            elif isinstance(k, tuple):
                out.append(k)
        out.extend(extra)
        out.extend(m.extra)
        return out

    def t(self, m, back):
        return ago(m.t_arrival, back)

    # default boundary generator
    def bgen(self, m):
        n = [0]

        def g():
            n[0] += 1
            return self.boundary(m, n[0])
        return g

    def boundary(self, m, i):
        return "----=_Part_%d_%d.%d" % (hnum(m.key + "b", 100000, 999999), i, hnum(m.key, 10 ** 12, 10 ** 13 - 1))

    def bounce(self, m):
        return None


# ====================================================================
#  Microsoft: Exchange on-prem (internal), Exchange Online, Outlook.com
# ====================================================================

_EX_LANG = {"de": "de-DE", "en": "en-GB", "it": "it-IT", "pl": "pl-PL", "es": "es-ES",
            "el": "el-GR", "ru": "ru-RU"}
