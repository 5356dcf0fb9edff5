"""Sending-system profiles of mail clients and mailbox providers:
Microsoft 365 / Outlook, on-premises Exchange, Outlook over SMTP, Gmail,
Thunderbird, Roundcube, PHPMailer, GMX/WEB.DE, Yandex, Mail.ru, Libero, WP."""
import base64
from datetime import datetime, timedelta

import mime
from infra import (UTC, Profile, R, alnum, b64s, exim_id, hexs, ipv6, rdate, relay_hops, ruuid,
                   script_of)


# ---------------------------------------------------------------- Microsoft 365

_EOP_EU = [("EUR05-AM6-obe", "am6eur05on2", "40.107.22."), ("EUR02-DB5-obe", "db5eur02on2", "40.107.15."),
           ("EUR03-VI1-obe", "vi1eur03on2", "40.107.103."), ("EUR01-HE1-obe", "he1eur01on2", "40.107.13."),
           ("EUR02-AM0-obe", "am0eur02on2", "40.107.21."), ("EUR03-DBA-obe", "dbaeur03on2", "40.107.104.")]
_EOP_US = [("NAM11-BN8-obe", "bn8nam11on2", "40.107.236."), ("NAM12-DM6-obe", "dm6nam12on2", "40.107.243."),
           ("NAM10-MW2-obe", "mw2nam10on2", "40.107.94.")]
_EXO_PFX = ["AM0PR", "DB9PR", "DU0PR", "PAXPR", "AS8PR", "VI1PR", "GV1PR", "AM9PR", "PA4PR", "DB8PR"]


