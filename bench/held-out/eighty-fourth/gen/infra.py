"""Sending infrastructures: trace headers below mx01, Message-ID style, typical headers.

Every builder takes a context dict c with keys: t (UTC datetime of the Date header),
seed, mail_from (envelope sender), rcpt, zone (sender's zone), plus kwargs, and returns
a dict with: hops (list of Received values below mx01, top first), mx (helo, rdns, ip,
tls), msgid, extra (list of (name, value)), order (header-order style), bstyle
(boundary style), return_path, date_style, trace (extra trace headers after Received).
"""
import base64
import hashlib

import util
from util import fmt_date, plus

PF_ALPHA = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy"


def pf_qid(seed):
    r = util.rng("pfq", seed)
    return "4" + "".join(r.choice(PF_ALPHA) for _ in range(r.choice((9, 10)))) + "z" + \
        "".join(r.choice(PF_ALPHA) for _ in range(r.choice((3, 4, 5))))


def b64id(seed, n):
    raw = hashlib.sha256(("b64" + str(seed)).encode()).digest() * 4
    return base64.b64encode(raw).decode()[:n]


def urlsafe(seed, n):
    return b64id(seed, n).replace("+", "-").replace("/", "_")


def tls_clause(ver="TLSv1.3"):
    if ver == "TLSv1.3":
        return ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
                "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
                "\t(No client certificate requested)")
    return ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
            "\t(No client certificate requested)")


def mx01(helo, rdns, ip, rcpt, t, seed, tls="TLSv1.3"):
    s = "from %s (%s [%s])\n" % (helo, rdns or "unknown", ip)
    if tls:
        s += "\t" + tls_clause(tls) + "\n"
    s += "\tby mx01.example.com (Postfix) with %s id %s\n" % ("ESMTPS" if tls else "ESMTP", pf_qid(seed + "mx01"))
    s += "\tfor <%s>; %s" % (rcpt, fmt_date(t, "CET", "space", True))
    return s


def outlook_msgid(seed, dom):
    """Outlook desktop (non-Exchange) style: <0000 01dcXXXX $xxxxxxxx$xxxxxxxx$@domain>."""
    r = util.rng("olmid", seed)
    return "<%04x01dc%s$%s$%s$@%s>" % (r.randrange(0, 12), util.hexid(seed + "o1", 4), util.hexid(seed + "o2", 8),
                                      util.hexid(seed + "o3", 8), dom)


def _guid(seed):
    """Random (version 4) UUID derived from the seed."""
    h = util.hexid(seed, 32)
    v = "89ab"[int(h[16], 16) % 4]
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], v, h[17:20], h[20:])


def thread_index(seed):
    raw = b"\x01" + hashlib.sha256(("ti" + seed).encode()).digest()[:21]
    return base64.b64encode(raw).decode()


def _exo_server(seed, region="eurprd04", dc=None):
    r = util.rng("exo", seed)
    pre = dc or r.choice(["AM0PR", "AM9PR", "DB9PR", "DU2PR", "PA4PR", "AS8PR", "VI1PR", "GV1PR", "FR3PR"])
    num = region[-2:]
    return "%s%sMB%d" % (pre, num, r.randrange(1000, 9999)), region


