"""Time zones, random helpers, the message object, the mx01 hop, the
Profile base class, provider submission relays and the message builder."""
import base64
import hashlib
import random
import string
import uuid
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import mime

UTC = timezone.utc
_EU_END = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
_USP_END = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
_USE_END = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)


def zone_offset(zone, utc):
    if zone == "CET":
        return (2, "CEST") if utc < _EU_END else (1, "CET")
    if zone == "UK":
        return (1, "BST") if utc < _EU_END else (0, "GMT")
    if zone == "EET":
        return (3, "EEST") if utc < _EU_END else (2, "EET")
    if zone == "MSK":
        return (3, "MSK")
    if zone == "PT":
        return (-7, "PDT") if utc < _USP_END else (-8, "PST")
    if zone == "ET":
        return (-4, "EDT") if utc < _USE_END else (-5, "EST")
    if zone == "UTC":
        return (0, "UTC")
    if zone == "GMT":
        return (0, "GMT")
    if zone.startswith(("+", "-")):
        sign = 1 if zone[0] == "+" else -1
        return (sign * (int(zone[1:3]) + int(zone[3:5]) / 60.0), None)
    raise ValueError(zone)


def to_zone(utc, zone):
    off, name = zone_offset(zone, utc)
    return utc.astimezone(timezone(timedelta(hours=off))), name


