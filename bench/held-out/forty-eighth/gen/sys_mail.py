"""Sending systems: Microsoft (Exchange on-prem, Exchange Online, Outlook.com),
Google and consumer web mailers."""

import base64
import calendar
import hashlib

from mime import (h, hnum, rfc_date, ago, addr, hdr_text, ALNUM, UPALNUM,
                  tz_abbr)

from sys_base import (Base, postfix_qid, uuid, b64id, epoch, _QALPHA, _EX_LANG)


class Internal(Base):
    """Example Group: Outlook -> Exchange 2019 -> mail-int01 -> mx01."""
    delay = 3
    tls = "1.2"
    quote = False

    def make_msgid(self, m):
        return "<%s@%s.ad.example.com>" % (h(m.key + "mid", 32), self.server)

    @property
    def server(self):
        return getattr(self, "mbx", "EXMBX02")

    def chain(self, m):
        srv = self.server
        sip = {"EXMBX01": "10.20.1.11", "EXMBX02": "10.20.1.12"}[srv]
        t1 = self.t(m, 1)
        t2 = self.t(m, 2)
        hops = [
            "Received: from %s.ad.example.com (%s.ad.example.com [%s])\n"
            "\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n"
            "\tfor <%s>; %s" % (srv, srv, sip, postfix_qid(m.key + "int"), m.rcpt, rfc_date(t1, "CET", True)),
            "Received: from %s.ad.example.com (%s) by %s.ad.example.com\n"
            " (%s) with Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s" % (
                srv, sip, srv, sip, rfc_date(t2, "CET")),
            "Received: from %s.ad.example.com ([fe80::6d1c:41ab:29e0:7c15]) by\n"
            " %s.ad.example.com ([fe80::6d1c:41ab:29e0:7c15%%4]) with mapi id\n"
            " 15.02.1748.010; %s" % (srv, srv, rfc_date(t2, "CET")),
        ]
        return ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), hops

    def headers(self, m):
        ti = ("AQH" if m.in_reply_to else "Ad") + b64id(m.key + "ti", 22)[3 if m.in_reply_to else 2:]
        extra = [
            ("Thread-Topic", hdr_text(m.thread_topic, self.hcs(m), self.hmode(m))),
            ("Thread-Index", ti),
        ]
        order = ["From", "To", "Cc", "Subject", ("Thread-Topic", extra[0][1]), ("Thread-Index", ti),
                 "Date", "Message-ID", "References", "In-Reply-To",
                 ("Accept-Language", "de-DE, en-US"), ("Content-Language", _EX_LANG[m.lang]),
                 ("X-MS-Has-Attach", "yes" if m.has_attach else ""), ("X-MS-TNEF-Correlator", ""),
                 ("x-originating-ip", "[10.%d.%d.%d]" % (hnum(m.key + "o1", 30, 36), hnum(m.key + "o2", 1, 40), hnum(m.key + "o3", 10, 240))),
                 "MIME-Version"]
        return self.ordered(m, order)

    def boundary(self, m, i):
        tag = {1: "_004_", 2: "_000_", 3: "_006_"}.get(i, "_00%d_" % i)
        return "%s%s%s_" % (tag, m.msgid[1:].split("@")[0], self.server + "adexamplec")


