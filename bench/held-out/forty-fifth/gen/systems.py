"""Sending systems: trace headers, Message-ID/boundary style and client headers
of the mail systems that appear in the set. Transports carry a mail client
(MUA) where the transport itself does not write the message."""
import base64
import hashlib
import struct

from timeid import rfc, plus, hexid, alnum, uuid_of, postfix_qid, exim_id, rnd

TLS = {
    "1.3-256": "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
    "1.3-128": "(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
    "1.2": "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))",
}


def thread_index(utc, key, depth=0):
    ft = int((utc.timestamp() + 11644473600) * 10 ** 7)
    head = struct.pack(">Q", ft)[:6]
    guid = bytes.fromhex(hexid(key + "ti", 32))
    tail = b"".join(bytes.fromhex(hexid(key + "tr%d" % i, 10)) for i in range(depth))
    return base64.b64encode(head + guid + tail).decode()


# ================================================================ MUAs
class MUA:
    style = "generic"

    def __init__(self, domain=None):
        self.domain = domain

    def msgid(self, ctx):
        return "<%s@%s>" % (hexid(ctx.key, 32), self.domain or ctx.frm_addr.split("@")[1])

    def headers(self, ctx):
        return []

    def boundary(self, ctx, i):
        return "=_%s" % hexid(ctx.key + "b%d" % i, 32)


class OutlookSMTP(MUA):
    """Outlook 2016/2019/365 classic over SMTP/IMAP (not Exchange)."""
    style = "outlook-smtp"

    def __init__(self, domain=None, lang="de"):
        super().__init__(domain)
        self.lang = lang

    def _ft(self, ctx):
        ft = int((ctx.t.timestamp() + 11644473600) * 10 ** 7) + int(hexid(ctx.key, 5), 16)
        return ft >> 32, ft & 0xFFFFFFFF, int(hexid(ctx.key + "c", 3), 16) % 0x80

    def msgid(self, ctx):
        hi, lo, cnt = self._ft(ctx)
        return "<%04x%08x$%08x$%s$@%s>" % (cnt, hi, lo, hexid(ctx.key + "r", 8), self.domain or ctx.frm_addr.split("@")[1])

    def headers(self, ctx):
        return [("X-Mailer", "Microsoft Outlook 16.0"),
                ("Thread-Index", thread_index(ctx.t, ctx.key, ctx.depth)),
                ("Content-Language", self.lang)]

    def boundary(self, ctx, i):
        hi, lo, cnt = self._ft(ctx)
        return "----=_NextPart_%03d_%04X_%08X.%08X" % (i, cnt + 1, hi, lo)


class Thunderbird(MUA):
    style = "thunderbird"

    def __init__(self, domain=None, version="140.4.0", os_="Windows NT 10.0; Win64; x64", lang="de-DE"):
        super().__init__(domain)
        self.version, self.os_, self.lang = version, os_, lang

    def msgid(self, ctx):
        return "<%s@%s>" % (uuid_of(ctx.key), self.domain or ctx.frm_addr.split("@")[1])

    def headers(self, ctx):
        return [("User-Agent", "Mozilla Thunderbird" if self.version.startswith("1") and int(self.version.split(".")[0]) >= 115
                 else "Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Thunderbird/%s" % (self.os_, self.version, self.version)),
                ("Content-Language", self.lang)]

    def boundary(self, ctx, i):
        return "------------" + alnum(ctx.key + "b%d" % i, 24)


class Roundcube(MUA):
    style = "roundcube"

    def __init__(self, domain=None, version="1.6.11"):
        super().__init__(domain)
        self.version = version

    def headers(self, ctx):
        return [("X-Sender", ctx.frm_addr), ("User-Agent", "Roundcube Webmail/%s" % self.version)]

    def boundary(self, ctx, i):
        return "=_" + hexid(ctx.key + "b%d" % i, 32)


