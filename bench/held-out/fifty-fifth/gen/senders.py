"""Sending systems: each returns an S describing the trace headers (Received
chain below mx01), the client's own headers, Message-ID and MIME boundary style."""
import base64
from infra import mx01, rcv, rfc_date, plus, TLS13, TLS13_128, TLS12, zone_offset, local

ECDHE = "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"


class S:
    def __init__(self, trace, own, msgid, zone, style, bfun, return_path):
        self.trace = trace          # list of Received header values, top first (mx01 first)
        self.own = own              # list of (name, value) client headers
        self.msgid = msgid
        self.zone = zone            # zone for Date:
        self.style = style          # header order style
        self.bfun = bfun            # boundary generator: bfun(kind) -> str
        self.return_path = return_path


# ----------------------------------------------------------------- boundaries
def b_exchange(local):
    return lambda kind: {"mixed": "_004_", "alternative": "_000_", "related": "_006_"}[kind] + local + "_"


def b_outlook16(ctx):
    stamp = "01DC%s.%s" % (ctx.hex(4, True), ctx.hex(8, True))
    n = [0]

    def f(kind):
        n[0] += 1
        return "----=_NextPart_%03d_%04X_%s" % (n[0] - 1, 0x10 + n[0], stamp)
    return f


def b_gmail(ctx):
    base = "0000000000" + ctx.hex(4)

    def f(kind):
        return base + ctx.hex(12)
    return f


def b_tb(ctx):
    return lambda kind: "------------" + ctx.alnum(24)


def b_apple(ctx):
    return lambda kind: "Apple-Mail=_" + ctx.uuid(True)


def b_hex(ctx, prefix="=_", n=32):
    return lambda kind: prefix + ctx.hex(n)


def b_php(ctx):
    n = ctx.alnum(43)
    return lambda kind: {"mixed": "b1=_", "alternative": "b2=_", "related": "b3=_"}[kind] + n


def b_java(ctx):

    def f(kind):
        return "----=_Part_%d_%d.%d" % (ctx.num(100000, 999999), ctx.num(10000000, 99999999),
                                        1790000000000 + ctx.num(0, 9999999999))
    return f


def thread_index(ctx):
    raw = bytes([1, 0xDC]) + bytes(ctx.num(0, 255) for _ in range(20))
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------- internal
def internal(ctx, t, frm, rcpt, user_ip="10.20.14.57", has_attach=False, lang="de-DE"):
    loc = ctx.hex(32)
    exch = "EXCH02.corp.example.com"
    t1, t2, t3 = plus(t, 1), plus(t, 2), plus(t, 3)
    trace = [
        mx01(ctx, "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", rcpt, t3, TLS13_128),
        rcv(["from %s (exch02.corp.example.com [10.20.0.32])" % exch,
             TLS12.replace("(using", "(using"),
             "(No client certificate requested)",
             "by mail-int01.example.com (Postfix) with ESMTPS id %s" % ctx.postfix_qid(),
             "for <%s>" % rcpt], t2, "DE", True),
        rcv(["from %s (10.20.0.32) by %s (10.20.0.32)" % (exch, exch),
             "with Microsoft SMTP Server (version=TLS1_2,",
             " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10"], t1, "UTC"),
        rcv(["from %s ([fe80::%s:%s:%s:%s]) by %s" % (exch, ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(4), exch),
             "([fe80::%s:%s:%s:%s%%13]) with mapi id 15.02.1748.010" % (ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(4))],
            t, "UTC"),
    ]
    own = [("Thread-Index", thread_index(ctx)), ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if has_attach else ""),
           ("X-MS-TNEF-Correlator", ""),
           ("x-ms-exchange-transport-fromentityheader", "Hosted"),
           ("x-originating-ip", "[%s]" % user_ip)]
    return S(trace, own, "<%s@%s>" % (loc, exch), "UTC", "outlook", b_exchange(loc + "EXCH02corpexamplecom"),
             frm)


