"""Corporate / hosted mail systems: internal Exchange relay, Microsoft 365,
Google, own Postfix or Exchange servers, shared cPanel hosts, bots."""
from . import ids, timez, mailers
from .infra_core import Infra, TLS13, TLS13_128, TLS12, TLS13_EC, _mid, _style


def internal(lang="de-DE", extra_hdrs=()):
    """Exchange 2019 on-prem -> mail-int01 relay -> mx01."""
    def f(ctx):
        r = ctx.r
        guid = ids.hexs(r, 32)
        msgid = "<%s@EXCH01.corp.example.com>" % guid
        stem = "%sEXCH01corpexamplecom" % ids.hexs(r, 32)
        t1 = _mid(ctx, 0.4)
        t2 = _mid(ctx, 0.7)
        fe80 = "fe80::%s:%s:%s:%s" % (ids.hexs(r, 4), ids.hexs(r, 4), ids.hexs(r, 4), ids.hexs(r, 4))
        hops = [
            "from EXCH01.corp.example.com (exch01.corp.example.com [10.20.0.31])\n"
            "\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
            "\t(No client certificate requested)\n"
            "\tby mail-int01.example.com (Postfix) with ESMTPS id %s;\n\t%s" % (
                ids.postfix_short_qid(r), timez.rfc(t2, "CET", abbr=True)),
            "from EXCH01.corp.example.com ([%s]) by EXCH01.corp.example.com\n"
            " ([%s%%13]) with mapi id 15.02.1748.010; %s" % (fe80, fe80, timez.rfc(t1, "CET")),
        ]
        style = mailers.Style(msgid, mailers.exchange_boundary(r, stem),
                              mailers.exchange_headers(r, lang=lang, extra=[
                                  ("x-ms-exchange-messagesentrepresentingtype", "1"),
                                  ("x-ms-exchange-transport-fromentityheader", "Hosted"),
                                  ("x-originating-ip", "[10.20.%d.%d]" % (r.randint(10, 40), r.randint(2, 250)))] + list(extra_hdrs)),
                              hcs=("iso-8859-1", "Q"))
        return Infra("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25",
                     tls=TLS12, hops=hops, zone="CET", style=style,
                     label="internal: Exchange 2019 -> mail-int01 relay")
    return f


def internal_app(helo_host, app_ip, mailer_hdrs=(), msgid_domain="example.com", label="internal application"):
    """An internal appliance (PBX, HR portal) handing mail to Exchange."""
    def f(ctx):
        r = ctx.r
        t1 = _mid(ctx, 0.3)
        t2 = _mid(ctx, 0.7)
        hops = [
            "from EXCH01.corp.example.com (exch01.corp.example.com [10.20.0.31])\n"
            "\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
            "\t(No client certificate requested)\n"
            "\tby mail-int01.example.com (Postfix) with ESMTPS id %s;\n\t%s" % (
                ids.postfix_short_qid(r), timez.rfc(t2, "CET", abbr=True)),
            "from %s (%s) by EXCH01.corp.example.com (10.20.0.31) with Microsoft SMTP\n"
            " Server id 15.2.1748.10; %s" % (helo_host, app_ip, timez.rfc(t1, "CET")),
        ]
        msgid = "<%s.%s@%s>" % (ids.digits(r, 13), ids.hexs(r, 8), msgid_domain)
        style = mailers.Style(msgid, mailers._counter_bgen(lambda n, st: "----=_Part_%d_%s.%d" % (n, ids.digits(r, 9), timez.unix(ctx.t_sent) * 1000 + r.randint(0, 999))),
                              lambda ctx: list(mailer_hdrs))
        return Infra("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25",
                     tls=TLS12, hops=hops, zone="CET", style=style, label=label)
    return f


