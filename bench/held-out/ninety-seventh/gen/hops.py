"""Sending infrastructures: the Received chain below mx01, Message-ID,
X-Mailer/User-Agent and provider-specific headers, boundary style.
Each factory returns an Infra; build.py asks it for headers per message."""
import base64
import datetime as _dt
import uuid

from common import UTC, hexs, alnum, rfc_date, to_zone

PF_ALPHA = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


def pf_qid(rng):
    return "4" + "".join(rng.choice(PF_ALPHA) for _ in range(9)) + "z" + "".join(rng.choice(PF_ALPHA) for _ in range(4))


def sec(d, s):
    return d + _dt.timedelta(seconds=s)


def thread_index(rng, when):
    ft = int((when.astimezone(UTC) - _dt.datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10 ** 7)
    head = ft.to_bytes(8, "big")[:6]
    head = b"\x01" + head[1:6]
    return base64.b64encode(head + bytes(rng.randrange(256) for _ in range(16))).decode()


def guid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class Ctx:
    def __init__(self, mail, rng):
        self.mail = mail
        self.rng = rng
        self.date = mail.when
        self.rcpt = mail.rcpt
        self.frm = mail.frm[1]
        self.slug = mail.slug


class Infra:
    def __init__(self, name, helo, rdns, ip, tls=TLS13, date_zone=None, delay=(3, 25)):
        self.name = name
        self.helo, self.rdns, self.ip = helo, rdns, ip
        self.tls = tls
        self.date_zone = date_zone          # None: sender's own zone
        self.delay = delay
        self.ua = None                      # (header, value)
        self.extra_fn = None
        self.inner_fn = None
        self.msgid_fn = None
        self.bstyle = "generic"
        self.rp_fn = None
        self.desc = name
        self.mx_with = "ESMTPS" if tls else "ESMTP"

    # overridable pieces
    def inner(self, ctx, t_send):
        return self.inner_fn(ctx, t_send) if self.inner_fn else []

    def msgid(self, ctx):
        if self.msgid_fn:
            return self.msgid_fn(ctx)
        dom = ctx.frm.split("@")[1]
        return "<%s@%s>" % (guid(ctx.rng), dom)

    def extra(self, ctx):
        return self.extra_fn(ctx) if self.extra_fn else []

    def return_path(self, ctx):
        return self.rp_fn(ctx) if self.rp_fn else ctx.frm

    def boundary(self, ctx, subtype, msgid):
        r = ctx.rng
        st = self.bstyle
        if st == "outlook":
            core = "".join(ch for ch in msgid.strip("<>") if ch.isalnum())[:60]
            num = {"alternative": "000", "related": "003", "mixed": "004"}.get(subtype, "005")
            return "_%s_%s_" % (num, core)
        if st == "gmail":
            return "000000000000" + hexs(r, 16)
        if st == "thunderbird":
            return "------------" + alnum(r, 24)
        if st == "apple":
            return "Apple-Mail=_" + str(uuid.UUID(int=r.getrandbits(128))).upper()
        if st == "phpmailer":
            return "b1=_" + alnum(r, 43)
        if st == "ox":
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
        if st == "outlook_desktop":
            return "----=_NextPart_%03d_%04X_01DB%04X.%08X" % (r.randrange(3), r.randrange(65536), r.randrange(65536), r.getrandbits(32))
        if st == "yandex":
            return "----==%s==----" % base64.b64encode(bytes(r.randrange(256) for _ in range(12))).decode()
        if st == "sendgrid" or st == "uuidhex":
            return hexs(r, 64)
        if st == "ses":
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
        if st == "roundcube":
            return "=_" + hexs(r, 32)
        if st == "javamail":
            return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 4, 10 ** 5), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 10 ** 13))
        return "----=_NextPart_" + hexs(r, 24)


# ----------------------------------------------------------- factories ---

def _exo_headers(ctx, tenant_srv, lang, has_att, tenant_id, when):
    r = ctx.rng
    return [
        ("Thread-Topic", None),   # filled by builder with subject
        ("Thread-Index", thread_index(r, when)),
        ("Accept-Language", lang + ", en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if has_att else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-publictraffictype", "Email"),
        ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", when.astimezone(UTC).strftime("%d %b %Y %H:%M:%S.") + "%04d (UTC)" % r.randrange(10000)),
        ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
        ("X-MS-Exchange-CrossTenant-id", tenant_id),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", tenant_srv),
    ]


def exo(name, mbx_srv, pod, obe, obe_host, obe_ip, lang="de-DE", tenant_seed="t"):
    """Exchange Online (Microsoft 365) tenant: Outlook client, EOP outbound."""
    inf = Infra(name, obe, obe_host, obe_ip, date_zone="UTC", delay=(2, 9))
    inf.bstyle = "outlook"
    fe_srv = mbx_srv[:3] + "PR" + mbx_srv[5:7] + "CA%04d" % (sum(map(ord, mbx_srv)) % 9000)
    tid = str(uuid.uuid5(uuid.NAMESPACE_DNS, tenant_seed))

    build = 8000 + sum(map(ord, mbx_srv)) % 900
    minor = 10 + sum(map(ord, pod)) % 30

    def inner(ctx, t):
        u = t.astimezone(UTC)
        v6 = "2603:10a6:%x:%x::%x" % (ctx.rng.randrange(16, 999), ctx.rng.randrange(16, 999), ctx.rng.randrange(1, 30))
        v6b = "2603:10a6:%x:%x::%x" % (ctx.rng.randrange(16, 999), ctx.rng.randrange(16, 999), ctx.rng.randrange(1, 30))
        ll = "fe80::%x:%x:%x:%x" % tuple(ctx.rng.randrange(4096, 65535) for _ in range(4))
        return [
            "Received: from %s.%s (%s) by\n %s.%s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s"
            % (mbx_srv, pod, v6, fe_srv, pod, v6b, build, minor, rfc_date(sec(u, 1))),
            "Received: from %s.%s\n ([%s]) by %s.%s\n ([%s%%%d]) with mapi id 15.20.%d.%03d; %s"
            % (mbx_srv, pod, ll, mbx_srv, pod, ll, ctx.rng.randrange(3, 7), build, minor, rfc_date(u)),
        ]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s%s@%s.%s>" % (mbx_srv, hexs(ctx.rng, 25, True), mbx_srv, pod)
    inf.extra_fn = lambda ctx: _exo_headers(ctx, fe_srv, lang, bool(ctx.mail.atts), tid, ctx.date)
    inf.desc = "Microsoft 365 tenant (Outlook, EOP outbound %s)" % obe_host
    return inf


