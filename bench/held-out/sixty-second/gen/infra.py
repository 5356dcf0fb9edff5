"""Dates, IDs and Received-header templates of the various sending systems."""
import base64
import hashlib
import random
from datetime import datetime, timedelta, timezone

MX = "mx01.example.com"

# --------------------------------------------------------------- time ----

def T(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def _last_sunday(year, month):
    d = datetime(year, month, 31 if month in (3, 10) else 30, tzinfo=timezone.utc)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def _eu_summer(utc):
    s = _last_sunday(utc.year, 3).replace(hour=1)
    e = _last_sunday(utc.year, 10).replace(hour=1)
    return s <= utc < e


def _us_summer(utc):
    # first Sunday of November 2026 is 1 Nov; 2am local
    return utc < datetime(utc.year, 11, 1, 9, tzinfo=timezone.utc)


ZONES = {
    "CE": (60, "CET", "CEST", _eu_summer),
    "EE": (120, "EET", "EEST", _eu_summer),
    "GB": (0, "GMT", "BST", _eu_summer),
    "MSK": (180, "MSK", "MSK", None),
    "UTC": (0, "UTC", "UTC", None),
    "GMT": (0, "GMT", "GMT", None),
    "PT": (-480, "PST", "PDT", _us_summer),
    "TR": (180, "+03", "+03", None),
    "BR": (-180, "-03", "-03", None),
}
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def local(utc, zone):
    base, std, dst, f = ZONES[zone]
    summer = f(utc) if f else False
    off = base + (60 if summer else 0)
    return utc + timedelta(minutes=off), off, (dst if summer else std)


def rdate(utc, zone="CE", comment=False, day="nopad"):
    lt, off, abbr = local(utc, zone)
    sign = "+" if off >= 0 else "-"
    dd = {"nopad": str(lt.day), "pad0": "%02d" % lt.day, "space": "%2d" % lt.day}[day]
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        _DAYS[lt.weekday()], dd, _MONS[lt.month - 1], lt.year, lt.hour, lt.minute,
        lt.second, sign, abs(off) // 60, abs(off) % 60)
    if comment:
        s += " (%s)" % abbr
    return s


def plus(t, seconds):
    return t + timedelta(seconds=seconds)


# ---------------------------------------------------------------- IDs ----

class Ids:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def hex(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(chars) for _ in range(n))

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def uuid(self, upper=False):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        s = "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
        return s.upper() if upper else s

    def qid(self):
        # Postfix long queue id
        a = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
        return "4" + self.alnum(9, a) + "z" + self.alnum(4, a)

    def b64(self, n):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(n))).decode()

    # message-id styles -------------------------------------------------
    def mid_exchange(self, host):
        return "<%s@%s>" % (self.hex(32), host)

    def mid_exo(self, server, region="eurprd07"):
        return "<%s%s@%s.%s.prod.outlook.com>" % (server, self.hex(32, True)[:26], server, region)

    def mid_gmail(self):
        s = self.alnum(54, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
        return "<CA%s@mail.gmail.com>" % s

    def mid_tb(self, domain):
        return "<%s@%s>" % (self.uuid(), domain)

    def mid_apple(self, domain):
        return "<%s@%s>" % (self.uuid(True), domain)

    def mid_trinity(self, host, t):
        ms = int(t.timestamp() * 1000) + self.r.randrange(999)
        return "<trinity-%s-%d@%s>" % (self.uuid(), ms, host)

    def mid_outlook_smtp(self, domain):
        return "<%s01dc%s$%s$%s$@%s>" % (self.hex(4), self.hex(4), self.hex(8), self.hex(8), domain)

    def mid_hexat(self, domain, n=32):
        return "<%s@%s>" % (self.hex(n), domain)

    def mid_phpmailer(self, domain):
        return "<%s@%s>" % (self.alnum(43), domain)

    def thread_index(self):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(22))).decode()

    # boundaries ----------------------------------------------------------
    def b_outlook(self, server=None, n=0):
        if server:  # Exchange / Outlook with Exchange
            return "_%03d_%s%s_" % (n, server, self.hex(32, True)[:36])
        return "----=_NextPart_%03d_%s_01DC%s.%s" % (n, self.hex(4, True), self.hex(4, True), self.hex(8, True))

    def b_tb(self):
        return "------------" + self.alnum(24)

    def b_gmail(self):
        return "0000000000" + self.hex(18)

    def b_apple(self):
        return "Apple-Mail=_" + self.uuid(True)

    def b_generic(self, prefix="=_"):
        return prefix + self.hex(32)


