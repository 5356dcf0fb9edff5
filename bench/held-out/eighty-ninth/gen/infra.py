"""Sending infrastructures: the sender-side Received hops, provider headers,
Message-ID / boundary styles and the client mx01 sees.

Each factory returns a dict used by compose.build():
  client  (helo, rdns, ip)  -> 'from HELO (rDNS [IP])' in mx01's header
  tls     whether the client used STARTTLS
  hops    f(ctx) -> list of header strings below mx01's header
  hdrs    f(ctx) -> list of (name, value) originator-section headers
  msgid   f(ctx) -> Message-ID (without <>)
  bnd     f(ctx, subtype, depth) -> boundary
  order   header order style
  rp      f(ctx) -> Return-Path address
  tz      time zone of the sender's Date header
  hmode   default encoded-word mode
"""
from util import (rfc2822, secs, hexs, alnum, b64s, uuid4, postfix_qid, local, outlook_mid, thread_index)


def _dom(addr):
    return addr.split("@", 1)[1]


def _base(**kw):
    d = dict(tls=True, hops=lambda c: [], hdrs=lambda c: [], order="generic",
             rp=lambda c: c["from"], tz="DE", hmode="Q",
             bnd=lambda c, st, d: "----=_Part_%d_%d.%d" % (c["rng"].randint(10000, 99999), c["rng"].randint(10 ** 8, 10 ** 9), c["rng"].randint(10 ** 12, 10 ** 13)),
             msgid=lambda c: "%s@%s" % (uuid4(c["rng"]), _dom(c["from"])))
    d.update(kw)
    return d


# ------------------------------------------------------------------ boundaries
def bnd_outlook(c, st, depth):
    srv = c.get("exsrv", "DB9PR04MB8412")
    tag = {0: "_000_", 1: "_000_", 2: "_002_"}.get(depth, "_00%d_" % depth)
    if st == "mixed":
        tag = "_004_"
    elif st == "related":
        tag = "_005_"
    return "%s%s%s%s_" % (tag, srv, hexs(c["rng"], 28, True), c.get("exdomain", "eurprd04prodoutlookcom"))


def bnd_gmail(c, st, depth):
    return "000000000000" + hexs(c["rng"], 16)


def bnd_tb(c, st, depth):
    return "------------" + alnum(c["rng"], 24)


def bnd_apple(c, st, depth):
    return "Apple-Mail=_" + uuid4(c["rng"], True)


def bnd_phpmailer(c, st, depth):
    return "b%d_%s" % (depth + 1, alnum(c["rng"], 43))


def bnd_outlook_desktop(c, st, depth):
    return "----=_NextPart_%03d_%04X_%08X.%08X" % (depth, c["rng"].randrange(65536), c["rng"].getrandbits(32), c["rng"].getrandbits(32))


def bnd_ox(c, st, depth):
    return "----=_Part_%d_%d.%d" % (c["rng"].randint(100000, 999999), c["rng"].randint(10 ** 8, 10 ** 9), c["rng"].randint(1790000000000, 1799999999999))


def bnd_generic_eq(c, st, depth):
    return "=_" + hexs(c["rng"], 32)


# ------------------------------------------------------------------ Google
_GMAIL_NETS = {"wr1": "209.85.221", "wm1": "209.85.128", "ej1": "209.85.218", "lf1": "209.85.167",
               "ed1": "209.85.208", "pl1": "209.85.214", "qk1": "209.85.222"}


def gmail(tz="DE", node="wr1", n=None, workspace=False, mobile=False):
    def mk(c):
        pass
    def hops(c):
        r = c["rng"]
        t = c["t"]
        return [
            "Received: by %s with SMTP id %s-%s%s.%d\n        for <%s>; %s" % (
                c["helo"], "ffacd0b85a97d" if node == "wr1" else "a640c23a62f3a", hexs(r, 10), alnum(r, 10, "abcdefghijklmnopqrstuvwxyz0123456789"), r.randint(1, 9),
                c["rcpt"], rfc2822(secs(t, 1), "PT", True)),
            "X-Gm-Message-State: AOJu0Y%s" % b64s(r, 48),
            "X-Google-Smtp-Source: AGHT+IF%s" % b64s(r, 57),
            "X-Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%s.%d;\n        %s" % (
                r.randint(0x6000, 0x6aff), r.randint(0x1000, 0xffff), r.randint(0x100, 0xfff), r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff),
                hexs(r, 13), hexs(r, 14), r.randint(1, 30), rfc2822(secs(t, 1), "PT", True)),
        ]

    def msgid(c):
        r = c["rng"]
        return "CA%s%s@mail.gmail.com" % (r.choice("BDEFGHJKLMNP"), b64s(r, 42).replace("/", "_") + r.choice(["=", "", "+"]) + alnum(r, 3))

    num = n
    def client(r):
        k = num if num is not None else r.randint(41, 180)
        h = "mail-%s-f%d.google.com" % (node, k)
        return (h, h, "%s.%d" % (_GMAIL_NETS[node], k))
    return _base(client=client, hops=hops, msgid=msgid, bnd=bnd_gmail, order="gmail", tz=tz, hmode="B")