class Outlook365(Profile):
    """Outlook / Exchange Online tenant."""
    order = ["From", "To", "Cc", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
             "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
             "X-MS-TNEF-Correlator", "msip_labels", "__CT__", "MIME-Version"]
    date_zone = "UTC"
    b_for_utf8 = True

    def __init__(self, domain, lang="de-DE", region="eu", accept="de-DE, en-US"):
        self.domain, self.lang, self.accept = domain, lang, accept
        r = R("tenant/" + domain)
        eop = r.choice(_EOP_US if region == "us" else _EOP_EU)
        octet = r.randrange(20, 250)
        self.helo = eop[0] + ".outbound.protection.outlook.com"
        self.rdns = "mail-%s%03d.outbound.protection.outlook.com" % (eop[1], octet)
        self.ip = eop[2] + str(octet)
        pfx = r.choice(_EXO_PFX)
        nn = r.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"])
        reg = "namprd%s" % nn if region == "us" else "eurprd%s" % nn
        self.mbx = "%s%sMB%04d" % (pfx, nn, r.randrange(1000, 9999))
        self.hub = "%s%sMB%04d" % (r.choice(_EXO_PFX), nn, r.randrange(1000, 9999))
        self.suffix = "%s.prod.outlook.com" % reg
        self.mbx_v6 = "fe80::%x:%x:%x:%x" % tuple(r.randrange(0x1000, 0xffff) for _ in range(4))
        self.build_no = "15.20.%d" % r.randrange(9100, 9300)
        self.tenant = ruuid(r)

    def msgid(self, m):
        if not hasattr(m, "_mid"):
            m._mid = "%s%s" % (self.mbx, hexs(m.rng, 28, True))
            m._mid = "<%s@%s.%s>" % (m._mid, self.mbx, self.suffix)
        return m._mid

    def boundary(self, m, part):
        local = self.msgid(m)[1:].split("@")[0]
        code = {"alternative": "000", "mixed": "004", "related": "005"}[part.subtype]
        return "_%s_%s%seurp_" % (code, local, self.mbx)

    def extra(self, m):
        topic = m.subject
        for p in ("AW: ", "RE: ", "Re: ", "R: ", "FW: ", "WG: ", "I: ", "RV: ", "ΑΠ: ", "ΣΧΕΤ: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        has_att = any(isinstance(p, mime.Bin) and p.disposition == "attachment" for p in mime.walk(m.body))
        ti = base64.b64encode(b"\x01\xdb" + bytes(m.rng.randrange(256) for _ in range(20))).decode()
        return [("Thread-Topic", self.enc_text(m, topic)), ("Thread-Index", ti),
                ("Accept-Language", self.accept), ("Content-Language", self.lang),
                ("X-MS-Has-Attach", "yes" if has_att else ""), ("X-MS-TNEF-Correlator", ""),
                ("x-ms-publictraffictype", "Email"),
                ("x-ms-office365-filtering-correlation-id", ruuid(m.rng)),
                ("X-MS-Exchange-CrossTenant-originalarrivaltime", rdate(m.utc, "UTC").replace(" +0000", ".%04d (UTC)" % m.rng.randrange(10000)).split(", ")[1]),
                ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
                ("X-MS-Exchange-CrossTenant-id", self.tenant),
                ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", self.hub)]

    def hops(self, m, t):
        t1 = t + timedelta(seconds=1)
        v6a = ipv6(m.rng)
        v6b = ipv6(m.rng)
        h1 = ("Received: from %s.%s (%s) by\n %s.%s (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n"
              " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s.%d; %s" % (
                  self.mbx, self.suffix, v6a, self.hub, self.suffix, v6b, self.build_no,
                  m.rng.randrange(10, 40), rdate(t1, "UTC")))
        h2 = ("Received: from %s.%s\n ([%s]) by %s.%s\n ([%s%%%d]) with mapi id %s.%03d; %s" % (
            self.mbx, self.suffix, self.mbx_v6, self.mbx, self.suffix, self.mbx_v6,
            m.rng.randrange(3, 9), self.build_no, m.rng.randrange(10, 40), rdate(t, "UTC")))
        return [h1, h2], t1

    def connect(self, m):
        return self.helo, self.rdns, self.ip


class OutlookCom(Outlook365):
    """Consumer outlook.com / hotmail."""

    def __init__(self, domain="outlook.com", lang="en-GB", accept="en-GB, en-US"):
        self.domain, self.lang, self.accept = domain, lang, accept
        r = R("olk/" + domain)
        octet = r.randrange(20, 99)
        self.helo = "EUR05-DB8-obe.outbound.protection.outlook.com"
        self.rdns = "mail-db8eur05olkn20%02d.outbound.protection.outlook.com" % octet
        self.ip = "40.92.89.%d" % octet
        self.mbx = "DB9P189MB%04d" % r.randrange(1000, 9999)
        self.hub = "AM8P189MB%04d" % r.randrange(1000, 9999)
        self.suffix = "EURP189.PROD.OUTLOOK.COM"
        self.mbx_v6 = "fe80::%x:%x:%x:%x" % tuple(r.randrange(0x1000, 0xffff) for _ in range(4))
        self.build_no = "15.20.%d" % r.randrange(9100, 9300)
        self.tenant = "84df9e7f-e9f6-40af-b435-aaaaaaaaaaaa"

    def extra(self, m):
        ex = Outlook365.extra(self, m)
        return [x for x in ex if x[0] not in ("X-MS-Exchange-CrossTenant-id",)] + [
            ("X-MS-Exchange-CrossTenant-id", self.tenant)]


# ---------------------------------------------------------------- internal Exchange

class ExchangeInternal(Profile):
    order = ["From", "To", "Cc", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID",
             "References", "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach",
             "X-MS-TNEF-Correlator", "x-ms-exchange-transport-fromentityheader",
             "x-originating-ip", "__CT__", "MIME-Version"]

    def __init__(self, server="EXMBX01", lang="de-DE", client_ip="10.20.5.77"):
        self.server, self.lang, self.client_ip = server, lang, client_ip
        self.fqdn = "%s.corp.example.com" % server
        self.sip = {"EXMBX01": "10.20.1.11", "EXMBX02": "10.20.1.12"}[server]

    tls = "tls13"

    def msgid(self, m):
        if not hasattr(m, "_mid"):
            m._mid = "<%s@%s>" % (hexs(m.rng, 32), self.fqdn)
        return m._mid

    def boundary(self, m, part):
        code = {"alternative": "000", "mixed": "004", "related": "005"}[part.subtype]
        return "_%s_%s%s_" % (code, self.msgid(m)[1:33], self.server.lower())

    def extra(self, m):
        topic = m.subject
        for p in ("AW: ", "RE: ", "WG: ", "FW: "):
            if topic.startswith(p):
                topic = topic[len(p):]
        has_att = any(isinstance(p, mime.Bin) and p.disposition == "attachment" for p in mime.walk(m.body))
        ti = base64.b64encode(b"\x01\xdb" + bytes(m.rng.randrange(256) for _ in range(20))).decode()
        return [("Thread-Topic", self.enc_text(m, topic)), ("Thread-Index", ti),
                ("Accept-Language", "%s, en-US" % self.lang), ("Content-Language", self.lang),
                ("X-MS-Has-Attach", "yes" if has_att else ""), ("X-MS-TNEF-Correlator", ""),
                ("x-ms-exchange-transport-fromentityheader", "Hosted"),
                ("x-originating-ip", "[%s]" % self.client_ip)]

    def hops(self, m, t):
        t1 = t + timedelta(seconds=1)
        v6 = "fe80::%x:%x:%x:%x" % (0x5d1c, 0x2f3a, 0x8e41, 0x17b9) if self.server == "EXMBX01" else \
            "fe80::%x:%x:%x:%x" % (0x91a4, 0x6c02, 0x3d7e, 0xa5c8)
        h1 = ("Received: from %s (%s) by mail-int01.example.com\n (10.20.0.25) with Microsoft SMTP Server"
              " (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.%d; %s" % (
                  self.fqdn, self.sip, m.rng.randrange(10, 40), rdate(t1, "CET")))
        h2 = ("Received: from %s ([%s]) by\n %s ([%s%%12]) with mapi id\n 15.02.1748.%03d; %s" % (
            self.fqdn, v6, self.fqdn, v6, m.rng.randrange(10, 40), rdate(t, "CET")))
        return [h1, h2], t1

    def connect(self, m):
        return "mail-int01.example.com", "mail-int01.example.com", "10.20.0.25"


# ---------------------------------------------------------------- Outlook desktop over SMTP

class OutlookSMTP(Profile):
    """Outlook for Windows sending through a hosting provider's submission server.
    relay: dict(helo, rdns, ip, by, client, client_ip, kind)"""
    order = ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject", "Date",
             "Message-ID", "MIME-Version", "__CT__", "X-Mailer", "Thread-Index", "Content-Language"]
    b_for_utf8 = True

    def __init__(self, domain, relay, lang="it", mailer="Microsoft Outlook 16.0"):
        self.domain, self.relay, self.lang, self.mailer = domain, relay, lang, mailer

    def _stamp(self, m):
        if not hasattr(m, "_olk"):
            ft = int((m.utc - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10 ** 7)
            m._olk = ("%08X" % (ft >> 32), "%08X" % (ft & 0xFFFFFFFF), m.rng.randrange(1, 0x40))
        return m._olk

    def msgid(self, m):
        hi, lo, n = self._stamp(m)
        return "<%012x$%s$%s$@%s>" % (n << 32 | int(hi, 16), lo.lower(), hexs(m.rng, 8), self.domain)

    def boundary(self, m, part):
        hi, lo, n = self._stamp(m)
        idx = {"mixed": "000", "alternative": "001", "related": "002"}[part.subtype]
        return "----=_NextPart_%s_%04X_%s.%s" % (idx, n, hi, lo)

    def extra(self, m):
        ti = base64.b64encode(b"\x01\x01\xdd" + bytes(m.rng.randrange(256) for _ in range(18))).decode()
        return [("X-Mailer", self.mailer), ("Thread-Index", ti), ("Content-Language", self.lang)]

    def hops(self, m, t):
        return relay_hops(m, self.relay, t)

    def connect(self, m):
        r = self.relay
        return r["helo"], r["rdns"], r["ip"]


# ---------------------------------------------------------------- Gmail

_GMAIL_HOSTS = [("mail-ej1-f41", "209.85.218.41"), ("mail-wm1-f54", "209.85.128.54"),
                ("mail-lf1-f50", "209.85.167.50"), ("mail-ed1-f47", "209.85.208.47"),
                ("mail-wr1-f49", "209.85.221.49"), ("mail-pl1-f182", "209.85.214.182"),
                ("mail-oi1-f175", "209.85.167.175"), ("mail-qt1-f169", "209.85.160.169")]


class Gmail(Profile):
    order = ["MIME-Version", "From", "Date", "References", "In-Reply-To", "Message-ID", "Subject",
             "To", "Cc", "Reply-To", "__CT__"]
    cs_label_upper = True
    b_for_utf8 = False

    def __init__(self, host=None):
        self.host = host

    def hcs(self, m, text):
        return "utf-8", ("B" if script_of(text) != "latin" else "Q"), "UTF-8"

    def msgid(self, m):
        if not hasattr(m, "_mid"):
            m._mid = "<CA%s%s@mail.gmail.com>" % (alnum(m.rng, 1, "BEFGHJKLMNOPQ"),
                                                  b64s(m.rng, 42).replace("/", "_")[:54] + "=" + alnum(m.rng, 2))
        return m._mid

    def boundary(self, m, part):
        return "000000000000" + hexs(m.rng, 16)

    def _host(self, m):
        if not hasattr(m, "_gh"):
            m._gh = self.host or m.rng.choice(_GMAIL_HOSTS)
        return m._gh

    def hops(self, m, t):
        h, ip = self._host(m)
        t1 = t + timedelta(seconds=1)
        hs = ["Received: by %s.google.com with SMTP id %s-%s.%d\n        for <%s>; %s" % (
            h, "%s%s" % (m.rng.choice(["a640c23a62f3a", "5b1f17b1804b1", "2adb3069b0e04", "ffacd0b85a97d"]), ""),
            hexs(m.rng, 12), m.rng.randrange(1, 9), m.rcpt, rdate(t1, "PT", comment=True)),
            "X-Gm-Message-State: AOJu0Y%s" % b64s(m.rng, 60)[:70],
            "X-Gm-Gg: ASbGnc%s" % b64s(m.rng, 60)[:70],
            "X-Google-Smtp-Source: AGHT+IE%s" % b64s(m.rng, 60)[:80],
            "X-Received: by 2002:a17:907:%x:b0:%x:%x:%x with SMTP id\n %s-%smr%d.%d.%d; %s" % (
                m.rng.randrange(0x1000, 0xffff), m.rng.randrange(0x100, 0xfff), m.rng.randrange(0x1000, 0xffff),
                m.rng.randrange(0x1000, 0xffff), "a640c23a62f3a", hexs(m.rng, 11), m.rng.randrange(10 ** 6, 10 ** 7),
                m.rng.randrange(1, 40), int(t1.timestamp() * 1000), rdate(t1, "PT", comment=True))]
        return hs, t1

    def connect(self, m):
        h, ip = self._host(m)
        return h + ".google.com", h + ".google.com", ip

    tls = "tls13"


# ---------------------------------------------------------------- Thunderbird / Roundcube / PHPMailer

class Thunderbird(Profile):
    order = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language", "To", "Cc",
             "References", "From", "Reply-To", "In-Reply-To", "Subject", "__CT__"]
    cs_label_upper = True
    b_for_utf8 = False

    def __init__(self, domain, relay, lang="de-DE", ua="Mozilla Thunderbird"):
        self.domain, self.relay, self.lang, self.ua = domain, relay, lang, ua

    def hcs(self, m, text):
        cs = m.hcs or "UTF-8"
        return cs, ("B" if script_of(text) != "latin" else "Q"), cs.upper()

    def msgid(self, m):
        return "<%s@%s>" % (ruuid(m.rng), self.domain)

    def boundary(self, m, part):
        return "------------" + alnum(m.rng, 24)

    def extra(self, m):
        return [("User-Agent", self.ua), ("Content-Language", self.lang)]

    def hops(self, m, t):
        return relay_hops(m, self.relay, t)

    def connect(self, m):
        r = self.relay
        return r["helo"], r["rdns"], r["ip"]


class Roundcube(Thunderbird):
    order = ["MIME-Version", "Date", "From", "To", "Cc", "Reply-To", "Subject", "In-Reply-To",
             "References", "Message-ID", "X-Sender", "User-Agent", "Organization", "__CT__"]

    def __init__(self, domain, relay, version="1.6.9", org=None):
        self.domain, self.relay, self.version, self.org = domain, relay, version, org

    def msgid(self, m):
        return "<%s@%s>" % (hexs(m.rng, 32), self.domain)

    def boundary(self, m, part):
        return "=_" + hexs(m.rng, 32)

    def extra(self, m):
        e = [("X-Sender", m.frm[1]), ("User-Agent", "Roundcube Webmail/%s" % self.version)]
        if self.org:
            e.append(("Organization", self.org))
        return e


class PHPMailer(Profile):
    order = ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer", "List-Unsubscribe",
             "MIME-Version", "__CT__"]
    cs_label_upper = False

    def __init__(self, host, relay, version="6.9.1"):
        self.host, self.relay, self.version = host, relay, version

    def hcs(self, m, text):
        return "UTF-8", ("B" if script_of(text) != "latin" else "Q"), "UTF-8"

    def msgid(self, m):
        if not hasattr(m, "_mid"):
            m._mid = "<%s@%s>" % (alnum(m.rng, 43), self.host)
        return m._mid

    def boundary(self, m, part):
        return "b%d_%s" % (1 if part.subtype != "alternative" else 2, alnum(m.rng, 43))

    def extra(self, m):
        return [("X-Mailer", "PHPMailer %s (https://github.com/PHPMailer/PHPMailer)" % self.version)]

    def hops(self, m, t):
        t1 = t + timedelta(seconds=1)
        r = self.relay
        h = "Received: from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s" % (
            r["user"], r["by"], m.env_from, exim_id(m.rng), m.rcpt, rdate(t1, r.get("tz", "CET")))
        return [h], t1

    def connect(self, m):
        r = self.relay
        return r["helo"], r["rdns"], r["ip"]

    def header_list(self, m):
        hl = Profile.header_list(self, m)
        r = self.relay
        if r.get("cpanel"):
            hl += [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                   ("X-AntiAbuse", "Primary Hostname - %s" % r["by"]),
                   ("X-AntiAbuse", "Original Domain - example.com"),
                   ("X-AntiAbuse", "Originator/Caller UID/GID - [%d %d] / [47 12]" % (r["uid"], r["uid"])),
                   ("X-AntiAbuse", "Sender Address Domain - %s" % m.env_from.split("@")[1]),
                   ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (r["by"], r["user"])),
                   ("X-Authenticated-Sender", "%s: %s" % (r["by"], r["user"]))]
        return hl


