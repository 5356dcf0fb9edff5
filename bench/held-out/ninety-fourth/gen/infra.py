"""Sending infrastructures: each profile returns the hops below mx01, the
client mx01 saw, the Message-ID and MUA headers in that system's style."""

import base64
import world as W

HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
PFX = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hx(rng, n, upper=False):
    s = rs(rng, HEX, n)
    return s.upper() if upper else s


def uuid(rng, upper=False):
    s = "%s-%s-4%s-%s%s-%s" % (hx(rng, 8), hx(rng, 4), hx(rng, 3), rng.choice("89ab"), hx(rng, 3), hx(rng, 12))
    return s.upper() if upper else s


def postfix_qid(rng):
    return "4" + rs(rng, PFX, 5) + rs(rng, PFX, 3) + "z" + rs(rng, PFX, 3)


def thread_index(rng):
    return base64.b64encode(bytes([1]) + bytes(rng.randrange(256) for _ in range(21))).decode()


TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n"
         "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\r\n"
         "\t(No client certificate requested)")


def mx01(helo, rdns, ip, rcpt, utc, rng, tls="13"):
    t = {"13": "\r\n\t" + TLS13, "12": "\r\n\t" + TLS12, None: ""}[tls]
    return ("Received: from %s (%s [%s])%s\r\n\tby mx01.example.com (Postfix) with %s id %s\r\n"
            "\tfor <%s>; %s" % (helo, rdns, ip, t, "ESMTPS" if tls else "ESMTP", postfix_qid(rng),
                                rcpt, W.rfc_date(utc, "DE", abbrev=True)))


class Env:
    def __init__(self, rng, utc, zone, frm, rcpt):
        self.rng, self.utc, self.zone, self.frm, self.rcpt = rng, utc, zone, frm, rcpt

    def t(self, delta):
        return self.utc + W.secs(delta)


def R(**kw):
    d = {"tls": "13", "below": [], "pre": [], "mua": [], "post": [], "order": "generic",
         "bstyle": "generic", "rp": None}
    d.update(kw)
    return d


# ------------------------------------------------------------ internal --
_LANGS = {"DE": "de-DE", "IT": "it-IT", "PL": "pl-PL", "ES": "es-ES", "GR": "el-GR", "UK": "en-GB", "RU": "ru-RU"}


def internal(e, server="EXMBX01", client_ip="10.20.30.41", lang=None):
    r = e.rng
    sip = {"EXMBX01": "10.20.1.21", "EXMBX02": "10.20.1.22"}[server]
    fe = "fe80::%x:%x:%x:%x" % tuple(r.getrandbits(16) for _ in range(4))
    below = [
        "Received: from %s.corp.example.com (%s.corp.example.com [%s])\r\n\tby mail-int01.example.com (Postfix) "
        "with ESMTPS id %s\r\n\tfor <%s>; %s" % (server, server.lower(), sip, postfix_qid(r), e.rcpt,
                                                 W.rfc_date(e.t(2), "DE", abbrev=True)),
        "Received: from %s.corp.example.com (%s) by\r\n %s.corp.example.com (%s) with Microsoft SMTP Server\r\n"
        " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n 15.2.1544.14; %s" % (
            server, sip, server, sip, W.rfc_date(e.t(1), "DE")),
        "Received: from %s.corp.example.com ([%s]) by\r\n %s.corp.example.com ([%s%%13]) with mapi id\r\n"
        " 15.02.1544.014; %s" % (server, fe, server, fe, W.rfc_date(e.t(1), "DE")),
    ]
    mid = "<%s@%s.corp.example.com>" % (hx(r, 32), server)
    return R(client=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), below=below,
             msgid=mid, order="exchange", bstyle="exchange", rp=e.frm,
             mua=["Thread-Topic", "Thread-Index: " + thread_index(r)],
             post=["Accept-Language: %s, en-US" % _LANGS.get(e.zone, "de-DE"), "Content-Language: " + (lang or _LANGS.get(e.zone, "de-DE")),
                   "X-MS-Has-Attach", "X-MS-TNEF-Correlator:", "x-originating-ip: [%s]" % client_ip])


# ------------------------------------------------------ Exchange Online --
_EXO_FRONT = [("EUR05-AM6-obe", "mail-am6eur05on20%d", "40.107.22.%d"),
              ("EUR03-DBA-obe", "mail-dbaeur03on20%d", "40.107.104.%d"),
              ("EUR02-VI1-obe", "mail-vi1eur02on21%d", "40.107.241.%d"),
              ("EUR01-HE1-obe", "mail-he1eur01on20%d", "40.107.13.%d")]


