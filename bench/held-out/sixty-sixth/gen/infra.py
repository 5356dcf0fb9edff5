"""Sending-infrastructure profiles: what each sending system writes into the
Received chain and its own headers, in that system's style. Every profile
returns a dict: client (helo, rdns, ip) as seen by mx01, tls, received (sender
hops, top first), msgid, style (header order), pre/extra headers."""
import base64
from mime import fmt_date, plus, fold


def _r(*lines):
    return "\n\t".join(lines)


def _b64(ctx, n):
    return base64.b64encode(bytes(ctx.R.randrange(256) for _ in range(n))).decode()


# ------------------------------------------------------- internal mail

def exchange_int(ctx, ex="EXCH01", ws_ip="10.20.3.57", lang="de-DE"):
    t = ctx.t
    rec = [
        _r("from EXCH01.ad.example.com (exch01.ad.example.com [10.20.0.31])",
           "by mail-int01.example.com (Postfix) with ESMTPS id %s" % ctx.qid(),
           "for <%s>; %s" % (ctx.rcpt, fmt_date(plus(t, 2), "CET", abbr=True))),
        _r("from %s.ad.example.com (10.20.0.31) by %s.ad.example.com" % (ex, ex),
           "(10.20.0.31) with Microsoft SMTP Server (version=TLS1_2,",
           "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s" % fmt_date(plus(t, 1), "CET")),
        _r("from %s.ad.example.com ([fe80::5c1d:2a4e:91b3:7f02]) by" % ex,
           "%s.ad.example.com ([fe80::5c1d:2a4e:91b3:7f02%%12]) with mapi id" % ex,
           "15.02.1544.014; %s" % fmt_date(t, "CET")),
    ]
    return dict(client=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), received=rec,
                msgid="<%s@%s.ad.example.com>" % (ctx.hex(32), ex), style="outlook",
                thread_index=True, accept_lang="%s, en-US" % lang, content_lang=lang,
                extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                       ("x-originating-ip", "[%s]" % ws_ip)], delay=3)


# ------------------------------------------------------- Microsoft 365

