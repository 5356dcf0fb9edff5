"""Time zones, Received chains and Message-ID / X-Mailer styles of the
sending systems.  All pseudo-random parts derive from a per-message seed."""
import datetime as _dt
import hashlib
import uuid

UTC = _dt.timezone.utc
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
         "Oct", "Nov", "Dec"]

# EU summer time 2026: 29 Mar 01:00 UTC .. 25 Oct 01:00 UTC
_EU_START = _dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
_EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
_US_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def zone_offset(zone, t):
    """-> (minutes east of UTC, abbreviation)"""
    eu_dst = _EU_START <= t < _EU_END
    if zone in ("DE", "IT", "PL", "ES", "CET"):
        return (120, "CEST") if eu_dst else (60, "CET")
    if zone in ("UK",):
        return (60, "BST") if eu_dst else (0, "GMT")
    if zone in ("GR", "EET"):
        return (180, "EEST") if eu_dst else (120, "EET")
    if zone in ("RU", "MSK"):
        return (180, "MSK")
    if zone == "PT":
        return (-420, "PDT") if t < _US_END else (-480, "PST")
    if zone == "ET":
        return (-240, "EDT") if t < _US_END else (-300, "EST")
    return (0, "UTC")


def local_to_utc(s, zone):
    naive = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    guess = naive.replace(tzinfo=UTC)
    off, _ = zone_offset(zone, guess - _dt.timedelta(minutes=60))
    t = guess - _dt.timedelta(minutes=off)
    off2, _ = zone_offset(zone, t)
    if off2 != off:
        t = guess - _dt.timedelta(minutes=off2)
    return t


def fmt(t, zone, abbrev=False, pad=False, utc_style=False):
    off, ab = zone_offset(zone, t)
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    o = abs(off)
    day = ("%02d" if pad else "%d") % lt.day
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        _DAYS[lt.weekday()], day, _MONS[lt.month - 1], lt.year, lt.hour,
        lt.minute, lt.second, sign, o // 60, o % 60)
    if abbrev:
        s += " (%s)" % ab
    return s


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


# ------------------------------------------------------------ randomness --

class R:
    """Deterministic helper around a seed string."""

    def __init__(self, seed):
        self.seed = seed
        self.n = 0

    def bytes(self, k):
        out = b""
        while len(out) < k:
            self.n += 1
            out += hashlib.sha256(("%s/%d" % (self.seed, self.n)).encode()).digest()
        return out[:k]

    def int(self, a, b):
        v = int.from_bytes(self.bytes(8), "big")
        return a + v % (b - a + 1)

    def hex(self, k, upper=False):
        h = self.bytes((k + 1) // 2).hex()[:k]
        return h.upper() if upper else h

    def choice(self, seq):
        return seq[self.int(0, len(seq) - 1)]

    def alnum(self, k, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.choice(alphabet) for _ in range(k))

    def uuid(self):
        return str(uuid.UUID(bytes=self.bytes(16), version=4))

    def b64(self, k):
        return self.alnum(k, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


_PF = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy"   # 51 chars, no z
_PF52 = _PF + "z"


def _b(n, alphabet, width=None):
    s = ""
    base = len(alphabet)
    while n:
        n, r = divmod(n, base)
        s = alphabet[r] + s
    if width:
        s = s.rjust(width, alphabet[0])
    return s or alphabet[0]


def postfix_qid(t, r):
    """Postfix long queue id: base-52 seconds + microseconds, 'z', inode."""
    sec = int(t.timestamp())
    usec = r.int(0, 999999)
    return _b(sec, _PF52, 6) + _b(usec, _PF52, 4) + "z" + _b(r.int(10000, 9999999), _PF)


# ------------------------------------------------------------ hop formats --

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)\n")
TLS13_ECDSA = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
               "\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)\n"
               "\t(No client certificate requested)\n")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)\n")


def mx01_received(helo, rdns, ip, rcpt, t, r, tls=TLS13):
    qid = postfix_qid(t, r)
    w = "ESMTPS" if tls else "ESMTP"
    return ("from %s (%s [%s])\n\t%sby mx01.example.com (Postfix) with %s id %s\n"
            "\tfor <%s>; %s" % (helo, rdns, ip, (tls + "\t") if tls else "", w, qid, rcpt,
                                fmt(t, "DE", abbrev=True)))


def postfix_hop(from_part, by_host, proto, t, zone, r, rcpt=None, tls=""):
    return ("from %s\n\t%sby %s (Postfix) with %s id %s%s; %s"
            % (from_part, (tls + "\t") if tls else "", by_host, proto, postfix_qid(t, r),
               ("\n\tfor <%s>" % rcpt) if rcpt else "", fmt(t, zone, abbrev=True)))


def exch_smtp_hop(frm, frm_ip, by, by_ip, t, build="15.2.1544.14", zone="DE"):
    return ("from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
            % (frm, frm_ip, by, by_ip, build, fmt(t, zone)))


