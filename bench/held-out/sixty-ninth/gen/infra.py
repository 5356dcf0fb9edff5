"""Sending infrastructure (transport hops) and mail-client styles
(Message-ID, X-Mailer, boundaries), and the message assembler."""

import base64
import uuid
from datetime import timedelta

from common import rng_for, hexid, alnum, rfc_date, STAFF, epoch
from mime import Part, enc_addr, enc_addrs, enc_text, fold

MX = "mx01.example.com"

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


def exfold(value):
    """Fold a Received value the way Exchange does: one logical line wrapped
    at 78 columns with a single-space continuation."""
    words = " ".join(value.split()).split(" ")
    lines, cur = [], "Received:"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur.strip() != "Received:":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)[len("Received: "):]


def postfix_qid(r):
    return "4" + alnum(r, 1, "bcdfghjkl") + alnum(r, 8, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz") + "z" + alnum(r, 4, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")


class Ctx:
    def __init__(self, key, t, env_from, rcpt, from_addr):
        self.r = rng_for("ctx", key)
        self.key = key
        self.t = t
        self.env_from = env_from
        self.rcpt = rcpt
        self.from_addr = from_addr
        self.from_domain = from_addr.split("@")[1]

    def at(self, seconds, zone, abbr=True):
        return rfc_date(self.t + timedelta(seconds=seconds), zone, with_abbr=abbr)

# ---------------------------------------------------------------------------
# transports.  Each returns a dict:
#   client=(helo, rdns, ip), tls, hops=[received values], pre=[(h, v)],
#   delay=seconds until mx01, msgid (optional), boundary (optional)
# ---------------------------------------------------------------------------


def _m365_hops(c, server, server2, suffix, ip6a, ip6b, build="15.20.8722.18", originating=None):
    hops = [
        "from %s (%s) by %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
        % (server2 + suffix, ip6b, server2 + suffix, ip6b, build, c.at(2, "UTC", False).replace("+0000", "+0000")),
        "from %s ([%s]) by %s\n ([%s%%5]) with mapi id %s; %s"
        % (server + suffix, ip6a, server + suffix, ip6a, build, c.at(1, "UTC", False)),
    ]
    return hops


def m365(tenant_domain, region="eurprd04", eop_host="mail-db8eur05on2133", ip="40.107.20.133",
         server=None, server2=None, tenant_id=None):
    def f(c):
        r = c.r
        srv = server or "AS8PR04MB%04d" % r.randrange(1000, 9999)
        srv2 = server2 or "DU2PR04MB%04d" % r.randrange(1000, 9999)
        suffix = "." + region + ".prod.outlook.com"
        if region.upper().startswith("DEUP") or region.upper().startswith("GBRP"):
            suffix = "." + region.upper() + ".PROD.OUTLOOK.COM"
        ip6a = "fe80::%x:%x:%x:%x" % tuple(r.randrange(0x1000, 0xffff) for _ in range(4))
        ip6b = "2603:10a6:%x:%x::%x" % (r.randrange(0x10, 0xfff), r.randrange(0x10, 0xfff), r.randrange(1, 30))
        hops = [
            "from %s (%s) by %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.18; %s"
            % (srv + suffix, ip6b, srv2 + suffix, "2603:10a6:%x::%x" % (r.randrange(0x10, 0xfff), r.randrange(1, 30)), c.at(3, "UTC", False)),
            "from %s\n ([%s]) by %s\n ([%s%%5]) with mapi id 15.20.8722.018; %s"
            % (srv + suffix, ip6a, srv + suffix, ip6a, c.at(1, "UTC", False)),
        ]
        tid = tenant_id or str(uuid.UUID(int=r.getrandbits(128), version=4))
        post = [("X-MS-Exchange-Organization-SCL", None)]  # placeholder removed below
        post = [
            ("x-ms-publictraffictype", "Email"),
            ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (srv, srv2)),
            ("X-OriginatorOrg", tenant_domain),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", "%s (UTC)" % c.at(1, "UTC", False)[5:-6]),
            ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
            ("X-MS-Exchange-CrossTenant-id", tid),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv2),
        ]
        hops = [exfold(h) for h in hops]
        return dict(client=(eop_host + ".outbound.protection.outlook.com", eop_host + ".outbound.protection.outlook.com", ip),
                    tls="1.3", hops=hops, post=post, delay=4, server=srv, msuffix=suffix)
    return f


