"""Sending-infrastructure profiles: the connecting client seen by mx01, the
sender's own Received hops, Message-ID / X-Mailer style and MIME boundary style.
Each profile returns a dict: client, hops, msgid, extra (headers), bstyle."""
from mime import fmt, sec, h, hn, uuid, ALNUM, UPHEX

B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def outlook_mid(key, domain):
    """Outlook desktop (SMTP/IMAP account) style: <0003 01dc xxxx $ 8hex $ 8hex $@domain>"""
    return "<00%s01dc%s$%s$%s$@%s>" % (h(key + "o0", 2), h(key + "o1", 4), h(key + "o2", 8), h(key + "o3", 8), domain)


# ------------------------------------------------------------------ internal
def exchange_internal(key, t, rcpt, mbx="EXMBX02", ws_ip="10.20.31.57", lang="de-DE"):
    ip = {"EXMBX01": "10.20.0.41", "EXMBX02": "10.20.0.42", "EXMBX03": "10.20.0.43"}[mbx]
    fe = "fe80::%s:%s:%s:%s" % (h(key + "a", 4), h(key + "b", 4), h(key + "c", 4), h(key + "d", 4))
    hops = [
        "Received: from %s.corp.example.com (%s.corp.example.com [%s])\n"
        "\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
        % (mbx, mbx.lower(), ip, h(key + "q", 10, UPHEX), rcpt, fmt(sec(t, -1), "DE", True)),
        "Received: from %s.corp.example.com ([%s]) by\n %s.corp.example.com ([%s%%4]) with mapi id\n"
        " 15.02.1748.010; %s" % (mbx, fe, mbx, fe, fmt(sec(t, -2), "DE")),
    ]
    mid = "<%s@%s.corp.example.com>" % (h(key + "mid", 32), mbx)
    extra = [("Thread-Topic", "__TT__"), ("Thread-Index", "A" + h(key + "ti", 29, ALNUM) + "=="),
             ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
             ("X-MS-Has-Attach", None), ("X-MS-TNEF-Correlator", ""),
             ("x-originating-ip", "[%s]" % ws_ip)]
    return dict(client=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"),
                hops=hops, msgid=mid, extra=extra,
                bstyle="ms:%s%s%s_" % (h(key + "mid", 32), mbx, "corpexamplecom"), tls="1.3")


