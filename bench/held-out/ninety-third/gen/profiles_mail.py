"""Profiles of mailbox-style senders: Exchange/Outlook, webmail providers,
hosting-provider SMTP, compromised cPanel hosts and attacker VPSs."""
from infra import (POSTFIX_TLS12, R, epoch, filetime_thread_index, local_parts,
                   rfc_date, sec)


# ------------------------------------------------------------ profiles
class Out:
    """What a profile returns."""

    def __init__(self):
        self.received = []     # below mx01, newest first
        self.client = None     # (helo, rdns, ip)
        self.tls = "1.3"
        self.msgid = None
        self.pre = []          # headers between Received block and the standard ones
        self.post = []         # mailer headers after the standard ones
        self.order = "generic"
        self.attach_style = "rfc2231"
        self.html_style = "plain"
        self.delay = 3
        self.date_zone = None
        self.boundaries = {}
        self.return_path = None
        self.date_fmt = {}


def _outlook_boundaries(tag):
    return {"alternative": "_000_%s_" % tag, "mixed": "_004_%s_" % tag,
            "related": "_003_%s_" % tag}


def _filetime(t):
    ft = (epoch(t) + 11644473600) * 10000000
    return ft >> 32, ft & 0xFFFFFFFF


def outlook_desktop_msgid(t, r, dom):
    hi, lo = _filetime(t)
    return "<00%s%08x$%s$%s$@%s>" % (r.hex(2), hi, "%08x" % (lo ^ int(r.hex(8), 16) & 0xFFFF), r.hex(8), dom)


def _nextpart_boundaries(r, t=None):
    if t is not None:
        hi, lo = _filetime(t)
        b, c = "%08X" % hi, "%08X" % lo
    else:
        b, c = r.hex(8, True), r.hex(8, True)
    a = r.hex(4, True)
    return {"mixed": "----=_NextPart_000_%s_%s.%s" % (a, b, c),
            "alternative": "----=_NextPart_001_%s_%s.%s" % (r.hex(4, True), b, c),
            "related": "----=_NextPart_002_%s_%s.%s" % (r.hex(4, True), b, c)}


def p_internal(ctx, r, server="EX01", ip="10.20.1.11", client_ip="10.20.5.57", lang="de-DE"):
    """Exchange 2019 on-prem -> mail-int01 (Postfix relay) -> mx01."""
    o = Out()
    t = ctx["t"]
    fq = "%s.corp.example.com" % server
    o.client = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")
    ll = "fe80::%s:%s:%s:%s" % (r.hex(4), r.hex(4), r.hex(4), r.hex(4))
    o.received = [
        "Received: from %s (%s [%s])%s\r\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
        % (fq, fq.lower(), ip, POSTFIX_TLS12, r.postfix_qid(), ctx["rcpt"],
           rfc_date(sec(t, 2), "Europe/Berlin", abbr=True)),
        "Received: from %s ([%s]) by %s\r\n ([%s%%4]) with mapi id 15.02.1544.014; %s"
        % (fq, ll, fq, ll, rfc_date(t, "Europe/Berlin")),
    ]
    tag = r.hex(32)
    o.msgid = "<%s@%s>" % (tag, fq)
    o.boundaries = _outlook_boundaries(tag + server + "corpexamplecom")
    o.post = ["Thread-Topic: {thread_topic}", "Thread-Index: " + filetime_thread_index(t, r),
              "Accept-Language: %s, en-US" % lang, "Content-Language: %s" % lang,
              "X-MS-Has-Attach: {has_attach}", "X-MS-TNEF-Correlator:",
              "x-originating-ip: [%s]" % client_ip]
    o.order = "outlook"
    o.attach_style = "ew"
    o.html_style = "outlook"
    o.date_zone = "Europe/Berlin"
    o.delay = 3
    return o


