"""Sending-infrastructure profiles: each returns the trace (Received chain
below mx01's own header), the connecting client as mx01 sees it, and the
identifiers (Message-ID, boundaries, extra headers) in that system's style."""
import base64
import datetime as _dt
import hashlib
import uuid

from mime import rfcdate

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
PFX_QID = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars=ALNUM):
    return "".join(rng.choice(chars) for _ in range(n))


def b64ish(rng, n):
    return alnum(rng, n, ALNUM + "+/")


def uuid_from(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def postfix_qid(rng):
    return alnum(rng, 1, "456") + alnum(rng, 5, PFX_QID) + "z" + alnum(rng, rng.choice([4, 5, 6]), PFX_QID)


def postfix_short_qid(rng):
    return hexs(rng, 10, upper=True)


def exim_id(rng):
    return "1%s-%s-%s" % (alnum(rng, 5), "0000000" + alnum(rng, 4, "0123456789" + ALNUM), alnum(rng, 4))


def ago(t, seconds):
    return t - _dt.timedelta(seconds=seconds)


def filetime(t):
    return int((t.timestamp() + 11644473600) * 10 ** 7)


def thread_index(rng, t, children=0):
    ft = filetime(t)
    head = ft.to_bytes(8, "big")[:6]
    guid = rng.getrandbits(128).to_bytes(16, "big")
    data = head + guid
    for _ in range(children):
        data += rng.getrandbits(40).to_bytes(5, "big")
    return base64.b64encode(data).decode()


TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
TLS13_128 = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
TLS12 = "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"


def mx01_received(helo, rdns, ip, t, rcpt, qid, tls="1.3"):
    s = "from %s (%s [%s])\n" % (helo, rdns, ip)
    if tls:
        s += "\t" + {"1.3": TLS13, "1.3a": TLS13_128, "1.2": TLS12}[tls] + "\n"
        s += "\t(No client certificate requested)\n"
        s += "\tby mx01.example.com (Postfix) with ESMTPS id %s\n" % qid
    else:
        s += "\tby mx01.example.com (Postfix) with ESMTP id %s\n" % qid
    s += "\tfor <%s>; %s" % (rcpt, rfcdate(t, "DE", abbr=True))
    return s


def postfix_hop(frm, by, t, zone, qid, proto="ESMTPSA", rcpt=None, tls=None, abbr=True):
    s = "from %s\n" % frm
    if tls:
        s += "\t" + {"1.3": TLS13, "1.2": TLS12}[tls] + "\n\t(No client certificate requested)\n"
    s += "\tby %s (Postfix) with %s id %s" % (by, proto, qid)
    if rcpt:
        s += "\n\tfor <%s>" % rcpt
    s += "; %s" % rfcdate(t, zone, abbr=abbr)
    return s


class Trace:
    def __init__(self, client, hops, tls="1.3", zone="DE", date_lag=3, extra=None,
                 msgid=None, bstyle="generic", return_path=None, date_fmt=None):
        self.client = client
        self.hops = hops
        self.tls = tls
        self.zone = zone
        self.date_lag = date_lag
        self.extra = extra or []
        self.msgid = msgid
        self.bstyle = bstyle
        self.return_path = return_path
        self.date_fmt = date_fmt


# --- boundary styles --------------------------------------------------------

def make_boundary(style, rng, t, idx, msgid="", ctype="multipart/mixed", counter=0x17):
    if style == "outlook_smtp":
        ft = filetime(t)
        return "----=_NextPart_%03d_%04X_%08X.%08X" % (idx, counter + idx, ft >> 32, ft & 0xFFFFFFFF)
    if style == "exchange":
        inner = "".join(c for c in msgid.strip("<>") if c.isalnum())
        num = {"multipart/mixed": 4, "multipart/related": 6, "multipart/alternative": 0}.get(ctype, 7)
        return ("_%03d_%s" % (num, inner))[:69] + "_"
    if style == "gmail":
        return "0000000000" + hexs(rng, 18)
    if style == "thunderbird":
        return "------------" + alnum(rng, 24)
    if style == "apple":
        return "Apple-Mail=_" + uuid_from(rng, upper=True)
    if style == "roundcube":
        return "=_" + hexs(rng, 32)
    if style == "phpmailer":
        return "b1=_" + alnum(rng, 43)
    if style == "python":
        return "=" * 15 + "%019d" % rng.randrange(10 ** 18, 10 ** 19) + "=="
    if style == "sendgrid":
        return hexs(rng, 64)
    if style == "mailgun":
        return hexs(rng, 32)
    if style == "java":
        return "----=_Part_%d_%d.%d" % (rng.randrange(100000, 999999), rng.randrange(10 ** 8, 10 ** 9),
                                        int(t.timestamp() * 1000))
    if style == "thebat":
        return "----------" + hexs(rng, 14, upper=True)
    if style == "mailru":
        return "--ALT--" + hexs(rng, 8) + str(int(t.timestamp()))
    if style == "yandex":
        return "----==" + alnum(rng, 16) + "=="
    if style == "mailchimp":
        return "_----------=_MCPart_%d" % rng.randrange(10 ** 8, 10 ** 9)
    if style == "zoho":
        return "----=_Part_%d_%d.%d" % (rng.randrange(1000, 9999), rng.randrange(10 ** 8, 10 ** 9),
                                        int(t.timestamp() * 1000))
    if style == "brevo":
        return "----=_Part_%s" % hexs(rng, 24)
    if style == "ses":
        return "----=_Part_%d_%d.%d" % (rng.randrange(100000, 999999), rng.randrange(10 ** 8, 10 ** 9),
                                        int(t.timestamp() * 1000))
    return "----=_Boundary_%s" % hexs(rng, 20)


# --- profiles ---------------------------------------------------------------

def internal_exchange(b, server="EXMBX01", client_ip="10.20.31.47"):
    rng, t = b.rng, b.t
    fqdn = "%s.corp.example.com" % server
    ip = {"EXMBX01": "10.20.1.11", "EXMBX02": "10.20.1.12"}[server]
    ll = "fe80::%s:%s:%s:%s" % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4))
    hops = [
        ("Received", postfix_hop("%s (%s [%s])" % (fqdn, fqdn.lower(), ip), "mail-int01.example.com",
                                 ago(t, 1), "DE", postfix_qid(rng), proto="ESMTPS", rcpt=b.rcpt, tls="1.2")),
        ("Received", "from %s (%s) by %s (%s) with Microsoft SMTP Server\n"
                     " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n"
                     " 15.2.1748.10; %s" % (fqdn, ip, fqdn, ip, rfcdate(ago(t, 2), "DE"))),
        ("Received", "from %s ([%s]) by %s ([%s%%4]) with\n mapi id 15.02.1748.010; %s"
         % (fqdn, ll, fqdn, ll, rfcdate(ago(t, 2), "DE"))),
    ]
    msgid = "<%s@%s>" % (hexs(rng, 32), fqdn)
    extra = [("x-ms-exchange-messagesentrepresentingtype", "1"),
             ("x-originating-ip", "[%s]" % client_ip)]
    return Trace(("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), hops, tls="1.2",
                 zone="DE", date_lag=3, extra=extra, msgid=msgid, bstyle="exchange")


_O365_IPS = {
    "eurprd04": ("EUR04-DB3-obe.outbound.protection.outlook.com", "mail-db3eur04on{n}.outbound.protection.outlook.com", "40.107.6.{o}"),
    "eurprd05": ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on{n}.outbound.protection.outlook.com", "40.107.22.{o}"),
    "eurprd07": ("EUR05-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur05on{n}.outbound.protection.outlook.com", "40.107.21.{o}"),
    "eurprd08": ("EUR03-DBA-obe.outbound.protection.outlook.com", "mail-dbaeur03on{n}.outbound.protection.outlook.com", "40.107.104.{o}"),
    "gbrprd01": ("GBR01-CWX-obe.outbound.protection.outlook.com", "mail-cwxgbr01on{n}.outbound.protection.outlook.com", "52.101.78.{o}"),
    "namprd11": ("NAM11-CO1-obe.outbound.protection.outlook.com", "mail-co1nam11on{n}.outbound.protection.outlook.com", "40.107.220.{o}"),
}


def o365(b, region="eurprd04", server_prefix="AM9PR04MB", consumer=False, zone="DE", tenant_id=None):
    """Exchange Online tenant (business) or outlook.com consumer mailbox."""
    rng, t = b.rng, b.t
    o = rng.randrange(20, 250)
    n = "2%03d" % (o if o < 100 else o % 100 + 0)
    if consumer:
        server = "PAXP193MB%04d" % rng.randrange(1000, 9999)
        dom = "EURP193.PROD.OUTLOOK.COM"
        helo = "EUR02-DB5-obe.outbound.protection.outlook.com"
        rdns = "mail-db5eur02olkn%s.outbound.protection.outlook.com" % n
        ip = "40.92.50.%d" % o
        server2 = "DU0P193MB%04d" % rng.randrange(1000, 9999)
    else:
        server = "%s%04d" % (server_prefix, rng.randrange(1000, 9999))
        dom = "%s.prod.outlook.com" % region
        helo, rdns_t, ip_t = _O365_IPS[region]
        rdns = rdns_t.format(n=n)
        ip = ip_t.format(o=o)
        server2 = "PAXPR%sMB%04d" % (server_prefix[5:7], rng.randrange(1000, 9999))
    v6a = "2603:10a6:%x:%x::%x" % (rng.randrange(16, 999), rng.randrange(16, 999), rng.randrange(1, 30))
    v6b = "2603:10a6:%x:%x::%x" % (rng.randrange(16, 999), rng.randrange(16, 999), rng.randrange(1, 30))
    ll = "fe80::%s:%s:%s:%s" % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4))
    f1 = "%s.%s" % (server, dom)
    f2 = "%s.%s" % (server2, dom)
    build = "15.20.9412.%03d" % rng.randrange(5, 40)
    hops = [
        ("Received", "from %s (%s)\n by %s (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n"
                     " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
         % (f1, v6a, f2, v6b, build.rsplit(".", 1)[0] + "." + str(int(build.rsplit(".", 1)[1])), rfcdate(ago(t, 1), "UTC"))),
        ("Received", "from %s\n ([%s]) by %s\n ([%s%%4]) with mapi id %s; %s"
         % (f1, ll, f1, ll, build, rfcdate(ago(t, 2), "UTC"))),
    ]
    inner = server + hexs(rng, 26, upper=True)
    msgid = "<%s@%s>" % (inner, f1)
    tid = tenant_id or ("84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa" if consumer else uuid_from(rng))
    extra = [
        ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", rfcdate(ago(t, 2), "UTC").split(", ", 1)[1].replace(" +0000", "").replace(" ", " ").replace(" 2026 ", " 2026 ") + ".%04d (UTC)" % rng.randrange(10000)),
        ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Hosted"),
        ("X-MS-Exchange-CrossTenant-Id", tid),
        ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
        ("X-MS-Exchange-CrossTenant-AuthSource", f1),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", server2),
        ("X-MS-PublicTrafficType", "Email"),
        ("X-MS-TrafficTypeDiagnostic", "%s:EE_|%s:EE_" % (server, server2)),
        ("X-MS-Office365-Filtering-Correlation-Id", uuid_from(rng)),
    ]
    return Trace((helo, rdns, ip), hops, tls="1.2", zone="UTC", date_lag=3, extra=extra, msgid=msgid,
                 bstyle="exchange")