def m365_consumer(eop_host="mail-am6eur05olkn2085", ip="40.92.19.85"):
    def f(c):
        r = c.r
        srv = "PAXP193MB%04d" % r.randrange(1000, 9999)
        suffix = ".EURP193.PROD.OUTLOOK.COM"
        ip6a = "fe80::%x:%x:%x:%x" % tuple(r.randrange(0x1000, 0xffff) for _ in range(4))
        hops = ["from %s\n ([%s]) by %s\n ([%s%%5]) with mapi id 15.20.8722.018; %s"
                % (srv + suffix, ip6a, srv + suffix, ip6a, c.at(1, "UTC", False))]
        post = [("X-TMN", "[%s]" % alnum(r, 32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/")),
                ("x-ms-exchange-messagesentrepresentingtype", "1"),
                ("X-Microsoft-Original-Message-ID", None)]
        hops = [exfold(h) for h in hops]
        return dict(client=(eop_host + ".outbound.protection.outlook.com", eop_host + ".outbound.protection.outlook.com", ip),
                    tls="1.3", hops=hops, post=post, delay=3, server=srv, msuffix=suffix, consumer=True)
    return f


def gmail(host="mail-wm1-f54", ip="209.85.128.54", workspace=False):
    def f(c):
        r = c.r
        sid = "%s-%s%s.%d" % ("5b1f17b1804b1", hexid(r, 12), "so" + str(r.randrange(1000000, 9999999)) + "f9a", r.randrange(1, 9))
        inner = "2002:a05:%x:%x:b0:%x:%x:%x" % (r.randrange(0x6000, 0x6fff), r.randrange(0x1000, 0xffff), r.randrange(0x100, 0xfff), r.randrange(0x1000, 0xffff), r.randrange(0x100, 0xfff))
        hops = ["by %s.google.com with SMTP id %s\n        for <%s>; %s" % (host, sid, c.rcpt, c.at(2, "PT")),
                "by %s with HTTPREST; %s" % (inner, c.at(0, "PT", False).rsplit(" ", 0)[0])]
        pre = [("X-Gm-Message-State", "AOJu0Y" + alnum(r, 62, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
               ("X-Google-Smtp-Source", "AGHT+I" + alnum(r, 66, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
               ("X-Received", "by %s with SMTP id %s;\n        %s" % (inner, alnum(r, 30, "abcdefghijklmnopqrstuvwxyz0123456789"), c.at(1, "PT")))]
        return dict(client=(host + ".google.com", host + ".google.com", ip), tls="1.3", hops=hops, pre=pre, delay=2)
    return f


def gmx(provider="gmx", client_ip="91.64.213.77"):
    host, mr, mout, mip = {
        "gmx": ("web-mail.gmx.net", "mrgmx104 [212.227.17.168]", "mout.gmx.net", "212.227.15.19"),
        "webde": ("web-mail.web.de", "mrweb006 [213.165.67.108]", "mout.web.de", "212.227.17.12"),
    }[provider]

    def f(c):
        r = c.r
        node = "3c-app-%s-bs%02d" % ("gmx" if provider == "gmx" else "webde", r.randrange(10, 60))
        hops = ["from %s.server.lan ([172.19.170.%d]) by %s (%s) with\n ESMTPSA (Nemesis) id %s for <%s>; %s"
                % (node, r.randrange(60, 99), "mail.gmx.net" if provider == "gmx" else "mail.web.de", mr,
                   "1M" + alnum(r, 4) + "-1" + alnum(r, 9) + "-00" + alnum(r, 5), c.rcpt, c.at(1, "CET", False)),
                "from [%s] ([%s]) by %s\n (%s.server.lan [172.19.170.%d]) (via HTTP); %s"
                % (client_ip, client_ip, host, node, r.randrange(60, 99), c.at(0, "CET", False))]
        post = [("X-Priority", "3"), ("Importance", "normal"), ("Sensitivity", "Normal"),
                ("X-UI-Message-Type", "mail"),
                ("X-Provags-ID", "V03:K1:" + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]
        return dict(client=(mout, mout, mip), tls="1.3", hops=hops, post=post, delay=2, node=node)
    return f


def tonline(client_ip="84.151.38.112"):
    def f(c):
        r = c.r
        fwd = "fwd%02d.aul.t-online.de" % r.randrange(70, 90)
        hops = ["from %s (%s [10.223.144.%d])\n\tby mailout11.t-online.de (Postfix) with SMTP id %s\n\tfor <%s>; %s"
                % (fwd, fwd, r.randrange(10, 200), hexid(r, 10, True), c.rcpt, c.at(2, "CET")),
                "from [192.168.2.%d] ([%s]) by %s\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id 1u%s; %s"
                % (r.randrange(100, 130), client_ip, fwd, alnum(r, 5) + "-" + alnum(r, 7), c.at(1, "CET", False))]
        post = [("X-TOI-MSGID", str(uuid.UUID(int=r.getrandbits(128), version=4)))]
        return dict(client=("mailout11.t-online.de", "mailout11.t-online.de", "194.25.134.85"), tls="1.3", hops=hops, post=post, delay=3)
    return f


def kundenserver(client_ip="87.123.240.18", node="mreue011 [213.165.67.97]"):
    def f(c):
        r = c.r
        hops = ["from [192.168.178.%d] ([%s]) by mrelayeu.kundenserver.de\n (%s) with ESMTPSA (Nemesis) id %s; %s"
                % (r.randrange(20, 60), client_ip, node, "1M" + alnum(r, 4) + "-1" + alnum(r, 9) + "-00" + alnum(r, 5), c.at(1, "CET", False))]
        post = [("X-Provags-ID", "V03:K1:" + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]
        return dict(client=("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.131"), tls="1.3", hops=hops, post=post, delay=2)
    return f


def vps_postfix(host, ip, rdns=None, client_ip="127.0.0.1", auth=True, zone="UTC", tls="1.3", helo=None):
    def f(c):
        r = c.r
        if auth:
            hops = ["from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                    % ("127.0.0.1" if client_ip == "127.0.0.1" else "IPv6:::ffff:" + client_ip if False else client_ip,
                       "localhost" if client_ip == "127.0.0.1" else "unknown", client_ip, c.env_from, host,
                       hexid(r, 10, True), c.rcpt, c.at(0, zone))]
        else:
            hops = ["by %s (Postfix, from userid 33)\n\tid %s; %s" % (host, hexid(r, 10, True), c.at(0, zone))]
        return dict(client=(helo or host, rdns or "unknown", ip), tls=tls, hops=hops, delay=2)
    return f


def exim_cpanel(server, ip, client_ip, zone="-0400", helo_client=None, tls=True):
    def f(c):
        r = c.r
        eid = "1v%s-%s-%s" % (alnum(r, 4), "0000000" + alnum(r, 3, "0123456789ABCDEF"), alnum(r, 4))
        hops = ["from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
                % (client_ip, r.randrange(49152, 65000), helo_client or "[127.0.0.1]", server, c.env_from, eid, c.rcpt,
                   c.at(0, zone, False))]
        post = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                ("X-AntiAbuse", "Primary Hostname - %s" % server),
                ("X-AntiAbuse", "Original Domain - example.com"),
                ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
                ("X-AntiAbuse", "Sender Address Domain - %s" % c.env_from.split("@")[1]),
                ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, c.env_from)),
                ("X-Authenticated-Sender", "%s: %s" % (server, c.env_from))]
        return dict(client=(server, server, ip), tls="1.3" if tls else None, hops=hops, post=post, delay=3)
    return f


def sendgrid(host="wfbtvdqh", ip="149.72.154.232", bounce_dom=None, uid=48213577):
    def f(c):
        r = c.r
        pod = "geopod-ismtpd-%d" % r.randrange(1, 40)
        fd = "filterdrecv-%s-%s" % (hexid(r, 9), alnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        sgid = alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        hops = ["by %s with SMTP id %s-1-%s-%s\n        %s.%09d +0000 UTC m=+%d.%09d"
                % (fd, fd, hexid(r, 8, True), r.randrange(10, 99), (c.t + timedelta(seconds=2)).strftime("%Y-%m-%d %H:%M:%S"),
                   r.randrange(10 ** 8, 10 ** 9), r.randrange(1000, 99999), r.randrange(10 ** 8, 10 ** 9)),
                "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\tfor <%s>;\n\t%s"
                % (alnum(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), pod, sgid, c.rcpt, c.at(1, "UTC"))]
        local = c.rcpt.replace("@", "=")
        rp = "bounces+%d-%s-%s@%s" % (uid, hexid(r, 4), local, bounce_dom or ("em%d.%s" % (r.randrange(1000, 9999), c.from_domain)))
        post = [("X-SG-EID", "u001." + alnum(r, 150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
                ("X-SG-ID", "u001." + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
                ("X-Entity-ID", "u001." + alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==")]
        return dict(client=(host + ".outbound-mail.sendgrid.net", host + ".outbound-mail.sendgrid.net", ip), tls="1.2",
                    hops=hops, post=post, delay=2, return_path=rp, msgid="<%s@%s>" % (sgid, pod),
                    boundary=lambda kind, i: hexid(r, 64))
    return f


def mailgun(mgdomain, ip="159.135.228.12", host="m228-12.mailgun.net"):
    def f(c):
        r = c.r
        hops = ["by %s with HTTP id %s; %s" % (hexid(r, 12), hexid(r, 24), c.at(0, "GMT", False).replace("+0000", "GMT"))]
        local = c.rcpt.replace("@", "=")
        rp = "bounce+%s.%s-%s@%s" % (hexid(r, 6), hexid(r, 6), local, mgdomain)
        sid = "WyI" + alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        post = [("X-Mailgun-Sid", sid), ("X-Mailgun-Sending-Ip", ip), ("X-Mailgun-Variables", '{"campaign": "%s"}' % hexid(r, 8))]
        ts = (c.t).strftime("%Y%m%d%H%M%S")
        return dict(client=(host, host, ip), tls="1.3", hops=hops, post=post, delay=2, return_path=rp,
                    msgid="<%s.%s@%s>" % (ts, hexid(r, 16), mgdomain),
                    boundary=lambda kind, i: hexid(r, 32))
    return f


def ses(region="eu-west-1", ip="54.240.7.21", host=None, mail_from=None):
    def f(c):
        r = c.r
        ms = int(epoch(c.t) * 1000)
        core = "0102%012x-%s-000000" % (ms, str(uuid.UUID(int=r.getrandbits(128), version=4)))
        h = host or "a%d-%d.smtp-out.%s.amazonses.com" % (r.choice([7, 8]), r.randrange(10, 99), region)
        rp = mail_from or ("%s@%s.amazonses.com" % (core, region))
        post = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, alnum(r, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))),
                ("X-SES-Outgoing", "%s-%s" % (c.t.strftime("%Y.%m.%d"), ip))]
        return dict(client=(h, h, ip), tls="1.3", hops=[], post=post, delay=1, return_path=rp,
                    msgid="<%s@%s.amazonses.com>" % (core, region),
                    boundary=lambda kind, i: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 8, 10 ** 9), ms))
    return f


def mailchimp(dc="us21", host="mail218.atl61.mcdlv.net", ip="198.2.140.218"):
    def f(c):
        r = c.r
        hops = ["from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s"
                % (host, "4" + alnum(r, 12), c.rcpt, c.at(0, "GMT"))]
        u = hexid(r, 25)
        lid = hexid(r, 10)
        cid = hexid(r, 10)
        e = hexid(r, 10)
        rp = "bounce-mc.%s_%d.%d-%s@%s" % (dc, r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 5, 10 ** 6), c.rcpt.replace("@", "="), host)
        post = [("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (cid, e)),
                ("X-Campaign", "mailchimp%s.%s" % (u, cid)),
                ("X-campaignid", "mailchimp%s.%s" % (u, cid)),
                ("X-Report-Abuse", "Please report abuse for this campaign here:\n https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s&c=%s" % (u, lid, e, cid)),
                ("X-MC-User", u),
                ("Feedback-ID", "%d:%d.%d:%s:mc" % (r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 7, 10 ** 8), r.randrange(10 ** 5, 10 ** 6), dc)),
                ("List-ID", "%s mailchimp list <%s.%s.%s.list-id.mcsv.net>" % ("Newsletter", u, lid, dc)),
                ("X-Accounttype", "pd"),
                ("List-Unsubscribe", "<https://getraenke-fachmarkt-aktuell.%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>,\n <mailto:unsubscribe-mc.%s_%s.%s-%s@mailin1.%s.mcsv.net?subject=unsubscribe>"
                 % (dc, u, lid, e, cid, dc, u, cid, e, dc)),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
        return dict(client=(host, host, ip), tls="1.2", hops=hops, post=post, delay=3, return_path=rp,
                    msgid="<%s.%s.%s.%d@%s>" % (u[:12], hexid(r, 10), c.t.strftime("%Y%m%d%H%M%S"), r.randrange(10 ** 9, 10 ** 10), host),
                    boundary=lambda kind, i: "_----------=_MCPart_%d" % r.randrange(10 ** 8, 10 ** 9))
    return f


def brevo(ip="185.41.28.63", host="m185-41-28-63.sendibt2.com"):
    def f(c):
        r = c.r
        mid = "<%s.%d@smtp-relay.mailin.fr>" % (c.t.strftime("%Y%m%d%H%M"), r.randrange(10 ** 11, 10 ** 12))
        hops = ["from smtp-relay.mailin.fr (smtp-relay.mailin.fr [10.42.%d.%d])\n\tby %s with ESMTP id %s; %s"
                % (r.randrange(1, 250), r.randrange(1, 250), host, hexid(r, 16), c.at(0, "UTC", False))]
        post = [("X-Mailin-EID", alnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "~"),
                ("Origin-messageId", mid),
                ("X-sib-id", alnum(r, 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))]
        rp = "bounces-%d-%s@%s" % (r.randrange(10 ** 6, 10 ** 7), hexid(r, 10), "sib.bounces.sendibt2.com")
        return dict(client=(host, host, ip), tls="1.3", hops=hops, post=post, delay=2, return_path=rp, msgid=mid,
                    boundary=lambda kind, i: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13)))
    return f


def aruba(client_ip="93.41.152.27", host="smtpdh17-1.aruba.it", ip="62.149.155.160"):
    def f(c):
        r = c.r
        hops = ["from [192.168.1.%d] ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
                % (r.randrange(2, 60), client_ip, alnum(r, 15), c.at(0, "CET", False))]
        return dict(client=(host, host, ip), tls="1.3", hops=hops, delay=2)
    return f


def italiaonline(client_ip="151.38.77.201"):
    def f(c):
        r = c.r
        hops = ["from [10.0.0.%d] ([%s])\n\tby smtp-%d.iol.local with ESMTPSA\n\tid %s; %s"
                % (r.randrange(2, 60), client_ip, r.randrange(10, 40), alnum(r, 15), c.at(0, "CET", False))]
        mid = "<%d.%d.%d@libero.it>" % (r.randrange(10 ** 8, 2 * 10 ** 9), r.randrange(1, 999), int(epoch(c.t) * 1000))
        return dict(client=("libero.it", "smtp-17.italiaonline.it", "213.209.10.17"), tls="1.3", hops=hops, delay=2, msgid=mid,
                    boundary=lambda kind, i: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), int(epoch(c.t) * 1000)))
    return f


def wp_pl(client_ip="89.64.33.120"):
    def f(c):
        r = c.r
        hops = ["(wp-smtpd smtp.wp.pl %d invoked from network); %s" % (r.randrange(10000, 99999), c.at(1, "CET", False)[5:]),
                "from %s.dynamic.chello.pl (HELO [192.168.0.%d]) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s"
                % (client_ip.replace(".", "-"), r.randrange(100, 130), c.env_from.split("@")[0], client_ip, c.env_from, c.rcpt, c.at(0, "CET", False)[5:])]
        post = [("X-WP-MailID", hexid(r, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
        return dict(client=("mx4.wp.pl", "mx4.wp.pl", "212.77.101.12"), tls="1.3", hops=hops, post=post, delay=2)
    return f


def interia(client_ip="5.173.144.9"):
    def f(c):
        r = c.r
        hops = ["from [10.0.0.%d] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby poczta.interia.pl (INTERIA.PL) with ESMTPSA id %s\n\tfor <%s>; %s"
                % (r.randrange(2, 60), client_ip, c.env_from, hexid(r, 10, True), c.rcpt, c.at(0, "CET"))]
        return dict(client=("smtpo60.poczta.interia.pl", "smtpo60.poczta.interia.pl", "217.74.67.60"), tls="1.3", hops=hops, delay=2)
    return f


def zoho_eu(host="sender4-op-o11.zoho.eu", ip="136.143.169.11"):
    def f(c):
        r = c.r
        hops = ["from mail.zoho.eu by mx.zoho.eu\n\twith SMTP id %d.%d; %s"
                % (int(epoch(c.t) * 1000), r.randrange(10 ** 8, 10 ** 9), c.at(0, "CET", True))]
        ms = int(epoch(c.t) * 1000)
        mid = "<%x.%s.%d@%s>" % (ms, hexid(r, 14), r.randrange(10 ** 17, 10 ** 18), c.from_domain)
        return dict(client=(host, host, ip), tls="1.3", hops=hops, delay=3, msgid=mid,
                    boundary=lambda kind, i: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), ms),
                    post=[("X-Mailer", "Zoho Mail"), ("X-Zoho-Virus-Status", "1"), ("Importance", "Medium")])
    return f


def privateemail(client_ip="102.89.34.201"):
    def f(c):
        r = c.r
        hops = ["from [192.168.0.%d] (unknown [%s])\n\tby mta-06.privateemail.com (Postfix) with ESMTPA id %s;\n\t%s"
                % (r.randrange(100, 200), client_ip, "4" + alnum(r, 12), c.at(0, "-0400"))]
        return dict(client=("mta-06-3.privateemail.com", "mta-06-3.privateemail.com", "198.54.127.61"), tls="1.3", hops=hops, delay=2)
    return f


def yahoo(host="sonic313-19.consmr.mail.ir2.yahoo.com", ip="77.238.179.84"):
    def f(c):
        r = c.r
        hops = ["from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (host, c.at(0, "UTC", False))]
        post = [("X-Mailer", "WebService/1.1.24652 YMailNorrin")]
        ms = int(epoch(c.t) * 1000)
        mid = "<%d.%d.%d@mail.yahoo.com>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 6, 10 ** 7), ms)
        return dict(client=(host, host, ip), tls="1.3", hops=hops, post=post, delay=2, msgid=mid,
                    boundary=lambda kind, i: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 8, 10 ** 9), ms))
    return f


def yandex(host="forward500b.mail.yandex.net", ip="178.154.239.144", web=True):
    def f(c):
        r = c.r
        node = "mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net" % r.randrange(10, 90)
        hops = ["from %s (%s [IPv6:2a02:6b8:c0f:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s"
                % (node, node, r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff), host, alnum(r, 12), c.rcpt, c.at(1, "MSK", False)),
                "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (node, alnum(r, 10), alnum(r, 8), c.at(0, "MSK", False))]
        ms = int(epoch(c.t))
        post = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")] if web else []
        return dict(client=(host, host, ip), tls="1.3", hops=hops, post=post, delay=2,
                    msgid="<%d%d@mail.yandex.ru>" % (r.randrange(100000, 999999), ms) if web else None,
                    boundary=lambda kind, i: "----==--bound.%d.%s.yp-c.yandex.net" % (r.randrange(10000, 99999), node.split(".")[0][-20:]))
    return f


def mailru(host="smtp47.i.mail.ru", ip="95.163.41.85", client_ip="85.140.22.164", web=True):
    def f(c):
        r = c.r
        hops = ["by %s with esmtpa (envelope-from <%s>)\n\tid 1t%s-%s-%s; %s"
                % (host, c.env_from, alnum(r, 4), "00000000" + alnum(r, 3, "0123456789abcdef"), alnum(r, 4), c.at(1, "MSK", False))]
        if web:
            hops.append("from [%s] by e.mail.ru with HTTP;\n\t%s" % (client_ip, c.at(0, "MSK", False)))
        ms = int(epoch(c.t))
        post = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % client_ip)] if web else []
        return dict(client=(host, host, ip), tls="1.3", hops=hops, post=post, delay=2,
                    msgid=("<%d.%d@f%d.i.mail.ru>" % (ms, r.randrange(10 ** 8, 10 ** 9), r.randrange(100, 999))) if web else None,
                    boundary=lambda kind, i: "--ALT--%s%d" % (hexid(r, 16), ms))
    return f


