"""Sending-system profiles for corporate and webmail systems (Exchange
on-premises, Exchange Online, Outlook desktop, Thunderbird, Gmail, GMX/WEB.DE,
Roundcube). Each fills a Mail with Return-Path, the client seen by mx01, the
sender-side Received hops (newest first) and the headers in the order and
style the real system writes them. ESP and consumer profiles are re-exported."""
from mime import addr, hdr_text
from util import rfcdate, plus, filetime, unix
from hops import (TLS13, rcv_postfix, rcv_exim, cpanel_headers, _common, _addrs, _reply_hdrs,  # noqa: F401
                  thread_index, tenant, Ctx)


# ---------------------------------------------------------------- internal Exchange


def exchange_internal(m, I, t, frm, to, subj, cc=(), irt=None, refs=None, lang="de-DE",
                      hcs="iso-8859-1", henc="Q", rcpt=None, attach=False, client_ip="10.20.30.45"):
    rcpt = rcpt or to[0][1]
    _common(m, I, t, rcpt, frm[1], ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"),
            delay=2)
    ft1 = plus(t, 1)
    m.received = [
        rcv_postfix("EXCH02.corp.example.com", "exch02.corp.example.com", "10.20.1.12",
                    "mail-int01.example.com", I.postfix_short_qid(), rcpt, plus(t, 1), tls=True),
        ("from EXCH01.corp.example.com (10.20.1.11) by EXCH02.corp.example.com\r\n\t(10.20.1.12) "
         "with Microsoft SMTP Server (version=TLS1_2,\r\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) "
         "id 15.2.1748.10; %s" % rfcdate(ft1, "CET")),
        ("from EXCH01.corp.example.com ([fe80::5d1c:8a3e:2f47:91b0]) by\r\n\tEXCH01.corp.example.com "
         "([fe80::5d1c:8a3e:2f47:91b0%%13]) with mapi id\r\n\t15.02.1748.010; %s" % rfcdate(t, "CET")),
    ]
    mid = "<%s@EXCH01.corp.example.com>" % I.hex(32)
    m.hdrs = [("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("CC", _addrs(cc, hcs, henc)))
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("Thread-Topic", hdr_text(subj.split(": ", 1)[-1] if irt else subj, hcs, henc)),
               ("Thread-Index", thread_index(I, t)),
               ("Date", rfcdate(t, "UTC")),
               ("Message-ID", mid)]
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("Accept-Language", "%s, en-US" % lang),
               ("Content-Language", lang),
               ("X-MS-Has-Attach", "yes" if attach else ""),
               ("X-MS-TNEF-Correlator", ""),
               ("x-ms-exchange-transport-fromentityheader", "Hosted"),
               ("x-originating-ip", "[%s]" % client_ip),
               ("__CT__", None),
               ("MIME-Version", "1.0")]
    c = Ctx("exchange", I, t)
    c.msgpart = mid[1:-1].split("@")[0] + "EXCH01corpexamplecom"
    return c


# ---------------------------------------------------------------- Exchange Online (tenant)


