"""Sending-system profiles: Received chains, Message-ID, mailer headers and
MIME boundary style of each system that hands mail to mx01.example.com.

Every profile function takes a Ctx and returns a dict with keys
  mx: (helo, rdns, ip, tls)     connecting client as seen by mx01
  hops: [Received values]        sender-side hops, newest first
  pre: [(name, value)]           trace-ish headers below the Received block
  msgid, extra, zone, delay, return_path, style, bnd (boundary factory)
"""
from datetime import timedelta

from util import (alnum, b64url, hexs, rfc2822, rfc2822_nopad, uuid4)

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


class Ctx:
    def __init__(self, r, t, rcpt, frm, **kw):
        self.r, self.t, self.rcpt, self.frm = r, t, rcpt, frm
        self.domain = frm.split("@")[1]
        self.local = frm.split("@")[0]
        self.kw = kw

    def at(self, sec):
        return self.t + timedelta(seconds=sec)


# ------------------------------------------------------------ boundaries
def b_outlook(r):
    n, suf = r.randrange(1, 0x60), "01DC%04X.%08X" % (r.getrandbits(16), r.getrandbits(32))
    return lambda i=0: "----=_NextPart_%03d_%04X_%s" % (max(i - 1, 0), n, suf)


def b_exchange(msgid, n=0):
    core = "".join(c for c in msgid.split("@")[0] if c.isalnum())[:54]
    return "_%03d_%s_" % ({1: 4, 2: 0, 3: 3}.get(n, n), core)


def b_gmail(r):
    return "000000000000" + hexs(r, 16)


def b_tb(r):
    return "------------" + alnum(r, 24)


def b_apple(r):
    return "Apple-Mail=_" + uuid4(r, upper=True)


def b_java(r, t):
    return "----=_Part_%d_%d.%d" % (r.randrange(10000, 9999999), r.randrange(10 ** 8, 10 ** 9), int(t.timestamp() * 1000))


def b_roundcube(r):
    return "=_" + hexs(r, 32)


def b_phpmailer(r):
    return "b1=_" + alnum(r, 42)


def b_dotnet(r):
    return "--boundary_%d_%s" % (r.randrange(0, 3), uuid4(r))


def b_ruby(r):
    return "--==_mimepart_%s_%s" % (hexs(r, 13), alnum(r, 6, "0123456789abcdef") + hexs(r, 6))


def b_mailru(r, t):
    return "----ALT--%s%d" % (alnum(r, 32), int(t.timestamp()))


# ------------------------------------------------------------ helpers
def _res(**kw):
    d = dict(hops=[], pre=[], extra=[], zone="CET", delay=4, style="generic", tls=True)
    d.update(kw)
    return d


def _exo_servers(r, region="eurprd0", pfx=("AM9PR", "DB9PR", "AS8PR", "PAXPR", "VI1PR", "DU2PR")):
    n = r.choice("12345678")
    a = "%s0%sMB%d" % (r.choice(pfx), n, r.randrange(1000, 9999))
    b = "%s0%sMB%d" % (r.choice(pfx), n, r.randrange(1000, 9999))
    return a, b, region + n


EXO_OUT = [
    ("EUR05-AM6-obe", "am6eur05on", "40.107.22."),
    ("EUR05-DB8-obe", "db8eur05on", "40.107.20."),
    ("EUR03-DBA-obe", "dbaeur03on", "40.107.104."),
    ("EUR02-VI1-obe", "vi1eur02on", "40.107.0."),
    ("EUR01-HE1-obe", "he1eur01on", "40.107.13."),
    ("EUR04-VI1-obe", "vi1eur04on", "40.107.8."),
    ("EUR02-AM0-obe", "am0eur02on", "40.107.247."),
    ("EUR03-AM7-obe", "am7eur03on", "40.107.105."),
]


def _exo_chain(c, zone_hdr, server_a, server_b, region, cons=False):
    r = c.r
    if cons:
        obe, rd, ipb = "EUR03-AM7-obe", "am7eur03olkn", "40.92.59."
    elif c.kw.get("uk"):
        obe, rd, ipb = "GBR01-LO4-obe", "lo4gbr01on", "40.107.23."
    else:
        obe, rd, ipb = r.choice(EXO_OUT)
    last = r.randrange(11, 250)
    num = 2000 + last if not cons else 2100 + r.randrange(0, 99)
    helo = "%s.outbound.protection.outlook.com" % obe
    rdns = "mail-%s%d.outbound.protection.outlook.com" % (rd, num)
    ip = ipb + str(last)
    v6a = "2603:10a6:%x:%x::%x" % (r.randrange(0x10, 0x800), r.randrange(0x10, 0x400), r.randrange(1, 0x20))
    ll = "fe80::%x:%x:%x:%x" % tuple(r.getrandbits(16) for _ in range(4))
    build = r.choice(["8093.027", "8137.018", "8182.014", "8207.009"])
    b2 = build.split(".")[0] + "." + str(int(build.split(".")[1]))
    hops = [
        "from %s.%s.prod.outlook.com\n (%s) by %s.%s.prod.outlook.com\n (%s) with Microsoft SMTP Server"
        " (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%s;\n %s"
        % (server_a, region, v6a, server_b, region,
           "2603:10a6:%x:%x::%x" % (r.randrange(0x10, 0x800), r.randrange(0x10, 0x400), r.randrange(1, 0x20)),
           b2, rfc2822_nopad(c.at(2), "UTC")),
        "from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s%%%d]) with mapi id 15.20.%s;"
        " %s" % (server_a, region, ll, server_a, region, ll, r.randrange(3, 7), build,
                 rfc2822_nopad(c.at(1), "UTC")),
    ]
    return (helo, rdns, ip), hops


def exo_msgid(r, server, region, upper_domain=True):
    local = server + hexs(r, 28, upper=True)
    dom = "%s.%s.prod.outlook.com" % (server, region)
    return "<%s@%s>" % (local, dom.upper() if upper_domain else dom)


def thread_index(r):
    import base64
    return base64.b64encode(bytes([1, 0xDC]) + bytes(r.getrandbits(8) for _ in range(20))).decode()


