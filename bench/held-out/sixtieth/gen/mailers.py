"""Sending-system profiles: Message-ID style, client headers, sender-side
Received hops and the client that connects to mx01.  Each profile is a
function p(ctx) -> dict; ctx has r (Random), frm (address), rcpt, date (aware
datetime, sender local), opt (dict of profile options)."""
import base64
from datetime import timezone

from util import hexid, alnum, uuid4, rfc2822, plus, in_zone

B36 = "abcdefghijklmnopqrstuvwxyz0123456789"
PFX_ALPHA = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"   # Postfix long queue id
TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS13_128 = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
             "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


def pfx_qid(r):
    return r.choice("345") + "".join(r.choice(PFX_ALPHA) for _ in range(r.choice((10, 11, 12))))


def pfx_short(r):
    return hexid(r, r.choice((10, 11)), upper=True)


def dom(a):
    return a.split("@")[1]


def utcs(dt, sec=0):
    return rfc2822(plus(dt, sec).astimezone(timezone.utc))


def loc(dt, zone, sec=0, abbr=False):
    return rfc2822(plus(dt, sec), zone, abbr)


def filetime(dt):
    ts = int(dt.timestamp())
    ft = (ts + 11644473600) * 10 ** 7 + 1234567
    return ft >> 32, ft & 0xFFFFFFFF


def thread_index(r, dt):
    hi, lo = filetime(dt)
    raw = (hi.to_bytes(4, "big") + (lo >> 16).to_bytes(2, "big") +
           bytes(r.randrange(256) for _ in range(16)))
    return base64.b64encode(raw).decode()


def exim_id(r):
    return "%s-%s-%s" % (alnum(r, 6), alnum(r, 11, "0123456789" + "abcdefABCDEF" + "gGhH"), alnum(r, 4))


# ----------------------------------------------------------------- profiles

def exchange_internal(ctx):
    """Internal mail: Outlook -> Exchange 2019 (EXCH01/02) -> mail-int01 -> mx01."""
    r, d = ctx["r"], ctx["date"]
    srv = ctx["opt"].get("exch", "EXCH01")
    other = "EXCH02" if srv == "EXCH01" else "EXCH01"
    ip = {"EXCH01": "10.20.1.11", "EXCH02": "10.20.1.12"}
    hops = [
        "from %s.corp.example.com (%s.corp.example.com [%s])\n\t%s\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
        % (other, other.lower(), ip[other], TLS12, pfx_short(r), ctx["rcpt"], loc(d, "de", 2, True)),
        "from %s.corp.example.com (%s) by %s.corp.example.com\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s"
        % (srv, ip[srv], other, ip[other], loc(d, "de", 1)),
    ]
    if ctx["opt"].get("system"):
        sysh, sysip = ctx["opt"]["system"]
        hops[1] = "from %s (%s) by %s.corp.example.com (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14\n via Frontend Transport; %s" % (
            sysh, sysip, other, ip[other], loc(d, "de", 1))
    hdrs = [("Thread-Topic", ctx.get("topic")), ("Thread-Index", thread_index(r, d))]
    if not ctx["opt"].get("system"):
        hdrs += [("Accept-Language", ctx["opt"].get("lang", "de-DE, en-US")),
                 ("Content-Language", ctx["opt"].get("clang", "de-DE")),
                 ("X-MS-Has-Attach", "yes" if ctx.get("has_att") else ""),
                 ("X-MS-TNEF-Correlator", ""),
                 ("x-originating-ip", "[10.20.%d.%d]" % (r.randint(32, 63), r.randint(10, 250)))]
    else:
        hdrs = [h for h in ctx["opt"].get("sys_headers", [])]
    mid = "<%s@%s.corp.example.com>" % (hexid(r, 32), srv)
    b = hexid(r, 32)
    if ctx["opt"].get("system"):
        return {"msgid": None, "hops": hops,
                "client": ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"),
                "tls": TLS13_128, "headers": hdrs,
                "boundary": lambda k: "----voicemail_%d%s" % (r.randint(10 ** 6, 10 ** 7), hexid(r, 12)),
                "order": "generic"}
    return {"msgid": mid, "hops": hops,
            "client": ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"),
            "tls": TLS13_128, "headers": hdrs,
            "boundary": lambda k, b=b: "_%03d_%s%scorpexamplecom_" % ({"alt": 0, "mixed": 4, "related": 3}[k], b, srv),
            "order": "outlook"}