class EximWebmail(Roundcube):
    """Roundcube on a cPanel/Exim shared host (typical for compromised small
    businesses)."""

    def hops(self, m, t):
        t1 = t + timedelta(seconds=1)
        r = self.relay
        h = ("Received: from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
             "\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s; %s" % (
                 r.get("client_ip", "127.0.0.1"), m.rng.randrange(40000, 65000), r.get("client_helo", "webmail.%s" % self.domain),
                 r["by"], m.env_from, exim_id(m.rng), m.rcpt, rdate(t1, r.get("tz", "CET"))))
        return [h], t1

    def header_list(self, m):
        hl = Roundcube.header_list(self, m)
        r = self.relay
        hl += [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
               ("X-AntiAbuse", "Primary Hostname - %s" % r["by"]),
               ("X-AntiAbuse", "Original Domain - example.com"),
               ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
               ("X-AntiAbuse", "Sender Address Domain - %s" % self.domain),
               ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (r["by"], m.env_from)),
               ("X-Authenticated-Sender", "%s: %s" % (r["by"], m.env_from))]
        return hl


# ---------------------------------------------------------------- consumer mailbox providers

class GMX(Profile):
    order = ["MIME-Version", "Message-ID", "From", "To", "Subject", "__CT__", "Date", "Importance",
             "Sensitivity", "X-Priority", "X-Provags-ID", "X-UI-Message-Type"]
    cs_label_upper = True
    b_for_utf8 = False

    def __init__(self, brand="gmx"):
        self.brand = brand

    def hcs(self, m, text):
        return "UTF-8", ("B" if script_of(text) != "latin" else "Q"), "UTF-8"

    def msgid(self, m):
        if not hasattr(m, "_gmid"):
            app = "3c-app-%s-bap%02d" % ("webde" if self.brand == "webde" else "gmx", m.rng.randrange(10, 60))
            m._app = app
            m._gmid = "<trinity-%s-%d@%s>" % (ruuid(m.rng), int(m.utc.timestamp() * 1000) + m.rng.randrange(999), app)
        return m._gmid

    def boundary(self, m, part):
        return "abmob-" + ruuid(m.rng)

    def extra(self, m):
        return [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
                ("X-Provags-ID", "V03:K1:" + b64s(m.rng, 60)[:72]), ("X-UI-Message-Type", "mail")]

    def hops(self, m, t):
        t1 = t + timedelta(seconds=1)
        self.msgid(m)
        host = "web-mail.%s" % ("web.de" if self.brand == "webde" else "gmx.net")
        cip = "%d.%d.%d.%d" % (m.rng.choice([84, 87, 91, 93, 178]), m.rng.randrange(128, 255),
                               m.rng.randrange(1, 254), m.rng.randrange(1, 254))
        h = "Received: from [%s] ([%s]) by %s\n (%s.server.lan [172.19.170.%d])\n (via HTTP); %s" % (
            cip, cip, host, getattr(m, "_app", "3c-app-gmx-bap12"), m.rng.randrange(2, 250), rdate(t, "CET"))
        return [h], t1

    def connect(self, m):
        if self.brand == "webde":
            return "mout.web.de", "mout.web.de", "212.227.15.%d" % m.rng.choice([3, 4, 14, 15])
        return "mout.gmx.net", "mout.gmx.net", "212.227.17.%d" % m.rng.choice([20, 21, 22])


