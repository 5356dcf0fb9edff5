"""Sending-system profiles: Received chains, Message-ID / X-Mailer styles,
boundary and attachment-header styles of the systems that send our messages."""
import base64
import datetime as _dt
import hashlib
import string
import uuid
from zoneinfo import ZoneInfo

UTC = _dt.timezone.utc
MX = "mx01.example.com"


def fmt(dt, tz, zname=False, pad=False, utc_label=None):
    d = dt.astimezone(ZoneInfo(tz)) if tz != "UTC" else dt.astimezone(UTC)
    off = d.strftime("%z")
    day = "%02d" % d.day if pad else str(d.day)
    s = "%s, %s %s" % (d.strftime("%a"), day, d.strftime("%b %Y %H:%M:%S ")) + off
    if zname:
        s += " (%s)" % (utc_label or d.tzname())
    return s


class Ctx:
    def __init__(self, key, t, rcpt, sender, rng, subject="", attach=False):
        self.key = key
        self.t = t
        self.rcpt = rcpt
        self.sender = sender
        self.rng = rng
        self.subject = subject
        self.attach = attach

    # deterministic helpers
    def hex(self, n, upper=False):
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def uuid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def b64(self, n):
        return base64.b64encode(bytes(self.rng.getrandbits(8) for _ in range(n))).decode()

    def ago(self, lo, hi):
        return self.t - _dt.timedelta(seconds=self.rng.randint(lo, hi))


class Route:
    def __init__(self, **kw):
        self.client = None          # (helo, rdns or None, ip)
        self.tls = "TLSv1.3"
        self.received = []          # below mx01, top-down
        self.headers = []           # extra headers (name, value) in order
        self.msgid = None
        self.date = None            # formatted Date header
        self.boundary = None        # function(part) -> str
        self.attach_style = {}
        self.return_path = None
        self.order = "generic"
        self.xmailer = None
        self.__dict__.update(kw)


_PFX = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def postfix_qid(ctx):
    return "4" + "".join(ctx.rng.choice(_PFX) for _ in range(11))


def mx01_received(ctx, route):
    helo, rdns, ip = route.client
    if route.tls:
        tls = ("\n\t(using %s with cipher %s (256/256 bits)\n\t key-exchange X25519 "
               "server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t"
               "(No client certificate requested)" % (
                   route.tls, "TLS_AES_256_GCM_SHA384" if route.tls == "TLSv1.3"
                   else "ECDHE-RSA-AES256-GCM-SHA384"))
        proto = "ESMTPS"
    else:
        tls = ""
        proto = "ESMTP"
    return ("from %s (%s [%s])%s\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        helo, rdns or "unknown", ip, tls, MX, proto, postfix_qid(ctx), ctx.rcpt,
        fmt(ctx.t, "Europe/Berlin", zname=True)))


# ------------------------------------------------------------ boundaries
def b_outlook(server):
    def f(part, _c=[0]):
        _c[0] += 1
        kind = {"multipart/alternative": "000", "multipart/related": "003",
                "multipart/mixed": "004"}.get(part.ctype, "005")
        return "_%s_%s_" % (kind, server)
    return f


def b_gmail(ctx):
    def f(part):
        return "0000000000" + ctx.hex(18)
    return f


def b_thunderbird(ctx):
    def f(part):
        return "------------" + ctx.alnum(24)
    return f


def b_apple(ctx):
    def f(part):
        return "Apple-Mail=_" + ctx.uuid().upper()
    return f


def b_java(ctx):
    def f(part):
        return "----=_Part_%d_%d.%d" % (ctx.rng.randint(10000, 999999),
                                         ctx.rng.randint(10 ** 8, 10 ** 9),
                                         int(ctx.t.timestamp() * 1000))
    return f


def b_hex(ctx, n=32, prefix=""):
    def f(part):
        return prefix + ctx.hex(n)
    return f


def b_phpmailer(ctx):
    def f(part):
        return "b%d_%s" % (1 if part.ctype == "multipart/mixed" else 2, ctx.alnum(43))
    return f


def b_yandex(ctx):
    def f(part):
        return "----==--bound.%d.%s.yp-c.yandex.net" % (ctx.rng.randint(100000, 999999),
                                                        ctx.alnum(16).lower())
    return f


# ------------------------------------------------------------ profiles
def exchange_internal(user_ip="10.21.4.57", server="EXCH02"):
    def make(ctx):
        t1 = ctx.ago(1, 2)
        t2 = t1 - _dt.timedelta(seconds=ctx.rng.randint(1, 3))
        t3 = t2 - _dt.timedelta(seconds=ctx.rng.randint(0, 1))
        fe = "fe80::%s:%s:%s:%s" % tuple(ctx.hex(4) for _ in range(4))
        mid = "%s@%s.corp.example.com" % (ctx.hex(32), server)
        r = Route(
            client=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"),
            tls="TLSv1.2",
            received=[
                "from EXCH01.corp.example.com (exch01.corp.example.com [10.20.0.11])\n\t"
                "by mail-int01.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                % (postfix_qid(ctx), ctx.rcpt, fmt(t1, "Europe/Berlin", zname=True)),
                "from %s.corp.example.com (10.20.0.12) by EXCH01.corp.example.com\n\t"
                "(10.20.0.11) with Microsoft SMTP Server (version=TLS1_2,\n\t"
                "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s"
                % (server, fmt(t2, "Europe/Berlin")),
                "from %s.corp.example.com ([%s]) by %s.corp.example.com\n\t"
                "([%s%%12]) with mapi id 15.02.1748.010; %s"
                % (server, fe, server, fe, fmt(t3, "Europe/Berlin")),
            ],
            msgid=mid,
            date=fmt(t3 - _dt.timedelta(seconds=1), "Europe/Berlin"),
            boundary=b_outlook(mid.split("@")[0] + server + "corpexamplecom"),
            attach_style=dict(fname_style="ew", size_param=True, dates=True, description=True),
            return_path=ctx.sender,
            order="outlook",
            ms=dict(originating_ip=user_ip, tenant=None),
        )
        return r
    return make