def exo(e, consumer=False, lang="de-DE", xmailer=None):
    r = e.rng
    dom = e.frm.split("@")[1]
    if consumer:
        srv = "%sP%dMB%04d" % (r.choice(["PAX", "AS8", "DU0", "GV1"]), r.choice([189, 193, 194, 195]), r.randrange(1000, 9999))
        reg = "EURP%s" % srv[4:7]
        fq = "%s.%s.PROD.OUTLOOK.COM" % (srv, reg)
        front = ("EUR03-DBA-obe", "mail-dbaeur03olkn20%d", "40.92.59.%d")
    else:
        srv = "%sPR%02dMB%04d" % (r.choice(["DB9", "AM9", "PA4", "DU2", "VI1", "AS8"]), r.choice([3, 4, 6, 8]), r.randrange(1000, 9999))
        reg = "eurprd%s" % srv[5:7]
        fq = "%s.%s.prod.outlook.com" % (srv, reg)
        front = r.choice(_EXO_FRONT)
    srv2 = srv[:-4] + "%04d" % r.randrange(1000, 9999)
    n = r.randrange(10, 99)
    helo = front[0] + ".outbound.protection.outlook.com"
    rdns = (front[1] % n) + ".outbound.protection.outlook.com"
    ip = front[2] % (n + 20)
    v6a = "2603:10a6:%s:%s::%d" % (hx(r, 3), hx(r, 3), r.randrange(10, 30))
    v6b = "2603:10a6:%s:%s::%d" % (hx(r, 3), hx(r, 3), r.randrange(10, 30))
    fe = "fe80::%x:%x:%x:%x" % tuple(r.getrandbits(16) for _ in range(4))
    bmaj, bmin = r.choice([8632, 8722, 8769]), r.randrange(10, 30)
    build = "15.20.%d.%d" % (bmaj, bmin)
    below = [
        "Received: from %s (%s)\r\n by %s (%s) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n"
        " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
            fq if consumer else fq, v6a, fq.replace(srv, srv2), v6b, build, W.rfc_date(e.t(1), "UTC")),
        "Received: from %s\r\n ([%s]) by %s\r\n ([%s%%4]) with mapi id %s; %s" % (
            fq, fe, fq, fe, "15.20.%d.%03d" % (bmaj, bmin), W.rfc_date(e.t(0), "UTC")),
    ]
    mid = "<%s%s@%s>" % (srv, hx(r, 28, upper=True), fq)
    mua = ["Thread-Topic", "Thread-Index: " + thread_index(r)]
    post = ["Accept-Language: %s, en-US" % lang, "Content-Language: " + lang, "X-MS-Has-Attach",
            "X-MS-TNEF-Correlator:"]
    if consumer:
        post += ["x-ms-exchange-messagesentrepresentingtype: 1",
                 "x-tmn: [%s]" % rs(r, ALNUM + "+/", 32)]
    post += ["x-ms-publictraffictype: Email",
             "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, srv2)]
    if xmailer:
        post.append("X-Mailer: " + xmailer)
    post += ["X-OriginatorOrg: " + ("sct-15-20-7719-19-msonline-outlook-%s.templateTenant" % hx(r, 5) if consumer else dom),
             "X-MS-Exchange-CrossTenant-OriginalArrivalTime: %s" % W.local(e.t(0), "UTC").strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "0 (UTC)",
             "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
             "X-MS-Exchange-CrossTenant-id: " + ("84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if consumer else uuid(r)),
             "X-MS-Exchange-Transport-CrossTenantHeadersStamped: " + srv2]
    return R(client=(helo, rdns, ip), tls="12", below=below, msgid=mid, order="exchange", bstyle="exchange",
             rp=e.frm, mua=mua, post=post)


# ---------------------------------------------------------------- Gmail --
def gmail(e, zone_google="PT"):
    r = e.rng
    pfx, third = r.choice([("ej1", 218), ("ed1", 208), ("wm1", 128), ("wr1", 221), ("lf1", 167), ("lj1", 208)])
    num = r.randrange(41, 99)
    host = "mail-%s-f%d.google.com" % (pfx, num)
    ip = "209.85.%d.%d" % (third, num)
    smtpid = "%s-%s%seso%d.%d" % (r.choice(["a640c23a62f3a", "4fb4d7f45d1cf", "5b1f17b1804b1", "2adb3069b0e04"]),
                                  r.choice(["a9a", "5c9", "43", "2fb"]), hx(r, 6), r.randrange(1000000, 9999999), r.randrange(1, 9))
    below = ["Received: by %s with SMTP id %s\r\n        for <%s>; %s" % (host, smtpid, e.rcpt,
             W.rfc_date(e.t(1), zone_google, abbrev=True))]
    pre = ["X-Gm-Message-State: AOJu0Y" + rs(r, B64, 60),
           "X-Google-Smtp-Source: AGHT+I" + rs(r, B64, 50),
           "X-Received: by 2002:a17:907:%s:b0:%s:%s:%s with SMTP id\r\n %s-20020a170907%s00b00%smr%dejc.%d.%d; %s" % (
               hx(r, 4), hx(r, 3), hx(r, 4), hx(r, 4), rs(r, "abcdefghijklmnopqrstuvwxyz", 2) + str(r.randrange(10, 99)),
               hx(r, 4), hx(r, 10), r.randrange(100000, 999999), r.randrange(1, 99),
               int(e.t(1).timestamp() * 1000), W.rfc_date(e.t(1), zone_google, abbrev=True))]
    mid = "<CA%s%s@mail.gmail.com>" % (rs(r, ALNUM, 2), rs(r, ALNUM + "+_=-", 52))
    return R(client=(host, host, ip), below=below, pre=pre, msgid=mid, order="gmail", bstyle="gmail", rp=e.frm)


def google_notify(e):
    r = e.rng
    host = "mail-sor-f%d.google.com" % r.choice([69, 72, 73])
    ip = "209.85.220.%s" % host.split("-f")[1].split(".")[0]
    below = ["Received: by %s with SMTP id %s\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s" % (
        host, "d75a77b69052e-" + hx(r, 9) + "sf" + str(r.randrange(1000000, 9999999)) + ".1", e.rcpt,
        W.rfc_date(e.t(1), "PT", abbrev=True))]
    pre = ["X-Google-Smtp-Source: AGHT+I" + rs(r, B64, 50)]
    rp = "3%s.%s@gaia.bounces.google.com" % (rs(r, ALNUM + "-", 30), rs(r, ALNUM, 20))
    mid = "<%s@notifications.google.com>" % rs(r, ALNUM + "-_", 22)
    return R(client=(host, host, ip), below=below, pre=pre, msgid=mid, order="gmail", bstyle="gmail", rp=rp)


# --------------------------------------------- German hosters (IONOS/GMX) --
def ionos(e, client_name, client_ip, xmailer="Microsoft Outlook 16.0"):
    r = e.rng
    n = r.choice([178, 187, 130, 133])
    helo = "mout.kundenserver.de"
    ip = "212.227.126.%d" % n
    nid = "1M%s-1%s" % (rs(r, ALNUM, 5), rs(r, ALNUM, 13))
    below = ["Received: from %s ([%s]) by mrelayeu.kundenserver.de\r\n (mreue%d [213.165.67.%d]) with ESMTPSA (Nemesis) id %s;"
             " %s" % (client_name, client_ip, r.randrange(100, 112), r.randrange(100, 125), nid,
                      W.rfc_date(e.t(1), "DE"))]
    dom = e.frm.split("@")[1]
    mid = "<00%02x01dc%s$%s$%s$@%s>" % (r.randrange(0, 64), hx(r, 4), hx(r, 8), hx(r, 8), dom)
    mua = ["X-Mailer: " + xmailer, "Thread-Index: " + thread_index(r), "Content-Language: de"]
    post = ["X-Provags-ID: V03:K1:" + rs(r, B64, 64)]
    return R(client=(helo, helo, ip), below=below, msgid=mid, order="outlook", bstyle="outlook", mua=mua,
             post=post, rp=e.frm)


def gmx(e, brand="gmx", client_ip="91.10.28.45"):
    r = e.rng
    if brand == "gmx":
        helo, ip, relay, appf = "mout.gmx.net", "212.227.17.%d" % r.choice([20, 21, 22]), "mrgmx", "3c-app-gmx-bap%d"
        rhost = "mail.gmx.net"
    else:
        helo, ip, relay, appf = "mout.web.de", "217.72.192.%d" % r.choice([78, 73]), "mrweb", "3c-app-webde-bap%d"
        rhost = "web-mail.web.de"
    nid = "1M%s-1%s" % (rs(r, ALNUM, 5), rs(r, ALNUM, 13))
    app = appf % r.randrange(10, 60)
    below = ["Received: from [%s] ([%s]) by %s\r\n (%s%d [212.227.17.%d]) with HTTP; %s" % (
        app, client_ip, rhost, relay, r.randrange(100, 112), r.randrange(160, 190), W.rfc_date(e.t(1), "DE"))]
    mid = "<trinity-%s-%d@%s>" % (uuid(r), int(e.utc.timestamp() * 1000), app)
    mua = ["Importance: normal", "Sensitivity: Normal"]
    post = ["X-Priority: 3", "X-Provags-ID: V03:K1:" + rs(r, B64, 64)]
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="webmail", bstyle="javamail",
             mua=mua, post=post, rp=e.frm)


def strato(e, client_ip, ua=None, webmail=False):
    r = e.rng
    helo = "mo4-p0%d-ob.smtp.rzone.de" % r.randrange(0, 9)
    ip = "81.169.146.%d" % r.randrange(160, 190)
    below = ["Received: from %s\r\n    by smtp.strato.de (RZmta 51.2.%d AUTH)\r\n    with ESMTPSA id %s\r\n"
             "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\r\n\t(Client did not present a certificate)\r\n"
             "    for <%s>;\r\n    %s" % ("[%s]" % client_ip if not webmail else "webmail.strato.de",
                                         r.randrange(3, 12), rs(r, ALNUM, 15), e.rcpt, W.rfc_date(e.t(1), "DE"))]
    dom = e.frm.split("@")[1]
    if webmail:
        mid = "<%d.%d.%d@webmail.strato.com>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6),
                                                 int(e.utc.timestamp() * 1000))
        mua = ["X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % r.randrange(40, 70)]
        bs = "javamail"
        order = "webmail"
    else:
        mid = "<%s@%s>" % (uuid(r), dom)
        mua = ["User-Agent: " + (ua or "Mozilla Thunderbird"), "Content-Language: de-DE"]
        bs, order = "thunderbird", "thunderbird"
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order=order, bstyle=bs, mua=mua, rp=e.frm)


