"""Sending-system profiles: the Received chain below mx01, Message-ID,
Date, client headers and boundary style of each sending system.

Every profile returns a dict:
  top    : (helo, rdns or None, ip, tls)   -- the client as mx01 sees it
  below  : list of Received values, newest first (the sender's own hops)
  msgid  : Message-ID value
  date   : Date header value
  extra  : list of (header, value) added by the client or platform
  bnd    : function(kind) -> boundary string
"""
import base64
import struct

import util
from util import rfc2822, secs

_FT_EPOCH = 11644473600  # seconds between 1601-01-01 and 1970-01-01


def filetime(dt):
    return int((dt.timestamp() + _FT_EPOCH) * 10_000_000)


def thread_index(r, dt):
    ft = struct.pack(">Q", filetime(dt))[:6]
    return base64.b64encode(ft + bytes(r.randrange(256) for _ in range(16))).decode()


def mx01_received(r, dt, top, rcpt):
    helo, rdns, ip, tls = top
    L = ["from %s (%s [%s])" % (helo, rdns or "unknown", ip)]
    if tls:
        if tls == "1.2":
            L += ["(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"]
        else:
            L += ["(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                  " key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"]
        L += ["(No client certificate requested)"]
    L += ["by mx01.example.com (Postfix) with %s id %s" % ("ESMTPS" if tls else "ESMTP", util.postfix_qid(r)),
          "for <%s>; %s" % (rcpt, rfc2822(dt, "DE", abbrev=True))]
    return "\n\t".join(L)


# ---------------------------------------------------------------- boundaries
def outlook_boundary(r, dt):
    ft = filetime(dt)
    c = r.randrange(0x10, 0x60)

    def b(kind):
        n = {"mixed": 0, "alternative": 1, "related": 1}[kind]
        return "----=_NextPart_%03d_%04X_%08X.%08X" % (n, c + n, ft >> 32, ft & 0xFFFFFFFF)
    return b


def exchange_boundary(msgid):
    core = "".join(ch for ch in msgid.split("@")[0] if ch.isalnum())
    dom = "".join(ch for ch in msgid.split("@")[1] if ch.isalnum())[:len(core) // 2]
    base = (core + dom)[:60]
    return lambda kind: {"alternative": "_000_", "mixed": "_004_", "related": "_006_"}[kind] + base + "_"


def gmail_boundary(r):
    seeds = {k: "000000000000" + util.hexid(r, 16) for k in ("mixed", "alternative", "related")}
    return lambda kind: seeds[kind]


def tb_boundary(r):
    seeds = {k: "------------" + util.alnum(r, 24) for k in ("mixed", "alternative", "related")}
    return lambda kind: seeds[kind]


def generic_boundary(r, fmt):
    seeds = {k: fmt.format(util.hexid(r, 32), util.det_uuid(r).upper()) for k in ("mixed", "alternative", "related")}
    return lambda kind: seeds[kind]


def outlook_msgid(r, dt, domain):
    ft = filetime(dt)
    return "<%04x%08x$%08x$%08x$@%s>" % (r.randrange(1, 0x60), ft >> 32, ft & 0xFFFFFFFF,
                                          r.getrandbits(32), domain)


def exo_msgid(r, server, region):
    return "<%s%s@%s.%s.prod.outlook.com>" % (server, util.hexid(r, 21, True), server, region)


def exo_server(r, pre="AM9P", region="eurprd04"):
    return "%sR%02dMB%04d" % (pre, int(region[-2:]), r.randrange(1000, 9999))


def gmail_msgid(r):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "<CA%s%s@mail.gmail.com>" % (util.alnum(r, 10, a), util.alnum(r, 36, a + "+_-="))


def ipv6_ms(r):
    return "2603:10a6:%x:%x::%x" % (r.randrange(0x10, 0x900), r.randrange(0x10, 0x3ff), r.randrange(1, 30))


# ---------------------------------------------------------------- profiles
def internal(r, dt, sender, rcpt, client_ip, has_attach=False, lang="de-DE"):
    """Example Group on-prem Exchange 2019 -> mail-int01 -> mx01."""
    t1, t2 = dt - secs(1), dt - secs(2)
    msgid = "<%s@EXCH01.corp.example.com>" % util.hexid(r, 32)
    below = [
        "from EXCH01.corp.example.com (exch01.corp.example.com [10.20.0.31])\n\t(using TLSv1.2 with cipher "
        "ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby "
        "mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
        % (util.postfix_qid(r), rcpt, rfc2822(t1, "DE", True)),
        "from EXCH01.corp.example.com (10.20.0.31) by EXCH01.corp.example.com\n (10.20.0.31) with Microsoft "
        "SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s"
        % rfc2822(t2, "DE"),
        "from EXCH01.corp.example.com ([fe80::5d2c:41a7:9e0b:12f3]) by\n EXCH01.corp.example.com "
        "([fe80::5d2c:41a7:9e0b:12f3%%12]) with mapi id\n 15.02.1544.014; %s" % rfc2822(t2, "DE"),
    ]
    extra = [("Thread-Topic", None), ("Thread-Index", thread_index(r, t2)),
             ("Accept-Language", lang if lang == "en-US" else "%s, en-US" % lang), ("Content-Language", lang),
             ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", ""),
             ("x-originating-ip", "[%s]" % client_ip)]
    return dict(top=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "1.3"),
                below=below, msgid=msgid, date=rfc2822(t2 - secs(1), "DE"), extra=extra,
                bnd=exchange_boundary(msgid))


def exo(r, dt, rcpt, org_domain, obe, ip, tenant_id, has_attach=False, lang="en-GB", region="eurprd04",
        pre="AM9P", date_zone="UTC"):
    """Exchange Online (Microsoft 365) outbound."""
    s1, s2 = exo_server(r, pre, region), exo_server(r, pre[:2] + "8P", region)
    t = dt - secs(2)
    msgid = exo_msgid(r, s1, region)
    below = [
        "from %s.%s.prod.outlook.com (%s) by\n %s.%s.prod.outlook.com (%s) with Microsoft SMTP Server\n "
        "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8722.31; %s"
        % (s1, region, ipv6_ms(r), s2, region, ipv6_ms(r), rfc2822(t, "UTC")),
        "from %s.%s.prod.outlook.com\n ([fe80::%x:%x:%x:%x]) by %s.%s.prod.outlook.com\n "
        "([fe80::%x:%x:%x:%x%%4]) with mapi id 15.20.8722.031; %s"
        % (s1, region, r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), s1, region,
           r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), rfc2822(t, "UTC")),
    ]
    extra = [("Thread-Topic", None), ("Thread-Index", thread_index(r, t)),
             ("Accept-Language", lang if lang == "en-US" else "%s, en-US" % lang), ("Content-Language", lang),
             ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", ""),
             ("msip_labels", ""),
             ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", t.strftime("%d %b %Y %H:%M:%S") + ".%04d (UTC)"
              % r.randrange(10000)),
             ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
             ("X-MS-Exchange-CrossTenant-id", tenant_id),
             ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", s2),
             ("X-OriginatorOrg", org_domain)]
    return dict(top=(obe, ip[0], ip[1], "1.2"), below=below, msgid=msgid,
                date=rfc2822(t - secs(1), date_zone), extra=extra, bnd=exchange_boundary(msgid))


