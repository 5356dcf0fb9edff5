"""Mail infrastructure models: time zones, Received chains, Message-IDs, boundaries.

Every function takes a random.Random (deterministically seeded per message)
and the UTC submission time, and returns an Env describing the trace headers
below mx01's own Received line.
"""
import datetime as _dt
import hashlib
import uuid

UTC = _dt.timezone.utc

# EU summer time ends Sunday 25 Oct 2026 01:00 UTC; US Pacific on 1 Nov 2026 09:00 UTC
EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

ZONES = {
    # zone: (summer offset, summer abbr, winter offset, winter abbr, switch)
    "EU": (120, "CEST", 60, "CET", EU_END),
    "GR": (180, "EEST", 120, "EET", EU_END),
    "UK": (60, "BST", 0, "GMT", EU_END),
    "RU": (180, "MSK", 180, "MSK", EU_END),
    "UTC": (0, "UTC", 0, "UTC", EU_END),
    "PT": (-420, "PDT", -480, "PST", US_END),
    "BR": (-180, "-03", -180, "-03", EU_END),
}


def zone_info(zone, t_utc):
    so, sa, wo, wa, sw = ZONES[zone]
    return (so, sa) if t_utc < sw else (wo, wa)


def local(t_utc, zone):
    off, abbr = zone_info(zone, t_utc)
    return t_utc.astimezone(_dt.timezone(_dt.timedelta(minutes=off))), abbr


def rfc2822(t_utc, zone, abbr=False):
    lt, ab = local(t_utc, zone)
    s = lt.strftime("%a, %d %b %Y %H:%M:%S ") + lt.strftime("%z")
    return s + (" (%s)" % ab if abbr else "")


def rfc2822_nopad(t_utc, zone):
    """Date style without leading zero on the day (Exchange/Outlook, many MUAs)."""
    lt, _ = local(t_utc, zone)
    return "%s, %d %s %s" % (lt.strftime("%a"), lt.day, lt.strftime("%b %Y %H:%M:%S"), lt.strftime("%z"))