def exo(m, I, t, frm, to, subj, cc=(), irt=None, refs=None, lang="de-DE", hcs="iso-8859-1",
        henc="Q", rcpt=None, attach=False, region="eurprd07", pod="AM9PR07MB", edge=None,
        org=None, reply_to=None, extra=()):
    rcpt = rcpt or to[0][1]
    edge = edge or I.choice([("EUR05-AM6-obe", "am6eur05on2%03d" % I.int(40, 130), "40.107.22.%d"),
                             ("EUR02-DB5-obe", "db5eur02on2%03d" % I.int(40, 130), "40.107.21.%d"),
                             ("EUR03-DBA-obe", "dbaeur03on2%03d" % I.int(40, 130), "40.107.104.%d"),
                             ("EUR01-VE1-obe", "ve1eur01on2%03d" % I.int(40, 130), "40.107.14.%d")])
    ip = edge[2] % I.int(20, 250)
    _common(m, I, t, rcpt, frm[1], ("%s.outbound.protection.outlook.com" % edge[0],
                                    "mail-%s.outbound.protection.outlook.com" % edge[1], ip))
    mb1 = "%s%d" % (pod, I.int(1000, 9999))
    mb2 = "%s%d" % (pod.replace("AM9", "DU0").replace("DB9", "PA4"), I.int(1000, 9999))
    v6 = "2603:10a6:%x:%x::%x" % (I.int(16, 999), I.int(16, 999), I.int(1, 30))
    ll = "fe80::%s:%s:%s:%s" % (I.hex(4), I.hex(4), I.hex(4), I.hex(4))
    build = I.choice(["15.20.8722.027", "15.20.8769.021", "15.20.8813.018"])
    m.received = [
        ("from %s.%s.prod.outlook.com (%s) by\r\n\t%s.%s.prod.outlook.com (2603:10a6:10:%x::%x) with "
         "Microsoft SMTP\r\n\tServer (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n\t%s; %s"
         % (mb1, region, v6, mb2, region, I.int(16, 999), I.int(1, 30),
            build[:-4] + "." + build[-3:].lstrip("0"), rfcdate(plus(t, 2), "UTC"))),
        ("from %s.%s.prod.outlook.com\r\n\t([%s]) by %s.%s.prod.outlook.com\r\n\t([%s%%%d]) with mapi id %s; %s"
         % (mb1, region, ll, mb1, region, ll, I.int(3, 7), build, rfcdate(t, "UTC"))),
    ]
    mid = "<%s%s@%s.%s.prod.outlook.com>" % (mb1, I.hex(24, upper=True), mb1, region)
    m.hdrs = [("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("CC", _addrs(cc, hcs, henc)))
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("Thread-Topic", hdr_text(subj.split(": ", 1)[-1] if irt else subj, hcs, henc)),
               ("Thread-Index", thread_index(I, t)),
               ("Date", rfcdate(t, "UTC")),
               ("Message-ID", mid)]
    m.hdrs += _reply_hdrs(irt, refs)
    org = org or frm[1].split("@")[1]
    tid = tenant(org)
    m.hdrs += [("Accept-Language", "%s, en-US" % lang),
               ("Content-Language", lang),
               ("X-MS-Has-Attach", "yes" if attach else ""),
               ("X-MS-TNEF-Correlator", ""),
               ("msip_labels", ""),
               ("x-ms-publictraffictype", "Email"),
               ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (mb1, mb2)),
               ("x-ms-office365-filtering-correlation-id", I.uuid())]
    m.hdrs += list(extra)
    m.hdrs += [("__CT__", None),
               ("MIME-Version", "1.0"),
               ("X-OriginatorOrg", org),
               ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
               ("X-MS-Exchange-CrossTenant-AuthSource", "%s.%s.prod.outlook.com" % (mb1, region)),
               ("X-MS-Exchange-CrossTenant-Network-Message-Id", I.uuid()),
               ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s.%03dZ" % (
                   t.strftime("%d %b %Y %H:%M:%S"), I.int(0, 999))),
               ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
               ("X-MS-Exchange-CrossTenant-id", tid),
               ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"),
               ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", "%s.%s.prod.outlook.com" % (mb2, region))]
    c = Ctx("exo", I, t)
    c.msgpart = mid[1:-1].split("@")[0] + mb1 + region + "prodo"
    return c


# ---------------------------------------------------------------- Outlook desktop via a hoster


