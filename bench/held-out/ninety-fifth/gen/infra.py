"""Sending-infrastructure profiles.  Each profile yields the Received
hops the sender's own systems add, the client that connects to mx01,
the envelope sender, the Message-ID and the system's own headers."""

import base64
import struct

from mail import rfc_date, plus, rhex, ralnum, rguid

MX = "mx01.example.com"
PF_ALPHA = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS13_EC = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
            "\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)\n"
            "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


def pf_qid(rnd):
    return "4" + "".join(rnd.choice(PF_ALPHA) for _ in range(14))


def pf_qid_short(rnd):
    return rhex(rnd, 10, upper=True)


def mx01_received(rnd, client, t, rcpt):
    helo, rdns, ip, tls = client
    s = "Received: from %s (%s [%s])\n" % (helo, rdns, ip)
    if tls:
        s += "\t%s\n" % {"13": TLS13, "13ec": TLS13_EC, "12": TLS12}[tls]
    s += "\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        MX, "ESMTPS" if tls else "ESMTP", pf_qid(rnd), rcpt, rfc_date(t, "DE", comment=True))
    return s


def thread_index(rnd, t):
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    b = struct.pack(">Q", ft)[:6]
    b = b"\x01" + b[1:6]
    return base64.b64encode(b + bytes(rnd.randrange(256) for _ in range(16))).decode()


class Sent:
    """Result of a profile: everything needed to wrap a message."""

    def __init__(self, client, hops, return_path, msgid, extra=(), date_zone="DE",
                 bstyle="python", extra_top=()):
        self.client = client          # (helo, rdns, ip, tls)
        self.hops = hops              # list of header strings, top to bottom
        self.return_path = return_path
        self.msgid = msgid
        self.extra = list(extra)      # (name, value) added after the standard headers
        self.extra_top = list(extra_top)
        self.date_zone = date_zone
        self.bstyle = bstyle
        self.service = False      # True: Date header is stamped by the service (its own zone)


# ---------------------------------------------------------------- Microsoft

def _exo_names(rnd, pod):
    return "%sMB%04d" % (pod, rnd.randrange(1000, 9999)), "%sMB%04d" % (
        pod.replace("DU2", "AS8").replace("DB9", "PA4").replace("AM0", "VI1")
        .replace("LO2", "CWLP").replace("MR1", "PAVP"), rnd.randrange(1000, 9999))


EXO_FRONT = {
    "eurprd03": ("EUR03-DBA-obe.outbound.protection.outlook.com", "mail-dbaeur03on2%03d.outbound.protection.outlook.com", "40.107.104.%d", "DU2PR03"),
    "eurprd05": ("EUR05-DB8-obe.outbound.protection.outlook.com", "mail-db8eur05on2%03d.outbound.protection.outlook.com", "40.107.20.%d", "DB9PR05"),
    "eurprd02": ("EUR02-AM0-obe.outbound.protection.outlook.com", "mail-am0eur02on2%03d.outbound.protection.outlook.com", "40.107.22.%d", "AM0PR02"),
    "gbrprd": ("GBR01-LO2-obe.outbound.protection.outlook.com", "mail-lo2gbr01on2%03d.outbound.protection.outlook.com", "40.107.23.%d", "LO2P265"),
    "eurprd06": ("EUR06-AM7-obe.outbound.protection.outlook.com", "mail-am7eur06on2%03d.outbound.protection.outlook.com", "40.107.21.%d", "MR1P264"),
}