def gmail(r, dt, rcpt, host="mail-ej1-f44.google.com", ip="209.85.218.44", zone="DE"):
    t = dt - secs(1)
    below = ["by %s with SMTP id a640c23a62f3a-%s%s.%d\n        for <%s>; %s"
             % (host, util.hexid(r, 12), "so%d" % r.randrange(10 ** 6, 10 ** 7), r.randrange(1, 20), rcpt,
                rfc2822(t, "PT", True))]
    extra = [("X-Google-Smtp-Source", "AGHT+I" + util.alnum(r, 62)),
             ("X-Received", "by 2002:a17:907:%x:b0:%x:%x with SMTP id\n %s;\n        %s"
              % (r.randrange(4096), r.randrange(4096), r.randrange(65536), util.alnum(r, 36),
                 rfc2822(t, "PT", True)))]
    return dict(top=(host, host, ip, "1.3"), below=below, msgid=gmail_msgid(r),
                date=util.rfc2822(t - secs(2), zone), extra=extra, bnd=gmail_boundary(r))


def gmx(r, dt, rcpt, client_ip, webde=False):
    t = dt - secs(1)
    node = "3c-app-%s-bap%02d" % ("webde" if webde else "gmx", r.randrange(10, 70))
    nip = "172.19.172.%d" % r.randrange(10, 250)
    below = ["from [%s] ([%s]) by web-mail.%s (%s.server.lan [%s])\n (via HTTP); %s"
             % ("10.%d.%d.%d" % (r.randrange(255), r.randrange(255), r.randrange(255)), client_ip,
                "web.de" if webde else "gmx.net", node, nip, rfc2822(t, "DE"))]
    ms = int(t.timestamp() * 1000)
    msgid = "<trinity-%s-%d@%s>" % (util.det_uuid(r), ms, node)
    extra = [("Importance", "normal"), ("Sensitivity", "Normal"),
             ("X-Priority", "3"),
             ("X-Provags-ID", "V03:K1:" + util.alnum(r, 60)),
             ("X-UI-Message-Type", "mail")]
    host = "mout.web.de" if webde else "mout.gmx.net"
    ip = "212.227.15.%d" % r.choice([3, 4, 14]) if webde else "212.227.17.%d" % r.choice([20, 21, 22])
    return dict(top=(host, host, ip, "1.3"), below=below, msgid=msgid, date=rfc2822(t, "DE"),
                extra=extra, bnd=generic_boundary(r, "=_{0}"))


