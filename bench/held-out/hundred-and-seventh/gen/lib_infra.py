"""Sending-system profiles: Received chains (below mx01), Message-ID style,
client headers and MIME boundary style. Everything is driven by a seeded RNG."""
import base64
import re
import hashlib
import uuid

import lib_time as T

B52 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"
TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)")
TLS12 = "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))"


class R:
    """Small helper around random.Random for ids."""

    def __init__(self, rng):
        self.r = rng

    def hex(self, n, upper=False):
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def uuid(self, upper=False):
        u = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
        return u.upper() if upper else u

    def b64(self, nbytes, urlsafe=False, strip=True):
        b = bytes(self.r.getrandbits(8) for _ in range(nbytes))
        s = (base64.urlsafe_b64encode(b) if urlsafe else base64.b64encode(b)).decode()
        return s.rstrip("=") if strip else s

    def postfix_long_qid(self):
        return "4" + self.r.choice("VWXYZ") + self.alnum(8, B52).replace("z", "y") + "z" + self.alnum(self.r.choice([3, 4]), B52)

    def postfix_short_qid(self):
        return self.hex(self.r.choice([10, 11, 12]), upper=True)

    def ipv6_ll(self):
        return "fe80::%s:%s:%s:%s" % tuple(self.hex(4).lstrip("0") or "0" for _ in range(4))

    def n(self, a, b):
        return self.r.randint(a, b)


def rcv(text, when, zone, comment=True):
    return "Received: %s;\r\n\t%s" % (text, T.fmt(when, zone, comment))


# ---------------------------------------------------------------------------
# profiles.  Each returns dict:
#   hops: list of Received header strings (top first, *below* mx01)
#   mx: (helo, rdns, ip, tls)    -- the connecting client as seen by mx01
#   msgid, extra (list of header strings), boundary(kind)->str,
#   date_zone (zone for Date header), date_utc_override
# ---------------------------------------------------------------------------

def _thread_index(r):
    return base64.b64encode(bytes([1]) + bytes(r.r.getrandbits(8) for _ in range(21))).decode()


def exo(r, t, m, p):
    """Exchange Online (Microsoft 365) tenant. p: srv, region, obe, mailhost, ip,
    lang ('de-DE'), client ('outlook'|'owa')."""
    srv, region = p["srv"], p["region"]
    srv2 = p.get("srv2", re.sub(r"\d{4}$", "%04d" % r.n(1000, 9999), srv))
    build = p.get("build", "15.20.%d.%03d" % (r.n(8300, 8900), r.n(10, 40)))
    local = srv + r.hex(26, upper=True)
    msgid = "<%s@%s.%s.prod.outlook.com>" % (local, srv, region)
    hops = [
        rcv("from %s.%s.prod.outlook.com\r\n\t(2603:10a6:%s:%s::%s) by %s.%s.prod.outlook.com\r\n\t(2603:10a6:%s:%s::%s) with Microsoft SMTP Server (version=TLS1_2,\r\n\t cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s" % (
            srv, region, r.hex(2), r.hex(3), r.n(5, 30), srv2, region, r.hex(3), r.hex(3), r.n(5, 30), build.replace(".0", ".")),
            T.plus(t, 2), "UTC", comment=False).replace("+0000", "+0000"),
        rcv("from %s.%s.prod.outlook.com\r\n\t([%s]) by %s.%s.prod.outlook.com\r\n\t([%s%%%d]) with mapi id %s" % (
            srv, region, r.ipv6_ll(), srv, region, r.ipv6_ll(), r.n(3, 7), build),
            T.plus(t, 1), "UTC", comment=False),
    ]
    subj_hdr = m["subject_hdr"]
    extra = ["Thread-Topic: %s" % m["topic_hdr"], "Thread-Index: %s" % _thread_index(r)]
    if m.get("in_reply_to"):
        extra[1] = "Thread-Index: %s" % base64.b64encode(bytes([1]) + bytes(r.r.getrandbits(8) for _ in range(21 + 5 * r.n(1, 3)))).decode()
    extra += ["Accept-Language: %s, en-US" % p.get("lang", "de-DE"),
              "Content-Language: %s" % p.get("lang", "de-DE"),
              "X-MS-Has-Attach: %s" % ("yes" if m["has_att"] else ""),
              "X-MS-TNEF-Correlator: ", "msip_labels: "]
    base = local + srv + region[:4]
    return dict(hops=hops, mx=(p["obe"] + ".outbound.protection.outlook.com",
                               p["mailhost"] + ".outbound.protection.outlook.com", p["ip"], TLS12),
                msgid=msgid, extra=extra, date_zone="UTC",
                boundary=lambda k: "_%03d_%s_" % ({"alternative": 0, "mixed": 4, "related": 6}[k], base))


