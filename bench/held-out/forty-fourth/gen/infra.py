"""Time zones, sending infrastructures (Received chains) and mail-client
styles (Message-ID, boundaries, X-Mailer, header order)."""

import base64
import datetime as _dt
import hashlib
import uuid

from mime import HStyle

UTC = _dt.timezone.utc

# ------------------------------------------------------------------ time
def _last_sunday(y, m):
    d = _dt.date(y, m + 1, 1) - _dt.timedelta(days=1) if m < 12 else _dt.date(y, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _nth_sunday(y, m, n):
    d = _dt.date(y, m, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(days=7 * (n - 1))


def _eu_summer(u):
    a = _dt.datetime.combine(_last_sunday(u.year, 3), _dt.time(1), UTC)
    b = _dt.datetime.combine(_last_sunday(u.year, 10), _dt.time(1), UTC)
    return a <= u < b


ZONES = {
    # zone: (std offset h, summer offset h or None, std abbr, summer abbr, rule)
    "CET": (1, 2, "CET", "CEST", "eu"),
    "UK": (0, 1, "GMT", "BST", "eu"),
    "EET": (2, 3, "EET", "EEST", "eu"),
    "MSK": (3, None, "MSK", None, None),
    "USE": (-5, -4, "EST", "EDT", "us"),
    "USP": (-8, -7, "PST", "PDT", "us"),
    "UTC": (0, None, "UTC", None, None),
    "BRT": (-3, None, "-03", None, None),
    "WAT": (1, None, "WAT", None, None),
    "ICT": (7, None, "+07", None, None),
}


def zone_offset(zone, u):
    std, summ, sa, da, rule = ZONES[zone]
    if rule == "eu" and _eu_summer(u):
        return summ, da
    if rule == "us":
        local_h = -5 if zone == "USE" else -8
        a = _dt.datetime.combine(_nth_sunday(u.year, 3, 2), _dt.time(2 - local_h), UTC)
        b = _dt.datetime.combine(_nth_sunday(u.year, 11, 1), _dt.time(1 - local_h - 1 + 1), UTC)
        if a <= u < b:
            return summ, da
    return std, sa


def fmt_date(u, zone="CET", comment=False, minutes=0):
    h, abbr = zone_offset(zone, u)
    off = _dt.timedelta(hours=h, minutes=minutes)
    loc = u.astimezone(_dt.timezone(off))
    sign = "+" if off >= _dt.timedelta(0) else "-"
    tot = abs(int(off.total_seconds())) // 60
    s = loc.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d%02d" % (sign, tot // 60, tot % 60)
    if comment and abbr:
        s += " (%s)" % abbr
    return s


def local_to_utc(s, zone="CET"):
    naive = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    for h in (ZONES[zone][1], ZONES[zone][0]):
        if h is None:
            continue
        u = (naive - _dt.timedelta(hours=h)).replace(tzinfo=UTC)
        if zone_offset(zone, u)[0] == h:
            return u
    raise ValueError(s)


def local(u, zone):
    h, _ = zone_offset(zone, u)
    return u.astimezone(_dt.timezone(_dt.timedelta(hours=h)))


# ----------------------------------------------------------- random bits
def rhex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ruuid(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def postfix_qid(rng):
    a = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    return "4" + ralnum(rng, 9, a) + "z" + ralnum(rng, 4, a)


def b64r(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


# ------------------------------------------------------------------ hops
TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)\n\t")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)\n\t")


def mx01_received(ctx, helo, rdns, ip, tls="1.3", proto=None):
    t = {"1.3": TLS13, "1.2": TLS12, None: ""}[tls]
    proto = proto or ("ESMTPS" if tls else "ESMTP")
    return ("from %s (%s [%s])\n\t%sby mx01.example.com (Postfix) with %s id %s\n"
            "\tfor <%s>; %s" % (helo, rdns, ip, t, proto, postfix_qid(ctx.rng),
                                ctx.rcpt, fmt_date(ctx.t, "CET", comment=True)))


class Route:
    """Base: subclasses set self.client (helo, rdns, ip), self.tls and
    implement hops(ctx) -> (list of Received values top-down, extra headers,
    submission time utc)."""
    tls = "1.3"
    zone = "CET"         # zone of the sender's own hops
    date_zone = None     # zone of the Date header (default: self.zone)

    def render(self, ctx):
        below, extra, t0 = self.hops(ctx)
        top = mx01_received(ctx, *self.client, tls=self.tls)
        return [top] + below, extra, t0

    def step(self, ctx, lo=1, hi=4):
        ctx.cur -= _dt.timedelta(seconds=ctx.rng.randint(lo, hi))
        return ctx.cur


class Internal(Route):
    """Exchange (on premises) -> mail-int01 relay -> mx01."""
    client = ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")
    tls = "1.2"

    def __init__(self, ws_ip="10.20.14.57", mbx="EXCH02", pbx=False):
        self.ws_ip = ws_ip
        self.mbx = mbx
        self.pbx = pbx

    def hops(self, ctx):
        r = []
        t1 = self.step(ctx, 1, 3)
        if self.pbx:
            r.append("from pbx01.corp.example.com (10.20.5.10) by EXCH01.corp.example.com\n"
                     " (10.20.0.31) with Microsoft SMTP Server id 15.2.1748.10; %s"
                     % fmt_date(t1, "CET"))
            t0 = self.step(ctx, 0, 1)
            return r, [], t0
        r.append("from %s.corp.example.com (10.20.0.32) by EXCH01.corp.example.com\n"
                 " (10.20.0.31) with Microsoft SMTP Server (version=TLS1_2,\n"
                 " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s"
                 % (self.mbx, fmt_date(t1, "CET")))
        t2 = self.step(ctx, 0, 1)
        r.append("from %s.corp.example.com ([fe80::4c1d:9a2e:71b3:c05f]) by\n"
                 " %s.corp.example.com ([fe80::4c1d:9a2e:71b3:c05f%%12]) with mapi id\n"
                 " 15.02.1748.010; %s" % (self.mbx, self.mbx, fmt_date(t2, "CET")))
        extra = [("x-ms-exchange-messagesentrepresentingtype", "1"),
                 ("x-ms-exchange-transport-fromentityheader", "Hosted"),
                 ("x-originating-ip", "[%s]" % self.ws_ip)]
        return r, extra, t2


class EXO(Route):
    """Exchange Online tenant (Microsoft 365) outbound."""
    REG = {
        "EUR": ("EUR05-AM6-obe.outbound.protection.outlook.com",
                "mail-am6eur05on2%03d.outbound.protection.outlook.com", "40.107.22.%d",
                "AM9PR07MB%04d", "eurprd07.prod.outlook.com", "2603:10a6:20b:%x::%x"),
        "EUR3": ("EUR03-DBA-obe.outbound.protection.outlook.com",
                 "mail-dbaeur03on2%03d.outbound.protection.outlook.com", "40.107.104.%d",
                 "DB9PR03MB%04d", "eurprd03.prod.outlook.com", "2603:10a6:10:%x::%x"),
        "GBR": ("GBR01-LO4-obe.outbound.protection.outlook.com",
                "mail-lo4gbr01on2%03d.outbound.protection.outlook.com", "40.107.138.%d",
                "LO2P265MB%04d", "GBRP265.PROD.OUTLOOK.COM", "2603:10a6:600:%x::%x"),
        "NAM": ("NAM12-MW2-obe.outbound.protection.outlook.com",
                "mail-mw2nam12on2%03d.outbound.protection.outlook.com", "40.107.244.%d",
                "SA1PR12MB%04d", "namprd12.prod.outlook.com", "2603:10b6:806:%x::%x"),
        "OLK": ("EUR02-DB5-obe.outbound.protection.outlook.com",
                "mail-db5eur02olkn2%03d.outbound.protection.outlook.com", "40.92.50.%d",
                "AS8P194MB%04d", "EURP194.PROD.OUTLOOK.COM", "2603:10a6:20b:%x::%x"),
    }
    tls = "1.2"

    def __init__(self, org, region="EUR", zone="CET", tenant=None, n=None):
        self.org = org
        self.region = region
        self.zone = zone
        self.tenant = tenant
        self.n = n
        obe, mailh, ipf, srvf, dom, v6 = self.REG[region]
        k = n if n is not None else (sum(org.encode()) % 120) + 20
        self.client = (obe, mailh % k, ipf % k)
        self.server = srvf % (1000 + (sum(org.encode()) * 37) % 8999)
        self.dom = dom

    def message_id(self, rng):
        return "<%s%s@%s.%s>" % (self.server, rhex(rng, 25, True), self.server, self.dom)

    def hops(self, ctx):
        rng = ctx.rng
        srv2 = self.server[:-4] + "%04d" % rng.randint(1000, 9999)
        v6 = self.REG[self.region][5]
        r = []
        t1 = self.step(ctx, 1, 2)
        r.append("from %s.%s (%s) by\n %s.%s (%s) with\n Microsoft SMTP Server "
                 "(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9320.14; %s"
                 % (self.server, self.dom, v6 % (rng.randint(256, 4000), rng.randint(1, 99)),
                    srv2, self.dom, v6 % (rng.randint(256, 4000), rng.randint(1, 99)),
                    fmt_date(t1, "UTC")))
        t2 = self.step(ctx, 0, 2)
        fe = "fe80::%s:%s:%s:%s" % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 4), rhex(rng, 4))
        r.append("from %s.%s\n ([%s]) by %s.%s\n ([%s%%6]) with mapi id 15.20.9320.013; %s"
                 % (self.server, self.dom, fe, self.server, self.dom, fe, fmt_date(t2, "UTC")))
        tid = self.tenant or ruuid(rng)
        extra = [("X-MS-Exchange-CrossTenant-OriginalArrivalTime", "%s" % t1.strftime("%d %b %Y %H:%M:%S.%f")[:-3] + "Z"),
                 ("X-MS-Exchange-CrossTenant-Id", tid),
                 ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv2),
                 ("X-OriginatorOrg", self.org),
                 ("X-MS-Office365-Filtering-Correlation-Id", ruuid(rng))]
        return r, extra, t2


