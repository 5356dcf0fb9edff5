"""Sender-side transport: the client mx01 sees and the sender's own Received hops,
modelled on each system's real header style. Times are the mx01 arrival time t;
hops are stamped a few seconds earlier."""
from util import rfcdate, later, hexid, alnum, uuid4

_QID = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def postfix_qid(rng, t=None):
    # long queue ids: time-derived prefix + 'z' + inode part
    head = "4" + rng.choice("bcdfgh") + "".join(rng.choice(_QID) for _ in range(8))
    return head + "z" + "".join(rng.choice(_QID) for _ in range(rng.choice((3, 4))))


TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


def mx01(client, rcpt, t, rng, tls="1.3"):
    helo, rdns, ip = client
    s = "Received: from %s (%s [%s])\n" % (helo, rdns or "unknown", ip)
    if tls:
        s += "\t" + (TLS13 if tls == "1.3" else TLS12) + "\n"
        s += "\tby mx01.example.com (Postfix) with ESMTPS id %s\n" % postfix_qid(rng)
    else:
        s += "\tby mx01.example.com (Postfix) with ESMTP id %s\n" % postfix_qid(rng)
    s += "\tfor <%s>; %s" % (rcpt, rfcdate(t, "CET", comment=True))
    return s


class Route:
    tls = "1.3"
    zone = "CET"          # zone of the sender's Date header unless the MUA overrides
    client = None

    def hops(self, t, rcpt, rng, env_from):
        return []

    def trace(self, t, rng):
        return []


# ------------------------------------------------------------------ internal
class Internal(Route):
    client = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")
    tls = "1.2"

    def __init__(self, exch="EXCH01", exip="10.20.1.11", build="15.2.2562.27", client_ip="10.20.4.57"):
        self.exch, self.exip, self.build, self.cip = exch, exip, build, client_ip

    def hops(self, t, rcpt, rng, env_from):
        fq = "%s.corp.example.com" % self.exch
        b2 = ".".join(p.zfill(3) if i > 1 else p.zfill(2) for i, p in enumerate(self.build.split(".")))
        ll = "fe80::%s:%s:%s:%s" % (hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4))
        return [
            "Received: from %s (%s [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                fq, fq.lower(), self.exip, postfix_qid(rng), rcpt, rfcdate(later(t, -1), "CET", True)),
            "Received: from %s (%s) by %s\n (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n %s; %s" % (
                fq, self.exip, fq, self.exip, self.build, rfcdate(later(t, -2), "CET")),
            "Received: from %s ([%s]) by %s\n ([%s%%13]) with mapi id %s; %s" % (
                fq, ll, fq, ll, b2, rfcdate(later(t, -3), "CET")),
        ]