def p_internal_app(ctx, r, host="pbx01", ip="10.20.3.40", mailer=None, msgid_style="plain"):
    """An internal application (PBX, HR portal) relaying via mail-int01."""
    o = Out()
    t = ctx["t"]
    fq = "%s.corp.example.com" % host
    o.client = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")
    o.received = [
        "Received: from %s (%s [%s])\r\n\tby mail-int01.example.com (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
        % (fq, fq, ip, r.postfix_qid(), ctx["rcpt"], rfc_date(sec(t, 1), "Europe/Berlin", abbr=True)),
    ]
    o.msgid = "<%s.%s@%s>" % (r.hex(16, True), r.digits(6), fq)
    if mailer:
        o.post = [mailer]
    o.boundaries = {k: "----=_Part_%d_%d.%d" % (r.int(10000, 99999), r.int(100000000, 999999999),
                                                epoch(t) * 1000 + r.int(0, 999))
                    for k in ("mixed", "alternative", "related")}
    o.date_zone = ctx.get("zone", "Europe/Berlin")
    return o


M365_EDGES = [
    ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on2071.outbound.protection.outlook.com", "40.107.22.71"),
    ("EUR03-DBA-obe.outbound.protection.outlook.com", "mail-dbaeur03on2108.outbound.protection.outlook.com", "40.107.104.108"),
    ("EUR02-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur02on2091.outbound.protection.outlook.com", "40.107.241.91"),
    ("EUR01-HE1-obe.outbound.protection.outlook.com", "mail-he1eur01on2129.outbound.protection.outlook.com", "40.107.13.129"),
    ("EUR04-DB3-obe.outbound.protection.outlook.com", "mail-db3eur04on2113.outbound.protection.outlook.com", "40.107.6.113"),
    ("EUR05-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur05on2120.outbound.protection.outlook.com", "40.107.21.120"),
    ("GBR01-LO4-obe.outbound.protection.outlook.com", "mail-lo4gbr01on2110.outbound.protection.outlook.com", "40.107.138.110"),
    ("GBR01-CWX-obe.outbound.protection.outlook.com", "mail-cwxgbr01on2097.outbound.protection.outlook.com", "40.107.121.97"),
]
M365_NAM = ("NAM12-MW2-obe.outbound.protection.outlook.com",
            "mail-mw2nam12on2087.outbound.protection.outlook.com", "40.107.244.87")