def google_notify(service_ns="gaia.bounces.google.com", tz="UTC"):
    def client(r):
        k = r.choice([69, 73, 41])
        h = "mail-sor-f%d.google.com" % k
        return (h, h, "209.85.220.%d" % k)

    def hops(c):
        r = c["rng"]
        return ["Received: by %s with SMTP id %s-%s.%d\n        for <%s>\n        (Google Transport Security);\n        %s" % (
            c["helo"], hexs(r, 13), hexs(r, 14), r.randint(1, 9), c["rcpt"], rfc2822(secs(c["t"], 1), "PT", True)),
            "X-Google-Smtp-Source: AGHT+IF%s" % b64s(r, 57),
            "X-Received: by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%s.%d;\n        %s" % (
                r.randint(0x6000, 0x6aff), r.randint(0x1000, 0xffff), r.randint(0x100, 0xfff), r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff),
                hexs(r, 13), hexs(r, 14), r.randint(1, 30), rfc2822(secs(c["t"], 1), "PT", True))]

    def rp(c):
        return "3%s@%s" % (alnum(c["rng"], 50, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-."), service_ns)

    def msgid(c):
        return "%s@google.com" % b64s(c["rng"], 16, True)
    return _base(client=client, hops=hops, rp=rp, msgid=msgid, bnd=bnd_gmail, order="gmail", tz=tz, hmode="B")


# ------------------------------------------------------------------ Microsoft
def m365(tenant_srv="DB9PR04MB8412", region="eurprd04", outbound=("EUR05-DB8-obe", "mail-db8eur05on2071", "40.107.20.71"),
         tz="DE", tenant_id=None, mailer=None, onmicrosoft=False):
    """Exchange Online tenant (Outlook desktop / OWA user)."""
    def client(r):
        return (outbound[0] + ".outbound.protection.outlook.com", outbound[1] + ".outbound.protection.outlook.com", outbound[2])

    def hops(c):
        r = c["rng"]
        t = c["t"]
        peer = "%sMB%04d" % (tenant_srv.split("MB")[0], r.randint(1000, 9999))
        v6 = "2603:10a6:%x:%x::%x" % (r.randint(1, 0x7ff), r.randint(1, 0xfff), r.randint(1, 0x3f))
        fe = "fe80::%x:%x:%x:%x" % tuple(r.randint(0, 0xffff) for _ in range(4))
        return [
            "Received: from %s.%s.prod.outlook.com\n (%s) by %s.%s.prod.outlook.com\n (2603:10a6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                tenant_srv, region, v6, peer, region, r.randint(1, 0x7ff), r.randint(1, 0xfff), r.randint(1, 0x3f), 8900 + r.randint(0, 300), r.randint(10, 40),
                rfc2822(secs(t, 2), "UTC")),
            "Received: from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s%%%d]) with mapi id 15.20.%d.%03d; %s" % (
                tenant_srv, region, fe, tenant_srv, region, fe, r.randint(3, 7), 8900 + r.randint(0, 300), r.randint(10, 40), rfc2822(secs(t, 3), "UTC")),
        ]

    def hdrs(c):
        r = c["rng"]
        h = [("Thread-Topic", c["spec"]["subject"]), ("Thread-Index", thread_index(r, c["t"])),
             ("Accept-Language", c["spec"].get("accept_lang", "de-DE, en-US")),
             ("Content-Language", c["spec"].get("content_lang", "de-DE")),
             ("X-MS-Has-Attach", "yes" if c["has_att"] else ""), ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid4(r)),
             ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s (UTC)" % (secs(c["t"], 3).strftime("%d %b %Y %H:%M:%S.") + "%04d" % r.randint(0, 9999))),
             ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
             ("X-MS-Exchange-CrossTenant-id", tenant_id or uuid4(r)),
             ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", "%s.%s.prod.outlook.com" % (tenant_srv, region)),
             ("X-MS-PublicTrafficType", "Email")]
        if mailer:
            h.append(("X-Mailer", mailer))
        return h

    def msgid(c):
        return "%s%s@%s.%s.prod.outlook.com" % (tenant_srv, hexs(c["rng"], 28, True), tenant_srv, region)
    return _base(client=client, hops=hops, hdrs=hdrs, msgid=msgid, order="outlook", tz=tz, hmode="Q",
                 bnd=bnd_outlook, exsrv=tenant_srv, exdomain=region + "prodoutlookcom")