def m365(ctx):
    """Exchange Online tenant (business)."""
    r, d = ctx["r"], ctx["date"]
    region = ctx["opt"].get("region", r.choice(["eurprd04", "eurprd05", "eurprd07", "eurprd08", "eurprd02"]))
    pod = region.replace("eurprd0", "")
    srv = r.choice(["AM9PR0%sMB" % pod, "DB9PR0%sMB" % pod, "PA4PR0%sMB" % pod, "VI1PR0%sMB" % pod,
                    "AS8PR0%sMB" % pod, "DU2PR0%sMB" % pod]) + str(r.randint(1000, 9999))
    srv2 = r.choice(["AM0PR0%sMB" % pod, "DB8PR0%sMB" % pod, "GV1PR0%sMB" % pod]) + str(r.randint(1000, 9999))
    fqdn = "%s.%s.prod.outlook.com" % (srv, region)
    fqdn2 = "%s.%s.prod.outlook.com" % (srv2, region)
    v6 = "fe80::%s:%s:%s:%s" % (hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 4))
    build = "15.20.%d.%03d" % (r.choice([8398, 8466, 8511]), r.randint(5, 40))
    hops = [
        "from %s (2603:10a6:%s:%s::%d)\n by %s (2603:10a6:%s:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
        % (fqdn, hexid(r, 3), hexid(r, 3), r.randint(2, 30), fqdn2, hexid(r, 3), hexid(r, 3),
           r.randint(2, 30), build.replace(".0", "."), utcs(d, 1)),
        "from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id %s; %s"
        % (fqdn, v6, fqdn, v6, r.randint(3, 7), build, utcs(d, 0)),
    ]
    geo = ctx["opt"].get("geo", "EUR05-DB8")
    g1, g2 = geo.split("-")
    n = r.randint(2010, 2160)
    ip = "40.107.%d.%d" % (r.choice([20, 21, 22, 104, 105, 149, 162]), r.randint(20, 250))
    helo = "%s-obe.outbound.protection.outlook.com" % geo
    rdns = "mail-%s%son%d.outbound.protection.outlook.com" % (g2.lower(), g1.lower().replace("0", "0"), n)
    local = "%s%s" % (srv, hexid(r, 32 - len(srv) + 14, upper=True))
    mid = "<%s@%s>" % (local, fqdn.upper() if ctx["opt"].get("upper") else fqdn)
    hdrs = [("Thread-Topic", ctx.get("topic")), ("Thread-Index", thread_index(r, d)),
            ("Accept-Language", ctx["opt"].get("lang", "en-GB, en-US")),
            ("Content-Language", ctx["opt"].get("clang", "en-GB")),
            ("X-MS-Has-Attach", "yes" if ctx.get("has_att") else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("x-ms-publictraffictype", "Email"),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", "%s.%04d (UTC)" % (
                plus(d, 1).astimezone(timezone.utc).strftime("%d %b %Y %H:%M:%S"), r.randint(0, 9999))),
            ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
            ("X-MS-Exchange-CrossTenant-id", uuid4(r)),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv2)]
    b = local.lower()[:40]
    return {"msgid": mid, "hops": hops, "client": (helo, rdns, ip), "tls": TLS12.replace("ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384"),
            "headers": hdrs,
            "boundary": lambda k, b=b, s=srv: "_%03d_%s%s_" % ({"alt": 0, "mixed": 4, "related": 3}[k], local, fqdn.replace(".", "")[:len(s) + 4]),
            "order": "outlook"}