EOP_EDGES = [
    ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on2071.outbound.protection.outlook.com", "40.107.22.71"),
    ("EUR03-DBA-obe.outbound.protection.outlook.com", "mail-dbaeur03on2118.outbound.protection.outlook.com", "40.107.104.118"),
    ("EUR01-HE1-obe.outbound.protection.outlook.com", "mail-he1eur01on2105.outbound.protection.outlook.com", "40.107.13.105"),
    ("EUR04-DB3-obe.outbound.protection.outlook.com", "mail-db3eur04on2090.outbound.protection.outlook.com", "40.107.6.90"),
    ("EUR02-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur02on2133.outbound.protection.outlook.com", "40.107.241.133"),
    ("EUR05-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur05on2049.outbound.protection.outlook.com", "40.107.21.49"),
]


EOP_EDGES_NAM = [
    ("NAM12-MW2-obe.outbound.protection.outlook.com", "mail-mw2nam12on2040.outbound.protection.outlook.com", "40.107.244.40"),
    ("NAM10-BN7-obe.outbound.protection.outlook.com", "mail-bn7nam10on2092.outbound.protection.outlook.com", "40.107.92.92"),
]


def _mbx(r, pre, consumer=False):
    if consumer:
        name = "%sP%dMB%04d" % (pre, r.choice([190, 191, 192, 193, 194, 195]), r.randint(100, 9999))
        return name, "%s.EURP%s.PROD.OUTLOOK.COM" % (name, name[4:7])
    n = r.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"])
    name = "%sPR%sMB%04d" % (pre, n, r.randint(1000, 9999))
    return name, "%s.eurprd%s.prod.outlook.com" % (name, n)


def exo(lang="de-DE", accept="de-DE, en-US", consumer=False, nam=False,
        pre=None, hcs=("iso-8859-1", "Q"), extra_hdrs=(), label=None, edge=None,
        outlook_ua=None, msgid_fn=None, no_ua=False, zone="UTC"):
    """Exchange Online (Microsoft 365 tenant or outlook.com consumer)."""
    def f(ctx):
        r = ctx.r
        p = pre or r.choice(["DU0", "AM9", "DB9", "AS8", "PA4", "VI1", "GV1", "AM8", "PAXP", "DB8"])
        if p == "PAXP":
            p = "PAX"
        name, fq = _mbx(r, p, consumer)
        name2, fq2 = _mbx(r, p, consumer)
        e = edge or r.choice(EOP_EDGES_NAM if nam else EOP_EDGES)
        t1 = _mid(ctx, 0.2)
        t2 = _mid(ctx, 0.5)
        v6a = "2603:10a6:%x:%x::%x" % (r.randint(1, 0x7ff), r.randint(1, 0x5ff), r.randint(1, 0x1ff))
        v6b = "2603:10a6:%x:%x::%x" % (r.randint(1, 0x7ff), r.randint(1, 0x5ff), r.randint(1, 0x1ff))
        fe = "fe80::%s:%s:%s:%s" % (ids.hexs(r, 4), ids.hexs(r, 4), ids.hexs(r, 4), ids.hexs(r, 4))
        build = "15.20.%d.%03d" % (r.randint(9100, 9400), r.randint(5, 40))
        hops = [
            "from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n"
            " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n %s; %s" % (
                fq, v6a, fq2, v6b, build, timez.rfc(t2, "UTC")),
            "from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id %s; %s" % (
                fq, fe, fq, fe, r.randint(3, 7), build, timez.rfc(t1, "UTC")),
        ]
        msgid = "<%s%s@%s>" % (name, ids.hexs(r, 28, upper=True), fq)
        if msgid_fn:
            msgid = msgid_fn(r, ctx)
        stem = "%s%s%seurp" % (name, ids.hexs(r, 28, upper=True), name)
        extra = list(extra_hdrs)
        if outlook_ua:
            extra.append(("X-Mailer", outlook_ua))
        hf = (lambda c: list(extra)) if no_ua else mailers.exchange_headers(r, lang=lang, accept=accept, extra=extra)
        style = mailers.Style(msgid, mailers.exchange_boundary(r, stem), hf, hcs=hcs)
        return Infra(e[0], e[1], e[2], tls=TLS12,
                     hops=hops, zone=zone, style=style,
                     label=label or ("outlook.com (consumer)" if consumer else "Microsoft 365 tenant via EOP"))
    return f