def outlook_com(tz="DE"):
    """Consumer outlook.com / hotmail mailbox."""
    i = m365(tenant_srv="AM9P193MB1622", region="EURP193", outbound=("EUR05-VI1-obe", "mail-vi1eur05olkn2045", "40.92.90.45"), tz=tz)
    return i


def exchange_internal(srv="EXMBX01", tz="DE"):
    """Internal mail: Exchange 2019 -> mail-int01 relay -> mx01."""
    def client(r):
        return ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")

    def hops(c):
        r = c["rng"]
        t = c["t"]
        return [
            "Received: from %s.corp.example.com (10.20.1.21) by\n %s.corp.example.com (10.20.1.21) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.14; %s" % (
                srv, srv, rfc2822(secs(t, 2), "DE")),
            "Received: from %s.corp.example.com ([fe80::4c2e:91ff:fe3a:1d07]) by\n %s.corp.example.com ([fe80::4c2e:91ff:fe3a:1d07%%12]) with mapi id\n 15.02.1544.014; %s" % (
                srv, srv, rfc2822(secs(t, 3), "DE")),
        ]

    def hdrs(c):
        r = c["rng"]
        return [("Thread-Topic", c["spec"]["subject"]), ("Thread-Index", thread_index(r, c["t"])),
                ("Accept-Language", c["spec"].get("accept_lang", "de-DE, en-US")),
                ("Content-Language", c["spec"].get("content_lang", "de-DE")),
                ("X-MS-Has-Attach", "yes" if c["has_att"] else ""), ("X-MS-TNEF-Correlator", ""),
                ("x-originating-ip", "[10.20.%d.%d]" % (r.randint(30, 60), r.randint(10, 240)))]

    def msgid(c):
        return "%s@%s.corp.example.com" % (hexs(c["rng"], 32), srv)
    return _base(client=client, hops=hops, hdrs=hdrs, msgid=msgid, order="outlook", tz=tz, tls=True,
                 bnd=lambda c, st, d: bnd_outlook(dict(c, exsrv=srv, exdomain="corpexamplecom"), st, d))


def outlook_desktop_pop(isp_client, isp_hop, domain, tz="GR", mailer="Microsoft Outlook 16.0"):
    """Outlook 2016+ desktop over an ISP's SMTP (otenet etc.)."""
    def hdrs(c):
        r = c["rng"]
        return [("X-Mailer", mailer), ("Thread-Index", thread_index(r, c["t"])),
                ("Content-Language", c["spec"].get("content_lang", "el"))]

    def msgid(c):
        r = c["rng"]
        return outlook_mid(r, c["t"], domain)
    return _base(client=lambda r: isp_client, hops=isp_hop, hdrs=hdrs, msgid=msgid, order="outlook_desktop",
                 bnd=bnd_outlook_desktop, tz=tz, hmode="B")


# ------------------------------------------------------------------ consumer webmailers
def gmx(tz="DE", host="gmx", iphone=False):
    net = {"gmx": ("mout.gmx.net", "212.227.17.21", "gmx.net", "gmx"),
           "webde": ("mout.web.de", "217.72.192.78", "web.de", "webde")}[host]

    def hops(c):
        r = c["rng"]
        cip = "%d.%d.%d.%d" % (r.choice([84, 87, 91, 93]), r.randint(128, 250), r.randint(1, 250), r.randint(1, 250))
        if iphone:
            return ["Received: from smtpclient.apple ([%s]) by mail.%s (mr%s%03d\n [212.227.17.%d]) with ESMTPSA (Nemesis) id 1M%s-1t%s; %s" % (
                cip, net[2], net[3], r.randint(100, 120), r.randint(160, 190), alnum(r, 6), alnum(r, 16), rfc2822(secs(c["t"], 2), tz))]
        return ["Received: from [%s] ([%s]) by web-mail.%s\n (3c-app-%s-bap%02d.server.lan [172.19.172.%d]) (via HTTP); %s" % (
            cip, cip, net[2], net[3], r.randint(10, 70), r.randint(10, 200), rfc2822(secs(c["t"], 2), tz))]

    def hdrs(c):
        r = c["rng"]
        base = [("X-Provags-ID", "V03:K1:" + b64s(r, 60))]
        if iphone:
            return [("X-Mailer", "iPhone Mail (23B85)")] + base
        return [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
                ("X-UI-Message-Type", "mail")] + base

    def msgid(c):
        r = c["rng"]
        if iphone:
            return "%s@%s" % (uuid4(r, True), _dom(c["from"]))
        return "trinity-%s-%d@3c-app-%s-bap%02d" % (uuid4(r), 1790000000000 + r.randint(0, 9999999999), net[3], r.randint(10, 70))
    return _base(client=lambda r: (net[0], net[0], net[1]), hops=hops, hdrs=hdrs, msgid=msgid,
                 bnd=bnd_apple if iphone else (lambda c, st, d: "=_" + hexs(c["rng"], 32)), order="apple" if iphone else "generic", tz=tz,
                 hmode="Q")