# ------------------------------------------------------------------ Microsoft 365
class O365(Route):
    """Exchange Online tenant. mbx like 'AM9PR04MB8412', region 'eurprd04'."""
    tls = "1.2"

    def __init__(self, rng, mbx=None, region="eurprd04", octet=None, consumer=False):
        pre = rng.choice(["AM9", "DB9", "VI1", "PA4", "AS8", "DU0", "GV1", "PR3", "AS4", "DB8"])
        if consumer:
            num = rng.choice([189, 190, 192, 194, 250])
            mbx = mbx or "%sP%dMB%04d" % (pre, num, rng.randrange(1000, 9999))
            region = "EURP%03d" % num
        else:
            mbx = mbx or "%sPR%02dMB%04d" % (pre, int(region[-2:]), rng.randrange(1000, 9999))
        self.mbx, self.region, self.consumer = mbx, region, consumer
        o = octet or rng.randrange(20, 250)
        if consumer:
            n = rng.choice(["am6eur05olkn2", "db3eur04olkn2", "eur01olkn2", "eur02olkn2"])
            name = "mail-%s%03d.outbound.protection.outlook.com" % (n, o)
            ip = "40.92.%d.%d" % (rng.randrange(0, 127), o)
        else:
            n = rng.choice(["am7eur03on2", "db8eur05on2", "eur02on2", "eur05on2", "am0eur02on2", "gvxeur02on2"])
            name = "mail-%s%03d.outbound.protection.outlook.com" % (n, o)
            ip = "40.107.%d.%d" % (rng.randrange(1, 255), o)
        self.client = (name, name, ip)

    def fqdn(self, mbx=None):
        return "%s.%s.prod.outlook.com" % (mbx or self.mbx, self.region.lower())

    def sibling(self, rng):
        """Another mailbox/hub server in the same region."""
        pre = self.mbx[:3]
        if self.consumer:
            return "%sP%sMB%04d" % (pre, self.mbx[4:7], rng.randrange(1000, 9999))
        return "%sPR%sMB%04d" % (pre, self.mbx[5:7], rng.randrange(1000, 9999))

    def hops(self, t, rcpt, rng, env_from):
        v6 = lambda: "2603:10a6:%x:%x::%x" % (rng.randrange(0x10, 0x7ff), rng.randrange(0x10, 0x5ff), rng.randrange(1, 0x30))
        ll = "fe80::%s:%s:%s:%s" % (hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4))
        build = "15.20.%d.%d" % (rng.choice([9094, 9137, 9182, 9205]), rng.randrange(4, 40))
        mapi = "%s.%03d" % (build.rsplit(".", 1)[0], int(build.rsplit(".", 1)[1]))
        return [
            "Received: from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n %s; %s" % (
                self.fqdn(), v6(), self.fqdn(self.sibling(rng)), v6(), build, rfcdate(later(t, -1), "UTC")),
            "Received: from %s\n ([%s]) by %s\n ([%s%%6]) with mapi id %s; %s" % (
                self.fqdn(), ll, self.fqdn(), ll, mapi, rfcdate(later(t, -2), "UTC")),
        ]


# ------------------------------------------------------------------ Google
_GPFX = [("wm1", 128), ("wr1", 221), ("ej1", 218), ("ed1", 208), ("lf1", 167), ("wm1", 128), ("lj1", 208)]


class Google(Route):
    tls = "1.3"

    def __init__(self, rng, via_smtp=None):
        self.via = via_smtp  # (helo, ip) of a client submitting through smtp.gmail.com
        p, o3 = rng.choice(_GPFX)
        f = rng.randrange(41, 180)
        host = "mail-%s-f%d.google.com" % (p, f)
        self.host = host
        self.client = (host, host, "209.85.%d.%d" % (o3, f))

    def hops(self, t, rcpt, rng, env_from):
        sid = "%s-%s%sso%d%s.%d" % (rng.choice(["ffacd0b85a97d", "4fb4d7f45d1cf", "2adb3069b0e04", "5b1f17b1804b1"]),
                                    hexid(rng, 10), alnum(rng, 3, "abcdefghijklmnopqrstuvwxyz"),
                                    rng.randrange(1000000, 9999999), alnum(rng, 3, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                    rng.randrange(1, 9))
        if self.via:
            return ["Received: from %s ([%s])\n        by smtp.gmail.com with ESMTPSA id %s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
                self.via[0], self.via[1], sid, rcpt, rfcdate(later(t, -1), "PT", True))]
        return ["Received: by %s with SMTP id %s\n        for <%s>; %s" % (
            self.host, sid, rcpt, rfcdate(later(t, -1), "PT", True))]

    def trace(self, t, rng):
        b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return [
            "X-Gm-Message-State: AOJu0Y%s" % alnum(rng, 70, b64),
            "X-Gm-Gg: ASbGnc%s" % alnum(rng, 60, b64),
            "X-Google-Smtp-Source: AGHT+I%s" % alnum(rng, 60, b64) + "==",
            "X-Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id\n %s-%s.%d.%d; %s" % (
                rng.randrange(0x6000, 0x6fff), rng.randrange(0x100, 0xfff), rng.randrange(0x300, 0x3ff),
                rng.randrange(0x100, 0xfff), rng.randrange(0x100, 0xfff), hexid(rng, 13), hexid(rng, 14),
                rng.randrange(1000000000000, 9999999999999), rng.randrange(10, 99), rfcdate(later(t, -1), "PT", True)),
        ]