def exo(rnd, t, sender, rcpt, region="eurprd03", lang="de-DE", has_attach=False,
        topic=None, tenant_domain=None, automated=False, return_path=None):
    helo, rdns_fmt, ip_fmt, pod = EXO_FRONT[region]
    n = rnd.randrange(40, 250)
    rdns = rdns_fmt % n
    ip = ip_fmt % n
    mbx, hub = _exo_names(rnd, pod)
    rsuffix = "%s.prod.outlook.com" % (region if region != "gbrprd" else "GBRP265")
    ver = "15.20.%d.%03d" % (rnd.choice([8722, 8769, 9094, 9137]), rnd.randrange(5, 40))
    v6a = "2603:10a6:%x:%x::%x" % (rnd.randrange(16, 999), rnd.randrange(16, 999), rnd.randrange(1, 40))
    v6b = "2603:10a6:%x:%x::%x" % (rnd.randrange(16, 999), rnd.randrange(16, 999), rnd.randrange(1, 40))
    ll = "fe80::%s:%s:%s:%s" % tuple(rhex(rnd, 4) for _ in range(4))
    hops = [
        "Received: from %s.%s (%s) by %s.%s (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n"
        " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
            mbx, rsuffix, v6a, hub, rsuffix, v6b, ver[:-4] + "." + str(int(ver[-3:])),
            rfc_date(plus(t, 1), "UTC")),
    ]
    if not automated:
        hops.append("Received: from %s.%s\n ([%s]) by %s.%s\n ([%s%%%d]) with mapi id %s; %s" % (
            mbx, rsuffix, ll, mbx, rsuffix, ll, rnd.randrange(2, 9), ver, rfc_date(t, "UTC")))
    msgid = "<%s%s@%s.%s>" % (mbx, rhex(rnd, 25, True), mbx, rsuffix.upper() if rnd.random() < .5 else rsuffix)
    dom = tenant_domain or sender.split("@")[1]
    extra = []
    if not automated:
        extra += [("Thread-Topic", topic or ""), ("Thread-Index", thread_index(rnd, t))]
    extra += [("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"),
              ("Content-Language", lang),
              ("X-MS-Has-Attach", "yes" if has_attach else ""),
              ("X-MS-TNEF-Correlator", ""),
              ("x-ms-publictraffictype", "Email"),
              ("X-MS-Exchange-CrossTenant-Network-Message-Id", rguid(rnd)),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", t.strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % rnd.randrange(10000)),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
              ("X-MS-Exchange-CrossTenant-id", rguid(rnd)),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", hub),
              ("X-OriginatorOrg", dom)]
    s = Sent((helo, rdns, ip, "13"), hops, return_path or sender, msgid, extra, "UTC", "outlook")
    s.service = automated
    return s