def outlook16(m, I, t, frm, to, subj, hops, client, zone="CET", cc=(), irt=None, refs=None,
              lang="de", hcs="iso-8859-1", henc="Q", rcpt=None, reply_to=None, rp=None,
              importance=None, tls="TLSv1.3"):
    rcpt = rcpt or to[0][1]
    _common(m, I, t, rcpt, rp or frm[1], client, tls=tls)
    m.received = hops
    ft = filetime(t)
    dom = frm[1].split("@")[1]
    mid = "<%04x%s$%08x$%s$@%s>" % (I.int(1, 200), "%08x" % (ft >> 32), ft & 0xffffffff, I.hex(8), dom)
    m.hdrs = [("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("Cc", _addrs(cc, hcs, henc)))
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("Date", rfcdate(t, zone)),
               ("Message-ID", mid),
               ("MIME-Version", "1.0"),
               ("__CT__", None),
               ("X-Mailer", "Microsoft Outlook 16.0"),
               ("Thread-Index", thread_index(I, t)),
               ("Content-Language", lang)]
    if importance:
        m.hdrs += [("X-Priority", "1"), ("X-MSMail-Priority", "High"), ("Importance", "High")]
    return Ctx("outlook", I, t)


# ---------------------------------------------------------------- Thunderbird


def thunderbird(m, I, t, frm, to, subj, hops, client, zone="CET", cc=(), irt=None, refs=None,
                lang="de-DE", hcs="UTF-8", henc="Q", rcpt=None, reply_to=None, rp=None,
                ua="Mozilla Thunderbird", tls="TLSv1.3"):
    rcpt = rcpt or to[0][1]
    _common(m, I, t, rcpt, rp or frm[1], client, tls=tls)
    m.received = hops
    dom = frm[1].split("@")[1]
    m.hdrs = [("Message-ID", "<%s@%s>" % (I.uuid(), dom)),
              ("Date", rfcdate(t, zone)),
              ("MIME-Version", "1.0"),
              ("User-Agent", ua),
              ("Subject", hdr_text(subj, hcs, henc)),
              ("Content-Language", lang),
              ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("Cc", _addrs(cc, hcs, henc)))
    if refs:
        m.hdrs.append(("References", refs))
    m.hdrs.append(("From", addr(frm[0], frm[1], hcs, henc)))
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    if irt:
        m.hdrs.append(("In-Reply-To", irt))
    m.hdrs.append(("__CT__", None))
    return Ctx("tb", I, t)


# ---------------------------------------------------------------- Gmail / Google Workspace
GOOGLE_HOSTS = [("mail-ed1-f%d.google.com", "209.85.208.%d"), ("mail-wr1-f%d.google.com", "209.85.221.%d"),
                ("mail-ej1-f%d.google.com", "209.85.218.%d"), ("mail-wm1-f%d.google.com", "209.85.128.%d"),
                ("mail-lf1-f%d.google.com", "209.85.167.%d")]


def gmail(m, I, t, frm, to, subj, zone="CET", cc=(), irt=None, refs=None, hcs="UTF-8", henc="Q",
          rcpt=None, reply_to=None, bcc_style=False):
    rcpt = rcpt or to[0][1]
    hn, ipf = I.choice(GOOGLE_HOSTS)
    last = I.int(41, 74)
    host = hn % last
    _common(m, I, t, rcpt, frm[1], (host, host, ipf % last), delay=2)
    pref = I.choice(["4fb4d7f45d1cf", "a640c23a62f3a", "5b1f17b1804b1", "2adb3069b0e04"])
    smtpid = "%s-%sso%s%s.%d" % (pref, I.hex(11), I.digits(7), I.choice(["a12", "b3", "e1", "f2"]), I.int(1, 9))
    pt = rfcdate(plus(t, 1), "PT", comment=True)
    m.received = ["by %s with SMTP id %s\r\n\tfor <%s>; %s" % (host, smtpid, rcpt, pt)]
    m.hdrs = [("X-Google-Smtp-Source", "AGHT+I" + I.b64(66)),
              ("X-Received", "by 2002:a%02d:%x:%x:b0:%x:%x:%x with SMTP id %s-%smr%s%s.%d.%d; %s" % (
                  I.int(5, 99), I.int(4096, 65535), I.int(4096, 65535), I.int(16, 999), I.int(4096, 65535),
                  I.int(4096, 65535), pref, I.hex(11), I.digits(8), I.choice(["ejc", "edb", "wrb", "lfb"]),
                  I.int(1, 99), unix(t) * 1000 + I.int(0, 999), pt)),
              ("X-Gm-Message-State", "AOJu0Y" + I.b64(50)),
              ("X-Gm-Gg", "ASbGnc" + I.b64(40)),
              ("MIME-Version", "1.0")]
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("From", addr(frm[0], frm[1], hcs, henc)),
               ("Date", rfcdate(t, zone)),
               ("Message-ID", "<CA%s@mail.gmail.com>" % (I.b64(13) + "+" + I.b64(40) + "=" + I.b64(3))),
               ("Subject", hdr_text(subj, hcs, henc))]
    if bcc_style:
        m.hdrs.append(("To", "undisclosed-recipients:;"))
    else:
        m.hdrs.append(("To", _addrs(to, hcs, henc)))
    if cc:
        m.hdrs.append(("Cc", _addrs(cc, hcs, henc)))
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs.append(("__CT__", None))
    return Ctx("gmail", I, t)


# ---------------------------------------------------------------- GMX / WEB.DE web mail