def ionos_outlook(r, dt, rcpt, domain, pc, client_ip, lang="de"):
    t = dt - secs(1)
    relay = "mreue%03d" % r.randrange(100, 120)
    below = ["from %s ([%s]) by mrelayeu.kundenserver.de (%s)\n with ESMTPSA (Nemesis) id %s; %s"
             % (pc, client_ip, relay, "1M" + util.alnum(r, 5) + "-1s" + util.alnum(r, 4) + "-00" + util.alnum(r, 4),
                rfc2822(t, "DE"))]
    extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r, t)),
             ("Content-Language", lang),
             ("X-Provags-ID", "V03:K1:" + util.alnum(r, 60))]
    return dict(top=("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % r.choice([130, 133, 135, 187]),
                     "1.3"), below=below, msgid=outlook_msgid(r, t, domain), date=rfc2822(t - secs(3), "DE"),
                extra=extra, bnd=outlook_boundary(r, t))


def aruba(r, dt, rcpt, domain, pc, client_ip, mailer="Microsoft Outlook 16.0", lang="it"):
    t = dt - secs(1)
    n = r.randrange(1000, 2999)
    below = ["from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
             % (pc, client_ip, util.alnum(r, 15), rfc2822(t, "IT"))]
    extra = [("X-Mailer", mailer), ("Thread-Index", thread_index(r, t)), ("Content-Language", lang)]
    return dict(top=("smtpcmd%05d.aruba.it" % n, "smtpcmd%05d.aruba.it" % n,
                     "62.149.15%d.%d" % (r.randrange(6, 9), r.randrange(2, 250)), "1.3"),
                below=below, msgid=outlook_msgid(r, t, domain), date=rfc2822(t - secs(2), "IT"), extra=extra,
                bnd=outlook_boundary(r, t))