# ------------------------------------------------------------ profiles
def m365(c):
    """Company on Microsoft 365 / Exchange Online, Outlook desktop."""
    r = c.r
    a, b, region = _exo_servers(r)
    if c.kw.get("uk"):
        a = "LO2P265MB%d" % r.randrange(1000, 9999)
        b = "CWLP265MB%d" % r.randrange(1000, 9999)
        region = "GBRP265"
    (helo, rdns, ip), hops = _exo_chain(c, "UTC", a, b, region)
    msgid = exo_msgid(r, a, region)
    tenant = c.kw.get("tenant") or uuid4(r)
    org = c.kw.get("org") or c.domain
    extra = [("Thread-Topic", None), ("Thread-Index", thread_index(r)),
             ("Accept-Language", c.kw.get("lang", "de-DE") + ", en-US"),
             ("Content-Language", c.kw.get("lang", "de-DE")),
             ("X-MS-Has-Attach", "yes" if c.kw.get("attach") else ""),
             ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid4(r)),
             ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s%04d (UTC)" % (c.at(1).strftime("%d %b %Y %H:%M:%S."), r.randrange(10000))),
             ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
             ("X-MS-Exchange-CrossTenant-id", tenant),
             ("X-OriginatorOrg", org)]
    return _res(mx=(helo, rdns, ip, True), hops=hops, msgid=msgid, extra=extra, style="outlook",
                zone=c.kw.get("zone", "CET"), delay=r.randrange(3, 9), return_path=c.kw.get("rp", c.frm),
                bnd=lambda i=0: b_exchange(msgid, i))


def outlook_com(c):
    """Consumer Outlook.com / Hotmail."""
    r = c.r
    a = "DU0P190MB%d" % r.randrange(1000, 9999)
    b = "PAXP190MB%d" % r.randrange(1000, 9999)
    (helo, rdns, ip), hops = _exo_chain(c, "UTC", a, b, "EURP190", cons=True)
    msgid = exo_msgid(r, a, "EURP190")
    extra = [("Thread-Topic", None), ("Thread-Index", thread_index(r)),
             ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-CrossTenant-Network-Message-Id", uuid4(r)),
             ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
             ("X-MS-Exchange-CrossTenant-id", "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"),
             ("X-OriginatorOrg", "sct-15-20-7719-20-msonline-outlook-38779.templateTenant")]
    return _res(mx=(helo, rdns, ip, True), hops=hops, msgid=msgid, extra=extra, style="outlook",
                zone=c.kw.get("zone", "CET"), delay=r.randrange(3, 8), return_path=c.frm,
                bnd=lambda i=0: b_exchange(msgid, i))