# ------------------------------------------------------------------ internal (on-prem Exchange)
def exchange_internal(c, client_ip="10.20.14.52", server="EXCH02", lang="de-DE"):
    t = c["t"]
    seed = c["seed"]
    v6 = "fe80::%s:%s:%s:%s" % tuple(util.hexid(seed + server, 16)[i:i + 4] for i in (0, 4, 8, 12))
    hops = [
        "from %s.corp.example.com (10.20.0.32) by %s.corp.example.com\n\t(10.20.0.31) with Microsoft SMTP Server (version=TLS1_2,\n"
        "\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s" % (
            server, "EXCH01", fmt_date(plus(t, 1), "CET")),
        "from %s.corp.example.com ([%s]) by %s.corp.example.com\n\t([%s%%13]) with mapi id 15.02.1544.014; %s" % (
            server, v6, server, v6, fmt_date(t, "CET")),
    ]
    extra = [("Thread-Topic", None), ("Thread-Index", thread_index(seed)),
             ("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US, de-DE"),
             ("Content-Language", lang), ("X-MS-Has-Attach", None),
             ("X-MS-TNEF-Correlator", ""),
             ("x-ms-exchange-messagesentrepresentingtype", "1"),
             ("x-ms-exchange-transport-fromentityheader", "Hosted"),
             ("x-originating-ip", "[%s]" % client_ip)]
    return dict(hops=hops, mx=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "TLSv1.2"),
                msgid="<%s@%s.corp.example.com>" % (util.hexid(seed + "mid", 32), server),
                extra=extra, order="outlook", bstyle="exchange", date_style="nopad", mx_delay=3)


# ------------------------------------------------------------------ Microsoft 365 tenant
def m365(c, tenant_guid=None, region="eurprd04", client_ip=None, org=None, lang="de-DE",
         mailer=None, obe="EUR05-AM6-obe", eop_ip="40.107.22.112", eop_name=None, consumer=False):
    t, seed = c["t"], c["seed"]
    srv, reg = _exo_server(seed + "a", region)
    srv2, _ = _exo_server(seed + "b", region)
    r = util.rng("m365", seed)
    if consumer:
        srv = "%sP190MB%04d" % (r.choice(["DB9", "AM7", "PAXP", "DU0P"]), r.randrange(1000, 9999))
        srv2 = "%sP190MB%04d" % (r.choice(["DB9", "AM7", "PAXP", "DU0P"]), r.randrange(1000, 9999))
        reg = "EURP190"
    v6a = "2603:10a6:%x:%x::%x" % (r.randrange(16, 999), r.randrange(16, 999), r.randrange(8, 30))
    v6b = "2603:10a6:%x:%x::%x" % (r.randrange(16, 999), r.randrange(16, 999), r.randrange(8, 30))
    fe = "fe80::%s:%s:%s:%s" % tuple(util.hexid(seed + "fe", 16)[i:i + 4] for i in (0, 4, 8, 12))
    hops = [
        "from %s.%s.prod.outlook.com (%s) by\n\t%s.%s.prod.outlook.com (%s) with Microsoft SMTP Server\n"
        "\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9124.17;\n\t%s" % (
            srv, reg, v6a, srv2, reg, v6b, fmt_date(plus(t, 1), "UTC")),
        "from %s.%s.prod.outlook.com\n\t([%s]) by %s.%s.prod.outlook.com\n\t([%s%%7]) with mapi id 15.20.9124.015; %s" % (
            srv, reg, fe, srv, reg, fe, fmt_date(t, "UTC")),
    ]
    if consumer:
        hops = [h.replace(".%s.prod.outlook.com" % reg, ".%s.PROD.OUTLOOK.COM" % reg) for h in hops]
    tg = tenant_guid or _guid(seed + "tenant")
    nm = _guid(seed + "nmid")
    extra = [("Thread-Topic", None), ("Thread-Index", thread_index(seed)),
             ("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"),
             ("Content-Language", lang), ("X-MS-Has-Attach", None),
             ("X-MS-TNEF-Correlator", "")]
    if mailer:
        extra.append(("X-Mailer", mailer))
    extra += [("x-ms-publictraffictype", "Email"),
              ("X-MS-Exchange-CrossTenant-Network-Message-Id", nm),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s" % util.local_dt(t, "UTC").strftime("%d %b %Y %H:%M:%S.") + "%04dZ" % r.randrange(10000)),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
              ("X-MS-Exchange-CrossTenant-id", tg),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv2)]
    if org:
        extra.append(("X-OriginatorOrg", org))
    name = eop_name or "mail-%son%d.outbound.protection.outlook.com" % (
        obe.split("-")[1].lower() + obe.split("-")[0][:3].lower() + obe.split("-")[0][3:5], r.randrange(2000, 2150))
    return dict(hops=hops, mx=(obe + ".outbound.protection.outlook.com", name, eop_ip, "TLSv1.2"),
                msgid="<%s%s@%s.%s.%s>" % (srv, util.hexid(seed + "mid", 24).upper(), srv, reg,
                                           "PROD.OUTLOOK.COM" if consumer else "prod.outlook.com"),
                extra=extra, order="outlook", bstyle="outlook", date_style="nopad", mx_delay=2)


