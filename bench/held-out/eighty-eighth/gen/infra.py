"""Sending infrastructures: the trace (Received chain below mx01), the
Message-ID and mailer headers, the Return-Path and the header order each
system really produces."""
from datetime import timedelta

from util import fmt, hexid, alnum, uuid4, postfix_qid, postfix_short_qid, exim_id, tzinfo_at

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)\n")
TLS13_ECDSA = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
               "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
               "\t(No client certificate requested)\n")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)\n")


class Env:
    """Everything the sending side contributes."""

    def __init__(self, client, tls, trace, msgid, return_path, mailer=(), order="generic",
                 boundary=None, date_style="nopad", delay=8, extra_top=(), date_zone=None):
        self.client = client          # (helo, rdns or None, ip)
        self.tls = tls                # TLS13 / TLS12 / None
        self.trace = trace            # list of (name, value) below mx01, top first
        self.msgid = msgid
        self.return_path = return_path
        self.mailer = list(mailer)    # headers the mail client / system adds
        self.order = order
        self.boundary = boundary or (lambda i: "----=_Part_%d" % i)
        self.date_style = date_style
        self.delay = delay            # seconds between submission and mx01
        self.extra_top = list(extra_top)
        self.date_zone = date_zone    # None: the sender's own zone


def mx01_received(env, qid, rcpt, utc):
    helo, rdns, ip = env.client
    s = "from %s (%s [%s])\n" % (helo, rdns or "unknown", ip)
    if env.tls:
        s += "\t" + env.tls
    s += "\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        "ESMTPS" if env.tls else "ESMTP", qid, rcpt, fmt(utc, "DE", abbr=True, style="postfix"))
    return s


def _ms(c, r):
    """Epoch milliseconds a moment before submission (used in IDs/boundaries)."""
    return int(c.utc.timestamp() * 1000) - r.randrange(200, 4000)


def _t(c, sec):
    return c.utc + timedelta(seconds=sec)


# ---------------------------------------------------------------- Google
_GMAIL_PFX = [("wr1", "221"), ("wm1", "128"), ("ej1", "218"), ("ed1", "208"), ("lf1", "167"), ("pl1", "214"), ("qk1", "222")]