def otenet(client_ip="94.66.57.203"):
    def f(c):
        r = c.r
        hops = ["from [192.168.1.%d] (ppp-%s.home.otenet.gr [%s])\n\t(authenticated bits=0)\n\tby smtp-out.otenet.gr (8.15.2/8.15.2) with ESMTPSA id %s\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)\n\tfor <%s>; %s"
                % (r.randrange(2, 60), client_ip.replace(".", "-"), client_ip, alnum(r, 14), c.rcpt, c.at(0, "EET", False))]
        return dict(client=("smtp-out.otenet.gr", "smtp-out.otenet.gr", "83.235.69.29"), tls="1.3", hops=hops, delay=2)
    return f


def home_pl(server="s51.cyber-folks.pl", ip="185.238.74.51", client_ip="31.0.83.211"):
    def f(c):
        r = c.r
        hops = ["from [%s] (helo=[192.168.1.%d])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <%s>)\n\tid 1v%s-%s-%s\n\tfor %s;\n\t%s"
                % (client_ip, r.randrange(2, 60), server, c.env_from, alnum(r, 4), "00000000" + alnum(r, 3, "0123456789ABCDEF"), alnum(r, 4), c.rcpt, c.at(0, "CET", False))]
        return dict(client=(server, server, ip), tls="1.3", hops=hops, delay=2)
    return f


