"""Sending systems: bulk e-mail service providers and genuine service
notifications (Google, GitHub, Microsoft, SharePoint, DocuSign, Yandex, GOV.UK)."""

import base64
import calendar
import hashlib

from mime import (h, hnum, rfc_date, ago, addr, hdr_text, ALNUM, UPALNUM,
                  tz_abbr)

from sys_base import (Base, postfix_qid, uuid, b64id, epoch, _QALPHA, _EX_LANG)


from sys_mail import ExchangeOnline, Yandex


class SendGrid(Base):
    date_zone = "UTC"
    delay = 35

    def bounce(self, m):
        lp, dom = m.rcpt.split("@")
        return "bounces+%d-%s-%s=%s@%s" % (hnum(m.key + "u", 10 ** 7, 10 ** 8), h(m.key + "bb", 4), lp, dom,
                                           getattr(self, "bounce_domain", "em%d.%s" % (hnum(m.key + "em", 1000, 9999), m.frm[1].split("@")[1])))

    def make_msgid(self, m):
        return "<%s@geopod-ismtpd-%d>" % (h(m.key + "sg", 22, ALNUM + "_-"), hnum(m.key + "gp", 1, 40))

    def chain(self, m):
        pod = m.msgid.split("@")[1].rstrip(">")
        fid = "filterdrecv-%s-%s" % (h(m.key + "fd1", 10, "abcdefghijklmnopqrstuvwxyz0123456789"), h(m.key + "fd2", 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        t1 = self.t(m, 1)
        hops = [
            "Received: by %s with SMTP id %s-1-%s-%X\n"
            "        %s.%09d +0000 UTC m=+%d.%09d" % (fid, fid, h(m.key + "sgh", 8).upper(), hnum(m.key + "n", 16, 60),
                                                     t1.strftime("%Y-%m-%d %H:%M:%S"), hnum(m.key + "ns", 0, 999999999),
                                                     hnum(m.key + "up", 1000, 900000), hnum(m.key + "ns2", 0, 999999999)),
            "Received: from %s (unknown)\n"
            "\tby %s (SG) with HTTP\n"
            "\tid %s\n"
            "\tfor <%s>;\n"
            "\t%s (UTC)" % (m.frm[1].split("@")[1], pod, h(m.key + "sg2", 22, ALNUM + "_-"), m.rcpt,
                            self.t(m, 20).strftime("%a, %d %b %Y %H:%M:%S.") + "%03d +0000" % hnum(m.key + "msec", 0, 999)),
        ]
        sub = h(m.key + "ob", 8, "abcdefghijklmnopqrstuvwxyz")
        return (getattr(self, "helo", "%s.outbound-mail.sendgrid.net" % sub), "%s.outbound-mail.sendgrid.net" % sub,
                "149.72.%d.%d" % (hnum(m.key + "i1", 100, 250), hnum(m.key + "i2", 2, 250))), hops

    def headers(self, m):
        order = ["Date", "From", "Reply-To", ("Mime-Version", "1.0"), "Subject", "Message-ID", "To", "Cc"]
        extra = [("X-SG-EID", "u001." + h(m.key + "eid", 110, ALNUM + "+/")),
                 ("X-SG-ID", "u001." + h(m.key + "sgid", 60, ALNUM + "+/")),
                 ("X-Entity-ID", "u001." + h(m.key + "ent", 22, ALNUM + "/+") + "==")]
        return self.ordered(m, order, extra)

    def boundary(self, m, i):
        return h(m.key + "sgb%d" % i, 64)


class Mailgun(Base):
    date_zone = "UTC"
    delay = 25

    def bounce(self, m):
        lp, dom = m.rcpt.split("@")
        return "bounce+%s.%s-%s=%s@%s" % (h(m.key + "b1", 6), h(m.key + "b2", 6), lp, dom, self.mgdomain)

    def make_msgid(self, m):
        lt = m.t_sent
        return "<%04d%02d%02d%02d%02d%02d.%s@%s>" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second,
                                                   h(m.key + "mgid", 16), self.mgdomain)

    def chain(self, m):
        hops = ["Received: by %s with HTTP id %s; %s" % (
            h(m.key + "mgh", 40), h(m.key + "mghid", 24), rfc_date(self.t(m, 2), "UTC"))]
        a, b = hnum(m.key + "ma", 100, 250), hnum(m.key + "mb", 1, 30)
        helo = "m%d-%d.mailgun.net" % (a, b)
        return (helo, helo, "159.135.%d.%d" % (a, b)), hops

    def headers(self, m):
        order = ["Content-Type", "Mime-Version", "Subject", "From", "Reply-To", "To", "Message-Id", "Date"]
        d = self.common(m)
        d["Message-Id"] = d.pop("Message-ID")
        d["Mime-Version"] = "1.0"
        out = []
        for k in order:
            if k in d:
                out.append((k, d[k]))
        out += [("X-Mailgun-Sid", "WyI%s" % h(m.key + "sid", 60, ALNUM)),
                ("X-Mailgun-Tag", getattr(self, "tag", "notification")),
                ("Sender", self.envelope_sender if hasattr(self, "envelope_sender") else m.envelope)]
        return out + list(m.extra)

    def boundary(self, m, i):
        return h(m.key + "mgb%d" % i, 32)


class Brevo(Base):
    date_zone = "UTC"
    delay = 40

    def bounce(self, m):
        return "bounces-%d-%d@%s" % (hnum(m.key + "b1", 10 ** 6, 10 ** 7), hnum(m.key + "b2", 10 ** 6, 10 ** 7),
                                     getattr(self, "bounce_domain", "sib." + m.frm[1].split("@")[1]))

    def make_msgid(self, m):
        lt = m.t_sent
        return "<%04d%02d%02d%02d%02d.%d@smtp-relay.mailin.fr>" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, hnum(m.key + "br", 10 ** 10, 10 ** 11 - 1))

    def chain(self, m):
        mta = "%s.mta1vrest.cc.prd.sib.fr" % h(m.key + "mta", 2, "abcdefghijklmnopqrstuvwxyz")
        hops = ["Received: from smtp-relay.brevo.com by %s; %s" % (mta, rfc_date(self.t(m, 2), "UTC"))]
        return (mta, mta, "77.32.148.%d" % hnum(m.key + "ip", 2, 60)), hops

    def headers(self, m):
        order = ["Date", "From", "Reply-To", "To", "Message-ID", "Subject", "MIME-Version"]
        extra = [("X-Mailer", "Brevo"), ("X-sib-id", h(m.key + "sib", 80, ALNUM + "-_")),
                 ("X-CSA-Complaints", "csa-complaints@eco.de"),
                 ("Feedback-ID", "77.32.148.%d:%d_-1:%d_-1:%d:Sendinblue" % (hnum(m.key + "ip", 2, 60), hnum(m.key + "acc", 10 ** 6, 10 ** 7), hnum(m.key + "c", 1, 9999), hnum(m.key + "acc", 10 ** 6, 10 ** 7)))]
        if getattr(self, "unsub", None):
            extra += [("List-Unsubscribe", "<%s>, <mailto:unsubscribe@sendibm3.com?subject=unsub-%s>" % (self.unsub, h(m.key + "lu", 20))),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        return self.ordered(m, order, extra)

    def boundary(self, m, i):
        return "----=_Part_%d_%d.%d" % (hnum(m.key + "pb%d" % i, 100000, 9999999), hnum(m.key + "pc", 1000000, 99999999), epoch(m, True))


class SES(Base):
    date_zone = "UTC"
    delay = 3

    def bounce(self, m):
        return m.msgid[1:-1]

    def region(self):
        return getattr(self, "reg", "eu-west-1")

    def make_msgid(self, m):
        return "<0102%s-%s-000000@%s.amazonses.com>" % (h(m.key + "ses", 12), uuid(m.key + "sesu"), self.region())

    def chain(self, m):
        reg = self.region()
        a = hnum(m.key + "a", 1, 9)
        b = hnum(m.key + "b", 10, 99)
        host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, reg)
        ip = ("54.240.%d.%d" % (a, b)) if reg == "eu-west-1" else ("23.251.%d.%d" % (230 + a, b))
        return (host, host, ip), []

    def headers(self, m):
        order = ["From", "To", "Reply-To", "Subject", "MIME-Version", "Message-ID", "Date"]
        lt = m.t_sent
        extra = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (self.region(), h(m.key + "fb", 43, ALNUM + "+/"))),
                 ("X-SES-Outgoing", "%04d.%02d.%02d-%s" % (lt.year, lt.month, lt.day, "54.240.0.0"))]
        return self.ordered(m, order, extra)

    def boundary(self, m, i):
        return "----=_Part_%d_%d.%d" % (hnum(m.key + "pb%d" % i, 100000, 9999999), hnum(m.key + "pc", 1000000, 99999999), epoch(m, True))