# ------------------------------------------------------------------ own Postfix server (SMB / VPS)
def postfix(c, host, ip, rdns=None, helo=None, client=None, auth=True, mua=None,
            msgid_domain=None, tls="TLSv1.3", lan=False, bstyle=None, order=None,
            date_style="nopad", extra=None, amavis=False):
    """client: (helo_or_bracket, rdns, ip) of the submitting machine."""
    t, seed = c["t"], c["seed"]
    hops = []
    if amavis:
        hops.append("from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (
            host, pf_qid(seed + "amv"), fmt_date(plus(t, 2), c["zone"], "space", True)))
    if client:
        ch, cr, cip = client
        h = "from %s (%s [%s])\n" % (ch, cr or "unknown", cip)
        if auth:
            h += "\t(Authenticated sender: %s)\n" % c["mail_from"]
            h += "\tby %s (Postfix) with ESMTPSA id %s\n" % (host, pf_qid(seed + "sub"))
        else:
            h += "\tby %s (Postfix) with ESMTP id %s\n" % (host, pf_qid(seed + "sub"))
        h += "\tfor <%s>; %s" % (c["rcpt"], fmt_date(plus(t, 1), c["zone"], "space", True))
        hops.append(h)
    ex = list(extra or [])
    style = bstyle or "default"
    ordr = order or "generic"
    dom = msgid_domain or c["mail_from"].split("@")[1]
    if mua == "thunderbird":
        msgid = "<%s@%s>" % (_guid(seed + "tb"), dom)
        ex.append(("User-Agent", "Mozilla Thunderbird"))
        ordr, style = "thunderbird", "thunderbird"
    elif mua == "roundcube":
        msgid = "<%s@%s>" % (util.hexid(seed + "rc", 32), dom)
        ex.append(("User-Agent", "Roundcube Webmail/1.6.9"))
        style = "roundcube"
    elif mua == "outlook":
        msgid = outlook_msgid(seed, dom)
        ex.append(("X-Mailer", "Microsoft Outlook 16.0"))
        ex.append(("Thread-Index", thread_index(seed)))
        ex.append(("Content-Language", c.get("lang", "de")))
        ordr, style = "outlook_smtp", "outlook_smtp"
    elif mua == "phpmailer":
        msgid = "<%s@%s>" % (util.rand_str(seed + "pm", 43), dom)
        ex.append(("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"))
        style = "phpmailer"
    elif mua == "erp":
        msgid = "<%s.%s@%s>" % (util.local_dt(t, c["zone"]).strftime("%Y%m%d%H%M%S"), util.hexid(seed + "erp", 10).upper(), dom)
        style = "javamail"
    elif mua == "apple":
        msgid = "<%s@%s>" % (_guid(seed + "ap").upper(), dom)
        ex.append(("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"))
        style, ordr = "apple", "apple"
    elif mua == "iphone":
        msgid = "<%s@%s>" % (_guid(seed + "ip").upper(), dom)
        ex.append(("X-Mailer", "iPhone Mail (22B91)"))
        style, ordr = "apple", "apple"
    elif mua == "thebat":
        msgid = "<%s.%s@%s>" % (util.hexid(seed + "tb1", 10), util.hexid(seed + "tb2", 8), dom)
        ex.append(("X-Mailer", "The Bat! (v11.0.3) Professional"))
        style = "the_bat"
    else:
        msgid = "<%s@%s>" % (util.hexid(seed + "x", 24), dom)
    hh, hr = helo or host, rdns or host
    return dict(hops=hops, mx=(hh, hr, ip, tls), msgid=msgid, extra=ex, order=ordr,
                bstyle=style, date_style=date_style, mx_delay=2)


