"""Sending-system profiles: the hops below mx01, the connecting client, the
Message-ID / X-Mailer / boundary style of each system."""
import base64
import datetime as _dt

from common import (rfc2822, epoch_ms, rhex, ralnum, ruuid, postfix_qid, b64id,
                    local)

TLS13 = ("(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n"
         "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n"
         "\t(No client certificate requested)\n\t")
TLS12 = ("(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
         "\t(No client certificate requested)\n")

ORDER_OUTLOOK = ["From", "To", "CC", "Reply-To", "Subject", "Thread-Topic", "Thread-Index", "Date",
                 "Message-ID", "References", "In-Reply-To", "Accept-Language",
                 "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator", "X-Priority",
                 "Importance"]
ORDER_GMAIL = ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID",
               "Subject", "To", "Cc", "Reply-To"]
ORDER_TB = ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "Content-Language",
            "To", "Cc", "References", "From", "Reply-To", "In-Reply-To"]
ORDER_GENERIC = ["Date", "From", "Reply-To", "To", "Cc", "Subject", "Message-ID", "In-Reply-To",
                 "References", "X-Mailer", "User-Agent", "MIME-Version"]
ORDER_ESP = ["Date", "From", "Reply-To", "To", "Subject", "Message-ID", "List-Unsubscribe",
             "List-Unsubscribe-Post", "List-Id", "Precedence", "MIME-Version"]


def thread_index(rnd, utc, replies=0):
    ft = int((utc.timestamp() + 11644473600) * 10 ** 7)
    raw = ft.to_bytes(8, "big")[:6] + bytes(rnd.randrange(256) for _ in range(16))
    raw += bytes(rnd.randrange(256) for _ in range(5 * replies))
    return base64.b64encode(raw).decode()


class Profile:
    zone = "CE"
    order = ORDER_GENERIC
    hdr_cs = "utf-8"
    hdr_enc = "B"
    preamble = None
    tls = True
    outlook_like = False

    def __init__(self, **kw):
        self.__dict__.update(kw)

    # delay between the Date header and arrival at mx01, seconds
    def delay(self, rnd):
        return rnd.randint(4, 40)

    def boundary(self, rnd, i):
        return "----=_Part_%d_%d.%d" % (rnd.randint(100000, 999999), rnd.randint(10 ** 8, 10 ** 9), rnd.randint(10 ** 12, 10 ** 13))

    def extra(self, ctx):
        return []

    def top(self, ctx):
        return []


# ------------------------------------------------------------------ internal
class Internal(Profile):
    """Outlook -> Exchange 2019 on-prem -> mail-int01 relay -> mx01."""
    order = ORDER_OUTLOOK
    outlook_like = True
    hdr_cs = "iso-8859-1"
    hdr_enc = "Q"
    preamble = None

    def client(self, ctx):
        return ("mail-int01.example.com", "mail-int01.example.com", "10.20.0.25")

    def msgid(self, ctx):
        ctx.msgid_local = rhex(ctx.rnd, 32)
        return "<%s@EXCH01.ad.example.com>" % ctx.msgid_local

    def received(self, ctx):
        t = ctx.t
        t1 = t - _dt.timedelta(seconds=1)
        t2 = t - _dt.timedelta(seconds=2)
        return [
            "from EXCH01.ad.example.com (exch01.ad.example.com [10.20.0.31])\n"
            "\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))\n"
            "\t(No client certificate requested)\n"
            "\tby mail-int01.example.com (Postfix) with ESMTPS id %s\n"
            "\tfor <%s>; %s" % (postfix_qid(ctx.rnd), ctx.rcpt, rfc2822("CE", t1, comment=True)),
            "from EXCH01.ad.example.com (10.20.0.31) by EXCH01.ad.example.com\n"
            " (10.20.0.31) with Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s"
            % rfc2822("CE", t2),
            "from EXCH01.ad.example.com ([fe80::4d1c:8a2e:71b3:9f05]) by\n"
            " EXCH01.ad.example.com ([fe80::4d1c:8a2e:71b3:9f05%%12]) with mapi id\n"
            " 15.02.1544.014; %s" % rfc2822("CE", t2),
        ]

    def boundary(self, rnd, i):
        return "_%03d_%sEXCH01adexamplecom_" % (i * 2, self._mid)

    def extra(self, ctx):
        h = [("Thread-Topic", ctx.topic), ("Thread-Index", thread_index(ctx.rnd, ctx.date, ctx.replies)),
             ("Accept-Language", "de-DE, en-US"), ("Content-Language", ctx.lang_tag),
             ("X-MS-Has-Attach", "yes" if ctx.has_attach else ""),
             ("X-MS-TNEF-Correlator", ""),
             ("x-ms-exchange-transport-fromentityheader", "Hosted"),
             ("x-originating-ip", "[10.20.%d.%d]" % (ctx.rnd.randint(10, 60), ctx.rnd.randint(10, 250)))]
        return h