def p_m365(ctx, r, edge=0, region="eurprd04", prefix="DU2PR04MB", lang="de-DE",
           consumer=False, nam=False, tenant_domain=None):
    """Exchange Online (Microsoft 365) tenant, Outlook client."""
    o = Out()
    t = ctx["t"]
    if nam:
        o.client = M365_NAM
        prefix, region = "SA1PR12MB", "namprd12"
    else:
        o.client = M365_EDGES[edge % len(M365_EDGES)]
    srv = "%s%s" % (prefix, r.digits(max(1, 13 - len(prefix))))
    hpre = prefix.replace("DU2", "AS8").replace("AM9", "PA4").replace("SA1", "CH3")
    if hpre == prefix:
        hpre = prefix[:-2] + "MB" if not prefix.endswith("MB0") else prefix[:-4] + "0MB0"
    hub = "%s%s" % (hpre, r.digits(max(1, 13 - len(hpre))))
    pfx6 = "2603:10b6" if nam else "2603:10a6"
    v6a = "%s:%s:%s::%s" % (pfx6, r.hex(2), r.hex(3), r.int(1, 30))
    v6b = "%s:%s:%s::%s" % (pfx6, r.hex(3), r.hex(3), r.int(1, 30))
    ll = "fe80::%s:%s:%s:%s" % (r.hex(4), r.hex(4), r.hex(4), r.hex(4))
    build = r.choice(["8093.014", "8114.007", "8158.011", "8207.012"])
    o.received = [
        "Received: from %s.%s.prod.outlook.com (%s)\r\n by %s.%s.prod.outlook.com (%s) with\r\n Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%s; %s"
        % (srv, region, v6a, hub, region, v6b,
           build.split(".")[0] + "." + str(int(build.split(".")[1]) + 3),
           rfc_date(sec(t, 1), "UTC")),
        "Received: from %s.%s.prod.outlook.com\r\n ([%s]) by %s.%s.prod.outlook.com\r\n ([%s%%5]) with mapi id 15.20.%s; %s"
        % (srv, region, ll, srv, region, ll, build, rfc_date(t, "UTC")),
    ]
    o.msgid = "<%s%s@%s.%s.prod.outlook.com>" % (srv, r.hex(25, True), srv, region)
    tag = o.msgid[1:-1].replace("@", "").replace(".", "")
    o.boundaries = _outlook_boundaries(tag)
    dom = tenant_domain or ctx["from_domain"]
    o.post = ["Thread-Topic: {thread_topic}", "Thread-Index: " + filetime_thread_index(t, r),
              "Accept-Language: %s, en-US" % lang, "Content-Language: %s" % lang,
              "X-MS-Has-Attach: {has_attach}", "X-MS-TNEF-Correlator:"]
    if not consumer:
        o.post.append("msip_labels:")
    o.post += [
        "x-ms-publictraffictype: Email",
        "x-ms-traffictypediagnostic: %s:EE_|%s:EE_" % (srv, hub),
        "X-MS-Exchange-CrossTenant-OriginalArrivalTime: %s.%s (UTC)"
        % (local_parts(t, "UTC").strftime("%d %b %Y %H:%M:%S"), r.digits(4)),
        "X-MS-Exchange-CrossTenant-fromentityheader: Hosted",
        "X-MS-Exchange-CrossTenant-id: %s" % (
            "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if consumer else R("tenant" + dom).uuid()),
        "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % hub,
        "X-OriginatorOrg: %s" % dom,
    ]
    o.order = "outlook"
    o.attach_style = "ew"
    o.html_style = "outlook"
    o.delay = 2
    return o


GMAIL_HOSTS = [("mail-wr1-f54.google.com", "209.85.221.54"), ("mail-wm1-f48.google.com", "209.85.128.48"),
               ("mail-ej1-f45.google.com", "209.85.218.45"), ("mail-lf1-f52.google.com", "209.85.167.52"),
               ("mail-ed1-f41.google.com", "209.85.208.41"), ("mail-pl1-f175.google.com", "209.85.214.175")]


def p_gmail(ctx, r, host=0):
    """Gmail web/app, consumer or Workspace."""
    o = Out()
    t = ctx["t"]
    h, ip = GMAIL_HOSTS[host % len(GMAIL_HOSTS)]
    o.client = (h, h, ip)
    sid = "%s-%so%s%s.%d" % (r.choice(["ffacd0b85a97d", "5b1f17b1804b1", "2adb3069b0e04", "a640c23a62f3a"]),
                             r.hex(11), r.digits(7), r.choice(["f8f", "wmf", "ejf", "lff", "edf"]), r.int(1, 9))
    o.received = ["Received: by %s with SMTP id %s\r\n        for <%s>; %s"
                  % (h, sid, ctx["rcpt"], rfc_date(t, "America/Los_Angeles", abbr=True, zero_pad_day=False))]
    o.pre = [
        "X-Gm-Message-State: AOJu0Y%s" % r.b64(58).replace("_", "/").replace("-", "+"),
        "X-Google-Smtp-Source: AGHT+I%s" % r.b64(74).replace("_", "/").replace("-", "+"),
        "X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%s;\r\n        %s"
        % (r.hex(4), r.hex(3), r.hex(3), r.hex(3), r.hex(3), r.hex(12), r.hex(7) + "f8f", r.int(1, 9),
           r.digits(13), rfc_date(t, "America/Los_Angeles", abbr=True, zero_pad_day=False)),
    ]
    o.msgid = "<CA%s@mail.gmail.com>" % (r.b64(58).replace("_", "="),)
    o.boundaries = {k: "000000000000%s" % r.hex(16) for k in ("mixed", "alternative", "related")}
    o.order = "gmail"
    o.attach_style = "ew"
    o.html_style = "gmail"
    o.delay = 1
    return o


def p_gmx(ctx, r, brand="gmx", client_ip="94.134.88.17"):
    o = Out()
    t = ctx["t"]
    if brand == "gmx":
        o.client = ("mout.gmx.net", "mout.gmx.net", "212.227.17.22")
        app = "3c-app-gmx-bap%02d" % r.int(10, 70)
        web, mr = "web-mail.gmx.net", "mail.gmx.net (mrgmx%03d [212.227.17.%d])" % (r.int(100, 130), r.int(160, 190))
    else:
        o.client = ("mout.web.de", "mout.web.de", "217.72.192.78")
        app = "3c-app-webde-bap%02d" % r.int(10, 70)
        web, mr = "web-mail.web.de", "mail.web.de (mrweb%03d [213.165.67.%d])" % (r.int(100, 130), r.int(100, 130))
    o.received = [
        "Received: from %s ([172.19.172.%d]) by %s\r\n with ESMTPSA (Nemesis) id 1M%s-1t%s-00%s; %s"
        % (app, r.int(20, 200), mr, r.alnum(4), r.alnum(10), r.alnum(5), rfc_date(sec(t, 1), "Europe/Berlin")),
        "Received: from [%s] ([%s]) by %s\r\n (%s.server.lan [172.19.172.%d]) (via HTTP); %s"
        % (client_ip, client_ip, web, app, r.int(20, 200), rfc_date(t, "Europe/Berlin")),
    ]
    o.msgid = "<trinity-%s-%d@%s>" % (r.uuid(), epoch(t) * 1000 + r.int(0, 999), app)
    o.post = ["Importance: normal", "Sensitivity: Normal", "X-Priority: 3",
              "X-Provags-ID: V03:K1:%s" % r.b64(60).replace("_", "/").replace("-", "+"),
              "X-UI-Message-Type: mail"]
    o.boundaries = {k: "abmob-%s" % r.uuid() for k in ("mixed", "alternative", "related")}
    o.date_zone = "Europe/Berlin"
    return o


def p_libero(ctx, r, client_ip="151.38.112.47"):
    o = Out()
    t = ctx["t"]
    n = r.int(10, 60)
    o.client = ("smtp-%d-i2.italiaonline.it" % n, "smtp-%d-i2.italiaonline.it" % n, "213.209.12.%d" % n)
    o.received = ["Received: from oxapps-%d-%d.iol.local ([10.101.8.%d])\r\n\tby smtp-%d.iol.local with ESMTPA\r\n\tid %s; %s"
                  % (r.int(10, 40), r.int(100, 200), r.int(100, 250), n, r.alnum(22), rfc_date(t, "Europe/Berlin"))]
    o.msgid = "<%s.%s.%d@mail1.libero.it>" % (r.int(100000000, 2000000000), r.int(10000, 999999),
                                              epoch(t) * 1000 + r.int(0, 999))
    o.post = ["X-Mailer: Open-Xchange Mailer v7.10.6-Rev62", "X-Originating-IP: %s" % client_ip,
              "X-Originating-Client: open-xchange-appsuite", "Importance: Normal", "X-Priority: 3 (Normal)"]
    o.boundaries = {k: "----=_Part_%d_%d.%d" % (r.int(1000, 99999), r.int(100000000, 999999999),
                                                epoch(t) * 1000 + r.int(0, 999)) for k in ("mixed", "alternative", "related")}
    o.date_zone = "Europe/Berlin"
    return o


def p_wp(ctx, r, client_ip="83.24.117.9"):
    o = Out()
    t = ctx["t"]
    o.client = ("mx4.wp.pl", "mx4.wp.pl", "212.77.101.12")
    o.received = [
        "Received: (wp-smtpd smtp.wp.pl %d invoked from network); %s" % (r.int(1000, 40000), rfc_date(t, "Europe/Berlin", zero_pad_day=False)[5:]),
        "Received: from %s (HELO [192.168.1.%d]) (%s@[%s])\r\n          (envelope-sender <%s>)\r\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\r\n          for <%s>; %s"
        % (client_ip + ".nat.umts.dynamic.t-mobile.pl", r.int(10, 60), ctx["from_local"], client_ip, ctx["from_addr"],
           ctx["rcpt"], rfc_date(t, "Europe/Berlin", zero_pad_day=False)[5:]),
    ]
    o.msgid = "<%s@wp.pl>" % r.hex(32)
    o.post = ["X-WP-MailID: %s" % r.hex(32), "X-WP-AV: skaner antywirusowy Poczty Wirtualnej Polski"]
    o.boundaries = {k: "------------%s" % r.alnum(24) for k in ("mixed", "alternative", "related")}
    o.date_zone = "Europe/Berlin"
    o.order = "tb"
    return o


def p_outlook_smtp(ctx, r, mta_helo, mta_rdns, mta_ip, provider_host, pc="DESKTOP-4HQ2L7M",
                   client_rdns="ppp-94-69-133-18.home.otenet.gr", client_ip="94.69.133.18",
                   zone="Europe/Berlin", lang="de", mta_kind="postfix", version="16.0"):
    """Outlook desktop submitting through a hosting provider's SMTP."""
    o = Out()
    t = ctx["t"]
    o.client = (mta_helo, mta_rdns, mta_ip)
    if mta_kind == "postfix":
        o.received = ["Received: from %s (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
                      % (pc, client_rdns, client_ip, ctx["from_addr"], provider_host, r.postfix_qid(),
                         ctx["rcpt"], rfc_date(t, zone, abbr=True))]
    else:  # aruba-style / generic esmtp
        o.received = ["Received: from %s ([%s])\r\n\tby %s with ESMTPSA\r\n\tid %s; %s"
                      % (pc, client_ip, provider_host, r.alnum(22), rfc_date(t, zone))]
    dom = ctx["from_domain"]
    o.msgid = outlook_desktop_msgid(t, r, dom)
    o.boundaries = _nextpart_boundaries(r, t)
    o.post = ["X-Mailer: Microsoft Outlook %s" % version, "Thread-Index: " + filetime_thread_index(t, r),
              "Content-Language: %s" % lang]
    o.date_zone = zone
    o.attach_style = "ew"
    o.html_style = "outlook"
    o.order = "outlook_smtp"
    return o


def p_yandex(ctx, r, webmail=True, zone="Europe/Moscow"):
    o = Out()
    t = ctx["t"]
    fw = "forward%d%s.mail.yandex.net" % (r.int(100, 500), r.choice("abc"))
    o.client = (fw, fw, "178.154.239.%d" % r.int(70, 220))
    node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.int(10, 90), r.choice(["vla", "sas", "iva", "klg"]))
    v6 = "2a02:6b8:c%s:%s:0:640:%s:0" % (r.hex(2), r.hex(4), r.hex(4))
    o.received = [
        "Received: from %s (%s [IPv6:%s])\r\n\tby %s (Yandex) with ESMTPS id %s\r\n\tfor <%s>; %s"
        % (node, node, v6, fw, r.hex(10, True), ctx["rcpt"], rfc_date(sec(t, 1), zone, abbr=True)),
        "Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\r\n\t%s"
        % (node, r.alnum(12), r.alnum(8), rfc_date(t, zone)),
    ]
    if webmail:
        o.msgid = "<%s@mail.yandex.ru>" % r.digits(16)
        o.post = ["X-Mailer: Yamail [ http://yandex.ru ] 5.0"]
        o.boundaries = {k: "----==%s==----" % r.hex(32) for k in ("mixed", "alternative", "related")}
    else:
        o.msgid = "<%s@%s>" % (r.uuid(), ctx["from_domain"])
        o.post = ["User-Agent: Mozilla Thunderbird", "Content-Language: ru"]
        o.boundaries = {k: "------------%s" % r.alnum(24) for k in ("mixed", "alternative", "related")}
        o.order = "tb"
    o.date_zone = zone
    return o