class Mailchimp(Base):
    date_zone = "UTC"
    delay = 120

    def bounce(self, m):
        lp, dom = m.rcpt.split("@")
        return "bounce-mc.us21_%d.%d-%s=%s@%s" % (hnum("bautechlist", 10 ** 7, 10 ** 8), hnum(m.key + "c", 10 ** 6, 10 ** 7), lp, dom,
                                                  m.msgid.split("@")[1].rstrip(">"))

    def make_msgid(self, m):
        return "<%s.%d@mail%d.atl%d.mcsv.net>" % (h(m.key + "mc", 32), hnum(m.key + "mcn", 10 ** 6, 10 ** 7), hnum(m.key + "mn", 10, 250), hnum(m.key + "atl", 11, 241))

    def chain(self, m):
        host = m.msgid.split("@")[1].rstrip(">")
        n = int(host.split(".")[0][4:])
        hops = ["Received: from localhost (localhost [127.0.0.1])\n"
                "\tby %s (Mailchimp) with ESMTP id 4%s\n"
                "\tfor <%s>; %s" % (host, h(m.key + "mq", 13, _QALPHA), m.rcpt, rfc_date(self.t(m, 60), "UTC", True))]
        return (host, host, "198.2.%d.%d" % (128 + n % 60, n)), hops

    def headers(self, m):
        order = ["Subject", "From", "Reply-To", "To", "Date", "Message-ID"]
        extra = [("X-Mailer", "MailChimp Mailer - **CID%s**" % h(m.key + "cid", 10)),
                 ("X-Campaign", "mailchimp%s.%s" % (h("bautechlist", 25), h(m.key + "cid", 10))),
                 ("X-campaignid", "mailchimp%s.%s" % (h("bautechlist", 25), h(m.key + "cid", 10))),
                 ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (h("bautechlist", 25), h(m.key + "cid", 10), h(m.key + "e", 10))),
                 ("X-MC-User", h("bautechlist", 25)),
                 ("Feedback-ID", "%d:%d.%d:us21:mc" % (hnum("bautechlist", 10 ** 7, 10 ** 8), hnum(m.key, 10 ** 6, 10 ** 7), hnum(m.key + "2", 1000, 9999))),
                 ("List-ID", "BauTech Insight Newsletter <%s.%d.list-id.mcsv.net>" % (h("bautechlist", 25), hnum("bautechlist2", 100000, 999999))),
                 ("X-Accounttype", "pd"),
                 ("List-Unsubscribe", "<https://bautech-insight.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (
                     h("bautechlist", 25), h("bautechid", 10), h(m.key + "e", 10), h(m.key + "cid", 10), h("bautechlist", 25), h(m.key + "cid", 10), h(m.key + "e", 10))),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Content-Transfer-Encoding", None)]
        extra = [e for e in extra if e[1] is not None]
        return self.ordered(m, order, extra) + [("MIME-Version", "1.0")]

    def boundary(self, m, i):
        return "_----------=_MCPart_%d" % hnum(m.key + "mcb%d" % i, 10 ** 8, 10 ** 9)