class ExchangeOnline(Base):
    """Any Microsoft 365 tenant sending out through EOP.
    params: domain, region ('eurprd04' ...), pod (e.g. 'AS8PR04MB8850')."""
    zone = "CET"
    date_zone = "UTC"
    delay = 2
    quote = False

    def _pod(self, m):
        return getattr(self, "pod", "AS8PR04MB%04d" % hnum(self.domain, 1000, 9999))

    def _region(self):
        return getattr(self, "region", "eurprd04")

    def _hub(self, m):
        pre = "CWLP123MB" if self._region().upper().startswith("GBRP") else "DU0PR04MB"
        return "%s%04d" % (pre, hnum(m.key + "hub", 1000, 9999))

    def make_msgid(self, m):
        pod = self._pod(m)
        return "<%s%s@%s.%s.prod.outlook.com>" % (pod, h(m.key + "mid", 20).upper(), pod, self._region())

    def chain(self, m):
        pod = self._pod(m)
        reg = self._region()
        hub = self._hub(m)
        n = hnum(m.key + "eop", 2010, 2139)
        helo = getattr(self, "helo", "EUR03-DBA-obe.outbound.protection.outlook.com")
        rdns = getattr(self, "rdns", "mail-dbaeur03on%d.outbound.protection.outlook.com" % n)
        ip = getattr(self, "ip", "40.107.%d.%d" % (hnum(m.key + "ip1", 104, 105), hnum(m.key + "ip2", 2, 250)))
        t1 = self.t(m, 1)
        hops = [
            "Received: from %s.%s.prod.outlook.com (2603:10a6:20b:4c2::%x)\n"
            " by %s.%s.prod.outlook.com (2603:10a6:10:3a9::%x) with\n"
            " Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9017.21; %s" % (
                pod, reg, hnum(m.key + "v6a", 1, 60), hub, reg, hnum(m.key + "v6b", 1, 60),
                rfc_date(t1, "UTC")),
            "Received: from %s.%s.prod.outlook.com\n"
            " ([fe80::%s:%s:%s:%s]) by %s.%s.prod.outlook.com\n"
            " ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.9017.020; %s" % tuple(
                [pod, reg] + [h(m.key + "fe%d" % i, 4) for i in range(4)] + [pod, reg]
                + [h(m.key + "fe%d" % i, 4) for i in range(4)] + [rfc_date(self.t(m, 2), "UTC")]),
        ]
        return (helo, rdns, ip), hops

    def headers(self, m):
        ti = ("AQH" if m.in_reply_to else "Ad") + b64id(m.key + "ti", 22)[3 if m.in_reply_to else 2:]
        lang = getattr(self, "lang", None) or _EX_LANG[m.lang]
        order = ["From", "To", "Cc", "Reply-To", "Subject",
                 ("Thread-Topic", hdr_text(m.thread_topic, self.hcs(m), self.hmode(m))),
                 ("Thread-Index", ti), "Date", "Message-ID", "References", "In-Reply-To",
                 ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
                 ("X-MS-Has-Attach", "yes" if m.has_attach else ""), ("X-MS-TNEF-Correlator", ""),
                 ("x-ms-publictraffictype", "Email"),
                 ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (self._pod(m), self._hub(m))),
                 ("x-ms-office365-filtering-correlation-id", uuid(m.key + "corr")),
                 "MIME-Version"]
        extra = [("X-OriginatorOrg", self.domain),
                 ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                 ("X-MS-Exchange-CrossTenant-AuthSource", "%s.%s.prod.outlook.com" % (self._pod(m), self._region())),
                 ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid(m.key + "nmid")),
                 ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s" % rfc_date(self.t(m, 2), "UTC").split(", ")[1].replace(" +0000", ".%04d (UTC)" % hnum(m.key + "ms", 1000, 9999))),
                 ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                 ("X-MS-Exchange-CrossTenant-id", uuid(self.domain + "tenant")),
                 ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", self._hub(m))]
        return self.ordered(m, order, extra)

    def boundary(self, m, i):
        tag = {1: "_004_", 2: "_000_", 3: "_006_"}.get(i, "_00%d_" % i)
        return "%s%s_" % (tag, m.msgid[1:].split("@")[0] + self._pod(m).upper() + self._region().upper())


class OutlookConsumer(ExchangeOnline):
    """outlook.com / hotmail.com webmail."""
    domain = "outlook.com"

    def _pod(self, m):
        return "DU0P190MB%04d" % hnum(m.key + "pod", 1000, 9999)

    def _region(self):
        return "EURP190"

    def make_msgid(self, m):
        pod = self._pod(m)
        return "<%s%s@%s.EURP190.PROD.OUTLOOK.COM>" % (pod, h(m.key + "mid", 20).upper(), pod)

    def chain(self, m):
        self.helo = "EUR05-AM6-obe.outbound.protection.outlook.com"
        self.rdns = "mail-am6eur05olkn20%02d.outbound.protection.outlook.com" % hnum(m.key + "n", 10, 99)
        self.ip = "40.92.%d.%d" % (hnum(m.key + "a", 64, 67), hnum(m.key + "b", 10, 250))
        return ExchangeOnline.chain(self, m)

    def headers(self, m):
        lang = _EX_LANG[m.lang]
        ti = ("AQH" if m.in_reply_to else "Ad") + b64id(m.key + "ti", 22)[3 if m.in_reply_to else 2:]
        order = ["From", "To", "Cc", "Subject",
                 ("Thread-Topic", hdr_text(m.thread_topic, self.hcs(m), self.hmode(m))),
                 ("Thread-Index", ti), "Date", "Message-ID", "References", "In-Reply-To",
                 ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
                 ("X-MS-Has-Attach", "yes" if m.has_attach else ""),
                 ("X-MS-TNEF-Correlator", ""),
                 ("x-ms-exchange-messagesentrepresentingtype", "1"),
                 ("x-tmn", "[%s]" % h(m.key + "tmn", 40, ALNUM + "+/")),
                 ("x-ms-publictraffictype", "Email"),
                 "MIME-Version"]
        extra = [("X-OriginatorOrg", "outlook.com"),
                 ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid(m.key + "nmid")),
                 ("X-MS-Exchange-CrossTenant-id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"),
                 ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted")]
        return self.ordered(m, order, extra)