# ------------------------------------------------------------------ Microsoft 365
def m365(key, t, domain, region="EUR", pod="AM9PR04", org_lang="en-GB", consumer=False,
         outbound_ip=None):
    mb = "%sMB%d" % (pod, hn(key + "mb", 1000, 9999))
    mb2 = "%sMB%d" % (pod, hn(key + "mb2", 1000, 9999))
    if consumer or "PR" not in pod[3:]:
        dom = "%s.%sP%s.PROD.OUTLOOK.COM" % (mb, "EUR" if consumer else region, pod[-3:])
    else:
        dom = "%s.%sPRD%s.PROD.OUTLOOK.COM" % (mb, region, pod[-2:])
    dom2 = dom.replace(mb, mb2)
    if consumer:
        n = hn(key + "n", 2010, 2099)
        ip = outbound_ip or "40.92.%d.%d" % (hn(key + "i1", 64, 110), hn(key + "i2", 10, 250))
        rdns = "mail-am6eur05olkn%d.outbound.protection.outlook.com" % n
        helo = "EUR05-AM6-obe.outbound.protection.outlook.com"
    else:
        n = hn(key + "n", 2010, 2139)
        ip = outbound_ip or "40.107.%d.%d" % (hn(key + "i1", 20, 250), hn(key + "i2", 10, 250))
        rdns = "mail-db8eur03on%d.outbound.protection.outlook.com" % n
        helo = "EUR03-DB8-obe.outbound.protection.outlook.com"
    v6a = "2603:10a6:%x:%x::%x" % (hn(key + "v1", 16, 800), hn(key + "v2", 1, 900), hn(key + "v3", 5, 30))
    fe = "fe80::%s:%s:%s:%s" % (h(key + "fa", 4), h(key + "fb", 4), h(key + "fc", 4), h(key + "fd", 4))
    hops = [
        "Received: from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n"
        " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9203.12;\n %s"
        % (dom, v6a, dom2, v6a.replace("::", ":1::"), fmt(sec(t, -2), "UTC")),
        "Received: from %s\n ([%s]) by %s\n ([%s%%3]) with mapi id 15.20.9203.011; %s"
        % (dom, fe, dom, fe, fmt(sec(t, -3), "UTC")),
    ]
    mid = "<%s%s@%s>" % (mb, h(key + "id", 28, UPHEX), dom)
    tenant = uuid("tenant/" + domain)
    extra = [("Thread-Topic", "__TT__"),
             ("Thread-Index", "A" + h(key + "ti", 29, ALNUM) + "=="),
             ("Accept-Language", "%s, en-US" % org_lang), ("Content-Language", org_lang),
             ("X-MS-Has-Attach", None), ("X-MS-TNEF-Correlator", None),
             ("msip_labels", None),
             ("x-ms-publictraffictype", "Email"),
             ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", fmt(sec(t, -3), "UTC").split(", ")[1][:20].strip() + " (UTC)"),
             ("X-MS-Exchange-CrossTenant-id", tenant),
             ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", dom2.split(".")[0])]
    if consumer:
        extra = [x for x in extra if not x[0].startswith("X-MS-Exchange-CrossTenant")] + \
            [("X-Microsoft-Original-Message-ID", mid)]
    return dict(client=(helo, rdns, ip), hops=hops, msgid=mid, extra=extra,
                bstyle="ms:%s%s%s_" % (mb, h(key + "id", 28, UPHEX), dom.split(".")[0].lower()),
                tls="1.3")


# ------------------------------------------------------------------ consumer webmail
def gmail(key, t, rcpt, tzone="DE", api=False):
    n = hn(key + "n", 41, 74)
    host = "mail-%s-f%d.google.com" % (["wr1", "ed1", "ej1", "lf1", "wm1"][n % 5], n)
    ip = "209.85.%d.%d" % ([221, 208, 218, 167, 128][n % 5], n)
    hops = ["Received: by %s with SMTP id %s-%s.%d\n        for <%s>; %s"
            % (host, h(key + "s", 13), h(key + "s2", 12) + "so" + str(hn(key, 100000, 999999)) + "f8f",
               hn(key + "z", 0, 3), rcpt, fmt(sec(t, -2), "PT", True)),
            "X-Received: by 2002:a05:6000:%s:b0:%s:%s:%s with SMTP id %s-%s.%d;\n        %s"
            % (h(key + "x1", 4), h(key + "x2", 3), h(key + "x3", 4), h(key + "x4", 4),
               h(key + "s", 13), h(key + "s3", 11), hn(key + "y", 0, 30), fmt(sec(t, -1), "PT", True))]
    mid = "<CA%s@mail.gmail.com>" % h(key + "g", 52, ALNUM + "+_-")
    return dict(client=(host, host, ip), hops=hops, msgid=mid, extra=[], bstyle="gmail", tls="1.3")


def gmx(key, t, user_ip="2.207.141.88", brand="gmx"):
    if brand == "gmx":
        mout, ip, mr, app = "mout.gmx.net", "212.227.17.%d" % hn(key, 20, 22), "mrgmx%03d" % hn(key + "m", 100, 115), "3c-app-gmx-bap%02d" % hn(key + "a", 10, 70)
        web = "web-mail.gmx.net"
    else:
        mout, ip, mr, app = "mout.web.de", "217.72.192.%d" % hn(key, 74, 78), "mrweb%03d" % hn(key + "m", 100, 115), "3c-app-webde-bs%02d" % hn(key + "a", 10, 60)
        web = "web-mail.web.de"
    hops = ["Received: from %s ([%s]) by %s\n (%s [212.227.17.%d]) with ESMTPSA (Nemesis) id %s;\n %s"
            % (app, user_ip, "mail.gmx.net" if brand == "gmx" else "mail.web.de", mr,
               hn(key + "r", 160, 200), "1M" + h(key + "nm", 5, ALNUM) + "-1" + h(key + "nm2", 10, ALNUM) + "-00" + h(key + "nm3", 4, ALNUM),
               fmt(sec(t, -2), "DE")),
            "Received: from [%s] ([%s]) by %s\n (%s.server.lan [172.19.172.%d]) (via HTTP); %s"
            % (user_ip, user_ip, web, app, hn(key + "l", 10, 200), fmt(sec(t, -3), "DE"))]
    mid = "<trinity-%s-%d@%s>" % (uuid(key + "tr"), int(sec(t, -3).timestamp() * 1000) + hn(key, 0, 999), app)
    extra = [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
             ("X-Provags-ID", "V03:K1:" + h(key + "pv", 60, ALNUM + "/+") + "=="),
             ("X-UI-Message-Type", "mail")]
    return dict(client=(mout, mout, ip), hops=hops, msgid=mid, extra=extra, bstyle="generic", tls="1.3")


def libero(key, t, user_ip="93.40.172.19"):
    n = hn(key + "n", 20, 45)
    hops = ["Received: from libero.it ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s"
            % (hn(key + "l", 20, 60), n, h(key + "id", 14, ALNUM), fmt(sec(t, -2), "IT")),
            "Received: from [%s] by mail1.libero.it with HTTP; %s" % (user_ip, fmt(sec(t, -3), "IT"))]
    mid = "<%d.%d.%d@mail1.libero.it>" % (hn(key + "a", 10 ** 8, 2 * 10 ** 9), hn(key + "b", 10 ** 5, 10 ** 7), int(sec(t, -3).timestamp() * 1000))
    extra = [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"), ("X-Originating-IP", user_ip),
             ("Importance", "Normal"), ("X-Priority", "3 (Normal)")]
    return dict(client=("smtp-%d.iol.local" % n, "smtp-%d.italiaonline.it" % n, "213.209.10.%d" % n),
                hops=hops, msgid=mid, extra=extra, bstyle="javamail", tls="1.3")


def wp(key, t, user_ip="83.26.148.71"):
    hops = ["Received: from [%s] by poczta.wp.pl (Poczta WP) with HTTPS; %s"
            % (user_ip, fmt(sec(t, -2), "PL"))]
    mid = "<%s@wp.pl>" % h(key + "wp", 32)
    extra = [("X-Mailer", "Poczta WP"), ("X-WP-MailID", h(key + "mi", 32)),
             ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    return dict(client=("mx.wp.pl", "mx.wp.pl", "212.77.101.%d" % hn(key, 10, 13)), hops=hops,
                msgid=mid, extra=extra, bstyle="javamail", tls="1.3")


def otenet(key, t, user_ip="94.66.57.130"):
    hops = ["Received: from [%s] (ppp-%s.home.otenet.gr [%s])\n\tby mailout.otenet.gr (Postfix) with ESMTPSA id %s;\n\t%s"
            % (user_ip, user_ip.replace(".", "-"), user_ip, h(key + "q", 11, UPHEX), fmt(sec(t, -2), "GR", True))]
    mid = "<%s@otenet.gr>" % h(key + "rc", 32)
    extra = [("User-Agent", "Roundcube Webmail/1.6.9")]
    return dict(client=("mailout.otenet.gr", "mailout.otenet.gr", "83.235.69.%d" % hn(key, 20, 40)), hops=hops,
                msgid=mid, extra=extra, bstyle="generic", tls="1.2")


def yandex(key, t, user_ip="95.24.188.14"):
    f = "forward%d%s.mail.yandex.net" % (hn(key, 100, 503), "abcd"[hn(key + "f", 0, 3)])
    hops = ["Received: from mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net\n"
            " (mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c0f:%s:0:640:%s:0])\n"
            "\tby %s (Yandex) with ESMTPS id %s\n\tfor <__RCPT__>; %s"
            % (hn(key, 10, 90), hn(key, 10, 90), h(key + "6", 4), h(key + "7", 4), f, h(key + "y", 10, ALNUM),
               fmt(sec(t, -1), "RU")),
            "Received: by mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s"
            % (hn(key, 10, 90), h(key + "a", 10, ALNUM), h(key + "b", 8, ALNUM), fmt(sec(t, -2), "RU"))]
    mid = "<%d%d@mail.yandex.ru>" % (hn(key + "m", 100000, 999999), int(sec(t, -3).timestamp()))
    extra = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    return dict(client=(f, f, "178.154.239.%d" % hn(key, 72, 220)), hops=hops, msgid=mid,
                extra=extra, bstyle="yandex", tls="1.3")


def mailru(key, t, user_ip="176.59.41.17"):
    fh = "f%d.i.mail.ru" % hn(key, 100, 499)
    sh = "smtp%d.i.mail.ru" % hn(key + "s", 30, 60)
    hops = ["Received: by %s with local (envelope-from <__MAILFROM__>)\n\tid 1v%s-%s-%s; %s"
            % (fh, h(key + "a", 4, ALNUM), "0000000" + h(key + "b", 4, ALNUM), h(key + "c", 4, ALNUM),
               fmt(sec(t, -2), "RU")),
            "Received: from [%s] by e.mail.ru with HTTP;\n\t%s" % (user_ip, fmt(sec(t, -3), "RU"))]
    mid = "<%d.%d@%s>" % (int(sec(t, -3).timestamp()), hn(key + "m", 10 ** 8, 10 ** 9), fh)
    extra = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % user_ip),
             ("X-Priority", "3 (Normal)")]
    return dict(client=(sh, sh, "94.100.%d.%d" % (hn(key, 176, 191), hn(key + "o", 2, 250))),
                hops=hops, msgid=mid, extra=extra, bstyle="generic", tls="1.3")