# ------------------------------------------------------- Italian hosts ---
def aruba(e, client_name, client_ip, ua="Mozilla Thunderbird"):
    r = e.rng
    n = r.randrange(10, 99)
    helo = "smtpcmd0%d%d.aruba.it" % (r.randrange(6, 9), n)
    ip = "62.149.156.%d" % n
    below = ["Received: from %s ([%s])\r\n\tby Aruba Outgoing Smtp  with ESMTPSA\r\n\tid %s; %s" % (
        client_name, client_ip, rs(r, ALNUM, 16), W.rfc_date(e.t(1), "IT"))]
    dom = e.frm.split("@")[1]
    mid = "<%s@%s>" % (uuid(r), dom)
    mua = ["User-Agent: " + ua, "Content-Language: it"]
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="thunderbird",
             bstyle="thunderbird", mua=mua, rp=e.frm)


def libero(e, client_ip="93.44.17.102"):
    r = e.rng
    n = r.randrange(20, 45)
    helo = "libero.it"
    rdns = "smtp-%d-i%d.italiaonline.it" % (n, r.randrange(2, 8))
    ip = "213.209.10.%d" % n
    below = ["Received: from oxapps-%d-%d.iol.local ([10.101.8.%d])\r\n\tby smtp-%d.iol.local with ESMTPA\r\n"
             "\tid %s; %s" % (r.randrange(10, 40), r.randrange(100, 200), r.randrange(10, 250), n,
                              rs(r, ALNUM, 16), W.rfc_date(e.t(1), "IT")),
             ]
    mid = "<%d.%d.%d@mail1.libero.it>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6),
                                          int(e.utc.timestamp() * 1000))
    mua = ["X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % r.randrange(40, 70),
           "X-Originating-IP: %s" % client_ip, "X-Originating-Client: open-xchange-appsuite"]
    return R(client=(helo, rdns, ip), tls="13", below=below, msgid=mid, order="webmail", bstyle="javamail",
             mua=mua, rp=e.frm)


