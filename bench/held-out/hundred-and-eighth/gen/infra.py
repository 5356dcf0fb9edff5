"""Sending-system models: Received chains, Message-IDs and the system's own headers.
Every chain ends at mx01.example.com (Postfix), which is added by mx01_line()."""
import base64
import hashlib
from .mime import h, HEX, UHEX, ALNUM, UPALNUM, DIG, rfc, plus, in_zone, ew

B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS13_128 = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


def guid(seed):
    x = h(seed, 32, HEX)
    return "%s-%s-%s-%s-%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:])


def pf_long_id(seed):
    return "4" + h(seed + "a", 1, "bcdfgh") + h(seed + "b", 5, B52) + "z" + h(seed + "c", 6, B52)


def pf_short_id(seed):
    return h(seed, 10, UHEX)


def mx01_line(peer, rcpt, t, seed, tls="13"):
    helo, rdns, ip = peer
    tl = {"13": TLS13, "13a": TLS13_128, "12": TLS12, None: None}[tls]
    s = "from %s (%s [%s])\n\t" % (helo, rdns, ip)
    if tl:
        s += tl + "\n\t"
    s += "by mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        "ESMTPS" if tl else "ESMTP", pf_long_id(seed + "mx01"), rcpt, rfc("DE", t, abbr=True))
    return s


# --------------------------------------------------------------------------- chains
# Each returns dict(received=[top..bottom], peer=(helo,rdns,ip), tls=..., extra=[(k,v)],
#                   msgid=..., arrive=datetime, datezone=...)

def internal(seed, t, sender_ip="10.20.5.37", mbx="EXMBX02", rcpt=None, has_attach=False, topic=None, lang="de-DE"):
    mbx_ip = {"EXMBX01": "10.20.1.11", "EXMBX02": "10.20.1.12"}[mbx]
    other = "EXMBX01" if mbx == "EXMBX02" else "EXMBX02"
    other_ip = {"EXMBX01": "10.20.1.11", "EXMBX02": "10.20.1.12"}[other]
    fe = "fe80::%s:%s:%s:%s" % (h(seed + "f1", 4, HEX), h(seed + "f2", 4, HEX), h(seed + "f3", 4, HEX), h(seed + "f4", 4, HEX))
    rec = [
        "from %s.corp.example.com (%s.corp.example.com [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
        % (other, other.lower(), other_ip, pf_short_id(seed + "int"), rcpt, rfc("DE", plus(t, 2), abbr=True)),
        "from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s"
        % (mbx, mbx_ip, other, other_ip, rfc("DE", plus(t, 1))),
        "from %s.corp.example.com ([%s]) by %s.corp.example.com\n ([%s%%13]) with mapi id 15.02.1544.014; %s"
        % (mbx, fe, mbx, fe, rfc("DE", t)),
    ]
    extra = [
        ("Thread-Topic", ew(topic, "utf-8", "B") if topic else None),
        ("Thread-Index", "AQH" + h(seed + "ti", 25, ALNUM) + "=="),
        ("Accept-Language", "%s, en-US" % lang),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if has_attach else ""),
        ("X-MS-Exchange-Organization-SCL", None),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-transport-fromentityheader", "Hosted"),
        ("x-originating-ip", "[%s]" % sender_ip),
    ]
    extra = [(k, v) for k, v in extra if v is not None]
    return dict(received=rec, peer=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), tls="12",
                extra=extra, msgid="<%s@%s.corp.example.com>" % (h(seed + "mid", 32, HEX), mbx),
                arrive=plus(t, 3), datezone=None, style="exchange")