# ------------------------------------------------------------------ German freemail / hosting (United Internet)
class UnitedInternet(Route):
    """brand: gmx | webde | ionos"""
    tls = "1.3"

    def __init__(self, rng, brand, submit_ip, web=False, private_ip="192.168.178.24"):
        self.brand, self.submit_ip, self.web, self.priv = brand, submit_ip, web, private_ip
        if brand == "gmx":
            self.client = ("mout.gmx.net", "mout.gmx.net", "212.227.17.%d" % rng.choice([20, 21, 22]))
            self.relay = "mail.gmx.net (mrgmx%d [212.227.17.%d])" % (rng.randrange(104, 110), rng.randrange(160, 175))
        elif brand == "webde":
            self.client = ("mout.web.de", "mout.web.de", "212.227.15.%d" % rng.choice([3, 4, 14]))
            self.relay = "smtp.web.de (mrweb%d [213.165.67.%d])" % (rng.randrange(104, 110), rng.randrange(100, 125))
        else:
            self.client = ("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % rng.choice([130, 131, 133, 135, 187]))
            self.relay = "mrelayeu.kundenserver.de (mreue%d [212.227.15.%d])" % (rng.randrange(105, 109), rng.randrange(160, 190))

    def hops(self, t, rcpt, rng, env_from):
        nid = "1M%s-1%s-%s" % (alnum(rng, 4), alnum(rng, 10), "00" + alnum(rng, 4, "abcdefghijklmnopqrstuvwxyz0123456789"))
        if self.web:
            app = "3c-app-%s-bap%02d" % ("gmx" if self.brand == "gmx" else "webde", rng.randrange(1, 80))
            self.app = app
            return ["Received: from %s ([%s]) by %s\n with ESMTPSA (Nemesis) id %s for <%s>; %s" % (
                        app, self.submit_ip, self.relay, nid, rcpt, rfcdate(later(t, -1), "CET")),
                    "Received: from [%s] by %s\n (via HTTP); %s" % (self.submit_ip, app, rfcdate(later(t, -2), "CET"))]
        return ["Received: from [%s] ([%s]) by %s\n with ESMTPSA (Nemesis) id %s for <%s>; %s" % (
            self.priv, self.submit_ip, self.relay, nid, rcpt, rfcdate(later(t, -1), "CET"))]

    def trace(self, t, rng):
        b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        out = ["X-Provags-ID: V03:K1:%s\n %s" % (alnum(rng, 60, b64), alnum(rng, 70, b64))]
        if self.brand in ("gmx", "webde"):
            out.append("UI-OutboundReport: notjunk:1;M01:P0:%s;\n %s" % (alnum(rng, 11, b64) + "=", alnum(rng, 64, b64)))
        return out


# ------------------------------------------------------------------ generic Postfix (own server, VPS, hosting)
class Postfix(Route):
    """A Postfix MTA that accepts SASL submission and relays to us.
    helo/rdns/ip: what mx01 sees; host: name in its own Received line."""

    def __init__(self, helo, rdns, ip, host=None, submit_ip="", submit_helo=None, sasl=None,
                 zone="CET", tls="1.3", amavis=False, submit_rdns=None, below=None, below_zone=None):
        self.below, self.below_zone = below or [], below_zone or zone
        self.client = (helo, rdns, ip)
        self.host = host or helo
        self.submit_ip, self.submit_helo, self.sasl = submit_ip, submit_helo, sasl
        self.zone, self.tls, self.amavis, self.submit_rdns = zone, tls, amavis, submit_rdns

    def hops(self, t, rcpt, rng, env_from):
        out = []
        if self.amavis:
            out.append("Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                self.host, postfix_qid(rng), rcpt, rfcdate(later(t, -1), self.zone, True)))
        helo = self.submit_helo or "[%s]" % (self.submit_ip or "127.0.0.1")
        auth = "\n\t(Authenticated sender: %s)" % self.sasl if self.sasl else ""
        out.append("Received: from %s (%s [%s])%s\n\tby %s (Postfix) with %s id %s;\n\t%s" % (
            helo, self.submit_rdns or "unknown", self.submit_ip, auth, self.host,
            "ESMTPSA" if self.sasl else "ESMTPS", postfix_qid(rng), rfcdate(later(t, -2), self.zone, True)))
        for i, tpl in enumerate(self.below):
            out.append(tpl.replace("{date}", rfcdate(later(t, -3 - i), self.below_zone)))
        return out


class Exim(Route):
    """cPanel-style Exim on shared hosting."""

    def __init__(self, host, ip, submit_ip, submit_helo="[192.168.1.10]", zone="CET", port=58214, user=None):
        self.client = (host, host, ip)
        self.host, self.submit_ip, self.submit_helo, self.zone, self.port = host, submit_ip, submit_helo, zone, port
        self.user = user

    def hops(self, t, rcpt, rng, env_from):
        eid = "1v%s-%s-%s" % (alnum(rng, 4), alnum(rng, 7), alnum(rng, 4))
        return ["Received: from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
            self.submit_ip, self.port, self.submit_helo, self.host, env_from, eid, rcpt, rfcdate(later(t, -2), self.zone))]

    def trace(self, t, rng):
        return ["X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
                "X-AntiAbuse: Primary Hostname - %s" % self.host,
                "X-AntiAbuse: Original Domain - example.com",
                "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
                "X-AntiAbuse: Sender Address Domain - %s" % (self.user or "").split("@")[-1],
                "X-Get-Message-Sender-Via: %s: authenticated_id: %s" % (self.host, self.user),
                "X-Authenticated-Sender: %s: %s" % (self.host, self.user)]


class PrivateEmail(Route):
    """Namecheap Private Email."""
    tls = "1.3"

    def __init__(self, rng, submit_ip, zone="CET"):
        n = rng.randrange(1, 12)
        name = "mta-%d-%d.privateemail.com" % (n, rng.randrange(1, 5))
        self.client = (name, name, "198.54.127.%d" % rng.randrange(40, 120))
        self.n, self.submit_ip, self.zone = n, submit_ip, zone

    def hops(self, t, rcpt, rng, env_from):
        h = "mta-%02d.privateemail.com" % self.n
        return [
            "Received: from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                h, h, postfix_qid(rng), rcpt, rfcdate(later(t, -1), "-04")),
            "Received: from [192.168.1.%d] (unknown [%s])\n\tby %s (Postfix) with ESMTPA;\n\t%s" % (
                rng.randrange(2, 200), self.submit_ip, h, rfcdate(later(t, -2), "-04")),
        ]


class Direct(Route):
    """Bot or script delivering straight to our MX."""
    tls = None

    def __init__(self, helo, rdns, ip, tls=None, zone="CET"):
        self.client = (helo, rdns, ip)
        self.tls, self.zone = tls, zone


# ------------------------------------------------------------------ Italian / Polish / Greek / Russian providers
class Libero(Route):
    def __init__(self, rng, submit_ip):
        n = rng.randrange(10, 60)
        self.n = n
        name = "smtp-%d-i%d.italiaonline.it" % (n, rng.randrange(2, 8))
        self.client = (name, name, "213.209.%d.%d" % (rng.choice([10, 12, 14]), n))
        self.submit_ip = submit_ip

    def hops(self, t, rcpt, rng, env_from):
        return ["Received: from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
            self.submit_ip, self.n, alnum(rng, 14), rfcdate(later(t, -2), "CET"))]


