"""Sending-system profiles: Received chains, Message-ID and header style of
each system (Exchange, Microsoft 365, Gmail, GMX/WEB.DE, Libero/OX, WP,
OTE/Outlook, Yandex, ESPs, hosters, attacker VPS ...).  Each profile returns
a Route dict consumed by build().  Deterministic via ctx.rng."""
import datetime as dt
import hashlib
import random
import string
import uuid

from mimegen import rfcdate, message, subj

MX = "mx01.example.com"
B62 = string.ascii_letters + string.digits
PFX52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy"


class Ctx:
    def __init__(self, key, t, rcpt):
        self.key = key
        self.rng = random.Random(hashlib.sha256(key.encode()).hexdigest())
        self.t = t            # naive UTC: when the author hit "send"
        self.rcpt = rcpt      # envelope recipient at example.com

    def hex(self, n, upper=False):
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=B62):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return str(self.rng.randint(1, 9)) + "".join(
            self.rng.choice("0123456789") for _ in range(n - 1))

    def uuid(self, upper=False):
        u = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        return u.upper() if upper else u

    def at(self, secs):
        return self.t + dt.timedelta(seconds=secs)

    def ms(self, t=None):
        t = t or self.t
        return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + \
            self.rng.randint(0, 999)

    def epoch(self, t=None):
        t = t or self.t
        return int((t - dt.datetime(1970, 1, 1)).total_seconds())

    def postfix_qid(self):
        return self.alnum(10, PFX52) + "z" + self.alnum(self.rng.choice((3, 4, 5)), PFX52)


TLS13 = ["(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
         " key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
         "(No client certificate requested)"]
TLS13E = ["(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
          " key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)",
          "(No client certificate requested)"]
TLS12 = ["(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))",
         "(No client certificate requested)"]


def mx01_received(ctx, helo, rdns, ip, t, tls="1.3", rcpt=None):
    rdns = rdns or "unknown"
    lines = ["from %s (%s [%s])" % (helo, rdns, ip)]
    if tls == "1.3":
        lines += TLS13
    elif tls == "1.3e":
        lines += TLS13E
    elif tls == "1.2":
        lines += TLS12
    lines.append("by %s (Postfix) with %s id %s" % (
        MX, "ESMTPS" if tls else "ESMTP", ctx.postfix_qid()))
    lines.append("for <%s>; %s" % (rcpt or ctx.rcpt, rfcdate(t, "DE", comment=True)))
    return "\r\n\t".join(lines)


def R(*lines):
    return "\r\n\t".join(lines)


def build(ctx, route, fields, body, order=None):
    """Assemble a complete message.
    fields: dict of message header name -> value (None to drop).
    route: dict from a profile function."""
    t_mx = route.get("t_mx") or ctx.at(route.get("mx_delay", 3))
    helo, rdns, ip, tls = route["client"]
    hs = [("Return-Path", "<%s>" % route["rp"]),
          ("Received", mx01_received(ctx, helo, rdns, ip, t_mx, tls))]
    hs += route["trace"]
    f = dict(route.get("auto", {}))
    f.update(fields)
    import re as _re
    m = _re.match(r"=\?([^?]+)\?([BQbq])\?", fields.get("Subject") or "")
    hcs, henc = (m.group(1), m.group(2).upper()) if m else ("utf-8", "B")
    hcs = fields.get("_hcs", hcs)
    henc = fields.get("_henc", henc)
    for k, v in list(f.items()):
        if v is not None and not all(ord(c) < 128 for c in v):
            f[k] = subj(v, hcs, henc)
    f.pop("_hcs", None)
    f.pop("_henc", None)
    order = order or route["order"]
    done = set()
    for name in order:
        if name == "__BODY__":
            # anything not yet placed (except post) goes before the body
            for k, v in f.items():
                if k not in order and k not in done and v is not None and \
                        k not in route.get("post_names", ()):
                    hs.append((k, v))
                    done.add(k)
            hs.append(("__BODY__", None))
            continue
        if name in f and f[name] is not None:
            hs.append((name, f[name]))
            done.add(name)
    for k, v in f.items():
        if k not in done and v is not None and k not in order:
            hs.append((k, v))
    return message(hs, body)


# ------------------------------------------------------------ styles ----

ORDER_OUTLOOK = ["From", "To", "CC", "Subject", "Thread-Topic", "Thread-Index",
                 "Date", "Message-ID", "References", "In-Reply-To",
                 "Reply-To", "Accept-Language", "Content-Language",
                 "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "msip_labels",
                 "x-ms-exchange-transport-fromentityheader",
                 "x-originating-ip", "__BODY__", "MIME-Version"]
ORDER_GMAIL = ["MIME-Version", "References", "In-Reply-To", "From", "Date",
               "Message-ID", "Subject", "To", "Cc", "Reply-To", "__BODY__"]
ORDER_TB = ["Message-ID", "Date", "MIME-Version", "User-Agent",
            "Content-Language", "To", "Cc", "References", "From", "Reply-To",
            "Subject", "In-Reply-To", "__BODY__"]
ORDER_OLK16 = ["From", "To", "Cc", "References", "In-Reply-To", "Subject",
               "Date", "Message-ID", "MIME-Version", "__BODY__", "X-Mailer",
               "Thread-Index", "Content-Language"]
ORDER_OX = ["Date", "From", "Reply-To", "To", "Cc", "Message-ID",
            "In-Reply-To", "References", "Subject", "MIME-Version",
            "__BODY__", "X-Priority", "Importance", "X-Mailer",
            "X-Originating-IP", "X-Originating-Client"]
ORDER_GMX = ["MIME-Version", "Message-ID", "From", "To", "Subject",
             "__BODY__", "Date", "Importance", "Sensitivity", "In-Reply-To",
             "References", "X-Priority", "X-Provags-ID", "X-UI-Message-Type",
             "UI-OutboundReport"]
ORDER_IPHONE = ["__BODY__", "Mime-Version", "Subject", "From", "Date",
                "Message-Id", "References", "In-Reply-To", "To", "X-Mailer"]
ORDER_BULK = ["Date", "From", "Reply-To", "To", "Message-ID", "Subject",
              "MIME-Version", "__BODY__", "List-Unsubscribe",
              "List-Unsubscribe-Post", "List-Id", "Precedence", "Feedback-ID",
              "X-Mailer"]
ORDER_PHPMAILER = ["Date", "To", "From", "Reply-To", "Subject", "Message-ID",
                   "X-Mailer", "MIME-Version", "__BODY__"]
ORDER_ROUNDCUBE = ["MIME-Version", "Date", "From", "To", "Subject",
                   "Reply-To", "In-Reply-To", "References", "User-Agent",
                   "Message-ID", "X-Sender", "__BODY__"]
ORDER_YAMAIL = ["X-Yandex-Fwd", "From", "To", "Cc", "In-Reply-To",
                "References", "Subject", "MIME-Version", "X-Mailer", "Date",
                "Message-Id", "__BODY__"]