def libero(tz="IT"):
    def hops(c):
        r = c["rng"]
        return ["Received: from libero.it ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
            r.randint(20, 60), r.randint(30, 40), alnum(r, 16), rfc2822(secs(c["t"], 2), tz))]

    def msgid(c):
        r = c["rng"]
        return "%d.%d.%d@mail%d.libero.it" % (r.randint(10 ** 8, 10 ** 9), r.randint(1000, 9999), 1790000000000 + r.randint(0, 9999999999), r.randint(1, 3))

    def client(r):
        k = r.randint(30, 40)
        return ("libero.it", "smtp-%d-i2.italiaonline.it" % k, "213.209.10.%d" % k)
    return _base(client=client, hops=hops, msgid=msgid, hdrs=lambda c: [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62")],
                 bnd=bnd_ox, tz=tz, hmode="Q", order="generic", importance=True)


def wp_pl(tz="PL"):
    def hops(c):
        r = c["rng"]
        return ["Received: (wp-smtpd smtp.wp.pl %d invoked from network); %s" % (r.randint(10000, 40000), rfc2822(secs(c["t"], 2), tz)),
                "Received: from unknown (HELO poczta.wp.pl) ([%d.%d.%d.%d])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with SMTP\n          for <%s>; %s" % (
                    r.choice([83, 89, 37]), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250), c["from"], c["rcpt"], rfc2822(secs(c["t"], 3), tz))]

    def msgid(c):
        return "%s@wp.pl" % hexs(c["rng"], 32)
    return _base(client=lambda r: ("mx4.wp.pl", "mx4.wp.pl", "212.77.101.12"), hops=hops, msgid=msgid,
                 hdrs=lambda c: [("X-WP-MailID", hexs(c["rng"], 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")],
                 bnd=lambda c, st, d: "WP-%s" % hexs(c["rng"], 24), tz=tz, hmode="B", order="generic")


def yandex_web(tz="RU", corp_domain=None):
    def hops(c):
        r = c["rng"]
        node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 90), r.choice(["vla", "sas", "iva", "myt"]))
        v6 = "2a02:6b8:c%x:%x:0:640:%x:%x" % (r.randint(0, 0x3f), r.randint(0, 0xfff), r.randint(0, 0xffff), r.randint(0, 0xffff))
        return [
            "Received: from %s\n\t(%s [IPv6:%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
                node, node, v6, c["helo"], alnum(r, 10), c["rcpt"], rfc2822(secs(c["t"], 1), "RU")),
            "Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (node, alnum(r, 10), alnum(r, 8), rfc2822(secs(c["t"], 2), "RU")),
        ]

    def msgid(c):
        return "%d@mail.yandex.ru" % (c["rng"].randint(10 ** 14, 10 ** 15))

    def client(r):
        k = r.randint(100, 199)
        h = "forward%d%s.mail.yandex.net" % (k, r.choice("ab"))
        return (h, h, "178.154.239.%d" % (k - 50))
    return _base(client=client, hops=hops, msgid=msgid, hdrs=lambda c: [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")],
                 bnd=lambda c, st, d: "----==%s" % hexs(c["rng"], 24), tz=tz, hmode="B", order="generic")


# ------------------------------------------------------------------ hosting / own servers
def ionos(tz="DE", mua="tb"):
    def hops(c):
        r = c["rng"]
        cip = "%d.%d.%d.%d" % (r.choice([79, 87, 93, 217]), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))
        return ["Received: from [192.168.178.%d] ([%s]) by mrelayeu.kundenserver.de\n (mreue%03d [213.165.67.%d]) with ESMTPSA (Nemesis) id 1M%s-1t%s; %s" % (
            r.randint(20, 60), cip, r.randint(100, 120), r.randint(90, 120), alnum(r, 6), alnum(r, 16), rfc2822(secs(c["t"], 2), tz))]

    def hdrs(c):
        return ([("User-Agent", "Mozilla Thunderbird")] if mua == "tb" else []) + [("X-Provags-ID", "V03:K1:" + b64s(c["rng"], 60))]
    return _base(client=lambda r: ("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % r.randint(130, 190)),
                 hops=hops, hdrs=hdrs, bnd=bnd_tb if mua == "tb" else bnd_outlook_desktop, order="tb" if mua == "tb" else "generic", tz=tz)


def strato(tz="DE", mua="outlook16"):
    def hops(c):
        r = c["rng"]
        return ["Received: from DESKTOP-%s\n    by smtp.strato.de (RZmta 51.3.0 AUTH)\n    with ESMTPSA id %s\n    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n    (Client did not present a certificate)\n    for <%s>;\n    %s" % (
            alnum(r, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), alnum(r, 16), c["rcpt"], rfc2822(secs(c["t"], 2), tz))]

    def hdrs(c):
        r = c["rng"]
        h = [("X-RZG-AUTH", '":%s"' % b64s(r, 45)), ("X-RZG-CLASS-ID", "mo00")]
        if mua == "outlook16":
            h = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r, c["t"])), ("Content-Language", "de")] + h
        return h

    def msgid(c):
        r = c["rng"]
        return outlook_mid(r, c["t"], _dom(c["from"]))
    return _base(client=lambda r: ("mo4-p00-ob.smtp.rzone.de", "mo4-p00-ob.smtp.rzone.de", "81.169.146.%d" % r.randint(160, 180)),
                 hops=hops, hdrs=hdrs, msgid=msgid, bnd=bnd_outlook_desktop, order="outlook_desktop", tz=tz)