class Aruba(Route):
    def __init__(self, rng, submit_ip, submit_helo=None):
        n = rng.randrange(100, 999)
        name = "smtpcmd0%d%d.aruba.it" % (rng.randrange(1, 15), n)
        self.client = (name, name, "62.149.15%d.%d" % (rng.randrange(5, 9), rng.randrange(1, 250)))
        self.submit_ip, self.submit_helo = submit_ip, submit_helo or "[192.168.1.%d]" % rng.randrange(2, 100)

    def hops(self, t, rcpt, rng, env_from):
        return ["Received: from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
            self.submit_helo, self.submit_ip, alnum(rng, 15), rfcdate(later(t, -2), "CET"))]


class Wp(Route):
    def __init__(self, rng, submit_ip, submit_rdns):
        n = rng.choice([3, 4, 13])
        self.client = ("mx%d.wp.pl" % n, "mx%d.wp.pl" % n, "212.77.101.%d" % {3: 10, 4: 11, 13: 1}[n])
        self.submit_ip, self.submit_rdns = submit_ip, submit_rdns

    def hops(self, t, rcpt, rng, env_from):
        return [
            "Received: (wp-smtpd smtp.wp.pl %d invoked from network); %s" % (rng.randrange(1000, 32000), rfcdate(later(t, -1), "CET")),
            "Received: from %s (HELO [192.168.0.%d]) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s" % (
                self.submit_rdns, rng.randrange(2, 60), env_from, self.submit_ip, env_from, rcpt, rfcdate(later(t, -2), "CET")),
        ]

    def trace(self, t, rng):
        return ["X-WP-MailID: %s" % hexid(rng, 32),
                "X-WP-AV: skaner antywirusowy Poczty Wirtualnej Polski",
                "X-WP-SPAM: NO 0000000 [4cNk]"]