# ----------------------------------------------------------------- Microsoft 365 / outlook.com
def m365(ctx, t, frm, rcpt, srv="AM9PR07MB7169", region="eurprd07", srv2="DB9PR07MB9012",
         eop=("EUR05-AM6-obe.outbound.protection.outlook.com",
              "mail-am6eur05on2105.outbound.protection.outlook.com", "40.107.22.105"),
         lang="de-DE", accept="de-DE, en-US", has_attach=False, consumer=False, extra=(),
         mapi=True, service=False):
    host = "%s.%s.prod.outlook.com" % (srv, region)
    host2 = "%s.%s.prod.outlook.com" % (srv2, region)
    if consumer:
        host, host2 = host.upper(), host2.upper()
    loc = srv + ctx.hex(32, True)
    t1, t2 = plus(t, 1), plus(t, 2)
    v6a = "2603:10a6:%s:%s::%d" % (ctx.hex(3), ctx.hex(3), ctx.num(5, 30))
    v6b = "2603:10a6:%s:%s::%d" % (ctx.hex(2), ctx.hex(3), ctx.num(5, 30))
    trace = [mx01(ctx, eop[0], eop[1], eop[2], rcpt, plus(t, 3), TLS12)]
    trace.append(rcv(["from %s (%s) by" % (host, v6a),
                      "%s (%s) with Microsoft SMTP Server (version=TLS1_2," % (host2, v6b),
                      " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9253.17"], t1, "UTC"))
    if mapi:
        ll = "fe80::%s:%s:%s:%s" % (ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(4))
        trace.append(rcv(["from %s" % host, "([%s]) by %s" % (ll, host),
                          "([%s%%3]) with mapi id 15.20.9253.013" % ll], t, "UTC"))
    own = [("Thread-Index", thread_index(ctx)), ("Accept-Language", accept),
           ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if has_attach else ""),
           ("X-MS-TNEF-Correlator", "")]
    if consumer:
        own.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
    own += list(extra)
    own.append(("x-ms-publictraffictype", "Email"))
    if service:
        own = list(extra)
        return S(trace, own, "<%s@%s>" % (loc, host), "UTC", "svc", b_hex(ctx, "_000_", 32), frm)
    return S(trace, own, "<%s@%s>" % (loc, host), "UTC", "outlook", b_exchange(loc), frm)


# ----------------------------------------------------------------- consumer webmail
def gmail(ctx, t, frm, rcpt, pfx="ed1", f=48, ip="209.85.208.48", mobile=False):
    host = "mail-%s-f%d.google.com" % (pfx, f)
    smtpid = "%s-%s%s.%d" % (ctx.choice(["4fb4d7f45d1cf", "a640c23a62f3a", "5b1f17b1804b1"]),
                             ctx.hex(8), ctx.choice(["so", "dso"]) + str(ctx.num(1000000, 9999999)) + "a12",
                             ctx.num(1, 9))
    trace = [mx01(ctx, host, host, ip, rcpt, plus(t, 2), TLS13_128),
             rcv(["by %s with SMTP id %s" % (host, smtpid), "for <%s>" % rcpt], plus(t, 1), "PT", True)]
    own = [("X-Gm-Message-State", "AOJu0Y" + ctx.alnum(60)),
           ("X-Gm-Gg", "ASbGnc" + ctx.alnum(40)),
           ("X-Google-Smtp-Source", "AGHT+I" + ctx.alnum(56)),
           ("X-Received", "by 2002:a05:6402:%s:b0:%s:%s with SMTP id %s-%s.%d;\n %s"
            % (ctx.hex(4), ctx.hex(3), ctx.hex(4), ctx.alnum(10).lower(), ctx.hex(20), ctx.num(1, 9),
               rfc_date(plus(t, 1), "PT", True)))]
    mid = "<CA%s%s@mail.gmail.com>" % (ctx.choice(["+", "J", "H", "E", "K"]), ctx.alnum(46 + ctx.num(0, 6)))
    return S(trace, own, mid, None, "gmail", b_gmail(ctx), frm)


def gmx(ctx, t, frm, rcpt, client_ip, zone="DE", domain="gmx.de"):
    app = "3c-app-gmx-bap%02d" % ctx.num(10, 80)
    trace = [mx01(ctx, "mout.gmx.net", "mout.gmx.net", "212.227.17.%d" % ctx.num(20, 22), rcpt, plus(t, 2), TLS13),
             rcv(["from %s ([%s]) by mail.gmx.net" % (app, "172.19.172.%d" % ctx.num(10, 200)),
                  "(mrgmx%03d [212.227.17.%d]) with ESMTPSA (Nemesis) id %s" % (ctx.num(100, 110), ctx.num(160, 190),
                                                                            "1M" + ctx.alnum(6) + "-1" + ctx.alnum(9) + "-00" + ctx.alnum(4)),
                  "for <%s>" % rcpt], plus(t, 1), zone),
             rcv(["from [%s] ([%s]) by web-mail.gmx.net" % (client_ip, client_ip),
                  "(%s.server.lan [172.19.172.%d]) (via HTTP)" % (app, ctx.num(10, 200))], t, zone)]
    own = [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
           ("X-Provags-ID", "V03:K1:" + ctx.alnum(60)), ("X-UI-Message-Type", "mail")]
    mid = "<trinity-%s-%d@%s>" % (ctx.uuid(), 1790000000000 + ctx.num(0, 9999999999), app)
    return S(trace, own, mid, zone, "gmx", b_hex(ctx, "=_", 32), frm)