def m365(seed, t, rcpt, mbx="AM9PR08MB6210", region="eurprd08", relay=("EUR03-DBA-obe", "mail-dbaeur03on2109", "40.107.104.109"),
         hub="DU0PR08MB9277", org=None, topic=None, lang="de-DE", has_attach=False, datezone="UTC"):
    fe = "fe80::%s:%s:%s:%s" % (h(seed + "f1", 4, HEX), h(seed + "f2", 4, HEX), h(seed + "f3", 4, HEX), h(seed + "f4", 4, HEX))
    v6a = "2603:10a6:%s:%s::%s" % (h(seed + "v1", 3, HEX), h(seed + "v2", 3, HEX), h(seed + "v3", 2, HEX).lstrip("0") or "9")
    v6b = "2603:10a6:%s:%s::%s" % (h(seed + "v4", 2, HEX), h(seed + "v5", 3, HEX), h(seed + "v6", 2, HEX).lstrip("0") or "b")
    rec = [
        "from %s.%s.prod.outlook.com (%s) by\n %s.%s.prod.outlook.com (%s) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9412.21; %s"
        % (mbx, region, v6a, hub, region, v6b, rfc("UTC", plus(t, 1))),
        "from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n ([%s%%4]) with mapi id 15.20.9412.017; %s"
        % (mbx, region, fe, mbx, region, fe, rfc("UTC", t)),
    ]
    nmid = guid(seed + "nm")
    stamp = in_zone("UTC", t)[0]
    extra = [
        ("Thread-Topic", ew(topic, "utf-8", "B") if topic else None),
        ("Thread-Index", "AQH" + h(seed + "ti", 25, ALNUM) + "=="),
        ("Accept-Language", "%s, en-US" % lang),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if has_attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("msip_labels", ""),
        ("x-ms-publictraffictype", "Email"),
        ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (mbx, hub)),
        ("x-ms-office365-filtering-correlation-id", nmid),
        ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
        ("X-MS-Exchange-CrossTenant-AuthSource", "%s.%s.prod.outlook.com" % (mbx, region)),
        ("X-MS-Exchange-CrossTenant-Network-Message-Id", nmid),
        ("X-MS-Exchange-CrossTenant-originalarrivaltime", stamp.strftime("%d %b %Y %H:%M:%S") + ".%s\n (UTC)" % h(seed + "ms", 4, DIG)),
        ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
        ("X-MS-Exchange-CrossTenant-id", guid(org or seed)),
        ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", hub),
        ("X-OriginatorOrg", org),
    ]
    extra = [(k, v) for k, v in extra if v is not None]
    return dict(received=rec, peer=("%s.outbound.protection.outlook.com" % relay[0], "%s.outbound.protection.outlook.com" % relay[1], relay[2]),
                tls="12", extra=extra, msgid="<%s%s@%s.%s.prod.outlook.com>" % (mbx, h(seed + "mid", 22, UHEX), mbx, region),
                arrive=plus(t, 4), datezone=datezone, style="exchange")


def gmail(seed, t, rcpt, host=("mail-wm1-f54.google.com", "209.85.128.54")):
    smtpid = "5b1f17b1804b1-" + h(seed + "s1", 16, HEX) + "so" + h(seed + "s2", 7, DIG) + "e9.1"
    v6 = "2002:a05:%s:%s:b0:%s:%s:%s" % (h(seed + "g1", 4, HEX), h(seed + "g2", 4, HEX), h(seed + "g3", 3, HEX), h(seed + "g4", 4, HEX), h(seed + "g5", 4, HEX))
    rec = ["by %s with SMTP id %s\n        for <%s>; %s" % (host[0], smtpid, rcpt, rfc("US-PT", plus(t, 1), abbr=True))]
    extra = [
        ("X-Google-DKIM-Signature", None),
        ("X-Gm-Message-State", "AOJu0Y" + h(seed + "gm", 54, ALNUM + "+/") + "=="),
        ("X-Gm-Gg", "ASbGnc" + h(seed + "gg", 80, ALNUM + "+/")),
        ("X-Google-Smtp-Source", "AGHT+IF" + h(seed + "gs", 68, ALNUM + "+/") + "=="),
        ("X-Received", "by %s with SMTP id %s.%s.%s;\n        %s" % (v6, h(seed + "x1", 28, ALNUM), h(seed + "x2", 2, DIG), h(seed + "x3", 13, DIG), rfc("US-PT", t, abbr=True))),
    ]
    extra = [(k, v) for k, v in extra if v is not None]
    mid = "<CA" + h(seed + "mid", 1, "+FJK") + h(seed + "mid2", 45, ALNUM + "+-_=") + "@mail.gmail.com>"
    return dict(received=rec, peer=(host[0], host[0], host[1]), tls="13", extra=extra, msgid=mid,
                arrive=plus(t, 2), datezone=None, style="gmail", gboundary="0000000000" + h(seed + "b", 18, HEX))