def outlook_smtp(ctx):
    """Outlook 16 desktop through a hosting provider's authenticated SMTP."""
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    hi, lo = filetime(d)
    cnt = r.randint(1, 12)
    mid = "<%04x%08x$%08x$%s$@%s>" % (cnt, hi, lo, hexid(r, 8), dom(ctx["frm"]))
    provider = o["provider"]            # dict: smtp host, client tuple, fmt
    pc = o.get("pc", "DESKTOP-%s" % alnum(r, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
    zone = o.get("zone", "de")
    hops = [provider["hop"] % {"pc": pc, "isp": o.get("isp", "unknown"), "ip": o.get("ip", "93.41.190.77"),
                                "frm": ctx["frm"], "id": pfx_qid(r), "rcpt": ctx["rcpt"],
                                "date": loc(d, zone, 1), "date_abbr": loc(d, zone, 1, True)}]
    hdrs = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(r, d)),
            ("Content-Language", o.get("clang", "it"))]
    bnd = "%04X_%08X.%08X" % (cnt, hi, lo)
    return {"msgid": mid, "hops": hops, "client": provider["client"], "tls": provider.get("tls", TLS13),
            "headers": hdrs,
            "boundary": lambda k: "----=_NextPart_%03d_%s" % ({"mixed": 0, "alt": 1, "related": 2}[k], bnd),
            "order": "outlook_smtp"}


def thunderbird(ctx):
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    server = o["server"]              # (hostname, ip)
    mid = "<%s@%s>" % (uuid4(r), dom(ctx["frm"]))
    zone = o.get("zone", "de")
    hops = ["from [%s] (%s [%s])\n\t%s\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
            % (o.get("lan", "192.168.178.%d" % r.randint(20, 60)), o.get("isp", "unknown"), o["ip"], TLS13_128,
               ctx["frm"], server[0], pfx_qid(r), ctx["rcpt"], loc(d, zone, 1, True))]
    if o.get("webmail"):
        # Roundcube on the same host: submission from localhost + Roundcube's own Received line
        hops = ["from localhost (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                % (ctx["frm"], server[0], pfx_qid(r), ctx["rcpt"], loc(d, zone, 1, True)),
                "from [%s]\n\tby %s\n\twith HTTP (HTTP/1.1 POST); %s" % (o["ip"], o.get("webhost", "webmail." + dom(ctx["frm"])), loc(d, zone, 0))]
    hdrs = [("User-Agent", o.get("ua", "Mozilla Thunderbird")), ("Content-Language", o.get("clang", "de-DE"))]
    return {"msgid": mid, "hops": hops, "client": (server[0], server[0], server[1]), "tls": TLS13,
            "headers": hdrs, "boundary": lambda k, r=r: "------------" + alnum(r, 24),
            "order": "thunderbird"}