def at(y, mo, d, h, mi, s, zone):
    """Local wall time in zone -> UTC datetime (zone offset resolved by rule)."""
    for off_min in (ZONES[zone][0], ZONES[zone][2]):
        t = _dt.datetime(y, mo, d, h, mi, s, tzinfo=_dt.timezone(_dt.timedelta(minutes=off_min))).astimezone(UTC)
        if zone_info(zone, t)[0] == off_min:
            return t
    raise ValueError("non-existent local time")


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# --------------------------------------------------------------- ids ------
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
PFX_ALPHA = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def rstr(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ruuid(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def postfix_qid(rng):
    return "4" + rstr(rng, 9, PFX_ALPHA) + "z" + rstr(rng, 4, PFX_ALPHA)


def postfix_short_qid(rng):
    return rhex(rng, 10, upper=True)


# ------------------------------------------------------------ mx01 --------
TLS = {
    "tls13": "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)",
    "tls13a": "(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)",
    "tls12": "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)",
    None: None,
}


def mx01(env, rcpt, t_utc, rng):
    rdns = env.rdns or "unknown"
    lines = ["from %s (%s [%s])" % (env.helo, rdns, env.ip)]
    if env.tls:
        lines.append(TLS[env.tls])
    proto = "ESMTPS" if env.tls else "ESMTP"
    lines.append("by mx01.example.com (Postfix) with %s id %s" % (proto, postfix_qid(rng)))
    lines.append("for <%s>; %s" % (rcpt, rfc2822(t_utc, "EU", abbr=True)))
    return "\n\t".join(lines)


class Env:
    def __init__(self, helo, rdns, ip, tls="tls13", received=(), trace=(), msgid=None,
                 mailer=(), boundary=None, delay=4, date_zone="EU", notes=""):
        self.helo, self.rdns, self.ip, self.tls = helo, rdns, ip, tls
        self.received = list(received)    # formatted values, newest first
        self.trace = list(trace)          # (name, value) vendor trace headers
        self.msgid = msgid
        self.mailer = list(mailer)        # X-Mailer / User-Agent
        if boundary is None:
            h = hashlib.sha256((helo + ip).encode()).hexdigest()
            boundary = lambda i: "=_%s" % (h[i:i + 32])
        self.boundary = boundary          # callable(i) -> boundary string
        self.delay = delay                # seconds from submission to mx01
        self.notes = notes
        self.date_zone = date_zone


# ------------------------------------------------------------ boundaries --
def b_outlook(rng, fq):
    mbx, region = fq.split(".")[0], fq.split(".")[1]
    tag = rhex(rng, 32, upper=True)
    return lambda i: "_%03d_%s%s%s%s_" % (i, mbx, tag, mbx, region[:4].lower())


def b_exchange(rng, server):
    tag = rhex(rng, 32)
    host = server.replace(".", "").replace("-", "")
    return lambda i: "_%03d_%s%s_" % (i, tag, host)


def b_gmail(rng):
    base = rhex(rng, 16)
    return lambda i: "0000000000%02x%s" % ((0x5e + i * 3) & 0xff, base[:16])


def b_thunderbird(rng):
    s = rstr(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    return lambda i: "------------%s" % (s[i:] + s[:i])


def b_apple(rng):
    u = ruuid(rng, upper=True)
    return lambda i: "Apple-Mail=_%s" % (u[:-2] + "%02d" % i)


def b_roundcube(rng):
    h = rhex(rng, 32)
    return lambda i: "=_%s" % (h[i:] + h[:i])


def b_phpmailer(rng):
    h = rstr(rng, 43)
    return lambda i: "b%d_%s" % (i + 1, h)


def b_hex(rng, n=28, prefix=""):
    h = rhex(rng, n)
    return lambda i: "%s%s" % (prefix, h[i:] + h[:i])


def b_nemesis(rng):
    # GMX/web.de/IONOS web and Nemesis style
    h = rstr(rng, 24)
    return lambda i: "----=_Part_%d_%s" % (1000000 + i, h)


def b_javamail(rng):
    a, b = rng.randint(10000, 99999), rng.randint(1000000000, 1999999999)
    return lambda i: "----=_Part_%d_%d.%d" % (a + i, b, 1760000000000 + i)


def b_outlook_classic(rng):
    h = rhex(rng, 4).upper() + "_" + rhex(rng, 8).upper() + "." + rhex(rng, 8).upper()
    return lambda i: "----=_NextPart_%03d_%s" % (i, h)


# ------------------------------------------------------------ systems -----
def internal(rng, t, sender_ws_ip="10.20.14.57", server="FRA-EXCH01"):
    """Internal Exchange 2019 -> mail-int01 (Postfix relay) -> mx01."""
    fq = "%s.corp.example.com" % server
    ip = {"FRA-EXCH01": "10.20.1.11", "FRA-EXCH02": "10.20.1.12"}[server]
    rec = [
        "from %s (%s [%s])\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s;\n\t%s"
        % (fq, fq.lower(), ip, postfix_qid(rng), rfc2822(plus(t, 1), "EU", abbr=True)),
        "from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10;\n %s"
        % (fq, ip, fq, ip, rfc2822_nopad(t, "EU")),
        "from %s ([fe80::7c1d:42a9:3b8e:d15f]) by\n %s ([fe80::7c1d:42a9:3b8e:d15f%%4]) with mapi id\n 15.02.1748.010; %s"
        % (fq, fq, rfc2822_nopad(t, "EU")),
    ]
    mid = "<%s@%s>" % (rhex(rng, 32), fq)
    return Env("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", tls="tls12",
               received=rec, msgid=mid, boundary=b_exchange(rng, fq),
               trace=[("X-MS-Exchange-Organization-AuthAs", "Internal"),
                      ("X-MS-Exchange-Organization-AuthSource", fq),
                      ("x-originating-ip", "[%s]" % sender_ws_ip)],
               delay=2)


def eop(rng, t, tenant_domain, region="eurprd04", pod="AS8PR04MB", olk=False, tenant_id=None):
    """Exchange Online (Microsoft 365) outbound.  olk=True: consumer outlook.com."""
    if olk:
        mbx = "PAXP%dMB%04d" % (rng.choice([190, 192, 193, 194, 195]), rng.randint(1000, 9999))
        region = "EURP%d" % int(mbx[4:7])
        fq = "%s.%s.PROD.OUTLOOK.COM" % (mbx, region)
        edge_host = "mail-%s%s.outbound.protection.outlook.com" % (
            rng.choice(["am6eur05olkn", "db8eur05olkn", "vi1eur04olkn", "du2eur02olkn"]), rng.randint(2010, 2190))
        ip = "40.92.%d.%d" % (rng.choice([58, 59, 65, 66, 74, 75, 90, 91]), rng.randint(10, 250))
        helo = rng.choice(["EUR05-AM6-obe", "EUR05-DB8-obe", "EUR04-VI1-obe", "EUR02-DU2-obe"]) + ".outbound.protection.outlook.com"
    else:
        mbx = "%s%04d" % (pod, rng.randint(1000, 9999))
        fq = "%s.%s.prod.outlook.com" % (mbx, region)
        n = rng.randint(2010, 2190)
        edge_host = "mail-%son%d.outbound.protection.outlook.com" % (
            rng.choice(["db8eur05", "am0eur02", "vi1eur05", "du2eur04", "fra01", "ger01"]), n)
        ip = "40.107.%d.%d" % (rng.choice([20, 21, 22, 159, 162, 241, 247, 249, 255]), rng.randint(10, 250))
        helo = rng.choice(["EUR05-DB8-obe", "EUR02-AM0-obe", "EUR05-VI1-obe", "EUR03-DBA-obe", "FRA01-MR2-obe"]) + ".outbound.protection.outlook.com"
    peer = "%s%04d" % (mbx[:-4], rng.randint(1000, 9999))
    peerfq = "%s.%s" % (peer, fq.split(".", 1)[1])
    ver = "15.20.%d.%d" % (rng.choice([8722, 8769, 8814, 8857]), rng.randint(10, 40))
    ll = "fe80::%s:%s:%s:%s" % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4))
    rec = [
        "from %s (2603:10a6:%s:%s::%d)\n by %s (2603:10a6:%s:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
        % (fq, rhex(rng, 3), rhex(rng, 3), rng.randint(10, 30), peerfq, rhex(rng, 2), rhex(rng, 3),
           rng.randint(5, 20), ver, rfc2822_nopad(plus(t, 1), "UTC").replace("+0000", "+0000")),
        "from %s\n ([%s]) by %s\n ([%s%%4]) with mapi id %s.%03d; %s"
        % (fq, ll, fq, ll, ver.rsplit(".", 1)[0], int(ver.rsplit(".", 1)[1]), rfc2822_nopad(t, "UTC")),
    ]
    mid = "<%s%s@%s>" % (mbx, rhex(rng, 32 - len(mbx) + 13, upper=True), fq)
    tid = tenant_id or ruuid(rng)
    trace = [
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("msip_labels", ""),
        ("x-ms-publictraffictype", "Email"),
        ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (mbx, peer)),
    ]
    post = [
        ("X-OriginatorOrg", tenant_domain),
        ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
        ("X-MS-Exchange-CrossTenant-AuthSource", fq),
        ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid(rng)),
        ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s (UTC)" % t.strftime("%d %b %Y %H:%M:%S.%f")[:-3]),
        ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
        ("X-MS-Exchange-CrossTenant-id", tid),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", peer),
    ]
    e = Env(helo, edge_host, ip, tls="tls12", received=rec, msgid=mid,
            boundary=b_outlook(rng, fq), delay=3)
    e.ms_trace = trace
    e.ms_post = post
    e.date_zone = "UTC"
    e.mbx = fq
    return e


