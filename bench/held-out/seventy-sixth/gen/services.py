"""Bulk e-mail service providers and large senders' own infrastructure."""
from datetime import timedelta

from infra import Profile, R, alnum, b64s, hexs, postfix_qid, rdate, ruuid, script_of


class _Bulk(Profile):
    cs_label_upper = False

    def hcs(self, m, text):
        return "UTF-8", ("B" if script_of(text) != "latin" else "Q"), "UTF-8"

    def __init__(self, domain, ip_seed=None, tz="UTC", extra_hdrs=()):
        self.domain = domain
        self.r = R("esp/%s/%s" % (self.__class__.__name__, ip_seed or domain))
        self.tz = tz
        self.extra_hdrs = list(extra_hdrs)


class SendGrid(_Bulk):
    order = ["__CT__", "Date", "From", "Mime-Version", "Message-ID", "Subject", "Reply-To",
             "X-SG-EID", "X-SG-ID", "To", "Cc", "X-Entity-ID", "List-Unsubscribe", "List-Unsubscribe-Post"]

    def values(self, m):
        v = Profile.values(self, m)
        v["Mime-Version"] = v.pop("MIME-Version")
        return v

    def msgid(self, m):
        if not hasattr(m, "_mid"):
            m._pod = "geopod-ismtpd-%d" % m.rng.randrange(1, 40)
            m._mid = "<%s@%s>" % (b64s(m.rng, 16, url=True), m._pod)
        return m._mid

    def boundary(self, m, part):
        return hexs(m.rng, 64)

    def extra(self, m):
        return [("X-SG-EID", "u001.%s" % b64s(m.rng, 180)), ("X-Entity-ID", "u001.%s" % b64s(m.rng, 30))] + self.extra_hdrs

    def hops(self, m, t):
        self.msgid(m)
        fd = "filterdrecv-%s-%s" % (hexs(m.rng, 9), alnum(m.rng, 5).lower())
        t1 = t + timedelta(milliseconds=m.rng.randrange(300, 2000))
        h1 = "Received: by %s with SMTP id %s-1-%s-%X\n        %s +0000 UTC m=+%d.%09d" % (
            fd, fd, hexs(m.rng, 8, True), m.rng.randrange(16, 64), t1.strftime("%Y-%m-%d %H:%M:%S.") + "%09d" % m.rng.randrange(10 ** 9),
            m.rng.randrange(100000, 9999999), m.rng.randrange(10 ** 9))
        h2 = "Received: from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s" % (
            self.domain, m._pod, b64s(m.rng, 16, url=True), rdate(t, "UTC", comment=True, frac=True).replace(" (UTC)", " (UTC)"))
        return [h1, h2], t1

    def connect(self, m):
        n = self.r.randrange(1, 255)
        host = "%s.outbound-mail.sendgrid.net" % alnum(self.r, 8, "abcdefghijklmnopqrstuvwxyz")
        return host, host, "149.72.%d.%d" % (self.r.randrange(1, 250), n)


class Mailgun(_Bulk):
    order = ["__CT__", "Mime-Version", "Subject", "From", "To", "Cc", "Reply-To", "Date", "Message-Id",
             "X-Mailgun-Sid", "Sender", "List-Unsubscribe", "List-Unsubscribe-Post", "X-Mailgun-Variables"]

    def values(self, m):
        v = Profile.values(self, m)
        v["Mime-Version"] = v.pop("MIME-Version")
        v["Message-Id"] = v.pop("Message-ID")
        return v

    def msgid(self, m):
        return "<%s.%s@%s>" % (m.utc.strftime("%Y%m%d%H%M%S"), hexs(m.rng, 16), self.domain)

    def boundary(self, m, part):
        return hexs(m.rng, 64)

    def extra(self, m):
        return [("X-Mailgun-Sid", "Wy%s" % b64s(m.rng, 48)), ("Sender", "postmaster@%s" % self.domain)] + self.extra_hdrs

    def hops(self, m, t):
        h = "Received: by %s with HTTP id %s; %s" % (hexs(m.rng, 12), hexs(m.rng, 24), rdate(t, "UTC").replace("+0000", "GMT"))
        return [h], t + timedelta(seconds=1)

    def connect(self, m):
        a, b = self.r.randrange(200, 240), self.r.randrange(2, 250)
        host = "m%d-%d.mailgun.net" % (a, b)
        return host, host, "159.135.%d.%d" % (a, b)


