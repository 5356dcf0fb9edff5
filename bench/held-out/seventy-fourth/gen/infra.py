"""Sending systems: the trace (Received) headers, connecting client, Message-ID, mailer headers
and MIME boundary style of each system a message can come from."""
import base64

from util import rfcdate, plus, hexid, alnum, uuid4, local

B52 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxy"

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS13_ECDSA = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
               "\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)\n"
               "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


def postfix_qid(r):
    return "4" + "".join(r.choice(B52) for _ in range(9)) + "z" + "".join(r.choice(B52) for _ in range(4))


def postfix_short_qid(r):
    return hexid(r, 10, upper=True)


class Route:
    """Everything a sending system contributes to a message."""

    def __init__(self, **kw):
        self.received = []      # trace headers below mx01, top first
        self.client = None      # (helo, rdns, ip) seen by mx01
        self.tls = TLS13
        self.mx_t = None        # arrival time at mx01
        self.date = None        # Date header value
        self.msgid = None
        self.style = "default"  # header order style
        self.pre = []           # headers placed above the message headers (e.g. X-Received)
        self.xh = []            # mailer headers placed after the standard ones
        self.bstyle = "generic"
        self.__dict__.update(kw)

    def _ms(self, r):
        return int(self.mx_t.timestamp() * 1000) - r.randrange(1500, 4000)

    def boundary(self, r, i=0):
        s = self.bstyle
        if s == "gmail":
            return "000000000000" + hexid(r, 4) + "0" + hexid(r, 11)
        if s == "exchange":
            return "_%03d_%s_" % (i, self._exch_tag)
        if s == "outlook16":
            return "----=_NextPart_%03d_%04X_%s" % (i, r.randrange(16, 4096), self._ol_tag)
        if s == "thunderbird":
            return "------------" + alnum(r, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        if s == "apple":
            return "Apple-Mail=_" + uuid4(r, upper=True)
        if s == "roundcube":
            return "=_" + hexid(r, 32)
        if s == "phpmailer":
            return "b%d_%s" % (i + 1, alnum(r, 43))
        if s == "javamail":
            return "----=_Part_%d_%d.%d" % (r.randrange(10000, 999999), r.randrange(10 ** 8, 10 ** 9), self._ms(r))
        if s == "ox":
            return "----=_Part_%d_%d.%d" % (r.randrange(100, 9999), r.randrange(10 ** 8, 10 ** 9), self._ms(r))
        if s == "yandex":
            return "----==--bound.%d.%s" % (r.randrange(100000, 999999), "mail-nwsmtp-yaback-production-main-%d.vla.yp-c.yandex.net" % r.randrange(10, 90))
        if s == "sendgrid":
            return hexid(r, 64)
        if s == "mailgun":
            return hexid(r, 32)
        if s == "ses":
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 8, 10 ** 9), self._ms(r))
        if s == "docusign":
            return "----=_NextPart_" + hexid(r, 8).upper() + "_" + hexid(r, 16)
        if s == "exim":
            return "=_" + alnum(r, 26)
        return "=_" + alnum(r, 28)


def _mx01(r, route, rcpt):
    helo, rdns, ip = route.client
    s = "from %s (%s [%s])" % (helo, rdns, ip)
    if route.tls:
        s += "\n\t" + route.tls
    s += "\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        "ESMTPS" if route.tls else "ESMTP", postfix_qid(r), rcpt, rfcdate(route.mx_t, "DE", comment=True))
    return s


def mx01_header(r, route, rcpt):
    return _mx01(r, route, rcpt)


# ------------------------------------------------------------------ internal (Exchange -> mail-int01)

EXCH = {"EXCH01": "10.20.0.31", "EXCH02": "10.20.0.32"}
EXCH_VER = "15.2.2562.17"


def internal(r, t, sender_ip="10.20.4.57", lang="de-DE", accept="de-DE, en-US", attach=False):
    mbx = r.choice(["EXCH01", "EXCH02"])
    hub = "EXCH02" if mbx == "EXCH01" else "EXCH01"
    rt = Route()
    t1 = plus(t, 1)
    t2 = plus(t, 2)
    rt.mx_t = plus(t, 3)
    rt.received = [
        "from %s.corp.example.com (%s.corp.example.com [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s;\n\t%s" % (
            hub, hub.lower(), EXCH[hub], postfix_qid(r), rfcdate(t2, "DE", comment=True)),
        "from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
            mbx, EXCH[mbx], hub, EXCH[hub], EXCH_VER, rfcdate(t1, "DE")),
        "from %s.corp.example.com ([fe80::%s:%s:%s:%s]) by\n %s.corp.example.com ([fe80::%s:%s:%s:%s%%13]) with mapi id\n %s; %s" % (
            mbx, hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 4), mbx, hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 4),
            EXCH_VER, rfcdate(t, "DE")),
    ]
    rt.client = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")
    rt.date = rfcdate(t, "DE")
    rt.msgid = "<%s@%s.corp.example.com>" % (hexid(r, 32), mbx)
    rt.style = "exchange"
    rt.bstyle = "exchange"
    rt._exch_tag = "%s%s" % (mbx, hexid(r, 20).upper())
    rt.thread_index = base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode()
    rt.xh = [("Accept-Language", accept), ("Content-Language", lang),
             ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
             ("x-originating-ip", "[%s]" % sender_ip)]
    return rt