class Gmail(Base):
    """Gmail / Google Workspace web client."""
    delay = 2

    def make_msgid(self, m):
        return "<CA%s@mail.gmail.com>" % h(m.key + "mid", 52, ALNUM + "+=_-")

    def chain(self, m):
        srv = getattr(self, "srv", "mail-%s-f%d.google.com" % (
            ["wr1", "wm1", "ej1", "lf1", "ed1"][hnum(m.key + "s", 0, 4)], hnum(m.key + "f", 41, 99)))
        ip = "209.85.%d.%d" % ({"wr1": 221, "wm1": 128, "ej1": 218, "lf1": 167, "ed1": 208}[srv.split("-")[1]],
                               int(srv.split("-f")[1].split(".")[0]))
        smtpid = "%s-%sso%s%s.%d" % (h(m.key + "sid1", 13), h(m.key + "sid2", 11), h(m.key + "sid3", 7, "0123456789"),
                                     h(m.key + "sid4", 3, "abcdefghijklmnopqrstuvwxyz0123456789"), hnum(m.key + "n", 1, 3))
        t1 = self.t(m, 1)
        hops = [
            "Received: by %s with SMTP id %s\n"
            "        for <%s>; %s" % (srv, smtpid, m.rcpt, rfc_date(t1, "PT", True)),
            "X-Google-Smtp-Source: AGHT+I%s" % h(m.key + "gss", 80, ALNUM + "+/-_"),
            "X-Received: by 2002:a05:%04x:%s with SMTP id\n"
            " %s; %s" % (hnum(m.key + "xr", 4096, 65535), "%s:b0:%s:%s:%s" % (h(m.key + "xa", 4), h(m.key + "xb", 3), h(m.key + "xc", 4), h(m.key + "xd", 4)),
                         smtpid, rfc_date(t1, "PT", True)),
        ]
        return (srv, srv, ip), hops

    def headers(self, m):
        order = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID",
                 "Subject", "To", "Cc", "Reply-To"]
        pre = [("X-Gm-Message-State", "AOJu0Y%s" % h(m.key + "gms", 60, ALNUM + "+/")),
               ("X-Gm-Gg", "ASbGnc%s" % h(m.key + "ggg", 60, ALNUM + "+/"))]
        return pre + self.ordered(m, order)

    def boundary(self, m, i):
        return "000000000000%s" % h(m.key + "bd%d" % i, 16)

    hcs_default = "UTF-8"
    hmode_default = "B"


class GMX(Base):
    delay = 3
    hcs_default = "UTF-8"
    hmode_default = "Q"

    def make_msgid(self, m):
        return "<trinity-%s-%d@3c-app-gmx-bap%02d>" % (uuid(m.key + "tr"), epoch(m, True), hnum(m.key + "bap", 10, 70))

    def chain(self, m):
        bap = m.msgid.split("-bap")[1].rstrip(">")
        ip = getattr(self, "client_ip", "84.%d.%d.%d" % (hnum(m.key + "c1", 128, 191), hnum(m.key + "c2", 1, 250), hnum(m.key + "c3", 1, 250)))
        hops = [
            "Received: from 3c-app-gmx-bap%s.server.lan ([%s]) by mail.gmx.net\n"
            " (mrgmx%03d [212.227.17.%d]) with ESMTPSA (Nemesis) id 1M%s;\n"
            " %s" % (bap, ip, hnum(m.key + "mr", 1, 120), hnum(m.key + "mr2", 160, 190),
                     h(m.key + "nid", 24, ALNUM + "-"), rfc_date(self.t(m, 1), "CET")),
            "Received: from [%s] ([%s]) by web-mail.gmx.net\n"
            " (3c-app-gmx-bap%s.server.lan [172.19.172.%d]) (via HTTP); %s" % (
                ip, ip, bap, hnum(m.key + "sl", 60, 140), rfc_date(self.t(m, 2), "CET")),
        ]
        return ("mout.gmx.net", "mout.gmx.net", "212.227.17.%d" % hnum(m.key + "mo", 20, 22)), hops

    def headers(self, m):
        order = ["MIME-Version", "Message-ID", "From", "To", "Cc", "Subject", "Date", "In-Reply-To", "References",
                 ("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3")]
        extra = [("X-Provags-ID", "V03:K1:" + h(m.key + "pv", 60, ALNUM + "+/")),
                 ("X-UI-Message-Type", "mail"),
                 ("UI-OutboundReport", "notjunk:1;M01:P0:" + h(m.key + "ob", 24, ALNUM + "+/="))]
        return self.ordered(m, order, extra)