_EXO_PODS = [("eurprd03", "DB9PR03MB", "EUR03-DB5-obe", "db5eur03on2", "40.107.4."),
             ("eurprd04", "AM9PR04MB", "EUR04-AM7-obe", "am7eur04on2", "40.107.8."),
             ("eurprd07", "VI1PR07MB", "EUR05-VI1-obe", "vi1eur05on2", "40.107.21."),
             ("eurprd08", "PAXPR08MB", "EUR02-VE1-obe", "ve1eur02on2", "40.107.2."),
             ("eurprd02", "AS8PR02MB", "EUR01-HE1-obe", "he1eur01on2", "40.107.13."),
             ("GBRP123", "CWLP123MB", "GBR01-CWL-obe", "cwlgbr01on2", "40.107.121."),
             ("namprd05", "BY5PR05MB", "NAM04-BN8-obe", "bn8nam04on2", "40.107.237.")]


def exo(tenant_domain, pod=0, lang="de-DE", tenant_id=None, client_ip=None):
    """Exchange Online (Microsoft 365) outbound for an external organisation."""
    def make(ctx):
        prd, srv, obe, host, net = _EXO_PODS[pod]
        s1 = "%s%d" % (srv, ctx.rng.randint(1000, 9999))
        s2 = "%sCA%04d" % (srv[:-2], ctx.rng.randint(1, 1999))
        last = ctx.rng.randint(20, 250)
        hostn = "mail-%s%03d.outbound.protection.outlook.com" % (host, ctx.rng.randint(10, 199))
        t1 = ctx.ago(1, 3)
        t2 = t1 - _dt.timedelta(seconds=ctx.rng.randint(0, 2))
        fe = "fe80::%s:%s:%s:%s" % tuple(ctx.hex(4) for _ in range(4))
        v6 = "2603:10a6:%s:%s::%d" % (ctx.hex(3), ctx.hex(3), ctx.rng.randint(1, 30))
        mid = "%s%s@%s.%s.prod.outlook.com" % (s1, ctx.hex(26, True), s1, prd.lower())
        tid = tenant_id or str(uuid.UUID(hashlib.md5(tenant_domain.encode()).hexdigest()))
        r = Route(
            client=("%s.outbound.protection.outlook.com" % obe, hostn, net + str(last)),
            tls="TLSv1.2",
            received=[
                "from %s.%s.prod.outlook.com (%s) by\n\t%s.%s.prod.outlook.com "
                "(2603:10a6:%s:%s::%d) with Microsoft SMTP Server\n\t(version=TLS1_2, "
                "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n\t15.20.8769.19; %s"
                % (s1, prd.lower(), v6, s2, prd.lower(), ctx.hex(3), ctx.hex(2),
                   ctx.rng.randint(1, 20), fmt(t1, "UTC")),
                "from %s.%s.prod.outlook.com\n\t([%s]) by %s.%s.prod.outlook.com\n\t"
                "([%s%%7]) with mapi id 15.20.8769.017; %s"
                % (s1, prd.lower(), fe, s1, prd.lower(), fe, fmt(t2, "UTC")),
            ],
            msgid=mid,
            date=fmt(t2 - _dt.timedelta(seconds=1), "UTC"),
            boundary=b_outlook(mid.split("@")[0] + s1 + prd.lower() + "prod"),
            attach_style=dict(fname_style="ew", size_param=True, dates=True, description=True),
            return_path=ctx.sender,
            order="outlook",
            ms=dict(lang=lang, tenant=tid, org=tenant_domain, client_ip=client_ip),
        )
        return r
    return make


def exchange_onprem_external(org_domain, helo, rdns, ip, server="SRV-EX01", internal_dom=None,
                             tz="Europe/Berlin"):
    """Exchange Server of a smaller company sending directly."""
    def make(ctx):
        dom = internal_dom or org_domain.split(".")[0] + ".local"
        t1 = ctx.ago(1, 4)
        mid = "%s@%s.%s" % (ctx.hex(32), server, dom)
        return Route(
            client=(helo, rdns, ip), tls="TLSv1.2",
            received=["from %s.%s (192.168.10.21) by %s.%s (192.168.10.21)\n\t"
                      "with Microsoft SMTP Server (version=TLS1_2,\n\t"
                      "cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14\n\t"
                      "via Mailbox Transport; %s" % (server, dom, server, dom, fmt(t1, tz)),
                      "from %s.%s ([fe80::%s:%s:%s:%s]) by %s.%s\n\t([fe80::%s%%13]) with mapi "
                      "id 15.02.1544.014; %s" % (server, dom, ctx.hex(4), ctx.hex(4), ctx.hex(4),
                                                  ctx.hex(4), server, dom, ctx.hex(4),
                                                  fmt(t1, tz))],
            msgid=mid, date=fmt(t1 - _dt.timedelta(seconds=2), tz),
            boundary=b_outlook(mid.split("@")[0] + server + dom.replace(".", "")),
            attach_style=dict(fname_style="ew", size_param=True, dates=True, description=True),
            return_path=ctx.sender, order="outlook", ms=dict(originating_ip=None, tenant=None))
    return make


def gmail(client="web"):
    def make(ctx):
        n = ctx.rng.choice(["wm1-f45", "wr1-f49", "ej1-f53", "lf1-f54", "wm1-f52", "ed1-f43",
                            "wr1-f52", "lj1-f176"])
        ipmap = {"wm1-f45": "209.85.128.45", "wr1-f49": "209.85.221.49",
                 "ej1-f53": "209.85.218.53", "lf1-f54": "209.85.167.54",
                 "wm1-f52": "209.85.128.52", "ed1-f43": "209.85.208.43",
                 "wr1-f52": "209.85.221.52", "lj1-f176": "209.85.208.176"}
        host = "mail-%s.google.com" % n
        t1 = ctx.ago(1, 3)
        smtpid = "%s-%s%s.%d" % (ctx.rng.choice(["5b1f17b1804b1", "ffacd0b85a97d", "a640c23a62f3a",
                                                  "2adb3069b0e04"]), ctx.hex(10), "so" + str(
            ctx.rng.randint(1000000, 9999999)) + ctx.alnum(4).lower(), ctx.rng.randint(1, 9))
        mid = "CA%s%s@mail.gmail.com" % (ctx.rng.choice(["+", "J", "K", "E", "F", "O"]),
                                         ctx.alnum(52, string.ascii_letters + string.digits + "-_+"))
        return Route(
            client=(host, host, ipmap[n]),
            received=["by %s with SMTP id %s\n\tfor <%s>; %s" % (
                host, smtpid, ctx.rcpt, fmt(t1, "America/Los_Angeles", zname=True, pad=True))],
            headers=[("X-Google-Smtp-Source", "AGHT+I" + ctx.alnum(70, string.ascii_letters + string.digits + "+/") + "=="),
                     ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id\n %s-%s.%d.%d;\n %s" % (
                         ctx.hex(4), ctx.hex(4), ctx.hex(3), ctx.hex(4), ctx.hex(12),
                         ctx.hex(12), ctx.rng.randint(10000, 999999), ctx.rng.randint(1000000000000, 9999999999999),
                         fmt(t1, "America/Los_Angeles", zname=True, pad=True))),
                     ("X-Gm-Message-State", "AOJu0Y" + ctx.alnum(60, string.ascii_letters + string.digits + "+/") + "==")],
            msgid=mid, date=fmt(t1 - _dt.timedelta(seconds=1), ctx.__dict__.get("tz", "Europe/Berlin")),
            boundary=b_gmail(ctx),
            attach_style=dict(fname_style="ew", gmail_ids=True),
            return_path=ctx.sender, order="gmail")
    return make