# ------------------------------------------------------------------ Microsoft 365 tenants (external)

M365_REGIONS = {
    "EU": ("eurprd%02d.prod.outlook.com", ["AM0PR%02dMB%04d", "DB9PR%02dMB%04d", "PAXPR%02dMB%04d", "VI1PR%02dMB%04d", "DU0PR%02dMB%04d"],
           "EUR%02d-%s-obe.outbound.protection.outlook.com", "mail-%seur%02don%04d.outbound.protection.outlook.com",
           ["AM6", "DB5", "VI1", "HE1", "DB8"]),
    "DE": ("DEUP281.PROD.OUTLOOK.COM", ["FR2P281MB%04d", "BE1P281MB%04d", "FR3P281MB%04d"],
           "DEU%02d-%s-obe.outbound.protection.outlook.com", "mail-%sdeu%02don%04d.outbound.protection.outlook.com",
           ["BE0", "FR3"]),
    "GB": ("GBRP265.PROD.OUTLOOK.COM", ["LO0P265MB%04d", "CWLP265MB%04d", "LO2P265MB%04d"],
           "GBR%02d-%s-obe.outbound.protection.outlook.com", "mail-%sgbr%02don%04d.outbound.protection.outlook.com",
           ["CWX", "LO2"]),
    "CONSUMER": ("EURP%03d.PROD.OUTLOOK.COM", ["AS8P%03dMB%04d", "PAXP%03dMB%04d", "DB9P%03dMB%04d"],
                 "EUR%02d-%s-obe.outbound.protection.outlook.com", "mail-%seur%02dolkn%04d.outbound.protection.outlook.com",
                 ["VI1", "AM7", "DB8"]),
    "US": ("namprd%02d.prod.outlook.com", ["BN8PR%02dMB%04d", "CH3PR%02dMB%04d", "SJ0PR%02dMB%04d"],
           "NAM%02d-%s-obe.outbound.protection.outlook.com", "mail-%snam%02don%04d.outbound.protection.outlook.com",
           ["BN8", "DM6", "CO1"]),
}


def _m365_host(r, region, nn=None):
    suffix, pats, _, _, _ = M365_REGIONS[region]
    p = r.choice(pats)
    if region == "EU" or region == "US":
        nn = nn or r.randrange(2, 10)
        host = p % (nn, r.randrange(1000, 9999))
        return host, suffix % nn, nn
    if region == "CONSUMER":
        nn = nn or r.choice([189, 190, 191, 192, 193, 194, 195])
        host = p % (nn, r.randrange(1000, 9999))
        return host, suffix % nn, nn
    host = p % r.randrange(1000, 9999)
    return host, suffix, None