class Brevo(_Bulk):
    order = ["MIME-Version", "From", "Reply-To", "To", "Subject", "Date", "Message-Id", "__CT__",
             "List-Unsubscribe", "List-Unsubscribe-Post", "X-Mailer", "X-Mailin-EID", "X-sib-id",
             "Feedback-ID", "Origin-messageId"]

    def values(self, m):
        v = Profile.values(self, m)
        v["Message-Id"] = v.pop("Message-ID")
        return v

    def msgid(self, m):
        return "<%s.%d@smtp-relay.mailin.fr>" % (m.utc.strftime("%Y%m%d%H%M"), m.rng.randrange(10 ** 10, 10 ** 11))

    def boundary(self, m, part):
        return "----=_Part_%d_%d.%d" % (m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(10 ** 8, 10 ** 9),
                                        int(m.utc.timestamp() * 1000))

    def extra(self, m):
        return [("X-Mailer", "Brevo"), ("X-Mailin-EID", b64s(m.rng, 40)),
                ("X-sib-id", b64s(m.rng, 90)),
                ("Feedback-ID", "%d.%d.%d:Brevo" % (m.rng.randrange(10, 99), m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(100))),
                ("Origin-messageId", "<%s@smtp-relay.brevo.com>" % hexs(m.rng, 24))] + self.extra_hdrs

    def hops(self, m, t):
        h = "Received: from smtp-relay.brevo.com (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (
            self._host(), postfix_qid(m.rng), rdate(t, "CET"))
        return [h], t + timedelta(seconds=1)

    def _host(self):
        if not hasattr(self, "_h"):
            self._h = "%s%d.mailin.fr" % (self.r.choice(["ac", "ad", "ae"]), self.r.randrange(10, 60))
            self._ip = "77.32.148.%d" % self.r.randrange(2, 250)
        return self._h

    def connect(self, m):
        h = self._host()
        return h, h, self._ip


class SES(_Bulk):
    order = ["From", "To", "Cc", "Reply-To", "Subject", "MIME-Version", "__CT__", "Message-ID", "Date",
             "List-Unsubscribe", "List-Unsubscribe-Post", "Feedback-ID", "X-SES-Outgoing"]

    def __init__(self, domain, region="eu-west-1", **kw):
        _Bulk.__init__(self, domain, **kw)
        self.region = region

    def _id(self, m):
        if not hasattr(m, "_sid"):
            loc = m.env_from.split("@")[0]
            if m.env_from.endswith(".amazonses.com") and loc.startswith("0102"):
                m._sid = loc
            else:
                m._sid = "010201%s-%s-000000" % (hexs(m.rng, 10), ruuid(m.rng))
        return m._sid

    def msgid(self, m):
        return "<%s@%s.amazonses.com>" % (self._id(m), self.region)

    def boundary(self, m, part):
        return "----=_Part_%d_%d.%d" % (m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(10 ** 8, 10 ** 9),
                                        int(m.utc.timestamp() * 1000))

    def _ip(self):
        if not hasattr(self, "_ipc"):
            self._ipc = (self.r.choice([7, 8]), self.r.randrange(2, 250))
        return self._ipc

    def extra(self, m):
        a, b = self._ip()
        return [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (self.region, b64s(m.rng, 30))),
                ("X-SES-Outgoing", "%s-54.240.%d.%d" % (m.utc.strftime("%Y.%m.%d"), a, b))] + self.extra_hdrs

    def connect(self, m):
        a, b = self._ip()
        h = "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, self.region)
        return h, h, "54.240.%d.%d" % (a, b)

    def hops(self, m, t):
        return [], t


class Mailchimp(_Bulk):
    order = ["Subject", "From", "Reply-To", "To", "Date", "List-Unsubscribe", "List-Unsubscribe-Post",
             "Message-ID", "X-Mailer", "X-Campaign", "X-campaignid", "X-Report-Abuse", "X-MC-User",
             "Feedback-ID", "List-ID", "X-Accounttype", "x-mcda", "MIME-Version", "__CT__"]

    def __init__(self, domain, account, list_id, **kw):
        _Bulk.__init__(self, domain, **kw)
        self.account, self.list_id = account, list_id
        self.a, self.b = self.r.randrange(160, 190), self.r.randrange(1, 60)

    def msgid(self, m):
        return "<%s.%s@mail%d-%d.suw21.mcdlv.net>" % (hexs(m.rng, 24), hexs(m.rng, 10), self.a, self.b)

    def boundary(self, m, part):
        return "_----------=_MCPart_%d" % m.rng.randrange(10 ** 9, 10 ** 10)

    def extra(self, m):
        cid = hexs(m.rng, 10)
        return [("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, hexs(m.rng, 10))),
                ("X-Campaign", "mailchimp%s.%s" % (self.account, cid)), ("X-campaignid", "mailchimp%s.%s" % (self.account, cid)),
                ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (
                    self.account, cid, hexs(m.rng, 10))),
                ("X-MC-User", self.account),
                ("Feedback-ID", "%d:%d.%d:us21:mc" % (m.rng.randrange(10 ** 7, 10 ** 8), m.rng.randrange(10 ** 7, 10 ** 8), m.rng.randrange(10 ** 6, 10 ** 7))),
                ("List-ID", "%smc list <%s.%d.list-id.mcsv.net>" % (self.account, self.account, self.list_id)),
                ("X-Accounttype", "pd"), ("x-mcda", "FALSE")] + self.extra_hdrs

    def hops(self, m, t):
        h = "Received: from localhost (localhost [127.0.0.1])\n\tby mail%d-%d.suw21.mcdlv.net (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s" % (
            self.a, self.b, hexs(m.rng, 12, True), m.rcpt, rdate(t, "UTC"))
        return [h], t + timedelta(seconds=2)

    def connect(self, m):
        h = "mail%d-%d.suw21.mcdlv.net" % (self.a, self.b)
        return h, h, "198.2.%d.%d" % (self.a, self.b)


