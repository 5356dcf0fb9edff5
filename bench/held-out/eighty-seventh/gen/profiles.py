"""Sending systems: each returns the Received hops below mx01, the client
that connects to mx01, the Message-ID and the system's own headers."""
from infra import (fmt, plus, postfix_hop, exch_smtp_hop, exch_mapi_hop,
                   exim_hop, m365_server, m365_msgid, thread_index, postfix_qid,
                   TLS13, TLS12, TLS13_ECDSA)


def _dom(addr):
    return addr.split("@", 1)[1]


def _route(mx, hops, msgid, headers, boundary, t_mx, tls=TLS13, html="simple",
           henc="B", return_path=None, date_zone=None, date_pad=False, ctx=None):
    return dict(mx=mx, hops=hops, msgid=msgid, headers=headers, boundary=boundary,
                t_mx=t_mx, tls=tls, html=html, henc=henc, return_path=return_path,
                date_zone=date_zone, date_pad=date_pad, ctx=ctx or {})


# ----------------------------------------------------------- internal -----

def internal_exchange(c, **o):
    r, t = c["r"], c["t"]
    t1, t2, t3 = plus(t, 1), plus(t, 2), plus(t, 3)
    core = r.hex(32)
    hops = [postfix_hop("EXCH01.corp.example.com (exch01.corp.example.com [10.20.1.11])",
                        "mail-int01.example.com", "ESMTPS", t2, "DE", r, c["rcpt"], tls=TLS12),
            exch_smtp_hop("EXCH02.corp.example.com", "10.20.1.12",
                          "EXCH01.corp.example.com", "10.20.1.11", t1),
            exch_mapi_hop("EXCH02.corp.example.com", t1, r)]
    lang = o.get("lang", "de-DE")
    headers = [("Thread-Topic", c["subject"]), ("Thread-Index", thread_index(r, t)),
               ("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"),
               ("Content-Language", lang),
               ("X-MS-Has-Attach", "yes" if c["has_attach"] else ""),
               ("X-MS-TNEF-Correlator", ""),
               ("x-ms-exchange-transport-fromentityheader", "Hosted"),
               ("x-originating-ip", "[10.20.%d.%d]" % (r.int(14, 40), r.int(20, 240)))]
    return _route(("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"),
                  hops, "<%s@EXCH02.corp.example.com>" % core, headers, "exchange",
                  t3, html="outlook", henc=o.get("henc", "Q"),
                  ctx={"msgid_core": core + "EXCH02corpexamplecom"})


# --------------------------------------------------------- Microsoft 365 --

_OBE = {"EUR": [("EUR03-DBA-obe", "dbaeur03on2", "40.107.104."),
                ("EUR05-AM6-obe", "am6eur05on2", "40.107.22."),
                ("EUR02-VI1-obe", "vi1eur02on2", "40.107.6."),
                ("EUR01-DB5-obe", "db5eur01on2", "40.107.15."),
                ("FRA01-MR2-obe", "mr2fra01on2", "40.107.9.")],
        "GBR": [("GBR01-LO2-obe", "lo2gbr01on2", "40.107.20."),
                ("GBR01-CWX-obe", "cwxgbr01on2", "40.107.121.")],
        "EURP189": [("EUR05-VI1-obe", "vi1eur05olkn2", "40.92.90."),
                    ("EUR03-DBA-obe", "dbaeur03olkn2", "40.92.58."),
                    ("EUR02-AM0-obe", "am0eur02olkn2", "40.92.49.")],
        "NAM": [("NAM12-DM6-obe", "dm6nam12on2", "40.107.243."),
                ("NAM10-BN7-obe", "bn7nam10on2", "40.107.92.")]}


def _obe(r, region):
    helo, rname, net = r.choice(_OBE[region])
    last = r.int(40, 250)
    return ("%s.outbound.protection.outlook.com" % helo,
            "mail-%s%03d.outbound.protection.outlook.com" % (rname, last),
            "%s%d" % (net, last))