class Yandex(Profile):
    order = ["From", "To", "Cc", "Reply-To", "In-Reply-To", "References", "Subject", "MIME-Version",
             "X-Mailer", "Date", "Message-Id", "Content-Transfer-Encoding", "__CT__"]
    cs_label_upper = False

    def __init__(self, mailer="Yamail [ http://yandex.ru ] 5.0"):
        self.mailer = mailer

    def hcs(self, m, text):
        return "utf-8", "B", "utf-8"

    def msgid(self, m):
        if not hasattr(m, "_mid"):
            m._host = "mail.yandex.ru"
            m._mid = "<%d%d@mail.yandex.ru>" % (m.rng.randrange(10000, 99999), int(m.utc.timestamp()))
        return m._mid

    def values(self, m):
        v = Profile.values(self, m)
        v["Message-Id"] = v.pop("Message-ID")
        return v

    def boundary(self, m, part):
        return "----==--bound.%d.%s.yandex.net" % (m.rng.randrange(100000, 999999), alnum(m.rng, 12).lower())

    def extra(self, m):
        return [("X-Mailer", self.mailer)]

    def hops(self, m, t):
        t1 = t + timedelta(seconds=1)
        node = "%s-%s.qloud-c.yandex.net" % (m.rng.choice(["myt6", "sas1", "vla3", "iva4"]), hexs(m.rng, 12))
        h1 = "Received: from %s (localhost [127.0.0.1])\n\tby %s (Yandex) with ESMTP id %s;\n\t%s" % (
            node, "forward%03db.mail.yandex.net" % self._fwd(m), hexs(m.rng, 10).upper(), rdate(t1, "MSK"))
        h2 = "Received: by %s with HTTP id %s;\n\t%s" % (node, alnum(m.rng, 12) + "-" + hexs(m.rng, 8), rdate(t, "MSK"))
        return [h1, h2], t1

    def _fwd(self, m):
        if not hasattr(m, "_yf"):
            m._yf = m.rng.choice([500, 501, 502, 503])
        return m._yf

    def connect(self, m):
        f = self._fwd(m)
        h = "forward%03db.mail.yandex.net" % f
        return h, h, "178.154.239.%d" % (80 + f - 500)