# ------------------------------------------------------------------ Exim / cPanel shared hosting (often compromised)
def exim(c, host, ip, client_ip, helo="[127.0.0.1]", php_script=None, mua="phpmailer",
         rdns=None, local=False):
    t, seed = c["t"], c["seed"]
    r = util.rng("exim", seed)
    eid = "1v%s-%s-%s" % (util.rand_str(seed + "e1", 4), "0000000" + util.rand_str(seed + "e2", 4), util.rand_str(seed + "e3", 4))
    if local:
        h = ("from %s by %s with local (Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s" % (
            c["mail_from"].split("@")[0], host, c["mail_from"], eid, c["rcpt"], fmt_date(plus(t, 1), c["zone"], "pad0")))
    else:
        h = ("from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
             "\t(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s" % (
                 client_ip, r.randrange(49152, 65535), helo, host, c["mail_from"], eid, c["rcpt"],
                 fmt_date(plus(t, 1), c["zone"], "pad0")))
    ex = []
    if php_script:
        ex.append(("X-PHP-Originating-Script", php_script))
    if mua == "phpmailer":
        ex.append(("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"))
        msgid = "<%s@%s>" % (util.rand_str(seed + "pm", 43), c["mail_from"].split("@")[1])
        bst = "phpmailer"
    elif mua == "roundcube":
        ex.append(("User-Agent", "Roundcube Webmail/1.6.6"))
        msgid = "<%s@%s>" % (util.hexid(seed + "rc", 32), c["mail_from"].split("@")[1])
        bst = "roundcube"
    else:
        msgid = "<%s@%s>" % (util.hexid(seed + "x", 32), c["mail_from"].split("@")[1])
        bst = "default"
    ex += [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
           ("X-AntiAbuse", "Primary Hostname - %s" % host),
           ("X-AntiAbuse", "Original Domain - example.com"),
           ("X-AntiAbuse", "Sender Address Domain - %s" % c["mail_from"].split("@")[1]),
           ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, c["mail_from"]))]
    return dict(hops=[h], mx=(host, rdns or host, ip, "TLSv1.3"), msgid=msgid, extra=ex,
                order="generic", bstyle=bst, date_style="nopad", mx_delay=2)


# ------------------------------------------------------------------ Gmail (consumer / Workspace)
def gmail(c, n=None, workspace=False):
    t, seed = c["t"], c["seed"]
    r = util.rng("gm", seed)
    kind = r.choice(["wm1", "wr1", "ej1", "lf1", "ed1", "wm1"])
    num = n or r.choice([41, 43, 44, 45, 46, 47, 49, 50, 51, 52, 53, 54, 44, 47])
    blk = {"wm1": "128", "wr1": "221", "ej1": "208", "lf1": "167", "ed1": "208"}[kind]
    name = "mail-%s-f%d.google.com" % (kind, num)
    ip = "209.85.%s.%d" % (blk, num)
    smtpid = "%s-%s" % (r.choice(["5b1f17b1804b1", "2adb3069b0e04", "a640c23a62f3a", "4fb4d7f45d1cf"]),
                        util.hexid(seed + "g", 12))
    hops = ["by %s with SMTP id %sso%d%s.%d\n        for <%s>; %s" % (
        name, smtpid, r.randrange(10 ** 6, 10 ** 7), r.choice(["e9", "f8", "a12", "ejc"]), r.randrange(0, 3),
        c["rcpt"], fmt_date(t, "PT", "nopad", True))]
    trace = [("X-Gm-Message-State", "AOJu0Y" + b64id(seed + "gs", 54)),
             ("X-Google-Smtp-Source", "AGHT+I" + b64id(seed + "gss", 62)),
             ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s" % (
                 r.randrange(0x6000, 0x7fff), r.randrange(0x1000, 0xffff), r.randrange(0x400, 0x4ff),
                 r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff), util.hexid(seed + "xr", 32)[:28],
                 fmt_date(t, "PT", "nopad", True)))]
    msgid = "<CA%s@mail.gmail.com>" % (b64id(seed + "mid", 3) + "+" + b64id(seed + "mid2", 44))
    return dict(hops=hops, mx=(name, name, ip, "TLSv1.3"), msgid=msgid, extra=[], trace=trace,
                order="gmail", bstyle="gmail", date_style="nopad", mx_delay=1)