def postfix_host(r, dt, rcpt, helo, rdns, ip, client, zone="DE", webmail=None, domain=None, tls="1.3",
                 auth=True):
    """A self-run Postfix (small business, look-alike domain on a VPS...).
    webmail: None, 'roundcube', 'thunderbird', 'outlook', 'apple', 'php' decides Message-ID/headers."""
    t = dt - secs(1)
    domain = domain or helo.split(".", 1)[1]
    below = ["from %s\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s"
             % (client, helo, "ESMTPSA" if auth else "ESMTP", util.hexid(r, 11, True), rcpt, rfc2822(t, zone))]
    extra, msgid, bnd = [], "<%s@%s>" % (util.hexid(r, 32), domain), generic_boundary(r, "=_{0}")
    if webmail == "roundcube":
        extra = [("User-Agent", "Roundcube Webmail/1.6.%d" % r.randrange(6, 11))]
    elif webmail == "thunderbird":
        msgid = "<%s@%s>" % (util.det_uuid(r), domain)
        extra = [("User-Agent", "Mozilla Thunderbird")]
        bnd = tb_boundary(r)
    elif webmail == "outlook":
        msgid = outlook_msgid(r, t, domain)
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r, t))]
        bnd = outlook_boundary(r, t)
    elif webmail == "apple":
        msgid = "<%s@%s>" % (util.det_uuid(r).upper(), domain)
        extra = [("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]
        bnd = generic_boundary(r, "Apple-Mail={1}")
    elif webmail == "php":
        msgid = "<%s@%s>" % (util.alnum(r, 43), domain)
        extra = [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
        bnd = generic_boundary(r, "b1=_{0}")
    return dict(top=(helo, rdns, ip, tls), below=below, msgid=msgid, date=rfc2822(t - secs(2), zone),
                extra=extra, bnd=bnd)


def exim_cpanel(r, dt, rcpt, server, server_ip, sender, client_ip=None, zone="DE", php_script=None,
                mailer=None, tls="1.3"):
    """cPanel/Exim shared hosting: authenticated mailbox or local PHP."""
    t = dt - secs(1)
    eid = "1v%s-%s-%s" % (util.alnum(r, 4), "0000" + util.alnum(r, 2), util.alnum(r, 2))
    user, dom = sender.split("@")
    if php_script:
        first = ("from %s by %s with local (Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s"
                 % (php_script[0], server, sender, eid, rcpt, rfc2822(t, zone)))
        extra = [("X-PHP-Originating-Script", "%d:%s" % (r.randrange(1001, 1300), php_script[1]))]
    else:
        first = ("from [%s] (port=%d helo=[192.168.%d.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                 "\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s"
                 % (client_ip, r.randrange(49152, 65535), r.randrange(0, 3), r.randrange(2, 200), server, sender,
                    eid, rcpt, rfc2822(t, zone)))
        extra = []
    extra += [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
              ("X-AntiAbuse", "Primary Hostname - %s" % server),
              ("X-AntiAbuse", "Original Domain - example.com"),
              ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
              ("X-AntiAbuse", "Sender Address Domain - %s" % dom)]
    if php_script:
        extra += [("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (server, php_script[0])),
                  ("X-Authenticated-Sender", "%s: %s" % (server, sender))]
    else:
        extra += [("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, sender)),
                  ("X-Authenticated-Sender", "%s: %s" % (server, sender))]
    if mailer:
        extra.append(mailer)
    msgid = "<%s@%s>" % (util.alnum(r, 43) if php_script else util.hexid(r, 32), dom)
    return dict(top=(server, server, server_ip, tls), below=[first], msgid=msgid,
                date=rfc2822(t - secs(1), zone), extra=extra,
                bnd=generic_boundary(r, "b1=_{0}" if php_script else "=_{0}"))


def yandex_web(r, dt, rcpt, client_ip):
    t = dt - secs(1)
    fwd = "forward%d%s.mail.yandex.net" % (r.randrange(100, 600), r.choice("abcd"))
    node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randrange(10, 99), r.choice(["sas", "vla", "klg"]))
    below = ["from %s (localhost [127.0.0.1])\n\tby %s (Yandex) with ESMTPSA id %s-%s;\n\t%s"
             % (node, node, util.alnum(r, 10), util.alnum(r, 8), rfc2822(t, "RU")),
             "from mail.yandex.ru (2a02:6b8:c0c:%x:0:640:%x:0 [2a02:6b8:c0c:%x:0:640:%x:0])\n\tby %s with HTTP;\n\t%s"
             % (r.randrange(4096), r.randrange(65536), r.randrange(4096), r.randrange(65536),
                "mail-nwsmtp-yaback-production-main-%d.%s" % (r.randrange(10, 60), "vla.yp-c.yandex.net"),
                rfc2822(t - secs(1), "RU"))]
    msgid = "<%d%d@mail.yandex.ru>" % (r.randrange(100000, 999999), int(t.timestamp()))
    extra = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"), ("X-Yandex-Fwd", "1")]
    return dict(top=(fwd, fwd, "178.154.239.%d" % r.randrange(60, 220), "1.3"), below=below, msgid=msgid,
                date=rfc2822(t - secs(1), "RU"), extra=extra, bnd=generic_boundary(r, "{0}"))


def mailru(r, dt, rcpt, client_ip, sender):
    t = dt - secs(1)
    f = "f%d.i.mail.ru" % r.randrange(100, 800)
    top = "smtp%d.i.mail.ru" % r.randrange(30, 60)
    below = ["by %s with esmtpa (envelope-from <%s>)\n\tid 1v%s-%s;\n\t%s"
             % (top, sender, util.alnum(r, 4), util.alnum(r, 12), rfc2822(t, "RU")),
             "by %s with local (envelope-from <%s>)\n\tid 1v%s-%s;\n\t%s"
             % (f, sender, util.alnum(r, 4), util.alnum(r, 12), rfc2822(t - secs(1), "RU"))]
    msgid = "<%d.%d@%s>" % (int(t.timestamp()), r.randrange(100000, 999999), f)
    extra = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % client_ip)]
    return dict(top=(top, top, "95.163.41.%d" % r.randrange(60, 100), "1.3"), below=below, msgid=msgid,
                date=rfc2822(t - secs(1), "RU"), extra=extra, bnd=generic_boundary(r, "--ALT--{0}"))


def thebat(r, dt, rcpt, helo, rdns, ip, domain, client_ip, sender, zone="RU"):
    t = dt - secs(1)
    below = ["from [%s] (helo=WORKSTATION)\n\tby %s with esmtpsa (TLS1.2:ECDHE_RSA_AES_256_GCM_SHA384:256)\n"
             "\t(Exim 4.96)\n\t(envelope-from <%s>)\n\tid 1v%s-%s-%s;\n\t%s"
             % (client_ip, helo, sender, util.alnum(r, 4), "000" + util.alnum(r, 3), util.alnum(r, 2), rfc2822(t, zone))]
    loc = util.local(t, zone)
    msgid = "<%d.%s@%s>" % (r.randrange(10 ** 8, 10 ** 9), loc.strftime("%Y%m%d%H%M%S"), domain)
    extra = [("X-Mailer", "The Bat! (v11.2.1) Professional"), ("X-Priority", "3 (Normal)")]
    return dict(top=(helo, rdns, ip, "1.2"), below=below, msgid=msgid, date=rfc2822(t - secs(2), zone),
                extra=extra, bnd=generic_boundary(r, "----------{0}"))


# ---------------------------------------------------------------- ESPs & services
def sendgrid(r, dt, rcpt, zone="UTC"):
    t = dt - secs(1)
    host = "%s.outbound-mail.sendgrid.net" % util.alnum(r, 8, "abcdefghijklmnopqrstuvwxyz")
    ip = "149.72.%d.%d" % (r.randrange(100, 250), r.randrange(2, 250))
    pod = "recvd-%s-%s" % (util.alnum(r, 10, "abcdef0123456789"), util.alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    below = ["by %s with SMTP id %s-1-%X-%d\n\t%s.%09d +0000 UTC m=+%d.%09d"
             % (pod, pod, int(t.timestamp()), r.randrange(2, 40), t.strftime("%Y-%m-%d %H:%M:%S"),
                r.randrange(10 ** 9), r.randrange(1000, 900000), r.randrange(10 ** 9)),
             "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>;\n\t%s"
             % (util.alnum(r, 22), r.randrange(1, 40), util.alnum(r, 22), rcpt, rfc2822(t - secs(1), "UTC") + " (UTC)")]
    msgid = "<%s@geopod-ismtpd-%d>" % (util.alnum(r, 22), r.randrange(1, 40))
    extra = [("X-SG-EID", util.alnum(r, 100)), ("X-SG-ID", util.alnum(r, 80)),
             ("X-Entity-ID", "u001." + util.alnum(r, 22))]
    return dict(top=(host, host, ip, "1.2"), below=below, msgid=msgid, date=rfc2822(t - secs(1), zone) if zone != "UTC"
                else rfc2822(t - secs(1), "UTC"), extra=extra, bnd=generic_boundary(r, "{0}"))


def mailgun(r, dt, rcpt, mgdomain):
    t = dt - secs(1)
    a, b = r.randrange(200, 240), r.randrange(1, 60)
    host = "m%d-%d.mailgun.net" % (a, b)
    below = ["by %s with HTTP id %s; %s" % ("%x" % r.getrandbits(48), "%024x" % r.getrandbits(96), rfc2822(t, "UTC"))]
    loc = t.strftime("%Y%m%d%H%M%S")
    msgid = "<%s.%s@%s>" % (loc, "%016x" % r.getrandbits(64), mgdomain)
    extra = [("X-Mailgun-Sid", "WyI" + util.alnum(r, 40) + "=="), ("Sender", "bounce@%s" % mgdomain),
             ("X-Mailgun-Tag", "notify")]
    return dict(top=(host, host, "159.135.%d.%d" % (a, b), "1.3"), below=below, msgid=msgid,
                date=rfc2822(t, "UTC"), extra=extra, bnd=generic_boundary(r, "{0}"))


def brevo(r, dt, rcpt):
    t = dt - secs(1)
    ip = "77.32.148.%d" % r.randrange(2, 250)
    host = "m%d.mail-out.brevo.com" % r.randrange(10, 99)
    below = ["from [172.16.%d.%d] by smtp-relay.mailin.fr with ESMTP id %s; %s"
             % (r.randrange(255), r.randrange(255), "%016x" % r.getrandbits(64), rfc2822(t, "UTC"))]
    loc = t.strftime("%Y%m%d%H%M")
    msgid = "<%s.%d@smtp-relay.mailin.fr>" % (loc, r.randrange(10 ** 10, 10 ** 11))
    extra = [("X-Mailin-EID", util.alnum(r, 40) + "%3D"), ("X-sib-id", util.alnum(r, 60)),
             ("Origin-messageId", msgid), ("X-CSA-Complaints", "csa-complaints@eco.de")]
    return dict(top=(host, host, ip, "1.3"), below=below, msgid=msgid, date=rfc2822(t, "UTC"), extra=extra,
                bnd=generic_boundary(r, "{0}"))


def ses(r, dt, rcpt, region="eu-west-1"):
    t = dt - secs(1)
    a, b = r.choice([(7, 17), (7, 31), (7, 12), (6, 56)])
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, region)
    ms = int(t.timestamp() * 1000)
    core = "%012x-%s-000000" % (ms, util.det_uuid(r))
    msgid = "<0102%s@%s.amazonses.com>" % (core, region)
    extra = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, util.alnum(r, 43))),
             ("X-SES-Outgoing", "%s-54.240.%d.%d" % (t.strftime("%Y.%m.%d"), a, b))]
    return dict(top=(host, host, "54.240.%d.%d" % (a, b), "1.2"), below=[], msgid=msgid, date=rfc2822(t, "UTC"),
                extra=extra, bnd=generic_boundary(r, "{0}"), bounce="0102%s@%s.amazonses.com" % (core, region))


