"""Transports of genuine notification services (Google, GitHub, Microsoft
account, DocuSign EU, PayPal, GOV.UK Notify, Yandex ID) in the style their
real outbound infrastructure uses."""

import uuid

from common import alnum, hexid, epoch
from infra import ses, yandex, exfold

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def google_accounts(host="mail-sor-f69.google.com", ip="209.85.220.69"):
    def f(c):
        r = c.r
        sid = "%s-%s.%d" % (hexid(r, 12), "so" + str(r.randrange(10 ** 6, 10 ** 7)) + "ejc", r.randrange(1, 9))
        hops = ["by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s"
                % (host, sid, c.rcpt, c.at(1, "PT"))]
        pre = [("X-Google-Smtp-Source", "AGHT+I" + alnum(r, 66, B64 + "+/") + "=="),
               ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s"
                % (r.randrange(0x6000, 0x6fff), r.randrange(0x1000, 0xffff), r.randrange(0x100, 0xfff), r.randrange(0x1000, 0xffff),
                   r.randrange(0x100, 0xfff), alnum(r, 30, "abcdefghijklmnopqrstuvwxyz0123456789"), c.at(1, "PT")))]
        rp = "3%s@gaia.bounces.google.com" % alnum(r, 40, B64 + "-")
        mid = "<%s@notifications.google.com>" % alnum(r, 22, B64 + "_-")
        return dict(client=(host, host, ip), tls="1.3", hops=hops, pre=pre, delay=2, return_path=rp, msgid=mid,
                    boundary=lambda kind, i: "000000000000" + hexid(r, 16))
    return f


def github(host="out-21.smtp.github.com", ip="192.30.252.204"):
    def f(c):
        r = c.r
        node = "hubbernetes-node-%s.ash1-iad.github.net" % hexid(r, 12)
        hops = ["from github.com (%s [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s"
                % (node, r.randrange(10, 250), r.randrange(2, 250), "4" + alnum(r, 12, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789"), c.rcpt, c.at(0, "PT"))]
        mid = "<%x%s_%x%s@%s.mail>" % (int(epoch(c.t)), hexid(r, 4), r.randrange(0x1000, 0xffff), hexid(r, 8),
                                       "lowworker-%s-%s" % (hexid(r, 9), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789")))
        return dict(client=(host, host, ip), tls="1.2", hops=hops, delay=1, msgid=mid,
                    post=[("X-Auto-Response-Suppress", "All")],
                    boundary=lambda kind, i: "--==_mimepart_%x_%x%s" % (int(epoch(c.t)), r.randrange(0x1000, 0xffff), hexid(r, 6)))
    return f


def ms_account(host="mail-dm6nam12on2061.outbound.protection.outlook.com", ip="40.107.243.61"):
    def f(c):
        r = c.r
        srv = "BL02EPF%08X" % r.randrange(16 ** 7, 16 ** 8)
        hops = ["from %s (2603:10b6:%x:%x::%x) by\n %s.namprd12.prod.outlook.com (2603:10b6:%x:%x::%x) with Microsoft SMTP Server\n"
                " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.18; %s"
                % (srv, r.randrange(0x100, 0xfff), r.randrange(0x10, 0xff), r.randrange(1, 30), "SJ0PR12MB%04d" % r.randrange(1000, 9999),
                   r.randrange(0x100, 0xfff), r.randrange(0x10, 0xff), r.randrange(1, 30), c.at(1, "UTC", False))]
        hops = [exfold(h) for h in hops]
        mid = "<%s.%s@%s>" % (alnum(r, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), alnum(r, 13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), srv)
        rp = "account-security-noreply@accountprotection.microsoft.com"
        post = [("X-MS-Exchange-Organization-AuthSource", "%s.namprd12.prod.outlook.com" % srv),
                ("X-MS-PublicTrafficType", "Email")]
        return dict(client=(host, host, ip), tls="1.3", hops=hops, delay=2, msgid=mid, return_path=rp, post=post,
                    boundary=lambda kind, i: "=-%s==" % alnum(r, 22, B64 + "+/"))
    return f


def docusign_eu(host="mailfr.eumail.docusign.net", ip="185.81.100.69"):
    def f(c):
        r = c.r
        env = str(uuid.UUID(int=r.getrandbits(128), version=4))
        hops = ["from docusign.net (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                % (r.randrange(40, 60), r.randrange(1, 250), r.randrange(1, 250), host, "4" + alnum(r, 12, "BCDFGHJKLMNPQRSTVWXYZ0123456789"), c.rcpt, c.at(0, "UTC"))]
        mid = "<%s@eumail.docusign.net>" % hexid(r, 32)
        post = [("X-DocuSign-Envelope-Id", env), ("X-API-Host", "eu.docusign.net")]
        return dict(client=(host, host, ip), tls="1.2", hops=hops, delay=2, msgid=mid, post=post,
                    return_path="dse_eu@eumail.docusign.net", envelope_id=env,
                    boundary=lambda kind, i: "----=_NextPart_%s" % hexid(r, 24))
    return f


def paypal(host="mx0.slc.paypal.com", ip="173.0.84.225"):
    def f(c):
        r = c.r
        hops = ["from paypal.com (unknown [10.%d.%d.%d])\n\tby mx0.slc.paypal.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                % (r.randrange(40, 60), r.randrange(1, 250), r.randrange(1, 250), hexid(r, 10, True), c.rcpt, c.at(0, "PT"))]
        mid = "<%s.%d@paypal.com>" % (hexid(r, 13), int(epoch(c.t) * 1000))
        post = [("X-Email-Type-Id", "RT002470"), ("X-XPT-XSL-Name", "nodeMailService"), ("PP-Correlation-Id", hexid(r, 13)),
                ("X-PP-REQUESTED-TIME", str(int(epoch(c.t) * 1000))), ("X-PP-Email-transmission-Id", str(uuid.UUID(int=r.getrandbits(128), version=1)))]
        return dict(client=(host, host, ip), tls="1.2", hops=hops, delay=3, msgid=mid, post=post,
                    return_path="bounce@paypal.co.uk",
                    boundary=lambda kind, i: "--NextPart_048F8BC8A2197DE2036A" if False else "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), int(epoch(c.t) * 1000)))
    return f


def govuk_notify():
    base = ses(region="eu-west-2", ip="23.249.208.210", host="e210-208.smtp-out.eu-west-2.amazonses.com")

    def f(c):
        d = base(c)
        d["post"] = d.get("post", []) + [("X-Notify-Reference", str(uuid.UUID(int=c.r.getrandbits(128), version=4)))]
        return d
    return f


def yandex_id():
    base = yandex(host="forward101a.mail.yandex.net", ip="178.154.239.72", web=False)

    def f(c):
        d = base(c)
        d["msgid"] = "<%d.%s@id.yandex.ru>" % (int(epoch(c.t)), hexid(c.r, 16))
        d["return_path"] = "noreply@id.yandex.ru"
        d["post"] = [("X-Yandex-Service", "passport"), ("Auto-Submitted", "auto-generated")]
        return d
    return f