def aruba(tz="IT", mua="outlook16"):
    def hops(c):
        r = c["rng"]
        cip = "%d.%d.%d.%d" % (r.choice([93, 79, 151, 2]), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))
        return ["Received: from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
            c.get("pc", "PC-AMMINISTRAZ"), cip, alnum(r, 15), rfc2822(secs(c["t"], 2), tz))]

    def hdrs(c):
        r = c["rng"]
        h = []
        if mua == "outlook16":
            h = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r, c["t"])), ("Content-Language", "it")] + h
        elif mua == "webmail":
            h = [("User-Agent", "Roundcube Webmail/1.4.15")] + h
        elif mua == "tb52":
            h = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; WOW64; rv:52.0) Gecko/20100101 Thunderbird/52.9.1")] + h
        return h

    def msgid(c):
        r = c["rng"]
        if mua == "webmail":
            return "%s@%s" % (hexs(r, 32), _dom(c["from"]))
        if mua == "tb52":
            return "%s@%s" % (uuid4(r), _dom(c["from"]))
        return outlook_mid(r, c["t"], _dom(c["from"]))

    def client(r):
        k = r.randint(1, 40)
        h = "smtpdh%02d-%d.aruba.it" % (k, r.randint(1, 2))
        return (h, h, "62.149.155.%d" % (140 + k))
    return _base(client=client, hops=hops, hdrs=hdrs, msgid=msgid,
                 bnd=bnd_outlook_desktop if mua == "outlook16" else (bnd_tb if mua == "tb52" else (lambda c, st, d: "=_" + hexs(c["rng"], 32))),
                 order="outlook_desktop" if mua == "outlook16" else ("tb" if mua == "tb52" else "generic"), tz=tz)


def homepl(tz="PL", mua="outlook16"):
    def hops(c):
        r = c["rng"]
        return ["Received: from localhost (127.0.0.1) (HELO v%03d.home.net.pl)\n by /usr/run/smtp (/usr/run/postfix/private/idea_relay_lmtp) via UNIX with SMTP (IdeaSmtpServer 5.4.0)\n id %s; %s" % (
            r.randint(300, 400), hexs(r, 16), rfc2822(secs(c["t"], 1), tz)),
            "Received: from DESKTOP-%s (%d.%d.%d.%d.ipv4.supernova.orange.pl [%d.%d.%d.%d])\n\tby cloudserver%d.home.pl (Postfix) with ESMTPSA id %s;\n\t%s" % tuple(
                [alnum(r, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")] + [x for x in (lambda a: a + a[::-1])([r.randint(1, 250) for _ in range(4)])] +
                [r.randint(100000, 999999), postfix_qid(r)[:11].upper(), rfc2822(secs(c["t"], 2), tz)])]

    def hdrs(c):
        r = c["rng"]
        return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r, c["t"])), ("Content-Language", "pl")]

    def msgid(c):
        r = c["rng"]
        return outlook_mid(r, c["t"], _dom(c["from"]))
    def client(r):
        h = "cloudserver%d.home.pl" % r.randint(100000, 999999)
        return (h, h, "79.96.170.%d" % r.randint(100, 200))
    return _base(client=client,
                 hops=hops, hdrs=hdrs, msgid=msgid, bnd=bnd_outlook_desktop, order="outlook_desktop", tz=tz, hmode="B")