def ms_service(c):
    """Microsoft's own notification mail (account / billing / message center)."""
    r = c.r
    a = "SN7P220MB%d" % r.randrange(1000, 9999)
    b = "DM6PR%02dMB%d" % (r.randrange(10, 22), r.randrange(1000, 9999))
    c.kw["no_rand_exo"] = True
    last = r.randrange(11, 120)
    helo = "NAM12-DM6-obe.outbound.protection.outlook.com"
    rdns = "mail-dm6nam12on2%03d.outbound.protection.outlook.com" % last
    ip = "40.107.243.%d" % last
    _, hops = _exo_chain(c, "UTC", a, b, "NAMP220")
    msgid = exo_msgid(r, a, "NAMP220")
    extra = [("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
             ("X-MS-Exchange-CrossTenant-id", "72f988bf-86f1-41af-91ab-2d7cd011db47"),
             ("X-OriginatorOrg", "microsoft.com")]
    return _res(mx=(helo, rdns, ip, True), hops=hops, msgid=msgid, extra=extra, style="generic",
                zone="UTC", delay=r.randrange(2, 6), return_path=c.kw.get("rp", c.frm),
                bnd=lambda i=0: b_dotnet(r))


def sharepoint(c):
    """SharePoint Online sharing notification, sent from a customer tenant."""
    d = m365(c)
    d["extra"] = [x for x in d["extra"] if x[0].startswith("X-MS-Exchange") or x[0] == "X-OriginatorOrg"]
    d["extra"] += [("X-MS-Exchange-Organization-AuthAs", None)]
    d["style"] = "generic"
    d["zone"] = "UTC"
    d["bnd"] = lambda i=0: b_dotnet(c.r)
    d["return_path"] = c.kw.get("rp", "no-reply@sharepointonline.com")
    return d


def exchange_internal(c):
    """Internal mail: Exchange 2019 -> mail-int01 relay -> mx01."""
    r = c.r
    ip_client = "10.20.%d.%d" % (r.randrange(4, 12), r.randrange(20, 240))
    ll = "fe80::%x:%x:%x:%x" % tuple(r.getrandbits(16) for _ in range(4))
    qid = "4" + alnum(r, 10, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")
    hops = [
        "from EXCH02.corp.example.com (exch02.corp.example.com [10.20.0.32])\n"
        "\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
        % (qid, c.rcpt, rfc2822_nopad(c.at(2), "CET", True)),
        "from EXCH01.corp.example.com (10.20.0.31) by EXCH02.corp.example.com\n (10.20.0.32) with Microsoft SMTP Server"
        " (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s"
        % rfc2822_nopad(c.at(1), "CET"),
        "from EXCH01.corp.example.com ([%s]) by EXCH01.corp.example.com\n ([%s%%13]) with mapi id 15.02.1544.014; %s"
        % (ll, ll, rfc2822_nopad(c.at(0), "CET")),
    ]
    msgid = "<%s@EXCH01.corp.example.com>" % hexs(r, 32)
    extra = [("Thread-Topic", None), ("Thread-Index", thread_index(r)),
             ("Accept-Language", c.kw.get("lang", "de-DE") + ", en-US"),
             ("Content-Language", c.kw.get("lang", "de-DE")),
             ("X-MS-Has-Attach", "yes" if c.kw.get("attach") else ""),
             ("X-MS-Exchange-Organization-SCL", None),
             ("X-MS-TNEF-Correlator", ""),
             ("x-ms-exchange-transport-fromentityheader", "Hosted"),
             ("x-originating-ip", "[%s]" % ip_client)]
    return _res(mx=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", True), hops=hops,
                msgid=msgid, extra=extra, style="outlook", zone=c.kw.get("zone", "CET"), delay=3,
                return_path=c.frm, bnd=lambda i=0: b_exchange(msgid, i))


GMAIL_OUT = [("wm1", "209.85.128."), ("wr1", "209.85.221."), ("ej1", "209.85.218."),
             ("ed1", "209.85.208."), ("lf1", "209.85.167."), ("wm1", "209.85.128.")]


def gmail(c):
    r = c.r
    pfx, net = r.choice(GMAIL_OUT)
    n = r.randrange(41, 99)
    host = "mail-%s-f%d.google.com" % (pfx, n)
    smtpid = "%s-%s%s%s.%d" % (r.choice(["5b1f17b1804b1", "a640c23a62f3a", "2adb3069b0e04", "4fb4d7f45d1cf"]),
                               hexs(r, 12), r.choice(["so", "aso"]), str(r.randrange(10 ** 7, 10 ** 8)) + r.choice(["e9", "a8", "f8"]), r.randrange(1, 9))
    hops = ["by %s with SMTP id %s\n        for <%s>; %s" % (host, smtpid, c.rcpt, rfc2822_nopad(c.at(1), "PT", True))]
    xr = "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%smr%de9.%d.%d; %s" % (
        r.getrandbits(16), r.getrandbits(16), r.getrandbits(12), r.getrandbits(16), r.getrandbits(16),
        smtpid.split("-")[0], hexs(r, 10), r.randrange(10 ** 6, 10 ** 7), r.randrange(1, 9),
        int(c.at(1).timestamp() * 1000), rfc2822_nopad(c.at(1), "PT", True))
    pre = [("X-Google-DKIM-Signature", None),
           ("X-Gm-Message-State", "AOJu0Y" + b64url(r, 40)[:52]),
           ("X-Gm-Gg", "ASbGnc" + b64url(r, 60)[:72]),
           ("X-Google-Smtp-Source", "AGHT+IF" + b64url(r, 60)[:76]),
           ("X-Received", xr)]
    alph = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-"
    msgid = "<CA%s@mail.gmail.com>" % (r.choice("BDFJKMOPH") + alnum(r, r.randrange(48, 60), alph))
    return _res(mx=(host, host, net + str(n), True), hops=hops, pre=pre, msgid=msgid, style="gmail",
                zone=c.kw.get("zone", "CET"), delay=r.randrange(1, 4), return_path=c.frm,
                bnd=lambda i=0: b_gmail(r))


def google_service(c):
    """accounts.google.com / other Google notification senders."""
    r = c.r
    n = r.randrange(41, 99)
    host = "mail-sor-f%d.google.com" % n
    hops = ["by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s"
            % (host, alnum(r, 13, "abcdef0123456789") + "-" + alnum(r, 16, "abcdef0123456789") + "so" + str(r.randrange(10 ** 6, 10 ** 7)) + "qt.10",
               c.rcpt, rfc2822_nopad(c.at(1), "PT", True))]
    pre = [("X-Google-Smtp-Source", "AGHT+IF" + b64url(r, 60)[:76]),
           ("X-Received", "by 2002:a05:620a:%x:b0:%x:%x:%x with SMTP id %smr%d.%d.%d; %s" % (
               r.getrandbits(16), r.getrandbits(12), r.getrandbits(16), r.getrandbits(16),
               hexs(r, 12), r.randrange(10 ** 6, 10 ** 7), r.randrange(1, 40), int(c.at(1).timestamp() * 1000),
               rfc2822_nopad(c.at(1), "PT", True)))]
    msgid = "<%s@notifications.google.com>" % b64url(r, 16)
    return _res(mx=(host, host, "209.85.220.%d" % n, True), hops=hops, pre=pre, msgid=msgid, style="generic",
                zone="UTC", delay=r.randrange(1, 3), return_path=c.kw.get("rp", c.frm),
                bnd=lambda i=0: b_gmail(r))


def _trinity(c, brand):
    r = c.r
    if brand == "gmx":
        out, outip, app, mr, mrip = "mout.gmx.net", "212.227.15.%d" % r.choice([15, 18, 19]), "3c-app-gmx-bap%02d" % r.randrange(1, 80), "mrgmx%03d" % r.randrange(1, 120), "212.227.17.%d" % r.randrange(160, 200)
    else:
        out, outip, app, mr, mrip = "mout.web.de", "212.227.15.%d" % r.choice([3, 4, 14]), "3c-app-webde-bs%02d" % r.randrange(1, 80), "mrweb%03d" % r.randrange(1, 120), "212.227.15.%d" % r.randrange(160, 200)
    client = c.kw.get("client", "%d.%d.%d.%d" % (r.choice([79, 84, 87, 91, 93]), r.randrange(192, 255), r.randrange(1, 255), r.randrange(1, 255)))
    internal = "172.19.%d.%d" % (r.randrange(128, 180), r.randrange(2, 250))
    hops = ["from %s.server.lan ([%s]) by mail.%s\n (%s [%s]) with ESMTPSA (Nemesis) id %s; %s"
            % (app, internal, "gmx.net" if brand == "gmx" else "web.de", mr, mrip,
               "1M" + alnum(r, 5) + "-1" + alnum(r, 9) + "-00" + alnum(r, 4), rfc2822_nopad(c.at(1), "CET")),
            "from [%s] ([%s]) by web-mail.%s\n (%s.server.lan [%s]) (via HTTP); %s"
            % (client, client, "gmx.net" if brand == "gmx" else "web.de", app, internal, rfc2822_nopad(c.at(0), "CET"))]
    msgid = "<trinity-%s-%d@%s>" % (uuid4(r), int(c.t.timestamp() * 1000), app)
    extra = [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
             ("X-Provags-ID", "V03:K1:" + b64url(r, 60)[:76]),
             ("X-UI-Message-Type", "mail"), ("UI-OutboundReport", "notjunk:1;M01:P0:" + b64url(r, 12))]
    return _res(mx=(out, out, outip, True), hops=hops, msgid=msgid, extra=extra, style="generic",
                zone="CET", delay=r.randrange(1, 4), return_path=c.frm, bnd=lambda i=0: b_java(r, c.t))


def gmx(c):
    return _trinity(c, "gmx")


def webde(c):
    return _trinity(c, "webde")


def ionos_outlook(c):
    """SME on IONOS (1&1) hosting, Outlook 16 over authenticated SMTP."""
    r = c.r
    client = c.kw.get("client", "p5b%06x.dip0.t-ipconnect.de" % r.getrandbits(24))
    cip = c.kw.get("cip", "91.%d.%d.%d" % (r.randrange(32, 64), r.randrange(1, 255), r.randrange(1, 255)))
    pc = c.kw.get("pc", "PC-%s%02d" % (c.kw.get("pcpfx", "BH"), r.randrange(1, 40)))
    mr = "mreue%03d" % r.randrange(100, 112)
    hops = ["from %s ([%s]) by mrelayeu.kundenserver.de\n (%s [212.227.15.%d]) with ESMTPSA (Nemesis) id %s; %s"
            % (pc, cip, mr, r.randrange(160, 190), "1M" + alnum(r, 5) + "-1" + alnum(r, 9) + "-00" + alnum(r, 4),
               rfc2822_nopad(c.at(1), "CET"))]
    msgid = "<00%02x01dc%s$%s$%s$@%s>" % (r.randrange(0, 0x40), hexs(r, 4), hexs(r, 8), hexs(r, 8), c.domain)
    extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r)),
             ("Content-Language", c.kw.get("lang", "de")),
             ("X-Provags-ID", "V03:K1:" + b64url(r, 60)[:76])]
    return _res(mx=("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % r.choice([130, 131, 133, 134, 135, 187]), True),
                hops=hops, msgid=msgid, extra=extra, style="outlook_smtp", zone="CET",
                delay=r.randrange(1, 5), return_path=c.frm, bnd=b_outlook(r))


def own_exchange(c):
    """Company running its own Exchange server on a fixed line."""
    r = c.r
    host = c.kw["host"]
    ip = c.kw["ip"]
    srv = c.kw.get("srv", "EX01")
    dom = c.kw.get("ad", "local")
    ll = "fe80::%x:%x:%x:%x" % tuple(r.getrandbits(16) for _ in range(4))
    hops = ["from %s.%s (%s) by %s.%s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.14; %s"
            % (srv, dom, c.kw.get("lan", "192.168.10.5"), srv, dom, c.kw.get("lan", "192.168.10.5"), rfc2822_nopad(c.at(1), c.kw.get("zone", "CET"))),
            "from %s.%s ([%s]) by %s.%s ([%s%%12]) with mapi id\n 15.02.1544.014; %s"
            % (srv, dom, ll, srv, dom, ll, rfc2822_nopad(c.at(0), c.kw.get("zone", "CET")))]
    msgid = "<%s@%s.%s>" % (hexs(r, 32), srv, dom)
    extra = [("Thread-Topic", None), ("Thread-Index", thread_index(r)),
             ("Accept-Language", c.kw.get("lang", "de-DE") + ", en-US"), ("Content-Language", c.kw.get("lang", "de-DE")),
             ("X-MS-Has-Attach", "yes" if c.kw.get("attach") else ""), ("X-MS-TNEF-Correlator", ""),
             ("x-originating-ip", "[%s]" % c.kw.get("lan2", "192.168.10.%d" % r.randrange(20, 200)))]
    return _res(mx=(host, host, ip, True), hops=hops, msgid=msgid, extra=extra, style="outlook",
                zone=c.kw.get("zone", "CET"), delay=r.randrange(1, 4), return_path=c.frm,
                bnd=lambda i=0: b_exchange(msgid, i))


def aruba(c):
    """Italian SME on Aruba hosting (Outlook or Thunderbird)."""
    r = c.r
    n = r.randrange(10000, 16000)
    host = "smtpcmd%05d.aruba.it" % n
    ip = "62.149.156.%d" % r.randrange(100, 220)
    cip = "%d.%d.%d.%d" % (r.choice([79, 93, 151, 2]), r.randrange(1, 255), r.randrange(1, 255), r.randrange(1, 255))
    hops = ["from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
            % (c.kw.get("pc", "[192.168.1.%d]" % r.randrange(2, 90)), cip, alnum(r, 10) + "SU" + alnum(r, 4), rfc2822_nopad(c.at(1), "CET"))]
    mua = c.kw.get("mua", "outlook")
    if mua == "tb":
        msgid = "<%s@%s>" % (uuid4(r), c.domain)
        extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "it-IT")]
        bnd = lambda i=0: b_tb(r)
        style = "tb"
    else:
        msgid = "<00%02x01dc%s$%s$%s$@%s>" % (r.randrange(0, 0x40), hexs(r, 4), hexs(r, 8), hexs(r, 8), c.domain)
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r)), ("Content-Language", "it")]
        bnd = b_outlook(r)
        style = "outlook_smtp"
    extra.append(("X-CMAE-Envelope", "MS4xfB" + b64url(r, 90)[:110]))
    return _res(mx=(host, host, ip, True), hops=hops, msgid=msgid, extra=extra, style=style, zone="CET",
                delay=r.randrange(1, 5), return_path=c.frm, bnd=bnd)