def internal(rnd, t, sender, rcpt, has_attach=False, topic="", lang="de-DE", client_ip="10.20.14.57"):
    ll = "fe80::%s:%s:%s:%s" % tuple(rhex(rnd, 4) for _ in range(4))
    hops = [
        "Received: from EXMBX01.corp.example.com (10.20.0.41) by EXMBX02.corp.example.com\n"
        " (10.20.0.42) with Microsoft SMTP Server (version=TLS1_2,\n"
        " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s" % rfc_date(plus(t, 1), "DE"),
        "Received: from EXMBX01.corp.example.com ([%s]) by\n EXMBX01.corp.example.com ([%s%%12]) with mapi id\n 15.02.1748.010; %s" % (
            ll, ll, rfc_date(t, "DE")),
    ]
    msgid = "<%s@example.com>" % rhex(rnd, 32)
    extra = [("Thread-Topic", topic), ("Thread-Index", thread_index(rnd, t)),
             ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
             ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", ""),
             ("x-ms-exchange-transport-fromentityheader", "Hosted"),
             ("x-originating-ip", "[%s]" % client_ip)]
    return Sent(("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "13"),
                hops, sender, msgid, extra, "DE", "exchange")


# ---------------------------------------------------------------- Outlook desktop via hosting SMTP

def outlook_msgid(rnd, t, dom):
    return "<%s01dc%s$%s$%s$@%s>" % (rhex(rnd, 4), rhex(rnd, 4), rhex(rnd, 8), rhex(rnd, 8), dom)


def hosted(rnd, t, sender, rcpt, provider, client_ip, pcname="PC", mailer="outlook",
           lang="de", has_attach=False, topic=None, zone="DE"):
    dom = sender.split("@")[1]
    hops = []
    extra_top = []
    if provider == "aruba":
        n = rnd.randrange(10, 254)
        client = ("smtpcmd%04d.aruba.it" % (15000 + n), "smtpcmd%04d.aruba.it" % (15000 + n), "62.149.156.%d" % n, "12")
        hops.append("Received: from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
            pcname, client_ip, ralnum(rnd, 13), rfc_date(plus(t, 2), zone)))
    elif provider == "ionos":
        n = rnd.randrange(10, 99)
        client = ("mout.kundenservice.de", "mout.kundenservice.de", "212.227.126.%d" % (130 + n % 60), "13")
        hops.append("Received: from %s ([%s]) by mrelayeu.kundenservice.de\n (mreue1%02d [212.227.15.1%02d]) with ESMTPSA (Nemesis) id\n 1%s-%s; %s" % (
            pcname, client_ip, n % 20, n % 90, ralnum(rnd, 9), ralnum(rnd, 10), rfc_date(plus(t, 2), zone)))
        extra_top.append(("X-Provags-ID", "V03:K1:" + ralnum(rnd, 74, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    elif provider == "strato":
        n = rnd.randrange(1, 10)
        client = ("mo4-p0%d-ob.smtp.rzone.de" % (n % 2), "mo4-p0%d-ob.smtp.rzone.de" % (n % 2), "81.169.146.%d" % (160 + n), "13")
        hops.append("Received: from %s\n    by smtp.strato.de (RZmta 51.2.11 AUTH)\n    with ESMTPSA id %s\n"
                    "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate)\n"
                    "    for <%s>;\n    %s" % (
                        "[%s]" % client_ip, ralnum(rnd, 15), rcpt, rfc_date(plus(t, 2), zone)))
        extra_top += [("X-RZG-AUTH", ":" + ralnum(rnd, 56) + "=="), ("X-RZG-CLASS-ID", "mo00")]
    elif provider == "otenet":
        n = rnd.randrange(2, 8)
        client = ("smtp-out%d.otenet.gr" % n, "smtp-out%d.otenet.gr" % n, "83.235.69.%d" % (20 + n), "12")
        ppp = client_ip.replace(".", "-")
        hops.append("Received: from [192.168.1.%d] (ppp-%s.home.otenet.gr [%s])\n\tby smtp-out%d.otenet.gr (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            rnd.randrange(2, 60), ppp, client_ip, n, pf_qid_short(rnd), rcpt, rfc_date(plus(t, 2), "GR", comment=True)))
    elif provider == "homepl":
        import random as _r
        n = _r.Random(dom).randrange(100, 999)   # one hosting server per customer domain
        client = ("cloudserver%06d.home.pl" % (n * 97), "cloudserver%06d.home.pl" % (n * 97), "79.96.%d.%d" % (n % 250, n % 200), "13")
        hops.append("Received: from %s (%s) (HELO [%s])\n by cloudserver%06d.home.pl (79.96.%d.%d) with SMTP (IdeaSmtpServer 6.0.1)\n id %s; %s" % (
            client_ip, client_ip, client_ip, n * 97, n % 250, n % 200, rhex(rnd, 16), rfc_date(plus(t, 2), zone)))
    elif provider == "dinahosting":
        n = rnd.randrange(10, 99)
        client = ("smtp%d.dinahosting.com" % n, "smtp%d.dinahosting.com" % n, "82.98.134.%d" % n, "13")
        hops.append("Received: from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby smtp%d.dinahosting.com (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            pcname, "unknown", client_ip, sender, n, pf_qid_short(rnd), rcpt, rfc_date(plus(t, 2), zone, comment=True)))
    else:
        raise KeyError(provider)
    extra = []
    bstyle = "outlook"
    if mailer == "outlook":
        msgid = outlook_msgid(rnd, t, dom)
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(rnd, t)),
                 ("Content-Language", lang)]
    elif mailer == "thunderbird":
        msgid = "<%s@%s>" % (rguid(rnd), dom)
        extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)]
        bstyle = "thunderbird"
    else:
        msgid = "<%s@%s>" % (rhex(rnd, 32), dom)
        extra = [("X-Mailer", mailer)]
    return Sent(client, hops, sender, msgid, extra, zone, bstyle, extra_top)


# ---------------------------------------------------------------- Google

GOOGLE_POOLS = [("wr1", "209.85.221"), ("wm1", "209.85.128"), ("ej1", "209.85.218"),
                ("lf1", "209.85.167"), ("ed1", "209.85.208"), ("lj1", "209.85.208")]


def gmail(rnd, t, sender, rcpt, workspace=False, pool=None):
    p, net = pool or rnd.choice(GOOGLE_POOLS)
    n = rnd.randrange(41, 80)
    host = "mail-%s-f%d.google.com" % (p, n)
    v6 = "2002:a05:%x:%x:b0:%x:%x:%x" % (rnd.choice([0x6000, 0x600c, 0x6512, 0x651c]), rnd.randrange(256, 4095),
                                          rnd.randrange(256, 4095), rnd.randrange(256, 4095), rnd.randrange(256, 4095))
    sid = "%s-%s" % (rhex(rnd, 14), rhex(rnd, 16))
    hops = [
        "Received: by %s with SMTP id %s\n        for <%s>; %s" % (host, sid, rcpt, rfc_date(plus(t, 1), "PT", comment=True)),
        "X-Received: by %s with SMTP id %s;\n        %s" % (v6, rhex(rnd, 16) + "-" + rhex(rnd, 8), rfc_date(plus(t, 1), "PT", comment=True)),
        "X-Gm-Message-State: AOJu0Y%s" % ralnum(rnd, 62),
        "X-Google-Smtp-Source: AGHT+I%s" % ralnum(rnd, 84),
    ]
    msgid = "<CA%s@mail.gmail.com>" % ralnum(rnd, 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    return Sent((host, host, "%s.%d" % (net, n), "13ec"), hops, sender, msgid, [], "DE", "gmail")


def google_notify(rnd, t, sender, rcpt, zone="PT"):
    n = rnd.randrange(65, 80)
    host = "mail-sor-f%d.google.com" % n
    hops = ["Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s" % (
        0x6602, rnd.randrange(256, 4095), rnd.randrange(256, 4095), rnd.randrange(256, 4095), rnd.randrange(256, 4095),
        rhex(rnd, 14) + "-" + rhex(rnd, 10), rcpt, rfc_date(plus(t, 1), "PT", comment=True)),
        "X-Google-Smtp-Source: AGHT+I%s" % ralnum(rnd, 84)]
    rp = "<3%s@gaia.bounces.google.com>" % ralnum(rnd, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.")
    msgid = "<%s-0@google.com>" % ralnum(rnd, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
    s = Sent((host, host, "209.85.220.%d" % n, "13ec"), hops, rp, msgid, [], zone, "gmail")
    s.service = True
    return s


# ---------------------------------------------------------------- consumer webmail

def gmx(rnd, t, sender, rcpt, brand="gmx", client_ip="84.150.23.17"):
    app = "3c-app-%s-bap%02d" % ("gmx" if brand == "gmx" else "webde", rnd.randrange(10, 70))
    if brand == "gmx":
        out = ("mout.gmx.net", "mout.gmx.net", "212.227.17.%d" % rnd.choice([20, 21, 22]))
        mr = "mail.gmx.net (mrgmx%03d [212.227.17.%d])" % (rnd.randrange(100, 110), rnd.randrange(160, 190))
        wm = "web-mail.gmx.net"
    else:
        out = ("mout.web.de", "mout.web.de", "212.227.15.%d" % rnd.choice([3, 4, 14, 15]))
        mr = "web.de (mrweb%03d [213.165.67.%d])" % (rnd.randrange(100, 110), rnd.randrange(100, 130))
        wm = "web-mail.web.de"
    hops = [
        "Received: from %s ([10.129.%d.%d]) by %s with ESMTPSA (Nemesis) id\n 1M%s-%s; %s" % (
            app, rnd.randrange(256), rnd.randrange(256), mr, ralnum(rnd, 8), ralnum(rnd, 10), rfc_date(plus(t, 1), "DE")),
        "Received: from [%s] ([%s]) by %s\n (%s) via HTTP; %s" % (client_ip, client_ip, wm, app, rfc_date(t, "DE")),
    ]
    ms = int(t.timestamp() * 1000) + rnd.randrange(1000)
    msgid = "<trinity-%s-%d@%s>" % (rguid(rnd), ms, app)
    extra = [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
             ("X-Provags-ID", "V03:K1:" + ralnum(rnd, 74, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
             ("X-UI-Message-Type", "mail")]
    return Sent(out + ("13",), hops, sender, msgid, extra, "DE", "webde")


def yandex(rnd, t, sender, rcpt, webmail=True):
    fw = "forward%d%s.mail.yandex.net" % (rnd.choice([100, 101, 102, 200, 201, 500, 501]), rnd.choice("ab"))
    dc = rnd.choice(["sas", "vla", "myt", "klg"])
    node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (rnd.randrange(10, 99), dc)
    v6 = "2a02:6b8:c%02x:%x:0:640:%x:0" % (rnd.randrange(0, 40), rnd.randrange(256, 4095), rnd.randrange(4096, 65535))
    hops = ["Received: from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
        node, node, v6, fw, ralnum(rnd, 8) + "-" + ralnum(rnd, 8), rcpt, rfc_date(plus(t, 2), "MSK"))]
    if webmail:
        sb = "mail-sendbernar-production-main-%d.%s.yp-c.yandex.net" % (rnd.randrange(10, 90), dc)
        hops.append("Received: by %s (sendbernar/Yandex) with HTTPS id %s;\n\t%s" % (
            sb, ralnum(rnd, 8) + "-" + ralnum(rnd, 8), rfc_date(plus(t, 1), "MSK")))
        extra = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
        msgid = "<%d@mail.yandex.ru>" % (rnd.randrange(10 ** 15, 10 ** 16))
        bstyle = "yandex"
    else:
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(rnd, t)),
                 ("Content-Language", "ru")]
        msgid = outlook_msgid(rnd, t, sender.split("@")[1])
        bstyle = "outlook"
    ip = "178.154.239.%d" % rnd.randrange(60, 230)
    return Sent((fw, fw, ip, "13"), hops, sender, msgid, extra, "EKB", bstyle)


def libero(rnd, t, sender, rcpt, client_ip="93.45.112.9"):
    n = rnd.randrange(10, 40)
    hops = ["Received: from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
        client_ip, n, ralnum(rnd, 15), rfc_date(plus(t, 1), "DE"))]
    ms = int(t.timestamp() * 1000)
    msgid = "<%d.%d.%d@libero.it>" % (rnd.randrange(10 ** 6, 10 ** 7), rnd.randrange(1000, 99999), ms)
    extra = [("X-Originating-IP", client_ip), ("Importance", "normal")]
    host = "smtp-%d-i%d.italiaonline.it" % (n, rnd.randrange(2, 9))
    return Sent((host, host, "213.209.10.%d" % (n + 30), "12"), hops, sender, msgid, extra, "DE", "java")


def wp(rnd, t, sender, rcpt, client_ip="83.24.118.201"):
    hops = [
        "Received: from user-%s.play-internet.pl (HELO [192.168.0.11]) (%s@[%s])\n"
        "          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n"
        "          for <%s>; %s" % (client_ip.replace(".", "-"), sender.split("@")[0], client_ip, sender, rcpt, rfc_date(plus(t, 1), "DE")),
        "Received: (wp-smtpd smtp.wp.pl %d invoked from network); %s" % (rnd.randrange(1000, 40000), rfc_date(plus(t, 1), "DE")),
    ]
    msgid = "<%s@wp.pl>" % rhex(rnd, 26)
    extra = [("X-WP-MailID", rhex(rnd, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    host = "mx.wp.pl"
    return Sent(("smtp.wp.pl", "smtp.wp.pl", "212.77.101.%d" % rnd.randrange(1, 12), "13"), hops[::-1], sender, msgid, extra, "DE", "thunderbird")


def outlook_com(rnd, t, sender, rcpt):
    """Outlook.com / Hotmail consumer webmail."""
    n = rnd.randrange(10, 250)
    pn = rnd.choice([190, 193, 251])
    mbx = "%sP%dMB%04d" % (rnd.choice(["DU0", "AS2", "PAXP", "VI1"]), pn, rnd.randrange(1000, 9999))
    rs = "EURP%d.PROD.OUTLOOK.COM" % pn
    hops = ["Received: from %s.%s\n ([fe80::%s:%s:%s:%s]) by %s.%s\n ([fe80::%s:%s:%s:%s%%3]) with mapi id 15.20.8769.031; %s" % (
        (mbx, rs) + tuple(rhex(rnd, 4) for _ in range(4)) + (mbx, rs) + tuple(rhex(rnd, 4) for _ in range(4)) + (rfc_date(t, "UTC"),))]
    msgid = "<%s%s@%s.%s>" % (mbx, rhex(rnd, 24, True), mbx, rs)
    extra = [("Thread-Topic", ""), ("Thread-Index", thread_index(rnd, t)), ("Accept-Language", "es-ES, en-US"),
             ("Content-Language", "es-ES"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("x-ms-exchange-messagesentrepresentingtype", "1"), ("X-OriginatorOrg", "sct-15-20-8769-31-msonline-outlook-38779.templateTenant")]
    front = "EUR02-VI1-obe.outbound.protection.outlook.com"
    return Sent((front, "mail-vi1eur02olkn2%03d.outbound.protection.outlook.com" % n, "40.92.66.%d" % (n % 250), "13"),
                hops, sender, msgid, extra, "DE", "outlook")


# ---------------------------------------------------------------- attacker VPS / compromised hosting

def vps(rnd, t, sender, rcpt, helo, rdns, ip, client_ip, mailer="roundcube", tls="13", zone="UTC",
        local_host=None, nohop=False):
    dom = sender.split("@")[1]
    local_host = local_host or helo
    if mailer == "roundcube":
        hops = ["Received: from [127.0.0.1] (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            sender, local_host, pf_qid_short(rnd), rfc_date(plus(t, 1), zone, comment=True))]
        msgid = "<%s@%s>" % (rhex(rnd, 32), dom)
        extra = [("User-Agent", "Roundcube Webmail/1.6.9")]
        bstyle = "roundcube"
    else:
        hops = ["Received: from [192.168.%d.%d] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            rnd.randrange(0, 3), rnd.randrange(2, 200), client_ip, sender, local_host, pf_qid_short(rnd), rcpt,
            rfc_date(plus(t, 1), zone, comment=True))]
        if mailer == "iphone":
            msgid = "<%s@%s>" % (rguid(rnd, True), dom)
            extra = [("X-Mailer", "iPhone Mail (22B83)")]
            bstyle = "apple"
        elif mailer == "thunderbird":
            msgid = "<%s@%s>" % (rguid(rnd), dom)
            extra = [("User-Agent", "Mozilla Thunderbird")]
            bstyle = "thunderbird"
        elif mailer == "outlook":
            msgid = outlook_msgid(rnd, t, dom)
            extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(rnd, t))]
            bstyle = "outlook"
        else:
            msgid = "<%s@%s>" % (ralnum(rnd, 32), dom)
            extra = [("X-Mailer", mailer)]
            bstyle = "phpmailer"
    if nohop:
        hops = []
    return Sent((helo, rdns, ip, tls), hops, sender, msgid, extra, zone, bstyle)


def cpanel(rnd, t, sender, rcpt, server, ip, client_ip=None, account="user", script=None):
    eid = "1t%s-%s-%s" % (ralnum(rnd, 4), "0000000" + ralnum(rnd, 4), ralnum(rnd, 4))
    if script:
        hops = ["Received: from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
            account, server, sender, eid, rcpt, rfc_date(plus(t, 1), "ET"))]
        msgid = "<%s@%s>" % (ralnum(rnd, 43), server)
        extra = [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
        bstyle = "phpmailer"
        src = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
               ("X-AntiAbuse", "Primary Hostname - %s" % server),
               ("X-AntiAbuse", "Original Domain - example.com"),
               ("X-AntiAbuse", "Originator/Caller UID/GID - [%d %d] / [47 12]" % ((rnd.randrange(1000, 2000),) * 2)),
               ("X-AntiAbuse", "Sender Address Domain - %s" % sender.split("@")[1]),
               ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (server, account)),
               ("X-Authenticated-Sender", "%s: %s" % (server, sender)),
               ("X-Source", "%s" % script), ("X-Source-Args", "/opt/cpanel/ea-php81/root/usr/sbin/php-fpm: pool %s" % account),
               ("X-Source-Dir", "%s:/public_html/wp-content/plugins" % sender.split("@")[1])]
    else:
        hops = ["Received: from [%s] (port=%d helo=[192.168.1.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
            client_ip, rnd.randrange(49152, 65535), rnd.randrange(2, 200), server, sender, eid, rcpt, rfc_date(plus(t, 1), "ET"))]
        msgid = outlook_msgid(rnd, t, sender.split("@")[1])
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(rnd, t))]
        bstyle = "outlook"
        src = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
               ("X-AntiAbuse", "Primary Hostname - %s" % server),
               ("X-AntiAbuse", "Original Domain - example.com"),
               ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
               ("X-AntiAbuse", "Sender Address Domain - %s" % sender.split("@")[1]),
               ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, sender)),
               ("X-Authenticated-Sender", "%s: %s" % (server, sender)),
               ("X-Source", ""), ("X-Source-Args", ""), ("X-Source-Dir", "")]
    s = Sent((server, server, ip, "13"), hops, sender, msgid, extra + src, "ET", bstyle)
    s.service = bool(script)
    return s