# ------------------------------------------------------------------ GMX / WEB.DE
def gmx(c, client_ip, web=True, domain="gmx.net", mua=None):
    t, seed = c["t"], c["seed"]
    r = util.rng("gmx", seed)
    mr = "mrgmx%03d" % r.choice([4, 5, 104, 105, 204, 205])
    nid = "%s-%s-%s" % (util.rand_str(seed + "n1", 5), util.rand_str(seed + "n2", 10), util.rand_str(seed + "n3", 6))
    app = "3c-app-gmx-bs%02d" % r.randrange(1, 70) if domain == "gmx.net" else "3c-app-webde-bap%02d" % r.randrange(1, 70)
    hops = []
    web_host = "web-mail.gmx.net" if domain == "gmx.net" else "web-mail.web.de"
    mail_host = "mail.gmx.net" if domain == "gmx.net" else "web.de"
    if web:
        hops.append("from [%s] ([%s]) by %s\n\t(%s.server.lan [172.19.170.%d])\n\t(via HTTP); %s" % (
            client_ip, client_ip, web_host, app, r.randrange(10, 200), fmt_date(t, "CET", "nopad")))
    else:
        pass
    hops.insert(0, "from %s ([%s]) by %s (%s [212.227.17.%d])\n\twith ESMTPSA (Nemesis) id %s for <%s>; %s" % (
        "[%s]" % client_ip if not web else app, client_ip if not web else "172.19.170.%d" % r.randrange(10, 200),
        mail_host, mr, r.randrange(160, 200), nid, c["rcpt"], fmt_date(plus(t, 1), "CET", "nopad")))
    ex = []
    if web:
        msgid = "<trinity-%s-%d@%s>" % (_guid(seed + "tr"), int(t.timestamp() * 1000), app)
        ex += [("Importance", "normal"), ("Sensitivity", "Normal")]
        bst, order = "default", "generic"
    elif mua == "thunderbird":
        msgid = "<%s@%s>" % (_guid(seed + "tb"), domain)
        ex.append(("User-Agent", "Mozilla Thunderbird"))
        bst, order = "thunderbird", "thunderbird"
    else:
        msgid = "<%s@%s>" % (util.hexid(seed, 24), domain)
        bst, order = "default", "generic"
    trace = [("X-Provags-ID", "V03:K1:" + b64id(seed + "pv", 70)),
             ("X-UI-Message-Type", "mail")]
    mout = "mout.gmx.net" if domain == "gmx.net" else "mout.web.de"
    mip = "212.227.17.%d" % r.choice([20, 21, 22]) if domain == "gmx.net" else "212.227.15.%d" % r.choice([3, 4, 14])
    return dict(hops=hops, mx=(mout, mout, mip, "TLSv1.3"), msgid=msgid, extra=ex, trace=trace,
                order=order, bstyle=bst, date_style="nopad", mx_delay=1)