def libero(c):
    r = c.r
    n = r.randrange(10, 40)
    ip = "213.209.10.%d" % r.randrange(20, 90)
    cip = "%d.%d.%d.%d" % (r.choice([79, 93, 151, 87]), r.randrange(1, 255), r.randrange(1, 255), r.randrange(1, 255))
    hops = ["from webmail-%02d.iol.local ([%s])\n\tby smtp-%02d.iol.local with ESMTPA\n\tid %s; %s"
            % (r.randrange(1, 30), cip, n, alnum(r, 12) + "bH" + alnum(r, 4), rfc2822_nopad(c.at(1), "CET"))]
    msgid = "<%d.%d.%d.JavaMail.defaultUser@defaultHost>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6), int(c.t.timestamp() * 1000))
    extra = [("X-Priority", "3"), ("Importance", "Normal"), ("X-Mailer", "Libero Mail"),
             ("X-Originating-IP", cip), ("X-CNFS-Analysis", "v=2.4 cv=" + hexs(r, 8) + " c=1 sm=1 tr=0 ts=" + hexs(r, 8))]
    return _res(mx=("libero.it", "smtp-%02d-out.libero.it" % n, ip, True), hops=hops, msgid=msgid, extra=extra,
                style="generic", zone="CET", delay=r.randrange(1, 4), return_path=c.frm, bnd=lambda i=0: b_java(r, c.t))