# --------------------------------------------------------------- Poland --
def wp(e, client_ip="83.24.115.61"):
    r = e.rng
    helo = "mx%d.wp.pl" % r.choice([3, 4])
    ip = "212.77.101.%d" % r.choice([10, 11, 12])
    below = ["Received: (wp-smtpd smtp.wp.pl %d invoked by uid %d); %s" % (
        r.randrange(10000, 99999), r.randrange(10000, 99999), W.rfc_date(e.t(0), "PL")),
        "Received: from %s (HELO [192.168.1.%d]) (%s)\r\n          (envelope-sender <%s>)\r\n"
        "          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\r\n"
        "          for <%s>; %s" % (client_ip, r.randrange(2, 200), e.frm, e.frm, e.rcpt, W.rfc_date(e.t(1), "PL"))]
    below.reverse()
    mid = "<%s@wp.pl>" % hx(r, 32)
    mua = ["X-WP-MailID: " + hx(r, 32), "X-WP-AV: skaner antywirusowy Poczty Wirtualnej Polski"]
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="webmail", bstyle="wp",
             mua=mua, rp=e.frm)


# --------------------------------------------------------------- Greece --
def otenet(e, client_ip="94.66.57.201"):
    r = e.rng
    helo = "mailout%d.otenet.gr" % r.randrange(1, 4)
    ip = "83.235.67.%d" % r.randrange(30, 40)
    below = ["Received: from webmail.otenet.gr (webmail.otenet.gr [83.235.69.%d])\r\n\tby %s (8.17.1/8.17.1) with ESMTPSA id %s\r\n"
             "\tfor <%s>; %s" % (r.randrange(10, 30), helo, "5" + rs(r, ALNUM, 13), e.rcpt, W.rfc_date(e.t(1), "GR"))]
    mid = "<%s@otenet.gr>" % hx(r, 32)
    mua = ["User-Agent: Roundcube Webmail/1.6.%d" % r.randrange(5, 9), "X-Sender: " + e.frm,
           "X-Originating-IP: [%s]" % client_ip]
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="roundcube", bstyle="roundcube",
             mua=mua, rp=e.frm)