ORDER_BAT = ["Date", "From", "Reply-To", "X-Priority", "Message-ID", "To",
             "Subject", "In-Reply-To", "References", "MIME-Version",
             "X-Mailer", "__BODY__"]
ORDER_ZOHO = ["Date", "From", "Reply-To", "To", "Cc", "Message-Id",
              "In-Reply-To", "References", "Subject", "MIME-Version",
              "__BODY__", "Importance", "User-Agent", "X-Priority",
              "X-Mailer"]


def b_gmail(ctx):
    return "000000000000" + ctx.hex(16)


def b_outlook(ctx, kind="000", msgid_local=""):
    return "_%s_%s_" % (kind, msgid_local)


def b_olk16(ctx):
    ft = filetime(ctx.t)
    return "----=_NextPart_000_%04X_%08X.%08X" % (
        ctx.rng.randint(0, 0x30), ft >> 32, ft & 0xffffffff)


def b_tb(ctx):
    return "------------" + ctx.alnum(24)


def b_java(ctx):
    return "----=_Part_%d_%d.%d" % (ctx.rng.randint(100000, 9999999),
                                    ctx.rng.randint(10000000, 2099999999),
                                    ctx.ms())


def b_apple(ctx):
    return "Apple-Mail-" + ctx.uuid(True)


def b_php(ctx):
    return "b1=_" + ctx.alnum(43)


def b_hex(ctx, n=32):
    return ctx.hex(n)


# ---------------------------------------------------------- profiles ----

def exchange_internal(ctx, sender, office_ip, srv="DEHQ-EX01", lang="de-DE",
                      accept="de-DE, en-US", topic=None, has_attach=False,
                      tindex=None):
    """Example Group on-prem Exchange 2019 -> Edge mail-int01 -> mx01."""
    t1 = ctx.at(1)
    t2 = ctx.at(2)
    fe = "fe80::%s:%s:%s:%s" % (ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(4))
    ipmap = {"DEHQ-EX01": "10.20.1.11", "DEHQ-EX02": "10.20.1.12"}
    fqdn = "%s.corp.example.com" % srv
    mid_local = ctx.hex(32)
    trace = [
        ("Received", R("from %s (%s) by mail-int01.example.com (10.20.0.25)" % (fqdn, ipmap[srv]),
                       " with Microsoft SMTP Server (version=TLS1_2,",
                       " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10;",
                       " %s" % rfcdate(t2, "DE"))),
        ("Received", R("from %s ([%s]) by %s" % (fqdn, fe, fqdn),
                       " ([%s%%12]) with mapi id 15.02.1748.010; %s" % (fe, rfcdate(t1, "DE")))),
    ]
    ti = tindex or thread_index(ctx)
    return {
        "rp": sender, "client": ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", "1.2"),
        "trace": trace, "mx_delay": 3, "order": ORDER_OUTLOOK,
        "boundary": lambda kind="000": "_%s_%s%scorpexamplecom_" % (kind, mid_local, srv.replace("-", "")),
        "auto": {"Message-ID": "<%s@%s>" % (mid_local, fqdn),
                 "Date": rfcdate(ctx.t, "DE"),
                 "Thread-Topic": topic, "Thread-Index": ti,
                 "Accept-Language": accept, "Content-Language": lang,
                 "X-MS-Has-Attach": "yes" if has_attach else "",
                 "X-MS-TNEF-Correlator": "",
                 "x-ms-exchange-transport-fromentityheader": "Hosted",
                 "x-originating-ip": "[%s]" % office_ip,
                 "MIME-Version": "1.0"},
    }


def filetime(t):
    return int(((t - dt.datetime(1601, 1, 1)).total_seconds()) * 10 ** 7)


def thread_index(ctx, replies=0, t0=None):
    import base64
    ft = filetime(t0 or (ctx.t - dt.timedelta(days=replies * 1.3)))
    b = bytes([0x01]) + (ft >> 24).to_bytes(5, "big") + bytes(ctx.rng.getrandbits(8) for _ in range(16))
    for _ in range(replies):
        b += bytes(ctx.rng.getrandbits(8) for _ in range(5))
    return base64.b64encode(b).decode()


M365_REGIONS = {
    # region: (mailbox server prefix, prod domain, EOP host, eop rdns fmt, ip fmt)
    "eur": ("AM9PR04MB", "eurprd04.prod.outlook.com", "EUR05-AM6-obe.outbound.protection.outlook.com",
            "mail-am6eur05on20%d.outbound.protection.outlook.com", "40.107.22.%d"),
    "eur2": ("DU2PR08MB", "eurprd08.prod.outlook.com", "EUR03-DU2-obe.outbound.protection.outlook.com",
             "mail-du2eur03on20%d.outbound.protection.outlook.com", "40.107.249.%d"),
    "deu": ("FR2P281MB", "DEUP281.PROD.OUTLOOK.COM", "DEU01-FR2-obe.outbound.protection.outlook.com",
            "mail-fr2deu01on21%d.outbound.protection.outlook.com", "40.107.135.%d"),
    "gbr": ("LO2P265MB", "GBRP265.PROD.OUTLOOK.COM", "GBR01-LO4-obe.outbound.protection.outlook.com",
            "mail-lo4gbr01on21%d.outbound.protection.outlook.com", "40.107.138.%d"),
    "cons": ("DB9P189MB", "EURP189.PROD.OUTLOOK.COM", "EUR02-VI1-obe.outbound.protection.outlook.com",
             "mail-vi1eur02olkn20%d.outbound.protection.outlook.com", "40.92.67.%d"),
    "nam": ("SA1PR12MB", "namprd12.prod.outlook.com", "NAM12-DM6-obe.outbound.protection.outlook.com",
            "mail-dm6nam12on20%d.outbound.protection.outlook.com", "40.107.243.%d"),
}