def gmail(rng, t, workspace=False, mobile=False):
    n = rng.choice([41, 42, 43, 44, 45, 46, 49, 50, 51, 52, 53, 54, 128, 169, 170, 171, 172])
    fam = rng.choice(["wr1", "wm1", "ej1", "lf1", "ed1", "wr1"])
    fam_ip = {"wr1": "209.85.221", "wm1": "209.85.128", "ej1": "209.85.208", "lf1": "209.85.167", "ed1": "209.85.208"}[fam]
    host = "mail-%s-f%d.google.com" % (fam, n)
    ip = "%s.%d" % (fam_ip, n)
    smtpid = "%s-%s%s.%d" % (rng.choice(["ffacd0b85a97d", "4fb4d7f45d1cf", "5b1f17b1804b1", "2adb3069b0e04"]),
                              rhex(rng, 10), rng.choice(["so", "so1"]) + str(rng.randint(100000, 999999)) + "f8f", rng.randint(1, 9))
    rec = ["by %s with SMTP id %s\n        for <%%RCPT%%>; %s" % (host, smtpid, rfc2822(t, "PT", abbr=True))]
    xr = "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s-%s.%d.%d; %s" % (
        rhex(rng, 4), rhex(rng, 3), rhex(rng, 3), rhex(rng, 3), rhex(rng, 4), rstr(rng, 1, "abcdefghijklmnopqrstuvwxyz") + rstr(rng, 2, "0123456789"),
        rstr(rng, 20, "0123456789") + rhex(rng, 16), rng.randint(1, 30), int(t.timestamp() * 1000), rfc2822(t, "PT", abbr=True))
    trace = [
        ("X-Gm-Message-State", "AOJu0Y" + rstr(rng, 70) + "=="),
        ("X-Google-Smtp-Source", "AGHT+I" + rstr(rng, 72) + "=="),
        ("X-Received", xr),
    ]
    mid = "<CA%s%s@mail.gmail.com>" % (rstr(rng, 1, "BDEFGHJKLMNOPK+"), rstr(rng, 60, ALNUM + "+_=-"))
    e = Env(host, host, ip, tls="tls13a", received=rec, trace=trace, msgid=mid,
            boundary=b_gmail(rng), delay=2)
    return e


