"""Sending systems: trace headers, Message-ID, X-Mailer and boundary style
for each mail system that appears in the set.

Every factory returns a function(ctx) -> dict with keys:
  client (helo, rdns, ip) as seen by mx01, tls, hops (Received values below
  mx01, newest first), pre (trace-like headers after Received), hdrs (other
  header fields), msgid, return_path, style, boundary(rng, subtype, depth, n),
  zone (for the Date header), hcs (header charset, encoding[, label]).
"""
import base64
import datetime as _dt
import re

from common import fmt_date, rhex, ralnum, ruuid, postfix_qid

D = _dt.timedelta


def _topic(subject):
    s = subject
    while True:
        n = re.sub(r"^\s*(RE|Re|AW|Aw|WG|Wg|FW|Fw|Fwd|R|I|Odp|ODP|RV|Rif|ΑΠ|ΣΧΕΤ|Ответ|RE\[\d+\]):\s*", "", s)
        if n == s:
            return s
        s = n


def _thread_index(rng, replies=0):
    raw = bytes([1]) + bytes(rng.randrange(256) for _ in range(21))
    for _ in range(replies):
        raw += bytes(rng.randrange(256) for _ in range(5))
    return base64.b64encode(raw).decode()


def _replies(ctx):
    refs = ctx.m.refs or ""
    return refs.count("<")


# ------------------------------------------------------------ boundaries

def b_gmail(rng, st, depth, n):
    return "000000000000" + rhex(rng, 16)


def b_exchange(local):
    def f(rng, st, depth, n):
        code = {"mixed": "_004_", "related": "_006_", "alternative": "_000_" if depth == 0 else "_002_"}.get(st, "_00%d_" % n)
        return code + local + "_"
    return f


def b_nextpart(rng, st, depth, n):
    return "----=_NextPart_%03d_%04X_%s.%s" % (depth, n, rhex(rng, 8, True), rhex(rng, 8, True))


def b_thunderbird(rng, st, depth, n):
    return "------------" + ralnum(rng, 24)


def b_roundcube(rng, st, depth, n):
    return "=_" + rhex(rng, 32)


def b_apple(rng, st, depth, n):
    return "Apple-Mail=_" + ruuid(rng, True)


def b_php(rng, st, depth, n):
    return ("b%d=_" % n) + ralnum(rng, 42)


def b_java(rng, st, depth, n):
    return "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 6), rng.randrange(10 ** 9), rng.randrange(1790812800000, 1798675200000))


def b_hex64(rng, st, depth, n):
    return rhex(rng, 64)


def b_hex32(rng, st, depth, n):
    return rhex(rng, 32)


def b_python(rng, st, depth, n):
    return "===============%019d==" % rng.randrange(10 ** 18, 10 ** 19)


def b_dotnet(rng, st, depth, n):
    return "--boundary_%d_%s" % (n - 1, ruuid(rng))


def b_mimepart(rng, st, depth, n):
    return "--==_mimepart_%s_%s%d" % (rhex(rng, 13), rhex(rng, 6), rng.randrange(10, 99))


def b_yandex(rng, st, depth, n):
    return "----==--bound.%d.%s.yandex.net" % (rng.randrange(10000, 99999), rng.choice(["mail-nwsmtp-smtp-production-main-71.klg.yp-c", "mail-nwsmtp-smtp-production-main-34.vla.yp-c", "mail-nwsmtp-smtp-production-main-17.sas.yp-c"]))


def b_mailru(rng, st, depth, n):
    return "--ALT--%s%d" % (ralnum(rng, 24, "0123456789ABCDEFabcdef"), rng.randrange(1760000000, 1770000000))


def b_thebat(rng, st, depth, n):
    return "----------" + rhex(rng, 15, True)


def b_sim(rng, st, depth, n):
    return "----=_%s" % ruuid(rng)


# ------------------------------------------------------------ helpers

def _exch_time(t):
    return fmt_date(t, "utc")


def _ip6(rng):
    return "2a02:%s:%s:%s::%s" % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 3))


def _outlook_desktop_msgid(rng, t, domain):
    return "<%s$%s$%s$@%s>" % ("0000" + rhex(rng, 8), rhex(rng, 8), rhex(rng, 8), domain)


def _outlook_desktop_hdrs(rng, ctx, lang):
    return [("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", _thread_index(rng, _replies(ctx))),
            ("Content-Language", lang)]


def _tb_hdrs(lang):
    return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)]


# ============================================================ systems

def internal(exch="EXCH01", ip_user="10.20.3.57", lang="de-DE", zone="eu", hcs=("utf-8", "B"), has_attach=None):
    def f(ctx):
        rng, t, m = ctx.rng, ctx.t, ctx.m
        local = rhex(rng, 32)
        host = "%s.corp.example.com" % exch
        fe80 = "fe80::%s:%s:%s:%s" % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4))
        eip = "10.20.1.21" if exch == "EXCH01" else "10.20.1.22"
        hops = [
            "from %s (%s [%s])\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, host.lower(), eip, postfix_qid(rng, t + D(seconds=2)), ctx.rcpt, fmt_date(t + D(seconds=2), "eu", True)),
            "from %s (%s) by %s (%s) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n\t15.2.1748.10; %s"
            % (host, eip, host, eip, fmt_date(t + D(seconds=1), zone)),
            "from %s ([%s]) by %s\n\t([%s%%13]) with mapi id 15.02.1748.010; %s" % (host, fe80, host, fe80, fmt_date(t, zone)),
        ]
        att = has_attach
        if att is None:
            att = m.body.ctype() == "multipart/mixed"
        hdrs = [("Thread-Topic", _topic(m.subject)), ("Thread-Index", _thread_index(rng, _replies(ctx))),
                ("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
                ("X-MS-Has-Attach", "yes" if att else ""), ("X-MS-TNEF-Correlator", ""),
                ("x-ms-exchange-transport-fromentityheader", "Hosted"),
                ("x-originating-ip", "[%s]" % ip_user)]
        return dict(client=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), tls="1.3",
                    hops=hops, hdrs=hdrs, msgid="<%s@%s>" % (local, host), style="outlook",
                    boundary=b_exchange(local + exch + "corpexamplecom"), zone=zone, hcs=hcs, delay=rng.randint(3, 9))
    return f