def gmx(seed, t, rcpt, client_ip, brand="gmx", zone="DE"):
    app = "3c-app-%s-bap%02d" % ("gmx" if brand == "gmx" else "webde", int(h(seed + "a", 2, DIG)) % 60 + 1)
    dom = {"gmx": "gmx.net", "webde": "web.de"}[brand]
    mout = {"gmx": ("mout.gmx.net", "212.227.15.19"), "webde": ("mout.web.de", "212.227.15.14")}[brand]
    rec = [
        "from %s by %s (mrgmx%03d\n [%s]) with ESMTPSA (Nemesis) id 1M%s; %s"
        % (app, "mail.gmx.net" if brand == "gmx" else "smtp.web.de", int(h(seed + "m", 3, DIG)) % 200 + 1,
           "212.227.17.190" if brand == "gmx" else "212.227.17.11", h(seed + "nm", 10, ALNUM), rfc(zone, plus(t, 1))),
        "from [%s] ([%s]) by web-mail.%s\n (%s) (via HTTP); %s" % (client_ip, client_ip, dom, app, rfc(zone, t)),
    ]
    extra = [
        ("X-Priority", "3"),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
        ("X-UI-Message-Type", "mail"),
        ("X-Provags-ID", "V03:K1:" + h(seed + "pv", 60, ALNUM + "+/")),
        ("UI-OutboundReport", "notjunk:1;M01:P0:" + h(seed + "or", 11, ALNUM + "+/") + "=;" + h(seed + "or2", 40, ALNUM + "+/")),
    ]
    mid = "<trinity-%s-%s@%s>" % (guid(seed + "tri"), h(seed + "ms", 13, DIG), app)
    return dict(received=rec, peer=(mout[0], mout[0], mout[1]), tls="13", extra=extra, msgid=mid,
                arrive=plus(t, 2), datezone=zone, style="gmx")


def yandex(seed, t, rcpt, client_ip="", fwd=("forward500a.mail.yandex.net", "178.154.239.80")):
    sb = "mail-sendbernar-production-main-%d.%s.yp-c.yandex.net" % (int(h(seed + "n", 2, DIG)) + 10, h(seed + "dc", 1, "skv") and ["sas", "klg", "vla"][int(h(seed + "d", 1, DIG)) % 3])
    v6 = "2a02:6b8:c%s:%s:0:640:%s:0" % (h(seed + "y1", 2, HEX), h(seed + "y2", 4, HEX), h(seed + "y3", 4, HEX))
    rec = [
        "from %s (%s [IPv6:%s])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (sb, sb, v6, fwd[0], h(seed + "e", 12, ALNUM), rfc("RU", plus(t, 1))),
        "by %s with HTTP;\n\t%s" % (sb, rfc("RU", t)),
    ]
    extra = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"), ("X-Yandex-Filter", None)]
    extra = [(k, v) for k, v in extra if v is not None]
    mid = "<%s@%s>" % (h(seed + "mid", 16, DIG), sb)
    return dict(received=rec, peer=(fwd[0], fwd[0], fwd[1]), tls="13", extra=extra, msgid=mid,
                arrive=plus(t, 2), datezone="RU", style="yandex")


def postfix_small(seed, t, rcpt, server, server_ip, client_ip, client_rdns, zone, mua="thunderbird",
                  sender_dom=None, tls="13", rdns_server=None, helo=None, client_helo=None):
    """A company's own (or hosted) Postfix submission server with a desktop client behind it."""
    rec = ["from %s (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
           % (client_helo or "[192.168.%d.%d]" % (int(h(seed + "l1", 2, DIG)) % 200 + 1, int(h(seed + "l2", 2, DIG)) % 200 + 20),
              client_rdns, client_ip, server, pf_short_id(seed + "ps"), rcpt, rfc(zone, plus(t, 1), abbr=True))]
    extra = []
    if mua == "thunderbird":
        extra.append(("User-Agent", "Mozilla Thunderbird"))
        mid = "<%s@%s>" % (guid(seed + "tb"), sender_dom)
        style = "thunderbird"
    elif mua == "outlook":
        mid = "<%s$%s$%s$@%s>" % ("0000" + h(seed + "o1", 2, DIG) + "db" + h(seed + "o0", 6, HEX), h(seed + "o2", 8, HEX),
                                  h(seed + "o3", 8, HEX), sender_dom)
        extra.append(("X-Mailer", "Microsoft Outlook 16.0"))
        extra.append(("Thread-Index", "AQH" + h(seed + "ti", 25, ALNUM) + "=="))
        style = "outlook_smtp"
    elif mua == "roundcube":
        mid = "<%s@%s>" % (h(seed + "rc", 32, HEX), sender_dom)
        extra.append(("User-Agent", "Roundcube Webmail/1.6.9"))
        style = "roundcube"
    elif mua == "applemail":
        mid = "<%s@%s>" % (guid(seed + "am").upper(), sender_dom)
        extra.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
        style = "applemail"
    else:
        raise ValueError(mua)
    return dict(received=rec, peer=(helo or server, rdns_server or server, server_ip), tls=tls, extra=extra, msgid=mid,
                arrive=plus(t, 3), datezone=zone, style=style)


