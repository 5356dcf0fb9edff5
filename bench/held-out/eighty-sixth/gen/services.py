"""Genuine third-party senders (also abused by attackers)."""
from infra import Profile, TLS12, TLS13, TLS13_128
from util import fmt_date, rhex, ralnum, ruuid, secs


class PayPal(Profile):
    order = ["Date", "From", "To", "Subject", "MIME-Version", "Message-ID", "X-Email-Type-Id",
             "X-XPT-XSL-Name", "X-PP-Priority", "PayPal-MsgID"]
    zone = "uspac"
    tls = TLS12

    def msgid(self, m):
        return "<%s.%s@ccg01mail%02d>" % (rhex(m.rng, 13), rhex(m.rng, 4), m.rng.randint(1, 9))

    def boundary(self, m, kind):
        return "--NextPart_048F8BC8A2197DE2036A"[:-6] + rhex(m.rng, 6, True)

    def xh(self, m):
        return {"X-Email-Type-Id": "PPX000613", "X-XPT-XSL-Name": "nodeworks/invoice/invoice_sent_to_payer",
                "X-PP-Priority": "0-none-false", "PayPal-MsgID": ruuid(m.rng)}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 3))
        hops = ["Received: from ccg01mail%02d (unknown [10.72.174.%d])\n\tby mx3.slc.paypal.com (Postfix) with ESMTP id %s\n"
                "\tfor <%s>; %s" % (m.rng.randint(1, 9), m.rng.randint(10, 250), rhex(m.rng, 10, True), m.rcpt,
                                    fmt_date(t1, "uspac", abbr=True))]
        return "mx3.slc.paypal.com", "mx3.slc.paypal.com", "173.0.84.228", hops, t1


class DocuSign(Profile):
    order = ["From", "Reply-To", "To", "Subject", "Date", "Message-ID", "MIME-Version",
             "X-API-Host", "X-Mailer"]
    zone = "utc"

    def msgid(self, m):
        return "<%s@eumail.docusign.net>" % rhex(m.rng, 32)

    def boundary(self, m, kind):
        return "----=_NextPart_%s" % ruuid(m.rng)

    def xh(self, m):
        return {"X-API-Host": "docusign.net"}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 3))
        hops = ["Received: from fra1-api-%02d.eumail.docusign.net (10.171.%d.%d) by\n mailfra1.eumail.docusign.net with ESMTP; %s"
                % (m.rng.randint(1, 12), m.rng.randint(1, 99), m.rng.randint(1, 250), fmt_date(t1, "utc"))]
        return ("mailfra1.eumail.docusign.net", "mailfra1.eumail.docusign.net", "185.81.103.%d" % m.rng.randint(10, 60),
                hops, t1)


class MSOnline(Profile):
    """Microsoft system mail from Exchange Online (SSPR notifications,
    SharePoint sharing, Microsoft account alerts)."""
    order = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "X-MS-Exchange-Organization-Sender",
             "X-MS-Exchange-Organization-AuthAs", "x-ms-publictraffictype", "X-OriginatorOrg"]
    zone = "utc"
    kind = "sspr"
    eop = "mail-dm6nam11on2061.outbound.protection.outlook.com"
    eop_ip = "40.107.223.61"
    srv = "CH3PR11MB8156"
    pod = "namprd11"

    def msgid(self, m):
        if self.kind == "odsp":
            return "<%s@odspnotify>" % ruuid(m.rng)
        if self.kind == "msa":
            return "<%s@az.westeurope.microsoft.com>" % ruuid(m.rng).upper()
        return "<%s@%s.%s.prod.outlook.com>" % (ruuid(m.rng), self.srv, self.pod)

    def boundary(self, m, kind):
        return "--boundary_%d_%s" % (m.rng.randint(10, 999), ruuid(m.rng))

    def xh(self, m):
        return {"x-ms-publictraffictype": "Email", "X-OriginatorOrg": self.org}

    org = "microsoft.com"

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 3))
        hops = ["Received: from %s.%s.prod.outlook.com (2603:10b6:%x:%x::%x) by\n %s.%s.prod.outlook.com\n"
                " (2603:10b6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n"
                " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8901.%d; %s" % (
                    self.srv2, self.pod, m.rng.randint(256, 999), m.rng.randint(16, 999), m.rng.randint(2, 99),
                    self.srv, self.pod, m.rng.randint(256, 999), m.rng.randint(16, 999), m.rng.randint(2, 99),
                    m.rng.randint(10, 40), fmt_date(t1, "utc", pad_day=True))]
        return self.eop, self.eop, self.eop_ip, hops, t1

    srv2 = "BN9PR03CA0412"