def google_notify(rng, t):
    n = rng.choice([69, 73, 41, 65])
    host = "mail-sor-f%d.google.com" % n
    ip = "209.85.220.%d" % n
    rec = ["by %s with SMTP id %s\n        for <%%RCPT%%>\n        (Google Transport Security);\n        %s"
           % (host, "a640c23a62f3a-" + rhex(rng, 11) + "sor" + str(rng.randint(1000000, 9999999)) + "66b.22",
              rfc2822(t, "PT", abbr=True))]
    trace = [("X-Google-Smtp-Source", "AGHT+I" + rstr(rng, 72) + "=="),
             ("X-Received", "by 2002:a17:907:%s:b0:%s:%s with SMTP id %s; %s" % (
                 rhex(rng, 4), rhex(rng, 3), rhex(rng, 6), rhex(rng, 26), rfc2822(t, "PT", abbr=True)))]
    mid = "<%s@google.com>" % rstr(rng, 22, ALNUM + "-_")
    return Env(host, host, ip, tls="tls13a", received=rec, trace=trace, msgid=mid,
               boundary=b_gmail(rng), delay=1)


def nemesis(rng, t, provider="gmx", client_ip="79.241.14.88", client_helo=None, webmail=False):
    """GMX / WEB.DE / IONOS (1&1) submission via Nemesis."""
    if provider == "gmx":
        host, ip, node, ip2, dom = "mout.gmx.net", "212.227.17.%d" % rng.choice([20, 21, 22]), "mrgmx%d" % rng.randint(100, 110), "212.227.17.168", "mail.gmx.net"
    elif provider == "web":
        host, ip, node, ip2, dom = "mout.web.de", "212.227.15.%d" % rng.choice([3, 4, 14, 15]), "mrweb%d" % rng.randint(100, 110), "212.227.15.163", "web.de"
    else:
        host, ip, node, ip2, dom = "mout.kundenserver.de", "212.227.126.%d" % rng.choice([130, 131, 133, 134, 135, 187]), "mreue%d" % rng.randint(100, 112), "212.227.15.183", "mrelayeu.kundenserver.de"
    nid = "1M%s-1t%s-00%s" % (rstr(rng, 4), rstr(rng, 8), rstr(rng, 6))
    frm = "[%s] ([%s])" % (client_helo or "192.168.178.%d" % rng.randint(20, 60), client_ip)
    if webmail:
        frm = "[%s] ([%s]) by %s\n (3c-app-%s-bap%02d [172.19.172.%d]) (via HTTP); %s" % (
            client_ip, client_ip, "trinity-" + ruuid(rng), provider, rng.randint(1, 60), rng.randint(10, 99), rfc2822(t, "EU"))
        rec = ["from %s by %s (%s\n [%s]) with ESMTPSA (Nemesis) id %s; %s" % (
            "3c-app-%s-bap%02d" % (provider, rng.randint(1, 60)), dom, node, ip2, nid, rfc2822(plus(t, 1), "EU"))]
    else:
        rec = ["from %s by %s (%s\n [%s]) with ESMTPSA (Nemesis) id %s; %s" % (frm, dom, node, ip2, nid, rfc2822(plus(t, 1), "EU"))]
    trace = [("X-Provags-ID", "V03:K1:" + rstr(rng, 64, ALNUM + "+/")),
             ("UI-OutboundReport", "notjunk:1;M01:P0:" + rstr(rng, 11, ALNUM + "+/") + "=;" + rstr(rng, 40, ALNUM + "+/"))]
    return Env(host, host, ip, tls="tls13", received=rec, trace=trace,
               msgid="<%s@%s.de>" % (ruuid(rng), provider if provider != "ionos" else "x"), boundary=b_nemesis(rng), delay=2)