class Libero(Base):
    """Italiaonline webmail (Open-Xchange App Suite)."""
    delay = 3

    def make_msgid(self, m):
        return "<%d.%d.%d@mail1.libero.it>" % (hnum(m.key + "a", 100000000, 999999999), hnum(m.key + "b", 100000, 9999999), epoch(m, True))

    def chain(self, m):
        n = hnum(m.key + "smtp", 11, 39)
        hops = [
            "Received: from oxapps-%d-%d.iol.local ([10.101.8.%d])\n"
            "\tby smtp-%d.iol.local with ESMTPA\n"
            "\tid %s; %s" % (hnum(m.key + "ox1", 10, 40), hnum(m.key + "ox2", 100, 400), hnum(m.key + "ox3", 10, 250), n,
                             h(m.key + "lid", 22, ALNUM), rfc_date(self.t(m, 1), "CET")),
        ]
        return ("libero.it", "smtp-%d-i2.italiaonline.it" % n, "213.209.10.%d" % n), hops

    def headers(self, m):
        order = ["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version"]
        extra = [("X-Priority", "3"), ("Importance", "Normal"),
                 ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61"),
                 ("X-Originating-Client", "open-xchange-appsuite")]
        return self.ordered(m, order, extra)


class WP(Base):
    """Wirtualna Polska webmail (poczta.wp.pl)."""
    delay = 2
    hcs_default = "UTF-8"
    hmode_default = "Q"

    def make_msgid(self, m):
        return "<%s@grupawp.pl>" % h(m.key + "mid", 32)

    def chain(self, m):
        ip = "83.%d.%d.%d" % (hnum(m.key + "1", 0, 31), hnum(m.key + "2", 1, 250), hnum(m.key + "3", 1, 250))
        hops = ["Received: (wp-smtpd smtp.wp.pl 13112 invoked from network); %s\n"
                "          from %s by poczta.wp.pl with HTTPS" % (rfc_date(self.t(m, 1), "CET"), ip)]
        return ("mx4.wp.pl", "mx4.wp.pl", "212.77.101.12"), hops

    def headers(self, m):
        order = ["Date", "From", "To", "Cc", "Subject", "Message-ID", "In-Reply-To", "References", "MIME-Version"]
        extra = [("X-Mailer", "WP Poczta 2.0"),
                 ("X-WP-MailID", h(m.key + "wpid", 32)),
                 ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"),
                 ("X-WP-SPAM", "NO 0000000 [kSN0]")]
        return self.ordered(m, order, extra)


class Interia(Base):
    delay = 2
    hcs_default = "UTF-8"
    hmode_default = "B"

    def make_msgid(self, m):
        return "<%s@poczta.interia.pl>" % h(m.key + "mid", 28, "abcdefghijklmnopqrstuvwxyz0123456789")

    def chain(self, m):
        ip = "31.%d.%d.%d" % (hnum(m.key + "1", 0, 63), hnum(m.key + "2", 1, 250), hnum(m.key + "3", 1, 250))
        hops = ["Received: from [%s] (unknown [%s])\n"
                "\tby poczta.interia.pl (INTERIA.PL) with ESMTPSA id %s\n"
                "\tfor <%s>; %s" % (ip, ip, h(m.key + "iid", 10, UPALNUM), m.rcpt, rfc_date(self.t(m, 1), "CET"))]
        return ("smtpo76.poczta.interia.pl", "smtpo76.poczta.interia.pl", "217.74.67.76"), hops

    def headers(self, m):
        order = ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version"]
        extra = [("X-Mailer", "Interia Poczta 2.0")]
        return self.ordered(m, order, extra)