def gmail(ctx):
    r, d = ctx["r"], ctx["date"]
    fam = r.choice([("ed1", 208), ("wm1", 128), ("lf1", 167), ("ej1", 218), ("wr1", 221)])
    num = r.randint(41, 72)
    node = "mail-%s-f%d" % (fam[0], num)
    ip = "209.85.%d.%d" % (fam[1], num)
    sid = "%s-%s%s" % (r.choice(["4fb4d7f45d1cf", "5b1f17b1804b1", "2adb3069b0e04", "a640c23a62f3a"]),
                       "".join(r.choice("0123456789abcdef") for _ in range(10)), "so%d%s.%d" % (
                           r.randint(1000000, 9999999), r.choice(["a12", "e9", "f8", "b3"]), r.randint(0, 3)))
    hops = ["by %s with SMTP id %s\n        for <%s>; %s" % (node + ".google.com", sid, ctx["rcpt"], loc(d, "pt", 0, True)),
            ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %smr%d.%d.%d;\n        %s" % (
                hexid(r, 4), hexid(r, 4), hexid(r, 3), hexid(r, 3), hexid(r, 4), sid.split("so")[0], r.randint(1000000, 9999999),
                r.randint(1, 30), int(d.timestamp() * 1000), loc(d, "pt", 0, True)))]
    mid = "<CA%s@mail.gmail.com>" % alnum(r, r.randint(50, 64), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")
    return {"msgid": mid, "hops": hops, "client": (node + ".google.com", node + ".google.com", ip),
            "tls": TLS13_128, "headers": [],
            "boundary": lambda k, r=r: "000000000000" + hexid(r, 16), "order": "gmail"}


def gmx(ctx):
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    brand = o.get("brand", "gmx")
    app = "3c-app-%s-bap%02d" % ("webde" if brand == "webde" else "gmx", r.randint(1, 60))
    client_ip = o.get("ip", "79.%d.%d.%d" % (r.randint(192, 255), r.randint(1, 250), r.randint(1, 250)))
    mid = "<trinity-%s-%d@%s>" % (uuid4(r), int(d.timestamp() * 1000), app)
    mout = ("mout.web.de", "212.227.15.%d" % r.choice([3, 4, 14])) if brand == "webde" else ("mout.gmx.net", "212.227.15.%d" % r.choice([15, 18, 19]))
    hops = ["from [%s] ([%s]) by web-mail.%s\n (%s.server.lan [172.19.172.%d]) (via HTTP); %s" % (
        client_ip, client_ip, "web.de" if brand == "webde" else "gmx.net", app, r.randint(10, 200), loc(d, "de", 0))]
    hdrs = [("Importance", "normal"), ("Sensitivity", "Normal"),
            ("X-Priority", "3"), ("X-Provags-ID", "V03:K1:" + alnum(r, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
            ("UI-OutboundReport", "notjunk:1;M01:P0:" + alnum(r, 11) + "=;" + alnum(r, 40))]
    return {"msgid": mid, "hops": hops, "client": (mout[0], mout[0], mout[1]), "tls": TLS13,
            "headers": hdrs, "boundary": lambda k, r=r: "abmob-" + uuid4(r) if o.get("mobile") else "=_" + alnum(r, 16),
            "order": "gmx"}


def roundcube_cpanel(ctx):
    """Compromised mailbox of a small business on shared cPanel hosting."""
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    host, hip = o["host"]
    frm = ctx["frm"]
    hops = ["from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
            % (o["ip"], r.randint(40000, 65000), o["ip"], host, frm, exim_id(r), ctx["rcpt"], loc(d, o.get("zone", "utc"), 2))] \
        if o.get("smtp") else \
        ["from localhost ([127.0.0.1]:%d helo=webmail.%s)\n\tby %s with esmtpa (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
         % (r.randint(40000, 65000), dom(frm), host, frm, exim_id(r), ctx["rcpt"], loc(d, o.get("zone", "utc"), 2))]
    hdrs = [("User-Agent", o.get("ua", "Roundcube Webmail/1.6.9")),
            ("X-Sender", frm),
            ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
            ("X-AntiAbuse", "Primary Hostname - %s" % host),
            ("X-AntiAbuse", "Original Domain - example.com"),
            ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
            ("X-AntiAbuse", "Sender Address Domain - %s" % dom(frm)),
            ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, frm)),
            ("X-Authenticated-Sender", "%s: %s" % (host, frm))]
    if o.get("ua") is False:
        hdrs = hdrs[2:]
    mid = "<%s@%s>" % (hexid(r, 32), dom(frm))
    return {"msgid": mid, "hops": hops, "client": (host, host, hip), "tls": TLS13,
            "headers": hdrs, "boundary": lambda k, r=r: "=_" + hexid(r, 32), "order": "roundcube"}


def phpmailer_vps(ctx):
    """Look-alike domain on a rented VPS, PHP script -> local Postfix."""
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    host, ip = o["vps"]
    rdns = o.get("rdns", host)
    hops = ["by %s (Postfix, from userid 33)\n\tid %s; %s" % (host, pfx_short(r), loc(d, o.get("zone", "utc"), 0, True))]
    hdrs = [("X-Mailer", o.get("xmailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"))] if o.get("xmailer", 1) else []
    mid = "<%s@%s>" % (alnum(r, 43), o.get("mid_dom", dom(ctx["frm"])))
    return {"msgid": mid, "hops": hops, "client": (o.get("helo", host), rdns, ip),
            "tls": o.get("tls", TLS13_128) if o.get("tls", 1) else None, "headers": hdrs,
            "boundary": lambda k, r=r: "b1_" + alnum(r, 40), "order": "phpmailer"}


def sendgrid(ctx):
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    pod = "geopod-ismtpd-%d" % r.randint(1, 40)
    sgid = alnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    fd = "filterdrecv-%s-%s" % (hexid(r, 10), alnum(r, 5, "bcdfghjklmnpqrstvwxz2456789"))
    hops = ["by %s with SMTP id %s-1-%s-%X\n        %s +0000 UTC m=+%d.%06d" % (
                fd, fd, hexid(r, 8, upper=True), r.randint(10, 60),
                plus(d, 1).astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.") + "%09d" % r.randint(0, 999999999),
                r.randint(100000, 9999999), r.randint(0, 999999)),
            "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)" % (
                alnum(r, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), pod, sgid,
                plus(d, 0).astimezone(timezone.utc).strftime("%a, %d %b %Y %H:%M:%S"), r.randint(0, 999))]
    uid = r.randint(10000000, 49999999)
    em = o.get("em", "em%d.%s" % (r.randint(1000, 9999), dom(ctx["frm"])))
    rp = "bounces+%d-%s-%s=%s@%s" % (uid, hexid(r, 4), ctx["rcpt"].split("@")[0], dom(ctx["rcpt"]), em)
    hdrs = [("X-SG-EID", alnum(r, 100, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")[:76] + "\n " + alnum(r, 60) + "=="),
            ("X-SG-ID", alnum(r, 70) + "=="), ("X-Entity-ID", "u001." + alnum(r, 22) + "==")]
    ip = o.get("ip", "149.72.%d.%d" % (r.randint(100, 250), r.randint(1, 250)))
    h = o.get("helo", "o%d.ptr%d.%s" % (r.randint(1, 9), r.randint(1000, 9999), dom(ctx["frm"])))
    return {"msgid": "<%s@%s>" % (sgid, pod), "hops": hops, "client": (h, h, ip), "tls": TLS12,
            "headers": hdrs, "return_path": rp,
            "boundary": lambda k, r=r: hexid(r, 64), "order": "esp"}


def mailgun(ctx):
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    mg = o.get("mg", "mg." + dom(ctx["frm"]))
    hops = ["by %s with HTTP id %s; %s" % (hexid(r, 12), hexid(r, 24),
                                              plus(d, 0).astimezone(timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT"))]
    n = r.randint(100, 250)
    blk, num = r.choice([42, 43, 228, 239]), r.randint(1, 250)
    host = "m%d-%d.mailgun.net" % (blk, num)
    ip = ("69.72.%d.%d" if blk < 100 else "159.135.%d.%d") % (blk, num)
    sid = base64.b64encode(('["%s","%s","%s"]' % (hexid(r, 6), ctx["rcpt"], hexid(r, 6))).encode()).decode().rstrip("=")
    hdrs = [("X-Mailgun-Sid", sid), ("Sender", "%s@%s" % (ctx["frm"].split("@")[0], mg)),
            ("X-Mailgun-Tag", o.get("tag", "notice"))]
    rp = "bounce+%s.%s-%s=%s@%s" % (hexid(r, 6), hexid(r, 6), ctx["rcpt"].split("@")[0], dom(ctx["rcpt"]), mg)
    mid = "<%s.%s@%s>" % (plus(d, 0).astimezone(timezone.utc).strftime("%Y%m%d%H%M%S"), hexid(r, 16), mg)
    return {"msgid": mid, "hops": hops, "client": (host, host, ip), "tls": TLS12, "headers": hdrs,
            "return_path": rp, "boundary": lambda k, r=r: hexid(r, 64), "order": "esp"}


def brevo(ctx):
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    ip = "77.32.148.%d" % r.randint(10, 250)
    host = "s%d.%s.sendibm%d.com" % (r.randint(1, 9), r.choice("abcd"), r.randint(1, 9))
    hops = ["from smtp-relay.sendinblue.com (%s) by %s (Postfix) with ESMTPA id %s; %s" % (
        "[10.%d.%d.%d]" % (r.randint(1, 200), r.randint(1, 200), r.randint(1, 200)), host, pfx_short(r), utcs(d, 0))]
    hdrs = [("X-Mailer", "Sendinblue"), ("X-sib-id", alnum(r, 60) + "=="),
            ("Feedback-ID", "%d:%d:campaign:%d:%s" % (r.randint(1, 99), r.randint(1000000, 9999999), r.randint(10, 999), "sendinblue")),
            ("X-Csa-Complaints", "csa-complaints@eco.de"),
            ("Precedence", "bulk")]
    mid = "<%s.%d@smtp-relay.mailin.fr>" % (plus(d, 0).astimezone(timezone.utc).strftime("%Y%m%d%H%M"), r.randint(10 ** 10, 10 ** 11))
    rp = "bounces-%d-%s=example.com@%s" % (r.randint(10 ** 6, 10 ** 7), ctx["rcpt"].split("@")[0], host)
    return {"msgid": mid, "hops": hops, "client": (host, host, ip), "tls": TLS13, "headers": hdrs,
            "return_path": rp, "boundary": lambda k, r=r: alnum(r, 28), "order": "esp"}


def ses(ctx):
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    region = o.get("region", "eu-west-1")
    ms = int(d.timestamp() * 1000)
    sid = "0102%012x-%s-%s-%s-%s-%s-000000" % (ms, hexid(r, 8), hexid(r, 4), hexid(r, 4), hexid(r, 4), hexid(r, 12))
    n = r.randint(1, 40)
    a = r.choice([4, 6, 7])
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, n, region)
    ip = "54.240.%d.%d" % (a, n)
    hops = []
    hdrs = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, alnum(r, 43))),
            ("X-SES-Outgoing", "%s-%s" % (plus(d, 0).astimezone(timezone.utc).strftime("%Y.%m.%d"), ip))]
    mid = o.get("mid") or "<%s@%s.amazonses.com>" % (sid, region)
    return {"msgid": mid, "hops": hops, "client": (host, host, ip), "tls": TLS12, "headers": hdrs,
            "return_path": "%s@%s.amazonses.com" % (sid, region),
            "boundary": lambda k, r=r: "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(10 ** 8, 10 ** 9), ms),
            "order": "esp"}


def mailchimp(ctx):
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    a, b = r.randint(100, 250), r.randint(1, 30)
    host = "mail%d-%d.atl%d.mcdlv.net" % (a, b, r.choice([11, 31, 61, 101, 121]))
    ip = "198.2.%d.%d" % (a, b)
    ms = o.get("list", "us12")
    cid = hexid(r, 10)
    hops = ["from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s" % (
        host, alnum(r, 11, PFX_ALPHA), ctx["rcpt"], utcs(d, 0).replace("+0000", "+0000 (GMT)"))]
    hdrs = [("X-Mailer", "MailChimp Mailer - **CID%s%s**" % (cid, hexid(r, 10))),
            ("X-Campaign", "mailchimp%s.%s" % (hexid(r, 24), cid)),
            ("X-campaignid", "mailchimp%s.%s" % (hexid(r, 24), cid)),
            ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (hexid(r, 25), cid, hexid(r, 10))),
            ("X-MC-User", hexid(r, 25)),
            ("Feedback-ID", "%d:%d.%d:%s:mcOrg" % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 5, 10 ** 6), ms)),
            ("X-Accounttype", "pd"), ("Precedence", "bulk")]
    rp = "bounce-mc.%s_%d.%d-%s=%s@%s" % (ms, r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7), ctx["rcpt"].split("@")[0], dom(ctx["rcpt"]), host)
    mid = "<%s.%d.%d@%s>" % (hexid(r, 26), r.randint(10 ** 6, 10 ** 7), r.randint(10000, 99999), host)
    return {"msgid": mid, "hops": hops, "client": (host, host, ip), "tls": TLS12, "headers": hdrs,
            "return_path": rp, "boundary": lambda k, r=r: "_----------=_MCPart_%d" % r.randint(10 ** 9, 10 ** 10),
            "order": "esp"}