def postfix_server(helo, rdns, ip, tz="DE", mua="tb", inner_ip=None, inner_rdns=None, webmail=False):
    """Own/VPS Postfix with a submitting client (Thunderbird, Roundcube...)."""
    def hops(c):
        r = c["rng"]
        iip = inner_ip or "%d.%d.%d.%d" % (r.choice([185, 45, 91, 193]), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))
        if webmail:
            src = "localhost (localhost [127.0.0.1])"
        else:
            src = "[%s] (%s [%s])" % ("192.168.%d.%d" % (r.randint(0, 10), r.randint(2, 200)) if not inner_rdns else "127.0.0.1", inner_rdns or "unknown", iip)
        return ["Received: from %s\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            src, c["from"], helo, postfix_qid(r)[:11].upper(), c["rcpt"], rfc2822(secs(c["t"], 2), tz))]

    def hdrs(c):
        if mua == "tb":
            return [("User-Agent", "Mozilla Thunderbird")]
        if mua == "roundcube":
            return [("User-Agent", "Roundcube Webmail/1.6.9")]
        if mua == "outlook16":
            return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(c["rng"], c["t"])),
                    ("Content-Language", c["spec"].get("content_lang", "de"))]
        if mua == "iphone":
            return [("X-Mailer", "iPhone Mail (23B85)")]
        return []

    def msgid(c):
        r = c["rng"]
        if mua == "roundcube":
            return "%s@%s" % (hexs(r, 32), _dom(c["from"]))
        if mua == "outlook16":
            return outlook_mid(r, c["t"], _dom(c["from"]))
        if mua == "iphone":
            return "%s@%s" % (uuid4(r, True), _dom(c["from"]))
        return "%s@%s" % (uuid4(r), _dom(c["from"]))
    bnd = {"tb": bnd_tb, "roundcube": lambda c, st, d: "=_" + hexs(c["rng"], 32), "outlook16": bnd_outlook_desktop,
           "iphone": bnd_apple}.get(mua, bnd_tb)
    order = {"tb": "tb", "outlook16": "outlook_desktop", "iphone": "apple"}.get(mua, "generic")
    return _base(client=lambda r: (helo, rdns, ip), hops=hops, hdrs=hdrs, msgid=msgid, bnd=bnd, order=order, tz=tz)


def cpanel_phpmailer(helo, rdns, ip, site, tz="DE", mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", user="www-data"):
    """Compromised website / cPanel host sending through Exim with PHPMailer."""
    def hops(c):
        r = c["rng"]
        return ["Received: from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1t%s-000%s-%s\n\tfor %s; %s" % (
            user, helo, c["rp"], alnum(r, 4), alnum(r, 3), alnum(r, 2), c["rcpt"], rfc2822(secs(c["t"], 2), tz))]

    def hdrs(c):
        h = [("X-Mailer", mailer)] if mailer else []
        return h + [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                    ("X-AntiAbuse", "Primary Hostname - %s" % helo),
                    ("X-AntiAbuse", "Original Domain - example.com"),
                    ("X-AntiAbuse", "Originator/Caller UID/GID - [33 33] / [33 33]"),
                    ("X-AntiAbuse", "Sender Address Domain - %s" % site),
                    ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (helo, user))]

    def msgid(c):
        return "%s@%s" % (b64s(c["rng"], 32).replace("/", "").replace("+", ""), site)
    return _base(client=lambda r: (helo, rdns, ip), hops=hops, hdrs=hdrs, msgid=msgid, bnd=bnd_phpmailer, tz=tz, order="generic")


def botnet(helo, rdns, ip, tz="VN", mailer=None):
    def hdrs(c):
        return [("X-Mailer", mailer)] if mailer else []

    def msgid(c):
        r = c["rng"]
        return "%s$%s@%s" % (hexs(r, 12).upper(), hexs(r, 8).upper(), c.get("msgid_domain", _dom(c["from"])))
    return _base(client=lambda r: (helo, rdns, ip), tls=False, hdrs=hdrs, msgid=msgid, tz=tz,
                 bnd=bnd_outlook_desktop, order="outlook_desktop")