def gmail(b, zone="DE"):
    rng, t = b.rng, b.t
    pfx, third = rng.choice([("wm1", 128), ("wr1", 221), ("ej1", 218), ("ed1", 208), ("lf1", 167), ("pl1", 214)])
    fnum = rng.randrange(41, 99)
    host = "mail-%s-f%d.google.com" % (pfx, fnum)
    ip = "209.85.%d.%d" % (third, fnum)
    sfx = rng.choice(["e9", "a7", "3f", "d8"])
    smtpid = "5b1f17b1804b1-4%sso%d%s.%d" % (hexs(rng, 10), rng.randrange(10 ** 7, 10 ** 8), sfx, rng.randrange(1, 9))
    hops = [
        ("Received", "by %s with SMTP id %s\n        for <%s>; %s"
         % (host, smtpid, b.rcpt, rfcdate(ago(t, 1), "US-PT", abbr=True))),
    ]
    extra_pre = [
        ("X-Gm-Message-State", "AOJu0Y" + b64ish(rng, 62)),
        ("X-Gm-Gg", "ASbGnc" + b64ish(rng, 100)),
        ("X-Google-Smtp-Source", "AGHT+I" + b64ish(rng, 80)),
        ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s"
         % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 3), hexs(rng, 4),
            smtpid.split("so")[0] + "mr%d%s.%d.%d" % (rng.randrange(10 ** 7, 10 ** 8), sfx, rng.randrange(1, 99), int(t.timestamp() * 1000) - 900),
            rfcdate(ago(t, 1), "US-PT", abbr=True))),
    ]
    msgid = "<CA%s@mail.gmail.com>" % alnum(rng, rng.randrange(50, 62), ALNUM + "+_-=")
    return Trace((host, host, ip), hops + extra_pre, tls="1.3", zone=zone, date_lag=2, msgid=msgid,
                 bstyle="gmail")