class Onet(Base):
    delay = 2
    hcs_default = "UTF-8"
    hmode_default = "Q"

    def make_msgid(self, m):
        return "<%s.%s@poczta.onet.pl>" % (h(m.key + "mid", 16), h(m.key + "mid2", 8))

    def chain(self, m):
        ip = "37.%d.%d.%d" % (hnum(m.key + "1", 30, 60), hnum(m.key + "2", 1, 250), hnum(m.key + "3", 1, 250))
        hops = ["Received: from pmq%d.m5r2.onet ([10.174.33.%d])\n"
                "\tby smtp.poczta.onet.pl (Onet) with ESMTPA id 4%s\n"
                "\tfor <%s>; %s" % (hnum(m.key + "p", 1, 9), hnum(m.key + "q", 10, 99), h(m.key + "oid", 13, _QALPHA), m.rcpt, rfc_date(self.t(m, 1), "CET")),
                "Received: from [%s] by pmq%d.m5r2.onet via HTTP id\n"
                " %s; %s" % (ip, hnum(m.key + "p", 1, 9), h(m.key + "hid", 16), rfc_date(self.t(m, 2), "CET"))]
        return ("smtpo58.poczta.onet.pl", "smtpo58.poczta.onet.pl", "213.180.149.58"), hops

    def headers(self, m):
        order = ["From", "To", "Date", "Subject", "Message-ID", "MIME-Version"]
        extra = [("X-Mailer", "Onet Poczta"), ("X-Onet-PMQ", "%s;%s" % (h(m.key + "pmq", 10), "37.0.0.0"))]
        return self.ordered(m, order, extra)


class Otenet(Base):
    """OTE webmail (Zimbra)."""
    zone = "EET"
    delay = 3

    def make_msgid(self, m):
        return "<%d.%d.%d.JavaMail.zimbra@otenet.gr>" % (hnum(m.key + "a", 10 ** 8, 10 ** 9), hnum(m.key + "b", 10 ** 6, 10 ** 7), epoch(m, True))

    def chain(self, m):
        cip = getattr(self, "client_ip", "79.%d.%d.%d" % (hnum(m.key + "1", 103, 131), hnum(m.key + "2", 1, 250), hnum(m.key + "3", 1, 250)))
        hops = [
            "Received: from zmbx%02d.otenet.gr (zmbx%02d.otenet.gr [10.30.16.%d])\n"
            "\tby mailout%02d.otenet.gr (Postfix) with ESMTP id %s\n"
            "\tfor <%s>; %s" % (hnum(m.key + "z", 1, 12), hnum(m.key + "z", 1, 12), hnum(m.key + "zz", 10, 90), hnum(m.key + "mo", 1, 4),
                                h(m.key + "q", 10, UPALNUM), m.rcpt, rfc_date(self.t(m, 1), "EET", True)),
            "Received: from [%s] by zmbx%02d.otenet.gr with HTTP; %s" % (cip, hnum(m.key + "z", 1, 12), rfc_date(self.t(m, 2), "EET")),
        ]
        n = hnum(m.key + "mo", 1, 4)
        return ("mailout%02d.otenet.gr" % n, "mailout%02d.otenet.gr" % n, "83.235.69.%d" % (40 + n)), hops

    def headers(self, m):
        order = ["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "MIME-Version"]
        extra = [("X-Originating-IP", "[%s]" % "10.30.16.1"),
                 ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - GC131 (Win)/9.0.0_ZEXTRAS_20240927)"),
                 ("Thread-Topic", hdr_text(m.thread_topic, self.hcs(m), self.hmode(m))),
                 ("Thread-Index", h(m.key + "zti", 28, ALNUM))]
        return self.ordered(m, order, extra)

    def boundary(self, m, i):
        return "=_%s" % uuid(m.key + "zb%d" % i)