class Gmail(Route):
    HOSTS = [("mail-wr1-f54.google.com", "209.85.221.54"), ("mail-ej1-f45.google.com", "209.85.218.45"),
             ("mail-lf1-f52.google.com", "209.85.167.52"), ("mail-ed1-f41.google.com", "209.85.208.41"),
             ("mail-wm1-f48.google.com", "209.85.128.48"), ("mail-pl1-f171.google.com", "209.85.214.171"),
             ("mail-sor-f69.google.com", "209.85.220.69"), ("mail-sor-f73.google.com", "209.85.220.73")]
    tls = "1.3"

    def __init__(self, zone="CET", host=None, transport_security=False):
        self.zone = zone
        self.transport_security = transport_security
        h = self.HOSTS[host] if isinstance(host, int) else None
        self._h = h

    def render(self, ctx):
        if self._h is None:
            self._h = self.HOSTS[ctx.rng.randrange(6)]
        self.client = (self._h[0], self._h[0], self._h[1])
        return Route.render(self, ctx)

    def hops(self, ctx):
        rng = ctx.rng
        t1 = self.step(ctx, 1, 2)
        sid = "%s-%s%s.%d" % (rhex(rng, 13), rhex(rng, 13), "so" + str(rng.randint(1000000, 9999999)) + "f8f", rng.randint(1, 9))
        if self.transport_security:
            r = ["by %s with SMTPS id %s\n        for <%s>\n        (Google Transport Security);\n        %s"
                 % (self._h[0], sid, ctx.rcpt, fmt_date(t1, "USP", comment=True))]
        else:
            r = ["by %s with SMTP id %s\n        for <%s>; %s"
                 % (self._h[0], sid, ctx.rcpt, fmt_date(t1, "USP", comment=True))]
        xr = ("by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s"
              % (rhex(rng, 4), rhex(rng, 3), rhex(rng, 3), rhex(rng, 4), ralnum(rng, 22),
                 rng.randint(1, 99), rng.randint(1000000000000, 9999999999999),
                 fmt_date(t1, "USP", comment=True)))
        extra = [("X-Received", xr)]
        if not self.transport_security:
            extra = [("X-Gm-Message-State", "AOJu0Y" + b64r(rng, 48)[:62]),
                     ("X-Gm-Gg", "ASbGnc" + b64r(rng, 60)[:74]),
                     ("X-Google-Smtp-Source", "AGHT+I" + b64r(rng, 48)[:58]),
                     ("X-Received", xr)]
        return r, extra, self.step(ctx, 0, 2)