def mailchimp(r, dt, rcpt, uid, listid, listname, account, dc="us12"):
    t = dt - secs(1)
    n1, n2 = r.randrange(150, 200), r.randrange(1, 250)
    pod = "suw%d" % r.randrange(10, 40)
    host = "mail%d-%d.%s.mcdlv.net" % (n1, n2, pod)
    cid = util.hexid(r, 10)
    msgid = "<%s.%s.%s.%s@mail%d.%s.mcdlv.net>" % (util.hexid(r, 25), util.hexid(r, 10), t.strftime("%Y%m%d%H%M%S"),
                                                   util.hexid(r, 10), n1, pod)
    below = ["from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
             % (host, "4" + util.alnum(r, 11), rcpt, rfc2822(t, "UTC") + " (GMT)")]
    extra = [("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, util.hexid(r, 10))),
             ("X-Campaign", "mailchimp%s.%s" % (uid, cid)),
             ("X-campaignid", "mailchimp%s.%s" % (uid, cid)),
             ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s"
              % (uid, cid, util.hexid(r, 10))),
             ("X-MC-User", uid),
             ("Feedback-ID", "%d:%d.%d:%s:mc" % ((r.randrange(10 ** 7, 10 ** 8),) * 2 + (r.randrange(10 ** 6, 10 ** 7), dc))),
             ("List-ID", "%s mc list <%s.%s.list-id.mcsv.net>" % (listname, uid, listid)),
             ("X-Accounttype", "pd")]
    return dict(top=(host, host, "198.2.%d.%d" % (n1, n2), "1.2"), below=below, msgid=msgid,
                date=rfc2822(t, "UTC"), extra=extra, bnd=generic_boundary(r, "_----------=_MCPart_{0}"),
                bounce="bounce-mc.%s_%s.%s-%s=%s@mail%d.%s.mcdlv.net" % (dc, uid, cid, "%s", "%s", n1, pod),
                unsub=("<https://%s.%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, "
                       "<mailto:unsubscribe-mc.%s_%s.%s-%s@unsub.mcsv.net>"
                       % (account, dc, uid, listid, util.hexid(r, 10), cid, dc, uid, cid, util.hexid(r, 10))))


