"""Profiles: consumer webmail and webmail on shared hosting."""
import base64

from common import alnum, det_uuid, digits, hexs, localtime, plus, rfcdate  # noqa: F401
from infra_core import (Profile, TLS12, TLS13, TLS13_128, _rcv, filetime_hex, postfix_qid,  # noqa: F401
                        relay_hops, thread_index)


def gmail(rng, t, sender, rcpt, client="web", zone="CET"):
    p = Profile("gmail")
    p.rng, p.t = rng, t
    pool = [("mail-ed1-f%d.google.com", "209.85.208.%d"), ("mail-wm1-f%d.google.com", "209.85.128.%d"),
            ("mail-ej1-f%d.google.com", "209.85.218.%d"), ("mail-lf1-f%d.google.com", "209.85.167.%d"),
            ("mail-wr1-f%d.google.com", "209.85.221.%d")]
    hn, ipf = rng.choice(pool)
    n = rng.randrange(41, 72)
    host = hn % n
    p.client = (host, host, ipf % n)
    p.tls = TLS13_128
    smtpid = "%s-%s%s.%d" % (hexs(rng, 16), "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3)),
                            hexs(rng, 10), rng.randrange(1, 9))
    smtpid = "a640c23a62f3a-%s%sso%d.%d" % (hexs(rng, 3), hexs(rng, 8), rng.randrange(1000000, 9999999), 1)
    p.hops = ["by %s with SMTP id %s\n\tfor <%s>; %s" % (host, smtpid, rcpt, rfcdate(t, "PT", comment=True))]
    p.trace_extra = [
        ("X-Gm-Message-State", "AOJu0Y" + alnum(rng, 60)),
        ("X-Gm-Gg", "ASbGnc" + alnum(rng, 70)),
        ("X-Google-Smtp-Source", "AGHT+I" + alnum(rng, 62) + "="),
        ("X-Received", "by 2002:a17:907:%x:b0:%x:%x:%x with SMTP id\n %s-%s.%d.%d;\n %s" % (
            rng.randrange(4096, 65535), rng.randrange(256, 4095), rng.randrange(4096, 65535), rng.randrange(4096, 65535),
            "a640c23a62f3a", hexs(rng, 15), rng.randrange(1, 9), int(t.timestamp() % 100000), rfcdate(plus(t, 0), "PT", comment=True))),
    ]
    core = "CA" + rng.choice(["+", "J", "E", "F", "K", "L"]) + alnum(rng, 52 if client == "web" else 40,
                                                                   "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=")
    p.mid = "<%s@mail.gmail.com>" % core
    p.hdrs = []
    p.order = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "CC", "Reply-To"]
    p.hcs, p.henc = "UTF-8", "B"
    p.return_path = sender
    p.bstyle = "gmail"
    p.date_zone = zone
    p.arrive = 2
    return p


def outlook_com(rng, t, sender, rcpt, zone="CET", lang="de-DE"):
    p = Profile("outlook.com")
    p.rng, p.t = rng, t
    pre = rng.choice([("EUR05", "AM6", "am6eur05"), ("EUR03", "DU2", "du2eur03"), ("EUR02", "AM7", "am7eur02")])
    n = rng.randrange(2010, 2200)
    p.client = ("%s-%s-obe.outbound.protection.outlook.com" % pre[:2],
                "mail-%solkn%d.outbound.protection.outlook.com" % (pre[2], n), "40.92.%d.%d" % (rng.randrange(50, 110), n - 2000))
    p.tls = ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", "256/256")
    srv = "%sP%dMB%04d" % (rng.choice(["AS8", "DB9", "PAX", "VI1"]), rng.choice([189, 193, 250, 251]), rng.randrange(1000, 9999))
    reg = "EURP%d" % rng.choice([189, 193, 250])
    fe = "%x:%x:%x:%x" % tuple(rng.randrange(4096, 65535) for _ in range(4))
    p.hops = ["from %s.%s.PROD.OUTLOOK.COM\n\t([fe80::%s]) by %s.%s.PROD.OUTLOOK.COM\n\t([fe80::%s%%5]) with mapi id 15.20.8293.019; %s" % (
        srv, reg, fe, srv, reg, fe, rfcdate(t, "UTC"))]
    core = srv + hexs(rng, 28, upper=True)
    p.mid_core = core + reg + "PRODOUTLOOK"
    p.mid = "<%s@%s.%s.PROD.OUTLOOK.COM>" % (core, srv, reg)
    p.hdrs = [("Thread-Topic", None), ("Thread-Index", thread_index(rng, t)),
              ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-messagesentrepresentingtype", "1"),
              ("x-tmn", "[%s]" % alnum(rng, 44))]
    p.order = ["From", "To", "CC", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
               "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
               "X-MS-TNEF-Correlator", "x-ms-exchange-messagesentrepresentingtype", "x-tmn"]
    p.hcs, p.henc = "iso-8859-1", "Q"
    p.return_path = sender
    p.bstyle = "m365"
    p.date_zone = "UTC"
    return p