class Postmark(_Bulk):
    order = ["Date", "From", "Reply-To", "To", "Message-Id", "Subject", "MIME-Version", "__CT__",
             "X-PM-Message-Id", "X-PM-RCPT", "X-PM-Tag", "Feedback-ID", "X-Complaints-To",
             "List-Unsubscribe", "List-Unsubscribe-Post"]

    def values(self, m):
        v = Profile.values(self, m)
        v["Message-Id"] = v.pop("Message-ID")
        return v

    def msgid(self, m):
        if not hasattr(m, "_pm"):
            m._pm = ruuid(m.rng)
        return "<%s@mtasv.net>" % m._pm

    def boundary(self, m, part):
        return "mk3-%s" % hexs(m.rng, 32)

    def extra(self, m):
        self.msgid(m)
        return [("X-PM-Message-Id", m._pm), ("X-PM-RCPT", "|bTB8MTcxNjJ8%s|" % b64s(m.rng, 30)),
                ("Feedback-ID", "s%d-%s:s%d:a%d:postmark" % (m.rng.randrange(10 ** 6, 10 ** 7), b64s(m.rng, 6),
                                                              m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(10 ** 5, 10 ** 6))),
                ("X-Complaints-To", "abuse@postmarkapp.com")] + self.extra_hdrs

    def hops(self, m, t):
        return [], t

    def connect(self, m):
        n = self.r.choice([201, 202, 205, 211])
        h = "mta%da-ord.mtasv.net" % n
        return h, h, "104.245.209.%d" % n


class Mailjet(_Bulk):
    order = ["Message-Id", "MIME-Version", "From", "Reply-To", "Subject", "To", "Date", "__CT__",
             "X-CSA-Complaints", "List-Unsubscribe", "List-Unsubscribe-Post", "X-MJ-Mid", "X-Mailjet-Campaign",
             "Feedback-Id"]

    def values(self, m):
        v = Profile.values(self, m)
        v["Message-Id"] = v.pop("Message-ID")
        return v

    def msgid(self, m):
        return "<%s@mailjet.com>" % ruuid(m.rng)

    def boundary(self, m, part):
        return "=-=%s=-=" % b64s(m.rng, 18).replace("/", "").replace("+", "")

    def extra(self, m):
        return [("X-CSA-Complaints", "csa-complaints@eco.de"), ("X-MJ-Mid", "AAAAAG%s" % b64s(m.rng, 40)),
                ("Feedback-Id", "%d.%d.%d:MJ" % (m.rng.randrange(10 ** 2, 10 ** 3), m.rng.randrange(10 ** 6, 10 ** 7), m.rng.randrange(10 ** 5, 10 ** 6)))] + self.extra_hdrs

    def hops(self, m, t):
        return [], t

    def connect(self, m):
        a, b = self.r.randrange(20, 80), self.r.randrange(20, 40)
        h = "o%d.p%d.mailjet.com" % (a, b)
        return h, h, "87.253.233.%d" % (a + b)


class Zoho(_Bulk):
    order = ["Date", "From", "Reply-To", "To", "Cc", "Message-Id", "In-Reply-To", "Subject", "MIME-Version",
             "__CT__", "Importance", "User-Agent", "X-Mailer"]

    def values(self, m):
        v = Profile.values(self, m)
        v["Message-Id"] = v.pop("Message-ID")
        return v

    def msgid(self, m):
        return "<%s.%s.%d@%s>" % (hexs(m.rng, 11), hexs(m.rng, 16), m.rng.randrange(10 ** 18, 10 ** 19), self.domain)

    def boundary(self, m, part):
        return "----=_Part_%d_%d.%d" % (m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 8, 10 ** 9),
                                        int(m.utc.timestamp() * 1000))

    def extra(self, m):
        return [("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")]

    def hops(self, m, t):
        h = "Received: from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d; %s" % (
            int(m.utc.timestamp() * 1000), m.rng.randrange(100, 999), rdate(t, "PT", comment=True))
        return [h], t + timedelta(seconds=1)

    def connect(self, m):
        n = self.r.randrange(10, 60)
        h = "sender4-op-o%d.zoho.eu" % n
        return h, h, "136.143.169.%d" % n