def wp(c):
    r = c.r
    cip = "%d.%d.%d.%d" % (r.choice([83, 89, 5, 31]), r.randrange(1, 255), r.randrange(1, 255), r.randrange(1, 255))
    hops = ["from [%s] (HELO poczta.wp.pl) by smtp.wp.pl (WP-SMTPD) with SMTP\n          for <%s>; %s"
            % (cip, c.rcpt, rfc2822_nopad(c.at(1), "CET"))]
    msgid = "<%s@wp.pl>" % (hexs(r, 24))
    extra = [("X-Mailer", "Poczta WP"), ("X-WP-MailID", hexs(r, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    return _res(mx=("smtp.wp.pl", "smtp.wp.pl", "212.77.101.%d" % r.choice([1, 5, 9]), True), hops=hops, msgid=msgid,
                extra=extra, style="generic", zone="CET", delay=r.randrange(1, 4), return_path=c.frm,
                bnd=lambda i=0: "=-" + b64url(r, 18))


def otenet(c):
    r = c.r
    cip = "%d.%d.%d.%d" % (r.choice([94, 85, 46, 2]), r.randrange(64, 80), r.randrange(1, 255), r.randrange(1, 255))
    n = r.randrange(1, 9)
    hops = ["from [192.168.1.%d] (ppp-%s.home.otenet.gr [%s])\n\t(Authenticated sender: %s)\n\tby mailgw-0%d.otenet.gr (Postfix) with ESMTPSA id %s;\n\t%s"
            % (r.randrange(2, 60), cip.replace(".", "-"), cip, c.frm, n, hexs(r, 10, True), rfc2822_nopad(c.at(1), "EET", True))]
    mua = c.kw.get("mua", "outlook")
    if mua == "outlook":
        msgid = "<00%02x01dc%s$%s$%s$@otenet.gr>" % (r.randrange(0, 0x40), hexs(r, 4), hexs(r, 8), hexs(r, 8))
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r)), ("Content-Language", "el")]
        bnd, style = b_outlook(r), "outlook_smtp"
    else:
        msgid = "<%s@otenet.gr>" % uuid4(r)
        extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "el")]
        bnd, style = (lambda i=0: b_tb(r)), "tb"
    return _res(mx=("mailgw-0%d.otenet.gr" % n, "mailgw-0%d.otenet.gr" % n, "83.235.69.%d" % (40 + n), True), hops=hops,
                msgid=msgid, extra=extra, style=style, zone="EET", delay=r.randrange(1, 4), return_path=c.frm, bnd=bnd)


def yandex(c):
    """yandex.ru consumer mail or Yandex 360 for a company domain."""
    r = c.r
    a = r.choice(["a", "b", "c", "d"])
    fw = "forward%d%s.mail.yandex.net" % (r.randrange(100, 503), a)
    ip = "178.154.239.%d" % r.randrange(60, 230)
    inner = "mail-nwsmtp-smtp-production-main-%02d.%s.yp-c.yandex.net" % (r.randrange(10, 99), r.choice(["sas", "vla", "myt", "klg"]))
    cip = c.kw.get("cip", "%d.%d.%d.%d" % (r.choice([95, 176, 178, 188]), r.randrange(1, 255), r.randrange(1, 255), r.randrange(1, 255)))
    hops = ["from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s"
            % (inner.split(".")[0], inner, "2a02:6b8:c%02x:%x:0:640:%x:0" % (r.randrange(0, 255), r.getrandbits(12), r.getrandbits(16)),
               fw, alnum(r, 8) + "-" + alnum(r, 10), rfc2822_nopad(c.at(2), "MSK", True)),
            "from mail.yandex.ru (%s [%s]) by %s (smtp/Yandex) with ESMTPSA id %s\n\tfor <%s>; %s"
            % (cip, cip, inner, alnum(r, 10) + "-" + alnum(r, 8), c.rcpt, rfc2822_nopad(c.at(1), "MSK", True))]
    msgid = "<%d%d@mail.yandex.ru>" % (r.randrange(100000, 999999), int(c.t.timestamp()))
    extra = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"), ("X-Yandex-Filter", "1")]
    return _res(mx=(fw, fw, ip, True), hops=hops, msgid=msgid, extra=extra, style="generic", zone="MSK",
                delay=r.randrange(1, 3), return_path=c.frm, bnd=lambda i=0: alnum(r, 40))


def yandex_service(c):
    d = yandex(c)
    r = c.r
    d["hops"] = d["hops"][:1]
    d["msgid"] = "<%s@%s>" % (hexs(r, 24), "passport.yandex.ru")
    d["extra"] = []
    return d


def mailru(c):
    r = c.r
    n = r.randrange(100, 900)
    s = r.randrange(20, 70)
    cip = c.kw.get("cip", "%d.%d.%d.%d" % (r.choice([5, 46, 95, 185]), r.randrange(1, 255), r.randrange(1, 255), r.randrange(1, 255)))
    hops = ["by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1t%s-000%s-%s\n\tfor %s; %s"
            % (n, c.frm, alnum(r, 4), alnum(r, 2), alnum(r, 2), c.rcpt, rfc2822_nopad(c.at(0), "MSK")),
            "by e.mail.ru with HTTP;\n\t%s" % rfc2822_nopad(c.at(0), "MSK")]
    msgid = "<%d.%d@f%d.i.mail.ru>" % (int(c.t.timestamp()), r.randrange(10 ** 8, 10 ** 9), n)
    extra = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-SenderField-Remind", "0"), ("X-Originating-IP", "[%s]" % cip),
             ("X-Mailru-Src", "fe"), ("X-7564579A", "B8F34718100C35BD")]
    return _res(mx=("smtp%d.i.mail.ru" % s, "smtp%d.i.mail.ru" % s, "95.163.41.%d" % r.randrange(60, 100), True),
                hops=hops, msgid=msgid, extra=extra, style="generic", zone="MSK", delay=r.randrange(1, 3),
                return_path=c.frm, bnd=lambda i=0: b_mailru(r, c.t))


def privateemail(c):
    """Namecheap Private Email (Open-Xchange webmail) - common for look-alike domains."""
    r = c.r
    n = r.randrange(1, 16)
    host = "MTA-%02d.privateemail.com" % n
    ip = "198.54.127.%d" % r.randrange(40, 110)
    cip = c.kw.get("cip", "102.89.%d.%d" % (r.randrange(32, 47), r.randrange(1, 255)))
    qa, qb = hexs(r, 11, True), hexs(r, 11, True)
    hops = ["from mta-%02d.privateemail.com (localhost [127.0.0.1])\n\tby mta-%02d.privateemail.com (Postfix) with ESMTP id %s;\n\t%s"
            % (n, n, qa, rfc2822_nopad(c.at(2), "UTC")),
            "from APP-%02d (unknown [%s])\n\tby mta-%02d.privateemail.com (Postfix) with ESMTPA;\n\t%s"
            % (r.randrange(1, 12), cip, n, rfc2822_nopad(c.at(1), "UTC"))]
    msgid = "<%d.%d.%d@privateemail.com>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 6, 10 ** 7), int(c.t.timestamp() * 1000))
    extra = [("X-Priority", "3"), ("Importance", "Normal"),
             ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev%d" % r.randrange(40, 70)), ("X-Originating-Client", "open-xchange-appsuite"),
             ("X-Virus-Scanned", "ClamAV using ClamSMTP")]
    return _res(mx=(host.lower(), host.lower(), ip, True), hops=hops, msgid=msgid, extra=extra, style="generic",
                zone=c.kw.get("zone", "CET"), delay=r.randrange(2, 6), return_path=c.frm, bnd=lambda i=0: b_java(r, c.t))