def libero(ctx, t, frm, rcpt, client_ip):
    n = ctx.num(10, 60)
    trace = [mx01(ctx, "smtp-%d.iol.local" % n, "smtp-%d-i6.italiaonline.it" % n, "213.209.14.%d" % n, rcpt,
                  plus(t, 2), TLS13),
             rcv(["from libero.it ([%s])" % client_ip, "by smtp-%d.iol.local with ESMTPA" % n,
                  "id %s" % ctx.alnum(20)], plus(t, 1), "IT"),
             ]
    own = [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev59"), ("X-Originating-Client", "open-xchange-appsuite"),
           ("Importance", "Normal"), ("X-Priority", "3")]
    mid = "<%d.%d.%d@libero.it>" % (ctx.num(100000000, 999999999), ctx.num(10000, 99999),
                                    1790000000000 + ctx.num(0, 9999999999))
    return S(trace, own, mid, "IT", "ox", b_hex(ctx, "----=_Part_", 16), frm)


def wp(ctx, t, frm, rcpt, client_ip, client_rdns):
    trace = [mx01(ctx, "mx.wp.pl", "mx.wp.pl", "212.77.101.%d" % ctx.num(1, 12), rcpt, plus(t, 2), TLS12),
             rcv(["from %s (HELO [192.168.1.%d]) ([%s])" % (client_rdns, ctx.num(2, 200), client_ip),
                  "(envelope-sender <%s>)" % frm,
                  "by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP",
                  "for <%s>" % rcpt], plus(t, 1), "PL")]
    own = [("X-WP-MailID", ctx.hex(32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    mid = "<%s@wp.pl>" % ctx.hex(32)
    return S(trace, own, mid, "PL", "generic", b_hex(ctx, "----", 28), frm)


def yandex(ctx, t, frm, rcpt, domain="yandex.ru", client="web", client_ip=None):
    fwd = "forward%d%s.mail.yandex.net" % (ctx.num(100, 503), ctx.choice("ab"))
    smtp = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (ctx.num(10, 99), ctx.choice(["vla", "sas", "klg"]))
    trace = [mx01(ctx, fwd, fwd, "178.154.239.%d" % ctx.num(60, 220), rcpt, plus(t, 2), TLS13),
             rcv(["from %s (%s [IPv6:2a02:6b8:c0f:%s:0:640:%s:0])" % (smtp, smtp, ctx.hex(4), ctx.hex(4)),
                  "by %s (Yandex) with ESMTPS id %s" % (fwd, ctx.hex(10, True)),
                  "for <%s>" % rcpt], plus(t, 1), "RU")]
    if client == "thebat":
        trace.append(rcv(["by %s (smtp/Yandex) with ESMTPSA id %s-%s" % (smtp, ctx.alnum(10), ctx.alnum(8)),
                          "for <%s>" % rcpt,
                          "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                          " key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)",
                          "(Client certificate not present)"], t, "RU"))
        own = [("X-Yandex-Fwd", "1"), ("X-Mailer", "The Bat! (v11.3.0.2) Professional")]
        mid = "<%d.%s@%s>" % (ctx.num(10 ** 8, 10 ** 9), local(t, "RU").strftime("%Y%m%d%H%M%S"), domain)
        return S(trace, own, mid, "RU", "generic", lambda k: "----------%s" % ctx.hex(12, True), frm)
    trace.append(rcv(["by %s (smtp/Yandex) with ESMTPSA id %s-%s" % (smtp, ctx.alnum(10), ctx.alnum(8)),
                      "for <%s>" % rcpt], t, "RU"))
    own = [("X-Yandex-Fwd", "1"), ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    mid = "<%d%d@mail.yandex.ru>" % (ctx.num(100000, 999999), 1790000000 + ctx.num(0, 9999999))
    return S(trace, own, mid, "RU", "yandex", lambda k: "----==--bound.%d.%s" % (ctx.num(100000, 999999), smtp), frm)


def mailru(ctx, t, frm, rcpt, client_ip):
    f = "f%d.i.mail.ru" % ctx.num(100, 760)
    trace = [mx01(ctx, "fallback%d.i.mail.ru" % ctx.num(1, 30), "fallback%d.i.mail.ru" % ctx.num(1, 30),
                  "79.137.243.%d" % ctx.num(60, 90), rcpt, plus(t, 2), TLS13),
             rcv(["by %s with local (envelope-from <%s>)" % (f, frm),
                  "id 1t%s-%s-%s" % (ctx.alnum(4), ctx.alnum(6), ctx.alnum(2)),
                  "for %s" % rcpt], t, "RU"),
             rcv(["by e.mail.ru with HTTP"], t, "RU")]
    own = [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % client_ip),
           ("X-7564579A", "646B95376F6C5D0C"), ("X-Mras", "Ok")]
    mid = "<%d.%d@%s>" % (1790000000 + ctx.num(0, 9999999), ctx.num(100000000, 999999999), f)
    return S(trace, own, mid, "RU", "generic", lambda k: "--ALT--%s%d" % (ctx.hex(16, True), ctx.num(1000, 9999)), frm)


# ----------------------------------------------------------------- own / hosted servers
CLIENTS = {
    "outlook16": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook14": ("X-Mailer", "Microsoft Outlook 14.0"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.700.81)"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.11"),
    "iphone": ("X-Mailer", "iPhone Mail (22H31)"),
    "phpmailer": ("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"),
    "none": None,
}


def _client_headers_msgid(ctx, client, domain):
    if client.startswith("outlook"):
        mid = "<00%s01dc%s$%s$%s$@%s>" % (ctx.hex(4), ctx.hex(4), ctx.hex(8), ctx.hex(8), domain)
        own = [CLIENTS[client], ("Thread-Index", thread_index(ctx)), ("Content-Language", "de")]
        return own, mid, b_outlook16(ctx), "outlook16"
    if client == "thunderbird":
        return [CLIENTS[client]], "<%s@%s>" % (ctx.uuid(), domain), b_tb(ctx), "tb"
    if client in ("apple", "iphone"):
        return [CLIENTS[client]], "<%s@%s>" % (ctx.uuid(True), domain), b_apple(ctx), "apple"
    if client == "roundcube":
        return [CLIENTS[client]], "<%s@%s>" % (ctx.hex(32), domain), b_hex(ctx, "=_", 32), "roundcube"
    if client == "phpmailer":
        return [CLIENTS[client]], "<%s@%s>" % (ctx.alnum(43), domain), b_php(ctx), "php"
    return [], "<%s.%s@%s>" % (ctx.hex(16), ctx.hex(8), domain), b_hex(ctx, "----=_", 24), "generic"


def hosted(ctx, t, frm, rcpt, server, server_ip, client_ip, client_rdns, client="thunderbird",
           zone="DE", msgid_domain=None, helo=None, lan_ip=None, tls=TLS13):
    """Mailbox on the sender's own/hosted Postfix, submitted with SMTP AUTH."""
    own, mid, bf, style = _client_headers_msgid(ctx, client, msgid_domain or frm.split("@")[1])
    if client == "roundcube":
        sub = rcv(["from webmail.%s (localhost [127.0.0.1])" % frm.split("@")[1],
                   "(Authenticated sender: %s)" % frm,
                   "by %s (Postfix) with ESMTPSA id %s" % (server, ctx.postfix_qid())], t, zone)
        own.append(("X-Sender", frm))
    else:
        sub = rcv(["from [%s] (%s [%s])" % (lan_ip or "192.168.%d.%d" % (ctx.num(0, 2), ctx.num(20, 120)),
                                            client_rdns, client_ip),
                   "(Authenticated sender: %s)" % frm,
                   "by %s (Postfix) with ESMTPSA id %s" % (server, ctx.postfix_qid())], t, zone)
    trace = [mx01(ctx, helo or server, server, server_ip, rcpt, plus(t, 2), tls), sub]
    return S(trace, own, mid, zone, style, bf, frm)


def exim_cpanel(ctx, t, frm, rcpt, server, server_ip, client_ip, client="roundcube", zone="UK",
                helo_client="[127.0.0.1]", envelope=None):
    """Shared cPanel host (Exim); used for genuinely compromised small-business mailboxes."""
    own, mid, bf, style = _client_headers_msgid(ctx, client, frm.split("@")[1])
    eid = "1t%s-%s-%s" % (ctx.alnum(4), "0000000" + ctx.alnum(5), ctx.alnum(4))
    env = envelope or frm
    trace = [mx01(ctx, server, server, server_ip, rcpt, plus(t, 2), TLS13),
             rcv(["from [%s] (port=%d helo=%s)" % (client_ip, ctx.num(40000, 65000), helo_client),
                  "by %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384" % server,
                  "(Exim 4.98.1)", "(envelope-from <%s>)" % env, "id %s" % eid,
                  "for %s" % rcpt], plus(t, 1), zone)]
    own = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
           ("X-AntiAbuse", "Primary Hostname - %s" % server),
           ("X-AntiAbuse", "Original Domain - example.com"),
           ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
           ("X-AntiAbuse", "Sender Address Domain - %s" % env.split("@")[1]),
           ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, frm)),
           ("X-Authenticated-Sender", "%s: %s" % (server, frm))] + own
    return S(trace, own, mid, zone, style, bf, env)