class Mailjet(Base):
    date_zone = "UTC"
    delay = 20

    def bounce(self, m):
        return "%s@bnc3.mailjet.com" % h(m.key + "bnc", 24, "abcdefghijklmnopqrstuvwxyz0123456789")

    def make_msgid(self, m):
        return "<%s.%s@mailjet.com>" % (uuid(m.key + "mj"), h(m.key + "mj2", 6))

    def chain(self, m):
        n = hnum(m.key + "o", 100, 250)
        host = "o%d.p%d.mailjet.com" % (n, hnum(m.key + "p", 5, 25))
        return (host, host, "87.253.233.%d" % n), []

    def headers(self, m):
        order = ["Message-ID", "Date", "Subject", "From", "Reply-To", "To", "MIME-Version"]
        extra = [("X-Mailer", "Mailjet Mailer"), ("X-CSA-Complaints", "csa-complaints@eco.de"),
                 ("X-MJ-Mid", h(m.key + "mid", 40, ALNUM)),
                 ("Feedback-Id", "42.%d.%d:MJ" % (hnum(m.key + "f1", 10 ** 6, 10 ** 7), hnum(m.key + "f2", 10 ** 6, 10 ** 7)))]
        return self.ordered(m, order, extra)

    def boundary(self, m, i):
        return "=-%s-%d" % (h(m.key + "mjb%d" % i, 24, ALNUM), i)