# ---------------------------------------------------------------- bulk ESPs

def sendgrid(rnd, t, sender, rcpt, em_domain, uid=None):
    uid = uid or rnd.randrange(10 ** 7, 5 * 10 ** 7)
    node = "geopod-ismtpd-%d" % rnd.randrange(1, 40)
    hid = ralnum(rnd, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    fd = "filterdrecv-%s-%s" % (rhex(rnd, 10), ralnum(rnd, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    ts = plus(t, 1).strftime("%Y-%m-%d %H:%M:%S")
    hops = [
        "Received: by %s with SMTP id %s-1-%s-%s\n        %s.%09d +0000 UTC m=+%d.%09d" % (
            fd, fd, rhex(rnd, 8, True), rhex(rnd, 2, True), ts, rnd.randrange(10 ** 9), rnd.randrange(10 ** 5, 10 ** 6), rnd.randrange(10 ** 9)),
        "Received: from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)" % (
            ralnum(rnd, 12), node, hid, t.strftime("%a, %d %b %Y %H:%M:%S.") + "%03d +0000" % rnd.randrange(1000)),
    ]
    host = "%s.outbound-mail.sendgrid.net" % ralnum(rnd, 8, "abcdefghijklmnopqrstuvwxyz")
    ip = "149.72.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(1, 250))
    lp, d = rcpt.split("@")
    rp = "<bounces+%d-%s-%s=%s@%s>" % (uid, rhex(rnd, 4), lp, d, em_domain)
    msgid = "<%s@%s>" % (hid, node)
    extra = [("X-SG-EID", "\n " + ralnum(rnd, 76, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") +
              "\n " + ralnum(rnd, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
             ("X-Entity-ID", "u001." + ralnum(rnd, 22))]
    s = Sent((host, host, ip, "13"), hops, rp, msgid, extra, "UTC", "sendgrid")
    s.service = True
    s.click = "https://u%d.ct.sendgrid.net/ls/click?upn=u001.%s" % (uid, ralnum(rnd, 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
    return s


def mailgun(rnd, t, sender, rcpt, mg_domain):
    a, b = rnd.choice([(228, 4), (228, 14), (42, 8), (93, 14), (127, 4)])
    host = "m%d-%d.mailgun.net" % (a, b) if a == 228 else "m%d-%d.eu.mailgun.net" % (a, b)
    ip = "159.135.%d.%d" % (a, b) if a == 228 else "185.250.239.%d" % (a % 250)
    hops = ["Received: by %s with HTTP id %s; %s" % (rhex(rnd, 12), rhex(rnd, 24), t.strftime("%a, %d %b %Y %H:%M:%S GMT"))]
    lp, d = rcpt.split("@")
    rp = "<bounce+%s.%s-%s=%s@%s>" % (rhex(rnd, 6), rhex(rnd, 6), lp, d, mg_domain)
    msgid = "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), rhex(rnd, 16), mg_domain)
    extra = [("X-Mailgun-Sid", "WyI" + ralnum(rnd, 60) + "IiwgIjAyMzQiXQ=="), ("Sender", sender)]
    s = Sent((host, host, ip, "13"), hops, rp, msgid, extra, "UTC", "python")
    s.service = True
    return s


def ses(rnd, t, sender, rcpt, region="eu-west-1"):
    b, c = rnd.choice([(7, 18), (7, 22), (6, 4), (6, 30), (7, 9)])
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (b, c, region)
    ip = "54.240.%d.%d" % (b, c)
    sid = "0102019%s-%s-%s-%s-%s-%s-000000" % (rhex(rnd, 9), rhex(rnd, 8), rhex(rnd, 4), rhex(rnd, 4), rhex(rnd, 4), rhex(rnd, 12))
    rp = "<%s@%s.amazonses.com>" % (sid, region)
    msgid = "<%s@%s.amazonses.com>" % (sid, region)
    extra = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, ralnum(rnd, 43))),
             ("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), ip))]
    s = Sent((host, host, ip, "13"), [], rp, msgid, extra, "UTC", "python")
    s.service = True
    return s


def brevo(rnd, t, sender, rcpt):
    n = rnd.randrange(100, 250)
    host = "smtp-relay.sendinblue.com"
    ip = "77.32.148.%d" % (n % 250)
    rp = "<bounces-%d-%s@sib-bounce.brevosend.com>" % (rnd.randrange(10 ** 6, 10 ** 7), rhex(rnd, 12))
    msgid = "<%s.%d@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), rnd.randrange(10 ** 10, 10 ** 11))
    extra = [("X-Mailer", "Sendinblue"), ("X-sib-id", ralnum(rnd, 60)),
             ("Feedback-ID", "%d:%d:campaign:Sendinblue" % (rnd.randrange(10 ** 6, 10 ** 7), rnd.randrange(10 ** 5, 10 ** 6))),
             ("X-CSA-Complaints", "csa-complaints@eco.de")]
    s = Sent((host, host, ip, "13"), [], rp, msgid, extra, "UTC", "python")
    s.service = True
    return s


def mailchimp(rnd, t, sender, rcpt, list_host="us21", u=None):
    n = rnd.randrange(100, 250)
    dc = rnd.choice(["suw21", "atl121", "sea91"])
    host = "mail%d-%d.%s.mcdlv.net" % (n, rnd.randrange(1, 30), dc)
    ip = "198.2.%d.%d" % (n, rnd.randrange(1, 250))
    lp, d = rcpt.split("@")
    u = u or rhex(rnd, 25)
    rp = "<bounce-mc.%s_%s.%d-%s=%s@%s>" % (list_host, u, rnd.randrange(10 ** 6, 10 ** 7), lp, d, host)
    hops = ["Received: from (127.0.0.1) by %s id %s for <%s>; %s\n\t(envelope-from <bounce-mc.%s_%s...@%s>)" % (
        host, ralnum(rnd, 12, "abcdefghijklmnopqrstuvwxyz0123456789"), rcpt, rfc_date(plus(t, 1), "UTC"), list_host, u[:8], host)]
    msgid = "<%s.%s@%s>" % (rhex(rnd, 32), rhex(rnd, 10), host)
    extra = [("X-MC-User", u), ("X-Feedback-ID", "%d:%d.%d:us21:mc" % (rnd.randrange(10 ** 7), rnd.randrange(10 ** 6), rnd.randrange(10 ** 6))),
             ("X-Report-Abuse", "Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, rhex(rnd, 10), rhex(rnd, 10))),
             ("X-Accounttype", "pd")]
    s = Sent((host, host, ip, "13"), hops, rp, msgid, extra, "UTC", "python")
    s.service = True
    return s


# ---------------------------------------------------------------- genuine service senders

def github(rnd, t, sender, rcpt):
    n = rnd.randrange(20, 30)
    host = "out-%d.smtp.github.com" % n
    hops = ["Received: from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
        rhex(rnd, 4), rnd.randrange(256), rnd.randrange(256), pf_qid_short(rnd), rcpt, rfc_date(plus(t, 1), "PT", comment=True))]
    msgid = "<%s_%s_%d@lowworker-%s-%s.ash1-iad.github.net.mail>" % (
        rhex(rnd, 13), rhex(rnd, 5), rnd.randrange(10 ** 6, 10 ** 7), rhex(rnd, 10), ralnum(rnd, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    s = Sent((host, host, "192.30.252.%d" % (190 + n), "13"), hops, sender, msgid, [], "PT", "python")
    s.service = True
    return s


def docusign(rnd, t, sender, rcpt):
    n = rnd.randrange(1, 4)
    host = "mailfra%d.eumail.docusign.net" % n
    msgid = "<%s@docusign.net>" % rguid(rnd)
    hops = ["Received: from docusign.net (%s) by %s (Postfix) with ESMTP id %s for <%s>; %s" % (
        "10.226.%d.%d" % (rnd.randrange(256), rnd.randrange(256)), host, pf_qid_short(rnd), rcpt, rfc_date(plus(t, 1), "UTC"))]
    s = Sent((host, host, "185.81.%d.%d" % (100 + n, rnd.randrange(10, 200)), "13"), hops,
                "<bounces+%s@eumail.docusign.net>" % rhex(rnd, 16), msgid,
                [("X-DocuSign-Envelope-ID", rguid(rnd, True))], "UTC", "python")
    s.service = True
    return s


def paypal(rnd, t, sender, rcpt):
    n = rnd.randrange(1, 4)
    host = "mx%d.slc.paypal.com" % n
    msgid = "<%s.%s@%s>" % (rhex(rnd, 13), rhex(rnd, 12), "mail.paypal.com")
    hops = ["Received: from paypal.com (%s) by %s (Postfix) with ESMTP id %s; %s" % (
        "10.72.%d.%d" % (rnd.randrange(256), rnd.randrange(256)), host, pf_qid_short(rnd), rfc_date(plus(t, 1), "PT"))]
    s = Sent((host, host, "173.0.84.%d" % (224 + n), "13"), hops, sender, msgid,
                [("X-Email-Type-Id", "PPC0001%02d" % rnd.randrange(100)), ("PP-Correlation-Id", rhex(rnd, 13))], "PT", "python")
    s.service = True
    return s


def yandex_service(rnd, t, sender, rcpt):
    fw = "forward%d%s.mail.yandex.net" % (rnd.choice([100, 102, 501]), rnd.choice("ab"))
    nn = rnd.randrange(10, 60)
    hops = ["Received: from mail-notifier-production-%d.%s.yp-c.yandex.net (mail-notifier-production-%d.%s.yp-c.yandex.net [2a02:6b8:c0c:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
        nn, "vla", nn, "vla", rnd.randrange(256, 4000), rnd.randrange(4096, 65535),
        fw, ralnum(rnd, 8) + "-" + ralnum(rnd, 8), rcpt, rfc_date(plus(t, 1), "MSK"))]
    msgid = "<%s@id.yandex.ru>" % rhex(rnd, 32)
    s = Sent((fw, fw, "178.154.239.%d" % rnd.randrange(60, 230), "13"), hops, sender, msgid, [], "MSK", "yandex")
    s.service = True
    return s