class Yandex(Base):
    """Yandex Mail (web or The Bat! via SMTP), also Yandex 360 custom domains."""
    zone = "MSK"
    delay = 2

    def make_msgid(self, m):
        if getattr(self, "client", "web") == "thebat":
            lt = m.t_sent
            return "<%d.%04d%02d%02d%02d%02d%02d@%s>" % (hnum(m.key + "tb", 10 ** 7, 10 ** 9), lt.year, lt.month, lt.day,
                                                       (lt.hour + 3) % 24, lt.minute, lt.second, m.frm[1].split("@")[1])
        return "<%d%d@mail.yandex.ru>" % (hnum(m.key + "y1", 100000, 999999), epoch(m))

    def chain(self, m):
        fw = "forward%d%s.mail.yandex.net" % (hnum(m.key + "fw", 100, 502), "ab"[hnum(m.key + "ab", 0, 1)])
        pod = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (hnum(m.key + "pod", 10, 90), ["sas", "vla", "klg", "iva"][hnum(m.key + "dc", 0, 3)])
        hops = [
            "Received: from %s (%s [IPv6:2a02:6b8:c1c:%x:0:640:%s:0])\n"
            "\tby %s (Yandex) with ESMTPS id %s\n"
            "\tfor <%s>; %s" % (pod, pod, hnum(m.key + "v6", 0x1000, 0xffff), h(m.key + "v6b", 4), fw,
                                h(m.key + "fid", 10, UPALNUM), m.rcpt, rfc_date(self.t(m, 1), "MSK", True)),
        ]
        if getattr(self, "client", "web") == "thebat":
            cip = getattr(self, "client_ip", "95.%d.%d.%d" % (hnum(m.key + "c1", 24, 31), hnum(m.key + "c2", 1, 250), hnum(m.key + "c3", 1, 250)))
            hops.append("Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n"
                        "\t%s\n\t(from [%s])" % (pod, h(m.key + "s1", 10, ALNUM), h(m.key + "s2", 8, ALNUM), rfc_date(self.t(m, 2), "MSK"), cip))
        else:
            hops.append("Received: from mail.yandex.ru (2a02:6b8:c0c:%x:0:640:%s:0 [2a02:6b8:c0c:%x:0:640:%s:0])\n"
                        "\tby %s (Yandex) with HTTP id %s-%s;\n\t%s" % (
                            hnum(m.key + "w", 0x1000, 0xffff), h(m.key + "wb", 4), hnum(m.key + "w", 0x1000, 0xffff), h(m.key + "wb", 4),
                            pod.replace("smtp", "mxback", 1), h(m.key + "s3", 10, ALNUM), h(m.key + "s4", 8, ALNUM), rfc_date(self.t(m, 2), "MSK")))
        return (fw, fw, "178.154.239.%d" % hnum(m.key + "fwip", 64, 220)), hops

    def headers(self, m):
        if getattr(self, "client", "web") == "thebat":
            order = ["Date", "From", "Reply-To", "Message-ID", ("X-Mailer", "The Bat! (v11.2.2) Professional"),
                     ("Organization", hdr_text(self.org, self.hcs(m), self.hmode(m))) if getattr(self, "org", "") else None,
                     "To", "Cc", "Subject", "In-Reply-To", "References", "MIME-Version"]
            order = [o for o in order if o]
            return self.ordered(m, order)
        order = ["From", "To", "Cc", "Reply-To", "In-Reply-To", "References", "Subject", "MIME-Version",
                 ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"), "Date", "Message-ID"]
        return self.ordered(m, order)

    def boundary(self, m, i):
        if getattr(self, "client", "web") == "thebat":
            return "----------%s" % h(m.key + "bb%d" % i, 16, UPALNUM)
        return "----==%s----" % h(m.key + "yb%d" % i, 26, ALNUM)


class MailRu(Base):
    zone = "MSK"
    delay = 2
    hcs_default = "UTF-8"
    hmode_default = "B"

    def make_msgid(self, m):
        return "<%d.%d@f%d.i.mail.ru>" % (epoch(m), hnum(m.key + "b", 10 ** 8, 10 ** 9),
                                          hnum(m.key + "f", 100, 700))

    def chain(self, m):
        n = hnum(m.key + "smtp", 30, 60)
        hops = ["Received: by smtp%d.i.mail.ru with esmtpa (envelope-from <%s>)\n"
                "\tid 1t%s-%s-%s; %s" % (n, m.envelope, h(m.key + "e1", 4, ALNUM), h(m.key + "e2", 6, ALNUM), h(m.key + "e3", 2, ALNUM), rfc_date(self.t(m, 1), "MSK"))]
        return ("smtp%d.i.mail.ru" % n, "smtp%d.i.mail.ru" % n, "95.163.41.%d" % (n + 40)), hops

    def headers(self, m):
        order = ["From", "To", "Subject", "MIME-Version", ("X-Mailer", "Mail.Ru Mailer 1.0"),
                 "Date", "Reply-To", "Message-ID"]
        extra = [("X-Mailru-Src", "web"), ("X-7564579A", "646B95376F6C166E"),
                 ("X-77F55803", h(m.key + "x77", 56, ALNUM + "+/="))]
        return self.ordered(m, order, extra)
