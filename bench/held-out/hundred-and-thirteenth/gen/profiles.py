"""Sending-system profiles: each one sets the trace (Received chain below
mx01), Return-Path and the header block in the order and style that system
produces. F is a dict of the message fields:
  frm, to, cc, subject (already RFC 2047-encoded where needed), t (sent, UTC),
  tz (sender's local zone), env (envelope sender), irt, refs, reply_to,
  extra (list of extra headers put before MIME), rcpt is m.rcpt."""
from lib.infra import fmt, ago, rx_postfix, TLS13, TLS12


def _opt(F, *names):
    out = []
    for n, key in names:
        if F.get(key):
            out.append((n, F[key]))
    return out


def _refs(F):
    out = []
    if F.get("refs"):
        out.append(("References", F["refs"]))
    if F.get("irt"):
        out.append(("In-Reply-To", F["irt"]))
    return out


# ------------------------------------------------------------------ Microsoft 365 tenant
def exo(m, F, mbx="DU0PR04MB9417", prd="eurprd04", out=("EUR03-DBA-obe", "mail-dbaeur03on2087", "40.107.104.87"),
        lang="it-IT", attach=False, org=None, tenant=None, x_orig_ip=None):
    c = m.ctx
    t = F["t"]
    mbx2 = mbx[:-4] + "%04d" % c.randint(1000, 9999)
    m.return_path = "<%s>" % F["env"]
    m.mx_from = ("%s.outbound.protection.outlook.com" % out[0], "%s.outbound.protection.outlook.com" % out[1],
                 out[2], "1.2")
    fe80 = "fe80::%s:%s:%s:%s" % (c.hex(4), c.hex(4), c.hex(4), c.hex(4))
    m.trace = [
        ("Received", "from %s.%s.prod.outlook.com (2603:10a6:%s::%s) by\n %s.%s.prod.outlook.com\n (2603:10a6:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9320.12; %s"
         % (mbx, prd, c.hex(3), c.hex(2), mbx2, prd, c.hex(3), c.hex(2), fmt(ago(t, -1), "UTC"))),
        ("Received", "from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s%%%d]) with mapi id 15.20.9320.012; %s"
         % (mbx, prd, fe80, mbx, prd, fe80, c.randint(3, 7), fmt(t, "UTC"))),
    ]
    mid = F.get("mid") or "<%s%s@%s.%s.prod.outlook.com>" % (mbx, c.hex(32, True), mbx, prd)
    m.msgid = mid
    h = [("From", F["frm"]), ("To", F["to"])]
    h += _opt(F, ("CC", "cc"), ("Reply-To", "reply_to"))
    h += [("Subject", F["subject"]), ("Thread-Topic", F.get("topic", F["subject"])),
          ("Thread-Index", c.thread_index(1 if F.get("irt") else 0)),
          ("Date", fmt(t, "UTC")), ("Message-ID", mid)]
    h += _refs(F)
    h += [("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
          ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
          ("msip_labels", ""), ("x-ms-publictraffictype", "Email"),
          ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (mbx, mbx2))]
    if x_orig_ip:
        h.append(("x-originating-ip", "[%s]" % x_orig_ip))
    h += F.get("extra", [])
    h += [("MIME", None), ("MIME-Version", "1.0"),
          ("X-OriginatorOrg", org or F["env"].split("@")[1]),
          ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
          ("X-MS-Exchange-CrossTenant-AuthSource", "%s.%s.prod.outlook.com" % (mbx, prd)),
          ("X-MS-Exchange-CrossTenant-Network-Message-Id", c.uuid()),
          ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s.%04d (UTC)" % (fmt(t, "UTC")[5:25], c.randint(0, 9999))),
          ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
          ("X-MS-Exchange-CrossTenant-id", tenant or c.uuid()),
          ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", mbx2)]
    m.headers = h
    m.boundary = lambda n=0: "_%03d_%s%s%sEURP_" % (n, mbx, c.hex(32, True), mbx)


# ------------------------------------------------------------------ internal Exchange via mail-int01
def exch_internal(m, F, server="EXCH01", lang="de-DE", attach=False, client_ip="10.20.4.37", importance=None):
    c = m.ctx
    t = F["t"]
    m.return_path = "<%s>" % F["env"]
    m.mx_from = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "1.2")
    ip = {"EXCH01": "10.20.1.11", "EXCH02": "10.20.1.12"}[server]
    fe80 = "fe80::%s:%s:%s:%s" % (c.hex(4), c.hex(4), c.hex(4), c.hex(4))
    m.trace = [
        ("Received", "from %s.corp.example.com (%s.corp.example.com [%s])\n\t%sby mail-int01.example.com (Postfix) with ESMTPS id %s;\n\t%s"
         % (server, server.lower(), ip, TLS12, c.postfix_qid(), fmt(ago(t, -2), "DE", True))),
        ("Received", "from %s.corp.example.com ([%s]) by %s.corp.example.com\n ([%s%%12]) with mapi id 15.02.1748.010; %s"
         % (server, fe80, server, fe80, fmt(t, "DE"))),
    ]
    mid = F.get("mid") or "<%s@%s.corp.example.com>" % (c.hex(32), server)
    m.msgid = mid
    h = [("From", F["frm"]), ("To", F["to"])]
    h += _opt(F, ("CC", "cc"))
    h += [("Subject", F["subject"]), ("Thread-Topic", F.get("topic", F["subject"])),
          ("Thread-Index", c.thread_index(1 if F.get("irt") else 0)),
          ("Date", fmt(t, "UTC")), ("Message-ID", mid)]
    h += _refs(F)
    h += [("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang)]
    if importance:
        h += [("Importance", "high"), ("X-Priority", "1")]
    h += [("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", ""),
          ("x-ms-exchange-transport-fromentityheader", "Hosted"), ("x-originating-ip", "[%s]" % client_ip)]
    h += F.get("extra", [])
    h += [("MIME", None), ("MIME-Version", "1.0")]
    m.headers = h
    m.boundary = lambda n=0: "_%03d_%s%scorpexamplecom_" % (n, c.hex(32), server)


# ------------------------------------------------------------------ Gmail web / app
def gmail(m, F, mx=("mail-wm1-f54", "209.85.128.54"), features=True):
    c = m.ctx
    t = F["t"]
    m.return_path = "<%s>" % F["env"]
    host = mx[0] + ".google.com"
    m.mx_from = (host, host, mx[1], "1.3")
    sid = "5b1f17b1804b1-%s%sso%se9.1" % (c.digits(9), c.alnum(6).lower(), c.digits(7))
    m.trace = [
        ("Received", "by %s with SMTP id %s\n        for <%s>; %s"
         % (host, sid, m.rcpt, fmt(ago(t, -1), "PT", True))),
        ("X-Gm-Message-State", "AOJu0Y" + c.b64url(58)),
        ("X-Gm-Gg", "ASbGnc" + c.b64url(90)),
        ("X-Google-Smtp-Source", "AGHT+I" + c.b64url(62)),
        ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s-%s.%d;\n        %s"
         % (c.hex(4), c.hex(4), c.hex(3), c.hex(4), c.hex(14), c.hex(11), c.randint(1, 9),
            fmt(ago(t, -1), "PT", True))),
    ]
    mid = F.get("mid") or c.gmail_mid()
    m.msgid = mid
    h = [("MIME-Version", "1.0")]
    h += _refs(F)
    h += [("From", F["frm"]), ("Date", fmt(t, F.get("tz", "DE")))]
    if features:
        h.append(("X-Gm-Features", "AWmQ_b" + c.b64url(80)))
    h += [("Message-ID", mid), ("Subject", F["subject"]), ("To", F["to"])]
    h += _opt(F, ("Cc", "cc"))
    h += F.get("extra", [])
    h.append(("MIME", None))
    m.headers = h
    m.boundary = lambda n=0: c.boundary_gmail()


# ------------------------------------------------------------------ Outlook.com / Hotmail consumer
def outlook_consumer(m, F, mbx="PAXP251MB0438", prd="EURP251", out=("EUR02-AM0-obe", "mail-am0eur02olkn2010", "40.92.49.10"),
                     lang="de-DE"):
    c = m.ctx
    t = F["t"]
    m.return_path = "<%s>" % F["env"]
    m.mx_from = ("%s.outbound.protection.outlook.com" % out[0], "%s.outbound.protection.outlook.com" % out[1],
                 out[2], "1.2")
    fe80 = "fe80::%s:%s:%s:%s" % (c.hex(4), c.hex(4), c.hex(4), c.hex(4))
    m.trace = [
        ("Received", "from %s.%s.PROD.OUTLOOK.COM\n ([%s]) by %s.%s.PROD.OUTLOOK.COM\n ([%s%%6]) with mapi id 15.20.9320.012; %s"
         % (mbx, prd, fe80, mbx, prd, fe80, fmt(t, "UTC"))),
    ]
    mid = "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (mbx, c.hex(32, True), mbx, prd)
    m.msgid = mid
    h = [("From", F["frm"]), ("To", F["to"])]
    h += _opt(F, ("CC", "cc"), ("Reply-To", "reply_to"))
    h += [("Subject", F["subject"]), ("Thread-Topic", F.get("topic", F["subject"])),
          ("Thread-Index", c.thread_index(1 if F.get("irt") else 0)),
          ("Date", fmt(t, "UTC")), ("Message-ID", mid)]
    h += _refs(F)
    h += [("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("x-ms-exchange-messagesentrepresentingtype", "1"),
          ("x-tmn", "[%s]" % c.alnum(32)), ("x-ms-publictraffictype", "Email")]
    h += F.get("extra", [])
    h += [("MIME", None), ("MIME-Version", "1.0"), ("X-OriginatorOrg", "sct-15-20-8534-20-msonline-outlook-38779.templateTenant")]
    m.headers = h
    m.boundary = lambda n=0: "_%03d_%s%s%s_" % (n, mbx, c.hex(32, True), mbx[:8])


# ------------------------------------------------------------------ client -> own/hosted Postfix relay
def smtp_client(m, F, relay, relay_ip, client_helo, client_rdns, client_ip, mailer=None, mid=None,
                auth=None, out_helo=None, tls="1.3", extra_hops=(), user_agent=None, order="outlook",
                relay_tz=None, direct=False):
    """A mail client (Outlook/Thunderbird/The Bat!/custom) submitting to relay, which then
    delivers straight to mx01.  direct=True: relay is also the client (scripted bulk sender)."""
    c = m.ctx
    t = F["t"]
    m.return_path = "<%s>" % F["env"]
    m.mx_from = (out_helo or relay, relay, relay_ip, tls)
    m.trace = list(extra_hops)
    if not direct:
        m.trace.insert(0, ("Received", rx_postfix(c, client_helo, client_rdns, client_ip, out_helo or relay, ago(t, -2),
                                                   relay_tz or F.get("tz", "DE"), auth=auth)))
    m.msgid = mid
    m.boundary = {
        "outlook": lambda n=0: c.boundary_nextpart(),
        "thunderbird": lambda n=0: c.boundary_tb(),
        "apple": lambda n=0: c.boundary_apple(),
        "roundcube": lambda n=0: "=_" + c.hex(32),
        "thebat": lambda n=0: "----------" + c.hex(15, True),
    }.get(order, lambda n=0: "b%d_%s" % (n + 1, c.alnum(32)))
    if order == "outlook":
        h = [("From", F["frm"]), ("To", F["to"])]
        h += _opt(F, ("Cc", "cc"), ("Reply-To", "reply_to"))
        h += _refs(F)
        h += [("Subject", F["subject"]), ("Date", fmt(t, F.get("tz", "DE"))), ("Message-ID", mid),
              ("MIME", None), ("MIME-Version", "1.0")]
        if mailer:
            h.append(("X-Mailer", mailer))
        h += [("Thread-Index", c.thread_index(1 if F.get("irt") else 0)), ("Content-Language", F.get("lang", "de"))]
        h += F.get("extra", [])
    elif order == "thunderbird":
        h = [("Message-ID", mid), ("Date", fmt(t, F.get("tz", "DE"))), ("MIME-Version", "1.0"),
             ("User-Agent", user_agent)]
        h += [("Subject", F["subject"])]
        h += _refs(F)
        h += [("Content-Language", F.get("lang", "de-DE")), ("To", F["to"])]
        h += _opt(F, ("Cc", "cc"), ("Reply-To", "reply_to"))
        h += [("From", F["frm"])]
        h += F.get("extra", [])
        h.append(("MIME", None))
    elif order == "thebat":
        h = [("Date", fmt(t, F.get("tz", "RU"))), ("From", F["frm"]), ("X-Mailer", mailer),
             ("Reply-To", F.get("reply_to") or F["frm"]), ("Organization", F.get("org", "")),
             ("X-Priority", "3 (Normal)"), ("Message-ID", mid), ("To", F["to"])]
        h += _opt(F, ("CC", "cc"))
        h += _refs(F)
        h += [("Subject", F["subject"]), ("MIME-Version", "1.0")]
        h += F.get("extra", [])
        h.append(("MIME", None))
    elif order == "apple":
        h = [("From", F["frm"]), ("MIME", None), ("Mime-Version", "1.0 (1.0)")]
        h += _refs(F)
        h += [("Subject", F["subject"]), ("Message-Id", mid), ("Date", fmt(t, F.get("tz", "DE"))), ("To", F["to"])]
        h += _opt(F, ("Cc", "cc"), ("Reply-To", "reply_to"))
        h += [("X-Mailer", mailer)]
        h += F.get("extra", [])
    elif order == "roundcube":
        h = [("MIME-Version", "1.0"), ("Date", fmt(t, F.get("tz", "PL"))), ("From", F["frm"]), ("To", F["to"])]
        h += _opt(F, ("Cc", "cc"), ("Reply-To", "reply_to"))
        h += [("Subject", F["subject"])]
        h += _refs(F)
        h += [("Message-ID", mid), ("X-Sender", F["env"]), ("User-Agent", user_agent)]
        h += F.get("extra", [])
        h.append(("MIME", None))
    else:  # generic script / PHPMailer-like
        h = [("Date", fmt(t, F.get("tz", "DE"))), ("To", F["to"]), ("From", F["frm"])]
        h += _opt(F, ("Reply-To", "reply_to"), ("Cc", "cc"))
        h += [("Subject", F["subject"]), ("Message-ID", mid)]
        if mailer:
            h.append(("X-Mailer", mailer))
        h += F.get("extra", [])
        h += [("MIME-Version", "1.0"), ("MIME", None)]
    m.headers = h


# ------------------------------------------------------------------ cPanel/Exim shared host (compromised CMS)
def exim_php(m, F, host, host_ip, docroot_user, script, mailer="PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)",
             host_tz="DE"):
    c = m.ctx
    t = F["t"]
    m.return_path = "<%s>" % F["env"]
    m.mx_from = (host, host, host_ip, "1.3")
    m.trace = [
        ("Received", "from %s by %s with local (Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
         % (docroot_user, host, F["env"], c.exim_id(), m.rcpt, fmt(ago(t, -1), host_tz))),
        ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
        ("X-AntiAbuse", "Primary Hostname - %s" % host),
        ("X-AntiAbuse", "Original Domain - example.com"),
        ("X-AntiAbuse", "Originator/Caller UID/GID - [%d %d] / [47 12]" % (c.randint(1001, 1400), c.randint(1001, 1400))),
        ("X-AntiAbuse", "Sender Address Domain - %s" % F["env"].split("@")[1]),
        ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (host, docroot_user)),
        ("X-Authenticated-Sender", "%s: %s" % (host, F["env"])),
        ("X-Source", ""),
        ("X-Source-Args", "php-fpm: pool %s" % docroot_user.replace(".", "_")),
        ("X-Source-Dir", "%s:/public_html/%s" % (F["env"].split("@")[1], script)),
    ]
    mid = "<%s@%s>" % (c.alnum(32), F["env"].split("@")[1])
    m.msgid = mid
    h = [("Date", fmt(t, host_tz)), ("To", F["to"]), ("From", F["frm"])]
    h += _opt(F, ("Reply-To", "reply_to"))
    h += [("Subject", F["subject"]), ("Message-ID", mid), ("X-Mailer", mailer)]
    h += F.get("extra", [])
    h += [("MIME-Version", "1.0"), ("MIME", None)]
    m.headers = h
    m.boundary = lambda n=0: "b%d_%s" % (n + 1, c.alnum(43))


# ------------------------------------------------------------------ ESPs
def sendgrid(m, F, ip="149.72.61.104", host="wrqvcjvw", envdom=None, account=None):
    c = m.ctx
    t = F["t"]
    envdom = envdom or "em%d.%s" % (c.randint(1000, 9999), F["from_domain"])
    uid = account or str(c.randint(10000000, 59999999))
    m.return_path = "<bounces+%s-%s-%s=%s@%s>" % (uid, c.hex(4), m.rcpt.split("@")[0], m.rcpt.split("@")[1], envdom)
    rd = "%s.outbound-mail.sendgrid.net" % host
    m.mx_from = (rd, rd, ip, "1.3")
    fd = "filterdrecv-%s-%s" % (c.hex(10), c.alnum(5).lower())
    gp = c.randint(1, 40)
    t1 = ago(t, 1)
    t2 = ago(t, 2)
    gots = "%04d-%02d-%02d %02d:%02d:%02d.%09d +0000 UTC m=+%d.%09d" % (
        t1.year, t1.month, t1.day, t1.hour, t1.minute, t1.second, c.randint(0, 999999999),
        c.randint(100000, 9999999), c.randint(0, 999999999))
    m.trace = [
        ("Received", "by %s with SMTP id %s-1-%s-%X\n\t%s" % (fd, fd, c.hex(8, True), c.randint(1, 60), gots)),
        ("Received", "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>;\n\t%s.%03d +0000 (UTC)"
         % (envdom, gp, c.b64url(22), m.rcpt, fmt(t2, "UTC")[:-6], c.randint(0, 999))),
    ]
    mid = "<%s@geopod-ismtpd-%d>" % (c.b64url(22), gp)
    m.msgid = mid
    h = [("MIME", None), ("Date", fmt(ago(t, 2), "UTC") + " (UTC)"), ("From", F["frm"])]
    h += _opt(F, ("Reply-To", "reply_to"))
    h += [("Mime-Version", "1.0"), ("Message-ID", mid), ("Subject", F["subject"])]
    h += F.get("extra", [])
    h += [("X-SG-EID", "u001." + c.b64url(120)), ("X-SG-ID", "u001." + c.b64url(80)),
          ("To", F["to"]), ("X-Entity-ID", "u001." + c.b64url(22))]
    m.headers = h
    m.boundary = lambda n=0: c.hex(64)


def mailgun(m, F, ip="159.135.228.11", host="m228-11.mailgun.net", mgdom=None):
    c = m.ctx
    t = F["t"]
    mgdom = mgdom or "mg." + F["from_domain"]
    stamp = fmt(t, "UTC")
    m.return_path = "<bounce+%s.%s-%s=%s@%s>" % (c.hex(6), c.hex(6), m.rcpt.split("@")[0], m.rcpt.split("@")[1], mgdom)
    m.mx_from = (host, host, ip, "1.3")
    m.trace = [
        ("Received", "by %s with HTTP id %s; %s" % (host, c.hex(24), stamp)),
        ("X-Mailgun-Sid", "W" + c.b64url(40) + "="),
        ("X-Mailgun-Sending-Ip", ip),
        ("X-Mailgun-Sending-Ip-Pool", ""),
    ]
    lt = t
    mid = "<%04d%02d%02d%02d%02d%02d.%s@%s>" % (lt.year, lt.month, lt.day, lt.hour, lt.minute, lt.second, c.hex(16), mgdom)
    m.msgid = mid
    h = [("Sender", "%s@%s" % (F["env_local"] if F.get("env_local") else "postmaster", mgdom)),
         ("Date", stamp), ("Mime-Version", "1.0"), ("MIME", None), ("Subject", F["subject"]), ("From", F["frm"])]
    h += _opt(F, ("Reply-To", "reply_to"))
    h += [("To", F["to"]), ("Message-Id", mid)]
    h += F.get("extra", [])
    m.headers = h
    m.boundary = lambda n=0: c.hex(64)


def ses(m, F, region="eu-west-1", host="a7-17", ip="54.240.7.17"):
    c = m.ctx
    t = F["t"]
    rid = "0102019%s-%s-%s-%s-%s-000000" % (c.hex(9), c.hex(8), c.hex(4), c.hex(4), c.hex(12))
    m.return_path = "<%s@%s.amazonses.com>" % (rid, region)
    rd = "%s.smtp-out.%s.amazonses.com" % (host, region)
    m.mx_from = (rd, rd, ip, "1.3")
    m.trace = []
    mid = "<%s@%s.amazonses.com>" % (rid, region)
    m.msgid = mid
    h = [("From", F["frm"]), ("To", F["to"])]
    h += _opt(F, ("Reply-To", "reply_to"))
    h += [("Subject", F["subject"]), ("MIME-Version", "1.0"), ("MIME", None), ("Message-ID", mid),
          ("Date", fmt(ago(t, 1), "UTC"))]
    h += F.get("extra", [])
    h += [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, c.b64(32).rstrip("="))),
          ("X-SES-Outgoing", "%04d.%02d.%02d-%s" % (t.year, t.month, t.day, ip))]
    m.headers = h
    m.boundary = lambda n=0: "----=_Part_%d_%d.%d" % (c.randint(100000, 9999999), c.randint(10000000, 999999999),
                                                      int(t.timestamp() * 1000))