def vps(ctx, t, frm, rcpt, helo, rdns, ip, client="phpmailer", zone="DE", local_submit=True,
        tls=TLS13, msgid_domain=None, envelope=None, mta="Postfix", submit_from=None):
    """Attacker-controlled MTA on a rented VPS (look-alike domains)."""
    own, mid, bf, style = _client_headers_msgid(ctx, client, msgid_domain or frm.split("@")[1])
    trace = [mx01(ctx, helo, rdns, ip, rcpt, plus(t, 2), tls)]
    if submit_from:
        trace.append(rcv(["from %s" % submit_from,
                          "by %s with ESMTPA id %s" % (helo, ctx.alnum(12).upper()),
                          "for <%s>" % rcpt], plus(t, 1), zone))
    elif local_submit:
        if mta == "Postfix":
            trace.append(rcv(["from localhost (localhost [127.0.0.1])",
                              "by %s (Postfix) with ESMTPSA id %s" % (helo, ctx.postfix_qid()),
                              "for <%s>" % rcpt], plus(t, 1), zone))
        else:
            trace.append(rcv(["from %s (localhost [127.0.0.1])" % helo,
                              "by %s with esmtpa (Exim 4.97)" % helo,
                              "(envelope-from <%s>)" % (envelope or frm),
                              "id 1t%s-%s-%s" % (ctx.alnum(4), "0000000" + ctx.alnum(5), ctx.alnum(4)),
                              "for %s" % rcpt], plus(t, 1), zone))
    return S(trace, own, mid, zone, style, bf, envelope or frm)