# ------------------------------------------------------------------ ESPs
def sendgrid(bounce_dom, tz="UTC"):
    def client(r):
        h = "%s.outbound-mail.sendgrid.net" % alnum(r, 8, "abcdefghijklmnopqrstuvwxyz")
        return (h, h, "149.72.%d.%d" % (r.randint(1, 250), r.randint(1, 250)))

    def hops(c):
        r = c["rng"]
        pod = "geopod-ismtpd-%d" % r.randint(1, 40)
        c["sg_pod"] = pod
        fid = "filterdrecv-%s-%s" % (hexs(r, 10), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        return ["Received: by %s with SMTP id %s-1-%s-%d\n        %s +0000 UTC m=+%d.%09d" % (
            fid, fid, hexs(r, 8, True), r.randint(1, 40), secs(c["t"], 1).strftime("%Y-%m-%d %H:%M:%S.%f") + "000", r.randint(100000, 9999999), r.randint(0, 10 ** 9 - 1)),
            "Received: from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)" % (
                b64s(r, 6), pod, b64s(r, 16).replace("/", "-").replace("+", "_"), secs(c["t"], 2).strftime("%a, %d %b %Y %H:%M:%S.%f")[:-3] + " +0000")]

    def hdrs(c):
        r = c["rng"]
        return [("X-SG-EID", "u001." + b64s(r, 120)), ("X-SG-ID", "u001." + b64s(r, 90)), ("X-Entity-ID", "u001." + b64s(r, 16))]

    def rp(c):
        loc, dom = c["rcpt"].split("@")
        return "bounces+%d-%s-%s=%s@%s" % (c["rng"].randint(10 ** 7, 10 ** 8), hexs(c["rng"], 4), loc, dom, bounce_dom)

    def msgid(c):
        return "%s@geopod-ismtpd-%d" % (b64s(c["rng"], 16).replace("/", "-").replace("+", "_"), c["rng"].randint(1, 40))
    return _base(client=client, hops=hops, hdrs=hdrs, rp=rp, msgid=msgid, tz=tz, bnd=lambda c, st, d: hexs(c["rng"], 64), order="generic")


def mailgun(mgdom, tz="UTC"):
    def client(r):
        a, b = r.randint(200, 230), r.randint(1, 250)
        h = "m%d-%d.mailgun.net" % (a, b)
        return (h, h, "159.135.%d.%d" % (a, b))

    def hops(c):
        r = c["rng"]
        return ["Received: by %s with HTTP id %s; %s" % (hexs(r, 12), hexs(r, 24), rfc2822(secs(c["t"], 1), "UTC"))]

    def hdrs(c):
        return [("X-Mailgun-Sid", "WyI" + b64s(c["rng"], 60)), ("X-Mailgun-Tag", "notification")]

    def rp(c):
        loc, dom = c["rcpt"].split("@")
        return "bounce+%s.%s-%s=%s@%s" % (hexs(c["rng"], 6), hexs(c["rng"], 6), loc, dom, mgdom)

    def msgid(c):
        return "%s.%s@%s" % (local(c["t"], "UTC").strftime("%Y%m%d%H%M%S"), hexs(c["rng"], 16), mgdom)
    return _base(client=client, hops=hops, hdrs=hdrs, rp=rp, msgid=msgid, tz=tz, bnd=lambda c, st, d: hexs(c["rng"], 60), order="generic")


def ses(region="eu-west-1", tz="UTC", prefix="0102", ipnet="54.240.7", custom_rp=None):
    def client(r):
        k = r.randint(2, 200)
        h = "a%s-%d.smtp-out.%s.amazonses.com" % (ipnet.split(".")[-1], k, region)
        return (h, h, "%s.%d" % (ipnet, k))

    def sid(c):
        r = c["rng"]
        if "ses_id" not in c:
            c["ses_id"] = "%s019a%s-%s-%s-%s-%s-%s-000000" % (prefix, hexs(r, 10), hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12))
        return c["ses_id"]

    def hdrs(c):
        r = c["rng"]
        return [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, b64s(r, 32))),
                ("X-SES-Outgoing", "%s-%s" % (local(c["t"], "UTC").strftime("%Y.%m.%d"), c["ip"]))]
    return _base(client=client, hdrs=hdrs, rp=(lambda c: custom_rp(c) if custom_rp else "%s@%s.amazonses.com" % (sid(c), region)),
                 msgid=lambda c: "%s@%s.amazonses.com" % (sid(c), region), tz=tz,
                 bnd=lambda c, st, d: "----=_Part_%d_%d.%d" % (c["rng"].randint(10 ** 6, 10 ** 7), c["rng"].randint(10 ** 8, 10 ** 9), 1790000000000 + c["rng"].randint(0, 10 ** 9)), order="generic")


def brevo(tz="UTC"):
    def client(r):
        k = r.randint(10, 60)
        return ("smtp-relay.sendinblue.com", "mail%d-148.brevo.com" % k, "77.32.148.%d" % k)

    def hdrs(c):
        r = c["rng"]
        return [("X-Mailer", "Sendinblue"), ("X-Mailin-EID", b64s(r, 30) + "~" + b64s(r, 10)),
                ("X-sib-id", b64s(r, 60)), ("Feedback-ID", "%s:%d_-1:%d:Sendinblue" % (c["ip"], r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 6, 10 ** 7)))]

    def rp(c):
        return "bounces-%d-%s=%s@mailin-bounce.sendinblue.com" % (c["rng"].randint(10 ** 6, 10 ** 7), c["rcpt"].split("@")[0], "example.com")

    def msgid(c):
        return "%s.%d@smtp-relay.mailin.fr" % (local(c["t"], "UTC").strftime("%Y%m%d%H%M"), c["rng"].randint(10 ** 10, 10 ** 11))
    return _base(client=client, hdrs=hdrs, rp=rp, msgid=msgid, tz=tz, bnd=lambda c, st, d: "--_NmP-%s-Part_1" % hexs(c["rng"], 16), order="generic")