def aruba(seed, t, rcpt, client_ip, sender_dom):
    host = "smtpcmd%05d.aruba.it" % (int(h(seed + "n", 4, DIG)) % 9000 + 1000)
    ip = "62.149.158.%d" % (int(h(seed + "ip", 3, DIG)) % 200 + 20)
    rec = ["from DESKTOP-%s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
           % (h(seed + "d", 7, UPALNUM), client_ip, h(seed + "id", 18, ALNUM), rfc("IT", plus(t, 1)))]
    mid = "<%s$%s$%s$@%s>" % ("0000" + h(seed + "o1", 2, DIG) + "db" + h(seed + "o0", 6, HEX), h(seed + "o2", 8, HEX), h(seed + "o3", 8, HEX), sender_dom)
    extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + h(seed + "ti", 25, ALNUM) + "=="),
             ("X-CMAE-Envelope", "MS4xfG" + h(seed + "cm", 60, ALNUM + "+/"))]
    return dict(received=rec, peer=(host, host, ip), tls="13", extra=extra, msgid=mid, arrive=plus(t, 3),
                datezone="IT", style="outlook_smtp")


def exchange_onprem(seed, t, rcpt, edge, edge_ip, mbx_fqdn, mbx_ip, zone, lang, version="15.1.2507.39", topic=None,
                    has_attach=False, tls="12", helo=None):
    fe = "fe80::%s:%s:%s:%s" % (h(seed + "f1", 4, HEX), h(seed + "f2", 4, HEX), h(seed + "f3", 4, HEX), h(seed + "f4", 4, HEX))
    short = version.split(".")
    mapi = "%s.%02d.%04d.%03d" % (short[0], int(short[1]), int(short[2]), int(short[3]))
    rec = [
        "from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
        % (mbx_fqdn, mbx_ip, mbx_fqdn, mbx_ip, version, rfc(zone, plus(t, 1))),
        "from %s ([%s]) by %s ([%s%%12]) with\n mapi id %s; %s" % (mbx_fqdn, fe, mbx_fqdn, fe, mapi, rfc(zone, t)),
    ]
    extra = [("Thread-Topic", ew(topic, "utf-8", "B") if topic else None), ("Thread-Index", "AQH" + h(seed + "ti", 25, ALNUM) + "=="),
             ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
             ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", ""),
             ("x-ms-exchange-transport-fromentityheader", "Hosted"), ("x-originating-ip", "[%s]" % ".".join(mbx_ip.split(".")[:3] + [str(int(h(seed + "oi", 2, DIG)) + 50)]))]
    extra = [(k, v) for k, v in extra if v is not None]
    return dict(received=rec, peer=(helo or edge, edge, edge_ip), tls=tls, extra=extra,
                msgid="<%s@%s>" % (h(seed + "mid", 32, HEX), mbx_fqdn.split(".")[0] + "." + ".".join(mbx_fqdn.split(".")[1:])),
                arrive=plus(t, 3), datezone=zone, style="exchange")