# ------------------------------------------------------ Received lines ----

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)\n\t")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)\n\t")


def mx(ids, helo, rdns, ip, rcpt, t, tls="1.3"):
    """Top Received header added by mx01 (Postfix)."""
    rd = rdns or "unknown"
    tl = {"1.3": TLS13, "1.2": TLS12, None: ""}[tls]
    w = "ESMTPS" if tls else "ESMTP"
    return ("from %s (%s [%s])\n\t%sby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        helo, rd, ip, tl, MX, w, ids.qid(), rcpt, rdate(t, "CE", True, "space")))


def postfix(ids, by, helo, rdns, ip, t, zone="CE", tls=None, auth=False, rcpt=None,
            product="Postfix"):
    tl = {"1.3": TLS13, "1.2": TLS12, None: ""}[tls]
    w = ("ESMTPSA" if auth else ("ESMTPS" if tls else "ESMTP"))
    s = "from %s (%s [%s])\n\t%sby %s (%s) with %s id %s" % (
        helo, rdns or "unknown", ip, tl, by, product, w, ids.qid())
    if rcpt:
        s += "\n\tfor <%s>" % rcpt
    return s + "; " + rdate(t, zone, True, "space")


def postfix_local(ids, by, t, zone="CE"):
    return "by %s (Postfix, from userid 33)\n\tid %s; %s" % (by, ids.qid(), rdate(t, zone, True, "space"))


def exim(ids, by, client_ip, helo, t, env_from, rcpt, zone="CE", auth=True):
    port = 40000 + ids.r.randrange(25000)
    eid = "%s-%s-%s" % (ids.alnum(6), ids.alnum(6), ids.alnum(2))
    return ("from [%s] (port=%d helo=%s)\n\tby %s with %s (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            "\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s" % (
                client_ip, port, helo, by, "esmtpsa" if auth else "esmtps", env_from, eid,
                rcpt, rdate(t, zone, False, "pad0")))


def exchange_onprem(ids, mbx_from, ip_from, mbx_by, ip_by, t, zone="CE", ver="15.2.1544.14"):
    return ("from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n"
            " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n"
            " %s; %s" % (mbx_from, ip_from, mbx_by, ip_by, ver, rdate(t, zone)))


def exchange_mapi(ids, mbx, t, zone="CE", ver="15.02.1544.014"):
    ll = "fe80::%s:%s:%s:%s" % (ids.hex(4), ids.hex(4), ids.hex(4), ids.hex(4))
    return ("from %s ([%s]) by %s\n ([%s%%4]) with mapi id %s; %s" % (
        mbx, ll, mbx, ll, ver, rdate(t, zone)))


def internal_chain(ids, rcpt, t, mbx="EXG-MBX01.corp.example.com", mbx_ip="10.20.1.11"):
    """mx01 <- mail-int01 <- Exchange (on-premises), internal mail."""
    return [
        mx(ids, "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", rcpt, plus(t, 3), tls="1.2"),
        postfix(ids, "mail-int01.example.com", mbx, mbx.lower(), mbx_ip, plus(t, 2), tls="1.2"),
        exchange_mapi(ids, mbx, plus(t, 1)),
    ]