def gmx(b, brand="gmx", webmail=True, client_ip="84.150.22.91", zone="DE"):
    rng, t = b.rng, b.t
    if brand == "gmx":
        mout, mip, mr, dom = "mout.gmx.net", "212.227.15.%d" % rng.choice([15, 18, 19]), "mrgmx%03d" % rng.randrange(1, 120), "mail.gmx.net"
        app = "3c-app-gmx-bs%02d" % rng.randrange(1, 70)
    else:
        mout, mip, mr, dom = "mout.web.de", "217.72.192.%d" % rng.choice([78, 65]), "mrweb%03d" % rng.randrange(1, 120), "web.de"
        app = "3c-app-webde-bap%02d" % rng.randrange(1, 70)
    nid = "%s-%s-%s" % (alnum(rng, 10), alnum(rng, 10), alnum(rng, 8))
    hops = [("Received", "from %s ([%s]) by %s\n (%s [212.227.17.%d]) with ESMTPSA (Nemesis) id %s; %s"
             % ("[%s]" % ("10.69.%d.%d" % (rng.randrange(255), rng.randrange(255))) if webmail else "[192.168.178.%d]" % rng.randrange(20, 60),
                client_ip, dom, mr, rng.randrange(100, 200), nid, rfcdate(ago(t, 1), zone)))]
    if webmail:
        msgid = "<trinity-%s-%d@%s>" % (uuid_from(rng), int(ago(t, 3).timestamp() * 1000), app)
    else:
        msgid = None
    extra = [("X-Provags-ID", "V03:K1:" + b64ish(rng, 70)),
             ("X-UI-Message-Type", "mail")]
    return Trace((mout, mout, mip), hops, tls="1.3", zone=zone, date_lag=3, extra=extra, msgid=msgid,
                 bstyle="roundcube")