def m365(ctx, sender, region="eur", tenant_id=None, lang="de-DE",
         accept="de-DE, en-US", topic=None, has_attach=False, upn=None,
         tindex=None, originating_ip=None, cross_tenant=True):
    pfx, prod, eop, rdnsfmt, ipfmt = M365_REGIONS[region]
    n = ctx.rng.randint(1000, 9999)
    srv = "%s%d" % (pfx, n)
    srv2 = "%s%d" % (pfx[:-2] + "MB", ctx.rng.randint(1000, 9999))
    fqdn = "%s.%s" % (srv, prod)
    fqdn2 = "%s.%s" % (srv2, prod)
    last = ctx.rng.randint(40, 99)
    ip = ipfmt % last
    rdns = rdnsfmt % last
    t1, t2 = ctx.at(0), ctx.at(1)
    fe = "fe80::%s:%s:%s:%s" % (ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(4))
    v6p = "2603:10b6" if region == "nam" else "2603:10a6"
    v6a = "%s:%s:%s::%d" % (v6p, ctx.hex(3), ctx.hex(3), ctx.rng.randint(5, 30))
    v6b = "%s:%s:%s::%d" % (v6p, ctx.hex(3), ctx.hex(3), ctx.rng.randint(5, 30))
    build_v = "15.20.%d.%03d" % (ctx.rng.choice((8093, 8114, 8158, 8207)), ctx.rng.randint(5, 40))
    trace = [
        ("Received", R("from %s (%s) by" % (fqdn, v6a),
                       " %s (%s) with Microsoft SMTP Server" % (fqdn2, v6b),
                       " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
                       " %s; %s" % ("15.20.%s.%d" % (build_v.split(".")[2], int(build_v.split(".")[3])), rfcdate(t2, "UTC")))),
        ("Received", R("from %s ([%s]) by %s" % (fqdn, fe, fqdn),
                       " ([%s%%5]) with mapi id %s; %s" % (fe, build_v, rfcdate(t1, "UTC")))),
    ]
    mid = "<%s%s@%s>" % (srv, ctx.hex(28, True), fqdn)
    tid = tenant_id or ctx.uuid()
    post = [("X-MS-PublicTrafficType", "Email"),
            ("X-MS-TrafficTypeDiagnostic", "%s:EE_|%s:EE_" % (srv, srv2)),
            ("X-MS-Office365-Filtering-Correlation-Id", ctx.uuid())]
    if cross_tenant:
        post += [("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
                 ("X-MS-Exchange-CrossTenant-AuthSource", fqdn),
                 ("X-MS-Exchange-CrossTenant-Network-Message-Id", ctx.uuid()),
                 ("X-MS-Exchange-CrossTenant-originalarrivaltime",
                  ctx.t.strftime("%d %b %Y %H:%M:%S.") + ctx.digits(4) + " (UTC)"),
                 ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                 ("X-MS-Exchange-CrossTenant-id", tid),
                 ("X-MS-Exchange-CrossTenant-mailboxtype", "HOSTED"),
                 ("X-MS-Exchange-CrossTenant-userprincipalname", upn or ctx.alnum(40) + "=="),
                 ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv2)]
    auto = {"Message-ID": mid, "Date": rfcdate(ctx.t, "UTC"),
            "Thread-Topic": topic, "Thread-Index": tindex or thread_index(ctx),
            "Accept-Language": accept, "Content-Language": lang,
            "X-MS-Has-Attach": "yes" if has_attach else "",
            "X-MS-TNEF-Correlator": "", "MIME-Version": "1.0"}
    if originating_ip:
        auto["x-originating-ip"] = "[%s]" % originating_ip
    order = ORDER_OUTLOOK + [k for k, _ in post]
    for k, v in post:
        auto[k] = v
    ml = mid[1:].split("@")[0]
    return {"rp": sender, "client": (eop, rdns, ip, "1.3"), "trace": trace,
            "mx_delay": 2, "order": order, "auto": auto,
            "boundary": lambda kind="000": "_%s_%s_" % (kind, ml)}


GMAIL_HOSTS = [("mail-wr1-f53", "209.85.221.53"), ("mail-ej1-f49", "209.85.218.49"),
               ("mail-wm1-f41", "209.85.128.41"), ("mail-lf1-f45", "209.85.167.45"),
               ("mail-ed1-f54", "209.85.208.54"), ("mail-pl1-f172", "209.85.214.172"),
               ("mail-qt1-f179", "209.85.160.179"), ("mail-yb1-f170", "209.85.219.170")]