def exo(ids, server, region, t, out_host, out_ip, rcpt):
    """Exchange Online outbound chain, top (mx01) first."""
    pod = server[:3]
    ip6a = "2603:10a6:%s:%s::%s" % (ids.hex(3).lstrip("0") or "1", ids.hex(3).lstrip("0") or "2", ids.r.randrange(1, 30))
    ip6b = "2603:10a6:%s:%s::%s" % (ids.hex(3).lstrip("0") or "1", ids.hex(3).lstrip("0") or "2", ids.r.randrange(1, 30))
    other = "%s%s%sMB%s" % (pod, ids.r.choice(["PR", "P1"]), "0" + str(ids.r.randrange(1, 9)), ids.digits(4))
    ll = "fe80::%s:%s:%s:%s%%%d" % (ids.hex(4), ids.hex(4), ids.hex(4), ids.hex(4), ids.r.randrange(3, 7))
    suffix = "%s.prod.outlook.com" % region
    return [
        mx(ids, out_host.split(" ")[0], out_host.split(" ")[-1], out_ip, rcpt, plus(t, 4), tls="1.2"),
        "from %s.%s (%s)\n by %s.%s (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n"
        " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9094.16; %s" % (
            server, suffix, ip6a, other, suffix, ip6b, rdate(plus(t, 2), "UTC")),
        "from %s.%s\n ([%s]) by %s.%s\n ([%s]) with mapi id 15.20.9094.015; %s" % (
            server, suffix, ll, server, suffix, ll, rdate(plus(t, 1), "UTC")),
    ]


def exo_out(region_tag, ids):
    """Exchange Online outbound host (HELO rDNS) and IP for a region tag like EUR05 / GBR01."""
    dcs = {"EUR": ["AM6", "DB3", "VI1", "DB5", "AM7", "FR2"], "GBR": ["LO2", "CWL", "LO4"],
           "NAM": ["DM6", "BN8", "CO1", "MW2"]}[region_tag[:3]]
    dc = ids.r.choice(dcs)
    n = ids.r.randrange(2000, 2200)
    ip = "40.107.%d.%d" % (ids.r.choice([20, 21, 22, 103, 104, 105, 130, 159]), ids.r.randrange(10, 250))
    host = "%s-%s-obe.outbound.protection.outlook.com" % (region_tag, dc)
    rd = "mail-%s%son%d.outbound.protection.outlook.com" % (dc.lower(), region_tag.lower(), n)
    return host + " " + rd, ip


def exo_hdrs(ids, server, region, t, topic, lang="en-GB", attach=False, mid=None):
    tenant = ids.uuid()
    ms = ids.r.randrange(1000, 9999)
    lt = t.strftime("%d %b %Y %H:%M:%S").lstrip("0")
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", ids.thread_index()),
        ("Date", rdate(t, "UTC")),
        ("Message-ID", mid or ids.mid_exo(server, region)),
        ("Accept-Language", "%s, en-US" % lang),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-publictraffictype", "Email"),
        ("x-ms-office365-filtering-correlation-id", ids.uuid()),
        ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s.%d (UTC)" % (lt, ms)),
        ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
        ("X-MS-Exchange-CrossTenant-id", tenant),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", server),
    ]


def gmail(ids, t, rcpt, smtp_host=None, ip=None, zone="PT", sor=False):
    """Gmail / Google outbound: returns (received list, extra headers)."""
    if sor:
        n = ids.r.randrange(41, 101)
        smtp_host = smtp_host or "mail-sor-f%d.google.com" % n
        ip = ip or "209.85.220.%d" % n
    else:
        n = ids.r.randrange(41, 80)
        smtp_host = smtp_host or "mail-wr1-f%d.google.com" % n
        ip = ip or "209.85.221.%d" % n
    rec = [
        mx(ids, smtp_host, smtp_host, ip, rcpt, plus(t, 3), tls="1.3"),
        "by %s with SMTP id %s-%s.%d\n        for <%s>; %s" % (
            smtp_host, "ffacd0b85a97d" if not sor else "a640c23a62f3a", ids.hex(12), ids.r.randrange(1, 9), rcpt,
            rdate(plus(t, 1), zone, False, "nopad") + " (%s)" % local(t, zone)[2]),
    ]
    extra = [
        ("X-Google-Smtp-Source", "AGHT+I" + ids.alnum(80)),
        ("X-Received", "by 2002:a05:6000:%s:b0:3a5:%s:%s with SMTP id %s-%s.%d.%d;\n        %s" % (
            ids.hex(4), ids.hex(3), ids.hex(4), "ffacd0b85a97d", ids.hex(12), ids.r.randrange(1, 9),
            ids.r.randrange(1000000, 9999999), rdate(plus(t, 1), zone, False, "nopad") + " (%s)" % local(t, zone)[2])),
    ]
    return rec, extra