class GoogleAccounts(Base):
    date_zone = "UTC"
    delay = 1

    def bounce(self, m):
        return "3%s@gaia.bounces.google.com" % h(m.key + "gb", 40, ALNUM)
    hcs_default = "UTF-8"
    hmode_default = "B"

    def make_msgid(self, m):
        return "<%s@google.com>" % h(m.key + "gm", 22, ALNUM + "-_")

    def chain(self, m):
        n = hnum(m.key + "f", 69, 73)
        srv = "mail-sor-f%d.google.com" % n
        hops = ["Received: by %s with SMTP id %s\n"
                "        for <%s>\n        (Google Transport Security);\n        %s" % (
                    srv, h(m.key + "sid", 40, "abcdefghijklmnopqrstuvwxyz0123456789-."), m.rcpt, rfc_date(self.t(m, 1), "PT", True)),
                "X-Google-Smtp-Source: AGHT+I%s" % h(m.key + "gss", 80, ALNUM + "+/-_")]
        return (srv, srv, "209.85.220.%d" % n), hops

    def headers(self, m):
        order = ["MIME-Version", "Date", "Reply-To", "Message-ID", "Subject", "From", "To"]
        extra = [("X-Account-Notification-Type", "127"), ("Feedback-ID", "127:account-notifier"),
                 ("X-Notifications", h(m.key + "xn", 12)), ("X-Notifications-Bounce-Info", h(m.key + "nb", 60, ALNUM + "-_"))]
        return self.ordered(m, order, extra)

    def boundary(self, m, i):
        return "000000000000%s" % h(m.key + "bd%d" % i, 16)


class GitHub(Base):
    date_zone = "UTC"
    delay = 2

    def bounce(self, m):
        return "noreply@github.com"

    def make_msgid(self, m):
        return "<%s_%s_%d@%s.mail>" % (h(m.key + "g1", 8), h(m.key + "g2", 8), hnum(m.key + "g3", 10000, 99999),
                                     "lowworker-%s-%s" % (h(m.key + "lw", 10), h(m.key + "lw2", 5, "abcdefghijklmnopqrstuvwxyz")))

    def chain(self, m):
        n = hnum(m.key + "o", 17, 28)
        ip = "192.30.252.%d" % (200 + n % 12)
        host = "out-%d.smtp.github.com" % n
        hops = ["Received: from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n"
                "\tby smtp.github.com (Postfix) with ESMTPA id %s\n"
                "\tfor <%s>; %s" % (h(m.key + "hn", 6), hnum(m.key + "a", 1, 250), hnum(m.key + "b", 1, 250), h(m.key + "q", 10, "0123456789ABCDEF"), m.rcpt,
                                    rfc_date(self.t(m, 1), "PT", True))]
        return (host, host, ip), hops

    def headers(self, m):
        order = ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version"]
        extra = [("X-Auto-Response-Suppress", "All"), ("X-GitHub-Recipient-Address", m.rcpt)]
        return self.ordered(m, order, extra)

    def boundary(self, m, i):
        return "--==_mimepart_%s_%d" % (h(m.key + "gb%d" % i, 13), hnum(m.key + "gbn", 10000, 99999))


class MSAccount(ExchangeOnline):
    """account-security-noreply@accountprotection.microsoft.com"""
    domain = "accountprotection.microsoft.com"
    date_zone = "UTC"

    def make_msgid(self, m):
        return "<%s.%s@%s>" % (h(m.key + "m1", 12, UPALNUM), h(m.key + "m2", 13, UPALNUM), "BL02EPF0001A10%d" % hnum(m.key + "n", 1, 9))

    def chain(self, m):
        n = hnum(m.key + "eop", 20, 250)
        hop = ("Received: from %s (2603:10b6:408:e1::%x) by\n"
               " DM6PR21MB1481.namprd21.prod.outlook.com (2603:10b6:5:22f::%x) with\n"
               " Microsoft SMTP Server (version=TLS1_2,\n"
               " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9017.7; %s" % (
                   m.msgid.split("@")[1].rstrip(">"), hnum(m.key + "x", 1, 200), hnum(m.key + "y", 1, 200), rfc_date(self.t(m, 1), "UTC")))
        return ("BN1PR09CU001.outbound.protection.outlook.com",
                "mail-eastus2azon110201%02d.outbound.protection.outlook.com" % (n % 100), "52.101.56.%d" % n), [hop]

    def headers(self, m):
        order = ["From", "To", "Date", "Subject", "MIME-Version", "Message-ID"]
        extra = [("X-MS-Exchange-Organization-AuthAs", None)]
        return self.ordered(m, order, [("X-OriginatorOrg", "accountprotection.microsoft.com"),
                                       ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid(m.key + "nm")),
                                       ("X-MS-Exchange-CrossTenant-fromentityheader", "HybridOnPrem")])

    def boundary(self, m, i):
        return "--boundary_%d_%s" % (i - 1, uuid(m.key + "msb%d" % i))