# ------------------------------------------------------------------ Exchange Online
class EXO(Profile):
    """A Microsoft 365 tenant (genuine company or attacker tenant)."""
    order = ORDER_OUTLOOK
    outlook_like = True
    zone = "UTC"
    hdr_cs = "utf-8"
    hdr_enc = "B"
    region = "eurprd04"
    pod = "AS8PR04MB"
    client_host = ("EUR05-AM6-obe.outbound.protection.outlook.com",
                   "mail-am6eur05on2112.outbound.protection.outlook.com", "40.107.22.112")
    lang_accept = "de-DE, en-US"

    def _hosts(self, ctx):
        if not hasattr(ctx, "_exo"):
            a = "%s%04d" % (self.pod, ctx.rnd.randint(1000, 9999))
            b = "%s%04d" % (self.pod.replace("AS8", "DU0").replace("AM9", "PA4").replace("DB9", "VI1"),
                            ctx.rnd.randint(1000, 9999))
            ctx._exo = (a, b)
        return ctx._exo

    def client(self, ctx):
        return self.client_host

    def msgid(self, ctx):
        a, b = self._hosts(ctx)
        ctx.msgid_local = a + rhex(ctx.rnd, 27, True)
        return "<%s@%s.%s.prod.outlook.com>" % (ctx.msgid_local, a, self.region)

    def received(self, ctx):
        a, b = self._hosts(ctx)
        t = ctx.t
        t1 = t - _dt.timedelta(seconds=1)
        t2 = t - _dt.timedelta(seconds=2)
        v6a = "2603:10a6:20b:%x::%x" % (ctx.rnd.randint(0x100, 0x5ff), ctx.rnd.randint(1, 20))
        v6b = "2603:10a6:10:%x::%x" % (ctx.rnd.randint(0x100, 0x5ff), ctx.rnd.randint(1, 20))
        ll = "fe80::%x:%x:%x:%x" % tuple(ctx.rnd.randint(0x1000, 0xffff) for _ in range(4))
        return [
            "from %s.%s.prod.outlook.com (%s) by\n %s.%s.prod.outlook.com (%s) with\n"
            " Microsoft SMTP Server (version=TLS1_2,\n"
            " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8398.11; %s"
            % (a, self.region, v6a, b, self.region, v6b, rfc2822("UTC", t1, pad_day=True)),
            "from %s.%s.prod.outlook.com\n ([%s]) by %s.%s.prod.outlook.com\n"
            " ([%s%%5]) with mapi id 15.20.8398.010; %s"
            % (a, self.region, ll, a, self.region, ll, rfc2822("UTC", t2, pad_day=True)),
        ]

    def boundary(self, rnd, i):
        return "_%03d_%s%sprodoutlookcom_" % (i * 2, self._mid, self.region)

    def extra(self, ctx):
        h = [("Thread-Topic", ctx.topic), ("Thread-Index", thread_index(ctx.rnd, ctx.date, ctx.replies)),
             ("Accept-Language", self.lang_accept), ("Content-Language", ctx.lang_tag),
             ("X-MS-Has-Attach", "yes" if ctx.has_attach else ""),
             ("X-MS-TNEF-Correlator", ""),
             ("x-ms-publictraffictype", "Email"),
             ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (self._hosts(ctx)[0], self._hosts(ctx)[1])),
             ("x-ms-office365-filtering-correlation-id", ruuid(ctx.rnd)),
             ("X-OriginatorOrg", ctx.from_domain),
             ("X-MS-Exchange-CrossTenant-Network-Message-Id", ruuid(ctx.rnd)),
             ("X-MS-Exchange-CrossTenant-originalarrivaltime",
              ctx.date.strftime("%d %b %Y %H:%M:%S.") + "%04d" % ctx.rnd.randint(0, 9999) + " (UTC)"),
             ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
             ("X-MS-Exchange-CrossTenant-id", self.tenant_id(ctx)),
             ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", self._hosts(ctx)[1])]
        return h

    def tenant_id(self, ctx):
        import hashlib
        h = hashlib.md5(ctx.from_domain.encode()).hexdigest()
        return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