# ------------------------------------------------------------------ T-Online
def tonline(c, client_ip, mua="thunderbird"):
    t, seed = c["t"], c["seed"]
    r = util.rng("tol", seed)
    fwd = "fwd%d.aul.t-online.de" % r.randrange(70, 90)
    hops = ["from %s (%s [10.223.144.%d])\n\tby mailout%02d.t-online.de (Postfix) with SMTP id %s;\n\t%s" % (
        fwd, fwd, r.randrange(10, 250), 11, pf_qid(seed + "to"), fmt_date(plus(t, 1), "CET", "space", True)),
        "from [192.168.2.%d] (%s@[%s]) by %s\n\twith (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)\n\tesmtp id %s; %s" % (
            r.randrange(20, 60), util.rand_str(seed + "tu", 26), client_ip, fwd,
            "1v" + util.rand_str(seed + "ti", 5) + "-" + util.rand_str(seed + "tj", 7), fmt_date(t, "CET", "nopad"))]
    ex = []
    if mua == "thunderbird":
        ex.append(("User-Agent", "Mozilla Thunderbird"))
        msgid = "<%s@t-online.de>" % _guid(seed + "tb")
        order, bst = "thunderbird", "thunderbird"
    else:
        ex.append(("X-Mailer", "Microsoft Outlook 16.0"))
        ex.append(("Thread-Index", thread_index(seed)))
        ex.append(("Content-Language", "de"))
        msgid = outlook_msgid(seed, "t-online.de")
        order, bst = "outlook_smtp", "outlook_smtp"
    trace = [("X-TOI-EXPURGATEID", "150726::%d-%s-%s/0/0 CLEAN NORMAL" % (
        int(t.timestamp()), util.hexid(seed + "tx", 8).upper(), util.hexid(seed + "ty", 8).upper())),
        ("X-TOI-MSGID", _guid(seed + "toi"))]
    return dict(hops=hops, mx=("mailout11.t-online.de", "mailout11.t-online.de", "194.25.134.85", "TLSv1.3"),
                msgid=msgid, extra=ex, trace=trace, order=order, bstyle=bst, date_style="nopad", mx_delay=1)


# ------------------------------------------------------------------ Yandex
def yandex(c, client_ip, web=True):
    t, seed = c["t"], c["seed"]
    r = util.rng("ya", seed)
    fwd = "forward%d%s.mail.yandex.net" % (r.choice([100, 101, 500, 501, 502]), r.choice("abcd"))
    fip = "178.154.239.%d" % r.randrange(72, 90)
    if web:
        sb = "mail-sendbernar-production-main-%d.myt.yp-c.yandex.net" % r.randrange(10, 90)
        hops = ["from %s (%s [%s])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
            sb, sb, "IPv6:2a02:6b8:c12:%x:0:640:%x:0" % (r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff)),
            fwd, util.hexid(seed + "yid", 10).upper(), c["rcpt"], fmt_date(plus(t, 1), "MSK", "nopad")),
            "by %s (sendbernar/Yandex) with HTTPS id %s;\n\t%s" % (
                sb, util.rand_str(seed + "sb", 14) + "-" + util.rand_str(seed + "sc", 8), fmt_date(t, "MSK", "nopad"))]
        msgid = "<%d%d@mail.yandex.ru>" % (r.randrange(100000, 999999), int(t.timestamp()) * 10 + r.randrange(10))
        ex = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
        bst = "yandex"
    else:
        sm = "mail-nwsmtp-smtp-production-main-%d.sas.yp-c.yandex.net" % r.randrange(10, 90)
        hops = ["from %s (%s [IPv6:2a02:6b8:c1c:%x:0:640:%x:0])\n"
                "\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
                    sm, sm, r.randrange(0x1000, 0xffff), r.randrange(0x1000, 0xffff),
                    fwd, util.hexid(seed + "yid", 10).upper(), c["rcpt"], fmt_date(plus(t, 1), "MSK", "nopad")),
                "by %s (smtp/Yandex) with ESMTPSA id %s;\n\t%s" % (
                    sm, util.rand_str(seed + "sb", 12) + "-" + util.rand_str(seed + "sc", 8), fmt_date(t, "MSK", "nopad"))]
        msgid = "<%s@yandex.ru>" % util.hexid(seed + "m", 20)
        ex = []
        bst = "default"
    trace = [("X-Yandex-Fwd", "1")]
    return dict(hops=hops, mx=(fwd, fwd, fip, "TLSv1.3"), msgid=msgid, extra=ex, trace=trace,
                order="generic", bstyle=bst, date_style="nopad", mx_delay=1)