def m365(ctx, org, pod="AM9PR07MB", region="eurprd07", consumer=False, lang="en-GB", eop_ip=None, xmailer=None):
    t = ctx.t
    a = pod + ctx.digits(4)
    b = pod[:2] + ctx.alnum(1, "0123456789") + pod[3:] + ctx.digits(4)
    dom = "%s.prod.outlook.com" % region
    if consumer:
        a = "PAXP193MB" + ctx.digits(4)
        b = "AS8P193MB" + ctx.digits(4)
        dom = "EURP193.PROD.OUTLOOK.COM"
    v6a = "2603:10a6:%x:%x::%x" % (ctx.R.randrange(0x10, 0x3ff), ctx.R.randrange(0x100, 0x4ff), ctx.R.randrange(1, 0x1f))
    ll = "fe80::%s:%s:%s:%s" % (ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(4))
    ip = eop_ip or "40.107.%d.%d" % (ctx.R.choice([20, 21, 22, 105, 159, 162]), ctx.R.randrange(30, 250))
    o = ip.split(".")
    node = "mail-%seur%02don%s.outbound.protection.outlook.com" % (ctx.R.choice(["am6", "db8", "vi1", "he1", "db5"]), ctx.R.choice([1, 2, 3, 5]), "2" + o[3].zfill(3))
    if consumer:
        node = "mail-am0eur02olkn20%s.outbound.protection.outlook.com" % o[3][-2:].zfill(2)
    helo = "EUR05-AM6-obe.outbound.protection.outlook.com" if not consumer else "EUR02-AM0-obe.outbound.protection.outlook.com"
    rec = [
        _r("from %s.%s (%s) by" % (a, dom, v6a),
           "%s.%s (2603:10a6:20b:%x::%x) with" % (b, dom, ctx.R.randrange(0x100, 0x5ff), ctx.R.randrange(1, 0x2f)),
           "Microsoft SMTP Server (version=TLS1_2,",
           "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9312.%d; %s" % (ctx.R.randrange(10, 40), fmt_date(plus(t, 1), "UTC"))),
        _r("from %s.%s" % (a, dom),
           "([%s]) by %s.%s" % (ll, a, dom),
           "([%s%%5]) with mapi id 15.20.9312.0%d; %s" % (ll, ctx.R.randrange(10, 40), fmt_date(t, "UTC"))),
    ]
    extra = [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if consumer:
        extra += [("x-ms-exchange-messagesentrepresentingtype", "1"), ("x-tmn", "[%s]" % _b64(ctx, 24)[:32]),
                  ("x-ms-publictraffictype", "Email")]
    else:
        extra += [("x-ms-publictraffictype", "Email"),
                  ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (a, b))]
    extra += [("X-OriginatorOrg", org),
              ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s" % t.strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % ctx.R.randrange(10000)),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
              ("X-MS-Exchange-CrossTenant-id", ctx.uuid()),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", b)]
    if xmailer:
        extra.append(("X-Mailer", xmailer))
    return dict(client=(helo, node, ip), received=rec, msgid="<%s%s@%s.%s>" % (a, ctx.hex(24, True), a, dom),
                style="outlook", thread_index=True, accept_lang="%s, en-US" % lang, content_lang=lang, extra=extra, delay=5)


# -------------------------------------------------------------- Gmail

def gmail(ctx):
    t = ctx.t
    n = ctx.R.choice([41, 44, 47, 49, 50, 52, 54, 53, 169, 172, 180])
    ip = "209.85.%d.%d" % (ctx.R.choice([128, 208, 218, 221, 222]), n)
    host = "mail-%s-f%d.google.com" % (ctx.R.choice(["wr1", "wm1", "ej1", "ed1", "lf1"]), n)
    sid = "%s-%s%so%s.%d" % (ctx.hex(11), ctx.hex(11), ctx.alnum(3, "abcdefghijklmnopqrstuvwxyz"), ctx.digits(7), 2)
    rec = [_r("by %s with SMTP id %s" % (host, sid), "for <%s>; %s" % (ctx.rcpt, fmt_date(plus(t, 1), "PT", abbr=True)))]
    pre = [("X-Gm-Message-State", _b64(ctx, 48)), ("X-Gm-Gg", _b64(ctx, 60)),
           ("X-Google-Smtp-Source", _b64(ctx, 56)),
           ("X-Received", _r("by 2002:a05:6000:%x:b0:%s:%s:%s with SMTP id %s;" % (ctx.R.randrange(0x100, 0x2fff), ctx.hex(3), ctx.hex(3), ctx.hex(4), sid.split("-", 1)[1]),
                             fmt_date(plus(t, 1), "PT", abbr=True)))]
    mid = "<CA%s%s@mail.gmail.com>" % (ctx.alnum(2, "BEFGHJKLMNOPQRSTUVWXYZ"), ctx.alnum(52, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-+="))
    return dict(client=(host, host, ip), received=rec, msgid=mid, style="gmail", pre=pre, extra=[], delay=2,
                boundary=ctx.boundary_gmail())


# ------------------------------------------------------- GMX / web.de

def gmx(ctx, webde=False, origin="91.52.147.28", webmail=True):
    t = ctx.t
    if webde:
        client = ("mout.web.de", "mout.web.de", "212.227.15.%d" % ctx.R.choice([3, 4, 14, 15]))
        app = "3c-app-webde-bap%d" % ctx.R.randrange(10, 60)
        web, mr = "web-mail.web.de", "mrweb%03d" % ctx.R.randrange(100, 110)
    else:
        client = ("mout.gmx.net", "mout.gmx.net", "212.227.17.%d" % ctx.R.choice([20, 21, 22]))
        app = "3c-app-gmx-bap%d" % ctx.R.randrange(10, 60)
        web, mr = "web-mail.gmx.net", "mrgmx%03d" % ctx.R.randrange(100, 110)
    nem = "1M%s-1%s" % (ctx.alnum(6), ctx.alnum(13))
    if webmail:
        rec = [_r("from %s ([%s]) by %s" % (app, origin, web),
                  "(%s [172.19.170.%d]) with HTTP; %s" % (app, ctx.R.randrange(2, 250), fmt_date(t, "CET", gmt_word=False)))]
        mid = "<trinity-%s-%d@%s>" % (ctx.uuid(), int(t.timestamp() * 1000) + ctx.R.randrange(999), app)
    else:
        rec = [_r("from [192.168.178.%d] ([%s]) by %s" % (ctx.R.randrange(20, 60), origin, "mail.web.de" if webde else "mail.gmx.net"),
                  "(%s [212.227.17.190]) with ESMTPSA (Nemesis) id %s; %s" % (mr, nem, fmt_date(t, "CET")))]
        mid = None
    if webmail:
        extra = [("Importance", "normal"), ("Sensitivity", "Normal"),
                 ("X-Priority", "3"), ("X-Provags-ID", "V03:K1:" + _b64(ctx, 72)),
                 ("UI-OutboundReport", "notjunk:1;M01:P0:%s" % _b64(ctx, 8)[:11])]
    else:
        extra = [("X-Provags-ID", "V03:K1:" + _b64(ctx, 72)), ("UI-OutboundReport", "notjunk:1;M01:P0:%s" % _b64(ctx, 8)[:11])]
    return dict(client=client, received=rec, msgid=mid, style="webmail" if webmail else "tb", extra=extra, delay=2)


# --------------------------------------------------------------- Yandex

def yandex_web(ctx, origin="95.55.%d.%d"):
    t = ctx.t
    if "%d" in origin:
        origin = origin % (ctx.R.randrange(1, 250), ctx.R.randrange(1, 250))
    fw = "forward%d%s.mail.yandex.net" % (ctx.R.choice([500, 501, 502, 503]), ctx.R.choice("ab"))
    back = "mail-nwsmtp-mxback-production-main-%d.%s.yp-c.yandex.net" % (ctx.R.randrange(10, 99), ctx.R.choice(["vla", "sas", "iva", "myt"]))
    rec = [
        _r("from %s (%s [IPv6:2a02:6b8:c0c:%x:0:640:%s:0])" % (back, back, ctx.R.randrange(0x100, 0xfff), ctx.hex(4)),
           "by %s (Yandex) with ESMTPS id %s;" % (fw, ctx.alnum(10, "0123456789ABCDEF")), fmt_date(plus(t, 1), "MSK")),
        _r("from mail.yandex.ru (2a02:6b8:c0c:1:0:640:{0}:0 [2a02:6b8:c0c:1:0:640:{0}:0])".format(ctx.hex(4)),
           "by %s (mxback/Yandex) with HTTPS id %s-%s;" % (back, ctx.alnum(12), ctx.alnum(8)), fmt_date(t, "MSK")),
    ]
    extra = [("X-Yandex-Fwd", "1"), ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    mid = "<%s@mail.yandex.ru>" % ctx.digits(16)
    return dict(client=(fw, fw, "178.154.239.%d" % ctx.R.randrange(70, 220)), received=rec, msgid=mid,
                style="webmail", extra=extra, delay=2, origin=origin)


def service(ctx, host, ip, inner, msgid_dom, rp, zone="UTC", inner_ip=None, style="generic", extra=(), msgid=None):
    """Generic notification platform: app server -> outbound Postfix relay."""
    t = ctx.t
    rec = [_r("from %s (%s [%s])" % (inner, inner, inner_ip or "10.%d.%d.%d" % (ctx.R.randrange(1, 250), ctx.R.randrange(1, 250), ctx.R.randrange(1, 250))),
              "by %s (Postfix) with ESMTP id %s" % (host, ctx.hex(10, True)),
              "for <%s>; %s" % (ctx.rcpt, fmt_date(t, zone, abbr=True)))]
    mid = msgid or "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), ctx.hex(12), msgid_dom)
    return dict(client=(host, host, ip), received=rec, msgid=mid, style=style, extra=list(extra), return_path=rp, delay=2)


def yandex360(ctx, origin, mailer="The Bat! (v11.2.2) Professional"):
    """Own domain hosted on Yandex 360, sent by a desktop client over SMTP."""
    t = ctx.t
    fw = "forward%d%s.mail.yandex.net" % (ctx.R.choice([500, 501, 502, 503]), ctx.R.choice("ab"))
    sm = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (ctx.R.randrange(10, 99), ctx.R.choice(["vla", "sas", "myt"]))
    rec = [
        _r("from %s (%s [IPv6:2a02:6b8:c1f:%x:0:640:%s:0])" % (sm, sm, ctx.R.randrange(0x100, 0xfff), ctx.hex(4)),
           "by %s (Yandex) with ESMTPS id %s;" % (fw, ctx.alnum(10, "0123456789ABCDEF")), fmt_date(plus(t, 1), "MSK")),
        _r("by %s (smtp/Yandex) with ESMTPSA id %s-%s;" % (sm, ctx.alnum(10), ctx.alnum(8)), fmt_date(t, "MSK")),
    ]
    dom = ctx.sender.split("@")[1]
    mid = "<%d.%s@%s>" % (ctx.R.randrange(10 ** 8, 2 * 10 ** 9), (t + __import__("datetime").timedelta(hours=3)).strftime("%Y%m%d%H%M%S"), dom)
    return dict(client=(fw, fw, "178.154.239.%d" % ctx.R.randrange(70, 220)), received=rec, msgid=mid,
                style="generic", bstyle="bat", extra=[("X-Mailer", mailer)] if mailer else [], delay=2, origin=origin)


# ---------------------------------------------------- consumer ISPs

def libero(ctx, origin, webtop=True):
    t = ctx.t
    n = ctx.R.randrange(10, 60)
    client = ("smtp-%d-i2.italiaonline.it" % n, "smtp-%d-i2.italiaonline.it" % n, "213.209.12.%d" % n)
    if webtop:
        rec = [_r("from libero.it ([%s])" % origin,
                  "by smtp-%d.iol.local with ESMTPA" % n,
                  "id %s; %s" % (ctx.alnum(14), fmt_date(t, "CET")))]
        mid = "<%s.%s.%s.Webtop.%d@libero.it>" % (ctx.hex(8), ctx.hex(4), ctx.hex(11), ctx.R.randrange(30, 99))
        extra = [("Importance", "Normal"), ("X-Priority", "3 (Normal)"), ("X-Originating-IP", origin)]
        style = "webmail"
    else:
        rec = [_r("from [192.168.1.%d] ([%s])" % (ctx.R.randrange(2, 60), origin),
                  "by smtp-%d.iol.local with ESMTPSA" % n,
                  "id %s; %s" % (ctx.alnum(14), fmt_date(t, "CET")))]
        mid = None
        extra = []
        style = "tb"
    return dict(client=client, received=rec, msgid=mid, style=style, extra=extra, delay=3)


def wp(ctx, origin_rdns, origin_ip, mailer="Microsoft Outlook 16.0"):
    t = ctx.t
    rec = [
        _r("(wp-smtpd smtp.wp.pl %d invoked from network); %s" % (ctx.R.randrange(1000, 32000),
           fmt_date(t, "CET").split(", ", 1)[1])),
        _r("from %s (HELO DESKTOP-%s) (marta.nowicka@[%s])" % (origin_rdns, ctx.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), origin_ip),
           "(envelope-sender <%s>)" % ctx.sender,
           "by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP",
           "for <%s>; %s" % (ctx.rcpt, fmt_date(t, "CET").split(", ", 1)[1])),
    ]
    extra = [("X-Mailer", mailer), ("X-WP-MailID", ctx.hex(32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    return dict(client=("mx4.wp.pl", "mx4.wp.pl", "212.77.101.12"), received=rec, msgid=None, style="outlook_classic",
                extra=extra, delay=2)


def otenet(ctx, origin_ip, ua="Mozilla Thunderbird", style="tb", mailer=None):
    t = ctx.t
    o = origin_ip.split(".")
    rec = [_r("from [192.168.1.%d] (ppp-%s-%s-%s-%s.home.otenet.gr [%s])" % (ctx.R.randrange(2, 40), o[0], o[1], o[2], o[3], origin_ip),
              "(Authenticated sender: %s)" % ctx.sender,
              "by smtp-out.otenet.gr (Postfix) with ESMTPSA id %s;" % ctx.hex(10, True), fmt_date(t, "EET", abbr=True))]
    return dict(client=("mailout-03.otenet.gr", "mailout-03.otenet.gr", "83.235.69.%d" % ctx.R.randrange(20, 60)),
                received=rec, msgid=None, style=style, extra=[("X-Mailer", mailer)] if mailer else [], delay=3)


def tonline(ctx, origin_ip):
    t = ctx.t
    n = ctx.R.randrange(70, 90)
    rec = [
        _r("from fwd%d.aul.t-online.de (fwd%d.aul.t-online.de [10.223.144.%d])" % (n, n, ctx.R.randrange(10, 200)),
           "by mailout03.t-online.de (Postfix) with SMTP id %s;" % ctx.hex(10, True), fmt_date(plus(t, 1), "CET", abbr=True)),
        _r("from smtpclient.apple ([%s]) by fwd%d.aul.t-online.de" % (origin_ip, n),
           "with (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)",
           "esmtp id 1t%s-%s; %s" % (ctx.alnum(4), ctx.alnum(7), fmt_date(t, "CET"))),
    ]
    return dict(client=("mailout03.t-online.de", "mailout03.t-online.de", "194.25.134.81"), received=rec,
                msgid=None, style="apple", extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")], delay=2)


# ------------------------------------------- company and hosted servers

def company_gw(ctx, gw_helo, gw_ip, inner="SRV-EX01.intern.local", inner_ip="192.168.10.12", mailer=None,
               tls_inner=True, lang="de-DE", exchange=True, zone="CET", gw_rdns=None):
    """Small firm: on-prem Exchange (or Outlook client) behind a Postfix gateway."""
    t = ctx.t
    rec = [_r("from %s (%s [%s])" % (inner, inner.lower(), inner_ip),
              "by %s (Postfix) with ESMTPS id %s" % (gw_helo, ctx.hex(10, True)),
              "for <%s>; %s" % (ctx.rcpt, fmt_date(plus(t, 2), zone, abbr=True)))]
    if exchange:
        rec.append(_r("from %s (%s) by %s (%s) with Microsoft SMTP Server" % (inner, inner_ip, inner, inner_ip),
                      "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
                      "15.2.1748.10; %s" % fmt_date(plus(t, 1), zone)))
        hostshort = inner.split(".")[0]
        dom = ".".join(inner.split(".")[1:])
        return dict(client=(gw_helo, gw_rdns or gw_helo, gw_ip), received=rec,
                    msgid="<%s@%s.%s>" % (ctx.hex(32), hostshort, dom), style="outlook", thread_index=True,
                    accept_lang="%s, en-US" % lang, content_lang=lang,
                    extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")], delay=4)
    return dict(client=(gw_helo, gw_rdns or gw_helo, gw_ip), received=rec, msgid=None,
                style="outlook_classic", extra=[("X-Mailer", mailer)] if mailer else [], delay=4)


def hosted(ctx, provider, origin_ip, ua=None, mailer=None, zone="CET", user=None, style=None, host=None, ip=None):
    t = ctx.t
    user = user or ctx.sender
    if provider == "aruba":
        n = ctx.R.randrange(4100, 4180)
        client = ("smtpcmd%05d.aruba.it" % n, "smtpcmd%05d.aruba.it" % n, "62.149.156.%d" % (n - 4000))
        rec = [_r("from [192.168.1.%d] ([%s])" % (ctx.R.randrange(2, 60), origin_ip),
                  "by Aruba Outgoing Smtp  with ESMTPSA", "id %s; %s" % (ctx.alnum(20), fmt_date(t, zone)))]
    elif provider == "homepl":
        n = ctx.R.randrange(10, 99)
        client = ("s%d.cloudmail.home.pl" % n, "s%d.cloudmail.home.pl" % n, "46.242.%d.%d" % (ctx.R.randrange(128, 250), n))
        rec = [_r("from [%s] (HELO [192.168.0.%d])" % (origin_ip, ctx.R.randrange(2, 90)),
                  "by s%d.cloudmail.home.pl (IdeaSmtpServer 6.1.0) with ESMTPSA id %s;" % (n, ctx.hex(16)),
                  fmt_date(t, zone))]
    elif provider == "ionos":
        client = ("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % ctx.R.choice([130, 131, 133, 134, 135, 187]))
        rec = [_r("from [%s] ([%s]) by mrelayeu.kundenserver.de" % ("192.168.2.%d" % ctx.R.randrange(10, 90), origin_ip),
                  "(mreue%d [212.227.15.183]) with ESMTPSA (Nemesis) id 1M%s-1%s; %s" % (ctx.R.randrange(100, 112), ctx.alnum(6), ctx.alnum(13), fmt_date(t, zone)))]
    elif provider == "strato":
        client = ("mo4-p00-ob.smtp.rzone.de", "mo4-p00-ob.smtp.rzone.de", "81.169.146.%d" % ctx.R.randrange(160, 220))
        rec = [_r("from [192.168.178.%d]" % ctx.R.randrange(20, 80),
                  "by smtp.strato.de (RZmta 51.3.0 AUTH)", "with ESMTPSA id %s" % ctx.alnum(15),
                  "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))",
                  "(Client did not present a certificate)", "for <%s>;" % ctx.rcpt, fmt_date(t, zone, abbr=True))]
    elif provider == "cpanel":
        client = (host, host, ip)
        rec = [_r("from [%s] (port=%d helo=[%s])" % (origin_ip, ctx.R.randrange(49152, 65000), origin_ip),
                  "by %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384" % host,
                  "(Exim 4.98.1)", "(envelope-from <%s>)" % user,
                  "id 1v%s-0000000%s-%s;" % (ctx.alnum(4), ctx.alnum(4), ctx.alnum(4)), fmt_date(t, zone))]
    elif provider == "plesk":
        client = (host, host, ip)
        rec = [_r("from [%s] (unknown [%s])" % (origin_ip, origin_ip),
                  "(Authenticated sender: %s)" % user,
                  "by %s (Postfix) with ESMTPSA id %s;" % (host, ctx.hex(10, True)), fmt_date(t, zone, abbr=True))]
    else:
        raise ValueError(provider)
    extra = []
    if provider == "cpanel":
        dom = user.split("@")[1]
        extra += [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                  ("X-AntiAbuse", "Primary Hostname - %s" % host),
                  ("X-AntiAbuse", "Original Domain - example.com"),
                  ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
                  ("X-AntiAbuse", "Sender Address Domain - %s" % dom),
                  ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, user)),
                  ("X-Authenticated-Sender", "%s: %s" % (host, user))]
    if mailer:
        extra.append(("X-Mailer", mailer))
    st = style or ("tb" if ua and "Thunderbird" in ua else "outlook_classic")
    return dict(client=client, received=rec, msgid=None, style=st, extra=extra, ua=ua, delay=3)


def vps(ctx, helo, ip, rdns=None, mode="roundcube", origin_ip=None, zone="CET", mailer=None, tls=True):
    """Look-alike domain on a rented VPS."""
    t = ctx.t
    if mode == "roundcube":
        rec = [_r("from [%s] (unknown [%s])" % (origin_ip, origin_ip),
                  "by %s (Postfix) with ESMTPSA id %s" % (helo, ctx.hex(10, True)),
                  "for <%s>; %s" % (ctx.rcpt, fmt_date(t, zone, abbr=True)))]
        extra = [("User-Agent", "Roundcube Webmail/1.6.11")]
        mid = "<%s@%s>" % (ctx.hex(32), helo.split(".", 1)[1])
        style = "generic"
    elif mode == "php":
        rec = [_r("by %s (Postfix, from userid 33)" % helo, "id %s; %s" % (ctx.hex(10, True), fmt_date(t, zone, abbr=True)))]
        extra = [("X-Mailer", mailer or "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)")]
        mid = "<%s@%s>" % (ctx.alnum(40), helo.split(".", 1)[1])
        style = "generic"
    elif mode == "smtp_client":
        rec = [_r("from DESKTOP-%s (unknown [%s])" % (ctx.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), origin_ip),
                  "by %s (Postfix) with ESMTPSA id %s" % (helo, ctx.hex(10, True)),
                  "for <%s>; %s" % (ctx.rcpt, fmt_date(t, zone, abbr=True)))]
        extra = [("X-Mailer", mailer or "Microsoft Outlook 16.0")]
        mid = None
        style = "outlook_classic"
    elif mode == "exim":
        rec = [_r("from [%s] (helo=DESKTOP-%s)" % (origin_ip, ctx.alnum(7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
                  "by %s with esmtpsa (TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)" % helo,
                  "(Exim 4.96)", "(envelope-from <%s>)" % ctx.sender,
                  "id 1v%s-00%s-%s" % (ctx.alnum(4), ctx.alnum(4), ctx.alnum(2)), "for %s; %s" % (ctx.rcpt, fmt_date(t, zone)))]
        extra = [("X-Mailer", mailer or "Microsoft Outlook 16.0")]
        mid = None
        style = "outlook_classic"
    else:
        raise ValueError(mode)
    return dict(client=(helo, rdns, ip), received=rec, msgid=mid, style=style, extra=extra, delay=3, tls=tls)


def direct(ctx, helo, ip, rdns=None, mailer=None, zone="UTC"):
    """Bot or script talking straight to our MX, no own hop."""
    ex = [("X-Mailer", mailer)] if mailer else []
    return dict(client=(helo, rdns, ip), received=[], msgid=None, style="generic", extra=ex, delay=1, tls=False)


# ------------------------------------------------------------- ESPs

def sendgrid(ctx, em_domain, account_id=None):
    t = ctx.t
    n = ctx.alnum(8, "abcdefghijklmnopqrstuvwxyz")
    ip = "149.72.%d.%d" % (ctx.R.randrange(1, 250), ctx.R.randrange(1, 250))
    uid = account_id or ctx.digits(8)
    rec = [
        _r("by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s" % (ctx.hex(10), ctx.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"), ctx.hex(10), ctx.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"), ctx.hex(8, True), ctx.hex(2)),
           "%s" % (fmt_date(plus(t, 1), "UTC").replace("+0000", "+0000 (UTC)"))),
        _r("from %s (unknown)" % _b64(ctx, 24), "by geopod-ismtpd-%d (SG) with HTTP" % ctx.R.randrange(1, 30),
           "id %s" % _b64(ctx, 16).rstrip("="), "for <%s>;" % ctx.rcpt, fmt_date(t, "UTC").replace("+0000", "+0000 (UTC)")),
    ]
    extra = [("X-SG-EID", _b64(ctx, 96)), ("X-SG-ID", _b64(ctx, 40)), ("X-Entity-ID", "u%s.%s" % (uid, _b64(ctx, 12)))]
    mid = "<%s@geopod-ismtpd-%d>" % (_b64(ctx, 16).rstrip("=").replace("/", "_").replace("+", "-"), ctx.R.randrange(1, 30))
    rp = "bounces+%s-%s-%s=%s@%s" % (uid, ctx.hex(4), ctx.rcpt.split("@")[0], ctx.rcpt.split("@")[1], em_domain)
    return dict(client=(n + ".outbound-mail.sendgrid.net", n + ".outbound-mail.sendgrid.net", ip), received=rec, msgid=mid,
                style="generic", extra=extra, return_path=rp, delay=2)


def mailgun(ctx, mg_domain):
    t = ctx.t
    m = ctx.R.randrange(1, 90)
    ip = "69.72.%d.%d" % (ctx.R.choice([35, 37, 42, 43]), m)
    rec = [_r("by %s with HTTP id %s; %s" % (ctx.hex(12), ctx.hex(24), fmt_date(t, "UTC").replace("+0000", "GMT")))]
    sid = ctx.hex(24)
    extra = [("X-Mailgun-Sid", _b64(ctx, 60)), ("X-Mailgun-Sending-Ip", ip), ("X-Mailgun-Variables", '{"cid": "%s"}' % ctx.hex(12))]
    mid = "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), ctx.hex(16), mg_domain)
    rp = "bounce+%s.%s-%s=%s@%s" % (ctx.hex(6), ctx.hex(6), ctx.rcpt.split("@")[0], ctx.rcpt.split("@")[1], mg_domain)
    host = "m%d-%d.mailgun.net" % (int(ip.split(".")[2]), m)
    return dict(client=(host, host, ip), received=rec, msgid=mid, style="generic", extra=extra, return_path=rp, delay=2)


def ses(ctx, region="eu-west-1", feedback_tag="sender"):
    t = ctx.t
    a = ctx.R.randrange(1, 12)
    b = ctx.R.randrange(1, 60)
    ip = "54.240.%d.%d" % (a, b)
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, region)
    ts = "%013x" % int(t.timestamp() * 1000)
    mid = "<0102%s%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (ts[:8], ts[8:12], ctx.hex(8), ctx.hex(4), ctx.hex(4), ctx.hex(12), region)
    extra = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, _b64(ctx, 30).rstrip("="))),
             ("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), ip))]
    rp = mid[1:-1]
    return dict(client=(host, host, ip), received=[], msgid=mid, style="generic", extra=extra, return_path=rp, delay=1)


def brevo(ctx, account_id=None):
    t = ctx.t
    a = ctx.R.randrange(1, 255)
    ip = "77.32.148.%d" % a
    host = "m%d.mail.brevo.com" % a
    acc = account_id or ctx.digits(7)
    rec = [_r("by smtp-relay.brevo.com with ESMTP id %s; %s" % (ctx.hex(16), fmt_date(t, "UTC").replace("+0000", "+0000 (UTC)")))]
    extra = [("X-Mailer", "Brevo"), ("X-Mailin-EID", _b64(ctx, 30).rstrip("=")), ("X-sib-id", _b64(ctx, 40)),
             ("Feedback-ID", "%s:%s:Brevo" % (ctx.R.randrange(1, 250), acc))]
    mid = "<%s.%s@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), ctx.digits(11))
    rp = "%s@bounces.brevo.com" % ("bo-" + _b64(ctx, 24).replace("/", "_").replace("+", "-").rstrip("=").lower())
    return dict(client=(host, host, ip), received=rec, msgid=mid, style="generic", extra=extra, return_path=rp, delay=2)


def mailchimp(ctx, dc="us21", list_name="", list_id=None, u=None):
    t = ctx.t
    n = ctx.R.randrange(20, 240)
    host = "mail%d.atl%d.mcsv.net" % (n, ctx.R.randrange(11, 250))
    ip = "198.2.%d.%d" % (ctx.R.randrange(128, 190), n)
    uid = u or ctx.hex(25)
    lid = list_id or ctx.hex(10)
    rec = [_r("from localhost (localhost [127.0.0.1])", "by %s (Postfix) with ESMTP id %s" % (host, ctx.alnum(12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")),
              "for <%s>; %s" % (ctx.rcpt, fmt_date(t, "UTC").replace("+0000", "+0000 (GMT)")))]
    cid = ctx.hex(10)
    extra = [("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, ctx.hex(10))),
             ("X-Campaign", "mailchimp%s.%s" % (uid, cid)), ("X-campaignid", "mailchimp%s.%s" % (uid, cid)),
             ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (uid, cid, ctx.hex(10))),
             ("X-MC-User", uid), ("Feedback-ID", "%s:%s:%s:mailchimpapp" % (ctx.digits(8), ctx.digits(8), uid[:10])),
             ("X-Accounttype", "pd"), ("List-Id", "%s <%s.%s.list-id.mcsv.net>" % (list_name, uid, lid)),
             ("X-Original-Sender", "")]
    extra = extra[:-1]
    mid = "<%s.%s.%s@%s>" % (uid, ctx.digits(7), ctx.digits(3) + ctx.hex(6), host.split(".", 1)[1])
    rp = "bounce-mc.%s_%s.%s-%s=%s@%s" % (dc, ctx.digits(9), ctx.digits(6), ctx.rcpt.split("@")[0], ctx.rcpt.split("@")[1], host)
    return dict(client=(host, host, ip), received=rec, msgid=mid, style="generic", extra=extra, return_path=rp, delay=2,
                unsub_base="https://%s.%s.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s" % ("x", dc, uid, lid, ctx.hex(10), cid),
                unsub_mail="unsubscribe-mc.%s_%s.%s-%s@mailchimp.com" % (dc, uid, cid, ctx.hex(10)))


# ----------------------------------------------------- genuine services

def docusign(ctx):
    t = ctx.t
    ip = "185.81.100.%d" % ctx.R.randrange(60, 120)
    host = "mailfra%02d.docusign.net" % ctx.R.randrange(1, 6)
    rec = [_r("from docusign.net (fra-mta%02d [10.45.%d.%d])" % (ctx.R.randrange(1, 9), ctx.R.randrange(1, 250), ctx.R.randrange(1, 250)),
              "by %s (Postfix) with ESMTP id %s" % (host, ctx.hex(10, True)),
              "for <%s>; %s" % (ctx.rcpt, fmt_date(t, "UTC").replace("+0000", "+0000 (UTC)")))]
    mid = "<%s@docusign.net>" % ctx.hex(32)
    return dict(client=(host, host, ip), received=rec, msgid=mid, style="generic", extra=[], return_path="bounces@docusign.net", delay=2)


def ms_notify(ctx):
    t = ctx.t
    ip = "40.107.%d.%d" % (ctx.R.choice([20, 22]), ctx.R.randrange(40, 250))
    host = "mail-db8eur05on2%s.outbound.protection.outlook.com" % ip.split(".")[3].zfill(3)
    a = "DB9PR83MB" + ctx.digits(4)
    rec = [_r("from %s.EURPRD83.PROD.OUTLOOK.COM (2603:10a6:10:%x::%x) by" % (a, ctx.R.randrange(0x100, 0x5ff), ctx.R.randrange(1, 0x2f)),
              "AM7PR83MB%s.EURPRD83.PROD.OUTLOOK.COM with Microsoft SMTP Server" % ctx.digits(4),
              "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
              "15.20.9312.11; %s" % fmt_date(t, "UTC"))]
    mid = "<%s@az.westeurope.microsoft.com>" % ctx.uuid()
    extra = [("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"), ("X-OriginatorOrg", "microsoft.com")]
    return dict(client=("EUR05-DB8-obe.outbound.protection.outlook.com", host, ip), received=rec, msgid=mid, style="generic",
                extra=extra, return_path="msonlineservicesteam@microsoftonline.com", delay=3)


def google_notify(ctx):
    t = ctx.t
    n = ctx.R.choice([69, 73, 41])
    host = "mail-sor-f%d.google.com" % n
    rec = [_r("by %s with SMTP id %s" % (host, ctx.hex(32)), "for <%s>" % ctx.rcpt,
              "(Google Transport Security);", fmt_date(t, "PT", abbr=True))]
    pre = [("X-Google-Smtp-Source", _b64(ctx, 56)),
           ("X-Received", _r("by 2002:a05:6214:%x:b0:%s:%s:%s with SMTP id %s;" % (ctx.R.randrange(0x100, 0x2fff), ctx.hex(3), ctx.hex(3), ctx.hex(4), ctx.hex(18)),
                             fmt_date(plus(t, 1), "PT", abbr=True)))]
    mid = "<%s@google.com>" % _b64(ctx, 16).rstrip("=").replace("/", "").replace("+", "")
    return dict(client=(host, host, "209.85.220.%d" % n), received=rec, msgid=mid, style="gmail", pre=pre, extra=[],
                return_path="3%s@gaia.bounces.google.com" % ctx.alnum(40), delay=2)


def github(ctx):
    t = ctx.t
    n = ctx.R.choice([20, 21, 22, 24])
    ip = "192.30.252.%d" % (200 + n % 10)
    host = "out-%d.smtp.github.com" % n
    rec = [_r("from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])" % (ctx.hex(8), ctx.R.randrange(1, 250), ctx.R.randrange(1, 250)),
              "by smtp.github.com (Postfix) with ESMTPA id %s" % ctx.hex(11, True),
              "for <%s>; %s" % (ctx.rcpt, fmt_date(t, "PT", abbr=True)))]
    mid = "<%s_%s@github.com>" % (ctx.hex(13), ctx.hex(6))
    return dict(client=(host, host, ip), received=rec, msgid=mid, style="generic", extra=[("X-Auto-Response-Suppress", "All")],
                return_path="noreply@github.com", delay=2)


def yandex_id(ctx):
    t = ctx.t
    fw = "forward%d%s.mail.yandex.net" % (ctx.R.choice([100, 101, 102]), ctx.R.choice("ab"))
    rec = [_r("from mail-notsolitesrv-%d.vla.yp-c.yandex.net (mail-notsolitesrv-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c1f:%x:0:640:%s:0])" % (ctx.R.randrange(10, 99), 0, ctx.R.randrange(0x100, 0xfff), ctx.hex(4)),
              "by %s (Yandex) with ESMTPS id %s;" % (fw, ctx.alnum(10, "0123456789ABCDEF")), fmt_date(t, "MSK"))]
    rec[0] = rec[0].replace("notsolitesrv-0.", "notsolitesrv-%d." % ctx.R.randrange(10, 99))
    mid = "<%s@id.yandex.ru>" % ctx.hex(32)
    return dict(client=(fw, fw, "178.154.239.%d" % ctx.R.randrange(70, 220)), received=rec, msgid=mid, style="generic",
                extra=[("X-Yandex-Service", _b64(ctx, 30))], return_path="noreply@id.yandex.ru", delay=1)