def ionos(b, client="LAPTOP-SM01", client_ip="91.64.137.22", zone="DE"):
    rng, t = b.rng, b.t
    mip = "212.227.126.%d" % rng.choice([130, 131, 133, 134, 135, 187])
    nid = "%s-%s-%s" % (alnum(rng, 10), alnum(rng, 10), alnum(rng, 8))
    hops = [("Received", "from %s ([%s]) by mrelayeu.kundenserver.de\n (mreue%03d [213.165.67.%d]) with ESMTPSA (Nemesis) id %s\n for <%s>; %s"
             % (client, client_ip, rng.randrange(100, 120), rng.randrange(97, 124), nid, b.rcpt, rfcdate(ago(t, 1), zone)))]
    extra = [("X-Provags-ID", "V03:K1:" + b64ish(rng, 70))]
    return Trace(("mout.kundenserver.de", "mout.kundenserver.de", mip), hops, tls="1.3", zone=zone,
                 date_lag=4, extra=extra, bstyle="outlook_smtp")


def ionos_webmail(b, client_ip, zone="DE"):
    rng, t = b.rng, b.t
    mip = "212.227.126.%d" % rng.choice([130, 131, 133, 134, 135, 187])
    nid = "%s-%s-%s" % (alnum(rng, 10), alnum(rng, 10), alnum(rng, 8))
    hops = [
        ("Received", "from oxbaltgw%02d.schlund.de ([172.19.246.%d]) by mrelayeu.kundenserver.de\n (mreue%03d [213.165.67.%d]) with ESMTPSA (Nemesis) id %s\n for <%s>; %s"
         % (rng.randrange(1, 60), rng.randrange(2, 250), rng.randrange(100, 120), rng.randrange(97, 124), nid, b.rcpt, rfcdate(ago(t, 1), zone))),
    ]
    msgid = "<%d.%d.%d@email.ionos.de>" % (rng.randrange(10 ** 8, 10 ** 9), rng.randrange(10 ** 5, 10 ** 6), int(ago(t, 3).timestamp() * 1000))
    extra = [("X-Priority", "3"), ("Importance", "Normal"),
             ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev74"),
             ("X-Originating-Client", "open-xchange-appsuite"),
             ("X-Originating-IP", client_ip),
             ("X-Provags-ID", "V03:K1:" + b64ish(rng, 70))]
    return Trace(("mout.kundenserver.de", "mout.kundenserver.de", mip), hops, tls="1.3", zone=zone,
                 date_lag=3, extra=extra, msgid=msgid, bstyle="java")


def aruba(b, client="PC-AMMINISTR", client_ip="93.41.118.204", zone="IT"):
    rng, t = b.rng, b.t
    n = rng.randrange(10000, 14999)
    host = "smtpcmd%05d.aruba.it" % n
    ip = "62.149.156.%d" % (n % 250)
    hops = [("Received", "from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
             % (client, client_ip, alnum(rng, 15), rfcdate(ago(t, 1), zone)))]
    return Trace((host, host, ip), hops, tls="1.2", zone=zone, date_lag=4, bstyle="outlook_smtp")