def docusign(r, dt, rcpt, eu=True):
    t = dt - secs(1)
    host = "mailfra.eumail.docusign.net" if eu else "mailsea.docusign.net"
    ip = "185.81.100.%d" % r.randrange(10, 99) if eu else "64.207.219.%d" % r.randrange(10, 140)
    below = ["from docusign.net (10.%d.%d.%d) by %s id %s for <%s>; %s"
             % (r.randrange(255), r.randrange(255), r.randrange(255), host, util.hexid(r, 16), rcpt, rfc2822(t, "UTC"))]
    msgid = "<%s@docusign.net>" % util.hexid(r, 32)
    extra = [("X-DocuSign-Envelope-Id", None), ("X-API-Host", "%s.docusign.net" % ("eu" if eu else "na3")),
             ("X-Return-Path", "bounces@%s" % ("eumail.docusign.net" if eu else "docusign.net"))]
    return dict(top=(host, host, ip, "1.2"), below=below, msgid=msgid, date=rfc2822(t, "UTC"), extra=extra,
                bnd=generic_boundary(r, "----=_Part_{0}"))


def github(r, dt, rcpt):
    t = dt - secs(1)
    n = r.randrange(20, 30)
    host = "out-%d.smtp.github.com" % n
    below = ["from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) "
             "with ESMTPA id %s\n\tfor <%s>; %s"
             % (util.hexid(r, 8), r.randrange(255), r.randrange(255), "4" + util.alnum(r, 12), rcpt,
                rfc2822(t, "PT").replace("-0800", "-0800 (PST)").replace("-0700", "-0700 (PDT)"))]
    msgid = "<%s_%x%s@lowworker-%s-%s.mail>" % (util.hexid(r, 13), r.randrange(16 ** 5), util.hexid(r, 6),
                                              util.hexid(r, 10), util.alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    extra = [("X-Auto-Response-Suppress", "All"), ("X-GitHub-Recipient-Address", rcpt)]
    return dict(top=(host, host, "192.30.252.%d" % (190 + n), "1.3"), below=below, msgid=msgid,
                date=rfc2822(t, "PT"), extra=extra, bnd=generic_boundary(r, "--==_mimepart_{0}"))


def google_notify(r, dt, rcpt):
    t = dt - secs(1)
    host = "mail-sor-f69.google.com"
    below = ["by %s (Google Transport Security) with SMTPS id %s.%d\n        for <%s>\n"
             "        (Google Transport Security);\n        %s"
             % (host, "98e67ed59e1d1-" + util.hexid(r, 11) + "sor" + str(r.randrange(10 ** 6, 10 ** 7)),
                r.randrange(1, 30), rcpt, rfc2822(t, "PT", True))]
    msgid = "<%s@notifications.google.com>" % util.alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    extra = [("X-Google-Smtp-Source", "AGHT+I" + util.alnum(r, 62)),
             ("X-Received", "by 2002:a17:90b:%x:b0:%x:%x with SMTP id %s;\n        %s"
              % (r.randrange(4096), r.randrange(4096), r.randrange(65536), util.alnum(r, 30), rfc2822(t, "PT", True))),
             ("X-Notifications", util.hexid(r, 10)), ("X-Notifications-Bounce-Info", util.alnum(r, 60))]
    return dict(top=(host, host, "209.85.220.69", "1.3"), below=below, msgid=msgid,
                date=rfc2822(t, "UTC").replace("+0000", "GMT"), extra=extra, bnd=gmail_boundary(r))


def yandex_notify(r, dt, rcpt):
    t = dt - secs(1)
    fwd = "forward%d%s.mail.yandex.net" % (r.randrange(100, 600), r.choice("ab"))
    node = "mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net" % r.randrange(10, 99)
    below = ["from %s (localhost [127.0.0.1])\n\tby %s (Yandex) with ESMTP id %s-%s;\n\t%s"
             % (node, node, util.alnum(r, 10), util.alnum(r, 8), rfc2822(t, "RU")),
             "from passport-notify-production (passport-notify-production.sas.yp-c.yandex.net [2a02:6b8:c08:%x::1:%x])\n"
             "\tby %s (Yandex) with ESMTP;\n\t%s" % (r.randrange(4096), r.randrange(256), node, rfc2822(t, "RU"))]
    msgid = "<%d.%d@passport.yandex.ru>" % (int(t.timestamp()), r.randrange(10 ** 6, 10 ** 7))
    return dict(top=(fwd, fwd, "178.154.239.%d" % r.randrange(60, 220), "1.3"), below=below, msgid=msgid,
                date=rfc2822(t, "RU"), extra=[("X-Yandex-Fwd", "1")], bnd=generic_boundary(r, "===============_{0}"))


def ms_notify(r, dt, rcpt):
    """Microsoft Entra ID notification (msonlineservicesteam@microsoftonline.com)."""
    t = dt - secs(2)
    s1 = exo_server(r, "DM6P", "namprd12")
    msgid = "<%s@%s.namprd12.prod.outlook.com>" % (util.det_uuid(r), s1)
    below = ["from %s.namprd12.prod.outlook.com (%s) by\n %s.outlook.office365.com (%s) with Microsoft SMTP Server "
             "(version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.31; %s"
             % (s1, ipv6_ms(r).replace("10a6", "10b6"), "MW4PR03CA%04d" % r.randrange(10000),
                ipv6_ms(r).replace("10a6", "10b6"), rfc2822(t, "UTC"))]
    extra = [("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
             ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", s1)]
    last = r.randrange(40, 130)
    return dict(top=("NAM12-MW2-obe.outbound.protection.outlook.com", "mail-mw2nam12on2%03d.outbound.protection.outlook.com"
                     % last, "40.107.%d.%d" % (r.randrange(220, 245), last), "1.2"),
                below=below, msgid=msgid, date=rfc2822(t, "UTC"), extra=extra, bnd=generic_boundary(r, "{0}"))


def strato(r, dt, rcpt, domain, pc, client_ip, lang="de"):
    """Strato hosted mail submitted from Outlook."""
    t = dt - secs(1)
    below = ["from %s\n\tby smtp.strato.de (RZmta 51.3.0 AUTH)\n\twith ESMTPSA id %s\n\t(using TLSv1.3 with cipher "
             "TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate);\n\t%s"
             % (pc, util.alnum(r, 7) + "S" + util.alnum(r, 6), rfc2822(t, "DE"))]
    extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r, t)),
             ("Content-Language", lang), ("X-RZG-AUTH", ":%s" % util.alnum(r, 40)),
             ("X-RZG-CLASS-ID", "mo00"), ("X-Originating-IP", "[%s]" % client_ip)]
    n = r.randrange(1, 6)
    return dict(top=("mo4-p0%d-ob.smtp.rzone.de" % n, "mo4-p0%d-ob.smtp.rzone.de" % n,
                     "81.169.146.%d" % r.randrange(160, 240), "1.3"), below=below,
                msgid=outlook_msgid(r, t, domain), date=rfc2822(t - secs(2), "DE"), extra=extra,
                bnd=outlook_boundary(r, t))