def gmx(domain="gmx.de", client="webmail", home_ip=None):
    def make(ctx):
        web = domain == "web.de"
        mout = ("mout.web.de", "217.72.192.78") if web else ("mout.gmx.net", "212.227.15.19")
        mr = "mrweb%03d" % ctx.rng.randint(100, 110) if web else "mrgmx%03d" % ctx.rng.randint(1, 110)
        mrip = "212.227.15.%d" % ctx.rng.randint(2, 250) if web else "212.227.17.%d" % ctx.rng.randint(2, 250)
        hip = home_ip or "91.64.%d.%d" % (ctx.rng.randint(1, 254), ctx.rng.randint(1, 254))
        t1 = ctx.ago(1, 3)
        nid = "1M%s-1t%s-00%s" % (ctx.alnum(6), ctx.alnum(9), ctx.alnum(5))
        bap = "3c-app-%s-bap%02d" % ("webde" if web else "gmx", ctx.rng.randint(1, 80))
        if client == "webmail":
            src = "from %s ([%s]) by %s" % (
                "[%s]" % hip, hip, "3c-app-%s-bap%02d" % ("webde" if web else "gmx",
                                                         ctx.rng.randint(1, 80)))
            rcv = ["from %s (%s [%s]) with ESMTPSA (Nemesis) id %s;\n %s" % (
                "[%s]" % hip, "[%s]" % hip, hip, nid, fmt(t1, "Europe/Berlin"))]
            rcv = ["from [%s] ([%s]) by %s (%s [%s]) with HTTP;\n\t%s" % (
                hip, hip, "web-mail.%s" % ("web.de" if web else "gmx.net"), bap,
                "172.19.%d.%d" % (ctx.rng.randint(1, 250), ctx.rng.randint(1, 250)),
                fmt(t1 - _dt.timedelta(seconds=1), "Europe/Berlin"))]
            mid = "trinity-%s-%d@%s" % (ctx.uuid(), int(t1.timestamp() * 1000), bap)
            extra = [("Importance", "normal"), ("Sensitivity", "Normal")]
            order = "gmx"
            bnd = b_hex(ctx, 0, "")
        else:
            rcv = ["from [192.168.178.%d] ([%s]) by mail.%s (%s\n [%s]) with ESMTPSA (Nemesis) "
                   "id %s; %s" % (ctx.rng.randint(20, 60), hip, "web.de" if web else "gmx.net",
                                  mr, mrip, nid, fmt(t1, "Europe/Berlin"))]
            mid = "%s@%s" % (ctx.uuid(), domain)
            extra = []
            order = "thunderbird"
            bnd = b_thunderbird(ctx)
        extra += [("X-Provags-ID", "V03:K1:" + ctx.alnum(75, string.ascii_letters + string.digits + "+/")),
                  ("UI-OutboundReport", "notjunk:1;M01:P0:" + ctx.alnum(11) + "=;" + ctx.alnum(40, string.ascii_letters + string.digits + "+/"))]
        if client == "webmail":
            rcv.insert(0, "from %s ([%s]) by mail.%s (%s [%s]) with ESMTPSA\n\t(Nemesis) "
                       "id %s; %s" % (bap, hip,
                                      "web.de" if web else "gmx.net", mr, mrip, nid,
                                      fmt(t1, "Europe/Berlin")))
        return Route(client=(mout[0], mout[0], mout[1]), received=rcv, headers=extra, msgid=mid,
                     date=fmt(t1 - _dt.timedelta(seconds=2), "Europe/Berlin"),
                     boundary=b_java(ctx) if client == "webmail" else bnd,
                     attach_style=dict(fname_style="2231"), return_path=ctx.sender, order=order)
    return make


def libero(home_ip=None):
    def make(ctx):
        n = ctx.rng.randint(10, 60)
        i = ctx.rng.choice(["i2", "i6", "i5"])
        host = "smtp-%d-%s.italiaonline.it" % (n, i)
        ip = "213.209.%d.%d" % (ctx.rng.choice([10, 12, 14]), n)
        hip = home_ip or "93.45.%d.%d" % (ctx.rng.randint(1, 254), ctx.rng.randint(1, 254))
        t1 = ctx.ago(1, 3)
        mid = "%d.%d.%d@mail1.libero.it" % (ctx.rng.randint(10 ** 8, 2 * 10 ** 9),
                                            ctx.rng.randint(100000, 999999),
                                            int(t1.timestamp() * 1000))
        return Route(
            client=("libero.it", host, ip),
            received=["from oxapps-%d-%d.iol.local ([10.101.8.%d])\n\tby smtp-%d.iol.local with "
                      "ESMTPA\n\tid %s; %s" % (ctx.rng.randint(10, 40), ctx.rng.randint(100, 200),
                                              ctx.rng.randint(2, 250), n, ctx.alnum(16),
                                              fmt(t1, "Europe/Rome"))],
            headers=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"),
                     ("X-Originating-IP", hip), ("X-Originating-Client", "open-xchange-appsuite"),
                     ("Importance", "Normal"), ("X-Priority", "3")],
            msgid=mid, date=fmt(t1 - _dt.timedelta(seconds=1), "Europe/Rome"),
            boundary=b_java(ctx), attach_style=dict(fname_style="2231"),
            return_path=ctx.sender, order="ox")
    return make