def p_mailru(ctx, r, client_ip="95.24.18.77"):
    o = Out()
    t = ctx["t"]
    n = r.int(100, 240)
    o.client = ("smtp%d.i.mail.ru" % (n % 60), "smtp%d.i.mail.ru" % (n % 60), "95.163.41.%d" % (n % 250))
    o.received = ["Received: by f%d.i.mail.ru with local (envelope-from <%s>)\r\n\tid 1t%s-00%s-%s\r\n\tfor %s; %s"
                  % (n, ctx["from_addr"], r.alnum(4), r.alnum(4), r.alnum(2), ctx["rcpt"], rfc_date(t, "Europe/Moscow"))]
    o.msgid = "<%d.%s@f%d.i.mail.ru>" % (epoch(t), r.digits(9), n)
    o.post = ["X-Mailer: Mail.Ru Mailer 1.0", "X-Originating-IP: [%s]" % client_ip,
              "X-Priority: 3 (Normal)"]
    o.boundaries = {k: "--ALT--%s%d" % (r.hex(32, True), epoch(t)) for k in ("mixed", "alternative", "related")}
    o.date_zone = "Europe/Moscow"
    return o


def p_roundcube(ctx, r, mta_helo, mta_rdns, mta_ip, host=None, client_ip=None, version="1.6.9",
                zone="Europe/Berlin", webhost=None):
    o = Out()
    t = ctx["t"]
    host = host or mta_helo
    o.client = (mta_helo, mta_rdns, mta_ip)
    hop = "Received: from %s (localhost [127.0.0.1])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
        webhost or host, ctx["from_addr"], host, r.postfix_qid(), ctx["rcpt"], rfc_date(t, zone, abbr=True))
    o.received = [hop]
    o.msgid = "<%s@%s>" % (r.hex(32), ctx["from_domain"])
    o.post = ["User-Agent: Roundcube Webmail/%s" % version, "X-Sender: %s" % ctx["from_addr"]]
    if client_ip:
        o.post.append("X-Originating-IP: [%s]" % client_ip)
    o.boundaries = {k: "=_%s" % r.hex(32) for k in ("mixed", "alternative", "related")}
    o.date_zone = zone
    o.order = "generic"
    return o