class Yandex(Route):
    tls = "1.3"

    def __init__(self, rng, submit_ip, web=True):
        n = rng.randrange(100, 105)
        self.fw = "forward%d%s.mail.yandex.net" % (n, rng.choice("ab"))
        self.client = (self.fw, self.fw, "178.154.239.%d" % rng.randrange(70, 220))
        self.submit_ip, self.web = submit_ip, web

    def hops(self, t, rcpt, rng, env_from):
        back = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (rng.randrange(10, 90), rng.choice(["sas", "vla", "klg", "iva"]))
        out = ["Received: from %s (%s [%s:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
            back, back, "2a02:6b8:c1c", hexid(rng, 4), hexid(rng, 4), self.fw, alnum(rng, 12), rcpt, rfcdate(later(t, -1), "MSK"))]
        if self.web:
            out.append("Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (
                back, alnum(rng, 8), alnum(rng, 8), rfcdate(later(t, -2), "MSK")))
        else:
            out.append("Received: from [%s] (unknown [%s])\n\tby %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (
                "192.168.0.%d" % rng.randrange(2, 90), self.submit_ip, back, alnum(rng, 8), alnum(rng, 8), rfcdate(later(t, -2), "MSK")))
        return out


class MailRu(Route):
    def __init__(self, rng, submit_ip):
        n = rng.randrange(40, 60)
        self.client = ("smtp%d.i.mail.ru" % n, "smtp%d.i.mail.ru" % n, "95.163.41.%d" % rng.randrange(60, 99))
        self.f = "f%d.i.mail.ru" % rng.randrange(100, 700)
        self.submit_ip = submit_ip

    def hops(self, t, rcpt, rng, env_from):
        return [
            "Received: by %s with local (envelope-from <%s>)\n\tid 1v%s-%s-%s\n\tfor %s; %s" % (
                self.f, env_from, alnum(rng, 4), alnum(rng, 11), alnum(rng, 4), rcpt, rfcdate(later(t, -1), "MSK")),
            "Received: from [%s] by %s with HTTP;\n\t%s" % (self.submit_ip, self.f, rfcdate(later(t, -2), "MSK")),
        ]

    def trace(self, t, rng):
        return ["X-7564579A: 646B95376F6C166E", "X-77F55803: 119C1F4DF6A9251C%s" % hexid(rng, 32, True),
                "X-Mailru-Src: fe", "X-Mailru-Internal-Actual: A:0.%d" % rng.randrange(1000000, 9999999)]