def libero(b, client_ip="79.30.112.45", zone="IT"):
    rng, t = b.rng, b.t
    n = rng.randrange(10, 40)
    hops = [("Received", "from webmail.libero.it ([10.101.%d.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s"
             % (rng.randrange(1, 30), rng.randrange(2, 250), n, alnum(rng, 16), rfcdate(ago(t, 1), zone)))]
    msgid = "<%d.%d.%d@mail1.libero.it>" % (rng.randrange(10 ** 8, 2 * 10 ** 9), rng.randrange(10 ** 5, 10 ** 7), int(ago(t, 3).timestamp() * 1000))
    extra = [("X-Originating-IP", client_ip), ("X-Priority", "3"), ("Importance", "Normal"),
             ("X-Mailer", "Libero Mail 4.2.0")]
    return Trace(("libero.it", "smtp-%d-i6.italiaonline.it" % n, "213.209.10.%d" % n), hops, tls="1.2",
                 zone=zone, date_lag=3, extra=extra, msgid=msgid, bstyle="java")


def wp(b, client_ip="83.21.74.160", zone="PL", webmail=False, client_helo="[192.168.1.14]"):
    rng, t = b.rng, b.t
    mx = rng.randrange(1, 9)
    hops = [
        ("Received", "(wp-smtpd smtp.wp.pl %d invoked from network);\n          %s"
         % (rng.randrange(1000, 30000), rfcdate(ago(t, 1), zone, pad_day=False).split(", ", 1)[1])),
        ("Received", "from %s (HELO %s) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s"
         % ("unknown" if not webmail else "poczta.wp.pl", client_helo if not webmail else "poczta.wp.pl",
            b.mail_from.split("@")[0], client_ip, b.mail_from, b.rcpt, rfcdate(ago(t, 1), zone).split(", ", 1)[1])),
    ]
    extra = [("X-WP-MailID", hexs(rng, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    return Trace(("mx%d.wp.pl" % mx, "mx%d.wp.pl" % mx, "212.77.101.%d" % (10 + mx)), hops, tls="1.2",
                 zone=zone, date_lag=4, extra=extra, bstyle="outlook_smtp" if not webmail else "java")


def yandex(b, zone="RU", web=True, client_ip="95.165.24.71"):
    rng, t = b.rng, b.t
    fw = "forward%d%s.mail.yandex.net" % (rng.choice([500, 501, 502, 101, 102]), rng.choice("abcd"))
    fip = "178.154.239.%d" % rng.randrange(70, 220)
    nw = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (rng.randrange(10, 99), rng.choice(["vla", "sas", "iva", "myt"]))
    hops = [
        ("Received", "from %s (%s [IPv6:2a02:6b8:c1f:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s"
         % (nw, nw, rng.randrange(4096), rng.randrange(4096), fw, alnum(rng, 10), b.rcpt, rfcdate(ago(t, 1), zone, abbr=True))),
        ("Received", "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s"
         % (nw, alnum(rng, 10), alnum(rng, 8), rfcdate(ago(t, 2), zone, abbr=True))),
    ]
    if web:
        msgid = "<%d%d@mail.yandex.ru>" % (rng.randrange(100000, 999999), int(ago(t, 3).timestamp()))
    else:
        msgid = None
    return Trace((fw, fw, fip), hops, tls="1.3", zone=zone, date_lag=3, msgid=msgid, bstyle="yandex")


def mailru(b, zone="RU", client_ip="176.59.44.12"):
    rng, t = b.rng, b.t
    n = rng.randrange(100, 499)
    host = "f%d.i.mail.ru" % n
    hops = [
        ("Received", "by %s with local (envelope-from <%s>)\n\tid %s; %s"
         % (host, b.mail_from, exim_id(rng), rfcdate(ago(t, 1), zone))),
        ("Received", "by e.mail.ru with HTTP;\n\t%s" % rfcdate(ago(t, 2), zone)),
    ]
    msgid = "<%d.%d@%s>" % (int(ago(t, 2).timestamp()), rng.randrange(10 ** 8, 10 ** 9), host)
    extra = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % client_ip),
             ("X-Priority", "3 (Normal)"), ("X-Mras", "Ok")]
    return Trace((host, host, "185.5.136.%d" % (n % 250)), hops, tls="1.3", zone=zone, date_lag=3,
                 extra=extra, msgid=msgid, bstyle="mailru")


def otenet(b, client="DESKTOP-GA7K2L", client_ip="79.131.52.18", zone="GR"):
    rng, t = b.rng, b.t
    sid = alnum(rng, 14, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    hops = [("Received", "from %s (athe%s.otenet.gr [%s])\n\tby mailout.otenet.gr (8.15.2/8.15.2) with ESMTPSA id %s\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO)\n\tfor <%s>; %s"
             % (client, client_ip.replace(".", "-"), client_ip, sid, b.rcpt, rfcdate(ago(t, 1), zone)))]
    return Trace(("mailout.otenet.gr", "mailout.otenet.gr", "83.235.69.%d" % rng.randrange(20, 40)), hops,
                 tls="1.2", zone=zone, date_lag=4, bstyle="outlook_smtp")


def own_postfix(b, mailhost, mailip, client_desc, zone="DE", tls_out="1.3", rdns=None, bstyle="outlook_smtp",
                proto="ESMTPSA", extra_hops=None):
    """Small company with its own (or hosted) Postfix server; client_desc is
    the text after 'from' for the hop (e.g. 'DESKTOP-X (unknown [1.2.3.4])')."""
    rng, t = b.rng, b.t
    hops = [("Received", postfix_hop(client_desc, mailhost, ago(t, 1), zone, postfix_qid(rng), proto=proto,
                                     rcpt=None))]
    if extra_hops:
        hops += extra_hops
    return Trace((mailhost, rdns or mailhost, mailip), hops, tls=tls_out, zone=zone, date_lag=4,
                 bstyle=bstyle)


def vps_roundcube(b, mailhost, ip, rdns, client_ip, zone="DE", version="1.6.9"):
    rng, t = b.rng, b.t
    dom = b.mail_from.split("@")[1]
    hops = [("Received", postfix_hop("localhost (localhost [127.0.0.1])", mailhost, ago(t, 1), zone,
                                     postfix_qid(rng), proto="ESMTPSA"))]
    msgid = "<%s@%s>" % (hexs(rng, 32), dom)
    extra = [("X-Sender", b.mail_from), ("User-Agent", "Roundcube Webmail/%s" % version)]
    return Trace((mailhost, rdns, ip), hops, tls="1.3", zone=zone, date_lag=3, extra=extra, msgid=msgid,
                 bstyle="roundcube")


def vps_client(b, mailhost, ip, rdns, client_ip, client_helo=None, zone="DE", bstyle="thunderbird"):
    rng, t = b.rng, b.t
    helo = client_helo or "[192.168.%d.%d]" % (rng.randrange(0, 3), rng.randrange(2, 200))
    hops = [("Received", postfix_hop("%s (unknown [%s])" % (helo, client_ip), mailhost, ago(t, 1), zone,
                                     postfix_qid(rng), proto="ESMTPSA"))]
    return Trace((mailhost, rdns, ip), hops, tls="1.3", zone=zone, date_lag=3, bstyle=bstyle)


def cpanel_exim(b, server, server_ip, client_ip=None, client_helo=None, zone="DE", php_script=None,
                uid="1004", user=None, exim="4.98"):
    """Compromised shared-hosting account (cPanel + Exim)."""
    rng, t = b.rng, b.t
    dom = b.mail_from.split("@")[1]
    if php_script:
        user = user or dom.split(".")[0][:8]
        hop = ("Received", "from %s by %s with local (Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s"
               % (user, server, exim, b.mail_from, exim_id(rng), b.rcpt, rfcdate(ago(t, 1), zone)))
    else:
        hop = ("Received", "from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s"
               % (client_ip, rng.randrange(49152, 65535), client_helo or "[127.0.0.1]", server, exim, b.mail_from,
                  exim_id(rng), b.rcpt, rfcdate(ago(t, 1), zone)))
    extra = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
             ("X-AntiAbuse", "Primary Hostname - %s" % server),
             ("X-AntiAbuse", "Original Domain - example.com"),
             ("X-AntiAbuse", "Originator/Caller UID/GID - [%s %s] / [47 12]" % (uid, uid)),
             ("X-AntiAbuse", "Sender Address Domain - %s" % dom)]
    if php_script:
        extra += [("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (server, user)),
                  ("X-Authenticated-Sender", "%s: %s" % (server, b.mail_from)),
                  ("X-PHP-Script", "%s for %s" % (php_script, client_ip)),
                  ("X-PHP-Originating-Script", "%s:%s" % (uid, php_script.rsplit("/", 1)[-1]))]
    else:
        extra += [("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, b.mail_from)),
                  ("X-Authenticated-Sender", "%s: %s" % (server, b.mail_from))]
    return Trace((server, server, server_ip), [hop], tls="1.2", zone=zone, date_lag=3, extra=extra,
                 bstyle="phpmailer" if php_script else "roundcube")


def sendgrid(b, em_domain, zone="UTC"):
    rng, t = b.rng, b.t
    host = "%s.outbound-mail.sendgrid.net" % alnum(rng, 8, "abcdefghijklmnopqrstuvwxyz")
    ip = "159.183.%d.%d" % (rng.randrange(0, 255), rng.randrange(2, 250))
    pod = "geopod-ismtpd-%d" % rng.randrange(1, 40)
    sgid = alnum(rng, 22, ALNUM + "-_")
    hops = [
        ("Received", "by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-%X\n\t%s.%09d +0000 UTC m=+%d.%09d"
         % (hexs(rng, 10), alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), hexs(rng, 10), alnum(rng, 5, "abcdefghijklmnopqrstuvwxyz"),
            hexs(rng, 8, True), rng.randrange(16, 255), ago(t, 1).strftime("%Y-%m-%d %H:%M:%S"), rng.randrange(10 ** 9),
            rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 9))),
        ("Received", "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)"
         % (alnum(rng, 12), pod, sgid, rfcdate(ago(t, 2), "UTC").rsplit(" ", 1)[0], rng.randrange(1000))),
    ]
    uid = rng.randrange(10 ** 7, 5 * 10 ** 7)
    rp = "bounces+%d-%s-%s=%s@%s" % (uid, hexs(rng, 4), b.rcpt.split("@")[0], b.rcpt.split("@")[1], em_domain)
    extra = [("X-SG-EID", "\n " + "\n ".join(b64ish(rng, 76) for _ in range(3)) + "\n " + b64ish(rng, 30) + "="),
             ("X-Entity-ID", "u001." + b64ish(rng, 24) + "==")]
    msgid = "<%s@%s>" % (sgid, pod)
    return Trace((host, host, ip), hops, tls="1.2", zone="UTC", date_lag=3, extra=extra, msgid=msgid,
                 bstyle="sendgrid", return_path=rp)


def mailgun(b, mg_domain):
    rng, t = b.rng, b.t
    ip_last = rng.randrange(2, 250)
    host = "m%d-%d.mailgun.net" % (rng.choice([228, 239, 242]), ip_last)
    ip = "159.135.%d.%d" % (int(host[1:4]), ip_last)
    hops = [("Received", "by %s with HTTP id %s; %s"
             % (hexs(rng, 12), hexs(rng, 24), rfcdate(ago(t, 1), "UTC").replace("+0000", "GMT")))]
    msgid = "<%s.%s@%s>" % (ago(t, 2).strftime("%Y%m%d%H%M%S"), hexs(rng, 16), mg_domain)
    rp = "bounce+%s.%s-%s=%s@%s" % (hexs(rng, 6), hexs(rng, 6), b.rcpt.split("@")[0], b.rcpt.split("@")[1], mg_domain)
    extra = [("X-Mailgun-Sid", b64ish(rng, 60) + "="), ("Sender", "postmaster@%s" % mg_domain)]
    return Trace((host, host, ip), hops, tls="1.2", zone="UTC", date_lag=2, extra=extra, msgid=msgid,
                 bstyle="mailgun", return_path=rp)


def brevo(b, bounce_domain="sender-sib.com"):
    rng, t = b.rng, b.t
    n = rng.randrange(2, 250)
    host = "r%d.d.sender-sib.com" % n
    ip = "77.32.148.%d" % n
    hops = [("Received", "from smtp-relay.sendinblue.com (unknown [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
             % (host, postfix_qid(rng), b.rcpt, rfcdate(ago(t, 1), "UTC", abbr=True)))]
    msgid = "<%s.%d@smtp-relay.mailin.fr>" % (ago(t, 2).strftime("%Y%m%d%H%M"), rng.randrange(10 ** 10, 10 ** 11))
    rp = "bounces-%d-%d-%s=%s@%s" % (rng.randrange(10 ** 5, 10 ** 6), rng.randrange(1000, 9999), b.rcpt.split("@")[0],
                                      b.rcpt.split("@")[1], bounce_domain)
    extra = [("X-Mailin-EID", b64ish(rng, 56) + "~"), ("Origin-messageId", msgid),
             ("X-sib-id", b64ish(rng, 90))]
    return Trace((host, host, ip), hops, tls="1.3", zone="UTC", date_lag=2, extra=extra, msgid=msgid,
                 bstyle="brevo", return_path=rp)


def ses(b, region="eu-west-1"):
    rng, t = b.rng, b.t
    pre = {"eu-west-1": "54.240.7.%d", "eu-central-1": "69.169.224.%d", "us-east-1": "54.240.8.%d"}[region]
    n = rng.randrange(2, 250)
    host = "%s.smtp-out.%s.amazonses.com" % ("a7-%d" % n if region == "eu-west-1" else ("e224-%d" % n if region == "eu-central-1" else "a8-%d" % n), region)
    ip = pre % n
    sesid = "0102019a%s-%s-%s-%s-%s-000000" % (hexs(rng, 8), hexs(rng, 8), hexs(rng, 4), hexs(rng, 4), hexs(rng, 12))
    if region == "eu-central-1":
        sesid = sesid.replace("0102", "0107", 1)
    msgid = "<%s@%s.amazonses.com>" % (sesid, region)
    extra = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, b64ish(rng, 43))),
             ("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), ip))]
    return Trace((host, host, ip), [], tls="1.2", zone="UTC", date_lag=1, extra=extra, msgid=msgid,
                 bstyle="ses", return_path="%s@%s.amazonses.com" % (sesid, region))


def mailchimp(b, us="us21", list_host="list-manage.com"):
    rng, t = b.rng, b.t
    n = rng.randrange(2, 250)
    host = "mail%d-%d.suw%d.mcdlv.net" % (rng.choice([180, 132, 184]), n, rng.randrange(11, 41))
    ip = "198.2.%d.%d" % (int(host[4:7]), n)
    hops = [("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s"
             % (host, alnum(rng, 12, PFX_QID), b.rcpt, rfcdate(ago(t, 1), "UTC").replace("+0000", "+0000 (GMT)")))]
    cid = hexs(rng, 26)
    msgid = "<%s.%s@%s.%s>" % (hexs(rng, 26), hexs(rng, 10), us, "mcsv.net")
    rp = "bounce-mc.%s_%d.%d-%s=%s@%s" % (us, rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 6, 10 ** 7),
                                        b.rcpt.split("@")[0], b.rcpt.split("@")[1], host)
    extra = [("X-Mailer", "MailChimp Mailer - **CID%s**" % cid),
             ("X-Campaign", "mailchimp%s.%s" % (hexs(rng, 26), hexs(rng, 10))),
             ("X-campaignid", "mailchimp%s.%s" % (hexs(rng, 26), hexs(rng, 10))),
             ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s"
              % (hexs(rng, 26), hexs(rng, 10), hexs(rng, 10))),
             ("X-MC-User", hexs(rng, 26)),
             ("Feedback-ID", "%d:%d.%d:%s:mailchimp" % (rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 6, 10 ** 7), us))]
    return Trace((host, host, ip), hops, tls="1.3", zone="UTC", date_lag=1, extra=extra, msgid=msgid,
                 bstyle="mailchimp", return_path=rp)