def brevo(m, F, ip="185.41.28.101", host="mta-185-41-28-101.mailin.fr", campaign=None):
    c = m.ctx
    t = F["t"]
    m.return_path = "<bounces-%d-%s@sender-sib.com>" % (c.randint(10000, 99999), c.hex(10))
    m.mx_from = (host, host, ip, "1.3")
    m.trace = [("Received", "from smtp-relay.mailin.fr (unknown [10.30.%d.%d])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s"
                % (c.randint(1, 254), c.randint(1, 254), host, c.hex(12), m.rcpt, fmt(ago(t, 2), "UTC")))]
    mid = "<%04d%02d%02d%02d%02d.%s@smtp-relay.mailin.fr>" % (t.year, t.month, t.day, t.hour, t.minute, c.digits(11))
    m.msgid = mid
    h = [("Date", fmt(ago(t, 3), "UTC")), ("Subject", F["subject"]), ("From", F["frm"])]
    h += _opt(F, ("Reply-To", "reply_to"))
    h += [("To", F["to"]), ("Message-Id", mid), ("X-Mailer", "Brevo"), ("Mime-Version", "1.0"), ("MIME", None)]
    h += F.get("extra", [])
    h += [("X-Mailin-Campaign", str(campaign or c.randint(10, 400))), ("X-Mailin-Client", str(c.randint(1000000, 9999999))),
          ("Feedback-ID", "%d:%d:Campaign:Brevo" % (c.randint(10000, 99999), c.randint(1000000, 9999999)))]
    m.headers = h
    m.boundary = lambda n=0: c.hex(32)


