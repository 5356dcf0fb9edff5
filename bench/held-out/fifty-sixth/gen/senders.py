"""Sending-infrastructure profiles: each returns the trace/Received chain,
Message-ID and Date exactly as that system writes them."""
import base64

from infra import (TLS12, TLS13, TLS13_128, exchange_mapi, exim_hop, fmt, mid,
                   o365_chain, o365_outbound_host, o365_tail, plus, postfix_hop, postfix_qid)

TENANT_EXAMPLE = "3f8c2d41-7b0e-4a96-9c55-1e2b7d9a4c60"


def _res(mx, hops, msgid, date, tmx, trace=None, tail=None, env=None):
    return dict(mx=mx, hops=hops, mid=msgid, date=date, tmx=tmx,
                trace=trace or [], tail=tail or [], env=env)


# ---------------------------------------------------------------- internal
def internal(r, t, rcpt, server="EXCH01", ipoct=11, client="10.20.32.%d"):
    srv = "%s.corp.example.com" % server
    hops = [postfix_hop(r, srv, srv.lower(), "10.20.1.%d" % ipoct, "mail-int01.example.com",
                        rcpt, plus(t, 2), tls=TLS12),
            exchange_mapi(srv, t)]
    tail = [("x-ms-exchange-messagesentrepresentingtype", "1"),
            ("x-ms-exchange-transport-fromentityheader", "Hosted"),
            ("x-originating-ip", "[%s]" % (client % r.randrange(20, 200)))]
    return _res(("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), hops,
                mid(r, "exchange", srv), fmt(t, "DE"), plus(t, 3), tail=tail)


# ---------------------------------------------------------------- Microsoft 365 tenants
def o365(r, t, rcpt, region="eur", zone="DE", tenant=None, pfx="AM9PR04MB", prod="eurprd04", srv=None):
    helo, rdns, ip = o365_outbound_host(r, region)
    srv, hops = o365_chain(r, t, prod, pfx, srv)
    tail = o365_tail(r, t, tenant or r.uuid(), srv)
    return _res((helo, rdns, ip), hops, mid(r, "o365", srv), fmt(t, "UTC"), plus(t, 4), tail=tail)


# ---------------------------------------------------------------- Gmail (personal)
def gmail(r, t, rcpt):
    host = r.choice(["mail-wr1-f%d", "mail-ej1-f%d", "mail-lj1-f%d", "mail-ed1-f%d", "mail-wm1-f%d"]) % r.randrange(41, 72)
    ipmap = {"wr1": "209.85.221.%d", "ej1": "209.85.218.%d", "lj1": "209.85.208.%d",
             "ed1": "209.85.208.%d", "wm1": "209.85.128.%d"}
    ip = ipmap[host.split("-")[1]] % int(host.split("-f")[1])
    host += ".google.com"
    smtpid = "%s-%s%s.%d" % (r.choice(["2adb3069b0e04", "a640c23a62f3a", "5b1f17b1804b1", "4fb4d7f45d1cf"]),
                             r.choice(["a9a", "5c9", "43", "2fb"]) + r.hex(7) + "so", r.digits(7) + r.choice(["66b", "a12", "f8f", "1fa"]),
                             r.randrange(1, 4))
    hops = ["by %s with SMTP id %s\r\n        for <%s>; %s" % (host, smtpid, rcpt, fmt(plus(t, 1), "USP", "named"))]
    src = "AGHT+I" + r.alnum(68, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    trace = [("X-Gm-Message-State", "AOJu0Y" + r.alnum(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
             ("X-Google-Smtp-Source", src),
             ("X-Received", "by 2002:a17:907:%x:b0:a9a:%x:%x with SMTP id %s-%s.%d.%d;\r\n        %s" % (
                 r.randrange(0x100, 0xffff), r.randrange(0x100, 0xfff), r.randrange(0x100, 0xfff),
                 r.hex(12), r.hex(14), r.randrange(10 ** 11, 10 ** 12), int(t.timestamp()) % 10 ** 13,
                 fmt(plus(t, 1), "USP", "named")))]
    from mime import Raw
    trace = [(trace[0][0], trace[0][1]), (trace[1][0], trace[1][1]), (trace[2][0], Raw(trace[2][1]))]
    return _res((host, host, ip), hops, mid(r, "gmail"), fmt(t, "DE"), plus(t, 3), trace=trace)


# ---------------------------------------------------------------- GMX / WEB.DE
def gmx(r, t, rcpt, domain="gmx.de", client_ip="84.150.31.77", mode="webmail", zone="DE"):
    if domain in ("web.de",):
        mxh, mxip, nem, inner = "mout.web.de", "217.72.192.%d" % r.choice([73, 74, 75, 78]), "mrweb%d" % r.randrange(101, 110), "213.165.67.124"
        app = "3c-app-webde-bs%d" % r.randrange(10, 60)
    else:
        mxh, mxip, nem, inner = "mout.gmx.net", "212.227.17.%d" % r.choice([20, 21, 22]), "mrgmx%d" % r.randrange(101, 110), "212.227.17.168"
        app = "3c-app-gmx-bs%d" % r.randrange(10, 60)
    nid = "1M%s-1t%s-00%s" % (r.alnum(5), r.alnum(8), r.alnum(5))
    if mode == "webmail":
        hops = ["from %s ([172.19.170.%d]) by mail.%s (%s [%s]) with HTTP\r\n (Nemesis) id %s; %s" % (
                    app, r.randrange(10, 250), "gmx.net" if "gmx" in mxh else "web.de", nem, inner, nid, fmt(plus(t, 1), zone)),
                ]
        msgid = mid(r, "trinity", app, t)
        trace = []
        tail = [("X-Priority", "3"), ("Importance", "normal"), ("Sensitivity", "Normal"),
                ("X-UI-Message-Type", "mail"),
                ("X-Provags-ID", "V03:K1:" + r.alnum(68, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]
    else:
        hops = ["from smtpclient.apple ([%s]) by mail.%s (%s [%s]) with\r\n ESMTPSA (Nemesis) id %s; %s" % (
            client_ip, "gmx.net" if "gmx" in mxh else "web.de", nem, inner, nid, fmt(plus(t, 1), zone))]
        msgid = mid(r, "apple", domain)
        trace = []
        tail = [("X-Provags-ID", "V03:K1:" + r.alnum(68, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]
    return _res((mxh, mxh, mxip), hops, msgid, fmt(t, zone), plus(t, 4), trace=trace, tail=tail)


# ---------------------------------------------------------------- own mail server (Postfix) of a firm or VPS
def own_postfix(r, t, rcpt, host, rdns, ip, client_ip=None, auth=None, mua="thunderbird",
                domain=None, zone="DE", client_helo=None, tls=TLS13):
    hops = []
    if mua == "roundcube":
        hops.append(postfix_hop(r, "webmail.%s" % domain if domain else "localhost", "localhost", "127.0.0.1",
                                host, rcpt, plus(t, 1), zone, tls=None, auth=auth))
        msgid = mid(r, "roundcube", domain)
    else:
        hops.append(postfix_hop(r, client_helo or "[192.168.%d.%d]" % (r.randrange(0, 3), r.randrange(20, 200)),
                                None, client_ip, host, rcpt, plus(t, 1), zone, tls=TLS13_128, auth=auth))
        msgid = mid(r, {"thunderbird": "thunderbird", "outlook": "outlook", "apple": "apple",
                        "phpmailer": "phpmailer", "plain": "plain"}[mua], domain, t)
    return _res((host, rdns, ip), hops, msgid, fmt(t, zone), plus(t, 3))


def cpanel(r, t, rcpt, host, hostip, client_ip, envfrom, domain, mua="phpmailer", zone="DE", helo="[127.0.0.1]"):
    hops = [exim_hop(r, client_ip, helo, host, envfrom, rcpt, plus(t, 1), zone)]
    tail = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
            ("X-AntiAbuse", "Primary Hostname - %s" % host),
            ("X-AntiAbuse", "Original Domain - example.com"),
            ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
            ("X-AntiAbuse", "Sender Address Domain - %s" % domain),
            ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, envfrom)),
            ("X-Authenticated-Sender", "%s: %s" % (host, envfrom))]
    style = {"phpmailer": "phpmailer", "outlook": "outlook", "roundcube": "roundcube", "thunderbird": "thunderbird"}[mua]
    return _res((host, host, hostip), hops, mid(r, style, domain, t), fmt(t, zone), plus(t, 5), tail=tail)


# ---------------------------------------------------------------- bulk ESPs
def sendgrid(r, t, rcpt, bounce_domain, zone="UTC"):
    host = "%s.outbound-mail.sendgrid.net" % r.alnum(8, "abcdefghijklmnopqrstuvwxyz")
    ip = "149.72.%d.%d" % (r.randrange(1, 250), r.randrange(2, 250))
    node = "filterdrecv-%s-%s" % (r.hex(9), r.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    hops = ["by %s with SMTP id %s-1-%s-%s\r\n\t%s +0000 UTC m=+%d.%s" % (
                node, node, r.hex(8, True), r.randrange(2, 40),
                plus(t, 1).strftime("%Y-%m-%d %H:%M:%S.") + r.digits(9), r.randrange(10 ** 5, 10 ** 7), r.digits(9)),
            "from %s (unknown)\r\n\tby geopod-ismtpd-%d (SG) with HTTP\r\n\tid %s\r\n\t%s (UTC)" % (
                r.choice(["MjUwNTQ1NjM", "NDI3MDYyMTI", "MzgxNTU0OTc"]), r.randrange(1, 40), r.alnum(22),
                fmt(t, "UTC", "zero").replace(" +0000", ".%s +0000" % r.digits(3)))]
    tail = [("X-SG-EID", "u001." + r.alnum(120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
            ("X-SG-ID", "u001." + r.alnum(80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
            ("X-Entity-ID", "u001." + r.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==")]
    env = "bounces+%d-%s-%s=example.com@%s" % (r.randrange(10 ** 7, 5 * 10 ** 7), r.hex(4), rcpt.split("@")[0], bounce_domain)
    return _res((host, host, ip), hops, mid(r, "sendgrid"), fmt(t, "UTC", "zero"), plus(t, 3), tail=tail, env=env)


def mailgun(r, t, rcpt, mg_domain):
    a, b = r.randrange(200, 240), r.randrange(2, 250)
    host = "m%d-%d.mailgun.net" % (a, b)
    hops = ["by %s with HTTP id %s; %s" % (r.hex(12), r.hex(24), fmt(t, "UTC", "std").replace("+0000", "GMT"))]
    tail = [("X-Mailgun-Sid", base64.b64encode(r.hex(48).encode()).decode()[:60] + "=="),
            ("Sender", "postmaster@%s" % mg_domain)]
    env = "bounce+%s.%s-%s=example.com@%s" % (r.hex(6), r.hex(6), rcpt.split("@")[0], mg_domain)
    return _res((host, host, "159.135.%d.%d" % (a, b)), hops, mid(r, "mailgun", mg_domain, t),
                fmt(t, "UTC", "std"), plus(t, 2), tail=tail, env=env)


def ses(r, t, rcpt):
    a, b = r.choice([(7, 18), (7, 42), (5, 9), (6, 117)])
    host = "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (a, b)
    msgid = mid(r, "ses", None, t)
    tail = [("Feedback-ID", "::1.eu-west-1.%s=:AmazonSES" % r.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
            ("X-SES-Outgoing", "%s-54.240.%d.%d" % (t.strftime("%Y.%m.%d"), a, b))]
    env = msgid.strip("<>")
    return _res((host, host, "54.240.%d.%d" % (a, b)), [], msgid, fmt(t, "UTC"), plus(t, 1), tail=tail, env=env)


def brevo(r, t, rcpt, domain):
    a = r.randrange(100, 250)
    host = "mail28-%d.srv2.de.brevo.com" % a
    tail = [("X-Mailer", "Brevo"), ("X-Mailin-EID", base64.b64encode(r.hex(30).encode()).decode()[:40]),
            ("X-sib-id", r.alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))]
    env = "bounces-%d-%s@%s" % (r.randrange(10 ** 6, 10 ** 7), r.hex(8), "em.%s" % domain)
    return _res(("smtp-relay.brevo.com", host, "185.41.28.%d" % a), [], mid(r, "brevo", None, t),
                fmt(t, "UTC"), plus(t, 2), tail=tail, env=env)


def mailchimp(r, t, rcpt, user_id, list_id, camp):
    a, b = r.randrange(128, 140), r.randrange(2, 250)
    host = "mail%d-%d.atl%d.mcdlv.net" % (a, b, r.randrange(11, 91))
    tail = [("X-Mailer", "MailChimp Mailer - **CID%s**" % camp),
            ("X-Campaign", "mailchimp%s.%s" % (user_id, camp)),
            ("X-campaignid", "mailchimp%s.%s" % (user_id, camp)),
            ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (user_id, camp, r.hex(10))),
            ("X-MC-User", user_id),
            ("Feedback-ID", "%d:%d.%d:us21:mc" % (r.randrange(10 ** 8, 2 * 10 ** 8), r.randrange(10 ** 8, 2 * 10 ** 8), r.randrange(10 ** 6, 10 ** 7))),
            ("List-ID", "%s mailchimp list <%s.%s.list-id.mcsv.net>" % (list_id, user_id, list_id)),
            ("X-Accounttype", "pd")]
    env = "bounce-mc.us21_%s.%s-%s=example.com@%s" % (user_id[:9], camp, rcpt.split("@")[0], host)
    msgid = "<%s.%s.%s.%s.%s@%s>" % (user_id, r.digits(10), t.strftime("%Y%m%d%H%M%S"), r.hex(13), r.hex(8), host)
    return _res((host, host, "198.2.%d.%d" % (a, b)), [], msgid, fmt(t, "UTC"), plus(t, 2), tail=tail, env=env)


def cleverreach(r, t, rcpt, client_id):
    a = r.randrange(10, 99)
    host = "mta%d.crsend.com" % a
    msgid = "<%s.%s@crsend.com>" % (r.hex(32), client_id)
    env = "bounce-%s-%s@bounce.crsend.com" % (client_id, r.hex(16))
    tail = [("X-Mailer", "CleverReach Mailer"), ("X-CSA-Complaints", "csa-complaints@eco.de")]
    return _res((host, host, "85.158.%d.%d" % (r.randrange(180, 184), a)), [], msgid, fmt(t, "DE"),
                plus(t, 2), tail=tail, env=env)


def freshmail(r, t, rcpt, domain):
    a = r.randrange(2, 60)
    host = "mta%d.freshmail.pl" % a
    msgid = "<%s@%s>" % (r.hex(32), "freshmail.pl")
    env = "bounce-%s@bounce.freshmail.pl" % r.hex(20)
    tail = [("X-Mailer", "FreshMail Mailer"), ("X-FM-Campaign", r.hex(10))]
    return _res((host, host, "46.29.%d.%d" % (r.randrange(16, 20), a)), [], msgid, fmt(t, "PL"),
                plus(t, 2), tail=tail, env=env)


# ---------------------------------------------------------------- big services
def google_notif(r, t, rcpt, bounce="gaia"):
    n = r.choice([69, 70, 73])
    host = "mail-sor-f%d.google.com" % n
    hops = ["by %s with SMTP id %s-%s.%d\r\n        for <%s>\r\n        (Google Transport Security);\r\n        %s" % (
        host, r.choice(["3f1490d57ef6", "6a1803df08f44", "d75a77b69052e"]), r.hex(12) + "sor" + r.digits(7), r.randrange(1, 9),
        rcpt, fmt(plus(t, 1), "USP", "named"))]
    from mime import Raw
    trace = [("X-Google-Smtp-Source", "AGHT+I" + r.alnum(68, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
             ("X-Received", Raw("by 2002:a05:6214:%x:b0:6d3:%x:%x with SMTP id %s-%s.%d.%d;\r\n        %s" % (
                 r.randrange(0x100, 0xffff), r.randrange(0x100, 0xfff), r.randrange(0x100, 0xfff),
                 r.hex(12), r.hex(14), r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13),
                 fmt(plus(t, 1), "USP", "named"))))]
    env = "%s@%s.bounces.google.com" % (r.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"), bounce)
    return _res((host, host, "209.85.220.%d" % n), hops, mid(r, "google" if bounce == "gaia" else "google-drive"), fmt(t, "UTC", "zero").replace("+0000", "GMT"),
                plus(t, 3), trace=trace, env=env)


def github(r, t, rcpt):
    n = r.choice([(22, 205), (26, 209), (20, 203)])
    host = "out-%d.smtp.github.com" % n[0]
    node = "github-lowworker-%s.va3-iad.github.net" % r.hex(9)
    hops = [postfix_hop(r, "github.com", node, "10.48.%d.%d" % (r.randrange(1, 250), r.randrange(1, 250)),
                        "smtp.github.com", rcpt, plus(t, 1), "USP", tls=None, proto="ESMTPA")]
    msgid = "<%s_%s@%s.mail>" % (r.hex(13), r.hex(16), node)
    return _res((host, host, "192.30.252.%d" % n[1]), hops, msgid, fmt(t, "USP"), plus(t, 2), env="noreply@github.com")


def ms_accountprotection(r, t, rcpt):
    helo = "BN1PR04CU002.outbound.protection.outlook.com"
    a = r.randrange(2, 250)
    rdns = "mail-eastus2azon110200%02d.outbound.protection.outlook.com" % (a % 100)
    hop = ("from BL02EPF0001A0F%d.namprd21.prod.outlook.com (2603:10b6:208:%x::%x) by\r\n"
           " BN0PR21MB3127.namprd21.prod.outlook.com with Microsoft SMTP Server (version=TLS1_3,\r\n"
           " cipher=TLS_AES_256_GCM_SHA384) id 15.20.8251.9; %s") % (
        r.randrange(1, 9), r.randrange(0x100, 0xfff), r.randrange(1, 0xff), fmt(t, "UTC"))
    msgid = "<%s.%s@BL02EPF0001A0F%d>" % (r.alnum(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                         r.alnum(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), r.randrange(1, 9))
    return _res((helo, rdns, "52.101.56.%d" % a), [hop], msgid, fmt(t, "UTC"), plus(t, 3),
                env="account-security-noreply@accountprotection.microsoft.com")


def ms_mc(r, t, rcpt):
    helo, rdns, ip = o365_outbound_host(r, "nam")
    srv, hops = o365_chain(r, t, "namprd11", "SJ0PR11MB")
    return _res((helo, rdns, ip), hops, mid(r, "o365", srv), fmt(t, "UTC"), plus(t, 3), env="o365mc@microsoft.com")


def yandex_out(r, t, rcpt, client_ip=None, webmail=True, msgstyle="yandex", domain="yandex.ru"):
    n = r.randrange(100, 520)
    host = "forward%da.mail.yandex.net" % n
    ip = "178.154.239.%d" % r.randrange(64, 220)
    inner = "mail-nwsmtp-smtp-production-main-%d.klg.yp-c.yandex.net" % r.randrange(10, 90)
    hop2 = ("from %s (%s [%s])\r\n\tby %s (Yandex) with ESMTPS id %s-%s;\r\n\t%s" % (
        inner, inner, "2a02:6b8:c42:%x:0:640:%x:0" % (r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff)),
        host.replace("forward", "forward").replace("a.mail", "a.mail"), r.alnum(10), r.alnum(8), fmt(plus(t, 1), "RU")))
    hops = [hop2]
    if client_ip:
        hops.append("from %s (unknown [%s])\r\n\tby %s (smtp/Yandex) with ESMTPSA id %s-%s;\r\n\t%s" % (
            "[192.168.1.%d]" % r.randrange(2, 200), client_ip, inner, r.alnum(10), r.alnum(8), fmt(t, "RU")))
    if msgstyle == "thebat":
        msgid = mid(r, "thebat", domain, t)
    elif msgstyle == "outlook":
        msgid = mid(r, "outlook", domain, t)
    else:
        msgid = mid(r, "yandex", domain, t)
    return _res((host, host, ip), hops, msgid, fmt(t, "RU"), plus(t, 3))


def docusign_eu(r, t, rcpt):
    n = r.randrange(10, 40)
    host = "mailch%d.eu.docusign.net" % n
    msgid = "<%s@docusign.net>" % r.hex(32)
    env = "bounces+%s@eumail.docusign.net" % r.hex(16)
    return _res((host, host, "185.81.102.%d" % n), [], msgid, fmt(t, "UTC", "std"), plus(t, 2), env=env)


def paypal(r, t, rcpt):
    n = r.choice([225, 226, 233])
    host = "mx%d.slc.paypal.com" % (n - 225)
    msgid = "<%s.%s@paypal.com>" % (r.hex(16), r.digits(13))
    return _res((host, host, "173.0.84.%d" % n), [], msgid, fmt(t, "USP"), plus(t, 2), env="service@paypal.co.uk")


def italiaonline(r, t, rcpt, client_ip):
    n = r.randrange(10, 60)
    host = "smtp-%d-i2.italiaonline.it" % n
    hops = ["from oxapps-%d-%d.iol.local ([10.101.8.%d])\r\n\tby smtp-%d.iol.local with ESMTPA\r\n\tid %s; %s" % (
        r.randrange(10, 40), r.randrange(100, 200), r.randrange(2, 250), n, r.alnum(20), fmt(plus(t, 1), "IT"))]
    msgid = "<%d.%d.%d@mail.libero.it>" % (r.randrange(10 ** 8, 2 * 10 ** 9), r.randrange(10 ** 5, 10 ** 6), int(t.timestamp() * 1000))
    tail = [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev68"), ("X-Originating-IP", client_ip)]
    return _res(("libero.it", host, "213.209.10.%d" % n), hops, msgid, fmt(t, "IT"), plus(t, 3), tail=tail)


def wp_pl(r, t, rcpt, client_ip):
    n = r.randrange(2, 9)
    host = "mx%d.wp.pl" % n
    hops = ["from %s (HELO [192.168.0.%d]) (%s@[%s])\r\n          (envelope-sender <%s>)\r\n          by smtp.wp.pl (WP-SMTPD) with ESMTPSA for <%s>; %s" % (
        client_ip, r.randrange(2, 200), "krzysztof.nowak1983", client_ip, "krzysztof.nowak1983@wp.pl", rcpt, fmt(plus(t, 1), "PL"))]
    tail = [("X-WP-MailID", r.hex(32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    return _res((host, host, "212.77.101.%d" % (n + 8)), hops, mid(r, "thunderbird", "wp.pl"),
                fmt(t, "PL"), plus(t, 3), tail=tail)


def otenet(r, t, rcpt, client_ip):
    host = "mx-out%d.otenet.gr" % r.randrange(1, 5)
    hops = ["from DESKTOP-%s (ppp-%s.home.otenet.gr [%s])\r\n\tby mailgw%d.otenet.gr (Postfix) with ESMTPSA id %s;\r\n\t%s" % (
        r.alnum(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), client_ip.replace(".", "-"), client_ip, r.randrange(1, 5),
        postfix_qid(r, t), fmt(plus(t, 1), "GR", "postfix"))]
    return _res((host, host, "83.235.69.%d" % r.randrange(20, 40)), hops, mid(r, "outlook", "otenet.gr", t),
                fmt(t, "GR"), plus(t, 3))


def aruba(r, t, rcpt, client_ip, domain, client_name=None, zone="IT"):
    n = r.randrange(15100, 15300)
    host = "smtpcmd%d.aruba.it" % n
    hops = ["from %s ([%s])\r\n\tby Aruba Outgoing Smtp  with ESMTPSA\r\n\tid %s; %s" % (
        client_name or "DESKTOP-" + r.alnum(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), client_ip,
        r.alnum(22), fmt(plus(t, 1), zone, "zero"))]
    tail = [("X-CMAE-Envelope", "MS4xfG" + r.alnum(120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]
    return _res((host, host, "62.149.156.%d" % (n - 15000)), hops, mid(r, "outlook", domain, t), fmt(t, zone),
                plus(t, 3), tail=tail)


def gws_relay(r, t, rcpt, client_host, client_ip, domain, msgid, zone="PL"):
    n = r.randrange(90, 99)
    host = "mail-pj1-f%d.google.com" % n
    hops = ["by %s with SMTP id %s-%s.%d\r\n        for <%s>; %s" % (
                host, "98e67ed59e1d1", r.hex(12) + "so" + r.digits(7) + "a12", r.randrange(1, 4), rcpt,
                fmt(plus(t, 2), "USP", "named")),
            "from %s ([%s])\r\n        by smtp-relay.gmail.com with ESMTPS id %s-%s.%d.%d\r\n        for <%s>\r\n"
            "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n        %s" % (
                client_host, client_ip, "98e67ed59e1d1", r.hex(12), r.randrange(1, 9), r.randrange(1, 99), rcpt,
                fmt(plus(t, 1), "USP", "named"))]
    trace = [("X-Relaying-Domain", domain)]
    return _res((host, host, "209.85.216.%d" % n), hops, msgid, fmt(t, zone), plus(t, 4), trace=trace)
