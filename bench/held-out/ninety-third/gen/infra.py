"""Time zones, identifiers and the Received/Message-ID style of each
sending system.  A profile turns (sender, recipient, time) into the hops
below mx01, the connecting client and the mailer-specific headers."""
import base64
import datetime as dt
import hashlib
import uuid

MX = "mx01.example.com"


# ------------------------------------------------------------ deterministic rng
class R:
    def __init__(self, seed):
        self.seed = seed
        self.n = 0

    def _bytes(self, k):
        out = b""
        while len(out) < k:
            out += hashlib.sha256(("%s#%d" % (self.seed, self.n)).encode()).digest()
            self.n += 1
        return out[:k]

    def hex(self, k, upper=False):
        s = self._bytes((k + 1) // 2).hex()[:k]
        return s.upper() if upper else s

    def digits(self, k):
        return "".join(str(b % 10) for b in self._bytes(k))

    def alnum(self, k, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(alphabet[b % len(alphabet)] for b in self._bytes(k))

    def b64(self, k):
        return self.alnum(k, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")

    def int(self, a, b):
        return a + int.from_bytes(self._bytes(4), "big") % (b - a + 1)

    def choice(self, seq):
        return seq[self.int(0, len(seq) - 1)]

    def uuid(self, upper=False):
        u = str(uuid.UUID(bytes=self._bytes(16), version=4))
        return u.upper() if upper else u

    def postfix_qid(self):
        al = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
        return "4" + self.alnum(9, al) + "z" + self.alnum(4, al)


# ------------------------------------------------------------ time zones
EU_END = dt.datetime(2026, 10, 25, 1, 0)     # EU summer time ends (UTC)
US_END_LA = dt.datetime(2026, 11, 1, 9, 0)
US_END_NY = dt.datetime(2026, 11, 1, 6, 0)

ZONES = {
    "Europe/Berlin": ((120, "CEST"), (60, "CET"), EU_END),
    "Europe/London": ((60, "BST"), (0, "GMT"), EU_END),
    "Europe/Athens": ((180, "EEST"), (120, "EET"), EU_END),
    "Europe/Moscow": ((180, "MSK"), (180, "MSK"), EU_END),
    "UTC": ((0, "UTC"), (0, "UTC"), EU_END),
    "America/Los_Angeles": ((-420, "PDT"), (-480, "PST"), US_END_LA),
    "America/New_York": ((-240, "EDT"), (-300, "EST"), US_END_NY),
    "Asia/Ho_Chi_Minh": ((420, "+07"), (420, "+07"), EU_END),
    "America/Sao_Paulo": ((-180, "-03"), (-180, "-03"), EU_END),
    "Africa/Lagos": ((60, "WAT"), (60, "WAT"), EU_END),
}


def offset(zone, t):
    summer, winter, end = ZONES[zone]
    return summer if t < end else winter


def to_utc(local, zone):
    naive = dt.datetime.strptime(local, "%Y-%m-%d %H:%M:%S" if local.count(":") == 2
                                 else "%Y-%m-%d %H:%M")
    # two passes are enough around the change-over
    off = offset(zone, naive - dt.timedelta(minutes=offset(zone, naive)[0]))[0]
    return naive - dt.timedelta(minutes=off)


def rfc_date(t, zone, abbr=False, zero_pad_day=True):
    off, name = offset(zone, t)
    lt = t + dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    day = "%02d" % lt.day if zero_pad_day else str(lt.day)
    s = "%s, %s %s %04d %02d:%02d:%02d %s%02d%02d" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][lt.weekday()], day,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
         "Nov", "Dec"][lt.month - 1], lt.year, lt.hour, lt.minute, lt.second,
        sign, abs(off) // 60, abs(off) % 60)
    if abbr:
        s += " (%s)" % name
    return s


def local_parts(t, zone):
    off, _ = offset(zone, t)
    return t + dt.timedelta(minutes=off)


def epoch(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds())


def filetime_thread_index(t, r):
    """Outlook Thread-Index: 22 bytes, first 6 from FILETIME, 16 GUID."""
    ft = (epoch(t) + 11644473600) * 10000000
    head = ft.to_bytes(8, "big")[:6]
    return base64.b64encode(head + r._bytes(16)).decode()


def sec(t, s):
    return t + dt.timedelta(seconds=s)


# ------------------------------------------------------------ TLS strings
POSTFIX_TLS = ("\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
               "\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
               "\r\n\t(No client certificate requested)")
POSTFIX_TLS12 = ("\r\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"
                 "\r\n\t(No client certificate requested)")


def mx_received(client, rcpt, t, r, tls="1.3"):
    helo, rdns, ip = client
    t_tls = {"1.3": POSTFIX_TLS, "1.2": POSTFIX_TLS12, None: ""}[tls]
    proto = "ESMTPS" if tls else "ESMTP"
    return ("Received: from %s (%s [%s])%s\r\n\tby %s (Postfix) with %s id %s\r\n\tfor <%s>; %s"
            % (helo, rdns, ip, t_tls, MX, proto, r.postfix_qid(), rcpt,
               rfc_date(t, "Europe/Berlin", abbr=True)))