def wp_pl(seed, t, rcpt, client_ip, client_rdns=None):
    rec = ["(wp-smtpd smtp.wp.pl %s invoked from network); %s" % (h(seed + "n", 5, DIG), rfc("PL", plus(t, 1))),
           "from %s (HELO localhost) ({sender}@[%s])\n          (envelope-sender <{sender}>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s"
           % (client_rdns or client_ip, client_ip, rcpt, rfc("PL", t))]
    extra = [("X-WP-MailID", h(seed + "wp", 32, HEX)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"),
             ("X-Mailer", "Poczta WP")]
    mid = "<%s@wp.pl>" % h(seed + "mid", 24, HEX)
    return dict(received=rec, peer=("mx.wp.pl", "mx4.wp.pl", "212.77.101.12"), tls="13", extra=extra, msgid=mid,
                arrive=plus(t, 2), datezone="PL", style="wp")


def libero(seed, t, rcpt, client_ip):
    n = int(h(seed + "n", 2, DIG)) % 40 + 10
    rec = ["from libero.it ([%s])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (client_ip, n, h(seed + "id", 18, ALNUM), rfc("IT", plus(t, 1)))]
    extra = [("X-Originating-IP", client_ip), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev67"), ("X-CNFS-Analysis", "v=2.4 cv=" + h(seed + "cn", 8, HEX))]
    mid = "<%s.%s.%s@libero.it>" % (h(seed + "m1", 10, DIG), h(seed + "m2", 7, DIG), h(seed + "m3", 13, DIG))
    return dict(received=rec, peer=("libero.it", "smtp-%d-i6.italiaonline.it" % n, "213.209.10.%d" % n), tls="13", extra=extra,
                msgid=mid, arrive=plus(t, 2), datezone="IT", style="ox")


def otenet(seed, t, rcpt, client_ip, client_rdns, sender_dom="otenet.gr"):
    rec = ["from DESKTOP-%s (%s [%s])\n\tby mailgw02.otenet.gr (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
           % (h(seed + "d", 7, UPALNUM), client_rdns, client_ip, pf_short_id(seed + "ot"), rcpt, rfc("GR", plus(t, 1), abbr=True))]
    mid = "<%s$%s$%s$@%s>" % ("0000" + h(seed + "o1", 2, DIG) + "db" + h(seed + "o0", 6, HEX), h(seed + "o2", 8, HEX), h(seed + "o3", 8, HEX), sender_dom)
    extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + h(seed + "ti", 25, ALNUM) + "==")]
    return dict(received=rec, peer=("mailgw02.otenet.gr", "mailgw02.otenet.gr", "83.235.69.32"), tls="13", extra=extra,
                msgid=mid, arrive=plus(t, 3), datezone="GR", style="outlook_smtp")


def cpanel(seed, t, rcpt, server, server_ip, auth_user, client_ip, client_helo, zone, rdns=None, mua="php",
           envelope=None, php_script=None):
    """A (compromised) shared-hosting cPanel/Exim server."""
    exim_id = "1v" + h(seed + "e1", 4, ALNUM) + "-" + h(seed + "e2", 7, ALNUM) + "-" + h(seed + "e3", 2, ALNUM)
    if mua == "php":
        rec = ["from %s by %s with local (Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s"
               % (auth_user.split("@")[0] if "@" in auth_user else auth_user, server, envelope, exim_id, rcpt, rfc(zone, t))]
    else:
        rec = ["from [%s] (port=%s helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s"
               % (client_ip, h(seed + "p", 5, DIG), client_helo, server, envelope, exim_id, rcpt, rfc(zone, t))]
    extra = [
        ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
        ("X-AntiAbuse", "Primary Hostname - %s" % server),
        ("X-AntiAbuse", "Original Domain - example.com"),
        ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]" if mua != "php" else "Originator/Caller UID/GID - [1042 1044] / [47 12]"),
        ("X-AntiAbuse", "Sender Address Domain - %s" % envelope.split("@")[1]),
        ("X-Get-Message-Sender-Via", "%s: %s" % (server, ("authenticated_id: %s" % auth_user) if mua != "php" else ("php_script: %s" % php_script))),
        ("X-Authenticated-Sender", "%s: %s" % (server, auth_user) if mua != "php" else None),
        ("X-Source", ""),
        ("X-Source-Args", "" if mua != "php" else "/opt/cpanel/ea-php82/root/usr/bin/php-cgi"),
        ("X-Source-Dir", "" if mua != "php" else ":" + php_script.rsplit("/", 1)[0] if php_script else ""),
    ]
    extra = [(k, v) for k, v in extra if v is not None]
    return dict(received=rec, peer=(server, rdns or server, server_ip), tls="13", extra=extra,
                msgid=None, arrive=plus(t, 2), datezone=zone, style="php" if mua == "php" else "outlook_smtp")


def vps(seed, t, rcpt, mailhost, ip, rdns, sender_dom, zone, mua="roundcube", helo=None, tls="13"):
    """Look-alike domain on a rented VPS with Postfix (+ Roundcube or a desktop client)."""
    if mua == "roundcube":
        rec = ["from localhost (localhost [127.0.0.1])\n\t(Authenticated sender: {sender})\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
               % (mailhost, pf_short_id(seed + "v"), rfc(zone, t, abbr=True))]
        mid = "<%s@%s>" % (h(seed + "rc", 32, HEX), sender_dom)
        extra = [("User-Agent", "Roundcube Webmail/1.6.9")]
        style = "roundcube"
    elif mua == "outlook":
        rec = ["from DESKTOP-%s (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
               % (h(seed + "d", 7, UPALNUM), "{client}", mailhost, pf_short_id(seed + "v"), rcpt, rfc(zone, t, abbr=True))]
        mid = "<%s$%s$%s$@%s>" % ("0000" + h(seed + "o1", 2, DIG) + "db" + h(seed + "o0", 6, HEX), h(seed + "o2", 8, HEX), h(seed + "o3", 8, HEX), sender_dom)
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + h(seed + "ti", 25, ALNUM) + "==")]
        style = "outlook_smtp"
    elif mua == "phpmailer":
        rec = ["from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
               % (mailhost, pf_short_id(seed + "v"), rcpt, rfc(zone, t, abbr=True))]
        mid = "<%s@%s>" % (h(seed + "pm", 43, ALNUM), sender_dom)
        extra = [("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)")]
        style = "php"
    else:
        raise ValueError(mua)
    return dict(received=rec, peer=(helo or mailhost, rdns, ip), tls=tls, extra=extra, msgid=mid,
                arrive=plus(t, 2), datezone=zone, style=style)


# ---------------------------------------------------------------- ESPs and genuine services