# ------------------------------------------------------------------ hosted SMB mail
def ionos(key, t, domain, user_ip="91.64.142.77", ua="thunderbird"):
    hops = ["Received: from [192.168.178.%d] ([%s]) by mrelayeu.kundenserver.de\n"
            " (mreue%03d [212.227.15.%d]) with ESMTPSA (Nemesis) id %s; %s"
            % (hn(key, 20, 60), user_ip, hn(key + "m", 100, 112), hn(key + "i", 160, 190),
               "1M" + h(key + "n1", 5, ALNUM) + "-1" + h(key + "n2", 10, ALNUM) + "-00" + h(key + "n3", 4, ALNUM),
               fmt(sec(t, -2), "DE"))]
    mid = "<%s@%s>" % (uuid(key + "u"), domain)
    extra = [("User-Agent", "Mozilla Thunderbird")] if ua == "thunderbird" else [("X-Mailer", ua)]
    extra.append(("X-Provags-ID", "V03:K1:" + h(key + "pv", 60, ALNUM + "/+") + "=="))
    return dict(client=("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % hn(key, 130, 235)),
                hops=hops, msgid=mid, extra=extra, bstyle="tb", tls="1.3")


def aruba(key, t, domain, user_ip="93.44.201.9", ua="Microsoft Outlook 16.0"):
    n = hn(key, 10, 99)
    hops = ["Received: from PCAMM%02d ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
            % (hn(key + "p", 1, 12), user_ip, h(key + "a", 13, ALNUM), fmt(sec(t, -2), "IT"))]
    if ua.startswith("Microsoft Outlook"):
        mid = outlook_mid(key, domain)
        extra = [("X-Mailer", ua), ("Thread-Index", "A" + h(key + "ti", 29, ALNUM) + "=="),
                 ("Content-Language", "it")]
        bst = "nextpart"
    else:
        mid = "<%s@%s>" % (uuid(key + "u"), domain)
        extra = [("User-Agent", ua)]
        bst = "tb"
    return dict(client=("smtpcmd%04d.aruba.it" % (n + 800), "smtpcmd%04d.aruba.it" % (n + 800), "62.149.156.%d" % n),
                hops=hops, msgid=mid, extra=extra, bstyle=bst, tls="1.3")


def own_postfix(key, t, host, ip, domain, user_ip, tzone="DE", ua=None, mid_style="tb",
                auth=None, rdns=None, tls="1.3", helo=None):
    """Company's own mail server (or a VPS attacker running Postfix)."""
    auth_line = "\t(Authenticated sender: %s)\n" % auth if auth else ""
    uip = user_ip.split("|")[0]
    if uip == "127.0.0.1" and mid_style == "php":      # PHP mail() via local sendmail
        hops = ["Received: by %s (Postfix, from userid 33)\n\tid %s; %s"
                % (host, h(key + "q", 11, UPHEX), fmt(sec(t, -2), tzone, True))]
    elif uip == "127.0.0.1":                           # local script talking SMTP to localhost
        hops = ["Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s"
                % (host, h(key + "q", 11, UPHEX), fmt(sec(t, -2), tzone, True))]
    else:
        hops = ["Received: from [%s] (%s [%s])\n%s\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
                % (uip, user_ip.split("|")[1] if "|" in user_ip else "unknown",
                   uip, auth_line, host, h(key + "q", 11, UPHEX), fmt(sec(t, -2), tzone, True))]
    if mid_style == "tb":
        mid = "<%s@%s>" % (uuid(key + "u"), domain)
        extra = [("User-Agent", ua or "Mozilla Thunderbird")]
        bst = "tb"
    elif mid_style == "outlook":
        mid = outlook_mid(key, domain)
        extra = [("X-Mailer", ua or "Microsoft Outlook 16.0"),
                 ("Thread-Index", "A" + h(key + "ti", 29, ALNUM) + "==")]
        bst = "nextpart"
    elif mid_style == "apple":
        mid = "<%s@%s>" % (uuid(key + "u", True), domain)
        extra = [("X-Mailer", ua or "Apple Mail (2.3826.700.81)")]
        bst = "apple"
    elif mid_style == "php":
        mid = "<%s@%s>" % (h(key + "p", 43, ALNUM), domain)
        extra = [("X-Mailer", ua or "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)")]
        bst = "php"
    else:
        mid = "<%s@%s>" % (h(key + "g", 24), domain)
        extra = [("X-Mailer", ua)] if ua else []
        bst = "generic"
    return dict(client=(helo or host, rdns or host, ip), hops=hops, msgid=mid, extra=extra, bstyle=bst,
                tls=tls)


def cpanel_exim(key, t, server, ip, sender, user_ip, tzone="DE", mid_style="roundcube",
                domain=None):
    """Compromised mailbox on shared cPanel hosting, logged in from a VPN/VPS."""
    hops = ["Received: from [%s] (port=%d helo=[10.0.0.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            "\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid 1v%s-0000%s-%s;\n\t%s"
            % (user_ip, hn(key + "p", 40000, 65000), hn(key + "h", 2, 200), server, sender,
               h(key + "a", 4, ALNUM), h(key + "b", 2, ALNUM), h(key + "c", 2, ALNUM), fmt(sec(t, -2), tzone))]
    domain = domain or sender.split("@")[1]
    if mid_style == "roundcube":
        mid = "<%s@%s>" % (h(key + "rc", 32), domain)
        extra = [("User-Agent", "Roundcube Webmail/1.6.7")]
        bst = "generic"
    else:
        mid = "<%s@%s>" % (uuid(key + "u"), domain)
        extra = [("User-Agent", "Mozilla Thunderbird")]
        bst = "tb"
    return dict(client=(server, server, ip), hops=hops, msgid=mid, extra=extra, bstyle=bst, tls="1.3")


# ------------------------------------------------------------------ bulk ESPs
def sendgrid(key, t, ip=None):
    o = "o%d.outbound-mail.sendgrid.net" % hn(key, 10 ** 6, 10 ** 7)
    ip = ip or "149.72.%d.%d" % (hn(key + "a", 100, 250), hn(key + "b", 2, 250))
    hops = ["Received: by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-%s;\n\t%s"
            % (h(key + "r", 10), h(key + "r2", 5, "abcdefghijklmnopqrstuvwxyz0123456789"), h(key + "r", 10),
               h(key + "r2", 5, "abcdefghijklmnopqrstuvwxyz0123456789"), h(key + "r3", 8, UPHEX), h(key + "r4", 2),
               fmt(sec(t, -3), "UTC")),
            "Received: from [10.%d.%d.%d] (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s;\n\t%s"
            % (hn(key + "1", 1, 250), hn(key + "2", 1, 250), hn(key + "3", 1, 250), hn(key, 1, 40),
               h(key + "id", 22, ALNUM), fmt(sec(t, -4), "UTC"))]
    mid = "<%s@geopod-ismtpd-%d>" % (h(key + "id", 22, ALNUM), hn(key, 1, 40))
    extra = [("X-SG-EID", "u001." + h(key + "eid", 120, ALNUM + "/+")),
             ("X-Entity-ID", "u001." + h(key + "ent", 22, ALNUM) + "==")]
    return dict(client=(o, o, ip), hops=hops, msgid=mid, extra=extra, bstyle="generic", tls="1.3")


def mailgun(key, t, mgdomain):
    n = hn(key, 10, 250)
    host = "m228-%d.mailgun.net" % n
    hops = ["Received: by %s with HTTP id %s; %s" % (
        "mailgun.net", h(key + "x", 24), fmt(sec(t, -2), "UTC"))]
    mid = "<%s.%s@%s>" % (local_ts(t), h(key + "m", 16), mgdomain)
    extra = [("X-Mailgun-Sid", "WyI" + h(key + "sid", 40, ALNUM)),
             ("X-Mailgun-Variables", None), ("Sender", None)]
    return dict(client=(host, host, "159.135.228.%d" % n), hops=hops, msgid=mid, extra=extra,
                bstyle="generic", tls="1.3")


def local_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def brevo(key, t):
    host = "%s.d.sender-sib.com" % h(key + "h", 2, "abcdefghijklmnopqrstuvwxyz")
    hops = ["Received: from [10.%d.%d.%d] by smtp-relay.mailin.fr with ESMTP id %s; %s"
            % (hn(key, 1, 250), hn(key + "2", 1, 250), hn(key + "3", 1, 250), h(key + "id", 10, ALNUM),
               fmt(sec(t, -2), "UTC"))]
    mid = "<%s.%d@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), hn(key + "m", 10 ** 10, 10 ** 11))
    extra = [("X-Mailer", "Sendinblue"), ("X-sib-id", h(key + "sib", 60, ALNUM + "-_")),
             ("Feedback-ID", "%d.%d.%d:sendinblue" % (hn(key + "f1", 77, 99), hn(key + "f2", 100, 999999), hn(key + "f3", 10, 99)))]
    return dict(client=(host, host, "77.32.148.%d" % hn(key, 2, 250)), hops=hops, msgid=mid, extra=extra,
                bstyle="generic", tls="1.3")


def ses(key, t, region="eu-west-1"):
    n = hn(key, 2, 60)
    host = "a7-%d.smtp-out.%s.amazonses.com" % (n, region)
    mid = "<0102019%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        h(key + "a", 9), h(key + "b", 8), h(key + "c", 4), h(key + "d", 4), h(key + "e", 12), region)
    extra = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, h(key + "f", 43, ALNUM + "+/"))),
             ("X-SES-Outgoing", t.strftime("%Y.%m.%d-54.240.7.") + str(n))]
    return dict(client=(host, host, "54.240.7.%d" % n), hops=[], msgid=mid, extra=extra,
                bstyle="generic", tls="1.3")


