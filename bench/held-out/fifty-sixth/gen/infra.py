"""Time zones, Received header builders, Message-ID / boundary styles."""
import datetime as _dt
import hashlib
import random

UTC = _dt.timezone.utc
EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_E_DST_END = _dt.datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
US_P_DST_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)

# zone -> (standard offset min, dst offset min, std name, dst name, dst end)
ZONES = {
    "DE": (60, 120, "CET", "CEST", EU_DST_END),
    "IT": (60, 120, "CET", "CEST", EU_DST_END),
    "PL": (60, 120, "CET", "CEST", EU_DST_END),
    "ES": (60, 120, "CET", "CEST", EU_DST_END),
    "GR": (120, 180, "EET", "EEST", EU_DST_END),
    "UK": (0, 60, "GMT", "BST", EU_DST_END),
    "RU": (180, 180, "MSK", "MSK", EU_DST_END),
    "UTC": (0, 0, "UTC", "UTC", EU_DST_END),
    "USE": (-300, -240, "EST", "EDT", US_E_DST_END),
    "USP": (-480, -420, "PST", "PDT", US_P_DST_END),
    "BR": (-180, -180, "-03", "-03", EU_DST_END),
    "NG": (60, 60, "WAT", "WAT", EU_DST_END),
    "IN": (330, 330, "IST", "IST", EU_DST_END),
}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _offset(utc, zone):
    std, dst, sn, dn, end = ZONES[zone]
    return (dst, dn) if utc < end else (std, sn)