GMAIL_OUT = [("mail-ej1-f41.google.com", "209.85.218.41"), ("mail-wm1-f48.google.com", "209.85.128.48"),
             ("mail-lf1-f52.google.com", "209.85.167.52"), ("mail-ed1-f53.google.com", "209.85.208.53"),
             ("mail-wr1-f47.google.com", "209.85.221.47"), ("mail-pl1-f171.google.com", "209.85.214.171"),
             ("mail-yw1-f182.google.com", "209.85.128.182"), ("mail-ua1-f44.google.com", "209.85.222.44")]


def gmail(i=0, client="web", user_ip6=None, zone="eu", workspace=None, lang=None):
    host, ip = GMAIL_OUT[i]

    def f(ctx):
        rng, t = ctx.rng, ctx.t
        sid = "%s-%s%s.%d" % ("a640c23a62f3a", rhex(rng, 10), "so" + str(rng.randrange(10 ** 8, 10 ** 9)) + "66b", rng.randrange(1, 9))
        hops = ["by %s with SMTP id %s\n        for <%s>; %s" % (host, sid, ctx.rcpt, fmt_date(t + D(seconds=1), "pt", True))]
        if client == "iphone":
            hops.append("from smtpclient.apple ([%s])\n        by smtp.gmail.com with ESMTPSA id %s.%d.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
                        % (user_ip6 or _ip6(rng), "a640c23a62f3a-" + rhex(rng, 10) + "sm" + str(rng.randrange(10 ** 7, 10 ** 8)) + "66b",
                           rng.randrange(1, 20), rng.randrange(10 ** 5, 10 ** 6), ctx.rcpt, fmt_date(t, "pt", True)))
        pre = [("X-Gm-Message-State", "AOJu0Y" + ralnum(rng, 56)),
               ("X-Gm-Gg", "ASbGnc" + ralnum(rng, 80)),
               ("X-Google-Smtp-Source", "AGHT+I" + ralnum(rng, 60)),
               ("X-Received", "by 2002:a17:907:%s:b0:%s:%s:%s with SMTP id a640c23a62f3a-%smr%d66b.%d.%d;\n        %s"
                % (rhex(rng, 4), rhex(rng, 3), rhex(rng, 4), rhex(rng, 4), rhex(rng, 10), rng.randrange(10 ** 6, 10 ** 7),
                   rng.randrange(1, 30), int((t - _dt.datetime(1970, 1, 1)).total_seconds() * 1000), fmt_date(t + D(seconds=1), "pt", True)))]
        d = dict(client=(host, host, ip), tls="1.3", hops=hops, pre=pre, zone=zone,
                 return_path=ctx.sender, hcs=("utf-8", "B", "UTF-8"))
        if client == "iphone":
            d.update(msgid="<%s@%s>" % (ruuid(rng, True), ctx.sender.split("@")[1]), style="default",
                     boundary=b_apple, mime_version="1.0 (1.0)",
                     hdrs=[("X-Mailer", "iPhone Mail (23B85)")], hcs=("utf-8", "Q"))
        else:
            d.update(msgid="<CA%s@mail.gmail.com>" % ralnum(rng, 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="),
                     style="gmail", boundary=b_gmail,
                     hdrs=[("X-Gm-Features", "AS18NW" + ralnum(rng, 60))])
        return d
    return f


def outlook_com(srv="AS8P194MB1236", region="EURP194", out=("EUR05-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur05olkn2048.outbound.protection.outlook.com", "40.92.90.48"), lang="de-DE", zone="eu"):
    def f(ctx):
        rng, t, m = ctx.rng, ctx.t, ctx.m
        fq = "%s.%s.PROD.OUTLOOK.COM" % (srv, region)
        fe = "fe80::%s:%s:%s:%s" % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4))
        hops = ["from %s\n ([%s]) by %s\n ([%s%%4]) with mapi id 15.20.9253.017; %s" % (fq, fe, fq, fe, _exch_time(t))]
        pre = [("X-MS-Exchange-CrossTenant-OriginalArrivalTime", fmt_date(t + D(seconds=1), "utc").replace("+0000", "(UTC)")),
               ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
               ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv)]
        hdrs = [("Thread-Topic", _topic(m.subject)), ("Thread-Index", _thread_index(rng, _replies(ctx))),
                ("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
                ("X-MS-Has-Attach", "yes" if m.body.ctype() == "multipart/mixed" else ""),
                ("X-MS-TNEF-Correlator", ""), ("x-ms-publictraffictype", "Email"),
                ("x-ms-exchange-messagesentrepresentingtype", "1"),
                ("x-tmn", "[%s]" % ralnum(rng, 32))]
        return dict(client=out, tls="1.2", hops=hops, pre=pre, hdrs=hdrs, style="outlook",
                    msgid="<%s%s@%s>" % (srv, ralnum(rng, 31, "0123456789ABCDEF"), fq),
                    boundary=b_exchange(srv + ralnum(rng, 31, "0123456789ABCDEF") + srv + region + "PRODOUTLOOKCOM"),
                    zone=zone, hcs=("utf-8", "B"))
    return f


def m365(srv="DB9PR08MB6528", region="eurprd08", out=("EUR03-AM7-obe.outbound.protection.outlook.com", "mail-am7eur03on2071.outbound.protection.outlook.com", "40.107.105.71"), lang="en-GB", zone="uk", hcs=("utf-8", "B"), tenant_id=None, extra_hdrs=()):
    def f(ctx):
        rng, t, m = ctx.rng, ctx.t, ctx.m
        fq = "%s.%s.prod.outlook.com" % (srv, region)
        fe = "fe80::%s:%s:%s:%s" % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4))
        hub = "%s%s%d.%s.prod.outlook.com" % (srv[:4], "CA", rng.randrange(1000, 9999), region)
        hops = ["from %s (2603:10a6:%s::%s) by\n %s (2603:10a6:%s::%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9253.17; %s"
                % (fq, rhex(rng, 3), rng.randrange(10, 99), hub.upper(), rhex(rng, 3), rng.randrange(10, 99), _exch_time(t + D(seconds=1))),
                "from %s\n ([%s]) by %s\n ([%s%%5]) with mapi id 15.20.9253.017; %s" % (fq.upper(), fe, fq.upper(), fe, _exch_time(t))]
        tid = tenant_id or ruuid(rng)
        pre = [("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid(rng)),
               ("X-MS-Exchange-CrossTenant-originalarrivaltime", fmt_date(t + D(seconds=1), "utc").split(", ")[1].replace(" +0000", ".1234 (UTC)")),
               ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
               ("X-MS-Exchange-CrossTenant-id", tid),
               ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", hub.split(".")[0].upper())]
        hdrs = [("Thread-Topic", _topic(m.subject)), ("Thread-Index", _thread_index(rng, _replies(ctx))),
                ("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
                ("X-MS-Has-Attach", "yes" if m.body.ctype() == "multipart/mixed" else ""),
                ("X-MS-TNEF-Correlator", ""), ("msip_labels", ""),
                ("x-ms-publictraffictype", "Email"),
                ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (srv, hub.split(".")[0].upper()))] + list(extra_hdrs)
        local = srv + ralnum(rng, 31, "0123456789ABCDEF")
        return dict(client=out, tls="1.2", hops=hops, pre=pre, hdrs=hdrs, style="outlook",
                    msgid="<%s@%s>" % (local, fq.upper()),
                    boundary=b_exchange(local + fq.replace(".", "").upper()), zone=zone, hcs=hcs)
    return f


def gmx(domain="gmx.de", user_ip="91.64.112.37", client="web", lang="de-DE", zone="eu"):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        out = ("mout.gmx.net", "mout.gmx.net", "212.227.15.19") if domain.startswith("gmx") else ("mout.web.de", "mout.web.de", "212.227.15.3")
        mr = "mrgmx%03d" % rng.randrange(1, 12) if domain.startswith("gmx") else "mrweb%03d" % rng.randrange(100, 120)
        mrip = "212.227.17.%d" % rng.randrange(180, 200)
        nid = "1M%s-1u%s-00%s" % (ralnum(rng, 5), ralnum(rng, 7), ralnum(rng, 5))
        hops = []
        if client == "web":
            app = "3c-app-gmx-bap%02d" % rng.randrange(10, 80)
            hops.append("from %s ([%s]) by mail.%s\n (%s [%s]) with ESMTPSA (Nemesis) id %s for\n <%s>; %s"
                        % (app, user_ip, "gmx.net" if domain.startswith("gmx") else "web.de", mr, mrip, nid, ctx.rcpt, fmt_date(t, zone)))
            msgid = "<trinity-%s-%d@%s>" % (ruuid(rng), int((t - _dt.datetime(1970, 1, 1)).total_seconds() * 1000), app)
            boundary, hdrs, hcs = b_java, [("Importance", "normal"), ("Sensitivity", "Normal")], ("UTF-8", "Q")
        else:
            hops.append("from [192.168.178.%d] ([%s]) by mail.%s\n (%s [%s]) with ESMTPSA (Nemesis) id %s for\n <%s>; %s"
                        % (rng.randrange(20, 60), user_ip, "gmx.net" if domain.startswith("gmx") else "web.de", mr, mrip, nid, ctx.rcpt, fmt_date(t, zone)))
            msgid = "<%s@%s>" % (ruuid(rng), domain)
            boundary, hdrs, hcs = b_thunderbird, _tb_hdrs(lang), ("UTF-8", "Q")
        hdrs = hdrs + [("X-Provags-ID", "V03:K1:" + ralnum(rng, 70)), ("UI-OutboundReport", "notjunk:1;M01:P0:" + ralnum(rng, 40))]
        return dict(client=out, tls="1.3", hops=hops, hdrs=hdrs, msgid=msgid, boundary=boundary, zone=zone, hcs=hcs)
    return f


def libero(user_ip="79.51.140.22"):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        host = "smtp-%02d-i2.italiaonline.it" % rng.randrange(10, 40)
        ip = "213.209.12.%d" % rng.randrange(10, 60)
        ox = "oxapps-%02d-%03d.iol.local" % (rng.randrange(10, 40), rng.randrange(100, 200))
        hops = ["from %s ([10.101.8.%d])\n\tby smtp-%s.iol.local with ESMTPA\n\tid %s; %s"
                % (ox, rng.randrange(10, 250), host.split("-")[1], ralnum(rng, 14), fmt_date(t, "eu")),
                "from [%s] by %s via HTTP; %s" % (user_ip, ox, fmt_date(t - D(seconds=1), "eu"))]
        msgid = "<%d.%d.%d@mail1.libero.it>" % (rng.randrange(10 ** 8, 2 * 10 ** 9), rng.randrange(10 ** 5, 10 ** 7), int((t - _dt.datetime(1970, 1, 1)).total_seconds() * 1000))
        return dict(client=(host, host, ip), tls="1.3", hops=hops, msgid=msgid, boundary=b_java, zone="eu",
                    hdrs=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev74"), ("X-Originating-Client", "open-xchange-appsuite"),
                          ("Importance", "Normal"), ("X-Priority", "3")], hcs=("UTF-8", "Q"))
    return f


def aruba(domain, pc="PC-AMMINISTRAZ", user_ip="93.44.190.17", client="outlook", lang="it", sid=None, dh=None):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        n = dh or rng.randrange(10, 30)
        host = "smtpdh%02d-%d.aruba.it" % (n, rng.randrange(1, 3))
        ip = "62.149.155.%d" % (140 + n)
        hops = ["from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (pc, user_ip, sid or ralnum(rng, 10), fmt_date(t, "eu"))]
        if client == "webmail":
            hops = ["from webmail-ng%d.aruba.it ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (rng.randrange(1, 9), user_ip, sid or ralnum(rng, 10), fmt_date(t, "eu"))]
            return dict(client=(host, host, ip), tls="1.2", hops=hops, msgid="<%s@%s>" % (rhex(rng, 32), domain),
                        hdrs=[("User-Agent", "Roundcube Webmail/1.4.15"), ("X-Sender", ctx.sender)], boundary=b_roundcube, zone="eu",
                        hcs=("UTF-8", "Q"))
        if client == "outlook":
            return dict(client=(host, host, ip), tls="1.2", hops=hops, msgid=_outlook_desktop_msgid(rng, t, domain),
                        hdrs=_outlook_desktop_hdrs(rng, ctx, lang), boundary=b_nextpart, zone="eu",
                        hcs=("iso-8859-1", "Q"), pre=[("X-CMAE-Envelope", "MS4xfK" + ralnum(rng, 70))])
        return dict(client=(host, host, ip), tls="1.2", hops=hops, msgid="<%s@%s>" % (ruuid(rng), domain),
                    hdrs=_tb_hdrs(lang), boundary=b_thunderbird, zone="eu", hcs=("UTF-8", "Q"))
    return f


def ionos(domain, user_ip="87.123.54.201", client="outlook", lang="de", pc="192.168.10.23", zone="eu"):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        hops = ["from [%s] ([%s]) by mrelayeu.kundenservice.de\n (mreue%03d [212.227.15.%d]) with ESMTPSA (Nemesis) id\n 1M%s-1t%s-00%s for <%s>; %s"
                % (pc, user_ip, rng.randrange(100, 115), rng.randrange(160, 190), ralnum(rng, 5), ralnum(rng, 7), ralnum(rng, 5), ctx.rcpt, fmt_date(t, zone))]
        common = dict(client=("mout.kundenservice.net", "mout.kundenservice.net", "212.227.17.%d" % rng.choice([10, 13, 24])), tls="1.3", hops=hops, zone=zone,
                      pre=[("X-Provags-ID", "V03:K1:" + ralnum(rng, 70)), ("UI-OutboundReport", "notjunk:1;M01:P0:" + ralnum(rng, 40))])
        if client == "outlook":
            common.update(msgid=_outlook_desktop_msgid(rng, t, domain), hdrs=_outlook_desktop_hdrs(rng, ctx, lang),
                          boundary=b_nextpart, hcs=("iso-8859-1", "Q"))
        elif client == "ox":
            # IONOS webmail (OX App Suite): submission recorded from the browser's IP
            common["hops"] = ["from oxbaltgw%02d.schlund.de ([%s]) by mrelayeu.kundenservice.de\n (mreue%03d [212.227.15.%d]) with ESMTPSA (Nemesis) id\n 1M%s-1t%s-00%s for <%s>; %s"
                              % (rng.randrange(10, 60), user_ip, rng.randrange(100, 115), rng.randrange(160, 190), ralnum(rng, 5), ralnum(rng, 7), ralnum(rng, 5), ctx.rcpt, fmt_date(t, zone))]
            common.update(msgid="<%d.%d.%d@email.ionos.de>" % (rng.randrange(10 ** 8, 2 * 10 ** 9), rng.randrange(10 ** 5, 10 ** 7), int((t - _dt.datetime(1970, 1, 1)).total_seconds() * 1000)),
                          hdrs=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev74"), ("X-Originating-Client", "open-xchange-appsuite"), ("Importance", "Normal")],
                          boundary=b_java, hcs=("UTF-8", "Q"))
        else:
            common.update(msgid="<%s@%s>" % (ruuid(rng), domain), hdrs=_tb_hdrs(lang), boundary=b_thunderbird, hcs=("UTF-8", "Q"))
        return common
    return f


def wp(user_ip="83.24.117.90"):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        n = rng.randrange(1, 6)
        host = "mx%d.wp.pl" % n
        hops = ["(wp-smtpd smtp.wp.pl %d invoked from network); %s" % (rng.randrange(10000, 40000), fmt_date(t + D(seconds=1), "eu")),
                "from %s.neoplus.adsl.tpnet.pl (HELO [192.168.1.%d]) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s"
                % ("-".join(user_ip.split(".")[::-1][:2]) + ".ipv4", rng.randrange(2, 50), ctx.sender, user_ip, ctx.sender, ctx.rcpt, fmt_date(t, "eu"))]
        return dict(client=(host, host, "212.77.101.%d" % (10 + n)), tls="1.3", hops=hops,
                    msgid="<%s@wp.pl>" % rhex(rng, 32), boundary=b_java, zone="eu",
                    hdrs=[("X-WP-MailID", rhex(rng, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")],
                    hcs=("iso-8859-2", "Q"))
    return f


def exim_host(host, ip, user_ip, client="thunderbird", domain=None, lang="pl", zone="eu", auth=True, cpanel=False, exim="4.98.1", hcs=None, local=False, pcname=None):
    """Shared hosting / small-business Exim server (also cPanel boxes)."""
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        dom = domain or ctx.sender.split("@")[1]
        eid = "1v%s-%s-%s" % (ralnum(rng, 4), "0000000" + ralnum(rng, 4, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), ralnum(rng, 4))
        if local:
            hop = "from %s by %s with local (Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                ctx.sender.split("@")[0], host, exim, ctx.sender, eid, ctx.rcpt, fmt_date(t, zone))
        else:
            hop = "from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim %s)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                user_ip, rng.randrange(49152, 65000), pcname or ("192.168.%d.%d" % (rng.randrange(0, 3), rng.randrange(2, 200))), host, exim, ctx.sender, eid, ctx.rcpt, fmt_date(t, zone))
        d = dict(client=(host, host, ip), tls="1.3", hops=[hop], zone=zone)
        pre = []
        if cpanel:
            pre = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                   ("X-AntiAbuse", "Primary Hostname - " + host),
                   ("X-AntiAbuse", "Original Domain - example.com"),
                   ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
                   ("X-AntiAbuse", "Sender Address Domain - " + dom),
                   ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, ctx.sender)),
                   ("X-Authenticated-Sender", "%s: %s" % (host, ctx.sender))]
        d["pre"] = pre
        if client == "thunderbird":
            d.update(msgid="<%s@%s>" % (ruuid(rng), dom), hdrs=_tb_hdrs(lang), boundary=b_thunderbird, hcs=hcs or ("UTF-8", "Q"))
        elif client == "outlook":
            d.update(msgid=_outlook_desktop_msgid(rng, t, dom), hdrs=_outlook_desktop_hdrs(rng, ctx, lang), boundary=b_nextpart, hcs=hcs or ("utf-8", "B"))
        elif client == "roundcube":
            d.update(msgid="<%s@%s>" % (rhex(rng, 32), dom), hdrs=[("User-Agent", "Roundcube Webmail/1.6.11")], boundary=b_roundcube, hcs=hcs or ("UTF-8", "Q"))
        elif client == "php":
            d.update(msgid="<%s@%s>" % (ralnum(rng, 43), dom), hdrs=[("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)")], boundary=b_php, hcs=hcs or ("UTF-8", "B"))
        elif client == "thebat":
            d.update(msgid="<%d.%s@%s>" % (rng.randrange(10 ** 9, 2 * 10 ** 9), (t + _dt.timedelta(hours=3)).strftime("%Y%m%d%H%M%S"), dom),
                     hdrs=[("X-Mailer", "The Bat! (v11.4.2) Professional"), ("X-Priority", "3 (Normal)")],
                     boundary=b_thebat, hcs=hcs or ("windows-1251", "B"))
        return d
    return f


def zimbra_otenet(user_ip="94.66.57.13"):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        n = rng.randrange(1, 5)
        host = "mta-out%d.otenet.gr" % n
        hops = ["from zimbra-web%02d.otenet.gr (zimbra-web%02d.otenet.gr [195.170.0.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                % (n, n, 40 + n, host, rhex(rng, 10, True), ctx.rcpt, fmt_date(t + D(seconds=1), "gr", True)),
                "from zimbra-web%02d.otenet.gr ([%s]) by zimbra-web%02d.otenet.gr; %s" % (n, user_ip, n, fmt_date(t, "gr"))]
        return dict(client=(host, host, "83.235.67.%d" % (210 + n)), tls="1.2", hops=hops, zone="gr",
                    msgid="<%d.%d.%d.JavaMail.zimbra@otenet.gr>" % (rng.randrange(10 ** 8, 2 * 10 ** 9), rng.randrange(10 ** 5, 10 ** 7), int((t - _dt.datetime(1970, 1, 1)).total_seconds() * 1000)),
                    hdrs=[("X-Mailer", "Zimbra 9.0.0_GA_4628 (ZimbraWebClient - GC141 (Win)/9.0.0_GA_4628)"), ("Thread-Index", ralnum(rng, 28)), ("Thread-Topic", _topic(ctx.m.subject))],
                    boundary=b_java, hcs=("utf-8", "B"))
    return f


def yandex(user_ip="95.55.130.66", zone="msk", biz=False):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        fw = "forward%d%s.mail.yandex.net" % (rng.choice([100, 101, 102, 500, 501, 502]), rng.choice("ab"))
        fip = "178.154.239.%d" % rng.randrange(70, 220)
        smtp = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (rng.randrange(10, 90), rng.choice(["klg", "vla", "sas", "myt"]))
        hops = ["from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s-%s\n\tfor <%s>; %s"
                % (smtp, smtp, _ip6(rng), fw, ralnum(rng, 10), ralnum(rng, 8), ctx.rcpt, fmt_date(t + D(seconds=1), "msk")),
                "from mail.yandex.ru (mail.yandex.ru [%s])\n\tby %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s"
                % (user_ip, smtp, ralnum(rng, 10), ralnum(rng, 8), fmt_date(t, "msk"))]
        return dict(client=(fw, fw, fip), tls="1.3", hops=hops, zone=zone,
                    pre=[("X-Yandex-Fwd", "1")],
                    msgid="<%d%d@mail.yandex.ru>" % (rng.randrange(100000, 999999), int((t - _dt.datetime(1970, 1, 1)).total_seconds())),
                    hdrs=[("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")], boundary=b_yandex,
                    hcs=("utf-8", "B"), mime_version="1.0")
    return f


def mailru(user_ip="46.242.11.130"):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        n = rng.randrange(10, 99)
        host = "smtp%d.i.mail.ru" % n
        fhost = "f%d.i.mail.ru" % rng.randrange(100, 800)
        hops = ["by %s with esmtpa (envelope-from <%s>)\n\tid 1v%s-%s; %s" % (host, ctx.sender, ralnum(rng, 4), ralnum(rng, 8), fmt_date(t, "msk")),
                "from [%s] by %s with HTTP;\n\t%s" % (user_ip, fhost, fmt_date(t, "msk"))]
        return dict(client=(host, host, "95.163.41.%d" % n), tls="1.3", hops=hops, zone="msk",
                    msgid="<%d.%d@%s>" % (int((t - _dt.datetime(1970, 1, 1)).total_seconds()), rng.randrange(10 ** 8, 10 ** 9), fhost),
                    hdrs=[("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % user_ip)],
                    boundary=b_mailru, hcs=("UTF-8", "B"))
    return f


def vps_postfix(helo, rdns, ip, domain=None, ua="roundcube", tls="1.3", zone="eu", hops_extra=(), hcs=None, lang="de", sub=None, by=None, hop_zone=None):
    """Attacker-run Postfix on a rented VPS (look-alike domains), a hosted
    Postfix mail service (sub= submission client) or a bare script (ua='direct')."""
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        dom = domain or ctx.sender.split("@")[1]
        hops = list(hops_extra)
        if ua != "direct":
            hops.append("from %s\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                        % (sub or "localhost (localhost [127.0.0.1])", by or helo, rhex(rng, 10, True), ctx.rcpt, fmt_date(t, hop_zone or zone, True)))
        d = dict(client=(helo, rdns, ip), tls=tls, hops=hops, zone=zone)
        if ua == "roundcube":
            d.update(msgid="<%s@%s>" % (rhex(rng, 32), dom), hdrs=[("User-Agent", "Roundcube Webmail/1.6.11")], boundary=b_roundcube, hcs=hcs or ("UTF-8", "Q"))
        elif ua == "outlook":
            d.update(msgid=_outlook_desktop_msgid(rng, t, dom), hdrs=_outlook_desktop_hdrs(rng, ctx, lang), boundary=b_nextpart, hcs=hcs or ("utf-8", "B"))
        elif ua == "thunderbird":
            d.update(msgid="<%s@%s>" % (ruuid(rng), dom), hdrs=_tb_hdrs(lang), boundary=b_thunderbird, hcs=hcs or ("UTF-8", "Q"))
        elif ua == "php":
            d.update(msgid="<%s@%s>" % (ralnum(rng, 43), dom), hdrs=[("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)")], boundary=b_php, hcs=hcs or ("UTF-8", "B"))
        else:  # 'direct' / python bulk script
            d.update(msgid="<%d.%d.%d@%s>" % (int((t - _dt.datetime(1970, 1, 1)).total_seconds()), rng.randrange(10 ** 4, 10 ** 5), rng.randrange(10 ** 8, 10 ** 9), dom),
                     hdrs=[], boundary=b_python, hcs=hcs or ("utf-8", "B"))
        return d
    return f


def sendgrid(em_domain, ip="167.89.101.193", helo=None, tls="1.3", unsub=None):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        h = helo or "%s.outbound-mail.sendgrid.net" % ralnum(rng, 8, "abcdefghijklmnopqrstuvwxyz")
        pod = "geopod-ismtpd-%d" % rng.randrange(1, 40)
        uid = rng.randrange(10 ** 7, 10 ** 8)
        hops = ["by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n\t%s.%09d +0000 UTC m=+%d.%09d"
                % (rhex(rng, 10), ralnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), rhex(rng, 10), "x", rhex(rng, 8, True), rng.randrange(10, 60),
                   (t + D(seconds=1)).strftime("%Y-%m-%d %H:%M:%S"), rng.randrange(10 ** 9), rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 9)),
                "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s (UTC)"
                % (base64.b64encode(str(uid).encode()).decode().rstrip("="), pod, ralnum(rng, 22), t.strftime("%a, %d %b %Y %H:%M:%S.") + "%03d +0000" % rng.randrange(1000))]
        rp = "bounces+%d-%s-%s=%s@%s" % (uid, rhex(rng, 4), ctx.rcpt.split("@")[0], ctx.rcpt.split("@")[1], em_domain)
        hdrs = [("X-SG-EID", "u001." + ralnum(rng, 90)), ("X-SG-ID", "u001." + ralnum(rng, 60)), ("X-Entity-ID", "u001." + ralnum(rng, 22))]
        if unsub:
            hdrs += [("List-Unsubscribe", unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        return dict(client=(h, h, ip), tls=tls, hops=hops, return_path=rp, zone="utc",
                    msgid="<%s@%s>" % (ralnum(rng, 22), pod), hdrs=hdrs, boundary=b_hex64, hcs=("UTF-8", "B"))
    return f


def mailgun(mg_domain, ip="159.135.228.18", unsub=None, zone="utc", tag=None):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        h = "m%s-%s.mailgun.net" % tuple(ip.split(".")[2:4]) if ip.startswith("159.135") else "m%s.%s.mailgun.net" % tuple(ip.split(".")[2:4])
        mid = rhex(rng, 24)
        hops = ["by %s with HTTP id %s; %s" % (rhex(rng, 12), mid, fmt_date(t, "gmt").replace("+0000", "GMT"))]
        rp = "bounce+%s.%d-%s=%s@%s" % (rhex(rng, 6), rng.randrange(10 ** 5, 10 ** 7), ctx.rcpt.split("@")[0], ctx.rcpt.split("@")[1], mg_domain)
        hdrs = [("Sender", "postmaster@" + mg_domain), ("X-Mailgun-Sending-Ip", ip),
                ("X-Mailgun-Sid", ralnum(rng, 60)), ("X-Mailgun-Batch-Id", mid)]
        if tag:
            hdrs.append(("X-Mailgun-Tag", tag))
        if unsub:
            hdrs += [("List-Unsubscribe", unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        return dict(client=(h, h, ip), tls="1.3", hops=hops, return_path=rp, zone=zone,
                    msgid="<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), rhex(rng, 16), mg_domain),
                    hdrs=hdrs, boundary=b_hex32, hcs=("utf-8", "B"))
    return f


def brevo(ip="77.32.148.%d", unsub=None, zone="eu"):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        addr = ip % rng.randrange(10, 250) if "%" in ip else ip
        h = "%s.d.sender-sib.com" % ralnum(rng, 2, "abcdefghijklmnopqrstuvwxyz")
        hops = ["from smtp-relay.brevo.com (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id 4c%s\n\tfor <%s>; %s"
                % (rng.randrange(0, 255), rng.randrange(0, 255), rng.randrange(1, 255), h, ralnum(rng, 10), ctx.rcpt, fmt_date(t, "utc", True))]
        hdrs = [("X-Mailin-EID", ralnum(rng, 40) + "%3D%3D%3F" + ctx.rcpt.replace("@", "%40")),
                ("X-sib-id", ralnum(rng, 90)), ("Feedback-ID", "%s.%d:%d:campaign:%s" % (addr, rng.randrange(10 ** 6, 10 ** 7), rng.randrange(1, 999), "Brevo"))]
        if unsub:
            hdrs += [("List-Unsubscribe", unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        return dict(client=(h, h, addr), tls="1.3", hops=hops, zone=zone,
                    return_path="bounces-%d-%s@%s" % (rng.randrange(10 ** 5, 10 ** 6), rhex(rng, 8), "d.sender-sib.com"),
                    msgid="<%s.%d@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), rng.randrange(10 ** 10, 10 ** 11)),
                    hdrs=hdrs, boundary=b_java, hcs=("UTF-8", "B"))
    return f


def ses(region="eu-west-1", ip="54.240.7.%d", unsub=None, zone="utc", mail_from_domain=None):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        addr = ip % rng.randrange(1, 60) if "%" in ip else ip
        h = "a%s-%s.smtp-out.%s.amazonses.com" % (addr.split(".")[2], addr.split(".")[3], region)
        mid = "0102019%s-%s-%s-%s-%s-%s-000000" % (rhex(rng, 9), rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 12))
        hdrs = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, ralnum(rng, 43))), ("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), addr))]
        if unsub:
            hdrs += [("List-Unsubscribe", unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        rp = ("%s@%s" % (mid, "%s.amazonses.com" % region)) if not mail_from_domain else ("%s@%s" % (mid, mail_from_domain))
        return dict(client=(h, h, addr), tls="1.3", hops=[], return_path=rp, zone=zone,
                    msgid="<%s@%s.amazonses.com>" % (mid, region), hdrs=hdrs, boundary=b_java, hcs=("UTF-8", "B"))
    return f


def google_notify(kind="accounts", reply_to_sender=None):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        n = rng.choice([69, 73, 41, 65])
        host = "mail-sor-f%d.google.com" % n
        hops = ["by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s"
                % (host, "d75a77b69052e-" + rhex(rng, 10) + "sor" + str(rng.randrange(10 ** 7, 10 ** 8)) + "1cf.5", ctx.rcpt, fmt_date(t, "pt", True))]
        pre = [("X-Google-Smtp-Source", "AGHT+I" + ralnum(rng, 60)),
               ("X-Received", "by 2002:a05:622a:%s:b0:%s:%s:%s with SMTP id d75a77b69052e-%smr%dcf.%d;\n        %s"
                % (rhex(rng, 4), rhex(rng, 3), rhex(rng, 4), rhex(rng, 4), rhex(rng, 10), rng.randrange(10 ** 6, 10 ** 7), rng.randrange(1, 30), fmt_date(t, "pt", True)))]
        bounce = {"accounts": "gaia.bounces.google.com", "drive": "doclist.bounces.google.com"}[kind]
        rp = "3%s@%s" % (ralnum(rng, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-."), bounce)
        msgid = "<%s@notifications.google.com>" % ralnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") if kind == "accounts" \
            else "<%s.0@google.com>" % ralnum(rng, 36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        return dict(client=(host, host, "209.85.220.%d" % n), tls="1.3", hops=hops, pre=pre, return_path=rp,
                    zone="utc" if kind == "accounts" else "pt", msgid=msgid, style="gmail", boundary=b_gmail,
                    hdrs=[("X-Notifications", rhex(rng, 32)), ("X-Notifications-Bounce-Info", ralnum(rng, 60))] if kind == "accounts" else [],
                    hcs=("UTF-8", "B"))
    return f


def github():
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        n = rng.choice([21, 25, 26, 28])
        host = "out-%d.smtp.github.com" % n
        hops = ["from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id 4c%s\n\tfor <%s>; %s"
                % (rhex(rng, 6), rng.randrange(1, 250), rng.randrange(1, 250), ralnum(rng, 11), ctx.rcpt, fmt_date(t, "pt"))]
        return dict(client=(host, host, "192.30.252.%d" % (183 + n)), tls="1.3", hops=hops, zone="pt",
                    return_path="noreply@github.com",
                    msgid="<%s_%s%d@lowworker-%s-%s.mail>" % (rhex(rng, 13), rhex(rng, 5), rng.randrange(10, 99), rhex(rng, 10), ralnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789")),
                    hdrs=[("X-Auto-Response-Suppress", "All")], boundary=b_mimepart, hcs=("UTF-8", "Q"))
    return f


def ms_notify(out=("EUR02-DB5-obe.outbound.protection.outlook.com", "mail-db5eur02on2101.outbound.protection.outlook.com", "40.107.249.101")):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        srv = "DB%dPEPF0000%s" % (rng.randrange(3, 9), rhex(rng, 4, True))
        hops = ["from %s.eurprd02.prod.outlook.com (2603:10a6:20b:%s::%d) by\n %s.mail.protection.outlook.com (2603:10a6:%s::%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9253.12; %s"
                % (srv, rhex(rng, 3), rng.randrange(2, 60), srv, rhex(rng, 3), rng.randrange(2, 60), fmt_date(t, "utc"))]
        return dict(client=out, tls="1.2", hops=hops, zone="utc", return_path=ctx.sender,
                    msgid="<%s@%s.eurprd02.prod.outlook.com>" % (ralnum(rng, 14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "." + ralnum(rng, 14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), srv.lower()),
                    hdrs=[("X-MS-Exchange-Organization-AuthSource", srv + ".eurprd02.prod.outlook.com"), ("X-Auto-Response-Suppress", "All"),
                          ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted")],
                    boundary=b_dotnet, hcs=("utf-8", "B"))
    return f


def docusign(site="eu"):
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        n = rng.randrange(11, 19)
        host = "mailout%d.%smail.docusign.net" % (n, "eu" if site == "eu" else "na")
        ip = "185.81.100.%d" % n if site == "eu" else "64.207.219.%d" % (70 + n)
        hops = ["from docusign.net (dsv-%s [10.%d.%d.%d]) by %s with ESMTP; %s"
                % (rhex(rng, 6), rng.randrange(1, 250), rng.randrange(1, 250), rng.randrange(1, 250), host, fmt_date(t, "utc"))]
        return dict(client=(host, host, ip), tls="1.2", hops=hops, zone="utc",
                    return_path="bounces@%smail.docusign.net" % ("eu" if site == "eu" else "na"),
                    msgid="<%s@docusign.net>" % rhex(rng, 32),
                    hdrs=[("X-Api-Host", "docusign.net"), ("X-Auto-Response-Suppress", "All")],
                    boundary=b_dotnet, hcs=("utf-8", "B"))
    return f


def mta(helo, rdns, ip, hops_fn=None, msgid_fn=None, hdrs=(), boundary=b_java, zone="eu", tls="1.3", hcs=("UTF-8", "B"), return_path=None, pre=()):
    """Generic system described by callables (used for portals and services)."""
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        d = dict(client=(helo, rdns, ip), tls=tls, zone=zone, hdrs=list(hdrs), boundary=boundary, hcs=hcs, pre=list(pre),
                 hops=hops_fn(ctx) if hops_fn else [],
                 msgid=msgid_fn(ctx) if msgid_fn else "<%s@%s>" % (rhex(rng, 24), ctx.sender.split("@")[1]))
        if return_path:
            d["return_path"] = return_path
        return d
    return f


def zoho(domain=None, ip="136.143.169.11", user_ip="88.26.201.74"):
    """Zoho Mail (EU data centre)."""
    def f(ctx):
        rng, t = ctx.rng, ctx.t
        dom = domain or ctx.sender.split("@")[1]
        host = "sender4-op-o%s.zoho.eu" % ip.split(".")[-1]
        ms = int((t - _dt.datetime(1970, 1, 1)).total_seconds() * 1000)
        hops = ["from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d%d.%d; %s" % (ms, rng.randrange(100, 999), rng.randrange(10 ** 8, 10 ** 9), fmt_date(t, "pt", True)),
                "from [%s] by mail.zoho.eu with HTTP;%s" % (user_ip, fmt_date(t, "pt", True)[4:])]
        return dict(client=(host, host, ip), tls="1.2", hops=hops, zone="eu",
                    msgid="<%x.%s.%d@%s>" % (ms, rhex(rng, 16), rng.randrange(10 ** 18, 10 ** 19), dom),
                    hdrs=[("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")],
                    boundary=b_java, hcs=("UTF-8", "B"))
    return f