GMAIL_HOSTS = [
    ("mail-ed1-f42.google.com", "209.85.208.42"),
    ("mail-wm1-f44.google.com", "209.85.128.44"),
    ("mail-lf1-f53.google.com", "209.85.167.53"),
    ("mail-ej1-f49.google.com", "209.85.218.49"),
    ("mail-wr1-f54.google.com", "209.85.221.54"),
    ("mail-ej1-f52.google.com", "209.85.218.52"),
]


def _gmail_trace(r, t):
    src = "AGHT+I" + ids.pick(r, ids.ALNUM + "+/", 70) + "=="
    xr = "by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s; %s" % (
        ids.hexs(r, 4), ids.hexs(r, 3), ids.hexs(r, 3), ids.hexs(r, 4), ids.hexs(r, 4),
        "%s-%s%s.%d.%s" % (ids.pick(r, "abcdefghijklmnopqrstuvwxyz", 2) + ids.digits(r, 1),
                          ids.digits(r, 20), ids.hexs(r, 14), r.randint(1, 40), ids.digits(r, 13)),
        timez.rfc(t, "PT", abbr=True))
    return [("X-Google-Smtp-Source", src), ("X-Received", xr)]


def gmail(zone="CET", workspace=False, hcs=("UTF-8", "B"), label=None):
    def f(ctx):
        r = ctx.r
        host, ip = r.choice(GMAIL_HOSTS)
        t1 = _mid(ctx, 0.5)
        smtpid = "%s-%s%s.%d" % (ids.digits(r, 13), ids.hexs(r, 13), ids.pick(r, "abcdefghijklmnopqrstuvwxyz", 2) + ids.digits(r, 2), r.randint(1, 30))
        hops = ["by %s with SMTP id %s\n        for <%s>; %s" % (
            host, smtpid, ctx.rcpt, timez.rfc(t1, "PT", abbr=True))]
        msgid = "<CA%s@mail.gmail.com>" % ids.pick(r, ids.ALNUM + "+_=-", 50)

        def bg(n, st):
            return "0000000000%s" % ids.hexs(r, 18)
        style = mailers.Style(msgid, mailers._counter_bgen(bg), hcs=hcs)
        return Infra(host, host, ip, tls=TLS13_128, hops=hops, trace=_gmail_trace(r, t1),
                     zone=zone, style=style,
                     label=label or ("Google Workspace" if workspace else "Gmail (consumer)"))
    return f


def google_service(msgid_domain="notifications.google.com", zone="UTC"):
    def f(ctx):
        r = ctx.r
        host, ip = "mail-sor-f%d.google.com" % 73, "209.85.220.73"
        t1 = _mid(ctx, 0.5)
        hops = ["by %s with SMTP id %s\n        for <%s>\n        (Google Transport Security);\n        %s" % (
            host, "%s-%s%s.%d" % (ids.digits(r, 13), ids.hexs(r, 13), "sor", r.randint(10, 90)),
            ctx.rcpt, timez.rfc(t1, "PT", abbr=True))]
        msgid = "<%s@%s>" % (ids.pick(r, ids.B64URL, 22), msgid_domain)

        def bg(n, st):
            return "0000000000%s" % ids.hexs(r, 18)
        style = mailers.Style(msgid, mailers._counter_bgen(bg), hcs=("UTF-8", "B"))
        return Infra(host, host, ip, tls=TLS13_128, hops=hops, trace=_gmail_trace(r, t1),
                     zone=zone, style=style, label="Google (genuine service)")
    return f