# ----------------------------------------------------------------- bulk ESPs
def sendgrid(ctx, t, frm, rcpt, bounce_domain, ip=None, rdns=None, list_unsub=None):
    pod = "geopod-ismtpd-%d" % ctx.num(1, 40)
    fd = "filterdrecv-%s-%s" % (ctx.alnum(9).lower(), ctx.alnum(5).lower())
    ip = ip or "149.72.%d.%d" % (ctx.num(100, 250), ctx.num(2, 250))
    rdns = rdns or "%s.outbound-mail.sendgrid.net" % ctx.alnum(8).lower()
    stamp = local(plus(t, 1), "UTC").strftime("%Y-%m-%d %H:%M:%S.%f")
    trace = [mx01(ctx, rdns, rdns, ip, rcpt, plus(t, 3), TLS13),
             "by %s with SMTP id %s-1-%s-%d\n\t%s +0000 UTC m=+%d.%06d"
             % (fd, fd, ctx.hex(8, True), ctx.num(1, 40), stamp, ctx.num(100000, 900000), ctx.num(0, 999999)),
             rcv(["from %s (unknown)" % ctx.alnum(22), "by %s (SG) with HTTP" % pod, "id %s" % ctx.alnum(22)],
                 t, "UTC")]
    own = [("X-SG-EID", "u001." + ctx.alnum(120)), ("X-SG-ID", "u001." + ctx.alnum(80)),
           ("X-Entity-ID", "u001." + ctx.alnum(22))]
    if list_unsub:
        own += list_unsub
    mid = "<%s@%s>" % (ctx.alnum(22), pod)
    rp = "bounces+%d-%s-%s=example.com@%s" % (ctx.num(1000000, 49999999), ctx.hex(4),
                                               rcpt.split("@")[0], bounce_domain)
    return S(trace, own, mid, "UTC", "esp", b_hex(ctx, "", 64), rp)