def webde(ids, t, rcpt, client_ip, brand="webde", zone="CE"):
    """web.de / GMX webmail chain."""
    if brand == "webde":
        out, oip, app, relay = "mout.web.de", "212.227.15.%d" % ids.r.choice([3, 4, 14, 15]), \
            "3c-app-webde-bap%02d" % ids.r.randrange(1, 60), "web-mail.web.de"
    else:
        out, oip, app, relay = "mout.gmx.net", "212.227.17.%d" % ids.r.choice([20, 21, 22]), \
            "3c-app-gmx-bap%02d" % ids.r.randrange(1, 60), "web-mail.gmx.net"
    mre = "mrelayeu.kundenserver.de"
    rec = [
        mx(ids, out, out, oip, rcpt, plus(t, 2), tls="1.3"),
        "from [%s] ([%s]) by %s\n (%s.server.lan [172.19.170.%d]) (via HTTP); %s" % (
            client_ip, client_ip, relay, app, ids.r.randrange(2, 250), rdate(t, zone, False, "nopad")),
    ]
    return rec, app


def yandex(ids, t, rcpt, client_ip):
    n = ids.r.randrange(100, 999)
    fwd = "forward%da.mail.yandex.net" % ids.r.choice([100, 101, 102, 500, 501, 502])
    fip = "178.154.239.%d" % ids.r.randrange(70, 220)
    back = "mail-nwsmtp-smtp-production-main-%d.klg.yp-c.yandex.net" % ids.r.randrange(10, 90)
    rec = [
        mx(ids, fwd, fwd, fip, rcpt, plus(t, 2), tls="1.3"),
        "from %s (mail-nwsmtp-smtp-production-main-%d.klg.yp-c.yandex.net [IPv6:2a02:6b8:c42:%s:0:640:%s:0])\n"
        "\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
            back.split(".")[0], n, ids.hex(4), ids.hex(4), fwd, ids.alnum(10),
            rcpt, rdate(plus(t, 1), "MSK", False, "nopad")),
        "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (
            back, ids.alnum(8), ids.alnum(8), rdate(t, "MSK", False, "nopad")),
    ]
    return rec


def mailru(ids, t, rcpt, env_from):
    n = ids.r.randrange(100, 420)
    host = "f%d.i.mail.ru" % n
    ip = "185.5.136.%d" % ids.r.randrange(10, 250)
    return [
        mx(ids, host, host, ip, rcpt, plus(t, 2), tls="1.3"),
        "by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1%s-%s-%s\n\tfor %s; %s" % (
            n, env_from, ids.alnum(5), ids.alnum(6), ids.alnum(2), rcpt, rdate(plus(t, 1), "MSK")),
        "by e.mail.ru with HTTP;\n\t%s" % rdate(t, "MSK"),
    ]