def gmail(ctx, sender, zone="DE", workspace=False):
    h, ip = ctx.rng.choice(GMAIL_HOSTS)
    host = h + ".google.com"
    t1 = ctx.at(1)
    smtp_id = "%s-%s%sso%s%s.%d" % (ctx.rng.choice(["ffacd0b85a97d", "4fb4d7f45d1cf", "2adb3069b0e04", "5b1f17b1804b1"]),
                                   ctx.hex(11), "", ctx.digits(7), ctx.alnum(3, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                   ctx.rng.randint(1, 9))
    xr = "2002:a05:%s:%s:b0:%s:%s:%s" % (ctx.hex(4), ctx.hex(4), ctx.hex(3), ctx.hex(4), ctx.hex(4))
    trace = [
        ("Received", R("by %s with SMTP id %s" % (host, smtp_id),
                       "        for <%s>; %s" % (ctx.rcpt, rfcdate(t1, "PT", comment=True))).replace("\t        ", "        ")),
        ("X-Gm-Message-State", "AOJu0Y" + ctx.alnum(60, B62 + "+/") + "=="),
        ("X-Google-Smtp-Source", "AGHT+I" + ctx.alnum(70, B62 + "+/") + "=="),
        ("X-Received", R("by %s with SMTP id %s-%smr%s%s.%d.%d;" % (xr, smtp_id.split("-")[0], ctx.hex(11), ctx.digits(7),
                                                                    ctx.alnum(3, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                                                    ctx.rng.randint(10, 99), ctx.ms(t1)),
                         "        %s" % rfcdate(t1, "PT", comment=True)).replace("\t        ", "        ")),
    ]
    if workspace:
        trace.insert(1, ("X-Google-DKIM-Signature", None))
    trace = [x for x in trace if x[1] is not None]
    mid = "<CA%s%s@mail.gmail.com>" % (ctx.rng.choice("BDEFGHJKLMNOPQRSTUVWXYZ+"),
                                      ctx.alnum(ctx.rng.randint(44, 54), B62 + "+_=-"))
    return {"rp": sender, "client": (host, host, ip, "1.3"), "trace": trace,
            "mx_delay": 2, "order": ORDER_GMAIL, "boundary": lambda *a: b_gmail(ctx),
            "auto": {"MIME-Version": "1.0", "Message-ID": mid,
                     "Date": rfcdate(ctx.t, zone)}}


def gmx(ctx, sender, brand="gmx", client_ip="91.64.12.3", app="trinity",
        zone="DE"):
    """GMX / WEB.DE (1&1 Mail & Media).  app: 'trinity' (webmail) or
    'iphone' (mobile client via ESMTPSA)."""
    if brand == "gmx":
        mout, mip, mr, mrip = "mout.gmx.net", "212.227.17.%d" % ctx.rng.choice((20, 21, 22)), \
            "mrgmx%03d" % ctx.rng.randint(1, 120), "212.227.17.190"
        core = "mail.gmx.net"
        apphost = "3c-app-gmx-bap%02d" % ctx.rng.randint(1, 80)
    else:
        mout, mip, mr, mrip = "mout.web.de", "217.72.192.%d" % ctx.rng.choice((78, 65, 77)), \
            "mrweb%03d" % ctx.rng.randint(101, 120), "213.165.67.108"
        core = "web.de"
        apphost = "3c-app-webde-bap%02d" % ctx.rng.randint(1, 80)
    nem = "1M%s-1t%s-00%s" % (ctx.alnum(5), ctx.alnum(10), ctx.alnum(6))
    t1 = ctx.at(1)
    if app == "trinity":
        first = ("Received", R("from %s ([%s]) by %s" % (apphost, client_ip, core),
                               " (%s [%s]) with ESMTPSA (Nemesis) id %s; %s" % (mr, mrip, nem, rfcdate(t1, "DE"))))
        mid = "<trinity-%s-%d@%s>" % (ctx.uuid(), ctx.ms(), apphost)
        auto = {"MIME-Version": "1.0", "Message-ID": mid, "Date": rfcdate(ctx.t, zone),
                "Importance": "normal", "Sensitivity": "Normal", "X-Priority": "3",
                "X-Provags-ID": "V03:K1:" + ctx.alnum(60, B62 + "+/"),
                "X-UI-Message-Type": "mail",
                "UI-OutboundReport": "notjunk:1;M01:P0:" + ctx.alnum(40, B62 + "+/") + "="}
        order = ORDER_GMX
        bnd = lambda *a: "bnd_" + ctx.hex(20)
    else:
        first = ("Received", R("from smtpclient.apple ([%s]) by %s (%s" % (client_ip, core, mr),
                               " [%s]) with ESMTPSA (Nemesis) id %s; %s" % (mrip, nem, rfcdate(t1, "DE"))))
        mid = "<%s@%s>" % (ctx.uuid(True), sender.split("@")[1])
        auto = {"Mime-Version": "1.0 (1.0)", "Message-Id": mid, "Date": rfcdate(ctx.t, zone),
                "X-Mailer": "iPhone Mail (23B85)",
                "X-Provags-ID": "V03:K1:" + ctx.alnum(60, B62 + "+/"),
                "UI-OutboundReport": "notjunk:1;M01:P0:" + ctx.alnum(40, B62 + "+/") + "="}
        order = ORDER_IPHONE + ["X-Provags-ID", "UI-OutboundReport"]
        bnd = lambda *a: b_apple(ctx)
    return {"rp": sender, "client": (mout, mout, mip, "1.3"), "trace": [first],
            "mx_delay": 2, "order": order, "auto": auto, "boundary": bnd}


def libero(ctx, sender, client_ip="151.38.%d.%d"):
    n = ctx.rng.randint(20, 40)
    cip = client_ip % (ctx.rng.randint(1, 250), ctx.rng.randint(1, 250)) if "%" in client_ip else client_ip
    host = "smtp-%d-i2.italiaonline.it" % n
    t1 = ctx.at(1)
    trace = [("Received", R("from oxapps-%d-%03d.iol.local ([10.101.8.%d])" % (ctx.rng.randint(10, 40), ctx.rng.randint(100, 200), ctx.rng.randint(100, 250)),
                            "by smtp-%d.iol.local with ESMTPA" % n,
                            "id %s; %s" % (ctx.alnum(22), rfcdate(t1, "IT"))))]
    mid = "<%d.%d.%d@mail1.libero.it>" % (ctx.rng.randint(10 ** 8, 2 * 10 ** 9), ctx.rng.randint(10 ** 5, 10 ** 7), ctx.ms())
    return {"rp": sender, "client": (host, host, "213.209.1%d.%d" % (ctx.rng.randint(2, 4), n), "1.3"),
            "trace": trace, "mx_delay": 2, "order": ORDER_OX,
            "boundary": lambda *a: b_java(ctx),
            "auto": {"Date": rfcdate(ctx.t, "IT"), "Message-ID": mid, "MIME-Version": "1.0",
                     "X-Priority": "3", "Importance": "Normal",
                     "X-Mailer": "Open-Xchange Mailer v7.10.6-Rev71",
                     "X-Originating-IP": cip, "X-Originating-Client": "open-xchange-appsuite"}}


def wp(ctx, sender, client_ip, helo="[192.168.1.12]", mua="tb"):
    t1 = ctx.at(1)
    pid = ctx.rng.randint(1000, 30000)
    trace = [("Received", "(wp-smtpd smtp.wp.pl %d invoked from network); %s" % (pid, rfcdate(t1, "PL", pad_day=False)[5:])),
             ("Received", R("from %s (HELO %s) (%s@[%s])" % (client_ip, helo, sender.split("@")[0], client_ip),
                            "          (envelope-sender <%s>)" % sender,
                            "          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP",
                            "          for <%s>; %s" % (ctx.rcpt, rfcdate(t1, "PL")[5:])).replace("\t          ", "          ")),
             ("X-WP-MailID", ctx.hex(32)),
             ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
    r = {"rp": sender, "client": ("mx4.wp.pl", "mx4.wp.pl", "212.77.101.%d" % ctx.rng.choice((11, 12)), "1.3"),
         "trace": trace, "mx_delay": 2}
    r.update(mua_tb(ctx, sender, zone="PL"))
    return r


def mua_tb(ctx, sender, zone="DE", lang=None, version="128.3.1"):
    dom = sender.split("@")[1]
    auto = {"Message-ID": "<%s@%s>" % (ctx.uuid(), dom), "Date": rfcdate(ctx.t, zone),
            "MIME-Version": "1.0",
            "User-Agent": "Mozilla Thunderbird",
            "Content-Language": lang}
    return {"order": ORDER_TB, "auto": auto, "boundary": lambda *a: b_tb(ctx)}


def mua_olk16(ctx, sender, zone="DE", lang="de", replies=0):
    dom = sender.split("@")[1]
    mid = "<%012x$%s$%s$@%s>" % (ctx.rng.getrandbits(40), ctx.hex(8), ctx.hex(8), dom)
    ft = filetime(ctx.t)
    mid = "<0%s%012x$%s$%s$@%s>" % (ctx.hex(3), ft >> 16, ctx.hex(8), ctx.hex(8), dom)
    mid = "<%04x%08x$%08x$%s$@%s>" % (ctx.rng.randint(0, 0x3ff), ft >> 32, ft & 0xffffffff, ctx.hex(8), dom)
    auto = {"Message-ID": mid, "Date": rfcdate(ctx.t, zone), "MIME-Version": "1.0",
            "X-Mailer": "Microsoft Outlook 16.0",
            "Thread-Index": thread_index(ctx, replies), "Content-Language": lang}
    return {"order": ORDER_OLK16, "auto": auto, "boundary": lambda *a: b_olk16(ctx)}


def hoster_postfix(ctx, sender, helo, rdns, ip, client_helo, client_rdns,
                   client_ip, zone="DE", tls="1.3", mua="olk16", lang="de",
                   auth=True, replies=0, hostname=None):
    """A hosting provider / company mail server running Postfix with SMTP AUTH."""
    t1 = ctx.at(1)
    hostname = hostname or helo
    trace = [("Received", R("from %s (%s [%s])" % (client_helo, client_rdns or "unknown", client_ip),
                            ("(Authenticated sender: %s)" % sender) if auth else "(no auth)",
                            "by %s (Postfix) with ESMTPSA id %s" % (hostname, ctx.hex(10, True)),
                            "for <%s>; %s" % (ctx.rcpt, rfcdate(t1, zone, comment=True))))]
    r = {"rp": sender, "client": (helo, rdns, ip, tls), "trace": trace, "mx_delay": 2}
    if mua == "olk16":
        r.update(mua_olk16(ctx, sender, zone, lang, replies))
    elif mua == "tb":
        r.update(mua_tb(ctx, sender, zone, lang))
    elif mua == "roundcube":
        r.update(mua_roundcube(ctx, sender, zone))
    return r


def mua_roundcube(ctx, sender, zone="DE", version="1.6.9"):
    dom = sender.split("@")[1]
    return {"order": ORDER_ROUNDCUBE, "boundary": lambda *a: "=_" + ctx.hex(32),
            "auto": {"MIME-Version": "1.0", "Date": rfcdate(ctx.t, zone),
                     "User-Agent": "Roundcube Webmail/%s" % version,
                     "Message-ID": "<%s@%s>" % (ctx.hex(32), dom),
                     "X-Sender": sender}}


def aruba(ctx, sender, client_name, client_ip, lang="it", replies=0):
    t1 = ctx.at(1)
    n = ctx.rng.randint(10, 19)
    host = "smtpdh%d-2.aruba.it" % n
    trace = [("Received", R("from %s ([%s])" % (client_name, client_ip),
                            "by Aruba Outgoing Smtp  with ESMTPSA",
                            "id %s; %s" % (ctx.alnum(18), rfcdate(t1, "IT")))),
             ("X-Sender", sender)]
    r = {"rp": sender, "client": (host, host, "62.149.155.%d" % (150 + n), "1.3"),
         "trace": trace, "mx_delay": 2}
    r.update(mua_olk16(ctx, sender, "IT", lang, replies))
    return r


def homepl(ctx, sender, client_ip, lang="pl", replies=0, mua="olk16", srvno=94114):
    t1 = ctx.at(1)
    srv = "cloudserver%06d.home.pl" % srvno
    ip = "79.96.170.134"
    if mua == "roundcube":
        first = "from webmail.home.pl (%s) [%s]" % ("unknown", client_ip)
    else:
        first = "from DESKTOP-%s (%s) [%s]" % ("T7Q2MZK", "unknown", client_ip)
    trace = [("Received", R(first,
                            "by %s (79.96.170.134) with SMTP (IdeaSmtpServer 6.0.1)" % srv,
                            "id %s; %s" % (ctx.hex(16), rfcdate(t1, "PL"))))]
    r = {"rp": sender, "client": (srv, srv, ip, "1.2"), "trace": trace, "mx_delay": 2}
    if mua == "roundcube":
        r.update(mua_roundcube(ctx, sender, "PL", "1.6.7"))
    else:
        r.update(mua_olk16(ctx, sender, "PL", lang, replies))
    return r


def otenet(ctx, sender, client_ip, lang="el", replies=0):
    t1 = ctx.at(1)
    n = ctx.rng.randint(1, 9)
    host = "mailsrv0%d.otenet.gr" % n
    a, b, c, d = client_ip.split(".")
    trace = [("Received", R("from DESKTOP-%s (ppp-%s-%s-%s-%s.home.otenet.gr [%s])" % (ctx.alnum(7, string.ascii_uppercase + string.digits), a, b, c, d, client_ip),
                            "by %s (Postfix) with ESMTPSA id %s" % (host, ctx.hex(10, True)),
                            "for <%s>; %s" % (ctx.rcpt, rfcdate(t1, "GR", comment=True))))]
    r = {"rp": sender, "client": (host, host, "83.235.69.%d" % (50 + n), "1.2"),
         "trace": trace, "mx_delay": 2}
    r.update(mua_olk16(ctx, sender, "GR", lang, replies))
    return r


def yandex(ctx, sender, mua="yamail", zone="RU", client_ip="95.55.%d.%d"):
    t1, t2 = ctx.at(1), ctx.at(2)
    fw = "forward%d%s.mail.yandex.net" % (ctx.rng.choice((100, 101, 500, 501, 502)), ctx.rng.choice("ab"))
    fwip = "178.154.239.%d" % ctx.rng.randint(70, 230)
    nw = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (ctx.rng.randint(10, 90), ctx.rng.choice(("sas", "vla", "klg", "iva")))
    cip = client_ip % (ctx.rng.randint(1, 250), ctx.rng.randint(1, 250)) if "%" in client_ip else client_ip
    sid = ctx.alnum(12) + "-" + ctx.alnum(8)
    trace = [("Received", R("from %s (%s [%s])" % (nw, nw, "2a02:6b8:c0c:%s:0:640:%s:0" % (ctx.hex(4), ctx.hex(4))),
                            "by %s (Yandex) with ESMTPS id %s" % (fw, ctx.alnum(10)),
                            "for <%s>; %s" % (ctx.rcpt, rfcdate(t2, "RU")))),
             ("Received", R("by %s (smtp/Yandex) with ESMTPSA id %s;" % (nw, sid),
                            "%s" % rfcdate(t1, "RU"))),
             ("X-Yandex-Fwd", "1")]
    r = {"rp": sender, "client": (fw, fw, fwip, "1.3"), "trace": trace, "mx_delay": 2}
    if mua == "yamail":
        r.update({"order": ORDER_YAMAIL,
                  "boundary": lambda *a: "----==--bound.%d.%s" % (ctx.rng.randint(100000, 999999), nw.split(".")[0].replace("mail-nwsmtp-smtp-production-main-", "myt") + ".yp-c.yandex.net"),
                  "auto": {"MIME-Version": "1.0", "X-Mailer": "Yamail [ http://yandex.ru ] 5.0",
                           "Date": rfcdate(ctx.t, zone),
                           "Message-Id": "<%d%d@mail.yandex.ru>" % (ctx.rng.randint(100000, 999999), ctx.epoch())}})
    elif mua == "bat":
        lt = ctx.t + dt.timedelta(hours=3)
        r.update({"order": ORDER_BAT, "boundary": lambda *a: "----------%s" % ctx.hex(15, True),
                  "auto": {"Date": rfcdate(ctx.t, zone), "X-Priority": "3 (Normal)",
                           "Message-ID": "<%d.%s@%s>" % (ctx.rng.randint(10 ** 8, 2 * 10 ** 9), lt.strftime("%Y%m%d%H%M%S"), sender.split("@")[1]),
                           "MIME-Version": "1.0",
                           "X-Mailer": "The Bat! (v11.3.2) Professional"}})
    return r


# ---------------------------------------------------------- bulk ESPs ----

def sendgrid(ctx, sender, em_domain, mua_extra=None):
    t0 = ctx.at(0)
    host = ctx.alnum(8, "abcdefghijklmnopqrstuvwxyz") + ".outbound-mail.sendgrid.net"
    ip = "149.72.%d.%d" % (ctx.rng.randint(100, 250), ctx.rng.randint(2, 250))
    uid = ctx.rng.randint(10 ** 7, 5 * 10 ** 7)
    pod = "geopod-ismtpd-%d" % ctx.rng.randint(1, 60)
    frh = "filterdrecv-%s-%s" % (ctx.hex(10), ctx.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    rp = "bounces+%d-%s-%s@%s" % (uid, ctx.hex(4), ctx.rcpt.replace("@", "="), em_domain)
    trace = [("Received", R("by %s with SMTP id %s-1-%s-%s" % (frh, frh, ctx.hex(8, True), ctx.hex(2, True)),
                            "        %s.%s +0000 UTC m=+%d.%09d" % (t0.strftime("%Y-%m-%d %H:%M:%S"), ctx.digits(9), ctx.rng.randint(10 ** 5, 10 ** 7), ctx.rng.randint(0, 10 ** 9 - 1))).replace("\t        ", "        ")),
             ("Received", R("from %s (unknown)" % ctx.alnum(24, B62),
                            "by %s (SG) with HTTP" % pod,
                            "id %s" % ctx.alnum(22, B62 + "_-"),
                            "%s.%03d +0000 (UTC)" % (rfcdate(t0, "UTC")[:-6], ctx.rng.randint(0, 999))))]
    mid = "<%s@%s>" % (ctx.alnum(22, B62 + "_-"), pod)
    auto = {"Message-ID": mid, "Date": rfcdate(ctx.t, "UTC").replace("+0000", "+0000"),
            "MIME-Version": "1.0",
            "X-SG-EID": "u001." + ctx.alnum(120, B62 + "+/") + "==",
            "X-SG-ID": "u001." + ctx.alnum(60, B62 + "+/"),
            "X-Entity-ID": "u001." + ctx.alnum(22, B62 + "+/") + "=="}
    if mua_extra:
        auto.update(mua_extra)
    return {"rp": rp, "client": (host, "o%d.ptr%d.%s" % (ctx.rng.randint(1, 30), ctx.rng.randint(1000, 9999), em_domain.split(".", 1)[1]), ip, "1.2"),
            "trace": trace, "mx_delay": 1, "order": ORDER_BULK + ["X-SG-EID", "X-SG-ID", "X-Entity-ID"],
            "boundary": lambda *a: ctx.hex(64), "auto": auto}


def mailgun(ctx, sender, mg_domain):
    t0 = ctx.at(0)
    last = ctx.rng.randint(2, 250)
    ip = "159.135.%d.%d" % (ctx.rng.choice((224, 228, 232)), last)
    host = "m%s-%d.mailgun.net" % (ip.split(".")[2], last)
    msid = "%s%s.%s" % (t0.strftime("%Y%m%d%H%M%S"), "", ctx.hex(16))
    rp = "bounce+%s.%s-%s@%s" % (ctx.hex(6), ctx.hex(6), ctx.rcpt.replace("@", "="), mg_domain)
    trace = [("X-Mailgun-Sid", "Wy" + ctx.alnum(70, B62) + "="),
             ("Received", R("by %s with HTTP id %s; %s" % (ctx.hex(12), ctx.hex(24), rfcdate(t0, "GMT", zero_style="GMT")))),
             ("X-Mailgun-Sending-Ip", ip)]
    auto = {"Message-Id": "<%s@%s>" % (msid, mg_domain), "Date": rfcdate(ctx.t, "UTC"),
            "MIME-Version": "1.0", "Sender": sender}
    order = ["Sender", "Date", "From", "Reply-To", "To", "Subject", "Message-Id",
             "MIME-Version", "__BODY__", "List-Unsubscribe", "List-Unsubscribe-Post"]
    return {"rp": rp, "client": (host, host, ip, "1.3"), "trace": trace, "mx_delay": 1,
            "order": order, "boundary": lambda *a: ctx.hex(64), "auto": auto}


def brevo(ctx, sender, campaign=True):
    t0 = ctx.at(0)
    ip = "77.32.148.%d" % ctx.rng.randint(2, 250)
    host = "o%d.sender-sib.com" % ctx.rng.randint(1, 40)
    acct = ctx.rng.randint(1000000, 9999999)
    rp = "bounces-%d-%s@sibmail.com" % (acct, ctx.hex(10))
    mid = "<%s.%d@smtp-relay.mailin.fr>" % (t0.strftime("%Y%m%d%H%M"), ctx.rng.randint(10 ** 10, 10 ** 11))
    trace = [("Received", R("from [172.21.%d.%d] (unknown [172.21.%d.%d])" % (ctx.rng.randint(0, 250), ctx.rng.randint(0, 250), ctx.rng.randint(0, 250), ctx.rng.randint(0, 250)),
                            "by smtp-relay.brevo.com (Brevo) with ESMTP id %s" % ctx.hex(12, True),
                            "for <%s>; %s" % (ctx.rcpt, rfcdate(t0, "UTC"))))]
    auto = {"Message-Id": mid, "Date": rfcdate(ctx.t, "UTC"), "MIME-Version": "1.0",
            "X-Mailer": "Brevo",
            "X-sib-id": ctx.alnum(64, B62 + "_-"),
            "X-CSA-Complaints": "csa-complaints@eco.de",
            "Feedback-ID": "%s:%d_-1:%d:Brevo" % (ip, acct, ctx.rng.randint(100, 9999))}
    order = ["Date", "From", "Reply-To", "To", "Message-Id", "Subject", "MIME-Version",
             "__BODY__", "X-sib-id", "X-CSA-Complaints", "List-Unsubscribe",
             "List-Unsubscribe-Post", "Feedback-ID", "X-Mailer"]
    return {"rp": rp, "client": (host, host, ip, "1.3"), "trace": trace, "mx_delay": 1,
            "order": order, "boundary": lambda *a: "===============%d==" % ctx.rng.randint(10 ** 17, 10 ** 18), "auto": auto}


def ses(ctx, sender, region="eu-west-1", feedback=None):
    t0 = ctx.at(0)
    mid_core = "01%s%s-%s-%s-%s-%s-000000" % ("02" if region == "eu-west-1" else "07", ctx.hex(14),
                                             ctx.hex(8), ctx.hex(4), ctx.hex(4), ctx.hex(4) + ctx.hex(8))
    blk = ctx.rng.choice(("a7", "a8", "b224"))
    last = ctx.rng.randint(10, 99)
    ipn = {"a7": "54.240.7", "a8": "54.240.8", "b224": "76.223.128"}[blk]
    host = "%s-%d.smtp-out.%s.amazonses.com" % (blk, last, region)
    ip = "%s.%d" % (ipn, last)
    auto = {"Message-ID": "<%s@%s.amazonses.com>" % (mid_core, region),
            "Date": rfcdate(ctx.t, "UTC"), "MIME-Version": "1.0",
            "Feedback-ID": feedback or "::1.%s.%s=:AmazonSES" % (region, ctx.alnum(43, B62 + "+/")),
            "X-SES-Outgoing": "%s-%s" % (t0.strftime("%Y.%m.%d"), ip)}
    order = ["From", "To", "Reply-To", "Subject", "MIME-Version", "__BODY__",
             "Message-ID", "Date", "List-Unsubscribe", "List-Unsubscribe-Post",
             "Feedback-ID", "X-SES-Outgoing"]
    return {"rp": "%s@%s.amazonses.com" % (mid_core, region), "client": (host, host, ip, "1.3"),
            "trace": [], "mx_delay": 1, "order": order,
            "boundary": lambda *a: "----=_Part_%d_%d.%d" % (ctx.rng.randint(10 ** 5, 10 ** 7), ctx.rng.randint(10 ** 8, 2 * 10 ** 9), ctx.ms()),
            "auto": auto}


def mailchimp(ctx, sender, account="us21"):
    t0 = ctx.at(0)
    a = ctx.rng.randint(130, 230)
    host = "mail%d-%d.atl%d.mcsv.net" % (a, ctx.rng.randint(1, 250), ctx.rng.randint(11, 221))
    ip = "198.2.%d.%s" % (a, host.split("-")[1].split(".")[0])
    uid = ctx.hex(25)
    rp = "bounce-mc.%s_%d.%d-%s@%s" % (account, ctx.rng.randint(10 ** 7, 10 ** 8), ctx.rng.randint(10 ** 6, 10 ** 7), ctx.rcpt.replace("@", "="), host)
    trace = [("Received", "(from localhost) by %s id h%s for <%s>; %s" % (host, ctx.alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789"), ctx.rcpt, rfcdate(t0, "UTC")))]
    auto = {"Message-ID": "<%s.%s@%s>" % (ctx.hex(24), ctx.hex(8), host), "Date": rfcdate(ctx.t, "UTC"),
            "MIME-Version": "1.0", "X-Mailer": "MailChimp Mailer - **CID%s%s**" % (ctx.hex(10), ctx.hex(10)),
            "X-Campaign": "mailchimp%s.%s" % (uid, ctx.hex(10)),
            "X-campaignid": "mailchimp%s.%s" % (uid, ctx.hex(10)),
            "X-Report-Abuse": "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (uid, ctx.hex(10), ctx.hex(10)),
            "X-MC-User": uid, "Feedback-ID": "%d:%d.%d:%s:mc" % (ctx.rng.randint(10 ** 7, 10 ** 8), ctx.rng.randint(10 ** 7, 10 ** 8), ctx.rng.randint(10 ** 6, 10 ** 7), account),
            "X-Accounttype": "pd"}
    order = ["Subject", "From", "Reply-To", "To", "Date", "Message-ID", "List-ID",
             "List-Unsubscribe", "List-Unsubscribe-Post", "X-Mailer", "X-Campaign",
             "X-campaignid", "X-Report-Abuse", "X-MC-User", "Feedback-ID",
             "X-Accounttype", "MIME-Version", "__BODY__"]
    return {"rp": rp, "client": (host, host, ip, None and "1.2" or "1.2"), "trace": trace, "mx_delay": 1,
            "order": order, "boundary": lambda *a: "_----------=_MCPart_%d" % ctx.rng.randint(10 ** 9, 2 * 10 ** 9),
            "auto": auto, "uid": uid}


def mailup(ctx, sender, cid):
    t0 = ctx.at(0)
    last = ctx.rng.randint(2, 250)
    host = "mta%d.mailupclient.com" % ctx.rng.randint(10, 99)
    ip = "185.18.%d.%d" % (ctx.rng.randint(232, 235), last)
    rp = "bounce-%d.%s@%s" % (cid, ctx.hex(12), "bounce.mailupclient.com")
    trace = [("Received", R("from app%d.mailup.local (unknown [10.39.%d.%d])" % (ctx.rng.randint(1, 40), ctx.rng.randint(0, 250), ctx.rng.randint(0, 250)),
                            "by %s (Postfix) with ESMTP id %s; %s" % (host, ctx.hex(10, True), rfcdate(t0, "IT"))))]
    auto = {"Message-ID": "<%s.%d.%d@%s>" % (ctx.hex(16), cid, ctx.rng.randint(10 ** 6, 10 ** 7), host),
            "Date": rfcdate(ctx.t, "IT"), "MIME-Version": "1.0",
            "X-Mailer": "MailUp (9.%d.%d)" % (ctx.rng.randint(1, 9), ctx.rng.randint(0, 9)),
            "X-MailUp-ClientID": str(cid)}
    return {"rp": rp, "client": (host, host, ip, "1.2"), "trace": trace, "mx_delay": 1,
            "order": ORDER_BULK + ["X-MailUp-ClientID"], "boundary": lambda *a: "MU" + ctx.hex(30), "auto": auto}


# ------------------------------------------------------ misc senders ----

def phpmailer_cpanel(ctx, sender, server, server_ip, client_ip, site, uid=1003,
                     zone="UK", php_script="index.php"):
    t0 = ctx.at(0)
    eid = "1t%s-%s-%s" % (ctx.alnum(4), ctx.alnum(6), ctx.alnum(2))
    trace = [("Received", R("from [%s] (port=%d helo=%s)" % (client_ip, ctx.rng.randint(40000, 65000), site),
                            "by %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384" % server,
                            "(Exim 4.98)",
                            "(envelope-from <%s>)" % sender,
                            "id %s" % eid,
                            "for %s;" % ctx.rcpt,
                            "%s" % rfcdate(t0, zone))),
             ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
             ("X-AntiAbuse", "Primary Hostname - %s" % server),
             ("X-AntiAbuse", "Original Domain - example.com"),
             ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
             ("X-AntiAbuse", "Sender Address Domain - %s" % sender.split("@")[1]),
             ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, sender)),
             ("X-Authenticated-Sender", "%s: %s" % (server, sender))]
    auto = {"Date": rfcdate(ctx.t, zone), "Message-ID": "<%s@%s>" % (ctx.alnum(42, B62), site),
            "X-Mailer": "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)",
            "MIME-Version": "1.0"}
    return {"rp": sender, "client": (server, server, server_ip, "1.3"), "trace": trace,
            "mx_delay": 2, "order": ORDER_PHPMAILER, "boundary": lambda *a: b_php(ctx), "auto": auto}


def strato(ctx, sender, client_ip, mua="olk16", lang="de"):
    t0 = ctx.at(0)
    host = "mo4-p0%d-ob.smtp.rzone.de" % ctx.rng.randint(0, 3)
    ip = "81.169.146.%d" % ctx.rng.randint(160, 230)
    trace = [("Received", R("from [%s]" % client_ip,
                            "by smtp.strato.de (RZmta 51.3.0 AUTH)",
                            "with ESMTPSA id %s" % (ctx.alnum(7) + ctx.alnum(7)),
                            "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))",
                            "(Client did not present a certificate)",
                            "for <%s>;" % ctx.rcpt,
                            "%s" % rfcdate(t0, "DE"))),
             ("X-RZG-AUTH", ":" + ctx.alnum(60, B62 + "+/") + "="),
             ("X-RZG-CLASS-ID", "mo0%d" % ctx.rng.randint(0, 9))]
    r = {"rp": sender, "client": (host, host, ip, "1.3"), "trace": trace, "mx_delay": 2}
    if mua == "olk16":
        r.update(mua_olk16(ctx, sender, "DE", lang))
    else:
        r.update(mua_tb(ctx, sender, "DE", lang))
    return r


def ionos(ctx, sender, client_ip, mua="tb", lang="es-ES", zone="ES"):
    t0 = ctx.at(0)
    ip = "212.227.126.%d" % ctx.rng.randint(130, 190)
    mr = "mreue%03d" % ctx.rng.randint(100, 120)
    trace = [("Received", R("from [192.168.1.%d] ([%s]) by mrelayeu.kundenserver.de" % (ctx.rng.randint(2, 200), client_ip),
                            " (%s [212.227.15.%d]) with ESMTPSA (Nemesis) id %s; %s" % (mr, ctx.rng.randint(160, 190), "1M" + ctx.alnum(5) + "-1t" + ctx.alnum(10) + "-00" + ctx.alnum(6), rfcdate(t0, zone)))),
             ("X-Provags-ID", "V03:K1:" + ctx.alnum(60, B62 + "+/"))]
    r = {"rp": sender, "client": ("mout.kundenserver.de", "mout.kundenserver.de", ip, "1.3"),
         "trace": trace, "mx_delay": 2}
    if mua == "tb":
        r.update(mua_tb(ctx, sender, zone, lang))
    else:
        r.update(mua_olk16(ctx, sender, zone, lang))
    return r


def zoho_eu(ctx, sender, client_ip, zone="DE"):
    t0 = ctx.at(0)
    n = ctx.rng.randint(1, 9)
    host = "sender%d-op-o%d.zoho.eu" % (n, ctx.rng.randint(10, 20))
    ip = "136.143.169.%d" % ctx.rng.randint(1, 60)
    trace = [("Received", R("from mail.zoho.eu by mx.zoho.eu",
                            "with SMTP id %d%d; %s" % (ctx.ms(), ctx.rng.randint(100, 999), rfcdate(t0, "UTC")))),
             ("Received", R("from [%s] by mail.zoho.eu" % client_ip,
                            "with HTTP id %s; %s" % (ctx.hex(11), rfcdate(t0, "UTC"))))]
    auto = {"Date": rfcdate(ctx.t, zone),
            "Message-Id": "<%s.%s.%d@%s>" % (ctx.hex(11), ctx.hex(12), ctx.rng.randint(10 ** 18, 10 ** 19), sender.split("@")[1]),
            "MIME-Version": "1.0", "Importance": "Medium",
            "User-Agent": "Zoho Mail", "X-Mailer": "Zoho Mail"}
    return {"rp": sender, "client": (host, host, ip, "1.3"), "trace": trace, "mx_delay": 2,
            "order": ORDER_ZOHO, "boundary": lambda *a: "----=_Part_%d_%d.%d" % (ctx.rng.randint(10 ** 5, 10 ** 7), ctx.rng.randint(10 ** 8, 2 * 10 ** 9), ctx.ms()),
            "auto": auto}


def vps_direct(ctx, sender, helo, rdns, ip, mua="roundcube", zone="DE",
               tls="1.3", local_hop=True, lang=None,
               sub_from="[127.0.0.1] (localhost [127.0.0.1])"):
    """Attacker-operated Postfix on a rented VPS, submission from webmail
    or a local script."""
    t0 = ctx.at(0)
    trace = []
    if local_hop:
        trace.append(("Received", R("from %s" % sub_from,
                                    "(Authenticated sender: %s)" % sender,
                                    "by %s (Postfix) with ESMTPSA id %s" % (helo, ctx.hex(10, True)),
                                    "for <%s>; %s" % (ctx.rcpt, rfcdate(t0, zone, comment=True)))))
    r = {"rp": sender, "client": (helo, rdns, ip, tls), "trace": trace, "mx_delay": 1}
    if mua == "roundcube":
        r.update(mua_roundcube(ctx, sender, zone))
    elif mua == "tb":
        r.update(mua_tb(ctx, sender, zone, lang))
    elif mua == "olk16":
        r.update(mua_olk16(ctx, sender, zone, lang or "de"))
    elif mua == "phpmailer":
        r.update({"order": ORDER_PHPMAILER, "boundary": lambda *a: b_php(ctx),
                  "auto": {"Date": rfcdate(ctx.t, zone), "Message-ID": "<%s@%s>" % (ctx.alnum(42, B62), helo),
                           "X-Mailer": "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)",
                           "MIME-Version": "1.0"}})
    elif mua == "python":
        r.update({"order": ["Content-Type", "MIME-Version", "Subject", "From", "To", "Date", "Message-ID", "__BODY__"],
                  "boundary": lambda *a: "===============%d==" % ctx.rng.randint(10 ** 18, 10 ** 19 - 1),
                  "auto": {"MIME-Version": "1.0", "Date": rfcdate(ctx.t, zone),
                           "Message-ID": "<%d.%d.%d@%s>" % (ctx.rng.randint(10 ** 17, 10 ** 18), ctx.rng.randint(1000, 99999), ctx.ms(), helo)}})
    return r


def exchange_onprem_external(ctx, sender, org_host, org_ip, edge_helo, client_ip,
                             zone="DE", lang="de-DE", topic=None, has_attach=False,
                             replies=0):
    """Another company's own on-prem Exchange (e.g. the customer)."""
    t1, t2 = ctx.at(1), ctx.at(2)
    fe = "fe80::%s:%s:%s:%s" % (ctx.hex(4), ctx.hex(4), ctx.hex(4), ctx.hex(4))
    trace = [("Received", R("from %s (%s) by %s (%s)" % (org_host, client_ip, edge_helo, org_ip),
                            " with Microsoft SMTP Server (version=TLS1_2,",
                            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39;",
                            " %s" % rfcdate(t2, zone))),
             ("Received", R("from %s ([%s]) by %s" % (org_host, fe, org_host),
                            " ([%s%%4]) with mapi id 15.01.2507.039; %s" % (fe, rfcdate(t1, zone))))]
    mid_local = ctx.hex(32)
    return {"rp": sender, "client": (edge_helo, edge_helo, org_ip, "1.2"), "trace": trace,
            "mx_delay": 2, "order": ORDER_OUTLOOK,
            "boundary": lambda kind="000": "_%s_%s%s_" % (kind, mid_local, org_host.replace(".", "").replace("-", "")),
            "auto": {"Message-ID": "<%s@%s>" % (mid_local, org_host), "Date": rfcdate(ctx.t, zone),
                     "Thread-Topic": topic, "Thread-Index": thread_index(ctx, replies),
                     "Accept-Language": lang + ", en-US", "Content-Language": lang,
                     "X-MS-Has-Attach": "yes" if has_attach else "", "X-MS-TNEF-Correlator": "",
                     "x-originating-ip": "[%s]" % client_ip, "MIME-Version": "1.0"}}


def simple(ctx, rp, client, trace, auto, order, boundary, mx_delay=2):
    """Generic route for service senders with their own infrastructure."""
    return {"rp": rp, "client": client, "trace": trace, "auto": auto,
            "order": order, "boundary": boundary, "mx_delay": mx_delay}