class UIMail(Route):
    """GMX / WEB.DE (United Internet) webmail or SMTP submission."""
    tls = "1.3"

    def __init__(self, brand="gmx", origin_ip="91.64.122.17", webmail=True, app=None):
        self.brand = brand
        self.app = app
        self.origin_ip = origin_ip
        self.webmail = webmail
        if brand == "gmx":
            self.client = ("mout.gmx.net", "mout.gmx.net", "212.227.17.21")
        elif brand == "webde":
            self.client = ("mout.web.de", "mout.web.de", "212.227.15.14")
        else:  # ionos
            self.client = ("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.135")

    def hops(self, ctx):
        rng = ctx.rng
        r = []
        relay = {"gmx": "mail.gmx.net (mrgmx0%02d [212.227.17.%d])",
                 "webde": "mail.web.de (mrweb1%02d [213.165.67.%d])",
                 "ionos": "mrelayeu.kundenserver.de (mreue1%02d [212.227.15.%d])"}[self.brand] % (
            rng.randint(1, 40), rng.randint(100, 190))
        nem = "1M%s-1%s-00%s" % (ralnum(rng, 6), ralnum(rng, 10), ralnum(rng, 4))
        t1 = self.step(ctx, 1, 2)
        if self.webmail:
            app = self.app or "3c-app-%s-bap%02d" % ("gmx" if self.brand == "gmx" else "webde", rng.randint(1, 70))
            r.append("from [%s] ([%s]) by %s with ESMTPSA (Nemesis) id %s; %s"
                     % (self.origin_ip, self.origin_ip, relay, nem, fmt_date(t1, "CET")))
            t2 = self.step(ctx, 0, 1)
            r.append("from [%s] by %s.server.lan\n (via HTTP); %s"
                     % (self.origin_ip, app, fmt_date(t2, "CET")))
        else:
            r.append("from %s ([%s]) by %s with ESMTPSA (Nemesis) id %s; %s"
                     % (ctx.origin_helo or "[192.168.178.23]", self.origin_ip, relay, nem,
                        fmt_date(t1, "CET")))
            t2 = t1
        extra = [("X-Provags-ID", "V03:K1:" + b64r(rng, 96)[:128])]
        return r, extra, self.step(ctx, 0, 2)