def postfix_server(rng, t, mailhost, mailhost_ip, client_ip, client_rdns=None, client_helo=None,
                   zone="EU", rdns=None, tls="tls13", auth=True, local_submit=False, extra_hops=()):
    """Own Postfix server (small company / VPS)."""
    if local_submit:
        sub = "from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            client_helo or "localhost", mailhost, postfix_short_qid(rng), rfc2822(t, zone, abbr=True))
    else:
        sub = "from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            client_helo or "[192.168.1.%d]" % rng.randint(20, 90), client_rdns or "unknown", client_ip, mailhost,
            postfix_qid(rng), rfc2822(t, zone, abbr=True))
    return Env(mailhost, rdns or mailhost, mailhost_ip, tls=tls, received=list(extra_hops) + [sub], delay=3)


def exim_cpanel(rng, t, server, server_ip, sender_domain, auth_user=None, client_ip=None,
                client_helo=None, zone="EU", php=False, cwd=None, uid=(1042, 1045)):
    """cPanel/Exim shared hosting: authenticated mailbox or PHP script."""
    xid = "1t%s-%s-%s" % (rstr(rng, 4), "000" + rstr(rng, 3, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"), rstr(rng, 2, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if php:
        user = sender_domain.split(".")[0][:8]
        sub = "from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s@%s>)\n\tid %s\n\tfor %%RCPT%%;\n\t%s" % (
            user, server, user, server, xid, rfc2822(t, zone))
        trace = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                 ("X-AntiAbuse", "Primary Hostname - %s" % server),
                 ("X-AntiAbuse", "Original Domain - example.com"),
                 ("X-AntiAbuse", "Originator/Caller UID/GID - [%d %d] / [47 12]" % uid),
                 ("X-AntiAbuse", "Sender Address Domain - %s" % server),
                 ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s/from_h" % (server, user)),
                 ("X-Authenticated-Sender", "%s: %s@%s" % (server, user, server)),
                 ("X-Source", "/opt/cpanel/ea-php82/root/usr/bin/php-cgi"),
                 ("X-Source-Args", "/opt/cpanel/ea-php82/root/usr/bin/php-cgi "),
                 ("X-Source-Dir", cwd or "%s:/public_html" % sender_domain)]
    else:
        sub = "from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %%RCPT%%;\n\t%s" % (
            client_ip, rng.randint(49152, 65000), client_helo or "[127.0.0.1]", server, auth_user, xid, rfc2822(t, zone))
        trace = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                 ("X-AntiAbuse", "Primary Hostname - %s" % server),
                 ("X-AntiAbuse", "Original Domain - example.com"),
                 ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
                 ("X-AntiAbuse", "Sender Address Domain - %s" % sender_domain),
                 ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, auth_user)),
                 ("X-Authenticated-Sender", "%s: %s" % (server, auth_user)),
                 ("X-Source", ""), ("X-Source-Args", ""), ("X-Source-Dir", "")]
    return Env(server, server, server_ip, tls="tls13", received=[sub], trace=trace, delay=2,
               boundary=b_phpmailer(rng) if php else b_roundcube(rng))