def p_thunderbird(ctx, r, mta_helo, mta_rdns, mta_ip, host, client_ip, client_rdns,
                  zone="Europe/Berlin", lang="de-DE", version="128.3.1"):
    o = Out()
    t = ctx["t"]
    o.client = (mta_helo, mta_rdns, mta_ip)
    o.received = ["Received: from [192.168.178.%d] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
                  % (r.int(20, 60), client_rdns, client_ip, ctx["from_addr"], host, r.postfix_qid(),
                     ctx["rcpt"], rfc_date(t, zone, abbr=True))]
    o.msgid = "<%s@%s>" % (r.uuid(), ctx["from_domain"])
    o.post = ["User-Agent: Mozilla Thunderbird", "Content-Language: %s" % lang]
    o.boundaries = {k: "------------%s" % r.alnum(24) for k in ("mixed", "alternative", "related")}
    o.date_zone = zone
    o.order = "tb"
    o.attach_style = "rfc2231"
    o.html_style = "tb"
    return o


def p_exim_cpanel(ctx, r, server, server_ip, client_ip, zone="Europe/Berlin",
                  mailer="X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
                  auth=True, msgid_host=None):
    """cPanel/Exim shared hosting (typical for a compromised small-business site)."""
    o = Out()
    t = ctx["t"]
    o.client = (server, server, server_ip)
    eid = "1t%s-000%s-%s" % (r.alnum(4), r.alnum(3), r.alnum(2))
    if auth:
        hop = ("Received: from [%s] (port=%d helo=[127.0.0.1])\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.96.2)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s;\r\n\t%s"
               % (client_ip, r.int(40000, 65000), server, ctx["env_from"], eid, ctx["rcpt"], rfc_date(t, zone)))
    else:
        hop = ("Received: from %s by %s with local (Exim 4.96.2)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s;\r\n\t%s"
               % (ctx["cpuser"], server, ctx["env_from"], eid, ctx["rcpt"], rfc_date(t, zone)))
    o.received = [hop]
    o.msgid = "<%s@%s>" % (r.alnum(43), msgid_host or ctx["from_domain"])
    o.post = ([mailer] if mailer else []) + [
        "X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
        "X-AntiAbuse: Primary Hostname - %s" % server,
        "X-AntiAbuse: Original Domain - example.com",
        "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
        "X-AntiAbuse: Sender Address Domain - %s" % ctx["env_from"].split("@")[1],
        "X-Get-Message-Sender-Via: %s: authenticated_id: %s" % (server, ctx["auth_id"]),
        "X-Authenticated-Sender: %s: %s" % (server, ctx["auth_id"]),
    ]
    o.boundaries = {k: "b1=_%s" % r.alnum(43) for k in ("mixed", "alternative", "related")}
    o.date_zone = zone
    return o