# --------------------------------------------------------------- Russia --
def yandex(e):
    r = e.rng
    n = r.randrange(100, 600)
    helo = "forward%d%s.mail.yandex.net" % (n, r.choice("abcd"))
    ip = "178.154.239.%d" % r.randrange(70, 250)
    below = ["Received: from mail-nwsmtp-smtp-production-main-%d.iva.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.iva.yp-c.yandex.net\r\n"
             " [IPv6:2a02:6b8:c0c:%s:0:640:%s:0])\r\n\tby %s (Yandex) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
                 n % 90, n % 90, hx(r, 4), hx(r, 4), helo, rs(r, ALNUM, 10), e.rcpt, W.rfc_date(e.t(2), "RU", abbrev=True)),
             "Received: by mail-nwsmtp-smtp-production-main-%d.iva.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;\r\n"
             "\t%s" % (n % 90, rs(r, ALNUM, 10), rs(r, ALNUM, 8), W.rfc_date(e.t(1), "RU"))]
    mid = "<%d%d@mail.yandex.ru>" % (r.randrange(100000, 999999), int(e.utc.timestamp()))
    mua = ["X-Mailer: Yamail [ http://yandex.ru ] 5.0", "X-Yandex-Fwd: 1"]
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="yandex", bstyle="yandex",
             mua=mua, rp=e.frm)


def mailru(e, client_ip="95.55.14.203"):
    r = e.rng
    n = r.randrange(40, 60)
    helo = "smtp%d.i.mail.ru" % n
    ip = "95.163.41.%d" % r.randrange(60, 99)
    below = ["Received: by smtp%d.i.mail.ru with esmtpa (envelope-from <%s>)\r\n\tid 1t%s-%s-%s; %s" % (
        n, e.frm, rs(r, ALNUM, 4), rs(r, ALNUM, 6), rs(r, ALNUM, 2), W.rfc_date(e.t(1), "RU"))]
    mid = "<%d.%d@f%d.i.mail.ru>" % (int(e.utc.timestamp()), r.randrange(10 ** 8, 10 ** 9), r.randrange(100, 600))
    mua = ["X-Mailer: Mail.Ru Mailer 1.0", "X-Originating-Ip: [%s]" % client_ip]
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="webmail", bstyle="mailru",
             mua=mua, rp=e.frm)


# ------------------------------------------------------- bulk services ---
def sendgrid(e, em_dom, xmailer=None):
    r = e.rng
    sub = rs(r, "abcdefghijklmnopqrstuvwxyz", 8)
    helo = "%s.outbound-mail.sendgrid.net" % sub
    ip = "149.72.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250))
    below = ["Received: by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-%s\r\n\t%s" % (
        hx(r, 10), rs(r, "abcdefghijklmnopqrstuvwxyz", 5), hx(r, 10), rs(r, "abcdefghijklmnopqrstuvwxyz", 5),
        hx(r, 8), hx(r, 2), W.rfc_date(e.t(0), "UTC") + " (UTC)"),
        "Received: from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n\tfor <%s>; %s" % (
        em_dom, r.randrange(1, 60), rs(r, ALNUM + "-_", 22), e.rcpt, W.rfc_date(e.t(1), "UTC").replace("+0000", "+0000 (UTC)"))]
    below.reverse()
    uid = r.randrange(10 ** 7, 10 ** 8)
    rp = "bounces+%d-%s-%s@%s" % (uid, hx(r, 4), e.rcpt.replace("@", "="), em_dom)
    mid = "<%s@geopod-ismtpd-%d>" % (rs(r, ALNUM + "-_", 22), r.randrange(1, 60))
    post = ["X-SG-EID: \r\n =?us-ascii?Q?" + rs(r, ALNUM, 60) + "?=",
            "X-Entity-ID: " + rs(r, ALNUM + "+/", 22) + "=="]
    mua = ["X-Mailer: " + xmailer] if xmailer else []
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="esp", bstyle="sendgrid",
             rp=rp, post=post, mua=mua)


def mailgun(e, mg_dom):
    r = e.rng
    a, b = r.choice([(228, 159), (235, 159), (69, 69)]), r.randrange(1, 250)
    helo = "m%d-%d.mailgun.net" % (a[0], b)
    ip = "159.135.%d.%d" % (a[0], b) if a[1] == 159 else "69.72.%d.%d" % (r.randrange(32, 47), b)
    below = ["Received: by %s with HTTP id %s; %s" % (mg_dom.split("@")[-1], hx(r, 24), W.rfc_date(e.t(0), "UTC"))]
    rp = "bounce+%s.%s-%s@%s" % (hx(r, 6), hx(r, 6), e.rcpt.replace("@", "="), mg_dom)
    mid = "<%s.%s@%s>" % (W.local(e.utc, "UTC").strftime("%Y%m%d%H%M%S"), hx(r, 16), mg_dom)
    post = ["X-Mailgun-Sid: " + rs(r, ALNUM, 60), "Sender: " + rp.split("+")[0] + "@" + mg_dom]
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="esp", bstyle="mailgun",
             rp=rp, post=post)