def wp(home_ip=None, client="thunderbird"):
    def make(ctx):
        mxn = ctx.rng.randint(1, 4)
        hip = home_ip or "83.24.%d.%d" % (ctx.rng.randint(1, 254), ctx.rng.randint(1, 254))
        t1 = ctx.ago(1, 3)
        rcv = ["(wp-smtpd smtp.wp.pl %d invoked from network); %s" % (
                   ctx.rng.randint(1000, 40000), fmt(t1, "Europe/Warsaw")),
               "from %s.neoplus.adsl.tpnet.pl (HELO [192.168.1.%d]) (%s@[%s])\n\t"
               "(envelope-sender <%s>)\n\tby smtp.wp.pl (WP-SMTPD) with "
               "ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n\tfor <%s>; %s" % (
                   "apn-" + hip.replace(".", "-"), ctx.rng.randint(2, 200), ctx.sender, hip,
                   ctx.sender, ctx.rcpt, fmt(t1, "Europe/Warsaw"))]
        return Route(client=("mx%d.wp.pl" % mxn, "mx%d.wp.pl" % mxn, "212.77.101.%d" % (7 + mxn)),
                     received=rcv,
                     headers=[("X-WP-MailID", ctx.hex(32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"),
                              ("X-WP-SPAM", "NO 000000B [8XNU]")],
                     msgid="%s@wp.pl" % ctx.uuid(), date=fmt(t1 - _dt.timedelta(seconds=2), "Europe/Warsaw"),
                     boundary=b_thunderbird(ctx), attach_style=dict(fname_style="2231"),
                     return_path=ctx.sender, order="thunderbird")
    return make


def otenet(home_ip=None):
    def make(ctx):
        hip = home_ip or "94.66.%d.%d" % (ctx.rng.randint(1, 254), ctx.rng.randint(1, 254))
        t1 = ctx.ago(1, 3)
        n = ctx.rng.randint(1, 4)
        return Route(
            client=("mailout%d.otenet.gr" % n, "mailout%d.otenet.gr" % n, "83.235.69.%d" % (20 + n)),
            received=["from [192.168.1.%d] (ppp-%s.home.otenet.gr [%s])\n\t(authenticated bits=0)\n\t"
                      "by mailout%d.otenet.gr (8.15.2/8.15.2) with ESMTPSA id 4A%s\n\t"
                      "(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)\n\t"
                      "for <%s>; %s" % (ctx.rng.randint(2, 40), hip.replace(".", "-"), hip, n,
                                        ctx.alnum(12), ctx.rcpt, fmt(t1, "Europe/Athens"))],
            msgid="%s@otenet.gr" % ctx.hex(32), date=fmt(t1 - _dt.timedelta(seconds=2), "Europe/Athens"),
            boundary=b_outlook(ctx.hex(24)), attach_style=dict(fname_style="ew"),
            return_path=ctx.sender, order="generic")
    return make


def yandex(kind="web", sender_ip=None):
    def make(ctx):
        fw = "forward%d%s.mail.yandex.net" % (ctx.rng.randint(100, 600), ctx.rng.choice("abcd"))
        fwip = "178.154.239.%d" % ctx.rng.randint(60, 220)
        nw = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (
            ctx.rng.randint(10, 90), ctx.rng.choice(["vla", "sas", "myt", "iva"]))
        t1 = ctx.ago(1, 3)
        rcv = ["from %s (%s [IPv6:2a02:6b8:c0f:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s" % (
            nw, nw, ctx.hex(4), ctx.hex(4), fw, ctx.alnum(10), fmt(t1, "Europe/Moscow")),
               "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (
                   nw, ctx.alnum(10), ctx.alnum(8), fmt(t1, "Europe/Moscow"))]
        hdr = []
        if kind == "web":
            rcv[1] = "from %s.%s.yp-c.yandex.net (%s.%s.yp-c.yandex.net [IPv6:2a02:6b8:c1b:%s:0:640:%s:0])\n\tby %s (Yandex) with HTTP id %s;\n\t%s" % (
                ctx.alnum(16).lower(), "sas", "x", "sas", ctx.hex(4), ctx.hex(4), nw, ctx.alnum(12),
                fmt(t1, "Europe/Moscow"))
            rcv[1] = rcv[1].replace(" (x.sas", " (%s.sas" % ctx.alnum(16).lower())
            hdr = [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")]
            mid = "%d%d@mail.yandex.ru" % (ctx.rng.randint(100000, 999999), ctx.rng.randint(1000000, 9999999))
            bnd = b_yandex(ctx)
        else:
            mid = "%d.%s@id.yandex.ru" % (int(t1.timestamp()), ctx.hex(12))
            bnd = b_yandex(ctx)
        return Route(client=(fw, fw, fwip), received=rcv, headers=hdr, msgid=mid,
                     date=fmt(t1 - _dt.timedelta(seconds=1), "Europe/Moscow"), boundary=bnd,
                     attach_style=dict(fname_style="ew"), return_path=ctx.sender, order="generic")
    return make


def mailru():
    def make(ctx):
        n = ctx.rng.randint(30, 60)
        f = ctx.rng.randint(100, 700)
        t1 = ctx.ago(1, 3)
        hip = "95.24.%d.%d" % (ctx.rng.randint(1, 250), ctx.rng.randint(1, 250))
        return Route(
            client=("smtp%d.i.mail.ru" % n, "smtp%d.i.mail.ru" % n, "95.163.41.%d" % (40 + n)),
            received=["by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1v%s-00000000%s-%s;\n\t%s" % (
                f, ctx.sender, ctx.alnum(4), ctx.alnum(3), ctx.alnum(4), fmt(t1, "Europe/Moscow")),
                "by e.mail.ru with HTTP;\n\t%s" % fmt(t1, "Europe/Moscow")],
            headers=[("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % hip),
                     ("X-Priority", "3 (Normal)"), ("X-7564579A", "78E4E2B5"),
                     ("X-77F55803", "119C1F4DF6A9251C8B2EAA1A7F83F2B5" + ctx.hex(8, True))],
            msgid="%d.%d@f%d.i.mail.ru" % (int(t1.timestamp()), ctx.rng.randint(10 ** 8, 10 ** 9), f),
            date=fmt(t1 - _dt.timedelta(seconds=1), "Europe/Moscow"),
            boundary=b_hex(ctx, 32, "--ALT--"), attach_style=dict(fname_style="ew"),
            return_path=ctx.sender, order="generic")
    return make


def postfix_host(helo, rdns, ip, domain, mailer="roundcube", tz="Europe/Berlin", src_ip=None,
                 tls="TLSv1.3", user_agent=None):
    """A (look-alike or small-business) domain on a VPS with its own Postfix."""
    def make(ctx):
        t1 = ctx.ago(1, 4)
        sip = src_ip or "%d.%d.%d.%d" % (ctx.rng.choice([45, 91, 102, 146, 176, 185, 194]),
                                         ctx.rng.randint(1, 250), ctx.rng.randint(1, 250),
                                         ctx.rng.randint(1, 250))
        hdr = []
        if mailer == "roundcube":
            rcv = ["from [%s] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
                sip, sip, helo, postfix_qid(ctx), fmt(t1, tz))]
            rcv = ["by %s (Postfix, from userid 33)\n\tid %s; %s" % (helo, postfix_qid(ctx), fmt(t1, tz))] \
                if False else ["from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s\n\t"
                               "for <%s>; %s" % (helo, postfix_qid(ctx), ctx.rcpt, fmt(t1, tz))]
            hdr = [("User-Agent", user_agent or "Roundcube Webmail/1.6.9"),
                   ("X-Sender", ctx.sender)]
            mid = "%s@%s" % (ctx.hex(32), domain)
            bnd = b_hex(ctx, 32, "=_")
            order = "roundcube"
        elif mailer == "phpmailer":
            rcv = ["by %s (Postfix, from userid 33)\n\tid %s; %s" % (helo, postfix_qid(ctx), fmt(t1, tz))]
            hdr = [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
            mid = "%s@%s" % (ctx.alnum(43), domain)
            bnd = b_phpmailer(ctx)
            order = "phpmailer"
        elif mailer == "thunderbird":
            rcv = ["from [192.168.0.%d] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) "
                   "with ESMTPSA id %s\n\tfor <%s>; %s" % (ctx.rng.randint(2, 200), sip, ctx.sender, helo,
                                                          postfix_qid(ctx), ctx.rcpt, fmt(t1, tz))]
            hdr = [("User-Agent", user_agent or "Mozilla Thunderbird")]
            mid = "%s@%s" % (ctx.uuid(), domain)
            bnd = b_thunderbird(ctx)
            order = "thunderbird"
        elif mailer == "outlook":
            rcv = ["from DESKTOP-%s (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) "
                   "with ESMTPSA id %s\n\tfor <%s>; %s" % (ctx.alnum(7, string.ascii_uppercase + string.digits),
                                                          sip, ctx.sender, helo, postfix_qid(ctx),
                                                          ctx.rcpt, fmt(t1, tz))]
            hdr = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", ctx.b64(22)),
                   ("Content-Language", user_agent or "de")]
            mid = "00%s01dd%s$%s$%s$@%s" % (ctx.hex(2), ctx.hex(4), ctx.hex(8), ctx.hex(8), domain)
            bnd = b_hex(ctx, 0, "----=_NextPart_000_%s_%s.%s" % (ctx.hex(4, True), ctx.hex(8, True), ctx.hex(8, True)))
            order = "outlook_desktop"
        elif mailer == "thebat":
            rcv = ["from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) "
                   "with ESMTPSA id %s\n\tfor <%s>; %s" % (sip, sip, ctx.sender, helo, postfix_qid(ctx),
                                                          ctx.rcpt, fmt(t1, tz))]
            hdr = [("X-Mailer", "The Bat! (v10.5.3) Professional"), ("X-Priority", "3 (Normal)")]
            mid = "%d.%s@%s" % (ctx.rng.randint(10 ** 9, 2 * 10 ** 9), (t1.astimezone(ZoneInfo(tz))).strftime("%Y%m%d%H%M%S"), domain)
            bnd = b_hex(ctx, 0, "----------%s" % ctx.hex(14, True))
            order = "generic"
        else:
            raise ValueError(mailer)
        return Route(client=(helo, rdns, ip), tls=tls, received=rcv, headers=hdr, msgid=mid,
                     date=fmt(t1 - _dt.timedelta(seconds=1), tz), boundary=bnd,
                     attach_style=dict(fname_style="quoted" if mailer != "thunderbird" else "2231"),
                     return_path=ctx.sender, order=order)
    return make


def cpanel(server, ip, tz="Europe/Rome", src_ip=None, mailer="roundcube", helo=None):
    """Exim on a cPanel shared host (typical compromised small business)."""
    def make(ctx):
        t1 = ctx.ago(1, 4)
        sip = src_ip or "%d.%d.%d.%d" % (ctx.rng.choice([5, 37, 45, 89, 141, 185, 195]),
                                         ctx.rng.randint(1, 250), ctx.rng.randint(1, 250),
                                         ctx.rng.randint(1, 250))
        eid = "1v%s-0000000%s-%s" % (ctx.alnum(4), ctx.alnum(4), ctx.alnum(4))
        dom = ctx.sender.split("@")[1]
        rcv = ["from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t"
               "(Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s" % (
                   sip, ctx.rng.randint(40000, 65000), helo or "[%s]" % sip, server, ctx.sender,
                   eid, ctx.rcpt, fmt(t1, tz))]
        hdr = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
               ("X-AntiAbuse", "Primary Hostname - %s" % server),
               ("X-AntiAbuse", "Original Domain - example.com"),
               ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
               ("X-AntiAbuse", "Sender Address Domain - %s" % dom),
               ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, ctx.sender)),
               ("X-Authenticated-Sender", "%s: %s" % (server, ctx.sender))]
        if mailer == "roundcube":
            hdr = [("User-Agent", "Roundcube Webmail/1.6.7"), ("X-Sender", ctx.sender)] + hdr
            mid = "%s@%s" % (ctx.hex(32), dom)
            bnd = b_hex(ctx, 32, "=_")
            order = "roundcube"
        elif mailer == "outlook":
            rcv[0] = rcv[0].replace("helo=%s" % (helo or "[%s]" % sip),
                                    "helo=DESKTOP-%s" % ctx.alnum(7, string.ascii_uppercase + string.digits))
            hdr = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", ctx.b64(22)),
                   ("Content-Language", "el")] + hdr
            mid = "00%s01dd%s$%s$%s$@%s" % (ctx.hex(2), ctx.hex(4), ctx.hex(8), ctx.hex(8), dom)
            bnd = b_hex(ctx, 0, "----=_NextPart_000_%s_%s.%s" % (ctx.hex(4, True), ctx.hex(8, True), ctx.hex(8, True)))
            order = "outlook_desktop"
        else:
            hdr = [("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")] + hdr
            mid = "%s@%s" % (ctx.alnum(43), dom)
            bnd = b_phpmailer(ctx)
            order = "phpmailer"
        return Route(client=(server, server, ip), received=rcv, headers=hdr, msgid=mid,
                     date=fmt(t1 - _dt.timedelta(seconds=1), tz), boundary=bnd,
                     attach_style=dict(fname_style="quoted"), return_path=ctx.sender, order=order)
    return make