def postfix_server(helo, ip, rdns=None, submit_ip=None, mailer="thunderbird",
                   zone="CET", tls=TLS13, sub_tls=True, lang="de-DE", version=None,
                   label="own Postfix server", hcs=None, local_submit=False):
    """A Postfix MTA of the sender (own company server or attacker VPS)."""
    def f(ctx):
        r = ctx.r
        domain = ctx.sender.split("@", 1)[1]
        t1 = _mid(ctx, 0.4)
        sip = submit_ip or "%d.%d.%d.%d" % (r.randint(80, 95), r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
        if local_submit or mailer == "roundcube":
            src = "from localhost (localhost [127.0.0.1])"
        else:
            src = "from [%s] (unknown [%s])" % (
                r.choice(["192.168.1.%d" % r.randint(20, 200), "192.168.178.%d" % r.randint(20, 60), "10.0.0.%d" % r.randint(2, 60)]), sip)
        hops = ["%s\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
            src, ctx.sender, helo, "ESMTPSA" if sub_tls else "ESMTPA", ids.postfix_short_qid(r),
            ctx.rcpt, timez.rfc(t1, zone, abbr=True))]
        if mailer == "roundcube":
            t0 = _mid(ctx, 0.1)
            hops.append("from %s\n\tby %s with HTTP (HTTP/1.1 POST); %s" % (sip, helo, timez.rfc(t0, zone)))
        st = _style(r, mailer, domain, helo, ctx, lang, version)
        if hcs:
            st.hcs = hcs
        return Infra(helo, rdns, ip, tls=tls, hops=hops, zone=zone, style=st, label=label)
    return f