def exch_mapi_hop(host, t, r, build="15.02.1544.014", zone="DE"):
    ll = "fe80::%s:%s:%s:%s" % (r.hex(4), r.hex(4), r.hex(4), r.hex(4))
    return ("from %s ([%s]) by %s\n ([%s%%%d]) with mapi id %s; %s"
            % (host, ll, host, ll, r.int(3, 14), build, fmt(t, zone)))


def exim_hop(helo_part, by_host, t, zone, r, env_from, rcpt, auth=None,
             exim="4.98", tls=True):
    mid = "%s-%s-%s" % (r.alnum(6), r.alnum(7, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"), r.alnum(2))
    a = ("\n\t(Exim %s)\n\t(envelope-from <%s>)" % (exim, env_from))
    return ("from %s\n\tby %s with %s%s%s\n\tid %s\n\tfor %s; %s"
            % (helo_part, by_host, "esmtpsa" if auth else "esmtps",
               "  (TLS1.3) tls TLS_AES_256_GCM_SHA384" if tls else "",
               a, mid, rcpt, fmt(t, zone)))


def m365_server(r, region="EUR", pod=None):
    pods = {"EUR": ["AM0PR10MB", "DU0PR04MB", "PAXPR08MB", "VI1PR09MB",
                    "DB9PR02MB", "AS8PR07MB", "FR4P281MB"],
            "GBR": ["LO2P265MB", "CWLP265MB", "LO4P265MB", "LO0P265MB"],
            "EURP189": ["DU0P189MB", "AM8P189MB", "PA4P189MB"]}
    p = pod or r.choice(pods[region])
    name = "%s%04d" % (p, r.int(1000, 9999))
    if region == "GBR":
        suffix = "GBRP265.PROD.OUTLOOK.COM"
    elif region == "EURP189":
        suffix = "EURP189.PROD.OUTLOOK.COM"
    else:
        suffix = "%sPRD%02d.PROD.OUTLOOK.COM" % ("EUR", int(p[len(p) - 4:len(p) - 2])
                                                if p[-4:-2].isdigit() else 10)
        if p.startswith("FR4P"):
            suffix = "DEUP281.PROD.OUTLOOK.COM"
    return name, suffix


def m365_msgid(r, server, suffix):
    return "<%s%s@%s.%s>" % (server, r.hex(28, True), server, suffix)


def thread_index(r, t):
    import base64
    ft = int((t.timestamp() + 11644473600) * 10 ** 7)
    head = (ft >> 16).to_bytes(6, "big")
    return base64.b64encode(head + r.bytes(16)).decode()


# --------------------------------------------------------------- boundary --

def boundary_styles(style, r, ctx):
    if style == "outlook_nextpart":
        stamp = ctx.get("thread_stamp", r.hex(8, True) + "." + r.hex(8, True))
        cnt = [0, r.int(1, 0x60)]

        def f(part):
            cnt[0] += 1
            return "----=_NextPart_%03d_%04X_%s" % (cnt[0] - 1, cnt[1] + cnt[0] - 1, stamp)
        return f
    if style == "exchange":
        base = ctx.get("msgid_core", r.hex(40, True))
        cnt = [0]

        def f(part):
            cnt[0] += 1
            return "_%03d_%s_" % (cnt[0] - 1, base)
        return f
    if style == "gmail":
        return lambda part: "000000000000" + r.hex(12)
    if style == "thunderbird":
        return lambda part: "------------" + r.alnum(24)
    if style == "apple":
        return lambda part: "Apple-Mail=_" + r.uuid().upper()
    if style == "javamail":
        cnt = [0]

        def f(part):
            cnt[0] += 1
            return "----=_Part_%d_%d.%d" % (r.int(1000, 99999), r.int(100000000, 2000000000),
                                            int(ctx["t"].timestamp() * 1000) + cnt[0])
        return f
    if style == "phpmailer":
        h = r.hex(32)
        cnt = [0]

        def f(part):
            cnt[0] += 1
            return "b%d_%s" % (cnt[0], h)
        return f
    if style == "roundcube":
        return lambda part: "=_" + r.hex(32)
    if style == "sendgrid":
        return lambda part: r.hex(64)
    if style == "mailgun":
        return lambda part: r.hex(32)
    if style == "ses":
        return lambda part: "----=_Part_%d_%d.%d" % (r.int(100000, 9999999),
                                                     r.int(100000000, 2000000000),
                                                     int(ctx["t"].timestamp() * 1000))
    if style == "yandex":
        return lambda part: "----==%s==----" % r.b64(22)
    if style == "mailru":
        return lambda part: "--ALT--" + r.hex(32, True) + str(int(ctx["t"].timestamp()))
    if style == "thebat":
        return lambda part: "----------" + r.hex(16, True)
    if style == "gmx":
        return lambda part: "abmob-" + r.uuid()
    if style == "docusign":
        return lambda part: "----=_Part_%d_%d.%d" % (r.int(100000, 9999999),
                                                     r.int(100000000, 2000000000),
                                                     int(ctx["t"].timestamp() * 1000))
    return lambda part: "=_%s" % r.hex(24)