def rdate(utc, zone, comment=False, frac=False):
    dt, name = to_zone(utc, zone)
    s = format_datetime(dt)
    if frac:
        parts = s.split(" ")
        parts[4] += ".%03d" % (utc.microsecond // 1000)
        s = " ".join(parts)
    if comment and name:
        s += " (%s)" % name
    return s


def parse_local(s, zone):
    naive = datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    guess = naive.replace(tzinfo=UTC)
    off, _ = zone_offset(zone, guess)
    utc = guess - timedelta(hours=off)
    off2, _ = zone_offset(zone, utc)
    return naive.replace(tzinfo=UTC) - timedelta(hours=off2)


# ---------------------------------------------------------------- random helpers

def R(seed):
    return random.Random(hashlib.sha256(seed.encode()).hexdigest())


def hexs(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(rng, n, chars=string.ascii_letters + string.digits):
    return "".join(rng.choice(chars) for _ in range(n))


def b64s(rng, nbytes, url=False):
    b = bytes(rng.randrange(256) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(b) if url else base64.b64encode(b)
    return s.decode().rstrip("=")


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def ipv6(rng, prefix="2603:10a6:"):
    return prefix + "%x:%x::%x" % (rng.randrange(16, 0xfff), rng.randrange(16, 0xfff), rng.randrange(1, 0x30))


_PFX = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def postfix_qid(rng):
    return "4" + "".join(rng.choice(_PFX) for _ in range(9)) + "z" + "".join(
        rng.choice(_PFX) for _ in range(rng.choice((3, 4))))


def exim_id(rng):
    a = string.ascii_letters + string.digits
    return "1t%s-%s-%s" % ("".join(rng.choice(a) for _ in range(4)),
                           "0000000" + "".join(rng.choice(a) for _ in range(4)),
                           "".join(rng.choice(a) for _ in range(2)))


# ---------------------------------------------------------------- message

LOCAL_DOMAINS = ("example.com", "examplegroup.eu")


class Msg:
    def __init__(self, slug, frm, to, subject, date, body, via, what, why, cc=(), reply_to=None,
                 rcpt=None, env_from=None, hdrs=(), pair=None, tz="CET", hcs=None, henc=None,
                 delay=None, bcc_rcpt=False):
        self.slug, self.frm, self.to, self.cc = slug, frm, list(to), list(cc)
        self.subject, self.body, self.via = subject, body, via
        self.what, self.why, self.pair = what, why, pair
        self.reply_to, self.hdrs = reply_to, list(hdrs)
        self.tz = tz
        self.utc = parse_local(date, tz)
        self.env_from = env_from if env_from is not None else frm[1]
        self.hcs, self.henc = hcs, henc
        self.delay = delay
        if rcpt is None:
            for n, a in self.to + self.cc:
                if a.split("@")[1] in LOCAL_DOMAINS:
                    rcpt = a
                    break
        self.rcpt = rcpt
        self.folder = self.lang = None
        self.num = 0

    @property
    def rng(self):
        if not hasattr(self, "_rng"):
            self._rng = R("%s/%s" % (self.folder, self.slug))
        return self._rng

    def filename(self):
        return "%02d-%s-%s.eml" % (self.num, self.lang, self.slug)

    def text_parts(self):
        return [p for p in mime.walk(self.body) if isinstance(p, mime.Text)]

    def main_charset(self):
        tp = self.text_parts()
        return tp[0].charset if tp else "utf-8"


def script_of(s):
    for c in s:
        o = ord(c)
        if 0x370 <= o <= 0x3FF or 0x1F00 <= o <= 0x1FFF:
            return "greek"
        if 0x400 <= o <= 0x4FF:
            return "cyrillic"
    return "latin"


# ---------------------------------------------------------------- mx01

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)")


def mx01_received(m, helo, rdns, ip, tls, t):
    s = "Received: from %s (%s [%s])\n" % (helo, rdns, ip)
    if tls:
        s += "\t" + (TLS13 if tls == "tls13" else TLS12) + "\n"
    s += "\tby mx01.example.com (Postfix) with %s id %s\n" % ("ESMTPS" if tls else "ESMTP", postfix_qid(m.rng))
    s += "\tfor <%s>; %s" % (m.rcpt, rdate(t, "CET", comment=True))
    return s


# ---------------------------------------------------------------- profile base

class Profile:
    """A sending system: mail client (headers, Message-ID, boundaries) plus
    the transport hops it leaves before reaching mx01."""
    order = ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To",
             "References", "MIME-Version", "__CT__"]
    date_zone = None      # None: sender's zone
    cs_label_upper = False
    tls = "tls13"

    def hcs(self, m, text):
        cs = m.hcs or m.main_charset()
        if cs.lower() in ("us-ascii", "ascii"):
            cs = "utf-8"
        try:
            text.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        label = cs.upper() if self.cs_label_upper else cs
        enc = m.henc or ("B" if script_of(text) != "latin" or cs.lower() == "utf-8" and self.b_for_utf8 else "Q")
        return cs, enc, label

    b_for_utf8 = True

    def _hcs_safe(self, m, text):
        cs, enc, label = self.hcs(m, text)
        try:
            text.encode(cs)
        except UnicodeEncodeError:
            cs, enc, label = "utf-8", "B", ("UTF-8" if label.isupper() else "utf-8")
        return cs, enc, label

    def enc_text(self, m, text):
        if mime.is_ascii(text):
            return text
        cs, enc, label = self._hcs_safe(m, text)
        return mime.ew(text, cs, enc, label)

    def enc_addr(self, m, pair):
        name, a = pair
        if name and not mime.is_ascii(name):
            cs, enc, label = self._hcs_safe(m, name)
            return mime.addr(name, a, cs, enc, label)
        return mime.addr(name, a, quote_always=self.quote_names)

    quote_names = False

    def addrs(self, m, lst):
        return ", ".join(self.enc_addr(m, p) for p in lst)

    def msgid(self, m):
        raise NotImplementedError

    def boundary(self, m, part):
        return "=_%s" % hexs(m.rng, 32)

    def extra(self, m):
        return []

    def hops(self, m, t):
        return [], t

    def connect(self, m):
        raise NotImplementedError

    def date_header(self, m):
        return rdate(m.utc, self.date_zone or m.tz)

    def values(self, m):
        if not hasattr(m, "_midv"):
            m._midv = self.msgid(m)
        v = {"From": self.enc_addr(m, m.frm), "Subject": self.enc_text(m, m.subject),
             "Date": self.date_header(m), "Message-ID": m._midv, "MIME-Version": "1.0"}
        if m.to:
            v["To"] = self.addrs(m, m.to)
        if m.cc:
            v["Cc"] = self.addrs(m, m.cc)
        if m.reply_to:
            v["Reply-To"] = self.enc_addr(m, m.reply_to)
        return v

    def header_list(self, m):
        v = self.values(m)
        for k, val in self.extra(m):
            v[k] = val
        extras = list(m.hdrs)
        names = {k for k, _ in extras}
        out = []
        for k in self.order:
            if k == "__CT__":
                out += [(k2, v2) for k2, v2 in extras if k2 not in self.order]
                out.append(("__CT__", None))
                continue
            if k in names:
                out += [(k2, v2) for k2, v2 in extras if k2 == k]
            elif k in v:
                out.append((k, v[k]))
        seen = {k for k, _ in out}
        for k, val in v.items():
            if k not in seen and k not in self.order:
                out.append((k, val))
        return out


def build(m):
    prof = m.via
    mime.assign_boundaries(m.body, lambda p: prof.boundary(m, p))
    hops, t = prof.hops(m, m.utc)
    helo, rdns, ip = prof.connect(m)
    delay = m.delay if m.delay is not None else m.rng.randrange(1, 6)
    t_mx = t + timedelta(seconds=delay)
    lines = ["Return-Path: <%s>" % m.env_from,
             mx01_received(m, helo, rdns, ip, prof.tls, t_mx)]
    lines += hops
    for k, val in prof.header_list(m):
        if k == "__CT__":
            lines += mime.part_headers(m.body)
        else:
            lines.append(mime.fold(k, val))
    head = "\n".join(lines) + "\n\n"
    head.encode("ascii")
    return head.encode("ascii") + mime.render_body(m.body)


# ---------------------------------------------------------------- provider submission relays

def relay_hops(m, r, t):
    """Hops of a provider submission server (Postfix or Exim) fed by a client."""
    t1 = t + timedelta(seconds=m.rng.randrange(1, 3))
    kind = r.get("kind", "postfix")
    tz = r.get("tz", "CET")
    if kind == "postfix":
        h = "Received: from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            r.get("client_helo", "[192.168.1.%d]" % m.rng.randrange(20, 200)), r.get("client_rdns", "unknown"),
            r["client_ip"], r.get("auth", m.env_from), r["by"], hexs(m.rng, 10, True), m.rcpt,
            rdate(t1, tz, comment=True))
        hs = [h]
    elif kind == "exim":
        h = ("Received: from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
             "\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s" % (
                 r["client_ip"], m.rng.randrange(49152, 65535), r.get("client_helo", "[127.0.0.1]"),
                 r["by"], m.env_from, exim_id(m.rng), m.rcpt, rdate(t1, tz)))
        hs = [h]
    elif kind == "aruba":
        h = ("Received: from %s ([%s])\n\tby %s with ESMTPSA\n\tid %s; %s" % (
            r.get("client_helo", "[192.168.1.%d]" % m.rng.randrange(20, 200)), r["client_ip"], r["by"],
            alnum(m.rng, 14), rdate(t1, tz)))
        hs = [h]
    elif kind == "ionos":
        h = ("Received: from [%s] ([%s]) by %s (mreue%03d)\n with ESMTPSA (Nemesis) id 1M%s-%s; %s" % (
            r.get("client_lan", "192.168.178.%d" % m.rng.randrange(20, 60)), r["client_ip"], r["by"],
            m.rng.randrange(100, 120), alnum(m.rng, 9), alnum(m.rng, 11), rdate(t1, tz)))
        hs = [h]
    elif kind == "mailru":
        h = ("Received: by %s with esmtpa (envelope-from <%s>)\n\tid 1t%s-00000%s-%s; %s" % (
            r["by"], m.env_from, alnum(m.rng, 4), alnum(m.rng, 5), alnum(m.rng, 2), rdate(t1, tz)))
        hs = [h]
    else:
        raise ValueError(kind)
    for extra in r.get("inner", []):
        hs.append(extra(m, t))
    return hs, t1