def yandex(ctx):
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    dc = r.choice(["vla", "iva", "sas", "myt", "klg"])
    fw = "forward%d%s.mail.yandex.net" % (r.randint(100, 503), r.choice("ab"))
    ip = "178.154.239.%d" % r.randint(60, 250)
    web = o.get("web", True)
    if web:
        inner = "mail-nwsmtp-mxback-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 99), dc)
        hops = ["from %s (%s [IPv6:2a02:6b8:c%02x:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
                    inner, inner, r.randint(0, 40), hexid(r, 4), hexid(r, 4), fw, hexid(r, 10, upper=True), ctx["rcpt"], loc(d, "ru", 2)),
                "from %s (localhost [127.0.0.1])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
                    inner, inner, alnum(r, 12), ctx["rcpt"], loc(d, "ru", 1)),
                "by %s with HTTP id %s;\n\t%s" % (
                    "mail-nwsmtp-%d.%s.yp-c.yandex.net" % (r.randint(10, 99), dc), alnum(r, 12), loc(d, "ru", 0))]
        hdrs = [("X-Yandex-Fwd", "1"), ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
        mid = "<%d%d@mail.yandex.ru>" % (r.randint(10 ** 5, 10 ** 6), int(d.timestamp()))
    else:
        inner = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 99), dc)
        hops = ["from %s (%s [IPv6:2a02:6b8:c%02x:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
                    inner, inner, r.randint(0, 40), hexid(r, 4), hexid(r, 4), fw, hexid(r, 10, upper=True), ctx["rcpt"], loc(d, "ru", 2)),
                "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (inner, alnum(r, 10), alnum(r, 8), loc(d, "ru", 1))]
        hdrs = [("X-Yandex-Fwd", "1")]
        mid = None
    return {"msgid": mid, "hops": hops, "client": (fw, fw, ip), "tls": TLS13, "headers": hdrs,
            "boundary": lambda k, r=r: "----==%s==----" % alnum(r, 32) if web else "------------" + alnum(r, 24),
            "order": "yandex" if web else "thebat"}