# ------------------------------------------------------------------ Mail.ru
def mailru(c, client_ip):
    t, seed = c["t"], c["seed"]
    r = util.rng("mr", seed)
    f = "f%d.i.mail.ru" % r.randrange(100, 800)
    smtp = "smtp%d.i.mail.ru" % r.randrange(30, 60)
    hops = ["by %s with local (envelope-from <%s>)\n\tid 1v%s-%s; %s" % (
        f, c["mail_from"], util.rand_str(seed + "a", 5), "00000000" + util.rand_str(seed + "b", 3) + "-" + util.rand_str(seed + "c", 4),
        fmt_date(plus(t, 1), "MSK", "pad0")),
        "by e.mail.ru with HTTP;\n\t%s" % fmt_date(t, "MSK", "pad0")]
    msgid = "<%d.%d@%s>" % (int(t.timestamp()), r.randrange(10 ** 8, 10 ** 9), f)
    ex = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % client_ip)]
    trace = [("X-Mailru-Src", "fe"), ("X-7564579A", "646B95376F6C0A6B"), ("X-77F55803", "119C1F4DF6A9251C")]
    return dict(hops=hops, mx=(smtp, smtp, "95.163.41.%d" % r.randrange(60, 100), "TLSv1.3"), msgid=msgid,
                extra=ex, trace=trace, order="generic", bstyle="mailru", date_style="pad0", mx_delay=1)


# ------------------------------------------------------------------ WP.pl (Wirtualna Polska)
def wp_pl(c, client_ip, client_rdns, mua="web"):
    t, seed = c["t"], c["seed"]
    r = util.rng("wp", seed)
    hops = ["(wp-smtpd smtp.wp.pl %d invoked from network); %s" % (r.randrange(1000, 40000), fmt_date(plus(t, 1), "CET", "pad0")),
            "from %s (HELO [192.168.1.%d]) (%s@[%s])\n          (envelope-sender <%s>)\n"
            "          by smtp.wp.pl (WP-SMTPD) with TLS_AES_256_GCM_SHA384 encrypted SMTP\n          for <%s>; %s" % (
                client_rdns, r.randrange(100, 200), c["mail_from"], client_ip, c["mail_from"], c["rcpt"],
                fmt_date(plus(t, 1), "CET", "pad0"))]
    if mua == "web":
        hops = hops[:1]
        hops.append("from [%s] by poczta.wp.pl with HTTP; %s" % (client_ip, fmt_date(t, "CET", "pad0")))
        msgid = "<%s@wp.pl>" % util.hexid(seed + "wp", 32)
        ex = [("X-Mailer", "WP Poczta")]
        bst = "default"
        order = "generic"
    else:
        msgid = "<%s@wp.pl>" % _guid(seed + "tb")
        ex = [("User-Agent", "Mozilla Thunderbird")]
        bst, order = "thunderbird", "thunderbird"
    trace = [("X-WP-MailID", util.hexid(seed + "mid", 32)),
             ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"),
             ("X-WP-MessageID", "%d" % r.randrange(10 ** 9, 10 ** 10))]
    return dict(hops=hops, mx=("mx.wp.pl", "mx.wp.pl", "212.77.101.%d" % r.randrange(1, 12), "TLSv1.3"),
                msgid=msgid, extra=ex, trace=trace, order=order, bstyle=bst, date_style="pad0", mx_delay=1)