def mailgun(ctx, t, frm, rcpt, mg_domain, list_unsub=None):
    n1, n2 = ctx.num(100, 250), ctx.num(1, 250)
    host = "m%d-%d.eu.mailgun.net" % (n1, n2)
    ip = "161.38.%d.%d" % (n1 % 256, n2)
    trace = [mx01(ctx, host, host, ip, rcpt, plus(t, 2), TLS13),
             rcv(["by %s.mailgun.net with HTTP id %s" % (ctx.hex(12), ctx.hex(24))], plus(t, 1), "UTC")]
    own = [("X-Mailgun-Sid", "WyI" + ctx.alnum(40) + "In0="), ("X-Mailgun-Variables", '{"campaign": "%s"}' % ctx.hex(8)),
           ("Sender", frm)]
    if list_unsub:
        own += list_unsub
    mid = "<%s.%s@%s>" % (local(t, "UTC").strftime("%Y%m%d%H%M%S"), ctx.hex(16), mg_domain)
    rp = "bounce+%s.%s-%s=example.com@%s" % (ctx.hex(6), ctx.hex(6), rcpt.split("@")[0], mg_domain)
    return S(trace, own, mid, "UTC", "esp", b_hex(ctx, "", 32), rp)


def brevo(ctx, t, frm, rcpt, list_unsub=None):
    n = ctx.num(10, 250)
    host = "r%d.smtp-relay.brevo.com" % n
    ip = "77.32.148.%d" % n
    trace = [mx01(ctx, host, host, ip, rcpt, plus(t, 2), TLS13),
             rcv(["from smtp-relay.brevo.com (localhost [127.0.0.1])",
                  "by %s (Brevo) with ESMTP id %s" % (host, ctx.hex(14, True))], plus(t, 1), "UTC")]
    own = [("X-Mailer", "Sendinblue"), ("X-sib-id", ctx.alnum(60)), ("X-CSA-Complaints", "csa-complaints@eco.de"),
           ("Feedback-ID", "%d:%d:campaign:Brevo" % (ctx.num(1, 999), ctx.num(1000000, 9999999)))]
    if list_unsub:
        own += list_unsub
    mid = "<%s.%d@smtp-relay.mailin.fr>" % (local(t, "UTC").strftime("%Y%m%d%H%M"), ctx.num(10000000000, 99999999999))
    rp = "bounces-%d-%s@sender-sib.com" % (ctx.num(1000, 9999999), ctx.hex(12))
    return S(trace, own, mid, "UTC", "esp", b_hex(ctx, "", 32), rp)


def ses(ctx, t, frm, rcpt, region="eu-west-1", list_unsub=None, style="esp", java=True, client_ip=None,
        client_helo=None, client_rdns=None):
    a, b = ctx.num(2, 30), ctx.num(1, 250)
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, region)
    ipbase = {"eu-west-1": "54.240.%d.%d", "eu-west-2": "23.249.%d.%d", "eu-central-1": "69.169.%d.%d",
              "us-east-1": "54.240.%d.%d"}[region]
    trace = [mx01(ctx, host, host, ipbase % (a, b), rcpt, plus(t, 2), TLS13)]
    if client_ip:
        trace.append(rcv(["from %s (%s [%s])" % (client_helo or "[%s]" % client_ip, client_rdns or "unknown", client_ip),
                          "by email-smtp.%s.amazonaws.com with SMTP (SimpleEmailService-d-%s) id %s" % (
                              region, ctx.alnum(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ctx.alnum(20)),
                          "for %s" % rcpt], plus(t, 1), "UTC"))
    sesid = "0102%s-%s-%s-%s-%s-000000" % (ctx.hex(12), ctx.hex(8), ctx.hex(4), ctx.hex(4), ctx.hex(4)) if region != "us-east-1" \
        else "0100%s-%s-%s-%s-%s-000000" % (ctx.hex(12), ctx.hex(8), ctx.hex(4), ctx.hex(4), ctx.hex(4))
    own = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, ctx.alnum(43))),
           ("X-SES-Outgoing", "%s-%s" % (local(t, "UTC").strftime("%Y.%m.%d"), ipbase % (a, b)))]
    if list_unsub:
        own += list_unsub
    mid = "<%s@%s.amazonses.com>" % (sesid, region)
    return S(trace, own, mid, "UTC", style, b_java(ctx) if java else b_hex(ctx, "", 32),
             "%s@%s.amazonses.com" % (sesid, region))