class PHPMailer(MUA):
    style = "phpmailer"

    def __init__(self, host, version="6.9.3"):
        super().__init__(host)
        self.host, self.version = host, version

    def msgid(self, ctx):
        return "<%s@%s>" % (alnum(ctx.key, 43), self.host)

    def headers(self, ctx):
        return [("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % self.version)]

    def boundary(self, ctx, i):
        return "b%d_%s" % (i + 1, alnum(ctx.key + "b", 43))


class AppleMail(MUA):
    style = "apple"

    def __init__(self, domain=None, iphone=False, build="23B85"):
        super().__init__(domain)
        self.iphone, self.build = iphone, build

    def msgid(self, ctx):
        return "<%s@%s>" % (uuid_of(ctx.key, upper=True), self.domain or ctx.frm_addr.split("@")[1])

    def headers(self, ctx):
        if self.iphone:
            return [("X-Mailer", "iPhone Mail (%s)" % self.build)]
        return [("X-Mailer", "Apple Mail (2.3826.700.81)")]

    def boundary(self, ctx, i):
        return "Apple-Mail-%s" % uuid_of(ctx.key + "b%d" % i, upper=True)


# ================================================================ transports
class Sys:
    style = "generic"
    zone = "DE"
    delay = 4
    mua = None

    def client(self, ctx):
        raise NotImplementedError

    def hops(self, ctx):
        return []

    def pre(self, ctx):
        return []

    def msgid(self, ctx):
        return self.mua.msgid(ctx)

    def headers(self, ctx):
        return self.mua.headers(ctx) if self.mua else []

    def boundary(self, ctx, i):
        return self.mua.boundary(ctx, i)

    def get_style(self):
        return self.mua.style if self.mua else self.style


class ExchangeInternal(Sys):
    """Example Group on-prem Exchange -> mail-int01 relay -> mx01."""
    style = "outlook"

    def __init__(self, ws_ip="10.20.4.57", lang="de-DE", zone="DE"):
        self.ws_ip, self.lang, self.zone = ws_ip, lang, zone

    def client(self, ctx):
        return ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "1.3-256")

    def hops(self, ctx):
        t = ctx.t
        return [
            "from EXCH01.corp.example.com (exch01.corp.example.com [10.20.0.31])\n\t%s\n\t(No client certificate requested)\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (TLS["1.2"], postfix_qid(plus(t, 2), ctx.key + "int"), ctx.rcpt, rfc(plus(t, 2), "DE", True)),
            "from EXCH01.corp.example.com (10.20.0.31) by EXCH01.corp.example.com\n (10.20.0.31) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.2562.17; %s" % rfc(plus(t, 1), "DE"),
            "from EXCH01.corp.example.com ([fe80::8d1c:4b2a:19e3:7f60]) by\n EXCH01.corp.example.com ([fe80::8d1c:4b2a:19e3:7f60%%13]) with mapi id\n 15.02.2562.017; %s" % rfc(t, "DE"),
        ]

    def msgid(self, ctx):
        return "<%s@EXCH01.corp.example.com>" % hexid(ctx.key, 32)

    def headers(self, ctx):
        return [("Thread-Topic", None), ("Thread-Index", thread_index(ctx.t, ctx.key, ctx.depth)),
                ("Accept-Language", "%s, en-US" % self.lang), ("Content-Language", self.lang),
                ("X-MS-Has-Attach", "yes" if ctx.has_att else ""), ("X-MS-TNEF-Correlator", ""),
                ("x-ms-exchange-transport-fromentityheader", "Hosted"),
                ("x-originating-ip", "[%s]" % self.ws_ip)]

    def boundary(self, ctx, i):
        return "_%03d_%s_" % (i, hexid(ctx.key + "b", 32).upper())


class EXO(Sys):
    """Exchange Online tenant (partner companies, also Microsoft's own notices)."""
    style = "outlook"

    def __init__(self, host="AM9PR07MB7123", region="eurprd07", obe=None, zone="DE", lang="de-DE",
                 tenant=None, build="15.20.9253.011", exo_zone="UTC", msgid_host=None):
        self.host, self.region, self.zone, self.lang = host, region, zone, lang
        self.obe = obe or ("EUR05-AM6-obe.outbound.protection.outlook.com",
                           "mail-am6eur05on2100.outbound.protection.outlook.com", "40.107.22.100")
        self.tenant, self.build, self.exo_zone, self.msgid_host = tenant, build, exo_zone, msgid_host

    def client(self, ctx):
        return self.obe + ("1.2",)

    def hops(self, ctx):
        t = ctx.t
        h2 = self.host[:4] + "%02d" % (int(hexid(ctx.key, 2), 16) % 90) + self.host[6:]
        fe = "fe80::%s:%s:%s:%s" % tuple(hexid(self.host + str(i), 4) for i in range(4))
        v6 = "2603:10a6:%s:%s::%d" % (hexid(ctx.key + "6", 3), hexid(ctx.key + "7", 3), int(hexid(ctx.key, 2), 16) % 30)
        v6b = "2603:10a6:%s:%s::%d" % (hexid(ctx.key + "8", 3), hexid(ctx.key + "9", 3), int(hexid(ctx.key, 3), 16) % 30)
        b = self.build
        bshort = ".".join(str(int(x)) for x in b.split("."))
        return [
            "from %s.%s.prod.outlook.com (%s) by\n %s.%s.prod.outlook.com (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n %s; %s"
            % (self.host, self.region, v6, h2, self.region, v6b, bshort, rfc(plus(t, 1), self.exo_zone)),
            "from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s%%5]) with mapi id %s; %s"
            % (self.host, self.region, fe, self.host, self.region, fe, b, rfc(t, self.exo_zone)),
        ]

    def msgid(self, ctx):
        h = self.msgid_host or self.host
        return "<%s%s@%s.%s.prod.outlook.com>" % (h, hexid(ctx.key, 30, True), h, self.region)

    def headers(self, ctx):
        tid = self.tenant or uuid_of(ctx.frm_addr.split("@")[1])
        return [("Thread-Topic", None), ("Thread-Index", thread_index(ctx.t, ctx.key, ctx.depth)),
                ("Accept-Language", "%s, en-US" % self.lang), ("Content-Language", self.lang),
                ("X-MS-Has-Attach", "yes" if ctx.has_att else ""), ("X-MS-TNEF-Correlator", ""),
                ("msip_labels", ""), ("x-ms-publictraffictype", "Email"),
                ("X-MS-Exchange-CrossTenant-Id", tid),
                ("X-MS-Exchange-CrossTenant-originalarrivaltime", rfc(ctx.t, "UTC", pad_day=True).replace(",", "").replace(" +0000", ".%s (UTC)" % str(int(hexid(ctx.key, 4), 16) % 9999).rjust(4, "0"))[4:]),
                ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", self.host)]

    def boundary(self, ctx, i):
        return "_%03d_%s%s_" % (i, self.host, hexid(ctx.key, 30, True))


class OutlookCom(EXO):
    """Consumer outlook.com / hotmail.com."""

    def __init__(self, host="AS8P194MB1374", region="EURP194", zone="DE", lang="de-DE", obe=None):
        super().__init__(host=host, region=region, zone=zone, lang=lang, obe=obe or (
            "EUR03-DBA-obe.outbound.protection.outlook.com",
            "mail-dbaeur03olkn2081.outbound.protection.outlook.com", "40.92.59.81"))

    def hops(self, ctx):
        t = ctx.t
        fe = "fe80::%s:%s:%s:%s" % tuple(hexid(self.host + str(i), 4) for i in range(4))
        return ["from %s.%s.PROD.OUTLOOK.COM\n ([%s]) by %s.%s.PROD.OUTLOOK.COM\n ([%s%%7]) with mapi id %s; %s"
                % (self.host, self.region, fe, self.host, self.region, fe, self.build, rfc(t, "UTC"))]

    def msgid(self, ctx):
        return "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (self.host, hexid(ctx.key, 30, True), self.host, self.region)

    def headers(self, ctx):
        return [("Thread-Topic", None), ("Thread-Index", thread_index(ctx.t, ctx.key, ctx.depth)),
                ("Accept-Language", "%s, en-US" % self.lang), ("Content-Language", self.lang),
                ("X-MS-Has-Attach", "yes" if ctx.has_att else ""), ("X-MS-TNEF-Correlator", ""),
                ("x-ms-exchange-messagesentrepresentingtype", "1"),
                ("x-tmn", "[%s]" % alnum(ctx.key + "tmn", 32))]


class Gmail(Sys):
    style = "gmail"

    def __init__(self, host="mail-wm1-f43.google.com", ip="209.85.128.43", zone="DE", msgid_kind="user",
                 msgid_host=None):
        self.host, self.ip, self.zone, self.kind, self.msgid_host = host, ip, zone, msgid_kind, msgid_host

    def client(self, ctx):
        return (self.host, self.host, self.ip, "1.3-128")

    def hops(self, ctx):
        sid = "%s-%sso%s.%d" % (hexid(ctx.key + "a", 10), hexid(ctx.key + "c", 11), str(int(hexid(ctx.key, 6), 16))[:8], 1 + int(hexid(ctx.key, 1), 16) % 3)
        return ["by %s with SMTP id %s\n        for <%s>; %s" % (self.host, sid, ctx.rcpt, rfc(plus(ctx.t, 1), "PT", True))]

    def pre(self, ctx):
        return [("X-Gm-Message-State", "AOJu0Y" + alnum(ctx.key + "gms", 62)),
                ("X-Gm-Gg", "ASbGnc" + alnum(ctx.key + "gg", 90)),
                ("X-Google-Smtp-Source", "AGHT+I" + alnum(ctx.key + "gss", 60)),
                ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d;\n        %s" % (
                    hexid(ctx.key + "x1", 4), hexid(ctx.key + "x2", 4), hexid(ctx.key + "x3", 3), hexid(ctx.key + "x4", 4),
                    hexid(ctx.key + "x5", 16), hexid(ctx.key + "x6", 10) + "mr" + str(int(hexid(ctx.key, 5), 16)), 1 + int(hexid(ctx.key, 1), 16) % 9,
                    rfc(ctx.t, "PT", True)))]

    def msgid(self, ctx):
        if self.kind == "user":
            return "<CA%s@mail.gmail.com>" % alnum(ctx.key, 58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+=-")
        return "<%s@%s>" % (alnum(ctx.key, 22), self.msgid_host or "google.com")

    def boundary(self, ctx, i):
        return "000000000000" + hexid(ctx.key + "b%d" % i, 16)


class GMX(Sys):
    style = "gmx"

    def __init__(self, provider="gmx", user_ip="94.134.90.17", zone="DE"):
        self.provider, self.user_ip, self.zone = provider, user_ip, zone

    def client(self, ctx):
        if self.provider == "web.de":
            return ("mout.web.de", "mout.web.de", "212.227.15.3", "1.3-256")
        return ("mout.gmx.net", "mout.gmx.net", "212.227.15.19", "1.3-256")

    def _app(self, ctx):
        return "3c-app-%s-bap%02d" % ("webde" if self.provider == "web.de" else "gmx", 10 + int(hexid(ctx.key, 2), 16) % 60)

    def hops(self, ctx):
        app = self._app(ctx)
        host = "web-mail.web.de" if self.provider == "web.de" else "web-mail.gmx.net"
        return ["from [%s] ([%s]) by %s\n (%s.server.lan [172.19.172.%d]) (via HTTP); %s"
                % (self.user_ip, self.user_ip, host, app, 10 + int(hexid(ctx.key, 2), 16) % 200, rfc(ctx.t, "DE"))]

    def msgid(self, ctx):
        return "<trinity-%s-%d@%s>" % (uuid_of(ctx.key), int(ctx.t.timestamp() * 1000) + int(hexid(ctx.key, 3), 16) % 1000, self._app(ctx))

    def headers(self, ctx):
        return [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
                ("X-Provags-ID", "V03:K1:" + alnum(ctx.key + "pv", 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
                ("UI-OutboundReport", "notjunk:1;M01:P0:" + alnum(ctx.key + "ui", 11) + "=;" + alnum(ctx.key + "ui2", 60))]

    def boundary(self, ctx, i):
        return "abmob-%s" % uuid_of(ctx.key + "b%d" % i)


class Libero(Sys):
    style = "ox"
    zone = "IT"

    def client(self, ctx):
        return ("libero.it", "smtp-31-i2.italiaonline.it", "213.209.12.31", "1.3-256")

    def hops(self, ctx):
        return ["from oxapps-31-%03d.iol.local ([10.101.8.%d])\n\tby smtp-31.iol.local with ESMTPA\n\tid %s; %s"
                % (int(hexid(ctx.key, 2), 16), 100 + int(hexid(ctx.key, 2), 16) % 100, alnum(ctx.key + "iol", 16), rfc(plus(ctx.t, 1), "IT"))]

    def msgid(self, ctx):
        r = rnd(ctx.key)
        return "<%d.%d.%d@libero.it>" % (r.randrange(10 ** 8, 2 * 10 ** 9), r.randrange(10 ** 5, 10 ** 7), self._ms(ctx))

    def _ms(self, ctx):
        return int(ctx.t.timestamp() * 1000) - 900 + int(hexid(ctx.key + "ms", 3), 16) % 800

    def headers(self, ctx):
        return [("X-Priority", "3"), ("Importance", "Normal"),
                ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev77"), ("X-Originating-Client", "open-xchange-appsuite")]

    def boundary(self, ctx, i):
        return "----=_Part_%d_%d.%d" % (int(hexid(ctx.key + str(i), 5), 16), int(hexid(ctx.key, 7), 16), self._ms(ctx))


class WP(Sys):
    zone = "PL"

    def __init__(self, user_ip="83.24.137.88"):
        self.user_ip = user_ip

    def client(self, ctx):
        return ("mx4.wp.pl", "mx4.wp.pl", "212.77.101.12", "1.3-256")

    def hops(self, ctx):
        return ["(wp-smtpd smtp.wp.pl %d invoked from network); %s" % (1000 + int(hexid(ctx.key, 4), 16) % 30000, rfc(plus(ctx.t, 1), "PL")),
                "from %s.neoplus.adsl.tpnet.pl (HELO localhost) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s"
                % (self.user_ip.replace(".", "-")[::-1][:0] + "aea" + self.user_ip.split(".")[-1], ctx.frm_addr.split("@")[0], self.user_ip, ctx.env_from, ctx.rcpt, rfc(ctx.t, "PL"))]

    def msgid(self, ctx):
        return "<%s.%s@wp.pl>" % (hexid(ctx.key, 16), hexid(ctx.key + "2", 8))

    def headers(self, ctx):
        return [("X-Mailer", "Poczta WP"), ("X-WP-MailID", hexid(ctx.key + "wp", 32)),
                ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]

    def boundary(self, ctx, i):
        return "wp-%s" % hexid(ctx.key + "b%d" % i, 24)


class Yandex(Sys):
    zone = "RU"

    def __init__(self, fwd="forward102b.mail.yandex.net", ip="178.154.239.149", dc="sas"):
        self.fwd, self.ip, self.dc = fwd, ip, dc

    def client(self, ctx):
        return (self.fwd, self.fwd, self.ip, "1.3-256")

    def _node(self, ctx):
        return "mail-%s2-%s.qloud-c.yandex.net" % (self.dc, hexid(ctx.key + "yn", 12))

    def hops(self, ctx):
        n = self._node(ctx)
        v6 = "2a02:6b8:c08:%s:0:640:%s:0" % (hexid(ctx.key + "v1", 4), hexid(ctx.key + "v2", 4))
        return ["from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s"
                % (n, n, v6, self.fwd, alnum(ctx.key + "ys", 10) + "-" + alnum(ctx.key + "ys2", 8), rfc(plus(ctx.t, 1), "RU")),
                "from mail.yandex.ru (mail.yandex.ru [%s])\n\tby %s with HTTP;\n\t%s" % (v6.replace("c08", "0"), n, rfc(ctx.t, "RU"))]

    def msgid(self, ctx):
        return "<%d%d@%s>" % (int(hexid(ctx.key, 5), 16) % 900000 + 100000, int(ctx.t.timestamp()), self._node(ctx))

    def headers(self, ctx):
        return [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]

    def boundary(self, ctx, i):
        return "----==%s" % hexid(ctx.key + "b%d" % i, 32)


class SMTPHost(Sys):
    """Generic SMTP submission host with a MUA: kind in
    postfix|exim|exim-local|aruba|privateemail|homepl|otenet."""

    def __init__(self, kind, mua, server, ip, rdns=None, helo=None, user_ip="192.0.2.1", lan=None,
                 zone="DE", tls="1.3-256", host_zone=None, local_user=None, delay=4, webmail=None):
        self.webmail = webmail
        self.kind, self.mua, self.server, self.ip = kind, mua, server, ip
        self.rdns, self.helo = rdns or server, helo or server
        self.user_ip, self.lan, self.zone, self.tls = user_ip, lan, zone, tls
        self.host_zone = host_zone or zone
        self.local_user, self.delay = local_user, delay

    def client(self, ctx):
        return (self.helo, self.rdns, self.ip, self.tls)

    def hops(self, ctx):
        t, k = ctx.t, self.kind
        d = rfc(plus(t, 1), self.host_zone)
        ui = self.user_ip
        if self.webmail:
            http = "from [%s] by %s\n\twith HTTP (HTTP/1.1 POST); %s" % (ui, self.webmail, rfc(t, self.host_zone))
            if k == "aruba":
                return ["from %s ([10.10.10.%d])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
                        % (self.webmail, 20 + int(hexid(ctx.key, 2), 16) % 200, alnum(ctx.key + "ar", 16), rfc(plus(t, 1), "IT")), http]
            return ["from %s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                    % (self.webmail, ctx.env_from, self.server, postfix_qid(t, ctx.key + "s"), ctx.rcpt, rfc(plus(t, 1), self.host_zone, True)), http]
        if k == "postfix" and self.lan == "localhost":
            return ["from localhost (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                    % (ctx.env_from, self.server, postfix_qid(t, ctx.key + "s"), ctx.rcpt, rfc(plus(t, 1), self.host_zone, True))]
        if k == "postfix":
            return ["from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                    % (self.lan or ui, ui, ctx.env_from, self.server, postfix_qid(t, ctx.key + "s"), ctx.rcpt, rfc(plus(t, 1), self.host_zone, True))]
        if k == "privateemail":
            srv = self.server
            return ["from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                    % (srv, srv, postfix_qid(plus(t, 1), ctx.key + "p1"), ctx.rcpt, rfc(plus(t, 1), self.host_zone, True)),
                    "from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s"
                    % (self.lan or "127.0.0.1", ui, ctx.env_from, srv, postfix_qid(t, ctx.key + "p2"), rfc(t, self.host_zone, True))]
        if k == "exim":
            return ["from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.2)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
                    % (ui, 49152 + int(hexid(ctx.key, 4), 16) % 16000, self.lan or "192.168.1.20", self.server, ctx.env_from, exim_id(t, ctx.key), ctx.rcpt, d)]
        if k == "exim-local":
            return ["from %s by %s with local (Exim 4.98.2)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s"
                    % (self.local_user, self.server, ctx.env_from, exim_id(t, ctx.key), ctx.rcpt, d)]
        if k == "aruba":
            return ["from [%s] ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
                    % (self.lan or "192.168.1.51", ui, alnum(ctx.key + "ar", 16), rfc(t, "IT"))]
        if k == "homepl":
            return ["from [%s] (%s.dynamic.chello.pl [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                    % (self.lan or "192.168.0.14", ui.replace(".", "-"), ui, self.server, postfix_qid(t, ctx.key + "h"), ctx.rcpt, rfc(plus(t, 1), "PL", True))]
        if k == "otenet":
            return ["from %s (ppp%s.home.otenet.gr [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                    % (self.lan or "DESKTOP-7Q2L9KD", ui.replace(".", "-"), ui, self.server, postfix_qid(t, ctx.key + "o"), ctx.rcpt, rfc(plus(t, 1), "GR", True))]
        raise ValueError(k)


# ================================================================ bulk ESPs
class SendGrid(Sys):
    style = "esp"

    def __init__(self, rdns="xtrwkhkc.outbound-mail.sendgrid.net", ip="149.72.154.232", zone="UTC"):
        self.rdns, self.ip, self.zone = rdns, ip, zone

    def client(self, ctx):
        return (self.rdns, self.rdns, self.ip, "1.3-256")

    def _pod(self, ctx):
        return "geopod-ismtpd-%d" % (1 + int(hexid(ctx.key, 2), 16) % 40)

    def hops(self, ctx):
        t = ctx.t
        f = "filterdrecv-%s-%s" % (hexid(ctx.key + "f", 10), alnum(ctx.key + "fd", 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        lt = rfc(plus(t, 1), "UTC")
        return ["by %s with SMTP id %s-1-%s-%X\n        %s +0000 UTC m=+%d.%09d"
                % (f, f, hexid(ctx.key + "g", 8, True), int(hexid(ctx.key, 2), 16),
                   plus(t, 1).strftime("%Y-%m-%d %H:%M:%S.") + "%09d" % int(hexid(ctx.key + "ns", 7), 16), int(hexid(ctx.key, 5), 16) % 999999, int(hexid(ctx.key + "m", 7), 16)),
                "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)"
                % (alnum(ctx.key + "u", 12), self._pod(ctx), alnum(ctx.key + "sgid", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), rfc(t, "UTC").replace(" +0000", ".%03d +0000" % (int(hexid(ctx.key, 3), 16) % 1000)))]

    def msgid(self, ctx):
        return "<%s@%s>" % (alnum(ctx.key + "sgid", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), self._pod(ctx))

    def headers(self, ctx):
        return [("X-SG-EID", "u001." + alnum(ctx.key + "eid", 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
                ("X-SG-ID", "u001." + alnum(ctx.key + "sid", 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
                ("X-Entity-ID", "u001." + alnum(ctx.key + "ent", 24) + "==")]

    def boundary(self, ctx, i):
        return hexid(ctx.key + "b%d" % i, 64)


class Mailgun(Sys):
    style = "esp"

    def __init__(self, rdns="m42-8.mailgun.net", ip="159.135.42.8", mgdomain="mg.example.org", zone="UTC"):
        self.rdns, self.ip, self.mgdomain, self.zone = rdns, ip, mgdomain, zone

    def client(self, ctx):
        return (self.rdns, self.rdns, self.ip, "1.3-256")

    def hops(self, ctx):
        return ["by %s.mailgun.net with HTTP id %s; %s"
                % (hexid(ctx.key + "mh", 10), hexid(ctx.key + "mid", 24), rfc(ctx.t, "UTC").replace("+0000", "GMT"))]

    def msgid(self, ctx):
        return "<%s.%s@%s>" % (ctx.t.strftime("%Y%m%d%H%M%S"), hexid(ctx.key, 16), self.mgdomain)

    def headers(self, ctx):
        return [("X-Mailgun-Sid", alnum(ctx.key + "sid", 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "="),
                ("X-Mailgun-Batch-Id", hexid(ctx.key + "batch", 24))]

    def boundary(self, ctx, i):
        return hexid(ctx.key + "b%d" % i, 32)


class Brevo(Sys):
    style = "esp"

    def __init__(self, rdns="smtp-relay.sendinblue.com", ip="185.41.28.109", zone="UTC"):
        self.rdns, self.ip, self.zone = rdns, ip, zone

    def client(self, ctx):
        return (self.rdns, self.rdns, self.ip, "1.3-256")

    def msgid(self, ctx):
        return "<%s.%d@smtp-relay.mailin.fr>" % (ctx.t.strftime("%Y%m%d%H%M"), int(hexid(ctx.key, 10), 16) % 10 ** 11)

    def headers(self, ctx):
        return [("X-Mailin-EID", alnum(ctx.key + "eid", 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "~"),
                ("X-sib-id", alnum(ctx.key + "sib", 64))]

    def boundary(self, ctx, i):
        return hexid(ctx.key + "b%d" % i, 32)


class SES(Sys):
    style = "esp"

    def __init__(self, region="eu-central-1", rdns="e242-11.smtp-out.eu-central-1.amazonses.com", ip="23.251.242.11",
                 zone="UTC", feedback_tag="AmazonSES"):
        self.region, self.rdns, self.ip, self.zone, self.fb = region, rdns, ip, zone, feedback_tag

    def client(self, ctx):
        return (self.rdns, self.rdns, self.ip, "1.3-128")

    def msgid(self, ctx):
        ms = int(ctx.t.timestamp() * 1000)
        pre = {"us-east-1": "0100", "us-west-2": "0101", "eu-west-1": "0102", "eu-central-1": "0107",
               "eu-west-2": "0109"}.get(self.region, "0102")
        return "<" + pre + "%012x-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
            ms, hexid(ctx.key, 8), hexid(ctx.key + "1", 4), hexid(ctx.key + "2", 4), hexid(ctx.key + "3", 4),
            hexid(ctx.key + "4", 12), self.region)

    def headers(self, ctx):
        return [("Feedback-ID", "::1.%s.%s=:%s" % (self.region, alnum(ctx.key + "fb", 43), self.fb)),
                ("X-SES-Outgoing", "%s-%s" % (ctx.t.strftime("%Y.%m.%d"), self.ip))]

    def boundary(self, ctx, i):
        return "----=_Part_%d_%d.%d" % (int(hexid(ctx.key + str(i), 6), 16), int(hexid(ctx.key, 8), 16), int(ctx.t.timestamp() * 1000))


class Custom(Sys):
    """Fully specified genuine service (GitHub, PayPal, DocuSign, Yandex ID ...)."""

    def __init__(self, client, hops, msgid, headers=(), boundary="=_%s", style="esp", zone="UTC", pre=()):
        self._c, self._h, self._m, self._hd, self._b = client, hops, msgid, headers, boundary
        self.style, self.zone, self._pre = style, zone, pre

    def client(self, ctx):
        return self._c

    def hops(self, ctx):
        return [h(ctx) if callable(h) else h for h in self._h]

    def pre(self, ctx):
        return [(k, v(ctx) if callable(v) else v) for k, v in self._pre]

    def msgid(self, ctx):
        return self._m(ctx)

    def headers(self, ctx):
        return [(k, v(ctx) if callable(v) else v) for k, v in self._hd]

    def boundary(self, ctx, i):
        return self._b % hexid(ctx.key + "b%d" % i, 28)