def libero(ctx):
    r, d = ctx["r"], ctx["date"]
    n = r.randint(10, 40)
    host = "smtp-%d.iol.local" % n
    out = ("libero.it", "smtp-%d.italiaonline.it" % n, "213.209.10.%d" % n)
    hops = ["from libero.it ([10.101.%d.%d])\n\tby %s with ESMTPA\n\tid %s; %s" % (
        r.randint(1, 200), r.randint(1, 200), host, alnum(r, 15), loc(d, "it", 0))]
    hdrs = [("X-Mailer", "Libero Mail"), ("X-Originating-IP", "[%d.%d.%d.%d]" % (
        r.choice([79, 87, 93, 151]), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250)))]
    mid = "<%s.%s.%s@libero.it>" % (hexid(r, 11), hexid(r, 8), hexid(r, 4))
    return {"msgid": mid, "hops": hops, "client": out, "tls": TLS12, "headers": hdrs,
            "boundary": lambda k, r=r: "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(10 ** 8, 10 ** 9), int(d.timestamp() * 1000)),
            "order": "generic"}


def wp(ctx):
    r, d = ctx["r"], ctx["date"]
    ip = ctx["opt"].get("ip") or "%d.%d.%d.%d" % (r.choice([83, 89, 178, 188]), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))
    hops = ["(wp-smtpd smtp.wp.pl %d invoked by uid 990); %s" % (r.randint(10000, 40000), loc(d, "pl", 0)),
            "from [%s] by poczta.wp.pl (WP-Poczta) with HTTPS; %s" % (ip, loc(d, "pl", 0))]
    hdrs = [("X-Mailer", "Poczta WP"), ("X-WP-MailID", hexid(r, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"),
            ("X-WP-SPAM", "NO 0000000 [0YMk]")]
    mid = "<%s@wp.pl>" % hexid(r, 24)
    n = r.randint(1, 9)
    return {"msgid": mid, "hops": hops, "client": ("mx%d.wp.pl" % n, "mx%d.wp.pl" % n, "212.77.101.%d" % (n + 10)),
            "tls": TLS13, "headers": hdrs, "boundary": lambda k, r=r: "=_" + hexid(r, 24), "order": "generic"}


def mailru(ctx):
    r, d = ctx["r"], ctx["date"]
    n = r.randint(30, 60)
    hops = ["by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid %s; %s" % (n + 300, ctx["frm"], exim_id(r), loc(d, "ru", 0)),
            "by e.mail.ru with HTTP; %s" % loc(d, "ru", 0)]
    hdrs = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%d.%d.%d.%d]" % (
        r.choice([46, 95, 178, 188]), r.randint(1, 250), r.randint(1, 250), r.randint(1, 250))),
            ("X-7564579A", "646B95376F6C"), ("X-77F55803", "119C1F4DF6A9251C4FDD6E2D7962ADC05E3A8A3D4A4B9E5B")]
    mid = "<%d.%s@f%d.i.mail.ru>" % (int(d.timestamp()), alnum(r, 12, "0123456789abcdefghijklmnopqrstuvwxyz"), n + 300)
    return {"msgid": mid, "hops": hops, "client": ("smtp%d.i.mail.ru" % n, "smtp%d.i.mail.ru" % n, "95.163.41.%d" % n),
            "tls": TLS13, "headers": hdrs, "boundary": lambda k, r=r: "--ALT--" + hexid(r, 32, upper=True) + str(int(d.timestamp())),
            "order": "generic"}