def sendgrid(bounce_domain, from_domain=None, ptr=None):
    def make(ctx):
        ip = "149.72.%d.%d" % (ctx.rng.randint(1, 250), ctx.rng.randint(1, 250))
        rd = ptr or "%s.outbound-mail.sendgrid.net" % ctx.alnum(8, string.ascii_lowercase)
        t1 = ctx.ago(1, 4)
        pod = "geopod-ismtpd-%d" % ctx.rng.randint(1, 40)
        sgid = ctx.alnum(22, string.ascii_letters + string.digits + "-_")
        fd = "filterdrecv-%s-%s" % (ctx.hex(9), ctx.alnum(5, string.ascii_lowercase + string.digits))
        uid = ctx.rng.randint(10000000, 49999999)
        return Route(
            client=(rd, rd, ip),
            received=["by %s with SMTP id %s-1-%s-%s\n\t%s.%09d +0000 UTC m=+%d.%06d" % (
                fd, fd, ctx.hex(8, True), ctx.hex(2, True), t1.strftime("%Y-%m-%d %H:%M:%S"),
                ctx.rng.randint(0, 999999999), ctx.rng.randint(100000, 9000000), ctx.rng.randint(0, 999999)),
                "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s.%03d +0000 (UTC)" % (
                ctx.alnum(12), pod, sgid, fmt(t1, "UTC")[:-6], ctx.rng.randint(0, 999))],
            headers=[("X-SG-EID", "u001." + ctx.alnum(120, string.ascii_letters + string.digits + "+/")),
                     ("X-SG-ID", "u001." + ctx.alnum(80, string.ascii_letters + string.digits + "+/")),
                     ("X-Entity-ID", "u001." + ctx.alnum(22) + "==")],
            msgid="%s@%s" % (sgid, pod), date=fmt(t1 - _dt.timedelta(seconds=1), "UTC"),
            boundary=b_hex(ctx, 64), attach_style=dict(fname_style="quoted"),
            return_path="bounces+%d-%s-%s=%s@%s" % (uid, ctx.hex(4), ctx.rcpt.split("@")[0],
                                                     ctx.rcpt.split("@")[1], bounce_domain),
            order="esp")
    return make