def gmx(m, I, t, frm, to, subj, web="gmx", client_ip="91.64.12.1", cc=(), irt=None, refs=None,
        hcs="UTF-8", henc="Q", rcpt=None, reply_to=None):
    rcpt = rcpt or to[0][1]
    if web == "gmx":
        mout, moutip, brand = "mout.gmx.net", "212.227.17.%d" % I.int(20, 22), "gmx"
        mr = "mrgmx%03d" % I.int(1, 120)
    else:
        mout, moutip, brand = "mout.web.de", "217.72.192.%d" % I.int(77, 78), "webde"
        mr = "mrweb%03d" % I.int(1, 120)
    _common(m, I, t, rcpt, frm[1], (mout, mout, moutip))
    app = "3c-app-%s-bap%02d" % (brand, I.int(1, 60))
    m.received = ["from [%s] ([%s]) by web-mail.%s\r\n (%s.server.lan [172.19.170.%d])\r\n (via HTTP); %s"
                  % (client_ip, client_ip, "gmx.net" if web == "gmx" else "web.de", app, I.int(2, 250),
                     rfcdate(t, "CET"))]
    m.hdrs = [("MIME-Version", "1.0")]
    m.hdrs += [("Message-ID", "<trinity-%s-%d@%s>" % (I.uuid(), unix(t) * 1000 + I.int(0, 999), app)),
               ("From", addr(frm[0], frm[1], hcs, henc)),
               ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("Cc", _addrs(cc, hcs, henc)))
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc)),
               ("__CT__", None),
               ("Date", rfcdate(t, "CET")),
               ("Importance", "normal"),
               ("Sensitivity", "Normal")]
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("X-Priority", "3"),
               ("X-Provags-ID", "V03:K1:" + I.b64(64) + "\r\n " + I.b64(60)),
               ("X-UI-Message-Type", "mail"),
               ("UI-OutboundReport", "notjunk:1;M01:P0:" + I.b64(40))]
    return Ctx("gmx", I, t)


# ---------------------------------------------------------------- Roundcube (cPanel/Exim or VPS/Postfix)


def roundcube(m, I, t, frm, to, subj, server, client_ip, mx_client, zone="CET", exim=True,
              cc=(), irt=None, refs=None, hcs="UTF-8", henc="Q", rcpt=None, reply_to=None,
              version="1.6.9", rp=None, auth_sender=None, cpanel=True):
    rcpt = rcpt or to[0][1]
    _common(m, I, t, rcpt, rp or frm[1], mx_client)
    sender = auth_sender or frm[1]
    if exim:
        m.received = [rcv_exim("127.0.0.1", server, server, I.exim_id(), sender, rcpt, plus(t, 1), zone,
                               port=I.int(40000, 65000)),
                      "from %s\r\n\tby %s\r\n\twith HTTP (HTTP/1.1 POST);\r\n\t%s" % (client_ip, server,
                                                                               rfcdate(t, zone))]
    else:
        m.received = [rcv_postfix(server, "localhost", "127.0.0.1", server, I.postfix_short_qid(),
                                  rcpt, t, zone, tls=False, auth=sender)]
    m.hdrs = [("MIME-Version", "1.0"),
              ("Date", rfcdate(t, zone)),
              ("From", addr(frm[0], frm[1], hcs, henc)),
              ("To", _addrs(to, hcs, henc))]
    if cc:
        m.hdrs.append(("Cc", _addrs(cc, hcs, henc)))
    m.hdrs += [("Subject", hdr_text(subj, hcs, henc))]
    if reply_to:
        m.hdrs.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, henc)))
    m.hdrs += _reply_hdrs(irt, refs)
    m.hdrs += [("User-Agent", "Roundcube Webmail/%s" % version),
               ("Message-ID", "<%s@%s>" % (I.hex(32), frm[1].split("@")[1])),
               ("X-Sender", sender),
               ("__CT__", None)]
    if exim and cpanel:
        m.hdrs += cpanel_headers(server, None, sender)
    return Ctx("roundcube", I, t)


from esp import sendgrid, mailgun, brevo, ses                                   # noqa: E402,F401
from consumer import (yandex, libero, wp, olcom, apple, zoho, proton, mailru,   # noqa: E402,F401
                      php_mailer, vps_postfix, botnet)