def brevo(e):
    r = e.rng
    n = r.randrange(10, 250)
    helo = "mail%d-%d.sendibt3.com" % (r.randrange(100, 200), n)
    ip = "77.32.148.%d" % n
    rp = "bounces-%d-%d@sendibt3.com" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 4, 10 ** 5))
    stamp = W.local(e.utc, "UTC").strftime("%Y%m%d%H%M")
    mid = "<%s.%d@smtp-relay.mailin.fr>" % (stamp, r.randrange(10 ** 10, 10 ** 11))
    post = ["X-Mailer: Sendinblue", "X-sib-id: " + rs(r, ALNUM + "-_", 60), "Feedback-ID: %d.%d.%d:%d:Sendinblue" % (
        r.randrange(10, 99), r.randrange(10, 99), r.randrange(10 ** 6, 10 ** 7), r.randrange(100, 999))]
    return R(client=(helo, helo, ip), tls="13", below=[], msgid=mid, order="esp", bstyle="brevo", rp=rp, post=post)


def ses(e, region="eu-west-1", xmailer=None):
    r = e.rng
    n = r.randrange(1, 250)
    helo = "%s-%d.smtp-out.%s.amazonses.com" % (r.choice(["a7", "a4", "e242"]), n, region)
    ip = "54.240.%d.%d" % (r.choice([7, 4, 2]), n)
    msgid_core = "01020%s-%s-%s-%s-%s-000000" % (hx(r, 8), hx(r, 8), hx(r, 4), hx(r, 4), hx(r, 12))
    rp = "%s@%s.amazonses.com" % (msgid_core, region)
    mid = "<%s@%s.amazonses.com>" % (msgid_core, region)
    post = ["Feedback-ID: ::1.%s.%s=:AmazonSES" % (region, rs(r, ALNUM + "+/", 44)),
            "X-SES-Outgoing: %s-%s" % (W.local(e.utc, "UTC").strftime("%Y.%m.%d"), ip)]
    mua = ["X-Mailer: " + xmailer] if xmailer else []
    return R(client=(helo, helo, ip), tls="13", below=[], msgid=mid, order="esp", bstyle="javamail", rp=rp,
             post=post, mua=mua)


def mailchimp(e):
    r = e.rng
    n = r.randrange(1, 250)
    helo = "mail%d-%d.suw%d.mcdlv.net" % (r.randrange(100, 200), n, r.randrange(11, 121))
    ip = "198.2.%d.%d" % (r.randrange(128, 190), n)
    rp = "bounce-mc.us%d_%d.%d-%s@%s" % (r.randrange(1, 21), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7),
                                         e.rcpt.replace("@", "="), helo)
    mid = "<%s.%s@%s>" % (hx(r, 20), hx(r, 10), helo.split(".", 1)[1])
    post = ["X-Mailer: MailChimp Mailer - **CID%s**" % hx(r, 20),
            "X-Campaign: mailchimp%s.%s" % (hx(r, 26), hx(r, 10)), "X-campaignid: mailchimp%s.%s" % (hx(r, 26), hx(r, 10)),
            "X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (hx(r, 25), hx(r, 10), hx(r, 10)),
            "X-MC-User: " + hx(r, 25), "Feedback-ID: %d:%d.%d:us%d:mc" % (r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7), r.randrange(1, 21)),
            "Precedence: bulk"]
    return R(client=(helo, helo, ip), tls="13", below=[], msgid=mid, order="esp", bstyle="mailchimp", rp=rp, post=post)


# ---------------------------------------------- self-run / compromised ---
def vps_postfix(e, helo, rdns, ip, client_desc=None, mua=None, msgid_dom=None, order="outlook", bstyle="outlook",
                mid_style="uuid", tls="13"):
    r = e.rng
    below = []
    if client_desc:
        below.append("Received: from %s\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s" % (
            client_desc, helo, rs(r, "0123456789ABCDEF", 10), W.rfc_date(e.t(1), "UTC")))
    dom = msgid_dom or e.frm.split("@")[1]
    if mid_style == "outlook":
        mid = "<00%02x01dc%s$%s$%s$@%s>" % (r.randrange(0, 64), hx(r, 4), hx(r, 8), hx(r, 8), dom)
    elif mid_style == "phpmailer":
        mid = "<%s@%s>" % (rs(r, ALNUM, 43), dom)
    else:
        mid = "<%s@%s>" % (uuid(r), dom)
    return R(client=(helo, rdns, ip), tls=tls, below=below, msgid=mid, order=order, bstyle=bstyle,
             mua=mua or [], rp=e.frm)