def mailgun(mg_domain):
    def make(ctx):
        a, b = ctx.rng.choice([(69, 72), (159, 135), (161, 38)]), ctx.rng.randint(40, 240)
        ip = "%d.%d.%d.%d" % (a[0], a[1], ctx.rng.randint(28, 250), b)
        host = "m%d-%d.mailgun.net" % (ip.split(".")[2], b) if False else "m%s-%d.mailgun.net" % (ip.split(".")[2], b)
        t1 = ctx.ago(1, 4)
        mid = "%s.%s@%s" % (t1.strftime("%Y%m%d%H%M%S"), ctx.hex(16), mg_domain)
        return Route(
            client=(host, host, ip),
            received=["by %s with HTTP id %s; %s" % (ctx.hex(12), ctx.hex(24), fmt(t1, "UTC").replace("+0000", "GMT"))],
            headers=[("X-Mailgun-Sid", "W" + ctx.alnum(70, string.ascii_letters + string.digits + "=")),
                     ("X-Mailgun-Tag", "notice"), ("Sender", "postmaster@%s" % mg_domain)],
            msgid=mid, date=fmt(t1 - _dt.timedelta(seconds=1), "UTC"),
            boundary=b_hex(ctx, 32), attach_style=dict(fname_style="quoted"),
            return_path="bounce+%s.%s-%s=%s@%s" % (ctx.hex(6), ctx.hex(6), ctx.rcpt.split("@")[0],
                                                  ctx.rcpt.split("@")[1], mg_domain),
            order="esp")
    return make