# ------------------------------------------------------------------ Libero (Italiaonline)
def libero(c, client_ip):
    t, seed = c["t"], c["seed"]
    r = util.rng("lib", seed)
    n = r.randrange(20, 60)
    hops = ["from libero.it ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
        r.randrange(1, 200), n, util.rand_str(seed + "li", 16), fmt_date(plus(t, 1), "CET", "nopad")),
        "from [%s] by libero.it (Open-Xchange) via HTTP; %s" % (client_ip, fmt_date(t, "CET", "nopad"))]
    msgid = "<%d.%d.%d@libero.it>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6), int(t.timestamp() * 1000))
    ex = [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"), ("X-Originating-Client", "open-xchange-appsuite"),
          ("Importance", "Normal")]
    return dict(hops=hops, mx=("smtp-%d-i2.italiaonline.it" % n, "smtp-%d-i2.italiaonline.it" % n, "213.209.10.%d" % n, "TLSv1.3"),
                msgid=msgid, extra=ex, order="generic", bstyle="default", date_style="nopad", mx_delay=1)


# ------------------------------------------------------------------ OTEnet (Greece)
def otenet(c, client_ip, mua="outlook"):
    t, seed = c["t"], c["seed"]
    r = util.rng("ote", seed)
    hops = ["from %s (ppp-%s.home.otenet.gr [%s])\n\t(Authenticated sender: %s)\n\tby mailsrv%d.otenet.gr (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
        "DESKTOP-" + util.rand_str(seed + "pc", 7).upper(), client_ip.replace(".", "-"), client_ip, c["mail_from"],
        r.randrange(1, 6), pf_qid(seed + "ot"), c["rcpt"], fmt_date(plus(t, 1), "EET", "space", True))]
    ex = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(seed)), ("Content-Language", "el")]
    msgid = outlook_msgid(seed, "otenet.gr")
    return dict(hops=hops, mx=("mailout.otenet.gr", "mailout%d.otenet.gr" % r.randrange(1, 4), "83.235.69.%d" % r.randrange(20, 40), "TLSv1.2"),
                msgid=msgid, extra=ex, order="outlook_smtp", bstyle="outlook_smtp", date_style="nopad", mx_delay=2)


def aruba(c, client_ip, mua="outlook", client_helo=None):
    t, seed = c["t"], c["seed"]
    r = util.rng("aruba", seed)
    n = r.randrange(1000, 20000)
    name = "smtpcmd%05d.aruba.it" % n
    ip = "62.149.158.%d" % (n % 250 + 2)
    hops = ["from %s ([%s]) by Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
        client_helo or "[192.168.1.%d]" % r.randrange(10, 99), client_ip, util.rand_str(seed + "ar", 14),
        fmt_date(t, "CET", "nopad"))]
    ex = []
    if mua == "outlook":
        ex = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(seed)), ("Content-Language", "it")]
        msgid = outlook_msgid(seed, c["mail_from"].split("@")[1])
        order, bst = "outlook_smtp", "outlook_smtp"
    elif mua == "thunderbird":
        ex = [("User-Agent", "Mozilla Thunderbird")]
        msgid = "<%s@%s>" % (_guid(seed + "tb"), c["mail_from"].split("@")[1])
        order, bst = "thunderbird", "thunderbird"
    else:
        msgid = "<%s@%s>" % (util.hexid(seed + "x", 28), c["mail_from"].split("@")[1])
        order, bst = "generic", "javamail"
    trace = [("X-CMAE-Envelope", "MS4xfP" + b64id(seed + "cmae", 120))]
    return dict(hops=hops, mx=(name, name, ip, "TLSv1.3"), msgid=msgid, extra=ex, trace=trace,
                order=order, bstyle=bst, date_style="nopad", mx_delay=2)


ROUTES = {k: v for k, v in globals().items() if callable(v) and k in (
    "exchange_internal", "m365", "postfix", "exim", "gmail", "gmx", "tonline", "yandex",
    "mailru", "wp_pl", "libero", "otenet", "aruba")}


def _register_services():
    import infra_services as S
    for k in ("sendgrid", "mailgun", "brevo", "ses", "mailchimp", "paypal", "docusign", "github",
              "google_accounts", "ms_account", "yandex_service"):
        ROUTES[k] = getattr(S, k)


_register_services()