def outlookcom(r, t, m, p):
    """Consumer Outlook.com / Hotmail."""
    srv = p.get("srv", "AM9P193MB%04d" % r.n(1000, 1999))
    local = srv + r.hex(24, upper=True)
    msgid = "<%s@%s.EURP193.PROD.OUTLOOK.COM>" % (local, srv)
    hops = [rcv("from %s.EURP193.PROD.OUTLOOK.COM\r\n\t([%s]) by %s.EURP193.PROD.OUTLOOK.COM\r\n\t([%s%%5]) with mapi id 15.20.%d.%03d" % (
        srv, r.ipv6_ll(), srv, r.ipv6_ll(), r.n(8300, 8900), r.n(10, 40)), T.plus(t, 1), "UTC", comment=False)]
    extra = ["Thread-Topic: %s" % m["topic_hdr"], "Thread-Index: %s" % _thread_index(r),
             "Accept-Language: %s" % p.get("lang", "en-GB"), "Content-Language: %s" % p.get("lang", "en-GB"),
             "X-MS-Has-Attach: %s" % ("yes" if m["has_att"] else ""), "X-MS-TNEF-Correlator: ",
             "x-ms-exchange-messagesentrepresentingtype: 1"]
    base = local + srv + "EURP"
    return dict(hops=hops, mx=("%s.outbound.protection.outlook.com" % p.get("obe", "EUR02-VI1-obe"),
                               "%s.outbound.protection.outlook.com" % p.get("mailhost", "mail-vi1eur02olkn2084"),
                               p.get("ip", "40.92.18.84"), TLS12),
                msgid=msgid, extra=extra, date_zone="UTC",
                boundary=lambda k: "_%03d_%s_" % ({"alternative": 0, "mixed": 4, "related": 6}[k], base))


def exch_internal(r, t, m, p):
    """Example Group's own on-prem Exchange -> mail-int01 -> mx01."""
    srv = p.get("srv", "EXCH01")
    local = r.hex(32)
    msgid = "<%s@%s.corp.example.com>" % (local, srv)
    hops = [rcv("from %s.corp.example.com (%s.corp.example.com [10.20.1.%d])\r\n\tby mail-int01.example.com (Postfix) with ESMTPS id %s" % (
        srv, srv.lower(), 11 if srv == "EXCH01" else 12, r.postfix_short_qid()), T.plus(t, 2), "CET"),
        rcv("from %s.corp.example.com ([%s]) by\r\n\t%s.corp.example.com ([%s%%12]) with mapi id 15.02.1544.014" % (
            srv, r.ipv6_ll(), srv, r.ipv6_ll()), T.plus(t, 1), p.get("zone", "CET"), comment=False)]
    extra = ["Thread-Topic: %s" % m["topic_hdr"], "Thread-Index: %s" % _thread_index(r),
             "Accept-Language: %s, en-US" % p.get("lang", "de-DE"), "Content-Language: %s" % p.get("lang", "de-DE"),
             "X-MS-Has-Attach: %s" % ("yes" if m["has_att"] else ""), "X-MS-TNEF-Correlator: ",
             "x-originating-ip: [10.%d.%d.%d]" % (p.get("net", 20), r.n(30, 60), r.n(10, 250))]
    base = local[:24]
    return dict(hops=hops, mx=("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25", TLS13),
                msgid=msgid, extra=extra, date_zone=p.get("zone", "CET"),
                boundary=lambda k: "_%03d_%s%s_" % ({"alternative": 0, "mixed": 4, "related": 6}[k], local.upper()[:32], srv))