def mailchimp(ctx, t, frm, rcpt, list_unsub=None):
    n, m = ctx.num(1, 250), ctx.num(10, 250)
    host = "mail%d.atl%d.mcsv.net" % (n, m)
    trace = [mx01(ctx, host, host, "198.2.%d.%d" % (ctx.num(128, 191), n), rcpt, plus(t, 2), TLS13),
             rcv(["from localhost (localhost [127.0.0.1])", "by %s (Mailchimp) with ESMTP id %s" % (host, ctx.alnum(13))],
                 plus(t, 1), "UTC")]
    uid = "us%d_%s" % (ctx.num(1, 21), ctx.hex(25))
    own = [("X-Mailer", "MailChimp Mailer - **CID%s**" % ctx.hex(18)), ("X-Campaign", "mailchimp%s.%s" % (ctx.hex(25), ctx.hex(10))),
           ("X-campaignid", "mailchimp%s.%s" % (ctx.hex(25), ctx.hex(10))), ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s" % ctx.hex(25)),
           ("X-MC-User", ctx.hex(25)), ("Feedback-ID", "%d:%d:%s:mc" % (ctx.num(1000000, 9999999), ctx.num(1000000, 9999999), ctx.hex(10)))]
    if list_unsub:
        own += list_unsub
    mid = "<%s.%s@%s>" % (ctx.hex(24), ctx.hex(10), host)
    rp = "bounce-mc.%s.%s-%s=example.com@%s" % (uid, ctx.hex(10), rcpt.split("@")[0], host)
    return S(trace, own, mid, "UTC", "esp", lambda k: "_----------=_MCPart_%d" % ctx.num(100000000, 999999999), rp)


# ----------------------------------------------------------------- genuine service senders
def google_notify(ctx, t, frm, rcpt):
    host = "mail-sor-f%d.google.com" % ctx.num(65, 73)
    ip = "209.85.220.%s" % host.split("-f")[1].split(".")[0]
    trace = [mx01(ctx, host, host, ip, rcpt, plus(t, 1), TLS13_128),
             rcv(["by %s with SMTPS id %s.%d.%d" % (host, ctx.hex(20), ctx.num(1, 9), ctx.num(1, 9)),
                  "for <%s>" % rcpt, "(Google Transport Security)"], t, "PT", True)]
    own = [("X-Google-Smtp-Source", "AGHT+I" + ctx.alnum(50)),
           ("X-Received", "by 2002:a05:6214:%s:b0:%s:%s with SMTP id %s.%d.%d;\n %s"
            % (ctx.hex(4), ctx.hex(3), ctx.hex(4), ctx.hex(20), ctx.num(1, 9), ctx.num(1, 9), rfc_date(t, "PT", True)))]
    mid = "<%s@google.com>" % ctx.alnum(22)
    return S(trace, own, mid, "UTC", "googlesvc", lambda k: "000000000000" + ctx.hex(16),
             "3%s@gaia.bounces.google.com" % ctx.alnum(40))


def eop_service(ctx, t, frm, rcpt, region="NAM12", dc="BN8", srv="BN8NAM12FT031",
                ip="40.107.%d.%d", tenant_host="mail.protection.outlook.com"):
    """Microsoft's own notifications (sent from Microsoft infrastructure)."""
    n = ctx.num(2000, 2200)
    eop_host = "mail-%s%son%d.outbound.protection.outlook.com" % (dc.lower(), region.lower(), n)
    eopip = ip % (ctx.num(92, 244), ctx.num(2, 250))
    trace = [mx01(ctx, "%s-%s-obe.outbound.protection.outlook.com" % (region, dc), eop_host, eopip, rcpt, plus(t, 3), TLS12),
             rcv(["from %s.mail.protection.outlook.com (2603:10b6:%s::%d) by" % (srv, ctx.hex(3), ctx.num(10, 40)),
                  "%s.namprd12.prod.outlook.com (2603:10b6:%s::%d) with Microsoft SMTP Server (version=TLS1_2," % (
                      "BN9PR12MB" + str(ctx.num(5000, 5999)), ctx.hex(3), ctx.num(10, 40)),
                  " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9253.17"], plus(t, 1), "UTC")]
    own = []
    mid = "<%s@az.%s.microsoft.com>" % (ctx.uuid(), ctx.choice(["westeurope", "northeurope", "westus2"]))
    return S(trace, own, mid, "UTC", "mssvc", lambda k: "=-" + base64.b64encode(bytes(ctx.num(0, 255) for _ in range(16))).decode()[:22] + "==", frm)


def github(ctx, t, frm, rcpt):
    n = ctx.num(20, 30)
    ip = "192.30.252.%d" % (190 + n)
    host = "out-%d.smtp.github.com" % n
    trace = [mx01(ctx, host, host, ip, rcpt, plus(t, 2), TLS13),
             rcv(["from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])" % (ctx.hex(6), ctx.num(1, 250), ctx.num(1, 250)),
                  "by smtp.github.com (Postfix) with ESMTPA id %s" % ctx.postfix_qid(),
                  "for <%s>" % rcpt], plus(t, 1), "PT")]
    mid = "<%s_%s%d@github.com>" % (ctx.hex(13), ctx.hex(5), ctx.num(100, 999))
    return S(trace, [], mid, "PT", "svc", lambda k: "--==_mimepart_%s_%s%d" % (ctx.hex(13), ctx.hex(4), ctx.num(100, 999)),
             "noreply@github.com")