def gmx(rng, t, sender, rcpt, client_ip, web="gmx", mobile=False):
    p = Profile(web)
    p.rng, p.t = rng, t
    if web == "gmx":
        out = ("mout.gmx.net", "mout.gmx.net", "212.227.17.%d" % rng.choice([20, 21, 22]))
        app = "3c-app-gmx-bap%02d" % rng.randrange(1, 70)
        webhost = "web-mail.gmx.net"
        mod = "mail.gmx.net"
    else:
        out = ("mout.web.de", "mout.web.de", "212.227.15.%d" % rng.choice([3, 4, 14]))
        app = "3c-app-webde-bap%02d" % rng.randrange(1, 60)
        webhost = "web-mail.web.de"
        mod = "mail.web.de"
    p.client = out
    t1 = plus(t, 1)
    if mobile:
        p.hops = ["from [%s] ([%s]) by %s (mrgmx%03d\n\t[212.227.17.%d]) with ESMTPSA (Nemesis) id 1M%s-1%s; %s" % (
            "10.%d.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250), rng.randrange(1, 250)), client_ip, mod,
            rng.randrange(1, 200), rng.randrange(100, 200), alnum(rng, 9), alnum(rng, 10), rfcdate(t1, "CET"))]
        p.mid = "<%s@%s>" % (det_uuid(rng).upper(), sender.split("@")[1])
    else:
        p.hops = ["from [%s] ([%s]) by %s\n\t(%s.server.lan [172.19.172.%d]) (via HTTP); %s" % (
            client_ip, client_ip, webhost, app, rng.randrange(2, 250), rfcdate(t1, "CET"))]
        p.mid = "<trinity-%s-%d@%s>" % (det_uuid(rng), int(t.timestamp() * 1000), app)
        p.hdrs = [("Importance", "normal"), ("Sensitivity", "Normal")]
    p.order = ["MIME-Version", "Message-ID", "From", "To", "CC", "Reply-To", "Subject", "Content-Type", "Date",
               "Importance", "Sensitivity", "In-Reply-To", "References"]
    p.hcs, p.henc = "UTF-8", "Q"
    p.return_path = sender
    p.bstyle = "gmx"
    p.date_zone = "CET"
    return p


def iphone(rng, t, sender, rcpt, relay_profile):
    """Apple Mail on iPhone submitting via a provider (relay_profile already built)."""
    p = relay_profile
    p.name += "+iphone"
    p.mid = "<%s@%s>" % (det_uuid(rng).upper(), sender.split("@")[1])
    p.hdrs = [("X-Mailer", "iPhone Mail (22B91)")]
    p.order = ["Content-Type", "Content-Transfer-Encoding", "From", "Mime-Version", "Subject", "Date",
               "Message-Id", "References", "In-Reply-To", "CC", "To", "X-Mailer"]
    p.mime_version = "1.0 (1.0)"
    p.bstyle = "apple"
    p.hcs, p.henc = "utf-8", "Q"
    return p