def sendgrid(seed, t, rcpt, sender_dom, ip="149.72.154.232", host=None):
    host = host or "xtrw%s.outbound-mail.sendgrid.net" % h(seed + "hn", 4, "abcdefghijklmnopqrstuvwxyz")
    rec = ["by recvd-%s-%s with SMTP id recvd-%s-%s-1-%s-%s\n\t%s" % (
        h(seed + "r1", 10, HEX), h(seed + "r2", 5, "abcdefghijklmnopqrstuvwxyz0123456789"),
        h(seed + "r1", 10, HEX), h(seed + "r2", 5, "abcdefghijklmnopqrstuvwxyz0123456789"), h(seed + "r3", 8, UHEX), h(seed + "r4", 2, DIG),
        rfc("UTC", t)),
           "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s" % (
        "MjQ" + h(seed + "u", 20, ALNUM), int(h(seed + "g", 2, DIG)) % 40 + 1, h(seed + "id", 22, ALNUM), rcpt, rfc("UTC", t).replace("+0000", "+0000 (UTC)"))]
    rec = [rec[0].replace("\n\t", " ", 1)] + rec[1:]
    mid = "<%s@geopod-ismtpd-%d>" % (h(seed + "mid", 22, ALNUM), int(h(seed + "g", 2, DIG)) % 40 + 1)
    extra = [("X-SG-EID", "u001." + h(seed + "eid", 120, ALNUM + "+/")),
             ("X-SG-ID", "u001." + h(seed + "sid", 60, ALNUM + "+/")),
             ("X-Entity-ID", "u001." + h(seed + "ent", 22, ALNUM) + "==")]
    bounce = "bounces+%s-%s-%s=%s@em%s.%s" % (h(seed + "b1", 8, DIG), h(seed + "b2", 4, HEX), rcpt.split("@")[0], rcpt.split("@")[1], h(seed + "b3", 4, DIG), sender_dom)
    return dict(received=rec, peer=(host, host, ip), tls="13", extra=extra, msgid=mid, arrive=plus(t, 2),
                datezone="UTC", style="esp", bounce=bounce)


def mailgun(seed, t, rcpt, mg_dom, ip="159.135.228.12"):
    host = "m%s-%s.mailgun.net" % tuple(ip.split(".")[2:4])
    rec = ["by %s with HTTP id %s; %s" % ("1" + h(seed + "h", 23, HEX), h(seed + "id", 24, HEX), rfc("UTC", t).replace("+0000", "GMT"))]
    mid = "<%s.%s@%s>" % (in_zone("UTC", t)[0].strftime("%Y%m%d%H%M%S"), h(seed + "mid", 16, HEX), mg_dom)
    extra = [("X-Mailgun-Sid", "WyI" + h(seed + "sid", 40, ALNUM) + "In0="), ("X-Mailgun-Sending-Ip", ip),
             ("X-Mailgun-Batch-Id", h(seed + "bat", 24, HEX))]
    bounce = "bounce+%s.%s-%s=%s@%s" % (h(seed + "b", 6, HEX), h(seed + "b2", 6, HEX), rcpt.split("@")[0], rcpt.split("@")[1], mg_dom)
    return dict(received=rec, peer=(host, host, ip), tls="13", extra=extra, msgid=mid, arrive=plus(t, 2),
                datezone="UTC", style="esp", bounce=bounce)


def brevo(seed, t, rcpt, ip="77.32.148.26"):
    n = ip.split(".")[-1]
    host = "mail%s.sendibt3.com" % n
    rec = ["from [%s] (unknown [10.%s.%s.%s])\n\tby smtp-relay.sendinblue.com (Brevo) with ESMTP id %s\n\tfor <%s>; %s"
           % ("172.16.%s.%s" % (int(h(seed + "a", 2, DIG)), int(h(seed + "b", 2, DIG))), int(h(seed + "c", 2, DIG)), int(h(seed + "d", 2, DIG)), int(h(seed + "e", 2, DIG)),
              h(seed + "id", 12, UHEX), rcpt, rfc("UTC", t))]
    mid = "<%s.%s@smtp-relay.mailin.fr>" % (h(seed + "mid", 12, DIG), h(seed + "mid2", 10, HEX))
    extra = [("X-Mailer", "Sendinblue"), ("X-sib-id", h(seed + "sib", 90, ALNUM + "-_")),
             ("Feedback-ID", "%s:%s:campaign:brevo" % (h(seed + "fb1", 3, DIG) + "." + h(seed + "fb2", 3, DIG) + "." + h(seed + "fb3", 2, DIG) + "." + h(seed + "fb4", 3, DIG), h(seed + "fb5", 7, DIG))),
             ("X-Mailin-EID", h(seed + "eid", 40, ALNUM) + "%3D%3D")]
    return dict(received=rec, peer=(host, host, ip), tls="13", extra=extra, msgid=mid, arrive=plus(t, 2),
                datezone="UTC", style="esp", bounce="%s@bounces.sendinblue.com" % h(seed + "bn", 24, ALNUM))


