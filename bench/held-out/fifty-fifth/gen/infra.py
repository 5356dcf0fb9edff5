"""Time zones, IDs and Received chains of the sending systems and of mx01."""
import datetime as _dt
import hashlib
import random
import string
import uuid

UTC = _dt.timezone.utc
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# 2026: EU summer time ends Sun 25 Oct 01:00 UTC; US ends Sun 1 Nov 09:00 UTC
EU_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def zone_offset(zone, t):
    """Return (minutes, abbreviation) for a zone at UTC time t."""
    summer = t < EU_END
    if zone in ("DE", "IT", "PL", "ES", "CET"):
        return (120, "CEST") if summer else (60, "CET")
    if zone == "UK":
        return (60, "BST") if summer else (0, "GMT")
    if zone == "GR":
        return (180, "EEST") if summer else (120, "EET")
    if zone == "RU":
        return (180, "MSK")
    if zone == "PT":  # US Pacific (Google, PayPal, GitHub internal hops)
        return (-420, "PDT") if t < US_END else (-480, "PST")
    if zone == "ET":
        return (-240, "EDT") if t < US_END else (-300, "EST")
    return (0, "UTC")


def rfc_date(t, zone, comment=False):
    off, abbr = zone_offset(zone, t)
    lt = t + _dt.timedelta(minutes=off)
    sign = "+" if off >= 0 else "-"
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[lt.weekday()], lt.day, MONS[lt.month], lt.year, lt.hour, lt.minute, lt.second,
        sign, abs(off) // 60, abs(off) % 60)
    if comment:
        s += " (%s)" % abbr
    return s


def local(t, zone):
    off, _ = zone_offset(zone, t)
    return t + _dt.timedelta(minutes=off)


def T(month, day, hour, minute, second=0):
    """A UTC instant in 2026."""
    return _dt.datetime(2026, month, day, hour, minute, second, tzinfo=UTC)


def plus(t, seconds):
    return t + _dt.timedelta(seconds=seconds)


class Ctx:
    """Per-message deterministic randomness."""

    def __init__(self, key):
        self.rng = random.Random(hashlib.sha256(key.encode()).hexdigest())

    def hex(self, n, upper=False):
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def uuid(self, upper=False):
        u = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        return u.upper() if upper else u

    def num(self, a, b):
        return self.rng.randint(a, b)

    def choice(self, seq):
        return self.rng.choice(seq)

    def postfix_qid(self):
        alpha = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
        return "4" + self.rng.choice("ST") + self.alnum(12, alpha)


TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
TLS13_128 = ("(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n"
             "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))")


def mx01(ctx, helo, rdns, ip, rcpt, t, tls=TLS13, client_cert=False):
    """The top Received header added by mx01.example.com (Postfix)."""
    lines = ["from %s (%s [%s])" % (helo, rdns, ip)]
    with_ = "ESMTP"
    if tls:
        lines.append("\t" + tls)
        lines.append("\t(%s)" % ("Client did not present a certificate" if client_cert
                                  else "No client certificate requested"))
        with_ = "ESMTPS"
    lines.append("\tby mx01.example.com (Postfix) with %s id %s" % (with_, ctx.postfix_qid()))
    lines.append("\tfor <%s>; %s" % (rcpt, rfc_date(t, "DE", comment=True)))
    return "\n".join(lines)


def rcv(text_lines, t, zone, comment=False):
    """Generic Received value: lines joined with tab continuation, date appended."""
    s = "\n\t".join(text_lines)
    return s + "; " + rfc_date(t, zone, comment)


def L(month, day, hour, minute, zone="DE", second=0):
    """Local wall-clock time in a zone -> UTC instant."""
    naive = _dt.datetime(2026, month, day, hour, minute, second, tzinfo=UTC)
    off, _ = zone_offset(zone, naive - _dt.timedelta(hours=2))
    return naive - _dt.timedelta(minutes=off)
