"""Time zones, identifiers and Received-header chains in the style of each
sending system. All values are derived from a per-message seeded RNG."""
import datetime as _dt
import random
import string
import uuid

UTC = _dt.timezone.utc
EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)     # end of EU summer time 2026
US_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)      # end of US Pacific daylight time 2026
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def zone(dt, z):
    """dt: aware UTC datetime. Returns (local naive dt, offset minutes, abbreviation)."""
    summer = dt < EU_END
    if z == "DE":
        off, ab = (120, "CEST") if summer else (60, "CET")
    elif z == "UK":
        off, ab = (60, "BST") if summer else (0, "GMT")
    elif z == "GR":
        off, ab = (180, "EEST") if summer else (120, "EET")
    elif z == "RU":
        off, ab = 180, "MSK"
    elif z == "PT":
        off, ab = (-420, "PDT") if dt < US_END else (-480, "PST")
    elif z == "UTC":
        off, ab = 0, "UTC"
    else:
        raise ValueError(z)
    return (dt + _dt.timedelta(minutes=off)).replace(tzinfo=None), off, ab


def _off(off):
    s = "+" if off >= 0 else "-"
    return "%s%02d%02d" % (s, abs(off) // 60, abs(off) % 60)


def rfc(dt, z, pad=False, zname=False, zero_day=False, gmt_word=False):
    l, off, ab = zone(dt, z)
    if zero_day:
        day = "%02d" % l.day
    elif pad:
        day = "%2d" % l.day
    else:
        day = "%d" % l.day
    s = "%s, %s %s %d %02d:%02d:%02d " % (DAYS[l.weekday()], day, MONS[l.month - 1], l.year, l.hour, l.minute, l.second)
    s += "GMT" if gmt_word else _off(off)
    if zname:
        s += " (%s)" % ab
    return s


def at(y, mo, d, h, mi, s=0, z="DE"):
    """Local wall time in zone z -> aware UTC datetime."""
    naive = _dt.datetime(y, mo, d, h, mi, s)
    guess = naive.replace(tzinfo=UTC)
    for _ in range(2):
        _, off, _ = zone(guess, z)
        guess = (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)
    return guess


def minus(dt, seconds):
    return dt - _dt.timedelta(seconds=seconds)


# ------------------------------------------------------------------ ids
class R:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def choice(self, s):
        return self.r.choice(s)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def s(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n, upper=False):
        h = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return h.upper() if upper else h

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def uuid(self, upper=False):
        u = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
        return u.upper() if upper else u

    def b64(self, n):
        return self.s(n, string.ascii_letters + string.digits + "+/")

    def ip(self, prefix):
        parts = prefix.split(".")
        while len(parts) < 4:
            parts.append(str(self.randint(1, 254)))
        return ".".join(parts)


def postfix_qid(r):
    alpha = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
    return "4" + r.s(1, "Zcd") + r.s(5, alpha) + r.s(1, alpha) + "z" + r.s(6, alpha)


# ------------------------------------------------------------------ mx01
def mx01(r, dt, helo, rdns, ip, rcpt, tls="1.3"):
    if tls == "1.3":
        t = ("\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
             "\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
             "\n\t(No client certificate requested)")
        w = "ESMTPS"
    elif tls == "1.2":
        t = ("\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"
             "\n\t(No client certificate requested)")
        w = "ESMTPS"
    else:
        t = ""
        w = "ESMTP"
    return ("from %s (%s [%s])%s\n\tby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s"
            % (helo, rdns, ip, t, w, postfix_qid(r), rcpt, rfc(dt, "DE", pad=True, zname=True)))


# ------------------------------------------------------------------ message-id styles
def mid_exchange(r, host="EXCH01.corp.example.com"):
    return "<%s@%s>" % (r.hex(32), host)


def mid_m365(r, srv):
    return "<%s%s@%s.prod.outlook.com>" % (srv.split(".")[0], r.hex(25, True), srv)


def mid_outlook_desktop(r, domain):
    return "<%s01dc%s$%s$%s$@%s>" % (r.hex(4), r.hex(4), r.hex(8), r.hex(8), domain)


def mid_gmail(r):
    return "<CA%s@mail.gmail.com>" % r.s(r.randint(44, 52), string.ascii_letters + string.digits + "+_-=")


def mid_apple(r, domain):
    return "<%s@%s>" % (r.uuid(True), domain)


def mid_thunderbird(r, domain):
    return "<%s@%s>" % (r.uuid(), domain)


def mid_trinity(r, dt, kind="gmx"):
    host = {"gmx": "3c-app-gmx-bap%02d" % r.randint(1, 70), "webde": "3c-app-webde-bs%02d" % r.randint(1, 70)}[kind]
    return "<trinity-%s-%d@%s>" % (r.uuid(), int(dt.timestamp() * 1000) + r.randint(0, 999), host)


def mid_thebat(r, dt, domain, z="RU"):
    l, _, _ = zone(dt, z)
    return "<%s.%s@%s>" % (r.digits(10), l.strftime("%Y%m%d%H%M%S"), domain)


def mid_yandex(r):
    return "<%s%d@mail.yandex.ru>" % (r.digits(6), r.randint(1730000000, 1799999999))


def mid_phpmailer(r, domain):
    return "<%s@%s>" % (r.s(43), domain)


def mid_ox(r, dt, host):
    return "<%s.%s.%d@%s>" % (r.digits(9), r.digits(6), int(dt.timestamp() * 1000), host)


def mid_sendgrid(r):
    return "<%s@geopod-ismtpd-%d>" % (r.s(22, string.ascii_letters + string.digits + "_-"), r.randint(1, 40))


def mid_mailgun(r, dt, domain):
    l, _, _ = zone(dt, "UTC")
    return "<%s.%s@%s>" % (l.strftime("%Y%m%d%H%M%S"), r.hex(16), domain)


def mid_ses(r, region="eu-west-1"):
    return "<0102019%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        r.hex(9), r.hex(8), r.hex(4), r.hex(4), r.hex(4), r.hex(12), region)


def mid_brevo(r, dt):
    l, _, _ = zone(dt, "DE")
    return "<%s.%s@smtp-relay.mailin.fr>" % (l.strftime("%Y%m%d%H%M"), r.digits(11))


def mid_mailchimp(r, dt, host):
    l, _, _ = zone(dt, "UTC")
    return "<%s.%s.%s.%s.%s@%s>" % (r.hex(25), r.hex(10), l.strftime("%Y%m%d%H%M%S"), r.hex(10), r.hex(8), host)


# ------------------------------------------------------------------ hop helpers
def hop_exchange_internal(r, dt, srv="EXCH01", srv2="EXCH02"):
    fe = "fe80::%s:%s:%s:%s%%13" % (r.hex(4), r.hex(4), r.hex(4), r.hex(4))
    d0 = rfc(minus(dt, 3), "DE")
    d1 = rfc(minus(dt, 2), "DE")
    return [
        "from %s.corp.example.com (10.20.1.22) by %s.corp.example.com\n (10.20.1.21) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.24; %s" % (srv2, srv, d1),
        "from %s.corp.example.com ([%s]) by\n %s.corp.example.com ([%s]) with mapi id 15.02.1748.024;\n %s" % (srv2, fe, srv2, fe, d0),
    ]


def hop_m365(r, dt, srv_a, srv_b):
    fe = "fe80::%s:%s:%s:%s%%%d" % (r.hex(4), r.hex(4), r.hex(4), r.hex(4), r.randint(3, 7))
    v = "15.20.%d.%03d" % (r.randint(8700, 9300), r.randint(10, 40))
    return [
        "from %s.prod.outlook.com (2603:10a6:%x:%x::%x) by\n %s.prod.outlook.com (2603:10a6:%x:%x::%x) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s"
        % (srv_a, r.randint(16, 800), r.randint(16, 900), r.randint(1, 30), srv_b, r.randint(16, 800), r.randint(16, 900), r.randint(1, 30), v, rfc(minus(dt, 2), "UTC")),
        "from %s.prod.outlook.com\n ([%s]) by %s.prod.outlook.com\n ([%s]) with mapi id %s; %s"
        % (srv_a, fe, srv_a, fe, v, rfc(minus(dt, 3), "UTC")),
    ]


EOP = [
    ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on20%d.outbound.protection.outlook.com", "40.107.22.%d"),
    ("EUR03-DBA-obe.outbound.protection.outlook.com", "mail-dbaeur03on21%02d.outbound.protection.outlook.com", "40.107.104.%d"),
    ("EUR02-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur02on20%d.outbound.protection.outlook.com", "40.107.241.%d"),
    ("AM0PR83CU005.outbound.protection.outlook.com", "mail-westeuropeazon110120%02d.outbound.protection.outlook.com", "52.101.71.%d"),
    ("DU2PR03CU002.outbound.protection.outlook.com", "mail-northeuropeazon110110%02d.outbound.protection.outlook.com", "52.101.65.%d"),
]


def eop_client(r, idx=None):
    helo, rd, ipf = EOP[idx if idx is not None else r.randint(0, len(EOP) - 1)]
    n = r.randint(10, 99)
    return helo, rd % n, ipf % n