def brevo():
    def make(ctx):
        last = ctx.rng.randint(2, 250)
        ip = "77.32.148.%d" % last
        host = "mail-%d.brevo-mail.com" % last if False else "s%d.sender-sib.com" % last
        t1 = ctx.ago(1, 4)
        return Route(
            client=(host, host, ip),
            received=["from smtp-relay.brevo.com (unknown [127.0.0.1])\n\tby smtp-relay.sendinblue.com "
                      "(Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (postfix_qid(ctx), ctx.rcpt, fmt(t1, "UTC"))],
            headers=[("X-Mailin-EID", ctx.alnum(40, string.ascii_letters + string.digits + "%") + "~"),
                     ("X-sib-id", ctx.alnum(80, string.ascii_letters + string.digits + "_-")),
                     ("Feedback-ID", "77.32.148.%d:%d_-1:%d:Sendinblue" % (last, ctx.rng.randint(1000000, 9999999),
                                                                        ctx.rng.randint(100, 999)))],
            msgid="%s.%d@smtp-relay.mailin.fr" % (t1.strftime("%Y%m%d%H%M"), ctx.rng.randint(10 ** 10, 10 ** 11)),
            date=fmt(t1 - _dt.timedelta(seconds=1), "UTC"), boundary=b_hex(ctx, 28, "--=_"),
            attach_style=dict(fname_style="quoted"),
            return_path="bounces-%d-%s@sib.%s" % (ctx.rng.randint(10 ** 6, 10 ** 7), ctx.hex(8),
                                                  "sendibm3.com"),
            order="esp")
    return make


def ses(region="eu-west-1", mail_from_domain=None):
    def make(ctx):
        net = {"eu-west-1": "54.240.7", "eu-west-2": "54.240.72", "eu-central-1": "69.169.224",
               "us-east-1": "54.240.8"}[region]
        n = ctx.rng.randint(2, 250)
        host = "a%s-%d.smtp-out.%s.amazonses.com" % (net.split(".")[2], n, region)
        t1 = ctx.ago(1, 4)
        local = "01%02d019a%s-%s-%s-%s-%s-%s-000000" % (
            {"eu-west-1": 2, "eu-west-2": 2, "eu-central-1": 7, "us-east-1": 0}[region],
            ctx.hex(8), ctx.hex(8), ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(12))
        return Route(
            client=(host, host, "%s.%d" % (net, n)),
            received=[],
            headers=[("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, ctx.alnum(43, string.ascii_letters + string.digits + "+/"))),
                     ("X-SES-Outgoing", "%s-%s.%d" % (t1.strftime("%Y.%m.%d"), net, n))],
            msgid="%s@%s.amazonses.com" % (local, region),
            date=fmt(t1 - _dt.timedelta(seconds=1), "UTC"), boundary=b_hex(ctx, 0, "----=_Part_%d_%d.%d" % (
                ctx.rng.randint(1000000, 9999999), ctx.rng.randint(10 ** 8, 10 ** 9), int(t1.timestamp() * 1000))),
            attach_style=dict(fname_style="quoted"),
            return_path="%s@%s" % (local, mail_from_domain or "%s.amazonses.com" % region),
            order="esp")
    return make


def mailchimp(us="us21"):
    def make(ctx):
        n = ctx.rng.randint(100, 250)
        host = "mail%d.atl%d.rsgsv.net" % (n, ctx.rng.randint(100, 300))
        ip = "198.2.%d.%d" % (ctx.rng.randint(128, 191), n)
        t1 = ctx.ago(1, 4)
        cid = ctx.hex(10)
        return Route(
            client=(host, host, ip),
            received=["from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s"
                      % (host, postfix_qid(ctx), ctx.rcpt, fmt(t1, "UTC"))],
            headers=[("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (cid, ctx.hex(10))),
                     ("X-Campaign", "mailchimp%s.%s" % (ctx.hex(25), cid)),
                     ("X-campaignid", "mailchimp%s.%s" % (ctx.hex(25), cid)),
                     ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (
                         ctx.hex(25), cid, ctx.hex(10))),
                     ("X-MC-User", ctx.hex(25))],
            msgid="%s.%s@mail%d.atl%s.rsgsv.net" % (ctx.hex(10), ctx.hex(8), n, host.split(".atl")[1].split(".")[0]),
            date=fmt(t1 - _dt.timedelta(seconds=1), "UTC"), boundary=b_hex(ctx, 32, "_----------=_MCPart_"),
            attach_style=dict(fname_style="quoted"),
            return_path="bounce-mc.%s_%d.%d-%s=%s@mail%d.atl%s.mcsv.net" % (
                us, ctx.rng.randint(10 ** 7, 10 ** 8), ctx.rng.randint(10 ** 6, 10 ** 7),
                ctx.rcpt.split("@")[0], ctx.rcpt.split("@")[1], n, host.split(".atl")[1].split(".")[0]),
            order="esp", mc=dict(us=us, cid=cid))
    return make


def google_notify():
    def make(ctx):
        n = ctx.rng.choice([(69, "f69"), (73, "f73"), (41, "f41")])
        host = "mail-sor-%s.google.com" % n[1]
        t1 = ctx.ago(1, 3)
        return Route(
            client=(host, host, "209.85.220.%d" % n[0]),
            received=["by %s with SMTP id %s-%s.%d\n\tfor <%s>\n\t(Google Transport Security);\n\t%s" % (
                host, ctx.hex(12), ctx.hex(13), ctx.rng.randint(1, 9), ctx.rcpt,
                fmt(t1, "America/Los_Angeles", zname=True, pad=True))],
            headers=[("X-Google-Smtp-Source", "AGHT+I" + ctx.alnum(70, string.ascii_letters + string.digits + "+/") + "=="),
                     ("X-Received", "by 2002:a05:%s:%s:b0:%s:%s with SMTP id\n %s; %s" % (
                         ctx.hex(4), ctx.hex(4), ctx.hex(3), ctx.hex(4), ctx.hex(12),
                         fmt(t1, "America/Los_Angeles", zname=True, pad=True)))],
            msgid="%s@notifications.google.com" % ctx.alnum(22, string.ascii_letters + string.digits + "-_"),
            date=fmt(t1 - _dt.timedelta(seconds=1), "UTC").replace("+0000", "GMT"),
            boundary=b_gmail(ctx), attach_style={}, return_path="3%s@gaia.bounces.google.com" % ctx.alnum(40, string.ascii_letters + string.digits + "-"),
            order="gmail")
    return make


def github():
    def make(ctx):
        n = ctx.rng.choice([(21, 204), (25, 208), (28, 211)])
        host = "out-%d.smtp.github.com" % n[0]
        t1 = ctx.ago(1, 3)
        return Route(
            client=(host, host, "192.30.252.%d" % n[1]),
            received=["from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com "
                      "(Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
                          ctx.hex(12), ctx.rng.randint(100, 230), ctx.rng.randint(2, 250), ctx.hex(12, True),
                          ctx.rcpt, fmt(t1, "America/Los_Angeles", zname=True))],
            headers=[("X-Auto-Response-Suppress", "All")],
            msgid="%s_%s@lowworker-%s-%s.mail" % (ctx.hex(13), ctx.hex(6), ctx.hex(9), ctx.alnum(5).lower()),
            date=fmt(t1 - _dt.timedelta(seconds=1), "America/Los_Angeles"),
            boundary=b_hex(ctx, 0, "--==_mimepart_%s_%s" % (ctx.hex(13), ctx.hex(5))),
            attach_style={}, return_path="noreply@github.com", order="generic")
    return make


def ms_notify(kind="account"):
    """Microsoft account / Microsoft 365 system notifications."""
    def make(ctx):
        last = ctx.rng.randint(20, 240)
        if kind == "account":
            host = "mail-bn8nam12on2%03d.outbound.protection.outlook.com" % last
            ip = "40.107.237.%d" % last
            helo = "NAM12-BN8-obe.outbound.protection.outlook.com"
        else:
            host = "mail-db8eur05on2%03d.outbound.protection.outlook.com" % last
            ip = "40.107.20.%d" % last
            helo = "EUR05-DB8-obe.outbound.protection.outlook.com"
        t1 = ctx.ago(1, 3)
        srv = "%s%d" % ("BL0PR02MB" if kind == "account" else "DB8PR05MB", ctx.rng.randint(1000, 9999))
        mid = ("%s.%s@%s" % (ctx.alnum(12, string.ascii_uppercase + string.digits),
                             ctx.alnum(13, string.ascii_uppercase + string.digits), srv)
               if kind == "account" else "%s%s@%s.eurprd05.prod.outlook.com" % (srv, ctx.hex(26, True), srv))
        return Route(
            client=(helo, host, ip), tls="TLSv1.2",
            received=["from %s.%s.prod.outlook.com (2603:10b6:%s::%d) by\n\t%s.%s.prod.outlook.com with Microsoft "
                      "SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8769.19;\n\t%s"
                      % (srv, "namprd02" if kind == "account" else "eurprd05", ctx.hex(3), ctx.rng.randint(1, 30),
                         srv, "namprd02" if kind == "account" else "eurprd05", fmt(t1, "UTC"))],
            msgid=mid, date=fmt(t1 - _dt.timedelta(seconds=1), "UTC"),
            boundary=b_hex(ctx, 0, "--boundary_%d_%s" % (ctx.rng.randint(1000, 9999), ctx.uuid())),
            attach_style={}, return_path=ctx.sender, order="generic",
            ms=dict(lang="en-US", tenant=None, org=None))
    return make


def docusign():
    def make(ctx):
        last = ctx.rng.randint(40, 60)
        host = "mailfra%02d.eumail.docusign.net" % (last - 39)
        t1 = ctx.ago(1, 3)
        return Route(
            client=(host, host, "185.81.100.%d" % last), tls="TLSv1.2",
            received=["from docusign.net (fra-nmail-%02d [10.172.%d.%d]) by %s with SMTP;\n\t%s" % (
                ctx.rng.randint(1, 20), ctx.rng.randint(1, 200), ctx.rng.randint(1, 200), host,
                fmt(t1, "UTC"))],
            headers=[("X-DocuSign-Envelope", ctx.uuid().upper())],
            msgid="%s@docusign.net" % ctx.hex(32), date=fmt(t1 - _dt.timedelta(seconds=1), "UTC"),
            boundary=b_hex(ctx, 0, "----=_NextPart_%s" % ctx.uuid()), attach_style={},
            return_path="dse_eu@eumail.docusign.net", order="generic")
    return make


def paypal():
    def make(ctx):
        n = ctx.rng.choice([(225, "mx0.slc.paypal.com"), (228, "mx3.slc.paypal.com")])
        t1 = ctx.ago(1, 3)
        ccg = ctx.rng.randint(1, 20)
        return Route(
            client=(n[1], n[1], "173.0.84.%d" % n[0]), tls="TLSv1.2",
            received=["from ccg01mail%02d.slc.paypalcorp.com (ccg01mail%02d.slc.paypalcorp.com [10.180.%d.%d])\n\tby "
                      "%s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
                          ccg, ccg, ctx.rng.randint(1, 200), ctx.rng.randint(1, 200),
                          n[1], postfix_qid(ctx), ctx.rcpt, fmt(t1, "America/Los_Angeles", zname=True))],
            headers=[("X-Email-Type-Id", "MI1099"), ("X-XPT-XSL-Name", "nextgen/invoicing/mi1099.xsl"),
                     ("X-PP-REQUESTED-TIME", "%d" % int(t1.timestamp() * 1000)),
                     ("X-PP-Email-transmission-Id", ctx.uuid())],
            msgid="%s.%s@ccg01mail%02d" % (ctx.hex(14), ctx.hex(6), ccg),
            date=fmt(t1 - _dt.timedelta(seconds=1), "America/Los_Angeles"),
            boundary=b_hex(ctx, 0, "--NextPart_048F8BC8A2197DE2036A_%s" % ctx.hex(8).upper()), attach_style={},
            return_path="service@paypal.co.uk", order="generic")
    return make