def docusign(ctx, t, frm, rcpt):
    n = ctx.num(1, 30)
    host = "mailfwd%02d.eu.docusign.net" % n
    trace = [mx01(ctx, host, host, "185.81.100.%d" % (10 + n), rcpt, plus(t, 2), TLS12),
             rcv(["from docusign.net (%s.dsprod.local [10.140.%d.%d])" % ("EU1DSMTA%02d" % ctx.num(1, 9), ctx.num(1, 99), ctx.num(1, 250)),
                  "by %s with Microsoft SMTPSVC(10.0.17763.1697)" % host], plus(t, 1), "UTC")]
    own = [("X-Api-Host", "eu.docusign.net"), ("X-Priority", "3")]
    mid = "<%s@eu1.docusign.net>" % ctx.hex(32)
    return S(trace, own, mid, "UTC", "svc", lambda k: "----=_NextPart_%s" % ctx.hex(24).upper(), "bounces@docusign.net")


def paypal(ctx, t, frm, rcpt):
    host = "mx%d.slc.paypal.com" % ctx.num(0, 3)
    trace = [mx01(ctx, host, host, "173.0.84.%d" % ctx.num(225, 230), rcpt, plus(t, 2), TLS12),
             rcv(["from paypal.com (%s.slc.paypal.com [10.72.%d.%d])" % (ctx.alnum(10).lower(), ctx.num(1, 250), ctx.num(1, 250)),
                  "by %s (Postfix) with ESMTP id %s" % (host, ctx.postfix_qid()), "for <%s>" % rcpt], plus(t, 1), "PT")]
    own = [("X-MaxCode-Template", "RT000%d" % ctx.num(100, 999)), ("X-Email-Type-Id", "RT000%d" % ctx.num(100, 999)),
           ("X-XPT-XSL-Name", "invoicing/PayerInvoiceNotification")]
    mid = "<%s.%s@paypal.com>" % (ctx.hex(13), ctx.hex(8))
    return S(trace, own, mid, "PT", "svc", lambda k: "--%s_%s" % (ctx.hex(16), ctx.num(1000, 9999)),
             "service@paypal.co.uk")


def yandex_notify(ctx, t, frm, rcpt):
    fwd = "forward%d%s.mail.yandex.net" % (ctx.num(500, 503), ctx.choice("ab"))
    trace = [mx01(ctx, fwd, fwd, "178.154.239.%d" % ctx.num(60, 220), rcpt, plus(t, 2), TLS13),
             rcv(["from mail-notify-production-main-%d.sas.yp-c.yandex.net ([IPv6:2a02:6b8:c14:%s::1])" % (ctx.num(1, 60), ctx.hex(4)),
                  "by %s (Yandex) with ESMTPS id %s" % (fwd, ctx.hex(10, True)), "for <%s>" % rcpt], plus(t, 1), "RU")]
    mid = "<%d.%s@id.yandex.ru>" % (ctx.num(10 ** 15, 10 ** 16 - 1), ctx.hex(12))
    return S(trace, [("X-Yandex-Service", "aWQ=" + ctx.alnum(12))], mid, "RU", "svc", lambda k: "===============%d==" % ctx.num(10 ** 17, 10 ** 18), "noreply@id.yandex.ru")


def kontur(ctx, t, frm, rcpt):
    host = "mx%d.skbkontur.ru" % ctx.num(1, 6)
    trace = [mx01(ctx, host, host, "46.17.200.%d" % ctx.num(10, 90), rcpt, plus(t, 2), TLS12),
             rcv(["from diadoc-notify-%02d.kontur.host (10.34.%d.%d)" % (ctx.num(1, 12), ctx.num(1, 250), ctx.num(1, 250)),
                  "by %s (Postfix) with ESMTP id %s" % (host, ctx.postfix_qid()), "for <%s>" % rcpt], plus(t, 1), "RU")]
    mid = "<%s@diadoc.ru>" % ctx.uuid()
    return S(trace, [], mid, "RU", "svc", lambda k: "----=_Part_%d_%d" % (ctx.num(10 ** 5, 10 ** 6), ctx.num(10 ** 8, 10 ** 9)),
             "noreply@diadoc.ru")