def gmail(r, t, m, p):
    n = r.n(40, 68)
    pfx = p.get("pfx", r.r.choice(["wr1", "wm1", "ej1", "ed1", "lf1", "lj1"]))
    host = "mail-%s-f%d.google.com" % (pfx, n)
    ipb = {"wr1": "209.85.221", "wm1": "209.85.128", "ej1": "209.85.218", "ed1": "209.85.208",
           "lf1": "209.85.167", "lj1": "209.85.208"}[pfx]
    hops = [rcv("by %s with SMTP id %s-%s%s.%d\r\n\tfor <%s>" % (host, r.alnum(10, "abcdef0123456789"), r.digits(2) + r.alnum(6, "abcdef0123456789"), "so" + r.digits(7) + r.alnum(3, "abcdefghijklmnopqrstuvwxyz0123456789"), r.n(1, 9), m["rcpt"]),
                T.plus(t, 1), "PT")]
    extra_top = ["X-Gm-Message-State: AOJu0Y%s" % r.b64(48)[:60],
                 "X-Google-Smtp-Source: AGHT+I%s" % r.b64(52)[:68],
                 "X-Received: by 2002:a%d:%s:%s:b0:%s:%s:%s with SMTP id %s%s.%d.%d;\r\n\t%s" % (
                     r.n(1, 5), r.hex(4), r.hex(4), r.hex(3), r.hex(4), r.hex(4), r.alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789"), "mr" + r.digits(7) + r.alnum(3, "abcdefghijklmnopqrstuvwxyz"), r.n(1, 9), int(t.timestamp() * 1000) + 1000 + r.n(0, 999), T.fmt(T.plus(t, 1), "PT"))]
    msgid = "<CA%s@mail.gmail.com>" % (r.alnum(1, "FGHJKLMNPRVWX+") + r.alnum(54, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+=_-"))
    bstem = "000000000000" + r.hex(16)
    return dict(hops=hops, hops_extra=extra_top, mx=(host, host, "%s.%d" % (ipb, n), TLS13), msgid=msgid, extra=[],
                date_zone=p.get("zone", "CET"), boundary=lambda k: bstem[:-2] + {"alternative": "8d", "mixed": "8f", "related": "8e"}[k])


def gmx(r, t, m, p):
    app = "3c-app-gmx-bap%02d" % r.n(10, 70)
    hops = [rcv("from %s ([%s]) by web-mail.gmx.net\r\n\t(%s.server.lan [172.19.172.%d]) (via HTTP)" % (
        app, p["client_ip"], app, r.n(10, 200)), T.plus(t, 1), "CET", comment=False)]
    hops.insert(0, rcv("from %s by mail.gmx.net (mrgmx%03d [212.227.17.%d]) with ESMTPSA (Nemesis) id 1M%s-1t%s" % (
        app, r.n(100, 130), r.n(160, 190), r.alnum(8), r.alnum(10)), T.plus(t, 1), "CET", comment=False))
    ms = int(t.timestamp() * 1000) + r.n(0, 999)
    msgid = "<trinity-%s-%d@%s>" % (r.uuid(), ms, app)
    extra = ["Importance: normal", "Sensitivity: Normal",
             "X-Priority: 3", "X-Provags-ID: V03:K1:%s" % r.b64(60)[:80],
             "UI-OutboundReport: notjunk:1;M01:P0:%s" % r.b64(20)[:27]]
    return dict(hops=hops, mx=("mout.gmx.net", "mout.gmx.net", "212.227.17.%d" % r.n(20, 24), TLS13),
                msgid=msgid, extra=extra, date_zone="CET",
                boundary=lambda k: "=_" + hashlib.md5(msgid.encode()).hexdigest()[:20] + k[:3])


def ionos(r, t, m, p):
    hops = [rcv("from [192.168.178.%d] ([%s]) by mrelayeu.kundenserver.de\r\n\t(mreue%03d [212.227.15.%d]) with ESMTPSA (Nemesis) id 1M%s-1t%s-00%s" % (
        r.n(20, 60), p["client_ip"], r.n(100, 112), r.n(160, 190), r.alnum(6), r.alnum(10), r.alnum(6)),
        T.plus(t, 1), "CET", comment=False)]
    extra = ["X-Provags-ID: V03:K1:%s" % r.b64(60)[:80], "UI-OutboundReport: notjunk:1;M01:P0:%s" % r.b64(20)[:27]]
    c = client(r, t, m, p, default_domain=m["from_domain"])
    return dict(hops=hops, mx=("mout.kundenserver.de", "mout.kundenserver.de", "212.227.126.%d" % r.n(130, 200), TLS13),
                msgid=c["msgid"], extra=c["extra"] + extra, date_zone=p.get("zone", "CET"), boundary=c["boundary"])


def own_postfix(r, t, m, p):
    """A correspondent's own mail server (Postfix + submission)."""
    host = p["host"]
    hops = [rcv("from [%s] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s" % (
        p.get("lan_ip", "192.168.10.%d" % r.n(20, 90)), p.get("client_rdns", "unknown"), p["client_ip"],
        m["env_from"], host, r.postfix_short_qid()), T.plus(t, 1), p.get("zone", "CET"))]
    if p.get("client_ip", "").startswith(("192.168.", "10.")):
        hops = [rcv("from [%s] (unknown [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s" % (
            p["client_ip"], p["client_ip"], m["env_from"], host, r.postfix_short_qid()), T.plus(t, 1), p.get("zone", "CET"))]
    c = client(r, t, m, p, default_domain=m["from_domain"])
    return dict(hops=hops, mx=(host, host, p["ip"], p.get("tls", TLS13)), msgid=c["msgid"], extra=c["extra"],
                date_zone=p.get("zone", "CET"), boundary=c["boundary"])


def aruba(r, t, m, p):
    hops = [rcv("from [%s] ([%s]) by Aruba Outgoing Smtp  with ESMTPSA\r\n\tid %s" % (
        p.get("lan_ip", "192.168.1.%d" % r.n(20, 90)), p["client_ip"], r.alnum(24)), T.plus(t, 1), "CET", comment=False)]
    host = "smtpdh%d-%d.aruba.it" % (r.n(10, 29), r.n(1, 2))
    c = client(r, t, m, p, default_domain=m["from_domain"])
    return dict(hops=hops, mx=(host, host, "62.149.155.%d" % r.n(140, 180), TLS12),
                msgid=c["msgid"], extra=c["extra"] + ["X-CMAE-Envelope: MS4xfK%s" % r.b64(80)[:100]], date_zone="CET", boundary=c["boundary"])


def homepl(r, t, m, p):
    srv = p.get("srv", "cloudserver%06d.home.pl" % r.n(90000, 99999))
    hops = [rcv("from [%s] (%s [%s])\r\n\t(Authenticated sender: %s)\r\n\tby %s (Postfix) with ESMTPSA id %s" % (
        p.get("lan_ip", "192.168.0.%d" % r.n(10, 60)), p.get("client_rdns", "unknown"), p["client_ip"], m["env_from"], srv,
        r.postfix_short_qid()), T.plus(t, 1), "CET")]
    c = client(r, t, m, p, default_domain=m["from_domain"])
    return dict(hops=hops, mx=(srv, srv, p.get("ip", "79.96.%d.%d" % (r.n(1, 250), r.n(1, 250))), TLS13),
                msgid=c["msgid"], extra=c["extra"], date_zone="CET", boundary=c["boundary"])


def cpanel_exim(r, t, m, p):
    server = p["server"]
    eid = "1t%s-%s-%s" % (r.alnum(4), "0000000" + r.alnum(4, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), r.alnum(4))
    if p.get("local"):
        hop = "from %s by %s with local (Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid %s" % (p["local"], server, m["env_from"], eid)
        via = "%s: uid via %s" % (server, p.get("script", "/home/%s/public_html" % p["local"]))
    else:
        hop = "from [%s] (port=%d helo=%s)\r\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\r\n\t(Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid %s\r\n\tfor %s" % (
            p["client_ip"], r.n(49152, 65000), p.get("client_helo", "[192.168.1.%d]" % r.n(2, 60)), server, m["env_from"], eid, m["rcpt"])
        via = "%s: authenticated_id: %s" % (server, m["env_from"])
    hops = [rcv(hop, T.plus(t, 1), p.get("zone", "CET"), comment=False)]
    extra = ["X-AntiAbuse: This header was added to track abuse, please include it with any abuse report",
             "X-AntiAbuse: Primary Hostname - %s" % server,
             "X-AntiAbuse: Original Domain - example.com",
             "X-AntiAbuse: Originator/Caller UID/GID - [47 12] / [47 12]",
             "X-AntiAbuse: Sender Address Domain - %s" % m["env_from"].split("@")[1],
             "X-Get-Message-Sender-Via: %s" % via,
             "X-Authenticated-Sender: %s: %s" % (server, m["env_from"]) if not p.get("local") else "X-Source-Dir: %s" % p.get("script", "").rsplit("/", 1)[0]]
    c = client(r, t, m, p, default_domain=m["from_domain"])
    return dict(hops=hops, mx=(server, server, p["ip"], p.get("tls", TLS13)), msgid=c["msgid"],
                extra=c["extra"], extra_after=extra, date_zone=p.get("zone", "CET"), boundary=c["boundary"])


def vps_postfix(r, t, m, p):
    """Look-alike domain on a rented VPS: Postfix + Roundcube or a PHP script."""
    host = p["host"]
    hops = [rcv("from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTPSA id %s" % (
        p.get("sub_helo", "[127.0.0.1]"), host, r.postfix_short_qid()), T.plus(t, 1), p.get("zone", "UTC"))]
    if p.get("webclient_ip"):
        hops = [rcv("from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPSA id %s" % (
            p.get("webhelo", "webmail"), "unknown", p["webclient_ip"], host, r.postfix_short_qid()), T.plus(t, 1), p.get("zone", "UTC"))]
    c = client(r, t, m, p, default_domain=m["from_domain"])
    return dict(hops=hops, mx=(host, p["rdns"], p["ip"], p.get("tls", TLS13)), msgid=c["msgid"], extra=c["extra"],
                date_zone=p.get("zone", "UTC"), boundary=c["boundary"])


def client(r, t, m, p, default_domain):
    """Message-ID / agent headers / boundaries of the mail client used."""
    kind = p.get("client", "thunderbird")
    dom = p.get("msgid_domain", default_domain)
    if kind == "thunderbird":
        msgid = "<%s@%s>" % (r.uuid(), dom)
        extra = ["User-Agent: Mozilla Thunderbird", "Content-Language: %s" % p.get("lang", "de-DE")]
        bnd = "------------" + r.alnum(24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        return dict(msgid=msgid, extra=extra, boundary=lambda k, b=bnd: b[:-2] + {"alternative": "A1", "mixed": "M0", "related": "R7"}[k])
    if kind == "outlook16":
        msgid = "<%s$%s$%s@%s>" % ("00" + r.hex(10), r.hex(8), r.hex(8), dom)
        extra = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: %s" % _thread_index(r),
                 "Content-Language: %s" % p.get("lang", "de")]
        st = r.hex(24)
        return dict(msgid=msgid, extra=extra, boundary=lambda k, s=st: "----=_NextPart_%03d_%s_%s.%s" % (
            {"alternative": 1, "mixed": 0, "related": 2}[k], s[:4].upper(), s[4:12].upper(), s[12:20].upper()))
    if kind == "apple":
        msgid = "<%s@%s>" % (r.uuid(upper=True), dom)
        extra = ["X-Mailer: Apple Mail (2.3826.%d.%d)" % (r.n(100, 600), r.n(1, 9))]
        u = r.uuid(upper=True)
        return dict(msgid=msgid, extra=extra, boundary=lambda k, u=u: "Apple-Mail=_" + (u if k == "mixed" else u[:-4] + "A1B2"))
    if kind == "roundcube":
        msgid = "<%s@%s>" % (r.hex(32), dom)
        extra = ["User-Agent: Roundcube Webmail/%s" % p.get("rc_ver", "1.6.9")]
        if p.get("xorig"):
            extra.append("X-Sender: %s" % m["env_from"])
        bnd = "=_" + r.hex(32)
        return dict(msgid=msgid, extra=extra, boundary=lambda k, b=bnd: b if k == "mixed" else b[:-1] + "a")
    if kind == "phpmailer":
        msgid = "<%s@%s>" % (r.alnum(43), dom)
        extra = ["X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"]
        b = r.alnum(43)
        return dict(msgid=msgid, extra=extra, boundary=lambda k, b=b: ("b1_" if k == "mixed" else "b2_") + b)
    if kind == "oxlibero":
        ms = int(t.timestamp() * 1000) + r.n(0, 999)
        msgid = "<%d.%d.%d@libero.it>" % (r.n(100000000, 999999999), r.n(1000, 99999), ms)
        extra = ["X-Mailer: Open-Xchange Mailer v7.10.6-Rev%d" % r.n(30, 60), "X-Originating-IP: %s" % p["client_ip"],
                 "Importance: Normal", "X-Priority: 3 (Normal)"]
        bnd = "----=_Part_%d_%d.%d" % (r.n(100000, 999999), r.n(100000000, 999999999), ms)
        return dict(msgid=msgid, extra=extra, boundary=lambda k, b=bnd: b + ("" if k == "mixed" else "1"))
    if kind == "none":
        msgid = "<%s@%s>" % (r.hex(24), dom)
        return dict(msgid=msgid, extra=[], boundary=lambda k: "=_%s_%s" % (k[:3], r.hex(16)))
    raise ValueError(kind)


def yandex_web(r, t, m, p):
    n = r.n(100, 599)
    relay = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.n(10, 90), r.r.choice(["sas", "vla", "myt", "klg"]))
    fwd = "forward%d%s.mail.yandex.net" % (n, r.r.choice("ab"))
    hops = [rcv("from %s (%s [%s])\r\n\tby %s (Yandex) with ESMTPS id %s" % (
        relay, relay, "2a02:6b8:c0c:%s:0:640:%s:0" % (r.hex(4), r.hex(4)), fwd, r.alnum(12)), T.plus(t, 1), "MSK"),
        rcv("by %s (smtp/Yandex) with ESMTPSA id %s-%s" % (relay, r.alnum(10), r.alnum(8)), T.plus(t, 1), "MSK"),
        rcv("from mail.yandex.ru with HTTP", t, "MSK", comment=False)]
    msgid = "<%d%d@mail.yandex.ru>" % (r.n(100000, 999999), int(t.timestamp()))
    extra = ["X-Mailer: Yamail [ http://yandex.ru ] 5.0"]
    return dict(hops=hops, mx=(fwd, fwd, "178.154.239.%d" % r.n(60, 220), TLS13), msgid=msgid, extra=extra,
                date_zone="MSK", boundary=lambda k: "----==_mimepart_%s" % r.hex(16))


def libero(r, t, m, p):
    hops = [rcv("from libero.it (%s) by smtp-%d.iol.local with HTTP" % (p["client_ip"], r.n(10, 40)), T.plus(t, 1), "CET", comment=False)]
    c = client(r, t, m, dict(p, client="oxlibero"), "libero.it")
    return dict(hops=hops, mx=("libero.it", "smtp-%d-i2.italiaonline.it" % r.n(10, 60), "213.209.10.%d" % r.n(10, 200), TLS12),
                msgid=c["msgid"], extra=c["extra"], date_zone="CET", boundary=c["boundary"])


def wp(r, t, m, p):
    hops = [rcv("from [%s] by poczta.wp.pl (WP-SMTPD) with SMTP id %s" % (p["client_ip"], r.hex(8)), T.plus(t, 1), "CET", comment=False)]
    msgid = "<%s@wp.pl>" % r.hex(32)
    extra = ["X-WP-MailID: %s" % r.hex(32), "X-WP-AV: skaner antywirusowy Poczty Wirtualnej Polski",
             "User-Agent: Poczta WP"]
    return dict(hops=hops, mx=("mx.wp.pl", "mx.wp.pl", "212.77.101.%d" % r.n(1, 12), TLS13), msgid=msgid,
                extra=extra, date_zone="CET", boundary=lambda k: "=-" + r.alnum(22))


def otenet(r, t, m, p):
    hops = [rcv("from webmail.otenet.gr (localhost [127.0.0.1])\r\n\tby mailout.otenet.gr (Postfix) with ESMTPA id %s" % r.postfix_short_qid(),
                T.plus(t, 1), "EET")]
    msgid = "<%s.%s@webmail.otenet.gr>" % (t.strftime("%Y%m%d%H%M%S"), r.alnum(16, "abcdefghijklmnopqrstuvwxyz0123456789"))
    extra = ["User-Agent: Horde Application Framework 5", "X-Originating-IP: %s" % p["client_ip"]]
    n = r.n(20, 70)
    return dict(hops=hops, mx=("mailout.otenet.gr", "mx-out%02d.otenet.gr" % r.n(1, 9), "83.235.69.%d" % n, TLS12),
                msgid=msgid, extra=extra, date_zone="EET", boundary=lambda k: "=_%s" % r.alnum(24))


def esp(r, t, m, p):
    """Bulk ESPs: sendgrid, mailgun, brevo, ses, mailchimp."""
    kind = p["esp"]
    rc = m["rcpt"].replace("@", "=")
    if kind == "sendgrid":
        geo = "geopod-ismtpd-%d" % r.n(1, 40)
        sgid = r.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
        host = "%s.outbound-mail.sendgrid.net" % r.alnum(8, "abcdefghijklmnopqrstuvwxyz")
        fil = "filterdrecv-%s-%s" % (r.alnum(10, "0123456789abcdef"), r.alnum(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        hops = [rcv("by %s with SMTP id %s-1-%s-%d\r\n\t%s +0000 UTC m=+%d.%09d" % (
            fil, fil, r.hex(8, upper=True), r.n(2, 40), T.plus(t, 2).strftime("%Y-%m-%d %H:%M:%S") + ".%09d" % r.n(0, 999999999),
            r.n(100000, 9999999), r.n(0, 999999999)), T.plus(t, 2), "UTC", comment=False).replace("Received: by", "Received: by").split(";\r\n\t")[0],
            "Received: from %s (unknown)\r\n\tby %s (SG) with HTTP\r\n\tid %s\r\n\t%s.%03d +0000 (UTC)" % (
                p.get("api_host", "MjQ0MjE1Mw"), geo, sgid, T.local(T.plus(t, 1), "UTC").strftime("%a, %d %b %Y %H:%M:%S"), r.n(0, 999))]
        msgid = "<%s@%s>" % (sgid, geo)
        uid = r.n(10000000, 49999999)
        env = "bounces+%d-%s-%s@%s" % (uid, r.hex(4), rc, p["bounce_domain"])
        extra = ["X-SG-EID: %s" % r.b64(120)[:160], "X-SG-ID: %s" % r.b64(60)[:76], "X-Entity-ID: %s" % r.b64(16)]
        ip = "149.72.%d.%d" % (r.n(1, 250), r.n(1, 250))
        return dict(hops=hops, mx=(host, host, ip, TLS12), msgid=msgid, extra=extra, env_from=env,
                    date_zone="UTC", boundary=lambda k: r.hex(64))
    if kind == "mailgun":
        d = p["mg_domain"]
        msgid = "<%s.%s@%s>" % (T.local(t, "UTC").strftime("%Y%m%d%H%M%S"), r.hex(16), d)
        hops = [rcv("by %s with HTTP" % r.hex(12), T.plus(t, 1), "UTC", comment=False).replace("+0000", "GMT")]
        a, b = r.n(200, 250), r.n(1, 60)
        env = "bounce+%s.%s-%s@%s" % (r.hex(6), r.hex(6), rc, d)
        extra = ["X-Mailgun-Sid: WyI%s" % r.b64(45)[:60], "X-Mailgun-Sending-Ip: 159.135.%d.%d" % (a, b),
                 "X-Mailgun-Batch-Id: %s" % r.hex(24), "Sender: %s" % ("postmaster@" + d)]
        return dict(hops=hops, mx=("m%d-%d.mailgun.net" % (a, b), "m%d-%d.mailgun.net" % (a, b), "159.135.%d.%d" % (a, b), TLS12),
                    msgid=msgid, extra=extra, env_from=env, date_zone="UTC", boundary=lambda k: r.hex(64))
    if kind == "brevo":
        msgid = "<%s.%d@smtp-relay.mailin.fr>" % (T.local(t, "UTC").strftime("%Y%m%d%H%M"), r.n(10000000000, 99999999999))
        n = r.n(1, 60)
        hops = []
        env = "bounces-%d-%s@%s" % (r.n(100000, 999999), r.hex(6), p.get("bounce_domain", "sib.mailin.fr"))
        extra = ["X-Mailin-EID: %s" % r.b64(40)[:54], "X-sib-id: %s" % r.b64(60)[:80],
                 "Feedback-ID: 77.32.148.%d:%d_%d:%d:Brevo" % (n, r.n(1000000, 9999999), r.n(1, 999), r.n(1, 999)),
                 "X-CSA-Complaints: csa-complaints@eco.de"]
        return dict(hops=hops, mx=("s%d-%d.sender-sib.com" % (n, r.n(1, 9)), "s%d-%d.sender-sib.com" % (n, r.n(1, 9)), "77.32.148.%d" % n, TLS12),
                    msgid=msgid, extra=extra, env_from=env, date_zone="UTC", boundary=lambda k: r.hex(32))
    if kind == "ses":
        a = r.n(1, 30)
        mid = "0102019%s-%s-000000" % (r.hex(9), r.uuid())
        msgid = "<%s@eu-west-1.amazonses.com>" % mid
        extra = ["Feedback-ID: ::1.eu-west-1.%s=:AmazonSES" % r.b64(32)[:43],
                 "X-SES-Outgoing: %s-54.240.7.%d" % (T.local(t, "UTC").strftime("%Y.%m.%d"), a)]
        return dict(hops=[], mx=("a7-%d.smtp-out.eu-west-1.amazonses.com" % a, "a7-%d.smtp-out.eu-west-1.amazonses.com" % a, "54.240.7.%d" % a, TLS12),
                    msgid=msgid, extra=extra, env_from=mid + "@eu-west-1.amazonses.com", date_zone="UTC",
                    boundary=lambda k: "----=_Part_%d_%d.%d" % (r.n(100000, 999999), r.n(100000000, 999999999), int(t.timestamp() * 1000)))
    if kind == "mailchimp":
        n = r.n(10, 99)
        host = "mail%d-%d.suw21.mcsv.net" % (r.n(180, 189), n)
        msgid = "<%s.%s@%s>" % (r.hex(25), r.hex(10), host)
        cid = r.hex(10)
        env = "bounce-mc.us21_%d.%d-%s@%s" % (r.n(10000000, 99999999), r.n(1000000, 9999999), rc, host)
        extra = ["X-Mailer: MailChimp Mailer - **CID%s%s**" % (cid, r.hex(10)),
                 "X-Campaign: mailchimp%s.%s" % (r.hex(25), cid), "X-campaignid: mailchimp%s.%s" % (r.hex(25), cid),
                 "X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (r.hex(25), cid, r.hex(10)),
                 "X-MC-User: %s" % r.hex(25),
                 "Feedback-ID: %d:%d.%d:us21:mc" % (r.n(10000000, 99999999), r.n(10000000, 99999999), r.n(1000000, 9999999)),
                 "X-Accounttype: pd"]
        return dict(hops=[rcv("from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s" % (host, r.alnum(13, B52)), T.plus(t, 1), "UTC", comment=False)],
                    mx=(host, host, "198.2.%d.%d" % (r.n(180, 189), n), TLS12), msgid=msgid, extra=extra, env_from=env,
                    date_zone="UTC", boundary=lambda k: "_----------=_MCPart_%d" % r.n(100000000, 999999999))
    raise ValueError(kind)


def service(r, t, m, p):
    """Big real services sending their own notifications."""
    kind = p["svc"]
    rc = m["rcpt"]
    if kind == "msa":   # Microsoft account
        host = "BN%dPEPF0000%s" % (r.n(1, 8), r.hex(4, upper=True))
        hops = [rcv("from %s.namprd%02d.prod.outlook.com (2603:10b6:%s:%s::%s) by\r\n\t%s.mail.protection.outlook.com (2603:10b6:%s:%s::%s) with Microsoft SMTP\r\n\tServer (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n\t15.20.%d.%d" % (
            "CH%dPR%02dCA%04d" % (r.n(0, 5), r.n(1, 20), r.n(1, 999)), r.n(1, 20), r.hex(3), r.hex(3), r.n(1, 40), host, r.hex(3), r.hex(3), r.n(1, 40), r.n(8300, 8900), r.n(10, 40)), T.plus(t, 1), "UTC", comment=False)]
        msgid = "<%s@%s>" % (r.uuid().upper(), "az.westeurope.microsoft.com")
        extra = ["X-MSAPipeline: MessageDispatcherEOP", "X-MSAMetaData: %s" % r.b64(16), "X-MSAPipeline: MessageDispatcherEOP"][:2]
        return dict(hops=hops, mx=("NAM12-BN8-obe.outbound.protection.outlook.com", "mail-bn8nam12on20%d.outbound.protection.outlook.com" % r.n(60, 99), "40.107.237.%d" % r.n(40, 120), TLS12),
                    msgid=msgid, extra=extra, env_from=m["env_from"], date_zone="UTC", boundary=lambda k: "--boundary_%d_%s" % (r.n(0, 9), r.uuid()))
    if kind == "google":
        n = r.n(41, 73)
        hops = [rcv("by mail-sor-f%d.google.com with SMTP id %s-%s.%d\r\n\tfor <%s>\r\n\t(Google Transport Security)" % (
            n, r.hex(10), r.alnum(8, "abcdef0123456789") + "so" + r.digits(7), r.n(1, 9), rc), T.plus(t, 1), "PT")]
        extra = ["X-Google-Smtp-Source: AGHT+I%s" % r.b64(52)[:68],
                 "X-Received: by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %s%s.%d.%d;\r\n\t%s" % (
                     r.hex(4), r.hex(4), r.hex(3), r.hex(4), r.hex(4), r.alnum(6, "abcdefghijklmnopqrstuvwxyz0123456789"), "mr" + r.digits(7) + r.alnum(3, "abcdefghijklmnopqrstuvwxyz"), r.n(1, 9), int(t.timestamp() * 1000) + 1000 + r.n(0, 999), T.fmt(T.plus(t, 1), "PT"))]
        msgid = "<%s@notifications.google.com>" % r.b64(16, urlsafe=True)
        return dict(hops=hops, hops_extra=extra, mx=("mail-sor-f%d.google.com" % n, "mail-sor-f%d.google.com" % n, "209.85.220.%d" % n, TLS13),
                    msgid=msgid, extra=[], env_from=m["env_from"], date_zone="UTC", boundary=lambda k: "000000000000" + r.hex(16))
    if kind == "github":
        n = r.n(20, 28)
        hops = [rcv("from github.com (hubbernetes-node-%s.ac4-iad.github.net [10.52.%d.%d])\r\n\tby smtp.github.com (Postfix) with ESMTPA id %s\r\n\tfor <%s>" % (
            r.hex(4), r.n(1, 200), r.n(1, 250), r.postfix_long_qid(), rc), T.plus(t, 1), "PT")]
        msgid = "<%s_%s%d@hubbernetes-node-%s.ac4-iad.github.net.mail>" % (r.hex(12), r.hex(5), r.n(1000, 9999), r.hex(4))
        extra = ["X-GitHub-Reason: password_reset", "X-Auto-Response-Suppress: All"]
        return dict(hops=hops, mx=("out-%d.smtp.github.com" % n, "out-%d.smtp.github.com" % n, "192.30.252.%d" % r.n(192, 215), TLS13),
                    msgid=msgid, extra=extra, env_from=m["env_from"], date_zone="UTC",
                    boundary=lambda k: "--==_mimepart_%s_%s%d" % (r.hex(12), r.hex(4), r.n(1000, 9999)))
    if kind == "yandex":
        n = r.n(100, 599)
        fwd = "forward%d%s.mail.yandex.net" % (n, r.r.choice("ab"))
        hops = [rcv("from mail-notsolitesrv-%d.%s.yp-c.yandex.net (mail-notsolitesrv-%d.%s.yp-c.yandex.net [2a02:6b8:c1b:%s:0:640:%s:0])\r\n\tby %s (Yandex) with ESMTPS id %s" % (
            r.n(1, 9), "myt", r.n(1, 9), "myt", r.hex(4), r.hex(4), fwd, r.alnum(12)), T.plus(t, 1), "MSK")]
        msgid = "<%s@%s>" % (r.n(10 ** 17, 10 ** 18), "mail-notsolitesrv-3.myt.yp-c.yandex.net")
        return dict(hops=hops, mx=(fwd, fwd, "178.154.239.%d" % r.n(60, 220), TLS13), msgid=msgid,
                    extra=["X-Yandex-Service: %s" % r.b64(24)], env_from=m["env_from"], date_zone="MSK",
                    boundary=lambda k: "===============%019d==" % r.n(10 ** 18, 10 ** 19 - 1))
    if kind == "docusign":
        n = r.n(1, 4)
        hops = [rcv("from docusign.net (%s) by mailout%d.eumail.docusign.net with ESMTP" % ("10.%d.%d.%d" % (r.n(0, 9), r.n(0, 250), r.n(0, 250)), n), T.plus(t, 1), "UTC", comment=False)]
        msgid = "<%s@docusign.net>" % r.hex(32)
        extra = ["X-API-Host: eu.docusign.net", "X-MailID: %s" % r.uuid(),
                 "X-DocuSign-EnvelopeID: %s" % p.get("envelope", r.uuid())]
        return dict(hops=hops, mx=("mailout%d.eumail.docusign.net" % n, "mailout%d.eumail.docusign.net" % n, "185.81.%d.%d" % (100 + n, r.n(10, 90)), TLS12),
                    msgid=msgid, extra=extra, env_from=m["env_from"], date_zone="UTC",
                    boundary=lambda k: "----=_Part_%d_%d.%d" % (r.n(1000000, 9999999), r.n(100000000, 999999999), int(t.timestamp() * 1000)))
    if kind == "sharepoint":
        host = "%s%dPR%02dMB%04d" % (p.get("pfx", "PA"), r.n(4, 6), r.n(1, 9), r.n(1000, 9999))
        hops = [rcv("from %s.eurprd0%d.prod.outlook.com ([%s]) by\r\n\t%s.eurprd0%d.prod.outlook.com ([%s%%6]) with mapi id 15.20.%d.%03d" % (
            host, r.n(1, 9), r.ipv6_ll(), host, r.n(1, 9), r.ipv6_ll(), r.n(8300, 8900), r.n(10, 40)), T.plus(t, 1), "UTC", comment=False)]
        msgid = "<%s@odspnotify>" % r.uuid()
        extra = ["X-MS-Exchange-Organization-SharePoint: 1" if False else "X-ODSP-Notification: sharing",
                 "Content-Language: %s" % p.get("lang", "es-ES")]
        obe, mh = p.get("obe", ("EUR05-DB8-obe", "mail-db8eur05on2120"))
        return dict(hops=hops, mx=(obe + ".outbound.protection.outlook.com", mh + ".outbound.protection.outlook.com", "40.107.20.%d" % r.n(100, 140), TLS12),
                    msgid=msgid, extra=extra, env_from=m["env_from"], date_zone="UTC", boundary=lambda k: "_%03d_%s_" % ({"alternative": 0, "mixed": 4, "related": 6}[k], r.hex(40, upper=True)))
    if kind == "paypal":
        n = r.n(1, 20)
        cg = r.n(1, 20)
        hops = [rcv("from ccg01mail%02d.slc.paypal.com (ccg01mail%02d.slc.paypal.com [10.%d.%d.%d])\r\n\tby mx%d.slc.paypal.com (Postfix) with ESMTP id %s" % (
            cg, cg, r.n(0, 9), r.n(1, 250), r.n(1, 250), n, r.postfix_short_qid()), T.plus(t, 2), "PT")]
        msgid = "<%s.%s@paypal.com>" % (r.hex(16), r.n(10 ** 9, 10 ** 10))
        extra = ["X-Email-Type-Id: %s" % p.get("type_id", "RT000238"),
                 "X-PP-Email-transmission-Id: %s" % r.uuid(), "PP-Correlation-Id: %s" % r.hex(13),
                 "X-XPT-XSL-Name: nodeTemplate/invoicing/%s" % p.get("xsl", "invoice_new")]
        return dict(hops=hops, mx=("mx%d.slc.paypal.com" % n, "mx%d.slc.paypal.com" % n, "173.0.84.%d" % r.n(224, 231), TLS12),
                    msgid=msgid, extra=extra, env_from=m["env_from"], date_zone="PT",
                    boundary=lambda k: "----=_Part_%d_%d.%d" % (r.n(100000, 999999), r.n(100000000, 999999999), int(t.timestamp() * 1000)))
    raise ValueError(kind)


PROFILES = dict(exo=exo, outlookcom=outlookcom, exch_internal=exch_internal, gmail=gmail, gmx=gmx,
                ionos=ionos, own_postfix=own_postfix, aruba=aruba, homepl=homepl, cpanel_exim=cpanel_exim,
                vps_postfix=vps_postfix, yandex_web=yandex_web, libero=libero, wp=wp, otenet=otenet,
                esp=esp, service=service)


def mailru(r, t, m, p):
    n = r.n(100, 999)
    smtp = "smtp%d.i.mail.ru" % r.n(30, 60)
    hops = [rcv("by f%d.i.mail.ru with local (envelope-from <%s>)\r\n\tid 1t%s-%s" % (
        n, m["env_from"], r.alnum(5), r.alnum(6, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")), T.plus(t, 1), "MSK"),
        rcv("by f%d.i.mail.ru with HTTP" % n, t, "MSK")]
    msgid = "<%d.%d@f%d.i.mail.ru>" % (int(t.timestamp()), r.n(100000000, 999999999), n)
    extra = ["X-Mailer: Mail.Ru Mailer 1.0", "X-Originating-IP: [%s]" % p["client_ip"],
             "X-Mras: Ok", "X-7564579A: 646B95376F6C166E"]
    return dict(hops=hops, mx=("f%d.i.mail.ru" % n, "f%d.i.mail.ru" % n, "95.163.41.%d" % r.n(60, 99), TLS12),
                msgid=msgid, extra=extra, date_zone="MSK", boundary=lambda k: "--ALT--%s%d" % (r.hex(32), int(t.timestamp())))


def yandex360(r, t, m, p):
    """Yandex 360 with a custom domain: same infrastructure as yandex_web, web client."""
    d = yandex_web(r, t, m, p)
    d["msgid"] = "<%d%d@mail.yandex.ru>" % (r.n(100000, 999999), int(t.timestamp()))
    return d


PROFILES.update(mailru=mailru, yandex360=yandex360)