class GoogleSys(Profile):
    order = ["MIME-Version", "Date", "Reply-To", "X-Account-Notification-Type", "Feedback-ID",
             "X-Notifications", "X-Notifications-Bounce-Info", "Message-ID", "Subject", "From", "To"]
    zone = "utc"

    def msgid(self, m):
        return "<%s@notifications.google.com>" % ralnum(m.rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def boundary(self, m, kind):
        return "000000000000" + rhex(m.rng, 16)

    def xh(self, m):
        return {"X-Account-Notification-Type": "127-anexp#givab-fa--mdv2-fa",
                "Feedback-ID": "127-anexp#givab-fa--mdv2-fa:account-notifier",
                "X-Notifications": "GAMMA:<%s@notifications.google.com>" % ralnum(m.rng, 40, "0123456789abcdef"),
                "X-Notifications-Bounce-Info": "A" + ralnum(m.rng, 70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(0, 2))
        sid = "%s-%sso%d.%d" % (rhex(m.rng, 10), rhex(m.rng, 12), m.rng.randint(1000000, 9999999), m.rng.randint(1, 3))
        hops = ["Received: by mail-sor-f69.google.com with SMTP id %s\n        for <%s>\n        "
                "(Google Transport Security);\n        %s" % (sid, m.rcpt, fmt_date(t1, "uspac", abbr=True)),
                "X-Google-Smtp-Source: AGHT+I" + ralnum(m.rng, 56, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="]
        return "mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69", hops, t1


class GitHub(Profile):
    order = ["Date", "From", "To", "Message-ID", "Subject", "Mime-Version", "X-Auto-Response-Suppress"]
    zone = "uspac"

    def std(self, m):
        d = Profile.std(self, m)
        d["Mime-Version"] = d.pop("MIME-Version")
        return d

    def msgid(self, m):
        return "<%s_%s%s@lowworker-%s-%s.va3-iad.github.net.mail>" % (
            rhex(m.rng, 13), rhex(m.rng, 6), m.rng.randint(100000, 999999), rhex(m.rng, 10), ralnum(m.rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))

    def xh(self, m):
        return {"X-Auto-Response-Suppress": "All"}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(0, 2))
        hops = ["Received: from github.com (hubbernetes-node-%s.va3-iad.github.net [10.48.%d.%d])\n"
                "\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
                    rhex(m.rng, 5), m.rng.randint(1, 250), m.rng.randint(1, 250), ralnum(m.rng, 13, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"),
                    m.rcpt, fmt_date(t1, "uspac", abbr=True))]
        return "out-23.smtp.github.com", "out-23.smtp.github.com", "192.30.252.206", hops, t1


class YandexID(Profile):
    order = ["From", "To", "Subject", "MIME-Version", "Date", "Message-Id", "X-Yandex-Service",
             "List-Unsubscribe"]
    zone = "ru"

    def std(self, m):
        d = Profile.std(self, m)
        d["Message-Id"] = d.pop("Message-ID")
        return d

    def msgid(self, m):
        return "<%s@sas8-%s.qloud-c.yandex.net>" % (ralnum(m.rng, 16, "0123456789abcdefghijklmnopqrstuvwxyz"), rhex(m.rng, 12))

    def boundary(self, m, kind):
        return "===============%d==" % m.rng.randint(10 ** 18, 10 ** 19)

    def xh(self, m):
        return {"X-Yandex-Service": "cGFzc3BvcnQ= " + ralnum(m.rng, 32, "0123456789abcdef")}

    def transport(self, m):
        t1 = m.sent + secs(1)
        fw = "forward102b.mail.yandex.net"
        hops = ["Received: from sas8-%s.qloud-c.yandex.net (sas8-%s.qloud-c.yandex.net [IPv6:2a02:6b8:c1b:%s:0:640:%s:0])\n"
                "\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (rhex(m.rng, 12), rhex(m.rng, 12), rhex(m.rng, 4), rhex(m.rng, 4),
                                                               fw, ralnum(m.rng, 10), fmt_date(t1, "ru"))]
        return fw, fw, "178.154.239.72", hops, t1


class GovNotify(Profile):
    order = ["From", "Reply-To", "To", "Subject", "Date", "Message-ID", "MIME-Version", "List-Unsubscribe",
             "Feedback-ID", "X-SES-Outgoing"]
    zone = "utc"

    def msgid(self, m):
        return "<0102019%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
            rhex(m.rng, 5), rhex(m.rng, 8), rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 4), rhex(m.rng, 12))

    def boundary(self, m, kind):
        return "===============%d==" % m.rng.randint(10 ** 18, 10 ** 19)

    def xh(self, m):
        return {"Feedback-ID": "::1.eu-west-1.%s=:AmazonSES" % ralnum(m.rng, 43),
                "X-SES-Outgoing": "%s-54.240.4.%d" % (m.sent.strftime("%Y.%m.%d"), self.ipn)}

    ipn = 33

    def transport(self, m):
        t1 = m.sent + secs(1)
        host = "a4-%d.smtp-out.eu-west-1.amazonses.com" % self.ipn
        return host, host, "54.240.4.%d" % self.ipn, [], t1