def m365(r, t, region="EU", org_domain=None, lang="de-DE", attach=False, outlook_client=True, ip_oct=None):
    rt = Route()
    mbx, suf, nn0 = _m365_host(r, region)
    hub, _, _ = _m365_host(r, region, nn0)
    sufl = suf.lower() if region in ("EU", "US") else suf
    _, _, obe, obe_r, sites = M365_REGIONS[region]
    site = r.choice(sites)
    nn = r.randrange(1, 6)
    helo = obe % (nn, site)
    rdns = obe_r % (site.lower(), nn, r.randrange(2000, 2300))
    if ip_oct is None:
        ip = "40.%d.%d.%d" % (92 if region == "CONSUMER" else 107, r.randrange(1, 255), r.randrange(1, 255))
    else:
        ip = ip_oct
    v6 = "2603:10a6:%x:%x::%x" % (r.randrange(16, 999), r.randrange(16, 999), r.randrange(1, 99))
    rt.received = [
        "from %s.%s (%s) by\n %s.%s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9320.%d; %s" % (
            mbx, sufl, v6, hub, sufl, "2603:10a6:%x:%x::%x" % (r.randrange(16, 999), r.randrange(16, 999), r.randrange(1, 99)),
            r.randrange(10, 30), rfcdate(plus(t, 1), "UTC")),
        "from %s.%s\n ([fe80::%s:%s:%s:%s]) by %s.%s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.9320.%03d; %s" % (
            mbx, sufl, hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 4), mbx, sufl,
            hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 4), r.randrange(3, 8), r.randrange(10, 30), rfcdate(t, "UTC")),
    ]
    rt.client = (helo, rdns, ip)
    rt.tls = TLS12
    rt.mx_t = plus(t, 3)
    rt.date = rfcdate(t, "UTC")
    rt.msgid = "<%s%s@%s.%s>" % (mbx, hexid(r, 24, upper=True) + "%d" % r.randrange(1000, 9999), mbx, sufl)
    rt.style = "exchange"
    rt.bstyle = "exchange"
    rt._exch_tag = "%s%s" % (mbx, hexid(r, 16, upper=True))
    rt.thread_index = base64.b64encode(bytes(r.randrange(256) for _ in range(22))).decode()
    rt.xh = [("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
             ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
             ("x-ms-publictraffictype", "Email"),
             ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s" % rfcdate(t, "UTC")[5:].replace(" +0000", "").replace(" ", " ") + ".%04d (UTC)" % r.randrange(10000)),
             ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
             ("X-MS-Exchange-CrossTenant-id", uuid4(r)),
             ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", mbx)]
    if org_domain:
        rt.xh.append(("X-OriginatorOrg", org_domain))
    return rt


# ------------------------------------------------------------------ own mail servers (Postfix) of small firms

def smb_postfix(r, t, host, ip, zone="DE", client_ip=None, client_rdns=None, ua="outlook16",
                domain=None, tls=TLS13, helo=None, auth_user=None):
    rt = Route()
    domain = domain or host.split(".", 1)[1]
    client_ip = client_ip or "192.168.%d.%d" % (r.randrange(0, 200), r.randrange(2, 250))
    inner = "from [%s] (%s [%s])" % ("192.168.%d.%d" % (r.randrange(0, 200), r.randrange(2, 250)),
                                      client_rdns or "unknown", client_ip)
    if auth_user:
        inner += "\n\t(Authenticated sender: %s)" % auth_user
    rt.received = [
        "%s\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (inner, host, postfix_short_qid(r), rfcdate(t, zone, comment=True))]
    rt.client = (helo or host, host, ip)
    rt.tls = tls
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, zone)
    _ua(r, rt, ua, t, domain)
    return rt


def _ua(r, rt, ua, t, domain):
    if ua == "outlook16":
        tag = "01DC%04X.%s" % (r.randrange(0x3000, 0x4FFF), hexid(r, 8, upper=True))
        rt._ol_tag = tag
        rt.msgid = "<0000%02x01dc%04x$%s$%s$@%s>" % (r.randrange(0, 64), r.randrange(0x3000, 0x4fff), hexid(r, 8), hexid(r, 8), domain)
        rt.xh = [("X-Mailer", "Microsoft Outlook 16.0"),
                 ("Thread-Index", base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode()[:22]),
                 ("Content-Language", "de")]
        rt.bstyle = "outlook16"
    elif ua == "thunderbird":
        rt.msgid = "<%s@%s>" % (uuid4(r), domain)
        rt.xh = [("User-Agent", "Mozilla Thunderbird")]
        rt.bstyle = "thunderbird"
    elif ua == "roundcube":
        rt.msgid = "<%s@%s>" % (hexid(r, 32), domain)
        rt.xh = [("User-Agent", "Roundcube Webmail/1.6.11")]
        rt.bstyle = "roundcube"
    elif ua == "apple":
        rt.msgid = "<%s@%s>" % (uuid4(r, upper=True), domain)
        rt.xh = [("X-Mailer", "iPhone Mail (23B85)")]
        rt.bstyle = "apple"
    elif ua == "phpmailer":
        rt.msgid = "<%s@%s>" % (alnum(r, 43), domain)
        rt.xh = [("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)")]
        rt.bstyle = "phpmailer"
    elif ua == "ox":
        rt.msgid = "<%d.%d.%d@%s>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(1000, 9999), int(t.timestamp() * 1000) + r.randrange(1000), domain)
        rt.xh = [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev76"), ("X-Originating-Client", "open-xchange-appsuite")]
        rt.bstyle = "ox"
    elif ua == "postfix":
        lt = local(t, "DE")
        rt.msgid = "<%s.%s@%s>" % (lt.strftime("%Y%m%d%H%M%S"), hexid(r, 10, upper=True), domain)
        rt.xh = []
        rt.bstyle = "generic"
    elif ua == "none":
        rt.msgid = "<%s@%s>" % (hexid(r, 24), domain)
        rt.xh = []


# ------------------------------------------------------------------ Exim / cPanel shared hosting (compromised small sites)

def exim_cpanel(r, t, server, server_ip, domain, envelope, zone="UK", client_ip=None, ua="roundcube", webmail=True):
    rt = Route()
    cid = "1v%s-%s-%s" % (alnum(r, 4), "0000000" + alnum(r, 4, "0123456789ABCDEF"), alnum(r, 4))
    if webmail:
        inner = "from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.2)\n\t(envelope-from <%s>)\n\tid %s;\n\t%s" % (
            "127.0.0.1", r.randrange(30000, 65000), "localhost" if webmail else domain, server, envelope, cid, rfcdate(t, zone))
    else:
        inner = "from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.2)\n\t(envelope-from <%s>)\n\tid %s;\n\t%s" % (
            client_ip, r.randrange(30000, 65000), "192.168.1.%d" % r.randrange(2, 200), server, envelope, cid, rfcdate(t, zone))
    rt.received = [inner]
    rt.client = (server, server, server_ip)
    rt.tls = TLS13
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, zone)
    _ua(r, rt, ua, t, domain)
    rt.xh = rt.xh + [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                     ("X-AntiAbuse", "Primary Hostname - %s" % server),
                     ("X-AntiAbuse", "Original Domain - example.com"),
                     ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
                     ("X-AntiAbuse", "Sender Address Domain - %s" % domain),
                     ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, envelope)),
                     ("X-Authenticated-Sender", "%s: %s" % (server, envelope))]
    return rt