def _gmail_msgid(r):
    return "<CA%s%s@mail.gmail.com>" % (alnum(r, 2, "BDEFGHJKLMNOPQRSTUVWXYZ"),
                                        alnum(r, 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-"))


def gmail(c, workspace=False, ios=False):
    r = c.rng
    if ios:
        return _gmail_ios(c)
    pfx, net = r.choice(_GMAIL_PFX)
    n = r.randrange(41, 99)
    host = "mail-%s-f%d.google.com" % (pfx, n)
    smtp_id = "%s-%s%s.%d" % (r.choice(["ffacd0b85a97d", "a640c23a62f3a", "2adb3069b0e04", "5b1f17b1804b1"]),
                              hexid(r, 10), r.choice(["so1234567f8f", "so2283412f8f", "so961234a12", "so3346701e87"]), r.randrange(1, 4))
    trace = [
        ("Received", "by %s with SMTP id %s\n        for <%s>; %s" % (host, smtp_id, c.rcpt, fmt(_t(c, 1), "PT", abbr=True))),
        ("X-Google-Smtp-Source", "AGHT+I" + alnum(r, 62, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
        ("X-Received", "by 2002:a05:%d:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
            r.choice([6000, 6512, 6402]), hexid(r, 4), hexid(r, 3), hexid(r, 4), hexid(r, 3),
            alnum(r, 3, "abcdefghijklmnopqrstuvwxyz") + str(r.randrange(1, 99)), "20020a05" + hexid(r, 20), r.randrange(1, 20),
            _ms(c, r), fmt(_t(c, 1), "PT", abbr=True))),
    ]
    mailer = []
    rp = c.frm
    b = "000000000000" + hexid(r, 16)
    return Env((host, host, "209.85.%s.%d" % (net, n)), TLS13, trace, _gmail_msgid(r), rp, mailer, "gmail",
               boundary=lambda i, b=b: b[:-2] + hexid(r, 2) if i else b, delay=r.randrange(2, 5))


def _gmail_ios(c):
    """Gmail account used from the iOS Mail app (submission to smtp.gmail.com)."""
    r = c.rng
    pfx, net = r.choice(_GMAIL_PFX)
    n = r.randrange(41, 99)
    host = "mail-%s-f%d.google.com" % (pfx, n)
    trace = [
        ("Received", "from smtpclient.apple ([2a02:3032:%x:%x:%x:%x:%x:%x])\n        by smtp.gmail.com with ESMTPSA id %s-%s.%d.%d\n"
                     "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s" % (
                         r.randrange(256, 4095), r.randrange(4096, 65535), r.randrange(4096, 65535), r.randrange(4096, 65535),
                         r.randrange(4096, 65535), r.randrange(4096, 65535), hexid(r, 13), hexid(r, 10) + "sm%d" % r.randrange(100, 999) + "f8f",
                         r.randrange(1, 9), r.randrange(1, 9), c.rcpt, fmt(_t(c, 1), "PT", abbr=True))),
        ("X-Google-Smtp-Source", "AGHT+I" + alnum(r, 62, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
    ]
    msgid = "<%s@gmail.com>" % uuid4(r, upper=True)
    mailer = [("X-Mailer", "iPhone Mail (23B85)")]
    b = "Apple-Mail-%s" % uuid4(r, upper=True)
    return Env((host, host, "209.85.%s.%d" % (net, n)), TLS13, trace, msgid, c.frm, mailer, "ios", boundary=lambda i: b, delay=3)


def google_notify(c, sender_host="mail-sor-f%d.google.com"):
    r = c.rng
    n = r.randrange(65, 80)
    host = sender_host % n
    trace = [("Received", "by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s" % (
        host, "00721157ae682-6e2c" + hexid(r, 6) + "so%d7b3.%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(1, 9)),
        c.rcpt, fmt(_t(c, 0), "PT", abbr=True))),
        ("X-Google-Smtp-Source", "AGHT+I" + alnum(r, 62, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]
    msgid = "<%s@notifications.google.com>" % alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    rp = "3%s@gaia.bounces.google.com" % alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
    b = "000000000000" + hexid(r, 16)
    return Env((host, host, "209.85.220.%d" % n), TLS13, trace, msgid, rp, [], "gmail", boundary=lambda i: b, delay=2)


# ---------------------------------------------------------------- Microsoft
_EXO_REGIONS = [("EUR05", "DB8", "db8eur05on", "40.107.20"), ("EUR03", "AM7", "am7eur03on", "40.107.105"),
                ("EUR02", "VI1", "vi1eur02on", "40.107.0"), ("EUR01", "HE1", "he1eur01on", "40.107.13"),
                ("EUR04", "DB3", "db3eur04on", "40.107.6"), ("EUR05", "AM6", "am6eur05on", "40.107.22")]


def _exo_server(r, consumer=False):
    pod = r.choice(["AS8PR", "DU0PR", "PAXPR", "VI1PR", "AM9PR", "DB9PR", "PA4PR", "GV1PR"])
    if consumer:
        nn = r.choice(["194", "251", "192", "193"])
        name = "%s%sMB%d" % (pod[:-2] + "P", nn, r.randrange(1000, 9999))
        fq = "%s.EURP%s.PROD.OUTLOOK.COM" % (name, nn)
    else:
        nn = "%02d" % r.choice([2, 3, 4, 6, 7, 8, 10])
        name = "%s%sMB%d" % (pod, nn, r.randrange(1000, 9999))
        fq = "%s.eurprd%s.prod.outlook.com" % (name, nn)
    return name, fq


def exo(c, consumer=False, build="8137.012", thread_index=True, lang="de-DE"):
    """Exchange Online (business tenant) or Outlook.com (consumer=True)."""
    r = c.rng
    reg, dc, pre, net = r.choice(_EXO_REGIONS)
    last = r.randrange(20, 250)
    if consumer:
        helo = "%s-%s-obe.outbound.protection.outlook.com" % (reg, dc)
        rdns = "mail-%seur%solkn2%03d.outbound.protection.outlook.com" % (dc.lower(), reg[-2:], last)
        ip = "40.92.%d.%d" % (r.randrange(48, 75), last)
    else:
        helo = "%s-%s-obe.outbound.protection.outlook.com" % (reg, dc)
        rdns = "mail-%s2%03d.outbound.protection.outlook.com" % (pre, last)
        ip = "%s.%d" % (net, last)
    name, fq = _exo_server(r, consumer)
    name2, fq2 = _exo_server(r, consumer)
    t0 = _t(c, 0)
    ver = "15.20.%s" % build.split(".")[0] + ".%d" % int(build.split(".")[1])
    v2 = "15.20.%s" % build
    ipv6 = "2603:10a6:%x:%x::%x" % (r.randrange(16, 900), r.randrange(16, 999), r.randrange(5, 30))
    trace = [
        ("Received", "from %s (%s)\n by %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s" % (
            fq, ipv6, fq2, "2603:10a6:%x:%x::%x" % (r.randrange(16, 900), r.randrange(16, 999), r.randrange(5, 30)), ver,
            fmt(_t(c, 1), "UTC", style="nopad"))),
        ("Received", "from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id %s; %s" % (
            fq, hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 4), fq, hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 4),
            r.randrange(3, 7), v2, fmt(t0, "UTC", style="nopad"))),
    ]
    msgid = "<%s%s@%s>" % (name, hexid(r, 32 - len(name) + 10, upper=True), fq)
    mailer = []
    if thread_index:
        mailer.append(("Thread-Index", "Ad" + alnum(r, 28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="))
    mailer += [("Accept-Language", lang + ", en-US"), ("Content-Language", lang), ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""), ("x-ms-publictraffictype", "Email")]
    if consumer:
        mailer.append(("x-tmn", "[%s]" % alnum(r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
        mailer.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
    else:
        mailer.append(("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (name, name2)))
        mailer.append(("x-ms-office365-filtering-correlation-id", uuid4(r)))
    bnd = "_000_%s%s%s_" % (name, hexid(r, 32 - len(name) + 10, upper=True), fq.replace(".", "").upper() if consumer else fq.replace(".", ""))
    return Env((helo, rdns, ip), TLS13, trace, msgid, c.frm, mailer, "outlook",
               boundary=lambda i: bnd if i == 0 else bnd.replace("_000_", "_%03d_" % (i * 2)), delay=r.randrange(1, 4), date_zone="UTC")


def microsoft_notify(c, sender="account-security-noreply@accountprotection.microsoft.com"):
    """Microsoft account security notices (sent from Microsoft's own tenant via EOP)."""
    r = c.rng
    last = r.randrange(10, 240)
    helo = "BN1PR04CU002.outbound.protection.outlook.com"
    rdns = "mail-eastus2azon110%02d%03d.outbound.protection.outlook.com" % (r.randrange(10, 13), last)
    ip = "52.101.%d.%d" % (r.randrange(56, 59), last)
    srv = "BN%dPEPF0000%04d" % (r.randrange(1, 9), r.randrange(1000, 9999))
    fq = "%s.namprd%02d.prod.outlook.com" % (srv, r.choice([3, 4, 5, 13]))
    trace = [("Received", "from %s (2603:10b6:%x:%x::%x) by\n %s with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8137.12; %s" % (
        "MW4PR03CA0%03d.namprd03.prod.outlook.com" % r.randrange(100, 999), r.randrange(256, 999), r.randrange(16, 999), r.randrange(5, 99), fq,
        fmt(_t(c, 0), "UTC", style="nopad")))]
    msgid = "<%s@%s>" % (uuid4(r).upper(), fq)
    b = "--boundary_%d_%s" % (r.randrange(1000, 9999), uuid4(r))
    return Env((helo, rdns, ip), TLS13, trace, msgid, sender, [], "esp", boundary=lambda i: b, delay=2)


def sharepoint_notify(c):
    r = c.rng
    env = microsoft_notify(c, "no-reply@sharepointonline.com")
    return env


def exchange_onprem_internal(c, sender_ip="10.20.1.57", system_host=None):
    """Example Group's own Exchange 2019 behind mail-int01. system_host: an
    application server relaying through Exchange instead of an Outlook user."""
    r = c.rng
    ex1 = r.choice(["EXCH01", "EXCH02"])
    ex2 = "EXCH02" if ex1 == "EXCH01" else "EXCH01"
    ip1 = "10.20.0.31" if ex1 == "EXCH01" else "10.20.0.32"
    ip2 = "10.20.0.32" if ip1 == "10.20.0.31" else "10.20.0.31"
    trace = [
        ("Received", "from %s.corp.example.com (%s.corp.example.com [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
                     "\t(No client certificate requested)\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                         ex2, ex2.lower(), ip2, postfix_qid(r), c.rcpt, fmt(_t(c, 2), "DE", abbr=True, style="postfix"))),
        ("Received", "from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n"
                     " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s" % (
                         ex1, ip1, ex2, ip2, fmt(_t(c, 1), "DE"))),
        ("Received", "from %s.corp.example.com ([fe80::%s:%s:%s:%s]) by\n %s.corp.example.com ([fe80::%s:%s:%s:%s%%13]) with mapi id\n 15.02.1544.014; %s" % (
            ex1, hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 4), ex1, hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 4), fmt(_t(c, 0), "DE"))),
    ]
    if system_host:
        trace[-1] = ("Received", "from %s (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server id 15.2.1544.14 via Frontend\n Transport; %s" % (
            system_host, sender_ip, ex1, ip1, fmt(_t(c, 0), "DE")))
    msgid = "<%s@%s.corp.example.com>" % (hexid(r, 32), ex1)
    if system_host:
        bnd = "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), _ms(c, r))
        msgid = "<%d.%d.%d@%s>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10, 999), _ms(c, r), system_host)
        return Env(("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), TLS13, trace, msgid, c.frm, [], "generic",
                   boundary=lambda i: bnd if i == 0 else bnd.replace("Part_", "Part_%d_" % i), delay=3)
    mailer = [("Thread-Index", "Ad" + alnum(r, 28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
              ("Accept-Language", "de-DE, en-US"), ("Content-Language", c.lang_tag or "de-DE"), ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", ""), ("x-originating-ip", "[%s]" % sender_ip)]
    bnd = "_000_%s%s%scorpexamplecom_" % (hexid(r, 32), ex1, "")
    return Env(("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), TLS13, trace, msgid, c.frm, mailer, "outlook",
               boundary=lambda i: bnd if i == 0 else bnd.replace("_000_", "_%03d_" % (i * 2)), delay=3)


# ---------------------------------------------------------------- own servers
def postfix_own(c, mta, mta_ip, client_rdns, client_ip, mua="thunderbird", mta_rdns=None, lan_ip=None, tls=TLS13,
                webmail_host=None, auth=True, ua=None, domain=None):
    """A company's own (or hosted) Postfix. mua: thunderbird | outlook | roundcube | none."""
    r = c.rng
    domain = domain or c.frm.split("@")[1]
    helo_client = "[%s]" % (lan_ip or "192.168.%d.%d" % (r.randrange(0, 200), r.randrange(2, 250)))
    if mua == "roundcube":
        helo_client = webmail_host or mta
        client_rdns, client_ip = "localhost", "127.0.0.1"
    submit = "from %s (%s [%s])\n" % (helo_client, client_rdns or "unknown", client_ip)
    if auth:
        submit += "\t(Authenticated sender: %s)\n" % c.frm
    submit += "\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (mta, postfix_qid(r), fmt(_t(c, 1), c.zone, abbr=True, style="postfix"))
    trace = [("Received", submit)]
    if mua == "thunderbird":
        msgid = "<%s@%s>" % (uuid4(r), domain)
        mailer = [("User-Agent", ua or "Mozilla Thunderbird")]
        order = "thunderbird"
        b = "------------" + alnum(r, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        bf = lambda i: b if i == 0 else "------------" + alnum(r, 24)
    elif mua == "outlook":
        msgid = "<00%s01%s%s$%s$%s@%s>" % (hexid(r, 2), hexid(r, 4), hexid(r, 6), hexid(r, 8), hexid(r, 8), domain)
        mailer = [("X-Mailer", ua or "Microsoft Outlook 16.0"), ("Thread-Index", "Ad" + alnum(r, 28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
                  ("Content-Language", c.lang_tag or "de")]
        order = "outlook_client"
        b = "----=_NextPart_000_%04X_01DB%s.%s" % (r.randrange(65536), hexid(r, 4, True), hexid(r, 8, True))
        bf = lambda i: b if i == 0 else b.replace("_000_", "_%03d_" % i)
    elif mua == "thebat":
        msgid, mailer, order, bf = _thebat(c, r, domain, ua or "Professional")
    elif mua == "roundcube":
        msgid = "<%s@%s>" % (hexid(r, 32), domain)
        mailer = [("X-Sender", c.frm), ("User-Agent", ua or "Roundcube Webmail/1.6.9")]
        order = "roundcube"
        b = "=_" + hexid(r, 32)
        bf = lambda i: b if i == 0 else "=_" + hexid(r, 32)
    else:
        msgid = "<%s.%s@%s>" % (c.utc.strftime("%Y%m%d%H%M%S"), hexid(r, 8), mta)
        mailer = []
        order = "generic"
        b = "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), _ms(c, r))
        bf = lambda i: b
    return Env((mta, mta_rdns or mta, mta_ip), tls, trace, msgid, c.frm, mailer, order, boundary=bf, delay=r.randrange(2, 7))


def exim_cpanel(c, server, server_ip, client_ip=None, php=False, script="", tls=TLS12, helo=None, mailer_name="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"):
    """A shared-hosting cPanel/Exim server (typical for compromised small businesses)."""
    r = c.rng
    if php:
        user = script or "wp%s" % hexid(r, 4)
        rcv = ("from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
            user, server, c.envelope or c.frm, exim_id(r), c.rcpt, fmt(_t(c, 0), c.zone)))
        msgid = "<%s@%s>" % (alnum(r, 43), (c.frm.split("@")[1]))
        mailer = [("X-Mailer", mailer_name)] if mailer_name else []
        order = "phpmailer"
        b = "b1=_" + alnum(r, 43)
    else:
        ci = client_ip or "%d.%d.%d.%d" % (r.choice([5, 37, 45, 91, 102, 185, 194]), r.randrange(1, 254), r.randrange(1, 254), r.randrange(2, 250))
        rcv = ("from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n"
               "\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                   ci, r.randrange(49152, 65535), helo or "[127.0.0.1]", server, c.envelope or c.frm, exim_id(r), c.rcpt, fmt(_t(c, 0), c.zone)))
        msgid = "<%s@%s>" % (hexid(r, 32), c.frm.split("@")[1])
        mailer = [("User-Agent", "Roundcube Webmail/1.6.7"), ("X-Sender", c.frm)] if not mailer_name else [("X-Mailer", mailer_name)]
        order = "roundcube" if not mailer_name else "phpmailer"
        b = "=_" + hexid(r, 32)
    return Env((server, server, server_ip), tls, [("Received", rcv)], msgid, c.envelope or c.frm, mailer, order,
               boundary=lambda i: b if i == 0 else b[:-4] + hexid(r, 4), delay=r.randrange(2, 9),
               extra_top=[("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                          ("X-AntiAbuse", "Primary Hostname - %s" % server),
                          ("X-AntiAbuse", "Original Domain - %s" % c.rcpt.split("@")[1]),
                          ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
                          ("X-AntiAbuse", "Sender Address Domain - %s" % c.frm.split("@")[1]),
                          ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, c.frm))] if not php else [])


def vps_postfix(c, helo, rdns, ip, mua="roundcube", tls=TLS13, ua=None):
    """Look-alike domain on a rented VPS: Postfix + Roundcube/Thunderbird/script."""
    env = postfix_own(c, helo, ip, "localhost" if mua == "roundcube" else None,
                      "127.0.0.1" if mua == "roundcube" else "%d.%d.%d.%d" % (c.rng.choice([45, 89, 91, 185, 193]), c.rng.randrange(1, 254), c.rng.randrange(1, 254), c.rng.randrange(2, 250)),
                      mua=mua, tls=tls, ua=ua)
    env.client = (helo, rdns, ip)
    return env


# ---------------------------------------------------------------- webmail providers
def gmx(c, brand="gmx"):
    r = c.rng
    if brand == "gmx":
        out, ip, mr, app = "mout.gmx.net", "212.227.17.%d" % r.choice([20, 21, 22]), "mrgmx%03d" % r.randrange(100, 120), "3c-app-gmx-bs%02d" % r.randrange(1, 80)
    else:
        out, ip, mr, app = "mout.web.de", "217.72.192.%d" % r.choice([78, 79]), "mrweb%03d" % r.randrange(100, 120), "3c-app-webde-bap%02d" % r.randrange(1, 80)
    mrip = "212.227.17.%d" % r.randrange(160, 190) if brand == "gmx" else "213.165.67.%d" % r.randrange(100, 124)
    trace = [("Received", "from [%s] ([%s]) by %s (%s\n [%s]) with ESMTPSA (Nemesis) id %s; %s" % (
        "%d.%d.%d.%d" % (r.choice([79, 84, 87, 91, 93]), r.randrange(1, 254), r.randrange(1, 254), r.randrange(2, 250)),
        "%d.%d.%d.%d" % (r.choice([79, 84, 87, 91, 93]), r.randrange(1, 254), r.randrange(1, 254), r.randrange(2, 250)),
        "mail.gmx.net" if brand == "gmx" else "smtp.web.de", mr, mrip,
        "1M" + alnum(r, 4) + "-1" + alnum(r, 9) + "-00" + alnum(r, 4), fmt(_t(c, 0), c.zone)))]
    msgid = "<trinity-%s-%d@%s>" % (uuid4(r), _ms(c, r), app)
    mailer = [("Importance", "normal"), ("Sensitivity", "Normal"),
              ("X-Priority", "3"), ("X-Provags-ID", "V03:K1:" + alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
              ("X-UI-Out-Filterresults", "notjunk:1;V03:K0:" + alnum(r, 12) + "=:" + alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]
    b = "abmob-" + uuid4(r)
    return Env((out, out, ip), TLS13, trace, msgid, c.frm, mailer, "gmx", boundary=lambda i: b, delay=r.randrange(1, 4))


def _thebat(c, r, domain, edition="Professional"):
    msgid = "<%d.%s@%s>" % (r.randrange(10 ** 8, 4 * 10 ** 9), c.utc.astimezone(tzinfo_at(c.zone, c.utc)[0]).strftime("%Y%m%d%H%M%S"), domain)
    mailer = [("X-Mailer", "The Bat! (v10.5.3) %s" % edition), ("X-Priority", "3 (Normal)")]
    b = "----------%s" % hexid(r, 12, upper=True)
    return msgid, mailer, "thebat", (lambda i: b if i == 0 else "----------" + hexid(r, 12, upper=True))


def yandex(c, webmail=True, service=False, thebat=None):
    r = c.rng
    n = r.choice(["101b", "102a", "500a", "501b", "103c"])
    fwd = "forward%s.mail.yandex.net" % n
    ip = "178.154.239.%d" % r.randrange(70, 220)
    node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randrange(10, 99), r.choice(["myt", "vla", "sas", "iva"]))
    trace = [("Received", "from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (
        node, node, "2a02:6b8:c12:%x:0:640:%x:0" % (r.randrange(256, 4096), r.randrange(256, 65535)), fwd, alnum(r, 10).upper()[:10],
        fmt(_t(c, 1), "RU", style="pad0"))),
        ("Received", "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (node, alnum(r, 10), alnum(r, 8), fmt(_t(c, 0), "RU", style="pad0"))),
        ("X-Yandex-Fwd", "1")]
    bf = lambda i: None
    if thebat:
        msgid, mailer, order, bf = _thebat(c, r, c.frm.split("@")[1], thebat)
    elif service:
        msgid = "<%d%d@%s>" % (r.randrange(10 ** 5, 10 ** 6), _ms(c, r) // 1000, node)
        mailer = []
        order = "esp"
    else:
        msgid = "<%d%d@mail.yandex.ru>" % (r.randrange(10 ** 5, 10 ** 6), _ms(c, r) // 1000)
        mailer = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
        order = "yandex"
    return Env((fwd, fwd, ip), TLS13, trace, msgid, c.frm, mailer, order, boundary=bf, delay=2)


def mailru(c):
    r = c.rng
    n = r.randrange(20, 90)
    host = "smtp%d.i.mail.ru" % n
    trace = [("Received", "by %s with esmtpa (envelope-from <%s>)\n\tid 1t%s-%s-%s; %s" % (
        host, c.frm, alnum(r, 4), alnum(r, 6), alnum(r, 2), fmt(_t(c, 0), "RU", style="pad0")))]
    msgid = "<%d.%s@f%d.i.mail.ru>" % (_ms(c, r) // 1000, hexid(r, 12), r.randrange(100, 500))
    mailer = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%d.%d.%d.%d]" % (r.choice([5, 31, 46, 95, 176, 188]), r.randrange(1, 254), r.randrange(1, 254), r.randrange(2, 250)))]
    return Env((host, host, "95.163.41.%d" % r.randrange(60, 99)), TLS13, trace, msgid, c.frm, mailer, "yandex",
               boundary=lambda i: "--ALT--" + hexid(r, 32, True)[:30] + "%d" % (_ms(c, r) // 1000), delay=2)


def wp_pl(c):
    r = c.rng
    trace = [("Received", "(wp-smtpd smtp.wp.pl %d invoked by uid 990); %s" % (r.randrange(10 ** 4, 10 ** 5), fmt(_t(c, 1), "PL"))),
             ("Received", "from %d.%d.%d.%d by poczta.wp.pl with HTTP; %s" % (r.choice([31, 37, 83, 89, 178, 188]), r.randrange(1, 254),
                                                                             r.randrange(1, 254), r.randrange(2, 250), fmt(_t(c, 0), "PL")))]
    msgid = "<%s@wp.pl>" % hexid(r, 32)
    mailer = [("X-Mailer", "Poczta WP (https://poczta.wp.pl)"), ("X-WP-MailID", hexid(r, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    return Env(("smtp.wp.pl", "smtp.wp.pl", "212.77.101.%d" % r.choice([1, 5, 8, 9])), TLS13, trace, msgid, c.frm, mailer, "generic",
               boundary=lambda i: "=-=" + alnum(r, 28) + "=-=", delay=2)


def libero(c):
    r = c.rng
    n = r.randrange(10, 40)
    trace = [("Received", "from libero.it ([%d.%d.%d.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
        r.choice([2, 5, 79, 87, 93, 151]), r.randrange(1, 254), r.randrange(1, 254), r.randrange(2, 250), n, alnum(r, 15), fmt(_t(c, 0), "IT", style="pad0")))]
    msgid = "<%d.%d.%d@mail.libero.it>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 7), _ms(c, r))
    mailer = [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev66"), ("X-Originating-Client", "open-xchange-appsuite")]
    b = "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 8, 10 ** 9), _ms(c, r))
    return Env(("libero.it", "smtp-%d.italiaonline.it" % n, "213.209.10.%d" % r.randrange(10, 250)), TLS13, trace, msgid, c.frm, mailer, "generic",
               boundary=lambda i: b if i == 0 else b.replace("Part_", "Part_%d_" % i), delay=2)


def otenet(c):
    """OTE (Cosmote) consumer mail, Roundcube-based webmail."""
    r = c.rng
    trace = [("Received", "from webmail.otenet.gr (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby mailout%02d.otenet.gr (Postfix) with ESMTPA id %s;\n\t%s" % (
        c.frm, r.randrange(1, 6), postfix_short_qid(r), fmt(_t(c, 0), "GR", abbr=True, style="postfix")))]
    msgid = "<%s@otenet.gr>" % hexid(r, 32)
    mailer = [("User-Agent", "Roundcube Webmail/1.5.6"), ("X-Sender", c.frm)]
    b = "=_" + hexid(r, 32)
    return Env(("mailout%02d.otenet.gr" % r.randrange(1, 6), "mailout%02d.otenet.gr" % r.randrange(1, 6), "195.170.0.%d" % r.randrange(20, 60)), TLS12, trace, msgid, c.frm, mailer,
               "roundcube", boundary=lambda i: b, delay=3)


# ---------------------------------------------------------------- ESPs
def sendgrid(c, em_domain, sg_ip=None, shared=True):
    r = c.rng
    uid = r.randrange(10 ** 7, 5 * 10 ** 7)
    if shared:
        host = "%s.outbound-mail.sendgrid.net" % alnum(r, 8, "abcdefghijklmnopqrstuvwxyz")
    else:
        host = "o%d.ptr%d.%s" % (r.randrange(1, 9), r.randrange(1000, 9999), em_domain.split(".", 1)[1])
    ip = sg_ip or "149.72.%d.%d" % (r.randrange(100, 250), r.randrange(2, 250))
    pod = "geopod-ismtpd-%d" % r.randrange(1, 40)
    sgid = alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    trace = [("Received", "by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%X-%X\n        %s" % (
        hexid(r, 10), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), hexid(r, 10), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"),
        r.randrange(1 << 28, 1 << 31), r.randrange(1, 40), fmt(_t(c, 1), "UTC", style="pad0").replace("+0000", "(UTC)"))),
        ("Received", "from %s (unknown)\n        by %s (SG) with HTTP\n        id %s\n        for <%s>;\n        %s" % (
            alnum(r, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), pod, sgid, c.rcpt,
            fmt(_t(c, 0), "UTC", style="pad0").replace("+0000", "(UTC)")))]
    msgid = "<%s@%s>" % (sgid, pod)
    rp = "bounces+%d-%s-%s=%s@%s" % (uid, hexid(r, 4), c.rcpt.split("@")[0], c.rcpt.split("@")[1], em_domain)
    mailer = [("X-SG-EID", "u001." + alnum(r, 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
              ("X-SG-ID", "u001." + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
              ("X-Entity-ID", "u001." + alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==")]
    b = hexid(r, 64)
    return Env((host, host, ip), TLS13, trace, msgid, rp, mailer, "esp", boundary=lambda i: b if i == 0 else hexid(r, 64), delay=3)


def mailgun(c, mg_domain):
    r = c.rng
    n = r.randrange(10, 250)
    host = "m%d-%d.mailgun.net" % (r.choice([228, 42, 239]), n)
    ip = "159.135.%d.%d" % (r.choice([228, 224, 232]), n)
    trace = [("Received", "by %s with HTTP id %s; %s" % (hexid(r, 24), hexid(r, 24), fmt(_t(c, 0), "UTC", style="pad0")))]
    msgid = "<%s.%s@%s>" % (c.utc.strftime("%Y%m%d%H%M%S"), hexid(r, 16), mg_domain)
    rp = "bounce+%s.%s-%s=%s@%s" % (hexid(r, 6), hexid(r, 6), c.rcpt.split("@")[0], c.rcpt.split("@")[1], mg_domain)
    mailer = [("X-Mailgun-Sid", "W" + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789=")),
              ("X-Mailgun-Variables", '{"campaign": "%s"}' % hexid(r, 8))]
    b = hexid(r, 32)
    return Env((host, host, ip), TLS13, trace, msgid, rp, mailer, "esp", boundary=lambda i: b if i == 0 else hexid(r, 32), delay=2)


def brevo(c, campaign=True):
    r = c.rng
    n = r.randrange(1, 9)
    host = "s%d-%s.sender-sib.com" % (n, hexid(r, 2))
    ip = "77.32.148.%d" % r.randrange(10, 250)
    trace = [("Received", "from smtp-relay.sendinblue.com (unknown)\n\tby smtp-relay.mailin.fr (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
        postfix_short_qid(r), c.rcpt, fmt(_t(c, 0), "UTC", style="pad0")))]
    msgid = "<%s.%d@smtp-relay.mailin.fr>" % (c.utc.strftime("%Y%m%d%H%M"), r.randrange(10 ** 10, 10 ** 11))
    rp = "bounces-%d-%s@%s" % (r.randrange(10 ** 6, 10 ** 7), hexid(r, 8), host)
    mailer = [("X-Mailer", "Sendinblue"), ("X-sib-id", alnum(r, 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")),
              ("X-Mailin-EID", alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%") + "%3D"),
              ("Feedback-ID", "%d:%d:Campaign:Brevo" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 2, 10 ** 4)) if campaign else "%d:transactional:Brevo" % r.randrange(10 ** 6, 10 ** 7))]
    b = "=_%s" % hexid(r, 32)
    return Env((host, host, ip), TLS13, trace, msgid, rp, mailer, "esp", boundary=lambda i: b if i == 0 else "=_" + hexid(r, 32), delay=3)


def ses(c, region="eu-west-1", feedback="1.eu-west-1.%s=:AmazonSES", submit_from=None):
    r = c.rng
    a = r.randrange(1, 250)
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (r.choice([7, 8, 48, 3]), a, region) if region != "us-east-1" else "a%d-%d.smtp-out.amazonses.com" % (8, a)
    ipn = {"eu-west-1": "54.240.%d.%d", "eu-central-1": "69.169.%d.%d", "eu-west-2": "23.249.%d.%d"}.get(region, "54.240.%d.%d")
    ip = ipn % (r.randrange(1, 60), a)
    sesid = "0102019%s-%s-000000" % (hexid(r, 9), uuid4(r))
    if region == "eu-central-1":
        sesid = "0107019%s-%s-000000" % (hexid(r, 9), uuid4(r))
    msgid = "<%s@%s.amazonses.com>" % (sesid, region)
    rp = "%s@%s.amazonses.com" % (sesid, region)
    mailer = [("Feedback-ID", "::" + (feedback % alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))),
              ("X-SES-Outgoing", "%s-%s" % (c.utc.strftime("%Y.%m.%d"), ip))]
    b = "----=_Part_%d_%d.%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 8, 10 ** 9), _ms(c, r))
    src = submit_from or "ip-172-31-%d-%d.%s.compute.internal (ec2-%d-%d-%d-%d.%s.compute.amazonaws.com [%d.%d.%d.%d])" % (
        (r.randrange(0, 64), r.randrange(1, 254), region) + (lambda a: a + (region,) + a)((r.choice([3, 18, 34, 52]), r.randrange(1, 254), r.randrange(1, 254), r.randrange(2, 250))))
    trace = [("Received", "from %s\n by email-smtp.%s.amazonaws.com with SMTP (SimpleEmailService-d-%s) id %s\n for %s;\n %s" % (
        src, region, alnum(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), alnum(r, 20), c.rcpt, fmt(_t(c, 0), "UTC", style="pad0")))]
    return Env((host, host, ip), TLS13, trace, msgid, rp, mailer, "esp", boundary=lambda i: b if i == 0 else b.replace("Part_", "Part_%d_" % i), delay=1)


def mailchimp(c, dc="us21", u=None, list_id=None):
    r = c.rng
    n = r.randrange(100, 250)
    atl = r.randrange(100, 250)
    u = u or hexid(r, 25)
    list_id = list_id or hexid(r, 10)
    camp = hexid(r, 10)
    host = "mail%d.atl%d.rsgsv.net" % (n, atl)
    ip = "198.2.%d.%d" % (r.randrange(128, 190), n)
    trace = [("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s" % (
        host, alnum(r, 12), c.rcpt, fmt(_t(c, 0), "UTC", style="pad0")))]
    msgid = "<%s.%s@mail%d.atl%d.mcdlv.net>" % (hexid(r, 32), hexid(r, 12), n, atl)
    rp = "bounce-mc.%s_%d.%d-%s=%s@mail%d.atl%d.mcdlv.net" % (dc, r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7),
                                                              c.rcpt.split("@")[0], c.rcpt.split("@")[1], n, atl)
    cid = "mailchimp%s.%s" % (u[:22], camp)
    mailer = [("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (camp, hexid(r, 10))),
              ("X-Campaign", cid), ("X-campaignid", cid),
              ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, camp, hexid(r, 10))),
              ("X-MC-User", u),
              ("Feedback-ID", "%d:%d.%d:%s:mc" % (r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 6, 10 ** 7), dc))]
    b = "_----------=_MCPart_%d" % r.randrange(10 ** 9, 10 ** 10)
    return Env((host, host, ip), TLS12, trace, msgid, rp, mailer, "esp", boundary=lambda i: b if i == 0 else b + "_%d" % i, delay=4)


# ---------------------------------------------------------------- services
def github(c):
    r = c.rng
    n = r.randrange(20, 30)
    host = "out-%d.smtp.github.com" % n
    ip = "192.30.252.%d" % r.randrange(192, 215)
    node = "github-lowworker-%s-%s.va3-iad.github.net" % (hexid(r, 10), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    trace = [("Received", "from %s (hubbernetes-node-%s.va3-iad.github.net [10.48.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
        node, hexid(r, 8), r.randrange(1, 250), r.randrange(1, 250), postfix_short_qid(r), c.rcpt, fmt(_t(c, 0), "ET", style="nopad")))]
    msgid = "<%s_%s@%s.mail>" % (hexid(r, 13), hexid(r, 13), node)
    b = "--==_mimepart_%s_%s" % (hexid(r, 13), hexid(r, 6))
    return Env((host, host, ip), TLS13_ECDSA, trace, msgid, "noreply@github.com", [("X-Auto-Response-Suppress", "All")], "esp",
               boundary=lambda i: b if i == 0 else b + "_%d" % i, delay=2)


def docusign_eu(c):
    r = c.rng
    n = r.choice(["mailfra", "mailams"])
    host = "%s%d.eumail.docusign.net" % (n, r.randrange(1, 4))
    ip = "185.81.100.%d" % r.randrange(10, 120)
    trace = [("Received", "from FR%dDFE%d (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        r.randrange(1, 3), r.randrange(1, 20), r.randrange(100, 200), r.randrange(1, 250), r.randrange(1, 250), host,
        postfix_short_qid(r), c.rcpt, fmt(_t(c, 0), "UTC", style="pad0")))]
    msgid = "<%s@docusign.net>" % hexid(r, 32)
    b = "----=_NextPart_%s" % uuid4(r)
    return Env((host, host, ip), TLS13, trace, msgid, "bounces+%s@eumail.docusign.net" % hexid(r, 16), [], "esp",
               boundary=lambda i: b, delay=2)


def service_postfix(c, mta, ip, order="esp", script_host=None, mailer=None, msgid_style="postfix", tls=TLS13):
    """A public body / company sending from its own Postfix cluster."""
    r = c.rng
    src = script_host or "app%02d.internal" % r.randrange(1, 12)
    trace = [("Received", "from %s (%s [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        src, src, r.randrange(0, 250), r.randrange(0, 250), r.randrange(2, 250), mta, postfix_short_qid(r), c.rcpt,
        fmt(_t(c, 0), c.zone, abbr=True, style="postfix")))]
    dom = c.frm.split("@")[1]
    if msgid_style == "java":
        msgid = "<%d.%d.%d@%s>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 3, 10 ** 6), _ms(c, r), src)
    else:
        msgid = "<%s.%s@%s>" % (c.utc.strftime("%Y%m%d%H%M%S"), hexid(r, 10), dom)
    b = "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 8, 10 ** 9), _ms(c, r))
    return Env((mta, mta, ip), tls, trace, msgid, c.envelope or c.frm, mailer or [], order,
               boundary=lambda i: b if i == 0 else b.replace("Part_", "Part_%d_" % i), delay=r.randrange(1, 5))