def outlook_com(obe_host="mail-dbaeur03olkn2080.outbound.protection.outlook.com", ip="40.92.58.80",
                srv="PAXP193MB1478", pod="EURP193.PROD.OUTLOOK.COM", lang="de-DE"):
    inf = Infra("outlook.com", "EUR03-DBA-obe.outbound.protection.outlook.com", obe_host, ip, date_zone="UTC", delay=(2, 8))
    inf.bstyle = "outlook"

    def inner(ctx, t):
        u = t.astimezone(UTC)
        return ["Received: from %s.%s ([fe80::%x:%x:%x:%x]) by\n %s.%s ([fe80::%x:%x:%x:%x%%4]) with mapi id\n 15.20.8%03d.%03d; %s"
                % ((srv, pod) + tuple(ctx.rng.randrange(4096, 65535) for _ in range(4)) + (srv, pod)
                   + tuple(ctx.rng.randrange(4096, 65535) for _ in range(4))
                   + (ctx.rng.randrange(200, 999), ctx.rng.randrange(10, 40), rfc_date(u)))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s%s@%s.%s>" % (srv, hexs(ctx.rng, 25, True), srv, pod)
    inf.extra_fn = lambda ctx: [
        ("Thread-Topic", None), ("Thread-Index", thread_index(ctx.rng, ctx.date)),
        ("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if ctx.mail.atts else ""), ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-messagesentrepresentingtype", "1"),
        ("x-tmn", "[%s]" % alnum(ctx.rng, 32)),
        ("x-ms-publictraffictype", "Email"),
    ]
    inf.desc = "Outlook.com consumer mailbox"
    return inf


def internal(mailbox_srv="EXCH02", lang="de-DE", xip="10.20.31.%d"):
    """Example Group internal mail: Exchange 2019 -> mail-int01 -> mx01."""
    inf = Infra("internal", "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", tls=TLS12, delay=(1, 4))
    inf.bstyle = "outlook"
    srv = "%s.corp.example.com" % mailbox_srv

    def inner(ctx, t):
        r = ctx.rng
        return [
            "Received: from EXCH01.corp.example.com (exch01.corp.example.com [10.20.1.11])\n"
            "\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (pf_qid(r), ctx.rcpt, rfc_date(sec(t, 1))),
            "Received: from %s (10.20.1.12) by EXCH01.corp.example.com\n (10.20.1.11) with Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s" % (srv, rfc_date(t)),
            "Received: from %s ([fe80::%x:%x:%x:%x]) by\n %s ([fe80::%x:%x:%x:%x%%13]) with mapi id\n 15.02.1544.014; %s"
            % ((srv,) + tuple(r.randrange(4096, 65535) for _ in range(4)) + (srv,) + tuple(r.randrange(4096, 65535) for _ in range(4)) + (rfc_date(t),)),
        ]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s@%s>" % (hexs(ctx.rng, 32), srv)
    inf.extra_fn = lambda ctx: [
        ("Thread-Topic", None), ("Thread-Index", thread_index(ctx.rng, ctx.date)),
        ("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if ctx.mail.atts else ""), ("X-MS-TNEF-Correlator", ""),
        ("x-originating-ip", "[%s]" % (xip % ctx.rng.randrange(20, 220))),
    ]
    inf.desc = "internal: Exchange 2019 (EXCH02) -> mail-int01.example.com [10.20.0.25]"
    return inf


def internal_app(app_host, app_ip, mailer_hdr=None, msgid_dom=None, bstyle="generic"):
    """Internal application server relaying through mail-int01."""
    inf = Infra("internal-app", "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", tls=TLS12, delay=(1, 3))
    inf.bstyle = bstyle

    def inner(ctx, t):
        return ["Received: from %s (%s [%s])\n\tby mail-int01.example.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                % (app_host, app_host, app_ip, pf_qid(ctx.rng), ctx.rcpt, rfc_date(t))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s.%s@%s>" % (ctx.date.strftime("%Y%m%d%H%M%S"), hexs(ctx.rng, 12), msgid_dom or app_host)
    inf.extra_fn = lambda ctx: [mailer_hdr] if mailer_hdr else []
    inf.desc = "internal application %s via mail-int01" % app_host
    return inf


def exchange_onprem(name, edge_helo, edge_ip, server_fqdn, server_ip, lang="it-IT", xip="192.168.10.%d"):
    inf = Infra(name, edge_helo, edge_helo, edge_ip, tls=TLS12, delay=(2, 12))
    inf.bstyle = "outlook"

    def inner(ctx, t):
        r = ctx.rng
        short = server_fqdn.split(".")[0]
        return [
            "Received: from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s"
            % (server_fqdn, server_ip, edge_helo, edge_ip, rfc_date(sec(t, 1))),
            "Received: from %s ([fe80::%x:%x:%x:%x]) by %s\n ([fe80::%x:%x:%x:%x%%12]) with mapi id 15.01.2507.039; %s"
            % ((server_fqdn,) + tuple(r.randrange(4096, 65535) for _ in range(4)) + (server_fqdn,)
               + tuple(r.randrange(4096, 65535) for _ in range(4)) + (rfc_date(t),)),
        ]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s@%s>" % (hexs(ctx.rng, 32), server_fqdn)
    inf.extra_fn = lambda ctx: [
        ("Thread-Topic", None), ("Thread-Index", thread_index(ctx.rng, ctx.date)),
        ("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if ctx.mail.atts else ""), ("X-MS-TNEF-Correlator", ""),
        ("x-originating-ip", "[%s]" % (xip % ctx.rng.randrange(20, 220))),
    ]
    inf.desc = "on-premises Exchange 2016 (%s) behind %s" % (server_fqdn, edge_helo)
    return inf


def gmail(n=47, ip_last=47, workspace=False, helo_prefix="mail-ej1-f", net="209.85.218"):
    host = "%s%d.google.com" % (helo_prefix, n)
    inf = Infra("gmail", host, host, "%s.%d" % (net, ip_last), delay=(1, 4))
    inf.bstyle = "gmail"

    def inner(ctx, t):
        r = ctx.rng
        pt = to_zone(t, "PT")
        smtpid = "a640c23a62f3a-a9%s%s.%d" % (hexs(r, 7), "so" + str(r.randrange(10 ** 8, 10 ** 9)) + "b", r.randrange(1, 3))
        return [
            "Received: by %s with SMTP id %s\n        for <%s>; %s" % (host, smtpid, ctx.rcpt, rfc_date(pt, zone_name(pt))),
            "X-Google-Smtp-Source: AGHT+I%s" % alnum(r, 80),
            "X-Received: by 2002:a17:907:%x:b0:a9a:%x:%x with SMTP id %s.%d.%d;\n        %s"
            % (r.randrange(4096, 65535), r.randrange(4096, 65535), r.randrange(4096, 65535), hexs(r, 10),
               r.randrange(1, 99), r.randrange(10 ** 12, 10 ** 13), rfc_date(pt, zone_name(pt))),
        ]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<CA%s@mail.gmail.com>" % alnum(ctx.rng, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    inf.extra_fn = lambda ctx: [("X-Gm-Message-State", "AOJu0Y" + alnum(ctx.rng, 60))]
    inf.desc = "Gmail" + (" (Google Workspace)" if workspace else " (consumer)")
    return inf


def zone_name(aware):
    return "PDT" if aware.utcoffset() == _dt.timedelta(hours=-7) else "PST"


def gmx(domain="gmx.de", client_ip="91.64.123.45", webmail=True):
    if domain == "web.de":
        helo, ip, mr = "mout.web.de", "217.72.192.78", "mrweb105 [172.19.144.11]"
        mail = "mail.web.de"
    else:
        helo, ip, mr = "mout.gmx.net", "212.227.17.22", "mrgmx104 [212.227.17.168]"
        mail = "mail.gmx.net"
    inf = Infra(domain, helo, helo, ip, delay=(1, 5))
    inf.bstyle = "ox" if webmail else "thunderbird"

    def inner(ctx, t):
        r = ctx.rng
        src = "[%s] ([%s])" % ("3c-app-gmx-bap%02d" % r.randrange(1, 80) if webmail else "192.168.178.%d" % r.randrange(20, 60), client_ip)
        return ["Received: from %s by %s\n (%s) with ESMTPSA (Nemesis) id 1M%s-1t%s-00%s; %s"
                % (src, mail, mr, alnum(r, 9), alnum(r, 10), alnum(r, 4), rfc_date(t))]
    inf.inner_fn = inner
    if webmail:
        inf.msgid_fn = lambda ctx: "<trinity-%s-%d@3c-app-gmx-bap%02d>" % (guid(ctx.rng), int(ctx.date.timestamp() * 1000), ctx.rng.randrange(1, 80))
        inf.extra_fn = lambda ctx: [
            ("Importance", "normal"), ("Sensitivity", "Normal"),
            ("X-Priority", "3"),
            ("X-Provags-ID", "V03:K1:" + alnum(ctx.rng, 60)),
            ("UI-OutboundReport", "notjunk:1;M01:P0:" + alnum(ctx.rng, 40)),
        ]
    else:
        inf.ua = ("User-Agent", "Mozilla Thunderbird")
        inf.extra_fn = lambda ctx: [("User-Agent", "Mozilla Thunderbird"),
                                    ("X-Provags-ID", "V03:K1:" + alnum(ctx.rng, 60)),
                                    ("UI-OutboundReport", "notjunk:1;M01:P0:" + alnum(ctx.rng, 40))]
        inf.msgid_fn = lambda ctx: "<%s@%s>" % (guid(ctx.rng), domain)
    inf.desc = domain + (" webmail" if webmail else " via Thunderbird")
    return inf


def libero():
    inf = Infra("libero.it", "libero.it", "smtp-17-i6.italiaonline.it", "213.209.14.17", delay=(2, 6))
    inf.bstyle = "ox"

    def inner(ctx, t):
        r = ctx.rng
        return ["Received: from oxapps-%d-%d.iol.local ([10.101.8.%d])\n\tby smtp-17.iol.local with ESMTPA\n\tid %s; %s"
                % (r.randrange(10, 40), r.randrange(100, 200), r.randrange(2, 250), alnum(r, 22), rfc_date(t))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%d.%d.%d@mail1.libero.it>" % (ctx.rng.randrange(10 ** 8, 2 * 10 ** 9), ctx.rng.randrange(10 ** 5, 10 ** 6), int(ctx.date.timestamp() * 1000))
    inf.extra_fn = lambda ctx: [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"), ("X-Originating-Client", "open-xchange-appsuite"),
                                ("Importance", "Normal"), ("X-Priority", "3")]
    inf.desc = "libero.it webmail (Italiaonline, Open-Xchange)"
    return inf


def wp():
    inf = Infra("wp.pl", "mx4.wp.pl", "mx4.wp.pl", "212.77.101.12", delay=(1, 5))
    inf.bstyle = "generic"

    def inner(ctx, t):
        return ["Received: (wp-smtpd smtp.wp.pl 12345 invoked from network); %s" % rfc_date(t),
                "Received: from 83.%d.%d.%d (HELO localhost) (%s@[83.%d.%d.%d])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with SMTP\n          for <%s>; %s"
                % (ctx.rng.randrange(1, 255), ctx.rng.randrange(1, 255), ctx.rng.randrange(1, 255), ctx.frm.split("@")[0],
                   ctx.rng.randrange(1, 255), ctx.rng.randrange(1, 255), ctx.rng.randrange(1, 255), ctx.frm, ctx.rcpt, rfc_date(t))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s@wp.pl>" % hexs(ctx.rng, 32)
    inf.extra_fn = lambda ctx: [("X-WP-MailID", hexs(ctx.rng, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"),
                                ("X-Mailer", "Poczta WP"), ("X-Priority", "3")]
    inf.desc = "wp.pl webmail (Poczta WP)"
    return inf


def otenet():
    inf = Infra("otenet.gr", "mailout.otenet.gr", "mailout-gr1.otenet.gr", "83.235.69.31", tls=TLS12, delay=(3, 20))
    inf.bstyle = "outlook_desktop"

    def inner(ctx, t):
        r = ctx.rng
        return ["Received: from PCLOGISTIRIO (ppp-94-%d-%d-%d.home.otenet.gr [94.%d.%d.%d])\n\tby mailout-gr1.otenet.gr (8.15.2/8.15.2) with ESMTPSA id 4A%s\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO)\n\tfor <%s>; %s"
                % ((r.randrange(64, 71), r.randrange(1, 255), r.randrange(1, 255)) * 2 + (alnum(r, 10), ctx.rcpt, rfc_date(t)))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<000001db%s$%s$%s$@otenet.gr>" % (hexs(ctx.rng, 4), hexs(ctx.rng, 8), hexs(ctx.rng, 8))
    inf.extra_fn = lambda ctx: [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(ctx.rng, ctx.date)),
                                ("Content-Language", "el")]
    inf.desc = "OTEnet (Cosmote) consumer mail sent from Outlook 2016"
    return inf


def yandex(web=True, domain="yandex.ru", n=502):
    fwd = "forward%db.mail.yandex.net" % n
    inf = Infra("yandex", fwd, fwd, "178.154.239.%d" % (n % 250), delay=(1, 4))
    inf.bstyle = "yandex" if web else "thunderbird"

    def inner(ctx, t):
        r = ctx.rng
        node = "mail-nwsmtp-smtp-production-main-%d.klg.yp-c.yandex.net" % r.randrange(10, 90)
        return [
            "Received: from %s (%s [[2a02:6b8:c42:%x:0:640:%x:0]])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s"
            % (node, node, r.randrange(4096, 65535), r.randrange(4096, 65535), fwd, alnum(r, 10), rfc_date(t)),
            "Received: by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (node, alnum(r, 10), alnum(r, 8), rfc_date(t)),
        ]
    inf.inner_fn = inner
    if web:
        inf.msgid_fn = lambda ctx: "<%d%d@mail.yandex.ru>" % (ctx.rng.randrange(100000, 999999), int(ctx.date.timestamp()))
        inf.extra_fn = lambda ctx: [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
    else:
        inf.msgid_fn = lambda ctx: "<%s@%s>" % (guid(ctx.rng), domain)
        inf.extra_fn = lambda ctx: [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2")]
    inf.desc = "Yandex mail" + (" (web)" if web else " (Yandex 360 domain, Thunderbird)")
    return inf


def mailru():
    inf = Infra("mail.ru", "smtp47.i.mail.ru", "smtp47.i.mail.ru", "95.163.41.85", delay=(1, 5))
    inf.bstyle = "generic"

    def inner(ctx, t):
        return ["Received: by smtp47.i.mail.ru with esmtpa (envelope-from <%s>)\n\tid 1t%s-0000%s-%s; %s"
                % (ctx.frm, alnum(ctx.rng, 5), alnum(ctx.rng, 3), alnum(ctx.rng, 2), rfc_date(t))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%d.%s@mail.ru>" % (int(ctx.date.timestamp()), hexs(ctx.rng, 8))
    inf.extra_fn = lambda ctx: [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Mailru-Src", "smtp"),
                                ("X-7564579A", "B8F34718100C35E2"), ("X-77F55803", "4F1203BC0FB41BD9" + hexs(ctx.rng, 16, True))]
    inf.desc = "mail.ru"
    return inf


def postfix_host(name, helo, rdns, ip, hostname, submit_from="unknown", submit_ip=None, mailer=None,
                 msgid_fn=None, bstyle="generic", tls=TLS13, esmtpsa=True, desc=None, extra=(),
                 auth_user=None, hop_offset=None):
    """Generic Postfix-based sender (VPS, own server, shared hosting)."""
    inf = Infra(name, helo, rdns, ip, tls=tls, delay=(1, 6))
    inf.bstyle = bstyle

    def inner(ctx, t):
        sip = submit_ip or "127.0.0.1"
        src = "localhost (localhost [127.0.0.1])" if sip == "127.0.0.1" else "[%s] (%s [%s])" % (sip, submit_from, sip)
        tt = t.astimezone(_dt.timezone(_dt.timedelta(hours=hop_offset))) if hop_offset is not None else t
        auth = "\n\t(Authenticated sender: %s)" % (auth_user or ctx.frm) if esmtpsa else ""
        return ["Received: from %s%s\n\tby %s (Postfix) with %s id %s;\n\t%s"
                % (src, auth, hostname, "ESMTPSA" if esmtpsa else "ESMTP", pf_qid(ctx.rng), rfc_date(tt))]
    inf.inner_fn = inner
    if msgid_fn:
        inf.msgid_fn = msgid_fn
    inf.extra_fn = lambda ctx: (list(extra) + ([mailer] if mailer else []))
    inf.desc = desc or name
    return inf


def exim_cpanel(name, server, ip, helo_client, client_ip, domain, mailer=None, bstyle="generic",
                msgid_fn=None, desc=None, port=51234):
    """cPanel/Exim shared hosting (typical for compromised small businesses)."""
    inf = Infra(name, server, server, ip, tls=TLS12, delay=(1, 6))
    inf.bstyle = bstyle

    def inner(ctx, t):
        r = ctx.rng
        return ["Received: from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid 1t%s-0000000%s-%s\n\tfor %s;\n\t%s"
                % (client_ip, port + r.randrange(1000), helo_client, server, ctx.frm, alnum(r, 5), alnum(r, 3), alnum(r, 4), ctx.rcpt, rfc_date(t))]
    inf.inner_fn = inner
    if msgid_fn:
        inf.msgid_fn = msgid_fn
    inf.extra_fn = lambda ctx: ([mailer] if mailer else []) + [
        ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
        ("X-AntiAbuse", "Primary Hostname - " + server),
        ("X-AntiAbuse", "Original Domain - example.com"),
        ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
        ("X-AntiAbuse", "Sender Address Domain - " + domain),
        ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, ctx.frm)),
        ("X-Authenticated-Sender", "%s: %s" % (server, ctx.frm)),
    ]
    inf.desc = desc or name
    return inf


def aruba(client_ip="93.45.112.7", webmail=False, n=19):
    host = "smtpdh%d-2.aruba.it" % n
    inf = Infra("aruba.it", host, host, "62.149.155.%d" % (140 + n), delay=(2, 8))
    inf.bstyle = "roundcube" if webmail else "outlook_desktop"

    def inner(ctx, t):
        return ["Received: from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
                % ("webmail.aruba.it" if webmail else "PC-UFFICIO", client_ip, alnum(ctx.rng, 16), rfc_date(t))]
    inf.inner_fn = inner
    if webmail:
        inf.msgid_fn = lambda ctx: "<%s@%s>" % (hexs(ctx.rng, 32), ctx.frm.split("@")[1])
        inf.extra_fn = lambda ctx: [("User-Agent", "Roundcube Webmail/1.4.15"), ("X-Sender", ctx.frm)]
    else:
        inf.msgid_fn = lambda ctx: "<000001db%s$%s$%s$@%s>" % (hexs(ctx.rng, 4), hexs(ctx.rng, 8), hexs(ctx.rng, 8), ctx.frm.split("@")[1])
        inf.extra_fn = lambda ctx: [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(ctx.rng, ctx.date)),
                                    ("Content-Language", "it")]
    inf.desc = "Aruba.it hosted mailbox" + (" (Roundcube webmail)" if webmail else " (Outlook 2016)")
    return inf


def home_pl(server="cloudserver094821.home.pl", ip="79.96.170.47", client_ip="31.61.170.22"):
    inf = Infra("home.pl", server, server, ip, delay=(1, 6))
    inf.bstyle = "phpmailer"

    def inner(ctx, t):
        return ["Received: from [%s] (%s) (HELO localhost)\n by %s (79.96.170.47) with SMTP (IdeaSmtpServer 6.0.1)\n via TCP with ESMTPSA id %s; %s"
                % (client_ip, client_ip, server, hexs(ctx.rng, 16), rfc_date(t))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s@%s>" % (alnum(ctx.rng, 43), ctx.frm.split("@")[1])
    inf.extra_fn = lambda ctx: [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
    inf.desc = "home.pl shared hosting (IdeaSmtpServer), PHPMailer"
    return inf


# --------------------------------------------------------------- ESPs ---

def sendgrid(ip="149.72.154.232", rdns="wrqvxmtg.outbound-mail.sendgrid.net", sid="u1234567.wl.sendgrid.net"):
    inf = Infra("sendgrid", rdns, rdns, ip, delay=(1, 4), date_zone="UTC")
    inf.bstyle = "sendgrid"

    def inner(ctx, t):
        r = ctx.rng
        u = t.astimezone(UTC)
        pod = "filterdrecv-%s-%s" % (hexs(r, 10), alnum(r, 5, "bcdfghjklmnpqrstvwxz0123456789"))
        return [
            "Received: by %s with SMTP id %s-1-%s-%s\n\t%s.%09d +0000 UTC m=+%d.%09d"
            % (pod, pod, hexs(r, 8, True), hexs(r, 2, True), u.strftime("%Y-%m-%d %H:%M:%S"), r.randrange(10 ** 9), r.randrange(10 ** 6), r.randrange(10 ** 9)),
            "Received: from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s (UTC)"
            % (base64.b64encode(str(r.randrange(10 ** 7, 10 ** 8)).encode()).decode().rstrip("="), r.randrange(1, 40), alnum(r, 22), ctx.rcpt, rfc_date(u).replace("+0000", "+0000")),
        ]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s@geopod-ismtpd-%d>" % (alnum(ctx.rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), ctx.rng.randrange(1, 40))
    inf.rp_fn = lambda ctx: "bounces+%d-%s-%s=%s@%s" % (ctx.rng.randrange(10 ** 7, 10 ** 8), hexs(ctx.rng, 4), ctx.rcpt.split("@")[0], ctx.rcpt.split("@")[1], sid)
    inf.extra_fn = lambda ctx: [("X-SG-EID", alnum(ctx.rng, 120)), ("X-SG-ID", alnum(ctx.rng, 80)), ("X-Entity-ID", alnum(ctx.rng, 22) + "==")]
    inf.desc = "SendGrid (Twilio) API"
    return inf


def mailgun(mgdomain, ip="159.135.228.12", rdns="m228-12.mailgun.net"):
    inf = Infra("mailgun", rdns, rdns, ip, delay=(1, 4), date_zone="UTC")
    inf.bstyle = "uuidhex"

    def inner(ctx, t):
        u = t.astimezone(UTC)
        return ["Received: by %s with HTTP id %s; %s" % (hexs(ctx.rng, 12), hexs(ctx.rng, 24), u.strftime("%a, %d %b %Y %H:%M:%S GMT"))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s.%s@%s>" % (ctx.date.astimezone(UTC).strftime("%Y%m%d%H%M%S"), hexs(ctx.rng, 16), mgdomain)
    inf.rp_fn = lambda ctx: "bounce+%s.%s-%s=%s@%s" % (hexs(ctx.rng, 6), hexs(ctx.rng, 6), ctx.rcpt.split("@")[0], ctx.rcpt.split("@")[1], mgdomain)
    inf.extra_fn = lambda ctx: [("X-Mailgun-Sid", "WyI" + alnum(ctx.rng, 60)), ("X-Mailgun-Tag", "notification"),
                                ("X-Mailgun-Sending-Ip", ip), ("X-Mailgun-Batch-Id", hexs(ctx.rng, 24))]
    inf.desc = "Mailgun (%s)" % mgdomain
    return inf


def ses(region="eu-west-1", ip="54.240.7.18", feedback_tag="sage"):
    rd = "a7-18.smtp-out.%s.amazonses.com" % region if region == "eu-west-1" else "e%d-%d.smtp-out.%s.amazonses.com" % (226, 9, region)
    inf = Infra("ses", rd, rd, ip, delay=(1, 3), date_zone="UTC")
    inf.bstyle = "ses"
    inf.inner_fn = lambda ctx, t: []

    def mid(ctx):
        ms = int(ctx.date.timestamp() * 1000)
        return "<0102%011x-%s-%s-%s-%s-000000@%s.amazonses.com>" % (ms, hexs(ctx.rng, 8), hexs(ctx.rng, 4), hexs(ctx.rng, 4), hexs(ctx.rng, 4) + "-" + hexs(ctx.rng, 12), region)
    inf.msgid_fn = mid
    inf.rp_fn = lambda ctx: "0102%011x-%s-000000@%s.amazonses.com" % (int(ctx.date.timestamp() * 1000), hexs(ctx.rng, 8), region)
    inf.extra_fn = lambda ctx: [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, alnum(ctx.rng, 43))),
                                ("X-SES-Outgoing", "%s-%s" % (ctx.date.astimezone(UTC).strftime("%Y.%m.%d"), ip))]
    inf.desc = "Amazon SES (%s)" % region
    return inf


def brevo(ip="185.107.232.10"):
    rd = "mail-%s.mailin.fr" % ip.replace(".", "-")
    inf = Infra("brevo", rd, rd, ip, delay=(1, 5), date_zone="UTC")
    inf.bstyle = "javamail"
    inf.inner_fn = lambda ctx, t: []
    inf.msgid_fn = lambda ctx: "<%s.%d@smtp-relay.mailin.fr>" % (ctx.date.astimezone(UTC).strftime("%Y%m%d%H%M"), ctx.rng.randrange(10 ** 10, 10 ** 11))
    inf.rp_fn = lambda ctx: "%s@bounces.brevo.com" % alnum(ctx.rng, 32, "abcdefghijklmnopqrstuvwxyz0123456789")
    inf.extra_fn = lambda ctx: [("X-Mailin-EID", alnum(ctx.rng, 48) + "~"), ("X-Mailin-Campaign", str(ctx.rng.randrange(10, 999))),
                                ("X-Mailin-Client", str(ctx.rng.randrange(10 ** 6, 10 ** 7))), ("Origin-messageId", "<%s@smtp-relay.mailin.fr>" % hexs(ctx.rng, 24))]
    inf.desc = "Brevo (ex-Sendinblue) campaign"
    return inf


def mailchimp(ip="198.2.186.4", n=4):
    rd = "mail%d.suw41.mcdlv.net" % n
    inf = Infra("mailchimp", rd, rd, ip, tls=TLS12, delay=(1, 4), date_zone="UTC")
    inf.bstyle = "uuidhex"

    def inner(ctx, t):
        return ["Received: (from /inject by suw41.mcdlv.net (Postfix) id %s for <%s>; %s" % (pf_qid(ctx.rng)[:14], ctx.rcpt, rfc_date(t.astimezone(UTC)))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s.%s@suw41.mcdlv.net>" % (hexs(ctx.rng, 26), hexs(ctx.rng, 10))
    inf.rp_fn = lambda ctx: "bounce-mc.us21_%d.%d-%s=%s@mail%d.suw41.mcdlv.net" % (ctx.rng.randrange(10 ** 7, 10 ** 8), ctx.rng.randrange(10 ** 6, 10 ** 7), ctx.rcpt.split("@")[0], ctx.rcpt.split("@")[1], n)
    inf.extra_fn = lambda ctx: [("X-Mailer", "MailChimp Mailer - **CID%s**" % hexs(ctx.rng, 20)),
                                ("X-Campaign", "mailchimp%s.%s" % (hexs(ctx.rng, 26), hexs(ctx.rng, 10))),
                                ("X-campaignid", "mailchimp%s.%s" % (hexs(ctx.rng, 26), hexs(ctx.rng, 10))),
                                ("X-MC-User", hexs(ctx.rng, 26)), ("X-Accounttype", "pd"),
                                ("X-Feedback-ID", "%d:%d.%d:us21:mc" % (ctx.rng.randrange(10 ** 7, 10 ** 8), ctx.rng.randrange(10 ** 6, 10 ** 7), ctx.rng.randrange(10 ** 5, 10 ** 6)))]
    inf.desc = "Mailchimp"
    return inf


# ------------------------------------------------- genuine big services ---

def microsoft_notify(sender_dom="accountprotection.microsoft.com", ip="40.107.236.87",
                     rdns="mail-dm6nam12on2087.outbound.protection.outlook.com"):
    inf = Infra("microsoft", "NAM12-DM6-obe.outbound.protection.outlook.com", rdns, ip, date_zone="UTC", delay=(1, 4))
    inf.bstyle = "outlook"

    def inner(ctx, t):
        u = t.astimezone(UTC)
        return ["Received: from BN8NAM12HT%03d.eop-nam12.prod.protection.outlook.com\n (2603:10b6:408:%x::%x) by CH3PR21MB%04d.namprd21.prod.outlook.com\n (2603:10b6:610:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8%03d.%d; %s"
                % (ctx.rng.randrange(100), ctx.rng.randrange(16, 999), ctx.rng.randrange(1, 99), ctx.rng.randrange(1000, 9999),
                   ctx.rng.randrange(16, 999), ctx.rng.randrange(1, 99), ctx.rng.randrange(100, 999), ctx.rng.randrange(10, 40), rfc_date(u))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s@%s>" % (guid(ctx.rng).upper().replace("-", "")[:26] + "-" + hexs(ctx.rng, 6, True), "az-eu-west-01.smtpout.%s" % sender_dom if False else sender_dom)
    inf.extra_fn = lambda ctx: [("X-MS-Exchange-CrossTenant-id", "72f988bf-86f1-41af-91ab-2d7cd011db47")]
    inf.desc = "Microsoft (EOP, microsoft.com tenant)"
    return inf


def google_notify(n=73):
    host = "mail-sor-f%d.google.com" % n
    inf = Infra("google", host, host, "209.85.220.%d" % n, delay=(1, 3), date_zone="UTC")
    inf.bstyle = "gmail"

    def inner(ctx, t):
        pt = to_zone(t, "PT")
        return ["Received: by %s with SMTP id %s.%d.%d\n        for <%s>\n        (Google Transport Security);\n        %s"
                % (host, hexs(ctx.rng, 12), ctx.rng.randrange(1, 9), ctx.rng.randrange(10 ** 4, 10 ** 5), ctx.rcpt, rfc_date(pt, zone_name(pt))),
                "X-Google-Smtp-Source: AGHT+I%s" % alnum(ctx.rng, 80)]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s@notifications.google.com>" % alnum(ctx.rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    inf.rp_fn = lambda ctx: "3%s-%s@accounts.google.com" % (alnum(ctx.rng, 16), alnum(ctx.rng, 28))
    inf.desc = "Google accounts notification (mail-sor)"
    return inf


def github():
    inf = Infra("github", "out-26.smtp.github.com", "out-26.smtp.github.com", "192.30.252.209", delay=(1, 3), date_zone="PT")
    inf.bstyle = "thunderbird"

    def inner(ctx, t):
        u = t.astimezone(UTC)
        return ["Received: from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s"
                % (hexs(ctx.rng, 6), ctx.rng.randrange(1, 250), ctx.rng.randrange(1, 250), pf_qid(ctx.rng), ctx.rcpt, rfc_date(u.astimezone(_dt.timezone(_dt.timedelta(hours=-7 if u.month < 11 else -8)))))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s_%s@lowworker-%s-%s.mail>" % (hexs(ctx.rng, 13), hexs(ctx.rng, 18), hexs(ctx.rng, 10), alnum(ctx.rng, 5, "bcdfghjklmnpqrstvwxz"))
    inf.rp_fn = lambda ctx: "noreply@github.com"
    inf.extra_fn = lambda ctx: [("X-Auto-Response-Suppress", "All")]
    inf.desc = "GitHub (smtp.github.com)"
    return inf


def yandex_notify():
    inf = yandex(web=False, n=101)
    inf.msgid_fn = lambda ctx: "<%d.%s@id.yandex.ru>" % (int(ctx.date.timestamp() * 1000), hexs(ctx.rng, 16))
    inf.extra_fn = lambda ctx: [("X-Yandex-Service", base64.b64encode(("id-notify " + hexs(ctx.rng, 8)).encode()).decode())]
    inf.bstyle = "yandex"
    inf.desc = "Yandex ID notification"
    return inf


def docusign_eu():
    inf = Infra("docusign", "mail-eu2.docusign.net", "mail-eu2.docusign.net", "185.253.66.44", delay=(2, 6), date_zone="UTC")
    inf.bstyle = "uuidhex"

    def inner(ctx, t):
        u = t.astimezone(UTC)
        return ["Received: from FRA1PFMAIL%02d (10.115.%d.%d) by mail-eu2.docusign.net with ESMTP id %s; %s"
                % (ctx.rng.randrange(1, 9), ctx.rng.randrange(1, 250), ctx.rng.randrange(1, 250), hexs(ctx.rng, 16), rfc_date(u))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s@docusign.net>" % hexs(ctx.rng, 32)
    inf.rp_fn = lambda ctx: "bounces@eumail.docusign.net"
    inf.extra_fn = lambda ctx: [("X-Api-Host", "docusign.net"), ("X-Mailer", "DocuSign Email Service")]
    inf.desc = "DocuSign EU (eumail.docusign.net)"
    return inf


def sharepoint_share(tenant_obe_host, ip, pod="eurprd04", srv="AM0PR04MB6691"):
    """Genuine SharePoint Online sharing notification sent by Microsoft on
    behalf of a tenant user (no-reply@sharepointonline.com)."""
    inf = Infra("sharepoint", "EUR04-DB3-obe.outbound.protection.outlook.com", tenant_obe_host, ip, date_zone="UTC", delay=(1, 4))
    inf.bstyle = "outlook"

    def inner(ctx, t):
        u = t.astimezone(UTC)
        return ["Received: from %s.%s.prod.outlook.com\n (2603:10a6:208:%x::%x) by %s.%s.prod.outlook.com\n (2603:10a6:208:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8%03d.%d; %s"
                % (srv, pod, ctx.rng.randrange(16, 999), ctx.rng.randrange(1, 99), srv, pod,
                   ctx.rng.randrange(16, 999), ctx.rng.randrange(1, 99), ctx.rng.randrange(100, 999), ctx.rng.randrange(10, 40), rfc_date(u))]
    inf.inner_fn = inner
    inf.msgid_fn = lambda ctx: "<%s@odspnotify>" % guid(ctx.rng)
    inf.rp_fn = lambda ctx: "no-reply@sharepointonline.com"
    inf.extra_fn = lambda ctx: [("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                                ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]
    inf.desc = "SharePoint Online notification (Microsoft EOP)"
    return inf


def govuk_notify():
    inf = ses(region="eu-west-2", ip="23.251.240.9")
    inf.desc = "GOV.UK Notify (Amazon SES eu-west-2)"
    return inf


def ionos(client_ip, webmail=False, client_name=None):
    """IONOS (1&1) hosted mailbox: mout.kundenserver.de."""
    inf = Infra("ionos", "mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.187", delay=(2, 8))
    inf.bstyle = "ox" if webmail else "outlook_desktop"

    def inner(ctx, t):
        r = ctx.rng
        if webmail:
            src = "oxbsltgw%02d.schlund.de ([172.19.246.%d])" % (r.randrange(10, 90), r.randrange(2, 250))
        else:
            src = "%s (%s [%s])" % (client_name or "PC-VERWALTUNG", "p5b0c3a21.dip0.t-ipconnect.de", client_ip)
        return ["Received: from %s by mrelayeu.kundenserver.de\n (mreue106 [213.165.67.113]) with ESMTPSA (Nemesis) id 1M%s-1t%s-00%s; %s"
                % (src, alnum(r, 9), alnum(r, 10), alnum(r, 4), rfc_date(t))]
    inf.inner_fn = inner
    if webmail:
        inf.msgid_fn = lambda ctx: "<%d.%d.%d@email.ionos.de>" % (ctx.rng.randrange(10 ** 8, 2 * 10 ** 9), ctx.rng.randrange(10 ** 5, 10 ** 6), int(ctx.date.timestamp() * 1000))
        inf.extra_fn = lambda ctx: [("X-Mailer", "Open-Xchange Mailer v8.29.101"), ("X-Originating-Client", "open-xchange-appsuite"),
                                    ("X-Originating-IP", client_ip),
                                    ("X-Provags-ID", "V03:K1:" + alnum(ctx.rng, 60))]
    else:
        inf.msgid_fn = lambda ctx: "<000001db%s$%s$%s$@%s>" % (hexs(ctx.rng, 4), hexs(ctx.rng, 8), hexs(ctx.rng, 8), ctx.frm.split("@")[1])
        inf.extra_fn = lambda ctx: [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(ctx.rng, ctx.date)),
                                    ("Content-Language", "de"), ("X-Provags-ID", "V03:K1:" + alnum(ctx.rng, 60))]
    inf.desc = "IONOS hosted mailbox" + (" via OX webmail, client IP %s" % client_ip if webmail else " via Outlook 2016 from %s" % client_ip)
    return inf


def plesk(name, server, ip, client_ip, domain, mailer=None, bstyle="generic", desc=None):
    """Plesk/Postfix shared hosting (compromised website mailbox)."""
    inf = Infra(name, server, server, ip, tls=TLS12, delay=(1, 6))
    inf.bstyle = bstyle

    def inner(ctx, t):
        return ["Received: from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                % (client_ip, client_ip, ctx.frm, server, pf_qid(ctx.rng), ctx.rcpt, rfc_date(t))]
    inf.inner_fn = inner
    inf.extra_fn = lambda ctx: ([mailer] if mailer else []) + [
        ("X-PPP-Message-ID", "<%s.%d@%s>" % (ctx.date.strftime("%Y%m%d%H%M%S"), ctx.rng.randrange(10 ** 5, 10 ** 6), server)),
        ("X-PPP-Vhost", domain)]
    inf.desc = desc or name
    return inf