# ------------------------------------------------------------------ VPS with own Postfix (look-alike domains)

def vps_postfix(r, t, helo, rdns, ip, domain, zone="DE", ua="none", tls=TLS13, local_submit=True):
    rt = Route()
    if local_submit:
        rt.received = ["from [127.0.0.1] (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%%RCPT%%>; %s" % (
            helo, postfix_short_qid(r), rfcdate(t, zone, comment=True))]
    rt.client = (helo, rdns, ip)
    rt.tls = tls
    rt.mx_t = plus(t, 1)
    rt.date = rfcdate(t, zone)
    _ua(r, rt, ua, t, domain)
    return rt


def privateemail(r, t, domain, zone="UTC", ua="ox"):
    """Namecheap Private Email, a favourite for freshly registered look-alike domains."""
    rt = Route()
    mta = "mta-%02d-%d.privateemail.com" % (r.randrange(1, 20), r.randrange(1, 5))
    ip = "198.54.%d.%d" % (r.choice([118, 127]), r.randrange(2, 250))
    rt.received = [
        "from mail.privateemail.com (mail.privateemail.com [198.54.122.%d])\n\tby %s (Postfix) with ESMTPA id %s\n\tfor <%%RCPT%%>; %s" % (
            r.randrange(40, 80), mta, postfix_qid(r), rfcdate(plus(t, 1), "US-E", comment=True)),
        "from [127.0.0.1] (localhost [127.0.0.1])\n\tby NEW-01.privateemail.com (Postfix) with ESMTPA id %s;\n\t%s" % (
            postfix_qid(r), rfcdate(t, "UTC", comment=True)),
    ]
    rt.client = (mta, mta, ip)
    rt.tls = TLS13
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, zone)
    _ua(r, rt, ua, t, domain)
    return rt


# ------------------------------------------------------------------ consumer mailers