def p_vps(ctx, r, helo, rdns, ip, mailer="outlook", zone="Europe/Berlin", lang="de", pc=None,
          client_ip=None, nohop=False):
    """Attacker-operated Postfix on a rented VPS; the client header mimics a mailer."""
    o = Out()
    t = ctx["t"]
    o.client = (helo, rdns, ip)
    src = ("%s ([%s])" % (pc, client_ip)) if pc else "[127.0.0.1] (localhost [127.0.0.1])"
    o.received = ["Received: from %s\r\n\tby %s (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
                  % (src, helo, r.postfix_qid(), ctx["rcpt"], rfc_date(t, zone, abbr=True))]
    if nohop:
        o.received = []
    dom = ctx["from_domain"]
    if mailer == "outlook":
        o.msgid = outlook_desktop_msgid(t, r, dom)
        o.boundaries = _nextpart_boundaries(r, t)
        o.post = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: " + filetime_thread_index(t, r),
                  "Content-Language: %s" % lang]
        o.order = "outlook_smtp"
        o.attach_style = "ew"
        o.html_style = "outlook"
    elif mailer == "phpmailer":
        o.msgid = "<%s@%s>" % (r.alnum(43), dom)
        o.post = ["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]
        o.boundaries = {k: "b1=_%s" % r.alnum(43) for k in ("mixed", "alternative", "related")}
    elif mailer == "thunderbird":
        o.msgid = "<%s@%s>" % (r.uuid(), dom)
        o.post = ["User-Agent: Mozilla Thunderbird", "Content-Language: %s" % lang]
        o.boundaries = {k: "------------%s" % r.alnum(24) for k in ("mixed", "alternative", "related")}
        o.order = "tb"
    elif mailer == "swaks":
        o.msgid = "<%s.%s@%s>" % (epoch(t), r.hex(8), helo)
        o.boundaries = {k: "----=_MIME_BOUNDARY_%s" % r.hex(12) for k in ("mixed", "alternative", "related")}
    else:  # bare
        o.msgid = "<%s@%s>" % (r.hex(24), helo)
        o.boundaries = {k: "--==_mimepart_%s_%s" % (r.hex(12), r.digits(5)) for k in ("mixed", "alternative", "related")}
    o.date_zone = zone
    return o