def internal(office_ip="10.20.30.41"):
    """Exchange 2019 on-prem -> mail-int01 (Postfix) -> mx01."""
    def f(c):
        r = c.r
        hops = ["from EXCH01.corp.example.com (exch01.corp.example.com [10.20.1.11])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                % (postfix_qid(r), c.rcpt, c.at(2, "CET")),
                "from EXCH01.corp.example.com (10.20.1.11) by EXCH01.corp.example.com\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s"
                % c.at(1, "CET", False),
                "from EXCH01.corp.example.com ([fe80::5d1c:7a2b:3e4f:9a10]) by\n EXCH01.corp.example.com ([fe80::5d1c:7a2b:3e4f:9a10%%12]) with mapi id\n 15.02.1544.014; %s" % c.at(0, "CET", False)]
        hops = hops[:1] + [exfold(h) for h in hops[1:]]
        return dict(client=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"), tls="1.3", hops=hops, delay=3,
                    office_ip=office_ip, internal=True)
    return f


def generic_direct(helo, rdns, ip, tls=None, zone="+0700"):
    """Spam bot / compromised host speaking SMTP directly to mx01 (no own hops)."""
    def f(c):
        return dict(client=(helo, rdns, ip), tls=tls, hops=[], delay=0)
    return f


def service(helo, rdns, ip, hops_fn=None, tls="1.3", msgid_fn=None, post_fn=None, rp=None, boundary_fn=None):
    """Genuine service infrastructure with custom hops."""
    def f(c):
        r = c.r
        d = dict(client=(helo, rdns, ip), tls=tls, hops=hops_fn(c) if hops_fn else [], delay=2)
        if msgid_fn:
            d["msgid"] = msgid_fn(c)
        if post_fn:
            d["post"] = post_fn(c)
        if rp:
            d["return_path"] = rp(c) if callable(rp) else rp
        if boundary_fn:
            d["boundary"] = lambda kind, i: boundary_fn(c, kind, i)
        return d
    return f