def T(y, mo, d, h, mi, s=0, zone="DE"):
    """Local wall-clock time in zone -> aware UTC datetime."""
    std, dst, sn, dn, end = ZONES[zone]
    naive = _dt.datetime(y, mo, d, h, mi, s)
    guess = (naive - _dt.timedelta(minutes=dst)).replace(tzinfo=UTC)
    off = dst if guess < end else std
    return (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


def fmt(t, zone="DE", style="std"):
    off, name = _offset(t, zone)
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    z = "%s%02d%02d" % (sign, abs(off) // 60, abs(off) % 60)
    day = DAYS[lt.weekday()]
    if style == "postfix":
        return "%s, %2d %s %d %02d:%02d:%02d %s (%s)" % (
            day, lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, z, name)
    if style == "zero":
        return "%s, %02d %s %d %02d:%02d:%02d %s" % (
            day, lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, z)
    if style == "named":
        return "%s, %d %s %d %02d:%02d:%02d %s (%s)" % (
            day, lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, z, name)
    if style == "nodow":
        return "%d %s %d %02d:%02d:%02d %s" % (
            lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, z)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        day, lt.day, MONTHS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second, z)


def local(t, zone="DE"):
    off, _n = _offset(t, zone)
    return t + _dt.timedelta(minutes=off)


def pdfdate(t, zone="DE"):
    off, _n = _offset(t, zone)
    lt = t + _dt.timedelta(minutes=off)
    return "D:%s%s%02d'%02d'" % (lt.strftime("%Y%m%d%H%M%S"), "+" if off >= 0 else "-",
                                 abs(off) // 60, abs(off) % 60)


# ------------------------------------------------------------ randomness
class Rnd(random.Random):
    def hex(self, n, upper=False):
        s = "".join(self.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.choice(chars) for _ in range(n))

    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def uuid(self, upper=False):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return s.upper() if upper else s


# ------------------------------------------------------------ postfix
_PFX = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def postfix_qid(r, t):
    return "4" + "".join(r.choice(_PFX) for _ in range(9)) + "z" + "".join(
        r.choice(_PFX) for _ in range(r.choice([3, 4, 5])))


TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
TLS13_128 = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\r\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
TLS12 = "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"


def mx01(r, helo, rdns, ip, rcpt, t, tls=TLS13):
    """Top Received header written by the inbound MX."""
    parts = ["from %s (%s [%s])" % (helo, rdns or "unknown", ip)]
    if tls:
        parts.append(tls)
        parts.append("(No client certificate requested)")
    parts.append("by mx01.example.com (Postfix) with %s id %s" % (
        "ESMTPS" if tls else "ESMTP", postfix_qid(r, t)))
    parts.append("for <%s>; %s" % (rcpt, fmt(t, "DE", "postfix")))
    return "\r\n\t".join(parts)


def postfix_hop(r, helo, rdns, ip, by, rcpt, t, zone="DE", tls=TLS13, auth=None, proto=None):
    parts = ["from %s (%s [%s])" % (helo, rdns or "unknown", ip)]
    if tls:
        parts.append(tls)
        parts.append("(No client certificate requested)")
    if auth:
        parts.append("(Authenticated sender: %s)" % auth)
    proto = proto or ("ESMTPSA" if auth else ("ESMTPS" if tls else "ESMTP"))
    parts.append("by %s (Postfix) with %s id %s" % (by, proto, postfix_qid(r, t)))
    if rcpt:
        parts.append("for <%s>; %s" % (rcpt, fmt(t, zone, "postfix")))
    else:
        parts[-1] += ";"
        parts.append(fmt(t, zone, "postfix"))
    return "\r\n\t".join(parts)


def exim_hop(r, src_ip, helo, host, envfrom, rcpt, t, zone="DE", port=None, auth=None):
    port = port or r.randrange(49152, 65535)
    exid = "1t%s-%s-%s" % (r.alnum(4), r.alnum(7), r.alnum(2))
    s = "from [%s] (port=%d helo=%s)\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n" % (
        src_ip, port, helo, host)
    s += "\t(Exim 4.98)\r\n"
    s += "\t(envelope-from <%s>)\r\n" % envfrom
    s += "\tid %s\r\n\tfor %s;\r\n\t%s" % (exid, rcpt, fmt(t, zone, "zero"))
    return s


def exchange_mapi(server, t, zone="DE", build="15.2.1544.14"):
    b = build.split(".")
    mapi = "%s.%02d.%s.%03d" % (b[0], int(b[1]), b[2], int(b[3]))
    return ("from %s ([fe80::4c1d:7a2b:9e3f:1a05]) by %s\r\n ([fe80::4c1d:7a2b:9e3f:1a05%%13]) "
            "with mapi id %s; %s") % (server, server, mapi, fmt(t, zone))


def exchange_smtp(from_srv, from_ip, by_srv, by_ip, t, zone="DE", build="15.2.1544.14"):
    return ("from %s (%s) by %s\r\n (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s") % (
        from_srv, from_ip, by_srv, by_ip, build, fmt(t, zone))


# Microsoft 365 (Exchange Online) outbound chain
def o365_chain(r, t, region="eurprd04", pfx="AM9PR04MB", srv_fixed=None):
    srv_a = srv_fixed or "%s%d.%s.prod.outlook.com" % (pfx, r.randrange(7000, 9999), region)
    srv_b = "%s%d.%s.prod.outlook.com" % (pfx, r.randrange(1000, 6999), region)
    v6a = "2603:10a6:%x:%x::%x" % (r.randrange(16, 900), r.randrange(16, 900), r.randrange(1, 30))
    v6b = "2603:10a6:%x:%x::%x" % (r.randrange(16, 900), r.randrange(16, 900), r.randrange(1, 30))
    ll = "fe80::%x:%x:%x:%x" % tuple(r.randrange(0x1000, 0xffff) for _ in range(4))
    build = "15.20.%d.%d" % (r.choice([8158, 8182, 8207, 8251]), r.randrange(10, 40))
    mb = build.split(".")
    mapi = "15.20.%s.%03d" % (mb[2], int(mb[3]))
    h1 = ("from %s (%s) by\r\n %s (%s) with Microsoft SMTP Server (version=TLS1_2,\r\n"
          " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s") % (
        srv_a, v6a, srv_b, v6b, build, fmt(plus(t, 1), "UTC"))
    h2 = ("from %s\r\n ([%s]) by %s\r\n ([%s%%4]) with mapi id %s; %s") % (
        srv_a, ll, srv_a, ll, mapi, fmt(t, "UTC"))
    return srv_a, [h1, h2]


def o365_outbound_host(r, region="eur"):
    pools = {
        "eur": [("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on%d.outbound.protection.outlook.com", "40.107.22.%d"),
                ("EUR03-DBA-obe.outbound.protection.outlook.com", "mail-dbaeur03on%d.outbound.protection.outlook.com", "40.107.104.%d"),
                ("EUR02-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur02on%d.outbound.protection.outlook.com", "40.107.6.%d")],
        "gbr": [("GBR01-CWX-obe.outbound.protection.outlook.com", "mail-cwxgbr01on%d.outbound.protection.outlook.com", "40.107.121.%d")],
        "nam": [("NAM10-BN7-obe.outbound.protection.outlook.com", "mail-bn7nam10on%d.outbound.protection.outlook.com", "40.107.92.%d")],
    }
    helo, rd, ipf = r.choice(pools[region])
    last = r.randrange(2, 250)
    return helo, rd % (2000 + last), ipf % last


def o365_headers(r, t, tenant_id, srv, attach=False, topic=None, lang="de-DE"):
    h = []
    if topic is not None:
        h.append(("Thread-Topic", topic))
        idx = (b"\x01" + bytes(r.randrange(256) for _ in range(21)))
        import base64
        h.append(("Thread-Index", base64.b64encode(idx).decode()))
    h += [("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
          ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]
    return h


def o365_tail(r, t, tenant_id, srv):
    return [("X-MS-PublicTrafficType", "Email"),
            ("X-MS-Exchange-CrossTenant-Network-Message-Id", r.uuid()),
            ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", "%s.%s (UTC)" % (t.strftime("%d %b %Y %H:%M:%S"), r.digits(4))),
            ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
            ("X-MS-Exchange-CrossTenant-id", tenant_id),
            ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv.split(".")[0])]


def filetime(t):
    return int((t.timestamp() + 11644473600) * 10 ** 7)


def thread_index(r, t):
    import base64
    ft = filetime(t).to_bytes(8, "big")
    return base64.b64encode(b"\x01" + ft[:5] + bytes(r.randrange(256) for _ in range(16))).decode()


# ------------------------------------------------------------ message-ids
def mid(r, style, domain=None, t=None):
    if style == "exchange":
        return "<%s@%s>" % (r.hex(32), domain or "EXCH01.corp.example.com")
    if style == "o365":
        srv = domain
        return "<%s%s@%s>" % (srv.split(".")[0], r.hex(24, True), srv)
    if style == "outlook":
        hi = "%08x" % (filetime(t) >> 32) if t is not None else "01dd" + r.hex(4)
        return "<%04x%s$%s$%s$@%s>" % (r.randrange(1, 0x400), hi, r.hex(8), r.hex(8), domain)
    if style == "thunderbird":
        return "<%s@%s>" % (r.uuid(), domain)
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % r.alnum(r.choice([46, 48, 50]),
                                                   "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+=_-")
    if style == "apple":
        return "<%s@%s>" % (r.uuid(True), domain)
    if style == "trinity":
        return "<trinity-%s-%d@%s>" % (r.uuid(), int(t.timestamp() * 1000), domain)
    if style == "phpmailer":
        return "<%s@%s>" % (r.alnum(43), domain)
    if style == "roundcube":
        return "<%s@%s>" % (r.hex(32), domain)
    if style == "sendgrid":
        return "<%s@geopod-ismtpd-%d>" % (r.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), r.randrange(1, 40))
    if style == "mailgun":
        return "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), r.hex(16), domain)
    if style == "ses":
        return "<0102%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
            r.hex(12), r.hex(8), r.hex(4), r.hex(4), r.hex(4), r.hex(12))
    if style == "brevo":
        return "<%s.%s@smtp-relay.mailin.fr>" % (t.strftime("%Y%m%d%H%M"), r.digits(11))
    if style == "javamail":
        return "<%d.%d.%d.JavaMail.%s>" % (r.randrange(10 ** 8, 10 ** 9), r.randrange(1000, 99999),
                                          int(t.timestamp() * 1000), domain)
    if style == "thebat":
        return "<%d.%s@%s>" % (r.randrange(10 ** 8, 2 * 10 ** 9), local(t, "RU").strftime("%Y%m%d%H%M%S"), domain)
    if style == "google":
        return "<%s@notifications.google.com>" % r.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    if style == "google-drive":
        return "<0000000000%s@google.com>" % r.hex(18)
    if style == "yandex":
        return "<%d%d@%s>" % (r.randrange(10 ** 5, 10 ** 6), int(t.timestamp()), domain)
    if style == "plain":
        return "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), r.hex(10), domain)
    raise KeyError(style)