class Hosted(Route):
    """Generic hosting MTA: authenticated submission from an end user
    (shared hosting, VPS, provider mail).  mta: postfix|exim|strato|aruba|
    wp|otenet|yandex|mailru|libero|exchange."""

    def __init__(self, helo, rdns, ip, mta="postfix", origin=None, zone="CET",
                 tls="1.3", by=None, webmail=False, origin_helo=None, exch_srv=None):
        self.client = (helo, rdns, ip)
        self.mta = mta
        self.origin = origin or ("[192.168.1.20]", "unknown", "127.0.0.1")
        self.zone = zone
        self.tls = tls
        self.by = by or rdns
        self.webmail = webmail
        self.origin_helo = origin_helo
        self.exch_srv = exch_srv

    def hops(self, ctx):
        rng = ctx.rng
        oh, ordns, oip = self.origin
        t1 = self.step(ctx, 1, 3)
        d1 = fmt_date(t1, self.zone, comment=self.mta in ("postfix", "strato"))
        m = self.mta
        r = []
        extra = []
        if m == "postfix":
            if self.webmail:
                r.append("from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
                         % (self.by.split(" ")[0], self.by, rhex(rng, 10, True), d1))
            else:
                r.append("from %s (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s"
                         % (oh, ordns, oip, self.by, rhex(rng, 11, True), d1))
        elif m == "exim":
            r.append("from %s by %s with local (Exim 4.98.1)\n\t(envelope-from <%s>)\n\tid 1v%s-0000000%s-%s;\n\t%s"
                     % (oh, self.by, ctx.env_from, ralnum(rng, 4), ralnum(rng, 4), ralnum(rng, 4), d1))
        elif m == "strato":
            r.append("from %s\n    by smtp.strato.de (RZmta 51.4.2 AUTH)\n    with ESMTPSA id %s\n"
                     "    (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n"
                     "    (Client did not present a certificate)\n    for <%s>;\n    %s"
                     % (oh, ralnum(rng, 15), ctx.rcpt, d1))
            extra = [("X-RZG-AUTH", ":" + b64r(rng, 54)[:70] + "=="), ("X-RZG-CLASS-ID", "mo01")]
        elif m == "aruba":
            r.append("from %s ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
                     % (oh, oip, ralnum(rng, 8) + "o" + ralnum(rng, 5), d1))
        elif m == "wp":
            r.append("from %s (HELO %s) ([%s])\n          (envelope-sender <%s>)\n"
                     "          by smtpo.poczta.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n"
                     "          for <%s>; %s" % (ordns, oh, oip, ctx.env_from, ctx.rcpt, d1))
            extra = [("X-WP-MailID", rhex(rng, 32))]
        elif m == "otenet":
            r.append("from %s (%s [%s])\n\tby mailout.otenet.gr (8.15.2/8.15.2) with ESMTPSA id 5B%s\n"
                     "\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT);\n\t%s"
                     % (oh, ordns, oip, ralnum(rng, 12), d1))
        elif m == "yandex":
            inner = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (
                rng.randint(10, 90), rng.choice(["sas", "vla", "klg", "myt"]))
            r.append("from %s (%s [IPv6:2a02:6b8:c1%s:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s"
                     % (inner, inner, rhex(rng, 1), rhex(rng, 4), rhex(rng, 4), self.client[0],
                        ralnum(rng, 10), d1))
            t2 = self.step(ctx, 0, 1)
            r.append("by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s"
                     % (inner, ralnum(rng, 10), ralnum(rng, 8), fmt_date(t2, self.zone)))
        elif m == "mailru":
            if self.webmail:
                r.append("by %s with esmtpa (envelope-from <%s>)\n\tid 1v%s-00000000%s-%s; %s"
                         % (self.by, ctx.env_from, ralnum(rng, 4), ralnum(rng, 3), ralnum(rng, 4), d1))
                t2 = self.step(ctx, 0, 1)
                r.append("from [%s] by f%d.i.mail.ru with HTTP;\n\t%s"
                         % (oip, rng.randint(100, 999), fmt_date(t2, self.zone)))
            else:
                r.append("by %s with esmtpa (envelope-from <%s>)\n\tid 1v%s-00000000%s-%s; %s"
                         % (self.by, ctx.env_from, ralnum(rng, 4), ralnum(rng, 3), ralnum(rng, 4), d1))
        elif m == "libero":
            r.append("from oxapps-%d-%d.iol.local ([10.101.8.%d])\n\tby smtp-%d.iol.local with ESMTPA\n"
                     "\tid %s; %s" % (rng.randint(10, 40), rng.randint(100, 250), rng.randint(100, 250),
                                       rng.randint(10, 40), ralnum(rng, 22), d1))
        elif m == "exchange":
            srv = self.exch_srv
            r.append("from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n"
                     " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10; %s"
                     % (srv[0], srv[1], srv[0], srv[1], fmt_date(t1, self.zone)))
            t2 = self.step(ctx, 0, 1)
            r.append("from %s ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%14]) with mapi id 15.02.1748.010; %s"
                     % ((srv[0],) + tuple(rhex(rng, 4) for _ in range(4)) + (srv[0],)
                        + tuple(rhex(rng, 4) for _ in range(4)) + (fmt_date(t2, self.zone),)))
            extra = [("x-originating-ip", "[%s]" % oip)]
        elif m == "none":
            pass
        return r, extra, self.step(ctx, 0, 3)