def zoho(c):
    r = c.r
    host = "sender4-op-o%d.zoho.eu" % r.randrange(10, 20)
    ip = "136.143.169.%d" % r.randrange(10, 20)
    hops = ["from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d; %s" % (int(c.t.timestamp()), r.randrange(10 ** 8, 10 ** 9), rfc2822_nopad(c.at(1), "UTC")),
            "from [%s] by mail.zoho.eu\n\twith HTTP;%s" % (c.kw.get("cip", "185.%d.%d.%d" % (r.randrange(100, 250), r.randrange(1, 255), r.randrange(1, 255))), rfc2822_nopad(c.at(0), "UTC"))]
    msgid = "<%s.%s.%d@%s>" % (hexs(r, 11), hexs(r, 13), r.randrange(10 ** 18, 10 ** 19), c.domain)
    extra = [("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail"), ("X-ZohoMail-Owner", None)]
    return _res(mx=(host, host, ip, True), hops=hops, msgid=msgid, extra=extra, style="generic", zone=c.kw.get("zone", "GMT"),
                delay=r.randrange(2, 6), return_path=c.frm, bnd=lambda i=0: b_java(r, c.t))


def proton(c):
    r = c.r
    last = r.randrange(16, 140)
    host = "mail-%d.protonmail.ch" % (40000 + last)
    hops = []
    msgid = "<%s=@proton.me>" % b64url(r, 66).replace("-", "x").replace("_", "A")[:86]
    extra = [("Feedback-ID", "%s:user:proton" % b64url(r, 40)), ("X-Pm-Message-ID", hexs(r, 40))]
    return _res(mx=(host, host, "185.70.40.%d" % last, True), hops=hops, msgid=msgid, extra=extra, style="generic",
                zone="UTC", delay=r.randrange(1, 3), return_path=c.frm, bnd=lambda i=0: "b1=_" + alnum(r, 40))


def vps_postfix(c):
    """Look-alike domain on a rented VPS: Postfix + Roundcube, sometimes no rDNS."""
    r = c.r
    host = c.kw["host"]
    ip = c.kw["ip"]
    rdns = c.kw.get("rdns", host)
    cip = c.kw.get("cip", "%d.%d.%d.%d" % (r.choice([41, 102, 105, 197, 185, 45]), r.randrange(1, 255), r.randrange(1, 255), r.randrange(1, 255)))
    if c.kw.get("mua") == "phpmailer":
        hops = ["by %s (Postfix, from userid 33)\n\tid %s; %s" % (host, hexs(r, 10, True), rfc2822_nopad(c.at(1), c.kw.get("szone", "UTC"), True))]
        msgid = "<%s@%s>" % (alnum(r, 42), host)
        extra = [("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)")]
        return _res(mx=(host, rdns, ip, c.kw.get("tls", True)), hops=hops, msgid=msgid, extra=extra, style="generic",
                    zone=c.kw.get("zone", "CET"), delay=r.randrange(1, 4), return_path=c.kw.get("rp", "www-data@" + host),
                    bnd=lambda i=0: b_phpmailer(r))
    if c.kw.get("webmail") is False:
        hops = ["from [192.168.%d.%d] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
                % (r.randrange(0, 3), r.randrange(2, 200), cip, c.frm, host, hexs(r, 10, True),
                   rfc2822_nopad(c.at(1), c.kw.get("szone", "UTC"), True))]
    else:
        hops = ["from localhost (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
                % (c.frm, host, hexs(r, 10, True), rfc2822_nopad(c.at(1), c.kw.get("szone", "UTC"), True))]
    if c.kw.get("mua") == "tb":
        msgid = "<%s@%s>" % (uuid4(r), c.domain)
        extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", c.kw.get("lang", "en-US"))]
        bnd, style = (lambda i=0: b_tb(r)), "tb"
    else:
        msgid = "<%s@%s>" % (hexs(r, 32), c.domain)
        extra = [("User-Agent", "Roundcube Webmail/1.6.%d" % r.randrange(5, 10)), ("X-Sender", c.frm),
                 ("Organization", c.kw.get("org"))]
        bnd, style = (lambda i=0: b_roundcube(r)), "generic"
    return _res(mx=(host, rdns, ip, c.kw.get("tls", True)), hops=hops, msgid=msgid, extra=extra, style=style,
                zone=c.kw.get("zone", "CET"), delay=r.randrange(1, 4), return_path=c.frm, bnd=bnd)


def exim_cpanel(c):
    """Compromised website / webmail on shared cPanel hosting (Exim)."""
    r = c.r
    host, ip = c.kw["host"], c.kw["ip"]
    script = c.kw.get("php")
    if script:
        hops = ["from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1t%s-%s-%s\n\tfor %s; %s"
                % (c.kw.get("user", "wpuser"), host, c.kw.get("rp", c.frm), alnum(r, 4), alnum(r, 6), alnum(r, 2), c.rcpt,
                   rfc2822_nopad(c.at(1), c.kw.get("szone", "CET")))]
        msgid = "<%s@%s>" % (alnum(r, 42), c.kw.get("site", c.domain))
        extra = [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
                 ("X-PHP-Originating-Script", "%d:%s" % (r.randrange(1000, 1100), script)),
                 ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                 ("X-AntiAbuse", "Primary Hostname - %s" % host),
                 ("X-AntiAbuse", "Sender Address Domain - %s" % c.domain),
                 ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, c.kw.get("user", "wpuser")))]
        bnd, style = (lambda i=0: b_phpmailer(r)), "generic"
    else:
        cip = c.kw.get("cip", "%d.%d.%d.%d" % (r.choice([45, 91, 185, 193]), r.randrange(1, 255), r.randrange(1, 255), r.randrange(1, 255)))
        hops = ["from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1t%s-%s-%s;\n\t%s"
                % (cip, r.randrange(40000, 65000), cip, host, c.frm, alnum(r, 4), alnum(r, 6), alnum(r, 2),
                   rfc2822_nopad(c.at(1), c.kw.get("szone", "CET")))]
        msgid = "<%s@%s>" % (hexs(r, 32), c.domain)
        extra = [("User-Agent", "Roundcube Webmail/1.6.%d" % r.randrange(5, 10)), ("X-Sender", c.frm),
                 ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                 ("X-AntiAbuse", "Primary Hostname - %s" % host),
                 ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, c.frm))]
        bnd, style = (lambda i=0: b_roundcube(r)), "generic"
    return _res(mx=(host, host, ip, True), hops=hops, msgid=msgid, extra=extra, style=style,
                zone=c.kw.get("zone", "CET"), delay=r.randrange(1, 4), return_path=c.kw.get("rp", c.frm), bnd=bnd)