def cpanel_exim(e, host, host_ip, client_ip, mua=None, order="roundcube", bstyle="roundcube", webmail=True, rp=None):
    r = e.rng
    eid = "1t%s-%s-%s" % (rs(r, ALNUM, 4), rs(r, ALNUM, 6), rs(r, ALNUM, 2))
    if webmail:
        below = ["Received: from [%s] (port=%d helo=%s)\r\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\r\n"
                 "\t(Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s;\r\n\t%s" % (
                     client_ip, r.randrange(40000, 65000), host, host, rp or e.frm, eid, e.rcpt, W.rfc_date(e.t(1), "UTC"))]
    else:
        below = ["Received: from [%s] (port=%d helo=[192.168.1.%d])\r\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\r\n"
                 "\t(Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s;\r\n\t%s" % (
                     client_ip, r.randrange(40000, 65000), r.randrange(2, 200), host, rp or e.frm, eid, e.rcpt, W.rfc_date(e.t(1), "UTC"))]
    dom = e.frm.split("@")[1]
    mid = "<%s@%s>" % (hx(r, 32), dom)
    if mua and any("Outlook" in x for x in mua):
        mid = "<00%02x01dc%s$%s$%s$@%s>" % (r.randrange(0, 64), hx(r, 4), hx(r, 8), hx(r, 8), dom)
    m = mua if mua is not None else ["User-Agent: Roundcube Webmail/1.6.9", "X-Sender: " + e.frm]
    post = ["X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
            "X-AntiAbuse: Primary Hostname - " + host, "X-AntiAbuse: Original Domain - " + e.rcpt.split("@")[1],
            "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]", "X-AntiAbuse: Sender Address Domain - " + dom,
            "X-Get-Message-Sender-Via: %s: authenticated_id: %s" % (host, e.frm),
            "X-Authenticated-Sender: %s: %s" % (host, e.frm)]
    return R(client=(host, host, host_ip), tls="12", below=below, msgid=mid, order=order, bstyle=bstyle,
             mua=m, post=post, rp=rp or e.frm)


def hosted_outlook(e, helo, ip, client_name, client_ip, by=None, xmailer="Microsoft Outlook 16.0", lang="de"):
    """Small company: Outlook desktop submitting to its own / hosted Postfix."""
    r = e.rng
    by = by or helo
    below = ["Received: from %s (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s;\r\n\t%s" % (
        client_name, "host-" + client_ip.replace(".", "-") + ".dynamic", client_ip, e.frm, by,
        rs(r, "0123456789ABCDEF", 10), W.rfc_date(e.t(1), e.zone))]
    dom = e.frm.split("@")[1]
    mid = "<00%02x01dc%s$%s$%s$@%s>" % (r.randrange(0, 64), hx(r, 4), hx(r, 8), hx(r, 8), dom)
    mua = ["X-Mailer: " + xmailer, "Thread-Index: " + thread_index(r), "Content-Language: " + lang]
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="outlook", bstyle="outlook",
             mua=mua, rp=e.frm)


# ----------------------------------------------- genuine service notices --
def github(e):
    r = e.rng
    n = r.randrange(17, 30)
    helo = "out-%d.smtp.github.com" % n
    ip = "192.30.252.%d" % (190 + n % 20)
    below = ["Received: from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\r\n\tby smtp.github.com (Postfix) with ESMTPA id %s\r\n"
             "\tfor <%s>; %s" % (hx(r, 7), r.randrange(100, 230), r.randrange(1, 250), postfix_qid(r), e.rcpt,
                                 W.rfc_date(e.t(1), "PT", abbrev=True))]
    mid = "<%s_%s%s@%s.mail>" % (hx(r, 13), hx(r, 4), hx(r, 8), "hubbernetes-node-" + hx(r, 7))
    post = ["X-Auto-Response-Suppress: All"]
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="service", bstyle="github",
             rp="noreply@github.com", post=post)


def ms_notify(e):
    r = e.rng
    n = r.randrange(10, 99)
    helo = "NAM12-BN8-obe.outbound.protection.outlook.com"
    rdns = "mail-bn8nam12on20%d.outbound.protection.outlook.com" % n
    ip = "40.107.237.%d" % n
    srv = "BN8NAM12FT%03d" % r.randrange(1, 99)
    fq = "%s.eop-nam12.prod.protection.outlook.com" % srv
    below = ["Received: from %s\r\n (2603:10b6:408:%s::%s) by BN9PR03MB%04d.namprd03.prod.outlook.com\r\n"
             " (2603:10b6:408:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\r\n"
             " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.%d; %s" % (
                 fq, hx(r, 3), hx(r, 2), r.randrange(1000, 9999), hx(r, 3), r.randrange(10, 99), r.randrange(10, 30),
                 W.rfc_date(e.t(1), "UTC"))]
    mid = "<%s.%s@%s>" % (hx(r, 8, True), hx(r, 4, True), "az-eu-mdm-" + hx(r, 6))
    post = ["X-MS-Exchange-CrossTenant-fromentityheader: HybridOnPrem"]
    return R(client=(helo, rdns, ip), tls="12", below=below, msgid=mid, order="service", bstyle="msnotify",
             rp=e.frm, post=post)