def sendgrid(ids, t, rcpt, from_host):
    oip = "149.72.%d.%d" % (ids.r.randrange(1, 250), ids.r.randrange(1, 250))
    ohost = "wrqvtzvf.outbound-mail.sendgrid.net" if not from_host else from_host
    fd = "filterdrecv-%s-%s" % (ids.hex(9), ids.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    sgid = ids.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    rec = [
        mx(ids, ohost, ohost, oip, rcpt, plus(t, 2), tls="1.3"),
        "by %s with SMTP id %s-1-%s-%s\n\t%s.%03d +0000 UTC m=+%d.%06d" % (
            fd, fd, ids.hex(8, True), ids.hex(2, True), plus(t, 1).strftime("%Y-%m-%d %H:%M:%S"),
            ids.r.randrange(1000), ids.r.randrange(100000, 999999), ids.r.randrange(10 ** 6)),
        "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s.%03d +0000 (UTC)" % (
            ids.alnum(22), ids.r.randrange(1, 40), sgid, rcpt,
            rdate(t, "UTC", False, "pad0")[:-6], ids.r.randrange(1000)),
    ]
    mid = "<%s@geopod-ismtpd-%d>" % (sgid, ids.r.randrange(1, 40))
    return rec, mid, [("X-SG-EID", "\n " + ids.b64(57) + "\n " + ids.b64(57) + "\n " + ids.b64(30)),
                   ("X-SG-ID", "\n " + ids.b64(57) + "\n " + ids.b64(30))]


def mailgun(ids, t, rcpt, mg_domain):
    oip = "159.135.%d.%d" % (ids.r.choice([224, 228, 232, 140]), ids.r.randrange(2, 250))
    host = "m%s-%s.mailgun.net" % tuple(oip.split(".")[2:])
    rec = [
        mx(ids, host, host, oip, rcpt, plus(t, 2), tls="1.3"),
        "by %s with HTTP id %s; %s" % (ids.hex(12), ids.hex(24), rdate(t, "GMT", False, "nopad")),
    ]
    mid = "<%s.%s@%s>" % (plus(t, 0).strftime("%Y%m%d%H%M%S"), ids.hex(16), mg_domain)
    extra = [("X-Mailgun-Sid", "Wy" + ids.alnum(46) + "=="), ("X-Mailgun-Variables", '{"campaign": "%s"}' % ids.hex(8))]
    return rec, mid, extra


def ses(ids, t, rcpt, region="eu-west-1"):
    a, b = ids.r.choice([(7, "54.240.7"), (4, "54.240.4"), (3, "54.240.3")])
    n = ids.r.randrange(10, 250)
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, n, region)
    ip = "%s.%d" % (b, n)
    rec = [mx(ids, host, host, ip, rcpt, plus(t, 1), tls="1.3")]
    mid = "<0102019%s-%s-000000@%s.amazonses.com>" % (ids.hex(13), ids.uuid(), region)
    extra = [("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, ids.b64(33).rstrip("="))),
             ("X-SES-Outgoing", "%s-%s" % (t.strftime("%Y.%m.%d"), ip))]
    return rec, mid, extra


def brevo(ids, t, rcpt):
    n = ids.r.randrange(10, 250)
    host = "%s.d.sender-sib.com" % ids.alnum(2, "abcdefghijklmnopqrstuvwxyz")
    ip = "77.32.148.%d" % n
    rec = [mx(ids, host, host, ip, rcpt, plus(t, 2), tls="1.3")]
    mid = "<%s.%s@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), ids.digits(11))
    extra = [("X-Mailer", "Sendinblue"), ("X-Mailin-EID", ids.b64(45)),
             ("X-sib-id", ids.alnum(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))]
    return rec, mid, extra


def mailchimp(ids, t, rcpt):
    a, b = ids.r.randrange(100, 250), ids.r.choice(["atl221", "atl121", "suw121", "sea31"])
    host = "mail%d.%s.rsgsv.net" % (a, b)
    ip = "198.2.%d.%d" % (ids.r.randrange(128, 191), a)
    rec = [
        mx(ids, host, host, ip, rcpt, plus(t, 3), tls="1.3"),
        "from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s" % (
            host, ids.alnum(13, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"), rcpt, rdate(t, "GMT", True, "space")),
    ]
    return rec, host


def cpanel_hdrs(host, sender, rcpt_domain="example.com"):
    dom = sender.split("@")[1]
    return [
        ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
        ("X-AntiAbuse", "Primary Hostname - %s" % host),
        ("X-AntiAbuse", "Original Domain - %s" % rcpt_domain),
        ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
        ("X-AntiAbuse", "Sender Address Domain - %s" % dom),
        ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (host, sender)),
        ("X-Authenticated-Sender", "%s: %s" % (host, sender)),
    ]


def onprem_hdrs(ids, t, topic, lang="de-DE", attach=False, client_ip="10.20.31.57", zone="CE",
                mbx="EXG-MBX01.corp.example.com", extra=None):
    """Header block Exchange Server 2019 / Outlook writes for internal mail."""
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", ids.thread_index()),
        ("Date", rdate(t, zone)),
        ("Message-ID", ids.mid_exchange(mbx)),
    ] + (extra or []) + [
        ("Accept-Language", "%s, en-US" % lang),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-transport-fromentityheader", "Hosted"),
        ("x-originating-ip", "[%s]" % client_ip),
    ]


def outlook_quote_de(name, addr_, date, to, subject, body):
    return "Von: %s <%s>\nGesendet: %s\nAn: %s\nBetreff: %s\n\n%s" % (name, addr_, date, to, subject, body)