class MailRu(Profile):
    order = ["From", "To", "Cc", "Subject", "MIME-Version", "X-Mailer", "Reply-To", "Date",
             "In-Reply-To", "References", "X-Priority", "Message-ID", "__CT__", "X-Originating-IP"]

    def hcs(self, m, text):
        return "UTF-8", "B", "UTF-8"

    def msgid(self, m):
        if not hasattr(m, "_mid"):
            m._f = m.rng.randrange(100, 999)
            m._mid = "<%d.%d@f%d.i.mail.ru>" % (int(m.utc.timestamp()), m.rng.randrange(10 ** 8, 10 ** 9), m._f)
        return m._mid

    def boundary(self, m, part):
        return "--ALT--%s%d" % (hexs(m.rng, 8, True), int(m.utc.timestamp()))

    def extra(self, m):
        return [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Priority", "3 (Normal)"),
                ("X-Originating-IP", "[%d.%d.%d.%d]" % (m.rng.choice([95, 176, 188, 46]), m.rng.randrange(0, 255),
                                                         m.rng.randrange(0, 255), m.rng.randrange(1, 254)))]

    def hops(self, m, t):
        self.msgid(m)
        t1 = t + timedelta(seconds=1)
        h = "Received: by f%d.i.mail.ru with local (envelope-from <%s>)\n\tid 1t%s-00000%s-%s\n\tfor %s; %s" % (
            m._f, m.env_from, alnum(m.rng, 4), alnum(m.rng, 4), alnum(m.rng, 2), m.rcpt, rdate(t, "MSK"))
        h2 = "Received: by f%d.i.mail.ru with HTTP;\n\t%s" % (m._f, rdate(t, "MSK"))
        return [h, h2], t1

    def connect(self, m):
        n = m.rng.randrange(40, 60)
        return "smtp%d.i.mail.ru" % n, "smtp%d.i.mail.ru" % n, "95.163.41.%d" % (n + 40)