def mailchimp(list_host, u, lid, tz="UTC"):
    def client(r):
        k = r.randint(150, 250)
        h = "mail%d.suw%d.mcdlv.net" % (k, r.randint(100, 130))
        return (h, h, "198.2.%d.%d" % (r.randint(128, 191), k))

    def hops(c):
        return ["Received: from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s" % (
            c["helo"], alnum(c["rng"], 11), c["rcpt"], rfc2822(secs(c["t"], 2), "UTC"))]

    def hdrs(c):
        r = c["rng"]
        cid = hexs(r, 10)
        eid = hexs(r, 10)
        c["mc"] = (cid, eid)
        return [("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, hexs(r, 10))),
                ("X-Campaign", "mailchimp%s.%s" % (u, cid)), ("X-campaignid", "mailchimp%s.%s" % (u, cid)),
                ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, cid, eid)),
                ("X-MC-User", u), ("Feedback-ID", "%d:%d.%d:us21:mc" % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 5, 10 ** 6))),
                ("List-ID", "%s mcsv.net" % u),
                ("X-Accounttype", "pd"),
                ("List-Unsubscribe", "<https://%s/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>" % (
                    list_host, u, lid, eid, cid, u, cid, eid)),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]

    def rp(c):
        return "bounce-mc.us21_%d.%d-%s@%s" % (c["rng"].randint(10 ** 7, 10 ** 8), c["rng"].randint(10 ** 6, 10 ** 7), hexs(c["rng"], 10), c["helo"])

    def msgid(c):
        return "%s.%d@%s" % (hexs(c["rng"], 24), c["rng"].randint(100000, 999999), c["helo"])
    return _base(client=client, hops=hops, hdrs=hdrs, rp=rp, msgid=msgid, tz=tz,
                 bnd=lambda c, st, d: "_----------=_MCPart_%d" % c["rng"].randint(10 ** 8, 10 ** 9), order="generic")


# ------------------------------------------------------------------ service senders
def service(helo, rdns, ip, msgid_fn, hops_fn=None, hdrs_fn=None, rp=None, tz="UTC", bnd=None, order="generic", hmode="B", tls=True):
    return _base(client=lambda r: (helo, rdns, ip), msgid=msgid_fn, hops=hops_fn or (lambda c: []),
                 hdrs=hdrs_fn or (lambda c: []), rp=rp or (lambda c: c["from"]), tz=tz, order=order,
                 bnd=bnd or (lambda c, st, d: "----=_Part_%d_%d.%d" % (c["rng"].randint(10 ** 5, 10 ** 6), c["rng"].randint(10 ** 8, 10 ** 9), 1790000000000 + c["rng"].randint(0, 10 ** 9))),
                 hmode=hmode, tls=tls)


def yandex_thebat(tz="RU", version="v11.3.3"):
    """The Bat! desktop client submitting through Yandex 360 SMTP."""
    def hops(c):
        r = c["rng"]
        node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 90), r.choice(["vla", "sas", "iva"]))
        return ["Received: from %s\n\t(%s [IPv6:2a02:6b8:c0c:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
            node, node, r.randint(0, 0xffff), r.randint(0, 0xffff), c["helo"], alnum(r, 10), c["rcpt"], rfc2822(secs(c["t"], 1), "RU")),
            "Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (node, alnum(r, 10), alnum(r, 8), rfc2822(secs(c["t"], 2), "RU"))]

    def msgid(c):
        r = c["rng"]
        from util import local as _l
        return "%d.%s@%s" % (r.randint(10 ** 8, 2 * 10 ** 9), _l(c["t"], tz).strftime("%Y%m%d%H%M%S"), _dom(c["from"]))

    def client(r):
        k = r.randint(100, 199)
        h = "forward%d%s.mail.yandex.net" % (k, r.choice("ab"))
        return (h, h, "178.154.239.%d" % (k - 50))
    return _base(client=client, hops=hops, msgid=msgid, hdrs=lambda c: [("X-Mailer", "The Bat! (%s) Professional" % version), ("X-Priority", "3 (Normal)")],
                 bnd=lambda c, st, d: "----------%s" % hexs(c["rng"], 12, True), tz=tz, hmode="B", order="generic")