def yandex(rng, t, sender, rcpt, client_ip, zone="MSK"):
    p = Profile("yandex")
    p.rng, p.t = rng, t
    n = rng.randrange(100, 999)
    fwd = "forward%da.mail.yandex.net" % n
    p.client = (fwd, fwd, "178.154.239.%d" % rng.randrange(64, 140))
    t1 = plus(t, 1)
    mx = "mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net" % rng.randrange(10, 99)
    p.hops = [
        "from %s (%s [IPv6:2a02:6b8:c08:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (
            mx, mx, rng.randrange(4096, 65535), rng.randrange(4096, 65535), fwd, alnum(rng, 12), rfcdate(t1, "MSK")),
        "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (mx, alnum(rng, 10), alnum(rng, 8), rfcdate(t, "MSK")),
    ]
    p.mid = "<%d%d@mail.yandex.ru>" % (rng.randrange(100000, 999999), int(t.timestamp()))
    p.hdrs = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    p.order = ["From", "To", "CC", "Reply-To", "In-Reply-To", "References", "Subject", "MIME-Version",
               "X-Mailer", "Date", "Message-Id"]
    p.hcs, p.henc = "utf-8", "B"
    p.return_path = sender
    p.bstyle = "yandex"
    p.date_zone = zone
    return p


def mailru(rng, t, sender, rcpt, client_ip):
    p = Profile("mail.ru")
    p.rng, p.t = rng, t
    n = rng.randrange(100, 999)
    p.client = ("f%d.i.mail.ru" % n, "f%d.i.mail.ru" % n, "217.69.128.%d" % rng.randrange(2, 250))
    p.hops = ["by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s; %s" % (
        n, sender, alnum(rng, 4), alnum(rng, 6), alnum(rng, 2), rcpt, rfcdate(t, "MSK")),
        "by e.mail.ru with HTTP;\n\t%s" % rfcdate(t, "MSK")]
    p.mid = "<%d.%d@f%d.i.mail.ru>" % (int(t.timestamp()), rng.randrange(10 ** 8, 10 ** 9), n)
    p.hdrs = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % client_ip), ("X-Priority", "3 (Normal)")]
    p.order = ["From", "To", "Subject", "MIME-Version", "X-Mailer", "X-Originating-IP", "Date", "Reply-To",
               "X-Priority", "Message-ID"]
    p.hcs, p.henc = "UTF-8", "B"
    p.return_path = sender
    p.bstyle = "hex"
    p.date_zone = "MSK"
    return p


