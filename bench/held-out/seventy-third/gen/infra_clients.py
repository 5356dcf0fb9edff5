"""Profiles: internal Exchange, Microsoft 365 tenants, desktop Outlook and Thunderbird via hosters."""
import base64

from common import alnum, det_uuid, digits, hexs, localtime, plus, rfcdate  # noqa: F401
from infra_core import (Profile, TLS12, TLS13, TLS13_128, _rcv, filetime_hex, postfix_qid,  # noqa: F401
                        relay_hops, thread_index)


def exchange_internal(rng, t, sender, rcpt, server="exch01", client_ip="10.20.14.57", lang="de-DE"):
    p = Profile("exchange-internal")
    p.rng, p.t = rng, t
    host = "%s.ad.example.com" % server
    ip = {"exch01": "10.20.0.31", "exch02": "10.20.0.32"}[server]
    p.client = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")
    p.tls = TLS13
    t1 = plus(t, 1)
    t2 = plus(t, 2)
    p.hops = [
        _rcv("%s (%s [%s])" % (host, host, ip), "mail-int01.example.com (Postfix)", "ESMTPS",
             postfix_qid(rng, t2), rcpt, rfcdate(t2, "CET", comment=True),
             extra="(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)"),
        "from %s (%s) by %s (%s) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n\t15.2.1544.14; %s" % (
            host.upper().replace(".AD.EXAMPLE.COM", ".ad.example.com"), ip, host.upper().replace(".AD.EXAMPLE.COM", ".ad.example.com"), ip, rfcdate(t1, "CET")),
        "from %s ([fe80::%s:%s:%s:%s]) by\n\t%s ([fe80::%s:%s:%s:%s%%13]) with mapi id\n\t15.02.1544.014; %s" % (
            (server.upper() + ".ad.example.com"), "a4c1", "3e2f", "b7d0", "19e5", server.upper() + ".ad.example.com",
            "a4c1", "3e2f", "b7d0", "19e5", rfcdate(t, "CET")),
    ]
    core = hexs(rng, 32)
    p.mid = "<%s@%s.ad.example.com>" % (core, server.upper())
    p.mid_core = core + server.upper() + "adexamplecom"
    p.hdrs = [("Thread-Topic", None), ("Thread-Index", thread_index(rng, t)),
              ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
              ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", None),
              ("X-MS-TNEF-Correlator", ""), ("x-originating-ip", "[%s]" % client_ip)]
    p.order = ["From", "To", "CC", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
               "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
               "X-MS-TNEF-Correlator", "x-originating-ip"]
    p.hcs, p.henc = "iso-8859-1", "Q"
    p.return_path = sender
    p.bstyle = "exchange"
    p.arrive = 3
    p.date_zone = "CET"
    return p


def m365(rng, t, sender, rcpt, region="EURPRD10", srv="AM6PR10MB", eop=("EUR05", "DB8", "db8eur05"),
         lang="de-DE", hcs="iso-8859-1", henc="Q", xmailer=None):
    p = Profile("m365")
    p.rng, p.t = rng, t
    a = "%s%04d" % (srv, rng.randrange(1000, 9999))
    b = "%s%04d" % (srv.replace("AM6", "DU0").replace("VI1", "PA4"), rng.randrange(1000, 9999))
    num = rng.randrange(2000, 2250)
    ipd = rng.randrange(20, 250)
    p.client = ("%s-%s-obe.outbound.protection.outlook.com" % eop[:2],
                "mail-%son%d.outbound.protection.outlook.com" % (eop[2], num), "40.107.%d.%d" % (ipd, num - 2000))
    p.tls = ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", "256/256")
    t1 = plus(t, 1)
    fe = "%x:%x:%x:%x" % tuple(rng.randrange(4096, 65535) for _ in range(4))
    reg_l = region.lower()
    p.hops = [
        "from %s.%s.PROD.OUTLOOK.COM (2603:10a6:20b:%x::%x) by\n\t%s.%s.PROD.OUTLOOK.COM (2603:10a6:10:%x::%x) with\n\tMicrosoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8293.21; %s" % (
            a, region, rng.randrange(256, 4095), rng.randrange(1, 64), b, region, rng.randrange(256, 4095),
            rng.randrange(1, 64), rfcdate(t1, "UTC")),
        "from %s.%s.PROD.OUTLOOK.COM\n\t([fe80::%s]) by %s.%s.PROD.OUTLOOK.COM\n\t([fe80::%s%%7]) with mapi id 15.20.8293.020; %s" % (
            a, region, fe, a, region, fe, rfcdate(t, "UTC")),
    ]
    core = a + hexs(rng, 28, upper=True)
    p.mid_core = core + region + "PRODOUTLOOK"
    p.mid = "<%s@%s.%s.prod.outlook.com>" % (core, a, reg_l)
    p.hdrs = [("Thread-Topic", None), ("Thread-Index", thread_index(rng, t)),
              ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
              ("msip_labels", "")]
    if xmailer:
        p.hdrs.append(("X-Mailer", xmailer))
    p.order = ["From", "To", "CC", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
               "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
               "X-MS-TNEF-Correlator", "msip_labels", "X-Mailer"]
    p.hcs, p.henc = hcs, henc
    p.return_path = sender
    p.bstyle = "m365"
    p.date_zone = "UTC"
    p.arrive = 4
    return p


def outlook_classic(rng, t, sender, rcpt, relay, pc="DESKTOP-4K2P9QL", client_ip="93.40.112.18",
                    lang="de", hcs="iso-8859-1", henc="Q", zone="CET"):
    """Outlook 2016/2019/365 desktop submitting through a hosting provider's SMTP.
    relay: dict(kind=..., ...) describing the hoster."""
    p = Profile("outlook-classic")
    p.rng, p.t = rng, t
    ft = filetime_hex(t)
    p.ft = ft
    dom = sender.split("@")[1]
    p.mid = "<%04x%s$%s$%s$@%s>" % (rng.randrange(1, 0x2ff), ft[0:8], ft[8:16], hexs(rng, 8), dom)
    p.hops, p.client = relay_hops(rng, t, sender, rcpt, relay, pc, client_ip, zone)
    p.hdrs = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(rng, t)),
              ("Content-Language", lang)]
    p.order = ["From", "To", "CC", "Reply-To", "References", "In-Reply-To", "Subject", "Date", "Message-ID",
               "MIME-Version", "X-Mailer", "Thread-Index", "Content-Language"]
    p.hcs, p.henc = hcs, henc
    p.return_path = sender
    p.bstyle = "outlook"
    p.date_zone = zone
    return p


def thunderbird(rng, t, sender, rcpt, relay, client_ip, lang="de-DE", version="128.3.1", zone="CET", os="Windows NT 10.0; Win64; x64"):
    p = Profile("thunderbird")
    p.rng, p.t = rng, t
    dom = sender.split("@")[1]
    p.mid = "<%s@%s>" % (det_uuid(rng), dom)
    p.hops, p.client = relay_hops(rng, t, sender, rcpt, relay, relay.get("pc", "[192.168.1.20]"), client_ip, zone)
    p.hdrs = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)]
    p.order = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "To", "CC", "References",
               "Content-Language", "From", "Reply-To", "In-Reply-To"]
    p.hcs, p.henc, p.subj_mode = "UTF-8", "auto", "mixed"
    p.return_path = sender
    p.bstyle = "thunderbird"
    p.date_zone = zone
    return p