def docusign(e):
    r = e.rng
    helo = "mailfr.eumail.docusign.net"
    ip = "185.81.100.%d" % r.randrange(60, 80)
    below = ["Received: from docusign.net (%s) by mailfr.eumail.docusign.net id %s for <%s>; %s" % (
        "10.%d.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250), r.randrange(1, 250)), hx(r, 16), e.rcpt,
        W.rfc_date(e.t(1), "UTC"))]
    mid = "<%s@docusign.net>" % hx(r, 32)
    rp = "bounces+%s@eumail.docusign.net" % hx(r, 24)
    post = ["X-DocuSign-Envelope-ID: " + uuid(r, upper=True)]
    return R(client=(helo, helo, ip), tls="12", below=below, msgid=mid, order="service", bstyle="docusign",
             rp=rp, post=post)


def paypal(e):
    r = e.rng
    helo = "mx%d.slc.paypal.com" % r.choice([0, 1, 2])
    ip = "173.0.84.%d" % r.choice([225, 226, 227, 228])
    below = ["Received: from paypal.com (%s) by %s (PayPal) with ESMTP id %s; %s" % (
        "10.72.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250)), helo, hx(r, 32), W.rfc_date(e.t(1), "PT"))]
    mid = "<%s.%s@paypal.com>" % (hx(r, 12), hx(r, 16))
    rp = "bounce@paypal.co.uk"
    post = ["X-MaxCode-Template: PPX001380", "X-Email-Type-Id: PPX001380",
            "PP-Correlation-Id: " + hx(r, 13), "X-XPT-XSL-Name: email_pimp/default/en_GB/invoicing/invoicing.xsl"]
    return R(client=(helo, helo, ip), tls="12", below=below, msgid=mid, order="service", bstyle="paypal",
             rp=rp, post=post)


def yandex_notify(e):
    r = e.rng
    n = r.randrange(100, 600)
    helo = "forward%d%s.mail.yandex.net" % (n, r.choice("ab"))
    ip = "178.154.239.%d" % r.randrange(70, 250)
    below = ["Received: from mail-notsolitesrv-production-main-%d.vla.yp-c.yandex.net (mail-notsolitesrv-production-main-%d.vla.yp-c.yandex.net\r\n"
             " [IPv6:2a02:6b8:c0f:%s:0:640:%s:0])\r\n\tby %s (Yandex) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
                 n % 50, n % 50, hx(r, 4), hx(r, 4), helo, rs(r, ALNUM, 10), e.rcpt, W.rfc_date(e.t(1), "RU", abbrev=True))]
    mid = "<%d.%s@passport.yandex.ru>" % (int(e.utc.timestamp()), hx(r, 16))
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="service", bstyle="yandex",
             rp="noreply@id.yandex.ru")


def aruba_fe(e):
    r = e.rng
    n = r.randrange(10, 99)
    helo = "smtpdh%d.aruba.it" % r.randrange(1, 20)
    ip = "62.149.155.%d" % n
    below = ["Received: from fe-notifier%d.aruba.it ([10.10.%d.%d])\r\n\tby Aruba Outgoing Smtp  with ESMTPSA\r\n\tid %s; %s" % (
        r.randrange(1, 9), r.randrange(1, 250), r.randrange(1, 250), rs(r, ALNUM, 16), W.rfc_date(e.t(1), "IT"))]
    mid = "<%s@fatturazioneelettronica.aruba.it>" % uuid(r)
    return R(client=(helo, helo, ip), tls="13", below=below, msgid=mid, order="service", bstyle="javamail",
             rp="noreply@fatturazioneelettronica.aruba.it")


def proton(e):
    r = e.rng
    n = r.randrange(10, 250)
    helo = "mail-40%d.proton.ch" % n
    ip = "185.70.40.%d" % n
    mid = "<%s=@proton.me>" % rs(r, ALNUM + "-_", 86)
    post = ["Feedback-ID: %s==:Ext:ProtonMail" % rs(r, ALNUM + "-_", 86),
            "X-Pm-Message-ID: " + hx(r, 40)]
    return R(client=(helo, helo, ip), tls="13", below=[], msgid=mid, order="generic", bstyle="generic",
             post=post, rp=e.frm)


def php_mail(e, host, host_ip, user, script, client_ip, site):
    """Mail sent by a PHP script on a compromised shared-hosting website."""
    r = e.rng
    eid = "1t%s-%s-%s" % (rs(r, ALNUM, 4), rs(r, ALNUM, 6), rs(r, ALNUM, 2))
    rp = "%s@%s" % (user, host)
    below = ["Received: from %s by %s with local (Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s;"
             " %s" % (user, host, rp, eid, e.rcpt, W.rfc_date(e.t(1), "ES"))]
    mid = "<%s@%s>" % (rs(r, ALNUM, 43), site)
    mua = ["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]
    post = ["X-PHP-Script: %s for %s" % (script, client_ip),
            "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
            "X-AntiAbuse: Primary Hostname - " + host,
            "X-Get-Message-Sender-Via: %s: authenticated_id: %s/from_h" % (host, user),
            "X-Authenticated-Sender: %s: %s" % (host, e.frm)]
    return R(client=(host, host, host_ip), tls="12", below=below, msgid=mid, order="esp", bstyle="phpmailer",
             mua=mua, post=post, rp=rp)