def hosting_postfix(c):
    """Company domain at an ordinary hoster (Postfix, authenticated MUA)."""
    r = c.r
    host, ip = c.kw["host"], c.kw["ip"]
    cip = c.kw.get("cip", "%d.%d.%d.%d" % (r.choice([79, 83, 89, 94]), r.randrange(1, 255), r.randrange(1, 255), r.randrange(1, 255)))
    mua = c.kw.get("mua", "outlook")
    zone = c.kw.get("zone", "CET")
    hops = ["from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
            % (c.kw.get("pc", "DESKTOP-%s" % alnum(r, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")), c.kw.get("crdns", "unknown"), cip,
               c.frm, host, hexs(r, 10, True), c.rcpt, rfc2822_nopad(c.at(1), zone, True))]
    if mua == "outlook":
        msgid = "<00%02x01dc%s$%s$%s$@%s>" % (r.randrange(0, 0x40), hexs(r, 4), hexs(r, 8), hexs(r, 8), c.domain)
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r)), ("Content-Language", c.kw.get("lang", "de"))]
        bnd, style = b_outlook(r), "outlook_smtp"
    elif mua == "tb":
        msgid = "<%s@%s>" % (uuid4(r), c.domain)
        extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", c.kw.get("lang", "en-US"))]
        bnd, style = (lambda i=0: b_tb(r)), "tb"
    elif mua == "apple":
        msgid = "<%s@%s>" % (uuid4(r, True), c.domain)
        extra = [("X-Mailer", "iPhone Mail (22B83)")]
        bnd, style = (lambda i=0: b_apple(r)), "apple"
    else:  # ERP / application mailer
        msgid = "<%s.%s@%s>" % (c.t.strftime("%Y%m%d%H%M%S"), hexs(r, 12), c.domain)
        extra = [("X-Mailer", mua)]
        bnd, style = (lambda i=0: b_java(r, c.t)), "generic"
    return _res(mx=(host, host, ip, True), hops=hops, msgid=msgid, extra=extra, style=style, zone=zone,
                delay=r.randrange(1, 4), return_path=c.kw.get("rp", c.frm), bnd=bnd)


# ---------------------------------------------------------- bulk senders
def sendgrid(c):
    r = c.r
    n = r.randrange(1, 30)
    host = c.kw.get("host", "%s.outbound-mail.sendgrid.net" % alnum(r, 8, "abcdefghijklmnopqrstuvwxyz"))
    ip = "149.72.%d.%d" % (r.randrange(0, 255), r.randrange(1, 255))
    hops = ["by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%d\n\t%s"
            % (hexs(r, 10), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), hexs(r, 10), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"),
               hexs(r, 8, True), r.randrange(1, 40), rfc2822_nopad(c.at(1), "UTC").replace("+0000", "+0000 (UTC)")),
            "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s"
            % (c.kw.get("origin", "[127.0.0.1]"), n, b64url(r, 16), rfc2822_nopad(c.at(0), "UTC").replace("+0000", "+0000 (UTC)"))]
    msgid = "<%s@geopod-ismtpd-%d>" % (b64url(r, 16), n)
    uid = r.randrange(10 ** 7, 10 ** 8)
    extra = [("X-SG-EID", "u001." + b64url(r, 90)[:118]), ("X-SG-ID", "u001.SdBcvi+Evd/bQef8eZF3BqnUq7" + b64url(r, 24)),
             ("X-Entity-ID", "u001." + b64url(r, 18))]
    rp = c.kw.get("rp", "bounces+%d-%s-%s=%s@%s" % (uid, hexs(r, 4), c.rcpt.split("@")[0], c.rcpt.split("@")[1], c.kw.get("bdom", "em%d.%s" % (r.randrange(1000, 9999), c.domain))))
    return _res(mx=(host, host, ip, True), hops=hops, msgid=msgid, extra=extra, style="generic", zone="UTC",
                delay=r.randrange(1, 5), return_path=rp, bnd=lambda i=0: hexs(r, 64))


def mailgun(c):
    r = c.r
    mg = c.kw.get("mgdom", "mg." + c.domain)
    a, b = r.randrange(10, 99), r.randrange(1, 250)
    host = "m%d-%d.mailgun.net" % (a, b)
    ip = "159.135.%d.%d" % (a + 130, b)
    hops = ["by %s with HTTP id %s; %s" % (mg, hexs(r, 24), rfc2822_nopad(c.at(1), "UTC"))]
    msgid = "<%s.%s@%s>" % (c.t.strftime("%Y%m%d%H%M%S"), hexs(r, 16), mg)
    extra = [("X-Mailgun-Sid", "WyI" + b64url(r, 48)), ("X-Mailgun-Tag", c.kw.get("tag")),
             ("Sender", c.kw.get("sender"))]
    rp = "bounce+%s.%s-%s=%s@%s" % (hexs(r, 6), hexs(r, 6), c.rcpt.split("@")[0], c.rcpt.split("@")[1], mg)
    return _res(mx=(host, host, ip, True), hops=hops, msgid=msgid, extra=extra, style="generic", zone="UTC",
                delay=r.randrange(1, 5), return_path=rp, bnd=lambda i=0: hexs(r, 32))