def zimbra(r, dt, rcpt, helo, rdns, ip, domain, client_ip, zone="IT"):
    t = dt - secs(1)
    below = ["from mail.%s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
             % (domain, helo, util.hexid(r, 10, True), rcpt, rfc2822(t, zone)),
             "from mail.%s ([127.0.0.1])\n\tby localhost (mail.%s [127.0.0.1]) (amavis, port 10026) with ESMTP id %s\n"
             "\tfor <%s>; %s" % (domain, domain, util.alnum(r, 12), rcpt, rfc2822(t - secs(1), zone))]
    ms = int(t.timestamp() * 1000)
    msgid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 6, 10 ** 7), ms, domain)
    extra = [("X-Mailer", "Zimbra 10.1.2_GA_4672 (ZimbraWebClient - GC131 (Win)/10.1.2_GA_4672)"),
             ("X-Originating-IP", "[%s]" % client_ip), ("Thread-Topic", None),
             ("Thread-Index", util.alnum(r, 28) + "=")]
    return dict(top=(helo, rdns, ip, "1.3"), below=below, msgid=msgid, date=rfc2822(t - secs(1), zone),
                extra=extra, bnd=generic_boundary(r, "=_{1}"))


def webmail_generic(r, dt, rcpt, helo, rdns, ip, below_fmt, msgid, extra, zone, tls="1.3", bndfmt="{0}"):
    """Consumer webmail (wp.pl, libero.it, otenet.gr ...) described by the caller."""
    t = dt - secs(1)
    return dict(top=(helo, rdns, ip, tls), below=[b.replace("{DATE}", rfc2822(t, zone)) for b in below_fmt],
                msgid=msgid, date=rfc2822(t - secs(2), zone), extra=extra, bnd=generic_boundary(r, bndfmt))