class ESP(Route):
    """Bulk senders: sendgrid, mailgun, brevo, ses, mailchimp, paypal,
    github, docusign, kontur, yandexid, aruba-fe."""

    def __init__(self, kind, domain=None, zone="UTC", n=None):
        self.kind = kind
        self.domain = domain
        self.zone = zone
        self.n = n

    def render(self, ctx):
        rng = ctx.rng
        k = self.kind
        n = self.n if self.n is not None else rng.randint(10, 240)
        if k == "sendgrid":
            h = ralnum(rng, 8, "abcdefghijklmnopqrstuvwxyz") + ".outbound-mail.sendgrid.net"
            self.client = (h, h, "149.72.%d.%d" % (rng.randint(100, 250), n))
        elif k == "mailgun":
            h = "m%d-%d.mailgun.net" % (rng.randint(200, 240), n)
            self.client = (h, h, "159.135.%d.%d" % (rng.randint(224, 239), n))
        elif k == "brevo":
            h = "mail%d-%d.sendibt3.com" % (rng.randint(100, 199), n)
            self.client = (h, h, "77.32.%d.%d" % (rng.randint(140, 180), n))
        elif k == "ses":
            h = "a7-%d.smtp-out.eu-west-1.amazonses.com" % n
            self.client = (h, h, "54.240.7.%d" % n)
        elif k == "mailchimp":
            h = "mail%d.suw121.mcsv.net" % n
            self.client = (h, h, "198.2.%d.%d" % (rng.randint(128, 191), n))
        elif k == "paypal":
            self.client = ("mx1.slc.paypal.com", "mx1.slc.paypal.com", "173.0.84.226")
        elif k == "github":
            h = "out-%d.smtp.github.com" % (n % 30 + 1)
            self.client = (h, h, "192.30.252.%d" % (200 + n % 30))
        elif k == "docusign":
            self.client = ("mailb.eu.docusign.net", "mailb.eu.docusign.net", "185.116.209.%d" % (n % 60 + 10))
        elif k == "kontur":
            self.client = ("mail-out4.kontur.ru", "mail-out4.kontur.ru", "46.17.200.%d" % (n % 60 + 100))
        elif k == "yandexid":
            self.client = ("forward%da.mail.yandex.net" % (100 + n % 9), "forward%da.mail.yandex.net" % (100 + n % 9),
                           "178.154.239.%d" % (70 + n % 30))
        elif k == "arubafe":
            self.client = ("smtpdh%02d-1.aruba.it" % (n % 20 + 1), "smtpdh%02d-1.aruba.it" % (n % 20 + 1),
                           "62.149.155.%d" % (n % 200 + 20))
        return Route.render(self, ctx)

    def hops(self, ctx):
        rng = ctx.rng
        k = self.kind
        t1 = self.step(ctx, 1, 3)
        d = fmt_date(t1, self.zone)
        r, extra = [], []
        if k == "sendgrid":
            r.append("by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s-0\n\t%s"
                     % (rhex(rng, 10), ralnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                        rhex(rng, 10), ralnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                        rhex(rng, 8, True), rhex(rng, 2), d.replace(",", "") + ".%d (UTC)" % rng.randint(100000000, 999999999)))
            t2 = self.step(ctx, 0, 1)
            r.append("from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s"
                     % (ctx.env_from.split("@")[1], rng.randint(1, 60), ralnum(rng, 22), ctx.rcpt,
                        fmt_date(t2, "UTC")))
            extra = [("X-SG-EID", b64r(rng, 90)[:120]), ("X-Entity-ID", "u001." + b64r(rng, 18)[:24])]
        elif k == "mailgun":
            r.append("by %s with HTTP id %s; %s" % (ctx.env_from.split("@")[1], rhex(rng, 24), d))
            extra = [("X-Mailgun-Sid", "W" + ralnum(rng, 38) + "=="), ("X-Mailgun-Tag", "notify"),
                     ("X-Mailgun-Track", "yes")]
        elif k == "brevo":
            r.append("from [127.0.0.1] (localhost [127.0.0.1])\n\tby smtp-relay.sendinblue.com with ESMTP id %s\n\tfor <%s>; %s"
                     % (ralnum(rng, 12), ctx.rcpt, d))
            extra = [("X-Mailin-EID", b64r(rng, 48)[:64] + "~"), ("X-sib-id", b64r(rng, 60)[:80]),
                     ("Feedback-ID", "%d.%d.%d:brevo" % (rng.randint(100, 999), rng.randint(1000000, 9999999), rng.randint(1, 9)))]
        elif k == "ses":
            extra = [("Feedback-ID", "::1.eu-west-1.%s=:AmazonSES" % b64r(rng, 32)[:43]),
                     ("X-SES-Outgoing", "%s-%s" % (t1.strftime("%Y.%m.%d"), self.client[2]))]
        elif k == "mailchimp":
            r.append("from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id 4%s\n\tfor <%s>; %s"
                     % (self.client[0], ralnum(rng, 12), ctx.rcpt, d))
        elif k == "paypal":
            r.append("from paypal.com (%s.slc.paypal.com [10.1.%d.%d])\n\tby mx1.slc.paypal.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                     % ("ccg01mail" + str(rng.randint(10, 99)), rng.randint(1, 250), rng.randint(1, 250),
                        rhex(rng, 12, True), ctx.rcpt, fmt_date(t1, "USP")))
        elif k == "github":
            r.append("from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s"
                     % (rhex(rng, 7), rng.randint(1, 250), rng.randint(1, 250), postfix_qid(rng),
                        ctx.rcpt, fmt_date(t1, "USP")))
        elif k == "docusign":
            r.append("from docusign.net (10.%d.%d.%d) by mailb.eu.docusign.net id %s for <%s>; %s"
                     % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250),
                        rhex(rng, 16), ctx.rcpt, fmt_date(t1, "UTC")))
        elif k == "kontur":
            r.append("from diadoc-notify-%d.kontur.ru (diadoc-notify-%d.kontur.ru [10.36.%d.%d])\n\tby mail-out4.kontur.ru (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                     % (rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 250), rng.randint(1, 250),
                        rhex(rng, 10, True), ctx.rcpt, fmt_date(t1, "MSK")))
        elif k == "yandexid":
            inner = "mail-notsolitesrv-%d.%s.yp-c.yandex.net" % (rng.randint(10, 90), rng.choice(["sas", "vla"]))
            r.append("from %s (%s [IPv6:2a02:6b8:c0c:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s;\n\t%s"
                     % (inner, inner, rhex(rng, 4), rhex(rng, 4), self.client[0], ralnum(rng, 10),
                        fmt_date(t1, "MSK")))
        elif k == "arubafe":
            r.append("from fe-notifiche%02d.aruba.it ([10.10.%d.%d])\n\tby Aruba Outgoing Smtp  with ESMTP\n\tid %s; %s"
                     % (rng.randint(1, 9), rng.randint(1, 250), rng.randint(1, 250),
                        ralnum(rng, 8) + "o" + ralnum(rng, 5), fmt_date(t1, "CET")))
        return r, extra, self.step(ctx, 0, 2)