def mailchimp(key, t):
    a, b = hn(key, 100, 250), hn(key + "b", 2, 250)
    host = "mail%d-%d.atl%d.mcdlv.net" % (a, b, hn(key + "c", 11, 131))
    hops = ["Received: from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4c%s\n\tfor <__RCPT__>; %s"
            % (host, h(key + "q", 10, ALNUM), fmt(sec(t, -2), "UTC", True))]
    mid = "<%s.%s@mail%d-%d.atl%d.mcdlv.net>" % (h(key + "m1", 20), h(key + "m2", 10), a, b, hn(key + "c", 11, 131))
    extra = [("X-Mailer", "Mailchimp Mailer - **CID%s**" % h(key + "cid", 20)),
             ("X-Campaign", "mailchimp%s.%s" % (h(key + "x1", 24), h(key + "x2", 10))),
             ("X-campaignid", "mailchimp%s.%s" % (h(key + "x1", 24), h(key + "x2", 10))),
             ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (h(key + "x1", 24), h(key + "x2", 10), h(key + "e", 10))),
             ("X-MC-User", h(key + "x1", 24)),
             ("Feedback-ID", "%d:%d.%d:us21:mc" % (hn(key + "f", 10 ** 7, 10 ** 8), hn(key + "g", 10 ** 7, 10 ** 8), hn(key + "k", 10 ** 5, 10 ** 6))),
             ("Precedence", "bulk")]
    return dict(client=(host, host, "198.2.%d.%d" % (a, b)), hops=hops, msgid=mid, extra=extra,
                bstyle="mc", tls="1.3")