def ses(seed, t, rcpt, region="eu-central-1", ip="23.251.226.9"):
    a, b = ip.split(".")[2:4]
    host = "e%s-%s.smtp-out.%s.amazonses.com" % (a, b, region)
    sesid = "0107" + h(seed + "s1", 12, HEX) + "-" + guid(seed + "s2") + "-000000"
    rec = []
    mid = "<%s@%s.amazonses.com>" % (sesid, region)
    extra = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, h(seed + "fb", 40, ALNUM + "+/"))),
             ("X-SES-Outgoing", in_zone("UTC", t)[0].strftime("%Y.%m.%d-") + ip)]
    return dict(received=rec, peer=(host, host, ip), tls="13", extra=extra, msgid=mid, arrive=plus(t, 1),
                datezone="UTC", style="esp", bounce="%s@%s.amazonses.com" % (sesid, region))


def mailchimp(seed, t, rcpt, ip="198.2.184.17", dc="us21"):
    host = "mail%s-%s.suw21.mcsv.net" % tuple(ip.split(".")[2:4])
    rec = ["from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
           % (host, h(seed + "id", 12, UHEX + "0"), rcpt, rfc("UTC", t, abbr=True))]
    mid = "<%s.%s.%s@%s>" % (h(seed + "m1", 22, HEX), h(seed + "m2", 8, DIG), h(seed + "m3", 10, HEX), host)
    extra = [("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (h(seed + "cid", 10, HEX), h(seed + "cid2", 10, HEX))),
             ("X-Campaign", "mailchimp%s.%s" % (h(seed + "c1", 25, HEX), h(seed + "c2", 10, HEX))),
             ("X-campaignid", "mailchimp%s.%s" % (h(seed + "c1", 25, HEX), h(seed + "c2", 10, HEX))),
             ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (h(seed + "c1", 25, HEX), h(seed + "c2", 10, HEX), h(seed + "e", 10, HEX))),
             ("X-MC-User", h(seed + "c1", 25, HEX)),
             ("Feedback-ID", "%s:%s:%s:mailchimp" % (h(seed + "f1", 8, DIG), h(seed + "f2", 7, DIG), h(seed + "c1", 25, HEX))),
             ("X-Accounttype", "pd")]
    bounce = "bounce-mc.%s_%s.%s-%s@%s" % (dc, h(seed + "bb", 9, HEX), h(seed + "bc", 7, DIG), h(seed + "bd", 10, HEX), host)
    return dict(received=rec, peer=(host, host, ip), tls="13", extra=extra, msgid=mid, arrive=plus(t, 2),
                datezone="UTC", style="esp", bounce=bounce)


def microsoft_notify(seed, t, rcpt):
    srv = "%s%s" % (h(seed + "s", 2, "BCDMS"), h(seed + "s2", 1, "NJL") + "PEPF0000" + h(seed + "s3", 4, UHEX))
    rec = ["from %s.namprd10.prod.outlook.com\n (2603:10b6:%s::%s) by %s.namprd10.prod.outlook.com (2603:10b6:%s::%s)\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9412.21; %s"
           % (srv, h(seed + "a", 3, HEX), h(seed + "b", 2, HEX), srv, h(seed + "c", 3, HEX), h(seed + "d", 2, HEX), rfc("UTC", t))]
    mid = "<%s.%s@%s>" % (h(seed + "m1", 12, UPALNUM), h(seed + "m2", 13, UPALNUM), srv)
    return dict(received=rec, peer=("NAM10-MW2-obe.outbound.protection.outlook.com", "mail-mw2nam10on2058.outbound.protection.outlook.com", "40.107.94.58"),
                tls="12", extra=[("X-MS-Exchange-Organization-AuthAs", None)], msgid=mid, arrive=plus(t, 2),
                datezone="UTC", style="notify")