class SharePointNotify(ExchangeOnline):
    """Sharing notification sent by SharePoint Online from a tenant."""
    date_zone = "UTC"

    def make_msgid(self, m):
        return "<%s@odspnotify>" % uuid(m.key + "odsp")

    def headers(self, m):
        order = ["From", "Reply-To", "To", "Subject", "Date", "Message-ID", ("Content-Language", "en-US"),
                 ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), "MIME-Version"]
        extra = [("X-OriginatorOrg", self.domain),
                 ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid(m.key + "nmid")),
                 ("X-MS-Exchange-CrossTenant-id", uuid(self.domain + "tenant")),
                 ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                 ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", self._hub(m))]
        return self.ordered(m, order, extra)


class DocuSign(Base):
    date_zone = "UTC"
    delay = 2

    def bounce(self, m):
        return "bounces+%s@eumail.docusign.net" % h(m.key + "dsb", 20)

    def make_msgid(self, m):
        return "<%s@docusign.net>" % h(m.key + "ds", 32)

    def chain(self, m):
        n = hnum(m.key + "n", 1, 4)
        host = "mailfra%d.eumail.docusign.net" % n
        hops = ["Received: from docusign.net (unknown [10.210.%d.%d])\n"
                "\tby %s (Postfix) with ESMTP id %s\n"
                "\tfor <%s>; %s" % (hnum(m.key + "a", 1, 250), hnum(m.key + "b", 1, 250), host, h(m.key + "q", 10, "0123456789ABCDEF"), m.rcpt, rfc_date(self.t(m, 1), "UTC"))]
        return (host, host, "185.207.%d.%d" % (hnum(m.key + "c", 105, 106), hnum(m.key + "d", 10, 60))), hops

    def headers(self, m):
        order = ["From", "Reply-To", "To", "Message-ID", "Date", "Subject", "MIME-Version"]
        extra = [("X-Api-Host", "eu.docusign.net"), ("X-Api-Version", "5"), ("X-Sender-Host", "eu.docusign.net"),
                 ("X-Priority", "3"), ("X-ds-Envelope", uuid(m.key + "env"))]
        return self.ordered(m, order, extra)

    def boundary(self, m, i):
        return "----=_NextPart_%s" % uuid(m.key + "dsb%d" % i)


class YandexID(Yandex):
    def make_msgid(self, m):
        return "<%d.%s@mail-notifications.yandex.net>" % (epoch(m), h(m.key + "y2", 24))

    def headers(self, m):
        order = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"]
        return self.ordered(m, order, [("X-Yandex-Notification-Type", "id.security.login")])

    def chain(self, m):
        fw = "forward%d%s.mail.yandex.net" % (hnum(m.key + "fw", 100, 502), "ab"[hnum(m.key + "ab", 0, 1)])
        hops = ["Received: from mail-notifications-production-%d.vla.yp-c.yandex.net (mail-notifications-production-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c1f:%x:0:640:%s:0])\n"
                "\tby %s (Yandex) with ESMTPS id %s\n"
                "\tfor <%s>; %s" % (hnum(m.key + "p", 1, 9), hnum(m.key + "p", 1, 9), hnum(m.key + "v", 0x1000, 0xffff), h(m.key + "v2", 4), fw,
                                    h(m.key + "fid", 10, UPALNUM), m.rcpt, rfc_date(self.t(m, 1), "MSK", True))]
        return (fw, fw, "178.154.239.%d" % hnum(m.key + "fwip", 64, 220)), hops

    def boundary(self, m, i):
        return "===============%d==" % hnum(m.key + "yb%d" % i, 10 ** 18, 10 ** 19)


class GovNotify(SES):
    """GOV.UK Notify (Amazon SES eu-west-2)."""
    reg = "eu-west-2"

    def headers(self, m):
        order = ["Subject", "From", "To", "Date", "Message-ID", "MIME-Version"]
        return self.ordered(m, order, [("X-SES-Outgoing", "%04d.%02d.%02d-23.251.234.0" % (m.t_sent.year, m.t_sent.month, m.t_sent.day)),
                                       ("Feedback-ID", "::1.eu-west-2.%s=:AmazonSES" % h(m.key + "fb", 43, ALNUM + "+/"))])