class Libero(Profile):
    """Italiaonline (Libero) webmail."""
    order = ["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
             "MIME-Version", "__CT__", "X-Priority", "Importance", "X-Mailer", "X-Originating-IP"]

    def hcs(self, m, text):
        return "UTF-8", "Q", "UTF-8"

    def msgid(self, m):
        if not hasattr(m, "_mid"):
            m._mid = "<%d.%d.%d@libero.it>" % (m.rng.randrange(10 ** 8, 10 ** 9), m.rng.randrange(10 ** 5, 10 ** 6),
                                               int(m.utc.timestamp() * 1000))
        return m._mid

    def boundary(self, m, part):
        return "----=_Part_%d_%d.%d" % (m.rng.randrange(10 ** 5, 10 ** 6), m.rng.randrange(10 ** 8, 10 ** 9),
                                        int(m.utc.timestamp() * 1000))

    def extra(self, m):
        return [("X-Priority", "3"), ("Importance", "Medium"), ("X-Mailer", "Libero Mail"),
                ("X-Originating-IP", "%d.%d.%d.%d" % (m.rng.choice([79, 93, 151, 2]), m.rng.randrange(1, 255),
                                                      m.rng.randrange(1, 255), m.rng.randrange(1, 254)))]

    def hops(self, m, t):
        t1 = t + timedelta(seconds=1)
        h = "Received: from libero.it ([10.101.%d.%d])\n\tby smtp-%d.iol.local with ESMTPA\n\tid %s; %s" % (
            m.rng.randrange(1, 20), m.rng.randrange(2, 250), self._n(m), alnum(m.rng, 16), rdate(t, "CET"))
        return [h], t1

    def _n(self, m):
        if not hasattr(m, "_ln"):
            m._ln = m.rng.randrange(20, 48)
        return m._ln

    def connect(self, m):
        n = self._n(m)
        return "libero.it", "smtp-%d-i%d.italiaonline.it" % (n, m.rng.choice([2, 3, 6])), "213.209.10.%d" % n


