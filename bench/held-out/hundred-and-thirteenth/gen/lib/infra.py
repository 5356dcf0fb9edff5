"""Time zones, identifiers and trace headers in the style of real mail systems."""
import base64
import datetime as _dt
import hashlib
import random
import uuid

UTC = _dt.timezone.utc
_EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)      # last Sunday of October
_US_PT_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)        # first Sunday of November
_US_ET_END = _dt.datetime(2026, 11, 1, 6, 0, tzinfo=UTC)


def _tzinfo(tz, utc):
    """-> (offset minutes, abbreviation)"""
    if tz in ("DE", "IT", "ES", "PL", "CET"):
        return (120, "CEST") if utc < _EU_DST_END else (60, "CET")
    if tz == "GR":
        return (180, "EEST") if utc < _EU_DST_END else (120, "EET")
    if tz == "UK":
        return (60, "BST") if utc < _EU_DST_END else (0, "GMT")
    if tz == "RU":
        return (180, "MSK")
    if tz == "UTC":
        return (0, "UTC")
    if tz == "PT":
        return (-420, "PDT") if utc < _US_PT_END else (-480, "PST")
    if tz == "ET":
        return (-240, "EDT") if utc < _US_ET_END else (-300, "EST")
    if tz[0] in "+-":
        m = int(tz[1:3]) * 60 + int(tz[3:5])
        return (m if tz[0] == "+" else -m, None)
    raise ValueError(tz)


def T(y, mo, d, h, mi, s, tz="DE"):
    """Local wall-clock time in tz -> aware UTC datetime."""
    naive = _dt.datetime(y, mo, d, h, mi, s)
    guess = naive.replace(tzinfo=UTC)
    off, _ = _tzinfo(tz, guess - _dt.timedelta(hours=2))
    return (naive - _dt.timedelta(minutes=off)).replace(tzinfo=UTC)


def ago(t, seconds):
    return t - _dt.timedelta(seconds=seconds)


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt(t, tz="DE", comment=False, pad_day=True):
    off, abbr = _tzinfo(tz, t)
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    day = "%02d" % lt.day if pad_day else "%d" % lt.day
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        _DAYS[lt.weekday()], day, _MONS[lt.month - 1], lt.year, lt.hour, lt.minute, lt.second,
        sign, abs(off) // 60, abs(off) % 60)
    if comment and abbr:
        s += " (%s)" % abbr
    return s


def local(t, tz):
    off, _ = _tzinfo(tz, t)
    return t + _dt.timedelta(minutes=off)


class Ctx:
    """Deterministic randomness per message."""

    def __init__(self, seed):
        self.rng = random.Random(hashlib.sha256(seed.encode()).hexdigest())

    def hex(self, n, upper=False):
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def chars(self, n, alphabet):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def alnum(self, n):
        return self.chars(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    def digits(self, n):
        return self.chars(n, "0123456789")

    def uuid(self, upper=False):
        u = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        return u.upper() if upper else u

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.rng.getrandbits(8) for _ in range(nbytes))).decode()

    def b64url(self, n):
        return self.chars(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def pick(self, seq):
        return self.rng.choice(seq)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    # ---- identifiers
    def postfix_qid(self):
        a = "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxy0123456789"
        return "4" + self.chars(9, a) + "z" + self.chars(self.randint(3, 5), a)

    def exim_id(self):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "1v%s-%s-%s" % (self.chars(4, a), "0000000" + self.chars(4, a), self.chars(4, a))

    def gmail_mid(self):
        return "<CA%s%s@mail.gmail.com>" % (
            self.pick("FJMBPKLHEGN"),
            self.chars(54, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+=_-"))

    def boundary_gmail(self):
        return "0000000000" + self.hex(18)

    def boundary_outlook(self, mbx):
        return "_%03d_%s%s_" % (self.randint(0, 4), mbx, self.hex(30).upper())

    def boundary_tb(self):
        return "------------" + self.alnum(24)

    def boundary_apple(self):
        return "Apple-Mail=_" + self.uuid(upper=True)

    def boundary_eq(self, n=32):
        return "=_" + self.hex(n)

    def boundary_part(self):
        return "----=_Part_%d_%d.%d" % (self.randint(100000, 999999), self.randint(100000000, 999999999),
                                        self.randint(1700000000000, 1799999999999))

    def boundary_nextpart(self):
        return "----=_NextPart_000_%04X_%08X.%08X" % (self.randint(0, 0xFFFF), self.rng.getrandbits(32),
                                                       self.rng.getrandbits(32))

    def thread_index(self, replies=0):
        raw = bytes([0x01, 0xDC]) + bytes(self.rng.getrandbits(8) for _ in range(20 + 5 * replies))
        return base64.b64encode(raw).decode()

    def outlook_imap_mid(self, domain):
        return "<%012x$%08x$%08x$@%s>" % (0x01DC000000 + self.rng.getrandbits(24), self.rng.getrandbits(32),
                                          self.rng.getrandbits(32), domain)


# ------------------------------------------------------------ Received lines
TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (4096 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)\n\t")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)\n\t")


def rx_mx01(ctx, helo, rdns, ip, rcpt, t, tls="1.3"):
    tl = TLS13 if tls == "1.3" else (TLS12 if tls == "1.2" else "")
    proto = "ESMTPS" if tls else "ESMTP"
    return ("from %s (%s [%s])\n\t%sby mx01.example.com (Postfix) with %s id %s\n\tfor <%s>; %s"
            % (helo, rdns, ip, tl, proto, ctx.postfix_qid(), rcpt, fmt(t, "DE", True)))


def rx_postfix(ctx, helo, rdns, ip, by, t, tz, proto="ESMTPSA", auth=None, rcpt=None, tls="1.3"):
    tl = TLS13 if tls == "1.3" else (TLS12 if tls == "1.2" else "")
    a = "(Authenticated sender: %s)\n\t" % auth if auth else ""
    f = "\n\tfor <%s>" % rcpt if rcpt else ""
    return ("from %s (%s [%s])\n\t%s%sby %s (Postfix) with %s id %s%s;\n\t%s"
            % (helo, rdns, ip, tl, a, by, proto, ctx.postfix_qid(), f, fmt(t, tz, True)))