def gmail(r, t, zone="DE"):
    rt = Route()
    f = r.choice(["wm1-f%d" % r.randrange(41, 75), "wr1-f%d" % r.randrange(41, 75), "ej1-f%d" % r.randrange(41, 75),
                  "ed1-f%d" % r.randrange(41, 75), "lf1-f%d" % r.randrange(41, 75)])
    host = "mail-%s.google.com" % f
    oct4 = int(f.split("-f")[1])
    third = {"wm1": 128, "wr1": 221, "ej1": 218, "ed1": 208, "lf1": 167}[f.split("-")[0]]
    smtpid = "%s-%s%sso%d%s.%d" % (hexid(r, 10), hexid(r, 8), "", r.randrange(10 ** 7, 10 ** 8), "e9" if r.random() < .5 else "b3", r.randrange(1, 4))
    zp = "US"
    rt.received = ["by %s with SMTP id %s\n        for <%%RCPT%%>; %s" % (host, smtpid, rfcdate(plus(t, 1), zp, comment=True))]
    rt.pre = [("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%smr%d%s.%d.%d;\n        %s" % (
        r.randrange(0x6000, 0x6fff), r.randrange(0x1000, 0x9fff), r.randrange(0x400, 0x4ff), r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff),
        hexid(r, 10), hexid(r, 10), r.randrange(10 ** 7, 10 ** 8), "e9", r.randrange(10, 40), int(t.timestamp()) * 1000 + 1000 + r.randrange(1000),
        rfcdate(plus(t, 1), zp, comment=True)))]
    rt.client = (host, host, "209.85.%d.%d" % (third, oct4))
    rt.tls = TLS13
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, zone)
    rt.msgid = "<CA%s@mail.gmail.com>" % alnum(r, r.randrange(52, 62), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")
    rt.style = "gmail"
    rt.bstyle = "gmail"
    return rt


def gmx(r, t, brand="gmx", zone="DE"):
    rt = Route()
    node = "3c-app-%s-bap%02d" % ("gmx" if brand == "gmx" else "webde", r.randrange(10, 80))
    mr = "mr%s%03d" % ("gmx" if brand == "gmx" else "webde", r.randrange(1, 120))
    mailhost = "mail.gmx.net" if brand == "gmx" else "web.de"
    mout = "mout.gmx.net" if brand == "gmx" else "mout.web.de"
    mip = "212.227.15.%d" % r.choice([15, 18, 19]) if brand == "gmx" else "217.72.192.%d" % r.choice([78, 67])
    rt.received = [
        "from %s ([%s]) by %s (%s\n [212.227.17.%d]) with ESMTPSA (Nemesis) id %s; %s" % (
            node, "10.%d.%d.%d" % (r.randrange(0, 255), r.randrange(0, 255), r.randrange(1, 255)), mailhost, mr, r.randrange(160, 200),
            "1M" + alnum(r, 8) + "-1v" + alnum(r, 6), rfcdate(t, zone, zero_pad_day=False)),
        "from [%s] ([%s]) by %s\n (via HTTP); %s" % ("84.%d.%d.%d" % (r.randrange(128, 190), r.randrange(0, 255), r.randrange(1, 254)),
                                                     "84.%d.%d.%d" % (r.randrange(128, 190), r.randrange(0, 255), r.randrange(1, 254)), node,
                                                     rfcdate(t, "DE", zero_pad_day=False)),
    ]
    rt.received = rt.received[:1]
    rt.client = (mout, mout, mip)
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, zone, zero_pad_day=False)
    rt.msgid = "<trinity-%s-%d@%s>" % (uuid4(r), int(t.timestamp() * 1000) + r.randrange(1000), node)
    rt.xh = [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
             ("X-Provags-ID", "V03:K1:" + alnum(r, 60)), ("X-UI-Message-Type", "mail"),
             ("X-UI-Out-Filterresults", "notjunk:1;V03:K0:" + alnum(r, 11) + "=:" + alnum(r, 40))]
    rt.bstyle = "javamail"
    return rt


def outlook_consumer(r, t, lang="en-GB"):
    rt = m365(r, t, region="CONSUMER", lang=lang)
    rt.xh = [x for x in rt.xh if not x[0].startswith("X-MS-Exchange-CrossTenant-id")]
    return rt


def libero(r, t):
    rt = Route()
    rt.received = ["from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
        "151.%d.%d.%d" % (r.randrange(16, 80), r.randrange(0, 255), r.randrange(1, 254)), r.randrange(10, 60),
        alnum(r, 14), rfcdate(t, "IT"))]
    n = r.randrange(10, 40)
    rt.client = ("libero.it", "smtp-%d.italiaonline.it" % n, "213.209.10.%d" % n)
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, "IT")
    rt.msgid = "<%d.%d.%d.JavaMail.defaultUser@defaultHost>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6), int(t.timestamp() * 1000) + r.randrange(1000))
    rt.xh = [("Importance", "Normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"), ("X-Originating-IP", "151.%d.%d.%d" % (r.randrange(16, 80), r.randrange(0, 255), r.randrange(1, 254))),
             ("X-Mailer", "Libero Mail")]
    rt.bstyle = "javamail"
    return rt