def sendgrid(rng, t, sender_sub="em4821.example-sender.com"):
    n = rng.randint(100, 999)
    ip = "149.72.%d.%d" % (rng.randint(120, 250), rng.randint(2, 250))
    host = "%s.sendgrid.net" % rstr(rng, 8, "abcdefghijklmnopqrstuvwxyz")
    fid = "filterdrecv-%s-%s" % (rhex(rng, 10), rstr(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    rec = [
        "by %s with SMTP id %s-1-%s-%d\n        %s +0000 UTC m=+%d.%06d" % (
            fid, fid, rhex(rng, 8).upper(), rng.randint(2, 40), t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], rng.randint(1000, 99999), rng.randint(0, 999999)),
        "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)" % (
            rstr(rng, 14, ALNUM), rng.randint(1, 12), rstr(rng, 22, ALNUM + "-_"), t.strftime("%a, %d %b %Y %H:%M:%S"), rng.randint(0, 999)),
    ]
    trace = [("X-SG-EID", rstr(rng, 120, ALNUM + "/+") + "=="),
             ("X-Entity-ID", rstr(rng, 22, ALNUM + "+/") + "==")]
    mid = "<%s@geopod-ismtpd-%d>" % (rstr(rng, 22, ALNUM + "-_"), rng.randint(1, 12))
    return Env(host, host, ip, tls="tls13", received=rec, trace=trace, msgid=mid,
               boundary=b_hex(rng, 64), delay=1)


def mailgun(rng, t, domain):
    a, b = rng.choice([(69, 72), (161, 38), (159, 135)]), rng.randint(40, 250)
    ip = "%d.%d.%d.%d" % (a[0], a[1], rng.randint(32, 47), b)
    host = "m%d-%d.%s" % (rng.randint(32, 47), b, "eu.mailgun.net" if a[0] != 69 else "mailgun.net")
    rec = ["by %s with HTTP id %s; %s" % (rhex(rng, 40), rhex(rng, 24), rfc2822(t, "UTC"))]
    trace = [("X-Mailgun-Sid", "WyI" + rstr(rng, 60, ALNUM) + "=="),
             ("X-Mailgun-Sending-Ip", ip),
             ("X-Mailgun-Variables", '{"cid": "%d"}' % rng.randint(10000, 99999))]
    mid = "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), rhex(rng, 16), domain)
    return Env(host, host, ip, tls="tls12", received=rec, trace=trace, msgid=mid,
               boundary=b_hex(rng, 32), delay=2)


def ses(rng, t, region="eu-west-1"):
    n = rng.randint(1, 250)
    ip = "54.240.%d.%d" % (rng.choice([0, 1, 2, 3, 4, 6, 7]), n)
    host = "a%s-%d.smtp-out.%s.amazonses.com" % (ip.split(".")[2], n, region)
    sesid = "010201%s-%s-000000" % (rhex(rng, 10), ruuid(rng))
    trace = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, rstr(rng, 44, ALNUM + "+/"))),
             ("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), ip))]
    e = Env(host, host, ip, tls="tls12", received=[], trace=trace,
            msgid="<%s@%s.amazonses.com>" % (sesid, region), boundary=b_hex(rng, 30, "----=_Part_"), delay=1)
    e.ses_id = sesid
    return e


def brevo(rng, t):
    n = rng.randint(2, 240)
    ip = "77.32.%d.%d" % (rng.choice([148, 149, 150]), n)
    host = "m%d.sender-sib.com" % rng.randint(10, 99)
    rec = ["from smtp-relay.brevo.com by %s (Brevo) with ESMTP id %s; %s" % (host, rhex(rng, 12), rfc2822(t, "UTC"))]
    trace = [("X-Mailer", "Brevo"), ("X-sib-id", rstr(rng, 60, ALNUM + "_-")),
             ("Feedback-ID", "%d.%s:%d:Brevo" % (rng.randint(100000, 999999), "77.32.148." + str(n), rng.randint(1000, 9999)))]
    mid = "<%s.%d@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), rng.randint(10000000000, 99999999999))
    return Env(host, host, ip, tls="tls12", received=rec, trace=trace, msgid=mid,
               boundary=b_hex(rng, 32), delay=1)


def mailchimp(rng, t):
    a, b = rng.choice([(178, "suw61"), (175, "atl121"), (181, "suw151")]), rng.randint(10, 250)
    ip = "198.2.%d.%d" % (a[0], b)
    host = "mail%d-%d.%s.mcdlv.net" % (a[0], b, a[1])
    rec = ["from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%%RCPT%%>; %s" % (
        host, rstr(rng, 12, PFX_ALPHA), rfc2822(t, "UTC"))]
    mid = "<%s.%s@%s>" % (rhex(rng, 20), rhex(rng, 4), "mail%d.%s.mcdlv.net" % (a[0], a[1]))
    return Env(host, host, ip, tls="tls12", received=rec, msgid=mid,
               boundary=lambda i: "_----------=_MCPart_%d" % (1500000000 + i), delay=1)


def proton(rng, t):
    n = rng.choice([4316, 4317, 4022, 40131, 1033])
    ip = {4316: "185.70.43.16", 4317: "185.70.43.17", 4022: "185.70.40.22", 40131: "185.70.40.131", 1033: "185.70.40.33"}[n]
    host = "mail-%d.protonmail.ch" % n
    mid = "<%s=@proton.me>" % rstr(rng, 86, ALNUM + "_-")
    trace = [("X-Pm-Message-ID", rhex(rng, 40)), ("Feedback-ID", "%s:user:proton" % rstr(rng, 88, ALNUM + "_-") + "==")]
    return Env(host, host, ip, tls="tls13", received=[], trace=trace, msgid=mid,
               boundary=b_hex(rng, 32, "b1="), delay=1)


def aruba(rng, t, client_ip, webmail=False):
    n = rng.randint(10000, 19999)
    ip = "62.149.156.%d" % rng.randint(60, 200)
    host = "smtpcmd%d.aruba.it" % n
    helo = host
    frm = ("webmail" if webmail else "[192.168.1.%d]" % rng.randint(10, 60)) + " ([%s])" % client_ip
    rec = ["from %s\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (frm, rstr(rng, 8, ALNUM), rfc2822(t, "EU"))]
    return Env(helo, host, ip, tls="tls12", received=rec, delay=3)


def homepl(rng, t, client_ip, client_rdns=None, webmail=False):
    n = rng.randint(1800000, 2999999)
    host = "cloudserver%d.home.pl" % n
    ip = "79.96.%d.%d" % (rng.choice([170, 171, 175, 194]), rng.randint(2, 250))
    if webmail:
        sub = "from webmail.home.pl (unknown [%s])\n\tby %s (Postfix) with ESMTPA id %s;\n\t%s" % (
            client_ip, host, postfix_qid(rng), rfc2822(t, "EU", abbr=True))
    else:
        sub = "from [192.168.0.%d] (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits))\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            rng.randint(100, 140), client_rdns or "unknown", client_ip, host, postfix_qid(rng), rfc2822(t, "EU", abbr=True))
    return Env(host, host, ip, tls="tls13", received=[sub], delay=2)


def libero(rng, t, client_ip):
    n = rng.randint(20, 49)
    host = "smtp-%d-i2.italiaonline.it" % n
    ip = "213.209.10.%d" % n
    rec = ["from libero.it ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
        rng.randint(10, 250), n, rstr(rng, 22, ALNUM), rfc2822(t, "EU"))]
    trace = [("X-CNFS-Analysis", "v=2.4 cv=%s c=1 sm=1 tr=0 ts=%x" % (rstr(rng, 20), int(t.timestamp())))]
    mid = "<%d.%d.%d@libero.it>" % (rng.randint(100000, 9999999), rng.randint(1, 99), int(t.timestamp() * 1000))
    return Env(host, host, ip, tls="tls12", received=rec, trace=trace, msgid=mid,
               boundary=b_javamail(rng), delay=2)


def wppl(rng, t, client_ip, onet=False):
    if onet:
        n = rng.randint(80, 99)
        host, ip = "smtpo%d.poczta.onet.pl" % n, "213.180.149.%d" % (150 + n % 50)
        rec = ["from %s (unknown [%s])\n\tby smtp.poczta.onet.pl (Onet) with ESMTPA id 4%s\n\tfor <%%RCPT%%>; %s" % (
            "[192.168.1.%d]" % rng.randint(2, 60), client_ip, rstr(rng, 12, PFX_ALPHA), rfc2822(t, "EU", abbr=True))]
        return Env(host, host, ip, tls="tls12", received=rec, delay=2)
    n = rng.choice([4, 5, 8])
    host, ip = "mx%d.wp.pl" % n, "212.77.101.%d" % (n + 8)
    rec = ["from [%s] ([%s])\n          (envelope-sender <%%SENDER%%>)\n          by smtp.wp.pl (WP-SMTPD) with ESMTPSA for <%%RCPT%%>; %s" % (
               client_ip, client_ip, rfc2822(t, "EU"))]
    trace = [("X-WP-MailID", rhex(rng, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"),
             ("X-WP-SPAM", "NO 0000000 [MeN0]")]
    return Env(host, host, ip, tls="tls12", received=rec, trace=trace, delay=2)


def otenet(rng, t, client_ip):
    n = rng.randint(1, 8)
    host, ip = "mailout%d.otenet.gr" % n, "83.235.67.%d" % (30 + n)
    rec = ["from webmail.otenet.gr (unknown [%s])\n\tby smtp-out%d.otenet.gr (Postfix) with ESMTPA id %s\n\tfor <%%RCPT%%>; %s" % (
        client_ip, n, postfix_qid(rng), rfc2822(t, "GR", abbr=True))]
    return Env(host, host, ip, tls="tls12", received=rec, delay=2)


def yandex(rng, t, webmail=True):
    n = rng.choice(["forward100a", "forward102b", "forward500a", "forward501b", "forward103b"])
    host = "%s.mail.yandex.net" % n
    ip = "178.154.239.%d" % rng.randint(72, 220)
    pod = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (rng.randint(10, 99), rng.choice(["vla", "sas", "myt", "iva"]))
    rec = ["from %s (%s [IPv6:2a02:6b8:c1f:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%%RCPT%%>; %s" % (
        pod, pod, rhex(rng, 4), rhex(rng, 4), host, rstr(rng, 10, ALNUM) + "-" + rstr(rng, 8, ALNUM), rfc2822(plus(t, 1), "RU")),
        "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (pod, rstr(rng, 10, ALNUM), rstr(rng, 8, ALNUM), rfc2822(t, "RU"))]
    trace = [("X-Yandex-Fwd", "1")]
    mid = "<%d@mail.yandex.ru>" % rng.randint(10 ** 14, 10 ** 15 - 1)
    return Env(host, host, ip, tls="tls13", received=rec, trace=trace, msgid=mid,
               boundary=b_hex(rng, 0, ""), delay=1)


def mailru(rng, t, client_ip):
    n = rng.choice([41, 42, 45, 48, 52, 54])
    host, ip = "smtp%d.i.mail.ru" % n, "95.163.41.%d" % n
    rec = ["by smtp%d.i.mail.ru with esmtpa (envelope-from <%%SENDER%%>)\n\tid 1t%s-%s-%s; %s" % (
        n, rstr(rng, 4), "00000000" + rstr(rng, 3), rstr(rng, 4), rfc2822(t, "RU"))]
    trace = [("X-Mailru-Src", "smtp"), ("X-7564579A", "78E4E2B564C1792B"),
             ("X-77F55803", "4F1203BC0FB41BD9" + rhex(rng, 40, upper=True)),
             ("X-Mailru-Sender", rhex(rng, 32, upper=True) + "7A3C6F1E5B2D8E4A"),
             ("X-Mras", "Ok")]
    return Env(host, host, ip, tls="tls13", received=rec, trace=trace, delay=2)


def zoho(rng, t):
    n = rng.randint(10, 99)
    host = "sender4-op-o%d.zoho.eu" % n
    ip = "136.143.169.%d" % n
    rec = ["by mx.zoho.eu with SMTP id %d%d.%s;\n\t%s" % (
        int(t.timestamp() * 1000), rng.randint(100, 999), rstr(rng, 12, "0123456789"), rfc2822(t, "EU").replace("+0100", "+0100"))]
    trace = [("X-ZohoMail-Sender", "")]
    mid = "<%d.%d@mail.zoho.eu>" % (int(t.timestamp() * 1000), rng.randint(10 ** 17, 10 ** 18 - 1))
    return Env(host, host, ip, tls="tls13", received=rec, trace=trace, msgid=mid,
               boundary=b_hex(rng, 22, "----=_Part_"), delay=2)


def helper_env(helo, rdns, ip, tls, received=(), trace=(), delay=2):
    return Env(helo, rdns, ip, tls=tls, received=list(received), trace=list(trace), delay=delay)


def stable_hash(s, n=8):
    return hashlib.sha256(s.encode()).hexdigest()[:n]