def google_notify(seed, t, rcpt):
    rec = ["by mail-sor-f69.google.com with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s"
           % (h(seed + "id", 42, ALNUM + "-"), rcpt, rfc("US-PT", t, abbr=True))]
    extra = [("X-Google-Smtp-Source", "AGHT+IF" + h(seed + "gs", 68, ALNUM + "+/") + "=="),
             ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" % (h(seed + "1", 4, HEX), h(seed + "2", 3, HEX), h(seed + "3", 4, HEX), h(seed + "4", 4, HEX), h(seed + "5", 28, ALNUM), rfc("US-PT", t, abbr=True)))]
    mid = "<%s@google.com>" % h(seed + "mid", 22, ALNUM + "-")
    return dict(received=rec, peer=("mail-sor-f69.google.com", "mail-sor-f69.google.com", "209.85.220.69"), tls="13",
                extra=extra, msgid=mid, arrive=plus(t, 1), datezone="UTC", style="notify",
                bounce="3%s@accounts.google.com" % h(seed + "bn", 40, ALNUM))


def github(seed, t, rcpt):
    n = int(h(seed + "n", 2, DIG)) % 20 + 20
    ip = "192.30.252.%d" % (200 + n % 20)
    rec = ["from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s"
           % (h(seed + "hn", 6, HEX), int(h(seed + "a", 2, DIG)), int(h(seed + "b", 2, DIG)), h(seed + "id", 10, UHEX), rcpt, rfc("US-PT", t, abbr=True))]
    mid = "<%s_%s%s@%s.mail>" % (h(seed + "m1", 13, HEX), h(seed + "m2", 2, HEX), h(seed + "m3", 4, DIG), "lowworker-" + h(seed + "lw", 10, HEX) + "-" + h(seed + "lw2", 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    return dict(received=rec, peer=("out-%d.smtp.github.com" % n, "out-%d.smtp.github.com" % n, ip), tls="13", extra=[],
                msgid=mid, arrive=plus(t, 2), datezone="UTC", style="notify", bounce="noreply@github.com")


def docusign(seed, t, rcpt):
    rec = ["from docusign.net (10.152.%d.%d) by mailc.eumail.docusign.net (PowerMTA(TM) v5.5r1) id h%s for <%s>; %s"
           % (int(h(seed + "a", 2, DIG)), int(h(seed + "b", 2, DIG)), h(seed + "id", 10, ALNUM), rcpt, rfc("UTC", t))]
    mid = "<%s@eu.docusign.net>" % guid(seed + "mid")
    extra = [("X-DocuSign-Msg-Type", None), ("X-Api-Host", "docusign.net")]
    extra = [(k, v) for k, v in extra if v is not None]
    return dict(received=rec, peer=("mailc.eumail.docusign.net", "mailc.eumail.docusign.net", "185.81.100.222"), tls="12",
                extra=extra, msgid=mid, arrive=plus(t, 3), datezone="UTC", style="notify",
                bounce="bounces+%s@eumail.docusign.net" % h(seed + "bn", 20, HEX))


def paypal(seed, t, rcpt):
    rec = ["from ccg01mail%02d.slc.paypal.com (unknown [10.74.%d.%d])\n\tby mx3.slc.paypal.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
           % (int(h(seed + "c", 2, DIG)) % 20 + 1, int(h(seed + "a", 2, DIG)), int(h(seed + "b", 2, DIG)), h(seed + "id", 10, UHEX), rcpt, rfc("US-PT", t, abbr=True))]
    mid = "<%s.%s@paypal.com>" % (h(seed + "m1", 12, HEX), h(seed + "m2", 10, DIG))
    extra = [("X-MaxCode-Template", "RT000238"), ("X-Email-Type-Id", "RT000238"), ("PP-Correlation-Id", h(seed + "cid", 13, HEX)),
             ("X-PP-REQUESTED-TIME", h(seed + "rt", 13, DIG)), ("X-XPT-XSL-Name", "nodeMailer")]
    return dict(received=rec, peer=("mx3.slc.paypal.com", "mx3.slc.paypal.com", "173.0.84.227"), tls="12", extra=extra,
                msgid=mid, arrive=plus(t, 3), datezone="US-PT", style="notify", bounce="service@intl.paypal.com")


def yandex_notify(seed, t, rcpt):
    sb = "mail-notsolitesrv-%d.sas.yp-c.yandex.net" % (int(h(seed + "n", 2, DIG)) % 30 + 1)
    rec = ["from %s (%s [IPv6:2a02:6b8:c14:%s:0:640:%s:0])\n\tby forward102b.mail.yandex.net (Yandex) with ESMTPS id %s;\n\t%s"
           % (sb, sb, h(seed + "a", 4, HEX), h(seed + "b", 4, HEX), h(seed + "id", 12, ALNUM), rfc("RU", t))]
    mid = "<%s@%s>" % (h(seed + "mid", 32, HEX), sb)
    return dict(received=rec, peer=("forward102b.mail.yandex.net", "forward102b.mail.yandex.net", "178.154.239.149"), tls="13",
                extra=[], msgid=mid, arrive=plus(t, 2), datezone="RU", style="notify")