def wp(r, t):
    rt = Route()
    rt.received = ["(wp-smtpd smtp.wp.pl %d invoked by uid %d); %s" % (r.randrange(10000, 99999), r.randrange(100, 999), rfcdate(t, "PL")),
                   "from [%s] (unknown [%s])\n\tby smtp.wp.pl (WP-SMTPD) with ESMTPSA for <%%RCPT%%>; %s" % (
                       "83.%d.%d.%d" % (r.randrange(0, 30), r.randrange(0, 255), r.randrange(1, 254)),
                       "83.%d.%d.%d" % (r.randrange(0, 30), r.randrange(0, 255), r.randrange(1, 254)), rfcdate(t, "PL"))]
    rt.received.reverse()
    rt.client = ("mx.wp.pl", "mx%d.wp.pl" % r.randrange(3, 5), "212.77.101.%d" % r.randrange(1, 12))
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, "PL")
    rt.msgid = "<%s@wp.pl>" % hexid(r, 32)
    rt.xh = [("X-WP-MailID", hexid(r, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"),
             ("X-WP-SPAM", "NO 0000000 [0dfH]"), ("X-Mailer", "WP Poczta")]
    rt.bstyle = "generic"
    return rt


def otenet(r, t):
    rt = Route()
    rt.received = ["from webmail.otenet.gr (webmail.otenet.gr [83.235.69.%d])\n\tby mailout.otenet.gr (8.15.2/8.15.2) with ESMTP id %s\n\tfor <%%RCPT%%>; %s" % (
        r.randrange(20, 40), "5A" + alnum(r, 12), rfcdate(t, "GR"))]
    rt.client = ("mailout.otenet.gr", "mailout%d.otenet.gr" % r.randrange(1, 4), "83.235.69.%d" % r.randrange(40, 60))
    rt.tls = TLS12
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, "GR")
    rt.msgid = "<%s.%s@webmail.otenet.gr>" % (hexid(r, 16), hexid(r, 8))
    rt.xh = [("User-Agent", "Roundcube Webmail/1.6.9")]
    rt.bstyle = "roundcube"
    return rt


def yandex(r, t):
    rt = Route()
    fw = "forward%d%s.mail.yandex.net" % (r.randrange(100, 600), r.choice("abcd"))
    nn = r.randrange(10, 90)
    rt.received = [
        "from mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c1d:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%%RCPT%%>; %s" % (
            nn, nn, r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff), fw, alnum(r, 12), rfcdate(plus(t, 1), "RU")),
        "by mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (
            nn, alnum(r, 10), alnum(r, 8), rfcdate(t, "RU")),
    ]
    rt.client = (fw, fw, "178.154.239.%d" % r.randrange(60, 220))
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, "RU")
    rt.msgid = "<%d%d@mail.yandex.ru>" % (r.randrange(100000, 999999), int(t.timestamp()))
    rt.xh = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    rt.bstyle = "yandex"
    return rt


# ------------------------------------------------------------------ ESPs

def sendgrid(r, t, domain, zone="UTC"):
    rt = Route()
    host = "%s.outbound-mail.sendgrid.net" % alnum(r, 8, "abcdefghijklmnopqrstuvwxyz")
    rt.received = ["by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n        %s" % (
        hexid(r, 10), hexid(r, 5), hexid(r, 10), hexid(r, 5), hexid(r, 8).upper(), r.randrange(10, 60), rfcdate(t, "UTC")[5:].replace(" +0000", "") + ".%06d +0000 UTC m=+%d.%09d" % (r.randrange(10 ** 6), r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 9))),
        "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%%RCPT%%>; %s" % (
            "MTk" + alnum(r, 10), r.randrange(1, 40), alnum(r, 22), rfcdate(t, "UTC"))]
    rt.client = (host, host, "167.89.%d.%d" % (r.randrange(0, 120), r.randrange(1, 254)))
    rt.mx_t = plus(t, 4)
    rt.date = rfcdate(t, zone)
    rt.msgid = "<%s@geopod-ismtpd-%d>" % (alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), r.randrange(1, 40))
    rt.xh = [("X-SG-EID", alnum(r, 120) + "=="), ("X-Entity-ID", "u001." + alnum(r, 22) + "==")]
    rt.bstyle = "sendgrid"
    return rt


def mailgun(r, t, domain, zone="UTC"):
    rt = Route()
    n1, n2 = r.choice([(228, r.randrange(1, 30)), (42, r.randrange(1, 9)), (49, r.randrange(1, 30))])
    host = "m%d-%d.eu.mailgun.net" % (n1, n2)
    rt.received = ["by %s with HTTP id %s; %s" % ("6a2" + hexid(r, 21), hexid(r, 24), rfcdate(t, "UTC"))]
    rt.client = (host, host, "161.38.%d.%d" % (r.randrange(192, 207), r.randrange(1, 254)))
    rt.mx_t = plus(t, 3)
    rt.date = rfcdate(t, zone)
    lt = local(t, "UTC")
    rt.msgid = "<%s.%s@%s>" % (lt.strftime("%Y%m%d%H%M%S"), hexid(r, 16), domain)
    rt.xh = [("X-Mailgun-Sid", alnum(r, 64) + "="), ("X-Mailgun-Sending-Ip", rt.client[2]), ("X-Mailgun-Batch-Id", hexid(r, 24))]
    rt.bstyle = "mailgun"
    return rt


def ses_id(r, t, long=False):
    """Amazon SES message id: '0102' + 12 hex digits of the ms timestamp + random parts."""
    ms = int(t.timestamp() * 1000) + r.randrange(100, 900)
    if long:
        return "0102%012x-%s-%s-%s-%s-000000" % (ms, hexid(r, 8), hexid(r, 4), hexid(r, 4), hexid(r, 12))
    return "0102%012x-%s-000000" % (ms, hexid(r, 8))


def ses(r, t, zone="UTC", region="eu-west-1"):
    rt = Route()
    a = r.randrange(7, 9)
    b = r.randrange(10, 30)
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, region)
    rt.received = []
    rt.client = (host, host, "54.240.%d.%d" % (a, b))
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, zone)
    rt.msgid = "<%s@%s.amazonses.com>" % (ses_id(r, t, True), region)
    rt.xh = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, alnum(r, 43)))]
    rt.bstyle = "ses"
    return rt