class DEHU(Profile):
    order = ["Date", "From", "To", "Message-ID", "Subject", "MIME-Version"]
    zone = "es"
    tls = TLS12

    def msgid(self, m):
        return "<%d.%d.%d@dehu-notif-pro-%02d>" % (m.rng.randint(1000000, 9999999), m.rng.randint(10, 99),
                                                    int(m.sent.timestamp() * 1000), m.rng.randint(1, 6))

    def boundary(self, m, kind):
        return "----=_Part_%d_%d.%d" % (m.rng.randint(1000, 99999), m.rng.randint(10 ** 8, 2 * 10 ** 9),
                                         int(m.sent.timestamp() * 1000))

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 4))
        hops = ["Received: from dehu-notif-pro-%02d (dehu-notif-pro-%02d.redsara.es [10.252.%d.%d])\n"
                "\tby smtp-sal2.correo.gob.es (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                    2, 2, m.rng.randint(1, 250), m.rng.randint(1, 250), rhex(m.rng, 10, True), m.rcpt,
                    fmt_date(t1, "es", abbr=True))]
        return "smtp-sal2.correo.gob.es", "smtp-sal2.correo.gob.es", "185.73.172.38", hops, t1


class Diadoc(Profile):
    order = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "X-Mailer", "List-Unsubscribe"]
    zone = "ru"

    def msgid(self, m):
        return "<%s@diadoc.kontur.ru>" % ruuid(m.rng)

    def boundary(self, m, kind):
        return "--boundary_%d_%s" % (m.rng.randint(0, 99), ruuid(m.rng))

    def xh(self, m):
        return {"X-Mailer": "Kontur.Diadoc.Notifications"}

    def transport(self, m):
        t1 = m.sent + secs(m.rng.randint(1, 5))
        hops = ["Received: from diadoc-notify-%02d.kontur.host (diadoc-notify-%02d.kontur.host [10.36.%d.%d])\n"
                "\tby relay2.kontur.ru (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                    3, 3, m.rng.randint(1, 250), m.rng.randint(1, 250), rhex(m.rng, 10, True), m.rcpt, fmt_date(t1, "ru", abbr=True))]
        return "relay2.kontur.ru", "relay2.kontur.ru", "46.17.203.21", hops, t1