def cleverreach(key, t):
    n = hn(key, 10, 60)
    host = "mta%d.crsend.com" % n
    mid = "<%s.%s@crsend.com>" % (h(key + "a", 24), h(key + "b", 8))
    extra = [("X-Mailer", "CleverReach Mailer"), ("Precedence", "bulk"),
             ("X-CSA-Complaints", "csa-complaints@eco.de"),
             ("Feedback-ID", "%d:%d:cleverreach" % (hn(key + "f", 10 ** 5, 10 ** 6), hn(key + "g", 10 ** 6, 10 ** 7)))]
    return dict(client=(host, host, "87.239.%d.%d" % (hn(key + "c", 22, 23), n)), hops=[], msgid=mid,
                extra=extra, bstyle="generic", tls="1.3")


# ------------------------------------------------------------------ real services
def google_notify(key, t):
    n = hn(key, 65, 73)
    host = "mail-sor-f%d.google.com" % n
    hops = ["Received: by %s with SMTP id %s-%s.%d\n        for <__RCPT__>\n        (Google Transport Security);\n        %s"
            % (host, h(key + "s", 13), h(key + "s2", 12) + "so" + str(hn(key, 100000, 999999)) + "a12", 0,
               fmt(sec(t, -2), "PT", True))]
    mid = "<%s@google.com>" % h(key + "g", 22, ALNUM + "-_")
    return dict(client=(host, host, "209.85.220.%d" % n), hops=hops, msgid=mid, extra=[],
                bstyle="gmail", tls="1.3")