# ------------------------------------------------------------ boundaries
def boundary(r, style, extra=None):
    if style == "outlook":
        return "----=_NextPart_%03d_%s_%s.%s" % (extra or 0, r.hex(4, True), "01DB" + r.hex(4, True), r.hex(8, True))
    if style == "exchange":
        return "_%03d_%s_" % (extra or 0, r.alnum(40, "ABCDEF0123456789"))
    if style == "gmail":
        return "000000000000" + r.hex(16)
    if style == "thunderbird":
        return "------------" + r.alnum(24)
    if style == "apple":
        return "Apple-Mail=_" + r.uuid(True)
    if style == "phpmailer":
        return "b1=_" + r.alnum(43)
    if style == "sendgrid":
        return r.hex(64)
    if style == "mailchimp":
        return "_----------=_MCPart_%d" % r.randrange(10 ** 9, 2 * 10 ** 9)
    if style == "javamail":
        return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 7), r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 12, 2 * 10 ** 12))
    if style == "roundcube":
        return "=_" + r.hex(32)
    if style == "gmx":
        return "abmob-" + r.uuid()
    if style == "generic":
        return "=_" + r.alnum(24)
    if style == "thebat":
        return "----------" + r.hex(12, True)
    raise KeyError(style)


def seed_rnd(key):
    return Rnd(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))