def mailchimp(m, F, server="us21", host="mail130.atl121.mcdlv.net", ip="205.201.130.130", list_u=None, list_id=None):
    c = m.ctx
    t = F["t"]
    u = list_u or c.hex(25)
    lid = list_id or c.hex(10)
    m.return_path = "<bounce-mc.%s_%s.%d-%s=%s@%s>" % (server, c.digits(8), c.randint(1000000, 9999999),
                                                        m.rcpt.split("@")[0], m.rcpt.split("@")[1], host)
    m.mx_from = (host, host, ip, "1.3")
    m.trace = [("Received", "from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s"
                % (host, c.alnum(12), m.rcpt, fmt(ago(t, 3), "UTC") + " (GMT)"))]
    mid = "<%s.%s@%s>" % (c.hex(25), c.hex(10), host)
    m.msgid = mid
    unsub = "https://%s.%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s" % (
        F["mc_acct"], server, u, lid, c.hex(10), c.hex(10))
    h = [("Subject", F["subject"]), ("From", F["frm"])]
    h += _opt(F, ("Reply-To", "reply_to"))
    h += [("To", F["to"]), ("Date", fmt(ago(t, 3), "UTC")),
          ("List-Unsubscribe", "<%s>,\n <mailto:unsubscribe-mc.%s_%s.%s-%s@unsubscribe.mailchimpapp.net?subject=unsubscribe>"
           % (unsub, server, u, c.hex(10), c.hex(10))),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Message-ID", mid),
          ("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (c.hex(10), c.hex(10))),
          ("X-Campaign", "mailchimp%s.%s" % (u, c.hex(10))), ("X-campaignid", "mailchimp%s.%s" % (u, c.hex(10))),
          ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (u, c.hex(10), c.hex(10))),
          ("X-MC-User", u),
          ("Feedback-ID", "%s:%s:%s:mc" % (c.digits(8), c.hex(10), c.hex(10))),
          ("List-ID", "%s mailing list <%s.%s.list-id.mcsv.net>" % (F["list_name"], u, lid)),
          ("X-Accounttype", "pd")]
    h += F.get("extra", [])
    h += [("MIME", None), ("MIME-Version", "1.0")]
    m.headers = h
    m.unsub = unsub
    m.boundary = lambda n=0: "_----------=_MCPart_%d" % c.randint(100000000, 999999999)