def m365(c, region="EUR", lang="de-DE", tenant=None, consumer=False, **o):
    r, t = c["r"], c["t"]
    srv, suf = m365_server(r, "EURP189" if consumer else region)
    srv2, _ = m365_server(r, "EURP189" if consumer else region)
    t1, t2 = plus(t, 1), plus(t, 3)
    v6 = lambda: "2603:10a6:%x:%x::%x" % (r.int(0x100, 0x7ff), r.int(0x10, 0x3ff), r.int(1, 0x1f))
    hops = [("from %s.%s (%s) by\n %s.%s (%s) with Microsoft SMTP Server\n"
             " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.19;\n"
             " %s" % (srv, suf, v6(), srv2, suf, v6(), fmt(t1, "UTC"))),
            ("from %s.%s\n ([fe80::%s:%s:%s:%s]) by %s.%s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.8722.018;"
             " %s" % (srv, suf, r.hex(4), r.hex(4), r.hex(4), r.hex(4), srv, suf,
                      r.hex(4), r.hex(4), r.hex(4), r.hex(4), r.int(3, 9), fmt(t, "UTC")))]
    headers = [("Thread-Topic", c["subject"]), ("Thread-Index", thread_index(r, t)),
               ("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"),
               ("Content-Language", lang),
               ("X-MS-Has-Attach", "yes" if c["has_attach"] else ""),
               ("X-MS-TNEF-Correlator", "")]
    if consumer:
        headers += [("x-ms-exchange-messagesentrepresentingtype", "1"),
                    ("x-tmn", "[%s]" % r.alnum(32)),
                    ("x-ms-publictraffictype", "Email"),
                    ("X-OriginatorOrg", "sct-15-20-8722-19-msonline-outlook-%s.templateTenant" % r.hex(5))]
    else:
        headers += [("msip_labels", ""),
                    ("x-ms-publictraffictype", "Email"),
                    ("X-OriginatorOrg", tenant or _dom(c["frm"])),
                    ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                    ("X-MS-Exchange-CrossTenant-id", r.uuid()),
                    ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", "%s" % srv2)]
    headers += o.get("extra", [])
    return _route(_obe(r, "EURP189" if consumer else region), hops,
                  m365_msgid(r, srv, suf), headers, "exchange", t2, tls=TLS12,
                  html="outlook", henc="Q" if lang[:2] in ("de", "it", "es", "en") else "B",
                  date_zone=o.get("zone"), ctx={"msgid_core": srv + r.hex(26, True)})


def ms_notify(c, kind="sharepoint", **o):
    """Microsoft's own notification mail (SharePoint, Microsoft account)."""
    r, t = c["r"], c["t"]
    helo, rdns, ip = _obe(r, "NAM" if kind == "account" else o.get("region", "EUR"))
    srv = "%s%s" % (r.choice(["BL02EPF", "SN1PEPF", "DS2PEPF"]) if kind == "account"
                    else r.choice(["AM4PEPF", "DU2PEPF", "AMS0EPF"]), r.hex(8, True))
    t1 = plus(t, 2)
    hops = [("from %s.%s.prod.outlook.com (2603:10b6:%x::%x) by\n %s.mail.protection.outlook.com"
             " (2603:10b6:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n"
             " cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.13; %s"
             % (srv, "namprd12" if kind == "account" else "eurprd04", r.int(0x100, 0xfff),
                r.int(1, 0x3f), srv, r.int(0x100, 0xfff), r.int(1, 0x3f), fmt(t, "UTC")))]
    if kind == "account":
        msgid = "<%s.%s@%s>" % (r.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                r.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), srv)
        headers = [("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
                   ("X-MS-Exchange-Organization-AuthSource", srv + ".namprd12.prod.outlook.com")]
    else:
        msgid = "<%s@odspnotify>" % r.uuid()
        headers = [("X-Sharing-Activity", o.get("activity", "Sharing")),
                   ("X-MS-SPO-CorrelationId", r.uuid()),
                   ("X-Auto-Response-Suppress", "All")]
    return _route((helo, rdns, ip), hops, msgid, headers, "exchange", t1, tls=TLS12,
                  html="brand", henc="B", date_zone="UTC", ctx={"msgid_core": r.hex(40, True)})


# ----------------------------------------------------------------- Google --

def gmail(c, **o):
    r, t = c["r"], c["t"]
    pod = r.choice(["wm1-f54", "wr1-f48", "ej1-f41", "ed1-f52", "lf1-f43", "wm1-f49"])
    ipmap = {"wm1": "209.85.128.", "wr1": "209.85.221.", "ej1": "209.85.218.",
             "ed1": "209.85.208.", "lf1": "209.85.167."}
    ip = ipmap[pod[:3]] + pod.split("-f")[1]
    host = "mail-%s.google.com" % pod
    t1, t2 = plus(t, 1), plus(t, 2)
    sid = "%s-%s%s.%d" % (r.alnum(13, "0123456789abcdef"), r.alnum(2, "0123456789"),
                          r.alnum(15, "abcdefghijklmnopqrstuvwxyz0123456789"), r.int(1, 9))
    hops = ["by %s with SMTP id %s\n        for <%s>; %s" % (host, sid, c["rcpt"],
                                                            fmt(t1, "PT", abbrev=True, pad=True))]
    headers = [("X-Gm-Message-State", "AOJu0Y" + r.b64(54)),
               ("X-Gm-Gg", "ASbGnc" + r.b64(100)),
               ("X-Google-Smtp-Source", "AGHT+I" + r.b64(62)),
               ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s"
                % (r.int(0x6000, 0x6fff), r.int(0x1000, 0xffff), r.int(0x300, 0x4ff),
                   r.int(0x1000, 0xffff), r.int(0x1000, 0xffff), sid.split(".")[0][:24],
                   fmt(t1, "PT", abbrev=True, pad=True)))]
    msgid = "<CA%s%s@mail.gmail.com>" % (r.alnum(1, "BDEFHJKLMNPS"),
                                         r.alnum(r.int(52, 64), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+=_-"))
    return _route((host, host, ip), hops, msgid, headers, "gmail", t2, tls=TLS13,
                  html="gmail", henc="B", date_zone=o.get("zone"))


def google_notify(c, **o):
    r, t = c["r"], c["t"]
    n = r.int(65, 73)
    host = "mail-sor-f%d.google.com" % n
    t1 = plus(t, 1)
    hops = ["by %s with SMTPS id %s\n        for <%s>\n        (Google Transport Security);\n        %s"
            % (host, r.alnum(13, "0123456789abcdef") + "-" + r.alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789") + ".1",
               c["rcpt"], fmt(t, "PT", abbrev=True, pad=True))]
    headers = [("X-Google-Smtp-Source", "AGHT+I" + r.b64(62)),
               ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s"
                % (r.int(0x6000, 0x6fff), r.int(0x1000, 0xffff), r.int(0x300, 0x4ff),
                   r.int(0x1000, 0xffff), r.int(0x1000, 0xffff), r.alnum(24, "abcdefghijklmnopqrstuvwxyz0123456789"),
                   fmt(t, "PT", abbrev=True, pad=True))),
               ("X-Notifications", r.hex(16)),
               ("X-Notifications-Bounce-Info", r.b64(60)),
               ("Feedback-ID", "::account-notifications")]
    msgid = "<%s@google.com>" % r.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    return _route((host, host, "209.85.220.%d" % n), hops, msgid, headers, "gmail", t1,
                  tls=TLS13, html="brand", henc="B", date_zone="UTC", date_pad=True,
                  return_path="3%s-%s@accounts.google.com" % (r.alnum(26, "abcdefghijklmnopqrstuvwxyz0123456789"), r.alnum(8, "abcdefghijklmnopqrstuvwxyz")))


# ---------------------------------------------------------- German free ----

def gmx(c, brand="gmx", **o):
    r, t = c["r"], c["t"]
    app = r.int(10, 99)
    if brand == "gmx":
        web, lan, mout, mip, mr = ("web-mail.gmx.net", "3c-app-gmx-bap%02d" % app,
                                   "mout.gmx.net", "212.227.17.%d" % r.int(20, 22), "mrgmx%03d" % r.int(100, 110))
        mrip = "212.227.17.%d" % r.int(160, 190)
    else:
        web, lan, mout, mip, mr = ("web-mail.web.de", "3c-app-webde-bap%02d" % app,
                                   "mout.web.de", "217.72.192.%d" % r.int(75, 78), "mrweb%03d" % r.int(100, 110))
        mrip = "212.227.15.%d" % r.int(3, 30)
    cip = o.get("client_ip", "%d.%d.%d.%d" % (r.choice([91, 93, 87, 79, 84]), r.int(1, 254),
                                               r.int(1, 254), r.int(1, 254)))
    t1, t2 = plus(t, 0), plus(t, 2)
    hops = ["from [%s] ([%s]) by %s\n (%s.server.lan [172.19.172.%d]) (via HTTP); %s"
            % (cip, cip, web, lan, r.int(10, 250), fmt(t1, "DE"))]
    headers = [("Importance", "normal"), ("Sensitivity", "Normal"),
               ("X-Priority", "3"),
               ("X-Provags-ID", "V03:K1:" + r.b64(86)),
               ("X-UI-Message-Type", "mail")]
    msgid = "<trinity-%s-%d@%s>" % (r.uuid(), int(t.timestamp() * 1000) + r.int(0, 999), lan)
    rdns = mout
    return _route((mout, rdns, mip), hops, msgid, headers, "gmx", t2, tls=TLS13,
                  html="simple", henc="Q")


# --------------------------------------------------- generic own servers --

def _client_headers(r, c, client, domain, t):
    """Headers + msgid + boundary style + html style of a desktop client."""
    if client == "outlook":
        ft = int((t.timestamp() + 11644473600) * 10 ** 7)
        hi = "%08x" % (ft >> 32)
        lo = "%08x" % (ft & 0xffffffff)
        msgid = "<%04x%s$%s$%s$@%s>" % (r.int(1, 0x7f), hi, lo, r.hex(8), domain)
        h = [("X-Mailer", "Microsoft Outlook 16.0"),
             ("Thread-Index", __import__("base64").b64encode(b"\x01" + r.bytes(21)).decode()),
             ("Content-Language", c.get("clang", "de"))]
        return h, msgid, "outlook_nextpart", "outlook", {"thread_stamp": (hi + "." + lo).upper()}
    if client == "thunderbird":
        h = [("User-Agent", "Mozilla Thunderbird"),
             ("Content-Language", c.get("clang", "de-DE"))]
        return h, "<%s@%s>" % (r.uuid(), domain), "thunderbird", "simple", {}
    if client == "apple":
        h = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
        return h, "<%s@%s>" % (r.uuid().upper(), domain), "apple", "simple", {}
    if client == "iphone":
        h = [("X-Mailer", "iPhone Mail (22B91)")]
        return h, "<%s@%s>" % (r.uuid().upper(), domain), "apple", "simple", {}
    if client == "roundcube":
        h = [("User-Agent", "Roundcube Webmail/1.6.9"),
             ("X-Sender", c["frm"])]
        return h, "<%s@%s>" % (r.hex(32), domain), "roundcube", "simple", {}
    if client == "zimbra":
        h = [("X-Mailer", "Zimbra 10.0.9_GA_4667 (ZimbraWebClient - GC130 (Win)/10.0.9_GA_4667)"),
             ("Thread-Topic", c["subject"]), ("Thread-Index", __import__("base64").b64encode(r.bytes(22)).decode())]
        return (h, "<%d.%d.%d.JavaMail.zimbra@%s>" % (r.int(100000000, 999999999),
                                                      r.int(1000000, 9999999),
                                                      int(t.timestamp() * 1000) + 131, domain),
                "javamail", "simple", {})
    if client == "phpmailer":
        h = [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
        return h, "<%s@%s>" % (r.alnum(43), domain), "phpmailer", "brand", {}
    if client == "script":
        return ([("X-Mailer", c.get("xmailer", "PHPMailer"))] if c.get("xmailer") else [],
                "<%s.%s@%s>" % (int(t.timestamp()), r.hex(16), domain), "phpmailer", "brand", {})
    if client == "thebat":
        from infra import zone_offset
        import datetime as _d
        off, _ = zone_offset("RU", t)
        lt = t + _d.timedelta(minutes=off)
        h = [("X-Mailer", "The Bat! (v11.2.1) Professional"),
             ("Organization", c.get("org", ""))]
        h = [x for x in h if x[1]]
        return (h, "<%d.%s@%s>" % (r.int(100000000, 1999999999), lt.strftime("%Y%m%d%H%M%S"), domain),
                "thebat", "simple", {})
    raise ValueError(client)


def smtp_client(c, client="outlook", out=None, sub_host=None, sub_ip=None, lan_ip=None,
                sub_style="postfix", tls=TLS13, public_ip=None, public_rdns=None,
                domain=None, henc=None, extra=None, zone=None, **o):
    """A desktop/web client submitting via the organisation's (or hoster's)
    server.  out=(helo, rdns, ip) is what mx01 sees."""
    r, t = c["r"], c["t"]
    zone = zone or c.get("zone", "DE")
    dom = domain or _dom(c["frm"])
    h, msgid, bstyle, hstyle, bctx = _client_headers(r, c, client, dom, t)
    t1, t2 = plus(t, 1), plus(t, 3)
    pip = public_ip or "%d.%d.%d.%d" % (r.choice([93, 80, 87, 79, 95, 178, 188, 151]),
                                        r.int(1, 254), r.int(1, 254), r.int(1, 254))
    prd = public_rdns or "unknown"
    hops = []
    sub_host = sub_host or out[0]
    if sub_style == "postfix":
        if client == "roundcube" or client == "phpmailer":
            frompart = "localhost (localhost [127.0.0.1])"
        else:
            frompart = "%s (%s [%s])" % (lan_ip or "[192.168.%d.%d]" % (r.int(0, 20), r.int(2, 200)), prd, pip)
        hops.append(postfix_hop(frompart, sub_host, "ESMTPSA", t1, zone, r, tls=TLS13 if frompart[0] != "l" else ""))
    elif sub_style == "aruba":
        hops.append("from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
                    % (lan_ip or r.choice(["PCAMMINISTRAZ", "UFFICIO-PC", "DESKTOP-%s" % r.alnum(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")]),
                       pip, r.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), fmt(t1, zone)))
    elif sub_style == "strato":
        hops.append("from [192.168.178.%d]\n    by smtp.strato.de (RZmta 51.3.0 AUTH)\n"
                    "    with ESMTPSA id %s\n    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n"
                    "    (Client did not present a certificate);\n    %s"
                    % (r.int(20, 60), r.alnum(7, "abcdefghijklmnopqrstuvwxyz0123456789") + "A" + r.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                       fmt(t1, zone)))
    elif sub_style == "exim":
        hops.append(exim_hop("[%s] (port=%d helo=%s)" % (pip, r.int(49152, 65000),
                                                        lan_ip or "[192.168.1.%d]" % r.int(2, 99)),
                             sub_host, t1, zone, r, c["return_path"], c["rcpt"], auth=True))
    elif sub_style == "exchange":
        hops.append(exch_smtp_hop(sub_host, sub_ip or "10.0.0.5", out[0], out[2], t1, zone=zone))
        hops.append(exch_mapi_hop(sub_host, t1, r, zone=zone))
    elif sub_style == "tonline":
        fwd = "fwd%d.aul.t-online.de" % r.int(70, 89)
        hops.append("from %s (%s [10.223.144.%d])\n\tby %s\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n"
                    "\tesmtp id 1t%s-%s; %s" % (fwd, fwd, r.int(2, 250), out[0], r.alnum(4), r.alnum(6, "0123456789abcdefghijklmnopqrstuvwxyz"), fmt(t1, zone)))
        hops.append("from [192.168.178.%d] ([%s]) by %s\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n"
                    "\tesmtp id 1t%s-%s; %s" % (r.int(20, 60), pip, fwd.replace(".aul", ""), r.alnum(4), r.alnum(6, "0123456789abcdefghijklmnopqrstuvwxyz"), fmt(t, zone)))
    elif sub_style == "none":
        pass
    elif sub_style == "local":
        hops.append("by %s (Postfix, from userid %d)\n\tid %s; %s"
                    % (sub_host, r.int(1000, 40000), postfix_qid(t1, r), fmt(t1, zone, abbrev=True)))
    headers = h + (extra or [])
    return _route(out, hops, msgid, headers, bstyle, t2, tls=tls, html=hstyle,
                  henc=henc or ("Q" if client in ("outlook", "zimbra") else "B"),
                  ctx=bctx, date_zone=zone)


def cpanel(c, server, ip, client="roundcube", **o):
    """A (compromised) shared-hosting account on cPanel/Exim."""
    r = c["r"]
    user = o.get("cpuser", r.alnum(8, "abcdefghijklmnopqrstuvwxyz"))
    extra = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
             ("X-AntiAbuse", "Primary Hostname - " + server),
             ("X-AntiAbuse", "Original Domain - example.com"),
             ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
             ("X-AntiAbuse", "Sender Address Domain - " + _dom(c["frm"])),
             ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, c["return_path"])),
             ("X-Authenticated-Sender", "%s: %s" % (server, c["return_path"])),
             ("X-Source", ""), ("X-Source-Args", ""), ("X-Source-Dir", "")]
    if client == "roundcube":
        sub = "localhost"
    rt = smtp_client(c, client=client, out=(server, server, ip), sub_host=server,
                     sub_style="exim", extra=extra, **o)
    return rt


# ------------------------------------------------------------------ ESPs --

def sendgrid(c, **o):
    r, t = c["r"], c["t"]
    name = r.alnum(8, "abcdefghijklmnopqrstuvwxyz")
    ip = "149.72.%d.%d" % (r.int(1, 254), r.int(1, 254))
    host = o.get("helo", "%s.outbound-mail.sendgrid.net" % name)
    t1, t2 = plus(t, 1), plus(t, 2)
    fid = r.hex(6)
    fd = "filterdrecv-%s-%s" % (r.hex(10), r.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    hops = ["by %s with SMTP id %s-1-%s-%s\n        %s.%09d +0000 UTC m=+%d.%09d"
            % (fd, fd, r.hex(8, True), r.int(10, 99), t1.strftime("%Y-%m-%d %H:%M:%S"),
               r.int(0, 999999999), r.int(100000, 9999999), r.int(0, 999999999)),
            "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s"
            % (r.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
               r.int(1, 40), r.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
               fmt(t, "UTC") + " (UTC)")]
    headers = [("X-SG-EID", "\n " + r.b64(76) + "\n " + r.b64(60)),
               ("X-SG-ID", "\n " + r.b64(76)),
               ("X-Entity-ID", "u001." + r.b64(24))] + o.get("extra", [])
    msgid = "<%s@geopod-ismtpd-%d>" % (r.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), r.int(1, 40))
    rp = "bounces+%d-%s-%s=%s@%s" % (r.int(10000000, 49999999), fid,
                                     c["rcpt"].split("@")[0], "example.com",
                                     o.get("bounce_domain", "em%d.%s" % (r.int(1000, 9999), _dom(c["frm"]))))
    return _route((host, host, ip), hops, msgid, headers, "sendgrid", t2,
                  tls=TLS12, html="brand", henc="B", return_path=rp, date_zone="UTC")


def mailgun(c, **o):
    r, t = c["r"], c["t"]
    a, b = r.int(140, 250), r.int(1, 60)
    host = "m%d-%d.mailgun.net" % (a, b)
    ip = "159.135.%d.%d" % (a, b)
    t1 = plus(t, 2)
    mgdom = o.get("mg_domain", "mg." + _dom(c["frm"]))
    hops = ["by %s with HTTP id %s; %s" % (r.hex(40), r.hex(24), fmt(t, "UTC"))]
    sid = r.b64(120)
    headers = [("X-Mailgun-Sid", sid[:80] + "\n " + sid[80:]),
               ("X-Mailgun-Sending-Ip", ip),
               ("X-Mailgun-Sending-Ip-Pool", ""),
               ("X-Mailgun-Track", "yes"), ("X-Mailgun-Track-Clicks", "yes")] + o.get("extra", [])
    msgid = "<%s.%s@%s>" % (fmt(t, "UTC")[5:].replace(" ", "")[:0] + "%d%02d%02d%02d%02d%02d" % (
        t.year, t.month, t.day, t.hour, t.minute, t.second), r.hex(16), mgdom)
    rp = "bounce+%s.%s-%s=example.com@%s" % (r.hex(6), r.hex(6), c["rcpt"].split("@")[0], mgdom)
    return _route((host, host, ip), hops, msgid, headers, "mailgun", t1,
                  tls=TLS12, html="brand", henc="B", return_path=rp, date_zone="UTC")


def brevo(c, **o):
    r, t = c["r"], c["t"]
    n = r.int(10, 99)
    ip = "%s.%d" % (r.choice(["77.32.148", "185.41.28", "212.146.244"]), n)
    host = "smtp-relay.mailin.fr"
    rdns = "%s.mailin.fr" % r.choice(["m%d-%d.%s" % (n, r.int(1, 9), "sib"), "relay%d" % n])
    hops = ["from %s (unknown [10.%d.%d.%d])\n\tby smtp-relay.mailin.fr (Postfix) with ESMTP id %s;\n\t%s"
            % ("smtp-relay-%d.k8s" % r.int(1, 9), r.int(0, 255), r.int(0, 255), r.int(1, 254),
               postfix_qid(t, r), fmt(t, "UTC") + " (UTC)")]
    headers = [("X-Mailin-EID", r.b64(40) + "~"),
               ("X-sib-id", r.b64(64) + "_" + r.b64(30)),
               ("X-CSA-Complaints", "csa-complaints@eco.de"),
               ("Feedback-ID", "%d.%d.%d:%s" % (r.int(1, 9), r.int(1, 9), r.int(1000000, 9999999), r.b64(10)))] + o.get("extra", [])
    msgid = "<%s@smtp-relay.mailin.fr>" % r.uuid()
    rp = "bounces-%d-%s=example.com@bounces.mailin.fr" % (r.int(1000000, 9999999), c["rcpt"].split("@")[0])
    return _route((host, rdns, ip), hops, msgid, headers, "roundcube", plus(t, 2),
                  tls=TLS12, html="brand", henc="B", return_path=rp)


def ses(c, region="eu-west-1", **o):
    r, t = c["r"], c["t"]
    n = r.int(1, 250)
    pre = {"eu-west-1": "54.240.7.", "eu-central-1": "23.251.234.", "us-east-1": "54.240.8."}[region]
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (r.choice([7, 8, 11, 27]), n, region)
    ip = pre + str(n)
    mid = "%016x-%s-000000" % (int(t.timestamp() * 1000) | (0x0102 << 48), r.uuid())
    headers = [("X-SES-Outgoing", "%d.%02d.%02d-%s" % (t.year, t.month, t.day, ip)),
               ("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, r.b64(43)))] + o.get("extra", [])
    return _route((host, host, ip), [], "<%s@%s.amazonses.com>" % (mid, region), headers,
                  "ses", plus(t, 1), tls=TLS12, html="brand", henc="B", date_zone="UTC",
                  return_path="%s@%s.amazonses.com" % (mid, region))


def mailchimp(c, **o):
    r, t = c["r"], c["t"]
    n, atl = r.int(10, 240), r.int(11, 121)
    host = "mail%d.atl%d.mcdlv.net" % (n, atl)
    ip = "198.2.%d.%d" % (r.int(128, 191), n)
    uid, cid = r.hex(25), r.hex(10)
    lid = r.hex(10)
    headers = [("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, lid)),
               ("X-Campaign", "mailchimp%s.%s" % (uid, cid)),
               ("X-campaignid", "mailchimp%s.%s" % (uid, cid)),
               ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (uid, cid, r.hex(10))),
               ("X-MC-User", uid),
               ("Feedback-ID", "%d:%d.%d:us%d:mc" % (r.int(10000000, 99999999), r.int(10000000, 99999999), r.int(1000000, 9999999), r.int(1, 21))),
               ("List-ID", "%smc list <%s.%d.list-id.mcsv.net>" % (uid, uid, r.int(100000, 999999))),
               ("X-Accounttype", "pd")] + o.get("extra", [])
    msgid = "<%s.%s@mail%d.atl%d.mcdlv.net>" % (r.hex(36), r.hex(8), n, atl)
    rp = "bounce-mc.us%d_%d.%d-%s=example.com@mail%d.atl%d.mcdlv.net" % (
        r.int(1, 21), r.int(10000000, 99999999), r.int(1000000, 9999999), c["rcpt"].split("@")[0], n, atl)
    hops = ["from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % (host, postfix_qid(t, r), c["rcpt"], fmt(t, "UTC") + " (UTC)")]
    return _route((host, host, ip), hops, msgid, headers, "roundcube", plus(t, 2),
                  tls=TLS12, html="brand", henc="Q", return_path=rp)


def cleverreach(c, **o):
    r, t = c["r"], c["t"]
    n = r.int(1, 60)
    host = "mta%02d.crsend.com" % n
    ip = "85.195.%d.%d" % (r.int(90, 110), r.int(2, 250))
    headers = [("X-Mailer", "CleverReach Mailer"),
               ("X-CSA-Complaints", "csa-complaints@eco.de"),
               ("X-CR-Mailing", "%d" % r.int(10000000, 19999999))] + o.get("extra", [])
    msgid = "<%s.%d@crsend.com>" % (r.hex(32), r.int(100000, 999999))
    rp = "bounce-%s-%d@crsend.com" % (r.hex(20), r.int(100000, 999999))
    hops = ["from crmailer (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % (r.int(0, 255), r.int(0, 255), r.int(1, 254), host, postfix_qid(t, r), c["rcpt"],
               fmt(t, "DE", abbrev=True))]
    return _route((host, host, ip), hops, msgid, headers, "roundcube", plus(t, 2),
                  tls=TLS12, html="brand", henc="Q", return_path=rp)


# ------------------------------------------------------- other services --

def github(c, **o):
    r, t = c["r"], c["t"]
    n = r.int(20, 29)
    host = "out-%d.smtp.github.com" % n
    ip = "192.30.252.%d" % (200 + n - 20)
    hops = ["from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n"
            "\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s"
            % (r.hex(7), r.int(100, 250), r.int(2, 250), postfix_qid(t, r), c["rcpt"],
               fmt(t, "PT", abbrev=True))]
    msgid = "<%s@github.com>" % ("%s-%s" % (r.alnum(12, "abcdefghijklmnopqrstuvwxyz0123456789"), r.hex(12)))
    headers = [("X-Auto-Response-Suppress", "All")]
    return _route((host, host, ip), hops, msgid, headers, "gmail", plus(t, 1), tls=TLS13_ECDSA,
                  html="brand", henc="B", return_path="noreply@github.com", date_zone="PT", date_pad=True)


def docusign_eu(c, **o):
    r, t = c["r"], c["t"]
    host = "mail%s.eumail.docusign.net" % r.choice(["fr1a", "de1b", "fr1b", "nl1a"])
    ip = "185.81.%d.%d" % (r.int(100, 103), r.int(2, 250))
    hops = ["from docusign.net (%s [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % ("eu1-mailer-%d" % r.int(1, 30), r.int(0, 255), r.int(0, 255), r.int(1, 250), host,
               postfix_qid(t, r), c["rcpt"], fmt(t, "UTC") + " (UTC)")]
    msgid = "<%s@docusign.net>" % r.hex(32)
    headers = [("X-DocuSign-Envelope-Id", o["envelope"]),
               ("X-Auto-Response-Suppress", "All")]
    return _route((host, host, ip), hops, msgid, headers, "docusign", plus(t, 2), tls=TLS12,
                  html="brand", henc="B", date_zone="UTC",
                  return_path="bounces+%s@eumail.docusign.net" % r.hex(20))


def yandex(c, web=True, **o):
    r, t = c["r"], c["t"]
    n = r.int(100, 510)
    host = "forward%d%s.mail.yandex.net" % (n, r.choice("abcd"))
    ip = "178.154.239.%d" % r.int(70, 220)
    dc = r.choice(["vla", "iva", "sas", "myt"])
    node = "mail-sendbernar-production-main-%d.%s.yp-c.yandex.net" % (r.int(10, 90), dc)
    v6 = "2a02:6b8:c%02x:%x:0:640:%x:0" % (r.int(0, 0x2f), r.int(0x100, 0xfff), r.int(0x1000, 0xffff))
    if web:
        hops = ["from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s"
                % (node, node, v6, host, r.alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789") + "-" + r.alnum(8),
                   c["rcpt"], fmt(plus(t, 1), "RU")),
                "by %s with HTTP;\n\t%s" % (node, fmt(t, "RU"))]
        headers = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
        msgid = "<%d%d@mail.yandex.ru>" % (r.int(100000, 999999), int(t.timestamp()))
    else:
        node = "mail-notsolitesrv-production-main-%d.%s.yp-c.yandex.net" % (r.int(10, 90), dc)
        hops = ["from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s"
                % (node, node, v6, host, r.alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789") + "-" + r.alnum(8),
                   c["rcpt"], fmt(plus(t, 1), "RU"))]
        headers = [("X-Yandex-Service", r.b64(40) + "==")]
        msgid = "<%s@%s>" % (r.hex(32), node)
    return _route((host, host, ip), hops, msgid, headers, "yandex", plus(t, 2), tls=TLS13,
                  html="simple", henc="B", date_zone="RU")


def mailru(c, **o):
    r, t = c["r"], c["t"]
    f = r.int(100, 400)
    host = "smtp%d.i.mail.ru" % r.int(30, 60)
    ip = "95.163.41.%d" % r.int(60, 99)
    hops = ["by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1t%s-%s-%s;\n\t%s"
            % (f, c["frm"], r.alnum(4), r.alnum(8, "0123456789ABCDEF"), r.alnum(2), fmt(t, "RU"))]
    headers = [("X-Mailer", "Mail.Ru Mailer 1.0"),
               ("X-Originating-IP", "[%s]" % o.get("client_ip", "%d.%d.%d.%d" % (r.choice([5, 31, 46, 178]), r.int(1, 254), r.int(1, 254), r.int(1, 254))))]
    msgid = "<%d.%d@f%d.i.mail.ru>" % (int(t.timestamp()), r.int(100000000, 999999999), f)
    return _route((host, host, ip), hops, msgid, headers, "mailru", plus(t, 2), tls=TLS13,
                  html="simple", henc="B", date_zone="RU")


def libero(c, **o):
    r, t = c["r"], c["t"]
    n = r.int(10, 60)
    host = "smtp-%d.iol.local" % n
    ip = "213.209.10.%d" % r.int(20, 90)
    rdns = "smtp-%d-i2.italiaonline.it" % n
    web = "webmail-%02d.iol.local" % r.int(1, 40)
    hops = ["from %s ([%s])\n\tby %s with ESMTPA\n\tid %s; %s"
            % (web, "10.101.%d.%d" % (r.int(1, 250), r.int(1, 250)), host,
               r.alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789") + r.alnum(6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
               fmt(t, "IT"))]
    headers = [("X-Originating-IP", o.get("client_ip", "151.%d.%d.%d" % (r.int(15, 80), r.int(1, 254), r.int(1, 254)))),
               ("Importance", "Normal"), ("X-Priority", "3")]
    msgid = "<%d.%d.%d.JavaMail.defaultUser@defaultHost>" % (r.int(100000000, 2000000000), r.int(100, 99999),
                                                          int(t.timestamp() * 1000) + 17)
    return _route((host, rdns, ip), hops, msgid, headers, "javamail", plus(t, 2), tls=TLS12,
                  html="simple", henc="Q", date_zone="IT")


def wp(c, **o):
    r, t = c["r"], c["t"]
    ip = "212.77.101.%d" % r.int(1, 12)
    host = "mx.wp.pl"
    cip = o.get("client_ip", "%d.%d.%d.%d" % (r.choice([83, 89, 46, 188]), r.int(1, 254), r.int(1, 254), r.int(1, 254)))
    hops = ["from [%s] (unknown [%s])\n\tby smtp.wp.pl (WP-SMTPD) with SMTP\n\tfor <%s>; %s"
            % (cip, cip, c["rcpt"], fmt(t, "PL"))]
    headers = [("X-WP-MailID", r.hex(32)), ("X-Mailer", "Poczta WP")]
    msgid = "<%s@wp.pl>" % r.hex(32)
    return _route((host, host, ip), hops, msgid, headers, "thunderbird", plus(t, 2), tls=TLS12,
                  html="simple", henc="Q", date_zone="PL")


def proton(c, **o):
    r, t = c["r"], c["t"]
    n = r.int(40100, 40140)
    host = "mail-%d.protonmail.ch" % n
    ip = "185.70.%d.%d" % (n // 1000, n % 1000)
    headers = [("X-Pm-Message-ID", r.b64(86) + "=="), ("X-Pm-Origin", "internal"),
               ("X-Pm-Content-Encryption", "end-to-end")]
    msgid = "<%s=@proton.me>" % r.alnum(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    return _route((host, host, ip), [], msgid, headers, "roundcube", plus(t, 1), tls=TLS13,
                  html="simple", henc="B", date_zone="UTC")