def brevo(r, t, zone="UTC"):
    rt = Route()
    host = "smtp-relay.sendinblue.com"
    rt.received = []
    ip = "185.41.28.%d" % r.randrange(100, 200)
    rt.client = ("smtp-relay.sendinblue.com", "%s.smtp-out.sendinblue.com" % ip.split(".")[-1], ip)
    rt.tls = TLS12
    rt.mx_t = plus(t, 3)
    rt.date = rfcdate(t, zone)
    rt.msgid = "<%s.%d@smtp-relay.mailin.fr>" % (local(t, "UTC").strftime("%Y%m%d%H%M"), r.randrange(10 ** 10, 10 ** 11))
    rt.xh = [("X-Mailer", "Sendinblue"), ("X-sib-id", alnum(r, 96)), ("X-CSA-Complaints", "csa-complaints@eco.de"),
             ("Origin-messageId", "<%s.%d@smtp-relay.mailin.fr>" % (local(t, "UTC").strftime("%Y%m%d%H%M"), r.randrange(10 ** 10, 10 ** 11)))]
    rt.bstyle = "generic"
    return rt


def cleverreach(r, t):
    rt = Route()
    n = r.randrange(10, 60)
    host = "mta%d.crsend.com" % n
    rt.received = []
    rt.client = (host, host, "195.140.%d.%d" % (r.randrange(184, 187), r.randrange(2, 250)))
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, "DE")
    rt.msgid = "<%s.%s@crsend.com>" % (hexid(r, 16), alnum(r, 10))
    rt.xh = [("X-Mailer", "CleverReach MTA"), ("X-CSA-Complaints", "csa-complaints@eco.de"),
             ("X-CR-CampaignID", str(r.randrange(10 ** 6, 10 ** 7)))]
    rt.bstyle = "generic"
    return rt


def govdelivery(r, t):
    rt = Route()
    host = "mail%d.govdelivery.com" % r.randrange(10, 99)
    rt.client = ("mx%d.govdelivery.com" % r.randrange(1, 9), host, "198.136.%d.%d" % (r.randrange(128, 159), r.randrange(2, 250)))
    rt.tls = TLS12
    rt.mx_t = plus(t, 3)
    rt.date = rfcdate(t, "UK")
    rt.msgid = "<%d.%d@public.govdelivery.com>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 6, 10 ** 7))
    rt.xh = [("X-Accountcode", "UKMHRA"), ("X-Mailer", "govDelivery")]
    rt.bstyle = "javamail"
    return rt


# ------------------------------------------------------------------ service senders (genuine or abused)