# ------------------------------------------------------------------ Gmail
class Gmail(Profile):
    order = ORDER_GMAIL
    hdr_cs = "UTF-8"
    sender_zone = "CE"
    ip_pool = [("mail-wr1-f41.google.com", "209.85.221.41"), ("mail-wm1-f48.google.com", "209.85.128.48"),
               ("mail-ej1-f52.google.com", "209.85.218.52"), ("mail-lf1-f53.google.com", "209.85.167.53"),
               ("mail-ed1-f45.google.com", "209.85.208.45")]

    def client(self, ctx):
        h, ip = self.ip_pool[ctx.rnd.randrange(len(self.ip_pool))]
        ctx._ghost = h
        return (h, h, ip)

    @property
    def zone(self):
        return self.sender_zone

    def msgid(self, ctx):
        r = ctx.rnd
        body = "CA" + r.choice("BDEFGHJKLMNOPQRSTUVWXYZ+") + ralnum(r, 1) + ralnum(
            r, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")
        return "<%s@mail.gmail.com>" % body

    def received(self, ctx):
        r = ctx.rnd
        t = ctx.t - _dt.timedelta(seconds=1)
        sid = "%s-%s%sso%d%s.%d" % (rhex(r, 1 + 10), rhex(r, 11), "", r.randint(10 ** 6, 10 ** 7),
                                    r.choice(["e9", "f8f", "a7", "ej"]), r.randint(1, 9))
        return ["by %s with SMTP id %s\n        for <%s>; %s"
                % (ctx._ghost, sid, ctx.rcpt, rfc2822("PT", t, comment=True))]

    def top(self, ctx):
        r = ctx.rnd
        t = ctx.t - _dt.timedelta(seconds=1)
        return [("X-Google-Smtp-Source", "AGHT+I" + ralnum(r, 74, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
                ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id\n %s-%smr%d%s.%d.%d;\n        %s"
                 % (r.randint(0x6000, 0x6402), r.randint(0x1000, 0xffff), r.randint(0x300, 0x43f),
                    r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff), rhex(r, 11), rhex(r, 11),
                    r.randint(10 ** 6, 10 ** 8), r.choice(["e9", "f8f", "ej"]), r.randint(1, 40),
                    epoch_ms(t) + r.randint(0, 999), rfc2822("PT", t, comment=True)))]

    def boundary(self, rnd, i):
        return "000000000000" + rhex(rnd, 16)

    def delay(self, rnd):
        return rnd.randint(1, 3)


# ------------------------------------------------------------------ GMX / WEB.DE
class GMX(Profile):
    order = ["MIME-Version", "Message-ID", "From", "To", "Cc", "Subject", "Content-Type", "Date",
             "Importance", "Sensitivity", "X-Priority", "In-Reply-To", "References"]
    brand = "gmx"   # or "web"

    def client(self, ctx):
        if self.brand == "gmx":
            return ("mout.gmx.net", "mout.gmx.net", "212.227.17.20")
        return ("mout.web.de", "mout.web.de", "212.227.15.3")

    def msgid(self, ctx):
        node = "3c-app-%s-bap%02d" % ("gmx" if self.brand == "gmx" else "webde", ctx.rnd.randint(10, 70))
        ctx._node = node
        return "<trinity-%s-%d@%s>" % (ruuid(ctx.rnd), epoch_ms(ctx.date), node)

    def received(self, ctx):
        r = ctx.rnd
        t = ctx.t - _dt.timedelta(seconds=2)
        mr = "mrgmx%03d" % r.randint(100, 110) if self.brand == "gmx" else "mrweb%03d" % r.randint(100, 110)
        host = "mail.gmx.net" if self.brand == "gmx" else "web.de"
        ip = "212.227.17.%d" % r.randint(160, 190) if self.brand == "gmx" else "212.227.15.%d" % r.randint(20, 60)
        nid = "%s-%s-%s" % (ralnum(r, 5), ralnum(r, 10), ralnum(r, 8))
        return ["from %s ([%s]) by %s\n (%s [%s]) with ESMTPSA (Nemesis) id %s for\n <%s>; %s"
                % (ctx._node, ctx.user_ip, host, mr, ip, nid, ctx.rcpt, rfc2822("CE", t))]

    def extra(self, ctx):
        r = ctx.rnd
        return [("Importance", "normal"), ("Sensitivity", "Normal"), ("X-Priority", "3"),
                ("X-Provags-ID", "V03:K1:" + b64id(r, 60)),
                ("X-UI-Message-Type", "mail")]


# ------------------------------------------------------------------ Thunderbird via an ISP / hoster SMTP
class SMTPHost(Profile):
    """Desktop client submitting to an SMTP host of an ISP/hoster or the
    company's own Postfix.  mua in {'thunderbird','outlook','apple','ox',
    'roundcube','phpmailer'}."""
    mua = "thunderbird"
    zone = "CE"
    host = "mail.example.net"
    host_ip = "192.0.2.1"
    helo = None
    rdns = None
    software = "postfix"       # postfix | exim | strato | ionos | aruba | sendmail | qmail | homepl
    auth = None
    tls_to_mx = True
    msgid_domain = None
    tb_version = "Mozilla Thunderbird"
    lang_tag = None

    @property
    def order(self):
        return {"thunderbird": ORDER_TB, "outlook": ORDER_GENERIC_OUTLOOK,
                "apple": ORDER_APPLE}.get(self.mua, ORDER_GENERIC)

    @property
    def outlook_like(self):
        return self.mua == "outlook"

    def client(self, ctx):
        return (self.helo or self.host, self.rdns or self.host, self.host_ip)

    def msgid(self, ctx):
        r = ctx.rnd
        dom = self.msgid_domain or ctx.from_domain
        if self.mua == "thunderbird":
            return "<%s@%s>" % (ruuid(r), dom)
        if self.mua == "outlook":
            ctx.msgid_local = "00%s01dd%s$%s$%s$" % (rhex(r, 2), rhex(r, 4), rhex(r, 8), rhex(r, 8))
            return "<%s@%s>" % (ctx.msgid_local, dom)
        if self.mua == "apple":
            return "<%s@%s>" % (ruuid(r, True), dom)
        if self.mua == "roundcube":
            return "<%s@%s>" % (rhex(r, 32), dom)
        if self.mua == "ox":
            return "<%d.%d.%d@%s>" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 5, 10 ** 7), epoch_ms(ctx.date), dom)
        if self.mua == "phpmailer":
            ctx._pm = ralnum(r, 43)
            return "<%s@%s>" % (ctx._pm, dom)
        if self.mua == "sogo":
            return "<%s-%s-%s-%s@%s>" % (rhex(r, 4), rhex(r, 8), rhex(r, 1), rhex(r, 8), dom)
        return "<%s@%s>" % (rhex(r, 24), dom)

    def boundary(self, rnd, i):
        if self.mua == "thunderbird":
            return "------------" + ralnum(rnd, 24)
        if self.mua == "outlook":
            return "----=_NextPart_%03d_%04X_%s.%s" % (i, rnd.randint(0, 0xFFFF), rhex(rnd, 8, True), rhex(rnd, 8, True))
        if self.mua == "apple":
            return "Apple-Mail=_" + ruuid(rnd, True)
        if self.mua == "roundcube":
            return "=_" + rhex(rnd, 32)
        if self.mua == "phpmailer":
            return "b%d_%s" % (i + 1, getattr(self, "_pmb", None) or ralnum(rnd, 43))
        if self.mua == "ox":
            return "----=_Part_%d_%d.%d" % (rnd.randint(10 ** 5, 10 ** 6), rnd.randint(10 ** 8, 10 ** 9), rnd.randint(10 ** 12, 10 ** 13))
        return "=-" + ralnum(rnd, 20)

    @property
    def preamble(self):
        if self.mua in ("thunderbird",):
            return "This is a multi-part message in MIME format."
        if self.mua == "outlook":
            return "This is a multipart message in MIME format."
        return None

    def received(self, ctx):
        r = ctx.rnd
        t = ctx.t - _dt.timedelta(seconds=r.randint(1, 3))
        auth = self.auth or ctx.mail_from
        sw = self.software
        uip = ctx.user_ip
        urdns = ctx.user_rdns or "unknown"
        if sw == "postfix":
            return ["from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                    % (ctx.user_lan, urdns, uip, auth, self.host, postfix_qid(r), ctx.rcpt,
                       rfc2822(self.zone, t, comment=True))]
        if sw == "postfix-local":   # webmail on the same box
            return ["from %s (localhost [127.0.0.1])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                    % (self.host, auth, self.host, postfix_qid(r), ctx.rcpt, rfc2822(self.zone, t, comment=True))]
        if sw == "exim":
            eid = "%s-%s-%s" % (ralnum(r, 6), ralnum(r, 6), ralnum(r, 2))
            return ["from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
                    % (uip, r.randint(40000, 65000), ctx.user_lan, self.host, ctx.mail_from, eid, ctx.rcpt,
                       rfc2822(self.zone, t))]
        if sw == "exim-local":      # compromised CMS sending through the local MTA
            eid = "%s-%s-%s" % (ralnum(r, 6), ralnum(r, 6), ralnum(r, 2))
            return ["from [127.0.0.1] (port=%d helo=%s)\n\tby %s with esmtpa (Exim 4.97.1)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s"
                    % (r.randint(40000, 65000), ctx.from_domain, self.host, ctx.mail_from, eid, ctx.rcpt,
                       rfc2822(self.zone, t))]
        if sw == "strato":
            sid = ralnum(r, 15)
            return ["from [%s]\n\tby smtp.strato.de (RZmta 51.2.12 AUTH)\n\twith ESMTPSA id %s\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256 bits))\n\t(Client did not present a certificate)\n\tfor <%s>;\n\t%s"
                    % (ctx.user_lan, sid, ctx.rcpt, rfc2822(self.zone, t))]
        if sw == "ionos":
            nid = "%s-%s-%s" % (ralnum(r, 5), ralnum(r, 10), ralnum(r, 8))
            return ["from [%s] ([%s]) by mrelayeu.kundenserver.de\n (mreue%03d [212.227.15.%d]) with ESMTPSA (Nemesis) id %s for\n <%s>; %s"
                    % (ctx.user_lan, uip, r.randint(100, 112), r.randint(160, 190), nid, ctx.rcpt, rfc2822(self.zone, t))]
        if sw == "aruba":
            return ["from [%s] ([%s])\n\tby Aruba Outgoing Smtp  with ESMTPSA\n\tid %s; %s"
                    % (ctx.user_lan, uip, ralnum(r, 16), rfc2822(self.zone, t))]
        if sw == "homepl":
            return ["from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s"
                    % (ctx.user_lan, urdns, uip, auth, self.host, postfix_qid(r), ctx.rcpt,
                       rfc2822(self.zone, t, comment=True))]
        if sw == "sendmail":
            sid = "%s%s" % (ralnum(r, 8), ralnum(r, 6))
            return ["from [%s] (%s [%s])\n\t(authenticated bits=0)\n\tby %s (8.15.2/8.15.2) with ESMTPSA id %s\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO)\n\tfor <%s>; %s"
                    % (ctx.user_lan, urdns, uip, self.host, sid, ctx.rcpt, rfc2822(self.zone, t))]
        raise ValueError(sw)

    def extra(self, ctx):
        r = ctx.rnd
        h = []
        if self.mua == "thunderbird":
            h.append(("User-Agent", self.tb_version))
            h.append(("Content-Language", self.lang_tag or ctx.lang_tag))
        elif self.mua == "outlook":
            h.append(("X-Mailer", "Microsoft Outlook 16.0"))
            h.append(("Thread-Index", thread_index(r, ctx.date, ctx.replies)))
            h.append(("Content-Language", self.lang_tag or ctx.lang_tag))
        elif self.mua == "apple":
            h.append(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
        elif self.mua == "roundcube":
            h.append(("User-Agent", "Roundcube Webmail/1.6.9"))
            h.append(("X-Sender", ctx.mail_from))
            h.append(("Organization", getattr(self, "org", "")) if getattr(self, "org", "") else None)
        elif self.mua == "ox":
            h.append(("X-Priority", "3"))
            h.append(("Importance", "Normal"))
            h.append(("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"))
        elif self.mua == "phpmailer":
            h.append(("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"))
        elif self.mua == "sogo":
            h.append(("User-Agent", "SOGoMail 5.10.0"))
        return [x for x in h if x]

    def top(self, ctx):
        h = []
        if self.software == "exim-local":
            h += [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                  ("X-AntiAbuse", "Primary Hostname - %s" % self.host),
                  ("X-AntiAbuse", "Original Domain - example.com"),
                  ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
                  ("X-AntiAbuse", "Sender Address Domain - %s" % ctx.mail_from.split("@")[1]),
                  ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (self.host, ctx.mail_from)),
                  ("X-Authenticated-Sender", "%s: %s" % (self.host, ctx.mail_from))]
        return h


ORDER_GENERIC_OUTLOOK = ["From", "To", "Cc", "Reply-To", "References", "In-Reply-To", "Subject",
                         "Date", "Message-ID", "MIME-Version", "X-Mailer", "Thread-Index",
                         "Content-Language"]
ORDER_APPLE = ["From", "Mime-Version", "Subject", "Date", "References", "To", "In-Reply-To",
               "Message-Id", "X-Mailer"]


# ------------------------------------------------------------------ consumer webmail (misc)
class Webmail(Profile):
    """kind in {'yandex','mailru','libero','otenet','wp','onet','outlookcom','tonline'}"""
    kind = "yandex"

    @property
    def zone(self):
        return {"yandex": "MSK", "mailru": "MSK", "otenet": "EE"}.get(self.kind, "CE")

    @property
    def order(self):
        if self.kind == "outlookcom":
            return ORDER_OUTLOOK
        return ORDER_GENERIC

    @property
    def outlook_like(self):
        return self.kind == "outlookcom"

    def client(self, ctx):
        r = ctx.rnd
        k = self.kind
        if k == "yandex":
            h = "forward%d%s.mail.yandex.net" % (r.choice([100, 101, 102, 500, 501, 502]), r.choice("abcd"))
            return (h, h, "178.154.239.%d" % r.randint(70, 220))
        if k == "mailru":
            h = "smtp%d.i.mail.ru" % r.randint(30, 60)
            return (h, h, "95.163.41.%d" % r.randint(60, 99))
        if k == "libero":
            h = "smtp-%d.iol.local" % r.randint(16, 40)
            return (h, "smtp-%d-i2.italiaonline.it" % r.randint(16, 40), "213.209.12.%d" % r.randint(16, 40))
        if k == "otenet":
            h = "mailout-%d.otenet.gr" % r.randint(1, 4)
            return (h, h, "83.235.69.%d" % r.randint(30, 60))
        if k == "wp":
            return ("mx4.wp.pl", "mx4.wp.pl", "212.77.101.12")
        if k == "onet":
            h = "smtpo%d.poczta.onet.pl" % r.randint(50, 99)
            return (h, h, "213.180.149.%d" % r.randint(130, 160))
        if k == "interia":
            return ("smtpo50.poczta.interia.pl", "smtpo50.poczta.interia.pl", "217.74.67.50")
        if k == "outlookcom":
            h = "EUR02-VI1-obe.outbound.protection.outlook.com"
            return (h, "mail-vi1eur02olkn2%03d.outbound.protection.outlook.com" % r.randint(10, 99),
                    "40.92.%d.%d" % (r.randint(48, 75), r.randint(1, 254)))
        if k == "tonline":
            h = "mailout%02d.t-online.de" % r.randint(1, 12)
            return (h, h, "194.25.134.%d" % r.randint(16, 90))
        raise ValueError(k)

    def msgid(self, ctx):
        r = ctx.rnd
        k = self.kind
        ts = int(ctx.date.timestamp())
        if k == "yandex":
            return "<%d%d@mail.yandex.ru>" % (r.randint(100000, 999999), ts)
        if k == "mailru":
            return "<%d.%d@f%d.i.mail.ru>" % (ts, r.randint(10 ** 8, 10 ** 9), r.randint(100, 550))
        if k == "libero":
            return "<%d.%d.%d@mail1.libero.it>" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 5, 10 ** 7), epoch_ms(ctx.date))
        if k == "otenet":
            return "<%s@otenet.gr>" % rhex(r, 32)
        if k == "wp":
            return "<%s@wp.pl>" % ralnum(r, 22, "abcdefghijklmnopqrstuvwxyz0123456789")
        if k == "onet":
            return "<%s@poczta.onet.pl>" % ralnum(r, 28, "abcdefghijklmnopqrstuvwxyz0123456789")
        if k == "interia":
            return "<%s@interia.pl>" % ralnum(r, 20, "abcdefghijklmnopqrstuvwxyz0123456789")
        if k == "outlookcom":
            a = "%s%04d" % (r.choice(["DU0P190MB", "AS8P190MB", "PAXP190MB", "VI1P190MB"]), r.randint(1000, 2999))
            ctx.msgid_local = a + rhex(r, 27, True)
            ctx._olk = a
            return "<%s@%s.EURP190.PROD.OUTLOOK.COM>" % (ctx.msgid_local, a)
        if k == "tonline":
            return "<%d.%d.%d@ox.t-online.de>" % (r.randint(10 ** 8, 2 * 10 ** 9), r.randint(10 ** 5, 10 ** 7), epoch_ms(ctx.date))
        raise ValueError(k)

    def received(self, ctx):
        r = ctx.rnd
        k = self.kind
        t = ctx.t - _dt.timedelta(seconds=2)
        if k == "yandex":
            node = "mail-nwsmtp-smtp-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 90), r.choice(["vla", "sas", "klg", "iva"]))
            return ["from %s\n (%s [IPv6:2a02:6b8:c0f:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s"
                    % (node, node, r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff), ctx._client[0],
                       rhex(r, 10, True), ctx.rcpt, rfc2822("MSK", t)),
                    "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s"
                    % (node, ralnum(r, 12), ralnum(r, 8), rfc2822("MSK", t))]
        if k == "mailru":
            return ["by exim-smtp-%s-%s with esmtpa (envelope-from <%s>)\n\tid 1t%s-%s-%s; %s"
                    % (ralnum(r, 10, "abcdef0123456789"), ralnum(r, 5, "abcdefghijklmnopqrstuvwxyz"), ctx.mail_from,
                       ralnum(r, 4), ralnum(r, 6), ralnum(r, 2), rfc2822("MSK", t))]
        if k == "libero":
            return ["from libero.it ([%s])\n\tby %s with ESMTPSA\n\tid %s; %s"
                    % (ctx.user_ip, ctx._client[0], ralnum(r, 20), rfc2822("CE", t))]
        if k == "otenet":
            return ["from [%s] (%s [%s])\n\tby %s (8.15.2/8.15.2) with ESMTPSA id %s\n\t(version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO)\n\tfor <%s>; %s"
                    % (ctx.user_lan, ctx.user_rdns, ctx.user_ip, ctx._client[0], ralnum(r, 14), ctx.rcpt, rfc2822("EE", t))]
        if k == "wp":
            return ["(wp-smtpd smtp.wp.pl %d invoked from network); %s" % (r.randint(1000, 40000), rfc2822("CE", t)),
                    "from %s (HELO [%s]) (%s@[%s])\n          (envelope-sender <%s>)\n          by smtp.wp.pl (WP-SMTPD) with ECDHE-RSA-AES256-GCM-SHA384 encrypted SMTP\n          for <%s>; %s"
                    % (ctx.user_rdns, ctx.user_lan, ctx.mail_from, ctx.user_ip, ctx.mail_from, ctx.rcpt, rfc2822("CE", t))]
        if k == "onet":
            return ["from [%s] (%s [%s])\n\t(Authenticated sender: %s)\n\tby smtp.poczta.onet.pl (Onet) with ESMTPSA id 4%s\n\tfor <%s>; %s"
                    % (ctx.user_lan, ctx.user_rdns, ctx.user_ip, ctx.mail_from, ralnum(r, 12), ctx.rcpt, rfc2822("CE", t, comment=True))]
        if k == "interia":
            return ["from [%s] (%s [%s])\n\tby poczta.interia.pl (INTERIA.PL) with ESMTPSA id %s\n\tfor <%s>; %s"
                    % (ctx.user_lan, ctx.user_rdns, ctx.user_ip, rhex(r, 10, True), ctx.rcpt, rfc2822("CE", t))]
        if k == "outlookcom":
            a = ctx._olk
            return ["from %s.EURP190.PROD.OUTLOOK.COM\n ([fe80::%x:%x:%x:%x]) by %s.EURP190.PROD.OUTLOOK.COM\n ([fe80::%x:%x:%x:%x%%4]) with mapi id 15.20.8398.010; %s"
                    % ((a,) + tuple(r.randint(0x1000, 0xffff) for _ in range(4)) + (a,) + tuple(r.randint(0x1000, 0xffff) for _ in range(4)) + (rfc2822("UTC", t, pad_day=True),))]
        if k == "tonline":
            return ["from fwd%d.aul.t-online.de (fwd%d.aul.t-online.de [10.223.144.%d])\n\tby mailout%02d.t-online.de (Postfix) with SMTP id %s\n\tfor <%s>; %s"
                    % (r.randint(70, 89), r.randint(70, 89), r.randint(1, 200), r.randint(1, 12), postfix_qid(r), ctx.rcpt, rfc2822("CE", t, comment=True))]
        raise ValueError(k)

    def boundary(self, rnd, i):
        k = self.kind
        if k == "yandex":
            return "----==%s----" % ralnum(rnd, 32)
        if k in ("libero", "tonline"):
            return "----=_Part_%d_%d.%d" % (rnd.randint(10 ** 5, 10 ** 6), rnd.randint(10 ** 8, 10 ** 9), rnd.randint(10 ** 12, 10 ** 13))
        if k == "outlookcom":
            return "_%03d_%sEURP190PRODOUTLOOKCOM_" % (i * 2, self._mid)
        if k == "otenet":
            return "----=_NextPart_%03d_%04X_%s.%s" % (i, rnd.randint(0, 0xFFFF), rhex(rnd, 8, True), rhex(rnd, 8, True))
        return "=_" + ralnum(rnd, 28)

    def extra(self, ctx):
        r = ctx.rnd
        k = self.kind
        if k == "yandex":
            return [("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"), ("X-Yandex-Fwd", "1")]
        if k == "mailru":
            return [("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Priority", "3 (Normal)"),
                    ("X-Mailru-Src", "mail"), ("X-7564579A", "646B95376F6C3A2F"),
                    ("X-77F55803", "4F1203BC0FB41BD99A3EBF8AB9DF4C0F")]
        if k == "libero":
            return [("X-Priority", "3"), ("Importance", "Normal"), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
                    ("X-Originating-Client", "open-xchange-appsuite")]
        if k == "otenet":
            return [("X-Mailer", "Microsoft Outlook 16.0"),
                    ("Thread-Index", thread_index(r, ctx.date, ctx.replies)),
                    ("Content-Language", "el")]
        if k == "wp":
            return [("X-WP-MailID", rhex(r, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski")]
        if k == "onet":
            return [("X-Mailer", "Poczta Onet - https://poczta.onet.pl")]
        if k == "interia":
            return [("X-Mailer", "Poczta Interia - https://poczta.interia.pl")]
        if k == "outlookcom":
            return [("Thread-Topic", ctx.topic), ("Thread-Index", thread_index(r, ctx.date, ctx.replies)),
                    ("Accept-Language", "en-US"), ("Content-Language", ctx.lang_tag),
                    ("X-MS-Has-Attach", "yes" if ctx.has_attach else ""),
                    ("X-MS-TNEF-Correlator", ""),
                    ("x-ms-exchange-messagesentrepresentingtype", "1"),
                    ("x-tmn", "[%s]" % ralnum(r, 32)),
                    ("x-ms-publictraffictype", "Email")]
        if k == "tonline":
            return [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"), ("X-TOI-MSGID", ruuid(r))]
        return []


# ------------------------------------------------------------------ bulk ESPs
class ESP(Profile):
    """kind in {'sendgrid','mailgun','brevo','ses','mailchimp','cleverreach','freshmail','getresponse'}"""
    kind = "sendgrid"
    order = ORDER_ESP
    zone = "UTC"
    esp_domain = None          # e.g. 'em123.trapsense-cloud.com' for sendgrid branded links
    ses_region = "eu-west-1"

    def client(self, ctx):
        r = ctx.rnd
        k = self.kind
        if k == "sendgrid":
            ip = "149.72.%d.%d" % (r.randint(100, 250), r.randint(1, 254))
            h = "o%d.ptr%d.%s" % (r.randint(1, 9), r.randint(1000, 9999), self.esp_domain or "sendgrid.net")
            return (h, h, ip)
        if k == "mailgun":
            a, b = r.randint(224, 231), r.randint(1, 254)
            h = "m%d-%d.mailgun.net" % (a, b)
            return (h, h, "159.135.%d.%d" % (a, b))
        if k == "brevo":
            h = "smtp-relay.sendinblue.com" if r.random() < 0.5 else "m%d.mail.brevo.com" % r.randint(10, 99)
            return ("smtp-relay.sendinblue.com", "mail%d.%s" % (r.randint(10, 99), "sendinblue.com"), "185.41.28.%d" % r.randint(10, 250))
        if k == "ses":
            n = r.randint(1, 30)
            h = "a%d-%d.smtp-out.%s.amazonses.com" % (r.choice([7, 8]), n, self.ses_region)
            return (h, h, "54.240.%d.%d" % (r.choice([7, 8]), n))
        if k == "mailchimp":
            h = "mail%d.suw%d.mcdlv.net" % (r.randint(100, 250), r.randint(10, 21))
            return (h, h, "198.2.%d.%d" % (r.randint(128, 190), r.randint(1, 254)))
        if k == "cleverreach":
            h = "mta%d.crsend.com" % r.randint(1, 40)
            return (h, h, "185.68.2.%d" % r.randint(10, 200))
        if k == "freshmail":
            h = "mx%d.freshmail.pl" % r.randint(10, 60)
            return (h, h, "185.70.184.%d" % r.randint(10, 200))
        if k == "getresponse":
            h = "s%d.getresponse.com" % r.randint(10, 60)
            return (h, h, "104.160.%d.%d" % (r.randint(64, 70), r.randint(10, 200)))
        raise ValueError(k)

    def msgid(self, ctx):
        r = ctx.rnd
        k = self.kind
        if k == "sendgrid":
            return "<%s@geopod-ismtpd-%d>" % (ralnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), r.randint(1, 40))
        if k == "mailgun":
            return "<%s.%s@%s>" % (ctx.date.strftime("%Y%m%d%H%M%S"), rhex(r, 16), self.mg_domain)
        if k == "brevo":
            return "<%s.%d@smtp-relay.mailin.fr>" % (ctx.date.strftime("%Y%m%d%H%M"), r.randint(10 ** 10, 10 ** 11))
        if k == "ses":
            return "<0102%s-%s-000000@%s.amazonses.com>" % (rhex(r, 12), ruuid(r), self.ses_region)
        if k == "mailchimp":
            return "<%s.%s.%d@%s>" % (rhex(r, 26), rhex(r, 10), r.randint(1000, 9999), ctx._client[0])
        if k == "cleverreach":
            return "<%s.%d.%d@crsend.com>" % (rhex(r, 32), r.randint(10 ** 6, 10 ** 7), r.randint(10 ** 5, 10 ** 6))
        if k == "freshmail":
            return "<%s@freshmail.pl>" % rhex(r, 32)
        if k == "getresponse":
            return "<%s@s%d.getresponse.com>" % (ralnum(r, 30), r.randint(10, 60))
        raise ValueError(k)

    def received(self, ctx):
        r = ctx.rnd
        k = self.kind
        t = ctx.t - _dt.timedelta(seconds=1)
        if k == "sendgrid":
            return ["by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-1-%s-%s\n\t%s.0\n\tfor <%s>; %s"
                    % (rhex(r, 10), ralnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), rhex(r, 10), ralnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"),
                       rhex(r, 8, True), rhex(r, 2, True), epoch_ms(t) // 1000, ctx.rcpt, rfc2822("UTC", t, comment=False)),
                    "from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\tfor <%s>; %s"
                    % (ralnum(r, 12), r.randint(1, 40), ralnum(r, 22), ctx.rcpt, rfc2822("UTC", t) + " (UTC)")]
        if k == "mailgun":
            return ["by %s with HTTP id %s; %s" % ("2e4c8bd13a7e", rhex(r, 24), rfc2822("UTC", t, pad_day=True))]
        if k == "brevo":
            return ["by smtp-relay.sendinblue.com with ESMTP id %s-%s\n\tfor <%s>; %s"
                    % (rhex(r, 8), rhex(r, 12), ctx.rcpt, rfc2822("UTC", t) + " (UTC)")]
        if k == "ses":
            return []
        if k == "mailchimp":
            return ["from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                    % (ctx._client[0], postfix_qid(r), ctx.rcpt, rfc2822("UTC", t) + " (GMT)")]
        if k in ("cleverreach", "freshmail", "getresponse"):
            return []
        raise ValueError(k)

    def boundary(self, rnd, i):
        k = self.kind
        if k == "sendgrid":
            return rhex(rnd, 64)
        if k == "mailchimp":
            return "_----------=_MCPart_%d" % rnd.randint(10 ** 8, 2 * 10 ** 9)
        if k == "ses":
            return "----=_Part_%d_%d.%d" % (rnd.randint(10 ** 5, 10 ** 7), rnd.randint(10 ** 8, 2 * 10 ** 9), rnd.randint(10 ** 12, 2 * 10 ** 12))
        return "=_" + rhex(rnd, 32)

    def top(self, ctx):
        r = ctx.rnd
        k = self.kind
        h = []
        if k == "sendgrid":
            h.append(("X-SG-EID", "u001." + ralnum(r, 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")))
            h.append(("X-SG-ID", "u001." + ralnum(r, 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")))
            h.append(("X-Entity-ID", "u001." + ralnum(r, 22)))
        if k == "mailgun":
            h.append(("X-Mailgun-Sid", ralnum(r, 60)))
            h.append(("X-Mailgun-Sending-Ip", ctx._client[2]))
            h.append(("X-Mailgun-Batch-Id", rhex(r, 24)))
        if k == "brevo":
            h.append(("X-Mailin-EID", ralnum(r, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%")))
            h.append(("Origin-messageId", "<%s.%d@smtp-relay.mailin.fr>" % (ctx.date.strftime("%Y%m%d%H%M"), r.randint(10 ** 10, 10 ** 11))))
        if k == "ses":
            h.append(("Feedback-ID", "::1.%s.%s=:AmazonSES" % (self.ses_region, ralnum(r, 43))))
            h.append(("X-SES-Outgoing", "%s-%s" % (ctx.date.strftime("%Y.%m.%d"), ctx._client[2])))
        if k == "mailchimp":
            h.append(("X-MC-User", rhex(r, 25)))
            h.append(("Feedback-ID", "%d:%d.%d:us%d:mc" % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 5, 10 ** 6), r.randint(1, 21))))
            h.append(("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (rhex(r, 10), rhex(r, 10))))
            h.append(("X-Campaign", "mailchimp%s.%s" % (rhex(r, 25), rhex(r, 10))))
        if k == "cleverreach":
            h.append(("X-CSA-Complaints", "csa-complaints@eco.de"))
            h.append(("X-Mailer", "CleverReach Mailer"))
            h.append(("Feedback-ID", "%d:%d:cleverreach" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 6, 10 ** 7))))
        if k == "freshmail":
            h.append(("X-Mailer", "FreshMail"))
            h.append(("X-FM-Campaign", rhex(r, 10)))
        if k == "getresponse":
            h.append(("X-Mailer", "GetResponse"))
        return h

    def delay(self, rnd):
        return rnd.randint(1, 5)


# ------------------------------------------------------------------ service notification senders
class Service(Profile):
    """kind in {'google','drive','github','azure','docusign','yandexid','diadoc','acs','ms-sharepoint'}"""
    kind = "google"

    @property
    def order(self):
        return ORDER_GMAIL if self.kind in ("google", "drive") else ORDER_GENERIC

    @property
    def zone(self):
        return {"google": "PT", "drive": "PT", "github": "UTC", "azure": "UTC", "docusign": "UTC",
                "yandexid": "MSK", "diadoc": "MSK", "acs": "EE"}.get(self.kind, "UTC")

    def client(self, ctx):
        r = ctx.rnd
        k = self.kind
        if k in ("google", "drive"):
            n = r.choice([69, 70, 73, 41])
            h = "mail-sor-f%d.google.com" % n
            return (h, h, "209.85.220.%d" % n)
        if k == "github":
            n = r.choice([17, 18, 20, 25, 26])
            h = "out-%d.smtp.github.com" % n
            return (h, h, "192.30.252.%d" % (190 + n))
        if k == "azure":
            h = "DM5PR21CU001.outbound.protection.outlook.com"
            return (h, "mail-centralusazon11011024.outbound.protection.outlook.com", "52.101.62.24")
        if k == "docusign":
            h = "mailfrb.eumail.docusign.net"
            return (h, h, "185.81.101.%d" % r.randint(70, 80))
        if k == "yandexid":
            h = "forward%d%s.mail.yandex.net" % (r.choice([100, 101, 103]), r.choice("ab"))
            return (h, h, "178.154.239.%d" % r.randint(70, 220))
        if k == "diadoc":
            h = "mx-out%d.skbkontur.ru" % r.randint(1, 4)
            return (h, h, "46.17.201.%d" % r.randint(10, 40))
        if k == "acs":
            n = r.randint(1, 30)
            h = "a7-%d.smtp-out.eu-central-1.amazonses.com" % n
            return (h, h, "54.240.7.%d" % n)
        raise ValueError(k)

    def msgid(self, ctx):
        r = ctx.rnd
        k = self.kind
        if k == "google":
            return "<%s@notifications.google.com>" % ralnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        if k == "drive":
            return "<%s-%s@google.com>" % (ralnum(r, 10, "0123456789abcdef"), ralnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
        if k == "github":
            return "<%s_%s@lowworker-%s-%s.mail>" % (rhex(r, 13), rhex(r, 10), rhex(r, 10), ralnum(r, 5, "abcdefghijklmnopqrstuvwxyz0123456789"))
        if k == "azure":
            return "<%s@az.centralus.production.microsoft.com>" % ruuid(r)
        if k == "docusign":
            return "<%s@docusign.net>" % rhex(r, 32)
        if k == "yandexid":
            return "<%d.%s@iam.passport.yandex.net>" % (int(ctx.date.timestamp()), ralnum(r, 12))
        if k == "diadoc":
            return "<%s@diadoc.kontur.ru>" % ruuid(r)
        if k == "acs":
            return "<0107%s-%s-000000@eu-central-1.amazonses.com>" % (rhex(r, 12), ruuid(r))
        raise ValueError(k)

    def received(self, ctx):
        r = ctx.rnd
        k = self.kind
        t = ctx.t - _dt.timedelta(seconds=1)
        if k in ("google", "drive"):
            return ["by %s with SMTP id %s-%s.%d\n        for <%s>\n        (Google Transport Security);\n        %s"
                    % (ctx._client[0], rhex(r, 11), rhex(r, 10), r.randint(1, 9), ctx.rcpt, rfc2822("PT", t, comment=True))]
        if k == "github":
            return ["from github.com (hubbernetes-node-%s.ash1-iad.github.net [10.56.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s"
                    % (rhex(r, 7), r.randint(100, 250), r.randint(1, 250), postfix_qid(r), ctx.rcpt, rfc2822("ET", t))]
        if k == "azure":
            return ["from SN7PEPF0000%s.namprd21.prod.outlook.com (2603:10b6:806:%x::%x) by\n SA1PR21MB%04d.namprd21.prod.outlook.com (2603:10b6:806:%x::%x) with Microsoft\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8398.5; %s"
                    % (rhex(r, 4, True), r.randint(0x100, 0x4ff), r.randint(1, 40), r.randint(1000, 9999), r.randint(0x100, 0x4ff), r.randint(1, 40),
                       rfc2822("UTC", t, pad_day=True))]
        if k == "docusign":
            return ["from docusign.net (10.%d.%d.%d) by mailfrb.eumail.docusign.net id %s for <%s>; %s"
                    % (r.randint(40, 80), r.randint(1, 250), r.randint(1, 250), rhex(r, 16), ctx.rcpt, rfc2822("UTC", t))]
        if k == "yandexid":
            node = "mail-nwsmtp-mxback-production-main-%d.%s.yp-c.yandex.net" % (r.randint(10, 90), r.choice(["vla", "sas"]))
            return ["from %s (%s [IPv6:2a02:6b8:c0d:%x:0:640:%x:0])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s"
                    % (node, node, r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff), ctx._client[0], rhex(r, 10, True), ctx.rcpt, rfc2822("MSK", t))]
        if k == "diadoc":
            return ["from diadoc-notify-%d.kontur (unknown [10.35.%d.%d])\n\tby mx-out.skbkontur.ru (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                    % (r.randint(1, 9), r.randint(1, 250), r.randint(1, 250), postfix_qid(r), ctx.rcpt, rfc2822("MSK", t, comment=True))]
        if k == "acs":
            return []
        raise ValueError(k)

    def boundary(self, rnd, i):
        if self.kind in ("google", "drive"):
            return "000000000000" + rhex(rnd, 16)
        if self.kind == "yandexid":
            return "===============%d==" % rnd.randint(10 ** 18, 10 ** 19)
        return "----=_Part_%d_%d.%d" % (rnd.randint(10 ** 5, 10 ** 7), rnd.randint(10 ** 8, 2 * 10 ** 9), rnd.randint(10 ** 12, 2 * 10 ** 12))

    def top(self, ctx):
        r = ctx.rnd
        k = self.kind
        if k in ("google", "drive"):
            t = ctx.t - _dt.timedelta(seconds=1)
            return [("X-Google-Smtp-Source", "AGHT+I" + ralnum(r, 74, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
                    ("X-Received", "by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id\n %s-%smr%d.%d.%d;\n        %s"
                     % (r.randint(0x6000, 0x6402), r.randint(0x1000, 0xffff), r.randint(0x300, 0x43f),
                        r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff), rhex(r, 11), rhex(r, 11),
                        r.randint(10 ** 6, 10 ** 8), r.randint(1, 40), epoch_ms(t) + r.randint(0, 999), rfc2822("PT", t, comment=True)))]
        if k == "acs":
            return [("Feedback-ID", "::1.eu-central-1.%s=:AmazonSES" % ralnum(r, 43)),
                    ("X-SES-Outgoing", "%s-%s" % (ctx.date.strftime("%Y.%m.%d"), ctx._client[2]))]
        if k == "github":
            return [("X-GitHub-Recipient-Address", ctx.rcpt), ("X-Auto-Response-Suppress", "All")]
        return []

    def delay(self, rnd):
        return rnd.randint(1, 4)


# ------------------------------------------------------------------ direct-to-MX bots
class Direct(Profile):
    """A bot or compromised host talking to mx01 directly."""
    helo = "localhost"
    rdns = "unknown"
    ip = "192.0.2.10"
    tls = False
    mua_header = None
    order = ORDER_GENERIC

    def client(self, ctx):
        return (self.helo, self.rdns, self.ip)

    def msgid(self, ctx):
        return "<%s@%s>" % (rhex(ctx.rnd, 20), getattr(self, "msgid_domain", None) or ctx.from_domain)

    def received(self, ctx):
        return []

    def extra(self, ctx):
        return [self.mua_header] if self.mua_header else []

    def boundary(self, rnd, i):
        return "--%s" % rhex(rnd, 24)