class Bot(Route):
    """Direct-to-MX spam bot / compromised host without TLS."""

    def __init__(self, helo, rdns, ip, zone="UTC", tls=None, fake_hop=None):
        self.client = (helo, rdns, ip)
        self.zone = zone
        self.tls = tls
        self.fake_hop = fake_hop

    def hops(self, ctx):
        r = []
        if self.fake_hop:
            t1 = self.step(ctx, 30, 400)
            r.append(self.fake_hop % fmt_date(t1, self.zone))
        return r, [], self.step(ctx, 0, 5)


# ------------------------------------------------------------- clients
class Client:
    """Mail user agent / sending application style."""

    def __init__(self, kind, domain=None, hstyle=None, mailer=None, host=None,
                 extra=(), quote_cs=True, mid=None):
        self.kind = kind
        self.domain = domain
        self.hstyle = hstyle or HStyle()
        self.mailer = mailer
        self.host = host
        self.extra = list(extra)
        self.quote_cs = quote_cs
        self.mid = mid
        self._bn = 0

    # boundaries ---------------------------------------------------------
    def boundary_gen(self, rng, msgid):
        k = self.kind

        def gen():
            self._bn += 1
            n = self._bn
            if k in ("outlook-exo", "outlook-exch"):
                core = msgid.strip("<>").replace("@", "").replace(".", "")[:60]
                return "_%03d_%s_" % ((n - 1) * 2, core)
            if k in ("outlook", "wlm"):
                return "----=_NextPart_%03d_%04X_01DC%s.%s" % (n - 1, rng.randint(0, 0xFFFF),
                                                             rhex(rng, 4, True), rhex(rng, 8, True))
            if k in ("gmail", "drive", "google"):
                return "000000000000" + rhex(rng, 16)
            if k == "thunderbird":
                return "------------" + ralnum(rng, 24)
            if k in ("apple", "iphone"):
                return "Apple-Mail=_" + ruuid(rng, True)
            if k == "roundcube":
                return "=_" + rhex(rng, 32)
            if k == "phpmailer":
                return "b%d=_%s" % (n, ralnum(rng, 43))
            if k == "mailchimp":
                return "_----------=_MCPart_%d" % rng.randint(100000000, 999999999)
            if k == "sendgrid":
                return rhex(rng, 64)
            if k in ("thebat",):
                return "----------" + rhex(rng, 12, True) + rhex(rng, 8, True)
            if k == "trinity":
                return "=_%s-%s" % (ralnum(rng, 4, "abcdefghijklmnopqrstuvwxyz"), ruuid(rng))
            return "----=_Part_%d_%d.%d" % (rng.randint(10000, 999999), rng.randint(100000000, 999999999),
                                           rng.randint(1791000000000, 1797000000000))
        return gen

    # message ids --------------------------------------------------------
    def message_id(self, rng, t, route):
        k = self.kind
        d = self.domain
        if self.mid:
            return self.mid(rng, t)
        if k in ("outlook-exo", "exo-app"):
            return route.message_id(rng)
        if k == "outlook-exch":
            return "<%s@%s>" % (rhex(rng, 32), self.host)
        if k == "outlook":
            return "<%s01dc%s$%s$%s@%s>" % (rhex(rng, 4), rhex(rng, 4), rhex(rng, 8), rhex(rng, 8), d)
        if k == "gmail":
            s = "CA" + ralnum(rng, 1, "BCDEFGHIJKLMNOPQRSTUVWXYZ") + ralnum(rng, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=") + ralnum(rng, 2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            return "<%s@mail.gmail.com>" % s
        if k == "thunderbird":
            return "<%s@%s>" % (ruuid(rng), d)
        if k in ("apple", "iphone"):
            return "<%s@%s>" % (ruuid(rng, True), d)
        if k == "roundcube":
            return "<%s@%s>" % (rhex(rng, 32), d)
        if k == "phpmailer":
            return "<%s@%s>" % (ralnum(rng, 43), d)
        if k == "thebat":
            return "<%d.%s@%s>" % (rng.randint(100000000, 1999999999), local(t, "MSK").strftime("%Y%m%d%H%M%S"), d)
        if k == "ox":
            return "<%d.%d.%d@%s>" % (rng.randint(1000000, 9999999), rng.randint(10000, 999999),
                                      int(t.timestamp() * 1000), d)
        if k == "trinity":
            return "<trinity-%s-%d@%s>" % (ruuid(rng), int(t.timestamp() * 1000), d)
        if k == "wlm":
            return "<%s@%s>" % (rhex(rng, 32, True), d)
        if k == "zoho":
            return "<%s.%s.%d@%s>" % (rhex(rng, 11), rhex(rng, 12), rng.randint(10 ** 18, 10 ** 19 - 1), d)
        if k == "yandexweb":
            return "<%d%d@%s>" % (rng.randint(100000, 999999), int(t.timestamp()), d)
        if k == "mailru":
            return "<%d.%d@%s>" % (int(t.timestamp()), rng.randint(100000000, 999999999), d)
        if k == "sendgrid":
            return "<%s@geopod-ismtpd-%d>" % (ralnum(rng, 22), rng.randint(1, 60))
        if k == "mailgun":
            return "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), rhex(rng, 16), d)
        if k == "brevo":
            return "<%s.%d@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), rng.randint(10 ** 10, 10 ** 11 - 1))
        if k == "ses":
            return "<0102019%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
                rhex(rng, 9), rhex(rng, 8), rhex(rng, 4), rhex(rng, 4), rhex(rng, 12))
        if k == "mailchimp":
            return "<%s.%s.%s.%s@%s>" % (rhex(rng, 25), rhex(rng, 10), t.strftime("%Y%m%d%H%M%S"),
                                        rhex(rng, 10), d)
        if k == "google":
            return "<%s@%s>" % (ralnum(rng, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), d)
        if k == "drive":
            return "<%s@google.com>" % ("0000000000" + rhex(rng, 20))
        if k == "github":
            return "<%s_%s%s@%s.mail>" % (rhex(rng, 13), rhex(rng, 5), rhex(rng, 8), "lowworker-" + rhex(rng, 10) + "-" + ralnum(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        if k == "generic":
            return "<%s@%s>" % (rhex(rng, 24), d)
        return "<%s.%s@%s>" % (rhex(rng, 16), rhex(rng, 8), d)

    def ctype_style(self):
        return {"quote_cs": self.quote_cs}


def hash_seed(s):
    return int(hashlib.sha256(s.encode()).hexdigest()[:16], 16)