# ------------------------------------------------------------------ bulk ESPs
class SendGrid(Route):
    tls = "1.2"

    def __init__(self, rng, label=None):
        lab = label or alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz")
        name = "%s.outbound-mail.sendgrid.net" % lab
        self.client = (name, name, "149.72.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)))
        self.pod = "geopod-ismtpd-%d" % rng.randrange(1, 40)
        self.sgid = alnum(rng, 22)

    def hops(self, t, rcpt, rng, env_from):
        fd = "filterdrecv-%s-%s" % (hexid(rng, 9), alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        return [
            "Received: by %s with SMTP id %s-1-%s-%s\n\t%s +0000 UTC m=+%d.%09d" % (
                fd, fd, hexid(rng, 8, True), hexid(rng, 2, True), later(t, -1).strftime("%Y-%m-%d %H:%M:%S.") + "%09d" % rng.randrange(10 ** 8, 10 ** 9),
                rng.randrange(100000, 3000000), rng.randrange(0, 10 ** 9)),
            "Received: from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)" % (
                alnum(rng, 7), self.pod, self.sgid, rfcdate(later(t, -2), "UTC")[:-6], rng.randrange(0, 999)),
        ]

    def trace(self, t, rng):
        return []


class Mailgun(Route):
    tls = "1.3"

    def __init__(self, rng):
        a, b = rng.randrange(200, 240), rng.randrange(1, 250)
        self.client = ("m%d-%d.mailgun.net" % (a, b), "m%d-%d.mailgun.net" % (a, b), "159.135.%d.%d" % (a, b))

    def hops(self, t, rcpt, rng, env_from):
        return ["Received: by %s with HTTP; %s" % (hexid(rng, 12), rfcdate(later(t, -1), "UTC").replace("+0000", "GMT"))]


class Brevo(Route):
    tls = "1.3"

    def __init__(self, rng):
        self.client = ("smtp-relay.sendinblue.com", "smtp-relay.sendinblue.com", "185.41.28.%d" % rng.randrange(100, 160))

    def hops(self, t, rcpt, rng, env_from):
        return []


class SES(Route):
    tls = "1.2"

    def __init__(self, rng, region="eu-west-1"):
        n = rng.randrange(1, 60)
        name = "a7-%d.smtp-out.%s.amazonses.com" % (n, region)
        self.client = (name, name, "54.240.7.%d" % n)
        self.region = region


class Mailchimp(Route):
    tls = "1.2"

    def __init__(self, rng):
        n = rng.randrange(100, 250)
        self.host = "mail%d.suw%d.mcdlv.net" % (n, rng.choice([13, 121, 101]))
        self.client = (self.host, self.host, "198.2.%d.%d" % (rng.randrange(128, 190), n))

    def hops(self, t, rcpt, rng, env_from):
        return ["Received: from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s" % (
            self.host, alnum(rng, 12), rcpt, rfcdate(later(t, -1), "UTC"))]


# ------------------------------------------------------------------ genuine service senders
class Postmark(Route):
    tls = "1.2"

    def __init__(self, rng):
        n = rng.randrange(100, 140)
        name = "sc-ord-mta%d.mtasv.net" % n
        self.client = (name, name, "50.31.156.%d" % n)


class Service(Route):
    """Large senders whose own internal hops are not shown beyond one line."""

    def __init__(self, helo, rdns, ip, inner=None, tls="1.2", zone="UTC"):
        self.client = (helo, rdns, ip)
        self.inner, self.tls, self.zone = inner, tls, zone

    def hops(self, t, rcpt, rng, env_from):
        if not self.inner:
            return []
        return [self.inner.replace("{date}", rfcdate(later(t, -1), self.zone)).replace("{rcpt}", rcpt)
                .replace("{id}", alnum(rng, 12))]