def mailjet(b):
    rng, t = b.rng, b.t
    n = rng.randrange(2, 250)
    host = "o%d.p25.mailjet.com" % n
    ip = "185.189.236.%d" % n
    msgid = "<%s.%s@mailjet.com>" % (uuid_from(rng), hexs(rng, 8))
    extra = [("X-MJ-Mid", b64ish(rng, 40) + "=="), ("X-CSA-Complaints", "csa-complaints@eco.de"),
             ("X-Mailjet-Campaign", "%d" % rng.randrange(10 ** 9, 10 ** 10))]
    rp = "%s.%s.%s@bnc3.mailjet.com" % (hexs(rng, 6), b64ish(rng, 10).replace("/", "a").replace("+", "b"), hexs(rng, 4))
    return Trace((host, host, ip), [], tls="1.3", zone="UTC", date_lag=1, extra=extra, msgid=msgid,
                 bstyle="java", return_path=rp)


def zoho(b, zone="UK"):
    rng, t = b.rng, b.t
    n = rng.randrange(2, 60)
    host = "sender4-op-o%d.zoho.eu" % n
    ip = "136.143.169.%d" % n
    hops = [("Received", "by mx.zoho.eu with SMTPS id %d%03d.%d;\n\t%s"
             % (int(ago(t, 1).timestamp()), rng.randrange(1000), rng.randrange(10 ** 11, 10 ** 12), rfcdate(ago(t, 1), zone, abbr=True)))]
    dom = b.mail_from.split("@")[1]
    msgid = "<%s.%s.%d@%s>" % (hexs(rng, 11), hexs(rng, 15), rng.randrange(10 ** 18, 10 ** 19), dom)
    extra = [("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail"), ("Importance", "Medium"),
             ("X-Priority", "Medium")]
    return Trace((host, host, ip), hops, tls="1.2", zone=zone, date_lag=2, extra=extra, msgid=msgid,
                 bstyle="zoho")


def direct(b, helo, rdns, ip, hops_fn=None, tls="1.2", zone="UTC", msgid=None, extra=None, bstyle="java",
           return_path=None, date_lag=2):
    hops = hops_fn(b) if hops_fn else []
    return Trace((helo, rdns, ip), hops, tls=tls, zone=zone, date_lag=date_lag, extra=extra or [],
                 msgid=msgid, bstyle=bstyle, return_path=return_path)
