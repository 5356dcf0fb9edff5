"""Profiles: notifications from real services (Google, GitHub, Microsoft, DocuSign, Yandex, Aruba)."""
import base64

from common import alnum, det_uuid, digits, hexs, localtime, plus, rfcdate  # noqa: F401
from infra_core import (Profile, TLS12, TLS13, TLS13_128, _rcv, filetime_hex, postfix_qid,  # noqa: F401
                        relay_hops, thread_index)


def google_notify(rng, t, rcpt):
    p = Profile("google")
    p.rng, p.t = rng, t
    n = rng.randrange(41, 73)
    host = "mail-sor-f%d.google.com" % n
    p.client = (host, host, "209.85.220.%d" % n)
    p.tls = TLS13_128
    p.hops = ["by %s with SMTP id %s-%s.%d.%d\n\tfor <%s>\n\t(Google Transport Security);\n\t%s" % (
        host, hexs(rng, 16), hexs(rng, 12), rng.randrange(1, 9), rng.randrange(1, 9), rcpt, rfcdate(t, "PT", comment=True))]
    p.trace_extra = [("X-Google-Smtp-Source", "AGHT+I" + alnum(rng, 62) + "="),
                     ("X-Received", "by 2002:a05:6214:%x:b0:%x:%x:%x with SMTP id %s-%s.%d.%d;\n %s" % (
                         rng.randrange(4096, 65535), rng.randrange(256, 4095), rng.randrange(4096, 65535), rng.randrange(4096, 65535),
                         hexs(rng, 16), hexs(rng, 12), rng.randrange(1, 9), rng.randrange(1, 9), rfcdate(t, "PT", comment=True)))]
    p.mid = "<%s@google.com>" % ("0000000000" + hexs(rng, 18))
    p.hdrs = []
    p.order = ["MIME-Version", "Date", "Message-ID", "Subject", "From", "To", "Feedback-ID", "X-Notifications",
               "X-Notifications-Bounce-Info"]
    p.hcs, p.henc = "UTF-8", "B"
    p.return_path = "%s-%s@gaia.bounces.google.com" % (alnum(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), hexs(rng, 8))
    p.return_path = "3%s@gaia.bounces.google.com" % alnum(rng, 70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
    p.bstyle = "gmail"
    p.date_zone = "UTC"
    return p


def github_notify(rng, t, rcpt):
    p = Profile("github")
    p.rng, p.t = rng, t
    n = rng.randrange(20, 30)
    host = "out-%d.smtp.github.com" % n
    p.client = (host, host, "192.30.252.%d" % (180 + n))
    p.hops = ["from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id 4%s\n\tfor <%s>; %s" % (
        hexs(rng, 5), rng.randrange(100, 220), rng.randrange(2, 250), alnum(rng, 10), rcpt, rfcdate(t, "PT", comment=True))]
    p.mid = "<%s_%s%d.mail>" % (hexs(rng, 13), hexs(rng, 5), rng.randrange(100000, 999999))
    p.mid = "<%s_%s%s@lowworker-%s-%s.mail>" % (hexs(rng, 13), hexs(rng, 4), digits(rng, 6), hexs(rng, 10), alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    p.hdrs = [("X-Auto-Response-Suppress", "All")]
    p.order = ["Date", "From", "To", "Message-ID", "Subject", "Mime-Version", "X-Auto-Response-Suppress"]
    p.hcs, p.henc = "UTF-8", "Q"
    p.return_path = "noreply@github.com"
    p.bstyle = "hex"
    p.date_zone = "UTC"
    return p


def microsoft_notify(rng, t, rcpt, sender):
    p = Profile("microsoft")
    p.rng, p.t = rng, t
    n = rng.randrange(10, 99)
    p.client = ("AM0PR02CU008.outbound.protection.outlook.com",
                "mail-westeuropeazon11013%03d.outbound.protection.outlook.com" % n, "52.101.72.%d" % n)
    p.tls = ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", "256/256")
    srv = "AS8P251MB%04d" % rng.randrange(1000, 9999)
    p.hops = ["from %s.EURP251.PROD.OUTLOOK.COM (2603:10a6:20b:%x::%x) by\n\tDB9PR02MB%04d.eurprd02.prod.outlook.com (2603:10a6:10:%x::%x) with\n\tMicrosoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8293.21; %s" % (
        srv, rng.randrange(256, 4095), rng.randrange(1, 64), rng.randrange(1000, 9999), rng.randrange(256, 4095), rng.randrange(1, 64), rfcdate(t, "UTC")),
        "from mail.protection.outlook.com (%s.eurprd02.prod.outlook.com [127.0.0.1]) by\n\tmsaz-%s with Microsoft SMTP Server id 15.20.8293.21 via Frontend Transport; %s" % (
        srv, alnum(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"), rfcdate(t, "UTC"))]
    p.mid = "<%s@%s>" % (det_uuid(rng).upper().replace("-", ""), "az.westeurope.microsoft.com")
    p.mid = "<%s@az.westeurope.microsoft.com>" % det_uuid(rng)
    p.hdrs = [("X-MS-Exchange-Organization-AuthAs", None)]
    p.order = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "X-MS-Exchange-Organization-AuthAs"]
    p.hcs, p.henc = "utf-8", "B"
    p.return_path = sender
    p.bstyle = "hex"
    p.date_zone = "UTC"
    return p


def docusign_eu(rng, t, rcpt):
    p = Profile("docusign")
    p.rng, p.t = rng, t
    n = rng.randrange(1, 4)
    host = "mailfr%d.docusign.net" % n
    p.client = (host, host, "185.81.101.%d" % (10 + n))
    p.hops = ["from docusign.net (fr%dhr%02d.eu1.docusign.net [10.210.%d.%d])\n\tby %s (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s" % (
        n, rng.randrange(1, 40), rng.randrange(2, 250), rng.randrange(2, 250), host, alnum(rng, 10), rcpt, rfcdate(t, "UTC", comment=True))]
    p.mid = "<%s@eumail.docusign.net>" % hexs(rng, 32)
    p.hdrs = [("X-Api-Host", "docusign.net"), ("X-Api-Version", None)]
    p.order = ["Reply-To", "From", "To", "Message-ID", "Date", "Subject", "MIME-Version", "X-Api-Host"]
    p.hcs, p.henc = "utf-8", "B"
    p.return_path = "dse@eumail.docusign.net"
    p.bstyle = "hex"
    p.date_zone = "UTC"
    return p


def yandex_notify(rng, t, rcpt):
    p = Profile("yandex-id")
    p.rng, p.t = rng, t
    n = rng.randrange(100, 999)
    fwd = "forward%db.mail.yandex.net" % n
    p.client = (fwd, fwd, "178.154.239.%d" % rng.randrange(140, 200))
    p.hops = ["from mail-notsolitesrv-%d.vla.yp-c.yandex.net (mail-notsolitesrv-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c1d:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (
        rng.randrange(10, 99), rng.randrange(10, 99), rng.randrange(4096, 65535), rng.randrange(4096, 65535), fwd, alnum(rng, 12), rfcdate(t, "MSK"))]
    p.mid = "<%s@notsolitesrv.yandex.ru>" % ("%d%s" % (rng.randrange(10 ** 6, 10 ** 7), hexs(rng, 24)))
    p.hdrs = [("X-Yandex-Service", base64.b64encode(("passport " + hexs(rng, 16)).encode()).decode())]
    p.order = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "X-Yandex-Service"]
    p.hcs, p.henc = "utf-8", "B"
    p.return_path = "noreply@id.yandex.ru"
    p.bstyle = "yandex"
    p.date_zone = "MSK"
    return p


def aruba_notify(rng, t, rcpt):
    p = Profile("aruba-notify")
    p.rng, p.t = rng, t
    n = rng.randrange(100, 200)
    host = "smtpnl%d.aruba.it" % n
    p.client = (host, host, "62.149.158.%d" % n)
    p.hops = ["from mailer-sm%02d.aruba.it ([10.10.%d.%d])\n\tby Aruba Notifiche Smtp with ESMTP\n\tid %s; %s" % (
        rng.randrange(1, 20), rng.randrange(2, 250), rng.randrange(2, 250), alnum(rng, 14), rfcdate(t, "CET"))]
    p.mid = "<%s.%d@notifiche.aruba.it>" % (hexs(rng, 24), int(t.timestamp()))
    p.hdrs = []
    p.order = ["Date", "From", "Reply-To", "To", "Subject", "Message-ID", "List-Unsubscribe", "MIME-Version"]
    p.hcs, p.henc = "UTF-8", "Q"
    p.return_path = "bounce-rinnovi@staff.aruba.it"
    p.bstyle = "hex"
    p.date_zone = "CET"
    return p