def brevo(c):
    r = c.r
    a = r.randrange(1, 250)
    host = "sender-%s.smtp-out.brevo.com" % ("%d-%d" % (r.choice([77, 185]), a))
    ip = "77.32.148.%d" % a if host.startswith("sender-77") else "185.41.28.%d" % a
    hops = ["from smtp-relay.brevo.com by smtp-relay.brevo.com ; %s" % rfc2822_nopad(c.at(1), "UTC")]
    msgid = "<%s.%d@smtp-relay.mailin.fr>" % (c.t.strftime("%Y%m%d%H%M"), r.randrange(10 ** 10, 10 ** 11))
    extra = [("X-Mailin-EID", b64url(r, 30) + "~"), ("X-sib-id", b64url(r, 48)),
             ("X-CSA-Complaints", "csa-complaints@eco.de"), ("Feedback-ID", "%s:%d_-1:%d:Sendinblue" % (ip, r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 5, 10 ** 6)))]
    if c.kw.get("campaign"):
        extra.append(("X-Mailin-Campaign", str(c.kw["campaign"])))
        extra.append(("X-Mailin-Client", str(r.randrange(10 ** 6, 10 ** 7))))
    rp = "bounces-%d-%s=%s@%s" % (r.randrange(10 ** 6, 10 ** 7), c.rcpt.split("@")[0], c.rcpt.split("@")[1], c.kw.get("bdom", "sib.%s" % c.domain))
    return _res(mx=(host, host, ip, True), hops=hops, msgid=msgid, extra=extra, style="generic", zone="UTC",
                delay=r.randrange(2, 8), return_path=rp, bnd=lambda i=0: "----=_Part_" + str(r.randrange(10 ** 6, 10 ** 7)) + "." + alnum(r, 16))


def ses(c):
    r = c.r
    a = r.randrange(1, 60)
    host = "a7-%d.smtp-out.eu-west-1.amazonses.com" % a
    ip = "54.240.7.%d" % a
    mid = "0102019%s-%s-%s-%s-%s-%s-000000" % (hexs(r, 9), hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12))
    msgid = "<%s@eu-west-1.amazonses.com>" % mid
    extra = [("Feedback-ID", "::1.eu-west-1.%s=:AmazonSES" % b64url(r, 32)),
             ("X-SES-Outgoing", c.t.strftime("%Y.%m.%d-54.240.7.") + str(a))]
    rp = c.kw.get("rp", "%s@eu-west-1.amazonses.com" % mid)
    return _res(mx=(host, host, ip, True), hops=[], msgid=msgid, extra=extra, style="generic", zone="UTC",
                delay=r.randrange(1, 4), return_path=rp, bnd=lambda i=0: b_java(r, c.t))


def mailchimp(c):
    r = c.r
    n = r.randrange(100, 250)
    dc = r.choice(["atl131", "sea31", "suw101", "atl191"])
    host = "mail%d.%s.mcsv.net" % (n, dc)
    ip = "198.2.%d.%d" % (r.randrange(128, 190), r.randrange(1, 250))
    hops = ["from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % (host, alnum(r, 12), c.rcpt, rfc2822_nopad(c.at(1), "UTC"))]
    uid = hexs(r, 25)
    msgid = "<%s.%s@%s>" % (hexs(r, 20), hexs(r, 10), host)
    extra = [("X-Mailer", "MailChimp Mailer - **CID%s**" % hexs(r, 20)), ("X-Campaign", "mailchimp%s.%s" % (uid, hexs(r, 10))),
             ("X-campaignid", "mailchimp%s.%s" % (uid, hexs(r, 10))), ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (uid, hexs(r, 10), hexs(r, 10))),
             ("X-MC-User", uid), ("Feedback-ID", "%d:%d.%d:us%d:mc" % (r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 5, 10 ** 6), r.randrange(1, 21))),
             ("X-Accounttype", "pd")]
    rp = "bounce-mc.us%d_%d.%d-%s=%s@%s" % (r.randrange(1, 21), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7), c.rcpt.split("@")[0], c.rcpt.split("@")[1], host)
    return _res(mx=(host, host, ip, True), hops=hops, msgid=msgid, extra=extra, style="generic", zone="UTC",
                delay=r.randrange(2, 9), return_path=rp, bnd=lambda i=0: "_----------=_MCPart_" + str(r.randrange(10 ** 9, 10 ** 10)))


def docusign(c):
    r = c.r
    host = r.choice(["mailfr.eumail.docusign.net", "mailde.eumail.docusign.net"])
    ip = "185.81.%d.%d" % (r.choice([100, 101]), r.randrange(10, 60))
    hops = ["from docusign.net (%s) by %s with ESMTP id %s; %s"
            % ("10.%d.%d.%d" % (r.randrange(1, 40), r.randrange(1, 255), r.randrange(1, 255)), host, hexs(r, 16), rfc2822_nopad(c.at(1), "UTC"))]
    msgid = "<%s@docusign.net>" % hexs(r, 32)
    extra = [("X-Api-Host", "docusign.net"), ("X-DocuSign-EnvelopeID", None)]
    return _res(mx=(host, host, ip, True), hops=hops, msgid=msgid, extra=extra, style="generic", zone="UTC",
                delay=r.randrange(2, 6), return_path=c.kw.get("rp", "bounces@eumail.docusign.net"), bnd=lambda i=0: b_dotnet(r))


def github(c):
    r = c.r
    n = r.randrange(20, 28)
    host = "out-%d.smtp.github.com" % n
    ip = "192.30.252.%d" % (180 + n)
    hops = ["from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s"
            % (alnum(r, 5, "abcdef0123456789"), r.randrange(1, 250), r.randrange(1, 250), hexs(r, 10, True), c.rcpt,
               rfc2822_nopad(c.at(1), "PT").replace(" -0", " -0"))]
    msgid = "<%s_%s%s@%s.mail>" % (hexs(r, 13), hexs(r, 5), hexs(r, 6), "lowworker-" + hexs(r, 10) + "-" + alnum(r, 5, "abcdefghij0123456789"))
    extra = []
    return _res(mx=(host, host, ip, True), hops=hops, msgid=msgid, extra=extra, style="generic", zone="UTC",
                delay=r.randrange(1, 4), return_path="noreply@github.com", bnd=lambda i=0: b_ruby(r))


def spoofed_bot(c):
    """Direct-to-MX from an infected home router / botnet host, forged sender."""
    r = c.r
    ip = c.kw["ip"]
    helo = c.kw.get("helo", "[%s]" % ip)
    rdns = c.kw.get("rdns", "unknown")
    msgid = c.kw.get("msgid") or "<%s@%s>" % (hexs(r, 16).upper() + "." + hexs(r, 8), c.domain)
    extra = c.kw.get("extra", [])
    return _res(mx=(helo, rdns, ip, c.kw.get("tls", False)), hops=[], msgid=msgid, extra=extra, style="generic",
                zone=c.kw.get("zone", "CET"), delay=r.randrange(0, 3), return_path=c.kw.get("rp", c.frm),
                bnd=lambda i=0: "----=_NextPart_000_%04X_%08X.%08X" % (r.randrange(1, 0x60), r.getrandbits(32), r.getrandbits(32)))