def github(key, t):
    n = hn(key, 17, 28)
    host = "out-%d.smtp.github.com" % n
    hops = ["Received: from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n"
            "\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <__RCPT__>; %s"
            % (h(key + "n", 6), hn(key + "a", 1, 250), hn(key + "b", 1, 250), h(key + "q", 11, UPHEX),
               fmt(sec(t, -2), "PT", True))]
    mid = "<%s_%s@%s.mail>" % (h(key + "m1", 13), h(key + "m2", 6), "github-lowworker-" + h(key + "w", 10, "0123456789abcdef") + "-ac4-" + h(key + "w2", 5, "abcdefghijklmnopqrstuvwxyz"))
    return dict(client=(host, host, "192.30.252.%d" % (180 + n)), hops=hops, msgid=mid, extra=[],
                bstyle="generic", tls="1.3")


def docusign(key, t):
    n = hn(key, 50, 60)
    host = "mailfr.eu.docusign.net"
    hops = ["Received: from docusign.net (unknown [10.%d.%d.%d])\n\tby mailfr.eu.docusign.net (Postfix) with ESMTP id %s\n\tfor <__RCPT__>; %s"
            % (hn(key + "a", 1, 250), hn(key + "b", 1, 250), hn(key + "c", 1, 250), h(key + "q", 11, UPHEX),
               fmt(sec(t, -2), "UTC", True))]
    mid = "<%s@docusign.net>" % h(key + "m", 32)
    extra = [("X-Api-Host", "docusign.net"), ("X-Mailer", "DocuSign Email Server")]
    return dict(client=(host, host, "185.81.100.%d" % n), hops=hops, msgid=mid, extra=extra,
                bstyle="nextpart", tls="1.3")