def libero(rng, t, sender, rcpt, client_ip):
    p = Profile("libero")
    p.rng, p.t = rng, t
    n = rng.randrange(10, 99)
    p.client = ("libero.it", "smtp-%d-i6.italiaonline.it" % n, "213.209.14.%d" % rng.randrange(30, 60))
    t1 = plus(t, 1)
    p.hops = ["from oxapps-%d-%d.iol.local ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
        rng.randrange(10, 40), rng.randrange(100, 200), rng.randrange(10, 250), n, alnum(rng, 14), rfcdate(t1, "CET"))]
    p.mid = "<%d.%d.%d@mail1.libero.it>" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 5, 10 ** 6), int(t.timestamp() * 1000))
    p.hdrs = [("Importance", "Medium"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev73"),
              ("X-Originating-IP", client_ip), ("X-Originating-Client", "open-xchange-appsuite")]
    p.order = ["Date", "From", "To", "CC", "Reply-To", "Message-ID", "In-Reply-To", "References", "Subject",
               "MIME-Version", "Importance", "X-Mailer", "X-Originating-IP", "X-Originating-Client"]
    p.hcs, p.henc = "UTF-8", "Q"
    p.return_path = sender
    p.bstyle = "javamail"
    p.date_zone = "CET"
    return p


def wp(rng, t, sender, rcpt, client_ip):
    p = Profile("wp.pl")
    p.rng, p.t = rng, t
    n = rng.randrange(1, 9)
    p.client = ("mx%d.wp.pl" % n, "mx%d.wp.pl" % n, "212.77.101.%d" % (n + 5))
    p.hops = ["(wp-smtpd smtp.wp.pl %d invoked by uid 990); %s" % (rng.randrange(10000, 99999), rfcdate(t, "CET"))]
    p.hops = ["from %s by poczta.wp.pl\n\twith HTTP; %s" % (client_ip, rfcdate(t, "CET"))]
    p.mid = "<%s@wp.pl>" % hexs(rng, 32)
    p.hdrs = [("X-Mailer", "WP Poczta"), ("X-WP-MailID", hexs(rng, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"),
              ("X-WP-SPAM", "NO 0000000 [EbPs]")]
    p.hdrs = [("X-Mailer", "WP Poczta"), ("X-WP-MailID", hexs(rng, 32)),
              ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    p.order = ["Date", "From", "To", "CC", "Subject", "Message-ID", "MIME-Version", "X-Mailer", "X-WP-MailID", "X-WP-AV"]
    p.hcs, p.henc = "UTF-8", "Q"
    p.return_path = sender
    p.bstyle = "hex"
    p.date_zone = "CET"
    return p


def zimbra_otenet(rng, t, sender, rcpt, client_ip, zone="EET"):
    p = Profile("otenet-zimbra")
    p.rng, p.t = rng, t
    n = rng.randrange(1, 6)
    p.client = ("mailout%d.otenet.gr" % n, "mailout%d.otenet.gr" % n, "83.235.69.%d" % (30 + n))
    t1 = plus(t, 1)
    p.hops = ["from mailbox%d.otenet.gr (mailbox%d.otenet.gr [10.60.%d.%d])\n\tby mailout%d.otenet.gr (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s" % (
        n + 2, n + 2, rng.randrange(2, 250), rng.randrange(2, 250), n, alnum(rng, 10), rcpt, rfcdate(t1, "EET", comment=True)),
        "from mailbox%d.otenet.gr (mailbox%d.otenet.gr [127.0.0.1])\n\tby mailbox%d.otenet.gr (Postfix) with ESMTP id %s;\n\t%s" % (
        n + 2, n + 2, n + 2, hexs(rng, 10, upper=True), rfcdate(t, "EET", comment=True))]
    p.mid = "<%d.%d.%d.JavaMail.zimbra@otenet.gr>" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 6, 10 ** 7), int(t.timestamp() * 1000))
    p.hdrs = [("X-Originating-IP", "[%s]" % client_ip),
              ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC130 (Win)/9.0.0_ZEXTRAS_20240927)"),
              ("Thread-Topic", None), ("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(20))).decode()[:28])]
    p.order = ["Date", "From", "To", "CC", "Reply-To", "Message-ID", "In-Reply-To", "References", "Subject",
               "MIME-Version", "X-Originating-IP", "X-Mailer", "Thread-Topic", "Thread-Index"]
    p.hcs, p.henc = "utf-8", "B"
    p.return_path = sender
    p.bstyle = "javamail"
    p.date_zone = zone
    return p


def yahoo(rng, t, sender, rcpt, client_ip, zone="UK"):
    p = Profile("yahoo")
    p.rng, p.t = rng, t
    n = rng.randrange(300, 330)
    host = "sonic%d-%d.consmr.mail.ir2.yahoo.com" % (n, rng.randrange(10, 40))
    p.client = (host, host, "77.238.176.%d" % rng.randrange(100, 250))
    p.hops = ["from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ir2.yahoo.com with HTTP; %s" % (n, rfcdate(t, "UTC"))]
    p.mid = "<%d.%d.%d@mail.yahoo.com>" % (rng.randrange(10 ** 8, 10 ** 10), rng.randrange(10 ** 6, 10 ** 7), int(t.timestamp() * 1000))
    p.hdrs = [("X-Mailer", "WebService/1.1.23187 YMailNorrin")]
    p.order = ["Date", "From", "To", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version", "X-Mailer"]
    p.hcs, p.henc = "UTF-8", "Q"
    p.return_path = sender
    p.bstyle = "yahoo"
    p.date_zone = "UTC"
    return p


def roundcube(rng, t, sender, rcpt, relay, client_ip, version="1.6.9", zone="CET"):
    p = Profile("roundcube")
    p.rng, p.t = rng, t
    dom = sender.split("@")[1]
    p.hops, p.client = relay_hops(rng, t, sender, rcpt, relay, relay.get("pc", "webmail"), client_ip, zone)
    p.mid = "<%s@%s>" % (hexs(rng, 32), dom)
    p.hdrs = [("User-Agent", "Roundcube Webmail/%s" % version), ("X-Sender", sender)]
    p.order = ["MIME-Version", "Date", "From", "To", "CC", "Reply-To", "Subject", "In-Reply-To", "References",
               "User-Agent", "Message-ID", "X-Sender"]
    p.hcs, p.henc = "UTF-8", "Q"
    p.return_path = sender
    p.bstyle = "roundcube"
    p.date_zone = zone
    return p