class WP(Profile):
    """Wirtualna Polska webmail (poczta.wp.pl)."""
    order = ["Subject", "From", "To", "Cc", "Date", "Message-ID", "In-Reply-To", "References",
             "MIME-Version", "__CT__", "X-Mailer", "X-WP-MailID", "X-WP-SPAM"]

    def hcs(self, m, text):
        return m.main_charset(), "Q", m.main_charset()

    def msgid(self, m):
        return "<%s@wp.pl>" % hexs(m.rng, 32)

    def boundary(self, m, part):
        return "=-%s" % b64s(m.rng, 18).replace("/", "").replace("+", "")

    def extra(self, m):
        return [("X-Mailer", "Poczta WP (https://poczta.wp.pl)"), ("X-WP-MailID", hexs(m.rng, 32))]

    def hops(self, m, t):
        t1 = t + timedelta(seconds=1)
        ip = "%d.%d.%d.%d" % (m.rng.choice([83, 89, 31, 37]), m.rng.randrange(1, 255), m.rng.randrange(1, 255),
                              m.rng.randrange(1, 254))
        h = "Received: (wp-smtpd smtp.wp.pl %d invoked from network); %s" % (m.rng.randrange(1000, 40000), rdate(t1, "CET"))
        h2 = "Received: from %s (HELO poczta.wp.pl) (%s)\n          by smtp.wp.pl with SMTP; %s" % (
            "10.1.%d.%d" % (m.rng.randrange(1, 250), m.rng.randrange(1, 250)), "[%s]" % ip, rdate(t, "CET"))
        return [h, h2], t1

    def connect(self, m):
        n = m.rng.randrange(1, 9)
        return "mx%d.wp.pl" % n, "mx%d.wp.pl" % n, "212.77.101.%d" % n