def direct(helo, rdns, ip, msgid_domain, xmailer=None, tz="UTC", tls=None, mid_style="hex"):
    """Bot / compromised device talking straight to our MX (no own hops)."""
    def make(ctx):
        t1 = ctx.ago(2, 30)
        hdr = [("X-Mailer", xmailer)] if xmailer else []
        mid = ("%s@%s" % (ctx.hex(24, True), msgid_domain) if mid_style == "hex"
               else "%s.%s@%s" % (ctx.hex(8), ctx.hex(6), msgid_domain))
        return Route(client=(helo, rdns, ip), tls=tls, received=[], headers=hdr, msgid=mid,
                     date=fmt(t1, tz), boundary=b_hex(ctx, 0, "----=_NextPart_%03d_%04X_%s.%s" % (
                         0, ctx.rng.randint(0, 65535), ctx.hex(8, True), ctx.hex(8, True))),
                     attach_style=dict(fname_style="quoted"), return_path=ctx.sender, order="generic")
    return make


def notify_gov_uk():
    """GOV.UK Notify (sends through Amazon SES eu-west-2)."""
    base = ses("eu-west-2", mail_from_domain="notifications.service.gov.uk")

    def make(ctx):
        r = base(ctx)
        r.return_path = r.msgid.split("@")[0] + "@notifications.service.gov.uk"
        r.headers = [("X-Notify-Reference", ctx.uuid())] + r.headers
        r.boundary = b_hex(ctx, 32, "===============")
        return r
    return make


def aruba(client_ip=None, mailer="outlook", lang="it"):
    """Aruba.it mail hosting (typical Italian SME), Outlook desktop or Thunderbird client."""
    def make(ctx):
        n = ctx.rng.randint(10000, 19999)
        host = "smtpcmd%05d.aruba.it" % n
        ip = "62.149.156.%d" % ctx.rng.randint(60, 200)
        cip = client_ip or "93.%d.%d.%d" % (ctx.rng.choice([34, 40, 41, 44, 51]), ctx.rng.randint(1, 250),
                                            ctx.rng.randint(1, 250))
        t1 = ctx.ago(1, 4)
        dom = ctx.sender.split("@")[1]
        if mailer == "outlook":
            helo = "DESKTOP-%s" % ctx.alnum(7, string.ascii_uppercase + string.digits)
            hdr = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", ctx.b64(22)), ("Content-Language", lang)]
            mid = "00%s01dd%s$%s$%s$@%s" % (ctx.hex(2), ctx.hex(4), ctx.hex(8), ctx.hex(8), dom)
            bnd = b_hex(ctx, 0, "----=_NextPart_000_%s_%s.%s" % (ctx.hex(4, True), ctx.hex(8, True), ctx.hex(8, True)))
            order = "outlook_desktop"
        else:
            helo = "[192.168.1.%d]" % ctx.rng.randint(2, 200)
            hdr = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)]
            mid = "%s@%s" % (ctx.uuid(), dom)
            bnd = b_thunderbird(ctx)
            order = "thunderbird"
        hdr.append(("X-CMAE-Envelope", "MS4xfP" + ctx.alnum(120, string.ascii_letters + string.digits + "/+")))
        return Route(client=(host, host, ip),
                     received=["from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s" % (
                         helo, cip, ctx.alnum(16), fmt(t1, "Europe/Rome"))],
                     headers=hdr, msgid=mid, date=fmt(t1 - _dt.timedelta(seconds=1), "Europe/Rome"),
                     boundary=bnd, attach_style=dict(fname_style="quoted" if mailer == "outlook" else "2231"),
                     return_path=ctx.sender, order=order)
    return make