class OpenXchange(_Bulk):
    """Namecheap Private Email (Open-Xchange App Suite on Postfix)."""
    order = ["Date", "From", "To", "Cc", "Reply-To", "Message-ID", "In-Reply-To", "References",
             "Subject", "MIME-Version", "__CT__", "X-Priority", "Importance", "X-Mailer", "X-Originating-Client"]

    def msgid(self, m):
        return "<%d.%d.%d@privateemail.com>" % (m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10 ** 5, 10 ** 6),
                                                int(m.utc.timestamp() * 1000))

    def boundary(self, m, part):
        return "----=_Part_%d_%d.%d" % (m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 8, 10 ** 9),
                                        int(m.utc.timestamp() * 1000))

    def extra(self, m):
        return [("X-Priority", "3"), ("Importance", "Normal"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"),
                ("X-Originating-Client", "open-xchange-appsuite")]

    def hops(self, m, t):
        n = self._n()
        h1 = "Received: from mta-%02d.privateemail.com (localhost [127.0.0.1])\n\tby mta-%02d.privateemail.com (Postfix) with ESMTP id %s;\n\t%s" % (
            n, n, postfix_qid(m.rng), rdate(t + timedelta(seconds=1), "ET", comment=True))
        h2 = "Received: from APP-%02d (unknown [10.50.14.%d])\n\tby mta-%02d.privateemail.com (Postfix) with ESMTPA;\n\t%s" % (
            m.rng.randrange(1, 20), m.rng.randrange(2, 250), n, rdate(t, "ET", comment=True))
        return [h1, h2], t + timedelta(seconds=1)

    def _n(self):
        if not hasattr(self, "_nc"):
            self._nc = self.r.choice([2, 3, 6, 7, 9])
        return self._nc

    def connect(self, m):
        n = self._n()
        return "mta-%02d.privateemail.com" % n, "mta-%02d.privateemail.com" % n, "198.54.127.%d" % (50 + n)


class Service(Profile):
    """A large sender's own infrastructure, fully parameterised."""

    def __init__(self, connect, hops=None, msgid=None, boundary=None, extra=(), order=None,
                 hcs=("UTF-8", "Q", "UTF-8"), date_zone=None, tls="tls13"):
        self._connect, self._hops, self._msgid = connect, hops, msgid
        self._boundary, self._extra = boundary, list(extra)
        if order:
            self.order = order
        self._hcs, self.date_zone, self.tls = hcs, date_zone, tls

    def hcs(self, m, text):
        cs, enc, label = self._hcs
        if script_of(text) != "latin":
            enc = "B"
        return cs, enc, label

    def msgid(self, m):
        if not hasattr(m, "_mid"):
            m._mid = self._msgid(m)
        return m._mid

    def boundary(self, m, part):
        return self._boundary(m, part) if self._boundary else "----=_Part_%d_%d.%d" % (
            m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 8, 10 ** 9), int(m.utc.timestamp() * 1000))

    def extra(self, m):
        return [(k, v(m) if callable(v) else v) for k, v in self._extra]

    def hops(self, m, t):
        if not self._hops:
            return [], t
        return self._hops(m, t)

    def connect(self, m):
        return self._connect(m) if callable(self._connect) else self._connect


class DirectBot(Profile):
    """Spam-bot talking straight to the MX from a compromised host."""
    order = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "__CT__", "X-Priority", "X-Mailer"]
    tls = None

    def __init__(self, helo, rdns, ip, tz, mailer=None, msgid_dom=None):
        self.helo, self.rdns, self.ip, self.tz_, self.mailer, self.msgid_dom = helo, rdns, ip, tz, mailer, msgid_dom

    def hcs(self, m, text):
        return "utf-8", "B", "utf-8"

    def date_header(self, m):
        return rdate(m.utc, self.tz_)

    def msgid(self, m):
        return "<%s@%s>" % (hexs(m.rng, 12, True) + "$" + hexs(m.rng, 8, True), self.msgid_dom or self.helo)

    def boundary(self, m, part):
        return "----=_NextPart_000_%04X_%s" % (m.rng.randrange(0x10000), hexs(m.rng, 17, True))

    def extra(self, m):
        e = [("X-Priority", "3")]
        if self.mailer:
            e.append(("X-Mailer", self.mailer))
        return e

    def connect(self, m):
        return self.helo, self.rdns, self.ip