# ---------------------------------------------------------------------------
# mail clients (MUAs)
# ---------------------------------------------------------------------------


def _thread_index(r):
    return base64.b64encode(bytes([1]) + bytes(r.randrange(256) for _ in range(21))).decode()


def mua(kind, c, tp, subject_raw, lang="de-DE", has_attach=False):
    r = rng_for("mua", c.key)
    dom = c.from_domain
    d = dict(pre=[], post=[], date_zone=None)
    if kind == "outlook":
        a, b2, c2 = hexid(r, 8), hexid(r, 8), hexid(r, 8)
        seq = "%04x" % r.randrange(1, 0x60)
        d["msgid"] = "<00%s01dc%s$%s$%s$@%s>" % (seq[2:], a[:4], b2, c2, dom)
        d["post"] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", _thread_index(r)),
                     ("Content-Language", lang.split("-")[0].lower())]
        d["boundary"] = lambda k, i: "----=_NextPart_%03d_%s_01DC%s.%s" % (i, seq, a[:4].upper(), b2.upper())
    elif kind in ("m365", "exchange"):
        if kind == "m365":
            srv = tp.get("server", "AS8PR04MB%04d" % r.randrange(1000, 9999))
            suffix = tp.get("msuffix", ".eurprd04.prod.outlook.com")
            local = srv + hexid(r, 25, True)
            d["msgid"] = "<%s@%s>" % (local, srv + suffix)
            bsrv = srv + suffix.split(".")[1].lower()[:4]
            d["date_zone"] = "UTC"
        else:
            local = hexid(r, 32)
            d["msgid"] = "<%s@EXCH01.corp.example.com>" % local
            bsrv = "EXCH01corpexamplecom"
        d["pre"] = [("Thread-Topic", subject_raw), ("Thread-Index", _thread_index(r))]
        d["post"] = [("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
                     ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", "")]
        if kind == "exchange":
            d["post"].append(("x-originating-ip", "[%s]" % tp.get("office_ip", "10.20.30.41")))
        codes = {"alternative": "000", "related": "003", "mixed": "004"}
        d["boundary"] = lambda k, i: "_%s_%s%s_" % (codes.get(k, "00%d" % i), local[:32] if kind == "exchange" else local, bsrv)
    elif kind == "thunderbird":
        d["msgid"] = "<%s@%s>" % (uuid.UUID(int=r.getrandbits(128), version=4), dom)
        d["post"] = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)]
        d["boundary"] = lambda k, i: "------------" + alnum(r, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    elif kind == "gmail":
        d["msgid"] = "<CA%s@mail.gmail.com>" % alnum(r, 2, "EFGHJKLM") + alnum(r, 1, "+_") + alnum(r, 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        d["msgid"] = "<CA" + alnum(r, 2, "EFGHJKLM") + alnum(r, 49, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") + "@mail.gmail.com>"
        d["boundary"] = lambda k, i: "0000000000" + hexid(r, 18)
        d["pre"] = [("X-Gm-Features", "AS18N" + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))]
    elif kind == "apple":
        u = str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()
        d["msgid"] = "<%s@%s>" % (u, dom)
        d["post"] = [("X-Mailer", "iPhone Mail (23B85)")]
        d["boundary"] = lambda k, i: "Apple-Mail-" + str(uuid.UUID(int=r.getrandbits(128), version=4)).upper()
        d["mime_version"] = "1.0 (1.0)"
    elif kind == "roundcube":
        d["msgid"] = "<%s@%s>" % (hexid(r, 32), dom)
        d["post"] = [("User-Agent", "Roundcube Webmail/1.6.9"), ("X-Sender", c.from_addr)]
        d["boundary"] = lambda k, i: "=_" + hexid(r, 32)
    elif kind == "phpmailer":
        uid = alnum(r, 43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        d["msgid"] = "<%s@%s>" % (uid, tp.get("client", ("", "", ""))[0] if tp.get("client") else dom)
        d["post"] = [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
        d["boundary"] = lambda k, i: "b%d_%s" % (i + 1, uid)
    elif kind == "horde":
        d["msgid"] = "<%s.Horde.%s@webmail.%s>" % (c.t.strftime("%Y%m%d%H%M%S"), alnum(r, 24), dom)
        d["post"] = [("User-Agent", "Horde Application Framework 5")]
        d["boundary"] = lambda k, i: "=_" + alnum(r, 24)
    elif kind == "openxchange":
        d["msgid"] = "<%d.%d.%d@privateemail.com>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10000, 99999), int(epoch(c.t) * 1000))
        d["post"] = [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"), ("X-Originating-Client", "open-xchange-appsuite")]
        d["boundary"] = lambda k, i: "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), int(epoch(c.t) * 1000))
    elif kind == "gmx":
        d["msgid"] = "<trinity-%s-%d@%s>" % (uuid.UUID(int=r.getrandbits(128), version=4), int(epoch(c.t) * 1000), tp.get("node", "3c-app-gmx-bs30"))
        d["boundary"] = lambda k, i: "=_" + alnum(r, 28)
    elif kind == "thebat":
        d["msgid"] = "<%d.%s@%s>" % (r.randrange(10 ** 8, 2 * 10 ** 9), (c.t + timedelta(hours=3)).strftime("%Y%m%d%H%M%S"), dom)
        d["post"] = [("X-Mailer", "The Bat! (v11.0.2) Professional"), ("X-Priority", "3 (Normal)")]
        d["boundary"] = lambda k, i: "----------%s" % hexid(r, 16, True)
    elif kind == "bare":
        d["msgid"] = "<%s@%s>" % (hexid(r, 24), dom)
        d["boundary"] = lambda k, i: "----=_Part_" + hexid(r, 20)
    elif kind == "none":
        d["boundary"] = lambda k, i: "=_" + hexid(r, 30)
    else:
        raise ValueError(kind)
    return d

# ---------------------------------------------------------------------------
# assembler
# ---------------------------------------------------------------------------


def assemble(m):
    """m: dict with keys described in build.py.  Returns (bytes, meta)."""
    key = "%s-%02d" % (m["folder"], m["num"])
    to = m["to"]
    rcpt = m.get("rcpt") or to[0][1]
    env_from = m.get("env_from") or m["frm"][1]
    c = Ctx(key, m["t"], env_from, rcpt, m["frm"][1])
    tp = m["transport"](c)
    if tp.get("return_path") and not m.get("env_from"):
        env_from = tp["return_path"]
        c.env_from = env_from
    body_holder = {}
    mk = mua(m.get("mua", "none"), c, tp, m["subject"], m.get("lang_tag", "de-DE"), m.get("has_attach", False))
    bfn = tp.get("boundary") or mk.get("boundary")
    counter = [0]

    def B(kind="alternative"):
        i = counter[0]
        counter[0] += 1
        return bfn(kind, i)

    body = m["body"](B)
    msgid = m.get("msgid") or tp.get("msgid") or mk.get("msgid")
    if msgid is None:
        msgid = "<%s@%s>" % (hexid(c.r, 24), c.from_domain)
    r = c.r
    # mx01 hop
    helo, rdns, ip = tp["client"]
    t_mx = tp.get("delay", 2) + m.get("extra_delay", 0)
    tls = tp.get("tls")
    mx = "from %s (%s [%s])\n\t" % (helo, rdns, ip)
    if tls == "1.3":
        mx += TLS13 + "\n\tby %s (Postfix) with ESMTPS id %s\n" % (MX, postfix_qid(r))
    elif tls == "1.2":
        mx += TLS12 + "\n\tby %s (Postfix) with ESMTPS id %s\n" % (MX, postfix_qid(r))
    else:
        mx += "by %s (Postfix) with ESMTP id %s\n" % (MX, postfix_qid(r))
    mx += "\tfor <%s>; %s" % (rcpt, c.at(t_mx, "CET"))
    H = [("Return-Path", "<%s>" % env_from), ("Received", mx)]
    H += [("Received", h) for h in tp.get("hops", [])]
    thread_hdrs = [(k, v) for (k, v) in mk.get("pre", []) if k.startswith("Thread-")]
    H += tp.get("pre", []) + [(k, v) for (k, v) in mk.get("pre", []) if not k.startswith("Thread-")]
    H += m.get("pre_headers", [])
    cs, enc = m.get("hdr_cs", "utf-8"), m.get("hdr_enc", "Q")
    fcs, fenc = m.get("from_cs", cs), m.get("from_enc", enc)
    date_zone = m.get("date_zone") or mk.get("date_zone") or m.get("zone", "CET")
    main = [("From", enc_addr(m["frm"][0], m["frm"][1], fcs, fenc))]
    if m.get("sender"):
        main.append(("Sender", enc_addr(m["sender"][0], m["sender"][1], fcs, fenc)))
    main.append(("To", enc_addrs(to, cs, enc) if not m.get("to_raw") else m["to_raw"]))
    if m.get("cc"):
        main.append(("CC", enc_addrs(m["cc"], cs, enc)))
    main.append(("Subject", enc_text(m["subject"], cs, enc)))
    main += thread_hdrs
    main.append(("Date", rfc_date(m["t"], date_zone)))
    main.append(("Message-ID", msgid))
    if m.get("reply_to"):
        main.append(("Reply-To", enc_addrs(m["reply_to"], cs, enc)))
    if m.get("in_reply_to"):
        main.append(("In-Reply-To", m["in_reply_to"]))
    if m.get("references"):
        main.append(("References", m["references"]))
    H += main
    post = []
    for (k, v) in mk.get("post", []):
        if k == "Thread-Topic":
            v = enc_text(v, cs, enc)
        post.append((k, v))
    for (k, v) in tp.get("post", []):
        if v is None:
            if k == "X-Microsoft-Original-Message-ID":
                v = msgid
            else:
                continue
        post.append((k, v))
    H += [(k, enc_text(v, cs, enc) if k == "Thread-Topic" else v) for (k, v) in mk.get("pre_after", [])]
    H += post
    H += m.get("extra", [])
    H.append(("MIME-Version", mk.get("mime_version", "1.0")))
    # Thread-Topic from mua pre may contain non-ascii
    H = [(k, enc_text(v, cs, enc) if k == "Thread-Topic" else v) for (k, v) in H]
    head = "\n".join(fold(k, v) for (k, v) in H).encode("ascii")
    raw = head + b"\n" + body.render()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    meta = dict(m)
    meta["body_part"] = body
    meta["msgid"] = msgid
    meta["env_from"] = env_from
    return raw, meta