def cpanel(host, ip, client_ip=None, mailer="roundcube", via="esmtpsa",
           zone="CET", lang="it-IT", label="compromised cPanel shared host (Exim)",
           auth_user=None, version=None, php_script=None):
    """cPanel/Exim shared hosting (typical compromised small business)."""
    def f(ctx):
        r = ctx.r
        domain = ctx.sender.split("@", 1)[1]
        t1 = _mid(ctx, 0.5)
        eid = "1%s-0000000%s-%s" % (ids.pick(r, ids.ALNUM, 5), ids.pick(r, ids.ALNUM, 4), ids.pick(r, ids.ALNUM, 4))
        if via == "local":
            hop = ("from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                auth_user or domain.split(".")[0][:8], host, ctx.mailfrom, eid, ctx.rcpt, timez.rfc(t1, zone)))
        else:
            cip = client_ip or "%d.%d.%d.%d" % (r.randint(100, 200), r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
            hop = ("from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                   "\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                       cip, r.randint(49152, 65000),
                       r.choice(["192.168.1.%d" % r.randint(2, 200), "DESKTOP-%s" % ids.pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 7), "127.0.0.1"]),
                       host, ctx.mailfrom, eid, ctx.rcpt, timez.rfc(t1, zone)))
        st = _style(r, mailer, domain, host, ctx, lang, version)
        user = auth_user or ctx.sender
        anti = [
            ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
            ("X-AntiAbuse", "Primary Hostname - %s" % host),
            ("X-AntiAbuse", "Original Domain - example.com"),
            ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
            ("X-AntiAbuse", "Sender Address Domain - %s" % domain),
        ]
        if via == "local":
            anti.append(("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, user.split("@")[0] if "@" in user else user)))
            anti.append(("X-Authenticated-Sender", "%s: %s" % (host, user)))
            if php_script:
                anti.append(("X-PHP-Script", php_script))
        else:
            anti.append(("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, user)))
            anti.append(("X-Authenticated-Sender", "%s: %s" % (host, user)))
        anti.append(("X-Source", ""))
        anti.append(("X-Source-Args", ""))
        anti.append(("X-Source-Dir", ""))
        return Infra(host, host, ip, tls=TLS13, hops=[hop], zone=zone, style=st,
                     extra=anti, label=label)
    return f


def direct_bot(helo, ip, rdns=None, zone="UTC", msgid=None, label="direct-to-MX from botnet host", hcs=("utf-8", "B")):
    """Spam bot talking straight to mx01 (no own hops)."""
    def f(ctx):
        r = ctx.r
        mid = msgid or "<%s.%s@%s>" % (ids.hexs(r, 8, True), ids.digits(r, 7), ctx.sender.split("@")[1])

        def bg(n, st):
            return "----=_NextPart_%s" % ids.hexs(r, 20)
        st = mailers.Style(mid, mailers._counter_bgen(bg), hcs=hcs)
        return Infra(helo, rdns, ip, tls=None, hops=[], zone=zone, style=st, label=label)
    return f


def aruba(zone="CET", label="Aruba hosted mail", mailer="outlook", lang="it-IT", client_ip=None, version=None):
    def f(ctx):
        r = ctx.r
        n = r.randint(2, 20)
        host = "smtpdh%02d-%d.aruba.it" % (n, r.randint(1, 2))
        ip = "62.149.155.%d" % (140 + n)
        t1 = _mid(ctx, 0.5)
        cip = client_ip or "%d.%d.%d.%d" % (r.choice([79, 93, 151, 2]), r.randint(1, 250), r.randint(1, 250), r.randint(2, 250))
        hops = ["from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
            r.choice(["DESKTOP-" + ids.pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 7), "[192.168.1.%d]" % r.randint(2, 200)]),
            cip, ids.pick(r, ids.ALNUM, 16), timez.rfc(t1, zone))]
        st = _style(r, mailer, ctx.sender.split("@")[1], host, ctx, lang, version)
        return Infra(host, host, ip, tls=TLS13, hops=hops, zone=zone, style=st, label=label)
    return f


def service_postfix(client_helo, client_ip, inner_host, msgid, bgen=None, zone="UTC",
                    headers=(), label="", rdns=None, inner_from=None, tls=TLS13, hcs=("UTF-8", "B"),
                    mime_version="1.0"):
    """Generic: a service's outbound MTA with one inner hop."""
    def f(ctx):
        r = ctx.r
        t1 = _mid(ctx, 0.5)
        src = inner_from(r) if callable(inner_from) else (inner_from or "from localhost (localhost [127.0.0.1])")
        hops = ["%s\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
            src, inner_host, ids.postfix_qid(r) if r.random() < 0.5 else ids.postfix_short_qid(r),
            ctx.rcpt, timez.rfc(t1, zone, abbr=True))]
        m = msgid(r, ctx) if callable(msgid) else msgid
        bg = bgen or (lambda n, st: "----=_Part_%d_%s.%d" % (r.randint(10000, 999999), ids.digits(r, 9), timez.unix(ctx.t_sent) * 1000))
        hd = headers(r, ctx) if callable(headers) else list(headers)
        st = mailers.Style(m, mailers._counter_bgen(bg), lambda c: hd, hcs=hcs, mime_version=mime_version)
        return Infra(client_helo, rdns or client_helo, client_ip, tls=tls, hops=hops, zone=zone, style=st, label=label)
    return f


def exchange_onprem(helo, ip, rdns=None, lang="de-DE", zone="CET", server="EXCH01", domain=None,
                    hcs=("iso-8859-1", "Q"), label="own Exchange server", version="15.2.1544.14",
                    gateway=None):
    """A correspondent's on-prem Exchange (optionally behind a gateway)."""
    def f(ctx):
        r = ctx.r
        dom = domain or ctx.sender.split("@")[1]
        srv = "%s.%s" % (server, dom)
        t1 = _mid(ctx, 0.3)
        t2 = _mid(ctx, 0.6)
        fe = "fe80::%s:%s:%s:%s" % (ids.hexs(r, 4), ids.hexs(r, 4), ids.hexs(r, 4), ids.hexs(r, 4))
        hops = []
        if gateway:
            hops.append("from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s;\n\t%s" % (
                srv, srv.lower(), "192.168.%d.%d" % (r.randint(0, 20), r.randint(2, 60)), gateway,
                ids.postfix_short_qid(r), timez.rfc(t2, zone, abbr=True)))
        hops.append("from %s ([%s]) by\n %s ([%s%%%d]) with mapi id\n %s; %s" % (
            srv, fe, srv, fe, r.randint(10, 15), version.replace(".", ".0", 1) if False else version, timez.rfc(t1, zone)))
        msgid = "<%s@%s>" % (ids.hexs(r, 32), srv)
        stem = "%s%s" % (ids.hexs(r, 32), srv.replace(".", "").replace("-", ""))
        st = mailers.Style(msgid, mailers.exchange_boundary(r, stem),
                           mailers.exchange_headers(r, lang=lang, accept=lang + ", en-US",
                                                    extra=[("x-originating-ip", "[192.168.%d.%d]" % (r.randint(0, 20), r.randint(2, 250)))]),
                           hcs=hcs)
        return Infra(helo, rdns or helo, ip, tls=TLS12, hops=hops, zone=zone, style=st, label=label)
    return f