def service(r, t, kind, **kw):
    rt = Route()
    if kind == "docusign":
        n = r.randrange(10, 60)
        host = "mailfr%d.eumail.docusign.net" % n
        rt.client = (host, host, "185.81.%d.%d" % (r.randrange(100, 103), r.randrange(2, 250)))
        rt.received = ["from docusign.net (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%%RCPT%%>; %s" % (
            r.randrange(0, 255), r.randrange(0, 255), r.randrange(1, 254), host, postfix_qid(r), rfcdate(t, "UTC", comment=True))]
        rt.date = rfcdate(t, "UTC")
        rt.msgid = "<%s@eumail.docusign.net>" % hexid(r, 32)
        rt.xh = [("X-API-Host", "https://eu.docusign.net"), ("X-DocuSign-Envelope", kw.get("envelope", uuid4(r)))]
        rt.bstyle = "docusign"
    elif kind == "paypal":
        host = "mx0a.mail.paypal.com"
        rt.client = (host, host, "173.0.84.%d" % r.randrange(225, 229))
        rt.received = ["from [10.%d.%d.%d] ([10.%d.%d.%d:%d] helo=phx-mailer-%s)\n\tby phx-mta%d.paypal.com (envelope-from <service@paypal.co.uk>)\n\t(ecelerity 4.4.1.20033 r(msys-ecelerity:tags/4.4.1.0^0)) with ESMTP\n\tid %s; %s" % (
            r.randrange(0, 255), r.randrange(0, 255), r.randrange(1, 254), r.randrange(0, 255), r.randrange(0, 255), r.randrange(1, 254),
            r.randrange(30000, 60000), hexid(r, 6), r.randrange(1, 9), "%s.%s.%s" % (hexid(r, 2).upper(), hexid(r, 5).upper(), hexid(r, 8)), rfcdate(t, "US"))]
        rt.date = rfcdate(t, "US")
        rt.msgid = "<%s.%d@paypal.com>" % (hexid(r, 13), int(t.timestamp() * 1000) - r.randrange(500, 3000))
        rt.xh = [("X-Email-Type-Id", kw.get("etype", "PPC000628")), ("X-XPT-XSL-Name", "invoicing/CustomerInvoice"),
                 ("PP-Correlation-Id", hexid(r, 13)), ("X-PP-REQUESTED-TIME", str(int(t.timestamp() * 1000) - r.randrange(3000, 9000))),
                 ("X-PP-Email-transmission-Id", uuid4(r))]
        rt.bstyle = "javamail"
        rt.tls = TLS12
    elif kind == "microsoft":
        rt = m365(r, t, region="US", org_domain="microsoft.com", lang="en-US")
        rt.msgid = "<%s@az.%s.microsoft.com>" % (uuid4(r), r.choice(["westeurope", "northeurope", "eastus2"]))
        rt.style = "default"
        rt.xh = [("X-MS-Exchange-Organization-AuthAs", "Anonymous")] if False else []
        rt.bstyle = "javamail"
    elif kind == "sharepoint":
        region = kw.get("region", "EU")
        rt = m365(r, t, region=region, org_domain=kw.get("org"), lang=kw.get("lang", "de-DE"))
        rt.received = rt.received[:1]
        rt.msgid = "<%s@%s>" % (uuid4(r), rt.received[0].split()[1])
        rt.style = "default"
        rt.xh = [("X-MS-Exchange-Organization-AuthAs", "Anonymous")] if False else []
        rt.xh = [("X-Sharing-Type", "AnonymousOrCompany")] if False else []
        rt.bstyle = "javamail"
    elif kind == "google":
        host = "mail-sor-f%d.google.com" % r.randrange(41, 75)
        rt.client = (host, host, "209.85.220.%d" % int(host.split("-f")[1].split(".")[0]))
        rt.received = ["by %s with SMTPS id %s\n        for <%%RCPT%%>\n        (Google Transport Security);\n        %s" % (
            host, "%s-%s" % (hexid(r, 10), hexid(r, 8)), rfcdate(t, "US", comment=True))]
        rt.pre = [("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s-%smr%d;\n        %s" % (
            r.randrange(0x6000, 0x6fff), r.randrange(0x1000, 0x9fff), r.randrange(0x400, 0x4ff), r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff),
            hexid(r, 10), hexid(r, 8), r.randrange(10 ** 7, 10 ** 8), rfcdate(t, "US", comment=True)))]
        rt.date = rfcdate(t, "UTC")
        rt.msgid = "<%s@notifications.google.com>" % alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        rt.bstyle = "gmail"
        rt.style = "gmail"
    elif kind == "github":
        n = r.randrange(18, 30)
        host = "out-%d.smtp.github.com" % n
        rt.client = (host, host, "192.30.252.%d" % (190 + n))
        rt.received = ["from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%%RCPT%%>; %s" % (
            hexid(r, 5), r.randrange(0, 255), r.randrange(1, 254), postfix_short_qid(r), rfcdate(t, "US-E", comment=True))]
        rt.date = rfcdate(t, "US-E")
        rt.msgid = "<%s_%d%s@%s.mail>" % (hexid(r, 13), r.randrange(10, 99), hexid(r, 4), "lowworker-" + hexid(r, 6) + "-" + alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        rt.xh = [("X-Auto-Response-Suppress", "All")]
        rt.bstyle = "generic"
    elif kind == "yandex-id":
        fw = "forward%d%s.mail.yandex.net" % (r.randrange(100, 600), r.choice("abcd"))
        rt.client = (fw, fw, "178.154.239.%d" % r.randrange(60, 220))
        nn = r.randrange(10, 90)
        rt.received = ["from mail-notify-production-main-%d.sas.yp-c.yandex.net (mail-notify-production-main-%d.sas.yp-c.yandex.net [IPv6:2a02:6b8:c14:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%%RCPT%%>; %s" % (
            nn, nn, r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff), fw, alnum(r, 12), rfcdate(t, "RU"))]
        rt.date = rfcdate(t, "RU")
        rt.msgid = "<%d@notify.yandex.ru>" % r.randrange(10 ** 17, 10 ** 18)
        rt.xh = [("X-Yandex-Service", alnum(r, 40) + "==")]
        rt.bstyle = "yandex"
    else:
        raise ValueError(kind)
    rt.mx_t = plus(t, 3)
    return rt


def generic_mta(r, t, helo, rdns, ip, domain, zone, inner=None, ua="none", tls=TLS12, mid=None):
    """Corporate/government mailer with its own MTA; inner: list of lower trace lines."""
    rt = Route()
    rt.received = inner or []
    rt.client = (helo, rdns, ip)
    rt.tls = tls
    rt.mx_t = plus(t, 2)
    rt.date = rfcdate(t, zone)
    _ua(r, rt, ua, t, domain)
    if mid:
        rt.msgid = mid
    return rt