def microsoft_notify(key, t):
    n = hn(key, 10, 250)
    host = "mail-northeuropeazon%d.outbound.protection.outlook.com" % hn(key + "x", 11, 99)
    hops = ["Received: from DB8PR03MB%d.eurprd03.prod.outlook.com (2603:10a6:10:%x::%x) by\n"
            " DB9PR03MB%d.eurprd03.prod.outlook.com with Microsoft SMTP Server\n"
            " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9203.12;\n %s"
            % (hn(key + "1", 1000, 9999), hn(key + "2", 16, 900), hn(key + "3", 2, 30), hn(key + "4", 1000, 9999),
               fmt(sec(t, -2), "UTC"))]
    mid = "<%s@az.northeurope.microsoft.com>" % uuid(key + "m")
    return dict(client=(host, host, "52.100.%d.%d" % (hn(key + "i", 150, 190), n)), hops=hops,
                msgid=mid, extra=[("X-MS-Exchange-Organization-AuthAs", None)], bstyle="ms:%s_" % h(key, 20, UPHEX), tls="1.3")


def yandex_notify(key, t):
    f = "forward%d%s.mail.yandex.net" % (hn(key, 100, 503), "abcd"[hn(key + "f", 0, 3)])
    hops = ["Received: from mail-notsolitesrv-production-main-%d.vla.yp-c.yandex.net (mail-notsolitesrv-production-main-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c0d:%s:0:640:%s:0])\n"
            "\tby %s (Yandex) with ESMTPS id %s\n\tfor <__RCPT__>; %s"
            % (hn(key, 10, 90), hn(key, 10, 90), h(key + "6", 4), h(key + "7", 4), f, h(key + "y", 10, ALNUM), fmt(sec(t, -1), "RU"))]
    mid = "<%d%s@%s>" % (int(t.timestamp()), h(key + "m", 10), "mail-notsolitesrv-production-main-%d.vla.yp-c.yandex.net" % hn(key, 10, 90))
    return dict(client=(f, f, "178.154.239.%d" % hn(key, 72, 220)), hops=hops, msgid=mid, extra=[],
                bstyle="yandex", tls="1.3")


def paypal(key, t):
    n = hn(key, 2, 6)
    host = "mx%d.slc.paypal.com" % n
    mid = "<%s.%s@%s>" % (h(key + "a", 13), h(key + "b", 8), "mx%d.slc.paypal.com" % n)
    extra = [("X-MaxCode-Template", "PPX000760"), ("X-Email-Type-Id", "PPX000760"),
             ("X-XPT-XSL-Name", "email_pimp/default/en_US/invoicing/MerchantInvoiceToPayer.xsl"),
             ("X-PP-Email-transmission-Id", uuid(key + "tx"))]
    return dict(client=(host, host, "173.0.84.%d" % (224 + n)), hops=[], msgid=mid, extra=extra,
                bstyle="generic", tls="1.2")