def service(ctx):
    """Generic transactional system; everything from opt."""
    r, d, o = ctx["r"], ctx["date"], ctx["opt"]
    fmt = {"r": r, "rcpt": ctx["rcpt"], "frm": ctx["frm"]}
    hops = [h(ctx) if callable(h) else h for h in o.get("hops", [])]
    mid = o["mid"](ctx) if callable(o.get("mid")) else o.get("mid")
    hdrs = [h for h in o.get("headers", [])]
    return {"msgid": mid, "hops": hops, "client": o["client"], "tls": o.get("tls", TLS13),
            "headers": hdrs, "return_path": o.get("return_path"),
            "boundary": o.get("boundary", lambda k, r=r: "----=_Part_%d_%d.%d" % (
                r.randint(1000, 999999), r.randint(10 ** 8, 10 ** 9), int(d.timestamp() * 1000))),
            "order": o.get("order", "generic")}


# hosting providers for outlook_smtp
ARUBA = {"hop": "from %(pc)s ([%(ip)s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %(id)s; %(date)s",
         "client": ("smtpdh17-2.aruba.it", "smtpdh17-2.aruba.it", "62.149.155.172")}
IONOS = {"hop": "from %(pc)s ([%(ip)s]) by mrelayeu.kundenserver.de\n (mreue108 [212.227.15.183]) with ESMTPSA (Nemesis) id %(id)s for\n <%(rcpt)s>; %(date)s",
         "client": ("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.187")}
HOMEPL = {"hop": "from %(pc)s (%(isp)s [%(ip)s])\n\t(Authenticated sender: %(frm)s)\n\tby cloudserver094152.home.pl (Postfix) with ESMTPSA id %(id)s\n\tfor <%(rcpt)s>; %(date_abbr)s",
          "client": ("cloudserver094152.home.pl", "cloudserver094152.home.pl", "79.96.170.14")}
OTE = {"hop": "from %(pc)s (%(isp)s [%(ip)s])\n\t(Authenticated sender: %(frm)s)\n\tby mailout2.otenet.gr (Postfix) with ESMTPSA id %(id)s\n\tfor <%(rcpt)s>; %(date_abbr)s",
       "client": ("mailout2.otenet.gr", "mailout2.otenet.gr", "83.235.67.33")}
